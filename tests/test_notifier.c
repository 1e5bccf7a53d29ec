/*
 * test_notifier.c - which match makes which popup, batching, quiet hours,
 * escaping, at-most-once marking; through the "record" backend and a real
 * SQLite store.  The libnotify backend is checked without a session bus
 * (it must leave the matches pending); tests/integration/desktop.sh drives
 * it against a real notification server.
 */
#include <dlfcn.h>
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
#include <sqlite3.h>

#include "config.h"
#include "caps.h"
#include "notifier.h"
#include "parse.h"
#include "store.h"

#include "fixture.h"

/* 2026-03-08 00:00:00 UTC */
#define DAY0    G_GINT64_CONSTANT(1772928000)
#define H(h, m) (DAY0 + (h)*3600 + (m)*60)

struct fixture {
	char *dir;
	struct store *s;
	struct notifier *n;
	struct sw_config c;
	gint64 feeds[3];
};

static int
setup(void **state)
{
	struct fixture *f = g_new0(struct fixture, 1);
	const char *names[3] = { "reuters", "ap", "kyiv" };
	const char *titles[3] = { "Reuters", "AP News", "Kyiv <Independent> & Co" };
	GError *err = NULL;
	int i;

	setenv("TZ", "UTC", 1);
	tzset();
	f->s = scratch_store_open("sw-notifier-XXXXXX", "state.db", &f->dir, NULL);
	f->n = notifier_new("record", &err);
	assert_non_null(f->n);
	f->c.popup_batch = SW_POPUP_BATCH_DEFAULT;
	f->c.quiet_start = f->c.quiet_end = -1;
	for (i = 0; i < 3; i++)
		f->feeds[i] = add_feed(f->s, names[i], titles[i]);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	notifier_free(f->n);
	store_free(f->s);
	scratch_dir_remove(f->dir);
	g_free(f->dir);
	g_free(f);
	return 0;
}

/* Store an entry of feed fi and its match; returns the thread id. */
static gint64
add(struct fixture *f, int fi, const char *topic, const char *uid, const char *title,
    const char *thread, const char *kind, gint64 when, double score)
{
	struct sw_entry e = { 0 };
	gint64 entry_id = 0, thread_id, dup = 0;
	char *link = g_strdup_printf("https://example.com/%s", uid);
	int rc;

	e.uid = (char *)uid;
	e.title = (char *)title;
	e.link = link;
	e.summary = (char *)"Ministers met & talked.";
	e.published = when;
	e.updated = SW_DATE_NONE;
	rc = store_entry_add(f->s, f->feeds[fi], &e, when + 60, &entry_id);
	if (rc == 0)
		entry_id = store_entry_find(f->s, uid);
	assert_true(entry_id > 0);
	thread_id = store_thread_ensure(f->s, topic, thread, title, entry_id, when);
	if (strcmp(kind, "duplicate") == 0)
		dup = store_entry_find(f->s, thread);
	assert_int_equal(store_match_add(f->s, entry_id, topic, score,
	                                 "security guarantees, "
	                                 "Berlin, draft, timeline",
	                                 "why", thread_id, kind, dup, FALSE),
	                 0);
	g_free(link);
	return thread_id;
}

static const char *
rec(struct fixture *f, guint i)
{
	GPtrArray *r = notifier_recorded(f->n);

	assert_true(i < r->len);
	return g_ptr_array_index(r, i);
}

static guint
nrec(struct fixture *f)
{
	return notifier_recorded(f->n)->len;
}

static void
test_new_story(void **state)
{
	struct fixture *f = *state;

	add(f, 0, "ukraine", "r-1", "Allies draft <script>x</script> guarantees & timeline", "r-1",
	    "new", H(9, 15), 14.5);
	assert_int_equal(notifier_deliver(f->n, f->s, &f->c, H(9, 20)), 1);
	assert_int_equal(nrec(f), 1);
	assert_string_equal(
	        rec(f, 0),
	        "new|normal|New story: Allies draft <script>x</script> guarantees & timeline|"
	        "<i>Reuters</i> · 09:15\nMinisters met &amp; talked.\n"
	        "Matched: security guarantees, Berlin, draft|https://example.com/r-1|mute");
	/* marked: never twice */
	assert_int_equal(notifier_deliver(f->n, f->s, &f->c, H(9, 30)), 0);
	assert_int_equal(nrec(f), 1);
}

