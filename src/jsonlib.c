/*
 * jsonlib.c - json-glib, opened on first use; see jsonlib.h.
 */
#include <dlfcn.h>
#include <string.h>

#include "jsonlib.h"
#include "parse.h"

#define JSONLIB_SONAME "libjson-glib-1.0.so.0"

struct jsonlib jl;

static const char *soname = JSONLIB_SONAME;

void
jsonlib_set_soname(const char *name)
{
	soname = name ? name : JSONLIB_SONAME;
}

char *
jsonlib_load(void)
{
	static gboolean loaded;
	const char *missing = NULL;
	void *h;

	if (loaded)
		return NULL;
	/* g_object_unref is libgobject's, which json-glib depends on:
	 * dlsym() on the handle searches its dependencies too */
	h = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
	if (!h)
		return g_strdup_printf("json-glib could not be loaded (%s)", dlerror());
#define JSONLIB_LOAD(f)                                                                            \
	if (!missing && !(*(void **)&jl.f = dlsym(h, #f)))                                         \
		missing = #f;
	JSONLIB_FUNCS(JSONLIB_LOAD)
#undef JSONLIB_LOAD
	if (missing) {
		memset(&jl, 0, sizeof(jl));
		dlclose(h);
		return g_strdup_printf("%s has no %s", soname, missing);
	}
	loaded = TRUE;
	return NULL;
}

void
jsonlib_add_string(JsonBuilder *b, const char *member, const char *v)
{
	jl.json_builder_set_member_name(b, member);
	if (!v) {
		jl.json_builder_add_null_value(b);
	} else if (!g_utf8_validate(v, -1, NULL)) {
		char *valid = g_utf8_make_valid(v, -1);

		jl.json_builder_add_string_value(b, valid);
		g_free(valid);
	} else {
		jl.json_builder_add_string_value(b, v);
	}
}

void
jsonlib_add_date(JsonBuilder *b, const char *member, gint64 v)
{
	jl.json_builder_set_member_name(b, member);
	if (v == SW_DATE_NONE)
		jl.json_builder_add_null_value(b);
	else
		jl.json_builder_add_int_value(b, v);
}
