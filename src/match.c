/*
 * match.c - topic profiles: compile rules, score an entry, explain it.
 *
 * A profile is a set of named term groups (concepts), each a list of
 * patterns with a weight; a boolean `require` over the groups; field
 * weights; optional reference stories ("like these") compared by TF-IDF
 * cosine; and a threshold.  The key syntax is documented in
 * storywatch.conf(5), section TOPICS.
 *
 *   score = sum over groups g that matched of
 *             weight(g) * sum_i fieldweight(hit_i) * DECAY^i
 *           + like_weight * best cosine to a reference story
 *   match = require holds && score >= threshold
 *
 * Patterns are compiled into atoms (a stem in a given language, or a word
 * prefix) grouped into phrases; NEAR/n joins two phrases, or a phrase and
 * @group.  Entry words are stemmed lazily in each atom language, so a
 * rule matches whatever language the feed claims to be in.
 */
#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "caps.h"
#include "match.h"
#include "text.h"

#define MATCH_ERROR (match_error_quark())

#define NFIELDS 3
enum field { F_TITLE = 0, F_LEAD, F_BODY };
static const char *const field_names[NFIELDS] = { "title", "lead", "body" };
G_STATIC_ASSERT(NFIELDS <= TEXT_SCRATCH_SLOTS); /* one token slot per field */
G_STATIC_ASSERT(SW_MAX_TOPIC_GROUPS <= 64);     /* groups as bits of a guint64 */

#define DECAY           0.5 /* each further hit in a group counts half */
#define MAX_HITS_SCORED 4   /* hits per group that add to the score */
#define LEAD_WORDS      60  /* lead = first words of content without summary */
#define MAX_NEAR        50
#define MIN_PREFIX      3 /* characters before '*' */
#define MAX_LANGS       32
#define MAX_EXPR_DEPTH  32
#define MAX_ALTS        24 /* words in one a|b|c slot */
#define MIN_STEM_MATCH  3  /* shorter stems match the word itself only */
/* story memory defaults (storywatch.conf(5)): an entry below the threshold
 * that shares this many of its rare words, names and numbers with a story
 * the topic matched ... */
#define FOLLOWUP_TERMS 7
#define MAX_CONTEXT    16 /* context.GROUP languages of a profile */
/* ... and scores at least this share of the threshold is a match */
#define FOLLOWUP_FLOOR_SHARE 0.5
/* An entry below followup_floor by at most a sixth of it is a match when
 * it shares FOLLOWUP_NEAR_MORE more.  Over the 81 tuning corpora (session
 * 23), the entries scoring 2.0 to 2.4 (the default floor) that story
 * memory would lift with 7 shared: 24 relevant, 13 not; with 9 or more:
 * 12 relevant, 2 not; below 2.0 it lifts as many negatives as follow-ups */
#define FOLLOWUP_NEAR_SHARE (5.0 / 6.0)
#define FOLLOWUP_NEAR_MORE  2

enum atom_kind { ATOM_STEM, ATOM_PREFIX, ATOM_GROUP, ATOM_ALT };

/* A word of a pattern as compiled, while its pattern is (compile_pattern
 * then keeps only its id: atom_intern). */
struct atom {
	char *word;        /* folded word, the prefix, or the group name */
	char *stem;        /* ATOM_STEM: stem in lang */
	struct atom *alts; /* ATOM_ALT: stems and prefixes, any one matches */
	int lang;          /* index into profile->langs */
	gint16 nalts;      /* at most MAX_ALTS */
	guint8 kind;       /* enum atom_kind */
};

G_STATIC_ASSERT(MAX_ALTS <= G_MAXINT16);

static void
atom_clear(gpointer p)
{
	struct atom *a = p;
	int i;

	g_free(a->word);
	g_free(a->stem);
	for (i = 0; i < a->nalts; i++)
		atom_clear(&a->alts[i]);
	g_free(a->alts);
	a->alts = NULL;
	a->nalts = 0;
}

/* What matching reads of an atom: v, its id (>= 0), or for an @group
 * atom -1 - the group (MA_GROUP).  While the profile is read, the id is
 * the atom's number in the order first read (atom_intern), and an @group
 * atom -1 until the @group references are resolved. */
struct matom {
	int v;
};

#define MA_GROUP(a) (-(a)->v - 1) /* its group, or < 0: not @group */

struct phrase {
	int off;       /* its atoms: matoms[off] to matoms[off + n - 1] */
	gint16 n;      /* at most MAX_PHRASE */
	gint16 ngrefs; /* how many of them are @group */
};

#define MAX_PHRASE G_MAXINT16 /* atoms in a phrase */
#define MAX_QUOTED 80         /* characters of a pattern an error quotes */

/* 20 bytes (9,544 patterns: 187 KB) */
struct pattern {
	struct phrase a;
	struct phrase b; /* NEAR only */
	gint16 near;     /* 0: plain phrase; else NEAR/near (at most MAX_NEAR) */
	gint16 lang;     /* language of its words (0 if only @groups) */
};

G_STATIC_ASSERT(MAX_NEAR <= G_MAXINT16 && MAX_LANGS <= G_MAXINT16);

/* (transfer none) the atoms of phrase ph of profile p */
#define PH_ATOMS(p, ph) ((const struct matom *)(p)->matoms + (ph)->off)

#define UBLOCK_SIZE (64 * 1024)

/* An atom as read, once per content (atom_intern): what index_build
 * needs of it, and its words and stems, the keys of by_word and by_stem
 * until they are frozen. */
struct uatom {
	guint len;   /* of b */
	guint hash;  /* of b */
	int keylen;  /* bytes of its word, or of its shortest a|b|c word */
	guint8 lang; /* index into profile->langs */
	char b[];    /* lang, nalts, then for it and each alternative: kind,
	              * word, NUL, stem (or nothing), NUL */
};

struct group {
	char *name;
	double weight;
	GArray *cpats;    /* struct pattern, while read; NULL once built */
	int npats;        /* its patterns: packed[pat0] to packed[pat0 + npats - 1] */
	gboolean has_ref; /* some pattern uses @group */
	gboolean weight_set;
	int pat0;      /* index of its first pattern in profile->pat_key */
	gboolean lazy; /* weighs 0 and neither require nor context_unless
	                * names it: its hits are looked for only to explain a
	                * match */
};

enum expr_op { E_VAR, E_AND, E_OR, E_NOT, E_TRUE };

struct expr {
	enum expr_op op;
	int var;
	struct expr *l, *r;
};

struct entryvec;
struct docbufs;
struct findex;
static void entryvec_free(struct entryvec *ev);
static void docbufs_free(struct docbufs *db);
static struct docbufs *docbufs_new(int npats, guint ngroups);
static void spanv_free(gpointer p);
static void findex_free(struct findex *x);
static guint32 str_hash32(const char *s);

struct refdoc {
	char *label;
	GHashTable *vec; /* stem -> double* (tf-idf) */
	double norm;
	/* the same by term id (ref_terms_build): */
	int *ord;      /* the ids of vec's stems, in the order vec iterates */
	double *ordw;  /* their weights */
	guint nord;    /* = size of vec */
	double *dense; /* weight by id, 0 for stems not in vec */
};

/* A compiled index's entry: its len values (int, or struct prefref in
 * by_prefix), this, then its key, side by side with the others in the
 * index's arena, each aligned as its values; its values are found before
 * it (idrec_v, given their size). */
struct idrec {
	guint len;
	char key[];
};

#define idrec_v(r, size) ((const void *)((const char *)(r) - (gsize)(r)->len * (size)))

/* A compiled index (index_freeze): an open-addressed table of its entries
 * in one block (a GHashTable and a block an entry took twice the bytes). */
struct findex {
	guint32 mask;  /* slots - 1 */
	guint32 *slot; /* an entry's struct idrec at arena + 4 * (slot >> 8), the
	                * low 8 bits the top 8 of its key's g_str_hash; 0: none */
	char *arena;
};

#define FINDEX_MAX_ARENA ((gsize)4 << 24) /* 4-byte units in 24 bits */

/* What the matcher asks of pattern k, side by side (24 bytes): its word
 * atoms' ids are id0, id1, then pat_ids[off + 2] to pat_ids[off + nids - 1]. */
struct patinfo {
	guint64 grefs; /* bit g set when it uses @group g */
	int off;       /* its ids start at pat_ids[off] */
	int id0, id1;  /* pat_ids[off], pat_ids[off + 1] when there */
	guint16 nids;  /* how many word atoms it has (two phrases of MAX_PHRASE) */
	guint8 lang;   /* its language (pattern->lang) */
	guint8 group;  /* the index of its group */
};

G_STATIC_ASSERT(MAX_LANGS <= 256 && SW_MAX_TOPIC_GROUPS <= 256);
G_STATIC_ASSERT(sizeof(struct patinfo) == 24 && 2 * MAX_PHRASE <= G_MAXUINT16);

struct sw_profile {
	char *name;
	double threshold;
	double threshold_title; /* for entries with a title only; < 0: threshold */
	double fw[NFIELDS];
	GPtrArray *groups; /* struct group * */
	struct expr *require;
	struct reqop *req_code; /* (nullable) require flattened for req_eval, or
	                         * NULL: too deep for it, expr_eval it */
	char *require_src;
	GPtrArray *langs; /* char * codes; [0] is "" = by script */
	GPtrArray *refs;  /* struct refdoc * */
	double like_weight;
	int followup_terms;      /* story memory: rare features shared (0: off) */
	double followup_floor;   /* ... by an entry scoring at least this */
	gboolean has_lazy;       /* some group is lazy */
	struct expr *ctx_unless; /* (nullable) context_unless: no context where it holds */
	char *ctx_unless_src;
	/* context.GROUP = ll ...: entries whose feed declares one of these
	 * languages count as naming GROUP, for require (no points) */
	int nctx;
	int ctx_group[MAX_CONTEXT];
	char ctx_lang[MAX_CONTEXT][3];
	int npatterns;
	gboolean built; /* match_profile_build() done */
	/* atom index (index_build): which phrase atoms a token can fill */
	int natoms;        /* atoms other than @group, numbered by their matom id */
	guint8 *atom_lang; /* lang of each atom id */
	/* while read: */
	GHashTable *rd_word;            /* folded word -> int ids (index_add_id), */
	GHashTable *rd_stem[MAX_LANGS]; /* stem (long ones) -> int ids, */
	GHashTable *rd_prefix;          /* first MIN_PREFIX characters of a
	                                 * prefix -> GArray of struct prefref; */
	/* the same once compiled (index_freeze), entries struct idrec: */
	struct findex *by_word;
	struct findex *by_stem[MAX_LANGS];
	struct findex *by_prefix;
	GArray *short_prefixes; /* struct prefref, fewer characters */
	int *pat_key;           /* per pattern, groups in order: the id of a word
	                         * it cannot match without, or -1 (index_build
	                         * only) */
	int npats;
	struct pattern *packed; /* all patterns side by side, in order (index_build) */
	struct matom *matoms;   /* what matching reads of their atoms, side by
	                         * side, in the order read */
	GStringChunk *strs;     /* the prefixes of the atoms, once each */
	/* while read (match_profile_read), until index_build: */
	GArray *cmatoms;       /* struct matom: what becomes matoms */
	GPtrArray *uatoms;     /* struct uatom *, by the number read, in: */
	GPtrArray *ublocks;    /* blocks of UBLOCK_SIZE (or more) bytes */
	char *ublock_at;       /* the free part of the last one */
	gsize ublock_left;     /* ... its bytes */
	struct uatom *ukey;    /* atom_intern's key looked up */
	gsize ukey_cap;        /* ... its bytes */
	GHashTable *uatom_ids; /* struct uatom * -> number read + 1 (until read) */
	GHashTable *prefixes;  /* the strings in strs (until read) */
	GPtrArray *gref_names; /* the group names of the @group atoms ... */
	GArray *gref_at;       /* ... and where they are in cmatoms (int) */
	struct patinfo *pinfo; /* per pattern: what doc_cands and groups_hit ask */
	int *pat_ids;          /* word atoms' ids of the patterns (patinfo) */
	guint64 grefd;         /* bit g set when a pattern uses @group g */
	int *key_off;          /* patterns keyed by atom id: key_pats[key_off[id]] */
	int *key_pats;         /* ... to key_pats[key_off[id + 1]], in order */
	GArray *keyless;       /* int: patterns of @groups only (key -1) */
	guint64 *keyless_set;  /* the same as bits, (npats + 63) / 64 + 1 words */
	const char **lang_fam; /* lang_family of each of langs */
	GHashTable *ref_terms; /* stem of some reference story -> id + 1 */
	guint nref_terms;
	/* the same as an open-addressed table (ref_term_id): */
	guint rt_mask;            /* slots - 1 */
	guint32 *rt_slot;         /* id + 1 or 0 */
	const char **rt_key;      /* by id: (transfer none) the stem, a key of ref_terms */
	guint32 *rt_hash;         /* by id: str_hash32 of it */
	struct entryvec *ev;      /* entry_score's entry vector, reused */
	struct wordfill **byid;   /* the same by text_scratch_word_ids() number */
	struct vecword *vbyid;    /* by that number too: its stem for entry_vec */
	guint byid_gen;           /* text_word_generation() of byid and vbyid */
	guint byid_cap;           /* the numbers they have room for (both) */
	GHashTable *wordfills;    /* a cache: folded word -> struct wordfill *,
	                           * what the word fills (word_fill); at most
	                           * SW_MAX_WORD_CACHE words */
	GHashTable *num_keys;     /* (nullable) the words and stems indexed that
	                           * are numbers (number_fills_nothing) */
	gboolean num_prefix;      /* some prefix indexed starts with a digit */
	guint8 *filled;           /* entry_score's doc.filled, natoms + 1, reused:
	                           * all 0 between entries */
	int *fslot;               /* entry_score's doc.fslot, natoms + 1 */
	GPtrArray *span_pool;     /* entry_score's doc.pool, kept with its arrays */
	GPtrArray *gspan_pool;    /* entry_score's doc.gpool, the same */
	struct docbufs *db;       /* entry_score's per-entry arrays, reused */
	struct ghitv *ghits;      /* entry_score's groups that matched, reused */
	guint64 lang_memo[64];    /* doc_lang's memo: 1 << 32 | the guess and feed
	                           * codes' key, or 0 for none */
	guint32 lang_memo_ok[64]; /* its lang_ok for that key: bit i = lang_ok[i] */
	struct hitv *hits;        /* ... their hits */
	GString *hit_text;        /* ... the hits' texts */
};

/* The atoms a word fills, whatever the entry: by word and prefix, and by
 * stem in each language asked so far. */
/* The atoms a word fills in entries whose languages (doc.lang_ok) are sig,
 * as doc_fill lists them: ascending, each once (wordfill_list). */
struct sigfill {
	guint32 sig;
	guint32 n; /* SIGFILL_UNSET: none kept */
	union {
		int *ids;   /* n > SIGFILL_INL */
		int inl[2]; /* n <= SIGFILL_INL */
	} u;
};

#define SIGFILL_UNSET    G_MAXUINT32
#define SIGFILL_INL      2
#define sigfill_ids(sf)  ((sf)->n <= SIGFILL_INL ? (sf)->u.inl : (sf)->u.ids)
#define sigfill_heap(sf) ((sf)->n != SIGFILL_UNSET && (sf)->n > SIGFILL_INL)

struct stemfill {
	int lang;
	const struct idrec *ids; /* (transfer none, nullable) by_stem[lang] entry */
};

/* One block per word: this, the word, then its ids.  The word is the
 * cache's key and its value too (a GHashTable whose keys are its values
 * keeps one array of them, not two: 8 bytes a slot less), the struct
 * found from it (wordfill_of). */
struct wordfill {
	/* all it fills in an entry whose languages (doc.lang_ok) are sig, as
	 * doc_fill lists them: ascending, each once (wordfill_list) */
	struct sigfill fills[2]; /* the latest first */
	gint8 stop;              /* is_stopword(word) */
	guint8 nstems;           /* stems found so far: */
	guint nids;
	guint32 asked;          /* bit l: its stem in language l looked up */
	guint32 wlen;           /* strlen(word) */
	struct stemfill *stems; /* (nullable) those looked up and found */
	char word[];            /* NUL-terminated; then, int-aligned, nids ids: by
	                         * word and by prefix, any language (wordfill_ids) */
};

#define WORDFILL_IDS_AT(wlen) (((gsize)(wlen) + 1 + sizeof(int) - 1) & ~(sizeof(int) - 1))
#define wordfill_ids(w)       ((int *)(void *)((w)->word + WORDFILL_IDS_AT((w)->wlen)))
#define wordfill_of(key)                                                                           \
	((struct wordfill *)(void *)((char *)(key)-offsetof(struct wordfill, word)))

static void
wordfill_free(gpointer p)
{
	struct wordfill *w = wordfill_of(p);
	guint k;

	g_free(w->stems);
	for (k = 0; k < G_N_ELEMENTS(w->fills); k++)
		if (sigfill_heap(&w->fills[k]))
			g_free(w->fills[k].u.ids);
	g_free(w);
}

struct hit {
	int field;
	guint text; /* offset of its text in the profile's hit_text */
};

/* The hits of one group that matched, kept for the explanation. */
struct ghits {
	guint gi;    /* index of the group */
	double gs;   /* what it added to the score */
	guint h0, n; /* its hits, best fields first: hits[h0] to hits[h0 + n] */
};

/* Growing arrays of them (appends without a call each). */
struct hitv {
	struct hit *v;
	guint len;
	gsize cap;
};

struct ghitv {
	struct ghits *v;
	guint len;
	gsize cap;
};

struct prefref {
	int id;
	const char *prefix; /* (transfer none) the atom's word */
};

static GQuark
match_error_quark(void)
{
	return g_quark_from_static_string("match-error");
}

/* Words too common to say anything about a story (reference similarity). */
static const char *const stopwords[] = {
	"the",  "a",     "an",     "and",   "or",   "of",    "to",     "in",    "on",   "for",
	"with", "at",    "by",     "from",  "as",   "is",    "are",    "was",   "were", "be",
	"been", "it",    "its",    "that",  "this", "these", "those",  "which", "who",  "would",
	"will", "could", "should", "has",   "have", "had",   "not",    "but",   "if",   "than",
	"then", "there", "their",  "they",  "he",   "she",   "his",    "her",   "we",   "our",
	"you",  "said",  "says",   "say",   "also", "after", "before", "any",   "all",  "more",
	"most", "into",  "over",   "about", "new",  "one",   "two",    "what",  "when", "how",
	"do",   "does",  "can",    "may",   "no",   "der",   "die",    "das",   "und",  "den",
	"dem",  "des",   "ein",    "eine",  "mit",  "für",   "von",    "zu",    "im",   "le",
	"la",   "les",   "de",     "des",   "du",   "et",    "un",     "une",   "pour", "sur",
	"и",    "в",     "на",     "с",     "по",   "не",    "что",    "для",   "за",   "от",
	"і",    "та",    "у",      "з",     "що",   "до",    "ir",     "kad",   "el",   "los",
	"las",  "y",     "en",     "del",   "por",  "w",     "i",      "na",    "z",    "się",
	"że",   "do",    "nie",
};

/* ---- freeing ---- */

static void
group_free(gpointer p)
{
	struct group *g = p;

	g_free(g->name);
	if (g->cpats)
		g_array_unref(g->cpats);
	g_free(g);
}

/* A key's values while an index is built (index_add, index_add_id): n of
 * the index's size after the header.  Not a GArray: GLib before 2.76 takes
 * a GArray's header from GSlice, whose freed chunks (thousands of them
 * here, all freed by index_freeze) it keeps for 15 s, pinning their pages
 * through the cycle that follows. */
struct ivals {
	guint n, cap;
};

#define IVALS_V(a) ((char *)((a) + 1))

/* a with val (size bytes) added; a new block when a is NULL or full */
static struct ivals *
ivals_add(struct ivals *a, const void *val, gsize size)
{
	G_STATIC_ASSERT(sizeof(struct ivals) == 8); /* values 8-byte aligned */
	if (a == NULL) {
		a = g_malloc(sizeof *a + 2 * size);
		a->n = 0;
		a->cap = 2;
	} else if (a->n == a->cap) {
		a->cap *= 2;
		a = g_realloc(a, sizeof *a + a->cap * size);
	}
	memcpy(IVALS_V(a) + a->n * size, val, size);
	a->n++;
	return a;
}

/* An index not frozen (index_freeze): by_word, by_stem (keys borrowed,
 * one id as an odd number or a struct ivals, index_add_id) or by_prefix
 * (keys its own, struct ivals values). */
static void
index_unfrozen_free(GHashTable *h, gboolean own_keys)
{
	GHashTableIter it;
	gpointer k, v;

	g_hash_table_iter_init(&it, h);
	while (g_hash_table_iter_next(&it, &k, &v)) {
		if (!(GPOINTER_TO_SIZE(v) & 1))
			g_free(v);
		if (own_keys)
			g_free(k);
	}
	g_hash_table_unref(h);
}

/* What match_profile_read keeps for index_build only. */
static void
profile_read_state_free(struct sw_profile *p)
{
	if (p->uatom_ids)
		g_hash_table_unref(p->uatom_ids);
	if (p->prefixes)
		g_hash_table_unref(p->prefixes);
	p->uatom_ids = NULL;
	p->prefixes = NULL;
	if (p->gref_names)
		g_ptr_array_unref(p->gref_names);
	if (p->gref_at)
		g_array_unref(p->gref_at);
	p->gref_names = NULL;
	p->gref_at = NULL;
	g_free(p->ukey);
	p->ukey = NULL;
	p->ukey_cap = 0;
}

static void
expr_free(struct expr *e)
{
	if (e == NULL)
		return;
	expr_free(e->l);
	expr_free(e->r);
	g_free(e);
}

static void
refdoc_free(gpointer p)
{
	struct refdoc *r = p;

	g_free(r->label);
	g_hash_table_unref(r->vec);
	g_free(r->ord);
	g_free(r->ordw);
	g_free(r->dense);
	g_free(r);
}

