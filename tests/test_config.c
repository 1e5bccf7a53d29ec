/* test_config.c - directives, feeds, errors with file:line, XDG places. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <glib/gstdio.h>

#include "config.h"
#include "keyfile.h"
#include "caps.h"
#include "text.h"

static struct sw_config *
load(const char *text, GError **err)
{
	return config_load_data(text, strlen(text), "/etc/sw/test.conf", err);
}

static void
test_defaults(void **state)
{
	GError *err = NULL;
	struct sw_config *c = load("", &err);

	(void)state;
	assert_non_null(c);
	assert_int_equal(c->interval, 3600);
	assert_int_equal(c->backfill, 86400);
	assert_int_equal(c->thread_window, 180 * 86400);
	assert_int_equal(c->popup_batch, SW_POPUP_BATCH_DEFAULT);
	assert_int_equal(c->max_concurrent, SW_MAX_CONCURRENT);
	assert_int_equal(c->max_per_host, SW_MAX_PER_HOST);
	assert_string_equal(c->notify, "libnotify");
	assert_int_equal(c->quiet_start, -1);
	assert_int_equal(c->feeds->len, 0);
	config_free(c);
}

static void
test_values_and_feeds(void **state)
{
	GError *err = NULL;
	struct sw_config *c =
	        load("[storywatch]\ninterval = 2h\nbackfill = 3d\nnotify = stdout\n"
	             "quiet_hours = 22:30-07:00\n\n"
	             "[feed One]\nurl = https://example.org/feed.xml\ninterval = 30m\n"
	             "[feed Two]\nurl = feeds/two.xml\n"
	             "[feed Three]\nurl = file:///srv/three.xml\n",
	             &err);
	const char *text;

	(void)state;
	assert_non_null(c);
	assert_int_equal(c->interval, 7200);
	assert_int_equal(c->backfill, 3 * 86400);
	assert_string_equal(c->notify, "stdout");
	assert_int_equal(c->quiet_start, 22 * 60 + 30);
	assert_int_equal(c->quiet_end, 7 * 60);
	assert_int_equal(c->feeds->len, 3);
	{
		struct sw_feed_conf *f1 = c->feeds->pdata[0], *f2 = c->feeds->pdata[1];
		struct sw_feed_conf *f3 = c->feeds->pdata[2];

		assert_string_equal(f1->name, "One");
		assert_string_equal(f1->url, "https://example.org/feed.xml");
		assert_int_equal(f1->interval, 1800);
		/* a relative path is taken from the config file's folder */
		assert_string_equal(f2->url, "file:///etc/sw/feeds/two.xml");
		assert_string_equal(f3->url, "file:///srv/three.xml");
	}
	config_free(c);

	/* however the file and the path are spelled, one feed is one url (the
	 * store takes another url for a new feed) */
	text = "[feed A]\nurl = ./feeds/../feeds/two.xml\n"
	       "[feed B]\nurl = /srv//x/../three.xml\n";
	c = config_load_data(text, strlen(text), "/etc/./sw/sub/../test.conf", &err);
	assert_non_null(c);
	assert_string_equal(((struct sw_feed_conf *)c->feeds->pdata[0])->url,
	                    "file:///etc/sw/feeds/two.xml");
	assert_string_equal(((struct sw_feed_conf *)c->feeds->pdata[1])->url,
	                    "file:///srv/three.xml");
	config_free(c);

	/* "~/" is the home folder, not a folder named "~" beside the file */
	{
		char *want, *abs;

		text = "[feed H]\nurl = ~/feeds/h.xml\n";
		c = config_load_data(text, strlen(text), "/etc/sw/test.conf", &err);
		assert_non_null(c);
		abs = g_build_filename(g_get_home_dir(), "feeds", "h.xml", NULL);
		want = g_filename_to_uri(abs, NULL, NULL);
		assert_string_equal(((struct sw_feed_conf *)c->feeds->pdata[0])->url, want);
		g_free(want);
		g_free(abs);
		config_free(c);
	}
}

