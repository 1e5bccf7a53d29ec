/*
 * fetch.h - libcurl multi, driven from the GLib main loop.
 *
 * A fetcher runs transfers through curl's multi *socket* interface with fd
 * watches and one timer on the default GMainContext: no threads, no
 * blocking.  It enforces the global and per host:port concurrency limits,
 * conditional GET, the body cap, timeouts and the redirect policy (http and
 * https only).  file: URLs are read too (for local feeds).
 * fetch_new() after GLib is up; fetch_free() aborts what still runs.
 * The environment variable SW_FETCH_TIMEOUT (seconds, up to a day) takes
 * the place of the total, connect and stalled-transfer timeouts of each
 * transfer, for tests: shorter for a server that never answers, longer
 * under a sped-up faketime clock.
 */
#ifndef SW_FETCH_H
#define SW_FETCH_H

#include <glib.h>
#include <stddef.h>

struct fetcher;

struct sw_fetch_request {
	const char *url;
	const char *etag;          /* (nullable) sent as If-None-Match */
	const char *last_modified; /* (nullable) sent as If-Modified-Since */
};

struct sw_fetch_result {
	char *url;           /* as requested */
	char *effective_url; /* after redirects */
	long status;         /* HTTP status; 200 for a file read; 0 transport error */
	char *body;          /* (nullable) NUL-terminated, len bytes */
	size_t len;
	char *content_type;       /* (nullable) */
	char *etag;               /* (nullable) verbatim */
	char *last_modified;      /* (nullable) verbatim */
	char *error;              /* (nullable) why it failed: "too large", "timeout" ... */
	gint64 retry_after;       /* seconds from now; -1 none */
	gint64 max_age;           /* Cache-Control max-age or Expires, seconds; -1 none */
	char *permanent_redirect; /* (nullable) target of a 301/308 in the chain */
	gboolean blocked;         /* 403 with cf-mitigated: challenge */
	gboolean unreachable;     /* the name did not resolve or no connection was made */
};

/* Called from the main loop (never from inside libcurl), after the
 * transfer left the multi handle; takes ownership of res.  It may call
 * fetch_start() or fetch_abort_all(), but not fetch_free(). */
typedef void (*fetch_done_fn)(struct sw_fetch_result *res, void *userdata);

struct fetcher *fetch_new(int max_total, int max_per_host, const char *user_agent);
void fetch_free(struct fetcher *f);
/* New limits (a reload): the next transfers to start keep them; running
 * ones run on. */
void fetch_set_limits(struct fetcher *f, int max_total, int max_per_host);

/* Queue a transfer; it starts when the limits allow.  When an earlier
 * answer of its host:port was a 429, or a 503 with Retry-After, it is not
 * sent while that wait lasts: its callback gets error "deferred" (status
 * 0) from the main loop. */
void fetch_start(struct fetcher *f, const struct sw_fetch_request *req, fetch_done_fn done,
                 void *userdata);
/* Transfers queued or running. */
guint fetch_pending(struct fetcher *f);
/* Drop the queue and abort running transfers; their callbacks run with
 * error "aborted" (before this returns). */
void fetch_abort_all(struct fetcher *f);

void fetch_result_free(struct sw_fetch_result *res);

/* (transfer full) The result the response with these header lines (a
 * status line first; the status lines of redirects and their headers may
 * come before it) and this body would give url, as a transfer builds it,
 * with no transfer: for tests and fuzz/fuzz_fetch.c.  effective_url is
 * where the Location headers led. */
struct sw_fetch_result *fetch_result_from_response(const char *url, const char *head,
                                                   size_t head_len, const char *body,
                                                   size_t body_len);

/* Whether this machine has a default route (IPv4 or IPv6), from
 * /proc/net/route and /proc/net/ipv6_route ($SW_ROUTE_FILES, a list
 * separated by ':', stands in for them in tests).  Without one, a feed
 * that is unreachable says nothing of its server.  TRUE when none of the
 * files can be read (not Linux): nothing is then taken for offline. */
gboolean fetch_have_route(void);

/* Whether the numeric address ip (IPv4 or IPv6) is of this machine or a
 * private network: loopback, RFC 1918, carrier NAT, link local, unique
 * local, multicast and reserved, and an IPv6 address that carries such
 * an IPv4 one (::ffff:0:0/96, NAT64's 64:ff9b::/96, 6to4's 2002::/16,
 * ::/96).  A transfer that began on a public address is refused a
 * redirect to such an address.  $SW_PUBLIC_ADDR names one address taken
 * for public (tests).  FALSE for a non-address. */
gboolean fetch_addr_is_local(const char *ip);
/* (transfer full) (nullable) Where a request for url, on a connection to
 * primary_ip (nullable), goes when that is such an address: the URL's
 * host when it is one, or localhost (curl writes 127.1 and 2130706433 as
 * 127.0.0.1), else primary_ip when it is one and no proxy of the
 * environment (http_proxy, https_proxy, all_proxy; a host name no_proxy
 * exempts goes direct) carries the request, since a proxy's address says
 * nothing of where it goes.  NULL when it is not known to be local. */
char *fetch_local_destination(const char *url, const char *primary_ip);

/* (transfer full) (nullable) Why the http(s) URL url cannot be fetched,
 * as curl reads it: a blank in it ("a blank cannot be part of a URL
 * (write it %20)"), or curl's reason ("not a URL curl can fetch (No host
 * part in the URL)", a bad port, path or query); NULL when it can.  The
 * config refuses such a url with its line, and OPML import skips it. */
char *fetch_url_problem(const char *url);

/* (transfer full) "host:port" of url, lower case with the scheme's default
 * port filled in ("file:" for file URLs): the unit of the per-host limit
 * and of Retry-After holds.  Never NULL (the url itself if unparsable). */
char *fetch_host_key(const char *url);

/* (transfer full) A digest of a body to tell an unchanged one: "h2:" and
 * 32 hex digits.  key (the store's, random) is mixed into the start state
 * and the multipliers, so a publisher that does not know it cannot aim a
 * changed body at the stored digest; still not a cryptographic MAC.  A
 * change of any one 8-byte word always changes it, and ~1 instruction a
 * byte against GLib SHA-1's ~15. */
char *fetch_body_hash(const char *body, gsize len, const guint64 key[2]);

#endif
