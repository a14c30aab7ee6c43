/*
 * gs1_ai.c
 *		Lookup of GS1 Application Identifiers in the generated table
 *		(gs1_ai_table.c): exact lookup, prefix lookup and fixed lengths.
 *
 * Lookup runs once per element of every parsed element string, so it is a
 * direct index: one slot per possible 2-, 3- and 4-digit AI (11,100 slots
 * of 16 bits, about 22 kB) holding the table position of the entry that
 * defines that AI, or 0.  The index is filled from gs1_ai_table on the
 * first call in each process; after that a lookup is a digit check and one
 * array read.  Nothing about AI lengths is hard-coded: they come from the
 * table, which src/gs1_ai_gen.pl has checked to be prefix-free.
 *
 * The one-time fill is not synchronised; that is fine for PostgreSQL
 * backends and the single-threaded unit tests and fuzzers.  (Two threads
 * racing on the first call would both write the same values.)
 *
 * Pure C: no PostgreSQL headers, no allocation.
 */
#include "gs1_ai.h"

#include <string.h>

/* Slot offsets of the 2-, 3- and 4-digit AIs within ai_index[] */
#define AI_OFF2		0
#define AI_OFF3		100
#define AI_OFF4		1100
#define AI_SLOTS	11100

static uint16_t ai_index[AI_SLOTS];	/* table position + 1, or 0 */

/*
 * AI length for each first-two-digit pair: 0 when no AI starts with it,
 * AI_LEN_MIXED when AIs of several lengths do (never, in the GS1 tables:
 * gs1_ai_prefix then tries every length).
 */
#define AI_LEN_MIXED	0xff
static uint8_t ai_len2[100];
static bool ai_index_ready = false;

static const size_t ai_off[GS1_AI_MAXLEN + 1] = {0, 0, AI_OFF2, AI_OFF3, AI_OFF4};

/*
 * ai_slot
 *		The ai_index[] slot of the digit string s[0..len), or -1 when len is
 *		not 2 to 4 or s holds a non-digit.
 */
static inline long
ai_slot(const char *s, size_t len)
{
	size_t		n = 0;
	size_t		i;

	if (len < 2 || len > GS1_AI_MAXLEN)
		return -1;
	for (i = 0; i < len; i++)
	{
		unsigned int d = (unsigned char) s[i] - (unsigned int) '0';

		if (d > 9)
			return -1;
		n = n * 10 + d;
	}
	return (long) (ai_off[len] + n);
}

/*
 * ai_index_build
 *		Fill ai_index[] from gs1_ai_table (every AI of every range).  An AI
 *		already claimed by an earlier entry keeps that entry; the generator
 *		and test/unit/gs1_dict_check.c make sure that cannot happen.
 */
static void
ai_index_build(void)
{
	size_t		i;

	for (i = 0; i < gs1_ai_table_len && i < UINT16_MAX; i++)
	{
		const gs1_ai_entry *e = &gs1_ai_table[i];
		size_t		w = strlen(e->ai);
		long		first = ai_slot(e->ai, w);
		long		last = ai_slot(e->ai_last, w);
		long		s;

		if (first < 0 || last < 0 || strlen(e->ai_last) != w)
			continue;
		for (s = first; s <= last; s++)
		{
			if (ai_index[s] == 0)
				ai_index[s] = (uint16_t) (i + 1);
		}
	}
	for (i = 0; i < gs1_ai_table_len; i++)
	{
		const gs1_ai_entry *e = &gs1_ai_table[i];
		size_t		w = strlen(e->ai);
		unsigned int p2 = (unsigned int) (e->ai[0] - '0') * 10 + (unsigned int) (e->ai[1] - '0');
		unsigned int p2last = (unsigned int) (e->ai_last[0] - '0') * 10 + (unsigned int) (e->ai_last[1] - '0');
		unsigned int k;

		for (k = p2; k <= p2last && k < 100; k++)
		{
			if (ai_len2[k] == 0)
				ai_len2[k] = (uint8_t) w;
			else if (ai_len2[k] != w)
				ai_len2[k] = AI_LEN_MIXED;
		}
	}
	ai_index_ready = true;
}

/*
 * gs1_ai_lookup
 *		The table entry defining exactly the AI ai[0..len) (need not be
 *		NUL-terminated), or NULL when it is not a defined AI.  The entry is
 *		static; the caller must not free it.
 */
const gs1_ai_entry *
gs1_ai_lookup(const char *ai, size_t len)
{
	long		s = ai_slot(ai, len);
	uint16_t	pos;

	if (s < 0)
		return NULL;
	if (!ai_index_ready)
		ai_index_build();
	pos = ai_index[s];
	return pos ? &gs1_ai_table[pos - 1] : NULL;
}

/*
 * gs1_ai_prefix
 *		The table entry for the AI that starts data[0..len), storing that AI's
 *		length in *ailen (when ailen is not NULL); NULL, with *ailen = 0,
 *		when no defined AI starts there.  AIs are prefix-free, so at most one
 *		of the 2-, 3- and 4-digit prefixes can match.  The entry is static.
 */
const gs1_ai_entry *
gs1_ai_prefix(const char *data, size_t len, size_t *ailen)
{
	size_t		w;

	/*
	 * The first two digits of an AI fix its length (GS1 General
	 * Specifications, AI length by first two digits); the index records the
	 * length for every pair where the table agrees, so one lookup suffices.
	 */
	if (!ai_index_ready)
		ai_index_build();
	if (len >= 2)
	{
		unsigned int d0 = (unsigned char) data[0] - (unsigned int) '0';
		unsigned int d1 = (unsigned char) data[1] - (unsigned int) '0';

		if (d0 <= 9 && d1 <= 9)
		{
			unsigned int w2 = ai_len2[d0 * 10 + d1];

			if (w2 == 0)
			{
				if (ailen)
					*ailen = 0;
				return NULL;	/* no AI starts with these two digits */
			}
			if (w2 <= len && w2 <= GS1_AI_MAXLEN)
			{
				/* the slot of the w2-digit AI, as ai_slot computes it */
				size_t		n = d0 * 10 + d1;
				size_t		i;
				uint16_t	pos;

				for (i = 2; i < w2; i++)
				{
					unsigned int d = (unsigned char) data[i] - (unsigned int) '0';

					if (d > 9)
						break;
					n = n * 10 + d;
				}
				if (i == w2 && (pos = ai_index[ai_off[w2] + n]) != 0)
				{
					if (ailen)
						*ailen = w2;
					return &gs1_ai_table[pos - 1];
				}
			}
			if (w2 != AI_LEN_MIXED)
			{
				if (ailen)
					*ailen = 0;
				return NULL;
			}
		}
	}

	for (w = 2; w <= GS1_AI_MAXLEN && w <= len; w++)
	{
		const gs1_ai_entry *e = gs1_ai_lookup(data, w);

		if (e != NULL)
		{
			if (ailen)
				*ailen = w;
			return e;
		}
	}
	if (ailen)
		*ailen = 0;
	return NULL;
}

/*
 * gs1_ai_fixed_total
 *		The total value length of entry e when all its components are fixed
 *		length and mandatory (e.g. 18 for (8006): N14 N4), else 0.
 */
size_t
gs1_ai_fixed_total(const gs1_ai_entry *e)
{
	size_t		total = 0;
	int			i;

	if (e == NULL)
		return 0;
	for (i = 0; i < GS1_MAX_COMPONENTS && e->comp[i].cset != '\0'; i++)
	{
		const gs1_component *c = &e->comp[i];

		if (c->optional || c->min != c->max)
			return 0;
		total += c->max;
	}
	return total;
}
