/* test_store.c - schema, feeds, entry dedup, matches, threads; a real file. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "caps.h"
#include "parse.h"
#include "store.h"

#include "fixture.h"

struct fixture {
	char *dir;
	char *path;
	struct store *s;
};

static int
setup(void **state)
{
	struct fixture *f = g_new0(struct fixture, 1);

	/* in a directory store_open() has to make */
	f->s = scratch_store_open("sw-store-XXXXXX", "sub/state.db", &f->dir, &f->path);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	store_free(f->s);
	scratch_dir_remove(f->dir);
	g_free(f->path);
	g_free(f->dir);
	g_free(f);
	return 0;
}

static struct sw_entry *
entry(const char *uid, const char *title, gint64 published)
{
	struct sw_entry *e = g_new0(struct sw_entry, 1);

	e->uid = g_strdup(uid);
	e->title = g_strdup(title);
	e->link = g_strdup_printf("https://example.org/%s", uid);
	e->summary = g_strdup("summary");
	e->published = published;
	e->updated = SW_DATE_NONE;
	return e;
}

static void
test_feed_sync_and_save(void **state)
{
	struct fixture *f = *state;
	struct sw_feed_state st;
	GPtrArray *all;

	assert_int_equal(store_feed_sync(f->s, "One", "https://a.example/feed", &st), 0);
	assert_true(st.id > 0);
	assert_string_equal(st.url, "https://a.example/feed");
	assert_string_equal(st.state, "new");
	g_free(st.etag);
	st.etag = g_strdup("\"abc\"");
	st.errors = 2;
	st.next_due = 12345;
	st.first_fetch = 1000;
	st.last_error = g_strdup("HTTP 500");
	st.hint_ttl = 36000;
	st.skip_hours = 0xfe0000;
	st.skip_days = 0x41;
	assert_int_equal(store_feed_save(f->s, &st), 0);
	store_feed_state_clear(&st);

	assert_int_equal(store_feed_sync(f->s, "One", "https://a.example/feed", &st), 0);
	assert_string_equal(st.etag, "\"abc\"");
	assert_int_equal(st.errors, 2);
	assert_int_equal(st.next_due, 12345);
	/* the last document's hints, for the 304s after a restart */
	assert_int_equal(st.hint_ttl, 36000);
	assert_int_equal(st.skip_hours, 0xfe0000);
	assert_int_equal(st.skip_days, 0x41);
	store_feed_state_clear(&st);

	/* a changed url in the config starts the feed over */
	assert_int_equal(store_feed_sync(f->s, "One", "https://b.example/feed", &st), 0);
	assert_string_equal(st.url, "https://b.example/feed");
	assert_null(st.etag);
	assert_int_equal(st.errors, 0);
	assert_int_equal(st.hint_ttl + st.skip_hours + st.skip_days, 0);
	/* ... as a feed never seen: its backlog is backfill, not news */
	assert_int_equal(st.first_fetch, 0);
	assert_null(st.last_error);
	store_feed_state_clear(&st);

	all = store_feed_list(f->s);
	assert_int_equal(all->len, 1);
	g_ptr_array_free(all, TRUE);
}

static void
test_entries_dedup_by_uid(void **state)
{
	struct fixture *f = *state;
	struct sw_feed_state st;
	struct sw_entry *a = entry("u1", "First", 1000), *b = entry("u1", "Changed", 2000);
	struct sw_entry *got;
	gint64 id = 0, id2 = 0;
	char *feed = NULL;

	assert_int_equal(store_feed_sync(f->s, "F", "file:///x", &st), 0);
	assert_int_equal(store_entry_add(f->s, st.id, a, 5000, &id), 1);
	assert_true(id > 0);
	assert_int_equal(store_entry_add(f->s, st.id, b, 6000, &id2), 0);
	assert_int_equal(store_entry_count(f->s), 1);
	assert_int_equal(store_entry_find(f->s, "u1"), id);
	got = store_entry_get(f->s, id, &feed);
	assert_non_null(got);
	assert_string_equal(got->title, "First");
	assert_int_equal(got->published, 1000);
	assert_string_equal(feed, "F");
	parse_entry_free(got);
	parse_entry_free(a);
	parse_entry_free(b);
	g_free(feed);
	store_feed_state_clear(&st);
}

/* ENTRY may be a link as a reader holds it: the Markdown digest writes a
 * link's bytes past ASCII and its parentheses as %XX, a browser copies it
 * so, and a feed may give either form. */
static void
test_entry_find_link(void **state)
{
	static const char *const links[] = {
		"https://ar.example/news/\xd8\xb6\xd9\x85-1",  /* as the feed gave it */
		"https://en.example/news/allies_(update)",     /* parentheses */
		"https://ua.example/%D0%BA%D0%B8%D1%97%D0%B2", /* escaped by the feed */
		"https://home.example/",                       /* a feed that links */
		"https://home.example/",                       /* ... its home page */
		"https://sale.example/\xc3\xbc-50%",           /* a '%' of its own */
		"https://q.example/a%2zb/\xc3\xa9",            /* ... one of no escape */
	};
	struct fixture *f = *state;
	struct sw_feed_state st;
	gint64 id[G_N_ELEMENTS(links)], n = -1;
	size_t i;

	assert_int_equal(store_feed_sync(f->s, "F", "file:///x", &st), 0);
	for (i = 0; i < G_N_ELEMENTS(links); i++) {
		char *uid = g_strdup_printf("u%zu", i);
		struct sw_entry *e = entry(uid, "t", 1000);

		g_free(e->link);
		e->link = g_strdup(links[i]);
		assert_int_equal(store_entry_add(f->s, st.id, e, 5000, &id[i]), 1);
		parse_entry_free(e);
		g_free(uid);
	}
	/* each as stored */
	assert_int_equal(store_entry_find_link(f->s, links[0], &n), id[0]);
	assert_int_equal(n, 1);
	assert_int_equal(store_entry_find_link(f->s, links[1], NULL), id[1]);
	assert_int_equal(store_entry_find_link(f->s, links[2], NULL), id[2]);
	/* as the Markdown digest writes them, in either case of hex */
	assert_int_equal(store_entry_find_link(f->s, "https://ar.example/news/%D8%B6%D9%85-1", &n),
	                 id[0]);
	assert_int_equal(n, 1);
	assert_int_equal(
	        store_entry_find_link(f->s, "https://ar.example/news/%d8%b6%d9%85-1", NULL), id[0]);
	assert_int_equal(
	        store_entry_find_link(f->s, "https://en.example/news/allies_%28update%29", NULL),
	        id[1]);
	/* as a browser's address bar shows one the feed escaped */
	assert_int_equal(store_entry_find_link(
	                         f->s, "https://ua.example/\xd0\xba\xd0\xb8\xd1\x97\xd0\xb2", NULL),
	                 id[2]);
	/* one link of several entries: the first, and how many */
	assert_int_equal(store_entry_find_link(f->s, "https://home.example/", &n), id[3]);
	assert_int_equal(n, 2);
	/* a '%' that begins no escape is a '%': the escapes beside it are
	 * decoded all the same */
	assert_int_equal(store_entry_find_link(f->s, "https://sale.example/%C3%BC-50%", &n), id[5]);
	assert_int_equal(n, 1);
	assert_int_equal(store_entry_find_link(f->s, "https://q.example/a%2zb/%C3%A9", NULL),
	                 id[6]);
	assert_int_equal(store_entry_find_link(f->s, "https://q.example/a%252zb/%C3%A9", NULL),
	                 id[6]);
	/* not another link, nor a broken escape */
	assert_int_equal(store_entry_find_link(f->s, "https://ar.example/news/%D8", &n), 0);
	assert_int_equal(n, 0);
	assert_int_equal(store_entry_find_link(f->s, "https://en.example/news/allies_", NULL), 0);
	assert_int_equal(store_entry_find_link(f->s, "https://home.example", NULL), 0);
	store_feed_state_clear(&st);
}

