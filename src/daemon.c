/*
 * daemon.c - the main loop and the poll cycle; see daemon.h.
 *
 * A cycle starts the due feeds' transfers; each finished transfer is
 * parsed and stored as one unit, all or nothing (one feed's failure never
 * touches another's rows): a savepoint of the batch transaction,
 * committed every few hundred feeds or every second.  When the last
 * transfer of the cycle is done, the new entries are matched and
 * threaded oldest first (match_turn; in `run`, in turns the loop answers
 * signals between), the notifier shows what the
 * store says is new and the digests of the days the cycle touched are
 * regenerated.  `run` then sleeps on one timer until the next deadline;
 * `once` returns.  A SIGHUP loads the new configuration at once (a bad one
 * is refused) and applies it between cycles.
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/timerfd.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib-unix.h>

#include "config.h"
#include "daemon.h"
#include "digest.h"
#include "fetch.h"
#include "caps.h"
#include "log.h"
#include "match.h"
#include "notifier.h"
#include "parse.h"
#include "schedule.h"
#include "sdnotify.h"
#include "store.h"
#include "thread.h"

struct daemon {
	const struct sw_run_opts *opts;
	struct sw_config *cfg;
	struct store *store;
	struct fetcher *fetcher;
	struct schedule *sched;
	struct notifier *notifier;
	struct sw_threader *threader; /* recent matches; rebuilt from the store when stale */
	gboolean threader_stale;      /* its matches unread, undone, or a reload: rebuild */
	guint threader_read;          /* the stored matches it was built from */
	guint threader_added;         /* and the matches added to it since */
	guint rebuild_min;            /* SW_THREADER_REBUILD_MIN (or tests' own) */
	GPtrArray *rebuild_rows;      /* (nullable) stored matches the threader is yet to read */
	guint rebuild_next;           /* the next of them */
	guint rebuild_source;         /* reads them a turn at a time while the feeds come */
	gboolean observe_pending;     /* the stored entries no topic matched: not yet read */
	guint64 hash_key[2];          /* the store's key of the body digest */
	struct sw_config *next_cfg;   /* loaded by SIGHUP during a cycle, applied after it */
	gint64 digest_from;           /* the digests from this time's day on are rewritten */
	GMainLoop *loop;
	char *digest_dir;
	guint timer; /* next cycle (GLib timer: tests, or no timerfd) */
	int tfd;     /* next cycle: a wall-clock timerfd (made at the first wait), or -1 */
	gboolean use_tfd;
	guint tfd_source; /* its watch */
	gboolean tfd_armed;
	gint64 next_wait; /* seconds the timer was armed for */
	guint watchdog;
	guint batch_timer;      /* commits the open batch of feeds */
	GPtrArray *batch_feeds; /* names of the feeds stored in the open batch */
	GPtrArray *batch_urls;  /* and their urls, for the log when it is lost */
	GHashTable *refetch;    /* names of feeds whose stored results were lost */
	guint pending;          /* transfers of this cycle */
	guint launch_next;      /* next feed of cfg->feeds to look at */
	gboolean once;
	gboolean stopping;
	gboolean in_cycle;
	guint match_source;     /* the next turn of matching the cycle's entries */
	gint64 match_turn_us;   /* how long one may hold the loop */
	gboolean store_trouble; /* this cycle: a write of the store failed */
	gboolean offline;       /* the last unreachable feed met no default route */
	int trouble_cycles;     /* cycles in a row with store_trouble */
	gint64 pause_until;     /* no cycle before (epoch): the store keeps failing */
	gint64 wake_check;      /* seconds: a GLib timer looks at the clock this often */
	gboolean timer_checks;  /* the timer is one of those looks, not the deadline */
	gboolean digest_failed; /* a day file could not be written (for once's exit) */
};

struct job {
	struct daemon *d;
	char *name;
	char *config_url;
	gint64 interval;
	guint rank; /* the feed's place in cfg->feeds */
};

static void cycle_start(struct daemon *d);
static guint launch_more(struct daemon *d);
static void batch_commit(struct daemon *d);
static void cycle_done(struct daemon *d);
static void apply_reload(struct daemon *d);
static void warn_if_idle(const struct sw_config *c);

/* Wall-clock now; SW_NOW (epoch seconds) injects a clock for tests. */
static gint64
now_wall(void)
{
	const char *fake = getenv("SW_NOW");

	if (fake && *fake)
		return g_ascii_strtoll(fake, NULL, 10);
	return g_get_real_time() / G_USEC_PER_SEC;
}

static void
job_free(struct job *j)
{
	g_free(j->name);
	g_free(j->config_url);
	g_free(j);
}

/* Give stored match r to t again, with its thread. */
static void
threader_reread(struct sw_threader *t, const struct sw_match_row *r)
{
	struct sw_entry e = { 0 };
	struct sw_verdict v = { 0 };
	const char *all = r->terms ? r->terms : "";
	/* story memory's term (match_followup, match_copy: "story:HEADLINE=N"
	 * or "copy:UID") comes last and whole, commas and all */
	const char *lifted = match_lifted_term(all);
	char *own = g_strndup(all, lifted ? (gsize)(lifted - all) : strlen(all));
	/* the match's terms, stored joined by ", ": their groups */
	char **tv = g_strsplit(own, ", ", -1);
	GPtrArray *terms = g_ptr_array_new();
	guint k;

	for (k = 0; tv[k]; k++)
		if (*tv[k])
			g_ptr_array_add(terms, tv[k]);
	if (lifted)
		g_ptr_array_add(terms, (char *)lifted);

	e.uid = r->uid;
	e.id = r->uid;
	e.title = r->title;
	e.link = r->link;
	e.summary = r->summary;
	e.lang = r->lang;
	e.published = r->published;
	e.updated = SW_DATE_NONE;
	thread_add_terms(t, r->topic, &e, r->feed_name, r->thread_key, terms, &v);
	g_ptr_array_free(terms, TRUE);
	g_strfreev(tv);
	g_free(own);
	/* such a match (sw_match.lifted when it was made) lifts no other */
	if (lifted)
		thread_note_lifted(t, r->topic, r->uid);
	thread_verdict_clear(&v);
}

/* Read the new threader's stored matches (threader_build) for at most
 * turn_us microseconds, one at least, each row freed once read.  Returns
 * TRUE while some are left. */
static gboolean
threader_build_turn(struct daemon *d, gint64 turn_us)
{
	GPtrArray *rows = d->rebuild_rows;
	gint64 start = g_get_monotonic_time();

	if (!rows)
		return FALSE;
	while (d->rebuild_next < rows->len) {
		struct sw_match_row *r = rows->pdata[d->rebuild_next];

		threader_reread(d->threader, r);
		store_match_row_free(r);
		rows->pdata[d->rebuild_next++] = NULL;
		if (g_get_monotonic_time() - start >= turn_us)
			break;
	}
	if (d->rebuild_next < rows->len)
		return TRUE;
	log_debug("threads: %u stored matches read", rows->len);
	/* or STATUS= says "reading" until the cycle's end, through the
	 * polling of slow feeds and the matching that follow */
	sdnotify_status("%u stored matches read into the threads; polling and matching the "
	                "feeds' new entries",
	                rows->len);
	d->threader_read = rows->len;
	d->threader_added = 0;
	g_ptr_array_free(rows, TRUE); /* the rows read are NULL */
	d->rebuild_rows = NULL;
	return FALSE;
}

/* A turn of building the threader while the loop has nothing else to do:
 * the cycle's transfers come first.  Once they are done, the cycle's
 * matching takes the turns over (on_match_turn). */
static gboolean
on_rebuild_turn(gpointer data)
{
	struct daemon *d = data;

	if (threader_build_turn(d, d->match_turn_us))
		return G_SOURCE_CONTINUE;
	d->rebuild_source = 0;
	return G_SOURCE_REMOVE;
}

