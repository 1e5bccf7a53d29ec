/* fuzz_opml.c - libFuzzer entry for OPML import (make fuzz): a file a
 * user was sent is hostile bytes.  What opml_import() prints is meant to
 * be pasted into the config, so it must load as one, with one feed per
 * [feed] group it wrote. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib.h>

#include "config.h"
#include "log.h"
#include "opml.h"
#include "text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static gboolean ready;
	GError *err = NULL;
	struct sw_config *c;
	char *out;
	guint groups = 0;

	if (!ready) {
		text_init();
		log_init(SW_LOG_ERROR);
		ready = TRUE;
	}
	out = opml_import((const char *)data, size, &err);
	g_assert((out == NULL) == (err != NULL));
	g_clear_error(&err);
	if (!out)
		return 0;
	for (const char *p = out; (p = strstr(p, "\n[feed ")) != NULL; p++)
		groups++;
	c = config_load_data(out, strlen(out), "imported.conf", &err);
	if (!c) {
		fprintf(stderr, "imported:\n%s\n", out);
		fprintf(stderr, "fuzz_opml: the import does not load: %s\n", err->message);
		abort(); /* not g_error(): libFuzzer saves no input on its SIGTRAP */
	}
	g_assert(c->feeds->len == groups);
	config_free(c);
	g_free(out);
	return 0;
}
