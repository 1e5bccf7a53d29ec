/*
 * notifier.c - desktop alerts for what the store says is new; see notifier.h.
 *
 * One cycle: read the pending matches, decide which popups they make
 * (a new thread, a follow-up, a batch summary, a quiet-hours summary),
 * mark every match in one transaction, then show.  The popups go to a
 * backend behind a three-function vtable (init, send, teardown).
 *
 * Feed strings are hostile: a popup body is built twice, as plain text and
 * as escaped markup, and the markup form is only sent to a server that
 * announces "body-markup".
 */
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

#include <gio/gio.h>
#include <libnotify/notify.h>

#include "digest.h"
#include "caps.h"
#include "log.h"
#include "notifier.h"

#define APP_NAME    "storywatch"
#define MAX_SUMMARY 100 /* characters of a popup summary */
#define MAX_EXCERPT 160 /* characters of the excerpt in a popup body */
#define MAX_TERMS   3   /* matched terms shown in a popup */
#define MAX_LISTED  8   /* headlines listed in a summary popup */
#define MAX_LIVE    256 /* popups tracked for in-place updates and actions */

enum popup_kind { POPUP_NEW, POPUP_FOLLOWUP, POPUP_BATCH, POPUP_QUIET };

/* Urgency from the score: the first row whose floor the score reaches.
 * Matched scores of the default topic run from its threshold (6.5) to
 * about 26; critical (a popup that stays) is kept for the strongest. */
static const struct {
	double floor;
	int urgency; /* NotifyUrgency */
	const char *name;
} urgency_table[] = {
	{ 20.0, NOTIFY_URGENCY_CRITICAL, "critical" },
	{ 10.0, NOTIFY_URGENCY_NORMAL, "normal" },
	{ -1e300, NOTIFY_URGENCY_LOW, "low" },
};

struct popup {
	enum popup_kind kind;
	char *summary;          /* plain text */
	char *body;             /* plain text */
	char *body_markup;      /* the same, escaped, with <b>/<i> */
	int urgency;            /* index into urgency_table */
	gint64 thread_id;       /* 0 for summaries */
	char *uri;              /* (nullable) what "Open" opens */
	const char *open_label; /* "Open" or "Open digest" */
	gboolean can_mute;
};

struct notifier;

struct notifier_backend {
	const char *name;
	/* Ready the backend for a cycle; -1 = not available now, retry later. */
	int (*init)(struct notifier *n);
	/* Show p; 0 or -1. */
	int (*send)(struct notifier *n, const struct popup *p);
	void (*teardown)(struct notifier *n);
};

struct notifier {
	const struct notifier_backend *be;
	struct store *store; /* (transfer none) of the last deliver */
	GPtrArray *recorded; /* "record": char * */
	gboolean warned;     /* "not available" logged since last success */
	gboolean out_failed; /* "stdout": a write failed (logged once) */
	char *why;           /* why the backend is not available */
	/* libnotify */
	gboolean inited;
	char *icon;           /* an icon file, or a themed name */
	gboolean markup;      /* server caps: body-markup */
	gboolean actions;     /* server caps: actions */
	GHashTable *live;     /* thread id (gint64 *) -> NotifyNotification * */
	GPtrArray *summaries; /* NotifyNotification * of summaries on screen */
};

/* ---- small helpers */

static const char *const kind_names[] = { "new", "followup", "batch", "quiet" };

static const char *
urgency_name(int u)
{
	return urgency_table[u].name;
}

static int
urgency_of(double score)
{
	size_t i;

	for (i = 0; i < G_N_ELEMENTS(urgency_table) - 1; i++)
		if (score >= urgency_table[i].floor)
			return (int)i;
	return (int)G_N_ELEMENTS(urgency_table) - 1;
}

static const char *
headline_of(const struct sw_match_row *r)
{
	if (r->title && *r->title)
		return r->title;
	if (r->thread_headline && *r->thread_headline)
		return r->thread_headline;
	return "(untitled)";
}

static const char *
thread_name_of(const struct sw_match_row *r)
{
	if (r->thread_headline && *r->thread_headline)
		return r->thread_headline;
	return headline_of(r);
}

static const char *
outlet_of(const struct sw_match_row *r)
{
	if (r->feed_title && *r->feed_title)
		return r->feed_title;
	return r->feed_name ? r->feed_name : "?";
}

/* (transfer full) local "HH:MM" of the row's time, with the day when it
 * is not the day of now. */
static char *
time_of(const struct sw_match_row *r, gint64 now)
{
	gint64 t = digest_time_of(r);
	GDateTime *dt = g_date_time_new_from_unix_local(t);
	GDateTime *dn = g_date_time_new_from_unix_local(now);
	char *s;

	if (!dt || !dn) {
		s = g_strdup("?");
	} else if (g_date_time_get_year(dt) == g_date_time_get_year(dn) &&
	           g_date_time_get_day_of_year(dt) == g_date_time_get_day_of_year(dn)) {
		s = g_date_time_format(dt, "%H:%M");
	} else {
		s = g_date_time_format(dt, "%Y-%m-%d %H:%M");
	}
	if (dt)
		g_date_time_unref(dt);
	if (dn)
		g_date_time_unref(dn);
	return s;
}

