/*
 * opml.c - OPML import and export; see opml.h.
 */
#include <string.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "html.h"
#include "caps.h"
#include "fetch.h"
#include "log.h"
#include "opml.h"

static G_DEFINE_QUARK(storywatch_opml_error, opml_error)

        /* s without what a [group] header cannot hold ('[', ']', control
         * characters), trimmed and cut to SW_MAX_TITLE bytes; (transfer full). */
        static char *name_part(const char *s)
{
	GString *out = g_string_new(NULL);
	const char *p;

	for (p = s ? s : ""; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);

		if (c == '[' || c == ']' || g_unichar_iscntrl(c))
			continue;
		if (out->len + (size_t)(g_utf8_next_char(p) - p) > SW_MAX_TITLE)
			break;
		g_string_append_len(out, p, g_utf8_next_char(p) - p);
	}
	g_strstrip(out->str);
	return g_string_free(out, FALSE);
}

/* A [feed NAME] name: the outline's title (else its url) as name_part()
 * leaves it, made unique with a number. */
static char *
feed_name(GHashTable *seen, const char *title, const char *url)
{
	char *base = name_part(title), *name;
	int n = 2;

	if (!*base) {
		g_free(base);
		base = name_part(url);
	}
	name = g_strdup(base);
	while (g_hash_table_contains(seen, name)) {
		g_free(name);
		name = g_strdup_printf("%s %d", base, n++);
	}
	g_free(base);
	g_hash_table_add(seen, g_strdup(name));
	return name;
}

/* Can url stand as a config value: http(s), no control character, not
 * over SW_MAX_URL, and one curl can fetch (config.c refuses another)? */
static gboolean
url_ok(const char *url)
{
	const unsigned char *p;
	gboolean ok;
	char *why;

	if (g_ascii_strncasecmp(url, "http://", 7) && g_ascii_strncasecmp(url, "https://", 8))
		return FALSE;
	if (strlen(url) > SW_MAX_URL)
		return FALSE;
	for (p = (const unsigned char *)url; *p; p++)
		if (*p < 0x20 || *p == 0x7f)
			return FALSE;
	why = fetch_url_problem(url);
	ok = why == NULL;
	g_free(why);
	return ok;
}

/* url as a GKeyFile value: its escape character doubled. */
static void
append_value(GString *out, const char *url)
{
	for (; *url; url++) {
		if (*url == '\\')
			g_string_append_c(out, '\\');
		g_string_append_c(out, *url);
	}
}

/* What walk() keeps: the names given, and the line of each URL taken. */
struct walk_state {
	GString *out;
	GHashTable *seen; /* names */
	GHashTable *urls; /* url -> line (GINT_TO_POINTER) */
};

static void
walk(xmlNode *n, struct walk_state *w, int depth)
{
	for (; n && depth < SW_MAX_XML_DEPTH; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (!xmlStrcmp(n->name, (const xmlChar *)"outline")) {
			xmlChar *url = xmlGetProp(n, (const xmlChar *)"xmlUrl");
			xmlChar *title = xmlGetProp(n, (const xmlChar *)"title");
			gboolean ok;

			/* blanks around the URL are not part of it (the config
			 * strips a value's too): fetch_url_problem() refuses them */
			if (url)
				g_strstrip((char *)url);
			ok = url && url_ok((const char *)url);

			if (title && !*g_strstrip((char *)title)) {
				xmlFree(title); /* title="  ": as if there were none */
				title = NULL;
			}
			if (!title)
				title = xmlGetProp(n, (const xmlChar *)"text");
			if (ok && g_hash_table_contains(w->urls, url)) {
				/* a feed filed in two folders: one [feed], or it is
				 * polled twice and each entry stored twice */
				log_info("OPML line %ld: %s is already imported (line %d)",
				         xmlGetLineNo(n), (const char *)url,
				         GPOINTER_TO_INT(g_hash_table_lookup(w->urls, url)));
			} else if (ok) {
				char *name =
				        feed_name(w->seen, (const char *)title, (const char *)url);

				g_hash_table_insert(w->urls, g_strdup((const char *)url),
				                    GINT_TO_POINTER((int)xmlGetLineNo(n)));
				g_string_append_printf(w->out, "[feed %s]\nurl = ", name);
				append_value(w->out, (const char *)url);
				g_string_append(w->out, "\n\n");
				g_free(name);
			} else if (url) {
				int len = xmlStrlen(url);
				char *cut = g_utf8_make_valid((const char *)url, MIN(len, 80));
				char *shown = g_strescape(cut, NULL);

				log_warnx("OPML line %ld: outline %s skipped: a feed is an http or "
				          "https URL that curl can fetch, of at most %d bytes, "
				          "without blanks or control characters",
				          xmlGetLineNo(n), shown, SW_MAX_URL);
				g_free(shown);
				g_free(cut);
			}
			xmlFree(url);
			xmlFree(title);
		}
		walk(n->children, w, depth + 1);
	}
}

