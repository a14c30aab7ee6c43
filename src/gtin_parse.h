/*
 * gtin_parse.h
 *		Pure C parser and formatter for GTINs (Global Trade Item Numbers).
 *
 * A GTIN has 8, 12, 13 or 14 digits, the last of which is the GS1 mod-10
 * check digit.  Every GTIN is held as the number its GTIN-14 form spells
 * (left-padded with zeros), so numeric order is GTIN-14 order and a value
 * fits in 47 bits.
 *
 * No PostgreSQL headers and no allocation: fuzzers and unit tests link
 * gtin_parse.c alone.  The SQL type lives in gtin.c.
 */
#ifndef PROVENANCE_GTIN_PARSE_H
#define PROVENANCE_GTIN_PARSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * The pure parsers are internal to provenance.so: hidden visibility makes
 * calls between them direct (no PLT) and keeps them out of the server's
 * symbol space.
 */
#if defined(__GNUC__) && !defined(_WIN32)
#pragma GCC visibility push(hidden)
#endif

#define GTIN_DIGITS		14						/* digits of the GTIN-14 form */
#define GTIN_MAX		UINT64_C(99999999999999)	/* largest GTIN-14 */
#define GTIN_DETAIL_MAX	128		/* buffer for gtin_describe, incl. NUL */

typedef enum gtin_status
{
	GTIN_OK = 0,
	GTIN_ERR_EMPTY,				/* nothing but whitespace */
	GTIN_ERR_CHAR,				/* a character that is not a digit */
	GTIN_ERR_LENGTH,			/* digits, but not 8, 12, 13 or 14 of them */
	GTIN_ERR_CHECK,				/* wrong check digit */
	GTIN_ERR_RANGE				/* (numbers only) not in 0..GTIN_MAX */
} gtin_status;

typedef struct gtin_result
{
	gtin_status status;
	uint64_t	value;			/* GTIN_OK: the GTIN-14 as a number */
	size_t		ndigits;		/* GTIN_OK, GTIN_ERR_LENGTH: digits given */
	size_t		offset;			/* GTIN_ERR_CHAR: byte offset of the
								 * offending character in the input; every
								 * byte before it is ASCII */
	char		found;			/* GTIN_ERR_CHECK: check digit given */
	char		expected;		/* GTIN_ERR_CHECK: check digit computed */
} gtin_result;

/*
 * gtin_parse
 *		Parse in[0..len) (need not be NUL-terminated) as a GTIN-8, -12, -13
 *		or -14.  ASCII whitespace around the digits is ignored; anything else
 *		that is not an ASCII digit is rejected, as are other digit counts and
 *		a wrong check digit.  Fills *res and returns res->status.
 */
extern gtin_status gtin_parse(const char *in, size_t len, gtin_result *res);

/*
 * gtin_check_value
 *		Validate a GTIN-14 given as a number (binary input, casts from
 *		bigint): GTIN_ERR_RANGE if it is over GTIN_MAX, GTIN_ERR_CHECK if its
 *		last digit is not the check digit of the others.  Fills *res (value,
 *		found, expected) and returns res->status.
 */
extern gtin_status gtin_check_value(uint64_t value, gtin_result *res);

/*
 * gtin_to_digits
 *		Write the 14 digits of the GTIN-14 form of v (v <= GTIN_MAX) to
 *		out[0..13] and a NUL to out[14].
 */
extern void gtin_to_digits(uint64_t v, char out[GTIN_DIGITS + 1]);

/*
 * gtin_leading_zeros
 *		How many of the 14 digits of v's GTIN-14 form are leading zeros
 *		(14 for the value 0).
 */
extern int	gtin_leading_zeros(uint64_t v);

/*
 * gtin_is_gtin8_based
 *		True when the trade item v identifies is numbered by a GTIN-8: after
 *		dropping the indicator digit, the GTIN-13 form starts with five
 *		zeros.  For indicator 0 that is a GTIN-14 with six leading zeros.
 *		Such a GTIN has no GS1 Company Prefix; its first three digits after
 *		the zeros are a GS1-8 Prefix.
 */
extern bool gtin_is_gtin8_based(uint64_t v);

/*
 * gtin_gs1_prefix
 *		The three-digit GS1 Prefix of v into out[0..2] plus NUL: digits 2-4
 *		of the GTIN-14 (the GTIN-13 form after dropping the indicator), or,
 *		when gtin_is_gtin8_based(v), the GS1-8 Prefix, digits 7-9 (the first
 *		three digits of the GTIN-8).
 */
extern void gtin_gs1_prefix(uint64_t v, char out[4]);

/*
 * gtin_describe
 *		Write the errdetail sentence for a failed parse or check (res->status
 *		!= GTIN_OK) into buf (buflen >= GTIN_DETAIL_MAX is always enough),
 *		NUL-terminated, e.g. "The check digit is 3; it should be 7.".
 *		For GTIN_ERR_CHAR, in[0..len) must be the parsed input and charlen
 *		the byte length of the offending character in the input's encoding
 *		(1 for ASCII; callers without encoding knowledge pass 1; clamped to
 *		1..4 and to the input): ASCII control characters are shown as U+00XX,
 *		every other character is quoted as it was given, and when utf8 is
 *		true and the character is a well-formed multibyte UTF-8 sequence its
 *		code point follows, so that invisible characters (no-break space,
 *		zero-width space) can be told apart.
 */
extern void gtin_describe(const gtin_result *res, const char *in, size_t len,
						  size_t charlen, bool utf8, char *buf, size_t buflen);

#if defined(__GNUC__) && !defined(_WIN32)
#pragma GCC visibility pop
#endif

#endif							/* PROVENANCE_GTIN_PARSE_H */
