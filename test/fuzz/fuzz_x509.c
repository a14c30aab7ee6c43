/*
 * fuzz_x509.c
 *		libFuzzer harness for the certificate parser and x5c chain
 *		verification (x509.h).  Links x509.c, pubkey_parse.c, sig.c and
 *		b64url.c with OpenSSL (-lcrypto).
 *
 * The first input byte chooses the entry point (mod 3): PEM text, DER, an
 * x5c chain (the rest split at newlines into at most 12 entries) verified
 * against a store holding one fixed anchor, the root CA of a PKI made once
 * by test/pki/make_pki.sh (seed corpus: corpus/x509/, from the same PKI).
 * Beyond "no crash, no leak, no sanitizer report", these properties must
 * hold, or the harness calls abort():
 *	- an accepted certificate's DER is accepted by x5_parse_der and loads;
 *	  its PEM output parses back to the same DER; every accessor succeeds;
 *	  its x5c entry verifies as a one-entry chain without crashing;
 *	- a refusal carries one complete sentence and a status other than OK;
 *	  a private key refused as such is never echoed (no run of 16 base64
 *	  characters of the input in the detail or hint);
 *	- a chain result is one of the x5_status values with a complete
 *	  sentence unless X5_OK; X5_OK comes with a leaf key, the anchor's id
 *	  and a path of 2 to 11 certificates; the OpenSSL error queue is empty
 *	  after every call.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/err.h>

#include "x509.h"

#define FUZZ_MAX_LEN	16384
#define FUZZ_ANCHOR_ID	41

/* DER of the anchor: "CN=Provenance Test Root CA,O=Provenance Test,C=NL" */
static const unsigned char anchor_der[] = {
	0x30, 0x82, 0x01, 0xc4, 0x30, 0x82, 0x01, 0x6a, 0xa0, 0x03, 0x02, 0x01,
	0x02, 0x02, 0x02, 0x10, 0x00, 0x30, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48,
	0xce, 0x3d, 0x04, 0x03, 0x02, 0x30, 0x49, 0x31, 0x0b, 0x30, 0x09, 0x06,
	0x03, 0x55, 0x04, 0x06, 0x13, 0x02, 0x4e, 0x4c, 0x31, 0x18, 0x30, 0x16,
	0x06, 0x03, 0x55, 0x04, 0x0a, 0x0c, 0x0f, 0x50, 0x72, 0x6f, 0x76, 0x65,
	0x6e, 0x61, 0x6e, 0x63, 0x65, 0x20, 0x54, 0x65, 0x73, 0x74, 0x31, 0x20,
	0x30, 0x1e, 0x06, 0x03, 0x55, 0x04, 0x03, 0x0c, 0x17, 0x50, 0x72, 0x6f,
	0x76, 0x65, 0x6e, 0x61, 0x6e, 0x63, 0x65, 0x20, 0x54, 0x65, 0x73, 0x74,
	0x20, 0x52, 0x6f, 0x6f, 0x74, 0x20, 0x43, 0x41, 0x30, 0x1e, 0x17, 0x0d,
	0x31, 0x39, 0x30, 0x31, 0x30, 0x31, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30,
	0x5a, 0x17, 0x0d, 0x34, 0x39, 0x31, 0x32, 0x33, 0x31, 0x32, 0x33, 0x35,
	0x39, 0x35, 0x39, 0x5a, 0x30, 0x49, 0x31, 0x0b, 0x30, 0x09, 0x06, 0x03,
	0x55, 0x04, 0x06, 0x13, 0x02, 0x4e, 0x4c, 0x31, 0x18, 0x30, 0x16, 0x06,
	0x03, 0x55, 0x04, 0x0a, 0x0c, 0x0f, 0x50, 0x72, 0x6f, 0x76, 0x65, 0x6e,
	0x61, 0x6e, 0x63, 0x65, 0x20, 0x54, 0x65, 0x73, 0x74, 0x31, 0x20, 0x30,
	0x1e, 0x06, 0x03, 0x55, 0x04, 0x03, 0x0c, 0x17, 0x50, 0x72, 0x6f, 0x76,
	0x65, 0x6e, 0x61, 0x6e, 0x63, 0x65, 0x20, 0x54, 0x65, 0x73, 0x74, 0x20,
	0x52, 0x6f, 0x6f, 0x74, 0x20, 0x43, 0x41, 0x30, 0x59, 0x30, 0x13, 0x06,
	0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01, 0x06, 0x08, 0x2a, 0x86,
	0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0x03, 0x42, 0x00, 0x04, 0xef, 0xfc,
	0x9d, 0x0f, 0xab, 0x31, 0xf6, 0xbd, 0xc1, 0xea, 0x87, 0x59, 0x37, 0xd1,
	0xec, 0x0b, 0xdf, 0x54, 0xe7, 0xef, 0x2f, 0x6b, 0xcb, 0xe3, 0x0e, 0x0d,
	0x90, 0x1c, 0x45, 0x16, 0x40, 0x00, 0x2d, 0x03, 0x67, 0x1c, 0xbe, 0x21,
	0x78, 0x67, 0xb7, 0xf2, 0x9a, 0xb8, 0x08, 0x0e, 0xb7, 0xa9, 0x91, 0xdc,
	0x06, 0xb8, 0x8a, 0x5d, 0x0e, 0x4d, 0xa6, 0x19, 0xc4, 0x59, 0x9a, 0x8b,
	0x32, 0xf3, 0xa3, 0x42, 0x30, 0x40, 0x30, 0x0f, 0x06, 0x03, 0x55, 0x1d,
	0x13, 0x01, 0x01, 0xff, 0x04, 0x05, 0x30, 0x03, 0x01, 0x01, 0xff, 0x30,
	0x0e, 0x06, 0x03, 0x55, 0x1d, 0x0f, 0x01, 0x01, 0xff, 0x04, 0x04, 0x03,
	0x02, 0x01, 0x06, 0x30, 0x1d, 0x06, 0x03, 0x55, 0x1d, 0x0e, 0x04, 0x16,
	0x04, 0x14, 0x7e, 0x7f, 0xb5, 0xdf, 0x7a, 0x03, 0xfe, 0x1b, 0x47, 0xaf,
	0xab, 0x30, 0xcf, 0xa1, 0x91, 0x6d, 0x34, 0x8c, 0x20, 0xfa, 0x30, 0x0a,
	0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x02, 0x03, 0x48,
	0x00, 0x30, 0x45, 0x02, 0x20, 0x51, 0x44, 0x7a, 0xb9, 0x26, 0xa2, 0xab,
	0xbc, 0x92, 0x8a, 0xd8, 0xc4, 0xee, 0x62, 0x71, 0x71, 0x38, 0x94, 0x69,
	0x13, 0x36, 0xf7, 0x7a, 0x60, 0x27, 0xeb, 0x18, 0xf9, 0x8e, 0xf5, 0xfe,
	0x5c, 0x02, 0x21, 0x00, 0xc0, 0x56, 0x08, 0x14, 0x2c, 0x44, 0xcd, 0xf0,
	0xe8, 0xa9, 0x66, 0x09, 0xa7, 0xf2, 0xa2, 0x63, 0x0a, 0x85, 0xee, 0x0c,
	0x6e, 0x85, 0xb8, 0xb5, 0xdb, 0xe3, 0x88, 0xf5, 0x7f, 0xc3, 0xe8, 0xef,
};

