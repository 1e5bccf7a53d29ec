/*
 * store.c - the SQLite state file; see store.h.
 *
 * Every SQL statement of the program is in this file.  Schema changes are
 * appended to migrations[]; PRAGMA user_version counts the ones applied.
 */
#include <errno.h>
#include <string.h>
#include <sqlite3.h>

#include "caps.h"
#include "log.h"
#include "store.h"

struct store {
	sqlite3 *db;
	char *path;
	GHashTable *stmts;      /* SQL text (a literal, by address) -> prepared statement */
	gboolean batch;         /* between store_batch_begin() and store_batch_commit() */
	gboolean batch_txn;     /* the batch's transaction is open (from its first write) */
	gboolean in_unit;       /* between store_begin() and store_commit()/store_rollback() */
	gboolean unit_in_batch; /* the unit is a savepoint of the batch's transaction */
	gboolean lost;          /* SQLite rolled a batch back: see store_batch_take_lost() */
	guint batch_units;      /* units released into the open batch */
	gint64 batch_since;     /* monotonic us when the batch's transaction began */
	gint64 batch_retry_at;  /* monotonic us: no batch before, its BEGIN failed */
	char *last_error;       /* SQLite's message of the last failed statement */
	guint64 hash_key[2];    /* meta body_hash_key */
};

static G_DEFINE_QUARK(storywatch_store_error, store_error)

        static const char *const migrations[] = {
	        /* 1: the first schema */
	        "CREATE TABLE feeds ("
	        "  id INTEGER PRIMARY KEY,"
	        "  name TEXT NOT NULL UNIQUE,"
	        "  config_url TEXT NOT NULL,"
	        "  url TEXT NOT NULL,"
	        "  title TEXT, etag TEXT, last_modified TEXT, body_hash TEXT,"
	        "  state TEXT NOT NULL DEFAULT 'new',"
	        "  last_error TEXT, moved_to TEXT, moved_count INTEGER NOT NULL DEFAULT 0,"
	        "  errors INTEGER NOT NULL DEFAULT 0,"
	        "  first_fetch INTEGER NOT NULL DEFAULT 0,"
	        "  last_fetch INTEGER NOT NULL DEFAULT 0,"
	        "  last_success INTEGER NOT NULL DEFAULT 0,"
	        "  next_due INTEGER NOT NULL DEFAULT 0,"
	        "  interval INTEGER NOT NULL DEFAULT 0);"
	        "CREATE TABLE entries ("
	        "  id INTEGER PRIMARY KEY,"
	        "  feed_id INTEGER NOT NULL REFERENCES feeds(id),"
	        "  uid TEXT NOT NULL,"
	        "  title TEXT, link TEXT, author TEXT, summary TEXT, content TEXT, lang TEXT,"
	        "  published INTEGER, updated INTEGER,"
	        "  first_seen INTEGER NOT NULL,"
	        "  UNIQUE(feed_id, uid));"
	        "CREATE INDEX entries_uid ON entries(uid);"
	        "CREATE TABLE threads ("
	        "  id INTEGER PRIMARY KEY,"
	        "  topic TEXT NOT NULL,"
	        "  key TEXT NOT NULL,"
	        "  headline TEXT,"
	        "  first_entry INTEGER REFERENCES entries(id),"
	        "  last_update INTEGER NOT NULL,"
	        "  muted INTEGER NOT NULL DEFAULT 0,"
	        "  notify_id INTEGER NOT NULL DEFAULT 0,"
	        "  UNIQUE(topic, key));"
	        "CREATE TABLE matches ("
	        "  id INTEGER PRIMARY KEY,"
	        "  entry_id INTEGER NOT NULL REFERENCES entries(id),"
	        "  topic TEXT NOT NULL,"
	        "  score REAL NOT NULL,"
	        "  terms TEXT, explanation TEXT,"
	        "  thread_id INTEGER REFERENCES threads(id),"
	        "  kind TEXT NOT NULL,"
	        "  dup_of INTEGER REFERENCES entries(id),"
	        "  silent INTEGER NOT NULL DEFAULT 0,"
	        "  notified_at INTEGER,"
	        "  UNIQUE(entry_id, topic));"
	        "CREATE INDEX matches_pending ON matches(notified_at, silent);",
	        /* 2: the per-cycle reads by time (the day of a digest, the
	         * threader's window) search entries, not every match */
	        "CREATE INDEX entries_first_seen ON entries(first_seen);"
	        "CREATE INDEX entries_when ON entries(coalesce(published, first_seen));",
	        /* 3: the threader's window searches matches by the time of their
	         * entry (copied into matches.at; entries never change), not an
	         * index over every entry: that index took inserts all over it
	         * (entries arrive in fetch order, not in time order), and at
	         * 10,000 feeds it no longer fit the page cache, so a cold cycle
	         * wrote 258 MB of WAL for a 67 MB store (70 MB without it) */
	        "ALTER TABLE matches ADD COLUMN at INTEGER;"
	        "UPDATE matches SET at = (SELECT coalesce(e.published, e.first_seen) "
	        "  FROM entries e WHERE e.id = matches.entry_id);"
	        "CREATE INDEX matches_at ON matches(at);"
	        "DROP INDEX entries_when;",
	        /* 4: the key of the body digest, random, made once per store:
	         * without one a publisher could make a changed body collide
	         * with the stored digest on purpose (fetch_body_hash) */
	        "CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);"
	        "INSERT INTO meta VALUES ('body_hash_key', lower(hex(randomblob(16))));",
	        /* 5: the entries stored and not yet matched and threaded: the
	         * daemon matches a cycle's entries once all its feeds are in,
	         * oldest first (at: the publication time, undated last; at the
	         * same time, by the feed's place in the configuration, not by
	         * which transfer finished first), and a stop or a failed write
	         * leaves the rest here for the next */
	        "CREATE TABLE unthreaded ("
	        "  at INTEGER NOT NULL,"
	        "  rank INTEGER NOT NULL,"
	        "  entry_id INTEGER NOT NULL REFERENCES entries(id),"
	        "  silent INTEGER NOT NULL,"
	        "  PRIMARY KEY (at, rank, entry_id)) WITHOUT ROWID;",
	        /* 6: a thread's matches (`storywatch thread`, the relabelling
	         * of a merge) without a scan of every match */
	        "CREATE INDEX matches_thread ON matches(thread_id);",
	        /* 7: matches.atom's newest matches by when their entry was
	         * first seen (copied into matches.seen; entries never change),
	         * read down an index of the matches not silent, not every
	         * match ever stored joined with its entry and sorted: 0.45 s
	         * at 40,000 matches, in each cycle that wrote a digest */
	        "ALTER TABLE matches ADD COLUMN seen INTEGER;"
	        "UPDATE matches SET seen = (SELECT e.first_seen FROM entries e "
	        "  WHERE e.id = matches.entry_id);"
	        "CREATE INDEX matches_seen ON matches(seen) WHERE silent = 0;",
	        /* 8: a feed's ttl, skipHours and skipDays, kept with its
	         * row: in memory alone they were lost at a restart, and the
	         * 304s after it (every run of `once`) polled past them */
	        "ALTER TABLE feeds ADD COLUMN hint_ttl INTEGER NOT NULL DEFAULT 0;"
	        "ALTER TABLE feeds ADD COLUMN skip_hours INTEGER NOT NULL DEFAULT 0;"
	        "ALTER TABLE feeds ADD COLUMN skip_days INTEGER NOT NULL DEFAULT 0;",
        };

static void
db_error(struct store *s, GError **err, const char *what)
{
	g_set_error(err, store_error_quark(), 1, "%s: %s: %s", s->path, what,
	            sqlite3_errmsg(s->db));
}

