/*
 * x509.c
 *		X.509 certificates: strict PEM and DER parsing of one certificate,
 *		field accessors, base64/PEM output, and verification of JWS x5c
 *		chains against a store of trust anchors (see x509.h).
 *
 * Pure OpenSSL, no PostgreSQL headers.  Every OpenSSL object made here is
 * freed before the function that made it returns, except those handed to
 * the caller (documented in x509.h); every exported function clears the
 * OpenSSL error queue before it returns, so that a later ERR_get_error in
 * the backend does not see a stale entry.
 *
 * Chains are built by X509_verify_cert with an X509_STORE that has no
 * lookup methods (no files, no directories, no network), with
 * X509_V_FLAG_NO_CHECK_TIME and X509_V_FLAG_PARTIAL_CHAIN.  On top of
 * OpenSSL's checks, every certificate above the leaf, the anchor included,
 * must have basicConstraints cA TRUE (OpenSSL also takes a v1 self-signed
 * certificate or a keyCertSign keyUsage as a CA), and the leaf key must be
 * one that pubkey accepts (pubkey_parse.c validates and canonicalizes it).
 */
#include "pem.h"
#include "x509.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/x509v3.h>

#include "pubkey_parse.h"

/* longest x5c entry (base64 text) looked at */
#define X5_B64_MAX		(((X5_DER_MAX + 2) / 3) * 4)

struct x5_store
{
	X509_STORE *store;
	int			n;				/* anchors */
	int			cap;
	X509	  **certs;			/* anchors[0..n), also in store */
	int		   *ids;
};

/* ----------------------------------------------------------------------
 * errors and small helpers
 * ---------------------------------------------------------------------- */

#if defined(__GNUC__)
static x5_parse_status x5_fail(x5_error *err, x5_parse_status status,
							   const char *fmt,...)
			__attribute__((format(printf, 3, 4)));
static void x5_detail(x5_result *out, const char *fmt,...)
			__attribute__((format(printf, 2, 3)));
#endif

/* Fill err with status and a detail sentence (printf format); returns status */
static x5_parse_status
x5_fail(x5_error *err, x5_parse_status status, const char *fmt,...)
{
	va_list		ap;

	err->status = status;
	err->hint[0] = '\0';
	va_start(ap, fmt);
	vsnprintf(err->detail, sizeof(err->detail), fmt, ap);
	va_end(ap);
	ERR_clear_error();
	return status;
}

/* Set the hint sentence of an error already filled in; returns its status */
static x5_parse_status
x5_hint(x5_error *err, const char *hint)
{
	snprintf(err->hint, sizeof(err->hint), "%s", hint);
	return err->status;
}

/* Write the detail sentence of a chain result (printf format) */
static void
x5_detail(x5_result *out, const char *fmt,...)
{
	va_list		ap;

	va_start(ap, fmt);
	vsnprintf(out->detail, sizeof(out->detail), fmt, ap);
	va_end(ap);
}

/* How often needle occurs in hay (not overlapping) */
static int
x5_count(const char *hay, size_t hlen, const char *needle, size_t nlen)
{
	int			n = 0;
	const char *p;

	while ((p = pem_memmem(hay, hlen, needle, nlen)) != NULL)
	{
		n++;
		hlen -= (size_t) (p - hay) + nlen;
		hay = p + nlen;
	}
	return n;
}

/*
 * x5_safe
 *		Copy a short value for quoting in a message (a PEM label):
 *		printable ASCII only, at most 32 characters.
 */
static const char *
x5_safe(const char *s, size_t len, char *buf, size_t cap)
{
	size_t		i;
	size_t		o = 0;

	for (i = 0; i < len && o + 4 < cap && i < 32; i++)
		buf[o++] = (s[i] >= 0x20 && s[i] < 0x7f) ? s[i] : '?';
	if (i < len)
	{
		buf[o++] = '.';
		buf[o++] = '.';
		buf[o++] = '.';
	}
	buf[o] = '\0';
	return buf;
}

