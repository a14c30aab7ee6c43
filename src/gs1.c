/*
 * gs1.c
 *		The provenance.gs1 type: validated GS1 element strings.
 *
 * Storage is the packed form of gs1_parse.c (elements in AI order, each as
 * AI digits + value + GS), so equality, ordering and hashing are plain byte
 * operations, and accessors rebuild the element list without re-validating.
 * Text output is the canonical bracketed form; binary send/recv carries a
 * version byte and that text, and recv validates it like input.
 */
#include "compat.h"

#include <limits.h>

#include "fmgr.h"
#include "common/hashfn.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/json.h"
#include "utils/jsonb.h"
#include "utils/timestamp.h"

#include "gs1.h"
#include "gs1_lint.h"
#include "gs1_parse.h"

#define GS1_SEND_VERSION	1

/*
 * Scratch results (about 7 kB each) for the functions below.  A backend
 * runs one of them at a time and none keeps a result across calls, so static
 * storage spares a large palloc per row in bulk queries.  gs1_item needs two.
 */
static gs1_result gs1_scratch;
static gs1_result gs1_scratch2;

PG_FUNCTION_INFO_V1(gs1_in);
PG_FUNCTION_INFO_V1(gs1_out);
PG_FUNCTION_INFO_V1(gs1_recv);
PG_FUNCTION_INFO_V1(gs1_send);
PG_FUNCTION_INFO_V1(gs1_cmp);
PG_FUNCTION_INFO_V1(gs1_eq);
PG_FUNCTION_INFO_V1(gs1_ne);
PG_FUNCTION_INFO_V1(gs1_lt);
PG_FUNCTION_INFO_V1(gs1_le);
PG_FUNCTION_INFO_V1(gs1_gt);
PG_FUNCTION_INFO_V1(gs1_ge);
PG_FUNCTION_INFO_V1(gs1_hash);
PG_FUNCTION_INFO_V1(gs1_hash_extended);
PG_FUNCTION_INFO_V1(prov_gs1_is_valid);
PG_FUNCTION_INFO_V1(prov_gs1_error);
PG_FUNCTION_INFO_V1(prov_gs1_gtin);
PG_FUNCTION_INFO_V1(prov_gs1_serial);
PG_FUNCTION_INFO_V1(prov_gs1_lot);
PG_FUNCTION_INFO_V1(prov_gs1_expiry);
PG_FUNCTION_INFO_V1(prov_gs1_get);
PG_FUNCTION_INFO_V1(prov_gs1_elements);
PG_FUNCTION_INFO_V1(prov_gs1_item);
PG_FUNCTION_INFO_V1(prov_gs1_digital_link);
PG_FUNCTION_INFO_V1(prov_gs1_epc_urn);
PG_FUNCTION_INFO_V1(prov_gs1_scan_data);

/*
 * gs1_make
 *		A new gs1 datum (palloc'd in the current context) from a parsed and
 *		validated result.
 */
static text *
gs1_make(const gs1_result *res)
{
	size_t		len = gs1_to_packed(res, NULL, 0);
	text	   *t = (text *) palloc(VARHDRSZ + len + 1);

	gs1_to_packed(res, VARDATA(t), len + 1);
	SET_VARSIZE(t, VARHDRSZ + len);
	return t;
}

/*
 * gs1_unpack
 *		Rebuild the element list of a stored gs1 datum into *res.  Corrupt
 *		storage is reported as an internal data error.
 */
static void
gs1_unpack(text *t, gs1_result *res)
{
	if (!gs1_from_packed(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), res))
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("corrupt gs1 value")));
}

static int
gs1_sqlstate(gs1_status st)
{
	return st == GS1_ERR_TOO_LONG ? ERRCODE_PROGRAM_LIMIT_EXCEEDED
		: ERRCODE_INVALID_TEXT_REPRESENTATION;
}

/*
 * gs1_in
 *		Text input in any supported form; the error detail names the AI and
 *		the rule that failed.
 */
