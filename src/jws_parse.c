/*
 * jws_parse.c
 *		Structural parser of the JWS compact serialization (see jws_parse.h).
 *
 * Every check names the segment and the position (counted from 1 in the
 * whole value) that is wrong.  Whether a segment is base64url is decided
 * exactly as b64url_decode decides it: the characters are checked one by
 * one with b64url_is_char (to say which one is wrong), and the last,
 * partial group of four is decoded to reject non-zero unused bits.
 */
#include "jws_parse.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "b64url.h"

static const char *const jws_segment_names[3] = {"header", "payload", "signature"};

const char *
jws_segment_name(int seg)
{
	return (seg >= 0 && seg < 3) ? jws_segment_names[seg] : "?";
}

/* Set an error status and message on p; returns the status */
static jws_status
#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
jws_fail(jws_parts *p, jws_status st, const char *fmt,...)
{
	va_list		ap;

	va_start(ap, fmt);
	vsnprintf(p->errmsg, sizeof(p->errmsg), fmt, ap);
	va_end(ap);
	p->status = st;
	return st;
}

/* Bytes that n base64url characters (n % 4 != 1) decode to */
static size_t
jws_decoded_len(size_t n)
{
	return (n / 4) * 3 + (n % 4 ? n % 4 - 1 : 0);
}

/*
 * jws_check_segment
 *		Is in[s->off .. s->off + s->len) strict unpadded base64url?  Fills
 *		s->decoded_len; on failure sets the message naming segment seg.
 */
static jws_status
jws_check_segment(const char *in, jws_segment *s, int seg, jws_parts *p)
{
	const char *name = jws_segment_names[seg];
	size_t		i;
	size_t		rest;
	unsigned char tail[3];

	if (s->len == 0)
	{
		if (seg == JWS_HEADER)
			return jws_fail(p, JWS_ERR_SYNTAX,
							"The header segment is empty.");
		if (seg == JWS_PAYLOAD)
			return jws_fail(p, JWS_ERR_SYNTAX,
							"The payload segment is empty; detached payloads (RFC 7515, appendix F) are not supported.");
		return jws_fail(p, JWS_ERR_SYNTAX,
						"The signature segment is empty; unsigned records (alg \"none\") are not accepted.");
	}
	for (i = 0; i < s->len; i++)
	{
		unsigned char c = (unsigned char) in[s->off + i];
		size_t		pos = s->off + i + 1;

		if (b64url_is_char(c))
			continue;
		if (c == '=')
			return jws_fail(p, JWS_ERR_SYNTAX,
							"The %s segment is not base64url: character '=' at position %zu (JWS uses base64url without padding).",
							name, pos);
		if (c == '+' || c == '/')
			return jws_fail(p, JWS_ERR_SYNTAX,
							"The %s segment is not base64url: character '%c' at position %zu (that is base64; base64url uses '-' and '_').",
							name, c, pos);
		if (c > 0x20 && c < 0x7f)
			return jws_fail(p, JWS_ERR_SYNTAX,
							"The %s segment is not base64url: character '%c' at position %zu.",
							name, c, pos);
		return jws_fail(p, JWS_ERR_SYNTAX,
						"The %s segment is not base64url: byte 0x%02x at position %zu.",
						name, c, pos);
	}
	rest = s->len % 4;
	if (rest == 1)
		return jws_fail(p, JWS_ERR_SYNTAX,
						"The %s segment is not base64url: %zu characters leave one character over, which encodes no whole byte.",
						name, s->len);
	/* the unused low bits of the last character must be zero */
	if (rest != 0 &&
		b64url_decode(in + s->off + s->len - rest, rest, tail, sizeof(tail)) < 0)
		return jws_fail(p, JWS_ERR_SYNTAX,
						"The %s segment is not canonical base64url: the last character '%c' at position %zu has non-zero unused bits.",
						name, in[s->off + s->len - 1], s->off + s->len);
	s->decoded_len = jws_decoded_len(s->len);
	return JWS_OK;
}

jws_status
jws_parse(const char *in, size_t len, size_t max_len, jws_parts *p)
{
	size_t		dots[2];
	size_t		ndots = 0;
	size_t		i;
	int			seg;

	memset(p, 0, sizeof(*p));
	p->status = JWS_OK;

	if (len > max_len)
		return jws_fail(p, JWS_ERR_TOO_LONG,
						"The value has %zu bytes; a signed record has at most %zu.",
						len, max_len);
	if (len == 0)
		return jws_fail(p, JWS_ERR_SYNTAX,
						"The value is empty; a signed record is a JWS in compact serialization, header.payload.signature.");

	for (i = 0; i < len; i++)
		if (in[i] == '.')
		{
			if (ndots < 2)
				dots[ndots] = i;
			ndots++;
		}
	if (ndots != 2)
	{
		if (ndots == 4)
			return jws_fail(p, JWS_ERR_SYNTAX,
							"Expected 3 segments separated by '.', found 5: that is the form of an encrypted JWE, not of a signed JWS.");
		return jws_fail(p, JWS_ERR_SYNTAX,
						"Expected 3 segments separated by '.', found %zu.",
						ndots + 1);
	}

	p->seg[JWS_HEADER].off = 0;
	p->seg[JWS_HEADER].len = dots[0];
	p->seg[JWS_PAYLOAD].off = dots[0] + 1;
	p->seg[JWS_PAYLOAD].len = dots[1] - dots[0] - 1;
	p->seg[JWS_SIGNATURE].off = dots[1] + 1;
	p->seg[JWS_SIGNATURE].len = len - dots[1] - 1;

	for (seg = 0; seg < 3; seg++)
		if (jws_check_segment(in, &p->seg[seg], seg, p) != JWS_OK)
			return p->status;
	return JWS_OK;
}

jws_status
jws_check_signature_length(jws_parts *p, size_t fixed_len, const char *alg_name)
{
	size_t		n = p->seg[JWS_SIGNATURE].decoded_len;

	if (p->status != JWS_OK)
		return p->status;
	if (alg_name == NULL)
		alg_name = "?";
	if (fixed_len > 0)
	{
		if (n != fixed_len)
			return jws_fail(p, JWS_ERR_SYNTAX,
							"The signature has %zu bytes; %s signatures have exactly %zu%s.",
							n, alg_name, fixed_len,
							alg_name[0] == 'E' && alg_name[1] == 'S' ?
							" (raw r||s as JOSE has it, not DER)" : "");
	}
	else if (n < JWS_RSA_SIG_MIN || n > JWS_RSA_SIG_MAX)
		return jws_fail(p, JWS_ERR_SYNTAX,
						"The signature has %zu bytes; %s signatures are as long as the RSA modulus, %d to %d bytes for the %d- to %d-bit keys provenance accepts.",
						n, alg_name, JWS_RSA_SIG_MIN, JWS_RSA_SIG_MAX,
						JWS_RSA_SIG_MIN * 8, JWS_RSA_SIG_MAX * 8);
	return JWS_OK;
}
