/*
 * jsonlib.c - json-glib, opened on first use; see jsonlib.h.
 */
#include <dlfcn.h>
#include <string.h>

#include "jsonlib.h"

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