static void
test_matches_threads_pending(void **state)
{
	struct fixture *f = *state;
	struct sw_feed_state st;
	struct sw_entry *a = entry("a", "Story A", 1000), *b = entry("b", "Copy of A", 1100);
	struct sw_entry *old = entry("old", "Old story", 10);
	gint64 ia, ib, io, th;
	GPtrArray *p, *day;

	assert_int_equal(store_feed_sync(f->s, "F", "file:///x", &st), 0);
	assert_int_equal(store_begin(f->s), 0);
	assert_int_equal(store_entry_add(f->s, st.id, a, 5000, &ia), 1);
	assert_int_equal(store_entry_add(f->s, st.id, b, 5000, &ib), 1);
	assert_int_equal(store_entry_add(f->s, st.id, old, 5000, &io), 1);
	th = store_thread_ensure(f->s, "t", "a", "Story A", ia, 5000);
	assert_true(th > 0);
	assert_int_equal(store_thread_ensure(f->s, "t", "a", "ignored", ib, 5100), th);
	assert_int_equal(store_match_add(f->s, ia, "t", 3.0, "x, y", "why", th, "new", 0, FALSE),
	                 0);
	assert_int_equal(
	        store_match_add(f->s, ib, "t", 2.0, "x", "why", th, "duplicate", ia, FALSE), 0);
	assert_int_equal(store_match_add(f->s, io, "t", 2.0, "x", "why", 0, "new", 0, TRUE), 0);
	assert_int_equal(store_commit(f->s), 0);

	p = store_matches_pending(f->s);
	assert_int_equal(p->len, 2); /* the silent one is not pending */
	{
		struct sw_match_row *r0 = p->pdata[0], *r1 = p->pdata[1];

		assert_string_equal(r0->uid, "a");
		assert_string_equal(r0->kind, "new");
		assert_string_equal(r0->thread_key, "a");
		assert_string_equal(r0->thread_headline, "Story A");
		assert_string_equal(r1->dup_of_uid, "a");
		assert_int_equal(store_match_mark_notified(f->s, r0->match_id, 6000), 1);
		/* marked once: a second mark changes nothing */
		assert_int_equal(store_match_mark_notified(f->s, r0->match_id, 6001), 0);
	}
	g_ptr_array_free(p, TRUE);
	p = store_matches_pending(f->s);
	assert_int_equal(p->len, 1);
	g_ptr_array_free(p, TRUE);

	day = store_matches_seen_between(f->s, 4000, 6000);
	assert_int_equal(day->len, 2);
	/* the explanation (~3 KB a match) is read for `explain` alone */
	assert_null(((struct sw_match_row *)day->pdata[0])->explain);
	g_ptr_array_free(day, TRUE);
	p = store_matches_all(f->s, 10);
	assert_int_equal(p->len, 2);
	assert_null(((struct sw_match_row *)p->pdata[0])->explain);
	g_ptr_array_free(p, TRUE);
	p = store_matches_of_entry(f->s, ia);
	assert_int_equal(p->len, 1);
	assert_string_equal(((struct sw_match_row *)p->pdata[0])->explain, "why");
	assert_string_equal(((struct sw_match_row *)p->pdata[0])->terms, "x, y");
	g_ptr_array_free(p, TRUE);
	day = store_matches_seen_between(f->s, 6000, 7000);
	assert_int_equal(day->len, 0);
	g_ptr_array_free(day, TRUE);

	assert_int_equal(store_thread_set_muted(f->s, th, TRUE), 0);
	p = store_matches_pending(f->s);
	assert_true(((struct sw_match_row *)p->pdata[0])->thread_muted);
	g_ptr_array_free(p, TRUE);
	/* `unmute`: popups again */
	assert_int_equal(store_thread_set_muted(f->s, th, FALSE), 0);
	p = store_matches_pending(f->s);
	assert_false(((struct sw_match_row *)p->pdata[0])->thread_muted);
	g_ptr_array_free(p, TRUE);

	parse_entry_free(a);
	parse_entry_free(b);
	parse_entry_free(old);
	store_feed_state_clear(&st);
}

/* The threader's window: every match whose entry is published (or, when
 * undated, first seen) since the bound, across feeds, oldest first, with
 * its thread and duplicate; entries without a match are not rows. */
static void
collect_title(const struct sw_entry *e, void *userdata)
{
	g_string_append_printf(userdata, "%s;", e->title);
}

/* The titles store_unmatched_each() gives, each followed by ';' (valid
 * until the next call). */
static const char *
unmatched(struct store *s, const char *topic, gint64 since, gint64 before, gint64 limit)
{
	static GString *out;

	if (out == NULL)
		out = g_string_new(NULL);
	g_string_truncate(out, 0);
	store_unmatched_each(s, topic, since, before, limit, collect_title, out);
	return out->str;
}

/* The lead of an entry without a summary is as long as the threader's
 * (SW_THREAD_LEAD_BYTES), counted in characters: never fewer bytes, so
 * a name late in the lead is seen after a restart as it was live. */
static void
lead_length(const struct sw_entry *e, void *userdata)
{
	gsize *n = userdata;

	n[0] = strlen(e->summary);
	n[1] = (gsize)g_utf8_strlen(e->summary, -1);
}

static void
test_unmatched_lead(void **state)
{
	struct fixture *f = *state;
	struct sw_feed_state st;
	struct sw_entry *e = entry("long", "Long", 1000);
	GString *body = g_string_new(NULL);
	gint64 id;
	gsize n[2] = { 0, 0 };
	int i;

	for (i = 0; i < SW_THREAD_LEAD_BYTES; i++)
		g_string_append(body, "\xd0\xb6"); /* 2 bytes each */
	g_free(e->summary);
	e->summary = NULL;
	e->content = g_string_free(body, FALSE);
	assert_int_equal(store_feed_sync(f->s, "One", "file:///1", &st), 0);
	assert_int_equal(store_begin(f->s), 0);
	assert_int_equal(store_entry_add(f->s, st.id, e, 1000, &id), 1);
	assert_int_equal(store_commit(f->s), 0);
	store_unmatched_each(f->s, "t", 0, id + 1, 10, lead_length, n);
	assert_int_equal(n[1], SW_THREAD_LEAD_BYTES);
	assert_int_equal(n[0], 2 * SW_THREAD_LEAD_BYTES);
	parse_entry_free(e);
	store_feed_state_clear(&st);
}

/* What store_unmatched_each() gives of each entry: title and lead. */
static void
collect_lead(const struct sw_entry *e, void *userdata)
{
	g_string_append_printf(userdata, "%s|%s;", e->title, e->summary ? e->summary : "(null)");
}

/* The stored content of entry id is want (NULL: none). */
static void
assert_content(struct store *s, gint64 id, const char *want)
{
	struct sw_entry *e = store_entry_get(s, id, NULL);

	assert_non_null(e);
	if (want)
		assert_string_equal(e->content ? e->content : "(null)", want);
	else
		assert_null(e->content);
	parse_entry_free(e);
}

/* keep_unmatched_text: the old entries no topic matched lose their
 * content but for the lead, a page at a time, and the threader reads
 * of them what it read before; matched, recent and queued entries keep
 * theirs. */
