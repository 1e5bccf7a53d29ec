/*
 * keyfile.c - GKeyFile's INI syntax without GKeyFile; see keyfile.h.
 *
 * The file's bytes are kept in one block, cut in place: each key and each
 * value (and each group name) ends in a NUL where its line ended or its
 * blanks began.  A key is an offset into the block and the number of its
 * group; one array of them in file order, and one of their numbers sorted
 * by group, key and place, in which a lookup is a binary search.
 */
#include <stdlib.h>
#include <string.h>

#include "keyfile.h"

struct kent {
	guint32 key, val; /* offsets into buf */
	guint32 group;    /* header number, then group number */
};

struct sw_keyfile {
	char *buf;
	guint32 *heads; /* offset of each "[name]" line's name */
	guint nheads;
	guint32 *gname; /* by group number: offset of its name */
	guint ngroups;
	guint32 *gsorted; /* group numbers sorted by name */
	struct kent *ents;
	guint nents;
	guint32 *sorted; /* entry numbers by group, key, place */
};

/* GKeyFile's rule for a group name: no brackets, no control characters. */
static gboolean
group_name_ok(const char *s, const char *end)
{
	if (s == end)
		return FALSE;
	for (; s < end; s++)
		if (*s == '[' || *s == ']' || g_ascii_iscntrl(*s))
			return FALSE;
	return TRUE;
}

/* GKeyFile's rule for a key: no '=', '[' or ']', no blank at either end,
 * and at most a "[locale]" of letters, digits, '-', '_', '.' or '@' at its
 * end.  *locale is set when there is a locale of a character or more. */
static gboolean
key_name_ok(const char *s, const char *end, gboolean *locale)
{
	const char *q = s;

	*locale = FALSE;
	while (q < end && *q != '=' && *q != '[' && *q != ']')
		q++;
	if (q == s || *s == ' ' || q[-1] == ' ')
		return FALSE;
	if (q < end && *q == '[') {
		const char *l = ++q;

		while (q < end && *q != ']') {
			gunichar c = g_utf8_get_char_validated(q, end - q);

			if (!(c < 0xfffffffe && g_unichar_isalnum(c)) && *q != '-' && *q != '_' &&
			    *q != '.' && *q != '@')
				return FALSE;
			q = g_utf8_next_char(q);
		}
		if (q >= end)
			return FALSE;
		*locale = q > l;
		q++;
	}
	return q == end;
}

static void
bad(GError **err, const char *what, const char *b, const char *end)
{
	char *lt = g_strndup(b, (gsize)(end - b));

	g_set_error(err, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_PARSE, "%s (\"%s\")", what, lt);
	g_free(lt);
}

static gint
by_head_name(gconstpointer a, gconstpointer b, gpointer data)
{
	const struct sw_keyfile *kf = data;
	guint32 i = *(const guint32 *)a, j = *(const guint32 *)b;
	int d = strcmp(kf->buf + kf->heads[i], kf->buf + kf->heads[j]);

	return d ? d : (i > j) - (i < j);
}

static gint
by_group_key(gconstpointer a, gconstpointer b, gpointer data)
{
	const struct sw_keyfile *kf = data;
	guint32 i = *(const guint32 *)a, j = *(const guint32 *)b;
	const struct kent *x = &kf->ents[i], *y = &kf->ents[j];
	int d;

	if (x->group != y->group)
		return x->group < y->group ? -1 : 1;
	d = strcmp(kf->buf + x->key, kf->buf + y->key);
	return d ? d : (i > j) - (i < j);
}

static gint
by_gname(gconstpointer a, gconstpointer b, gpointer data)
{
	const struct sw_keyfile *kf = data;
	guint32 i = *(const guint32 *)a, j = *(const guint32 *)b;

	return strcmp(kf->buf + kf->gname[i], kf->buf + kf->gname[j]);
}

/* Merge the headers of one name into one group (numbered in the order
 * they first appear) and sort what lookups search. */
static void
index_groups(struct sw_keyfile *kf)
{
	guint32 *order = g_new(guint32, kf->nheads + 1), *group = g_new(guint32, kf->nheads + 1);
	guint i;

	for (i = 0; i < kf->nheads; i++)
		order[i] = i;
	g_qsort_with_data(order, (gint)kf->nheads, sizeof(*order), by_head_name, kf);
	/* group[h]: the first header of h's name */
	for (i = 0; i < kf->nheads; i++)
		group[order[i]] = i > 0 && !strcmp(kf->buf + kf->heads[order[i]],
		                                   kf->buf + kf->heads[order[i - 1]])
		                          ? group[order[i - 1]]
		                          : order[i];
	/* number the groups by their first header, in file order */
	kf->gname = g_new(guint32, kf->nheads + 1);
	for (i = 0; i < kf->nheads; i++) {
		if (group[i] == i) {
			kf->gname[kf->ngroups] = kf->heads[i];
			group[i] = kf->ngroups++;
		} else {
			group[i] = group[group[i]];
		}
	}
	for (i = 0; i < kf->nents; i++)
		kf->ents[i].group = group[kf->ents[i].group];
	g_free(order);
	g_free(group);
	g_free(kf->heads);
	kf->heads = NULL;
	kf->gsorted = g_new(guint32, kf->ngroups + 1);
	for (i = 0; i < kf->ngroups; i++)
		kf->gsorted[i] = i;
	g_qsort_with_data(kf->gsorted, (gint)kf->ngroups, sizeof(guint32), by_gname, kf);
	kf->sorted = g_new(guint32, kf->nents + 1);
	for (i = 0; i < kf->nents; i++)
		kf->sorted[i] = i;
	g_qsort_with_data(kf->sorted, (gint)kf->nents, sizeof(guint32), by_group_key, kf);
}