/* A stop (or the end): the stored matches not read yet are dropped, and
 * the threader, built from part of them, is stale: a next cycle would
 * build it again. */
static void
threader_build_drop(struct daemon *d)
{
	if (d->rebuild_source) {
		g_source_remove(d->rebuild_source);
		d->rebuild_source = 0;
	}
	if (d->rebuild_rows) {
		log_debug("threads: stopped reading the stored matches after %u of %u",
		          d->rebuild_next, d->rebuild_rows->len);
		g_ptr_array_free(d->rebuild_rows, TRUE);
		d->rebuild_rows = NULL;
		d->threader_stale = TRUE;
	}
}

/* A new threader for the stored matches of the window, so that this
 * cycle's entries can join yesterday's threads.  It reads them a turn at
 * a time (threader_build_turn): each costs about what threading it did
 * (bench/match), and 10,000 of them read at once held the loop for
 * seconds, with no answer to a stop, the watchdog or a transfer.  The
 * turns run while the cycle's feeds come in (nothing reads the threader
 * before the matching, which waits for the last turn), and the rows are
 * read here, all at once, so that the threader is never built from part
 * of them.  When they cannot be read the threader starts empty and stays
 * stale: they are read again next cycle, or the months of threads are
 * forgotten until a restart. */
static void
threader_build(struct daemon *d, gint64 now)
{
	int days = (int)(d->cfg->thread_window / 86400);
	GPtrArray *rows = store_matches_recent(d->store, now - d->cfg->thread_window);

	threader_build_drop(d);
	thread_free(d->threader);
	d->threader = thread_new(days);
	d->threader_stale = rows == NULL;
	if (!rows) {
		log_warnx("threads: the stored matches could not be read (%s); they are read "
		          "again at the next cycle",
		          store_last_error(d->store));
		return;
	}
	d->rebuild_rows = rows;
	d->rebuild_next = 0;
	log_debug("threads: reading %u stored matches", rows->len);
	/* what a start of months of matches spends its first seconds on */
	sdnotify_status("reading the %u stored matches of the threads", rows->len);
	d->rebuild_source = g_idle_add(on_rebuild_turn, d);
}

static char *
terms_join(GPtrArray *terms)
{
	GString *s = g_string_new(NULL);
	guint i;

	for (i = 0; terms && i < terms->len; i++) {
		if (i)
			g_string_append(s, ", ");
		g_string_append(s, terms->pdata[i]);
	}
	return g_string_free(s, FALSE);
}

struct observe_ctx {
	struct sw_threader *t;
	const char *topic;
};

static void
observe_one(const struct sw_entry *e, void *userdata)
{
	struct observe_ctx *c = userdata;

	/* the time it was matched (store_unmatched_each) */
	thread_observe_at(c->t, c->topic, e, e->published);
}

/* Show a new threader the stored entries of the window that each topic
 * did not match (thread_observe), the newest SW_MAX_OBSERVED of those
 * not waiting in the queue: story memory then knows the names the whole
 * stream uses after a restart too.  Not only those stored before the
 * queue's first entry: after a stop between turns of matching, the
 * entries the first turns matched to no topic are above it, and a
 * restarted threader that did not count them lifted an entry by a name
 * they use (heldout10, stopped after 5 pages of 16).  Read when the
 * first new entry comes, so that a cycle with nothing new reads
 * nothing. */
static void
observe_stored(struct daemon *d, gint64 now)
{
	guint i;

	for (i = 0; i < d->cfg->topics->len; i++) {
		struct observe_ctx c = { d->threader,
			                 match_profile_name(d->cfg->topics->pdata[i]) };

		store_unmatched_each(d->store, c.topic, now - d->cfg->thread_window, G_MAXINT64,
		                     SW_MAX_OBSERVED, observe_one, &c);
	}
}

/* Match and thread one new stored entry.  Returns -1 on a store error. */
static int
process_entry(struct daemon *d, const struct sw_entry *e, gint64 entry_id, const char *feed_name,
              gboolean silent, gint64 now)
{
	guint i;

	for (i = 0; i < d->cfg->topics->len; i++) {
		const struct sw_profile *p = d->cfg->topics->pdata[i];
		const char *topic = match_profile_name(p);
		struct sw_match m = { 0 };
		struct sw_verdict v = { 0 };
		gint64 thread_id, dup_of = 0;
		char *terms, *explain;
		int rc;

		match_entry(p, e, &m);
		/* story memory: a follow-up of a story matched before */
		if (match_followup_wanted(p, &m)) {
			struct sw_affinity a;

			if (thread_affinity_terms(d->threader, topic, e, m.terms, &a))
				match_followup(p, e, a.shared, a.headline, &m);
			thread_affinity_clear(&a);
		}
		/* ... and a copy of an entry matched before */
		if (match_copy_wanted(p, &m)) {
			char *why, *orig = thread_copy_of(d->threader, topic, e, &why);

			match_copy(p, e, orig, why, &m);
			g_free(orig);
			g_free(why);
		}
		if (!m.match) {
			thread_observe(d->threader, topic, e);
			match_clear(&m);
			continue;
		}
		thread_add_terms(d->threader, topic, e, feed_name, NULL, m.terms, &v);
		d->threader_added++;
		if (m.lifted)
			thread_note_lifted(d->threader, topic, e->uid);
		thread_id = store_thread_ensure(d->store, topic, v.thread,
		                                e->title ? e->title : e->uid, entry_id, now);
		/* the entry showed earlier threads to be one story with its
		 * own: relabel their stored matches, as `test` prints them */
		for (guint j = 0; thread_id && v.merged && j < v.merged->len; j++)
			if (store_thread_merge(d->store, topic, v.merged->pdata[j], thread_id) < 0)
				thread_id = 0;
		if (thread_id == 0) {
			thread_verdict_clear(&v);
			match_clear(&m);
			return -1;
		}
		if (v.dup_of)
			dup_of = store_entry_find(d->store, v.dup_of);
		terms = terms_join(m.terms);
		explain = g_strdup_printf("%s\n%s", m.explain ? m.explain : "", v.why ? v.why : "");
		rc = store_match_add(d->store, entry_id, topic, m.score, terms, explain, thread_id,
		                     thread_kind_name(v.kind), dup_of, silent);
		g_free(terms);
		g_free(explain);
		thread_verdict_clear(&v);
		match_clear(&m);
		if (rc < 0)
			return -1;
	}
	return 0;
}

static char *
body_hash(struct daemon *d, const struct sw_fetch_result *r)
{
	/* a SHA-1 or unkeyed digest stored by an earlier version differs:
	 * read once more */
	return fetch_body_hash(r->body, r->len, d->hash_key);
}

/* A date more than SW_MAX_AHEAD_S ahead of the clock is a wrong year or
 * zone, not news from the future: it becomes unknown (the entry's first
 * sight stands for it), or it would move the threader's clock years
 * ahead (every thread would look quiet) and sort the entry after all
 * others.  TRUE when e had such a date. */
static gboolean
undate_ahead(struct sw_entry *e, gint64 now)
{
	gboolean ahead = FALSE;

	if (e->published != SW_DATE_NONE && e->published > now + SW_MAX_AHEAD_S) {
		e->published = SW_DATE_NONE;
		ahead = TRUE;
	}
	if (e->updated != SW_DATE_NONE && e->updated > now + SW_MAX_AHEAD_S) {
		e->updated = SW_DATE_NONE;
		ahead = TRUE;
	}
	return ahead;
}

/* Parse r's body and store what is new, inside the caller's transaction.
 * Returns 0, -1 when a store call failed, -2 when the body did not parse
 * (nothing touched). */
static int
ingest(struct daemon *d, struct sw_feed_state *st, const struct sw_fetch_result *r, guint rank,
       struct sw_feed **feed_out, gint64 now)
{
	GError *err = NULL;
	struct sw_feed *feed;
	gboolean first = st->first_fetch == 0;
	int added = 0;
	guint i;