/* Days since 1970-01-01 of a proleptic Gregorian date (m 1..12) */
static int64_t
x5_days(int64_t y, int m, int d)
{
	int64_t		era;
	int64_t		yoe;
	int64_t		doy;
	int64_t		doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* An ASN1_TIME as Unix seconds; false when it does not parse */
static bool
x5_time(const ASN1_TIME *t, int64_t *secs)
{
	struct tm	tm;

	if (t == NULL || ASN1_TIME_to_tm(t, &tm) != 1)
	{
		ERR_clear_error();
		return false;
	}
	*secs = x5_days((int64_t) tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday) * 86400 +
		tm.tm_hour * 3600 + tm.tm_min * 60 + tm.tm_sec;
	return true;
}

/*
 * x5_utf8_fix
 *		Replace every byte of s[0..len) that is not part of a well-formed
 *		UTF-8 sequence (or is NUL) by '?', in place.
 */
static void
x5_utf8_fix(char *s, size_t len)
{
	size_t		i = 0;

	while (i < len)
	{
		unsigned char c = (unsigned char) s[i];
		size_t		n;
		size_t		k;
		unsigned long cp;

		if (c >= 0x01 && c < 0x80)
		{
			i++;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf)
			n = 2, cp = c & 0x1f;
		else if (c >= 0xe0 && c <= 0xef)
			n = 3, cp = c & 0x0f;
		else if (c >= 0xf0 && c <= 0xf4)
			n = 4, cp = c & 0x07;
		else
		{
			s[i++] = '?';
			continue;
		}
		for (k = 1; k < n && i + k < len &&
			 ((unsigned char) s[i + k] & 0xc0) == 0x80; k++)
			cp = (cp << 6) | ((unsigned char) s[i + k] & 0x3f);
		if (k < n || (n == 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) ||
			(n == 4 && (cp < 0x10000 || cp > 0x10ffff)))
		{
			s[i++] = '?';
			continue;
		}
		i += n;
	}
}

/*
 * x5_name
 *		name as RFC 2253 one-line UTF-8 into out (cap bytes, NUL added), cut
 *		at a character boundary.  Returns false on failure.
 */
static bool
x5_name(const X509_NAME *name, char *out, size_t cap)
{
	BIO		   *bio;
	char	   *data;
	long		len;
	size_t		n;
	bool		ok = false;

	if (cap == 0)
		return false;
	out[0] = '\0';
	if (name == NULL || (bio = BIO_new(BIO_s_mem())) == NULL)
	{
		ERR_clear_error();
		return false;
	}
	if (X509_NAME_print_ex(bio, name, 0,
						   XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) >= 0 &&
		(len = BIO_get_mem_data(bio, &data)) >= 0)
	{
		n = (size_t) len;
		if (n >= cap)
		{
			n = cap - 1;
			/* back off to the start of the character that does not fit */
			while (n > 0 && ((unsigned char) data[n] & 0xc0) == 0x80)
				n--;
		}
		memcpy(out, data, n);
		out[n] = '\0';
		x5_utf8_fix(out, n);
		ok = true;
	}
	BIO_free(bio);
	ERR_clear_error();
	return ok;
}

/* Decode one DER certificate in[0..len), no trailing bytes; NULL if not */
static X509 *
x5_d2i(const unsigned char *in, size_t len, size_t *trailing)
{
	const unsigned char *p = in;
	X509	   *cert;

	*trailing = 0;
	if (len == 0 || len > X5_DER_MAX)
		return NULL;
	cert = d2i_X509(NULL, &p, (long) len);
	if (cert == NULL)
	{
		ERR_clear_error();
		return NULL;
	}
	if (p != in + len)
	{
		*trailing = (size_t) (in + len - p);
		X509_free(cert);
		ERR_clear_error();
		return NULL;
	}
	return cert;
}

/* ----------------------------------------------------------------------
 * parsing one certificate
 * ---------------------------------------------------------------------- */

x5_parse_status
x5_parse_der(const unsigned char *in, size_t len, x5_error *err)
{
	X509	   *cert;
	size_t		trailing;
	int64_t		nb;
	int64_t		na;
	uint32_t	flags;

	err->status = X5P_OK;
	err->detail[0] = err->hint[0] = '\0';
	if (len == 0)
		return x5_fail(err, X5P_DECODE, "The DER is empty.");
	if (len > X5_DER_MAX)
		return x5_fail(err, X5P_TOO_LONG,
					   "The DER is %zu bytes long; a certificate may take at most %d.",
					   len, X5_DER_MAX);
	cert = x5_d2i(in, len, &trailing);
	if (cert == NULL)
	{
		if (trailing > 0)
			return x5_fail(err, X5P_DECODE,
						   "The DER certificate is followed by %zu byte(s) of trailing data.",
						   trailing);
		x5_fail(err, X5P_DECODE, "The bytes are not a DER X.509 certificate.");
		return x5_hint(err, "A certificate in DER starts with the bytes 30 82; convert PEM with openssl x509 -in cert.pem -outform DER.");
	}
	flags = X509_get_extension_flags(cert);
	if (flags & EXFLAG_INVALID)
	{
		X509_free(cert);
		return x5_fail(err, X5P_DECODE,
					   "The certificate has malformed or duplicate extensions.");
	}
	if (!x5_validity(cert, &nb, &na))
	{
		X509_free(cert);
		return x5_fail(err, X5P_DECODE,
					   "The certificate's validity times do not parse.");
	}
	X509_free(cert);
	ERR_clear_error();
	return X5P_OK;
}

x5_parse_status
x5_parse_pem(const char *in, size_t len, unsigned char *der, size_t cap,
			 size_t *derlen, x5_error *err)
{
	const char *label;
	const char *body;
	size_t		labellen;
	size_t		bodylen;
	long		n;
	int			blocks;
	char		safe[48];

	*derlen = 0;
	err->status = X5P_OK;
	err->detail[0] = err->hint[0] = '\0';
	if (pem_memmem(in, len, "PRIVATE KEY-----", 16) != NULL)
	{
		x5_fail(err, X5P_PRIVATE,
				"A private key was given; a certificate value holds the certificate alone.");
		return x5_hint(err, "Pass only the CERTIFICATE block, and treat the private key as exposed if it was sent where it should not be.");
	}
	if (len > X5_TEXT_MAX)
		return x5_fail(err, X5P_TOO_LONG,
					   "The text is %zu bytes long; a certificate may take at most %d.",
					   len, X5_TEXT_MAX);
	in = pem_trim(in, &len);
	if (len == 0)
		return x5_fail(err, X5P_SYNTAX, "The text is empty.");
	blocks = x5_count(in, len, "-----BEGIN ", 11);
	if (blocks > 1)
	{
		x5_fail(err, X5P_SYNTAX,
				"The text holds %d PEM blocks; a certificate is exactly one \"CERTIFICATE\" block.",
				blocks);
		return x5_hint(err, "Store each certificate of a chain as its own value.");
	}
	if (blocks == 0)
		return x5_fail(err, X5P_SYNTAX,
					   "A certificate is a PEM block (\"-----BEGIN CERTIFICATE-----\" ... \"-----END CERTIFICATE-----\").");
	if (!pem_split(in, len, &label, &labellen, &body, &bodylen))
	{
		if (memcmp(in, "-----BEGIN ", 11) != 0)
			return x5_fail(err, X5P_SYNTAX,
						   "The text has something before the PEM BEGIN line.");
		return x5_fail(err, X5P_SYNTAX,
					   "The PEM block is malformed: its BEGIN and END lines must match, each on its own line, with nothing after the END line.");
	}
	if (pem_label_is(label, labellen, "TRUSTED CERTIFICATE"))
	{
		x5_fail(err, X5P_SYNTAX,
				"An OpenSSL \"TRUSTED CERTIFICATE\" was given; a plain \"CERTIFICATE\" block is needed.");
		return x5_hint(err, "Convert it: openssl x509 -in cert.pem -out plain.pem.");
	}
	if (pem_label_is(label, labellen, "PUBLIC KEY"))
	{
		x5_fail(err, X5P_SYNTAX,
				"A public key was given; a certificate is a \"CERTIFICATE\" block.");
		return x5_hint(err, "Use the pubkey type for bare public keys.");
	}
	if (!pem_label_is(label, labellen, "CERTIFICATE"))
		return x5_fail(err, X5P_SYNTAX,
					   "The PEM label \"%s\" is not \"CERTIFICATE\".",
					   x5_safe(label, labellen, safe, sizeof(safe)));
	if (pem_memmem(body, bodylen, ":", 1) != NULL)
		return x5_fail(err, X5P_DECODE,
					   "The PEM block has headers; a certificate has none.");
	n = pem_b64_decode(body, bodylen, true, der, cap);
	if (n == -2)
		return x5_fail(err, X5P_TOO_LONG,
					   "The PEM body is longer than any accepted certificate.");
	if (n <= 0)
		return x5_fail(err, X5P_DECODE, "The PEM body is not valid base64.");
	if (x5_parse_der(der, (size_t) n, err) != X5P_OK)
	{
		char		d[X5_DETAIL_MAX];

		snprintf(d, sizeof(d), "%s", err->detail);
		if (d[0] >= 'A' && d[0] <= 'Z')
			d[0] = (char) (d[0] - 'A' + 'a');
		snprintf(err->detail, sizeof(err->detail), "In the PEM body, %.230s", d);
		return err->status;
	}
	*derlen = (size_t) n;
	return X5P_OK;
}

X509 *
x5_load(const unsigned char *der, size_t len)
{
	size_t		trailing;

	return x5_d2i(der, len, &trailing);
}

/* ----------------------------------------------------------------------
 * accessors
 * ---------------------------------------------------------------------- */

bool
x5_subject(X509 *cert, char *out, size_t cap)
{
	return x5_name(X509_get_subject_name(cert), out, cap);
}

bool
x5_issuer(X509 *cert, char *out, size_t cap)
{
	return x5_name(X509_get_issuer_name(cert), out, cap);
}

bool
x5_serial_hex(X509 *cert, char out[X5_SERIAL_MAX])
{
	BIGNUM	   *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), NULL);
	char	   *hex;
	size_t		i;
	bool		ok = false;

	out[0] = '\0';
	if (bn == NULL)
	{
		ERR_clear_error();
		return false;
	}
	hex = BN_bn2hex(bn);
	BN_free(bn);
	if (hex != NULL && strlen(hex) < X5_SERIAL_MAX)
	{
		for (i = 0; hex[i]; i++)
			out[i] = (hex[i] >= 'A' && hex[i] <= 'F') ? (char) (hex[i] - 'A' + 'a') : hex[i];
		out[i] = '\0';
		ok = true;
	}
	OPENSSL_free(hex);
	ERR_clear_error();
	return ok;
}

