/*
 * parse.c - feed bytes to a struct sw_feed and its entries.
 *
 * The bytes go through three stages:
 *   1. decode: pick the encoding (HTTP charset, BOM, byte pattern, XML
 *      declaration, UTF-8; detection when the label lies) and convert
 *      everything to UTF-8;
 *   2. prepare: make the text palatable to an XML parser the way loose
 *      feed parsers do: drop the declaration and any DOCTYPE (keeping its
 *      simple internal entities), turn HTML named entities into character
 *      references (the predefined five too) and bare '&' into "&#38;",
 *      map C1 controls to their windows-1252 characters, drop the
 *      characters XML forbids (C0 controls but tab, LF and CR; U+FFFE,
 *      U+FFFF), in text and in CDATA sections, comments and processing
 *      instructions alike; and, where the document allows it, put an
 *      11-byte mark in place of each CDATA section and each element text
 *      of 64 bytes or more, whose text goes back in when the entry is
 *      read (libxml2 then need not copy it: bench/README.md);
 *   3. walk: libxml2's SAX2 push parser streams the document in recover
 *      mode; each finished entry (and each child of the channel) is read
 *      through the tag tables below as a small subtree, then freed.
 * JSON Feed documents skip stages 2 and 3 and go through json-glib.
 */
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <tmmintrin.h>
#define HAVE_UTF8_SSSE3 1
#endif

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/uri.h>
#include <libxml/SAX2.h>
#include <libxml/parserInternals.h>

#include "date.h"
#include "html.h"
#include "jsonlib.h"
#include "caps.h"
#include "parse.h"

#ifndef SW_STATIC
#define SW_STATIC static
#endif

#define PARSE_ERROR parse_error_quark()

static GQuark
parse_error_quark(void)
{
	return g_quark_from_static_string("storywatch-parse");
}

/* ------------------------------------------------------------ encodings */

/* Labels feeds use for encodings, to the names we report.  Sorted. */
static const struct {
	const char *alias;
	const char *name;
} enc_aliases[] = {
	{ "ascii", "us-ascii" },
	{ "cp-1250", "windows-1250" },
	{ "cp-1251", "windows-1251" },
	{ "cp-1252", "windows-1252" },
	{ "cp1250", "windows-1250" },
	{ "cp1251", "windows-1251" },
	{ "cp1252", "windows-1252" },
	{ "cp866", "ibm866" },
	{ "iso-latin-1", "iso-8859-1" },
	{ "iso8859-1", "iso-8859-1" },
	{ "iso8859-15", "iso-8859-15" },
	{ "iso8859-2", "iso-8859-2" },
	{ "iso8859-5", "iso-8859-5" },
	{ "koi8r", "koi8-r" },
	{ "koi8u", "koi8-u" },
	{ "l1", "iso-8859-1" },
	{ "latin-1", "iso-8859-1" },
	{ "latin1", "iso-8859-1" },
	{ "shift-jis", "shift_jis" },
	{ "sjis", "shift_jis" },
	{ "ucs-2", "utf-16" },
	{ "utf16", "utf-16" },
	{ "utf32", "utf-32" },
	{ "utf8", "utf-8" },
	{ "win-1250", "windows-1250" },
	{ "win-1251", "windows-1251" },
	{ "win-1252", "windows-1252" },
	{ "win1251", "windows-1251" },
	{ "win1252", "windows-1252" },
	{ "windows1251", "windows-1251" },
	{ "windows1252", "windows-1252" },
	{ "x-cp1251", "windows-1251" },
	{ "x-euc-kr", "euc-kr" },
};

static int
cmp_alias(const void *key, const void *elem)
{
	const char *const *e = elem;

	return strcmp(key, *e);
}

/* (transfer full) the canonical lower-case name of label, or NULL. */
SW_STATIC char *
parse_encoding_name(const char *label, size_t len)
{
	char *s, *p;
	const char *const *hit;

	s = g_ascii_strdown(label, (gssize)len);
	g_strstrip(s);
	for (p = s; *p; p++) {
		if (*p == '_' && strcmp(s, "shift_jis"))
			*p = '-';
		if (!g_ascii_isalnum(*p) && *p != '-' && *p != '_' && *p != '.' && *p != ':') {
			g_free(s);
			return NULL;
		}
	}
	if (!*s || strlen(s) > 40) {
		g_free(s);
		return NULL;
	}
	hit = bsearch(s, enc_aliases, G_N_ELEMENTS(enc_aliases), sizeof(enc_aliases[0]), cmp_alias);
	if (hit) {
		g_free(s);
		return g_strdup(hit[1]);
	}
	return s;
}

static int
enc_is_unicode_wide(const char *name)
{
	return g_str_has_prefix(name, "utf-16") || g_str_has_prefix(name, "utf-32") ||
	       g_str_has_prefix(name, "ucs-");
}

/* charset=... of a Content-Type value; the name in any case (RFC 9110
 * 5.6.6: "Charset=" is common). */
static char *
charset_of_content_type(const char *ct)
{
	const char *p;
	size_t n = 0;

	if (!ct)
		return NULL;
	for (p = ct; *p; p++)
		if (g_ascii_strncasecmp(p, "charset=", 8) == 0)
			break;
	if (!*p)
		return NULL;
	p += strlen("charset=");
	if (*p == '"' || *p == '\'')
		p++;
	while (p[n] && p[n] != '"' && p[n] != '\'' && p[n] != ';' && p[n] != ' ')
		n++;
	if (!n)
		return NULL;
	return parse_encoding_name(p, n);
}

/* The encoding="..." of an ASCII-compatible XML declaration. */
static char *
declared_encoding(const char *data, size_t len)
{
	const char *end, *p, *q;
	char quote;

	if (len < 6 || strncmp(data, "<?xml", 5))
		return NULL;
	end = memchr(data, '>', MIN(len, 512));
	if (!end)
		return NULL;
	p = g_strstr_len(data, end - data, "encoding");
	if (!p)
		return NULL;
	p += 8;
	while (p < end && (*p == ' ' || *p == '=' || *p == '\t'))
		p++;
	if (p >= end || (*p != '"' && *p != '\''))
		return NULL;
	quote = *p++;
	q = memchr(p, quote, end - p);
	if (!q)
		return NULL;
	return parse_encoding_name(p, (size_t)(q - p));
}

/* BOM or the byte pattern of "<?" in a wide encoding; *skip is the BOM
 * length. */
static const char *
sniff_encoding(const unsigned char *d, size_t len, size_t *skip)
{
	*skip = 0;
	if (len >= 4 && !memcmp(d, "\x00\x00\xFE\xFF", 4)) {
		*skip = 4;
		return "utf-32be";
	}
	if (len >= 4 && !memcmp(d, "\xFF\xFE\x00\x00", 4)) {
		*skip = 4;
		return "utf-32le";
	}
	if (len >= 3 && !memcmp(d, "\xEF\xBB\xBF", 3)) {
		*skip = 3;
		return "utf-8";
	}
	if (len >= 2 && !memcmp(d, "\xFE\xFF", 2)) {
		*skip = 2;
		return "utf-16be";
	}
	if (len >= 2 && !memcmp(d, "\xFF\xFE", 2)) {
		*skip = 2;
		return "utf-16le";
	}
	if (len >= 4 && !memcmp(d, "\x00\x00\x00\x3C", 4))
		return "utf-32be";
	if (len >= 4 && !memcmp(d, "\x3C\x00\x00\x00", 4))
		return "utf-32le";
	if (len >= 4 && !memcmp(d, "\x00\x3C\x00\x3F", 4))
		return "utf-16be";
	if (len >= 4 && !memcmp(d, "\x3C\x00\x3F\x00", 4))
		return "utf-16le";
	return NULL;
}

static char *
convert_to_utf8(const char *data, size_t len, const char *enc)
{
	GError *err = NULL;
	gsize out_len = 0;
	char *out;

	if (!strcmp(enc, "utf-8") || !strcmp(enc, "us-ascii")) {
		if (!g_utf8_validate(data, (gssize)len, NULL))
			return NULL;
		return g_strndup(data, len);
	}
	out = g_convert(data, (gssize)len, "UTF-8", enc, NULL, &out_len, &err);
	if (!out) {
		g_clear_error(&err);
		return NULL;
	}
	if (memchr(out, '\0', out_len)) {
		/* NULs would cut the document short: drop them */
		GString *s = g_string_sized_new(out_len);
		gsize i;

		for (i = 0; i < out_len; i++) {
			if (out[i])
				g_string_append_c(s, out[i]);
		}
		g_free(out);
		return g_string_free(s, FALSE);
	}
	return out;
}

/* The single-byte labels (every byte a character of its own): the
 * Western ones servers and CMSs give by default, and the Cyrillic and
 * Central European ones a host configured before its site moved to
 * UTF-8.  Text in them is almost never valid UTF-8 beyond ASCII. */
static gboolean
single_byte_label(const char *enc)
{
	return g_str_has_prefix(enc, "iso-8859-") || g_str_has_prefix(enc, "windows-125") ||
	       g_str_has_prefix(enc, "koi8-") || !strcmp(enc, "ibm866");
}

static gboolean
has_high_byte(const char *d, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if ((unsigned char)d[i] >= 0x80)
			return TRUE;
	return FALSE;
}

/* Cyrillic text in a single-byte encoding: many runs of 3+ bytes >= 0xC0. */
static int
looks_cyrillic(const unsigned char *d, size_t len)
{
	size_t i, run = 0, high = 0, in_runs = 0;

	for (i = 0; i <= len; i++) {
		if (i < len && d[i] >= 0xC0) {
			run++;
			high++;
			continue;
		}
		if (i < len && d[i] >= 0x80)
			high++;
		if (run >= 3)
			in_runs += run;
		run = 0;
	}
	return high >= 8 && in_runs * 2 >= high;
}

/* Lower-case minus upper-case Cyrillic letters: real text is mostly lower
 * case, so the right single-byte table scores higher. */
static long
cyrillic_case_score(const char *utf8)
{
	const char *p;
	long score = 0;

	for (p = utf8; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);

		if (c < 0x400 || c > 0x4FF)
			continue;
		if (g_unichar_islower(c))
			score++;
		else if (g_unichar_isupper(c))
			score--;
	}
	return score;
}

/* Windows-1252 for 0x80-0x9F, defined with the rest of the tables below. */
static const gunichar cp1252_c1[32];

/* UTF-8 with a few stray bytes (a Latin-1 snippet pasted into a UTF-8
 * page, a NUL): (transfer full) the text with its valid characters kept
 * and each stray byte read as windows-1252, NULs dropped; NULL unless
 * there are at least 4 multi-byte characters per stray byte: in a
 * single-byte document a pair like "ß“" only looks like UTF-8, so a few
 * such pairs are no evidence. */
static char *
mostly_utf8(const char *data, size_t len)
{
	const char *p, *q, *end = data + len;
	size_t multi = 0, stray = 0;
	GString *out;

	for (p = data; p < end; p = q + 1) {
		g_utf8_validate(p, (gssize)(end - p), &q);
		for (; p < q; p++)
			multi += (unsigned char)*p >= 0xC0; /* a lead byte */
		if (q < end && *q)
			stray++;
	}
	if (!multi || stray > multi / 4)
		return NULL;
	out = g_string_sized_new(len + 2 * stray);
	for (p = data; p < end; p = q + 1) {
		unsigned char c;

		g_utf8_validate(p, (gssize)(end - p), &q);
		g_string_append_len(out, p, q - p);
		if (q >= end)
			break;
		c = (unsigned char)*q;
		if (!c)
			continue;
		if (c < 0x80)
			g_string_append_c(out, (char)c); /* not reached: ASCII is valid */
		else if (c < 0xA0)
			g_string_append_unichar(out,
			                        cp1252_c1[c - 0x80] ? cp1252_c1[c - 0x80] : 0xFFFD);
		else
			g_string_append_unichar(out, c);
	}
	return g_string_free(out, FALSE);
}

/* The label lied (or there was none and the bytes are not UTF-8). */
static char *
detect_and_convert(const char *data, size_t len, char **enc)
{
	static const char *const fallbacks[] = { "utf-8", "windows-1252", "iso-8859-2" };
	char *out;
	size_t i;

	if (looks_cyrillic((const unsigned char *)data, len)) {
		char *a = convert_to_utf8(data, len, "windows-1251");
		char *b = convert_to_utf8(data, len, "koi8-r");

		if (a && (!b || cyrillic_case_score(a) >= cyrillic_case_score(b))) {
			g_free(b);
			*enc = g_strdup("windows-1251");
			return a;
		}
		if (b) {
			g_free(a);
			*enc = g_strdup("koi8-r");
			return b;
		}
	}
	out = mostly_utf8(data, len);
	if (out) {
		*enc = g_strdup("utf-8");
		return out;
	}
	for (i = 0; i < G_N_ELEMENTS(fallbacks); i++) {
		out = convert_to_utf8(data, len, fallbacks[i]);
		if (out) {
			*enc = g_strdup(fallbacks[i]);
			return out;
		}
	}
	*enc = g_strdup("iso-8859-1");
	return convert_to_utf8(data, len, "iso-8859-1");
}

#ifdef __SSE2__
/* p starts a character and 16 bytes: how many of them are whole valid
 * characters without NUL for sure (the last one may run past the 16 and
 * is left for the next look), or 0: bytes the caller reads one at a time
 * (E0, ED, F0 and F4, whose second byte has more rules, anything invalid,
 * NUL, or a block the check does not clear). */
static inline int
utf8_block(const unsigned char *p)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
	/* the classes as signed bytes: 80-BF < -64, C2-DF -62..-33, E0-EF
	 * -32..-17, F0-F4 -16..-12 */
	unsigned hi = (unsigned)_mm_movemask_epi8(v);
	unsigned cont, l2, l3, l4, odd, want;

	if (!hi)
		return _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_setzero_si128())) ? 0 : 16;
	cont = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(-64)));
	l2 = (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(-63)),
	                                               _mm_cmplt_epi8(v, _mm_set1_epi8(-32))));
	l3 = (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(-33)),
	                                               _mm_cmplt_epi8(v, _mm_set1_epi8(-16))));
	l4 = (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(-17)),
	                                               _mm_cmplt_epi8(v, _mm_set1_epi8(-11))));
	odd = (unsigned)_mm_movemask_epi8(_mm_or_si128(
	        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE0)),
	                     _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xED))),
	        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xF0)),
	                                  _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xF4))),
	                     _mm_cmpeq_epi8(v, _mm_setzero_si128()))));
	/* a high byte in no class (C0, C1, F5-FF), or a byte with more rules */
	if ((hi & ~(cont | l2 | l3 | l4)) || odd)
		return 0;
	/* the continuation bytes are exactly those the lead bytes call for */
	want = (l2 << 1) | (l3 << 1) | (l3 << 2) | (l4 << 1) | (l4 << 2) | (l4 << 3);
	if ((want & 0xFFFF) != cont)
		return 0;
	if (!(want >> 16))
		return 16;
	/* the last character runs past the block: up to it */
	return 31 - __builtin_clz(l2 | l3 | l4);
}
#endif

#ifdef HAVE_UTF8_SSSE3
/* utf8_valid() with SSSE3, 16 bytes at a time whatever they are: the
 * lookup method of Keiser and Lemire, "Validating UTF-8 in less than one
 * instruction per byte" (2021).  Each byte and the one before it are
 * looked up by their nibbles in three tables of error bits (the AND of
 * the three is nonzero for a bad pair); that a byte must be the 2nd or
 * 3rd continuation of a 3- or 4-byte character is found from the bytes 2
 * and 3 back. */
enum {
	U8_SHORT = 1 << 0,     /* a lead, then no continuation */
	U8_LONG = 1 << 1,      /* ASCII, then a continuation */
	U8_OVERLONG3 = 1 << 2, /* E0 80-9F */
	U8_LARGE = 1 << 3,     /* F4 90-BF, F5-FF, ... */
	U8_SURROGATE = 1 << 4, /* ED A0-BF */
	U8_OVERLONG2 = 1 << 5, /* C0, C1 */
	U8_LARGE1000 = 1 << 6, /* F5-FF 80-8F */
	U8_OVERLONG4 = 1 << 6, /* F0 80-8F */
	/* a continuation after a continuation: bit 7, written as the signed
	 * char _mm_setr_epi8() takes (1 << 7 made clang warn of a change of
	 * value at each use) */
	U8_TWO_CONTS = -128,
	U8_CARRY = U8_SHORT | U8_LONG | U8_TWO_CONTS
};

__attribute__((target("ssse3"))) static inline __m128i
u8_nibble(__m128i table, __m128i v, int high)
{
	if (high)
		v = _mm_srli_epi16(v, 4);
	return _mm_shuffle_epi8(table, _mm_and_si128(v, _mm_set1_epi8(0x0F)));
}

__attribute__((target("ssse3"))) static int
utf8_valid_ssse3(const unsigned char *p, size_t len)
{
	/* the byte before, by its high nibble */
	const __m128i b1_high = _mm_setr_epi8(U8_LONG, U8_LONG, U8_LONG, U8_LONG, U8_LONG, U8_LONG,
	                                      U8_LONG, U8_LONG, U8_TWO_CONTS, U8_TWO_CONTS,
	                                      U8_TWO_CONTS, U8_TWO_CONTS, U8_SHORT | U8_OVERLONG2,
	                                      U8_SHORT, U8_SHORT | U8_OVERLONG3 | U8_SURROGATE,
	                                      U8_SHORT | U8_LARGE | U8_LARGE1000 | U8_OVERLONG4);
	/* ... by its low nibble */
	const __m128i b1_low = _mm_setr_epi8(
	        U8_CARRY | U8_OVERLONG3 | U8_OVERLONG2 | U8_OVERLONG4, U8_CARRY | U8_OVERLONG2,
	        U8_CARRY, U8_CARRY, U8_CARRY | U8_LARGE, U8_CARRY | U8_LARGE | U8_LARGE1000,
	        U8_CARRY | U8_LARGE | U8_LARGE1000, U8_CARRY | U8_LARGE | U8_LARGE1000,
	        U8_CARRY | U8_LARGE | U8_LARGE1000, U8_CARRY | U8_LARGE | U8_LARGE1000,
	        U8_CARRY | U8_LARGE | U8_LARGE1000, U8_CARRY | U8_LARGE | U8_LARGE1000,
	        U8_CARRY | U8_LARGE | U8_LARGE1000,
	        U8_CARRY | U8_LARGE | U8_LARGE1000 | U8_SURROGATE,
	        U8_CARRY | U8_LARGE | U8_LARGE1000, U8_CARRY | U8_LARGE | U8_LARGE1000);
	/* the byte itself, by its high nibble */
	const __m128i b2_high = _mm_setr_epi8(
	        U8_SHORT, U8_SHORT, U8_SHORT, U8_SHORT, U8_SHORT, U8_SHORT, U8_SHORT, U8_SHORT,
	        U8_LONG | U8_OVERLONG2 | U8_TWO_CONTS | U8_OVERLONG3 | U8_LARGE1000 | U8_OVERLONG4,
	        U8_LONG | U8_OVERLONG2 | U8_TWO_CONTS | U8_OVERLONG3 | U8_LARGE,
	        U8_LONG | U8_OVERLONG2 | U8_TWO_CONTS | U8_SURROGATE | U8_LARGE,
	        U8_LONG | U8_OVERLONG2 | U8_TWO_CONTS | U8_SURROGATE | U8_LARGE, U8_SHORT, U8_SHORT,
	        U8_SHORT, U8_SHORT);
	const __m128i zero = _mm_setzero_si128();
	/* what the last 3 bytes of a block may be when an ASCII block
	 * follows: no lead byte still waiting for its continuations */
	const __m128i max_before_ascii = _mm_setr_epi8(
	        (char)0xFF, (char)0xFF, (char)0xFF, (char)0xFF, (char)0xFF, (char)0xFF, (char)0xFF,
	        (char)0xFF, (char)0xFF, (char)0xFF, (char)0xFF, (char)0xFF, (char)0xFF, (char)0xEF,
	        (char)0xDF, (char)0xBF);
	__m128i prev = zero, err = zero;
	unsigned char tail[16];
	size_t i = 0;
	int last = 0;

	for (;;) {
		__m128i v, prev1, sc, must23;

		if (len - i >= 16) {
			v = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
			if (!_mm_movemask_epi8(v)) {
				/* all ASCII (markup, Latin text): only a character
				 * the block before left unfinished, or a NUL */
				err = _mm_or_si128(err, _mm_subs_epu8(prev, max_before_ascii));
				err = _mm_or_si128(err, _mm_cmpeq_epi8(v, zero));
				prev = v;
				i += 16;
				continue;
			}
		} else {
			/* the rest, then spaces: a character cut off at the end
			 * meets a space, which is an error already */
			memset(tail, ' ', sizeof(tail));
			memcpy(tail, p + i, len - i);
			v = _mm_loadu_si128((const __m128i *)(const void *)tail);
			last = 1;
		}
		prev1 = _mm_alignr_epi8(v, prev, 15);
		sc = _mm_and_si128(
		        _mm_and_si128(u8_nibble(b1_high, prev1, 1), u8_nibble(b1_low, prev1, 0)),
		        u8_nibble(b2_high, v, 1));
		/* 2 back is E0 and above, or 3 back F0 and above */
		must23 = _mm_or_si128(
		        _mm_subs_epu8(_mm_alignr_epi8(v, prev, 14), _mm_set1_epi8(0x60)),
		        _mm_subs_epu8(_mm_alignr_epi8(v, prev, 13), _mm_set1_epi8(0x70)));
		must23 = _mm_and_si128(must23, _mm_set1_epi8((char)0x80));
		err = _mm_or_si128(err, _mm_xor_si128(must23, sc));
		err = _mm_or_si128(err, _mm_cmpeq_epi8(v, zero));
		if (last)
			break;
		prev = v;
		i += 16;
	}
	return _mm_movemask_epi8(_mm_cmpeq_epi8(err, zero)) == 0xFFFF;
}
#endif

