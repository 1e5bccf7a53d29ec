/*
 * main.c - the command line: sub-commands and exit codes, nothing else.
 *
 * Exit codes: 0 success, 1 runtime failure (bad config, unreadable state,
 * unreadable input, output that could not be written), 2 usage error.
 */

#include <errno.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"
#include "daemon.h"
#include "digest.h"
#include "fetch.h"
#include "jsonlib.h"
#include "caps.h"
#include "log.h"
#include "match.h"
#include "opml.h"
#include "parse.h"
#include "store.h"
#include "text.h"
#include "thread.h"

#define EXIT_USAGE 2

/* GnuTLS initialises itself from a constructor when it is loaded, and it
 * is loaded by every command (libcurl -> libgnutls) though only those
 * that fetch use it.  This is GnuTLS's GNUTLS_SKIP_GLOBAL_INIT
 * (gnutls/gnutls.h), written out as gnutls' headers are not needed to
 * build: the executable's definition overrides the library's weak one.
 * Whoever uses GnuTLS still calls gnutls_global_init() itself (the
 * GnuTLS-built libcurl scripts/install-deps installs does, in
 * curl_global_init; with an OpenSSL-built one nothing does).  Saves
 * ~0.9 MB of the peak RSS of every command that does not fetch (its
 * pages, p11-kit's, the ASN.1 trees). */
int _gnutls_global_init_skip(void);
int
_gnutls_global_init_skip(void)
{
	return 1;
}

static const char usage_text[] =
        "usage: storywatch [-c FILE] [-v|-q] COMMAND [ARGS]\n"
        "\n"
        "commands:\n"
        "  run                      the daemon: poll due feeds until stopped\n"
        "  once [--force]           poll every due feed (--force: all) once, then exit\n"
        "  status [--json]          the feeds: state, last success, next poll, errors\n"
        "  test [--json] [--threads] FILE|URL...\n"
        "                           run the topics over feeds without touching the state\n"
        "  explain ENTRY            why a stored entry matched (ENTRY: row id, uid or link)\n"
        "  thread [--json] ENTRY    the story thread of a stored entry, report by report\n"
        "  threads [--json] [--days N]\n"
        "                           the stories of the last N days (14), latest first\n"
        "  mute ENTRY               no more popups for the thread of a stored entry\n"
        "  unmute ENTRY             popups again for it\n"
        "  digest [--date YYYY-MM-DD] [--format md|html] [--write]\n"
        "                           print (or rewrite) a day's digest\n"
        "  parse --json FILE        print what the parser reads from a feed file\n"
        "  import-opml FILE         print [feed] groups for the feeds of an OPML file\n"
        "  export-opml              print the configured feeds as OPML\n"
        "\n"
        "options:\n"
        "  -c, --config FILE        the configuration (default: "
        "$XDG_CONFIG_HOME/storywatch/storywatch.conf)\n"
        "  -v, --verbose            log debug lines\n"
        "  -q, --quiet              log warnings and errors only\n"
        "  -h, --help               this text\n"
        "  -V, --version            the version\n"
        "      --help-config        every [storywatch] directive with its default\n";

static int
usage(FILE *fp, int rc)
{
	fputs(usage_text, fp);
	return rc;
}

/* A command's arguments as --help shows them ("" for none). */
static const char *
command_args(const char *cmd)
{
	static const char *const args[][2] = {
		{ "run", "" },
		{ "once", "[--force]" },
		{ "status", "[--json]" },
		{ "test", "[--json] [--threads] FILE|URL..." },
		{ "explain", "ENTRY" },
		{ "thread", "[--json] ENTRY" },
		{ "threads", "[--json] [--days N]" },
		{ "mute", "ENTRY" },
		{ "unmute", "ENTRY" },
		{ "digest", "[--date YYYY-MM-DD] [--format md|html] [--write]" },
		{ "parse", "--json FILE" },
		{ "import-opml", "FILE" },
		{ "export-opml", "" },
	};
	size_t i;

	for (i = 0; i < G_N_ELEMENTS(args); i++)
		if (!strcmp(args[i][0], cmd))
			return args[i][1];
	return "";
}

static int usage_error(const char *cmd, const char *fmt, ...) G_GNUC_PRINTF(2, 3);

/* A command given what it does not take: what was wrong and that
 * command's synopsis, not the whole --help (whose 22 lines hid the
 * reason, and said nothing of it). */
static int
usage_error(const char *cmd, const char *fmt, ...)
{
	const char *args = command_args(cmd);
	va_list ap;

	fprintf(stderr, "storywatch: %s: ", cmd);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr,
	        "\nusage: storywatch [-c FILE] [-v|-q] %s%s%s\n"
	        "(storywatch --help lists every command)\n",
	        cmd, *args ? " " : "", args);
	return EXIT_USAGE;
}

/* The usage error for arg, a word cmd does not take. */
static int
bad_arg(const char *cmd, const char *arg)
{
	if (arg[0] == '-' && arg[1])
		return usage_error(cmd, "unknown option %s", arg);
	return usage_error(cmd, "unexpected argument %s", arg);
}

/* The ENTRY of explain, thread, mute and unmute: the one word besides
 * the command's options (--json where json is not NULL), which "--"
 * ends, so that a uid beginning with '-' can be named (thread -- -x1).
 * Returns 0, or the usage error's exit status. */
static int
entry_operand(const char *cmd, int argc, char **argv, gboolean *json, const char **entry)
{
	gboolean opts = TRUE;
	int k;

	*entry = NULL;
	for (k = 1; k < argc; k++) {
		const char *a = argv[k];

		if (opts && !strcmp(a, "--"))
			opts = FALSE;
		else if (opts && json && !strcmp(a, "--json"))
			*json = TRUE;
		else if (opts && a[0] == '-' && a[1])
			return bad_arg(cmd, a);
		else if (*entry)
			return usage_error(cmd, "unexpected argument %s", a);
		else
			*entry = a;
	}
	return *entry ? 0 : usage_error(cmd, "missing ENTRY");
}

/* Read a feed or OPML file: at most max + 1 bytes are ever read, so a
 * huge file (or a device) is refused, not loaded.  Files named on the
 * command line may be as large as the parser takes (SW_MAX_DOCUMENT);
 * feeds polled by the daemon stop at the fetch cap (SW_MAX_BODY). */
