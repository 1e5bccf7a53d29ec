/*
 * test_digest.c - day files against golden files, HTML safety, day
 * boundaries across DST, atomic writes, the matches feed.
 *
 * The fixture day is 2026-03-08 in TZ=UTC.  SW_UPDATE_GOLDEN=1 rewrites
 * the golden files in $SW_TESTDATA/digest instead of comparing.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "digest.h"
#include "caps.h"
#include "parse.h"
#include "store.h"

#include "fixture.h"

struct fixture {
	char *dir;
	struct store *s;
};

static void
set_tz(const char *tz)
{
	setenv("TZ", tz, 1);
	tzset();
}

static int
setup(void **state)
{
	struct fixture *f = g_new0(struct fixture, 1);

	set_tz("UTC");
	f->s = scratch_store_open("sw-digest-XXXXXX", "state.db", &f->dir, NULL);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	store_free(f->s);
	scratch_dir_remove(f->dir);
	g_free(f->dir);
	g_free(f);
	return 0;
}

/* Store one entry and its match; returns the entry id. */
static gint64
report(struct store *s, gint64 feed_id, const char *topic, const char *uid, const char *title,
       const char *link, const char *summary, gint64 published, gint64 first_seen,
       const char *thread_key, const char *kind, gint64 dup_of, const char *terms, double score,
       gboolean silent)
{
	struct sw_entry e = { 0 };
	gint64 entry_id = 0, thread_id = 0;

	e.uid = (char *)uid;
	e.title = (char *)title;
	e.link = (char *)link;
	e.summary = (char *)summary;
	/* as feeds write it: a Ukrainian outlet's, a region with '_', words
	 * that are no tag (left out of the HTML), one of letters only */
	e.lang = (char *)(uid[0] == 'k'   ? "uk"
	                  : uid[0] == 'a' ? "en_US"
	                  : uid[0] == 'r' ? "English"
	                                  : "English (UK)");
	e.published = published;
	e.updated = SW_DATE_NONE;
	assert_int_equal(store_entry_add(s, feed_id, &e, first_seen, &entry_id), 1);
	if (thread_key) {
		thread_id = store_thread_ensure(
		        s, topic, thread_key, strcmp(kind, "new") == 0 ? title : NULL,
		        strcmp(kind, "new") == 0 ? entry_id : 0, first_seen);
		assert_true(thread_id > 0);
	}
	assert_int_equal(store_match_add(s, entry_id, topic, score, terms, "why", thread_id, kind,
	                                 dup_of, silent),
	                 0);
	return entry_id;
}

/* 2026-03-08 00:00:00 UTC */
#define DAY0    G_GINT64_CONSTANT(1772928000)
#define H(h, m) (DAY0 + (h)*3600 + (m)*60)

