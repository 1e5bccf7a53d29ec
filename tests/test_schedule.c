/* test_schedule.c - deadlines, jitter, backoff, holds, states, moves.
 *
 * Randomised (the jitter): the seed is printed and can be given back with
 * SW_TEST_SEED=N. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "caps.h"
#include "log.h"
#include "schedule.h"

#define NOW  1764000000 /* 2025-11-24 16:00:00 UTC, a Monday */
#define HOUR 3600

static guint32 seed;

static void
feed_init(struct sw_feed_state *f, gint64 id, const char *url)
{
	memset(f, 0, sizeof(*f));
	f->id = id;
	f->name = g_strdup_printf("feed%" G_GINT64_FORMAT, id);
	f->config_url = g_strdup(url);
	f->url = g_strdup(url);
	f->state = g_strdup("new");
}

static void
res_init(struct sw_fetch_result *r, const char *url, long status, const char *error)
{
	memset(r, 0, sizeof(*r));
	r->url = (char *)url;
	r->effective_url = (char *)url;
	r->status = status;
	r->error = (char *)error;
	r->retry_after = -1;
	r->max_age = -1;
}

/* next_due - now must be within [lo, lo * 1.2]. */
static void
assert_delay(const struct sw_feed_state *f, gint64 now, gint64 lo)
{
	gint64 d = f->next_due - now;

	if (d < lo || d > lo + lo / 5) {
		fprintf(stderr,
		        "delay %" G_GINT64_FORMAT " not in [%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT
		        "] (seed %u)\n",
		        d, lo, lo + lo / 5, seed);
		fail();
	}
}

static void
test_backoff(void **state)
{
	(void)state;
	assert_int_equal(schedule_backoff(0, HOUR), HOUR);
	assert_int_equal(schedule_backoff(1, HOUR), HOUR);
	assert_int_equal(schedule_backoff(2, HOUR), 2 * HOUR);
	assert_int_equal(schedule_backoff(3, HOUR), 4 * HOUR);
	assert_int_equal(schedule_backoff(5, HOUR), 16 * HOUR);
	assert_int_equal(schedule_backoff(6, HOUR), SW_BACKOFF_MAX);
	assert_int_equal(schedule_backoff(1000, HOUR), SW_BACKOFF_MAX);
	assert_int_equal(schedule_backoff(1, 60), SW_INTERVAL_MIN); /* floor */
	assert_int_equal(schedule_backoff(1, 0), SW_INTERVAL_DEFAULT);
	assert_int_equal(schedule_backoff(2, 40 * HOUR), SW_BACKOFF_MAX);
}

static void
test_success_and_conditional(void **state)
{
	struct schedule *s = schedule_new(seed);
	struct sw_feed_state f;
	struct sw_fetch_result r;
	const char *url = "http://example.org/feed";

	(void)state;
	feed_init(&f, 1, url);
	res_init(&r, url, 200, NULL);
	r.etag = "\"v1\"";
	r.last_modified = "Mon, 24 Nov 2025 10:00:00 GMT";
	assert_true(schedule_is_due(s, &f, NOW));
	schedule_record(s, &f, &r, NULL, HOUR, NOW);
	assert_string_equal(f.state, "ok");
	assert_string_equal(f.etag, "\"v1\"");
	assert_string_equal(f.last_modified, "Mon, 24 Nov 2025 10:00:00 GMT");
	assert_int_equal(f.errors, 0);
	assert_null(f.last_error);
	assert_int_equal(f.last_success, NOW);
	assert_int_equal(f.first_fetch, 0); /* first sight is the daemon's to end */
	assert_delay(&f, NOW, HOUR);
	assert_false(schedule_is_due(s, &f, NOW + HOUR - 1));
	assert_true(schedule_is_due(s, &f, NOW + 2 * HOUR));

	/* 304 without validators keeps the stored ones */
	res_init(&r, url, 304, NULL);
	schedule_record(s, &f, &r, NULL, HOUR, NOW + 2 * HOUR);
	assert_string_equal(f.state, "ok");
	assert_string_equal(f.etag, "\"v1\"");
	assert_int_equal(f.last_success, NOW + 2 * HOUR);
	assert_int_equal(f.first_fetch, 0);
	assert_delay(&f, NOW + 2 * HOUR, HOUR);

	/* 304 with a new ETag refreshes it */
	r.etag = "\"v2\"";
	schedule_record(s, &f, &r, NULL, HOUR, NOW + 4 * HOUR);
	assert_string_equal(f.etag, "\"v2\"");
	assert_string_equal(f.last_modified, "Mon, 24 Nov 2025 10:00:00 GMT");

	/* a 200 replaces both, even with nothing */
	res_init(&r, url, 200, NULL);
	schedule_record(s, &f, &r, NULL, HOUR, NOW + 6 * HOUR);
	assert_null(f.etag);
	assert_null(f.last_modified);

	store_feed_state_clear(&f);
	schedule_free(s);
}

