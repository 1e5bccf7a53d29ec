/* test_fetch.c - the fetcher on file: URLs (no network): results, the body
 * cap, queueing, abort, host keys.  HTTP behaviour is covered against a
 * real server by tests/integration/http.sh. */
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <cmocka.h>

#include <glib/gstdio.h>

#include "fetch.h"
#include "caps.h"
#include "log.h"

struct got {
	GPtrArray *results;
	guint want;
	GMainLoop *loop;
};

static void
on_done(struct sw_fetch_result *r, void *ud)
{
	struct got *g = ud;

	g_ptr_array_add(g->results, r);
	if (g->loop && g->results->len >= g->want)
		g_main_loop_quit(g->loop);
}

static gboolean
on_watchdog(gpointer ud)
{
	(void)ud;
	fail_msg("fetch did not finish in 20 s");
	return G_SOURCE_REMOVE;
}

static void
got_init(struct got *g, guint want)
{
	g->results = g_ptr_array_new_with_free_func((GDestroyNotify)fetch_result_free);
	g->want = want;
	g->loop = g_main_loop_new(NULL, FALSE);
}

static void
got_run(struct got *g)
{
	guint wd = g_timeout_add_seconds(20, on_watchdog, NULL);

	if (g->results->len < g->want)
		g_main_loop_run(g->loop);
	g_source_remove(wd);
}

static void
got_clear(struct got *g)
{
	g_ptr_array_free(g->results, TRUE);
	g_main_loop_unref(g->loop);
}

static char *
temp_file(const char *name, gsize size, char fill)
{
	char *dir = g_dir_make_tmp("swfetch-XXXXXX", NULL);
	char *path = g_build_filename(dir, name, NULL);
	char *data = g_malloc(size + 1);

	memset(data, fill, size);
	data[size] = '\0';
	assert_true(g_file_set_contents(path, data, (gssize)size, NULL));
	g_free(data);
	g_free(dir);
	return path;
}

static void
temp_remove(char *path)
{
	char *dir = g_path_get_dirname(path);

	g_unlink(path);
	g_rmdir(dir);
	g_free(dir);
	g_free(path);
}

static void
test_file_url(void **state)
{
	struct fetcher *f = fetch_new(4, 2, "storywatch/test");
	char *path = temp_file("feed.xml", 1000, 'x');
	char *url = g_filename_to_uri(path, NULL, NULL);
	char *missing = g_strconcat(url, ".missing", NULL);
	struct sw_fetch_request ok = { url, NULL, NULL };
	struct sw_fetch_request nf = { missing, "\"etag\"", NULL };
	struct got g;
	struct sw_fetch_result *r;

	(void)state;
	got_init(&g, 2);
	fetch_start(f, &ok, on_done, &g);
	fetch_start(f, &nf, on_done, &g);
	assert_int_equal(fetch_pending(f), 2);
	got_run(&g);
	assert_int_equal(fetch_pending(f), 0);
	for (guint i = 0; i < g.results->len; i++) {
		r = g.results->pdata[i];
		if (!strcmp(r->url, url)) {
			assert_int_equal(r->status, 200);
			assert_null(r->error);
			assert_int_equal(r->len, 1000);
			assert_int_equal(r->body[999], 'x');
			assert_int_equal(r->body[1000], '\0');
			assert_string_equal(r->effective_url, url);
			assert_int_equal(r->retry_after, -1);
			assert_int_equal(r->max_age, -1);
			assert_null(r->permanent_redirect);
		} else {
			assert_string_equal(r->url, missing);
			assert_int_equal(r->status, 0);
			assert_non_null(r->error);
			assert_null(r->body);
		}
	}
	got_clear(&g);
	fetch_free(f);
	g_free(missing);
	g_free(url);
	temp_remove(path);
}

static void
test_too_large(void **state)
{
	struct fetcher *f = fetch_new(4, 2, "storywatch/test");
	char *path = temp_file("big.xml", SW_MAX_BODY + 1, ' ');
	char *url = g_filename_to_uri(path, NULL, NULL);
	struct sw_fetch_request req = { url, NULL, NULL };
	struct got g;
	struct sw_fetch_result *r;

	(void)state;
	got_init(&g, 1);
	fetch_start(f, &req, on_done, &g);
	got_run(&g);
	r = g.results->pdata[0];
	assert_int_equal(r->status, 0);
	assert_string_equal(r->error, "too large");
	assert_null(r->body);
	got_clear(&g);
	fetch_free(f);
	g_free(url);
	temp_remove(path);
}

