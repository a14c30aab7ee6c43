/*
 * trademark.c
 *		trademark_check(listing, seller, gtin, jurisdiction, nice_class):
 *		the registered marks a marketplace listing names, through disguise.
 *
 * The listing's brand key (brand_key.c) has one word per word of the
 * listing, with where it came from (Latin, look-alike letters,
 * transliteration).  Every run of up to TM_MAX_SPAN consecutive words,
 * joined without spaces, is compared with every registered mark in
 * matching form (bk_phonetic: spacing-insensitive, sound-alike spellings
 * equal) by weighted edit distance (bk_distance).  A mark's best run is a
 * match when:
 *
 *	- its distance is 0, or at most 1 for marks of 5-8 letters and 2 from 9
 *	  (one more for transliterated words, which carry a second spelling's
 *	  vowels), and then the run starts like the mark and the listing gives
 *	  evidence that it is about the mark's goods: a product word of one of
 *	  the mark's Nice classes (trademark_term), a counterfeit cue, or the
 *	  nice_class argument.  Ordinary words one letter away from a mark
 *	  (Tyson, Bison, Dixon for Dyson) are therefore not matches unless the
 *	  listing sells the mark's goods;
 *	- a mark registered as an ordinary word (Apple, Puma) always needs
 *	  that evidence;
 *	- a single word may also start with the mark exactly, the rest being
 *	  digits or further letters (iPhone15, DysonV11) for marks of 5 letters
 *	  or more;
 *	- the score, 1 - distance / length of the mark's matching form, is at
 *	  least provenance.trademark_threshold.
 *
 * match_kind: transliteration when a matched word was transliterated,
 * homoglyph when one had look-alike letters, digits or symbols read as
 * letters, or compatibility forms (fullwidth), spacing when the run has
 * another number of words than the mark, typo when the distance is not 0,
 * else exact.  referential: a referential_before term ends within the 3
 * words before the run ("case for AirPods", "чехол для наушников
 * AirPods"), or a referential_after term starts within the 3 words after
 * it ("AirPods için kılıf").
 *
 * The registry (trademark, trademark_term) is read with SPI once per query
 * and snapshot (snapcache.h) and kept with its brand keys in fn_extra.
 * seller_authorized asks authorized_seller per matched mark, through the
 * trust store for signed authorizations.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

#include "brand.h"
#include "gtin_parse.h"
#include "snapcache.h"
#include "trademark.h"

PG_FUNCTION_INFO_V1(prov_trademark_check);

#define TM_MAX_SPAN		16		/* words joined into one candidate */
#define TM_MAX_PH		255		/* longest matching form compared */
#define TM_NCLASS		46		/* Nice classes 1..45 */

/* Term kinds of trademark_term */
enum
{
	TK_CUE, TK_REF_BEFORE, TK_REF_AFTER, TK_PRODUCT
};

/* A registered mark, with its matching form */
typedef struct TmMark
{
	char	   *mark;
	char	   *holder;
	bool		classes[TM_NCLASS];
	int			njur;			/* 0: any jurisdiction */
	char	  **jur;
	int			nprefix;
	char	  **prefixes;
	bool		ordinary;
	char	   *ph;				/* matching form of the mark's key */
	int			phlen;
	int			nwords;			/* words of the mark's key */
} TmMark;

/* A term: its kind and its key, as words */
typedef struct TmTerm
{
	char	   *term;
	int			kind;
	int			nice_class;
	int			nwords;
	char	  **words;
} TmTerm;

/* fn_extra state */
typedef struct TmCache
{
	MemoryContext datacxt;		/* registry: reset when the snapshot moves */
	MemoryContext rowcxt;		/* one call's scratch */
	Oid			schema;
	SnapTag		tag;
	TmMark	   *marks;
	int			nmarks;
	TmTerm	   *terms;
	int			nterms;
	int			maxph;			/* longest mark matching form */
} TmCache;

/* One word of the listing, in rowcxt */
typedef struct TmWord
{
	char	   *key;			/* NUL-terminated key of the word */
	int			len;
	bk_word		w;
} TmWord;