char *
opml_import(const char *data, size_t len, GError **err)
{
	xmlParserCtxt *ctxt;
	xmlDoc *doc;
	xmlNode *root;
	struct walk_state w;

	if (len > SW_MAX_BODY || len > G_MAXINT) {
		g_set_error(err, opml_error_quark(), 1, "too large");
		return NULL;
	}
	ctxt = xmlNewParserCtxt();
	if (!ctxt)
		g_error("xmlNewParserCtxt failed");
	doc = xmlCtxtReadMemory(ctxt, data, (int)len, NULL, NULL,
	                        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (!doc) {
		/* the first error: the line and libxml2's reason */
		const xmlError *e = xmlCtxtGetLastError(ctxt);
		char *why = g_strdup(e && e->message ? e->message : "not well-formed XML");

		g_strstrip(why);
		g_set_error(err, opml_error_quark(), 2, "line %d: %s", e ? e->line : 0, why);
		g_free(why);
		xmlFreeParserCtxt(ctxt);
		return NULL;
	}
	xmlFreeParserCtxt(ctxt);
	root = xmlDocGetRootElement(doc);
	if (!root || xmlStrcmp(root->name, (const xmlChar *)"opml")) {
		char *name = root ? name_part((const char *)root->name) : NULL;

		if (name)
			g_set_error(err, opml_error_quark(), 2,
			            "not an OPML document (its root element is <%s>)", name);
		else
			g_set_error(err, opml_error_quark(), 2, "not an OPML document");
		g_free(name);
		xmlFreeDoc(doc);
		return NULL;
	}
	w.out = g_string_new("# feeds imported from OPML by storywatch import-opml\n\n");
	w.seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	w.urls = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	walk(root->children, &w, 0);
	g_hash_table_destroy(w.urls);
	g_hash_table_destroy(w.seen);
	xmlFreeDoc(doc);
	return g_string_free(w.out, FALSE);
}

/* (transfer full) s without the characters XML 1.0 forbids that a config
 * can hold (U+FFFE, U+FFFF: it refuses control characters); in a URL
 * they are percent-encoded instead, which means the same to a server. */
static char *
xml_chars(const char *s, gboolean url)
{
	GString *out = g_string_new(NULL);
	const char *p;

	for (p = s ? s : ""; *p; p = g_utf8_next_char(p)) {
		gunichar ch = g_utf8_get_char(p);
		const char *next = g_utf8_next_char(p);

		if (ch == 0xFFFE || ch == 0xFFFF) {
			for (const char *q = p; url && q < next; q++)
				g_string_append_printf(out, "%%%02X", (unsigned char)*q);
			continue;
		}
		g_string_append_len(out, p, next - p);
	}
	return g_string_free(out, FALSE);
}

char *
opml_export(const struct sw_config *c)
{
	GString *out = g_string_new(
	        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	        "<opml version=\"2.0\">\n<head><title>storywatch feeds</title></head>\n<body>\n");
	guint i;

	for (i = 0; i < c->feeds->len; i++) {
		const struct sw_feed_conf *f = c->feeds->pdata[i];
		char *n0 = xml_chars(f->name, FALSE), *u0 = xml_chars(f->url, TRUE);
		char *name = html_escape(n0), *url = html_escape(u0);

		g_string_append_printf(
		        out, "  <outline type=\"rss\" text=\"%s\" title=\"%s\" xmlUrl=\"%s\"/>\n",
		        name, name, url);
		g_free(name);
		g_free(url);
		g_free(n0);
		g_free(u0);
	}
	g_string_append(out, "</body>\n</opml>\n");
	return g_string_free(out, FALSE);
}
