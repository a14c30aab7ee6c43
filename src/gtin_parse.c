/*
 * gtin_parse.c
 *		Pure C parser and formatter for GTINs; see gtin_parse.h.
 *
 * Nothing here allocates or touches PostgreSQL: the SQL type in gtin.c, the
 * libFuzzer harness test/fuzz/fuzz_gtin.c and the unit tests all call these
 * functions directly.
 */
#include "gtin_parse.h"

#include <stdio.h>
#include <string.h>

#include "gs1_check.h"

/* ASCII whitespace, as isspace() in the C locale; never locale-dependent */
static inline bool
gtin_is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' ||
		c == '\f' || c == '\r';
}

/*
 * gtin_parse
 *		See gtin_parse.h.  Checks, in this order: empty input, any
 *		non-digit (the first one is reported), the digit count, the check
 *		digit.
 */
gtin_status
gtin_parse(const char *in, size_t len, gtin_result *res)
{
	size_t		start = 0;
	size_t		end = len;
	size_t		n;
	size_t		i;
	uint64_t	v = 0;
	char		expected;

	memset(res, 0, sizeof(*res));

	while (start < end && gtin_is_space((unsigned char) in[start]))
		start++;
	while (end > start && gtin_is_space((unsigned char) in[end - 1]))
		end--;
	if (start == end)
		return res->status = GTIN_ERR_EMPTY;

	for (i = start; i < end; i++)
	{
		if (!gs1_is_digit((unsigned char) in[i]))
		{
			res->offset = i;
			return res->status = GTIN_ERR_CHAR;
		}
	}

	n = end - start;
	res->ndigits = n;
	if (n != 8 && n != 12 && n != 13 && n != GTIN_DIGITS)
		return res->status = GTIN_ERR_LENGTH;

	expected = gs1_mod10(in + start, n - 1);
	if (in[end - 1] != expected)
	{
		res->found = in[end - 1];
		res->expected = expected;
		return res->status = GTIN_ERR_CHECK;
	}

	for (i = start; i < end; i++)
		v = v * 10 + (uint64_t) (in[i] - '0');
	res->value = v;
	return res->status = GTIN_OK;
}

/*
 * gtin_check_value
 *		See gtin_parse.h.
 */
gtin_status
gtin_check_value(uint64_t value, gtin_result *res)
{
	char		digits[GTIN_DIGITS + 1];
	char		expected;

	memset(res, 0, sizeof(*res));
	res->value = value;
	if (value > GTIN_MAX)
		return res->status = GTIN_ERR_RANGE;

	gtin_to_digits(value, digits);
	expected = gs1_mod10(digits, GTIN_DIGITS - 1);
	if (digits[GTIN_DIGITS - 1] != expected)
	{
		res->found = digits[GTIN_DIGITS - 1];
		res->expected = expected;
		return res->status = GTIN_ERR_CHECK;
	}
	res->ndigits = GTIN_DIGITS;
	return res->status = GTIN_OK;
}

/*
 * gtin_to_digits
 *		See gtin_parse.h.
 */
void
gtin_to_digits(uint64_t v, char out[GTIN_DIGITS + 1])
{
	int			i;

	for (i = GTIN_DIGITS - 1; i >= 0; i--)
	{
		out[i] = (char) ('0' + v % 10);
		v /= 10;
	}
	out[GTIN_DIGITS] = '\0';
}

/*
 * gtin_leading_zeros
 *		See gtin_parse.h.
 */
int
gtin_leading_zeros(uint64_t v)
{
	int			digits = 0;

	while (v > 0)
	{
		digits++;
		v /= 10;
	}
	return digits > GTIN_DIGITS ? 0 : GTIN_DIGITS - digits;
}

/*
 * gtin_is_gtin8_based
 *		See gtin_parse.h.  The GTIN-13 form without the indicator is
 *		v mod 10^13; it starts with five zeros when it is below 10^8.
 */