static void
expect_error(const char *text, const char *needle)
{
	GError *err = NULL;
	struct sw_config *c = load(text, &err);

	assert_null(c);
	assert_non_null(err);
	if (!strstr(err->message, needle))
		fail_msg("error \"%s\" lacks \"%s\"", err->message, needle);
	g_error_free(err);
}

static void
test_errors_name_file_and_line(void **state)
{
	(void)state;
	/* a duration's range in the units durations are written in */
	expect_error("[storywatch]\n\ninterval = 5m\n",
	             "test.conf:3: interval = 5m: out of range (15m to 24h)");
	expect_error("[storywatch]\nthread_window = 2y\n",
	             "test.conf:2: thread_window = 2y: not a");
	expect_error("[storywatch]\nthread_window = 400d\n",
	             "test.conf:2: thread_window = 400d: out of range (24h to 365d)");
	expect_error("[storywatch]\nbackfill = 3651d\n",
	             "test.conf:2: backfill = 3651d: out of range (0s to 3650d)");
	expect_error("[storywatch]\nintervall = 1h\n",
	             "test.conf:2: unknown directive \"intervall\"");
	expect_error("[storywatch]\nnotify = popup\n", "test.conf:2: notify = popup: not one of");
	expect_error("[storywatch]\nbackfill = soon\n",
	             "test.conf:2: backfill = soon: not a duration");
	expect_error("# c\n[feed X]\nurl = gopher://x/\n",
	             "test.conf:3: url = gopher://x/: only http");
	expect_error("[feed X]\ninterval = 1h\n", "test.conf:1: [feed X] has no url");
	expect_error("[feed X]\nurl = http://x/\nuser = me\n", "test.conf:3: unknown key \"user\"");
	expect_error("[storywatch]\nthis is not a key\n", "test.conf:2:");
	expect_error("[feeds]\nurl = http://x/\n", "test.conf:1: unknown group [feeds]");
	expect_error("[storywatch]\nquiet_hours = 25:00-07:00\n", "test.conf:2: quiet_hours");
	/* no sign, no blank, no empty span (sscanf's %u took "+2" and " 2") */
	expect_error("[storywatch]\nquiet_hours = +2:00-07:00\n", "test.conf:2: quiet_hours");
	expect_error("[storywatch]\nquiet_hours = 22:00- 7:00\n", "test.conf:2: quiet_hours");
	expect_error("[storywatch]\nquiet_hours = 22:00-22:00\n", "test.conf:2: quiet_hours");
	expect_error("[storywatch]\nquiet_hours = 22:0-07:00\n", "test.conf:2: quiet_hours");
	/* a negative number is a number out of range, not "not a whole number" */
	expect_error("[storywatch]\npopup_batch = -1\n",
	             "test.conf:2: popup_batch = -1: out of range (1 to 100)");
	/* a URL with a control character (curl refuses it at every poll) */
	expect_error("[feed X]\n\nurl = http://x.example/\x01a\n",
	             "test.conf:3: url = http://x.example/\x01a: a control character");
	/* a duration is a number and one unit, nothing after it */
	expect_error("[storywatch]\ninterval = 2h and a bit\n",
	             "test.conf:2: interval = 2h and a bit: not a duration");
	expect_error("[feed X]\nurl = http://x/\ninterval = 30m 2h\n", "test.conf:3: interval");
	/* a BOM does not shift or hide the line */
	expect_error("\xef\xbb\xbf[storywatch]\ninterval = 5m\n", "test.conf:2: interval = 5m");
	expect_error("\xef\xbb\xbf[storywatch]\ninterval = 30m\nbadline\n", "test.conf:3:");
	/* a repeated key: the last one is used, and named */
	expect_error("[storywatch]\ninterval = 30m\ninterval = 5m\n", "test.conf:3: interval = 5m");
	/* ... nor in a topic's rules */
	expect_error("\xef\xbb\xbf[topic t]\nterm.a = x\nterm.b = y\nterm.a = z\n",
	             "test.conf:2: [topic t] term.a: set again at line 4");
	expect_error("\xef\xbb\xbf[topic t]\nterm.a = x\nthreshold.title = -1\n",
	             "test.conf:3: [topic t] threshold.title: must not be negative");
	/* ';' is not a comment in a key file */
	expect_error("[storywatch]\n; a comment\n", "test.conf:2:");
	/* bytes that are not UTF-8 (a Latin-1 key, a NUL) are on a line too */
	expect_error("[storywatch]\ninterval = 1h\nk\xe9y = 1\n",
	             "test.conf:3: not valid UTF-8 (\"k\\351y = 1\")");
	{
		static const char nul[] = "[storywatch]\n\nnotify = none\0\n";
		GError *err = NULL;
		struct sw_config *c = config_load_data(nul, sizeof(nul) - 1, "t.conf", &err);

		assert_null(c);
		assert_non_null(err);
		if (!strstr(err->message, "t.conf:3: not valid UTF-8 (\"notify = none\")"))
			fail_msg("NUL: \"%s\"", err->message);
		g_error_free(err);
	}
}

