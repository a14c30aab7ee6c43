/*
 * record.c
 *		The provenance.signed_record type: a JWS in compact serialization
 *		(RFC 7515), validated completely on input and kept byte for byte,
 *		since the signature covers the exact text.
 *
 * Storage (record.h): a small header (version, algorithm, segment lengths)
 * and the compact text, so verification needs no JSON parsing per row.
 * Text output and binary send give the compact text back unchanged.
 *
 * Input validation, in order (each failure names the part that is wrong):
 *	- structure (jws_parse.c): size limit (54000 beyond it), three
 *	  non-empty strict base64url segments without padding;
 *	- protected header: UTF-8 JSON object, no member name twice (at any
 *	  depth), "alg" a supported algorithm ("none" and HMAC refused, RFC
 *	  8725), "crit" a non-empty array of understood extensions (only
 *	  "b64"), "b64" true and critical if present (RFC 7797 unencoded
 *	  payloads are not supported), "kid" a string;
 *	- payload: UTF-8 JSON object, no member name twice, "iat", "exp" and
 *	  "nbf" numbers within the timestamptz range if present;
 *	- signature length: exact for ECDSA and EdDSA, 256 to 2048 bytes for
 *	  RSA, the modulus sizes of the keys pubkey accepts
 *	  (jws_check_signature_length).
 * JSON is parsed with PostgreSQL's own parser (common/jsonapi.h) with
 * semantic actions that record the top-level members asked for and detect
 * duplicate member names, which jsonb would silently collapse.
 *
 * Decoded JSON is UTF-8 (RFC 7515, 8259); in a database with another
 * encoding it is converted to the database encoding before parsing, and a
 * character the database encoding cannot represent is an ERROR there.
 */
#include "compat.h"

#include <math.h>
#include <stdlib.h>

#include <openssl/err.h>
#include <openssl/evp.h>

#include "fmgr.h"
#include "common/hashfn.h"
#include "common/jsonapi.h"
#include "datatype/timestamp.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/jsonb.h"
#include "utils/timestamp.h"

#include "b64url.h"
#include "jws_parse.h"
#include "pubkey_parse.h"
#include "record.h"
#include "sig.h"
#include "varbytes.h"

/* A plausible RSA signature is as long as the modulus of a key pubkey takes */
StaticAssertDecl(JWS_RSA_SIG_MIN * 8 == PK_RSA_MIN_BITS &&
				 JWS_RSA_SIG_MAX * 8 == PK_RSA_MAX_BITS,
				 "jws_parse.h RSA signature bounds differ from the pubkey key sizes");

#define SIGNED_RECORD_SEND_VERSION	1

/* JSON nested deeper than this is refused (keeps the parser's recursion small) */
#define RECORD_JSON_MAX_DEPTH	256

/* Longest user-supplied name or value quoted in an error detail */
#define RECORD_QUOTE_MAX	64

PG_FUNCTION_INFO_V1(signed_record_in);
PG_FUNCTION_INFO_V1(signed_record_out);
PG_FUNCTION_INFO_V1(signed_record_recv);
PG_FUNCTION_INFO_V1(signed_record_send);
PG_FUNCTION_INFO_V1(signed_record_eq);
PG_FUNCTION_INFO_V1(signed_record_ne);
PG_FUNCTION_INFO_V1(signed_record_lt);
PG_FUNCTION_INFO_V1(signed_record_le);
PG_FUNCTION_INFO_V1(signed_record_gt);
PG_FUNCTION_INFO_V1(signed_record_ge);
PG_FUNCTION_INFO_V1(signed_record_cmp);
PG_FUNCTION_INFO_V1(signed_record_hash);
PG_FUNCTION_INFO_V1(signed_record_hash_extended);
PG_FUNCTION_INFO_V1(prov_signed_record_is_valid);
PG_FUNCTION_INFO_V1(prov_signed_record_error);
PG_FUNCTION_INFO_V1(prov_record_claims);
PG_FUNCTION_INFO_V1(prov_record_header);
PG_FUNCTION_INFO_V1(prov_record_kid);
PG_FUNCTION_INFO_V1(prov_record_alg);
PG_FUNCTION_INFO_V1(prov_record_issued_at);
PG_FUNCTION_INFO_V1(prov_record_hash);
PG_FUNCTION_INFO_V1(prov_record_claim);

/* ---------------------------------------------------------------------
 * JSON scanning with PostgreSQL's parser
 * ---------------------------------------------------------------------
 */

/* The kind of a JSON value; JK_ABSENT for a member not present */
/* Member names of one open object, for duplicate detection */
typedef struct JsonKeys
{
	char	  **names;
	int			n;
	int			cap;
} JsonKeys;

typedef struct JsonScan
{
	JsonLexContext *lex;
	JsonKind	top;			/* kind of the whole document */
	JsonMember *members;		/* watched top-level members */
	int			nmembers;
	int			cur;			/* watched member being parsed, or -1 */
	bool		check_dups;
	JsonKeys   *stack;			/* one per open object */
	int			depth;
	int			stack_cap;
	char	   *dup;			/* first member name found twice */
} JsonScan;

static JsonKind
json_kind_of_token(JsonTokenType t)
{
	switch (t)
	{
		case JSON_TOKEN_STRING:
			return JK_STRING;
		case JSON_TOKEN_NUMBER:
			return JK_NUMBER;
		case JSON_TOKEN_TRUE:
			return JK_TRUE;
		case JSON_TOKEN_FALSE:
			return JK_FALSE;
		default:
			return JK_NULL;
	}
}

