/*
 * gs1_check.h
 *		Check digits and character sets shared by the pure GS1 parsers.
 *
 * Pure C: no PostgreSQL headers, so fuzzers and unit tests link it alone.
 */
#ifndef PROVENANCE_GS1_CHECK_H
#define PROVENANCE_GS1_CHECK_H

#include <stdbool.h>
#include <stddef.h>

/*
 * gs1_mod10
 *		The GS1 mod-10 check digit ('0'..'9') for the n digits at s, which do
 *		not include the check digit: weights 3,1,3,1,... from the right.
 *		The caller guarantees that s[0..n) are ASCII digits.
 */
static inline char
gs1_mod10(const char *s, size_t n)
{
	int			sum = 0;
	size_t		i;

	for (i = 0; i < n; i++)
	{
		int			d = s[n - 1 - i] - '0';

		sum += (i % 2 == 0) ? 3 * d : d;
	}
	return (char) ('0' + (10 - sum % 10) % 10);
}

static inline bool
gs1_is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/* Is s[0..n) a GLN: 13 ASCII digits whose last is the mod-10 check digit? */
static inline bool
gs1_gln_is_valid(const char *s, size_t n)
{
	size_t		i;

	if (n != 13)
		return false;
	for (i = 0; i < 13; i++)
		if (!gs1_is_digit((unsigned char) s[i]))
			return false;
	return gs1_mod10(s, 12) == s[12];
}

/* GS1 AI encodable character set 82 (GS1 General Specifications 7.11) */
static inline bool
gs1_is_cset82(unsigned char c)
{
	if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
		(c >= '0' && c <= '9'))
		return true;
	switch (c)
	{
		case '!': case '"': case '%': case '&': case '\'': case '(':
		case ')': case '*': case '+': case ',': case '-': case '.':
		case '/': case ':': case ';': case '<': case '=': case '>':
		case '?': case '_':
			return true;
		default:
			return false;
	}
}

/* GS1 AI encodable character set 39 */
static inline bool
gs1_is_cset39(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		c == '#' || c == '-' || c == '/';
}

/* GS1 AI encodable character set 64 (base64url, '=' only as padding) */
static inline bool
gs1_is_cset64(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
		(c >= '0' && c <= '9') || c == '-' || c == '_' || c == '=';
}

#endif							/* PROVENANCE_GS1_CHECK_H */
