/*
 * fetch.c - see fetch.h.
 *
 * libcurl's multi socket interface on the GLib main loop: curl tells us
 * which fds to watch (sock_cb) and when to wake it (timer_cb); we answer
 * with curl_multi_socket_action() and collect CURLMSG_DONE.  Waiting
 * transfers sit in one queue per host:port; hosts with room take turns
 * (round robin) so one big site cannot starve the others.  Easy handles
 * are created only when a transfer starts, so a queue of thousands costs
 * a few strings each.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <curl/curl.h>
#include <glib-unix.h>
#ifdef HAVE_LIBSSH2
#include <libssh2.h>
#endif

#include "date.h"
#include "fetch.h"
#include "caps.h"
#include "log.h"

#define ACCEPT_HEADER                                                                              \
	"Accept: application/atom+xml, application/rss+xml, "                                      \
	"application/feed+json, application/json;q=0.9, application/xml;q=0.9, "                   \
	"text/xml;q=0.9, */*;q=0.8"

struct host {
	char *key;      /* "host:port", or "file:" */
	GQueue waiting; /* struct transfer * */
	int running;
	int limit;
	gboolean ready; /* in fetcher.ready */
};

/* What only a running transfer needs: allocated when it starts, so a
 * queue of thousands costs a few small structs. */
struct response {
	struct curl_slist *headers;
	GString *body;
	gboolean too_large;
	/* the response being read; reset at each status line */
	long status;
	char *reason;
	char *cur_url;
	char *h_etag, *h_last_modified, *h_content_type;
	char *h_retry_after, *h_cache_control, *h_expires, *h_date, *h_age;
	char *h_location;
	gboolean h_challenge;
	/* the redirect chain so far */
	gboolean chain_permanent; /* every hop so far was a 301/308 */
	int hops;
	char *permanent_redirect;
	/* the addresses connected to: whether the first was a public one,
	 * and the local one a later hop was refused (nullable) */
	int conns;
	gboolean first_public;
	char *refused_local;
	char errbuf[CURL_ERROR_SIZE];
};

struct transfer {
	struct fetcher *f;
	struct host *host;
	CURL *easy;
	fetch_done_fn done;
	void *userdata;
	char *url;
	char *etag;           /* (nullable) */
	char *last_modified;  /* (nullable) */
	struct response *rsp; /* NULL while queued */
	char *refused;        /* (nullable) why it is answered without a transfer */
};

struct sock {
	struct fetcher *f;
	curl_socket_t fd;
	guint source;
};

struct fetcher {
	CURLM *multi;
	guint timer;
	int max_total;
	int max_per_host;
	char *user_agent;
	long timeout_s;
	long connect_timeout_s;
	long low_speed_s;
	GHashTable *hosts;  /* key -> struct host * (owned) */
	GQueue ready;       /* struct host * with waiting work and room */
	GPtrArray *running; /* struct transfer * */
	guint queued;
	GHashTable *holds; /* host key -> gint64 * monotonic us: wait */
	GQueue deferred;   /* struct transfer * never started (held host) */
	guint deferred_idle;
};

static void check_done(struct fetcher *f);

/* Wall-clock now: $SW_NOW (tests) or the real time. */
static gint64
wall_now(void)
{
	const char *e = getenv("SW_NOW");
	char *end;
	gint64 v;

	if (e && *e) {
		v = g_ascii_strtoll(e, &end, 10);
		if (*end == '\0' && v > 0)
			return v;
	}
	return g_get_real_time() / G_USEC_PER_SEC;
}

static long
env_seconds(const char *name, long dflt)
{
	const char *e = getenv(name);
	char *end;
	gint64 v;

	if (!e || !*e)
		return dflt;
	v = g_ascii_strtoll(e, &end, 10);
	if (*end != '\0' || v <= 0 || v > 24 * 3600)
		return dflt;
	return (long)v;
}

/* (transfer full) base resolved against a relative or absolute ref, or
 * NULL when either is not a URL. */
static char *
resolve_url(const char *base, const char *ref)
{
	CURLU *u = curl_url();
	char *s = NULL, *out = NULL;

	if (!u)
		return NULL;
	if (curl_url_set(u, CURLUPART_URL, base, 0) != CURLUE_OK)
		goto out;
	if (curl_url_set(u, CURLUPART_URL, ref, 0) != CURLUE_OK)
		goto out;
	if (curl_url_get(u, CURLUPART_URL, &s, 0) != CURLUE_OK)
		goto out;
	out = g_strdup(s);
out:
	curl_free(s);
	curl_url_cleanup(u);
	return out;
}

char *
fetch_host_key(const char *url)
{
	CURLU *u = curl_url();
	char *scheme = NULL, *host = NULL, *port = NULL, *out = NULL;

	if (!u)
		return g_strdup(url);
	if (curl_url_set(u, CURLUPART_URL, url, CURLU_NON_SUPPORT_SCHEME) != CURLUE_OK)
		goto out;
	if (curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) != CURLUE_OK)
		goto out;
	if (g_ascii_strcasecmp(scheme, "file") == 0) {
		out = g_strdup("file:");
		goto out;
	}
	if (curl_url_get(u, CURLUPART_HOST, &host, 0) != CURLUE_OK)
		goto out;
	if (curl_url_get(u, CURLUPART_PORT, &port, CURLU_DEFAULT_PORT) != CURLUE_OK)
		goto out;
	out = g_strdup_printf("%s:%s", host, port);
	for (char *p = out; *p; p++)
		*p = g_ascii_tolower(*p);
out:
	curl_free(scheme);
	curl_free(host);
	curl_free(port);
	curl_url_cleanup(u);
	if (!out)
		out = g_strdup(url);
	return out;
}

char *
fetch_url_problem(const char *url)
{
	CURLU *u;
	CURLUcode rc;

	if (strpbrk(url, " \t"))
		return g_strdup("a blank cannot be part of a URL (write it %20)");
	u = curl_url();
	if (!u)
		return NULL;
	rc = curl_url_set(u, CURLUPART_URL, url, 0);
	curl_url_cleanup(u);
	if (rc == CURLUE_OK)
		return NULL;
	return g_strdup_printf("not a URL curl can fetch (%s)", curl_url_strerror(rc));
}

/* ---- body digest ---- */

/* One lane: h = mix(h ^ w) per 8-byte word, mix a bijection of 64 bits
 * (odd multiply, xorshift), so for the same prefix a different word
 * leaves a different state, and the same rest of the body keeps it
 * different. */
static inline guint64
lane(guint64 h, guint64 w, guint64 k)
{
	h = (h ^ w) * k;
	return h ^ (h >> 29);
}

static inline guint64
fmix(guint64 h)
{
	h ^= h >> 33;
	h *= G_GUINT64_CONSTANT(0xff51afd7ed558ccd);
	h ^= h >> 33;
	h *= G_GUINT64_CONSTANT(0xc4ceb9fe1a85ec53);
	return h ^ (h >> 33);
}

