/*
 * pubkey.c
 *		The SQL type provenance.pubkey (I/O, equality, hashing, casts, the
 *		pubkey_* functions) and the SQL functions that verify and make
 *		signatures with keys: verify_signature, verify, sign and
 *		generate_keypair.
 *
 * A pubkey is a varlena holding the canonical DER SubjectPublicKeyInfo of
 * an Ed25519, P-256, P-384, P-521 or RSA (>= 2048 bits) key; parsing,
 * validation and the canonical forms live in pubkey_parse.c, the signature
 * algorithms in sig.c, both free of PostgreSQL.  Its text output is the
 * canonical public JWK (RFC 7638 member set, lexicographic order).
 *
 * OpenSSL objects never outlive the call that made them, except parsed keys
 * cached for the rest of a query in the function's fn_extra: they are freed
 * by a reset callback on fn_mcxt, which runs at the end of the query and
 * when an ERROR aborts it.  Private key text and material are wiped
 * (OPENSSL_cleanse) before their memory is released, and no message ever
 * quotes a key given as text.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "fmgr.h"
/*
 * funcapi.h pulls in executor headers whose inline functions have unused
 * parameters in non-assert builds; keep -Wextra quiet about them only.
 */
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-parameter"
#endif
#include "funcapi.h"
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/json.h"
#include "utils/jsonb.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

#include <openssl/crypto.h>

#include "b64url.h"
#include "compat.h"
#include "pubkey_parse.h"
#include "record.h"
#include "sig.h"
#include "varbytes.h"

#define DatumGetPubkeyPP(X)		((bytea *) PG_DETOAST_DATUM_PACKED(X))
#define PG_GETARG_PUBKEY_PP(n)	DatumGetPubkeyPP(PG_GETARG_DATUM(n))

PG_FUNCTION_INFO_V1(pubkey_in);
PG_FUNCTION_INFO_V1(pubkey_out);
PG_FUNCTION_INFO_V1(pubkey_recv);
PG_FUNCTION_INFO_V1(pubkey_send);
PG_FUNCTION_INFO_V1(prov_pubkey_from_der);
PG_FUNCTION_INFO_V1(prov_pubkey_der);
PG_FUNCTION_INFO_V1(prov_pubkey_pem);
PG_FUNCTION_INFO_V1(prov_pubkey_jwk);
PG_FUNCTION_INFO_V1(prov_pubkey_thumbprint);
PG_FUNCTION_INFO_V1(prov_pubkey_type);
PG_FUNCTION_INFO_V1(prov_verify_signature);
PG_FUNCTION_INFO_V1(prov_verify);
PG_FUNCTION_INFO_V1(prov_sign);
PG_FUNCTION_INFO_V1(prov_generate_keypair);

/* ---------------------------------------------------------------------
 * errors
 * ---------------------------------------------------------------------
 */

/* The SQLSTATE of a pubkey_parse failure */
static int
pubkey_sqlstate(pk_status st)
{
	switch (st)
	{
		case PK_ERR_SYNTAX:
		case PK_ERR_PRIVATE:
		case PK_ERR_CERTIFICATE:
			return ERRCODE_INVALID_TEXT_REPRESENTATION;
		case PK_ERR_DECODE:
			return ERRCODE_INVALID_BINARY_REPRESENTATION;
		case PK_ERR_UNSUPPORTED:
			return ERRCODE_INVALID_PARAMETER_VALUE;
		case PK_ERR_INTERNAL:
		case PK_OK:
			break;
	}
	return ERRCODE_EXTERNAL_ROUTINE_INVOCATION_EXCEPTION;
}

/*
 * pubkey_errmsg
 *		The primary message for a pubkey input failure.  The input is never
 *		quoted: it may be a private key given by mistake, and a PEM or JWK
 *		makes a poor one-line message anyway; the detail says what is wrong.
 */
static const char *
pubkey_errmsg(pk_status st, bool binary)
{
	switch (st)
	{
		case PK_ERR_DECODE:
			return "invalid DER data for type pubkey";
		case PK_ERR_UNSUPPORTED:
			return "unsupported key for type pubkey";
		case PK_ERR_INTERNAL:
			return "OpenSSL could not process the key for type pubkey";
		default:
			return binary ? "invalid DER data for type pubkey" :
				"invalid input syntax for type pubkey";
	}
}

/* Report a failed key parse from bytes (cast or recv): always an ERROR */
static void
pubkey_report_binary(const pk_error *err)
{
	int			code = pubkey_sqlstate(err->status);

	/* from bytes, a private key or certificate is undecodable input */
	if (code == ERRCODE_INVALID_TEXT_REPRESENTATION)
		code = ERRCODE_INVALID_BINARY_REPRESENTATION;
	ereport(ERROR,
			errcode(code),
			errmsg("%s", pubkey_errmsg(err->status, true)),
			errdetail_internal("%s", err->detail),
			err->hint[0] ? errhint("%s", err->hint) : 0);
}