	feed = parse_feed(r->body, r->len, r->content_type,
	                  r->effective_url ? r->effective_url : st->url, &err);
	if (!feed) {
		/* reported when it starts or changes, as polled_schedule()
		 * reports the other failures, not at every poll of a feed
		 * that stays a web page */
		if (g_strcmp0(st->last_error, err->message))
			log_warnx("%s: %s", st->url, err->message);
		g_free(st->last_error);
		st->last_error = g_strdup(err->message);
		g_error_free(err);
		return -2;
	}
	if (feed->warning)
		log_info("%s: %s", st->url, feed->warning);
	if (feed->title && (!st->title || strcmp(st->title, feed->title))) {
		g_free(st->title);
		st->title = g_strdup(feed->title);
	}
	for (i = 0; i < feed->entries->len; i++) {
		struct sw_entry *e = feed->entries->pdata[i];
		gint64 id = 0;
		gboolean silent, ahead = undate_ahead(e, now);
		int rc = store_entry_add(d->store, st->id, e, now, &id);

		if (rc < 0)
			goto fail;
		if (rc == 0)
			continue;
		if (ahead)
			log_warnx("%s: entry %s is dated more than a day ahead of the clock: taken "
			          "as undated",
			          st->url, e->uid);
		added++;
		/* first sight: old entries, and undated ones (their age is
		 * unknown), are stored without alert or digest */
		silent = first &&
		         (e->published == SW_DATE_NONE || e->published < now - d->cfg->backfill);
		/* matched and threaded once the cycle's feeds are all in
		 * (match_turn) */
		if (store_unthreaded_add(d->store, id, e->published, rank, silent) < 0)
			goto fail;
	}
	/* first sight is over once its entries are stored (a rollback
	 * leaves the feed at first sight) */
	if (first)
		st->first_fetch = now;
	log_debug("%s: %u entries, %d new", st->url, feed->entries->len, added);
	*feed_out = feed;
	return 0;
fail:
	parse_feed_free(feed);
	return -1;
}

/* Move the deadline of every other feed of f's held host:port past the
 * hold, inside the caller's transaction. */
static void
hold_host_feeds(struct daemon *d, const struct sw_feed_state *f, gint64 now)
{
	GPtrArray *feeds = store_feed_list(d->store);
	guint i;

	for (i = 0; i < feeds->len; i++) {
		struct sw_feed_state *o = feeds->pdata[i];

		if (o->id == f->id || !schedule_apply_hold(d->sched, o, now))
			continue;
		if (store_feed_save(d->store, o) < 0)
			log_warnx("feed %s: could not save its deadline", o->name);
	}
	g_ptr_array_free(feeds, TRUE);
}

/* The feeds of a cycle are stored in batches: each feed's writes are a
 * savepoint of one transaction (a feed's failure still undoes its own
 * writes only), committed every SW_BATCH_FEEDS feeds, SW_BATCH_MS after
 * it began, and when the cycle ends or the daemon stops.  A crash loses
 * at most the open batch, whole: entries together with the validators
 * and body hash of their feed, so the next poll fetches them again.
 * A batch lost while running (SQLite rolled it back, or its commit
 * failed) is logged feed by feed, and its feeds are fetched again at
 * the next cycle whatever their deadline (a new feed's first deadline
 * may have been lost with it). */
#define BATCH_LOG_MAX 10 /* feeds named in the log of a lost batch */

/* Whether the store lost a batch since last asked: if so, the feeds
 * stored in it are logged and fetched again.  The threader stays: it
 * sees a cycle's entries only after the last batch (match_turn).
 * Called after the store calls of a feed, before the feed joins the
 * batch list. */
static void
batch_settle(struct daemon *d)
{
	const char *why;
	guint i, n = d->batch_feeds->len;

	if (!store_batch_take_lost(d->store))
		return;
	d->store_trouble = TRUE;
	why = store_last_error(d->store);
	if (n == 0)
		log_warnx("a batch of writes was lost: %s", why);
	for (i = 0; i < n; i++) {
		g_hash_table_add(d->refetch, g_strdup(d->batch_feeds->pdata[i]));
		if (i < BATCH_LOG_MAX)
			log_warnx("%s: the results of this poll were lost (%s); it is fetched "
			          "again",
			          (const char *)d->batch_urls->pdata[i], why);
	}
	if (n > BATCH_LOG_MAX)
		log_warnx("... and %u more feeds whose results were lost (%s); they are fetched "
		          "again",
		          n - BATCH_LOG_MAX, why);
	g_ptr_array_set_size(d->batch_feeds, 0);
	g_ptr_array_set_size(d->batch_urls, 0);
}

static gboolean
on_batch_timer(gpointer data)
{
	struct daemon *d = data;

	d->batch_timer = 0;
	batch_commit(d);
	return G_SOURCE_REMOVE;
}

/* Without a batch (the store is locked), each feed is its own
 * transaction as before. */
static void
batch_open(struct daemon *d)
{
	if (store_batch_begin(d->store) < 0)
		return;
	if (!d->batch_timer)
		d->batch_timer = g_timeout_add(SW_BATCH_MS, on_batch_timer, d);
}

static void
batch_commit(struct daemon *d)
{
	if (d->batch_timer) {
		g_source_remove(d->batch_timer);
		d->batch_timer = 0;
	}
	if (store_batch_open(d->store) && store_batch_commit(d->store) < 0)
		log_warnx("the open batch could not be committed: %s", store_last_error(d->store));
	batch_settle(d);
	/* committed, or lost and logged */
	g_ptr_array_set_size(d->batch_feeds, 0);
	g_ptr_array_set_size(d->batch_urls, 0);
	/* the batch's bodies, parses and SQLite's work are freed between
	 * blocks that stay (the matcher's caches grow with the words seen):
	 * their pages go back now rather than add to the cycle's peak
	 * (10,000 feeds with topics: -0.5 MB; after every feed instead:
	 * no less, and 0.8 s more system time) */
#ifdef __GLIBC__
	malloc_trim(0);
#endif
}

/* One poll's result on its way into the store (on_fetched). */
struct polled {
	struct daemon *d;
	struct job *j;
	struct sw_fetch_result *r;
	struct sw_feed_state st; /* the feed's row, as it becomes */
	struct sw_feed *feed;    /* (nullable) the body, parsed */
	gboolean deferred;       /* the fetch was put off (r->error as given) */
	gint64 now;
};

/* A body fetched (a 200 or 203) into the open transaction: ingested
 * unless it is the body stored last.  A body that did not parse becomes
 * the poll's error, nothing of it kept.  -1 when the store failed: the
 * transaction is rolled back and the feed is fetched again. */
static int
polled_body(struct polled *p)
{
	struct daemon *d = p->d;
	struct sw_fetch_result *r = p->r;
	struct sw_feed_state *st = &p->st;
	char *hash = body_hash(d, r);
	gboolean same = st->body_hash && !strcmp(st->body_hash, hash);
	int rc = same ? 0 : ingest(d, st, r, p->j->rank, &p->feed, p->now);

	if (same) {
		g_free(hash);
		log_debug("%s: unchanged", st->url);
	} else if (rc == 0) {
		g_free(st->body_hash);
		st->body_hash = hash;
	} else if (rc == -1) {
		/* the state file failed, not the feed: no error and no
		 * backoff on the feed, nothing of this poll kept (as when
		 * its row cannot be saved), and it is fetched again */
		g_free(hash);
		store_rollback(d->store);
		log_warnx("%s: could not save the results of this poll", st->url);
		g_hash_table_add(d->refetch, g_strdup(st->name));
		d->store_trouble = TRUE;
		return -1;
	} else {
		/* the body did not parse: nothing was stored or
		 * threaded */
		g_free(hash);
		store_rollback(d->store);
		if (store_begin(d->store) < 0) {
			d->store_trouble = TRUE;
			return -1;
		}
		/* record the parse failure as this poll's error */
		g_free(r->error);
		r->error = g_strdup(st->last_error ? st->last_error : "unreadable feed");
	}
	return 0;
}

