/* fuzz_config.c - libFuzzer entry for the config parser, topics included
 * (make fuzz). */
#include <stddef.h>
#include <stdint.h>
#include <glib.h>

#include "config.h"
#include "text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static gboolean ready;
	GError *err = NULL;
	char *s = g_strndup((const char *)data, size);
	struct sw_config *c;

	if (!ready) {
		text_init();
		ready = TRUE;
	}
	c = config_load_data(s, strlen(s), "fuzz.conf", &err);
	g_assert((c == NULL) == (err != NULL));
	g_clear_error(&err);
	config_free(c);
	g_free(s);
	return 0;
}
