/* fuzz_parse.c - libFuzzer entry for the feed parser (make fuzz).
 *
 * Each input is parsed twice, with marks (parse.c: long texts reach
 * libxml2 as placeholders, put back before they are read) and without:
 * what a caller sees must be the same, warnings included. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib.h>

#include "parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* (transfer full, nullable) the JSON form of the parse and its warning */
static char *
parse_once(const uint8_t *data, size_t size, int no_marks)
{
	GError *err = NULL;
	struct sw_feed *f;
	char *json, *out;

	parse_fuzz_no_marks = no_marks;
	f = parse_feed((const char *)data, size, NULL, "https://fuzz.example/feed", &err);
	parse_fuzz_no_marks = 0;
	if (!f) {
		out = g_strdup_printf("error: %s", err ? err->message : "?");
		g_clear_error(&err);
		return out;
	}
	json = parse_feed_to_json(f);
	g_assert(json && g_utf8_validate(json, -1, NULL));
	out = g_strdup_printf("%s\nwarning: %s", json, f->warning ? f->warning : "");
	g_free(json);
	parse_feed_free(f);
	return out;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static gboolean ready;
	char *a, *b;

	if (!ready) {
		parse_init();
		ready = TRUE;
	}
	a = parse_once(data, size, 0);
	b = parse_once(data, size, 1);
	if (strcmp(a, b) != 0) {
		fprintf(stderr, "with marks:\n%s\nwithout:\n%s\n", a, b);
		fprintf(stderr, "fuzz_parse: marks changed the parse\n");
		/* not g_error(): its SIGTRAP ends the run without libFuzzer
		 * saving the input */
		abort();
	}
	g_free(a);
	g_free(b);
	return 0;
}
