/* fuzz_html.c - libFuzzer entry for HTML to text (make fuzz). */
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <glib.h>

#include "html.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = g_strndup((const char *)data, size);
	char *t = html_to_text(s, 4096), *u = html_decode_entities(s, 4096);

	/* the contract: valid UTF-8 within the cap */
	g_assert(g_utf8_validate(t, -1, NULL) && strlen(t) <= 4096);
	g_assert(g_utf8_validate(u, -1, NULL) && strlen(u) <= 4096);
	g_free(t);
	g_free(u);
	g_free(s);
	return 0;
}
