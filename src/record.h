/*
 * record.h
 *		Storage of the provenance.signed_record type, shared by record.c
 *		(the type) and the verification functions.
 *
 * A signed_record keeps the exact JWS compact text (the signature covers
 * it) after a small header filled in by the input function, so that
 * verification needs no JSON parsing per row.
 */
#ifndef PROVENANCE_RECORD_H
#define PROVENANCE_RECORD_H

#include "postgres.h"

#include "datatype/timestamp.h"
#include "fmgr.h"

#define SIGNED_RECORD_VERSION	1
#define SIGNED_RECORD_MAX_LEN	65536	/* compact text; longer is 54000 */

typedef struct SignedRecord
{
	int32		vl_len_;		/* varlena header (do not touch directly) */
	uint8		version;		/* SIGNED_RECORD_VERSION */
	uint8		alg;			/* sig_alg of the protected header */
	uint16		reserved;		/* zero */
	uint32		hdr_len;		/* length of the base64url header segment */
	uint32		pay_len;		/* length of the base64url payload segment */
	char		compact[FLEXIBLE_ARRAY_MEMBER];	/* hdr "." payload "." sig */
} SignedRecord;

#define SIGNED_RECORD_HDRSZ		offsetof(SignedRecord, compact)
#define DatumGetSignedRecordP(X)	((SignedRecord *) PG_DETOAST_DATUM(X))
#define PG_GETARG_SIGNED_RECORD_P(n)	DatumGetSignedRecordP(PG_GETARG_DATUM(n))
#define PG_RETURN_SIGNED_RECORD_P(x)	PG_RETURN_POINTER(x)

/* Length of the whole compact text */
static inline size_t
record_compact_len(const SignedRecord *r)
{
	return VARSIZE(r) - SIGNED_RECORD_HDRSZ;
}

/* Length of the JWS signing input "header.payload" (starts at compact) */
static inline size_t
record_signing_input_len(const SignedRecord *r)
{
	return (size_t) r->hdr_len + 1 + r->pay_len;
}

/* The base64url signature segment and its length */
static inline const char *
record_sig_segment(const SignedRecord *r, size_t *len)
{
	size_t		off = record_signing_input_len(r) + 1;

	*len = record_compact_len(r) - off;
	return r->compact + off;
}

/*
 * record_from_compact (record.c)
 *		A signed_record (palloc'd in the current context) from the JWS
 *		compact text s[0..len), validated exactly as the input function
 *		validates text; raises the same errors (22P02 naming the part that
 *		is wrong, 54000 beyond SIGNED_RECORD_MAX_LEN).
 */
extern SignedRecord *record_from_compact(const char *s, size_t len);

/*
 * What the trust store needs from a record's header and payload, read by
 * record_trust_info (record.c).
 */
typedef struct RecordTrustInfo
{
	char	   *kid;			/* header "kid"; NULL when absent */
	int			nx5c;			/* header "x5c": entries; -1 when absent */
	char	  **x5c;			/* the entries (base64 DER), NULL when none */
	bool		x5c_bad;		/* "x5c" is not a non-empty array of strings */
	bool		embedded_key;	/* the header has jwk, jku or x5u (ignored) */
	bool		has_iat;
	bool		has_exp;
	bool		has_nbf;
	TimestampTz iat;			/* the NumericDate claims, when present */
	TimestampTz exp;
	TimestampTz nbf;
	char	   *role;			/* payload "role" claim when a string */
} RecordTrustInfo;

/*
 * record_trust_info (record.c)
 *		Fill *info from the stored record r: the header members kid, x5c,
 *		jwk, jku and x5u, and the claims iat, exp, nbf and role.  Memory is
 *		palloc'd in the current context.  Raises only for a corrupt stored
 *		value (XX001) and out of memory.
 */
extern void record_trust_info(const SignedRecord *r, RecordTrustInfo *info);


/*
 * Reading top-level members of a JSON object (record.c): the caller names
 * the members it wants in an array of JsonMember and a scan fills in what
 * it found, in one pass of PostgreSQL's JSON parser.
 */
typedef enum JsonKind
{
	JK_ABSENT = 0,
	JK_OBJECT,
	JK_ARRAY,
	JK_STRING,
	JK_NUMBER,
	JK_TRUE,
	JK_FALSE,
	JK_NULL
} JsonKind;

/* A top-level member the caller asked about, and what was found */
typedef struct JsonMember
{
	const char *name;
	JsonKind	kind;
	char	   *value;			/* string (de-escaped) or number token */
	int			nelems;			/* array: number of elements */
	int			nstrings;		/* array: number of string elements */
	int			capstrings;		/* allocated length of strings */
	char	  **strings;		/* array: the string elements */
} JsonMember;

/*
 * record_scan_claims (record.c)
 *		Fill m[0..n) (names set, the rest zero) from the stored payload of r.
 *		Memory is palloc'd in the current context.  Raises XX001 for a
 *		corrupt stored value.
 */
extern void record_scan_claims(const SignedRecord *r, JsonMember *m, int n);

/*
 * json_scan_members (record.c)
 *		Fill m[0..n) from the JSON text s[0..len) (NUL at s[len], database
 *		encoding).  False when s is not JSON; true otherwise, with *is_object
 *		telling whether the document is an object.
 */
extern bool json_scan_members(char *s, size_t len, JsonMember *m, int n,
							  bool *is_object);

/*
 * numericdate_to_timestamptz (record.c)
 *		A JWT NumericDate token (seconds since the Unix epoch) as timestamptz;
 *		false when out of range.
 */
extern bool numericdate_to_timestamptz(const char *token, TimestampTz *out);

/*
 * record_digest (record.c)
 *		The SHA-256 of the compact text (what record_hash encodes) into
 *		out[32]; raises 39000 if OpenSSL fails.
 */
extern void record_digest(const SignedRecord *r, unsigned char *out);

#endif							/* PROVENANCE_RECORD_H */
