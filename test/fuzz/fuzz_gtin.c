/*
 * fuzz_gtin.c
 *		libFuzzer harness for the GTIN parser (gtin_parse) and the helpers
 *		of gtin_parse.h.
 *
 * Beyond "no crash, no sanitizer report", these properties must hold, or
 * the harness calls abort():
 *	- an accepted input has 8, 12, 13 or 14 digits between optional ASCII
 *	  whitespace; its value is at most GTIN_MAX, passes gtin_check_value,
 *	  and its 14-digit form ends with exactly the digits given, preceded by
 *	  zeros; that form parses again to the same value;
 *	- the GS1 Prefix is three digits of the GTIN-14 form, taken after the
 *	  indicator (or, for GTIN-8 based numbers, after six digits);
 *	- a rejected input has the status its content calls for (empty, first
 *	  non-digit at the reported offset, wrong digit count, wrong check
 *	  digit), and its errdetail sentence fits GTIN_DETAIL_MAX untruncated;
 *	- the first 8 input bytes read as a number satisfy gtin_check_value's
 *	  contract (range, check digit, round trip through the digits).
 *
 * Build and run with test/fuzz/run.sh (seed corpus: corpus/gtin/).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gs1_check.h"
#include "gtin_parse.h"

/*
 * fail
 *		Report which property broke and abort, so libFuzzer saves the input.
 */
static void
fail(const char *what)
{
	fprintf(stderr, "fuzz_gtin: property violated: %s\n", what);
	abort();
}

static int
is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' ||
		c == '\f' || c == '\r';
}

/*
 * check_detail
 *		The errdetail of a rejected input is a complete, untruncated
 *		sentence.
 */
static void
check_detail(const gtin_result *res, const char *in, size_t len,
			 size_t charlen, bool utf8)
{
	char		buf[GTIN_DETAIL_MAX];
	const char *nul;
	size_t		n;

	memset(buf, 'x', sizeof(buf));
	gtin_describe(res, in, len, charlen, utf8, buf, sizeof(buf));
	nul = memchr(buf, '\0', sizeof(buf));
	if (nul == NULL)
		fail("detail not NUL-terminated");
	n = (size_t) (nul - buf);
	if (n + 1 >= sizeof(buf))
		fail("detail may be truncated");
	if (n == 0 || buf[n - 1] != '.')
		fail("detail is not a sentence");
}

/*
 * check_value
 *		gtin_check_value on an arbitrary number.
 */
static void
check_value(uint64_t v)
{
	gtin_result res;
	gtin_result back;
	char		digits[GTIN_DIGITS + 1];

	switch (gtin_check_value(v, &res))
	{
		case GTIN_OK:
			if (v > GTIN_MAX || res.value != v)
				fail("check_value accepted out of range");
			gtin_to_digits(v, digits);
			if (gtin_parse(digits, GTIN_DIGITS, &back) != GTIN_OK ||
				back.value != v)
				fail("check_value/parse disagree on a valid number");
			break;
		case GTIN_ERR_RANGE:
			if (v <= GTIN_MAX)
				fail("check_value range error in range");
			check_detail(&res, NULL, 0, 1, false);
			break;
		case GTIN_ERR_CHECK:
			if (v > GTIN_MAX || res.found == res.expected)
				fail("check_value check error without a wrong digit");
			gtin_to_digits(v, digits);
			if (digits[GTIN_DIGITS - 1] != res.found ||
				gs1_mod10(digits, GTIN_DIGITS - 1) != res.expected)
				fail("check_value reports the wrong digits");
			if (gtin_parse(digits, GTIN_DIGITS, &back) != GTIN_ERR_CHECK)
				fail("check_value/parse disagree on a bad check digit");
			check_detail(&res, NULL, 0, 1, false);
			break;
		default:
			fail("check_value returned an unexpected status");
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *in = (const char *) data;
	gtin_result res;
	gtin_result back;
	char		digits[GTIN_DIGITS + 1];
	char		prefix[4];
	size_t		start = 0;
	size_t		end = size;
	size_t		i;

	while (start < end && is_space(data[start]))
		start++;
	while (end > start && is_space(data[end - 1]))
		end--;

	switch (gtin_parse(in, size, &res))
	{
		case GTIN_OK:
			{
				size_t		n = end - start;

				if (res.status != GTIN_OK || res.value > GTIN_MAX)
					fail("accepted value out of range");
				if (n != res.ndigits ||
					(n != 8 && n != 12 && n != 13 && n != 14))
					fail("accepted a wrong digit count");
				if (gtin_check_value(res.value, &back) != GTIN_OK)
					fail("accepted value fails gtin_check_value");
				gtin_to_digits(res.value, digits);
				if (strlen(digits) != GTIN_DIGITS)
					fail("gtin_to_digits length");
				if (memcmp(digits + GTIN_DIGITS - n, in + start, n) != 0)
					fail("GTIN-14 form does not end with the input digits");
				for (i = 0; i < GTIN_DIGITS - n; i++)
					if (digits[i] != '0')
						fail("GTIN-14 form not zero-padded");
				if (gtin_leading_zeros(res.value) < (int) (GTIN_DIGITS - n))
					fail("gtin_leading_zeros too small");
				if (gtin_parse(digits, GTIN_DIGITS, &back) != GTIN_OK ||
					back.value != res.value)
					fail("GTIN-14 form does not parse back to the value");
				gtin_gs1_prefix(res.value, prefix);
				if (strlen(prefix) != 3 ||
					memcmp(prefix,
						   digits + (gtin_is_gtin8_based(res.value) ? 6 : 1),
						   3) != 0)
					fail("GS1 Prefix is not at the right place");
				if (gtin_is_gtin8_based(res.value) !=
					(memcmp(digits + 1, "00000", 5) == 0))
					fail("gtin_is_gtin8_based disagrees with the digits");
			}
			break;
		case GTIN_ERR_EMPTY:
			if (start != end)
				fail("empty error on non-blank input");
			check_detail(&res, in, size, 1, false);
			break;
		case GTIN_ERR_CHAR:
			if (res.offset < start || res.offset >= end ||
				gs1_is_digit(data[res.offset]))
				fail("character error at a wrong offset");
			for (i = start; i < res.offset; i++)
				if (!gs1_is_digit(data[i]))
					fail("character error is not the first non-digit");
			check_detail(&res, in, size, 1, false);
			for (i = 2; i <= 5; i++)
				check_detail(&res, in, size, i, true);
			break;
		case GTIN_ERR_LENGTH:
			if (res.ndigits != end - start || res.ndigits == 8 ||
				res.ndigits == 12 || res.ndigits == 13 || res.ndigits == 14)
				fail("length error with an allowed length");
			for (i = start; i < end; i++)
				if (!gs1_is_digit(data[i]))
					fail("length error on input with a non-digit");
			check_detail(&res, in, size, 1, false);
			break;
		case GTIN_ERR_CHECK:
			if (res.found == res.expected || (size_t) (end - start) !=
				res.ndigits || res.found != in[end - 1] ||
				gs1_mod10(in + start, res.ndigits - 1) != res.expected)
				fail("check digit error is inconsistent");
			check_detail(&res, in, size, 1, false);
			break;
		default:
			fail("gtin_parse returned an unexpected status");
	}

	if (size >= 8)
	{
		uint64_t	v;

		memcpy(&v, data, sizeof(v));
		check_value(v);
		check_value(v % (GTIN_MAX + 1));
	}
	return 0;
}
