/*
 * html.c - markup to plain text.
 *
 * html_to_text() reads the fragment in one pass (scan_html): tags skipped,
 * script and style skipped with their contents, comments dropped, block
 * elements turned into spaces, references decoded, and the text written
 * straight into one buffer with whitespace collapsed and the cap applied
 * (struct textout).  It reads the fragment the way libxml2's HTML parser
 * (no network, recover mode) and a walk of its tree do; the few things
 * it cannot follow exactly (CDATA, processing instructions, noscript,
 * object, template, odd attributes or references) go to that parser.
 */
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>

#include "html.h"
#include "caps.h"

#ifndef SW_STATIC
#define SW_STATIC static
#endif

/* Elements whose text is not text, sorted for bsearch. */
static const char *const skip_elements[] = { "noscript", "object", "script", "style", "template" };

/* Elements that separate words, sorted for bsearch. */
static const char *const block_elements[] = {
	"address", "article", "aside", "blockquote", "body",   "br",     "caption", "dd",
	"div",     "dl",      "dt",    "figcaption", "figure", "footer", "form",    "h1",
	"h2",      "h3",      "h4",    "h5",         "h6",     "header", "hr",      "html",
	"img",     "li",      "main",  "nav",        "ol",     "p",      "pre",     "section",
	"table",   "tbody",   "td",    "tfoot",      "th",     "thead",  "tr",      "ul"
};

static int
cmp_name(const void *key, const void *elem)
{
	return g_ascii_strcasecmp(key, *(const char *const *)elem);
}

static int
in_table(const char *name, const char *const *table, size_t n)
{
	return bsearch(name, table, n, sizeof(*table), cmp_name) != NULL;
}

/* windows-1252 characters for the C1 controls 0x80-0x9F (0 = none). */
static const gunichar cp1252_c1[32] = { 0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020,
	                                0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
	                                0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D,
	                                0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
	                                0x0153, 0,      0x017E, 0x0178 };

/* Byte classes for copying text: runs of TEXT bytes are copied whole. */
enum { BC_TEXT, BC_SPACE, BC_CTRL, BC_C2, BC_VSPACE };

/* ASCII whitespace, the other C0 controls and DEL, and 0xC2 (the lead
 * byte of U+0080..U+00BF, where the C1 controls hide). */
static const unsigned char byte_class[256] = {
	[0x00] = BC_CTRL,   [0x01] = BC_CTRL,  [0x02] = BC_CTRL,  [0x03] = BC_CTRL,
	[0x04] = BC_CTRL,   [0x05] = BC_CTRL,  [0x06] = BC_CTRL,  [0x07] = BC_CTRL,
	[0x08] = BC_CTRL,   ['\t'] = BC_SPACE, ['\n'] = BC_SPACE, ['\v'] = BC_VSPACE,
	['\f'] = BC_VSPACE, ['\r'] = BC_SPACE, [0x0E] = BC_CTRL,  [0x0F] = BC_CTRL,
	[0x10] = BC_CTRL,   [0x11] = BC_CTRL,  [0x12] = BC_CTRL,  [0x13] = BC_CTRL,
	[0x14] = BC_CTRL,   [0x15] = BC_CTRL,  [0x16] = BC_CTRL,  [0x17] = BC_CTRL,
	[0x18] = BC_CTRL,   [0x19] = BC_CTRL,  [0x1A] = BC_CTRL,  [0x1B] = BC_CTRL,
	[0x1C] = BC_CTRL,   [0x1D] = BC_CTRL,  [0x1E] = BC_CTRL,  [0x1F] = BC_CTRL,
	[' '] = BC_SPACE,   [0x7F] = BC_CTRL,  [0xC2] = BC_C2,
};

/* Bytes of text kept on the stack before a heap block is needed. */
#define TEXT_LOCAL 2048

/* Text on its way out: whitespace runs become one space (none at the
 * ends), controls dropped, C1 controls mapped, and writing stops once the
 * text is past max (max 0: no cap). */
struct textout {
	char *buf;  /* local, or a heap block once local is too small */
	size_t len; /* bytes in buf; buf[len] is 0 after text_add() */
	size_t cap; /* bytes buf holds */
	size_t max;
	int pending; /* a space is due before the next character */
	int full;    /* past max: the rest cannot show */
	int ctrl;    /* a C0 control other than tab, LF and CR was seen */
	char local[TEXT_LOCAL];
};

static void
text_init(struct textout *t, size_t hint, size_t max)
{
	hint = (max && hint > max ? max : hint) + 8;
	if (hint <= TEXT_LOCAL) {
		t->buf = t->local;
		t->cap = TEXT_LOCAL;
	} else {
		t->buf = g_malloc(hint);
		t->cap = hint;
	}
	t->len = 0;
	t->buf[0] = '\0';
	t->max = max;
	t->pending = 0;
	t->full = 0;
	t->ctrl = 0;
}

/* Room for at least need bytes in t->buf. */
static void
text_grow(struct textout *t, size_t need)
{
	size_t cap = MAX(need, t->cap * 2);

	if (t->buf == t->local) {
		t->buf = g_malloc(cap);
		memcpy(t->buf, t->local, t->len + 1);
	} else {
		t->buf = g_realloc(t->buf, cap);
	}
	t->cap = cap;
}

/* A space before the next character, as a block element gives. */
static void
text_space(struct textout *t)
{
	if (t->len)
		t->pending = 1;
}

#ifndef __SSE2__
/* Are the 8 bytes of w copied as they are by text_add() once a word has
 * been written and no space is pending: no C0 control, DEL or 0xC2, no
 * two spaces side by side and no space last (single spaces between
 * words stay as they are; a last one might start a run). */
static inline int
plain8(guint64 w)
{
	const guint64 ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
	const guint64 low7 = 0x7F7F7F7F7F7F7F7FULL;
	guint64 x7f = w ^ (ones * 0x7F), xc2 = w ^ (ones * 0xC2), xsp = w ^ (ones * ' '), sp;

	if (((w - ones * 0x20) & ~w & high) | ((x7f - ones) & ~x7f & high) |
	    ((xc2 - ones) & ~xc2 & high))
		return 0;
	/* 0x80 in exactly the bytes that are spaces */
	sp = ~(((xsp & low7) + low7) | xsp | low7);
	return !(sp & (sp << 8)) && !(sp >> 63);
}
#endif