/* Only web links are opened.  A link is one token: the stdout backend
 * ends the alert's one line with it.  A feed's link may hold blanks:
 * tabs and newlines go (as a browser's URL parser drops them), a space
 * or another control is percent-encoded. */
static char *
safe_uri(const char *link)
{
	GString *out;
	const unsigned char *p;

	if (!link)
		return NULL;
	if (g_ascii_strncasecmp(link, "https://", 8) != 0 &&
	    g_ascii_strncasecmp(link, "http://", 7) != 0)
		return NULL;
	out = g_string_sized_new(strlen(link));
	for (p = (const unsigned char *)link; *p; p++) {
		if (*p == '\t' || *p == '\n' || *p == '\r')
			continue;
		if (*p <= ' ' || *p == 0x7f)
			g_string_append_printf(out, "%%%02X", *p);
		else
			g_string_append_c(out, (char)*p);
	}
	return g_string_free(out, FALSE);
}

static gboolean
in_quiet(const struct sw_config *c, gint64 t)
{
	GDateTime *dt;
	int m;

	if (c->quiet_start < 0 || c->quiet_end < 0 || c->quiet_start == c->quiet_end)
		return FALSE;
	dt = g_date_time_new_from_unix_local(t);
	if (!dt)
		return FALSE;
	m = g_date_time_get_hour(dt) * 60 + g_date_time_get_minute(dt);
	g_date_time_unref(dt);
	if (c->quiet_start < c->quiet_end)
		return m >= c->quiet_start && m < c->quiet_end;
	return m >= c->quiet_start || m < c->quiet_end;
}

/* A popup body, built as plain text and as escaped markup at once. */
struct body {
	GString *plain, *markup;
};

static void
body_text(struct body *b, const char *text)
{
	char *esc = g_markup_escape_text(text, -1);

	g_string_append(b->plain, text);
	g_string_append(b->markup, esc);
	g_free(esc);
}

/* Text wrapped in a markup tag ("b" or "i"); plain text gets it bare. */
static void
body_tagged(struct body *b, const char *tag, const char *text)
{
	g_string_append_printf(b->markup, "<%s>", tag);
	body_text(b, text);
	g_string_append_printf(b->markup, "</%s>", tag);
}

static void
body_newline(struct body *b)
{
	g_string_append_c(b->plain, '\n');
	g_string_append_c(b->markup, '\n');
}

static void
popup_free(struct popup *p)
{
	if (!p)
		return;
	g_free(p->summary);
	g_free(p->body);
	g_free(p->body_markup);
	g_free(p->uri);
	g_free(p);
}

static struct popup *
popup_finish(struct popup *p, struct body *b)
{
	p->body = g_string_free(b->plain, FALSE);
	p->body_markup = g_string_free(b->markup, FALSE);
	return p;
}

/* One row's "Outlet · 14:05" line. */
static void
body_outlet_line(struct body *b, const struct sw_match_row *r, gint64 now)
{
	char *outlet = digest_line(outlet_of(r), 60);
	char *when = time_of(r, now);

	body_tagged(b, "i", outlet);
	body_text(b, " · ");
	body_text(b, when);
	g_free(outlet);
	g_free(when);
}

/* The popup of one thread this cycle: first is the new story (or the
 * first follow-up), rest are the follow-ups after it. */
