/*
 * parse_bench.c - parse_feed() throughput over feed files, in one process.
 *
 * Maps every FILE into memory (reading is not timed), then calls
 * parse_feed() on each and frees the result, timing only the parse in CPU
 * time of the process (another process on the other core does not count).
 * Prints one line:
 *   files F bytes B entries E rejected R cpu_s T
 * and, for each file parse_feed() refused, its error on stderr.
 *
 * usage: parse_bench FILE...
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "parse.h"

static double
cpu_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int
main(int argc, char **argv)
{
	GMappedFile **map;
	const char **data;
	gsize *len;
	guint64 bytes = 0, entries = 0;
	int i, rejected = 0;
	double t0, t;

	if (argc < 2) {
		fprintf(stderr, "usage: parse_bench FILE...\n");
		return 2;
	}
	map = g_new0(GMappedFile *, argc);
	data = g_new0(const char *, argc);
	len = g_new0(gsize, argc);
	for (i = 1; i < argc; i++) {
		GError *err = NULL;

		/* mapped, as `storywatch parse FILE` reads it */
		map[i] = g_mapped_file_new(argv[i], FALSE, &err);
		if (!map[i]) {
			fprintf(stderr, "parse_bench: %s\n", err->message);
			return 1;
		}
		data[i] = g_mapped_file_get_contents(map[i]);
		len[i] = g_mapped_file_get_length(map[i]);
		bytes += len[i];
	}
	parse_init();
	t0 = cpu_s();
	for (i = 1; i < argc; i++) {
		GError *err = NULL;
		struct sw_feed *f = parse_feed(data[i], len[i], NULL, NULL, &err);

		if (!f) {
			fprintf(stderr, "parse_bench: %s: %s\n", argv[i], err->message);
			g_error_free(err);
			rejected++;
			continue;
		}
		entries += f->entries->len;
		parse_feed_free(f);
	}
	t = cpu_s() - t0;
	parse_teardown();
	printf("files %d bytes %" G_GUINT64_FORMAT " entries %" G_GUINT64_FORMAT
	       " rejected %d cpu_s %.6f\n",
	       argc - 1, bytes, entries, rejected, t);
	for (i = 1; i < argc; i++)
		g_mapped_file_unref(map[i]);
	g_free(map);
	g_free(data);
	g_free(len);
	return 0;
}