static x5_store *store;

static void
fail(const char *what)
{
	fprintf(stderr, "fuzz_x509: property violated: %s\n", what);
	abort();
}

/* Is c a character of base64 (what key material is made of)? */
static int
is_b64(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
		(c >= '0' && c <= '9') || c == '+' || c == '/';
}

/* Does text contain a run of n base64 characters taken from in[0..len)? */
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

/* A detail must be one complete, untruncated sentence */
static void
check_sentence(const char *s)
{
	size_t		n = strlen(s);

	if (n == 0 || n >= X5_DETAIL_MAX - 1 || s[n - 1] != '.')
		fail("an error detail is not one complete sentence");
}

static void
check_queue(void)
{
	if (ERR_peek_error() != 0)
		fail("the OpenSSL error queue is not empty");
}

/* A refusal of a parse */
static void
check_error(x5_parse_status st, const x5_error *err, const unsigned char *in,
			size_t len)
{
	if (st == X5P_OK || err->status != st)
		fail("a failure status disagrees with err->status");
	check_sentence(err->detail);
	if (strlen(err->hint) >= X5_DETAIL_MAX - 1)
		fail("an error hint is truncated");
	if (st == X5P_PRIVATE &&
		(echoes(err->detail, in, len, 16) || echoes(err->hint, in, len, 16)))
		fail("a private key was echoed in the error");
}