/* Is [s, s + len) valid UTF-8 without NULs (what g_utf8_validate() says
 * with a length)?  With SSSE3 (nearly every x86-64 machine), 16 bytes at
 * a time whatever they are; else ASCII 16 bytes at a time with SSE2, or
 * 8, and the common two-byte characters are looked at first. */
static int
utf8_valid(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + len;

#ifdef HAVE_UTF8_SSSE3
	if (__builtin_cpu_supports("ssse3"))
		return utf8_valid_ssse3(p, len);
#endif

	while (p < end) {
		unsigned char c = *p;

#ifdef __SSE2__
		if (end - p >= 16) {
			int k = utf8_block(p);

			if (k) {
				p += k;
				continue;
			}
		}
#endif
		if (c < 0x80) {
#ifdef __SSE2__
			if (end - p >= 16) {
				__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
				int m = _mm_movemask_epi8(v) |
				        _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_setzero_si128()));

				/* past the ASCII (no NUL) before the first other byte */
				p += m ? __builtin_ctz((unsigned)m) : 16;
				if (m && !*p)
					return 0;
				continue;
			}
#else
			if (end - p >= 8) {
				guint64 w;

				memcpy(&w, p, 8);
				/* no high bit and no NUL byte in the 8 */
				if (!(w & 0x8080808080808080ULL) &&
				    !((w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL)) {
					p += 8;
					continue;
				}
			}
#endif
			if (!c)
				return 0;
			p++;
		} else if (c >= 0xC2 && c <= 0xDF) {
			if (end - p < 2 || (p[1] & 0xC0) != 0x80)
				return 0;
			p += 2;
		} else if (c >= 0xE0 && c <= 0xEF) {
			if (end - p < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
				return 0;
			if (c == 0xE0 && p[1] < 0xA0)
				return 0; /* overlong */
			if (c == 0xED && p[1] > 0x9F)
				return 0; /* surrogates */
			p += 3;
		} else if (c >= 0xF0 && c <= 0xF4) {
			if (end - p < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 ||
			    (p[3] & 0xC0) != 0x80)
				return 0;
			if ((c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] > 0x8F))
				return 0; /* overlong, over U+10FFFF */
			p += 4;
		} else {
			return 0;
		}
	}
	return 1;
}

/* data as UTF-8, *out_len bytes long (not NUL-terminated); *enc the
 * encoding it was read as.  UTF-8 that is valid is data itself, checked
 * in place; otherwise the result is a converted copy, also stored in
 * *owned (transfer full) for the caller to free. */
static const char *
decode_input(const char *data, size_t len, const char *content_type, char **enc, GString *warn,
             char **owned, size_t *out_len)
{
	size_t skip = 0;
	const char *sniffed;
	char *http, *declared = NULL, *chosen = NULL, *out;

	http = charset_of_content_type(content_type);
	sniffed = sniff_encoding((const unsigned char *)data, len, &skip);
	if (!sniffed || !enc_is_unicode_wide(sniffed))
		declared = declared_encoding(data + skip, len - skip);
	if (declared && enc_is_unicode_wide(declared) &&
	    (!sniffed || !enc_is_unicode_wide(sniffed))) {
		/* "utf-16" on an ASCII-compatible document: not true */
		g_free(declared);
		declared = NULL;
	}
	/* a BOM or a wide byte pattern is unambiguous and beats the HTTP
	 * charset, as browsers do; otherwise HTTP beats the declaration */
	if (sniffed)
		chosen = g_strdup(sniffed);
	else if (http)
		chosen = g_strdup(http);
	else if (declared)
		chosen = g_strdup(declared);
	else
		chosen = g_strdup("utf-8");
	if (!strcmp(chosen, "utf-16") || !strcmp(chosen, "utf-32")) {
		/* no BOM said which end: assume big-endian */
		char *be = g_strconcat(chosen, "be", NULL);

		g_free(chosen);
		chosen = be;
	}
	if (!sniffed && single_byte_label(chosen) && has_high_byte(data + skip, len - skip) &&
	    utf8_valid(data + skip, len - skip)) {
		/* "iso-8859-1" (a server's or a CMS's default) or
		 * "windows-1251" on bytes that are valid UTF-8 with letters
		 * beyond ASCII: single-byte text almost never is, so the label
		 * is the mistake */
		g_string_append_printf(warn, "labelled %s but the bytes are UTF-8; ", chosen);
		g_free(chosen);
		chosen = g_strdup("utf-8");
	}
	*owned = NULL;
	if ((!strcmp(chosen, "utf-8") || !strcmp(chosen, "us-ascii")) &&
	    utf8_valid(data + skip, len - skip)) {
		/* no copy: the bytes are already what the parser takes */
		*enc = chosen;
		*out_len = len - skip;
		g_free(http);
		g_free(declared);
		return data + skip;
	}
	out = convert_to_utf8(data + skip, len - skip, chosen);
	if (out) {
		*enc = chosen;
	} else {
		g_string_append_printf(warn, "bytes are not %s; ", chosen);
		g_free(chosen);
		out = detect_and_convert(data + skip, len - skip, enc);
	}
	g_free(http);
	g_free(declared);
	*owned = out;
	*out_len = out ? strlen(out) : 0;
	return out;
}

/* ------------------------------------------------------------ prepare */

/* windows-1252 characters for the C1 controls 0x80-0x9F (0 = none). */
static const gunichar cp1252_c1[32] = { 0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020,
	                                0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
	                                0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D,
	                                0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
	                                0x0153, 0,      0x017E, 0x0178 };

struct doc_entity {
	char *name;
	char *value;
};

static int
is_name_char(char c)
{
	return g_ascii_isalnum(c) || c == '_' || c == '-' || c == '.' || c == ':';
}

/* Pull <!ENTITY name "value"> declarations out of an internal subset. */
static void
read_doc_entities(const char *p, const char *end, GPtrArray *ents)
{
	while (p < end && ents->len < SW_MAX_DOC_ENTITIES) {
		const char *decl = g_strstr_len(p, end - p, "<!ENTITY");
		const char *n0, *v0, *v1;
		struct doc_entity *de;
		char quote;

		if (!decl)
			return;
		p = decl + 8;
		while (p < end && g_ascii_isspace(*p))
			p++;
		if (p < end && *p == '%')
			continue; /* parameter entity: not ours */
		n0 = p;
		while (p < end && is_name_char(*p))
			p++;
		if (p == n0)
			continue;
		v0 = p;
		while (v0 < end && g_ascii_isspace(*v0))
			v0++;
		if (v0 >= end || (*v0 != '"' && *v0 != '\''))
			continue; /* SYSTEM or PUBLIC: never loaded */
		quote = *v0++;
		v1 = memchr(v0, quote, end - v0);
		if (!v1)
			return;
		de = g_new0(struct doc_entity, 1);
		de->name = g_strndup(n0, p - n0);
		de->value = g_strndup(v0, v1 - v0);
		g_ptr_array_add(ents, de);
		p = v1 + 1;
	}
}

static void
doc_entity_free(gpointer p)
{
	struct doc_entity *de = p;

	g_free(de->name);
	g_free(de->value);
	g_free(de);
}

static void
append_escaped_text(GString *out, const char *s)
{
	for (; *s; s++) {
		if (*s == '&')
			g_string_append(out, "&#38;");
		else if (*s == '<')
			g_string_append(out, "&#60;");
		else
			g_string_append_c(out, *s);
	}
}

static int
valid_xml_char(gunichar c)
{
	return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
	       (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

/* g_string_append_len() of bytes that are not in s, without GLib's
 * general insert when they fit: the prepare pass appends in small
 * pieces. */
static inline void
append_len(GString *s, const char *p, size_t n)
{
	if (s->len + n < s->allocated_len) {
		memcpy(s->str + s->len, p, n);
		s->len += n;
		s->str[s->len] = '\0';
	} else {
		g_string_append_len(s, p, (gssize)n);
	}
}

/* The UTF-8 of c (at most U+10FFFF) appended to s: what
 * g_string_append_unichar() writes, without its general insert. */
static inline void
append_unichar(GString *s, gunichar c)
{
	char b[4];
	size_t n;

	if (c < 0x80) {
		b[0] = (char)c;
		n = 1;
	} else if (c < 0x800) {
		b[0] = (char)(0xC0 | (c >> 6));
		b[1] = (char)(0x80 | (c & 0x3F));
		n = 2;
	} else if (c < 0x10000) {
		b[0] = (char)(0xE0 | (c >> 12));
		b[1] = (char)(0x80 | ((c >> 6) & 0x3F));
		b[2] = (char)(0x80 | (c & 0x3F));
		n = 3;
	} else {
		b[0] = (char)(0xF0 | (c >> 18));
		b[1] = (char)(0x80 | ((c >> 12) & 0x3F));
		b[2] = (char)(0x80 | ((c >> 6) & 0x3F));
		b[3] = (char)(0x80 | (c & 0x3F));
		n = 4;
	}
	append_len(s, b, n);
}

/* "&#N;" (N decimal) appended to out: what g_string_append_printf(out,
 * "&#%u;", c) writes, without its cost. */
static void
append_charref(GString *out, gunichar c)
{
	char buf[16], *e = buf + sizeof(buf), *b = e;

	*--b = ';';
	do {
		*--b = (char)('0' + c % 10);
		c /= 10;
	} while (c);
	*--b = '#';
	*--b = '&';
	append_len(out, b, e - b);
}

/* At p (*p == '&'): write the reference the way an XML parser will take
 * it.  Returns the input bytes consumed. */
static size_t
fix_reference(const char *p, const char *end, GPtrArray *ents, GString *out, int *fdd0)
{
	const char *q = p + 1;
	char name[48];
	size_t n = 0;
	guint i;

	if (q < end && *q == '#') {
		int hex = 0, digits = 0;
		guint64 v = 0;

		q++;
		if (q < end && (*q == 'x' || *q == 'X')) {
			hex = 1;
			q++;
		}
		while (q < end && digits < 10 &&
		       (hex ? g_ascii_isxdigit(*q) : g_ascii_isdigit(*q))) {
			v = v * (hex ? 16 : 10) +
			    (guint64)(hex ? g_ascii_xdigit_value(*q) : g_ascii_digit_value(*q));
			q++;
			digits++;
		}
		if (digits && q < end && *q == ';') {
			gunichar c = (gunichar)v;

			if (v >= 0x80 && v <= 0x9F && cp1252_c1[v - 0x80])
				c = cp1252_c1[v - 0x80];
			if (v <= 0x10FFFF && valid_xml_char(c)) {
				if (c == 0xFDD0)
					*fdd0 = 1; /* the character of the marks */
				append_charref(out, c);
				return (size_t)(q + 1 - p);
			}
			return (size_t)(q + 1 - p); /* drop it */
		}
		g_string_append(out, "&#38;");
		return 1;
	}
	/* the common ones first: the same as the predefined[] below */
	if (end - q >= 3 && q[2] == ';' && q[1] == 't' && (q[0] == 'l' || q[0] == 'g')) {
		append_len(out, q[0] == 'l' ? "&#60;" : "&#62;", 5);
		return 4;
	}
	if (end - q >= 4 && !memcmp(q, "amp;", 4)) {
		append_len(out, "&#38;", 5);
		return 5;
	}
	while (q < end && is_name_char(*q) && n + 1 < sizeof(name))
		name[n++] = *q++;
	name[n] = '\0';
	if (n && q < end && *q == ';') {
		const htmlEntityDesc *he;

		static const char *const predefined[][2] = {
			{ "amp", "&#38;" },  { "lt", "&#60;" },   { "gt", "&#62;" },
			{ "quot", "&#34;" }, { "apos", "&#39;" },
		};

		/* as character references: libxml2 drops entity references,
		 * the predefined ones too, from text once the document has
		 * shown an error (its xmlParseReference()), not these */
		for (i = 0; i < G_N_ELEMENTS(predefined); i++) {
			if (!strcmp(name, predefined[i][0])) {
				g_string_append(out, predefined[i][1]);
				return (size_t)(q + 1 - p);
			}
		}
		for (i = 0; ents && i < ents->len; i++) {
			struct doc_entity *de = g_ptr_array_index(ents, i);

			if (!strcmp(de->name, name)) {
				append_escaped_text(out, de->value);
				return (size_t)(q + 1 - p);
			}
		}
		he = htmlEntityLookup((const xmlChar *)name);
		if (he) {
			append_charref(out, he->value);
			return (size_t)(q + 1 - p);
		}
	}
	g_string_append(out, "&#38;");
	return 1;
}

/* The first term ("]]>", "-->", "?>") in [p, end), or NULL: memmem()
 * without its set-up, for terms whose first byte is rare in text. */
static const char *
find_term(const char *p, const char *end, const char *term)
{
	size_t n = strlen(term);

	while (p < end && (p = memchr(p, term[0], (size_t)(end - p))) != NULL) {
		if ((size_t)(end - p) < n)
			return NULL;
		if (!memcmp(p, term, n))
			return p;
		p++;
	}
	return NULL;
}

/* The bytes of the character at p (before end) when XML forbids it: a
 * C0 control but tab, LF and CR, U+FFFE, U+FFFF; else 0. */
static inline size_t
xml_forbidden(const char *p, const char *end)
{
	unsigned char c = (unsigned char)*p;

	if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
		return 1;
	if (c == 0xEF && end - p >= 3 && (unsigned char)p[1] == 0xBF &&
	    ((unsigned char)p[2] == 0xBE || (unsigned char)p[2] == 0xBF))
		return 3;
	return 0;
}

/* The first byte in [p, end) that may start a character XML forbids
 * (xml_forbidden()): a C0 control but tab, LF and CR, or 0xEF; or end.
 * 16 bytes at a time with SSE2: a CDATA section is most of a feed. */
static inline const char *
forbidden_span(const char *p, const char *end)
{
#ifdef __SSE2__
	while (end - p >= 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
		__m128i ctl = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v);
		__m128i ok = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\t')),
		                                       _mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))),
		                          _mm_cmpeq_epi8(v, _mm_set1_epi8('\r')));
		int m = _mm_movemask_epi8(_mm_or_si128(
		        _mm_andnot_si128(ok, ctl), _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xEF))));

		if (m)
			return p + __builtin_ctz((unsigned)m);
		p += 16;
	}
#endif
	for (; p < end; p++) {
		unsigned char c = (unsigned char)*p;

		if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xEF)
			break;
	}
	return p;
}

/* p opens a comment, PI or CDATA section: copy it up to and including
 * term, which is looked for from open bytes on ("<!-->" does not close a
 * comment), without the characters XML forbids.  At one
 * of those libxml2 stops reading the section and reads the rest of it as
 * markup: a control character in a CDATA section lost a whole feed.  The
 * term is looked for in what is copied, as libxml2 will read it ("-\x01->"
 * is "-->").  Returns the new p. */
static const char *
copy_section(const char *p, const char *end, size_t open, const char *term, GString *out)
{
	const char *e = find_term(p + open, end, term), *q;
	size_t n = strlen(term), from;

	e = e ? e + n : end;
	for (q = forbidden_span(p + open, e); q < e; q = forbidden_span(q + 1, e)) {
		if (xml_forbidden(q, e))
			break;
	}
	if (q == e) {
		/* nothing to drop, the common case */
		append_len(out, p, e - p);
		return e;
	}
	from = out->len + open;
	append_len(out, p, q - p);
	while (q < end) {
		size_t k = xml_forbidden(q, end);

		if (k) {
			q += k;
			continue;
		}
		g_string_append_c(out, *q++);
		if (out->len >= from + n && !memcmp(out->str + out->len - n, term, n))
			break;
	}
	return q;
}

/* Whether the character at p (before end) may start a name, a PI's
 * target, as libxml2 2.9 reads one (xmlParseName(): XML 1.0 fifth
 * edition's NameStartChar). */
static int
name_start(const char *p, const char *end)
{
	gunichar c;

	if ((unsigned char)*p < 0x80)
		return g_ascii_isalpha(*p) || *p == '_' || *p == ':';
	c = g_utf8_get_char_validated(p, end - p); /* (gunichar)-1, -2: none */
	return (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF) ||
	       (c >= 0x370 && c <= 0x37D) || (c >= 0x37F && c <= 0x1FFF) ||
	       (c >= 0x200C && c <= 0x200D) || (c >= 0x2070 && c <= 0x218F) ||
	       (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF) ||
	       (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFFD) ||
	       (c >= 0x10000 && c <= 0xEFFFF);
}

/* End of a DOCTYPE starting at p, internal subset included. */
static const char *
doctype_end(const char *p, const char *end, const char **sub0, const char **sub1)
{
	const char *q = p;
	char quote = 0;

	*sub0 = *sub1 = NULL;
	for (; q < end; q++) {
		if (quote) {
			if (*q == quote)
				quote = 0;
			continue;
		}
		if (*q == '"' || *q == '\'') {
			quote = *q;
		} else if (*q == '[' && !*sub0) {
			const char *close = g_strstr_len(q, end - q, "]");

			*sub0 = q + 1;
			if (!close)
				return end;
			*sub1 = close;
			q = close;
		} else if (*q == '>') {
			return q + 1;
		}
	}
	return end;
}

/* Bytes parse_prepare() looks at; the others are copied in runs: '<',
 * '&', the C0 controls XML does not allow, and the lead bytes of the
 * C1 controls (0xC2) and of U+FFFE/U+FFFF (0xEF). */
static const unsigned char prep_stop[256] = {
	[0x00] = 1, [0x01] = 1, [0x02] = 1, [0x03] = 1, [0x04] = 1, [0x05] = 1, [0x06] = 1,
	[0x07] = 1, [0x08] = 1, [0x0B] = 1, [0x0C] = 1, [0x0E] = 1, [0x0F] = 1, [0x10] = 1,
	[0x11] = 1, [0x12] = 1, [0x13] = 1, [0x14] = 1, [0x15] = 1, [0x16] = 1, [0x17] = 1,
	[0x18] = 1, [0x19] = 1, [0x1A] = 1, [0x1B] = 1, [0x1C] = 1, [0x1D] = 1, [0x1E] = 1,
	[0x1F] = 1, ['<'] = 1,  ['&'] = 1,  [0xC2] = 1, [0xEF] = 1,
};

/* The first byte in [p, lim) that prep_stop[] names, or lim: with SSE2,
 * 16 bytes at a time. */
static inline const char *
prep_span(const char *p, const char *lim)
{
#ifdef __SSE2__
	const __m128i lt = _mm_set1_epi8('<'), amp = _mm_set1_epi8('&');
	const __m128i c2 = _mm_set1_epi8((char)0xC2), ef = _mm_set1_epi8((char)0xEF);
	const __m128i c1f = _mm_set1_epi8(0x1F), tab = _mm_set1_epi8('\t');
	const __m128i lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');

	while (lim - p >= 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
		/* bytes up to 0x1F but tab, LF and CR */
		__m128i ctl = _mm_cmpeq_epi8(_mm_min_epu8(v, c1f), v);
		__m128i ok =
		        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, tab), _mm_cmpeq_epi8(v, lf)),
		                     _mm_cmpeq_epi8(v, cr));
		__m128i stop =
		        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, lt), _mm_cmpeq_epi8(v, amp)),
		                     _mm_or_si128(_mm_cmpeq_epi8(v, c2), _mm_cmpeq_epi8(v, ef)));
		int m = _mm_movemask_epi8(_mm_or_si128(stop, _mm_andnot_si128(ok, ctl)));

		if (m)
			return p + __builtin_ctz((unsigned)m);
		p += 16;
	}
#endif
	while (p < lim && !prep_stop[(unsigned char)*p])
		p++;
	return p;
}