static void
fill_day(struct store *s)
{
	gint64 reuters = add_feed(s, "reuters", "Reuters");
	gint64 ap = add_feed(s, "ap", "AP News");
	gint64 kyiv = add_feed(s, "kyiv", "Kyiv Independent & Co");
	gint64 bbc = add_feed(s, "bbc", NULL);
	gint64 energy = add_feed(s, "energy", "Energy <Wire>");
	gint64 a, old;

	/* a story from the day before; its follow-up today is "continued" */
	old = report(s, reuters, "ukraine", "r-0", "Talks on guarantees announced",
	             "https://example.com/r0", "Officials said talks will start.", H(-2, 0),
	             H(-2, 0) + 60, "r-0", "new", 0, "guarantees", 9.0, FALSE);
	(void)old;
	/* thread A: a new story, the same copy elsewhere, a follow-up */
	a = report(
	        s, reuters, "ukraine", "r-1",
	        "Allies draft <script>alert(1)</script> security guarantees & timeline",
	        "https://example.com/a?x=1&y=2",
	        "Ministers met in <b>Berlin</b> & agreed a draft; \"binding\" terms remain open.",
	        H(9, 15), H(9, 20), "r-1", "new", 0,
	        "secguar/title:security guarantees, place/lead:Berlin, "
	        "place/body:berlin, -sport/title:match, like:peace=0.31, doc/lead:draft",
	        14.5, FALSE);
	report(s, ap, "ukraine", "ap-1",
	       "Allies draft <script>alert(1)</script> security guarantees & timeline",
	       "https://example.org/ap-1", "Ministers met in Berlin.", H(9, 40), H(9, 45), "r-1",
	       "duplicate", a, "security guarantees", 13.0, FALSE);
	report(s, kyiv, "ukraine", "k-1", "Zelensky: guarantees must be 'binding' <now>",
	       "javascript:alert(1)", "Kyiv wants a treaty, not a memorandum.", H(14, 5), H(14, 10),
	       "r-1", "followup", 0, "guarantees, binding", 21.0, FALSE);
	/* thread B: no date in the feed, a long summary */
	report(s, bbc, "ukraine", "b-1", "Coalition of the willing meets in Paris",
	       "https://bbc.example/news/1",
	       "Leaders of more than thirty countries gathered in Paris on Sunday to discuss "
	       "how a future ceasefire in Ukraine could be secured, which forces would be "
	       "deployed, who would command them, and how long they would stay; several "
	       "governments said they would need parliamentary approval before any troops "
	       "could be sent, and others asked for a firm American backstop first.",
	       SW_DATE_NONE, H(11, 30), "b-1", "new", 0, "coalition, ceasefire", 8.0, FALSE);
	/* thread C continues yesterday's story */
	report(s, ap, "ukraine", "ap-2", "Guarantee talks open in Geneva",
	       "https://example.org/ap-2", "The first round began.", H(8, 0), H(8, 5), "r-0",
	       "followup", 0, "guarantees, Geneva", 10.0, FALSE);
	/* a silent match (backfill) is not in the digest */
	report(s, reuters, "ukraine", "r-silent", "Old backfilled story", "https://example.com/old",
	       "Old.", H(1, 0), H(1, 0), "r-silent", "new", 0, "old", 7.0, TRUE);
	/* another topic */
	report(s, energy, "energy", "e-1", "Gas prices fall | Europe [analysis]",
	       "https://energy.example/1?a=1&b=<2>", "Storage is *full* _again_.", H(7, 30),
	       H(7, 31), "e-1", "new", 0, "gas", 6.8, FALSE);
	/* first seen at midnight of the next day: not in this day */
	report(s, reuters, "ukraine", "r-next", "Tomorrow's story", "https://example.com/n",
	       "Next.", H(23, 50), H(24, 0), "r-next", "new", 0, "x", 7.0, FALSE);
}

static char *
golden_path(const char *name)
{
	const char *data = g_getenv("SW_TESTDATA");

	return g_build_filename(data ? data : "tests/data", "digest", name, NULL);
}

static void
check_golden(const char *name, const char *text)
{
	char *path = golden_path(name);
	char *want = NULL;
	GError *err = NULL;

	if (g_getenv("SW_UPDATE_GOLDEN")) {
		assert_true(g_file_set_contents(path, text, -1, &err));
		g_free(path);
		return;
	}
	if (!g_file_get_contents(path, &want, NULL, &err))
		fail_msg("%s: %s", path, err->message);
	if (strcmp(want, text) != 0) {
		char *got = g_strdup_printf("%s.got", name);
		char *tmp = g_build_filename(g_get_tmp_dir(), got, NULL);

		(void)g_file_set_contents(tmp, text, -1, NULL);
		fail_msg("%s differs from the golden file (written to %s)", name, tmp);
	}
	g_free(want);
	g_free(path);
}

static void
test_day_of(void **state)
{
	char *d;

	(void)state;
	set_tz("UTC");
	d = digest_day_of(H(23, 59) + 59);
	assert_string_equal(d, "2026-03-08");
	g_free(d);
	d = digest_day_of(H(24, 0));
	assert_string_equal(d, "2026-03-09");
	g_free(d);
	/* Central Europe: 2026-03-28 23:30 UTC is 00:30 on the 29th there */
	set_tz("CET-1CEST,M3.5.0,M10.5.0/3");
	d = digest_day_of(G_GINT64_CONSTANT(1774740600));
	assert_string_equal(d, "2026-03-29");
	g_free(d);
	set_tz("UTC");
}

/* digest_terms(terms, max) is want */
static void
check_terms(const char *terms, int max, const char *want)
{
	char *t = digest_terms(terms, max);

	assert_non_null(t);
	assert_string_equal(t, want);
	g_free(t);
}

