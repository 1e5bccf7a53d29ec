/*
 * date.h - feed dates to UTC epoch seconds.
 *
 * Locale-free parsers for RFC 822 (with the obsolete and broken forms real
 * feeds carry: 2-digit years, named and military zones, missing weekday),
 * RFC 3339 / ISO 8601 / W3C-DTF.  Pure functions, no state, no init.
 * Never uses strptime(), setlocale() or the TZ of the process.
 */
#ifndef SW_DATE_H
#define SW_DATE_H

#include <glib.h>

/* Parse any supported form.  Returns 0 and sets *out, or -1 when the
 * string is not a date we can trust (then *out is untouched). */
int date_parse(const char *s, gint64 *out) G_GNUC_WARN_UNUSED_RESULT;

/* The same for one family only. */
int date_parse_rfc822(const char *s, gint64 *out) G_GNUC_WARN_UNUSED_RESULT;
int date_parse_iso8601(const char *s, gint64 *out) G_GNUC_WARN_UNUSED_RESULT;

/* Days-from-civil: UTC epoch of y-m-d h:m:s (no range checks). */
gint64 date_timegm(int year, int mon, int mday, int hour, int min, int sec);

#endif