Datum
gs1_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	gs1_result *res = &gs1_scratch;

	if (gs1_parse(str, strlen(str), res) != GS1_OK)
		PROV_ERETURN(fcinfo->context, (Datum) 0,
					 (errcode(gs1_sqlstate(res->status)),
					  errmsg("invalid input syntax for type %s: \"%s\"",
							 "gs1", str),
					  errdetail("%s", res->errmsg)));
	PG_RETURN_TEXT_P(gs1_make(res));
}

/* Canonical text of a parsed result, palloc'd */
static char *
gs1_bracketed_cstring(const gs1_result *res)
{
	size_t		len = gs1_to_bracketed(res, NULL, 0);
	char	   *buf = palloc(len + 1);

	gs1_to_bracketed(res, buf, len + 1);
	return buf;
}

/*
 * gs1_out
 *		Canonical bracketed form, AIs in lexicographic order.
 */
Datum
gs1_out(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	gs1_result *res = &gs1_scratch;

	gs1_unpack(t, res);
	PG_RETURN_CSTRING(gs1_bracketed_cstring(res));
}

/*
 * gs1_recv
 *		Binary input: a version byte (1) and the element string as text,
 *		validated as text input is.
 */
Datum
gs1_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			version = pq_getmsgbyte(buf);
	int			nbytes;
	char	   *str;
	gs1_result *res;

	if (version != GS1_SEND_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported gs1 binary format version %d", version)));
	str = pq_getmsgtext(buf, buf->len - buf->cursor, &nbytes);
	res = &gs1_scratch;
	if (gs1_parse(str, nbytes, res) != GS1_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary gs1 value"),
				 errdetail("%s", res->errmsg)));
	PG_RETURN_TEXT_P(gs1_make(res));
}

Datum
gs1_send(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	gs1_result *res = &gs1_scratch;
	char	   *s;
	StringInfoData buf;

	gs1_unpack(t, res);
	s = gs1_bracketed_cstring(res);
	pq_begintypsend(&buf);
	pq_sendbyte(&buf, GS1_SEND_VERSION);
	pq_sendtext(&buf, s, strlen(s));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/*
 * gs1_cmp_internal
 *		Byte order of the packed forms, which is element-wise (AI, value)
 *		order (see gs1_to_packed).
 */
static int
gs1_cmp_internal(text *a, text *b)
{
	size_t		la = VARSIZE_ANY_EXHDR(a);
	size_t		lb = VARSIZE_ANY_EXHDR(b);
	int			r = memcmp(VARDATA_ANY(a), VARDATA_ANY(b), Min(la, lb));

	if (r != 0)
		return r < 0 ? -1 : 1;
	return (la < lb) ? -1 : (la > lb) ? 1 : 0;
}

#define GS1_CMP_FUNC(name, op) \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	text	   *a = PG_GETARG_TEXT_PP(0); \
	text	   *b = PG_GETARG_TEXT_PP(1); \
	int			r = gs1_cmp_internal(a, b); \
	PG_FREE_IF_COPY(a, 0); \
	PG_FREE_IF_COPY(b, 1); \
	PG_RETURN_BOOL(r op 0); \
}

GS1_CMP_FUNC(gs1_eq, ==)
GS1_CMP_FUNC(gs1_ne, !=)
GS1_CMP_FUNC(gs1_lt, <)
GS1_CMP_FUNC(gs1_le, <=)
GS1_CMP_FUNC(gs1_gt, >)
GS1_CMP_FUNC(gs1_ge, >=)

Datum
gs1_cmp(PG_FUNCTION_ARGS)
{
	text	   *a = PG_GETARG_TEXT_PP(0);
	text	   *b = PG_GETARG_TEXT_PP(1);
	int			r = gs1_cmp_internal(a, b);

	PG_FREE_IF_COPY(a, 0);
	PG_FREE_IF_COPY(b, 1);
	PG_RETURN_INT32(r);
}

Datum
gs1_hash(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	Datum		h = hash_any((unsigned char *) VARDATA_ANY(t),
							 VARSIZE_ANY_EXHDR(t));

	PG_FREE_IF_COPY(t, 0);
	return h;
}

Datum
gs1_hash_extended(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	Datum		h = hash_any_extended((unsigned char *) VARDATA_ANY(t),
									  VARSIZE_ANY_EXHDR(t),
									  PG_GETARG_INT64(1));

	PG_FREE_IF_COPY(t, 0);
	return h;
}