char *
fetch_body_hash(const char *body, gsize len, const guint64 key[2])
{
	/* odd multipliers of the key: the lanes' mixing depends on it too */
	const guint64 k1 = G_GUINT64_CONSTANT(0x9e3779b97f4a7c15) ^ (key[0] << 1);
	const guint64 k2 = G_GUINT64_CONSTANT(0xd6e8feb86659fd93) ^ (key[1] << 1);
	guint64 a = fmix(G_GUINT64_CONSTANT(0x243f6a8885a308d3) ^ key[1]) ^ len;
	guint64 b = fmix(G_GUINT64_CONSTANT(0x13198a2e03707344) ^ key[0]) ^ (len * k1);
	guint64 w;
	gsize i = 0;

	for (; i + 8 <= len; i += 8) {
		memcpy(&w, body + i, 8);
		a = lane(a, w, k1);
		b = lane(b, w, k2);
	}
	if (i < len) {
		w = 0;
		memcpy(&w, body + i, len - i);
		a = lane(a, w, k1);
		b = lane(b, w, k2);
	}
	a = fmix(a ^ b * k1);
	b = fmix(b ^ a);
	return g_strdup_printf("h2:%016" G_GINT64_MODIFIER "x%016" G_GINT64_MODIFIER "x", a, b);
}

/* ---- results ---- */

void
fetch_result_free(struct sw_fetch_result *res)
{
	if (!res)
		return;
	g_free(res->url);
	g_free(res->effective_url);
	g_free(res->body);
	g_free(res->content_type);
	g_free(res->etag);
	g_free(res->last_modified);
	g_free(res->error);
	g_free(res->permanent_redirect);
	g_free(res);
}

static struct sw_fetch_result *
result_new(const char *url)
{
	struct sw_fetch_result *res = g_new0(struct sw_fetch_result, 1);

	res->url = g_strdup(url);
	res->retry_after = -1;
	res->max_age = -1;
	return res;
}

/* An HTTP date, or -1. */
static gint64
http_date(const char *s)
{
	gint64 t;
	time_t ct;

	if (!s)
		return -1;
	if (date_parse_rfc822(s, &t) == 0)
		return t;
	ct = curl_getdate(s, NULL); /* RFC 850 and asctime() forms */
	if (ct == (time_t)-1)
		return -1;
	return (gint64)ct;
}

/* Digits only, or -1. */
static gint64
delta_seconds(const char *s)
{
	gint64 v = 0;

	if (!s || !*s)
		return -1;
	for (; *s; s++) {
		if (!g_ascii_isdigit(*s))
			return -1;
		if (v < G_MAXINT32)
			v = v * 10 + (*s - '0');
	}
	return v;
}

/* The response's own clock, so an HTTP-date is read relative to the server
 * that wrote it rather than to our clock. */
static gint64
response_now(const struct transfer *t)
{
	gint64 d = http_date(t->rsp->h_date);

	return d >= 0 ? d : wall_now();
}

static gint64
parse_retry_after(const struct transfer *t)
{
	gint64 v, d;

	if (!t->rsp->h_retry_after)
		return -1;
	v = delta_seconds(t->rsp->h_retry_after);
	if (v < 0) {
		d = http_date(t->rsp->h_retry_after);
		if (d < 0)
			return -1;
		v = d - response_now(t);
		if (v < 0)
			v = 0;
	}
	return MIN(v, (gint64)SW_BACKOFF_MAX);
}

/* Freshness lifetime left: Cache-Control max-age minus Age, else Expires
 * minus Date.  -1 when the response gives none (or forbids caching). */
static gint64
parse_max_age(const struct transfer *t)
{
	gint64 v = -1, age, exp;
	char **parts;

	if (t->rsp->h_cache_control) {
		parts = g_strsplit(t->rsp->h_cache_control, ",", 0);
		for (int i = 0; parts[i]; i++) {
			char *p = g_strstrip(parts[i]);

			if (g_ascii_strcasecmp(p, "no-cache") == 0 ||
			    g_ascii_strcasecmp(p, "no-store") == 0) {
				g_strfreev(parts);
				return -1;
			}
			if (g_ascii_strncasecmp(p, "max-age=", 8) == 0) {
				p += 8;
				if (*p == '"')
					p++;
				v = g_ascii_strtoll(p, NULL, 10);
				if (v < 0)
					v = -1;
			}
		}
		g_strfreev(parts);
		if (v >= 0) {
			age = delta_seconds(t->rsp->h_age);
			if (age > 0)
				v = MAX(v - age, 0);
			return v;
		}
	}
	if (t->rsp->h_expires) {
		exp = http_date(t->rsp->h_expires);
		if (exp < 0)
			return -1; /* "0" and junk mean already expired */
		v = exp - response_now(t);
		return v > 0 ? v : -1;
	}
	return -1;
}

/* s less the " after 353 ms" curl writes into a failure to connect
 * ("Failed to connect to x port 443 after 353 ms: Couldn't connect to
 * server"): the time differs at each try, and a failure is reported when
 * its text changes (daemon.c), so a server that is down was reported at
 * every retry. */
static void
drop_elapsed(char *s)
{
	char *a = strstr(s, " after ");
	char *p;

	if (!a)
		return;
	for (p = a + 7; g_ascii_isdigit(*p); p++)
		;
	if (p > a + 7 && strncmp(p, " ms", 3) == 0)
		memmove(a, p + 3, strlen(p + 3) + 1);
}

