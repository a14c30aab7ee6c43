/*
 * custody_verify.c
 *		The aggregate custody_verify(signed_record): is one unit's journey
 *		intact, and if not, where did it break?
 *
 * The transition function judges each event through the trust store (the
 * same judgement as verify(record)), reads its claims and keeps a summary:
 * its record_hash, its links to predecessors and what the checks below
 * need; the signed record itself is not kept.  The final function orders
 * the events by their hash links, not by the order they arrived in, so
 * the aggregate needs no ORDER BY and partial states from parallel workers
 * combine by concatenation (combine, serial and deserial functions).
 *
 * The journey starts at the unit's commission event and follows, from
 * each event, the event that names it as its predecessor for the item
 * being followed: the unit itself, or the container it was aggregated
 * into (through the aggregate event's "prevs" entry for the unit), and the
 * unit again after a disaggregate event that lists it.  Along the way the
 * first failure is the verdict:
 *
 *	invalid_event			a record whose claims are not a custody event
 *	no_origin				no commission event of a unit, or one signed by
 *							a party that is no manufacturer or brand owner
 *	bad_signature			an event's signature does not verify
 *	untrusted_signer		verify(record) fails otherwise (unknown or
 *							revoked signer, ...; the detail names it)
 *	fork					two events of the same item name the same
 *							predecessor (or two commissions): a cloned code
 *	item_mismatch			an event names an event of the journey as its
 *							predecessor but concerns another item
 *	after_destroy			an event follows a destroy event
 *	time_reversal			an event is earlier than its predecessor
 *	wrong_handover			a ship event's "to" is not the kid that signs
 *							the next event taking custody (customs events
 *							and inspections in between do not)
 *	unauthorized_event		customs_hold or customs_release not signed by
 *							a signer of role customs
 *	missing_customs_release	a sale in a country whose customs never
 *							released the unit (unless it was made there;
 *							only where both countries are known)
 *	broken_link				an event that the journey does not reach: its
 *							predecessor is missing or was altered
 *	intact
 *
 * Events before the unit joined a container (the container's own history)
 * are part of the journey's past, not breaks.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/timestamp.h"

#include "b64url.h"
#include "custody.h"
#include "trust.h"

PG_FUNCTION_INFO_V1(prov_custody_verify_accum);
PG_FUNCTION_INFO_V1(prov_custody_verify_combine);
PG_FUNCTION_INFO_V1(prov_custody_verify_serial);
PG_FUNCTION_INFO_V1(prov_custody_verify_deserial);
PG_FUNCTION_INFO_V1(prov_custody_verify_final);

#define CV_SERIAL_VERSION	1
#define CV_INVALID			(-1)	/* CEvent.type of a record that is no event */

/* What the final function needs of one event */
typedef struct CEvent
{
	unsigned char hash[CUSTODY_HASH_LEN];
	int			type;			/* custody_type, or CV_INVALID */
	bool		ok;				/* the trust store's verdict */
	bool		has_prev;
	unsigned char prev[CUSTODY_HASH_LEN];
	TimestampTz iat;
	char		country[3];
	char	   *item;
	char	   *location;
	char	   *to;
	char	   *kid;			/* the header's kid, NULL when none */
	char	   *role;			/* the signer's role, NULL when unknown */
	char	   *status;			/* trust status when !ok */
	char	   *why;			/* why invalid, or the trust detail */
	int			nitems;
	char	  **items;
	unsigned char (*prevs)[CUSTODY_HASH_LEN];	/* aggregate only */
} CEvent;

/* The aggregate state: the events, in the aggregate context */
typedef struct CState
{
	int			n;
	int			cap;
	CEvent	   *ev;
} CState;

/* ---------------------------------------------------------------------
 * state
 * ---------------------------------------------------------------------
 */

static char *
cv_strdup(const char *s)
{
	return s ? pstrdup(s) : NULL;
}

/* A new empty event appended to st (in the current context) */
static CEvent *
cv_append(CState *st)
{
	if (st->n == st->cap)
	{
		st->cap = st->cap ? st->cap * 2 : 8;
		st->ev = st->ev ? repalloc(st->ev, sizeof(CEvent) * st->cap) :
			palloc(sizeof(CEvent) * st->cap);
	}
	memset(&st->ev[st->n], 0, sizeof(CEvent));
	return &st->ev[st->n++];
}

