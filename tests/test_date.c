/* test_date.c - RFC 822 and ISO 8601 variants, table-driven. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "date.h"

struct date_case {
	const char *in;
	gint64 want; /* -1: must be rejected */
};

/* 1072986501 = 2004-01-01T19:48:21Z */
static const struct date_case rfc822_cases[] = {
	{ "Thu, 01 Jan 2004 19:48:21 GMT", 1072986501 },
	{ "Thu, 1 Jan 2004 19:48:21 GMT", 1072986501 },
	{ "01 Jan 2004 19:48:21 GMT", 1072986501 },      /* no weekday */
	{ "Mon, 01 Jan 2004 19:48:21 GMT", 1072986501 }, /* wrong weekday */
	{ "Thursday, 01 January 2004 19:48:21 GMT", 1072986501 },
	{ "thu, 01 jan 2004 19:48:21 gmt", 1072986501 }, /* odd case */
	{ "THU, 01 JAN 2004 19:48:21 UT", 1072986501 },
	{ "  Thu,01 Jan 2004   19:48:21  GMT  ", 1072986501 }, /* spacing */
	{ "Thu, 01 Jan 2004 19:48:21 Z", 1072986501 },
	{ "Thu, 01 Jan 2004 19:48:21", 1072986501 }, /* no zone: UTC */
	{ "Thu, 01 Jan 2004 19:48:21 +0000", 1072986501 },
	{ "Thu, 01 Jan 2004 20:48:21 +0100", 1072986501 },
	{ "Thu, 01 Jan 2004 21:48:21 +02:00", 1072986501 },
	{ "Thu, 01 Jan 2004 14:48:21 EST", 1072986501 },
	{ "Thu, 01 Jan 2004 15:48:21 EDT", 1072986501 },
	{ "Thu, 01 Jan 2004 11:48:21 PST", 1072986501 },
	{ "Thu, 01 Jan 2004 12:48:21 PDT", 1072986501 },
	{ "Thu, 01 Jan 2004 13:48:21 CST", 1072986501 },
	{ "Thu, 01 Jan 2004 12:48:21 MST", 1072986501 },
	{ "Thu, 01 Jan 2004 14:48:21 -0500", 1072986501 },
	{ "Thu, 01 Jan 2004 20:48:21 GMT+0100", 1072986501 },
	{ "Thu, 01 Jan 2004 19:48:21 GMT (comment)", 1072986501 },
	{ "Thu, 01 Jan 04 19:48:21 GMT", 1072986501 }, /* 2-digit */
	{ "Thu, 01 Jan 99 00:00:00 GMT", 915148800 },  /* 1999 */
	{ "Thu, 01-Jan-2004 19:48:21 GMT", 1072986501 },
	{ "Thu, 01 Jan 2004 19:48 GMT", 1072986480 }, /* no seconds */
	{ "Thu, 01 Jan 2004", 1072915200 },           /* date only */
	{ "Thu Jan  1 19:48:21 2004", 1072986501 },   /* asctime */
	{ "Jan 1, 2004", 1072915200 },
	{ "Thu Jan  1 11:48:21 PST 2004", 1072986501 }, /* date(1): zone before the year */
	{ "Thu Jan  1 20:48:21 +0100 2004", 1072986501 },
	/* the offset, then its zone's abbreviation again */
	{ "Thu, 01 Jan 2004 20:48:21 +0100 CET", 1072986501 },
	{ "Thu, 01 Jan 2004 19:48:21 +0000 UTC (comment)", 1072986501 },
	{ "Jan 1, 2004 7:48 PM", 1072986480 }, /* 12-hour clock */
	{ "Thu, 01 Jan 2004 02:48:21 pm EST", 1072986501 },
	{ "Thu, 01 Jan 2004 12:00:00 AM GMT", 1072915200 },
	{ "Thu, 01 Jan 2004 12:00:00 PM GMT", 1072958400 },
	{ "Thu, 01 Jan 2004 19:48:21 PM GMT", 1072986501 }, /* a redundant PM */
	{ "Thu, 01 Jan 2004 00:00:00 AM GMT", 1072915200 },
	/* military zones, RFC 822 signs: A = -1, N = +1 */
	{ "Thu, 01 Jan 2004 18:48:21 A", 1072986501 },
	{ "Thu, 01 Jan 2004 20:48:21 N", 1072986501 },
	{ "Sun, 29 Feb 2004 12:00:00 GMT", 1078056000 }, /* leap day */
	{ "Thu, 01 Jan 1970 00:00:00 GMT", 0 },
	{ "Fri, 31 Dec 1999 23:59:60 GMT", 946684799 }, /* leap second */
	/* rejected */
	{ "", -1 },
	{ "garbage", -1 },
	{ "Thu, 32 Jan 2004 19:48:21 GMT", -1 },
	{ "Thu, 29 Feb 2003 12:00:00 GMT", -1 },
	{ "Thu, 01 Foo 2004 19:48:21 GMT", -1 },
	{ "Thu, 01 Jan 2004 25:48:21 GMT", -1 },
	{ "Thu, 01 Jan 2004 19:61:21 GMT", -1 },
	{ "Thu, 01 Jan 2004 19:48:21 +9999", -1 },
	{ "Thu, 01 Jan 2004 19:48:21 GMT trailing words", -1 },
	{ "Thu, 01 Jan 2004 20:48:21 +0100 trailing", -1 },
	{ "Thu, 01 Jan 2004 20:48:21 +0100 CET words", -1 },
};

