/*
 * pem.h
 *		PEM framing and standard base64, shared by the key parser
 *		(pubkey_parse.c) and the certificate parser (x509.c).
 *
 * Pure C: no PostgreSQL headers, no allocation, no OpenSSL.
 */
#ifndef PROVENANCE_PEM_H
#define PROVENANCE_PEM_H

#include <stdbool.h>
#include <stddef.h>

#if defined(__GNUC__) && !defined(_WIN32)
#pragma GCC visibility push(hidden)
#endif

/* needle[0..nlen) in hay[0..hlen), or NULL */
extern const char *pem_memmem(const char *hay, size_t hlen,
							  const char *needle, size_t nlen);

/* in[0..*len) without the spaces, tabs and line ends around it */
extern const char *pem_trim(const char *in, size_t *len);

/*
 * pem_split
 *		Split trimmed PEM text in[0..len) into its label and body: the text
 *		must be exactly "-----BEGIN label-----" EOL body "-----END label-----"
 *		(label at most 64 characters, on one line).  False when it is not.
 */
extern bool pem_split(const char *in, size_t len,
					  const char **label, size_t *labellen,
					  const char **body, size_t *bodylen);

/* Does label[0..len) equal s? */
extern bool pem_label_is(const char *label, size_t len, const char *s);

/*
 * pem_b64_decode
 *		Decode standard base64 (RFC 4648 section 4) in[0..len) into out (cap
 *		bytes).  pem: whitespace between characters is skipped and '='
 *		padding is required; otherwise (a JWS x5c entry) no whitespace, and
 *		padding is optional but exact when present.  Unused trailing bits
 *		must be zero.  Returns the length, -1 when malformed, -2 when the
 *		result does not fit.
 */
extern long pem_b64_decode(const char *in, size_t len, bool pem,
						   unsigned char *out, size_t cap);

#if defined(__GNUC__) && !defined(_WIN32)
#pragma GCC visibility pop
#endif

#endif							/* PROVENANCE_PEM_H */