bool
x5_validity(X509 *cert, int64_t *not_before, int64_t *not_after)
{
	return x5_time(X509_get0_notBefore(cert), not_before) &&
		x5_time(X509_get0_notAfter(cert), not_after);
}

size_t
x5_spki_der(X509 *cert, unsigned char *out, size_t cap)
{
	unsigned char *p = NULL;
	int			len = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(cert), &p);
	size_t		n = 0;

	if (len > 0 && (size_t) len <= cap)
	{
		memcpy(out, p, (size_t) len);
		n = (size_t) len;
	}
	OPENSSL_free(p);
	ERR_clear_error();
	return n;
}

bool
x5_fingerprint(const unsigned char *der, size_t len, unsigned char md[32])
{
	unsigned int mdlen = 0;
	bool		ok;

	ok = EVP_Digest(der, len, md, &mdlen, EVP_sha256(), NULL) == 1 &&
		mdlen == 32;
	ERR_clear_error();
	return ok;
}

bool
x5_is_ca(X509 *cert)
{
	bool		ca = (X509_get_extension_flags(cert) & EXFLAG_CA) != 0;

	ERR_clear_error();
	return ca;
}

int
x5_key_usage(X509 *cert, const char *names[X5_KU_MAX])
{
	static const struct
	{
		uint32_t	bit;
		const char *name;
	}			ku[X5_KU_MAX] = {
		{KU_DIGITAL_SIGNATURE, "digitalSignature"},
		{KU_NON_REPUDIATION, "nonRepudiation"},
		{KU_KEY_ENCIPHERMENT, "keyEncipherment"},
		{KU_DATA_ENCIPHERMENT, "dataEncipherment"},
		{KU_KEY_AGREEMENT, "keyAgreement"},
		{KU_KEY_CERT_SIGN, "keyCertSign"},
		{KU_CRL_SIGN, "cRLSign"},
		{KU_ENCIPHER_ONLY, "encipherOnly"},
		{KU_DECIPHER_ONLY, "decipherOnly"},
	};
	uint32_t	bits;
	int			i;
	int			n = 0;

	if ((X509_get_extension_flags(cert) & EXFLAG_KUSAGE) == 0)
	{
		ERR_clear_error();
		return -1;
	}
	bits = X509_get_key_usage(cert);
	for (i = 0; i < X5_KU_MAX; i++)
		if (bits & ku[i].bit)
			names[n++] = ku[i].name;
	ERR_clear_error();
	return n;
}