static gboolean
read_file(const char *path, gsize max, char **data, gsize *len)
{
	FILE *fp = fopen(path, "rb");
	GString *s;
	char buf[65536];
	size_t n;
	gboolean failed;

	if (!fp) {
		log_errorx("%s: %s", path, g_strerror(errno));
		return FALSE;
	}
	s = g_string_new(NULL);
	while (s->len <= max) {
		n = fread(buf, 1, MIN(sizeof(buf), max + 1 - s->len), fp);
		if (n == 0)
			break;
		g_string_append_len(s, buf, (gssize)n);
	}
	failed = ferror(fp) != 0;
	if (failed)
		log_errorx("%s: %s", path, g_strerror(errno));
	fclose(fp);
	if (!failed && s->len > max) {
		log_errorx("%s: too large (over %zu bytes)", path, max);
		failed = TRUE;
	}
	if (failed) {
		g_string_free(s, TRUE);
		return FALSE;
	}
	*len = s->len;
	*data = g_string_free(s, FALSE);
	return TRUE;
}

/* A regular file of at most max bytes, mapped (a big feed costs no copy),
 * else read as read_file() reads it (a pipe, /dev/stdin).  *map is NULL
 * when *data was read and must be g_free()d. */
static gboolean
map_file(const char *path, gsize max, GMappedFile **map, const char **data, gsize *len)
{
	struct stat sb;
	char *buf;

	*map = NULL;
	if (stat(path, &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size > 0 &&
	    (guint64)sb.st_size <= max) {
		*map = g_mapped_file_new(path, FALSE, NULL);
		if (*map && g_mapped_file_get_length(*map) > 0) {
			*data = g_mapped_file_get_contents(*map);
			*len = g_mapped_file_get_length(*map);
			return TRUE;
		}
		g_clear_pointer(map, g_mapped_file_unref);
	}
	if (!read_file(path, max, &buf, len))
		return FALSE;
	*data = buf;
	return TRUE;
}

/* json-glib for a --json output: FALSE, having said why, if it cannot be
 * opened */
static gboolean
json_ready(void)
{
	char *why = jsonlib_load();

	if (!why)
		return TRUE;
	log_errorx("--json: %s", why);
	g_free(why);
	return FALSE;
}

/* ---- parse --json */

static int
cmd_parse(int argc, char **argv)
{
	const char *path = NULL;
	GError *err = NULL;
	struct sw_feed *feed;
	GMappedFile *map;
	const char *data;
	char *json;
	gsize len;
	int i;

	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--json"))
			continue;
		if (path || (argv[i][0] == '-' && argv[i][1]))
			return bad_arg("parse", argv[i]);
		path = argv[i];
	}
	if (!path)
		return usage_error("parse", "missing FILE");
	if (!json_ready())
		return 1;
	if (!map_file(path, SW_MAX_DOCUMENT, &map, &data, &len))
		return 1;
	parse_init();
	feed = parse_feed(data, len, NULL, NULL, &err);
	if (map)
		g_mapped_file_unref(map);
	else
		g_free((char *)data);
	if (!feed) {
		log_errorx("%s: %s", path, err->message);
		g_error_free(err);
		parse_teardown();
		return 1;
	}
	if (feed->warning)
		log_info("%s: %s", path, feed->warning);
	json = parse_feed_to_json(feed);
	fputs(json, stdout);
	g_free(json);
	parse_feed_free(feed);
	parse_teardown();
	return 0;
}

/* ---- test */

struct source {
	char *name; /* as given on the command line */
	struct sw_feed *feed;
};

static void
source_free(gpointer p)
{
	struct source *s = p;

	g_free(s->name);
	parse_feed_free(s->feed);
	g_free(s);
}

struct url_wait {
	GMainLoop *loop;
	struct sw_fetch_result *res;
};

static void
on_url(struct sw_fetch_result *res, void *userdata)
{
	struct url_wait *w = userdata;

	w->res = res;
	g_main_loop_quit(w->loop);
}

/* Read a feed from a path or an http(s) URL. */
static struct sw_feed *
load_source(const char *arg)
{
	GError *err = NULL;
	struct sw_feed *feed = NULL;
	char *data = NULL;
	gsize len = 0;

	if (g_str_has_prefix(arg, "http://") || g_str_has_prefix(arg, "https://") ||
	    g_str_has_prefix(arg, "file:")) {
		struct fetcher *f = fetch_new(1, 1, PACKAGE_NAME "/" PACKAGE_VERSION);
		struct sw_fetch_request req = { arg, NULL, NULL };
		struct url_wait w = { g_main_loop_new(NULL, FALSE), NULL };

		fetch_start(f, &req, on_url, &w);
		g_main_loop_run(w.loop);
		g_main_loop_unref(w.loop);
		fetch_free(f);
		if (w.res->error || !w.res->body) {
			log_warnx("%s: %s", arg, w.res->error ? w.res->error : "no feed");
		} else {
			feed = parse_feed(w.res->body, w.res->len, w.res->content_type,
			                  w.res->effective_url, &err);
		}
		fetch_result_free(w.res);
	} else if (read_file(arg, SW_MAX_DOCUMENT, &data, &len)) {
		feed = parse_feed(data, len, NULL, NULL, &err);
		g_free(data);
	}
	if (err) {
		log_warnx("%s: %s", arg, err->message);
		g_error_free(err);
	}
	if (feed && feed->warning)
		log_info("%s: %s", arg, feed->warning);
	return feed;
}

struct item {
	const struct source *src;
	const struct sw_entry *e;
	guint order;
};

static gint
item_cmp(gconstpointer a, gconstpointer b)
{
	const struct item *x = *(struct item *const *)a;
	const struct item *y = *(struct item *const *)b;
	gint64 px = x->e->published, py = y->e->published;

	/* unknown dates go last, in document order */
	if (px == SW_DATE_NONE)
		px = G_MAXINT64;
	if (py == SW_DATE_NONE)
		py = G_MAXINT64;
	if (px != py)
		return px < py ? -1 : 1;
	return x->order < y->order ? -1 : (x->order > y->order);
}

static void
print_json(JsonBuilder *b)
{
	JsonGenerator *g = jl.json_generator_new();
	JsonNode *root = jl.json_builder_get_root(b);
	char *s;

	jl.json_generator_set_root(g, root);
	s = jl.json_generator_to_data(g, NULL);
	puts(s);
	g_free(s);
	jl.json_node_unref(root);
	jl.g_object_unref(g);
}

