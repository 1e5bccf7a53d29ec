/*
 * date.c - feed dates to UTC epoch seconds.
 *
 * Two small hand-written scanners, one for RFC 822 and its real-world
 * relatives, one for ISO 8601 / RFC 3339 / W3C-DTF.  No libc time
 * functions: the calendar arithmetic is date_timegm() below, so the result
 * never depends on the locale or the TZ of the process.
 */
#include <string.h>

#include "date.h"

#ifndef SW_STATIC
#define SW_STATIC static
#endif

struct date_fields {
	int year, mon, mday, hour, min, sec;
	int tzoff; /* seconds east of UTC */
};

static const char *const month_names[12] = { "jan", "feb", "mar", "apr", "may", "jun",
	                                     "jul", "aug", "sep", "oct", "nov", "dec" };

static const char *const day_names[7] = { "sun", "mon", "tue", "wed", "thu", "fri", "sat" };

/* Named zones, offsets in minutes east of UTC. */
static const struct {
	const char *name;
	int minutes;
} zone_names[] = {
	{ "gmt", 0 },    { "ut", 0 },      { "utc", 0 },     { "z", 0 },      { "wet", 0 },
	{ "bst", 60 },   { "cet", 60 },    { "met", 60 },    { "cest", 120 }, { "eet", 120 },
	{ "eest", 180 }, { "msk", 180 },   { "msd", 240 },   { "ist", 330 },  { "jst", 540 },
	{ "kst", 540 },  { "hkt", 480 },   { "awst", 480 },  { "acst", 570 }, { "aest", 600 },
	{ "aedt", 660 }, { "nzst", 720 },  { "nzdt", 780 },  { "edt", -240 }, { "est", -300 },
	{ "cdt", -300 }, { "cst", -360 },  { "mdt", -360 },  { "mst", -420 }, { "pdt", -420 },
	{ "pst", -480 }, { "akdt", -480 }, { "akst", -540 }, { "hst", -600 }, { "adt", -180 },
	{ "ast", -240 }, { "ndt", -150 },  { "nst", -210 },
};

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int
is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static char
lower(char c)
{
	if (c >= 'A' && c <= 'Z')
		return (char)(c - 'A' + 'a');
	return c;
}

/* Read up to max digits; returns the count read, 0 if none. */
static int
read_num(const char **pp, int max, int *out)
{
	const char *p = *pp;
	int n = 0, v = 0;

	while (n < max && is_digit(*p)) {
		v = v * 10 + (*p - '0');
		p++;
		n++;
	}
	if (n)
		*out = v;
	*pp = p;
	return n;
}

/* Read an alphabetic word, lower-cased, into buf (truncated at size-1). */
static int
read_word(const char **pp, char *buf, size_t size)
{
	const char *p = *pp;
	size_t n = 0;

	while (is_alpha(*p)) {
		if (n + 1 < size)
			buf[n++] = lower(*p);
		p++;
	}
	buf[n] = '\0';
	*pp = p;
	return (int)n;
}

/* Do the first 3 bytes of w (at least 3 long) match name's? */
static int
same3(const char *w, const char *name)
{
	return w[0] == name[0] && w[1] == name[1] && w[2] == name[2];
}

static int
month_index(const char *w)
{
	int i;

	if (!w[0] || !w[1] || !w[2])
		return -1;
	for (i = 0; i < 12; i++) {
		if (same3(w, month_names[i]))
			return i + 1;
	}
	/* "sept" and full names start with the 3 letters handled above */
	return -1;
}

static int
is_day_name(const char *w)
{
	int i;

	if (!w[0] || !w[1] || !w[2])
		return 0;
	for (i = 0; i < 7; i++) {
		if (same3(w, day_names[i]))
			return 1;
	}
	return 0;
}

