/* fuzz_date.c - libFuzzer entry for the date parsers (make fuzz). */
#include <stddef.h>
#include <stdint.h>
#include <glib.h>

#include "date.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = g_strndup((const char *)data, size);
	gint64 t;

	if (date_parse(s, &t) == 0)
		g_assert(t > G_MININT64);
	(void)date_parse_rfc822(s, &t);
	(void)date_parse_iso8601(s, &t);
	g_free(s);
	return 0;
}