/* ---------------------------------------------------------------------
 * Validation without raising
 * ---------------------------------------------------------------------
 */
Datum
prov_gs1_is_valid(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	gs1_result *res = &gs1_scratch;
	bool		ok = gs1_parse(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), res) == GS1_OK;

	PG_RETURN_BOOL(ok);
}

/*
 * prov_gs1_error
 *		The detail the input function would report (which AI, which rule), or
 *		NULL when the text is a valid element string.
 */
Datum
prov_gs1_error(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	gs1_result *res = &gs1_scratch;

	if (gs1_parse(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), res) == GS1_OK)
	{
			PG_RETURN_NULL();
	}
	PG_RETURN_TEXT_P(cstring_to_text(res->errmsg));
}

/* ---------------------------------------------------------------------
 * Accessors
 * ---------------------------------------------------------------------
 */

/* The value of AI ai in the stored gs1 argument 0, or NULL */
static text *
gs1_value_of(FunctionCallInfo fcinfo, const char *ai)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	gs1_result *res = &gs1_scratch;
	const gs1_element *el;

	gs1_unpack(t, res);
	el = gs1_find(res, ai);
	return el ? cstring_to_text_with_len(el->value, el->vlen) : NULL;
}

/*
 * prov_gs1_gtin
 *		The (01) GTIN as a gtin value (the int64 of its 14 digits), or NULL
 *		when there is no (01).
 */
Datum
prov_gs1_gtin(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	gs1_result *res = &gs1_scratch;
	const gs1_element *el;
	int64		v = 0;
	int			i;

	gs1_unpack(t, res);
	el = gs1_find(res, "01");
	if (el == NULL)
		PG_RETURN_NULL();
	for (i = 0; i < el->vlen; i++)
		v = v * 10 + (el->value[i] - '0');
	PG_RETURN_INT64(v);
}

