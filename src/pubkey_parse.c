/*
 * pubkey_parse.c
 *		Signature keys: PEM, DER and JWK parsing, validation of the accepted
 *		key types, canonical DER/PEM/JWK and RFC 7638 thumbprints, private
 *		keys for signing and key generation (see pubkey_parse.h).
 *
 * Every key, whatever form it came in, is taken apart into its public
 * components (pk_parts) and rebuilt from them with EVP_PKEY_fromdata, so
 * that the DER stored is canonical: named curve, uncompressed point,
 * rsaEncryption with NULL parameters, minimal integers.  Equal keys thus
 * have equal DER.
 *
 * JSON Web Keys are read by the small strict JSON object reader below (RFC
 * 8259; duplicate member names refused, as RFC 7517 section 4 allows): it
 * reports no input text in its errors, so a private key that reaches it by
 * mistake is never echoed.
 *
 * Pure OpenSSL, no PostgreSQL headers.  Buffers that may hold private key
 * material are wiped with OPENSSL_cleanse before they go out of scope.
 */
#include "pem.h"
#include "pubkey_parse.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include "b64url.h"
#include "pem.h"
#include "sig.h"

#define PK_RSA_MAX_BYTES	(PK_RSA_MAX_BITS / 8)
#define PK_EC_MAX_BYTES		66		/* P-521 field size */
#define PK_DER_IN_MAX		8192	/* longest DER (or PEM body) looked at */

/* The public components of an accepted key */
typedef struct pk_parts
{
	pk_type		type;
	int			bits;			/* curve or modulus size */
	size_t		flen;			/* EC field bytes; 32 for Ed25519 */
	unsigned char x[PK_EC_MAX_BYTES];	/* EC x, Ed25519 public key */
	unsigned char y[PK_EC_MAX_BYTES];	/* EC y */
	size_t		nlen;			/* RSA modulus, minimal big-endian */
	unsigned char n[PK_RSA_MAX_BYTES];
	size_t		elen;			/* RSA public exponent, minimal */
	unsigned char e[8];
} pk_parts;

/* The curves: JOSE name, OpenSSL name, field bytes, default algorithm */
static const struct
{
	pk_type		type;
	const char *jose;
	const char *ossl;
	size_t		flen;
	int			bits;
}			pk_curves[] = {
	{PK_TYPE_P256, "P-256", "prime256v1", 32, 256},
	{PK_TYPE_P384, "P-384", "secp384r1", 48, 384},
	{PK_TYPE_P521, "P-521", "secp521r1", 66, 521},
};

#define PK_NCURVES	(sizeof(pk_curves) / sizeof(pk_curves[0]))

/* ----------------------------------------------------------------------
 * errors
 * ---------------------------------------------------------------------- */

#if defined(__GNUC__)
static pk_status pk_fail(pk_error *err, pk_status status, const char *fmt,...)
			__attribute__((format(printf, 3, 4)));
#endif

/* Fill err with status and a detail sentence (printf format); returns status */
static pk_status
pk_fail(pk_error *err, pk_status status, const char *fmt,...)
{
	va_list		ap;

	err->status = status;
	err->hint[0] = '\0';
	va_start(ap, fmt);
	vsnprintf(err->detail, sizeof(err->detail), fmt, ap);
	va_end(ap);
	return status;
}

/* Set the hint sentence of an error already filled in; returns its status */
static pk_status
pk_hint(pk_error *err, const char *hint)
{
	snprintf(err->hint, sizeof(err->hint), "%s", hint);
	return err->status;
}

/*
 * pk_safe
 *		Copy a short value from the input for quoting in a message (a JWK
 *		"kty", a PEM label): printable ASCII only, at most 32 characters, so
 *		that nothing unbounded or binary reaches a message.  Only used on
 *		values that cannot be key material.
 */
static const char *
pk_safe(const char *s, size_t len, char *buf, size_t cap)
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

/* ----------------------------------------------------------------------
 * a strict JSON object reader for JWKs
 * ---------------------------------------------------------------------- */

#define JW_MAX_MEMBERS	48
#define JW_NAME_MAX		32
#define JW_MAX_DEPTH	16
#define JW_VALUE_MAX	4096	/* longest string value decoded */

typedef struct jw_member
{
	char		name[JW_NAME_MAX];	/* decoded, NUL-terminated; "" if long */
	const char *rawname;		/* a long name: its raw text */
	size_t		rawnamelen;
	char		kind;			/* 's'tring 'a'rray 'o'bject 'n'umber 'l'iteral */
	bool		esc;			/* string with backslash escapes */
	const char *val;			/* string: between the quotes; else the value */
	size_t		vlen;
} jw_member;

typedef struct jw_object
{
	int			n;
	jw_member	m[JW_MAX_MEMBERS];
	size_t		errpos;			/* byte offset of a syntax error */
	const char *why;			/* what was wrong there */
} jw_object;

/* Skip JSON whitespace */
static const char *
jw_ws(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
		p++;
	return p;
}

