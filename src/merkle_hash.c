/*
 * merkle_hash.c
 *		RFC 9162 Merkle trees with SHA-256 (see merkle_hash.h): hashes, the
 *		Merkle Tree Hash, inclusion and consistency proofs, and their
 *		verification, written from the text of RFC 9162 sections 2.1.1 to
 *		2.1.4.
 *
 * Every EVP object is freed before returning and the OpenSSL error queue is
 * left empty.  Recursion (MTH, PATH, SUBPROOF) is at most 63 levels deep,
 * one level per halving of the tree size.
 *
 * Why merkle_stack gives MTH.  Write the number of leaves appended so far
 * as n = 2^e1 + 2^e2 + ... + 2^ej with e1 > e2 > ... > ej.  The stack
 * holds hash[i] = MTH of the 2^ei leaves that follow the first
 * 2^e1 + ... + 2^e(i-1) leaves: the perfect subtrees of the binary digits
 * of n, left to right.
 *	- Appending leaf d[n] pushes its leaf hash, MTH({d[n]}), a subtree of
 *	  2^0 leaves.  While the two top entries cover the same number 2^e of
 *	  leaves, they are adjacent ranges D[s:s+2^e] and D[s+2^e:s+2^(e+1)];
 *	  the largest power of two below 2^(e+1) is 2^e, so by definition
 *	  MTH(D[s:s+2^(e+1)]) is the node hash of the two, and merging them
 *	  keeps the invariant.  The merges are the carries of n + 1 in binary
 *	  (as many as n has trailing one bits), so the invariant holds for
 *	  n + 1.
 *	- The root: if j = 1, n = 2^e1 and hash[0] is MTH(D[n]).  Otherwise n is
 *	  not a power of two, so 2^e1 < n < 2^(e1+1) and 2^e1 is the largest
 *	  power of two below n: MTH(D[n]) = node(MTH(D[0:2^e1]), MTH(D[2^e1:n])),
 *	  that is node(hash[0], MTH of the rest), where the rest, 2^e2 + ... +
 *	  2^ej leaves, is made of hash[1..j) in the same way (MTH depends only
 *	  on the leaves of a range, not where it starts).  By induction on j,
 *	  folding from the right, r = hash[j-1], then r = node(hash[i], r) for
 *	  i = j-2 down to 0, gives MTH(D[n]).
 * sql/merkle.sql checks the aggregate built on this against a recursive
 * computation from the definition for n = 0..300.
 */
#include "merkle_hash.h"

#include <string.h>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>

/*
 * sha256_prefixed
 *		out = SHA-256(prefix || a[0..alen) || b[0..blen)).  out may alias a
 *		or b (the inputs are consumed before out is written).  Returns false
 *		on OpenSSL failure, with the error queue cleared.
 */
static bool
sha256_prefixed(unsigned char prefix, const unsigned char *a, size_t alen,
				const unsigned char *b, size_t blen, unsigned char *out)
{
	EVP_MD_CTX *ctx = EVP_MD_CTX_new();
	unsigned int len = 0;
	bool		ok;

	ok = ctx != NULL &&
		EVP_DigestInit_ex(ctx, EVP_sha256(), NULL) == 1 &&
		EVP_DigestUpdate(ctx, &prefix, 1) == 1 &&
		(alen == 0 || EVP_DigestUpdate(ctx, a, alen) == 1) &&
		(blen == 0 || EVP_DigestUpdate(ctx, b, blen) == 1) &&
		EVP_DigestFinal_ex(ctx, out, &len) == 1 &&
		len == MERKLE_HASH_LEN;
	EVP_MD_CTX_free(ctx);
	if (!ok)
		ERR_clear_error();
	return ok;
}

bool
merkle_leaf_hash(const unsigned char *leaf, size_t len, unsigned char *out)
{
	return sha256_prefixed(0x00, leaf, len, NULL, 0, out);
}

bool
merkle_node_hash(const unsigned char *left, const unsigned char *right,
				 unsigned char *out)
{
	return sha256_prefixed(0x01, left, MERKLE_HASH_LEN,
						   right, MERKLE_HASH_LEN, out);
}

bool
merkle_empty_root(unsigned char *out)
{
	unsigned int len = 0;
	bool		ok;

	ok = EVP_Digest("", 0, out, &len, EVP_sha256(), NULL) == 1 &&
		len == MERKLE_HASH_LEN;
	if (!ok)
		ERR_clear_error();
	return ok;
}

/* the largest power of two smaller than n (n >= 2): the split point k */
static uint64_t
split_point(uint64_t n)
{
	uint64_t	k = 1;

	while ((k << 1) < n)
		k <<= 1;
	return k;
}

/* MTH of lh[0..n) (n >= 1) into out, by the recursive definition */
static bool
mth(const unsigned char *lh, uint64_t n, unsigned char *out)
{
	unsigned char left[MERKLE_HASH_LEN];
	unsigned char right[MERKLE_HASH_LEN];
	uint64_t	k;

	if (n == 1)
	{
		memcpy(out, lh, MERKLE_HASH_LEN);
		return true;
	}
	k = split_point(n);
	return mth(lh, k, left) &&
		mth(lh + k * MERKLE_HASH_LEN, n - k, right) &&
		merkle_node_hash(left, right, out);
}

