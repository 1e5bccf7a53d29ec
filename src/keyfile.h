/*
 * keyfile.h - a small reader of the INI format of GLib's GKeyFile, for
 * the groups of the configuration that are not [feed NAME] (those are read
 * by config.c line by line) and the topics file of topics_from.
 *
 * Why not GKeyFile: GLib before 2.76 takes each of its key/value pairs,
 * list nodes and hash nodes from GSlice, which keeps freed chunks in its
 * magazines for the whole run; the default topic's ~4,900 keys left
 * ~0.7 MB resident after the key file was freed.  This one keeps the
 * file's bytes in one block and its keys in two arrays (g_malloc).
 *
 * The same syntax as GKeyFile: "[group]" lines (blanks after the ']' and
 * before the '[' allowed), "key = value" lines (blanks around the '='
 * dropped, those at the end of the value kept, and a '\r' before the
 * '\n'), '#' comments and blank lines.  A group seen again is the one
 * group; a key set again keeps its places in keyfile_get_keys() and its
 * last value.  "key[ll] = ..." lines (translations) are left out, as
 * GKeyFile does with those of other locales.
 */
#ifndef SW_KEYFILE_H
#define SW_KEYFILE_H

#include <glib.h>

struct sw_keyfile;

/* Read the len bytes of buf (transfer full: a g_malloc()ed block of at
 * least len + 1 bytes, which is cut up in place).  NULL on a line that is
 * none of the above, with *err (no position) and *line (1-based). */
struct sw_keyfile *keyfile_take(char *buf, gsize len, int *line,
                                GError **err) G_GNUC_WARN_UNUSED_RESULT;
/* The same on a copy of text. */
struct sw_keyfile *keyfile_load(const char *text, gsize len, int *line,
                                GError **err) G_GNUC_WARN_UNUSED_RESULT;
void keyfile_free(struct sw_keyfile *kf);

/* The groups in the order they first appear (g_strfreev()). */
char **keyfile_get_groups(const struct sw_keyfile *kf);
/* group's keys in file order (a key set twice is there twice), or NULL if
 * there is no such group; *n (nullable) their number.  g_strfreev(). */
char **keyfile_get_keys(const struct sw_keyfile *kf, const char *group, gsize *n);
/* The value as written, or NULL if not set.  g_free(). */
char *keyfile_get_value(const struct sw_keyfile *kf, const char *group, const char *key);
/* The value with GKeyFile's escapes \s \n \t \r \\ undone (another
 * escape kept as written, a lone '\' at the end dropped); NULL if not set. */
char *keyfile_get_string(const struct sw_keyfile *kf, const char *group, const char *key);
/* The value split on ';' ("\;" is a ';' of an item, a last ';' ends the
 * last item, "" is no item), escapes undone; NULL if not set or if an escape is
 * not one of those or \\;.
 * *n (nullable) the number of items.  g_strfreev(). */
char **keyfile_get_string_list(const struct sw_keyfile *kf, const char *group, const char *key,
                               gsize *n);

#endif