static void
test_many_queued(void **state)
{
	struct fetcher *f = fetch_new(3, 1, "storywatch/test");
	char *path = temp_file("feed.xml", 100, 'y');
	char *url = g_filename_to_uri(path, NULL, NULL);
	struct sw_fetch_request req = { url, NULL, NULL };
	struct got g;

	(void)state;
	got_init(&g, 200);
	for (int i = 0; i < 200; i++)
		fetch_start(f, &req, on_done, &g);
	assert_int_equal(fetch_pending(f), 200);
	got_run(&g);
	assert_int_equal(g.results->len, 200);
	for (guint i = 0; i < g.results->len; i++) {
		struct sw_fetch_result *r = g.results->pdata[i];

		assert_int_equal(r->status, 200);
		assert_int_equal(r->len, 100);
	}
	assert_int_equal(fetch_pending(f), 0);
	got_clear(&g);
	fetch_free(f);
	g_free(url);
	temp_remove(path);
}

static void
test_abort(void **state)
{
	struct fetcher *f = fetch_new(2, 1, "storywatch/test");
	char *path = temp_file("feed.xml", 100, 'z');
	char *url = g_filename_to_uri(path, NULL, NULL);
	struct sw_fetch_request req = { url, NULL, NULL };
	struct got g;

	(void)state;
	got_init(&g, 10);
	for (int i = 0; i < 10; i++)
		fetch_start(f, &req, on_done, &g);
	/* before the loop ran: every callback runs, synchronously */
	fetch_abort_all(f);
	assert_int_equal(g.results->len, 10);
	assert_int_equal(fetch_pending(f), 0);
	for (guint i = 0; i < g.results->len; i++) {
		struct sw_fetch_result *r = g.results->pdata[i];

		assert_string_equal(r->error, "aborted");
		assert_int_equal(r->status, 0);
		assert_string_equal(r->url, url);
	}
	/* the fetcher still works afterwards */
	g_ptr_array_set_size(g.results, 0);
	g.want = 1;
	fetch_start(f, &req, on_done, &g);
	got_run(&g);
	assert_int_equal(((struct sw_fetch_result *)g.results->pdata[0])->status, 200);
	/* fetch_free aborts what is left */
	g_ptr_array_set_size(g.results, 0);
	fetch_start(f, &req, on_done, &g);
	fetch_free(f);
	assert_int_equal(g.results->len, 1);
	got_clear(&g);
	g_free(url);
	temp_remove(path);
}

static void
test_host_key(void **state)
{
	static const struct {
		const char *url, *key;
	} cases[] = {
		{ "http://Example.ORG/feed", "example.org:80" },
		{ "https://example.org/feed", "example.org:443" },
		{ "http://example.org:8080/x?y", "example.org:8080" },
		{ "https://user@example.org:8443/", "example.org:8443" },
		{ "http://[::1]:81/", "[::1]:81" },
		{ "file:///tmp/x.xml", "file:" },
		{ "not a url", "not a url" },
	};

	(void)state;
	for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
		char *k = fetch_host_key(cases[i].url);

		assert_string_equal(k, cases[i].key);
		g_free(k);
	}
}

/* The result a response's headers give, read as a transfer reads them:
 * freshness, Retry-After as seconds or as a date on the server's clock,
 * a chain of permanent redirects. */
static void
test_response_headers(void **state)
{
	static const char fresh[] = "HTTP/1.1 200 OK\r\n"
	                            "Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n"
	                            "Content-Type: text/xml; charset=windows-1251\r\n"
	                            "Cache-Control: public, max-age=\"3600\"\r\n"
	                            "Age: 100\r\nETag: W/\"a\"\r\n\r\n";
	static const char moved[] = "HTTP/1.1 301 Moved\r\nLocation: /b\r\n\r\n"
	                            "HTTP/1.1 308 Moved\r\nLocation: https://c.example/f\r\n\r\n"
	                            "HTTP/1.1 503 Busy\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\n"
	                            "Retry-After: Tue, 14 Nov 2023 22:23:20 GMT\r\n\r\n";
	struct sw_fetch_result *r;

	(void)state;
	r = fetch_result_from_response("http://a.example/f", fresh, strlen(fresh), "<rss/>", 6);
	assert_int_equal(r->status, 200);
	assert_int_equal(r->max_age, 3500);
	assert_int_equal(r->retry_after, -1);
	assert_string_equal(r->content_type, "text/xml; charset=windows-1251");
	assert_string_equal(r->etag, "W/\"a\"");
	assert_int_equal(r->len, 6);
	assert_null(r->error);
	fetch_result_free(r);

	r = fetch_result_from_response("http://a.example/f", moved, strlen(moved), NULL, 0);
	assert_int_equal(r->status, 503);
	assert_int_equal(r->retry_after, 600);
	assert_string_equal(r->error, "HTTP 503 Busy");
	assert_string_equal(r->effective_url, "https://c.example/f");
	assert_string_equal(r->permanent_redirect, "https://c.example/f");
	assert_null(r->body);
	fetch_result_free(r);
}

