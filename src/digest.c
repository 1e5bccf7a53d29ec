/*
 * digest.c - the daily digest files and the matches feed; see digest.h.
 *
 * Everything here is a view of the store: a day is read with
 * store_matches_seen_between(), grouped into topics and threads, and
 * rendered as Markdown, as one self-contained HTML page (inline CSS, no
 * script, every feed string escaped) and as an Atom feed.  The format is
 * documented in storywatch-digest(5); the golden files in tests/data/digest
 * pin it.  Feed strings are hostile: each one goes through digest_line() (valid
 * UTF-8, no control characters, one line) before any escaping.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "digest.h"
#include "caps.h"
#include "match.h"
#include "text.h"

#define ATOM_ROWS       2000 /* newest matches read for matches.atom */
#define ATOM_THREADS    50   /* threads in matches.atom */
#define MAX_TERMS       8    /* matched words shown per report */
#define MAX_TERMS_CHARS 200  /* characters of the matched terms */

static const char *const weekdays[] = {
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
};
static const char *const months[] = {
	"January", "February", "March",     "April",   "May",      "June",
	"July",    "August",   "September", "October", "November", "December",
};

/* ---- one day, grouped */

struct item {
	const struct sw_match_row *r; /* (transfer none) */
	GPtrArray *also;              /* char *: other outlets, same copy */
};

struct thread {
	const char *headline; /* (transfer none) */
	gboolean continued;   /* its new story was on an earlier day */
	char *since;          /* (nullable) ... the day of its first report */
	gint64 earlier;       /* ... and how many reports those days had */
	GPtrArray *items;     /* struct item * */
};

struct topic {
	const char *name;   /* (transfer none) */
	GPtrArray *threads; /* struct thread * */
};

struct day {
	char *day;                   /* "YYYY-MM-DD" */
	int year, month, mday, wday; /* wday 1 = Monday */
	gint64 from, to;             /* [from, to) local day in epoch seconds */
	GPtrArray *rows;             /* struct sw_match_row * (owned) */
	GPtrArray *topics;           /* struct topic * */
	guint nitems, nthreads, dropped;
};

static void
item_free(gpointer p)
{
	struct item *it = p;

	g_ptr_array_free(it->also, TRUE);
	g_free(it);
}

static void
thread_free_(gpointer p)
{
	struct thread *t = p;

	g_ptr_array_free(t->items, TRUE);
	g_free(t->since);
	g_free(t);
}

static void
topic_free(gpointer p)
{
	struct topic *t = p;

	g_ptr_array_free(t->threads, TRUE);
	g_free(t);
}

static void
day_free(struct day *d)
{
	if (!d)
		return;
	if (d->topics)
		g_ptr_array_free(d->topics, TRUE);
	if (d->rows)
		g_ptr_array_free(d->rows, TRUE);
	g_free(d->day);
	g_free(d);
}

/* Bidirectional controls: a title could reorder what a popup or a page
 * shows around it. */
static gboolean
is_bidi_control(gunichar c)
{
	return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
	       (c >= 0x2066 && c <= 0x2069);
}

char *
digest_line(const char *s, glong max)
{
	char *valid = g_utf8_make_valid(s ? s : "", -1);
	GString *out = g_string_new(NULL);
	gboolean space = FALSE;
	const char *p;

	for (p = valid; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);

		if (g_unichar_isspace(c) || g_unichar_iscntrl(c) || c == 0x2028 || c == 0x2029 ||
		    c == 0xFEFF || (c >= 0xFFFE && c <= 0xFFFF)) {
			space = TRUE;
			continue;
		}
		if (is_bidi_control(c))
			continue;
		if (space && out->len)
			g_string_append_c(out, ' ');
		space = FALSE;
		g_string_append_unichar(out, c);
	}
	g_free(valid);
	if (max > 0 && g_utf8_strlen(out->str, -1) > max) {
		char *cut = g_utf8_substring(out->str, 0, max - 1);
		char *sp = strrchr(cut, ' ');

		if (sp && g_utf8_strlen(cut, sp - cut) > max / 2)
			*sp = '\0';
		g_string_assign(out, cut);
		g_string_append(out, "…");
		g_free(cut);
	}
	return g_string_free(out, FALSE);
}

/* Only web links become links. */
static gboolean
web_link(const char *link)
{
	return link && (g_ascii_strncasecmp(link, "https://", 8) == 0 ||
	                g_ascii_strncasecmp(link, "http://", 7) == 0);
}

static const char *
outlet_of(const struct sw_match_row *r)
{
	if (r->feed_title && *r->feed_title)
		return r->feed_title;
	return r->feed_name ? r->feed_name : "?";
}

static const char *
title_of(const struct sw_match_row *r)
{
	return r->title && *r->title ? r->title : "(untitled)";
}

gint64
digest_time_of(const struct sw_match_row *r)
{
	return r->published != SW_DATE_NONE ? r->published : r->first_seen;
}

const char *
digest_kind_label(const char *kind)
{
	if (g_strcmp0(kind, "new") == 0)
		return "New story";
	if (g_strcmp0(kind, "followup") == 0)
		return "Follow-up";
	if (g_strcmp0(kind, "duplicate") == 0)
		return "Same copy";
	return "Match";
}

/* Whether t is on the local day y-m-d. */
static gboolean
on_local_day(gint64 t, int y, int m, int d)
{
	GDateTime *dt = g_date_time_new_from_unix_local(t);
	gboolean on;

	if (!dt)
		return FALSE;
	on = g_date_time_get_year(dt) == y && g_date_time_get_month(dt) == m &&
	     g_date_time_get_day_of_month(dt) == d;
	g_date_time_unref(dt);
	return on;
}

/* The first second of the local day y-m-d, given the one GLib names its
 * midnight.  Where the clocks go back over midnight (Cuba, the Azores)
 * 00:00 comes twice and GLib gives the second: the hour between would be
 * on the day before by the bounds and on this day by digest_day_of(), so
 * the daemon rewrote a day that lacked it.  The day starts at the first. */
static gint64
day_start(gint64 midnight, int y, int m, int d)
{
	gint64 lo = midnight - 3 * 3600, hi = midnight; /* the day before; this day */

	if (!on_local_day(hi, y, m, d) || on_local_day(lo, y, m, d))
		return midnight;
	while (hi - lo > 1) {
		gint64 mid = lo + (hi - lo) / 2;

		if (on_local_day(mid, y, m, d))
			hi = mid;
		else
			lo = mid;
	}
	return hi;
}

/* Parse "YYYY-MM-DD" strictly and find its local bounds. */
static int
day_parse(const char *day, struct day *d)
{
	GDateTime *a, *b;
	GDate date;
	int i;

	if (!day || strlen(day) != 10 || day[4] != '-' || day[7] != '-')
		return -1;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !g_ascii_isdigit(day[i]))
			return -1;
	d->year = atoi(day);
	d->month = atoi(day + 5);
	d->mday = atoi(day + 8);
	if (!g_date_valid_dmy((GDateDay)d->mday, (GDateMonth)d->month, (GDateYear)d->year))
		return -1;
	g_date_clear(&date, 1);
	g_date_set_dmy(&date, (GDateDay)d->mday, (GDateMonth)d->month, (GDateYear)d->year);
	d->wday = g_date_get_weekday(&date);
	g_date_add_days(&date, 1);
	/* local midnights: a DST day is 23 or 25 hours long */
	a = g_date_time_new_local(d->year, d->month, d->mday, 0, 0, 0);
	b = g_date_time_new_local(g_date_get_year(&date), g_date_get_month(&date),
	                          g_date_get_day(&date), 0, 0, 0);
	if (!a || !b) {
		if (a)
			g_date_time_unref(a);
		if (b)
			g_date_time_unref(b);
		return -1;
	}
	d->from = day_start(g_date_time_to_unix(a), d->year, d->month, d->mday);
	d->to = day_start(g_date_time_to_unix(b), g_date_get_year(&date), g_date_get_month(&date),
	                  g_date_get_day(&date));
	g_date_time_unref(a);
	g_date_time_unref(b);
	d->day = g_strdup(day);
	return 0;
}