#ifdef __SSE2__
/* The bytes of the 16 at p that stop a plain copy (C0 controls, DEL,
 * 0xC2: bit i for byte i) and, in *sp, those that are spaces. */
static inline unsigned
stops16(const unsigned char *p, unsigned *sp)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
	__m128i bad = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v),
	                           _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)),
	                                        _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xC2))));

	*sp = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')));
	return (unsigned)_mm_movemask_epi8(bad);
}
#endif

/* Append n bytes of (valid UTF-8) text: written straight into the
 * buffer, which first grows to hold the worst case (a C1 control, 2
 * bytes, becomes up to 3) and 16 bytes more.  avail (at least n): the
 * bytes that may be read from p, so that the last few bytes of the text
 * can be read as a block of 16 too. */
static void
text_add_avail(struct textout *t, const char *p, size_t n, size_t avail)
{
	const unsigned char *q = (const unsigned char *)p, *end = q + n;
	size_t len = t->len, limit = t->max ? t->max : (size_t)-1;
	char *base, *o;

	if (t->full || !n)
		return;
	if (len + n + n / 2 + 2 + 17 >= t->cap)
		text_grow(t, len + n + n / 2 + 3 + 17);
	base = t->buf;
	o = base + len;
	while (q < end) {
		unsigned char c;

#ifdef __SSE2__
		/* words and single spaces, 32 or 16 bytes at a time: a pending
		 * space goes first, a last space becomes the pending one
		 * (the text past limit is cut off by text_finish()) */
		while (end - q >= 32) {
			unsigned sp0, sp1, stop = stops16(q, &sp0) | stops16(q + 16, &sp1);
			guint32 sp = sp0 | (sp1 << 16);

			if (stop || (sp & (sp >> 1)) || ((sp & 1) && (t->pending || o == base)))
				break;
			if (t->pending) {
				*o++ = ' ';
				t->pending = 0;
			}
			memcpy(o, q, 32);
			q += 32;
			if (sp & 0x80000000u) {
				o += 31;
				t->pending = 1;
			} else {
				o += 32;
			}
		}
		while (end - q >= 16) {
			unsigned sp, stop = stops16(q, &sp);

			if (stop || (sp & (sp >> 1)) || ((sp & 1) && (t->pending || o == base)))
				break;
			if (t->pending) {
				*o++ = ' ';
				t->pending = 0;
			}
			memcpy(o, q, 16);
			q += 16;
			if (sp & 0x8000) {
				o += 15;
				t->pending = 1;
			} else {
				o += 16;
			}
		}
		if (q < end && (size_t)(end - q) < 16 &&
		    avail - (size_t)(q - (const unsigned char *)p) >= 16) {
			/* the last k < 16 bytes: a block of 16 read, k used */
			unsigned k = (unsigned)(end - q), mask = (1u << k) - 1, sp;
			unsigned stop = stops16(q, &sp) & mask;

			sp &= mask;
			if (!(stop || (sp & (sp >> 1)) ||
			      ((sp & 1) && (t->pending || o == base)))) {
				if (t->pending) {
					*o++ = ' ';
					t->pending = 0;
				}
				memcpy(o, q, 16);
				q += k;
				if (sp & (1u << (k - 1))) {
					o += k - 1;
					t->pending = 1;
				} else {
					o += k;
				}
			}
		}
		if ((size_t)(o - base) > limit) {
			t->full = 1;
			break;
		}
		if (q >= end)
			break;
#else
		if (!t->pending && o > base) {
			/* words and single spaces, 8 bytes at a time */
			while (end - q >= 8) {
				guint64 w;

				memcpy(&w, q, 8);
				w = GUINT64_FROM_LE(w); /* byte 0 lowest: "no space last" */
				if (!plain8(w))
					break;
				memcpy(o, &w, 8);
				o += 8;
				q += 8;
			}
			if ((size_t)(o - base) > limit) {
				t->full = 1;
				break;
			}
			if (q >= end)
				break;
		}
#endif
		c = *q;
		switch (byte_class[c]) {
		case BC_TEXT:
			if (t->pending) {
				*o++ = ' ';
				t->pending = 0;
			}
			*o++ = (char)c;
			q++;
			/* the rest of the word */
			while (q < end && byte_class[*q] == BC_TEXT)
				*o++ = (char)*q++;
			break;
		case BC_VSPACE:
			t->ctrl = 1;
			/* fall through */
		case BC_SPACE:
			if (o > base)
				t->pending = 1;
			q++;
			continue;
		case BC_CTRL:
			if (c != 0x7F)
				t->ctrl = 1;
			q++; /* other C0 controls and DEL: not text */
			continue;
		default: /* BC_C2 */
			if (t->pending) {
				*o++ = ' ';
				t->pending = 0;
			}
			if (q + 1 < end && q[1] >= 0x80 && q[1] <= 0x9F && cp1252_c1[q[1] - 0x80]) {
				/* C1 controls are windows-1252 punctuation in
				 * disguise */
				o += g_unichar_to_utf8(cp1252_c1[q[1] - 0x80], o);
				q += 2;
			} else {
				*o++ = (char)c;
				q++;
			}
			break;
		}
		if ((size_t)(o - base) > limit) {
			t->full = 1;
			break;
		}
	}
	t->len = (size_t)(o - base);
	t->buf[t->len] = '\0';
}

static void
text_add(struct textout *t, const char *p, size_t n)
{
	text_add_avail(t, p, n, n);
}

static void
text_add_unichar(struct textout *t, gunichar c)
{
	char buf[8];
	int n;

	if (c >= 0xA0 && !t->full && t->len + 5 < t->cap) {
		/* not a space, a control or a C1 control: written as it is,
		 * what text_add() would do with its UTF-8 */
		char *o = t->buf + t->len;

		if (t->pending) {
			*o++ = ' ';
			t->pending = 0;
		}
		o += g_unichar_to_utf8(c, o);
		t->len = (size_t)(o - t->buf);
		t->buf[t->len] = '\0';
		if (t->len > (t->max ? t->max : (size_t)-1))
			t->full = 1;
		return;
	}
	n = g_unichar_to_utf8(c, buf);
	text_add(t, buf, (size_t)n);
}

