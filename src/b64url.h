/*
 * b64url.h
 *		base64url (RFC 4648 section 5) without padding, as JOSE uses it.
 *
 * Pure C: no PostgreSQL headers, no allocation.
 */
#ifndef PROVENANCE_B64URL_H
#define PROVENANCE_B64URL_H

#include <stdbool.h>
#include <stddef.h>

#if defined(__GNUC__) && !defined(_WIN32)
#pragma GCC visibility push(hidden)
#endif

/* Bytes needed to decode n base64url characters / encode n bytes (+1 NUL) */
#define B64URL_DECODED_MAX(n)	(((n) / 4) * 3 + 2)
#define B64URL_ENCODED_LEN(n)	(((n) / 3) * 4 + ((n) % 3 ? (n) % 3 + 1 : 0))

/*
 * b64url_decode
 *		Strictly decode in[0..len): only the 64 URL-safe characters, no '='
 *		padding, no length of the form 4k+1, and zero unused trailing bits
 *		(so every byte string has exactly one accepted encoding).  Writes at
 *		most outcap bytes; returns the decoded length, or -1 when the input is
 *		malformed or out is too small.
 */
extern long b64url_decode(const char *in, size_t len, unsigned char *out,
						  size_t outcap);

/*
 * b64_char_value
 *		The 6-bit value of c in the base64url alphabet (url) or the standard
 *		base64 one (RFC 4648 sections 5 and 4), -1 for any other character.
 */
extern int	b64_char_value(unsigned char c, bool url);

/* Is c one of the 64 base64url characters? */
extern bool b64url_is_char(unsigned char c);

/*
 * b64url_encode
 *		Encode in[0..len) without padding into out (outcap bytes, NUL added
 *		when room).  Returns the encoded length (B64URL_ENCODED_LEN(len)).
 */
extern size_t b64url_encode(const unsigned char *in, size_t len, char *out,
							size_t outcap);

#if defined(__GNUC__) && !defined(_WIN32)
#pragma GCC visibility pop
#endif

#endif							/* PROVENANCE_B64URL_H */
