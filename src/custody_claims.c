/*
 * custody_claims.c
 *		The claims of a custody event: one hand-over of a unit along its
 *		route, signed by the party that performed it.
 *
 *	event		commission, ship, receive, transit, customs_hold,
 *				customs_release, aggregate, disaggregate, inspect, sell,
 *				return, destroy
 *	item		the unit identity (gs1_item: key and serial, canonical
 *				bracketed text); for aggregate and disaggregate the container
 *	iat			the time of the event (NumericDate)
 *	prev		record_hash of the item's previous event: none for commission,
 *				optional for aggregate (absent when the aggregation makes the
 *				container), required otherwise
 *	location	a GLN (13 digits, check digit) or a UN/LOCODE
 *	country		optional ISO 3166-1 alpha-2 code; equal to a UN/LOCODE's
 *	to			ship only: the kid of the receiving party
 *	items		aggregate and disaggregate only: the units put into or taken
 *				out of the container
 *	prevs		aggregate only: for each entry of items, the record_hash of
 *				that unit's previous event
 *
 * One reader serves the SQL functions (custody_claims_error on jsonb,
 * custody_event_error on a record) and the aggregate custody_verify, so
 * that they cannot disagree about what an event is.  The claims are read
 * with PostgreSQL's JSON parser in one pass over the payload.
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"

#include "b64url.h"
#include "custody.h"
#include "gs1.h"
#include "gs1_check.h"

PG_FUNCTION_INFO_V1(prov_custody_claims_error);
PG_FUNCTION_INFO_V1(prov_custody_event_error);
PG_FUNCTION_INFO_V1(prov_custody_item);
PG_FUNCTION_INFO_V1(prov_custody_prev);
PG_FUNCTION_INFO_V1(prov_custody_links);

const char *const custody_event_names[CT_COUNT] = {
	"commission", "ship", "receive", "transit", "customs_hold",
	"customs_release", "aggregate", "disaggregate", "inspect", "sell",
	"return", "destroy"
};

/* The claims read, in this order */
enum
{
	CL_EVENT, CL_ITEM, CL_IAT, CL_PREV, CL_LOCATION, CL_COUNTRY, CL_TO,
	CL_ITEMS, CL_PREVS, CL_COUNT
};

static const char *const claim_names[CL_COUNT] = {
	"event", "item", "iat", "prev", "location", "country", "to", "items",
	"prevs"
};

#define CUSTODY_KID_MAX		256	/* signer.kid is 1 to 256 bytes */

static void
custody_members(JsonMember *m)
{
	int			i;

	memset(m, 0, sizeof(JsonMember) * CL_COUNT);
	for (i = 0; i < CL_COUNT; i++)
		m[i].name = claim_names[i];
}

/*
 * custody_hash_text
 *		Decode a record_hash (43 base64url characters; b64url_decode accepts
 *		only the one canonical spelling, so equal hashes are equal text) into
 *		out; false when s is none.
 */
static bool
custody_hash_text(const char *s, unsigned char *out)
{
	return strlen(s) == B64URL_ENCODED_LEN(CUSTODY_HASH_LEN) &&
		b64url_decode(s, strlen(s), out, CUSTODY_HASH_LEN) == CUSTODY_HASH_LEN;
}

/* True when s is a UN/LOCODE shape: 2 letters and 3 of [A-Z2-9] */
static bool
custody_is_locode(const char *s)
{
	int			i;

	if (strlen(s) != 5)
		return false;
	for (i = 0; i < 5; i++)
		if (!((s[i] >= 'A' && s[i] <= 'Z') || (i >= 2 && s[i] >= '2' && s[i] <= '9')))
			return false;
	return true;
}

/*
 * custody_check
 *		Check the scanned members m and fill *cl; NULL when they are a
 *		custody event, else why not.
 */