static void
test_error_backoff_never_gives_up(void **state)
{
	struct schedule *s = schedule_new(seed);
	struct sw_feed_state f;
	struct sw_fetch_result r;
	const char *url = "http://example.org/missing";
	gint64 now = NOW;

	(void)state;
	feed_init(&f, 2, url);
	res_init(&r, url, 404, "HTTP 404 Not Found");
	for (int n = 1; n <= 40; n++) {
		schedule_record(s, &f, &r, NULL, HOUR, now);
		assert_string_equal(f.state, "error");
		assert_int_equal(f.errors, n);
		assert_string_equal(f.last_error, "HTTP 404 Not Found");
		assert_int_equal(f.last_fetch, now);
		assert_delay(&f, now, schedule_backoff(n, HOUR));
		assert_false(schedule_is_due(s, &f, now));
		now = f.next_due;
		assert_true(schedule_is_due(s, &f, now));
	}
	/* and recovers */
	res_init(&r, url, 200, NULL);
	schedule_record(s, &f, &r, NULL, HOUR, now);
	assert_string_equal(f.state, "ok");
	assert_int_equal(f.errors, 0);
	assert_null(f.last_error);
	assert_delay(&f, now, HOUR);

	/* transport errors back off the same way */
	res_init(&r, url, 0, "timeout");
	schedule_record(s, &f, &r, NULL, HOUR, now);
	schedule_record(s, &f, &r, NULL, HOUR, now);
	assert_int_equal(f.errors, 2);
	assert_string_equal(f.last_error, "timeout");
	assert_delay(&f, now, 2 * HOUR);

	store_feed_state_clear(&f);
	schedule_free(s);
}

static void
test_gone(void **state)
{
	struct schedule *s = schedule_new(seed);
	struct sw_feed_state f;
	struct sw_fetch_result r;
	const char *url = "http://example.org/gone";

	(void)state;
	feed_init(&f, 3, url);
	res_init(&r, url, 410, "HTTP 410 Gone");
	schedule_record(s, &f, &r, NULL, HOUR, NOW);
	assert_string_equal(f.state, "gone");
	assert_int_equal(f.errors, 1);
	assert_string_equal(f.last_error, "HTTP 410 Gone");
	assert_false(schedule_is_due(s, &f, NOW));
	assert_false(schedule_is_due(s, &f, NOW + 365LL * 86400));
	assert_true(schedule_due_at(s, &f, NOW) == G_MAXINT64);
	store_feed_state_clear(&f);
	schedule_free(s);
}

static void
test_blocked(void **state)
{
	struct schedule *s = schedule_new(seed);
	struct sw_feed_state f;
	struct sw_fetch_result r;
	const char *url = "https://example.org/cf";

	(void)state;
	feed_init(&f, 4, url);
	res_init(&r, url, 403, "blocked: HTTP 403 Cloudflare challenge");
	r.blocked = TRUE;
	schedule_record(s, &f, &r, NULL, HOUR, NOW);
	assert_string_equal(f.state, "blocked");
	assert_int_equal(f.errors, 1);
	assert_delay(&f, NOW, SW_BACKOFF_MAX);
	schedule_record(s, &f, &r, NULL, HOUR, f.next_due);
	assert_string_equal(f.state, "blocked");
	assert_int_equal(f.errors, 2);

	/* a plain 403 is an ordinary error */
	store_feed_state_clear(&f);
	feed_init(&f, 5, url);
	res_init(&r, url, 403, "HTTP 403 Forbidden");
	schedule_record(s, &f, &r, NULL, HOUR, NOW);
	assert_string_equal(f.state, "error");
	assert_delay(&f, NOW, HOUR);
	store_feed_state_clear(&f);
	schedule_free(s);
}