/* The best run found for a mark */
typedef struct TmMatch
{
	bool		found;
	double		dist;
	int			first;			/* words first..last */
	int			last;
	bool		prefix;			/* the mark starts a longer word */
} TmMatch;

static SPIPlanPtr mark_plan = NULL;
static SPIPlanPtr term_plan = NULL;
static SPIPlanPtr seller_plan = NULL;

/* ---------------------------------------------------------------------
 * keys
 * ---------------------------------------------------------------------
 */

/*
 * tm_key
 *		The brand key of s (database encoding) and its words, palloc'd in
 *		the current context (the malloc'd results of bk_analyze are copied
 *		and freed before anything can raise).
 */
static char *
tm_key(const char *s, size_t len, bk_word **words, int *nwords)
{
	char	   *key;
	size_t		keylen;
	bk_word    *w;
	int			nw;
	char	   *pkey;
	bk_word    *pw;

	brand_analyze(s, len, &key, &keylen, &w, &nw);
	pkey = palloc_extended(keylen + 1, MCXT_ALLOC_NO_OOM);
	pw = palloc_extended(sizeof(bk_word) * (nw > 0 ? nw : 1), MCXT_ALLOC_NO_OOM);
	if (pkey != NULL)
		memcpy(pkey, key, keylen + 1);
	if (pw != NULL && nw > 0)
		memcpy(pw, w, sizeof(bk_word) * nw);
	free(key);
	free(w);
	if (pkey == NULL || pw == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory")));
	*words = pw;
	*nwords = nw;
	return pkey;
}

/* The key words of s as separate strings (for terms) */
static char **
tm_key_words(const char *s, int *n)
{
	bk_word    *w;
	int			nw;
	char	   *key = tm_key(s, strlen(s), &w, &nw);
	char	  **out = palloc(sizeof(char *) * (nw > 0 ? nw : 1));
	int			i;

	for (i = 0; i < nw; i++)
		out[i] = pnstrdup(key + w[i].key_off, w[i].key_len);
	*n = nw;
	return out;
}

/* ---------------------------------------------------------------------
 * the registry
 * ---------------------------------------------------------------------
 */

static SPIPlanPtr
tm_prepare(const TmCache *c, const char *query, int nargs, Oid *argtypes)
{
	char	   *nsp = get_namespace_name(c->schema);
	char	   *q;
	SPIPlanPtr	plan;

	if (nsp == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("the schema of the provenance extension does not exist")));
	nsp = (char *) quote_identifier(nsp);
	q = psprintf(query, nsp, nsp);
	plan = SPI_prepare(q, nargs, argtypes);
	if (plan == NULL)
		elog(ERROR, "SPI_prepare failed for \"%s\": %s", q,
			 SPI_result_code_string(SPI_result));
	if (SPI_keepplan(plan) != 0)
		elog(ERROR, "SPI_keepplan failed");
	return plan;
}

/* The text[] column col of an SPI row as strings in cxt (NULL elements skipped) */
static char **
tm_text_array(HeapTuple tup, TupleDesc desc, int col, int *n)
{
	bool		isnull;
	Datum		d = SPI_getbinval(tup, desc, col, &isnull);
	Datum	   *elems;
	bool	   *nulls;
	int			ne;
	int			i;
	char	  **out;

	*n = 0;
	if (isnull)
		return NULL;
	deconstruct_array(DatumGetArrayTypeP(d), TEXTOID, -1, false, TYPALIGN_INT,
					  &elems, &nulls, &ne);
	out = palloc(sizeof(char *) * (ne > 0 ? ne : 1));
	for (i = 0; i < ne; i++)
		if (!nulls[i])
			out[(*n)++] = TextDatumGetCString(elems[i]);
	return out;
}

