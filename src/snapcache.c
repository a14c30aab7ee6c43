/*
 * snapcache.c
 *		Snapshot tags for per-query caches of table data (see snapcache.h).
 *
 * A cache in fn_extra normally lives for one execution of one query, but
 * PL/pgSQL keeps the state of simple expressions for the whole
 * transaction, so the same cache can serve several statements.  The tag
 * compares what decides visibility: the snapshot's xmin, xmax, in-progress
 * xids and command id, plus a generation counter bumped at every
 * transaction end and subtransaction abort (a rolled-back savepoint changes
 * what is visible without changing a REPEATABLE READ snapshot).
 */
#include "postgres.h"

#include "access/xact.h"
#include "utils/snapmgr.h"

#include "snapcache.h"

static uint64 snapcache_generation = 1;

static void
snapcache_xact_callback(XactEvent event, void *arg)
{
	(void) arg;
	if (event == XACT_EVENT_COMMIT || event == XACT_EVENT_ABORT ||
		event == XACT_EVENT_PARALLEL_COMMIT ||
		event == XACT_EVENT_PARALLEL_ABORT || event == XACT_EVENT_PREPARE)
		snapcache_generation++;
}

static void
snapcache_subxact_callback(SubXactEvent event, SubTransactionId mySubid,
						   SubTransactionId parentSubid, void *arg)
{
	(void) mySubid;
	(void) parentSubid;
	(void) arg;
	if (event == SUBXACT_EVENT_ABORT_SUB)
		snapcache_generation++;
}

void
snapcache_init(void)
{
	RegisterXactCallback(snapcache_xact_callback, NULL);
	RegisterSubXactCallback(snapcache_subxact_callback, NULL);
}

Snapshot
snapcache_snapshot(void)
{
	return ActiveSnapshotSet() ? GetActiveSnapshot() : GetTransactionSnapshot();
}

bool
snapcache_current(const SnapTag *t, Snapshot s)
{
	return t->valid &&
		t->generation == snapcache_generation &&
		t->xmin == s->xmin && t->xmax == s->xmax &&
		t->curcid == s->curcid && t->xcnt == s->xcnt &&
		t->subxcnt == s->subxcnt &&
		t->suboverflowed == s->suboverflowed &&
		(s->xcnt == 0 ||
		 memcmp(t->xip, s->xip, sizeof(TransactionId) * s->xcnt) == 0) &&
		(s->subxcnt <= 0 ||
		 memcmp(t->subxip, s->subxip, sizeof(TransactionId) * s->subxcnt) == 0);
}

void
snapcache_tag(SnapTag *t, Snapshot s, MemoryContext cxt)
{
	t->generation = snapcache_generation;
	t->xmin = s->xmin;
	t->xmax = s->xmax;
	t->curcid = s->curcid;
	t->xcnt = s->xcnt;
	t->subxcnt = s->subxcnt;
	t->suboverflowed = s->suboverflowed;
	t->xip = NULL;
	t->subxip = NULL;
	if (s->xcnt > 0)
	{
		t->xip = MemoryContextAlloc(cxt, sizeof(TransactionId) * s->xcnt);
		memcpy(t->xip, s->xip, sizeof(TransactionId) * s->xcnt);
	}
	if (s->subxcnt > 0)
	{
		t->subxip = MemoryContextAlloc(cxt, sizeof(TransactionId) * s->subxcnt);
		memcpy(t->subxip, s->subxip, sizeof(TransactionId) * s->subxcnt);
	}
	t->valid = true;
}