static void
test_terms(void **state)
{
	char *t;

	(void)state;
	check_terms("ukraine/title:Kyiv, secguar/lead:security guarantees, "
	            "ukraine/lead:kyiv, -sport/title:match, like:peace=0.31, ukraine/feed:uk",
	            0, "Kyiv, security guarantees");
	assert_null(digest_terms("ukraine/feed:uk", 0));
	/* story memory's term, commas and all, last and whole (its headline
	 * does not hide the words it holds); a copy's uid is not shown */
	check_terms("air/lead:air patrols, story:Jets, air patrols and Kamenovo=5", 0,
	            "air patrols, names and numbers of “Jets, air patrols and Kamenovo”");
	check_terms("story:A=B, c=12", 0, "names and numbers of “A=B, c”");
	check_terms("air/title:jets, copy:https://a.example/?q=1,2, x/lead:y", 0, "jets");
	assert_null(digest_terms("copy:https://a.example/?q=1,2", 0));
	assert_null(digest_terms("story:no count", 0));
	assert_null(digest_terms("story:=5", 0));
	check_terms("a, b, c, d", 3, "a, b, c");
	/* words a longer term shown beside them holds, as whole words,
	 * are left out; the rest keep their order */
	check_terms("ukraine/title:Ukraine, guarukr/title:guarantees for Ukraine, "
	            "guarantee/title:guarantees, x/lead:guaranteed, y/lead:Security "
	            "Guarantees, z/lead:for",
	            0, "guarantees for Ukraine, guaranteed, Security Guarantees");
	/* of the first max terms; the ones after do not move up */
	check_terms("a, a b, c, d", 2, "a b");
	check_terms("Київ, гарантії для україни, україни", 0, "Київ, гарантії для україни");
	/* two phrases that read the same once cut are shown once */
	check_terms(
	        "a/lead:one two three four five six seven eight nine ten eleven twelve thirteen, "
	        "a/lead:one two three four five six seven eight nine ten eleven twelve fourteen",
	        0, "one two three four five six seven eight nine ten eleven…");
	assert_null(digest_terms("like:x=0.5", 0));
	t = digest_line("a\xe2\x80\xae"
	                "b\tc\n\x01 d\xff",
	                0); /* RLO, tab, SOH, bad byte */
	assert_string_equal(t, "ab c d\xef\xbf\xbd");
	g_free(t);
	t = digest_line("one two three four five", 12);
	assert_string_equal(t, "one two…");
	g_free(t);
	assert_null(digest_terms("", 0));
	assert_null(digest_terms(NULL, 0));
}

/* digest_terms_in(terms, 0, title, lead, lang) is want */
static void
check_terms_in(const char *terms, const char *title, const char *lead, const char *lang,
               const char *want)
{
	char *t = digest_terms_in(terms, 0, title, lead, lang);

	assert_non_null(t);
	assert_string_equal(t, want);
	g_free(t);
}

/* A term is shown as the entry wrote it where its words are found. */
static void
test_terms_as_written(void **state)
{
	(void)state;
	/* hyphen, quotes, apostrophe, a number's comma, capitals */
	check_terms_in("armycap/title:article 5 like, ukraine/lead:ukraine army, "
	               "n/lead:800 000 troops, k/title:kyiv",
	               "Draft gives Kyiv ‘Article 5-like’ guarantee",
	               "It caps Ukraine’s army at 800,000 troops.", "en",
	               "Article 5-like, Ukraine’s army, 800,000 troops, Kyiv");
	/* an apostrophe the matcher drops inside a word (lead first for a
	 * lead term, then the title) */
	check_terms_in("pledge/lead:юридично обовязковими, ukraine/lead:україни",
	               "Гарантії для України", "Гарантії стануть юридично обов'язковими.", "uk",
	               "юридично обов'язковими, України");
	/* a comma, colon or semicolon that ends a word would read as the
	 * list's own: it goes; a piece must hold no other word ("kremlin"
	 * of "Kremlin-backed" is one, "ukraine" of "ukraine2" is not) */
	check_terms_in("draft/lead:ceasefire including a pledge, v/title:kremlin, u/title:ukraine",
	               "Kremlin-backed plan for ukraine2", "A ceasefire, including a pledge.", NULL,
	               "ceasefire including a pledge, Kremlin, ukraine");
	/* a capital that only starts a sentence says nothing: a place
	 * inside a sentence is shown first, in either text */
	check_terms_in("f/title:coalition", "Coalition meets. Coalition talks",
	               "Leaders of the coalition met.", "en", "coalition");
	check_terms_in("f/title:coalition", "Coalition meets", "Nothing here.", "en", "Coalition");
	/* a quotation mark or bracket whose other half the shown words do
	 * not hold goes ("guarantees” for Ukraine" read as a quote left
	 * open); a pair they hold stays, and so does an apostrophe that
	 * ends a word, unless a quote is open before it */
	check_terms_in("g/title:guarantees for ukraine, k/lead:гарантії безпеки, s/lead:nato ally",
	               "Kyiv wants “guarantees” for Ukraine",
	               "Україна хоче «гарантії» безпеки. NATO (‘ally’) said.", "uk",
	               "guarantees for Ukraine, гарантії безпеки, NATO ally");
	check_terms_in("g/title:wants guarantees for ukraine, a/lead:allies guarantees",
	               "Kyiv wants “guarantees” for Ukraine", "The allies’ guarantees hold.", "en",
	               "wants “guarantees” for Ukraine, allies’ guarantees");
	check_terms_in("a/title:allies guarantees", "He said ‘the allies’ guarantees hold", NULL,
	               "en", "allies guarantees");
	/* not found, or no text: the matcher's words */
	check_terms_in("f/title:gas prices, g/body:oil", "Gas costs fall", NULL, NULL,
	               "gas prices, oil");
	check_terms_in("f/title:gas", NULL, NULL, NULL, "gas");
}

