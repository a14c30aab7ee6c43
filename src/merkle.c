/*
 * merkle.c
 *		SQL functions for RFC 9162 Merkle trees (the hashing and proof logic
 *		is in merkle_hash.c):
 *
 *		merkle_leaf_hash(bytea), merkle_node_hash(bytea, bytea)
 *		merkle_root(bytea ORDER BY ...)	aggregate: MTH of the leaves in
 *										aggregate order
 *		merkle_inclusion_proof(bytea[], bigint)
 *		merkle_consistency_proof(bytea[], bigint)
 *		merkle_verify_inclusion(bytea, bigint, bigint, bytea[], bytea)
 *		merkle_verify_consistency(bigint, bigint, bytea, bytea, bytea[])
 *
 * Leaves are raw bytes (hashed here with the 0x00 prefix); proofs and roots
 * are 32-byte SHA-256 hashes.  Leaf indexes are 0-based, as in RFC 9162.
 *
 * A NULL leaf is an error (22004) in the aggregate and in the leaf arrays:
 * skipping it would shift every later leaf's index, so that proofs computed
 * over the same rows by position would not match the root.
 *
 * The verification functions never raise an error for what they are asked
 * to check: any proof, size, index or hash that does not verify gives
 * false, including hashes of the wrong length, NULL proof elements and
 * negative sizes.  Only an OpenSSL failure (out of memory) is an ERROR.
 *
 * The aggregate's state is a merkle_stack (about 2 kB whatever the number
 * of leaves) in the aggregate memory context.  It has no combine function:
 * the root depends on the order of the leaves, and partial states built by
 * parallel workers over arbitrary blocks of a table could not be joined
 * into the MTH of the requested order (PostgreSQL never splits an
 * aggregate with ORDER BY across workers anyway).  The aggregate is still
 * PARALLEL SAFE: that marking says it may run inside a parallel worker,
 * which is harmless for a state that is private to one aggregation; the
 * planner only splits aggregates that have a combine function.
 */
#include "compat.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "merkle_hash.h"

PG_FUNCTION_INFO_V1(prov_merkle_leaf_hash);
PG_FUNCTION_INFO_V1(prov_merkle_node_hash);
PG_FUNCTION_INFO_V1(prov_merkle_root_accum);
PG_FUNCTION_INFO_V1(prov_merkle_root_final);
PG_FUNCTION_INFO_V1(prov_merkle_inclusion_proof);
PG_FUNCTION_INFO_V1(prov_merkle_consistency_proof);
PG_FUNCTION_INFO_V1(prov_merkle_verify_inclusion);
PG_FUNCTION_INFO_V1(prov_merkle_verify_consistency);

/* report an OpenSSL failure of SHA-256 (memory): 39000; does not return */
static void
merkle_crypto_error(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_EXTERNAL_ROUTINE_INVOCATION_EXCEPTION),
			 errmsg("SHA-256 computation failed in OpenSSL"),
			 errdetail("OpenSSL could not compute a Merkle tree hash, most likely for lack of memory.")));
}

/* a new bytea holding one hash (palloc'd in the current context) */
static bytea *
hash_to_bytea(const unsigned char *hash)
{
	bytea	   *result = (bytea *) palloc(VARHDRSZ + MERKLE_HASH_LEN);

	SET_VARSIZE(result, VARHDRSZ + MERKLE_HASH_LEN);
	memcpy(VARDATA(result), hash, MERKLE_HASH_LEN);
	return result;
}

/*
 * a one-dimensional bytea[] of the count hashes from hashes[] (palloc'd in the
 * current context); an empty proof is an empty array, not NULL
 */
static ArrayType *
hashes_to_array(const unsigned char *hashes, int count)
{
	Datum	   *elems = palloc(sizeof(Datum) * (count > 0 ? count : 1));
	int			i;

	for (i = 0; i < count; i++)
		elems[i] = PointerGetDatum(hash_to_bytea(hashes + (size_t) i * MERKLE_HASH_LEN));
	return construct_array(elems, count, BYTEAOID, -1, false, TYPALIGN_INT);
}

/*
 * leaf_hashes_from_array
 *		The leaf hashes of the leaves in a bytea[] (one dimension, no NULL
 *		elements: 22023 and 22004 otherwise), palloc'd (huge allowed) in the
 *		current context, 32 bytes per leaf; *n is the number of leaves.
 */
