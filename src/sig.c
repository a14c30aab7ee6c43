/*
 * sig.c
 *		JOSE signature algorithms on OpenSSL EVP keys (see sig.h): names,
 *		key fit, verification and signing.
 *
 * ECDSA signatures travel as JOSE has them, raw r||s of fixed length; they
 * are converted to and from the DER form OpenSSL uses here, and a DER
 * signature given where r||s is expected never verifies.  Every EVP object
 * is freed before returning and the OpenSSL error queue is left empty.
 *
 * Ed25519 signatures are verified with libsodium's
 * crypto_sign_verify_detached on the key's raw 32 bytes, which is about
 * twice as fast as OpenSSL 3.0's Ed25519 (see README.md); OpenSSL remains
 * the fallback should sodium_init() fail, and does everything else.
 */
#include "sig.h"

#include <string.h>

#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/rsa.h>

#include <sodium.h>

static const struct
{
	sig_alg		alg;
	const char *name;
	size_t		fixed_len;		/* signature bytes; 0 = modulus size */
}			sig_algs[] = {
	{SIG_ALG_EDDSA, "EdDSA", 64},
	{SIG_ALG_ED25519, "Ed25519", 64},
	{SIG_ALG_ES256, "ES256", 64},
	{SIG_ALG_ES384, "ES384", 96},
	{SIG_ALG_ES512, "ES512", 132},
	{SIG_ALG_PS256, "PS256", 0},
	{SIG_ALG_PS384, "PS384", 0},
	{SIG_ALG_RS256, "RS256", 0},
	{SIG_ALG_RS384, "RS384", 0},
};

sig_alg
sig_alg_from_name(const char *name, size_t len)
{
	size_t		i;

	for (i = 0; i < sizeof(sig_algs) / sizeof(sig_algs[0]); i++)
		if (strlen(sig_algs[i].name) == len &&
			memcmp(sig_algs[i].name, name, len) == 0)
			return sig_algs[i].alg;
	return SIG_ALG_INVALID;
}

const char *
sig_alg_name(sig_alg alg)
{
	size_t		i;

	for (i = 0; i < sizeof(sig_algs) / sizeof(sig_algs[0]); i++)
		if (sig_algs[i].alg == alg)
			return sig_algs[i].name;
	return NULL;
}

size_t
sig_alg_fixed_length(sig_alg alg)
{
	size_t		i;

	for (i = 0; i < sizeof(sig_algs) / sizeof(sig_algs[0]); i++)
		if (sig_algs[i].alg == alg)
			return sig_algs[i].fixed_len;
	return 0;
}

/* What kind of key an algorithm needs */
typedef enum sig_kind
{
	SIG_KIND_NONE,
	SIG_KIND_EDDSA,
	SIG_KIND_ECDSA,
	SIG_KIND_RSA_PSS,
	SIG_KIND_RSA_PKCS1
} sig_kind;

/* The kind of signature scheme alg is */
static sig_kind
sig_alg_kind(sig_alg alg)
{
	switch (alg)
	{
		case SIG_ALG_EDDSA:
		case SIG_ALG_ED25519:
			return SIG_KIND_EDDSA;
		case SIG_ALG_ES256:
		case SIG_ALG_ES384:
		case SIG_ALG_ES512:
			return SIG_KIND_ECDSA;
		case SIG_ALG_PS256:
		case SIG_ALG_PS384:
			return SIG_KIND_RSA_PSS;
		case SIG_ALG_RS256:
		case SIG_ALG_RS384:
			return SIG_KIND_RSA_PKCS1;
		case SIG_ALG_INVALID:
			break;
	}
	return SIG_KIND_NONE;
}

/*
 * sig_alg_md
 *		The message digest of alg, or NULL (EdDSA hashes internally, and for
 *		unknown algorithms).  The EVP_MDs are fetched once per process and
 *		kept: an explicitly fetched digest spares OpenSSL 3 the implicit
 *		fetch that EVP_sha256() costs on every initialisation.
 */
