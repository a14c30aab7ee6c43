/*
 * fuzz_brand.c
 *		libFuzzer harness for brand keys (brand_key.c): bk_analyze on
 *		arbitrary bytes, and the matching form and distances of what it
 *		returns.
 *
 * Beyond "no crash, no sanitizer report, no leak", these properties must
 * hold, or the harness calls abort():
 *	- input that is not UTF-8 is BK_BAD_UTF8, anything else BK_OK;
 *	- a key is lower-case ASCII letters and digits in words separated by
 *	  single spaces, without leading or trailing space;
 *	- the words cover the key in order, each inside it, each non-empty;
 *	  their source ranges lie inside the input, in order;
 *	- the key of a key is the key itself (keys are fixed points), when no
 *	  word is long enough to be cut at BK_MAX_WORD;
 *	- the second reading (bk_analyze_opts with BK_READ_LEET) accepts what
 *	  bk_analyze accepts and has the same shape;
 *	- bk_phonetic fits its 2 * len + 1 buffer and has no spaces;
 *	- bk_distance is 0 from a form (of at most 255 bytes) to itself,
 *	  symmetric, and
 *	  bk_similarity lies in [0, 1].
 *
 * Build and run with test/fuzz/run.sh (seed corpus: corpus/brand/).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/utf8.h>

#include "brand_key.h"

static bk_ctx *ctx;

static void
fail(const char *what)
{
	fprintf(stderr, "fuzz_brand: property violated: %s\n", what);
	abort();
}

/* Is in[0..len) well-formed UTF-8 (as ICU decodes it)? */
static int
valid_utf8(const uint8_t *in, size_t len)
{
	int32_t		i = 0;

	while (i < (int32_t) len)
	{
		UChar32		c;

		U8_NEXT(in, i, (int32_t) len, c);
		if (c < 0)
			return 0;
	}
	return 1;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *key;
	size_t		keylen;
	bk_word    *w;
	int			nw;
	bk_status	rc;
	size_t		i;
	int			k;

	if (ctx == NULL)
	{
		char		err[256];

		ctx = bk_open(err, sizeof(err));
		if (ctx == NULL)
		{
			fprintf(stderr, "fuzz_brand: %s\n", err);
			abort();
		}
	}
	if (size > BK_MAX_INPUT)
		return 0;
	rc = bk_analyze(ctx, (const char *) data, size, &key, &keylen, &w, &nw);
	if (!valid_utf8(data, size))
	{
		if (rc != BK_BAD_UTF8)
			fail("invalid UTF-8 accepted");
		return 0;
	}
	if (rc != BK_OK)
		fail("valid UTF-8 refused");

	if (strlen(key) != keylen)
		fail("key length");
	for (i = 0; i < keylen; i++)
	{
		char		c = key[i];

		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' '))
			fail("key character");
		if (c == ' ' && (i == 0 || i + 1 == keylen || key[i + 1] == ' '))
			fail("key spacing");
	}
	for (k = 0; k < nw; k++)
	{
		if (w[k].key_len == 0 || w[k].key_off + w[k].key_len > keylen)
			fail("word outside the key");
		if (k > 0 && w[k].key_off <= w[k - 1].key_off)
			fail("words out of order");
		if (w[k].src_off + w[k].src_len > size)
			fail("word source outside the input");
		if (k > 0 && w[k].src_off < w[k - 1].src_off)
			fail("word sources out of order");
	}
	if ((nw == 0) != (keylen == 0))
		fail("words and key disagree");

	/* keys are fixed points (for words within BK_MAX_WORD, which are not cut) */
	for (k = 0; k < nw; k++)
		if (w[k].src_len >= BK_MAX_WORD || w[k].key_len >= BK_MAX_WORD)
			break;
	if (k == nw)
	{
		char	   *key2;
		size_t		len2;
		bk_word    *w2;
		int			nw2;

		if (bk_analyze(ctx, key, keylen, &key2, &len2, &w2, &nw2) != BK_OK)
			fail("key of a key refused");
		if (len2 != keylen || memcmp(key, key2, keylen) != 0)
			fail("key of a key differs");
		free(key2);
		free(w2);
	}

	/* the second reading of trademark_check: same shape, same verdict */
	{
		char	   *key3;
		size_t		len3;
		bk_word    *w3;
		int			nw3;

		if (bk_analyze_opts(ctx, (const char *) data, size, BK_READ_LEET,
							&key3, &len3, &w3, &nw3) != BK_OK)
			fail("BK_READ_LEET refused valid UTF-8");
		if (strlen(key3) != len3)
			fail("BK_READ_LEET key length");
		for (i = 0; i < len3; i++)
		{
			char		c = key3[i];

			if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' '))
				fail("BK_READ_LEET key character");
			if (c == ' ' && (i == 0 || i + 1 == len3 || key3[i + 1] == ' '))
				fail("BK_READ_LEET key spacing");
		}
		for (k = 0; k < nw3; k++)
		{
			if (w3[k].key_len == 0 || w3[k].key_off + w3[k].key_len > len3)
				fail("BK_READ_LEET word outside the key");
			if (w3[k].src_off + w3[k].src_len > size)
				fail("BK_READ_LEET word source outside the input");
			if (k > 0 && w3[k].src_off < w3[k - 1].src_off)
				fail("BK_READ_LEET word sources out of order");
		}
		if ((nw3 == 0) != (len3 == 0))
			fail("BK_READ_LEET words and key disagree");
		free(key3);
		free(w3);
	}

	/* matching form, distance, similarity */
	if (keylen <= 200)
	{
		char	   *ph = malloc(2 * keylen + 1);
		size_t		n;
		size_t		half = keylen / 2;
		double		d1;
		double		d2;
		double		sim;

		if (ph == NULL)
			abort();
		n = bk_phonetic(key, keylen, ph);
		if (n > 2 * keylen || strlen(ph) != n || memchr(ph, ' ', n) != NULL)
			fail("matching form");
		if (n <= 255 && bk_distance(ph, n, ph, n, 0, true) != 0)
			fail("distance to itself");
		d1 = bk_distance(key, half, key + half, keylen - half, 1000, true);
		d2 = bk_distance(key + half, keylen - half, key, half, 1000, true);
		if (d1 != d2)
			fail("distance not symmetric");
		sim = bk_similarity(key, half, key + half, keylen - half);
		if (!(sim >= 0 && sim <= 1))
			fail("similarity out of range");
		free(ph);
	}
	free(key);
	free(w);
	return 0;
}
