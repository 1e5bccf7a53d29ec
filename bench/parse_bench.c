/*
 * parse_bench.c - parse_feed() throughput over feed files, in one process.
 *
 * Takes each FILE in turn: reads it into one buffer, kept from file to
 * file (as the daemon's fetcher hands a body over in memory), or maps it
 * when it is large (MAP_FROM); calls parse_feed() on it and frees the
 * result.  The whole process is what bench/parse times;
 * cpu_s is the parse_feed() calls alone, in CPU time of the process
 * (another process on the other core does not count).
 * Prints one line:
 *   files F bytes B entries E rejected R cpu_s T
 * and, for each file parse_feed() refused, its error on stderr.
 *
 * usage: parse_bench FILE...
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
#include <sys/stat.h>

#include "parse.h"

static double
cpu_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Files this large are mapped, smaller ones read: a mapping costs little
 * to set up and spares reading what parse_feed() steps over (past
 * SW_MAX_ENTRIES), but taking it down flushes the TLB of every CPU the
 * process ran on; a thousand of them cost more than reading the files
 * into one buffer (bench/README.md, session 12) */
#define MAP_FROM (4 << 20)

/* Reads all of path into *buf (grown as needed, kept for the next file);
 * returns its length, or -1 with errno set. */
static gssize
read_file(const char *path, char **buf, gsize *cap)
{
	gsize n = 0;
	int fd = open(path, O_RDONLY);

	if (fd < 0)
		return -1;
	for (;;) {
		ssize_t r;

		if (*cap - n < 65536) { /* grown as a download buffer grows */
			*cap = MAX(*cap * 2, 1 << 20);
			*buf = g_realloc(*buf, *cap);
		}
		r = read(fd, *buf + n, *cap - n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			int e = errno;

			close(fd);
			errno = e;
			return -1;
		}
		if (r == 0)
			break;
		n += (gsize)r;
	}
	close(fd);
	return (gssize)n;
}

int
main(int argc, char **argv)
{
	char *buf = NULL;
	gsize cap = 0;
	guint64 bytes = 0, entries = 0;
	int i, rejected = 0;
	double t = 0;

	if (argc < 2) {
		fprintf(stderr, "usage: parse_bench FILE...\n");
		return 2;
	}
	parse_init();
	for (i = 1; i < argc; i++) {
		GError *err = NULL;
		GMappedFile *map = NULL;
		struct sw_feed *f;
		const char *data;
		struct stat st;
		gssize len;
		double t0;

		if (stat(argv[i], &st) == 0 && st.st_size >= MAP_FROM) {
			map = g_mapped_file_new(argv[i], FALSE, &err);
			if (!map) {
				fprintf(stderr, "parse_bench: %s\n", err->message);
				return 1;
			}
			data = g_mapped_file_get_contents(map);
			len = (gssize)g_mapped_file_get_length(map);
		} else if ((len = read_file(argv[i], &buf, &cap)) < 0) {
			fprintf(stderr, "parse_bench: %s: %s\n", argv[i], g_strerror(errno));
			return 1;
		} else {
			data = buf;
		}
		bytes += (guint64)len;
		t0 = cpu_s();
		f = parse_feed(data, (gsize)len, NULL, NULL, &err);
		if (f) {
			entries += f->entries->len;
			parse_feed_free(f);
		}
		t += cpu_s() - t0;
		if (!f) {
			fprintf(stderr, "parse_bench: %s: %s\n", argv[i], err->message);
			g_error_free(err);
			rejected++;
		}
		if (map)
			g_mapped_file_unref(map);
	}
	parse_teardown();
	printf("files %d bytes %" G_GUINT64_FORMAT " entries %" G_GUINT64_FORMAT
	       " rejected %d cpu_s %.6f\n",
	       argc - 1, bytes, entries, rejected, t);
	g_free(buf);
	return 0;
}