static void
print_test_line(gboolean json, const struct item *it, const char *topic, const struct sw_match *m,
                gboolean threads, const struct sw_verdict *v)
{
	guint i;

	if (!json) {
		printf("%-5s %6.2f  %-10s %s\n    %s\n", m->match ? "MATCH" : "-", m->score, topic,
		       it->e->title ? it->e->title : "(untitled)", m->explain ? m->explain : "");
		if (threads && v && v->kind != SW_KIND_NONE)
			printf("    %s in thread %s%s%s\n", thread_kind_name(v->kind), v->thread,
			       v->dup_of ? ", duplicate of " : "", v->dup_of ? v->dup_of : "");
		return;
	}
	JsonBuilder *b = jl.json_builder_new();

	jl.json_builder_begin_object(b);
	jsonlib_add_string(b, "feed", it->src->name);
	jsonlib_add_string(b, "id", it->e->uid);
	jsonlib_add_string(b, "title", it->e->title);
	jsonlib_add_date(b, "published", it->e->published);
	jsonlib_add_string(b, "topic", topic);
	jl.json_builder_set_member_name(b, "score");
	jl.json_builder_add_double_value(b, m->score);
	jl.json_builder_set_member_name(b, "match");
	jl.json_builder_add_boolean_value(b, m->match);
	jl.json_builder_set_member_name(b, "terms");
	jl.json_builder_begin_array(b);
	for (i = 0; m->terms && i < m->terms->len; i++)
		jl.json_builder_add_string_value(b, m->terms->pdata[i]);
	jl.json_builder_end_array(b);
	if (threads) {
		jsonlib_add_string(b, "thread", v ? v->thread : NULL);
		jsonlib_add_string(b, "kind", thread_kind_name(v ? v->kind : SW_KIND_NONE));
		jsonlib_add_string(b, "dup_of", v ? v->dup_of : NULL);
	}
	jl.json_builder_end_object(b);
	print_json(b);
	jl.g_object_unref(b);
}

/* A line of `test --threads`, kept until every entry is threaded. */
struct line {
	const struct item *it;
	const char *topic;
	struct sw_match m;
	struct sw_verdict v;
	gboolean have_v;
};

static void
line_free(gpointer p)
{
	struct line *ln = p;

	match_clear(&ln->m);
	thread_verdict_clear(&ln->v);
	g_free(ln);
}

/* (transfer full) The key of topic's thread id in the table of merges:
 * ids are uids, and one entry may head a thread in each topic. */
static char *
merge_key(const char *topic, const char *id)
{
	return g_strdup_printf("%s\n%s", topic, id);
}

/* (transfer full) The thread id of topic has become after the merges
 * (merge_key() -> the thread it went into, each merged once). */
static char *
thread_final(GHashTable *merged, const char *topic, const char *id)
{
	char *cur = g_strdup(id);
	const char *to;

	for (;;) {
		char *key = merge_key(topic, cur);

		to = g_hash_table_lookup(merged, key);
		g_free(key);
		if (to == NULL)
			return cur;
		g_free(cur);
		cur = g_strdup(to);
	}
}

/* What `test` keeps while it runs: its options, the entries read, and
 * with --threads the threader and the lines held back until every merge
 * is known. */
struct test_run {
	gboolean json, threads;
	GPtrArray *sources;    /* struct source */
	GPtrArray *items;      /* struct item: with --threads, in time order */
	GPtrArray *lines;      /* struct line, with --threads */
	GHashTable *merged;    /* "topic\nid" -> the thread it was merged into */
	struct sw_threader *t; /* with --threads */
};

/* test's options into r and its FILE|URL arguments into names; 0, or the
 * exit status of a usage error. */
static int
test_args(struct test_run *r, int argc, char **argv, GPtrArray *names)
{
	int i;

	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--json"))
			r->json = TRUE;
		else if (!strcmp(argv[i], "--threads"))
			r->threads = TRUE;
		else if (argv[i][0] == '-' && argv[i][1])
			break;
		else
			g_ptr_array_add(names, argv[i]);
	}
	if (i < argc || names->len == 0)
		return i < argc ? bad_arg("test", argv[i])
		                : usage_error("test", "missing FILE|URL");
	return 0;
}

/* Read each of names (a feed file or URL) into r->sources, and its
 * entries into r->items in the order given; 1 if one could not be read
 * (the others still are), else 0. */
static int
test_load(struct test_run *r, const GPtrArray *names)
{
	int rc = 0;
	guint k, n;

	for (k = 0; k < names->len; k++) {
		struct source *s = g_new0(struct source, 1);

		s->name = g_strdup(names->pdata[k]);
		s->feed = load_source(s->name);
		if (!s->feed)
			rc = 1;
		g_ptr_array_add(r->sources, s);
		for (n = 0; s->feed && n < s->feed->entries->len; n++) {
			struct item *it = g_new0(struct item, 1);

			it->src = s;
			it->e = s->feed->entries->pdata[n];
			it->order = r->items->len;
			g_ptr_array_add(r->items, it);
		}
	}
	return rc;
}

/* With --threads, what the daemon does with a match m of it in topic p
 * besides storing it: remember the stories it follows up and the
 * entries it copies (story memory), and thread it (*v, TRUE) or only
 * observe it (FALSE). */
static gboolean
test_thread(struct test_run *r, const struct item *it, const struct sw_profile *p,
            struct sw_match *m, struct sw_verdict *v)
{
	/* story memory: a follow-up of a story matched before */
	if (match_followup_wanted(p, m)) {
		struct sw_affinity a;

		if (thread_affinity_terms(r->t, match_profile_name(p), it->e, m->terms, &a))
			match_followup(p, it->e, a.shared, a.headline, m);
		thread_affinity_clear(&a);
	}
	/* ... and a copy of an entry matched before */
	if (match_copy_wanted(p, m)) {
		char *why, *orig = thread_copy_of(r->t, match_profile_name(p), it->e, &why);

		match_copy(p, it->e, orig, why, m);
		g_free(orig);
		g_free(why);
	}
	if (m->match) {
		thread_add_terms(r->t, match_profile_name(p), it->e, it->src->name, NULL, m->terms,
		                 v);
		if (m->lifted)
			thread_note_lifted(r->t, match_profile_name(p), it->e->uid);
		return TRUE;
	}
	thread_observe(r->t, match_profile_name(p), it->e);
	return FALSE;
}

/* Match it against topic p and print its line; with --threads, thread it
 * and hold the line back (r->lines) instead. */
static void
test_entry(struct test_run *r, const struct item *it, const struct sw_profile *p)
{
	struct line *ln;
	struct sw_match m = { 0 };
	struct sw_verdict v = { 0 };
	gboolean have_v;

	if (r->json)
		match_entry(p, it->e, &m);
	else
		match_entry_explained(p, it->e, &m);
	if (!r->threads) {
		print_test_line(r->json, it, match_profile_name(p), &m, FALSE, NULL);
		match_clear(&m);
		return;
	}
	have_v = test_thread(r, it, p, &m, &v);
	/* a later entry may merge this one's thread into
	 * another: lines are printed with their final threads */
	for (guint j = 0; v.merged && j < v.merged->len; j++)
		g_hash_table_insert(r->merged, merge_key(match_profile_name(p), v.merged->pdata[j]),
		                    g_strdup(v.thread));
	ln = g_new0(struct line, 1);
	ln->it = it;
	ln->topic = match_profile_name(p);
	ln->m = m;
	ln->v = v;
	ln->have_v = have_v;
	g_ptr_array_add(r->lines, ln);
}