/* "an array", "a string", ... for error details */
static const char *
json_kind_phrase(JsonKind k)
{
	switch (k)
	{
		case JK_OBJECT:
			return "an object";
		case JK_ARRAY:
			return "an array";
		case JK_STRING:
			return "a string";
		case JK_NUMBER:
			return "a number";
		case JK_TRUE:
			return "true";
		case JK_FALSE:
			return "false";
		case JK_NULL:
			return "null";
		default:
			return "nothing";
	}
}

/* Record the kind of a value that starts at the current nesting level */
static void
json_note_value(JsonScan *js, JsonKind kind, char *value)
{
	int			level = js->lex->lex_level;

	if (level == 0)
		js->top = kind;
	else if (level == 1 && js->cur >= 0)
	{
		js->members[js->cur].kind = kind;
		js->members[js->cur].value = value;
	}
	else if (level == 2 && js->cur >= 0 && kind == JK_STRING &&
			 js->members[js->cur].kind == JK_ARRAY)
	{
		JsonMember *m = &js->members[js->cur];

		if (m->nstrings == m->capstrings)
		{
			m->capstrings = m->capstrings ? m->capstrings * 2 : 4;
			m->strings = m->strings ?
				repalloc(m->strings, sizeof(char *) * m->capstrings) :
				palloc(sizeof(char *) * m->capstrings);
		}
		m->strings[m->nstrings++] = value;
	}
}

static PROV_JSON_ACTION
json_object_start(void *state)
{
	JsonScan   *js = (JsonScan *) state;

	json_note_value(js, JK_OBJECT, NULL);
	if (js->check_dups)
	{
		if (js->depth == js->stack_cap)
		{
			js->stack_cap = js->stack_cap ? js->stack_cap * 2 : 8;
			js->stack = js->stack ?
				repalloc(js->stack, sizeof(JsonKeys) * js->stack_cap) :
				palloc(sizeof(JsonKeys) * js->stack_cap);
		}
		memset(&js->stack[js->depth], 0, sizeof(JsonKeys));
		js->depth++;
	}
	PROV_JSON_ACTION_DONE;
}

static int
json_name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

static PROV_JSON_ACTION
json_object_end(void *state)
{
	JsonScan   *js = (JsonScan *) state;
	JsonKeys   *k;
	int			i;

	if (!js->check_dups || js->depth == 0)
		PROV_JSON_ACTION_DONE;
	k = &js->stack[--js->depth];
	if (k->n > 1 && js->dup == NULL)
	{
		qsort(k->names, k->n, sizeof(char *), json_name_cmp);
		for (i = 1; i < k->n; i++)
			if (strcmp(k->names[i - 1], k->names[i]) == 0)
			{
				js->dup = k->names[i];
				break;
			}
	}
	if (k->names)
		pfree(k->names);
	PROV_JSON_ACTION_DONE;
}

static PROV_JSON_ACTION
json_array_start(void *state)
{
	json_note_value((JsonScan *) state, JK_ARRAY, NULL);
	PROV_JSON_ACTION_DONE;
}

static PROV_JSON_ACTION
json_array_element_start(void *state, bool isnull)
{
	JsonScan   *js = (JsonScan *) state;

	(void) isnull;
	if (js->lex->lex_level == 2 && js->cur >= 0 &&
		js->members[js->cur].kind == JK_ARRAY)
		js->members[js->cur].nelems++;
	PROV_JSON_ACTION_DONE;
}

static PROV_JSON_ACTION
json_field_start(void *state, char *fname, bool isnull)
{
	JsonScan   *js = (JsonScan *) state;
	int			i;

	(void) isnull;
	if (fname == NULL)
		PROV_JSON_ACTION_DONE;
	if (js->check_dups && js->depth > 0)
	{
		JsonKeys   *k = &js->stack[js->depth - 1];

		if (k->n == k->cap)
		{
			k->cap = k->cap ? k->cap * 2 : 8;
			k->names = k->names ? repalloc(k->names, sizeof(char *) * k->cap) :
				palloc(sizeof(char *) * k->cap);
		}
		k->names[k->n++] = fname;
	}
	if (js->lex->lex_level == 1)
	{
		js->cur = -1;
		for (i = 0; i < js->nmembers; i++)
			if (strcmp(js->members[i].name, fname) == 0)
			{
				js->cur = i;
				break;
			}
	}
	PROV_JSON_ACTION_DONE;
}

static PROV_JSON_ACTION
json_field_end(void *state, char *fname, bool isnull)
{
	JsonScan   *js = (JsonScan *) state;

	(void) fname;
	(void) isnull;
	if (js->lex->lex_level == 1)
		js->cur = -1;
	PROV_JSON_ACTION_DONE;
}

static PROV_JSON_ACTION
json_scalar(void *state, char *token, JsonTokenType tokentype)
{
	json_note_value((JsonScan *) state, json_kind_of_token(tokentype), token);
	PROV_JSON_ACTION_DONE;
}

/*
 * json_max_depth
 *		Deepest nesting of arrays and objects in s[0..n), counted lexically
 *		(strings skipped), so that absurdly deep input is refused before the
 *		recursive parser sees it.
 */
