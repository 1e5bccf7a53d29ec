/*
 * jsonlib.h - json-glib, opened on first use instead of linked.
 *
 * Only JSON Feeds and the --json outputs need json-glib, and linked it
 * brings GObject, GIO and theirs (libmount, libselinux, libblkid, libffi,
 * gmodule) into every run: ~1.4 MB of pages and GObject's type setup in a
 * `once` over RSS and Atom feeds that never read a byte of JSON.  So the
 * functions used are called through `jl`, filled by jsonlib_load().
 * Never closed: json-glib registers GObject types.
 */
#ifndef SW_JSONLIB_H
#define SW_JSONLIB_H

#include <glib.h>
#include <json-glib/json-glib.h>

#define JSONLIB_FUNCS(X)                                                                           \
	X(json_parser_new)                                                                         \
	X(json_parser_load_from_data)                                                              \
	X(json_parser_get_root)                                                                    \
	X(json_node_get_node_type)                                                                 \
	X(json_node_get_object)                                                                    \
	X(json_node_get_array)                                                                     \
	X(json_node_get_value_type)                                                                \
	X(json_node_get_string)                                                                    \
	X(json_node_get_int)                                                                       \
	X(json_node_get_double)                                                                    \
	X(json_node_unref)                                                                         \
	X(json_object_has_member)                                                                  \
	X(json_object_get_member)                                                                  \
	X(json_array_get_length)                                                                   \
	X(json_array_get_element)                                                                  \
	X(json_builder_new)                                                                        \
	X(json_builder_begin_object)                                                               \
	X(json_builder_end_object)                                                                 \
	X(json_builder_begin_array)                                                                \
	X(json_builder_end_array)                                                                  \
	X(json_builder_set_member_name)                                                            \
	X(json_builder_add_string_value)                                                           \
	X(json_builder_add_int_value)                                                              \
	X(json_builder_add_double_value)                                                           \
	X(json_builder_add_boolean_value)                                                          \
	X(json_builder_add_null_value)                                                             \
	X(json_builder_get_root)                                                                   \
	X(json_generator_new)                                                                      \
	X(json_generator_set_root)                                                                 \
	X(json_generator_to_data)                                                                  \
	X(g_object_unref)

#define JSONLIB_MEMBER(f) __typeof__(f) *f;
struct jsonlib {
	JSONLIB_FUNCS(JSONLIB_MEMBER)
};
#undef JSONLIB_MEMBER

/* json-glib's functions: valid after jsonlib_load() returned NULL. */
extern struct jsonlib jl;

/* JSON_NODE_HOLDS_*() through jl: json-glib's macros call the function
 * by name, which would link the library again */
#define JL_HOLDS_VALUE(n)  (jl.json_node_get_node_type(n) == JSON_NODE_VALUE)
#define JL_HOLDS_ARRAY(n)  (jl.json_node_get_node_type(n) == JSON_NODE_ARRAY)
#define JL_HOLDS_OBJECT(n) (jl.json_node_get_node_type(n) == JSON_NODE_OBJECT)

/* Open json-glib unless it is open; NULL, or (transfer full) why it could
 * not be opened.  A failure is not remembered: the next call tries again. */
char *jsonlib_load(void) G_GNUC_WARN_UNUSED_RESULT;

/* Member `member` of the object b is building: v, as valid UTF-8 (JSON is
 * UTF-8: a server's etag or error text, or whatever slipped through, has
 * its invalid bytes replaced), or null for NULL.  After jsonlib_load(). */
void jsonlib_add_string(JsonBuilder *b, const char *member, const char *v);

/* Member `member` of the object b is building: the epoch seconds v, or
 * null for SW_DATE_NONE (parse.h).  After jsonlib_load(). */
void jsonlib_add_date(JsonBuilder *b, const char *member, gint64 v);

/* Tests: the file jsonlib_load() opens from now on (NULL: the default),
 * to see what a missing json-glib does.  Has no effect once loaded. */
void jsonlib_set_soname(const char *soname);

#endif
