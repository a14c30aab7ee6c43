/*
 * verify_baseline.c
 *		Like-for-like baseline for test/bench/verify.sh: verifies, outside
 *		PostgreSQL, the very records the benchmark's SQL query verifies.
 *
 *		verify_baseline [-p] ALG FILE [MAX]
 *
 * FILE holds one record per line as the benchmark exports it with
 *	COPY (SELECT r::text, encode(provenance.pubkey_der(k), 'hex') FROM t) TO
 * i.e. "compact-JWS TAB hex-DER-SubjectPublicKeyInfo".  At most MAX lines
 * (default all) are read.  Everything that is not verification happens
 * before the clock starts: each distinct key is parsed once, each signature
 * is base64url-decoded into memory, the digest is fetched once.  Then
 * verify_all() verifies every record once, in file order, as a careful
 * caller of the libraries would:
 *	EdDSA	libsodium's crypto_sign_verify_detached on the raw 32-byte key;
 *	ES256	raw r||s turned into an ECDSA_SIG and its DER, then
 *			EVP_DigestVerifyInit + EVP_DigestVerify with SHA-256 on an
 *			EVP_MD_CTX reset before each record;
 *	PS256	EVP_DigestVerifyInit, RSA_PKCS1_PSS_PADDING, MGF1 with SHA-256,
 *			salt length = digest length (as JOSE says), EVP_DigestVerify.
 * With -p (ES256, PS256) it verifies the way src/sig.c's prepared verifier
 * does instead: one verify-initialised EVP_PKEY_CTX per key with the
 * padding set once, EVP_Digest + EVP_PKEY_verify per record.
 *
 * Prints "verified=N records=M seconds=S verifies_per_s=R".  Exit status 0
 * when every record verified, 1 when one did not or on a failure, 2 on a
 * usage error.  verify_all() is a function of its own (never inlined) so
 * that `valgrind --tool=callgrind --toggle-collect=verify_all` counts the
 * instructions of verification alone.
 */
#define _GNU_SOURCE				/* memrchr */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <sodium.h>

#define MAXKEYS		64
#define MAXDER		1024
#define MAXSIG		512
#define MAXLINE		8192

typedef enum
{
	ALG_EDDSA,
	ALG_ES256,
	ALG_PS256
} Alg;

typedef struct
{
	size_t		derlen;
	unsigned char der[MAXDER];
	EVP_PKEY   *pkey;			/* ES256, PS256 */
	EVP_PKEY_CTX *pctx;			/* -p: verify-initialised */
	unsigned char edpk[32];		/* EdDSA */
} Key;

typedef struct
{
	char	   *msg;			/* the signing input header.payload */
	size_t		msglen;
	unsigned char sig[MAXSIG];
	size_t		siglen;
	int			key;
} Rec;

static Key	keys[MAXKEYS];
static int	nkeys;
static const EVP_MD *sha256;

/* seconds on the monotonic clock */
static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* value of a base64url character, -1 if none */
static int
b64val(int c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '-')
		return 62;
	if (c == '_')
		return 63;
	return -1;
}

/* base64url (unpadded) s[0..n) into out (cap bytes); length or -1 */
static long
b64url_decode(const char *s, size_t n, unsigned char *out, size_t cap)
{
	unsigned long acc = 0;
	int			bits = 0;
	size_t		o = 0;
	size_t		i;

	for (i = 0; i < n; i++)
	{
		int			v = b64val((unsigned char) s[i]);

		if (v < 0)
			return -1;
		acc = (acc << 6) | (unsigned long) v;
		bits += 6;
		if (bits >= 8)
		{
			bits -= 8;
			if (o == cap)
				return -1;
			out[o++] = (unsigned char) (acc >> bits);
		}
	}
	return (long) o;
}

/* value of a hex digit, -1 if none */
static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* hex s[0..n) into out (cap bytes); length or -1 */
static long
hex_decode(const char *s, size_t n, unsigned char *out, size_t cap)
{
	size_t		i;

	if (n % 2 || n / 2 > cap)
		return -1;
	for (i = 0; i < n; i += 2)
	{
		int			hi = hexval((unsigned char) s[i]);
		int			lo = hexval((unsigned char) s[i + 1]);

		if (hi < 0 || lo < 0)
			return -1;
		out[i / 2] = (unsigned char) (hi << 4 | lo);
	}
	return (long) (n / 2);
}

