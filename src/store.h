/*
 * store.h - the SQLite state file: schema, migrations, every SQL statement.
 *
 * The store is the single source of truth: digests, the matches feed and
 * `storywatch status` are views of it.  store_open() creates or migrates
 * the file (WAL, PRAGMA user_version); store_free() closes it.  Callers
 * group the writes of one feed in store_begin()/store_commit().  Strings
 * coming out are GLib copies owned by the caller's structs.
 */
#ifndef SW_STORE_H
#define SW_STORE_H

#include <glib.h>
#include "parse.h"

struct store;

struct sw_feed_state {
	gint64 id;
	char *name;          /* [feed NAME] */
	char *config_url;    /* the url the config gave */
	char *url;           /* the url polled (after permanent redirects) */
	char *title;         /* (nullable) */
	char *etag;          /* (nullable) verbatim */
	char *last_modified; /* (nullable) verbatim */
	char *body_hash;     /* (nullable) fetch_body_hash() of the last body parsed, keyed */
	char *state;         /* "new", "ok", "error", "gone", "blocked" */
	char *last_error;    /* (nullable) */
	char *moved_to;      /* (nullable) permanent redirect target seen */
	int moved_count;     /* consecutive fetches that saw moved_to */
	int errors;          /* consecutive failures */
	gint64 first_fetch;  /* when its entries were first stored; 0 = first sight to come */
	gint64 last_fetch;
	gint64 last_success;
	gint64 next_due; /* epoch seconds; 0 = due now */
	gint64 interval; /* seconds last used (adaptive), 0 = config's */
	/* the hints of the last document parsed (schedule.c), kept for the
	 * 304s and unchanged bodies after it, across restarts */
	gint64 hint_ttl;  /* seconds: ttl or sy:updatePeriod; 0 = none */
	guint skip_hours; /* skipHours: bit h = hour h, UTC */
	guint skip_days;  /* skipDays: bit d = day d, Sunday 0 */
};

/* A stored match with what the notifier and the digest show of it. */
struct sw_match_row {
	gint64 match_id, entry_id, thread_id;
	char *topic;
	char *kind;       /* "new", "followup", "duplicate" */
	char *thread_key; /* uid of the thread's first entry */
	char *thread_headline;
	gboolean thread_muted;
	gint64 thread_notify_id; /* desktop notification id, 0 = none */
	char *uid, *title, *link, *summary, *lang;
	char *feed_name, *feed_title;
	char *terms;      /* "a, b, c" */
	char *explain;    /* (nullable) store_matches_of_entry()'s alone */
	char *dup_of_uid; /* (nullable) */
	double score;
	gint64 published; /* SW_DATE_NONE when unknown */
	gint64 first_seen;
	gint64 notified_at; /* 0 = not yet */
	gboolean silent;    /* stored without alert and without digest (first sight) */
};

struct store *store_open(const char *path, GError **err) G_GNUC_WARN_UNUSED_RESULT;
void store_free(struct store *s);

/* The key of fetch_body_hash() for this store: random, made once with
 * the store, kept in it (a digest is only compared with one of the same
 * store). */
void store_body_hash_key(struct store *s, guint64 key[2]);

/* One unit of writes (one feed's), all or nothing.  Outside a batch it is
 * a transaction of its own; inside one, a savepoint: store_commit()
 * releases it into the batch, store_rollback() undoes it alone. */
int store_begin(struct store *s) G_GNUC_WARN_UNUSED_RESULT;
int store_commit(struct store *s) G_GNUC_WARN_UNUSED_RESULT;
void store_rollback(struct store *s);

/* A batch: one transaction around many units (and any other writes), so
 * a cycle writes its pages to the WAL a few times instead of once per
 * feed.  Its transaction (and the write lock) begins at its first write,
 * not at store_batch_begin(); store_batch_begin() returns -1, and units
 * are transactions of their own, for SW_BATCH_RETRY_MS after that
 * transaction could not begin.  Nothing of it is durable before
 * store_batch_commit(): a crash loses the open batch whole (every feed's
 * entries together with its validators, so the next poll fetches them
 * again), never part of a unit.  store_batch_due() says whether
 * max_units were released into it or it is max_age_us old.
 * store_batch_commit() returns -1 when the batch could not be committed
 * (it is rolled back); store_free() commits an open batch.
 *
 * A batch can also be lost before its commit: on a full disk, an I/O
 * error, no memory or a corrupt page SQLite rolls back the whole
 * transaction, with the units already released into it.  The batch goes
 * on in a new transaction from the next write; store_batch_take_lost()
 * says (once) that a batch was lost, by SQLite or by a failed
 * store_batch_commit(), since it was last asked: the caller must take
 * the units of the batch it had as not stored.  store_last_error() is
 * SQLite's message of the last failed statement (the reason). */