/* The text a mark stands for: a CDATA section's text in the document
 * (copy_cdata()), or element text as libxml2 would read it, in prep's
 * side buffer (mark_text()). */
struct mark {
	size_t off, len;
	int side; /* in prep's side buffer, not in the document */
};

/* A mark, in what libxml2 reads, stands for a CDATA section or element
 * text: U+FDD0 (a noncharacter, allowed in XML text) and 8 hex digits,
 * the text's index in prep's texts.  Only used in documents without
 * U+FDD0. */
#define MARK_START "\xEF\xB7\x90"
#define MARK_LEN   (3 + 8)
#define MARK_MIN   64 /* shorter texts are not worth a mark */

static int
has_mark(const char *s, size_t len)
{
	const char *p = s, *end = s + len;

	while ((p = memchr(p, 0xEF, end - p)) != NULL) {
		if (end - p >= 3 && !memcmp(p, MARK_START, 3))
			return 1;
		p++;
	}
	return 0;
}

/* Would libxml2 give the text of a CDATA section back byte for byte: no
 * CR (line ends are normalised), no character XML forbids? */
static int
cdata_verbatim(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + n;

#ifdef __SSE2__
	/* 16 bytes at a time while they hold no control but tab and LF and
	 * no 0xEF */
	while (end - p >= 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
		__m128i ctl = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v);
		__m128i ok = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\t')),
		                          _mm_cmpeq_epi8(v, _mm_set1_epi8('\n')));

		if (_mm_movemask_epi8(_mm_or_si128(_mm_andnot_si128(ok, ctl),
		                                   _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xEF)))))
			break;
		p += 16;
	}
#endif
	while (p < end) {
		if (end - p >= 8) {
			guint64 w;

			memcpy(&w, p, 8);
			/* no control and no 0xEF in the 8 */
			if (!(((w - 0x2020202020202020ULL) & ~w & 0x8080808080808080ULL) ||
			      (((w ^ 0xEFEFEFEFEFEFEFEFULL) - 0x0101010101010101ULL) &
			       ~(w ^ 0xEFEFEFEFEFEFEFEFULL) & 0x8080808080808080ULL))) {
				p += 8;
				continue;
			}
		}
		if (*p < 0x20 && *p != '\t' && *p != '\n')
			return 0;
		if (*p == 0xEF && end - p >= 3 && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF))
			return 0; /* U+FFFE, U+FFFF */
		p++;
	}
	return 1;
}

/* The document made ready for libxml2 (see the file comment), a piece at
 * a time: prep_run() appends to out, which the caller feeds to the parser
 * and empties, so the whole prepared document is never held at once. */
struct prep {
	const char *p, *end;
	const char *start;   /* the document */
	GPtrArray *ents;     /* <!ENTITY> of the DOCTYPE */
	GArray *texts;       /* of struct mark: texts libxml2 sees as marks */
	GString *side;       /* texts of the marks that are not in the document */
	size_t side_dropped; /* bytes of side dropped by prep_drop_read() */
	guint live_from;     /* marks before this one are read and gone */
	GString *tmp;
	int marks;           /* texts may become marks (copy_cdata(), mark_text()) */
	int fdd0;            /* a reference gave U+FDD0: marks are ambiguous */
	const char *text_at; /* element text starts here (after a plain tag) */
	GString *out;        /* prepared bytes not yet handed on */
	size_t done;         /* prepared bytes handed on */
	size_t cap;          /* prepared bytes at most */
	int stop_at_entry;   /* prep_run() returns before an entry start tag */
	const char *passed;  /* ... but not before this one again */
	int attrs_over;      /* the document was cut before a start tag of more
	                      * than SW_MAX_XML_ATTRS attributes */
	GArray *hidden;      /* of struct hidden, in the order written */
	guint lead_lines;    /* ... and those before the first byte it reads */
};

/* Line ends of the document that libxml2 does not see: those of a mark's
 * text or a DOCTYPE (and lead_lines, of the XML declaration and the
 * blanks before it); and, as negative lines, those it sees that the
 * document does not have there: a DOCTYPE entity's, written where it is
 * named (prep_added()).  An error libxml2 reports at line n of the
 * prepared bytes, past out_off (at it, for a DOCTYPE), is at line
 * n + lines of the document (error_line()). */
struct hidden {
	size_t out_off; /* prepared bytes before the place */
	gint lines;
	guint lead; /* ... of them in the blanks a mark's text starts with */
	int before; /* a DOCTYPE: the byte at out_off comes after it */
};