/* Read the marks and terms into c->datacxt (under the active snapshot) */
static void
tm_load(TmCache *c)
{
	MemoryContext old;
	uint64		i;
	int			rc;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (mark_plan == NULL)
		mark_plan = tm_prepare(c,
							   "SELECT mark, holder, nice_classes, jurisdictions, company_prefixes, ordinary_word"
							   " FROM %s.trademark WHERE status OPERATOR(pg_catalog.=) 'registered' ORDER BY mark",
							   0, NULL);
	if (term_plan == NULL)
		term_plan = tm_prepare(c,
							   "SELECT term, kind, nice_class FROM %s.trademark_term ORDER BY term, kind",
							   0, NULL);

	rc = SPI_execute_plan(mark_plan, NULL, NULL, true, 0);
	if (rc != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute_plan failed: %s", SPI_result_code_string(rc));
	old = MemoryContextSwitchTo(c->datacxt);
	c->marks = palloc0(sizeof(TmMark) * (SPI_processed > 0 ? SPI_processed : 1));
	c->nmarks = 0;
	c->maxph = 0;
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		TmMark	   *m = &c->marks[c->nmarks];
		bool		isnull;
		Datum		d;
		bk_word    *w;
		int			nw;
		char	   *key;
		int			j;

		m->mark = SPI_getvalue(tup, desc, 1);
		m->holder = SPI_getvalue(tup, desc, 2);
		d = SPI_getbinval(tup, desc, 3, &isnull);
		if (!isnull)
		{
			Datum	   *elems;
			bool	   *nulls;
			int			ne;

			deconstruct_array(DatumGetArrayTypeP(d), INT4OID, 4, true, TYPALIGN_INT,
							  &elems, &nulls, &ne);
			for (j = 0; j < ne; j++)
				if (!nulls[j] && DatumGetInt32(elems[j]) >= 1 &&
					DatumGetInt32(elems[j]) < TM_NCLASS)
					m->classes[DatumGetInt32(elems[j])] = true;
		}
		m->jur = tm_text_array(tup, desc, 4, &m->njur);
		m->prefixes = tm_text_array(tup, desc, 5, &m->nprefix);
		d = SPI_getbinval(tup, desc, 6, &isnull);
		m->ordinary = !isnull && DatumGetBool(d);
		key = tm_key(m->mark, strlen(m->mark), &w, &nw);
		m->nwords = nw;
		m->ph = palloc(2 * strlen(key) + 1);
		m->phlen = (int) bk_phonetic(key, strlen(key), m->ph);
		if (m->phlen == 0 || m->phlen > TM_MAX_PH)
			continue;			/* nothing to look for */
		if (m->phlen > c->maxph)
			c->maxph = m->phlen;
		c->nmarks++;
	}
	MemoryContextSwitchTo(old);

	rc = SPI_execute_plan(term_plan, NULL, NULL, true, 0);
	if (rc != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute_plan failed: %s", SPI_result_code_string(rc));
	old = MemoryContextSwitchTo(c->datacxt);
	c->terms = palloc0(sizeof(TmTerm) * (SPI_processed > 0 ? SPI_processed : 1));
	c->nterms = 0;
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		TmTerm	   *t = &c->terms[c->nterms];
		char	   *kind = SPI_getvalue(tup, desc, 2);
		bool		isnull;
		Datum		d = SPI_getbinval(tup, desc, 3, &isnull);

		t->term = SPI_getvalue(tup, desc, 1);
		t->kind = strcmp(kind, "cue") == 0 ? TK_CUE :
			strcmp(kind, "referential_before") == 0 ? TK_REF_BEFORE :
			strcmp(kind, "referential_after") == 0 ? TK_REF_AFTER : TK_PRODUCT;
		t->nice_class = isnull ? 0 : DatumGetInt32(d);
		t->words = tm_key_words(t->term, &t->nwords);
		if (t->nwords > 0)
			c->nterms++;
	}
	MemoryContextSwitchTo(old);
	SPI_finish();
}