/* The lines held back by --threads, each with its final thread. */
static void
test_print_lines(struct test_run *r)
{
	guint k;

	for (k = 0; r->lines && k < r->lines->len; k++) {
		struct line *ln = r->lines->pdata[k];

		if (ln->have_v && ln->v.thread) {
			char *final = thread_final(r->merged, ln->topic, ln->v.thread);

			g_free(ln->v.thread);
			ln->v.thread = final;
		}
		print_test_line(r->json, ln->it, ln->topic, &ln->m, TRUE,
		                ln->have_v ? &ln->v : NULL);
	}
}

static int
cmd_test(const char *config_path, int argc, char **argv)
{
	struct test_run r = { 0 };
	GPtrArray *names = g_ptr_array_new();
	struct sw_config *c;
	GError *err = NULL;
	int rc;
	guint k, n;

	rc = test_args(&r, argc, argv, names);
	if (rc == 0 && r.json && !json_ready())
		rc = 1;
	if (rc != 0) {
		g_ptr_array_free(names, TRUE);
		return rc;
	}
	r.sources = g_ptr_array_new_with_free_func(source_free);
	r.items = g_ptr_array_new_with_free_func(g_free);
	parse_init();
	text_init();
	c = config_load(config_path, &err);
	if (!c) {
		log_errorx("%s", err->message);
		g_error_free(err);
		rc = 1;
		goto out;
	}
	if (c->topics->len == 0)
		log_warnx("%s: no [topic] groups: nothing can match",
		          c->path ? c->path : "configuration");
	rc = test_load(&r, names);
	if (r.threads) {
		g_ptr_array_sort(r.items, item_cmp);
		r.t = thread_new((int)(c->thread_window / 86400));
		r.lines = g_ptr_array_new_with_free_func(line_free);
		r.merged = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	}
	for (k = 0; k < r.items->len; k++)
		for (n = 0; n < c->topics->len; n++)
			test_entry(&r, r.items->pdata[k], c->topics->pdata[n]);
	test_print_lines(&r);
out:
	thread_free(r.t);
	if (r.lines)
		g_ptr_array_free(r.lines, TRUE);
	if (r.merged)
		g_hash_table_destroy(r.merged);
	g_ptr_array_free(r.items, TRUE);
	g_ptr_array_free(r.sources, TRUE);
	g_ptr_array_free(names, TRUE);
	config_free(c);
	text_teardown();
	parse_teardown();
	return rc;
}

/* ---- commands that read the state */

static struct store *
open_store(void)
{
	char *db = config_state_db();
	GError *err = NULL;
	struct store *s;

	/* the commands that only read (status, explain, digest) create no
	 * state where there is none: they read an empty one */
	if (!g_file_test(db, G_FILE_TEST_EXISTS)) {
		g_free(db);
		db = g_strdup(":memory:");
	}
	s = store_open(db, &err);

	if (!s) {
		log_errorx("%s", err->message);
		g_error_free(err);
	}
	g_free(db);
	return s;
}

static char *
fmt_time(gint64 t)
{
	GDateTime *dt;
	char *s;

	if (t <= 0)
		return g_strdup("-");
	dt = g_date_time_new_from_unix_local(t);
	if (!dt)
		return g_strdup("?");
	s = g_date_time_format(dt, "%Y-%m-%d %H:%M");
	g_date_time_unref(dt);
	return s;
}

struct status_ctx {
	gboolean json;
	GHashTable *configured; /* (nullable) names to show */
	int width;              /* of the FEED column, in terminal cells */
};

/* Terminal cells of s: printf's %-20s pads by bytes, which left a
 * Cyrillic or Chinese feed name's row out of line with the others. */
static int
cells(const char *s)
{
	int n = 0;

	for (; *s; s = g_utf8_next_char(s)) {
		gunichar c = g_utf8_get_char(s);

		if (!g_unichar_iszerowidth(c))
			n += g_unichar_iswide(c) ? 2 : 1;
	}
	return n;
}

/* s in width cells, padded with blanks, or cut with an ellipsis */
static void
print_cell(const char *s, int width)
{
	int n = cells(s);

	if (n > width) {
		const char *p = s;
		int used = 0;

		for (; *p; p = g_utf8_next_char(p)) {
			gunichar c = g_utf8_get_char(p);
			int w = g_unichar_iszerowidth(c) ? 0 : g_unichar_iswide(c) ? 2 : 1;

			if (used + w > width - 1)
				break;
			used += w;
		}
		printf("%.*s…%*s", (int)(p - s), s, width - 1 - used, "");
		return;
	}
	printf("%s%*s", s, width - n, "");
}

static void
status_row(const struct sw_feed_state *f, void *userdata)
{
	const struct status_ctx *ctx = userdata;
	gboolean json = ctx->json;

	if (ctx->configured && !g_hash_table_contains(ctx->configured, f->name))
		return;
	if (json) {
		JsonBuilder *b = jl.json_builder_new();

		jl.json_builder_begin_object(b);
		jsonlib_add_string(b, "name", f->name);
		jsonlib_add_string(b, "url", f->url);
		jsonlib_add_string(b, "title", f->title);
		jsonlib_add_string(b, "state", f->state);
		jl.json_builder_set_member_name(b, "errors");
		jl.json_builder_add_int_value(b, f->errors);
		jsonlib_add_string(b, "last_error", f->last_error);
		jl.json_builder_set_member_name(b, "last_fetch");
		jl.json_builder_add_int_value(b, f->last_fetch);
		jl.json_builder_set_member_name(b, "last_success");
		jl.json_builder_add_int_value(b, f->last_success);
		jl.json_builder_set_member_name(b, "next_due");
		jl.json_builder_add_int_value(b, f->next_due);
		jsonlib_add_string(b, "etag", f->etag);
		jsonlib_add_string(b, "last_modified", f->last_modified);
		jl.json_builder_end_object(b);
		print_json(b);
		jl.g_object_unref(b);
	} else {
		char *ls = fmt_time(f->last_success), *nd = fmt_time(f->next_due);
		/* the error text comes from a server: one clean line */
		char *why = digest_line(f->last_error, 0);

		print_cell(f->name, ctx->width);
		printf(" %-8s %-16s %-16s %6d  %s\n", f->state, ls, nd, f->errors, why);
		g_free(why);
		g_free(ls);
		g_free(nd);
	}
}

