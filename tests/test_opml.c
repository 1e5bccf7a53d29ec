/* test_opml.c - OPML import and export. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "config.h"
#include "opml.h"
#include "text.h"

static void
test_import(void **state)
{
	const char *doc =
	        "<?xml version=\"1.0\"?><opml version=\"2.0\"><body>"
	        "<outline text=\"News\">"
	        "<outline text=\"Kyiv [Daily]\" xmlUrl=\"https://kyiv.example/rss\"/>"
	        "<outline title=\"Same\" xmlUrl=\"http://a.example/feed\"/>"
	        "<outline title=\"Same\" xmlUrl=\"http://b.example/feed\"/>"
	        "<outline title=\"Local\" xmlUrl=\"file:///etc/passwd\"/>"
	        "<outline title=\"  \" text=\"Blank Title\" xmlUrl=\"http://c.example/f\"/>"
	        "</outline></body></opml>";
	GError *err = NULL;
	char *out = opml_import(doc, strlen(doc), &err);

	(void)state;
	assert_non_null(out);
	assert_non_null(strstr(out, "[feed Kyiv Daily]\nurl = https://kyiv.example/rss\n"));
	assert_non_null(strstr(out, "[feed Same]\nurl = http://a.example/feed\n"));
	assert_non_null(strstr(out, "[feed Same 2]\nurl = http://b.example/feed\n"));
	assert_null(strstr(out, "passwd")); /* only http(s) feeds come in */
	/* a blank title is no title: the text names the feed */
	assert_non_null(strstr(out, "[feed Blank Title]\nurl = http://c.example/f\n"));
	g_free(out);
}

/* A feed filed in two folders (readers export it under each) is one
 * [feed]: two groups would poll it twice and store each entry twice. */
static void
test_import_same_url_once(void **state)
{
	const char *doc = "<?xml version=\"1.0\"?>\n<opml version=\"2.0\"><body>\n"
	                  "<outline text=\"World\">\n"
	                  "<outline text=\"Kyiv Daily\" xmlUrl=\"https://kyiv.example/rss\"/>\n"
	                  "</outline>\n<outline text=\"Ukraine\">\n"
	                  "<outline text=\"Kyiv Daily\" xmlUrl=\"https://kyiv.example/rss\"/>\n"
	                  "<outline text=\"Other\" xmlUrl=\"https://other.example/rss\"/>\n"
	                  "</outline></body></opml>\n";
	GError *err = NULL;
	char *out = opml_import(doc, strlen(doc), &err);
	const char *first;

	(void)state;
	assert_non_null(out);
	first = strstr(out, "url = https://kyiv.example/rss\n");
	assert_non_null(first);
	if (strstr(first + 1, "url = https://kyiv.example/rss\n"))
		fail_msg("imported twice:\n%s", out);
	assert_null(strstr(out, "Kyiv Daily 2"));
	assert_non_null(strstr(out, "[feed Other]\nurl = https://other.example/rss\n"));
	g_free(out);
}

static void
test_import_rejects_non_opml(void **state)
{
	GError *err = NULL;
	const char *doc = "<rss><channel/></rss>";

	(void)state;
	assert_null(opml_import(doc, strlen(doc), &err));
	assert_non_null(err);
	g_error_free(err);
}

static void
test_roundtrip(void **state)
{
	const char *conf = "[feed A & B]\nurl = https://ab.example/rss?x=1&y=2\n";
	GError *err = NULL;
	struct sw_config *c = config_load_data(conf, strlen(conf), "t.conf", &err);
	char *xml, *back;

	(void)state;
	assert_non_null(c);
	xml = opml_export(c);
	assert_non_null(strstr(xml, "text=\"A &amp; B\""));
	assert_non_null(strstr(xml, "xmlUrl=\"https://ab.example/rss?x=1&amp;y=2\""));
	back = opml_import(xml, strlen(xml), &err);
	assert_non_null(back);
	assert_non_null(strstr(back, "[feed A & B]\nurl = https://ab.example/rss?x=1&y=2\n"));
	g_free(back);
	g_free(xml);
	config_free(c);
}

/* Hostile titles and URLs never break the config the import prints:
 * whatever the outlines say, it loads and holds exactly their feeds. */