void
match_profile_free(struct sw_profile *p)
{
	int i;

	if (p == NULL)
		return;
	g_free(p->name);
	g_ptr_array_unref(p->groups);
	g_free(p->packed);
	g_free(p->matoms);
	if (p->strs)
		g_string_chunk_free(p->strs);
	profile_read_state_free(p);
	if (p->cmatoms)
		g_array_unref(p->cmatoms);
	if (p->uatoms)
		g_ptr_array_unref(p->uatoms);
	if (p->ublocks)
		g_ptr_array_unref(p->ublocks);
	/* the indexes as read, when not built */
	if (p->rd_word)
		index_unfrozen_free(p->rd_word, FALSE);
	if (p->rd_prefix)
		index_unfrozen_free(p->rd_prefix, TRUE);
	for (i = 0; i < MAX_LANGS; i++)
		if (p->rd_stem[i])
			index_unfrozen_free(p->rd_stem[i], FALSE);
	expr_free(p->require);
	expr_free(p->ctx_unless);
	g_free(p->ctx_unless_src);
	g_free(p->req_code);
	g_free(p->require_src);
	g_ptr_array_unref(p->langs);
	g_ptr_array_unref(p->refs);
	g_free(p->atom_lang);
	g_free(p->lang_fam);
	if (p->ref_terms)
		g_hash_table_unref(p->ref_terms);
	g_free(p->rt_slot);
	g_free(p->rt_key);
	g_free(p->rt_hash);
	entryvec_free(p->ev);
	g_free(p->pat_key);
	g_free(p->pinfo);
	g_free(p->pat_ids);
	g_free(p->key_off);
	g_free(p->key_pats);
	g_free(p->filled);
	g_free(p->fslot);
	if (p->span_pool)
		g_ptr_array_unref(p->span_pool);
	if (p->gspan_pool)
		g_ptr_array_unref(p->gspan_pool);
	if (p->ghits)
		g_free(p->ghits->v);
	g_free(p->ghits);
	if (p->hits)
		g_free(p->hits->v);
	g_free(p->hits);
	if (p->hit_text)
		g_string_free(p->hit_text, TRUE);
	if (p->keyless)
		g_array_unref(p->keyless);
	g_free(p->keyless_set);
	if (p->wordfills)
		g_hash_table_unref(p->wordfills);
	if (p->num_keys)
		g_hash_table_unref(p->num_keys);
	g_free(p->byid);
	g_free(p->vbyid);
	docbufs_free(p->db);
	findex_free(p->by_word);
	for (i = 0; i < MAX_LANGS; i++)
		findex_free(p->by_stem[i]);
	findex_free(p->by_prefix);
	if (p->short_prefixes)
		g_array_unref(p->short_prefixes);
	g_free(p);
}

const char *
match_profile_name(const struct sw_profile *p)
{
	return p->name;
}

/* ---- error positions ---- */

/* Calls fn for each line of [group] in text but its header (s: the line
 * with its leading blanks skipped, eol: its end), in order, until fn
 * returns nonzero, and returns that (0: fn never did, or no text).  A
 * group that appears twice is walked in both places; *header (nullable)
 * gets the line of the group's last header before the stop. */
typedef int (*group_line_fn)(const char *s, const char *eol, int line, void *ud);

static int
group_each_line(const char *text, const char *group, int *header, group_line_fn fn, void *ud)
{
	const char *p, *eol;
	int line = 1, in_group = 0, rc;
	size_t glen = strlen(group);

	if (header)
		*header = 0;
	if (text == NULL)
		return 0;
	if (strncmp(text, "\xEF\xBB\xBF", 3) == 0)
		text += 3; /* a BOM */
	for (p = text; *p; p = eol + 1, line++) {
		const char *s = p;

		eol = strchr(p, '\n');
		if (eol == NULL)
			eol = p + strlen(p);
		while (s < eol && (*s == ' ' || *s == '\t'))
			s++;
		if (*s == '[') {
			in_group = ((size_t)(eol - s) >= glen + 2 &&
			            strncmp(s + 1, group, glen) == 0 && s[glen + 1] == ']');
			if (in_group && header)
				*header = line;
		} else if (in_group && (rc = fn(s, eol, line, ud)) != 0) {
			return rc;
		}
		if (*eol == '\0')
			break;
	}
	return 0;
}

/* The key a "key = value" line sets, blanks around it off (g_free), or
 * NULL for a comment or a line without '=' before its end. */
static char *
line_key(const char *s, const char *eol)
{
	const char *q, *e;

	if (s >= eol || *s == '#' || *s == ';' || (q = memchr(s, '=', (size_t)(eol - s))) == NULL ||
	    q == s)
		return NULL;
	for (e = q; e > s && (e[-1] == ' ' || e[-1] == '\t');)
		e--;
	return e > s ? g_strndup(s, (gsize)(e - s)) : NULL;
}

static int
key_line_fn(const char *s, const char *eol, int line, void *ud)
{
	const char *key = ud;
	char *k = key ? line_key(s, eol) : NULL;
	int hit = k && strcmp(k, key) == 0;

	g_free(k);
	return hit ? line : 0;
}

/* Line (1-based) of the first "key =" of [group] in text; 0 if there is
 * none (or key is NULL).  *header (nullable) gets the line of the group
 * header. */
static int
key_line(const char *text, const char *group, const char *key, int *header)
{
	return group_each_line(text, group, header, key_line_fn, (void *)key);
}

struct dupkey {
	GHashTable *seen; /* the keys set so far */
	char *key;        /* the one set again */
};

static int
dup_key_fn(const char *s, const char *eol, int line, void *ud)
{
	struct dupkey *dk = ud;
	char *k = line_key(s, eol);

	if (k == NULL)
		return 0;
	if (g_hash_table_contains(dk->seen, k)) {
		dk->key = k;
		return line;
	}
	g_hash_table_add(dk->seen, k);
	return 0;
}

/* The line where a key of [group] in text is set a second time, 0 if
 * none is; *key gets that key (g_free).  One pass over the text: asking
 * key_line() of each key in turn was quadratic, and took two thirds of
 * loading the default profile. */
static int
dup_key_line(const char *text, const char *group, char **key)
{
	struct dupkey dk = { g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL), NULL };
	int line = group_each_line(text, group, NULL, dup_key_fn, &dk);

	g_hash_table_destroy(dk.seen);
	*key = dk.key;
	return line;
}

/* Line of key in [group] of text, else of the group header; 0 if neither. */
static int
find_line(const char *text, const char *group, const char *key)
{
	int header, line = key_line(text, group, key, &header);

	return line ? line : header;
}

static void G_GNUC_PRINTF(6, 7) set_error(GError **err, const char *path, const char *text,
                                          const char *group, const char *key, const char *fmt, ...)
{
	va_list ap;
	char *msg;
	int line;

	va_start(ap, fmt);
	msg = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	line = find_line(text, group, key);
	g_set_error(err, MATCH_ERROR, 1, "%s:%d: [%s]%s%s: %s", path ? path : "(config)", line,
	            group, key ? " " : "", key ? key : "", msg);
	g_free(msg);
}

/* ---- compiling ---- */

/* src without its outer blanks, cut to MAX_QUOTED characters ("...")
 * for an error message: a pattern may be 64 KB long. */
static char *
excerpt(const char *src)
{
	char *t = g_strstrip(g_strdup(src));

	if (g_utf8_strlen(t, -1) > MAX_QUOTED) {
		char *cut = g_utf8_offset_to_pointer(t, MAX_QUOTED);

		*cut = '\0';
		cut = g_strconcat(t, "...", NULL);
		g_free(t);
		t = cut;
	}
	return t;
}

/* The index of code in p->langs, added if new; -1 when there is no room
 * (its patterns would otherwise apply in every language). */
static int
lang_index(struct sw_profile *p, const char *code)
{
	guint i;

	if (code == NULL)
		code = "";
	for (i = 0; i < p->langs->len; i++)
		if (strcmp(p->langs->pdata[i], code) == 0)
			return (int)i;
	if (p->langs->len >= MAX_LANGS)
		return -1;
	g_ptr_array_add(p->langs, g_strdup(code));
	return (int)p->langs->len - 1;
}

static struct group *
group_find(const struct sw_profile *p, const char *name, int *idx)
{
	guint i;

	for (i = 0; i < p->groups->len; i++) {
		struct group *g = p->groups->pdata[i];

		if (strcmp(g->name, name) == 0) {
			if (idx)
				*idx = (int)i;
			return g;
		}
	}
	return NULL;
}

static struct group *
group_get(struct sw_profile *p, const char *name)
{
	struct group *g = group_find(p, name, NULL);

	if (g)
		return g;
	g = g_new0(struct group, 1);
	g->name = g_strdup(name);
	g->weight = 1.0;
	g->cpats = g_array_new(FALSE, FALSE, sizeof(struct pattern));
	g_ptr_array_add(p->groups, g);
	return g;
}

static gboolean
valid_name(const char *s)
{
	if (*s == '\0')
		return FALSE;
	for (; *s; s++)
		if (!g_ascii_isalnum(*s) && *s != '_' && *s != '-')
			return FALSE;
	return TRUE;
}

/* Whether a prefix (before its '*') is too short to mean anything: fewer
 * than MIN_PREFIX characters, or than two Hangul syllables (a syllable is
 * a consonant, a vowel and maybe a last consonant). */
static gboolean
prefix_too_short(const char *word)
{
	glong n = g_utf8_strlen(word, -1);
	gunichar c = g_utf8_get_char(word);

	if (n >= 2 && c >= 0xAC00 && c <= 0xD7A3)
		return FALSE;
	return n < MIN_PREFIX;
}

/* Compile one word of a phrase slot: a stem, or a prefix with '*'.
 * Returns a reason on error (static string) or NULL. */
static const char *
compile_word(const char *src, const char *lang, int li, struct atom *out)
{
	char *item = g_strdup(src);
	size_t len = strlen(item);
	gboolean prefix = FALSE;
	GPtrArray *toks;
	struct sw_token *t;

	memset(out, 0, sizeof *out);
	if (len > 0 && item[len - 1] == '*') {
		prefix = TRUE;
		item[--len] = '\0';
	}
	if (strchr(item, '*') || strchr(item, '@')) {
		g_free(item);
		return "in a|b|c each word is a word or a prefix*";
	}
	toks = text_tokenize(item, lang);
	g_free(item);
	if (toks->len != 1) {
		g_ptr_array_unref(toks);
		return "in a|b|c each word is one word (no blanks, hyphens or apostrophes)";
	}
	t = toks->pdata[0];
	out->lang = li;
	out->word = g_strdup(t->word);
	if (prefix) {
		if (prefix_too_short(t->word)) {
			g_free(out->word);
			out->word = NULL;
			g_ptr_array_unref(toks);
			return "a prefix needs at least 3 letters (2 Hangul syllables) before '*'";
		}
		out->kind = ATOM_PREFIX;
	} else {
		out->kind = ATOM_STEM;
		out->stem = g_strdup(t->stem);
	}
	g_ptr_array_unref(toks);
	return NULL;
}

/* Compile "a|b*|c": one slot that any of the words fills. */
static const char *
compile_alts(const char *src, const char *lang, int li, struct atom *out)
{
	char **w = g_strsplit(src, "|", -1);
	int i, n = (int)g_strv_length(w);
	const char *why = NULL;

	memset(out, 0, sizeof *out);
	if (n > MAX_ALTS) {
		g_strfreev(w);
		return "at most 24 words in a|b|c";
	}
	out->kind = ATOM_ALT;
	out->lang = li;
	out->word = g_strdup(src);
	out->alts = g_new0(struct atom, n);
	for (i = 0; i < n && why == NULL; i++) {
		if (*w[i] == '\0')
			why = "empty word in a|b|c";
		else
			why = compile_word(w[i], lang, li, &out->alts[out->nalts]);
		if (why == NULL)
			out->nalts++;
	}
	g_strfreev(w);
	if (why)
		atom_clear(out);
	return why;
}

/* Compile the words of one phrase (items split on blanks).  Returns a
 * reason on error (static string) or NULL. */
static const char *
compile_phrase(struct sw_profile *p, char **items, int nitems, const char *lang, struct atom **out,
               int *nout)
{
	GArray *atoms = g_array_new(FALSE, TRUE, sizeof(struct atom));
	int i, li = lang_index(p, lang);
	guint j;

	/* on the error paths the array frees its atoms' strings */
	g_array_set_clear_func(atoms, atom_clear);
	G_STATIC_ASSERT(MAX_LANGS == 32);
	if (li < 0) {
		g_array_unref(atoms);
		return "at most 31 languages in a topic";
	}

	for (i = 0; i < nitems; i++) {
		char *item;
		size_t len;
		gboolean prefix = FALSE;
		GPtrArray *toks;

		if (items[i][0] == '@') {
			struct atom a;

			if (!valid_name(items[i] + 1)) {
				g_array_unref(atoms);
				return "after '@' comes a group name";
			}
			memset(&a, 0, sizeof a);
			a.kind = ATOM_GROUP;
			a.word = g_strdup(items[i] + 1);
			g_array_append_val(atoms, a);
			continue;
		}
		if (strchr(items[i], '|')) {
			struct atom a;
			const char *why = compile_alts(items[i], lang, li, &a);

			if (why) {
				g_array_unref(atoms);
				return why;
			}
			g_array_append_val(atoms, a);
			continue;
		}
		item = g_strdup(items[i]);
		len = strlen(item);

		if (len > 0 && item[len - 1] == '*') {
			prefix = TRUE;
			item[--len] = '\0';
		}
		if (strchr(item, '*')) {
			g_free(item);
			g_array_unref(atoms);
			return "'*' is allowed only at the end of a word";
		}
		toks = text_tokenize(item, lang);
		g_free(item);
		if (toks->len == 0) {
			g_ptr_array_unref(toks);
			if (prefix) {
				g_array_unref(atoms);
				return "a prefix needs letters before '*'";
			}
			continue; /* punctuation only, e.g. "-" */
		}
		for (j = 0; j < toks->len; j++) {
			struct sw_token *t = toks->pdata[j];
			struct atom a;

			memset(&a, 0, sizeof a);
			a.lang = li;
			a.word = g_strdup(t->word);
			if (prefix && j == toks->len - 1) {
				if (prefix_too_short(t->word)) {
					g_free(a.word);
					g_ptr_array_unref(toks);
					g_array_unref(atoms);
					return "a prefix needs at least 3 letters (2 Hangul "
					       "syllables) before '*'";
				}
				a.kind = ATOM_PREFIX;
			} else {
				a.kind = ATOM_STEM;
				a.stem = g_strdup(t->stem);
			}
			g_array_append_val(atoms, a);
		}
		g_ptr_array_unref(toks);
	}
	if (atoms->len == 0) {
		g_array_unref(atoms);
		return "empty pattern";
	}
	if (atoms->len > MAX_PHRASE) {
		g_array_unref(atoms);
		return "too many words";
	}
	*nout = (int)atoms->len;
	g_array_set_clear_func(atoms, NULL);
	*out = (struct atom *)g_array_free(atoms, FALSE);
	return NULL;
}

static void
atoms_free(struct atom *atoms, int n)
{
	int i;

	for (i = 0; atoms && i < n; i++)
		atom_clear(&atoms[i]);
	g_free(atoms);
}

/* (transfer none) s in p->strs, once per content */
static const char *
prefix_str(struct sw_profile *p, const char *s)
{
	char *out = g_hash_table_lookup(p->prefixes, s);

	if (out == NULL) {
		out = g_string_chunk_insert(p->strs, s);
		g_hash_table_add(p->prefixes, out);
	}
	return out;
}

static guint
uatom_hash(gconstpointer x)
{
	return ((const struct uatom *)x)->hash;
}

static gboolean
uatom_equal(gconstpointer x, gconstpointer y)
{
	const struct uatom *a = x, *b = y;

	return a->len == b->len && memcmp(a->b, b->b, a->len) == 0;
}

/* a leaf of an atom (itself, or one of its a|b|c words) as bytes */
static void
leaf_bytes(GString *s, const struct atom *a)
{
	g_string_append_c(s, (char)a->kind);
	g_string_append(s, a->word ? a->word : "");
	g_string_append_c(s, '\0');
	g_string_append(s, a->stem ? a->stem : "");
	g_string_append_c(s, '\0');
}

static void index_leaf(struct sw_profile *p, const char *word, const char *stem, int lang,
                       gboolean prefix, int id);

/* The number of atom a (not @group) in the order first read: atoms of the
 * same kind, language, words and stems (and a|b|c words, in order) are
 * one atom ("the", "la", "Ukraine" written in many patterns are filled
 * and placed once per token).  A new one is indexed by its words, stems
 * and prefixes under that number (index_build renumbers them). */
static int
atom_intern(struct sw_profile *p, GString *buf, const struct atom *a)
{
	struct uatom *u;
	gpointer had;
	const char *c;
	int i, id, len = 0;

	g_string_truncate(buf, 0);
	g_string_append_c(buf, (char)a->lang);
	g_string_append_c(buf, (char)a->nalts);
	leaf_bytes(buf, a);
	for (i = 0; i < a->nalts; i++)
		leaf_bytes(buf, &a->alts[i]);
	/* the key looked up in the bytes of p->ukey */
	if (p->ukey_cap < sizeof *u + buf->len) {
		p->ukey_cap = sizeof *u + buf->len;
		p->ukey = g_realloc(p->ukey, p->ukey_cap);
	}
	u = p->ukey;
	u->len = (guint)buf->len;
	memcpy(u->b, buf->str, buf->len);
	/* g_str_hash's function, over the bytes */
	u->hash = 5381;
	for (i = 0; i < (int)buf->len; i++)
		u->hash = (u->hash << 5) + u->hash + (guint8)buf->str[i];
	if (g_hash_table_lookup_extended(p->uatom_ids, u, NULL, &had))
		return GPOINTER_TO_INT(had) - 1;
	/* a new one: copied into the blocks of p->ublocks, side by side (freed
	 * whole once built: no small blocks left between those that stay) */
	{
		gsize need = (sizeof *u + buf->len + 7) & ~(gsize)7;

		if (need > p->ublock_left) {
			gsize sz = MAX(need, UBLOCK_SIZE);

			p->ublock_at = g_malloc(sz);
			p->ublock_left = sz;
			g_ptr_array_add(p->ublocks, p->ublock_at);
		}
		u = memcpy(p->ublock_at, p->ukey, sizeof *u + buf->len);
		p->ublock_at += need;
		p->ublock_left -= need;
	}
	/* every word is needed; the key of a pattern is its likely rarest
	 * word, the longest (index_build): of a|b|c, its shortest */
	if (a->kind != ATOM_ALT)
		len = (int)strlen(a->word);
	for (i = 0; i < a->nalts; i++)
		if (i == 0 || (int)strlen(a->alts[i].word) < len)
			len = (int)strlen(a->alts[i].word);
	u->keylen = len;
	u->lang = (guint8)a->lang;
	id = (int)p->uatoms->len;
	g_ptr_array_add(p->uatoms, u);
	g_hash_table_insert(p->uatom_ids, u, GINT_TO_POINTER(id + 1));
	/* index its leaves, their words and stems borrowed from u->b */
	c = u->b + 2;
	for (i = 0; i <= a->nalts; i++) {
		const char *word = c + 1, *stem = word + strlen(word) + 1;
		guint8 kind = (guint8)c[0];

		c = stem + strlen(stem) + 1;
		if (a->kind == ATOM_ALT && i == 0)
			continue; /* the a|b|c as written: its words follow */
		index_leaf(p, word, stem, a->lang, kind == ATOM_PREFIX, id);
	}
	return id;
}

/* ph's atoms as matched: appended to p->cmatoms, each @group noted to be
 * resolved once every group is known */
static void
phrase_commit(struct sw_profile *p, GString *buf, struct phrase *ph, struct atom *atoms, int n)
{
	int i;

	ph->off = (int)p->cmatoms->len;
	ph->n = (gint16)n;
	ph->ngrefs = 0;
	for (i = 0; i < n; i++) {
		struct matom m = { -1 };

		if (atoms[i].kind == ATOM_GROUP) {
			int at = (int)p->cmatoms->len;

			g_ptr_array_add(p->gref_names, atoms[i].word);
			atoms[i].word = NULL;
			g_array_append_val(p->gref_at, at);
			ph->ngrefs++;
		} else {
			m.v = atom_intern(p, buf, &atoms[i]);
		}
		g_array_append_val(p->cmatoms, m);
	}
}

