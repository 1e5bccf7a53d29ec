/* test_log.c - levels and level names. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "log.h"

static void
test_level_names(void **state)
{
	(void)state;
	assert_int_equal(log_level_parse("error"), SW_LOG_ERROR);
	assert_int_equal(log_level_parse("warning"), SW_LOG_WARN);
	assert_int_equal(log_level_parse("INFO"), SW_LOG_INFO);
	assert_int_equal(log_level_parse("debug"), SW_LOG_DEBUG);
	assert_int_equal(log_level_parse("verbose"), -1);
	assert_int_equal(log_level_parse(""), -1);
}

static int debug_formatted;

static const char *
count_formatting(void)
{
	debug_formatted++;
	return "x";
}

static void
test_debug_is_lazy(void **state)
{
	(void)state;
	debug_formatted = 0;
	log_init(SW_LOG_INFO);
	log_debug("%s", count_formatting());
	assert_int_equal(debug_formatted, 0);
	log_init(SW_LOG_DEBUG);
	log_debug("%s", count_formatting());
	assert_int_equal(debug_formatted, 1);
	log_init(SW_LOG_INFO);
}

/* stderr into a scratch file while a test logs (capture_start), and
 * what it got (capture_end) */
struct capture {
	char *path;
	int fd, saved;
};

static void
capture_start(struct capture *c)
{
	c->path = NULL;
	c->fd = g_file_open_tmp("sw-log-XXXXXX", &c->path, NULL);
	c->saved = dup(2);
	assert_true(c->fd >= 0 && c->saved >= 0);
	fflush(stderr);
	assert_true(dup2(c->fd, 2) >= 0);
}

static char *
capture_end(struct capture *c)
{
	char *text = NULL;

	fflush(stderr);
	assert_true(dup2(c->saved, 2) >= 0);
	close(c->saved);
	close(c->fd);
	assert_true(g_file_get_contents(c->path, &text, NULL, NULL));
	g_unlink(c->path);
	g_free(c->path);
	return text;
}

/* One call is one plain line: text from a feed or a server (a date, an
 * HTTP reason) cannot forge log lines or send terminal escapes. */
static void
test_one_line_per_call(void **state)
{
	struct capture c;
	char *text;
	const char *p;
	int lines = 0;

	(void)state;
	capture_start(&c);
	log_warnx("feed: %s", "bad\nstorywatch: error: forged\r\x1b[2J\x7f end");
	text = capture_end(&c);
	for (p = text; *p; p++) {
		if (*p == '\n')
			lines++;
		else
			assert_false((unsigned char)*p < 0x20 || *p == 0x7f);
	}
	assert_int_equal(lines, 1);
	assert_non_null(strstr(text, "storywatch: warning: feed: bad"));
	assert_non_null(strstr(text, " end\n"));
	g_free(text);

	/* ... nor C1 controls (CSI U+009B), separators or bidi overrides,
	 * which would show a feed's "gpj.exe" as "exe.jpg"; other letters
	 * past ASCII stay */
	capture_start(&c);
	log_warnx("feed: %s", "Київ \xc2\x9b"
	                      "2J \xe2\x80\xae"
	                      "gpj.exe\xe2\x80\xa8x\xe2\x81\xa6y\xd8\x9c");
	text = capture_end(&c);
	assert_string_equal(text, "storywatch: warning: feed: Київ \\u009b2J "
	                          "\\u202egpj.exe\\u2028x\\u2066y\\u061c\n");
	g_free(text);

	/* ... nor bytes that are not UTF-8 (a server's reason phrase): the
	 * journal keeps such a line as binary, and journalctl shows "[blob
	 * data]" for all of it; an overlong '/', a surrogate, a character cut
	 * at the end go the same way */
	capture_start(&c);
	log_warnx("HTTP 500 %s", "Bad \xff\xfe r\xc3\xa9"
	                         "ason \xc0\xaf \xed\xa0\x80 Київ \xe2\x80");
	text = capture_end(&c);
	assert_string_equal(text, "storywatch: warning: HTTP 500 Bad \\xff\\xfe réason "
	                          "\\xc0\\xaf \\xed\\xa0\\x80 Київ \\xe2\\x80\n");
	assert_true(g_utf8_validate(text, -1, NULL));
	g_free(text);
}

/* A feed's url may carry a user and password (http://user:pw@host/):
 * every line that names it (an error, a move, a debug line) shows the
 * user, not the password, which the journal would keep for anyone who
 * may read it. */
static void
test_password_hidden(void **state)
{
	struct capture c;
	char *text;

	(void)state;
	log_init(SW_LOG_DEBUG);
	capture_start(&c);
	log_warnx("%s: HTTP 401", "http://user:s3cret@feeds.example:8080/a?x=1");
	log_info("feed a: moved permanently from %s to %s (seen 3 times in a row)",
	         "https://u:p%40ss@h.example/old", "https://u:p%40ss@h.example/new");
	log_debug("fetch %s: %s %s", "HTTP://u:a@b@h.example/f", "http://nopass@h.example/",
	          "http://h.example/a:b@c");
	log_info("%s", "http://u:@h.example/ ftp://x:y@z/ mailto:a:b@c");
	/* a URL with no path, and the next right after it: the second's
	 * "://" is where the first's authority ends */
	log_info("%s", "mirrors=http://a.example,http://u:s3cret@b.example/f;");
	log_init(SW_LOG_INFO);
	text = capture_end(&c);
	assert_string_equal(
	        text, "storywatch: warning: http://user:***@feeds.example:8080/a?x=1: HTTP 401\n"
	              "storywatch: feed a: moved permanently from https://u:***@h.example/old to "
	              "https://u:***@h.example/new (seen 3 times in a row)\n"
	              "storywatch: debug: fetch HTTP://u:***@h.example/f: "
	              "http://nopass@h.example/ http://h.example/a:b@c\n"
	              "storywatch: http://u:@h.example/ ftp://x:***@z/ mailto:a:b@c\n"
	              "storywatch: mirrors=http://a.example,http://u:***@b.example/f;\n");
	g_free(text);
}

/* Under the journal (stderr is the stream JOURNAL_STREAM names) each line
 * starts with its syslog priority, which journald keeps and strips;
 * elsewhere (a terminal, a file) lines are plain. */
static void
test_journal_priority(void **state)
{
	struct capture c;
	char *text, *js;
	struct stat st;

	(void)state;
	capture_start(&c);
	assert_int_equal(fstat(c.fd, &st), 0);
	js = g_strdup_printf("%llu:%llu", (unsigned long long)st.st_dev,
	                     (unsigned long long)st.st_ino);
	g_setenv("JOURNAL_STREAM", js, TRUE);
	log_init(SW_LOG_DEBUG);
	log_errorx("e");
	log_warnx("w");
	log_info("i");
	log_debug("d");
	/* another stream than stderr: plain lines */
	g_setenv("JOURNAL_STREAM", "1:2", TRUE);
	log_info("plain");
	g_unsetenv("JOURNAL_STREAM");
	log_init(SW_LOG_INFO);
	text = capture_end(&c);
	assert_string_equal(text, "<3>storywatch: error: e\n<4>storywatch: warning: w\n"
	                          "<6>storywatch: i\n<7>storywatch: debug: d\nstorywatch: plain\n");
	g_free(text);
	g_free(js);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_level_names),       cmocka_unit_test(test_debug_is_lazy),
		cmocka_unit_test(test_one_line_per_call), cmocka_unit_test(test_journal_priority),
		cmocka_unit_test(test_password_hidden),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