static int
json_max_depth(const char *s, size_t n)
{
	int			depth = 0;
	int			max = 0;
	bool		in_string = false;
	size_t		i;

	for (i = 0; i < n; i++)
	{
		char		c = s[i];

		if (in_string)
		{
			if (c == '\\')
				i++;
			else if (c == '"')
				in_string = false;
		}
		else if (c == '"')
			in_string = true;
		else if (c == '[' || c == '{')
		{
			if (++depth > max)
				max = depth;
		}
		else if (c == ']' || c == '}')
			depth--;
	}
	return max;
}

/*
 * json_scan
 *		Parse the JSON text s[0..n) (database encoding, NUL at s[n]) with the
 *		semantic actions above, filling js (whose members the caller set).
 *		Returns the parser's verdict; *lexp gets the lexer for
 *		json_errdetail.  Everything is palloc'd in the current context.
 */
static JsonParseErrorType
json_scan(char *s, size_t n, JsonScan *js, JsonMember *members, int nmembers,
		  bool check_dups, JsonLexContext **lexp)
{
	JsonSemAction sem;

	memset(js, 0, sizeof(*js));
	js->members = members;
	js->nmembers = nmembers;
	js->cur = -1;
	js->check_dups = check_dups;
	js->lex = PROV_JSON_LEXER(s, (int) n, GetDatabaseEncoding());
	*lexp = js->lex;

	memset(&sem, 0, sizeof(sem));
	sem.semstate = js;
	sem.object_start = json_object_start;
	sem.object_end = json_object_end;
	sem.array_start = json_array_start;
	sem.array_element_start = json_array_element_start;
	sem.object_field_start = json_field_start;
	sem.object_field_end = json_field_end;
	sem.scalar = json_scalar;
	return pg_parse_json(js->lex, &sem);
}

/* ---------------------------------------------------------------------
 * Validation
 * ---------------------------------------------------------------------
 */

/* Outcome of record_check */
typedef struct RecordCheck
{
	int			sqlstate;		/* 0 when valid */
	char	   *detail;			/* errdetail sentence when invalid */
	sig_alg		alg;
	uint32		hdr_len;
	uint32		pay_len;
} RecordCheck;

/* Fail chk with a 22P02 detail; returns false */
static bool
record_fail(RecordCheck *chk, char *detail)
{
	chk->sqlstate = ERRCODE_INVALID_TEXT_REPRESENTATION;
	chk->detail = detail;
	return false;
}

/*
 * record_quote
 *		s (database encoding) for an error detail: at most RECORD_QUOTE_MAX
 *		bytes, cut at a character boundary, "..." added when cut.
 */
static char *
record_quote(const char *s)
{
	int			len = strlen(s);
	int			cut;

	if (len <= RECORD_QUOTE_MAX)
		return pstrdup(s);
	cut = pg_mbcliplen(s, len, RECORD_QUOTE_MAX);
	return psprintf("%.*s...", cut, s);
}

/*
 * record_decode
 *		The bytes of a validated base64url segment, palloc'd with a NUL after
 *		them; *n gets their number.
 */
static char *
record_decode(const char *seg, size_t seglen, size_t *n)
{
	size_t		cap = B64URL_DECODED_MAX(seglen) + 1;
	char	   *buf = palloc(cap);
	long		got = b64url_decode(seg, seglen, (unsigned char *) buf, cap);

	if (got < 0)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("corrupt signed_record value"),
				 errdetail("A stored segment is not base64url.")));
	buf[got] = '\0';
	*n = (size_t) got;
	return buf;
}

/*
 * record_json_text
 *		Decoded UTF-8 JSON bytes buf[0..n) as text in the database encoding
 *		(buf itself when no conversion is needed); *outlen gets its length.
 *		Returns NULL, with a detail in chk, when the bytes are not UTF-8.
 *		what names the part ("protected header", "payload").
 */
static char *
record_json_text(char *buf, size_t n, const char *what, RecordCheck *chk,
				 size_t *outlen)
{
	int			ok = pg_encoding_verifymbstr(PG_UTF8, buf, (int) n);
	char	   *s;

	if ((size_t) ok != n)
	{
		if (chk)
			record_fail(chk, psprintf("The %s is not valid UTF-8: byte %d of it is 0x%02x.",
									  what, ok + 1, (unsigned char) buf[ok]));
		return NULL;
	}
	s = pg_any_to_server(buf, (int) n, PG_UTF8);
	*outlen = (s == buf) ? n : strlen(s);
	return s;
}

/*
 * record_check_json
 *		Check that the decoded bytes buf[0..n) of part `what` are a UTF-8
 *		JSON object without duplicate member names, filling js (and
 *		members).  Returns false with a detail in chk otherwise.
 */
static bool
record_check_json(char *buf, size_t n, const char *what, RecordCheck *chk,
				  JsonScan *js, JsonMember *members, int nmembers)
{
	size_t		len;
	char	   *s = record_json_text(buf, n, what, chk, &len);
	JsonLexContext *lex;
	JsonParseErrorType err;

	if (s == NULL)
		return false;
	if (json_max_depth(s, len) > RECORD_JSON_MAX_DEPTH)
		return record_fail(chk, psprintf("The %s nests arrays or objects more than %d levels deep.",
										 what, RECORD_JSON_MAX_DEPTH));
	err = json_scan(s, len, js, members, nmembers, true, &lex);
	if (err != JSON_SUCCESS)
		return record_fail(chk, psprintf("The %s is not valid JSON. %s",
										 what, json_errdetail(err, lex)));
	if (js->top != JK_OBJECT)
		return record_fail(chk, psprintf("The %s is not a JSON object but %s.",
										 what, json_kind_phrase(js->top)));
	if (js->dup != NULL)
		return record_fail(chk, psprintf("The %s has the member \"%s\" twice in one object; duplicate member names are ambiguous.",
										 what, record_quote(js->dup)));
	return true;
}