/* The cache of this call site, current for the active snapshot */
static TmCache *
tm_cache(FunctionCallInfo fcinfo)
{
	TmCache    *c;
	Snapshot	snap;

	if (fcinfo->flinfo == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("trademark_check() must be called through the function manager")));
	c = (TmCache *) fcinfo->flinfo->fn_extra;
	if (c == NULL)
	{
		MemoryContext mcxt = fcinfo->flinfo->fn_mcxt;

		c = MemoryContextAllocZero(mcxt, sizeof(TmCache));
		c->datacxt = AllocSetContextCreate(mcxt, "provenance trademark registry",
										   ALLOCSET_DEFAULT_SIZES);
		c->rowcxt = AllocSetContextCreate(mcxt, "provenance trademark row",
										  ALLOCSET_DEFAULT_SIZES);
		c->schema = get_func_namespace(fcinfo->flinfo->fn_oid);
		fcinfo->flinfo->fn_extra = c;
	}
	MemoryContextReset(c->rowcxt);
	snap = snapcache_snapshot();
	if (!snapcache_current(&c->tag, snap))
	{
		MemoryContextReset(c->datacxt);
		c->tag.valid = false;
		c->marks = NULL;
		c->nmarks = 0;
		c->terms = NULL;
		c->nterms = 0;
		tm_load(c);
		snapcache_tag(&c->tag, snap, c->datacxt);
	}
	return c;
}

/* ---------------------------------------------------------------------
 * reading a listing
 * ---------------------------------------------------------------------
 */

/* Does term t occur at listing word i? */
static bool
tm_term_at(const TmTerm *t, const TmWord *w, int nw, int i)
{
	int			k;

	if (i < 0 || i + t->nwords > nw)
		return false;
	for (k = 0; k < t->nwords; k++)
		if (strcmp(t->words[k], w[i + k].key) != 0)
			return false;
	return true;
}

/* Do terms a and b have the same key? */
static bool
tm_same_words(const TmTerm *a, const TmTerm *b)
{
	int			k;

	if (a->nwords != b->nwords)
		return false;
	for (k = 0; k < a->nwords; k++)
		if (strcmp(a->words[k], b->words[k]) != 0)
			return false;
	return true;
}

/* Where does term t occur in the listing?  (-1: nowhere) */
static int
tm_term_find(const TmTerm *t, const TmWord *w, int nw, int from)
{
	int			i;

	for (i = from; i < nw; i++)
		if (tm_term_at(t, w, nw, i))
			return i;
	return -1;
}

/* Edit distance allowed for a mark of matching length L */
static double
tm_allowed(int L, bool translit)
{
	double		base = L <= 4 ? 0 : (L <= 8 ? 1 : 2);

	return translit ? base + 1 : base;
}

/* A run of listing words i..j in matching form */
typedef struct TmSpan
{
	int			first;
	int			last;
	char	   *ph;
	int			phlen;
	bool		translit;		/* a word of it was transliterated */
} TmSpan;

/*
 * tm_spans
 *		Every run of up to TM_MAX_SPAN words whose matching form is at most
 *		maxph + 3 long (longer runs cannot match any mark), in rowcxt.
 */
static TmSpan *
tm_spans(const TmWord *w, int nw, int maxph, int *nspans)
{
	int			cap = 64;
	int			n = 0;
	TmSpan	   *sp = palloc(sizeof(TmSpan) * cap);
	char		joined[TM_MAX_PH + 1];
	int			i;

	for (i = 0; i < nw; i++)
	{
		int			jlen = 0;
		bool		translit = false;
		int			j;

		for (j = i; j < nw && j < i + TM_MAX_SPAN; j++)
		{
			char	   *ph;
			int			phlen;

			if (jlen + w[j].len > TM_MAX_PH)
				break;
			memcpy(joined + jlen, w[j].key, w[j].len);
			jlen += w[j].len;
			joined[jlen] = '\0';
			if (w[j].w.origin == BK_TRANSLIT)
				translit = true;
			ph = palloc(2 * jlen + 1);
			phlen = (int) bk_phonetic(joined, jlen, ph);
			if (n == cap)
			{
				cap *= 2;
				sp = repalloc(sp, sizeof(TmSpan) * cap);
			}
			sp[n].first = i;
			sp[n].last = j;
			sp[n].ph = ph;
			sp[n].phlen = phlen;
			sp[n].translit = translit;
			n++;
			if (phlen > maxph + 3)
				break;
		}
	}
	*nspans = n;
	return sp;
}

