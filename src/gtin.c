/*
 * gtin.c
 *		The SQL type provenance.gtin: I/O, comparison, hashing, casts and the
 *		gtin_* functions.
 *
 * A gtin is stored as an int8-like 8-byte pass-by-value Datum holding the
 * number its GTIN-14 form spells (0 .. 99999999999999), so numeric order is
 * GTIN-14 order and hashing is int8's.  Parsing and formatting are done by
 * the pure functions of gtin_parse.c; this file adds the fmgr wrappers and
 * turns parser results into PostgreSQL errors.
 *
 * gtin_issuer is an SQL function (sql/provenance--0.1.0.sql) because it reads
 * the provenance.gs1_prefix table.
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/sortsupport.h"

#include "compat.h"
#include "gs1_check.h"
#include "gtin_parse.h"

#define DatumGetGtin(X)		((uint64) DatumGetInt64(X))
#define GtinGetDatum(X)		Int64GetDatum((int64) (X))
#define PG_GETARG_GTIN(n)	DatumGetGtin(PG_GETARG_DATUM(n))
#define PG_RETURN_GTIN(x)	return GtinGetDatum(x)

PG_FUNCTION_INFO_V1(gtin_in);
PG_FUNCTION_INFO_V1(gtin_out);
PG_FUNCTION_INFO_V1(gtin_recv);
PG_FUNCTION_INFO_V1(gtin_send);
PG_FUNCTION_INFO_V1(gtin_eq);
PG_FUNCTION_INFO_V1(gtin_ne);
PG_FUNCTION_INFO_V1(gtin_lt);
PG_FUNCTION_INFO_V1(gtin_le);
PG_FUNCTION_INFO_V1(gtin_gt);
PG_FUNCTION_INFO_V1(gtin_ge);
PG_FUNCTION_INFO_V1(gtin_cmp);
PG_FUNCTION_INFO_V1(gtin_larger);
PG_FUNCTION_INFO_V1(gtin_smaller);
PG_FUNCTION_INFO_V1(gtin_sortsupport);
PG_FUNCTION_INFO_V1(gtin_hash);
PG_FUNCTION_INFO_V1(gtin_hash_extended);
PG_FUNCTION_INFO_V1(prov_gtin_from_bigint);
PG_FUNCTION_INFO_V1(prov_gtin_is_valid);
PG_FUNCTION_INFO_V1(prov_gtin_error);
PG_FUNCTION_INFO_V1(prov_gtin_format);
PG_FUNCTION_INFO_V1(prov_gtin_gs1_prefix);
PG_FUNCTION_INFO_V1(prov_gtin_has_company_prefix);

/*
 * gtin_detail
 *		The errdetail sentence for a failed parse of the encoding-verified
 *		string in[0..len) (need not be NUL-terminated), written to buf
 *		(GTIN_DETAIL_MAX bytes).  Knows the server encoding, so a multibyte
 *		offending character is quoted whole.
 */
static void
gtin_detail(const gtin_result *res, const char *in, size_t len, char *buf)
{
	size_t		charlen = 1;

	if (res->status == GTIN_ERR_CHAR && IS_HIGHBIT_SET(in[res->offset]))
	{
		size_t		rest = len - res->offset;

		charlen = pg_mbcharcliplen(in + res->offset,
								   (int) Min(rest, (size_t) 8), 1);
		if (charlen < 1)
			charlen = 1;
	}
	gtin_describe(res, in, len, charlen, GetDatabaseEncoding() == PG_UTF8,
				  buf, GTIN_DETAIL_MAX);
}

/*
 * gtin_in
 *		Text input: 8, 12, 13 or 14 digits with surrounding whitespace.
 *		Errors are 22P02, soft where the server supports it.
 */
Datum
gtin_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	size_t		len = strlen(str);
	gtin_result res;
	char		detail[GTIN_DETAIL_MAX];

	if (likely(gtin_parse(str, len, &res) == GTIN_OK))
		PG_RETURN_GTIN(res.value);

	gtin_detail(&res, str, len, detail);
	PROV_ERETURN(fcinfo->context, (Datum) 0,
				 errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type %s: \"%s\"",
						"gtin", str),
				 errdetail_internal("%s", detail));
}

