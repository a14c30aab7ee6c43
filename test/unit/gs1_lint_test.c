/*
 * gs1_lint_test.c
 *		Unit tests of the GS1 Barcode Syntax Dictionary linters (gs1_lint.c).
 *
 * A table of cases, one per line: linter, input, expected verdict and, for
 * some, a fragment the failure message must contain.  Then property checks:
 * code-list sizes by exhaustive enumeration, csum against gs1_mod10, every
 * date against an independent day-count calendar, message-buffer bounds,
 * linter names, and (when ../shared/testdata is present) that every linter
 * the GS1 dictionary names is known.
 *
 * Uses only gs1_lint.h and gs1_check.h.  Prints
 * "gs1_lint_test: N cases, F failures" and exits 1 on any failure.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gs1_check.h"
#include "gs1_lint.h"

typedef struct lint_case
{
	gs1_linter	l;
	const char *data;
	bool		ok;
	const char *msg;			/* substring of the failure message, or NULL */
} lint_case;

#define P(l, s)			{GS1_LINT_##l, s, true, NULL}
#define F(l, s)			{GS1_LINT_##l, s, false, NULL}
#define FM(l, s, m)		{GS1_LINT_##l, s, false, m}

static const lint_case cases[] = {
	/* csum */
	P(CSUM, "02345673"),
	FM(CSUM, "12345673", "check digit should be 0"),
	P(CSUM, "416000336108"),
	FM(CSUM, "416000336109", "check digit should be 8"),
	P(CSUM, "1234567890128"),
	P(CSUM, "12345678901231"),
	FM(CSUM, "12345678901232", "check digit should be 1"),
	P(CSUM, "123456789012345675"),
	P(CSUM, "0"),
	FM(CSUM, "", "too short"),
	FM(CSUM, " 23456789012345675", "\" \" at position 1 is not a digit"),
	FM(CSUM, "12345678901234567 ", "position 18 is not a digit"),

	/* csumalpha */
	P(CSUMALPHA, "22"),
	F(CSUMALPHA, "33"),
	P(CSUMALPHA, "!22"),
	P(CSUMALPHA, "1987654Ad4X4bL5ttr2310c2K"),
	FM(CSUMALPHA, "1987654Ad4X4bL5ttr2310cXK", "check character pair should be 2K"),
	F(CSUMALPHA, "1987654Ad4X4bL5ttr2310c2X"),
	P(CSUMALPHA, "12345678901234567890123NT"),
	P(CSUMALPHA, "12345_ABCDEFGHIJKLMCP"),
	P(CSUMALPHA, "12345_nopqrstuvwxyzP2"),
	P(CSUMALPHA, "12345_!\"%&'()*+,-./LC"),
	P(CSUMALPHA, "12345_0123456789:;<=>?62"),
	P(CSUMALPHA, "149512464PM+GH"),
	P(CSUMALPHA, "23956qk1&dB!23"),
	P(CSUMALPHA, "00000!HV"),
	P(CSUMALPHA, "1234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567HA"),
	P(CSUMALPHA, "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzUA"),
	FM(CSUMALPHA, "12345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678ZZ", "too long"),
	FM(CSUMALPHA, "2", "too short"),
	FM(CSUMALPHA, "123456789 1234567890123NT", "\" \" at position 10 is not a CSET 82 character"),
	F(CSUMALPHA, "12345678901234567890123N "),

	/* gcppos1 / gcppos2 */
	P(GCPPOS1, "0123"),
	P(GCPPOS1, "01234"),
	P(GCPPOS1, "0123A"),
	FM(GCPPOS1, "012", "too short"),
	F(GCPPOS1, ""),
	FM(GCPPOS1, "012AAA", "\"A\" at position 4 is not a digit"),
	F(GCPPOS1, "A123456"),
	P(GCPPOS2, "I0123"),
	P(GCPPOS2, "I0123A"),
	FM(GCPPOS2, "I012", "too short"),
	F(GCPPOS2, "I"),
	F(GCPPOS2, ""),
	FM(GCPPOS2, "I01A34", "\"A\" at position 4 is not a digit"),

	/* yymmd0 */
	P(YYMMD0, "000606"),
	P(YYMMD0, "990606"),
	P(YYMMD0, "200600"),
	P(YYMMD0, "200229"),
	P(YYMMD0, "000229"),
	P(YYMMD0, "960229"),
	FM(YYMMD0, "210229", "day 29 is not valid in month 02 of 2021, not a leap year"),
	FM(YYMMD0, "200230", "day 30 is not valid in month 02"),
	FM(YYMMD0, "200431", "day 31 is not valid in month 04"),
	FM(YYMMD0, "201310", "month 13 is not 01-12"),
	FM(YYMMD0, "200010", "month 00 is not 01-12"),
	FM(YYMMD0, "2001x1", "\"x\" at position 5 is not a digit"),
	FM(YYMMD0, "11111", "date must be 6 digits"),
	F(YYMMD0, "1111111"),
	F(YYMMD0, ""),

	/* yymmdd */
	P(YYMMDD, "200131"),
	P(YYMMDD, "240229"),
	P(YYMMDD, "201231"),
	FM(YYMMDD, "200600", "day 00"),
	F(YYMMDD, "230229"),
	F(YYMMDD, "201131"),
	F(YYMMDD, "209910"),
	F(YYMMDD, "x00131"),

	/* yyyymmdd */
	P(YYYYMMDD, "20200229"),
	P(YYYYMMDD, "20000229"),
	P(YYYYMMDD, "19960229"),
	P(YYYYMMDD, "24000229"),
	FM(YYYYMMDD, "21000229", "day 29 is not valid in month 02 of 2100, not a leap year"),
	F(YYYYMMDD, "19000229"),
	F(YYYYMMDD, "20200600"),
	FM(YYYYMMDD, "20201310", "month 13 is not 01-12"),
	FM(YYYYMMDD, "200606", "date must be 8 digits"),
	F(YYYYMMDD, "202006011"),

	/* hh, mi, ss, hhmi */
	P(HH, "00"),
	P(HH, "23"),
	FM(HH, "24", "hour 24 is not 00-23"),
	F(HH, "x0"),
	FM(HH, "1", "hour must be 2 digits"),
	F(HH, "111"),
	P(MI, "00"),
	P(MI, "59"),
	FM(MI, "60", "minute 60 is not 00-59"),
	F(MI, "0x"),
	P(SS, "59"),
	FM(SS, "60", "second 60 is not 00-59"),
	F(SS, ""),
	P(HHMI, "0000"),
	P(HHMI, "2359"),
	FM(HHMI, "2400", "hour 24"),
	FM(HHMI, "0060", "minute 60"),
	F(HHMI, "00x0"),
	FM(HHMI, "111", "time must be 4 digits"),
	F(HHMI, "11111"),

	/* iso3166, iso3166999 */
	P(ISO3166, "004"),
	P(ISO3166, "276"),
	P(ISO3166, "894"),
	P(ISO3166, "826"),
	FM(ISO3166, "000", "\"000\" is not an ISO 3166-1 numeric country code"),
	F(ISO3166, "999"),
	F(ISO3166, "895"),
	F(ISO3166, "04"),
	F(ISO3166, "0040"),
	F(ISO3166, "AAA"),
	P(ISO3166999, "999"),
	P(ISO3166999, "004"),
	FM(ISO3166999, "998", "or 999"),
	F(ISO3166999, "9999"),
	F(ISO3166999, ""),

	/* iso3166alpha2 */
	P(ISO3166ALPHA2, "AD"),
	P(ISO3166ALPHA2, "DE"),
	P(ISO3166ALPHA2, "GB"),
	P(ISO3166ALPHA2, "ZW"),
	FM(ISO3166ALPHA2, "XX", "\"XX\" is not an ISO 3166-1 alpha-2 country code"),
	F(ISO3166ALPHA2, "UK"),
	F(ISO3166ALPHA2, "de"),
	F(ISO3166ALPHA2, "D"),
	F(ISO3166ALPHA2, "DEU"),

	/* iso4217 */
	P(ISO4217, "978"),
	P(ISO4217, "840"),
	P(ISO4217, "008"),
	P(ISO4217, "999"),
	FM(ISO4217, "000", "\"000\" is not an ISO 4217 numeric currency code"),
	F(ISO4217, "191"),
	F(ISO4217, "98"),
	F(ISO4217, "EUR"),

	/* iso5218 */
	P(ISO5218, "0"),
	P(ISO5218, "1"),
	P(ISO5218, "2"),
	P(ISO5218, "9"),
	FM(ISO5218, "3", "\"3\" is not an ISO/IEC 5218 sex code"),
	F(ISO5218, "01"),
	F(ISO5218, ""),

	/* pcenc */
	P(PCENC, ""),
	P(PCENC, "ABC"),
	P(PCENC, "%00"),
	P(PCENC, "%Ff"),
	P(PCENC, "ABC%20XYZ"),
	P(PCENC, "ABCDEFGHIJKLMNOPQRSTUVWXYZ%00+12345"),
	FM(PCENC, "ab%zzcd", "\"%zz\" is not valid percent-encoding"),
	FM(PCENC, "ABC%g", "\"%g\" is not valid percent-encoding"),
	FM(PCENC, "ABC%", "\"%\" is not valid"),
	F(PCENC, "%fg"),
	F(PCENC, "ABC%gXYZ"),

	/* iban */
	P(IBAN, "FR7630006000011234567890189"),
	P(IBAN, "DE91100000000123456789"),
	P(IBAN, "GB98MIDL07009312345678"),
	P(IBAN, "MU43BOMM0101123456789101000MUR"),
	P(IBAN, "BE71096123456769"),
	P(IBAN, "MT90MALT011000012345MTLCAST001SABC"),
	FM(IBAN, "BE71096123456760", "IBAN check digits are wrong, should be 23"),
	FM(IBAN, "LC14BOSL123456789012345678901230", "IBAN check digits are wrong"),
	FM(IBAN, "XX361234567890", "IBAN country code \"XX\""),
	FM(IBAN, "MTXXMALT011000012345MTLCAST001SABCD", "longer than 34"),
	FM(IBAN, "BE71", "too short"),
	F(IBAN, ""),
	F(IBAN, "BE7109612"),
	FM(IBAN, "LC14BOSLxx3456789012345678901230", "\"x\" at position 9"),

	/* latitude, longitude */
	P(LATITUDE, "0279085848"),
	P(LATITUDE, "0000000000"),
	P(LATITUDE, "1800000000"),
	FM(LATITUDE, "1800000001", "latitude 1800000001 is greater than 1800000000"),
	FM(LATITUDE, "027908584", "latitude must be 10 digits"),
	F(LATITUDE, "123456789x"),
	P(LONGITUDE, "3015297971"),
	P(LONGITUDE, "3600000000"),
	FM(LONGITUDE, "3600000001", "greater than 3600000000"),
	F(LONGITUDE, "9999999999"),
	F(LONGITUDE, "30152979711"),

	/* yesno, zero, nonzero, nozeroprefix, hasnondigit, hyphen, winding */
	P(YESNO, "0"),
	P(YESNO, "1"),
	FM(YESNO, "2", "\"2\" is not a yes/no flag"),
	F(YESNO, "01"),
	F(YESNO, ""),
	P(ZERO, "0"),
	P(ZERO, "00"),
	FM(ZERO, "1", "must be zero"),
	F(ZERO, "01"),
	F(ZERO, "X"),
	F(ZERO, ""),
	P(NONZERO, "1"),
	P(NONZERO, "0009"),
	P(NONZERO, "01234567890"),
	FM(NONZERO, "0000", "must not be zero"),
	F(NONZERO, ""),
	FM(NONZERO, "9A99", "\"A\" at position 2 is not a digit"),
	P(NOZEROPREFIX, "1"),
	P(NOZEROPREFIX, "1234567890"),
	P(NOZEROPREFIX, ""),
	FM(NOZEROPREFIX, "0", "leading zero"),
	F(NOZEROPREFIX, "0123"),
	F(NOZEROPREFIX, "99A9"),
	P(HASNONDIGIT, "A"),
	P(HASNONDIGIT, "012345678/"),
	P(HASNONDIGIT, "1A1"),
	FM(HASNONDIGIT, "0123456789", "not a digit"),
	F(HASNONDIGIT, ""),
	P(HYPHEN, "-"),
	P(HYPHEN, "--"),
	FM(HYPHEN, "X", "\"X\" must be a hyphen"),
	F(HYPHEN, ""),
	F(HYPHEN, "-X"),
	P(WINDING, "0"),
	P(WINDING, "1"),
	P(WINDING, "9"),
	FM(WINDING, "2", "\"2\" is not a winding direction"),
	F(WINDING, "01"),

	/* pieceoftotal */
	P(PIECEOFTOTAL, "11"),
	P(PIECEOFTOTAL, "0103"),
	P(PIECEOFTOTAL, "9999"),
	P(PIECEOFTOTAL, "998999"),
	FM(PIECEOFTOTAL, "0001", "piece number 00 is zero"),
	FM(PIECEOFTOTAL, "0100", "total 00 is zero"),
	FM(PIECEOFTOTAL, "0908", "piece number 09 is greater than total 08"),
	F(PIECEOFTOTAL, "21"),
	F(PIECEOFTOTAL, "111"),
	F(PIECEOFTOTAL, ""),
	F(PIECEOFTOTAL, "5x555555"),

	/* posinseqslash */
	P(POSINSEQSLASH, "1/1"),
	P(POSINSEQSLASH, "2/3"),
	P(POSINSEQSLASH, "9/10"),
	P(POSINSEQSLASH, "100/100"),
	P(POSINSEQSLASH, "999/999"),
	FM(POSINSEQSLASH, "10/9", "position 10 is greater than end 9"),
	F(POSINSEQSLASH, "101/100"),
	FM(POSINSEQSLASH, "0/1", "position 0 must not start with zero"),
	FM(POSINSEQSLASH, "1/02", "end 02 must not start with zero"),
	FM(POSINSEQSLASH, "1//2", "\"1//2\" is not of the form position/end"),
	F(POSINSEQSLASH, "1/"),
	F(POSINSEQSLASH, "/1"),
	F(POSINSEQSLASH, ""),
	F(POSINSEQSLASH, "x/y"),

	/* mediatype */
	P(MEDIATYPE, "01"),
	P(MEDIATYPE, "10"),
	P(MEDIATYPE, "80"),
	P(MEDIATYPE, "99"),
	FM(MEDIATYPE, "11", "\"11\" is not an AIDC media type"),
	F(MEDIATYPE, "00"),
	F(MEDIATYPE, "79"),
	F(MEDIATYPE, "1"),
	F(MEDIATYPE, "001"),

	/* packagetype */
	P(PACKAGETYPE, "1A"),
	P(PACKAGETYPE, "8"),
	P(PACKAGETYPE, "9"),
	P(PACKAGETYPE, "200"),
	P(PACKAGETYPE, "BX"),
	P(PACKAGETYPE, "PX"),
	P(PACKAGETYPE, "ZZ"),
	P(PACKAGETYPE, "X20"),
	FM(PACKAGETYPE, "0", "\"0\" is not a package type code"),
	F(PACKAGETYPE, ""),
	F(PACKAGETYPE, "1A_"),
	F(PACKAGETYPE, "bx"),
	F(PACKAGETYPE, "ZZZZ"),

	/* importeridx */
	P(IMPORTERIDX, "0"),
	P(IMPORTERIDX, "Z"),
	P(IMPORTERIDX, "z"),
	P(IMPORTERIDX, "-"),
	P(IMPORTERIDX, "_"),
	FM(IMPORTERIDX, "!", "\"!\" is not an importer index"),
	F(IMPORTERIDX, "/"),
	FM(IMPORTERIDX, "AB", "must be one character"),
	F(IMPORTERIDX, ""),

	/* couponcode (AI 8110) */
	P(COUPONCODE, "012345612345611110123"),
	P(COUPONCODE, "106141410012342501106501013085093101231"),
	P(COUPONCODE, "106141416543213500110000310123196000"),
	P(COUPONCODE, "0123456123456111101231011012311234567"),
	P(COUPONCODE, "01234561234561111012310110123512345678901"),
	P(COUPONCODE, "0123456123456111101233000606"),
	P(COUPONCODE, "0123456123456111101234960229"),
	P(COUPONCODE, "012345612345611110123511234567"),
	P(COUPONCODE, "01234561234561111012359123456789012345"),
	FM(COUPONCODE, "", "primary company prefix VLI is missing"),
	FM(COUPONCODE, "9123456789012345", "primary company prefix VLI 9 is not 0-6"),
	FM(COUPONCODE, "012345", "primary company prefix is truncated"),
	FM(COUPONCODE, "01234561234", "offer code is truncated"),
	FM(COUPONCODE, "0123456123456812345678", "save value VLI 8 is not 1-5"),
	F(COUPONCODE, "0123456123456312"),
	FM(COUPONCODE, "01234561234561111", "primary purchase requirement code is missing"),
	FM(COUPONCODE, "012345612345611117", "primary purchase requirement code 7 is not 0-4 or 9"),
	F(COUPONCODE, "01234561234561111012"),
	FM(COUPONCODE, "0123456123456111101238", "unexpected data \"8\""),
	FM(COUPONCODE, "01234561234561111012316", "additional purchase rules code 6 is not 0-3"),
	F(COUPONCODE, "012345612345611110123100"),
	F(COUPONCODE, "01234561234561111012310115"),
	F(COUPONCODE, "0123456123456111101231011012301234"),
	FM(COUPONCODE, "01234561234561111012310110123812345678901234", "second purchase company prefix VLI 8 is not 0-6 or 9"),
	F(COUPONCODE, "0123456123456111101232"),
	F(COUPONCODE, "012345612345611110123211012371234567890123"),
	F(COUPONCODE, "012345612345611110123211012301234560"),
	FM(COUPONCODE, "0123456123456111101233123", "expiration date is truncated"),
	FM(COUPONCODE, "0123456123456111101233209910", "expiration date 209910 is not valid: month 99"),
	F(COUPONCODE, "0123456123456111101233210229"),
	F(COUPONCODE, "0123456123456111101234200132"),
	FM(COUPONCODE, "01234561234561111012335006064500607", "expiration date 500606 is before start date 500607"),
	F(COUPONCODE, "01234561234561111012350"),
	F(COUPONCODE, "012345612345611110123501234"),
	FM(COUPONCODE, "0123456123456111101236812345678901234", "retailer company prefix or GLN VLI 8 is not 1-7"),
	F(COUPONCODE, "012345612345611110123611234"),
	FM(COUPONCODE, "01234561234561111012394", "save value code 4"),
	F(COUPONCODE, "012345612345611110123906"),
	FM(COUPONCODE, "0123456123456111101239000", "don't multiply flag is missing"),
	F(COUPONCODE, "01234561234561111012390002"),
	F(COUPONCODE, "012345612345611110123900000"),
	F(COUPONCODE, "0123456123456111101235006064500607"),
	FM(COUPONCODE, "01234561234561111012A", "\"A\" at position 21 is not a digit"),

	/* couponposoffer (AI 8112) */
	P(COUPONPOSOFFER, "001234561234560123456"),
	P(COUPONPOSOFFER, "101234561234560123456"),
	P(COUPONPOSOFFER, "0012345612345611234567"),
	P(COUPONPOSOFFER, "001234561234569123456789012345"),
	P(COUPONPOSOFFER, "061234567890121234569123456789012345"),
	FM(COUPONPOSOFFER, "201234561234560123456", "format code 2 is not 0 or 1"),
	FM(COUPONPOSOFFER, "", "format code is missing"),
	FM(COUPONPOSOFFER, "0", "funder ID VLI is missing"),
	FM(COUPONPOSOFFER, "07", "funder ID VLI 7 is not 0-6"),
	FM(COUPONPOSOFFER, "0012345", "funder ID is truncated"),
	F(COUPONPOSOFFER, "0012345612345"),
	FM(COUPONPOSOFFER, "00123456123456", "serial number VLI is missing"),
	FM(COUPONPOSOFFER, "001234561234561123456", "serial number is truncated"),
	FM(COUPONPOSOFFER, "0012345612345601234567", "unexpected data \"7\""),
	F(COUPONPOSOFFER, "a01234561234560123456"),
	F(COUPONPOSOFFER, "0612345678901212345691234567890123456"),
};