Datum
prov_gs1_serial(PG_FUNCTION_ARGS)
{
	text	   *v = gs1_value_of(fcinfo, "21");

	if (v == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(v);
}

Datum
prov_gs1_lot(PG_FUNCTION_ARGS)
{
	text	   *v = gs1_value_of(fcinfo, "10");

	if (v == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(v);
}

/*
 * gs1_century_year
 *		Four-digit year of a two-digit YY by the GS1 General Specifications
 *		rule (7.12): relative to the current year, a difference of 51..99
 *		means the previous century, -99..-50 the next one.
 */
static int
gs1_century_year(int yy)
{
	struct pg_tm tm;
	int			cur;
	int			diff;

	GetCurrentDateTime(&tm);
	cur = tm.tm_year;
	diff = yy - cur % 100;
	if (diff >= 51)
		return cur - cur % 100 - 100 + yy;
	if (diff <= -50)
		return cur - cur % 100 + 100 + yy;
	return cur - cur % 100 + yy;
}

/*
 * prov_gs1_expiry
 *		The (17) expiry date; DD = 00 means the last day of the month.
 */
Datum
prov_gs1_expiry(PG_FUNCTION_ARGS)
{
	text	   *v = gs1_value_of(fcinfo, "17");
	const char *s;
	int			y,
				m,
				d;

	if (v == NULL)
		PG_RETURN_NULL();
	s = VARDATA_ANY(v);
	y = gs1_century_year((s[0] - '0') * 10 + (s[1] - '0'));
	m = (s[2] - '0') * 10 + (s[3] - '0');
	d = (s[4] - '0') * 10 + (s[5] - '0');
	if (d == 0)
		d = day_tab[isleap(y)][m - 1];
	PG_RETURN_DATEADT(date2j(y, m, d) - POSTGRES_EPOCH_JDATE);
}

/*
 * prov_gs1_get
 *		The value of any AI, or NULL when absent; an AI that is not defined is
 *		an error rather than a silent NULL.
 */
Datum
prov_gs1_get(PG_FUNCTION_ARGS)
{
	text	   *ait = PG_GETARG_TEXT_PP(1);
	size_t		len = VARSIZE_ANY_EXHDR(ait);
	const char *ai = VARDATA_ANY(ait);
	char		buf[GS1_AI_MAXLEN + 1];
	text	   *v;
	size_t		i;

	/* accept "21" and "(21)" */
	if (len >= 2 && ai[0] == '(' && ai[len - 1] == ')')
	{
		ai++;
		len -= 2;
	}
	for (i = 0; i < len; i++)
		if (ai[i] < '0' || ai[i] > '9')
			len = 0;
	if (len < 2 || len > GS1_AI_MAXLEN || gs1_ai_lookup(ai, len) == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("\"%s\" is not a GS1 Application Identifier",
						text_to_cstring(ait))));
	memcpy(buf, ai, len);
	buf[len] = '\0';
	v = gs1_value_of(fcinfo, buf);
	if (v == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(v);
}

/*
 * prov_gs1_elements
 *		{"01": "...", "21": "..."} in AI order.
 */
Datum
prov_gs1_elements(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	gs1_result *res = &gs1_scratch;
	StringInfoData js;
	int			i;

	gs1_unpack(t, res);
	initStringInfo(&js);
	appendStringInfoChar(&js, '{');
	for (i = 0; i < res->nelem; i++)
	{
		if (i > 0)
			appendStringInfoString(&js, ", ");
		escape_json(&js, res->el[i].ai);
		appendStringInfoString(&js, ": ");
		escape_json(&js, res->el[i].value);
	}
	appendStringInfoChar(&js, '}');
	return DirectFunctionCall1(jsonb_in, CStringGetDatum(js.data));
}

/*
 * The serial qualifier that, with a primary key, identifies one unit;
 * keys not listed identify the unit by themselves.
 */
static const struct
{
	const char *key;
	const char *serial;
}			unit_serials[] = {
	{"01", "21"}, {"03", "21"}, {"8006", "21"}, {"414", "254"},
	{"8010", "8011"}, {"8017", "8019"}, {"8018", "8019"}, {"415", "8020"}
};

/* Keys tried first when an element string carries several */
static const char *const key_priority[] = {"01", "8006", "03", "00"};

/*
 * gs1_item_of
 *		The unit identity of res into *out: the primary key and its serial
 *		qualifier, without batch, dates, crypto tails or other attributes.
 *		False when res holds no identification key.
 */
static bool
gs1_item_of(const gs1_result *res, gs1_result *out)
{
	const gs1_element *key = NULL;
	int			i;

	for (i = 0; i < (int) lengthof(key_priority) && key == NULL; i++)
		key = gs1_find(res, key_priority[i]);
	for (i = 0; i < res->nelem && key == NULL; i++)
		if (res->el[i].entry->dlpkey != NULL)
			key = &res->el[i];
	if (key == NULL)
		return false;

	out->status = GS1_OK;
	out->form = res->form;
	out->nelem = 0;
	out->el[out->nelem++] = *key;
	for (i = 0; i < (int) lengthof(unit_serials); i++)
		if (strcmp(unit_serials[i].key, key->ai) == 0)
		{
			const gs1_element *sn = gs1_find(res, unit_serials[i].serial);

			if (sn != NULL)
			{
				/* keep AI order */
				if (strcmp(sn->ai, key->ai) < 0)
				{
					out->el[1] = out->el[0];
					out->el[0] = *sn;
				}
				else
					out->el[1] = *sn;
				out->nelem = 2;
			}
		}
	return true;
}

/*
 * prov_gs1_item
 *		gs1_item(gs1) -> gs1: the unit identity (gs1_item_of); NULL when the
 *		element string holds no identification key.
 */
Datum
prov_gs1_item(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);

	gs1_unpack(t, &gs1_scratch);
	if (!gs1_item_of(&gs1_scratch, &gs1_scratch2))
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(gs1_make(&gs1_scratch2));
}

/* See gs1.h */
char *
gs1_unit_identity_error(const char *s, const char *what)
{
	char	   *canon;

	if (gs1_parse(s, strlen(s), &gs1_scratch) != GS1_OK)
		return psprintf("The %s %s is not a GS1 element string: %s", what,
						quote_literal_cstr(s), gs1_scratch.errmsg);
	if (!gs1_item_of(&gs1_scratch, &gs1_scratch2))
		return psprintf("The %s %s has no GS1 identification key.", what,
						quote_literal_cstr(s));
	canon = gs1_bracketed_cstring(&gs1_scratch2);
	if (strcmp(canon, s) != 0)
		return psprintf("The %s %s is not written as its unit identity %s (canonical, without attributes).",
						what, quote_literal_cstr(s), quote_literal_cstr(canon));
	pfree(canon);
	return NULL;
}

/*
 * prov_gs1_digital_link
 *		The GS1 Digital Link URI under the given stem (scheme and host, with
 *		an optional path prefix).
 */
Datum
prov_gs1_digital_link(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	char	   *stem = text_to_cstring(PG_GETARG_TEXT_PP(1));
	gs1_result *res = &gs1_scratch;
	size_t		len;
	char	   *buf;
	const char *p;

	if (pg_strncasecmp(stem, "https://", 8) == 0)
		p = stem + 8;
	else if (pg_strncasecmp(stem, "http://", 7) == 0)
		p = stem + 7;
	else
		p = NULL;
	if (p == NULL || *p == '\0' || *p == '/' || strpbrk(stem, "?#") ||
		strpbrk(stem, " \t\r\n"))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid Digital Link stem: \"%s\"", stem),
				 errdetail("A stem is an http or https URI with a host and an optional path, without query or fragment.")));

	gs1_unpack(t, res);
	len = gs1_to_digital_link(res, stem, NULL, 0);
	if (len == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("gs1 value cannot be expressed as a GS1 Digital Link URI"),
				 errdetail("It needs a Digital Link primary key, and every other element must be a key qualifier or a data attribute.")));
	buf = palloc(len + 1);
	gs1_to_digital_link(res, stem, buf, len + 1);
	PG_RETURN_TEXT_P(cstring_to_text_with_len(buf, len));
}

