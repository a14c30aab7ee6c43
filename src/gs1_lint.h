/*
 * gs1_lint.h
 *		GS1 Barcode Syntax linters: the content checks that the AI table
 *		names for each component (check digits, dates, country codes, ...).
 *
 * Pure C: no PostgreSQL headers.
 */
#ifndef PROVENANCE_GS1_LINT_H
#define PROVENANCE_GS1_LINT_H

#include <stdbool.h>
#include <stddef.h>

/*
 * The pure parsers are internal to provenance.so: hidden visibility makes
 * calls between them direct (no PLT) and keeps them out of the server's
 * symbol space.
 */
#if defined(__GNUC__) && !defined(_WIN32)
#pragma GCC visibility push(hidden)
#endif

typedef enum gs1_linter
{
	GS1_LINT_NONE = 0,
	GS1_LINT_CSUM,
	GS1_LINT_CSUMALPHA,
	GS1_LINT_GCPPOS1,
	GS1_LINT_GCPPOS2,
	GS1_LINT_YYMMD0,
	GS1_LINT_YYMMDD,
	GS1_LINT_YYYYMMDD,
	GS1_LINT_HH,
	GS1_LINT_MI,
	GS1_LINT_SS,
	GS1_LINT_HHMI,
	GS1_LINT_ISO3166,
	GS1_LINT_ISO3166999,
	GS1_LINT_ISO3166ALPHA2,
	GS1_LINT_ISO4217,
	GS1_LINT_ISO5218,
	GS1_LINT_PCENC,
	GS1_LINT_IBAN,
	GS1_LINT_LATITUDE,
	GS1_LINT_LONGITUDE,
	GS1_LINT_YESNO,
	GS1_LINT_ZERO,
	GS1_LINT_NONZERO,
	GS1_LINT_NOZEROPREFIX,
	GS1_LINT_HASNONDIGIT,
	GS1_LINT_HYPHEN,
	GS1_LINT_WINDING,
	GS1_LINT_PIECEOFTOTAL,
	GS1_LINT_POSINSEQSLASH,
	GS1_LINT_MEDIATYPE,
	GS1_LINT_PACKAGETYPE,
	GS1_LINT_IMPORTERIDX,
	GS1_LINT_COUPONCODE,
	GS1_LINT_COUPONPOSOFFER,
	GS1_LINT__COUNT
} gs1_linter;

/*
 * gs1_lint_run
 *		Apply linter l to one component's data[0..len) (already checked for
 *		length and character set).  Returns true when the data passes.  On
 *		failure writes a short lower-case reason without trailing period into
 *		msg (at most msglen bytes, always NUL-terminated), e.g.
 *		"check digit should be 7" or "month 13 is not 01-12".
 */
extern bool gs1_lint_run(gs1_linter l, const char *data, size_t len,
						 char *msg, size_t msglen);

/* The dictionary's name of a linter ("csum"), or "?" */
extern const char *gs1_linter_name(gs1_linter l);

/* The linter called name[0..len), or GS1_LINT_NONE when unknown */
extern gs1_linter gs1_linter_from_name(const char *name, size_t len);

#if defined(__GNUC__) && !defined(_WIN32)
#pragma GCC visibility pop
#endif

#endif							/* PROVENANCE_GS1_LINT_H */