/* A deep copy of *src appended to st (in the current context) */
static void
cv_copy_event(CState *st, const CEvent *src)
{
	CEvent	   *e = cv_append(st);
	int			i;

	*e = *src;
	e->item = cv_strdup(src->item);
	e->location = cv_strdup(src->location);
	e->to = cv_strdup(src->to);
	e->kid = cv_strdup(src->kid);
	e->role = cv_strdup(src->role);
	e->status = cv_strdup(src->status);
	e->why = cv_strdup(src->why);
	e->items = NULL;
	e->prevs = NULL;
	if (src->nitems > 0)
	{
		e->items = palloc(sizeof(char *) * src->nitems);
		for (i = 0; i < src->nitems; i++)
			e->items[i] = pstrdup(src->items[i]);
		if (src->prevs != NULL)
		{
			e->prevs = palloc(sizeof(*e->prevs) * src->nitems);
			memcpy(e->prevs, src->prevs, sizeof(*e->prevs) * src->nitems);
		}
	}
}

static MemoryContext
cv_aggcontext(FunctionCallInfo fcinfo, const char *what)
{
	MemoryContext aggcxt;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("%s is the support function of the aggregate custody_verify and cannot be called directly", what)));
	return aggcxt;
}

/*
 * prov_custody_verify_accum
 *		Transition function: judge the record and keep its summary.  A NULL
 *		record is skipped.
 */
Datum
prov_custody_verify_accum(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = cv_aggcontext(fcinfo, "custody_verify_accum");
	CState	   *st = PG_ARGISNULL(0) ? NULL : (CState *) PG_GETARG_POINTER(0);
	SignedRecord *r;
	TrustCache *tc;
	TrustVerdict v;
	CustodyClaims cl;
	CEvent		e;
	char	   *why;
	MemoryContext old;

	if (st == NULL)
		st = MemoryContextAllocZero(aggcxt, sizeof(CState));
	if (PG_ARGISNULL(1))
		PG_RETURN_POINTER(st);
	r = PG_GETARG_SIGNED_RECORD_P(1);

	tc = trust_cache(fcinfo);
	old = MemoryContextSwitchTo(trust_row_context(tc));
	trust_judge(tc, r, &v, true);
	why = custody_read_record(r, &cl);

	memset(&e, 0, sizeof(e));
	record_digest(r, e.hash);
	e.ok = v.ok;
	e.kid = (char *) v.kid;
	e.role = (char *) v.role;
	if (!v.ok)
	{
		e.status = (char *) v.status;
		e.why = v.detail;
	}
	if (why != NULL)
	{
		e.type = CV_INVALID;
		e.why = why;
	}
	else
	{
		e.type = cl.type;
		e.has_prev = cl.has_prev;
		memcpy(e.prev, cl.prev, CUSTODY_HASH_LEN);
		e.iat = cl.iat;
		memcpy(e.country, cl.country, sizeof(e.country));
		e.item = cl.item;
		e.location = cl.location;
		e.to = cl.to;
		e.nitems = cl.nitems;
		e.items = cl.items;
		e.prevs = cl.prevs;
	}
	MemoryContextSwitchTo(aggcxt);
	cv_copy_event(st, &e);
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(st);
}

/* Combine function: the events of both partial states */
Datum
prov_custody_verify_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = cv_aggcontext(fcinfo, "custody_verify_combine");
	CState	   *a = PG_ARGISNULL(0) ? NULL : (CState *) PG_GETARG_POINTER(0);
	CState	   *b = PG_ARGISNULL(1) ? NULL : (CState *) PG_GETARG_POINTER(1);
	MemoryContext old;
	int			i;

	if (b == NULL)
	{
		if (a == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(a);
	}
	old = MemoryContextSwitchTo(aggcxt);
	if (a == NULL)
		a = palloc0(sizeof(CState));
	for (i = 0; i < b->n; i++)
		cv_copy_event(a, &b->ev[i]);
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(a);
}

