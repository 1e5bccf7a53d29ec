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

struct schedule *schedule_new(guint32 seed);
void schedule_free(struct schedule *s);

/* Is f due at now (its deadline passed, its host not holding off)? */
gboolean schedule_is_due(struct schedule *s, const struct sw_feed_state *f, gint64 now);

/* A feed never polled: spread first polls over one interval.  Sets
 * f->next_due when it is 0. */
void schedule_stagger(struct schedule *s, struct sw_feed_state *f, gint64 interval,
                      gint64 now);

/* Record the result r of polling f (and the parsed feed, nullable): sets
 * f->state, errors, last_error, last_fetch, last_success, next_due. */
void schedule_record(struct schedule *s, struct sw_feed_state *f,
                     const struct sw_fetch_result *r, const struct sw_feed *feed,
                     gint64 interval, gint64 now);

/* Seconds of backoff after n consecutive errors with this interval. */
gint64 schedule_backoff(int n, gint64 interval);

#endif