static int
jw_hex(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/*
 * jw_string
 *		Scan the string starting at *pp (the opening quote).  Sets *start and
 *		*len to the raw text between the quotes and *esc when it holds
 *		escapes; advances *pp past the closing quote.  Returns false on a
 *		malformed string.
 */
static bool
jw_string(const char **pp, const char *end, const char **start, size_t *len,
		  bool *esc)
{
	const char *p = *pp + 1;

	*start = p;
	*esc = false;
	while (p < end && *p != '"')
	{
		unsigned char c = (unsigned char) *p;

		if (c < 0x20)
			return false;
		if (c == '\\')
		{
			*esc = true;
			if (++p >= end)
				return false;
			if (*p == 'u')
			{
				int			i;

				for (i = 1; i <= 4; i++)
					if (p + i >= end || jw_hex(p[i]) < 0)
						return false;
				p += 4;
			}
			else if (strchr("\"\\/bfnrt", *p) == NULL || *p == '\0')
				return false;
		}
		p++;
	}
	if (p >= end)
		return false;
	*len = (size_t) (p - *start);
	*pp = p + 1;
	return true;
}

/* Scan a JSON number at *pp; false when malformed */
static bool
jw_number(const char **pp, const char *end)
{
	const char *p = *pp;

	if (p < end && *p == '-')
		p++;
	if (p >= end)
		return false;
	if (*p == '0')
		p++;
	else if (*p >= '1' && *p <= '9')
		while (p < end && *p >= '0' && *p <= '9')
			p++;
	else
		return false;
	if (p < end && *p == '.')
	{
		p++;
		if (p >= end || *p < '0' || *p > '9')
			return false;
		while (p < end && *p >= '0' && *p <= '9')
			p++;
	}
	if (p < end && (*p == 'e' || *p == 'E'))
	{
		p++;
		if (p < end && (*p == '+' || *p == '-'))
			p++;
		if (p >= end || *p < '0' || *p > '9')
			return false;
		while (p < end && *p >= '0' && *p <= '9')
			p++;
	}
	*pp = p;
	return true;
}

/*
 * jw_value
 *		Scan any JSON value at *pp (whitespace skipped before it), nesting at
 *		most JW_MAX_DEPTH deep.  Sets *kind, and for strings the raw span and
 *		escape flag; for other values *start and *len span the whole value.
 */
static bool
jw_value(const char **pp, const char *end, int depth, char *kind,
		 const char **start, size_t *len, bool *esc)
{
	const char *p = jw_ws(*pp, end);
	const char *s;
	size_t		l;
	bool		e;
	char		k;

	*esc = false;
	if (p >= end || depth > JW_MAX_DEPTH)
		return false;
	*start = p;
	if (*p == '"')
	{
		*kind = 's';
		if (!jw_string(&p, end, start, len, esc))
			return false;
		*pp = p;
		return true;
	}
	if (*p == '{' || *p == '[')
	{
		char		close = (*p == '{') ? '}' : ']';
		bool		obj = (*p == '{');

		*kind = obj ? 'o' : 'a';
		p = jw_ws(p + 1, end);
		if (p < end && *p == close)
			p++;
		else
		{
			for (;;)
			{
				if (obj)
				{
					p = jw_ws(p, end);
					if (p >= end || *p != '"' || !jw_string(&p, end, &s, &l, &e))
						return false;
					p = jw_ws(p, end);
					if (p >= end || *p != ':')
						return false;
					p++;
				}
				if (!jw_value(&p, end, depth + 1, &k, &s, &l, &e))
					return false;
				p = jw_ws(p, end);
				if (p < end && *p == ',')
				{
					p++;
					continue;
				}
				if (p < end && *p == close)
				{
					p++;
					break;
				}
				return false;
			}
		}
		*len = (size_t) (p - *start);
		*pp = p;
		return true;
	}
	if (*p == '-' || (*p >= '0' && *p <= '9'))
	{
		*kind = 'n';
		if (!jw_number(&p, end))
			return false;
		*len = (size_t) (p - *start);
		*pp = p;
		return true;
	}
	*kind = 'l';
	if ((size_t) (end - p) >= 4 &&
		(memcmp(p, "true", 4) == 0 || memcmp(p, "null", 4) == 0))
		p += 4;
	else if ((size_t) (end - p) >= 5 && memcmp(p, "false", 5) == 0)
		p += 5;
	else
		return false;
	*len = (size_t) (p - *start);
	*pp = p;
	return true;
}

/*
 * jw_unescape
 *		Decode the raw JSON string text in[0..len) into out (cap bytes, NUL
 *		added).  \uXXXX becomes UTF-8 (surrogate pairs joined; a lone
 *		surrogate or U+0000 is refused).  Returns the decoded length or -1.
 */
static long
jw_unescape(const char *in, size_t len, char *out, size_t cap)
{
	size_t		i = 0;
	size_t		o = 0;

	while (i < len)
	{
		unsigned long cp;

		if (in[i] != '\\')
		{
			if (o + 1 >= cap)
				return -1;
			out[o++] = in[i++];
			continue;
		}
		i++;
		if (in[i] != 'u')
		{
			const char *from = "\"\\/bfnrt";
			const char *to = "\"\\/\b\f\n\r\t";

			if (o + 1 >= cap)
				return -1;
			out[o++] = to[strchr(from, in[i]) - from];
			i++;
			continue;
		}
		cp = (unsigned long) ((jw_hex(in[i + 1]) << 12) | (jw_hex(in[i + 2]) << 8) |
							  (jw_hex(in[i + 3]) << 4) | jw_hex(in[i + 4]));
		i += 5;
		if (cp >= 0xD800 && cp <= 0xDBFF)
		{
			unsigned long lo;

			if (i + 6 > len || in[i] != '\\' || in[i + 1] != 'u')
				return -1;
			lo = (unsigned long) ((jw_hex(in[i + 2]) << 12) | (jw_hex(in[i + 3]) << 8) |
								  (jw_hex(in[i + 4]) << 4) | jw_hex(in[i + 5]));
			if (lo < 0xDC00 || lo > 0xDFFF)
				return -1;
			cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
			i += 6;
		}
		else if ((cp >= 0xDC00 && cp <= 0xDFFF) || cp == 0)
			return -1;
		if (o + 5 >= cap)
			return -1;
		if (cp < 0x80)
			out[o++] = (char) cp;
		else if (cp < 0x800)
		{
			out[o++] = (char) (0xC0 | (cp >> 6));
			out[o++] = (char) (0x80 | (cp & 0x3F));
		}
		else if (cp < 0x10000)
		{
			out[o++] = (char) (0xE0 | (cp >> 12));
			out[o++] = (char) (0x80 | ((cp >> 6) & 0x3F));
			out[o++] = (char) (0x80 | (cp & 0x3F));
		}
		else
		{
			out[o++] = (char) (0xF0 | (cp >> 18));
			out[o++] = (char) (0x80 | ((cp >> 12) & 0x3F));
			out[o++] = (char) (0x80 | ((cp >> 6) & 0x3F));
			out[o++] = (char) (0x80 | (cp & 0x3F));
		}
	}
	if (o >= cap)
		return -1;
	out[o] = '\0';
	return (long) o;
}

/*
 * jw_parse_object
 *		Read in[0..len) as one JSON object (whitespace around it allowed)
 *		into obj: its top-level members, names decoded.  Returns false with
 *		obj->errpos/why set when the text is not such an object, a member
 *		name is duplicated or too long, or there are too many members.
 */
static bool
jw_parse_object(const char *in, size_t len, jw_object *obj)
{
	const char *end = in + len;
	const char *p = jw_ws(in, end);

	obj->n = 0;
	obj->why = "not valid JSON";
	if (p >= end || *p != '{')
	{
		obj->errpos = (size_t) (p - in);
		obj->why = "not a JSON object";
		return false;
	}
	p = jw_ws(p + 1, end);
	if (p < end && *p == '}')
		p++;
	else
	{
		for (;;)
		{
			jw_member *m;
			const char *s;
			size_t		l;
			bool		e;
			int			i;
			char		tmp[256];
			long		dl;

			p = jw_ws(p, end);
			if (p >= end || *p != '"' || !jw_string(&p, end, &s, &l, &e))
				goto bad;
			if (obj->n >= JW_MAX_MEMBERS)
			{
				obj->why = "too many members";
				goto bad;
			}
			m = &obj->m[obj->n];
			m->rawname = NULL;
			m->rawnamelen = 0;
			dl = l < sizeof(tmp) ? jw_unescape(s, l, tmp, sizeof(tmp)) : -2;
			if (dl == -1)
			{
				obj->why = "a member name that is not valid (lone surrogate or U+0000)";
				goto bad;
			}
			if (dl >= 0 && (size_t) dl < sizeof(m->name))
				memcpy(m->name, tmp, (size_t) dl + 1);
			else
			{
				/* no member provenance reads has a long name: keep it raw */
				m->name[0] = '\0';
				m->rawname = s;
				m->rawnamelen = l;
			}
			for (i = 0; i < obj->n; i++)
				if ((m->rawname == NULL && strcmp(obj->m[i].name, m->name) == 0) ||
					(m->rawname != NULL && obj->m[i].rawnamelen == l &&
					 memcmp(obj->m[i].rawname, s, l) == 0))
				{
					obj->why = "a duplicate member name";
					goto bad;
				}
			p = jw_ws(p, end);
			if (p >= end || *p != ':')
				goto bad;
			p++;
			if (!jw_value(&p, end, 1, &m->kind, &m->val, &m->vlen, &m->esc))
				goto bad;
			obj->n++;
			p = jw_ws(p, end);
			if (p < end && *p == ',')
			{
				p++;
				continue;
			}
			if (p < end && *p == '}')
			{
				p++;
				break;
			}
			goto bad;
		}
	}
	p = jw_ws(p, end);
	if (p == end)
		return true;
	obj->why = "text after the object";
bad:
	obj->errpos = (size_t) (p - in);
	return false;
}

/* The member called name, or NULL */
static const jw_member *
jw_find(const jw_object *obj, const char *name)
{
	int			i;

	for (i = 0; i < obj->n; i++)
		if (strcmp(obj->m[i].name, name) == 0)
			return &obj->m[i];
	return NULL;
}

/*
 * jw_str
 *		The decoded string value of member name into out (cap bytes).
 *		Returns 1 when found, 0 when absent, -1 when not a string or too
 *		long for out.
 */
static int
jw_str(const jw_object *obj, const char *name, char *out, size_t cap)
{
	const jw_member *m = jw_find(obj, name);

	if (m == NULL)
		return 0;
	if (m->kind != 's' || jw_unescape(m->val, m->vlen, out, cap) < 0)
		return -1;
	return 1;
}

/*
 * jw_b64
 *		Base64url-decode the string value of member name into out (cap
 *		bytes); *outlen gets the length.  Returns 1 when found, 0 when
 *		absent, -1 when not a string or not strict unpadded base64url, -2
 *		when longer than cap.  The scratch copy of an escaped value is wiped.
 */
static int
jw_b64(const jw_object *obj, const char *name, unsigned char *out, size_t cap,
	   size_t *outlen)
{
	const jw_member *m = jw_find(obj, name);
	char		tmp[JW_VALUE_MAX];
	const char *s;
	long		slen;
	long		n;

	*outlen = 0;
	if (m == NULL)
		return 0;
	if (m->kind != 's')
		return -1;
	s = m->val;
	slen = (long) m->vlen;
	if (m->esc)
	{
		slen = jw_unescape(m->val, m->vlen, tmp, sizeof(tmp));
		if (slen < 0)
			return -1;
		s = tmp;
	}
	if ((size_t) slen > (cap / 3) * 4 + 3)
	{
		if (m->esc)
			OPENSSL_cleanse(tmp, sizeof(tmp));
		return -2;
	}
	n = b64url_decode(s, (size_t) slen, out, cap);
	if (m->esc)
		OPENSSL_cleanse(tmp, sizeof(tmp));
	if (n < 0)
		return -1;
	*outlen = (size_t) n;
	return 1;
}

/* Does the array member m hold the string word? */
static bool
jw_array_has(const jw_member *m, const char *word)
{
	const char *p = m->val + 1;
	const char *end = m->val + m->vlen - 1;

	for (;;)
	{
		char		kind;
		const char *s;
		size_t		l;
		bool		e;
		char		buf[64];

		p = jw_ws(p, end);
		if (p >= end)
			return false;
		if (!jw_value(&p, end, 1, &kind, &s, &l, &e))
			return false;
		if (kind == 's' && jw_unescape(s, l, buf, sizeof(buf)) >= 0 &&
			strcmp(buf, word) == 0)
			return true;
		p = jw_ws(p, end);
		if (p < end && *p == ',')
			p++;
	}
}

/* ----------------------------------------------------------------------
 * key components: validation, EVP_PKEY building, extraction
 * ---------------------------------------------------------------------- */

/*
 * pk_roca_fingerprint
 *		Does the modulus n carry the fingerprint of keys made by the
 *		Infineon RSALib (ROCA, CVE-2017-15361)?  Their primes have the form
 *		k * M + (65537^a mod M), so n mod each small prime p lies in the
 *		subgroup generated by 65537 modulo p.  A random modulus does so for
 *		all 38 primes below with probability about 4e-9.
 */
static bool
pk_roca_fingerprint(const BIGNUM *n)
{
	static const unsigned primes[] = {
		3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67,
		71, 73, 79, 83, 89, 97, 101, 103, 107, 109, 113, 127, 131, 137, 139,
		149, 151, 157, 163, 167
	};
	size_t		i;

	for (i = 0; i < sizeof(primes) / sizeof(primes[0]); i++)
	{
		unsigned	p = primes[i];
		BN_ULONG	r = BN_mod_word(n, p);
		unsigned	g = 65537 % p;
		unsigned	x = 1;
		bool		in = false;

		if (r == (BN_ULONG) -1)
			return false;
		do
		{
			if (x == r)
			{
				in = true;
				break;
			}
			x = (x * g) % p;
		} while (x != 1);
		if (!in)
			return false;
	}
	return true;
}

/*
 * pk_check_rsa
 *		Policy checks on an RSA public key parts->n, parts->e (minimal
 *		big-endian): modulus size, odd modulus and exponent, exponent range,
 *		ROCA fingerprint.  Sets parts->bits.
 */
static pk_status
pk_check_rsa(pk_parts *parts, pk_error *err)
{
	BIGNUM	   *n;
	int			bits;
	bool		roca;

	if (parts->nlen == 0 || parts->elen == 0)
		return pk_fail(err, PK_ERR_SYNTAX, "The RSA modulus or exponent is zero.");
	n = BN_bin2bn(parts->n, (int) parts->nlen, NULL);
	if (n == NULL)
		return pk_fail(err, PK_ERR_INTERNAL, "Out of memory.");
	bits = BN_num_bits(n);
	parts->bits = bits;
	if (bits < PK_RSA_MIN_BITS)
	{
		BN_free(n);
		pk_fail(err, PK_ERR_UNSUPPORTED,
				"RSA keys of %d bits are refused; at least %d bits are needed.",
				bits, PK_RSA_MIN_BITS);
		return pk_hint(err, "Generate an RSA key of 2048 bits or more, or an Ed25519 or P-256 key.");
	}
	if (bits > PK_RSA_MAX_BITS)
	{
		BN_free(n);
		return pk_fail(err, PK_ERR_UNSUPPORTED,
					   "RSA keys of %d bits are not supported; at most %d bits are.",
					   bits, PK_RSA_MAX_BITS);
	}
	if (!BN_is_odd(n))
	{
		BN_free(n);
		return pk_fail(err, PK_ERR_UNSUPPORTED, "The RSA modulus is even.");
	}
	if ((parts->e[parts->elen - 1] & 1) == 0 ||
		(parts->elen == 1 && parts->e[0] < 3))
	{
		BN_free(n);
		return pk_fail(err, PK_ERR_UNSUPPORTED,
					   "The RSA public exponent must be odd and at least 3.");
	}
	roca = pk_roca_fingerprint(n);
	BN_free(n);
	if (roca)
	{
		pk_fail(err, PK_ERR_UNSUPPORTED,
				"The RSA modulus has the fingerprint of the ROCA weakness (CVE-2017-15361); its private key can be computed from it.");
		return pk_hint(err, "Replace the key: it was generated by an affected Infineon library.");
	}
	return PK_OK;
}

/* Strip leading zero bytes of a big-endian integer in place; returns length */
static size_t
pk_strip(unsigned char *v, size_t len)
{
	size_t		i = 0;

	while (i < len && v[i] == 0)
		i++;
	if (i > 0)
		memmove(v, v + i, len - i);
	return len - i;
}

/*
 * pk_native
 *		Write the unsigned big-endian be[0..len) to out as the native-endian
 *		integer of len bytes that OSSL_PARAM_construct_BN wants.
 */
static void
pk_native(const unsigned char *be, size_t len, unsigned char *out)
{
	const uint16_t one = 1;
	size_t		i;

	if (*(const unsigned char *) &one == 1)
		for (i = 0; i < len; i++)
			out[i] = be[len - 1 - i];
	else
		memcpy(out, be, len);
}

/* The curve table entry of type, or -1 */
static int
pk_curve_index(pk_type type)
{
	size_t		i;

	for (i = 0; i < PK_NCURVES; i++)
		if (pk_curves[i].type == type)
			return (int) i;
	return -1;
}

/* Private components for pk_build (NULL members: absent); caller wipes */
typedef struct pk_priv
{
	const unsigned char *d;		/* Ed25519 seed, EC scalar, RSA d */
	size_t		dlen;
	const unsigned char *crt[5];	/* RSA p, q, dp, dq, qi */
	size_t		crtlen[5];
} pk_priv;

/*
 * pk_build
 *		Build an EVP_PKEY from validated public parts (and private parts
 *		when priv is not NULL) with EVP_PKEY_fromdata.  EC points are checked
 *		to be on the curve and not at infinity.  Returns NULL on failure.
 */
static EVP_PKEY *
pk_build(const pk_parts *parts, const pk_priv *priv)
{
	OSSL_PARAM	params[12];
	unsigned char pub[1 + 2 * PK_EC_MAX_BYTES];
	unsigned char nn[PK_RSA_MAX_BYTES];
	unsigned char ee[8];
	unsigned char dd[PK_RSA_MAX_BYTES];
	unsigned char crt[5][PK_RSA_MAX_BYTES / 2 + 8];
	static const char *const crtnames[5] = {
		OSSL_PKEY_PARAM_RSA_FACTOR1, OSSL_PKEY_PARAM_RSA_FACTOR2,
		OSSL_PKEY_PARAM_RSA_EXPONENT1, OSSL_PKEY_PARAM_RSA_EXPONENT2,
		OSSL_PKEY_PARAM_RSA_COEFFICIENT1
	};
	EVP_PKEY_CTX *ctx = NULL;
	EVP_PKEY   *key = NULL;
	const char *alg;
	int			np = 0;
	int			ci;
	int			i;

	switch (parts->type)
	{
		case PK_TYPE_ED25519:
			alg = "ED25519";
			params[np++] = OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PUB_KEY,
															 (void *) parts->x, 32);
			if (priv != NULL)
				params[np++] = OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PRIV_KEY,
																 (void *) priv->d, priv->dlen);
			break;
		case PK_TYPE_P256:
		case PK_TYPE_P384:
		case PK_TYPE_P521:
			alg = "EC";
			ci = pk_curve_index(parts->type);
			pub[0] = 0x04;
			memcpy(pub + 1, parts->x, parts->flen);
			memcpy(pub + 1 + parts->flen, parts->y, parts->flen);
			params[np++] = OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME,
															(char *) pk_curves[ci].ossl, 0);
			params[np++] = OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PUB_KEY,
															 pub, 1 + 2 * parts->flen);
			if (priv != NULL)
			{
				if (priv->dlen > sizeof(dd))
					goto done;
				pk_native(priv->d, priv->dlen, dd);
				params[np++] = OSSL_PARAM_construct_BN(OSSL_PKEY_PARAM_PRIV_KEY,
													   dd, priv->dlen);
			}
			break;
		case PK_TYPE_RSA:
			alg = "RSA";
			pk_native(parts->n, parts->nlen, nn);
			pk_native(parts->e, parts->elen, ee);
			params[np++] = OSSL_PARAM_construct_BN(OSSL_PKEY_PARAM_RSA_N, nn, parts->nlen);
			params[np++] = OSSL_PARAM_construct_BN(OSSL_PKEY_PARAM_RSA_E, ee, parts->elen);
			if (priv != NULL)
			{
				if (priv->dlen > sizeof(dd))
					goto done;
				pk_native(priv->d, priv->dlen, dd);
				params[np++] = OSSL_PARAM_construct_BN(OSSL_PKEY_PARAM_RSA_D, dd, priv->dlen);
				for (i = 0; i < 5; i++)
				{
					if (priv->crt[i] == NULL)
						continue;
					if (priv->crtlen[i] > sizeof(crt[i]))
						goto done;
					pk_native(priv->crt[i], priv->crtlen[i], crt[i]);
					params[np++] = OSSL_PARAM_construct_BN(crtnames[i], crt[i],
														   priv->crtlen[i]);
				}
			}
			break;
		default:
			return NULL;
	}
	params[np] = OSSL_PARAM_construct_end();

	ctx = EVP_PKEY_CTX_new_from_name(NULL, alg, NULL);
	if (ctx == NULL || EVP_PKEY_fromdata_init(ctx) != 1 ||
		EVP_PKEY_fromdata(ctx, &key,
						  priv ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY,
						  params) != 1)
	{
		EVP_PKEY_free(key);
		key = NULL;
		goto done;
	}
	if (parts->type != PK_TYPE_ED25519 && parts->type != PK_TYPE_RSA)
	{
		EVP_PKEY_CTX *check = EVP_PKEY_CTX_new_from_pkey(NULL, key, NULL);

		if (check == NULL || EVP_PKEY_public_check_quick(check) != 1)
		{
			EVP_PKEY_free(key);
			key = NULL;
		}
		EVP_PKEY_CTX_free(check);
	}

