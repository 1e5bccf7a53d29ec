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
#include "parse.h"

struct sw_profile; /* opaque, compiled topic */

struct sw_match {
	double score;
	gboolean match;   /* score >= the profile's threshold */
	GPtrArray *terms; /* (transfer full) char *: what matched */
	char *explain;    /* (transfer full, nullable) one readable paragraph:
	                   * always from match_entry_explained(), from
	                   * match_entry() only when match */
};

/* Compile group `group` ("topic NAME") of kf.  path and text (the config's
 * name and bytes, nullable) are for error positions. */
struct sw_profile *match_profile_new(GKeyFile *kf, const char *group, const char *path,
                                     const char *text, GError **err) G_GNUC_WARN_UNUSED_RESULT;
void match_profile_free(struct sw_profile *p);
const char *match_profile_name(const struct sw_profile *p);

/* Score e against p; fills *out (free with match_clear).  explain is
 * built only for a match (what the daemon stores). */
void match_entry(const struct sw_profile *p, const struct sw_entry *e, struct sw_match *out);
/* The same, with explain whether it matches or not. */
void match_entry_explained(const struct sw_profile *p, const struct sw_entry *e,
                           struct sw_match *out);
void match_clear(struct sw_match *m);

#endif
