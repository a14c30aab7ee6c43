/*
 * jws_parse.h
 *		Structural parser of the JWS compact serialization (RFC 7515,
 *		section 7.1): BASE64URL(header) "." BASE64URL(payload) "."
 *		BASE64URL(signature).
 *
 * Pure C: no PostgreSQL headers, no allocation, no JSON and no OpenSSL, so
 * fuzzers and unit tests link it with b64url.c alone.  What the segments
 * contain (the header and payload JSON, the algorithm) is checked by the
 * caller (record.c); the signature length check takes the algorithm's
 * expected length as a number for the same reason.
 */
#ifndef PROVENANCE_JWS_PARSE_H
#define PROVENANCE_JWS_PARSE_H

#include <stdbool.h>
#include <stddef.h>

#if defined(__GNUC__) && !defined(_WIN32)
#pragma GCC visibility push(hidden)
#endif

/*
 * RSA signatures are as long as the modulus.  The pubkey type accepts RSA
 * keys of 2048 to 16384 bits (PK_RSA_MIN_BITS, PK_RSA_MAX_BITS; record.c
 * checks at compile time that the two agree), so a "plausible" RSA
 * signature has 256 to 2048 bytes; anything else cannot verify against any
 * key provenance takes.
 */
#define JWS_RSA_SIG_MIN		256
#define JWS_RSA_SIG_MAX		2048

typedef enum jws_status
{
	JWS_OK = 0,
	JWS_ERR_SYNTAX,				/* malformed: 22P02 */
	JWS_ERR_TOO_LONG			/* longer than the caller's limit: 54000 */
} jws_status;

/* The three segments, in order */
enum
{
	JWS_HEADER = 0,
	JWS_PAYLOAD = 1,
	JWS_SIGNATURE = 2
};

typedef struct jws_segment
{
	size_t		off;			/* offset of the base64url text in the input */
	size_t		len;			/* its length (never 0 when accepted) */
	size_t		decoded_len;	/* bytes it decodes to */
} jws_segment;

typedef struct jws_parts
{
	jws_status	status;
	jws_segment seg[3];			/* JWS_HEADER, JWS_PAYLOAD, JWS_SIGNATURE */
	char		errmsg[256];	/* a full sentence when status != JWS_OK */
} jws_parts;

/*
 * jws_parse
 *		Check that in[0..len) is a JWS in compact serialization: at most
 *		max_len bytes, exactly three segments separated by '.', each
 *		non-empty strict base64url without padding (b64url_decode accepts
 *		it: URL-safe alphabet, no length 4k+1, zero unused trailing bits).
 *		Fills *p (offsets, lengths, decoded lengths or the error message) and
 *		returns p->status.  Nothing is decoded into memory.
 */
extern jws_status jws_parse(const char *in, size_t len, size_t max_len,
							jws_parts *p);

/*
 * jws_check_signature_length
 *		After a successful jws_parse: is the decoded signature length right
 *		for the algorithm alg_name?  fixed_len is the exact length the
 *		algorithm produces (ECDSA raw r||s, EdDSA), or 0 for RSA, whose
 *		length must be plausible (JWS_RSA_SIG_MIN..JWS_RSA_SIG_MAX).  On a
 *		mismatch sets p->status to JWS_ERR_SYNTAX with a message; returns
 *		p->status.
 */
extern jws_status jws_check_signature_length(jws_parts *p, size_t fixed_len,
											 const char *alg_name);

/* "header", "payload" or "signature" */
extern const char *jws_segment_name(int seg);

#if defined(__GNUC__) && !defined(_WIN32)
#pragma GCC visibility pop
#endif

#endif							/* PROVENANCE_JWS_PARSE_H */