/* The CPU seconds of 5 digest_terms_in() of 8 terms that come after a
 * run of mark, as much as a lead has room for. */
static double
terms_after(const char *mark)
{
	GString *lead = g_string_new("Wants ");
	clock_t t0 = clock();
	int i;

	while (lead->len < SW_MAX_TERMS_TEXT - 100)
		g_string_append(lead, mark);
	g_string_append(lead, " security guarantees for Ukraine, allies say at Kyiv "
	                      "talks on a ceasefire pledge");
	for (i = 0; i < 5; i++) {
		char *got = digest_terms_in("a/lead:security guarantees, b/lead:ukraine, "
		                            "c/lead:allies, d/lead:kyiv, e/lead:talks, "
		                            "f/lead:ceasefire, g/lead:pledge, h/lead:say",
		                            8, "x", lead->str, "en");

		assert_string_equal(got, "security guarantees, Ukraine, allies, Kyiv, talks, "
		                         "ceasefire, pledge, say");
		g_free(got);
	}
	g_string_free(lead, TRUE);
	return (double)(clock() - t0) / CLOCKS_PER_SEC;
}

/* A lead of quotation marks costs about what one of blanks does: the
 * marks side by side share one role, found once (found again for each
 * mark, 2 KiB of '"' before the terms took 0.1 s a term, for each
 * report of a day file and each popup: 1,000 times the blanks). */
static void
test_terms_many_marks(void **state)
{
	double blanks = terms_after(" ");

	(void)state;
	assert_true(terms_after("\"") < 20 * blanks + 0.05);
	assert_true(terms_after("«") < 20 * blanks + 0.05);
	assert_true(terms_after("(") < 20 * blanks + 0.05);
}

static void
test_golden(void **state)
{
	struct fixture *f = *state;
	char *md, *html;

	fill_day(f->s);
	md = digest_render(f->s, "2026-03-08", "md");
	html = digest_render(f->s, "2026-03-08", "html");
	assert_non_null(md);
	assert_non_null(html);
	check_golden("2026-03-08.md", md);
	check_golden("2026-03-08.html", html);
	/* the same store gives the same bytes */
	{
		char *again = digest_render(f->s, "2026-03-08", "md");

		assert_string_equal(again, md);
		g_free(again);
	}
	g_free(md);
	g_free(html);
}