done:
	EVP_PKEY_CTX_free(ctx);
	if (priv != NULL)
	{
		OPENSSL_cleanse(dd, sizeof(dd));
		OPENSSL_cleanse(crt, sizeof(crt));
	}
	ERR_clear_error();
	return key;
}

/* Get the BIGNUM parameter name of key as big-endian bytes (at most cap) */
static bool
pk_get_bn(EVP_PKEY *key, const char *name, unsigned char *out, size_t cap,
		  size_t *len, bool pad)
{
	BIGNUM	   *bn = NULL;
	int			n;

	if (EVP_PKEY_get_bn_param(key, name, &bn) != 1)
		return false;
	n = BN_num_bytes(bn);
	if ((size_t) n > cap)
	{
		BN_free(bn);
		return false;
	}
	if (pad)
		n = BN_bn2binpad(bn, out, (int) cap);
	else
		n = BN_bn2bin(bn, out);
	BN_free(bn);
	if (n < 0)
		return false;
	*len = (size_t) n;
	return true;
}

/*
 * pk_parts_of
 *		Take an EVP_PKEY (public or private) apart into parts, refusing the
 *		types, curves and encodings provenance does not accept.
 */
static pk_status
pk_parts_of(EVP_PKEY *key, pk_parts *parts, pk_error *err)
{
	memset(parts, 0, sizeof(*parts));
	if (EVP_PKEY_is_a(key, "ED25519"))
	{
		size_t		len = sizeof(parts->x);

		parts->type = PK_TYPE_ED25519;
		parts->bits = 256;
		parts->flen = 32;
		if (EVP_PKEY_get_raw_public_key(key, parts->x, &len) != 1 || len != 32)
			return pk_fail(err, PK_ERR_DECODE, "The Ed25519 public key is not 32 bytes.");
		return PK_OK;
	}
	if (EVP_PKEY_is_a(key, "EC"))
	{
		char		group[64];
		char		enc[32];
		size_t		glen = 0;
		size_t		len;
		size_t		i;

		if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_EC_ENCODING,
										   enc, sizeof(enc), NULL) == 1 &&
			strcmp(enc, OSSL_PKEY_EC_ENCODING_EXPLICIT) == 0)
		{
			pk_fail(err, PK_ERR_UNSUPPORTED,
					"The key gives its curve as explicit parameters; only the named curves P-256, P-384 and P-521 are accepted.");
			return pk_hint(err, "Re-encode the key with a named curve (openssl pkey -pubin -in key.pem -pubout -ec_param_enc named_curve).");
		}
		if (EVP_PKEY_get_group_name(key, group, sizeof(group), &glen) != 1)
			return pk_fail(err, PK_ERR_UNSUPPORTED,
						   "The key's curve has no name; only P-256, P-384 and P-521 are accepted.");
		for (i = 0; i < PK_NCURVES; i++)
			if (strcmp(group, pk_curves[i].ossl) == 0)
				break;
		if (i == PK_NCURVES)
		{
			char		buf[48];

			return pk_fail(err, PK_ERR_UNSUPPORTED,
						   "The curve %s is not supported; only P-256, P-384 and P-521 are.",
						   pk_safe(group, glen, buf, sizeof(buf)));
		}
		parts->type = pk_curves[i].type;
		parts->bits = pk_curves[i].bits;
		parts->flen = pk_curves[i].flen;
		if (!pk_get_bn(key, OSSL_PKEY_PARAM_EC_PUB_X, parts->x, parts->flen, &len, true) ||
			!pk_get_bn(key, OSSL_PKEY_PARAM_EC_PUB_Y, parts->y, parts->flen, &len, true))
			return pk_fail(err, PK_ERR_DECODE, "The EC public point cannot be read.");
		return PK_OK;
	}
	if (EVP_PKEY_is_a(key, "RSA"))
	{
		parts->type = PK_TYPE_RSA;
		if (!pk_get_bn(key, OSSL_PKEY_PARAM_RSA_N, parts->n, sizeof(parts->n),
					   &parts->nlen, false))
		{
			int			bits = EVP_PKEY_get_bits(key);

			return pk_fail(err, PK_ERR_UNSUPPORTED,
						   "RSA keys of %d bits are not supported; at most %d bits are.",
						   bits, PK_RSA_MAX_BITS);
		}
		if (!pk_get_bn(key, OSSL_PKEY_PARAM_RSA_E, parts->e, sizeof(parts->e),
					   &parts->elen, false))
			return pk_fail(err, PK_ERR_UNSUPPORTED,
						   "The RSA public exponent is longer than 64 bits.");
		return pk_check_rsa(parts, err);
	}
	if (EVP_PKEY_is_a(key, "RSA-PSS"))
	{
		pk_fail(err, PK_ERR_UNSUPPORTED,
				"RSA-PSS restricted keys (id-RSASSA-PSS) are not supported; an rsaEncryption key is needed, and the algorithm (PS256, RS256, ...) is chosen at verification.");
		return pk_hint(err, "Convert the key: openssl rsa -pubin -in key.pem -pubout (after openssl pkey), or publish it as a JWK.");
	}
	{
		const char *name = EVP_PKEY_get0_type_name(key);
		char		buf[48];

		return pk_fail(err, PK_ERR_UNSUPPORTED,
					   "%s keys are not supported; Ed25519, P-256, P-384, P-521 and RSA keys are.",
					   name ? pk_safe(name, strlen(name), buf, sizeof(buf)) : "These");
	}
}

