/*
 * thread.h - near-duplicate detection and story threads.
 *
 * A threader holds the recent matched entries of every topic (in memory,
 * indexed, never scanned whole) and decides for each new one whether it is
 * a duplicate of an earlier entry, a follow-up in an existing thread, or a
 * new story.  The daemon builds it from the stored matches of the thread
 * window at a start, a reload, or once it has been given more matches than
 * it was built from (a turn at a time: daemon.c), and keeps it across
 * cycles; `storywatch test --threads` feeds it entries in publication
 * order.
 */
#ifndef SW_THREAD_H
#define SW_THREAD_H

#include <glib.h>
#include "parse.h"

enum sw_kind { SW_KIND_NONE = 0, SW_KIND_NEW, SW_KIND_FOLLOWUP, SW_KIND_DUPLICATE };

struct sw_threader;

struct sw_verdict {
	enum sw_kind kind;
	char *thread; /* (transfer full) thread id: the uid of its first entry */
	char *dup_of; /* (transfer full, nullable) uid of the original */
	char *why;    /* (transfer full) readable reason */
	/* (transfer full, nullable) ids of the threads this entry showed to
	 * be one story with thread: they are merged into it, and their
	 * entries now belong to thread (the caller relabels what it keeps) */
	GPtrArray *merged;
};

/* window_days (<= 0: SW_THREAD_WINDOW_DAYS): a thread closes after that
 * many days without a new entry.  A story develops over months, so the
 * window is long (the daemon's default: 180 days).  Whether an entry joins
 * an open thread is a learned decision over its similarity to the thread
 * (and, for the first week of quiet, to its closest entry), the quiet time,
 * the thread's size and what they share (see thread.c).  Duplicates are
 * looked for within 14 days. */
struct sw_threader *thread_new(int window_days);
void thread_free(struct sw_threader *t);

/* Add matched entry e of topic to t and decide its kind.  Entries are
 * expected roughly in time order.  thread_hint (nullable) places e in a
 * known thread (when loading stored matches). */
void thread_add(struct sw_threader *t, const char *topic, const struct sw_entry *e,
                const char *feed, const char *thread_hint, struct sw_verdict *out);
/* The same with the match's terms (nullable; struct sw_match terms,
 * "group/field:words"): the topic profile's sub-theme groups they name
 * (force, air, guarantor, ..., and the negative "-flank") are a
 * language-free feature of e, weighted by field (title > lead > body),
 * so that entries of one sub-theme meet across languages.  Terms that are
 * not "group/field:..." (like:, story:) are ignored. */
void thread_add_terms(struct sw_threader *t, const char *topic, const struct sw_entry *e,
                      const char *feed, const char *thread_hint, const GPtrArray *terms,
                      struct sw_verdict *out);
void thread_verdict_clear(struct sw_verdict *v);

/* How close an entry comes to the open threads of a topic. */
struct sw_affinity {
	int shared;     /* the most words, names and numbers of e that one
	                 * entry of the thread has and at most 2 matched
	                 * entries of the topic have: the story's own, not the
	                 * topic's (entries lifted by story memory excepted) */
	double sim;     /* the thread's faded score (thread_add) */
	double odds;    /* the join model's odds (>= 1: thread_add would join) */
	char *thread;   /* (transfer full) its id */
	char *headline; /* (transfer full) title of its first entry */
	char *closest;  /* (transfer full) uid of its entry closest to e */
};

/* Score e against the open threads of topic without adding it (t is left
 * as it was): *out is the thread one of whose entries shares the most of
 * e's rare features (see shared) with e; of equals, the one with the best
 * join odds.  TRUE then, with shared possibly 0 (the caller has its own
 * bar); FALSE (and *out zeroed) when no open thread is a candidate for e,
 * or e is threaded already.  Free *out with thread_affinity_clear. */
gboolean thread_affinity(struct sw_threader *t, const char *topic, const struct sw_entry *e,
                         struct sw_affinity *out);
/* The same with e's match terms (nullable), as thread_add_terms. */
gboolean thread_affinity_terms(struct sw_threader *t, const char *topic, const struct sw_entry *e,
                               const GPtrArray *terms, struct sw_affinity *out);
void thread_affinity_clear(struct sw_affinity *a);
/* The uid (g_free) of the threaded entry of topic that e copies, by the
 * duplicate rules of thread_add() but the title alone (the same canonical
 * URL, or word shingles of title and lead that resemble or contain its);
 * NULL when none, or e is threaded already.  *why (g_free, NULL when none)
 * says which rule.  t is left as it was. */
char *thread_copy_of(struct sw_threader *t, const char *topic, const struct sw_entry *e,
                     char **why);
/* uid of topic, threaded, was matched by story memory alone (a
 * match_followup() or match_copy() lift): thread_affinity counts no
 * feature that only such entries have, so that lifted entries do not lift
 * others. */
void thread_note_lifted(struct sw_threader *t, const char *topic, const char *uid);
/* e was read and topic did not match it: the names and numbers of its
 * title and lead that matched entries of topic have are counted as used by
 * the stream at large, so that story memory takes them for no story's own
 * ("Zelensky", "White House" in every day's news, against a place only
 * the story names). */
void thread_observe(struct sw_threader *t, const char *topic, const struct sw_entry *e);
/* ... as when e was read at time at, the matched entries of topic up to
 * then alone given: a threader rebuilt from the store, given the stored
 * matches first, counts for an entry read before a match only the names
 * the one that ran on had counted (thread_observe counts none that no
 * matched entry has yet), or its counts are those of another stream */
void thread_observe_at(struct sw_threader *t, const char *topic, const struct sw_entry *e,
                       gint64 at);

const char *thread_kind_name(enum sw_kind k);

/* The rules underneath, exposed for tests and `storywatch explain`. */

/* (transfer full, nullable) url with tracking parameters (utm_*, fbclid,
 * gclid, mc_cid, ref, ...), fragment, default port, trailing slash, "www."
 * and scheme/host case removed and the query sorted; http and https are
 * one.  NULL when url (nullable) is not absolute. */
char *thread_canonical_url(const char *url);

/* Jaccard resemblance of the word 3-shingles of two texts (nullable). */
double thread_shingle_similarity(const char *a, const char *b);

/* (transfer full) word in lower-case ASCII: Cyrillic transliterated,
 * diacritics dropped. */
char *thread_translit(const char *word);

/* (transfer full) the language-free key of a name: the consonant skeleton
 * of its transliteration, so Lavrov/Лаврова/Lawrow meet. */
char *thread_name_key(const char *word);

/* (transfer none, nullable) the shared concept id of a key term in any
 * language (guarantees/гарантії/Garantien -> "guarantee"). */
const char *thread_concept(const struct sw_threader *t, const char *word);

#endif
