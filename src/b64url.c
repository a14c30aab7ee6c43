/*
 * b64url.c
 *		Strict base64url decoding and unpadded encoding (see b64url.h).
 */
#include "b64url.h"

static const char b64url_alphabet[] =
"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/* See b64url.h */
int
b64_char_value(unsigned char c, bool url)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == (url ? '-' : '+'))
		return 62;
	if (c == (url ? '_' : '/'))
		return 63;
	return -1;
}

bool
b64url_is_char(unsigned char c)
{
	return b64_char_value(c, true) >= 0;
}

long
b64url_decode(const char *in, size_t len, unsigned char *out, size_t outcap)
{
	size_t		i;
	size_t		o = 0;
	unsigned long acc = 0;
	int			bits = 0;

	if (len % 4 == 1)
		return -1;				/* 6 bits cannot make a byte */
	for (i = 0; i < len; i++)
	{
		int			v = b64_char_value((unsigned char) in[i], true);

		if (v < 0)
			return -1;
		acc = (acc << 6) | (unsigned long) v;
		bits += 6;
		if (bits >= 8)
		{
			bits -= 8;
			if (o >= outcap)
				return -1;
			out[o++] = (unsigned char) ((acc >> bits) & 0xff);
		}
	}
	/* the bits left over must be zero: one canonical encoding per string */
	if (bits > 0 && (acc & ((1UL << bits) - 1)) != 0)
		return -1;
	return (long) o;
}

size_t
b64url_encode(const unsigned char *in, size_t len, char *out, size_t outcap)
{
	size_t		i;
	size_t		o = 0;

	for (i = 0; i + 2 < len; i += 3)
	{
		unsigned long v = ((unsigned long) in[i] << 16) |
			((unsigned long) in[i + 1] << 8) | in[i + 2];

		if (o + 4 <= outcap)
		{
			out[o] = b64url_alphabet[(v >> 18) & 63];
			out[o + 1] = b64url_alphabet[(v >> 12) & 63];
			out[o + 2] = b64url_alphabet[(v >> 6) & 63];
			out[o + 3] = b64url_alphabet[v & 63];
		}
		o += 4;
	}
	if (len - i == 1)
	{
		unsigned long v = (unsigned long) in[i] << 16;

		if (o + 2 <= outcap)
		{
			out[o] = b64url_alphabet[(v >> 18) & 63];
			out[o + 1] = b64url_alphabet[(v >> 12) & 63];
		}
		o += 2;
	}
	else if (len - i == 2)
	{
		unsigned long v = ((unsigned long) in[i] << 16) |
			((unsigned long) in[i + 1] << 8);

		if (o + 3 <= outcap)
		{
			out[o] = b64url_alphabet[(v >> 18) & 63];
			out[o + 1] = b64url_alphabet[(v >> 12) & 63];
			out[o + 2] = b64url_alphabet[(v >> 6) & 63];
		}
		o += 3;
	}
	if (o < outcap)
		out[o] = '\0';
	return o;
}