static unsigned char *
leaf_hashes_from_array(ArrayType *arr, uint64 *n)
{
	Datum	   *elems;
	bool	   *nulls;
	int			nelems;
	int			i;
	unsigned char *hashes;

	if (ARR_NDIM(arr) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("leaves must be a one-dimensional array, not %d-dimensional",
						ARR_NDIM(arr))));
	deconstruct_array(arr, BYTEAOID, -1, false, TYPALIGN_INT,
					  &elems, &nulls, &nelems);
	hashes = MemoryContextAllocHuge(CurrentMemoryContext,
									(Size) (nelems > 0 ? nelems : 1) * MERKLE_HASH_LEN);
	for (i = 0; i < nelems; i++)
	{
		bytea	   *leaf;

		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("leaf %d of the Merkle tree is null", i),
					 errdetail("Leaf indexes count from 0; a Merkle tree has no null leaves."),
					 errhint("Leave the element out or give it a non-null placeholder.")));
		leaf = DatumGetByteaPP(elems[i]);
		if (!merkle_leaf_hash((const unsigned char *) VARDATA_ANY(leaf),
							  VARSIZE_ANY_EXHDR(leaf),
							  hashes + (size_t) i * MERKLE_HASH_LEN))
			merkle_crypto_error();
	}
	*n = (uint64) nelems;
	return hashes;
}

/*
 * proof_from_array
 *		Copy a proof (bytea[]) into buf (room for MERKLE_PROOF_MAX hashes).
 *		Returns the number of hashes, or -1 when it cannot be a valid proof:
 *		more than one dimension, more than MERKLE_PROOF_MAX elements, a NULL
 *		element or one that is not 32 bytes long.
 */
static int
proof_from_array(ArrayType *arr, unsigned char *buf)
{
	Datum	   *elems;
	bool	   *nulls;
	int			nelems;
	int			i;

	if (ARR_NDIM(arr) > 1 ||
		ArrayGetNItems(ARR_NDIM(arr), ARR_DIMS(arr)) > MERKLE_PROOF_MAX)
		return -1;
	deconstruct_array(arr, BYTEAOID, -1, false, TYPALIGN_INT,
					  &elems, &nulls, &nelems);
	for (i = 0; i < nelems; i++)
	{
		bytea	   *h;

		if (nulls[i])
			return -1;
		h = DatumGetByteaPP(elems[i]);
		if (VARSIZE_ANY_EXHDR(h) != MERKLE_HASH_LEN)
			return -1;
		memcpy(buf + (size_t) i * MERKLE_HASH_LEN, VARDATA_ANY(h),
			   MERKLE_HASH_LEN);
	}
	return nelems;
}

/* is a bytea a 32-byte hash? */
static bool
is_hash(bytea *b)
{
	return VARSIZE_ANY_EXHDR(b) == MERKLE_HASH_LEN;
}

/*
 * merkle_leaf_hash(leaf bytea) -> bytea
 *		SHA-256(0x00 || leaf), a new 32-byte bytea.
 */
Datum
prov_merkle_leaf_hash(PG_FUNCTION_ARGS)
{
	bytea	   *leaf = PG_GETARG_BYTEA_PP(0);
	unsigned char hash[MERKLE_HASH_LEN];

	if (!merkle_leaf_hash((const unsigned char *) VARDATA_ANY(leaf),
						  VARSIZE_ANY_EXHDR(leaf), hash))
		merkle_crypto_error();
	PG_RETURN_BYTEA_P(hash_to_bytea(hash));
}

/*
 * merkle_node_hash(left bytea, right bytea) -> bytea
 *		SHA-256(0x01 || left || right) of two 32-byte hashes (22023 for any
 *		other length), a new 32-byte bytea.
 */
Datum
prov_merkle_node_hash(PG_FUNCTION_ARGS)
{
	bytea	   *left = PG_GETARG_BYTEA_PP(0);
	bytea	   *right = PG_GETARG_BYTEA_PP(1);
	unsigned char hash[MERKLE_HASH_LEN];
	int			i;

	for (i = 0; i < 2; i++)
	{
		bytea	   *b = i == 0 ? left : right;

		if (!is_hash(b))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s hash of a Merkle tree node must be %d bytes long, not %d",
							i == 0 ? "left" : "right", MERKLE_HASH_LEN,
							(int) VARSIZE_ANY_EXHDR(b)),
					 errdetail("Node hashes take two SHA-256 hashes: leaf hashes or node hashes.")));
	}
	if (!merkle_node_hash((const unsigned char *) VARDATA_ANY(left),
						  (const unsigned char *) VARDATA_ANY(right), hash))
		merkle_crypto_error();
	PG_RETURN_BYTEA_P(hash_to_bytea(hash));
}

