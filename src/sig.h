/*
 * sig.h
 *		JOSE signature algorithms on OpenSSL EVP keys: verification and
 *		signing.  No PostgreSQL headers; nothing allocated survives a call.
 */
#ifndef PROVENANCE_SIG_H
#define PROVENANCE_SIG_H

#include <stdbool.h>
#include <stddef.h>

#include <openssl/evp.h>

#if defined(__GNUC__) && !defined(_WIN32)
#pragma GCC visibility push(hidden)
#endif

/* The JWS algorithms provenance accepts (RFC 7518, RFC 8037, RFC 9864) */
typedef enum sig_alg
{
	SIG_ALG_INVALID = 0,		/* unknown, "none", HMAC, ...: never valid */
	SIG_ALG_EDDSA,				/* "EdDSA" (Ed25519 keys only) */
	SIG_ALG_ED25519,			/* "Ed25519" (RFC 9864) */
	SIG_ALG_ES256,
	SIG_ALG_ES384,
	SIG_ALG_ES512,
	SIG_ALG_PS256,
	SIG_ALG_PS384,
	SIG_ALG_RS256,
	SIG_ALG_RS384
} sig_alg;

/* The algorithm called name[0..len) (case-sensitive, as JOSE), or INVALID */
extern sig_alg sig_alg_from_name(const char *name, size_t len);

/* The JOSE name of alg ("ES256"), or NULL for SIG_ALG_INVALID */
extern const char *sig_alg_name(sig_alg alg);

/*
 * Expected signature length for ECDSA (raw r||s: 64, 96, 132) and EdDSA
 * (64); 0 for RSA, whose length is the modulus size.
 */
extern size_t sig_alg_fixed_length(sig_alg alg);

/* Does alg fit the type (and curve) of key? */
extern bool sig_alg_fits_key(sig_alg alg, EVP_PKEY *key);

/*
 * sig_verify
 *		True only when alg fits key and sig[0..siglen) is a valid signature of
 *		msg[0..msglen) (ECDSA signatures as raw r||s, as JOSE has them; PSS
 *		with MGF1 of the same hash and salt length = hash length).  Every
 *		failure, including malformed input and OpenSSL errors, is false; the
 *		OpenSSL error queue is cleared before returning.
 */
extern bool sig_verify(sig_alg alg, EVP_PKEY *key,
					   const unsigned char *msg, size_t msglen,
					   const unsigned char *sig, size_t siglen);

/*
 * A prepared verifier: one key and one algorithm, with the OpenSSL context
 * set up once, for verifying many signatures (a query over many rows).
 * Allocated with OPENSSL_zalloc; free with sig_verifier_free.
 */
typedef struct sig_verifier sig_verifier;

/* A verifier for alg and key (key is up-ref'd), or NULL when alg does not fit key */
extern sig_verifier *sig_verifier_new(sig_alg alg, EVP_PKEY *key);

/* sig_verify with a prepared verifier (same rules, same results) */
extern bool sig_verifier_verify(sig_verifier *v,
								const unsigned char *msg, size_t msglen,
								const unsigned char *sig, size_t siglen);

/* Free a verifier and its OpenSSL objects (NULL is allowed) */
extern void sig_verifier_free(sig_verifier *v);

/*
 * A public key with a prepared verifier per algorithm, each made on first
 * use: what a query keeps for every key it verifies with (pubkey.c,
 * trust.c).  The caller owns the struct and its key; sig_keyset_clear
 * frees the OpenSSL objects and empties it.
 */
#define SIG_NALGS		(SIG_ALG_RS384 + 1)

typedef struct sig_keyset
{
	EVP_PKEY   *key;			/* NULL: the key did not load; verifies nothing */
	unsigned int tried;			/* bit per sig_alg: verifier attempted */
	sig_verifier *verifiers[SIG_NALGS];	/* NULL: alg does not fit the key */
} sig_keyset;

/* The verifier of ks for alg, made on first use; NULL when alg does not fit */
extern sig_verifier *sig_keyset_verifier(sig_keyset *ks, sig_alg alg);

/* Free the key and verifiers of ks (the struct itself stays, empty) */
extern void sig_keyset_clear(sig_keyset *ks);

/* Longest signature of any accepted key (RSA-16384: 2048 bytes) */
#define SIG_MAX_LEN		2048

/*
 * sig_sign
 *		Sign msg[0..msglen) with the private key key under alg, writing the
 *		JOSE form of the signature to out (outcap bytes) and its length to
 *		*outlen: raw r||s, each left-padded to the curve size, for ECDSA; the
 *		64 bytes of RFC 8032 for EdDSA; modulus-sized for RSA (PSS with MGF1
 *		of the same hash and salt length = hash length, or PKCS#1 v1.5).
 *		False when alg does not fit key, out is too small or OpenSSL fails;
 *		the OpenSSL error queue is cleared and intermediate buffers wiped.
 */
extern bool sig_sign(sig_alg alg, EVP_PKEY *key,
					 const unsigned char *msg, size_t msglen,
					 unsigned char *out, size_t outcap, size_t *outlen);

#if defined(__GNUC__) && !defined(_WIN32)
#pragma GCC visibility pop
#endif

/*
 * sig_sha256
 *		SHA-256, fetched once per process (EVP_sha256() costs OpenSSL 3 an
 *		implicit fetch on every use).
 */
extern const EVP_MD *sig_sha256(void);

#endif							/* PROVENANCE_SIG_H */
