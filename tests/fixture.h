/* fixture.h - set-ups that several unit tests share: the text module's
 * tables for a cmocka group, and a state file in a scratch directory.
 * Include it after <cmocka.h>.  Its functions are static inline, so that
 * a test that uses only some of them builds without warnings. */
#ifndef SW_TESTS_FIXTURE_H
#define SW_TESTS_FIXTURE_H

#include <stdlib.h>
#include <glib.h>

#include "store.h"
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

/* A new scratch directory from TEMPLATE ("sw-x-XXXXXX") in *dir, and a
 * store opened at NAME inside it, whose path goes to *path unless path
 * is NULL (both transfer full). */
static inline struct store *
scratch_store_open(const char *template, const char *name, char **dir, char **path)
{
	GError *err = NULL;
	struct store *s;
	char *p;

	*dir = g_dir_make_tmp(template, &err);
	assert_non_null(*dir);
	p = g_build_filename(*dir, name, NULL);
	s = store_open(p, &err);
	assert_non_null(s);
	if (path)
		*path = p;
	else
		g_free(p);
	return s;
}

/* Removes the scratch directory and everything in it. */
static inline void
scratch_dir_remove(const char *dir)
{
	char *cmd = g_strdup_printf("rm -rf '%s'", dir);

	assert_int_equal(system(cmd), 0);
	g_free(cmd);
}

/* Stores the feed NAME (file:///feeds/NAME.xml) with TITLE as its title;
 * returns its id. */
static inline gint64
add_feed(struct store *s, const char *name, const char *title)
{
	struct sw_feed_state st;
	char *url = g_strdup_printf("file:///feeds/%s.xml", name);
	gint64 id;

	assert_int_equal(store_feed_sync(s, name, url, &st), 0);
	g_free(st.title);
	st.title = g_strdup(title);
	assert_int_equal(store_feed_save(s, &st), 0);
	id = st.id;
	store_feed_state_clear(&st);
	g_free(url);
	return id;
}

#endif