static char *
curl_error_text(const struct transfer *t, CURLcode code)
{
	char detail[CURL_ERROR_SIZE];

	g_strlcpy(detail, t->rsp->errbuf[0] ? t->rsp->errbuf : curl_easy_strerror(code),
	          sizeof(detail));
	drop_elapsed(detail);

	switch (code) {
	case CURLE_OPERATION_TIMEDOUT:
		return g_strdup("timeout");
	case CURLE_FILESIZE_EXCEEDED:
		return g_strdup("too large");
	case CURLE_WRITE_ERROR:
		if (t->rsp->too_large)
			return g_strdup("too large");
		break;
	case CURLE_TOO_MANY_REDIRECTS:
		return g_strdup("too many redirects");
	case CURLE_ABORTED_BY_CALLBACK:
		if (t->rsp->refused_local)
			return g_strdup_printf("redirect to a local address refused: %s",
			                       t->rsp->refused_local);
		break;
	case CURLE_UNSUPPORTED_PROTOCOL:
		if (t->rsp->hops > 0 || t->rsp->h_location)
			return g_strdup("redirect to a refused scheme");
		/* curl says so too of an http(s) answer without a status line
		 * (HTTP/0.9: another service on that port) */
		if (g_ascii_strncasecmp(t->url, "http://", 7) == 0 ||
		    g_ascii_strncasecmp(t->url, "https://", 8) == 0)
			return g_strdup_printf("not an HTTP response: %s", detail);
		return g_strdup_printf("unsupported scheme: %s", detail);
	case CURLE_WEIRD_SERVER_REPLY:
		return g_strdup_printf("not an HTTP response: %s", detail);
	case CURLE_COULDNT_RESOLVE_HOST:
	case CURLE_COULDNT_RESOLVE_PROXY:
		return g_strdup_printf("DNS: %s", detail);
	case CURLE_COULDNT_CONNECT:
		return g_strdup_printf("connect: %s", detail);
	case CURLE_SSL_CONNECT_ERROR:
	case CURLE_PEER_FAILED_VERIFICATION:
	case CURLE_SSL_CERTPROBLEM:
	case CURLE_SSL_CIPHER:
	case CURLE_SSL_CACERT_BADFILE:
	case CURLE_SSL_ENGINE_NOTFOUND:
	case CURLE_SSL_ISSUER_ERROR:
	case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
	case CURLE_SSL_INVALIDCERTSTATUS:
		return g_strdup_printf("TLS: %s", detail);
	case CURLE_RECV_ERROR:
	case CURLE_SEND_ERROR:
	case CURLE_HTTP2:
	case CURLE_HTTP2_STREAM:
		return g_strdup_printf("connection reset: %s", detail);
	case CURLE_GOT_NOTHING:
		return g_strdup("connection reset: empty reply");
	case CURLE_PARTIAL_FILE:
		return g_strdup_printf("truncated: %s", detail);
	case CURLE_BAD_CONTENT_ENCODING:
		return g_strdup_printf("bad content encoding: %s", detail);
	case CURLE_FILE_COULDNT_READ_FILE:
		return g_strdup_printf("file: %s", detail);
	case CURLE_URL_MALFORMAT:
		return g_strdup_printf("bad URL: %s", detail);
	default:
		break;
	}
	return g_strdup(detail);
}

/* What a transfer that ended without a transport error says: its status,
 * what its headers ask for, its body (taken from t) or why there is none. */
static void
result_fill(struct sw_fetch_result *res, struct transfer *t, long status)
{
	if (status == 0) {
		/* file: (no status line) */
		res->status = 200;
	} else {
		res->status = status;
		res->content_type = g_strdup(t->rsp->h_content_type);
		res->etag = g_strdup(t->rsp->h_etag);
		res->last_modified = g_strdup(t->rsp->h_last_modified);
		res->retry_after = parse_retry_after(t);
		if (status == 200 || status == 203 || status == 304)
			res->max_age = parse_max_age(t);
		res->permanent_redirect = g_strdup(t->rsp->permanent_redirect);
		res->blocked = status == 403 && t->rsp->h_challenge;
	}
	if (res->status == 200 || res->status == 203) {
		/* 203: a 200 a proxy transformed.  The other 2xx carry no
		 * feed (204, 205) or not one we asked for (206 without a
		 * Range): an error, or a feed would stay "ok" unread */
		res->len = t->rsp->body->len;
		res->body = g_string_free(t->rsp->body, FALSE);
		t->rsp->body = NULL;
	} else if (res->status != 304) {
		const char *what = res->status >= 200 && res->status < 300
		                           ? ": not an answer with a feed"
		                           : "";

		if (res->blocked)
			res->error = g_strdup("blocked: HTTP 403 Cloudflare challenge");
		else if (t->rsp->reason && *t->rsp->reason)
			res->error =
			        g_strdup_printf("HTTP %ld %s%s", res->status, t->rsp->reason, what);
		else
			res->error = g_strdup_printf("HTTP %ld%s", res->status, what);
	}
}

static struct sw_fetch_result *
result_build(struct transfer *t, CURLcode code)
{
	struct sw_fetch_result *res = result_new(t->url);
	char *eff = NULL;
	long status = 0;

	curl_easy_getinfo(t->easy, CURLINFO_EFFECTIVE_URL, &eff);
	res->effective_url = g_strdup(eff ? eff : t->url);
	if (code != CURLE_OK) {
		res->error = curl_error_text(t, code);
		res->unreachable = code == CURLE_COULDNT_RESOLVE_HOST ||
		                   code == CURLE_COULDNT_RESOLVE_PROXY ||
		                   code == CURLE_COULDNT_CONNECT;
		return res;
	}
	curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &status);
	result_fill(res, t, status);
	return res;
}

/* ---- curl callbacks for one transfer ---- */

static size_t
on_body(char *data, size_t size, size_t n, void *ud)
{
	struct transfer *t = ud;
	size_t len = size * n;

	if (t->rsp->body->len + len > SW_MAX_BODY) {
		t->rsp->too_large = TRUE;
		return 0;
	}
	g_string_append_len(t->rsp->body, data, len);
	return len;
}

static void
response_reset(struct transfer *t)
{
	g_clear_pointer(&t->rsp->reason, g_free);
	g_clear_pointer(&t->rsp->h_etag, g_free);
	g_clear_pointer(&t->rsp->h_last_modified, g_free);
	g_clear_pointer(&t->rsp->h_content_type, g_free);
	g_clear_pointer(&t->rsp->h_retry_after, g_free);
	g_clear_pointer(&t->rsp->h_cache_control, g_free);
	g_clear_pointer(&t->rsp->h_expires, g_free);
	g_clear_pointer(&t->rsp->h_date, g_free);
	g_clear_pointer(&t->rsp->h_age, g_free);
	g_clear_pointer(&t->rsp->h_location, g_free);
	t->rsp->h_challenge = FALSE;
}

/* (transfer full) to, with the user and password of from when it names
 * none of its own and is on from's scheme, host and port: there curl
 * sends from's credentials on a redirect, so a feed moved there must
 * keep them (moved without, it was asked without them: 401 for good). */
static char *
moved_url(const char *from, const char *to)
{
	CURLU *f = curl_url(), *u = curl_url();
	char *user = NULL, *pass = NULL, *own = NULL, *fs = NULL, *us = NULL;
	char *fk = NULL, *uk = NULL, *s = NULL, *out = NULL;

	if (!f || !u || curl_url_set(f, CURLUPART_URL, from, 0) != CURLUE_OK ||
	    curl_url_set(u, CURLUPART_URL, to, 0) != CURLUE_OK ||
	    curl_url_get(f, CURLUPART_USER, &user, 0) != CURLUE_OK ||
	    curl_url_get(u, CURLUPART_USER, &own, 0) == CURLUE_OK ||
	    curl_url_get(f, CURLUPART_SCHEME, &fs, 0) != CURLUE_OK ||
	    curl_url_get(u, CURLUPART_SCHEME, &us, 0) != CURLUE_OK ||
	    g_ascii_strcasecmp(fs, us) != 0)
		goto out;
	fk = fetch_host_key(from);
	uk = fetch_host_key(to);
	if (strcmp(fk, uk) != 0)
		goto out;
	/* as curl_url_get() gave them, URL-encoded: set as they are */
	if (curl_url_set(u, CURLUPART_USER, user, 0) != CURLUE_OK)
		goto out;
	if (curl_url_get(f, CURLUPART_PASSWORD, &pass, 0) == CURLUE_OK &&
	    curl_url_set(u, CURLUPART_PASSWORD, pass, 0) != CURLUE_OK)
		goto out;
	if (curl_url_get(u, CURLUPART_URL, &s, 0) == CURLUE_OK)
		out = g_strdup(s);
out:
	curl_free(user);
	curl_free(pass);
	curl_free(own);
	curl_free(fs);
	curl_free(us);
	curl_free(s);
	g_free(fk);
	g_free(uk);
	curl_url_cleanup(f);
	curl_url_cleanup(u);
	return out ? out : g_strdup(to);
}