static int
cmd_status(const char *config_path, int argc, char **argv)
{
	gboolean json = argc > 1 && !strcmp(argv[1], "--json");
	GHashTable *configured = NULL;
	struct sw_config *c;
	GError *err = NULL;
	struct store *s;
	struct status_ctx ctx = { json, NULL, 20 };
	guint i;
	int rc;

	if (argc > 2 || (argc == 2 && !json))
		return bad_arg("status", argv[json ? 2 : 1]);
	if (json && !json_ready())
		return 1;
	s = open_store();
	if (!s)
		return 1;
	/* feeds removed from the configuration keep their rows (and come
	 * back with their state if re-added), but are not shown */
	text_init();
	c = config_load(config_path, &err);
	if (c && c->path && g_file_test(c->path, G_FILE_TEST_EXISTS)) {
		configured = g_hash_table_new(g_str_hash, g_str_equal);
		for (i = 0; i < c->feeds->len; i++) {
			const char *name = ((struct sw_feed_conf *)c->feeds->pdata[i])->name;
			int w = cells(name); /* once: CLAMP() reads its first argument thrice */

			g_hash_table_add(configured, (char *)name);
			/* as wide as the longest name, within reason */
			ctx.width = CLAMP(w, ctx.width, 40);
		}
	} else if (!c && config_path && !g_file_test(config_path, G_FILE_TEST_EXISTS)) {
		/* a file named with -c that is not there: a slip of the
		 * user's, not a configuration to see past */
		log_errorx("%s", err->message);
		g_clear_error(&err);
		rc = 1;
		goto out;
	} else if (!c) {
		log_warnx("%s; showing every stored feed", err->message);
		g_clear_error(&err);
	}
	/* one feed in memory at a time */
	ctx.configured = configured;
	if (!json) {
		print_cell("FEED", ctx.width);
		printf(" %-8s %-16s %-16s %6s  %s\n", "STATE", "LAST SUCCESS", "NEXT POLL",
		       "ERRORS", "LAST ERROR");
	}
	rc = store_feed_each(s, status_row, &ctx) < 0 ? 1 : 0;
out:
	if (configured)
		g_hash_table_destroy(configured);
	config_free(c);
	text_teardown();
	store_free(s);
	return rc;
}

/* (transfer full) What became of a stored match: its alert and its
 * digest day, so that "why did I get no popup for this?" has its answer
 * (a match stored silently at a feed's first sight looked like any other,
 * and is in no digest). */
static char *
explain_fate(const struct sw_match_row *r)
{
	char *alert, *day, *s;

	if (r->silent)
		return g_strdup(
		        "  alert:  none: stored silently at the feed's first poll (older than "
		        "backfill, or undated)\n  digest: not listed\n");
	if (g_strcmp0(r->kind, "duplicate") == 0)
		alert = g_strdup("none: a copy of an earlier report (copies make no alert)");
	else if (r->thread_muted)
		alert = g_strdup("none: its thread is muted");
	else if (r->notified_at > 0) {
		char *when = fmt_time(r->notified_at);

		alert = g_strdup_printf("sent %s", when);
		g_free(when);
	} else
		alert = g_strdup(
		        "not sent yet (at the end of the next cycle, or of the quiet hours)");
	day = digest_day_of(r->first_seen);
	s = g_strdup_printf("  alert:  %s\n  digest: %s\n", alert, day);
	g_free(day);
	g_free(alert);
	return s;
}

/* The row id of the stored entry arg names (explain, thread): a row id
 * or a uid; 0 when none. */
static gint64
entry_of_arg(struct store *s, const char *arg)
{
	char *end;
	gint64 id = g_ascii_strtoll(arg, &end, 10);

	if (*end || end == arg) {
		gint64 n = store_entry_uid_count(s, arg);

		id = store_entry_find(s, arg);
		if (n > 1)
			/* one item in two feeds of an outlet: the first came first */
			log_warnx("%" G_GINT64_FORMAT " entries have the uid %s: taking the first "
			          "stored, row %" G_GINT64_FORMAT,
			          n, arg, id);
		if (!id) {
			/* what the digest and the popups show of an entry */
			id = store_entry_find_link(s, arg, &n);
			if (n > 1)
				/* a feed that links each item to its home
				 * page, or a story in two feeds: another
				 * entry may be meant */
				log_warnx("%" G_GINT64_FORMAT
				          " entries have the link %s: taking the "
				          "first stored, row %" G_GINT64_FORMAT,
				          n, arg, id);
		}
	} else {
		/* a number is a row id, else a uid: many feeds number their
		 * guids, and `test --json` shows those as "id" */
		struct sw_entry *e = store_entry_get(s, id, NULL);
		gint64 by_uid = store_entry_find(s, arg);

		if (!e && by_uid)
			id = by_uid;
		else if (e && by_uid && by_uid != id)
			/* a feed's numbered guid that a row id has reached:
			 * nothing else says which entry the answer is about */
			log_warnx("%s is taken as a row id; the entry whose uid is %s is row "
			          "%" G_GINT64_FORMAT,
			          arg, arg, by_uid);
		parse_entry_free(e);
	}
	return id;
}

static struct sw_config *load_config(const char *config_path);

/* Why an entry no topic matched fell short: each topic of today's
 * configuration scores it again on what the store keeps of it (after
 * keep_unmatched_text, its title and lead), as `test` scores a feed's
 * entries.  Story memory, which looks at the stream of that day, is not
 * run again. */
static int
explain_unmatched(const char *config_path, const struct sw_entry *e)
{
	struct sw_config *c = load_config(config_path);
	guint i;

	if (!c)
		return -1; /* its error is logged */
	if (c->topics->len == 0)
		printf("  (the configuration has no topic to score it again)\n");
	for (i = 0; i < c->topics->len; i++) {
		const struct sw_profile *p = c->topics->pdata[i];
		struct sw_match m = { 0 };

		match_entry_explained(p, e, &m);
		printf("\n%s, scored again now: %s\n", match_profile_name(p),
		       m.explain ? m.explain : "");
		match_clear(&m);
	}
	config_free(c);
	text_teardown();
	return 0;
}

