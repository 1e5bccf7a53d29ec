/*
 * schedule.c - see schedule.h.
 *
 * The next deadline of a feed is
 *
 *   now + max(interval, hints) + jitter          after a success
 *   now + max(backoff(errors), Retry-After)      after a failure
 *
 * pushed out of the feed's skipHours/skipDays.  interval is the configured
 * one, stretched (never shrunk) by the feed's own posting rate; hints are
 * ttl, sy:updatePeriod and Cache-Control/Expires, capped at
 * SW_INTERVAL_MAX so a hostile feed cannot switch polling off.  Jitter is
 * +0-20 % of the delay.  Retry-After also holds every feed of the same
 * host:port.  The hints of the last parsed document are kept in the
 * feed's state (its row), for the 304s and unchanged bodies that follow
 * it, after a restart too.
 */
#include <string.h>

#include "log.h"
#include "caps.h"
#include "schedule.h"

/* The adaptive interval may stretch the configured one this many times. */
#define ADAPT_MAX_FACTOR 4
/* Entries used to estimate the posting rate. */
#define ADAPT_ENTRIES 10
/* A feed last polled further in the future than this was polled by a
 * wall clock that has since been stepped back: its deadline is void.  A
 * host hold taken that far in the future runs from now. */
#define CLOCK_STEP_BACK (10 * 60)

/* A Retry-After hold of a host:port: until when, and when it was taken
 * (by the wall clock of then: a clock since stepped back shows it). */
struct hold {
	gint64 until, set;
};

struct schedule {
	GRand *rand;
	GHashTable *holds; /* host key -> struct hold * */
};

struct schedule *
schedule_new(guint32 seed)
{
	struct schedule *s = g_new0(struct schedule, 1);

	s->rand = g_rand_new_with_seed(seed);
	s->holds = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	return s;
}

void
schedule_free(struct schedule *s)
{
	if (!s)
		return;
	g_rand_free(s->rand);
	g_hash_table_destroy(s->holds);
	g_free(s);
}

static gint64
clamp_interval(gint64 iv)
{
	if (iv <= 0)
		iv = SW_INTERVAL_DEFAULT;
	return CLAMP(iv, (gint64)SW_INTERVAL_MIN, (gint64)SW_INTERVAL_MAX);
}

gint64
schedule_backoff(int n, gint64 interval)
{
	gint64 d = clamp_interval(interval);

	if (n <= 1)
		return MIN(d, (gint64)SW_BACKOFF_MAX);
	for (int i = 1; i < n && d < SW_BACKOFF_MAX; i++)
		d *= 2;
	return MIN(d, (gint64)SW_BACKOFF_MAX);
}

/* +0-20 % */
static gint64
jitter(struct schedule *s, gint64 delay)
{
	gint64 j = delay / 5;

	if (j <= 0)
		return delay;
	return delay + (gint64)(g_rand_double(s->rand) * (double)j);
}

static int
utc_hour(gint64 t)
{
	gint64 sod = t % 86400;

	if (sod < 0)
		sod += 86400;
	return (int)(sod / 3600);
}

static int
utc_wday(gint64 t)
{
	gint64 d = t >= 0 ? t / 86400 : (t - 86399) / 86400;
	int w = (int)((d + 4) % 7); /* 1970-01-01 was a Thursday */

	return w < 0 ? w + 7 : w;
}

/* The first moment at or after t outside the skipped hours and days. */
gint64
schedule_skip(gint64 t, guint skip_hours, guint skip_days)
{
	gint64 u = t;

	skip_hours &= 0xffffff;
	skip_days &= 0x7f;
	if ((!skip_hours && !skip_days) || skip_hours == 0xffffff || skip_days == 0x7f)
		return t;
	for (int i = 0; i < 8 * 24; i++) {
		if (!(skip_hours & (1u << utc_hour(u))) && !(skip_days & (1u << utc_wday(u))))
			return u;
		u = (u / 3600 + 1) * 3600; /* the next full hour */
	}
	return t;
}

/* schedule_skip() by f's skipHours and skipDays (t when it has none),
 * and when it moved t to the start of an hour, +0-20 % of that hour so
 * that feeds skipping the same hours do not all come back on the same
 * second. */