/* A new status line: the previous response, if it was a redirect, is the
 * hop we are now following. */
static void
on_status_line(struct transfer *t, const char *line)
{
	const char *p = strchr(line, ' ');
	long st;
	char *next;

	if (!p)
		return;
	st = strtol(p + 1, NULL, 10);
	if (st < 200 && st >= 100)
		return; /* 100 Continue and friends */
	if (t->rsp->status >= 300 && t->rsp->status < 400 && t->rsp->h_location) {
		next = resolve_url(t->rsp->cur_url, t->rsp->h_location);
		if (next) {
			gboolean perm = t->rsp->status == 301 || t->rsp->status == 308;

			if (perm && t->rsp->chain_permanent) {
				g_free(t->rsp->permanent_redirect);
				t->rsp->permanent_redirect = moved_url(t->url, next);
			} else {
				t->rsp->chain_permanent = FALSE;
			}
			g_free(t->rsp->cur_url);
			t->rsp->cur_url = next;
			t->rsp->hops++;
		}
	}
	response_reset(t);
	t->rsp->status = st;
	p = strchr(p + 1, ' ');
	t->rsp->reason = g_strdup(p ? p + 1 : "");
}

/* The response headers kept, sorted by name for bsearch. */
struct kept_header {
	const char *name;
	size_t off; /* of the char * in struct response */
};

static const struct kept_header kept_headers[] = {
	{ "age", offsetof(struct response, h_age) },
	{ "cache-control", offsetof(struct response, h_cache_control) },
	{ "content-type", offsetof(struct response, h_content_type) },
	{ "date", offsetof(struct response, h_date) },
	{ "etag", offsetof(struct response, h_etag) },
	{ "expires", offsetof(struct response, h_expires) },
	{ "last-modified", offsetof(struct response, h_last_modified) },
	{ "location", offsetof(struct response, h_location) },
	{ "retry-after", offsetof(struct response, h_retry_after) },
};

static int
cmp_header(const void *key, const void *elem)
{
	return g_ascii_strcasecmp(key, *(const char *const *)elem);
}

static size_t
on_header(char *data, size_t size, size_t n, void *ud)
{
	struct transfer *t = ud;
	size_t len = size * n;
	char *line, *colon, *name, *value;
	const struct kept_header *kh;

	/* a longer line is ignored, not fatal; but a status line is read
	 * (its start: a reason phrase may be of any length), or every header
	 * after it would be taken for a file: pseudo header */
	if (len > SW_MAX_HEADER && (len < 5 || g_ascii_strncasecmp(data, "HTTP/", 5) != 0))
		return len;
	line = g_strndup(data, MIN(len, (size_t)SW_MAX_HEADER));
	g_strchomp(line);
	if (g_ascii_strncasecmp(line, "HTTP/", 5) == 0) {
		on_status_line(t, line);
		goto out;
	}
	if (t->rsp->status == 0)
		goto out; /* file: pseudo headers */
	colon = strchr(line, ':');
	if (!colon)
		goto out;
	*colon = '\0';
	name = g_strstrip(line);
	value = g_strstrip(colon + 1);
	if (g_ascii_strcasecmp(name, "cf-mitigated") == 0) {
		t->rsp->h_challenge = g_ascii_strcasecmp(value, "challenge") == 0;
		goto out;
	}
	kh = bsearch(name, kept_headers, G_N_ELEMENTS(kept_headers), sizeof(kept_headers[0]),
	             cmp_header);
	if (kh) {
		char **slot = (char **)((char *)t->rsp + kh->off);

		g_free(*slot);
		*slot = g_strdup(value);
	}
out:
	g_free(line);
	return len;
}

/* ---- transfers ---- */

static void
transfer_free(struct transfer *t)
{
	if (!t)
		return;
	if (t->easy)
		curl_easy_cleanup(t->easy);
	g_free(t->url);
	g_free(t->etag);
	g_free(t->last_modified);
	g_free(t->refused);
	if (t->rsp) {
		curl_slist_free_all(t->rsp->headers);
		if (t->rsp->body)
			g_string_free(t->rsp->body, TRUE);
		response_reset(t);
		g_free(t->rsp->cur_url);
		g_free(t->rsp->permanent_redirect);
		g_free(t->rsp->refused_local);
		g_free(t->rsp);
	}
	g_free(t);
}

struct sw_fetch_result *
fetch_result_from_response(const char *url, const char *head, size_t head_len, const char *body,
                           size_t body_len)
{
	struct transfer *t = g_new0(struct transfer, 1);
	struct sw_fetch_result *res = result_new(url);
	const char *p = head, *end = head + head_len;

	t->url = g_strdup(url);
	t->rsp = g_new0(struct response, 1);
	t->rsp->body = g_string_new(NULL);
	t->rsp->cur_url = g_strdup(url);
	t->rsp->chain_permanent = TRUE;
	/* as libcurl hands them over: one line a call, its line end kept */
	while (p < end) {
		const char *nl = memchr(p, '\n', end - p);
		size_t n = nl ? (size_t)(nl + 1 - p) : (size_t)(end - p);

		on_header((char *)p, 1, n, t);
		p += n;
	}
	res->effective_url = g_strdup(t->rsp->cur_url);
	if (body_len && on_body((char *)body, 1, body_len, t) != body_len)
		res->error = g_strdup("too large");
	else
		result_fill(res, t, t->rsp->status);
	transfer_free(t);
	return res;
}

/* ---- where a redirect may lead ---- */

/* An IPv6 address that carries an IPv4 one is judged by that address: a
 * packet to it reaches that address, through this machine's own stack
 * (::ffff:a.b.c.d; the deprecated IPv4-compatible ::a.b.c.d, which also
 * makes :: and ::1 local), a NAT64 gateway (the well-known prefix
 * 64:ff9b::/96 of RFC 6052, which DNS64 gives every IPv4-only name, so a
 * public host stays public) or a 6to4 tunnel (2002:a.b.c.d::/48).  Not
 * the local-use NAT64 prefix 64:ff9b:1::/48 (RFC 8215), where the IPv4
 * address sits is the operator's choice, as in Chromium's local network
 * access; nor Teredo 2001::/32, whose client address is a NAT's public
 * one reached over UDP, never a local service. */
