/*
 * match_bench.c - cost of threading one entry against 10,000 stored ones.
 *
 * Builds a threader holding N synthetic matched entries of one topic
 * (Zipf-distributed vocabulary with the topic's own frequent words, names
 * and numbers, spread over 60 days, so every one is inside the revival
 * horizon: the worst case for the index), then times M further
 * thread_add() calls and prints CPU microseconds per call; then reloads
 * the N entries with their thread keys, as the daemon does at a start
 * (and a rebuild), and prints the cost of one against a new entry's.
 *
 * usage: match_bench [N [M [SEED]]]   (defaults 10000 200 1)
 */
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include <time.h>

#include "text.h"
#include "thread.h"

#define VOCAB 4000
#define NAMES 400

static const char *const topic_words[] = {
	"security", "guarantees", "Ukraine", "Russia", "ceasefire", "troops",
	"force", "coalition", "peace", "plan", "Kyiv", "Moscow", "Washington",
	"European", "allies", "agreement", "said", "officials", "talks",
};

static guint32 rng;

/* CPU time of the process in microseconds: other load on the box does not
 * count. */
static gint64
cpu_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (gint64)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

static guint32
rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 17;
	rng ^= rng << 5;
	return rng;
}

/* Zipf-ish rank in [0, n) */
static guint
zipf(guint n)
{
	double u = (rnd() % 1000000 + 1) / 1000001.0;

	return (guint)(pow((double)n, u)) - 1;
}

static char *
pseudo_word(guint i, gboolean cap)
{
	static const char *const syl[] = { "ka", "lo", "mi", "ne", "ru", "sa",
		"te", "vo", "zi", "pa", "do", "gre", "sto", "vin", "mar", "bel" };
	GString *s = g_string_new(NULL);
	guint k = i + 7;

	do {
		g_string_append(s, syl[k % G_N_ELEMENTS(syl)]);
		k /= G_N_ELEMENTS(syl);
	} while (k);
	if (cap)
		s->str[0] = g_ascii_toupper(s->str[0]);
	return g_string_free(s, FALSE);
}

static char *
sentence(guint words)
{
	GString *s = g_string_new(NULL);
	guint i;

	for (i = 0; i < words; i++) {
		guint r = rnd() % 100;
		char *w;

		if (i)
			g_string_append_c(s, ' ');
		if (r < 25) {
			g_string_append(s, topic_words[rnd() % G_N_ELEMENTS(topic_words)]);
			continue;
		}
		if (r < 33) {
			w = pseudo_word(VOCAB + zipf(NAMES), TRUE);
		} else if (r < 36) {
			w = g_strdup_printf("%u", 10 + zipf(2000));
		} else {
			w = pseudo_word(zipf(VOCAB), FALSE);
		}
		g_string_append(s, w);
		g_free(w);
		if (rnd() % 12 == 0)
			g_string_append_c(s, '.');
	}
	return g_string_free(s, FALSE);
}

static void
one_with(struct sw_threader *t, guint i, gint64 when, const char *hint)
{
	struct sw_entry e = { 0 };
	struct sw_verdict v;

	e.uid = g_strdup_printf("bench-%u", i);
	e.link = g_strdup_printf("https://feed%u.example/story/%u?utm_source=rss", i % 50, i);
	e.title = sentence(10);
	e.summary = sentence(60);
	e.lang = "en";
	e.published = when;
	e.updated = SW_DATE_NONE;
	thread_add(t, "bench", &e, "bench.xml", hint, &v);
	thread_verdict_clear(&v);
	g_free(e.uid);
	g_free(e.link);
	g_free(e.title);
	g_free(e.summary);
}

static void
one(struct sw_threader *t, guint i, gint64 when)
{
	one_with(t, i, when, NULL);
}

/* A stored entry reloaded with its thread: threads of 10 entries. */
static void
one_hinted(struct sw_threader *t, guint i, gint64 when)
{
	char *hint = g_strdup_printf("bench-%u", i - i % 10);

	one_with(t, i, when, hint);
	g_free(hint);
}

int
main(int argc, char **argv)
{
	guint n = argc > 1 ? (guint)atoi(argv[1]) : 10000;
	guint m = argc > 2 ? (guint)atoi(argv[2]) : 200;
	struct sw_threader *t;
	gint64 t0 = 1767225600, start, end;   /* 2026-01-01 */
	double add_us, reload_us;
	gint64 span = 60 * 86400;
	guint i;

	rng = argc > 3 ? (guint32)atoi(argv[3]) : 1;
	if (rng == 0)
		rng = 1;
	text_init();
	t = thread_new(180);   /* the daemon's default window */
	start = cpu_us();
	for (i = 0; i < n; i++)
		one(t, i, t0 + (gint64)i * span / (n ? n : 1));
	end = cpu_us();
	printf("stored %u entries in %.1f s (%.0f us each while growing)\n", n,
	       (end - start) / 1e6, n ? (double)(end - start) / n : 0.0);
	start = cpu_us();
	for (i = 0; i < m; i++)
		one(t, n + i, t0 + span + i);
	end = cpu_us();
	add_us = m ? (double)(end - start) / m : 0.0;
	printf("thread_add against %u stored entries: %.0f us CPU per call (%u calls, seed %u)\n",
	       n, add_us, m, argc > 3 ? (guint)atoi(argv[3]) : 1);
	thread_free(t);

	/* the daemon's reload: every stored match again, with its thread */
	t = thread_new(180);
	start = cpu_us();
	for (i = 0; i < n; i++)
		one_hinted(t, i, t0 + (gint64)i * span / (n ? n : 1));
	end = cpu_us();
	reload_us = n ? (double)(end - start) / n : 0.0;
	printf("reloaded %u stored entries with their threads: %.0f us each\n", n, reload_us);
	/* what a start (or a rebuild) costs per stored match, against what
	 * the match cost when it came: the sentences' making counts in both */
	if (add_us > 0)
		printf("reload / new entry: %.2f\n", reload_us / add_us);
	thread_free(t);
	text_teardown();
	return 0;
}