size_t
x5_der_to_b64(const unsigned char *der, size_t len, char *out, size_t cap)
{
	size_t		need = ((len + 2) / 3) * 4 + 1;

	if (need > cap || len > X5_DER_MAX)
		return 0;
	return (size_t) EVP_EncodeBlock((unsigned char *) out, der, (int) len);
}

size_t
x5_der_to_pem(const unsigned char *der, size_t len, char *out, size_t cap)
{
	static const char head[] = "-----BEGIN CERTIFICATE-----\n";
	static const char tail[] = "-----END CERTIFICATE-----\n";
	size_t		lines = (len + 47) / 48;
	size_t		need = sizeof(head) - 1 + ((len + 2) / 3) * 4 + lines +
		sizeof(tail) - 1 + 1;
	size_t		pos;
	size_t		i;

	if (need > cap || len > X5_DER_MAX)
		return 0;
	memcpy(out, head, sizeof(head) - 1);
	pos = sizeof(head) - 1;
	for (i = 0; i < len; i += 48)
	{
		size_t		chunk = len - i < 48 ? len - i : 48;

		pos += (size_t) EVP_EncodeBlock((unsigned char *) out + pos, der + i,
										(int) chunk);
		out[pos++] = '\n';
	}
	memcpy(out + pos, tail, sizeof(tail));
	return pos + sizeof(tail) - 1;
}