bool
merkle_tree_root(const unsigned char *leaf_hashes, uint64_t n,
				 unsigned char *out)
{
	if (n >= MERKLE_SIZE_LIMIT)
		return false;
	if (n == 0)
		return merkle_empty_root(out);
	return mth(leaf_hashes, n, out);
}

void
merkle_stack_init(merkle_stack *s)
{
	memset(s, 0, sizeof(*s));
}

bool
merkle_stack_push(merkle_stack *s, const unsigned char *leaf_hash)
{
	uint64_t	carries = s->count;
	int			depth = s->depth;
	unsigned char top[MERKLE_HASH_LEN];

	if (s->count >= MERKLE_SIZE_LIMIT - 1)
		return false;
	/* merge in a local copy so that a failure leaves the stack unchanged */
	memcpy(top, leaf_hash, MERKLE_HASH_LEN);
	while (carries & 1)
	{
		if (!merkle_node_hash(s->hash[depth - 1], top, top))
			return false;
		depth--;
		carries >>= 1;
	}
	memcpy(s->hash[depth], top, MERKLE_HASH_LEN);
	s->depth = depth + 1;
	s->count++;
	return true;
}

bool
merkle_stack_root(const merkle_stack *s, unsigned char *out)
{
	unsigned char r[MERKLE_HASH_LEN];
	int			i;

	if (s->depth == 0)
		return merkle_empty_root(out);
	memcpy(r, s->hash[s->depth - 1], MERKLE_HASH_LEN);
	for (i = s->depth - 2; i >= 0; i--)
		if (!merkle_node_hash(s->hash[i], r, r))
			return false;
	memcpy(out, r, MERKLE_HASH_LEN);
	return true;
}

/* append the MTH of lh[0..n) to proof out[*count]; false on failure */
static bool
append_mth(const unsigned char *lh, uint64_t n, unsigned char *out,
		   int *count)
{
	if (*count >= MERKLE_PROOF_MAX)
		return false;			/* cannot happen below MERKLE_SIZE_LIMIT */
	if (!mth(lh, n, out + (size_t) *count * MERKLE_HASH_LEN))
		return false;
	(*count)++;
	return true;
}

/*
 * path
 *		PATH(m, D[n]) for the leaves lh[0..n), m < n (RFC 9162 2.1.3.1):
 *		PATH(0, {d0}) = {}; for n > 1 and k the split point,
 *		m < k:	PATH(m, D[0:k]) : MTH(D[k:n])
 *		m >= k:	PATH(m - k, D[k:n]) : MTH(D[0:k])
 */
static bool
path(const unsigned char *lh, uint64_t n, uint64_t m, unsigned char *out,
	 int *count)
{
	uint64_t	k;

	if (n == 1)
		return true;
	k = split_point(n);
	if (m < k)
		return path(lh, k, m, out, count) &&
			append_mth(lh + k * MERKLE_HASH_LEN, n - k, out, count);
	return path(lh + k * MERKLE_HASH_LEN, n - k, m - k, out, count) &&
		append_mth(lh, k, out, count);
}

int
merkle_inclusion_proof(const unsigned char *leaf_hashes, uint64_t n,
					   uint64_t m, unsigned char *out)
{
	int			count = 0;

	if (n >= MERKLE_SIZE_LIMIT || m >= n)
		return MERKLE_ERR_RANGE;
	if (!path(leaf_hashes, n, m, out, &count))
		return MERKLE_ERR_CRYPTO;
	return count;
}

/*
 * subproof
 *		SUBPROOF(m, D[n], b) for the leaves lh[0..n), 0 < m <= n (RFC 9162
 *		2.1.4.1): for m = n, {} when b is true, {MTH(D[n])} otherwise; for
 *		m < n and k the split point,
 *		m <= k:	SUBPROOF(m, D[0:k], b) : MTH(D[k:n])
 *		m > k:	SUBPROOF(m - k, D[k:n], false) : MTH(D[0:k])
 */
static bool
subproof(const unsigned char *lh, uint64_t n, uint64_t m, bool b,
		 unsigned char *out, int *count)
{
	uint64_t	k;

	if (m == n)
		return b || append_mth(lh, n, out, count);
	k = split_point(n);
	if (m <= k)
		return subproof(lh, k, m, b, out, count) &&
			append_mth(lh + k * MERKLE_HASH_LEN, n - k, out, count);
	return subproof(lh + k * MERKLE_HASH_LEN, n - k, m - k, false, out,
					count) &&
		append_mth(lh, k, out, count);
}

int
merkle_consistency_proof(const unsigned char *leaf_hashes, uint64_t n,
						 uint64_t m, unsigned char *out)
{
	int			count = 0;

	if (n >= MERKLE_SIZE_LIMIT || m > n)
		return MERKLE_ERR_RANGE;
	if (m == 0)
		return 0;
	/* PROOF(m, D[n]) = SUBPROOF(m, D[n], true) */
	if (!subproof(leaf_hashes, n, m, true, out, &count))
		return MERKLE_ERR_CRYPTO;
	return count;
}