/* The feed's next poll, from this one's outcome (schedule_record, or
 * the offline retry when the machine has no network), its error logged
 * when it is news, and the hold of a host that asked to wait. */
static void
polled_schedule(struct polled *p)
{
	struct daemon *d = p->d;
	struct sw_fetch_result *r = p->r;
	struct sw_feed_state *st = &p->st;
	gboolean offline = FALSE;
	char *prev_error;

	/* schedule_record keeps the validators of a 200 or 304 that was
	 * read; a body that failed to parse is an error here, so
	 * its validators are not kept and the next poll fetches it again */
	prev_error = g_strdup(st->last_error);
	/* A feed this machine could not reach while it has no network at
	 * all (a laptop off its wifi) is not failing: with a backoff, a few
	 * hours offline would leave feeds waiting for hours once back. */
	if (r->unreachable && !fetch_have_route()) {
		offline = TRUE;
		if (!d->offline)
			log_warnx("no network (no default route): feeds that cannot be reached "
			          "are tried again every %d min, with no backoff",
			          SW_OFFLINE_RETRY / 60);
		d->offline = TRUE;
		schedule_record_offline(d->sched, st, p->now);
	} else {
		if (d->offline && fetch_have_route()) {
			log_info("network back");
			d->offline = FALSE;
		}
		schedule_record(d->sched, st, r, p->feed, p->j->interval, p->now);
	}
	/* a failure is reported when it starts or changes, not at every
	 * retry; schedule logs the gone and blocked transitions itself */
	if (offline)
		log_debug("%s: %s (offline)", st->url, r->error);
	else if (r->error && !p->deferred && g_strcmp0(prev_error, r->error) &&
	         g_strcmp0(st->state, "gone") && g_strcmp0(st->state, "blocked"))
		log_warnx("%s: %s", st->url, r->error);
	else if (r->error)
		log_debug("%s: %s (%d in a row)", st->url, r->error, st->errors);
	g_free(prev_error);
	/* a host that asked to wait: its other feeds wait too, persistently */
	if ((r->status == 429 || r->status == 503) &&
	    schedule_host_hold(d->sched, st->url, p->now) > p->now)
		hold_host_feeds(d, st, p->now);
}

/* The feed's row saved and the poll's transaction committed, into the
 * open batch, which is committed when it is due; when that fails, the
 * feed is fetched again. */
static void
polled_save(struct polled *p)
{
	struct daemon *d = p->d;
	struct sw_feed_state *st = &p->st;

	if (store_feed_save(d->store, st) < 0 || store_commit(d->store) < 0) {
		store_rollback(d->store);
		log_warnx("%s: could not save the results of this poll", st->url);
		g_hash_table_add(d->refetch, g_strdup(st->name));
		d->store_trouble = TRUE;
		batch_settle(d);
	} else {
		/* a batch lost before this unit began is not this unit's */
		batch_settle(d);
		if (store_batch_open(d->store)) {
			g_ptr_array_add(d->batch_feeds, g_strdup(st->name));
			g_ptr_array_add(d->batch_urls, g_strdup(st->url));
		}
	}
	if (store_batch_due(d->store, SW_BATCH_FEEDS, (gint64)SW_BATCH_MS * 1000))
		batch_commit(d);
}

/* A feed's fetch is done (fetch.c): its result into the store and its
 * next poll into the schedule, and the next due feed's turn. */
static void
on_fetched(struct sw_fetch_result *r, void *userdata)
{
	struct job *j = userdata;
	struct daemon *d = j->d;
	struct polled p = {
		.d = d,
		.j = j,
		.r = r,
		.now = now_wall(),
		.deferred = r->error && !strcmp(r->error, "deferred"),
	};
	gboolean aborted = r->error && !strcmp(r->error, "aborted");

	d->pending--;
	if (aborted)
		goto out;
	batch_open(d);
	if (store_feed_sync(d->store, j->name, j->config_url, &p.st) < 0 ||
	    store_begin(d->store) < 0) {
		d->store_trouble = TRUE;
		goto out;
	}
	if (r->body && !r->error && polled_body(&p) < 0) /* a 200 or 203 (fetch.c) */
		goto out;
	polled_schedule(&p);
	polled_save(&p);
out:
	batch_settle(d);
	parse_feed_free(p.feed);
	store_feed_state_clear(&p.st);
	fetch_result_free(r);
	job_free(j);
	/* a slot is free: the cycle goes on with the next due feeds */
	launch_more(d);
	if (d->pending == 0)
		cycle_done(d);
}

/* Whether the store holds matches first seen on the local day `day`. */
static gboolean
day_has_matches(struct daemon *d, const char *day)
{
	GPtrArray *rows;
	gint64 from, to;
	gboolean has;

	if (digest_day_bounds(day, &from, &to) < 0)
		return FALSE;
	rows = store_matches_seen_between(d->store, from, to);
	has = !rows || rows->len > 0; /* on a read error, let the digest say so */
	if (rows)
		g_ptr_array_free(rows, TRUE);
	return has;
}

/* date set to the local day "YYYY-MM-DD"; FALSE when it is not one. */
static gboolean
date_of_day(GDate *date, const char *day)
{
	unsigned y, m, dd;

	if (sscanf(day, "%u-%u-%u", &y, &m, &dd) != 3 ||
	    !g_date_valid_dmy((GDateDay)dd, (GDateMonth)m, (GDateYear)y))
		return FALSE;
	g_date_clear(date, 1);
	g_date_set_dmy(date, (GDateDay)dd, (GDateMonth)m, (GDateYear)y);
	return TRUE;
}

/* Rewrite the digest of every local day from the one holding `from` to
 * today, at most the last 8: a cycle that crossed midnight, or matches
 * stored by a cycle cut short, still reach their day's file; a cycle
 * across a suspend of more than a week still writes today's.  Prints
 * today's path for `once`. */
static void
write_digests(struct daemon *d, gint64 from, gint64 now)
{
	char *first = digest_day_of(MIN(from, now));
	char *today = digest_day_of(now);
	GDate date, last;
	int n;

	if (!date_of_day(&date, first) || !date_of_day(&last, today)) {
		g_free(first);
		g_free(today);
		return;
	}
	if (g_date_days_between(&date, &last) > 7) {
		date = last;
		g_date_subtract_days(&date, 7);
	}
	for (n = 0; n < 8; n++, g_date_add_days(&date, 1)) {
		GError *err = NULL;
		char name[16];
		char *path = NULL;
		gboolean is_today;

		g_snprintf(name, sizeof(name), "%04u-%02u-%02u", g_date_get_year(&date),
		           (unsigned)g_date_get_month(&date), g_date_get_day(&date));
		if (strcmp(name, today) > 0)
			break;
		is_today = strcmp(name, today) == 0;
		if (!is_today && !day_has_matches(d, name))
			continue; /* an earlier day without matches gets no file */
		if (digest_write_day(d->store, d->digest_dir, name, d->cfg->digest_html, &path,
		                     &err) < 0) {
			log_warnx("digest: %s", err->message); /* it names the day or the file */
			g_clear_error(&err);
			d->digest_failed = TRUE;
		} else if (is_today && d->once) {
			printf("digest: %s\n", path);
		}
		g_free(path);
	}
	g_free(first);
	g_free(today);
}

