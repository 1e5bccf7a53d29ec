/*
 * log.c - plain lines on stderr; see log.h.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "log.h"

enum sw_log_level log_level = SW_LOG_INFO;
static gboolean level_from_command_line;

void
log_init(enum sw_log_level level)
{
	log_level = level;
	level_from_command_line = TRUE;
}

void
log_set_configured(int level)
{
	if (!level_from_command_line && level >= SW_LOG_ERROR && level <= SW_LOG_DEBUG)
		log_level = (enum sw_log_level)level;
}

int
log_level_parse(const char *name)
{
	static const char *const names[] = { "error", "warning", "info", "debug" };
	size_t i;

	for (i = 0; i < G_N_ELEMENTS(names); i++)
		if (g_ascii_strcasecmp(name, names[i]) == 0)
			return (int)i;
	return -1;
}

/* msg with its control characters written as \xHH: one call stays one
 * plain line whatever a feed or a server put into it. */
static char *
one_line(char *msg)
{
	GString *out;
	const unsigned char *p;

	for (p = (const unsigned char *)msg; *p; p++)
		if ((*p < 0x20 && *p != '\t') || *p == 0x7f)
			break;
	if (!*p)
		return msg;
	out = g_string_new(NULL);
	for (p = (const unsigned char *)msg; *p; p++) {
		if ((*p < 0x20 && *p != '\t') || *p == 0x7f)
			g_string_append_printf(out, "\\x%02x", *p);
		else
			g_string_append_c(out, (char)*p);
	}
	g_free(msg);
	return g_string_free(out, FALSE);
}

/* Whether stderr is the journal's stream: systemd names it in
 * JOURNAL_STREAM ("DEV:INODE") for a service whose output it logs.
 * Asked at each line (a test or a shell may point stderr elsewhere); a
 * daemon logs a few lines a cycle. */
static gboolean
to_journal(void)
{
	const char *js = getenv("JOURNAL_STREAM");
	unsigned long long dev, ino;
	struct stat st;

	if (!js || sscanf(js, "%llu:%llu", &dev, &ino) != 2 || fstat(2, &st) < 0)
		return FALSE;
	return (unsigned long long)st.st_dev == dev && (unsigned long long)st.st_ino == ino;
}

/* One line; under the journal it starts with its syslog priority
 * ("<3>" error, "<4>" warning, "<6>" info, "<7>" debug: sd-daemon(3)),
 * which the journal keeps as the line's priority and strips, so that
 * `journalctl --user -u storywatch -p warning` shows the warnings and
 * errors, and they show in colour, instead of every line at info. */
/* printf(3, 0): clang's -Wformat-nonliteral takes fmt as checked then */
static void vlog(int prio, const char *prefix, const char *fmt, va_list ap, const char *suffix)
        G_GNUC_PRINTF(3, 0);

static void
vlog(int prio, const char *prefix, const char *fmt, va_list ap, const char *suffix)
{
	char *msg = one_line(g_strdup_vprintf(fmt, ap));
	char pri[4] = "";

	if (to_journal())
		g_snprintf(pri, sizeof(pri), "<%d>", prio);
	if (suffix)
		fprintf(stderr, "%sstorywatch: %s%s: %s\n", pri, prefix, msg, suffix);
	else
		fprintf(stderr, "%sstorywatch: %s%s\n", pri, prefix, msg);
	g_free(msg);
}

void
log_errorx(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vlog(3, "error: ", fmt, ap, NULL);
	va_end(ap);
}

void
log_warn(const char *fmt, ...)
{
	int saved = errno;
	va_list ap;

	if (log_level < SW_LOG_WARN)
		return;
	va_start(ap, fmt);
	vlog(4, "warning: ", fmt, ap, strerror(saved));
	va_end(ap);
	errno = saved;
}

void
log_warnx(const char *fmt, ...)
{
	va_list ap;

	if (log_level < SW_LOG_WARN)
		return;
	va_start(ap, fmt);
	vlog(4, "warning: ", fmt, ap, NULL);
	va_end(ap);
}

void
log_info(const char *fmt, ...)
{
	va_list ap;

	if (log_level < SW_LOG_INFO)
		return;
	va_start(ap, fmt);
	vlog(6, "", fmt, ap, NULL);
	va_end(ap);
}

void
log_debug_(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vlog(7, "debug: ", fmt, ap, NULL);
	va_end(ap);
}

void
fatal(const char *fmt, ...)
{
	int saved = errno;
	va_list ap;

	va_start(ap, fmt);
	vlog(3, "error: ", fmt, ap, strerror(saved));
	va_end(ap);
	exit(1);
}

void
fatalx(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vlog(3, "error: ", fmt, ap, NULL);
	va_end(ap);
	exit(1);
}
