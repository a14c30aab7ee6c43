/*
 * merkle_hash.h
 *		Merkle trees of RFC 9162 (Certificate Transparency version 2.0),
 *		section 2.1, with SHA-256: leaf and node hashes, the Merkle Tree Hash
 *		(MTH) of a list of leaves, inclusion proofs PATH(m, D[n]) and
 *		consistency proofs PROOF(m, D[n]), and their verification.
 *
 *		leaf hash	SHA-256(0x00 || leaf)
 *		node hash	SHA-256(0x01 || left || right)
 *		MTH({})		SHA-256 of the empty string
 *		MTH(D[n])	MTH(D[0:k]) and MTH(D[k:n]) joined by a node hash, k the
 *					largest power of two smaller than n (n > 1)
 *
 * Pure C on OpenSSL's EVP SHA-256: no PostgreSQL headers, no allocation.
 * Hashes are MERKLE_HASH_LEN bytes; lists of hashes (leaf hashes, proofs)
 * are contiguous arrays of count * MERKLE_HASH_LEN bytes, owned by the
 * caller.  Tree sizes and indexes are uint64_t below MERKLE_SIZE_LIMIT
 * (2^63, so that they fit SQL's bigint).
 */
#ifndef PROVENANCE_MERKLE_HASH_H
#define PROVENANCE_MERKLE_HASH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#if defined(__GNUC__) && !defined(_WIN32)
#pragma GCC visibility push(hidden)
#endif

#define MERKLE_HASH_LEN		32

/* tree sizes are below 2^63 */
#define MERKLE_SIZE_LIMIT	(UINT64_C(1) << 63)

/*
 * Longest proof of either kind for a tree below MERKLE_SIZE_LIMIT leaves:
 * an inclusion proof has one hash per level below the root (at most 63), a
 * consistency proof at most one more.  A longer proof never verifies.
 */
#define MERKLE_PROOF_MAX	64

/* results of the proof functions besides a count or a verdict */
#define MERKLE_ERR_RANGE	(-1)	/* index or size out of range */
#define MERKLE_ERR_CRYPTO	(-2)	/* OpenSSL failure (memory) */

/*
 * merkle_stack
 *		Running MTH over leaves appended one at a time in O(log n) memory:
 *		the roots of the perfect subtrees that make up the leaves so far, one
 *		per set bit of count, largest (leftmost) first.  See merkle_hash.c
 *		for why its root equals MTH.  Plain data: copy it with memcpy.
 */
typedef struct merkle_stack
{
	uint64_t	count;			/* leaves appended */
	int			depth;			/* entries in hash[] (popcount of count) */
	unsigned char hash[64][MERKLE_HASH_LEN];
} merkle_stack;

/* leaf hash of leaf[0..len) into out; false on OpenSSL failure */
extern bool merkle_leaf_hash(const unsigned char *leaf, size_t len,
							 unsigned char *out);

/* node hash of two hashes into out (may alias either); false on failure */
extern bool merkle_node_hash(const unsigned char *left,
							 const unsigned char *right, unsigned char *out);

/* MTH({}), SHA-256 of the empty string, into out; false on failure */
extern bool merkle_empty_root(unsigned char *out);

/*
 * merkle_tree_root
 *		MTH of the n leaves whose leaf hashes are leaf_hashes[0..n), by the
 *		recursive definition (stack depth O(log n)).  False on OpenSSL
 *		failure or n >= MERKLE_SIZE_LIMIT.
 */
extern bool merkle_tree_root(const unsigned char *leaf_hashes, uint64_t n,
							 unsigned char *out);

/* empty the stack */
extern void merkle_stack_init(merkle_stack *s);

/*
 * merkle_stack_push
 *		Append one leaf, given by its leaf hash.  False on OpenSSL failure
 *		or when the stack already holds MERKLE_SIZE_LIMIT - 1 leaves (then
 *		the stack is unchanged).
 */
extern bool merkle_stack_push(merkle_stack *s, const unsigned char *leaf_hash);

/* MTH of the leaves appended so far into out; false on OpenSSL failure */
extern bool merkle_stack_root(const merkle_stack *s, unsigned char *out);

/*
 * merkle_inclusion_proof
 *		PATH(m, D[n]) of RFC 9162 section 2.1.3.1: the hashes that lead from
 *		leaf m (0-based) of the n leaves leaf_hashes[0..n) up to their MTH,
 *		nearest the leaf first, written to out (room for MERKLE_PROOF_MAX
 *		hashes).  Returns the number of hashes, MERKLE_ERR_RANGE unless
 *		m < n < MERKLE_SIZE_LIMIT, or MERKLE_ERR_CRYPTO.
 */
extern int	merkle_inclusion_proof(const unsigned char *leaf_hashes, uint64_t n,
								   uint64_t m, unsigned char *out);

/*
 * merkle_consistency_proof
 *		PROOF(m, D[n]) of RFC 9162 section 2.1.4.1: the hashes that show the
 *		tree of the first m leaves is a prefix of the tree of all n, written
 *		to out (room for MERKLE_PROOF_MAX hashes).  m = n and m = 0 give the
 *		empty proof (the RFC defines 0 < m < n; an empty old tree and an
 *		unchanged tree need no hashes).  Returns the number of hashes,
 *		MERKLE_ERR_RANGE unless m <= n < MERKLE_SIZE_LIMIT, or
 *		MERKLE_ERR_CRYPTO.
 */
extern int	merkle_consistency_proof(const unsigned char *leaf_hashes,
									 uint64_t n, uint64_t m,
									 unsigned char *out);

/*
 * merkle_verify_inclusion
 *		RFC 9162 section 2.1.3.2: does the inclusion proof proof[0..count)
 *		show that the leaf whose leaf hash is leaf_hash is leaf index of the
 *		tree of size leaves whose MTH is root?  Returns 1 (yes), 0 (no, for
 *		any input, including index >= size and count > MERKLE_PROOF_MAX) or
 *		MERKLE_ERR_CRYPTO.  The final comparison is constant-time.
 */
extern int	merkle_verify_inclusion(const unsigned char *leaf_hash,
									uint64_t index, uint64_t size,
									const unsigned char *proof, size_t count,
									const unsigned char *root);

/*
 * merkle_verify_consistency
 *		RFC 9162 section 2.1.4.2: does the consistency proof proof[0..count)
 *		show that the tree of old_size leaves with MTH old_root is a prefix
 *		of the tree of new_size leaves with MTH new_root?  For old_size =
 *		new_size the proof must be empty and the roots equal; for old_size
 *		= 0 the proof must be empty and old_root must be MTH({}).  Returns 1,
 *		0 (for any invalid input, including old_size > new_size) or
 *		MERKLE_ERR_CRYPTO.  Final comparisons are constant-time.
 */
extern int	merkle_verify_consistency(uint64_t old_size, uint64_t new_size,
									  const unsigned char *old_root,
									  const unsigned char *new_root,
									  const unsigned char *proof,
									  size_t count);

#if defined(__GNUC__) && !defined(_WIN32)
#pragma GCC visibility pop
#endif

#endif							/* PROVENANCE_MERKLE_HASH_H */
