/*
 * trust_gen.c
 *		Generator of registered signers and their signed records for
 *		test/bench/trust.sh (the trust store benchmark).
 *
 *		trust_gen ROWS MIXED_ROWS SIGNERS SIGNERS_FILE GROUPED_FILE MIXED_FILE
 *
 * Makes SIGNERS fresh Ed25519 key pairs (libsodium) and writes, in COPY
 * text format:
 *	SIGNERS_FILE	"kid TAB \\x<DER SubjectPublicKeyInfo>" per signer; the
 *					key column loads as bytea and casts to pubkey
 *	GROUPED_FILE	"kid TAB compact-JWS", ROWS lines grouped by signer:
 *					record i is signed by signer i * SIGNERS / ROWS
 *	MIXED_FILE		the same, MIXED_ROWS lines (0: none, the file is not
 *					written) cycling through the signers: record i is
 *					signed by signer i % SIGNERS
 * The kids are "bench-signer-<n>"; every record has the protected header
 * {"alg":"EdDSA","kid":...} and a payload that carries an iat (so the
 * registry path judges it completely).  Every record is distinct and
 * verifies.  Exit status 0 on success.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#define MAXSIGNERS	100000
#define MAXREC		1024

typedef struct
{
	unsigned char sk[crypto_sign_SECRETKEYBYTES];
	char		derhex[2 * 44 + 1];
} Signer;

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
		unsigned long v = ((unsigned long) in[i] << 16) |
			((unsigned long) in[i + 1] << 8) | in[i + 2];

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

/* Make signer s: a fresh Ed25519 key pair and the hex of its SPKI DER */
static void
make_signer(Signer *s)
{
	static const unsigned char prefix[12] = {
		0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00
	};
	unsigned char pk[crypto_sign_PUBLICKEYBYTES];
	unsigned char der[sizeof(prefix) + sizeof(pk)];
	size_t		i;

	crypto_sign_keypair(pk, s->sk);
	memcpy(der, prefix, sizeof(prefix));
	memcpy(der + sizeof(prefix), pk, sizeof(pk));
	for (i = 0; i < sizeof(der); i++)
		sprintf(s->derhex + 2 * i, "%02x", der[i]);
}

/*
 * Write rows records to path: grouped by signer (grouped) or cycling
 * through them; serials start at first.  Returns 0 on success.
 */
static int
write_records(const char *path, const Signer *signers, long nsigners,
			  long rows, int grouped, long first)
{
	FILE	   *f;
	long		i;

	f = fopen(path, "w");
	if (f == NULL)
	{
		perror(path);
		return 1;
	}
	for (i = 0; i < rows; i++)
	{
		long		k = grouped ? (long) ((double) i * nsigners / rows) : i % nsigners;
		char		hdr[128];
		char		pay[256];
		char		rec[MAXREC];
		unsigned char sig[crypto_sign_BYTES];
		unsigned long long slen;
		size_t		o;

		snprintf(hdr, sizeof(hdr), "{\"alg\":\"EdDSA\",\"kid\":\"bench-signer-%ld\"}", k);
		snprintf(pay, sizeof(pay),
				 "{\"gtin\":\"09506000134352\",\"serial\":\"T%09ld\",\"site\":\"KZ-0042\",\"iat\":%ld}",
				 first + i, 1764230000L + first + i);
		o = b64url((const unsigned char *) hdr, strlen(hdr), rec);
		rec[o++] = '.';
		o += b64url((const unsigned char *) pay, strlen(pay), rec + o);
		crypto_sign_detached(sig, &slen, (const unsigned char *) rec, o,
							 signers[k].sk);
		rec[o++] = '.';
		b64url(sig, (size_t) slen, rec + o);
		fprintf(f, "bench-signer-%ld\t%s\n", k, rec);
	}
	return fclose(f) != 0;
}

int
main(int argc, char **argv)
{
	Signer	   *signers;
	long		rows;
	long		mixed;
	long		nsigners;
	long		i;
	FILE	   *f;

	if (argc != 7)
	{
		fprintf(stderr, "usage: trust_gen ROWS MIXED_ROWS SIGNERS SIGNERS_FILE GROUPED_FILE MIXED_FILE\n");
		return 2;
	}
	rows = atol(argv[1]);
	mixed = atol(argv[2]);
	nsigners = atol(argv[3]);
	if (rows <= 0 || mixed < 0 || nsigners <= 0 || nsigners > MAXSIGNERS)
	{
		fprintf(stderr, "trust_gen: bad arguments\n");
		return 2;
	}
	if (sodium_init() < 0)
	{
		fprintf(stderr, "trust_gen: sodium_init failed\n");
		return 1;
	}
	signers = calloc((size_t) nsigners, sizeof(Signer));
	if (signers == NULL)
		return 1;
	for (i = 0; i < nsigners; i++)
		make_signer(&signers[i]);

	f = fopen(argv[4], "w");
	if (f == NULL)
	{
		perror(argv[4]);
		return 1;
	}
	for (i = 0; i < nsigners; i++)
		fprintf(f, "bench-signer-%ld\t\\\\x%s\n", i, signers[i].derhex);
	if (fclose(f) != 0)
		return 1;
	if (write_records(argv[5], signers, nsigners, rows, 1, 0) != 0)
		return 1;
	if (mixed > 0 &&
		write_records(argv[6], signers, nsigners, mixed, 0, rows) != 0)
		return 1;
	free(signers);
	return 0;
}