/* Compile one pattern; on error returns a newly allocated reason. */
static char *
compile_pattern(struct sw_profile *p, struct group *g, const char *src, const char *lang,
                GString *buf)
{
	char *s = g_strdup(src);
	char **items;
	int n, i, k, nearat = -1, nearn = 0;
	struct pattern pat;
	struct atom *atoms[2] = { NULL, NULL };
	int natoms[2] = { 0, 0 };
	const char *why;
	char *ret = NULL;

	g_strdelimit(s, "\"", ' ');
	items = g_strsplit_set(g_strstrip(s), " \t", -1);
	/* drop empty items from runs of blanks */
	for (n = 0, i = 0; items[i]; i++) {
		if (*items[i])
			items[n++] = items[i];
		else
			g_free(items[i]);
	}
	items[n] = NULL;
	g_free(s);
	if (n == 0) {
		g_strfreev(items);
		return g_strdup("empty pattern (two ';' in a row?)");
	}
	for (i = 0; i < n; i++) {
		if (g_str_has_prefix(items[i], "NEAR/") || strcmp(items[i], "NEAR") == 0) {
			char *end = NULL;
			long v;

			if (nearat >= 0) {
				ret = g_strdup("only one NEAR per pattern");
				goto out;
			}
			v = items[i][4] ? strtol(items[i] + 5, &end, 10) : -1;
			if (v < 1 || v > MAX_NEAR || end == NULL || *end != '\0') {
				ret = g_strdup_printf("'%s': write NEAR/n with n from 1 to %d",
				                      items[i], MAX_NEAR);
				goto out;
			}
			nearat = i;
			nearn = (int)v;
		}
	}
	if (nearat == 0 || nearat == n - 1) {
		ret = g_strdup("NEAR needs a phrase on each side");
		goto out;
	}
	memset(&pat, 0, sizeof pat);
	pat.near = (gint16)nearn;
	for (i = 0; i < 2; i++) {
		char **from = i == 0 ? items : items + nearat + 1;
		int cnt = i == 0 ? (nearat >= 0 ? nearat : n) : n - nearat - 1;

		if (i == 1 && nearat < 0)
			break;
		why = compile_phrase(p, from, cnt, lang, &atoms[i], &natoms[i]);
		if (why) {
			char *t = excerpt(src);

			ret = g_strdup_printf("'%s': %s", t, why);
			g_free(t);
			goto out;
		}
		for (k = 0; k < natoms[i]; k++) {
			if (atoms[i][k].kind != ATOM_GROUP)
				pat.lang = (gint16)atoms[i][k].lang;
			else
				g->has_ref = TRUE;
		}
	}
	/* @groups only: the key's language, when it names one, holds too */
	if (pat.lang == 0 && lang)
		pat.lang = (gint16)lang_index(p, lang);
	/* compiled: what matching needs kept, the atoms' words indexed */
	phrase_commit(p, buf, &pat.a, atoms[0], natoms[0]);
	if (atoms[1])
		phrase_commit(p, buf, &pat.b, atoms[1], natoms[1]);
	g_array_append_val(g->cpats, pat);
	p->npatterns++;
out:
	atoms_free(atoms[0], natoms[0]);
	atoms_free(atoms[1], natoms[1]);
	g_strfreev(items);
	return ret;
}

/* ---- require expressions: a & (b | !c) ---- */

struct exparse {
	const char *s;
	const struct sw_profile *p;
	char *err;
	int depth;
	int terms; /* groups named so far */
};

static struct expr *ex_or(struct exparse *x);

static void
ex_skip(struct exparse *x)
{
	while (*x->s == ' ' || *x->s == '\t')
		x->s++;
}

static struct expr *
ex_atom(struct exparse *x)
{
	struct expr *e;
	const char *start;
	char *name;
	int idx = -1;

	ex_skip(x);
	if (++x->depth > MAX_EXPR_DEPTH) {
		x->err = g_strdup("expression nested too deeply");
		return NULL;
	}
	if (*x->s == '!') {
		x->s++;
		e = g_new0(struct expr, 1);
		e->op = E_NOT;
		e->l = ex_atom(x);
		if (e->l == NULL) {
			expr_free(e);
			return NULL;
		}
		x->depth--;
		return e;
	}
	if (*x->s == '(') {
		x->s++;
		e = ex_or(x);
		if (e == NULL)
			return NULL;
		ex_skip(x);
		if (*x->s != ')') {
			x->err = g_strdup("missing ')'");
			expr_free(e);
			return NULL;
		}
		x->s++;
		x->depth--;
		return e;
	}
	start = x->s;
	while (g_ascii_isalnum(*x->s) || *x->s == '_' || *x->s == '-')
		x->s++;
	if (x->s == start) {
		x->err = *x->s ? g_strdup_printf("unexpected '%c'", *x->s)
		               : g_strdup("expression ends too early");
		return NULL;
	}
	if (++x->terms > SW_MAX_REQ_GROUPS) {
		/* the nearest alternative of an expression not met is searched
		 * term by term, one stack frame each */
		x->err = g_strdup_printf("more than %d groups named", SW_MAX_REQ_GROUPS);
		return NULL;
	}
	name = g_strndup(start, (gsize)(x->s - start));
	if (group_find(x->p, name, &idx) == NULL) {
		x->err = g_strdup_printf("unknown group '%s'", name);
		g_free(name);
		return NULL;
	}
	g_free(name);
	e = g_new0(struct expr, 1);
	e->op = E_VAR;
	e->var = idx;
	x->depth--;
	return e;
}

/* A left-leaning chain of sub-expressions joined by sym ('&' or '|'). */
static struct expr *
ex_chain(struct exparse *x, char sym, enum expr_op op, struct expr *(*sub)(struct exparse *))
{
	struct expr *l = sub(x), *e;

	while (l) {
		ex_skip(x);
		if (*x->s != sym)
			break;
		x->s++;
		e = g_new0(struct expr, 1);
		e->op = op;
		e->l = l;
		e->r = sub(x);
		if (e->r == NULL) {
			expr_free(e);
			return NULL;
		}
		l = e;
	}
	return l;
}

static struct expr *
ex_and(struct exparse *x)
{
	return ex_chain(x, '&', E_AND, ex_atom);
}

static struct expr *
ex_or(struct exparse *x)
{
	return ex_chain(x, '|', E_OR, ex_and);
}

static struct expr *
expr_parse(const struct sw_profile *p, const char *s, char **err)
{
	struct exparse x = { s, p, NULL, 0, 0 };
	struct expr *e = ex_or(&x);

	if (e) {
		ex_skip(&x);
		if (*x.s) {
			x.err = g_strdup_printf("unexpected '%s'", x.s);
			expr_free(e);
			e = NULL;
		}
	}
	*err = x.err;
	/* cppcheck-suppress returnDanglingLifetime ; e is the parser's heap tree, not x's */
	return e;
}

/* require in prefix order, chains of one operator (a | b | c) made one node
 * with n children, so req_eval stops at the first child that decides */
struct reqop {
	int op;  /* enum expr_op */
	int arg; /* E_VAR: the group; E_AND, E_OR: how many children */
	int end; /* the index after this node's subtree */
};

static int req_code(const struct expr *e, GArray *code, int depth);

/* The operands of the op chain e as children in code; *n counts them and
 * *maxd is the deepest nesting met. */
static void
req_kids(const struct expr *e, int op, GArray *code, int depth, int *n, int *maxd)
{
	int d;

	if ((int)e->op == op) {
		req_kids(e->l, op, code, depth, n, maxd);
		req_kids(e->r, op, code, depth, n, maxd);
		return;
	}
	d = req_code(e, code, depth);
	(*n)++;
	*maxd = MAX(*maxd, d);
}

/* e appended to code (struct reqop); returns the nesting depth req_eval
 * recurses to for it */
static int
req_code(const struct expr *e, GArray *code, int depth)
{
	struct reqop o = { (int)e->op, e->var, 0 };
	guint at = code->len;
	int d = depth, n = 0;

	g_array_append_val(code, o);
	if (e->op == E_AND || e->op == E_OR) {
		req_kids(e, (int)e->op, code, depth + 1, &n, &d);
		g_array_index(code, struct reqop, at).arg = n;
	} else if (e->op == E_NOT) {
		d = req_code(e->l, code, depth + 1);
	}
	g_array_index(code, struct reqop, at).end = (int)code->len;
	return d;
}

#define REQ_STACK 128

/* What expr_eval(e, hit) gives, from e's req_code at c[i]: an AND stops at
 * its first false child, an OR at its first true one. */
static gboolean
req_eval(const struct reqop *c, int i, const gboolean *hit)
{
	int k, j, n;
	gboolean stop, v;

	switch (c[i].op) {
	case E_VAR:
		return hit[c[i].arg];
	case E_AND:
	case E_OR:
		stop = c[i].op == E_OR;
		n = c[i].arg;
		for (k = 0, j = i + 1; k < n; k++, j = c[j].end) {
			v = c[j].op == E_VAR ? hit[c[j].arg] : req_eval(c, j, hit);
			if ((v != 0) == stop)
				return stop;
		}
		return !stop;
	case E_NOT:
		return !req_eval(c, i + 1, hit);
	case E_TRUE:
	default:
		return TRUE;
	}
}

/* Does e (nullable) read group var? */
static gboolean
expr_names(const struct expr *e, int var)
{
	if (e == NULL)
		return FALSE;
	if (e->op == E_VAR)
		return e->var == var;
	return expr_names(e->l, var) || expr_names(e->r, var);
}

static gboolean
expr_eval(const struct expr *e, const gboolean *hit)
{
	switch (e->op) {
	case E_VAR:
		return hit[e->var];
	case E_AND:
		return expr_eval(e->l, hit) && expr_eval(e->r, hit);
	case E_OR:
		return expr_eval(e->l, hit) || expr_eval(e->r, hit);
	case E_NOT:
		return !expr_eval(e->l, hit);
	case E_TRUE:
	default:
		return TRUE;
	}
}

/* ---- reference stories ---- */

static gboolean
is_stopword(const char *w)
{
	/* stopwords[] as a set, made on first use and kept; no word longer
	 * than the longest of them (bytes) is one */
	static GHashTable *set;
	static size_t longest;
	const char *p = w;
	int n;
	size_t i;

	for (n = 0; n < 3 && *p; n++)
		p = g_utf8_next_char(p);
	if (n < 3 && !g_ascii_isdigit(*w))
		return TRUE;
	if (set == NULL) {
		set = g_hash_table_new(g_str_hash, g_str_equal);
		for (i = 0; i < G_N_ELEMENTS(stopwords); i++) {
			size_t len = strlen(stopwords[i]);

			g_hash_table_add(set, (gpointer)stopwords[i]);
			longest = MAX(longest, len);
		}
	}
	for (i = (size_t)(p - w); i <= longest && w[i]; i++)
		;
	if (i > longest)
		return FALSE;
	return g_hash_table_contains(set, w);
}

/* tf-idf vector of tokens (a reference story's: keys and values its
 * own); the idf is a prior: stopwords 0, else 1, a little more for long
 * (rarer) stems.  entry_vec makes the same for an entry. */
static GHashTable *
vec_of(GPtrArray *toks[], int ntoks, double *norm)
{
	GHashTable *v = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	GHashTableIter it;
	gpointer k, val;
	int f;
	guint i;
	double sum = 0;

	for (f = 0; f < ntoks; f++) {
		if (toks[f] == NULL)
			continue;
		for (i = 0; i < toks[f]->len; i++) {
			struct sw_token *t = toks[f]->pdata[i];
			double *c;

			if (*t->stem == '\0' || is_stopword(t->word))
				continue;
			c = g_hash_table_lookup(v, t->stem);
			if (c == NULL) {
				c = g_new0(double, 1);
				g_hash_table_insert(v, g_strdup(t->stem), c);
			}
			*c += 1;
		}
	}
	g_hash_table_iter_init(&it, v);
	while (g_hash_table_iter_next(&it, &k, &val)) {
		double *c = val;
		const char *q = k;
		int nc;

		/* at least 6 characters? (ASCII ones by the byte) */
		for (nc = 0; nc < 6 && *q && (guchar)*q < 0x80; nc++)
			q++;
		for (; nc < 6 && *q; nc++)
			q = g_utf8_next_char(q);
		/* log(1) is 0 */
		*c = (*c == 1 ? 1.0 : 1 + log(*c)) * (nc >= 6 ? 1.5 : 1.0);
		sum += *c * *c;
	}
	*norm = sqrt(sum);
	return v;
}

/* FNV-1a of a NUL-terminated string: the entry vector's and the
 * reference terms' tables hash inline, without a call per stem. */
static guint32
str_hash32(const char *s)
{
	guint32 h = 2166136261u;

	for (; *s; s++) {
		h ^= (guchar)*s;
		h *= 16777619u;
	}
	return h;
}

/* The id of a reference term stem with hash h, or -1 (rt_*, made by
 * ref_terms_build). */
static int
ref_term_id(const struct sw_profile *p, const char *stem, guint32 h)
{
	guint i;

	if (p->rt_slot == NULL)
		return -1;
	for (i = h & p->rt_mask; p->rt_slot[i]; i = (i + 1) & p->rt_mask) {
		int id = (int)p->rt_slot[i] - 1;

		if (p->rt_hash[id] == h && strcmp(p->rt_key[id], stem) == 0)
			return id;
	}
	return -1;
}

/* What entry_vec asks of a token's stem, kept by word number (vbyid):
 * all 0 until known. */
struct vecword {
	guint32 hash; /* str_hash32 of the stem */
	guint32 info; /* 0: not known yet; else (ref_term_id + 2) * 2 + (at least 6 chars) */
};

/* At least 6 characters in stem? (ASCII ones by the byte) */
static gboolean
stem_long(const char *q)
{
	int nc;

	for (nc = 0; nc < 6 && *q && (guchar)*q < 0x80; nc++)
		q++;
	for (; nc < 6 && *q; nc++)
		q = g_utf8_next_char(q);
	return nc >= 6;
}

/* An entry's vector by reference term ids: its distinct stems in the
 * order they first occur, each with its weight and its reference term id
 * (-1: in no reference story), and the weights by id (dense).  The
 * storage is the profile's, reused from entry to entry (entry_vec). */
struct entryvec {
	guint cap;        /* distinct stems the arrays hold */
	guint mask;       /* slots - 1; slots = a power of two >= 2 cap */
	guint32 *slot;    /* index + 1 into the arrays, or 0: all 0 between entries */
	guint *at;        /* per stem: its slot */
	const char **key; /* per stem: (transfer none) the token's stem */
	guint32 *hash;    /* per stem: str_hash32 of it */
	int *ord;         /* per stem: its reference term id or -1 */
	guint8 *big;      /* per stem: stem_long() */
	double *ordw;     /* per stem: its count, then its weight */
	guint nord;       /* distinct stems */
	int *kid;         /* the stems with a reference term id, in order: */
	double *kw;       /* their ids and weights (cosine_ids) */
	guint nk;
	double norm;
	double *dense; /* nref_terms + 1, weight by id: all 0 between entries */
};

static void
entryvec_free(struct entryvec *ev)
{
	if (ev == NULL)
		return;
	g_free(ev->slot);
	g_free(ev->at);
	g_free(ev->key);
	g_free(ev->hash);
	g_free(ev->ord);
	g_free(ev->big);
	g_free(ev->ordw);
	g_free(ev->kid);
	g_free(ev->kw);
	g_free(ev->dense);
	g_free(ev);
}

/* Room for n distinct stems. */
static void
entryvec_reserve(struct entryvec *ev, guint n)
{
	guint slots = 16;

	if (n <= ev->cap)
		return;
	while (slots < 2 * n)
		slots *= 2;
	ev->cap = slots / 2;
	g_free(ev->slot);
	ev->slot = g_new0(guint32, slots);
	ev->mask = slots - 1;
	ev->at = g_renew(guint, ev->at, ev->cap);
	ev->key = g_renew(const char *, ev->key, ev->cap);
	ev->hash = g_renew(guint32, ev->hash, ev->cap);
	ev->ord = g_renew(int, ev->ord, ev->cap);
	ev->big = g_renew(guint8, ev->big, ev->cap);
	ev->ordw = g_renew(double, ev->ordw, ev->cap);
	ev->kid = g_renew(int, ev->kid, ev->cap);
	ev->kw = g_renew(double, ev->kw, ev->cap);
}

/* The tf-idf vector of the tokens of nt fields as vec_of makes it (the
 * same weights; its norm summed in first-occurrence order), by
 * reference term id.  wids[f] (nullable): the word numbers of toks[f],
 * whose stems' hashes and ids are kept in p->vbyid.  Valid until
 * entryvec_done. */
static void
entry_vec(const struct sw_profile *p, GPtrArray *const *toks, guint8 *const *tokstop,
          const guint32 *const *wids, int nt, struct entryvec *ev)
{
	guint n = 0, i, k;
	double sum = 0;
	int f;

	for (f = 0; f < nt; f++)
		n += toks[f] ? toks[f]->len : 0;
	entryvec_reserve(ev, n);
	ev->nord = 0;
	ev->nk = 0;
	for (f = 0; f < nt; f++) {
		if (toks[f] == NULL)
			continue;
		for (i = 0; i < toks[f]->len; i++) {
			const struct sw_token *t = toks[f]->pdata[i];
			struct vecword *vw = NULL;
			guint32 h;

			if (*t->stem == '\0' || tokstop[f][i])
				continue;
			if (wids && wids[f] && wids[f][i] != TEXT_NO_WORD && p->vbyid) {
				vw = &p->vbyid[wids[f][i]];
				if (vw->info == 0) {
					vw->hash = str_hash32(t->stem);
					vw->info =
					        (guint32)(ref_term_id(p, t->stem, vw->hash) + 2) *
					                2 +
					        (stem_long(t->stem) ? 1 : 0);
				}
				h = vw->hash;
			} else {
				h = str_hash32(t->stem);
			}
			for (k = h & ev->mask; ev->slot[k]; k = (k + 1) & ev->mask) {
				guint x = ev->slot[k] - 1;

				if (ev->hash[x] == h && strcmp(ev->key[x], t->stem) == 0)
					break;
			}
			if (ev->slot[k]) {
				ev->ordw[ev->slot[k] - 1] += 1;
				continue;
			}
			ev->slot[k] = ++ev->nord;
			ev->at[ev->nord - 1] = k;
			ev->key[ev->nord - 1] = t->stem;
			ev->hash[ev->nord - 1] = h;
			ev->ordw[ev->nord - 1] = 1;
			if (vw) {
				ev->ord[ev->nord - 1] = (int)(vw->info / 2) - 2;
				ev->big[ev->nord - 1] = (guint8)(vw->info & 1);
			} else {
				ev->ord[ev->nord - 1] = ref_term_id(p, t->stem, h);
				ev->big[ev->nord - 1] = (guint8)stem_long(t->stem);
			}
		}
	}
	for (i = 0; i < ev->nord; i++) {
		double *c = &ev->ordw[i];

		/* log(1) is 0 */
		*c = (*c == 1 ? 1.0 : 1 + log(*c)) * (ev->big[i] ? 1.5 : 1.0);
		sum += *c * *c;
		if (ev->ord[i] >= 0) {
			ev->dense[ev->ord[i]] = *c;
			ev->kid[ev->nk] = ev->ord[i];
			ev->kw[ev->nk++] = *c;
		}
	}
	ev->norm = sqrt(sum);
}

/* Back to all 0 for the next entry. */
static void
entryvec_done(struct entryvec *ev)
{
	guint i;

	for (i = 0; i < ev->nord; i++) {
		ev->slot[ev->at[i]] = 0;
		if (ev->ord[i] >= 0)
			ev->dense[ev->ord[i]] = 0;
	}
	ev->nord = 0;
}

/* Number the stems of the reference stories (ref_terms) and keep each
 * story's vector by those numbers too, in the order its table iterates,
 * so that cosine_ids adds its products in a fixed order without hashing. */
static void
ref_terms_build(struct sw_profile *p)
{
	GHashTableIter it;
	gpointer k, val;
	guint r, n;

	p->ref_terms = g_hash_table_new(g_str_hash, g_str_equal);
	for (r = 0; r < p->refs->len; r++) {
		struct refdoc *rd = p->refs->pdata[r];

		rd->nord = g_hash_table_size(rd->vec);
		rd->ord = g_new(int, rd->nord + 1);
		rd->ordw = g_new(double, rd->nord + 1);
		n = 0;
		g_hash_table_iter_init(&it, rd->vec);
		while (g_hash_table_iter_next(&it, &k, &val)) {
			gpointer id = g_hash_table_lookup(p->ref_terms, k);

			if (id == NULL) {
				id = GINT_TO_POINTER((int)++p->nref_terms);
				g_hash_table_insert(p->ref_terms, k, id);
			}
			rd->ord[n] = GPOINTER_TO_INT(id) - 1;
			rd->ordw[n++] = *(double *)val;
		}
	}
	for (r = 0; r < p->refs->len; r++) {
		struct refdoc *rd = p->refs->pdata[r];

		rd->dense = g_new0(double, p->nref_terms + 1);
		for (n = 0; n < rd->nord; n++)
			rd->dense[rd->ord[n]] = rd->ordw[n];
	}
	p->ev = g_new0(struct entryvec, 1);
	p->ev->dense = g_new0(double, p->nref_terms + 1);
	if (p->nref_terms == 0)
		return;
	for (n = 16; n < 2 * p->nref_terms; n *= 2)
		;
	p->rt_mask = n - 1;
	p->rt_slot = g_new0(guint32, n);
	p->rt_key = g_new(const char *, p->nref_terms);
	p->rt_hash = g_new(guint32, p->nref_terms);
	g_hash_table_iter_init(&it, p->ref_terms);
	while (g_hash_table_iter_next(&it, &k, &val)) {
		int id = GPOINTER_TO_INT(val) - 1;
		guint i;

		p->rt_key[id] = k;
		p->rt_hash[id] = str_hash32(k);
		for (i = p->rt_hash[id] & p->rt_mask; p->rt_slot[i]; i = (i + 1) & p->rt_mask)
			;
		p->rt_slot[i] = (guint32)id + 1;
	}
}

/* Cosine of the entry and a reference story: the smaller vector (the
 * entry's on a tie) is iterated, in its own order, and each stem's
 * weight multiplied by the other's (0 when the other lacks it: weights
 * are positive, so adding 0 changes nothing). */
static double
cosine_ids(const struct entryvec *ev, const struct refdoc *rd)
{
	double dot = 0;
	guint i;

	if (ev->norm <= 0 || rd->norm <= 0)
		return 0;
	if (ev->nord > rd->nord) {
		for (i = 0; i < rd->nord; i++)
			dot += rd->ordw[i] * ev->dense[rd->ord[i]];
	} else {
		for (i = 0; i < ev->nk; i++)
			dot += ev->kw[i] * rd->dense[ev->kid[i]];
	}
	return dot / (ev->norm * rd->norm);
}

/* ---- profile ---- */

static gboolean
get_double(const struct sw_keyfile *kf, const char *group, const char *key, double *out,
           const char *path, const char *text, GError **err)
{
	char *v = keyfile_get_value(kf, group, key);
	char *end = NULL;
	double d;

	if (v == NULL)
		return TRUE;
	g_strstrip(v);
	d = g_ascii_strtod(v, &end);
	if (*v == '\0' || end == NULL || *end != '\0' || !isfinite(d)) {
		set_error(err, path, text, group, key, "'%s' is not a number", v);
		g_free(v);
		return FALSE;
	}
	g_free(v);
	*out = d;
	return TRUE;
}