/*
 * numericdate_to_timestamptz
 *		A JWT NumericDate (seconds since 1970-01-01T00:00:00Z, RFC 7519) as
 *		timestamptz, rounded to microseconds as to_timestamp(float8) does.
 *		False when out of the timestamptz range.
 */
bool
numericdate_to_timestamptz(const char *token, TimestampTz *out)
{
	double		seconds = strtod(token, NULL);
	double		usecs;

	if (isnan(seconds) ||
		seconds < (double) SECS_PER_DAY * (DATETIME_MIN_JULIAN - UNIX_EPOCH_JDATE) ||
		seconds >= (double) SECS_PER_DAY * (TIMESTAMP_END_JULIAN - UNIX_EPOCH_JDATE))
		return false;
	seconds -= (double) (POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE) * SECS_PER_DAY;
	usecs = rint(seconds * USECS_PER_SEC);
	if (!IS_VALID_TIMESTAMP((int64) usecs))
		return false;
	*out = (TimestampTz) usecs;
	return true;
}

/* Header parameters RFC 7515 and RFC 7518 define for JWS: never in "crit" */
static const char *const jws_registered_params[] = {
	"alg", "jku", "jwk", "kid", "x5u", "x5c", "x5t", "x5t#S256", "typ",
	"cty", "crit"
};

/* Top-level header members record_check looks at */
enum
{
	HM_ALG, HM_CRIT, HM_B64, HM_KID, HM_COUNT
};

/*
 * record_check_header
 *		The protected header rules (see the file header).  Sets chk->alg.
 */
static bool
record_check_header(char *buf, size_t n, RecordCheck *chk)
{
	JsonMember	m[HM_COUNT];
	JsonScan	js;
	const char *alg;
	bool		b64_critical = false;
	int			i;
	int			j;

	memset(m, 0, sizeof(m));
	m[HM_ALG].name = "alg";
	m[HM_CRIT].name = "crit";
	m[HM_B64].name = "b64";
	m[HM_KID].name = "kid";
	if (!record_check_json(buf, n, "protected header", chk, &js, m, HM_COUNT))
		return false;

	/* alg */
	if (m[HM_ALG].kind == JK_ABSENT)
		return record_fail(chk, pstrdup("The protected header has no \"alg\" member."));
	if (m[HM_ALG].kind != JK_STRING)
		return record_fail(chk, psprintf("The \"alg\" header parameter is %s, not a string.",
										 json_kind_phrase(m[HM_ALG].kind)));
	alg = m[HM_ALG].value;
	chk->alg = sig_alg_from_name(alg, strlen(alg));
	if (chk->alg == SIG_ALG_INVALID)
	{
		if (pg_strcasecmp(alg, "none") == 0)
			return record_fail(chk, psprintf("The algorithm \"%s\" is not accepted: an unsigned record proves nothing (RFC 8725, section 2.1).",
											 record_quote(alg)));
		if (strncmp(alg, "HS", 2) == 0)
			return record_fail(chk, psprintf("The HMAC algorithm \"%s\" is not accepted: records are verified with public keys, and HMAC keyed with a public key is the key-confusion attack (RFC 8725, section 2.1).",
											 record_quote(alg)));
		return record_fail(chk, psprintf("The algorithm \"%s\" is not supported; provenance accepts EdDSA, Ed25519, ES256, ES384, ES512, PS256, PS384, RS256 and RS384.",
										 record_quote(alg)));
	}

	/* crit: only understood extensions, which are present */
	if (m[HM_CRIT].kind != JK_ABSENT)
	{
		JsonMember *c = &m[HM_CRIT];

		if (c->kind != JK_ARRAY)
			return record_fail(chk, psprintf("The \"crit\" header parameter is %s, not an array.",
											 json_kind_phrase(c->kind)));
		if (c->nelems == 0)
			return record_fail(chk, pstrdup("The \"crit\" header parameter is an empty array, which RFC 7515 (section 4.1.11) forbids."));
		if (c->nstrings != c->nelems)
			return record_fail(chk, pstrdup("The \"crit\" header parameter has an entry that is not a string."));
		for (i = 0; i < c->nstrings; i++)
		{
			const char *e = c->strings[i];

			for (j = 0; j < i; j++)
				if (strcmp(c->strings[j], e) == 0)
					return record_fail(chk, psprintf("The \"crit\" header parameter lists \"%s\" twice.",
													 record_quote(e)));
			for (j = 0; j < (int) lengthof(jws_registered_params); j++)
				if (strcmp(jws_registered_params[j], e) == 0)
					return record_fail(chk, psprintf("The \"crit\" header parameter lists \"%s\", which RFC 7515 itself defines; only extensions may be listed.",
													 e));
			if (strcmp(e, "b64") != 0)
				return record_fail(chk, psprintf("Unknown critical header parameter \"%s\": provenance understands no JWS extension but \"b64\".",
												 record_quote(e)));
			if (m[HM_B64].kind == JK_ABSENT)
				return record_fail(chk, pstrdup("The \"crit\" header parameter lists \"b64\", which the header does not have."));
			b64_critical = true;
		}
	}

	/* b64 (RFC 7797): only the default, true, and then it must be critical */
	if (m[HM_B64].kind != JK_ABSENT)
	{
		if (m[HM_B64].kind == JK_FALSE)
			return record_fail(chk, pstrdup("The header sets \"b64\" to false: unencoded payloads (RFC 7797) are not supported."));
		if (m[HM_B64].kind != JK_TRUE)
			return record_fail(chk, psprintf("The \"b64\" header parameter is %s, not a boolean.",
											 json_kind_phrase(m[HM_B64].kind)));
		if (!b64_critical)
			return record_fail(chk, pstrdup("The \"b64\" header parameter is not listed in \"crit\", as RFC 7797 (section 6) requires."));
	}

	/* kid */
	if (m[HM_KID].kind != JK_ABSENT && m[HM_KID].kind != JK_STRING)
		return record_fail(chk, psprintf("The \"kid\" header parameter is %s, not a string.",
										 json_kind_phrase(m[HM_KID].kind)));
	return true;
}

