/* fuzz_digest.c - libFuzzer entry for the day files (make fuzz): what a
 * hostile feed writes (its title, an entry's title, link, language,
 * summary, the terms it matched) rendered as the HTML and Markdown digest
 * a user opens.  The input is "feed title\ntitle\nlink\nlang\nterms\n
 * summary"; each is stored, in a store that lives across inputs (renewed
 * every 2,000), as the one report of a day of its own, and that day is
 * rendered.
 *
 * What it checks (abort() when not): the HTML is well-formed XML whose
 * elements and attributes are the digest's own (no script, no on...
 * handler, no markup from the feed), each href http(s) or relative, each lang a
 * tag of letters, digits and '-'; each '<' of the Markdown is escaped. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <glib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "digest.h"
#include "fuzz_lines.h"
#include "parse.h"
#include "store.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* 2026-03-08 00:00:00 UTC, the first input's day */
#define DAY0 G_GINT64_CONSTANT(1772928000)

static struct store *s;
static char *dir;
static unsigned inputs;

static const char *const elements[] = {
	"html",   "head", "meta", "title", "style", "body",    "header",
	"footer", "h1",   "h2",   "h3",    "ol",    "ul",      "li",
	"p",      "span", "time", "a",     "em",    "section", "article",
};
static const char *const attributes[] = {
	"charset", "class", "content", "datetime", "dir",
	"href",    "lang",  "name",    "rel",      "http-equiv",
};

static gboolean
listed(const char *const *list, size_t n, const char *name)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(list[i], name) == 0)
			return TRUE;
	return FALSE;
}

static void
fail(const char *why, const char *what, const char *out)
{
	fprintf(stderr, "%s\nfuzz_digest: %s: %s\n", out, why, what);
	abort(); /* not g_error(): libFuzzer saves no input on its SIGTRAP */
}

static void
walk(xmlNode *n, const char *html)
{
	for (; n; n = n->next) {
		xmlAttr *a;

		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (!listed(elements, G_N_ELEMENTS(elements), (const char *)n->name))
			fail("an element not of the digest", (const char *)n->name, html);
		for (a = n->properties; a; a = a->next) {
			char *v = (char *)xmlNodeGetContent((xmlNode *)a);
			const char *name = (const char *)a->name;

			if (!listed(attributes, G_N_ELEMENTS(attributes), name))
				fail("an attribute not of the digest", name, html);
			/* http(s), or the digest's own files (index.html) */
			if (strcmp(name, "href") == 0 && v &&
			    g_ascii_strncasecmp(v, "https://", 8) != 0 &&
			    g_ascii_strncasecmp(v, "http://", 7) != 0 &&
			    v[strcspn(v, ":/?#")] == ':')
				fail("a link of a scheme not http(s)", v, html);
			if (strcmp(name, "lang") == 0 && v &&
			    (!*v || strspn(v, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
			                      "0123456789-") != strlen(v)))
				fail("a lang that is no tag", v, html);
			xmlFree(v);
		}
		walk(n->children, html);
	}
}

/* The store's folder goes with the process (not after a crash). */
static void
remove_dir(void)
{
	char *cmd;

	if (!dir)
		return;
	store_free(s);
	s = NULL;
	cmd = g_strdup_printf("rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "fuzz_digest: could not remove %s\n", dir);
	g_free(cmd);
	g_clear_pointer(&dir, g_free);
}

static void
renew(void)
{
	GError *err = NULL;
	char *path;

	remove_dir();
	dir = g_dir_make_tmp("fuzz-digest-XXXXXX", &err);
	if (!dir)
		abort();
	path = g_build_filename(dir, "state.db", NULL);
	s = store_open(path, &err);
	if (!s) {
		fprintf(stderr, "fuzz_digest: %s\n", err->message);
		abort();
	}
	g_free(path);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *buf = g_strndup((const char *)data, size), *rest = buf, *html, *md;
	char name[32], *url, *day;
	struct sw_feed_state st;
	struct sw_entry e = { 0 };
	gint64 entry_id = 0, thread_id, t;
	const char *feed_title, *terms, *p;
	xmlDoc *doc;

	if (s == NULL) {
		setenv("TZ", "UTC", 1);
		tzset();
		atexit(remove_dir);
	}
	if (s == NULL || inputs % 2000 == 0)
		renew();
	/* the parser hands the store valid UTF-8 only */
	if (!g_utf8_validate(buf, -1, NULL)) {
		g_free(buf);
		return 0;
	}
	t = DAY0 + (gint64)(inputs % 2000) * 86400;
	g_snprintf(name, sizeof(name), "f%u", inputs);
	inputs++;
	feed_title = next_line(&rest);
	e.title = next_line(&rest);
	e.link = next_line(&rest);
	e.lang = next_line(&rest);
	terms = next_line(&rest);
	e.summary = rest;
	e.uid = e.id = name;
	e.published = t + 3600;
	e.updated = SW_DATE_NONE;

	url = g_strdup_printf("file:///feeds/%s.xml", name);
	if (store_feed_sync(s, name, url, &st) != 0)
		abort();
	g_free(st.title);
	st.title = g_strdup(feed_title);
	if (store_feed_save(s, &st) != 0)
		abort();
	if (store_entry_add(s, st.id, &e, t + 3660, &entry_id) != 1)
		abort();
	thread_id = store_thread_ensure(s, "t", name, e.title, entry_id, t + 3660);
	if (thread_id <= 0 || store_match_add(s, entry_id, "t", 1.0, terms ? terms : "", "why",
	                                      thread_id, "new", 0, FALSE) != 0)
		abort();
	store_feed_state_clear(&st);
	g_free(url);

	day = digest_day_of(t + 3600);
	html = digest_render(s, day, "html");
	md = digest_render(s, day, "md");
	if (!html || !md)
		fail("no digest", day, "");
	doc = xmlReadMemory(html, (int)strlen(html), "digest.html", "utf-8",
	                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (!doc)
		fail("the HTML is not well-formed", day, html);
	walk(xmlDocGetRootElement(doc), html);
	xmlFreeDoc(doc);
	for (p = strchr(md, '<'); p; p = strchr(p + 1, '<'))
		if (p == md || p[-1] != '\\')
			fail("a '<' of the Markdown not escaped", p, md);
	g_free(html);
	g_free(md);
	g_free(day);
	g_free(buf);
	return 0;
}
