/*
 * trust.c
 *		The trust store's judgement of a signed record: verify(signed_record)
 *		and verification(signed_record).
 *
 * A record is signed either by a registered signer (the header's "kid"
 * names a row of provenance.signer) or by the leaf of an X.509 chain in its
 * "x5c" header that leads to a row of provenance.trust_anchor.  A key
 * embedded in the header (jwk) or named by URL (jku, x5u) is never used.
 * The verdict is reached in this order, and the first failure is the
 * status:
 *
 *	algorithm_not_allowed	alg not in provenance.allowed_algorithms
 *	unknown_signer			no kid and no x5c, or a kid nobody registered
 *	untrusted_chain			x5c that does not lead to an anchor, a leaf
 *							without digitalSignature, or a "role" claim the
 *							anchor does not vouch for
 *	key_algorithm_mismatch	alg does not fit the signer's key
 *	bad_signature			the signature does not verify
 *	missing_issued_at		no iat claim: nothing can be judged as of it
 *	signer_revoked			revoked for key_compromise (every record), or
 *							for another reason at or before iat
 *	signer_not_yet_valid	iat before the signer's valid_from
 *	signer_expired			iat at or after the signer's valid_until
 *	certificate_not_yet_valid, certificate_expired
 *							iat outside a certificate's validity on the path
 *	record_expired			now() at or after exp + clock_skew
 *	record_not_yet_valid	now() before nbf - clock_skew, or iat later than
 *							now() + clock_skew
 *	valid
 *
 * The signature is checked before anything the record says about time,
 * because nothing in a record whose signature fails can be believed.
 *
 * Registry rows are read with SPI under the query's active snapshot, once
 * per kid (and the anchors once) per query, and cached in the function's
 * fn_extra with each key's prepared verifiers.  The cache is tagged with
 * the snapshot it was read under and the transaction; a call under another
 * snapshot (a later statement in a PL/pgSQL loop, whose expression state
 * outlives the statement), in another transaction or after a subtransaction
 * rolled back drops it first.  So a
 * revocation committed before a statement starts is seen by that
 * statement, and nothing is kept across statements or transactions.
 * OpenSSL objects are freed by a reset callback of the cache's memory
 * context: at the end of the query, on ERROR, and when the cache is
 * dropped.
 */
#include "postgres.h"

#include <openssl/evp.h>

#include "access/htup_details.h"
#include "access/xact.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/snapmgr.h"
#include "utils/timestamp.h"

#include "b64url.h"
#include "pubkey_parse.h"
#include "record.h"
#include "sig.h"
#include "snapcache.h"
#include "trust.h"
#include "x509.h"

PG_FUNCTION_INFO_V1(prov_verify_trusted);
PG_FUNCTION_INFO_V1(prov_verification);

#define TRUST_KID_MAX	256		/* signer.kid is 1 to 256 bytes */

/* Saved SPI plans (prepared once per backend; plancache invalidates them) */
static SPIPlanPtr signer_plan = NULL;
static SPIPlanPtr anchor_plan = NULL;

/*
 * A public key with its verifiers, prepared on first use per algorithm.
 * Allocated in datacxt itself and listed in TrustCache.keys, never inside
 * a hash entry: dynahash keeps entries in a child context of its own,
 * which a reset of datacxt deletes before trust_release runs.
 */
typedef struct TrustKey
{
	sig_keyset	ks;				/* the key and its verifiers */
	struct TrustKey *next;		/* every key of the cache */
} TrustKey;

/* A kid looked up in provenance.signer (hash entry; the kid is the key) */
typedef struct SignerEntry
{
	char		kid[TRUST_KID_MAX + 1];
	bool		found;			/* false: no such signer */
	char	   *party;
	char	   *role;
	bool		has_from;
	bool		has_until;
	bool		revoked;
	bool		compromised;	/* revoked for key_compromise */
	TimestampTz valid_from;
	TimestampTz valid_until;
	TimestampTz revoked_at;
	char	   *reason;
	TrustKey   *key;			/* in datacxt */
} SignerEntry;

/* A row of provenance.trust_anchor */
typedef struct AnchorInfo
{
	char	   *name;
	int			nroles;
	char	  **roles;
} AnchorInfo;