/* Trailing spaces after a value are not part of it, for every kind of
 * directive. */
static void
test_trailing_space(void **state)
{
	GError *err = NULL;
	struct sw_config *c;

	(void)state;
	c = load("[storywatch]\nnotify = stdout \ndigest_html = false\t\nmax_concurrent = 4 \n",
	         &err);
	assert_null(err);
	assert_non_null(c);
	assert_string_equal(c->notify, "stdout");
	assert_false(c->digest_html);
	assert_int_equal(c->max_concurrent, 4);
	config_free(c);
}

/* [feed] groups are read without GKeyFile: the same rules as the other
 * groups (comments, spaces, escapes, a repeated group is one group), in
 * file order between the other groups, and errors on their own lines. */
static void
test_feed_groups(void **state)
{
	GError *err = NULL;
	GString *big = g_string_new("[storywatch]\nnotify = none\n");
	struct sw_config *c;
	struct sw_feed_conf *f;
	int i;

	(void)state;
	c = load("  # a comment\n[feed A]\n\n  url=http://a.example/x\\sy  \r\n"
	         "[topic t]\nterm.a = ukraine\nterm.b = guarantee\nrequire = a & b\n"
	         "[feed B]\n# interval = 2h\nurl = http://b.example/\ninterval = 90m\n"
	         "[feed A]\nurl = http://a.example/new\n",
	         &err);
	assert_null(err);
	assert_non_null(c);
	assert_int_equal(c->feeds->len, 2);
	assert_int_equal(c->topics->len, 1);
	f = c->feeds->pdata[0];
	assert_string_equal(f->name, "A");
	assert_string_equal(f->url, "http://a.example/new"); /* later key wins */
	f = c->feeds->pdata[1];
	assert_string_equal(f->name, "B");
	assert_int_equal(f->interval, 90 * 60);
	config_free(c);

	expect_error("[storywatch]\n[feed X]\nurl = http://x/\nno key here\n",
	             "test.conf:4: not \"key = value\"");
	expect_error("[feed X]\n = http://x/\n", "test.conf:2: not \"key = value\"");
	expect_error("[feed X]\nurl = http://x/\n[feed a\001b]\nurl = http://y/\n",
	             "test.conf:3: not a [group] line");
	expect_error("[feed a[b]\nurl = http://y/\n", "test.conf:1: not a [group] line");
	expect_error("[feed a] # note\nurl = http://y/\n", "test.conf:1: not a [group] line");
	/* what GKeyFile took, this takes: a BOM, a translated key (ignored)
	 * and an unknown escape (kept) */
	c = load("\xef\xbb\xbf[storywatch]\nnotify = none\n[feed X]\nurl = http://x/a\\qb\n"
	         "url[de] = http://de/\n",
	         &err);
	assert_null(err);
	assert_non_null(c);
	assert_string_equal(((struct sw_feed_conf *)c->feeds->pdata[0])->url, "http://x/a\\qb");
	config_free(c);
	expect_error("[feed X]\nurl = http://x/\n[feed Y]\nurl = ftp://y/\n",
	             "test.conf:4: url = ftp://y/");
	/* a URL curl cannot fetch is the config's error, with its line, not
	 * a failure at every poll that names the URL alone */
	expect_error("[feed X]\nurl = http://x/\n[feed Y]\nurl = http://y/a b\n",
	             "test.conf:4: url = http://y/a b: a blank cannot be part of a URL");
	expect_error("[feed X]\nurl = http://x/\n[feed Y]\nurl = https://y/?q=a\\sb\n",
	             "test.conf:4: url = https://y/?q=a b: a blank cannot be part of a URL");
	expect_error("[feed Y]\nurl = http://\n", "test.conf:2: url = http://: not a URL curl can "
	                                          "fetch (No host part in the URL)");
	expect_error("[feed Y]\nurl = http://y:99999/\n", "test.conf:2: url = http://y:99999/: "
	                                                  "not a URL curl can fetch (Port number");
	/* before the first group, a feed line is still an error */
	expect_error("url = http://x/\n[feed X]\nurl = http://x/\n", "test.conf:1:");

	/* many feeds load, in order */
	for (i = 0; i < 5000; i++)
		g_string_append_printf(big, "[feed f%04d]\nurl = http://127.0.0.1/f/%d.xml\n", i,
		                       i);
	c = config_load_data(big->str, big->len, "/etc/sw/test.conf", &err);
	assert_non_null(c);
	assert_int_equal(c->feeds->len, 5000);
	assert_string_equal(((struct sw_feed_conf *)c->feeds->pdata[4999])->name, "f4999");
	config_free(c);
	g_string_free(big, TRUE);
}

