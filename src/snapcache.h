/*
 * snapcache.h
 *		Tags for per-query caches of table data (the trust store's signers
 *		and anchors, the trademark registry): which snapshot the data was
 *		read under, so that a cache kept in fn_extra is dropped when a call
 *		comes under another snapshot, in another transaction or after a
 *		subtransaction rolled back.
 */
#ifndef PROVENANCE_SNAPCACHE_H
#define PROVENANCE_SNAPCACHE_H

#include "postgres.h"

#include "utils/snapshot.h"

typedef struct SnapTag
{
	bool		valid;
	uint64		generation;		/* snapcache generation when read */
	TransactionId xmin;
	TransactionId xmax;
	CommandId	curcid;
	uint32		xcnt;
	int32		subxcnt;
	bool		suboverflowed;
	TransactionId *xip;			/* copies, in the cache's context */
	TransactionId *subxip;
} SnapTag;

/* Called by _PG_init: counts transaction ends and subtransaction aborts */
extern void snapcache_init(void);

/* The snapshot a cache is read under: the active one, else the transaction's */
extern Snapshot snapcache_snapshot(void);

/* Was the data tagged t read under snapshot s, with nothing rolled back since? */
extern bool snapcache_current(const SnapTag *t, Snapshot s);

/* Tag data as read under s (copies the xid arrays into cxt) */
extern void snapcache_tag(SnapTag *t, Snapshot s, MemoryContext cxt);

#endif							/* PROVENANCE_SNAPCACHE_H */