/*
 * merkle_root_accum(state internal, leaf bytea) -> internal
 *		Transition function of merkle_root: appends the leaf's hash to the
 *		merkle_stack, which it allocates in the aggregate context on the
 *		first row.  A NULL leaf is an error (22004).
 */
Datum
prov_merkle_root_accum(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt;
	merkle_stack *state;
	bytea	   *leaf;
	unsigned char hash[MERKLE_HASH_LEN];

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		elog(ERROR, "merkle_root_accum called in non-aggregate context");
	if (PG_ARGISNULL(0))
	{
		state = MemoryContextAlloc(aggcxt, sizeof(merkle_stack));
		merkle_stack_init(state);
	}
	else
		state = (merkle_stack *) PG_GETARG_POINTER(0);

	if (PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("leaf " UINT64_FORMAT " of the Merkle tree is null",
						state->count),
				 errdetail("Leaf indexes count from 0; a Merkle tree has no null leaves."),
				 errhint("Leave the row out (FILTER (WHERE ... IS NOT NULL)) or give it a non-null placeholder, so that leaf indexes stay those of the log.")));
	if (state->count >= MERKLE_SIZE_LIMIT - 1)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("a Merkle tree cannot have more than " UINT64_FORMAT " leaves",
						MERKLE_SIZE_LIMIT - 1)));
	leaf = PG_GETARG_BYTEA_PP(1);
	if (!merkle_leaf_hash((const unsigned char *) VARDATA_ANY(leaf),
						  VARSIZE_ANY_EXHDR(leaf), hash) ||
		!merkle_stack_push(state, hash))
		merkle_crypto_error();
	PG_RETURN_POINTER(state);
}

/*
 * merkle_root_final(state internal) -> bytea
 *		Final function of merkle_root: the MTH of the leaves so far, or
 *		MTH({}) (SHA-256 of the empty string) when there were none.  Leaves
 *		the state as it is (window aggregates call it again).
 */
Datum
prov_merkle_root_final(PG_FUNCTION_ARGS)
{
	unsigned char root[MERKLE_HASH_LEN];
	bool		ok;

	if (PG_ARGISNULL(0))
		ok = merkle_empty_root(root);
	else
		ok = merkle_stack_root((merkle_stack *) PG_GETARG_POINTER(0), root);
	if (!ok)
		merkle_crypto_error();
	PG_RETURN_BYTEA_P(hash_to_bytea(root));
}

/*
 * merkle_inclusion_proof(leaves bytea[], index bigint) -> bytea[]
 *		PATH(index, D[n]) over the n leaves of the array: the hashes from
 *		the leaf's sibling up to the root's children.  22003 unless
 *		0 <= index < n.
 */
Datum
prov_merkle_inclusion_proof(PG_FUNCTION_ARGS)
{
	ArrayType  *leaves = PG_GETARG_ARRAYTYPE_P(0);
	int64		index = PG_GETARG_INT64(1);
	unsigned char proof[MERKLE_PROOF_MAX * MERKLE_HASH_LEN];
	unsigned char *hashes;
	uint64		n;
	int			count;

	hashes = leaf_hashes_from_array(leaves, &n);
	if (index < 0 || (uint64) index >= n)
	{
		if (n == 0)
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("leaf index " INT64_FORMAT " is out of range for a Merkle tree of size 0",
							index),
					 errdetail("An empty tree has no leaves to prove.")));
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("leaf index " INT64_FORMAT " is out of range for a Merkle tree of size " UINT64_FORMAT,
						index, n),
				 errdetail("Leaf indexes count from 0 and run from 0 to " UINT64_FORMAT ".",
						   n - 1)));
	}
	count = merkle_inclusion_proof(hashes, n, (uint64) index, proof);
	if (count < 0)
		merkle_crypto_error();
	pfree(hashes);
	PG_RETURN_ARRAYTYPE_P(hashes_to_array(proof, count));
}

/*
 * merkle_consistency_proof(leaves bytea[], old_size bigint) -> bytea[]
 *		PROOF(old_size, D[n]) over the n leaves of the array: the hashes
 *		that show the tree of the first old_size leaves is a prefix of the
 *		tree of all n.  Empty for old_size 0 or n.  22003 unless
 *		0 <= old_size <= n.
 */
