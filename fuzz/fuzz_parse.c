/* fuzz_parse.c - libFuzzer entry for the feed parser (make fuzz). */
#include <stddef.h>
#include <stdint.h>
#include <glib.h>

#include "parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static gboolean ready;
	GError *err = NULL;
	struct sw_feed *f;

	if (!ready) {
		parse_init();
		ready = TRUE;
	}
	f = parse_feed((const char *)data, size, NULL, "https://fuzz.example/feed", &err);
	if (f) {
		char *json = parse_feed_to_json(f);

		g_assert(g_utf8_validate(json, -1, NULL));
		g_free(json);
		parse_feed_free(f);
	}
	g_clear_error(&err);
	return 0;
}