/* (transfer full) the text, cut to max on a character boundary. */
static char *
text_finish(struct textout *t)
{
	size_t n = t->len;
	char *res;

	if (t->max && n > t->max) {
		/* cut on a character boundary */
		n = t->max;
		while (n > 0 && ((unsigned char)t->buf[n] & 0xC0) == 0x80)
			n--;
	}
	if (t->buf != t->local) {
		/* the buffer grew for the worst case: give back what the
		 * text did not use (the text is kept, often for as long as
		 * its entry) */
		res = g_realloc(t->buf, n + 1);
	} else {
		res = g_malloc(n + 1);
		memcpy(res, t->buf, n);
	}
	res[n] = '\0';
	return res;
}

/* The text dropped. */
static void
text_free(struct textout *t)
{
	if (t->buf != t->local)
		g_free(t->buf);
}

char *
html_collapse_utf8(const char *s, size_t len, size_t max)
{
	struct textout t;

	text_init(&t, len, max);
	text_add_avail(&t, s, len, len);
	return text_finish(&t);
}

/* The same for text of unknown bytes: made valid first. */
static char *
collapse_cap(const char *s, size_t len, size_t max)
{
	char *valid, *res;

	if (g_utf8_validate(s, (gssize)len, NULL))
		return html_collapse_utf8(s, len, max);
	/* the old order: C1 mapping, then the invalid bytes replaced */
	valid = html_collapse_utf8(s, len, 0);
	res = g_utf8_make_valid(valid, -1);
	g_free(valid);
	valid = html_collapse_utf8(res, strlen(res), max);
	g_free(res);
	return valid;
}

char *
html_collapse_space(const char *s)
{
	if (!s)
		return g_strdup("");
	return collapse_cap(s, strlen(s), 0);
}

static void
collect_text(xmlNode *node, GString *out, int depth)
{
	xmlNode *n;

	if (depth > SW_MAX_XML_DEPTH)
		return;
	for (n = node; n; n = n->next) {
		if (out->len > SW_MAX_FIELD)
			return;
		switch (n->type) {
		case XML_TEXT_NODE:
		case XML_CDATA_SECTION_NODE:
			if (n->content)
				g_string_append(out, (const char *)n->content);
			break;
		case XML_ELEMENT_NODE: {
			const char *name = (const char *)n->name;
			int block;

			if (in_table(name, skip_elements, G_N_ELEMENTS(skip_elements)))
				break;
			block = in_table(name, block_elements, G_N_ELEMENTS(block_elements));
			if (block)
				g_string_append_c(out, ' ');
			collect_text(n->children, out, depth + 1);
			if (block)
				g_string_append_c(out, ' ');
			break;
		}
		default:
			break;
		}
	}
}

static const char *html_name_end(const char *p);
static const char *html_attrs_end(const char *p, int max, const char **cut);

/* Can the '<' at p open a tag, comment or declaration: is a letter, '/',
 * '!' or '?' next? */
static int
lt_opens(const char *p)
{
	return g_ascii_isalpha(p[1]) || p[1] == '/' || p[1] == '!' || p[1] == '?';
}

/* Does a '>' come after the '<' at p (of a string that ends at end)
 * before the next '<'?  Else that '<' is text.  *gt and *lt are the next
 * '>' and '<' after an earlier '<' (end: there is none; at first, the
 * start of the string), found again only once p has passed them: linear
 * however many '<' the text holds. */
static int
lt_closed(const char *p, const char *end, const char **gt, const char **lt)
{
	if (*gt != end && *gt <= p) {
		*gt = strchr(p + 1, '>');
		if (!*gt)
			*gt = end;
	}
	if (*lt != end && *lt <= p) {
		*lt = strchr(p + 1, '<');
		if (!*lt)
			*lt = end;
	}
	return *gt != end && *gt > p && *gt < *lt;
}

/* Does s hold a '<' that starts a tag, comment or declaration up to a
 * '>' (before the next '<')?  Lone '<' are escaped so the HTML parser
 * does not eat the text after them; "<>" is dropped.  A start tag keeps
 * its first SW_MAX_XML_ATTRS attributes: libxml2's HTML parser compares
 * each with every one before it (4.7 s for a tag of 30,000), and the text
 * has no use for them. */
static char *
escape_lone_lt(const char *s, int *has_markup)
{
	size_t len = strlen(s);
	GString *out = g_string_sized_new(len + 16);
	const char *p, *end = s + len, *gt = s, *lt = s;
	const char *read = s; /* start tags are read up to here */

	*has_markup = 0;
	for (p = s; *p; p++) {
		if (*p != '<') {
			g_string_append_c(out, *p);
			continue;
		}
		if (p[1] == '>') {
			p++;
			continue;
		}
		if (lt_opens(p) && lt_closed(p, end, &gt, &lt)) {
			const char *cut, *te;

			g_string_append_c(out, '<');
			*has_markup = 1;
			/* a '<' inside a tag read before is none: each byte
			 * is read once */
			if (!g_ascii_isalpha(p[1]) || p < read)
				continue;
			te = html_attrs_end(html_name_end(p + 1), SW_MAX_XML_ATTRS, &cut);
			read = te;
			if (cut) {
				g_string_append_len(out, p + 1, cut - (p + 1));
				p = te - 1;
			}
			continue;
		}
		g_string_append(out, "&lt;");
	}
	return g_string_free(out, FALSE);
}

/* Decode one reference at p (p[0] == '&') into *c; returns the bytes
 * used, 0 if it is not a reference we know. */
static size_t
decode_ref(const char *p, gunichar *c)
{
	const char *q = p + 1;

	*c = 0;
	if (*q == '#') {
		int hex = 0, n = 0;

		q++;
		if (*q == 'x' || *q == 'X') {
			hex = 1;
			q++;
		}
		while (n < 8 && (hex ? g_ascii_isxdigit(*q) : g_ascii_isdigit(*q))) {
			*c = *c * (hex ? 16 : 10) +
			     (gunichar)(hex ? g_ascii_xdigit_value(*q) : g_ascii_digit_value(*q));
			q++;
			n++;
		}
		if (!n)
			return 0;
		if (*q == ';')
			q++;
		if (!*c || !g_unichar_validate(*c))
			*c = 0xFFFD;
		return (size_t)(q - p);
	} else {
		char name[40];
		size_t n = 0;
		const htmlEntityDesc *ent;

		while (g_ascii_isalnum(*q) && n + 1 < sizeof(name))
			name[n++] = *q++;
		name[n] = '\0';
		if (!n || *q != ';')
			return 0;
		if (!strcmp(name, "apos")) {
			*c = '\'';
		} else if (!strcmp(name, "amp")) {
			*c = '&'; /* the common ones: htmlEntityLookup()'s values */
		} else if (!strcmp(name, "nbsp")) {
			*c = 0xA0;
		} else {
			ent = htmlEntityLookup((const xmlChar *)name);
			if (!ent)
				return 0;
			*c = ent->value;
		}
		return (size_t)(q + 1 - p);
	}
}