static int	n_cases = 0;
static int	n_failures = 0;

static void
check(bool cond, const char *what, const char *detail)
{
	n_cases++;
	if (!cond)
	{
		n_failures++;
		printf("FAIL: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
	}
}

/* The table above */
static void
test_cases(void)
{
	size_t		i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		const lint_case *c = &cases[i];
		char		msg[256];
		char		what[512];
		bool		ok;

		memset(msg, 'Z', sizeof(msg));
		ok = gs1_lint_run(c->l, c->data, strlen(c->data), msg, sizeof(msg));
		snprintf(what, sizeof(what), "%s(\"%s\") expected %s, got %s",
				 gs1_linter_name(c->l), c->data, c->ok ? "pass" : "fail",
				 ok ? "pass" : "fail");
		n_cases++;
		if (ok != c->ok || memchr(msg, '\0', sizeof(msg)) == NULL)
		{
			n_failures++;
			printf("FAIL: %s (msg \"%.200s\")\n", what,
				   memchr(msg, '\0', sizeof(msg)) ? msg : "<unterminated>");
			continue;
		}
		if (ok && msg[0] != '\0')
		{
			n_failures++;
			printf("FAIL: %s but wrote msg \"%s\"\n", what, msg);
		}
		if (!ok)
		{
			size_t		ml = strlen(msg);

			if (ml == 0 || msg[ml - 1] == '.' ||
				(c->msg != NULL && strstr(msg, c->msg) == NULL))
			{
				n_failures++;
				printf("FAIL: %s(\"%s\") message \"%s\", want \"%s\"\n",
					   gs1_linter_name(c->l), c->data, msg,
					   c->msg ? c->msg : "(non-empty, no trailing period)");
			}
		}
	}
}