/*
 * pk_canonical
 *		Rebuild parts into an EVP_PKEY and write its SPKI DER to der
 *		(PK_DER_MAX bytes).
 */
static pk_status
pk_canonical(const pk_parts *parts, unsigned char *der, size_t *derlen,
			 pk_error *err)
{
	EVP_PKEY   *key = pk_build(parts, NULL);
	unsigned char *p = der;
	int			len;

	if (key == NULL)
	{
		if (parts->type == PK_TYPE_ED25519 || parts->type == PK_TYPE_RSA)
			return pk_fail(err, PK_ERR_INTERNAL, "OpenSSL could not build the key.");
		return pk_fail(err, PK_ERR_DECODE,
					   "The EC public point is not on the curve %s (or is the point at infinity).",
					   pk_curves[pk_curve_index(parts->type)].jose);
	}
	len = i2d_PUBKEY(key, NULL);
	if (len <= 0 || len > PK_DER_MAX)
	{
		EVP_PKEY_free(key);
		ERR_clear_error();
		return pk_fail(err, PK_ERR_INTERNAL, "OpenSSL could not encode the key.");
	}
	len = i2d_PUBKEY(key, &p);
	EVP_PKEY_free(key);
	ERR_clear_error();
	if (len <= 0)
		return pk_fail(err, PK_ERR_INTERNAL, "OpenSSL could not encode the key.");
	*derlen = (size_t) len;
	return PK_OK;
}

/* ----------------------------------------------------------------------
 * JWK
 * ---------------------------------------------------------------------- */

/* The names of private members of a JWK (RFC 7518 section 6) */
static const char *const pk_jwk_private_members[] = {
	"d", "p", "q", "dp", "dq", "qi", "oth", "k"
};

/*
 * pk_jwk_alg_fits
 *		Does the JWK "alg" name fit a key of type?  Known JOSE signature
 *		algorithms of the key's family are accepted even when provenance
 *		cannot verify them (RS512, PS512): "alg" only restricts the key.
 */
static bool
pk_jwk_alg_fits(const char *alg, pk_type type)
{
	static const char *const rsa[] = {
		"RS256", "RS384", "RS512", "PS256", "PS384", "PS512"
	};
	size_t		i;

	switch (type)
	{
		case PK_TYPE_ED25519:
			return strcmp(alg, "EdDSA") == 0 || strcmp(alg, "Ed25519") == 0;
		case PK_TYPE_P256:
			return strcmp(alg, "ES256") == 0;
		case PK_TYPE_P384:
			return strcmp(alg, "ES384") == 0;
		case PK_TYPE_P521:
			return strcmp(alg, "ES512") == 0;
		case PK_TYPE_RSA:
			for (i = 0; i < sizeof(rsa) / sizeof(rsa[0]); i++)
				if (strcmp(alg, rsa[i]) == 0)
					return true;
			return false;
		default:
			return false;
	}
}

