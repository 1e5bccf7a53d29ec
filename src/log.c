/*
 * log.c - plain lines on stderr; see log.h.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

static void
vlog(const char *prefix, const char *fmt, va_list ap, const char *suffix)
{
	char *msg = one_line(g_strdup_vprintf(fmt, ap));

	if (suffix)
		fprintf(stderr, "storywatch: %s%s: %s\n", prefix, msg, suffix);
	else
		fprintf(stderr, "storywatch: %s%s\n", prefix, msg);
	g_free(msg);
}

void
log_errorx(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vlog("error: ", fmt, ap, NULL);
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
	vlog("warning: ", fmt, ap, strerror(saved));
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
	vlog("warning: ", fmt, ap, NULL);
	va_end(ap);
}

void
log_info(const char *fmt, ...)
{
	va_list ap;

	if (log_level < SW_LOG_INFO)
		return;
	va_start(ap, fmt);
	vlog("", fmt, ap, NULL);
	va_end(ap);
}

void
log_debug_(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vlog("debug: ", fmt, ap, NULL);
	va_end(ap);
}

void
fatal(const char *fmt, ...)
{
	int saved = errno;
	va_list ap;

	va_start(ap, fmt);
	vlog("error: ", fmt, ap, strerror(saved));
	va_end(ap);
	exit(1);
}

void
fatalx(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vlog("error: ", fmt, ap, NULL);
	va_end(ap);
	exit(1);
}
