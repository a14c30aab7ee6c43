/*
 * sign_gen.c
 *		Generator of signed origin records for test/bench/verify.sh.
 *
 *		sign_gen ALG ROWS DISTINCT KEYS FILE
 *
 * ALG is EdDSA, ES256 or PS256.  Makes KEYS fresh key pairs and writes ROWS
 * lines to FILE, each "keyno TAB compact-JWS TAB \\x<DER SubjectPublicKeyInfo>"
 * (COPY text format; the key column loads as bytea).  Only DISTINCT records
 * are signed; the rest repeat them cyclically as separate rows, which costs
 * verification exactly as much (nothing caches a verdict) and spares the
 * slow RSA signing.  Record i is signed by key i % KEYS.  Ed25519 signs
 * with libsodium, ES256 and PS256 with OpenSSL.  Exit status 0 on success.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <sodium.h>

#define MAXKEYS		64
#define MAXDER		600
#define MAXREC		1024

typedef struct
{
	EVP_PKEY   *pkey;			/* ES256, PS256 */
	unsigned char edsk[crypto_sign_SECRETKEYBYTES];	/* EdDSA */
	char		derhex[2 * MAXDER + 1];
} Key;

/* base64url of in[0..n) (no padding) into out; returns the length */
static size_t
b64url(const unsigned char *in, size_t n, char *out)
{
	static const char a[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
	size_t		i;
	size_t		o = 0;

	for (i = 0; i + 2 < n; i += 3)
	{
		unsigned long v = (in[i] << 16) | (in[i + 1] << 8) | in[i + 2];

		out[o++] = a[(v >> 18) & 63];
		out[o++] = a[(v >> 12) & 63];
		out[o++] = a[(v >> 6) & 63];
		out[o++] = a[v & 63];
	}
	if (n - i == 1)
	{
		out[o++] = a[in[i] >> 2];
		out[o++] = a[(in[i] & 3) << 4];
	}
	else if (n - i == 2)
	{
		out[o++] = a[in[i] >> 2];
		out[o++] = a[((in[i] & 3) << 4) | (in[i + 1] >> 4)];
		out[o++] = a[(in[i + 1] & 15) << 2];
	}
	out[o] = '\0';
	return o;
}

/* hex of in[0..n) into out (NUL-terminated) */
static void
hex(const unsigned char *in, size_t n, char *out)
{
	size_t		i;

	for (i = 0; i < n; i++)
		sprintf(out + 2 * i, "%02x", in[i]);
}

/* Make key k for alg; false on failure */
static int
make_key(const char *alg, Key *k)
{
	unsigned char der[MAXDER];
	unsigned char *p = der;
	int			len;

	if (strcmp(alg, "EdDSA") == 0)
	{
		static const unsigned char prefix[12] = {
			0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00
		};
		unsigned char pk[crypto_sign_PUBLICKEYBYTES];

		crypto_sign_keypair(pk, k->edsk);
		memcpy(der, prefix, sizeof(prefix));
		memcpy(der + sizeof(prefix), pk, sizeof(pk));
		hex(der, sizeof(prefix) + sizeof(pk), k->derhex);
		return 1;
	}
	if (strcmp(alg, "ES256") == 0)
		k->pkey = EVP_PKEY_Q_keygen(NULL, NULL, "EC", "P-256");
	else
		k->pkey = EVP_PKEY_Q_keygen(NULL, NULL, "RSA", (size_t) 2048);
	if (k->pkey == NULL)
		return 0;
	len = i2d_PUBKEY(k->pkey, &p);
	if (len <= 0 || len > MAXDER)
		return 0;
	hex(der, (size_t) len, k->derhex);
	return 1;
}

/* Sign msg with k under alg into sig (JOSE form); returns its length or 0 */
static size_t
sign(const char *alg, Key *k, const unsigned char *msg, size_t n,
	 unsigned char *sig)
{
	EVP_MD_CTX *ctx;
	EVP_PKEY_CTX *pctx = NULL;
	unsigned char der[160];
	size_t		len = 0;

	if (strcmp(alg, "EdDSA") == 0)
	{
		unsigned long long slen;

		crypto_sign_detached(sig, &slen, msg, n, k->edsk);
		return (size_t) slen;
	}
	ctx = EVP_MD_CTX_new();
	if (ctx == NULL || EVP_DigestSignInit(ctx, &pctx, EVP_sha256(), NULL, k->pkey) != 1)
		goto done;
	if (strcmp(alg, "PS256") == 0)
	{
		if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) <= 0 ||
			EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) <= 0)
			goto done;
		len = 256;
		if (EVP_DigestSign(ctx, sig, &len, msg, n) != 1)
			len = 0;
	}
	else
	{
		ECDSA_SIG  *es;
		const unsigned char *p = der;
		const BIGNUM *r;
		const BIGNUM *s;
		size_t		dlen = sizeof(der);

		if (EVP_DigestSign(ctx, der, &dlen, msg, n) != 1)
			goto done;
		es = d2i_ECDSA_SIG(NULL, &p, (long) dlen);
		if (es == NULL)
			goto done;
		ECDSA_SIG_get0(es, &r, &s);
		if (BN_bn2binpad(r, sig, 32) == 32 && BN_bn2binpad(s, sig + 32, 32) == 32)
			len = 64;
		ECDSA_SIG_free(es);
	}