static gint64
skip_jittered(struct schedule *s, const struct sw_feed_state *f, gint64 t)
{
	gint64 u = schedule_skip(t, f->skip_hours, f->skip_days);

	if (u == t)
		return t;
	return u + (gint64)(g_rand_double(s->rand) * 3600 / 5);
}

/* The hints of a parsed document into f, which keeps them (its row) for
 * the polls that parse nothing. */
static void
hints_set(struct sw_feed_state *f, const struct sw_feed *feed)
{
	f->hint_ttl = feed->ttl > 0 ? (gint64)feed->ttl * 60 : 0;
	f->skip_hours = feed->skip_hours;
	f->skip_days = feed->skip_days;
}

static int
cmp_desc(gconstpointer a, gconstpointer b)
{
	gint64 x = *(const gint64 *)a, y = *(const gint64 *)b;

	return x < y ? 1 : x > y ? -1 : 0;
}

/* The feed's own rhythm: the mean gap between its newest dated entries,
 * or the silence since the newest when that is longer.  0 = unknown. */
gint64
schedule_post_gap(const struct sw_feed *feed, gint64 now)
{
	GArray *d;
	gint64 gap = 0, t;
	guint k;

	if (!feed || !feed->entries)
		return 0;
	d = g_array_new(FALSE, FALSE, sizeof(gint64));
	for (guint i = 0; i < feed->entries->len; i++) {
		const struct sw_entry *e = feed->entries->pdata[i];

		t = e->published != SW_DATE_NONE ? e->published : e->updated;
		if (t == SW_DATE_NONE || t > now + 86400 || t <= 0)
			continue;
		g_array_append_val(d, t);
	}
	if (d->len < 3)
		goto out;
	g_array_sort(d, cmp_desc);
	k = MIN(d->len, (guint)ADAPT_ENTRIES);
	gap = (g_array_index(d, gint64, 0) - g_array_index(d, gint64, k - 1)) / (k - 1);
	t = now - g_array_index(d, gint64, 0);
	if (t > gap)
		gap = t;
out:
	g_array_free(d, TRUE);
	return gap;
}

/* The interval of a feed after a success: configured, stretched up to
 * ADAPT_MAX_FACTOR times by a slow posting rate, and raised to the feed's
 * ttl; never above SW_INTERVAL_MAX. */
static gint64
adaptive_interval(const struct sw_feed_state *f, const struct sw_feed *feed, gint64 interval,
                  gint64 now)
{
	gint64 base = clamp_interval(interval);
	gint64 hi = MIN(base * ADAPT_MAX_FACTOR, (gint64)SW_INTERVAL_MAX);
	gint64 iv, gap;

	if (feed) {
		gap = schedule_post_gap(feed, now);
		/* poll about four times per posting gap */
		iv = gap > 0 ? CLAMP(gap / 4, base, hi) : base;
	} else {
		/* unchanged since the last parse: keep its estimate */
		iv = f->interval > 0 ? CLAMP(f->interval, base, hi) : base;
	}
	if (f->hint_ttl > iv)
		iv = MIN(f->hint_ttl, (gint64)SW_INTERVAL_MAX);
	return iv;
}

static void
set_str(char **slot, const char *v)
{
	if (*slot == v)
		return;
	g_free(*slot);
	*slot = g_strdup(v);
}

static void
set_state(struct sw_feed_state *f, const char *state)
{
	set_str(&f->state, state);
}

static gboolean
state_is(const struct sw_feed_state *f, const char *state)
{
	return f->state && strcmp(f->state, state) == 0;
}

static void
hold_host(struct schedule *s, const char *url, gint64 until, gint64 now)
{
	char *key;
	struct hold *h;

	if (!url)
		return;
	key = fetch_host_key(url);
	h = g_hash_table_lookup(s->holds, key);
	if (h) {
		if (h->until < until) {
			h->until = until;
			h->set = now;
		}
		g_free(key);
		return;
	}
	h = g_new(struct hold, 1);
	h->until = until;
	h->set = now;
	g_hash_table_insert(s->holds, key, h);
}