/* keyfile.c reads the groups other than [feed] as GKeyFile did: the same
 * groups, keys, values, escapes and lists (and errors, with their lines). */
/* got (transfer full) is want; freed. */
static void
assert_take_string(char *got, const char *want)
{
	assert_non_null(got);
	assert_string_equal(got, want);
	g_free(got);
}

static void
test_keyfile(void **state)
{
	static const char text[] = "# a comment\n"
	                           "[one]\n"
	                           "  a = x\\sy\\tz\\\\w\\n  \n"
	                           "list=p; q\\;r ;;s;\r\n"
	                           "odd = a\\qb\\\n"
	                           "semi = a\\;b\n"
	                           "a[de] = ein\n"
	                           "\n"
	                           "[two]   \n"
	                           "k=1\n"
	                           "[one]\n"
	                           "a=second\n"
	                           "empty =\n"
	                           "last = v\r";
	struct sw_keyfile *kf;
	GError *err = NULL;
	char **l;
	gsize n = 99;
	int line = -1;

	(void)state;
	kf = keyfile_load(text, sizeof(text) - 1, &line, &err);
	assert_non_null(kf);
	assert_null(err);
	/* a repeated group is one, in the place it came first */
	l = keyfile_get_groups(kf);
	assert_int_equal(g_strv_length(l), 2);
	assert_string_equal(l[0], "one");
	assert_string_equal(l[1], "two");
	g_strfreev(l);
	/* a repeated key is there twice, with its last value; the
	 * translation is left out */
	l = keyfile_get_keys(kf, "one", &n);
	assert_int_equal(n, 7);
	assert_string_equal(l[0], "a");
	assert_string_equal(l[1], "list");
	assert_string_equal(l[4], "a");
	assert_string_equal(l[6], "last");
	g_strfreev(l);
	assert_null(keyfile_get_keys(kf, "three", &n));
	assert_int_equal(n, 0);
	assert_take_string(keyfile_get_value(kf, "one", "a"), "second");
	assert_null(keyfile_get_value(kf, "one", "a[de]"));
	assert_null(keyfile_get_value(kf, "two", "a"));
	assert_null(keyfile_get_string(kf, "one", "nokey"));
	/* blanks at the end of a value are kept, a '\r' before '\n' is not
	 * (and kept on a last line without '\n', as GKeyFile) */
	assert_take_string(keyfile_get_value(kf, "one", "last"), "v\r");
	assert_take_string(keyfile_get_value(kf, "one", "empty"), "");
	assert_take_string(keyfile_get_value(kf, "two", "k"), "1");
	/* escapes: an unknown one stays, a '\' at the end goes */
	assert_take_string(keyfile_get_string(kf, "one", "odd"), "a\\qb");
	assert_take_string(keyfile_get_string(kf, "one", "semi"), "a\\;b");
	/* lists: "\;" is in an item, "" between two ';' is one, a last ';'
	 * ends the last item */
	l = keyfile_get_string_list(kf, "one", "list", &n);
	assert_int_equal(n, 4);
	assert_string_equal(l[0], "p");
	assert_string_equal(l[1], " q;r ");
	assert_string_equal(l[2], "");
	assert_string_equal(l[3], "s");
	assert_null(l[4]);
	g_strfreev(l);
	l = keyfile_get_string_list(kf, "one", "empty", &n);
	assert_int_equal(n, 0);
	assert_null(l[0]);
	g_strfreev(l);
	/* a list with an unknown escape is no list */
	assert_null(keyfile_get_string_list(kf, "one", "odd", &n));
	assert_int_equal(n, 0);
	keyfile_free(kf);

	/* errors: the line's number and the line */
	{
		static const struct {
			const char *text, *msg;
			int line;
		} bad[] = {
			{ "[a]\nk = v\nno key here\n",
			  "not \"key = value\", a [group] or a # comment "
			  "(\"no key here\")",
			  3 },
			{ "[a]\n= v\n", "not \"key = value\"", 2 },
			{ "[a]\n\n[b] c\n", "not a [group] line (\"[b] c\")", 3 },
			{ "[a]\n[b\n", "not a [group] line", 2 },
			{ "[]\n", "not a [group] line", 1 },
			{ "[a\tb]\n", "not a [group] line", 1 },
			{ "[a]\nk] = v\n", "not a key name (\"k]\")", 2 },
			{ "[a]\nk[de = v\n", "not a key name", 2 },
			{ "[a]\nk [de] = v\n", "not a key name", 2 },
			{ "k = v\n[a]\n", "a line before the first [group]", 1 },
		};
		size_t i;

		for (i = 0; i < G_N_ELEMENTS(bad); i++) {
			kf = keyfile_load(bad[i].text, strlen(bad[i].text), &line, &err);
			assert_null(kf);
			assert_non_null(err);
			if (!strstr(err->message, bad[i].msg) || line != bad[i].line)
				fail_msg("%s: line %d, \"%s\"", bad[i].text, line, err->message);
			g_clear_error(&err);
		}
	}
	/* a byte order mark is skipped, and in the config an error names
	 * its line in the file, [feed] groups and all */
	kf = keyfile_load("\xef\xbb\xbf[a]\nk=v\n", 11, &line, &err);
	assert_non_null(kf);
	keyfile_free(kf);
	expect_error("[storywatch]\n[feed X]\nurl = http://x/\n\n[topic t]\nterm.a = x\nbad\n",
	             "test.conf:7: not \"key = value\", a [group] or a # comment (\"bad\")");
}