static void
test_retry_after_holds_host(void **state)
{
	struct schedule *s = schedule_new(seed);
	struct sw_feed_state a, b, c;
	struct sw_fetch_result r;

	(void)state;
	feed_init(&a, 6, "http://news.example/a.xml");
	feed_init(&b, 7, "http://NEWS.example:80/b.xml");   /* same host:port */
	feed_init(&c, 8, "http://news.example:8080/c.xml"); /* another port */
	res_init(&r, a.url, 429, "HTTP 429 Too Many Requests");
	r.retry_after = 5 * HOUR;
	schedule_record(s, &a, &r, NULL, HOUR, NOW);
	assert_string_equal(a.state, "error");
	assert_true(a.next_due >= NOW + 5 * HOUR);
	assert_true(a.next_due <= NOW + 5 * HOUR + HOUR / 5);
	assert_false(schedule_is_due(s, &b, NOW + 10));
	assert_true(schedule_due_at(s, &b, NOW + 10) == NOW + 5 * HOUR);
	assert_true(schedule_host_hold(s, "http://news.example/x", NOW) == NOW + 5 * HOUR);
	assert_true(schedule_is_due(s, &c, NOW + 10));

	/* a transfer deferred by the fetcher waits for the hold, no error */
	res_init(&r, b.url, 0, "deferred");
	schedule_record(s, &b, &r, NULL, HOUR, NOW + 10);
	assert_int_equal(b.errors, 0);
	assert_null(b.last_error);
	assert_int_equal(b.last_fetch, 0);
	assert_true(b.next_due >= NOW + 5 * HOUR);
	assert_true(b.next_due <= NOW + 10 + (5 * HOUR - 10) * 12 / 10);
	/* and schedule_apply_hold moves the others */
	b.next_due = NOW + 60;
	assert_true(schedule_apply_hold(s, &b, NOW + 10));
	assert_true(b.next_due >= NOW + 5 * HOUR);
	b.next_due = NOW + 6 * HOUR;
	assert_false(schedule_apply_hold(s, &b, NOW + 10));
	assert_int_equal(b.next_due, NOW + 6 * HOUR);
	assert_false(schedule_apply_hold(s, &c, NOW + 10));
	b.next_due = 0;
	assert_true(schedule_is_due(s, &b, NOW + 5 * HOUR));

	/* a short Retry-After never shortens the backoff */
	store_feed_state_clear(&a);
	feed_init(&a, 6, "http://other.example/a.xml");
	res_init(&r, a.url, 503, "HTTP 503 Service Unavailable");
	r.retry_after = 60;
	schedule_record(s, &a, &r, NULL, HOUR, NOW);
	assert_delay(&a, NOW, HOUR);
	assert_true(schedule_host_hold(s, a.url, NOW) == NOW + 60);

	/* 503 without Retry-After: backoff, no hold */
	store_feed_state_clear(&a);
	feed_init(&a, 9, "http://third.example/a.xml");
	res_init(&r, a.url, 503, "HTTP 503 Service Unavailable");
	schedule_record(s, &a, &r, NULL, HOUR, NOW);
	assert_true(schedule_host_hold(s, a.url, NOW) == 0);

	/* 429 without Retry-After holds the host for an interval */
	res_init(&r, a.url, 429, "HTTP 429 Too Many Requests");
	schedule_record(s, &a, &r, NULL, HOUR, NOW);
	assert_true(schedule_host_hold(s, a.url, NOW) == NOW + HOUR);

	store_feed_state_clear(&a);
	store_feed_state_clear(&b);
	store_feed_state_clear(&c);
	schedule_free(s);
}

