/*
 * schedule.h - when each feed is due.
 *
 * Turns the outcome of a fetch into the feed's next deadline and state:
 * the interval with +0-20 % jitter, exponential backoff after errors
 * (capped, never giving up), Retry-After scoped to host:port, Cache-Control
 * and the feed's own ttl/sy:/skipHours hints.  All times are wall-clock
 * epoch seconds stored in the feed row, so a restart polls nothing early;
 * the caller arms monotonic timers from them.  schedule_new()/_free().
 */
#ifndef SW_SCHEDULE_H
#define SW_SCHEDULE_H

#include <glib.h>
#include "fetch.h"
#include "parse.h"
#include "store.h"

struct schedule;

/* A 301/308 seen on this many consecutive successful fetches moves f->url
 * (done by schedule_record(), which logs it). */
#define SW_MOVE_CONFIRMATIONS 3

struct schedule *schedule_new(guint32 seed);
void schedule_free(struct schedule *s);

/* Is f due at now (its deadline passed, its host not holding off)? */
gboolean schedule_is_due(struct schedule *s, const struct sw_feed_state *f, gint64 now);

/* A feed never polled: spread first polls over one interval.  Sets
 * f->next_due when it is 0. */
void schedule_stagger(struct schedule *s, struct sw_feed_state *f, gint64 interval, gint64 now);

/* Record the result r of polling f (and the parsed feed, nullable): sets
 * f->state, errors, last_error, last_fetch, last_success, next_due,
 * interval, etag/last_modified (on 200 and 304), the feed's hints
 * (hint_ttl, skip_hours, skip_days: a parsed feed's, kept for the polls
 * that parse none), and url/moved_to/moved_count for permanent
 * redirects.  Gone feeds get next_due 0 (show "never").  An "aborted"
 * result changes nothing; a "deferred" one only moves next_due past its
 * host's hold (by an interval when the schedule knows no hold: the
 * fetcher's, monotonic, outlived its wall-clock one). */
void schedule_record(struct schedule *s, struct sw_feed_state *f, const struct sw_fetch_result *r,
                     const struct sw_feed *feed, gint64 interval, gint64 now);

/* Seconds of backoff after n consecutive errors with this interval:
 * interval * 2^(n-1), capped at SW_BACKOFF_MAX. */
gint64 schedule_backoff(int n, gint64 interval);

/* Record a poll that got a body but failed later (an unreadable feed): an
 * error with backoff, like schedule_record() with r->error set. */
void schedule_record_error(struct schedule *s, struct sw_feed_state *f, const char *reason,
                           gint64 interval, gint64 now);

/* Record a poll that could not reach its server while this machine had
 * no network (fetch_have_route() FALSE): no error counted and no backoff;
 * due again in SW_OFFLINE_RETRY (+ jitter). */
void schedule_record_offline(struct schedule *s, struct sw_feed_state *f, gint64 now);

/* The epoch second at which f becomes due (its deadline, or its host's
 * Retry-After hold if later; never before now); G_MAXINT64 for a gone
 * feed.  Arm the wake-up timer from the minimum over the feeds. */
gint64 schedule_due_at(struct schedule *s, const struct sw_feed_state *f, gint64 now);

/* Until when (epoch) url's host:port is held by a Retry-After; 0 = not. */
gint64 schedule_host_hold(struct schedule *s, const char *url, gint64 now);

/* If f's host:port is held past f->next_due, move next_due to the end of
 * the hold (+0-20 % of it) and return TRUE (the caller saves f).  Used on
 * the other feeds of a host that answered 429/503, so the wait survives a
 * restart.  schedule_record() does it itself for a "deferred" result. */
gboolean schedule_apply_hold(struct schedule *s, struct sw_feed_state *f, gint64 now);

/* Helpers, exported for the tests: the first moment at or after t outside
 * the skipHours/skipDays bit masks (UTC); the feed's mean gap between its
 * newest dated entries, or the silence since the newest if longer (0 when
 * fewer than 3 entries carry dates). */
gint64 schedule_skip(gint64 t, guint skip_hours, guint skip_days);
gint64 schedule_post_gap(const struct sw_feed *feed, gint64 now);

#endif
