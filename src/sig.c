/*
 * sig.c
 *		JOSE signature algorithms on OpenSSL EVP keys (see sig.h).
 */
#include "sig.h"

#include <string.h>

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
