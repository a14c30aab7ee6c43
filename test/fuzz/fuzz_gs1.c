/*
 * fuzz_gs1.c
 *		libFuzzer harness for the GS1 element string parser (gs1_parse) in
 *		all its input forms: bracketed, scanner output, Digital Link, EPC URN.
 *
 * Beyond "no crash, no sanitizer report", every input that parses must
 * satisfy these properties, or the harness calls abort():
 *	- the result is well formed: 1..GS1_MAX_ELEMENTS elements in strictly
 *	  increasing AI order, each with a table entry, NUL-terminated AI and
 *	  value whose lengths match ailen/vlen, and a value length within the
 *	  limits of the entry's components;
 *	- gs1_find finds every element;
 *	- the bracketed, scan and Digital Link (stem https://id.gs1.org)
 *	  serialisations fit GS1_TEXT_MAX, parse again in their own form, and
 *	  give back the same elements and the same canonical bracketed text.
 *	  Digital Link applies only when gs1_to_digital_link returns non-zero
 *	  (the element string has a Digital Link primary key); scanner data
 *	  only when no value holds the text "<GS>", which scanner data reads as
 *	  a separator.
 *
 * Build and run with test/fuzz/run.sh (seed corpus: corpus/gs1/).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gs1_parse.h"

#define DL_STEM		"https://id.gs1.org"

static gs1_result parsed;
static gs1_result again;
static char canon[GS1_TEXT_MAX];
static char text[GS1_TEXT_MAX];
static char canon2[GS1_TEXT_MAX];

/*
 * fail
 *		Report which property broke and abort, so libFuzzer saves the input.
 */
static void
fail(const char *what, const char *detail)
{
	fprintf(stderr, "fuzz_gs1: property violated: %s%s%s\n",
			what, detail ? ": " : "", detail ? detail : "");
	abort();
}

/*
 * check_lengths
 *		Abort unless e's value length lies within the sum of the minimum
 *		lengths of its mandatory components and the sum of the maximum
 *		lengths of all its components.
 */
static void
check_lengths(const gs1_element *e)
{
	size_t		lo = 0;
	size_t		hi = 0;
	int			i;

	for (i = 0; i < GS1_MAX_COMPONENTS && e->entry->comp[i].cset != '\0'; i++)
	{
		const gs1_component *c = &e->entry->comp[i];

		if (c->min > c->max)
			fail("component min > max in the AI table", e->ai);
		if (!c->optional)
			lo += c->min;
		hi += c->max;
	}
	if (i == 0)
		fail("AI table entry without components", e->ai);
	if (e->vlen < lo || e->vlen > hi)
		fail("value length outside the AI's component limits", e->ai);
}

/*
 * check_result
 *		Abort unless the successful result r is well formed (see file header).
 */
static void
check_result(const gs1_result *r)
{
	int			i;

	if (r->nelem < 1 || r->nelem > GS1_MAX_ELEMENTS)
		fail("element count out of range", NULL);
	for (i = 0; i < r->nelem; i++)
	{
		const gs1_element *e = &r->el[i];
		size_t		k;

		if (e->ailen < 2 || e->ailen > GS1_AI_MAXLEN ||
			memchr(e->ai, '\0', e->ailen + 1) != e->ai + e->ailen)
			fail("bad AI length or termination", NULL);
		for (k = 0; k < e->ailen; k++)
			if (e->ai[k] < '0' || e->ai[k] > '9')
				fail("AI is not all digits", e->ai);
		if (e->vlen < 1 || e->vlen > GS1_MAX_VALUE ||
			memchr(e->value, '\0', e->vlen + 1) != e->value + e->vlen)
			fail("bad value length or termination", e->ai);
		if (e->entry == NULL)
			fail("element without AI table entry", e->ai);
		if (gs1_ai_lookup(e->ai, e->ailen) != e->entry)
			fail("element entry differs from gs1_ai_lookup", e->ai);
		check_lengths(e);
		if (i > 0 && strcmp(r->el[i - 1].ai, e->ai) >= 0)
			fail("elements not in strictly increasing AI order", e->ai);
		if (gs1_find(r, e->ai) != e)
			fail("gs1_find does not find the element", e->ai);
	}
}

