/*
 * fuzz_jws.c
 *		libFuzzer harness for the JWS compact-serialization parser
 *		(jws_parse.h), which needs only b64url.c beside it.
 *
 * Beyond "no crash, no sanitizer report", these properties must hold, or
 * the harness calls abort():
 *	- the verdict agrees with an independent oracle: an input is accepted
 *	  exactly when it is non-empty, within the limit, has two '.' and three
 *	  non-empty segments that b64url_decode accepts; it is TOO_LONG exactly
 *	  when it exceeds the limit;
 *	- an accepted input's segments re-join to the input (header "."
 *	  payload "." signature, offsets contiguous, no '.' inside a segment),
 *	  each decodes to exactly its decoded_len bytes, and re-encoding the
 *	  bytes gives the segment back (one encoding per byte string);
 *	- the signature length check accepts exactly the fixed length, or
 *	  JWS_RSA_SIG_MIN..JWS_RSA_SIG_MAX bytes for RSA (fixed length 0);
 *	- a rejection carries one complete, untruncated sentence.
 *
 * Build and run with test/fuzz/run.sh (seed corpus: corpus/jws/).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b64url.h"
#include "jws_parse.h"

#define FUZZ_MAX_LEN	65536	/* as SIGNED_RECORD_MAX_LEN */

static void
fail(const char *what)
{
	fprintf(stderr, "fuzz_jws: property violated: %s\n", what);
	abort();
}

/* A rejection's message is one sentence that fits the buffer untruncated */
static void
check_message(const jws_parts *p)
{
	const char *nul = memchr(p->errmsg, '\0', sizeof(p->errmsg));
	size_t		n;

	if (nul == NULL)
		fail("error message not terminated");
	n = (size_t) (nul - p->errmsg);
	if (n == 0 || n >= sizeof(p->errmsg) - 1)
		fail("error message empty or truncated");
	if (p->errmsg[n - 1] != '.' || p->errmsg[0] < 'A' || p->errmsg[0] > 'Z')
		fail("error message is not a sentence");
}

/* Does b64url_decode accept in[0..len) (non-empty)?  Sets *out_len */
static int
oracle_segment(const char *in, size_t len, size_t *out_len)
{
	unsigned char *buf;
	long		n;

	if (len == 0)
		return 0;
	buf = malloc(B64URL_DECODED_MAX(len));
	if (buf == NULL)
		abort();
	n = b64url_decode(in, len, buf, B64URL_DECODED_MAX(len));
	free(buf);
	if (n < 0)
		return 0;
	*out_len = (size_t) n;
	return 1;
}

/* Decode segment s, check its length, re-encode and compare */
static void
check_segment(const char *in, const jws_segment *s)
{
	unsigned char *buf = malloc(B64URL_DECODED_MAX(s->len));
	char	   *enc;
	long		n;

	if (buf == NULL)
		abort();
	n = b64url_decode(in + s->off, s->len, buf, B64URL_DECODED_MAX(s->len));
	if (n < 0)
		fail("accepted segment does not decode");
	if ((size_t) n != s->decoded_len)
		fail("decoded_len differs from the decoded length");
	if (B64URL_ENCODED_LEN((size_t) n) != s->len)
		fail("encoded length of the decoded bytes differs from the segment");
	enc = malloc(s->len + 1);
	if (enc == NULL)
		abort();
	if (b64url_encode(buf, (size_t) n, enc, s->len + 1) != s->len ||
		memcmp(enc, in + s->off, s->len) != 0)
		fail("re-encoding does not give the segment back");
	free(enc);
	free(buf);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *in = (const char *) data;
	jws_parts	p;
	jws_status	st;
	size_t		ndots = 0;
	size_t		dots[2] = {0, 0};
	size_t		i;
	int			expect_ok;
	size_t		olen[3] = {0, 0, 0};
	static const size_t fixed[] = {0, 64, 96, 132};

	for (i = 0; i < size; i++)
		if (in[i] == '.')
		{
			if (ndots < 2)
				dots[ndots] = i;
			ndots++;
		}
	expect_ok = size > 0 && ndots == 2 &&
		oracle_segment(in, dots[0], &olen[0]) &&
		oracle_segment(in + dots[0] + 1, dots[1] - dots[0] - 1, &olen[1]) &&
		oracle_segment(in + dots[1] + 1, size - dots[1] - 1, &olen[2]);

	st = jws_parse(in, size, FUZZ_MAX_LEN, &p);
	if (st != p.status)
		fail("return value differs from p->status");
	if (size > FUZZ_MAX_LEN)
	{
		if (st != JWS_ERR_TOO_LONG)
			fail("over the limit but not TOO_LONG");
	}
	else if ((st == JWS_OK) != expect_ok)
		fail(expect_ok ? "valid JWS rejected" : "invalid JWS accepted");
	else if (st == JWS_ERR_TOO_LONG)
		fail("TOO_LONG within the limit");

	if (st != JWS_OK)
	{
		check_message(&p);
	}
	else
	{
		const jws_segment *h = &p.seg[JWS_HEADER];
		const jws_segment *y = &p.seg[JWS_PAYLOAD];
		const jws_segment *s = &p.seg[JWS_SIGNATURE];

		/* the segments re-join to the input */
		if (h->off != 0 || in[h->len] != '.' ||
			y->off != h->len + 1 || in[y->off + y->len] != '.' ||
			s->off != y->off + y->len + 1 || s->off + s->len != size)
			fail("segments do not re-join to the input");
		for (i = 0; i < 3; i++)
		{
			if (p.seg[i].len == 0)
				fail("empty segment accepted");
			if (memchr(in + p.seg[i].off, '.', p.seg[i].len) != NULL)
				fail("'.' inside a segment");
			if (p.seg[i].decoded_len != olen[i])
				fail("decoded_len differs from the oracle");
			check_segment(in, &p.seg[i]);
		}

		/* signature length check for each kind of algorithm */
		for (i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++)
		{
			jws_parts	q = p;
			size_t		n = s->decoded_len;
			int			want = fixed[i] ? n == fixed[i] :
				(n >= JWS_RSA_SIG_MIN && n <= JWS_RSA_SIG_MAX);

			st = jws_check_signature_length(&q, fixed[i],
											fixed[i] ? "ES256" : "PS256");
			if ((st == JWS_OK) != want || st != q.status)
				fail("signature length check wrong");
			if (st != JWS_OK)
				check_message(&q);
		}

		/* one byte less of room makes it too long */
		if (jws_parse(in, size, size - 1, &p) != JWS_ERR_TOO_LONG)
			fail("limit not enforced");
		check_message(&p);
	}
	return 0;
}