static const EVP_MD *
sig_alg_md(sig_alg alg)
{
	static EVP_MD *sha256;
	static EVP_MD *sha384;
	static EVP_MD *sha512;

	switch (alg)
	{
		case SIG_ALG_ES256:
		case SIG_ALG_PS256:
		case SIG_ALG_RS256:
			if (sha256 == NULL)
				sha256 = EVP_MD_fetch(NULL, "SHA2-256", NULL);
			return sha256;
		case SIG_ALG_ES384:
		case SIG_ALG_PS384:
		case SIG_ALG_RS384:
			if (sha384 == NULL)
				sha384 = EVP_MD_fetch(NULL, "SHA2-384", NULL);
			return sha384;
		case SIG_ALG_ES512:
			if (sha512 == NULL)
				sha512 = EVP_MD_fetch(NULL, "SHA2-512", NULL);
			return sha512;
		default:
			return NULL;
	}
}

/* See sig.h */
const EVP_MD *
sig_sha256(void)
{
	const EVP_MD *md = sig_alg_md(SIG_ALG_ES256);

	return md != NULL ? md : EVP_sha256();
}

/* The OpenSSL name of the curve ES256/ES384/ES512 needs, else NULL */
static const char *
sig_alg_curve(sig_alg alg)
{
	switch (alg)
	{
		case SIG_ALG_ES256:
			return "prime256v1";
		case SIG_ALG_ES384:
			return "secp384r1";
		case SIG_ALG_ES512:
			return "secp521r1";
		default:
			return NULL;
	}
}

bool
sig_alg_fits_key(sig_alg alg, EVP_PKEY *key)
{
	char		group[32];
	size_t		glen = 0;

	if (key == NULL)
		return false;
	switch (sig_alg_kind(alg))
	{
		case SIG_KIND_EDDSA:
			return EVP_PKEY_get_base_id(key) == EVP_PKEY_ED25519;
		case SIG_KIND_ECDSA:
			if (EVP_PKEY_get_base_id(key) != EVP_PKEY_EC)
				return false;
			if (EVP_PKEY_get_group_name(key, group, sizeof(group), &glen) != 1)
			{
				ERR_clear_error();
				return false;
			}
			return strcmp(group, sig_alg_curve(alg)) == 0;
		case SIG_KIND_RSA_PSS:
		case SIG_KIND_RSA_PKCS1:
			return EVP_PKEY_get_base_id(key) == EVP_PKEY_RSA &&
				EVP_PKEY_get_bits(key) >= 2048;
		case SIG_KIND_NONE:
			break;
	}
	return false;
}

/*
 * sig_der_int
 *		Append the DER INTEGER of the unsigned big-endian v[0..n) to out at
 *		*pos (minimal: leading zeros stripped, 0x00 added before a high
 *		bit).  out must have room for n + 3 bytes more.
 */
static void
sig_der_int(const unsigned char *v, size_t n, unsigned char *out, size_t *pos)
{
	size_t		i = 0;
	size_t		len;
	bool		pad;

	while (i < n && v[i] == 0)
		i++;
	if (i == n)
	{
		/* zero: INTEGER 0 (the verifier then rejects it as out of range) */
		out[(*pos)++] = 0x02;
		out[(*pos)++] = 0x01;
		out[(*pos)++] = 0x00;
		return;
	}
	pad = (v[i] & 0x80) != 0;
	len = n - i + (pad ? 1 : 0);
	out[(*pos)++] = 0x02;
	out[(*pos)++] = (unsigned char) len;	/* at most 67 */
	if (pad)
		out[(*pos)++] = 0x00;
	memcpy(out + *pos, v + i, n - i);
	*pos += n - i;
}

/* DER of an ECDSA-Sig-Value of P-521 (two 67-byte INTEGERs) and slack */
#define SIG_ECDSA_DER_MAX	160