/* Match and thread the entries stored and not matched yet: this cycle's,
 * and any a stop or a failed write left.  Oldest first, whatever feed
 * they came in: a feed lists its newest entry first, and feeds finish in
 * any order, but a copy must attach to the earliest copy and a story's
 * follow-ups come after it (as `test --threads` takes them).  A page of
 * the queue at a time, until it is empty or the turn has taken `turn_us`
 * microseconds: one transaction, the matches with the end of their
 * entries' wait (a commit per page wrote the same pages again and again:
 * a cold cycle of 1,000 feeds took 0.4 s more).  When it cannot be
 * written, all of the turn's entries are matched at the next cycle, by a
 * threader rebuilt from the store.  Entries left by an earlier cycle have
 * their matches on the day they were first seen: that day's digest is
 * written again too.  Returns TRUE when entries are left for another
 * turn. */
static gboolean
match_turn(struct daemon *d, gint64 now, gint64 turn_us)
{
	gint64 seen_from = G_MAXINT64, start = g_get_monotonic_time();
	GPtrArray *page = NULL;
	guint matched = 0;
	gboolean more = FALSE;
	int rc = 0;

	g_assert(d->rebuild_rows == NULL); /* the threader is whole */
	if (!d->threader || !store_unthreaded_waiting(d->store))
		return FALSE;
	/* the stored entries no topic matched, but for those queued, are
	 * shown to the threader first */
	if (d->observe_pending) {
		observe_stored(d, now);
		d->observe_pending = FALSE;
	}
	if (store_begin(d->store) < 0)
		rc = -1;
	while (rc == 0 && !more) {
		guint i;

		page = store_unthreaded_page(d->store, SW_MATCH_PAGE, SW_MATCH_PAGE_BYTES);
		if (!page || page->len == 0)
			break;
		for (i = 0; rc == 0 && i < page->len; i++) {
			const struct sw_unthreaded *u = page->pdata[i];

			rc = process_entry(d, u->e, u->entry_id, u->feed_name, u->silent, now);
			seen_from = MIN(seen_from, u->first_seen);
		}
		/* the page is the queue's head: it leaves whole */
		if (rc == 0)
			rc = store_unthreaded_done(d->store, page->pdata[page->len - 1]);
		matched += page->len;
		more = g_get_monotonic_time() - start >= turn_us;
		g_ptr_array_free(page, TRUE);
		page = NULL;
	}
	if (page)
		g_ptr_array_free(page, TRUE);
	else if (rc == 0 && !more)
		rc = -1; /* the page could not be read */
	if (rc < 0 || store_commit(d->store) < 0) {
		store_rollback(d->store);
		log_warnx("the new entries could not be matched (%s); they are matched at the "
		          "next cycle",
		          store_last_error(d->store));
		d->threader_stale = TRUE;
		d->store_trouble = TRUE;
		return FALSE;
	}
	if (seen_from < G_MAXINT64)
		d->digest_from = MIN(d->digest_from ? d->digest_from : now, seen_from);
	if (more)
		log_debug("matched %u entries; more are queued", matched);
	return more;
}

/* The text of the entries no topic matched is only read for their lead
 * (the threader's word counts) once they are matched: after
 * keep_unmatched_text the rest goes, a page a cycle.  Full articles
 * are most of a store (256 KB of content at most an entry). */
static void
trim_unmatched(struct daemon *d, gint64 now)
{
	int n;

	if (d->cfg->keep_unmatched_text <= 0 || d->store_trouble)
		return;
	n = store_trim_unmatched(d->store, now - d->cfg->keep_unmatched_text, SW_TRIM_PAGE);
	if (n < 0) {
		log_warnx("the text of old unmatched entries could not be dropped (%s); tried "
		          "again at the next cycle",
		          store_last_error(d->store));
		d->store_trouble = TRUE;
	} else if (n > 0) {
		log_debug("keep_unmatched_text: the text of %d unmatched entries dropped", n);
	}
}

/* After the matching: popups, digests, and the text of old unmatched
 * entries dropped. */
static void
cycle_deliver(struct daemon *d, gint64 now)
{
	/* the pending alerts could not be read or marked as shown: they stay
	 * pending for the next cycle, and the state file is in trouble */
	if (notifier_deliver(d->notifier, d->store, d->cfg, now) < 0) {
		log_warnx("notifications: the state file failed (%s); the alerts are kept for "
		          "the next cycle",
		          store_last_error(d->store));
		d->store_trouble = TRUE;
	}
	write_digests(d, d->digest_from ? d->digest_from : now, now);
	d->digest_from = 0;
	trim_unmatched(d, now);
}

/* After the transfers of `once`: matches, popups, digests. */
static void
cycle_finish(struct daemon *d, gint64 now)
{
	batch_commit(d);
	(void)threader_build_turn(d, G_MAXINT64); /* what the transfers left */
	(void)match_turn(d, now, G_MAXINT64);     /* all in one turn */
	cycle_deliver(d, now);
}

/* Transfers handed to the fetcher at once: the feeds of a cycle are
 * looked at and queued as slots free up, so that a cycle over thousands
 * of feeds holds a few hundred jobs, not thousands. */
#define LAUNCH_WINDOW(d) ((guint)(d)->cfg->max_concurrent * 16)

/* Queue the transfers of the next due feeds while the window has room;
 * returns how many started. */
static guint
launch_more(struct daemon *d)
{
	gint64 now = now_wall();
	guint started = 0;

	/* new feeds' rows and staggered deadlines join the batch */
	if (d->launch_next < d->cfg->feeds->len && !d->stopping)
		batch_open(d);
	while (d->launch_next < d->cfg->feeds->len && !d->stopping &&
	       fetch_pending(d->fetcher) < LAUNCH_WINDOW(d)) {
		const struct sw_feed_conf *fc = d->cfg->feeds->pdata[d->launch_next++];
		gint64 interval = fc->interval ? fc->interval : d->cfg->interval;
		struct sw_feed_state st = { 0 };
		struct sw_fetch_request req = { 0 };
		struct job *j;
		gboolean again;

		if (store_feed_sync(d->store, fc->name, fc->url, &st) < 0) {
			log_warnx("feed %s: the store cannot record it", fc->name);
			d->store_trouble = TRUE;
			continue;
		}
		/* its last results were lost: due now, whatever the store says */
		again = g_hash_table_remove(d->refetch, fc->name);
		if (again)
			st.next_due = MIN(st.next_due, now);
		else if (!d->once && st.next_due == 0 && st.first_fetch == 0) {
			schedule_stagger(d->sched, &st, interval, now);
			if (store_feed_save(d->store, &st) < 0)
				log_warnx("feed %s: could not save its schedule", fc->name);
		}
		if (!d->opts->force && !schedule_is_due(d->sched, &st, now)) {
			store_feed_state_clear(&st);
			continue;
		}
		j = g_new0(struct job, 1);
		j->d = d;
		j->name = g_strdup(fc->name);
		j->config_url = g_strdup(fc->url);
		j->interval = interval;
		j->rank = d->launch_next - 1;
		req.url = st.url;
		req.etag = st.etag;
		req.last_modified = st.last_modified;
		d->pending++;
		started++;
		fetch_start(d->fetcher, &req, on_fetched, j);
		store_feed_state_clear(&st);
	}
	batch_settle(d);
	return started;
}

/* Start a cycle over every configured feed; returns how many started. */
static guint
cycle_launch(struct daemon *d, gint64 now)
{
	/* kept across cycles: loading months of matches each cycle would
	 * cost more than the cycle.  But it forgets nothing, and a daemon
	 * that runs for months would hold every match since its start: once
	 * it has been given more matches than it was built from (and
	 * SW_THREADER_REBUILD_MIN, rebuild_min), it is built again from those of the
	 * window, as at a start.  It then holds at most about twice the
	 * window's matches, and the cost of a rebuild is spread over as many
	 * matches as it reads. */
	if (!d->threader || d->threader_stale ||
	    d->threader_added > MAX(d->threader_read, d->rebuild_min)) {
		threader_build(d, now);
		d->observe_pending = TRUE;
	}
	d->store_trouble = FALSE;
	d->launch_next = 0;
	return launch_more(d);
}

