/*
 * config.c - the INI file; see config.h.
 *
 * Every directive of [storywatch] is a row of directives[] below: the
 * parser, --help-config, the man page and the example config all follow
 * that one table (tests/test_config.c checks the last two against it).
 */
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "config.h"
#include "keyfile.h"
#include "caps.h"
#include "fetch.h"
#include "log.h"
#include "match.h"

#define MAIN_GROUP "storywatch"

G_DEFINE_QUARK(storywatch_config_error, config_error)

enum conf_type { CONF_DURATION, CONF_INT, CONF_STRING, CONF_BOOL };

struct directive {
	const char *name;
	enum conf_type type;
	const char *def;     /* default, as written in the file */
	size_t offset;       /* into struct sw_config */
	gint64 min, max;     /* for durations (seconds) and ints */
	const char *choices; /* for strings: "a|b|c", NULL = free */
	const char *help;
};

#define OFF(f) offsetof(struct sw_config, f)

/* Sorted by name. */
static const struct directive directives[] = {
	{ "backfill", CONF_DURATION, "24h", OFF(backfill), 0, 3650LL * 86400, NULL,
	  "on a feed's first fetch, entries published longer ago than this are stored silently" },
	{ "digest_html", CONF_BOOL, "true", OFF(digest_html), 0, 1, NULL,
	  "write YYYY-MM-DD.html beside the Markdown digest" },
	{ "interval", CONF_DURATION, "60m", OFF(interval), SW_INTERVAL_MIN, SW_INTERVAL_MAX, NULL,
	  "time between two polls of a feed (15m to 24h)" },
	{ "keep_unmatched_text", CONF_DURATION, "30d", OFF(keep_unmatched_text), 0, 3650LL * 86400,
	  NULL, "how long the whole text of an entry no topic matched is kept (0: for ever)" },
	{ "log_level", CONF_STRING, "info", OFF(log_level), 0, 0, "error|warning|info|debug",
	  "how much goes to the log" },
	{ "max_concurrent", CONF_INT, "8", OFF(max_concurrent), 1, 64, NULL,
	  "transfers running at once" },
	{ "max_per_host", CONF_INT, "2", OFF(max_per_host), 1, 16, NULL,
	  "transfers running at once to one host:port" },
	{ "notify", CONF_STRING, "libnotify", OFF(notify), 0, 0, "libnotify|stdout|none",
	  "where alerts go: desktop popups, lines on standard output, or nowhere" },
	{ "popup_batch", CONF_INT, "3", OFF(popup_batch), 1, 100, NULL,
	  "more new popups than this in one cycle become one summary" },
	{ "quiet_hours", CONF_STRING, "", OFF(quiet_hours), 0, 0, NULL,
	  "HH:MM-HH:MM local time: popups are held, then shown as one summary" },
	{ "thread_window", CONF_DURATION, "180d", OFF(thread_window), 86400, 365LL * 86400, NULL,
	  "how long a quiet story thread can still take follow-ups" },
	{ "topics_from", CONF_STRING, "", OFF(topics_from), 0, 0, NULL,
	  "also read the [topic] groups of this file (relative to this one), to share profiles" },
};

static void set_error(GError **err, const char *path, int line, const char *fmt, ...)
        G_GNUC_PRINTF(4, 5);

static void
set_error(GError **err, const char *path, int line, const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	msg = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	if (line > 0)
		g_set_error(err, SW_CONFIG_ERROR, 1, "%s:%d: %s", path ? path : "(config)", line,
		            msg);
	else
		g_set_error(err, SW_CONFIG_ERROR, 1, "%s: %s", path ? path : "(config)", msg);
	g_free(msg);
}

/* "90", "90s", "15m", "1h", "2d" -> seconds; -1 when malformed. */
static gint64
parse_duration(const char *s)
{
	char *end;
	gint64 v;

	while (g_ascii_isspace(*s))
		s++;
	if (!g_ascii_isdigit(*s))
		return -1;
	errno = 0;
	v = g_ascii_strtoll(s, &end, 10);
	if (errno || v > G_MAXINT32)
		return -1;
	switch (*end) {
	case '\0':
	case 's':
		break;
	case 'm':
		v *= 60;
		break;
	case 'h':
		v *= 3600;
		break;
	case 'd':
		v *= 86400;
		break;
	default:
		return -1;
	}
	if (*end)
		end++;
	while (g_ascii_isspace(*end))
		end++;
	if (*end)
		return -1; /* "2h and a bit", "30m 2h": not one duration */
	return v;
}

/* (transfer full) seconds as a duration is written: in the largest unit
 * of d (past a day), h, m that divides it ("15m", "24h", "3650d"), else
 * in seconds */
