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

/* The bytes of a character at p that a log line must not hold as it is
 * (0 if none), and the character into *c: a C0 control or DEL; a C1
 * control (U+0080..U+009F), which a terminal may obey as ESC [ and the
 * like; a line or paragraph separator, which some viewers break the line
 * at; a bidirectional control (U+061C, U+200E, U+200F, U+202A..U+202E,
 * U+2066..U+2069), which would show the rest of the line reordered; a
 * byte that starts no UTF-8 character (a server's reason phrase may
 * hold any), for which the journal keeps the whole line as binary and
 * journalctl shows "[blob data]". */
static int
unsafe_at(const unsigned char *p, gunichar *c)
{
	gunichar u;

	if ((*p < 0x20 && *p != '\t') || *p == 0x7f) {
		*c = *p;
		return 1;
	}
	if (p[0] == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f) {
		*c = p[1];
		return 2;
	}
	if (p[0] == 0xd8 && p[1] == 0x9c) {
		*c = 0x061c;
		return 2;
	}
	if (p[0] == 0xe2 && p[1] == 0x80 &&
	    (p[2] == 0x8e || p[2] == 0x8f || (p[2] >= 0xa8 && p[2] <= 0xae))) {
		*c = 0x2000 + (p[2] - 0x80);
		return 3;
	}
	if (p[0] == 0xe2 && p[1] == 0x81 && p[2] >= 0xa6 && p[2] <= 0xa9) {
		*c = 0x2040 + (p[2] - 0x80);
		return 3;
	}
	/* overlong forms and surrogates too; (gunichar)-2 is one cut short */
	u = *p < 0x80 ? *p : g_utf8_get_char_validated((const char *)p, -1);
	if (u == (gunichar)-1 || u == (gunichar)-2) {
		*c = *p;
		return 1;
	}
	return 0;
}

/* The bytes of the character at p, which unsafe_at() found safe (and so
 * whole UTF-8). */
static inline int
safe_len(const unsigned char *p)
{
	return *p < 0x80 ? 1 : g_utf8_skip[*p];
}

/* msg with those characters written as \xHH (a byte) or \uHHHH: one call
 * stays one plain line, shown in its order, whatever a feed or a server
 * put into it. */
static char *
one_line(char *msg)
{
	GString *out;
	const unsigned char *p;
	gunichar c;
	int n = 0;

	for (p = (const unsigned char *)msg; *p && !(n = unsafe_at(p, &c)); p += safe_len(p))
		;
	if (!*p)
		return msg;
	out = g_string_new(NULL);
	g_string_append_len(out, msg, (gssize)((const char *)p - msg));
	while (*p) {
		n = unsafe_at(p, &c);
		if (n == 0) {
			n = safe_len(p);
			g_string_append_len(out, (const char *)p, n);
		} else if (n == 1) {
			g_string_append_printf(out, "\\x%02x", (unsigned)c);
		} else {
			g_string_append_printf(out, "\\u%04x", (unsigned)c);
		}
		p += n;
	}
	g_free(msg);
	return g_string_free(out, FALSE);
}

/* msg with the password of each URL in it ("scheme://user:password@host")
 * written as ***: a feed's url may carry one, and a line that names the
 * url (an error, a move) went to the journal with it.  The user stays,
 * to tell which account; the authority ends at the first '/', '?', '#'
 * or blank, and its userinfo at its last '@'. */
static char *
hide_passwords(char *msg)
{
	const char *p = strstr(msg, "://"), *from = msg;
	GString *out = NULL;

	for (; p; p = strstr(p, "://")) {
		const char *a = p + 3, *end = a, *at = NULL, *colon;

		for (; *end && !strchr("/?# \t", *end); end++)
			if (*end == '@')
				at = end;
		colon = at ? memchr(a, ':', (size_t)(at - a)) : NULL;
		if (colon && colon + 1 < at) {
			if (!out)
				out = g_string_new(NULL);
			g_string_append_len(out, from, (gssize)(colon + 1 - from));
			g_string_append(out, "***");
			from = at;
		}
		/* on from the authority's start: it may end at the ':' of
		 * the next URL's "://" ("http://a.example,http://u:pw@b/") */
		p = a;
	}
	if (!out)
		return msg;
	g_string_append(out, from);
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
	char *msg = hide_passwords(one_line(g_strdup_vprintf(fmt, ap)));
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
