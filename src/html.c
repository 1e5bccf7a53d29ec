/*
 * html.c - markup to plain text.
 *
 * html_to_text() hands the fragment to libxml2's HTML parser (no network,
 * errors silenced, recover mode) and walks the tree it builds, keeping text
 * nodes, dropping script and style, and turning block elements into
 * spaces.  The fragments are small (a title, a summary, one entry's
 * content), so building their tree is fine.
 */
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>

#include "html.h"
#include "limits.h"

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

static int
is_ascii_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Cut s (valid UTF-8) to at most max bytes on a character boundary. */
static void
cut_utf8(GString *s, size_t max)
{
	size_t n;

	if (!max || s->len <= max)
		return;
	n = max;
	while (n > 0 && ((unsigned char)s->str[n] & 0xC0) == 0x80)
		n--;
	g_string_truncate(s, n);
}

static char *
collapse_cap(const char *s, size_t len, size_t max)
{
	GString *out = g_string_sized_new(len + 1);
	const char *p = s, *end = s + len;
	int pending = 0;

	while (p < end) {
		if ((unsigned char)p[0] == 0xC2 && p + 1 < end && (unsigned char)p[1] >= 0x80 &&
		    (unsigned char)p[1] <= 0x9F && cp1252_c1[(unsigned char)p[1] - 0x80]) {
			/* C1 controls are windows-1252 punctuation in disguise */
			if (pending) {
				g_string_append_c(out, ' ');
				pending = 0;
			}
			g_string_append_unichar(out, cp1252_c1[(unsigned char)p[1] - 0x80]);
			p += 2;
			continue;
		}
		if (is_ascii_space(*p)) {
			pending = out->len > 0;
			p++;
			continue;
		}
		if ((unsigned char)p[0] < 0x20 || p[0] == 0x7f) {
			p++; /* other C0 controls and DEL: not text */
			continue;
		}
		if (pending) {
			g_string_append_c(out, ' ');
			pending = 0;
		}
		g_string_append_c(out, *p);
		p++;
	}
	if (!g_utf8_validate(out->str, (gssize)out->len, NULL)) {
		char *valid = g_utf8_make_valid(out->str, (gssize)out->len);

		g_string_assign(out, valid);
		g_free(valid);
	}
	cut_utf8(out, max);
	return g_string_free(out, FALSE);
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

/* Does s hold a '<' that starts a tag, comment or declaration up to a
 * '>' (before the next '<')?  Lone '<' are escaped so the HTML parser
 * does not eat the text after them; "<>" is dropped. */
static char *
escape_lone_lt(const char *s, int *has_markup)
{
	size_t len = strlen(s);
	GString *out = g_string_sized_new(len + 16);
	const char *p, *end = s + len, *gt = s, *lt = s;

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
		if (g_ascii_isalpha(p[1]) || p[1] == '/' || p[1] == '!' || p[1] == '?') {
			/* the next '>' and '<', found once per stretch: linear
			 * however many '<' the text holds */
			if (gt != end && gt <= p) {
				gt = strchr(p + 1, '>');
				if (!gt)
					gt = end;
			}
			if (lt != end && lt <= p) {
				lt = strchr(p + 1, '<');
				if (!lt)
					lt = end;
			}
			if (gt != end && gt > p && gt < lt) {
				g_string_append_c(out, '<');
				*has_markup = 1;
				continue;
			}
		}
		g_string_append(out, "&lt;");
	}
	return g_string_free(out, FALSE);
}

char *
html_to_text(const char *s, size_t max)
{
	htmlDocPtr doc;
	GString *text;
	char *buf, *res;
	int markup;

	if (!s || !*s)
		return g_strdup("");
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
	res = collapse_cap(text->str, text->len, max);
	g_string_free(text, TRUE);
	return res;
}

/* Decode one reference at p (p[0] == '&'); returns the bytes used, 0 if
 * it is not a reference we know. */
static size_t
decode_ref(const char *p, GString *out)
{
	const char *q = p + 1;
	gunichar c = 0;

	if (*q == '#') {
		int hex = 0, n = 0;

		q++;
		if (*q == 'x' || *q == 'X') {
			hex = 1;
			q++;
		}
		while (n < 8 && (hex ? g_ascii_isxdigit(*q) : g_ascii_isdigit(*q))) {
			c = c * (hex ? 16 : 10) +
			    (gunichar)(hex ? g_ascii_xdigit_value(*q) : g_ascii_digit_value(*q));
			q++;
			n++;
		}
		if (!n)
			return 0;
		if (*q == ';')
			q++;
		if (!c || !g_unichar_validate(c))
			c = 0xFFFD;
		g_string_append_unichar(out, c);
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
		if (!strcmp(name, "apos"))
			c = '\'';
		else {
			ent = htmlEntityLookup((const xmlChar *)name);
			if (!ent)
				return 0;
			c = ent->value;
		}
		g_string_append_unichar(out, c);
		return (size_t)(q + 1 - p);
	}
}

char *
html_decode_entities(const char *s, size_t max)
{
	GString *out;
	const char *p;
	char *res;

	if (!s)
		return g_strdup("");
	out = g_string_sized_new(strlen(s) + 1);
	for (p = s; *p;) {
		size_t used = 0;

		if (*p == '&')
			used = decode_ref(p, out);
		if (used) {
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