/*
 * pk_jwk_parts
 *		The public parts of the JWK obj, after the checks common to public
 *		and private JWKs: kty, crv, "use" must be "sig", "key_ops" (when
 *		present) must hold need ("verify" or "sign"), "alg" (when present)
 *		must be a signature algorithm of the key's type.
 */
static pk_status
pk_jwk_parts(const jw_object *obj, const char *need, pk_parts *parts,
			 pk_error *err)
{
	char		kty[16];
	char		crv[32];
	char		use[16];
	char		alg[16];
	char		buf[48];
	const jw_member *ops;
	const jw_member *m;
	int			rc;
	size_t		len;

	memset(parts, 0, sizeof(*parts));
	rc = jw_str(obj, "kty", kty, sizeof(kty));
	if (rc == 0)
		return pk_fail(err, PK_ERR_SYNTAX, "The JSON Web Key has no \"kty\" member.");
	if (rc < 0)
	{
		m = jw_find(obj, "kty");
		if (m->kind == 's')
			return pk_fail(err, PK_ERR_UNSUPPORTED, "The key type (\"kty\") \"%s\" is not supported; OKP (Ed25519), EC and RSA are.",
						   pk_safe(m->val, m->vlen, buf, sizeof(buf)));
		return pk_fail(err, PK_ERR_SYNTAX, "The JWK member \"kty\" is not a string.");
	}
	if (strcmp(kty, "OKP") == 0)
	{
		rc = jw_str(obj, "crv", crv, sizeof(crv));
		if (rc == 0)
			return pk_fail(err, PK_ERR_SYNTAX, "The OKP key has no \"crv\" member.");
		if (rc < 0 || strcmp(crv, "Ed25519") != 0)
			return pk_fail(err, PK_ERR_UNSUPPORTED,
						   "The OKP curve %s%s%s is not supported; only Ed25519 is.",
						   rc < 0 ? "" : "\"", rc < 0 ? "given" : pk_safe(crv, strlen(crv), buf, sizeof(buf)),
						   rc < 0 ? "" : "\"");
		parts->type = PK_TYPE_ED25519;
		parts->bits = 256;
		parts->flen = 32;
		rc = jw_b64(obj, "x", parts->x, sizeof(parts->x), &len);
		if (rc == 0)
			return pk_fail(err, PK_ERR_SYNTAX, "The Ed25519 key has no \"x\" member.");
		if (rc < 0 || len != 32)
			return pk_fail(err, PK_ERR_SYNTAX,
						   "The JWK member \"x\" must be the unpadded base64url encoding of 32 bytes.");
	}
	else if (strcmp(kty, "EC") == 0)
	{
		size_t		i;

		rc = jw_str(obj, "crv", crv, sizeof(crv));
		if (rc == 0)
			return pk_fail(err, PK_ERR_SYNTAX, "The EC key has no \"crv\" member.");
		for (i = 0; rc > 0 && i < PK_NCURVES; i++)
			if (strcmp(crv, pk_curves[i].jose) == 0)
				break;
		if (rc < 0 || i == PK_NCURVES)
			return pk_fail(err, PK_ERR_UNSUPPORTED,
						   "The curve %s%s%s is not supported; only P-256, P-384 and P-521 are.",
						   rc < 0 ? "" : "\"", rc < 0 ? "given" : pk_safe(crv, strlen(crv), buf, sizeof(buf)),
						   rc < 0 ? "" : "\"");
		parts->type = pk_curves[i].type;
		parts->bits = pk_curves[i].bits;
		parts->flen = pk_curves[i].flen;
		rc = jw_b64(obj, "x", parts->x, sizeof(parts->x), &len);
		if (rc == 0)
			return pk_fail(err, PK_ERR_SYNTAX, "The EC key has no \"x\" member.");
		if (rc < 0 || len != parts->flen)
			return pk_fail(err, PK_ERR_SYNTAX,
						   "The JWK member \"x\" must be the unpadded base64url encoding of %zu bytes for %s.",
						   parts->flen, pk_curves[i].jose);
		rc = jw_b64(obj, "y", parts->y, sizeof(parts->y), &len);
		if (rc == 0)
			return pk_fail(err, PK_ERR_SYNTAX, "The EC key has no \"y\" member.");
		if (rc < 0 || len != parts->flen)
			return pk_fail(err, PK_ERR_SYNTAX,
						   "The JWK member \"y\" must be the unpadded base64url encoding of %zu bytes for %s.",
						   parts->flen, pk_curves[i].jose);
	}
	else if (strcmp(kty, "RSA") == 0)
	{
		parts->type = PK_TYPE_RSA;
		rc = jw_b64(obj, "n", parts->n, sizeof(parts->n), &parts->nlen);
		if (rc == 0)
			return pk_fail(err, PK_ERR_SYNTAX, "The RSA key has no \"n\" member.");
		if (rc == -2)
			return pk_fail(err, PK_ERR_UNSUPPORTED,
						   "RSA keys longer than %d bits are not supported.", PK_RSA_MAX_BITS);
		if (rc < 0)
			return pk_fail(err, PK_ERR_SYNTAX,
						   "The JWK member \"n\" must be unpadded base64url.");
		rc = jw_b64(obj, "e", parts->e, sizeof(parts->e), &parts->elen);
		if (rc == 0)
			return pk_fail(err, PK_ERR_SYNTAX, "The RSA key has no \"e\" member.");
		if (rc == -2)
			return pk_fail(err, PK_ERR_UNSUPPORTED, "The RSA public exponent is longer than 64 bits.");
		if (rc < 0)
			return pk_fail(err, PK_ERR_SYNTAX,
						   "The JWK member \"e\" must be unpadded base64url.");
		/* RFC 7518 wants minimal octets; leading zeros are tolerated here */
		parts->nlen = pk_strip(parts->n, parts->nlen);
		parts->elen = pk_strip(parts->e, parts->elen);
		if (pk_check_rsa(parts, err) != PK_OK)
			return err->status;
	}
	else if (strcmp(kty, "oct") == 0)
		return pk_fail(err, PK_ERR_UNSUPPORTED,
					   "Symmetric keys (\"kty\": \"oct\") cannot verify signatures; a public key is needed.");
	else
		return pk_fail(err, PK_ERR_UNSUPPORTED,
					   "The key type (\"kty\") \"%s\" is not supported; OKP (Ed25519), EC and RSA are.",
					   pk_safe(kty, strlen(kty), buf, sizeof(buf)));

	/* what the key is for */
	rc = jw_str(obj, "use", use, sizeof(use));
	if (rc != 0 && (rc < 0 || strcmp(use, "sig") != 0))
	{
		pk_fail(err, PK_ERR_UNSUPPORTED,
				"The key's \"use\" is %s%s%s, not \"sig\": it is not a signature key.",
				rc < 0 ? "" : "\"", rc < 0 ? "not a short string" : pk_safe(use, strlen(use), buf, sizeof(buf)),
				rc < 0 ? "" : "\"");
		return pk_hint(err, "Use the issuer's signature key, or remove \"use\" if the key really is for signatures.");
	}
	ops = jw_find(obj, "key_ops");
	if (ops != NULL && (ops->kind != 'a' || !jw_array_has(ops, need)))
		return pk_fail(err, PK_ERR_UNSUPPORTED,
					   "The key's \"key_ops\" do not include \"%s\".", need);
	rc = jw_str(obj, "alg", alg, sizeof(alg));
	if (rc != 0 && (rc < 0 || !pk_jwk_alg_fits(alg, parts->type)))
	{
		char		tname[PK_TYPE_NAME_MAX];

		pk_type_name(parts->type, parts->bits, tname, sizeof(tname));
		return pk_fail(err, PK_ERR_UNSUPPORTED,
					   "The key's \"alg\" %s%s%s is not a signature algorithm for key type %s.",
					   rc < 0 ? "" : "\"", rc < 0 ? "member" : pk_safe(alg, strlen(alg), buf, sizeof(buf)),
					   rc < 0 ? "" : "\"", tname);
	}
	return PK_OK;
}

/* Parse a public JWK text into canonical DER */
static pk_status
pk_jwk_public(const char *in, size_t len, unsigned char *der, size_t *derlen,
			  pk_error *err)
{
	jw_object	obj;
	pk_parts	parts;
	pk_status	st;
	size_t		i;

	if (!jw_parse_object(in, len, &obj))
		return pk_fail(err, PK_ERR_SYNTAX,
					   "The JSON Web Key is malformed at byte %zu: %s.", obj.errpos + 1, obj.why);
	for (i = 0; i < sizeof(pk_jwk_private_members) / sizeof(pk_jwk_private_members[0]); i++)
	{
		const char *name = pk_jwk_private_members[i];

		if (jw_find(&obj, name) != NULL)
		{
			if (strcmp(name, "k") == 0)
				pk_fail(err, PK_ERR_PRIVATE,
						"A secret (symmetric) key was given (JWK member \"k\"); a public key is needed.");
			else
				pk_fail(err, PK_ERR_PRIVATE,
						"A private key was given (JWK member \"%s\"); a pubkey holds public keys only.",
						name);
			return pk_hint(err, "Publish the public JWK only (without \"d\", \"p\", \"q\", \"dp\", \"dq\", \"qi\"), and treat the private key as exposed if it was sent where it should not be.");
		}
	}
	if (jw_find(&obj, "keys") != NULL)
		return pk_fail(err, PK_ERR_SYNTAX,
					   "A JWK Set was given; a pubkey holds one key, so pass one of its \"keys\".");
	if (pk_jwk_parts(&obj, "verify", &parts, err) != PK_OK)
		return err->status;
	st = pk_canonical(&parts, der, derlen, err);
	if (st == PK_ERR_DECODE)
		st = err->status = PK_ERR_SYNTAX;	/* a JWK is text, not DER */
	return st;
}