/*
 * sig_ecdsa_to_der
 *		Convert the raw JOSE signature r||s (2n bytes, n = field size) to the
 *		DER SEQUENCE { INTEGER r, INTEGER s } OpenSSL verifies.  Returns the
 *		DER length (out must hold SIG_ECDSA_DER_MAX bytes).
 */
static size_t
sig_ecdsa_to_der(const unsigned char *sig, size_t n, unsigned char *out)
{
	unsigned char body[SIG_ECDSA_DER_MAX];
	size_t		blen = 0;
	size_t		pos = 0;

	sig_der_int(sig, n, body, &blen);
	sig_der_int(sig + n, n, body, &blen);
	out[pos++] = 0x30;
	if (blen >= 0x80)
		out[pos++] = 0x81;
	out[pos++] = (unsigned char) blen;
	memcpy(out + pos, body, blen);
	return pos + blen;
}

/*
 * sig_ctx_init
 *		Initialise mdctx for signing (sign true) or verifying with key under
 *		alg, including the RSA padding parameters.  Returns false on failure.
 */
static bool
sig_ctx_init(EVP_MD_CTX *mdctx, sig_alg alg, EVP_PKEY *key, bool sign)
{
	EVP_PKEY_CTX *pctx = NULL;
	const EVP_MD *md = sig_alg_md(alg);
	sig_kind	kind = sig_alg_kind(alg);
	int			rc;

	if (kind != SIG_KIND_EDDSA && md == NULL)
		return false;
	if (sign)
		rc = EVP_DigestSignInit(mdctx, &pctx, md, NULL, key);
	else
		rc = EVP_DigestVerifyInit(mdctx, &pctx, md, NULL, key);
	if (rc != 1)
		return false;
	if (kind == SIG_KIND_RSA_PSS)
	{
		if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) <= 0 ||
			EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, md) <= 0 ||
			EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) <= 0)
			return false;
	}
	else if (kind == SIG_KIND_RSA_PKCS1)
	{
		if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) <= 0)
			return false;
	}
	return true;
}

/*
 * sig_sodium_ready
 *		True when libsodium is initialised and usable.  sodium_init() is
 *		called once per process (0: initialised now, 1: already was, -1:
 *		failed); after a failure Ed25519 goes through OpenSSL.
 */
static bool
sig_sodium_ready(void)
{
	static int	state = 0;		/* 0: not tried, 1: ready, -1: failed */

	if (state == 0)
		state = sodium_init() < 0 ? -1 : 1;
	return state == 1;
}

/*
 * The prepared verifier.  EdDSA (which hashes inside the signature scheme)
 * keeps the key's raw 32 bytes for libsodium, or, when libsodium is not
 * usable, an initialised DigestVerify context as a template and verifies on
 * a copy of it; ECDSA and RSA keep a verify-initialised EVP_PKEY_CTX with
 * the padding parameters set, and are given the digest computed here with
 * a digest fetched once.  Either way no provider fetch happens per call.
 */
struct sig_verifier
{
	sig_alg		alg;
	sig_kind	kind;
	size_t		siglen;			/* the exact signature length */
	EVP_PKEY   *key;			/* up-ref'd */
	const EVP_MD *md;			/* ECDSA, RSA */
	EVP_PKEY_CTX *pctx;			/* ECDSA, RSA */
	EVP_MD_CTX *tmpl;			/* EdDSA: initialised, never used itself */
	EVP_MD_CTX *work;			/* EdDSA: a copy of tmpl per signature */
	bool		sodium;			/* EdDSA: verify with libsodium and edpk */
	unsigned char edpk[32];		/* EdDSA: the raw public key */
};

void
sig_verifier_free(sig_verifier *v)
{
	if (v == NULL)
		return;
	EVP_MD_CTX_free(v->work);
	EVP_MD_CTX_free(v->tmpl);
	EVP_PKEY_CTX_free(v->pctx);
	EVP_PKEY_free(v->key);
	OPENSSL_free(v);
}

