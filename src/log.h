/*
 * log.h - four levels of plain lines on stderr.
 *
 * Under systemd the journal stamps each line, so no timestamp is added;
 * a line to the journal's stream starts with its syslog priority ("<3>").
 * log_warn appends strerror(errno), log_warnx does not; fatal/fatalx log
 * and exit(1).  log_debug checks the level before formatting anything.
 * log_init() sets the level once; there is nothing to tear down.  A
 * line is one plain line, whatever it quotes, and the password of a URL
 * in it ("http://user:password@host/") is written ***.
 */
#ifndef SW_LOG_H
#define SW_LOG_H

#include <glib.h>

enum sw_log_level { SW_LOG_ERROR = 0, SW_LOG_WARN, SW_LOG_INFO, SW_LOG_DEBUG };

extern enum sw_log_level log_level;

void log_init(enum sw_log_level level);
/* The configured level: ignored when log_init() (the command line) set one. */
void log_set_configured(int level);
/* Parse "error"/"warning"/"info"/"debug"; -1 when unknown. */
int log_level_parse(const char *name);

/* An error the caller handles (exits, or keeps the old state). */
void log_errorx(const char *fmt, ...) G_GNUC_PRINTF(1, 2);
void log_warn(const char *fmt, ...) G_GNUC_PRINTF(1, 2);
void log_warnx(const char *fmt, ...) G_GNUC_PRINTF(1, 2);
void log_info(const char *fmt, ...) G_GNUC_PRINTF(1, 2);
void log_debug_(const char *fmt, ...) G_GNUC_PRINTF(1, 2);
G_NORETURN void fatal(const char *fmt, ...) G_GNUC_PRINTF(1, 2);
G_NORETURN void fatalx(const char *fmt, ...) G_GNUC_PRINTF(1, 2);

#define log_debug(...)                                                                             \
	do {                                                                                       \
		if (log_level >= SW_LOG_DEBUG)                                                     \
			log_debug_(__VA_ARGS__);                                                   \
	} while (0)

#endif