/*
 * same_elements
 *		True when a and b hold the same AIs with the same values.
 */
static int
same_elements(const gs1_result *a, const gs1_result *b)
{
	int			i;

	if (a->nelem != b->nelem)
		return 0;
	for (i = 0; i < a->nelem; i++)
		if (strcmp(a->el[i].ai, b->el[i].ai) != 0 ||
			a->el[i].vlen != b->el[i].vlen ||
			memcmp(a->el[i].value, b->el[i].value, a->el[i].vlen) != 0)
			return 0;
	return 1;
}

/*
 * roundtrip
 *		text[0..n) is a serialisation of parsed in form `form`: abort unless
 *		it parses again (in that form) to the same elements and canonical
 *		text.  Serialisations longer than the parser's input limit are
 *		allowed to be refused as too long.
 */
static void
roundtrip(const char *name, size_t n, gs1_form form)
{
	size_t		n2;

	if (n >= sizeof(text))
		fail("serialisation does not fit GS1_TEXT_MAX", name);
	if (strlen(text) != n)
		fail("serialisation length differs from its return value", name);
	if (gs1_parse(text, n, &again) != GS1_OK)
	{
		if (again.status == GS1_ERR_TOO_LONG && n > GS1_MAX_INPUT)
			return;
		fprintf(stderr, "fuzz_gs1: %s form: \"%s\"\nfuzz_gs1: rejected: %s\n",
				name, text, again.errmsg);
		fail("serialisation does not parse again", name);
	}
	if (again.form != form)
		fail("serialisation parses as another form", name);
	check_result(&again);
	if (!same_elements(&parsed, &again))
		fail("serialisation parses to other elements", name);
	n2 = gs1_to_bracketed(&again, canon2, sizeof(canon2));
	if (n2 >= sizeof(canon2) || strcmp(canon, canon2) != 0)
	{
		fprintf(stderr, "fuzz_gs1: canonical \"%s\" became \"%s\" via %s\n",
				canon, canon2, name);
		fail("canonical text changes after a round trip", name);
	}
}

/* Does any value contain "<GS>" (any case)? */
static int
has_gs_spelling(const gs1_result *r)
{
	int			i;
	size_t		j;

	for (i = 0; i < r->nelem; i++)
		for (j = 0; j + 4 <= r->el[i].vlen; j++)
			if (r->el[i].value[j] == '<' && r->el[i].value[j + 3] == '>' &&
				(r->el[i].value[j + 1] | 0x20) == 'g' &&
				(r->el[i].value[j + 2] | 0x20) == 's')
				return 1;
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t		n;

	if (gs1_parse((const char *) data, size, &parsed) != GS1_OK)
	{
		if (parsed.status != GS1_ERR_SYNTAX && parsed.status != GS1_ERR_TOO_LONG)
			fail("unknown status", NULL);
		if (memchr(parsed.errmsg, '\0', sizeof(parsed.errmsg)) == NULL ||
			parsed.errmsg[0] == '\0')
			fail("rejection without a NUL-terminated message", NULL);
		return 0;
	}
	check_result(&parsed);

	n = gs1_to_bracketed(&parsed, canon, sizeof(canon));
	if (n >= sizeof(canon))
		fail("bracketed text does not fit GS1_TEXT_MAX", NULL);
	memcpy(text, canon, n + 1);
	roundtrip("bracketed", n, GS1_FORM_BRACKETED);

	/*
	 * "<GS>" is both CSET 82 data and an exported spelling of the separator,
	 * which scanner data always reads as a separator: a value holding it
	 * cannot round-trip through scanner data (documented in the README).
	 */
	n = gs1_to_scan(&parsed, text, sizeof(text));
	if (!has_gs_spelling(&parsed))
		roundtrip("scan", n, GS1_FORM_SCAN);

	n = gs1_to_digital_link(&parsed, DL_STEM, text, sizeof(text));
	if (n > 0)
		roundtrip("digital link", n, GS1_FORM_DIGITAL_LINK);

	return 0;
}
