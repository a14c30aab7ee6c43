/*
 * fuzz_merkle.c
 *		libFuzzer harness for the RFC 9162 Merkle tree functions
 *		(merkle_hash.h).  Links merkle_hash.c with OpenSSL (-lcrypto).
 *
 * The first input byte chooses the mode (its low bit):
 *	0	arbitrary verification: the rest gives old/new sizes and an index
 *		(8 bytes each, any value, including 2^63 and more), a root, an old
 *		root and a leaf hash (32 bytes each) and up to 80 proof hashes; both
 *		verification functions must return 0 or 1 and never crash or read
 *		beyond the proof;
 *	1	generated trees: the rest is cut into at most 300 leaves (a length
 *		byte, then that many bytes, the last leaf what remains); then
 *		- the running merkle_stack root equals the recursive MTH, for the
 *		  whole tree and for every prefix of up to 64 leaves;
 *		- the inclusion proof of a leaf chosen by the input has at most
 *		  ceil(log2 n) hashes and verifies; with one bit of the leaf hash, of
 *		  a proof hash or of the root flipped it does not;
 *		- the consistency proof from an old size chosen by the input
 *		  (0 <= m <= n) verifies against the roots of both trees; with one
 *		  bit of a proof hash or of either root flipped it does not; an old
 *		  size above the new one never verifies.
 * Any property that fails calls abort().
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/err.h>

#include "merkle_hash.h"

#define FUZZ_MAX_LEAVES		300
#define FUZZ_MAX_PROOF		80

/* stop with a message: a property failed */
static void
fail(const char *what)
{
	fprintf(stderr, "fuzz_merkle: %s\n", what);
	abort();
}

/* a little-endian uint64 from up to 8 bytes of in (missing bytes are 0) */
static uint64_t
take_u64(const uint8_t **in, size_t *len)
{
	uint64_t	v = 0;
	int			i;

	for (i = 0; i < 8 && *len > 0; i++, (*in)++, (*len)--)
		v |= (uint64_t) **in << (8 * i);
	return v;
}

/* n bytes of in into out, zero-filled when the input runs short */
static void
take_bytes(const uint8_t **in, size_t *len, unsigned char *out, size_t n)
{
	size_t		k = *len < n ? *len : n;

	memcpy(out, *in, k);
	memset(out + k, 0, n - k);
	*in += k;
	*len -= k;
}

/* mode 0: arbitrary inputs to both verification functions */
static void
fuzz_verify(const uint8_t *in, size_t len)
{
	unsigned char root[MERKLE_HASH_LEN];
	unsigned char old_root[MERKLE_HASH_LEN];
	unsigned char leaf[MERKLE_HASH_LEN];
	unsigned char *proof;
	uint64_t	old_size = take_u64(&in, &len);
	uint64_t	new_size = take_u64(&in, &len);
	uint64_t	index = take_u64(&in, &len);
	size_t		count;
	int			rc;

	take_bytes(&in, &len, root, MERKLE_HASH_LEN);
	take_bytes(&in, &len, old_root, MERKLE_HASH_LEN);
	take_bytes(&in, &len, leaf, MERKLE_HASH_LEN);
	/* the proof: exactly as many hashes as the input holds (ASan sees
	 * any read past it) */
	count = len / MERKLE_HASH_LEN;
	if (count > FUZZ_MAX_PROOF)
		count = FUZZ_MAX_PROOF;
	proof = malloc(count * MERKLE_HASH_LEN + 1);
	if (proof == NULL)
		return;
	memcpy(proof, in, count * MERKLE_HASH_LEN);

	rc = merkle_verify_inclusion(leaf, index, new_size, proof, count, root);
	if (rc != 0 && rc != 1)
		fail("merkle_verify_inclusion returned neither 0 nor 1");
	if (rc == 1 && (index >= new_size || count > MERKLE_PROOF_MAX))
		fail("an inclusion proof with index >= size verified");
	rc = merkle_verify_consistency(old_size, new_size, old_root, root,
								   proof, count);
	if (rc != 0 && rc != 1)
		fail("merkle_verify_consistency returned neither 0 nor 1");
	if (rc == 1 && old_size > new_size)
		fail("a consistency proof with old size > new size verified");
	free(proof);
	if (ERR_peek_error() != 0)
		fail("OpenSSL error queue not empty");
}

/* a copy of h with bit k (mod 256) flipped */
static void
flipped(const unsigned char *h, unsigned k, unsigned char *out)
{
	memcpy(out, h, MERKLE_HASH_LEN);
	out[(k / 8) % MERKLE_HASH_LEN] ^= (unsigned char) (1u << (k % 8));
}

