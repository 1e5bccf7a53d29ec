/* fuzz_require.c - libFuzzer entry for a topic's `require` (make fuzz):
 * its parser, its evaluation and the explanation of an entry, above all
 * the search for the nearest alternative of a require not met (match.c,
 * nearest_search), which fuzz_match reaches with one expression only, the
 * default topic's.  The input is "expression\ntitle\nsummary": the
 * expression is the require of a topic of twelve groups, a to l, each of
 * one word (alpha ... lambda), and the title and summary the entry it is
 * matched against, so that any hits and any expression meet.
 *
 * What it checks (abort() when not): an entry is scored and judged the
 * same whether it is explained or not; the explanation is UTF-8, does
 * not call the require of a match unmet, nor one require both met and
 * not, and names a nearest alternative that is not empty. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib.h>

#include "fuzz_lines.h"
#include "keyfile.h"
#include "match.h"
#include "parse.h"
#include "text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char topic[] = "[topic t]\nthreshold = 0\n"
                            "term.a = alpha\nterm.b = beta\nterm.c = gamma\nterm.d = delta\n"
                            "term.e = epsilon\nterm.f = zeta\nterm.g = theta\nterm.h = iota\n"
                            "term.i = kappa\nterm.j = lambda\nterm.k = omicron\nterm.l = sigma\n"
                            "require = ";

static void
fail(const char *why, const char *expr, const char *explain)
{
	fprintf(stderr, "require = %s\nexplain: %s\nfuzz_require: %s\n", expr, explain, why);
	abort(); /* not g_error(): libFuzzer saves no input on its SIGTRAP */
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static gboolean ready;
	char *buf, *rest, *expr, *text;
	struct sw_keyfile *kf;
	struct sw_profile *p;
	struct sw_entry e = { 0 };
	struct sw_match m = { 0 }, x = { 0 };
	GError *err = NULL;
	int line = 0;

	if (!ready) {
		text_init();
		ready = TRUE;
	}
	buf = g_strndup((const char *)data, size);
	/* the parser hands the matcher valid UTF-8 only */
	if (!g_utf8_validate(buf, -1, NULL)) {
		g_free(buf);
		return 0;
	}
	rest = buf;
	expr = next_line(&rest);
	e.title = next_line(&rest);
	e.summary = rest;
	e.lang = (char *)"en";
	e.uid = e.id = (char *)"fuzz";
	e.published = e.updated = SW_DATE_NONE;
	text = g_strconcat(topic, expr, "\n", NULL);
	kf = keyfile_load(text, strlen(text), &line, &err);
	p = kf ? match_profile_new(kf, "topic t", "fuzz.conf", text, &err) : NULL;
	g_assert((p == NULL) == (err != NULL));
	g_clear_error(&err);
	keyfile_free(kf);
	if (p) {
		const char *met, *unmet, *nearest;

		match_entry(p, &e, &m);
		match_entry_explained(p, &e, &x);
		if (m.match != x.match || m.score != x.score)
			fail("explaining changed the verdict", expr, x.explain);
		if (!x.explain || !g_utf8_validate(x.explain, -1, NULL))
			fail("no explanation, or not UTF-8", expr,
			     x.explain ? x.explain : "(none)");
		met = strstr(x.explain, "Required: met by ");
		unmet = strstr(x.explain, "Required: not met; nearest ");
		nearest = unmet ? unmet + strlen("Required: not met; nearest ") : NULL;
		if (x.match && (unmet || strstr(x.explain, ": not met.")))
			fail("a match whose require is said not to be met", expr, x.explain);
		if (met && unmet)
			fail("the require both met and not", expr, x.explain);
		if (nearest && (*nearest == ',' || *nearest == '.' || *nearest == ' '))
			fail("an empty nearest alternative", expr, x.explain);
		match_clear(&m);
		match_clear(&x);
		match_profile_free(p);
	}
	g_free(text);
	g_free(buf);
	return 0;
}
