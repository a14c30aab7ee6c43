/*
 * certificate.c
 *		The SQL type provenance.certificate (I/O, equality, hashing, the
 *		bytea cast) and the certificate_* accessor functions.
 *
 * A certificate is a varlena holding the DER of one X.509 certificate,
 * exactly as it was given (fingerprints are over those bytes).  Text input
 * is one PEM "CERTIFICATE" block, text output the same PEM (64-character
 * lines); binary I/O and the bytea cast use the DER.  Parsing and the
 * accessors live in x509.c, free of PostgreSQL.
 *
 * Every X509 loaded here is freed before any ereport, so an ERROR never
 * leaks OpenSSL memory; messages never quote the input (it may be a
 * private key given by mistake).
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "datatype/timestamp.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/timestamp.h"

#include "compat.h"
#include "pubkey_parse.h"
#include "varbytes.h"
#include "x509.h"

#define DatumGetCertificatePP(X)	((bytea *) PG_DETOAST_DATUM_PACKED(X))
#define PG_GETARG_CERTIFICATE_PP(n) DatumGetCertificatePP(PG_GETARG_DATUM(n))

PG_FUNCTION_INFO_V1(certificate_in);
PG_FUNCTION_INFO_V1(certificate_out);
PG_FUNCTION_INFO_V1(certificate_recv);
PG_FUNCTION_INFO_V1(certificate_send);
PG_FUNCTION_INFO_V1(prov_certificate_from_der);
PG_FUNCTION_INFO_V1(prov_certificate_der);
PG_FUNCTION_INFO_V1(prov_certificate_x5c);
PG_FUNCTION_INFO_V1(prov_certificate_subject);
PG_FUNCTION_INFO_V1(prov_certificate_issuer);
PG_FUNCTION_INFO_V1(prov_certificate_serial);
PG_FUNCTION_INFO_V1(prov_certificate_not_before);
PG_FUNCTION_INFO_V1(prov_certificate_not_after);
PG_FUNCTION_INFO_V1(prov_certificate_public_key);
PG_FUNCTION_INFO_V1(prov_certificate_fingerprint);
PG_FUNCTION_INFO_V1(prov_certificate_is_ca);
PG_FUNCTION_INFO_V1(prov_certificate_key_usage);

/* ---------------------------------------------------------------------
 * errors and helpers
 * ---------------------------------------------------------------------
 */

/* The SQLSTATE of an x5_parse failure; binary: the input came as bytes */
static int
certificate_sqlstate(x5_parse_status st, bool binary)
{
	switch (st)
	{
		case X5P_SYNTAX:
		case X5P_PRIVATE:
			return binary ? ERRCODE_INVALID_BINARY_REPRESENTATION :
				ERRCODE_INVALID_TEXT_REPRESENTATION;
		case X5P_DECODE:
			return ERRCODE_INVALID_BINARY_REPRESENTATION;
		case X5P_TOO_LONG:
			return ERRCODE_PROGRAM_LIMIT_EXCEEDED;
		case X5P_INTERNAL:
		case X5P_OK:
			break;
	}
	return ERRCODE_EXTERNAL_ROUTINE_INVOCATION_EXCEPTION;
}

/* The primary message of an x5_parse failure (never quotes the input) */
static const char *
certificate_errmsg(x5_parse_status st, bool binary)
{
	switch (st)
	{
		case X5P_DECODE:
			return binary ? "invalid DER data for type certificate" :
				"invalid PEM data for type certificate";
		case X5P_TOO_LONG:
			return "certificate is too long";
		case X5P_INTERNAL:
			return "OpenSSL could not process the certificate";
		default:
			return binary ? "invalid DER data for type certificate" :
				"invalid input syntax for type certificate";
	}
}

/* Report a failed parse of DER bytes (recv or cast): always an ERROR */
static void
certificate_report_binary(const x5_error *err)
{
	ereport(ERROR,
			errcode(certificate_sqlstate(err->status, true)),
			errmsg("%s", certificate_errmsg(err->status, true)),
			errdetail_internal("%s", err->detail),
			err->hint[0] ? errhint("%s", err->hint) : 0);
}