/*
 * are two hashes equal?  1 or 0, in constant time; verdicts combine these
 * with & rather than && so that no comparison is skipped
 */
static int
hash_equal(const unsigned char *a, const unsigned char *b)
{
	return CRYPTO_memcmp(a, b, MERKLE_HASH_LEN) == 0;
}

int
merkle_verify_inclusion(const unsigned char *leaf_hash, uint64_t index,
						uint64_t size, const unsigned char *proof,
						size_t count, const unsigned char *root)
{
	unsigned char r[MERKLE_HASH_LEN];
	uint64_t	fn;
	uint64_t	sn;
	size_t		i;

	/* 1. leaf_index >= tree_size fails (and so does a too long proof) */
	if (index >= size || size >= MERKLE_SIZE_LIMIT ||
		count > MERKLE_PROOF_MAX)
		return 0;
	/* 2. fn = leaf_index, sn = tree_size - 1; 3. r = hash */
	fn = index;
	sn = size - 1;
	memcpy(r, leaf_hash, MERKLE_HASH_LEN);
	/* 4. each p of the inclusion path */
	for (i = 0; i < count; i++)
	{
		const unsigned char *p = proof + i * MERKLE_HASH_LEN;

		/* a. the path is longer than the tree is high */
		if (sn == 0)
			return 0;
		if ((fn & 1) || fn == sn)
		{
			/* b. p is the left sibling */
			if (!merkle_node_hash(p, r, r))
				return MERKLE_ERR_CRYPTO;
			/* skip the levels where r is a lone right edge, not a child */
			while (!(fn & 1) && fn != 0)
			{
				fn >>= 1;
				sn >>= 1;
			}
		}
		else
		{
			/* p is the right sibling */
			if (!merkle_node_hash(r, p, r))
				return MERKLE_ERR_CRYPTO;
		}
		/* c. up one level */
		fn >>= 1;
		sn >>= 1;
	}
	/* 5. the path reached the root, and r is the root */
	return (int) (sn == 0) & hash_equal(r, root);
}

int
merkle_verify_consistency(uint64_t old_size, uint64_t new_size,
						  const unsigned char *old_root,
						  const unsigned char *new_root,
						  const unsigned char *proof, size_t count)
{
	unsigned char empty[MERKLE_HASH_LEN];
	unsigned char fr[MERKLE_HASH_LEN];
	unsigned char sr[MERKLE_HASH_LEN];
	const unsigned char *first;
	uint64_t	fn;
	uint64_t	sn;
	size_t		i;

	if (old_size > new_size || new_size >= MERKLE_SIZE_LIMIT ||
		count > MERKLE_PROOF_MAX)
		return 0;
	if (old_size == 0)
	{
		/* every tree extends the empty one, whose root is MTH({}) */
		if (!merkle_empty_root(empty))
			return MERKLE_ERR_CRYPTO;
		return (int) (count == 0) & hash_equal(old_root, empty);
	}
	if (old_size == new_size)
		return (int) (count == 0) & hash_equal(old_root, new_root);

	/* 1. an empty consistency_path fails */
	if (count == 0)
		return 0;

	/*
	 * 2. if first is an exact power of 2, first_hash is prepended to the
	 * path: it then starts with old_root, and the proof's own hashes are all
	 * "subsequent" ones
	 */
	if ((old_size & (old_size - 1)) == 0)
	{
		first = old_root;
		i = 0;
	}
	else
	{
		first = proof;
		i = 1;
	}
	/* 3. fn = first - 1, sn = second - 1 */
	fn = old_size - 1;
	sn = new_size - 1;
	/* 4. while LSB(fn) is set, shift both right */
	while (fn & 1)
	{
		fn >>= 1;
		sn >>= 1;
	}
	/* 5. fr = sr = the first value of the path */
	memcpy(fr, first, MERKLE_HASH_LEN);
	memcpy(sr, first, MERKLE_HASH_LEN);
	/* 6. each subsequent value c */
	for (; i < count; i++)
	{
		const unsigned char *c = proof + i * MERKLE_HASH_LEN;

		/* a. the path is longer than the tree is high */
		if (sn == 0)
			return 0;
		if ((fn & 1) || fn == sn)
		{
			/* b. c is a left sibling, in both trees */
			if (!merkle_node_hash(c, fr, fr) ||
				!merkle_node_hash(c, sr, sr))
				return MERKLE_ERR_CRYPTO;
			while (!(fn & 1) && fn != 0)
			{
				fn >>= 1;
				sn >>= 1;
			}
		}
		else
		{
			/* c is a right sibling, only in the new tree */
			if (!merkle_node_hash(sr, c, sr))
				return MERKLE_ERR_CRYPTO;
		}
		/* c. up one level */
		fn >>= 1;
		sn >>= 1;
	}
	/* 7. fr is old_root, sr is new_root, and sn is 0 */
	return (int) (sn == 0) & hash_equal(fr, old_root) &
		hash_equal(sr, new_root);
}