static gboolean lang_known(const char *lang);

/* Split "term.NAME", "term.NAME.ll" or "term.NAME.ll.x" into NAME and the
 * language ll (nullable): any further dotted part that is a known language
 * code names the language, other parts only make keys unique. */
static gboolean
split_key(const char *key, const char *prefix, char **name, char **lang)
{
	char **parts = g_strsplit(key + strlen(prefix), ".", -1);
	gboolean ok;
	int i;

	*name = g_strdup(parts[0] ? parts[0] : "");
	*lang = NULL;
	ok = valid_name(*name);
	for (i = 1; ok && parts[i]; i++) {
		if (!valid_name(parts[i]))
			ok = FALSE;
		else if (strlen(parts[i]) == 2 && g_ascii_isalpha(parts[i][0]) &&
		         g_ascii_isalpha(parts[i][1]) && *lang == NULL)
			*lang = g_ascii_strdown(parts[i], -1);
	}
	g_strfreev(parts);
	return ok;
}

static int
bracket_key_fn(const char *s, const char *eol, int line, void *ud)
{
	const char *eq, *br;

	if (*s == '#' || *s == ';')
		return 0;
	eq = memchr(s, '=', (size_t)(eol - s));
	br = memchr(s, '[', (size_t)(eol - s));
	if (eq && br && br < eq) {
		char **key = ud;

		*key = g_strndup(s, (gsize)(eq - s));
		g_strstrip(*key);
		return line;
	}
	return 0;
}

/* The key file drops "key[ll]" lines (translations, as GKeyFile did with
 * those of other locales) without a word; find one in group of text so
 * that it is an error instead. */
static int
find_bracket_key(const char *text, const char *group, char **key)
{
	*key = NULL;
	return group_each_line(text, group, NULL, bracket_key_fn, key);
}

static gboolean
lang_known(const char *lang)
{
	static const char *const known[] = {
		"bg", "bs", "ca", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr",
		"hr", "hu", "it", "ja", "ko", "lt", "lv", "nb", "nl", "nn", "no", "pl",
		"pt", "ro", "ru", "sk", "sl", "sr", "sv", "tr", "uk", "zh",
	};
	size_t i;

	for (i = 0; i < G_N_ELEMENTS(known); i++)
		if (g_ascii_strncasecmp(lang, known[i], 2) == 0 &&
		    (lang[2] == '\0' || lang[2] == '_' || lang[2] == '-'))
			return TRUE;
	return FALSE;
}

/* ---- atom index: from a token to the atoms it can fill ---- */

/* by_prefix: key (transfer full) -> struct ivals of struct prefref */
static void
index_add(GHashTable *h, char *key, const void *val, guint size)
{
	gpointer old_key, vals;

	if (g_hash_table_lookup_extended(h, key, &old_key, &vals)) {
		g_hash_table_insert(h, old_key, ivals_add(vals, val, size));
		g_free(key);
	} else {
		g_hash_table_insert(h, key, ivals_add(NULL, val, size));
	}
}

/* While the atoms are numbered, by_word and by_stem map a word or stem
 * (borrowed from its atom) to its one id as an odd number, (id << 1) | 1,
 * and only from its second id on to a struct ivals of them: most have
 * one, and a GArray and a copy of the key for each took ~1.5 MB at the
 * peak of compiling. */
static void
index_add_id(GHashTable *h, const char *key, int id)
{
	gpointer v;

	if (!g_hash_table_lookup_extended(h, key, NULL, &v)) {
		g_hash_table_insert(h, (char *)key, GSIZE_TO_POINTER(((gsize)id << 1) | 1));
	} else if (GPOINTER_TO_SIZE(v) & 1) {
		int first = (int)(GPOINTER_TO_SIZE(v) >> 1);
		struct ivals *a = ivals_add(NULL, &first, sizeof first);

		g_hash_table_insert(h, (char *)key, ivals_add(a, &id, sizeof id));
	} else {
		g_hash_table_insert(h, (char *)key, ivals_add(v, &id, sizeof id));
	}
}

/* Index one stem or prefix atom (or one word of an a|b|c) under id; word
 * and stem are borrowed (from its struct uatom) until frozen. */
static void
index_leaf(struct sw_profile *p, const char *word, const char *stem, int lang, gboolean prefix,
           int id)
{
	if (prefix) {
		struct prefref r = { id, prefix_str(p, word) };

		if (g_utf8_strlen(word, -1) < MIN_PREFIX) {
			g_array_append_val(p->short_prefixes, r);
		} else {
			char *key = g_strndup(
			        word, (gsize)(g_utf8_offset_to_pointer(word, MIN_PREFIX) - word));

			index_add(p->rd_prefix, key, &r, sizeof r);
		}
		return;
	}
	/* ATOM_STEM: its word always matches, its stem when long enough */
	index_add_id(p->rd_word, word, id);
	if (g_utf8_strlen(stem, -1) < MIN_STEM_MATCH)
		return;
	if (p->rd_stem[lang] == NULL)
		p->rd_stem[lang] = g_hash_table_new(g_str_hash, g_str_equal);
	index_add_id(p->rd_stem[lang], stem, id);
}

/* The values of an index, numbered as read, renumbered by map (index_build)
 * and put in the new order, ascending (as they were when atoms were
 * numbered in that order; of one id, in the order indexed). */
static void
ids_renumber(int *v, guint n, const int *map)
{
	guint i, j;

	for (i = 0; i < n; i++) {
		int x = map[v[i]];

		for (j = i; j > 0 && v[j - 1] > x; j--)
			v[j] = v[j - 1];
		v[j] = x;
	}
}

static void
prefrefs_renumber(struct prefref *v, guint n, const int *map)
{
	guint i, j;

	for (i = 0; i < n; i++) {
		struct prefref x = v[i];

		x.id = map[x.id];
		for (j = i; j > 0 && v[j - 1].id > x.id; j--)
			v[j] = v[j - 1];
		v[j] = x;
	}
}

/* (nullable) the entry of key in a compiled index (nullable) */
static const struct idrec *
idrec_lookup(const struct findex *x, const char *key)
{
	guint32 h, i, tag;

	if (x == NULL)
		return NULL;
	h = g_str_hash(key);
	tag = h >> 24;
	for (i = h & x->mask; x->slot[i]; i = (i + 1) & x->mask) {
		const struct idrec *r;

		if ((x->slot[i] & 0xff) != tag)
			continue;
		r = (const struct idrec *)(const void *)(x->arena + 4 * (gsize)(x->slot[i] >> 8));
		if (strcmp(r->key, key) == 0)
			return r;
	}
	return NULL;
}

static void
findex_free(struct findex *x)
{
	if (x == NULL)
		return;
	g_free(x->slot);
	g_free(x->arena);
	g_free(x);
}

/* bytes of an entry of n values of size bytes and a key of klen: 4-byte
 * aligned (int values), or 8 (struct prefref) */
static gsize
idrec_size(guint n, gsize size, gsize klen)
{
	gsize align = size == sizeof(int) ? 4 : 8;

	return (n * size + sizeof(struct idrec) + klen + 1 + align - 1) & ~(align - 1);
}

/* (transfer full) h (key -> values of size bytes, unreffed) as a compiled
 * index, the values renumbered by map */
static struct findex *
index_freeze(GHashTable *h, gsize size, const int *map)
{
	struct findex *x = g_new0(struct findex, 1);
	GHashTableIter it;
	gpointer k, v;
	guint n = g_hash_table_size(h), cap = 8;
	gsize total = 0, at = 0;

	/* by_word, by_stem: one id as an odd number (index_add_id) */
#define VALS(v) (GPOINTER_TO_SIZE(v) & 1 ? 1 : ((struct ivals *)(v))->n)
	g_hash_table_iter_init(&it, h);
	while (g_hash_table_iter_next(&it, &k, &v))
		total += idrec_size(VALS(v), size, strlen(k));
	while (cap < n + n / 2 + 1)
		cap *= 2;
	x->mask = cap - 1;
	x->slot = g_new0(guint32, cap);
	x->arena = g_malloc(total + 1);
	g_assert(total < FINDEX_MAX_ARENA);
	G_STATIC_ASSERT(sizeof(struct prefref) % 8 == 0 && sizeof(struct idrec) == 4);
	g_hash_table_iter_init(&it, h);
	while (g_hash_table_iter_next(&it, &k, &v)) {
		int one = (int)(GPOINTER_TO_SIZE(v) >> 1);
		struct ivals *a = GPOINTER_TO_SIZE(v) & 1 ? NULL : v;
		guint nv = VALS(v), i;
		gsize klen = strlen(k), vlen = nv * size;
		char *b = x->arena + at;
		struct idrec *r = (struct idrec *)(void *)(b + vlen);
		guint32 hk = g_str_hash(k);

		r->len = nv;
		memcpy(b, a ? (const void *)IVALS_V(a) : (const void *)&one, vlen);
		if (size == sizeof(struct prefref))
			prefrefs_renumber((struct prefref *)(void *)b, nv, map);
		else
			ids_renumber((int *)(void *)b, nv, map);
		memcpy(r->key, k, klen + 1);
		for (i = hk & x->mask; x->slot[i]; i = (i + 1) & x->mask)
			;
		/* > 0: values come first */
		x->slot[i] = (guint32)((at + vlen) / 4) << 8 | hk >> 24;
		at += idrec_size(nv, size, klen);
		g_hash_table_iter_steal(&it);
		if (size == sizeof(struct prefref))
			g_free(k); /* by_prefix's keys are its own */
		g_free(a);
	}
#undef VALS
	g_hash_table_unref(h);
	return x;
}

/* word is ASCII digits alone */
static gboolean
is_number(const char *word)
{
	const char *c;

	for (c = word; *c >= '0' && *c <= '9'; c++)
		;
	return *c == '\0' && c > word;
}

/* Keep the keys of h (an index being built) that are numbers in
 * p->num_keys. */
static void
num_keys_add(struct sw_profile *p, GHashTable *h)
{
	GHashTableIter it;
	gpointer key;

	if (h == NULL)
		return;
	g_hash_table_iter_init(&it, h);
	while (g_hash_table_iter_next(&it, &key, NULL)) {
		if (!is_number(key))
			continue;
		if (p->num_keys == NULL)
			p->num_keys = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
		g_hash_table_add(p->num_keys, g_strdup(key));
	}
}

/* Whether word (a token text.c gave no word number) is a number that fills
 * no atom of p: not an indexed word or stem (a number's stem is itself:
 * text.c), and no indexed prefix starts with a digit.  Such a number is
 * not kept in the word cache: feeds are full of numbers met once (dates,
 * ids, prices), and each cost a cache entry. */
static gboolean
number_fills_nothing(const struct sw_profile *p, const char *word)
{
	if (!g_ascii_isdigit(*word) || p->num_prefix || !is_number(word))
		return FALSE;
	return p->num_keys == NULL || !g_hash_table_contains(p->num_keys, word);
}

/* Put the patterns of the groups side by side in p->packed, in the order
 * of the groups (p->npats), and number their word atoms again in that
 * order: the map returned (g_free) takes an atom's number as read to its
 * new one, and the language of each new atom is appended to langs.  A
 * pattern's key (p->pat_key) is its longest word, or -1 (@groups only). */
static int *
patterns_pack(struct sw_profile *p, GArray *langs)
{
	struct matom *ma = p->matoms;
	guint gi, pi, j;
	int np = 0, k, *map;

	p->packed = g_new(struct pattern, p->npatterns + 1);
	p->pat_key = g_new(int, p->npatterns + 1);
	map = g_new(int, p->uatoms->len + 1);
	for (j = 0; j < p->uatoms->len; j++)
		map[j] = -1;
	for (gi = 0; gi < p->groups->len; gi++) {
		struct group *g = p->groups->pdata[gi];

		g->pat0 = np;
		g->npats = (int)g->cpats->len;
		for (pi = 0; pi < g->cpats->len; pi++) {
			struct pattern *pat = &p->packed[np];
			int key = -1, best = -1, h;

			/* pattern k of the profile is packed[k] (groups_hit) */
			*pat = g_array_index(g->cpats, struct pattern, pi);
			for (h = 0; h < 2; h++) {
				struct phrase *ph = h == 0 ? &pat->a : &pat->b;

				for (k = 0; k < ph->n; k++) {
					struct matom *m = &ma[ph->off + k];
					const struct uatom *u;

					if (MA_GROUP(m) >= 0)
						continue;
					u = p->uatoms->pdata[m->v];
					if (map[m->v] < 0) {
						guint8 l = u->lang;

						map[m->v] = p->natoms++;
						g_array_append_val(langs, l);
					}
					/* every word is needed; key the likely
					 * rarest, the longest */
					if (u->keylen > best) {
						best = u->keylen;
						key = map[m->v];
					}
					m->v = map[m->v];
				}
			}
			p->pat_key[np++] = key;
		}
		g_array_unref(g->cpats);
		g->cpats = NULL;
	}
	p->npats = np;
	return map;
}

/* The numbers among the keys, for number_fills_nothing(): the words and
 * stems that are numbers (num_keys), and whether a prefix starts with a
 * digit (num_prefix).  Before the indexes are frozen. */
static void
num_keys_note(struct sw_profile *p)
{
	GHashTableIter it;
	gpointer key;
	guint j;

	num_keys_add(p, p->rd_word);
	for (j = 0; j < MAX_LANGS; j++)
		num_keys_add(p, p->rd_stem[j]);
	g_hash_table_iter_init(&it, p->rd_prefix);
	while (g_hash_table_iter_next(&it, &key, NULL))
		if (g_ascii_isdigit(*(const char *)key))
			p->num_prefix = TRUE;
	for (j = 0; j < p->short_prefixes->len; j++) {
		const struct prefref *r = &g_array_index(p->short_prefixes, struct prefref, j);

		if (g_ascii_isdigit(*r->prefix))
			p->num_prefix = TRUE;
	}
}

/* Compile the indexes as read (index_freeze), their atoms renumbered by
 * map (patterns_pack), and let the atoms as read go. */
static void
indexes_freeze(struct sw_profile *p, const int *map)
{
	guint j;

	/* by_word's and by_stem's keys are the atoms' words: frozen before
	 * the atoms go */
	p->by_word = index_freeze(p->rd_word, sizeof(int), map);
	p->by_prefix = index_freeze(p->rd_prefix, sizeof(struct prefref), map);
	p->rd_word = p->rd_prefix = NULL;
	for (j = 0; j < MAX_LANGS; j++) {
		if (p->rd_stem[j])
			p->by_stem[j] = index_freeze(p->rd_stem[j], sizeof(int), map);
		p->rd_stem[j] = NULL;
	}
	prefrefs_renumber((struct prefref *)(void *)p->short_prefixes->data, p->short_prefixes->len,
	                  map);
	g_ptr_array_unref(p->uatoms);
	g_ptr_array_unref(p->ublocks);
	p->uatoms = NULL;
	p->ublocks = NULL;
}

/* The word atoms of each pattern, all needed in a field it matches in
 * (p->pinfo, their ids side by side in p->pat_ids), and the @groups
 * each pattern and any pattern uses (pinfo's grefs, p->grefd). */
static void
patinfo_build(struct sw_profile *p)
{
	GArray *ids = g_array_new(FALSE, FALSE, sizeof(int));
	guint gi;
	int k;

	p->pinfo = g_new0(struct patinfo, p->npats + 1);
	for (gi = 0; gi < p->groups->len; gi++) {
		struct group *g = p->groups->pdata[gi];

		for (k = g->pat0; k < g->pat0 + g->npats; k++) {
			const struct pattern *pat = &p->packed[k];
			struct patinfo *pf = &p->pinfo[k];
			int i;

			pf->off = (int)ids->len;
			g_assert(pat->lang >= 0 && pat->lang < MAX_LANGS);
			pf->group = (guint8)gi;
			pf->lang = (guint8)pat->lang;
			for (i = 0; i < pat->a.n + pat->b.n; i++) {
				const struct matom *m =
				        i < pat->a.n ? &PH_ATOMS(p, &pat->a)[i]
				                     : &PH_ATOMS(p, &pat->b)[i - pat->a.n];

				if (MA_GROUP(m) >= 0)
					pf->grefs |= G_GUINT64_CONSTANT(1) << MA_GROUP(m);
				else
					g_array_append_val(ids, m->v);
			}
			p->grefd |= pf->grefs;
			pf->nids = (guint16)(ids->len - (guint)pf->off);
			if (pf->nids > 0)
				pf->id0 = g_array_index(ids, int, pf->off);
			if (pf->nids > 1)
				pf->id1 = g_array_index(ids, int, pf->off + 1);
		}
	}
	p->pat_ids = (int *)g_array_free(ids, FALSE);
}

/* And the other way round from p->pat_key: the patterns each atom is the
 * key of (key_off, key_pats: a counting sort by key), and those without a
 * key (keyless, keyless_set).  pat_key goes. */
static void
key_index_build(struct sw_profile *p)
{
	int k, np = p->npats;

	p->key_off = g_new0(int, p->natoms + 2);
	p->key_pats = g_new(int, np + 1);
	p->keyless = g_array_new(FALSE, FALSE, sizeof(int));
	for (k = 0; k < np; k++)
		if (p->pat_key[k] >= 0)
			p->key_off[p->pat_key[k] + 2]++;
	for (k = 2; k <= p->natoms + 1; k++)
		p->key_off[k] += p->key_off[k - 1];
	for (k = 0; k < np; k++) {
		if (p->pat_key[k] >= 0)
			p->key_pats[p->key_off[p->pat_key[k] + 1]++] = k;
		else
			g_array_append_val(p->keyless, k);
	}
	p->keyless_set = g_new0(guint64, (np + 63) / 64 + 1);
	for (k = 0; k < (int)p->keyless->len; k++) {
		int pk = g_array_index(p->keyless, int, k);

		p->keyless_set[pk / 64] |= G_GUINT64_CONSTANT(1) << (pk % 64);
	}
	/* matching reads key_off, key_pats and keyless_set */
	g_free(p->pat_key);
	p->pat_key = NULL;
}

/* entry_score's buffers, sized by the profile once built and reused for
 * every entry. */
static void
entry_scratch_new(struct sw_profile *p)
{
	p->filled = g_new0(guint8, p->natoms + 1);
	p->fslot = g_new(int, p->natoms + 1);
	p->db = docbufs_new(p->npats, p->groups->len);
	p->span_pool = g_ptr_array_new_with_free_func(spanv_free);
	p->gspan_pool = g_ptr_array_new_with_free_func(spanv_free);
	p->ghits = g_new0(struct ghitv, 1);
	p->hits = g_new0(struct hitv, 1);
	p->hit_text = g_string_new(NULL);
}

/* Number the atoms of every pattern and index them by word, stem and
 * prefix, so that an entry looks each of its tokens up once and tries
 * only the patterns whose every atom some token fills.  The atoms were
 * numbered and indexed as read (atom_intern): they are numbered again in
 * the order of the groups, and the patterns put side by side in it. */
static const char *lang_family(const char *code);

static void
index_build(struct sw_profile *p)
{
	GArray *langs = g_array_new(FALSE, FALSE, sizeof(guint8));
	guint pi;
	int k, *map;

	p->wordfills = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, wordfill_free);
	/* keys are their values (g_hash_table_add): wordfill_free is given
	 * the word */
	/* no room kept: the array grew by doubling */
	k = (int)p->cmatoms->len;
	p->matoms = g_renew(struct matom, (struct matom *)(void *)g_array_free(p->cmatoms, FALSE),
	                    k + 1);
	p->cmatoms = NULL;
	map = patterns_pack(p, langs);
	num_keys_note(p);
	indexes_freeze(p, map);
	g_free(map);
	p->atom_lang = (guint8 *)g_array_free(langs, FALSE);
	p->lang_fam = g_new(const char *, p->langs->len + 1);
	for (pi = 0; pi < p->langs->len; pi++)
		p->lang_fam[pi] = lang_family(p->langs->pdata[pi]);
	patinfo_build(p);
	entry_scratch_new(p);
	key_index_build(p);
}

/* Where one [topic] group is read from: the key file and its text (for
 * the errors' file:line), and the group's keys in file order. */
struct profile_src {
	const struct sw_keyfile *kf;
	const char *group;
	const char *path; /* (nullable) */
	const char *text;
	char **keys;
	gsize nkeys;
};

/* An empty profile for group: the defaults, and the state that only
 * reading needs (profile_read_state_free). */
static struct sw_profile *
profile_start(const char *group)
{
	struct sw_profile *p = g_new0(struct sw_profile, 1);

	p->name = g_strdup(g_str_has_prefix(group, "topic ") ? group + 6 : group);
	g_strstrip(p->name);
	p->threshold = 5.0;
	p->threshold_title = -1;
	p->fw[F_TITLE] = 3.0;
	p->fw[F_LEAD] = 2.0;
	p->fw[F_BODY] = 1.0;
	p->like_weight = 0.0;
	p->followup_terms = FOLLOWUP_TERMS;
	p->followup_floor = -1; /* FOLLOWUP_FLOOR_SHARE x threshold */
	p->groups = g_ptr_array_new_with_free_func(group_free);
	p->langs = g_ptr_array_new_with_free_func(g_free);
	p->refs = g_ptr_array_new_with_free_func(refdoc_free);
	g_ptr_array_add(p->langs, g_strdup(""));
	p->rd_word = g_hash_table_new(g_str_hash, g_str_equal);
	p->rd_prefix = g_hash_table_new(g_str_hash, g_str_equal);
	p->short_prefixes = g_array_new(FALSE, FALSE, sizeof(struct prefref));
	p->strs = g_string_chunk_new(4 * 1024);
	p->cmatoms = g_array_new(FALSE, FALSE, sizeof(struct matom));
	p->uatoms = g_ptr_array_new();
	p->ublocks = g_ptr_array_new_with_free_func(g_free);
	p->uatom_ids = g_hash_table_new(uatom_hash, uatom_equal);
	p->prefixes = g_hash_table_new(g_str_hash, g_str_equal);
	p->gref_names = g_ptr_array_new_with_free_func(g_free);
	p->gref_at = g_array_new(FALSE, FALSE, sizeof(int));
	return p;
}

