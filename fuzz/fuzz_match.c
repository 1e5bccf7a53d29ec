/* fuzz_match.c - libFuzzer entry for the text pipeline and the matcher:
 * arbitrary entries against the default topic of conf/storywatch.conf
 * (make fuzz).  The input is "lang\ntitle\nsummary\ncontent"; the
 * profile is loaded once, from $SW_SRCDIR/conf (default "."), so its
 * word caches fill and empty across inputs as in the daemon. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <glib.h>

#include "config.h"
#include "fuzz_lines.h"
#include "match.h"
#include "parse.h"
#include "text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct sw_config *cfg;

static void
setup(void)
{
	const char *dir = g_getenv("SW_SRCDIR");
	char *path = g_build_filename(dir ? dir : ".", "conf", "storywatch.conf", NULL);
	GError *err = NULL;

	text_init();
	cfg = config_load(path, &err);
	if (!cfg || cfg->topics->len == 0) {
		fprintf(stderr, "fuzz_match: %s: %s\n", path, err ? err->message : "no topics");
		abort();
	}
	g_free(path);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *buf = g_strndup((const char *)data, size), *rest = buf;
	struct sw_entry e = { 0 };
	struct sw_match m = { 0 };
	guint i;

	if (cfg == NULL)
		setup();
	/* the parser hands the matcher valid UTF-8 only */
	if (!g_utf8_validate(buf, -1, NULL)) {
		g_free(buf);
		return 0;
	}
	e.lang = next_line(&rest);
	e.title = next_line(&rest);
	e.summary = next_line(&rest);
	e.content = rest;
	e.uid = e.id = (char *)"fuzz";
	e.published = e.updated = SW_DATE_NONE;
	for (i = 0; i < cfg->topics->len; i++) {
		const struct sw_profile *p = cfg->topics->pdata[i];

		match_entry(p, &e, &m);
		match_clear(&m);
		match_entry_explained(p, &e, &m);
		match_clear(&m);
	}
	g_free(buf);
	return 0;
}
