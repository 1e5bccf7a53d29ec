/* test_html.c - markup to plain text: entities, dropped elements, spaces. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>

#include "html.h"

struct text_case {
	const char *in;
	const char *want;
};

static const struct text_case to_text_cases[] = {
	{ "plain words", "plain words" },
	{ "  lots \t of\n\n space  ", "lots of space" },
	{ "<p>Hello <b>world</b></p>", "Hello world" },
	{ "<p>one</p><p>two</p>", "one two" },
	{ "line<br>break", "line break" },
	{ "<ul><li>a</li><li>b</li></ul>", "a b" },
	{ "x<script>alert('no')</script>y", "xy" },
	{ "<style>p { color: red }</style>styled", "styled" },
	{ "<!-- a comment -->visible", "visible" },
	{ "AT&amp;T &lt;tag&gt;", "AT&T <tag>" },
	{ "&ldquo;quoted&rdquo; &hellip;", "\xe2\x80\x9cquoted\xe2\x80\x9d \xe2\x80\xa6" },
	{ "caf&eacute; &#233; &#xE9;", "caf\xc3\xa9 \xc3\xa9 \xc3\xa9" },
	{ "a&nbsp;b", "a\xc2\xa0"
	              "b" }, /* no-break space is kept */
	{ "5 < 6 and 7 > 3", "5 < 6 and 7 > 3" },
	{ "<!DOCTYPE", "<!DOCTYPE" },
	{ "don&#146;t", "don\xe2\x80\x99t" }, /* windows-1252 in disguise */
	{ "<div><p>nested <span>inline</span>text</p></div>", "nested inlinetext" },
	{ "", "" },
	{ "<b></b>", "" },
	/* the one-pass scanner reads these as libxml2's HTML parser did */
	{ "one</p>two", "one two" },                              /* text first: an implied <p> */
	{ "<div>one</p>two</div>", "onetwo" },                    /* a stray end tag */
	{ "<p>a<div>b</div>c</p>d", "a b cd" },                   /* <div> closed the <p> */
	{ "<div><span>a</div>b</span>c", "a bc" },                /* </div> closes the <span> */
	{ "<table><tr><td>a</div>b</td></tr></table>c", "ab c" }, /* priority */
	{ "<li>a<li>b</li></li>c", "a b c" },
	{ "a<o:p>w</o:p>s", "a w s" }, /* a prefixed <p> */
	{ "x<SCRIPT type=\"t\">if (a < b) {}</script >y", "xy" },
	{ "<a title='x>y' href=z>link</a>text", "linktext" },
	{ "<p>a</p><!-- <b> -->b", "a <!-- -->b" }, /* a '<' inside: not a comment */
	{ "&#65 &#x1F600; x", "A \xf0\x9f\x98\x80 x" },
	/* left to libxml2's parser */
	{ "a<noscript>b</noscript>c", "ac" },
	{ "a<![CDATA[b]]>c", "a<![CDATA[b]]>c" },
	{ "<style>p{}</style>text", "text" },
};

static const struct text_case decode_cases[] = {
	{ "AT&amp;T", "AT&T" },
	{ "&lt;b&gt; stays a tag", "<b> stays a tag" },
	{ "&ldquo;x&rdquo;", "\xe2\x80\x9cx\xe2\x80\x9d" },
	{ "&#65;&#x42;&#X43;", "ABC" },
	{ "&apos;&quot;", "'\"" },
	{ "&bogus; & alone", "&bogus; & alone" },
	{ "  a \n b  ", "a b" },
};

/* Each case through convert (with no cap); a failure names its input. */
static void
check_cases(const struct text_case *cases, size_t n, char *(*convert)(const char *, size_t))
{
	size_t i;

	for (i = 0; i < n; i++) {
		char *got = convert(cases[i].in, 0);

		if (strcmp(got, cases[i].want))
			print_error("\"%s\" -> \"%s\"\n", cases[i].in, got);
		assert_string_equal(got, cases[i].want);
		g_free(got);
	}
}