static struct popup *
popup_thread(GPtrArray *rows, gint64 now)
{
	const struct sw_match_row *first = g_ptr_array_index(rows, 0);
	const struct sw_match_row *last = g_ptr_array_index(rows, rows->len - 1);
	struct popup *p = g_new0(struct popup, 1);
	struct body b = { g_string_new(NULL), g_string_new(NULL) };
	gboolean is_new = g_strcmp0(first->kind, "new") == 0;
	/* the row the body describes: the story, or the latest follow-up */
	const struct sw_match_row *shown = is_new ? first : last;
	char *name, *title, *excerpt, *terms;
	double score = 0;
	guint i;

	for (i = 0; i < rows->len; i++) {
		const struct sw_match_row *r = g_ptr_array_index(rows, i);

		if (r->score > score)
			score = r->score;
	}
	p->kind = is_new ? POPUP_NEW : POPUP_FOLLOWUP;
	p->thread_id = first->thread_id;
	p->urgency = urgency_of(score);
	p->uri = safe_uri(shown->link);
	p->open_label = "Open";
	p->can_mute = first->thread_id != 0;

	if (is_new) {
		name = digest_line(headline_of(first), MAX_SUMMARY);
		p->summary = g_strdup_printf("New story: %s", name);
	} else {
		name = digest_line(thread_name_of(first), MAX_SUMMARY);
		p->summary = g_strdup_printf("Follow-up: %s", name);
	}
	g_free(name);

	body_outlet_line(&b, shown, now);
	if (!is_new) {
		title = digest_line(headline_of(shown), MAX_SUMMARY);
		body_newline(&b);
		body_tagged(&b, "b", title);
		g_free(title);
	}
	excerpt = digest_line(shown->summary, MAX_EXCERPT);
	if (*excerpt) {
		body_newline(&b);
		body_text(&b, excerpt);
	}
	g_free(excerpt);
	terms = digest_terms_in(shown->terms, MAX_TERMS, shown->title, shown->summary, shown->lang);
	if (terms) {
		body_newline(&b);
		body_text(&b, "Matched: ");
		body_text(&b, terms);
		g_free(terms);
	}
	/* the other reports of this thread in the same cycle */
	if (rows->len > 1) {
		GString *others = g_string_new(NULL);
		GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
		guint n = 0;

		/* each outlet once */
		for (i = 0; i < rows->len; i++) {
			const struct sw_match_row *r = g_ptr_array_index(rows, i);
			char *o;

			if (r == shown)
				continue;
			n++;
			o = digest_line(outlet_of(r), 60);
			if (g_hash_table_contains(seen, o)) {
				g_free(o);
				continue;
			}
			if (others->len)
				g_string_append(others, ", ");
			g_string_append(others, o);
			g_hash_table_add(seen, o);
		}
		g_hash_table_destroy(seen);
		body_newline(&b);
		if (!is_new)
			body_text(&b, "Earlier follow-ups: ");
		else if (n == 1)
			body_text(&b, "+1 follow-up: ");
		else {
			char *head = g_strdup_printf("+%u follow-ups: ", n);

			body_text(&b, head);
			g_free(head);
		}
		body_text(&b, others->str);
		g_string_free(others, TRUE);
	}
	return popup_finish(p, &b);
}

/* (transfer full) the file: URI of the digest that lists the matches of
 * groups: the day of their entries (first seen), or when they span days
 * (the quiet hours held them over midnight) the index of the days, or
 * without HTML the first day's. */
static char *
digest_uri(const struct sw_config *c, GPtrArray *groups)
{
	char *dir = config_digest_dir(), *day = NULL, *name, *path, *uri;
	gboolean span = FALSE;
	guint i, j;

	for (i = 0; i < groups->len; i++) {
		GPtrArray *rows = g_ptr_array_index(groups, i);

		for (j = 0; j < rows->len; j++) {
			const struct sw_match_row *r = g_ptr_array_index(rows, j);
			char *d = digest_day_of(r->first_seen);

			if (!day || strcmp(d, day) < 0) {
				span = span || day != NULL;
				g_free(day);
				day = d;
			} else {
				span = span || strcmp(d, day) != 0;
				g_free(d);
			}
		}
	}
	if (span && c->digest_html)
		name = g_strdup("index.html");
	else
		name = g_strdup_printf("%s.%s", day, c->digest_html ? "html" : "md");
	path = g_build_filename(dir, name, NULL);
	uri = g_filename_to_uri(path, NULL, NULL);
	g_free(dir);
	g_free(day);
	g_free(name);
	g_free(path);
	return uri;
}