static void
test_cache_hints(void **state)
{
	struct schedule *s = schedule_new(seed);
	struct sw_feed_state f;
	struct sw_fetch_result r;
	struct sw_feed feed = { 0 };
	const char *url = "http://example.org/hinted";

	(void)state;
	feed_init(&f, 10, url);
	res_init(&r, url, 200, NULL);
	r.max_age = 3 * HOUR;
	schedule_record(s, &f, &r, NULL, HOUR, NOW);
	assert_delay(&f, NOW, 3 * HOUR);

	/* never beyond the interval cap */
	r.max_age = 30 * 86400;
	schedule_record(s, &f, &r, NULL, HOUR, NOW);
	assert_delay(&f, NOW, SW_INTERVAL_MAX);

	/* a max-age below the interval changes nothing */
	r.max_age = 60;
	schedule_record(s, &f, &r, NULL, HOUR, NOW);
	assert_delay(&f, NOW, HOUR);

	/* ttl (minutes) is a lower bound, kept for the 304s after it */
	feed.entries = g_ptr_array_new();
	feed.ttl = 180;
	res_init(&r, url, 200, NULL);
	schedule_record(s, &f, &r, &feed, HOUR, NOW);
	assert_delay(&f, NOW, 3 * HOUR);
	res_init(&r, url, 304, NULL);
	schedule_record(s, &f, &r, NULL, HOUR, NOW + 4 * HOUR);
	assert_delay(&f, NOW + 4 * HOUR, 3 * HOUR);
	/* a ttl of a week is capped */
	feed.ttl = 7 * 24 * 60;
	res_init(&r, url, 200, NULL);
	schedule_record(s, &f, &r, &feed, HOUR, NOW);
	assert_delay(&f, NOW, SW_INTERVAL_MAX);
	/* a later document without one forgets it, for its 304s too */
	feed.ttl = 0;
	res_init(&r, url, 200, NULL);
	schedule_record(s, &f, &r, &feed, HOUR, NOW);
	assert_delay(&f, NOW, HOUR);
	res_init(&r, url, 304, NULL);
	schedule_record(s, &f, &r, NULL, HOUR, NOW + 4 * HOUR);
	assert_delay(&f, NOW + 4 * HOUR, HOUR);

	g_ptr_array_free(feed.entries, TRUE);
	store_feed_state_clear(&f);
	schedule_free(s);
}

/* A feed's ttl and skipHours outlive the process that parsed them: a
 * restart (a new schedule, the state as the store kept it) and then 304s
 * or an unchanged body (nothing parsed) keep them.  `once` is a new
 * process at every run, so they held for no 304 of it; a ttl of 10 h
 * became the 4 h of the posting rate's cap, and skipped hours were
 * polled. */
static void
test_hints_across_restart(void **state)
{
	struct schedule *s = schedule_new(seed);
	struct sw_feed_state f, g;
	struct sw_fetch_result r;
	struct sw_feed feed = { 0 };
	const char *url = "http://example.org/restart";

	(void)state;
	feed_init(&f, 12, url);
	feed_init(&g, 13, "http://example.net/restart");
	feed.entries = g_ptr_array_new();
	feed.ttl = 600;
	res_init(&r, url, 200, NULL);
	schedule_record(s, &f, &r, &feed, HOUR, NOW);
	assert_delay(&f, NOW, 10 * HOUR);
	feed.ttl = 0;
	for (int h = 17; h < 24; h++)
		feed.skip_hours |= 1u << h;
	res_init(&r, g.url, 200, NULL);
	schedule_record(s, &g, &r, &feed, HOUR, NOW);
	assert_true(g.next_due >= NOW + 8 * HOUR && g.next_due <= NOW + 8 * HOUR + 720);
	schedule_free(s);

	s = schedule_new(seed + 1);
	res_init(&r, url, 304, NULL);
	schedule_record(s, &f, &r, NULL, HOUR, NOW + HOUR);
	assert_delay(&f, NOW + HOUR, 10 * HOUR);
	res_init(&r, g.url, 304, NULL);
	schedule_record(s, &g, &r, NULL, HOUR, NOW);
	if (g.next_due < NOW + 8 * HOUR || g.next_due > NOW + 8 * HOUR + 720)
		fail_msg("after a restart, a 304 at 16:00 is due in %" G_GINT64_FORMAT
		         " s, in the skipped hours (seed %u)",
		         g.next_due - NOW, seed);
	g_ptr_array_free(feed.entries, TRUE);
	store_feed_state_clear(&f);
	store_feed_state_clear(&g);
	schedule_free(s);
}