/* ---------------------------------------------------------------------
 * serialization (for parallel aggregation)
 * ---------------------------------------------------------------------
 */

static void
cv_send_str(StringInfo buf, const char *s)
{
	pq_sendbyte(buf, s != NULL);
	if (s != NULL)
		pq_sendstring(buf, s);
}

static char *
cv_get_str(StringInfo buf)
{
	if (pq_getmsgbyte(buf) == 0)
		return NULL;
	return pstrdup(pq_getmsgstring(buf));
}

Datum
prov_custody_verify_serial(PG_FUNCTION_ARGS)
{
	CState	   *st = (CState *) PG_GETARG_POINTER(0);
	StringInfoData buf;
	int			i,
				j;

	(void) cv_aggcontext(fcinfo, "custody_verify_serial");
	pq_begintypsend(&buf);
	pq_sendbyte(&buf, CV_SERIAL_VERSION);
	pq_sendint32(&buf, st->n);
	for (i = 0; i < st->n; i++)
	{
		CEvent	   *e = &st->ev[i];

		pq_sendbytes(&buf, (const char *) e->hash, CUSTODY_HASH_LEN);
		pq_sendint32(&buf, e->type);
		pq_sendbyte(&buf, e->ok);
		pq_sendbyte(&buf, e->has_prev);
		pq_sendbytes(&buf, (const char *) e->prev, CUSTODY_HASH_LEN);
		pq_sendint64(&buf, e->iat);
		pq_sendbytes(&buf, e->country, 2);
		cv_send_str(&buf, e->item);
		cv_send_str(&buf, e->location);
		cv_send_str(&buf, e->to);
		cv_send_str(&buf, e->kid);
		cv_send_str(&buf, e->role);
		cv_send_str(&buf, e->status);
		cv_send_str(&buf, e->why);
		pq_sendint32(&buf, e->nitems);
		pq_sendbyte(&buf, e->prevs != NULL);
		for (j = 0; j < e->nitems; j++)
		{
			pq_sendstring(&buf, e->items[j]);
			if (e->prevs != NULL)
				pq_sendbytes(&buf, (const char *) e->prevs[j], CUSTODY_HASH_LEN);
		}
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

Datum
prov_custody_verify_deserial(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = cv_aggcontext(fcinfo, "custody_verify_deserial");
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;
	MemoryContext old = MemoryContextSwitchTo(aggcxt);
	CState	   *st = palloc0(sizeof(CState));
	int			n,
				i,
				j;

	initStringInfo(&buf);		/* a copy: NUL-terminated for pq_getmsgstring */
	appendBinaryStringInfo(&buf, VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b));
	if (pq_getmsgbyte(&buf) != CV_SERIAL_VERSION)
		elog(ERROR, "custody_verify state of an unknown version");
	n = pq_getmsgint(&buf, 4);
	for (i = 0; i < n; i++)
	{
		CEvent	   *e = cv_append(st);
		bool		has_prevs;

		memcpy(e->hash, pq_getmsgbytes(&buf, CUSTODY_HASH_LEN), CUSTODY_HASH_LEN);
		e->type = (int32) pq_getmsgint(&buf, 4);
		e->ok = pq_getmsgbyte(&buf) != 0;
		e->has_prev = pq_getmsgbyte(&buf) != 0;
		memcpy(e->prev, pq_getmsgbytes(&buf, CUSTODY_HASH_LEN), CUSTODY_HASH_LEN);
		e->iat = pq_getmsgint64(&buf);
		memcpy(e->country, pq_getmsgbytes(&buf, 2), 2);
		e->country[2] = '\0';
		e->item = cv_get_str(&buf);
		e->location = cv_get_str(&buf);
		e->to = cv_get_str(&buf);
		e->kid = cv_get_str(&buf);
		e->role = cv_get_str(&buf);
		e->status = cv_get_str(&buf);
		e->why = cv_get_str(&buf);
		e->nitems = pq_getmsgint(&buf, 4);
		has_prevs = pq_getmsgbyte(&buf) != 0;
		if (e->nitems < 0 || e->nitems > (int) (buf.len - buf.cursor))
			elog(ERROR, "corrupt custody_verify state");
		if (e->nitems > 0)
		{
			e->items = palloc(sizeof(char *) * e->nitems);
			if (has_prevs)
				e->prevs = palloc(sizeof(*e->prevs) * e->nitems);
		}
		for (j = 0; j < e->nitems; j++)
		{
			e->items[j] = pstrdup(pq_getmsgstring(&buf));
			if (has_prevs)
				memcpy(e->prevs[j], pq_getmsgbytes(&buf, CUSTODY_HASH_LEN), CUSTODY_HASH_LEN);
		}
	}
	pq_getmsgend(&buf);
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(st);
}

/* ---------------------------------------------------------------------
 * following the journey
 * ---------------------------------------------------------------------
 */

/* A predecessor link an event claims: (item, hash of its previous event) */
typedef struct CLink
{
	const unsigned char *prev;
	const char *item;
	int			event;			/* index of the claiming event */
} CLink;

/* The walk's outcome */
typedef struct CWalk
{
	CState	   *st;
	int			nevents;		/* distinct events (records given twice once) */
	bool	   *dup;			/* by event: a second copy of a record */
	int		   *order;			/* distinct events by (iat, hash) */
	int		   *byhash;			/* events sorted by hash */
	CLink	   *links;			/* sorted by prev */
	int			nlinks;
	bool	   *on_path;
	int			npath;
	int		   *path;			/* the journey as followed */
	const char *status;
	int			broken_at;		/* 1-based position, 0 = none */
	int			broken_event;	/* index, -1 = none */
	char	   *detail;
} CWalk;

static CState *cv_sort_state;	/* qsort has no argument: the state sorted */

static int
cv_cmp_time(const void *a, const void *b)
{
	const CEvent *x = &cv_sort_state->ev[*(const int *) a];
	const CEvent *y = &cv_sort_state->ev[*(const int *) b];

	if (x->iat != y->iat)
		return x->iat < y->iat ? -1 : 1;
	return memcmp(x->hash, y->hash, CUSTODY_HASH_LEN);
}

static int
cv_cmp_hash(const void *a, const void *b)
{
	return memcmp(cv_sort_state->ev[*(const int *) a].hash,
				  cv_sort_state->ev[*(const int *) b].hash, CUSTODY_HASH_LEN);
}

static int
cv_cmp_link(const void *a, const void *b)
{
	const CLink *x = (const CLink *) a;
	const CLink *y = (const CLink *) b;
	int			c = memcmp(x->prev, y->prev, CUSTODY_HASH_LEN);

	if (c != 0)
		return c;
	return cv_cmp_time(&x->event, &y->event);
}

static int
cv_cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

/* The event whose record_hash is h, or -1 */
static int
cv_find(CWalk *w, const unsigned char *h)
{
	int			lo = 0,
				hi = w->nevents - 1;

	while (lo <= hi)
	{
		int			mid = lo + (hi - lo) / 2;
		int			c = memcmp(w->st->ev[w->byhash[mid]].hash, h, CUSTODY_HASH_LEN);

		if (c == 0)
			return w->byhash[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return -1;
}

/* The first link claiming predecessor h (index into links), or nlinks */
static int
cv_first_link(CWalk *w, const unsigned char *h)
{
	int			lo = 0,
				hi = w->nlinks;

	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (memcmp(w->links[mid].prev, h, CUSTODY_HASH_LEN) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* "ship at KZAKX (2025-03-02 10:00:00+00)" for details */
static char *
cv_describe(const CEvent *e)
{
	if (e->type == CV_INVALID)
		return pstrdup("a record that is no custody event");
	return psprintf("%s at %s (%s)", custody_event_names[e->type], e->location,
					timestamptz_to_str(e->iat));
}

/* Set the verdict: failure st at path position pos, of event ev */
static void
cv_fail(CWalk *w, const char *status, int pos, int ev, char *detail)
{
	w->status = status;
	w->broken_at = pos;
	w->broken_event = ev;
	w->detail = detail;
}

/* What the walk carries from event to event */
typedef struct CTrack
{
	const CEvent *origin;		/* the commission event */
	const CEvent *handover;		/* a ship event whose receiver has not signed yet */
	int			nreleased;
	char		released[64][3];	/* countries whose customs released the unit */
} CTrack;

/* Has the customs of country c released the unit? */
static bool
cv_released(const CTrack *t, const char *c)
{
	int			i;

	for (i = 0; i < t->nreleased; i++)
		if (strcmp(t->released[i], c) == 0)
			return true;
	return false;
}

/* Does event e leave custody where it is (customs and inspections)? */
static bool
cv_custody_neutral(const CEvent *e)
{
	return e->type == CT_CUSTOMS_HOLD || e->type == CT_CUSTOMS_RELEASE ||
		e->type == CT_INSPECT;
}

/*
 * cv_check_step
 *		Check event ei, reached at path position pos from cur (NULL for the
 *		origin); false with the verdict set when the journey breaks there.
 */
static bool
cv_check_step(CWalk *w, CTrack *t, const CEvent *cur, int ei, int pos)
{
	const CEvent *e = &w->st->ev[ei];

	if (!e->ok)
	{
		cv_fail(w, strcmp(e->status, "bad_signature") == 0 ? "bad_signature" : "untrusted_signer",
				pos, ei, psprintf("The %s: %s: %s", cv_describe(e), e->status,
								  e->why ? e->why : "no detail"));
		return false;
	}
	if (cur != NULL && cur->type == CT_DESTROY)
	{
		cv_fail(w, "after_destroy", pos, ei,
				psprintf("The %s follows the destruction of the item (%s): a destroyed unit's code is in use again.",
						 cv_describe(e), cv_describe(cur)));
		return false;
	}
	if (cur != NULL && e->iat < cur->iat)
	{
		cv_fail(w, "time_reversal", pos, ei,
				psprintf("The %s is earlier than the event before it, %s.",
						 cv_describe(e), cv_describe(cur)));
		return false;
	}

	/*
	 * A ship event hands the unit to its "to": the next event that takes
	 * custody (customs and inspections in between do not) is that party's.
	 */
	if (t->handover != NULL && !cv_custody_neutral(e))
	{
		if (e->kid == NULL || strcmp(e->kid, t->handover->to) != 0)
		{
			cv_fail(w, "wrong_handover", pos, ei,
					psprintf("The %s handed the item to \"%s\", but the next event, %s, is signed by %s.",
							 cv_describe(t->handover), t->handover->to, cv_describe(e),
							 e->kid ? psprintf("\"%s\"", e->kid) : "a signer without kid"));
			return false;
		}
		t->handover = NULL;
	}
	if (e->type == CT_SHIP)
		t->handover = e;

	if ((e->type == CT_CUSTOMS_HOLD || e->type == CT_CUSTOMS_RELEASE) &&
		(e->role == NULL || strcmp(e->role, "customs") != 0))
	{
		cv_fail(w, "unauthorized_event", pos, ei,
				psprintf("The %s is signed by %s, not by customs.", cv_describe(e),
						 e->role ? psprintf("a signer of role %s", e->role) : "a signer without role"));
		return false;
	}
	if (e->type == CT_CUSTOMS_RELEASE && e->country[0] != '\0' &&
		!cv_released(t, e->country) && t->nreleased < (int) lengthof(t->released))
		strlcpy(t->released[t->nreleased++], e->country, 3);

	/* a sale abroad needs that country's release (known countries only) */
	if (e->type == CT_SELL && e->country[0] != '\0' && t->origin->country[0] != '\0' &&
		strcmp(e->country, t->origin->country) != 0 && !cv_released(t, e->country))
	{
		cv_fail(w, "missing_customs_release", pos, ei,
				psprintf("The %s is in %s, whose customs never released the item (made in %s).",
						 cv_describe(e), e->country, t->origin->country));
		return false;
	}
	return true;
}

/*
 * cv_origin
 *		The commission event the journey starts at, or -1 with the verdict
 *		set.  Commissions of containers (items some aggregate event of the
 *		group fills) do not count.
 */
static int
cv_origin(CWalk *w)
{
	CState	   *st = w->st;
	int			first = -1;
	const char **containers = palloc(sizeof(char *) * (st->n + 1));
	int			ncontainers = 0;
	int			i,
				k;

	/* the items aggregate events fill, sorted for bsearch */
	for (i = 0; i < st->n; i++)
		if (st->ev[i].type == CT_AGGREGATE)
			containers[ncontainers++] = st->ev[i].item;
	qsort(containers, ncontainers, sizeof(char *), cv_cmp_str);

	for (k = 0; k < w->nevents; k++)
	{
		CEvent	   *e = &st->ev[w->order[k]];

		CHECK_FOR_INTERRUPTS();
		if (e->type != CT_COMMISSION ||
			bsearch(&e->item, containers, ncontainers, sizeof(char *), cv_cmp_str) != NULL)
			continue;
		if (first < 0)
		{
			first = w->order[k];
			continue;
		}
		w->path[w->npath++] = first;
		cv_fail(w, strcmp(e->item, st->ev[first].item) == 0 ? "fork" : "item_mismatch",
				2, w->order[k],
				strcmp(e->item, st->ev[first].item) == 0 ?
				psprintf("The unit %s was commissioned twice, %s and %s: a cloned code.",
						 e->item, cv_describe(&st->ev[first]), cv_describe(e)) :
				psprintf("The events are of more than one unit: %s (commissioned %s) and %s (commissioned %s).",
						 st->ev[first].item, cv_describe(&st->ev[first]), e->item, cv_describe(e)));
		return -1;
	}
	if (first >= 0)
		return first;

	/* no origin: name the earliest event whose predecessor is not here */
	for (k = 0; k < w->nevents; k++)
	{
		CEvent	   *e = &st->ev[w->order[k]];

		if (!e->has_prev || cv_find(w, e->prev) < 0)
		{
			w->path[w->npath++] = w->order[k];
			cv_fail(w, "no_origin", 1, w->order[k],
					psprintf("No commission event starts the journey; its earliest event, %s, %s.",
							 cv_describe(e),
							 e->has_prev ? "names a previous event that is not in the group (an event of another unit, or one missing)" :
							 "names no previous event"));
			return -1;
		}
	}
	cv_fail(w, "no_origin", 1, -1,
			pstrdup("No commission event starts the journey, and its events form a cycle of links."));
	return -1;
}

/* Follow the journey; sets the verdict in w */
static void
cv_walk(CWalk *w)
{
	CState	   *st = w->st;
	const char **holders;		/* the unit, then the containers it is in */
	int			nholders = 1;
	CTrack		t;
	int			origin,
				cur,
				i,
				k;

	/* a record that is no custody event cannot be placed in the journey */
	for (k = 0; k < w->nevents; k++)
		if (st->ev[w->order[k]].type == CV_INVALID)
		{
			cv_fail(w, "invalid_event", 0, w->order[k],
					psprintf("A record of the group is not a custody event: %s",
							 st->ev[w->order[k]].why));
			return;
		}

	origin = cv_origin(w);
	if (origin < 0)
		return;
	w->path[w->npath++] = origin;
	w->on_path[origin] = true;
	memset(&t, 0, sizeof(t));
	t.origin = &st->ev[origin];
	if (!cv_check_step(w, &t, NULL, origin, 1))
		return;
	if (st->ev[origin].role == NULL ||
		(strcmp(st->ev[origin].role, "manufacturer") != 0 &&
		 strcmp(st->ev[origin].role, "brand_owner") != 0))
	{
		cv_fail(w, "no_origin", 1, origin,
				psprintf("The %s is signed by %s, not by a manufacturer or brand owner.",
						 cv_describe(&st->ev[origin]),
						 st->ev[origin].role ? psprintf("a signer of role %s", st->ev[origin].role) : "a signer without role"));
		return;
	}

	holders = palloc(sizeof(char *) * (st->n + 1));
	holders[0] = st->ev[origin].item;
	cur = origin;
	for (;;)
	{
		const CEvent *c = &st->ev[cur];
		const char *holder = holders[nholders - 1];
		int			next = -1;
		int			l;

		CHECK_FOR_INTERRUPTS();
		for (l = cv_first_link(w, c->hash);
			 l < w->nlinks && memcmp(w->links[l].prev, c->hash, CUSTODY_HASH_LEN) == 0;
			 l++)
		{
			const CLink *lk = &w->links[l];
			bool		expected = strcmp(lk->item, holder) == 0;

			if (!expected)
			{
				/* after a disaggregate event, its units go their own ways */
				bool		sibling = c->type == CT_DISAGGREGATE &&
					strcmp(lk->item, c->item) == 0;

				for (i = 0; i < c->nitems && !sibling && c->type == CT_DISAGGREGATE; i++)
					sibling = strcmp(lk->item, c->items[i]) == 0;
				if (!sibling)
				{
					w->path[w->npath++] = lk->event;
					cv_fail(w, "item_mismatch", w->npath, lk->event,
							psprintf("The %s names the %s of %s as its previous event, but it concerns %s.",
									 cv_describe(&st->ev[lk->event]), cv_describe(c), holder, lk->item));
					return;
				}
				continue;
			}
			if (next >= 0)
			{
				w->path[w->npath++] = lk->event;
				cv_fail(w, "fork", w->npath, lk->event,
						psprintf("Two events of %s name the same previous event (%s): %s and %s; one of them carries a cloned code.",
								 holder, cv_describe(c), cv_describe(&st->ev[next]),
								 cv_describe(&st->ev[lk->event])));
				return;
			}
			next = lk->event;
		}
		if (next < 0 || w->on_path[next])
			break;

		w->path[w->npath++] = next;
		w->on_path[next] = true;
		if (!cv_check_step(w, &t, c, next, w->npath))
			return;

		/* the item followed: into a container, or out of one */
		{
			const CEvent *e = &st->ev[next];

			if (e->type == CT_AGGREGATE && strcmp(e->item, holder) != 0)
				holders[nholders++] = e->item;
			else if (e->type == CT_DISAGGREGATE && nholders > 1 &&
					 strcmp(e->item, holder) == 0)
			{
				for (i = 0; i < e->nitems; i++)
					if (strcmp(e->items[i], holders[nholders - 2]) == 0)
					{
						nholders--;
						break;
					}
			}
		}
		cur = next;
	}

	/*
	 * Every event should be on the path or in its past (a container's own
	 * history before the unit joined it): mark that past, then the earliest
	 * event left over is where the journey broke.
	 */
	{
		bool	   *reached = palloc0(sizeof(bool) * st->n);
		int		   *stack = palloc(sizeof(int) * st->n);
		int			top = 0;

		for (i = 0; i < w->npath; i++)
		{
			reached[w->path[i]] = true;
			stack[top++] = w->path[i];
		}
		while (top > 0)
		{
			const CEvent *e = &st->ev[stack[--top]];
			int			p;

			if (e->has_prev && (p = cv_find(w, e->prev)) >= 0 && !reached[p])
			{
				reached[p] = true;
				stack[top++] = p;
			}
			for (i = 0; e->prevs != NULL && i < e->nitems; i++)
				if ((p = cv_find(w, e->prevs[i])) >= 0 && !reached[p])
				{
					reached[p] = true;
					stack[top++] = p;
				}
		}
		for (k = 0; k < w->nevents; k++)
		{
			const CEvent *e = &st->ev[w->order[k]];

			if (reached[w->order[k]])
				continue;
			w->path[w->npath++] = w->order[k];
			cv_fail(w, "broken_link", w->npath, w->order[k],
					psprintf("The %s is not linked into the journey: %s.",
							 cv_describe(e),
							 e->has_prev && cv_find(w, e->prev) < 0 ?
							 "the previous event it names is not in the group; an event is missing or was altered" :
							 "it hangs off an event that is itself not linked"));
			return;
		}
	}

	w->status = "intact";
	w->detail = psprintf("%d event%s of %s from %s to %s: signatures, links, times, hand-overs and customs releases in order.",
						 w->npath, w->npath == 1 ? "" : "s", st->ev[origin].item,
						 cv_describe(&st->ev[origin]), cv_describe(&st->ev[cur]));
}

/*
 * cv_dedup
 *		The same record given twice is one event: keep the first copy of
 *		each record_hash (byhash is sorted), rebuild order from what is left.
 */
static void
cv_dedup(CWalk *w)
{
	CState	   *st = w->st;
	bool	   *dup = w->dup;
	int			i,
				k = 0;
	int			n = 1;

	for (i = 1; i < st->n; i++)
	{
		if (memcmp(st->ev[w->byhash[i]].hash, st->ev[w->byhash[n - 1]].hash,
				   CUSTODY_HASH_LEN) == 0)
			dup[w->byhash[i]] = true;
		else
			w->byhash[n++] = w->byhash[i];
	}
	for (i = 0; i < st->n; i++)
		if (!dup[w->order[i]])
			w->order[k++] = w->order[i];
	w->nevents = n;
}

/*
 * prov_custody_verify_final
 *		Final function: the custody_verdict (ok, status, events, broken_at,
 *		broken_event, journey, detail); NULL when no record was aggregated.
 */
Datum
prov_custody_verify_final(PG_FUNCTION_ARGS)
{
	CState	   *st = PG_ARGISNULL(0) ? NULL : (CState *) PG_GETARG_POINTER(0);
	CWalk		w;
	TupleDesc	desc;
	Datum		values[7];
	bool		nulls[7];
	Datum	   *stops;
	int			i,
				j;

	(void) cv_aggcontext(fcinfo, "custody_verify_final");
	if (st == NULL || st->n == 0)
		PG_RETURN_NULL();
	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "custody_verify must return a composite type");

	memset(&w, 0, sizeof(w));
	w.st = st;
	w.broken_event = -1;
	w.nevents = st->n;
	w.dup = palloc0(sizeof(bool) * st->n);
	w.order = palloc(sizeof(int) * st->n);
	w.byhash = palloc(sizeof(int) * st->n);
	w.on_path = palloc0(sizeof(bool) * st->n);
	w.path = palloc(sizeof(int) * (st->n + 1));
	for (i = 0; i < st->n; i++)
		w.order[i] = w.byhash[i] = i;
	cv_sort_state = st;
	qsort(w.order, st->n, sizeof(int), cv_cmp_time);
	qsort(w.byhash, st->n, sizeof(int), cv_cmp_hash);
	cv_dedup(&w);
	for (i = 0; i < st->n; i++)
		if (!w.dup[i])
			w.nlinks += (st->ev[i].has_prev ? 1 : 0) + (st->ev[i].prevs ? st->ev[i].nitems : 0);
	w.links = palloc(sizeof(CLink) * (w.nlinks + 1));
	w.nlinks = 0;
	for (i = 0; i < st->n; i++)
	{
		CEvent	   *e = &st->ev[i];

		if (w.dup[i])
			continue;
		if (e->has_prev)
			w.links[w.nlinks++] = (CLink) {e->prev, e->item, i};
		for (j = 0; e->prevs != NULL && j < e->nitems; j++)
			w.links[w.nlinks++] = (CLink) {e->prevs[j], e->items[j], i};
	}
	qsort(w.links, w.nlinks, sizeof(CLink), cv_cmp_link);

	cv_walk(&w);
	cv_sort_state = NULL;

	memset(nulls, 0, sizeof(nulls));
	values[0] = BoolGetDatum(strcmp(w.status, "intact") == 0);
	values[1] = CStringGetTextDatum(w.status);
	values[2] = Int32GetDatum(w.nevents);
	nulls[3] = w.broken_at == 0;
	values[3] = Int32GetDatum(w.broken_at);
	nulls[4] = w.broken_event < 0;
	if (w.broken_event >= 0)
	{
		char		h[B64URL_ENCODED_LEN(CUSTODY_HASH_LEN) + 1];

		b64url_encode(st->ev[w.broken_event].hash, CUSTODY_HASH_LEN, h, sizeof(h));
		values[4] = CStringGetTextDatum(h);
	}
	stops = palloc(sizeof(Datum) * (w.npath + 1));
	for (i = 0; i < w.npath; i++)
	{
		const CEvent *e = &st->ev[w.path[i]];

		stops[i] = CStringGetTextDatum(e->type == CV_INVALID ? "?" :
									   psprintf("%s@%s", custody_event_names[e->type], e->location));
	}
	values[5] = PointerGetDatum(construct_array(stops, w.npath, TEXTOID, -1, false, TYPALIGN_INT));
	values[6] = CStringGetTextDatum(w.detail);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(desc), values, nulls)));
}