static gint64
host_hold(struct schedule *s, const char *url, gint64 now)
{
	char *key;
	struct hold *h;
	gint64 until = 0;

	if (!url)
		return 0;
	key = fetch_host_key(url);
	h = g_hash_table_lookup(s->holds, key);
	if (h && h->set > now + CLOCK_STEP_BACK) {
		/* taken by a clock since stepped back: the hold runs from
		 * now, or its host would wait the size of the step more */
		h->until = now + (h->until - h->set);
		h->set = now;
	}
	if (h) {
		if (h->until > now)
			until = h->until;
		else
			g_hash_table_remove(s->holds, key);
	}
	g_free(key);
	return until;
}

gint64
schedule_host_hold(struct schedule *s, const char *url, gint64 now)
{
	return host_hold(s, url, now);
}

/* f's deadline, unless a clock since stepped back set it (f was polled
 * in the future): then it is due now. */
static gint64
deadline(const struct sw_feed_state *f, gint64 now)
{
	if (f->last_fetch > now + CLOCK_STEP_BACK)
		return MIN(f->next_due, now);
	return f->next_due;
}

gboolean
schedule_is_due(struct schedule *s, const struct sw_feed_state *f, gint64 now)
{
	if (state_is(f, "gone"))
		return FALSE;
	if (deadline(f, now) > now)
		return FALSE;
	return host_hold(s, f->url, now) <= now;
}

gint64
schedule_due_at(struct schedule *s, const struct sw_feed_state *f, gint64 now)
{
	gint64 t, hold;

	if (state_is(f, "gone"))
		return G_MAXINT64;
	/* MAX() evaluates its larger argument twice: no call inside it */
	t = deadline(f, now);
	hold = host_hold(s, f->url, now);
	return MAX(MAX(t, now), hold);
}

gboolean
schedule_apply_hold(struct schedule *s, struct sw_feed_state *f, gint64 now)
{
	gint64 until;

	if (state_is(f, "gone"))
		return FALSE;
	until = host_hold(s, f->url, now);
	if (until <= now || deadline(f, now) >= until)
		return FALSE;
	/* the held feeds of a host must not all come back at one second */
	f->next_due = now + jitter(s, until - now);
	return TRUE;
}

void
schedule_stagger(struct schedule *s, struct sw_feed_state *f, gint64 interval, gint64 now)
{
	gint64 iv = clamp_interval(interval);

	if (f->next_due != 0)
		return;
	f->next_due = now + (gint64)(g_rand_double(s->rand) * (double)iv);
}

/* 301/308 seen on 3 consecutive successful fetches moves the feed. */
static void
record_move(struct sw_feed_state *f, const struct sw_fetch_result *r)
{
	const char *to = r->permanent_redirect;

	if (!to || (f->url && strcmp(to, f->url) == 0)) {
		g_clear_pointer(&f->moved_to, g_free);
		f->moved_count = 0;
		return;
	}
	if (f->moved_to && strcmp(f->moved_to, to) == 0) {
		f->moved_count++;
	} else {
		set_str(&f->moved_to, to);
		f->moved_count = 1;
	}
	if (f->moved_count < SW_MOVE_CONFIRMATIONS)
		return;
	log_info("feed %s: moved permanently from %s to %s (seen %d times in a row)",
	         f->name ? f->name : "?", f->url ? f->url : "?", to, f->moved_count);
	g_free(f->url);
	f->url = f->moved_to;
	f->moved_to = NULL;
	f->moved_count = 0;
}

static void
record_success(struct schedule *s, struct sw_feed_state *f, const struct sw_fetch_result *r,
               const struct sw_feed *feed, gint64 interval, gint64 now)
{
	gint64 iv, delay, due;

	if (r->status != 304) {
		/* a 200 replaces both validators, even with nothing */
		set_str(&f->etag, r->etag);
		set_str(&f->last_modified, r->last_modified);
	} else {
		if (r->etag)
			set_str(&f->etag, r->etag);
		if (r->last_modified)
			set_str(&f->last_modified, r->last_modified);
	}
	if (feed)
		hints_set(f, feed);
	if (!state_is(f, "ok") && f->errors > 0)
		log_info("feed %s: back after %d failure%s", f->name ? f->name : "?", f->errors,
		         f->errors == 1 ? "" : "s");
	set_state(f, "ok");
	f->errors = 0;
	g_clear_pointer(&f->last_error, g_free);
	f->last_success = now;
	record_move(f, r);

	iv = adaptive_interval(f, feed, interval, now);
	f->interval = iv;
	delay = iv;
	if (r->max_age > delay)
		delay = MIN(r->max_age, (gint64)SW_INTERVAL_MAX);
	due = now + jitter(s, delay);
	f->next_due = skip_jittered(s, f, due);
}