static void
test_skip(void **state)
{
	struct schedule *s = schedule_new(seed);
	struct sw_feed_state f;
	struct sw_fetch_result r;
	struct sw_feed feed = { 0 };
	const char *url = "http://example.org/skip";
	gint64 t;

	(void)state;
	/* NOW is Monday 16:00 UTC */
	assert_int_equal(schedule_skip(NOW, 0, 0), NOW);
	assert_int_equal(schedule_skip(NOW + 60, 1u << 16, 0), NOW + HOUR);
	assert_int_equal(schedule_skip(NOW, (1u << 16) | (1u << 17) | (1u << 18), 0),
	                 NOW + 3 * HOUR);
	/* skip Monday: Tuesday 00:00 */
	assert_int_equal(schedule_skip(NOW, 0, 1u << 1), NOW + 8 * HOUR);
	/* everything skipped: ignored */
	assert_int_equal(schedule_skip(NOW, 0xffffff, 0), NOW);
	assert_int_equal(schedule_skip(NOW, 0, 0x7f), NOW);

	feed_init(&f, 11, url);
	feed.entries = g_ptr_array_new();
	feed.skip_hours = 0;
	for (int h = 17; h < 24; h++)
		feed.skip_hours |= 1u << h;
	res_init(&r, url, 200, NULL);
	schedule_record(s, &f, &r, &feed, HOUR, NOW);
	/* 17:00..23:59 skipped: Tuesday 00:00, +0-12 min */
	assert_true(f.next_due >= NOW + 8 * HOUR && f.next_due <= NOW + 8 * HOUR + 720);
	/* and remembered for a 304 */
	res_init(&r, url, 304, NULL);
	schedule_record(s, &f, &r, NULL, HOUR, NOW);
	assert_true(f.next_due >= NOW + 8 * HOUR && f.next_due <= NOW + 8 * HOUR + 720);
	t = f.next_due;
	(void)t;
	/* a document without skipHours: no longer skipped, 304s included */
	feed.skip_hours = 0;
	res_init(&r, url, 200, NULL);
	schedule_record(s, &f, &r, &feed, HOUR, NOW);
	assert_delay(&f, NOW, HOUR);
	res_init(&r, url, 304, NULL);
	schedule_record(s, &f, &r, NULL, HOUR, NOW);
	assert_delay(&f, NOW, HOUR);
	g_ptr_array_free(feed.entries, TRUE);
	store_feed_state_clear(&f);
	schedule_free(s);
}

static struct sw_entry *
entry_at(gint64 published)
{
	struct sw_entry *e = g_new0(struct sw_entry, 1);

	e->published = published;
	e->updated = SW_DATE_NONE;
	return e;
}

static void
test_adaptive(void **state)
{
	struct schedule *s = schedule_new(seed);
	struct sw_feed_state f;
	struct sw_fetch_result r;
	struct sw_feed feed = { 0 };
	const char *url = "http://example.org/adaptive";

	(void)state;
	feed.entries = g_ptr_array_new_with_free_func(g_free);
	assert_int_equal(schedule_post_gap(&feed, NOW), 0);
	/* one post a day: stretched to 4 x 1 h */
	for (int i = 0; i < 10; i++)
		g_ptr_array_add(feed.entries, entry_at(NOW - HOUR - i * 86400LL));
	assert_int_equal(schedule_post_gap(&feed, NOW), 86400);
	feed_init(&f, 12, url);
	res_init(&r, url, 200, NULL);
	schedule_record(s, &f, &r, &feed, HOUR, NOW);
	assert_int_equal(f.interval, 4 * HOUR);
	assert_delay(&f, NOW, 4 * HOUR);
	/* a 304 keeps the estimate */
	res_init(&r, url, 304, NULL);
	schedule_record(s, &f, &r, NULL, HOUR, NOW + 4 * HOUR);
	assert_delay(&f, NOW + 4 * HOUR, 4 * HOUR);

	/* a post every 5 minutes never polls faster than configured */
	g_ptr_array_set_size(feed.entries, 0);
	for (int i = 0; i < 10; i++)
		g_ptr_array_add(feed.entries, entry_at(NOW - i * 300LL));
	res_init(&r, url, 200, NULL);
	schedule_record(s, &f, &r, &feed, HOUR, NOW);
	assert_int_equal(f.interval, HOUR);
	assert_delay(&f, NOW, HOUR);

	/* undated entries: the configured interval */
	g_ptr_array_set_size(feed.entries, 0);
	for (int i = 0; i < 10; i++)
		g_ptr_array_add(feed.entries, entry_at(SW_DATE_NONE));
	schedule_record(s, &f, &r, &feed, 2 * HOUR, NOW);
	assert_int_equal(f.interval, 2 * HOUR);

	g_ptr_array_free(feed.entries, TRUE);
	store_feed_state_clear(&f);
	schedule_free(s);
}

