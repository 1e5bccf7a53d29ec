/* fixture.h - set-ups that several unit tests share: the text module's
 * tables for a cmocka group.  Include it after <cmocka.h>.  Its functions
 * are static inline, so that a test that uses only some of them builds
 * without warnings. */
#ifndef SW_TESTS_FIXTURE_H
#define SW_TESTS_FIXTURE_H

#include "text.h"

/* cmocka group set-up and teardown of the tests that tokenize, stem or
 * match: text_init() before the group, text_teardown() after it. */
static inline int
text_group_setup(void **state)
{
	(void)state;
	text_init();
	return 0;
}

static inline int
text_group_teardown(void **state)
{
	(void)state;
	text_teardown();
	return 0;
}

#endif