static int
is_xml_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Line ends in [p, end) as libxml2 counts them: LF, so CR LF too, but
 * not a lone CR, which it steps over uncounted (xmllint gives "<a>\r<b>"
 * line 1), in the bytes it reads as in those it does not (memchr(): a
 * mark's text is read for them at every mark). */
static guint
count_lines(const char *p, const char *end)
{
	const char *q;
	guint n = 0;

	for (q = p; q < end && (q = memchr(q, '\n', (size_t)(end - q))) != NULL; q++)
		n++;
	return n;
}

/* [p, end) of the document is not in what libxml2 reads, whose next
 * byte is at at: a mark (before 0) or a DOCTYPE (before 1); lead lines
 * of it before the first character libxml2 would not step over as a
 * blank after the root (mark_text()). */
static void
prep_hide(struct prep *pr, const char *p, const char *end, size_t at, int before, guint lead)
{
	struct hidden h = { at, (gint)count_lines(p, end), lead, before };

	if (h.lines)
		g_array_append_val(pr->hidden, h);
}

/* libxml2 reads n line ends from at on that the document does not have
 * there (an entity's, written out by fix_reference()). */
static void
prep_added(struct prep *pr, size_t at, guint n)
{
	struct hidden h = { at, -(gint)n, 0, 0 };

	if (n)
		g_array_append_val(pr->hidden, h);
}

static void
prep_init(struct prep *pr, const char *s, size_t len)
{
	const char *p = s, *end = s + len;

	memset(pr, 0, sizeof(*pr));
	pr->out = g_string_sized_new(MIN(len, 4 * (size_t)SW_PARSE_CHUNK) + 16);
	/* a fetched body keeps the old bound; a bigger file twice its size */
	pr->cap = MAX((size_t)SW_MAX_EXPANDED, 2 * len);
	pr->ents = g_ptr_array_new_with_free_func(doc_entity_free);
	pr->texts = g_array_new(FALSE, FALSE, sizeof(struct mark));
	pr->side = g_string_new(NULL);
	pr->tmp = g_string_new(NULL);
	pr->hidden = g_array_new(FALSE, FALSE, sizeof(struct hidden));
	pr->start = s;
	pr->marks = !has_mark(s, len);
	/* the declaration, and any that follows it (feeds run together):
	 * libxml2 would take the second for the document's and read the
	 * UTF-8 made here in its encoding */
	for (;;) {
		const char *q = p, *e;

		while (q < end && g_ascii_isspace(*q))
			q++;
		if (end - q <= 5 || strncmp(q, "<?xml", 5) || !g_ascii_isspace(q[5]))
			break;
		e = g_strstr_len(q, end - q, "?>");
		p = e ? e + 2 : end;
	}
	if (p == s)
		while (p < end && g_ascii_isspace(*p))
			p++;
	pr->lead_lines = count_lines(s, p);
	pr->p = p;
	pr->end = end;
}

static void
prep_clear(struct prep *pr)
{
	g_string_free(pr->out, TRUE);
	g_ptr_array_free(pr->ents, TRUE);
	g_array_free(pr->texts, TRUE);
	g_string_free(pr->side, TRUE);
	g_string_free(pr->tmp, TRUE);
	g_array_free(pr->hidden, TRUE);
}

static inline int
is_tag_name_byte(unsigned char c)
{
	return g_ascii_isalnum(c) || c == '_' || c == '-' || c == '.' || c == ':' || c >= 0x80;
}

static void
put_mark(struct prep *pr, struct mark *sp, GString *out)
{
	static const char hex[] = "0123456789abcdef";
	char buf[MARK_LEN];
	guint v = pr->texts->len;
	int i;

	/* MARK_START "%08x" */
	memcpy(buf, MARK_START, 3);
	for (i = MARK_LEN - 1; i >= 3; i--, v >>= 4)
		buf[i] = hex[v & 0xF];
	g_array_append_val(pr->texts, *sp);
	append_len(out, buf, MARK_LEN);
}

/* p is "<![CDATA[": copy the section, or, when it is the whole start of
 * an element's text and plain (cdata_verbatim()), write a mark in its
 * place and keep where it is: libxml2 then reads a few bytes instead of
 * every character of it, and restore_marks() puts the text back into the
 * tree before anything reads it.  Returns the new p. */
static const char *
copy_cdata(struct prep *pr, const char *p, GString *out)
{
	const char *t = p + 9, *e;
	struct mark sp;

	e = find_term(t, pr->end, "]]>");
	if (!e || !pr->marks || p == pr->start || p[-1] != '>' || e - t < MARK_MIN ||
	    e - t > SW_MAX_FIELD || !cdata_verbatim(t, (size_t)(e - t)))
		return copy_section(p, pr->end, 9, "]]>", out);
	sp.off = (size_t)(t - pr->start);
	sp.len = (size_t)(e - t);
	sp.side = 0;
	append_len(out, "<![CDATA[", 9);
	prep_hide(pr, t, e, pr->done + out->len, 0, 0);
	put_mark(pr, &sp, out);
	append_len(out, "]]>", 3);
	return e + 3;
}

/* q is just past a start tag's name: just past the tag when its
 * attributes are plain (name = "value" or 'value', whitespace between,
 * no '<' in a value, names at most max_name bytes), *empty telling "/>";
 * else NULL.  plain_tag_end() and skip_element() read tags this way. */
static const char *
plain_attrs_end(const char *q, const char *end, size_t max_name, int *empty)
{
	*empty = 0;
	for (;;) {
		const char *a0 = q, *v;

		while (q < end && is_xml_space(*q))
			q++;
		if (q >= end)
			return NULL;
		if (*q == '>')
			return q + 1;
		if (*q == '/') {
			*empty = 1;
			return q + 1 < end && q[1] == '>' ? q + 2 : NULL;
		}
		if (q == a0 || !(g_ascii_isalpha(*q) || *q == '_' || *q == ':'))
			return NULL;
		a0 = q;
		while (q < end && is_tag_name_byte((unsigned char)*q))
			q++;
		if ((size_t)(q - a0) > max_name)
			return NULL;
		while (q < end && is_xml_space(*q))
			q++;
		if (q >= end || *q != '=')
			return NULL;
		q++;
		while (q < end && is_xml_space(*q))
			q++;
		if (q >= end || (*q != '"' && *q != '\''))
			return NULL;
		v = memchr(q + 1, *q, end - q - 1);
		if (!v || memchr(q + 1, '<', v - q - 1))
			return NULL;
		q = v + 1;
	}
}

/* p is '<' and a start or end tag: just past it when plainly well-formed
 * (a name; attributes as plain_attrs_end() reads them), else NULL.  Text
 * that follows such a tag is element text for sure. */
static const char *
plain_tag_end(const char *p, const char *end)
{
	const char *q = p + 1;
	int close = q < end && *q == '/', empty;

	if (close)
		q++;
	if (q >= end || !(g_ascii_isalpha(*q) || *q == '_' || *q == ':'))
		return NULL;
	while (q < end && is_tag_name_byte((unsigned char)*q))
		q++;
	if (!close)
		return plain_attrs_end(q, end, (size_t)-1, &empty);
	while (q < end && is_xml_space(*q))
		q++;
	return q < end && *q == '>' ? q + 1 : NULL;
}

/* p is '<' and a name: does the start tag hold more than max attributes
 * (namespace declarations too)?  libxml2 2.9 compares each with every one
 * before it.  Counted as name = "value" or 'value' up to the tag's end,
 * not only while plain (plain_attrs_end()): libxml2 reads on past a name
 * of letters beyond ASCII (ä1="") and past a '<' in a value, reporting
 * it, so a tag of 100,000 such took 20 s all the same.  Not counted past
 * what it does not read on from: a name with no value, no quote. */
static int
tag_attrs_over(const char *p, const char *end, int max)
{
	const char *q = p + 1, *v, *a0;
	int n = 0;

	while (q < end && is_tag_name_byte((unsigned char)*q))
		q++;
	for (;;) {
		while (q < end && is_xml_space(*q))
			q++;
		a0 = q;
		while (q < end && !is_xml_space(*q) && !strchr("=>/<\"'", *q))
			q++;
		if (q == a0)
			return 0; /* the end of the tag, or what ends reading it */
		while (q < end && is_xml_space(*q))
			q++;
		if (q >= end || *q != '=')
			return 0;
		q++;
		while (q < end && is_xml_space(*q))
			q++;
		if (q >= end || (*q != '"' && *q != '\''))
			return 0;
		v = memchr(q + 1, *q, end - q - 1);
		if (!v)
			return 0;
		if (++n > max)
			return 1;
		q = v + 1;
	}
}

/* One byte (or character) of text at p, before end, as the parser should
 * get it, appended to out; the bytes read.  Control characters XML does
 * not allow are dropped, C1 controls (a windows-1252 document declared
 * UTF-8) become what windows-1252 means by them, U+FFFE and U+FFFF are
 * dropped, anything else is copied. */
static size_t
fix_byte(const char *p, const char *end, GString *out)
{
	unsigned char c = (unsigned char)*p;
	size_t k = xml_forbidden(p, end);

	if (k)
		return k;
	if (c == 0xC2 && p + 1 < end && (unsigned char)p[1] >= 0x80 &&
	    (unsigned char)p[1] <= 0x9F) {
		gunichar u = cp1252_c1[(unsigned char)p[1] - 0x80];

		if (u)
			append_unichar(out, u);
		else
			append_len(out, p, 2);
		return 2;
	}
	g_string_append_c(out, (char)c);
	return 1;
}

/* The reference at p written to out (fix_reference()), whose first byte
 * is at prepared byte at: the bytes read.  The line ends of a DOCTYPE
 * entity written out are noted (prep_added()); no other reference is
 * written with one (character references stay references). */
static size_t
prep_reference(struct prep *pr, const char *p, GString *out, size_t at)
{
	size_t o = out->len, n = fix_reference(p, pr->end, pr->ents, out, &pr->fdd0);

	if (pr->ents->len)
		prep_added(pr, at + o, count_lines(out->str + o, out->str + out->len));
	return n;
}

/* What prep_run() writes for [p, lt), text with no '<' in it, appended
 * to out, which goes to pr->out as it is or not at all (a mark takes its
 * place: mark_text() drops what prep_reference() noted); 0 (out holding
 * part of it) as soon as out is longer than max bytes: DOCTYPE entities
 * can make a short text very long. */
static int
prep_text(struct prep *pr, const char *p, const char *lt, GString *out, size_t max)
{
	while (p < lt) {
		unsigned char c = (unsigned char)*p;
		const char *run = p;

		if (out->len > max)
			return 0;

		p = prep_span(p, lt);
		if (p > run) {
			append_len(out, run, p - run);
			continue;
		}
		if (c == '&')
			p += prep_reference(pr, p, out, pr->done + pr->out->len);
		else
			p += fix_byte(p, lt, out);
	}
	return out->len <= max;
}

/* The characters libxml2 gives for prepared text s, appended to out; 0
 * when s holds what this does not read.  The only references prep_text()
 * leaves are decimal &#N; (fix_reference() writes the predefined five
 * that way too); &lt; &gt; &amp; &quot; &apos; are read all the same. */
static int
decode_prepared(const char *s, size_t n, GString *out)
{
	const char *p = s, *end = s + n;

	while (p < end) {
		const char *amp = memchr(p, '&', end - p), *semi;

		if (!amp) {
			append_len(out, p, end - p);
			return 1;
		}
		append_len(out, p, amp - p);
		semi = memchr(amp, ';', MIN((size_t)(end - amp), 16));
		if (!semi)
			return 0;
		if (semi - amp == 3 && !memcmp(amp, "&lt", 3)) {
			g_string_append_c(out, '<');
		} else if (semi - amp == 3 && !memcmp(amp, "&gt", 3)) {
			g_string_append_c(out, '>');
		} else if (semi - amp == 4 && !memcmp(amp, "&amp", 4)) {
			g_string_append_c(out, '&');
		} else if (semi - amp == 5 && !memcmp(amp, "&quot", 5)) {
			g_string_append_c(out, '"');
		} else if (semi - amp == 5 && !memcmp(amp, "&apos", 5)) {
			g_string_append_c(out, '\'');
		} else if (amp[1] == '#' && semi - amp > 2) {
			guint64 v = 0;
			const char *d;

			for (d = amp + 2; d < semi; d++) {
				if (!g_ascii_isdigit(*d))
					return 0;
				v = v * 10 + (guint64)(*d - '0');
			}
			if (v > 0x10FFFF || !valid_xml_char((gunichar)v))
				return 0;
			append_unichar(out, (gunichar)v);
		} else {
			return 0;
		}
		p = semi + 1;
	}
	return 1;
}

/* p starts element text (pr->text_at): when it runs 64 bytes and more to
 * the next '<', write what libxml2 would read from it (decode_prepared())
 * to the side buffer and a mark in its place; or, when the prepared text
 * holds a CR (libxml2 changes line ends), "]]>" (an error) or only
 * whitespace, the prepared text itself.  Returns the new p, or NULL when
 * the text is not for marking. */
static const char *
mark_text(struct prep *pr, const char *p, GString *out)
{
	const char *lt = memchr(p, '<', pr->end - p), *s, *e;
	struct mark sp;
	GString *t = pr->tmp;
	size_t used = pr->done + out->len + pr->side_dropped + pr->side->len, max;
	size_t at = pr->done + out->len; /* where its mark goes */
	guint h0 = pr->hidden->len, i;
	gint lead;

	if (!lt || lt - p < MARK_MIN || lt - p > SW_MAX_FIELD || used >= pr->cap)
		return NULL;
	/* the text and its decoded copy in the side buffer count against the
	 * document's cap; a longer one is left to prep_run(), which stops at
	 * the cap */
	max = MIN((size_t)SW_MAX_FIELD, pr->cap - used);
	g_string_truncate(t, 0);
	if (!prep_text(pr, p, lt, t, max)) {
		g_array_set_size(pr->hidden, h0);
		return NULL;
	}
	for (s = t->str, e = s + t->len; s < e && g_ascii_isspace(*s); s++)
		;
	sp.off = pr->side->len;
	if (s == e || memchr(t->str, '\r', t->len) || find_term(t->str, e, "]]>") ||
	    !decode_prepared(t->str, t->len, pr->side)) {
		g_string_truncate(pr->side, sp.off);
		append_len(out, t->str, t->len);
		return lt;
	}
	/* the lines before its first character but blanks, as without the
	 * mark: in what libxml2 would read (the characters XML forbids
	 * dropped, references written out) less an entity's there */
	lead = (gint)count_lines(t->str, s);
	for (i = h0; i < pr->hidden->len; i++) {
		const struct hidden *h = &g_array_index(pr->hidden, struct hidden, i);

		if (h->out_off < at + (size_t)(s - t->str))
			lead += h->lines;
	}
	g_array_set_size(pr->hidden, h0);
	sp.len = pr->side->len - sp.off;
	sp.side = 1;
	prep_hide(pr, p, lt, at, 0, (guint)MAX(lead, 0));
	put_mark(pr, &sp, out);
	return lt;
}

#ifndef PREP_DROP_MIN
/* read bytes in the side buffer before prep_drop_read() drops them (the
 * fuzz targets build with a small one, to go through it often) */
#define PREP_DROP_MIN (256 * 1024)
#endif

/* Marks below read are read and gone (sax_end()): drop their texts from
 * the side buffer once that is worth a move of the rest, so that a big
 * document's side buffer stays the size of what is not yet read. */
static void
prep_drop_read(struct prep *pr, guint read)
{
	size_t cut = 0;
	guint i;

	for (i = MIN(read, pr->texts->len); i > pr->live_from; i--) {
		const struct mark *m = &g_array_index(pr->texts, struct mark, i - 1);

		if (m->side) {
			cut = m->off + m->len;
			break;
		}
	}
	if (cut < PREP_DROP_MIN || cut < pr->side->len / 2)
		return;
	g_string_erase(pr->side, 0, (gssize)cut);
	pr->side_dropped += cut;
	for (i = read; i < pr->texts->len; i++) {
		struct mark *m = &g_array_index(pr->texts, struct mark, i);

		if (m->side)
			m->off -= cut;
	}
	pr->live_from = read;
}

/* Is p the start tag of an entry the way sax_start() names them (no
 * prefix: "item" in any case, "entry")? */
static int
entry_start_tag(const char *p, const char *end)
{
	size_t n;

	if (end - p >= 6 && !g_ascii_strncasecmp(p + 1, "item", 4))
		n = 5;
	else if (end - p >= 7 && !strncmp(p + 1, "entry", 5))
		n = 6;
	else
		return 0;
	return p[n] == '>' || p[n] == '/' || p[n] == ' ' || p[n] == '\t' || p[n] == '\n' ||
	       p[n] == '\r';
}

/* Prepare until out holds want bytes or the input ends (0), or, with
 * stop_at_entry, until the next byte is an entry start tag (1). */
static int
prep_run(struct prep *pr, size_t want)
{
	const char *p = pr->p, *end = pr->end;
	GString *out = pr->out;
	int stopped = 0;

	while (p < end) {
		const char *lim;
		unsigned char c = (unsigned char)*p;
		const char *run = p;

		/* marked texts (the side buffer) count too */
		if (pr->done + out->len + pr->side_dropped + pr->side->len > pr->cap) {
			p = end;
			break;
		}
		if (out->len >= want)
			break;
		if (p == pr->text_at && pr->marks) {
			const char *q = mark_text(pr, p, out);

			if (q) {
				p = q;
				continue;
			}
		}
		/* a run ends where element text starts, to be looked at */
		lim = pr->text_at > p ? pr->text_at : end;
		p = prep_span(p, lim);
		if (p > run) {
			append_len(out, run, p - run);
			continue;
		}
		if (c == '<' && pr->stop_at_entry && p != pr->passed && entry_start_tag(p, end)) {
			stopped = 1;
			break;
		}
		if (c == '<' && end - p >= 2 && p[1] != '/' &&
		    is_tag_name_byte((unsigned char)p[1]) &&
		    tag_attrs_over(p, end, SW_MAX_XML_ATTRS)) {
			/* libxml2 would take seconds over it: the document
			 * ends here, what came before is read */
			pr->attrs_over = 1;
			p = end;
			break;
		}
		if (c == '<' && end - p >= 2 && (g_ascii_isalpha(p[1]) || p[1] == '/')) {
			/* the common case: a start or end tag, copied as is */
			if (pr->marks)
				pr->text_at = plain_tag_end(p, end);
			g_string_append_c(out, '<');
			p++;
			continue;
		}
		if (c == '<' && end - p >= 4 && !strncmp(p, "<!--", 4)) {
			/* the "-->" after the "<!--", as XML (libxml2) reads
			 * it: "<!-->" and "<!--->" open a comment and do not
			 * close it.  Taken for whole comments, what follows
			 * was element text here and comment to libxml2, which
			 * read on through a mark and lost the "-->" in it
			 * (fuzz_parse: marks changed the parse) */
			size_t c0 = out->len;

			p = copy_section(p, end, 4, "-->", out);
			/* "--" in it, which XML forbids (its last "-" and the
			 * "-->" too: "<!--a--->"): libxml2 2.9 ends such a
			 * comment at the first "-->" when a character beyond
			 * ASCII came before, else it steps over the "--" and
			 * may miss it ("<!----->" runs on).  Where it ends is
			 * not sure, so no more marks, as after "<!" */
			if (out->len - c0 > 7 &&
			    g_strstr_len(out->str + c0 + 4, (gssize)(out->len - c0 - 6), "--")) {
				pr->marks = 0;
				pr->text_at = NULL;
			}
		} else if (c == '<' && end - p >= 9 && !strncmp(p, "<![CDATA[", 9)) {
			p = copy_cdata(pr, p, out);
		} else if (c == '<' && end - p >= 9 && !g_ascii_strncasecmp(p, "<!DOCTYPE", 9)) {
			const char *s0, *s1, *d = p;

			p = doctype_end(p + 9, end, &s0, &s1);
			prep_hide(pr, d, p, pr->done + out->len, 1, 0);
			if (s0 && s1)
				read_doc_entities(s0, s1, pr->ents);
		} else if (c == '<' && end - p >= 2 && p[1] == '?') {
			if (end - p >= 3 && name_start(p + 2, end)) {
				p = copy_section(p, end, 1, "?>", out);
			} else {
				/* "<?>", "<? ", "<?1" are no PIs to libxml2,
				 * which reads on after the "<?" as text and
				 * markup ("<? <!-- ?>" opens a comment, "&#xFDD0;"
				 * is the marks' character): so does this, with
				 * no more marks, as after "<!".  Copied as a PI,
				 * a mark could hide a comment's end, and the
				 * U+FDD0 of a reference was taken for a mark */
				pr->marks = 0;
				pr->text_at = NULL;
				append_len(out, p, 2);
				p += 2;
			}
		} else if (c == '<' && end - p >= 2 && p[1] == '!') {
			/* "<!" that opens no comment, CDATA section or DOCTYPE
			 * here, but may once a control character in it is
			 * dropped ("<!\x01[CDATA["): what follows is no longer
			 * surely element text, so no more marks, which would
			 * put it in decoded */
			pr->marks = 0;
			pr->text_at = NULL;
			g_string_append_c(out, '<');
			p++;
		} else if (c == '<' &&
		           (p + 1 >= end ||
		            !(g_ascii_isalpha(p[1]) || p[1] == '_' || p[1] == ':' || p[1] == '/' ||
		              p[1] == '!' || p[1] == '?' || (unsigned char)p[1] >= 0x80))) {
			/* "a < b", "<3": text, not a tag */
			g_string_append(out, "&#60;");
			p++;
		} else if (c == '&') {
			p += prep_reference(pr, p, out, pr->done);
		} else {
			p += fix_byte(p, end, out);
		}
	}
	pr->p = p;
	return stopped;
}

/* p is an element's start tag in the raw (unprepared) document: the end of
 * the element when it is plainly well-formed (names, attributes, comments,
 * CDATA and PIs as XML has them, every end tag matching, under SW_MAX_FIELD
 * bytes and SW_MAX_XML_DEPTH levels), else NULL.  What libxml2 would read
 * in it does not matter, only that it reads it as this one element. */
static const char *
skip_element(const char *p, const char *end)
{
	const char *name[SW_MAX_XML_DEPTH];
	size_t nlen[SW_MAX_XML_DEPTH];
	int depth = 0;

	if ((size_t)(end - p) > SW_MAX_FIELD)
		end = p + SW_MAX_FIELD;
	while (p && p < end) {
		const char *q;

		if (end - p >= 4 && !memcmp(p, "<!--", 4)) {
			q = find_term(p + 4, end, "-->");
			p = q ? q + 3 : NULL;
		} else if (end - p >= 9 && !memcmp(p, "<![CDATA[", 9)) {
			q = find_term(p + 9, end, "]]>");
			p = q ? q + 3 : NULL;
		} else if (end - p >= 2 && p[1] == '?') {
			q = find_term(p + 2, end, "?>");
			p = q ? q + 2 : NULL;
		} else if (end - p >= 2 && p[1] == '!') {
			return NULL; /* a DOCTYPE or worse inside an entry */
		} else if (end - p >= 2 && p[1] == '/') {
			const char *n0 = p + 2;

			for (q = n0; q < end && is_tag_name_byte((unsigned char)*q); q++)
				;
			if (!depth || (size_t)(q - n0) != nlen[depth - 1] ||
			    memcmp(n0, name[depth - 1], nlen[depth - 1]))
				return NULL;
			while (q < end && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r'))
				q++;
			if (q >= end || *q != '>')
				return NULL;
			p = q + 1;
			if (!--depth)
				return p;
		} else if (end - p >= 2 && (g_ascii_isalpha(p[1]) || p[1] == '_' || p[1] == ':' ||
		                            (unsigned char)p[1] >= 0x80)) {
			const char *n0 = p + 1;
			int empty = 0;

			for (q = n0; q < end && is_tag_name_byte((unsigned char)*q); q++)
				;
			if (q - n0 > SW_MAX_SKIP_NAME)
				return NULL;
			p = plain_attrs_end(q, end, SW_MAX_SKIP_NAME, &empty);
			if (!p)
				return NULL;
			if (!empty) {
				if (depth >= SW_MAX_XML_DEPTH)
					return NULL;
				name[depth] = n0;
				/* the name ends before the attributes */
				for (nlen[depth] = 0;
				     is_tag_name_byte((unsigned char)n0[nlen[depth]]);
				     nlen[depth]++)
					;
				depth++;
			} else if (!depth) {
				return p;
			}
		} else if (depth) {
			p++; /* "a < b": text */
		} else {
			return NULL;
		}
		if (p)
			p = memchr(p, '<', end - p);
	}
	return NULL;
}

/* ------------------------------------------------------------ tag tables */

enum feed_kind {
	KIND_UNKNOWN,
	KIND_RSS,
	KIND_RDF,
	KIND_ATOM03,
	KIND_ATOM10,
	KIND_CDF,
};

/* Entry fields, in the order the builder keeps them. */
enum efield {
	EF_TITLE,
	EF_LINK,
	EF_ID,
	EF_PUBLISHED,
	EF_UPDATED,
	EF_AUTHOR,
	EF_SUMMARY,
	EF_CONTENT,
	EF_LANG,
	EF_NFIELDS
};

/* How an element's value is read. */
enum how {
	HOW_TEXT,   /* text or markup: Atom type rules, RSS guesses */
	HOW_HTML,   /* always HTML (RSS description, content:encoded) */
	HOW_PLAIN,  /* trimmed text (ids, dates) */
	HOW_LINK,   /* RSS <link> text, or Atom <link href rel> */
	HOW_GUID,   /* RSS guid: id, and link when a permalink */
	HOW_PERSON, /* Atom person construct: its <name> */
	HOW_EMAIL,  /* RSS "email (Name)" or dc:creator text */
	HOW_DATE,
};

struct tag {
	const char *name; /* prefix:local, lower case, sorted */
	int field;
	int rank; /* higher wins; equal: the later wins */
	enum how how;
};

static const struct tag entry_tags[] = {
	{ "abstract", EF_SUMMARY, 2, HOW_TEXT },
	{ "atom:author", EF_AUTHOR, 2, HOW_PERSON },
	{ "atom:content", EF_CONTENT, 2, HOW_TEXT },
	{ "atom:id", EF_ID, 1, HOW_PLAIN },
	{ "atom:link", EF_LINK, 1, HOW_LINK },
	{ "atom:published", EF_PUBLISHED, 2, HOW_DATE },
	{ "atom:summary", EF_SUMMARY, 1, HOW_TEXT },
	{ "atom:title", EF_TITLE, 1, HOW_TEXT },
	{ "atom:updated", EF_UPDATED, 2, HOW_DATE },
	{ "author", EF_AUTHOR, 2, HOW_PERSON },
	{ "content", EF_CONTENT, 2, HOW_TEXT },
	{ "content:encoded", EF_CONTENT, 3, HOW_HTML },
	{ "dc:author", EF_AUTHOR, 2, HOW_EMAIL },
	{ "dc:creator", EF_AUTHOR, 2, HOW_EMAIL },
	{ "dc:date", EF_UPDATED, 1, HOW_DATE },
	{ "dc:description", EF_SUMMARY, 1, HOW_HTML },
	{ "dc:language", EF_LANG, 1, HOW_PLAIN },
	{ "dc:title", EF_TITLE, 2, HOW_TEXT },
	{ "dcterms:issued", EF_PUBLISHED, 1, HOW_DATE },
	{ "dcterms:modified", EF_UPDATED, 1, HOW_DATE },
	{ "description", EF_SUMMARY, 2, HOW_HTML },
	{ "fullitem", EF_CONTENT, 2, HOW_HTML },
	{ "guid", EF_ID, 2, HOW_GUID },
	{ "id", EF_ID, 2, HOW_PLAIN },
	{ "issued", EF_PUBLISHED, 2, HOW_DATE },
	{ "itunes:author", EF_AUTHOR, 1, HOW_EMAIL },
	{ "itunes:summary", EF_SUMMARY, 1, HOW_TEXT },
	{ "link", EF_LINK, 2, HOW_LINK },
	{ "media:description", EF_SUMMARY, 0, HOW_TEXT },
	{ "media:title", EF_TITLE, 0, HOW_TEXT },
	{ "modified", EF_UPDATED, 2, HOW_DATE },
	{ "pubdate", EF_PUBLISHED, 2, HOW_DATE },
	{ "published", EF_PUBLISHED, 2, HOW_DATE },
	{ "summary", EF_SUMMARY, 2, HOW_TEXT },
	{ "title", EF_TITLE, 2, HOW_TEXT },
	{ "updated", EF_UPDATED, 2, HOW_DATE },
	{ "xhtml:body", EF_CONTENT, 2, HOW_HTML },
};

/* Feed (channel) fields. */
enum ffield {
	FF_TITLE,
	FF_LINK,
	FF_LANG,
	FF_TTL,
	FF_SY_PERIOD,
	FF_SY_FREQUENCY,
	FF_SKIP_HOURS,
	FF_SKIP_DAYS,
	FF_NFIELDS
};

static const struct tag feed_tags[] = {
	{ "atom:link", FF_LINK, 1, HOW_LINK },
	{ "atom:title", FF_TITLE, 1, HOW_TEXT },
	{ "dc:language", FF_LANG, 1, HOW_PLAIN },
	{ "dc:title", FF_TITLE, 2, HOW_TEXT },
	{ "language", FF_LANG, 2, HOW_PLAIN },
	{ "link", FF_LINK, 2, HOW_LINK },
	{ "skipdays", FF_SKIP_DAYS, 2, HOW_PLAIN },
	{ "skiphours", FF_SKIP_HOURS, 2, HOW_PLAIN },
	{ "sy:updatefrequency", FF_SY_FREQUENCY, 2, HOW_PLAIN },
	{ "sy:updateperiod", FF_SY_PERIOD, 2, HOW_PLAIN },
	{ "title", FF_TITLE, 2, HOW_TEXT },
	{ "ttl", FF_TTL, 2, HOW_PLAIN },
};

/* Namespace URIs to the prefixes the tables use.  "" means the feed's own
 * vocabulary.  Sorted by URI. */
static const struct {
	const char *uri;
	const char *prefix;
} ns_prefixes[] = {
	{ "http://backend.userland.com/rss2", "" },
	{ "http://blogs.law.harvard.edu/tech/rss", "" },
	{ "http://my.netscape.com/rdf/simple/0.9/", "" },
	{ "http://purl.org/atom/ns#", "atom" },
	{ "http://purl.org/dc/elements/1.1/", "dc" },
	{ "http://purl.org/dc/terms/", "dcterms" },
	{ "http://purl.org/rss/1.0/", "" },
	{ "http://purl.org/rss/1.0/modules/content/", "content" },
	{ "http://purl.org/rss/1.0/modules/syndication/", "sy" },
	{ "http://search.yahoo.com/mrss", "media" },
	{ "http://search.yahoo.com/mrss/", "media" },
	{ "http://www.itunes.com/dtds/podcast-1.0.dtd", "itunes" },
	{ "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdf" },
	{ "http://www.w3.org/1999/xhtml", "xhtml" },
	{ "http://www.w3.org/2005/Atom", "atom" },
};

#define NS_ATOM10 "http://www.w3.org/2005/Atom"
#define NS_ATOM03 "http://purl.org/atom/ns#"
#define NS_XHTML  "http://www.w3.org/1999/xhtml"

static int
cmp_tag(const void *key, const void *elem)
{
	const struct tag *t = elem;
	const unsigned char *a = key, *b = (const unsigned char *)t->name;

	/* strcmp()'s order; most probes differ in the first byte */
	return *a != *b ? *a - *b : strcmp(key, t->name);
}

static int
cmp_ns(const void *key, const void *elem)
{
	const char *const *e = elem;

	return strcmp(key, *e);
}

static const struct tag *
find_tag(const struct tag *table, size_t n, const char *key)
{
	return bsearch(key, table, n, sizeof(*table), cmp_tag);
}

/* ------------------------------------------------------------ state */

struct slot {
	char *val;
	int rank;
	int html; /* val is markup */
	int set;
};

/* What an element name meant, remembered (tag_of()). */
#define TAG_MEMO      64
#define TAG_MEMO_NAME 24
struct tag_memo {
	const xmlChar *name;      /* node->name: libxml2's dictionary string */
	char copy[TAG_MEMO_NAME]; /* ... and its text, to be sure */
	const char *uri;          /* its namespace (an ns_prefixes URI), or NULL */
	const struct tag *table;  /* entry_tags or feed_tags */
	const struct tag *hit;    /* what find_tag() gave, NULL for nothing */
};

/* The uids of a feed's entries so far, each with how many entries had it:
 * open addressing, the keys borrowed from the entries. */
struct uid_slot {
	const char *key; /* NULL: free */
	guint hash;
	guint count;
};

struct uid_table {
	struct uid_slot *slots;
	guint cap; /* a power of two, or 0 */
	guint used;
};

struct pstate {
	struct sw_feed *feed;
	enum feed_kind kind;
	GString *warn;
	struct uid_table uids; /* uid -> count, for duplicates */
	const char *base_url;
	struct slot ff[FF_NFIELDS];
	int root_seen;
	char root[64];       /* the root element's name, for errors */
	int too_many;        /* SW_MAX_ENTRIES reached */
	guint skip_depth;    /* inside an entry past the cap: no tree built */
	guint entry_seq;     /* entries started so far */
	GArray *entry_order; /* of guint: start number of each entry */
	int xml_errors;
	int err_line;            /* libxml2's first error: its line, */
	size_t err_off;          /* byte of the prepared document, */
	int err_code;            /* code */
	char *err_msg;           /* and message */
	const struct prep *prep; /* while libxml2 reads: the texts of the marks */
	guint marks_seen;        /* restore_marks() met marks below this index */
	guint marks_read;        /* ... and every mark below this one is read */
	int ns_over;             /* reading stopped: more than SW_MAX_XML_NS
	                          * namespaces declared in the open elements */
	int xml_base_seen;       /* an element in the tree has an xml:base */
	int xml_lang_seen;       /* ... an xml:lang */
	struct tag_memo tag_memo[TAG_MEMO];
};

static int
st_is_atom(const struct pstate *st)
{
	return st->kind == KIND_ATOM10 || st->kind == KIND_ATOM03;
}

static void
slot_clear(struct slot *s)
{
	g_free(s->val);
	memset(s, 0, sizeof(*s));
}

/* Offer val (transfer full) at rank; the slot keeps the better one. */
static void
slot_offer(struct slot *s, char *val, int rank, int html)
{
	if (!val)
		return;
	if (s->set && rank < s->rank) {
		g_free(val);
		return;
	}
	g_free(s->val);
	s->val = val;
	s->rank = rank;
	s->html = html;
	s->set = 1;
}

/* The key of an element: "prefix:local" in the tables' terms.  *known:
 * the ns_prefixes URI of its namespace, NULL if it has none or one not
 * in the table. */
static char *
element_key(struct pstate *st, xmlNode *node, const char **known)
{
	const char *prefix = NULL, *name = (const char *)node->name;
	char *key, *o;
	size_t plen, n = strlen(name);

	*known = NULL;
	if (node->ns && node->ns->href) {
		const char *uri = (const char *)node->ns->href;
		const char *const *hit;

		hit = bsearch(uri, ns_prefixes, G_N_ELEMENTS(ns_prefixes), sizeof(ns_prefixes[0]),
		              cmp_ns);
		if (hit) {
			prefix = hit[1];
			*known = hit[0];
		} else if (node->ns->prefix)
			prefix = (const char *)node->ns->prefix;
		else
			prefix = "";
		/* inside an Atom feed, Atom is the feed's own vocabulary */
		if (prefix && !strcmp(prefix, "atom") &&
		    (st->kind == KIND_ATOM10 || st->kind == KIND_ATOM03))
			prefix = "";
	}
	/* prefix ":" name, or name, the name in ASCII lower case */
	plen = prefix && *prefix ? strlen(prefix) + 1 : 0;
	key = g_malloc(plen + n + 1);
	if (plen) {
		memcpy(key, prefix, plen - 1);
		key[plen - 1] = ':';
	}
	for (o = key + plen; *name; name++)
		*o++ = *name >= 'A' && *name <= 'Z' ? (char)(*name + 'a' - 'A') : *name;
	*o = '\0';
	return key;
}

/* The row of table (entry_tags or feed_tags) for node, NULL if none:
 * element_key() and find_tag(), remembered by name and namespace (a
 * feed names the same few elements over and over). */
static const struct tag *
tag_of(struct pstate *st, xmlNode *node, const struct tag *table, size_t n)
{
	const char *uri = node->ns && node->ns->href ? (const char *)node->ns->href : NULL;
	struct tag_memo *m = &st->tag_memo[((guintptr)node->name >> 3) % TAG_MEMO];
	const char *known;
	const struct tag *t;
	char *key;
	size_t len;

	if (m->name == node->name && m->table == table &&
	    !strcmp(m->copy, (const char *)node->name) &&
	    (uri ? m->uri && !strcmp(uri, m->uri) : !m->uri))
		return m->hit;
	key = element_key(st, node, &known);
	t = find_tag(table, n, key);
	g_free(key);
	len = strlen((const char *)node->name);
	if (len < TAG_MEMO_NAME && (!uri || known)) {
		m->name = node->name;
		memcpy(m->copy, node->name, len + 1);
		m->uri = known;
		m->table = table;
		m->hit = t;
	}
	return t;
}

/* (transfer full) an attribute, in GLib memory. */
static char *
attr(xmlNode *node, const char *name)
{
	xmlChar *v = xmlGetProp(node, (const xmlChar *)name);
	char *s;

	if (!v)
		return NULL;
	s = g_strdup((const char *)v);
	xmlFree(v);
	return s;
}

/* The index a mark at s (before end) gives: MARK_START and 8 lowercase hex
 * digits, as put_mark() writes them; G_MAXUINT64 for anything else. */
static guint64
mark_index(const char *s, const char *end)
{
	guint64 i = 0;
	int k;

	if (end - s < MARK_LEN || memcmp(s, MARK_START, 3))
		return G_MAXUINT64;
	for (k = 3; k < MARK_LEN; k++) {
		char c = s[k];

		if (c >= '0' && c <= '9')
			i = i * 16 + (guint64)(c - '0');
		else if (c >= 'a' && c <= 'f')
			i = i * 16 + (guint64)(c - 'a' + 10);
		else
			return G_MAXUINT64;
	}
	return i;
}

/* Attribute by local name, any namespace (CDF and loose documents). */
static char *
attr_loose(xmlNode *node, const char *name)
{
	xmlAttr *a;

	for (a = node->properties; a; a = a->next) {
		if (!g_ascii_strcasecmp((const char *)a->name, name)) {
			xmlChar *v = xmlNodeListGetString(node->doc, a->children, 1);
			char *s = g_strdup(v ? (const char *)v : "");

			xmlFree(v);
			return s;
		}
	}
	return NULL;
}

static const struct mark *whole_mark(const struct prep *pr, const char *s, size_t len);

/* (transfer full) node's text, at most SW_MAX_FIELD bytes.  pr (nullable):
 * the marks restore_marks() left in place for this function to read. */
static char *
node_text(const struct prep *pr, xmlNode *node)
{
	xmlNode *c = node->type == XML_ELEMENT_NODE ? node->children : NULL;
	xmlChar *v;
	char *s;

	if (c && !c->next && (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) &&
	    c->content) {
		/* one text child (the common case): its text is what
		 * xmlNodeGetContent() would copy */
		size_t n = strlen((const char *)c->content);
		const struct mark *one = pr ? whole_mark(pr, (const char *)c->content, n) : NULL;

		if (one)
			return g_strndup((one->side ? pr->side->str : pr->start) + one->off,
			                 one->len);
		return g_strndup((const char *)c->content, MIN(n, (size_t)SW_MAX_FIELD));
	}
	v = xmlNodeGetContent(node);

	if (!v)
		return g_strdup("");
	if (xmlStrlen(v) > SW_MAX_FIELD)
		s = g_strndup((const char *)v, SW_MAX_FIELD);
	else
		s = g_strdup((const char *)v);
	xmlFree(v);
	return s;
}

static int
has_element_children(xmlNode *node)
{
	xmlNode *c;

	for (c = node->children; c; c = c->next) {
		if (c->type == XML_ELEMENT_NODE)
			return 1;
	}
	return 0;
}

/* (transfer full) the markup inside node. */
static char *
inner_xml(xmlNode *node)
{
	xmlBufferPtr buf = xmlBufferCreate();
	xmlNode *c;
	char *s;

	for (c = node->children; c; c = c->next) {
		if (xmlBufferLength(buf) > SW_MAX_FIELD)
			break;
		xmlNodeDump(buf, node->doc, c, 0, 0);
	}
	s = g_strdup((const char *)xmlBufferContent(buf));
	xmlBufferFree(buf);
	return s;
}

/* Atom xhtml: the children of the wrapping div. */
static char *
xhtml_value(xmlNode *node)
{
	xmlNode *c, *div = NULL;
	int elements = 0;

	for (c = node->children; c; c = c->next) {
		if (c->type == XML_ELEMENT_NODE) {
			elements++;
			div = c;
		}
	}
	if (elements == 1 && !g_ascii_strcasecmp((const char *)div->name, "div"))
		return inner_xml(div);
	return inner_xml(node);
}

/* Does a plain-text RSS value look like HTML (an end tag or an entity)? */
static int
looks_like_html(const char *s)
{
	const char *p;

	for (p = strchr(s, '<'); p; p = strchr(p + 1, '<')) {
		if (p[1] == '/' && g_ascii_isalpha(p[2])) {
			const char *q = p + 2;

			while (g_ascii_isalnum(*q))
				q++;
			if (*q == '>')
				return 1;
		}
		if (!g_ascii_strncasecmp(p, "<br", 3) || !g_ascii_strncasecmp(p, "<img", 4) ||
		    !g_ascii_strncasecmp(p, "<hr", 3) || !g_ascii_strncasecmp(p, "<p>", 3))
			return 1;
	}
	for (p = strchr(s, '&'); p; p = strchr(p + 1, '&')) {
		const char *q = p + 1;

		if (*q == '#')
			q++;
		if (!g_ascii_isalnum(*q))
			continue;
		while (g_ascii_isalnum(*q))
			q++;
		if (*q == ';')
			return 1;
	}
	return 0;
}

/* (transfer full) the base64 text s decoded, when that gives UTF-8
 * text; else NULL. */
static char *
base64_text(const char *s)
{
	char *t = g_strdup(s), *res;
	const char *p;
	guchar *dec;
	gsize n = 0, i;

	g_strstrip(t);
	for (p = t; *p; p++) {
		if (!g_ascii_isalnum(*p) && *p != '+' && *p != '/' && *p != '=' &&
		    !g_ascii_isspace(*p)) {
			g_free(t);
			return NULL;
		}
	}
	dec = g_base64_decode(t, &n);
	g_free(t);
	if (!dec)
		return NULL;
	for (i = 0; i < n; i++) {
		if (dec[i] < 0x20 && dec[i] != '\n' && dec[i] != '\t' && dec[i] != '\r')
			break;
	}
	if (!n || i < n || !g_utf8_validate((const char *)dec, (gssize)n, NULL)) {
		g_free(dec);
		return NULL;
	}
	res = g_strndup((const char *)dec, n);
	g_free(dec);
	return res;
}

/* Read a text construct: (transfer full) the value, *html its type.
 * NULL for content that is not text (video/mp4, src=...). */
static char *
text_value(struct pstate *st, xmlNode *node, enum how how, int *html)
{
	char *type = attr(node, "type");
	char *mode = attr(node, "mode");
	char *val = NULL;
	int atom = st->kind == KIND_ATOM10 || st->kind == KIND_ATOM03 ||
	           (node->ns && node->ns->href &&
	            (!strcmp((const char *)node->ns->href, NS_ATOM10) ||
	             !strcmp((const char *)node->ns->href, NS_ATOM03)));

	*html = 0;
	if (type) {
		char *t = g_ascii_strdown(g_strstrip(type), -1);

		g_free(type);
		type = t;
	}
	if (how == HOW_HTML) {
		*html = 1;
		if (has_element_children(node))
			val = inner_xml(node);
		else
			val = node_text(st->prep, node);
		goto out;
	}
	if (atom && type && (!strcmp(type, "xhtml") || !strcmp(type, "application/xhtml+xml"))) {
		*html = 1;
		val = has_element_children(node) ? xhtml_value(node) : node_text(st->prep, node);
		goto out;
	}
	if (type && !*type) {
		g_free(type);
		type = NULL;
	}
	if (mode && !g_ascii_strcasecmp(mode, "base64")) {
		char *raw = node_text(st->prep, node);

		val = base64_text(raw);
		if (!val)
			val = raw;
		else
			g_free(raw);
		*html = type && strstr(type, "html") != NULL;
		goto out;
	}
	if (has_element_children(node)) {
		*html = 1;
		val = inner_xml(node);
		goto out;
	}
	val = node_text(st->prep, node);
	if (!atom) {
		*html = looks_like_html(val);
	} else if (type) {
		if (!strcmp(type, "html") || !strcmp(type, "text/html"))
			*html = 1;
		else if (strcmp(type, "text") && strcmp(type, "text/plain") &&
		         !g_str_has_prefix(type, "text/") && !strstr(type, "xml")) {
			/* another media type: base64 when it decodes to text */
			char *dec = base64_text(val);

			if (dec) {
				g_free(val);
				val = dec;
			}
		}
	} else if (mode && !g_ascii_strcasecmp(mode, "escaped")) {
		*html = 1;
	}
out:
	g_free(type);
	g_free(mode);
	return val;
}

/* Resolve a reference (transfer full) against base (nullable): trimmed,
 * as it is when there is no base or it cannot be resolved; NULL when it
 * is empty or longer than SW_MAX_URL. */
static char *
resolve_against(const char *base, char *ref)
{
	xmlChar *abs;
	char *s, *trimmed;

	if (!ref)
		return NULL;
	trimmed = g_strstrip(ref);
	if (!*trimmed || strlen(trimmed) > SW_MAX_URL) {
		g_free(trimmed);
		return NULL;
	}
	if (!base)
		return trimmed;
	abs = xmlBuildURI((const xmlChar *)trimmed, (const xmlChar *)base);
	if (!abs)
		return trimmed;
	if (!g_utf8_validate((const char *)abs, -1, NULL)) {
		/* libxml2 unescaped a %xx of the base into a stray byte */
		xmlFree(abs);
		return trimmed;
	}
	g_free(trimmed);
	s = g_strdup((const char *)abs);
	xmlFree(abs);
	if (strlen(s) > SW_MAX_URL) {
		g_free(s);
		return NULL;
	}
	return s;
}

/* Resolve a reference (transfer full) against node's xml:base and the
 * document URL. */
static char *
resolve_url_take(struct pstate *st, xmlNode *node, char *ref)
{
	xmlChar *base;
	char *s;

	if (!ref)
		return NULL;
	if (!node)
		base = NULL;
	else if (st->xml_base_seen)
		base = xmlNodeGetBase(node->doc, node);
	else /* what xmlNodeGetBase() gives with no xml:base in the tree */
		base = node->doc && node->doc->URL ? xmlStrdup(node->doc->URL) : NULL;
	if (!base && st->base_url)
		base = xmlStrdup((const xmlChar *)st->base_url);
	s = resolve_against((const char *)base, ref);
	xmlFree(base);
	return s;
}

/* Resolve a reference against node's xml:base and the document URL. */
static char *
resolve_url(struct pstate *st, xmlNode *node, const char *ref)
{
	return ref ? resolve_url_take(st, node, g_strdup(ref)) : NULL;
}

/* The href of an Atom link, when it is an alternate one; *rank set
 * lower for other types and rels. */
static char *
link_value(struct pstate *st, xmlNode *node, int *rank, int *is_href)
{
	char *href = attr(node, "href");
	char *rel, *type, *res;

	*is_href = href != NULL;
	if (!href) {
		/* RSS <link>text</link> */
		char *t = node_text(st->prep, node);

		g_strstrip(t);
		if (!*t) {
			g_free(t);
			return NULL;
		}
		return resolve_url_take(st, node, t);
	}
	rel = attr(node, "rel");
	type = attr(node, "type");
	if (rel && g_ascii_strcasecmp(rel, "alternate")) {
		g_free(href);
		g_free(rel);
		g_free(type);
		return NULL;
	}
	if (type && !strstr(type, "html"))
		*rank -= 1;
	res = resolve_url(st, node, href);
	g_free(href);
	g_free(rel);
	g_free(type);
	return res;
}

/* "email (Name)", "Name (email)", "Name <email>", "Name": the name;
 * NULL for a bare address. */
static char *
person_from_text(const char *s)
{
	char *t = g_strstrip(g_strdup(s));
	char *open = strchr(t, '(');
	char *close = strrchr(t, ')');
	char *res, *in, *out;

	if (open && close && close > open) {
		in = g_strstrip(g_strndup(open + 1, close - open - 1));
		out = g_strstrip(g_strndup(t, open - t));
		if (strchr(out, '@') && !strchr(in, '@')) {
			res = in;
			g_free(out);
		} else if (strchr(in, '@') && !strchr(out, '@') && *out) {
			res = out;
			g_free(in);
		} else {
			res = NULL;
			g_free(in);
			g_free(out);
		}
		if (res) {
			g_free(t);
			return res;
		}
	}
	open = strchr(t, '<');
	close = strrchr(t, '>');
	if (open && close && close > open && open > t && memchr(open, '@', close - open)) {
		res = g_strstrip(g_strndup(t, open - t));
		g_free(t);
		return res;
	}
	if (strchr(t, '@') && !strchr(t, ' ')) {
		g_free(t);
		return NULL;
	}
	return t;
}

static char *
person_value(const struct prep *pr, xmlNode *node)
{
	xmlNode *c;

	for (c = node->children; c; c = c->next) {
		if (c->type == XML_ELEMENT_NODE &&
		    !g_ascii_strcasecmp((const char *)c->name, "name")) {
			char *n = node_text(NULL, c);

			return g_strstrip(n);
		}
	}
	if (has_element_children(node))
		return NULL;
	{
		char *t = node_text(pr, node);
		char *res = person_from_text(t);

		g_free(t);
		return res;
	}
}

/* (transfer full) s with whitespace collapsed, cut to max bytes. */
static char *
collapse_cap(const char *s, size_t max)
{
	size_t n = strlen(s);
	char *t;

	if (utf8_valid(s, n)) /* nearly always: a quicker check than html.c's */
		return html_collapse_utf8(s, n, max);
	t = html_collapse_space(s);
	if (!max || strlen(t) <= max)
		return t;
	n = max;
	while (n > 0 && ((unsigned char)t[n] & 0xC0) == 0x80)
		n--;
	t[n] = '\0';
	return t;
}

/* The mark that s (len bytes) is, exactly as put_mark() writes it, when
 * its text is at most SW_MAX_FIELD bytes; else NULL. */
static const struct mark *
whole_mark(const struct prep *pr, const char *s, size_t len)
{
	guint64 i;
	const struct mark *sp;

	if (len != MARK_LEN || (i = mark_index(s, s + len)) == G_MAXUINT64 || i < pr->live_from ||
	    i >= pr->texts->len)
		return NULL;
	sp = &g_array_index(pr->texts, struct mark, i);
	return sp->len <= SW_MAX_FIELD ? sp : NULL;
}

/* Put the texts of the marks (copy_cdata(), mark_text()) back into the
 * text nodes under top, as libxml2 would have read them.  lazy (an
 * entry): a child element's text that is one whole mark stays a mark,
 * which node_text() reads straight from the prepared text, one copy
 * fewer; everything else that reads it (inner_xml(), xmlNodeGetContent())
 * only does so for an element with more than one child. */
static void
restore_marks(struct pstate *st, xmlNode *top, int lazy)
{
	const struct prep *pr = st->prep;
	xmlNode *n = top->children;

	if (!pr || !pr->texts->len)
		return;
	while (n) {
		if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content &&
		    strstr((const char *)n->content, MARK_START)) {
			const char *s = (const char *)n->content, *m;
			const char *end = s + strlen(s);
			GString *t;
			const struct mark *one = whole_mark(pr, s, (size_t)(end - s));

			if (one)
				st->marks_seen = MAX(
				        st->marks_seen,
				        (guint)(one - &g_array_index(pr->texts, struct mark, 0)) +
				                1);
			if (one && lazy && n->parent != top && n->parent->parent == top &&
			    n->parent->children == n && !n->next)
				goto next; /* a field's whole text: node_text() reads it */
			if (one) {
				/* the node is one mark (the common case): what the
				 * loop below gives, without the copy */
				xmlNodeSetContentLen(
				        n,
				        (const xmlChar *)(one->side ? pr->side->str : pr->start) +
				                one->off,
				        (int)one->len);
				goto next;
			}
			t = g_string_new(NULL);

			/* past SW_MAX_FIELD no one reads the text (node_text()
			 * cuts there): the rest stays out, and the length fits
			 * an int */
			while (t->len < SW_MAX_FIELD && (m = strstr(s, MARK_START)) != NULL) {
				guint64 i = mark_index(m, end);

				append_len(t, s, m - s);
				if (i >= pr->live_from && i < pr->texts->len) {
					const struct mark *sp =
					        &g_array_index(pr->texts, struct mark, i);

					st->marks_seen = MAX(st->marks_seen, (guint)i + 1);

					append_len(t,
					           (sp->side ? pr->side->str : pr->start) + sp->off,
					           (gssize)sp->len);
					s = m + MARK_LEN;
				} else {
					/* not a mark put_mark() wrote, or one whose
					 * text is dropped (never read again): none
					 * is known to come here; the character stays */
					append_len(t, m, 3);
					s = m + 3;
				}
			}
			if (t->len < SW_MAX_FIELD)
				append_len(t, s, end - s);
			if (t->len > SW_MAX_FIELD) {
				size_t k = SW_MAX_FIELD;

				/* cut after the character byte SW_MAX_FIELD is in */
				while (k < t->len && ((unsigned char)t->str[k] & 0xC0) == 0x80)
					k++;
				g_string_truncate(t, k);
			}
			xmlNodeSetContentLen(n, (const xmlChar *)t->str, (int)t->len);
			g_string_free(t, TRUE);
		}
	next:
		if (n->type == XML_ELEMENT_NODE && n->children) {
			n = n->children;
			continue;
		}
		while (n != top && !n->next)
			n = n->parent;
		if (n == top)
			break;
		n = n->next;
	}
}

/* ------------------------------------------------------------ entries */

struct ebuild {
	struct slot f[EF_NFIELDS];
	char *permalink; /* guid that is a permalink */
	char *about;     /* rdf:about */
	gint64 published, updated;
	int pub_rank, upd_rank;
};

/* An element's text (HOW_TEXT) or HTML (HOW_HTML), *html set for the
 * latter; NULL for content that is out of line. */
static char *
entry_text(struct pstate *st, const struct tag *t, xmlNode *c, int *html)
{
	char *val = text_value(st, c, t->how, html);

	if (val && t->field == EF_CONTENT) {
		char *src = attr_loose(c, "src");

		if (src) {
			/* out-of-line content: nothing to read here */
			g_free(val);
			val = NULL;
		}
		g_free(src);
	}
	return val;
}

/* An element's plain text, blanks trimmed; an Atom id made whole. */
static char *
entry_plain(struct pstate *st, const struct tag *t, xmlNode *c)
{
	char *val = g_strstrip(node_text(st->prep, c));

	if (t->field == EF_ID && st_is_atom(st) && *val && !strchr(val, ':')) {
		/* a relative IRI: xml:base makes it whole */
		char *abs = resolve_url(st, c, val);

		if (abs) {
			g_free(val);
			val = abs;
		}
	}
	return val;
}

/* A link and its *rank; NULL for an Atom alternate after the first. */
static char *
entry_link(struct pstate *st, struct ebuild *b, xmlNode *c, int *rank)
{
	int href = 0;
	char *val = link_value(st, c, rank, &href);

	if (val && href && st_is_atom(st) && b->f[EF_LINK].set && b->f[EF_LINK].rank >= *rank) {
		/* among alternates the first one wins */
		g_free(val);
		val = NULL;
	}
	return val;
}

/* An RSS guid as the id; one that is a permalink URL is also kept in
 * b->permalink, to stand in for the link. */
static char *
entry_guid(struct pstate *st, struct ebuild *b, xmlNode *c)
{
	char *perma = attr(c, "isPermaLink");
	char *val;

	/* markup inside a guid is part of the id */
	val = g_strstrip(has_element_children(c) ? inner_xml(c) : node_text(st->prep, c));
	if (*val && (!perma || !g_ascii_strcasecmp(perma, "true"))) {
		char *u = resolve_url(st, c, val);

		/* only a URL can stand in for the link */
		if (u && strstr(u, "://")) {
			g_free(b->permalink);
			b->permalink = u;
		} else {
			g_free(u);
		}
	}
	g_free(perma);
	return val;
}

/* An author; NULL after the first of one rank. */
static char *
entry_person(struct pstate *st, struct ebuild *b, xmlNode *c, int rank)
{
	char *val = person_value(st->prep, c);

	if (val && b->f[EF_AUTHOR].set && b->f[EF_AUTHOR].rank == rank) {
		g_free(val); /* several authors: the first one */
		val = NULL;
	}
	return val;
}

/* A date into b->published or b->updated when its rank is as high; one
 * that does not parse is noted in st->warn (the first only). */
static void
entry_date(struct pstate *st, struct ebuild *b, const struct tag *t, xmlNode *c, int rank)
{
	char *d = node_text(st->prep, c);
	gint64 when;

	if (!date_parse(d, &when)) {
		if (t->field == EF_PUBLISHED && rank >= b->pub_rank) {
			b->published = when;
			b->pub_rank = rank;
		}
		if (t->field == EF_UPDATED && rank >= b->upd_rank) {
			b->updated = when;
			b->upd_rank = rank;
		}
	} else if (*g_strstrip(d) && !st->warn->len) {
		g_string_append_printf(st->warn, "unparsed date \"%.40s\"; ", d);
	}
	g_free(d);
}

/* Offer val (transfer full) to the slot of t's field in b: empty values
 * but texts are dropped, and RSS's second summary is the content. */
static void
entry_offer(struct pstate *st, struct ebuild *b, const struct tag *t, char *val, int rank, int html)
{
	if (val && !*val && t->how != HOW_TEXT && t->how != HOW_HTML) {
		g_free(val);
		val = NULL;
	}
	if (val && !st_is_atom(st) && t->field == EF_SUMMARY && t->rank == 2 &&
	    b->f[EF_SUMMARY].set && b->f[EF_SUMMARY].rank == rank) {
		/* RSS with both description and summary: the second one is
		 * the content */
		slot_offer(&b->f[EF_CONTENT], val, rank - 1, html);
		return;
	}
	slot_offer(&b->f[t->field], val, rank, html);
}

/* Read element c of an entry into b, as entry_tags[] says: its value
 * goes to the slot of its field, at its rank. */
static void
entry_take_element(struct pstate *st, struct ebuild *b, xmlNode *c)
{
	const struct tag *t = tag_of(st, c, entry_tags, G_N_ELEMENTS(entry_tags));
	char *val = NULL;
	int html = 0, rank;

	if (!t)
		return;
	rank = t->rank * 4;
	switch (t->how) {
	case HOW_TEXT:
	case HOW_HTML:
		val = entry_text(st, t, c, &html);
		break;
	case HOW_PLAIN:
		val = entry_plain(st, t, c);
		break;
	case HOW_LINK:
		val = entry_link(st, b, c, &rank);
		break;
	case HOW_GUID:
		val = entry_guid(st, b, c);
		break;
	case HOW_PERSON:
		val = entry_person(st, b, c, rank);
		break;
	case HOW_EMAIL: {
		char *t2 = node_text(st->prep, c);

		val = person_from_text(t2);
		g_free(t2);
		break;
	}
	case HOW_DATE:
		entry_date(st, b, t, c, rank);
		return;
	}
	entry_offer(st, b, t, val, rank, html);
}

static char *
plain_of(struct slot *s, size_t max)
{
	char *t;

	if (!s->set || !s->val)
		return NULL;
	if (s->html)
		t = html_to_text_utf8(s->val, max); /* libxml2 gives UTF-8 */
	else
		t = collapse_cap(s->val, max);
	if (!*t) {
		g_free(t);
		return NULL;
	}
	return t;
}

/* An entry's uid: its guid or id, else its link, else a hash of its
 * title and date (the same for every format, so that two items titled
 * alike on different days stay apart). */
static void
entry_uid(struct sw_entry *e)
{
	char *date, *src;
	gint64 when;

	if (e->id) {
		e->uid = g_strdup(e->id);
		return;
	}
	if (e->link) {
		e->uid = g_strdup(e->link);
		return;
	}
	when = e->published != SW_DATE_NONE ? e->published : e->updated;
	date = when != SW_DATE_NONE ? g_strdup_printf("%" G_GINT64_FORMAT, when) : g_strdup("");
	src = g_strconcat(e->title ? e->title : "", "\n", date, NULL);
	e->uid = g_compute_checksum_for_string(G_CHECKSUM_SHA1, src, -1);
	g_free(date);
	g_free(src);
}

static guint
uid_hash(const char *s)
{
	guint h = 5381;

	for (; *s; s++)
		h = h * 33 + (unsigned char)*s;
	return h;
}

static void
uid_grow(struct uid_table *t)
{
	guint cap = t->cap ? t->cap * 2 : 128, i, j;
	struct uid_slot *slots = g_new0(struct uid_slot, cap);

	for (i = 0; i < t->cap; i++) {
		if (!t->slots[i].key)
			continue;
		for (j = t->slots[i].hash & (cap - 1); slots[j].key; j = (j + 1) & (cap - 1))
			;
		slots[j] = t->slots[i];
	}
	g_free(t->slots);
	t->slots = slots;
	t->cap = cap;
}

/* How many entries had uid key so far, counting one more; key is kept
 * (borrowed) when it is new. */
static guint
uid_bump(struct uid_table *t, const char *key)
{
	guint h = uid_hash(key), i;

	if ((t->used + 1) * 2 > t->cap)
		uid_grow(t);
	for (i = h & (t->cap - 1);; i = (i + 1) & (t->cap - 1)) {
		struct uid_slot *s = &t->slots[i];

		if (!s->key) {
			s->key = key;
			s->hash = h;
			s->count = 1;
			t->used++;
			return 0;
		}
		if (s->hash == h && !strcmp(s->key, key))
			return s->count++;
	}
}

static void
uid_clear(struct uid_table *t)
{
	g_free(t->slots);
	memset(t, 0, sizeof(*t));
}

static void
entry_add(struct pstate *st, struct sw_entry *e)
{
	/* the key is the uid of the first entry that had it, borrowed: the
	 * table goes before the entries, and that entry's uid stays as it
	 * is (only later ones get "#n") */
	guint n = uid_bump(&st->uids, e->uid);

	if (n) {
		/* the same guid twice in one feed: keep both, apart */
		char *u = g_strdup_printf("%s#%u", e->uid, n + 1);

		g_free(e->uid);
		e->uid = u;
	}
	g_ptr_array_add(st->feed->entries, e);
}

/* (transfer full) v, trimmed, when it looks like a language tag
 * ([A-Za-z0-9_-], 1 to 35 bytes), else NULL: an element's text may be
 * anything, and a cut could split a character. */
static char *
lang_tag(const char *v)
{
	const char *a, *z, *q;

	if (!v)
		return NULL;
	for (a = v; g_ascii_isspace(*a); a++)
		;
	for (z = a + strlen(a); z > a && g_ascii_isspace(z[-1]); z--)
		;
	if (z == a || z - a > 35)
		return NULL;
	for (q = a; q < z; q++) {
		if (!g_ascii_isalnum(*q) && *q != '-' && *q != '_')
			return NULL;
	}
	return g_strndup(a, z - a);
}

static void
entry_finish(struct pstate *st, struct ebuild *b, xmlNode *node)
{
	struct sw_entry *e = g_new0(struct sw_entry, 1);
	struct slot *s;
	xmlChar *lang;
	char *dc_lang;

	e->title = plain_of(&b->f[EF_TITLE], SW_MAX_TITLE);
	e->summary = plain_of(&b->f[EF_SUMMARY], SW_MAX_SUMMARY);
	e->content = plain_of(&b->f[EF_CONTENT], SW_MAX_CONTENT);
	s = &b->f[EF_AUTHOR];
	if (s->set && s->val)
		e->author = collapse_cap(s->val, SW_MAX_TITLE);
	if (e->author && !*e->author) {
		g_free(e->author);
		e->author = NULL;
	}
	/* the slots' values are taken, not copied: entry_from_node() only
	 * frees them after this */
	s = &b->f[EF_LINK];
	if (s->set && s->val)
		e->link = g_steal_pointer(&s->val);
	else if (b->permalink)
		e->link = g_steal_pointer(&b->permalink);
	s = &b->f[EF_ID];
	if (s->set && s->val && *s->val && strlen(s->val) <= SW_MAX_URL)
		e->id = g_steal_pointer(&s->val);
	else if (b->about && strlen(b->about) <= SW_MAX_URL)
		e->id = g_steal_pointer(&b->about);
	e->published = b->published;
	e->updated = b->updated;
	if (e->published == SW_DATE_NONE)
		e->published = e->updated; /* dc:date, modified: best known */
	/* the entry's own xml:lang, then its dc:language, then what it
	 * inherits: an aggregator's items often differ from the channel */
	lang = st->xml_lang_seen ? xmlGetNsProp(node, BAD_CAST "lang", XML_XML_NAMESPACE) : NULL;
	s = &b->f[EF_LANG];
	dc_lang = s->set ? lang_tag(s->val) : NULL;
	if (lang == NULL && !dc_lang && st->xml_lang_seen)
		lang = xmlNodeGetLang(node);
	if (lang) {
		e->lang = lang_tag((const char *)lang);
		xmlFree(lang);
	}
	if (e->lang == NULL && dc_lang)
		e->lang = g_steal_pointer(&dc_lang);
	if (e->lang == NULL && st->feed->lang)
		e->lang = g_strdup(st->feed->lang);
	g_free(dc_lang);
	entry_uid(e);
	entry_add(st, e);
}

static void
entry_from_node(struct pstate *st, xmlNode *node)
{
	struct ebuild b;
	xmlNode *c;
	char *v;
	int i;

	memset(&b, 0, sizeof(b));
	b.published = SW_DATE_NONE;
	b.updated = SW_DATE_NONE;
	b.pub_rank = b.upd_rank = -1;
	restore_marks(st, node, 1);
	if (st->kind == KIND_CDF) {
		v = attr_loose(node, "href");
		if (v) {
			slot_offer(&b.f[EF_LINK], resolve_url(st, node, v), 8, 0);
			g_free(v);
		}
		v = attr_loose(node, "lastmod");
		if (v) {
			gint64 when;

			if (!date_parse(v, &when)) {
				b.updated = when;
				b.upd_rank = 8;
			}
			g_free(v);
		}
	}
	v = attr_loose(node, "about");
	if (v) {
		g_strstrip(v);
		if (*v)
			b.about = v;
		else
			g_free(v);
	}
	for (c = node->children; c; c = c->next) {
		if (c->type == XML_ELEMENT_NODE)
			entry_take_element(st, &b, c);
	}
	entry_finish(st, &b, node);
	for (i = 0; i < EF_NFIELDS; i++)
		slot_clear(&b.f[i]);
	g_free(b.permalink);
	g_free(b.about);
}

/* ------------------------------------------------------------ channel */

static const char *const day_names[7] = { "sunday",   "monday", "tuesday", "wednesday",
	                                  "thursday", "friday", "saturday" };

static guint
skip_mask(xmlNode *node, int days)
{
	xmlNode *c;
	guint mask = 0;
	int i;

	for (c = node->children; c; c = c->next) {
		char *t;

		if (c->type != XML_ELEMENT_NODE)
			continue;
		t = g_strstrip(node_text(NULL, c));
		if (days) {
			for (i = 0; i < 7; i++) {
				if (!g_ascii_strcasecmp(t, day_names[i]))
					mask |= 1u << i;
			}
		} else {
			char *end = NULL;
			long h = strtol(t, &end, 10);

			if (end != t && h >= 0 && h <= 24)
				mask |= 1u << (h % 24);
		}
		g_free(t);
	}
	return mask;
}

static void
feed_take_element(struct pstate *st, xmlNode *node)
{
	const struct tag *t;
	char *val = NULL;
	int html = 0, rank, href = 0;

	restore_marks(st, node, 0);
	t = tag_of(st, node, feed_tags, G_N_ELEMENTS(feed_tags));
	if (!t)
		return;
	rank = t->rank * 4;
	switch (t->field) {
	case FF_TITLE:
		val = text_value(st, node, HOW_TEXT, &html);
		break;
	case FF_LINK:
		val = link_value(st, node, &rank, &href);
		if (val && href && st_is_atom(st) && st->ff[FF_LINK].set &&
		    st->ff[FF_LINK].rank >= rank) {
			g_free(val);
			val = NULL;
		}
		break;
	case FF_SKIP_HOURS:
		st->feed->skip_hours |= skip_mask(node, 0);
		return;
	case FF_SKIP_DAYS:
		st->feed->skip_days |= skip_mask(node, 1);
		return;
	default:
		val = g_strstrip(node_text(st->prep, node));
		break;
	}
	if (t->field == FF_LANG && val && *val && !st->feed->lang)
		st->feed->lang = lang_tag(val);
	slot_offer(&st->ff[t->field], val, rank, html);
}

/* The leading number of a feed's poll hint (ttl, sy:updateFrequency), read
 * as atoi() did but clamped to int: past it atoi() is undefined, and glibc's
 * wrapped <ttl>4294967356</ttl> (2^32 + 60) into an hour. */
static int
hint_int(const char *s)
{
	gint64 v = g_ascii_strtoll(s, NULL, 10);

	return (int)CLAMP(v, G_MININT, G_MAXINT);
}

static void
feed_finish(struct pstate *st)
{
	struct sw_feed *f = st->feed;
	struct slot *s;
	int ttl = 0;

	f->title = plain_of(&st->ff[FF_TITLE], SW_MAX_TITLE);
	s = &st->ff[FF_LINK];
	if (s->set && s->val && *s->val)
		f->link = g_strdup(s->val);
	s = &st->ff[FF_LANG];
	if (!f->lang && s->set && s->val && *s->val)
		f->lang = lang_tag(s->val);
	s = &st->ff[FF_TTL];
	if (s->set && s->val)
		ttl = hint_int(s->val);
	if (ttl <= 0 && st->ff[FF_SY_PERIOD].set) {
		const char *period = st->ff[FF_SY_PERIOD].val;
		int freq = 1, minutes = 0;

		if (st->ff[FF_SY_FREQUENCY].set)
			freq = hint_int(st->ff[FF_SY_FREQUENCY].val);
		if (freq <= 0)
			freq = 1;
		if (!g_ascii_strcasecmp(period, "hourly"))
			minutes = 60;
		else if (!g_ascii_strcasecmp(period, "daily"))
			minutes = 24 * 60;
		else if (!g_ascii_strcasecmp(period, "weekly"))
			minutes = 7 * 24 * 60;
		else if (!g_ascii_strcasecmp(period, "monthly"))
			minutes = 30 * 24 * 60;
		else if (!g_ascii_strcasecmp(period, "yearly"))
			minutes = 365 * 24 * 60;
		ttl = minutes / freq;
	}
	if (ttl > 0 && ttl < 366 * 24 * 60)
		f->ttl = ttl;
}

/* ------------------------------------------------------------ walk */

/*
 * libxml2's SAX2 handlers build the tree as usual, in recover mode so an
 * ill-formed document goes on past its errors (xmlTextReader stops at the
 * first one).  Our end-element hook prunes it: each finished entry, and
 * each finished child of the root or the channel, is read through the tag
 * tables and freed at once, so only the open elements and one subtree are
 * ever in memory.  An entry the document cuts off never ends, so it is
 * never read.
 */

static enum feed_kind
root_kind(xmlNode *node, struct sw_feed *feed)
{
	const char *name = (const char *)node->name;
	const char *ns = node->ns ? (const char *)node->ns->href : NULL;
	enum feed_kind kind = KIND_UNKNOWN;
	char *ver = attr(node, "version");

	if (!g_ascii_strcasecmp(name, "rss")) {
		kind = KIND_RSS;
		/* a version is "0.91" or "2.0": a longer one is cut */
		feed->format = g_strdup_printf("rss%.8s", ver ? ver : "");
	} else if (!g_ascii_strcasecmp(name, "rdf")) {
		kind = KIND_RDF;
		feed->format = g_strdup("rss1.0");
	} else if (!g_ascii_strcasecmp(name, "feed")) {
		if ((ns && !strcmp(ns, NS_ATOM10)) || (!ns && !ver)) {
			kind = KIND_ATOM10;
			feed->format = g_strdup("atom1.0");
		} else {
			kind = KIND_ATOM03;
			feed->format = g_strdup("atom0.3");
		}
	} else if (!g_ascii_strcasecmp(name, "channel")) {
		kind = KIND_CDF;
		feed->format = g_strdup("cdf");
	}
	g_free(ver);
	return kind;
}

/* Is name lit (lower-case letters) in any ASCII case?  For a letter,
 * only the byte itself and its upper case give it when OR-ed with 0x20. */
static inline int
name_is(const xmlChar *name, const char *lit)
{
	for (; *lit; name++, lit++) {
		if ((*name | 0x20) != *lit)
			return 0;
	}
	return !*name;
}

/* Is name "item" in any case, or "entry"? */
static int
is_entry_name(const xmlChar *name)
{
	if (name[0] == 'e')
		return !strcmp((const char *)name, "entry");
	return name_is(name, "item");
}

/* Is name "channel" in any case? */
static int
is_channel_name(const xmlChar *name)
{
	return name_is(name, "channel");
}

static int
is_entry(xmlNode *node)
{
	return is_entry_name(node->name);
}

static int
is_root(xmlNode *node)
{
	return !node->parent || node->parent->type != XML_ELEMENT_NODE;
}

/* A child of the root or of the channel holds a feed-level field. */
static int
is_channel_child(xmlNode *node)
{
	xmlNode *parent = node->parent;

	if (!parent || parent->type != XML_ELEMENT_NODE)
		return 0;
	return is_root(parent) || is_channel_name(parent->name);
}

/* An entry with nothing open around it but the root and a channel that
 * is the root's child: every element before it is read and gone.  (An
 * entry under a <channel> nested in another entry or field is not.) */
static int
is_top_entry(xmlNode *node)
{
	xmlNode *p = node->parent;

	if (!p || p->type != XML_ELEMENT_NODE)
		return 0;
	if (is_root(p))
		return 1;
	return is_channel_name(p->name) && is_root(p->parent);
}

static void
take_lang(struct pstate *st, xmlNode *node)
{
	xmlChar *l;

	if (st->feed->lang || !st->xml_lang_seen)
		return; /* no xml:lang in the tree: xmlNodeGetLang() gives NULL */
	l = xmlNodeGetLang(node);
	if (l) {
		st->feed->lang = lang_tag((const char *)l);
		xmlFree(l);
	}
}

static void
sax_start(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri,
          int nb_namespaces, const xmlChar **namespaces, int nb_attributes, int nb_defaulted,
          const xmlChar **attributes)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct pstate *st = ctxt->_private;
	xmlNode *node;

	if (ctxt->nsNr / 2 > SW_MAX_XML_NS) {
		/* libxml2 looks each prefix up in all of them, newest first:
		 * what came before is read, the rest is not (in an entry past
		 * the cap too, which libxml2 reads all the same) */
		st->ns_over = 1;
		xmlStopParser(ctxt);
		return;
	}
	if (st->skip_depth) {
		st->skip_depth++;
		return;
	}
	if (st->root_seen && st->feed->entries->len >= SW_MAX_ENTRIES && is_entry_name(localname)) {
		/* an entry that is not kept: not even its tree is built */
		st->too_many = 1;
		st->skip_depth = 1;
		return;
	}
	if (!st->xml_base_seen || !st->xml_lang_seen) {
		int i;

		/* (localname, prefix, URI, value, end) per attribute */
		for (i = 0; i < nb_attributes; i++) {
			const xmlChar *const *a = attributes + 5 * i;

			if (!a[2] || strcmp((const char *)a[2], (const char *)XML_XML_NAMESPACE))
				continue;
			if (!strcmp((const char *)a[0], "base"))
				st->xml_base_seen = 1;
			else if (!strcmp((const char *)a[0], "lang"))
				st->xml_lang_seen = 1;
		}
	}
	xmlSAX2StartElementNs(ctx, localname, prefix, uri, nb_namespaces, namespaces, nb_attributes,
	                      nb_defaulted, attributes);
	node = ctxt->node;
	if (!node)
		return;
	if (is_entry(node)) {
		/* document order, for entries that end out of order */
		st->entry_seq++;
		node->_private = GUINT_TO_POINTER(st->entry_seq);
		return;
	}
	/* only the root and the channel matter here */
	if (st->root_seen && !is_root(node) && !is_channel_name(node->name))
		return;
	if (!st->root_seen) {
		st->root_seen = 1;
		st->kind = root_kind(node, st->feed);
		/* 15 characters of at most 4 bytes: never cut inside one */
		g_utf8_strncpy(st->root, (const char *)node->name, 15);
		if (st->kind == KIND_CDF) {
			char *h = attr_loose(node, "href");

			if (h)
				slot_offer(&st->ff[FF_LINK], h, 8, 0);
		}
	}
	take_lang(st, node);
}