static void
test_jitter_spread(void **state)
{
	struct schedule *s = schedule_new(seed);
	struct sw_feed_state f;
	struct sw_fetch_result r;
	const char *url = "http://example.org/jitter";
	gint64 lo = G_MAXINT64, hi = 0;

	(void)state;
	feed_init(&f, 13, url);
	res_init(&r, url, 304, NULL);
	for (int i = 0; i < 2000; i++) {
		gint64 d;

		schedule_record(s, &f, &r, NULL, HOUR, NOW);
		d = f.next_due - NOW;
		lo = MIN(lo, d);
		hi = MAX(hi, d);
	}
	assert_true(lo >= HOUR);
	assert_true(hi <= HOUR + HOUR / 5);
	/* the whole band is used */
	assert_true(lo < HOUR + HOUR / 50);
	assert_true(hi > HOUR + HOUR / 5 - HOUR / 50);
	store_feed_state_clear(&f);
	schedule_free(s);
}

static void
test_stagger(void **state)
{
	struct schedule *s = schedule_new(seed);
	struct sw_feed_state f;
	gint64 lo = G_MAXINT64, hi = 0;

	(void)state;
	for (int i = 0; i < 500; i++) {
		feed_init(&f, i, "http://example.org/s");
		schedule_stagger(s, &f, HOUR, NOW);
		assert_true(f.next_due >= NOW && f.next_due < NOW + HOUR);
		lo = MIN(lo, f.next_due);
		hi = MAX(hi, f.next_due);
		/* a feed with a deadline keeps it */
		f.next_due = 42;
		schedule_stagger(s, &f, HOUR, NOW);
		assert_int_equal(f.next_due, 42);
		store_feed_state_clear(&f);
	}
	assert_true(hi - lo > HOUR / 2);
	schedule_free(s);
}

static void
test_moves(void **state)
{
	struct schedule *s = schedule_new(seed);
	struct sw_feed_state f;
	struct sw_fetch_result r;
	const char *url = "http://example.org/old";
	const char *to = "https://example.org/new";

	(void)state;
	feed_init(&f, 14, url);
	res_init(&r, url, 200, NULL);
	r.permanent_redirect = (char *)to;
	schedule_record(s, &f, &r, NULL, HOUR, NOW);
	assert_string_equal(f.moved_to, to);
	assert_int_equal(f.moved_count, 1);
	assert_string_equal(f.url, url);
	/* interrupted by a fetch without the move: start again */
	r.permanent_redirect = NULL;
	schedule_record(s, &f, &r, NULL, HOUR, NOW);
	assert_null(f.moved_to);
	assert_int_equal(f.moved_count, 0);
	/* a failed fetch neither counts nor resets */
	r.permanent_redirect = (char *)to;
	schedule_record(s, &f, &r, NULL, HOUR, NOW);
	schedule_record(s, &f, &r, NULL, HOUR, NOW);
	res_init(&r, url, 0, "timeout");
	schedule_record(s, &f, &r, NULL, HOUR, NOW);
	assert_int_equal(f.moved_count, 2);
	assert_string_equal(f.url, url);
	res_init(&r, url, 304, NULL);
	r.permanent_redirect = (char *)to;
	schedule_record(s, &f, &r, NULL, HOUR, NOW);
	assert_string_equal(f.url, to);
	assert_null(f.moved_to);
	assert_int_equal(f.moved_count, 0);
	assert_string_equal(f.config_url, url);
	store_feed_state_clear(&f);
	schedule_free(s);
}