static int
cmd_explain(const char *config_path, int argc, char **argv)
{
	struct store *s;
	GPtrArray *rows;
	const char *arg;
	gint64 id;
	guint i;
	int found = 0, rc;

	/* an option where ENTRY goes (explain --json 5) is no entry to
	 * look up, as for thread */
	if ((rc = entry_operand("explain", argc, argv, NULL, &arg)) != 0)
		return rc;
	s = open_store();
	if (!s)
		return 1;
	id = entry_of_arg(s, arg);
	rows = store_matches_of_entry(s, id);
	if (!rows) {
		store_free(s);
		return 1;
	}
	for (i = 0; i < rows->len; i++) {
		struct sw_match_row *r = rows->pdata[i];
		/* what feeds wrote, each on its one line (as status and the
		 * digest show it: a newline in a link split the record) */
		char *title = digest_line(r->title ? r->title : r->uid, 0);
		char *feed = digest_line(r->feed_name, 0);
		char *link = digest_line(r->link ? r->link : "-", 0);
		char *headline = digest_line(r->thread_headline ? r->thread_headline : "-", 0);
		char *dup = digest_line(r->dup_of_uid ? r->dup_of_uid : "", 0);

		char *fate = explain_fate(r);

		found++;
		printf("%s\n  feed:   %s\n  link:   %s\n  topic:  %s (score %.2f)\n"
		       "  kind:   %s in thread \"%s\"%s%s\n  terms:  %s\n%s\n%s\n",
		       title, feed, link, r->topic, r->score, r->kind, headline,
		       r->dup_of_uid ? ", duplicate of " : "", dup, r->terms ? r->terms : "", fate,
		       r->explain ? r->explain : "");
		g_free(fate);
		g_free(title);
		g_free(feed);
		g_free(link);
		g_free(headline);
		g_free(dup);
	}
	g_ptr_array_free(rows, TRUE);
	if (!found) {
		struct sw_entry *e = id ? store_entry_get(s, id, NULL) : NULL;
		rc = e ? 0 : 1;

		if (e) {
			char *title = digest_line(e->title ? e->title : e->uid, 0);

			/* stored, and its cycle not over (or stopped first):
			 * "no topic" would be a guess */
			if (store_unthreaded_has(s, id)) {
				printf("%s\n  not matched yet: the end of a cycle matches it\n",
				       title);
			} else {
				printf("%s\n  matched no topic\n", title);
				/* a configuration that does not load is an error */
				if (explain_unmatched(config_path, e) < 0)
					rc = 1;
			}
			g_free(title);
		} else
			log_errorx("%s: no such stored entry", arg);
		parse_entry_free(e);
		store_free(s);
		return rc;
	}
	store_free(s);
	return 0;
}

/* ---- thread */

/* One thread, as a reader goes through a story: its headline, how many
 * reports from how many outlets over what span, then each report in the
 * order it came (kind, outlet, title, link). */
static void
print_thread(GPtrArray *rows, gboolean json)
{
	const struct sw_match_row *first = rows->pdata[0];
	GHashTable *outlets = g_hash_table_new(g_str_hash, g_str_equal);
	guint i;

	for (i = 0; i < rows->len; i++) {
		const struct sw_match_row *r = rows->pdata[i];

		g_hash_table_add(outlets, r->feed_name);
	}
	if (!json) {
		char *head = digest_line(first->thread_headline ? first->thread_headline : "-", 0);
		char *from = fmt_time(digest_time_of(first));
		char *to = fmt_time(digest_time_of(rows->pdata[rows->len - 1]));

		printf("%s\n  topic:   %s\n  reports: %u from %u %s, %s to %s%s\n", head,
		       first->topic, rows->len, g_hash_table_size(outlets),
		       g_hash_table_size(outlets) == 1 ? "outlet" : "outlets", from, to,
		       first->thread_muted ? " (muted)" : "");
		g_free(head);
		g_free(from);
		g_free(to);
	}
	for (i = 0; i < rows->len; i++) {
		const struct sw_match_row *r = rows->pdata[i];

		if (json) {
			JsonBuilder *b = jl.json_builder_new();

			jl.json_builder_begin_object(b);
			jsonlib_add_string(b, "thread", r->thread_key);
			jsonlib_add_string(b, "topic", r->topic);
			jsonlib_add_string(b, "headline", r->thread_headline);
			jsonlib_add_string(b, "kind", r->kind);
			jsonlib_add_date(b, "published", r->published);
			jsonlib_add_date(b, "first_seen", r->first_seen);
			jsonlib_add_string(b, "feed", r->feed_name);
			jsonlib_add_string(b, "id", r->uid);
			jsonlib_add_string(b, "title", r->title);
			jsonlib_add_string(b, "link", r->link);
			jsonlib_add_string(b, "dup_of", r->dup_of_uid);
			jl.json_builder_end_object(b);
			print_json(b);
			jl.g_object_unref(b);
		} else {
			char *when = fmt_time(digest_time_of(r));
			char *feed = digest_line(r->feed_name, 0);
			char *title = digest_line(r->title ? r->title : r->uid, 0);
			char *link = digest_line(r->link ? r->link : "-", 0);

			printf("\n%s  %-9s  %s\n  %s\n  %s\n", when, digest_kind_label(r->kind),
			       feed, title, link);
			g_free(when);
			g_free(feed);
			g_free(title);
			g_free(link);
		}
	}
	g_hash_table_destroy(outlets);
}

/* (transfer full) The matches of the stored entry arg names that are in a
 * thread (one a topic), or NULL with the reason logged: no such entry,
 * not matched yet, matched no topic, or a store error. */
static GPtrArray *
threads_of_arg(struct store *s, const char *arg)
{
	gint64 id = entry_of_arg(s, arg);
	GPtrArray *rows = store_matches_of_entry(s, id);
	struct sw_entry *e;
	guint i;

	if (!rows)
		return NULL;
	for (i = rows->len; i-- > 0;) {
		const struct sw_match_row *r = rows->pdata[i];

		if (r->thread_id <= 0)
			g_ptr_array_remove_index(rows, i);
	}
	if (rows->len > 0)
		return rows;
	g_ptr_array_free(rows, TRUE);
	e = id ? store_entry_get(s, id, NULL) : NULL;
	if (!e)
		log_errorx("%s: no such stored entry", arg);
	else if (store_unthreaded_has(s, id))
		log_errorx("%s: not matched yet: the end of a cycle matches it", arg);
	else
		log_errorx("%s: in no thread: it matched no topic", arg);
	parse_entry_free(e);
	return NULL;
}

/* `thread [--json] ENTRY`: the whole story thread of a stored entry (of
 * each topic it matched), which the popups and the digest show a day at
 * a time. */
static int
cmd_thread(int argc, char **argv)
{
	const char *arg = NULL;
	gboolean json = FALSE;
	struct store *s;
	GPtrArray *rows;
	guint i, shown = 0;
	int rc = 0;

	if ((rc = entry_operand("thread", argc, argv, &json, &arg)) != 0)
		return rc;
	if (json && !json_ready())
		return 1;
	s = open_store();
	if (!s)
		return 1;
	rows = threads_of_arg(s, arg);
	if (!rows) {
		store_free(s);
		return 1;
	}
	for (i = 0; rc == 0 && i < rows->len; i++) {
		const struct sw_match_row *r = rows->pdata[i];
		GPtrArray *members;

		members = store_matches_of_thread(s, r->thread_id);
		if (!members) {
			rc = 1;
			break;
		}
		if (members->len > 0) {
			if (shown++ && !json)
				printf("\n");
			print_thread(members, json);
		}
		g_ptr_array_free(members, TRUE);
	}
	g_ptr_array_free(rows, TRUE);
	store_free(s);
	return rc;
}

/* `threads [--json] [--days N]`: the stories of the last N days (14; 0:
 * all), the latest first, each with the row id of its first report, the
 * ENTRY that thread, mute and explain take. */
