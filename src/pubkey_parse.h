/*
 * pubkey_parse.h
 *		Public and private signature keys for provenance: parsing of PEM,
 *		DER SubjectPublicKeyInfo and JSON Web Keys into OpenSSL EVP_PKEYs,
 *		validation of the accepted key types, and the canonical forms
 *		(DER, PEM, JWK, RFC 7638 thumbprint).
 *
 * Pure OpenSSL: no PostgreSQL headers, no palloc.  Results go to buffers the
 * caller provides; EVP_PKEYs returned are owned by the caller (free with
 * EVP_PKEY_free).  Error details never contain key material.
 *
 * Accepted key types: Ed25519, EC P-256, P-384 and P-521 (named curves
 * only), RSA (rsaEncryption) with a modulus of 2048 to 16384 bits, an odd
 * public exponent of at least 3 and at most 64 bits, and without the ROCA
 * (CVE-2017-15361) fingerprint.
 */
#ifndef PROVENANCE_PUBKEY_PARSE_H
#define PROVENANCE_PUBKEY_PARSE_H

#include <stdbool.h>
#include <stddef.h>

#include <openssl/evp.h>

#include "sig.h"

#if defined(__GNUC__) && !defined(_WIN32)
#pragma GCC visibility push(hidden)
#endif

#define PK_RSA_MIN_BITS		2048
#define PK_RSA_MAX_BITS		16384
/* canonical SPKI DER of the largest accepted key (RSA-16384: 2094 bytes) */
#define PK_DER_MAX			2176
/* canonical public JWK text, NUL included (RSA-16384: 2775 bytes) */
#define PK_JWK_MAX			2880
/* PEM "PUBLIC KEY" text of PK_DER_MAX bytes of DER, NUL included */
#define PK_PEM_MAX			3072
/* PKCS#8 PEM of a generated private key (RSA-4096: about 3.3 kB), NUL */
#define PK_PRIV_PEM_MAX		4096
/* RFC 7638 thumbprint: base64url of 32 bytes, NUL included */
#define PK_THUMBPRINT_LEN	43
/* key type names ("Ed25519", "RSA-16384"), NUL included */
#define PK_TYPE_NAME_MAX	16
#define PK_DETAIL_MAX		256
/* longest text accepted as a key (PEM or JWK) */
#define PK_TEXT_MAX			32768

typedef enum pk_type
{
	PK_TYPE_NONE = 0,
	PK_TYPE_ED25519,
	PK_TYPE_P256,
	PK_TYPE_P384,
	PK_TYPE_P521,
	PK_TYPE_RSA
} pk_type;

typedef enum pk_status
{
	PK_OK = 0,
	PK_ERR_SYNTAX,				/* not PEM/JWK, bad JSON, bad member: 22P02 */
	PK_ERR_DECODE,				/* PEM body or DER not decodable: 22P03 */
	PK_ERR_PRIVATE,				/* a private or secret key given: 22P02 */
	PK_ERR_CERTIFICATE,			/* an X.509 certificate given: 22P02 */
	PK_ERR_UNSUPPORTED,			/* key type, curve, size, use: 22023 */
	PK_ERR_INTERNAL				/* OpenSSL failure (memory): 39000 */
} pk_status;

/* Outcome of a parse: status and, unless PK_OK, a full-sentence detail */
typedef struct pk_error
{
	pk_status	status;
	char		detail[PK_DETAIL_MAX];
	char		hint[PK_DETAIL_MAX];	/* "" when there is none */
} pk_error;

/*
 * pk_parse_public_text
 *		Parse a public key given as text: a PEM "PUBLIC KEY" block (RFC 7468
 *		SubjectPublicKeyInfo; surrounding whitespace allowed) or a public JWK
 *		(RFC 7517 JSON object).  On success writes the canonical SPKI DER to
 *		der (PK_DER_MAX bytes) and its length to *derlen.  Private keys,
 *		certificates, JWK Sets, symmetric keys and keys whose "use",
 *		"key_ops" or "alg" say they are not for this signature key are
 *		refused.
 */
extern pk_status pk_parse_public_text(const char *in, size_t len,
									  unsigned char *der, size_t *derlen,
									  pk_error *err);

/*
 * pk_parse_public_der
 *		Validate a DER SubjectPublicKeyInfo in[0..len) (no trailing bytes)
 *		and write its canonical re-encoding (named curve, uncompressed point,
 *		rsaEncryption with NULL parameters) to der (PK_DER_MAX bytes).
 */
