/*
 * match.h - topic profiles: compile rules, score an entry, explain it.
 *
 * A profile is compiled once from a [topic NAME] group of the config; a bad
 * rule is an error naming file:line.  match_entry() is a pure function of
 * the profile and the entry.  Needs text_init() first.
 */
#ifndef SW_MATCH_H
#define SW_MATCH_H

#include <glib.h>
#include "keyfile.h"
#include "parse.h"

struct sw_profile; /* opaque, compiled topic */

struct sw_match {
	double score;
	gboolean match;   /* score >= the profile's threshold (and require
	                   * holds), or lifted by match_followup() or
	                   * match_copy() */
	GPtrArray *terms; /* (transfer full) char *: what matched */
	gboolean lifted;  /* story memory made it a match: match_followup()
	                   * or match_copy() */
	char *explain;    /* (transfer full, nullable) one readable paragraph:
	                   * always from match_entry_explained(), from
	                   * match_entry() only when match */
	/* one negative group hits in the title and again below it, with
	 * the same word or another ("Georgia" in the title, "Georgia" or
	 * "Tbilisi" in the lead): another story, which story memory does not
	 * lift (match_followup_wanted) */
	gboolean negative_throughout;
};

/* Compile group `group` ("topic NAME") of kf.  path and text (the config's
 * name and bytes, nullable) are for error positions. */
struct sw_profile *match_profile_new(const struct sw_keyfile *kf, const char *group,
                                     const char *path, const char *text,
                                     GError **err) G_GNUC_WARN_UNUSED_RESULT;
/* The same in two steps: _read() checks and compiles the group's keys (all
 * errors are found there), _build() makes the indexes matching needs (no
 * error; once; before the first match).  Between them kf and text may be
 * freed: the file's keys and the indexes being built need not share the
 * peak (the default profile: ~1.5 MB). */
struct sw_profile *match_profile_read(const struct sw_keyfile *kf, const char *group,
                                      const char *path, const char *text,
                                      GError **err) G_GNUC_WARN_UNUSED_RESULT;
void match_profile_build(struct sw_profile *p);
void match_profile_free(struct sw_profile *p);
const char *match_profile_name(const struct sw_profile *p);

/* Score e against p; fills *out (free with match_clear).  explain is
 * built only for a match (what the daemon stores). */
void match_entry(const struct sw_profile *p, const struct sw_entry *e, struct sw_match *out);
/* The same, with explain whether it matches or not. */
void match_entry_explained(const struct sw_profile *p, const struct sw_entry *e,
                           struct sw_match *out);
void match_clear(struct sw_match *m);

/* Story memory (followup_terms, followup_floor in storywatch.conf(5)):
 * whether m, not a match, scores enough to be a follow-up of a story the
 * topic matched before; then the caller looks for the story
 * (thread_affinity) and passes it to match_followup(). */
gboolean match_followup_wanted(const struct sw_profile *p, const struct sw_match *m);
/* m (of e) shares `shared` of its own rare words, names and numbers with
 * the thread whose first entry is titled headline: with at least
 * followup_terms of them (2 more when m scores below followup_floor,
 * by at most a sixth of it) m becomes a match (its score stays), the term
 * "story:HEADLINE=N" is added and the explanation says why. */
void match_followup(const struct sw_profile *p, const struct sw_entry *e, int shared,
                    const char *headline, struct sw_match *m);

/* Story memory for copies: TRUE when m does not match and p has story
 * memory (followup_terms > 0) ... */
gboolean match_copy_wanted(const struct sw_profile *p, const struct sw_match *m);
/* ... then e, a copy of the matched entry orig (thread_copy_of(); why:
 * the duplicate rule that found it), matches whatever its score: the
 * term "copy:ORIG" and a sentence of the explanation say so. */
void match_copy(const struct sw_profile *p, const struct sw_entry *e, const char *orig,
                const char *why, struct sw_match *m);

/* Where the term story memory added to a stored terms list ("a, b,
 * story:HEADLINE=N" or "..., copy:ORIG") starts, or NULL when there is
 * none.  It is the last, and its headline or uid may hold commas. */
const char *match_lifted_term(const char *terms);

#endif
