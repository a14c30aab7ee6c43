/*
 * gs1_parse.h
 *		Pure C parser for GS1 element strings in every form that reaches a
 *		database: bracketed "(01)...(21)...", scanner output with GS
 *		separators (and their exported spellings) and symbology identifiers,
 *		GS1 Digital Link URIs, and EPC pure-identity SGTIN URNs.
 *
 * No PostgreSQL headers, no allocation: the caller provides a gs1_result
 * (about 7 kB) and gets either the validated elements or an error message.
 */
#ifndef PROVENANCE_GS1_PARSE_H
#define PROVENANCE_GS1_PARSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gs1_ai.h"

/*
 * The pure parsers are internal to provenance.so: hidden visibility makes
 * calls between them direct (no PLT) and keeps them out of the server's
 * symbol space.
 */
#if defined(__GNUC__) && !defined(_WIN32)
#pragma GCC visibility push(hidden)
#endif

#define GS1_MAX_ELEMENTS	64		/* elements in one element string */
#define GS1_MAX_INPUT		8192	/* bytes of input accepted */
#define GS1_GS				'\x1d'	/* ASCII group separator (FNC1) */

typedef enum gs1_form
{
	GS1_FORM_BRACKETED,			/* (01)04870001234560(21)ABC */
	GS1_FORM_SCAN,				/* ]d2 0104870001234560 21ABC <GS> 10... */
	GS1_FORM_DIGITAL_LINK,		/* https://id.gs1.org/01/.../21/...?17=... */
	GS1_FORM_EPC_URN			/* urn:epc:id:sgtin:4870001.023456.ABC */
} gs1_form;

typedef enum gs1_status
{
	GS1_OK = 0,
	GS1_ERR_SYNTAX,				/* malformed or invalid: 22P02 */
	GS1_ERR_TOO_LONG			/* input or element count over limit: 54000 */
} gs1_status;

typedef struct gs1_element
{
	char		ai[GS1_AI_MAXLEN + 1];	/* NUL-terminated AI digits */
	uint8_t		ailen;
	uint8_t		vlen;
	const gs1_ai_entry *entry;
	char		value[GS1_MAX_VALUE + 1];	/* NUL-terminated value */
} gs1_element;

typedef struct gs1_result
{
	gs1_status	status;
	gs1_form	form;			/* form of the input (valid after detection) */
	int			nelem;
	gs1_element el[GS1_MAX_ELEMENTS];	/* sorted by AI after success */
	char		errmsg[256];	/* why the input was rejected */
	char		errdetail[256];	/* optional longer explanation, or "" */
} gs1_result;

/*
 * gs1_parse
 *		Parse and fully validate in[0..len) (need not be NUL-terminated;
 *		surrounding whitespace is ignored).  On success res->status is GS1_OK
 *		and res->el holds the elements in lexicographic AI order with
 *		identical repeats collapsed.  Otherwise res->errmsg says which AI
 *		and which rule failed.  Returns res->status.
 */
extern gs1_status gs1_parse(const char *in, size_t len, gs1_result *res);

/*
 * gs1_find
 *		The element with AI ai in a parsed result, or NULL.
 */
extern const gs1_element *gs1_find(const gs1_result *res, const char *ai);

/*
 * Serialisations of a parsed (sorted) result.  Each writes at most buflen
 * bytes including a terminating NUL and returns the length the full text
 * needs (excluding NUL), like snprintf; callers size buffers with
 * GS1_TEXT_MAX.
 */
#define GS1_TEXT_MAX	(GS1_MAX_ELEMENTS * (GS1_AI_MAXLEN + 2 + 3 * GS1_MAX_VALUE + 2) + 256)
extern size_t gs1_to_bracketed(const gs1_result *res, char *buf, size_t buflen);
extern size_t gs1_to_scan(const gs1_result *res, char *buf, size_t buflen);
extern size_t gs1_to_digital_link(const gs1_result *res, const char *stem,
								  char *buf, size_t buflen);


/*
 * gs1_to_epc_urn
 *		SGTIN pure identity URN of (01)+(21) for a company prefix length of
 *		6..12 digits; 0 when (01) or (21) is missing or the length is invalid.
 */
extern size_t gs1_to_epc_urn(const gs1_result *res, int cplen, char *buf,
							 size_t buflen);

/*
 * Packed storage form of the gs1 type (see gs1_parse.c): elements in AI
 * order, each as AI digits, value, GS.  gs1_from_packed trusts its input's
 * values (they were validated when packed) and returns false on corruption.
 */
extern size_t gs1_to_packed(const gs1_result *res, char *buf, size_t buflen);
extern bool gs1_from_packed(const char *data, size_t len, gs1_result *res);

/* A name for the input form, for messages and reports */
extern const char *gs1_form_name(gs1_form f);

#if defined(__GNUC__) && !defined(_WIN32)
#pragma GCC visibility pop
#endif

#endif							/* PROVENANCE_GS1_PARSE_H */