static char *
custody_check(JsonMember *m, CustodyClaims *cl)
{
	const char *ev;
	char	   *why;
	int			t;
	int			i,
				j;

	memset(cl, 0, sizeof(*cl));
	if (m[CL_EVENT].kind != JK_STRING)
		return pstrdup("The \"event\" claim is missing or not a string.");
	ev = m[CL_EVENT].value;
	for (t = 0; t < CT_COUNT; t++)
		if (strcmp(custody_event_names[t], ev) == 0)
			break;
	if (t == CT_COUNT)
		return psprintf("The event %s is unknown; events are commission, ship, receive, transit, customs_hold, customs_release, aggregate, disaggregate, inspect, sell, return and destroy.",
						quote_literal_cstr(ev));
	cl->type = (custody_type) t;

	if (m[CL_ITEM].kind != JK_STRING)
		return pstrdup("The \"item\" claim is missing or not a string.");
	cl->item = m[CL_ITEM].value;
	if ((why = gs1_unit_identity_error(cl->item, "item")) != NULL)
		return why;

	if (m[CL_IAT].kind != JK_NUMBER)
		return pstrdup("The \"iat\" claim (the time of the event) is missing or not a number.");
	if (!numericdate_to_timestamptz(m[CL_IAT].value, &cl->iat))
		return pstrdup("The \"iat\" claim is out of the range of timestamptz.");

	if (m[CL_PREV].kind != JK_ABSENT)
	{
		if (cl->type == CT_COMMISSION)
			return pstrdup("A commission event starts a chain: it has no \"prev\" claim.");
		if (m[CL_PREV].kind != JK_STRING || !custody_hash_text(m[CL_PREV].value, cl->prev))
			return pstrdup("The \"prev\" claim is not a record_hash (43 base64url characters).");
		cl->has_prev = true;
		cl->prev_text = m[CL_PREV].value;
	}
	else if (cl->type != CT_COMMISSION && cl->type != CT_AGGREGATE)
		return psprintf("A %s event needs a \"prev\" claim: the record_hash of the item's previous event.", ev);

	if (m[CL_LOCATION].kind != JK_STRING)
		return pstrdup("The \"location\" claim (a GLN or a UN/LOCODE) is missing or not a string.");
	cl->location = m[CL_LOCATION].value;
	if (strlen(cl->location) == 13 && strspn(cl->location, "0123456789") == 13)
	{
		if (!gs1_gln_is_valid(cl->location, 13))
			return psprintf("The location %s is not a GLN: its check digit is wrong.",
							quote_literal_cstr(cl->location));
	}
	else if (custody_is_locode(cl->location))
	{
		if (!gs1_country_is_valid(cl->location))
			return psprintf("The location %s is not a UN/LOCODE: %.2s is no country.",
							quote_literal_cstr(cl->location), cl->location);
		memcpy(cl->country, cl->location, 2);
	}
	else
		return psprintf("The location %s is neither a GLN (13 digits) nor a UN/LOCODE (such as AZBAK).",
						quote_literal_cstr(cl->location));

	if (m[CL_COUNTRY].kind != JK_ABSENT)
	{
		const char *c = m[CL_COUNTRY].value;

		if (m[CL_COUNTRY].kind != JK_STRING || strlen(c) != 2 || !gs1_country_is_valid(c))
			return pstrdup("The \"country\" claim is not an ISO 3166-1 alpha-2 code.");
		if (cl->country[0] != '\0' && memcmp(cl->country, c, 2) != 0)
			return psprintf("The country %s does not match the location %s.", c, cl->location);
		memcpy(cl->country, c, 2);
	}

	if (cl->type == CT_SHIP)
	{
		if (m[CL_TO].kind != JK_STRING || m[CL_TO].value[0] == '\0' ||
			strlen(m[CL_TO].value) > CUSTODY_KID_MAX)
			return pstrdup("A ship event hands the item over: its \"to\" claim names the kid of the receiving party.");
		cl->to = m[CL_TO].value;
	}
	else if (m[CL_TO].kind != JK_ABSENT)
		return psprintf("Only ship events name a receiving party; a %s event has no \"to\" claim.", ev);

	if (cl->type == CT_AGGREGATE || cl->type == CT_DISAGGREGATE)
	{
		JsonMember *it = &m[CL_ITEMS];

		if (it->kind != JK_ARRAY || it->nelems == 0)
			return psprintf("An %s event lists the contents of the container \"item\" in an \"items\" array.", ev);
		if (it->nstrings != it->nelems)
			return pstrdup("The \"items\" array holds something that is not a string.");
		cl->nitems = it->nstrings;
		cl->items = it->strings;
		for (i = 0; i < cl->nitems; i++)
		{
			if ((why = gs1_unit_identity_error(cl->items[i], "\"items\" entry")) != NULL)
				return why;
			if (strcmp(cl->items[i], cl->item) == 0)
				return psprintf("The \"items\" entry %d is the container itself.", i);
			for (j = 0; j < i; j++)
				if (strcmp(cl->items[i], cl->items[j]) == 0)
					return psprintf("The \"items\" entry %d repeats an item.", i);
		}
	}
	else if (m[CL_ITEMS].kind != JK_ABSENT)
		return psprintf("Only aggregate and disaggregate events list \"items\"; a %s event has none.", ev);

	if (cl->type == CT_AGGREGATE)
	{
		JsonMember *pv = &m[CL_PREVS];

		if (pv->kind != JK_ARRAY || pv->nelems != cl->nitems || pv->nstrings != pv->nelems)
			return pstrdup("An aggregate event gives in \"prevs\" the record_hash of each unit's previous event, one string per \"items\" entry.");
		cl->prevs_text = pv->strings;
		cl->prevs = palloc(sizeof(*cl->prevs) * cl->nitems);
		for (i = 0; i < cl->nitems; i++)
			if (!custody_hash_text(pv->strings[i], cl->prevs[i]))
				return psprintf("The \"prevs\" entry %d is not a record_hash (43 base64url characters).", i);
	}
	else if (m[CL_PREVS].kind != JK_ABSENT)
		return psprintf("Only aggregate events have \"prevs\"; a %s event has none.", ev);

	return NULL;
}

