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

/* An expression of the groups a to l, parsed apart from match.c to
 * check the nearest alternative it names: at most MAX_NODES nodes. */
#define MAX_NODES 40
#define MAX_ALTS  64

struct node {
	char op; /* 'v' a group, '!', '&', '|' */
	int var, l, r;
};

struct tree {
	struct node n[MAX_NODES];
	int len;
	const char *s;
};

static int t_or(struct tree *t);

static void
t_skip(struct tree *t)
{
	while (*t->s == ' ' || *t->s == '\t')
		t->s++;
}

static int
t_new(struct tree *t, char op, int var, int l, int r)
{
	if (l < -1 || r < -1 || t->len == MAX_NODES)
		return -2;
	t->n[t->len] = (struct node){ op, var, l, r };
	return t->len++;
}

static int
t_atom(struct tree *t)
{
	int e;

	t_skip(t);
	if (*t->s == '!') {
		t->s++;
		e = t_atom(t);
		return e < 0 ? -2 : t_new(t, '!', 0, e, -1);
	}
	if (*t->s == '(') {
		t->s++;
		e = t_or(t);
		t_skip(t);
		if (e < 0 || *t->s != ')')
			return -2;
		t->s++;
		return e;
	}
	if (*t->s >= 'a' && *t->s <= 'l' && !g_ascii_isalnum(t->s[1]) && t->s[1] != '_' &&
	    t->s[1] != '-')
		return t_new(t, 'v', *t->s++ - 'a', -1, -1);
	return -2;
}

static int
t_chain(struct tree *t, char sym, int (*sub)(struct tree *))
{
	int l = sub(t);

	for (;;) {
		if (l < 0)
			return -2;
		t_skip(t);
		if (*t->s != sym)
			return l;
		t->s++;
		l = t_new(t, sym, 0, l, sub(t));
	}
}

static int
t_and(struct tree *t)
{
	return t_chain(t, '&', t_atom);
}

static int
t_or(struct tree *t)
{
	return t_chain(t, '|', t_and);
}

static gboolean
t_eval(const struct tree *t, int e, const gboolean *hit)
{
	const struct node *n = &t->n[e];

	switch (n->op) {
	case 'v':
		return hit[n->var];
	case '!':
		return !t_eval(t, n->l, hit);
	case '&':
		return t_eval(t, n->l, hit) && t_eval(t, n->r, hit);
	default:
		return t_eval(t, n->l, hit) || t_eval(t, n->r, hit);
	}
}

/* e written out in full, the same for subtrees of the same shape (a
 * term named twice is one term, as in match.c) */
static void
t_key(const struct tree *t, int e, GString *out)
{
	const struct node *n = &t->n[e];

	if (n->op == 'v') {
		g_string_append_c(out, (char)('a' + n->var));
		return;
	}
	g_string_append_c(out, n->op);
	g_string_append_c(out, '(');
	t_key(t, n->l, out);
	if (n->r >= 0) {
		g_string_append_c(out, ',');
		t_key(t, n->r, out);
	}
	g_string_append_c(out, ')');
}

/* The alternatives of e (each a list of its terms, a group or a "not")
 * into alts; FALSE when more than MAX_ALTS. */
static gboolean
t_alts(const struct tree *t, int e, GPtrArray *alts)
{
	const struct node *n = &t->n[e];
	GPtrArray *l, *r;
	gboolean ok;
	guint i, j;

	if (n->op == 'v' || n->op == '!') {
		GArray *a = g_array_new(FALSE, FALSE, sizeof(int));

		g_array_append_val(a, e);
		g_ptr_array_add(alts, a);
		return TRUE;
	}
	if (n->op == '|')
		return t_alts(t, n->l, alts) && t_alts(t, n->r, alts) && alts->len <= MAX_ALTS;
	l = g_ptr_array_new_with_free_func((GDestroyNotify)g_array_unref);
	r = g_ptr_array_new_with_free_func((GDestroyNotify)g_array_unref);
	ok = t_alts(t, n->l, l) && t_alts(t, n->r, r) && l->len * r->len <= MAX_ALTS;
	for (i = 0; ok && i < l->len; i++) {
		for (j = 0; j < r->len; j++) {
			GArray *a = g_array_copy(l->pdata[i]), *b = r->pdata[j];

			g_array_append_vals(a, b->data, b->len);
			g_ptr_array_add(alts, a);
		}
	}
	g_ptr_array_free(l, TRUE);
	g_ptr_array_free(r, TRUE);
	return ok && alts->len <= MAX_ALTS;
}

/* The fewest terms that keep an alternative of expr from holding under
 * hit, counting a term named twice once; -1 when expr is beyond this
 * check (not of single letters, more than MAX_NODES nodes or MAX_ALTS
 * alternatives, which the search in match.c may not try in full). */
static int
nearest_cost(const char *expr, const gboolean *hit)
{
	struct tree t = { .s = expr };
	GPtrArray *alts = g_ptr_array_new_with_free_func((GDestroyNotify)g_array_unref);
	int root = t_or(&t), best = -1;
	guint i, j;

	t_skip(&t);
	if (root >= 0 && *t.s == '\0' && t_alts(&t, root, alts)) {
		for (i = 0; i < alts->len; i++) {
			GArray *a = alts->pdata[i];
			GHashTable *unmet =
			        g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
			int cost;

			for (j = 0; j < a->len; j++) {
				int e = g_array_index(a, int, j);
				const struct node *n = &t.n[e];
				GString *k;

				if (n->op == 'v' ? hit[n->var] : !t_eval(&t, n->l, hit))
					continue;
				k = g_string_new(NULL);
				t_key(&t, e, k);
				g_hash_table_add(unmet, g_string_free(k, FALSE));
			}
			cost = (int)g_hash_table_size(unmet);
			g_hash_table_destroy(unmet);
			if (best < 0 || cost < best)
				best = cost;
		}
	}
	g_ptr_array_free(alts, TRUE);
	return best;
}

/* How many groups and "not"s the explanation says the nearest alternative
 * lacks or is ruled out by: the items of "which lacks X, Y" and of "ruled
 * out by Z". */
static int
told_cost(const char *nearest)
{
	const char *end = strstr(nearest, ". Score"), *p;
	int n = 0;

	if (!end)
		return -1;
	for (p = nearest; p < end; p++) {
		if (strncmp(p, ", which lacks ", 14) == 0 || strncmp(p, "ruled out by ", 13) == 0)
			n++;
		else if (strncmp(p, ", ", 2) == 0 && n > 0)
			n++;
	}
	return n;
}

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
		if (nearest) {
			gboolean hit[12];
			int i, want, told;

			/* the groups found, as the explanation lists them */
			for (i = 0; i < 12; i++) {
				char g[8];

				g_snprintf(g, sizeof(g), " %c (", 'a' + i);
				hit[i] = strstr(x.explain, g) != NULL;
			}
			want = nearest_cost(expr, hit);
			told = told_cost(nearest);
			if (want >= 0 && told != want) {
				fprintf(stderr, "nearest costs %d, the best %d\n", told, want);
				fail("not the nearest alternative", expr, x.explain);
			}
		}
		match_clear(&m);
		match_clear(&x);
		match_profile_free(p);
	}
	g_free(text);
	g_free(buf);
	return 0;
}