static void
also_add(GPtrArray *also, const char *outlet)
{
	guint i;

	for (i = 0; i < also->len; i++)
		if (strcmp(g_ptr_array_index(also, i), outlet) == 0)
			return;
	g_ptr_array_add(also, (gpointer)outlet);
}

/* Rows of one thread (start..end-1) into t: the stories, then each
 * duplicate folded into the story it copies when that story is here. */
static void
thread_fill(struct day *d, struct thread *t, guint start, guint end)
{
	guint i, j;

	for (i = start; i < end; i++) {
		const struct sw_match_row *r = g_ptr_array_index(d->rows, i);
		struct item *it;

		if (g_strcmp0(r->kind, "duplicate") == 0 && r->dup_of_uid) {
			gboolean folded = FALSE;

			for (j = start; j < end && !folded; j++) {
				const struct sw_match_row *o = g_ptr_array_index(d->rows, j);

				if (o != r && g_strcmp0(o->kind, "duplicate") != 0 &&
				    g_strcmp0(o->uid, r->dup_of_uid) == 0) {
					guint k;

					for (k = 0; k < t->items->len; k++) {
						struct item *x = g_ptr_array_index(t->items, k);

						if (x->r == o) {
							also_add(x->also, outlet_of(r));
							folded = TRUE;
							break;
						}
					}
					if (!folded) {
						/* the story comes later in the order: add it now */
						it = g_new0(struct item, 1);
						it->r = o;
						it->also = g_ptr_array_new();
						also_add(it->also, outlet_of(r));
						g_ptr_array_add(t->items, it);
						folded = TRUE;
					}
				}
			}
			if (folded)
				continue;
		}
		/* a story may already be in because a duplicate came first */
		for (j = 0; j < t->items->len; j++)
			if (((struct item *)g_ptr_array_index(t->items, j))->r == r)
				break;
		if (j < t->items->len)
			continue;
		it = g_new0(struct item, 1);
		it->r = r;
		it->also = g_ptr_array_new();
		g_ptr_array_add(t->items, it);
	}
}

static int
item_cmp(gconstpointer a, gconstpointer b)
{
	const struct item *x = *(struct item *const *)a, *y = *(struct item *const *)b;
	gint64 tx = digest_time_of(x->r), ty = digest_time_of(y->r);

	if (tx != ty)
		return tx < ty ? -1 : 1;
	return x->r->match_id < y->r->match_id ? -1 : x->r->match_id > y->r->match_id;
}

/* Threads in the order of their first report of the day. */
static int
thread_cmp(gconstpointer a, gconstpointer b)
{
	const struct thread *x = *(struct thread *const *)a, *y = *(struct thread *const *)b;

	return item_cmp(&g_ptr_array_index(x->items, 0), &g_ptr_array_index(y->items, 0));
}

/* A thread that began on an earlier day: since when, and how many reports
 * those days' digests listed, so that a reader of one day's page sees how
 * far the story goes back.  A store that cannot be read leaves the bare
 * "(continued)". */
static void
thread_earlier(struct store *s, const struct day *d, struct thread *t, gint64 thread_id)
{
	gint64 since, n;

	if (store_thread_earlier(s, thread_id, d->from, &since, &n) == 0 && n > 0) {
		t->since = digest_day_of(since);
		t->earlier = n;
	}
}

/* (transfer full) day grouped, or NULL when day is not a valid date. */
static struct day *
day_load(struct store *s, const char *day)
{
	struct day *d = g_new0(struct day, 1);
	struct topic *topic = NULL;
	guint i, start;

	if (day_parse(day, d) < 0) {
		day_free(d);
		return NULL;
	}
	d->rows = store_matches_seen_between(s, d->from, d->to);
	d->topics = g_ptr_array_new_with_free_func(topic_free);
	if (!d->rows)
		return d;
	/* the store sorts by topic, thread, time: groups are runs */
	for (i = 0; i < d->rows->len; i = start) {
		const struct sw_match_row *r = g_ptr_array_index(d->rows, i);
		struct thread *t;
		guint k;

		start = i + 1;
		while (r->thread_id && start < d->rows->len) {
			const struct sw_match_row *x = g_ptr_array_index(d->rows, start);

			if (x->thread_id != r->thread_id || g_strcmp0(x->topic, r->topic) != 0)
				break;
			start++;
		}
		if (!topic || g_strcmp0(topic->name, r->topic) != 0) {
			topic = g_new0(struct topic, 1);
			topic->name = r->topic ? r->topic : "";
			topic->threads = g_ptr_array_new_with_free_func(thread_free_);
			g_ptr_array_add(d->topics, topic);
		}
		t = g_new0(struct thread, 1);
		t->items = g_ptr_array_new_with_free_func(item_free);
		thread_fill(d, t, i, start);
		g_ptr_array_sort(t->items, item_cmp);
		if (d->nitems + t->items->len > SW_MAX_DIGEST_ITEMS) {
			d->dropped += t->items->len;
			thread_free_(t);
			continue;
		}
		t->headline =
		        r->thread_headline && *r->thread_headline
		                ? r->thread_headline
		                : title_of(((struct item *)g_ptr_array_index(t->items, 0))->r);
		t->continued = TRUE;
		for (k = 0; k < t->items->len; k++)
			if (g_strcmp0(((struct item *)g_ptr_array_index(t->items, k))->r->kind,
			              "new") == 0)
				t->continued = FALSE;
		if (t->continued && r->thread_id)
			thread_earlier(s, d, t, r->thread_id);
		d->nitems += t->items->len;
		d->nthreads++;
		g_ptr_array_add(topic->threads, t);
	}
	for (i = 0; i < d->topics->len; i++)
		g_ptr_array_sort(((struct topic *)g_ptr_array_index(d->topics, i))->threads,
		                 thread_cmp);
	return d;
}

/* (transfer full) local time of t: "HH:MM", or "YYYY-MM-DD HH:MM" when t
 * is outside the day. */
static char *
format_time(const struct day *d, gint64 t)
{
	GDateTime *dt = g_date_time_new_from_unix_local(t);
	char *s;

	if (!dt)
		return g_strdup("?");
	if (t >= d->from && t < d->to)
		s = g_date_time_format(dt, "%H:%M");
	else
		s = g_date_time_format(dt, "%Y-%m-%d %H:%M");
	g_date_time_unref(dt);
	return s;
}

static char *
format_iso(gint64 t, gboolean utc)
{
	GDateTime *dt = utc ? g_date_time_new_from_unix_utc(t) : g_date_time_new_from_unix_local(t);
	char *s;

	if (!dt)
		return g_strdup("1970-01-01T00:00:00Z");
	s = g_date_time_format(dt, utc ? "%Y-%m-%dT%H:%M:%SZ" : "%Y-%m-%dT%H:%M:%S%:z");
	g_date_time_unref(dt);
	return s;
}

static char *
day_title(const struct day *d)
{
	return g_strdup_printf("%s, %d %s %d", weekdays[d->wday - 1], d->mday, months[d->month - 1],
	                       d->year);
}

static char *
count_line(const struct day *d)
{
	guint nstories = d->nthreads, n = d->nitems;

	return g_strdup_printf("%u %s, %u %s", nstories, nstories == 1 ? "story" : "stories", n,
	                       n == 1 ? "report" : "reports");
}