Datum
prov_merkle_consistency_proof(PG_FUNCTION_ARGS)
{
	ArrayType  *leaves = PG_GETARG_ARRAYTYPE_P(0);
	int64		old_size = PG_GETARG_INT64(1);
	unsigned char proof[MERKLE_PROOF_MAX * MERKLE_HASH_LEN];
	unsigned char *hashes;
	uint64		n;
	int			count;

	hashes = leaf_hashes_from_array(leaves, &n);
	if (old_size < 0 || (uint64) old_size > n)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("old tree size " INT64_FORMAT " is out of range for a Merkle tree of size " UINT64_FORMAT,
						old_size, n),
				 errdetail("Old tree sizes run from 0 to the new size, " UINT64_FORMAT ".",
						   n)));
	count = merkle_consistency_proof(hashes, n, (uint64) old_size, proof);
	if (count < 0)
		merkle_crypto_error();
	pfree(hashes);
	PG_RETURN_ARRAYTYPE_P(hashes_to_array(proof, count));
}

/*
 * merkle_verify_inclusion(leaf bytea, index bigint, tree_size bigint,
 *						   proof bytea[], root bytea) -> boolean
 *		RFC 9162 2.1.3.2: is the raw leaf (hashed here) leaf index of the
 *		tree of tree_size leaves whose root is root, by the proof?  False
 *		for anything that does not verify, never an error.
 */
Datum
prov_merkle_verify_inclusion(PG_FUNCTION_ARGS)
{
	bytea	   *leaf = PG_GETARG_BYTEA_PP(0);
	int64		index = PG_GETARG_INT64(1);
	int64		size = PG_GETARG_INT64(2);
	ArrayType  *proofarr = PG_GETARG_ARRAYTYPE_P(3);
	bytea	   *root = PG_GETARG_BYTEA_PP(4);
	unsigned char proof[MERKLE_PROOF_MAX * MERKLE_HASH_LEN];
	unsigned char leaf_hash[MERKLE_HASH_LEN];
	int			count;
	int			rc;

	if (index < 0 || size <= 0 || index >= size || !is_hash(root))
		PG_RETURN_BOOL(false);
	count = proof_from_array(proofarr, proof);
	if (count < 0)
		PG_RETURN_BOOL(false);
	if (!merkle_leaf_hash((const unsigned char *) VARDATA_ANY(leaf),
						  VARSIZE_ANY_EXHDR(leaf), leaf_hash))
		merkle_crypto_error();
	rc = merkle_verify_inclusion(leaf_hash, (uint64) index, (uint64) size,
								 proof, (size_t) count,
								 (const unsigned char *) VARDATA_ANY(root));
	if (rc < 0)
		merkle_crypto_error();
	PG_RETURN_BOOL(rc == 1);
}

/*
 * merkle_verify_consistency(old_size bigint, new_size bigint,
 *							 old_root bytea, new_root bytea,
 *							 proof bytea[]) -> boolean
 *		RFC 9162 2.1.4.2: is the tree of old_size leaves with root old_root
 *		a prefix of the tree of new_size leaves with root new_root, by the
 *		proof?  Equal sizes need an empty proof and equal roots; old_size 0
 *		needs an empty proof and old_root = MTH({}).  False for anything
 *		that does not verify, never an error.
 */
Datum
prov_merkle_verify_consistency(PG_FUNCTION_ARGS)
{
	int64		old_size = PG_GETARG_INT64(0);
	int64		new_size = PG_GETARG_INT64(1);
	bytea	   *old_root = PG_GETARG_BYTEA_PP(2);
	bytea	   *new_root = PG_GETARG_BYTEA_PP(3);
	ArrayType  *proofarr = PG_GETARG_ARRAYTYPE_P(4);
	unsigned char proof[MERKLE_PROOF_MAX * MERKLE_HASH_LEN];
	int			count;
	int			rc;

	if (old_size < 0 || new_size < old_size ||
		!is_hash(old_root) || !is_hash(new_root))
		PG_RETURN_BOOL(false);
	count = proof_from_array(proofarr, proof);
	if (count < 0)
		PG_RETURN_BOOL(false);
	rc = merkle_verify_consistency((uint64) old_size, (uint64) new_size,
								   (const unsigned char *) VARDATA_ANY(old_root),
								   (const unsigned char *) VARDATA_ANY(new_root),
								   proof, (size_t) count);
	if (rc < 0)
		merkle_crypto_error();
	PG_RETURN_BOOL(rc == 1);
}