/*
 * prov_gs1_epc_urn
 *		The EPC pure identity SGTIN URN of (01)+(21).
 */
Datum
prov_gs1_epc_urn(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	int32		cpl = PG_GETARG_INT32(1);
	gs1_result *res = &gs1_scratch;
	size_t		len;
	char	   *buf;

	if (cpl < 6 || cpl > 12)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("company prefix length %d is out of range", cpl),
				 errdetail("A GS1 Company Prefix has 6 to 12 digits.")));
	gs1_unpack(t, res);
	if (gs1_find(res, "01") == NULL || gs1_find(res, "21") == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("an SGTIN EPC URN needs AI (01) and AI (21)")));
	len = gs1_to_epc_urn(res, cpl, NULL, 0);
	buf = palloc(len + 1);
	gs1_to_epc_urn(res, cpl, buf, len + 1);
	PG_RETURN_TEXT_P(cstring_to_text_with_len(buf, len));
}

/*
 * prov_gs1_scan_data
 *		The element string as a GS1 DataMatrix would transmit it: "]d2", then
 *		the elements with a GS after every value of variable length that is
 *		not last.
 */
Datum
prov_gs1_scan_data(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	gs1_result *res = &gs1_scratch;
	size_t		len;
	char	   *buf;

	gs1_unpack(t, res);
	len = gs1_to_scan(res, NULL, 0);
	buf = palloc(len + 1);
	gs1_to_scan(res, buf, len + 1);
	PG_RETURN_TEXT_P(cstring_to_text_with_len(buf, len));
}

/*
 * prov_country_is_valid
 *		country_is_valid(text) -> boolean: true when the text is an ISO
 *		3166-1 alpha-2 code in use, in upper case (the code list of the GS1
 *		linter iso3166alpha2, which AI 4307 uses).  Never raises.
 */
PG_FUNCTION_INFO_V1(prov_country_is_valid);
Datum
prov_country_is_valid(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(t);

	PG_RETURN_BOOL(VARSIZE_ANY_EXHDR(t) == 2 && gs1_country_is_valid(s));
}

/* See gs1.h */
bool
gs1_country_is_valid(const char *s)
{
	char		msg[8];

	if (s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z')
		return false;
	return gs1_lint_run(GS1_LINT_ISO3166ALPHA2, s, 2, msg, sizeof(msg));
}
