/*
 * bench_gen.c
 *		Data generator for the COPY benchmark (test/bench/run.sh): writes N
 *		lines of valid identifiers to a file, deterministically (fixed seed),
 *		in the text COPY format of a one-column table.
 *
 * Usage: bench_gen KIND N FILE [SEED]
 *	gtin13	GTIN-13 (EAN-13) strings, 13 digits with a correct check digit and
 *			an ordinary GS1 prefix (no 02x/2xx restricted circulation, no
 *			977-979 ISSN/ISBN/ISMN), so contrib isn's ean13 accepts the same
 *			file as provenance.gtin;
 *	gtinmix	GTIN-8, -12, -13 and -14 strings in equal shares;
 *	marking	marking codes as a scanner delivers them: "]d2" symbology
 *			identifier, (01) GTIN-14, (21) 13-character serial, GS, (91)
 *			4-character key id, GS, (92) 44-character crypto tail, with real
 *			GS (0x1d) bytes; text COPY passes those bytes through unescaped.
 *
 * Serials draw from a subset of GS1 CSET 82 without "<", ">", "(", ")",
 * "^" and "\\", so no serial spells a GS separator ("<GS>", "^") and no
 * COPY escape is needed.  The crypto tail uses the base64 alphabet (all in
 * CSET 82), as real ones do.
 *
 * Exit status 0 on success, 1 on a write error, 2 on bad usage.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define OUTBUF_SIZE		(1 << 20)

static uint64_t rng_state;

/*
 * rng_next
 *		Next value of a splitmix64 sequence (fast, good enough for test data).
 */
static uint64_t
rng_next(void)
{
	uint64_t	z = (rng_state += UINT64_C(0x9E3779B97F4A7C15));

	z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
	return z ^ (z >> 31);
}

/*
 * rng_below
 *		A value in 0..n-1 (n small; the modulo bias is irrelevant here).
 */
static unsigned
rng_below(unsigned n)
{
	return (unsigned) (rng_next() % n);
}

/*
 * put_digits
 *		Write n random decimal digits to out.
 */
static void
put_digits(char *out, int n)
{
	int			i;

	for (i = 0; i < n; i++)
		out[i] = (char) ('0' + rng_below(10));
}

/*
 * put_check_digit
 *		Given n-1 digits in d[0..n-2], store the GS1 mod-10 check digit in
 *		d[n-1] (weights 3,1,3,... from the rightmost data digit).
 */
static void
put_check_digit(char *d, int n)
{
	int			sum = 0;
	int			i;

	for (i = n - 2; i >= 0; i--)
		sum += (d[i] - '0') * (((n - 2 - i) % 2 == 0) ? 3 : 1);
	d[n - 1] = (char) ('0' + (10 - sum % 10) % 10);
}

/*
 * Ordinary GS1 prefixes of member organisations (first three digits of a
 * GTIN-13), weighted toward a few large ones as real trade data is.
 */
static const char *const prefixes[] = {
	"400", "401", "403", "405", "406", "407", "409", "412", "419", "426",
	"460", "461", "462", "463", "464", "465", "466", "467", "468", "469",
	"460", "460", "462", "463", "465", "467", "469", "469",
	"470", "475", "476", "477", "478", "479", "481", "482", "484", "485",
	"500", "501", "505", "509", "520", "540", "560", "590", "599",
	"690", "691", "692", "693", "694", "695", "696", "697", "698", "699",
	"690", "692", "693", "694", "695",
	"729", "750", "760", "779", "789", "800", "803", "805", "809", "840",
	"841", "850", "858", "859", "860", "865", "867", "868", "869", "870",
	"871", "872", "873", "880", "885", "890", "893", "899", "930", "955",
	"030", "035", "040", "050", "060", "070", "080", "090", "100", "120",
	"130", "139"
};

/*
 * put_gtin13
 *		Write a valid GTIN-13 with a realistic prefix to out[0..12].
 */