static void
test_aborted_changes_nothing(void **state)
{
	struct schedule *s = schedule_new(seed);
	struct sw_feed_state f;
	struct sw_fetch_result r;
	const char *url = "http://example.org/a";

	(void)state;
	feed_init(&f, 15, url);
	f.next_due = 1234;
	res_init(&r, url, 0, "aborted");
	schedule_record(s, &f, &r, NULL, HOUR, NOW);
	assert_int_equal(f.next_due, 1234);
	assert_int_equal(f.errors, 0);
	assert_int_equal(f.last_fetch, 0);
	assert_string_equal(f.state, "new");

	/* a body that did not parse is an error */
	schedule_record_error(s, &f, "not a feed", HOUR, NOW);
	assert_string_equal(f.state, "error");
	assert_string_equal(f.last_error, "not a feed");
	assert_int_equal(f.errors, 1);
	assert_delay(&f, NOW, HOUR);
	store_feed_state_clear(&f);
	schedule_free(s);
}

/* A wall clock stepped back (a wrong clock at boot, then set right):
 * deadlines and holds set by the future clock would keep a feed and its
 * host silent for as long as the step.  A feed last polled in the
 * future is due; a hold taken in the future runs from now. */
static void
test_clock_stepped_back(void **state)
{
	struct schedule *s = schedule_new(seed);
	const gint64 future = NOW + 365LL * 86400;
	struct sw_feed_state a, b;
	struct sw_fetch_result r;
	gint64 t;

	(void)state;
	feed_init(&a, 21, "http://step.example/a.xml");
	feed_init(&b, 22, "http://step.example/b.xml");
	res_init(&r, a.url, 200, NULL);
	schedule_record(s, &a, &r, NULL, HOUR, future);
	assert_true(a.next_due > future);
	assert_false(schedule_is_due(s, &a, future + 60));
	assert_true(schedule_is_due(s, &a, NOW));
	assert_true(schedule_due_at(s, &a, NOW) == NOW);
	/* a small step back is not one: the deadline holds */
	assert_false(schedule_is_due(s, &a, future - 60));

	res_init(&r, b.url, 429, "HTTP 429 Too Many Requests");
	r.retry_after = 2 * HOUR;
	schedule_record(s, &b, &r, NULL, HOUR, future);
	assert_true(schedule_host_hold(s, a.url, future) == future + 2 * HOUR);
	/* two hours from now, not a year and two hours */
	assert_true(schedule_host_hold(s, a.url, NOW) == NOW + 2 * HOUR);
	assert_false(schedule_is_due(s, &b, NOW));
	assert_true(schedule_due_at(s, &b, NOW) == NOW + 2 * HOUR);
	assert_true(schedule_apply_hold(s, &a, NOW));
	assert_false(schedule_is_due(s, &a, NOW + HOUR));
	assert_true(schedule_is_due(s, &b, NOW + 2 * HOUR));
	assert_int_equal(schedule_host_hold(s, a.url, NOW + 2 * HOUR), 0);
	/* the fetcher's own hold (monotonic) may outlive ours: a deferred
	 * poll then waits an interval, or the daemon would cycle every
	 * second (a was polled in the future: its deadline is void) */
	t = NOW + 2 * HOUR;
	res_init(&r, a.url, 0, "deferred");
	schedule_record(s, &a, &r, NULL, HOUR, t);
	assert_false(schedule_is_due(s, &a, t + 1));
	assert_delay(&a, t, HOUR);
	/* and at every deferral after that one, not only the first (the
	 * second one left the feed due: a cycle every second) */
	t = a.next_due;
	assert_true(schedule_is_due(s, &a, t));
	schedule_record(s, &a, &r, NULL, HOUR, t);
	assert_false(schedule_is_due(s, &a, t + 1));
	assert_delay(&a, t, HOUR);
	store_feed_state_clear(&a);
	store_feed_state_clear(&b);

	/* a step of six hours during a two-hour hold: the host waits two
	 * hours from the step, not eight (a hold up to a day and ten
	 * minutes was kept as it was) */
	feed_init(&a, 25, "http://six.example/a.xml");
	feed_init(&b, 26, "http://six.example/b.xml");
	res_init(&r, a.url, 503, "HTTP 503 Service Unavailable");
	r.retry_after = 2 * HOUR;
	schedule_record(s, &a, &r, NULL, HOUR, NOW + 6 * HOUR);
	assert_true(schedule_host_hold(s, b.url, NOW) == NOW + 2 * HOUR);
	assert_true(schedule_due_at(s, &b, NOW) == NOW + 2 * HOUR);
	assert_true(schedule_due_at(s, &a, NOW) == NOW + 2 * HOUR);
	/* and a small step back (or clocks a little apart) changes nothing */
	res_init(&r, b.url, 429, "HTTP 429 Too Many Requests");
	r.retry_after = HOUR;
	schedule_record(s, &b, &r, NULL, HOUR, NOW + 3 * HOUR + 300);
	assert_true(schedule_host_hold(s, a.url, NOW + 3 * HOUR) == NOW + 4 * HOUR + 300);

	store_feed_state_clear(&a);
	store_feed_state_clear(&b);
	schedule_free(s);
}

