/* test_thread.c - duplicates, story threads, the window, other languages. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "caps.h"
#include "text.h"
#include "thread.h"

#include "fixture.h"

#define DAY (24 * 60 * 60)
#define T0  1755561600 /* 2025-08-19 00:00 UTC */

/* A hand-built entry; strings are borrowed. */
static struct sw_entry
mk(const char *uid, const char *link, const char *title, const char *summary, const char *lang,
   gint64 published)
{
	struct sw_entry e;

	memset(&e, 0, sizeof(e));
	e.uid = (char *)uid;
	e.link = (char *)link;
	e.title = (char *)title;
	e.summary = (char *)summary;
	e.lang = (char *)lang;
	e.published = published;
	e.updated = SW_DATE_NONE;
	return e;
}

static void
add(struct sw_threader *t, const struct sw_entry *e, struct sw_verdict *v)
{
	thread_add(t, "ukraine", e, "feed.xml", NULL, v);
	assert_non_null(v->thread);
	assert_non_null(v->why);
}

/* ---- canonical URLs ---------------------------------------------------- */

static void
check_url(const char *in, const char *want)
{
	char *got = thread_canonical_url(in);

	if (want == NULL) {
		assert_null(got);
		return;
	}
	assert_non_null(got);
	assert_string_equal(got, want);
	g_free(got);
}

static void
test_url_tracking(void **state)
{
	(void)state;
	check_url("https://news.example/a/b?utm_source=rss&utm_medium=feed",
	          "http://news.example/a/b");
	check_url("https://news.example/a/b/?fbclid=XYZ#comments", "http://news.example/a/b");
	check_url("HTTPS://WWW.News.Example:443/a/B?id=7&gclid=1&ref=tw&mc_cid=9",
	          "http://news.example/a/B?id=7");
	check_url("http://news.example:80/story?b=2&a=1&utm_campaign=x",
	          "http://news.example/story?a=1&b=2");
	check_url("http://news.example:8080/x", "http://news.example:8080/x");
	check_url("https://news.example/?p=42296&utm_term=y", "http://news.example?p=42296");
	check_url("not a url", NULL);
	check_url(NULL, NULL);
}

/* ---- shingles ---------------------------------------------------------- */

static const char *lede = "Russian Foreign Minister Sergei Lavrov said on Wednesday that Western "
                          "discussions of security guarantees for Ukraine held without Moscow were "
                          "a utopia, a road to nowhere. Lavrov pointed to the draft negotiated in "
                          "Istanbul in 2022, under which the permanent members of the UN Security "
                          "Council, including Russia and China, would act as guarantors.";
static const char *lede_trimmed =
        "Sergei Lavrov said on Wednesday that Western talks on security "
        "guarantees for Ukraine held without Moscow were a utopia, a road to "
        "nowhere. Lavrov pointed to the draft negotiated in Istanbul in 2022, "
        "under which the permanent members of the UN Security Council, "
        "including Russia and China, would act as guarantors.";
static const char *lede_other =
        "Twenty-six countries have formally committed to deploy troops to "
        "Ukraine, or to contribute on land, at sea or in the air, to a "
        "reassurance force once fighting stops, French President Emmanuel "
        "Macron said after a meeting of the coalition of the willing in Paris.";

static const char *story_unrelated =
        "The Bundestag approved a mandate for up to 1,500 soldiers to operate "
        "air-defence systems from bases in Poland for a future mission.";

static void
test_shingle_similarity(void **state)
{
	double same, trimmed, other;

	(void)state;
	same = thread_shingle_similarity(lede, lede);
	trimmed = thread_shingle_similarity(lede, lede_trimmed);
	other = thread_shingle_similarity(lede, lede_other);
	assert_true(same > 0.999);
	assert_true(trimmed > 0.5 && trimmed < 1.0);
	assert_true(other < 0.1);
	assert_true(thread_shingle_similarity(NULL, "") == 0.0);
}

/* ---- names and concepts across languages ------------------------------ */

static void
check_translit(const char *in, const char *want)
{
	char *a = thread_translit(in);

	assert_string_equal(a, want);
	g_free(a);
}

static void
test_translit_and_keys(void **state)
{
	static const char *const not_terms[] = { "sabor",     "EE",      "ψηφιακή", "observations",
		                                 "Ellington", "barista", "συνθήκες" };
	struct sw_threader *t = thread_new(0);
	char *a, *b, *c;
	guint i;

	(void)state;
	check_translit("Зеленський", "zelenskii");
	check_translit("Kęstutis Łódź", "kestutis lodz");

	/* Greek: accents off, digraphs (μπ at the start is b, γγ is ng) */
	check_translit("Νεστορία Μπάιντεν Αγγλία ΚΙΕΒΟ", "nestoria bainten anglia kievo");
	/* Serbian and Macedonian letters */
	check_translit("Вучић Љубљана", "vuchic ljubljana");
	/* Georgian and Kazakh */
	check_translit("თბილისი Қазақстан", "tbilisi kazakstan");
	a = thread_name_key("Κοροστίβκα");
	b = thread_name_key("Korostivka");
	assert_string_equal(a, b);
	g_free(a);
	g_free(b);
	assert_string_equal(thread_concept(t, "εγγυήσεις"), "guarantee");
	assert_string_equal(thread_concept(t, "Συνθήκη"), "treaty");
	assert_string_equal(thread_concept(t, "στρατεύματα"), "troops");
	assert_null(thread_concept(t, "scheduled")); /* not σχέδιο's "schedi" */
	/* words of other languages that begin like a key term do not take it
	 * (the session-9 review): sabor (flavour), EE.UU., ψηφιακή (digital),
	 * observation, Ellington, barista, συνθήκες (conditions) */
	for (i = 0; i < G_N_ELEMENTS(not_terms); i++)
		assert_null(thread_concept(t, not_terms[i]));
	assert_string_equal(thread_concept(t, "ψηφοφορία"), "vote");

	a = thread_name_key("Lavrov");
	b = thread_name_key("Лаврова");
	c = thread_name_key("Lawrow");
	assert_string_equal(a, b);
	assert_string_equal(a, c);
	g_free(a);
	g_free(b);
	g_free(c);

	assert_string_equal(thread_concept(t, "guarantees"), "guarantee");
	assert_string_equal(thread_concept(t, "гарантії"), "guarantee");
	assert_string_equal(thread_concept(t, "гарантии"), "guarantee");
	assert_string_equal(thread_concept(t, "Garantien"), "guarantee");
	assert_string_equal(thread_concept(t, "garanties"), "guarantee");
	assert_string_equal(thread_concept(t, "gwarancje"), "guarantee");
	assert_string_equal(thread_concept(t, "Zelensky"), "zelensky");
	assert_string_equal(thread_concept(t, "Зеленський"), "zelensky");
	assert_string_equal(thread_concept(t, "Зеленский"), "zelensky");
	assert_string_equal(thread_concept(t, "Selenskyj"), "zelensky");
	assert_string_equal(thread_concept(t, "UN"), "un");
	assert_null(thread_concept(t, "un")); /* French "a" */
	assert_null(thread_concept(t, "according"));
	thread_free(t);
}

/* Key terms of the languages the held-out feeds add (pl, it, es, ro) meet
 * the others: fleets, countries, guarantors, units, army size. */