gboolean
fetch_addr_is_local(const char *ip)
{
	static const unsigned char v4mapped[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff };
	static const unsigned char nat64[12] = { 0, 0x64, 0xff, 0x9b };
	static const unsigned char v4compat[12];
	const char *pub = getenv("SW_PUBLIC_ADDR");
	unsigned char a[16];

	if (pub && *pub && g_strcmp0(ip, pub) == 0)
		return FALSE; /* tests: a loopback address standing for a public one */
	if (inet_pton(AF_INET6, ip, a) == 1) {
		if (a[0] == 0x20 && a[1] == 0x02)
			memmove(a, a + 2, 4); /* 6to4 */
		else if (memcmp(a, v4mapped, 12) == 0 || memcmp(a, nat64, 12) == 0 ||
		         memcmp(a, v4compat, 12) == 0)
			memmove(a, a + 12, 4);
		else
			return (a[0] & 0xfe) == 0xfc ||           /* fc00::/7, unique local */
			       (a[0] == 0xfe && (a[1] & 0x80)) || /* link and site local */
			       a[0] == 0xff;                      /* multicast */
	} else if (inet_pton(AF_INET, ip, a) != 1) {
		return FALSE; /* not an address: no judgement */
	}
	return a[0] == 0 || a[0] == 10 || a[0] == 127 ||
	       (a[0] == 100 && (a[1] & 0xc0) == 64) || /* 100.64/10, carrier NAT */
	       (a[0] == 169 && a[1] == 254) ||         /* link local */
	       (a[0] == 172 && (a[1] & 0xf0) == 16) || /* 172.16/12 */
	       (a[0] == 192 && a[1] == 168) ||
	       (a[0] == 198 && (a[1] & 0xfe) == 18) || /* 198.18/15 */
	       a[0] >= 224;                            /* multicast, reserved */
}

/* Whether no_proxy (else NO_PROXY) exempts the host name h (lower case),
 * as curl reads it: "*" alone, or an entry (comma or blank separated, a
 * '.' at its end and one at its start dropped) that is h or a domain h is
 * in.  Its addresses and ranges (curl 7.86) are not read: such a host is
 * taken for proxied.  curl takes an empty variable for an unset one, so
 * an empty no_proxy leaves NO_PROXY to be read. */
static gboolean
no_proxy_has(const char *h)
{
	const char *v = getenv("no_proxy");
	size_t hn = strlen(h);
	gboolean yes = FALSE;
	char **list;
	int i;

	if (!v || !*v)
		v = getenv("NO_PROXY");
	if (!v || !*v)
		return FALSE;
	if (strcmp(v, "*") == 0)
		return TRUE;
	list = g_strsplit_set(v, ", \t", -1);
	for (i = 0; list[i] && !yes; i++) {
		char *e = list[i];
		size_t en = strlen(e);

		if (en && e[en - 1] == '.') /* "corp.example." */
			e[--en] = '\0';
		if (en && e[0] == '.') /* ".corp.example" */
			e++, en--;
		yes = en > 0 && en <= hn && g_ascii_strcasecmp(h + hn - en, e) == 0 &&
		      (en == hn || h[hn - en - 1] == '.');
	}
	g_strfreev(list);
	return yes;
}

/* Whether curl sends a request for a URL of this scheme through a proxy
 * named by the environment, as it reads the variables: http_proxy (not
 * HTTP_PROXY), https_proxy or HTTPS_PROXY, else all_proxy or ALL_PROXY. */
static gboolean
proxy_from_env(const char *scheme)
{
	static const char *const any[] = { "all_proxy", "ALL_PROXY" };
	const char *v;
	size_t i;

	if (g_ascii_strcasecmp(scheme, "http") == 0) {
		v = getenv("http_proxy");
		if (v && *v)
			return TRUE;
	} else if (g_ascii_strcasecmp(scheme, "https") == 0) {
		v = getenv("https_proxy");
		if (!v || !*v)
			v = getenv("HTTPS_PROXY");
		if (v && *v)
			return TRUE;
	}
	for (i = 0; i < G_N_ELEMENTS(any); i++) {
		v = getenv(any[i]);
		if (v && *v)
			return TRUE;
	}
	return FALSE;
}

char *
fetch_local_destination(const char *url, const char *primary_ip)
{
	CURLU *u = curl_url();
	char *scheme = NULL, *host = NULL, *where = NULL;
	gboolean proxied = TRUE; /* in doubt, no judgement by an address */

	if (u && curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
	    curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK &&
	    curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK) {
		size_t n = strlen(host);
		char *h = g_ascii_strdown(host, n);

		if (n > 2 && h[0] == '[' && h[n - 1] == ']') { /* [::1] */
			h[n - 1] = '\0';
			memmove(h, h + 1, n - 1);
		} else if (n > 1 && h[n - 1] == '.') { /* localhost. */
			h[n - 1] = '\0';
		}
		/* curl writes 127.1 and 2130706433 as 127.0.0.1; a name
		 * localhost or *.localhost it resolves itself, to loopback */
		if (fetch_addr_is_local(h) || strcmp(h, "localhost") == 0 ||
		    g_str_has_suffix(h, ".localhost"))
			where = g_strdup(h);
		/* a name no_proxy exempts is asked directly: its address is
		 * its own (an office's intranet.corp.example) */
		proxied = proxy_from_env(scheme) && !no_proxy_has(h);
		g_free(h);
	}
	if (!where && !proxied && primary_ip && fetch_addr_is_local(primary_ip))
		where = g_strdup(primary_ip);
	curl_free(scheme);
	curl_free(host);
	curl_url_cleanup(u);
	return where;
}

/* Before each request of a transfer, on the connection it goes out on: a
 * feed on a public address may not send us to this machine or its network
 * (a router's page, a local service), however the Location names it.  A
 * feed the user put on a local address may redirect anywhere.  Through a
 * proxy the address connected to is the proxy's, which says nothing of
 * where the request goes: the URL's host is all there is to go by. */
static int
on_connected(void *ud, char *primary_ip, char *local_ip, int primary_port, int local_port)
{
	struct transfer *t = ud;
	char *url = NULL, *where;

	(void)local_ip;
	(void)primary_port;
	(void)local_port;
	curl_easy_getinfo(t->easy, CURLINFO_EFFECTIVE_URL, &url);
	if (!url)
		return CURL_PREREQFUNC_OK;
	where = fetch_local_destination(url, primary_ip);
	if (t->rsp->conns++ == 0) {
		t->rsp->first_public = !where;
		g_free(where);
		return CURL_PREREQFUNC_OK;
	}
	if (!t->rsp->first_public || !where) {
		g_free(where);
		return CURL_PREREQFUNC_OK;
	}
	g_free(t->rsp->refused_local);
	t->rsp->refused_local = g_strdup_printf("%s (%s)", url, where);
	g_free(where);
	return CURL_PREREQFUNC_ABORT;
}