/* The keys of the group, in file order, into src; an error for the lines
 * the key file would drop or let override another without a word. */
static int G_GNUC_WARN_UNUSED_RESULT
profile_read_keys(struct profile_src *src, GError **err)
{
	const char *group = src->group, *path = src->path, *text = src->text;
	char *bk = NULL, *dk = NULL;
	int bl, second;

	bl = find_bracket_key(text, group, &bk);
	if (bl > 0) {
		g_set_error(err, MATCH_ERROR, 1,
		            "%s:%d: [%s] %s: write the language as a dotted suffix "
		            "(term.NAME.ll), not [ll]",
		            path ? path : "(config)", bl, group, bk);
		g_free(bk);
		return -1;
	}
	src->keys = keyfile_get_keys(src->kf, group, &src->nkeys);
	if (src->keys == NULL) {
		set_error(err, path, text, group, NULL, "no such group");
		return -1;
	}
	/* GLib keeps the last of two equal keys: the first would be ignored */
	second = dup_key_line(text, group, &dk);
	if (second) {
		set_error(err, path, text, group, dk, "set again at line %d; only one would count",
		          second);
		g_free(dk);
		return -1;
	}
	return 0;
}

/* Pass 1: the term.NAME[.ll] keys, in file order, compiled into the
 * groups' patterns. */
static int G_GNUC_WARN_UNUSED_RESULT
profile_read_terms(const struct profile_src *src, struct sw_profile *p, GError **err)
{
	const struct sw_keyfile *kf = src->kf;
	const char *group = src->group, *path = src->path, *text = src->text;
	GString *buf = g_string_new(NULL);
	char *why = NULL;
	gsize i;
	int rc = -1;

	for (i = 0; i < src->nkeys; i++) {
		const char *key = src->keys[i];
		char *name = NULL, *lang = NULL;
		char **list;
		gsize n, k;
		struct group *g;

		if (!g_str_has_prefix(key, "term."))
			continue;
		/* the atoms keep their words and stems as strings: text.c's
		 * memo of them is dropped now and then, or it would hold every
		 * word of the profile (~1.4 MB) at the peak of compiling */
		if (i % 64 == 63)
			text_forget_words();
		if (!split_key(key, "term.", &name, &lang)) {
			set_error(err, path, text, group, key,
			          "write term.NAME or term.NAME.ll; NAME is letters, digits, '_' "
			          "or '-'");
			g_free(name);
			g_free(lang);
			goto out;
		}
		if (lang && !lang_known(lang)) {
			set_error(err, path, text, group, key, "unknown language '%s'", lang);
			g_free(name);
			g_free(lang);
			goto out;
		}
		g = group_get(p, name);
		list = keyfile_get_string_list(kf, group, key, &n);
		for (k = 0; list && k < n; k++) {
			if (*g_strstrip(list[k]) == '\0' && k == n - 1)
				continue; /* trailing ';' */
			if (p->npatterns >= SW_MAX_RULE_TERMS) {
				why = g_strdup_printf("more than %d patterns in one topic",
				                      SW_MAX_RULE_TERMS);
				break;
			}
			why = compile_pattern(p, g, list[k], lang, buf);
			if (why)
				break;
		}
		g_strfreev(list);
		g_free(name);
		g_free(lang);
		if (why) {
			set_error(err, path, text, group, key, "%s", why);
			goto out;
		}
		if (p->groups->len > SW_MAX_TOPIC_GROUPS) {
			set_error(err, path, text, group, key, "more than %d term groups",
			          SW_MAX_TOPIC_GROUPS);
			goto out;
		}
	}
	rc = 0;
out:
	g_free(why);
	g_string_free(buf, TRUE);
	return rc;
}

/* context.GROUP = ll ...: entries whose feed declares one of these
 * languages count as naming GROUP, for require (context_hits). */
static int G_GNUC_WARN_UNUSED_RESULT
profile_read_context(const struct profile_src *src, struct sw_profile *p, const char *key,
                     GError **err)
{
	const struct sw_keyfile *kf = src->kf;
	const char *group = src->group, *path = src->path, *text = src->text;
	int gi;
	char *v, **codes;
	guint c;

	if (group_find(p, key + 8, &gi) == NULL) {
		set_error(err, path, text, group, key, "no term.%s group above it", key + 8);
		return -1;
	}
	v = keyfile_get_value(kf, group, key);
	codes = g_strsplit_set(v ? v : "", " ;,", -1);
	g_free(v);
	for (c = 0; codes[c]; c++) {
		if (codes[c][0] == '\0')
			continue;
		if (strlen(codes[c]) != 2 || !lang_known(codes[c]) || p->nctx >= MAX_CONTEXT) {
			set_error(err, path, text, group, key,
			          "'%s': write two-letter language codes, at most %d "
			          "in a profile",
			          codes[c], MAX_CONTEXT);
			g_strfreev(codes);
			return -1;
		}
		p->ctx_group[p->nctx] = gi;
		p->ctx_lang[p->nctx][0] = g_ascii_tolower(codes[c][0]);
		p->ctx_lang[p->nctx][1] = g_ascii_tolower(codes[c][1]);
		p->ctx_lang[p->nctx][2] = '\0';
		p->nctx++;
	}
	g_strfreev(codes);
	return 0;
}

/* require = an expression over the groups, and its code for req_eval
 * (none when it nests deeper than REQ_STACK: then the tree is walked). */
static int G_GNUC_WARN_UNUSED_RESULT
profile_read_require(const struct profile_src *src, struct sw_profile *p, const char *key,
                     GError **err)
{
	const struct sw_keyfile *kf = src->kf;
	const char *group = src->group, *path = src->path, *text = src->text;
	char *v = keyfile_get_value(kf, group, key), *why = NULL;
	GArray *code;
	int depth;

	p->require = expr_parse(p, v ? v : "", &why);
	p->require_src = g_strstrip(v);
	if (p->require == NULL) {
		set_error(err, path, text, group, key, "%s", why);
		g_free(why);
		return -1;
	}
	code = g_array_new(FALSE, FALSE, sizeof(struct reqop));
	depth = req_code(p->require, code, 0);
	p->req_code = (struct reqop *)(void *)g_array_free(code, FALSE);
	if (depth >= REQ_STACK) {
		g_free(p->req_code);
		p->req_code = NULL;
	}
	return 0;
}

/* like.NAME[.ll] = a reference story, as a vector of its words. */
static int G_GNUC_WARN_UNUSED_RESULT
profile_read_like(const struct profile_src *src, struct sw_profile *p, const char *key,
                  GError **err)
{
	const struct sw_keyfile *kf = src->kf;
	const char *group = src->group, *path = src->path, *text = src->text;
	char *name = NULL, *lang = NULL, *v;
	struct refdoc *r;
	GPtrArray *toks[1];

	if (!split_key(key, "like.", &name, &lang) || (lang && !lang_known(lang))) {
		set_error(err, path, text, group, key,
		          "write like.NAME or like.NAME.ll with a known language");
		g_free(name);
		g_free(lang);
		return -1;
	}
	if (p->refs->len >= SW_MAX_REFS) {
		set_error(err, path, text, group, key, "more than %d reference stories",
		          SW_MAX_REFS);
		g_free(name);
		g_free(lang);
		return -1;
	}
	v = keyfile_get_string(kf, group, key);
	toks[0] = text_tokenize(v ? v : "", lang);
	r = g_new0(struct refdoc, 1);
	r->label = name;
	r->vec = vec_of(toks, 1, &r->norm);
	g_ptr_array_unref(toks[0]);
	g_free(v);
	g_free(lang);
	if (r->norm <= 0) {
		refdoc_free(r);
		set_error(err, path, text, group, key, "a reference story needs some words");
		return -1;
	}
	g_ptr_array_add(p->refs, r);
	return 0;
}

/* Pass 2: the keys other than term.*: the thresholds, weights and rules. */
static int G_GNUC_WARN_UNUSED_RESULT
profile_read_settings(const struct profile_src *src, struct sw_profile *p, GError **err)
{
	const struct sw_keyfile *kf = src->kf;
	const char *group = src->group, *path = src->path, *text = src->text;
	gsize i;

	for (i = 0; i < src->nkeys; i++) {
		const char *key = src->keys[i];

		if (g_str_has_prefix(key, "term."))
			continue;
		if (strcmp(key, "threshold") == 0) {
			if (!get_double(kf, group, key, &p->threshold, path, text, err))
				return -1;
		} else if (strcmp(key, "threshold.title") == 0) {
			if (!get_double(kf, group, key, &p->threshold_title, path, text, err))
				return -1;
			if (p->threshold_title < 0) {
				set_error(err, path, text, group, key, "must not be negative");
				return -1;
			}
		} else if (strcmp(key, "like_weight") == 0) {
			if (!get_double(kf, group, key, &p->like_weight, path, text, err))
				return -1;
			if (p->like_weight < 0) {
				set_error(err, path, text, group, key, "must not be negative");
				return -1;
			}
		} else if (strcmp(key, "followup_terms") == 0) {
			double v = 0;

			if (!get_double(kf, group, key, &v, path, text, err))
				return -1;
			if (v < 0 || v > 1000 || v != floor(v)) {
				set_error(err, path, text, group, key,
				          "a whole number from 0 (off) to 1000");
				return -1;
			}
			p->followup_terms = (int)v;
		} else if (strcmp(key, "followup_floor") == 0) {
			if (!get_double(kf, group, key, &p->followup_floor, path, text, err))
				return -1;
			if (p->followup_floor < 0) {
				set_error(err, path, text, group, key, "must not be negative");
				return -1;
			}
		} else if (g_str_has_prefix(key, "field.")) {
			int f;

			for (f = 0; f < NFIELDS; f++)
				if (strcmp(key + 6, field_names[f]) == 0)
					break;
			if (f == NFIELDS) {
				set_error(err, path, text, group, key,
				          "fields are title, lead and body");
				return -1;
			}
			if (!get_double(kf, group, key, &p->fw[f], path, text, err))
				return -1;
			if (p->fw[f] < 0) {
				set_error(err, path, text, group, key, "must not be negative");
				return -1;
			}
		} else if (g_str_has_prefix(key, "context.")) {
			if (profile_read_context(src, p, key, err) < 0)
				return -1;
		} else if (g_str_has_prefix(key, "weight.")) {
			struct group *g = group_find(p, key + 7, NULL);

			if (g == NULL) {
				set_error(err, path, text, group, key, "no term.%s group to weigh",
				          key + 7);
				return -1;
			}
			if (!get_double(kf, group, key, &g->weight, path, text, err))
				return -1;
			g->weight_set = TRUE;
		} else if (strcmp(key, "require") == 0) {
			if (profile_read_require(src, p, key, err) < 0)
				return -1;
		} else if (strcmp(key, "context_unless") == 0) {
			char *v = keyfile_get_value(kf, group, key), *why = NULL;

			expr_free(p->ctx_unless);
			g_free(p->ctx_unless_src);
			p->ctx_unless = expr_parse(p, v ? v : "", &why);
			p->ctx_unless_src = g_strstrip(v);
			if (p->ctx_unless == NULL) {
				set_error(err, path, text, group, key, "%s", why);
				g_free(why);
				return -1;
			}
		} else if (g_str_has_prefix(key, "like.")) {
			if (profile_read_like(src, p, key, err) < 0)
				return -1;
		} else if (strcmp(key, "description") == 0) {
			/* free text for people */
		} else {
			set_error(err, path, text, group, key, "unknown key");
			return -1;
		}
	}
	return 0;
}

/* Resolve @group references; a referenced group uses no @ itself. */
static int G_GNUC_WARN_UNUSED_RESULT
profile_resolve_refs(const struct profile_src *src, struct sw_profile *p, GError **err)
{
	const struct sw_keyfile *kf = src->kf;
	const char *group = src->group, *path = src->path, *text = src->text;
	gsize i;
	guint j;

	for (j = 0; j < p->gref_names->len; j++) {
		const char *name = p->gref_names->pdata[j];
		struct matom *m =
		        &g_array_index(p->cmatoms, struct matom, g_array_index(p->gref_at, int, j));
		int gi = -1;
		struct group *g = group_find(p, name, &gi);

		m->v = -1 - gi;

		if (g == NULL || g->has_ref) {
			/* find the key that used it for the position */
			char *needle = g_strdup_printf("@%s", name);
			const char *bad = NULL;

			for (i = 0; i < src->nkeys && bad == NULL; i++) {
				char *v = keyfile_get_value(kf, group, src->keys[i]);

				if (v && g_str_has_prefix(src->keys[i], "term.") &&
				    strstr(v, needle))
					bad = src->keys[i];
				g_free(v);
			}
			set_error(err, path, text, group, bad,
			          g ? "'%s': a group used with @ may not use @ itself"
			            : "'%s': no such term group",
			          needle);
			g_free(needle);
			return -1;
		}
	}
	return 0;
}

/* A topic needs a group, and each group a pattern. */
static int G_GNUC_WARN_UNUSED_RESULT
profile_check_groups(const struct profile_src *src, const struct sw_profile *p, GError **err)
{
	const char *group = src->group, *path = src->path, *text = src->text;
	guint j;

	for (j = 0; j < p->groups->len; j++) {
		struct group *g = p->groups->pdata[j];

		if (g->cpats->len == 0) {
			char *key = g_strdup_printf("term.%s", g->name);

			set_error(err, path, text, group, key, "group has no patterns");
			g_free(key);
			return -1;
		}
	}
	if (p->groups->len == 0) {
		set_error(err, path, text, group, NULL,
		          "a topic needs at least one term.NAME = patterns");
		return -1;
	}
	return 0;
}

/* What follows from all the keys read: the defaults that depend on other
 * keys, and which groups are lazy. */
static void
profile_finish(struct sw_profile *p)
{
	guint j;

	if (p->refs->len > 0 && p->like_weight == 0)
		p->like_weight = 2.0;
	if (p->followup_floor < 0)
		p->followup_floor = FOLLOWUP_FLOOR_SHARE * p->threshold;
	for (j = 0; j < p->groups->len; j++) {
		struct group *g = p->groups->pdata[j];

		g->lazy = g->weight == 0 && !expr_names(p->require, (int)j) &&
		          !expr_names(p->ctx_unless, (int)j);
		p->has_lazy |= g->lazy;
	}
}

struct sw_profile *
match_profile_read(const struct sw_keyfile *kf, const char *group, const char *path,
                   const char *text, GError **err)
{
	struct profile_src src = { kf, group, path, text, NULL, 0 };
	struct sw_profile *p = profile_start(group);

	text_init();
	if (*p->name == '\0') {
		set_error(err, path, text, group, NULL, "a topic needs a name");
		goto fail;
	}
	if (profile_read_keys(&src, err) < 0)
		goto fail;
	/* pass 1: terms, in file order */
	if (profile_read_terms(&src, p, err) < 0)
		goto fail;
	/* pass 2: everything else */
	if (profile_read_settings(&src, p, err) < 0)
		goto fail;
	if (profile_resolve_refs(&src, p, err) < 0)
		goto fail;
	if (profile_check_groups(&src, p, err) < 0)
		goto fail;
	profile_finish(p);
	g_strfreev(src.keys);
	/* what only reading needed: the atoms are known by their numbers */
	profile_read_state_free(p);
	return p;
fail:
	g_strfreev(src.keys);
	match_profile_free(p);
	return NULL;
}

void
match_profile_build(struct sw_profile *p)
{
	if (p->built)
		return;
	/* the patterns' words are stemmed: their memo is not needed to index
	 * them, and would raise the peak of compiling by ~1.8 MB */
	text_forget_words();
	index_build(p);
	ref_terms_build(p);
	/* the stems the reference stories kept (the memo is empty since
	 * index_build): the run's words get both to themselves */
	text_forget_words();
	p->built = TRUE;
}

struct sw_profile *
match_profile_new(const struct sw_keyfile *kf, const char *group, const char *path,
                  const char *text, GError **err)
{
	struct sw_profile *p = match_profile_read(kf, group, path, text, err);

	if (p)
		match_profile_build(p);
	return p;
}

/* ---- matching ---- */

/* A growing array of ints (appends without a call each). */
struct intbuf {
	int *v;
	guint len, cap;
};

static inline void
intbuf_push(struct intbuf *b, int x)
{
	if (b->len == b->cap) {
		b->cap = b->cap ? 2 * b->cap : 64;
		b->v = g_renew(int, b->v, b->cap);
	}
	b->v[b->len++] = x;
}

/* Room for n more in b. */
static inline void
intbuf_reserve(struct intbuf *b, guint n)
{
	if (b->len + n > b->cap) {
		guint cap = b->cap ? b->cap : 64;

		while (cap < b->len + n)
			cap *= 2;
		b->cap = cap;
		b->v = g_renew(int, b->v, b->cap);
	}
}

struct span {
	int start, end; /* token positions, end exclusive */
};

/* A growing array of spans (appends without a call each). */
struct spanv {
	struct span *v;
	guint len, cap;
};

static inline void
spanv_push(struct spanv *s, int start, int end)
{
	if (s->len == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 16;
		s->v = g_renew(struct span, s->v, s->cap);
	}
	s->v[s->len].start = start;
	s->v[s->len++].end = end;
}

static void
spanv_free(gpointer p)
{
	struct spanv *s = p;

	g_free(s->v);
	g_free(s);
}

/* gspans of a group with no span */
static const struct spanv no_spans;

/* Storage of an entry's struct doc and entry_score that does not depend
 * on the entry's size: kept by the profile, each grown when too small. */
struct docbufs {
	struct intbuf at[NFIELDS], filled_ids;
	struct intbuf wfl; /* wordfill_list's */
	guint *at_off[NFIELDS];
	gsize at_off_cap[NFIELDS];
	int *pnext[NFIELDS], *ptok[NFIELDS]; /* at[f].cap each */
	int *pchain;                         /* pchain_cap * NFIELDS * 2 */
	guint pchain_cap;                    /* filled_ids.cap */
	guint8 *tokstop;
	gsize tokstop_cap;
	guint64 *set;   /* (npats + 63) / 64 + 1 */
	int *cand;      /* npats + 1 */
	guint8 *cmask;  /* npats + 1 */
	int *gcand;     /* groups + 1 */
	gboolean *hitg; /* groups + 1 */
};

/* (transfer none) *buf with room for n elements of size each */
static void *
grow(void *buf, gsize *cap, gsize n, gsize size)
{
	void **b = buf;

	if (n > *cap) {
		*cap = MAX(n, 2 * *cap);
		*b = g_realloc(*b, *cap * size);
	}
	return *b;
}

static void
docbufs_free(struct docbufs *db)
{
	int f;

	if (db == NULL)
		return;
	for (f = 0; f < NFIELDS; f++) {
		g_free(db->at[f].v);
		g_free(db->at_off[f]);
		g_free(db->pnext[f]);
		g_free(db->ptok[f]);
	}
	g_free(db->pchain);
	g_free(db->filled_ids.v);
	g_free(db->wfl.v);
	g_free(db->tokstop);
	g_free(db->set);
	g_free(db->cand);
	g_free(db->cmask);
	g_free(db->gcand);
	g_free(db->hitg);
	g_free(db);
}

static struct docbufs *
docbufs_new(int npats, guint ngroups)
{
	struct docbufs *db = g_new0(struct docbufs, 1);

	db->set = g_new(guint64, (npats + 63) / 64 + 1);
	db->cand = g_new(int, npats + 1);
	db->cmask = g_new(guint8, npats + 1);
	db->gcand = g_new(int, ngroups + 1);
	db->hitg = g_new(gboolean, ngroups + 1);
	return db;
}

struct doc {
	GPtrArray *toks[NFIELDS];
	const struct spanv *gspans[SW_MAX_TOPIC_GROUPS + 1][NFIELDS]; /* for @group, lazily */
	guint64 gempty[NFIELDS], gfull[NFIELDS]; /* bit g: gspans[g][f] known, empty or not */
	gboolean lang_ok[MAX_LANGS];             /* atoms of this language apply */
	guint32 sig;                             /* lang_ok as bits */
	struct docbufs *db;
	const guint32 *wids[NFIELDS]; /* (nullable) text_scratch_word_ids of each field */
	guint8 *tokstop[NFIELDS];  /* per token of each field: its word is a stopword (doc_fill) */
	int stem_langs[MAX_LANGS]; /* the languages that apply and have stem atoms */
	int nstem_langs;
	guint8 *filled;            /* per atom id: bit f set when a token of field f
	                            * fills the atom (doc_fill) */
	struct intbuf at[NFIELDS]; /* int atom ids each token fills, sorted ... */
	guint *at_off[NFIELDS];    /* ... token i's from at_off[i] to at_off[i + 1] */
	struct intbuf filled_ids;  /* the atoms with a bit in filled */
	int *fslot;                /* per atom id with a bit in filled: its index in filled_ids */
	/* the tokens of field f that fill atom a (its bit f set in filled),
	 * ascending, chained through the indices of at[f] (doc_fill): from
	 * k = PHEAD(d, f, a), each ptok[f][k], then k = pnext[f][k] until k
	 * is PTAIL(d, f, a) */
	int *pchain; /* the heads and tails, by fslot, an atom's side by side
	              * (by atom id: 0.3 MB always paged in) */
	int *pnext[NFIELDS], *ptok[NFIELDS];
	GPtrArray *pool;  /* struct spanv, reused last out first */
	guint npool;      /* how many of pool are in use */
	GPtrArray *gpool; /* struct spanv of gspans, reused entry to entry */
	guint ngpool;     /* how many of gpool are in use */
	int *cand;        /* patterns of the entry's languages whose every word */
	int ncand;        /* some token fills, ascending (doc_cands) */
	guint8 *cmask;    /* per cand: bit f set when every word of it is in field f */
	int *gcand;       /* per group: the index in cand of its first one */
	char guess[3];    /* language guessed from the words, or "" */
	char feed[3];     /* language the feed declares, or "" */
	/* a negative group hits in the title and below it (groups_hit) */
	gboolean neg_throughout;
	const struct sw_profile *p;
};