/* The key slot of der[0..len), parsed on first sight; -1 on failure */
static int
key_index(Alg alg, int prepared, const unsigned char *der, size_t len)
{
	const unsigned char *p = der;
	Key		   *k;
	int			i;

	for (i = 0; i < nkeys; i++)
		if (keys[i].derlen == len && memcmp(keys[i].der, der, len) == 0)
			return i;
	if (nkeys == MAXKEYS || len > MAXDER)
		return -1;
	k = &keys[nkeys];
	memcpy(k->der, der, len);
	k->derlen = len;
	if (alg == ALG_EDDSA)
	{
		/* SPKI of Ed25519: a 12-byte prefix, then the 32-byte key */
		if (len != 44)
			return -1;
		memcpy(k->edpk, der + 12, 32);
		return nkeys++;
	}
	k->pkey = d2i_PUBKEY(NULL, &p, (long) len);
	if (k->pkey == NULL)
		return -1;
	if (prepared)
	{
		k->pctx = EVP_PKEY_CTX_new_from_pkey(NULL, k->pkey, NULL);
		if (k->pctx == NULL || EVP_PKEY_verify_init(k->pctx) != 1 ||
			EVP_PKEY_CTX_set_signature_md(k->pctx, sha256) <= 0)
			return -1;
		if (alg == ALG_PS256 &&
			(EVP_PKEY_CTX_set_rsa_padding(k->pctx, RSA_PKCS1_PSS_PADDING) <= 0 ||
			 EVP_PKEY_CTX_set_rsa_mgf1_md(k->pctx, sha256) <= 0 ||
			 EVP_PKEY_CTX_set_rsa_pss_saltlen(k->pctx, RSA_PSS_SALTLEN_DIGEST) <= 0))
			return -1;
	}
	return nkeys++;
}

/*
 * ecdsa_der
 *		The DER ECDSA-Sig-Value of the raw P-256 signature r||s (64 bytes),
 *		as a JOSE library builds it: BIGNUMs, ECDSA_SIG, i2d.  Writes into
 *		out (at least 80 bytes); returns its length, 0 on failure.
 */
static size_t
ecdsa_der(const unsigned char *sig, unsigned char *out)
{
	ECDSA_SIG  *es = ECDSA_SIG_new();
	BIGNUM	   *r = BN_bin2bn(sig, 32, NULL);
	BIGNUM	   *s = BN_bin2bn(sig + 32, 32, NULL);
	unsigned char *p = out;
	int			len = 0;

	if (es != NULL && r != NULL && s != NULL && ECDSA_SIG_set0(es, r, s) == 1)
	{
		r = s = NULL;			/* owned by es now */
		len = i2d_ECDSA_SIG(es, &p);
	}
	BN_free(r);
	BN_free(s);
	ECDSA_SIG_free(es);
	return len > 0 ? (size_t) len : 0;
}

/*
 * verify_all
 *		Verify each of the n records once; returns how many verified.
 */
static long __attribute__((noinline))
verify_all(Alg alg, int prepared, const Rec *recs, long n, EVP_MD_CTX *ctx)
{
	long		ok = 0;
	long		i;

	for (i = 0; i < n; i++)
	{
		const Rec  *r = &recs[i];
		const Key  *k = &keys[r->key];
		unsigned char der[80];
		const unsigned char *s = r->sig;
		size_t		slen = r->siglen;

		if (alg == ALG_EDDSA)
		{
			if (crypto_sign_verify_detached(r->sig, (const unsigned char *) r->msg,
											r->msglen, k->edpk) == 0)
				ok++;
			continue;
		}
		if (alg == ALG_ES256)
		{
			if ((slen = ecdsa_der(r->sig, der)) == 0)
				continue;
			s = der;
		}
		if (prepared)
		{
			unsigned char md[EVP_MAX_MD_SIZE];
			unsigned int mdlen;

			if (EVP_Digest(r->msg, r->msglen, md, &mdlen, sha256, NULL) == 1 &&
				EVP_PKEY_verify(k->pctx, s, slen, md, mdlen) == 1)
				ok++;
		}
		else
		{
			EVP_PKEY_CTX *pctx = NULL;

			/*
			 * Reset first: OpenSSL 3.0 re-initialising a used context keeps
			 * its EVP_PKEY_CTX, i.e. the previous record's key.
			 */
			EVP_MD_CTX_reset(ctx);
			if (EVP_DigestVerifyInit(ctx, &pctx, sha256, NULL, k->pkey) == 1 &&
				(alg != ALG_PS256 ||
				 (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) > 0 &&
				  EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, sha256) > 0 &&
				  EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) > 0)) &&
				EVP_DigestVerify(ctx, s, slen, (const unsigned char *) r->msg,
								 r->msglen) == 1)
				ok++;
		}
	}
	return ok;
}