static void
test_to_text(void **state)
{
	(void)state;
	check_cases(to_text_cases, G_N_ELEMENTS(to_text_cases), html_to_text);
}

static void
test_decode(void **state)
{
	(void)state;
	check_cases(decode_cases, G_N_ELEMENTS(decode_cases), html_decode_entities);
}

static void
test_cap(void **state)
{
	char *got;

	(void)state;
	/* "é" is two bytes: a cap of 4 must not split the second one */
	got = html_to_text("<p>a\xc3\xa9\xc3\xa9</p>", 4);
	assert_string_equal(got, "a\xc3\xa9");
	g_free(got);
	got = html_decode_entities("abcdef", 3);
	assert_string_equal(got, "abc");
	g_free(got);
}

static void
test_null_and_invalid(void **state)
{
	char *got;

	(void)state;
	got = html_to_text(NULL, 0);
	assert_string_equal(got, "");
	g_free(got);
	got = html_decode_entities(NULL, 0);
	assert_string_equal(got, "");
	g_free(got);
	got = html_collapse_space(NULL);
	assert_string_equal(got, "");
	g_free(got);
	/* invalid UTF-8 never comes back out */
	got = html_to_text("bad \xff byte", 0);
	assert_true(g_utf8_validate(got, -1, NULL));
	g_free(got);
}

static void
test_collapse_escape(void **state)
{
	char *got;

	(void)state;
	got = html_collapse_space("\t a  b\r\nc ");
	assert_string_equal(got, "a b c");
	g_free(got);
	got = html_escape("<a href=\"x\">R&D's</a>");
	assert_string_equal(got, "&lt;a href=&quot;x&quot;&gt;R&amp;D&#39;s&lt;/a&gt;");
	g_free(got);
}

/* html_to_text_utf8() is html_to_text() for valid UTF-8, and the cap
 * cuts on a character boundary. */
static void
test_utf8_cap(void **state)
{
	static const char *const in[] = {
		"<p>\xd0\xb4\xd0\xb0 \xd0\xb4\xd0\xb0</p> &amp; &#8217;x&#150;",
		"  <div>a</div>\t<b>b</b> c &nbsp; ",
	};
	size_t i, max;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(in); i++) {
		for (max = 0; max < 20; max++) {
			char *a = html_to_text(in[i], max), *b = html_to_text_utf8(in[i], max);

			assert_string_equal(a, b);
			assert_true(g_utf8_validate(a, -1, NULL));
			assert_true(!max || strlen(a) <= max);
			g_free(a);
			g_free(b);
		}
	}
}

/* Plain text holds no control characters: a JSON Feed title or a
 * character reference cannot carry a terminal escape or a stray byte into
 * popups, logs or the store. */
static void
test_no_controls(void **state)
{
	char *got;

	(void)state;
	got = html_collapse_space("a\x1b[2Jb\x7f c\x01 d");
	assert_string_equal(got, "a[2Jb c d");
	g_free(got);
	got = html_decode_entities("x&#27;y &#x7f;z", 0);
	assert_string_equal(got, "xy z");
	g_free(got);
	got = html_to_text("<b>x&#27;y</b> &#1;z", 0);
	assert_string_equal(got, "xy z");
	g_free(got);
	/* windows-1252 in disguise is still read as such */
	got = html_collapse_space("don\xc2\x92t");
	assert_string_equal(got, "don\xe2\x80\x99t");
	g_free(got);
}

/* The reference for html_collapse_space() on text without 0xC2: ASCII
 * whitespace runs become one space (none at the ends), other C0 controls
 * and DEL go. */
static char *
collapse_ref(const char *s)
{
	GString *o = g_string_new(NULL);
	int pending = 0;

	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
			pending = o->len > 0;
		} else if (c >= 0x20 && c != 0x7F) {
			if (pending)
				g_string_append_c(o, ' ');
			pending = 0;
			g_string_append_c(o, (char)c);
		}
	}
	return g_string_free(o, FALSE);
}