/* ----------------------------------------------------------------------
 * trust anchors
 * ---------------------------------------------------------------------- */

x5_store *
x5_store_new(void)
{
	x5_store   *st = OPENSSL_zalloc(sizeof(x5_store));

	if (st == NULL)
	{
		ERR_clear_error();
		return NULL;
	}
	st->store = X509_STORE_new();
	if (st->store == NULL)
	{
		OPENSSL_free(st);
		ERR_clear_error();
		return NULL;
	}
	return st;
}

void
x5_store_free(x5_store *st)
{
	int			i;

	if (st == NULL)
		return;
	for (i = 0; i < st->n; i++)
		X509_free(st->certs[i]);
	OPENSSL_free(st->certs);
	OPENSSL_free(st->ids);
	X509_STORE_free(st->store);
	OPENSSL_free(st);
	ERR_clear_error();
}

int
x5_store_count(const x5_store *st)
{
	return st ? st->n : 0;
}

bool
x5_store_add(x5_store *st, const unsigned char *der, size_t len, int id)
{
	X509	   *cert;
	size_t		trailing;
	int			i;

	if (st == NULL || (cert = x5_d2i(der, len, &trailing)) == NULL)
		return false;
	for (i = 0; i < st->n; i++)
		if (X509_cmp(st->certs[i], cert) == 0)
		{
			X509_free(cert);
			ERR_clear_error();
			return true;
		}
	if (st->n == st->cap)
	{
		int			ncap = st->cap ? st->cap * 2 : 8;
		X509	  **nc;
		int		   *ni;

		nc = OPENSSL_realloc(st->certs, sizeof(X509 *) * (size_t) ncap);
		if (nc == NULL)
			goto oom;
		st->certs = nc;
		ni = OPENSSL_realloc(st->ids, sizeof(int) * (size_t) ncap);
		if (ni == NULL)
			goto oom;
		st->ids = ni;
		st->cap = ncap;
	}
	/* X509_STORE_add_cert takes its own reference */
	if (X509_STORE_add_cert(st->store, cert) != 1)
		goto oom;
	st->certs[st->n] = cert;
	st->ids[st->n] = id;
	st->n++;
	ERR_clear_error();
	return true;

oom:
	X509_free(cert);
	ERR_clear_error();
	return false;
}