/*
 * gtin_out
 *		Text output: always the 14 digits of the GTIN-14 form, palloc'd.
 */
Datum
gtin_out(PG_FUNCTION_ARGS)
{
	uint64		v = PG_GETARG_GTIN(0);
	char	   *out = palloc(GTIN_DIGITS + 1);

	gtin_to_digits(v, out);
	PG_RETURN_CSTRING(out);
}

/*
 * gtin_recv
 *		Binary input: a big-endian int8, as int8's.  The value is validated
 *		like text input (range and check digit); failures are 22P03.
 */
Datum
gtin_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int64		v = pq_getmsgint64(buf);
	gtin_result res;
	char		detail[GTIN_DETAIL_MAX];

	if (v < 0)
		res.status = GTIN_ERR_RANGE;
	else if (gtin_check_value((uint64) v, &res) == GTIN_OK)
		PG_RETURN_GTIN(res.value);

	gtin_describe(&res, NULL, 0, 1, false, detail, sizeof(detail));
	ereport(ERROR,
			errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			errmsg("invalid binary value for type %s: \"" INT64_FORMAT "\"",
				   "gtin", v),
			errdetail_internal("%s", detail));
	PG_RETURN_VOID();			/* not reached */
}

/*
 * gtin_send
 *		Binary output: the GTIN-14 number as a big-endian int8; palloc'd
 *		bytea.
 */
Datum
gtin_send(PG_FUNCTION_ARGS)
{
	uint64		v = PG_GETARG_GTIN(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint64(&buf, v);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* Comparison operators: plain integer comparison of the GTIN-14 numbers */

Datum
gtin_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(PG_GETARG_GTIN(0) == PG_GETARG_GTIN(1));
}

Datum
gtin_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(PG_GETARG_GTIN(0) != PG_GETARG_GTIN(1));
}

Datum
gtin_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(PG_GETARG_GTIN(0) < PG_GETARG_GTIN(1));
}

Datum
gtin_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(PG_GETARG_GTIN(0) <= PG_GETARG_GTIN(1));
}

Datum
gtin_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(PG_GETARG_GTIN(0) > PG_GETARG_GTIN(1));
}

Datum
gtin_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(PG_GETARG_GTIN(0) >= PG_GETARG_GTIN(1));
}

/*
 * gtin_cmp
 *		btree support function 1: -1, 0 or 1.
 */
Datum
gtin_cmp(PG_FUNCTION_ARGS)
{
	uint64		a = PG_GETARG_GTIN(0);
	uint64		b = PG_GETARG_GTIN(1);

	PG_RETURN_INT32((a > b) - (a < b));
}

/*
 * gtin_larger, gtin_smaller
 *		Transition and combine functions of max(gtin) and min(gtin).
 */
Datum
gtin_larger(PG_FUNCTION_ARGS)
{
	uint64		a = PG_GETARG_GTIN(0);
	uint64		b = PG_GETARG_GTIN(1);

	PG_RETURN_GTIN(a > b ? a : b);
}

Datum
gtin_smaller(PG_FUNCTION_ARGS)
{
	uint64		a = PG_GETARG_GTIN(0);
	uint64		b = PG_GETARG_GTIN(1);

	PG_RETURN_GTIN(a < b ? a : b);
}

#if SIZEOF_DATUM < 8
/* Comparator for platforms where an int8 Datum is a pointer */
static int
gtin_fastcmp(Datum x, Datum y, SortSupport ssup)
{
	uint64		a = DatumGetGtin(x);
	uint64		b = DatumGetGtin(y);

	return (a > b) - (a < b);
}
#endif

/*
 * gtin_sortsupport
 *		btree support function 2.  Values are non-negative int8s, so on
 *		64-bit platforms the server's specialised signed-Datum sort applies.
 */