/* An x5c chain checked against the anchors (hash entry keyed by digest) */
typedef struct ChainEntry
{
	unsigned char digest[32];	/* SHA-256 of the x5c entries */
	x5_status	status;
	char	   *detail;
	char	   *subject;
	int			anchor;			/* index into TrustCache.anchors */
	TimestampTz not_before;
	TimestampTz not_after;
	TrustKey   *key;			/* in datacxt */
} ChainEntry;

/*
 * The fn_extra state: lives in fn_mcxt; the registry data lives in
 * datacxt, a child that is reset when the snapshot changes.
 */
struct TrustCache
{
	MemoryContext datacxt;		/* registry data; reset = dropped */
	MemoryContext rowcxt;		/* scratch of one call; reset per call */
	MemoryContextCallback release_cb;	/* on datacxt */
	TupleDesc	verdict_desc;	/* verification(): blessed, in fn_mcxt */
	Oid			schema;			/* the extension's schema */

	SnapTag		tag;			/* what the data was read under */

	HTAB	   *signers;		/* kid -> SignerEntry */
	TrustKey   *keys;			/* every key, for trust_release */
	bool		anchors_loaded;
	x5_store   *store;
	AnchorInfo *anchors;
	int			nanchors;
	HTAB	   *chains;			/* digest -> ChainEntry */
};

/* ---------------------------------------------------------------------
 * transaction and cache lifetime
 * ---------------------------------------------------------------------
 */

/* Reset callback of datacxt: free every OpenSSL object of the cache */
static void
trust_release(void *arg)
{
	TrustCache *c = (TrustCache *) arg;
	TrustKey   *k;

	for (k = c->keys; k != NULL; k = k->next)
		sig_keyset_clear(&k->ks);
	x5_store_free(c->store);
	c->store = NULL;
	c->keys = NULL;
	c->signers = NULL;
	c->chains = NULL;
	c->anchors = NULL;
	c->nanchors = 0;
	c->anchors_loaded = false;
	c->tag.valid = false;
}

/* A new empty key in datacxt, listed for release */
static TrustKey *
trust_new_key(TrustCache *c)
{
	TrustKey   *k = MemoryContextAllocZero(c->datacxt, sizeof(TrustKey));

	k->next = c->keys;
	c->keys = k;
	return k;
}

/* Drop the cached data and tag the empty cache with snapshot snap */
static void
trust_cache_renew(TrustCache *c, Snapshot snap)
{
	HASHCTL		ctl;

	MemoryContextReset(c->datacxt);		/* runs trust_release */
	c->release_cb.func = trust_release;
	c->release_cb.arg = c;
	MemoryContextRegisterResetCallback(c->datacxt, &c->release_cb);

	snapcache_tag(&c->tag, snap, c->datacxt);

	memset(&ctl, 0, sizeof(ctl));
	ctl.keysize = TRUST_KID_MAX + 1;
	ctl.entrysize = sizeof(SignerEntry);
	ctl.hcxt = c->datacxt;
	c->signers = hash_create("provenance signer cache", 64, &ctl,
							 HASH_ELEM | HASH_STRINGS | HASH_CONTEXT);
	memset(&ctl, 0, sizeof(ctl));
	ctl.keysize = 32;
	ctl.entrysize = sizeof(ChainEntry);
	ctl.hcxt = c->datacxt;
	c->chains = hash_create("provenance chain cache", 16, &ctl,
							HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
}

/* See trust.h */
TrustCache *
trust_cache(FunctionCallInfo fcinfo)
{
	TrustCache *c;
	Snapshot	snap;

	if (fcinfo->flinfo == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("verify(signed_record) must be called through the function manager")));
	c = (TrustCache *) fcinfo->flinfo->fn_extra;
	if (c == NULL)
	{
		MemoryContext mcxt = fcinfo->flinfo->fn_mcxt;

		c = MemoryContextAllocZero(mcxt, sizeof(TrustCache));
		c->datacxt = AllocSetContextCreate(mcxt, "provenance trust cache",
										   ALLOCSET_DEFAULT_SIZES);
		c->rowcxt = AllocSetContextCreate(mcxt, "provenance trust row",
										  ALLOCSET_SMALL_SIZES);
		c->schema = get_func_namespace(fcinfo->flinfo->fn_oid);
		fcinfo->flinfo->fn_extra = c;
	}
	MemoryContextReset(c->rowcxt);
	snap = snapcache_snapshot();
	if (!snapcache_current(&c->tag, snap))
		trust_cache_renew(c, snap);
	return c;
}