static void batch_check(struct store *s);

/* A statement failed with message msg: keep it (the reason of a lost
 * batch) and see whether SQLite rolled the batch back with it. */
static void
failed(struct store *s, const char *msg)
{
	g_free(s->last_error);
	s->last_error = g_strdup(msg ? msg : "error");
	batch_check(s);
}

static int
exec(struct store *s, const char *sql)
{
	char *msg = NULL;

	if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		log_warnx("%s: %s", s->path, msg ? msg : "error");
		failed(s, msg ? msg : sqlite3_errmsg(s->db));
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

/* The prepared statement of sql, made once per store and reset for each
 * use: every statement of this file is a literal, so its address names it.
 * (transfer none) Give it back with stmt_done(). */
static sqlite3_stmt *
prepare(struct store *s, const char *sql)
{
	sqlite3_stmt *st = g_hash_table_lookup(s->stmts, sql);

	if (st) {
		sqlite3_clear_bindings(st);
		return st;
	}
	if (sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, NULL) != SQLITE_OK) {
		log_warnx("%s: %s: %s", s->path, sqlite3_errmsg(s->db), sql);
		failed(s, sqlite3_errmsg(s->db)); /* the reason store_last_error() gives */
		return NULL;
	}
	g_hash_table_insert(s->stmts, (gpointer)sql, st);
	return st;
}

static void
stmt_free(gpointer st)
{
	sqlite3_finalize(st);
}

/* Done with a statement from prepare(): reset it, so it holds no read
 * transaction open and is ready for the next use.  A failed step is
 * noted (sqlite3_reset() returns its error and keeps its message). */
static void
stmt_done(struct store *s, sqlite3_stmt *st)
{
	if (sqlite3_reset(st) != SQLITE_OK)
		failed(s, sqlite3_errmsg(s->db));
}

/* SQLITE_STATIC, not a copy: every statement is bound, stepped and reset
 * in one function of this file while the caller's strings live, and
 * prepare() clears the bindings before the next use. */
static void
bind_text(sqlite3_stmt *st, int i, const char *v)
{
	if (v)
		sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, i);
}

static char *
col_text(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);

	return t ? g_strdup((const char *)t) : NULL;
}

static gint64
col_date(sqlite3_stmt *st, int i)
{
	if (sqlite3_column_type(st, i) == SQLITE_NULL)
		return SW_DATE_NONE;
	return sqlite3_column_int64(st, i);
}

static void
bind_date(sqlite3_stmt *st, int i, gint64 v)
{
	if (v == SW_DATE_NONE)
		sqlite3_bind_null(st, i);
	else
		sqlite3_bind_int64(st, i, v);
}

/* A row id, where 0 means none. */
static void
bind_id(sqlite3_stmt *st, int i, gint64 id)
{
	if (id)
		sqlite3_bind_int64(st, i, id);
	else
		sqlite3_bind_null(st, i);
}

/* PRAGMA user_version, or -1 when it cannot be read. */
static int
schema_version(struct store *s)
{
	sqlite3_stmt *st = prepare(s, "PRAGMA user_version");
	int version = -1;

	if (!st)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		version = sqlite3_column_int(st, 0);
	stmt_done(s, st);
	return version;
}

static int
migrate(struct store *s, GError **err)
{
	const int last = (int)G_N_ELEMENTS(migrations);
	int version = schema_version(s);

	for (;;) {
		char *v;
		int rc, now;

		if (version < 0) {
			db_error(s, err, "reading the schema version");
			return -1;
		}
		if (version > last) {
			g_set_error(err, store_error_quark(), 2,
			            "%s: schema version %d is newer than this storywatch (%d)",
			            s->path, version, last);
			return -1;
		}
		if (version == last)
			return 0;
		rc = exec(s, "BEGIN IMMEDIATE");
		/* another process opening the file may have migrated it since
		 * the version was read (two starting at once on a new file):
		 * read it again under the write lock */
		now = rc == 0 ? schema_version(s) : version;
		if (now != version) {
			exec(s, "ROLLBACK");
			version = now;
			continue;
		}
		v = g_strdup_printf("PRAGMA user_version = %d", version + 1);
		if (rc == 0)
			rc = exec(s, migrations[version]);
		if (rc == 0)
			rc = exec(s, v);
		if (rc == 0)
			rc = exec(s, "COMMIT");
		g_free(v);
		if (rc < 0) {
			exec(s, "ROLLBACK");
			g_set_error(err, store_error_quark(), 3, "%s: migration %d failed", s->path,
			            version + 1);
			return -1;
		}
		version++;
	}
}

/* The key of the body digest: 32 hex digits made by migration 4. */
static int
load_hash_key(struct store *s, GError **err)
{
	sqlite3_stmt *st = prepare(s, "SELECT value FROM meta WHERE name = 'body_hash_key'");
	const char *v;
	char hi[17];
	int ok = 0;

	if (!st) {
		db_error(s, err, "reading the body digest key");
		return -1;
	}
	if (sqlite3_step(st) == SQLITE_ROW && (v = (const char *)sqlite3_column_text(st, 0)) &&
	    strlen(v) == 32 && strspn(v, "0123456789abcdef") == 32) {
		memcpy(hi, v, 16);
		hi[16] = '\0';
		s->hash_key[0] = g_ascii_strtoull(hi, NULL, 16);
		s->hash_key[1] = g_ascii_strtoull(v + 16, NULL, 16);
		ok = 1;
	}
	stmt_done(s, st);
	if (!ok) {
		g_set_error(err, store_error_quark(), 5, "%s: no valid body digest key", s->path);
		return -1;
	}
	return 0;
}

void
store_body_hash_key(struct store *s, guint64 key[2])
{
	key[0] = s->hash_key[0];
	key[1] = s->hash_key[1];
}

struct store *
store_open(const char *path, GError **err)
{
	static gsize configured;
	struct store *s;
	char *dir;

	if (g_once_init_enter(&configured)) {
		/* no count of SQLite's memory: it takes a global mutex on
		 * every allocation and nothing here reads it (before the
		 * first sqlite3 call of the process, or it is refused) */
		sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
		g_once_init_leave(&configured, 1);
	}
	s = g_new0(struct store, 1);
	dir = g_path_get_dirname(path);

	s->path = g_strdup(path);
	s->stmts = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, stmt_free);
	if (g_mkdir_with_parents(dir, 0700) < 0) {
		g_set_error(err, store_error_quark(), 4, "%s: cannot create: %s", dir,
		            g_strerror(errno));
		g_free(dir);
		store_free(s);
		return NULL;
	}
	g_free(dir);
	if (sqlite3_open_v2(path, &s->db,
	                    SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
	                    NULL) != SQLITE_OK) {
		db_error(s, err, "open");
		store_free(s);
		return NULL;
	}
	sqlite3_busy_timeout(s->db, 5000);
	/* temp_store = MEMORY: the sub-journal of each feed's savepoint (and
	 * INSERT OR IGNORE's statement journal) stay in memory; past 64 KiB
	 * SQLite spilled them to /var/tmp, 4 KiB pwrite by 4 KiB, ~130 MB for
	 * 1,000 feeds of 20 entries whose store is 7 MB */
	/* cache_size: SQLite's page cache, 2 MB by default, was the largest
	 * heap block of a cycle without topics; a batch's dirty pages beyond
	 * it spill to the WAL, and reads come from the OS's cache (10,000
	 * feeds cold: peak RSS -1.3 MB, CPU unchanged) */
	if (exec(s, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
	            "PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY;"
	            "PRAGMA cache_size = -" G_STRINGIFY(SW_DB_CACHE_KB) ";") < 0 ||
	    migrate(s, err) < 0 || load_hash_key(s, err) < 0) {
		if (err && !*err)
			db_error(s, err, "setup");
		store_free(s);
		return NULL;
	}
	return s;
}