static void
test_more_languages(void **state)
{
	struct sw_threader *t = thread_new(0);
	static const char *const naval[] = { "naval",   "flottiglia", "navală",
		                             "морской", "морська",    "flotilla" };
	static const char *const turkey[] = { "Turkey", "Turchia",   "Turciei", "Türkei",
		                              "Турцию", "Туреччина", "Turquía" };
	static const char *const guarantor[] = { "guarantors", "поручители", "поручителів",
		                                 "poręczycielem", "Garantiemacht" };
	static const char *const battalion[] = { "battalions",  "Bataillone", "bataliony",
		                                 "battaglione", "батальйон",  "batallones" };
	static const char *const ceiling[] = { "ceiling",     "потолке",    "Численность",
		                               "Чисельність", "Obergrenze", "plafond" };
	static const char *const sky[] = { "skies", "nieba", "cerul", "cieli", "небо" };
	size_t i;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(naval); i++)
		assert_string_equal(thread_concept(t, naval[i]), "naval");
	for (i = 0; i < G_N_ELEMENTS(turkey); i++)
		assert_string_equal(thread_concept(t, turkey[i]), "turkey");
	for (i = 0; i < G_N_ELEMENTS(guarantor); i++)
		assert_string_equal(thread_concept(t, guarantor[i]), "guarantor");
	for (i = 0; i < G_N_ELEMENTS(battalion); i++)
		assert_string_equal(thread_concept(t, battalion[i]), "battalion");
	for (i = 0; i < G_N_ELEMENTS(ceiling); i++)
		assert_string_equal(thread_concept(t, ceiling[i]), "ceiling");
	for (i = 0; i < G_N_ELEMENTS(sky); i++)
		assert_string_equal(thread_concept(t, sky[i]), "sky");
	/* guarantees are not guarantors, a battle is not a battalion */
	assert_string_equal(thread_concept(t, "garantie"), "guarantee");
	assert_string_equal(thread_concept(t, "garanzie"), "guarantee");
	assert_null(thread_concept(t, "batalla"));
	thread_free(t);
}

/* ---- duplicates -------------------------------------------------------- */

static void
test_duplicate_rules(void **state)
{
	struct sw_threader *t = thread_new(14);
	struct sw_verdict v1, v2, v3, v4, v5;
	struct sw_entry a, b, c, d, e;

	(void)state;
	a = mk("wire-1", "https://wire.example/lavrov?utm_source=rss",
	       "Lavrov calls Western guarantee talks without Russia a road to nowhere", lede, "en",
	       T0);
	add(t, &a, &v1);
	assert_int_equal(v1.kind, SW_KIND_NEW);
	assert_string_equal(v1.thread, "wire-1");
	assert_null(v1.dup_of);

	/* the same article behind another tracking link */
	b = mk("mirror-1", "http://www.wire.example/lavrov/#top", "Something else entirely",
	       "Short.", "en", T0 + 3600);
	add(t, &b, &v2);
	assert_int_equal(v2.kind, SW_KIND_DUPLICATE);
	assert_string_equal(v2.dup_of, "wire-1");
	assert_string_equal(v2.thread, "wire-1");
	assert_non_null(strstr(v2.why, "URL"));

	/* wire copy with a new headline and a trimmed lede */
	c = mk("paper-1", "https://paper.example/2025/08/20/moscow-wants-a-seat",
	       "Moscow wants a seat among Ukraine's guarantors, Lavrov says", lede_trimmed, "en",
	       T0 + 7200);
	add(t, &c, &v3);
	assert_int_equal(v3.kind, SW_KIND_DUPLICATE);
	assert_string_equal(v3.dup_of, "wire-1");
	assert_non_null(strstr(v3.why, "shingles"));

	/* the same headline, normalised (case, punctuation) */
	d = mk("paper-2", "https://other.example/x",
	       "LAVROV calls Western guarantee talks without Russia: a road to nowhere!",
	       "A different lede written by our own correspondent in Moscow.", "en", T0 + 9000);
	add(t, &d, &v4);
	assert_int_equal(v4.kind, SW_KIND_DUPLICATE);
	assert_string_equal(v4.dup_of, "wire-1");
	assert_non_null(strstr(v4.why, "title"));

	/* the same uid again keeps its verdict */
	add(t, &c, &v5);
	assert_int_equal(v5.kind, SW_KIND_DUPLICATE);
	assert_string_equal(v5.dup_of, "wire-1");

	thread_verdict_clear(&v1);
	thread_verdict_clear(&v2);
	thread_verdict_clear(&v3);
	thread_verdict_clear(&v4);
	thread_verdict_clear(&v5);
	assert_null(v5.why);

	/* a link to the outlet's front page says nothing */
	b = mk("front-1", "https://wire.example/", "Lavrov demands a say",
	       "Moscow wants to sit among the guarantors, the minister said.", "en", T0 + 9500);
	c = mk("front-2", "https://wire.example/?utm_source=x", "Trump offers air cover",
	       story_unrelated, "en", T0 + 9600);
	add(t, &b, &v1);
	add(t, &c, &v2);
	assert_int_not_equal(v2.kind, SW_KIND_DUPLICATE);
	thread_verdict_clear(&v1);
	thread_verdict_clear(&v2);

	/* a one-sentence wire item rerun under another headline */
	b = mk("brief-1", "https://wire.example/briefs/77", "Monitoring chief named",
	       "Kyiv on Monday named a general to lead truce monitors.", "en", T0 + 9700);
	c = mk("brief-2", "https://paper.example/news/truce-monitors", "Truce chief named",
	       "Kyiv on Monday named a general to lead truce monitors.", "en", T0 + 9800);
	add(t, &b, &v1);
	add(t, &c, &v2);
	assert_int_equal(v2.kind, SW_KIND_DUPLICATE);
	assert_string_equal(v2.dup_of, "brief-1");
	thread_verdict_clear(&v1);
	thread_verdict_clear(&v2);

	/* another story is not a duplicate */
	e = mk("wire-2", "https://wire.example/paris",
	       "Macron says 26 countries "
	       "ready to join post-ceasefire reassurance force",
	       lede_other, "en", T0 + 10000);
	add(t, &e, &v1);
	assert_int_not_equal(v1.kind, SW_KIND_DUPLICATE);
	thread_verdict_clear(&v1);
	thread_free(t);
}

/* ---- threads and the window -------------------------------------------- */

static const char *story1 =
        "The Kremlin said on Friday that security guarantees negotiated between "
        "Washington and Kyiv could not be a private matter. Spokesman Dmitry "
        "Peskov said any guarantees should rest on the principles discussed in "
        "Istanbul in 2022, and deputy foreign minister Sergei Ryabkov demanded "
        "written commitments on NATO enlargement.";
static const char *story1_followup =
        "Dmitry Peskov repeated on Monday that Moscow rejects the guarantees "
        "annex agreed by Washington and Kyiv, and Sergei Ryabkov said the "
        "Istanbul principles of 2022 remained the only basis Russia would accept. "
        "NATO enlargement had to be ruled out in writing, Ryabkov added.";
static const char *story2 =
        "Poland's parliament approved a plan to host the logistics hub of the "
        "multinational reassurance force at Rzeszow, Prime Minister Donald Tusk "
        "said, adding that Polish soldiers would not deploy inside Ukraine.";