/* A feed whose URL carries credentials, moved permanently: curl sends
 * them on to the same scheme, host and port (its rule for a redirect),
 * so the place the feed moves to carries them too, or the moved feed
 * would be asked without them (401 for good); to another host they were
 * not sent, and the place moved to has none. */
static void
test_moved_credentials(void **state)
{
	static const struct {
		const char *location, *moved;
	} cases[] = {
		{ "http://a.example/new", "http://user:pw@a.example/new" },
		{ "http://A.example:80/new", "http://user:pw@A.example:80/new" },
		{ "/rel", "http://user:pw@a.example/rel" },
		{ "http://other:secret@a.example/new", "http://other:secret@a.example/new" },
		{ "http://b.example/new", "http://b.example/new" },
		{ "https://a.example/new", "https://a.example/new" },
		{ "http://a.example:8080/new", "http://a.example:8080/new" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(cases); i++) {
		char *head = g_strdup_printf("HTTP/1.1 301 Moved\r\nLocation: %s\r\n\r\n"
		                             "HTTP/1.1 200 OK\r\n\r\n",
		                             cases[i].location);
		struct sw_fetch_result *r = fetch_result_from_response(
		        "http://user:pw@a.example/old", head, strlen(head), "<rss/>", 6);

		assert_non_null(r->permanent_redirect);
		if (strcmp(r->permanent_redirect, cases[i].moved))
			fail_msg("Location %s: moved to %s, not %s", cases[i].location,
			         r->permanent_redirect, cases[i].moved);
		fetch_result_free(r);
		g_free(head);
	}
}

static void
test_unsupported_scheme(void **state)
{
	struct fetcher *f = fetch_new(1, 1, "storywatch/test");
	struct sw_fetch_request req = { "ftp://127.0.0.1/feed", NULL, NULL };
	struct got g;
	struct sw_fetch_result *r;

	(void)state;
	got_init(&g, 1);
	fetch_start(f, &req, on_done, &g);
	got_run(&g);
	r = g.results->pdata[0];
	assert_int_equal(r->status, 0);
	assert_non_null(strstr(r->error, "unsupported scheme"));
	got_clear(&g);
	fetch_free(f);
}

/* A file: URL that is no regular file is refused, not read: curl's
 * blocking open() of a FIFO without a writer would stop the loop (the
 * alarm ends the test then).  The feed after it is read as usual. */
static void
test_not_a_regular_file(void **state)
{
	struct fetcher *f = fetch_new(1, 1, "storywatch/test");
	char *path = temp_file("feed.xml", 100, 'y');
	char *dir = g_path_get_dirname(path);
	char *fifo = g_build_filename(dir, "fifo", NULL);
	char *url = g_filename_to_uri(path, NULL, NULL), *furl, *durl;
	struct sw_fetch_request fr, dr, ok = { url, NULL, NULL };
	struct got g;

	(void)state;
	assert_int_equal(mkfifo(fifo, 0600), 0);
	furl = g_filename_to_uri(fifo, NULL, NULL);
	durl = g_filename_to_uri(dir, NULL, NULL);
	fr = (struct sw_fetch_request){ furl, NULL, NULL };
	dr = (struct sw_fetch_request){ durl, NULL, NULL };
	got_init(&g, 3);
	alarm(20);
	fetch_start(f, &fr, on_done, &g);
	fetch_start(f, &dr, on_done, &g);
	fetch_start(f, &ok, on_done, &g);
	got_run(&g);
	alarm(0);
	assert_int_equal(fetch_pending(f), 0);
	for (guint i = 0; i < g.results->len; i++) {
		struct sw_fetch_result *r = g.results->pdata[i];

		if (!strcmp(r->url, url)) {
			assert_null(r->error);
			assert_int_equal(r->len, 100);
		} else {
			assert_int_equal(r->status, 0);
			assert_string_equal(r->error, "file: not a regular file");
			assert_null(r->body);
		}
	}
	got_clear(&g);
	fetch_free(f);
	g_unlink(fifo);
	g_free(fifo);
	g_free(furl);
	g_free(durl);
	g_free(dir);
	g_free(url);
	temp_remove(path);
}

/* A feed file that is not there (or not readable) is an error that says
 * why ("file: No such file or directory"): curl's "Couldn't open file
 * PATH" did not. */
static void
test_file_missing(void **state)
{
	struct fetcher *f = fetch_new(1, 1, "storywatch/test");
	char *path = temp_file("feed.xml", 10, 'y');
	char *dir = g_path_get_dirname(path);
	char *gone = g_build_filename(dir, "no-such-feed.xml", NULL);
	char *url = g_filename_to_uri(gone, NULL, NULL);
	char *want = g_strdup_printf("file: %s", g_strerror(ENOENT));
	struct sw_fetch_request req = { url, NULL, NULL };
	struct sw_fetch_result *r;
	struct got g;

	(void)state;
	got_init(&g, 1);
	alarm(20);
	fetch_start(f, &req, on_done, &g);
	got_run(&g);
	alarm(0);
	r = g.results->pdata[0];
	assert_int_equal(r->status, 0);
	assert_null(r->body);
	assert_string_equal(r->error, want);
	got_clear(&g);
	fetch_free(f);
	g_free(want);
	g_free(url);
	g_free(gone);
	g_free(dir);
	temp_remove(path);
}

/* The body digest: the same bytes give the same digest; any one byte
 * changed (anywhere, in a whole word or in the tail), a zero byte added
 * or a byte cut gives another; the digests of all those variants differ
 * from each other too, and from those of the same bytes under other
 * keys (any bit of either word of the key). */
static void
test_body_hash(void **state)
{
	const guint64 key[2] = { G_GUINT64_CONSTANT(0x0123456789abcdef),
		                 G_GUINT64_CONSTANT(0xfedcba9876543210) };
	char body[1003];
	GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	char *h0, *h;
	gsize i;

	(void)state;
	for (i = 0; i < sizeof(body); i++)
		body[i] = (char)('a' + i % 23);
	h0 = fetch_body_hash(body, sizeof(body), key);
	assert_int_equal(strlen(h0), 35);
	assert_true(g_str_has_prefix(h0, "h2:"));
	for (i = 3; i < 35; i++)
		assert_true(g_ascii_isxdigit(h0[i]));
	h = fetch_body_hash(body, sizeof(body), key);
	assert_string_equal(h, h0);
	g_free(h);
	g_hash_table_add(seen, g_strdup(h0));
	for (i = 0; i < sizeof(body); i++) {
		char was = body[i];

		body[i] ^= 1;
		h = fetch_body_hash(body, sizeof(body), key);
		assert_false(g_hash_table_contains(seen, h));
		g_hash_table_add(seen, h);
		body[i] = was;
	}
	for (i = 0; i < sizeof(body); i++) {
		h = fetch_body_hash(body, i, key); /* every prefix */
		assert_false(g_hash_table_contains(seen, h));
		g_hash_table_add(seen, h);
	}
	{
		char zero[sizeof(body) + 1];

		memcpy(zero, body, sizeof(body));
		zero[sizeof(body)] = '\0';
		h = fetch_body_hash(zero, sizeof(zero), key);
		assert_false(g_hash_table_contains(seen, h));
		g_free(h);
	}
	for (i = 0; i < 128; i++) {
		guint64 other[2] = { key[0], key[1] };

		other[i / 64] ^= G_GUINT64_CONSTANT(1) << (i % 64);
		h = fetch_body_hash(body, sizeof(body), other);
		assert_false(g_hash_table_contains(seen, h));
		g_hash_table_add(seen, h);
	}
	g_free(h0);
	g_hash_table_destroy(seen);
}

/* Route tables as /proc/net shows them: only an up default route that is
 * not a reject route on lo counts; with no table to read, online. */
static void
test_have_route(void **state)
{
	static const char v4_head[] = "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\t"
	                              "Mask\t\tMTU\tWindow\tIRTT\n";
	static const char v4_lan[] =
	        "wlan0\t0002A8C0\t00000000\t0001\t0\t0\t600\t00FFFFFF\t0\t0\t0\n";
	static const char v4_default[] = "wlan0\t00000000\t0102A8C0\t0003\t0\t0\t600\t00000000\t0"
	                                 "\t0\t0\n";
	static const char v4_default_down[] = "wlan0\t00000000\t0102A8C0\t0002\t0\t0\t600\t"
	                                      "00000000\t0\t0\t0\n";
	static const char v6_reject[] = "00000000000000000000000000000000 00 "
	                                "00000000000000000000000000000000 00 "
	                                "00000000000000000000000000000000 ffffffff 00000001 "
	                                "00000000 00200200       lo\n";
	static const char v6_link[] = "fe800000000000000000000000000000 40 "
	                              "00000000000000000000000000000000 00 "
	                              "00000000000000000000000000000000 00000100 00000001 "
	                              "00000000 00000001    wlan0\n";
	static const char v6_default[] = "00000000000000000000000000000000 00 "
	                                 "00000000000000000000000000000000 00 "
	                                 "fe800000000000000000000000000001 00000400 00000003 "
	                                 "00000000 00000003    wlan0\n";
	char *dir = g_dir_make_tmp("swroute-XXXXXX", NULL);
	char *v4 = g_build_filename(dir, "route", NULL);
	char *v6 = g_build_filename(dir, "ipv6_route", NULL);
	char *both = g_strconcat(v4, ":", v6, NULL);
	char *text;

	(void)state;
	g_setenv("SW_ROUTE_FILES", both, TRUE);
	/* neither file there: nothing to go by */
	assert_true(fetch_have_route());
	/* a LAN route, a link-local one, the reject route of no IPv6 */
	text = g_strconcat(v4_head, v4_lan, v4_default_down, NULL);
	assert_true(g_file_set_contents(v4, text, -1, NULL));
	g_free(text);
	text = g_strconcat(v6_link, v6_reject, NULL);
	assert_true(g_file_set_contents(v6, text, -1, NULL));
	g_free(text);
	assert_false(fetch_have_route());
	/* an IPv4 default route */
	text = g_strconcat(v4_head, v4_lan, v4_default, NULL);
	assert_true(g_file_set_contents(v4, text, -1, NULL));
	g_free(text);
	assert_true(fetch_have_route());
	/* an IPv6 one only */
	assert_true(g_file_set_contents(v4, v4_head, -1, NULL));
	text = g_strconcat(v6_link, v6_default, NULL);
	assert_true(g_file_set_contents(v6, text, -1, NULL));
	g_free(text);
	assert_true(fetch_have_route());
	g_unsetenv("SW_ROUTE_FILES");
	g_unlink(v4);
	g_unlink(v6);
	g_rmdir(dir);
	g_free(both);
	g_free(v4);
	g_free(v6);
	g_free(dir);
}

/* The addresses a redirect from a public one may not lead to. */
static void
test_addr_is_local(void **state)
{
	static const char *const local[] = {
		"127.0.0.1",
		"127.255.0.9",
		"10.1.2.3",
		"172.16.0.1",
		"172.31.255.255",
		"192.168.1.1",
		"169.254.9.9",
		"100.64.0.1",
		"100.127.1.1",
		"0.0.0.0",
		"198.18.0.1",
		"224.0.0.1",
		"255.255.255.255",
		"::1",
		"::",
		"fc00::1",
		"fd12:3456::1",
		"fe80::1",
		"fec0::1",
		"ff02::1",
		"::ffff:127.0.0.1",
		"::ffff:192.168.0.1",
		/* an IPv4 address carried in an IPv6 one is judged as itself:
		 * NAT64's well-known prefix, 6to4, IPv4-compatible */
		"64:ff9b::127.0.0.1",
		"64:ff9b::a9fe:a9fe",
		"2002:7f00:1::",
		"2002:c0a8:101:5::1",
		"::127.0.0.1",
		"::10.0.0.1",
	};
	static const char *const public[] = {
		"8.8.8.8",
		"172.15.255.255",
		"172.32.0.1",
		"192.169.0.1",
		"100.63.255.255",
		"100.128.0.1",
		"169.253.1.1",
		"198.20.0.1",
		"11.0.0.1",
		"2001:db8::1",
		"2a00:1450::1",
		"::ffff:8.8.8.8",
		"fe7f::1",
		"not an address",
		"",
		"64:ff9b::8.8.8.8",
		"2002:808:808::1",
		"::8.8.8.8",
		/* where an operator's local-use NAT64 prefix (RFC 8215) puts the
		 * IPv4 address is its own choice; Teredo's client address is a
		 * NAT's public one, reached over UDP, never a local service */
		"64:ff9b:1::7f00:1",
		"2001:0:4136:e378:8000:63bf:80ff:fffe",
	};
	size_t i;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(local); i++) {
		if (!fetch_addr_is_local(local[i]))
			fail_msg("%s taken for public", local[i]);
	}
	for (i = 0; i < G_N_ELEMENTS(public); i++) {
		if (fetch_addr_is_local(public[i]))
			fail_msg("%s taken for local", public[i]);
	}
	g_setenv("SW_PUBLIC_ADDR", "127.0.0.2", TRUE);
	assert_false(fetch_addr_is_local("127.0.0.2"));
	assert_true(fetch_addr_is_local("127.0.0.1"));
	g_unsetenv("SW_PUBLIC_ADDR");
	assert_true(fetch_addr_is_local("127.0.0.2"));
}