/* See trust.h */
MemoryContext
trust_row_context(TrustCache *c)
{
	return c->rowcxt;
}

/* ---------------------------------------------------------------------
 * registry reads
 * ---------------------------------------------------------------------
 */

/*
 * trust_prepare
 *		A saved plan of query (a format with one %s for the quoted schema
 *		name of the extension) with the given argument types.
 */
static SPIPlanPtr
trust_prepare(const TrustCache *c, const char *query, int nargs, Oid *argtypes)
{
	char	   *nsp = get_namespace_name(c->schema);
	char	   *sql;
	SPIPlanPtr	plan;

	if (nsp == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("the schema of the provenance extension does not exist")));
	sql = psprintf(query, quote_identifier(nsp));
	plan = SPI_prepare(sql, nargs, argtypes);
	if (plan == NULL)
		elog(ERROR, "SPI_prepare failed for \"%s\": %s", sql,
			 SPI_result_code_string(SPI_result));
	if (SPI_keepplan(plan) != 0)
		elog(ERROR, "SPI_keepplan failed");
	return plan;
}

/* A timestamptz column of the current SPI row; false when NULL */
static bool
trust_ts_column(HeapTuple tup, TupleDesc desc, int col, TimestampTz *out)
{
	bool		isnull;
	Datum		d = SPI_getbinval(tup, desc, col, &isnull);

	if (isnull)
		return false;
	*out = DatumGetTimestampTz(d);
	return true;
}

/* A text column of the current SPI row copied into cxt; NULL when NULL */
static char *
trust_text_column(HeapTuple tup, TupleDesc desc, int col, MemoryContext cxt)
{
	bool		isnull;
	Datum		d = SPI_getbinval(tup, desc, col, &isnull);

	if (isnull)
		return NULL;
	return MemoryContextStrdup(cxt, TextDatumGetCString(d));
}

/*
 * trust_load_key
 *		Load the DER of a pubkey or certificate datum d into *k.  A stored
 *		key that does not load (it cannot happen for values the types
 *		accepted) leaves k->ks.key NULL, which verifies nothing.
 */
static void
trust_load_key(TrustKey *k, Datum d)
{
	bytea	   *der = DatumGetByteaPP(d);

	k->ks.key = pk_load_der((const unsigned char *) VARDATA_ANY(der),
						 VARSIZE_ANY_EXHDR(der), NULL, NULL);
}

/*
 * trust_signer
 *		The registry entry for kid (at most TRUST_KID_MAX bytes), read with
 *		SPI under the active snapshot on the first call for that kid in
 *		this cache's life.
 */