Datum
gtin_sortsupport(PG_FUNCTION_ARGS)
{
	SortSupport ssup = (SortSupport) PG_GETARG_POINTER(0);

#if SIZEOF_DATUM >= 8
	ssup->comparator = ssup_datum_signed_cmp;
#else
	ssup->comparator = gtin_fastcmp;
#endif
	PG_RETURN_VOID();
}

/*
 * gtin_hash_key
 *		The 32-bit key int8's hash functions feed to hash_uint32: the low
 *		half folded with the high half.  Using the same fold keeps gtin
 *		hashes equal to those of the same number as bigint, and
 *		hash_uint32 works on the value, not its bytes, so hashes (and so
 *		hash partition routing) are the same on every platform.
 */
static inline uint32
gtin_hash_key(uint64 v)
{
	uint32		lohalf = (uint32) v;
	uint32		hihalf = (uint32) (v >> 32);

	/* v <= GTIN_MAX is non-negative as an int8: int8 folds with hihalf */
	return lohalf ^ hihalf;
}

/*
 * gtin_hash
 *		hash support function 1 (int4).
 */
Datum
gtin_hash(PG_FUNCTION_ARGS)
{
	return hash_uint32(gtin_hash_key(PG_GETARG_GTIN(0)));
}

/*
 * gtin_hash_extended
 *		hash support function 2 (int8, seeded); with seed 0 its low 32 bits
 *		equal gtin_hash, as the hash access method requires.
 */
Datum
gtin_hash_extended(PG_FUNCTION_ARGS)
{
	return hash_uint32_extended(gtin_hash_key(PG_GETARG_GTIN(0)),
								(uint64) PG_GETARG_INT64(1));
}

/*
 * prov_gtin_from_bigint
 *		Cast bigint -> gtin: the number must be a GTIN-14 number (22003 when
 *		negative or over 14 digits) with a valid check digit (22P02).
 */
Datum
prov_gtin_from_bigint(PG_FUNCTION_ARGS)
{
	int64		v = PG_GETARG_INT64(0);
	gtin_result res;
	char		detail[GTIN_DETAIL_MAX];

	if (v < 0)
		res.status = GTIN_ERR_RANGE;
	else if (gtin_check_value((uint64) v, &res) == GTIN_OK)
		PG_RETURN_GTIN(res.value);

	gtin_describe(&res, NULL, 0, 1, false, detail, sizeof(detail));
	if (res.status == GTIN_ERR_RANGE)
		ereport(ERROR,
				errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				errmsg("value " INT64_FORMAT " is out of range for type %s",
					   v, "gtin"),
				errdetail_internal("%s", detail));
	ereport(ERROR,
			errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			errmsg("invalid value for type %s: \"" INT64_FORMAT "\"",
				   "gtin", v),
			errdetail_internal("%s", detail));
	PG_RETURN_VOID();			/* not reached */
}

/*
 * prov_gtin_is_valid
 *		gtin_is_valid(text): would the input function accept it?  Never
 *		raises.
 */
Datum
prov_gtin_is_valid(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	gtin_result res;

	PG_RETURN_BOOL(gtin_parse(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &res) ==
				   GTIN_OK);
}

/*
 * prov_gtin_error
 *		gtin_error(text): NULL when the input function would accept the
 *		text, else the errdetail sentence of the error it would raise (what
 *		is wrong, e.g. "The check digit is 1; it should be 0."), as palloc'd
 *		text.  The errmsg is always 'invalid input syntax for type gtin:
 *		"<input>"', so it adds nothing; gs1_error answers the same way.
 *		Never raises.
 */
Datum
prov_gtin_error(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	const char *in = VARDATA_ANY(t);
	size_t		len = VARSIZE_ANY_EXHDR(t);
	gtin_result res;
	char		detail[GTIN_DETAIL_MAX];

	if (gtin_parse(in, len, &res) == GTIN_OK)
		PG_RETURN_NULL();

	gtin_detail(&res, in, len, detail);
	PG_RETURN_TEXT_P(cstring_to_text(detail));
}

