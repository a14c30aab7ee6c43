/*
 * trust.h
 *		The trust store's settings and start-up hook, shared by provenance.c
 *		(which defines the GUCs) and trust.c (which judges records).
 */
#ifndef PROVENANCE_TRUST_H
#define PROVENANCE_TRUST_H

#include "postgres.h"

#include "fmgr.h"

#include "record.h"

/* provenance.allowed_algorithms, as a bit per sig_alg (1 << alg) */
extern uint32 prov_allowed_algs;

/* provenance.clock_skew, in seconds */
extern int	prov_clock_skew;

/* The verdict on one record (see trust.c for the statuses) */
typedef struct TrustVerdict
{
	bool		ok;
	const char *status;			/* "valid" or the first failure */
	const char *kid;			/* header kid, NULL when absent */
	const char *party;			/* the signer's party, when known */
	const char *role;			/* the signer's role, when known */
	char	   *detail;			/* NULL unless details were asked for */
} TrustVerdict;

/* Per-call-site cache of registry rows and prepared keys (trust.c) */
typedef struct TrustCache TrustCache;

/*
 * trust_cache
 *		The cache kept in fcinfo->flinfo->fn_extra (made on first use),
 *		current for the active snapshot, with its row context reset.  The
 *		caller's fn_extra must be free for it.
 */
extern TrustCache *trust_cache(FunctionCallInfo fcinfo);

/* The cache's scratch context of one call (reset by trust_cache) */
extern MemoryContext trust_row_context(TrustCache *c);

/*
 * trust_judge
 *		Judge record r into *v; memory is palloc'd in the current context.
 *		Raises only for a corrupt stored value, registry read failures and
 *		out of memory.
 */
extern void trust_judge(TrustCache *c, const SignedRecord *r, TrustVerdict *v,
						bool want_detail);

#endif							/* PROVENANCE_TRUST_H */