static SignerEntry *
trust_signer(TrustCache *c, const char *kid)
{
	SignerEntry *e;
	bool		found;
	Datum		arg;
	int			rc;

	e = (SignerEntry *) hash_search(c->signers, kid, HASH_FIND, NULL);
	if (e != NULL)
		return e;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (signer_plan == NULL)
	{
		Oid			argtypes[1] = {TEXTOID};

		signer_plan = trust_prepare(c,
									"SELECT public_key, party, role, valid_from, valid_until,"
									" revoked_at, revocation_reason"
									" FROM %s.signer WHERE kid OPERATOR(pg_catalog.=) $1",
									1, argtypes);
	}
	arg = CStringGetTextDatum(kid);
	rc = SPI_execute_plan(signer_plan, &arg, NULL, true, 1);
	if (rc != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute_plan failed: %s", SPI_result_code_string(rc));

	{
		TrustKey   *k = trust_new_key(c);

		e = (SignerEntry *) hash_search(c->signers, kid, HASH_ENTER, &found);
		memset((char *) e + sizeof(e->kid), 0, sizeof(SignerEntry) - sizeof(e->kid));
		e->key = k;
	}
	if (SPI_processed == 1)
	{
		HeapTuple	tup = SPI_tuptable->vals[0];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;
		Datum		pk = SPI_getbinval(tup, desc, 1, &isnull);

		e->found = true;
		if (!isnull)
			trust_load_key(e->key, pk);
		e->party = trust_text_column(tup, desc, 2, c->datacxt);
		e->role = trust_text_column(tup, desc, 3, c->datacxt);
		e->has_from = trust_ts_column(tup, desc, 4, &e->valid_from);
		e->has_until = trust_ts_column(tup, desc, 5, &e->valid_until);
		e->revoked = trust_ts_column(tup, desc, 6, &e->revoked_at);
		e->reason = trust_text_column(tup, desc, 7, c->datacxt);
		e->compromised = e->revoked && e->reason != NULL &&
			strcmp(e->reason, "key_compromise") == 0;
	}
	SPI_finish();
	return e;
}

/*
 * trust_load_anchors
 *		Read provenance.trust_anchor (under the active snapshot) into the
 *		cache's x5_store, once per cache life.
 */
static void
trust_load_anchors(TrustCache *c)
{
	int			rc;
	uint64		i;

	if (c->anchors_loaded)
		return;
	c->store = x5_store_new();
	if (c->store == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory")));

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (anchor_plan == NULL)
		anchor_plan = trust_prepare(c,
									"SELECT name, certificate, roles FROM %s.trust_anchor ORDER BY name",
									0, NULL);
	rc = SPI_execute_plan(anchor_plan, NULL, NULL, true, 0);
	if (rc != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute_plan failed: %s", SPI_result_code_string(rc));

	c->anchors = MemoryContextAllocZero(c->datacxt,
										sizeof(AnchorInfo) * Max(SPI_processed, 1));
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		AnchorInfo *a = &c->anchors[c->nanchors];
		bool		isnull;
		Datum		d;
		bytea	   *der;
		Datum	   *elems;
		bool	   *nulls;
		int			n;
		int			j;

		d = SPI_getbinval(tup, desc, 2, &isnull);
		if (isnull)
			continue;
		der = DatumGetByteaPP(d);
		if (!x5_store_add(c->store, (const unsigned char *) VARDATA_ANY(der),
						  VARSIZE_ANY_EXHDR(der), c->nanchors))
			continue;			/* cannot happen for a certificate value */
		a->name = trust_text_column(tup, desc, 1, c->datacxt);
		d = SPI_getbinval(tup, desc, 3, &isnull);
		if (!isnull)
		{
			deconstruct_array(DatumGetArrayTypeP(d), TEXTOID, -1, false,
							  TYPALIGN_INT, &elems, &nulls, &n);
			a->roles = MemoryContextAlloc(c->datacxt, sizeof(char *) * Max(n, 1));
			for (j = 0; j < n; j++)
				if (!nulls[j])
					a->roles[a->nroles++] =
						MemoryContextStrdup(c->datacxt, TextDatumGetCString(elems[j]));
		}
		c->nanchors++;
	}
	SPI_finish();
	c->anchors_loaded = true;
}

/* Unix seconds as timestamptz, clamped to the type's range */
static TimestampTz
trust_unix_to_ts(int64_t secs)
{
	const int64 lo = (int64) ((DATETIME_MIN_JULIAN - UNIX_EPOCH_JDATE) * (int64) SECS_PER_DAY);
	const int64 hi = (int64) ((TIMESTAMP_END_JULIAN - UNIX_EPOCH_JDATE) * (int64) SECS_PER_DAY) - 1;

	if (secs < lo)
		return DT_NOBEGIN;
	if (secs > hi)
		return DT_NOEND;
	return time_t_to_timestamptz((pg_time_t) secs);
}

/*
 * trust_chain
 *		The cached outcome of verifying the x5c chain x5c[0..n) against the
 *		anchors: made on first sight of this chain in the cache's life.
 */
static ChainEntry *
trust_chain(TrustCache *c, char **x5c, int n)
{
	unsigned char digest[32];
	EVP_MD_CTX *md;
	ChainEntry *e;
	bool		found;
	size_t		lens[X5_MAX_CHAIN + 1];
	x5_result	res;
	int			i;
	bool		ok;

	/* identify the chain: SHA-256 over each entry and a separator */
	md = EVP_MD_CTX_new();
	ok = md != NULL && EVP_DigestInit_ex(md, EVP_sha256(), NULL) == 1;
	for (i = 0; ok && i < n; i++)
		ok = EVP_DigestUpdate(md, x5c[i], strlen(x5c[i]) + 1) == 1;
	ok = ok && EVP_DigestFinal_ex(md, digest, NULL) == 1;
	EVP_MD_CTX_free(md);
	if (!ok)
		ereport(ERROR,
				(errcode(ERRCODE_EXTERNAL_ROUTINE_INVOCATION_EXCEPTION),
				 errmsg("could not compute SHA-256 with OpenSSL")));

	e = (ChainEntry *) hash_search(c->chains, digest, HASH_FIND, NULL);
	if (e != NULL)
		return e;

	trust_load_anchors(c);

	/* enter first, so that the leaf key is owned as soon as it exists */
	{
		TrustKey   *k = trust_new_key(c);

		e = (ChainEntry *) hash_search(c->chains, digest, HASH_ENTER, &found);
		memset((char *) e + sizeof(e->digest), 0, sizeof(ChainEntry) - sizeof(e->digest));
		e->status = X5_UNTRUSTED;
		e->key = k;
	}

	memset(&res, 0, sizeof(res));
	if (n > X5_MAX_CHAIN)
	{
		res.status = X5_MALFORMED;
		snprintf(res.detail, sizeof(res.detail),
				 "The x5c header parameter has %d certificates; at most %d are accepted.",
				 n, X5_MAX_CHAIN);
	}
	else
	{
		for (i = 0; i < n; i++)
			lens[i] = strlen(x5c[i]);
		x5_chain_verify(c->store, (const char *const *) x5c, lens, n, &res);
	}
	e->key->ks.key = res.leaf_key;
	e->status = res.status;
	e->anchor = res.anchor_id;
	e->not_before = trust_unix_to_ts(res.not_before);
	e->not_after = trust_unix_to_ts(res.not_after);
	e->subject = MemoryContextStrdup(c->datacxt, res.subject);
	e->detail = MemoryContextStrdup(c->datacxt, res.detail);
	if (e->status == X5_OK && (e->anchor < 0 || e->anchor >= c->nanchors))
	{
		e->status = X5_UNTRUSTED;
		e->detail = MemoryContextStrdup(c->datacxt, "The chain ends at an unknown anchor.");
	}
	return e;
}

/* ---------------------------------------------------------------------
 * the verdict
 * ---------------------------------------------------------------------
 */

/* Set a failing verdict (detail formatted only when asked for) */
#define FAIL(v, st, ...) \
	do { \
		(v)->ok = false; \
		(v)->status = (st); \
		if (want_detail) \
			(v)->detail = psprintf(__VA_ARGS__); \
		return; \
	} while (0)

/* t as text (timestamptz_to_str's buffer is static: copy it) */
static char *
trust_ts_text(TimestampTz t)
{
	return pstrdup(timestamptz_to_str(t));
}

/* The key type name of k ("Ed25519", "RSA-2048"), for details */
static const char *
trust_key_name(TrustKey *k)
{
	char		buf[PK_TYPE_NAME_MAX];
	int			bits = 0;
	pk_type		t;

	if (k->ks.key == NULL)
		return "unreadable";
	t = pk_key_type(k->ks.key, &bits);
	pk_type_name(t, bits, buf, sizeof(buf));
	return pstrdup(buf);
}

/*
 * trust_judge
 *		Judge record r (see the file header) into *v.  Memory is palloc'd in
 *		the current (row) context.  Raises only for a corrupt stored value,
 *		registry read failures (such as a missing privilege) and out of
 *		memory.
 */
void
trust_judge(TrustCache *c, const SignedRecord *r, TrustVerdict *v, bool want_detail)
{
	RecordTrustInfo info;
	const char *alg_name = sig_alg_name((sig_alg) r->alg);
	SignerEntry *se = NULL;
	ChainEntry *ce = NULL;
	TrustKey   *key;
	sig_verifier *verifier;
	unsigned char sig[SIG_MAX_LEN];
	const char *seg;
	size_t		seglen;
	long		siglen;
	TimestampTz now;
	int64		skew;

	memset(v, 0, sizeof(*v));
	if (VARSIZE(r) < SIGNED_RECORD_HDRSZ || r->version != SIGNED_RECORD_VERSION ||
		alg_name == NULL || record_signing_input_len(r) + 1 > record_compact_len(r))
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("corrupt signed_record value")));

	if ((prov_allowed_algs & (UINT32_C(1) << r->alg)) == 0)
		FAIL(v, "algorithm_not_allowed",
			 "The algorithm %s is not in provenance.allowed_algorithms.", alg_name);

	record_trust_info(r, &info);
	if (info.kid != NULL)
		v->kid = info.kid;

	if (info.x5c_bad)
		FAIL(v, "untrusted_chain",
			 "The x5c header parameter is not a non-empty array of strings.");
	if (info.nx5c > 0)
	{
		/* signed by the leaf of a certificate chain */
		AnchorInfo *a;
		int			i;

		ce = trust_chain(c, info.x5c, info.nx5c);
		if (ce->status != X5_OK)
			FAIL(v, "untrusted_chain", "%s", ce->detail);
		a = &c->anchors[ce->anchor];
		v->party = ce->subject;
		if (info.role != NULL)
		{
			for (i = 0; i < a->nroles; i++)
				if (strcmp(a->roles[i], info.role) == 0)
					break;
			if (i == a->nroles)
				FAIL(v, "untrusted_chain",
					 "The trust anchor \"%s\" does not vouch for the role \"%s\" the record claims.",
					 a->name, info.role);
			v->role = a->roles[i];
		}
		else if (a->nroles == 1)
			v->role = a->roles[0];
		key = ce->key;
	}
	else
	{
		/* signed by a registered signer */
		if (info.kid == NULL)
			FAIL(v, "unknown_signer", "%s",
				 info.embedded_key ?
				 "The record names no kid and no x5c chain; a key embedded in the header (jwk) or named by URL (jku, x5u) is never trusted." :
				 "The record names no signer: it has neither a kid nor an x5c header parameter.");
		if (strlen(info.kid) > TRUST_KID_MAX)
			FAIL(v, "unknown_signer", "The kid is longer than any registered kid (%d bytes).",
				 TRUST_KID_MAX);
		se = trust_signer(c, info.kid);
		if (!se->found)
			FAIL(v, "unknown_signer", "No signer with kid \"%s\" is registered.", info.kid);
		v->party = se->party;
		v->role = se->role;
		key = se->key;
	}

	verifier = sig_keyset_verifier(&key->ks, (sig_alg) r->alg);
	if (verifier == NULL)
		FAIL(v, "key_algorithm_mismatch",
			 "The record's algorithm %s does not fit the signer's %s key.",
			 alg_name, trust_key_name(key));
	seg = record_sig_segment(r, &seglen);
	siglen = seglen <= B64URL_ENCODED_LEN(SIG_MAX_LEN) ?
		b64url_decode(seg, seglen, sig, sizeof(sig)) : -1;
	if (siglen <= 0 ||
		!sig_verifier_verify(verifier, (const unsigned char *) r->compact,
							 record_signing_input_len(r), sig, (size_t) siglen))
		FAIL(v, "bad_signature", "The %s signature does not verify with the signer's key.",
			 alg_name);

	if (!info.has_iat)
		FAIL(v, "missing_issued_at",
			 "The record has no iat claim, so it cannot be judged as of its issue time.");

	if (se != NULL)
	{
		if (se->compromised)
			FAIL(v, "signer_revoked",
				 "The signer's key was revoked for key_compromise at %s; no record signed with it is accepted.",
				 trust_ts_text(se->revoked_at));
		if (se->revoked && info.iat >= se->revoked_at)
			FAIL(v, "signer_revoked",
				 "The record was issued at %s, after the signer's key was revoked (%s) at %s.",
				 trust_ts_text(info.iat), se->reason, trust_ts_text(se->revoked_at));
		if (se->has_from && info.iat < se->valid_from)
			FAIL(v, "signer_not_yet_valid",
				 "The record was issued at %s, before the signer's key became valid at %s.",
				 trust_ts_text(info.iat), trust_ts_text(se->valid_from));
		if (se->has_until && info.iat >= se->valid_until)
			FAIL(v, "signer_expired",
				 "The record was issued at %s, after the signer's key expired at %s.",
				 trust_ts_text(info.iat), trust_ts_text(se->valid_until));
	}
	else
	{
		if (info.iat < ce->not_before)
			FAIL(v, "certificate_not_yet_valid",
				 "The record was issued at %s, before a certificate of its chain became valid at %s.",
				 trust_ts_text(info.iat), trust_ts_text(ce->not_before));
		if (info.iat > ce->not_after)
			FAIL(v, "certificate_expired",
				 "The record was issued at %s, after a certificate of its chain expired at %s.",
				 trust_ts_text(info.iat), trust_ts_text(ce->not_after));
	}

	now = GetCurrentTransactionStartTimestamp();
	skew = (int64) prov_clock_skew * USECS_PER_SEC;
	if (info.has_exp && now >= info.exp && now - info.exp >= skew)
		FAIL(v, "record_expired", "The record expired at %s (exp).",
			 trust_ts_text(info.exp));
	if (info.has_nbf && now < info.nbf && info.nbf - now > skew)
		FAIL(v, "record_not_yet_valid", "The record is not valid before %s (nbf).",
			 trust_ts_text(info.nbf));
	if (info.iat > now && info.iat - now > skew)
		FAIL(v, "record_not_yet_valid", "The record claims to be issued at %s, in the future.",
			 trust_ts_text(info.iat));

	v->ok = true;
	v->status = "valid";
}