/* mode 1: trees from the input, proofs that must verify or fail */
static void
fuzz_trees(const uint8_t *in, size_t len)
{
	static unsigned char lh[FUZZ_MAX_LEAVES * MERKLE_HASH_LEN];
	unsigned char proof[MERKLE_PROOF_MAX * MERKLE_HASH_LEN];
	unsigned char bad[MERKLE_PROOF_MAX * MERKLE_HASH_LEN];
	unsigned char root[MERKLE_HASH_LEN];
	unsigned char r2[MERKLE_HASH_LEN];
	unsigned char old_root[MERKLE_HASH_LEN];
	unsigned char x[MERKLE_HASH_LEN];
	merkle_stack s;
	uint64_t	n = 0;
	uint64_t	m;
	uint64_t	old_size;
	unsigned	k;
	unsigned	height;
	int			count;
	int			j;

	if (len < 4)
		return;
	/* parameters first: leaf index, old size, a bit to flip */
	m = in[0] | (uint64_t) in[1] << 8;
	old_size = in[2];
	k = in[3];
	in += 4;
	len -= 4;

	merkle_stack_init(&s);
	while (n < FUZZ_MAX_LEAVES)
	{
		size_t		l;

		if (len == 0)
			break;
		l = in[0];
		in++;
		len--;
		if (l > len)
			l = len;
		if (!merkle_leaf_hash(in, l, lh + n * MERKLE_HASH_LEN))
			fail("merkle_leaf_hash failed");
		in += l;
		len -= l;
		if (!merkle_stack_push(&s, lh + n * MERKLE_HASH_LEN))
			fail("merkle_stack_push failed");
		n++;
		/* the running root of every prefix (up to 64 leaves) is its MTH */
		if (n > 64)
			continue;
		if (!merkle_stack_root(&s, r2) || !merkle_tree_root(lh, n, root))
			fail("root computation failed");
		if (memcmp(r2, root, MERKLE_HASH_LEN) != 0)
			fail("running root differs from the recursive MTH");
	}
	if (n == 0)
		return;
	if (!merkle_stack_root(&s, r2) || !merkle_tree_root(lh, n, root))
		fail("root computation failed");
	if (memcmp(r2, root, MERKLE_HASH_LEN) != 0)
		fail("running root differs from the recursive MTH");

	/* inclusion */
	m %= n;
	for (height = 0; (UINT64_C(1) << height) < n; height++)
		;
	count = merkle_inclusion_proof(lh, n, m, proof);
	if (count < 0 || (unsigned) count > height)
		fail("inclusion proof failed or is too long");
	if (merkle_inclusion_proof(lh, n, n, proof) != MERKLE_ERR_RANGE)
		fail("inclusion proof for index n not refused");
	count = merkle_inclusion_proof(lh, n, m, proof);
	if (merkle_verify_inclusion(lh + m * MERKLE_HASH_LEN, m, n, proof,
								(size_t) count, root) != 1)
		fail("a generated inclusion proof does not verify");
	flipped(lh + m * MERKLE_HASH_LEN, k, x);
	if (merkle_verify_inclusion(x, m, n, proof, (size_t) count, root) != 0)
		fail("an inclusion proof verifies with a flipped leaf hash");
	flipped(root, k, x);
	if (merkle_verify_inclusion(lh + m * MERKLE_HASH_LEN, m, n, proof,
								(size_t) count, x) != 0)
		fail("an inclusion proof verifies with a flipped root");
	for (j = 0; j < count; j++)
	{
		memcpy(bad, proof, (size_t) count * MERKLE_HASH_LEN);
		flipped(proof + j * MERKLE_HASH_LEN, k + j, bad + j * MERKLE_HASH_LEN);
		if (merkle_verify_inclusion(lh + m * MERKLE_HASH_LEN, m, n, bad,
									(size_t) count, root) != 0)
			fail("an inclusion proof verifies with a flipped proof hash");
	}

	/* consistency */
	old_size %= n + 1;
	if (!merkle_tree_root(lh, old_size, old_root))
		fail("merkle_tree_root failed");
	count = merkle_consistency_proof(lh, n, old_size, proof);
	if (count < 0 || count > MERKLE_PROOF_MAX ||
		(count == 0) != (old_size == 0 || old_size == n))
		fail("consistency proof failed, or is empty when it should not be");
	if (merkle_verify_consistency(old_size, n, old_root, root, proof,
								  (size_t) count) != 1)
		fail("a generated consistency proof does not verify");
	if (old_size < n &&
		merkle_verify_consistency(n, old_size, root, old_root, proof,
								  (size_t) count) != 0)
		fail("a consistency proof verifies backwards");
	flipped(old_root, k, x);
	if (merkle_verify_consistency(old_size, n, x, root, proof,
								  (size_t) count) != 0)
		fail("a consistency proof verifies with a flipped old root");
	flipped(root, k, x);
	if (old_size > 0 &&
		merkle_verify_consistency(old_size, n, old_root, x, proof,
								  (size_t) count) != 0)
		fail("a consistency proof verifies with a flipped new root");
	for (j = 0; j < count; j++)
	{
		memcpy(bad, proof, (size_t) count * MERKLE_HASH_LEN);
		flipped(proof + j * MERKLE_HASH_LEN, k + j, bad + j * MERKLE_HASH_LEN);
		if (merkle_verify_consistency(old_size, n, old_root, root, bad,
									  (size_t) count) != 0)
			fail("a consistency proof verifies with a flipped proof hash");
	}
	if (merkle_consistency_proof(lh, n, n + 1, proof) != MERKLE_ERR_RANGE)
		fail("consistency proof for old size n + 1 not refused");
	if (ERR_peek_error() != 0)
		fail("OpenSSL error queue not empty");
}

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	if (data[0] & 1)
		fuzz_trees(data + 1, size - 1);
	else
		fuzz_verify(data + 1, size - 1);
	return 0;
}