struct next_due {
	struct daemon *d;
	GHashTable *configured; /* names of the configured feeds not seen yet */
	gint64 now, next;
};

static void
next_due_of(const struct sw_feed_state *f, void *userdata)
{
	struct next_due *n = userdata;
	gint64 due;

	if (!g_hash_table_remove(n->configured, f->name))
		return;
	/* the deadline, or its host's Retry-After hold if later */
	due = schedule_due_at(n->d->sched, f, n->now);
	if (due < n->next)
		n->next = due;
}

/* After this many cycles in a row whose store writes failed (the first
 * is retried at once: a batch lost to a passing error), the next cycle
 * waits STORE_RETRY_S, doubled each time, up to the poll interval. */
#define STORE_RETRY_S 30

/* Without a timerfd, the longest sleep without a look at the wall clock
 * (see arm_timer_for).  SW_WAKE_CHECK (seconds) makes the daemon use such
 * looks, that often, even with a timerfd: tests change the clock or the
 * stored deadlines behind its back. */
#define WAKE_CHECK_S 300

static gint64
store_retry_wait(int cycles, gint64 interval)
{
	gint64 w = STORE_RETRY_S;

	for (int i = 2; i < cycles && w < interval; i++)
		w *= 2;
	return MIN(w, MAX(interval, (gint64)STORE_RETRY_S));
}

/* Seconds until the earliest deadline of any configured feed (at least 1).
 * The stored feeds are read one at a time (store_feed_each): all at
 * once, twice after every cycle of `run`, they set its peak RSS (10,000
 * feeds: +3.9 MB over `once`). */
static gint64
seconds_to_next(struct daemon *d, gint64 now)
{
	struct next_due n = { d, g_hash_table_new(g_str_hash, g_str_equal), now, G_MAXINT64 };
	gint64 next;
	guint i;

	for (i = 0; i < d->cfg->feeds->len; i++) {
		const struct sw_feed_conf *fc = d->cfg->feeds->pdata[i];

		g_hash_table_add(n.configured, fc->name);
	}
	/* on a read error the feeds not seen count as without a row: due */
	(void)store_feed_each(d->store, next_due_of, &n);
	next = n.next;
	/* a feed without a row (added by a reload) gets it, and its
	 * staggered first deadline, from a cycle now: the others' next
	 * deadline could be an interval away, or 24 h with none */
	if (g_hash_table_size(n.configured) > 0)
		next = MIN(next, now);
	g_hash_table_destroy(n.configured);
	if (g_hash_table_size(d->refetch) > 0)
		next = MIN(next, now); /* feeds whose results were lost */
	if (next == G_MAXINT64)
		return SW_INTERVAL_MAX;
	next -= now;
	/* a store that keeps failing (a full disk, a read-only or locked
	 * file) leaves the due feeds due and the lost ones to fetch again:
	 * without a pause every such feed was fetched once a second */
	if (d->pause_until > now) {
		gint64 pause = store_retry_wait(d->trouble_cycles, d->cfg->interval);

		/* longer than it was set for: set by a wall clock since
		 * stepped back, it runs from now (it ran that much longer) */
		if (d->pause_until > now + pause)
			d->pause_until = now + pause;
		next = MAX(next, d->pause_until - now);
	}
	return CLAMP(next, 1, SW_INTERVAL_MAX);
}

static void
count_failing(const struct sw_feed_state *f, void *userdata)
{
	if (f->errors > 0)
		(*(guint *)userdata)++;
}

static void
report_status(struct daemon *d)
{
	guint failing = 0;

	(void)store_feed_each(d->store, count_failing, &failing);
	sdnotify_status("%u feeds, %u backing off, next poll in %" G_GINT64_FORMAT " s%s",
	                d->cfg->feeds->len, failing, d->next_wait,
	                d->offline ? "; offline (no default route)" : "");
}

static void arm_timer_for(struct daemon *d, gint64 wait);
static void arm_timer(struct daemon *d, gint64 now);

static gboolean
on_timer(gpointer data)
{
	struct daemon *d = data;

	d->timer = 0;
	if (d->timer_checks) {
		/* a look at the wall clock: due now (the machine slept, or
		 * the clock was set forward), or sleep on */
		gint64 wait = seconds_to_next(d, now_wall());

		if (wait > 1) {
			arm_timer_for(d, wait);
			return G_SOURCE_REMOVE;
		}
	}
	cycle_start(d);
	return G_SOURCE_REMOVE;
}

/* The timerfd reached its wall-clock deadline. */
static gboolean
on_tfd(gint fd, GIOCondition cond, gpointer data)
{
	struct daemon *d = data;
	guint64 expirations;

	(void)cond;
	if (read(fd, &expirations, sizeof expirations) < 0) {
		/* the wall clock was set: the deadlines are looked at again
		 * (set back a day, the timer would fire a day late) */
		if (errno == ECANCELED && d->tfd_armed && !d->in_cycle)
			arm_timer(d, now_wall());
		else if (errno != EAGAIN && errno != ECANCELED)
			log_warn("timerfd");
		return G_SOURCE_CONTINUE; /* EAGAIN: re-armed meanwhile */
	}
	if (!d->tfd_armed)
		return G_SOURCE_CONTINUE;
	d->tfd_armed = FALSE;
	cycle_start(d);
	return G_SOURCE_CONTINUE;
}

static void
disarm_timers(struct daemon *d)
{
	if (d->timer) {
		g_source_remove(d->timer);
		d->timer = 0;
	}
	if (d->tfd >= 0 && d->tfd_armed) {
		struct itimerspec off = { { 0, 0 }, { 0, 0 } };

		timerfd_settime(d->tfd, 0, &off, NULL);
		d->tfd_armed = FALSE;
	}
}

/* The deadlines are wall-clock times, and GLib's timers run on the
 * monotonic clock, which stands still while the machine is suspended.  So
 * the wait is a timerfd on CLOCK_REALTIME with an absolute deadline: the
 * kernel fires it when the wall clock gets there, after a suspend or a
 * clock set forward as well, and there is no wake-up before; a clock set
 * back cancels it, and the deadlines are looked at again.  Without a
 * timerfd (or with SW_WAKE_CHECK, for tests) a GLib timer cuts a long
 * wait into looks at the wall clock every wake_check seconds. */
static void
arm_timer_for(struct daemon *d, gint64 wait)
{
	gint64 arm = MIN(wait, d->wake_check);

	disarm_timers(d);
	d->next_wait = wait;
	log_debug("next cycle in %" G_GINT64_FORMAT " s", wait);
	if (d->use_tfd && d->tfd < 0) {
		d->tfd = timerfd_create(CLOCK_REALTIME, TFD_NONBLOCK | TFD_CLOEXEC);
		if (d->tfd < 0) {
			log_warn("timerfd_create; the wall clock is looked at every %d s",
			         WAKE_CHECK_S);
			d->use_tfd = FALSE;
		} else {
			d->tfd_source = g_unix_fd_add(d->tfd, G_IO_IN, on_tfd, d);
		}
	}
	if (d->tfd >= 0) {
		struct itimerspec at = { { 0, 0 }, { 0, 0 } };

		at.it_value.tv_sec = (time_t)(g_get_real_time() / G_USEC_PER_SEC + wait);
		if (timerfd_settime(d->tfd, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET, &at,
		                    NULL) == 0) {
			d->tfd_armed = TRUE;
			return;
		}
		log_warn("timerfd_settime");
	}
	d->timer = g_timeout_add_seconds((guint)arm, on_timer, d);
	d->timer_checks = arm < wait;
}

static void
arm_timer(struct daemon *d, gint64 now)
{
	arm_timer_for(d, seconds_to_next(d, now));
}

/* The cycle's entries are matched (or left for the next one): show,
 * write and sleep until the next deadline. */