static void
put_gtin13(char *out)
{
	memcpy(out, prefixes[rng_below(sizeof(prefixes) / sizeof(prefixes[0]))], 3);
	put_digits(out + 3, 9);
	put_check_digit(out, 13);
}

static const char serial_chars[] =
	"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	"!\"%&'*+,-./:;=?_";
static const char b64_chars[] =
	"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/*
 * put_from
 *		Write n characters drawn from alphabet (of length alen) to out.
 */
static void
put_from(char *out, int n, const char *alphabet, unsigned alen)
{
	int			i;

	for (i = 0; i < n; i++)
		out[i] = alphabet[rng_below(alen)];
}

/*
 * make_line
 *		Build one line (without newline) of the given kind into line;
 *		returns its length.
 */
static int
make_line(const char *kind, char *line)
{
	char	   *p = line;

	if (strcmp(kind, "gtin13") == 0)
	{
		put_gtin13(p);
		return 13;
	}
	if (strcmp(kind, "gtinmix") == 0)
	{
		switch (rng_below(4))
		{
			case 0:				/* GTIN-8 */
				put_digits(p, 7);
				put_check_digit(p, 8);
				return 8;
			case 1:				/* GTIN-12 (UPC-A) */
				put_digits(p, 11);
				put_check_digit(p, 12);
				return 12;
			case 2:
				put_gtin13(p);
				return 13;
			default:			/* GTIN-14, indicator 1..8 */
				p[0] = (char) ('1' + rng_below(8));
				put_gtin13(p + 1);
				put_check_digit(p, 14);
				return 14;
		}
	}
	/* marking */
	memcpy(p, "]d201", 5);
	p += 5;
	*p++ = '0';
	put_gtin13(p);
	p += 13;
	memcpy(p, "21", 2);
	p += 2;
	put_from(p, 13, serial_chars, sizeof(serial_chars) - 1);
	p += 13;
	memcpy(p, "\x1d" "91", 3);
	p += 3;
	put_from(p, 4, b64_chars, 62);	/* key id: letters and digits */
	p += 4;
	memcpy(p, "\x1d" "92", 3);
	p += 3;
	put_from(p, 43, b64_chars, 64);
	p += 43;
	*p++ = '=';
	return (int) (p - line);
}

int
main(int argc, char **argv)
{
	const char *kind;
	long long	n;
	long long	i;
	FILE	   *f;
	char	   *buf;
	size_t		used = 0;
	char		line[256];

	if (argc < 4 || argc > 5 ||
		(strcmp(argv[1], "gtin13") != 0 && strcmp(argv[1], "gtinmix") != 0 &&
		 strcmp(argv[1], "marking") != 0))
	{
		fprintf(stderr, "usage: %s gtin13|gtinmix|marking N FILE [SEED]\n", argv[0]);
		return 2;
	}
	kind = argv[1];
	n = atoll(argv[2]);
	rng_state = argc == 5 ? strtoull(argv[4], NULL, 10) : UINT64_C(20240601);
	rng_state ^= (uint64_t) kind[0] << 56 | (uint64_t) kind[4];
	f = fopen(argv[3], "wb");
	if (f == NULL)
	{
		fprintf(stderr, "%s: cannot open %s: %s\n", argv[0], argv[3], strerror(errno));
		return 1;
	}
	buf = malloc(OUTBUF_SIZE);
	if (buf == NULL)
	{
		fprintf(stderr, "%s: out of memory\n", argv[0]);
		return 1;
	}
	for (i = 0; i < n; i++)
	{
		int			len = make_line(kind, line);

		if (used + (size_t) len + 1 > OUTBUF_SIZE)
		{
			if (fwrite(buf, 1, used, f) != used)
				goto write_error;
			used = 0;
		}
		memcpy(buf + used, line, (size_t) len);
		used += (size_t) len;
		buf[used++] = '\n';
	}
	if (fwrite(buf, 1, used, f) != used || fclose(f) != 0)
		goto write_error;
	free(buf);
	return 0;

write_error:
	fprintf(stderr, "%s: writing %s: %s\n", argv[0], argv[3], strerror(errno));
	return 1;
}
