/*
 * pem.c
 *		PEM framing and standard base64 (see pem.h).
 */
#include "b64url.h"
#include "pem.h"

#include <stdio.h>
#include <string.h>

/* Find needle[0..nlen) in hay[0..hlen); NULL when absent */
const char *
pem_memmem(const char *hay, size_t hlen, const char *needle, size_t nlen)
{
	size_t		i;

	if (nlen == 0 || nlen > hlen)
		return NULL;
	for (i = 0; i + nlen <= hlen; i++)
		if (hay[i] == needle[0] && memcmp(hay + i, needle, nlen) == 0)
			return hay + i;
	return NULL;
}

/*
 * pem_b64_decode
 *		Decode standard base64 (RFC 4648 section 4) in[0..len) into out (cap
 *		bytes).  pem: whitespace between characters is skipped and '='
 *		padding is required; otherwise (an x5c entry) no whitespace, and
 *		padding is optional but exact when present.  Unused trailing bits
 *		must be zero.  Returns the length, -1 when malformed, -2 when the
 *		result does not fit.
 */
long
pem_b64_decode(const char *in, size_t len, bool pem, unsigned char *out,
			  size_t cap)
{
	size_t		i;
	size_t		o = 0;
	size_t		chars = 0;
	int			pad = 0;
	unsigned long acc = 0;
	int			bits = 0;

	for (i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) in[i];
		int			v;

		if (pem && (c == ' ' || c == '\t' || c == '\r' || c == '\n'))
			continue;
		if (c == '=')
		{
			pad++;
			continue;
		}
		if (pad > 0)
			return -1;			/* data after padding */
		v = b64_char_value(c, false);
		if (v < 0)
			return -1;
		chars++;
		acc = ((acc << 6) | (unsigned long) v) & 0xffffff;
		bits += 6;
		if (bits >= 8)
		{
			bits -= 8;
			if (o >= cap)
				return -2;
			out[o++] = (unsigned char) ((acc >> bits) & 0xff);
		}
	}
	if (chars % 4 == 1 || pad > 2)
		return -1;
	if (pad > 0 && (chars + (size_t) pad) % 4 != 0)
		return -1;
	if (pem && (chars + (size_t) pad) % 4 != 0)
		return -1;
	if (bits > 0 && (acc & ((1UL << bits) - 1)) != 0)
		return -1;
	return (long) o;
}

/* Trim PEM whitespace from both ends of in[0..*len) */
const char *
pem_trim(const char *in, size_t *len)
{
	size_t		n = *len;

	while (n > 0 && (*in == ' ' || *in == '\t' || *in == '\r' || *in == '\n'))
		in++, n--;
	while (n > 0 && (in[n - 1] == ' ' || in[n - 1] == '\t' ||
					 in[n - 1] == '\r' || in[n - 1] == '\n'))
		n--;
	*len = n;
	return in;
}

/*
 * pem_split
 *		Split trimmed PEM text in[0..len) into its label and body: the text
 *		must be exactly "-----BEGIN label-----" EOL body "-----END label-----".
 *		Returns false when it is not.
 */
bool
pem_split(const char *in, size_t len, const char **label, size_t *labellen,
			 const char **body, size_t *bodylen)
{
	const char *end = in + len;
	const char *p;
	const char *l;
	const char *e;
	char		endline[96];
	size_t		elen;

	if (len < 11 || memcmp(in, "-----BEGIN ", 11) != 0)
		return false;
	l = in + 11;
	p = pem_memmem(l, (size_t) (end - l), "-----", 5);
	if (p == NULL || p - l > 64 || pem_memmem(l, (size_t) (p - l), "\n", 1))
		return false;
	*label = l;
	*labellen = (size_t) (p - l);
	p += 5;
	if (p < end && *p == '\r')
		p++;
	if (p >= end || *p != '\n')
		return false;
	p++;
	elen = (size_t) snprintf(endline, sizeof(endline), "-----END %.*s-----",
							 (int) *labellen, *label);
	if (elen >= sizeof(endline) || (size_t) (end - p) < elen)
		return false;
	e = end - elen;
	if (memcmp(e, endline, elen) != 0)
		return false;
	if (e > p && e[-1] != '\n')
		return false;
	*body = p;
	*bodylen = (size_t) (e - p);
	return true;
}

/* Does label[0..len) equal s? */
bool
pem_label_is(const char *label, size_t len, const char *s)
{
	return strlen(s) == len && memcmp(label, s, len) == 0;
}
