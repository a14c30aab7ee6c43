/*
 * sodium_verify.c
 *		Baseline for test/bench/verify.sh: libsodium's single-core Ed25519
 *		verification rate.
 *
 *		sodium_verify MSGLEN SECONDS [DISTINCT]
 *
 * Makes DISTINCT (default 4096) different MSGLEN-byte messages signed by 10
 * keys, as the benchmark's table holds, and calls
 * crypto_sign_verify_detached over them in turn for about SECONDS seconds,
 * then prints "verifies_per_s=N".  DISTINCT = 1 verifies one signature over
 * and over (the old baseline); distinct signatures are what the benchmark's
 * table holds.  On the shared 2-vCPU VM the two gave the same rate within
 * its noise (9,300 to 15,800/s in ten 2-second runs).  Exit status 1 if a
 * verification fails.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sodium.h>

#define NKEYS	10

/* seconds on the monotonic clock */
static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

int
main(int argc, char **argv)
{
	unsigned char pk[NKEYS][crypto_sign_PUBLICKEYBYTES];
	unsigned char sk[NKEYS][crypto_sign_SECRETKEYBYTES];
	unsigned char *sig;
	unsigned char *msg;
	size_t		n;
	size_t		distinct = 4096;
	size_t		i;
	double		secs;
	double		t0;
	double		t;
	long		count = 0;

	if ((argc != 3 && argc != 4) || (n = (size_t) atol(argv[1])) == 0 ||
		(secs = atof(argv[2])) <= 0 ||
		(argc == 4 && (distinct = (size_t) atol(argv[3])) == 0))
	{
		fprintf(stderr, "usage: sodium_verify MSGLEN SECONDS [DISTINCT]\n");
		return 2;
	}
	if (sodium_init() < 0 || (msg = malloc(n * distinct)) == NULL ||
		(sig = malloc(crypto_sign_BYTES * distinct)) == NULL)
		return 1;
	for (i = 0; i < NKEYS; i++)
		crypto_sign_keypair(pk[i], sk[i]);
	randombytes_buf(msg, n * distinct);
	for (i = 0; i < distinct; i++)
		crypto_sign_detached(sig + i * crypto_sign_BYTES, NULL, msg + i * n, n,
							 sk[i % NKEYS]);
	t0 = now();
	i = 0;
	do
	{
		int			k;

		for (k = 0; k < 256; k++)
		{
			if (crypto_sign_verify_detached(sig + i * crypto_sign_BYTES,
											msg + i * n, n, pk[i % NKEYS]) != 0)
				return 1;
			if (++i == distinct)
				i = 0;
		}
		count += 256;
		t = now() - t0;
	} while (t < secs);
	printf("verifies_per_s=%.0f\n", count / t);
	return 0;
}