#define PHEAD(d, f, a) ((d)->pchain[((d)->fslot[a] * NFIELDS + (f)) * 2])
#define PTAIL(d, f, a) ((d)->pchain[((d)->fslot[a] * NFIELDS + (f)) * 2 + 1])

/* Does the token at i of field f fill atom a (not an @group)?  doc_fill
 * listed the atoms of each token. */
static gboolean
atom_match(const struct doc *d, int f, int i, const struct matom *a)
{
	const int *ids = d->at[f].v;
	guint lo = d->at_off[f][i], hi = d->at_off[f][i + 1];

	if (!(d->filled[a->v] & (1u << f)))
		return FALSE;
	while (lo < hi) {
		guint mid = lo + (hi - lo) / 2;

		if (ids[mid] == a->v)
			return TRUE;
		if (ids[mid] < a->v)
			lo = mid + 1;
		else
			hi = mid;
	}
	return FALSE;
}

/* Sort n ints made of ascending runs (the id lists of a token's word,
 * prefixes and stems): merge neighbouring runs until one is left. */
static void
ids_merge_runs(int *a, int n)
{
	int *tmp = g_new(int, n);
	int start, m, e, i, j, k, nruns;

	do {
		nruns = 0;
		for (start = 0; start < n; start = e) {
			for (m = start + 1; m < n && a[m - 1] <= a[m]; m++)
				;
			e = m;
			if (m < n)
				for (e = m + 1; e < n && a[e - 1] <= a[e]; e++)
					;
			i = start;
			j = m;
			k = start;
			while (i < m && j < e)
				tmp[k++] = a[j] < a[i] ? a[j++] : a[i++];
			while (i < m)
				tmp[k++] = a[i++];
			while (j < e)
				tmp[k++] = a[j++];
			nruns++;
		}
		memcpy(a, tmp, (size_t)n * sizeof *a);
	} while (nruns > 1);
	g_free(tmp);
}

/* Sort n ints ascending: by insertion when few (a token fills few atoms). */
static void
ids_sort(int *a, int n)
{
	int i, j, x;

	if (n > 16) {
		ids_merge_runs(a, n);
		return;
	}
	for (i = 1; i < n; i++) {
		x = a[i];
		for (j = i; j > 0 && a[j - 1] > x; j--)
			a[j] = a[j - 1];
		a[j] = x;
	}
}

static void
prefixes_of(const struct prefref *refs, guint n, const char *word, GArray *out)
{
	guint k;

	for (k = 0; k < n; k++) {
		const struct prefref *r = &refs[k];

		if (g_str_has_prefix(word, r->prefix))
			g_array_append_val(out, r->id);
	}
}

/* (transfer none) what word fills by word and prefix, from the cache */
static struct wordfill *
word_fill(const struct sw_profile *p, const char *word)
{
	char *found_word = g_hash_table_lookup(p->wordfills, word);
	struct wordfill *w;
	const struct idrec *ids, *prefs;
	const char *end = word;
	char key[MIN_PREFIX * 6 + 1];
	int nchars = 0;

	GArray *found;
	gsize wlen;

	if (found_word)
		return wordfill_of(found_word);
	found = g_array_new(FALSE, FALSE, sizeof(int));
	ids = idrec_lookup(p->by_word, word);
	if (ids)
		g_array_append_vals(found, idrec_v(ids, sizeof(int)), ids->len);
	prefixes_of((const struct prefref *)(const void *)p->short_prefixes->data,
	            p->short_prefixes->len, word, found);
	while (nchars < MIN_PREFIX && *end) {
		end = g_utf8_next_char(end);
		nchars++;
	}
	if (nchars == MIN_PREFIX && (gsize)(end - word) < sizeof key) {
		memcpy(key, word, (gsize)(end - word));
		key[end - word] = '\0';
		prefs = idrec_lookup(p->by_prefix, key);
		if (prefs)
			prefixes_of((const struct prefref *)idrec_v(prefs, sizeof(struct prefref)),
			            prefs->len, word, found);
	}
	wlen = strlen(word);
	w = g_malloc0(sizeof *w + WORDFILL_IDS_AT(wlen) + found->len * sizeof(int));
	w->stop = (gint8)is_stopword(word);
	w->fills[0].n = w->fills[1].n = SIGFILL_UNSET;
	w->nids = found->len;
	w->wlen = (guint32)wlen;
	memcpy(w->word, word, wlen + 1);
	if (found->len > 0)
		memcpy(wordfill_ids(w), found->data, found->len * sizeof(int));
	g_array_free(found, TRUE);
	g_hash_table_add(p->wordfills, w->word);
	return w;
}

/* (transfer none, nullable) what word fills by its stem in language l */
static const struct idrec *
word_stem_fill(const struct sw_profile *p, struct wordfill *w, const char *word, int l)
{
	const char *code = p->langs->pdata[l];
	struct stemfill sf;
	const char *stem;
	guint k;

	/* l < MAX_LANGS (doc.stem_langs) */
	if (w->asked & (1u << l)) {
		for (k = 0; k < w->nstems; k++)
			if (w->stems[k].lang == l)
				return w->stems[k].ids;
		return NULL;
	}
	stem = text_stem_ref(word, *code ? code : NULL); /* read at once */
	sf.lang = l;
	sf.ids = idrec_lookup(p->by_stem[l], stem);
	w->asked |= 1u << l;
	/* most words are no stem of the profile: only the found are kept */
	if (sf.ids) {
		w->stems = g_renew(struct stemfill, w->stems, w->nstems + 1);
		w->stems[w->nstems++] = sf;
	}
	return sf.ids;
}

/* What w (of word) fills in entries of d's languages: those of its
 * language (lang_ok) whose word it is, whose stem (when of
 * MIN_STEM_MATCH+ characters: a stem of one or two letters, "за" of
 * заём, would match function words) is its stem in that language, whose
 * prefix it starts with, or, for a|b|c, one of whose words it fills;
 * ascending, each once, kept in w for d->sig (with the one before). */
static const struct sigfill *
wordfill_list(struct doc *d, struct wordfill *w, const char *word)
{
	const struct sw_profile *p = d->p;
	struct intbuf b = d->db->wfl; /* given back at the end */
	struct sigfill *sf;
	const struct idrec *ids;
	guint k, n;
	int l;

	b.len = 0;

	for (l = -1; l < d->nstem_langs; l++) {
		const int *v;
		guint nv;

		if (l < 0) {
			v = wordfill_ids(w);
			nv = w->nids;
		} else {
			ids = word_stem_fill(p, w, word, d->stem_langs[l]);
			v = ids ? (const int *)idrec_v(ids, sizeof(int)) : NULL;
			nv = ids ? ids->len : 0;
		}
		for (k = 0; k < nv; k++) {
			int id = v[k];

			if (d->lang_ok[p->atom_lang[id]])
				intbuf_push(&b, id);
		}
	}
	ids_sort(b.v, (int)b.len);
	for (k = 0, n = 0; k < b.len; k++)
		if (n == 0 || b.v[k] != b.v[n - 1])
			b.v[n++] = b.v[k];
	/* the older one goes */
	sf = &w->fills[1];
	if (sigfill_heap(sf))
		g_free(sf->u.ids);
	w->fills[1] = w->fills[0];
	sf = &w->fills[0];
	if (n <= SIGFILL_INL) {
		if (n > 0)
			memcpy(sf->u.inl, b.v, n * sizeof *b.v);
	} else {
		sf->u.ids = g_new(int, n);
		memcpy(sf->u.ids, b.v, n * sizeof *b.v);
	}
	d->db->wfl = b;
	sf->n = n;
	sf->sig = d->sig;
	return sf;
}

/* List, for each token of field f, the atoms it fills: those of its
 * language (lang_ok) whose word it is, whose stem (when of
 * MIN_STEM_MATCH+ characters: a stem of one or two letters, "за" of
 * заём, would match function words) is its stem in that language, whose
 * prefix it starts with, or, for a|b|c, one of whose words it fills. */
#define DOC_FILL_AHEAD 8

static void
doc_fill(struct doc *d, int f)
{
	const struct sw_profile *p = d->p;
	GPtrArray *toks = d->toks[f];
	const guint32 *wids = d->wids[f];
	const struct sigfill *sf;
	guint i, k;

	d->at[f] = d->db->at[f]; /* given back at the end */
	d->at[f].len = 0;
	d->at_off[f] = grow(&d->db->at_off[f], &d->db->at_off_cap[f], toks->len + 1, sizeof(guint));
	for (i = 0; i < toks->len; i++) {
		const struct sw_token *t = toks->pdata[i];
		guint32 id = wids ? wids[i] : TEXT_NO_WORD;
		struct wordfill *w = id != TEXT_NO_WORD ? p->byid[id] : NULL;

		/* the words ahead are scattered in memory: ask for them early,
		 * their byid entries 8 tokens ahead, their wordfills 4 ahead */
		if (wids && i + DOC_FILL_AHEAD < toks->len &&
		    wids[i + DOC_FILL_AHEAD] != TEXT_NO_WORD)
			__builtin_prefetch(&p->byid[wids[i + DOC_FILL_AHEAD]]);
		if (wids && i + DOC_FILL_AHEAD / 2 < toks->len &&
		    wids[i + DOC_FILL_AHEAD / 2] != TEXT_NO_WORD &&
		    p->byid[wids[i + DOC_FILL_AHEAD / 2]] != NULL)
			__builtin_prefetch(p->byid[wids[i + DOC_FILL_AHEAD / 2]]);
		if (w == NULL && id == TEXT_NO_WORD && number_fills_nothing(p, t->word)) {
			static const struct sigfill none = { 0, 0, { NULL } };

			d->tokstop[f][i] = (guint8)is_stopword(t->word);
			sf = &none;
		} else {
			if (w == NULL) {
				w = word_fill(p, t->word);
				if (id != TEXT_NO_WORD)
					p->byid[id] = w;
			}
			d->tokstop[f][i] = (guint8)w->stop;
			if (w->fills[0].sig == d->sig && w->fills[0].n != SIGFILL_UNSET)
				sf = &w->fills[0];
			else if (w->fills[1].sig == d->sig && w->fills[1].n != SIGFILL_UNSET)
				sf = &w->fills[1];
			else
				sf = wordfill_list(d, w, t->word);
		}
		d->at_off[f][i] = d->at[f].len;
		/* fill_id for each, with the room made first */
		if (d->at[f].len + sf->n > d->at[f].cap) {
			intbuf_reserve(&d->at[f], sf->n);
			d->db->pnext[f] = g_renew(int, d->db->pnext[f], d->at[f].cap);
			d->db->ptok[f] = g_renew(int, d->db->ptok[f], d->at[f].cap);
		}
		intbuf_reserve(&d->filled_ids, sf->n);
		if (d->filled_ids.cap > d->db->pchain_cap) {
			d->db->pchain_cap = d->filled_ids.cap;
			d->db->pchain =
			        g_renew(int, d->db->pchain, (gsize)d->db->pchain_cap *NFIELDS * 2);
			d->pchain = d->db->pchain;
		}
		{
			const int *sids = sigfill_ids(sf);
			guint sn = sf->n, na = d->at[f].len, nfl = d->filled_ids.len;
			int *at = d->at[f].v, *fl = d->filled_ids.v, *fslot = d->fslot;
			/* ht[fslot[a] * 2 * NFIELDS] and + 1; no chains before the
			 * first filled atom (NULL + 0 is undefined) */
			int *ht = d->pchain ? d->pchain + f * 2 : NULL;
			int *next = d->db->pnext[f], *tok = d->db->ptok[f];
			guint8 *filled = d->filled, bit = (guint8)(1u << f);

			for (k = 0; k < sn; k++) {
				int a = sids[k], *h;
				guint8 fa = filled[a];

				if (fa == 0) {
					fslot[a] = (int)nfl;
					fl[nfl++] = a;
				}
				h = ht + fslot[a] * 2 * NFIELDS;
				/* the chain of a's tokens in f, na at its end */
				if (fa & bit)
					next[h[1]] = (int)na;
				else
					h[0] = (int)na;
				h[1] = (int)na;
				filled[a] = fa | bit;
				tok[na] = (int)i;
				at[na++] = a;
			}
			d->at[f].len = na;
			d->filled_ids.len = nfl;
		}
	}
	d->pnext[f] = d->db->pnext[f];
	d->ptok[f] = d->db->ptok[f];
	d->at_off[f][toks->len] = d->at[f].len;
}

/* After doc_fill: the patterns worth trying, in profile order. */
static void
doc_cands(struct doc *d)
{
	const struct sw_profile *p = d->p;
	int n = 0, k, nw = (p->npats + 63) / 64, gnext = 0;
	/* the keyless patterns are candidates of every entry */
	guint64 *set = memcpy(d->db->set, p->keyless_set, (nw + 1) * sizeof(guint64)), gw;
	guint64 has0 = 0, has1 = 0, has2 = 0;
	guint8 gmask[SW_MAX_TOPIC_GROUPS + 1];
	guint i;

	/* a pattern has one key: mark them, then read them in order */
	for (i = 0; i < d->filled_ids.len; i++) {
		int id = d->filled_ids.v[i];

		for (k = p->key_off[id]; k < p->key_off[id + 1]; k++) {
			guint pk = (guint)p->key_pats[k]; /* unsigned: a shift, a mask */

			set[pk / 64] |= G_GUINT64_CONSTANT(1) << (pk % 64);
		}
	}
	/* read in order, the ones whose every word is in one field at least
	 * kept; where each group's candidates start noted on the way (groups'
	 * patterns are in order), and the fields each group has some in */
	d->cand = d->db->cand;
	d->cmask = d->db->cmask;
	d->gcand = d->db->gcand;
	memset(gmask, 0, sizeof gmask);
	for (k = 0; k < nw; k++) {
		guint64 w = set[k];

		while (w) {
			int pi = k * 64 + __builtin_ctzll(w), j, g;
			const struct patinfo *pf = &p->pinfo[pi];
			guint8 mask = d->lang_ok[pf->lang] ? (1u << NFIELDS) - 1 : 0;

			w &= w - 1;
			if (pf->nids > 0 && mask)
				mask &= d->filled[pf->id0];
			if (pf->nids > 1 && mask)
				mask &= d->filled[pf->id1];
			for (j = 2; j < pf->nids && mask; j++)
				mask &= d->filled[p->pat_ids[pf->off + j]];
			if (!mask)
				continue;
			g = pf->group;
			while (gnext <= g)
				d->gcand[gnext++] = n;
			gmask[g] |= mask;
			d->cand[n] = pi;
			d->cmask[n++] = mask;
		}
	}
	while (gnext < (int)p->groups->len)
		d->gcand[gnext++] = n;
	d->ncand = n;
	/* an @group none of whose candidates has all its words in field f
	 * has no span there (group_spans): known empty without asking
	 * (doc_gspans) */
	G_STATIC_ASSERT(NFIELDS == 3);
	for (gw = p->grefd; gw; gw &= gw - 1) {
		int gi = __builtin_ctzll(gw);
		guint64 m = gmask[gi];

		has0 |= (m & 1) << gi;
		has1 |= ((m >> 1) & 1) << gi;
		has2 |= ((m >> 2) & 1) << gi;
	}
	d->gempty[0] |= p->grefd & ~has0;
	d->gempty[1] |= p->grefd & ~has1;
	d->gempty[2] |= p->grefd & ~has2;
}

static void group_spans(struct doc *d, int gi, int f, struct spanv *out);
static struct spanv *spans_take(struct doc *d);

/* (transfer none) spans of group gi in field f, found once per entry */
static const struct spanv *
doc_gspans(struct doc *d, int gi, int f)
{
	const struct spanv *sp = d->gspans[gi][f];
	struct spanv *tmp, *keep;

	if (d->gempty[f] & (G_GUINT64_CONSTANT(1) << gi))
		return &no_spans;
	if (sp == NULL) {
		tmp = spans_take(d);
		group_spans(d, gi, f, tmp);
		if (tmp->len == 0) {
			sp = &no_spans;
		} else {
			if (d->ngpool == d->gpool->len)
				g_ptr_array_add(d->gpool, g_new0(struct spanv, 1));
			keep = d->gpool->pdata[d->ngpool++];
			if (keep->cap < tmp->len) {
				keep->cap = tmp->len;
				keep->v = g_renew(struct span, keep->v, keep->cap);
			}
			memcpy(keep->v, tmp->v, tmp->len * sizeof *tmp->v);
			keep->len = tmp->len;
			sp = keep;
		}
		d->npool--; /* tmp */
		d->gspans[gi][f] = sp;
		if (sp->len == 0)
			d->gempty[f] |= G_GUINT64_CONSTANT(1) << gi;
		else
			d->gfull[f] |= G_GUINT64_CONSTANT(1) << gi;
	}
	return sp;
}

/* Can phrase ph, whose words are all in field f (cmask), match in f at
 * all?  Not when an @group of it has no span in f. */
static gboolean
phrase_possible(struct doc *d, const struct phrase *ph, int f)
{
	const struct matom *m = PH_ATOMS(d->p, ph);
	int k;

	for (k = 0; ph->ngrefs > 0 && k < ph->n; k++)
		if (MA_GROUP(&m[k]) >= 0 && doc_gspans(d, MA_GROUP(&m[k]), f)->len == 0)
			return FALSE;
	return TRUE;
}

/* Can candidate pattern k (its words all in field f) match in f?  Not
 * when an @group of it has no span there: by the bits doc_gspans keeps
 * when they tell, else by asking. */
static inline gboolean
pattern_possible(struct doc *d, int k, const struct pattern *pat, int f)
{
	guint64 g = d->p->pinfo[k].grefs;

	if (g & d->gempty[f])
		return FALSE;
	if ((g & ~d->gfull[f]) == 0)
		return TRUE;
	return phrase_possible(d, &pat->a, f) && (!pat->near || phrase_possible(d, &pat->b, f));
}

/* End of a match of atoms k.. of ph at token pos of field f, or -1. */
static int
match_at(struct doc *d, int f, const struct phrase *ph, int k, int pos)
{
	const struct matom *a;

	if (k == ph->n)
		return pos;
	a = &PH_ATOMS(d->p, ph)[k];
	if (MA_GROUP(a) >= 0) {
		const struct spanv *sp = doc_gspans(d, MA_GROUP(a), f);
		guint i;

		for (i = 0; i < sp->len; i++) {
			const struct span *x = &sp->v[i];
			int end;

			if (x->start != pos)
				continue;
			end = k + 1 == ph->n ? x->end : match_at(d, f, ph, k + 1, x->end);
			if (end >= 0)
				return end;
		}
		return -1;
	}
	if (pos >= (int)d->toks[f]->len || !atom_match(d, f, pos, a))
		return -1;
	return match_at(d, f, ph, k + 1, pos + 1);
}

/* (transfer none) an empty span array of the pool, until npool drops
 * below it again */
static struct spanv *
spans_take(struct doc *d)
{
	struct spanv *sp;

	if (d->npool == d->pool->len)
		g_ptr_array_add(d->pool, g_new0(struct spanv, 1));
	sp = d->pool->pdata[d->npool++];
	sp->len = 0;
	return sp;
}

static int
span_start_cmp(const void *a, const void *b)
{
	int x = ((const struct span *)a)->start, y = ((const struct span *)b)->start;

	return (x > y) - (x < y);
}

/* Spans of ph in field f, by start (only the first when first).  A match
 * starts where its first atom does: at a token that fills it
 * (its chain, doc_fill), or at the start of a span of its @group. */
static void
phrase_spans(struct doc *d, const struct phrase *ph, int f, gboolean first, struct spanv *out)
{
	const struct matom *a = PH_ATOMS(d->p, ph);
	struct spanv *starts;
	guint k;
	int i, end;

	if (MA_GROUP(a) < 0) {
		if (!(d->filled[a->v] & (1u << f)))
			return;
		for (k = (guint)PHEAD(d, f, a->v);; k = (guint)d->pnext[f][k]) {
			i = d->ptok[f][k];
			/* a phrase of one word ends here: no call */
			end = ph->n == 1 ? i + 1 : match_at(d, f, ph, 1, i + 1);
			if (end > i) {
				spanv_push(out, i, end);
				if (first)
					return;
			}
			if ((int)k == PTAIL(d, f, a->v))
				return;
		}
	}
	starts = spans_take(d);
	{
		const struct spanv *sp = doc_gspans(d, MA_GROUP(a), f);

		for (k = 0; k < sp->len; k++)
			spanv_push(starts, sp->v[k].start, sp->v[k].end);
	}
	if (starts->len > 16) {
		qsort(starts->v, starts->len, sizeof(struct span), span_start_cmp);
	} else {
		struct span *x = starts->v, t;
		guint m;

		for (k = 1; k < starts->len; k++) {
			t = x[k];
			for (m = k; m > 0 && x[m - 1].start > t.start; m--)
				x[m] = x[m - 1];
			x[m] = t;
		}
	}
	for (k = 0; k < starts->len; k++) {
		i = starts->v[k].start;
		if (k > 0 && i == starts->v[k - 1].start)
			continue;
		end = match_at(d, f, ph, 0, i);
		if (end > i) {
			spanv_push(out, i, end);
			if (first)
				break;
		}
	}
	d->npool--; /* starts */
}

/* spans of pattern pat in field f, a candidate (doc_cands) whose words
 * are all in f (cmask) and that can match there (pattern_possible); only
 * the first (what all of them would start with) when first */