static void
sax_end(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct pstate *st = ctxt->_private;
	xmlNode *node = ctxt->node;
	guint seq;

	if (st->skip_depth) {
		st->skip_depth--;
		return;
	}
	xmlSAX2EndElementNs(ctx, localname, prefix, uri);
	if (!node || node->type != XML_ELEMENT_NODE || is_root(node))
		return;
	if (is_entry(node)) {
		if (st->feed->entries->len >= SW_MAX_ENTRIES) {
			/* read on for the channel's own elements, but spend
			 * nothing on entries that are not kept */
			st->too_many = 1;
		} else {
			seq = GPOINTER_TO_UINT(node->_private);
			entry_from_node(st, node);
			g_array_append_val(st->entry_order, seq);
			/* not inside another entry: every mark before its last
			 * one was in an element that is read and gone */
			if (is_top_entry(node))
				st->marks_read = st->marks_seen;
		}
	} else if (is_channel_child(node)) {
		if (is_channel_name(node->name))
			return;
		feed_take_element(st, node);
	} else {
		return;
	}
	xmlUnlinkNode(node);
	xmlFreeNode(node);
	/* the parent's last child is now an older text node: make SAX2 append
	 * to it the safe way, not through its cached length of another node */
	ctxt->nodemem = 0;
	ctxt->nodelen = 0;
}

