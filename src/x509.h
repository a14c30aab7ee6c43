/*
 * x509.h
 *		X.509 certificates for provenance: strict parsing of one certificate
 *		(PEM or DER), field accessors for the certificate type, and chain
 *		verification of a JWS "x5c" header against a set of trust anchors.
 *
 * Pure OpenSSL: no PostgreSQL headers, no palloc.  Objects returned
 * (X509, EVP_PKEY, x5_store) are owned by the caller, who frees them with
 * X509_free, EVP_PKEY_free and x5_store_free; every function leaves the
 * OpenSSL error queue empty.  Error details are full sentences and never
 * contain input text (a private key given by mistake is not echoed).
 *
 * Chain verification (x5_chain_verify) builds a path with OpenSSL from the
 * leaf through the untrusted x5c certificates to an anchor; it ignores time
 * (the caller compares the record's issue time with the path's validity
 * window), accepts anchors that are intermediates, consults no CRL and
 * never fetches anything (no AIA, no x5u).
 */
#ifndef PROVENANCE_X509_H
#define PROVENANCE_X509_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <openssl/evp.h>
#include <openssl/x509.h>

#if defined(__GNUC__) && !defined(_WIN32)
#pragma GCC visibility push(hidden)
#endif

/* most x5c entries looked at (leaf included) */
#define X5_MAX_CHAIN		10
/* largest certificate DER accepted */
#define X5_DER_MAX			32768
/* longest PEM text accepted */
#define X5_TEXT_MAX			49152
#define X5_DETAIL_MAX		256
#define X5_NAME_MAX			512
/* serial number as lowercase hex (20 octets by RFC 5280; some use more) */
#define X5_SERIAL_MAX		132
/* keyUsage bits named (RFC 5280 4.2.1.3) */
#define X5_KU_MAX			9

/* ----------------------------------------------------------------------
 * parsing one certificate
 * ---------------------------------------------------------------------- */

typedef enum x5_parse_status
{
	X5P_OK = 0,
	X5P_SYNTAX,					/* not one PEM CERTIFICATE block: 22P02 */
	X5P_PRIVATE,				/* a private key given: 22P02 */
	X5P_DECODE,					/* PEM body or DER not one certificate: 22P03 */
	X5P_TOO_LONG,				/* longer than X5_TEXT_MAX/X5_DER_MAX: 54000 */
	X5P_INTERNAL				/* OpenSSL failure (memory): 39000 */
} x5_parse_status;

typedef struct x5_error
{
	x5_parse_status status;
	char		detail[X5_DETAIL_MAX];
	char		hint[X5_DETAIL_MAX];	/* "" when there is none */
} x5_error;

/*
 * x5_parse_pem
 *		Parse text in[0..len) that is exactly one PEM "CERTIFICATE" block
 *		(surrounding whitespace allowed; no other block, no headers, nothing
 *		before or after) and write the certificate DER to der (cap bytes,
 *		X5_DER_MAX suffices) and its length to *derlen.
 */
extern x5_parse_status x5_parse_pem(const char *in, size_t len,
									unsigned char *der, size_t cap,
									size_t *derlen, x5_error *err);

/*
 * x5_parse_der
 *		Check that in[0..len) is exactly one DER certificate (no trailing
 *		bytes, at most X5_DER_MAX) that OpenSSL decodes, whose extensions
 *		are well formed (no duplicates) and whose validity times parse.
 */
extern x5_parse_status x5_parse_der(const unsigned char *in, size_t len,
									x5_error *err);

/* A new X509 for DER already validated; NULL when it does not decode */
extern X509 *x5_load(const unsigned char *der, size_t len);

/* ----------------------------------------------------------------------
 * accessors (on an X509 from x5_load)
 * ---------------------------------------------------------------------- */

/*
 * x5_subject, x5_issuer
 *		The name as RFC 2253 one-line UTF-8 (XN_FLAG_RFC2253 without
 *		escaping of non-ASCII), NUL-terminated in out (cap bytes), cut at a
 *		character boundary when longer.  Returns false on failure.
 */
extern bool x5_subject(X509 *cert, char *out, size_t cap);
extern bool x5_issuer(X509 *cert, char *out, size_t cap);

/* Serial number as lowercase hex (a leading '-' if negative); false on failure */
extern bool x5_serial_hex(X509 *cert, char out[X5_SERIAL_MAX]);

/* notBefore and notAfter as Unix seconds; false when they do not parse */
extern bool x5_validity(X509 *cert, int64_t *not_before, int64_t *not_after);

/*
 * x5_spki_der
 *		The DER SubjectPublicKeyInfo of the certificate's key as it is in
 *		the certificate, into out (cap bytes).  Returns the length, 0 when
 *		it does not fit or cannot be encoded.
 */