/* A new pubkey datum (palloc'd) holding der[0..len) */
static bytea *
pubkey_make(const unsigned char *der, size_t len)
{
	bytea	   *result = (bytea *) palloc(VARHDRSZ + len);

	SET_VARSIZE(result, VARHDRSZ + len);
	memcpy(VARDATA(result), der, len);
	return result;
}

/*
 * pubkey_load
 *		A new EVP_PKEY for the stored pubkey pk (caller frees it before any
 *		ereport).  A stored value that does not load is corrupt: 22P03.
 */
static EVP_PKEY *
pubkey_load(bytea *pk, pk_type *type, int *bits)
{
	EVP_PKEY   *key = pk_load_der((const unsigned char *) VARDATA_ANY(pk),
								  VARSIZE_ANY_EXHDR(pk), type, bits);

	if (key == NULL)
		ereport(ERROR,
				errcode(ERRCODE_DATA_CORRUPTED),
				errmsg("stored pubkey value is corrupt"));
	return key;
}

/* ---------------------------------------------------------------------
 * type I/O
 * ---------------------------------------------------------------------
 */

/*
 * pubkey_in
 *		Text input: a PEM "PUBLIC KEY" block or a public JWK.  Errors are
 *		22P02 (syntax, private key, certificate), 22P03 (undecodable PEM
 *		body), 22023 (unsupported type, curve or size), soft where the server
 *		supports it; the input is never quoted.
 */
Datum
pubkey_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	unsigned char der[PK_DER_MAX];
	size_t		derlen;
	pk_error	err;

	if (pk_parse_public_text(str, strlen(str), der, &derlen, &err) == PK_OK)
		PG_RETURN_BYTEA_P(pubkey_make(der, derlen));

	PROV_ERETURN(fcinfo->context, (Datum) 0,
				 errcode(pubkey_sqlstate(err.status)),
				 errmsg("%s", pubkey_errmsg(err.status, false)),
				 errdetail_internal("%s", err.detail),
				 err.hint[0] ? errhint("%s", err.hint) : 0);
}

/*
 * pubkey_out
 *		Text output: the canonical public JWK, one line (palloc'd).
 */
Datum
pubkey_out(PG_FUNCTION_ARGS)
{
	bytea	   *pk = PG_GETARG_PUBKEY_PP(0);
	EVP_PKEY   *key = pubkey_load(pk, NULL, NULL);
	char		jwk[PK_JWK_MAX];
	size_t		len = pk_to_jwk(key, jwk, sizeof(jwk));

	EVP_PKEY_free(key);
	if (len == 0)
		ereport(ERROR,
				errcode(ERRCODE_EXTERNAL_ROUTINE_INVOCATION_EXCEPTION),
				errmsg("OpenSSL could not write the pubkey as a JWK"));
	PG_RETURN_CSTRING(pnstrdup(jwk, len));
}

/*
 * pubkey_recv
 *		Binary input: the DER SubjectPublicKeyInfo, validated like text
 *		input and stored canonical; failures are 22P03 (22023 for valid keys
 *		of unsupported types).
 */
Datum
pubkey_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	const unsigned char *in = (const unsigned char *) buf->data + buf->cursor;
	size_t		len = (size_t) (buf->len - buf->cursor);
	unsigned char der[PK_DER_MAX];
	size_t		derlen;
	pk_error	err;

	if (pk_parse_public_der(in, len, der, &derlen, &err) != PK_OK)
		pubkey_report_binary(&err);
	buf->cursor = buf->len;
	PG_RETURN_BYTEA_P(pubkey_make(der, derlen));
}

/*
 * pubkey_send
 *		Binary output: the canonical DER SubjectPublicKeyInfo.
 */