/* A new certificate datum (palloc'd) holding der[0..len) */
static bytea *
certificate_make(const unsigned char *der, size_t len)
{
	bytea	   *result = (bytea *) palloc(VARHDRSZ + len);

	SET_VARSIZE(result, VARHDRSZ + len);
	memcpy(VARDATA(result), der, len);
	return result;
}

/*
 * certificate_load
 *		A new X509 for the stored certificate c (caller frees it with
 *		X509_free before any ereport).  A stored value that does not load is
 *		corrupt.
 */
static X509 *
certificate_load(bytea *c)
{
	X509	   *cert = x5_load((const unsigned char *) VARDATA_ANY(c),
							   VARSIZE_ANY_EXHDR(c));

	if (cert == NULL)
		ereport(ERROR,
				errcode(ERRCODE_DATA_CORRUPTED),
				errmsg("stored certificate value is corrupt"));
	return cert;
}

/* ERROR for an accessor whose OpenSSL call failed (cert already freed) */
static void
certificate_internal(const char *what)
{
	ereport(ERROR,
			errcode(ERRCODE_EXTERNAL_ROUTINE_INVOCATION_EXCEPTION),
			errmsg("OpenSSL could not read the %s of the certificate", what));
}

/* Unix seconds as a timestamptz */
static TimestampTz
certificate_timestamptz(int64 secs)
{
	TimestampTz ts;

	ts = (secs - (int64) (POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE) * SECS_PER_DAY) *
		USECS_PER_SEC;
	if (!IS_VALID_TIMESTAMP(ts))
		ereport(ERROR,
				errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				errmsg("certificate time is out of range for timestamptz"));
	return ts;
}

/* ---------------------------------------------------------------------
 * type I/O
 * ---------------------------------------------------------------------
 */

/*
 * certificate_in
 *		Text input: exactly one PEM "CERTIFICATE" block (surrounding
 *		whitespace allowed).  Errors: 22P02 (not one such block, private
 *		key), 22P03 (body not base64 of one DER certificate), 54000 (too
 *		long); soft where the server supports them.
 */
Datum
certificate_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	unsigned char *der = palloc(X5_DER_MAX);
	size_t		derlen;
	x5_error	err;

	if (x5_parse_pem(str, strlen(str), der, X5_DER_MAX, &derlen, &err) == X5P_OK)
	{
		bytea	   *result = certificate_make(der, derlen);

		pfree(der);
		PG_RETURN_BYTEA_P(result);
	}
	pfree(der);
	PROV_ERETURN(fcinfo->context, (Datum) 0,
				 errcode(certificate_sqlstate(err.status, false)),
				 errmsg("%s", certificate_errmsg(err.status, false)),
				 errdetail_internal("%s", err.detail),
				 err.hint[0] ? errhint("%s", err.hint) : 0);
}

/* certificate_out: text output, PEM "CERTIFICATE" (palloc'd) */
Datum
certificate_out(PG_FUNCTION_ARGS)
{
	bytea	   *c = PG_GETARG_CERTIFICATE_PP(0);
	size_t		len = VARSIZE_ANY_EXHDR(c);
	size_t		cap = 64 + (len + 2) / 3 * 4 + len / 48 + 2;
	char	   *pem = palloc(cap);

	if (x5_der_to_pem((const unsigned char *) VARDATA_ANY(c), len, pem, cap) == 0)
		ereport(ERROR,
				errcode(ERRCODE_DATA_CORRUPTED),
				errmsg("stored certificate value is corrupt"));
	PG_RETURN_CSTRING(pem);
}

/*
 * certificate_recv
 *		Binary input: the DER of one certificate, validated (22P03).
 */
Datum
certificate_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	const unsigned char *in = (const unsigned char *) buf->data + buf->cursor;
	size_t		len = (size_t) (buf->len - buf->cursor);
	x5_error	err;

	if (x5_parse_der(in, len, &err) != X5P_OK)
		certificate_report_binary(&err);
	buf->cursor = buf->len;
	PG_RETURN_BYTEA_P(certificate_make(in, len));
}

