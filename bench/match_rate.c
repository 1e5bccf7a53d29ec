/*
 * match_rate.c - match_entry() rate with one topic profile, single-threaded.
 *
 * Loads CONFIG (config_load) and takes its [topic TOPIC].  Parses the FEED
 * files once (parse_feed) into a pool of real entries (the labelled
 * multilingual fixtures: on- and off-topic, in about twenty languages),
 * then makes N entries from it: the title of a pool entry, its language,
 * and a summary of 1-5 sentences, its own first sentence followed by
 * sentences of other pool entries in the same language (titles stand in
 * where a language has too few summaries); one entry in three also gets a
 * made-up name, so the vocabulary keeps growing as in a real news stream
 * (the stemmer cache, SW_MAX_STEM_CACHE, sees new words all along).
 * Everything is made before the clock starts.  Then it times, in CPU time
 * of the process:
 *   match   match_entry() + match_clear() for each entry (match_entry
 *           tokenises title, lead and body itself, so this is the full cost)
 *   tokens  text_tokenize() of title and summary alone, as match_entry
 *           would, to show the share of tokenising in it; after match,
 *           so with every word already known to text.c (its caches)
 * and prints the match time of each tenth of the run, to show that the
 * time per entry does not grow with the number of entries.
 *
 * usage: match_rate CONFIG TOPIC N SEED FEED...
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "config.h"
#include "match.h"
#include "parse.h"
#include "text.h"

static guint32 rng;

static double
cpu_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static guint32
rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 17;
	rng ^= rng << 5;
	return rng;
}

struct src {
	char *title;
	char *lang;      /* "" if none */
	char **sents;    /* sentences of its summary (or content) */
};

/* split text at ". ", "! ", "? " and their CJK forms; (transfer full) */
static char **
split_sentences(const char *s)
{
	GPtrArray *a = g_ptr_array_new();
	const char *p = s, *start = s;

	while (*p) {
		gboolean end = FALSE;
		int skip = 1;

		if ((*p == '.' || *p == '!' || *p == '?') && (p[1] == ' ' || p[1] == '\0'))
			end = TRUE;
		else if (!strncmp(p, "。", 3) || !strncmp(p, "！", 3) || !strncmp(p, "？", 3)) {
			end = TRUE;
			skip = 3;
		}
		p += skip;
		if (end) {
			char *t = g_strstrip(g_strndup(start, p - start));

			if (strlen(t) > 10)
				g_ptr_array_add(a, t);
			else
				g_free(t);
			start = p;
		}
	}
	if (*start) {
		char *t = g_strstrip(g_strdup(start));

		if (strlen(t) > 10)
			g_ptr_array_add(a, t);
		else
			g_free(t);
	}
	g_ptr_array_add(a, NULL);
	return (char **)g_ptr_array_free(a, FALSE);
}

static char *
made_up_name(void)
{
	static const char *const syl[] = { "ka", "ren", "vo", "lis", "tar", "mi",
		"dor", "sen", "ko", "vy", "ral", "mu", "zen", "po", "lek", "an" };
	static const char *const end[] = { "enko", "ski", "ov", "ez", "son", "elli",
		"escu", "ic", "aitis", "berg" };
	GString *s = g_string_new(NULL);
	int i, n = 2 + rnd() % 2;

	for (i = 0; i < n; i++)
		g_string_append(s, syl[rnd() % G_N_ELEMENTS(syl)]);
	g_string_append(s, end[rnd() % G_N_ELEMENTS(end)]);
	s->str[0] = g_ascii_toupper(s->str[0]);
	return g_string_free(s, FALSE);
}