/* ----------------------------------------------------------------------
 * x5c chains
 * ---------------------------------------------------------------------- */

/* Decode x5c entry i (base64 of one DER certificate); NULL and detail if not */
static X509 *
x5_entry(const char *b64, size_t len, int i, x5_result *out)
{
	unsigned char *der;
	long		n;
	size_t		trailing;
	X509	   *cert;

	if (len == 0)
	{
		x5_detail(out, "The x5c entry %d is empty.", i);
		return NULL;
	}
	if (len > X5_B64_MAX + 2)
	{
		x5_detail(out, "The x5c entry %d is %zu characters long; a certificate may take at most %d bytes.",
				  i, len, X5_DER_MAX);
		return NULL;
	}
	der = OPENSSL_malloc(len / 4 * 3 + 3);
	if (der == NULL)
	{
		ERR_clear_error();
		x5_detail(out, "Out of memory decoding x5c entry %d.", i);
		return NULL;
	}
	n = pem_b64_decode(b64, len, false, der, len / 4 * 3 + 3);
	if (n <= 0)
	{
		OPENSSL_free(der);
		x5_detail(out, "The x5c entry %d is not standard base64 (RFC 7515 section 4.1.6).", i);
		return NULL;
	}
	cert = x5_d2i(der, (size_t) n, &trailing);
	OPENSSL_free(der);
	if (cert == NULL)
	{
		if (trailing > 0)
			x5_detail(out, "The x5c entry %d is a DER certificate followed by %zu byte(s) of trailing data.",
					  i, trailing);
		else
			x5_detail(out, "The x5c entry %d is not a DER X.509 certificate.", i);
		return NULL;
	}
	return cert;
}

/* Clamp [nb, na] of a result to cert's validity; false if it does not parse */
static bool
x5_window(X509 *cert, x5_result *out)
{
	int64_t		nb;
	int64_t		na;

	if (!x5_validity(cert, &nb, &na))
		return false;
	if (nb > out->not_before)
		out->not_before = nb;
	if (na < out->not_after)
		out->not_after = na;
	return true;
}

/* Check the leaf: keyUsage and key type; on success sets out->leaf_key */
static x5_status
x5_leaf(X509 *leaf, x5_result *out)
{
	unsigned char spki[X5_DER_MAX];
	size_t		spkilen;
	unsigned char der[PK_DER_MAX];
	size_t		derlen;
	pk_error	err;
	uint32_t	flags = X509_get_extension_flags(leaf);

	if ((flags & EXFLAG_KUSAGE) &&
		(X509_get_key_usage(leaf) & KU_DIGITAL_SIGNATURE) == 0)
	{
		x5_detail(out, "The leaf certificate's keyUsage does not include digitalSignature.");
		return X5_NO_DIGITAL_SIGNATURE;
	}
	spkilen = x5_spki_der(leaf, spki, sizeof(spki));
	if (spkilen == 0 ||
		pk_parse_public_der(spki, spkilen, der, &derlen, &err) != PK_OK)
	{
		if (spkilen == 0)
			x5_detail(out, "The leaf certificate's public key cannot be encoded.");
		else
			x5_detail(out, "The leaf certificate's key is not accepted: %.200s", err.detail);
		ERR_clear_error();
		return X5_UNSUPPORTED_KEY;
	}
	out->leaf_key = pk_load_der(der, derlen, NULL, NULL);
	ERR_clear_error();
	if (out->leaf_key == NULL)
	{
		x5_detail(out, "The leaf certificate's key could not be loaded.");
		return X5_UNSUPPORTED_KEY;
	}
	return X5_OK;
}