/* A header value we send must not smuggle in a line break. */
static gboolean
header_safe(const char *v)
{
	return v && *v && strlen(v) < SW_MAX_HEADER && !strpbrk(v, "\r\n");
}

static void
transfer_begin(struct fetcher *f, struct transfer *t)
{
	CURL *e = curl_easy_init();
	CURLMcode mc;
	char *h;

	if (!e)
		fatalx("curl_easy_init failed");
	t->easy = e;
	t->rsp = g_new0(struct response, 1);
	/* 16 KiB: GString rounds room for len + 1 bytes up to a power of
	 * two, so asking for 16 KiB took 32 */
	t->rsp->body = g_string_sized_new(16 * 1024 - 1);
	t->rsp->cur_url = g_strdup(t->url);
	t->rsp->chain_permanent = TRUE;

	t->rsp->headers = curl_slist_append(t->rsp->headers, ACCEPT_HEADER);
	if (header_safe(t->etag)) {
		h = g_strdup_printf("If-None-Match: %s", t->etag);
		t->rsp->headers = curl_slist_append(t->rsp->headers, h);
		g_free(h);
	}
	if (header_safe(t->last_modified)) {
		h = g_strdup_printf("If-Modified-Since: %s", t->last_modified);
		t->rsp->headers = curl_slist_append(t->rsp->headers, h);
		g_free(h);
	}

	curl_easy_setopt(e, CURLOPT_URL, t->url);
	curl_easy_setopt(e, CURLOPT_PRIVATE, t);
	curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t->rsp->errbuf);
	curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(e, CURLOPT_WRITEDATA, t);
	curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(e, CURLOPT_HEADERDATA, t);
	curl_easy_setopt(e, CURLOPT_HTTPHEADER, t->rsp->headers);
	curl_easy_setopt(e, CURLOPT_USERAGENT, f->user_agent);
	curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https,file");
	curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(e, CURLOPT_MAXREDIRS, (long)SW_MAX_REDIRECTS);
	curl_easy_setopt(e, CURLOPT_PREREQFUNCTION, on_connected);
	curl_easy_setopt(e, CURLOPT_PREREQDATA, t);
	curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");
	curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)SW_MAX_BODY);
	curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT, f->connect_timeout_s);
	curl_easy_setopt(e, CURLOPT_TIMEOUT, f->timeout_s);
	curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, (long)SW_LOW_SPEED_BYTES);
	curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, f->low_speed_s);
	/* no CURLOPT_COOKIEFILE: the cookie engine stays off */

	t->host->running++;
	f->queued--;
	g_ptr_array_add(f->running, t);
	mc = curl_multi_add_handle(f->multi, e);
	if (mc != CURLM_OK)
		fatalx("curl_multi_add_handle: %s", curl_multi_strerror(mc));
}

static void
host_mark_ready(struct fetcher *f, struct host *h)
{
	if (!h->ready && h->waiting.length > 0 && h->running < h->limit) {
		h->ready = TRUE;
		g_queue_push_tail(&f->ready, h);
	}
}

static void
host_release(struct fetcher *f, struct host *h)
{
	if (h->running == 0 && h->waiting.length == 0 && !h->ready)
		g_hash_table_remove(f->hosts, h->key);
}

static void
host_free(gpointer p)
{
	struct host *h = p;

	g_free(h->key);
	g_free(h);
}

/* A 429, or a 503 with Retry-After, holds its host:port: what still waits
 * for it in this run is not sent (the callbacks get "deferred"). */
static void
host_hold(struct fetcher *f, const char *key, const struct sw_fetch_result *res)
{
	gint64 wait, *until;

	if (res->status != 429 && !(res->status == 503 && res->retry_after >= 0))
		return;
	wait = res->retry_after >= 0 ? res->retry_after : 60;
	until = g_new(gint64, 1);
	*until = g_get_monotonic_time() + wait * G_USEC_PER_SEC;
	g_hash_table_replace(f->holds, g_strdup(key), until);
}

static gboolean
host_held(struct fetcher *f, const char *key)
{
	gint64 *until = g_hash_table_lookup(f->holds, key);

	if (!until)
		return FALSE;
	if (*until > g_get_monotonic_time())
		return TRUE;
	g_hash_table_remove(f->holds, key);
	return FALSE;
}

static gboolean
deliver_deferred(gpointer ud)
{
	struct fetcher *f = ud;
	struct transfer *t;

	f->deferred_idle = 0;
	for (;;) {
		struct sw_fetch_result *res;

		t = g_queue_pop_head(&f->deferred);
		if (!t)
			break;
		res = result_new(t->url);
		res->effective_url = g_strdup(t->url);
		if (t->refused) {
			res->error = t->refused;
			t->refused = NULL;
			log_debug("fetch %s: %s", t->url, res->error);
		} else {
			res->error = g_strdup("deferred");
			log_debug("fetch %s: deferred, its host asked to wait", t->url);
		}
		t->done(res, t->userdata);
		transfer_free(t);
	}
	return G_SOURCE_REMOVE;
}

/* Why the file: URL must not or cannot be read, or NULL.  curl opens and
 * reads a local file with blocking calls on the main loop: a FIFO without
 * a writer, a terminal or a device would stop the daemon.  A file that is
 * not there or not readable is said so with its reason: curl's error
 * ("Couldn't open file PATH") gave none, and a feed file the user cannot
 * read looked like one that is missing. */
static char *
file_refusal(const char *url)
{
	char *path, *why = NULL;
	struct stat st;
	int fd;

	if (g_ascii_strncasecmp(url, "file:", 5) != 0)
		return NULL;
	path = g_filename_from_uri(url, NULL, NULL);
	if (!path)
		return NULL; /* curl says what is wrong with the URL */
	if (stat(path, &st) < 0) {
		why = g_strdup_printf("file: %s", g_strerror(errno));
	} else if (!S_ISREG(st.st_mode)) {
		why = g_strdup("file: not a regular file");
	} else {
		/* a regular file: open() does not block */
		fd = open(path, O_RDONLY | O_CLOEXEC);
		if (fd < 0)
			why = g_strdup_printf("file: %s", g_strerror(errno));
		else
			close(fd);
	}
	g_free(path);
	return why;
}

/* Answer t from the loop, never inside fetch_start(): deferred (its host
 * holds off), or refused when t->refused is set.  t is off its host. */
