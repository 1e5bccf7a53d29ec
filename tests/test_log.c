/* test_log.c - levels and level names. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "log.h"

static void
test_level_names(void **state)
{
	(void)state;
	assert_int_equal(log_level_parse("error"), SW_LOG_ERROR);
	assert_int_equal(log_level_parse("warning"), SW_LOG_WARN);
	assert_int_equal(log_level_parse("INFO"), SW_LOG_INFO);
	assert_int_equal(log_level_parse("debug"), SW_LOG_DEBUG);
	assert_int_equal(log_level_parse("verbose"), -1);
	assert_int_equal(log_level_parse(""), -1);
}

static int debug_formatted;

static const char *
count_formatting(void)
{
	debug_formatted++;
	return "x";
}

static void
test_debug_is_lazy(void **state)
{
	(void)state;
	debug_formatted = 0;
	log_init(SW_LOG_INFO);
	log_debug("%s", count_formatting());
	assert_int_equal(debug_formatted, 0);
	log_init(SW_LOG_DEBUG);
	log_debug("%s", count_formatting());
	assert_int_equal(debug_formatted, 1);
	log_init(SW_LOG_INFO);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_level_names),
		cmocka_unit_test(test_debug_is_lazy),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