done:
	EVP_MD_CTX_free(ctx);
	return len;
}

int
main(int argc, char **argv)
{
	static Key	keys[MAXKEYS];
	const char *alg;
	long		rows;
	long		distinct;
	int			nkeys;
	long		i;
	FILE	   *f;
	char	  **recs;

	if (argc != 6)
	{
		fprintf(stderr, "usage: sign_gen EdDSA|ES256|PS256 ROWS DISTINCT KEYS FILE\n");
		return 2;
	}
	alg = argv[1];
	rows = atol(argv[2]);
	distinct = atol(argv[3]);
	nkeys = atoi(argv[4]);
	if ((strcmp(alg, "EdDSA") != 0 && strcmp(alg, "ES256") != 0 &&
		 strcmp(alg, "PS256") != 0) || rows <= 0 || distinct <= 0 ||
		nkeys <= 0 || nkeys > MAXKEYS)
	{
		fprintf(stderr, "sign_gen: bad arguments\n");
		return 2;
	}
	if (distinct > rows)
		distinct = rows;
	/* keep every key signing: a multiple of the key count */
	if (distinct % nkeys)
		distinct += nkeys - distinct % nkeys;
	if (sodium_init() < 0)
	{
		fprintf(stderr, "sign_gen: sodium_init failed\n");
		return 1;
	}
	for (i = 0; i < nkeys; i++)
		if (!make_key(alg, &keys[i]))
		{
			fprintf(stderr, "sign_gen: key generation failed\n");
			return 1;
		}
	recs = calloc((size_t) distinct, sizeof(char *));
	if (recs == NULL)
		return 1;
	for (i = 0; i < distinct; i++)
	{
		char		hdr[128];
		char		pay[256];
		char		rec[MAXREC];
		unsigned char sig[512];
		size_t		o;
		size_t		slen;

		snprintf(hdr, sizeof(hdr), "{\"alg\":\"%s\",\"kid\":\"bench-%ld\"}", alg, i % nkeys);
		snprintf(pay, sizeof(pay),
				 "{\"gtin\":\"09506000134352\",\"serial\":\"%s%08ld\",\"site\":\"FR-0042\",\"iat\":%ld}",
				 alg, i, 1764230000L + i);
		o = b64url((const unsigned char *) hdr, strlen(hdr), rec);
		rec[o++] = '.';
		o += b64url((const unsigned char *) pay, strlen(pay), rec + o);
		slen = sign(alg, &keys[i % nkeys], (const unsigned char *) rec, o, sig);
		if (slen == 0)
		{
			fprintf(stderr, "sign_gen: signing failed\n");
			return 1;
		}
		rec[o++] = '.';
		b64url(sig, slen, rec + o);
		recs[i] = strdup(rec);
	}
	f = fopen(argv[5], "w");
	if (f == NULL)
	{
		perror(argv[5]);
		return 1;
	}
	for (i = 0; i < rows; i++)
	{
		long		d = i % distinct;

		fprintf(f, "%ld\t%s\t\\\\x%s\n", d % nkeys, recs[d], keys[d % nkeys].derhex);
	}
	if (fclose(f) != 0)
		return 1;
	return 0;
}