sig_verifier *
sig_verifier_new(sig_alg alg, EVP_PKEY *key)
{
	sig_verifier *v;
	bool		ok = false;

	if (key == NULL || !sig_alg_fits_key(alg, key))
	{
		ERR_clear_error();
		return NULL;
	}
	v = OPENSSL_zalloc(sizeof(*v));
	if (v == NULL)
		return NULL;
	v->alg = alg;
	v->kind = sig_alg_kind(alg);
	if (EVP_PKEY_up_ref(key) != 1)
	{
		OPENSSL_free(v);
		ERR_clear_error();
		return NULL;
	}
	v->key = key;
	switch (v->kind)
	{
		case SIG_KIND_EDDSA:
			v->siglen = 64;
			if (sig_sodium_ready())
			{
				size_t		pklen = sizeof(v->edpk);

				if (EVP_PKEY_get_raw_public_key(key, v->edpk, &pklen) == 1 &&
					pklen == sizeof(v->edpk))
				{
					v->sodium = true;
					ok = true;
					break;
				}
				ERR_clear_error();
			}
			v->tmpl = EVP_MD_CTX_new();
			v->work = EVP_MD_CTX_new();
			ok = v->tmpl != NULL && v->work != NULL &&
				EVP_DigestVerifyInit(v->tmpl, NULL, NULL, NULL, key) == 1;
			break;
		case SIG_KIND_ECDSA:
		case SIG_KIND_RSA_PSS:
		case SIG_KIND_RSA_PKCS1:
			v->siglen = v->kind == SIG_KIND_ECDSA ? sig_alg_fixed_length(alg) :
				(size_t) EVP_PKEY_get_size(key);
			v->md = sig_alg_md(alg);
			v->pctx = EVP_PKEY_CTX_new_from_pkey(NULL, key, NULL);
			ok = v->md != NULL && v->pctx != NULL &&
				EVP_PKEY_verify_init(v->pctx) == 1;
			if (ok && v->kind == SIG_KIND_RSA_PSS)
				ok = EVP_PKEY_CTX_set_rsa_padding(v->pctx, RSA_PKCS1_PSS_PADDING) > 0 &&
					EVP_PKEY_CTX_set_signature_md(v->pctx, v->md) > 0 &&
					EVP_PKEY_CTX_set_rsa_mgf1_md(v->pctx, v->md) > 0 &&
					EVP_PKEY_CTX_set_rsa_pss_saltlen(v->pctx, RSA_PSS_SALTLEN_DIGEST) > 0;
			else if (ok && v->kind == SIG_KIND_RSA_PKCS1)
				ok = EVP_PKEY_CTX_set_rsa_padding(v->pctx, RSA_PKCS1_PADDING) > 0 &&
					EVP_PKEY_CTX_set_signature_md(v->pctx, v->md) > 0;
			else if (ok)
				ok = EVP_PKEY_CTX_set_signature_md(v->pctx, v->md) > 0;
			break;
		case SIG_KIND_NONE:
			break;
	}
	ERR_clear_error();
	if (!ok)
	{
		sig_verifier_free(v);
		return NULL;
	}
	return v;
}

bool
sig_verifier_verify(sig_verifier *v,
					const unsigned char *msg, size_t msglen,
					const unsigned char *sig, size_t siglen)
{
	unsigned char der[SIG_ECDSA_DER_MAX];
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int mdlen = 0;
	const unsigned char *s = sig;
	size_t		slen = siglen;
	bool		ok = false;

	/* exact lengths: ECDSA as raw r||s (a DER signature never verifies) */
	if (v == NULL || msg == NULL || sig == NULL || siglen != v->siglen)
		return false;
	if (v->kind == SIG_KIND_EDDSA && v->sodium)
		return crypto_sign_verify_detached(sig, msg, (unsigned long long) msglen,
										   v->edpk) == 0;
	if (v->kind == SIG_KIND_EDDSA)
		ok = EVP_MD_CTX_copy_ex(v->work, v->tmpl) == 1 &&
			EVP_DigestVerify(v->work, sig, siglen, msg, msglen) == 1;
	else
	{
		if (v->kind == SIG_KIND_ECDSA)
		{
			slen = sig_ecdsa_to_der(sig, siglen / 2, der);
			s = der;
		}
		ok = EVP_Digest(msg, msglen, md, &mdlen, v->md, NULL) == 1 &&
			EVP_PKEY_verify(v->pctx, s, slen, md, mdlen) == 1;
	}
	if (!ok)
		ERR_clear_error();
	return ok;
}