static void
pattern_spans(struct doc *d, const struct pattern *pat, int f, gboolean first, struct spanv *out)
{
	struct spanv *a, *b;
	guint i, j;

	if (pat->near == 0) {
		phrase_spans(d, &pat->a, f, first, out);
		return;
	}
	a = spans_take(d);
	b = spans_take(d);
	phrase_spans(d, &pat->a, f, FALSE, a);
	if (a->len)
		phrase_spans(d, &pat->b, f, FALSE, b);
	for (i = 0; i < a->len; i++) {
		const struct span *x = &a->v[i];

		for (j = 0; j < b->len; j++) {
			const struct span *y = &b->v[j];
			int gap = y->start >= x->end   ? y->start - x->end
			          : x->start >= y->end ? x->start - y->end
			                               : 0;

			if (gap <= pat->near) {
				spanv_push(out, MIN(x->start, y->start), MAX(x->end, y->end));
				break;
			}
		}
		if (first && out->len > 0)
			break;
	}
	d->npool -= 2; /* b, a */
}

static void
group_spans(struct doc *d, int gi, int f, struct spanv *out)
{
	const struct group *g = d->p->groups->pdata[gi];
	int c, end = g->pat0 + g->npats;

	/* the others need a word that is in no field */
	for (c = d->gcand[gi]; c < d->ncand && d->cand[c] < end; c++) {
		const struct pattern *pat = &d->p->packed[d->cand[c]];

		if (!(d->cmask[c] & (1u << f)) || !pattern_possible(d, d->cand[c], pat, f))
			continue; /* not in this one */
		pattern_spans(d, pat, f, FALSE, out);
	}
}

/* Does the character at c (UTF-8) join its neighbours without a blank
 * (text_unspaced)?  None below U+1100 (lead bytes below 0xE1) does. */
static inline gboolean
unspaced_at(const char *c)
{
	return (guchar)*c >= 0xE1 && text_unspaced(g_utf8_get_char(c));
}

/* Append the words of span s of field f (the first 12), blank-separated
 * and NUL-terminated, to into; returns where they start. */
static guint
span_text(struct doc *d, int f, const struct span *s, GString *into)
{
	gsize at = into->len, len = 0, wn[12];
	char *q;
	int i, end = MIN(s->end, s->start + 12);
	gboolean prev_unspaced = FALSE;

	/* measured first: one resize */
	for (i = s->start; i < end; i++) {
		wn[i - s->start] = ((struct sw_token *)d->toks[f]->pdata[i])->wlen;
		len += wn[i - s->start] + 1;
	}
	if (at + len + 1 >= into->allocated_len)
		g_string_set_size(into, at + len + 1);
	q = into->str + at;
	for (i = s->start; i < end; i++) {
		const char *w = ((struct sw_token *)d->toks[f]->pdata[i])->word, *e;
		/* cppcheck-suppress uninitvar ; the loop above set wn[] for the same i */
		gsize n = wn[i - s->start];

		/* Han and kana words as they were written: joined */
		if (q > into->str + at && !(unspaced_at(w) || prev_unspaced))
			*q++ = ' ';
		memcpy(q, w, n);
		q += n;
		/* the last character of w, for the next */
		if (n > 0) {
			for (e = q - 1; e > q - n && ((guchar)*e & 0xC0) == 0x80; e--)
				;
			prev_unspaced = unspaced_at(e);
		}
	}
	*q++ = '\0';
	/* as g_string_truncate, within the room made */
	into->len = (gsize)(q - into->str);
	into->str[into->len] = '\0';
	return (guint)at;
}

/* Languages written so alike that their patterns apply to each other:
 * Ukrainian and Russian, Danish and Norwegian (Bokmål, Nynorsk), and
 * Croatian, Serbian and Bosnian. */
static const char *
lang_family(const char *code)
{
	static const char *const fam[][2] = {
		{ "ru", "uk" }, { "da", "no" }, { "nb", "no" },
		{ "nn", "no" }, { "sr", "hr" }, { "bs", "hr" },
	};
	size_t i;

	for (i = 0; i < G_N_ELEMENTS(fam); i++)
		if (strcmp(code, fam[i][0]) == 0)
			return fam[i][1];
	return code;
}

/* Language-tagged patterns apply to entries in their language or its
 * family (see lang_family), and Czech ones to Slovak entries; untagged
 * ones to all.  The language is the
 * one guessed from the words and the one the feed declares (both, when
 * they differ); when neither is known, every pattern applies. */
/* strcmp(a, b) == 0 for the short codes here, without the call */
static inline gboolean
str_eq(const char *a, const char *b)
{
	while (*a && *a == *b) {
		a++;
		b++;
	}
	return *a == *b;
}

static gboolean
lang_compatible(const char *pat, const char *patfam, const char *doc, const char *docfam)
{
	if (*doc == '\0')
		return FALSE;
	return str_eq(patfam, docfam) || (str_eq(pat, "cs") && str_eq(doc, "sk"));
}

/* g_utf8_validate(s, -1, NULL), without it for the characters of 1, 2
 * and 3 bytes (no overlong form, no surrogate): it sees the rest, from
 * the first other lead byte on (a character boundary) */
static gboolean
utf8_valid(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	const unsigned char *end = p + strlen(s);

	for (;;) {
		unsigned char c;

		/* ASCII 8 bytes at a time, within the string */
		while (end - p >= 8) {
			guint64 w;

			memcpy(&w, p, sizeof w);
			if (w & G_GUINT64_CONSTANT(0x8080808080808080))
				break;
			p += 8;
		}
		c = p[0];
		if (c < 0x80) {
			if (c == 0)
				return TRUE;
			p++;
		} else if (c >= 0xC2 && c <= 0xDF && (p[1] & 0xC0) == 0x80) {
			p += 2;
		} else if (c >= 0xE0 && c <= 0xEF && (p[1] & 0xC0) == 0x80 &&
		           (p[2] & 0xC0) == 0x80 && (c != 0xE0 || p[1] >= 0xA0) &&
		           (c != 0xED || p[1] < 0xA0)) {
			p += 3;
		} else {
			return g_utf8_validate((const char *)p, -1, NULL);
		}
	}
}

static void
doc_lang(struct doc *d, const struct sw_entry *e, const char *lead)
{
	const char *g, *gfam, *ffam;
	char *guess = d->guess, *feed = d->feed;
	guint i;
	guint32 key, slot, ok = 0, *okp;
	guint64 *memo;

	/* title and lead are tokenised already; their words are those of
	 * "title lead" unless one is not UTF-8 (then that text has none) */
	if ((e->title == NULL || text_scratch_utf8_sure(F_TITLE) || utf8_valid(e->title)) &&
	    (lead == NULL || text_scratch_utf8_sure(F_LEAD) || utf8_valid(lead))) {
		GPtrArray *tl[2] = { d->toks[F_TITLE], d->toks[F_LEAD] };

		g = text_guess_lang_tokens(tl, 2);
	} else {
		char *s = g_strconcat(e->title ? e->title : "", " ", lead ? lead : "", NULL);

		g = text_guess_lang(s);
		g_free(s);
	}
	if (g)
		g_strlcpy(guess, g, sizeof d->guess);
	if (e->lang && g_ascii_isalpha(e->lang[0]) && g_ascii_isalpha(e->lang[1]) &&
	    (e->lang[2] == '\0' || e->lang[2] == '-' || e->lang[2] == '_')) {
		feed[0] = g_ascii_tolower(e->lang[0]);
		feed[1] = g_ascii_tolower(e->lang[1]);
	}
	/* the same two codes (of at most 2 bytes) give the same answers */
	key = (guint32)(guint8)guess[0] | (guint32)(guint8)guess[1] << 8 |
	      (guint32)(guint8)feed[0] << 16 | (guint32)(guint8)feed[1] << 24;
	slot = (key * 2654435761u) >> 26;
	memo = &((struct sw_profile *)d->p)->lang_memo[slot];
	okp = &((struct sw_profile *)d->p)->lang_memo_ok[slot];
	if (*memo == (G_GUINT64_CONSTANT(1) << 32 | key)) {
		for (i = 0; i < d->p->langs->len && i < MAX_LANGS; i++)
			d->lang_ok[i] = (*okp >> i) & 1;
		return;
	}
	gfam = lang_family(guess);
	ffam = lang_family(feed);
	for (i = 0; i < d->p->langs->len && i < MAX_LANGS; i++) {
		const char *l = d->p->langs->pdata[i], *lfam = d->p->lang_fam[i];

		d->lang_ok[i] = (*guess == '\0' && *feed == '\0') || *l == '\0' ||
		                lang_compatible(l, lfam, guess, gfam) ||
		                lang_compatible(l, lfam, feed, ffam);
		if (d->lang_ok[i])
			ok |= 1u << i;
	}
	*memo = G_GUINT64_CONSTANT(1) << 32 | key;
	*okp = ok;
}

/* (transfer full) "[-]group/field:text" */
static char *
term_of(const struct group *g, int field, const char *text)
{
	gsize ng = strlen(g->name), nf = strlen(field_names[field]), nt = strlen(text);
	char *s = g_malloc(ng + nf + nt + 4), *q = s;

	if (g->weight < 0)
		*q++ = '-';
	memcpy(q, g->name, ng);
	q += ng;
	*q++ = '/';
	memcpy(q, field_names[field], nf);
	q += nf;
	*q++ = ':';
	memcpy(q, text, nt + 1);
	return s;
}

/* Sort n ghits by group. */
static void
ghits_sort(struct ghits *g, guint n)
{
	guint i, j;
	struct ghits t;

	for (i = 1; i < n; i++) {
		t = g[i];
		for (j = i; j > 0 && g[j - 1].gi > t.gi; j--)
			g[j] = g[j - 1];
		g[j] = t;
	}
}

/* Sort n hits by field, keeping the order of equal ones (as g_array_sort). */
static void
hits_sort(struct hit *h, guint n)
{
	guint i, j;
	struct hit t;

	for (i = 1; i < n; i++) {
		t = h[i];
		for (j = i; j > 0 && h[j - 1].field > t.field; j--)
			h[j] = h[j - 1];
		h[j] = t;
	}
}

/* Word count limit for the lead when it comes from the content. */
static char *
lead_of(const char *content)
{
	const char *p = content;
	int words = 0;
	gboolean inword = FALSE;

	for (; *p; p++) {
		gboolean sp = g_ascii_isspace(*p);

		if (inword && sp && ++words >= LEAD_WORDS)
			break;
		inword = !sp;
	}
	return g_strndup(content, (gsize)(p - content));
}

/* Is hits[h] the text of an earlier hit (counted once)?  Texts are at
 * base + hit.text. */
static gboolean
hit_dup(const struct hit *hits, guint h, const char *base)
{
	const char *text = base + hits[h].text;
	guint k;

	for (k = 0; k < h; k++)
		if (hits[k].text == hits[h].text || strcmp(base + hits[k].text, text) == 0)
			return TRUE;
	return FALSE;
}

/* What the entry's score is made of, for people (struct sw_match.explain):
 * built from what match_entry found, only when it is wanted. */
struct outcome {
	const struct ghits *gh; /* the groups that matched */
	guint ngh;
	const struct hit *hits; /* their hits */
	const char *text;       /* the hits' texts */
	const char *simref;     /* (nullable) most like this reference story */
	double sim;
	gboolean req;
	const gboolean *hit; /* the groups require saw, by index */
	double score, thr;
	gboolean match;
};

/* Below this, x * 100 and the halves around it are exact doubles. */
#define FMT2_MAX 1e13 /* and x * 100 below 2^51 (append_2f's rounding) */

/* Append x as printf's "%.2f" (plus: "%+.2f") does, without its cost: the
 * nearest integer to x * 100, half to even as printf rounds an exact tie.
 * y = x * 100 is rounded, but fma gives its error e exactly (x * 100 =
 * y + e), and e decides only when y is a tie itself: a double that is not
 * one is further from it than e can reach. */
static void
append_2f(GString *s, double x, gboolean plus)
{
	if (isfinite(x) && fabs(x) < FMT2_MAX) {
		char buf[32];
		int n = (int)sizeof buf;
		double y = x * 100.0, r, e;
		unsigned long long u;

		/* nearbyint(y) (to nearest, ties to even) without the call:
		 * |y| < 2^51, so y + 1.5 * 2^52 is rounded to an integer */
		r = (y + 0x1.8p52) - 0x1.8p52;
		if (y - floor(y) == 0.5) {
			e = fma(x, 100.0, -y);
			if (e != 0)
				r = e > 0 ? ceil(y) : floor(y);
		}
		u = (unsigned long long)fabs(r);
		buf[--n] = (char)('0' + u % 10);
		u /= 10;
		buf[--n] = (char)('0' + u % 10);
		u /= 10;
		buf[--n] = '.';
		do {
			buf[--n] = (char)('0' + u % 10);
			u /= 10;
		} while (u > 0);
		if (signbit(x))
			buf[--n] = '-';
		else if (plus)
			buf[--n] = '+';
		if (s->len + (sizeof buf - n) < s->allocated_len) {
			memcpy(s->str + s->len, buf + n, sizeof buf - n);
			s->len += sizeof buf - n;
			s->str[s->len] = '\0';
		} else {
			g_string_append_len(s, buf + n, (gssize)sizeof buf - n);
		}
		return;
	}
	g_string_append_printf(s, plus ? "%+.2f" : "%.2f", x);
}

/* g_string_append_len(s, t, n) without the call when s has room */
static inline void
ex_addn(GString *s, const char *t, gsize n)
{
	if (s->len + n < s->allocated_len) {
		memcpy(s->str + s->len, t, n);
		s->len += n;
		s->str[s->len] = '\0';
	} else {
		g_string_append_len(s, t, (gssize)n);
	}
}

/* g_string_append(s, t) the same way */
static inline void
ex_add(GString *s, const char *t)
{
	ex_addn(s, t, strlen(t));
}

/* ex_add of a string literal: its length known, its copy inlined */
#define EX_LIT(s, lit) ex_addn((s), "" lit, sizeof(lit) - 1)

static const guint8 field_name_len[NFIELDS] = { 5, 4, 4 }; /* field_names' */

/* e as written, with the parentheses its precedence needs (| below &
 * below !): top is the operator it stands under. */
static void
ex_expr(GString *ex, const struct sw_profile *p, const struct expr *e, enum expr_op top)
{
	gboolean paren;

	switch (e->op) {
	case E_VAR:
		g_string_append(ex, ((const struct group *)p->groups->pdata[e->var])->name);
		return;
	case E_NOT:
		g_string_append_c(ex, '!');
		ex_expr(ex, p, e->l, E_NOT);
		return;
	case E_AND:
	case E_OR:
		paren = top == E_NOT || (top == E_AND && e->op == E_OR);
		if (paren)
			g_string_append_c(ex, '(');
		ex_expr(ex, p, e->l, e->op);
		g_string_append(ex, e->op == E_AND ? " & " : " | ");
		ex_expr(ex, p, e->r, e->op);
		if (paren)
			g_string_append_c(ex, ')');
		return;
	case E_TRUE:
	default:
		return;
	}
}

/* Two operands of require that read the same (a group named twice, as
 * in "(force | sea) & (force | air)"): one term of an explanation. */
static gboolean
expr_same(const struct expr *a, const struct expr *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return a->op == b->op && (a->op != E_VAR || a->var == b->var) && expr_same(a->l, b->l) &&
	       expr_same(a->r, b->r);
}

static gboolean
terms_have(const GPtrArray *terms, const struct expr *e)
{
	guint i;

	for (i = 0; i < terms->len; i++)
		if (expr_same(terms->pdata[i], e))
			return TRUE;
	return FALSE;
}

/* The terms (groups, "not"s) of an alternative, each once, joined by
 * " & " into ex; those that fail under hit also into lack (a group) or
 * ruled (a "not"), as the groups they name. */
static void
ex_terms(GString *ex, GString *lack, GString *ruled, const struct sw_profile *p,
         const GPtrArray *terms, const gboolean *hit)
{
	GPtrArray *seen = g_ptr_array_new();
	guint i;

	for (i = 0; i < terms->len; i++) {
		const struct expr *e = terms->pdata[i];
		GString *to;

		if (e->op == E_TRUE || terms_have(seen, e))
			continue;
		g_ptr_array_add(seen, (gpointer)e);
		if (seen->len > 1)
			g_string_append(ex, " & ");
		ex_expr(ex, p, e, E_AND);
		if (!lack || expr_eval(e, hit))
			continue;
		to = e->op == E_NOT ? ruled : lack;
		if (to->len)
			g_string_append(to, ", ");
		ex_expr(to, p, e->op == E_NOT ? e->l : e, E_NOT);
	}
	g_ptr_array_free(seen, TRUE);
}

/* What made e true under hit, for people, into terms: of an "or", its
 * first true side; of an "and", both; a "not" as written.  The default
 * profile's require is 25 alternatives (1,500 characters): "met" after
 * all of it said nothing of which one held; "ukraine & secguar" does. */
static void
ex_witness(GPtrArray *terms, const struct expr *e, const gboolean *hit)
{
	switch (e->op) {
	case E_OR:
		ex_witness(terms, expr_eval(e->l, hit) ? e->l : e->r, hit);
		return;
	case E_AND:
		ex_witness(terms, e->l, hit);
		ex_witness(terms, e->r, hit);
		return;
	default:
		g_ptr_array_add(terms, (gpointer)e);
		return;
	}
}

/* The search for the alternative of a require not met that the fewest
 * groups keep from holding: a term met, or one already counted (a group
 * named twice), costs nothing.  Depth first, of an "or" the side that
 * costs less on its own first (the left one of equals), so that the first
 * alternative found is the one each "or" taken alone would choose, the
 * nearest when no group is named twice; a branch that cannot do better
 * than the best found is cut, and after NEAREST_STEPS steps second sides
 * are no longer tried (an expression of many small "or"s has 2^n
 * alternatives). */
#define NEAREST_STEPS 20000

struct pending {
	const struct expr *e;
	const struct pending *next;
};

struct nearest {
	const gboolean *hit;
	GHashTable *costs; /* expr -> its cost alone, once each */
	GPtrArray *cur;    /* the terms of the alternative being built */
	GPtrArray *best;   /* ... of the best one found */
	int best_cost;
	int steps;
};

/* How many of e's terms would have to change for it to hold under hit,
 * counted as if no group were named twice: an "or" costs its cheaper
 * side, an "and" both. */
static int
nearest_cost(struct nearest *n, const struct expr *e)
{
	gpointer v;
	int l, r, c;

	if (g_hash_table_lookup_extended(n->costs, e, NULL, &v))
		return GPOINTER_TO_INT(v);
	switch (e->op) {
	case E_OR:
		l = nearest_cost(n, e->l);
		r = nearest_cost(n, e->r);
		c = MIN(l, r);
		break;
	case E_AND:
		c = nearest_cost(n, e->l) + nearest_cost(n, e->r);
		break;
	default:
		c = expr_eval(e, n->hit) ? 0 : 1;
		break;
	}
	g_hash_table_insert(n->costs, (gpointer)e, GINT_TO_POINTER(c));
	return c;
}

static void
nearest_search(struct nearest *n, const struct pending *todo, int cost)
{
	const struct expr *e;

	n->steps++;
	if (cost >= n->best_cost)
		return;
	if (!todo) {
		g_ptr_array_set_size(n->best, 0);
		g_ptr_array_extend(n->best, n->cur, NULL, NULL);
		n->best_cost = cost;
		return;
	}
	e = todo->e;
	if (e->op == E_AND) {
		struct pending r = { e->r, todo->next }, l = { e->l, &r };

		nearest_search(n, &l, cost);
	} else if (e->op == E_OR) {
		gboolean right = nearest_cost(n, e->r) < nearest_cost(n, e->l);
		struct pending a = { right ? e->r : e->l, todo->next };
		struct pending b = { right ? e->l : e->r, todo->next };

		nearest_search(n, &a, cost);
		if (n->steps < NEAREST_STEPS)
			nearest_search(n, &b, cost);
	} else {
		int add = expr_eval(e, n->hit) || terms_have(n->cur, e) ? 0 : 1;

		g_ptr_array_add(n->cur, (gpointer)e);
		nearest_search(n, todo->next, cost + add);
		g_ptr_array_set_size(n->cur, n->cur->len - 1);
	}
}

/* The alternative of e that came nearest to holding under hit, as
 * ex_terms() writes it. */
static void
ex_nearest(GString *ex, GString *lack, GString *ruled, const struct sw_profile *p,
           const struct expr *e, const gboolean *hit)
{
	struct nearest n = {
		hit, g_hash_table_new(NULL, NULL), g_ptr_array_new(), g_ptr_array_new(), G_MAXINT, 0
	};
	struct pending top = { e, NULL };

	nearest_search(&n, &top, 0);
	ex_terms(ex, lack, ruled, p, n.best, hit);
	g_hash_table_destroy(n.costs);
	g_ptr_array_free(n.cur, TRUE);
	g_ptr_array_free(n.best, TRUE);
}

/* "Language xx. ", or "Language xx (feed says yy). " when the guess and
 * the feed disagree. */
static void
ex_language(GString *ex, const struct doc *d)
{
	EX_LIT(ex, "Language ");
	if (*d->guess && *d->feed && strcmp(d->guess, d->feed) != 0) {
		ex_add(ex, d->guess);
		EX_LIT(ex, " (feed says ");
		ex_add(ex, d->feed);
		EX_LIT(ex, "). ");
	} else {
		ex_add(ex, *d->guess ? d->guess : *d->feed ? d->feed : "unknown");
		EX_LIT(ex, ". ");
	}
}

/* "Groups: NAME (field:term, ...) +1.50; ..." for the groups o hit, each
 * term once, or that none did. */