/* The wall clock jumped forward (set forward, or a suspend: the monotonic
 * clock stands still meanwhile) during a Retry-After hold: the schedule's
 * hold, wall-clock, is over, the fetcher's, monotonic, is not.  Its
 * deferred polls wait an interval each, as after a step back; they left
 * the feed due, and the daemon cycled every second until the fetcher's
 * hold ended. */
static void
test_clock_jumped_forward(void **state)
{
	struct schedule *s = schedule_new(seed);
	const gint64 later = NOW + 6 * HOUR;
	struct sw_feed_state a, b;
	struct sw_fetch_result r;
	gint64 t;

	(void)state;
	feed_init(&a, 23, "http://jump.example/a.xml");
	feed_init(&b, 24, "http://jump.example/b.xml");
	res_init(&r, a.url, 200, NULL);
	schedule_record(s, &b, &r, NULL, HOUR, NOW - 10);
	res_init(&r, a.url, 429, "HTTP 429 Too Many Requests");
	r.retry_after = 2 * HOUR;
	schedule_record(s, &a, &r, NULL, HOUR, NOW);
	assert_false(schedule_is_due(s, &b, NOW + HOUR));
	/* six hours later by the wall clock: both due, the hold is over */
	assert_int_equal(schedule_host_hold(s, a.url, later), 0);
	assert_true(schedule_is_due(s, &a, later));
	assert_true(schedule_is_due(s, &b, later));
	res_init(&r, a.url, 0, "deferred");
	for (int i = 0; i < 3; i++) {
		struct sw_feed_state *f = i % 2 ? &b : &a;

		t = later + i * 2 * HOUR;
		schedule_record(s, f, &r, NULL, HOUR, t);
		assert_false(schedule_is_due(s, f, t + 1));
		assert_delay(f, t, HOUR);
		assert_int_equal(f->errors, i % 2 ? 0 : 1); /* no error counted */
	}
	/* a deadline already later than that is kept */
	b.next_due = later + 11 * HOUR;
	schedule_record(s, &b, &r, NULL, HOUR, later + 9 * HOUR);
	assert_int_equal(b.next_due, later + 11 * HOUR);

	store_feed_state_clear(&a);
	store_feed_state_clear(&b);
	schedule_free(s);
}

int
main(void)
{
	const char *e = getenv("SW_TEST_SEED");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_backoff),
		cmocka_unit_test(test_success_and_conditional),
		cmocka_unit_test(test_error_backoff_never_gives_up),
		cmocka_unit_test(test_gone),
		cmocka_unit_test(test_blocked),
		cmocka_unit_test(test_retry_after_holds_host),
		cmocka_unit_test(test_cache_hints),
		cmocka_unit_test(test_skip),
		cmocka_unit_test(test_hints_across_restart),
		cmocka_unit_test(test_adaptive),
		cmocka_unit_test(test_jitter_spread),
		cmocka_unit_test(test_stagger),
		cmocka_unit_test(test_moves),
		cmocka_unit_test(test_aborted_changes_nothing),
		cmocka_unit_test(test_clock_stepped_back),
		cmocka_unit_test(test_clock_jumped_forward),
	};

	seed = e && *e ? (guint32)strtoul(e, NULL, 10) : g_random_int();
	printf("# seed %u (SW_TEST_SEED)\n", seed);
	log_init(SW_LOG_ERROR);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