/*
 * tm_best
 *		The best run of listing words for mark m (fills *best).
 */
static void
tm_best(const TmMark *m, const TmSpan *sp, int nspans, TmMatch *best)
{
	int			k;

	memset(best, 0, sizeof(*best));
	for (k = 0; k < nspans; k++)
	{
		const TmSpan *s = &sp[k];
		double		limit = tm_allowed(m->phlen, s->translit);

		if (abs(s->phlen - m->phlen) <= (int) (2 * limit) + 1)
		{
			double		d = bk_distance(s->ph, s->phlen, m->ph, m->phlen, limit);

			if (d <= limit &&
				(!best->found || best->prefix || d < best->dist ||
				 (d == best->dist && s->last - s->first < best->last - best->first)))
			{
				best->found = true;
				best->dist = d;
				best->first = s->first;
				best->last = s->last;
				best->prefix = false;
			}
		}
		/* one word that starts with the mark: iPhone15, DysonV11 */
		if (s->first == s->last && m->phlen >= 5 && s->phlen > m->phlen &&
			!best->found && strncmp(s->ph, m->ph, m->phlen) == 0)
		{
			best->found = true;
			best->dist = 0;
			best->first = s->first;
			best->last = s->last;
			best->prefix = true;
		}
	}
}

/* Is the mark's gtin argument under one of the holder's company prefixes? */
static bool
tm_gtin_matches(const TmMark *m, uint64 gtin)
{
	char		digits[GTIN_DIGITS + 1];
	int			i;

	gtin_to_digits(gtin, digits);
	for (i = 0; i < m->nprefix; i++)
	{
		size_t		n = strlen(m->prefixes[i]);

		/* the GTIN-13 form: digits 2..14 of the GTIN-14 */
		if (n <= GTIN_DIGITS - 1 && memcmp(digits + 1, m->prefixes[i], n) == 0)
			return true;
	}
	return false;
}

/* Is seller authorized for m in jurisdiction (NULL: any) now? */
static bool
tm_seller_authorized(TmCache *c, const TmMark *m, text *seller, text *jur)
{
	Datum		args[3];
	char		nulls[3] = {' ', ' ', ' '};
	int			rc;
	bool		isnull;
	bool		ok = false;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (seller_plan == NULL)
	{
		Oid			types[3] = {TEXTOID, TEXTOID, TEXTOID};

		seller_plan = tm_prepare(c,
								 "SELECT EXISTS (SELECT 1 FROM %s.authorized_seller a"
								 " WHERE a.mark OPERATOR(pg_catalog.=) $1 AND a.seller OPERATOR(pg_catalog.=) $2"
								 " AND ($3 IS NULL OR a.jurisdiction IS NULL OR a.jurisdiction OPERATOR(pg_catalog.=) $3)"
								 " AND (a.valid_from IS NULL OR a.valid_from OPERATOR(pg_catalog.<=) pg_catalog.now())"
								 " AND (a.valid_until IS NULL OR a.valid_until OPERATOR(pg_catalog.>) pg_catalog.now())"
								 " AND (a.authorization_record IS NULL OR %s.verify(a.authorization_record)))",
								 3, types);
	}
	args[0] = CStringGetTextDatum(m->mark);
	args[1] = PointerGetDatum(seller);
	args[2] = PointerGetDatum(jur);
	if (jur == NULL)
		nulls[2] = 'n';
	rc = SPI_execute_plan(seller_plan, args, nulls, true, 1);
	if (rc != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute_plan failed: %s", SPI_result_code_string(rc));
	if (SPI_processed == 1)
	{
		Datum		d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);

		ok = !isnull && DatumGetBool(d);
	}
	SPI_finish();
	return ok;
}