/* The NumericDate claims checked on input */
static const char *const record_date_claims[] = {"iat", "exp", "nbf"};

/*
 * record_check_payload
 *		The payload is a JSON object; iat, exp and nbf are numbers within
 *		the timestamptz range when present.
 */
static bool
record_check_payload(char *buf, size_t n, RecordCheck *chk)
{
	JsonMember	m[lengthof(record_date_claims)];
	JsonScan	js;
	int			i;

	memset(m, 0, sizeof(m));
	for (i = 0; i < (int) lengthof(record_date_claims); i++)
		m[i].name = record_date_claims[i];
	if (!record_check_json(buf, n, "payload", chk, &js, m, lengthof(m)))
		return false;
	for (i = 0; i < (int) lengthof(record_date_claims); i++)
	{
		TimestampTz ts;

		if (m[i].kind == JK_ABSENT)
			continue;
		if (m[i].kind != JK_NUMBER)
			return record_fail(chk, psprintf("The \"%s\" claim is %s, not a NumericDate (a JSON number of seconds since 1970-01-01T00:00:00Z).",
											 m[i].name, json_kind_phrase(m[i].kind)));
		if (!numericdate_to_timestamptz(m[i].value, &ts))
			return record_fail(chk, psprintf("The \"%s\" claim %s is outside the range of timestamp with time zone.",
											 m[i].name, record_quote(m[i].value)));
	}
	return true;
}

/*
 * record_check
 *		Validate s[0..len) completely as a signed_record.  Returns true and
 *		fills alg and the segment lengths, or false with chk->sqlstate
 *		(22P02, or 54000 when too long) and chk->detail set.  Raises only on
 *		out-of-memory and, in a non-UTF-8 database, on a character the
 *		database encoding cannot represent.  Memory is palloc'd in the
 *		current context.
 */
static bool
record_check(const char *s, size_t len, RecordCheck *chk)
{
	jws_parts	p;
	char	   *buf;
	size_t		n;

	memset(chk, 0, sizeof(*chk));
	if (jws_parse(s, len, SIGNED_RECORD_MAX_LEN, &p) != JWS_OK)
	{
		chk->sqlstate = p.status == JWS_ERR_TOO_LONG ?
			ERRCODE_PROGRAM_LIMIT_EXCEEDED : ERRCODE_INVALID_TEXT_REPRESENTATION;
		chk->detail = pstrdup(p.errmsg);
		return false;
	}

	buf = record_decode(s + p.seg[JWS_HEADER].off, p.seg[JWS_HEADER].len, &n);
	if (!record_check_header(buf, n, chk))
		return false;
	pfree(buf);

	buf = record_decode(s + p.seg[JWS_PAYLOAD].off, p.seg[JWS_PAYLOAD].len, &n);
	if (!record_check_payload(buf, n, chk))
		return false;
	pfree(buf);

	if (jws_check_signature_length(&p, sig_alg_fixed_length(chk->alg),
								   sig_alg_name(chk->alg)) != JWS_OK)
		return record_fail(chk, pstrdup(p.errmsg));

	chk->hdr_len = (uint32) p.seg[JWS_HEADER].len;
	chk->pay_len = (uint32) p.seg[JWS_PAYLOAD].len;
	return true;
}

/* A new signed_record datum (palloc'd) for the validated s[0..len) */
static SignedRecord *
record_make(const char *s, size_t len, const RecordCheck *chk)
{
	SignedRecord *r = (SignedRecord *) palloc0(SIGNED_RECORD_HDRSZ + len);

	SET_VARSIZE(r, SIGNED_RECORD_HDRSZ + len);
	r->version = SIGNED_RECORD_VERSION;
	r->alg = (uint8) chk->alg;
	r->reserved = 0;
	r->hdr_len = chk->hdr_len;
	r->pay_len = chk->pay_len;
	memcpy(r->compact, s, len);
	return r;
}

/*
 * record_from_compact
 *		A signed_record (palloc'd in the current context) from the compact
 *		text s[0..len), validated as the input function does; raises the
 *		same errors (22P02, 54000).
 */