static char *
duration_text(gint64 v)
{
	if (v > 86400 && v % 86400 == 0)
		return g_strdup_printf("%" G_GINT64_FORMAT "d", v / 86400);
	if (v > 0 && v % 3600 == 0)
		return g_strdup_printf("%" G_GINT64_FORMAT "h", v / 3600);
	if (v > 0 && v % 60 == 0)
		return g_strdup_printf("%" G_GINT64_FORMAT "m", v / 60);
	return g_strdup_printf("%" G_GINT64_FORMAT "s", v);
}

int
config_key_line(const char *text, const char *group, const char *key)
{
	const char *p = text;
	gboolean in_group = FALSE;
	size_t glen = strlen(group), klen = key ? strlen(key) : 0;
	int line = 1, found = 0;

	if (!text)
		return 0;
	if (!strncmp(p, "\xEF\xBB\xBF", 3))
		p += 3; /* a BOM */
	while (*p) {
		const char *e = strchr(p, '\n');
		const char *q = p;
		size_t len = e ? (size_t)(e - p) : strlen(p);

		while (q < p + len && (*q == ' ' || *q == '\t'))
			q++;
		if (*q == '[') {
			in_group = (size_t)(p + len - q) >= glen + 2 &&
			           strncmp(q + 1, group, glen) == 0 && q[glen + 1] == ']';
			if (in_group && !key)
				return line;
		} else if (in_group && key && strncmp(q, key, klen) == 0) {
			const char *r = q + klen;

			while (*r == ' ' || *r == '\t')
				r++;
			if (*r == '=')
				found = line; /* the last one set wins, as in GKeyFile */
		}
		if (!e)
			break;
		p = e + 1;
		line++;
	}
	return found;
}

/* A file that is not UTF-8 (GKeyFile takes nothing else): the error names
 * the line of the first bad byte (a NUL, or a Latin-1 key written by an
 * old editor) and shows that line with the bad bytes escaped. */
static void
utf8_error(GError **err, const char *path, const char *text, gsize len)
{
	const char *bad, *b, *e;
	char *lt, *shown;
	int line = 1;

	g_utf8_validate(text, (gssize)len, &bad);
	for (b = text; b < bad; b++)
		if (*b == '\n')
			line++;
	for (b = bad; b > text && b[-1] != '\n'; b--)
		;
	e = memchr(bad, '\n', len - (gsize)(bad - text));
	lt = g_strndup(b, (gsize)((e ? e : text + len) - b)); /* stops at a NUL */
	shown = g_strescape(lt, NULL);
	set_error(err, path, line, "not valid UTF-8 (\"%s\")", shown);
	g_free(shown);
	g_free(lt);
}

static const struct directive *
find_directive(const char *name)
{
	size_t i;

	for (i = 0; i < G_N_ELEMENTS(directives); i++)
		if (strcmp(directives[i].name, name) == 0)
			return &directives[i];
	return NULL;
}

static int
apply_directive(struct sw_config *c, const struct directive *d, const char *value, const char *path,
                int line, GError **err)
{
	char *base = (char *)c;
	gint64 v;

	switch (d->type) {
	case CONF_DURATION:
	case CONF_INT:
		if (d->type == CONF_DURATION) {
			v = parse_duration(value);
		} else {
			char *end;

			v = g_ascii_strtoll(value, &end, 10);
			if (end == value || *end)
				v = -1;
			else if (v < 0)
				v = G_MININT64; /* a number, out of range below */
		}
		if (v == -1 || (v < 0 && d->type == CONF_DURATION)) {
			set_error(err, path, line, "%s = %s: not a %s", d->name, value,
			          d->type == CONF_DURATION ? "duration (like 90s, 15m, 2h, 1d)"
			                                   : "whole number");
			return -1;
		}
		if ((v < d->min || v > d->max) && d->type == CONF_DURATION) {
			/* in the units the file is written in: "interval = 5m:
			 * out of range (15m to 24h)", not "(900 to 86400 seconds)" */
			char *lo = duration_text(d->min), *hi = duration_text(d->max);

			set_error(err, path, line, "%s = %s: out of range (%s to %s)", d->name,
			          value, lo, hi);
			g_free(lo);
			g_free(hi);
			return -1;
		}
		if (v < d->min || v > d->max) {
			set_error(err, path, line,
			          "%s = %s: out of range (%" G_GINT64_FORMAT " to %" G_GINT64_FORMAT
			          ")",
			          d->name, value, d->min, d->max);
			return -1;
		}
		if (d->type == CONF_DURATION)
			*(gint64 *)(base + d->offset) = v;
		else
			*(int *)(base + d->offset) = (int)v;
		break;
	case CONF_BOOL:
		if (!g_ascii_strcasecmp(value, "true") || !g_ascii_strcasecmp(value, "yes") ||
		    !strcmp(value, "1")) {
			*(gboolean *)(base + d->offset) = TRUE;
		} else if (!g_ascii_strcasecmp(value, "false") ||
		           !g_ascii_strcasecmp(value, "no") || !strcmp(value, "0")) {
			*(gboolean *)(base + d->offset) = FALSE;
		} else {
			set_error(err, path, line, "%s = %s: not true or false", d->name, value);
			return -1;
		}
		break;
	case CONF_STRING:
		if (d->choices) {
			char **ch = g_strsplit(d->choices, "|", -1);
			gboolean ok = g_strv_contains((const char *const *)ch, value);

			g_strfreev(ch);
			if (!ok) {
				set_error(err, path, line, "%s = %s: not one of %s", d->name, value,
				          d->choices);
				return -1;
			}
		}
		g_free(*(char **)(base + d->offset));
		*(char **)(base + d->offset) = g_strdup(value);
		break;
	}
	return 0;
}