static void
test_trim_unmatched(void **state)
{
	struct fixture *f = *state;
	struct sw_feed_state st;
	struct sw_entry *e[7];
	gint64 id[7];
	GString *body = g_string_new(NULL), *before = g_string_new(NULL);
	GString *after = g_string_new(NULL);
	GPtrArray *page;
	int i;

	for (i = 0; i < 3000; i++)
		g_string_append(body, "\xd0\xb6"); /* 2 bytes each */
	assert_int_equal(store_feed_sync(f->s, "One", "file:///1", &st), 0);
	assert_int_equal(store_begin(f->s), 0);
	for (i = 0; i < 6; i++) {
		char uid[8];

		g_snprintf(uid, sizeof uid, "e%d", i);
		e[i] = entry(uid, uid, 100 + i);
		e[i]->content = g_strdup(body->str);
		if (i == 1 || i == 2) { /* known by its content */
			g_free(e[i]->summary);
			e[i]->summary = g_strdup(i == 1 ? NULL : ""); /* JSON Feed: "summary": "" */
		}
		/* first seen at 1000 + i, but e4 at 6000 (recent); e5 is
		 * matched */
		assert_int_equal(
		        store_entry_add(f->s, st.id, e[i], i == 4 ? 6000 : 1000 + i, &id[i]), 1);
	}
	assert_int_equal(store_match_add(f->s, id[5], "t", 3.0, "x", "why", 0, "new", 0, FALSE), 0);
	assert_int_equal(store_commit(f->s), 0);
	store_unmatched_each(f->s, "t", 0, G_MAXINT64, 100, collect_lead, before);
	/* an empty summary is no lead: the threader read the content's */
	assert_non_null(strstr(before->str, "e2|\xd0\xb6"));

	/* an entry waits in the queue: nothing is trimmed */
	assert_int_equal(store_begin(f->s), 0);
	assert_int_equal(store_unthreaded_add(f->s, id[0], 100, 0, FALSE), 0);
	assert_int_equal(store_commit(f->s), 0);
	assert_int_equal(store_trim_unmatched(f->s, 5000, 2), 0);
	assert_content(f->s, id[0], body->str);
	page = store_unthreaded_page(f->s, 10, 1 << 20);
	assert_int_equal(page->len, 1);
	assert_int_equal(store_begin(f->s), 0);
	assert_int_equal(store_unthreaded_done(f->s, page->pdata[0]), 0);
	assert_int_equal(store_commit(f->s), 0);
	g_ptr_array_free(page, TRUE);

	/* four old unmatched (e0 to e3), two a call, oldest first */
	assert_int_equal(store_trim_unmatched(f->s, 5000, 2), 2);
	assert_content(f->s, id[2], body->str);
	assert_int_equal(store_trim_unmatched(f->s, 5000, 2), 2);
	assert_int_equal(store_trim_unmatched(f->s, 5000, 2), 0);
	for (i = 0; i < 4; i++)
		assert_content(f->s, id[i], NULL);
	/* the recent one and the matched one keep theirs */
	assert_content(f->s, id[4], body->str);
	assert_content(f->s, id[5], body->str);
	/* what a new threader reads is what it read before */
	store_unmatched_each(f->s, "t", 0, G_MAXINT64, 100, collect_lead, after);
	assert_string_equal(after->str, before->str);
	assert_non_null(strstr(after->str, "e1|\xd0\xb6"));
	/* later, the entries that have grown old since */
	assert_int_equal(store_trim_unmatched(f->s, 6001, 2), 0); /* caught up within the hour */
	assert_content(f->s, id[4], body->str);
	assert_int_equal(store_trim_unmatched(f->s, 5000 + 3600, 2), 1);
	assert_content(f->s, id[4], NULL);
	/* the clock was set back by days: e6, first seen at 3000, is below the
	 * mark (8600); once it is old, it is trimmed all the same */
	e[6] = entry("e6", "e6", 106);
	e[6]->content = g_strdup(body->str);
	assert_int_equal(store_begin(f->s), 0);
	assert_int_equal(store_entry_add(f->s, st.id, e[6], 3000, &id[6]), 1);
	assert_int_equal(store_commit(f->s), 0);
	assert_int_equal(store_trim_unmatched(f->s, 2000, 2), 0); /* not old yet */
	assert_content(f->s, id[6], body->str);
	assert_int_equal(store_trim_unmatched(f->s, 2000 + 3600, 2), 1);
	assert_content(f->s, id[6], NULL);

	for (i = 0; i < 7; i++)
		parse_entry_free(e[i]);
	g_string_free(body, TRUE);
	g_string_free(before, TRUE);
	g_string_free(after, TRUE);
	store_feed_state_clear(&st);
}

/* The entries a new threader observes are those matched to no topic, not
 * those still waiting to be matched: after a stop between turns of
 * matching, those matched are above the queue's first row id too. */
static void
test_unmatched_not_queued(void **state)
{
	struct fixture *f = *state;
	struct sw_feed_state st;
	struct sw_entry *a = entry("a", "A", 1200), *b = entry("b", "B", 900);
	struct sw_entry *c = entry("c", "C", 1100);
	gint64 ia, ib, ic;

	assert_int_equal(store_feed_sync(f->s, "One", "file:///1", &st), 0);
	assert_int_equal(store_begin(f->s), 0);
	assert_int_equal(store_entry_add(f->s, st.id, a, 5000, &ia), 1);
	assert_int_equal(store_entry_add(f->s, st.id, b, 5000, &ib), 1);
	assert_int_equal(store_entry_add(f->s, st.id, c, 5000, &ic), 1);
	/* b and c, published first, were matched to no topic; a waits */
	assert_int_equal(store_unthreaded_add(f->s, ia, a->published, 0, FALSE), 0);
	assert_int_equal(store_commit(f->s), 0);
	assert_true(store_unthreaded_first(f->s) < ib && ib < ic);
	assert_string_equal(unmatched(f->s, "t", 0, G_MAXINT64, 10), "C;B;");
	assert_string_equal(unmatched(f->s, "t", 0, ic, 10), "B;");
	/* all three waiting (a cycle's queue, whole): none is read */
	assert_int_equal(store_begin(f->s), 0);
	assert_int_equal(store_unthreaded_add(f->s, ib, b->published, 0, FALSE), 0);
	assert_int_equal(store_unthreaded_add(f->s, ic, c->published, 0, FALSE), 0);
	assert_int_equal(store_commit(f->s), 0);
	assert_string_equal(unmatched(f->s, "t", 0, G_MAXINT64, 10), "");
	parse_entry_free(a);
	parse_entry_free(b);
	parse_entry_free(c);
	store_feed_state_clear(&st);
}

/* ... and so is it in the stored matches a new threader is built from
 * (store_matches_recent): a JSON Feed item with content_text only was
 * reloaded by its title alone, and its thread decided otherwise after a
 * restart. */