/* ----------------------------------------------------------------------
 * public keys
 * ---------------------------------------------------------------------- */

pk_status
pk_parse_public_der(const unsigned char *in, size_t len, unsigned char *der,
					size_t *derlen, pk_error *err)
{
	const unsigned char *p = in;
	EVP_PKEY   *key;
	pk_parts	parts;
	pk_status	st;

	*derlen = 0;
	if (len == 0)
		return pk_fail(err, PK_ERR_DECODE, "The DER is empty.");
	if (len > PK_DER_IN_MAX)
		return pk_fail(err, PK_ERR_DECODE,
					   "The DER is %zu bytes long; no accepted key takes more than %d.",
					   len, PK_DER_MAX);
	key = d2i_PUBKEY(NULL, &p, (long) len);
	if (key == NULL)
	{
		X509	   *cert;
		EVP_PKEY   *priv;

		ERR_clear_error();
		p = in;
		cert = d2i_X509(NULL, &p, (long) len);
		if (cert != NULL)
		{
			X509_free(cert);
			pk_fail(err, PK_ERR_CERTIFICATE,
					"An X.509 certificate was given; a pubkey is a bare public key (SubjectPublicKeyInfo).");
			return pk_hint(err, "Extract the public key from the certificate: openssl x509 -in cert.pem -pubkey -noout.");
		}
		ERR_clear_error();
		p = in;
		priv = d2i_AutoPrivateKey(NULL, &p, (long) len);
		ERR_clear_error();
		if (priv != NULL)
		{
			EVP_PKEY_free(priv);
			pk_fail(err, PK_ERR_PRIVATE,
					"A private key was given; a pubkey holds public keys only.");
			return pk_hint(err, "Pass the public key (openssl pkey -in key.pem -pubout), and treat the private key as exposed if it was sent where it should not be.");
		}
		return pk_fail(err, PK_ERR_DECODE,
					   "The bytes are not a DER SubjectPublicKeyInfo.");
	}
	if (p != in + len)
	{
		EVP_PKEY_free(key);
		ERR_clear_error();
		return pk_fail(err, PK_ERR_DECODE,
					   "The DER SubjectPublicKeyInfo is followed by %zu byte(s) of trailing data.",
					   (size_t) (in + len - p));
	}
	st = pk_parts_of(key, &parts, err);
	EVP_PKEY_free(key);
	ERR_clear_error();
	if (st != PK_OK)
		return st;
	return pk_canonical(&parts, der, derlen, err);
}

/* A private key anywhere in the text?  (PEM labels of every private form) */
static bool
pk_text_has_private_pem(const char *in, size_t len)
{
	return pem_memmem(in, len, "PRIVATE KEY-----", 16) != NULL;
}

pk_status
pk_parse_public_text(const char *in, size_t len, unsigned char *der,
					 size_t *derlen, pk_error *err)
{
	const char *label;
	const char *body;
	size_t		labellen;
	size_t		bodylen;
	unsigned char buf[PK_DER_IN_MAX];
	long		n;
	char		safe[48];

	*derlen = 0;
	err->status = PK_OK;
	if (pk_text_has_private_pem(in, len))
	{
		pk_fail(err, PK_ERR_PRIVATE,
				"A private key was given; a pubkey holds public keys only.");
		return pk_hint(err, "Pass the public key (openssl pkey -in key.pem -pubout), and treat the private key as exposed if it was sent where it should not be.");
	}
	if (len > PK_TEXT_MAX)
		return pk_fail(err, PK_ERR_SYNTAX,
					   "The text is %zu bytes long; no accepted key takes more than %d.",
					   len, PK_TEXT_MAX);
	in = pem_trim(in, &len);
	if (len > 0 && in[0] == '{')
		return pk_jwk_public(in, len, der, derlen, err);
	if (len > 0 && in[0] == '[')
		return pk_fail(err, PK_ERR_SYNTAX,
					   "A JSON array was given; a JSON Web Key is one JSON object.");
	if (len >= 4 && (memcmp(in, "ssh-", 4) == 0 || memcmp(in, "ecdsa-sha2-", len < 11 ? len : 11) == 0))
	{
		pk_fail(err, PK_ERR_SYNTAX, "An OpenSSH public key was given; PEM or JWK is needed.");
		return pk_hint(err, "Convert it: ssh-keygen -e -m PKCS8 -f key.pub.");
	}
	if (!pem_split(in, len, &label, &labellen, &body, &bodylen))
	{
		pk_fail(err, PK_ERR_SYNTAX,
				"A public key is a PEM block (\"-----BEGIN PUBLIC KEY-----\" ... \"-----END PUBLIC KEY-----\") or a JSON Web Key object.");
		if (len >= 11 && memcmp(in, "-----BEGIN ", 11) == 0)
			pk_fail(err, PK_ERR_SYNTAX,
					"The PEM block is malformed: its BEGIN and END lines must match, each on its own line, with nothing after the END line.");
		return err->status;
	}
	if (pem_label_is(label, labellen, "CERTIFICATE") ||
		pem_label_is(label, labellen, "X509 CERTIFICATE") ||
		pem_label_is(label, labellen, "TRUSTED CERTIFICATE"))
	{
		pk_fail(err, PK_ERR_CERTIFICATE,
				"An X.509 certificate was given; a pubkey is a bare public key (SubjectPublicKeyInfo).");
		return pk_hint(err, "Extract the public key from the certificate: openssl x509 -in cert.pem -pubkey -noout.");
	}
	if (pem_label_is(label, labellen, "CERTIFICATE REQUEST") ||
		pem_label_is(label, labellen, "NEW CERTIFICATE REQUEST"))
	{
		pk_fail(err, PK_ERR_CERTIFICATE,
				"A certificate signing request was given; a pubkey is a bare public key (SubjectPublicKeyInfo).");
		return pk_hint(err, "Extract the public key: openssl req -in req.pem -pubkey -noout.");
	}
	if (pem_label_is(label, labellen, "RSA PUBLIC KEY"))
	{
		pk_fail(err, PK_ERR_SYNTAX,
				"A PKCS#1 \"RSA PUBLIC KEY\" was given; a SubjectPublicKeyInfo (\"PUBLIC KEY\") is needed.");
		return pk_hint(err, "Convert it: openssl rsa -RSAPublicKey_in -in key.pem -pubout.");
	}
	if (!pem_label_is(label, labellen, "PUBLIC KEY"))
		return pk_fail(err, PK_ERR_SYNTAX,
					   "The PEM label \"%s\" is not \"PUBLIC KEY\".",
					   pk_safe(label, labellen, safe, sizeof(safe)));
	if (pem_memmem(body, bodylen, ":", 1) != NULL)
		return pk_fail(err, PK_ERR_DECODE,
					   "The PEM block has headers; a public key has none.");
	n = pem_b64_decode(body, bodylen, true, buf, sizeof(buf));
	if (n == -2)
		return pk_fail(err, PK_ERR_DECODE,
					   "The PEM body is longer than any accepted key.");
	if (n <= 0)
		return pk_fail(err, PK_ERR_DECODE,
					   "The PEM body is not valid base64.");
	if (pk_parse_public_der(buf, (size_t) n, der, derlen, err) != PK_OK)
	{
		if (err->status == PK_ERR_DECODE)
		{
			char		d[PK_DETAIL_MAX];

			snprintf(d, sizeof(d), "%s", err->detail);
			if (d[0] >= 'A' && d[0] <= 'Z')
				d[0] = (char) (d[0] - 'A' + 'a');
			snprintf(err->detail, sizeof(err->detail), "In the PEM body, %.230s", d);
		}
		return err->status;
	}
	return PK_OK;
}

EVP_PKEY *
pk_load_der(const unsigned char *der, size_t len, pk_type *type, int *bits)
{
	const unsigned char *p = der;
	EVP_PKEY   *key = d2i_PUBKEY(NULL, &p, (long) len);
	pk_type		t = PK_TYPE_NONE;
	int			b = 0;

	if (key != NULL && (p != der + len ||
						(t = pk_key_type(key, &b)) == PK_TYPE_NONE))
	{
		EVP_PKEY_free(key);
		key = NULL;
	}
	ERR_clear_error();
	if (type)
		*type = t;
	if (bits)
		*bits = b;
	return key;
}

