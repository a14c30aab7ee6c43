/*
 * sodium_verify.c
 *		Baseline for test/bench/verify.sh: libsodium's single-core Ed25519
 *		verification rate.
 *
 *		sodium_verify MSGLEN SECONDS
 *
 * Signs a MSGLEN-byte message with a fresh key and calls
 * crypto_sign_verify_detached on it in a loop for about SECONDS seconds,
 * then prints "verifies_per_s=N".  Exit status 1 if a verification fails.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sodium.h>

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
	unsigned char pk[crypto_sign_PUBLICKEYBYTES];
	unsigned char sk[crypto_sign_SECRETKEYBYTES];
	unsigned char sig[crypto_sign_BYTES];
	unsigned char *msg;
	size_t		n;
	double		secs;
	double		t0;
	double		t;
	long		count = 0;

	if (argc != 3 || (n = (size_t) atol(argv[1])) == 0 || (secs = atof(argv[2])) <= 0)
	{
		fprintf(stderr, "usage: sodium_verify MSGLEN SECONDS\n");
		return 2;
	}
	if (sodium_init() < 0 || (msg = malloc(n)) == NULL)
		return 1;
	randombytes_buf(msg, n);
	crypto_sign_keypair(pk, sk);
	crypto_sign_detached(sig, NULL, msg, n, sk);
	t0 = now();
	do
	{
		int			i;

		for (i = 0; i < 256; i++)
			if (crypto_sign_verify_detached(sig, msg, n, pk) != 0)
				return 1;
		count += 256;
		t = now() - t0;
	} while (t < secs);
	printf("verifies_per_s=%.0f\n", count / t);
	return 0;
}
