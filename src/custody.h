/*
 * custody.h
 *		The claims of a custody event (custody_claims.c), shared with the
 *		aggregate that follows a unit's journey (custody_verify.c).
 */
#ifndef PROVENANCE_CUSTODY_H
#define PROVENANCE_CUSTODY_H

#include "postgres.h"

#include "datatype/timestamp.h"

#include "record.h"

/* Event types, in the order of the names in custody_event_names */
typedef enum custody_type
{
	CT_COMMISSION,
	CT_SHIP,
	CT_RECEIVE,
	CT_TRANSIT,
	CT_CUSTOMS_HOLD,
	CT_CUSTOMS_RELEASE,
	CT_AGGREGATE,
	CT_DISAGGREGATE,
	CT_INSPECT,
	CT_SELL,
	CT_RETURN,
	CT_DESTROY,
	CT_COUNT
} custody_type;

extern const char *const custody_event_names[CT_COUNT];

#define CUSTODY_HASH_LEN	32	/* a record_hash: SHA-256 */

/* The claims of a valid custody event, as read */
typedef struct CustodyClaims
{
	custody_type type;
	char	   *item;			/* the unit identity (canonical gs1 text) */
	TimestampTz iat;
	bool		has_prev;
	unsigned char prev[CUSTODY_HASH_LEN];
	char	   *prev_text;		/* the "prev" claim as written */
	char	   *location;		/* GLN or UN/LOCODE */
	char		country[3];		/* "country", or a UN/LOCODE's; "" unknown */
	char	   *to;				/* ship: receiving kid */
	int			nitems;			/* aggregate, disaggregate: "items" */
	char	  **items;
	unsigned char (*prevs)[CUSTODY_HASH_LEN];	/* aggregate: "prevs" */
	char	  **prevs_text;
} CustodyClaims;

/*
 * custody_read_record
 *		Read and check the claims of record r into *cl.  NULL when they are
 *		a custody event; otherwise why not (palloc'd).  Everything is
 *		palloc'd in the current context.
 */
extern char *custody_read_record(const SignedRecord *r, CustodyClaims *cl);

#endif							/* PROVENANCE_CUSTODY_H */