void
store_free(struct store *s)
{
	if (!s)
		return;
	if (s->db && s->batch) {
		if (s->in_unit)
			store_rollback(s);
		if (store_batch_commit(s) < 0)
			log_warnx("%s: the last writes could not be committed", s->path);
	}
	if (s->stmts)
		g_hash_table_destroy(s->stmts); /* finalizes them */
	if (s->db)
		sqlite3_close(s->db);
	g_free(s->last_error);
	g_free(s->path);
	g_free(s);
}

/* SQLite rolls the whole transaction back on some errors (a full disk,
 * an I/O error, no memory, a corrupt page), savepoints and all: every
 * unit released into the open batch is gone, though store_commit()
 * returned 0 for it.  Seen here (sqlite3_get_autocommit() with the
 * batch's transaction open), it is recorded for store_batch_take_lost();
 * the batch goes on in a new transaction from its next write. */
static void
batch_check(struct store *s)
{
	if (!s->batch_txn || !sqlite3_get_autocommit(s->db))
		return;
	s->batch_txn = FALSE;
	s->batch_units = 0;
	s->lost = TRUE;
	log_warnx("%s: the open batch was rolled back: %s", s->path,
	          s->last_error ? s->last_error : "unknown error");
}

/* Open the batch's transaction: at its first write, not at
 * store_batch_begin(), so the write lock is held only while there is
 * something to write.  When it cannot be opened (the store is locked by
 * another writer, after the busy timeout), there is no batch for
 * SW_BATCH_RETRY_MS: each unit is its own transaction meanwhile. */
static int
batch_txn_open(struct store *s)
{
	if (exec(s, "BEGIN IMMEDIATE") < 0) {
		s->batch = FALSE;
		s->batch_retry_at = g_get_monotonic_time() + (gint64)SW_BATCH_RETRY_MS * 1000;
		return -1;
	}
	s->batch_txn = TRUE;
	s->batch_units = 0;
	s->batch_since = g_get_monotonic_time();
	return 0;
}

/* Before a write: open the batch's transaction if it is wanted and not
 * open yet.  Inside a unit whose transaction SQLite rolled back, no
 * write: it would be committed on its own, a part of a unit. */
static int
batch_write(struct store *s)
{
	batch_check(s);
	if (s->in_unit)
		return sqlite3_get_autocommit(s->db) ? -1 : 0;
	if (!s->batch || s->batch_txn)
		return 0;
	return batch_txn_open(s);
}

/* A unit is one feed's writes: a transaction of its own, or a savepoint
 * of the open batch (released into it, or rolled back alone). */
int
store_begin(struct store *s)
{
	g_return_val_if_fail(!s->in_unit, -1);
	if (batch_write(s) < 0)
		return -1;
	if (exec(s, s->batch_txn ? "SAVEPOINT unit" : "BEGIN IMMEDIATE") < 0)
		return -1;
	s->in_unit = TRUE;
	s->unit_in_batch = s->batch_txn;
	return 0;
}

int
store_commit(struct store *s)
{
	g_return_val_if_fail(s->in_unit, -1);
	batch_check(s);
	if (s->unit_in_batch) {
		if (!s->batch_txn) {
			/* the batch is gone (see batch_check): so is this unit */
			s->in_unit = FALSE;
			return -1;
		}
		if (exec(s, "RELEASE unit") < 0)
			return -1; /* the caller rolls the unit back */
		s->batch_units++;
	} else if (exec(s, "COMMIT") < 0) {
		return -1;
	}
	s->in_unit = FALSE;
	return 0;
}

void
store_rollback(struct store *s)
{
	batch_check(s);
	if (!s->in_unit)
		return;
	s->in_unit = FALSE;
	if (sqlite3_get_autocommit(s->db))
		return; /* SQLite rolled it back already */
	if (!s->unit_in_batch) {
		exec(s, "ROLLBACK");
	} else if (exec(s, "ROLLBACK TO unit") < 0 || exec(s, "RELEASE unit") < 0) {
		/* this unit only, or the batch whole when that fails */
		exec(s, "ROLLBACK");
		batch_check(s);
	}
}

int
store_batch_begin(struct store *s)
{
	if (s->batch)
		return 0;
	if (g_get_monotonic_time() < s->batch_retry_at)
		return -1;
	s->batch = TRUE;
	return 0;
}

gboolean
store_batch_open(struct store *s)
{
	return s->batch;
}

gboolean
store_batch_due(struct store *s, guint max_units, gint64 max_age_us)
{
	return s->batch_txn && (s->batch_units >= max_units ||
	                        g_get_monotonic_time() - s->batch_since >= max_age_us);
}

int
store_batch_commit(struct store *s)
{
	if (!s->batch)
		return 0;
	g_return_val_if_fail(!s->in_unit, -1);
	batch_check(s);
	s->batch = FALSE;
	if (!s->batch_txn)
		return 0; /* nothing written since it began (or since a loss) */
	s->batch_txn = FALSE;
	if (exec(s, "COMMIT") < 0) {
		if (!sqlite3_get_autocommit(s->db))
			exec(s, "ROLLBACK");
		s->lost = TRUE;
		return -1;
	}
	return 0;
}

gboolean
store_batch_take_lost(struct store *s)
{
	gboolean lost = s->lost;

	s->lost = FALSE;
	return lost;
}

const char *
store_last_error(struct store *s)
{
	return s->last_error ? s->last_error : "unknown error";
}

/* ---- feeds */

#define FEED_COLS                                                                                  \
	"id, name, config_url, url, title, etag, last_modified, body_hash, "                       \
	"state, last_error, moved_to, moved_count, errors, first_fetch, last_fetch, "              \
	"last_success, next_due, interval, hint_ttl, skip_hours, skip_days"

static void
feed_from_row(sqlite3_stmt *st, struct sw_feed_state *f)
{
	f->id = sqlite3_column_int64(st, 0);
	f->name = col_text(st, 1);
	f->config_url = col_text(st, 2);
	f->url = col_text(st, 3);
	f->title = col_text(st, 4);
	f->etag = col_text(st, 5);
	f->last_modified = col_text(st, 6);
	f->body_hash = col_text(st, 7);
	f->state = col_text(st, 8);
	f->last_error = col_text(st, 9);
	f->moved_to = col_text(st, 10);
	f->moved_count = sqlite3_column_int(st, 11);
	f->errors = sqlite3_column_int(st, 12);
	f->first_fetch = sqlite3_column_int64(st, 13);
	f->last_fetch = sqlite3_column_int64(st, 14);
	f->last_success = sqlite3_column_int64(st, 15);
	f->next_due = sqlite3_column_int64(st, 16);
	f->interval = sqlite3_column_int64(st, 17);
	f->hint_ttl = sqlite3_column_int64(st, 18);
	f->skip_hours = (guint)sqlite3_column_int64(st, 19);
	f->skip_days = (guint)sqlite3_column_int64(st, 20);
}

void
store_feed_state_clear(struct sw_feed_state *f)
{
	g_free(f->name);
	g_free(f->config_url);
	g_free(f->url);
	g_free(f->title);
	g_free(f->etag);
	g_free(f->last_modified);
	g_free(f->body_hash);
	g_free(f->state);
	g_free(f->last_error);
	g_free(f->moved_to);
	memset(f, 0, sizeof(*f));
}

static int
feed_load(struct store *s, const char *name, struct sw_feed_state *out)
{
	sqlite3_stmt *st = prepare(s, "SELECT " FEED_COLS " FROM feeds WHERE name = ?");
	int rc;

	if (!st)
		return -1;
	bind_text(st, 1, name);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		feed_from_row(st, out);
	stmt_done(s, st);
	return rc == SQLITE_ROW ? 1 : (rc == SQLITE_DONE ? 0 : -1);
}