/* ---- Markdown */

/* Append text with Markdown's punctuation backslash-escaped, and what
 * would start a list, a rule or a heading at the start of its line
 * ("- ", "+ ", "1. ", "2) ", "---", "==="). */
static void
md_text(GString *out, const char *text, glong max)
{
	char *c = digest_line(text, max);
	const char *p = c;

	if (*p == '-' || *p == '+' || *p == '=') {
		g_string_append_c(out, '\\');
	} else if (g_ascii_isdigit(*p)) {
		while (g_ascii_isdigit(*p))
			g_string_append_c(out, *p++);
		if (*p == '.' || *p == ')')
			g_string_append_c(out, '\\');
	}
	for (; *p; p++) {
		if (strchr("\\`*_[]<>&|~#!", *p))
			g_string_append_c(out, '\\');
		g_string_append_c(out, *p);
	}
	g_free(c);
}

/* A link target: no white space, no angle brackets, no parentheses. */
static void
md_url(GString *out, const char *url)
{
	const unsigned char *p;

	for (p = (const unsigned char *)url; *p; p++) {
		if (*p <= ' ' || *p == '<' || *p == '>' || *p == '(' || *p == ')' || *p == '\\' ||
		    *p >= 0x7f)
			g_string_append_printf(out, "%%%02X", *p);
		else
			g_string_append_c(out, (char)*p);
	}
}

/* End out with exactly one empty line. */
static void
md_blank(GString *out)
{
	while (out->len && out->str[out->len - 1] == '\n')
		g_string_truncate(out, out->len - 1);
	g_string_append(out, "\n\n");
}

static void
md_item(GString *out, const struct day *d, const struct item *it)
{
	const struct sw_match_row *r = it->r;
	char *when = format_time(d, digest_time_of(r));
	char *excerpt = digest_line(r->summary, SW_MAX_EXCERPT);
	char *title = digest_line(r->title, 0);
	char *terms = digest_terms_in(r->terms, MAX_TERMS, r->title, r->summary, r->lang);
	guint i;

	g_string_append_printf(out, "- **%s** %s · ", when, digest_kind_label(r->kind));
	md_text(out, outlet_of(r), 0);
	g_string_append(out, " — ");
	if (web_link(r->link)) {
		g_string_append_c(out, '[');
		md_text(out, title_of(r), 0);
		g_string_append(out, "](");
		md_url(out, r->link);
		g_string_append_c(out, ')');
	} else {
		md_text(out, title_of(r), 0);
	}
	g_string_append_c(out, '\n');
	if (*excerpt && strcmp(excerpt, title) != 0) {
		g_string_append(out, "\n  ");
		md_text(out, excerpt, 0);
		g_string_append_c(out, '\n');
	}
	if (terms || it->also->len) {
		g_string_append(out, "\n  ");
		if (terms) {
			g_string_append(out, "Matched: ");
			md_text(out, terms, MAX_TERMS_CHARS);
			g_string_append(out, it->also->len ? ". " : ".");
		}
		if (it->also->len) {
			g_string_append(out, "Also reported by: ");
			for (i = 0; i < it->also->len; i++) {
				if (i)
					g_string_append(out, ", ");
				md_text(out, g_ptr_array_index(it->also, i), 0);
			}
			g_string_append_c(out, '.');
		}
		g_string_append_c(out, '\n');
	}
	g_string_append_c(out, '\n');
	g_free(when);
	g_free(excerpt);
	g_free(title);
	g_free(terms);
}

/* "(continued)" after a thread's headline, with since when and how many
 * reports before the day when the store says (plain text: a date and a
 * number, the same in Markdown and HTML). */
static void
continued(GString *out, const struct thread *t)
{
	if (t->since)
		g_string_append_printf(
		        out, "(continued: since %s, %" G_GINT64_FORMAT " earlier %s)", t->since,
		        t->earlier, t->earlier == 1 ? "report" : "reports");
	else
		g_string_append(out, "(continued)");
}

static char *
render_md(const struct day *d)
{
	GString *out = g_string_new(NULL);
	char *title = day_title(d), *counts = count_line(d);
	guint i, j, k;

	g_string_append_printf(out, "# storywatch digest: %s\n\n", title);
	if (!d->nitems)
		g_string_append(out, "No matches on this day.\n");
	else
		g_string_append_printf(out, "%s.\n", counts);
	for (i = 0; i < d->topics->len; i++) {
		struct topic *tp = g_ptr_array_index(d->topics, i);

		if (!tp->threads->len)
			continue;
		md_blank(out);
		g_string_append(out, "## ");
		md_text(out, tp->name, 0);
		g_string_append(out, "\n");
		for (j = 0; j < tp->threads->len; j++) {
			struct thread *t = g_ptr_array_index(tp->threads, j);

			md_blank(out);
			g_string_append(out, "### ");
			md_text(out, t->headline, 0);
			if (t->continued) {
				g_string_append_c(out, ' ');
				continued(out, t);
			}
			g_string_append(out, "\n\n");
			for (k = 0; k < t->items->len; k++)
				md_item(out, d, g_ptr_array_index(t->items, k));
		}
	}
	if (d->dropped) {
		md_blank(out);
		g_string_append_printf(out,
		                       "%u more reports are not shown (the day holds "
		                       "at most %d).\n",
		                       d->dropped, SW_MAX_DIGEST_ITEMS);
	}
	/* exactly one newline at the end */
	while (out->len > 1 && out->str[out->len - 1] == '\n' && out->str[out->len - 2] == '\n')
		g_string_truncate(out, out->len - 1);
	g_free(title);
	g_free(counts);
	return g_string_free(out, FALSE);
}

/* ---- HTML */

/* Append text cleaned and escaped for element content or an attribute. */
static void
html_text(GString *out, const char *text, glong max)
{
	char *c = digest_line(text, max);
	char *e = g_markup_escape_text(c, -1);
	const char *p;

	/* &apos; is XML and HTML5 but not HTML 4: use the number */
	for (p = e; *p; p++) {
		if (*p == '&' && strncmp(p, "&apos;", 6) == 0) {
			g_string_append(out, "&#39;");
			p += 5;
		} else {
			g_string_append_c(out, *p);
		}
	}
	g_free(e);
	g_free(c);
}

static const char html_style[] =
        ":root{color-scheme:light dark;--fg:#1f2328;--muted:#59636e;--line:#d8dee4;"
        "--accent:#0b5cad;--new:#1a7f37;--fup:#9a6700;--bg:#fdfdfc}\n"
        "@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9198a1;"
        "--line:#30363d;--accent:#6cb6ff;--new:#57ab5a;--fup:#c69026;--bg:#151b23}}\n"
        "body{margin:0 auto;max-width:44rem;padding:1.5rem 1rem 3rem;background:var(--bg);"
        "color:var(--fg);font:17px/1.55 Georgia,'DejaVu Serif',serif}\n"
        "header{border-bottom:2px solid var(--fg);margin-bottom:1.5rem}\n"
        "h1{font-size:1.9rem;margin:0 0 .2rem;line-height:1.2}\n"
        ".meta,.line,.terms,.also,footer,nav{font:14px/1.5 system-ui,'DejaVu Sans',sans-serif;"
        "color:var(--muted)}\n"
        "h2{font:600 .9rem/1.4 system-ui,'DejaVu Sans',sans-serif;text-transform:uppercase;"
        "letter-spacing:.08em;color:var(--muted);border-bottom:1px solid var(--line);"
        "margin:2.2rem 0 .6rem;padding-bottom:.2rem}\n"
        "h3{font-size:1.3rem;line-height:1.3;margin:1.4rem 0 .4rem}\n"
        "h3 .cont{font-size:.8rem;font-weight:normal;color:var(--muted)}\n"
        "ol{list-style:none;margin:0;padding:0 0 0 .9rem;border-left:3px solid var(--line)}\n"
        "li{margin:0 0 .9rem}\n"
        "p{margin:.1rem 0}\n"
        ".kind{font-weight:600;color:var(--fup)}\n"
        ".new .kind{color:var(--new)}\n"
        ".outlet{font-weight:600;color:var(--fg)}\n"
        ".title a{color:var(--accent);text-decoration:none}\n"
        ".title a:hover{text-decoration:underline}\n"
        ".excerpt{font-size:.95rem}\n"
        "footer{margin-top:3rem;border-top:1px solid var(--line);padding-top:.5rem}\n"
        "a{color:var(--accent)}\n";

