/*
 * fuzz_pubkey.c
 *		libFuzzer harness for the key parser (pubkey_parse.h): PEM and JWK
 *		text, DER SubjectPublicKeyInfo, and private keys for signing.  Links
 *		pubkey_parse.c, sig.c and b64url.c with OpenSSL (-lcrypto).
 *
 * The first input byte chooses the entry point (mod 3): public text, public
 * DER, private text; the rest is the input.  Beyond "no crash, no sanitizer
 * report", these properties must hold, or the harness calls abort():
 *	- an accepted public key has canonical DER: re-parsing that DER gives
 *	  the same bytes, and so do its JWK text output and its PEM output
 *	  parsed as text; it loads with pk_load_der, its type is known and its
 *	  thumbprint is computed;
 *	- an accepted private key has a public part, and a signature made with
 *	  it under the default algorithm verifies with that public part;
 *	- a rejection carries one complete sentence (not truncated, ending with
 *	  a period) and a status other than PK_OK;
 *	- a private key refused as such is never echoed: neither the detail nor
 *	  the hint contains any run of 16 base64 characters of the input.
 *
 * Build and run with test/fuzz/run.sh (seed corpus: corpus/pubkey/).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pubkey_parse.h"
#include "sig.h"

#define FUZZ_MAX_LEN	16384

static void
fail(const char *what)
{
	fprintf(stderr, "fuzz_pubkey: property violated: %s\n", what);
	abort();
}

/* Is c a character of base64 or base64url (what key material is made of)? */
static int
is_b64(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
		(c >= '0' && c <= '9') || c == '+' || c == '/' || c == '-' || c == '_';
}

/*
 * Does text contain a run of n base64 characters taken from in[0..len)?
 * (Runs of other characters are not key material; libFuzzer's comparison
 * dictionary also feeds the messages' own words into the input.)
 */
static int
echoes(const char *text, const unsigned char *in, size_t len, size_t n)
{
	size_t		tlen = strlen(text);
	size_t		i;
	size_t		j;
	size_t		k;

	if (len < n || tlen < n)
		return 0;
	for (i = 0; i + n <= len; i++)
	{
		for (k = 0; k < n && is_b64(in[i + k]); k++)
			;
		if (k < n)
			continue;
		for (j = 0; j + n <= tlen; j++)
			if (memcmp(text + j, in + i, n) == 0)
				return 1;
	}
	return 0;
}

/* A refusal: a full sentence, and no echo of a private key */
static void
check_error(pk_status st, const pk_error *err, const unsigned char *in,
			size_t len)
{
	size_t		dlen = strlen(err->detail);

	if (st == PK_OK || err->status != st)
		fail("a failure status disagrees with err->status");
	if (dlen == 0 || dlen >= PK_DETAIL_MAX - 1 || err->detail[dlen - 1] != '.')
		fail("an error detail is not one complete sentence");
	if (strlen(err->hint) >= PK_DETAIL_MAX - 1)
		fail("an error hint is truncated");
	if (st == PK_ERR_PRIVATE &&
		(echoes(err->detail, in, len, 16) || echoes(err->hint, in, len, 16)))
		fail("a private key was echoed in the error");
}

/* The properties of an accepted public key with canonical DER der */
static void
check_public(const unsigned char *der, size_t derlen)
{
	unsigned char again[PK_DER_MAX];
	size_t		againlen;
	char		jwk[PK_JWK_MAX];
	char		pem[PK_PEM_MAX];
	char		tp[PK_THUMBPRINT_LEN + 1];
	size_t		n;
	pk_error	err;
	pk_type		type;
	int			bits;
	EVP_PKEY   *key;

	if (derlen == 0 || derlen > PK_DER_MAX)
		fail("canonical DER length out of range");
	if (pk_parse_public_der(der, derlen, again, &againlen, &err) != PK_OK ||
		againlen != derlen || memcmp(again, der, derlen) != 0)
		fail("canonical DER is not a fixed point");
	key = pk_load_der(der, derlen, &type, &bits);
	if (key == NULL || type == PK_TYPE_NONE)
		fail("canonical DER does not load");
	n = pk_to_jwk(key, jwk, sizeof(jwk));
	if (n == 0 || strlen(jwk) != n)
		fail("no JWK output");
	if (!pk_thumbprint(key, tp) || strlen(tp) != PK_THUMBPRINT_LEN)
		fail("no thumbprint");
	EVP_PKEY_free(key);
	if (pk_parse_public_text(jwk, n, again, &againlen, &err) != PK_OK ||
		againlen != derlen || memcmp(again, der, derlen) != 0)
		fail("the JWK output does not parse back to the same key");
	n = pk_der_to_pem(der, derlen, pem, sizeof(pem));
	if (n == 0 ||
		pk_parse_public_text(pem, n, again, &againlen, &err) != PK_OK ||
		againlen != derlen || memcmp(again, der, derlen) != 0)
		fail("the PEM output does not parse back to the same key");
}

/* The properties of an accepted private key */
static void
check_private(EVP_PKEY *priv)
{
	static const unsigned char msg[] = "fuzz";
	unsigned char der[PK_DER_MAX];
	size_t		derlen;
	unsigned char sig[SIG_MAX_LEN];
	size_t		siglen;
	pk_type		type;
	int			bits;
	EVP_PKEY   *pub;
	sig_alg		alg;

	if (!pk_public_der(priv, der, &derlen))
		fail("an accepted private key has no public DER");
	check_public(der, derlen);
	pub = pk_load_der(der, derlen, &type, &bits);
	alg = pk_default_alg(type);
	if (!sig_sign(alg, priv, msg, sizeof(msg) - 1, sig, sizeof(sig), &siglen) ||
		!sig_verify(alg, pub, msg, sizeof(msg) - 1, sig, siglen))
		fail("an accepted private key does not sign verifiably");
	EVP_PKEY_free(pub);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned char der[PK_DER_MAX];
	size_t		derlen = 0;
	pk_error	err;
	pk_status	st;
	const unsigned char *in;
	size_t		len;
	char	   *text;
	EVP_PKEY   *priv = NULL;

	if (size < 1 || size > FUZZ_MAX_LEN)
		return 0;
	in = data + 1;
	len = size - 1;
	/* the text entry points see a NUL-terminated copy, as PostgreSQL gives */
	text = malloc(len + 1);
	if (text == NULL)
		return 0;
	memcpy(text, in, len);
	text[len] = '\0';

	switch (data[0] % 3)
	{
		case 0:
			st = pk_parse_public_text(text, len, der, &derlen, &err);
			if (st == PK_OK)
				check_public(der, derlen);
			else
				check_error(st, &err, in, len);
			break;
		case 1:
			st = pk_parse_public_der(in, len, der, &derlen, &err);
			if (st == PK_OK)
				check_public(der, derlen);
			else
				check_error(st, &err, in, len);
			break;
		default:
			st = pk_parse_private_text(text, len, &priv, &err);
			if (st == PK_OK)
			{
				if (priv == NULL)
					fail("accepted private key is NULL");
				check_private(priv);
				EVP_PKEY_free(priv);
			}
			else
			{
				if (priv != NULL)
					fail("a refused private key was returned");
				check_error(st, &err, in, len);
			}
			break;
	}
	free(text);
	return 0;
}