static bool
lint_ok(gs1_linter l, const char *s, size_t n)
{
	char		msg[160];

	return gs1_lint_run(l, s, n, msg, sizeof(msg));
}

/*
 * Count the passing values of each code list by enumerating every candidate:
 * this checks that each table is complete and sorted (a misplaced entry
 * would not be found by the binary search).
 */
static void
test_code_list_sizes(void)
{
	static const char alnum[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
	char		buf[8];
	char		detail[64];
	int			n3166 = 0,
				n3166999 = 0,
				n4217 = 0,
				na2 = 0,
				nmedia = 0,
				npkg = 0;
	int			i,
				j,
				k;

	for (i = 0; i < 1000; i++)
	{
		snprintf(buf, sizeof(buf), "%03d", i);
		n3166 += lint_ok(GS1_LINT_ISO3166, buf, 3);
		n3166999 += lint_ok(GS1_LINT_ISO3166999, buf, 3);
		n4217 += lint_ok(GS1_LINT_ISO4217, buf, 3);
	}
	for (i = 0; i < 100; i++)
	{
		snprintf(buf, sizeof(buf), "%02d", i);
		nmedia += lint_ok(GS1_LINT_MEDIATYPE, buf, 2);
	}
	for (i = 0; i < 26; i++)
		for (j = 0; j < 26; j++)
		{
			buf[0] = (char) ('A' + i);
			buf[1] = (char) ('A' + j);
			na2 += lint_ok(GS1_LINT_ISO3166ALPHA2, buf, 2);
		}
	for (i = 0; i < 36; i++)
	{
		buf[0] = alnum[i];
		npkg += lint_ok(GS1_LINT_PACKAGETYPE, buf, 1);
		for (j = 0; j < 36; j++)
		{
			buf[1] = alnum[j];
			npkg += lint_ok(GS1_LINT_PACKAGETYPE, buf, 2);
			for (k = 0; k < 36; k++)
			{
				buf[2] = alnum[k];
				npkg += lint_ok(GS1_LINT_PACKAGETYPE, buf, 3);
			}
		}
	}
#define COUNT(name, got, want) \
	do { snprintf(detail, sizeof(detail), "%d, want %d", got, want); \
		 check((got) == (want), name " list size", detail); } while (0)
	COUNT("iso3166", n3166, 249);
	COUNT("iso3166999", n3166999, 250);
	COUNT("iso4217", n4217, 179);
	COUNT("iso3166alpha2", na2, 249);
	COUNT("mediatype", nmedia, 30);
	COUNT("packagetype", npkg, 431);
#undef COUNT
}

/* Deterministic pseudo-random numbers (LCG) */
static unsigned long rng_state = 12345;

static unsigned int
rng(void)
{
	rng_state = rng_state * 6364136223846793005UL + 1442695040888963407UL;
	return (unsigned int) (rng_state >> 33);
}

/* csum agrees with gs1_mod10 on random digit strings, right and wrong */
static void
test_csum_random(void)
{
	int			t;
	int			bad = 0;

	for (t = 0; t < 20000; t++)
	{
		char		s[20];
		size_t		n = 1 + rng() % 18;
		size_t		i;
		char		cd;

		for (i = 0; i + 1 < n; i++)
			s[i] = (char) ('0' + rng() % 10);
		cd = gs1_mod10(s, n - 1);
		s[n - 1] = cd;
		if (!lint_ok(GS1_LINT_CSUM, s, n))
			bad++;
		s[n - 1] = (char) ('0' + (cd - '0' + 1 + rng() % 9) % 10);
		if (lint_ok(GS1_LINT_CSUM, s, n))
			bad++;
	}
	check(bad == 0, "csum agrees with gs1_mod10 on 40000 random strings", NULL);
}

/* Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's algorithm) */
static long
days_from_civil(long y, int m, int d)
{
	long		era;
	long		yoe;
	long		doy;
	long		doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* Inverse of days_from_civil */
static void
civil_from_days(long z, long *y, int *m, int *d)
{
	long		era;
	long		doe;
	long		yoe;
	long		doy;
	long		mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int) (doy - (153 * mp + 2) / 5 + 1);
	*m = (int) (mp < 10 ? mp + 3 : mp - 9);
	*y = yoe + era * 400 + (*m <= 2);
}

/* A real calendar date: it survives a round trip through a day count */
static bool
real_date(long y, int m, int d)
{
	long		y2;
	int			m2,
				d2;

	if (m < 1 || m > 12 || d < 1 || d > 31)
		return false;
	civil_from_days(days_from_civil(y, m, d), &y2, &m2, &d2);
	return y2 == y && m2 == m && d2 == d;
}

/*
 * Every YYYYMMDD for years 1896-2104 and every YYMMDD, months 00-13 and days
 * 00-32, against the day-count calendar.  YY is read as 2000+YY below 72 and
 * 1900+YY above, the reference's window.
 */
static void
test_dates_exhaustive(void)
{
	int			bad = 0;
	long		y;
	int			m,
				d;
	char		s[16];

	for (y = 1896; y <= 2104; y++)
		for (m = 0; m <= 13; m++)
			for (d = 0; d <= 32; d++)
			{
				snprintf(s, sizeof(s), "%04ld%02d%02d", y, m, d);
				if (lint_ok(GS1_LINT_YYYYMMDD, s, 8) != real_date(y, m, d))
				{
					if (bad++ < 5)
						printf("  yyyymmdd mismatch on %s\n", s);
				}
			}
	for (y = 0; y <= 99; y++)
		for (m = 0; m <= 13; m++)
			for (d = 0; d <= 32; d++)
			{
				long		full = y < 72 ? 2000 + y : 1900 + y;
				bool		real = real_date(full, m, d);
				bool		d0 = d == 0 && m >= 1 && m <= 12;

				snprintf(s, sizeof(s), "%02ld%02d%02d", y, m, d);
				if (lint_ok(GS1_LINT_YYMMDD, s, 6) != real ||
					lint_ok(GS1_LINT_YYMMD0, s, 6) != (real || d0))
				{
					if (bad++ < 5)
						printf("  yymmdd/yymmd0 mismatch on %s\n", s);
				}
			}
	check(bad == 0, "dates agree with an independent calendar", NULL);
}

/* Messages never overrun msglen and are always terminated */
static void
test_msg_bounds(void)
{
	char		buf[64];
	size_t		ml;
	bool		ok;
	int			t;
	int			bad = 0;

	/* no buffer at all */
	ok = gs1_lint_run(GS1_LINT_CSUM, "12345673", 8, NULL, 0);
	check(!ok, "csum fails with a NULL message buffer", NULL);

	/* msglen 0 with a real buffer: untouched */
	memset(buf, 'Z', sizeof(buf));
	gs1_lint_run(GS1_LINT_CSUM, "12345673", 8, buf, 0);
	check(buf[0] == 'Z', "msglen 0 writes nothing", NULL);

	/* each small msglen: terminated inside, canary beyond untouched */
	for (ml = 1; ml < 40; ml++)
	{
		memset(buf, 'Z', sizeof(buf));
		gs1_lint_run(GS1_LINT_YYMMDD, "200431", 6, buf, ml);
		if (buf[ml - 1] != '\0' || buf[ml] != 'Z' ||
			strncmp(buf, "day 31 is not valid in month 04", ml - 1) != 0)
			bad++;
	}
	check(bad == 0, "truncated messages are prefixes, NUL-terminated, in bounds",
		  NULL);

	/* random bytes into every linter with tiny buffers */
	bad = 0;
	for (t = 0; t < 30000; t++)
	{
		char		data[48];
		size_t		n = rng() % sizeof(data);
		size_t		i;
		gs1_linter	l = (gs1_linter) (1 + rng() % (GS1_LINT__COUNT - 1));

		for (i = 0; i < n; i++)
			data[i] = (char) (t % 3 == 0 ? rng() % 256 : '0' + rng() % 10);
		ml = 1 + rng() % 24;
		memset(buf, 'Z', sizeof(buf));
		ok = gs1_lint_run(l, data, n, buf, ml);
		if (memchr(buf, '\0', ml) == NULL || buf[ml] != 'Z' ||
			(ok && buf[0] != '\0'))
			bad++;
	}
	check(bad == 0, "random input to every linter stays within msglen", NULL);

	/* non-printable bytes are escaped when quoted */
	ok = gs1_lint_run(GS1_LINT_ISO3166ALPHA2, "\x01\"", 2, buf, sizeof(buf));
	check(!ok && strstr(buf, "\\x01\\\"") != NULL,
		  "quoted fragments escape control bytes and quotes", buf);
}

/* gs1_linter_name and gs1_linter_from_name */
static void
test_names(void)
{
	int			i;
	int			bad = 0;

	for (i = GS1_LINT_NONE + 1; i < GS1_LINT__COUNT; i++)
	{
		const char *name = gs1_linter_name((gs1_linter) i);

		if (strcmp(name, "?") == 0 ||
			gs1_linter_from_name(name, strlen(name)) != (gs1_linter) i)
			bad++;
	}
	check(bad == 0, "every linter's name maps back to it", NULL);
	check(strcmp(gs1_linter_name(GS1_LINT_CSUM), "csum") == 0, "name of csum", NULL);
	check(strcmp(gs1_linter_name(GS1_LINT_COUPONPOSOFFER), "couponposoffer") == 0,
		  "name of couponposoffer", NULL);
	check(strcmp(gs1_linter_name(GS1_LINT_NONE), "?") == 0, "name of none", NULL);
	check(strcmp(gs1_linter_name(GS1_LINT__COUNT), "?") == 0, "name out of range", NULL);
	check(gs1_linter_from_name("nosuch", 6) == GS1_LINT_NONE, "unknown name", NULL);
	check(gs1_linter_from_name("csu", 3) == GS1_LINT_NONE, "name prefix is not a match", NULL);
	check(gs1_linter_from_name("csumx", 4) == GS1_LINT_CSUM, "name taken by length", NULL);
	check(gs1_linter_from_name("", 0) == GS1_LINT_NONE, "empty name", NULL);
	check(gs1_linter_from_name("key", 3) == GS1_LINT_GCPPOS1, "old name key", NULL);
	check(gs1_linter_from_name("keyoff1", 7) == GS1_LINT_GCPPOS2, "old name keyoff1", NULL);
	check(gs1_lint_run(GS1_LINT_NONE, "x", 1, NULL, 0), "GS1_LINT_NONE passes", NULL);
}

/* Every linter named in the GS1 dictionary is known (when it is present) */
static void
test_dictionary_names(void)
{
	static const char *const paths[] = {
		"../shared/testdata/gs1/gs1-syntax-dictionary.txt",
		"../../../shared/testdata/gs1/gs1-syntax-dictionary.txt",
		"../../shared/testdata/gs1/gs1-syntax-dictionary.txt",
	};
	const char *env = getenv("GS1_SYNTAX_DICTIONARY");
	FILE	   *f = NULL;
	char		line[1024];
	int			seen = 0;
	int			unknown = 0;
	size_t		i;

	if (env != NULL)
		f = fopen(env, "r");
	for (i = 0; f == NULL && i < sizeof(paths) / sizeof(paths[0]); i++)
		f = fopen(paths[i], "r");
	if (f == NULL)
	{
		printf("SKIP: gs1-syntax-dictionary.txt not found under ../shared/testdata; "
			   "dictionary linter names not checked\n");
		return;
	}
	while (fgets(line, sizeof(line), f) != NULL)
	{
		char	   *hash = strchr(line, '#');
		char	   *tok;

		if (hash != NULL)
			*hash = '\0';
		for (tok = strtok(line, " \t\r\n"); tok != NULL; tok = strtok(NULL, " \t\r\n"))
		{
			char	   *p;

			if (!(tok[0] == '[' || tok[0] == 'N' || tok[0] == 'X' ||
				  tok[0] == 'Y' || tok[0] == 'Z'))
				continue;
			p = strchr(tok, ',');
			while (p != NULL)
			{
				char	   *name = p + 1;
				size_t		len = strcspn(name, ",");

				seen++;
				if (gs1_linter_from_name(name, len) == GS1_LINT_NONE)
				{
					unknown++;
					printf("  unknown linter \"%.*s\" in dictionary\n", (int) len, name);
				}
				p = strchr(name, ',');
			}
		}
	}
	fclose(f);
	check(seen > 100 && unknown == 0, "every dictionary linter name is known", NULL);
}

int
main(void)
{
	test_cases();
	test_code_list_sizes();
	test_csum_random();
	test_dates_exhaustive();
	test_msg_bounds();
	test_names();
	test_dictionary_names();
	printf("gs1_lint_test: %d cases, %d failures\n", n_cases, n_failures);
	return n_failures == 0 ? 0 : 1;
}