static void
test_recent_lead(void **state)
{
	struct fixture *f = *state;
	struct sw_feed_state st;
	struct sw_entry *a = entry("long", "Long", 1000), *b = entry("short", "Short", 1100);
	struct sw_entry *c = entry("summed", "Summed", 1200);
	GString *body = g_string_new(NULL);
	const struct sw_match_row *m;
	gint64 id[3], th;
	GPtrArray *r;
	int i;

	for (i = 0; i < SW_THREAD_LEAD_BYTES + 10; i++)
		g_string_append(body, "\xd0\xb6"); /* 2 bytes each */
	g_free(a->summary);
	a->summary = NULL;
	a->content = g_string_free(body, FALSE);
	g_free(b->summary);
	b->summary = g_strdup("");
	b->content = g_strdup("The content alone");
	c->content = g_strdup("Not read: the summary is");
	assert_int_equal(store_feed_sync(f->s, "One", "file:///1", &st), 0);
	assert_int_equal(store_begin(f->s), 0);
	assert_int_equal(store_entry_add(f->s, st.id, a, 5000, &id[0]), 1);
	assert_int_equal(store_entry_add(f->s, st.id, b, 5000, &id[1]), 1);
	assert_int_equal(store_entry_add(f->s, st.id, c, 5000, &id[2]), 1);
	th = store_thread_ensure(f->s, "t", "long", "Long", id[0], 5000);
	for (i = 0; i < 3; i++)
		assert_int_equal(
		        store_match_add(f->s, id[i], "t", 3.0, "x", "why", th, "new", 0, FALSE), 0);
	assert_int_equal(store_commit(f->s), 0);

	r = store_matches_recent(f->s, 0);
	assert_int_equal(r->len, 3);
	m = r->pdata[0];
	assert_string_equal(m->uid, "long");
	assert_int_equal(g_utf8_strlen(m->summary, -1), SW_THREAD_LEAD_BYTES);
	m = r->pdata[1];
	assert_string_equal(m->summary, "The content alone");
	m = r->pdata[2];
	assert_string_equal(m->summary, "summary");
	g_ptr_array_free(r, TRUE);
	parse_entry_free(a);
	parse_entry_free(b);
	parse_entry_free(c);
	store_feed_state_clear(&st);
}

/* A thread the threader merged into another: its matches move, a mute of
 * either holds, its row goes (store_thread_merge). */
static void
test_thread_merge(void **state)
{
	struct fixture *f = *state;
	struct sw_feed_state st;
	struct sw_entry *a = entry("a", "Story A", 1000), *b = entry("b", "Story B", 1100);
	struct sw_entry *c = entry("c", "Story A again", 1200);
	gint64 ia, ib, ic, ta, tb;
	GPtrArray *r;
	guint i;

	assert_int_equal(store_feed_sync(f->s, "F", "file:///x", &st), 0);
	assert_int_equal(store_begin(f->s), 0);
	assert_int_equal(store_entry_add(f->s, st.id, a, 5000, &ia), 1);
	assert_int_equal(store_entry_add(f->s, st.id, b, 5000, &ib), 1);
	assert_int_equal(store_entry_add(f->s, st.id, c, 5000, &ic), 1);
	ta = store_thread_ensure(f->s, "t", "a", "Story A", ia, 5000);
	tb = store_thread_ensure(f->s, "t", "b", "Story B", ib, 5000);
	assert_true(ta > 0 && tb > 0 && ta != tb);
	assert_int_equal(store_match_add(f->s, ia, "t", 3.0, "x", "why", ta, "new", 0, FALSE), 0);
	assert_int_equal(store_match_add(f->s, ib, "t", 3.0, "x", "why", tb, "new", 0, FALSE), 0);
	assert_int_equal(store_thread_set_muted(f->s, tb, TRUE), 0);
	assert_int_equal(store_thread_merge(f->s, "t", "b", ta), 0);
	assert_int_equal(store_match_add(f->s, ic, "t", 3.0, "x", "why", ta, "followup", 0, FALSE),
	                 0);
	assert_int_equal(store_commit(f->s), 0);

	r = store_matches_recent(f->s, 0);
	assert_int_equal(r->len, 3);
	for (i = 0; i < r->len; i++) {
		const struct sw_match_row *m = r->pdata[i];

		assert_int_equal(m->thread_id, ta);
		assert_string_equal(m->thread_key, "a");
		assert_true(m->thread_muted);
	}
	g_ptr_array_free(r, TRUE);
	/* the thread, in the order its entries came; the merged one empty */
	r = store_matches_of_thread(f->s, ta);
	assert_int_equal(r->len, 3);
	assert_string_equal(((struct sw_match_row *)r->pdata[0])->uid, "a");
	assert_string_equal(((struct sw_match_row *)r->pdata[1])->uid, "b");
	assert_string_equal(((struct sw_match_row *)r->pdata[2])->uid, "c");
	g_ptr_array_free(r, TRUE);
	r = store_matches_of_thread(f->s, tb);
	assert_int_equal(r->len, 0);
	g_ptr_array_free(r, TRUE);
	/* `threads`: a thread with a report since then, counted whole; the
	 * merged one gone */
	r = store_threads_since(f->s, 1150);
	assert_int_equal(r->len, 1);
	{
		const struct sw_thread_row *t = r->pdata[0];

		assert_int_equal(t->thread_id, ta);
		assert_int_equal(t->first_entry, ia);
		assert_string_equal(t->key, "a");
		assert_string_equal(t->headline, "Story A");
		assert_true(t->muted);
		assert_int_equal(t->reports, 3);
		assert_int_equal(t->outlets, 1);
		assert_int_equal(t->first_at, 1000);
		assert_int_equal(t->last_at, 1200);
	}
	g_ptr_array_free(r, TRUE);
	r = store_threads_since(f->s, 1201);
	assert_int_equal(r->len, 0);
	g_ptr_array_free(r, TRUE);
	parse_entry_free(a);
	parse_entry_free(b);
	parse_entry_free(c);
	store_feed_state_clear(&st);
}

static void
test_matches_recent(void **state)
{
	struct fixture *f = *state;
	struct sw_feed_state s1, s2;
	struct sw_entry *e[6];
	gint64 id[6], th;
	GPtrArray *r;
	int i;

	assert_int_equal(store_feed_sync(f->s, "One", "file:///1", &s1), 0);
	assert_int_equal(store_feed_sync(f->s, "Two", "file:///2", &s2), 0);
	e[0] = entry("old", "Old", 100);       /* before the window */
	e[1] = entry("b", "B", 3000);          /* matched, Two */
	e[2] = entry("a", "A", 2000);          /* matched, One */
	e[3] = entry("nom", "No match", 2500); /* in the window, no match */
	e[4] = entry("undated", "Undated", SW_DATE_NONE);
	e[5] = entry("dup", "Dup", 2600);
	assert_int_equal(store_begin(f->s), 0);
	for (i = 0; i < 6; i++)
		assert_int_equal(store_entry_add(f->s, i == 1 ? s2.id : s1.id, e[i], 2200, &id[i]),
		                 1);
	th = store_thread_ensure(f->s, "t", "a", "A", id[2], 2200);
	assert_int_equal(store_match_add(f->s, id[0], "t", 1.0, "x", "", 0, "new", 0, TRUE), 0);
	assert_int_equal(store_match_add(f->s, id[1], "t", 1.0, "x", "", th, "followup", 0, FALSE),
	                 0);
	assert_int_equal(store_match_add(f->s, id[2], "t", 1.0, "x", "", th, "new", 0, FALSE), 0);
	assert_int_equal(store_match_add(f->s, id[2], "u", 1.0, "x", "", 0, "new", 0, FALSE), 0);
	assert_int_equal(store_match_add(f->s, id[4], "t", 1.0, "x", "", 0, "new", 0, FALSE), 0);
	assert_int_equal(
	        store_match_add(f->s, id[5], "t", 1.0, "x", "", th, "duplicate", id[2], FALSE), 0);
	assert_int_equal(store_commit(f->s), 0);

	r = store_matches_recent(f->s, 1000);
	assert_int_equal(r->len, 5);
	{
		struct sw_match_row **m = (struct sw_match_row **)r->pdata;

		assert_string_equal(m[0]->uid, "a"); /* 2000, both topics by match id */
		assert_string_equal(m[0]->topic, "t");
		assert_string_equal(m[0]->feed_name, "One");
		assert_string_equal(m[0]->thread_key, "a");
		assert_string_equal(m[1]->uid, "a");
		assert_string_equal(m[1]->topic, "u");
		assert_null(m[1]->thread_key);
		assert_string_equal(m[2]->uid, "undated"); /* first seen 2200 */
		assert_string_equal(m[3]->uid, "dup");
		assert_string_equal(m[3]->dup_of_uid, "a");
		assert_string_equal(m[4]->uid, "b");
		assert_string_equal(m[4]->feed_name, "Two");
		assert_string_equal(m[4]->kind, "followup");
	}
	g_ptr_array_free(r, TRUE);
	r = store_matches_recent(f->s, 2700);
	assert_int_equal(r->len, 1);
	g_ptr_array_free(r, TRUE);
	r = store_matches_recent(f->s, 0);
	assert_int_equal(r->len, 6);
	g_ptr_array_free(r, TRUE);
	/* what a topic did not match, below an entry, first seen since */
	assert_string_equal(unmatched(f->s, "t", 0, id[5] + 1, 10), "No match;");
	assert_string_equal(unmatched(f->s, "u", 0, id[5] + 1, 10), "Dup;Undated;No match;B;Old;");
	assert_string_equal(unmatched(f->s, "u", 0, id[4], 10), "No match;B;Old;");
	assert_string_equal(unmatched(f->s, "u", 0, id[5] + 1, 2), "Dup;Undated;");
	assert_string_equal(unmatched(f->s, "u", 2300, id[5] + 1, 10), "");
	assert_string_equal(unmatched(f->s, "v", 2200, id[1] + 1, 10), "B;Old;");
	for (i = 0; i < 6; i++)
		parse_entry_free(e[i]);
	store_feed_state_clear(&s1);
	store_feed_state_clear(&s2);
}