pk_type
pk_key_type(EVP_PKEY *key, int *bits)
{
	int			id = EVP_PKEY_get_base_id(key);

	*bits = 0;
	if (id == EVP_PKEY_ED25519)
	{
		*bits = 256;
		return PK_TYPE_ED25519;
	}
	if (id == EVP_PKEY_RSA)
	{
		*bits = EVP_PKEY_get_bits(key);
		return PK_TYPE_RSA;
	}
	if (id == EVP_PKEY_EC)
	{
		char		group[32];
		size_t		i;

		if (EVP_PKEY_get_group_name(key, group, sizeof(group), NULL) != 1)
		{
			ERR_clear_error();
			return PK_TYPE_NONE;
		}
		for (i = 0; i < PK_NCURVES; i++)
			if (strcmp(group, pk_curves[i].ossl) == 0)
			{
				*bits = pk_curves[i].bits;
				return pk_curves[i].type;
			}
	}
	return PK_TYPE_NONE;
}

void
pk_type_name(pk_type type, int bits, char *buf, size_t cap)
{
	int			ci = pk_curve_index(type);

	if (type == PK_TYPE_ED25519)
		snprintf(buf, cap, "Ed25519");
	else if (ci >= 0)
		snprintf(buf, cap, "%s", pk_curves[ci].jose);
	else if (type == PK_TYPE_RSA)
		snprintf(buf, cap, "RSA-%d", bits);
	else
		snprintf(buf, cap, "unknown");
}

/* Append the base64url of v[0..len) to out at *pos (cap bytes in all) */
static bool
pk_put_b64(const unsigned char *v, size_t len, char *out, size_t cap,
		   size_t *pos)
{
	size_t		need = B64URL_ENCODED_LEN(len);

	if (*pos + need + 1 > cap)
		return false;
	b64url_encode(v, len, out + *pos, cap - *pos);
	*pos += need;
	return true;
}

/* Append the string s to out at *pos */
static bool
pk_put(const char *s, char *out, size_t cap, size_t *pos)
{
	size_t		len = strlen(s);

	if (*pos + len + 1 > cap)
		return false;
	memcpy(out + *pos, s, len + 1);
	*pos += len;
	return true;
}

/* The canonical JWK text of parts (see pk_to_jwk) */
static size_t
pk_parts_jwk(const pk_parts *parts, char *out, size_t cap)
{
	size_t		pos = 0;
	bool		ok;
	int			ci = pk_curve_index(parts->type);

	switch (parts->type)
	{
		case PK_TYPE_ED25519:
			ok = pk_put("{\"crv\":\"Ed25519\",\"kty\":\"OKP\",\"x\":\"", out, cap, &pos) &&
				pk_put_b64(parts->x, 32, out, cap, &pos) &&
				pk_put("\"}", out, cap, &pos);
			break;
		case PK_TYPE_P256:
		case PK_TYPE_P384:
		case PK_TYPE_P521:
			ok = pk_put("{\"crv\":\"", out, cap, &pos) &&
				pk_put(pk_curves[ci].jose, out, cap, &pos) &&
				pk_put("\",\"kty\":\"EC\",\"x\":\"", out, cap, &pos) &&
				pk_put_b64(parts->x, parts->flen, out, cap, &pos) &&
				pk_put("\",\"y\":\"", out, cap, &pos) &&
				pk_put_b64(parts->y, parts->flen, out, cap, &pos) &&
				pk_put("\"}", out, cap, &pos);
			break;
		case PK_TYPE_RSA:
			ok = pk_put("{\"e\":\"", out, cap, &pos) &&
				pk_put_b64(parts->e, parts->elen, out, cap, &pos) &&
				pk_put("\",\"kty\":\"RSA\",\"n\":\"", out, cap, &pos) &&
				pk_put_b64(parts->n, parts->nlen, out, cap, &pos) &&
				pk_put("\"}", out, cap, &pos);
			break;
		default:
			ok = false;
	}
	return ok ? pos : 0;
}

size_t
pk_to_jwk(EVP_PKEY *key, char *out, size_t cap)
{
	pk_parts	parts;
	pk_error	err;
	size_t		len = 0;

	if (pk_parts_of(key, &parts, &err) == PK_OK)
		len = pk_parts_jwk(&parts, out, cap);
	ERR_clear_error();
	return len;
}

bool
pk_thumbprint(EVP_PKEY *key, char out[PK_THUMBPRINT_LEN + 1])
{
	char		jwk[PK_JWK_MAX];
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int mdlen = 0;
	size_t		len = pk_to_jwk(key, jwk, sizeof(jwk));

	if (len == 0 ||
		EVP_Digest(jwk, len, md, &mdlen, EVP_sha256(), NULL) != 1 ||
		mdlen != 32)
	{
		ERR_clear_error();
		return false;
	}
	b64url_encode(md, 32, out, PK_THUMBPRINT_LEN + 1);
	return true;
}