/* Is node an element whose own text no one reads: an entry (only its
 * child elements are read, and it is freed when it ends), the root, or
 * a channel that is the root's child? */
static int
text_unread(xmlNode *node)
{
	if (node->type != XML_ELEMENT_NODE)
		return 0;
	if (node->_private) /* an entry: sax_start() numbered it */
		return 1;
	if (is_root(node))
		return 1;
	return is_root(node->parent) && is_channel_name(node->name);
}

/* Text, comments and processing instructions: none inside an entry past
 * the cap.  Whitespace between the elements of an entry, a channel or
 * the root makes no text node: nothing would read it (most of a small
 * entry's nodes). */
static void
sax_characters(void *ctx, const xmlChar *ch, int len)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct pstate *st = ctxt->_private;

	if (st->skip_depth)
		return;
	if (len > 0 && is_xml_space((char)ch[0]) && ctxt->node) {
		int i = 1;

		while (i < len && is_xml_space((char)ch[i]))
			i++;
		if (i == len && text_unread(ctxt->node))
			return;
	}
	xmlSAX2Characters(ctx, ch, len);
}

static void
sax_comment(void *ctx, const xmlChar *value)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct pstate *st = ctxt->_private;

	if (!st->skip_depth)
		xmlSAX2Comment(ctx, value);
}

