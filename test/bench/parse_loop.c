/*
 * parse_loop.c
 *		Standalone driver for the benchmark: runs the pure parsers
 *		(gtin_parse or gs1_parse plus the packing the gs1 type stores) over
 *		every line of a file, outside PostgreSQL.  run.sh uses it to check
 *		that the generated data is entirely valid and to show how much of a
 *		COPY is parsing; it is also the target for profiling (perf record,
 *		valgrind --tool=callgrind) without a server.
 *
 * Usage: parse_loop gtin|gs1 FILE [REPEAT]
 * Prints "lines=N invalid=K ns_per_line=X" and, for the first invalid
 * line, its number and the parser's message on stderr.  Exit status 0 when
 * every line is valid, 1 otherwise, 2 on bad usage or I/O errors.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gs1_parse.h"
#include "gtin_parse.h"

static gs1_result gres;
static char packed[GS1_TEXT_MAX];

/*
 * read_file
 *		Read a whole file into a malloc'd buffer (caller frees); sets *len.
 *		Returns NULL on error.
 */
static char *
read_file(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf;
	long		sz;

	if (f == NULL)
		return NULL;
	if (fseek(f, 0, SEEK_END) != 0 || (sz = ftell(f)) < 0 ||
		fseek(f, 0, SEEK_SET) != 0)
	{
		fclose(f);
		return NULL;
	}
	buf = malloc((size_t) sz + 1);
	if (buf == NULL || fread(buf, 1, (size_t) sz, f) != (size_t) sz)
	{
		free(buf);
		fclose(f);
		return NULL;
	}
	fclose(f);
	buf[sz] = '\0';
	*len = (size_t) sz;
	return buf;
}

int
main(int argc, char **argv)
{
	bool		is_gs1;
	char	   *data;
	size_t		len;
	int			repeat = 1;
	int			r;
	long long	lines = 0;
	long long	invalid = 0;
	size_t		sink = 0;
	struct timespec t0,
				t1;
	double		ns;

	if (argc < 3 || argc > 4 ||
		(strcmp(argv[1], "gtin") != 0 && strcmp(argv[1], "gs1") != 0))
	{
		fprintf(stderr, "usage: %s gtin|gs1 FILE [REPEAT]\n", argv[0]);
		return 2;
	}
	is_gs1 = strcmp(argv[1], "gs1") == 0;
	if (argc == 4)
		repeat = atoi(argv[3]) > 0 ? atoi(argv[3]) : 1;
	data = read_file(argv[2], &len);
	if (data == NULL)
	{
		fprintf(stderr, "%s: cannot read %s: %s\n", argv[0], argv[2], strerror(errno));
		return 2;
	}

	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (r = 0; r < repeat; r++)
	{
		size_t		p = 0;

		while (p < len)
		{
			const char *nl = memchr(data + p, '\n', len - p);
			size_t		n = nl ? (size_t) (nl - (data + p)) : len - p;
			bool		ok;

			if (is_gs1)
			{
				ok = gs1_parse(data + p, n, &gres) == GS1_OK;
				if (ok)
					sink += gs1_to_packed(&gres, packed, sizeof(packed));
				else if (invalid == 0)
					fprintf(stderr, "line %lld: %s\n", lines + 1, gres.errmsg);
			}
			else
			{
				gtin_result res;

				ok = gtin_parse(data + p, n, &res) == GTIN_OK;
				sink += (size_t) res.value;
				if (!ok && invalid == 0)
					fprintf(stderr, "line %lld: gtin status %d\n", lines + 1, (int) res.status);
			}
			if (!ok)
				invalid++;
			lines++;
			p += n + 1;
		}
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	ns = (t1.tv_sec - t0.tv_sec) * 1e9 + (t1.tv_nsec - t0.tv_nsec);
	printf("lines=%lld invalid=%lld ns_per_line=%.0f sink=%zu\n",
		   lines, invalid, lines ? ns / lines : 0.0, sink & 1);
	free(data);
	return invalid == 0 ? 0 : 1;
}
