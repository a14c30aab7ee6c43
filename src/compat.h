/*
 * compat.h
 *		Every PostgreSQL version check of provenance lives here.
 *
 * The extension targets PostgreSQL 15 (Debian 12) and builds unchanged on
 * later majors.  Code elsewhere uses the PROV_* macros below and never tests
 * PG_VERSION_NUM itself.
 */
#ifndef PROVENANCE_COMPAT_H
#define PROVENANCE_COMPAT_H

#include "postgres.h"

#if PG_VERSION_NUM < 150000
#error "provenance requires PostgreSQL 15 or later"
#endif

#if PG_VERSION_NUM >= 160000
#include "nodes/miscnodes.h"
/*
 * Soft input errors (PostgreSQL 16+): report into fcinfo->context when the
 * caller asked for it (pg_input_is_valid, COPY ... ON_ERROR), else ERROR.
 */
#define PROV_ERETURN(ctx, rv, ...)	ereturn((ctx), (rv), __VA_ARGS__)
#else
/* PostgreSQL 15 has no soft errors: every input error is an ERROR. */
#define PROV_ERETURN(ctx, rv, ...) \
	do { \
		(void) (ctx); \
		ereport(ERROR, __VA_ARGS__); \
		return (rv); \
	} while (0)
#endif

/*
 * JSON parser API (common/jsonapi.h): semantic actions return void in
 * PostgreSQL 15 and JsonParseErrorType from 16 on; the lexer constructor
 * takes a JsonLexContext to fill (NULL: allocate) from 17 on.
 */
#if PG_VERSION_NUM >= 160000
#define PROV_JSON_ACTION		JsonParseErrorType
#define PROV_JSON_ACTION_DONE	return JSON_SUCCESS
#else
#define PROV_JSON_ACTION		void
#define PROV_JSON_ACTION_DONE	return
#endif
#if PG_VERSION_NUM >= 170000
#define PROV_JSON_LEXER(json, len, enc) \
	makeJsonLexContextCstringLen(NULL, (json), (len), (enc), true)
#else
#define PROV_JSON_LEXER(json, len, enc) \
	makeJsonLexContextCstringLen((json), (len), (enc), true)
#endif

#endif							/* PROVENANCE_COMPAT_H */