size_t
pk_der_to_pem(const unsigned char *der, size_t len, char *out, size_t cap)
{
	static const char head[] = "-----BEGIN PUBLIC KEY-----\n";
	static const char tail[] = "-----END PUBLIC KEY-----\n";
	size_t		lines = (len + 47) / 48;
	size_t		need = sizeof(head) - 1 + ((len + 2) / 3) * 4 + lines +
		sizeof(tail) - 1 + 1;
	size_t		pos;
	size_t		i;

	if (need > cap)
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

bool
pk_public_der(EVP_PKEY *key, unsigned char *der, size_t *derlen)
{
	pk_parts	parts;
	pk_error	err;

	*derlen = 0;
	if (pk_parts_of(key, &parts, &err) != PK_OK)
		return false;
	return pk_canonical(&parts, der, derlen, &err) == PK_OK;
}

/* ----------------------------------------------------------------------
 * private keys
 * ---------------------------------------------------------------------- */

sig_alg
pk_default_alg(pk_type type)
{
	switch (type)
	{
		case PK_TYPE_ED25519:
			return SIG_ALG_EDDSA;
		case PK_TYPE_P256:
			return SIG_ALG_ES256;
		case PK_TYPE_P384:
			return SIG_ALG_ES384;
		case PK_TYPE_P521:
			return SIG_ALG_ES512;
		case PK_TYPE_RSA:
			return SIG_ALG_PS256;
		default:
			return SIG_ALG_INVALID;
	}
}

/*
 * pk_private_check
 *		Validate a private key: its public part must be an accepted key, and
 *		a signature made with it must verify with the canonical public key
 *		rebuilt from that part (so a JWK whose "d" does not belong to its
 *		"x"/"y"/"n" is refused).
 */
static pk_status
pk_private_check(EVP_PKEY *priv, pk_error *err)
{
	static const unsigned char msg[] = "provenance private key check";
	unsigned char sig[SIG_MAX_LEN];
	size_t		siglen = 0;
	pk_parts	parts;
	EVP_PKEY   *pub;
	sig_alg		alg;
	bool		ok;

	if (pk_parts_of(priv, &parts, err) != PK_OK)
		return err->status;
	alg = pk_default_alg(parts.type);
	pub = pk_build(&parts, NULL);
	if (pub == NULL)
		return pk_fail(err, PK_ERR_UNSUPPORTED,
					   "The public part of the private key is not valid.");
	ok = sig_sign(alg, priv, msg, sizeof(msg) - 1, sig, sizeof(sig), &siglen) &&
		sig_verify(alg, pub, msg, sizeof(msg) - 1, sig, siglen);
	EVP_PKEY_free(pub);
	if (!ok)
		return pk_fail(err, PK_ERR_UNSUPPORTED,
					   "The private key does not match its public part (a test signature did not verify).");
	return PK_OK;
}

/* Parse a private JWK into *key */
static pk_status
pk_jwk_private(const char *in, size_t len, EVP_PKEY **key, pk_error *err)
{
	static const char *const crtnames[5] = {"p", "q", "dp", "dq", "qi"};
	jw_object	obj;
	pk_parts	parts;
	pk_priv		priv;
	unsigned char d[PK_RSA_MAX_BYTES];
	unsigned char crt[5][PK_RSA_MAX_BYTES / 2 + 8];
	pk_status	st = PK_OK;
	int			rc;
	int			ncrt = 0;
	int			i;

	memset(&priv, 0, sizeof(priv));
	if (!jw_parse_object(in, len, &obj))
		return pk_fail(err, PK_ERR_SYNTAX,
					   "The private JSON Web Key is malformed at byte %zu: %s.", obj.errpos + 1, obj.why);
	if (jw_find(&obj, "keys") != NULL)
		return pk_fail(err, PK_ERR_SYNTAX,
					   "A JWK Set was given; pass one of its \"keys\".");
	if (jw_find(&obj, "d") == NULL)
	{
		if (jw_find(&obj, "k") != NULL)
			return pk_fail(err, PK_ERR_UNSUPPORTED,
						   "A symmetric (\"oct\") key was given; signing needs an Ed25519, EC or RSA private key.");
		return pk_fail(err, PK_ERR_SYNTAX,
					   "The JSON Web Key has no private member \"d\": it is a public key, and signing needs the private key.");
	}
	if (jw_find(&obj, "oth") != NULL)
		return pk_fail(err, PK_ERR_UNSUPPORTED,
					   "Multi-prime RSA keys (JWK member \"oth\") are not supported.");
	if (pk_jwk_parts(&obj, "sign", &parts, err) != PK_OK)
		return err->status;

	rc = jw_b64(&obj, "d", d, sizeof(d), &priv.dlen);
	priv.d = d;
	if (rc < 0)
		st = pk_fail(err, PK_ERR_SYNTAX, "The JWK member \"d\" must be unpadded base64url.");
	else if (parts.type == PK_TYPE_ED25519 && priv.dlen != 32)
		st = pk_fail(err, PK_ERR_SYNTAX,
					 "The JWK member \"d\" must be the base64url encoding of 32 bytes for Ed25519.");
	else if (parts.type != PK_TYPE_ED25519 && parts.type != PK_TYPE_RSA &&
			 priv.dlen != parts.flen)
		st = pk_fail(err, PK_ERR_SYNTAX,
					 "The JWK member \"d\" must be the base64url encoding of %zu bytes for this curve.",
					 parts.flen);
	else if (parts.type == PK_TYPE_RSA)
	{
		priv.dlen = pk_strip(d, priv.dlen);
		for (i = 0; i < 5 && st == PK_OK; i++)
		{
			rc = jw_b64(&obj, crtnames[i], crt[i], sizeof(crt[i]), &priv.crtlen[i]);
			if (rc < 0)
				st = pk_fail(err, PK_ERR_SYNTAX,
							 "The JWK member \"%s\" must be unpadded base64url of at most half the modulus.",
							 crtnames[i]);
			else if (rc > 0)
			{
				priv.crtlen[i] = pk_strip(crt[i], priv.crtlen[i]);
				priv.crt[i] = crt[i];
				ncrt++;
			}
		}
		if (st == PK_OK && ncrt != 0 && ncrt != 5)
			st = pk_fail(err, PK_ERR_SYNTAX,
						 "An RSA private JWK has all of \"p\", \"q\", \"dp\", \"dq\", \"qi\" or none of them.");
	}
	if (st == PK_OK)
	{
		*key = pk_build(&parts, &priv);
		if (*key == NULL)
			st = pk_fail(err, PK_ERR_UNSUPPORTED, "OpenSSL refused the private key components.");
	}
	OPENSSL_cleanse(d, sizeof(d));
	OPENSSL_cleanse(crt, sizeof(crt));
	return st;
}

/* Parse a private PEM (label checked by the caller) into *key */
static pk_status
pk_pem_private(const char *body, size_t bodylen, EVP_PKEY **key, pk_error *err)
{
	unsigned char buf[PK_DER_IN_MAX];
	const unsigned char *p = buf;
	long		n;
	pk_status	st = PK_OK;

	if (pem_memmem(body, bodylen, ":", 1) != NULL)
	{
		pk_fail(err, PK_ERR_UNSUPPORTED,
				"Encrypted private keys are not supported.");
		return pk_hint(err, "Decrypt it first (openssl pkey -in key.pem -out plain.pem), or use generate_keypair().");
	}
	n = pem_b64_decode(body, bodylen, true, buf, sizeof(buf));
	if (n <= 0)
		st = pk_fail(err, PK_ERR_DECODE, "The PEM body is not valid base64 of a supported private key.");
	else
	{
		*key = d2i_AutoPrivateKey(NULL, &p, n);
		if (*key == NULL || p != buf + n)
		{
			EVP_PKEY_free(*key);
			*key = NULL;
			st = pk_fail(err, PK_ERR_DECODE, "The PEM body is not a DER private key.");
		}
	}
	OPENSSL_cleanse(buf, sizeof(buf));
	ERR_clear_error();
	return st;
}

pk_status
pk_parse_private_text(const char *in, size_t len, EVP_PKEY **key,
					  pk_error *err)
{
	const char *label;
	const char *body;
	size_t		labellen;
	size_t		bodylen;
	pk_status	st;
	char		safe[48];

	*key = NULL;
	err->status = PK_OK;
	if (len > PK_TEXT_MAX)
		return pk_fail(err, PK_ERR_SYNTAX,
					   "The private key text is %zu bytes long; no accepted key takes more than %d.",
					   len, PK_TEXT_MAX);
	in = pem_trim(in, &len);
	if (len > 0 && in[0] == '{')
		st = pk_jwk_private(in, len, key, err);
	else if (!pem_split(in, len, &label, &labellen, &body, &bodylen))
		return pk_fail(err, PK_ERR_SYNTAX,
					   "A private key is a PEM block (\"-----BEGIN PRIVATE KEY-----\" ... \"-----END PRIVATE KEY-----\") or a private JSON Web Key.");
	else if (pem_label_is(label, labellen, "ENCRYPTED PRIVATE KEY"))
	{
		pk_fail(err, PK_ERR_UNSUPPORTED, "Encrypted private keys are not supported.");
		return pk_hint(err, "Decrypt it first (openssl pkey -in key.pem -out plain.pem), or use generate_keypair().");
	}
	else if (pem_label_is(label, labellen, "PRIVATE KEY") ||
			 pem_label_is(label, labellen, "EC PRIVATE KEY") ||
			 pem_label_is(label, labellen, "RSA PRIVATE KEY"))
		st = pk_pem_private(body, bodylen, key, err);
	else if (pem_label_is(label, labellen, "PUBLIC KEY"))
		return pk_fail(err, PK_ERR_SYNTAX,
					   "A public key was given; signing needs the private key.");
	else
		return pk_fail(err, PK_ERR_SYNTAX,
					   "The PEM label \"%s\" is not \"PRIVATE KEY\".",
					   pk_safe(label, labellen, safe, sizeof(safe)));
	if (st == PK_OK)
		st = pk_private_check(*key, err);
	if (st != PK_OK)
	{
		EVP_PKEY_free(*key);
		*key = NULL;
	}
	ERR_clear_error();
	return st;
}

pk_status
pk_generate(const char *type_name, size_t len, EVP_PKEY **key, pk_error *err)
{
	static const struct
	{
		const char *name;
		const char *alg;
		const char *curve;
		size_t		bits;
	}			types[] = {
		{"Ed25519", "ED25519", NULL, 0},
		{"P-256", "EC", "P-256", 0},
		{"P-384", "EC", "P-384", 0},
		{"P-521", "EC", "P-521", 0},
		{"RSA-2048", "RSA", NULL, 2048},
		{"RSA-3072", "RSA", NULL, 3072},
		{"RSA-4096", "RSA", NULL, 4096},
	};
	size_t		i;
	char		safe[48];

	*key = NULL;
	for (i = 0; i < sizeof(types) / sizeof(types[0]); i++)
		if (strlen(types[i].name) == len && memcmp(types[i].name, type_name, len) == 0)
			break;
	if (i == sizeof(types) / sizeof(types[0]))
		return pk_fail(err, PK_ERR_UNSUPPORTED,
					   "The key type \"%s\" is not one of Ed25519, P-256, P-384, P-521, RSA-2048, RSA-3072, RSA-4096.",
					   pk_safe(type_name, len, safe, sizeof(safe)));
	if (types[i].curve)
		*key = EVP_PKEY_Q_keygen(NULL, NULL, types[i].alg, types[i].curve);
	else if (types[i].bits)
		*key = EVP_PKEY_Q_keygen(NULL, NULL, types[i].alg, types[i].bits);
	else
		*key = EVP_PKEY_Q_keygen(NULL, NULL, types[i].alg);
	ERR_clear_error();
	if (*key == NULL)
		return pk_fail(err, PK_ERR_INTERNAL, "OpenSSL could not generate the key.");
	err->status = PK_OK;
	return PK_OK;
}

size_t
pk_private_to_pem(EVP_PKEY *key, char *out, size_t cap)
{
	BIO		   *bio = BIO_new(BIO_s_secmem());
	char	   *data = NULL;
	long		n;
	size_t		len = 0;

	if (bio != NULL &&
		PEM_write_bio_PrivateKey(bio, key, NULL, NULL, 0, NULL, NULL) == 1)
	{
		n = BIO_get_mem_data(bio, &data);
		if (n > 0 && (size_t) n < cap)
		{
			memcpy(out, data, (size_t) n);
			out[n] = '\0';
			len = (size_t) n;
		}
	}
	BIO_free(bio);
	ERR_clear_error();
	if (len == 0 && cap > 0)
		OPENSSL_cleanse(out, cap);
	return len;
}