/* Words, single and double spaces, tabs, newlines and controls at every
 * offset of the 8-byte blocks text_add() copies whole; with a cap, the
 * text is the uncapped one cut on a character boundary. */
static void
test_collapse_blocks(void **state)
{
	static const char *const bits[] = { "a",    "bc",       "def",          " ",
		                            "  ",   "\t",       "\n",           "\x01",
		                            "\x7f", "\xd0\xb4", "\xe2\x80\x99", "ghijklmno" };
	GRand *r = g_rand_new_with_seed(7);
	int i;

	(void)state;
	for (i = 0; i < 2000; i++) {
		GString *in = g_string_new(NULL);
		char *got, *want, *capped, *html, *direct;
		/* now and then past the 2 KiB that are kept on the stack */
		int k, n = g_rand_int_range(r, 0, i % 10 ? 40 : 800);
		size_t max, cut;

		for (k = 0; k < n; k++)
			g_string_append(in, bits[g_rand_int_range(r, 0, G_N_ELEMENTS(bits))]);
		got = html_collapse_space(in->str);
		want = collapse_ref(in->str);
		assert_string_equal(got, want);
		/* the same text as HTML, capped */
		html = html_escape(in->str);
		max = (size_t)g_rand_int_range(r, 1, 40);
		capped = html_to_text_utf8(html, max);
		cut = strlen(want) <= max ? strlen(want) : max;
		while (cut > 0 && cut < strlen(want) && ((unsigned char)want[cut] & 0xC0) == 0x80)
			cut--;
		assert_int_equal(strlen(capped), cut);
		assert_memory_equal(capped, want, cut);
		/* known UTF-8: the same text, uncapped and capped */
		direct = html_collapse_utf8(in->str, in->len, 0);
		assert_string_equal(direct, want);
		g_free(direct);
		direct = html_collapse_utf8(in->str, in->len, max);
		assert_int_equal(strlen(direct), cut);
		assert_memory_equal(direct, want, cut);
		g_free(direct);
		g_free(got);
		g_free(want);
		g_free(capped);
		g_free(html);
		g_string_free(in, TRUE);
	}
	g_rand_free(r);
}

/* libxml2's HTML parser compares each attribute of a tag with every one
 * before it: a tag of 200,000 attributes took minutes of CPU (30,000: 4.7
 * s).  A tag keeps its first SW_MAX_XML_ATTRS, and the text is the same:
 * values that hold '>' or '<', names without values, stray bytes, a
 * value whose quote never closes.  The bound is generous: CPU seconds,
 * not the old cost's minutes. */
static void
test_many_attributes(void **state)
{
	static const char *const tails[] = {
		" title='x > y <b>z</b>'>Hello <b>world</b></p> after",
		" checked %% =>Hello <b>world</b></p> after",
		" title=\"never closed>Hello</p>",
	};
	static const char *const want[] = { "Hello world after", "Hello world after", "" };
	clock_t t0 = clock();
	guint i, k;

	(void)state;
	for (k = 0; k < G_N_ELEMENTS(tails); k++) {
		/* "<?x?>" sends it to the HTML parser, not the scanner */
		GString *in = g_string_new("<?x?><p");
		char *got;

		for (i = 0; i < (k ? 1000 : 200000); i++)
			g_string_append_printf(in, i % 3 ? " a%u=%u" : " b%u = \"%u\"", i, i);
		g_string_append(in, tails[k]);
		got = html_to_text(in->str, 0);
		assert_string_equal(got, want[k]);
		g_free(got);
		g_string_free(in, TRUE);
	}
	assert_true((double)(clock() - t0) / CLOCKS_PER_SEC < 20);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_to_text),
		cmocka_unit_test(test_decode),
		cmocka_unit_test(test_cap),
		cmocka_unit_test(test_null_and_invalid),
		cmocka_unit_test(test_collapse_escape),
		cmocka_unit_test(test_no_controls),
		cmocka_unit_test(test_utf8_cap),
		cmocka_unit_test(test_collapse_blocks),
		cmocka_unit_test(test_many_attributes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
