/*
 * config.h - the INI file (GKeyFile's syntax, keyfile.h): loading, validating, defaults,
 * XDG places.
 *
 * config_load() parses into a new struct sw_config and returns it only when
 * every directive, feed and topic is valid; errors name file:line, the line
 * and the reason.  A caller that reloads keeps its old config until the new
 * one loaded.  All global directives live in one table (config.c).
 */
#ifndef SW_CONFIG_H
#define SW_CONFIG_H

#include <stdio.h>
#include <glib.h>

struct sw_profile;

struct sw_feed_conf {
	char *name;      /* from [feed NAME] */
	char *url;       /* http(s):// or file:// (paths made absolute) */
	gint64 interval; /* seconds; 0 = the global interval */
};

struct sw_config {
	char *path;                 /* (nullable) the file it came from */
	gint64 interval;            /* seconds between polls of a feed */
	gint64 backfill;            /* first sight: older entries stay silent */
	gint64 thread_window;       /* seconds a quiet thread still takes follow-ups */
	gint64 keep_unmatched_text; /* seconds; then only their lead; 0 = for ever */
	int popup_batch;            /* more popups than this become a summary */
	int max_concurrent;         /* transfers at once */
	int max_per_host;           /* transfers at once per host:port */
	char *notify;               /* "libnotify", "stdout" or "none" */
	char *log_level;            /* "error", "warning", "info", "debug" */
	char *quiet_hours;          /* (nullable) "HH:MM-HH:MM" local time */
	int quiet_start, quiet_end; /* minutes after midnight; -1 = none */
	gboolean digest_html;       /* also write YYYY-MM-DD.html */
	char *topics_from;          /* (nullable) also read [topic] groups from this file */
	GPtrArray *feeds;           /* struct sw_feed_conf * */
	GPtrArray *topics;          /* struct sw_profile * (match.h) */
};

/* Load path, or (path NULL) the default XDG place; a missing default file
 * yields the built-in defaults with no feeds and no topics. */
struct sw_config *config_load(const char *path, GError **err) G_GNUC_WARN_UNUSED_RESULT;
/* Load from memory; path (nullable) is only for messages and relative feed
 * paths. */
struct sw_config *config_load_data(const char *text, gsize len, const char *path,
                                   GError **err) G_GNUC_WARN_UNUSED_RESULT;
void config_free(struct sw_config *c);

/* The 1-based line of `key` in `[group]` of the INI text, or of the group
 * header when key is NULL; 0 when not found. */
int config_key_line(const char *text, const char *group, const char *key);

/* Print every global directive with its default and help (--help-config). */
void config_print_help(FILE *fp);

/* (transfer full) XDG places. */
char *config_default_path(void);
char *config_state_dir(void);  /* $XDG_STATE_HOME/storywatch */
char *config_state_db(void);   /* $XDG_STATE_HOME/storywatch/state.db */
char *config_digest_dir(void); /* $XDG_DATA_HOME/storywatch/digest */

#define SW_CONFIG_ERROR (config_error_quark())
GQuark config_error_quark(void);

#endif