extern size_t x5_spki_der(X509 *cert, unsigned char *out, size_t cap);

/* SHA-256 of der[0..len) into md; false on failure */
extern bool x5_fingerprint(const unsigned char *der, size_t len,
						   unsigned char md[32]);

/* true when basicConstraints says cA TRUE */
extern bool x5_is_ca(X509 *cert);

/*
 * x5_key_usage
 *		The keyUsage bits set, as RFC 5280 names ("digitalSignature",
 *		"nonRepudiation", "keyEncipherment", "dataEncipherment",
 *		"keyAgreement", "keyCertSign", "cRLSign", "encipherOnly",
 *		"decipherOnly"), in that order, into names (static strings).
 *		Returns their count, or -1 when the certificate has no keyUsage
 *		extension (any use allowed).
 */
extern int	x5_key_usage(X509 *cert, const char *names[X5_KU_MAX]);

/*
 * x5_der_to_b64
 *		Standard base64 (RFC 4648 section 4, padded, no line breaks) of
 *		der[0..len): an x5c entry.  Writes at most cap bytes, NUL included;
 *		returns the length, 0 when cap is too small.
 */
extern size_t x5_der_to_b64(const unsigned char *der, size_t len,
							char *out, size_t cap);

/*
 * x5_der_to_pem
 *		PEM "CERTIFICATE" text of der[0..len): 64-character lines, final
 *		newline.  Writes at most cap bytes, NUL included; returns the
 *		length, 0 when cap is too small.
 */
extern size_t x5_der_to_pem(const unsigned char *der, size_t len,
							char *out, size_t cap);

/* ----------------------------------------------------------------------
 * chains (JWS x5c)
 * ---------------------------------------------------------------------- */

typedef struct x5_store x5_store;	/* trust anchors for one query */

/* A new empty store; NULL on out of memory */
extern x5_store *x5_store_new(void);

/* Free a store and its anchors (NULL allowed) */
extern void x5_store_free(x5_store *st);

/*
 * x5_store_add
 *		Add a trusted anchor certificate (DER); its id comes back in
 *		x5_result.anchor_id.  Returns false when der is not one valid
 *		certificate (or on out of memory).  Adding a certificate already
 *		in the store keeps the first id and returns true.
 */
extern bool x5_store_add(x5_store *st, const unsigned char *der, size_t len,
						 int id);

/* Number of anchors in the store */
extern int	x5_store_count(const x5_store *st);

typedef enum x5_status
{
	X5_OK = 0,
	X5_MALFORMED,				/* an x5c entry is not standard base64 (RFC
								 * 7515 4.1.6, padding optional) of one DER
								 * certificate, too many entries, empty */
	X5_UNTRUSTED,				/* no path from the leaf to an anchor, or a
								 * signature on the path does not verify, or
								 * a CA on the path is not a CA
								 * (basicConstraints) */
	X5_NO_DIGITAL_SIGNATURE,	/* the leaf has keyUsage without
								 * digitalSignature */
	X5_UNSUPPORTED_KEY			/* the leaf key is not one pubkey accepts
								 * (Ed25519, P-256/384/521, RSA >= 2048) */
} x5_status;

typedef struct x5_result
{
	x5_status	status;
	int			anchor_id;		/* id of the anchor the path ends at (X5_OK) */
	int64_t		not_before;		/* Unix seconds: latest notBefore over the
								 * whole path leaf..anchor (0 unless a path
								 * was found) */
	int64_t		not_after;		/* Unix seconds: earliest notAfter over the
								 * path (0 unless a path was found) */
	EVP_PKEY   *leaf_key;		/* X5_OK: the leaf public key (canonical, as
								 * pubkey stores it); caller frees */
	char		subject[X5_NAME_MAX];	/* leaf subject, RFC 2253 one-line
										 * UTF-8, cut at a character
										 * boundary */
	char		detail[X5_DETAIL_MAX];	/* a full sentence when status !=
										 * X5_OK */
	int			chain_len;		/* certificates on the path, anchor included
								 * (X5_OK) */
} x5_result;

/*
 * x5_chain_verify
 *		Verify a JWS x5c chain: x5c[0] is the leaf, x5c[1..n) untrusted
 *		intermediates, each the base64 text of one DER certificate, lens[i]
 *		its byte length (not NUL-terminated).  Fills *out (leaf_key NULL
 *		unless X5_OK) and returns out->status.  Every certificate at depth
 *		1 and above, the anchor included, must have basicConstraints cA
 *		TRUE.  Time is not checked (see not_before/not_after).
 */
extern x5_status x5_chain_verify(x5_store *st, const char *const *x5c,
								 const size_t *lens, int n, x5_result *out);

#if defined(__GNUC__) && !defined(_WIN32)
#pragma GCC visibility pop
#endif

#endif							/* PROVENANCE_X509_H */