static void
test_followup_and_new(void **state)
{
	struct sw_threader *t = thread_new(14);
	struct sw_verdict v1, v2, v3;
	struct sw_entry a, b, c;

	(void)state;
	a = mk("k-1", NULL,
	       "Kremlin says Russia must have a say in any guarantees "
	       "for Ukraine",
	       story1, "en", T0);
	b = mk("k-2", NULL,
	       "Peskov: Moscow rejects the guarantees annex, "
	       "Istanbul principles only",
	       story1_followup, "en", T0 + 3 * DAY);
	c = mk("p-1", NULL, "Poland to host the force's logistics hub at Rzeszow", story2, "en",
	       T0 + 3 * DAY + 60);
	add(t, &a, &v1);
	add(t, &b, &v2);
	add(t, &c, &v3);
	assert_int_equal(v1.kind, SW_KIND_NEW);
	assert_int_equal(v2.kind, SW_KIND_FOLLOWUP);
	assert_string_equal(v2.thread, "k-1");
	assert_null(v2.dup_of);
	assert_non_null(strstr(v2.why, "follow-up"));
	assert_int_equal(v3.kind, SW_KIND_NEW);
	assert_string_equal(v3.thread, "p-1");
	thread_verdict_clear(&v1);
	thread_verdict_clear(&v2);
	thread_verdict_clear(&v3);
	thread_free(t);
}

static const char *story2_followup =
        "Donald Tusk said Polish engineers began preparing the Rzeszow logistics "
        "hub for the multinational reassurance force, and repeated that Poland's "
        "parliament had ruled out deploying Polish soldiers inside Ukraine.";

/* The join decision: a clear follow-up joins its thread and says by which
 * terms of the model; an unrelated story starts its own thread, naming the
 * best thread it did not join; a follow-up of the second story picks that
 * thread over the first. */
static void
test_join_decision(void **state)
{
	struct sw_threader *t = thread_new(180);
	struct sw_verdict v1, v2, v3, v4;
	struct sw_entry a, b, c, d;

	(void)state;
	a = mk("k-1", NULL, "Kremlin says Russia must have a say in any guarantees for Ukraine",
	       story1, "en", T0);
	b = mk("k-2", NULL, "Peskov: Moscow rejects the guarantees annex, Istanbul principles only",
	       story1_followup, "en", T0 + 2 * DAY);
	c = mk("p-1", NULL, "Poland to host the force's logistics hub at Rzeszow", story2, "en",
	       T0 + 2 * DAY + 60);
	d = mk("p-2", NULL, "Polish engineers start work on Rzeszow hub for the reassurance force",
	       story2_followup, "en", T0 + 4 * DAY);
	add(t, &a, &v1);
	add(t, &b, &v2);
	add(t, &c, &v3);
	add(t, &d, &v4);
	assert_int_equal(v1.kind, SW_KIND_NEW);
	assert_int_equal(v2.kind, SW_KIND_FOLLOWUP);
	assert_string_equal(v2.thread, "k-1");
	assert_non_null(strstr(v2.why, "join odds"));
	assert_non_null(strstr(v2.why, "(needed 1.00)"));
	assert_int_equal(v3.kind, SW_KIND_NEW);
	assert_string_equal(v3.thread, "p-1");
	assert_non_null(strstr(v3.why, "new story"));
	assert_non_null(strstr(v3.why, "k-1"));
	assert_int_equal(v4.kind, SW_KIND_FOLLOWUP);
	assert_string_equal(v4.thread, "p-1");
	thread_verdict_clear(&v1);
	thread_verdict_clear(&v2);
	thread_verdict_clear(&v3);
	thread_verdict_clear(&v4);
	thread_free(t);
}

/* A thread that is the only candidate is not joined for the topic's
 * common words alone: its lead is measured over a new story's
 * (MARGIN_BASE), not over nothing, so one thread does not take in every
 * later story of the topic. */
static void
test_lone_candidate(void **state)
{
	static const char *const review[][2] = {
		{ "Valletta treaty at two: allies review the guarantees for Ukraine",
		  "Two years after the Valletta treaty, its signatories met in Malta to review "
		  "the security guarantees it gives Ukraine and the 24-hour consultation clause." },
		{ "Malta review: Kyiv asks Valletta signatories to tighten the consultation clause",
		  "Ukraine asked the signatories of the Valletta treaty meeting in Malta to "
		  "shorten "
		  "the consultation clause and make the guarantees automatic." },
		{ "Valletta review ends with a pledge to revisit the clause next year",
		  "The Malta review of the Valletta treaty closed with the signatories promising "
		  "to "
		  "revisit the consultation clause of Ukraine's guarantees next year." },
	};
	struct sw_threader *t = thread_new(14);
	struct sw_verdict v[4];
	struct sw_entry e;
	int i;

	(void)state;
	for (i = 0; i < 3; i++) {
		e = mk(i == 0   ? "v-1"
		       : i == 1 ? "v-2"
		                : "v-3",
		       NULL, review[i][0], review[i][1], "en", T0 + i * DAY);
		add(t, &e, &v[i]);
		assert_string_equal(v[i].thread, "v-1");
	}
	/* another story of the same topic: Ukraine, its guarantees and a
	 * force in common (it would join with a base of 0) */
	e = mk("b-1", NULL, "Belgium will send F-16 jets to patrol Ukraine's skies",
	       "Brussels said Belgian pilots would join the air component of the force that "
	       "backs Ukraine's guarantees from March.",
	       "en", T0 + 4 * DAY);
	add(t, &e, &v[3]);
	assert_int_equal(v[3].kind, SW_KIND_NEW);
	assert_string_equal(v[3].thread, "b-1");
	for (i = 0; i < 4; i++)
		thread_verdict_clear(&v[i]);
	thread_free(t);
}