static void
test_import_hostile(void **state)
{
	const char *doc = "<opml><body>"
	                  "<outline title=\"A\" xmlUrl=\"http://a.example/\"/>"
	                  "<outline title=\"A&#10;[storywatch]&#10;notify = none&#10;x\" "
	                  "xmlUrl=\"http://b.example/\"/>"
	                  "<outline title=\"A&#10;[storywatch]&#10;notify = none&#10;x\" "
	                  "xmlUrl=\"http://c.example/\"/>"
	                  "<outline title=\"&#9;[]\" xmlUrl=\"http://d.example/\"/>"
	                  "<outline title=\"[]\" xmlUrl=\"http://e.example/\"/>"
	                  "<outline title=\"CR\" xmlUrl=\"http://f.example/&#13;[storywatch]\"/>"
	                  "<outline title=\"Back\\slash\" xmlUrl=\"http://g.example/a\\nb\"/>"
	                  "<outline title=\"Blank\" xmlUrl=\"http://h.example/a b\"/>"
	                  "<outline title=\"Port\" xmlUrl=\"http://i.example:99999/\"/>"
	                  "<outline title=\"No host\" xmlUrl=\"http://\"/>"
	                  "<outline title=\"Padded\" xmlUrl=\" http://j.example/f  \"/>"
	                  "</body></opml>";
	GError *err = NULL;
	char *out = opml_import(doc, strlen(doc), &err);
	struct sw_config *c;
	guint i;

	(void)state;
	assert_non_null(out);
	c = config_load_data(out, strlen(out), "imported.conf", &err);
	if (!c)
		fail_msg("%s\n%s", err->message, out);
	assert_string_equal(c->notify, "libnotify");
	/* f.example: a control character; h, i and no host: no URL curl reads;
	 * j's blanks around it are not the URL's (a config value's are not) */
	assert_int_equal(c->feeds->len, 7);
	for (i = 0; i < c->feeds->len; i++) {
		const struct sw_feed_conf *f = c->feeds->pdata[i];

		assert_non_null(f->name);
		assert_true(*f->name);
		assert_null(strchr(f->name, '\n'));
		if (!strcmp(f->name, "Back\\slash"))
			assert_string_equal(f->url, "http://g.example/a\\nb");
		if (!strcmp(f->name, "Padded"))
			assert_string_equal(f->url, "http://j.example/f");
	}
	config_free(c);
	g_free(out);
}

/* A name or URL holding a character XML forbids (U+FFFE, U+FFFF are valid
 * UTF-8 and a config may hold them) still exports as a document that
 * reads back: the name without it, the URL with it percent-encoded. */
static void
test_export_xml_chars(void **state)
{
	const char *conf = "[feed A\xef\xbf\xbe B]\nurl = http://x.example/?q=\xef\xbf\xbf\n";
	GError *err = NULL;
	struct sw_config *c = config_load_data(conf, strlen(conf), "t.conf", &err);
	char *xml, *back;

	(void)state;
	assert_non_null(c);
	xml = opml_export(c);
	back = opml_import(xml, strlen(xml), &err);
	if (!back)
		fail_msg("%s\n%s", err->message, xml);
	assert_non_null(strstr(back, "[feed A B]\nurl = http://x.example/?q=%EF%BF%BF\n"));
	g_free(back);
	g_free(xml);
	config_free(c);
}

/* An OPML file that is not well-formed (an exporter's bare '&' is the
 * common case) is refused with the line and libxml2's reason, not only
 * "not an OPML document". */
static void
test_import_error_names_line(void **state)
{
	const char *doc = "<?xml version=\"1.0\"?>\n<opml version=\"2.0\"><body>\n"
	                  "<outline text=\"News & Views\" xmlUrl=\"http://a.example/\"/>\n"
	                  "</body></opml>\n";
	const char *rss = "<rss><channel/></rss>";
	GError *err = NULL;

	(void)state;
	assert_null(opml_import(doc, strlen(doc), &err));
	assert_non_null(err);
	if (!g_str_has_prefix(err->message, "line 3: ") || strchr(err->message, '\n'))
		fail_msg("\"%s\" does not name line 3 on one line", err->message);
	g_clear_error(&err);
	assert_null(opml_import(rss, strlen(rss), &err));
	assert_string_equal(err->message, "not an OPML document (its root element is <rss>)");
	g_clear_error(&err);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_import),
		cmocka_unit_test(test_import_same_url_once),
		cmocka_unit_test(test_import_rejects_non_opml),
		cmocka_unit_test(test_roundtrip),
		cmocka_unit_test(test_import_hostile),
		cmocka_unit_test(test_import_error_names_line),
		cmocka_unit_test(test_export_xml_chars),
	};
	int rc;

	text_init();
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	text_teardown();
	return rc;
}