static void
ex_groups(GString *ex, const struct sw_profile *p, const struct outcome *o)
{
	guint i, h;

	for (i = 0; i < o->ngh; i++) {
		const struct ghits *x = &o->gh[i];
		const struct group *g = p->groups->pdata[x->gi];

		if (i > 0)
			EX_LIT(ex, "; ");
		else
			EX_LIT(ex, "Groups: ");
		ex_add(ex, g->name);
		EX_LIT(ex, " (");
		for (h = 0; h < x->n; h++) {
			const struct hit *t = &o->hits[x->h0 + h];

			if (hit_dup(o->hits + x->h0, h, o->text))
				continue;
			if (h)
				EX_LIT(ex, ", ");
			ex_addn(ex, field_names[t->field], field_name_len[t->field]);
			EX_LIT(ex, ":");
			ex_add(ex, o->text + t->text);
		}
		EX_LIT(ex, ") ");
		append_2f(ex, x->gs, TRUE);
	}
	if (o->ngh == 0)
		EX_LIT(ex, "No term group matched");
	EX_LIT(ex, ".");
}

/* Whether p's require holds for o: by which terms, or which alternative
 * came nearest and what it lacked; without the hits, the expression. */
static void
ex_require(GString *ex, const struct sw_profile *p, const struct outcome *o)
{
	if (p->require && o->req && o->hit) {
		GPtrArray *terms = g_ptr_array_new();

		EX_LIT(ex, " Required: met by ");
		ex_witness(terms, p->require, o->hit);
		ex_terms(ex, NULL, NULL, p, terms, o->hit);
		g_ptr_array_free(terms, TRUE);
		EX_LIT(ex, ".");
	} else if (p->require && !o->req && o->hit) {
		/* which alternative came nearest, and what it lacked: the
		 * 1,500 characters of the default profile's require said
		 * nothing of why a story about Taiwan's guarantees is out */
		GString *lack = g_string_new(NULL), *ruled = g_string_new(NULL);

		EX_LIT(ex, " Required: not met; nearest ");
		ex_nearest(ex, lack, ruled, p, p->require, o->hit);
		if (lack->len) {
			EX_LIT(ex, ", which lacks ");
			g_string_append_len(ex, lack->str, (gssize)lack->len);
		}
		if (ruled->len) {
			if (lack->len)
				EX_LIT(ex, " and is ruled out by ");
			else
				EX_LIT(ex, ", ruled out by ");
			g_string_append_len(ex, ruled->str, (gssize)ruled->len);
		}
		EX_LIT(ex, ".");
		g_string_free(lack, TRUE);
		g_string_free(ruled, TRUE);
	} else if (p->require) {
		EX_LIT(ex, " Required ");
		ex_add(ex, p->require_src);
		if (o->req)
			EX_LIT(ex, ": met.");
		else
			EX_LIT(ex, ": not met.");
	}
}

/* " Score 5.10 >= threshold 4.80: match." */
static void
ex_verdict(GString *ex, const struct sw_profile *p, const struct outcome *o)
{
	EX_LIT(ex, " Score ");
	append_2f(ex, o->score, FALSE);
	if (o->score >= o->thr)
		EX_LIT(ex, " >= ");
	else
		EX_LIT(ex, " < ");
	if (o->thr != p->threshold)
		EX_LIT(ex, "title-only ");
	EX_LIT(ex, "threshold ");
	append_2f(ex, o->thr, FALSE);
	if (o->match)
		EX_LIT(ex, ": match.");
	else
		EX_LIT(ex, ": no match.");
}

/* The explanation of outcome o of d in p: its language, the groups hit,
 * the reference it is most like, require, and the score against the
 * threshold. */
static char *
explain_of(const struct sw_profile *p, const struct doc *d, const struct outcome *o)
{
	GString *ex = g_string_sized_new(2048); /* most fit */

	ex_language(ex, d);
	ex_groups(ex, p, o);
	if (o->simref) {
		EX_LIT(ex, " Most like reference '");
		ex_add(ex, o->simref);
		EX_LIT(ex, "' (cosine ");
		append_2f(ex, o->sim, FALSE);
		EX_LIT(ex, ", ");
		append_2f(ex, p->like_weight * o->sim, TRUE);
		EX_LIT(ex, ").");
	}
	ex_require(ex, p, o);
	ex_verdict(ex, p, o);
	return g_string_free(ex, FALSE);
}

/* Whether a candidate of cand[c0 .. cend - 1] (a group's) hits below
 * the title of d: a hit's term names the first field it is in alone
 * ("Georgia" in the title and in the lead is one term, of the title). */
static gboolean
hits_below_title(struct doc *d, int c0, int cend, struct spanv *sp)
{
	int c, f;

	for (c = c0; c < cend; c++) {
		const struct pattern *pat = &d->p->packed[d->cand[c]];

		for (f = F_LEAD; f < NFIELDS; f++) {
			if (!(d->cmask[c] & (1u << f)) || !pattern_possible(d, d->cand[c], pat, f))
				continue;
			sp->len = 0;
			pattern_spans(d, pat, f, TRUE, sp);
			if (sp->len > 0)
				return TRUE;
		}
	}
	return FALSE;
}

/* The hits of the groups that are lazy (or not) in d: each one's hits
 * (in hb, their texts in htext) and what it adds to the score (in gh),
 * hitg set for it and its terms added, and d->neg_throughout; returns
 * the sum. */
static double
groups_hit(struct doc *d, gboolean lazy, struct spanv *sp, struct ghitv *gh, struct hitv *hb,
           GString *htext, gboolean *hitg, GPtrArray *terms)
{
	const struct sw_profile *p = d->p;
	double score = 0;
	guint gi;
	int f, c = 0;
	const int ncand = d->ncand, *cand = d->cand;
	const guint8 *cmask = d->cmask;

	/* only candidates can hit (doc_cands): the groups that have some, in
	 * order, each from its first candidate (d->gcand) */
	while (c < ncand) {
		const struct group *g;
		struct hit *hits;
		struct ghits x;
		double gs = 0, fac = 1;
		int nscored = 0, cend, c0 = c;
		guint h, h0 = hb->len, n;

		gi = p->pinfo[cand[c]].group;
		g = p->groups->pdata[gi];
		/* its candidates end where the next group's start */
		cend = gi + 1 < p->groups->len ? d->gcand[gi + 1] : ncand;
		if (g->lazy != lazy) {
			c = cend;
			continue;
		}
		for (; c < cend; c++) {
			const struct pattern *pat = &p->packed[cand[c]]; /* pats[c - pat0] */
			struct hit best = { -1, 0 };

			for (f = 0; f < NFIELDS && best.field < 0; f++) {
				if (!(cmask[c] & (1u << f)) ||
				    !pattern_possible(d, cand[c], pat, f))
					continue; /* a word or @group of it is not here */
				sp->len = 0;
				pattern_spans(d, pat, f, TRUE, sp); /* its first is its text */
				if (sp->len > 0) {
					best.field = f;
					best.text = span_text(d, f, &sp->v[0], htext);
				}
			}
			if (best.field >= 0) {
				grow(&hb->v, &hb->cap, hb->len + 1, sizeof best);
				hb->v[hb->len++] = best;
			}
		}
		n = hb->len - h0;
		if (n == 0)
			continue;
		hitg[gi] = TRUE;
		/* best fields first; distinct texts only */
		hits = &hb->v[h0];
		hits_sort(hits, n);
		if (g->weight < 0 && hits[0].field == F_TITLE && !d->neg_throughout)
			d->neg_throughout =
			        hits[n - 1].field != F_TITLE || hits_below_title(d, c0, cend, sp);
		for (h = 0; h < n; h++) {
			struct hit *t = &hits[h];

			if (hit_dup(hits, h, htext->str))
				continue;
			if (nscored < MAX_HITS_SCORED) {
				gs += p->fw[t->field] * fac;
				fac *= DECAY;
				nscored++;
			}
			if (g->weight != 0)
				g_ptr_array_add(terms, term_of(g, t->field, htext->str + t->text));
		}
		gs *= g->weight;
		score += gs;
		x.gi = gi;
		x.gs = gs;
		x.h0 = h0;
		x.n = n;
		grow(&gh->v, &gh->cap, gh->len + 1, sizeof x);
		gh->v[gh->len++] = x;
	}

	return score;
}

/* Room in p->byid and p->vbyid (when p has reference stories) for word
 * numbers below n, the new ones 0. */
static void
byid_grow(struct sw_profile *p, guint n)
{
	guint cap = MAX(n, MIN(MAX(2 * p->byid_cap, 1024), SW_MAX_STEM_CACHE));

	p->byid = g_renew(struct wordfill *, p->byid, cap);
	memset(p->byid + p->byid_cap, 0, (cap - p->byid_cap) * sizeof *p->byid);
	if (p->refs->len > 0 && p->like_weight > 0) {
		p->vbyid = g_renew(struct vecword, p->vbyid, cap);
		memset(p->vbyid + p->byid_cap, 0, (cap - p->byid_cap) * sizeof *p->vbyid);
	}
	p->byid_cap = cap;
}

/* context.GROUP: an entry from a feed that declares one of its languages
 * (feed: doc_lang's two lower-case letters) names GROUP for require, with
 * no points; the term says why. */
static void
context_hits(const struct sw_profile *p, const char *feed, gboolean *hitg, GPtrArray *terms)
{
	int i;

	for (i = 0; i < p->nctx; i++) {
		const struct group *g = p->groups->pdata[p->ctx_group[i]];

		if (strcmp(p->ctx_lang[i], feed) != 0 || hitg[p->ctx_group[i]])
			continue;
		hitg[p->ctx_group[i]] = TRUE;
		g_ptr_array_add(terms, g_strdup_printf("%s/feed:%s", g->name, feed));
	}
}

/* The entry's fields into d: title, lead (the summary, or the start of
 * the content) and body tokenized, and the languages of p that apply
 * (d->lang_ok, d->sig). */
static void
doc_tokenize(struct doc *d, const struct sw_entry *e)
{
	const struct sw_profile *p = d->p;
	const char *lead, *body;
	char *lead_buf = NULL;
	guint gi;

	if (e->summary && *e->summary) {
		lead = e->summary;
		body = e->content;
	} else if (e->content) {
		lead = lead_buf = lead_of(e->content);
		body = e->content + strlen(lead);
	} else {
		lead = NULL;
		body = NULL;
	}
	/* tokens in text.c's reused storage: no allocation per token */
	d->toks[F_TITLE] = text_tokenize_scratch(e->title, e->lang, F_TITLE);
	d->toks[F_LEAD] = text_tokenize_scratch(lead, e->lang, F_LEAD);
	d->toks[F_BODY] = text_tokenize_scratch(body, e->lang, F_BODY);
	if (d->toks[F_BODY]->len > SW_MAX_MATCH_WORDS)
		g_ptr_array_set_size(d->toks[F_BODY], SW_MAX_MATCH_WORDS);
	doc_lang(d, e, lead);
	g_free(lead_buf);
	for (gi = 0; gi < p->langs->len && gi < MAX_LANGS; gi++)
		if (d->lang_ok[gi])
			d->sig |= 1u << gi;
}

/* The numbers text.c gave the tokens' words (d->wids), and p's tables
 * by number (byid, vbyid) made ready for them. */
static void
doc_word_ids(struct doc *d)
{
	const struct sw_profile *p = d->p;
	int f;

	/* words by number instead of by hash where text.c numbered them */
	if (p->byid_gen != text_word_generation()) {
		if (p->byid)
			memset(p->byid, 0, p->byid_cap * sizeof *p->byid);
		if (p->vbyid)
			memset(p->vbyid, 0, p->byid_cap * sizeof *p->vbyid);
		((struct sw_profile *)p)->byid_gen = text_word_generation();
	}
	/* room for the numbers handed out so far (this entry's among them),
	 * grown as the memo grows: all 0 for words not seen */
	if (p->byid == NULL || text_word_ids() > p->byid_cap)
		byid_grow((struct sw_profile *)p, text_word_ids());
	for (f = 0; f < NFIELDS; f++)
		d->wids[f] = text_scratch_word_ids(f);
}

/* d's working storage, taken from p's (reused from entry to entry), and
 * the languages whose stems are looked up. */
static void
doc_buffers(struct doc *d)
{
	const struct sw_profile *p = d->p;
	guint gi;

	/* the word cache holds at most SW_MAX_WORD_CACHE words after this
	 * entry: emptied before, never while an entry holds its words */
	{
		guint ntok = d->toks[F_TITLE]->len + d->toks[F_LEAD]->len + d->toks[F_BODY]->len;

		if (g_hash_table_size(p->wordfills) + ntok > SW_MAX_WORD_CACHE &&
		    g_hash_table_size(p->wordfills) > 0) {
			g_hash_table_remove_all(p->wordfills);
			memset(p->byid, 0, p->byid_cap * sizeof *p->byid);
		}
		d->tokstop[F_TITLE] = grow(&d->db->tokstop, &d->db->tokstop_cap, ntok + 1, 1);
		d->tokstop[F_LEAD] = d->tokstop[F_TITLE] + d->toks[F_TITLE]->len;
		d->tokstop[F_BODY] = d->tokstop[F_LEAD] + d->toks[F_LEAD]->len;
	}
	d->filled = p->filled; /* all 0: cleared by filled_ids at the end */
	d->fslot = p->fslot;
	d->filled_ids = d->db->filled_ids; /* given back at the end */
	d->filled_ids.len = 0;
	d->pool = p->span_pool; /* npool 0: all free */
	d->gpool = p->gspan_pool;
	for (gi = 0; gi < p->langs->len && gi < MAX_LANGS; gi++)
		if (p->by_stem[gi] && d->lang_ok[gi])
			d->stem_langs[d->nstem_langs++] = (int)gi;
}

/* like=: the cosine of the entry with the closest of p's reference
 * stories (*sim, its label *simref, a term saying so), and the points
 * it is worth (0 when none comes closer than 0). */
static double
like_points(struct doc *d, double *sim, const char **simref, GPtrArray *terms)
{
	const struct sw_profile *p = d->p;
	struct entryvec *ev = p->ev;
	GString *t;
	guint r;

	entry_vec(p, d->toks, d->tokstop, d->wids, NFIELDS, ev);
	for (r = 0; r < p->refs->len; r++) {
		const struct refdoc *rd = p->refs->pdata[r];
		double c = cosine_ids(ev, rd);

		if (c > *sim) {
			*sim = c;
			*simref = rd->label;
		}
	}
	entryvec_done(ev);
	if (*simref == NULL)
		return 0;
	t = g_string_new("like:");
	g_string_append(t, *simref);
	g_string_append_c(t, '=');
	append_2f(t, *sim, FALSE);
	g_ptr_array_add(terms, g_string_free(t, FALSE));
	return p->like_weight * *sim;
}

/* The explanation of o, the decision on d's entry (sp and hitg as
 * groups_hit was given them); terms gets the lazy groups' terms. */
static char *
doc_explain(struct doc *d, struct spanv *sp, gboolean *hitg, struct outcome *o, GPtrArray *terms)
{
	const struct sw_profile *p = d->p;
	struct ghitv *gh = p->ghits;

	/* the groups that weigh nothing and that require does not name,
	 * only now that they are explained: in group order */
	if (p->has_lazy) {
		groups_hit(d, TRUE, sp, gh, p->hits, p->hit_text, hitg, terms);
		ghits_sort(gh->v, gh->len);
	}
	o->gh = gh->v;
	o->ngh = gh->len;
	o->hits = p->hits->v;
	o->text = p->hit_text->str;
	o->hit = hitg;
	return explain_of(p, d, o);
}

/* Give back what d took of p's storage, as the next entry expects it:
 * sp to the pool, the hits emptied, filled all 0. */
static void
doc_done(struct doc *d)
{
	const struct sw_profile *p = d->p;
	guint r;
	int f;

	d->npool--; /* sp */
	p->ghits->len = 0;
	p->hits->len = 0;
	g_string_truncate(p->hit_text, 0);

	for (r = 0; r < d->filled_ids.len; r++)
		d->filled[d->filled_ids.v[r]] = 0;
	d->db->filled_ids = d->filled_ids;
	for (f = 0; f < NFIELDS; f++) {
		d->db->at[f] = d->at[f];
	}
	/* d.gspans go back to the pool with d.ngpool */
}

/* Score e; the explanation when want_explain or a match. */
static void
entry_score(const struct sw_profile *p, const struct sw_entry *e, struct sw_match *out,
            gboolean want_explain)
{
	struct doc d;
	gboolean *hitg;
	double score = 0, sim = 0, thr;
	const char *simref = NULL;
	struct spanv *sp;
	int f;
	gboolean req;

	memset(&d, 0, sizeof d);
	memset(out, 0, sizeof *out);
	d.p = p;
	d.db = p->db;
	d.pchain = d.db->pchain;
	out->terms = g_ptr_array_new_full(16, g_free);
	doc_tokenize(&d, e);
	doc_word_ids(&d);
	doc_buffers(&d);
	for (f = 0; f < NFIELDS; f++)
		doc_fill(&d, f);
	doc_cands(&d);

	hitg = memset(d.db->hitg, 0, (p->groups->len + 1) * sizeof *hitg);
	sp = spans_take(&d);
	score += groups_hit(&d, FALSE, sp, p->ghits, p->hits, p->hit_text, hitg, out->terms);
	if (p->refs->len > 0 && p->like_weight > 0)
		score += like_points(&d, &sim, &simref, out->terms);
	/* the feed's language names no country the entry names another of */
	if (p->nctx > 0 && d.feed[0] && !(p->ctx_unless && expr_eval(p->ctx_unless, hitg)))
		context_hits(p, d.feed, hitg, out->terms);
	req = p->require == NULL ? TRUE
	      : p->req_code      ? req_eval(p->req_code, 0, hitg)
	                         : expr_eval(p->require, hitg);
	/* a title alone holds fewer hits than a title with text */
	thr = p->threshold;
	if (p->threshold_title >= 0 && d.toks[F_LEAD]->len == 0 && d.toks[F_BODY]->len == 0)
		thr = p->threshold_title;
	out->score = score;
	out->match = req && score >= thr;
	out->negative_throughout = d.neg_throughout;
	if (want_explain || out->match) {
		struct outcome o = {
			.simref = simref,
			.sim = sim,
			.req = req,
			.score = score,
			.thr = thr,
			.match = out->match,
		};

		out->explain = doc_explain(&d, sp, hitg, &o, out->terms);
	}
	doc_done(&d);
}

void
match_entry(const struct sw_profile *p, const struct sw_entry *e, struct sw_match *out)
{
	entry_score(p, e, out, FALSE);
}

void
match_entry_explained(const struct sw_profile *p, const struct sw_entry *e, struct sw_match *out)
{
	entry_score(p, e, out, TRUE);
}

void
match_clear(struct sw_match *m)
{
	if (m == NULL)
		return;
	if (m->terms)
		g_ptr_array_unref(m->terms);
	g_free(m->explain);
	m->terms = NULL;
	m->explain = NULL;
}

gboolean
match_followup_wanted(const struct sw_profile *p, const struct sw_match *m)
{
	return p->followup_terms > 0 && !m->match &&
	       m->score >= p->followup_floor * FOLLOWUP_NEAR_SHARE && !m->negative_throughout;
}

/* Story memory's lift: m (of e) becomes a match, with term (transfer
 * full) among its terms and sentence after its explanation (made now if
 * match_entry() left none). */
static void
lift(const struct sw_profile *p, const struct sw_entry *e, struct sw_match *m, char *term,
     const char *sentence)
{
	char *old;

	if (m->explain == NULL) {
		struct sw_match x;

		entry_score(p, e, &x, TRUE);
		m->explain = x.explain;
		x.explain = NULL;
		match_clear(&x);
	}
	m->match = TRUE;
	m->lifted = TRUE;
	g_ptr_array_add(m->terms, term);
	old = m->explain;
	m->explain = g_strconcat(old ? old : "", sentence, NULL);
	g_free(old);
}

void
match_followup(const struct sw_profile *p, const struct sw_entry *e, int shared,
               const char *headline, struct sw_match *m)
{
	gboolean near = m->score < p->followup_floor;
	GString *s;

	if (!match_followup_wanted(p, m) ||
	    shared < p->followup_terms + (near ? FOLLOWUP_NEAR_MORE : 0))
		return;
	s = g_string_new(NULL);
	g_string_append_printf(
	        s,
	        " Story memory: a follow-up of \"%s\", sharing %d of its rare "
	        "words, names (counted twice) and numbers (>= followup_terms %d%s; score ",
	        headline ? headline : "", shared, p->followup_terms,
	        near ? " + " G_STRINGIFY(FOLLOWUP_NEAR_MORE) : "");
	append_2f(s, m->score, FALSE);
	g_string_append(s, near ? " < followup_floor " : " >= followup_floor ");
	append_2f(s, p->followup_floor, FALSE);
	g_string_append(s, near ? " by at most a sixth of it): match." : "): match.");
	lift(p, e, m, g_strdup_printf("story:%s=%d", headline ? headline : "", shared), s->str);
	g_string_free(s, TRUE);
}

const char *
match_lifted_term(const char *terms)
{
	/* each kind, and as a later term of the list */
	const char *const kinds[][2] = { { "story:", ", story:" }, { "copy:", ", copy:" } };
	const char *first = NULL;
	guint k;

	for (k = 0; terms && k < G_N_ELEMENTS(kinds); k++) {
		const char *at = g_str_has_prefix(terms, kinds[k][0]) ? terms : NULL;

		if (!at && (at = strstr(terms, kinds[k][1])))
			at += 2;
		if (at && (!first || at < first))
			first = at;
	}
	return first;
}

gboolean
match_copy_wanted(const struct sw_profile *p, const struct sw_match *m)
{
	return p->followup_terms > 0 && !m->match;
}

void
match_copy(const struct sw_profile *p, const struct sw_entry *e, const char *orig, const char *why,
           struct sw_match *m)
{
	char *sentence;

	if (!match_copy_wanted(p, m) || orig == NULL)
		return;
	sentence = g_strdup_printf(" Story memory: a copy of %s, which matched (%s): match.", orig,
	                           why ? why : "duplicate");
	lift(p, e, m, g_strdup_printf("copy:%s", orig), sentence);
	g_free(sentence);
}
