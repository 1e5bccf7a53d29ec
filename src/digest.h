/*
 * digest.h - the daily digest files, regenerated from the store.
 *
 * One Markdown (and HTML) file per local day under the digest folder,
 * grouped by topic then thread, written atomically (temp file, fsync,
 * rename).  The store is the truth: writing a day again gives the same
 * file.  No state.
 */
#ifndef SW_DIGEST_H
#define SW_DIGEST_H

#include <glib.h>
#include "store.h"

/* Local day "YYYY-MM-DD" of t; (transfer full). */
char *digest_day_of(gint64 t);
/* The time a report is listed at: published, else first seen. */
gint64 digest_time_of(const struct sw_match_row *r);
/* What a report of this kind is called ("New story", "Follow-up", "Same
 * copy"; "Match" for another) in the digest and in `thread`. */
const char *digest_kind_label(const char *kind);

/* The local day "YYYY-MM-DD" as [*from, *to) epoch seconds (23 or 25
 * hours on DST days).  Returns 0, or -1 when day is not a valid date. */
int digest_day_bounds(const char *day, gint64 *from, gint64 *to) G_GNUC_WARN_UNUSED_RESULT;

/* (transfer full) the digest of day ("YYYY-MM-DD", local) as "md" or "html";
 * NULL when day is not a valid date or format is unknown. */
char *digest_render(struct store *s, const char *day, const char *format);

/* Write day's files into dir (created if needed); returns 0 or -1 with
 * *err.  If path_out is not NULL it receives the Markdown file's path. */
int digest_write_day(struct store *s, const char *dir, const char *day, gboolean html,
                     char **path_out, GError **err) G_GNUC_WARN_UNUSED_RESULT;

/* (transfer full) feed text s made safe to show on one line: valid UTF-8,
 * no control or bidirectional-override characters, white space runs folded
 * to one space; at most max characters (cut at a word, then "…") when
 * max > 0.  The notifier uses it too. */
char *digest_line(const char *s, glong max);

/* (transfer full, nullable) the words of a stored terms list for people:
 * "ukraine/title:kyiv, secguar/lead:security guarantees, like:x=0.3" gives
 * "kyiv, security guarantees"; negative, similarity and language ("ukraine/feed:uk")
 * terms are left out, repeats folded; at most max words (0 = all).  NULL when none is left. */
char *digest_terms(const char *terms, int max);
/* ... each shown as the entry's title or lead (nullable; its language
 * lang, nullable) wrote it where the matcher's words of it are found
 * there: "Article 5-like" for "article 5 like". */
char *digest_terms_in(const char *terms, int max, const char *title, const char *lead,
                      const char *lang);

/* Write buf to path atomically: a temporary file beside it (path.tmp.XXXXXX),
 * fflush, ferror, fsync, rename, fsync of the folder; the temporary file is
 * removed on failure. */
int digest_write_atomic(const char *path, const char *buf, size_t len,
                        GError **err) G_GNUC_WARN_UNUSED_RESULT;

#endif