static void
test_key_line(void **state)
{
	const char *t = "[a]\nx = 1\n\n[b]\n  x=2\ny = 3\n";

	(void)state;
	assert_int_equal(config_key_line(t, "a", "x"), 2);
	assert_int_equal(config_key_line(t, "b", "x"), 5);
	assert_int_equal(config_key_line(t, "b", "y"), 6);
	assert_int_equal(config_key_line(t, "b", NULL), 4);
	assert_int_equal(config_key_line(t, "c", "x"), 0);
}

static void
test_xdg_places(void **state)
{
	char *s, *d, *p;

	(void)state;
	setenv("XDG_STATE_HOME", "/tmp/sw-state", 1);
	setenv("XDG_DATA_HOME", "/tmp/sw-data", 1);
	s = config_state_dir();
	d = config_digest_dir();
	assert_string_equal(s, "/tmp/sw-state/storywatch");
	{
		char *db = config_state_db();

		assert_string_equal(db, "/tmp/sw-state/storywatch/state.db");
		g_free(db);
	}
	assert_string_equal(d, "/tmp/sw-data/storywatch/digest");
	p = config_default_path();
	assert_true(g_str_has_suffix(p, "/storywatch/storywatch.conf"));
	g_free(s);
	g_free(d);
	g_free(p);
}

