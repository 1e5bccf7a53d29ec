/*
 * parse.h - feed bytes to a struct sw_feed and its entries.
 *
 * Reads RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed 1.x from memory.
 * The bytes are hostile: no network, no external entities, no DTD loading,
 * every field capped (caps.h).  A malformed document yields the entries
 * that could be recovered plus a warning, never a crash.  No global state;
 * call parse_init() once at start (libxml2 setup) and parse_teardown() at exit.
 */
#ifndef SW_PARSE_H
#define SW_PARSE_H

#include <glib.h>
#include <stddef.h>

#define SW_DATE_NONE G_MININT64 /* published/updated unknown */

/* No HTML is kept: the digest shows plain text, and an entry's HTML
 * beside its text once doubled the memory a parse takes. */
struct sw_entry {
	char *uid;        /* guid/id; else link; else hash of title+date */
	char *id;         /* (nullable) id exactly as the feed gave it */
	char *title;      /* (nullable) plain text */
	char *link;       /* (nullable) absolute URL */
	char *author;     /* (nullable) a name */
	char *summary;    /* (nullable) plain text */
	char *content;    /* (nullable) plain text */
	char *lang;       /* (nullable) xml:lang, or the feed's language */
	gint64 published; /* epoch seconds UTC, or SW_DATE_NONE */
	gint64 updated;   /* epoch seconds UTC, or SW_DATE_NONE */
};

struct sw_feed {
	char *title;        /* (nullable) plain text */
	char *link;         /* (nullable) */
	char *lang;         /* (nullable) */
	char *format;       /* "rss2.0", "atom1.0", "json1.1" ... */
	char *encoding;     /* the encoding the bytes were read as, lower case */
	int ttl;            /* minutes from <ttl> or sy:, 0 if none */
	guint skip_hours;   /* bit h set: skipHours lists hour h (UTC) */
	guint skip_days;    /* bit d set: skipDays lists day d (0 = Sunday) */
	GPtrArray *entries; /* of struct sw_entry *, document order */
	char *warning;      /* (nullable) what was wrong with the input */
};

void parse_init(void);
void parse_teardown(void);

/* Parse len bytes.  content_type (nullable) is the HTTP Content-Type, whose
 * charset wins over the document's own; base_url (nullable) resolves
 * relative links.  Returns (transfer full) the feed, or NULL with *err set
 * when nothing feed-like could be read at all. */
struct sw_feed *parse_feed(const char *data, size_t len, const char *content_type,
                           const char *base_url, GError **err) G_GNUC_WARN_UNUSED_RESULT;

void parse_feed_free(struct sw_feed *feed);
void parse_entry_free(struct sw_entry *e);

#ifdef SW_FUZZ
/* fuzz/fuzz_parse.c: nonzero reads without marks (parse.c), which must
 * change nothing a caller sees */
extern int parse_fuzz_no_marks;
#endif

/* (transfer full) the `storywatch parse --json` form of feed (DESIGN.md):
 * {"feed":{"title","link"},"encoding":…,"entries":[{"id","title","link",
 * "published","updated","author","summary","content"}]} plus a newline;
 * NULL if json-glib could not be opened (see jsonlib.h). */
char *parse_feed_to_json(const struct sw_feed *feed);

#endif