static int
days_in_month(int year, int mon)
{
	static const int dim[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

	if (mon == 2 && leap)
		return 29;
	return dim[mon - 1];
}

static int
check_fields(struct date_fields *f)
{
	if (f->year < 1 || f->year > 9999)
		return -1;
	if (f->mon < 1 || f->mon > 12)
		return -1;
	if (f->mday < 1 || f->mday > days_in_month(f->year, f->mon))
		return -1;
	if (f->hour == 24 && f->min == 0 && f->sec == 0)
		return 0; /* 24:00 is the end of the day, allowed */
	if (f->hour < 0 || f->hour > 23 || f->min < 0 || f->min > 59 || f->sec < 0 || f->sec > 60)
		return -1;
	if (f->sec == 60)
		f->sec = 59; /* leap second: keep it in its minute */
	return 0;
}

gint64
date_timegm(int year, int mon, int mday, int hour, int min, int sec)
{
	gint64 y = year, era, yoe, doy, doe, days;
	int m = mon;

	/* Howard Hinnant's days_from_civil */
	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + mday - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	days = era * 146097 + doe - 719468;
	return days * 86400 + (gint64)hour * 3600 + (gint64)min * 60 + sec;
}

static gint64
fields_epoch(const struct date_fields *f)
{
	return date_timegm(f->year, f->mon, f->mday, f->hour, f->min, f->sec) - f->tzoff;
}

static void
skip_space(const char **pp)
{
	while (is_space(**pp))
		(*pp)++;
}

/* A fraction of a second (".5", ",25"): dates keep whole seconds. */
static void
skip_fraction(const char **pp)
{
	if (**pp == '.' || **pp == ',') {
		(*pp)++;
		while (is_digit(**pp))
			(*pp)++;
	}
}

/* A numeric offset after its sign: hh, hhmm or hh:mm.  Minutes east. */
static int
read_offset(const char **pp, int sign, int *minutes)
{
	const char *p = *pp;
	int hh = 0, mm = 0, n;

	n = read_num(&p, 4, &hh);
	if (n == 4) {
		mm = hh % 100;
		hh /= 100;
	} else if (n == 3) {
		mm = hh % 100;
		hh /= 100;
	} else if (n >= 1) {
		if (*p == ':' && is_digit(p[1])) {
			p++;
			if (read_num(&p, 2, &mm) != 2)
				return -1;
		}
	} else
		return -1;
	if (hh > 23 || mm > 59)
		return -1;
	*minutes = sign * (hh * 60 + mm);
	*pp = p;
	return 0;
}

/* "+0100 CET": after a numeric offset, the zone's abbreviation (2 to 5
 * letters, as Go's time.Time.String() and some CMSs print it) only says
 * the same again: step over it, the offset stands. */
static void
skip_zone_abbrev(const char **pp)
{
	const char *p = *pp, *q;

	skip_space(&p);
	for (q = p; is_alpha(*q); q++)
		;
	if (q - p >= 2 && q - p <= 5 && (*q == '\0' || is_space(*q) || *q == '('))
		*pp = q;
}

/* A zone after the time: +hhmm, -hh:mm, a name, a military letter, or
 * nothing (then UTC).  Unknown names count as UTC too. */
static int
read_zone(const char **pp, int *tzoff)
{
	const char *p = *pp;
	char w[16];
	int minutes = 0;
	size_t i;

	skip_space(&p);
	*tzoff = 0;
	if (*p == '+' || *p == '-') {
		int sign = *p == '-' ? -1 : 1;

		p++;
		if (read_offset(&p, sign, &minutes))
			return -1;
		*tzoff = minutes * 60;
		skip_zone_abbrev(&p);
		*pp = p;
		return 0;
	}
	if (!is_alpha(*p)) {
		*pp = p;
		return 0;
	}
	read_word(&p, w, sizeof(w));
	/* "GMT+0100", "UTC-5" */
	if ((*p == '+' || *p == '-') &&
	    (!strcmp(w, "gmt") || !strcmp(w, "utc") || !strcmp(w, "ut"))) {
		int sign = *p == '-' ? -1 : 1;

		p++;
		if (read_offset(&p, sign, &minutes))
			return -1;
		*tzoff = minutes * 60;
		*pp = p;
		return 0;
	}
	if (strlen(w) == 1) {
		char c = w[0];

		/* RFC 822 military zones; J is not used */
		if (c == 'z')
			minutes = 0;
		else if (c >= 'a' && c <= 'i')
			minutes = -(c - 'a' + 1) * 60;
		else if (c >= 'k' && c <= 'm')
			minutes = -(c - 'k' + 10) * 60;
		else if (c >= 'n' && c <= 'y')
			minutes = (c - 'n' + 1) * 60;
		else
			return -1;
		*tzoff = minutes * 60;
		*pp = p;
		return 0;
	}
	for (i = 0; i < G_N_ELEMENTS(zone_names); i++) {
		if (w[0] == zone_names[i].name[0] && !strcmp(w, zone_names[i].name)) {
			*tzoff = zone_names[i].minutes * 60;
			break;
		}
	}
	*pp = p;
	return 0;
}

/* hh:mm[:ss[.frac]] */
static int
read_time(const char **pp, struct date_fields *f)
{
	const char *p = *pp;

	if (!read_num(&p, 2, &f->hour))
		return -1;
	if (*p != ':' && *p != '.')
		return -1;
	p++;
	if (read_num(&p, 2, &f->min) != 2)
		return -1;
	f->sec = 0;
	if (*p == ':' || (*p == '.' && is_digit(p[1]) && is_digit(p[2]))) {
		p++;
		if (read_num(&p, 2, &f->sec) != 2)
			return -1;
		skip_fraction(&p);
	}
	/* a 12-hour clock: "11:30 PM", "12:05am" */
	{
		const char *q = p;

		skip_space(&q);
		if ((lower(q[0]) == 'a' || lower(q[0]) == 'p') && lower(q[1]) == 'm' &&
		    !is_alpha(q[2])) {
			/* "13:30 PM" is 13:30: the suffix is redundant, not wrong */
			if (f->hour >= 1 && f->hour <= 12)
				f->hour = f->hour % 12 + (lower(q[0]) == 'p' ? 12 : 0);
			p = q + 2;
		}
	}
	*pp = p;
	return 0;
}

static int
fix_year(int year, int ndigits)
{
	if (ndigits <= 2)
		return year < 50 ? 2000 + year : 1900 + year;
	if (ndigits == 3)
		return year + 1900;
	return year;
}

static void
skip_seps(const char **pp)
{
	while (is_space(**pp) || **pp == ',' || **pp == '-' || **pp == '/' || **pp == '.')
		(*pp)++;
}

/* Trailing text after a complete date: spaces or a (comment) only. */
static int
only_trailer(const char *p)
{
	skip_space(&p);
	if (*p == '(') {
		const char *e = strchr(p, ')');

		if (!e)
			return 0;
		p = e + 1;
		skip_space(&p);
	}
	return *p == '\0';
}

/* The end of a parse: p, after the date, is at its trailer; the fields
 * make a date; *out its epoch.  0, or -1 (*out untouched). */
static int
fields_end(const char *p, struct date_fields *f, gint64 *out)
{
	if (!only_trailer(p))
		return -1;
	if (check_fields(f))
		return -1;
	*out = fields_epoch(f);
	return 0;
}

int
date_parse_rfc822(const char *s, gint64 *out)
{
	struct date_fields f;
	const char *p = s;
	char w[16];
	int n, yn, have_time = 0, have_zone = 0;

	if (!s)
		return -1;
	memset(&f, 0, sizeof(f));
	skip_space(&p);
	/* weekday, possibly wrong, possibly spelled out, possibly absent */
	if (is_alpha(*p)) {
		const char *save = p;

		read_word(&p, w, sizeof(w));
		if (is_day_name(w)) {
			skip_seps(&p);
		} else {
			p = save;
		}
	}
	if (is_alpha(*p)) {
		/* asctime-like: "Jul 6 12:56:00 2014" or "July 6, 2014" */
		read_word(&p, w, sizeof(w));
		f.mon = month_index(w);
		if (f.mon < 0)
			return -1;
		skip_seps(&p);
		if (!read_num(&p, 2, &f.mday))
			return -1;
		skip_seps(&p);
		if (is_digit(p[0]) && (p[1] == ':' || (p[1] && p[2] == ':'))) {
			if (read_time(&p, &f))
				return -1;
			have_time = 1;
			skip_space(&p);
			if (is_alpha(*p) || *p == '+' || *p == '-') {
				if (read_zone(&p, &f.tzoff))
					return -1;
				have_zone = 1;
				skip_space(&p);
			}
		}
		yn = read_num(&p, 4, &f.year);
		if (!yn)
			return -1;
		f.year = fix_year(f.year, yn);
	} else {
		if (!read_num(&p, 2, &f.mday))
			return -1;
		skip_seps(&p);
		read_word(&p, w, sizeof(w));
		f.mon = month_index(w);
		if (f.mon < 0)
			return -1;
		skip_seps(&p);
		yn = read_num(&p, 4, &f.year);
		if (!yn)
			return -1;
		f.year = fix_year(f.year, yn);
	}
	skip_space(&p);
	if (*p == ',')
		p++;
	skip_space(&p);
	if (!have_time && is_digit(*p)) {
		if (read_time(&p, &f))
			return -1;
		have_time = 1;
	}
	if (have_time || is_alpha(*p) || *p == '+' || *p == '-') {
		/* a zone read before an asctime year stays */
		n = have_zone ? 0 : read_zone(&p, &f.tzoff);
		if (n)
			return -1;
		/* asctime puts the year after the time */
		skip_space(&p);
		if (is_digit(*p) && f.year == 0) {
			yn = read_num(&p, 4, &f.year);
			f.year = fix_year(f.year, yn);
		}
	}
	return fields_end(p, &f, out);
}

int
date_parse_iso8601(const char *s, gint64 *out)
{
	struct date_fields f;
	const char *p = s;
	int n;

	if (!s)
		return -1;
	memset(&f, 0, sizeof(f));
	f.mon = 1;
	f.mday = 1;
	skip_space(&p);
	n = read_num(&p, 4, &f.year);
	if (n == 2 && *p == '-' && is_digit(p[1]) && is_digit(p[2]) && p[3] == '-') {
		f.year = fix_year(f.year, 2); /* "03-12-31" */
	} else if (n != 4)
		return -1;
	if (*p == '-') {
		p++;
		if (read_num(&p, 2, &f.mon) != 2)
			return -1;
		if (*p == '-') {
			p++;
			if (read_num(&p, 2, &f.mday) != 2)
				return -1;
		}
	} else if (is_digit(*p)) {
		/* basic format 20031231 */
		if (read_num(&p, 2, &f.mon) != 2 || read_num(&p, 2, &f.mday) != 2)
			return -1;
	}
	if (*p == 'T' || *p == 't' || (*p == ' ' && is_digit(p[1]))) {
		const char *q;

		p++;
		q = p;
		if (read_num(&q, 6, &n) == 6 && !is_digit(*q)) {
			/* basic hhmmss */
			f.hour = n / 10000;
			f.min = n / 100 % 100;
			f.sec = n % 100;
			p = q;
		} else {
			if (!read_num(&p, 2, &f.hour))
				return -1;
			if (*p == ':') {
				p++;
				if (read_num(&p, 2, &f.min) != 2)
					return -1;
				if (*p == ':') {
					p++;
					if (read_num(&p, 2, &f.sec) != 2)
						return -1;
				}
			} else if (read_num(&p, 2, &f.min) != 2)
				return -1;
		}
		skip_fraction(&p);
		skip_space(&p);
		if (*p == 'Z' || *p == 'z') {
			p++;
		} else if (read_zone(&p, &f.tzoff)) {
			return -1;
		}
	} else if (*p == 'Z' || *p == 'z') {
		p++;
	}
	return fields_end(p, &f, out);
}

int
date_parse(const char *s, gint64 *out)
{
	const char *p = s;
	int digits = 0;

	if (!s)
		return -1;
	skip_space(&p);
	while (is_digit(p[digits]))
		digits++;
	if (digits == 4 || digits == 8 || (digits == 2 && p[2] == '-' && is_digit(p[3]))) {
		if (!date_parse_iso8601(s, out))
			return 0;
	}
	if (!date_parse_rfc822(s, out))
		return 0;
	return date_parse_iso8601(s, out);
}
