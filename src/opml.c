/*
 * opml.c - OPML import and export; see opml.h.
 */
#include <string.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "html.h"
#include "limits.h"
#include "opml.h"

static G_DEFINE_QUARK(storywatch_opml_error, opml_error)

        /* A [feed NAME] name: the outline's title with ']' and newlines dropped,
         * made unique with a number. */
        static char *feed_name(GHashTable *seen, const char *title, const char *url)
{
	GString *s = g_string_new(NULL);
	const char *p;
	char *name;
	int n = 2;

	for (p = title && *title ? title : url; *p; p++) {
		if (*p == ']' || *p == '[' || *p == '\n' || *p == '\r')
			continue;
		g_string_append_c(s, *p);
	}
	g_strstrip(s->str);
	name = g_string_free(s, FALSE);
	while (g_hash_table_contains(seen, name)) {
		char *t = g_strdup_printf("%s %d", title && *title ? title : url, n++);

		g_free(name);
		name = t;
	}
	g_hash_table_add(seen, g_strdup(name));
	return name;
}

static void
walk(xmlNode *n, GString *out, GHashTable *seen, int depth)
{
	for (; n && depth < SW_MAX_XML_DEPTH; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (!xmlStrcmp(n->name, (const xmlChar *)"outline")) {
			xmlChar *url = xmlGetProp(n, (const xmlChar *)"xmlUrl");
			xmlChar *title = xmlGetProp(n, (const xmlChar *)"title");

			if (!title)
				title = xmlGetProp(n, (const xmlChar *)"text");
			if (url &&
			    (!xmlStrncasecmp(url, (const xmlChar *)"http://", 7) ||
			     !xmlStrncasecmp(url, (const xmlChar *)"https://", 8)) &&
			    !strchr((const char *)url, '\n')) {
				char *name =
				        feed_name(seen, (const char *)title, (const char *)url);

				g_string_append_printf(out, "[feed %s]\nurl = %s\n\n", name,
				                       (const char *)url);
				g_free(name);
			}
			xmlFree(url);
			xmlFree(title);
		}
		walk(n->children, out, seen, depth + 1);
	}
}

char *
opml_import(const char *data, size_t len, GError **err)
{
	xmlDoc *doc;
	GString *out;
	GHashTable *seen;

	if (len > SW_MAX_BODY || len > G_MAXINT) {
		g_set_error(err, opml_error_quark(), 1, "too large");
		return NULL;
	}
	doc = xmlReadMemory(data, (int)len, NULL, NULL,
	                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (!doc || !xmlDocGetRootElement(doc) ||
	    xmlStrcmp(xmlDocGetRootElement(doc)->name, (const xmlChar *)"opml")) {
		xmlFreeDoc(doc);
		g_set_error(err, opml_error_quark(), 2, "not an OPML document");
		return NULL;
	}
	out = g_string_new("# feeds imported from OPML by storywatch import-opml\n\n");
	seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	walk(xmlDocGetRootElement(doc)->children, out, seen, 0);
	g_hash_table_destroy(seen);
	xmlFreeDoc(doc);
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
		char *name = html_escape(f->name), *url = html_escape(f->url);

		g_string_append_printf(
		        out, "  <outline type=\"rss\" text=\"%s\" title=\"%s\" xmlUrl=\"%s\"/>\n",
		        name, name, url);
		g_free(name);
		g_free(url);
	}
	g_string_append(out, "</body>\n</opml>\n");
	return g_string_free(out, FALSE);
}