static void
html_head(GString *out, const char *title)
{
	g_string_append(
	        out, "<!DOCTYPE html>\n"
	             "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n"
	             "<head>\n"
	             "<meta charset=\"utf-8\"/>\n"
	             "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
	             "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
	             "style-src 'unsafe-inline'\"/>\n"
	             "<meta name=\"referrer\" content=\"no-referrer\"/>\n"
	             "<meta name=\"generator\" content=\"storywatch\"/>\n"
	             "<title>");
	html_text(out, title, 0);
	g_string_append_printf(out, "</title>\n<style>\n%s</style>\n</head>\n<body>\n", html_style);
}

/* lang="…" for a report's language, when it is a well-formed tag (feeds
 * write "en-us", "uk", "EN", "English"): a Ukrainian title is then read
 * and hyphenated as Ukrainian, and a screen reader voices it so.  With
 * dir="auto" beside it an Arabic or Hebrew title runs right to left.  The
 * language is an ISO 639 code of 2 or 3 letters: BCP 47's longer ones are
 * reserved or unused, and "English" or "Russian" would pass for one. */
static void
lang_attr(GString *out, const char *lang)
{
	const char *p = lang;
	size_t n = 0;

	if (!lang || !*lang || strlen(lang) > 35)
		return;
	while (g_ascii_isalpha(*p)) /* the language: letters only */
		p++, n++;
	if (n < 2 || n > 3)
		return;
	while (*p == '-' || *p == '_') { /* subtags */
		for (p++, n = 0; g_ascii_isalnum(*p); p++)
			n++;
		if (n < 1 || n > 8)
			return;
	}
	if (*p)
		return;
	g_string_append(out, " lang=\"");
	for (p = lang; *p; p++)
		g_string_append_c(out, *p == '_' ? '-' : *p);
	g_string_append_c(out, '"');
}

static void
html_item(GString *out, const struct day *d, const struct item *it)
{
	const struct sw_match_row *r = it->r;
	gint64 t = digest_time_of(r);
	char *when = format_time(d, t), *iso = format_iso(t, FALSE);
	char *excerpt = digest_line(r->summary, SW_MAX_EXCERPT);
	char *title = digest_line(r->title, 0);
	char *terms = digest_terms_in(r->terms, MAX_TERMS, r->title, r->summary, r->lang);
	const char *cls = g_strcmp0(r->kind, "new") == 0        ? "new"
	                  : g_strcmp0(r->kind, "followup") == 0 ? "followup"
	                                                        : "other";
	guint i;

	g_string_append_printf(out,
	                       "<li class=\"%s\">\n<p class=\"line\"><time datetime=\"%s\">"
	                       "%s</time> · <span class=\"kind\">%s</span> · "
	                       "<span class=\"outlet\">",
	                       cls, iso, when, digest_kind_label(r->kind));
	html_text(out, outlet_of(r), 0);
	g_string_append(out, "</span></p>\n<p class=\"title\" dir=\"auto\"");
	lang_attr(out, r->lang);
	g_string_append_c(out, '>');
	if (web_link(r->link)) {
		g_string_append(out, "<a href=\"");
		html_text(out, r->link, 0);
		g_string_append(out, "\" rel=\"noreferrer noopener\">");
		html_text(out, title_of(r), 0);
		g_string_append(out, "</a>");
	} else {
		html_text(out, title_of(r), 0);
	}
	g_string_append(out, "</p>\n");
	if (*excerpt && strcmp(excerpt, title) != 0) {
		g_string_append(out, "<p class=\"excerpt\" dir=\"auto\"");
		lang_attr(out, r->lang);
		g_string_append_c(out, '>');
		html_text(out, excerpt, 0);
		g_string_append(out, "</p>\n");
	}
	if (terms) {
		g_string_append(out, "<p class=\"terms\">Matched: ");
		html_text(out, terms, MAX_TERMS_CHARS);
		g_string_append(out, "</p>\n");
	}
	if (it->also->len) {
		g_string_append(out, "<p class=\"also\">Also reported by: ");
		for (i = 0; i < it->also->len; i++) {
			if (i)
				g_string_append(out, ", ");
			html_text(out, g_ptr_array_index(it->also, i), 0);
		}
		g_string_append(out, "</p>\n");
	}
	g_string_append(out, "</li>\n");
	g_free(when);
	g_free(iso);
	g_free(excerpt);
	g_free(title);
	g_free(terms);
}

static char *
render_html(const struct day *d)
{
	GString *out = g_string_new(NULL);
	char *title = day_title(d), *counts = count_line(d);
	char *head = g_strdup_printf("storywatch digest: %s", title);
	guint i, j, k;

	html_head(out, head);
	g_string_append(out, "<header>\n<h1>");
	html_text(out, title, 0);
	g_string_append_printf(out,
	                       "</h1>\n<p class=\"meta\">%s · <a href=\"index.html\">All "
	                       "days</a></p>\n</header>\n",
	                       d->nitems ? counts : "No matches on this day.");
	for (i = 0; i < d->topics->len; i++) {
		struct topic *tp = g_ptr_array_index(d->topics, i);

		if (!tp->threads->len)
			continue;
		g_string_append(out, "<section>\n<h2>");
		html_text(out, tp->name, 0);
		g_string_append(out, "</h2>\n");
		for (j = 0; j < tp->threads->len; j++) {
			struct thread *t = g_ptr_array_index(tp->threads, j);

			g_string_append(out, "<article>\n<h3 dir=\"auto\">");
			html_text(out, t->headline, 0);
			if (t->continued) {
				g_string_append(out, " <span class=\"cont\">");
				continued(out, t);
				g_string_append(out, "</span>");
			}
			g_string_append(out, "</h3>\n<ol>\n");
			for (k = 0; k < t->items->len; k++)
				html_item(out, d, g_ptr_array_index(t->items, k));
			g_string_append(out, "</ol>\n</article>\n");
		}
		g_string_append(out, "</section>\n");
	}
	if (d->dropped)
		g_string_append_printf(out,
		                       "<p class=\"meta\">%u more reports are not shown (the "
		                       "day holds at most %d).</p>\n",
		                       d->dropped, SW_MAX_DIGEST_ITEMS);
	g_string_append_printf(out,
	                       "<footer>Written by storywatch from its store for %s "
	                       "(local time). <a href=\"matches.atom\">Matches feed</a>."
	                       "</footer>\n</body>\n</html>\n",
	                       d->day);
	g_free(title);
	g_free(counts);
	g_free(head);
	return g_string_free(out, FALSE);
}

/* ---- public */

/* Whether the words of part (case folded, like whole) are a run of the
 * words of whole and not all of it: "guarantees" in "security
 * guarantees", not in "guaranteed". */