/* One summary for many threads: the headlines, then how many more. */
static struct popup *
popup_summary(enum popup_kind kind, GPtrArray *groups, const struct sw_config *c)
{
	struct popup *p = g_new0(struct popup, 1);
	struct body b = { g_string_new(NULL), g_string_new(NULL) };
	const char *topic = NULL;
	gboolean one_topic = TRUE;
	double score = 0;
	guint i, n = groups->len, nnew = 0;
	char *what;

	for (i = 0; i < n; i++) {
		GPtrArray *rows = g_ptr_array_index(groups, i);
		const struct sw_match_row *r = g_ptr_array_index(rows, 0);
		guint j;

		if (g_strcmp0(r->kind, "new") == 0)
			nnew++;
		if (!topic)
			topic = r->topic;
		else if (g_strcmp0(topic, r->topic) != 0)
			one_topic = FALSE;
		for (j = 0; j < rows->len; j++) {
			const struct sw_match_row *x = g_ptr_array_index(rows, j);

			if (x->score > score)
				score = x->score;
		}
	}
	p->kind = kind;
	p->uri = digest_uri(c, groups);
	p->open_label = "Open digest";
	p->urgency = urgency_of(score);
	if (p->urgency == 0)
		p->urgency = 1; /* a summary is never critical */
	/* a group that starts with a follow-up is an older story's news, not
	 * a new story: "11 new stories" over 8 follow-ups misled */
	if (nnew == n)
		what = g_strdup_printf("%u new %s", n, n == 1 ? "story" : "stories");
	else if (nnew == 0)
		what = g_strdup_printf("%u %s", n, n == 1 ? "follow-up" : "follow-ups");
	else
		what = g_strdup_printf("%u new %s, %u %s", nnew, nnew == 1 ? "story" : "stories",
		                       n - nnew, n - nnew == 1 ? "follow-up" : "follow-ups");
	if (kind == POPUP_QUIET)
		p->summary = g_strdup_printf("%u %s during quiet hours", n,
		                             n == 1 ? "story" : "stories");
	else if (one_topic && topic)
		p->summary = g_strdup_printf("%s: %s", what, topic);
	else
		p->summary = g_strdup(what);
	g_free(what);

	for (i = 0; i < n && i < MAX_LISTED; i++) {
		GPtrArray *rows = g_ptr_array_index(groups, i);
		const struct sw_match_row *r = g_ptr_array_index(rows, 0);
		gboolean is_new = g_strcmp0(r->kind, "new") == 0;
		char *h = digest_line(is_new ? headline_of(r) : thread_name_of(r), 80);
		char *o = digest_line(outlet_of(r), 40);

		if (i)
			body_newline(&b);
		body_text(&b, "• ");
		if (!is_new)
			body_text(&b, "Follow-up: ");
		body_text(&b, h);
		body_text(&b, " — ");
		body_tagged(&b, "i", o);
		g_free(h);
		g_free(o);
	}
	if (n > MAX_LISTED) {
		char *more = g_strdup_printf("… and %u more in the digest", n - MAX_LISTED);

		body_newline(&b);
		body_text(&b, more);
		g_free(more);
	}
	return popup_finish(p, &b);
}

/* ---- backend "none" */

static int
none_init(struct notifier *n)
{
	(void)n;
	return 0;
}

static int
none_send(struct notifier *n, const struct popup *p)
{
	(void)n;
	(void)p;
	return 0;
}

static void
none_teardown(struct notifier *n)
{
	(void)n;
}

static const struct notifier_backend backend_none = {
	"none",
	none_init,
	none_send,
	none_teardown,
};

/* ---- backend "stdout": one line per alert */

static int
stdout_send(struct notifier *n, const struct popup *p)
{
	char *body = g_strdup(p->body);
	char *c;

	for (c = body; *c; c++)
		if (*c == '\n')
			*c = '\t';
	printf("%s\t%s", p->summary, body);
	if (p->uri)
		printf("\t%s", p->uri);
	putchar('\n');
	g_free(body);
	if (fflush(stdout) == 0 && !ferror(stdout))
		return 0;
	/* a reader that went away (EPIPE) does not come back: say it once.
	 * The failure is reported here, and the stream's error cleared (the
	 * lines are dropped): what the command prints after (once's digest
	 * line) is judged on its own, and run stopped by SIGTERM exits 0 */
	if (!n->out_failed)
		log_warn("standard output: alert lines cannot be written; they go to the "
		         "digest only");
	n->out_failed = TRUE;
	clearerr(stdout);
	return -1;
}

static const struct notifier_backend backend_stdout = {
	"stdout",
	none_init,
	stdout_send,
	none_teardown,
};

/* ---- backend "record": kept in memory for the tests */

static int
record_send(struct notifier *n, const struct popup *p)
{
	g_ptr_array_add(n->recorded,
	                g_strdup_printf("%s|%s|%s|%s|%s%s", kind_names[p->kind],
	                                urgency_name(p->urgency), p->summary, p->body_markup,
	                                p->uri ? p->uri : "", p->can_mute ? "|mute" : ""));
	return 0;
}

static const struct notifier_backend backend_record = {
	"record",
	none_init,
	record_send,
	none_teardown,
};

/* ---- backend "libnotify" */

/* libnotify is opened when this backend first starts, not linked: with
 * notify = stdout or none (a server, `once` in a script) neither it nor
 * gdk-pixbuf, libpng and libjpeg behind it are loaded, ~0.4 MB of pages
 * of every run.  Never closed: it registers GObject types.  The GObject
 * and GIO functions used here come through it too (dlsym() searches its
 * dependencies), so that they are not loaded either (see jsonlib.h). */
#define NOTIFY_SONAME "libnotify.so.4"
#define NOTIFY_FUNCS(X)                                                                            \
	X(notify_init)                                                                             \
	X(notify_uninit)                                                                           \
	X(notify_is_initted)                                                                       \
	X(notify_get_server_caps)                                                                  \
	X(notify_notification_new)                                                                 \
	X(notify_notification_update)                                                              \
	X(notify_notification_show)                                                                \
	X(notify_notification_close)                                                               \
	X(notify_notification_clear_actions)                                                       \
	X(notify_notification_add_action)                                                          \
	X(notify_notification_set_urgency)                                                         \
	X(notify_notification_set_hint_string)                                                     \
	X(notify_notification_set_category)                                                        \
	X(g_object_unref)                                                                          \
	X(g_object_get)                                                                            \
	X(g_object_get_data)                                                                       \
	X(g_object_set_data)                                                                       \
	X(g_signal_connect_data)                                                                   \
	X(g_signal_handlers_disconnect_matched)                                                    \
	X(g_bus_get_sync)                                                                          \
	X(g_app_info_launch_default_for_uri)