bool
sig_verify(sig_alg alg, EVP_PKEY *key,
		   const unsigned char *msg, size_t msglen,
		   const unsigned char *sig, size_t siglen)
{
	sig_verifier *v = sig_verifier_new(alg, key);
	bool		ok = sig_verifier_verify(v, msg, msglen, sig, siglen);

	sig_verifier_free(v);
	return ok;
}

bool
sig_sign(sig_alg alg, EVP_PKEY *key,
		 const unsigned char *msg, size_t msglen,
		 unsigned char *out, size_t outcap, size_t *outlen)
{
	EVP_MD_CTX *mdctx = NULL;
	ECDSA_SIG  *esig = NULL;
	unsigned char der[SIG_ECDSA_DER_MAX];
	size_t		len;
	bool		ok = false;
	sig_kind	kind = sig_alg_kind(alg);

	*outlen = 0;
	if (key == NULL || msg == NULL || !sig_alg_fits_key(alg, key))
		goto done;
	mdctx = EVP_MD_CTX_new();
	if (mdctx == NULL || !sig_ctx_init(mdctx, alg, key, true))
		goto done;
	if (kind == SIG_KIND_ECDSA)
	{
		const BIGNUM *r;
		const BIGNUM *s;
		const unsigned char *p = der;
		size_t		n = sig_alg_fixed_length(alg) / 2;

		len = sizeof(der);
		if (outcap < 2 * n ||
			EVP_DigestSign(mdctx, der, &len, msg, msglen) != 1)
			goto done;
		esig = d2i_ECDSA_SIG(NULL, &p, (long) len);
		if (esig == NULL)
			goto done;
		ECDSA_SIG_get0(esig, &r, &s);
		if (BN_bn2binpad(r, out, (int) n) != (int) n ||
			BN_bn2binpad(s, out + n, (int) n) != (int) n)
			goto done;
		*outlen = 2 * n;
	}
	else
	{
		if (EVP_DigestSign(mdctx, NULL, &len, msg, msglen) != 1 ||
			len > outcap ||
			EVP_DigestSign(mdctx, out, &len, msg, msglen) != 1)
			goto done;
		*outlen = len;
	}
	ok = true;

done:
	ECDSA_SIG_free(esig);
	EVP_MD_CTX_free(mdctx);
	OPENSSL_cleanse(der, sizeof(der));
	if (!ok && outcap > 0)
		OPENSSL_cleanse(out, outcap);
	ERR_clear_error();
	return ok;
}

sig_verifier *
sig_keyset_verifier(sig_keyset *ks, sig_alg alg)
{
	if (alg <= SIG_ALG_INVALID || alg >= SIG_NALGS || ks->key == NULL)
		return NULL;
	if ((ks->tried & (1U << alg)) == 0)
	{
		ks->verifiers[alg] = sig_verifier_new(alg, ks->key);
		ks->tried |= 1U << alg;
	}
	return ks->verifiers[alg];
}

void
sig_keyset_clear(sig_keyset *ks)
{
	int			a;

	for (a = 0; a < SIG_NALGS; a++)
	{
		sig_verifier_free(ks->verifiers[a]);
		ks->verifiers[a] = NULL;
	}
	EVP_PKEY_free(ks->key);
	ks->key = NULL;
	ks->tried = 0;
}