/* A chain result */
static void
check_chain(x5_status st, x5_result *res)
{
	if (st != res->status || (int) st < X5_OK || st > X5_UNSUPPORTED_KEY)
		fail("a chain status is out of range");
	if (st == X5_OK)
	{
		if (res->leaf_key == NULL || res->anchor_id != FUZZ_ANCHOR_ID ||
			res->chain_len < 2 || res->chain_len > X5_MAX_CHAIN + 1 ||
			res->detail[0] != '\0')
			fail("an X5_OK result is incomplete");
		if (strlen(res->subject) >= X5_NAME_MAX)
			fail("the subject is not terminated");
	}
	else
	{
		if (res->leaf_key != NULL)
			fail("a failed chain returned a key");
		check_sentence(res->detail);
	}
	EVP_PKEY_free(res->leaf_key);
	res->leaf_key = NULL;
	check_queue();
}

/* The properties of an accepted certificate with DER der[0..len) */
static void
check_certificate(const unsigned char *der, size_t len)
{
	static unsigned char again[X5_DER_MAX];
	static char pem[X5_DER_MAX * 2];
	static char b64[X5_DER_MAX * 2];
	unsigned char spki[X5_DER_MAX];
	char		name[X5_NAME_MAX];
	char		serial[X5_SERIAL_MAX];
	unsigned char md[32];
	const char *ku[X5_KU_MAX];
	int64_t		nb;
	int64_t		na;
	size_t		againlen;
	size_t		n;
	int			kun;
	x5_error	err;
	x5_result	res;
	X509	   *cert;
	const char *entry;

	if (len == 0 || len > X5_DER_MAX)
		fail("accepted DER length out of range");
	if (x5_parse_der(der, len, &err) != X5P_OK)
		fail("accepted DER is refused by x5_parse_der");
	cert = x5_load(der, len);
	if (cert == NULL)
		fail("accepted DER does not load");
	if (!x5_subject(cert, name, sizeof(name)) || strlen(name) >= sizeof(name) ||
		!x5_issuer(cert, name, 17) || strlen(name) >= 17)
		fail("a name accessor failed");
	if (!x5_serial_hex(cert, serial) || serial[0] == '\0')
		fail("no serial number");
	if (!x5_validity(cert, &nb, &na))
		fail("no validity");
	if (x5_spki_der(cert, spki, sizeof(spki)) == 0)
		fail("no SubjectPublicKeyInfo");
	if (!x5_fingerprint(der, len, md))
		fail("no fingerprint");
	(void) x5_is_ca(cert);
	kun = x5_key_usage(cert, ku);
	if (kun < -1 || kun > X5_KU_MAX)
		fail("keyUsage count out of range");
	X509_free(cert);
	check_queue();

	n = x5_der_to_pem(der, len, pem, sizeof(pem));
	if (n == 0 || strlen(pem) != n ||
		x5_parse_pem(pem, n, again, sizeof(again), &againlen, &err) != X5P_OK ||
		againlen != len || memcmp(again, der, len) != 0)
		fail("the PEM output does not parse back to the same DER");
	n = x5_der_to_b64(der, len, b64, sizeof(b64));
	if (n == 0 || strlen(b64) != n)
		fail("no x5c entry");
	entry = b64;
	check_chain(x5_chain_verify(store, &entry, &n, 1, &res), &res);
	check_queue();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static unsigned char der[X5_DER_MAX];
	size_t		derlen = 0;
	x5_error	err;
	x5_parse_status st;
	x5_result	res;
	const unsigned char *in;
	size_t		len;
	char	   *text;

	if (store == NULL)
	{
		store = x5_store_new();
		if (store == NULL ||
			!x5_store_add(store, anchor_der, sizeof(anchor_der), FUZZ_ANCHOR_ID) ||
			!x5_store_add(store, anchor_der, sizeof(anchor_der), 99) ||
			x5_store_count(store) != 1)
			fail("the anchor store could not be set up");
	}
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
			st = x5_parse_pem(text, len, der, sizeof(der), &derlen, &err);
			if (st == X5P_OK)
				check_certificate(der, derlen);
			else
				check_error(st, &err, in, len);
			break;
		case 1:
			st = x5_parse_der(in, len, &err);
			if (st == X5P_OK)
				check_certificate(in, len);
			else
				check_error(st, &err, in, len);
			break;
		default:
			{
				const char *entries[12];
				size_t		lens[12];
				int			n = 0;
				size_t		start = 0;
				size_t		i;

				for (i = 0; i <= len && n < 12; i++)
					if (i == len || text[i] == '\n')
					{
						entries[n] = text + start;
						lens[n] = i - start;
						n++;
						start = i + 1;
					}
				check_chain(x5_chain_verify(store, entries, lens, n, &res), &res);
			}
			break;
	}
	check_queue();
	free(text);
	return 0;
}