bool
gtin_is_gtin8_based(uint64_t v)
{
	return v % UINT64_C(10000000000000) < UINT64_C(100000000);
}

/*
 * gtin_gs1_prefix
 *		See gtin_parse.h.
 */
void
gtin_gs1_prefix(uint64_t v, char out[4])
{
	char		digits[GTIN_DIGITS + 1];
	int			at = gtin_is_gtin8_based(v) ? 6 : 1;

	gtin_to_digits(v, digits);
	memcpy(out, digits + at, 3);
	out[3] = '\0';
}

/*
 * gtin_utf8_codepoint
 *		The code point of the well-formed UTF-8 sequence s[0..n) (n 2..4),
 *		or -1 when it is not one (bad lead or continuation byte, overlong
 *		form, surrogate, beyond U+10FFFF).
 */
static long
gtin_utf8_codepoint(const unsigned char *s, size_t n)
{
	long		cp;
	size_t		i;

	if (n == 2 && (s[0] & 0xE0) == 0xC0)
		cp = s[0] & 0x1F;
	else if (n == 3 && (s[0] & 0xF0) == 0xE0)
		cp = s[0] & 0x0F;
	else if (n == 4 && (s[0] & 0xF8) == 0xF0)
		cp = s[0] & 0x07;
	else
		return -1;
	for (i = 1; i < n; i++)
	{
		if ((s[i] & 0xC0) != 0x80)
			return -1;
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) ||
		(n == 4 && cp < 0x10000) || cp > 0x10FFFF ||
		(cp >= 0xD800 && cp <= 0xDFFF))
		return -1;
	return cp;
}

/*
 * gtin_describe
 *		See gtin_parse.h.  The sentences are the errdetail texts of the SQL
 *		type; keep them in step with expected/gtin.out.
 */
void
gtin_describe(const gtin_result *res, const char *in, size_t len,
			  size_t charlen, bool utf8, char *buf, size_t buflen)
{
	if (buflen == 0)
		return;

	switch (res->status)
	{
		case GTIN_OK:
			buf[0] = '\0';
			break;
		case GTIN_ERR_EMPTY:
			snprintf(buf, buflen, "%s",
					 len == 0 ? "The input is empty." :
					 "The input contains only whitespace.");
			break;
		case GTIN_ERR_CHAR:
			{
				unsigned char c = (unsigned char) in[res->offset];
				size_t		pos = res->offset + 1;	/* all before is ASCII */

				if (c < 0x20 || c == 0x7f)
					snprintf(buf, buflen,
							 "Character U+%04X at position %zu is not a digit.",
							 (unsigned int) c, pos);
				else
				{
					long		cp = -1;

					if (charlen < 1)
						charlen = 1;
					if (charlen > 4)
						charlen = 4;
					if (charlen > len - res->offset)
						charlen = len - res->offset;
					if (utf8 && charlen > 1)
						cp = gtin_utf8_codepoint((const unsigned char *) in +
												 res->offset, charlen);
					if (cp >= 0)
						snprintf(buf, buflen,
								 "Character \"%.*s\" (U+%04lX) at position %zu is not a digit.",
								 (int) charlen, in + res->offset, cp, pos);
					else
						snprintf(buf, buflen,
								 "Character \"%.*s\" at position %zu is not a digit.",
								 (int) charlen, in + res->offset, pos);
				}
			}
			break;
		case GTIN_ERR_LENGTH:
			snprintf(buf, buflen,
					 "A GTIN has 8, 12, 13 or 14 digits, not %zu.",
					 res->ndigits);
			break;
		case GTIN_ERR_CHECK:
			snprintf(buf, buflen, "The check digit is %c; it should be %c.",
					 res->found, res->expected);
			break;
		case GTIN_ERR_RANGE:
			snprintf(buf, buflen,
					 "A GTIN is a number from 0 to 99999999999999.");
			break;
	}
}