int store_batch_begin(struct store *s) G_GNUC_WARN_UNUSED_RESULT;
gboolean store_batch_open(struct store *s);
gboolean store_batch_due(struct store *s, guint max_units, gint64 max_age_us);
int store_batch_commit(struct store *s) G_GNUC_WARN_UNUSED_RESULT;
gboolean store_batch_take_lost(struct store *s);
const char *store_last_error(struct store *s);

/* Find or create the row of feed `name`; a changed config url starts the
 * feed over (polled url, validators, errors, schedule, first sight).
 * Fills *out (free with store_feed_state_clear). */
int store_feed_sync(struct store *s, const char *name, const char *config_url,
                    struct sw_feed_state *out) G_GNUC_WARN_UNUSED_RESULT;
int store_feed_save(struct store *s, const struct sw_feed_state *f) G_GNUC_WARN_UNUSED_RESULT;
void store_feed_state_clear(struct sw_feed_state *f);
/* (transfer full) every feed, struct sw_feed_state *, by name. */
GPtrArray *store_feed_list(struct store *s);
/* fn for every feed, by name, with a state valid during the call only:
 * one feed in memory at a time (store_feed_list() of 10,000 feeds holds
 * ~4 MB).  fn must not call the store.  Returns 0, or -1 (logged) when
 * the feeds could not be read, all or from some row on. */
typedef void (*store_feed_fn)(const struct sw_feed_state *f, void *userdata);
int store_feed_each(struct store *s, store_feed_fn fn, void *userdata);

/* Insert e of feed_id unless its uid is known.  Returns 1 and sets
 * *entry_id when new, 0 when already stored, -1 on error. */
int store_entry_add(struct store *s, gint64 feed_id, const struct sw_entry *e, gint64 now,
                    gint64 *entry_id) G_GNUC_WARN_UNUSED_RESULT;
/* (transfer full, nullable) the entry with row id entry_id, NULL when there
 * is none; feed_name (nullable) receives (transfer full) its feed's name. */
struct sw_entry *store_entry_get(struct store *s, gint64 entry_id, char **feed_name);
/* The entries stored and not yet matched and threaded.  The daemon
 * matches the entries of a cycle once all its feeds are stored, in
 * publication order (undated ones last, in the order stored), so that
 * a copy attaches to the earliest copy and a story's entries arrive in
 * the order they were written, whatever feed came first; the ones a
 * stop or a failed write left are matched by the next cycle. */
struct sw_unthreaded {
	struct sw_entry *e; /* (owned) */
	char *feed_name;    /* (owned) */
	gint64 entry_id;
	gint64 at;         /* published, or G_MAXINT64 when undated */
	guint rank;        /* its feed's place in the configuration */
	gint64 first_seen; /* the entry's: the day of its digest */
	gboolean silent;
};
/* Note entry_id (published: its date or SW_DATE_NONE) as not yet matched;
 * rank: its feed's place in the configuration (entries published at the
 * same time are matched in that order, then in the order stored, as
 * `test` takes the files named); silent: its match is to be stored
 * without alert and digest. */
int store_unthreaded_add(struct store *s, gint64 entry_id, gint64 published, guint rank,
                         gboolean silent) G_GNUC_WARN_UNUSED_RESULT;
/* (transfer full, nullable) the first limit of them, struct sw_unthreaded *,
 * oldest first (then by rank, then as stored), fewer when their text
 * reaches max_bytes (at least one); NULL when they cannot be read. */
GPtrArray *store_unthreaded_page(struct store *s, guint limit, gsize max_bytes);
/* u and the entries before it, in the order store_unthreaded_page() gives
 * them, are matched: no longer noted. */
int store_unthreaded_done(struct store *s, const struct sw_unthreaded *u) G_GNUC_WARN_UNUSED_RESULT;
/* The lowest row id among them, 0 when there are none: a search of all
 * of them (they are ordered by time), where store_unthreaded_waiting()
 * looks at one. */
gint64 store_unthreaded_first(struct store *s);
/* Whether any entry is among them (FALSE on a read error too). */
gboolean store_unthreaded_waiting(struct store *s);
/* Whether entry_id is among them (FALSE on a read error too). */
gboolean store_unthreaded_has(struct store *s, gint64 entry_id);
void store_unthreaded_free(gpointer u);
/* The row id of the first entry stored with uid (in any feed); 0 when
 * there is none. */
gint64 store_entry_find(struct store *s, const char *uid);
/* The same for the first entry whose link is link, escaped or not (%XX
 * decoded on both sides: the Markdown digest escapes a link's bytes past
 * ASCII), and in *n (nullable) how many entries have it.  No index: for
 * commands. */