static void
test_window(void **state)
{
	struct sw_threader *t = thread_new(210);
	struct sw_verdict v1, v2, v3;
	struct sw_entry a, b, c;

	(void)state;
	a = mk("k-1", NULL,
	       "Kremlin says Russia must have a say in any guarantees "
	       "for Ukraine",
	       story1, "en", T0);
	/* the same follow-up text, a year after the thread went quiet: the
	 * thread closed after 210 quiet days */
	b = mk("k-late", NULL,
	       "Peskov: Moscow rejects the guarantees annex, "
	       "Istanbul principles only",
	       story1_followup, "en", T0 + 365 * DAY);
	add(t, &a, &v1);
	add(t, &b, &v2);
	assert_int_equal(v2.kind, SW_KIND_NEW);
	assert_string_equal(v2.thread, "k-late");
	/* a copy of a's lede weeks apart is no duplicate either */
	c = mk("k-copy", NULL,
	       "Kremlin says Russia must have a say in any "
	       "guarantees for Ukraine",
	       story1, "en", T0 + 200 * DAY);
	add(t, &c, &v3);
	assert_int_not_equal(v3.kind, SW_KIND_DUPLICATE);
	thread_verdict_clear(&v1);
	thread_verdict_clear(&v2);
	thread_verdict_clear(&v3);

	/* thirty days on, past the open days: a close follow-up still
	 * revives the quiet thread, and says so */
	thread_free(t);
	t = thread_new(210);
	add(t, &a, &v1);
	b.published = T0 + 30 * (gint64)DAY;
	add(t, &b, &v2);
	assert_int_equal(v2.kind, SW_KIND_FOLLOWUP);
	assert_string_equal(v2.thread, "k-1");
	assert_non_null(strstr(v2.why, "quiet"));
	thread_verdict_clear(&v1);
	thread_verdict_clear(&v2);

	/* half a year on, still inside the window, the similarity has faded
	 * too far for the same follow-up */
	thread_free(t);
	t = thread_new(210);
	add(t, &a, &v1);
	b.published = T0 + 190 * (gint64)DAY;
	add(t, &b, &v2);
	assert_int_equal(v2.kind, SW_KIND_NEW);
	thread_verdict_clear(&v1);
	thread_verdict_clear(&v2);
	b.published = T0 + 30 * (gint64)DAY;

	/* ... but not when the thread closes after 14 quiet days */
	thread_free(t);
	t = thread_new(14);
	add(t, &a, &v1);
	add(t, &b, &v2);
	assert_int_equal(v2.kind, SW_KIND_NEW);
	thread_verdict_clear(&v1);
	thread_verdict_clear(&v2);

	/* window_days 0 means the default: a close follow-up joins, and the
	 * thread is closed a day past the default window */
	thread_free(t);
	t = thread_new(0);
	add(t, &a, &v1);
	b.published = T0 + 3 * (gint64)DAY;
	add(t, &b, &v2);
	assert_int_equal(v2.kind, SW_KIND_FOLLOWUP);
	thread_verdict_clear(&v1);
	thread_verdict_clear(&v2);
	thread_free(t);
	t = thread_new(0);
	add(t, &a, &v1);
	b.published = T0 + (SW_THREAD_WINDOW_DAYS + 1) * (gint64)DAY;
	add(t, &b, &v2);
	assert_int_equal(v2.kind, SW_KIND_NEW);
	thread_verdict_clear(&v1);
	thread_verdict_clear(&v2);
	thread_free(t);
}

/* A thread as broad as its topic (every country's offer to the force, put
 * there by hints as a store would load it) draws an entry only by what
 * any entry of the topic would share: its centroid is no closer than the
 * topic's (X_LIFT near 0).  A follow-up of a narrow story is drawn by
 * being closer to its thread than to the topic as a whole. */
static void
test_broad_thread(void **state)
{
	static const char *const offers[][2] = {
		{ "Italy offers minehunters to the reassurance force for Ukraine",
		  "Rome will send two minehunters and divers to clear Odesa's approaches once a "
		  "ceasefire holds, the defence ministry said." },
		{ "Czech shells to supply Ukraine's guarantee force",
		  "Prague's ammunition initiative becomes a pillar of the security guarantees, "
		  "with deliveries to the multinational troops from spring." },
		{ "Portugal sends a frigate for the post-ceasefire mission",
		  "Lisbon's frigate and a diving team will patrol off Ukraine's coast under the "
		  "coalition's reassurance plan." },
		{ "Romania to host air hub covering European troops in Ukraine",
		  "Jets at Kogalniceanu will give air cover to the soldiers of the guarantee "
		  "mission, Bucharest announced." },
		{ "Greece opens Alexandroupolis to the Ukraine mission",
		  "Athens offered its northern port as the gateway for the force's supplies after "
		  "any truce." },
	};
	struct sw_threader *t = thread_new(180);
	struct sw_verdict v;
	struct sw_entry e;
	char uid[16];
	int i;

	(void)state;
	for (i = 0; i < 5; i++) {
		g_snprintf(uid, sizeof(uid), "b-%d", i);
		e = mk(uid, NULL, offers[i][0], offers[i][1], "en", T0 + i * DAY);
		thread_add(t, "ukraine", &e, "feed.xml", "broad", &v);
		assert_string_equal(v.thread, "broad");
		thread_verdict_clear(&v);
	}
	e = mk("v-1", NULL, "Valletta treaty: guarantor states get 48 hours to consult",
	       "Annex C of the Valletta text gives Ukraine's guarantor states 48 hours to "
	       "consult after an attack; a Maltese secretariat chaired by Borg keeps the file.",
	       "en", T0 + 5 * DAY);
	thread_add(t, "ukraine", &e, "feed.xml", "valletta", &v);
	thread_verdict_clear(&v);

	/* another country, another offer: the topic's words and no more */
	e = mk("s-1", NULL, "Slovakia will keep its soldiers out of the Ukraine force",
	       "Bratislava's new government said no Slovak troops would take part in the "
	       "reassurance mission, though convoys may cross its territory.",
	       "en", T0 + 6 * DAY);
	add(t, &e, &v);
	/* whatever it joins, the broad thread's pull is not that */
	assert_null(strstr(v.why, "closer than to the topic"));
	thread_verdict_clear(&v);

	e = mk("v-2", NULL, "Borg: Annex C of the Valletta treaty goes to the Rada next week",
	       "The Maltese secretariat said the 48-hour consultation clause of the Valletta text "
	       "would be put to Ukraine's guarantor states and the Rada.",
	       "en", T0 + 6 * DAY + 3600);
	add(t, &e, &v);
	assert_int_equal(v.kind, SW_KIND_FOLLOWUP);
	assert_string_equal(v.thread, "valletta");
	assert_non_null(strstr(v.why, "closer than to the topic"));
	thread_verdict_clear(&v);
	thread_free(t);
}

/* ---- another language joins by names, numbers and key terms ------------ */

static void
test_cross_language(void **state)
{
	struct sw_threader *t = thread_new(14);
	struct sw_verdict v1, v2, v3;
	struct sw_entry a, b, c;

	(void)state;
	a = mk("en-1", NULL,
	       "Lavrov says Moscow must be among the guarantors of "
	       "any Ukraine settlement",
	       lede, "en", T0);
	b = mk("uk-1", NULL, "Лавров хоче, щоб Росія стала гарантом безпеки України",
	       "Міністр закордонних справ Росії Сергій Лавров заявив, що гарантії "
	       "безпеки для України неможливі без участі Москви, і запропонував "
	       "повернутися до стамбульського проєкту 2022 року, де гарантами мали "
	       "бути постійні члени Радбезу ООН, зокрема Китай.",
	       "uk", T0 + 3 * 3600);
	c = mk("de-1", NULL,
	       "Lawrow will bei Sicherheitsgarantien für die "
	       "Ukraine mitreden",
	       "Der russische Außenminister Sergej Lawrow hat Sicherheitsgarantien "
	       "für die Ukraine ohne Beteiligung Moskaus eine Absage erteilt und "
	       "verwies auf die Istanbuler Verhandlungen vom März 2022, bei denen "
	       "China und die ständigen Mitglieder des UN-Sicherheitsrats Garanten "
	       "sein sollten.",
	       "de", T0 + 5 * 3600);
	add(t, &a, &v1);
	add(t, &b, &v2);
	add(t, &c, &v3);
	assert_int_equal(v2.kind, SW_KIND_FOLLOWUP);
	assert_string_equal(v2.thread, "en-1");
	assert_int_equal(v3.kind, SW_KIND_FOLLOWUP);
	assert_string_equal(v3.thread, "en-1");
	thread_verdict_clear(&v1);
	thread_verdict_clear(&v2);
	thread_verdict_clear(&v3);
	thread_free(t);
}