Datum
pubkey_send(PG_FUNCTION_ARGS)
{
	bytea	   *pk = PG_GETARG_PUBKEY_PP(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbytes(&buf, VARDATA_ANY(pk), VARSIZE_ANY_EXHDR(pk));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---------------------------------------------------------------------
 * comparison and hashing: on the canonical DER
 * ---------------------------------------------------------------------
 */

VARBYTES_OPERATORS(pubkey)

/* ---------------------------------------------------------------------
 * casts and accessors
 * ---------------------------------------------------------------------
 */

/*
 * prov_pubkey_from_der
 *		pubkey_from_der(bytea) and the bytea -> pubkey cast: a DER
 *		SubjectPublicKeyInfo, validated and made canonical (22P03, 22023).
 */
Datum
prov_pubkey_from_der(PG_FUNCTION_ARGS)
{
	bytea	   *in = PG_GETARG_BYTEA_PP(0);
	unsigned char der[PK_DER_MAX];
	size_t		derlen;
	pk_error	err;

	if (pk_parse_public_der((const unsigned char *) VARDATA_ANY(in),
							VARSIZE_ANY_EXHDR(in), der, &derlen, &err) != PK_OK)
		pubkey_report_binary(&err);
	PG_RETURN_BYTEA_P(pubkey_make(der, derlen));
}

/*
 * prov_pubkey_der
 *		pubkey_der(pubkey): the canonical DER SubjectPublicKeyInfo.  A
 *		pubkey datum is a bytea of exactly those bytes, so it is returned
 *		as it is.
 */
Datum
prov_pubkey_der(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATUM(PG_GETARG_DATUM(0));
}

/* pubkey_pem(pubkey): PEM "PUBLIC KEY" text */
Datum
prov_pubkey_pem(PG_FUNCTION_ARGS)
{
	bytea	   *pk = PG_GETARG_PUBKEY_PP(0);
	char		pem[PK_PEM_MAX];
	size_t		len = pk_der_to_pem((const unsigned char *) VARDATA_ANY(pk),
									VARSIZE_ANY_EXHDR(pk), pem, sizeof(pem));

	if (len == 0)
		ereport(ERROR,
				errcode(ERRCODE_DATA_CORRUPTED),
				errmsg("stored pubkey value is corrupt"));
	PG_RETURN_TEXT_P(cstring_to_text_with_len(pem, (int) len));
}

/* pubkey_jwk(pubkey): the canonical public JWK as jsonb */
Datum
prov_pubkey_jwk(PG_FUNCTION_ARGS)
{
	Datum		text = DirectFunctionCall1(pubkey_out, PG_GETARG_DATUM(0));

	return DirectFunctionCall1(jsonb_in, text);
}

/* pubkey_thumbprint(pubkey): RFC 7638 JWK thumbprint, base64url SHA-256 */
Datum
prov_pubkey_thumbprint(PG_FUNCTION_ARGS)
{
	bytea	   *pk = PG_GETARG_PUBKEY_PP(0);
	EVP_PKEY   *key = pubkey_load(pk, NULL, NULL);
	char		tp[PK_THUMBPRINT_LEN + 1];
	bool		ok = pk_thumbprint(key, tp);

	EVP_PKEY_free(key);
	if (!ok)
		ereport(ERROR,
				errcode(ERRCODE_EXTERNAL_ROUTINE_INVOCATION_EXCEPTION),
				errmsg("OpenSSL could not compute the JWK thumbprint"));
	PG_RETURN_TEXT_P(cstring_to_text_with_len(tp, PK_THUMBPRINT_LEN));
}

/* pubkey_type(pubkey): 'Ed25519', 'P-256', 'P-384', 'P-521', 'RSA-<bits>' */
Datum
prov_pubkey_type(PG_FUNCTION_ARGS)
{
	bytea	   *pk = PG_GETARG_PUBKEY_PP(0);
	pk_type		type;
	int			bits;
	EVP_PKEY   *key = pubkey_load(pk, &type, &bits);
	char		name[PK_TYPE_NAME_MAX];

	EVP_PKEY_free(key);
	pk_type_name(type, bits, name, sizeof(name));
	PG_RETURN_TEXT_P(cstring_to_text(name));
}

/* ---------------------------------------------------------------------
 * per-query key cache
 * ---------------------------------------------------------------------
 */

#define PK_CACHE_MAX	4096	/* keys kept per call site; more flushes */

/* Hash key of a cached public key: a 64-bit hash and the length of its DER */
typedef struct PubkeyCacheKey
{
	uint64		hash;
	uint32		len;
	uint32		pad;			/* zero */
} PubkeyCacheKey;

/*
 * The OpenSSL objects of one cached key.  Allocated in keycxt itself, not
 * in the hash table: dynahash keeps its entries in a child context of its
 * own, which a reset of keycxt deletes before keycxt's reset callback runs,
 * while keycxt's own blocks outlive the callback.
 */
typedef struct PubkeyState
{
	sig_keyset	ks;				/* the key and its verifiers */
	struct PubkeyState *next;	/* every state, for release */
} PubkeyState;

typedef struct PubkeyCacheEntry
{
	PubkeyCacheKey tag;			/* hash key: must be first */
	unsigned char *der;			/* in keycxt */
	PubkeyState *st;			/* in keycxt */
} PubkeyCacheEntry;

/*
 * The fn_extra state of the verification and signing functions, in
 * fn_mcxt.  The public keys live in keycxt, a child context whose reset
 * callback (keys_cb) frees their OpenSSL objects; release_cb, on fn_mcxt,
 * frees the private key of sign() and wipes its text.  Both run when the
 * query ends, on ERROR, and (keys_cb) when the key cache is flushed.
 */
typedef struct PubkeyCache
{
	MemoryContextCallback release_cb;	/* on fn_mcxt */
	MemoryContextCallback keys_cb;	/* on keycxt */
	MemoryContext keycxt;
	HTAB	   *keys;			/* PubkeyCacheKey -> PubkeyCacheEntry */
	PubkeyState *all;			/* the state of every entry of keys */
	PubkeyCacheEntry *last;		/* the last hit */
	long		nkeys;

	/* sign(): the private key last used and its text */
	EVP_PKEY   *priv;
	pk_type		priv_type;
	char	   *priv_text;		/* in fn_mcxt, wiped before release */
	size_t		priv_len;
} PubkeyCache;

/* Reset callback of keycxt: free the OpenSSL objects of every cached key */
static void
pubkey_keys_release(void *arg)
{
	PubkeyCache *cache = (PubkeyCache *) arg;
	PubkeyState *st;

	for (st = cache->all; st != NULL; st = st->next)
		sig_keyset_clear(&st->ks);
	cache->all = NULL;
	cache->last = NULL;
	cache->keys = NULL;
	cache->nkeys = 0;
}

/* Reset callback of fn_mcxt: free the private key of sign(), wipe its text */
static void
pubkey_cache_release(void *arg)
{
	PubkeyCache *cache = (PubkeyCache *) arg;

	EVP_PKEY_free(cache->priv);
	cache->priv = NULL;
	if (cache->priv_text != NULL)
		OPENSSL_cleanse(cache->priv_text, cache->priv_len);
	cache->priv_text = NULL;
	cache->priv_len = 0;
}

/* (Re)make the empty key table in keycxt, with its release callback */
static void
pubkey_keys_init(PubkeyCache *cache)
{
	HASHCTL		ctl;

	cache->keys_cb.func = pubkey_keys_release;
	cache->keys_cb.arg = cache;
	MemoryContextRegisterResetCallback(cache->keycxt, &cache->keys_cb);
	memset(&ctl, 0, sizeof(ctl));
	ctl.keysize = sizeof(PubkeyCacheKey);
	ctl.entrysize = sizeof(PubkeyCacheEntry);
	ctl.hcxt = cache->keycxt;
	cache->keys = hash_create("provenance pubkey cache", 64, &ctl,
							  HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
}

/* The cache of this call site, made on first use (NULL without flinfo) */
static PubkeyCache *
pubkey_cache(FunctionCallInfo fcinfo)
{
	PubkeyCache *cache;

	if (fcinfo->flinfo == NULL)
		return NULL;
	cache = (PubkeyCache *) fcinfo->flinfo->fn_extra;
	if (cache == NULL)
	{
		MemoryContext mcxt = fcinfo->flinfo->fn_mcxt;

		cache = MemoryContextAllocZero(mcxt, sizeof(PubkeyCache));
		cache->keycxt = AllocSetContextCreate(mcxt, "provenance pubkey cache",
											  ALLOCSET_DEFAULT_SIZES);
		pubkey_keys_init(cache);
		cache->release_cb.func = pubkey_cache_release;
		cache->release_cb.arg = cache;
		MemoryContextRegisterResetCallback(mcxt, &cache->release_cb);
		fcinfo->flinfo->fn_extra = cache;
	}
	return cache;
}

/* Does entry e hold the DER der[0..len)? */
static inline bool
pubkey_entry_matches(const PubkeyCacheEntry *e, const unsigned char *der,
					 size_t len)
{
	return e->tag.len == len && memcmp(e->der, der, len) == 0;
}

/*
 * pubkey_cached_slot
 *		The cache entry of the stored pubkey pk for this call site: its DER
 *		parsed once and kept, with the verifiers made for it, so a query
 *		verifying many rows against many keys (a join with a key table)
 *		parses each key once.  Up to PK_CACHE_MAX keys are kept; the next
 *		one flushes the cache, which bounds memory.  The entry's key is
 *		NULL when the value does not load.
 */
static PubkeyCacheEntry *
pubkey_cached_slot(FunctionCallInfo fcinfo, PubkeyCache *cache, bytea *pk)
{
	const unsigned char *der = (const unsigned char *) VARDATA_ANY(pk);
	size_t		len = VARSIZE_ANY_EXHDR(pk);
	PubkeyCacheKey tag;
	PubkeyCacheEntry *e;
	unsigned char *copy;
	bool		found;

	if (cache->last != NULL && pubkey_entry_matches(cache->last, der, len))
		return cache->last;
	memset(&tag, 0, sizeof(tag));
	tag.hash = DatumGetUInt64(hash_bytes_extended(der, (int) len, 0));
	tag.len = (uint32) len;
	e = (PubkeyCacheEntry *) hash_search(cache->keys, &tag, HASH_FIND, NULL);
	if (e != NULL && pubkey_entry_matches(e, der, len))
	{
		cache->last = e;
		return e;
	}

	if (e == NULL && cache->nkeys >= PK_CACHE_MAX)
	{
		MemoryContextReset(cache->keycxt);	/* runs pubkey_keys_release */
		pubkey_keys_init(cache);
	}
	/* allocate first (palloc may fail); then nothing raises until the key is owned */
	copy = MemoryContextAlloc(cache->keycxt, len);
	memcpy(copy, der, len);
	if (e != NULL)
		sig_keyset_clear(&e->st->ks);	/* a 64-bit hash collision: replace */
	else
	{
		PubkeyState *st = MemoryContextAllocZero(cache->keycxt, sizeof(PubkeyState));

		e = (PubkeyCacheEntry *) hash_search(cache->keys, &tag, HASH_ENTER, &found);
		e->st = st;
		st->next = cache->all;
		cache->all = st;
		cache->nkeys++;
	}
	e->der = copy;
	e->st->ks.key = pk_load_der(der, len, NULL, NULL);
	cache->last = e;
	(void) fcinfo;
	return e;
}

/*
 * pubkey_verifier
 *		A prepared verifier for alg and the stored pubkey pk: from the
 *		query's cache, made on first use.  NULL when alg does not fit the
 *		key (or the key does not load).  Without a cache (no flinfo) *owned
 *		is set and the caller frees the verifier.
 */
static sig_verifier *
pubkey_verifier(FunctionCallInfo fcinfo, bytea *pk, sig_alg alg, bool *owned)
{
	PubkeyCache *cache = pubkey_cache(fcinfo);
	PubkeyCacheEntry *e;
	sig_verifier *v;

	*owned = false;
	if (alg <= SIG_ALG_INVALID || alg >= SIG_NALGS || VARSIZE_ANY_EXHDR(pk) < 8)
		return NULL;
	if (cache == NULL)
	{
		EVP_PKEY   *key = pk_load_der((const unsigned char *) VARDATA_ANY(pk),
									  VARSIZE_ANY_EXHDR(pk), NULL, NULL);

		v = sig_verifier_new(alg, key);
		EVP_PKEY_free(key);
		*owned = true;
		return v;
	}
	e = pubkey_cached_slot(fcinfo, cache, pk);
	return sig_keyset_verifier(&e->st->ks, alg);
}

/* ---------------------------------------------------------------------
 * verification
 * ---------------------------------------------------------------------
 */

/*
 * pubkey_alg_arg
 *		The sig_alg named by the text argument; an unknown name (and "none"
 *		and HMAC names) is a 22023 error.
 */
static sig_alg
pubkey_alg_arg(text *name)
{
	const char *s = VARDATA_ANY(name);
	size_t		len = VARSIZE_ANY_EXHDR(name);
	sig_alg		alg = sig_alg_from_name(s, len);
	char	   *str;

	if (alg != SIG_ALG_INVALID)
		return alg;
	str = text_to_cstring(name);
	if (len >= 2 && strncmp(s, "HS", 2) == 0)
		ereport(ERROR,
				errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				errmsg("signature algorithm \"%s\" is not accepted", str),
				errdetail("HMAC algorithms use a shared secret; they cannot be verified with a public key, and a public key used as the secret would let anyone forge."),
				errhint("Accepted algorithms: EdDSA, Ed25519, ES256, ES384, ES512, PS256, PS384, RS256, RS384."));
	if (len == 4 && strncmp(s, "none", 4) == 0)
		ereport(ERROR,
				errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				errmsg("signature algorithm \"%s\" is not accepted", str),
				errdetail("\"none\" means unsigned."),
				errhint("Accepted algorithms: EdDSA, Ed25519, ES256, ES384, ES512, PS256, PS384, RS256, RS384."));
	ereport(ERROR,
			errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			errmsg("unknown signature algorithm \"%s\"", str),
			errhint("Accepted algorithms (case-sensitive, as JOSE names them): EdDSA, Ed25519, ES256, ES384, ES512, PS256, PS384, RS256, RS384."));
	return SIG_ALG_INVALID;		/* not reached */
}

/*
 * prov_verify_signature
 *		verify_signature(message bytea, signature bytea, key pubkey, alg
 *		text): true when signature is a valid alg signature of message under
 *		key (ECDSA as raw r||s).  A wrong key type for alg, a malformed
 *		signature or a failed check is false; only an unknown alg errors.
 */
Datum
prov_verify_signature(PG_FUNCTION_ARGS)
{
	bytea	   *msg = PG_GETARG_BYTEA_PP(0);
	bytea	   *sig = PG_GETARG_BYTEA_PP(1);
	bytea	   *pk = PG_GETARG_PUBKEY_PP(2);
	sig_alg		alg = pubkey_alg_arg(PG_GETARG_TEXT_PP(3));
	bool		owned;
	sig_verifier *v = pubkey_verifier(fcinfo, pk, alg, &owned);
	bool		ok;

	ok = sig_verifier_verify(v,
							 (const unsigned char *) VARDATA_ANY(msg), VARSIZE_ANY_EXHDR(msg),
							 (const unsigned char *) VARDATA_ANY(sig), VARSIZE_ANY_EXHDR(sig));
	if (owned)
		sig_verifier_free(v);
	PG_RETURN_BOOL(ok);
}

/*
 * prov_verify
 *		verify(signed_record, pubkey): true when the record's alg fits the
 *		key and its signature verifies over the exact "header.payload" text.
 *		Every failure is false, never an error.
 */
Datum
prov_verify(PG_FUNCTION_ARGS)
{
	SignedRecord *r = PG_GETARG_SIGNED_RECORD_P(0);
	bytea	   *pk = PG_GETARG_PUBKEY_PP(1);
	unsigned char sig[SIG_MAX_LEN];
	const char *seg;
	size_t		seglen;
	long		siglen;
	bool		owned;
	sig_verifier *v;
	bool		ok;

	if (VARSIZE(r) < SIGNED_RECORD_HDRSZ || r->version != SIGNED_RECORD_VERSION ||
		record_signing_input_len(r) + 1 > record_compact_len(r))
		PG_RETURN_BOOL(false);
	seg = record_sig_segment(r, &seglen);
	if (seglen > B64URL_ENCODED_LEN(SIG_MAX_LEN))
		PG_RETURN_BOOL(false);
	siglen = b64url_decode(seg, seglen, sig, sizeof(sig));
	if (siglen <= 0)
		PG_RETURN_BOOL(false);
	v = pubkey_verifier(fcinfo, pk, (sig_alg) r->alg, &owned);
	ok = sig_verifier_verify(v, (const unsigned char *) r->compact,
							 record_signing_input_len(r), sig, (size_t) siglen);
	if (owned)
		sig_verifier_free(v);
	PG_RETURN_BOOL(ok);
}

/* ---------------------------------------------------------------------
 * signing and key generation
 * ---------------------------------------------------------------------
 */

/*
 * pubkey_private_error
 *		Report a private key that cannot be used.  The key text is never
 *		quoted; the detail comes from pubkey_parse and holds no key material.
 */
static void
pubkey_private_error(const pk_error *err)
{
	int			code = pubkey_sqlstate(err->status);

	ereport(ERROR,
			errcode(code),
			errmsg(err->status == PK_ERR_UNSUPPORTED ?
				   "unsupported private key" : "invalid private key"),
			errdetail_internal("%s", err->detail),
			err->hint[0] ? errhint("%s", err->hint) : 0);
}

/*
 * pubkey_private_key
 *		The EVP_PKEY of the private key text, parsed once per query and
 *		kept in the cache (the text copy is wiped when replaced or released).
 */
static EVP_PKEY *
pubkey_private_key(FunctionCallInfo fcinfo, text *keytext, pk_type *type)
{
	PubkeyCache *cache = pubkey_cache(fcinfo);
	const char *s = VARDATA_ANY(keytext);
	size_t		len = VARSIZE_ANY_EXHDR(keytext);
	char	   *copy;
	EVP_PKEY   *key;
	pk_error	err;
	int			bits;

	Assert(cache != NULL);
	if (cache->priv != NULL && cache->priv_len == len &&
		memcmp(cache->priv_text, s, len) == 0)
	{
		*type = cache->priv_type;
		return cache->priv;
	}
	/* drop the previous key first */
	EVP_PKEY_free(cache->priv);
	cache->priv = NULL;
	if (cache->priv_text != NULL)
	{
		OPENSSL_cleanse(cache->priv_text, cache->priv_len);
		pfree(cache->priv_text);
		cache->priv_text = NULL;
		cache->priv_len = 0;
	}

	copy = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, len + 1);
	memcpy(copy, s, len);
	copy[len] = '\0';
	if (pk_parse_private_text(copy, len, &key, &err) != PK_OK)
	{
		OPENSSL_cleanse(copy, len);
		pfree(copy);
		pubkey_private_error(&err);
	}
	cache->priv = key;
	cache->priv_text = copy;
	cache->priv_len = len;
	cache->priv_type = pk_key_type(key, &bits);
	*type = cache->priv_type;
	return key;
}

/*
 * pubkey_extra_header
 *		Append the members of the header argument of sign() (a JSON object
 *		of further protected header parameters, such as x5c or typ) to the
 *		header text hdr, after "alg" and "kid".  "alg", "crit" and "b64"
 *		are sign()'s to set, and "kid" only when the kid argument is not.
 */
static void
pubkey_extra_header(StringInfo hdr, Jsonb *extra, bool have_kid)
{
	static const char *const reserved[] = {"alg", "crit", "b64", "kid"};
	char	   *text;
	size_t		len;
	int			i;

	if (!JB_ROOT_IS_OBJECT(extra) || JB_ROOT_IS_SCALAR(extra))
		ereport(ERROR,
				errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				errmsg("header must be a JSON object"),
				errdetail("It holds protected header parameters to add, such as x5c or typ."));
	for (i = 0; i < (int) lengthof(reserved); i++)
	{
		JsonbValue	k;

		if (i == 3 && !have_kid)
			break;
		k.type = jbvString;
		k.val.string.val = (char *) reserved[i];
		k.val.string.len = strlen(reserved[i]);
		if (findJsonbValueFromContainer(&extra->root, JB_FOBJECT, &k) != NULL)
			ereport(ERROR,
					errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					errmsg("header must not set \"%s\"", reserved[i]),
					errdetail(i == 3 ? "The kid argument sets it." :
							  "sign() sets \"alg\" from the key or the alg argument, and uses no JWS extension."));
	}
	if (JB_ROOT_COUNT(extra) == 0)
		return;
	/* "{...}": append the members between the braces */
	text = JsonbToCString(NULL, &extra->root, VARSIZE(extra));
	len = strlen(text);
	Assert(len >= 2 && text[0] == '{' && text[len - 1] == '}');
	appendStringInfoChar(hdr, ',');
	appendBinaryStringInfo(hdr, text + 1, (int) len - 2);
	pfree(text);
}

/*
 * prov_sign
 *		sign(claims jsonb, private_key text, kid text, alg text): a
 *		signed_record whose protected header is {"alg":...} (plus "kid" when
 *		given) and whose payload is the claims object as jsonb prints it.
 *		alg defaults by key type (pk_default_alg).  NULL claims or key give
 *		NULL.  VOLATILE: ECDSA and PSS signatures are randomized.
 */
Datum
prov_sign(PG_FUNCTION_ARGS)
{
	Jsonb	   *claims;
	text	   *keytext;
	pk_type		type;
	EVP_PKEY   *key;
	sig_alg		alg;
	StringInfoData hdr;
	char	   *payload;
	size_t		paylen;
	StringInfoData compact;
	unsigned char sig[SIG_MAX_LEN];
	size_t		siglen;
	size_t		enclen;
	size_t		pos;
	SignedRecord *r;
	char		tname[PK_TYPE_NAME_MAX];

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		PG_RETURN_NULL();
	if (fcinfo->flinfo == NULL)
		ereport(ERROR,
				errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				errmsg("sign() must be called through the function manager"));
	claims = PG_GETARG_JSONB_P(0);
	if (!JB_ROOT_IS_OBJECT(claims) || JB_ROOT_IS_SCALAR(claims))
		ereport(ERROR,
				errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				errmsg("claims must be a JSON object"),
				errdetail("The payload of a signed_record is a JSON object of claims."));

	keytext = PG_GETARG_TEXT_PP(1);
	key = pubkey_private_key(fcinfo, keytext, &type);
	/* a detoasted (decompressed) copy of the key text is ours: wipe it */
	if ((Pointer) keytext != DatumGetPointer(PG_GETARG_DATUM(1)))
	{
		OPENSSL_cleanse(VARDATA_ANY(keytext), VARSIZE_ANY_EXHDR(keytext));
		pfree(keytext);
	}
	if (PG_ARGISNULL(3))
		alg = pk_default_alg(type);
	else
	{
		alg = pubkey_alg_arg(PG_GETARG_TEXT_PP(3));
		if (!sig_alg_fits_key(alg, key))
		{
			pk_type_name(type, EVP_PKEY_get_bits(key), tname, sizeof(tname));
			ereport(ERROR,
					errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					errmsg("signature algorithm \"%s\" does not fit key type %s",
						   sig_alg_name(alg), tname),
					errhint("Ed25519 keys sign EdDSA or Ed25519, P-256 ES256, P-384 ES384, P-521 ES512, RSA keys PS256, PS384, RS256 or RS384."));
		}
	}

	/* protected header: {"alg":"...","kid":"...", extra members} */
	initStringInfo(&hdr);
	appendStringInfoString(&hdr, "{\"alg\":");
	escape_json(&hdr, sig_alg_name(alg));
	if (!PG_ARGISNULL(2))
	{
		appendStringInfoString(&hdr, ",\"kid\":");
		escape_json(&hdr, text_to_cstring(PG_GETARG_TEXT_PP(2)));
	}
	if (PG_NARGS() > 4 && !PG_ARGISNULL(4))
		pubkey_extra_header(&hdr, PG_GETARG_JSONB_P(4), !PG_ARGISNULL(2));
	appendStringInfoChar(&hdr, '}');

	payload = JsonbToCString(NULL, &claims->root, VARSIZE(claims));
	paylen = strlen(payload);

	/* header.payload, then sign those bytes, then .signature */
	enclen = B64URL_ENCODED_LEN((size_t) hdr.len) + 1 +
		B64URL_ENCODED_LEN(paylen) + 1 + B64URL_ENCODED_LEN(SIG_MAX_LEN) + 1;
	if (enclen > MaxAllocSize)
		ereport(ERROR,
				errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				errmsg("claims too large for a signed_record"));
	initStringInfo(&compact);
	enlargeStringInfo(&compact, (int) enclen);
	pos = b64url_encode((const unsigned char *) hdr.data, (size_t) hdr.len,
						compact.data, enclen);
	compact.data[pos++] = '.';
	pos += b64url_encode((const unsigned char *) payload, paylen,
						 compact.data + pos, enclen - pos);
	if (!sig_sign(alg, key, (const unsigned char *) compact.data, pos,
				  sig, sizeof(sig), &siglen))
		ereport(ERROR,
				errcode(ERRCODE_EXTERNAL_ROUTINE_INVOCATION_EXCEPTION),
				errmsg("OpenSSL could not sign with the %s key", sig_alg_name(alg)));
	compact.data[pos++] = '.';
	pos += b64url_encode(sig, siglen, compact.data + pos, enclen - pos);
	compact.len = (int) pos;

	r = record_from_compact(compact.data, pos);
	PG_RETURN_SIGNED_RECORD_P(r);
}

/*
 * prov_generate_keypair
 *		generate_keypair(key_type text): one row (private_key text,
 *		public_key pubkey), the private key as PEM PKCS#8.  The EVP_PKEY and
 *		the PEM buffer are freed and wiped on every path, ERROR included.
 */
Datum
prov_generate_keypair(PG_FUNCTION_ARGS)
{
	text	   *name = PG_GETARG_TEXT_PP(0);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	EVP_PKEY   *volatile key = NULL;
	char	   *volatile pem = NULL;
	pk_error	err;
	EVP_PKEY   *k;

	InitMaterializedSRF(fcinfo, 0);
	if (pk_generate(VARDATA_ANY(name), VARSIZE_ANY_EXHDR(name), &k, &err) != PK_OK)
		ereport(ERROR,
				errcode(pubkey_sqlstate(err.status)),
				errmsg("cannot generate a key pair"),
				errdetail_internal("%s", err.detail));
	key = k;

	PG_TRY();
	{
		unsigned char der[PK_DER_MAX];
		size_t		derlen;
		size_t		pemlen;
		Datum		values[2];
		bool		nulls[2] = {false, false};

		pem = palloc(PK_PRIV_PEM_MAX);
		pemlen = pk_private_to_pem(key, pem, PK_PRIV_PEM_MAX);
		if (pemlen == 0 || !pk_public_der(key, der, &derlen))
			ereport(ERROR,
					errcode(ERRCODE_EXTERNAL_ROUTINE_INVOCATION_EXCEPTION),
					errmsg("OpenSSL could not encode the generated key pair"));
		values[0] = PointerGetDatum(cstring_to_text_with_len(pem, (int) pemlen));
		values[1] = PointerGetDatum(pubkey_make(der, derlen));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		/* the text datum was copied into the tuplestore: wipe the copy */
		OPENSSL_cleanse(VARDATA(DatumGetPointer(values[0])), pemlen);
	}
	PG_FINALLY();
	{
		if (pem != NULL)
		{
			OPENSSL_cleanse(pem, PK_PRIV_PEM_MAX);
			pfree(pem);
		}
		EVP_PKEY_free(key);
	}
	PG_END_TRY();

	return (Datum) 0;
}