gint64 store_entry_find_link(struct store *s, const char *link, gint64 *n);
/* How many entries (of all feeds) have uid. */
gint64 store_entry_uid_count(struct store *s, const char *uid);
gint64 store_entry_count(struct store *s);
/* fn for the newest limit entries stored with a row id below before,
 * first seen at or after since, not waiting to be matched (the queue of
 * store_unthreaded_add), that topic did not match, newest first,
 * with their title, lead (the summary, else the first
 * SW_THREAD_LEAD_BYTES characters of the content: no less than the
 * threader reads), language and time (published, else first seen: the
 * order they were matched in) only, valid during the call.  fn must not call the
 * store. */
typedef void (*store_entry_fn)(const struct sw_entry *e, void *userdata);
void store_unmatched_each(struct store *s, const char *topic, gint64 since, gint64 before,
                          gint64 limit, store_entry_fn fn, void *userdata);
/* Drop the text of the entries no topic matched, first seen before
 * `before`, but for their lead: summary becomes the lead that
 * store_unmatched_each() reads (so the threader reads the same), content
 * NULL; title, link and dates stay, and the row, so that their feed
 * does not deliver them again.  At most limit entries a call, oldest
 * first, on from where the last call got to (nothing when that is less
 * than an hour before `before`); nothing while entries wait in the
 * queue.  Returns how many were trimmed, or -1 on a store error. */
int store_trim_unmatched(struct store *s, gint64 before, gint64 limit);

/* The row id of thread (topic, key), created with headline when new;
 * 0 on an error (logged). */
gint64 store_thread_ensure(struct store *s, const char *topic, const char *key,
                           const char *headline, gint64 first_entry, gint64 now);
/* Thread (topic, from_key) is one story with thread into_id (the
 * threader merged them, struct sw_verdict merged): its matches move to
 * into_id, which stays muted if either was, and its row goes.  -1 on an
 * error (logged). */
int store_thread_merge(struct store *s, const char *topic, const char *from_key,
                       gint64 into_id) G_GNUC_WARN_UNUSED_RESULT;
int store_thread_set_notify_id(struct store *s, gint64 thread_id,
                               gint64 nid) G_GNUC_WARN_UNUSED_RESULT;
int store_thread_set_muted(struct store *s, gint64 thread_id,
                           gboolean muted) G_GNUC_WARN_UNUSED_RESULT;

/* Record a match.  silent: stored without alert and without digest. */
int store_match_add(struct store *s, gint64 entry_id, const char *topic, double score,
                    const char *terms, const char *explain, gint64 thread_id, const char *kind,
                    gint64 dup_of_entry, gboolean silent) G_GNUC_WARN_UNUSED_RESULT;
/* Mark before showing: a crash loses a popup, never repeats one.  Returns
 * 1 when marked, 0 when it was marked already (by another process since
 * it was read: that one shows it), -1 on an error. */
int store_match_mark_notified(struct store *s, gint64 match_id,
                              gint64 now) G_GNUC_WARN_UNUSED_RESULT;

/* (transfer full) struct sw_match_row * arrays, freed with the array;
 * (nullable) NULL, logged, when the store cannot be read, so that a view
 * (or the threader) is never built from part of the rows. */
GPtrArray *store_matches_pending(struct store *s); /* not notified, not silent */
GPtrArray *store_matches_seen_between(struct store *s, gint64 from,
                                      gint64 to); /* for a digest day */
/* ... since a time, oldest first, for a new threader: a row's summary is
 * the entry's lead as the threader reads it (the summary, else the first
 * SW_THREAD_LEAD_BYTES characters of the content) */
GPtrArray *store_matches_recent(struct store *s, gint64 since);
/* ... of one entry (one a topic), with their explanations */
GPtrArray *store_matches_of_entry(struct store *s, gint64 entry_id);
/* ... of one thread, in the order they came (published, else first seen) */
GPtrArray *store_matches_of_thread(struct store *s, gint64 thread_id);
/* The reports of thread_id that digests list (not silent, not copies)
 * first seen before `before`: how many, into *n, and the first one's
 * first_seen, into *since.  Returns 0, or -1 when the store cannot be
 * read. */
int store_thread_earlier(struct store *s, gint64 thread_id, gint64 before, gint64 *since,
                         gint64 *n);
GPtrArray *store_matches_all(struct store *s, int limit); /* newest first */
void store_match_row_free(struct sw_match_row *r);

/* A thread as `threads` lists it. */
struct sw_thread_row {
	gint64 thread_id;
	gint64 first_entry; /* row id of its first report */
	char *topic, *key, *headline;
	gboolean muted;
	gint64 reports, outlets;  /* reports of every kind, feeds they came from */
	gint64 first_at, last_at; /* published, else first seen, of the first and last */
};
/* (transfer full) The threads with a report at (published, else first
 * seen) since or later, the latest first; NULL on an error (logged). */
GPtrArray *store_threads_since(struct store *s, gint64 since);

#endif