static void
sax_pi(void *ctx, const xmlChar *target, const xmlChar *data)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct pstate *st = ctxt->_private;

	if (!st->skip_depth)
		xmlSAX2ProcessingInstruction(ctx, target, data);
}

/* libxml2's complaints: counted, never printed; the first is kept for
 * the warning (doc_warnings()). */
static void
sax_error(void *arg, xmlErrorPtr error)
{
	xmlParserCtxtPtr ctxt = arg;
	struct pstate *st = ctxt ? ctxt->_private : NULL;

	if (!st || !error || error->level < XML_ERR_ERROR)
		return;
	if (!st->xml_errors++ && ctxt->input) {
		st->err_line = error->line;
		st->err_code = error->code;
		st->err_off = (size_t)ctxt->input->consumed +
		              (size_t)(ctxt->input->cur - ctxt->input->base);
		st->err_msg = g_strdup(error->message ? error->message : "");
	}
}

/* The line of the document at which libxml2 found its first error, which
 * it gave in prepared lines; 0 when unknown. */
static int
error_line(const struct pstate *st, const struct prep *pr)
{
	gint64 line = st->err_line;
	guint i;

	if (line <= 0)
		return 0;
	line += pr->lead_lines;
	for (i = 0; i < pr->hidden->len; i++) {
		const struct hidden *h = &g_array_index(pr->hidden, struct hidden, i);

		if (h->out_off < st->err_off || (h->before && h->out_off == st->err_off)) {
			line += h->lines;
			continue;
		}
		/* an error at a mark is about what came before it, but for
		 * text after the root, where libxml2 stepped over the blanks
		 * the text starts with */
		if (h->out_off == st->err_off && st->err_code == XML_ERR_DOCUMENT_END)
			line += h->lead;
		break;
	}
	return line < 1 || line > G_MAXINT ? 0 : (int)line;
}

struct ordered {
	guint seq;
	gpointer entry;
};