/*
 * prov_gtin_format
 *		gtin_format(gtin, digits): the GTIN-8, -12, -13 or -14 form as text
 *		(palloc'd).  A shorter form exists only when the GTIN-14 starts with
 *		enough zeros (6 for GTIN-8, 2 for GTIN-12, 1 for GTIN-13); otherwise,
 *		and for other digit counts, 22023.
 */
Datum
prov_gtin_format(PG_FUNCTION_ARGS)
{
	uint64		v = PG_GETARG_GTIN(0);
	int32		ndigits = PG_GETARG_INT32(1);
	char		digits[GTIN_DIGITS + 1];
	int			zeros;
	const char *zeros_words;

	switch (ndigits)
	{
		case 8:
			zeros_words = "six zeros";
			break;
		case 12:
			zeros_words = "two zeros";
			break;
		case 13:
			zeros_words = "a zero (indicator digit 0)";
			break;
		case 14:
			zeros_words = NULL;
			break;
		default:
			ereport(ERROR,
					errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					errmsg("invalid number of digits for gtin_format: %d",
						   ndigits),
					errhint("Use 8, 12, 13 or 14."));
			PG_RETURN_NULL();	/* not reached */
	}

	gtin_to_digits(v, digits);
	zeros = GTIN_DIGITS - ndigits;
	if (gtin_leading_zeros(v) < zeros)
		ereport(ERROR,
				errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				errmsg("gtin \"%s\" has no %d-digit form", digits, ndigits),
				errdetail("A GTIN-%d form exists only when the GTIN-14 starts with %s.",
						  ndigits, zeros_words));

	PG_RETURN_TEXT_P(cstring_to_text_with_len(digits + zeros, ndigits));
}

/*
 * prov_gtin_gs1_prefix
 *		gtin_gs1_prefix(gtin): the three-digit GS1 Prefix (palloc'd text):
 *		digits 2-4 of the GTIN-14, i.e. the first three of the GTIN-13 form
 *		once the indicator digit is dropped; for a GTIN-8 based number the
 *		GS1-8 Prefix, the first three digits of the GTIN-8.
 */
Datum
prov_gtin_gs1_prefix(PG_FUNCTION_ARGS)
{
	char		prefix[4];

	gtin_gs1_prefix(PG_GETARG_GTIN(0), prefix);
	PG_RETURN_TEXT_P(cstring_to_text_with_len(prefix, 3));
}

/*
 * prov_gtin_has_company_prefix
 *		gtin_has_company_prefix(gtin, prefix): does the GTIN-13 form (digits
 *		2-14 of the GTIN-14, whatever the indicator digit) start with the
 *		given GS1 Company Prefix of 4 to 12 digits?  A malformed prefix is
 *		22023.
 */
Datum
prov_gtin_has_company_prefix(PG_FUNCTION_ARGS)
{
	uint64		v = PG_GETARG_GTIN(0);
	text	   *t = PG_GETARG_TEXT_PP(1);
	const char *p = VARDATA_ANY(t);
	size_t		n = VARSIZE_ANY_EXHDR(t);
	char		digits[GTIN_DIGITS + 1];
	bool		ok = (n >= 4 && n <= 12);
	size_t		i;

	for (i = 0; ok && i < n; i++)
		ok = (p[i] >= '0' && p[i] <= '9');
	if (!ok)
		ereport(ERROR,
				errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				errmsg("invalid GS1 Company Prefix: \"%s\"",
					   text_to_cstring(t)),
				errdetail("A GS1 Company Prefix has 4 to 12 digits."));

	gtin_to_digits(v, digits);
	PG_RETURN_BOOL(memcmp(digits + 1, p, n) == 0);
}

/*
 * prov_gln_is_valid
 *		gln_is_valid(text) -> boolean: true when the text is a Global
 *		Location Number, 13 ASCII digits whose last is the GS1 mod-10 check
 *		digit of the first 12.  Never raises.  (A GLN shares the GTIN-13
 *		check digit rule, hence its place here.)
 */
PG_FUNCTION_INFO_V1(prov_gln_is_valid);
Datum
prov_gln_is_valid(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);

	PG_RETURN_BOOL(gs1_gln_is_valid(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t)));
}