#define NOTIFY_MEMBER(f) __typeof__(f) *f;
static struct {
	NOTIFY_FUNCS(NOTIFY_MEMBER)
} nf;
#undef NOTIFY_MEMBER

/* Load libnotify once; NULL, or why it could not be. */
static char *
libnotify_load(void)
{
	static gboolean loaded;
	void *h;
	const char *missing = NULL;

	if (loaded)
		return NULL;
	h = dlopen(NOTIFY_SONAME, RTLD_NOW | RTLD_LOCAL);
	if (!h)
		return g_strdup_printf("libnotify could not be loaded (%s)", dlerror());
#define NOTIFY_LOAD(f)                                                                             \
	if (!missing && !(*(void **)&nf.f = dlsym(h, #f)))                                         \
		missing = #f;
	NOTIFY_FUNCS(NOTIFY_LOAD)
#undef NOTIFY_LOAD
	if (missing) {
		memset(&nf, 0, sizeof(nf));
		dlclose(h);
		return g_strdup_printf("%s has no %s", NOTIFY_SONAME, missing);
	}
	loaded = TRUE;
	return NULL;
}

struct action_data {
	struct notifier *n;
	gint64 thread_id;
	char *uri;
};

static void
action_data_free(gpointer p)
{
	struct action_data *a = p;

	g_free(a->uri);
	g_free(a);
}

static struct action_data *
action_data_new(struct notifier *n, const struct popup *p)
{
	struct action_data *a = g_new0(struct action_data, 1);

	a->n = n;
	a->thread_id = p->thread_id;
	a->uri = g_strdup(p->uri);
	return a;
}

static void
on_open(NotifyNotification *nn, char *action, gpointer data)
{
	struct action_data *a = data;
	GError *err = NULL;

	(void)action;
	if (a->uri && !nf.g_app_info_launch_default_for_uri(a->uri, NULL, &err)) {
		log_warnx("opening %s: %s", a->uri, err->message);
		g_clear_error(&err);
	}
	/* done with it; not every server removes a popup after its action */
	if (!nf.notify_notification_close(nn, &err))
		g_clear_error(&err);
}

static void
on_mute(NotifyNotification *nn, char *action, gpointer data)
{
	struct action_data *a = data;
	GError *err = NULL;

	(void)action;
	if (!a->n->store || !a->thread_id)
		return;
	if (store_thread_set_muted(a->n->store, a->thread_id, TRUE) < 0)
		log_warnx("muting thread %" G_GINT64_FORMAT " failed", a->thread_id);
	else
		log_info("thread %" G_GINT64_FORMAT " muted", a->thread_id);
	if (!nf.notify_notification_close(nn, &err))
		g_clear_error(&err);
}

static void
on_closed(NotifyNotification *nn, gpointer data)
{
	struct notifier *n = data;
	gint64 tid = GPOINTER_TO_SIZE(nf.g_object_get_data((GObject *)nn, "sw-thread"));

	if (tid && g_hash_table_lookup(n->live, &tid) == nn) {
		if (n->store && store_thread_set_notify_id(n->store, tid, 0) < 0)
			log_warnx("thread %" G_GINT64_FORMAT ": clearing the popup id failed", tid);
		g_hash_table_remove(n->live, &tid);
	} else if (!tid) {
		g_ptr_array_remove_fast(n->summaries, nn);
	}
}

/* notifiers using libnotify's process-wide state (a reload may briefly
 * hold two) */
static guint libnotify_users;

/* libnotify warns on every failed call; the notifier logs once itself. */
static void
quiet_libnotify(const char *domain, GLogLevelFlags level, const char *msg, gpointer data)
{
	(void)domain;
	(void)level;
	(void)data;
	log_debug("libnotify: %s", msg);
}

static void
set_why(struct notifier *n, char *why)
{
	g_free(n->why);
	n->why = why;
}

/* The icon: a file of the installed icon themes, so that every server can
 * show it whatever its own theme lookup does (dunst's default finds no
 * themed names).  Best first: the feed icon where a theme has one (not in
 * every theme: Adwaita keeps only its symbolic form), else the Icon Naming
 * Specification's "applications-internet".  Failing both, the name. */
static const char *const icon_names[] = { "application-rss+xml", "applications-internet" };
static const char *const icon_themes[] = { "hicolor", "Adwaita", "gnome", "breeze", "Papirus" };
static const char *const icon_sizes[] = { "48x48", "scalable", "64x64", "32x32", "256x256" };
static const char *const icon_cats[] = { "apps", "mimetypes", "categories", "legacy" };

static char *
icon_find(const char *name)
{
	const char *const *dirs = g_get_system_data_dirs();
	int d;
	size_t t, z, c;

	for (d = -1; d < 0 || dirs[d]; d++) {
		const char *base = d < 0 ? g_get_user_data_dir() : dirs[d];

		for (t = 0; t < G_N_ELEMENTS(icon_themes); t++)
			for (z = 0; z < G_N_ELEMENTS(icon_sizes); z++)
				for (c = 0; c < G_N_ELEMENTS(icon_cats); c++) {
					const char *ext =
					        strcmp(icon_sizes[z], "scalable") ? "png" : "svg";
					char *file = g_strdup_printf("%s.%s", name, ext);
					char *path = g_build_filename(base, "icons", icon_themes[t],
					                              icon_sizes[z], icon_cats[c],
					                              file, NULL);

					g_free(file);
					if (g_file_test(path, G_FILE_TEST_IS_REGULAR))
						return path;
					g_free(path);
				}
	}
	return NULL;
}

static char *
pick_icon(void)
{
	size_t i;

	for (i = 0; i < G_N_ELEMENTS(icon_names); i++) {
		char *path = icon_find(icon_names[i]);

		if (path)
			return path;
	}
	return g_strdup(icon_names[0]);
}

static int
libnotify_init(struct notifier *n)
{
	GDBusConnection *bus;
	GError *err = NULL;
	GList *caps, *l;

	if (!n->inited) {
		char *why = libnotify_load();

		if (why) {
			set_why(n, why);
			return -1;
		}
		g_log_set_handler("libnotify", G_LOG_LEVEL_WARNING | G_LOG_LEVEL_MESSAGE,
		                  quiet_libnotify, NULL);
		if (!nf.notify_is_initted() && !nf.notify_init(APP_NAME)) {
			set_why(n, g_strdup("libnotify could not start"));
			return -1;
		}
		libnotify_users++;
		n->inited = TRUE;
		n->icon = pick_icon();
	}
	bus = nf.g_bus_get_sync(G_BUS_TYPE_SESSION, NULL, &err);
	if (!bus) {
		set_why(n, g_strdup_printf("no session bus (%s)", err->message));
		g_error_free(err);
		return -1;
	}
	nf.g_object_unref(bus);
	/* a round trip to the server */
	caps = nf.notify_get_server_caps();
	if (!caps) {
		set_why(n, g_strdup("no notification server on the session bus"));
		return -1;
	}
	n->markup = n->actions = FALSE;
	for (l = caps; l; l = l->next) {
		if (g_strcmp0(l->data, "body-markup") == 0)
			n->markup = TRUE;
		else if (g_strcmp0(l->data, "actions") == 0)
			n->actions = TRUE;
	}
	g_list_free_full(caps, g_free);
	return 0;
}

/* Let go of a popup that stays on screen: no callback may reach n again. */
static void
forget_popup(struct notifier *n, NotifyNotification *nn)
{
	nf.g_signal_handlers_disconnect_matched(nn, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, n);
	nf.notify_notification_clear_actions(nn);
}

/* Forget every popup still on screen: they stay, but are no longer
 * updated in place.  The ids are only trusted within one connection to
 * the server, so a later process will not reuse them either. */
static void
forget_all(struct notifier *n)
{
	GHashTableIter it;
	gpointer key, value;
	guint i;

	g_hash_table_iter_init(&it, n->live);
	while (g_hash_table_iter_next(&it, &key, &value)) {
		gint64 tid = *(gint64 *)key;

		forget_popup(n, value);
		if (n->store && store_thread_set_notify_id(n->store, tid, 0) < 0)
			log_warnx("thread %" G_GINT64_FORMAT ": clearing the popup id failed", tid);
	}
	g_hash_table_remove_all(n->live);
	for (i = 0; i < n->summaries->len; i++)
		forget_popup(n, g_ptr_array_index(n->summaries, i));
	g_ptr_array_set_size(n->summaries, 0);
}

static int
libnotify_send(struct notifier *n, const struct popup *p)
{
	NotifyNotification *nn = NULL;
	const char *body = n->markup ? p->body_markup : p->body;
	GError *err = NULL;
	gboolean reuse = FALSE;
	gint id = 0;

	if (p->thread_id)
		nn = g_hash_table_lookup(n->live, &p->thread_id);
	if (nn) {
		/* the thread's popup is still on screen: update it in place */
		reuse = TRUE;
		nf.notify_notification_update(nn, p->summary, body, n->icon);
		nf.notify_notification_clear_actions(nn);
	} else {
		nn = nf.notify_notification_new(p->summary, body, n->icon);
		nf.g_object_set_data((GObject *)nn, "sw-thread",
		                     GSIZE_TO_POINTER((gsize)p->thread_id));
		nf.g_signal_connect_data(nn, "closed", G_CALLBACK(on_closed), n, NULL, 0);
	}
	nf.notify_notification_set_urgency(nn, urgency_table[p->urgency].urgency);
	nf.notify_notification_set_hint_string(nn, "desktop-entry", APP_NAME);
	nf.notify_notification_set_category(nn, p->thread_id ? "x-storywatch.story"
	                                                     : "x-storywatch.summary");
	if (n->actions && p->uri) {
		nf.notify_notification_add_action(nn, "default", p->open_label, on_open,
		                                  action_data_new(n, p), action_data_free);
		nf.notify_notification_add_action(nn, "open", p->open_label, on_open,
		                                  action_data_new(n, p), action_data_free);
	}
	if (n->actions && p->can_mute)
		nf.notify_notification_add_action(nn, "mute", "Mute thread", on_mute,
		                                  action_data_new(n, p), action_data_free);
	if (!nf.notify_notification_show(nn, &err)) {
		log_warnx("showing a popup: %s", err ? err->message : "failed");
		g_clear_error(&err);
		if (reuse)
			g_hash_table_remove(n->live, &p->thread_id);
		else
			nf.g_object_unref(nn);
		return -1;
	}
	if (reuse)
		return 0;
	nf.g_object_get(nn, "id", &id, NULL);
	/* a server that never reports closed popups must not grow the table */
	if (g_hash_table_size(n->live) + n->summaries->len >= MAX_LIVE)
		forget_all(n);
	if (p->thread_id) {
		gint64 *key = g_new(gint64, 1);

		*key = p->thread_id;
		g_hash_table_replace(n->live, key, nn);
		if (n->store && store_thread_set_notify_id(n->store, p->thread_id, id) < 0)
			log_warnx("thread %" G_GINT64_FORMAT ": saving the popup id failed",
			          p->thread_id);
	} else {
		g_ptr_array_add(n->summaries, nn);
	}
	return 0;
}

static void
libnotify_teardown(struct notifier *n)
{
	forget_all(n);
	if (n->inited && --libnotify_users == 0)
		nf.notify_uninit();
	n->inited = FALSE;
}

static const struct notifier_backend backend_libnotify = {
	"libnotify",
	libnotify_init,
	libnotify_send,
	libnotify_teardown,
};

static const struct notifier_backend *const backends[] = {
	&backend_libnotify,
	&backend_stdout,
	&backend_record,
	&backend_none,
};

/* ---- the notifier */

/* the popups tables' free function: a popup is only ever made once
 * libnotify is loaded */
static void
popup_unref(gpointer nn)
{
	nf.g_object_unref(nn);
}

struct notifier *
notifier_new(const char *backend, GError **err)
{
	struct notifier *n;
	size_t i;

	if (!backend || !*backend)
		backend = "libnotify";
	for (i = 0; i < G_N_ELEMENTS(backends); i++)
		if (strcmp(backends[i]->name, backend) == 0)
			break;
	if (i == G_N_ELEMENTS(backends)) {
		g_set_error(err, g_quark_from_static_string("storywatch-notifier"), 1,
		            "notify = %s: expected libnotify, stdout, record or none", backend);
		return NULL;
	}
	n = g_new0(struct notifier, 1);
	n->be = backends[i];
	n->recorded = g_ptr_array_new_with_free_func(g_free);
	n->live = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free, popup_unref);
	n->summaries = g_ptr_array_new_with_free_func(popup_unref);
	return n;
}

void
notifier_free(struct notifier *n)
{
	if (!n)
		return;
	n->be->teardown(n);
	g_hash_table_destroy(n->live);
	g_ptr_array_free(n->summaries, TRUE);
	g_ptr_array_free(n->recorded, TRUE);
	g_free(n->why);
	g_free(n->icon);
	g_free(n);
}

GPtrArray *
notifier_recorded(struct notifier *n)
{
	return n->recorded;
}

static void
groups_free(gpointer p)
{
	g_ptr_array_free(p, TRUE);
}

/* Whether n's backend can show popups now.  When it cannot, the npending
 * alerts stay pending for the next cycle, which is said once until it
 * can again. */
static gboolean
notifier_ready(struct notifier *n, guint npending)
{
	if (n->be->init(n) < 0) {
		if (!n->warned)
			log_warnx("%s: %u %s kept for the next cycle",
			          n->why ? n->why : "notifications unavailable", npending,
			          npending == 1 ? "alert" : "alerts");
		n->warned = TRUE;
		return FALSE;
	}
	if (n->warned)
		log_info("notification server available again");
	n->warned = FALSE;
	return TRUE;
}

/* Mark rows notified at now, in one transaction; the match ids of those
 * this call marked go into marked (a row another process marked since it
 * was read is that one's to show).  0, or -1 on a store error (rolled
 * back). */
static int
rows_mark(struct store *s, GPtrArray *rows, gint64 now, GHashTable *marked)
{
	guint i;

	if (store_begin(s) < 0)
		return -1;
	for (i = 0; i < rows->len; i++) {
		struct sw_match_row *r = g_ptr_array_index(rows, i);
		int rc = store_match_mark_notified(s, r->match_id, now);

		if (rc < 0) {
			store_rollback(s);
			return -1;
		}
		if (rc > 0)
			g_hash_table_add(marked, &r->match_id);
	}
	if (store_commit(s) < 0) {
		store_rollback(s);
		return -1;
	}
	return 0;
}

/* The marked rows worth a popup (new stories and follow-ups, not muted,
 * each entry once) by thread, each thread a GPtrArray of its rows: into
 * held when its first row came in quiet hours, else into groups. */
static void
rows_group(GPtrArray *rows, GHashTable *marked, const struct sw_config *c, GPtrArray *groups,
           GPtrArray *held)
{
	GHashTable *by_thread = g_hash_table_new(g_int64_hash, g_int64_equal);
	GHashTable *entries = g_hash_table_new(g_int64_hash, g_int64_equal);
	guint i;

	for (i = 0; i < rows->len; i++) {
		struct sw_match_row *r = g_ptr_array_index(rows, i);
		GPtrArray *g;

		if (!g_hash_table_contains(marked, &r->match_id))
			continue;
		if (r->thread_muted || g_strcmp0(r->kind, "duplicate") == 0 ||
		    (g_strcmp0(r->kind, "new") != 0 && g_strcmp0(r->kind, "followup") != 0))
			continue;
		/* one entry matching two topics is one popup */
		if (g_hash_table_contains(entries, &r->entry_id))
			continue;
		g_hash_table_add(entries, &r->entry_id);
		g = r->thread_id ? g_hash_table_lookup(by_thread, &r->thread_id) : NULL;
		if (g) {
			g_ptr_array_add(g, r);
			continue;
		}
		g = g_ptr_array_new();
		g_ptr_array_add(g, r);
		if (r->thread_id)
			g_hash_table_insert(by_thread, &r->thread_id, g);
		g_ptr_array_add(in_quiet(c, r->first_seen) ? held : groups, g);
	}
	/* a follow-up of a held thread is held with it */
	g_hash_table_destroy(entries);
	g_hash_table_destroy(by_thread);
}

/* Show the marked rows: one summary of the held threads, then one popup
 * per thread, or one summary of them all when there are more than
 * popup_batch.  Returns the number of popups shown. */
static int
rows_show(struct notifier *n, GPtrArray *rows, GHashTable *marked, const struct sw_config *c,
          gint64 now)
{
	GPtrArray *groups = g_ptr_array_new_with_free_func(groups_free);
	GPtrArray *held = g_ptr_array_new_with_free_func(groups_free);
	GPtrArray *popups = g_ptr_array_new_with_free_func((GDestroyNotify)popup_free);
	int batch = c->popup_batch > 0 ? c->popup_batch : SW_POPUP_BATCH_DEFAULT;
	int shown = 0;
	guint i;

	/* sort the marked rows: the held ones, the threads */
	rows_group(rows, marked, c, groups, held);
	if (held->len)
		g_ptr_array_add(popups, popup_summary(POPUP_QUIET, held, c));
	if (groups->len > (guint)batch) {
		g_ptr_array_add(popups, popup_summary(POPUP_BATCH, groups, c));
	} else {
		for (i = 0; i < groups->len; i++)
			g_ptr_array_add(popups, popup_thread(g_ptr_array_index(groups, i), now));
	}

	for (i = 0; i < popups->len; i++)
		if (n->be->send(n, g_ptr_array_index(popups, i)) == 0)
			shown++;
	g_ptr_array_free(popups, TRUE);
	g_ptr_array_free(held, TRUE);
	g_ptr_array_free(groups, TRUE);
	return shown;
}

int
notifier_deliver(struct notifier *n, struct store *s, const struct sw_config *c, gint64 now)
{
	GPtrArray *rows;
	GHashTable *marked;
	int shown;

	n->store = s;
	if (in_quiet(c, now))
		return 0; /* held: left pending until the quiet hours end */
	rows = store_matches_pending(s);
	if (!rows)
		return -1;
	if (!rows->len || !notifier_ready(n, rows->len)) {
		g_ptr_array_free(rows, TRUE);
		return 0;
	}
	/* mark first: a crash may lose a popup but never repeats one; a row
	 * another process marked since it was read is that one's to show */
	marked = g_hash_table_new(g_int64_hash, g_int64_equal);
	if (rows_mark(s, rows, now, marked) < 0)
		shown = -1;
	else
		shown = rows_show(n, rows, marked, c, now);
	g_hash_table_destroy(marked);
	g_ptr_array_free(rows, TRUE);
	return shown;
}