static void
cycle_end(struct daemon *d)
{
	gint64 now = now_wall();

	d->in_cycle = FALSE;
	cycle_deliver(d, now);
	if (d->store_trouble) {
		if (++d->trouble_cycles == 2)
			log_warnx("the state file keeps failing; polls pause %d s, then longer",
			          STORE_RETRY_S);
		if (d->trouble_cycles > 1)
			d->pause_until =
			        now + store_retry_wait(d->trouble_cycles, d->cfg->interval);
	} else {
		d->trouble_cycles = 0;
		d->pause_until = 0;
	}
	if (d->next_cfg)
		apply_reload(d);
	else
		arm_timer(d, now);
	report_status(d);
	/* the cycle's bodies and parses are freed: give their pages back for
	 * the hours of sleep (10,000 feeds: idle RSS 29.0 -> 24.9 MB without
	 * topics, 32.6 -> 28.6 MB with) */
#ifdef __GLIBC__
	malloc_trim(0);
#endif
}

/* One turn of matching the cycle's entries (match_turn).  Between turns
 * the loop answers a stop, a reload or the watchdog: a cold cycle of
 * 10,000 feeds has 200,000 entries to match, ~6 s.  A stop leaves the
 * rest queued for the next start.  The cycle lasts until the last turn
 * (in_cycle): a reload must not swap the topics being matched. */
static gboolean
on_match_turn(gpointer data)
{
	struct daemon *d = data;

	/* the threader's stored matches first, a turn at a time as well */
	if (d->rebuild_rows) {
		(void)threader_build_turn(d, d->match_turn_us);
		return G_SOURCE_CONTINUE;
	}
	if (match_turn(d, now_wall(), d->match_turn_us))
		return G_SOURCE_CONTINUE;
	d->match_source = 0;
	cycle_end(d);
	return G_SOURCE_REMOVE;
}

/* The last transfer of a cycle is done (or none started).  `once` leaves
 * the loop (cycle_finish follows); `run` matches the cycle's entries a
 * turn at a time. */
static gboolean
on_cycle_done(gpointer data)
{
	struct daemon *d = data;

	if (d->once || d->stopping) {
		d->in_cycle = FALSE;
		g_main_loop_quit(d->loop);
		return G_SOURCE_REMOVE;
	}
	batch_commit(d);
	/* the threader's turns go on there: two idle sources are dispatched
	 * in one iteration of the loop, two turns with nothing between */
	if (d->rebuild_source) {
		g_source_remove(d->rebuild_source);
		d->rebuild_source = 0;
	}
	d->match_source = g_idle_add(on_match_turn, d);
	return G_SOURCE_REMOVE;
}

static void
cycle_done(struct daemon *d)
{
	g_idle_add(on_cycle_done, d);
}

static void
cycle_start(struct daemon *d)
{
	d->in_cycle = TRUE;
	if (!d->digest_from)
		d->digest_from = now_wall();
	if (cycle_launch(d, now_wall()) == 0)
		cycle_done(d);
}

static gboolean
on_stop(gpointer data)
{
	struct daemon *d = data;

	log_info("stopping");
	/* (the turns may be the threader's, with nothing queued) */
	if (d->match_source && store_unthreaded_first(d->store) != 0)
		log_info("the entries not matched yet are matched at the next start");
	threader_build_drop(d);
	d->stopping = TRUE;
	sdnotify_send("STOPPING=1");
	disarm_timers(d);
	fetch_abort_all(d->fetcher);
	if (d->pending == 0)
		g_main_loop_quit(d->loop);
	return G_SOURCE_CONTINUE;
}

static gboolean
not_in(gpointer key, gpointer value, gpointer names)
{
	(void)value;
	return !g_hash_table_contains(names, key);
}

/* Swap in the configuration loaded by the last SIGHUP.  Only between
 * cycles: the running cycle walks the feed list of the old one. */
static void
apply_reload(struct daemon *d)
{
	struct sw_config *c = d->next_cfg;
	GError *err = NULL;

	d->next_cfg = NULL;
	if (strcmp(c->notify, d->cfg->notify)) {
		struct notifier *n = notifier_new(c->notify, &err);

		if (!n) {
			log_errorx("reload: notify = %s: %s; keeping the running configuration",
			           c->notify, err->message);
			g_error_free(err);
			config_free(c);
			if (!d->stopping)
				arm_timer(d, now_wall()); /* a deferring cycle armed none */
			return;
		}
		notifier_free(d->notifier);
		d->notifier = n;
	}
	config_free(d->cfg);
	d->cfg = c;
	fetch_set_limits(d->fetcher, c->max_concurrent, c->max_per_host);
	/* a feed to fetch again that the new config dropped is no longer
	 * looked at: left in refetch, it made every wait 1 s, for good */
	if (g_hash_table_size(d->refetch) > 0) {
		GHashTable *names = g_hash_table_new(g_str_hash, g_str_equal);

		for (guint i = 0; i < c->feeds->len; i++)
			g_hash_table_add(names, ((struct sw_feed_conf *)c->feeds->pdata[i])->name);
		g_hash_table_foreach_remove(d->refetch, not_in, names);
		g_hash_table_destroy(names);
	}
	d->threader_stale = TRUE; /* topics or the window may have changed */
	log_set_configured(log_level_parse(c->log_level));
	log_info("configuration reloaded: %u feeds, %u topics", c->feeds->len, c->topics->len);
	if (!d->stopping)
		arm_timer(d, now_wall());
}

static gboolean
on_reload(gpointer data)
{
	struct daemon *d = data;
	GError *err = NULL;
	struct sw_config *c;
	char msg[64];

	/* the clock stamp lets a Type=notify-reload unit match the reload
	 * to its signal (sd_notify(3)); a Type=notify one ignores it */
	g_snprintf(msg, sizeof(msg), "RELOADING=1\nMONOTONIC_USEC=%" G_GINT64_FORMAT,
	           g_get_monotonic_time());
	sdnotify_send(msg);
	c = config_load(d->opts->config_path, &err);
	if (!c) {
		log_errorx("reload: %s; keeping the running configuration", err->message);
		g_error_free(err);
		sdnotify_send("READY=1");
		return G_SOURCE_CONTINUE;
	}
	warn_if_idle(c);
	config_free(d->next_cfg);
	d->next_cfg = c;
	if (d->in_cycle)
		log_info("configuration loaded; it applies when the running cycle ends");
	else
		apply_reload(d);
	sdnotify_send("READY=1");
	return G_SOURCE_CONTINUE;
}

static gboolean
on_watchdog(gpointer data)
{
	(void)data;
	sdnotify_send("WATCHDOG=1");
	return G_SOURCE_CONTINUE;
}

/* A configuration that cannot find or match anything is valid, but a
 * daemon that runs on it says so: a new user's `once` or service without
 * its file ran "0 feeds, 0 topics" without a word of where the file goes. */
static void
warn_if_idle(const struct sw_config *c)
{
	const char *path = c->path ? c->path : "the configuration";

	if (c->path && !g_file_test(c->path, G_FILE_TEST_EXISTS))
		log_warnx("%s: no such file: no feeds to poll and no topics to match "
		          "(storywatch.conf(5) says what to write there)",
		          path);
	else if (c->feeds->len == 0)
		log_warnx("%s: no [feed] groups: nothing to poll", path);
	else if (c->topics->len == 0)
		log_warnx("%s: no [topic] groups: nothing can match", path);
}