extern pk_status pk_parse_public_der(const unsigned char *in, size_t len,
									 unsigned char *der, size_t *derlen,
									 pk_error *err);

/*
 * pk_load_der
 *		Load canonical DER written by the functions above into a new
 *		EVP_PKEY without re-validating it (fast path for stored keys).
 *		Returns NULL when OpenSSL cannot decode it.  Sets *type (and *bits,
 *		the modulus size for RSA, the curve size otherwise) when not NULL.
 */
extern EVP_PKEY *pk_load_der(const unsigned char *der, size_t len,
							 pk_type *type, int *bits);

/* The type of an accepted key (PK_TYPE_NONE for anything else) and bits */
extern pk_type pk_key_type(EVP_PKEY *key, int *bits);

/* Write the type name ("Ed25519", "P-256", "RSA-2048") to buf */
extern void pk_type_name(pk_type type, int bits, char *buf, size_t cap);

/*
 * pk_to_jwk
 *		The canonical public JWK of key as one line of JSON, members in
 *		lexicographic order and exactly the RFC 7638 required members:
 *		{"crv":"Ed25519","kty":"OKP","x":...}, {"crv":"P-256","kty":"EC",
 *		"x":...,"y":...}, {"e":...,"kty":"RSA","n":...}.  That text is the
 *		thumbprint input.  Writes at most cap bytes (NUL included); returns
 *		the length, or 0 on failure.
 */
extern size_t pk_to_jwk(EVP_PKEY *key, char *out, size_t cap);

/* RFC 7638 thumbprint (base64url SHA-256 of the canonical JWK); false on failure */
extern bool pk_thumbprint(EVP_PKEY *key, char out[PK_THUMBPRINT_LEN + 1]);

/*
 * pk_der_to_pem
 *		PEM "PUBLIC KEY" text of der[0..len): 64-character lines, final
 *		newline.  Writes at most cap bytes (NUL included); returns the
 *		length, or 0 when cap is too small.
 */
extern size_t pk_der_to_pem(const unsigned char *der, size_t len,
							char *out, size_t cap);

/*
 * pk_public_der
 *		Canonical SPKI DER of the public part of key (public or private) into
 *		der (PK_DER_MAX bytes).  Returns false when key is not of an accepted
 *		type or encoding fails.
 */
extern bool pk_public_der(EVP_PKEY *key, unsigned char *der, size_t *derlen);

/*
 * pk_parse_private_text
 *		Parse a private key for signing: PEM PKCS#8 "PRIVATE KEY" (also the
 *		traditional "EC PRIVATE KEY" and "RSA PRIVATE KEY") or a private JWK
 *		(RFC 7518 "d", and for RSA optionally the CRT members).  The key must
 *		be of an accepted type; a signature made with it must verify with its
 *		public part.  On success *key is a new EVP_PKEY.  Every intermediate
 *		buffer holding key material is wiped.
 */
extern pk_status pk_parse_private_text(const char *in, size_t len,
									   EVP_PKEY **key, pk_error *err);

/*
 * pk_default_alg
 *		The algorithm sign() uses for a key of type when none is named:
 *		EdDSA for Ed25519 (the name every JOSE library knows; RFC 9864's
 *		"Ed25519" is accepted too), ES256/ES384/ES512 for the curves, PS256
 *		for RSA.
 */
extern sig_alg pk_default_alg(pk_type type);

/*
 * pk_generate
 *		Generate a new key of the named type ("Ed25519", "P-256", "P-384",
 *		"P-521", "RSA-2048", "RSA-3072", "RSA-4096") into *key.
 */
extern pk_status pk_generate(const char *type_name, size_t len,
							 EVP_PKEY **key, pk_error *err);

/*
 * pk_private_to_pem
 *		PKCS#8 PEM ("PRIVATE KEY") of key into out (cap bytes, NUL added).
 *		The intermediate OpenSSL buffer is secure memory, wiped when freed.
 *		Returns the length, or 0 on failure (out is wiped then).
 */
extern size_t pk_private_to_pem(EVP_PKEY *key, char *out, size_t cap);

#if defined(__GNUC__) && !defined(_WIN32)
#pragma GCC visibility pop
#endif

#endif							/* PROVENANCE_PUBKEY_PARSE_H */