/* "7:30" or "07:30" at *s -> minutes of the day, *s moved past it; -1
 * if it is not one (no sign or blank, as sscanf's %u would take). */
static int
parse_clock(const char **s)
{
	const char *p = *s;
	int h = 0, m, n = 0;

	while (g_ascii_isdigit(*p) && n < 2) {
		h = h * 10 + (*p++ - '0');
		n++;
	}
	if (n == 0 || *p++ != ':' || !g_ascii_isdigit(p[0]) || !g_ascii_isdigit(p[1]))
		return -1;
	m = (p[0] - '0') * 10 + (p[1] - '0');
	if (h > 23 || m > 59)
		return -1;
	*s = p + 2;
	return h * 60 + m;
}

/* "22:00-07:00" -> minutes; 0 ok, -1 malformed or empty ("22:00-22:00"
 * would be no quiet hours at all, which is leaving the key out). */
static int
parse_quiet(const char *s, int *start, int *end)
{
	*start = parse_clock(&s);
	if (*start < 0 || *s++ != '-')
		return -1;
	*end = parse_clock(&s);
	if (*end < 0 || *s != '\0' || *start == *end)
		return -1;
	return 0;
}

static struct sw_config *
config_new_defaults(const char *path)
{
	struct sw_config *c = g_new0(struct sw_config, 1);
	size_t i;

	c->path = g_strdup(path);
	c->feeds = g_ptr_array_new();
	c->topics = g_ptr_array_new();
	c->quiet_start = c->quiet_end = -1;
	for (i = 0; i < G_N_ELEMENTS(directives); i++) {
		GError *e = NULL;

		if (apply_directive(c, &directives[i], directives[i].def, NULL, 0, &e) < 0)
			g_error("built-in default of %s: %s", directives[i].name, e->message);
	}
	return c;
}

/* Feed URL from the config: http(s) URLs that curl can fetch and file:
 * URLs as they are, a path made absolute against the config file's
 * folder ("~/" against the home folder).  NULL with *why (g_free()) when
 * refused. */
static char *
feed_url(const char *value, const char *path, char **why)
{
	char *scheme = g_uri_parse_scheme(value);
	char *url = NULL;

	for (const char *p = value; *p; p++) {
		if ((unsigned char)*p < 0x20 || *p == 0x7f) {
			*why = g_strdup("a control character cannot be part of a URL or a path");
			g_free(scheme);
			return NULL;
		}
	}
	if (scheme) {
		char *lower = g_ascii_strdown(scheme, -1);

		/* a URL curl refuses would fail at every poll, named by
		 * its URL alone and backed off, never by its line */
		if (!strcmp(lower, "http") || !strcmp(lower, "https"))
			*why = fetch_url_problem(value);
		else if (strcmp(lower, "file"))
			*why = g_strdup("only http, https and file URLs (or a path) are feeds");
		if (!*why)
			url = g_strdup(value);
		g_free(lower);
		g_free(scheme);
		return url;
	}
	{
		/* canonical ("." and ".." resolved), so that however the config
		 * file and the path are spelled, the store sees one url; "~/"
		 * is the home folder, as in a shell */
		char *rel = path ? g_path_get_dirname(path) : g_get_current_dir();
		char *dir = g_canonicalize_filename(rel, NULL); /* against the cwd */
		char *home = strncmp(value, "~/", 2) == 0
		                     ? g_build_filename(g_get_home_dir(), value + 2, NULL)
		                     : NULL;
		char *abs = g_canonicalize_filename(home ? home : value, dir);

		g_free(home);

		url = g_filename_to_uri(abs, NULL, NULL);
		g_free(abs);
		g_free(dir);
		g_free(rel);
	}
	if (!url)
		*why = g_strdup("not a usable path");
	return url;
}

/* Read at most SW_MAX_CONFIG_BYTES + 1 bytes of path into *text (NUL
 * terminated): a config (or a device named as one) is never read whole
 * into memory.  The caller refuses a *len over the cap.  A regular file
 * is read into a buffer of its size (a doubling one took 1 MB for the
 * 550 KB of 10,000 feeds); what has no size, or grew, doubles. */