/* Open everything in dependency order. */
static int
daemon_setup(struct daemon *d, const struct sw_run_opts *o)
{
	GError *err = NULL;
	char *db;
	char *ua;

	d->opts = o;
	d->tfd = -1;
	d->batch_feeds = g_ptr_array_new_with_free_func(g_free);
	d->batch_urls = g_ptr_array_new_with_free_func(g_free);
	d->refetch = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	d->cfg = config_load(o->config_path, &err);
	if (!d->cfg) {
		log_errorx("%s", err->message);
		g_error_free(err);
		return -1;
	}
	log_set_configured(log_level_parse(d->cfg->log_level));
	warn_if_idle(d->cfg);
	/* compiling the topics freed more than it kept (~2 MB of the default
	 * topic's work, between the blocks that stay): give those pages back
	 * before the cycle's libraries and data add theirs to the peak */
#ifdef __GLIBC__
	malloc_trim(0);
#endif
	db = config_state_db();
	d->store = store_open(db, &err);
	g_free(db);
	if (!d->store) {
		log_errorx("%s", err->message);
		g_error_free(err);
		return -1;
	}
	store_body_hash_key(d->store, d->hash_key);
	d->notifier = notifier_new(d->cfg->notify, &err);
	if (!d->notifier) {
		log_warnx("notify = %s: %s", d->cfg->notify, err->message);
		g_error_free(err);
		return -1;
	}
	ua = g_strdup_printf("%s/%s (+%s)", PACKAGE_NAME, PACKAGE_VERSION, PACKAGE_URL);
	d->fetcher = fetch_new(d->cfg->max_concurrent, d->cfg->max_per_host, ua);
	g_free(ua);
	d->sched = schedule_new((guint32)g_random_int());
	d->wake_check = WAKE_CHECK_S;
	d->use_tfd = TRUE;
	if (getenv("SW_WAKE_CHECK")) {
		gint64 v = g_ascii_strtoll(getenv("SW_WAKE_CHECK"), NULL, 10);

		if (v > 0 && v <= WAKE_CHECK_S)
			d->wake_check = v; /* tests */
		d->use_tfd = FALSE;
	}
	d->match_turn_us = SW_MATCH_TURN_MS * G_GINT64_CONSTANT(1000);
	if (getenv("SW_MATCH_TURN_MS")) {
		gint64 v = g_ascii_strtoll(getenv("SW_MATCH_TURN_MS"), NULL, 10);

		if (v >= 0 && v <= SW_MATCH_TURN_MS)
			d->match_turn_us = v * 1000; /* tests: 0 is a page a turn */
	}
	d->rebuild_min = SW_THREADER_REBUILD_MIN;
	if (getenv("SW_THREADER_REBUILD_MIN")) {
		gint64 v = g_ascii_strtoll(getenv("SW_THREADER_REBUILD_MIN"), NULL, 10);

		if (v > 0 && v <= SW_THREADER_REBUILD_MIN)
			d->rebuild_min = (guint)v; /* tests */
	}
	d->digest_dir = config_digest_dir();
	d->loop = g_main_loop_new(NULL, FALSE);
	return 0;
}

/* Tear down in exact reverse. */
static void
daemon_teardown(struct daemon *d)
{
	if (d->match_source)
		g_source_remove(d->match_source);
	threader_build_drop(d);
	if (d->store)
		batch_commit(d);
	if (d->tfd_source)
		g_source_remove(d->tfd_source);
	if (d->tfd >= 0)
		close(d->tfd);
	if (d->loop)
		g_main_loop_unref(d->loop);
	g_free(d->digest_dir);
	thread_free(d->threader);
	config_free(d->next_cfg);
	schedule_free(d->sched);
	fetch_free(d->fetcher);
	notifier_free(d->notifier);
	store_free(d->store);
	config_free(d->cfg);
	if (d->batch_feeds)
		g_ptr_array_free(d->batch_feeds, TRUE);
	if (d->batch_urls)
		g_ptr_array_free(d->batch_urls, TRUE);
	if (d->refetch)
		g_hash_table_destroy(d->refetch);
}

/* The alert lines of notify = stdout go to a pipe that its reader may
 * close: the write fails (the notifier logs it once) instead of killing
 * the poller mid-cycle with the state and the digest unwritten.  SIG_IGN,
 * not a handler: nothing runs in signal context. */
static void
ignore_sigpipe(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = SIG_IGN;
	sigemptyset(&sa.sa_mask);
	(void)sigaction(SIGPIPE, &sa, NULL);
}

int
daemon_once(const struct sw_run_opts *o)
{
	struct daemon d = { 0 };
	int rc = 0;

	ignore_sigpipe();
	parse_init();
	if (daemon_setup(&d, o) < 0) {
		daemon_teardown(&d);
		parse_teardown();
		return 1;
	}
	d.once = TRUE;
	cycle_start(&d);
	g_main_loop_run(d.loop);
	/* a bad feed is recorded on that feed: the run itself still worked;
	 * a digest or state that could not be written (logged) did not */
	cycle_finish(&d, now_wall());
	daemon_teardown(&d);
	parse_teardown();
	if (d.digest_failed || d.store_trouble)
		rc = 1;
	return rc;
}

/* One `run` per state file (a second one, from an autostart entry beside
 * the unit, polled every feed twice): an flock on state.db.lock, held
 * until exit.  Returns its fd, or -1 (logged). */
static int
run_lock(void)
{
	char *db = config_state_db();
	char *dir = g_path_get_dirname(db);
	char *path = g_strconcat(db, ".lock", NULL);
	int fd = -1;

	if (g_mkdir_with_parents(dir, 0700) < 0) {
		log_errorx("%s: cannot create: %s", dir, g_strerror(errno));
		goto out;
	}
	fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	if (fd < 0) {
		log_errorx("%s: %s", path, g_strerror(errno));
		goto out;
	}
	if (flock(fd, LOCK_EX | LOCK_NB) < 0) {
		if (errno == EWOULDBLOCK)
			log_errorx("%s: another 'storywatch run' uses this state file", db);
		else
			log_errorx("%s: %s", path, g_strerror(errno));
		close(fd);
		fd = -1;
	}
out:
	g_free(path);
	g_free(dir);
	g_free(db);
	return fd;
}

int
daemon_run(const struct sw_run_opts *o)
{
	struct daemon d = { 0 };
	guint sig_term, sig_int, sig_hup;
	sigset_t sigs;
	guint64 wd;
	int lock;

	/* Setting up (the topics, the threader's stored matches) takes a
	 * while, and a SIGHUP then (a reload right after a start) would
	 * kill the daemon: these signals wait, blocked, until the main loop
	 * has handlers for them.  One blocked by whoever started us is let
	 * through too. */
	sigemptyset(&sigs);
	sigaddset(&sigs, SIGHUP);
	sigaddset(&sigs, SIGTERM);
	sigaddset(&sigs, SIGINT);
	sigprocmask(SIG_BLOCK, &sigs, NULL);
	lock = run_lock();
	if (lock < 0)
		return 1;
	ignore_sigpipe();
	parse_init();
	if (daemon_setup(&d, o) < 0) {
		daemon_teardown(&d);
		parse_teardown();
		close(lock);
		return 1;
	}
	sig_term = g_unix_signal_add(SIGTERM, on_stop, &d);
	sig_int = g_unix_signal_add(SIGINT, on_stop, &d);
	sig_hup = g_unix_signal_add(SIGHUP, on_reload, &d);
	sigprocmask(SIG_UNBLOCK, &sigs, NULL);
	wd = sdnotify_watchdog_usec();
	if (wd)
		d.watchdog = g_timeout_add((guint)MAX(wd / 2000, 1), on_watchdog, &d);
	/* a previous run may have stopped before writing yesterday's file */
	d.digest_from = now_wall() - 86400;
	log_info("started: %u feeds, %u topics", d.cfg->feeds->len, d.cfg->topics->len);
	sdnotify_send("READY=1");
	cycle_start(&d);
	g_main_loop_run(d.loop);

	g_source_remove(sig_term);
	g_source_remove(sig_int);
	g_source_remove(sig_hup);
	if (d.watchdog)
		g_source_remove(d.watchdog);
	if (d.timer)
		g_source_remove(d.timer);
	daemon_teardown(&d);
	parse_teardown();
	close(lock);
	log_info("stopped");
	return 0;
}
