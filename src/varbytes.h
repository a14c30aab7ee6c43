/*
 * varbytes.h
 *		Byte-string order, equality and hashing for the types stored as
 *		bytes in a varlena (pubkey and certificate: DER; signed_record: its
 *		compact text), and the SQL operator functions of a type whose value
 *		is its bytes.
 */
#ifndef PROVENANCE_VARBYTES_H
#define PROVENANCE_VARBYTES_H

#include "postgres.h"

#include "common/hashfn.h"
#include "fmgr.h"

/*
 * varbytes_compare
 *		Byte order of a[0..la) and b[0..lb), shorter first on a common
 *		prefix (as bytea orders): for UNIQUE, ORDER BY and merge joins.
 */
static inline int
varbytes_compare(const void *a, size_t la, const void *b, size_t lb)
{
	int			c = memcmp(a, b, Min(la, lb));

	if (c != 0)
		return c < 0 ? -1 : 1;
	return la < lb ? -1 : (la > lb ? 1 : 0);
}

/* varbytes_compare of two varlena values' data */
static inline int
varbytes_compare_datums(struct varlena *a, struct varlena *b)
{
	return varbytes_compare(VARDATA_ANY(a), VARSIZE_ANY_EXHDR(a),
							VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b));
}

/* Are two varlena values' data the same bytes? */
static inline bool
varbytes_equal_datums(struct varlena *a, struct varlena *b)
{
	size_t		len = VARSIZE_ANY_EXHDR(a);

	return len == VARSIZE_ANY_EXHDR(b) &&
		memcmp(VARDATA_ANY(a), VARDATA_ANY(b), len) == 0;
}

#define VARBYTES_CMP_FUNC(name, expr) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	struct varlena *a = PG_GETARG_VARLENA_PP(0); \
	struct varlena *b = PG_GETARG_VARLENA_PP(1); \
	return (expr); \
}

/*
 * VARBYTES_OPERATORS(prefix)
 *		Define prefix_eq, _ne, _lt, _le, _gt, _ge, _cmp (btree), _hash and
 *		_hash_extended (hash opclass; equal to the hashes of the same
 *		bytea) for a type whose value is its bytes.
 */
#define VARBYTES_OPERATORS(prefix) \
VARBYTES_CMP_FUNC(prefix##_eq, BoolGetDatum(varbytes_equal_datums(a, b))) \
VARBYTES_CMP_FUNC(prefix##_ne, BoolGetDatum(!varbytes_equal_datums(a, b))) \
VARBYTES_CMP_FUNC(prefix##_lt, BoolGetDatum(varbytes_compare_datums(a, b) < 0)) \
VARBYTES_CMP_FUNC(prefix##_le, BoolGetDatum(varbytes_compare_datums(a, b) <= 0)) \
VARBYTES_CMP_FUNC(prefix##_gt, BoolGetDatum(varbytes_compare_datums(a, b) > 0)) \
VARBYTES_CMP_FUNC(prefix##_ge, BoolGetDatum(varbytes_compare_datums(a, b) >= 0)) \
VARBYTES_CMP_FUNC(prefix##_cmp, Int32GetDatum(varbytes_compare_datums(a, b))) \
PG_FUNCTION_INFO_V1(prefix##_hash); \
Datum \
prefix##_hash(PG_FUNCTION_ARGS) \
{ \
	struct varlena *v = PG_GETARG_VARLENA_PP(0); \
	return hash_any((const unsigned char *) VARDATA_ANY(v), \
					(int) VARSIZE_ANY_EXHDR(v)); \
} \
PG_FUNCTION_INFO_V1(prefix##_hash_extended); \
Datum \
prefix##_hash_extended(PG_FUNCTION_ARGS) \
{ \
	struct varlena *v = PG_GETARG_VARLENA_PP(0); \
	return hash_any_extended((const unsigned char *) VARDATA_ANY(v), \
							 (int) VARSIZE_ANY_EXHDR(v), PG_GETARG_INT64(1)); \
}

#endif							/* PROVENANCE_VARBYTES_H */