static void
record_failure(struct schedule *s, struct sw_feed_state *f, const struct sw_fetch_result *r,
               const char *reason, gint64 interval, gint64 now)
{
	gint64 delay, wait;

	f->errors++;
	set_str(&f->last_error, reason ? reason : "failed");

	if (r && r->status == 410) {
		if (!state_is(f, "gone"))
			log_warnx("feed %s: %s is gone (HTTP 410); no longer polled",
			          f->name ? f->name : "?", f->url ? f->url : "?");
		set_state(f, "gone");
		f->next_due = 0;
		return;
	}
	if (r && r->blocked) {
		if (!state_is(f, "blocked"))
			log_warnx("feed %s: %s answers with a Cloudflare challenge; "
			          "retrying once a day",
			          f->name ? f->name : "?", f->url ? f->url : "?");
		set_state(f, "blocked");
		f->next_due = now + jitter(s, SW_BACKOFF_MAX);
		return;
	}
	set_state(f, "error");
	delay = schedule_backoff(f->errors, interval);
	if (r && (r->status == 429 || r->status == 503)) {
		wait = r->retry_after;
		if (wait < 0 && r->status == 429)
			wait = clamp_interval(interval);
		if (wait >= 0) {
			wait = MIN(wait, (gint64)SW_BACKOFF_MAX);
			hold_host(s, f->url, now + wait, now);
			if (r->effective_url)
				hold_host(s, r->effective_url, now + wait, now);
			if (wait > delay) {
				f->next_due = now + wait + (jitter(s, delay) - delay);
				goto out;
			}
		}
	}
	f->next_due = now + jitter(s, delay);
out:
	f->next_due = skip_jittered(s, f, f->next_due);
}

void
schedule_record(struct schedule *s, struct sw_feed_state *f, const struct sw_fetch_result *r,
                const struct sw_feed *feed, gint64 interval, gint64 now)
{
	if (r->error && strcmp(r->error, "aborted") == 0)
		return; /* shutdown: nothing was learnt */
	if (r->error && strcmp(r->error, "deferred") == 0) {
		gint64 wait;

		/* never sent: its host holds off; wait with it */
		if (schedule_apply_hold(s, f, now) || host_hold(s, f->url, now) > now)
			return;
		/* held by the fetcher alone: its hold is monotonic and ours
		 * wall-clock, and the wall clock jumped forward since (set
		 * forward, or a suspend): ours is over.  Wait an interval,
		 * not a second, at every such deferral */
		wait = jitter(s, clamp_interval(interval));
		if (f->last_fetch > now + CLOCK_STEP_BACK) {
			/* its deadline is void (polled "in the future") */
			f->last_fetch = now;
			f->next_due = now + wait;
		} else if (f->next_due < now + wait) {
			f->next_due = now + wait;
		}
		return;
	}
	f->last_fetch = now;
	if (!r->error && (r->status == 304 || (r->status >= 200 && r->status < 300))) {
		record_success(s, f, r, feed, interval, now);
		return;
	}
	record_failure(s, f, r, r->error ? r->error : "no response", interval, now);
}

void
schedule_record_offline(struct schedule *s, struct sw_feed_state *f, gint64 now)
{
	f->last_fetch = now;
	f->next_due = skip_jittered(s, f, now + jitter(s, SW_OFFLINE_RETRY));
}

void
schedule_record_error(struct schedule *s, struct sw_feed_state *f, const char *reason,
                      gint64 interval, gint64 now)
{
	f->last_fetch = now;
	record_failure(s, f, NULL, reason, interval, now);
}