static int
read_capped(const char *path, char **text, gsize *len, GError **err)
{
	const gsize cap = SW_MAX_CONFIG_BYTES + 1;
	FILE *fp = fopen(path, "rb");
	struct stat sb;
	gsize n = 0, size = 8192;
	size_t got;
	char *buf;
	int rc = 0;

	if (!fp) {
		g_set_error(err, SW_CONFIG_ERROR, 1, "%s: %s", path, g_strerror(errno));
		return -1;
	}
	if (fstat(fileno(fp), &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size >= 0)
		size = (guint64)sb.st_size < cap ? (gsize)sb.st_size + 1 : cap; /* +1: EOF seen */
	buf = g_malloc(size + 1);
	while (n < cap) {
		if (n == size) {
			size = MIN(size * 2, cap);
			buf = g_realloc(buf, size + 1);
		}
		got = fread(buf + n, 1, size - n, fp);
		if (got == 0)
			break;
		n += got;
	}
	buf[n] = '\0';
	if (ferror(fp)) {
		g_set_error(err, SW_CONFIG_ERROR, 1, "%s: %s", path, g_strerror(errno));
		rc = -1;
	}
	fclose(fp);
	if (rc < 0) {
		g_free(buf);
		return -1;
	}
	*len = n;
	*text = buf;
	return 0;
}

/* Whether a topic of c has the name that group ("topic NAME") gives, its
 * blanks trimmed as match.c trims them.  The store keeps matches and
 * threads by topic name: a second topic of one name would share them, and
 * its matches be dropped. */
static gboolean
topic_taken(const struct sw_config *c, const char *group)
{
	char *name = g_strstrip(g_strdup(group + 6));
	gboolean taken = FALSE;
	guint i;

	for (i = 0; i < c->topics->len && !taken; i++)
		taken = strcmp(match_profile_name(c->topics->pdata[i]), name) == 0;
	g_free(name);
	return taken;
}

/* topics_from = FILE: compile the [topic] groups of another file too. */
static int
load_topics_from(struct sw_config *c, const char *text, const char *path, GError **err)
{
	char *file, *data = NULL;
	struct sw_keyfile *kf = NULL;
	GError *e = NULL;
	char **groups = NULL;
	gsize len, i, first;
	int rc = -1, bad = 0;

	if (g_path_is_absolute(c->topics_from) || !path) {
		file = g_strdup(c->topics_from);
	} else {
		char *dir = g_path_get_dirname(path);

		file = g_build_filename(dir, c->topics_from, NULL);
		g_free(dir);
	}
	if (read_capped(file, &data, &len, &e) < 0) {
		set_error(err, path, config_key_line(text, MAIN_GROUP, "topics_from"),
		          "topics_from = %s: %s", c->topics_from, e->message);
		goto out;
	}
	if (len > SW_MAX_CONFIG_BYTES) {
		set_error(err, file, 0, "larger than %d bytes", SW_MAX_CONFIG_BYTES);
		goto out;
	}
	if (!g_utf8_validate(data, (gssize)len, NULL)) {
		utf8_error(err, file, data, len);
		goto out;
	}
	kf = keyfile_load(data, len, &bad, &e);
	if (!kf) {
		set_error(err, file, bad, "%s", e->message);
		goto out;
	}
	groups = keyfile_get_groups(kf);
	first = c->topics->len;
	for (i = 0; groups[i]; i++) {
		struct sw_profile *p;

		if (!g_str_has_prefix(groups[i], "topic ") || !groups[i][6])
			continue;
		if (topic_taken(c, groups[i])) {
			set_error(err, file, config_key_line(data, groups[i], NULL),
			          "[%s] is also in %s; one topic, one group", groups[i],
			          path ? path : "the configuration");
			goto out;
		}
		if (c->topics->len >= SW_MAX_TOPICS) {
			set_error(err, file, config_key_line(data, groups[i], NULL),
			          "more than %d topics (with those of %s)", SW_MAX_TOPICS,
			          path ? path : "the configuration");
			goto out;
		}
		p = match_profile_read(kf, groups[i], file, data, err);
		if (!p)
			goto out;
		g_ptr_array_add(c->topics, p);
	}
	/* every key is read: the file's text and keys go before the topics'
	 * indexes are built, not to add to the peak of building them */
	g_strfreev(groups);
	groups = NULL;
	keyfile_free(kf);
	kf = NULL;
	g_free(data);
	data = NULL;
	for (i = first; i < c->topics->len; i++)
		match_profile_build(c->topics->pdata[i]);
	rc = 0;
out:
	g_clear_error(&e);
	g_strfreev(groups);
	keyfile_free(kf);
	g_free(data);
	g_free(file);
	return rc;
}

/* A feed's name and url live in the block of its struct: one allocation
 * a feed (10,000 feeds: ~0.8 MB instead of ~1 MB in three blocks). */
static struct sw_feed_conf *
feed_conf_new(const char *name, const char *url)
{
	gsize nl = strlen(name) + 1, ul = strlen(url) + 1;
	struct sw_feed_conf *f = g_malloc0(sizeof(*f) + nl + ul);

	f->name = memcpy((char *)(f + 1), name, nl);
	f->url = memcpy(f->name + nl, url, ul);
	return f;
}

static void
feed_conf_free(gpointer p)
{
	g_free(p);
}

/* A [feed NAME] group as read: thousands of them are common, so they are
 * read here line by line into as little as a feed needs, and only the
 * other groups go through the key file (keyfile.h). */
struct raw_feed {
	char *name;
	char *url, *interval; /* (nullable) values as written, unescaped */
	int line, url_line, interval_line;
};

static void
raw_feed_free(gpointer p)
{
	struct raw_feed *r = p;

	if (!r)
		return;
	g_free(r->name);
	g_free(r->url);
	g_free(r->interval);
	g_free(r);
}

/* GKeyFile's escapes (\s \n \t \r \\) in a value; another backslash
 * stays as it is.  Never longer than the value: allocated to its size
 * (10,000 feeds keep 10,000 of these). */
static char *
unescape_value(const char *v, gsize n)
{
	char *out = g_malloc(n + 1), *o = out;
	gsize i;

	for (i = 0; i < n; i++) {
		char c = v[i];

		if (c == '\\' && i + 1 < n && strchr("sntr\\", v[i + 1])) {
			c = v[++i];
			c = c == 's'   ? ' '
			    : c == 'n' ? '\n'
			    : c == 't' ? '\t'
			    : c == 'r' ? '\r'
			               : '\\';
		}
		*o++ = c;
	}
	*o = '\0';
	return out;
}

/* Whether name (n bytes) may name a group: GKeyFile's rule, no brackets
 * and no control characters. */
static gboolean
group_name_ok(const char *name, gsize n)
{
	gsize i;

	for (i = 0; i < n; i++)
		if (name[i] == '[' || name[i] == ']' || (guchar)name[i] < 0x20 || name[i] == 0x7f)
			return FALSE;
	return n > 0;
}

/* A line that is neither a [group], "key = value" nor a comment. */
static void
bad_line(GError **err, const char *path, int line, const char *b, const char *end)
{
	char *lt = g_strndup(b, (gsize)(end - b));

	if (*b == '[')
		set_error(err, path, line, "not a [group] line (\"%s\")", lt);
	else
		set_error(err, path, line, "not \"key = value\", a [group] or a # comment (\"%s\")",
		          lt);
	g_free(lt);
}

/* One "key = value" line of [feed cur->name] into cur. */
static int
feed_key(struct raw_feed *cur, const char *b, const char *end, const char *path, int line,
         GError **err)
{
	const char *eq = memchr(b, '=', (gsize)(end - b));
	const char *k = eq, *v;
	gsize klen;

	if (eq == NULL || eq == b) {
		bad_line(err, path, line, b, end);
		return -1;
	}
	while (k > b && g_ascii_isspace(k[-1]))
		k--;
	for (v = eq + 1; v < end && g_ascii_isspace(*v); v++)
		;
	klen = (gsize)(k - b);
	if (klen > 0 && b[klen - 1] == ']' && memchr(b, '[', klen))
		return 0; /* url[de] = ...: a translation, ignored as by keyfile.c */
	if (klen == 3 && memcmp(b, "url", 3) == 0) {
		g_free(cur->url);
		cur->url = unescape_value(v, (gsize)(end - v));
		cur->url_line = line;
	} else if (klen == 8 && memcmp(b, "interval", 8) == 0) {
		g_free(cur->interval);
		cur->interval = unescape_value(v, (gsize)(end - v));
		cur->interval_line = line;
	} else {
		set_error(err, path, line,
		          "unknown key \"%.*s\" in [feed %s] (feeds take url and interval)",
		          (int)klen, b, cur->name);
		return -1;
	}
	return 0;
}

/* Take the [feed NAME] groups out of the len bytes of text into feeds (in
 * file order; a name seen twice is one group, later keys winning, as in
 * GKeyFile) and copy every other line to rest; the lines of [feed] groups
 * are blank there, so that a line of rest has its number in text. */
static int
split_feed_groups(const char *text, gsize len, const char *path, GString *rest, GPtrArray *feeds,
                  GError **err)
{
	GHashTable *by_name = g_hash_table_new(g_str_hash, g_str_equal);
	struct raw_feed *cur = NULL;
	gboolean in_group = FALSE;
	const char *p = text, *tend = text + len;
	int line = 0, rc = 0;

	if (len >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
		p += 3; /* a byte order mark, which some editors write */
	while (p < tend && rc == 0) {
		const char *e = memchr(p, '\n', (gsize)(tend - p)), *b = p, *end;
		gsize n = e ? (gsize)(e - p) : (gsize)(tend - p);

		line++;
		end = p + n;
		while (b < end && g_ascii_isspace(*b))
			b++;
		while (end > b && g_ascii_isspace(end[-1]))
			end--;
		if (b < end && *b == '[' && end[-1] == ']') {
			in_group = TRUE;
			cur = NULL;
			if (end - b > 7 && strncmp(b, "[feed ", 6) == 0) {
				char *name;

				if (!group_name_ok(b + 1, (gsize)(end - b - 2))) {
					bad_line(err, path, line, b, end);
					rc = -1;
					break;
				}
				name = g_strndup(b + 6, (gsize)(end - b - 7));
				cur = g_hash_table_lookup(by_name, name);
				if (cur == NULL) {
					cur = g_new0(struct raw_feed, 1);
					cur->name = name;
					cur->line = line;
					g_hash_table_insert(by_name, cur->name, cur);
					g_ptr_array_add(feeds, cur);
				} else {
					/* one group, as GKeyFile has it, but
					 * likely a copy that kept its name: the
					 * first one's url is then lost unseen */
					log_warnx("%s:%d: [feed %s] again (first at line %d): "
					          "one feed, whose later keys win",
					          path ? path : "(config)", line, name, cur->line);
					g_free(name);
				}
				g_string_append_c(rest, '\n'); /* rest's lines are text's */
				p = e ? e + 1 : tend;
				continue;
			}
		} else if (b < end && *b != '#' && (cur || !in_group)) {
			if (cur) {
				rc = feed_key(cur, b, end, path, line, err);
				g_string_append_c(rest, '\n');
			} else if (*b == '[') {
				bad_line(err, path, line, b, end);
				rc = -1;
			} else {
				set_error(err, path, line, "a line before the first [group]");
				rc = -1;
			}
			p = e ? e + 1 : tend;
			continue;
		}
		if (cur == NULL) {
			g_string_append_len(rest, p, (gssize)n);
			g_string_append_c(rest, '\n');
		} else {
			g_string_append_c(rest, '\n');
		}
		p = e ? e + 1 : tend;
	}
	g_hash_table_destroy(by_name);
	return rc;
}

/* The [feed] groups, read by split_feed_groups(), into c->feeds; each
 * raw group is freed once its feed is made. */
static gint
by_url(gconstpointer a, gconstpointer b, gpointer feeds)
{
	guint i = *(const guint *)a, j = *(const guint *)b;
	const struct sw_feed_conf *fa = g_ptr_array_index((GPtrArray *)feeds, i);
	const struct sw_feed_conf *fb = g_ptr_array_index((GPtrArray *)feeds, j);
	int d = strcmp(fa->url, fb->url);

	return d ? d : (i > j) - (i < j);
}

/* Two feeds with one url are allowed (two names, two intervals), but
 * likely a slip: the server is asked twice and each entry stored twice.
 * A warning names the line of each later one.  By sorting numbers, not
 * with a table: 10,000 feeds take 40 KB for it. */
static void
warn_repeated_urls(struct sw_config *c, const int *lines, const char *path)
{
	guint n = c->feeds->len, i, first = 0;
	guint *order = g_new(guint, n);

	for (i = 0; i < n; i++)
		order[i] = i;
	g_qsort_with_data(order, (gint)n, sizeof(*order), by_url, c->feeds);
	for (i = 1; i < n; i++) {
		const struct sw_feed_conf *f = c->feeds->pdata[order[i]];
		const struct sw_feed_conf *g = c->feeds->pdata[order[first]];

		if (strcmp(f->url, g->url)) {
			first = i;
			continue;
		}
		log_warnx("%s:%d: [feed %s] has the url of [feed %s]: it is polled twice",
		          path ? path : "(config)", lines[order[i]], f->name, g->name);
	}
	g_free(order);
}

static int
add_feeds(struct sw_config *c, GPtrArray *raw, const char *path, GError **err)
{
	int *lines = g_new(int, raw->len ? raw->len : 1);
	int rc = -1;
	guint i;

	g_ptr_array_unref(c->feeds);
	c->feeds = g_ptr_array_new_full(raw->len, feed_conf_free);
	for (i = 0; i < raw->len; i++) {
		struct raw_feed *r = raw->pdata[i];
		struct sw_feed_conf *f;
		char *why = NULL;
		char *url;

		if (!r->url || !*r->url) {
			set_error(err, path, r->line, "[feed %s] has no url", r->name);
			goto out;
		}
		url = feed_url(r->url, path, &why);
		if (!url) {
			set_error(err, path, r->url_line, "url = %s: %s", r->url, why);
			g_free(why);
			goto out;
		}
		f = feed_conf_new(r->name, url);
		g_free(url);
		g_ptr_array_add(c->feeds, f);
		lines[i] = r->line;
		if (r->interval) {
			f->interval = parse_duration(r->interval);
			if (f->interval < SW_INTERVAL_MIN || f->interval > SW_INTERVAL_MAX) {
				set_error(err, path, r->interval_line,
				          "interval = %s: not a duration from 15m to 24h",
				          r->interval);
				goto out;
			}
		}
		if (c->feeds->len > SW_MAX_FEEDS) {
			set_error(err, path, r->line, "more than %d feeds", SW_MAX_FEEDS);
			goto out;
		}
		raw->pdata[i] = NULL;
		raw_feed_free(r);
	}
	warn_repeated_urls(c, lines, path);
	rc = 0;
out:
	g_free(lines);
	return rc;
}

/* The file's size and encoding, before any of it is read. */
static int
text_check(const char *text, gsize len, const char *path, GError **err)
{
	if (len > SW_MAX_CONFIG_BYTES) {
		set_error(err, path, 0, "larger than %d bytes", SW_MAX_CONFIG_BYTES);
		return -1;
	}
	if (!g_utf8_validate(text, (gssize)len, NULL)) {
		utf8_error(err, path, text, len);
		return -1;
	}
	return 0;
}

/* The [feed NAME] groups of text into c->feeds, and the key file of the
 * other groups (NULL on error).  The feeds are read by hand, not through
 * the key file: see struct raw_feed. */
static struct sw_keyfile *
feeds_split(struct sw_config *c, const char *text, gsize len, const char *path, GError **err)
{
	struct sw_keyfile *kf = NULL;
	GPtrArray *raw = g_ptr_array_new_with_free_func(raw_feed_free);
	GString *rest = g_string_new(NULL);
	GError *e = NULL;

	if (split_feed_groups(text, len, path, rest, raw, err) < 0) {
		g_string_free(rest, TRUE);
		goto out;
	}
	{
		gsize rlen = rest->len;
		int bad = 0;

		/* the key file keeps rest's bytes */
		kf = keyfile_take(g_string_free(rest, FALSE), rlen, &bad, &e);
		rest = NULL;
		if (!kf) {
			set_error(err, path, bad, "%s", e->message);
			g_clear_error(&e);
			goto out;
		}
	}
	if (add_feeds(c, raw, path, err) < 0) {
		keyfile_free(kf);
		kf = NULL;
	}
out:
	g_ptr_array_free(raw, TRUE);
	return kf;
}

/* The directives of [storywatch] into c. */
static int
main_group_read(struct sw_config *c, struct sw_keyfile *kf, const char *text, const char *path,
                GError **err)
{
	const char *g = MAIN_GROUP;
	char **keys = keyfile_get_keys(kf, g, NULL);
	int rc = -1;
	gsize j;

	for (j = 0; keys[j]; j++) {
		const struct directive *d = find_directive(keys[j]);
		int line = config_key_line(text, g, keys[j]);
		char *v;

		if (!d) {
			set_error(err, path, line, "unknown directive \"%s\" in [%s]", keys[j], g);
			goto out;
		}
		v = keyfile_get_string(kf, g, keys[j]);
		if (v)
			g_strchomp(v); /* "notify = stdout " */
		if (apply_directive(c, d, v ? v : "", path, line, err) < 0) {
			g_free(v);
			goto out;
		}
		g_free(v);
	}
	rc = 0;
out:
	g_strfreev(keys);
	return rc;
}

/* A [topic NAME] group g, read into c->topics; its index is built later,
 * by config_load_data(). */
static int
topic_group_read(struct sw_config *c, struct sw_keyfile *kf, const char *g, const char *text,
                 const char *path, GError **err)
{
	struct sw_profile *p;

	if (topic_taken(c, g)) {
		set_error(err, path, config_key_line(text, g, NULL),
		          "[%s] names a topic named above; one topic, one group", g);
		return -1;
	}
	p = match_profile_read(kf, g, path, text, err);
	if (!p)
		return -1;
	g_ptr_array_add(c->topics, p);
	if (c->topics->len > SW_MAX_TOPICS) {
		set_error(err, path, config_key_line(text, g, NULL), "more than %d topics",
		          SW_MAX_TOPICS);
		return -1;
	}
	return 0;
}

/* Every group of the key file, in file order: [storywatch] or a
 * [topic NAME]; any other is an error. */
static int
groups_read(struct sw_config *c, struct sw_keyfile *kf, const char *text, const char *path,
            GError **err)
{
	char **groups = keyfile_get_groups(kf);
	int rc = 0;
	gsize i;

	for (i = 0; groups[i] && rc == 0; i++) {
		const char *g = groups[i];

		if (!strcmp(g, MAIN_GROUP)) {
			rc = main_group_read(c, kf, text, path, err);
		} else if (g_str_has_prefix(g, "topic ") && g[6]) {
			rc = topic_group_read(c, kf, g, text, path, err);
		} else {
			set_error(err, path, config_key_line(text, g, NULL),
			          "unknown group [%s] (expected [storywatch], [feed NAME] or "
			          "[topic NAME])",
			          g);
			rc = -1;
		}
	}
	g_strfreev(groups);
	return rc;
}

/* quiet_hours = HH:MM-HH:MM into c->quiet_start and c->quiet_end. */
static int
quiet_hours_read(struct sw_config *c, const char *text, const char *path, GError **err)
{
	if (c->quiet_hours && *c->quiet_hours &&
	    parse_quiet(c->quiet_hours, &c->quiet_start, &c->quiet_end) < 0) {
		set_error(err, path, config_key_line(text, MAIN_GROUP, "quiet_hours"),
		          "quiet_hours = %s: expected HH:MM-HH:MM", c->quiet_hours);
		return -1;
	}
	return 0;
}

struct sw_config *
config_load_data(const char *text, gsize len, const char *path, GError **err)
{
	struct sw_config *c = config_new_defaults(path);
	struct sw_keyfile *kf = NULL;
	guint i;

	g_ptr_array_set_free_func(c->feeds, feed_conf_free);
	g_ptr_array_set_free_func(c->topics, (GDestroyNotify)match_profile_free);
	if (text_check(text, len, path, err) < 0)
		goto fail;
	kf = feeds_split(c, text, len, path, err);
	if (!kf || groups_read(c, kf, text, path, err) < 0)
		goto fail;
	/* every key is read: the key file (the config's text but the feeds)
	 * goes before the topics' indexes are built, not to add to the peak
	 * of building them, as in load_topics_from() */
	keyfile_free(kf);
	kf = NULL;
	for (i = 0; i < c->topics->len; i++)
		match_profile_build(c->topics->pdata[i]);
	if (c->topics_from && *c->topics_from && load_topics_from(c, text, path, err) < 0)
		goto fail;
	if (quiet_hours_read(c, text, path, err) < 0)
		goto fail;
	return c;
fail:
	keyfile_free(kf);
	config_free(c);
	return NULL;
}

struct sw_config *
config_load(const char *path, GError **err)
{
	char *def = NULL, *text = NULL;
	gsize len = 0;
	GError *e = NULL;
	struct sw_config *c;

	if (!path) {
		def = config_default_path();
		if (!g_file_test(def, G_FILE_TEST_EXISTS)) {
			c = config_new_defaults(def);
			g_ptr_array_set_free_func(c->feeds, feed_conf_free);
			g_ptr_array_set_free_func(c->topics, (GDestroyNotify)match_profile_free);
			g_free(def);
			return c;
		}
		path = def;
	}
	if (read_capped(path, &text, &len, &e) < 0) {
		g_propagate_error(err, e);
		g_free(def);
		return NULL;
	}
	c = config_load_data(text, len, path, err);
	g_free(text);
	g_free(def);
	return c;
}

void
config_free(struct sw_config *c)
{
	size_t i;

	if (!c)
		return;
	for (i = 0; i < G_N_ELEMENTS(directives); i++)
		if (directives[i].type == CONF_STRING)
			g_free(*(char **)((char *)c + directives[i].offset));
	g_ptr_array_free(c->feeds, TRUE);
	g_ptr_array_free(c->topics, TRUE);
	g_free(c->path);
	g_free(c);
}

void
config_print_help(FILE *fp)
{
	size_t i;

	fprintf(fp, "[storywatch]\n");
	for (i = 0; i < G_N_ELEMENTS(directives); i++)
		fprintf(fp, "# %s\n%s = %s\n", directives[i].help, directives[i].name,
		        directives[i].def);
	fprintf(fp, "\n[feed NAME]\n# url = http(s) URL, file: URL or path; interval = optional\n");
	fprintf(fp, "\n[topic NAME]\n# see storywatch.conf(5), TOPICS\n");
}

char *
config_default_path(void)
{
	return g_build_filename(g_get_user_config_dir(), "storywatch", "storywatch.conf", NULL);
}

char *
config_state_dir(void)
{
	const char *x = getenv("XDG_STATE_HOME");

	if (x && g_path_is_absolute(x))
		return g_build_filename(x, "storywatch", NULL);
	return g_build_filename(g_get_home_dir(), ".local", "state", "storywatch", NULL);
}

char *
config_state_db(void)
{
	char *dir = config_state_dir();
	char *db = g_build_filename(dir, "state.db", NULL);

	g_free(dir);
	return db;
}

char *
config_digest_dir(void)
{
	const char *x = getenv("XDG_DATA_HOME");

	if (x && g_path_is_absolute(x))
		return g_build_filename(x, "storywatch", "digest", NULL);
	return g_build_filename(g_get_home_dir(), ".local", "share", "storywatch", "digest", NULL);
}