int
main(int argc, char **argv)
{
	int			prepared = 0;
	int			a = 1;
	Alg			alg;
	long		max = -1;
	FILE	   *f;
	Rec		   *recs = NULL;
	long		n = 0;
	long		cap = 0;
	char	   *line;
	EVP_MD_CTX *ctx;
	double		t0;
	double		t;
	long		ok;

	if (argc > 1 && strcmp(argv[1], "-p") == 0)
	{
		prepared = 1;
		a++;
	}
	if (argc - a < 2 || argc - a > 3)
	{
		fprintf(stderr, "usage: verify_baseline [-p] EdDSA|ES256|PS256 FILE [MAX]\n");
		return 2;
	}
	if (strcmp(argv[a], "EdDSA") == 0)
		alg = ALG_EDDSA;
	else if (strcmp(argv[a], "ES256") == 0)
		alg = ALG_ES256;
	else if (strcmp(argv[a], "PS256") == 0)
		alg = ALG_PS256;
	else
	{
		fprintf(stderr, "verify_baseline: unknown alg %s\n", argv[a]);
		return 2;
	}
	if (argc - a == 3 && (max = atol(argv[a + 2])) <= 0)
	{
		fprintf(stderr, "verify_baseline: MAX must be positive\n");
		return 2;
	}
	if (sodium_init() < 0 ||
		(sha256 = EVP_MD_fetch(NULL, "SHA2-256", NULL)) == NULL ||
		(ctx = EVP_MD_CTX_new()) == NULL || (line = malloc(MAXLINE)) == NULL)
	{
		fprintf(stderr, "verify_baseline: library initialisation failed\n");
		return 1;
	}
	f = fopen(argv[a + 1], "r");
	if (f == NULL)
	{
		perror(argv[a + 1]);
		return 1;
	}
	while ((max < 0 || n < max) && fgets(line, MAXLINE, f) != NULL)
	{
		char	   *tab = strchr(line, '\t');
		char	   *dot;
		size_t		hlen;
		unsigned char der[MAXDER];
		long		dlen;
		long		slen;
		Rec		   *r;

		if (tab == NULL || (dot = memrchr(line, '.', (size_t) (tab - line))) == NULL)
		{
			fprintf(stderr, "verify_baseline: line %ld is not \"JWS TAB hex\"\n", n + 1);
			return 1;
		}
		hlen = strcspn(tab + 1, "\r\n");
		if (n == cap)
		{
			cap = cap ? 2 * cap : 65536;
			recs = realloc(recs, (size_t) cap * sizeof(Rec));
			if (recs == NULL)
				return 1;
		}
		r = &recs[n];
		r->msglen = (size_t) (dot - line);
		r->msg = malloc(r->msglen);
		if (r->msg == NULL)
			return 1;
		memcpy(r->msg, line, r->msglen);
		slen = b64url_decode(dot + 1, (size_t) (tab - dot - 1), r->sig, MAXSIG);
		dlen = hex_decode(tab + 1, hlen, der, sizeof(der));
		if (slen <= 0 || dlen <= 0 ||
			(r->key = key_index(alg, prepared, der, (size_t) dlen)) < 0)
		{
			fprintf(stderr, "verify_baseline: line %ld: bad signature or key\n", n + 1);
			return 1;
		}
		r->siglen = (size_t) slen;
		n++;
	}
	fclose(f);
	if (n == 0)
	{
		fprintf(stderr, "verify_baseline: no records in %s\n", argv[a + 1]);
		return 1;
	}
	t0 = now();
	ok = verify_all(alg, prepared, recs, n, ctx);
	t = now() - t0;
	printf("verified=%ld records=%ld seconds=%.3f verifies_per_s=%.0f\n", ok, n, t, n / t);
	ERR_clear_error();
	return ok == n ? 0 : 1;
}