/* ---- two threads found to be one story are merged -------------------- */

static void
test_merge_threads(void **state)
{
	struct sw_threader *t = thread_new(180);
	struct sw_verdict v[6];
	struct sw_entry e[5];
	guint i;

	(void)state;
	e[0] = mk("en-1", NULL,
	          "Monitors to watch the Kamenovo line under a Ukraine ceasefire deal",
	          "Four hundred observers would patrol the line near Kamenovo, the draft agreed "
	          "by the coalition says, with a headquarters in Dnipro.",
	          "en", T0);
	e[1] = mk("en-2", NULL, "Coalition plans observer mission along the Kamenovo line",
	          "A monitoring mission of 400 observers would watch the Kamenovo line, the "
	          "draft says; the coalition wants its headquarters in Dnipro.",
	          "en", T0 + 3600);
	/* the same event in Ukrainian: the village spelled its own way, so
	 * it starts a thread of its own */
	e[2] = mk("uk-1", NULL,
	          "Умєров назвав 12 країн, готових стежити за лінією біля Кам'янового",
	          "Лінія завдовжки 140 кілометрів, штаб буде в Запоріжжі, сказав Умєров.", "uk",
	          T0 + 2 * 3600);
	e[3] = mk("uk-2", NULL, "Умєров: 12 країн дадуть спостерігачів для лінії біля Кам'янового",
	          "За словами Умєрова, 140-кілометрову лінію охоронятимуть спостерігачі з 12 "
	          "країн, штаб буде у Запоріжжі.",
	          "uk", T0 + 3 * 3600);
	/* a German report has the names of both: one story */
	e[4] = mk("de-1", NULL, "Umerow nennt 12 Länder für die Linie bei Kamenovo",
	          "Die 140 Kilometer lange Linie soll von 400 Leuten bewacht werden, der Stab "
	          "komme nach Saporischschja, sagte Umerow.",
	          "de", T0 + 4 * 3600);
	for (i = 0; i < 5; i++)
		add(t, &e[i], &v[i]);
	assert_string_equal(v[1].thread, "en-1");
	assert_int_equal(v[2].kind, SW_KIND_NEW);
	assert_string_equal(v[3].thread, "uk-1");
	assert_null(v[3].merged);
	/* the older thread keeps its id; the entry names the merged one */
	assert_int_equal(v[4].kind, SW_KIND_FOLLOWUP);
	assert_string_equal(v[4].thread, "en-1");
	assert_non_null(v[4].merged);
	assert_int_equal(v[4].merged->len, 1);
	assert_string_equal(v[4].merged->pdata[0], "uk-1");
	assert_non_null(strstr(v[4].why, "merged into en-1"));
	/* the merged thread's entries are the older thread's now */
	add(t, &e[3], &v[5]);
	assert_string_equal(v[5].thread, "en-1");
	for (i = 0; i < 6; i++)
		thread_verdict_clear(&v[i]);
	thread_free(t);
}

/* ---- a young thread two entries agree continues an older one ----------- */

/* The framework, two unrelated stories, and fifteen days later a
 * filibuster over its ratification: too far from the framework to join it
 * alone, so it starts a thread; the next report of the filibuster joins
 * that, and likes the framework's thread best after it.  Two entries
 * agree: the young thread is the framework's story (CONSENSUS_N). */
static void
consensus_entries(struct sw_entry *e)
{
	e[0] = mk("cz-1", NULL,
	          "Czech government signs Ukraine security guarantee framework in Prague",
	          "Prime minister Kratochvil signed the framework with Ukraine in Prague; the "
	          "ammunition initiative becomes part of the guarantees and the treaty now goes "
	          "to the Chamber for ratification.",
	          "en", T0);
	e[1] = mk("cz-2", NULL,
	          "Prague ties its ammunition initiative to the Ukraine guarantee framework",
	          "Kratochvil said the shells initiative would be a pillar of the security "
	          "guarantees for Kyiv; the Chamber of Deputies must ratify the treaty.",
	          "en", T0 + 3600);
	e[2] = mk("mon-1", NULL,
	          "Allies propose drone and satellite mission to monitor a Ukraine ceasefire",
	          "Four hundred observers, drones and satellites would watch the contact line from "
	          "a cell in Dnipro, the coalition's draft says.",
	          "en", T0 + 5 * DAY);
	e[3] = mk(
	        "air-1", NULL, "Romania to host air-policing hub for the reassurance force",
	        "Italian Eurofighters and a Spanish Patriot battery will be based at Kogalniceanu "
	        "to cover European troops in Ukraine.",
	        "en", T0 + 8 * DAY);
	e[4] = mk("rat-1", NULL, "Czech deputies stall ratification of the Ukraine treaty",
	          "Opposition deputies spoke for eleven hours; the lower house adjourned without a "
	          "vote.",
	          "en", T0 + 15 * DAY);
	e[5] = mk("rat-2", NULL, "Opposition filibuster stalls the Ukraine treaty in the Chamber",
	          "The deputies spoke for eleven hours and the lower house adjourned again without "
	          "a ratification vote on the framework Kratochvil signed in Prague.",
	          "en", T0 + 15 * DAY + 4 * 3600);
}

static void
test_consensus_merge(void **state)
{
	struct sw_threader *t = thread_new(180);
	struct sw_verdict v[6];
	struct sw_entry e[6];
	const char *hint[5] = { "cz-1", "cz-1", "mon-1", "air-1", "rat-1" };
	guint i;

	(void)state;
	consensus_entries(e);
	for (i = 0; i < 6; i++)
		add(t, &e[i], &v[i]);
	assert_string_equal(v[1].thread, "cz-1");
	assert_int_equal(v[4].kind, SW_KIND_NEW);
	/* the older thread keeps its id; the entry names the merged one */
	assert_int_equal(v[5].kind, SW_KIND_FOLLOWUP);
	assert_string_equal(v[5].thread, "cz-1");
	assert_non_null(v[5].merged);
	assert_int_equal(v[5].merged->len, 1);
	assert_string_equal(v[5].merged->pdata[0], "rat-1");
	for (i = 0; i < 6; i++)
		thread_verdict_clear(&v[i]);
	thread_free(t);

	/* the daemon reloads the stored entries with their threads each
	 * cycle: the young thread's first entry is scored again as when it
	 * started the thread, and the next entry merges it the same way */
	t = thread_new(180);
	for (i = 0; i < 5; i++) {
		thread_add(t, "ukraine", &e[i], "feed.xml", hint[i], &v[i]);
		assert_string_equal(v[i].thread, hint[i]);
	}
	add(t, &e[5], &v[5]);
	assert_string_equal(v[5].thread, "cz-1");
	assert_non_null(v[5].merged);
	assert_string_equal(v[5].merged->pdata[0], "rat-1");
	for (i = 0; i < 6; i++)
		thread_verdict_clear(&v[i]);
	thread_free(t);
}

/* ---- a new language is judged on what the two sides can share --------- */