x5_status
x5_chain_verify(x5_store *st, const char *const *x5c, const size_t *lens,
				int n, x5_result *out)
{
	X509	   *leaf = NULL;
	STACK_OF(X509) *untrusted = NULL;
	X509_STORE_CTX *ctx = NULL;
	STACK_OF(X509) *chain;
	X509	   *top;
	int			k;
	int			i;

	memset(out, 0, sizeof(*out));
	out->status = X5_MALFORMED;
	out->anchor_id = -1;
	out->not_before = INT64_MIN;
	out->not_after = INT64_MAX;
	if (n <= 0)
	{
		x5_detail(out, "The x5c header is empty.");
		goto done;
	}
	if (n > X5_MAX_CHAIN)
	{
		x5_detail(out, "The x5c header has %d certificates; at most %d are accepted.",
				  n, X5_MAX_CHAIN);
		goto done;
	}
	if (st == NULL)
	{
		out->status = X5_UNTRUSTED;
		x5_detail(out, "There are no trust anchors.");
		goto done;
	}
	leaf = x5_entry(x5c[0], lens[0], 0, out);
	if (leaf == NULL)
		goto done;
	untrusted = sk_X509_new_null();
	if (untrusted == NULL)
	{
		x5_detail(out, "Out of memory building the certificate chain.");
		goto done;
	}
	for (i = 1; i < n; i++)
	{
		X509	   *c = x5_entry(x5c[i], lens[i], i, out);

		if (c == NULL)
			goto done;
		if (!sk_X509_push(untrusted, c))
		{
			X509_free(c);
			x5_detail(out, "Out of memory building the certificate chain.");
			goto done;
		}
	}
	x5_subject(leaf, out->subject, sizeof(out->subject));

	out->status = X5_UNTRUSTED;
	ctx = X509_STORE_CTX_new();
	if (ctx == NULL || X509_STORE_CTX_init(ctx, st->store, leaf, untrusted) != 1)
	{
		x5_detail(out, "OpenSSL could not set up chain verification.");
		goto done;
	}
	X509_STORE_CTX_set_flags(ctx, X509_V_FLAG_NO_CHECK_TIME |
							 X509_V_FLAG_PARTIAL_CHAIN);
	X509_VERIFY_PARAM_set_depth(X509_STORE_CTX_get0_param(ctx), X5_MAX_CHAIN);
	if (X509_verify_cert(ctx) != 1)
	{
		int			e = X509_STORE_CTX_get_error(ctx);

		x5_detail(out, "The certificate chain is not trusted: %s (at depth %d).",
				  X509_verify_cert_error_string(e),
				  X509_STORE_CTX_get_error_depth(ctx));
		goto done;
	}
	chain = X509_STORE_CTX_get0_chain(ctx);
	k = chain ? sk_X509_num(chain) : 0;
	if (k <= 0)
	{
		x5_detail(out, "OpenSSL built an empty certificate chain.");
		goto done;
	}
	for (i = 0; i < k; i++)
	{
		X509	   *c = sk_X509_value(chain, i);

		if ((i > 0 || k == 1) && !x5_is_ca(c))
		{
			x5_detail(out, "The certificate chain is not trusted: the certificate at depth %d is not a CA (basicConstraints cA is not TRUE).",
					  i);
			goto done;
		}
		if (!x5_window(c, out))
		{
			x5_detail(out, "The certificate at depth %d has validity times that do not parse.", i);
			goto done;
		}
	}
	top = sk_X509_value(chain, k - 1);
	for (i = 0; i < st->n; i++)
		if (X509_cmp(st->certs[i], top) == 0)
		{
			out->anchor_id = st->ids[i];
			break;
		}
	if (i == st->n)
	{
		x5_detail(out, "The certificate chain ends at a certificate that is not a trust anchor.");
		goto done;
	}
	out->chain_len = k;
	out->status = x5_leaf(leaf, out);

done:
	if (out->status != X5_OK)
	{
		out->anchor_id = out->status == X5_UNTRUSTED || out->status == X5_MALFORMED ?
			-1 : out->anchor_id;
		if (out->status == X5_UNTRUSTED || out->status == X5_MALFORMED)
			out->not_before = out->not_after = 0;
		EVP_PKEY_free(out->leaf_key);
		out->leaf_key = NULL;
	}
	X509_STORE_CTX_free(ctx);
	sk_X509_pop_free(untrusted, X509_free);
	X509_free(leaf);
	ERR_clear_error();
	return out->status;
}
