/*
 * text.c - plain text to comparable tokens.
 *
 * Pipeline of one text: NFKC, per-word Latin/Cyrillic homoglyph folding,
 * case folding, splitting by Unicode word rules, then a stem per word from
 * Snowball (libstemmer) or, for languages Snowball lacks here (uk, pl, cs),
 * a light suffix stripper.  Transliteration variants of a few names that
 * the news spells many ways (Kyiv/Kiev/Kiew, Zelensky/Zelenskyy/Selenskyj)
 * get one stem.
 */
#include <string.h>
#include <libstemmer.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "caps.h"
#include "text.h"

enum script { SCRIPT_OTHER = 0, SCRIPT_LATIN, SCRIPT_CYRILLIC, SCRIPT_GREEK };

/* ISO 639-1 code -> Snowball algorithm; light = own stripper instead */
struct langdef {
	const char *code;
	const char *snowball; /* NULL: use light stripper */
	enum script script;
	struct sb_stemmer *st; /* made at the language's first word */
	gboolean st_tried;     /* st was asked for (it may be NULL) */
};

static struct langdef langs[] = {
	{ "bg", NULL, SCRIPT_CYRILLIC, NULL, FALSE },
	{ "bs", "serbian", SCRIPT_LATIN, NULL, FALSE },
	{ "ca", "catalan", SCRIPT_LATIN, NULL, FALSE },
	{ "cs", NULL, SCRIPT_LATIN, NULL, FALSE },
	{ "da", "danish", SCRIPT_LATIN, NULL, FALSE },
	{ "de", "german", SCRIPT_LATIN, NULL, FALSE },
	{ "el", "greek", SCRIPT_GREEK, NULL, FALSE },
	{ "en", "english", SCRIPT_LATIN, NULL, FALSE },
	{ "es", "spanish", SCRIPT_LATIN, NULL, FALSE },
	{ "fi", "finnish", SCRIPT_LATIN, NULL, FALSE },
	{ "fr", "french", SCRIPT_LATIN, NULL, FALSE },
	{ "hr", "serbian", SCRIPT_LATIN, NULL, FALSE },
	{ "hu", "hungarian", SCRIPT_LATIN, NULL, FALSE },
	{ "it", "italian", SCRIPT_LATIN, NULL, FALSE },
	{ "lt", "lithuanian", SCRIPT_LATIN, NULL, FALSE },
	{ "nb", "norwegian", SCRIPT_LATIN, NULL, FALSE },
	{ "nl", "dutch", SCRIPT_LATIN, NULL, FALSE },
	{ "nn", "norwegian", SCRIPT_LATIN, NULL, FALSE },
	{ "no", "norwegian", SCRIPT_LATIN, NULL, FALSE },
	{ "pl", NULL, SCRIPT_LATIN, NULL, FALSE },
	{ "pt", "portuguese", SCRIPT_LATIN, NULL, FALSE },
	{ "ro", "romanian", SCRIPT_LATIN, NULL, FALSE },
	{ "ru", "russian", SCRIPT_CYRILLIC, NULL, FALSE },
	{ "sk", NULL, SCRIPT_LATIN, NULL, FALSE },
	{ "sr", "serbian", SCRIPT_LATIN, NULL, FALSE },
	{ "sv", "swedish", SCRIPT_LATIN, NULL, FALSE },
	{ "tr", "turkish", SCRIPT_LATIN, NULL, FALSE },
	{ "uk", NULL, SCRIPT_CYRILLIC, NULL, FALSE },
};

/* Light suffix strippers: endings tried longest first, the stem keeps at
 * least LIGHT_MIN_STEM characters.  Good enough for matching and
 * clustering, not linguistics. */
#define LIGHT_MIN_STEM 3

static const char *const uk_endings[] = {
	"ями", "ами", "ого", "ому", "ими", "іми",  "ій", "ої", "ою", "ею", "ах", "ях",  "ів",
	"їв",  "ові", "еві", "ом",  "ем",  "ий",   "им", "их", "ім", "іх", "ую", "юю",  "ая",
	"ня",  "ні",  "ню",  "ть",  "ти",  "ться", "ся", "ли", "ла", "ло", "ає", "ють", "ять",
	"а",   "я",   "о",   "е",   "є",   "і",    "ї",  "и",  "у",  "ю",  "й",  "ь",   NULL
};
static const char *const pl_endings[] = { "owie", "ami", "ach", "ego", "emu", "ych", "ymi",
	                                  "imi",  "ich", "owi", "iem", "om",  "ów",  "ej",
	                                  "em",   "ie",  "ym",  "im",  "ać",  "ić",  "yć",
	                                  "ał",   "ła",  "li",  "ły",  "a",   "ą",   "ę",
	                                  "e",    "i",   "y",   "o",   "u",   NULL };
static const char *const cs_endings[] = { "ami", "ách", "ích", "ého", "ému", "ými", "ími",
	                                  "ové", "ovi", "ům",  "ou",  "ím",  "ém",  "ých",
	                                  "ách", "ám",  "ho",  "mu",  "ní",  "ci",  "ce",
	                                  "a",   "e",   "ě",   "i",   "í",   "o",   "u",
	                                  "ů",   "y",   "ý",   "á",   "é",   NULL };

/* Names that transliterate many ways: a folded word that starts with one
 * of these prefixes and has at most VARIANT_MAX_TAIL more characters (an
 * inflection) gets the canonical stem. */
#define VARIANT_MAX_TAIL 5

struct variant {
	const char *prefix;
	const char *canon;
};

static const struct variant variants[] = {
	{ "kyiv", "kyiv" },          { "kiev", "kyiv" },          { "kiew", "kyiv" },
	{ "kijów", "kyiv" },         { "kijow", "kyiv" },         { "kijev", "kyiv" },
	{ "kyjiv", "kyiv" },         { "kyjev", "kyiv" },         { "kiyv", "kyiv" },
	{ "київ", "kyiv" },          { "києв", "kyiv" },          { "киев", "kyiv" },
	{ "zelensk", "zelensky" },   { "zelenskyy", "zelensky" }, { "zelenskij", "zelensky" },
	{ "selenskyj", "zelensky" }, { "zelenskyj", "zelensky" }, { "zełensk", "zelensky" },
	{ "zelenski", "zelensky" },  { "zelenskis", "zelensky" }, { "зеленськ", "zelensky" },
	{ "зеленск", "zelensky" },   { "putin", "putin" },        { "poutine", "putin" },
	{ "путін", "putin" },        { "путин", "putin" },        { "putyn", "putin" },
	{ "lavrov", "lavrov" },      { "lawrow", "lavrov" },      { "лавров", "lavrov" },
	{ "ławrow", "lavrov" },      { "lavrovas", "lavrov" },    { "kreml", "kremlin" },
	{ "кремл", "kremlin" },
};

static gboolean inited;

/* each_word's folded word, reused from word to word */
static GString *fold_buf;

/* each_word's characters of the text and of one word, reused from text to
 * text: both hold ucs_cap characters */
static gunichar *ucs_buf, *ucs_word;
static gsize ucs_cap;

struct run;
static struct run *runs; /* each_word's runs of word characters */
static gsize runs_cap;

/* Tokens already made (each_word with stems): the characters of a word
 * (NFKC, before folding, without apostrophes) and the language asked ->
 * its folded word and its stem.  Emptied when SW_MAX_STEM_CACHE words are
 * kept.  A word's characters, folded word and stem are side by side in
 * memo_str, and its slot in the table says where: a word found costs the
 * slot and that record. */
#define MEMO_MAX_CHARS 48 /* longer words are not kept */
#define MEMO_SLACK     16 /* memo_str's bytes readable past its end */
#define MEMO_MIN_SLOTS (1u << 12)

/* The writing systems of Chinese, Japanese and Korean, which the
 * tokeniser cuts apart (each_word): a Han character is a word of its own,
 * so "乌克兰" in a pattern is a phrase of three that matches inside any run
 * of Han; a run of kana or of Hangul is one word. */
enum cjk { CJK_NONE = 0, CJK_HAN, CJK_HIRAGANA, CJK_KATAKANA, CJK_HANGUL };
/* a ginfo's script for a CJK word: CJK_GSCRIPT + its enum cjk */
#define CJK_GSCRIPT (SCRIPT_GREEK)