static void
answer_later(struct fetcher *f, struct transfer *t)
{
	t->host = NULL;
	f->queued--;
	g_queue_push_tail(&f->deferred, t);
	if (!f->deferred_idle)
		f->deferred_idle = g_idle_add(deliver_deferred, f);
}

/* Start waiting transfers while the limits allow, hosts in turn. */
static void
start_queued(struct fetcher *f)
{
	struct host *h;
	struct transfer *t;

	while ((int)f->running->len < f->max_total) {
		h = g_queue_pop_head(&f->ready);
		if (!h)
			break;
		h->ready = FALSE;
		if (host_held(f, h->key)) {
			while ((t = g_queue_pop_head(&h->waiting)))
				answer_later(f, t);
			host_release(f, h);
			continue;
		}
		t = g_queue_pop_head(&h->waiting);
		if (t && (t->refused = file_refusal(t->url))) {
			answer_later(f, t);
			t = NULL;
		}
		if (t)
			transfer_begin(f, t);
		host_mark_ready(f, h);
		host_release(f, h);
	}
}

/* ---- curl multi callbacks ---- */

static gboolean
on_fd(gint fd, GIOCondition cond, gpointer ud)
{
	struct sock *sk = ud;
	struct fetcher *f = sk->f;
	int action = 0, still = 0;

	if (cond & G_IO_IN)
		action |= CURL_CSELECT_IN;
	if (cond & G_IO_OUT)
		action |= CURL_CSELECT_OUT;
	if (cond & (G_IO_ERR | G_IO_HUP | G_IO_NVAL))
		action |= CURL_CSELECT_ERR;
	/* sk may be freed inside: do not touch it after this call */
	curl_multi_socket_action(f->multi, fd, action, &still);
	check_done(f);
	return G_SOURCE_CONTINUE;
}

static int
sock_cb(CURL *e, curl_socket_t s, int what, void *userp, void *sockp)
{
	struct fetcher *f = userp;
	struct sock *sk = sockp;
	GIOCondition cond = 0;

	(void)e;
	if (what == CURL_POLL_REMOVE) {
		if (sk) {
			if (sk->source)
				g_source_remove(sk->source);
			g_free(sk);
			curl_multi_assign(f->multi, s, NULL);
		}
		return 0;
	}
	if (!sk) {
		sk = g_new0(struct sock, 1);
		sk->f = f;
		sk->fd = s;
		curl_multi_assign(f->multi, s, sk);
	} else if (sk->source) {
		g_source_remove(sk->source);
		sk->source = 0;
	}
	if (what & CURL_POLL_IN)
		cond |= G_IO_IN;
	if (what & CURL_POLL_OUT)
		cond |= G_IO_OUT;
	sk->source = g_unix_fd_add(s, cond | G_IO_ERR | G_IO_HUP, on_fd, sk);
	return 0;
}

static gboolean
on_timeout(gpointer ud)
{
	struct fetcher *f = ud;
	int still = 0;

	f->timer = 0;
	curl_multi_socket_action(f->multi, CURL_SOCKET_TIMEOUT, 0, &still);
	check_done(f);
	return G_SOURCE_REMOVE;
}

static int
timer_cb(CURLM *m, long timeout_ms, void *userp)
{
	struct fetcher *f = userp;

	(void)m;
	if (f->timer) {
		g_source_remove(f->timer);
		f->timer = 0;
	}
	if (timeout_ms >= 0)
		f->timer = g_timeout_add((guint)timeout_ms, on_timeout, f);
	return 0;
}

/* Detach the finished transfers, refill the slots, then run the callbacks
 * (which may queue more). */
static void
check_done(struct fetcher *f)
{
	GPtrArray *done = g_ptr_array_new();
	CURLMsg *msg;
	int left;

	for (;;) {
		struct transfer *t = NULL;
		struct sw_fetch_result *res;

		msg = curl_multi_info_read(f->multi, &left);
		if (!msg)
			break;
		if (msg->msg != CURLMSG_DONE)
			continue;
		curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, (char **)&t);
		res = result_build(t, msg->data.result);
		host_hold(f, t->host->key, res);
		g_ptr_array_add(done, t);
		g_ptr_array_add(done, res);
		curl_multi_remove_handle(f->multi, t->easy);
		g_ptr_array_remove_fast(f->running, t);
		t->host->running--;
		host_mark_ready(f, t->host);
		host_release(f, t->host);
		t->host = NULL;
	}
	start_queued(f);
	for (guint i = 0; i < done->len; i += 2) {
		struct transfer *t = done->pdata[i];
		struct sw_fetch_result *res = done->pdata[i + 1];

		log_debug("fetch %s: %ld%s%s", t->url, res->status, res->error ? " " : "",
		          res->error ? res->error : "");
		t->done(res, t->userdata);
		transfer_free(t);
	}
	g_ptr_array_free(done, TRUE);
}

/* curl_global_init() starts the SSH library libcurl was built with, and
 * libssh2 then loads OpenSSL's engines: ~1.5 MB of every run's memory
 * for a protocol fetch.c never allows (http and https only).  libssh2
 * counts its starts and sets up its crypto only at the first: started
 * first here with LIBSSH2_INIT_NO_CRYPTO, it never does.  (Were SSH ever
 * used, OpenSSL 1.1 and later set themselves up on first use.) */
static void
ssh_skip_crypto(void)
{
#ifdef HAVE_LIBSSH2
	static gboolean done;
	const curl_version_info_data *v;

	if (done)
		return;
	done = TRUE;
	v = curl_version_info(CURLVERSION_NOW);
	if (v->libssh_version && g_str_has_prefix(v->libssh_version, "libssh2/"))
		(void)libssh2_init(LIBSSH2_INIT_NO_CRYPTO);
#endif
}

/* ---- public ---- */

struct fetcher *
fetch_new(int max_total, int max_per_host, const char *user_agent)
{
	struct fetcher *f = g_new0(struct fetcher, 1);
	CURLcode rc;

	ssh_skip_crypto();
	rc = curl_global_init(CURL_GLOBAL_DEFAULT);
	if (rc != CURLE_OK)
		fatalx("curl_global_init: %s", curl_easy_strerror(rc));
	f->multi = curl_multi_init();
	if (!f->multi)
		fatalx("curl_multi_init failed");
	f->max_total = max_total > 0 ? max_total : SW_MAX_CONCURRENT;
	f->max_per_host = max_per_host > 0 ? max_per_host : SW_MAX_PER_HOST;
	f->user_agent = g_strdup(user_agent ? user_agent : "storywatch");
	/* SW_FETCH_TIMEOUT (for tests) sets all three: short ones for a
	 * transfer that never ends, long ones under a sped-up faketime clock */
	f->timeout_s = SW_TOTAL_TIMEOUT_S;
	f->connect_timeout_s = SW_CONNECT_TIMEOUT_S;
	f->low_speed_s = SW_LOW_SPEED_TIME_S;
	if (getenv("SW_FETCH_TIMEOUT")) {
		f->timeout_s = env_seconds("SW_FETCH_TIMEOUT", SW_TOTAL_TIMEOUT_S);
		f->connect_timeout_s = f->low_speed_s = f->timeout_s;
	}
	f->hosts = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, host_free);
	g_queue_init(&f->ready);
	f->running = g_ptr_array_new();
	f->holds = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	g_queue_init(&f->deferred);
	curl_multi_setopt(f->multi, CURLMOPT_SOCKETFUNCTION, sock_cb);
	curl_multi_setopt(f->multi, CURLMOPT_SOCKETDATA, f);
	curl_multi_setopt(f->multi, CURLMOPT_TIMERFUNCTION, timer_cb);
	curl_multi_setopt(f->multi, CURLMOPT_TIMERDATA, f);
	/* keep a warm connection per host slot */
	curl_multi_setopt(f->multi, CURLMOPT_MAXCONNECTS, (long)f->max_total * 2);
	return f;
}