/* Every text node and attribute: the fixture's markup arrives as text. */
static void
walk(xmlNode *n, int *script_text, int *bad)
{
	for (; n; n = n->next) {
		if (n->type == XML_ELEMENT_NODE) {
			xmlAttr *a;

			if (g_ascii_strcasecmp((const char *)n->name, "script") == 0 ||
			    g_ascii_strcasecmp((const char *)n->name, "b") == 0 ||
			    g_ascii_strcasecmp((const char *)n->name, "now") == 0 ||
			    g_ascii_strcasecmp((const char *)n->name, "Wire") == 0)
				(*bad)++;
			for (a = n->properties; a; a = a->next) {
				xmlChar *v = xmlNodeGetContent((xmlNode *)a);

				if (g_ascii_strncasecmp((const char *)a->name, "on", 2) == 0)
					(*bad)++;
				if (v &&
				    g_ascii_strncasecmp((const char *)v, "javascript:", 11) == 0)
					(*bad)++;
				xmlFree(v);
			}
		} else if (n->type == XML_TEXT_NODE && n->content &&
		           strstr((const char *)n->content, "<script>alert(1)</script>")) {
			(*script_text)++;
		}
		walk(n->children, script_text, bad);
	}
}

static void
test_html_safe(void **state)
{
	struct fixture *f = *state;
	char *html, *lower;
	xmlDoc *doc;
	int script_text = 0, bad = 0;

	fill_day(f->s);
	html = digest_render(f->s, "2026-03-08", "html");
	assert_non_null(html);
	doc = xmlReadMemory(html, (int)strlen(html), "digest.html", "utf-8",
	                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	assert_non_null(doc); /* well-formed */
	walk(xmlDocGetRootElement(doc), &script_text, &bad);
	xmlFreeDoc(doc);
	assert_int_equal(bad, 0);
	assert_true(script_text >= 2); /* the title of the story and of its thread */
	lower = g_ascii_strdown(html, -1);
	assert_null(strstr(lower, "<script"));
	assert_null(strstr(lower, "javascript:"));
	assert_null(strstr(lower, "<now>"));
	assert_null(strstr(lower, " & "));
	assert_non_null(strstr(html, "Kyiv Independent &amp; Co"));
	assert_non_null(strstr(html, "href=\"https://example.com/a?x=1&amp;y=2\""));
	assert_non_null(strstr(html, "Also reported by: AP News"));
	assert_null(strstr(html, "Old backfilled story"));
	assert_null(strstr(html, "Tomorrow"));
	g_free(lower);
	g_free(html);
}

static void
test_md_escaped(void **state)
{
	struct fixture *f = *state;
	char *md;

	fill_day(f->s);
	md = digest_render(f->s, "2026-03-08", "md");
	assert_non_null(md);
	/* every < of a feed string is backslash-escaped */
	{
		const char *p;

		for (p = strchr(md, '<'); p; p = strchr(p + 1, '<'))
			assert_true(p > md && p[-1] == '\\');
	}
	assert_non_null(strstr(md, "\\<script\\>"));
	assert_non_null(strstr(md, "Kyiv Independent \\& Co"));
	/* a javascript: link is never a link */
	assert_null(strstr(md, "javascript"));
	/* the excerpt is cut */
	assert_non_null(strstr(md, "…"));
	assert_null(strstr(md, "American backstop"));
	g_free(md);
}

/* A title or summary that starts like Markdown block syntax stays text. */
static void
test_md_block_syntax(void **state)
{
	struct fixture *f = *state;
	gint64 fd = add_feed(f->s, "liveblog", "Live");
	char *md;

	report(f->s, fd, "ukraine", "l-1", "1. Security guarantees: what was agreed",
	       "https://example.com/l1", "- Allies agreed on air cover", H(10, 0), H(10, 5), "l-1",
	       "new", 0, "guarantees", 9.0, FALSE);
	report(f->s, fd, "ukraine", "l-2", "--- guarantees live ---", NULL, "2) the force",
	       H(10, 30), H(10, 35), "l-2", "new", 0, "guarantees", 9.0, FALSE);
	md = digest_render(f->s, "2026-03-08", "md");
	assert_non_null(md);
	assert_non_null(strstr(md, "\n  \\- Allies agreed on air cover"));
	assert_null(strstr(md, "\n  - Allies"));
	assert_non_null(strstr(md, "1\\. Security guarantees"));
	assert_non_null(strstr(md, "\\--- guarantees live"));
	assert_non_null(strstr(md, "\n  2\\) the force"));
	g_free(md);
}

static void
test_bad_day(void **state)
{
	struct fixture *f = *state;
	GError *err = NULL;
	char *path = NULL;

	assert_null(digest_render(f->s, "2026-02-30", "md"));
	assert_null(digest_render(f->s, "2026-3-8", "md"));
	assert_null(digest_render(f->s, "../../etc/x", "md"));
	assert_null(digest_render(f->s, "2026-03-08", "pdf"));
	assert_int_equal(digest_write_day(f->s, f->dir, "yesterday", TRUE, &path, &err), -1);
	assert_non_null(err);
	assert_null(path);
	g_clear_error(&err);
}

static void
test_empty_day(void **state)
{
	struct fixture *f = *state;
	char *md = digest_render(f->s, "2026-03-08", "md");

	assert_string_equal(md, "# storywatch digest: Sunday, 8 March 2026\n\n"
	                        "No matches on this day.\n");
	g_free(md);
}

/* DST: the day of the spring change has 23 hours, the autumn one 25. */
static void
test_dst_bounds(void **state)
{
	struct fixture *f = *state;
	gint64 fd;
	char *md;

	set_tz("CET-1CEST,M3.5.0,M10.5.0/3");
	fd = add_feed(f->s, "f", "F");
	/* 2026-03-29 local: from 2026-03-28T23:00Z to 2026-03-29T22:00Z */
	report(f->s, fd, "t", "s0", "Before spring day", NULL, NULL, SW_DATE_NONE,
	       G_GINT64_CONSTANT(1774738799), NULL, "new", 0, NULL, 7, FALSE);
	report(f->s, fd, "t", "s1", "Spring first second", NULL, NULL, SW_DATE_NONE,
	       G_GINT64_CONSTANT(1774738800), NULL, "new", 0, NULL, 7, FALSE);
	report(f->s, fd, "t", "s2", "Spring last second", NULL, NULL, SW_DATE_NONE,
	       G_GINT64_CONSTANT(1774821599), NULL, "new", 0, NULL, 7, FALSE);
	report(f->s, fd, "t", "s3", "After spring day", NULL, NULL, SW_DATE_NONE,
	       G_GINT64_CONSTANT(1774821600), NULL, "new", 0, NULL, 7, FALSE);
	/* 2026-10-25 local: from 2026-10-24T22:00Z to 2026-10-25T23:00Z */
	report(f->s, fd, "t", "a1", "Autumn first second", NULL, NULL, SW_DATE_NONE,
	       G_GINT64_CONSTANT(1792879200), NULL, "new", 0, NULL, 7, FALSE);
	report(f->s, fd, "t", "a2", "Autumn last second", NULL, NULL, SW_DATE_NONE,
	       G_GINT64_CONSTANT(1792969199), NULL, "new", 0, NULL, 7, FALSE);
	report(f->s, fd, "t", "a3", "After autumn day", NULL, NULL, SW_DATE_NONE,
	       G_GINT64_CONSTANT(1792969200), NULL, "new", 0, NULL, 7, FALSE);

	md = digest_render(f->s, "2026-03-29", "md");
	assert_null(strstr(md, "Before spring"));
	assert_non_null(strstr(md, "Spring first second"));
	assert_non_null(strstr(md, "Spring last second"));
	assert_null(strstr(md, "After spring"));
	assert_non_null(strstr(md, "**00:00**"));
	assert_non_null(strstr(md, "**23:59**"));
	g_free(md);
	md = digest_render(f->s, "2026-10-25", "md");
	assert_non_null(strstr(md, "Autumn first second"));
	assert_non_null(strstr(md, "Autumn last second"));
	assert_null(strstr(md, "After autumn"));
	g_free(md);
	set_tz("UTC");
}

/* Where the clocks go back over midnight (Cuba at 01:00 daylight time,
 * the Azores alike) 00:00 comes twice: the day starts at the first, so an
 * entry first seen in the hour between the two is on the new day, the day
 * that digest_day_of() names and the daemon rewrites.  Where they go
 * forward over midnight the day starts at 01:00. */
static void
test_midnight_twice(void **state)
{
	struct fixture *f = *state;
	gint64 fd, from, to;
	char *md, *day;

	set_tz("CST5CDT,M3.2.0/0,M11.1.0/1");
	/* 2026-11-01: 00:00 CDT is 04:00Z, 00:00 CST 05:00Z; 25 hours */
	assert_int_equal(digest_day_bounds("2026-11-01", &from, &to), 0);
	assert_int_equal(from, G_GINT64_CONSTANT(1793505600));
	assert_int_equal(to, G_GINT64_CONSTANT(1793595600));
	assert_int_equal(digest_day_bounds("2026-10-31", &from, &to), 0);
	assert_int_equal(to, G_GINT64_CONSTANT(1793505600));
	/* 2026-03-08 begins at 01:00 CDT (05:00Z): 23 hours */
	assert_int_equal(digest_day_bounds("2026-03-08", &from, &to), 0);
	assert_int_equal(from, G_GINT64_CONSTANT(1772946000));
	assert_int_equal(to - from, 23 * 3600);

	fd = add_feed(f->s, "f", "F");
	report(f->s, fd, "t", "o1", "Last second of October", NULL, NULL, SW_DATE_NONE,
	       G_GINT64_CONSTANT(1793505599), NULL, "new", 0, NULL, 7, FALSE);
	report(f->s, fd, "t", "n1", "Between the two midnights", NULL, NULL, SW_DATE_NONE,
	       G_GINT64_CONSTANT(1793507400), NULL, "new", 0, NULL, 7, FALSE);
	day = digest_day_of(G_GINT64_CONSTANT(1793507400));
	assert_string_equal(day, "2026-11-01");
	g_free(day);
	md = digest_render(f->s, "2026-11-01", "md");
	assert_non_null(strstr(md, "Between the two midnights"));
	assert_non_null(strstr(md, "**00:30**"));
	assert_null(strstr(md, "Last second of October"));
	g_free(md);
	md = digest_render(f->s, "2026-10-31", "md");
	assert_non_null(strstr(md, "Last second of October"));
	assert_null(strstr(md, "Between the two midnights"));
	g_free(md);
	set_tz("UTC");
}

static char *
slurp(const char *dir, const char *name)
{
	char *path = g_build_filename(dir, name, NULL);
	char *text = NULL;

	if (!g_file_get_contents(path, &text, NULL, NULL))
		fail_msg("%s not written", path);
	g_free(path);
	return text;
}

static int
count_tmp(const char *dir)
{
	GDir *d = g_dir_open(dir, 0, NULL);
	const char *name;
	int n = 0;

	assert_non_null(d);
	while ((name = g_dir_read_name(d)) != NULL)
		if (strstr(name, ".tmp"))
			n++;
	g_dir_close(d);
	return n;
}

static void
test_write_day(void **state)
{
	struct fixture *f = *state;
	char *dir = g_build_filename(f->dir, "data", "digest", NULL);
	char *path = NULL, *md, *md2, *html, *index, *atom, *atom2;
	GError *err = NULL;
	xmlDoc *doc;
	xmlNode *root, *n;
	int entries = 0;

	fill_day(f->s);
	assert_int_equal(digest_write_day(f->s, dir, "2026-03-07", TRUE, NULL, &err), 0);
	assert_int_equal(digest_write_day(f->s, dir, "2026-03-08", TRUE, &path, &err), 0);
	assert_non_null(path);
	assert_true(g_str_has_suffix(path, "/2026-03-08.md"));
	md = slurp(dir, "2026-03-08.md");
	html = slurp(dir, "2026-03-08.html");
	index = slurp(dir, "index.html");
	atom = slurp(dir, "matches.atom");
	{
		char *r = digest_render(f->s, "2026-03-08", "md");

		assert_string_equal(r, md);
		g_free(r);
	}
	/* newest day first in the index */
	assert_non_null(strstr(index, "href=\"2026-03-08.html\""));
	assert_true(strstr(index, "2026-03-08.html") < strstr(index, "2026-03-07.html"));
	doc = xmlReadMemory(index, (int)strlen(index), "index.html", "utf-8",
	                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	assert_non_null(doc);
	xmlFreeDoc(doc);

	/* the matches feed: well-formed Atom, one entry per thread */
	doc = xmlReadMemory(atom, (int)strlen(atom), "matches.atom", "utf-8",
	                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	assert_non_null(doc);
	root = xmlDocGetRootElement(doc);
	assert_string_equal((const char *)root->name, "feed");
	assert_string_equal((const char *)root->ns->href, "http://www.w3.org/2005/Atom");
	for (n = root->children; n; n = n->next)
		if (n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, "entry") == 0)
			entries++;
	xmlFreeDoc(doc);
	assert_int_equal(entries, 5); /* r-0, r-1, b-1, e-1, r-next */
	assert_null(strstr(atom, "<script"));

	/* again: the same bytes, no temporary files left */
	g_free(path);
	path = NULL;
	assert_int_equal(digest_write_day(f->s, dir, "2026-03-08", TRUE, &path, &err), 0);
	md2 = slurp(dir, "2026-03-08.md");
	atom2 = slurp(dir, "matches.atom");
	assert_string_equal(md, md2);
	assert_string_equal(atom, atom2);
	assert_int_equal(count_tmp(dir), 0);

	g_free(md);
	g_free(md2);
	g_free(html);
	g_free(index);
	g_free(atom);
	g_free(atom2);
	g_free(path);
	g_free(dir);
}

static void
test_write_atomic(void **state)
{
	struct fixture *f = *state;
	char *path = g_build_filename(f->dir, "x.md", NULL);
	char *text = NULL;
	GError *err = NULL;

	assert_int_equal(digest_write_atomic(path, "one\n", 4, &err), 0);
	assert_int_equal(digest_write_atomic(path, "two\n", 4, &err), 0);
	assert_true(g_file_get_contents(path, &text, NULL, NULL));
	assert_string_equal(text, "two\n");
	g_free(text);
	g_free(path);
	/* the target is a directory: rename fails, the temp file goes */
	path = g_build_filename(f->dir, "adir", NULL);
	assert_int_equal(g_mkdir(path, 0700), 0);
	assert_int_equal(digest_write_atomic(path, "x", 1, &err), -1);
	assert_non_null(err);
	g_clear_error(&err);
	assert_int_equal(count_tmp(f->dir), 0);
	g_free(path);
	/* no such folder */
	path = g_build_filename(f->dir, "nope", "x.md", NULL);
	assert_int_equal(digest_write_atomic(path, "x", 1, &err), -1);
	assert_non_null(err);
	g_clear_error(&err);
	g_free(path);
}

/* A store that cannot be read leaves the files as they were: a digest is
 * never rewritten from a partial or empty read. */
static void
test_store_error_keeps_files(void **state)
{
	struct fixture *f = *state;
	char *dir = g_build_filename(f->dir, "data", "digest", NULL);
	char *db = g_build_filename(f->dir, "state.db", NULL);
	char *cmd = g_strdup_printf("sqlite3 '%s' 'ALTER TABLE matches RENAME TO gone' 2>/dev/null",
	                            db);
	char *md, *md2, *atom, *atom2;
	GError *err = NULL;

	fill_day(f->s);
	assert_int_equal(digest_write_day(f->s, dir, "2026-03-08", TRUE, NULL, &err), 0);
	md = slurp(dir, "2026-03-08.md");
	atom = slurp(dir, "matches.atom");
	assert_int_equal(system(cmd), 0);
	assert_int_equal(digest_write_day(f->s, dir, "2026-03-08", TRUE, NULL, &err), -1);
	assert_non_null(err);
	g_clear_error(&err);
	assert_null(digest_render(f->s, "2026-03-08", "md"));
	md2 = slurp(dir, "2026-03-08.md");
	atom2 = slurp(dir, "matches.atom");
	assert_string_equal(md, md2);
	assert_string_equal(atom, atom2);
	assert_int_equal(count_tmp(dir), 0);
	g_free(md);
	g_free(md2);
	g_free(atom);
	g_free(atom2);
	g_free(cmd);
	g_free(db);
	g_free(dir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_day_of),
		cmocka_unit_test(test_terms),
		cmocka_unit_test(test_terms_as_written),
		cmocka_unit_test(test_terms_many_marks),
		cmocka_unit_test_setup_teardown(test_golden, setup, teardown),
		cmocka_unit_test_setup_teardown(test_html_safe, setup, teardown),
		cmocka_unit_test_setup_teardown(test_md_escaped, setup, teardown),
		cmocka_unit_test_setup_teardown(test_md_block_syntax, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bad_day, setup, teardown),
		cmocka_unit_test_setup_teardown(test_empty_day, setup, teardown),
		cmocka_unit_test_setup_teardown(test_dst_bounds, setup, teardown),
		cmocka_unit_test_setup_teardown(test_midnight_twice, setup, teardown),
		cmocka_unit_test_setup_teardown(test_write_day, setup, teardown),
		cmocka_unit_test_setup_teardown(test_write_atomic, setup, teardown),
		cmocka_unit_test_setup_teardown(test_store_error_keeps_files, setup, teardown),
	};

	set_tz("UTC");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