static int
cmd_threads(int argc, char **argv)
{
	gboolean json = FALSE;
	gint64 days = 14, since;
	struct store *s;
	GPtrArray *rows;
	guint i;
	int k;

	for (k = 1; k < argc; k++) {
		if (!strcmp(argv[k], "--json")) {
			json = TRUE;
		} else if (!strcmp(argv[k], "--days") && k + 1 < argc) {
			char *end;

			days = g_ascii_strtoll(argv[++k], &end, 10);
			if (*end || end == argv[k] || days < 0 || days > 100 * 366)
				return usage_error("threads",
				                   "--days takes a number of days, not %s",
				                   argv[k]);
		} else if (!strcmp(argv[k], "--days")) {
			return usage_error("threads", "option --days needs a value");
		} else {
			return bad_arg("threads", argv[k]);
		}
	}
	if (json && !json_ready())
		return 1;
	s = open_store();
	if (!s)
		return 1;
	since = days ? g_get_real_time() / G_USEC_PER_SEC - days * 86400 : G_MININT64;
	rows = store_threads_since(s, since);
	if (!rows) {
		store_free(s);
		return 1;
	}
	if (!json && rows->len)
		printf("%-16s  %7s  %7s  %6s  %s\n", "LAST REPORT", "REPORTS", "OUTLETS", "ENTRY",
		       "STORY");
	for (i = 0; i < rows->len; i++) {
		const struct sw_thread_row *t = rows->pdata[i];

		if (json) {
			JsonBuilder *b = jl.json_builder_new();

			jl.json_builder_begin_object(b);
			jsonlib_add_string(b, "thread", t->key);
			jsonlib_add_string(b, "topic", t->topic);
			jsonlib_add_string(b, "headline", t->headline);
			jl.json_builder_set_member_name(b, "muted");
			jl.json_builder_add_boolean_value(b, t->muted);
			jl.json_builder_set_member_name(b, "reports");
			jl.json_builder_add_int_value(b, t->reports);
			jl.json_builder_set_member_name(b, "outlets");
			jl.json_builder_add_int_value(b, t->outlets);
			jsonlib_add_date(b, "first", t->first_at);
			jsonlib_add_date(b, "last", t->last_at);
			jl.json_builder_set_member_name(b, "entry");
			jl.json_builder_add_int_value(b, t->first_entry);
			jl.json_builder_end_object(b);
			print_json(b);
			jl.g_object_unref(b);
		} else {
			char *when = fmt_time(t->last_at);
			char *head = digest_line(t->headline ? t->headline : "-", 0);

			printf("%-16s  %7" G_GINT64_FORMAT "  %7" G_GINT64_FORMAT
			       "  %6" G_GINT64_FORMAT "  %s%s\n",
			       when, t->reports, t->outlets, t->first_entry, head,
			       t->muted ? " (muted)" : "");
			g_free(when);
			g_free(head);
		}
	}
	if (!json && !rows->len && days == 0) /* 0: all of them */
		printf("no story stored\n");
	else if (!json && !rows->len && days == 1)
		printf("no story in the last day\n");
	else if (!json && !rows->len)
		printf("no story in the last %" G_GINT64_FORMAT " days\n", days);
	g_ptr_array_free(rows, TRUE);
	store_free(s);
	return 0;
}

/* `mute ENTRY`, `unmute ENTRY`: the popup's "Mute thread", and its undo,
 * for the threads of a stored entry (of each topic it matched).  The
 * digest still lists a muted thread's reports. */
static int
cmd_mute(int argc, char **argv, gboolean mute)
{
	struct store *s;
	GPtrArray *rows;
	const char *arg;
	guint i;
	int rc;

	if ((rc = entry_operand(argv[0], argc, argv, NULL, &arg)) != 0)
		return rc;
	s = open_store();
	if (!s)
		return 1;
	rows = threads_of_arg(s, arg);
	for (i = 0; rows && i < rows->len; i++) {
		const struct sw_match_row *r = rows->pdata[i];
		char *head = digest_line(r->thread_headline ? r->thread_headline : "-", 0);

		if (store_thread_set_muted(s, r->thread_id, mute) < 0)
			rc = 1;
		else if (r->thread_muted == mute)
			printf("already %s: %s (%s)\n", mute ? "muted" : "not muted", head,
			       r->topic);
		else
			printf("%s: %s (%s)\n", mute ? "muted" : "unmuted", head, r->topic);
		g_free(head);
	}
	if (rows)
		g_ptr_array_free(rows, TRUE);
	else
		rc = 1;
	store_free(s);
	return rc;
}

/* text_init() and the config, or NULL (logged, text torn down again). */
static struct sw_config *
load_config(const char *config_path)
{
	GError *err = NULL;
	struct sw_config *c;

	text_init(); /* topics are compiled with the config */
	c = config_load(config_path, &err);
	if (!c) {
		log_errorx("%s", err->message);
		g_error_free(err);
		text_teardown();
	}
	return c;
}

static int
cmd_digest(const char *config_path, int argc, char **argv)
{
	const char *date = NULL, *format = "md";
	gboolean write = FALSE;
	struct sw_config *c = NULL;
	struct store *s;
	char *day, *text;
	int i, rc = 0;

	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--date") && i + 1 < argc)
			date = argv[++i];
		else if (!strcmp(argv[i], "--format") && i + 1 < argc)
			format = argv[++i];
		else if (!strcmp(argv[i], "--write"))
			write = TRUE;
		else if (!strcmp(argv[i], "--date") || !strcmp(argv[i], "--format"))
			return usage_error("digest", "option %s needs a value", argv[i]);
		else
			return bad_arg("digest", argv[i]);
	}
	if (strcmp(format, "md") && strcmp(format, "html")) {
		log_errorx("--format %s: expected md or html", format);
		return EXIT_USAGE;
	}
	if (date) {
		gint64 from, to;

		if (digest_day_bounds(date, &from, &to) < 0) {
			log_errorx("--date %s: expected YYYY-MM-DD", date);
			return EXIT_USAGE;
		}
	}
	if (write) {
		/* the config says whether the HTML page is written too */
		c = load_config(config_path);
		if (!c)
			return 1;
	}
	s = open_store();
	if (!s) {
		if (c) {
			config_free(c);
			text_teardown();
		}
		return 1;
	}
	day = date ? g_strdup(date) : digest_day_of(g_get_real_time() / G_USEC_PER_SEC);
	if (write) {
		char *dir = config_digest_dir(), *path = NULL;
		GError *err = NULL;

		if (digest_write_day(s, dir, day, c->digest_html, &path, &err) < 0) {
			log_errorx("%s", err->message);
			g_error_free(err);
			rc = 1;
		} else {
			printf("digest: %s\n", path);
		}
		g_free(path);
		g_free(dir);
	} else {
		text = digest_render(s, day, format);
		if (!text) {
			log_errorx("digest %s: cannot render", day);
			rc = 1;
		} else {
			fputs(text, stdout);
		}
		g_free(text);
	}
	g_free(day);
	store_free(s);
	if (c) {
		config_free(c);
		text_teardown();
	}
	return rc;
}

