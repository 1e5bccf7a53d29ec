/* fuzz_thread.c - libFuzzer entry for the threader (make fuzz): arbitrary
 * entries given to one threader that lives across inputs, as the
 * daemon's does (renewed every 2,000 inputs to bound its memory).  The
 * input is "op lang\ntitle\nsummary\nlink\nterm|term|...": op's low two
 * bits choose thread_add_terms(), thread_affinity_terms(),
 * thread_observe() or thread_copy_of(), its other bits the entry's hour
 * and its topic (of 2); lang may be empty. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <glib.h>

#include "fuzz_lines.h"
#include "parse.h"
#include "text.h"
#include "thread.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct sw_threader *t;
static unsigned inputs, uid_seq;

/* The next line of *s, or "" past the last. */
static char *
field(char **s)
{
	char *l = next_line(s);

	return l ? l : "";
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *buf, *rest, *lang, *sp, *why = NULL, *orig, uid[32];
	const char *topic;
	struct sw_entry e = { 0 };
	struct sw_verdict v;
	struct sw_affinity a;
	GPtrArray *terms;
	guint8 op;
	char **tv;
	guint i;

	if (size < 1)
		return 0;
	if (t == NULL || ++inputs % 2000 == 0) {
		if (t == NULL)
			text_init();
		thread_free(t);
		t = thread_new(14);
	}
	op = data[0];
	buf = g_strndup((const char *)data + 1, size - 1);
	/* the parser hands the threader valid UTF-8 only */
	if (!g_utf8_validate(buf, -1, NULL)) {
		g_free(buf);
		return 0;
	}
	rest = buf;
	lang = field(&rest);
	sp = strchr(lang, ' ');
	if (sp)
		lang = sp + 1;
	e.title = field(&rest);
	e.summary = field(&rest);
	e.link = field(&rest);
	tv = g_strsplit(field(&rest), "|", 16);
	terms = g_ptr_array_new();
	for (i = 0; tv[i]; i++)
		g_ptr_array_add(terms, tv[i]);
	g_snprintf(uid, sizeof(uid), "u%u", uid_seq++ % 5000);
	e.uid = e.id = uid;
	e.lang = *lang ? lang : NULL;
	e.published = 1790000000 + (gint64)(op >> 3) * 3600;
	e.updated = SW_DATE_NONE;
	topic = (op & 4) ? "a" : "b";
	switch (op & 3) {
	case 0:
		thread_add_terms(t, topic, &e, "feed", NULL, terms, &v);
		thread_verdict_clear(&v);
		break;
	case 1:
		thread_affinity_terms(t, topic, &e, terms, &a);
		thread_affinity_clear(&a);
		break;
	case 2:
		thread_observe(t, topic, &e);
		break;
	default:
		orig = thread_copy_of(t, topic, &e, &why);
		g_free(orig);
		g_free(why);
		g_free(thread_canonical_url(e.link));
		break;
	}
	g_ptr_array_free(terms, TRUE);
	g_strfreev(tv);
	g_free(buf);
	return 0;
}
