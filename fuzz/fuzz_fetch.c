/* fuzz_fetch.c - libFuzzer entry for what fetch.c reads of an HTTP
 * response (make fuzz): the header lines a hostile server sends (status
 * lines of redirects and their Location, Cache-Control, Expires, Age,
 * Date, Retry-After, ETag, Last-Modified), then the body parsed with its
 * Content-Type's charset.  An input is a response as sent: the header
 * lines, an empty line, the body. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <glib.h>

#include "fetch.h"
#include "caps.h"
#include "parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Where the body starts: after the first empty line (CRLF or LF). */
static size_t
head_length(const char *s, size_t len)
{
	for (size_t i = 0; i + 1 < len; i++) {
		if (s[i] != '\n')
			continue;
		if (s[i + 1] == '\n')
			return i + 2;
		if (s[i + 1] == '\r' && i + 2 < len && s[i + 2] == '\n')
			return i + 3;
	}
	return len;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static gboolean ready;
	const char *s = (const char *)data;
	size_t head = head_length(s, size);
	struct sw_fetch_result *r;
	struct sw_feed *f;
	GError *err = NULL;

	if (!ready) {
		g_setenv("SW_NOW", "1700000000", TRUE); /* the same input, the same result */
		parse_init();
		ready = TRUE;
	}
	r = fetch_result_from_response("https://fuzz.example/feed", s, head, s + head, size - head);
	g_assert(r->retry_after >= -1 && r->retry_after <= SW_BACKOFF_MAX);
	g_assert(r->max_age >= -1);
	g_assert(r->effective_url);
	g_assert((r->body != NULL) == (r->status == 200 || r->status == 203));
	g_assert(!r->etag || strlen(r->etag) < SW_MAX_HEADER);
	if (r->body) {
		g_assert(r->len == size - head && memcmp(r->body, s + head, r->len) == 0);
		f = parse_feed(r->body, r->len, r->content_type, r->effective_url, &err);
		if (f) {
			char *json = parse_feed_to_json(f);

			g_assert(json && g_utf8_validate(json, -1, NULL));
			g_free(json);
			parse_feed_free(f);
		}
		g_clear_error(&err);
	}
	fetch_result_free(r);
	return 0;
}