/* fetch_local_destination(url, ip) is want (NULL: public) */
static void
check_destination(const char *url, const char *ip, const char *want)
{
	char *w = fetch_local_destination(url, ip);

	if (g_strcmp0(w, want) != 0)
		fail_msg("%s on %s: %s, not %s", url, ip ? ip : "-", w ? w : "public",
		         want ? want : "public");
	g_free(w);
}

/* Where a request goes: by the URL's host when that is local by itself,
 * else by the address connected to, unless a proxy of the environment
 * carries the request (its address is the proxy's). */
static void
test_local_destination(void **state)
{
	static const char *const proxy_vars[] = { "http_proxy",  "HTTP_PROXY", "https_proxy",
		                                  "HTTPS_PROXY", "all_proxy",  "ALL_PROXY",
		                                  "no_proxy",    "NO_PROXY" };
	static const struct {
		const char *url, *ip, *want;
	} cases[] = {
		{ "http://127.0.0.1:8080/feed", "127.0.0.1", "127.0.0.1" },
		{ "http://2130706433/", NULL, "127.0.0.1" },
		{ "http://127.1/", NULL, "127.0.0.1" },
		{ "http://0/", NULL, "0.0.0.0" },
		{ "http://[::1]:8080/", NULL, "::1" },
		{ "http://[::ffff:192.168.0.1]/", NULL, "::ffff:192.168.0.1" },
		{ "http://[64:ff9b::127.0.0.1]/", NULL, "64:ff9b::7f00:1" },
		{ "http://[2002:7f00:1::]/", NULL, "2002:7f00:1::" },
		{ "http://news.example/", "64:ff9b::c0a8:101", "64:ff9b::c0a8:101" },
		{ "http://news.example/", "64:ff9b::5db8:d70e", NULL },
		{ "http://LOCALHOST./x", NULL, "localhost" },
		{ "http://cups.localhost/", NULL, "cups.localhost" },
		{ "http://router.example/", "192.168.1.1", "192.168.1.1" },
		{ "http://news.example/", "93.184.215.14", NULL },
		{ "http://localhost.example/", "93.184.215.14", NULL },
		{ "http://10.0.0.1.nip.io/", "93.184.215.14", NULL },
	};
	size_t i;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(proxy_vars); i++)
		g_unsetenv(proxy_vars[i]);
	for (i = 0; i < G_N_ELEMENTS(cases); i++)
		check_destination(cases[i].url, cases[i].ip, cases[i].want);
	/* through a local proxy: the host decides */
	g_setenv("http_proxy", "http://127.0.0.1:3128", TRUE);
	check_destination("http://news.example/", "127.0.0.1", NULL);
	check_destination("http://192.168.1.1/", "127.0.0.1", "192.168.1.1");
	/* http_proxy is for http only (curl reads no HTTP_PROXY) */
	check_destination("https://news.example/", "10.0.0.8", "10.0.0.8");
	g_unsetenv("http_proxy");
	g_setenv("HTTP_PROXY", "http://127.0.0.1:3128", TRUE);
	check_destination("http://news.example/", "10.0.0.8", "10.0.0.8");
	g_unsetenv("HTTP_PROXY");
	g_setenv("HTTPS_PROXY", "http://10.0.0.8:3128", TRUE);
	check_destination("https://news.example/", "10.0.0.8", NULL);
	g_unsetenv("HTTPS_PROXY");
	g_setenv("all_proxy", "socks5://127.0.0.1:1080", TRUE);
	check_destination("https://news.example/", "127.0.0.1", NULL);
	/* a name no_proxy exempts is asked directly: its address counts */
	g_setenv("http_proxy", "http://10.0.0.8:3128", TRUE);
	g_setenv("no_proxy", "localhost, .corp.example,other.example", TRUE);
	check_destination("http://intranet.corp.example/", "10.1.2.3", "10.1.2.3");
	check_destination("http://OTHER.example./", "10.1.2.3", "10.1.2.3");
	check_destination("http://notcorp.example/", "10.0.0.8", NULL);
	check_destination("http://corp.example.evil/", "10.0.0.8", NULL);
	g_setenv("no_proxy", "*", TRUE);
	check_destination("http://news.example/", "10.1.2.3", "10.1.2.3");
	g_unsetenv("no_proxy");
	g_setenv("NO_PROXY", "corp.example", TRUE);
	check_destination("http://a.corp.example/", "10.1.2.3", "10.1.2.3");
	/* an empty no_proxy is no no_proxy: curl reads NO_PROXY then */
	g_setenv("no_proxy", "", TRUE);
	check_destination("http://a.corp.example/", "10.1.2.3", "10.1.2.3");
	g_unsetenv("no_proxy");
	g_unsetenv("NO_PROXY");
	/* an entry's dot at the end, as at the start, is dropped */
	g_setenv("no_proxy", "corp.example., .other.example.", TRUE);
	check_destination("http://a.corp.example/", "10.1.2.3", "10.1.2.3");
	check_destination("http://other.example/", "10.1.2.3", "10.1.2.3");
	check_destination("http://news.example/", "10.0.0.8", NULL);
	g_unsetenv("no_proxy");
	g_unsetenv("http_proxy");
	/* not a URL: nothing known */
	check_destination("not a url", NULL, NULL);
}