int
store_feed_sync(struct store *s, const char *name, const char *config_url,
                struct sw_feed_state *out)
{
	sqlite3_stmt *st;
	int rc;

	memset(out, 0, sizeof(*out));
	rc = feed_load(s, name, out);
	if (rc < 0)
		return -1;
	if (rc == 1 && strcmp(out->config_url, config_url) == 0)
		return 0;
	if (batch_write(s) < 0) {
		store_feed_state_clear(out);
		return -1;
	}
	if (rc == 1) {
		/* the user changed the url: start over with the new one */
		st = prepare(s, "UPDATE feeds SET config_url = ?1, url = ?1, etag = NULL, "
		                "last_modified = NULL, body_hash = NULL, moved_to = NULL, "
		                "moved_count = 0, errors = 0, state = 'new', next_due = 0, "
		                "first_fetch = 0, last_error = NULL, hint_ttl = 0, "
		                "skip_hours = 0, skip_days = 0 "
		                "WHERE id = ?2");
		if (!st) {
			store_feed_state_clear(out);
			return -1;
		}
		bind_text(st, 1, config_url);
		sqlite3_bind_int64(st, 2, out->id);
	} else {
		st = prepare(s, "INSERT INTO feeds (name, config_url, url) VALUES (?1, ?2, ?2)");
		if (!st) {
			store_feed_state_clear(out);
			return -1;
		}
		bind_text(st, 1, name);
		bind_text(st, 2, config_url);
	}
	rc = sqlite3_step(st);
	stmt_done(s, st);
	store_feed_state_clear(out);
	if (rc != SQLITE_DONE) {
		log_warnx("%s: feed %s: %s", s->path, name, sqlite3_errmsg(s->db));
		return -1;
	}
	return feed_load(s, name, out) == 1 ? 0 : -1;
}

int
store_feed_save(struct store *s, const struct sw_feed_state *f)
{
	sqlite3_stmt *st = prepare(
	        s, "UPDATE feeds SET url = ?, title = ?, etag = ?, last_modified = ?, "
	           "body_hash = ?, state = ?, last_error = ?, moved_to = ?, moved_count = ?, "
	           "errors = ?, first_fetch = ?, last_fetch = ?, last_success = ?, "
	           "next_due = ?, interval = ?, hint_ttl = ?, skip_hours = ?, skip_days = ? "
	           "WHERE id = ?");
	int rc;

	if (!st || batch_write(s) < 0)
		return -1;
	bind_text(st, 1, f->url);
	bind_text(st, 2, f->title);
	bind_text(st, 3, f->etag);
	bind_text(st, 4, f->last_modified);
	bind_text(st, 5, f->body_hash);
	bind_text(st, 6, f->state ? f->state : "new");
	bind_text(st, 7, f->last_error);
	bind_text(st, 8, f->moved_to);
	sqlite3_bind_int(st, 9, f->moved_count);
	sqlite3_bind_int(st, 10, f->errors);
	sqlite3_bind_int64(st, 11, f->first_fetch);
	sqlite3_bind_int64(st, 12, f->last_fetch);
	sqlite3_bind_int64(st, 13, f->last_success);
	sqlite3_bind_int64(st, 14, f->next_due);
	sqlite3_bind_int64(st, 15, f->interval);
	sqlite3_bind_int64(st, 16, f->hint_ttl);
	sqlite3_bind_int64(st, 17, f->skip_hours);
	sqlite3_bind_int64(st, 18, f->skip_days);
	sqlite3_bind_int64(st, 19, f->id);
	rc = sqlite3_step(st);
	stmt_done(s, st);
	if (rc != SQLITE_DONE) {
		log_warnx("%s: saving feed %s: %s", s->path, f->name, sqlite3_errmsg(s->db));
		return -1;
	}
	return 0;
}

static void
feed_state_free(gpointer p)
{
	store_feed_state_clear(p);
	g_free(p);
}

GPtrArray *
store_feed_list(struct store *s)
{
	GPtrArray *a = g_ptr_array_new_with_free_func(feed_state_free);
	sqlite3_stmt *st = prepare(s, "SELECT " FEED_COLS " FROM feeds ORDER BY name");

	if (!st)
		return a;
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct sw_feed_state *f = g_new0(struct sw_feed_state, 1);

		feed_from_row(st, f);
		g_ptr_array_add(a, f);
	}
	stmt_done(s, st);
	return a;
}

