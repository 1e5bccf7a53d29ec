/* fuzz_lines.h - the line reader the text fuzz targets share: their
 * inputs are fields one per line. */
#ifndef SW_FUZZ_LINES_H
#define SW_FUZZ_LINES_H

#include <string.h>

/* The next line of *s (NUL-terminated, newline removed), or NULL. */
static char *
next_line(char **s)
{
	char *l = *s, *nl;

	if (l == NULL)
		return NULL;
	nl = strchr(l, '\n');
	if (nl) {
		*nl = '\0';
		*s = nl + 1;
	} else {
		*s = NULL;
	}
	return l;
}

#endif