static gboolean
words_within(const char *part, const char *whole)
{
	size_t n = strlen(part), m = strlen(whole);
	const char *p = whole;

	if (!n || n >= m)
		return FALSE;
	while ((p = strstr(p, part))) {
		if ((p == whole || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
			return TRUE;
		p++;
	}
	return FALSE;
}

/* A text a match read (its title or its lead), as the matcher's words,
 * each with the piece of the text it came from: the text is cut into
 * pieces at blanks and at punctuation other than apostrophes and full
 * stops, and each piece is tokenized as the matcher tokenizes.  So the
 * words of a matched phrase ("article 5 like", "обовязковими", "ukraine
 * army") are found in it and shown as it wrote them ("Article 5-like",
 * "обов'язковими", "Ukraine's army"). */
struct surface {
	gboolean built;
	char *text;    /* digest_line() of the text, at most SW_MAX_TERMS_TEXT bytes */
	GArray *words; /* struct sword, in the text's order */
};

struct sword {
	char *word;           /* the matcher's word */
	gsize start, end;     /* its piece, bytes of text */
	gboolean first, last; /* the first, the last word of its piece */
};

static gboolean
surface_sep(gunichar c)
{
	return g_unichar_isspace(c) || (g_unichar_ispunct(c) && c != '.' && !text_is_apostrophe(c));
}

static void
surface_piece(struct surface *sf, const char *start, const char *end, const char *lang)
{
	char *piece = g_strndup(start, (gsize)(end - start));
	GPtrArray *toks = text_tokenize(piece, lang);
	guint i;

	for (i = 0; i < toks->len; i++) {
		const struct sw_token *tk = toks->pdata[i];
		struct sword *w;

		g_array_set_size(sf->words, sf->words->len + 1);
		w = &g_array_index(sf->words, struct sword, sf->words->len - 1);
		w->word = g_strdup(tk->word);
		w->start = (gsize)(start - sf->text);
		w->end = (gsize)(end - sf->text);
		w->first = i == 0;
		w->last = i + 1 == toks->len;
	}
	g_ptr_array_free(toks, TRUE);
	g_free(piece);
}

static void
surface_build(struct surface *sf, const char *text, const char *lang)
{
	const char *p, *start = NULL;
	char *head;

	sf->built = TRUE;
	sf->words = g_array_new(FALSE, FALSE, sizeof(struct sword));
	/* cut before digest_line(), which reads it all (a cut character
	 * becomes U+FFFD, which parts pieces as a symbol does) */
	head = g_strndup(text, SW_MAX_TERMS_TEXT);
	sf->text = digest_line(head, 0);
	g_free(head);
	for (p = sf->text;; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		gboolean sep = c == 0 || surface_sep(c);

		if (!sep && !start) {
			start = p;
		} else if (sep && start) {
			surface_piece(sf, start, p, lang);
			start = NULL;
		}
		if (c == 0)
			break;
	}
}

static void
surface_clear(struct surface *sf)
{
	guint i;

	if (!sf->built)
		return;
	for (i = 0; i < sf->words->len; i++)
		g_free(g_array_index(sf->words, struct sword, i).word);
	g_array_free(sf->words, TRUE);
	g_free(sf->text);
}

static gboolean
word_char(const char *p)
{
	gunichar c = g_utf8_get_char(p);

	return g_unichar_isalnum(c) || g_unichar_ismark(c);
}

/* 1 for a quotation mark (an apostrophe too: "’" closes a quote as
 * well), 2 for a bracket, 0 for neither. */
static int
mark_family(gunichar c)
{
	GUnicodeType t;

	if (c == '"' || text_is_apostrophe(c) || c == 0x201A || c == 0x201E || c == 0xFF02 ||
	    (c >= 0x301D && c <= 0x301F))
		return 1;
	t = g_unichar_type(c);
	if (t == G_UNICODE_INITIAL_PUNCTUATION || t == G_UNICODE_FINAL_PUNCTUATION)
		return 1;
	if (t == G_UNICODE_OPEN_PUNCTUATION || t == G_UNICODE_CLOSE_PUNCTUATION)
		return 2;
	return 0;
}

enum mark_role { MARK_INSIDE, MARK_OPEN, MARK_CLOSE, MARK_LOOSE };

/* A run of quotation marks and brackets side by side ("’)"), [from,
 * to) of a text, and the role all of them have. */
struct mark_run {
	const char *from, *to;
	enum mark_role role;
};

/* Whether the mark at r of text opens a word (‘guarantees), closes one
 * (guarantees’), is inside one (Ukraine’s) or stands alone; the marks
 * beside it ("’)") are looked past.  Those are the marks of its run,
 * which have its role: run is the last run met, looked at again only
 * when r is not in it (once for each mark, 2 KiB of '"' took 0.1 s). */
static enum mark_role
mark_role(const char *text, const char *r, struct mark_run *run)
{
	const char *b = r, *a = g_utf8_next_char(r);
	gboolean wb = FALSE, wa;

	if (run->from && r >= run->from && r < run->to)
		return run->role;
	while (b > text) {
		const char *c = g_utf8_find_prev_char(text, b);

		if (!mark_family(g_utf8_get_char(c))) {
			wb = word_char(c);
			break;
		}
		b = c;
	}
	while (*a && mark_family(g_utf8_get_char(a)))
		a = g_utf8_next_char(a);
	wa = *a && word_char(a);
	run->from = b;
	run->to = a;
	run->role = wb && wa ? MARK_INSIDE : wa ? MARK_OPEN : wb ? MARK_CLOSE : MARK_LOOSE;
	return run->role;
}

/* (transfer full) the text from p to q (a span of text) as a term is
 * shown: without the commas, colons and semicolons that end a word
 * ("ceasefire, including" gives "ceasefire including"; "800,000"
 * stays), the shown terms being a list that commas part; and without
 * the quotation marks and brackets whose other half it does not hold:
 * "guarantees” for Ukraine" of "wants “guarantees” for Ukraine" read as
 * a quotation left open, and gives "guarantees for Ukraine".  An
 * apostrophe that ends a word closes a quote only when one is open
 * before the span: "allies’ guarantees" keeps it. */
static char *
marks_out(const char *text, const char *p, const char *q)
{
	GString *out = g_string_sized_new((gsize)(q - p));
	GArray *open = g_array_new(FALSE, FALSE, sizeof(const char *));
	GHashTable *drop = g_hash_table_new(NULL, NULL);
	int quoted = 0; /* quotes open before the span */
	struct mark_run run = { NULL, NULL, MARK_LOOSE };
	const char *r;
	guint i;

	for (r = text; r < p; r = g_utf8_next_char(r)) {
		enum mark_role role;

		if (mark_family(g_utf8_get_char(r)) != 1)
			continue;
		role = mark_role(text, r, &run);
		if (role == MARK_OPEN)
			quoted++;
		else if (role == MARK_CLOSE && quoted > 0)
			quoted--;
	}
	for (r = p; r < q; r = g_utf8_next_char(r)) {
		gunichar c = g_utf8_get_char(r);
		int fam = mark_family(c);
		enum mark_role role = fam ? mark_role(text, r, &run) : MARK_INSIDE;

		if (role == MARK_OPEN) {
			g_array_append_val(open, r);
		} else if (role == MARK_CLOSE) {
			/* its opener: the last one open of its family */
			for (i = open->len; i > 0; i--)
				if (mark_family(g_utf8_get_char(
				            g_array_index(open, const char *, i - 1))) == fam)
					break;
			if (i > 0)
				g_array_remove_index(open, i - 1);
			else if (!text_is_apostrophe(c) || quoted > 0)
				g_hash_table_add(drop, (gpointer)r);
		} else if (role == MARK_LOOSE) {
			g_hash_table_add(drop, (gpointer)r);
		}
	}
	for (i = 0; i < open->len; i++)
		g_hash_table_add(drop, (gpointer)g_array_index(open, const char *, i));
	for (r = p; r < q; r++) {
		if (g_hash_table_contains(drop, r))
			r = g_utf8_next_char(r) - 1;
		else if (!((*r == ',' || *r == ';' || *r == ':') && r + 1 < q && r[1] == ' '))
			g_string_append_c(out, *r);
	}
	g_hash_table_destroy(drop);
	g_array_free(open, TRUE);
	return g_string_free(out, FALSE);
}

/* Whether the n words from sf's i-th are want's and fill their pieces. */
static gboolean
surface_has(const struct surface *sf, guint i, char *const *want, guint n)
{
	const struct sword *w = &g_array_index(sf->words, struct sword, i);
	guint k;

	if (!w[0].first || !w[n - 1].last)
		return FALSE;
	for (k = 0; k < n; k++)
		if (strcmp(want[k], w[k].word) != 0)
			return FALSE;
	return TRUE;
}

/* Whether p in text starts a sentence: its first word, or one after a
 * full stop, "!" or "?", where a capital says nothing of the word. */
static gboolean
sentence_start(const char *text, const char *p)
{
	while (p > text) {
		gunichar c;

		p = g_utf8_find_prev_char(text, p);
		c = g_utf8_get_char(p);
		if (!g_unichar_isspace(c) && !g_unichar_ispunct(c))
			return FALSE;
		if (c == '.' || c == '!' || c == '?')
			return TRUE;
	}
	return TRUE;
}

/* (transfer full, nullable) phrase (the matcher's words, a space between
 * two) as sf's text wrote it: the pieces of its words, which must hold
 * no other, without the marks before the first letter and after the
 * last ("‘Article 5-like’" gives "Article 5-like").  Of its places, the
 * first that does not start a sentence (*initial FALSE), else the first. */
static char *
surface_find(const struct surface *sf, const char *phrase, gboolean *initial)
{
	char **want = g_strsplit(phrase, " ", -1);
	guint n = g_strv_length(want), i;
	const char *bp = NULL, *bq = NULL;

	for (i = 0; i < n; i++)
		if (!*want[i])
			n = 0; /* not one space between: not the matcher's */
	*initial = FALSE;
	for (i = 0; n && i + n <= sf->words->len; i++) {
		const char *p, *q, *prev;

		if (!surface_has(sf, i, want, n))
			continue;
		p = sf->text + g_array_index(sf->words, struct sword, i).start;
		q = sf->text + g_array_index(sf->words, struct sword, i + n - 1).end;
		while (p < q && !word_char(p))
			p = g_utf8_next_char(p);
		while (q > p && !word_char(prev = g_utf8_find_prev_char(p, q)))
			q = prev;
		if (q == p || (bp && sentence_start(sf->text, p)))
			continue;
		bp = p;
		bq = q;
		*initial = sentence_start(sf->text, p);
		if (!*initial)
			break;
	}
	g_strfreev(want);
	return bp ? marks_out(sf->text, bp, bq) : NULL;
}

/* The text of a term ("group/field:words") as shown: as the entry's
 * title or lead wrote it (the field's first, and a place that does not
 * start a sentence first), else the matcher's words. */
static char *
term_shown(const char *term, const char *words, struct surface sf[2], const char *const text[2],
           const char *lang)
{
	const char *slash = strchr(term, '/');
	int first = slash && g_str_has_prefix(slash + 1, "title:") ? 0 : 1;
	char *best = NULL;
	int k;

	for (k = 0; k < 2; k++) {
		int f = k ? 1 - first : first;
		gboolean initial;
		char *found;

		if (!text[f] || !*text[f])
			continue;
		if (!sf[f].built)
			surface_build(&sf[f], text[f], lang);
		found = surface_find(&sf[f], words, &initial);
		if (found && (!initial || !best)) {
			g_free(best);
			best = found;
			if (!initial)
				break;
		} else {
			g_free(found);
		}
	}
	return best ? best : g_strdup(words);
}

char *
digest_terms(const char *terms, int max)
{
	return digest_terms_in(terms, max, NULL, NULL, NULL);
}

/* A match that story memory made ends its terms with "story:HEADLINE=N"
 * or "copy:UID" (match_lifted_term).  Cut off at *lifted (NULL if none),
 * and what to show for it: the story's headline for the first (its rare
 * words, names and numbers made the match: the group words before it
 * were too few), nothing for a copy (a uid; copies are not listed on
 * their own). */
static char *
lifted_shown(char *terms, char **lifted)
{
	const char *lt = match_lifted_term(terms);
	char *p, *eq, *q, *cut, *shown = NULL;

	*lifted = NULL;
	if (!lt)
		return NULL;
	*lifted = p = terms + (lt - terms);
	eq = strrchr(p, '=');
	for (q = eq ? eq + 1 : NULL; q && g_ascii_isdigit(*q); q++)
		;
	if (g_str_has_prefix(p, "story:") && eq && q > eq + 1 && *q == '\0' && eq > p + 6) {
		char *headline = g_strndup(p + 6, (gsize)(eq - p - 6));

		cut = digest_line(headline, 50);
		shown = g_strdup_printf("names and numbers of “%s”", cut);
		g_free(cut);
		g_free(headline);
	}
	return shown;
}

/* The terms a match stored ("group/field:words, ..."), as a reader is
 * shown them: the words of the first max (0: all), each once, less those
 * that a longer one of them holds ("security guarantees" says
 * "guarantees", "guarantees for ukraine" says "ukraine").  The others
 * do not move up into the room: they are the longer phrases the topic's
 * patterns matched.  The topic's exclusions ("-"), its likeness to
 * reference stories ("like:") and the languages of its contexts
 * ("GROUP/feed:uk") are not shown.  Each is shown as the
 * entry's title or lead wrote it where its words are found there.  A
 * match by story memory ends with the story it follows (lifted_shown). */
char *
digest_terms_in(const char *terms, int max, const char *title, const char *lead, const char *lang)
{
	GString *out;
	GPtrArray *words, *keys, *shown, *full;
	struct surface sf[2] = { { 0 }, { 0 } };
	const char *const text[2] = { title, lead };
	char **v, *own, *lifted, *story;
	guint i, j;
	int n = 0;

	if (!terms || !*terms)
		return NULL;
	own = g_strdup(terms);
	story = lifted_shown(own, &lifted);
	if (lifted)
		*lifted = '\0';
	v = g_strsplit(own, ",", SW_MAX_SHOWN_TERMS + 1);
	g_free(own);
	words = g_ptr_array_new_with_free_func(g_free);
	keys = g_ptr_array_new_with_free_func(g_free);
	full = g_ptr_array_new();
	for (i = 0; i < SW_MAX_SHOWN_TERMS && v[i] && (max <= 0 || (int)words->len < max); i++) {
		char *t = g_strstrip(v[i]), *term = t;
		char *colon = strchr(t, ':'), *slash = strchr(t, '/');
		char *key;

		if (*t == '-' || g_str_has_prefix(t, "like:"))
			continue;
		/* "group/field:words"; "group/feed:uk" is a language, no word */
		if (colon && slash && slash < colon) {
			if (strncmp(slash, "/feed:", 6) == 0)
				continue;
			t = colon + 1;
		}
		key = g_utf8_casefold(t, -1);
		for (j = 0; j < keys->len && strcmp(keys->pdata[j], key) != 0; j++)
			;
		if (!*g_strstrip(key) || j < keys->len) {
			g_free(key);
			continue;
		}
		g_ptr_array_add(words, g_strdup(t));
		g_ptr_array_add(keys, key);
		g_ptr_array_add(full, term);
	}
	out = g_string_new(NULL);
	shown = g_ptr_array_new_with_free_func(g_free);
	for (i = 0; i < words->len; i++) {
		char *word, *as;

		for (j = 0; j < keys->len && !words_within(keys->pdata[i], keys->pdata[j]); j++)
			;
		if (j < keys->len)
			continue;
		/* two long phrases may read the same once cut to 60 */
		as = term_shown(full->pdata[i], words->pdata[i], sf, text, lang);
		word = digest_line(as, 60);
		g_free(as);
		for (j = 0; j < shown->len && strcmp(shown->pdata[j], word) != 0; j++)
			;
		if (*word && strcmp(word, "…") != 0 && j == shown->len) {
			if (n++)
				g_string_append(out, ", ");
			g_string_append(out, word);
			g_ptr_array_add(shown, word);
		} else {
			g_free(word);
		}
	}
	g_ptr_array_free(shown, TRUE);
	g_ptr_array_free(words, TRUE);
	g_ptr_array_free(keys, TRUE);
	g_ptr_array_free(full, TRUE);
	surface_clear(&sf[0]);
	surface_clear(&sf[1]);
	g_strfreev(v);
	if (story) {
		if (n++)
			g_string_append(out, ", ");
		g_string_append(out, story);
		g_free(story);
	}
	if (!n) {
		g_string_free(out, TRUE);
		return NULL;
	}
	return g_string_free(out, FALSE);
}

int
digest_day_bounds(const char *day, gint64 *from, gint64 *to)
{
	struct day d = { 0 };

	if (day_parse(day, &d) < 0)
		return -1;
	*from = d.from;
	*to = d.to;
	g_free(d.day);
	return 0;
}

char *
digest_day_of(gint64 t)
{
	GDateTime *dt = g_date_time_new_from_unix_local(t);
	char *s;

	if (!dt)
		return g_strdup("1970-01-01");
	s = g_date_time_format(dt, "%Y-%m-%d");
	g_date_time_unref(dt);
	return s;
}

char *
digest_render(struct store *s, const char *day, const char *format)
{
	struct day *d;
	char *out;

	if (!format)
		format = "md";
	if (strcmp(format, "md") != 0 && strcmp(format, "html") != 0)
		return NULL;
	d = day_load(s, day);
	if (!d)
		return NULL;
	if (!d->rows) {
		day_free(d); /* the store could not be read (logged) */
		return NULL;
	}
	out = strcmp(format, "md") == 0 ? render_md(d) : render_html(d);
	day_free(d);
	return out;
}

int
digest_write_atomic(const char *path, const char *buf, size_t len, GError **err)
{
	char *tmp = g_strdup_printf("%s.tmp.XXXXXX", path);
	char *dir = NULL;
	FILE *fp = NULL;
	int fd, dfd, rc = -1;

	fd = g_mkstemp_full(tmp, O_WRONLY | O_CLOEXEC, 0644);
	if (fd < 0) {
		g_set_error(err, G_FILE_ERROR, g_file_error_from_errno(errno),
		            "%s: cannot create: %s", tmp, g_strerror(errno));
		g_free(tmp);
		return -1;
	}
	fp = fdopen(fd, "w");
	if (!fp) {
		close(fd);
		goto fail;
	}
	if (len && fwrite(buf, 1, len, fp) != len)
		goto fail;
	if (fflush(fp) != 0 || ferror(fp))
		goto fail;
	if (fsync(fileno(fp)) != 0)
		goto fail;
	if (fclose(fp) != 0) {
		fp = NULL;
		goto fail;
	}
	fp = NULL;
	if (g_rename(tmp, path) != 0)
		goto fail;
	/* make the rename itself durable; best effort */
	dir = g_path_get_dirname(path);
	dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd >= 0) {
		(void)fsync(dfd);
		close(dfd);
	}
	rc = 0;
	goto out;
fail:
	g_set_error(err, G_FILE_ERROR, g_file_error_from_errno(errno), "%s: %s", path,
	            g_strerror(errno));
	if (fp)
		fclose(fp);
	g_unlink(tmp);
out:
	g_free(dir);
	g_free(tmp);
	return rc;
}

static int
write_file(const char *dir, const char *name, const char *text, char **path_out, GError **err)
{
	char *path = g_build_filename(dir, name, NULL);
	int rc = digest_write_atomic(path, text, strlen(text), err);

	if (rc == 0 && path_out)
		*path_out = path;
	else
		g_free(path);
	return rc;
}

static gboolean
is_day_file(const char *name, const char *ext)
{
	size_t n = strlen(name);
	int i;

	if (n != 10 + strlen(ext) || strcmp(name + 10, ext) != 0)
		return FALSE;
	for (i = 0; i < 10; i++) {
		if (i == 4 || i == 7) {
			if (name[i] != '-')
				return FALSE;
		} else if (!g_ascii_isdigit(name[i])) {
			return FALSE;
		}
	}
	return TRUE;
}

static int
day_desc(gconstpointer a, gconstpointer b)
{
	return -strcmp(*(char *const *)a, *(char *const *)b);
}

/* (transfer full) index.html: the days whose files are in dir, newest first. */
static char *
render_index(const char *dir)
{
	GString *out = g_string_new(NULL);
	GPtrArray *days = g_ptr_array_new_with_free_func(g_free);
	GDir *dh = g_dir_open(dir, 0, NULL);
	const char *name;
	guint i;

	for (;;) {
		name = dh ? g_dir_read_name(dh) : NULL;
		if (!name)
			break;
		if (is_day_file(name, ".md"))
			g_ptr_array_add(days, g_strndup(name, 10));
	}
	if (dh)
		g_dir_close(dh);
	g_ptr_array_sort(days, day_desc);
	html_head(out, "storywatch digests");
	g_string_append(out, "<header>\n<h1>storywatch digests</h1>\n<p class=\"meta\">"
	                     "One page per day, newest first. <a href=\"matches.atom\">Matches "
	                     "feed</a>.</p>\n</header>\n<ul>\n");
	for (i = 0; i < days->len; i++) {
		const char *day = g_ptr_array_index(days, i);
		char *html = g_strdup_printf("%s/%s.html", dir, day);
		gboolean has_html = g_file_test(html, G_FILE_TEST_EXISTS);
		struct day d = { 0 };

		g_string_append_printf(out, "<li><a href=\"%s.%s\">", day,
		                       has_html ? "html" : "md");
		if (day_parse(day, &d) == 0) {
			char *t = day_title(&d);

			html_text(out, t, 0);
			g_free(t);
			g_free(d.day);
		} else {
			html_text(out, day, 0);
		}
		g_string_append_printf(out, "</a>%s</li>\n",
		                       has_html ? "" : " <span class=\"meta\">(Markdown)</span>");
		g_free(html);
	}
	g_string_append(out, "</ul>\n</body>\n</html>\n");
	g_ptr_array_free(days, TRUE);
	return g_string_free(out, FALSE);
}

/* ---- matches.atom */

struct atom_thread {
	GPtrArray *rows; /* newest first, (transfer none) */
};

static void
atom_thread_free(gpointer p)
{
	struct atom_thread *t = p;

	g_ptr_array_free(t->rows, TRUE);
	g_free(t);
}

/* (transfer full) rows (newest first) grouped by thread, the threads in
 * the order of their newest rows, at most ATOM_THREADS of them; a row
 * without a thread is one of its own. */
static GPtrArray *
atom_threads(GPtrArray *rows)
{
	GPtrArray *threads = g_ptr_array_new_with_free_func(atom_thread_free);
	GHashTable *by_id = g_hash_table_new(g_int64_hash, g_int64_equal);
	guint i;

	for (i = 0; i < rows->len; i++) {
		struct sw_match_row *r = g_ptr_array_index(rows, i);
		struct atom_thread *t =
		        r->thread_id ? g_hash_table_lookup(by_id, &r->thread_id) : NULL;

		if (!t) {
			if (threads->len >= ATOM_THREADS)
				continue;
			t = g_new0(struct atom_thread, 1);
			t->rows = g_ptr_array_new();
			g_ptr_array_add(threads, t);
			if (r->thread_id)
				g_hash_table_insert(by_id, &r->thread_id, t);
		}
		g_ptr_array_add(t->rows, r);
	}
	g_hash_table_destroy(by_id);
	return threads;
}

/* The feed's own elements, updated when its newest thread was (the
 * epoch when it has none). */
static void
atom_head(GString *out, const GPtrArray *threads)
{
	char *updated;

	if (threads->len) {
		struct atom_thread *t = g_ptr_array_index(threads, 0);

		updated = format_iso(
		        ((struct sw_match_row *)g_ptr_array_index(t->rows, 0))->first_seen, TRUE);
	} else {
		updated = format_iso(0, TRUE);
	}
	g_string_append_printf(
	        out,
	        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
	        "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
	        "<id>tag:storywatch,2025:matches</id>\n"
	        "<title>storywatch: matched stories</title>\n"
	        "<subtitle>Story threads that matched a watched topic, newest first.</subtitle>\n"
	        "<updated>%s</updated>\n"
	        "<author><name>storywatch</name></author>\n"
	        "<generator>storywatch</generator>\n"
	        "<link rel=\"alternate\" type=\"text/html\" href=\"index.html\"/>\n",
	        updated);
	g_free(updated);
}

/* The content of a thread's entry: the thread's reports, oldest first,
 * as HTML (to be escaped once more into the feed). */
static void
atom_reports(GString *html, const struct atom_thread *t)
{
	guint j;

	g_string_append(html, "<ul>");
	for (j = t->rows->len; j-- > 0;) {
		struct sw_match_row *r = g_ptr_array_index(t->rows, j);
		char *when = format_iso(digest_time_of(r), TRUE);

		g_string_append_printf(html, "<li>%s · %s · ", when, digest_kind_label(r->kind));
		html_text(html, outlet_of(r), 0);
		g_string_append(html, ": ");
		if (web_link(r->link)) {
			g_string_append(html, "<a href=\"");
			html_text(html, r->link, 0);
			g_string_append(html, "\">");
			html_text(html, title_of(r), 0);
			g_string_append(html, "</a>");
		} else {
			html_text(html, title_of(r), 0);
		}
		g_string_append(html, "</li>");
		g_free(when);
	}
	g_string_append(html, "</ul>");
}

/* One thread as an Atom entry: its id from its topic and key, its
 * headline, its first report's outlet and link, and its reports. */
static void
atom_entry(GString *out, const struct atom_thread *t)
{
	struct sw_match_row *newest = g_ptr_array_index(t->rows, 0);
	struct sw_match_row *oldest = g_ptr_array_index(t->rows, t->rows->len - 1);
	char *key = g_strdup_printf("%s\n%s", newest->topic ? newest->topic : "",
	                            newest->thread_key ? newest->thread_key : newest->uid);
	char *hash = g_compute_checksum_for_string(G_CHECKSUM_SHA1, key, -1);
	char *up = format_iso(newest->first_seen, TRUE);
	char *pub = format_iso(oldest->first_seen, TRUE);
	const char *headline = newest->thread_headline && *newest->thread_headline
	                               ? newest->thread_headline
	                               : title_of(oldest);
	GString *html = g_string_new(NULL);

	g_string_append_printf(out,
	                       "<entry>\n<id>tag:storywatch,2025:thread:%s</id>\n"
	                       "<title>",
	                       hash);
	html_text(out, headline, 0);
	g_string_append_printf(out,
	                       "</title>\n<updated>%s</updated>\n<published>%s"
	                       "</published>\n<author><name>",
	                       up, pub);
	html_text(out, outlet_of(oldest), 0);
	g_string_append(out, "</name></author>\n<category term=\"");
	html_text(out, newest->topic, 0);
	g_string_append(out, "\"/>\n");
	if (web_link(oldest->link)) {
		g_string_append(out, "<link rel=\"alternate\" href=\"");
		html_text(out, oldest->link, 0);
		g_string_append(out, "\"/>\n");
	}
	/* the thread's reports, oldest first, as escaped HTML */
	atom_reports(html, t);
	g_string_append(out, "<content type=\"html\">");
	html_text(out, html->str, 0);
	g_string_append(out, "</content>\n</entry>\n");
	g_string_free(html, TRUE);
	g_free(key);
	g_free(hash);
	g_free(up);
	g_free(pub);
}

/* (transfer full) the Atom feed of the newest matched threads; NULL when
 * the store cannot be read. */
static char *
render_atom(struct store *s)
{
	GPtrArray *rows = store_matches_all(s, ATOM_ROWS);
	GPtrArray *threads;
	GString *out;
	guint i;

	if (!rows)
		return NULL;
	threads = atom_threads(rows);
	out = g_string_new(NULL);
	atom_head(out, threads);
	for (i = 0; i < threads->len; i++)
		atom_entry(out, g_ptr_array_index(threads, i));
	g_string_append(out, "</feed>\n");
	g_ptr_array_free(threads, TRUE);
	g_ptr_array_free(rows, TRUE);
	return g_string_free(out, FALSE);
}

int
digest_write_day(struct store *s, const char *dir, const char *day, gboolean html, char **path_out,
                 GError **err)
{
	struct day *d;
	char *name, *text;
	int rc = -1;

	if (path_out)
		*path_out = NULL;
	d = day_load(s, day);
	if (!d) {
		g_set_error(err, G_FILE_ERROR, G_FILE_ERROR_INVAL, "%s: not a day (YYYY-MM-DD)",
		            day ? day : "(null)");
		return -1;
	}
	if (!d->rows) {
		/* a digest is never rewritten from a partial read */
		g_set_error(err, G_FILE_ERROR, G_FILE_ERROR_IO,
		            "%s: cannot read its matches from the store", d->day);
		goto out;
	}
	if (g_mkdir_with_parents(dir, 0755) < 0) {
		g_set_error(err, G_FILE_ERROR, g_file_error_from_errno(errno),
		            "%s: cannot create: %s", dir, g_strerror(errno));
		goto out;
	}
	name = g_strdup_printf("%s.md", d->day);
	text = render_md(d);
	rc = write_file(dir, name, text, path_out, err);
	g_free(name);
	g_free(text);
	if (rc < 0)
		goto out;
	if (html) {
		name = g_strdup_printf("%s.html", d->day);
		text = render_html(d);
		rc = write_file(dir, name, text, NULL, err);
		g_free(name);
		g_free(text);
		if (rc < 0)
			goto out;
		text = render_index(dir);
		rc = write_file(dir, "index.html", text, NULL, err);
		g_free(text);
		if (rc < 0)
			goto out;
	}
	/* the Atom feed reads its own rows: the day's go first */
	day_free(d);
	d = NULL;
	text = render_atom(s);
	if (!text) {
		g_set_error(err, G_FILE_ERROR, G_FILE_ERROR_IO,
		            "matches.atom: cannot read the matches from the store");
		rc = -1;
		goto out;
	}
	rc = write_file(dir, "matches.atom", text, NULL, err);
	g_free(text);
out:
	if (rc < 0 && path_out) {
		g_free(*path_out);
		*path_out = NULL;
	}
	day_free(d);
	return rc;
}