static void
test_new_language_same_day(void **state)
{
	struct sw_threader *t = thread_new(180);
	struct sw_verdict v1, v2, v3;
	struct sw_entry a, b, c;

	(void)state;
	a = mk("en-a", NULL, "Macron says 26 countries will join a reassurance force for Ukraine",
	       "Emmanuel Macron said after the Paris meeting of the coalition of the willing "
	       "that 26 countries had committed to deploy troops or contribute on land, "
	       "at sea or in the air once a ceasefire holds; Keir Starmer promised British "
	       "jets and a headquarters in Kyiv.",
	       "en", T0);
	b = mk("en-b", NULL, "Twenty-six nations sign up for Macron's force in Ukraine",
	       "The French president told reporters that the coalition countries would "
	       "send troops only after a ceasefire and that Starmer and Macron would lead "
	       "the planning headquarters.",
	       "en", T0 + 3600);
	c = mk("pl-a", NULL, "Koalicja chętnych: 26 państw gotowych wysłać żołnierzy",
	       "Macron poinformował po spotkaniu w Paryżu, że 26 państw zadeklarowało "
	       "udział w siłach wielonarodowych po zawieszeniu broni. Starmer zapowiedział "
	       "brytyjskie myśliwce, a Polska ma pozostać zapleczem logistycznym, nie "
	       "wysyłając własnych oddziałów na wschód; rząd w Warszawie podkreśla, że "
	       "decyzja zapadnie dopiero po konsultacjach z sojusznikami i parlamentem.",
	       "pl", T0 + 5 * 3600);
	add(t, &a, &v1);
	add(t, &b, &v2);
	add(t, &c, &v3);
	assert_int_equal(v3.kind, SW_KIND_FOLLOWUP);
	assert_string_equal(v3.thread, "en-a");
	assert_non_null(strstr(v3.why, "names/numbers/key-term"));
	thread_verdict_clear(&v1);
	thread_verdict_clear(&v2);
	thread_verdict_clear(&v3);
	thread_free(t);
}

static void
test_more_concepts(void **state)
{
	struct sw_threader *t = thread_new(14);

	(void)state;
	assert_string_equal(thread_concept(t, "consultations"), "consult");
	assert_string_equal(thread_concept(t, "konsultacjach"), "consult");
	assert_string_equal(thread_concept(t, "МИД"), "forministry");
	assert_string_equal(thread_concept(t, "місії"), "mission");
	assert_string_equal(thread_concept(t, "misji"), "mission");
	assert_string_equal(thread_concept(t, "missile"), "missile");
	assert_null(thread_concept(t, "mid"));
	/* the languages of the later held-out feeds: nl, sv, cs, sk, hr, bg, et */
	assert_string_equal(thread_concept(t, "veiligheidsgaranties"), "guarantee");
	assert_string_equal(thread_concept(t, "geruststellingsmacht"), "force");
	assert_string_equal(thread_concept(t, "vredesmacht"), "peacekeepers");
	assert_string_equal(thread_concept(t, "fredsbevarande"), "peacekeepers");
	assert_string_equal(thread_concept(t, "mierových"), "peace");
	assert_string_equal(thread_concept(t, "vojnici"), "troops");
	assert_string_equal(thread_concept(t, "войници"), "troops");
	assert_string_equal(thread_concept(t, "примирие"), "ceasefire");
	assert_string_equal(thread_concept(t, "õhutõrje"), "airdefence");
	assert_string_equal(thread_concept(t, "velitelství"), "headquarters");
	/* Russian "world" is not Czech "peace" */
	assert_null(thread_concept(t, "мировая"));
	thread_free(t);
}

/* ---- hints, topics, hostile input ------------------------------------- */

static void
test_hint_topics_and_junk(void **state)
{
	struct sw_threader *t = thread_new(14);
	struct sw_verdict v;
	struct sw_entry a, b, c, d, e;
	char bad[] = { 'L', 'a', (char)0xC3, (char)0x28, 'v', 0 };

	(void)state;
	a = mk("s-1", NULL, "Kremlin says Russia must have a say", story1, "en", T0);
	thread_add(t, "ukraine", &a, "f", "thread-x", &v);
	assert_string_equal(v.thread, "thread-x");
	thread_verdict_clear(&v);

	/* a reloaded entry goes where the store says, unsearched, and is
	 * indexed for the entries after it */
	d = mk("s-4", NULL, "Poland to host the force's logistics hub at Rzeszow", story2, "en",
	       T0 + DAY);
	thread_add(t, "ukraine", &d, "f", "thread-x", &v);
	assert_int_equal(v.kind, SW_KIND_FOLLOWUP);
	assert_string_equal(v.thread, "thread-x");
	assert_non_null(strstr(v.why, "given"));
	thread_verdict_clear(&v);
	e = mk("s-5", NULL, "Peskov: Moscow rejects the guarantees annex, Istanbul principles only",
	       story1_followup, "en", T0 + 2 * DAY);
	thread_add(t, "ukraine", &e, "f", NULL, &v);
	assert_int_equal(v.kind, SW_KIND_FOLLOWUP);
	assert_string_equal(v.thread, "thread-x");
	thread_verdict_clear(&v);

	/* topics are separate worlds */
	thread_add(t, "other", &a, "f", NULL, &v);
	assert_int_equal(v.kind, SW_KIND_NEW);
	assert_string_equal(v.thread, "s-1");
	thread_verdict_clear(&v);

	b = mk("s-2", NULL, NULL, NULL, NULL, SW_DATE_NONE);
	thread_add(t, "ukraine", &b, NULL, NULL, &v);
	assert_non_null(v.thread);
	thread_verdict_clear(&v);

	c = mk("s-3", "javascript:alert(1)", bad, bad, "xx", T0 + 1);
	thread_add(t, "ukraine", &c, "f", NULL, &v);
	assert_non_null(v.thread);
	thread_verdict_clear(&v);

	assert_string_equal(thread_kind_name(SW_KIND_NONE), "none");
	assert_string_equal(thread_kind_name(SW_KIND_NEW), "new");
	assert_string_equal(thread_kind_name(SW_KIND_FOLLOWUP), "followup");
	assert_string_equal(thread_kind_name(SW_KIND_DUPLICATE), "duplicate");
	thread_free(t);
	thread_free(NULL);
}

/* A feed that repeats one template: every copy is a duplicate of the
 * first, however many there are (the band buckets are read newest first,
 * within a budget, so each copy finds a recent one of them). */
static void
test_many_copies(void **state)
{
	struct sw_threader *t = thread_new(180);
	struct sw_verdict v;
	char uid[32], title[96], lead[400];
	int i;

	(void)state;
	for (i = 0; i < 600; i++) {
		struct sw_entry e;

		g_snprintf(uid, sizeof(uid), "copy-%d", i);
		g_snprintf(title, sizeof(title), "Feed %d: the guarantees story number %d", i,
		           i % 20);
		g_snprintf(lead, sizeof(lead),
		           "Local news about security guarantees for Ukraine, item %d of feed %d, "
		           "with a paragraph of text long enough to look like a real summary of a "
		           "real story in a real local paper.",
		           i % 20, i);
		e = mk(uid, NULL, title, lead, "en", 1794000000 + i * 60);
		add(t, &e, &v);
		if (i == 0) {
			assert_int_equal(v.kind, SW_KIND_NEW);
		} else {
			assert_int_equal(v.kind, SW_KIND_DUPLICATE);
			assert_string_equal(v.dup_of, "copy-0");
			assert_string_equal(v.thread, "copy-0");
		}
		thread_verdict_clear(&v);
	}
	thread_free(t);
}