struct sw_keyfile *
keyfile_take(char *buf, gsize len, int *line, GError **err)
{
	struct sw_keyfile *kf = g_new0(struct sw_keyfile, 1);
	char *p = buf, *tend = buf + len;
	guint ahead = 0, aent = 0;
	int n = 0;

	kf->buf = buf;
	buf[len] = '\0';
	*line = 0;
	if (len >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
		p += 3; /* a byte order mark, which some editors write */
	while (p < tend) {
		char *e = memchr(p, '\n', (gsize)(tend - p)), *b = p, *end;

		n++;
		end = e ? e : tend;
		p = e ? e + 1 : tend;
		if (e && end > b && end[-1] == '\r')
			end--; /* (GKeyFile keeps one on a last line without '\n') */
		*end = '\0';
		while (b < end && g_ascii_isspace(*b))
			b++;
		if (b == end || *b == '#')
			continue;
		if (*b == '[') {
			char *r = memchr(b, ']', (gsize)(end - b)), *q;

			for (q = r ? r + 1 : end; q < end && (*q == ' ' || *q == '\t'); q++)
				;
			if (!r || q < end || !group_name_ok(b + 1, r)) {
				bad(err, "not a [group] line", b, end);
				goto fail;
			}
			*r = '\0';
			if (kf->nheads == ahead) {
				ahead = ahead ? ahead * 2 : 16;
				kf->heads = g_renew(guint32, kf->heads, ahead);
			}
			kf->heads[kf->nheads++] = (guint32)(b + 1 - buf);
		} else {
			char *eq = memchr(b, '=', (gsize)(end - b)), *k, *v;
			gboolean locale;

			if (!eq || eq == b) {
				bad(err, "not \"key = value\", a [group] or a # comment", b, end);
				goto fail;
			}
			if (kf->nheads == 0) {
				bad(err, "a line before the first [group]", b, end);
				goto fail;
			}
			for (k = eq; k > b && g_ascii_isspace(k[-1]); k--)
				;
			if (!key_name_ok(b, k, &locale)) {
				char save = *eq;

				*eq = '\0';
				bad(err, "not a key name", b, k);
				*eq = save;
				goto fail;
			}
			if (locale)
				continue; /* a translation: GKeyFile keeps only its locale's */
			for (v = eq + 1; v < end && g_ascii_isspace(*v); v++)
				;
			*k = '\0';
			if (kf->nents == aent) {
				aent = aent ? aent * 2 : 64;
				kf->ents = g_renew(struct kent, kf->ents, aent);
			}
			kf->ents[kf->nents].key = (guint32)(b - buf);
			kf->ents[kf->nents].val = (guint32)(v - buf);
			kf->ents[kf->nents].group = kf->nheads - 1;
			kf->nents++;
		}
	}
	index_groups(kf);
	return kf;
fail:
	*line = n;
	keyfile_free(kf);
	return NULL;
}

struct sw_keyfile *
keyfile_load(const char *text, gsize len, int *line, GError **err)
{
	char *buf = g_malloc(len + 1);

	memcpy(buf, text, len);
	return keyfile_take(buf, len, line, err);
}

void
keyfile_free(struct sw_keyfile *kf)
{
	if (!kf)
		return;
	g_free(kf->buf);
	g_free(kf->heads);
	g_free(kf->gname);
	g_free(kf->gsorted);
	g_free(kf->ents);
	g_free(kf->sorted);
	g_free(kf);
}

char **
keyfile_get_groups(const struct sw_keyfile *kf)
{
	char **out = g_new(char *, kf->ngroups + 1);
	guint i;

	for (i = 0; i < kf->ngroups; i++)
		out[i] = g_strdup(kf->buf + kf->gname[i]);
	out[i] = NULL;
	return out;
}

/* The number of group, or -1. */
static int
find_group(const struct sw_keyfile *kf, const char *group)
{
	guint lo = 0, hi = kf->ngroups;

	while (lo < hi) {
		guint mid = lo + (hi - lo) / 2;
		int d = strcmp(kf->buf + kf->gname[kf->gsorted[mid]], group);

		if (d == 0)
			return (int)kf->gsorted[mid];
		if (d < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

/* The first place in sorted at or after (g, key); key NULL: g's first. */
static guint
lower_bound(const struct sw_keyfile *kf, guint32 g, const char *key)
{
	guint lo = 0, hi = kf->nents;

	while (lo < hi) {
		guint mid = lo + (hi - lo) / 2;
		const struct kent *x = &kf->ents[kf->sorted[mid]];
		int d = x->group != g ? (x->group < g ? -1 : 1)
		        : key         ? strcmp(kf->buf + x->key, key)
		                      : 0;

		if (d < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static int
by_place(const void *a, const void *b)
{
	guint32 i = *(const guint32 *)a, j = *(const guint32 *)b;

	return (i > j) - (i < j);
}

char **
keyfile_get_keys(const struct sw_keyfile *kf, const char *group, gsize *n)
{
	int g = find_group(kf, group);
	guint first, last, i;
	guint32 *at;
	char **out;

	if (n)
		*n = 0;
	if (g < 0)
		return NULL;
	first = lower_bound(kf, (guint32)g, NULL);
	last = lower_bound(kf, (guint32)g + 1, NULL);
	at = g_new(guint32, last - first + 1);
	memcpy(at, kf->sorted + first, (last - first) * sizeof(*at));
	qsort(at, last - first, sizeof(*at), by_place);
	out = g_new(char *, last - first + 1);
	for (i = 0; i < last - first; i++)
		out[i] = g_strdup(kf->buf + kf->ents[at[i]].key);
	out[i] = NULL;
	g_free(at);
	if (n)
		*n = last - first;
	return out;
}

/* The value of the last key of group, or NULL. */
static const char *
lookup(const struct sw_keyfile *kf, const char *group, const char *key)
{
	int g = find_group(kf, group);
	guint i;
	const char *found = NULL;

	if (g < 0)
		return NULL;
	for (i = lower_bound(kf, (guint32)g, key); i < kf->nents; i++) {
		const struct kent *x = &kf->ents[kf->sorted[i]];

		if (x->group != (guint32)g || strcmp(kf->buf + x->key, key))
			break;
		found = kf->buf + x->val;
	}
	return found;
}

char *
keyfile_get_value(const struct sw_keyfile *kf, const char *group, const char *key)
{
	return g_strdup(lookup(kf, group, key));
}

/* Undo the escapes of v into out (strlen(v) + 1 bytes); with items (room
 * for one more than v has ';'), also cut at each ';' that is not escaped,
 * the items' copies counted in *nitems.  As in GKeyFile, another escape
 * stays as written and a '\' at the end is dropped, and either is FALSE. */
static gboolean
unescape(const char *v, char *out, char **items, gsize *nitems)
{
	char *q = out, *q0 = out;
	gboolean ok = TRUE;

	for (; *v; v++) {
		if (*v != '\\') {
			if (items && *v == ';') {
				items[(*nitems)++] = g_strndup(q0, (gsize)(q - q0));
				q0 = q;
			} else {
				*q++ = *v;
			}
			continue;
		}
		switch (*++v) {
		case 's':
			*q++ = ' ';
			break;
		case 'n':
			*q++ = '\n';
			break;
		case 't':
			*q++ = '\t';
			break;
		case 'r':
			*q++ = '\r';
			break;
		case '\\':
			*q++ = '\\';
			break;
		case '\0':
			ok = FALSE;
			v--; /* the loop ends */
			break;
		default:
			if (items && *v == ';') {
				*q++ = ';';
				break;
			}
			*q++ = '\\';
			*q++ = *v;
			ok = FALSE;
			break;
		}
	}
	*q = '\0';
	if (items && q > q0)
		items[(*nitems)++] = g_strndup(q0, (gsize)(q - q0));
	return ok;
}

char *
keyfile_get_string(const struct sw_keyfile *kf, const char *group, const char *key)
{
	const char *v = lookup(kf, group, key);
	char *out;

	if (!v)
		return NULL;
	out = g_malloc(strlen(v) + 1);
	unescape(v, out, NULL, NULL);
	return out;
}

char **
keyfile_get_string_list(const struct sw_keyfile *kf, const char *group, const char *key, gsize *n)
{
	const char *v = lookup(kf, group, key), *s;
	char *tmp, **items;
	gsize k = 0, semis = 0;

	if (n)
		*n = 0;
	if (!v)
		return NULL;
	for (s = v; *s; s++)
		semis += *s == ';';
	items = g_new0(char *, semis + 2);
	tmp = g_malloc(strlen(v) + 1);
	if (!unescape(v, tmp, items, &k)) {
		g_strfreev(items);
		items = NULL;
		k = 0;
	}
	g_free(tmp);
	if (n)
		*n = k;
	return items;
}