int
main(int argc, char **argv)
{
	struct sw_config *c;
	const struct sw_profile *prof = NULL;
	GPtrArray *pool = g_ptr_array_new();
	GHashTable *bylang = g_hash_table_new(g_str_hash, g_str_equal); /* lang -> GPtrArray of char * */
	struct sw_entry *ents;
	GError *err = NULL;
	guint n, i, k, matched = 0, nlang = 0;
	guint64 words = 0;
	double t0, t, tslice, slices[10], tt;
	int a;

	if (argc < 6) {
		fprintf(stderr, "usage: match_rate CONFIG TOPIC N SEED FEED...\n");
		return 2;
	}
	n = (guint)strtoul(argv[3], NULL, 10);
	rng = (guint32)strtoul(argv[4], NULL, 10) | 1;
	text_init();
	parse_init();
	c = config_load(argv[1], &err);
	if (!c) {
		fprintf(stderr, "match_rate: %s\n", err->message);
		return 1;
	}
	for (i = 0; i < c->topics->len; i++) {
		const char *name = match_profile_name(c->topics->pdata[i]);

		if (!strcmp(name, argv[2]) ||
		    (!strncmp(name, "topic ", 6) && !strcmp(name + 6, argv[2])))
			prof = c->topics->pdata[i];
	}
	if (!prof) {
		fprintf(stderr, "match_rate: no [topic %s] in %s\n", argv[2], argv[1]);
		return 1;
	}

	/* the pool */
	for (a = 5; a < argc; a++) {
		char *data;
		gsize len;
		struct sw_feed *f;

		if (!g_file_get_contents(argv[a], &data, &len, &err)) {
			fprintf(stderr, "match_rate: %s\n", err->message);
			return 1;
		}
		f = parse_feed(data, len, NULL, NULL, &err);
		g_free(data);
		if (!f) {
			fprintf(stderr, "match_rate: %s: %s\n", argv[a], err->message);
			g_clear_error(&err);
			continue;
		}
		for (i = 0; i < f->entries->len; i++) {
			const struct sw_entry *e = f->entries->pdata[i];
			const char *l = e->lang ? e->lang : f->lang ? f->lang : "";
			const char *body = e->summary && *e->summary ? e->summary : e->content;
			struct src *s;
			GPtrArray *lp;
			char **p;

			if (!e->title || !*e->title)
				continue;
			s = g_new0(struct src, 1);
			s->title = g_strdup(e->title);
			s->lang = g_strndup(l, 2);
			s->sents = split_sentences(body ? body : "");
			g_ptr_array_add(pool, s);
			lp = g_hash_table_lookup(bylang, s->lang);
			if (!lp) {
				lp = g_ptr_array_new();
				g_hash_table_insert(bylang, s->lang, lp);
				nlang++;
			}
			for (p = s->sents; *p; p++)
				g_ptr_array_add(lp, *p);
		}
		parse_feed_free(f);
	}
	/* languages with few summary sentences borrow their titles */
	for (i = 0; i < pool->len; i++) {
		struct src *s = pool->pdata[i];
		GPtrArray *lp = g_hash_table_lookup(bylang, s->lang);

		if (lp->len < 40)
			g_ptr_array_add(lp, g_strconcat(s->title, ".", NULL));
	}
	if (pool->len == 0) {
		fprintf(stderr, "match_rate: no entries in the feeds\n");
		return 1;
	}

	/* the N entries */
	ents = g_new0(struct sw_entry, n);
	for (i = 0; i < n; i++) {
		const struct src *s = pool->pdata[rnd() % pool->len];
		GPtrArray *lp = g_hash_table_lookup(bylang, s->lang);
		GString *sum = g_string_new(NULL);
		guint ns = 1 + rnd() % 5;

		for (k = 0; k < ns; k++) {
			const char *x = (k == 0 && s->sents[0]) ? s->sents[0]
			                : lp->pdata[rnd() % lp->len];

			if (k)
				g_string_append_c(sum, ' ');
			g_string_append(sum, x);
			if (k == 0 && rnd() % 3 == 0) {
				char *nm = made_up_name();

				g_string_append_printf(sum, " %s said so on %u May.", nm, 1 + rnd() % 28);
				g_free(nm);
			}
		}
		ents[i].uid = g_strdup_printf("bench-%u", i);
		ents[i].title = g_strdup(s->title);
		ents[i].summary = g_string_free(sum, FALSE);
		ents[i].lang = *s->lang ? g_strdup(s->lang) : NULL;
		ents[i].published = ents[i].updated = SW_DATE_NONE;
	}

	/* matching, first: no word of the entries has been seen before */
	t0 = tslice = cpu_s();
	for (i = 0; i < n; i++) {
		struct sw_match m;

		match_entry(prof, &ents[i], &m);
		matched += m.match ? 1 : 0;
		match_clear(&m);
		if ((i + 1) % (n / 10 ? n / 10 : 1) == 0 && (i + 1) / (n / 10 ? n / 10 : 1) <= 10) {
			double now = cpu_s();

			slices[(i + 1) / (n / 10 ? n / 10 : 1) - 1] = now - tslice;
			tslice = now;
		}
	}
	t = cpu_s() - t0;

	/* tokenising alone (as match_entry does for title and lead), after
	 * the matching: text.c keeps the words it has made, so whichever
	 * runs first meets every word new */
	t0 = cpu_s();
	for (i = 0; i < n; i++) {
		GPtrArray *t1 = text_tokenize(ents[i].title, ents[i].lang);
		GPtrArray *t2 = text_tokenize(ents[i].summary, ents[i].lang);

		words += t1->len + t2->len;
		g_ptr_array_unref(t1);
		g_ptr_array_unref(t2);
	}
	tt = cpu_s() - t0;

	printf("entries %u pool %u langs %u words/entry %.1f matched %u (%.1f%%)\n",
	       n, pool->len, nlang, (double)words / n, matched, 100.0 * matched / n);
	printf("match  cpu_s %.4f  entries/s %.0f  us/entry %.2f\n", t, n / t, 1e6 * t / n);
	printf("tokens cpu_s %.4f  entries/s %.0f  us/entry %.2f  (%.0f%% of match)\n",
	       tt, n / tt, 1e6 * tt / n, 100 * tt / t);
	if (n >= 10) {
		printf("us/entry by tenth:");
		for (k = 0; k < 10; k++)
			printf(" %.1f", 1e6 * slices[k] / (n / 10));
		printf("\n");
	}
	for (i = 0; i < n; i++) {
		g_free(ents[i].uid);
		g_free(ents[i].title);
		g_free(ents[i].summary);
		g_free(ents[i].lang);
	}
	g_free(ents);
	config_free(c);
	parse_teardown();
	text_teardown();
	return 0;
}