/* Another process (a second daemon, or `once` beside `run`) marks the
 * same pending match between this one's read and its mark: the popup is
 * that process's, never shown twice. */
struct other {
	char *path;
	GMutex lock;
	GCond cond;
	gboolean marking;
};

static gpointer
other_process(gpointer data)
{
	struct other *o = data;
	sqlite3 *db = NULL;

	assert_int_equal(sqlite3_open(o->path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db,
	                              "BEGIN IMMEDIATE; UPDATE matches SET notified_at = 1 "
	                              "WHERE notified_at IS NULL",
	                              NULL, NULL, NULL),
	                 SQLITE_OK);
	g_mutex_lock(&o->lock);
	o->marking = TRUE;
	g_cond_signal(&o->cond);
	g_mutex_unlock(&o->lock);
	g_usleep(300 * 1000); /* this one reads the pending match meanwhile */
	assert_int_equal(sqlite3_exec(db, "COMMIT", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	return NULL;
}

static void
test_marked_by_another_process(void **state)
{
	struct fixture *f = *state;
	struct other o = { 0 };
	GThread *th;

	add(f, 0, "ukraine", "r-1", "Allies draft guarantees", "r-1", "new", H(9, 15), 14.5);
	o.path = g_build_filename(f->dir, "state.db", NULL);
	g_mutex_init(&o.lock);
	g_cond_init(&o.cond);
	th = g_thread_new("other", other_process, &o);
	g_mutex_lock(&o.lock);
	while (!o.marking)
		g_cond_wait(&o.cond, &o.lock);
	g_mutex_unlock(&o.lock);
	assert_int_equal(notifier_deliver(f->n, f->s, &f->c, H(9, 20)), 0);
	assert_int_equal(nrec(f), 0);
	g_thread_join(th);
	g_mutex_clear(&o.lock);
	g_cond_clear(&o.cond);
	g_free(o.path);
}

static void
test_followup(void **state)
{
	struct fixture *f = *state;

	add(f, 0, "ukraine", "r-1", "Allies draft guarantees", "r-1", "new", H(9, 15), 14.5);
	/* a follow-up and a copy in the same cycle fold into the story's popup */
	add(f, 2, "ukraine", "k-1", "Kyiv wants binding terms", "r-1", "followup", H(9, 30), 12);
	add(f, 2, "ukraine", "k-2", "Kyiv sets a deadline", "r-1", "followup", H(9, 35), 12);
	add(f, 1, "ukraine", "ap-1", "Allies draft guarantees", "r-1", "duplicate", H(9, 40), 14);
	assert_int_equal(notifier_deliver(f->n, f->s, &f->c, H(10, 0)), 1);
	assert_string_equal(
	        rec(f, 0),
	        "new|normal|New story: Allies draft guarantees|"
	        "<i>Reuters</i> · 09:15\nMinisters met &amp; talked.\n"
	        "Matched: security guarantees, Berlin, draft\n"
	        "+2 follow-ups: Kyiv &lt;Independent&gt; &amp; Co|https://example.com/r-1|mute");
	/* a later follow-up names the thread */
	add(f, 1, "ukraine", "ap-2", "Talks open in Geneva", "r-1", "followup", H(12, 0), 21);
	assert_int_equal(notifier_deliver(f->n, f->s, &f->c, H(12, 5)), 1);
	assert_string_equal(
	        rec(f, 1),
	        "followup|critical|Follow-up: Allies draft guarantees|"
	        "<i>AP News</i> · 12:00\n<b>Talks open in Geneva</b>\nMinisters met &amp; talked.\n"
	        "Matched: security guarantees, Berlin, draft|https://example.com/ap-2|mute");
	/* a duplicate alone makes no popup */
	add(f, 0, "ukraine", "r-2", "Talks open in Geneva", "ap-2", "duplicate", H(12, 10), 20);
	assert_int_equal(notifier_deliver(f->n, f->s, &f->c, H(12, 15)), 0);
	assert_int_equal(nrec(f), 2);
	{
		GPtrArray *p = store_matches_pending(f->s);

		assert_int_equal(p->len, 0);
		g_ptr_array_free(p, TRUE);
	}
}

static void
test_muted(void **state)
{
	struct fixture *f = *state;
	gint64 t = add(f, 0, "ukraine", "r-1", "Story", "r-1", "new", H(9, 0), 8);
	GPtrArray *p;

	assert_int_equal(notifier_deliver(f->n, f->s, &f->c, H(9, 5)), 1);
	assert_string_equal(rec(f, 0),
	                    "new|low|New story: Story|<i>Reuters</i> · 09:00\n"
	                    "Ministers met &amp; talked.\nMatched: security guarantees, Berlin, "
	                    "draft|https://example.com/r-1|mute");
	assert_int_equal(store_thread_set_muted(f->s, t, TRUE), 0);
	add(f, 1, "ukraine", "ap-1", "More", "r-1", "followup", H(10, 0), 8);
	assert_int_equal(notifier_deliver(f->n, f->s, &f->c, H(10, 5)), 0);
	assert_int_equal(nrec(f), 1);
	p = store_matches_pending(f->s);
	assert_int_equal(p->len, 0);
	g_ptr_array_free(p, TRUE);
}

static void
test_batch(void **state)
{
	struct fixture *f = *state;
	int i;

	/* exactly popup_batch: one popup each */
	for (i = 0; i < 3; i++) {
		char *uid = g_strdup_printf("a-%d", i), *title = g_strdup_printf("Story %d", i);

		add(f, i % 3, "ukraine", uid, title, uid, "new", H(8, i), 12);
		g_free(uid);
		g_free(title);
	}
	assert_int_equal(notifier_deliver(f->n, f->s, &f->c, H(9, 0)), 3);
	assert_int_equal(nrec(f), 3);
	/* one more than that: a summary that lists what happened */
	for (i = 0; i < 11; i++) {
		char *uid = g_strdup_printf("b-%d", i), *title = g_strdup_printf("Flood %d", i);

		add(f, i % 3, "ukraine", uid, title, uid, "new", H(10, i), 12);
		g_free(uid);
		g_free(title);
	}
	assert_int_equal(notifier_deliver(f->n, f->s, &f->c, H(11, 0)), 1);
	assert_int_equal(nrec(f), 4);
	assert_string_equal(rec(f, 3), "batch|normal|11 new stories: ukraine|"
	                               "• Flood 0 — <i>Reuters</i>\n• Flood 1 — <i>AP News</i>\n"
	                               "• Flood 2 — <i>Kyiv &lt;Independent&gt; &amp; Co</i>\n"
	                               "• Flood 3 — <i>Reuters</i>\n• Flood 4 — <i>AP News</i>\n"
	                               "• Flood 5 — <i>Kyiv &lt;Independent&gt; &amp; Co</i>\n"
	                               "• Flood 6 — <i>Reuters</i>\n• Flood 7 — <i>AP News</i>\n"
	                               "… and 3 more in the digest|"
	                               "file:///sw-test/data/storywatch/digest/2026-03-08.md");
}

/* A summary counts follow-ups of older stories as follow-ups, not as new
 * stories. */
static void
test_batch_followups(void **state)
{
	struct fixture *f = *state;
	int i;

	for (i = 0; i < 4; i++) {
		char *uid = g_strdup_printf("s-%d", i), *title = g_strdup_printf("Story %d", i);

		add(f, 0, "ukraine", uid, title, uid, "new", H(8, i), 12);
		g_free(uid);
		g_free(title);
	}
	assert_int_equal(notifier_deliver(f->n, f->s, &f->c, H(9, 0)), 1);
	assert_true(g_str_has_prefix(rec(f, 0), "batch|normal|4 new stories: ukraine|"));
	/* the next cycle: a new story and news of three older ones */
	add(f, 2, "ukraine", "n-1", "Fresh", "n-1", "new", H(10, 0), 12);
	for (i = 0; i < 3; i++) {
		char *uid = g_strdup_printf("u-%d", i), *thread = g_strdup_printf("s-%d", i);

		add(f, 1, "ukraine", uid, "Update", thread, "followup", H(10, 10 + i), 12);
		g_free(uid);
		g_free(thread);
	}
	assert_int_equal(notifier_deliver(f->n, f->s, &f->c, H(11, 0)), 1);
	assert_true(
	        g_str_has_prefix(rec(f, 1), "batch|normal|1 new story, 3 follow-ups: ukraine|"));
	assert_non_null(strstr(rec(f, 1), "• Follow-up: Story 0 — <i>AP News</i>"));
	/* and one of follow-ups only */
	for (i = 0; i < 4; i++) {
		char *uid = g_strdup_printf("v-%d", i), *thread = g_strdup_printf("s-%d", i);

		add(f, 1, "ukraine", uid, "Later", thread, "followup", H(12, i), 12);
		g_free(uid);
		g_free(thread);
	}
	assert_int_equal(notifier_deliver(f->n, f->s, &f->c, H(13, 0)), 1);
	assert_true(g_str_has_prefix(rec(f, 2), "batch|normal|4 follow-ups: ukraine|"));
}

static void
test_quiet(void **state)
{
	struct fixture *f = *state;
	GPtrArray *p;

	f->c.quiet_start = 22 * 60; /* 22:00-07:00 */
	f->c.quiet_end = 7 * 60;
	add(f, 0, "ukraine", "n-1", "Night one", "n-1", "new", H(23, 0), 12);
	add(f, 1, "ukraine", "n-2", "Night two", "n-2", "new", H(24 + 2, 0), 12);
	/* during the quiet hours nothing shows and nothing is marked */
	assert_int_equal(notifier_deliver(f->n, f->s, &f->c, H(24 + 3, 0)), 0);
	assert_int_equal(nrec(f), 0);
	p = store_matches_pending(f->s);
	assert_int_equal(p->len, 2);
	g_ptr_array_free(p, TRUE);
	/* after: the held ones as one summary, a fresh one as itself */
	add(f, 2, "ukraine", "m-1", "Morning", "m-1", "new", H(24 + 7, 30), 12);
	assert_int_equal(notifier_deliver(f->n, f->s, &f->c, H(24 + 7, 45)), 2);
	assert_int_equal(nrec(f), 2);
	/* held over midnight: the first night's digest (the 8th), not the
	 * morning's, which lists only the second */
	assert_string_equal(rec(f, 0), "quiet|normal|2 stories during quiet hours|"
	                               "• Night one — <i>Reuters</i>\n• Night two — <i>AP News</i>|"
	                               "file:///sw-test/data/storywatch/digest/2026-03-08.md");
	assert_true(g_str_has_prefix(rec(f, 1), "new|normal|New story: Morning|"));
	/* with HTML digests, the index of the days; a night within one day,
	 * that day's page */
	f->c.digest_html = TRUE;
	add(f, 0, "ukraine", "n-3", "Night three", "n-3", "new", H(24 + 23, 0), 12);
	add(f, 1, "ukraine", "n-4", "Night four", "n-4", "new", H(48 + 1, 0), 12);
	add(f, 0, "ukraine", "n-5", "Night five", "n-5", "new", H(48 + 2, 0), 12);
	add(f, 1, "ukraine", "n-6", "Night six", "n-6", "new", H(48 + 3, 0), 12);
	assert_int_equal(notifier_deliver(f->n, f->s, &f->c, H(48 + 7, 5)), 1);
	assert_true(
	        g_str_has_suffix(rec(f, 2), "|file:///sw-test/data/storywatch/digest/index.html"));
	add(f, 0, "ukraine", "n-7", "Night seven", "n-7", "new", H(72 + 1, 0), 12);
	add(f, 1, "ukraine", "n-8", "Night eight", "n-8", "new", H(72 + 2, 0), 12);
	assert_int_equal(notifier_deliver(f->n, f->s, &f->c, H(72 + 7, 5)), 1);
	assert_true(g_str_has_suffix(rec(f, 3),
	                             "|file:///sw-test/data/storywatch/digest/2026-03-11.html"));
}

static void
test_two_topics(void **state)
{
	struct fixture *f = *state;

	add(f, 0, "ukraine", "r-1", "One entry, two topics", "r-1", "new", H(9, 0), 12);
	add(f, 0, "europe", "r-1", "One entry, two topics", "r-1", "new", H(9, 0), 12);
	assert_int_equal(notifier_deliver(f->n, f->s, &f->c, H(9, 5)), 1);
	assert_int_equal(nrec(f), 1);
}

/* A feed's link with blanks in it (a newline, a tab, a space) stays one
 * token: the stdout backend prints it at the end of the alert's one line,
 * and "Open" hands it to a browser. */
static void
test_link_one_token(void **state)
{
	struct fixture *f = *state;
	const char *r;

	add(f, 0, "ukraine", "r-1 a\n\tb\x01", "Allies draft guarantees", "r-1 a\n\tb\x01", "new",
	    H(9, 15), 14.5);
	assert_int_equal(notifier_deliver(f->n, f->s, &f->c, H(9, 20)), 1);
	r = rec(f, 0);
	if (!strstr(r, "|https://example.com/r-1%20ab%01|mute"))
		fail_msg("link: \"%s\"", r);
}

static void
test_backends(void **state)
{
	GError *err = NULL;
	struct notifier *n;

	(void)state;
	n = notifier_new("bogus", &err);
	assert_null(n);
	assert_non_null(err);
	g_clear_error(&err);
	n = notifier_new("none", &err);
	assert_non_null(n);
	notifier_free(n);
	n = notifier_new("stdout", &err);
	assert_non_null(n);
	notifier_free(n);
	notifier_free(NULL);
}

/* No session bus: nothing is marked, the next cycle tries again. */
static void
test_no_server(void **state)
{
	struct fixture *f = *state;
	struct notifier *n;
	char *addr = g_strdup_printf("unix:path=%s/no-bus", f->dir);
	GPtrArray *p;

	setenv("DBUS_SESSION_BUS_ADDRESS", addr, 1);
	unsetenv("DISPLAY");
	/* libnotify is not linked: the other backends (the tests before
	 * this one) never load it, the first libnotify cycle does */
	assert_null(dlopen("libnotify.so.4", RTLD_NOW | RTLD_NOLOAD));
	n = notifier_new("libnotify", NULL);
	assert_non_null(n);
	add(f, 0, "ukraine", "r-1", "Story", "r-1", "new", H(9, 0), 12);
	assert_int_equal(notifier_deliver(n, f->s, &f->c, H(9, 5)), 0);
	assert_non_null(dlopen("libnotify.so.4", RTLD_NOW | RTLD_NOLOAD));
	assert_int_equal(notifier_deliver(n, f->s, &f->c, H(9, 10)), 0);
	p = store_matches_pending(f->s);
	assert_int_equal(p->len, 1);
	g_ptr_array_free(p, TRUE);
	notifier_free(n);
	g_free(addr);
}

/* ---- on a real desktop (run by tests/integration/desktop.sh) */

static struct sw_match_row *
row_of(struct fixture *f, const char *uid, GPtrArray **keep)
{
	GPtrArray *all = store_matches_all(f->s, 100);
	guint i;

	*keep = all;
	for (i = 0; i < all->len; i++) {
		struct sw_match_row *r = g_ptr_array_index(all, i);

		if (strcmp(r->uid, uid) == 0)
			return r;
	}
	fail_msg("no match row for %s", uid);
	return NULL;
}

static gint64
thread_notify_id(struct fixture *f, const char *uid)
{
	GPtrArray *keep;
	gint64 id = row_of(f, uid, &keep)->thread_notify_id;

	g_ptr_array_free(keep, TRUE);
	return id;
}

static gboolean
thread_muted(struct fixture *f, const char *uid)
{
	GPtrArray *keep;
	gboolean m = row_of(f, uid, &keep)->thread_muted;

	g_ptr_array_free(keep, TRUE);
	return m;
}

static gboolean
opened(const char *want)
{
	char *text = NULL;
	gboolean yes;

	if (!g_file_get_contents(g_getenv("SW_OPENED"), &text, NULL, NULL))
		return FALSE;
	yes = strstr(text, want) != NULL;
	g_free(text);
	return yes;
}

/* Run the main loop (as the daemon does) until cond holds, at most 10 s. */
#define SPIN_UNTIL(cond)                                                                           \
	do {                                                                                       \
		gint64 end_ = g_get_monotonic_time() + 10 * G_USEC_PER_SEC;                        \
		while (!(cond) && g_get_monotonic_time() < end_) {                                 \
			g_main_context_iteration(NULL, FALSE);                                     \
			g_usleep(20000);                                                           \
		}                                                                                  \
	} while (0)

static void
test_desktop(void **state)
{
	struct fixture *f = *state;
	struct notifier *n = notifier_new("libnotify", NULL);
	gint64 id;

	assert_non_null(n);
	/* a new story, then its follow-up: the same popup, updated in place */
	add(f, 0, "ukraine", "r-1", "Allies draft guarantees", "r-1", "new", H(9, 15), 14.5);
	assert_int_equal(notifier_deliver(n, f->s, &f->c, H(9, 20)), 1);
	id = thread_notify_id(f, "r-1");
	assert_true(id > 0);
	add(f, 2, "ukraine", "k-1", "Kyiv wants binding terms", "r-1", "followup", H(9, 30), 12);
	assert_int_equal(notifier_deliver(n, f->s, &f->c, H(9, 35)), 1);
	assert_int_equal(thread_notify_id(f, "k-1"), id);

	/* "Open" (the default action): GIO opens the follow-up's link; the
	 * server closes the popup and the thread forgets its id */
	assert_int_equal(system("dunstctl action 0"), 0);
	SPIN_UNTIL(opened("https://example.com/k-1") && thread_notify_id(f, "r-1") == 0);
	assert_true(opened("https://example.com/k-1"));
	assert_int_equal(thread_notify_id(f, "r-1"), 0);

	/* "Mute thread" from the context menu (dunstrc's dmenu picks it) */
	add(f, 1, "ukraine", "ap-9", "Another story entirely", "ap-9", "new", H(10, 0), 12);
	assert_int_equal(notifier_deliver(n, f->s, &f->c, H(10, 5)), 1);
	assert_int_equal(system("dunstctl context"), 0);
	SPIN_UNTIL(thread_muted(f, "ap-9"));
	assert_true(thread_muted(f, "ap-9"));
	assert_false(thread_muted(f, "r-1"));
	/* a muted thread's follow-up makes no popup */
	add(f, 0, "ukraine", "r-9", "More on another story", "ap-9", "followup", H(11, 0), 12);
	assert_int_equal(notifier_deliver(n, f->s, &f->c, H(11, 5)), 0);
	notifier_free(n);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_new_story, setup, teardown),
		cmocka_unit_test_setup_teardown(test_followup, setup, teardown),
		cmocka_unit_test_setup_teardown(test_marked_by_another_process, setup, teardown),
		cmocka_unit_test_setup_teardown(test_muted, setup, teardown),
		cmocka_unit_test_setup_teardown(test_batch, setup, teardown),
		cmocka_unit_test_setup_teardown(test_batch_followups, setup, teardown),
		cmocka_unit_test_setup_teardown(test_quiet, setup, teardown),
		cmocka_unit_test_setup_teardown(test_two_topics, setup, teardown),
		cmocka_unit_test_setup_teardown(test_link_one_token, setup, teardown),
		cmocka_unit_test(test_backends),
		cmocka_unit_test_setup_teardown(test_no_server, setup, teardown),
	};

	const struct CMUnitTest desktop[] = {
		cmocka_unit_test_setup_teardown(test_desktop, setup, teardown),
	};

	/* desktop.sh runs this program again on its session bus and dunst */
	if (g_getenv("SW_DESKTOP"))
		return cmocka_run_group_tests(desktop, NULL, NULL);
	/* only for the "Open digest" link of summaries; nothing is written */
	setenv("XDG_DATA_HOME", "/sw-test/data", 1);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