/* certificate_send: binary output, the DER */
Datum
certificate_send(PG_FUNCTION_ARGS)
{
	bytea	   *c = PG_GETARG_CERTIFICATE_PP(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbytes(&buf, VARDATA_ANY(c), VARSIZE_ANY_EXHDR(c));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---------------------------------------------------------------------
 * comparison and hashing: on the DER bytes
 * ---------------------------------------------------------------------
 */

VARBYTES_OPERATORS(certificate)

/* ---------------------------------------------------------------------
 * casts and accessors
 * ---------------------------------------------------------------------
 */

/*
 * prov_certificate_from_der
 *		certificate_from_der(bytea) and the bytea -> certificate cast: the
 *		DER of one certificate, validated (22P03, 54000).
 */
Datum
prov_certificate_from_der(PG_FUNCTION_ARGS)
{
	bytea	   *in = PG_GETARG_BYTEA_PP(0);
	x5_error	err;

	if (x5_parse_der((const unsigned char *) VARDATA_ANY(in),
					 VARSIZE_ANY_EXHDR(in), &err) != X5P_OK)
		certificate_report_binary(&err);
	PG_RETURN_BYTEA_P(certificate_make((const unsigned char *) VARDATA_ANY(in),
									   VARSIZE_ANY_EXHDR(in)));
}

/* certificate_der(certificate): the DER (the datum is exactly those bytes) */
Datum
prov_certificate_der(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATUM(PG_GETARG_DATUM(0));
}

/* certificate_x5c(certificate): standard base64 of the DER, an x5c entry */
Datum
prov_certificate_x5c(PG_FUNCTION_ARGS)
{
	bytea	   *c = PG_GETARG_CERTIFICATE_PP(0);
	size_t		len = VARSIZE_ANY_EXHDR(c);
	size_t		cap = (len + 2) / 3 * 4 + 1;
	char	   *b64 = palloc(cap);
	size_t		n = x5_der_to_b64((const unsigned char *) VARDATA_ANY(c), len,
								  b64, cap);

	if (n == 0)
		ereport(ERROR,
				errcode(ERRCODE_DATA_CORRUPTED),
				errmsg("stored certificate value is corrupt"));
	PG_RETURN_TEXT_P(cstring_to_text_with_len(b64, (int) n));
}

/* A UTF-8 name as text in the server encoding */
static text *
certificate_name_text(const char *name)
{
	size_t		len = strlen(name);
	char	   *s = pg_any_to_server(name, (int) len, PG_UTF8);

	return cstring_to_text(s);
}

/* certificate_subject(certificate): subject DN, RFC 2253 one-line */
Datum
prov_certificate_subject(PG_FUNCTION_ARGS)
{
	X509	   *cert = certificate_load(PG_GETARG_CERTIFICATE_PP(0));
	char		name[X5_NAME_MAX * 4];
	bool		ok = x5_subject(cert, name, sizeof(name));

	X509_free(cert);
	if (!ok)
		certificate_internal("subject");
	PG_RETURN_TEXT_P(certificate_name_text(name));
}

/* certificate_issuer(certificate): issuer DN, RFC 2253 one-line */
Datum
prov_certificate_issuer(PG_FUNCTION_ARGS)
{
	X509	   *cert = certificate_load(PG_GETARG_CERTIFICATE_PP(0));
	char		name[X5_NAME_MAX * 4];
	bool		ok = x5_issuer(cert, name, sizeof(name));

	X509_free(cert);
	if (!ok)
		certificate_internal("issuer");
	PG_RETURN_TEXT_P(certificate_name_text(name));
}

/* certificate_serial(certificate): serial number, lowercase hex */
Datum
prov_certificate_serial(PG_FUNCTION_ARGS)
{
	X509	   *cert = certificate_load(PG_GETARG_CERTIFICATE_PP(0));
	char		hex[X5_SERIAL_MAX];
	bool		ok = x5_serial_hex(cert, hex);

	X509_free(cert);
	if (!ok)
		certificate_internal("serial number");
	PG_RETURN_TEXT_P(cstring_to_text(hex));
}

/* certificate_not_before(certificate) and _not_after: the validity bounds */
static Datum
certificate_validity(FunctionCallInfo fcinfo, bool after)
{
	X509	   *cert = certificate_load(PG_GETARG_CERTIFICATE_PP(0));
	int64_t		nb;
	int64_t		na;
	bool		ok = x5_validity(cert, &nb, &na);

	X509_free(cert);
	if (!ok)
		certificate_internal("validity");
	PG_RETURN_TIMESTAMPTZ(certificate_timestamptz(after ? na : nb));
}

Datum
prov_certificate_not_before(PG_FUNCTION_ARGS)
{
	return certificate_validity(fcinfo, false);
}

Datum
prov_certificate_not_after(PG_FUNCTION_ARGS)
{
	return certificate_validity(fcinfo, true);
}

/*
 * prov_certificate_public_key
 *		certificate_public_key(certificate) -> pubkey: the subject's key,
 *		validated and made canonical as pubkey input does; 22023 when it is
 *		not a key type pubkey accepts.
 */
Datum
prov_certificate_public_key(PG_FUNCTION_ARGS)
{
	X509	   *cert = certificate_load(PG_GETARG_CERTIFICATE_PP(0));
	unsigned char *spki = palloc(X5_DER_MAX);
	size_t		spkilen = x5_spki_der(cert, spki, X5_DER_MAX);
	unsigned char der[PK_DER_MAX];
	size_t		derlen;
	pk_error	err;
	bytea	   *result;

	X509_free(cert);
	if (spkilen == 0)
		certificate_internal("public key");
	if (pk_parse_public_der(spki, spkilen, der, &derlen, &err) != PK_OK)
		ereport(ERROR,
				errcode(err.status == PK_ERR_INTERNAL ?
						ERRCODE_EXTERNAL_ROUTINE_INVOCATION_EXCEPTION :
						ERRCODE_INVALID_PARAMETER_VALUE),
				errmsg("the certificate's public key is not supported by type pubkey"),
				errdetail_internal("%s", err.detail));
	pfree(spki);
	result = (bytea *) palloc(VARHDRSZ + derlen);
	SET_VARSIZE(result, VARHDRSZ + derlen);
	memcpy(VARDATA(result), der, derlen);
	PG_RETURN_BYTEA_P(result);
}

/* certificate_fingerprint(certificate): lowercase hex SHA-256 of the DER */
Datum
prov_certificate_fingerprint(PG_FUNCTION_ARGS)
{
	bytea	   *c = PG_GETARG_CERTIFICATE_PP(0);
	unsigned char md[32];
	char		hex[65];
	int			i;

	if (!x5_fingerprint((const unsigned char *) VARDATA_ANY(c),
						VARSIZE_ANY_EXHDR(c), md))
		certificate_internal("fingerprint");
	for (i = 0; i < 32; i++)
	{
		hex[2 * i] = "0123456789abcdef"[md[i] >> 4];
		hex[2 * i + 1] = "0123456789abcdef"[md[i] & 15];
	}
	hex[64] = '\0';
	PG_RETURN_TEXT_P(cstring_to_text_with_len(hex, 64));
}

/* certificate_is_ca(certificate): basicConstraints cA TRUE */
Datum
prov_certificate_is_ca(PG_FUNCTION_ARGS)
{
	X509	   *cert = certificate_load(PG_GETARG_CERTIFICATE_PP(0));
	bool		ca = x5_is_ca(cert);

	X509_free(cert);
	PG_RETURN_BOOL(ca);
}

/*
 * certificate_key_usage(certificate) -> text[]: the keyUsage bits set, by
 * their RFC 5280 names; NULL when the certificate has no keyUsage
 * extension (its key may be used for anything).
 */
Datum
prov_certificate_key_usage(PG_FUNCTION_ARGS)
{
	X509	   *cert = certificate_load(PG_GETARG_CERTIFICATE_PP(0));
	const char *names[X5_KU_MAX];
	Datum		elems[X5_KU_MAX];
	int			n = x5_key_usage(cert, names);
	int			i;

	X509_free(cert);
	if (n < 0)
		PG_RETURN_NULL();
	for (i = 0; i < n; i++)
		elems[i] = PointerGetDatum(cstring_to_text(names[i]));
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, n, TEXTOID, -1, false,
										  TYPALIGN_INT));
}
