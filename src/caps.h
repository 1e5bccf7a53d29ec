/*
 * caps.h - every size, count and time cap of storywatch, in one place.
 *
 * Feed bytes are hostile: each growing buffer, list and loop that takes
 * outside input is bounded by a name from this file.  Change a cap here,
 * never at the place that uses it.  Include it by name where its caps are
 * used.  (It was limits.h, which gcc's own <limits.h> found through
 * #include_next and -iquote src instead of glibc's: files got these caps
 * without including it, and never glibc's PATH_MAX or SSIZE_MAX.)
 */
#ifndef SW_CAPS_H
#define SW_CAPS_H

/* fetch */
#define SW_MAX_BODY          (10 * 1024 * 1024) /* bytes after decompression */
#define SW_MAX_REDIRECTS     5
#define SW_CONNECT_TIMEOUT_S 10
#define SW_TOTAL_TIMEOUT_S   30
#define SW_LOW_SPEED_BYTES   64 /* bytes/s ... */
#define SW_LOW_SPEED_TIME_S  15 /* ... for this long aborts */
#define SW_MAX_CONCURRENT    8
#define SW_MAX_PER_HOST      2
#define SW_MAX_HEADER        8192 /* one response header line */

/* parse */
/* bytes parse_feed() takes: a file may be this big, the network gives
 * at most SW_MAX_BODY */
#define SW_MAX_DOCUMENT     (64 * 1024 * 1024)
#define SW_MAX_ENTRIES      2000 /* entries kept per feed */
#define SW_MAX_TITLE        1024 /* bytes, plain text */
#define SW_MAX_SUMMARY      (16 * 1024)
#define SW_MAX_CONTENT      (256 * 1024)
#define SW_MAX_URL          4096
#define SW_MAX_FIELD        (1024 * 1024) /* any raw field while parsing */
#define SW_MAX_XML_DEPTH    256
#define SW_MAX_EXPANDED     (2 * SW_MAX_BODY) /* document after entity fixing (or twice its size) */
#define SW_MAX_DOC_ENTITIES 64                /* <!ENTITY> kept from a DOCTYPE */
#define SW_MAX_JSON_DEPTH   64                /* nesting of a JSON Feed */
#define SW_MAX_JSON_VALUES  100000            /* of a JSON Feed, but items past SW_MAX_ENTRIES */
#define SW_PARSE_CHUNK      (64 * 1024)       /* bytes fed to the XML parser at once */
#define SW_MAX_SKIP_NAME    256               /* bytes of a name in an entry stepped over */
#define SW_MAX_PAGE_HEAD    (512 * 1024)      /* bytes of an HTML page searched for its feeds */
#define SW_MAX_PAGE_FEEDS   3                 /* feeds of an HTML page named in its error */

/* libxml2 2.9 compares each attribute of a start tag with every one before
 * it, and looks a prefix up in each namespace the open elements declared,
 * newest first: a tag of 100,000 attributes (1.4 MB) took it 20 s, and an
 * unbound prefix under 12,800 declarations 80 us an element.  A document
 * is read up to a tag of more, or an element with more in scope.  Of an
 * HTML tag (html.c), whose parser does the same, the first are kept. */
#define SW_MAX_XML_ATTRS 128 /* of a start tag, namespace declarations too */
#define SW_MAX_XML_NS    64  /* namespaces declared by the open elements */
#define SW_MAX_XML_ERROR 160 /* bytes of libxml2's message in a feed's warning */

/* schedule (seconds) */
#define SW_INTERVAL_DEFAULT (60 * 60)
#define SW_INTERVAL_MIN     (15 * 60)
#define SW_INTERVAL_MAX     (24 * 60 * 60)
#define SW_BACKOFF_MAX      (24 * 60 * 60)
#define SW_OFFLINE_RETRY    (15 * 60) /* an unreachable feed while no default route */
#define SW_BACKFILL_DEFAULT (24 * 60 * 60)

/* store: a cycle's feeds are written in batches (one transaction) of at
 * most this many feeds or this age; after a batch could not begin (the
 * store locked by another writer) each feed is its own transaction for
 * SW_BATCH_RETRY_MS */
#define SW_BATCH_FEEDS    256
#define SW_BATCH_MS       1000
#define SW_BATCH_RETRY_MS 5000
#define SW_DB_CACHE_KB    256 /* SQLite's page cache (PRAGMA cache_size) */
/* the daemon reads the entries a cycle stored this many at a time to
 * match them (store_unthreaded_page), and no more once their text reaches
 * SW_MATCH_PAGE_BYTES (256 entries of SW_MAX_CONTENT would be 64 MB) */
#define SW_MATCH_PAGE       256
#define SW_MATCH_PAGE_BYTES (4 * 1024 * 1024)
/* `run` matches them in turns of at most this long (a page may end one
 * later), each its own transaction: between turns it answers a stop,
 * a reload, the watchdog */
#define SW_MATCH_TURN_MS 500

/* config */
/* room for SW_MAX_FEEDS groups as an OPML import writes them (~110
 * bytes each): a configuration is the user's own, not a server's */
#define SW_MAX_CONFIG_BYTES (4 * 1024 * 1024)
#define SW_MAX_FEEDS        20000
#define SW_MAX_TOPICS       64

/* threads and digest */
#define SW_THREAD_WINDOW_DAYS  180
#define SW_MAX_EXCERPT         280  /* characters in the digest */
#define SW_MAX_DIGEST_ITEMS    5000 /* per day file */
#define SW_MAX_SHOWN_TERMS     64   /* a match's terms read to pick those shown */
#define SW_MAX_TERMS_TEXT      2048 /* bytes of a title or lead a shown term is looked up in */
#define SW_POPUP_BATCH_DEFAULT 3
#define SW_MAX_OBSERVED        20000 /* stored unmatched entries a new threader reads */
/* `run` builds its threader again from the window's stored matches once
 * it has been given more than it read and more than this */
#define SW_THREADER_REBUILD_MIN 1000
#define SW_THREAD_LEAD_BYTES    2000  /* bytes of content an entry without summary is known by */
#define SW_TRIM_PAGE            5000  /* unmatched entries whose text a cycle drops */
#define SW_MAX_AHEAD_S          86400 /* a date further ahead of the clock is taken as unknown */

/* match */
#define SW_MAX_TOKENS       65536  /* words of one text */
#define SW_MAX_RULE_TERMS   16384  /* patterns in one topic */
#define SW_MAX_REFS         32     /* reference stories per topic */
#define SW_MAX_TOPIC_GROUPS 64     /* term groups per topic */
#define SW_MAX_REQ_GROUPS   1024   /* groups named by a require, repeats too */
#define SW_MAX_MATCH_WORDS  4000   /* body words a topic reads */
#define SW_MAX_STEM_CACHE   100000 /* (language, word) stems kept */
#define SW_MAX_STEMS_KEPT   8192   /* text_stem()'s stems kept (apart from the memo) */
#define SW_MAX_WORD_CACHE   50000  /* words whose atoms a topic keeps */

#endif