/* Whether v, an IPv4 address, is in a range fetch_addr_is_local() takes
 * for local: the same ranges as prefixes, written apart from it. */
static gboolean
v4_local_ref(guint32 v)
{
	static const struct {
		guint32 net;
		int len;
	} nets[] = {
		{ 0x00000000, 8 },  { 0x0a000000, 8 },  { 0x7f000000, 8 },
		{ 0x64400000, 10 }, { 0xa9fe0000, 16 }, { 0xac100000, 12 },
		{ 0xc0a80000, 16 }, { 0xc6120000, 15 }, { 0xe0000000, 3 },
	};
	size_t i;

	for (i = 0; i < G_N_ELEMENTS(nets); i++)
		if ((v ^ nets[i].net) >> (32 - nets[i].len) == 0)
			return TRUE;
	return FALSE;
}

/* The same verdict whatever the form of the address: each IPv4 /16 at
 * both ends and inside, dotted and as the IPv6 it is mapped to (short,
 * long, hex, upper case), or that carry it (NAT64, 6to4 with a subnet
 * and a host, IPv4-compatible); each IPv6 first word, short and long.  A form
 * that is no numeric address (the short IPv4 forms a URL may hold, a
 * zone, brackets, a port) gets no judgement: libcurl names the address
 * it connected to in full. */