/* The shipped example config and demo config load without error. */
static void
test_shipped_configs_load(void **state)
{
	const char *src = getenv("SW_SRCDIR");
	const char *names[] = { "conf/storywatch.conf", "conf/demo.conf" };
	size_t i;

	(void)state;
	if (!src)
		src = ".";
	for (i = 0; i < G_N_ELEMENTS(names); i++) {
		char *path = g_build_filename(src, names[i], NULL);
		GError *err = NULL;
		struct sw_config *c = config_load(path, &err);

		if (!c)
			fail_msg("%s: %s", path, err->message);
		assert_true(c->topics->len >= 1);
		config_free(c);
		g_free(path);
	}
}

/* Every directive of --help-config appears in the example config. */
static void
test_example_lists_every_directive(void **state)
{
	const char *src = getenv("SW_SRCDIR");
	char *path, *text = NULL, *help = NULL;
	size_t hlen;
	FILE *fp;
	char **lines;
	int i;

	(void)state;
	path = g_build_filename(src ? src : ".", "conf", "storywatch.conf", NULL);
	assert_true(g_file_get_contents(path, &text, NULL, NULL));
	fp = open_memstream(&help, &hlen);
	config_print_help(fp);
	fclose(fp);
	lines = g_strsplit(help, "\n", -1);
	for (i = 0; lines[i]; i++) {
		char *eq = strstr(lines[i], " = ");
		char *key;

		if (lines[i][0] == '#' || !eq)
			continue;
		key = g_strndup(lines[i], (gsize)(eq - lines[i]));
		if (!strstr(text, key))
			fail_msg("directive %s is missing from %s", key, path);
		g_free(key);
	}
	g_strfreev(lines);
	free(help);
	g_free(text);
	g_free(path);
}

/* storywatch.conf(5) and the example config give each directive the
 * default the table has (config.c says this is checked; only the names
 * in the example were): "name " (default X)" in the page, "name = X" in
 * the example, a directive without default as "none" and "#name = ". */
static void
test_defaults_documented(void **state)
{
	const char *src = getenv("SW_SRCDIR");
	char *man_path, *conf_path, *man = NULL, *conf = NULL, *help = NULL;
	size_t hlen;
	FILE *fp;
	char **lines;
	int i;

	(void)state;
	man_path = g_build_filename(src ? src : ".", "man", "storywatch.conf.5", NULL);
	conf_path = g_build_filename(src ? src : ".", "conf", "storywatch.conf", NULL);
	assert_true(g_file_get_contents(man_path, &man, NULL, NULL));
	assert_true(g_file_get_contents(conf_path, &conf, NULL, NULL));
	fp = open_memstream(&help, &hlen);
	config_print_help(fp);
	fclose(fp);
	lines = g_strsplit(help, "\n", -1);
	for (i = 0; lines[i] && strcmp(lines[i], "[feed NAME]") != 0; i++) {
		char *eq = strstr(lines[i], " = ");
		char *key, *def, *in_man, *in_conf;

		if (lines[i][0] == '#' || !eq)
			continue;
		key = g_strndup(lines[i], (gsize)(eq - lines[i]));
		def = eq + 3;
		in_man = g_strdup_printf("%s \" (default %s)", key, *def ? def : "none");
		in_conf = *def ? g_strdup_printf("\n%s = %s\n", key, def)
		               : g_strdup_printf("\n#%s = ", key);
		if (!strstr(man, in_man))
			fail_msg("%s lacks '%s'", man_path, in_man);
		if (!strstr(conf, in_conf))
			fail_msg("%s lacks '%s'", conf_path, g_strstrip(in_conf));
		g_free(in_conf);
		g_free(in_man);
		g_free(key);
	}
	g_strfreev(lines);
	free(help);
	g_free(conf);
	g_free(man);
	g_free(conf_path);
	g_free(man_path);
}