SignedRecord *
record_from_compact(const char *s, size_t len)
{
	RecordCheck chk;

	if (!record_check(s, len, &chk))
	{
		if (chk.sqlstate == ERRCODE_PROGRAM_LIMIT_EXCEEDED)
			ereport(ERROR,
					(errcode(chk.sqlstate),
					 errmsg("value too long for type %s", "signed_record"),
					 errdetail("%s", chk.detail)));
		ereport(ERROR,
				(errcode(chk.sqlstate),
				 errmsg("invalid input syntax for type %s: \"%s\"",
						"signed_record", pnstrdup(s, len)),
				 errdetail("%s", chk.detail)));
	}
	return record_make(s, len, &chk);
}

/* ---------------------------------------------------------------------
 * Type I/O
 * ---------------------------------------------------------------------
 */

/*
 * signed_record_in
 *		Text input: a JWS in compact serialization, validated completely
 *		(soft errors where the server supports them).
 */
Datum
signed_record_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	size_t		len = strlen(str);
	RecordCheck chk;

	if (!record_check(str, len, &chk))
	{
		if (chk.sqlstate == ERRCODE_PROGRAM_LIMIT_EXCEEDED)
			PROV_ERETURN(fcinfo->context, (Datum) 0,
						 (errcode(chk.sqlstate),
						  errmsg("value too long for type %s", "signed_record"),
						  errdetail("%s", chk.detail)));
		PROV_ERETURN(fcinfo->context, (Datum) 0,
					 (errcode(chk.sqlstate),
					  errmsg("invalid input syntax for type %s: \"%s\"",
							 "signed_record", str),
					  errdetail("%s", chk.detail)));
	}
	PG_RETURN_SIGNED_RECORD_P(record_make(str, len, &chk));
}

/*
 * signed_record_out
 *		The compact text exactly as it was given (palloc'd).
 */
Datum
signed_record_out(PG_FUNCTION_ARGS)
{
	SignedRecord *r = PG_GETARG_SIGNED_RECORD_P(0);
	size_t		len = record_compact_len(r);
	char	   *s = palloc(len + 1);

	memcpy(s, r->compact, len);
	s[len] = '\0';
	PG_RETURN_CSTRING(s);
}

/*
 * signed_record_recv
 *		Binary input: a version byte (1) and the compact text, validated as
 *		text input is (errors 22P03, or 54000 when too long).
 */
Datum
signed_record_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			version = pq_getmsgbyte(buf);
	int			nbytes;
	char	   *str;
	RecordCheck chk;

	if (version != SIGNED_RECORD_SEND_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported signed_record binary format version %d",
						version)));
	str = pq_getmsgtext(buf, buf->len - buf->cursor, &nbytes);
	if (!record_check(str, nbytes, &chk))
		ereport(ERROR,
				(errcode(chk.sqlstate == ERRCODE_PROGRAM_LIMIT_EXCEEDED ?
						 chk.sqlstate : ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary signed_record value"),
				 errdetail("%s", chk.detail)));
	PG_RETURN_SIGNED_RECORD_P(record_make(str, nbytes, &chk));
}

/*
 * signed_record_send
 *		Binary output: a version byte (1) and the compact text.
 */
Datum
signed_record_send(PG_FUNCTION_ARGS)
{
	SignedRecord *r = PG_GETARG_SIGNED_RECORD_P(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, SIGNED_RECORD_SEND_VERSION);
	pq_sendtext(&buf, r->compact, (int) record_compact_len(r));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---------------------------------------------------------------------
 * Equality, ordering, hashing: on the exact compact text
 * ---------------------------------------------------------------------
 */

/*
 * The compact text of a possibly short-header (packed) datum, without
 * copying it to get an aligned SignedRecord.
 */
static inline const char *
record_compact_packed(struct varlena *v, size_t *len)
{
	*len = VARSIZE_ANY_EXHDR(v) - (SIGNED_RECORD_HDRSZ - VARHDRSZ);
	return VARDATA_ANY(v) + (SIGNED_RECORD_HDRSZ - VARHDRSZ);
}

/* Byte order of the compact texts, shorter first on a common prefix */
static int
record_cmp_internal(struct varlena *a, struct varlena *b)
{
	size_t		la;
	size_t		lb;
	const char *sa = record_compact_packed(a, &la);
	const char *sb = record_compact_packed(b, &lb);

	return varbytes_compare(sa, la, sb, lb);
}

#define RECORD_CMP_FUNC(name, op) \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	struct varlena *a = PG_GETARG_VARLENA_PP(0); \
	struct varlena *b = PG_GETARG_VARLENA_PP(1); \
	int			r = record_cmp_internal(a, b); \
	PG_FREE_IF_COPY(a, 0); \
	PG_FREE_IF_COPY(b, 1); \
	PG_RETURN_BOOL(r op 0); \
}

RECORD_CMP_FUNC(signed_record_eq, ==)
RECORD_CMP_FUNC(signed_record_ne, !=)
RECORD_CMP_FUNC(signed_record_lt, <)
RECORD_CMP_FUNC(signed_record_le, <=)
RECORD_CMP_FUNC(signed_record_gt, >)
RECORD_CMP_FUNC(signed_record_ge, >=)

Datum
signed_record_cmp(PG_FUNCTION_ARGS)
{
	struct varlena *a = PG_GETARG_VARLENA_PP(0);
	struct varlena *b = PG_GETARG_VARLENA_PP(1);
	int			r = record_cmp_internal(a, b);

	PG_FREE_IF_COPY(a, 0);
	PG_FREE_IF_COPY(b, 1);
	PG_RETURN_INT32(r);
}