/* A character libxml2 keeps (XML's Char production). */
static int
is_xml_char(gunichar c)
{
	return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
	       (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

static int
is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* A tag or attribute name as libxml2's HTML parser reads it; returns its
 * end, p when there is none. */
static const char *
html_name_end(const char *p)
{
	if (!g_ascii_isalpha(*p) && *p != '_' && *p != ':' && *p != '.')
		return p;
	p++;
	while (g_ascii_isalnum(*p) || *p == ':' || *p == '-' || *p == '_' || *p == '.')
		p++;
	return p;
}

/* p is just past a start tag's name: the end of its attributes as
 * libxml2's HTML parser reads them (a '>', "/>" or the end of the text);
 * *cut is where the one after the first max starts, NULL when there are
 * no more. */
static const char *
html_attrs_end(const char *p, int max, const char **cut)
{
	int n = 0;

	*cut = NULL;
	while (is_blank(*p))
		p++;
	while (*p && *p != '>' && !(*p == '/' && p[1] == '>')) {
		const char *e = html_name_end(p);

		if (e == p) {
			/* not an attribute: dropped up to a blank */
			while (*p && !is_blank(*p) && *p != '>' && !(*p == '/' && p[1] == '>'))
				p++;
		} else {
			if (++n > max && !*cut)
				*cut = p;
			p = e;
			while (is_blank(*p))
				p++;
			if (*p == '=') {
				p++;
				while (is_blank(*p))
					p++;
				if (*p == '"' || *p == '\'') {
					const char *q = strchr(p + 1, *p);

					p = q ? q + 1 : p + strlen(p);
				} else {
					while (*p && !is_blank(*p) && *p != '>')
						p++;
				}
			}
		}
		while (is_blank(*p))
			p++;
	}
	return p;
}

/* The local part of the name [p, e): libxml2 keeps "o:p" as a <p> with
 * a prefix (the text walk goes by the part after the first ':'). */
static const char *
local_name(const char *p, const char *e)
{
	const char *colon = memchr(p, ':', (size_t)(e - p));

	if (!colon || colon == p || colon + 1 == e)
		return p;
	return colon + 1;
}

/* libxml2's HTML parser (2.9): a start tag of new_tag closes an open
 * old_tag on top of the stack.  Sorted by old_tag, then new_tag. */
struct close_pair {
	const char *old_tag;
	const char *new_tag;
};

static const struct close_pair start_close[] = {
	{ "a", "a" },
	{ "a", "fieldset" },
	{ "a", "table" },
	{ "a", "td" },
	{ "a", "th" },
	{ "address", "dd" },
	{ "address", "dl" },
	{ "address", "dt" },
	{ "address", "form" },
	{ "address", "li" },
	{ "address", "ul" },
	{ "b", "center" },
	{ "b", "p" },
	{ "b", "td" },
	{ "b", "th" },
	{ "big", "p" },
	{ "caption", "col" },
	{ "caption", "colgroup" },
	{ "caption", "tbody" },
	{ "caption", "tfoot" },
	{ "caption", "thead" },
	{ "caption", "tr" },
	{ "col", "col" },
	{ "col", "colgroup" },
	{ "col", "tbody" },
	{ "col", "tfoot" },
	{ "col", "thead" },
	{ "col", "tr" },
	{ "colgroup", "colgroup" },
	{ "colgroup", "tbody" },
	{ "colgroup", "tfoot" },
	{ "colgroup", "thead" },
	{ "colgroup", "tr" },
	{ "dd", "dt" },
	{ "dir", "dd" },
	{ "dir", "dl" },
	{ "dir", "dt" },
	{ "dir", "form" },
	{ "dir", "ul" },
	{ "dl", "form" },
	{ "dl", "li" },
	{ "dt", "dd" },
	{ "dt", "dl" },
	{ "font", "center" },
	{ "font", "td" },
	{ "font", "th" },
	{ "form", "form" },
	{ "h1", "fieldset" },
	{ "h1", "form" },
	{ "h1", "li" },
	{ "h1", "p" },
	{ "h1", "table" },
	{ "h2", "fieldset" },
	{ "h2", "form" },
	{ "h2", "li" },
	{ "h2", "p" },
	{ "h2", "table" },
	{ "h3", "fieldset" },
	{ "h3", "form" },
	{ "h3", "li" },
	{ "h3", "p" },
	{ "h3", "table" },
	{ "h4", "fieldset" },
	{ "h4", "form" },
	{ "h4", "li" },
	{ "h4", "p" },
	{ "h4", "table" },
	{ "h5", "fieldset" },
	{ "h5", "form" },
	{ "h5", "li" },
	{ "h5", "p" },
	{ "h5", "table" },
	{ "h6", "fieldset" },
	{ "h6", "form" },
	{ "h6", "li" },
	{ "h6", "p" },
	{ "h6", "table" },
	{ "hr", "form" },
	{ "i", "center" },
	{ "i", "p" },
	{ "i", "td" },
	{ "i", "th" },
	{ "legend", "fieldset" },
	{ "li", "li" },
	{ "listing", "dd" },
	{ "listing", "dl" },
	{ "listing", "dt" },
	{ "listing", "fieldset" },
	{ "listing", "form" },
	{ "listing", "li" },
	{ "listing", "table" },
	{ "listing", "ul" },
	{ "menu", "dd" },
	{ "menu", "dl" },
	{ "menu", "dt" },
	{ "menu", "form" },
	{ "menu", "ul" },
	{ "ol", "form" },
	{ "option", "optgroup" },
	{ "option", "option" },
	{ "p", "address" },
	{ "p", "blockquote" },
	{ "p", "body" },
	{ "p", "caption" },
	{ "p", "center" },
	{ "p", "col" },
	{ "p", "colgroup" },
	{ "p", "dd" },
	{ "p", "dir" },
	{ "p", "div" },
	{ "p", "dl" },
	{ "p", "dt" },
	{ "p", "fieldset" },
	{ "p", "form" },
	{ "p", "frameset" },
	{ "p", "h1" },
	{ "p", "h2" },
	{ "p", "h3" },
	{ "p", "h4" },
	{ "p", "h5" },
	{ "p", "h6" },
	{ "p", "head" },
	{ "p", "hr" },
	{ "p", "li" },
	{ "p", "listing" },
	{ "p", "menu" },
	{ "p", "ol" },
	{ "p", "p" },
	{ "p", "pre" },
	{ "p", "table" },
	{ "p", "tbody" },
	{ "p", "td" },
	{ "p", "tfoot" },
	{ "p", "th" },
	{ "p", "title" },
	{ "p", "tr" },
	{ "p", "ul" },
	{ "p", "xmp" },
	{ "pre", "dd" },
	{ "pre", "dl" },
	{ "pre", "dt" },
	{ "pre", "fieldset" },
	{ "pre", "form" },
	{ "pre", "li" },
	{ "pre", "table" },
	{ "pre", "ul" },
	{ "s", "p" },
	{ "script", "noscript" },
	{ "small", "p" },
	{ "span", "td" },
	{ "span", "th" },
	{ "strike", "p" },
	{ "style", "body" },
	{ "style", "frameset" },
	{ "tbody", "tbody" },
	{ "tbody", "tfoot" },
	{ "td", "tbody" },
	{ "td", "td" },
	{ "td", "tfoot" },
	{ "td", "th" },
	{ "td", "tr" },
	{ "tfoot", "tbody" },
	{ "th", "tbody" },
	{ "th", "td" },
	{ "th", "tfoot" },
	{ "th", "th" },
	{ "th", "tr" },
	{ "thead", "tbody" },
	{ "thead", "tfoot" },
	{ "title", "body" },
	{ "title", "frameset" },
	{ "tr", "tbody" },
	{ "tr", "tfoot" },
	{ "tr", "tr" },
	{ "tt", "p" },
	{ "u", "p" },
	{ "u", "td" },
	{ "u", "th" },
	{ "ul", "address" },
	{ "ul", "form" },
	{ "ul", "menu" },
	{ "ul", "pre" },
	{ "xmp", "dd" },
	{ "xmp", "dl" },
	{ "xmp", "dt" },
	{ "xmp", "fieldset" },
	{ "xmp", "form" },
	{ "xmp", "li" },
	{ "xmp", "table" },
	{ "xmp", "ul" },
};

static int
cmp_start_close(const void *key, const void *elem)
{
	const struct close_pair *k = key, *e = elem;
	int c = k->old_tag[0] != e->old_tag[0]
	                ? (unsigned char)k->old_tag[0] - (unsigned char)e->old_tag[0]
	                : strcmp(k->old_tag, e->old_tag);

	return c ? c : strcmp(k->new_tag, e->new_tag);
}

/* What the scanner needs to know of an element, by its lower-case name. */
enum {
	EL_BLOCK = 1,    /* separates words (block_elements) */
	EL_VOID = 2,     /* libxml2 knows it has no content nor end tag */
	EL_SKIP = 4,     /* its text is not text (skip_elements) */
	EL_TREE = 8,     /* left to libxml2: the document's own elements,
	                  * those it moves, and those that close a <p>
	                  * without being block elements here */
	EL_CLOSABLE = 16 /* a start tag may close it (start_close) */
};

/* Sorted for bsearch. */
static const struct elem_info {
	const char *name;
	unsigned flags;
} elem_infos[] = {
	{ "a", EL_CLOSABLE },
	{ "address", EL_BLOCK | EL_CLOSABLE },
	{ "area", EL_VOID },
	{ "article", EL_BLOCK },
	{ "aside", EL_BLOCK },
	{ "b", EL_CLOSABLE },
	{ "base", EL_VOID },
	{ "basefont", EL_VOID },
	{ "big", EL_CLOSABLE },
	{ "blockquote", EL_BLOCK },
	{ "body", EL_BLOCK | EL_TREE },
	{ "br", EL_BLOCK | EL_VOID },
	{ "caption", EL_BLOCK | EL_CLOSABLE },
	{ "center", EL_TREE },
	{ "col", EL_VOID | EL_TREE | EL_CLOSABLE },
	{ "colgroup", EL_TREE | EL_CLOSABLE },
	{ "dd", EL_BLOCK | EL_CLOSABLE },
	{ "dir", EL_TREE | EL_CLOSABLE },
	{ "div", EL_BLOCK },
	{ "dl", EL_BLOCK | EL_CLOSABLE },
	{ "dt", EL_BLOCK | EL_CLOSABLE },
	{ "embed", EL_TREE },
	{ "fieldset", EL_TREE },
	{ "figcaption", EL_BLOCK },
	{ "figure", EL_BLOCK },
	{ "font", EL_CLOSABLE },
	{ "footer", EL_BLOCK },
	{ "form", EL_BLOCK | EL_CLOSABLE },
	{ "frame", EL_VOID },
	{ "frameset", EL_TREE },
	{ "h1", EL_BLOCK | EL_CLOSABLE },
	{ "h2", EL_BLOCK | EL_CLOSABLE },
	{ "h3", EL_BLOCK | EL_CLOSABLE },
	{ "h4", EL_BLOCK | EL_CLOSABLE },
	{ "h5", EL_BLOCK | EL_CLOSABLE },
	{ "h6", EL_BLOCK | EL_CLOSABLE },
	{ "head", EL_TREE },
	{ "header", EL_BLOCK },
	{ "hr", EL_BLOCK | EL_VOID | EL_CLOSABLE },
	{ "html", EL_BLOCK | EL_TREE },
	{ "i", EL_CLOSABLE },
	{ "img", EL_BLOCK | EL_VOID },
	{ "input", EL_VOID },
	{ "isindex", EL_VOID },
	{ "legend", EL_CLOSABLE },
	{ "li", EL_BLOCK | EL_CLOSABLE },
	{ "link", EL_VOID },
	{ "listing", EL_TREE | EL_CLOSABLE },
	{ "main", EL_BLOCK },
	{ "menu", EL_TREE | EL_CLOSABLE },
	{ "meta", EL_VOID },
	{ "nav", EL_BLOCK },
	{ "noscript", EL_SKIP },
	{ "object", EL_SKIP },
	{ "ol", EL_BLOCK | EL_CLOSABLE },
	{ "option", EL_CLOSABLE },
	{ "p", EL_BLOCK | EL_CLOSABLE },
	{ "param", EL_VOID },
	{ "pre", EL_BLOCK | EL_CLOSABLE },
	{ "s", EL_CLOSABLE },
	{ "script", EL_SKIP | EL_CLOSABLE },
	{ "section", EL_BLOCK },
	{ "small", EL_CLOSABLE },
	{ "span", EL_CLOSABLE },
	{ "strike", EL_CLOSABLE },
	{ "style", EL_SKIP | EL_CLOSABLE },
	{ "table", EL_BLOCK },
	{ "tbody", EL_BLOCK | EL_CLOSABLE },
	{ "td", EL_BLOCK | EL_CLOSABLE },
	{ "template", EL_SKIP },
	{ "tfoot", EL_BLOCK | EL_CLOSABLE },
	{ "th", EL_BLOCK | EL_CLOSABLE },
	{ "thead", EL_BLOCK | EL_CLOSABLE },
	{ "title", EL_TREE | EL_CLOSABLE },
	{ "tr", EL_BLOCK | EL_CLOSABLE },
	{ "tt", EL_CLOSABLE },
	{ "u", EL_CLOSABLE },
	{ "ul", EL_BLOCK | EL_CLOSABLE },
	{ "xmp", EL_TREE | EL_CLOSABLE },
};

/* Where the names of each first letter start in elem_infos: [c - 'a']
 * for c in a..z, and [26] the end. */
static guint8 elem_first[27];
/* The flags of the one-letter names (a, b, i, p, ...), by letter. */
static unsigned elem_single[26];

static void
elem_first_init(void)
{
	static gsize done;
	size_t i;
	int c;

	if (!g_once_init_enter(&done))
		return;
	for (c = 0, i = 0; c < 26; c++) {
		elem_first[c] = (guint8)i;
		while (i < G_N_ELEMENTS(elem_infos) && elem_infos[i].name[0] == 'a' + c) {
			if (!elem_infos[i].name[1])
				elem_single[c] = elem_infos[i].flags;
			i++;
		}
	}
	elem_first[26] = (guint8)i;
	g_once_init_leave(&done, 1);
}

/* The EL_ flags of the element named name (lower case); 0 if unknown: a
 * binary search of the names of its first letter in elem_infos (sorted
 * in strcmp() order), comparing inline. */
static unsigned
elem_flags(const char *name)
{
	size_t lo, hi;

	if (name[0] < 'a' || name[0] > 'z')
		return 0;
	elem_first_init();
	if (!name[1])
		return elem_single[name[0] - 'a'];
	lo = elem_first[name[0] - 'a'];
	hi = elem_first[name[0] - 'a' + 1];
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const unsigned char *a = (const unsigned char *)name;
		const unsigned char *b = (const unsigned char *)elem_infos[mid].name;

		while (*a && *a == *b) {
			a++;
			b++;
		}
		if (*a == *b)
			return elem_infos[mid].flags;
		if (*a < *b)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}

/* The elements open in the fragment, as libxml2 keeps them (without the
 * html and body it makes up around them): lower-case names. */
struct scan_stack {
	char name[SW_MAX_XML_DEPTH][16];
	unsigned flags[SW_MAX_XML_DEPTH]; /* EL_BLOCK by the local name, EL_CLOSABLE */
	int n;
	int started; /* an element or text seen: html and body are open */
	/* the last answer of closes_top(): a fragment repeats its pairs */
	char last_old[16], last_new[16];
	int last_closes;
};

/* Does a start tag of new_tag close the element on top? */
static int
closes_top(struct scan_stack *st, const char *new_tag)
{
	struct close_pair key;

	if (!st->n || !(st->flags[st->n - 1] & EL_CLOSABLE))
		return 0;
	key.old_tag = st->name[st->n - 1];
	key.new_tag = new_tag;
	if (!strcmp(key.old_tag, st->last_old) && !strcmp(new_tag, st->last_new))
		return st->last_closes;
	st->last_closes = bsearch(&key, start_close, G_N_ELEMENTS(start_close),
	                          sizeof(start_close[0]), cmp_start_close) != NULL;
	strcpy(st->last_old, key.old_tag);
	strcpy(st->last_new, new_tag);
	return st->last_closes;
}

/* libxml2's end-tag priority: an end tag does not close past an open
 * element of a higher one. */
static int
end_priority(const char *name)
{
	static const struct {
		const char *name;
		int priority;
	} prio[] = { { "div", 150 },   { "td", 160 },    { "th", 160 },    { "tr", 170 },
		     { "thead", 180 }, { "tbody", 180 }, { "tfoot", 180 }, { "table", 190 } };
	size_t i;

	if (name[0] != 'd' && name[0] != 't')
		return 100; /* most end tags: no call of strcmp() */
	for (i = 0; i < G_N_ELEMENTS(prio); i++) {
		if (!strcmp(prio[i].name, name))
			return prio[i].priority;
	}
	return 100;
}

static void
stack_pop(struct scan_stack *st, struct textout *t)
{
	st->n--;
	if (st->flags[st->n] & EL_BLOCK)
		text_space(t);
}

/* Copy the name [p, e) lower case into buf (16 bytes); -1 if too long. */
static int
lower_name(const char *p, const char *e, char *buf)
{
	size_t i, len = (size_t)(e - p);

	if (len >= 16)
		return -1;
	for (i = 0; i < len; i++)
		buf[i] = g_ascii_tolower(p[i]);
	buf[len] = '\0';
	return 0;
}

/* The attributes and end of a start tag from p (after the name): the
 * byte after its '>', NULL for anything libxml2 might read otherwise.
 * *empty is set for "/>". */
static const char *
tag_rest(const char *p, int *empty)
{
	*empty = 0;
	for (;;) {
		const char *e;

		while (is_blank(*p))
			p++;
		if (*p == '>')
			return p + 1;
		if (*p == '/' && p[1] == '>') {
			*empty = 1;
			return p + 2;
		}
		e = html_name_end(p);
		if (e == p)
			return NULL;
		p = e;
		while (is_blank(*p))
			p++;
		if (*p != '=')
			continue;
		p++;
		while (is_blank(*p))
			p++;
		if (*p == '"' || *p == '\'') {
			const char *close = strchr(p + 1, *p);

			if (!close || memchr(p + 1, '<', (size_t)(close - p - 1)))
				return NULL;
			p = close + 1;
		} else {
			while (*p && !is_blank(*p) && *p != '>')
				p++;
			if (!*p)
				return NULL;
		}
	}
}

/* A numeric reference at p ("&#..."), read only where libxml2's HTML
 * parser and decode_ref() agree: 1-7 digits, a character XML allows.
 * Returns the bytes used, 0 otherwise. */
static size_t
char_ref(const char *p, gunichar *c)
{
	const char *q = p + 2;
	int hex = 0, n = 0;

	*c = 0;
	if (*q == 'x' || *q == 'X') {
		hex = 1;
		q++;
	}
	while (hex ? g_ascii_isxdigit(*q) : g_ascii_isdigit(*q)) {
		if (++n > 7)
			return 0;
		*c = *c * (hex ? 16 : 10) + (gunichar)(hex ? g_ascii_xdigit_value(*q) : *q - '0');
		q++;
	}
	if (!n || !is_xml_char(*c))
		return 0;
	if (*q == ';')
		q++;
	return (size_t)(q - p);
}

/* Does [p, e) hold more than blanks? */
static int
has_text(const char *p, const char *e)
{
	for (; p < e; p++) {
		if (!is_blank(*p))
			return 1;
	}
	return 0;
}

/* Does the '<' at p start a tag, as the scanner reads it (not text)? */
static int
is_tag_start(const char *p, const char *end)
{
	const char *gt = p, *lt = p;

	if (p[1] == '>')
		return 1;
	return lt_opens(p) && lt_closed(p, end, &gt, &lt);
}

/* Text before any element: libxml2 opens a <p> for it. */
static void
implied_p(struct scan_stack *st)
{
	st->started = 1;
	strcpy(st->name[st->n], "p");
	st->flags[st->n++] = EL_BLOCK | EL_CLOSABLE;
}

/* The first '<' or '&' in [p, end), else end: 16 bytes at a time. */
static const char *
find_lt_amp(const char *p, const char *end)
{
#ifdef __SSE2__
	const __m128i lt = _mm_set1_epi8('<'), amp = _mm_set1_epi8('&');

	while (end - p >= 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
		unsigned m = (unsigned)_mm_movemask_epi8(
		        _mm_or_si128(_mm_cmpeq_epi8(v, lt), _mm_cmpeq_epi8(v, amp)));

		if (m)
			return p + __builtin_ctz(m);
		p += 16;
	}
#endif
	while (p < end && *p != '<' && *p != '&')
		p++;
	return p;
}

/* Text of the HTML fragment s (valid UTF-8) in one pass, the way
 * libxml2's HTML parser and the tree walk of old read it: returns 0, or
 * -1 for markup this scanner leaves to libxml2 (comments it cannot end,
 * CDATA, declarations, processing instructions, odd attributes,
 * noscript/object/template, bad character references). */
static int
scan_html(const char *s, struct textout *t)
{
	const char *p = s, *gt = s, *lt = s;
	const char *end = s + strlen(s);
	struct scan_stack stack, *st = &stack;
	char name[16];
	unsigned flags;
	int i;

	st->n = 0;
	st->started = 0;
	st->last_old[0] = '\0'; /* no element is named "" */
	st->last_new[0] = '\0';
	while (*p && !t->full) {
		const char *run = p, *e, *q, *r;
		gunichar c;
		size_t used;
		int empty;

		p = find_lt_amp(p, end);
		if (p > run && !st->started && has_text(run, p))
			implied_p(st);
		if (p > run)
			text_add_avail(t, run, (size_t)(p - run), (size_t)(end - run));
		if (t->ctrl)
			return -1; /* a C0 control: libxml2 drops some, keeps others */
		if (!*p || t->full)
			break;
		if (!st->started && (*p == '&' || (*p == '<' && !is_tag_start(p, end))))
			implied_p(st);
		if (*p == '&' && p[1] == '#') {
			used = char_ref(p, &c);
			if (!used)
				return -1; /* libxml2 drops or reads these otherwise */
			text_add_unichar(t, c);
			p += used;
			continue;
		}
		if (*p == '&') {
			used = decode_ref(p, &c);
			if (used)
				text_add_unichar(t, c);
			else
				text_add(t, "&", 1);
			p += used ? used : 1;
			continue;
		}
		if (p[1] == '>') {
			/* "<>": dropped, which may join a reference */
			if (p > s && (g_ascii_isalnum(p[-1]) || p[-1] == '#' || p[-1] == '&'))
				return -1;
			p += 2;
			continue;
		}
		/* a tag only up to a '>' before the next '<' */
		if (!lt_opens(p) || !lt_closed(p, end, &gt, &lt)) {
			text_add(t, "<", 1);
			p++;
			continue;
		}
		if (p[1] == '!') {
			if (strncmp(p, "<!--", 4))
				return -1;
			e = strstr(p + 4, "-->");
			if (!e || e == p + 4 || memchr(p + 4, '<', (size_t)(e - p - 4)) ||
			    g_strstr_len(p + 4, e - p - 4, "--!"))
				return -1;
			p = e + 3;
			continue;
		}
		if (p[1] == '?')
			return -1;
		if (p[1] == '/') {
			q = p + 2;
			e = html_name_end(q);
			if (e == q)
				return -1;
			while (is_blank(*e))
				e++;
			if (*e != '>')
				return -1;
			r = html_name_end(q);
			if (lower_name(q, r, name) || (elem_flags(name) & (EL_TREE | EL_VOID)))
				return -1;
			/* the innermost open one of that name, unless an element
			 * of a higher priority is open inside it */
			for (i = st->n - 1; i >= 0; i--) {
				if (!strcmp(st->name[i], name) ||
				    end_priority(st->name[i]) > end_priority(name))
					break;
			}
			if (i >= 0 && !strcmp(st->name[i], name)) {
				while (st->n > i)
					stack_pop(st, t);
			}
			p = e + 1;
			continue;
		}
		q = p + 1;
		e = html_name_end(q);
		if (lower_name(q, e, name))
			return -1;
		flags = elem_flags(name);
		if (local_name(name, name + (e - q)) != name) {
			/* "o:p" is a <p> to the tree walk: block by its local
			 * part; "x:script" is not raw text, yet dropped */
			unsigned local = elem_flags(local_name(name, name + (e - q)));

			if (local & (EL_TREE | EL_SKIP))
				return -1;
			flags = local & EL_BLOCK;
		}
		if (flags & EL_TREE)
			return -1;
		if (!st->started &&
		    (!strcmp(name, "script") || !strcmp(name, "style") || !strcmp(name, "meta") ||
		     !strcmp(name, "link") || !strcmp(name, "base")))
			return -1; /* first: libxml2 makes a <head> for it */
		st->started = 1;
		if (flags & EL_SKIP) {
			size_t n = (size_t)(e - q);

			if (strcmp(name, "script") && strcmp(name, "style"))
				return -1;
			p = tag_rest(e, &empty);
			if (!p || empty)
				return -1;
			/* raw text up to "</name" */
			for (r = strchr(p, '<'); r; r = strchr(r + 1, '<')) {
				if (r[1] == '>')
					return -1;
				if (r[1] == '/' && !g_ascii_strncasecmp(r + 2, q, n))
					break;
			}
			if (!r)
				return -1;
			e = r + 2 + n;
			while (is_blank(*e))
				e++;
			if (*e != '>')
				return -1;
			p = e + 1;
			continue;
		}
		p = tag_rest(e, &empty);
		if (!p)
			return -1;
		while (closes_top(st, name))
			stack_pop(st, t);
		if (flags & EL_BLOCK)
			text_space(t);
		if (empty || (flags & EL_VOID))
			continue;
		if (st->n >= SW_MAX_XML_DEPTH - 8)
			return -1; /* the tree walk stops at SW_MAX_XML_DEPTH */
		strcpy(st->name[st->n], name);
		st->flags[st->n++] = flags;
	}
	return 0;
}

/* Text of s by libxml2's HTML parser and a walk of its tree: the old
 * way, for what the scanner leaves.  utf8: s is known valid UTF-8. */
static char *
html_to_text_tree(const char *s, size_t max, int utf8)
{
	htmlDocPtr doc;
	GString *text;
	char *buf, *res;
	int markup;

	if (!strchr(s, '<') && !strchr(s, '&'))
		return collapse_cap(s, strlen(s), max);
	buf = escape_lone_lt(s, &markup);
	if (!markup && !strchr(buf, '&')) {
		res = html_decode_entities(buf, max);
		g_free(buf);
		return res;
	}
	doc = htmlReadMemory(buf, (int)strlen(buf), NULL, "UTF-8",
	                     HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
	                             HTML_PARSE_RECOVER);
	g_free(buf);
	if (!doc)
		return html_decode_entities(s, max);
	text = g_string_new(NULL);
	collect_text(doc->children, text, 0);
	xmlFreeDoc(doc);
	if (utf8)
		res = html_collapse_utf8(text->str, text->len, max);
	else
		res = collapse_cap(text->str, text->len, max);
	g_string_free(text, TRUE);
	return res;
}

char *
html_to_text_utf8(const char *s, size_t max)
{
	struct textout t;

	if (!s || !*s)
		return g_strdup("");
	text_init(&t, strlen(s), max);
	if (!scan_html(s, &t))
		return text_finish(&t);
	text_free(&t);
	return html_to_text_tree(s, max, 1);
}

/* The bytes libxml2 would not take as UTF-8 text, or drop. */
static int
is_clean_utf8(const char *s)
{
	const char *end;

	if (!g_utf8_validate(s, -1, &end))
		return 0;
	return !strstr(s, "\xEF\xBF\xBE") && !strstr(s, "\xEF\xBF\xBF");
}

char *
html_to_text(const char *s, size_t max)
{
	if (!s || !*s)
		return g_strdup("");
	if (is_clean_utf8(s))
		return html_to_text_utf8(s, max);
	return html_to_text_tree(s, max, 0); /* bytes that are not UTF-8 */
}

char *
html_decode_entities(const char *s, size_t max)
{
	struct textout t;
	GString *out;
	const char *p, *amp;
	char *res;
	gunichar c;
	size_t used;

	if (!s)
		return g_strdup("");
	if (g_utf8_validate(s, -1, NULL)) {
		text_init(&t, strlen(s), max);
		for (p = s; *p && !t.full;) {
			amp = strchr(p, '&');
			if (!amp) {
				text_add(&t, p, strlen(p));
				break;
			}
			text_add(&t, p, (size_t)(amp - p));
			p = amp;
			used = decode_ref(p, &c);
			if (used) {
				text_add_unichar(&t, c);
				p += used;
			} else {
				text_add(&t, "&", 1);
				p++;
			}
		}
		return text_finish(&t);
	}
	out = g_string_sized_new(strlen(s) + 1);
	for (p = s; *p;) {
		used = 0;
		if (*p == '&')
			used = decode_ref(p, &c);
		if (used) {
			g_string_append_unichar(out, c);
			p += used;
			continue;
		}
		g_string_append_c(out, *p);
		p++;
	}
	res = collapse_cap(out->str, out->len, max);
	g_string_free(out, TRUE);
	return res;
}

char *
html_escape(const char *s)
{
	GString *out;
	const char *p;

	if (!s)
		return g_strdup("");
	out = g_string_sized_new(strlen(s) + 16);
	for (p = s; *p; p++) {
		switch (*p) {
		case '&':
			g_string_append(out, "&amp;");
			break;
		case '<':
			g_string_append(out, "&lt;");
			break;
		case '>':
			g_string_append(out, "&gt;");
			break;
		case '"':
			g_string_append(out, "&quot;");
			break;
		case '\'':
			g_string_append(out, "&#39;");
			break;
		default:
			g_string_append_c(out, *p);
			break;
		}
	}
	return g_string_free(out, FALSE);
}