static int
cmd_import_opml(int argc, char **argv)
{
	GError *err = NULL;
	char *data, *out;
	gsize len;

	if (argc < 2)
		return usage_error("import-opml", "missing FILE");
	if (argc > 2)
		return bad_arg("import-opml", argv[2]);
	if (!read_file(argv[1], SW_MAX_BODY, &data, &len))
		return 1;
	out = opml_import(data, len, &err);
	g_free(data);
	if (!out) {
		log_errorx("%s: %s", argv[1], err->message);
		g_error_free(err);
		return 1;
	}
	fputs(out, stdout);
	g_free(out);
	return 0;
}

static int
cmd_export_opml(const char *config_path, int argc, char **argv)
{
	struct sw_config *c;
	char *out;

	if (argc != 1)
		return bad_arg("export-opml", argv[1]);
	c = load_config(config_path);
	if (!c)
		return 1;
	out = opml_export(c);
	fputs(out, stdout);
	g_free(out);
	config_free(c);
	text_teardown();
	return 0;
}

static int
cmd_poll(const char *config_path, gboolean daemon, int argc, char **argv)
{
	struct sw_run_opts o = { 0 };
	int i, rc;

	o.config_path = config_path;
	for (i = 1; i < argc; i++) {
		if (!daemon && !strcmp(argv[i], "--force"))
			o.force = TRUE;
		else
			return bad_arg(argv[0], argv[i]);
	}
	text_init();
	rc = daemon ? daemon_run(&o) : daemon_once(&o);
	text_teardown();
	return rc;
}

static int
dispatch(const char *config_path, const char *cmd, int argc, char **argv)
{
	if (!strcmp(cmd, "run"))
		return cmd_poll(config_path, TRUE, argc, argv);
	if (!strcmp(cmd, "once"))
		return cmd_poll(config_path, FALSE, argc, argv);
	if (!strcmp(cmd, "status"))
		return cmd_status(config_path, argc, argv);
	if (!strcmp(cmd, "test"))
		return cmd_test(config_path, argc, argv);
	if (!strcmp(cmd, "explain"))
		return cmd_explain(config_path, argc, argv);
	if (!strcmp(cmd, "thread"))
		return cmd_thread(argc, argv);
	if (!strcmp(cmd, "threads"))
		return cmd_threads(argc, argv);
	if (!strcmp(cmd, "mute"))
		return cmd_mute(argc, argv, TRUE);
	if (!strcmp(cmd, "unmute"))
		return cmd_mute(argc, argv, FALSE);
	if (!strcmp(cmd, "digest"))
		return cmd_digest(config_path, argc, argv);
	if (!strcmp(cmd, "parse"))
		return cmd_parse(argc, argv);
	if (!strcmp(cmd, "import-opml"))
		return cmd_import_opml(argc, argv);
	if (!strcmp(cmd, "export-opml"))
		return cmd_export_opml(config_path, argc, argv);
	fprintf(stderr, "storywatch: unknown command %s\n", cmd);
	return usage(stderr, EXIT_USAGE);
}

/* A command is done and has closed and freed what it opened: leave
 * without the libraries' destructors and atexit handlers (libxml2,
 * OpenSSL, libcurl, GLib, libstdc++ under ICU, krb5, LDAP, libmount,
 * ...), which only tidy memory the kernel takes back anyway and page in
 * ~0.8 MB of their code to do it: at 10,000 feeds the peak RSS of
 * `once` without topics was set there.  stdio is flushed as exit()
 * would.  Sanitizer builds keep exit(): LeakSanitizer reports from an
 * atexit handler. */
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SW_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define SW_ASAN 1
#endif
static int
leave(int rc)
{
	/* what could not be written (a full disk, a closed pipe) fails the
	 * command: a script must not take a cut-off digest for the whole */
	int failed = fflush(stdout) != 0;
	int saved = errno;

	if (failed || ferror(stdout)) {
		log_errorx("standard output: %s", failed ? g_strerror(saved) : "write error");
		if (rc == 0)
			rc = 1;
	}
#ifndef SW_ASAN
	fflush(NULL);
	_exit(rc);
#endif
	return rc;
}

int
main(int argc, char **argv)
{
	const char *config_path = NULL;
	const char *cmd;
	int i;

	setlocale(LC_ALL, "");
	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		const char *a = argv[i];

		if (!strcmp(a, "-h") || !strcmp(a, "--help"))
			return leave(usage(stdout, 0));
		if (!strcmp(a, "-V") || !strcmp(a, "--version")) {
			printf("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
			return leave(0);
		}
		if (!strcmp(a, "--help-config")) {
			config_print_help(stdout);
			return leave(0);
		}
		if (!strcmp(a, "-v") || !strcmp(a, "--verbose")) {
			log_init(SW_LOG_DEBUG);
		} else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
			log_init(SW_LOG_WARN);
		} else if (!strcmp(a, "-c") || !strcmp(a, "--config")) {
			if (i + 1 == argc) {
				fprintf(stderr, "storywatch: option %s needs a FILE\n", a);
				return leave(usage(stderr, EXIT_USAGE));
			}
			config_path = argv[++i];
		} else {
			fprintf(stderr, "storywatch: unknown option %s\n", a);
			return usage(stderr, EXIT_USAGE);
		}
	}
	if (i >= argc)
		return usage(stderr, EXIT_USAGE);
	cmd = argv[i];
	argc -= i;
	argv += i;
	/* the options may also follow the command, as in `storywatch once -c
	 * FILE` (the README's demo) or `storywatch run -v`, and --help
	 * there is help, not a usage error */
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		int used = 1;

		if (!strcmp(a, "--"))
			break; /* the command's operands follow, options or not */
		if (!strcmp(a, "-h") || !strcmp(a, "--help"))
			return leave(usage(stdout, 0));
		if (!strcmp(a, "-c") || !strcmp(a, "--config")) {
			if (i + 1 == argc)
				return leave(usage_error(cmd, "option %s needs a FILE", a));
			config_path = argv[i + 1];
			used = 2;
		} else if (!strcmp(a, "-v") || !strcmp(a, "--verbose")) {
			log_init(SW_LOG_DEBUG);
		} else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
			log_init(SW_LOG_WARN);
		} else {
			continue;
		}
		memmove(&argv[i], &argv[i + used], sizeof(char *) * (size_t)(argc - i - used + 1));
		argc -= used;
		i--;
	}
	return leave(dispatch(config_path, cmd, argc, argv));
}