Datum
signed_record_hash(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_GETARG_VARLENA_PP(0);
	size_t		len;
	const char *s = record_compact_packed(v, &len);
	Datum		h = hash_any((const unsigned char *) s, (int) len);

	PG_FREE_IF_COPY(v, 0);
	return h;
}

Datum
signed_record_hash_extended(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_GETARG_VARLENA_PP(0);
	size_t		len;
	const char *s = record_compact_packed(v, &len);
	Datum		h = hash_any_extended((const unsigned char *) s, (int) len,
									  PG_GETARG_INT64(1));

	PG_FREE_IF_COPY(v, 0);
	return h;
}

/* ---------------------------------------------------------------------
 * Validation without raising
 * ---------------------------------------------------------------------
 */
Datum
prov_signed_record_is_valid(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	RecordCheck chk;

	PG_RETURN_BOOL(record_check(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &chk));
}

/*
 * prov_signed_record_error
 *		The detail the input function would report (which part, what is
 *		wrong), or NULL when the text is a valid signed record.
 */
Datum
prov_signed_record_error(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	RecordCheck chk;

	if (record_check(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &chk))
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(chk.detail));
}

/* ---------------------------------------------------------------------
 * Accessors
 * ---------------------------------------------------------------------
 */

/*
 * record_part_json
 *		The decoded protected header (seg JWS_HEADER) or payload of a stored
 *		record as NUL-terminated JSON text in the database encoding
 *		(palloc'd); *len gets its length.
 */
static char *
record_part_json(const SignedRecord *r, int seg, size_t *len)
{
	const char *p = r->compact;
	size_t		plen = r->hdr_len;
	size_t		n;
	char	   *buf;
	char	   *s;

	if (seg == JWS_PAYLOAD)
	{
		p += r->hdr_len + 1;
		plen = r->pay_len;
	}
	buf = record_decode(p, plen, &n);
	s = record_json_text(buf, n, jws_segment_name(seg), NULL, len);
	if (s == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("corrupt signed_record value"),
				 errdetail("The stored %s is not UTF-8.", jws_segment_name(seg))));
	return s;
}

/*
 * record_scan_part
 *		Scan the stored header or payload of r for the members m[0..n);
 *		a stored value that is not JSON is data corruption.
 */
static void
record_scan_part(const SignedRecord *r, int seg, JsonMember *m, int n)
{
	size_t		len;
	char	   *s = record_part_json(r, seg, &len);
	JsonScan	js;
	JsonLexContext *lex;

	if (json_scan(s, len, &js, m, n, false, &lex) != JSON_SUCCESS)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("corrupt signed_record value"),
				 errdetail("The stored %s is not JSON.", jws_segment_name(seg))));
}

/*
 * record_member
 *		The top-level member `name` of the stored header or payload: fills
 *		*m (kind JK_ABSENT when there is none).
 */
static void
record_member(const SignedRecord *r, int seg, const char *name, JsonMember *m)
{
	memset(m, 0, sizeof(*m));
	m->name = name;
	record_scan_part(r, seg, m, 1);
}

/* A NumericDate claim m (checked on input) as *ts; false when absent */
static bool
record_date_member(const JsonMember *m, TimestampTz *ts)
{
	if (m->kind != JK_NUMBER)
		return false;
	if (!numericdate_to_timestamptz(m->value, ts))
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("corrupt signed_record value"),
				 errdetail("The stored \"%s\" claim is out of range.", m->name)));
	return true;
}

/*
 * record_trust_info
 *		The header members and claims the trust store judges a record by
 *		(see record.h).  Two JSON scans of small documents; everything is
 *		palloc'd in the current context, which the caller resets per row.
 */
void
record_trust_info(const SignedRecord *r, RecordTrustInfo *info)
{
	enum
	{
		H_KID, H_X5C, H_JWK, H_JKU, H_X5U, H_COUNT
	};
	enum
	{
		P_IAT, P_EXP, P_NBF, P_ROLE, P_COUNT
	};
	JsonMember	h[H_COUNT];
	JsonMember	p[P_COUNT];

	memset(info, 0, sizeof(*info));
	memset(h, 0, sizeof(h));
	memset(p, 0, sizeof(p));
	h[H_KID].name = "kid";
	h[H_X5C].name = "x5c";
	h[H_JWK].name = "jwk";
	h[H_JKU].name = "jku";
	h[H_X5U].name = "x5u";
	p[P_IAT].name = "iat";
	p[P_EXP].name = "exp";
	p[P_NBF].name = "nbf";
	p[P_ROLE].name = "role";
	record_scan_part(r, JWS_HEADER, h, H_COUNT);
	record_scan_part(r, JWS_PAYLOAD, p, P_COUNT);

	if (h[H_KID].kind == JK_STRING)
		info->kid = h[H_KID].value;
	info->nx5c = -1;
	if (h[H_X5C].kind != JK_ABSENT)
	{
		JsonMember *x = &h[H_X5C];

		if (x->kind == JK_ARRAY && x->nelems > 0 && x->nstrings == x->nelems)
		{
			info->nx5c = x->nstrings;
			info->x5c = x->strings;
		}
		else
			info->x5c_bad = true;
	}
	info->embedded_key = h[H_JWK].kind != JK_ABSENT ||
		h[H_JKU].kind != JK_ABSENT || h[H_X5U].kind != JK_ABSENT;
	info->has_iat = record_date_member(&p[P_IAT], &info->iat);
	info->has_exp = record_date_member(&p[P_EXP], &info->exp);
	info->has_nbf = record_date_member(&p[P_NBF], &info->nbf);
	if (p[P_ROLE].kind == JK_STRING)
		info->role = p[P_ROLE].value;
}