/* See custody.h */
char *
custody_read_record(const SignedRecord *r, CustodyClaims *cl)
{
	JsonMember	m[CL_COUNT];

	custody_members(m);
	record_scan_claims(r, m, CL_COUNT);
	return custody_check(m, cl);
}

/*
 * prov_custody_claims_error
 *		custody_claims_error(jsonb) -> text: why the claims are not a
 *		custody event, NULL when they are.
 */
Datum
prov_custody_claims_error(PG_FUNCTION_ARGS)
{
	Jsonb	   *jb = PG_GETARG_JSONB_P(0);
	char	   *s = JsonbToCString(NULL, &jb->root, VARSIZE(jb));
	JsonMember	m[CL_COUNT];
	CustodyClaims cl;
	bool		is_object = false;
	char	   *why;

	custody_members(m);
	if (!json_scan_members(s, strlen(s), m, CL_COUNT, &is_object))
		elog(ERROR, "jsonb output is not JSON");
	if (!is_object)
		PG_RETURN_TEXT_P(cstring_to_text("The claims are not a JSON object."));
	why = custody_check(m, &cl);
	if (why == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(why));
}

/*
 * prov_custody_event_error
 *		custody_event_error(signed_record) -> text: the same for a record's
 *		claims (a record's payload is always a JSON object).
 */
Datum
prov_custody_event_error(PG_FUNCTION_ARGS)
{
	SignedRecord *r = PG_GETARG_SIGNED_RECORD_P(0);
	CustodyClaims cl;
	char	   *why = custody_read_record(r, &cl);

	if (why == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(why));
}

/* The string claim `name` of r, NULL when absent or not a string */
static Datum
custody_string_claim(FunctionCallInfo fcinfo, const char *name)
{
	SignedRecord *r = PG_GETARG_SIGNED_RECORD_P(0);
	JsonMember	m;

	memset(&m, 0, sizeof(m));
	m.name = name;
	record_scan_claims(r, &m, 1);
	if (m.kind != JK_STRING)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(m.value));
}

/* custody_item(signed_record) -> text: the "item" claim as written */
Datum
prov_custody_item(PG_FUNCTION_ARGS)
{
	return custody_string_claim(fcinfo, "item");
}

/* custody_prev(signed_record) -> text: the "prev" claim as written */
Datum
prov_custody_prev(PG_FUNCTION_ARGS)
{
	return custody_string_claim(fcinfo, "prev");
}

/*
 * prov_custody_links
 *		custody_links(signed_record) -> TABLE(item text, prev text): every
 *		predecessor the event claims, as (item, record_hash of its previous
 *		event): the item's own "prev", and for an aggregate event each unit
 *		with its "prevs" entry.  No rows for a record that is not a custody
 *		event.
 */
Datum
prov_custody_links(PG_FUNCTION_ARGS)
{
	SignedRecord *r = PG_GETARG_SIGNED_RECORD_P(0);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	CustodyClaims cl;
	Datum		values[2];
	bool		nulls[2] = {false, false};
	int			i;

	InitMaterializedSRF(fcinfo, 0);
	if (custody_read_record(r, &cl) != NULL)
		return (Datum) 0;
	if (cl.has_prev)
	{
		values[0] = CStringGetTextDatum(cl.item);
		values[1] = CStringGetTextDatum(cl.prev_text);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	for (i = 0; cl.type == CT_AGGREGATE && i < cl.nitems; i++)
	{
		values[0] = CStringGetTextDatum(cl.items[i]);
		values[1] = CStringGetTextDatum(cl.prevs_text[i]);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