/* A config file, or a topics_from file, over SW_MAX_CONFIG_BYTES is refused
 * without being read whole (a device named as one included). */
static void
test_files_capped(void **state)
{
	GError *err = NULL;
	char *dir = g_dir_make_tmp("sw-config-XXXXXX", &err);
	char *big = g_build_filename(dir, "big.conf", NULL);
	char *top = g_build_filename(dir, "top.conf", NULL);
	char *bad = g_build_filename(dir, "bad.conf", NULL);
	GString *text = g_string_new(NULL);
	struct sw_config *c;

	(void)state;
	assert_non_null(dir);
	while (text->len <= SW_MAX_CONFIG_BYTES)
		g_string_append(text, "# a comment line to make the file large\n");
	assert_true(g_file_set_contents(big, text->str, (gssize)text->len, NULL));
	c = config_load(big, &err);
	assert_null(c);
	assert_non_null(strstr(err->message, "larger than"));
	g_clear_error(&err);

	assert_true(g_file_set_contents(top, "[storywatch]\ntopics_from = big.conf\n", -1, NULL));
	c = config_load(top, &err);
	assert_null(c);
	assert_non_null(strstr(err->message, "larger than"));
	g_clear_error(&err);

	assert_true(g_file_set_contents(bad, "[topic x]\n# \xff\xfe\n", -1, NULL));
	assert_true(g_file_set_contents(top, "[storywatch]\ntopics_from = bad.conf\n", -1, NULL));
	c = config_load(top, &err);
	assert_null(c);
	assert_non_null(strstr(err->message, "bad.conf:2: not valid UTF-8"));
	g_clear_error(&err);

	if (g_file_test("/dev/zero", G_FILE_TEST_EXISTS)) {
		c = config_load("/dev/zero", &err);
		assert_null(c);
		assert_non_null(err);
		g_clear_error(&err);
	}
	g_unlink(big);
	g_unlink(top);
	g_unlink(bad);
	g_rmdir(dir);
	g_string_free(text, TRUE);
	g_free(big);
	g_free(top);
	g_free(bad);
	g_free(dir);
}

/* As many feeds as a configuration may hold (SW_MAX_FEEDS) fit in a file
 * (SW_MAX_CONFIG_BYTES), with names and URLs as long as an OPML import of
 * real outlets writes: at 1 MiB, 20,000 such groups (2.1 MB) were refused
 * as "larger than", and the limit on feeds could never be reached. */
static void
test_most_feeds_fit(void **state)
{
	GError *err = NULL;
	char *dir = g_dir_make_tmp("sw-config-XXXXXX", &err);
	char *path = g_build_filename(dir, "many.conf", NULL);
	GString *text = g_string_new("[storywatch]\nnotify = none\n");
	struct sw_config *c;
	int i;

	(void)state;
	assert_non_null(dir);
	for (i = 0; i < SW_MAX_FEEDS; i++)
		g_string_append_printf(
		        text,
		        "\n[feed Outlet number %05d: world news]\n"
		        "url = https://www.outlet-%05d.example/rss/section/world.xml\n",
		        i, i);
	assert_true(text->len > 2000000);
	assert_true(g_file_set_contents(path, text->str, (gssize)text->len, NULL));
	c = config_load(path, &err);
	assert_null(err);
	assert_non_null(c);
	assert_int_equal(c->feeds->len, SW_MAX_FEEDS);
	config_free(c);

	/* one more is refused, by its line */
	g_string_append(text, "\n[feed one too many]\nurl = https://x.example/\n");
	assert_true(g_file_set_contents(path, text->str, (gssize)text->len, NULL));
	c = config_load(path, &err);
	assert_null(c);
	assert_non_null(err);
	assert_non_null(strstr(err->message, "more than 20000 feeds"));
	g_clear_error(&err);
	g_unlink(path);
	g_rmdir(dir);
	g_string_free(text, TRUE);
	g_free(path);
	g_free(dir);
}