/* See record.h */
void
record_scan_claims(const SignedRecord *r, JsonMember *m, int n)
{
	record_scan_part(r, JWS_PAYLOAD, m, n);
}

/* See record.h */
bool
json_scan_members(char *s, size_t len, JsonMember *m, int n, bool *is_object)
{
	JsonScan	js;
	JsonLexContext *lex;

	if (json_scan(s, len, &js, m, n, false, &lex) != JSON_SUCCESS)
		return false;
	*is_object = js.top == JK_OBJECT;
	return true;
}

/* See record.h */
void
record_digest(const SignedRecord *r, unsigned char *out)
{
	unsigned int mdlen = 0;

	if (EVP_Digest(r->compact, record_compact_len(r), out, &mdlen,
				   sig_sha256(), NULL) != 1 || mdlen != 32)
	{
		unsigned long e = ERR_get_error();
		const char *reason = e ? ERR_reason_error_string(e) : NULL;

		ERR_clear_error();
		ereport(ERROR,
				(errcode(ERRCODE_EXTERNAL_ROUTINE_INVOCATION_EXCEPTION),
				 errmsg("could not compute SHA-256 of a signed_record"),
				 errdetail("OpenSSL: %s.",
						   reason ? reason : "no error reported")));
	}
}

/* The header or payload of a stored record as jsonb */
static Datum
record_part_jsonb(const SignedRecord *r, int seg)
{
	size_t		len;
	char	   *s = record_part_json(r, seg, &len);

	return DirectFunctionCall1(jsonb_in, CStringGetDatum(s));
}

/* record_claims(signed_record) -> jsonb: the payload */
Datum
prov_record_claims(PG_FUNCTION_ARGS)
{
	SignedRecord *r = PG_GETARG_SIGNED_RECORD_P(0);

	PG_RETURN_DATUM(record_part_jsonb(r, JWS_PAYLOAD));
}

/* record_header(signed_record) -> jsonb: the protected header */
Datum
prov_record_header(PG_FUNCTION_ARGS)
{
	SignedRecord *r = PG_GETARG_SIGNED_RECORD_P(0);

	PG_RETURN_DATUM(record_part_jsonb(r, JWS_HEADER));
}

/* record_kid(signed_record) -> text: the header's "kid", or NULL */
Datum
prov_record_kid(PG_FUNCTION_ARGS)
{
	SignedRecord *r = PG_GETARG_SIGNED_RECORD_P(0);
	JsonMember	m;

	record_member(r, JWS_HEADER, "kid", &m);
	if (m.kind != JK_STRING)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(m.value));
}

/* record_alg(signed_record) -> text: the header's "alg" (stored) */
Datum
prov_record_alg(PG_FUNCTION_ARGS)
{
	SignedRecord *r = PG_GETARG_SIGNED_RECORD_P(0);
	const char *name = sig_alg_name((sig_alg) r->alg);

	if (name == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("corrupt signed_record value"),
				 errdetail("The stored algorithm number %d is unknown.", r->alg)));
	PG_RETURN_TEXT_P(cstring_to_text(name));
}

/*
 * record_issued_at(signed_record) -> timestamptz: the "iat" claim, or NULL
 * when absent (input made sure it is an in-range number when present).
 */
Datum
prov_record_issued_at(PG_FUNCTION_ARGS)
{
	SignedRecord *r = PG_GETARG_SIGNED_RECORD_P(0);
	JsonMember	m;
	TimestampTz ts;

	record_member(r, JWS_PAYLOAD, "iat", &m);
	if (!record_date_member(&m, &ts))
		PG_RETURN_NULL();
	PG_RETURN_TIMESTAMPTZ(ts);
}

/*
 * record_hash(signed_record) -> text: base64url (unpadded) SHA-256 of the
 * compact text, 43 characters.  EVP_Digest makes and frees its own
 * context, so nothing of OpenSSL outlives the call even on error.
 */
Datum
prov_record_hash(PG_FUNCTION_ARGS)
{
	SignedRecord *r = PG_GETARG_SIGNED_RECORD_P(0);
	unsigned char md[32];
	char		out[B64URL_ENCODED_LEN(32) + 1];

	record_digest(r, md);
	b64url_encode(md, sizeof(md), out, sizeof(out));
	PG_RETURN_TEXT_P(cstring_to_text(out));
}

/*
 * signed_record -> text: the claim of that name as jsonb, NULL when the
 * payload has no such member.
 */
Datum
prov_record_claim(PG_FUNCTION_ARGS)
{
	SignedRecord *r = PG_GETARG_SIGNED_RECORD_P(0);
	text	   *key = PG_GETARG_TEXT_PP(1);
	Jsonb	   *claims = DatumGetJsonbP(record_part_jsonb(r, JWS_PAYLOAD));
	JsonbValue	vbuf;
	JsonbValue *v;

	v = getKeyJsonValueFromContainer(&claims->root, VARDATA_ANY(key),
									 VARSIZE_ANY_EXHDR(key), &vbuf);
	if (v == NULL)
		PG_RETURN_NULL();
	PG_RETURN_JSONB_P(JsonbValueToJsonb(v));
}