/*
 * prov_verify_trusted
 *		verify(signed_record) -> boolean: the ok of the verdict.
 */
Datum
prov_verify_trusted(PG_FUNCTION_ARGS)
{
	SignedRecord *r = PG_GETARG_SIGNED_RECORD_P(0);
	TrustCache *c = trust_cache(fcinfo);
	MemoryContext old = MemoryContextSwitchTo(c->rowcxt);
	TrustVerdict v;

	trust_judge(c, r, &v, false);
	MemoryContextSwitchTo(old);
	PG_RETURN_BOOL(v.ok);
}

/*
 * prov_verification
 *		verification(signed_record) -> verdict: (ok, status, kid, party,
 *		role, detail).
 */
Datum
prov_verification(PG_FUNCTION_ARGS)
{
	SignedRecord *r = PG_GETARG_SIGNED_RECORD_P(0);
	TrustCache *c = trust_cache(fcinfo);
	MemoryContext old;
	TrustVerdict v;
	Datum		values[6];
	bool		nulls[6];
	HeapTuple	tup;

	if (c->verdict_desc == NULL)
	{
		TupleDesc	desc;

		if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
			elog(ERROR, "verification() must return a composite type");
		old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
		c->verdict_desc = BlessTupleDesc(CreateTupleDescCopy(desc));
		MemoryContextSwitchTo(old);
	}

	old = MemoryContextSwitchTo(c->rowcxt);
	trust_judge(c, r, &v, true);
	MemoryContextSwitchTo(old);

	/* the result tuple is built in the caller's context */
	memset(nulls, 0, sizeof(nulls));
	values[0] = BoolGetDatum(v.ok);
	values[1] = CStringGetTextDatum(v.status);
	nulls[2] = v.kid == NULL;
	values[2] = v.kid ? CStringGetTextDatum(v.kid) : (Datum) 0;
	nulls[3] = v.party == NULL;
	values[3] = v.party ? CStringGetTextDatum(v.party) : (Datum) 0;
	nulls[4] = v.role == NULL;
	values[4] = v.role ? CStringGetTextDatum(v.role) : (Datum) 0;
	nulls[5] = v.detail == NULL;
	values[5] = v.detail ? CStringGetTextDatum(v.detail) : (Datum) 0;
	tup = heap_form_tuple(c->verdict_desc, values, nulls);
	PG_RETURN_DATUM(HeapTupleGetDatum(tup));
}