static int
cmp_ordered(const void *a, const void *b)
{
	const struct ordered *x = a, *y = b;

	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* An entry nested in another by a recovered error (an unclosed <br> in
 * a description) ends first: put the entries back in document order. */
static void
restore_order(struct pstate *st)
{
	GPtrArray *ents = st->feed->entries;
	struct ordered *o;
	guint i, sorted = 1;

	for (i = 1; i < st->entry_order->len; i++) {
		if (g_array_index(st->entry_order, guint, i) <
		    g_array_index(st->entry_order, guint, i - 1))
			sorted = 0;
	}
	if (sorted || st->entry_order->len != ents->len)
		return;
	o = g_new0(struct ordered, ents->len);
	for (i = 0; i < ents->len; i++) {
		o[i].seq = g_array_index(st->entry_order, guint, i);
		o[i].entry = g_ptr_array_index(ents, i);
	}
	qsort(o, ents->len, sizeof(*o), cmp_ordered);
	for (i = 0; i < ents->len; i++)
		ents->pdata[i] = o[i].entry;
	g_free(o);
}

/* Is an entry among the elements still open at the end? */
static int
cut_inside_entry(xmlParserCtxtPtr ctxt)
{
	xmlNode *n;

	for (n = ctxt->node; n && n->type == XML_ELEMENT_NODE; n = n->parent) {
		if (is_entry(n))
			return 1;
	}
	return 0;
}

/* Is the parser where an entry start tag may be taken out of the input
 * unseen: SW_MAX_ENTRIES kept, no entry open (kept or skipped), only
 * whitespace pending?  sax_start() would skip that entry whole. */
static int
can_drop_entry(struct pstate *st, xmlParserCtxtPtr ctxt)
{
	const xmlChar *c;

	if (st->feed->entries->len < SW_MAX_ENTRIES || st->skip_depth || ctxt->disableSAX ||
	    ctxt->instate != XML_PARSER_CONTENT || !ctxt->input || cut_inside_entry(ctxt))
		return 0;
	for (c = ctxt->input->cur; c && c < ctxt->input->end; c++) {
		if (*c != ' ' && *c != '\t' && *c != '\n' && *c != '\r')
			return 0;
	}
	return 1;
}

/* Hand the prepared document to the parser in SW_PARSE_CHUNK pieces.
 * Once SW_MAX_ENTRIES entries are kept, entries that follow are read by
 * skip_element() and never reach libxml2 (it would skip them anyway): a
 * big file costs little past its first entries.  Anything unusual in such
 * an entry and libxml2 reads on as before. */
static void
feed_prepared(struct pstate *st, xmlParserCtxtPtr ctxt, struct prep *pr)
{
	size_t off = 0;
	int more = 1, dropping = 1;

	while (more && !ctxt->disableSAX && ctxt->instate != XML_PARSER_EOF) {
		int at_entry;

		pr->stop_at_entry = dropping && st->feed->entries->len >= SW_MAX_ENTRIES;
		at_entry = prep_run(pr, off + SW_PARSE_CHUNK);
		more = at_entry || pr->p < pr->end;
		if (at_entry) {
			const char *e;

			/* everything before the entry, then look */
			if (pr->out->len > off)
				xmlParseChunk(ctxt, pr->out->str + off, (int)(pr->out->len - off),
				              0);
			pr->done += pr->out->len;
			g_string_truncate(pr->out, 0);
			off = 0;
			if (!can_drop_entry(st, ctxt)) {
				pr->passed = pr->p;
				continue;
			}
			e = skip_element(pr->p, pr->end);
			if (!e) {
				dropping = 0; /* libxml2 reads the rest */
				continue;
			}
			st->too_many = 1;
			pr->p = e;
			/* entries one after another: no need to ask again */
			for (;;) {
				const char *q = pr->p;

				while (q < pr->end && g_ascii_isspace(*q))
					q++;
				if (q >= pr->end || *q != '<' || !entry_start_tag(q, pr->end))
					break;
				e = skip_element(q, pr->end);
				if (!e)
					break;
				pr->p = e;
			}
			continue;
		}
		while (pr->out->len - off >= SW_PARSE_CHUNK || (!more && pr->out->len > off)) {
			size_t n = MIN(SW_PARSE_CHUNK, pr->out->len - off);

			xmlParseChunk(ctxt, pr->out->str + off, (int)n, 0);
			off += n;
			if (ctxt->disableSAX || ctxt->instate == XML_PARSER_EOF)
				return;
		}
		if (off >= SW_PARSE_CHUNK) {
			g_string_erase(pr->out, 0, off);
			pr->done += off;
			off = 0;
			prep_drop_read(pr, st->marks_read);
		}
	}
}

#define PARSE_AGAIN 1 /* parse_xml(): marks were ambiguous, read without */

/* ---- an HTML page instead of a feed ---- */

/* The value of one attribute of a tag, from p (after its '='); *pp is
 * moved past it.  NULL when it is empty or too long. */
static char *
tag_value(const char **pp, const char *end)
{
	const char *p = *pp, *v;
	char *raw, *val;

	while (p < end && g_ascii_isspace(*p))
		p++;
	if (p < end && (*p == '"' || *p == '\'')) {
		char q = *p++;

		v = p;
		while (p < end && *p != q)
			p++;
		raw = p - v <= SW_MAX_URL ? g_strndup(v, p - v) : NULL;
		if (p < end)
			p++;
	} else {
		v = p;
		while (p < end && !g_ascii_isspace(*p) && *p != '>')
			p++;
		raw = p - v <= SW_MAX_URL ? g_strndup(v, p - v) : NULL;
	}
	*pp = p;
	if (!raw || !*raw) {
		g_free(raw);
		return NULL;
	}
	val = html_decode_entities(raw, SW_MAX_URL);
	g_free(raw);
	return val;
}

/* Whether the space-separated list rel holds "alternate". */
static gboolean
rel_alternate(const char *rel)
{
	char **words = g_strsplit_set(rel, " \t\r\n", -1);
	gboolean yes = FALSE;
	int i;

	for (i = 0; words[i] && !yes; i++)
		yes = g_ascii_strcasecmp(words[i], "alternate") == 0;
	g_strfreev(words);
	return yes;
}

/* Whether a <link>'s type is that of a feed: RSS, Atom, RDF or JSON
 * Feed (a plain application/json is a site's API: WordPress links one). */
static gboolean
feed_type(const char *type)
{
	static const char *const types[] = {
		"application/rss+xml",
		"application/atom+xml",
		"application/rdf+xml",
		"application/feed+json",
	};
	size_t n = strcspn(type, ";");
	size_t i;

	while (n > 0 && g_ascii_isspace(type[n - 1]))
		n--;
	for (i = 0; i < G_N_ELEMENTS(types); i++)
		if (n == strlen(types[i]) && g_ascii_strncasecmp(type, types[i], n) == 0)
			return TRUE;
	return FALSE;
}

/* Whether a page's link, resolved, is one a feed's url can take and a
 * reader can copy from the error: http or https, absolute, with no
 * blank or control character (the list is separated by spaces).  Not
 * javascript:, data: or file: (a hostile page could point a reader at a
 * file of this machine), nor a relative link of a page read from a file,
 * whose site is unknown. */
static gboolean
page_feed_url(const char *url)
{
	const unsigned char *p;

	if (g_ascii_strncasecmp(url, "http://", 7) != 0 &&
	    g_ascii_strncasecmp(url, "https://", 8) != 0)
		return FALSE;
	for (p = (const unsigned char *)url; *p; p++)
		if (*p <= ' ' || *p == 0x7f)
			return FALSE;
	return TRUE;
}

/* Whether the tag name at p (just after its '<') is name, whole. */
static gboolean
tag_is(const char *p, const char *end, const char *name)
{
	size_t n = strlen(name);

	return (size_t)(end - p) >= n && g_ascii_strncasecmp(p, name, n) == 0 &&
	       (p + n == end || g_ascii_isspace(p[n]) || p[n] == '/' || p[n] == '>');
}

/* Past the end of a comment whose "<!--" ends at p: at its "-->" (or
 * "--!>", or the "<!-->" and "<!--->" that HTML reads as empty ones);
 * a comment left open runs to the end. */
static const char *
comment_end(const char *p, const char *end)
{
	if (p < end && *p == '>')
		return p + 1;
	if (end - p >= 2 && p[0] == '-' && p[1] == '>')
		return p + 2;
	while ((p = memchr(p, '-', end - p)) && end - p >= 3) {
		if (p[1] == '-' && p[2] == '>')
			return p + 3;
		if (p[1] == '-' && end - p >= 4 && p[2] == '!' && p[3] == '>')
			return p + 4;
		p++;
	}
	return end;
}

/* The elements whose content HTML reads as text up to their end tag: a
 * "<link" in a script's string or a title is no link, and a "<body" there
 * does not end the head.  Not <noscript>: storywatch runs no script, and
 * reads it as a reader without one does, links and all. */
static const char *const page_text_tags[] = {
	"iframe", "noembed", "noframes", "script", "style", "textarea", "title", "xmp",
};

/* At the end tag of the text element whose tag name is at p (the end
 * when it has none); NULL when the tag is not of such an element. */
static const char *
text_tag_end(const char *p, const char *end)
{
	size_t i;

	for (i = 0; i < G_N_ELEMENTS(page_text_tags); i++) {
		const char *name = page_text_tags[i];

		if (!tag_is(p, end, name))
			continue;
		while ((p = memchr(p, '<', end - p)) && ++p < end)
			if (*p == '/' && tag_is(p + 1, end, name))
				return p;
		return end;
	}
	return NULL;
}

/* (transfer full) The base a page's first <base href> gives its links:
 * resolved against the page's URL, as a browser does, and only when
 * it is an http or https URL (page_feed_url()); else NULL, and the
 * page's own URL is the base. */
static char *
page_base(struct pstate *st, const char *href)
{
	char *base = href ? resolve_against(st->base_url, g_strdup(href)) : NULL;

	if (base && !page_feed_url(base))
		g_clear_pointer(&base, g_free);
	return base;
}

/* (transfer full) The feeds an HTML page names in its head (<link
 * rel="alternate" type="application/rss+xml" href=...>, as browsers and
 * readers find them, not in comments or scripts), made absolute with its
 * <base href> or else the page's URL, http and https ones only
 * (page_feed_url()), at most SW_MAX_PAGE_FEEDS; NULL when none. */
static char *
page_feeds(struct pstate *st, const char *utf8, size_t len)
{
	const char *p = utf8, *end = utf8 + MIN(len, (size_t)SW_MAX_PAGE_HEAD);
	GPtrArray *hrefs = g_ptr_array_new_with_free_func(g_free);
	GPtrArray *found = g_ptr_array_new_with_free_func(g_free);
	char *base_href = NULL, *base, *list = NULL;
	gboolean base_seen = FALSE;
	guint i, j;

	/* every link first: a base applies to the links before it too */
	while ((p = memchr(p, '<', end - p))) {
		char *rel = NULL, *type = NULL, *href = NULL;
		gboolean is_base, has_href = FALSE;
		const char *after;

		p++;
		if (end - p >= 3 && memcmp(p, "!--", 3) == 0) {
			p = comment_end(p + 3, end);
			continue;
		}
		after = text_tag_end(p, end);
		if (after) {
			p = after;
			continue;
		}
		if (tag_is(p, end, "body"))
			break; /* past the head */
		is_base = !base_seen && tag_is(p, end, "base");
		if (!is_base && !tag_is(p, end, "link"))
			continue;
		p += 4; /* "base" or "link" */
		while (p < end && *p != '>') {
			const char *name;
			size_t n;
			char **slot = NULL;

			while (p < end && (g_ascii_isspace(*p) || *p == '/'))
				p++;
			name = p;
			while (p < end && !g_ascii_isspace(*p) && *p != '=' && *p != '>')
				p++;
			n = p - name;
			while (p < end && g_ascii_isspace(*p))
				p++;
			if (p >= end || *p != '=')
				continue;
			p++;
			if (n == 3 && g_ascii_strncasecmp(name, "rel", 3) == 0)
				slot = &rel;
			else if (n == 4 && g_ascii_strncasecmp(name, "type", 4) == 0)
				slot = &type;
			else if (n == 4 && g_ascii_strncasecmp(name, "href", 4) == 0)
				slot = &href;
			if (slot == &href)
				has_href = TRUE;
			if (slot) {
				g_free(*slot);
				*slot = tag_value(&p, end);
			} else {
				g_free(tag_value(&p, end));
			}
		}
		if (is_base && has_href) {
			/* the first with an href, as in HTML; one too long is none */
			base_seen = TRUE;
			base_href = g_steal_pointer(&href);
		} else if (!is_base && rel && type && href && rel_alternate(rel) &&
		           feed_type(type)) {
			g_ptr_array_add(hrefs, g_steal_pointer(&href));
		}
		g_free(rel);
		g_free(type);
		g_free(href);
	}
	base = page_base(st, base_href);
	for (i = 0; i < hrefs->len && found->len < SW_MAX_PAGE_FEEDS; i++) {
		char *abs = resolve_against(base ? base : st->base_url, g_strdup(hrefs->pdata[i]));

		if (abs && !page_feed_url(abs))
			g_clear_pointer(&abs, g_free);
		for (j = 0; abs && j < found->len; j++)
			if (!strcmp(found->pdata[j], abs))
				g_clear_pointer(&abs, g_free);
		if (abs)
			g_ptr_array_add(found, abs);
	}
	if (found->len) {
		g_ptr_array_add(found, NULL);
		list = g_strjoinv(" ", (char **)found->pdata);
	}
	g_free(base_href);
	g_free(base);
	g_ptr_array_free(hrefs, TRUE);
	g_ptr_array_free(found, TRUE);
	return list;
}

/* libxml2's push parser with storywatch's SAX callbacks, st its private
 * data: recovering from errors, never on the network, quiet (errors come
 * to sax_error), CDATA as text, the input UTF-8.  NULL if it cannot start. */
static xmlParserCtxtPtr
sax_parser_new(struct pstate *st)
{
	xmlSAXHandler sax;
	xmlParserCtxtPtr ctxt;

	memset(&sax, 0, sizeof(sax));
	xmlSAXVersion(&sax, 2);
	sax.startElementNs = sax_start;
	sax.endElementNs = sax_end;
	sax.characters = sax_characters;
	sax.ignorableWhitespace = sax_characters;
	sax.comment = sax_comment;
	sax.processingInstruction = sax_pi;
	sax.serror = sax_error;
	sax.error = NULL;
	sax.warning = NULL;
	sax.fatalError = NULL;
	/* (the context keeps a copy of sax) */
	ctxt = xmlCreatePushParserCtxt(&sax, NULL, NULL, 0, st->base_url);
	if (!ctxt)
		return NULL;
	ctxt->_private = st;
	xmlCtxtUseOptions(ctxt, XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR |
	                                XML_PARSE_NOWARNING | XML_PARSE_NOCDATA |
	                                XML_PARSE_COMPACT);
	xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
	return ctxt;
}

/* The parser and the document it built. */
static void
sax_parser_free(xmlParserCtxtPtr ctxt)
{
	xmlFreeDoc(ctxt->myDoc);
	ctxt->myDoc = NULL;
	xmlFreeParserCtxt(ctxt);
}

/* The feed's fields as read, once the feed is made (or not). */
static void
ff_clear(struct pstate *st)
{
	int i;

	for (i = 0; i < FF_NFIELDS; i++)
		slot_clear(&st->ff[i]);
}

/* The error of a document that is no feed: an HTML page that names its
 * feeds names them. */
static void
not_a_feed(struct pstate *st, const char *utf8, size_t len, GError **err)
{
	char *feeds = g_ascii_strcasecmp(st->root, "html") == 0 ? page_feeds(st, utf8, len) : NULL;

	if (feeds)
		g_set_error(err, PARSE_ERROR, 7,
		            "not a feed: an HTML page, which names its feeds: %s", feeds);
	else
		g_set_error(err, PARSE_ERROR, 7, "not a feed: the document is <%s> with no entries",
		            st->root);
	g_free(feeds);
}

/* "document is not well-formed", and where and why when libxml2 said:
 * its message without the lines it names of the prepared document
 * ("Opening and ending tag mismatch: b line 1 and i"), cut short. */
static void
not_well_formed(struct pstate *st)
{
	GString *w = st->warn;
	const char *m = st->err_msg, *end;
	size_t start;

	g_string_append(w, "document is not well-formed");
	if (st->err_line > 0)
		g_string_append_printf(w, " at line %d", st->err_line);
	if (m && *m) {
		g_string_append(w, ": ");
		start = w->len; /* SW_MAX_XML_ERROR bytes from here */
		for (; *m; m++) {
			if (!strncmp(m, " line ", 6) && g_ascii_isdigit(m[6])) {
				for (m += 6; g_ascii_isdigit(m[1]); m++)
					;
				continue;
			}
			g_string_append_c(w, *m == '\n' || *m == '\r' || *m == '\t' ? ' ' : *m);
		}
		while (w->len > start && w->str[w->len - 1] == ' ')
			g_string_truncate(w, w->len - 1);
		if (w->len - start > SW_MAX_XML_ERROR) {
			/* cut on a character */
			end = g_utf8_find_prev_char(w->str + start,
			                            w->str + start + SW_MAX_XML_ERROR + 1);
			g_string_truncate(w, (size_t)(end - w->str));
			g_string_append(w, "…");
		}
	}
	g_string_append(w, "; ");
}

/* Why the feed may be incomplete, into st->warn. */
static void
doc_warnings(struct pstate *st, xmlParserCtxtPtr ctxt, int attrs_over)
{
	if (attrs_over)
		g_string_append_printf(st->warn, "cut before a tag of more than %d attributes; ",
		                       SW_MAX_XML_ATTRS);
	if (st->ns_over)
		g_string_append_printf(st->warn, "cut at more than %d namespaces in scope; ",
		                       SW_MAX_XML_NS);
	if (st->too_many)
		g_string_append(st->warn, "too many entries; ");
	else if (cut_inside_entry(ctxt))
		g_string_append(st->warn, "document ends inside an entry; ");
	else if (st->xml_errors || !ctxt->wellFormed)
		not_well_formed(st);
}

/* The feed's language to each entry that names none. */
static void
entries_lang(struct pstate *st)
{
	guint i;

	for (i = 0; st->feed->lang && i < st->feed->entries->len; i++) {
		struct sw_entry *e = g_ptr_array_index(st->feed->entries, i);

		/* <language> after the first items */
		if (!e->lang)
			e->lang = g_strdup(st->feed->lang);
	}
}

#ifdef SW_FUZZ
int parse_fuzz_no_marks;
#endif

static int
parse_xml(struct pstate *st, const char *utf8, size_t len, int marks, GError **err)
{
	xmlParserCtxtPtr ctxt;
	struct prep pr;

	st->entry_order = g_array_new(FALSE, FALSE, sizeof(guint));
	ctxt = sax_parser_new(st);
	if (!ctxt) {
		g_array_free(st->entry_order, TRUE);
		g_set_error(err, PARSE_ERROR, 1, "cannot start the XML parser");
		return -1;
	}
	prep_init(&pr, utf8, len);
	pr.marks = pr.marks && marks;
	st->prep = &pr;
	feed_prepared(st, ctxt, &pr);
	xmlParseChunk(ctxt, NULL, 0, 1);
	st->prep = NULL;
	st->err_line = error_line(st, &pr);
	if (pr.fdd0 && pr.texts->len) {
		/* a reference gave the marks' character: a mark and that
		 * character could be taken for each other */
		prep_clear(&pr);
		sax_parser_free(ctxt);
		g_array_free(st->entry_order, TRUE);
		ff_clear(st);
		return PARSE_AGAIN;
	}
	prep_clear(&pr);
	if (!st->root_seen) {
		g_array_free(st->entry_order, TRUE);
		sax_parser_free(ctxt);
		if (pr.attrs_over)
			g_set_error(err, PARSE_ERROR, 2,
			            "the root element has more than %d attributes",
			            SW_MAX_XML_ATTRS);
		else
			g_set_error(err, PARSE_ERROR, 2, "no XML element found");
		return -1;
	}
	if (st->kind == KIND_UNKNOWN && !st->feed->entries->len) {
		/* an HTML page, a login portal, OPML: nothing feed-like */
		sax_parser_free(ctxt);
		g_array_free(st->entry_order, TRUE);
		ff_clear(st);
		not_a_feed(st, utf8, len, err);
		return -1;
	}
	doc_warnings(st, ctxt, pr.attrs_over);
	sax_parser_free(ctxt);
	restore_order(st);
	g_array_free(st->entry_order, TRUE);
	feed_finish(st);
	entries_lang(st);
	ff_clear(st);
	return 0;
}

/* ------------------------------------------------------------ JSON Feed */

/* A string member; NULL when absent, not a string, or not valid UTF-8
 * (json-glib lets "\ud800" escapes through). */
static const char *
json_str(JsonObject *o, const char *member)
{
	JsonNode *n;
	const char *s;

	if (!o || !jl.json_object_has_member(o, member))
		return NULL;
	n = jl.json_object_get_member(o, member);
	if (!n || !JL_HOLDS_VALUE(n) || jl.json_node_get_value_type(n) != G_TYPE_STRING)
		return NULL;
	s = jl.json_node_get_string(n);
	if (!s || !g_utf8_validate(s, -1, NULL))
		return NULL;
	return s;
}

#define JSON_EXACT_MAX (G_GINT64_CONSTANT(1) << 53)

static char *
json_id(JsonObject *o)
{
	JsonNode *n;

	if (!jl.json_object_has_member(o, "id"))
		return NULL;
	n = jl.json_object_get_member(o, "id");
	if (!n || !JL_HOLDS_VALUE(n))
		return NULL;
	/* A number is taken while exact in a double, as its writer (often
	 * JavaScript) had it; json-glib saturates or wraps larger integers
	 * (2^64 + 1 and 2^65 both read -1) and reads 1e400 as inf, so those
	 * would make different items one: without an id, the link or the
	 * title and date tell them apart. */
	switch (jl.json_node_get_value_type(n)) {
	case G_TYPE_STRING:
		return g_strdup(json_str(o, "id"));
	case G_TYPE_INT64: {
		gint64 v = jl.json_node_get_int(n);

		if (v < 0 || v > JSON_EXACT_MAX)
			return NULL;
		return g_strdup_printf("%" G_GINT64_FORMAT, v);
	}
	case G_TYPE_DOUBLE: {
		char buf[G_ASCII_DTOSTR_BUF_SIZE];
		double v = jl.json_node_get_double(n);

		if (!(v >= -(double)JSON_EXACT_MAX && v <= (double)JSON_EXACT_MAX))
			return NULL;
		return g_strdup(g_ascii_dtostr(buf, sizeof(buf), v));
	}
	default:
		return NULL;
	}
}

static const char *
json_author(JsonObject *item)
{
	JsonNode *n;

	if (jl.json_object_has_member(item, "authors")) {
		n = jl.json_object_get_member(item, "authors");
		if (JL_HOLDS_ARRAY(n)) {
			JsonArray *a = jl.json_node_get_array(n);

			if (jl.json_array_get_length(a) > 0) {
				JsonNode *first = jl.json_array_get_element(a, 0);

				if (JL_HOLDS_OBJECT(first))
					return json_str(jl.json_node_get_object(first), "name");
			}
		}
	}
	if (jl.json_object_has_member(item, "author")) {
		n = jl.json_object_get_member(item, "author");
		if (JL_HOLDS_OBJECT(n))
			return json_str(jl.json_node_get_object(n), "name");
	}
	return NULL;
}

static char *
json_url(struct pstate *st, const char *u)
{
	return u ? resolve_url(st, NULL, u) : NULL;
}

static void
json_item(struct pstate *st, JsonObject *item)
{
	struct sw_entry *e = g_new0(struct sw_entry, 1);
	const char *html, *text, *s;
	gint64 when;

	e->published = SW_DATE_NONE;
	e->updated = SW_DATE_NONE;
	e->id = json_id(item);
	if (e->id && (!*e->id || strlen(e->id) > SW_MAX_URL)) {
		g_free(e->id);
		e->id = NULL;
	}
	s = json_str(item, "title");
	if (s)
		e->title = collapse_cap(s, SW_MAX_TITLE);
	e->link = json_url(st, json_str(item, "url"));
	if (!e->link)
		e->link = json_url(st, json_str(item, "external_url"));
	s = json_str(item, "summary");
	if (s)
		e->summary = collapse_cap(s, SW_MAX_SUMMARY);
	html = json_str(item, "content_html");
	text = json_str(item, "content_text");
	if (html)
		e->content = html_to_text(html, SW_MAX_CONTENT);
	else if (text)
		e->content = collapse_cap(text, SW_MAX_CONTENT);
	s = json_author(item);
	if (s)
		e->author = collapse_cap(s, SW_MAX_TITLE);
	s = json_str(item, "date_published");
	if (s && !date_parse(s, &when))
		e->published = when;
	s = json_str(item, "date_modified");
	if (s && !date_parse(s, &when))
		e->updated = when;
	if (e->published == SW_DATE_NONE)
		e->published = e->updated; /* as for XML feeds */
	s = json_str(item, "language");
	if (s)
		e->lang = lang_tag(s);
	if (e->lang == NULL && st->feed->lang)
		e->lang = g_strdup(st->feed->lang);
	entry_uid(e);
	if (e->title && !*e->title) {
		g_free(e->title);
		e->title = NULL;
	}
	entry_add(st, e);
}

/* What json_prescan() found: the items past SW_MAX_ENTRIES are the bytes
 * [cut_from, cut_to), from the comma before the first of them to the
 * bracket that closes the array (cut_to == 0: nothing to cut). */
struct json_scan {
	size_t cut_from, cut_to;
};

/*
 * json-glib builds the whole document as a tree (some 300 bytes for an
 * empty object) and recurses once per level, so a hostile body is
 * measured before it is handed over: nested deeper than SW_MAX_JSON_DEPTH,
 * or more than SW_MAX_JSON_VALUES values, is refused.  Items of the
 * top-level "items" array after the first SW_MAX_ENTRIES are never kept,
 * so they are marked to be cut and do not count (a long feed is read, not
 * refused).  Counts '{', '[' and ',' outside strings: at least one for
 * each value.  Returns 0, or -1 with err set.
 */
static int
json_prescan(const char *s, size_t len, struct json_scan *js, GError **err)
{
	size_t i, values = 0, values_at_cut = 0, key_at = 0, key_len = 0;
	int depth = 0, in_string = 0, in_items = 0;
	guint commas = 0; /* in the items array: elements after the first */

	js->cut_from = js->cut_to = 0;
	for (i = 0; i < len; i++) {
		char c = s[i];

		if (in_string) {
			if (c == '\\') {
				i++;
			} else if (c == '"') {
				in_string = 0;
				key_len = i - key_at;
			}
			continue;
		}
		switch (c) {
		case '"':
			in_string = 1;
			if (depth == 1)
				key_at = i + 1; /* a member's name, or a value */
			break;
		case '{':
		case '[':
			values++;
			if (++depth > SW_MAX_JSON_DEPTH) {
				g_set_error(err, PARSE_ERROR, 3, "JSON: nested deeper than %d",
				            SW_MAX_JSON_DEPTH);
				return -1;
			}
			/* a member's value follows its name: the last string */
			if (c == '[' && depth == 2 && !js->cut_to && key_len == 5 &&
			    !memcmp(s + key_at, "items", 5)) {
				in_items = 1;
				commas = 0;
			}
			break;
		case '}':
		case ']':
			if (depth == 2 && in_items) {
				in_items = 0;
				if (js->cut_from) {
					js->cut_to = i;
					values = values_at_cut;
				}
			}
			depth--;
			break;
		case ',':
			values++;
			if (depth == 2 && in_items && ++commas == SW_MAX_ENTRIES) {
				js->cut_from = i;
				values_at_cut = values - 1;
			}
			break;
		default:
			break;
		}
		if (values > SW_MAX_JSON_VALUES && !js->cut_from) {
			g_set_error(err, PARSE_ERROR, 3, "JSON: more than %d values",
			            SW_MAX_JSON_VALUES);
			return -1;
		}
	}
	if (js->cut_from && !js->cut_to) {
		/* the items never closed: json-glib says what is wrong, but
		 * would build what comes before it first */
		js->cut_from = 0;
		if (values > SW_MAX_JSON_VALUES) {
			g_set_error(err, PARSE_ERROR, 3, "JSON: more than %d values",
			            SW_MAX_JSON_VALUES);
			return -1;
		}
	}
	return 0;
}

static int
parse_json(struct pstate *st, const char *utf8, size_t len, GError **err)
{
	JsonParser *jp;
	JsonNode *root;
	JsonObject *o;
	const char *s, *ver;
	GError *jerr = NULL;
	struct json_scan js;
	char *trimmed = NULL;
	char *why = jsonlib_load();
	int rc = -1;

	if (why) {
		g_set_error(err, PARSE_ERROR, 3, "JSON: %s", why);
		g_free(why);
		return -1;
	}
	if (json_prescan(utf8, len, &js, err) < 0)
		return -1;
	if (js.cut_to) {
		/* the items past SW_MAX_ENTRIES left out: still valid JSON */
		size_t cut = js.cut_to - js.cut_from;

		trimmed = g_malloc(len - cut);
		memcpy(trimmed, utf8, js.cut_from);
		memcpy(trimmed + js.cut_from, utf8 + js.cut_to, len - js.cut_to);
		utf8 = trimmed;
		len -= cut;
		g_string_append(st->warn, "too many entries; ");
	}
	jp = jl.json_parser_new();
	if (!jl.json_parser_load_from_data(jp, utf8, (gssize)len, &jerr)) {
		g_set_error(err, PARSE_ERROR, 3, "JSON: %s", jerr->message);
		g_error_free(jerr);
		goto out;
	}
	root = jl.json_parser_get_root(jp);
	if (!root || !JL_HOLDS_OBJECT(root)) {
		g_set_error(err, PARSE_ERROR, 3, "JSON: not an object");
		goto out;
	}
	o = jl.json_node_get_object(root);
	ver = json_str(o, "version");
	if (!(ver && strstr(ver, "jsonfeed.org/version/")) &&
	    !(jl.json_object_has_member(o, "items") &&
	      JL_HOLDS_ARRAY(jl.json_object_get_member(o, "items")))) {
		/* an API's error object, a config file: nothing feed-like */
		g_set_error(err, PARSE_ERROR, 7,
		            "not a feed: a JSON object with no JSON Feed version "
		            "and no items");
		goto out;
	}
	st->feed->format = g_strdup(ver && strstr(ver, "/1.1") ? "json1.1" : "json1.0");
	s = json_str(o, "title");
	if (s)
		st->feed->title = collapse_cap(s, SW_MAX_TITLE);
	st->feed->link = json_url(st, json_str(o, "home_page_url"));
	s = json_str(o, "language");
	if (s)
		st->feed->lang = lang_tag(s);
	if (jl.json_object_has_member(o, "items")) {
		JsonNode *n = jl.json_object_get_member(o, "items");

		if (JL_HOLDS_ARRAY(n)) {
			JsonArray *a = jl.json_node_get_array(n);
			guint i, cnt = jl.json_array_get_length(a);

			for (i = 0; i < cnt; i++) {
				JsonNode *it = jl.json_array_get_element(a, i);

				if (i >= SW_MAX_ENTRIES) {
					g_string_append(st->warn, "too many entries; ");
					break;
				}
				if (JL_HOLDS_OBJECT(it))
					json_item(st, jl.json_node_get_object(it));
			}
		}
	}
	rc = 0;
out:
	jl.g_object_unref(jp);
	g_free(trimmed);
	return rc;
}

/* ------------------------------------------------------------ API */

void
parse_init(void)
{
	xmlInitParser();
}

void
parse_teardown(void)
{
	xmlCleanupParser();
}

void
parse_entry_free(struct sw_entry *e)
{
	if (!e)
		return;
	g_free(e->uid);
	g_free(e->id);
	g_free(e->title);
	g_free(e->link);
	g_free(e->author);
	g_free(e->summary);
	g_free(e->content);
	g_free(e->lang);
	g_free(e);
}

static void
entry_free_cb(gpointer p)
{
	parse_entry_free(p);
}

void
parse_feed_free(struct sw_feed *feed)
{
	if (!feed)
		return;
	g_free(feed->title);
	g_free(feed->link);
	g_free(feed->lang);
	g_free(feed->format);
	g_free(feed->encoding);
	g_free(feed->warning);
	if (feed->entries)
		g_ptr_array_free(feed->entries, TRUE);
	g_free(feed);
}

/* Back to before parse_xml(): no entries, no feed fields, the warnings
 * of decoding (the first wlen bytes) only. */
static void
pstate_reset(struct pstate *st, size_t wlen)
{
	struct sw_feed *f = st->feed;

	g_string_truncate(st->warn, wlen);
	uid_clear(&st->uids);
	g_ptr_array_set_size(f->entries, 0);
	g_clear_pointer(&f->title, g_free);
	g_clear_pointer(&f->link, g_free);
	g_clear_pointer(&f->lang, g_free);
	g_clear_pointer(&f->format, g_free);
	f->ttl = 0;
	f->skip_hours = 0;
	f->skip_days = 0;
	st->kind = KIND_UNKNOWN;
	st->root_seen = 0;
	st->root[0] = '\0';
	st->too_many = 0;
	st->skip_depth = 0;
	st->entry_seq = 0;
	st->entry_order = NULL;
	st->xml_errors = 0;
	st->err_line = 0;
	g_clear_pointer(&st->err_msg, g_free);
	st->marks_seen = 0;
	st->marks_read = 0;
	memset(st->tag_memo, 0, sizeof(st->tag_memo));
	st->ns_over = 0;
	st->xml_base_seen = 0;
	st->xml_lang_seen = 0;
}

struct sw_feed *
parse_feed(const char *data, size_t len, const char *content_type, const char *base_url,
           GError **err)
{
	struct pstate st;
	struct sw_feed *feed;
	char *owned = NULL;
	const char *utf8, *p, *end;
	size_t ulen = 0;
	int rc;

	if (!data || !len) {
		g_set_error(err, PARSE_ERROR, 4, "empty document");
		return NULL;
	}
	if (len > SW_MAX_DOCUMENT) {
		g_set_error(err, PARSE_ERROR, 5, "document over %d bytes", SW_MAX_DOCUMENT);
		return NULL;
	}
	memset(&st, 0, sizeof(st));
	feed = g_new0(struct sw_feed, 1);
	feed->entries = g_ptr_array_new_with_free_func(entry_free_cb);
	st.feed = feed;
	st.warn = g_string_new(NULL);
	st.base_url = base_url;
	utf8 = decode_input(data, len, content_type, &feed->encoding, st.warn, &owned, &ulen);
	if (!utf8) {
		g_set_error(err, PARSE_ERROR, 6, "cannot decode the document");
		rc = -1;
		goto out;
	}
	end = utf8 + ulen;
	for (p = utf8; p < end && g_ascii_isspace(*p); p++)
		;
	if (p < end && *p == '{') {
		rc = parse_json(&st, utf8, ulen, err);
	} else {
		size_t wlen = st.warn->len;

#ifdef SW_FUZZ
		rc = parse_xml(&st, utf8, ulen, !parse_fuzz_no_marks, err);
#else
		rc = parse_xml(&st, utf8, ulen, 1, err);
#endif
		if (rc == PARSE_AGAIN) {
			pstate_reset(&st, wlen);
			rc = parse_xml(&st, utf8, ulen, 0, err);
		}
	}
out:
	g_free(owned);
	uid_clear(&st.uids);
	if (st.warn->len > 2) {
		g_string_truncate(st.warn, st.warn->len - 2); /* "; " */
		feed->warning = g_strdup(st.warn->str);
	}
	g_string_free(st.warn, TRUE);
	g_free(st.err_msg);
	if (rc) {
		parse_feed_free(feed);
		return NULL;
	}
	return feed;
}

char *
parse_feed_to_json(const struct sw_feed *feed)
{
	JsonBuilder *b;
	JsonGenerator *g;
	JsonNode *root;
	char *s, *res, *why = jsonlib_load();
	guint i;

	if (why) {
		g_free(why);
		return NULL;
	}
	b = jl.json_builder_new();
	jl.json_builder_begin_object(b);
	jl.json_builder_set_member_name(b, "feed");
	jl.json_builder_begin_object(b);
	jsonlib_add_string(b, "title", feed->title);
	jsonlib_add_string(b, "link", feed->link);
	jl.json_builder_end_object(b);
	jsonlib_add_string(b, "encoding", feed->encoding);
	jl.json_builder_set_member_name(b, "entries");
	jl.json_builder_begin_array(b);
	for (i = 0; feed->entries && i < feed->entries->len; i++) {
		const struct sw_entry *e = g_ptr_array_index(feed->entries, i);

		jl.json_builder_begin_object(b);
		jsonlib_add_string(b, "id", e->id);
		jsonlib_add_string(b, "title", e->title);
		jsonlib_add_string(b, "link", e->link);
		jsonlib_add_date(b, "published", e->published);
		jsonlib_add_date(b, "updated", e->updated);
		jsonlib_add_string(b, "author", e->author);
		/* like feedparser, the content stands in for a missing
		 * summary */
		jsonlib_add_string(b, "summary", e->summary ? e->summary : e->content);
		jsonlib_add_string(b, "content", e->content);
		jl.json_builder_end_object(b);
	}
	jl.json_builder_end_array(b);
	jl.json_builder_end_object(b);
	root = jl.json_builder_get_root(b);
	g = jl.json_generator_new();
	jl.json_generator_set_root(g, root);
	s = jl.json_generator_to_data(g, NULL);
	res = g_strconcat(s, "\n", NULL);
	g_free(s);
	jl.json_node_unref(root);
	jl.g_object_unref(g);
	jl.g_object_unref(b);
	return res;
}