/* The topics of a topics_from file count against SW_MAX_TOPICS, and a
 * [topic NAME] in both files is an error: the store keeps matches and
 * threads by topic name, so one of the two would silently lose them. */
static void
test_topics_from_shares_the_caps(void **state)
{
	GError *err = NULL;
	char *dir = g_dir_make_tmp("sw-config-XXXXXX", &err);
	char *top = g_build_filename(dir, "top.conf", NULL);
	char *shared = g_build_filename(dir, "shared.conf", NULL);
	GString *many = g_string_new(NULL);
	struct sw_config *c;
	int i;

	(void)state;
	assert_non_null(dir);
	text_init();
	assert_true(g_file_set_contents(shared, "[topic a]\nterm.x = y\n", -1, NULL));
	assert_true(g_file_set_contents(top,
	                                "[storywatch]\ntopics_from = shared.conf\n\n"
	                                "[topic b]\nterm.x = y\n",
	                                -1, NULL));
	c = config_load(top, &err);
	assert_non_null(c);
	assert_int_equal(c->topics->len, 2);
	config_free(c);

	assert_true(g_file_set_contents(top,
	                                "[storywatch]\ntopics_from = shared.conf\n\n"
	                                "[topic a]\nterm.x = z\n",
	                                -1, NULL));
	c = config_load(top, &err);
	assert_null(c);
	assert_non_null(err);
	if (!strstr(err->message, "shared.conf:1: [topic a] is also in"))
		fail_msg("same name: \"%s\"", err->message);
	g_clear_error(&err);
	/* ... however it is spaced, and within one file too */
	assert_true(g_file_set_contents(shared, "[topic  a ]\nterm.x = y\n", -1, NULL));
	c = config_load(top, &err);
	assert_null(c);
	assert_non_null(err);
	if (!strstr(err->message, "shared.conf:1: [topic  a ] is also in"))
		fail_msg("same name, spaced: \"%s\"", err->message);
	g_clear_error(&err);
	c = load("[topic a]\nterm.x = y\n\n[topic a ]\nterm.y = z\n", &err);
	assert_null(c);
	assert_non_null(err);
	if (!strstr(err->message, "test.conf:4: [topic a ] names a topic named above"))
		fail_msg("same name, one file: \"%s\"", err->message);
	g_clear_error(&err);

	for (i = 0; i < SW_MAX_TOPICS; i++)
		g_string_append_printf(many, "[topic t%d]\nterm.x = y\n", i);
	assert_true(g_file_set_contents(shared, many->str, -1, NULL));
	c = config_load(top, &err);
	assert_null(c);
	assert_non_null(err);
	if (!strstr(err->message, "shared.conf:") || !strstr(err->message, "more than 64 topics"))
		fail_msg("too many: \"%s\"", err->message);
	g_clear_error(&err);

	text_teardown();
	g_unlink(top);
	g_unlink(shared);
	g_rmdir(dir);
	g_string_free(many, TRUE);
	g_free(top);
	g_free(shared);
	g_free(dir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_defaults),
		cmocka_unit_test(test_values_and_feeds),
		cmocka_unit_test(test_errors_name_file_and_line),
		cmocka_unit_test(test_trailing_space),
		cmocka_unit_test(test_feed_groups),
		cmocka_unit_test(test_keyfile),
		cmocka_unit_test(test_key_line),
		cmocka_unit_test(test_xdg_places),
		cmocka_unit_test(test_shipped_configs_load),
		cmocka_unit_test(test_example_lists_every_directive),
		cmocka_unit_test(test_defaults_documented),
		cmocka_unit_test(test_files_capped),
		cmocka_unit_test(test_most_feeds_fit),
		cmocka_unit_test(test_topics_from_shares_the_caps),
	};
	int rc;

	text_init();
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	text_teardown();
	return rc;
}