static inline enum cjk
cjk_of(gunichar c)
{
	if (c < 0x1100)
		return CJK_NONE;
	if (c <= 0x11FF || (c >= 0x3130 && c <= 0x318F) || (c >= 0xA960 && c <= 0xA97F) ||
	    (c >= 0xAC00 && c <= 0xD7FF))
		return CJK_HANGUL;
	if (c >= 0x3040 && c <= 0x309F)
		return CJK_HIRAGANA;
	if ((c >= 0x30A0 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF))
		return CJK_KATAKANA; /* with the prolonged sound mark ー */
	if ((c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
	    (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF) || c == 0x3005 ||
	    c == 0x3007)
		return CJK_HAN;
	return CJK_NONE;
}

/* What one folded word adds to the guess (ginfo_of): its script; for
 * Cyrillic its Ukrainian, Russian, Serbian letters, ъ and whether it is a
 * Bulgarian function word; else the
 * languages it is a function word of and, per letter of it that some
 * languages have alone, those languages (nlm masks in a list). */
struct ginfo {
	guint64 wmask;
	guint8 script; /* enum script, or enum cjk + CJK_GSCRIPT for CJK */
	guint8 uk, ru, hard, sr, bg;
	guint16 nlm;
	guint32 lm; /* where its masks start in the list */
};

/* 8 bytes: a word's length and language are in its record (a hash
 * alike and another word is rare), so the table of up to
 * SW_MAX_STEM_CACHE / 0.75 slots costs 2 MB at most, not 3 */
struct memoslot {
	guint32 hash;
	guint32 id; /* index + 1 into memo_ent (where its struct memorec
	             * is), 0: an empty slot */
};

/* A word's record in memo_str, followed by its struct ginfo when full,
 * its nchars characters (one byte each when narrow: all below 256, else
 * gunichar; none when the same as the folded word), then its folded word
 * NUL stem NUL (no stem when the same as the word).  A ginfo of nothing but
 * its script (most words) is not kept: memo_ginfo gives ginfo_plain's. */
struct memorec {
	guint16 wlen, slen; /* folded word's and stem's bytes */
	guint8 nchars;
	guint8 lang;          /* index into langs + 1, 0: none */
	guint8 narrow : 1;    /* characters kept in a byte each */
	guint8 full : 1;      /* its ginfo follows */
	guint8 same : 1;      /* the characters are the folded word's bytes:
	                       * kept once */
	guint8 stem_word : 1; /* the stem is the folded word: kept once */
	guint8 script;        /* the script of its ginfo when not full */
};

/* a record's ginfo (its guint64) follows it unpadded */
G_STATIC_ASSERT(sizeof(struct memorec) == 8);

#define MEMO_REC(off) ((struct memorec *)(void *)(memo_str->str + (off)))
#define MEMO_G(r)     ((const struct ginfo *)(const void *)((r) + 1))
#define MEMO_KEY(r)                                                                                \
	((const void *)((const char *)((r) + 1) + ((r)->full ? sizeof(struct ginfo) : 0)))
#define MEMO_WORD(r)                                                                               \
	((const char *)MEMO_KEY(r) +                                                               \
	 ((r)->same ? 0 : (gsize)(r)->nchars * ((r)->narrow ? 1 : sizeof(gunichar))))
#define MEMO_STEM(r)    (MEMO_WORD(r) + ((r)->stem_word ? 0 : (gsize)(r)->wlen + 1))
#define MEMO_REC_OF(id) MEMO_REC(g_array_index(memo_ent, guint32, (id)-1))

/* the ginfo of a word that adds only its script, by script */
static const struct ginfo ginfo_plain[] = {
	{ .script = SCRIPT_OTHER },
	{ .script = SCRIPT_LATIN },
	{ .script = SCRIPT_CYRILLIC },
	{ .script = SCRIPT_GREEK },
	{ .script = CJK_GSCRIPT + CJK_HAN },
	{ .script = CJK_GSCRIPT + CJK_HIRAGANA },
	{ .script = CJK_GSCRIPT + CJK_KATAKANA },
	{ .script = CJK_GSCRIPT + CJK_HANGUL },
};

static struct memoslot *memo_slot; /* memo_nslots, a power of two */
static guint memo_nslots;
static guint memo_gen = 1; /* one more each time the memo is emptied */
static GArray *memo_ent;   /* guint32 by id (the numbers text_scratch_word_ids
                            * hands out): where its struct memorec is */
static GString *memo_str;
static GArray *memo_lm; /* guint64: the letter masks of the memos' ginfo */

/* Reusable storage of text_tokenize_scratch(): per slot, the tokens, their
 * words and stems back to back, and the array of pointers handed out. */
struct scratch {
	struct sw_token *toks; /* word and stem as offsets in mem until done */
	guint32 *ids;          /* per token: its memo entry or TEXT_NO_WORD */
	guint n, cap;          /* tokens made, room for */
	char *mem;             /* word NUL stem NUL, token after token */
	gsize len, memcap;     /* bytes used, room for */
	GPtrArray *arr;        /* no free function: points into toks */
	guint gen;             /* memo_gen the ids are of, 0: none */
	gboolean utf8_sure;    /* the text was valid UTF-8 (FALSE: not known) */
};

static struct scratch scratch[TEXT_SCRATCH_SLOTS];

/* Stems already made: (language, word) -> stem, in an open-addressed
 * table (at most three quarters full) of slots pointing into one string of records
 * (the language's index into langs, G_N_ELEMENTS(langs) for none; the
 * word NUL; the stem NUL); all emptied when SW_MAX_STEMS_KEPT words are
 * kept. */
struct stemslot {
	guint32 hash;
	guint32 off; /* its record at stem_str->str + off - 1, 0: empty */
};

#define STEM_MIN_SLOTS (1u << 10)

static struct stemslot *stem_slot; /* stem_nslots, a power of two */
static guint stem_nslots;
static GString *stem_str;
static guint stem_cached;

/* Latin <-> Cyrillic look-alikes (both cases, before case folding). */
struct glyphpair {
	gunichar lat;
	gunichar cyr;
};

static const struct glyphpair glyphs[] = {
	{ 'A', 0x0410 }, { 'B', 0x0412 }, { 'C', 0x0421 }, { 'E', 0x0415 }, { 'H', 0x041D },
	{ 'I', 0x0406 }, { 'J', 0x0408 }, { 'K', 0x041A }, { 'M', 0x041C }, { 'O', 0x041E },
	{ 'P', 0x0420 }, { 'S', 0x0405 }, { 'T', 0x0422 }, { 'X', 0x0425 }, { 'Y', 0x04AE },
	{ 'a', 0x0430 }, { 'c', 0x0441 }, { 'e', 0x0435 }, { 'i', 0x0456 }, { 'j', 0x0458 },
	{ 'o', 0x043E }, { 'p', 0x0440 }, { 's', 0x0455 }, { 'x', 0x0445 }, { 'y', 0x0443 },
	{ 'k', 0x043A },
};

static enum script
char_script_of(gunichar c)
{
	GUnicodeScript s;

	if (!g_unichar_isalpha(c))
		return SCRIPT_OTHER;
	s = g_unichar_get_script(c);
	if (s == G_UNICODE_SCRIPT_LATIN)
		return SCRIPT_LATIN;
	if (s == G_UNICODE_SCRIPT_CYRILLIC)
		return SCRIPT_CYRILLIC;
	if (s == G_UNICODE_SCRIPT_GREEK)
		return SCRIPT_GREEK;
	return SCRIPT_OTHER;
}

static gunichar
glyph_to(gunichar c, enum script to)
{
	size_t i;

	for (i = 0; i < G_N_ELEMENTS(glyphs); i++) {
		if (to == SCRIPT_LATIN && glyphs[i].cyr == c)
			return glyphs[i].lat;
		if (to == SCRIPT_CYRILLIC && glyphs[i].lat == c)
			return glyphs[i].cyr;
	}
	return c;
}

static gboolean
is_glyph_of(gunichar c)
{
	size_t i;

	for (i = 0; i < G_N_ELEMENTS(glyphs); i++)
		if (glyphs[i].lat == c || glyphs[i].cyr == c)
			return TRUE;
	return FALSE;
}

/* What the tokeniser asks of a character, in one byte: its script (the
 * low bits), whether it has a look-alike and whether it is a word
 * character.  Kept for the characters below CLASS_TABLE_END once asked. */
#define CLASS_TABLE_END 0x2100
#define CLASS_SCRIPT    0x03
#define CLASS_GLYPH     0x04
#define CLASS_WORD      0x08
#define CLASS_APOS      0x10
#define CLASS_KNOWN     0x80

G_STATIC_ASSERT(SCRIPT_GREEK <= CLASS_SCRIPT);

static guint8 class_known[CLASS_TABLE_END];

static gboolean is_apostrophe_of(gunichar c);

static guint8
char_class_ask(gunichar c)
{
	guint8 k;

	k = (guint8)(CLASS_KNOWN | char_script_of(c) | (is_glyph_of(c) ? CLASS_GLYPH : 0) |
	             (g_unichar_isalnum(c) || g_unichar_ismark(c) ? CLASS_WORD : 0) |
	             (is_apostrophe_of(c) ? CLASS_APOS : 0));
	if (c < CLASS_TABLE_END)
		class_known[c] = k;
	return k;
}

static inline guint8
char_class(gunichar c)
{
	if (c < CLASS_TABLE_END && class_known[c])
		return class_known[c];
	return char_class_ask(c);
}

/* The classes below U+1100 (CLASS_LOW_END), all asked at once the first
 * time: each_word reads them from class_known without asking. */
#define CLASS_LOW_END 0x1100
G_STATIC_ASSERT(CLASS_LOW_END <= CLASS_TABLE_END);

static void
class_fill_low(void)
{
	static gboolean done;
	gunichar c;

	if (done)
		return;
	for (c = 0; c < CLASS_LOW_END; c++)
		char_class(c);
	done = TRUE;
}

static enum script
char_script(gunichar c)
{
	return (enum script)(char_class(c) & CLASS_SCRIPT);
}

static gboolean
is_glyph(gunichar c)
{
	return (char_class(c) & CLASS_GLYPH) != 0;
}

/* Decide the script of a word of n chars w[]: a letter without a
 * look-alike in the other script decides; else the majority; ties Latin. */
static enum script
word_script(const gunichar *w, size_t n)
{
	size_t i, lat = 0, cyr = 0, hardlat = 0, hardcyr = 0;
	enum script s;

	for (i = 0; i < n; i++) {
		s = char_script(w[i]);
		if (s == SCRIPT_LATIN) {
			lat++;
			if (!is_glyph(w[i]))
				hardlat++;
		} else if (s == SCRIPT_CYRILLIC) {
			cyr++;
			if (!is_glyph(w[i]))
				hardcyr++;
		} else if (s == SCRIPT_GREEK) {
			return SCRIPT_GREEK;
		}
	}
	if (lat == 0 && cyr == 0)
		return SCRIPT_OTHER;
	if (hardcyr > hardlat)
		return SCRIPT_CYRILLIC;
	if (hardlat > hardcyr)
		return SCRIPT_LATIN;
	return cyr > lat ? SCRIPT_CYRILLIC : SCRIPT_LATIN;
}

static gboolean
is_apostrophe_of(gunichar c)
{
	return c == '\'' || c == 0x2019 || c == 0x02BC || c == 0x2018 || c == 0x0060 ||
	       c == 0x00B4 || c == 0x2032;
}

gboolean
text_is_apostrophe(gunichar c)
{
	return is_apostrophe_of(c);
}

static inline gboolean
is_apostrophe(gunichar c)
{
	return (char_class(c) & CLASS_APOS) != 0;
}

static inline gboolean
is_wordchar(gunichar c)
{
	return (char_class(c) & CLASS_WORD) != 0;
}

/* What case folding leaves to be folded: ё to е, ß to s (where it
 * stays ß), and Romanian ș ț (comma below, the correct letters) to ş ţ
 * (cedilla), the letters older text uses and the only ones the Snowball
 * Romanian stemmer knows: soldații stemmed to soldaț, soldaţii to sold. */
static gunichar
fold_more(gunichar x)
{
	switch (x) {
	case 0x0451: /* ё */
		return 0x0435;
	case 0x00DF: /* ß */
		return 's';
	case 0x0219: /* ș */
		return 0x015F;
	case 0x021B: /* ț */
		return 0x0163;
	default:
		return x;
	}
}

/* The case fold of one character with fold_more()'s folds on top, as
 * fold_word makes it, kept for the characters below CLASS_TABLE_END once
 * asked. */
#define FOLD_BYTES 7 /* most bytes a folded character is kept in */

struct fold {
	guint8 len; /* 0: not asked yet; FOLD_LONG: longer than s holds */
	char s[FOLD_BYTES];
};

#define FOLD_LONG 0xFF

static const struct fold *
char_fold(gunichar c)
{
	static struct fold known[CLASS_TABLE_END];
	struct fold *fo;
	char ch[8], *cf;
	const char *p;
	GString *out;

	if (c >= CLASS_TABLE_END)
		return NULL;
	fo = &known[c];
	if (fo->len == 0) {
		ch[g_unichar_to_utf8(c, ch)] = '\0';
		cf = g_utf8_casefold(ch, -1);
		out = g_string_new(NULL);
		for (p = cf; *p; p = g_utf8_next_char(p)) {
			gunichar x = fold_more(g_utf8_get_char(p));

			if (x == 0x0307 && c == 0x0130)
				continue; /* Turkish İ folds to i, not i + dot */
			g_string_append_unichar(out, x);
		}
		g_free(cf);
		if (out->len == 0 || out->len > sizeof fo->s) {
			fo->len = FOLD_LONG;
		} else {
			memcpy(fo->s, out->str, out->len);
			fo->len = (guint8)out->len;
		}
		g_string_free(out, TRUE);
	}
	return fo->len == FOLD_LONG ? NULL : fo;
}

/* Fold one word (UCS-4, already NFKC) into its comparable UTF-8 form,
 * which replaces the text of out ("" if w is not valid UCS-4):
 * homoglyphs to the word's script, case fold, fold_more(). */
static void
fold_word(gunichar *w, size_t n, GString *out)
{
	enum script s;
	char *utf8, *cf;
	size_t i;
	const char *p;

	g_string_truncate(out, 0);
	/* ASCII: Latin or digits, no look-alikes to fold, case folding is
	 * lowering (all that follows comes to this) */
	for (i = 0; i < n && w[i] < 0x80; i++)
		;
	if (i == n) {
		g_string_set_size(out, n);
		for (i = 0; i < n; i++)
			out->str[i] =
			        (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + ('a' - 'A') : w[i]);
		return;
	}
	s = word_script(w, n);
	if (s == SCRIPT_LATIN || s == SCRIPT_CYRILLIC)
		for (i = 0; i < n; i++)
			if (char_script(w[i]) != s && char_script(w[i]) != SCRIPT_OTHER)
				w[i] = glyph_to(w[i], s);
	/* case folding goes character by character: by the table when it
	 * has them all */
	for (i = 0; i < n && char_fold(w[i]) != NULL; i++)
		;
	if (i == n) {
		char *q;

		/* room for the longest folds, cut to size after */
		g_string_set_size(out, n * FOLD_BYTES);
		q = out->str;
		for (i = 0; i < n; i++) {
			const struct fold *fo = char_fold(w[i]);

			memcpy(q, fo->s, fo->len);
			q += fo->len;
		}
		g_string_truncate(out, (gsize)(q - out->str));
		return;
	}
	utf8 = g_ucs4_to_utf8(w, (glong)n, NULL, NULL, NULL);
	if (utf8 == NULL)
		return;
	cf = g_utf8_casefold(utf8, -1);
	g_free(utf8);
	for (p = cf; *p; p = g_utf8_next_char(p)) {
		gunichar c = fold_more(g_utf8_get_char(p));

		if (c == 0x0307 && out->len > 0 && out->str[out->len - 1] == 'i')
			continue; /* Turkish İ folds to i, not i + dot */
		g_string_append_unichar(out, c);
	}
	g_free(cf);
}

static enum script
utf8_script(const char *word)
{
	const char *p;
	enum script s;

	for (p = word; *p; p = g_utf8_next_char(p)) {
		s = char_script(g_utf8_get_char(p));
		if (s != SCRIPT_OTHER)
			return s;
	}
	return SCRIPT_OTHER;
}

static struct langdef *
lang_find(const char *lang)
{
	/* by two lowercase ASCII letters: the first of langs with that code
	 * + 1, 0 none, made at the first call */
	static guint8 by_code[26][26];
	static gboolean by_code_made;
	char code[3];
	size_t i;

	if (lang == NULL || lang[0] == '\0' || lang[1] == '\0')
		return NULL;
	code[0] = g_ascii_tolower(lang[0]);
	code[1] = g_ascii_tolower(lang[1]);
	code[2] = '\0';
	if (lang[2] != '\0' && lang[2] != '-' && lang[2] != '_')
		return NULL;
	if (!by_code_made) {
		G_STATIC_ASSERT(G_N_ELEMENTS(langs) < 255);
		for (i = G_N_ELEMENTS(langs); i-- > 0;)
			if (langs[i].code[0] >= 'a' && langs[i].code[0] <= 'z' &&
			    langs[i].code[1] >= 'a' && langs[i].code[1] <= 'z' &&
			    langs[i].code[2] == '\0')
				by_code[langs[i].code[0] - 'a'][langs[i].code[1] - 'a'] =
				        (guint8)(i + 1);
		by_code_made = TRUE;
	}
	if (code[0] >= 'a' && code[0] <= 'z' && code[1] >= 'a' && code[1] <= 'z') {
		guint8 k = by_code[code[0] - 'a'][code[1] - 'a'];

		return k ? &langs[k - 1] : NULL;
	}
	for (i = 0; i < G_N_ELEMENTS(langs); i++)
		if (langs[i].code[0] == code[0] && langs[i].code[1] == code[1] &&
		    langs[i].code[2] == '\0')
			return &langs[i];
	return NULL;
}

static gboolean
has_ukrainian_letter(const char *word)
{
	return strstr(word, "і") || strstr(word, "ї") || strstr(word, "є") || strstr(word, "ґ");
}

static char *
light_stem(const char *word, const char *const *endings)
{
	glong wlen, elen, best = 0;
	size_t i;

	wlen = g_utf8_strlen(word, -1);
	for (i = 0; endings[i]; i++) {
		elen = g_utf8_strlen(endings[i], -1);
		if (elen <= best || wlen - elen < LIGHT_MIN_STEM)
			continue;
		if (g_str_has_suffix(word, endings[i]))
			best = elen;
	}
	return g_utf8_substring(word, 0, wlen - best);
}

static const char *
variant_of(const char *word)
{
	size_t i, plen;
	glong tail;

	for (i = 0; i < G_N_ELEMENTS(variants); i++) {
		if (word[0] != variants[i].prefix[0])
			continue; /* cheap first */
		plen = strlen(variants[i].prefix);
		if (strncmp(word, variants[i].prefix, plen) != 0)
			continue;
		tail = g_utf8_strlen(word + plen, -1);
		if (tail <= VARIANT_MAX_TAIL)
			return variants[i].canon;
	}
	return NULL;
}

/* Language guessing: function words, and letters only one language of
 * the set uses.  Cyrillic: Ukrainian letters against Russian ones, Serbian
 * letters, and Bulgarian ъ or Bulgarian function words without Russian
 * ы э; Greek by its script. */
struct langhint {
	const char *code;
	const char *words;   /* blank-separated, folded */
	const char *letters; /* UTF-8, folded */
};

static const struct langhint hints[] = {
	{ "en",
	  " the and of to is that for with on was said will from by an are has "
	  "its it be this as at who would have not but ",
	  "" },
	{ "de",
	  " der die das und nicht mit ist für den dem auf sich ein eine zu von "
	  "im des auch wird werden nach soll bei ",
	  "äöüß" },
	{ "fr",
	  " le la les et des du une un est pour que qui dans sur au avec pas "
	  "aux ce ne se sont il elle ",
	  "èêàçœ" },
	{ "es",
	  " el la los las y de que en del por para con una se al es su lo "
	  "como más pero sus ",
	  "ñ¿¡" },
	{ "it",
	  " il la di che e per un una del della con non sono alla dei gli "
	  "nel degli delle è ",
	  "" },
	{ "pt", " o a os de que e do da em um para com não uma dos das no na ao ", "ãõ" },
	{ "pl", " i w z na się nie do że jest to o od za jak po dla oraz przez ", "ąęłńśźż" },
	{ "cs", " a v se na je že to s z do o k jako pro ale by podle také ", "řůě" },
	{ "lt",
	  " ir kad yra su į iš o bet jis buvo tai dėl per kaip nuo po bus "
	  "kuri ",
	  "ėųūį" },
	{ "ro", " și în de la a pe cu că nu din un o pentru este care mai sau ", "șțăâî" },
	{ "nl", " de het een en van is dat op te niet met voor zijn ook ", "" },
	{ "hu",
	  " a az és hogy nem is egy meg van azt ki el be után szerint már "
	  "mint csak lesz lenne ",
	  "őű" },
	{ "sv",
	  " och att det som är för med till inte har om ska efter av vill "
	  "kan inga från enligt också ",
	  "" },
	{ "da",
	  " og at det som er for med til ikke har om skal efter af vil kan "
	  "fra ifølge også efter blev nu ",
	  "æ" },
	{ "no",
	  " og at det som er for med til ikke har om skal etter av vil kan "
	  "fra ifølge også ble nå ",
	  "æ" },
	{ "fi",
	  " ja on ei että se oli kun myös mutta tai ovat jälkeen mukaan "
	  "voisi olisi ",
	  "" },
	{ "et",
	  " ja on ei et see oli kui ka aga või nad pärast järgi ning "
	  "peab ",
	  "õ" },
	{ "lv", " un ir ar par no uz ka kā arī bet pēc to tas vai būs ", "āēīģķļņ" },
	{ "sl", " in je da se na za v z ki so pa po tudi ali bo bi ", "" },
	{ "hr", " i je da se na za u s su od koji što nakon nije će bi ", "đ" },
	{ "sk", " a v sa na je že to s z do o k ako pre ale by podľa tiež ", "ľĺŕô" },
	{ "tr",
	  " ve bir bu da de için ile olarak daha çok ama gibi sonra "
	  "değil ise kadar ",
	  "ğış" },
};

#define GUESS_MIN_EVIDENCE 2

/* function word -> bit h set for each hints[h] that lists it */
static GHashTable *hint_words;

G_STATIC_ASSERT(G_N_ELEMENTS(hints) <= 64);

static void
hint_words_build(void)
{
	size_t h;

	hint_words = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	for (h = 0; h < G_N_ELEMENTS(hints); h++) {
		char **w = g_strsplit(hints[h].words, " ", -1);
		guint n = g_strv_length(w), k;

		/* only words with a blank on each side count, as " word " */
		for (k = 1; k + 1 < n; k++) {
			guint64 *mask;

			if (*w[k] == '\0')
				continue;
			mask = g_hash_table_lookup(hint_words, w[k]);
			if (mask == NULL) {
				mask = g_new0(guint64, 1);
				g_hash_table_insert(hint_words, g_strdup(w[k]), mask);
			}
			*mask |= G_GUINT64_CONSTANT(1) << h;
		}
		g_strfreev(w);
	}
}

struct langdef;
typedef void (*word_fn)(const char *word, gsize len, const char *stem, gsize slen, guint32 id,
                        void *ud);
static void each_word(const char *s, gboolean stems, struct langdef *ld, word_fn fn, void *ud);
static inline __attribute__((always_inline)) void
collect_scratch(const char *word, gsize len, const char *stem, gsize slen, guint32 id, void *ud);

/* fn(...), called directly when it is collect_scratch (each_word_in is
 * inlined with a constant fn: the test is gone after it) */
#define WORD_FN(fn, ...)                                                                           \
	do {                                                                                       \
		if ((fn) == collect_scratch)                                                       \
			collect_scratch(__VA_ARGS__);                                              \
		else                                                                               \
			(fn)(__VA_ARGS__);                                                         \
	} while (0)

static void
collect_word(const char *word, gsize len, const char *stem, gsize slen, guint32 id, void *ud)
{
	(void)stem;
	(void)slen;
	(void)id;
	g_ptr_array_add(ud, g_strndup(word, len));
}

#define GUESS_MAX_WORDS 400

/* Bit h set when hints[h].letters has c; kept for the characters below
 * CLASS_TABLE_END once asked. */
static guint64
hint_letters(gunichar c)
{
	static guint64 known[CLASS_TABLE_END];
	static gboolean asked[CLASS_TABLE_END];
	guint64 m = 0;
	char ch[8];
	size_t h;

	if (c < CLASS_TABLE_END && asked[c])
		return known[c];
	ch[g_unichar_to_utf8(c, ch)] = '\0';
	for (h = 0; h < G_N_ELEMENTS(hints); h++)
		if (strstr(hints[h].letters, ch))
			m |= G_GUINT64_CONSTANT(1) << h;
	if (c < CLASS_TABLE_END) {
		known[c] = m;
		asked[c] = TRUE;
	}
	return m;
}

/* The counts of guess_words. */
struct gacc {
	int score[G_N_ELEMENTS(hints)];
	int uk, ru, sr, hard, bg, cyr, greek;
	int cjk[CJK_HANGUL + 1]; /* words by enum cjk */
	guint n;                 /* words */
};

/* Whether folded word is a Bulgarian function word that Russian lacks
 * (Bulgarian needs no ъ in a short text: "тя е основната гаранция").
 * Ukrainian "ще" has Ukrainian letters beside it in any text. */
static guint8
bg_word(const char *word)
{
	/* not "е" or "че": Russian writes "т. е." and "Че Гевара" */
	static const char *const words[] = { "са",   "ще",    "към",    "във",   "със",   "това",
		                             "тези", "които", "който",  "която", "което", "няма",
		                             "тя",   "срещу", "според", "обаче", "заради" };
	size_t i;

	for (i = 0; i < G_N_ELEMENTS(words); i++)
		if (strcmp(word, words[i]) == 0)
			return 1;
	return 0;
}

/* The ginfo of word; its letter masks appended to lms. */
static void
ginfo_of(const char *word, struct ginfo *g, GArray *lms)
{
	const char *p;

	if (hint_words == NULL)
		hint_words_build();
	memset(g, 0, sizeof *g);
	g->script = (guint8)utf8_script(word);
	g->lm = lms->len;
	if (g->script == SCRIPT_OTHER) {
		enum cjk k = cjk_of(g_utf8_get_char(word));

		if (k != CJK_NONE) {
			g->script = (guint8)(CJK_GSCRIPT + k);
			return;
		}
	}
	if (g->script == SCRIPT_GREEK || g->script > CJK_GSCRIPT)
		return;
	if (g->script == SCRIPT_CYRILLIC) {
		for (p = word; *p; p = g_utf8_next_char(p)) {
			gunichar c = g_utf8_get_char(p);

			if (c == 0x0456 || c == 0x0457 || c == 0x0454 || c == 0x0491)
				g->uk++;
			else if (c == 0x044B || c == 0x044D)
				g->ru++;
			else if (c == 0x044A)
				g->hard++;
			else if (c == 0x0452 || c == 0x045B || c == 0x045F || c == 0x0459 ||
			         c == 0x045A || c == 0x0458)
				g->sr++;
		}
		g->bg = bg_word(word);
		return;
	}
	{
		const guint64 *mask = g_hash_table_lookup(hint_words, word);

		g->wmask = mask ? *mask : 0;
	}
	for (p = word; *p; p = g_utf8_next_char(p)) {
		guint64 lm;

		if ((unsigned char)*p < 0x80)
			continue;
		lm = hint_letters(g_utf8_get_char(p));
		if (lm) {
			g_array_append_val(lms, lm);
			g->nlm++;
		}
	}
}

static inline __attribute__((always_inline)) void
gacc_add(struct gacc *a, const struct ginfo *g, const guint64 *lms)
{
	guint64 m;
	guint k;

	a->n++;
	if (g->script > CJK_GSCRIPT) {
		a->cjk[g->script - CJK_GSCRIPT]++;
	} else if (g->script == SCRIPT_GREEK) {
		a->greek++;
	} else if (g->script == SCRIPT_CYRILLIC) {
		a->cyr++;
		a->uk += g->uk;
		a->ru += g->ru;
		a->hard += g->hard;
		a->sr += g->sr;
		a->bg += g->bg;
	} else {
		/* each bit once, lowest first (bits are below the hints) */
		for (m = g->wmask; m; m &= m - 1)
			a->score[__builtin_ctzll(m)] += 2;
		for (k = 0; k < g->nlm; k++)
			for (m = lms[k]; m; m &= m - 1)
				a->score[__builtin_ctzll(m)] += 1;
	}
}

/* A word without a memo: its ginfo made and added. */
static void
gacc_word(struct gacc *a, const char *word)
{
	static GArray *lms;
	struct ginfo g;

	if (lms == NULL)
		lms = g_array_new(FALSE, FALSE, sizeof(guint64));
	g_array_set_size(lms, 0);
	ginfo_of(word, &g, lms);
	gacc_add(a, &g, (const guint64 *)(void *)lms->data);
}

static const char *
gacc_result(const struct gacc *a)
{
	int best = -1, second = 0;
	int kana = a->cjk[CJK_HIRAGANA] + a->cjk[CJK_KATAKANA];
	int cjk = a->cjk[CJK_HAN] + kana + a->cjk[CJK_HANGUL];
	size_t h;

	if (a->greek > 0 && a->greek * 2 >= (int)a->n)
		return "el";
	/* Han is one word a character: CJK text has more words than the
	 * Latin names in it; kana is Japanese alone, Hangul Korean */
	if (cjk > 0 && cjk * 2 >= (int)a->n) {
		if (a->cjk[CJK_HANGUL] > kana)
			return "ko";
		return kana > 0 ? "ja" : "zh";
	}
	if (a->cyr > 0 && a->cyr * 2 >= (int)a->n) {
		/* Serbian ђ ћ џ љ њ ј; Bulgarian ъ or function words without
		 * Russian ы э */
		if (a->sr > a->uk && a->sr > a->ru)
			return "sr";
		if (a->uk == 0 && a->ru == 0)
			return a->hard > 0 || a->bg > 0 ? "bg" : NULL;
		return a->uk >= a->ru ? "uk" : "ru";
	}
	for (h = 0; h < G_N_ELEMENTS(hints); h++) {
		if (best < 0 || a->score[h] > a->score[best]) {
			if (best >= 0)
				second = a->score[best];
			best = (int)h;
		} else if (a->score[h] > second) {
			second = a->score[h];
		}
	}
	if (best < 0 || a->score[best] < 2 * GUESS_MIN_EVIDENCE || a->score[best] == second)
		return NULL;
	return hints[best].code;
}

/* The guess from the first n (at most GUESS_MAX_WORDS) folded words. */
static const char *
guess_words(const char *const *words, guint n)
{
	struct gacc a;
	guint i;

	memset(&a, 0, sizeof a);
	for (i = 0; i < n; i++)
		gacc_word(&a, words[i]);
	return gacc_result(&a);
}

gboolean
text_unspaced(gunichar c)
{
	enum cjk k = cjk_of(c);

	return k != CJK_NONE && k != CJK_HANGUL;
}

const char *
text_guess_lang(const char *s)
{
	GPtrArray *toks;
	const char *g;

	if (s == NULL)
		return NULL;
	/* the words only: no stems needed here */
	toks = g_ptr_array_new_with_free_func(g_free);
	each_word(s, FALSE, NULL, collect_word, toks);
	g = guess_words((const char *const *)toks->pdata, MIN(toks->len, GUESS_MAX_WORDS));
	g_ptr_array_unref(toks);
	return g;
}

static const struct ginfo *memo_ginfo(guint32 id, const guint64 **lms);
static const guint32 *slot_ids_of(const GPtrArray *toks);

const char *
text_guess_lang_tokens(GPtrArray *const *toks, int ntoks)
{
	struct gacc a;
	guint n = 0, i;
	int t;

	memset(&a, 0, sizeof a);
	for (t = 0; t < ntoks; t++) {
		/* text_tokenize_scratch's tokens: the memo knows their words */
		const guint32 *ids = toks[t] ? slot_ids_of(toks[t]) : NULL;

		for (i = 0; toks[t] && i < toks[t]->len && n < GUESS_MAX_WORDS; i++, n++) {
			if (ids && ids[i] != TEXT_NO_WORD) {
				const guint64 *lms;
				const struct ginfo *g = memo_ginfo(ids[i], &lms);

				gacc_add(&a, g, lms);
			} else {
				gacc_word(&a, ((const struct sw_token *)toks[t]->pdata[i])->word);
			}
		}
	}
	return gacc_result(&a);
}

void
text_init(void)
{
	if (inited)
		return;
	/* no stemmer is made here: stem_word() makes each language's at
	 * its first word, so the languages never met cost nothing (all 22
	 * made at once paged in ~0.4 MB of libstemmer, topics or not) */
	inited = TRUE;
}

void
text_forget_words(void)
{
	g_free(stem_slot);
	stem_slot = NULL;
	stem_nslots = 0;
	if (stem_str)
		g_string_free(stem_str, TRUE);
	stem_str = NULL;
	stem_cached = 0;
	if (memo_ent) {
		memo_gen++; /* numbers handed out no longer hold */
		g_free(memo_slot);
		g_array_unref(memo_ent);
		g_array_unref(memo_lm);
		g_string_free(memo_str, TRUE);
		memo_slot = NULL;
		memo_nslots = 0;
		memo_ent = memo_lm = NULL;
		memo_str = NULL;
	}
}

void
text_teardown(void)
{
	size_t i;

	for (i = 0; i < G_N_ELEMENTS(langs); i++) {
		if (langs[i].st)
			sb_stemmer_delete(langs[i].st);
		langs[i].st = NULL;
		langs[i].st_tried = FALSE;
	}
	text_forget_words();
	if (hint_words)
		g_hash_table_unref(hint_words);
	hint_words = NULL;
	if (fold_buf)
		g_string_free(fold_buf, TRUE);
	fold_buf = NULL;
	g_free(ucs_buf);
	g_free(ucs_word);
	ucs_buf = ucs_word = NULL;
	ucs_cap = 0;
	g_free(runs);
	runs = NULL;
	runs_cap = 0;
	for (i = 0; i < G_N_ELEMENTS(scratch); i++) {
		if (scratch[i].arr == NULL)
			continue;
		g_free(scratch[i].toks);
		g_free(scratch[i].ids);
		g_free(scratch[i].mem);
		g_ptr_array_unref(scratch[i].arr);
		memset(&scratch[i], 0, sizeof scratch[i]);
	}
	inited = FALSE;
}

/* The language stem_word stems word (of script sc, not SCRIPT_OTHER) in
 * when it is in no language or not in its language's script. */
static struct langdef *
script_lang(const char *word, enum script sc)
{
	static struct langdef *uk, *ru, *el, *en;

	if (en == NULL) {
		uk = lang_find("uk");
		ru = lang_find("ru");
		el = lang_find("el");
		en = lang_find("en");
	}
	if (sc == SCRIPT_CYRILLIC)
		return has_ukrainian_letter(word) ? uk : ru;
	return sc == SCRIPT_GREEK ? el : en;
}

/* (transfer full) stem of word (not empty) for language ld (nullable) */
static char *
stem_word(const char *word, struct langdef *ld)
{
	enum script s;
	const char *v;
	const sb_symbol *r;

	v = variant_of(word);
	if (v)
		return g_strdup(v);
	s = utf8_script(word);
	if (s == SCRIPT_OTHER)
		return g_strdup(word);
	if (ld == NULL || ld->script != s)
		ld = script_lang(word, s);
	if (ld == NULL)
		return g_strdup(word);
	if (ld->snowball == NULL) {
		if (strcmp(ld->code, "uk") == 0)
			return light_stem(word, uk_endings);
		if (strcmp(ld->code, "pl") == 0)
			return light_stem(word, pl_endings);
		return light_stem(word, cs_endings);
	}
	if (!inited)
		text_init();
	if (!ld->st_tried) {
		ld->st = sb_stemmer_new(ld->snowball, "UTF_8");
		ld->st_tried = TRUE;
	}
	if (ld->st == NULL)
		return g_strdup(word);
	r = sb_stemmer_stem(ld->st, (const sb_symbol *)word, (int)strlen(word));
	if (r == NULL)
		return g_strdup(word);
	return g_strndup((const char *)r, (gsize)sb_stemmer_length(ld->st));
}

static void
stem_slot_put(guint32 hash, guint32 off)
{
	guint32 i, mask = stem_nslots - 1;

	for (i = hash & mask; stem_slot[i].off != 0; i = (i + 1) & mask)
		;
	stem_slot[i].hash = hash;
	stem_slot[i].off = off;
}

/* (transfer none) the stem of word (not empty) in language ld
 * (nullable), from the cache: valid until the next call. */
static const char *
stem_ref(const char *word, struct langdef *ld)
{
	char *stem, *rec;
	gsize wlen, slen;
	guint32 h, i, mask, off;
	guint8 li;
	enum script sc = utf8_script(word);

	/* a word in no language, or not in its language's script, is
	 * stemmed as stem_word does it, in its script's language: kept
	 * with that language's stems (the same stem, made once) */
	if ((ld == NULL || ld->script != sc) && sc != SCRIPT_OTHER)
		ld = script_lang(word, sc);
	li = (guint8)(ld ? (size_t)(ld - langs) : G_N_ELEMENTS(langs));
	/* FNV-1a over the language and the word */
	h = (2166136261u ^ li) * 16777619u;
	for (wlen = 0; word[wlen]; wlen++)
		h = (h ^ (guint8)word[wlen]) * 16777619u;
	if (stem_slot) {
		mask = stem_nslots - 1;
		for (i = h & mask; stem_slot[i].off != 0; i = (i + 1) & mask) {
			if (stem_slot[i].hash != h)
				continue;
			rec = stem_str->str + stem_slot[i].off - 1;
			if ((guint8)rec[0] == li && memcmp(rec + 1, word, wlen + 1) == 0)
				return rec + 1 + wlen + 1;
		}
	}
	stem = stem_word(word, ld);
	if (stem_slot == NULL) {
		stem_nslots = STEM_MIN_SLOTS;
		stem_slot = g_new0(struct stemslot, stem_nslots);
		stem_str = g_string_new(NULL);
	}
	if (stem_cached >= SW_MAX_STEMS_KEPT) {
		memset(stem_slot, 0, stem_nslots * sizeof *stem_slot);
		g_string_truncate(stem_str, 0);
		stem_cached = 0;
	}
	if (4 * (stem_cached + 1) > 3 * stem_nslots) {
		struct stemslot *old = stem_slot;
		guint nold = stem_nslots;

		stem_nslots *= 2;
		stem_slot = g_new0(struct stemslot, stem_nslots);
		for (i = 0; i < nold; i++)
			if (old[i].off != 0)
				stem_slot_put(old[i].hash, old[i].off);
		g_free(old);
	}
	slen = strlen(stem);
	off = (guint32)stem_str->len + 1;
	g_string_append_c(stem_str, (char)li);
	g_string_append_len(stem_str, word, (gssize)wlen + 1);
	g_string_append_len(stem_str, stem, (gssize)slen + 1);
	g_free(stem);
	stem_slot_put(h, off);
	stem_cached++;
	return stem_str->str + off - 1 + 1 + wlen + 1;
}

char *
text_stem(const char *word, const char *lang)
{
	return g_strdup(text_stem_ref(word, lang));
}

const char *
text_stem_ref(const char *word, const char *lang)
{
	if (word == NULL || *word == '\0')
		return "";
	return stem_ref(word, lang_find(lang));
}

/* Code points below NFKC_QUICK_END that may be NFKC-stable (Hangul jamo
 * are not: they compose with the syllable before them). */
#define NFKC_QUICK_END   0x20D0
#define NFKC_IN_QUICK(c) ((c) < NFKC_QUICK_END && !((c) >= 0x1100 && (c) < 0x1E00))

/* Does NFKC leave c as it is wherever it stands in a text?  True for a
 * character that NFKC maps to itself and that is not a combining mark
 * (marks reorder and compose with the character before them); asked of
 * GLib once per character, for the scripts news is mostly written in
 * (ASCII, Latin, Greek, Cyrillic, general punctuation, currency). */
static guint8 nfkc_known[NFKC_QUICK_END]; /* 0 not asked yet, 1 stable, 2 not */

static gboolean
nfkc_stable_ask(gunichar c)
{
	guint8 *known = nfkc_known;
	char buf[8];
	char *nf;
	int len;
	gboolean ok;

	if (c < 0x80)
		return TRUE;
	if (!NFKC_IN_QUICK(c))
		return FALSE;
	if (known[c] == 0) {
		ok = !g_unichar_ismark(c) && g_unichar_combining_class(c) == 0;
		if (ok) {
			len = g_unichar_to_utf8(c, buf);
			buf[len] = '\0';
			nf = g_utf8_normalize(buf, len, G_NORMALIZE_NFKC);
			ok = nf != NULL && strcmp(nf, buf) == 0;
			g_free(nf);
		}
		known[c] = ok ? 1 : 2;
	}
	return known[c] == 1;
}

/* nfkc_stable_ask without the call once c is known */
static inline gboolean
nfkc_stable(gunichar c)
{
	if (c < NFKC_QUICK_END && nfkc_known[c] != 0)
		return nfkc_known[c] == 1;
	return nfkc_stable_ask(c);
}

static void
ucs_reserve(gsize n)
{
	if (n <= ucs_cap)
		return;
	ucs_cap = MAX(n, 2 * ucs_cap);
	ucs_buf = g_renew(gunichar, ucs_buf, ucs_cap);
	ucs_word = g_renew(gunichar, ucs_word, ucs_cap);
}

/* Whether the last nfkc_ucs4() found its text valid UTF-8 as
 * g_utf8_validate() would (FALSE: not known). */
static gboolean nfkc_utf8_sure;

/* (transfer none) the NFKC form of s (valid UTF-8) as UCS-4 of *n chars
 * in ucs_buf, 0 after them (and nowhere before: s has no NUL), or NULL
 * when s is not valid UTF-8.  Text of NFKC-stable
 * characters only (nfkc_stable) is decoded as it is. */
static gunichar *
nfkc_ucs4(const char *s, glong *n)
{
	const char *p = s;
	glong k = 0;
	gunichar *u, *nu;
	char *nf;
	gboolean sure = TRUE;
	gsize len = strlen(s);
	const char *end = s + len;

	nfkc_utf8_sure = FALSE;
	ucs_reserve(len + 1);
	u = ucs_buf;
	while (*p) {
		gunichar c;

		/* ASCII 8 bytes at a time (none is NUL before end) */
		while (end - p >= 8) {
			guint64 w;

			memcpy(&w, p, sizeof w);
			if (w & G_GUINT64_CONSTANT(0x8080808080808080))
				break;
#ifdef __SSE2__
			{
				__m128i z = _mm_setzero_si128();
				__m128i h =
				        _mm_unpacklo_epi8(_mm_loadl_epi64((const __m128i *)p), z);

				_mm_storeu_si128((__m128i *)(u + k), _mm_unpacklo_epi16(h, z));
				_mm_storeu_si128((__m128i *)(u + k + 4), _mm_unpackhi_epi16(h, z));
			}
#else
			{
				int i;

				for (i = 0; i < 8; i++)
					u[k + i] = (guchar)p[i];
			}
#endif
			k += 8;
			p += 8;
		}
		c = (guchar)*p;
		if (c == 0)
			break;
		if (c < 0x80) {
			u[k++] = c;
			p++;
			continue;
		}
		/* two bytes (Latin, Greek, Cyrillic), not overlong: what
		 * g_utf8_get_char_validated gives, without the call */
		if (c >= 0xC2 && c < 0xE0 && ((guchar)p[1] & 0xC0) == 0x80) {
			c = ((c & 0x1F) << 6) | ((guchar)p[1] & 0x3F);
			if (!nfkc_stable(c))
				break;
			u[k++] = c;
			p += 2;
			continue;
		}
		/* g_utf8_validate takes the same 3-byte characters, the
		 * others are not checked against it */
		if ((guchar)*p < 0xE0 || (guchar)*p > 0xEF)
			sure = FALSE;
		c = g_utf8_get_char_validated(p, -1);
		if (c == (gunichar)-1 || c == (gunichar)-2 || !nfkc_stable(c))
			break;
		u[k++] = c;
		p = g_utf8_next_char(p);
	}
	if (*p == '\0') {
		u[k] = 0;
		*n = k;
		nfkc_utf8_sure = sure;
		return u;
	}
	nf = g_utf8_normalize(s, -1, G_NORMALIZE_NFKC);
	if (nf == NULL)
		return NULL;
	nu = g_utf8_to_ucs4_fast(nf, -1, n);
	g_free(nf);
	ucs_reserve((gsize)*n + 1);
	memcpy(ucs_buf, nu, ((gsize)*n + 1) * sizeof *nu);
	g_free(nu);
	return ucs_buf;
}

static const char *stem_ref(const char *word, struct langdef *ld);

/* The memo's hash of a word: FNV-1a over its characters, from
 * MEMO_HASH0 ^ the language (each_word computes it as it reads). */
#define MEMO_HASH0    2166136261u
#define MEMO_HASH_MUL 16777619u

/* memcmp(a, b, n * sizeof *a) == 0 for words, without the call */
static inline gboolean
ucs_eq(const gunichar *a, const gunichar *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (a[i] != b[i])
			return FALSE;
	return TRUE;
}

/* the same for a key kept a byte per character */
static inline gboolean
ucs_eq8(const guint8 *a, const gunichar *b, size_t n)
{
	size_t i = 0;

#ifdef __SSE2__
	/* four at a time: a's bytes widened to b's */
	for (; i + 4 <= n; i += 4) {
		guint32 k;
		__m128i z = _mm_setzero_si128(), ka;

		memcpy(&k, a + i, sizeof k);
		ka = _mm_unpacklo_epi16(_mm_unpacklo_epi8(_mm_cvtsi32_si128((int)k), z), z);
		if (_mm_movemask_epi8(_mm_cmpeq_epi32(
		            ka, _mm_loadu_si128((const __m128i *)(const void *)(b + i)))) != 0xFFFF)
			return FALSE;
	}
#endif
	for (; i < n; i++)
		if (a[i] != b[i])
			return FALSE;
	return TRUE;
}

/* (nullable) the memo of the n characters w in language lang (inlined in
 * each_word, once a word) */
static inline __attribute__((always_inline)) const struct memoslot *
memo_find(const gunichar *w, size_t n, guint lang, guint32 h)
{
	guint32 i, mask = memo_nslots - 1;

	if (memo_ent == NULL)
		return NULL;
	for (i = h & mask; memo_slot[i].id != 0; i = (i + 1) & mask) {
		const struct memoslot *m = &memo_slot[i];

		if (m->hash == h) {
			const struct memorec *r = MEMO_REC_OF(m->id);

			if (r->nchars == n && r->lang == lang &&
			    (r->narrow ? ucs_eq8(MEMO_KEY(r), w, n) : ucs_eq(MEMO_KEY(r), w, n)))
				return m;
		}
	}
	return NULL;
}

static void
memo_put(const struct memoslot *m)
{
	guint32 i, mask = memo_nslots - 1;

	for (i = m->hash & mask; memo_slot[i].id != 0; i = (i + 1) & mask)
		;
	memo_slot[i] = *m;
}

static const struct memoslot *
memo_add(const gunichar *w, size_t n, guint lang, guint32 h, const char *word, gsize wlen,
         const char *stem, gsize slen)
{
	struct memoslot m;
	struct memorec r;
	struct ginfo g;
	guint32 i, off;
	gboolean narrow = TRUE;

	if (memo_ent == NULL) {
		memo_nslots = MEMO_MIN_SLOTS;
		memo_slot = g_new0(struct memoslot, memo_nslots);
		memo_ent = g_array_new(FALSE, FALSE, sizeof(guint32));
		memo_lm = g_array_new(FALSE, FALSE, sizeof(guint64));
		memo_str = g_string_new(NULL);
	}
	if (memo_ent->len >= SW_MAX_STEM_CACHE) {
		memo_gen++;
		memset(memo_slot, 0, memo_nslots * sizeof *memo_slot);
		g_array_set_size(memo_ent, 0);
		g_array_set_size(memo_lm, 0);
		g_string_truncate(memo_str, 0);
	}
	/* at most three quarters full */
	if (4 * (memo_ent->len + 1) > 3 * memo_nslots) {
		struct memoslot *old = memo_slot;
		guint nold = memo_nslots;

		memo_nslots *= 2;
		memo_slot = g_new0(struct memoslot, memo_nslots);
		for (i = 0; i < nold; i++)
			if (old[i].id != 0)
				memo_put(&old[i]);
		g_free(old);
	}
	m.hash = h;
	for (i = 0; i < n && narrow; i++)
		narrow = w[i] < 0x100;
	memset(&r, 0, sizeof r);
	r.wlen = (guint16)wlen;
	r.slen = (guint16)slen;
	r.nchars = (guint8)n;
	r.lang = (guint8)lang;
	r.narrow = narrow ? 1 : 0;
	r.same = narrow && wlen == n;
	for (i = 0; i < n && r.same; i++)
		r.same = (guchar)word[i] == w[i];
	r.stem_word = slen == wlen && memcmp(stem, word, wlen) == 0;
	/* what the word adds to a guess, made now: kept only when more
	 * than its script */
	ginfo_of(word, &g, memo_lm);
	r.script = g.script;
	r.full = (g.wmask != 0 || g.uk || g.ru || g.hard || g.sr || g.bg || g.nlm) ? 1 : 0;
	/* the record aligned for its ginfo, its wide characters or itself */
	{
		gsize a = r.full ? 8 : !narrow ? sizeof(gunichar) : G_ALIGNOF(struct memorec);

		g_string_set_size(memo_str, (memo_str->len + a - 1) & ~(a - 1));
	}
	off = (guint32)memo_str->len;
	g_string_append_len(memo_str, (const char *)&r, sizeof r);
	if (r.full)
		g_string_append_len(memo_str, (const char *)&g, sizeof g);
	if (r.same)
		;
	else if (narrow)
		for (i = 0; i < n; i++)
			g_string_append_c(memo_str, (char)w[i]);
	else
		g_string_append_len(memo_str, (const char *)w, (gssize)(n * sizeof *w));
	g_string_append_len(memo_str, word, (gssize)wlen);
	g_string_append_c(memo_str, '\0');
	if (!r.stem_word) {
		g_string_append_len(memo_str, stem, (gssize)slen);
		g_string_append_c(memo_str, '\0');
	}
	/* MEMO_SLACK bytes readable past the end (copy_short) */
	if (memo_str->len + MEMO_SLACK >= memo_str->allocated_len) {
		gsize len = memo_str->len;

		g_string_set_size(memo_str, len + MEMO_SLACK);
		g_string_truncate(memo_str, len); /* the room stays */
	}
	g_array_append_val(memo_ent, off);
	m.id = memo_ent->len;
	memo_put(&m);
	return memo_find(w, n, lang, h);
}

/* each_word's runs of word characters, reused from text to text */
struct run {
	glong start, end;
	guint32 hash;
	guint8 memo;   /* looked up in the memo */
	guint8 number; /* ASCII digits alone, with stems: made without the memo */
};

#define MEMO_AHEAD 8 /* runs ahead whose memo is asked for */

static struct run *
grow_runs(gsize n)
{
	if (n > runs_cap) {
		runs_cap = MAX(n, 2 * runs_cap);
		runs = g_renew(struct run, runs, runs_cap);
	}
	return runs;
}

/* Call fn for each folded word of s, in order, with its stem in ld when
 * stems (else NULL); stops after SW_MAX_TOKENS.  With stems, a word
 * without apostrophes is folded and stemmed once (memo).  Inlined where
 * it is called with a known fn (text_tokenize_scratch): fn then is no
 * call through a pointer per word; each_word is it for the others. */
static inline __attribute__((always_inline)) void
each_word_in(const char *s, gboolean stems, struct langdef *ld, word_fn fn, void *ud)
{
	GString *word;
	gunichar *u, *w;
	glong n, i, start, j, k, count = 0;
	enum script sc;
	guint lang = ld ? (guint)(ld - langs) + 1 : 0;
	gboolean apos;
	guint8 wcl;  /* the classes of a run's word chars, or'ed */
	enum cjk k0; /* the CJK writing system of a run's first char */
	guint32 h;
	const struct memorec *r;
	guint nruns, ri;

	if (s == NULL)
		return;
	u = nfkc_ucs4(s, &n);
	if (u == NULL)
		return;
	/* Catalan l·l is inside a word (col·lectiu, intel·ligència): the
	 * middle dot goes, as a punctuation mark it would cut the word; in
	 * one pass, as a text of many dots would make a move per dot
	 * quadratic (a dot's neighbours are never dots that went) */
	for (i = j = 0; i < n; i++) {
		if (i > 0 && i + 1 < n && u[i] == 0xB7 && (u[i - 1] | 0x20) == 'l' &&
		    (u[i + 1] | 0x20) == 'l')
			continue;
		u[j++] = u[i];
	}
	u[j] = 0;
	n = j;
	class_fill_low();
	if (fold_buf == NULL)
		fold_buf = g_string_new(NULL);
	word = fold_buf;
	w = ucs_word;
	/* first the runs of word chars with single inner apostrophes, each
	 * hashed for the memo (apos: it has an apostrophe, ʼ U+02BC is a
	 * letter too) */
	nruns = 0;
	i = 0;
	while (i < n) {
		struct run *rn;

		if (!is_wordchar(u[i])) {
			i++;
			continue;
		}
		start = i;
		apos = FALSE;
		wcl = 0;
		h = MEMO_HASH0 ^ lang;
		k0 = cjk_of(u[start]);
		/* the word characters below U+1100 of a run that does not
		 * start with CJK, as the loop below takes them, without its
		 * CJK tests */
		if (k0 == CJK_NONE) {
			/* u[n] is 0, no word character: the end stops it */
			while (u[i] < CLASS_LOW_END) {
				guint8 cl = class_known[u[i]]; /* class_fill_low */

				if (!(cl & CLASS_WORD))
					break;
				wcl |= cl;
				h = (h ^ u[i]) * MEMO_HASH_MUL;
				i++;
			}
		}
		/* the rest, unless that loop stopped at what ends the run
		 * below too: a character below U+1100, no word character
		 * and no apostrophe (the 0 after the text is one) */
		if (k0 != CJK_NONE || u[i] >= CLASS_LOW_END || (class_known[u[i]] & CLASS_APOS)) {
			while (i < n) {
				guint8 cl = char_class(u[i]);

				if (cl & CLASS_WORD) {
					/* CJK: a Han character alone, kana and Hangul by
					 * runs of their own (enum cjk) */
					if ((k0 != CJK_NONE || u[i] >= 0x1100) && i > start &&
					    (k0 == CJK_HAN || cjk_of(u[i]) != k0))
						break;
					wcl |= cl; /* CLASS_APOS looked at after the run */
					h = (h ^ u[i]) * MEMO_HASH_MUL;
					i++;
				} else if ((cl & CLASS_APOS) && i + 1 < n &&
				           is_wordchar(u[i + 1]) && i > start) {
					apos = TRUE;
					i++;
				} else {
					break;
				}
			}
		}
		apos = apos || (wcl & CLASS_APOS) != 0;
		rn = grow_runs(nruns + 1) + nruns;
		nruns++;
		rn->start = start;
		rn->end = i;
		rn->hash = h;
		rn->memo = stems && !apos && i - start <= MEMO_MAX_CHARS;
		rn->number = 0;
		if (rn->memo && u[start] - '0' < 10u) {
			for (j = start + 1; j < i && u[j] - '0' < 10u; j++)
				;
			if (j == i) {
				rn->number = 1;
				rn->memo = 0;
			}
		}
	}
	/* then each, in order; the memo slots and records of the ones
	 * ahead asked for early (they are scattered in memory) */
	for (ri = 0; ri < nruns && count < SW_MAX_TOKENS; ri++) {
		if (memo_slot && ri + MEMO_AHEAD < nruns && runs[ri + MEMO_AHEAD].memo)
			__builtin_prefetch(
			        &memo_slot[runs[ri + MEMO_AHEAD].hash & (memo_nslots - 1)]);
		if (memo_slot && ri + MEMO_AHEAD / 2 < nruns && runs[ri + MEMO_AHEAD / 2].memo) {
			const struct memoslot *sl =
			        &memo_slot[runs[ri + MEMO_AHEAD / 2].hash & (memo_nslots - 1)];

			if (sl->id != 0 && sl->hash == runs[ri + MEMO_AHEAD / 2].hash)
				__builtin_prefetch(MEMO_REC_OF(sl->id));
		}
		start = runs[ri].start;
		i = runs[ri].end;
		h = runs[ri].hash;
		if (runs[ri].number) {
			/* A number is its own folded word and its own stem (no
			 * script: stem_word() keeps it), and tells the language
			 * guess nothing but that: made here at the cost of a
			 * copy, not kept in the memo.  Real feeds are full of
			 * numbers met once or twice (dates, ids, prices, counts),
			 * which filled the memo and the matcher's word cache. */
			g_string_set_size(word, (gsize)(i - start));
			for (j = start; j < i; j++)
				word->str[j - start] = (char)u[j];
			WORD_FN(fn, word->str, word->len, word->str, word->len, TEXT_NO_WORD, ud);
			count++;
			continue;
		}
		if (runs[ri].memo) {
			/* one word as it is: folded and stemmed before? */
			size_t len = (size_t)(i - start);
			const struct memoslot *m = memo_find(u + start, len, lang, h);

			if (m == NULL) {
				const char *stem = "";

				memcpy(w, u + start, len * sizeof *w);
				fold_word(w, len, word);
				if (word->len > 0)
					stem = stem_ref(word->str, ld);
				m = memo_add(u + start, len, lang, h, word->str, word->len, stem,
				             strlen(stem));
			}
			r = MEMO_REC_OF(m->id);
			if (r->wlen > 0) {
				const char *ws = MEMO_WORD(r);

				WORD_FN(fn, ws, r->wlen, MEMO_STEM(r), r->slen, m->id - 1, ud);
				count++;
			}
			continue;
		}
		/* only whether it is Cyrillic matters here; ASCII is not */
		for (j = start; j < i && u[j] < 0x80; j++)
			;
		sc = j < i ? word_script(u + start, (size_t)(i - start)) : SCRIPT_LATIN;
		/* Cyrillic (Ukrainian) apostrophe is inside the word: drop it;
		 * Latin apostrophes split (l'Ukraine, Ukraine's). */
		k = 0;
		for (j = start; j <= i; j++) {
			if (j < i && !is_apostrophe(u[j])) {
				w[k++] = u[j];
				continue;
			}
			if (j < i && sc == SCRIPT_CYRILLIC)
				continue;
			if (k > 0) {
				gboolean poss =
				        (j == i && k == 1 && j - 1 > start &&
				         is_apostrophe(u[j - 2]) && (w[0] == 's' || w[0] == 'S'));

				fold_word(w, (size_t)k, word);
				if (!poss && word->len > 0) {
					const char *stem = stems ? stem_ref(word->str, ld) : NULL;

					WORD_FN(fn, word->str, word->len, stem,
					        stem ? strlen(stem) : 0, TEXT_NO_WORD, ud);
					count++;
				}
			}
			k = 0;
		}
	}
}

static void
each_word(const char *s, gboolean stems, struct langdef *ld, word_fn fn, void *ud)
{
	each_word_in(s, stems, ld, fn, ud);
}

char *
text_normalize(const char *s)
{
	char *nf;
	gunichar *u;
	glong n, i, start;
	GString *out, *word;

	if (s == NULL)
		return g_strdup("");
	nf = g_utf8_normalize(s, -1, G_NORMALIZE_NFKC);
	if (nf == NULL)
		return g_strdup("");
	u = g_utf8_to_ucs4_fast(nf, -1, &n);
	g_free(nf);
	out = g_string_sized_new((gsize)n);
	word = g_string_new(NULL);
	i = 0;
	while (i < n) {
		if (is_wordchar(u[i])) {
			start = i;
			while (i < n && is_wordchar(u[i]))
				i++;
			fold_word(u + start, (size_t)(i - start), word);
			g_string_append_len(out, word->str, (gssize)word->len);
		} else {
			g_string_append_unichar(out, is_apostrophe(u[i]) ? '\''
			                                                 : g_unichar_tolower(u[i]));
			i++;
		}
	}
	g_free(u);
	g_string_free(word, TRUE);
	return g_string_free(out, FALSE);
}

struct tokctx {
	GPtrArray *arr;
	struct langdef *ld;
};

/* One block per token: the struct, then its word and stem. */
static void
collect_token(const char *word, gsize len, const char *stem, gsize slen, guint32 id, void *ud)
{
	struct tokctx *ctx = ud;
	struct sw_token *t = g_malloc(sizeof *t + len + slen + 2);

	t->word = (char *)(t + 1);
	memcpy(t->word, word, len + 1);
	t->stem = t->word + len + 1;
	memcpy(t->stem, stem, slen + 1);
	t->pos = (int)ctx->arr->len;
	t->wlen = (guint)len;
	g_ptr_array_add(ctx->arr, t);
}

struct scratchctx {
	struct scratch *sc;
	struct langdef *ld;
};

/* memcpy(dst, src, n) 16 bytes at a time: reads and writes up to 15
 * bytes past n (src a memo record: MEMO_SLACK; dst: room made). */
static inline void
copy_short(char *dst, const char *src, gsize n)
{
#ifdef __SSE2__
	gsize o;

	G_STATIC_ASSERT(MEMO_SLACK >= 16);
	for (o = 0; o < n; o += 16)
		_mm_storeu_si128((__m128i *)(void *)(dst + o),
		                 _mm_loadu_si128((const __m128i *)(const void *)(src + o)));
#else
	memcpy(dst, src, n);
#endif
}

static inline __attribute__((always_inline)) void
collect_scratch(const char *word, gsize len, const char *stem, gsize slen, guint32 id, void *ud)
{
	struct scratchctx *ctx = ud;
	struct scratch *sc = ctx->sc;
	gsize at = sc->len;
	struct sw_token *t;

	/* room for the copy_short of a memo record's too */
	if (at + len + slen + 2 + 16 > sc->memcap) {
		sc->memcap = MAX(at + len + slen + 2 + 16, 2 * sc->memcap);
		sc->mem = g_realloc(sc->mem, sc->memcap);
	}
	if (id != TEXT_NO_WORD && stem == word + len + 1) {
		/* a memo record: word NUL stem NUL side by side, copied at once */
		copy_short(sc->mem + at, word, len + slen + 2);
	} else if (id != TEXT_NO_WORD && stem == word) {
		/* a memo record whose stem is its word (kept once) */
		copy_short(sc->mem + at, word, len + 1);
		copy_short(sc->mem + at + len + 1, word, len + 1);
	} else if (stem == word + len + 1) {
		memcpy(sc->mem + at, word, len + slen + 2);
	} else {
		memcpy(sc->mem + at, word, len);
		sc->mem[at + len] = '\0';
		memcpy(sc->mem + at + len + 1, stem, slen);
		sc->mem[at + len + 1 + slen] = '\0';
	}
	sc->len = at + len + slen + 2;
	if (sc->n == sc->cap) {
		sc->cap = sc->cap ? 2 * sc->cap : 256;
		sc->toks = g_renew(struct sw_token, sc->toks, sc->cap);
		sc->ids = g_renew(guint32, sc->ids, sc->cap);
	}
	t = &sc->toks[sc->n];
	t->word = GSIZE_TO_POINTER(at);
	t->stem = GSIZE_TO_POINTER(at + len + 1);
	t->pos = (int)sc->n;
	t->wlen = (guint)len;
	sc->ids[sc->n++] = id;
}

GPtrArray *
text_tokenize_scratch(const char *s, const char *lang, int slot)
{
	struct scratchctx ctx;
	struct scratch *sc;
	guint i;

	g_return_val_if_fail(slot >= 0 && slot < TEXT_SCRATCH_SLOTS, NULL);
	sc = &scratch[slot];
	if (sc->arr == NULL)
		sc->arr = g_ptr_array_new();
	sc->n = 0;
	sc->len = 0;
	ctx.sc = sc;
	ctx.ld = lang_find(lang);
	sc->gen = memo_gen;
	nfkc_utf8_sure = FALSE;
	each_word_in(s, TRUE, ctx.ld, collect_scratch, &ctx);
	sc->utf8_sure = nfkc_utf8_sure;
	if (sc->gen != memo_gen)
		sc->gen = 0; /* emptied on the way: the early ones are stale */
	g_ptr_array_set_size(sc->arr, (gint)sc->n);
	for (i = 0; i < sc->n; i++) {
		struct sw_token *t = &sc->toks[i];

		t->word = sc->mem + GPOINTER_TO_SIZE(t->word);
		t->stem = sc->mem + GPOINTER_TO_SIZE(t->stem);
		sc->arr->pdata[i] = t;
	}
	return sc->arr;
}

GPtrArray *
text_tokenize(const char *s, const char *lang)
{
	struct tokctx ctx;

	ctx.arr = g_ptr_array_new_with_free_func(g_free);
	ctx.ld = lang_find(lang);
	each_word(s, TRUE, ctx.ld, collect_token, &ctx);
	return ctx.arr;
}

const guint32 *
text_scratch_word_ids(int slot)
{
	g_return_val_if_fail(slot >= 0 && slot < TEXT_SCRATCH_SLOTS, NULL);
	if (scratch[slot].arr == NULL || scratch[slot].gen != memo_gen)
		return NULL;
	return scratch[slot].ids;
}

gboolean
text_scratch_utf8_sure(int slot)
{
	g_return_val_if_fail(slot >= 0 && slot < TEXT_SCRATCH_SLOTS, FALSE);
	return scratch[slot].utf8_sure;
}

guint
text_word_generation(void)
{
	return memo_gen;
}

guint
text_word_ids(void)
{
	return memo_ent ? memo_ent->len : 0;
}

/* (transfer none) the ginfo of memo id, made the first time; *lms its
 * letter masks */
static const struct ginfo *
memo_ginfo(guint32 id, const guint64 **lms)
{
	const struct memorec *r = MEMO_REC(g_array_index(memo_ent, guint32, id));
	const struct ginfo *g = r->full ? MEMO_G(r) : &ginfo_plain[r->script];

	/* no masks (memo_lm->data NULL): nlm is 0 and *lms is not read */
	*lms = g->nlm ? &g_array_index(memo_lm, guint64, g->lm) : NULL;
	return g;
}

/* (nullable) the word numbers of toks when it is a scratch slot's array
 * and they are of this generation */
static const guint32 *
slot_ids_of(const GPtrArray *toks)
{
	int i;

	for (i = 0; i < TEXT_SCRATCH_SLOTS; i++)
		if (scratch[i].arr == toks)
			return text_scratch_word_ids(i);
	return NULL;
}