int
store_feed_each(struct store *s, store_feed_fn fn, void *userdata)
{
	sqlite3_stmt *st = prepare(s, "SELECT " FEED_COLS " FROM feeds ORDER BY name");
	int rc;

	if (!st)
		return -1;
	for (;;) {
		struct sw_feed_state f = { 0 };

		rc = sqlite3_step(st);
		if (rc != SQLITE_ROW)
			break;
		feed_from_row(st, &f);
		fn(&f, userdata);
		store_feed_state_clear(&f);
	}
	if (rc != SQLITE_DONE)
		log_warnx("%s: reading the feeds: %s", s->path, sqlite3_errmsg(s->db));
	stmt_done(s, st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* ---- entries */

int
store_entry_add(struct store *s, gint64 feed_id, const struct sw_entry *e, gint64 now,
                gint64 *entry_id)
{
	sqlite3_stmt *st = prepare(
	        s, "INSERT OR IGNORE INTO entries (feed_id, uid, title, link, author, summary, "
	           "content, lang, published, updated, first_seen) "
	           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
	int rc, changed;

	if (!st || batch_write(s) < 0)
		return -1;
	sqlite3_bind_int64(st, 1, feed_id);
	bind_text(st, 2, e->uid);
	bind_text(st, 3, e->title);
	bind_text(st, 4, e->link);
	bind_text(st, 5, e->author);
	bind_text(st, 6, e->summary);
	bind_text(st, 7, e->content);
	bind_text(st, 8, e->lang);
	bind_date(st, 9, e->published);
	bind_date(st, 10, e->updated);
	sqlite3_bind_int64(st, 11, now);
	rc = sqlite3_step(st);
	stmt_done(s, st);
	if (rc != SQLITE_DONE) {
		log_warnx("%s: storing entry %s: %s", s->path, e->uid, sqlite3_errmsg(s->db));
		return -1;
	}
	changed = sqlite3_changes(s->db);
	if (changed && entry_id)
		*entry_id = sqlite3_last_insert_rowid(s->db);
	return changed ? 1 : 0;
}

/* An entry is read as these columns, in this order (entry_from_row). */
#define ENTRY_COLS                                                                                 \
	"e.uid, e.title, e.link, e.author, e.summary, e.content, e.lang, e.published, e.updated"
#define ENTRY_NCOLS 9

/* (transfer full) the entry in the ENTRY_COLS of st's row from column i. */
static struct sw_entry *
entry_from_row(sqlite3_stmt *st, int i)
{
	struct sw_entry *e = g_new0(struct sw_entry, 1);

	e->uid = col_text(st, i);
	e->id = g_strdup(e->uid);
	e->title = col_text(st, i + 1);
	e->link = col_text(st, i + 2);
	e->author = col_text(st, i + 3);
	e->summary = col_text(st, i + 4);
	e->content = col_text(st, i + 5);
	e->lang = col_text(st, i + 6);
	e->published = col_date(st, i + 7);
	e->updated = col_date(st, i + 8);
	return e;
}

struct sw_entry *
store_entry_get(struct store *s, gint64 entry_id, char **feed_name)
{
	sqlite3_stmt *st = prepare(s, "SELECT " ENTRY_COLS ", f.name FROM entries e JOIN feeds f "
	                              "ON f.id = e.feed_id WHERE e.id = ?");
	struct sw_entry *e = NULL;

	if (!st)
		return NULL;
	sqlite3_bind_int64(st, 1, entry_id);
	if (sqlite3_step(st) == SQLITE_ROW) {
		e = entry_from_row(st, 0);
		if (feed_name)
			*feed_name = col_text(st, ENTRY_NCOLS);
	}
	stmt_done(s, st);
	return e;
}

int
store_unthreaded_add(struct store *s, gint64 entry_id, gint64 published, guint rank,
                     gboolean silent)
{
	sqlite3_stmt *st =
	        prepare(s, "INSERT OR IGNORE INTO unthreaded (at, rank, entry_id, silent) "
	                   "VALUES (?, ?, ?, ?)");
	int rc;

	if (!st || batch_write(s) < 0)
		return -1;
	sqlite3_bind_int64(st, 1, published == SW_DATE_NONE ? G_MAXINT64 : published);
	sqlite3_bind_int64(st, 2, rank);
	sqlite3_bind_int64(st, 3, entry_id);
	sqlite3_bind_int(st, 4, silent ? 1 : 0);
	rc = sqlite3_step(st);
	stmt_done(s, st);
	return rc == SQLITE_DONE ? 0 : -1;
}

void
store_unthreaded_free(gpointer p)
{
	struct sw_unthreaded *u = p;

	if (!u)
		return;
	parse_entry_free(u->e);
	g_free(u->feed_name);
	g_free(u);
}

GPtrArray *
store_unthreaded_page(struct store *s, guint limit, gsize max_bytes)
{
	sqlite3_stmt *st = prepare(
	        s, "SELECT u.at, u.rank, u.entry_id, u.silent, f.name, e.first_seen, " ENTRY_COLS
	           " FROM unthreaded u JOIN entries e ON e.id = u.entry_id "
	           "JOIN feeds f ON f.id = e.feed_id ORDER BY u.at, u.rank, u.entry_id "
	           "LIMIT ?");
	GPtrArray *page;
	gsize bytes = 0;
	int rc = SQLITE_DONE;

	if (!st)
		return NULL;
	page = g_ptr_array_new_with_free_func(store_unthreaded_free);
	sqlite3_bind_int64(st, 1, limit);
	while ((page->len == 0 || bytes < max_bytes) && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct sw_unthreaded *u = g_new0(struct sw_unthreaded, 1);

		u->at = sqlite3_column_int64(st, 0);
		u->rank = (guint)sqlite3_column_int64(st, 1);
		u->entry_id = sqlite3_column_int64(st, 2);
		u->silent = sqlite3_column_int(st, 3) != 0;
		u->feed_name = col_text(st, 4);
		u->first_seen = sqlite3_column_int64(st, 5);
		u->e = entry_from_row(st, 6);
		g_ptr_array_add(page, u);
		/* ENTRY_COLS's text, uid to lang */
		for (int i = 6; i < 6 + 7; i++)
			bytes += (gsize)sqlite3_column_bytes(st, i);
	}
	stmt_done(s, st);
	/* SQLITE_ROW: the page is full by its bytes */
	if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
		g_ptr_array_free(page, TRUE);
		return NULL;
	}
	return page;
}

int
store_unthreaded_done(struct store *s, const struct sw_unthreaded *u)
{
	sqlite3_stmt *st =
	        prepare(s, "DELETE FROM unthreaded WHERE (at, rank, entry_id) <= (?, ?, ?)");
	int rc;

	if (!st || batch_write(s) < 0)
		return -1;
	sqlite3_bind_int64(st, 1, u->at);
	sqlite3_bind_int64(st, 2, u->rank);
	sqlite3_bind_int64(st, 3, u->entry_id);
	rc = sqlite3_step(st);
	stmt_done(s, st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* The one integer sql selects, with arg (nullable) bound to its one
 * parameter; 0 when it selects none, NULL or fails. */
static gint64
select_int64(struct store *s, const char *sql, const char *arg)
{
	sqlite3_stmt *st = prepare(s, sql);
	gint64 v = 0;

	if (!st)
		return 0;
	if (arg)
		bind_text(st, 1, arg);
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	stmt_done(s, st);
	return v;
}

gint64
store_unthreaded_first(struct store *s)
{
	return select_int64(s, "SELECT min(entry_id) FROM unthreaded", NULL);
}

gboolean
store_unthreaded_waiting(struct store *s)
{
	return select_int64(s, "SELECT EXISTS (SELECT 1 FROM unthreaded)", NULL) != 0;
}

/* Whether entries stored since the queue's first one, first, are not
 * all in the queue: the first turns of a drain that a stop cut short
 * took some. */
static gboolean
unthreaded_taken(struct store *s, gint64 first)
{
	sqlite3_stmt *st = prepare(s, "SELECT (SELECT count(*) FROM entries WHERE id >= ?) != "
	                              "(SELECT count(*) FROM unthreaded)");
	gboolean taken;

	if (!st)
		return FALSE;
	sqlite3_bind_int64(st, 1, first);
	taken = sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) != 0;
	stmt_done(s, st);
	return taken;
}

gboolean
store_unthreaded_has(struct store *s, gint64 entry_id)
{
	sqlite3_stmt *st = prepare(s, "SELECT 1 FROM unthreaded WHERE entry_id = ?");
	gboolean has;

	if (!st)
		return FALSE;
	sqlite3_bind_int64(st, 1, entry_id);
	has = sqlite3_step(st) == SQLITE_ROW;
	stmt_done(s, st);
	return has;
}

gint64
store_entry_find(struct store *s, const char *uid)
{
	return select_int64(s, "SELECT id FROM entries WHERE uid = ? ORDER BY id LIMIT 1", uid);
}

/* (transfer full) A link as a reader may hold it, for comparison: its %XX
 * escapes decoded, so that the Markdown digest's https://x.example/%D8%B6
 * (md_url() escapes bytes past ASCII and parentheses, and a browser copies
 * a link so) and the feed's https://x.example/ض, or a_%28b%29 and a_(b),
 * are one link.  A '%' that begins no escape ("?off=50%", which md_url()
 * leaves as it is) and %00 stay as they are, and the escapes beside them
 * are decoded all the same.  The link itself when what it decodes to is
 * not UTF-8. */
static char *
link_key(const char *link)
{
	GString *k = g_string_sized_new(strlen(link));
	const char *p;

	for (p = link; *p; p++) {
		int hi = *p == '%' ? g_ascii_xdigit_value(p[1]) : -1;
		int lo = hi >= 0 ? g_ascii_xdigit_value(p[2]) : -1;

		if (lo >= 0 && (hi || lo)) {
			g_string_append_c(k, (char)(hi * 16 + lo));
			p += 2;
		} else {
			g_string_append_c(k, *p);
		}
	}
	if (!g_utf8_validate(k->str, (gssize)k->len, NULL)) {
		g_string_free(k, TRUE);
		return g_strdup(link);
	}
	return g_string_free(k, FALSE);
}

gint64
store_entry_find_link(struct store *s, const char *link, gint64 *n)
{
	/* no index: a command's lookup, not the daemon's.  The stored links
	 * that begin as link does, up to its first byte that one form or the
	 * other may escape, then compared decoded */
	sqlite3_stmt *st = prepare(s, "SELECT id, link FROM entries WHERE substr(link, 1, "
	                              "length(?1)) = ?1 ORDER BY id");
	size_t plen = 0;
	char *prefix, *key;
	gint64 id = 0, found = 0;
	int rc;

	if (n)
		*n = 0;
	if (!st)
		return 0;
	while (link[plen] && (unsigned char)link[plen] < 0x80 &&
	       !strchr("%()<>[]{}|^`\\ \"'", link[plen]))
		plen++;
	prefix = g_strndup(link, plen);
	key = link_key(link);
	sqlite3_bind_text(st, 1, prefix, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *l = (const char *)sqlite3_column_text(st, 1);
		char *k;

		if (!l)
			continue;
		k = link_key(l);
		if (strcmp(k, key) == 0 && found++ == 0)
			id = sqlite3_column_int64(st, 0);
		g_free(k);
	}
	if (rc != SQLITE_DONE)
		log_warnx("%s: looking up a link: %s", s->path, sqlite3_errmsg(s->db));
	stmt_done(s, st);
	g_free(prefix);
	g_free(key);
	if (n)
		*n = found;
	return id;
}

gint64
store_entry_uid_count(struct store *s, const char *uid)
{
	return select_int64(s, "SELECT count(*) FROM entries WHERE uid = ?", uid);
}

gint64
store_entry_count(struct store *s)
{
	return select_int64(s, "SELECT count(*) FROM entries", NULL);
}

/* as many characters as the threader reads bytes: no fewer bytes */
#define LEAD_CHARS G_STRINGIFY(SW_THREAD_LEAD_BYTES)
/* the lead the threader read of an entry as it came (thread.c
 * entry_lead): its summary, else, when that is missing or empty (a JSON
 * Feed item with "summary": "" and content_text), the start of its
 * content; E is "e." or "" */
#define LEAD_OF(E)                                                                                 \
	"CASE WHEN " E "summary <> '' THEN " E "summary ELSE substr(" E "content, 1, " LEAD_CHARS  \
	") END"
#define E_LEAD    LEAD_OF("e.")
#define BARE_LEAD LEAD_OF("")

void
store_unmatched_each(struct store *s, const char *topic, gint64 since, gint64 before, gint64 limit,
                     store_entry_fn fn, void *userdata)
{
#define UNMATCHED_SELECT                                                                           \
	"SELECT e.title, " E_LEAD ", e.lang, coalesce(e.published, e.first_seen) FROM entries e "  \
	"WHERE e.id < ? AND e.first_seen >= ? AND NOT EXISTS (SELECT 1 FROM matches m WHERE "      \
	"m.entry_id = e.id AND m.topic = ?) "
	/* the queue's entries are its first one and those stored after it:
	 * below it none waits, and above it only entries that the first
	 * turns of a drain a stop cut short have taken do not; only then is
	 * the queue read (once, as a list: after a cold cycle of 10,000
	 * feeds it holds 200,000 entries, 1.3 MB of peak RSS as a list) */
	gint64 first = store_unthreaded_first(s);
	gboolean taken = first > 0 && first < before && unthreaded_taken(s, first);
	sqlite3_stmt *st =
	        prepare(s, taken ? UNMATCHED_SELECT "AND e.id NOT IN (SELECT entry_id FROM "
	                                            "unthreaded) ORDER BY e.id DESC LIMIT ?"
	                         : UNMATCHED_SELECT "ORDER BY e.id DESC LIMIT ?");
#undef UNMATCHED_SELECT

	if (!st)
		return;
	sqlite3_bind_int64(st, 1, taken || first == 0 ? before : MIN(before, first));
	sqlite3_bind_int64(st, 2, since);
	bind_text(st, 3, topic);
	sqlite3_bind_int64(st, 4, limit);
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct sw_entry e = { 0 };

		e.title = (char *)sqlite3_column_text(st, 0);
		e.summary = (char *)sqlite3_column_text(st, 1);
		e.lang = (char *)sqlite3_column_text(st, 2);
		e.published = sqlite3_column_int64(st, 3);
		e.updated = SW_DATE_NONE;
		fn(&e, userdata);
	}
	stmt_done(s, st);
}

/* ---- the text of old unmatched entries */

/* meta: the first_seen below which every unmatched entry is trimmed */
#define TRIMMED_TO "unmatched_trimmed_to"

/* ?1, ?2, ?3 of the page's two statements */
static void
bind_trim_page(sqlite3_stmt *st, gint64 from, gint64 before, gint64 limit)
{
	sqlite3_bind_int64(st, 1, from);
	sqlite3_bind_int64(st, 2, before);
	sqlite3_bind_int64(st, 3, limit);
}

int
store_trim_unmatched(struct store *s, gint64 before, gint64 limit)
{
	sqlite3_stmt *st;
	gint64 from, last = 0, n = 0;
	int rc;

	/* the queue's entries are not matched yet: wait until it is empty */
	if (store_unthreaded_waiting(s))
		return 0;
	from = select_int64(s, "SELECT value FROM meta WHERE name = '" TRIMMED_TO "'", NULL);
	/* a mark past `before`: the clock was set back since it was written,
	 * and entries stored since then are first seen below it, where no
	 * pass would look again.  Look at every old one once more (those
	 * trimmed already have no content) */
	if (from > before)
		from = 0;
	/* caught up less than an hour ago: not a write every cycle */
	else if (before - from < 3600)
		return 0;
	if (store_begin(s) < 0)
		return -1;
		/* a range of first_seen (its index) from the mark on, not every old
		 * entry again; entries seen in the same second as the mark are
		 * looked at again, and those already trimmed have no content.  The
		 * page is counted, then trimmed (no RETURNING: SQLite 3.35) */
#define TRIM_PAGE                                                                                  \
	"SELECT e.id, e.first_seen FROM entries e WHERE e.first_seen >= ?1 AND "                   \
	"e.first_seen < ?2 AND e.content IS NOT NULL AND NOT EXISTS (SELECT 1 FROM matches "       \
	"m WHERE m.entry_id = e.id) ORDER BY e.first_seen LIMIT ?3"
	st = prepare(s, "SELECT count(*), max(first_seen) FROM (" TRIM_PAGE ")");
	if (!st)
		goto fail;
	bind_trim_page(st, from, before, limit);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		n = sqlite3_column_int64(st, 0);
		last = sqlite3_column_int64(st, 1);
	}
	stmt_done(s, st);
	if (rc != SQLITE_ROW)
		goto fail;
	st = prepare(s, "UPDATE entries SET summary = " BARE_LEAD ", content = NULL WHERE id IN "
	                "(SELECT id FROM (" TRIM_PAGE "))");
#undef TRIM_PAGE
	if (!st)
		goto fail;
	bind_trim_page(st, from, before, limit);
	rc = sqlite3_step(st);
	stmt_done(s, st);
	if (rc != SQLITE_DONE)
		goto fail;
	st = prepare(s, "INSERT INTO meta VALUES ('" TRIMMED_TO "', ?) "
	                "ON CONFLICT(name) DO UPDATE SET value = excluded.value");
	if (!st)
		goto fail;
	/* a short page: every entry below before is done */
	sqlite3_bind_int64(st, 1, n < limit ? before : last);
	rc = sqlite3_step(st);
	stmt_done(s, st);
	if (rc != SQLITE_DONE || store_commit(s) < 0)
		goto fail;
	return (int)n;
fail:
	store_rollback(s);
	return -1;
}

/* ---- threads */

gint64
store_thread_ensure(struct store *s, const char *topic, const char *key, const char *headline,
                    gint64 first_entry, gint64 now)
{
	sqlite3_stmt *st =
	        prepare(s, "INSERT INTO threads (topic, key, headline, first_entry, last_update) "
	                   "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(topic, key) DO UPDATE SET "
	                   "last_update = max(last_update, ?5)");
	gint64 id = 0;

	if (!st || batch_write(s) < 0)
		return 0;
	bind_text(st, 1, topic);
	bind_text(st, 2, key);
	bind_text(st, 3, headline);
	bind_id(st, 4, first_entry);
	sqlite3_bind_int64(st, 5, now);
	if (sqlite3_step(st) != SQLITE_DONE)
		log_warnx("%s: thread %s: %s", s->path, key, sqlite3_errmsg(s->db));
	stmt_done(s, st);
	st = prepare(s, "SELECT id FROM threads WHERE topic = ? AND key = ?");
	if (!st)
		return 0;
	bind_text(st, 1, topic);
	bind_text(st, 2, key);
	if (sqlite3_step(st) == SQLITE_ROW)
		id = sqlite3_column_int64(st, 0);
	stmt_done(s, st);
	return id;
}

static int
exec_id(struct store *s, const char *sql, gint64 a, gint64 id)
{
	sqlite3_stmt *st = prepare(s, sql);
	int rc;

	if (!st || batch_write(s) < 0)
		return -1;
	sqlite3_bind_int64(st, 1, a);
	sqlite3_bind_int64(st, 2, id);
	rc = sqlite3_step(st);
	stmt_done(s, st);
	return rc == SQLITE_DONE ? 0 : -1;
}

int
store_thread_merge(struct store *s, const char *topic, const char *from_key, gint64 into_id)
{
	/* the merged thread's matches move; a mute of either holds for
	 * the story */
	static const char *const sql[] = {
		"UPDATE matches SET thread_id = ?3 WHERE thread_id = "
		"(SELECT id FROM threads WHERE topic = ?1 AND key = ?2)",
		"UPDATE threads SET muted = max(muted, coalesce((SELECT muted FROM threads "
		"WHERE topic = ?1 AND key = ?2), 0)), last_update = max(last_update, "
		"coalesce((SELECT last_update FROM threads WHERE topic = ?1 AND key = ?2), 0)) "
		"WHERE id = ?3",
		"DELETE FROM threads WHERE topic = ?1 AND key = ?2 AND id != ?3",
	};
	guint i;

	for (i = 0; i < G_N_ELEMENTS(sql); i++) {
		sqlite3_stmt *st = prepare(s, sql[i]);
		int rc;

		if (!st || batch_write(s) < 0)
			return -1;
		bind_text(st, 1, topic);
		bind_text(st, 2, from_key);
		sqlite3_bind_int64(st, 3, into_id);
		rc = sqlite3_step(st);
		stmt_done(s, st);
		if (rc != SQLITE_DONE) {
			log_warnx("%s: merging thread %s: %s", s->path, from_key,
			          sqlite3_errmsg(s->db));
			return -1;
		}
	}
	return 0;
}

int
store_thread_set_notify_id(struct store *s, gint64 thread_id, gint64 nid)
{
	return exec_id(s, "UPDATE threads SET notify_id = ?1 WHERE id = ?2", nid, thread_id);
}

int
store_thread_set_muted(struct store *s, gint64 thread_id, gboolean muted)
{
	return exec_id(s, "UPDATE threads SET muted = ?1 WHERE id = ?2", muted ? 1 : 0, thread_id);
}

/* ---- matches */

int
store_match_add(struct store *s, gint64 entry_id, const char *topic, double score,
                const char *terms, const char *explain, gint64 thread_id, const char *kind,
                gint64 dup_of_entry, gboolean silent)
{
	sqlite3_stmt *st = prepare(
	        s, "INSERT OR IGNORE INTO matches (entry_id, topic, score, terms, explanation, "
	           "thread_id, kind, dup_of, silent, at, seen) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
	           "?8, ?9, (SELECT coalesce(published, first_seen) FROM entries WHERE id = ?1), "
	           "(SELECT first_seen FROM entries WHERE id = ?1))");
	int rc;

	if (!st || batch_write(s) < 0)
		return -1;
	sqlite3_bind_int64(st, 1, entry_id);
	bind_text(st, 2, topic);
	sqlite3_bind_double(st, 3, score);
	bind_text(st, 4, terms);
	bind_text(st, 5, explain);
	bind_id(st, 6, thread_id);
	bind_text(st, 7, kind);
	bind_id(st, 8, dup_of_entry);
	sqlite3_bind_int(st, 9, silent ? 1 : 0);
	rc = sqlite3_step(st);
	stmt_done(s, st);
	if (rc != SQLITE_DONE) {
		log_warnx("%s: storing match: %s", s->path, sqlite3_errmsg(s->db));
		return -1;
	}
	return 0;
}

int
store_match_mark_notified(struct store *s, gint64 match_id, gint64 now)
{
	/* only a match still pending: another process may have marked it
	 * since this one read it */
	if (exec_id(s, "UPDATE matches SET notified_at = ?1 WHERE id = ?2 AND notified_at IS NULL",
	            now, match_id) < 0)
		return -1;
	return sqlite3_changes(s->db) > 0 ? 1 : 0;
}

/* EXPL: m.explanation, or NULL.  A match's explanation runs to ~3 KB
 * (every group of the topic with its points), and only `explain` shows
 * it: the digest, the Atom feed, the popups and the threader read every
 * match of a day, of the thread window or the newest 2,000, and with the
 * explanations those took some 20 MB at the end of a cycle of 7,000
 * matches. */
#define MATCH_COLS_LEAD(EXPL, LEAD)                                                                \
	"SELECT m.id, m.entry_id, m.thread_id, m.topic, m.kind, t.key, t.headline, "               \
	"coalesce(t.muted, 0), coalesce(t.notify_id, 0), e.uid, e.title, e.link, " LEAD            \
	", e.lang, f.name, f.title, m.terms, " EXPL ", d.uid, m.score, "                           \
	"e.published, e.first_seen, coalesce(m.notified_at, 0), m.silent "
#define MATCH_COLS(EXPL) MATCH_COLS_LEAD(EXPL, "e.summary")
#define MATCH_OPTIONAL                                                                             \
	"LEFT JOIN threads t ON t.id = m.thread_id "                                               \
	"LEFT JOIN entries d ON d.id = m.dup_of "
#define MATCH_FROM                                                                                 \
	"FROM matches m JOIN entries e ON e.id = m.entry_id "                                      \
	"JOIN feeds f ON f.id = e.feed_id " MATCH_OPTIONAL
#define MATCH_SELECT MATCH_COLS("NULL") MATCH_FROM
/* For a WHERE on an entries index (a time range): the range's entries,
 * each looked up in matches by its id alone, CROSS JOIN keeping that
 * order, so an entry's row and feed are read only when it has a match.
 * Left to itself SQLite read entry then feed then match: a day of 10,000
 * feeds x 20 entries without a match took ~0.3 s, this way 0.01 s. */
#define MATCH_BY_ENTRY                                                                             \
	MATCH_COLS("NULL")                                                                         \
	"FROM entries e CROSS JOIN matches m ON m.entry_id = e.id "                                \
	"CROSS JOIN feeds f ON f.id = e.feed_id " MATCH_OPTIONAL

void
store_match_row_free(struct sw_match_row *r)
{
	if (!r)
		return;
	g_free(r->topic);
	g_free(r->kind);
	g_free(r->thread_key);
	g_free(r->thread_headline);
	g_free(r->uid);
	g_free(r->title);
	g_free(r->link);
	g_free(r->summary);
	g_free(r->lang);
	g_free(r->feed_name);
	g_free(r->feed_title);
	g_free(r->terms);
	g_free(r->explain);
	g_free(r->dup_of_uid);
	g_free(r);
}

/* (transfer full) a record of each row of st, made by from_row and freed
 * by free_row, or NULL (logged: "reading WHAT") when st could not be
 * prepared or a step failed: a partial list would pass for the whole. */
static GPtrArray *
read_rows(struct store *s, sqlite3_stmt *st, const char *what, gpointer (*from_row)(sqlite3_stmt *),
          GDestroyNotify free_row)
{
	GPtrArray *a;
	int rc;

	if (!st)
		return NULL;
	a = g_ptr_array_new_with_free_func(free_row);
	for (;;) {
		rc = sqlite3_step(st);
		if (rc != SQLITE_ROW)
			break;
		g_ptr_array_add(a, from_row(st));
	}
	if (rc != SQLITE_DONE) {
		log_warnx("%s: reading %s: %s", s->path, what, sqlite3_errmsg(s->db));
		g_ptr_array_free(a, TRUE);
		a = NULL;
	}
	stmt_done(s, st);
	return a;
}

/* (transfer full) the sw_match_row in the MATCH_COLS of st's row. */
static gpointer
match_from_row(sqlite3_stmt *st)
{
	struct sw_match_row *r = g_new0(struct sw_match_row, 1);

	r->match_id = sqlite3_column_int64(st, 0);
	r->entry_id = sqlite3_column_int64(st, 1);
	r->thread_id = sqlite3_column_int64(st, 2);
	r->topic = col_text(st, 3);
	r->kind = col_text(st, 4);
	r->thread_key = col_text(st, 5);
	r->thread_headline = col_text(st, 6);
	r->thread_muted = sqlite3_column_int(st, 7) != 0;
	r->thread_notify_id = sqlite3_column_int64(st, 8);
	r->uid = col_text(st, 9);
	r->title = col_text(st, 10);
	r->link = col_text(st, 11);
	r->summary = col_text(st, 12);
	r->lang = col_text(st, 13);
	r->feed_name = col_text(st, 14);
	r->feed_title = col_text(st, 15);
	r->terms = col_text(st, 16);
	r->explain = col_text(st, 17);
	r->dup_of_uid = col_text(st, 18);
	r->score = sqlite3_column_double(st, 19);
	r->published = col_date(st, 20);
	r->first_seen = sqlite3_column_int64(st, 21);
	r->notified_at = sqlite3_column_int64(st, 22);
	r->silent = sqlite3_column_int(st, 23) != 0;
	return r;
}

/* (transfer full) the rows of st, or NULL (logged). */
static GPtrArray *
match_rows(struct store *s, sqlite3_stmt *st, const char *what)
{
	return read_rows(s, st, what, match_from_row, (GDestroyNotify)store_match_row_free);
}

GPtrArray *
store_matches_pending(struct store *s)
{
	return match_rows(s,
	                  prepare(s, MATCH_SELECT
	                          "WHERE m.notified_at IS NULL AND m.silent = 0 "
	                          "ORDER BY coalesce(e.published, e.first_seen), m.id"),
	                  "the pending matches");
}

GPtrArray *
store_matches_seen_between(struct store *s, gint64 from, gint64 to)
{
	sqlite3_stmt *st =
	        prepare(s, MATCH_BY_ENTRY
	                "WHERE m.silent = 0 AND e.first_seen >= ? AND e.first_seen < ? "
	                "ORDER BY m.topic, t.id, coalesce(e.published, e.first_seen), m.id");

	if (st) {
		sqlite3_bind_int64(st, 1, from);
		sqlite3_bind_int64(st, 2, to);
	}
	return match_rows(s, st, "the matches of a day");
}

GPtrArray *
store_matches_of_entry(struct store *s, gint64 entry_id)
{
	sqlite3_stmt *st = prepare(s, MATCH_COLS("m.explanation") MATCH_FROM
	                           "WHERE m.entry_id = ? ORDER BY m.id");

	if (st)
		sqlite3_bind_int64(st, 1, entry_id);
	return match_rows(s, st, "the matches of an entry");
}

GPtrArray *
store_matches_of_thread(struct store *s, gint64 thread_id)
{
	sqlite3_stmt *st = prepare(s, MATCH_SELECT "WHERE m.thread_id = ? ORDER BY m.at, m.id");

	if (st)
		sqlite3_bind_int64(st, 1, thread_id);
	return match_rows(s, st, "the matches of a thread");
}

static void
thread_row_free(gpointer p)
{
	struct sw_thread_row *t = p;

	g_free(t->topic);
	g_free(t->key);
	g_free(t->headline);
	g_free(t);
}

/* (transfer full) the sw_thread_row in the columns of st's row, as
 * store_threads_since() selects them. */
static gpointer
thread_from_row(sqlite3_stmt *st)
{
	struct sw_thread_row *t = g_new0(struct sw_thread_row, 1);

	t->thread_id = sqlite3_column_int64(st, 0);
	t->first_entry = sqlite3_column_int64(st, 1);
	t->topic = col_text(st, 2);
	t->headline = col_text(st, 3);
	t->muted = sqlite3_column_int(st, 4) != 0;
	t->reports = sqlite3_column_int64(st, 5);
	t->outlets = sqlite3_column_int64(st, 6);
	t->first_at = sqlite3_column_int64(st, 7);
	t->last_at = sqlite3_column_int64(st, 8);
	t->key = col_text(st, 9);
	return t;
}

GPtrArray *
store_threads_since(struct store *s, gint64 since)
{
	/* the threads by the index on matches(at), then all their reports by
	 * the one on matches(thread_id) */
	sqlite3_stmt *st = prepare(
	        s, "SELECT t.id, coalesce(t.first_entry, min(m.entry_id)), t.topic, t.headline, "
	           "t.muted, count(*), count(DISTINCT e.feed_id), min(m.at), max(m.at), t.key "
	           "FROM threads t "
	           "JOIN matches m ON m.thread_id = t.id JOIN entries e ON e.id = m.entry_id "
	           "WHERE t.id IN (SELECT thread_id FROM matches WHERE at >= ?1) "
	           "GROUP BY t.id ORDER BY max(m.at) DESC, t.id DESC");

	if (st)
		sqlite3_bind_int64(st, 1, since);
	return read_rows(s, st, "the threads", thread_from_row, thread_row_free);
}

int
store_thread_earlier(struct store *s, gint64 thread_id, gint64 before, gint64 *since, gint64 *n)
{
	sqlite3_stmt *st = prepare(s, "SELECT min(e.first_seen), count(*) FROM matches m "
	                              "JOIN entries e ON e.id = m.entry_id WHERE m.thread_id = ? "
	                              "AND e.first_seen < ? AND m.silent = 0 "
	                              "AND m.kind <> 'duplicate'");
	int rc;

	*since = *n = 0;
	if (!st)
		return -1;
	sqlite3_bind_int64(st, 1, thread_id);
	sqlite3_bind_int64(st, 2, before);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*since = sqlite3_column_int64(st, 0);
		*n = sqlite3_column_int64(st, 1);
	}
	stmt_done(s, st);
	return rc == SQLITE_ROW ? 0 : -1;
}

GPtrArray *
store_matches_recent(struct store *s, gint64 since)
{
	/* the summary as the threader read it when the entry came
	 * (entry_lead): an entry without one (a JSON Feed item with
	 * content_text only) is known by the start of its content, or a
	 * rebuilt threader scored its thread on the title alone and decided
	 * otherwise than the one that ran on */
	sqlite3_stmt *st = prepare(s, MATCH_COLS_LEAD("NULL", E_LEAD) MATCH_FROM
	                           "WHERE m.at >= ? ORDER BY m.at, m.id");

	if (st)
		sqlite3_bind_int64(st, 1, since);
	return match_rows(s, st, "the recent matches");
}

GPtrArray *
store_matches_all(struct store *s, int limit)
{
	sqlite3_stmt *st = prepare(s, MATCH_SELECT
	                           "WHERE m.silent = 0 ORDER BY m.seen DESC, m.id DESC LIMIT ?");

	if (st)
		sqlite3_bind_int(st, 1, limit);
	return match_rows(s, st, "the newest matches");
}