/* ---- the profile's sub-theme groups join across languages ------------- */

/* terms as struct sw_match has them: "group/field:words", NULL-ended */
static GPtrArray *
terms_of(const char *const *t)
{
	GPtrArray *a = g_ptr_array_new();

	for (; *t; t++)
		g_ptr_array_add(a, (gpointer)*t);
	return a;
}

/* Two English threads of one topic, the monitors and the air plan, then
 * three days on a Hungarian report on the monitors: its words and key
 * terms meet neither thread, and the one name it has (Rutte) both; without
 * its match's groups (the model without X_GROUPS decides) it starts a
 * thread of its own; with them (the profile's "monitor" group, which the
 * English entries of that thread hit too) it joins the monitors' thread. */
static void
run_groups(gboolean with_terms, struct sw_verdict *last)
{
	static const char *const mon[] = { "ukraine/title:ukraine", "monitor/title:monitors",
		                           "monitor/lead:monitoring mission", NULL };
	static const char *const air[] = { "ukraine/title:ukraine", "air/title:air policing",
		                           "air/lead:fighter jets", NULL };
	static const char *const hu[] = { "ukraine/lead:ukrajnában", "monitor/title:ellenőrök",
		                          "monitor/lead:fegyvertelen ellenőrök", NULL };
	struct sw_threader *t = thread_new(180);
	struct sw_verdict v;
	struct sw_entry e[5];
	const char *const *terms[5] = { mon, air, mon, air, hu };
	guint i;

	e[0] = mk("mon-1", NULL, "Ceasefire monitors for Ukraine: allies draft the mission",
	          "Diplomats said the monitoring mission along the contact line would "
	          "report violations to a joint commission every week.",
	          "en", T0);
	e[1] = mk("air-1", NULL, "Allies plan air policing over western Ukraine",
	          "Fighter jets based in Romania and Poland would patrol the skies "
	          "west of the Dnipro once the guns fall silent.",
	          "en", T0 + 3600);
	e[2] = mk("mon-2", NULL, "Monitors' mandate: unarmed teams to report every week",
	          "The draft mandate foresees unarmed teams of monitors reporting "
	          "violations of the truce to the joint commission, Mark Rutte said.",
	          "en", T0 + DAY);
	e[3] = mk("air-2", NULL, "Air plan: jets to patrol from bases in Romania",
	          "Mark Rutte said the patrols would start from Romanian airfields and "
	          "cover western Ukraine.",
	          "en", T0 + DAY + 3600);
	e[4] = mk("hu-1", NULL, "Hétfőn indulhat az ellenőrök első csoportja",
	          "Mark Rutte szerint a fegyvertelen ellenőrök hetente jelentést "
	          "tesznek a frontvonal mentén tapasztalt sértésekről.",
	          "hu", T0 + 4 * DAY);
	for (i = 0; i < G_N_ELEMENTS(e); i++) {
		GPtrArray *a = with_terms ? terms_of(terms[i]) : NULL;

		thread_add_terms(t, "ukraine", &e[i], "feed.xml", NULL, a,
		                 i + 1 < G_N_ELEMENTS(e) ? &v : last);
		if (a)
			g_ptr_array_free(a, TRUE);
		if (i + 1 < G_N_ELEMENTS(e)) {
			/* the English threads form in either case */
			assert_string_equal(v.thread, i % 2 ? "air-1" : "mon-1");
			thread_verdict_clear(&v);
		}
	}
	thread_free(t);
}

static void
test_groups_cross_language(void **state)
{
	struct sw_verdict with, without;

	(void)state;
	run_groups(FALSE, &without);
	run_groups(TRUE, &with);
	assert_string_not_equal(without.thread, "mon-1");
	assert_int_equal(with.kind, SW_KIND_FOLLOWUP);
	assert_string_equal(with.thread, "mon-1");
	assert_non_null(strstr(with.why, "group"));
	thread_verdict_clear(&with);
	thread_verdict_clear(&without);
}

/* ---- story memory: thread_affinity ------------------------------------ */

static void
test_affinity_followup(void **state)
{
	struct sw_threader *t = thread_new(180);
	struct sw_verdict v;
	struct sw_affinity a;
	struct sw_entry e1 = mk("a1", "https://w.example/a1",
	                        "Valletta treaty sets out security guarantees for Ukraine",
	                        "The Valletta text gives guarantor states 48 hours to consult; "
	                        "Annex C lists the Rada vote, the Odesa port inspectors and "
	                        "a Maltese secretariat chaired by Borg.",
	                        "en", T0);
	struct sw_entry e2 = mk("a2", "https://w.example/a2",
	                        "Kharkiv: Russian drones hit a power station overnight",
	                        "Air defence downed most of the drones; repair crews restored "
	                        "heating to the northern districts by morning.",
	                        "en", T0 + 3600);
	/* below any keyword threshold, but the Valletta story's own words */
	struct sw_entry fu =
	        mk("f1", "https://w.example/f1", "Valletta package: Annex C goes to the Rada",
	           "Borg says the Maltese secretariat will give guarantor states "
	           "48 hours to decide; Odesa port inspectors named next week.",
	           "en", T0 + 2 * DAY);
	/* the same topic, none of the story's own words */
	struct sw_entry other =
	        mk("o1", "https://w.example/o1", "Zelensky visits troops near Pokrovsk",
	           "The president handed out awards and discussed ammunition "
	           "supplies with brigade commanders.",
	           "en", T0 + 2 * DAY);
	/* shares words with the follow-up alone, not with the first entry */
	struct sw_entry chain =
	        mk("c1", "https://w.example/c1", "Package goes to committee next week",
	           "Named next week, the package goes to a committee that "
	           "will decide.",
	           "en", T0 + 3 * DAY);

	(void)state;
	add(t, &e1, &v);
	thread_verdict_clear(&v);
	add(t, &e2, &v);
	thread_verdict_clear(&v);

	assert_true(thread_affinity(t, "ukraine", &fu, &a));
	assert_string_equal(a.thread, "a1");
	assert_non_null(strstr(a.headline, "Valletta treaty"));
	assert_true(a.shared >= 7);
	thread_affinity_clear(&a);
	/* read-only: asked again, the same answer; the entry is not threaded */
	assert_true(thread_affinity(t, "ukraine", &fu, &a));
	assert_string_equal(a.thread, "a1");
	assert_true(a.shared >= 7);
	thread_affinity_clear(&a);

	if (thread_affinity(t, "ukraine", &other, &a))
		assert_true(a.shared < 3);
	thread_affinity_clear(&a);
	assert_false(thread_affinity(t, "no-such-topic", &fu, &a));
	assert_null(a.thread);

	/* lifted by story memory, the follow-up joins the story but lifts no
	 * other entry with the words only it brought */
	add(t, &fu, &v);
	assert_string_equal(v.thread, "a1");
	thread_verdict_clear(&v);
	assert_false(thread_affinity(t, "ukraine", &fu, &a)); /* threaded now */
	assert_true(thread_affinity(t, "ukraine", &chain, &a));
	assert_true(a.shared >= 4); /* what the guard is for */
	thread_affinity_clear(&a);
	thread_note_lifted(t, "ukraine", "f1");
	if (thread_affinity(t, "ukraine", &chain, &a))
		assert_true(a.shared <= 1);
	thread_affinity_clear(&a);
	thread_free(t);
}