/* A store of schema 2 (time of the threader's window indexed on entries)
 * migrates to 3: every match gets the time of its entry, the window reads
 * the same rows, and new matches get theirs. */
static void
test_migrate_match_times(void **state)
{
	struct fixture *f = *state;
	struct sw_feed_state st;
	struct sw_entry *a = entry("a", "A", 3000), *b = entry("b", "B", SW_DATE_NONE);
	struct sw_entry *c = entry("c", "C", 100);
	gint64 ia, ib, ic;
	GError *err = NULL;
	sqlite3 *db = NULL;
	GPtrArray *r;

	assert_int_equal(store_feed_sync(f->s, "F", "file:///f", &st), 0);
	assert_int_equal(store_begin(f->s), 0);
	assert_int_equal(store_entry_add(f->s, st.id, a, 2000, &ia), 1);
	assert_int_equal(store_entry_add(f->s, st.id, b, 2500, &ib), 1);
	assert_int_equal(store_entry_add(f->s, st.id, c, 2600, &ic), 1);
	assert_int_equal(store_match_add(f->s, ia, "t", 1.0, "x", "", 0, "new", 0, FALSE), 0);
	assert_int_equal(store_match_add(f->s, ib, "t", 1.0, "x", "", 0, "new", 0, FALSE), 0);
	assert_int_equal(store_commit(f->s), 0);
	store_free(f->s);

	/* back to schema 2 */
	assert_int_equal(sqlite3_open_v2(f->path, &db, SQLITE_OPEN_READWRITE, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db,
	                              "DROP TABLE unthreaded; DROP TABLE meta; DROP INDEX "
	                              "matches_thread; DROP INDEX matches_at; ALTER TABLE matches "
	                              "DROP COLUMN at; DROP INDEX matches_seen; ALTER TABLE "
	                              "matches DROP COLUMN seen; ALTER TABLE feeds DROP COLUMN "
	                              "hint_ttl; ALTER TABLE feeds DROP COLUMN skip_hours; ALTER "
	                              "TABLE feeds DROP COLUMN skip_days;"
	                              "CREATE INDEX entries_when ON entries(coalesce(published, "
	                              "first_seen)); PRAGMA user_version = 2;",
	                              NULL, NULL, NULL),
	                 SQLITE_OK);
	sqlite3_close(db);

	f->s = store_open(f->path, &err);
	assert_non_null(f->s);
	assert_int_equal(store_match_add(f->s, ic, "t", 1.0, "x", "", 0, "new", 0, TRUE), 0);
	r = store_matches_recent(f->s, 2400);
	assert_int_equal(r->len, 2);
	assert_string_equal(((struct sw_match_row *)r->pdata[0])->uid, "b"); /* first seen 2500 */
	assert_string_equal(((struct sw_match_row *)r->pdata[1])->uid, "a"); /* published 3000 */
	g_ptr_array_free(r, TRUE);
	r = store_matches_recent(f->s, 0);
	assert_int_equal(r->len, 3);
	assert_string_equal(((struct sw_match_row *)r->pdata[0])->uid, "c"); /* published 100 */
	g_ptr_array_free(r, TRUE);
	/* matches.atom's: newest first seen first, not the silent one (7) */
	r = store_matches_all(f->s, 10);
	assert_int_equal(r->len, 2);
	assert_string_equal(((struct sw_match_row *)r->pdata[0])->uid, "b"); /* first seen 2500 */
	assert_string_equal(((struct sw_match_row *)r->pdata[1])->uid, "a"); /* 2000 */
	g_ptr_array_free(r, TRUE);

	assert_int_equal(sqlite3_open_v2(f->path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	{
		sqlite3_stmt *q = NULL;

		assert_int_equal(
		        sqlite3_prepare_v2(
		                db,
		                "SELECT (SELECT count(*) FROM matches WHERE at IS NULL OR seen "
		                "IS NULL), (SELECT count(*) FROM sqlite_master WHERE name = "
		                "'entries_when'), (SELECT user_version FROM "
		                "pragma_user_version)",
		                -1, &q, NULL),
		        SQLITE_OK);
		assert_int_equal(sqlite3_step(q), SQLITE_ROW);
		assert_int_equal(sqlite3_column_int(q, 0), 0);
		assert_int_equal(sqlite3_column_int(q, 1), 0);
		assert_int_equal(sqlite3_column_int(q, 2), 8);
		sqlite3_finalize(q);
	}
	sqlite3_close(db);
	parse_entry_free(a);
	parse_entry_free(b);
	parse_entry_free(c);
	store_feed_state_clear(&st);
}

/* Reopening keeps everything and does not migrate twice; a file from a
 * newer storywatch is refused, not damaged. */
static void
test_reopen_and_newer_schema(void **state)
{
	struct fixture *f = *state;
	struct sw_feed_state st;
	GError *err = NULL;
	struct store *s2;

	assert_int_equal(store_feed_sync(f->s, "Keep", "file:///k", &st), 0);
	store_feed_state_clear(&st);
	store_free(f->s);
	f->s = store_open(f->path, &err);
	assert_non_null(f->s);
	{
		GPtrArray *all = store_feed_list(f->s);

		assert_int_equal(all->len, 1);
		g_ptr_array_free(all, TRUE);
	}
	store_free(f->s);
	{
		char *cmd = g_strdup_printf("sqlite3 '%s' 'PRAGMA user_version = 99' 2>/dev/null",
		                            f->path);
		int rc = system(cmd);

		g_free(cmd);
		assert_int_equal(rc, 0); /* scripts/install-deps installs sqlite3 */
	}
	s2 = store_open(f->path, &err);
	assert_null(s2);
	assert_non_null(strstr(err->message, "newer"));
	g_clear_error(&err);
	f->s = NULL;
}

/* The plan of sql has rows, none of whose details contains bad (at its
 * start, when anchored). */
static void
assert_plan_without(sqlite3 *db, const char *sql, const char *bad, gboolean anchored)
{
	char *q = g_strconcat("EXPLAIN QUERY PLAN ", sql, NULL);
	sqlite3_stmt *st = NULL;
	int rows = 0;

	assert_int_equal(sqlite3_prepare_v2(db, q, -1, &st, NULL), SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *detail = (const char *)sqlite3_column_text(st, 3);

		rows++;
		if (detail && (anchored ? g_str_has_prefix(detail, bad) : !!strstr(detail, bad)))
			fail_msg("%s: %s", sql, detail);
	}
	assert_true(rows > 0);
	sqlite3_finalize(st);
	g_free(q);
}

/* The plan of a per-cycle query reads an index, never a whole table. */
static void
assert_plan_searches(sqlite3 *db, const char *sql)
{
	assert_plan_without(db, sql, "SCAN ", TRUE);
}

/* sql reads rows in the order it asks for, with no sort of its own. */
static void
assert_plan_unsorted(sqlite3 *db, const char *sql)
{
	assert_plan_without(db, sql, "TEMP B-TREE", FALSE);
}

/* The entries waiting to be matched come back oldest first, at the same
 * time by their feed's rank in the configuration (not as stored: e5's
 * feed comes before e3's), undated ones last in the order stored, a page
 * at a time, and leave once done. */
static void
test_unthreaded_order(void **state)
{
	struct fixture *f = *state;
	struct sw_feed_state st;
	const gint64 when[] = { 3000, SW_DATE_NONE, 1000, 2000, SW_DATE_NONE, 2000 };
	const guint rank[] = { 0, 0, 0, 1, 0, 0 };
	const char *const want[] = { "e2", "e5", "e3", "e0", "e1", "e4" };
	gint64 ids[G_N_ELEMENTS(when)];
	GPtrArray *page;
	guint i, got = 0;

	assert_int_equal(store_feed_sync(f->s, "F", "file:///x", &st), 0);
	assert_int_equal(store_unthreaded_first(f->s), 0);
	assert_false(store_unthreaded_waiting(f->s));
	for (i = 0; i < G_N_ELEMENTS(when); i++) {
		char uid[8];
		struct sw_entry *e;

		g_snprintf(uid, sizeof(uid), "e%u", i);
		e = entry(uid, uid, when[i]);
		assert_int_equal(store_entry_add(f->s, st.id, e, 5000, &ids[i]), 1);
		assert_int_equal(store_unthreaded_add(f->s, ids[i], when[i], rank[i], i == 1), 0);
		parse_entry_free(e);
	}
	assert_int_equal(store_unthreaded_first(f->s), ids[0]);
	assert_true(store_unthreaded_waiting(f->s));
	/* a page ends once its text reaches the byte cap: here after the
	 * first entry's (uid, title, link and summary: 33 bytes) */
	page = store_unthreaded_page(f->s, 6, 30);
	assert_non_null(page);
	assert_int_equal(page->len, 1);
	assert_string_equal(((struct sw_unthreaded *)page->pdata[0])->e->uid, want[0]);
	g_ptr_array_free(page, TRUE);
	page = store_unthreaded_page(f->s, 6, 1000);
	assert_int_equal(page->len, 6);
	g_ptr_array_free(page, TRUE);
	/* pages of two: each read after the last page's entries are done */
	while ((page = store_unthreaded_page(f->s, 2, G_MAXSIZE)) && page->len > 0) {
		assert_true(page->len <= 2);
		for (i = 0; i < page->len; i++) {
			const struct sw_unthreaded *u = page->pdata[i];

			assert_true(got < G_N_ELEMENTS(want));
			assert_string_equal(u->e->uid, want[got]);
			assert_string_equal(u->feed_name, "F");
			assert_int_equal(u->e->published, when[u->e->uid[1] - '0']);
			assert_int_equal(u->silent, !strcmp(u->e->uid, "e1"));
			assert_int_equal(u->first_seen, 5000);
			assert_int_equal(store_unthreaded_done(f->s, u), 0);
			got++;
		}
		g_ptr_array_free(page, TRUE);
	}
	assert_non_null(page);
	g_ptr_array_free(page, TRUE);
	assert_int_equal(got, G_N_ELEMENTS(want));
	assert_int_equal(store_unthreaded_first(f->s), 0);
	assert_false(store_unthreaded_waiting(f->s));
	/* the entries themselves stay */
	assert_int_equal(store_entry_count(f->s), G_N_ELEMENTS(want));
	store_feed_state_clear(&st);
}

/* The digest of a day and the threader's window read by index
 * (store_matches_seen_between, store_matches_recent). */
static void
test_cycle_queries_use_indexes(void **state)
{
	struct fixture *f = *state;
	sqlite3 *db = NULL;
	const char *sql;

	assert_int_equal(sqlite3_open_v2(f->path, &db, SQLITE_OPEN_READWRITE, NULL), SQLITE_OK);
	assert_plan_searches(db, "SELECT m.id FROM matches m JOIN entries e ON e.id = m.entry_id "
	                         "WHERE m.silent = 0 AND e.first_seen >= 1 AND e.first_seen < 2");
	assert_plan_searches(db, "SELECT m.id FROM matches m JOIN entries e ON e.id = m.entry_id "
	                         "WHERE m.at >= 1 ORDER BY m.at, m.id");
	/* a page of the entries to match: the table read in its order */
	assert_plan_unsorted(db, "SELECT u.entry_id FROM unthreaded u JOIN entries e ON e.id = "
	                         "u.entry_id ORDER BY u.at, u.rank, u.entry_id LIMIT 5");
	assert_plan_searches(db, "SELECT m.id FROM matches m WHERE m.notified_at IS NULL AND "
	                         "m.silent = 0");
	/* matches.atom's newest: down an index, no sort of every match */
	sql = "SELECT m.id FROM matches m JOIN entries e ON e.id = m.entry_id WHERE m.silent = 0 "
	      "ORDER BY m.seen DESC, m.id DESC LIMIT 5";
	assert_plan_unsorted(db, sql);
	assert_plan_without(db, sql, "SCAN m USING INDEX matches_pending", TRUE);
	/* a thread's matches (storywatch thread, a merge's relabelling) */
	assert_plan_searches(db, "SELECT m.id FROM matches m WHERE m.thread_id = 1 ORDER BY m.at");
	/* ... the queue read once, as a list, not once an entry */
	sql = "SELECT e.title FROM entries e WHERE e.id < 9 AND e.first_seen >= 1 AND NOT EXISTS "
	      "(SELECT 1 FROM matches m WHERE m.entry_id = e.id AND m.topic = 't') AND e.id NOT "
	      "IN (SELECT entry_id FROM unthreaded) ORDER BY e.id DESC LIMIT 5";
	assert_plan_without(db, sql, "SCAN e", TRUE);
	assert_plan_without(db, sql, "SCAN m", TRUE);
	assert_plan_without(db, sql, "CORRELATED LIST", FALSE);
	assert_plan_unsorted(db, sql);
	sqlite3_close(db);
}

/* Entries as another connection sees them: only what is committed. */
static int
committed_entries(const char *path)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *st = NULL;
	int n = -1;

	assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT count(*) FROM entries", -1, &st, NULL),
	                 SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	return n;
}

static void
add_unit(struct store *s, gint64 feed_id, const char *uid, gboolean keep)
{
	struct sw_entry *e = entry(uid, uid, 1000);
	gint64 id = 0;

	assert_int_equal(store_begin(s), 0);
	assert_int_equal(store_entry_add(s, feed_id, e, 5000, &id), 1);
	if (keep)
		assert_int_equal(store_commit(s), 0);
	else
		store_rollback(s);
	parse_entry_free(e);
}

/* A batch holds many units: each one rolls back alone, none is visible
 * (or durable) before the batch commits, and a crash loses the open batch
 * whole while what was committed before stays. */
static void
test_batch_of_units(void **state)
{
	struct fixture *f = *state;
	struct sw_feed_state a, b;
	GError *err = NULL;
	pid_t pid;
	int status = 0;

	assert_int_equal(store_feed_sync(f->s, "A", "file:///a", &a), 0);
	assert_int_equal(store_feed_sync(f->s, "B", "file:///b", &b), 0);
	assert_false(store_batch_open(f->s));
	assert_int_equal(store_batch_begin(f->s), 0);
	assert_true(store_batch_open(f->s));
	add_unit(f->s, a.id, "a1", TRUE);
	add_unit(f->s, b.id, "b1", FALSE);
	add_unit(f->s, a.id, "a2", TRUE);
	assert_int_equal(store_entry_count(f->s), 2);
	assert_int_equal(committed_entries(f->path), 0);
	assert_true(store_batch_due(f->s, 2, (gint64)G_USEC_PER_SEC * 3600));
	assert_false(store_batch_due(f->s, 3, (gint64)G_USEC_PER_SEC * 3600));
	assert_true(store_batch_due(f->s, 1000, 0));
	assert_int_equal(store_batch_commit(f->s), 0);
	assert_false(store_batch_open(f->s));
	assert_int_equal(committed_entries(f->path), 2);
	assert_int_equal(store_entry_find(f->s, "b1"), 0);

	/* outside a batch a unit is its own transaction */
	add_unit(f->s, b.id, "b2", TRUE);
	assert_int_equal(committed_entries(f->path), 3);

	/* a process that dies with its batch open */
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		struct store *s = store_open(f->path, &err);

		if (!s || store_batch_begin(s) < 0)
			_exit(2);
		add_unit(s, a.id, "a3", TRUE);
		add_unit(s, b.id, "b3", TRUE);
		_exit(0); /* no store_free(): no commit */
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	assert_int_equal(committed_entries(f->path), 3);
	assert_int_equal(store_entry_find(f->s, "a3"), 0);

	/* closing the store commits its open batch */
	assert_int_equal(store_batch_begin(f->s), 0);
	add_unit(f->s, a.id, "a4", TRUE);
	store_free(f->s);
	f->s = store_open(f->path, &err);
	assert_non_null(f->s);
	assert_int_equal(committed_entries(f->path), 4);
	assert_true(store_entry_find(f->s, "a4") > 0);
	store_feed_state_clear(&a);
	store_feed_state_clear(&b);
}

/* The connection store_open() makes, caught as it opens (an automatic
 * extension runs on every new connection): the tests cap its file. */
static sqlite3 *opened_db;

static int
catch_db(sqlite3 *db, char **msg, const void *api)
{
	(void)msg;
	(void)api;
	opened_db = db;
	return SQLITE_OK;
}

static void
max_pages(sqlite3 *db, const char *n)
{
	char *sql = g_strdup_printf("PRAGMA max_page_count = %s", n);

	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	g_free(sql);
}

/* A full disk in the middle of a batch: SQLite rolls the transaction
 * back whole, with the units released into it; the store says so once
 * (store_batch_take_lost), with SQLite's reason, what earlier batches
 * committed stays, and the batch goes on in a new transaction. */
static void
test_batch_lost(void **state)
{
	struct fixture *f = *state;
	struct sw_feed_state a, b;
	struct sw_entry *big;
	GError *err = NULL;
	gint64 id = 0;

	store_free(f->s);
	assert_int_equal(sqlite3_auto_extension((void (*)(void))catch_db), SQLITE_OK);
	f->s = store_open(f->path, &err);
	sqlite3_cancel_auto_extension((void (*)(void))catch_db);
	assert_non_null(f->s);
	assert_non_null(opened_db);
	assert_int_equal(store_feed_sync(f->s, "A", "file:///a", &a), 0);
	assert_int_equal(store_feed_sync(f->s, "B", "file:///b", &b), 0);

	assert_int_equal(store_batch_begin(f->s), 0);
	add_unit(f->s, a.id, "a1", TRUE);
	add_unit(f->s, b.id, "b1", TRUE);
	assert_int_equal(store_batch_commit(f->s), 0);
	assert_false(store_batch_take_lost(f->s));
	assert_int_equal(committed_entries(f->path), 2);

	/* two units released, then a unit that does not fit */
	assert_int_equal(store_batch_begin(f->s), 0);
	add_unit(f->s, a.id, "a2", TRUE);
	add_unit(f->s, b.id, "b2", TRUE);
	assert_int_equal(store_entry_count(f->s), 4);
	assert_false(store_batch_take_lost(f->s));
	max_pages(opened_db, "1"); /* no page more than it has */
	big = entry("big", "big", 1000);
	big->content = g_strnfill(256 * 1024, 'x');
	assert_int_equal(store_begin(f->s), 0);
	assert_int_equal(store_entry_add(f->s, a.id, big, 5000, &id), -1);
	store_rollback(f->s);
	assert_true(store_batch_take_lost(f->s));
	assert_false(store_batch_take_lost(f->s)); /* said once */
	assert_non_null(strstr(store_last_error(f->s), "full"));
	assert_true(store_batch_open(f->s));
	assert_int_equal(store_entry_find(f->s, "a2"), 0);
	assert_int_equal(store_entry_find(f->s, "b2"), 0);
	assert_int_equal(store_entry_count(f->s), 2);
	assert_int_equal(committed_entries(f->path), 2);

	/* the same without a unit: a write between units */
	max_pages(opened_db, "1000000");
	add_unit(f->s, a.id, "a3", TRUE);
	max_pages(opened_db, "1");
	g_free(b.title);
	b.title = g_strnfill(256 * 1024, 't');
	assert_int_equal(store_feed_save(f->s, &b), -1);
	assert_true(store_batch_take_lost(f->s));
	assert_int_equal(store_entry_find(f->s, "a3"), 0);

	/* the batch goes on in a new transaction */
	max_pages(opened_db, "1000000");
	add_unit(f->s, b.id, "b4", TRUE);
	assert_int_equal(store_batch_commit(f->s), 0);
	assert_false(store_batch_take_lost(f->s));
	assert_int_equal(committed_entries(f->path), 3);
	assert_true(store_entry_find(f->s, "a1") > 0);
	assert_true(store_entry_find(f->s, "b1") > 0);
	assert_true(store_entry_find(f->s, "b4") > 0);
	parse_entry_free(big);
	store_feed_state_clear(&a);
	store_feed_state_clear(&b);
}

/* The key of the body digest: made once, random (another store has
 * another), kept across reopening; a store of schema 3 gets one. */
static void
test_body_hash_key(void **state)
{
	struct fixture *f = *state;
	guint64 k[2], again[2], other[2];
	char *path2 = g_build_filename(f->dir, "other.db", NULL);
	GError *err = NULL;
	struct store *s2;
	sqlite3 *db = NULL;

	store_body_hash_key(f->s, k);
	assert_true(k[0] != 0 || k[1] != 0);
	store_free(f->s);
	f->s = store_open(f->path, &err);
	assert_non_null(f->s);
	store_body_hash_key(f->s, again);
	assert_true(again[0] == k[0] && again[1] == k[1]);
	s2 = store_open(path2, &err);
	assert_non_null(s2);
	store_body_hash_key(s2, other);
	assert_false(other[0] == k[0] && other[1] == k[1]);
	store_free(s2);

	/* back to schema 3 */
	assert_int_equal(sqlite3_open_v2(path2, &db, SQLITE_OPEN_READWRITE, NULL), SQLITE_OK);
	assert_int_equal(
	        sqlite3_exec(db,
	                     "DROP TABLE unthreaded; DROP TABLE meta; DROP INDEX matches_thread; "
	                     "DROP INDEX matches_seen; ALTER TABLE matches DROP COLUMN seen; "
	                     "ALTER TABLE feeds DROP COLUMN hint_ttl; ALTER TABLE feeds DROP "
	                     "COLUMN skip_hours; ALTER TABLE feeds DROP COLUMN skip_days; "
	                     "PRAGMA user_version = 3;",
	                     NULL, NULL, NULL),
	        SQLITE_OK);
	sqlite3_close(db);
	s2 = store_open(path2, &err);
	assert_non_null(s2);
	store_body_hash_key(s2, again);
	assert_true(again[0] != 0 || again[1] != 0);
	assert_false(again[0] == other[0] && again[1] == other[1]);
	store_free(s2);
	g_free(path2);
}

/* The batch takes the write lock at its first write, not before, and
 * gives it back at its commit; when another writer holds it, the batch's
 * BEGIN waits out the busy timeout once (not once more for the unit),
 * and there is no batch for a while: each unit is its own transaction. */
static void
test_batch_locks_lazily(void **state)
{
	struct fixture *f = *state;
	struct sw_feed_state a;
	sqlite3 *other = NULL;
	gint64 t0;

	assert_int_equal(store_feed_sync(f->s, "A", "file:///a", &a), 0);
	assert_int_equal(sqlite3_open_v2(f->path, &other, SQLITE_OPEN_READWRITE, NULL), SQLITE_OK);
	assert_int_equal(store_batch_begin(f->s), 0);
	assert_int_equal(sqlite3_exec(other, "BEGIN IMMEDIATE; COMMIT", NULL, NULL, NULL),
	                 SQLITE_OK);
	add_unit(f->s, a.id, "a1", TRUE);
	assert_int_equal(sqlite3_exec(other, "BEGIN IMMEDIATE", NULL, NULL, NULL), SQLITE_BUSY);
	assert_int_equal(store_batch_commit(f->s), 0);
	assert_int_equal(sqlite3_exec(other, "BEGIN IMMEDIATE; COMMIT", NULL, NULL, NULL),
	                 SQLITE_OK);
	assert_int_equal(store_batch_begin(f->s), 0);
	assert_int_equal(sqlite3_exec(other, "BEGIN IMMEDIATE; COMMIT", NULL, NULL, NULL),
	                 SQLITE_OK);
	assert_int_equal(store_batch_commit(f->s), 0);

	assert_int_equal(store_batch_begin(f->s), 0);
	assert_int_equal(sqlite3_exec(other, "BEGIN IMMEDIATE", NULL, NULL, NULL), SQLITE_OK);
	t0 = g_get_monotonic_time();
	assert_int_equal(store_begin(f->s), -1);
	assert_true(g_get_monotonic_time() - t0 < 8 * G_USEC_PER_SEC); /* 5 s, not 10 */
	assert_false(store_batch_open(f->s));
	assert_int_equal(store_batch_begin(f->s), -1);
	assert_int_equal(sqlite3_exec(other, "COMMIT", NULL, NULL, NULL), SQLITE_OK);
	add_unit(f->s, a.id, "a2", TRUE);
	assert_int_equal(committed_entries(f->path), 2);
	sqlite3_close(other);
	store_feed_state_clear(&a);
}

/* Two processes open a new state file at once (the unit starting at
 * login while a `status` or a timer's `once` runs): each read schema
 * version 0 before the other migrated, and the second to get the write
 * lock ran migration 1 again ("table feeds already exists") and failed.
 * Here a third process holds the write lock of the new file until both
 * have read the version and wait for it (each in a process of its own:
 * SQLite's locks do not survive a fork). */
static void
test_two_open_a_new_file(void **state)
{
	struct fixture *f = *state;
	char *path = g_build_filename(f->dir, "new.db", NULL);
	pid_t locker, pid[2];
	int i, status, ready[2];
	char c;

	assert_int_equal(pipe(ready), 0);
	locker = fork();
	assert_true(locker >= 0);
	if (locker == 0) {
		sqlite3 *db = NULL;

		/* (each child frees what it holds: under make check-valgrind a
		 * leak is its exit status) */
		if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) !=
		            SQLITE_OK ||
		    sqlite3_exec(db, "PRAGMA journal_mode = WAL; BEGIN IMMEDIATE", NULL, NULL,
		                 NULL) != SQLITE_OK)
			_exit(1);
		g_free(path);
		if (write(ready[1], "x", 1) != 1)
			_exit(1);
		g_usleep(G_USEC_PER_SEC / 2); /* both wait for the lock (5 s at most) */
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
		sqlite3_close(db);
		_exit(0);
	}
	assert_int_equal(read(ready[0], &c, 1), 1);
	for (i = 0; i < 2; i++) {
		pid[i] = fork();
		assert_true(pid[i] >= 0);
		if (pid[i] == 0) {
			GError *err = NULL;
			struct store *s = store_open(path, &err);

			g_free(path);
			if (!s) {
				fprintf(stderr, "child %d: %s\n", i, err->message);
				_exit(1);
			}
			store_free(s);
			_exit(0);
		}
	}
	assert_int_equal(waitpid(locker, &status, 0), locker);
	assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	for (i = 0; i < 2; i++) {
		assert_int_equal(waitpid(pid[i], &status, 0), pid[i]);
		assert_true(WIFEXITED(status));
		assert_int_equal(WEXITSTATUS(status), 0);
	}
	close(ready[0]);
	close(ready[1]);
	g_free(path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_feed_sync_and_save, setup, teardown),
		cmocka_unit_test_setup_teardown(test_entries_dedup_by_uid, setup, teardown),
		cmocka_unit_test_setup_teardown(test_entry_find_link, setup, teardown),
		cmocka_unit_test_setup_teardown(test_matches_threads_pending, setup, teardown),
		cmocka_unit_test_setup_teardown(test_thread_merge, setup, teardown),
		cmocka_unit_test_setup_teardown(test_matches_recent, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unmatched_lead, setup, teardown),
		cmocka_unit_test_setup_teardown(test_recent_lead, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unmatched_not_queued, setup, teardown),
		cmocka_unit_test_setup_teardown(test_trim_unmatched, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unthreaded_order, setup, teardown),
		cmocka_unit_test_setup_teardown(test_migrate_match_times, setup, teardown),
		cmocka_unit_test_setup_teardown(test_reopen_and_newer_schema, setup, teardown),
		cmocka_unit_test_setup_teardown(test_cycle_queries_use_indexes, setup, teardown),
		cmocka_unit_test_setup_teardown(test_batch_of_units, setup, teardown),
		cmocka_unit_test_setup_teardown(test_batch_lost, setup, teardown),
		cmocka_unit_test_setup_teardown(test_batch_locks_lazily, setup, teardown),
		cmocka_unit_test_setup_teardown(test_body_hash_key, setup, teardown),
		cmocka_unit_test_setup_teardown(test_two_open_a_new_file, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