/*
 * prov_trademark_check
 *		trademark_check(listing, seller, gtin, jurisdiction, nice_class):
 *		see the file header.
 */
Datum
prov_trademark_check(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *listing;
	text	   *seller = PG_ARGISNULL(1) ? NULL : PG_GETARG_TEXT_PP(1);
	bool		has_gtin = !PG_ARGISNULL(2);
	uint64		gtin = has_gtin ? (uint64) PG_GETARG_INT64(2) : 0;
	text	   *jur = PG_ARGISNULL(3) ? NULL : PG_GETARG_TEXT_PP(3);
	char	   *jurs = NULL;
	int			nice = PG_ARGISNULL(4) ? 0 : PG_GETARG_INT32(4);
	TmCache    *c;
	MemoryContext old;
	char	   *key;
	char	   *ltext;
	bk_word    *bw;
	int			nw;
	TmWord	   *w;
	bool		class_evidence[TM_NCLASS];
	bool		cue_found;
	ArrayBuildState *cues = NULL;
	Datum		cue_array;
	TmSpan	   *spans;
	int			nspans;
	int			i;
	int			mi;

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0))
		return (Datum) 0;		/* no listing, no marks */
	listing = PG_GETARG_TEXT_PP(0);
	if (!PG_ARGISNULL(4) && (nice < 1 || nice > 45))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid Nice class: %d", nice),
				 errhint("The Nice Classification has classes 1 to 45.")));
	if (jur != NULL)
	{
		jurs = text_to_cstring(jur);
		if (strlen(jurs) != 2 || jurs[0] < 'A' || jurs[0] > 'Z' ||
			jurs[1] < 'A' || jurs[1] > 'Z' ||
			!DatumGetBool(DirectFunctionCall1(prov_country_is_valid, PointerGetDatum(jur))))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid jurisdiction: \"%s\"", jurs),
					 errhint("Use an ISO 3166-1 alpha-2 code in upper case, such as KZ.")));
	}

	c = tm_cache(fcinfo);
	old = MemoryContextSwitchTo(c->rowcxt);

	ltext = text_to_cstring(listing);
	key = tm_key(VARDATA_ANY(listing), VARSIZE_ANY_EXHDR(listing), &bw, &nw);
	w = palloc(sizeof(TmWord) * (nw > 0 ? nw : 1));
	for (i = 0; i < nw; i++)
	{
		w[i].key = pnstrdup(key + bw[i].key_off, bw[i].key_len);
		w[i].len = (int) bw[i].key_len;
		w[i].w = bw[i];
	}

	/* what the listing says around any mark: product words, cues */
	memset(class_evidence, 0, sizeof(class_evidence));
	if (nice > 0)
		class_evidence[nice] = true;
	cue_found = false;
	for (i = 0; i < c->nterms; i++)
	{
		const TmTerm *t = &c->terms[i];

		const TmTerm *same = NULL;
		int			j;

		if (t->kind != TK_CUE && t->kind != TK_PRODUCT)
			continue;
		if (tm_term_find(t, w, nw, 0) < 0)
			continue;
		if (t->kind == TK_PRODUCT)
		{
			class_evidence[t->nice_class] = true;
			continue;
		}
		cue_found = true;

		/*
		 * Cues that read the same (replika, реплика) are reported once: as
		 * written in the listing when one of them is, else the first.
		 */
		for (j = 0; j < c->nterms && same == NULL; j++)
			if (j != i && c->terms[j].kind == TK_CUE &&
				tm_same_words(&c->terms[j], t) &&
				(j < i ? strstr(ltext, c->terms[j].term) != NULL || strstr(ltext, t->term) == NULL :
				 strstr(ltext, c->terms[j].term) != NULL && strstr(ltext, t->term) == NULL))
				same = &c->terms[j];
		if (same == NULL)
			cues = accumArrayResult(cues, CStringGetTextDatum(t->term), false,
									TEXTOID, c->rowcxt);
	}

	spans = tm_spans(w, nw, c->maxph, &nspans);
	cue_array = cues != NULL ? makeArrayResult(cues, c->rowcxt) :
		PointerGetDatum(construct_empty_array(TEXTOID));

	for (mi = 0; mi < c->nmarks; mi++)
	{
		const TmMark *m = &c->marks[mi];
		TmMatch		best;
		bool		evidence;
		bool		translit = false;
		bool		homoglyph = false;
		const char *kind;
		double		score;
		bool		referential = false;
		int			k;
		Datum		values[9];
		bool		nulls[9];
		uint32		so;
		uint32		eo;

		/* the mark's classes and jurisdictions */
		if (nice > 0 && !m->classes[nice])
			continue;
		if (jurs != NULL && m->njur > 0)
		{
			for (k = 0; k < m->njur; k++)
				if (strcmp(m->jur[k], jurs) == 0)
					break;
			if (k == m->njur)
				continue;
		}

		tm_best(m, spans, nspans, &best);
		if (!best.found)
			continue;

		evidence = cue_found;
		for (k = 1; k < TM_NCLASS && !evidence; k++)
			if (class_evidence[k] && m->classes[k])
				evidence = true;
		for (k = best.first; k <= best.last; k++)
		{
			if (w[k].w.origin == BK_TRANSLIT)
				translit = true;
			else if (w[k].w.origin == BK_HOMOGLYPH ||
					 (w[k].w.flags & (BK_F_DIGITS | BK_F_WIDTH)) != 0)
				homoglyph = true;
		}
		if (best.dist > 0)
		{
			char		ph[2 * TM_MAX_PH + 1];
			char		first[TM_MAX_PH + 1];
			int			n = Min(w[best.first].len, TM_MAX_PH);

			memcpy(first, w[best.first].key, n);
			bk_phonetic(first, n, ph);
			/* a typo keeps the mark's first letter; any distance needs evidence */
			if (!evidence || (!translit && ph[0] != m->ph[0]))
				continue;
		}
		if (m->ordinary && !evidence)
			continue;
		score = 1.0 - best.dist / (double) m->phlen;
		if (score < prov_trademark_threshold)
			continue;

		if (translit)
			kind = "transliteration";
		else if (homoglyph)
			kind = "homoglyph";
		else if (best.last - best.first + 1 != m->nwords || best.prefix)
			kind = "spacing";
		else if (best.dist > 0)
			kind = "typo";
		else
			kind = "exact";

		for (i = 0; i < c->nterms && !referential; i++)
		{
			const TmTerm *t = &c->terms[i];
			int			at;

			if (t->kind == TK_REF_BEFORE)
			{
				for (at = best.first - t->nwords; at >= best.first - t->nwords - 2 && at >= 0; at--)
					if (tm_term_at(t, w, nw, at))
						referential = true;
			}
			else if (t->kind == TK_REF_AFTER)
			{
				for (at = best.last + 1; at <= best.last + 3 && at < nw; at++)
					if (tm_term_at(t, w, nw, at))
						referential = true;
			}
		}

		memset(nulls, 0, sizeof(nulls));
		so = w[best.first].w.src_off;
		eo = w[best.last].w.src_off + w[best.last].w.src_len;
		values[0] = CStringGetTextDatum(m->mark);
		values[1] = CStringGetTextDatum(m->holder);
		values[2] = PointerGetDatum(cstring_to_text_with_len(VARDATA_ANY(listing) + so, eo - so));
		values[3] = Float4GetDatum((float4) score);
		values[4] = CStringGetTextDatum(kind);
		values[5] = BoolGetDatum(referential);
		values[6] = cue_array;
		if (seller == NULL)
			nulls[7] = true;
		else
			values[7] = BoolGetDatum(tm_seller_authorized(c, m, seller, jur));
		if (!has_gtin || m->nprefix == 0)
			nulls[8] = true;
		else
			values[8] = BoolGetDatum(tm_gtin_matches(m, gtin));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	MemoryContextSwitchTo(old);
	return (Datum) 0;
}