/* A place a story's entries keep naming counts past its first two
 * mentions, until the rest of the stream names it too (thread_observe). */
static void
test_affinity_stream(void **state)
{
	struct sw_threader *t = thread_new(180);
	struct sw_verdict v;
	struct sw_affinity a;
	static const char *const heads[][2] = {
		{ "Rafale jets to guard Ukraine's skies from Kamenovo air base",
		  "France will station six fighters at Kamenovo once a ceasefire holds." },
		{ "Kamenovo base ready for the allied air patrol, Sofia says",
		  "Bulgaria's defence minister toured the runway at Kamenovo on Monday." },
		{ "First pilots arrive at Kamenovo for the Ukraine air mission",
		  "Twelve French and Dutch pilots landed at Kamenovo late on Tuesday." },
		{ "Kamenovo patrol flights over Ukraine begin next week",
		  "The first sorties from Kamenovo will cover the Black Sea coast." },
	};
	struct sw_entry fu =
	        mk("f1", "https://w.example/f1", "Parliament says yes to foreign jets at Kamenovo",
	           "Deputies voted 141 to 80 for the jets at Kamenovo.", "en", T0 + 5 * DAY);
	int before;
	guint i;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(heads); i++) {
		char *id = g_strdup_printf("k%u", i);
		struct sw_entry e = mk(id, id, heads[i][0], heads[i][1], "en", T0 + i * DAY);

		add(t, &e, &v);
		thread_verdict_clear(&v);
		g_free(id);
	}
	assert_true(thread_affinity(t, "ukraine", &fu, &a));
	before = a.shared;
	thread_affinity_clear(&a);
	/* four matches have it, yet it is the story's own: a name counts twice */
	assert_true(before >= 2);
	/* read before the first match named it (thread_observe_at: a
	 * restarted daemon's stored entries), as the threader that ran on
	 * read them, when it knew no Kamenovo to count */
	for (i = 0; i < 3; i++) {
		struct sw_entry o = mk("o0", "o0", "Kamenovo fair draws record crowds",
		                       "Farmers from around Kamenovo sold honey.", "en", T0 - DAY);

		thread_observe_at(t, "ukraine", &o, T0 - DAY);
	}
	assert_true(thread_affinity(t, "ukraine", &fu, &a));
	assert_int_equal(a.shared, before);
	thread_affinity_clear(&a);
	for (i = 0; i < 3; i++) {
		struct sw_entry o =
		        mk("o", "o", "Kamenovo fair draws record crowds",
		           "Farmers from around Kamenovo sold honey.", "en", T0 + 5 * DAY);

		thread_observe(t, "ukraine", &o);
		/* observing is not threading */
		assert_true(thread_affinity(t, "ukraine", &fu, &a));
		assert_int_equal(a.shared, i < 2 ? before : before - 2);
		thread_affinity_clear(&a);
	}
	thread_observe(t, "no-such-topic", &fu);
	thread_observe(t, "ukraine", NULL);
	thread_free(t);
}

/* thread_copy_of(t, "ukraine", e) is want, found by the rule named rule */
static void
check_copy_of(struct sw_threader *t, const struct sw_entry *e, const char *want, const char *rule)
{
	char *why, *orig = thread_copy_of(t, "ukraine", e, &why);

	assert_non_null(orig);
	assert_string_equal(orig, want);
	assert_non_null(why);
	assert_non_null(strstr(why, rule));
	g_free(orig);
	g_free(why);
}

/* thread_copy_of: a copy of a threaded entry by URL or by its words, not by
 * its title alone; read-only. */
static void
test_copy_of(void **state)
{
	struct sw_threader *t = thread_new(180);
	struct sw_verdict v;
	char *orig, *why;
	struct sw_entry e1 = mk("w1", "https://wire.example/w1",
	                        "First 600 soldiers of the reassurance force reach Brodivka",
	                        "The first 600 soldiers of the multinational force arrived at "
	                        "the former sugar plant in Brodivka on Tuesday, the mission's "
	                        "spokesman said, and will patrol west of the truce line.",
	                        "en", T0);
	/* the wire copy under another headline */
	struct sw_entry copy = mk("c1", "https://paper.example/c1",
	                          "Brodivka: the Mistral brigade's first troops are in",
	                          "The first 600 soldiers of the multinational force arrived "
	                          "at the former sugar plant in Brodivka on Tuesday, the "
	                          "mission's spokesman said, and will patrol west of the "
	                          "truce line.",
	                          "en", T0 + 3600);
	/* the same URL with tracking parameters */
	struct sw_entry same_url = mk("u1", "https://wire.example/w1?utm_source=rss", "Update",
	                              "Corrected spelling.", "en", T0 + 7200);
	/* the same title, other words: no copy */
	struct sw_entry same_title =
	        mk("t1", "https://other.example/t1",
	           "First 600 soldiers of the reassurance force reach Brodivka",
	           "Grain prices fell in Chicago as traders weighed rain "
	           "in Brazil and a stronger dollar.",
	           "en", T0 + 7200);

	(void)state;
	add(t, &e1, &v);
	thread_verdict_clear(&v);

	check_copy_of(t, &copy, "w1", "shingles");
	check_copy_of(t, &same_url, "w1", "canonical URL");
	orig = thread_copy_of(t, "ukraine", &same_title, &why);
	assert_null(orig);
	assert_null(why);
	assert_null(thread_copy_of(t, "no-such-topic", &copy, &why));
	assert_null(thread_copy_of(t, "ukraine", &e1, &why)); /* threaded already */

	/* read-only: the copy is not threaded, and threading it finds it again */
	add(t, &copy, &v);
	assert_int_equal(v.kind, SW_KIND_DUPLICATE);
	assert_string_equal(v.dup_of, "w1");
	thread_verdict_clear(&v);
	thread_free(t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_url_tracking),
		cmocka_unit_test(test_shingle_similarity),
		cmocka_unit_test(test_translit_and_keys),
		cmocka_unit_test(test_more_languages),
		cmocka_unit_test(test_duplicate_rules),
		cmocka_unit_test(test_many_copies),
		cmocka_unit_test(test_followup_and_new),
		cmocka_unit_test(test_join_decision),
		cmocka_unit_test(test_window),
		cmocka_unit_test(test_lone_candidate),
		cmocka_unit_test(test_broad_thread),
		cmocka_unit_test(test_cross_language),
		cmocka_unit_test(test_new_language_same_day),
		cmocka_unit_test(test_merge_threads),
		cmocka_unit_test(test_consensus_merge),
		cmocka_unit_test(test_more_concepts),
		cmocka_unit_test(test_hint_topics_and_junk),
		cmocka_unit_test(test_affinity_followup),
		cmocka_unit_test(test_affinity_stream),
		cmocka_unit_test(test_copy_of),
		cmocka_unit_test(test_groups_cross_language),
	};

	return cmocka_run_group_tests(tests, text_group_setup, text_group_teardown);
}