static const struct date_case iso_cases[] = {
	{ "2004-01-01T19:48:21Z", 1072986501 },
	{ "2004-01-01t19:48:21z", 1072986501 },
	{ "2004-01-01 19:48:21Z", 1072986501 },
	{ "2004-01-01T19:48:21+00:00", 1072986501 },
	{ "2004-01-01T20:48:21+01:00", 1072986501 },
	{ "2004-01-01T14:48:21-05:00", 1072986501 },
	{ "2004-01-01T14:48:21-0500", 1072986501 },
	{ "2004-01-01T14:48:21-05", 1072986501 },
	{ "2004-01-01T19:48:21.123Z", 1072986501 }, /* fraction */
	{ "2004-01-01T19:48:21,5Z", 1072986501 },
	{ "2004-01-01T19:48:21", 1072986501 }, /* no zone */
	{ "2004-01-01T19:48Z", 1072986480 },
	{ "2004-01-01", 1072915200 },
	{ "2004-01", 1072915200 },
	{ "2004", 1072915200 },
	{ "20040101T194821Z", 1072986501 }, /* basic */
	{ "20040101", 1072915200 },
	{ "2003-12-31T10:14:55Z", 1072865695 },
	{ "2004-04-06T23:05:43-05:00", 1081310743 },
	{ "2004-01-01T24:00:00Z", 1073001600 }, /* end of day */
	{ "  2004-01-01T19:48:21Z  ", 1072986501 },
	/* Go's time.Time.String(): the offset, then the abbreviation */
	{ "2004-01-01 19:48:21 +0000 UTC", 1072986501 },
	{ "2004-01-01 20:48:21.123456789 +0100 CET", 1072986501 },
	{ "2004-01-01T20:48:21+01:00 CET", 1072986501 },
	/* rejected */
	{ "2004-13-01", -1 },
	{ "2004-02-30T00:00:00Z", -1 },
	{ "2004-01-01T19:48:21Q7", -1 },
	{ "2004-01-01T20:48:21+01:00 CET 7", -1 },
	{ "2004-01-01Tnoon", -1 },
	{ "04-01", -1 },
	{ "yesterday", -1 },
};

static void
run_table(const struct date_case *cases, size_t n, int (*fn)(const char *, gint64 *))
{
	size_t i;

	for (i = 0; i < n; i++) {
		gint64 got = 777;
		int rc = fn(cases[i].in, &got);

		if (cases[i].want == -1) {
			if (rc != -1)
				print_error("accepted \"%s\"\n", cases[i].in);
			assert_int_equal(rc, -1);
			assert_int_equal(got, 777); /* untouched */
		} else {
			if (rc != 0 || got != cases[i].want)
				print_error("\"%s\": rc %d got %lld want %lld\n", cases[i].in, rc,
				            (long long)got, (long long)cases[i].want);
			assert_int_equal(rc, 0);
			assert_int_equal(got, cases[i].want);
		}
	}
}

static void
test_rfc822(void **state)
{
	(void)state;
	run_table(rfc822_cases, G_N_ELEMENTS(rfc822_cases), date_parse_rfc822);
}

static void
test_iso8601(void **state)
{
	(void)state;
	run_table(iso_cases, G_N_ELEMENTS(iso_cases), date_parse_iso8601);
}

static void
test_any(void **state)
{
	(void)state;
	/* date_parse takes both families */
	run_table(rfc822_cases, G_N_ELEMENTS(rfc822_cases), date_parse);
	run_table(iso_cases, G_N_ELEMENTS(iso_cases), date_parse);
}

static void
test_null(void **state)
{
	gint64 t = 5;

	(void)state;
	assert_int_equal(date_parse(NULL, &t), -1);
	assert_int_equal(date_parse_rfc822(NULL, &t), -1);
	assert_int_equal(date_parse_iso8601(NULL, &t), -1);
	assert_int_equal(t, 5);
}

static void
test_timegm(void **state)
{
	(void)state;
	assert_int_equal(date_timegm(1970, 1, 1, 0, 0, 0), 0);
	assert_int_equal(date_timegm(2000, 3, 1, 0, 0, 0), 951868800);
	assert_int_equal(date_timegm(2038, 1, 19, 3, 14, 8), 2147483648LL);
	assert_int_equal(date_timegm(1969, 12, 31, 23, 59, 59), -1);
	assert_int_equal(date_timegm(2100, 3, 1, 0, 0, 0), 4107542400LL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rfc822), cmocka_unit_test(test_iso8601),
		cmocka_unit_test(test_any),    cmocka_unit_test(test_null),
		cmocka_unit_test(test_timegm),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