void
fetch_set_limits(struct fetcher *f, int max_total, int max_per_host)
{
	GHashTableIter it;
	gpointer v;

	f->max_total = max_total > 0 ? max_total : SW_MAX_CONCURRENT;
	f->max_per_host = max_per_host > 0 ? max_per_host : SW_MAX_PER_HOST;
	curl_multi_setopt(f->multi, CURLMOPT_MAXCONNECTS, (long)f->max_total * 2);
	g_hash_table_iter_init(&it, f->hosts);
	while (g_hash_table_iter_next(&it, NULL, &v)) {
		struct host *h = v;

		h->limit = strcmp(h->key, "file:") == 0 ? f->max_total : f->max_per_host;
		host_mark_ready(f, h);
	}
	start_queued(f);
}

void
fetch_free(struct fetcher *f)
{
	if (!f)
		return;
	fetch_abort_all(f);
	curl_multi_cleanup(f->multi);
	if (f->timer)
		g_source_remove(f->timer);
	g_hash_table_destroy(f->hosts);
	g_hash_table_destroy(f->holds);
	g_ptr_array_free(f->running, TRUE);
	g_free(f->user_agent);
	g_free(f);
	curl_global_cleanup();
}

void
fetch_start(struct fetcher *f, const struct sw_fetch_request *req, fetch_done_fn done,
            void *userdata)
{
	struct transfer *t = g_new0(struct transfer, 1);
	struct host *h;
	char *key;

	t->f = f;
	t->url = g_strdup(req->url);
	t->etag = g_strdup(req->etag);
	t->last_modified = g_strdup(req->last_modified);
	t->done = done;
	t->userdata = userdata;

	key = fetch_host_key(req->url);
	h = g_hash_table_lookup(f->hosts, key);
	if (!h) {
		h = g_new0(struct host, 1);
		h->key = key;
		g_queue_init(&h->waiting);
		/* local files do not need politeness */
		h->limit = strcmp(key, "file:") == 0 ? f->max_total : f->max_per_host;
		g_hash_table_insert(f->hosts, h->key, h);
	} else {
		g_free(key);
	}
	t->host = h;
	g_queue_push_tail(&h->waiting, t);
	f->queued++;
	host_mark_ready(f, h);
	start_queued(f);
}

guint
fetch_pending(struct fetcher *f)
{
	return f->queued + f->running->len + f->deferred.length;
}

static void
collect_waiting(gpointer key, gpointer value, gpointer ud)
{
	struct host *h = value;
	GPtrArray *out = ud;
	struct transfer *t;

	(void)key;
	for (;;) {
		t = g_queue_pop_head(&h->waiting);
		if (!t)
			break;
		g_ptr_array_add(out, t);
	}
}

void
fetch_abort_all(struct fetcher *f)
{
	GPtrArray *all = g_ptr_array_new();

	g_hash_table_foreach(f->hosts, collect_waiting, all);
	f->queued = 0;
	for (;;) {
		struct transfer *t = g_queue_pop_head(&f->deferred);

		if (!t)
			break;
		g_ptr_array_add(all, t);
	}
	if (f->deferred_idle) {
		g_source_remove(f->deferred_idle);
		f->deferred_idle = 0;
	}
	for (guint i = 0; i < f->running->len; i++) {
		struct transfer *t = f->running->pdata[i];

		curl_multi_remove_handle(f->multi, t->easy);
		g_ptr_array_add(all, t);
	}
	g_ptr_array_set_size(f->running, 0);
	g_queue_clear(&f->ready);
	g_hash_table_remove_all(f->hosts);
	for (guint i = 0; i < all->len; i++) {
		struct transfer *t = all->pdata[i];
		struct sw_fetch_result *res = result_new(t->url);

		t->host = NULL;
		res->effective_url = g_strdup(t->url);
		res->error = g_strdup("aborted");
		t->done(res, t->userdata);
		transfer_free(t);
	}
	g_ptr_array_free(all, TRUE);
}

/* One line of /proc/net/route (11 fields: Iface Destination Gateway
 * Flags RefCnt Use Metric Mask ...) or /proc/net/ipv6_route (10: dest
 * dest_len src src_len next_hop metric refcnt use flags iface): a default
 * route that is up, not a reject route, not on lo. */
static gboolean
default_route(const char *line)
{
	char **f = g_strsplit_set(line, " \t\n", -1);
	const char *v[12];
	guint n = 0, i, flags = 0;
	gboolean yes = FALSE;

	for (i = 0; f[i] && n < G_N_ELEMENTS(v); i++)
		if (*f[i])
			v[n++] = f[i];
	if (n == 11 && !strcmp(v[1], "00000000") && !strcmp(v[7], "00000000") &&
	    strcmp(v[0], "lo") && sscanf(v[3], "%x", &flags) == 1)
		yes = TRUE;
	else if (n == 10 && !strcmp(v[1], "00") && strspn(v[0], "0") == 32 && strlen(v[0]) == 32 &&
	         strcmp(v[9], "lo") && sscanf(v[8], "%x", &flags) == 1)
		yes = TRUE;
	/* RTF_UP, and not RTF_REJECT */
	yes = yes && (flags & 0x0001) && !(flags & 0x0200);
	g_strfreev(f);
	return yes;
}

gboolean
fetch_have_route(void)
{
	const char *files = getenv("SW_ROUTE_FILES");
	char **paths = g_strsplit(files ? files : "/proc/net/route:/proc/net/ipv6_route", ":", -1);
	gboolean read_any = FALSE, found = FALSE;
	char line[512];
	guint i;

	for (i = 0; paths[i] && !found; i++) {
		FILE *fp = *paths[i] ? fopen(paths[i], "re") : NULL;

		if (!fp)
			continue;
		read_any = TRUE;
		while (!found && fgets(line, sizeof(line), fp))
			found = default_route(line);
		fclose(fp);
	}
	g_strfreev(paths);
	return found || !read_any;
}