static void
test_addr_is_local_forms(void **state)
{
	static const guint16 ends[][2] = { { 0, 0 }, { 255, 255 }, { 1, 2 } };
	static const char *const no_address[] = {
		"127.1",      "0x7f.0.0.1",   "2130706433", "0177.0.0.1", " 127.0.0.1",
		"127.0.0.1 ", "127.0.0.1:80", "[::1]",      "::1%lo",     "::ffff:127.1",
		"1.2.3.4.5",  "256.0.0.1",    ":::1",       "1::2::3",    "127.0.0.1/8",
	};
	char s[64];
	guint32 a, b, w;
	size_t i, k;

	(void)state;
	for (a = 0; a < 256; a++) {
		for (b = 0; b < 256; b++) {
			for (k = 0; k < G_N_ELEMENTS(ends); k++) {
				guint32 c = ends[k][0], d = ends[k][1];
				guint32 v = a << 24 | b << 16 | c << 8 | d;
				gboolean want = v4_local_ref(v);
				g_snprintf(s, sizeof(s), "%u.%u.%u.%u", a, b, c, d);
				if (fetch_addr_is_local(s) != want)
					fail_msg("%s taken for %s", s, want ? "public" : "local");
				g_snprintf(s, sizeof(s), "::ffff:%u.%u.%u.%u", a, b, c, d);
				if (fetch_addr_is_local(s) != want)
					fail_msg("%s taken for %s", s, want ? "public" : "local");
				g_snprintf(s, sizeof(s), "0:0:0:0:0:FFFF:%u.%u.%u.%u", a, b, c, d);
				if (fetch_addr_is_local(s) != want)
					fail_msg("%s taken for %s", s, want ? "public" : "local");
				g_snprintf(s, sizeof(s), "::ffff:%x:%x", v >> 16, v & 0xffff);
				if (fetch_addr_is_local(s) != want)
					fail_msg("%s taken for %s", s, want ? "public" : "local");
				g_snprintf(s, sizeof(s), "0000:0000:0000:0000:0000:ffff:%04X:%04X",
				           v >> 16, v & 0xffff);
				if (fetch_addr_is_local(s) != want)
					fail_msg("%s taken for %s", s, want ? "public" : "local");
				g_snprintf(s, sizeof(s), "64:ff9b::%u.%u.%u.%u", a, b, c, d);
				if (fetch_addr_is_local(s) != want)
					fail_msg("%s taken for %s", s, want ? "public" : "local");
				g_snprintf(s, sizeof(s), "0064:FF9B:0:0:0:0:%x:%x", v >> 16,
				           v & 0xffff);
				if (fetch_addr_is_local(s) != want)
					fail_msg("%s taken for %s", s, want ? "public" : "local");
				g_snprintf(s, sizeof(s), "2002:%x:%x:5::1", v >> 16, v & 0xffff);
				if (fetch_addr_is_local(s) != want)
					fail_msg("%s taken for %s", s, want ? "public" : "local");
				g_snprintf(s, sizeof(s), "::%u.%u.%u.%u", a, b, c, d);
				if (fetch_addr_is_local(s) != want)
					fail_msg("%s taken for %s", s, want ? "public" : "local");
			}
		}
	}
	for (w = 0; w < 0x10000; w++) {
		/* fc00::/7, fe80::/10 and fec0::/10, ff00::/8; ::1 and ::
		 * apart (the first word 0 here is neither); 2002::/16 is 6to4,
		 * here of 0.1.0.0 and of 255.255.255.255 */
		gboolean want = (w & 0xfe00) == 0xfc00 || (w & 0xff80) == 0xfe80 ||
		                (w & 0xff00) == 0xff00 || w == 0x2002;

		g_snprintf(s, sizeof(s), "%x:1::", w);
		if (fetch_addr_is_local(s) != want)
			fail_msg("%s taken for %s", s, want ? "public" : "local");
		g_snprintf(s, sizeof(s), "%04X:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF", w);
		if (fetch_addr_is_local(s) != want)
			fail_msg("%s taken for %s", s, want ? "public" : "local");
	}
	assert_true(fetch_addr_is_local("0:0:0:0:0:0:0:1"));
	assert_true(fetch_addr_is_local("0000:0000:0000:0000:0000:0000:0000:0000"));
	for (i = 0; i < G_N_ELEMENTS(no_address); i++) {
		if (fetch_addr_is_local(no_address[i]))
			fail_msg("'%s', no numeric address, judged local", no_address[i]);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_file_url),
		cmocka_unit_test(test_too_large),
		cmocka_unit_test(test_many_queued),
		cmocka_unit_test(test_abort),
		cmocka_unit_test(test_host_key),
		cmocka_unit_test(test_unsupported_scheme),
		cmocka_unit_test(test_body_hash),
		cmocka_unit_test(test_not_a_regular_file),
		cmocka_unit_test(test_file_missing),
		cmocka_unit_test(test_have_route),
		cmocka_unit_test(test_response_headers),
		cmocka_unit_test(test_moved_credentials),
		cmocka_unit_test(test_addr_is_local),
		cmocka_unit_test(test_addr_is_local_forms),
		cmocka_unit_test(test_local_destination),
	};

	log_init(SW_LOG_ERROR);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
