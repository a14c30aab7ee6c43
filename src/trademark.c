/*
 * trademark.c
 *		trademark_check(listing, seller, gtin, jurisdiction, nice_class):
 *		the registered marks a marketplace listing names, through disguise.
 *
 * The listing's brand key (brand_key.c) has one word per word of the
 * listing, with where it came from (Latin, look-alike letters,
 * transliteration).  Every run of up to TM_MAX_SPAN consecutive words,
 * joined without spaces (and, for a transliterated word, also without a
 * case ending: Самсунга, ადიდასის), is compared with every registered
 * mark: by plain Damerau-Levenshtein distance on the keys (typos), and by
 * weighted distance on the matching forms (bk_phonetic: sound-alike
 * spellings equal, vowels at half cost) for readings of another spelling
 * system, Latin words also as Turkish/Azerbaijani spell foreign names
 * (q = g, x = h, c = dz, ç = ch: Leqo, Xuavey, QUÇÇI).  A mark's best run
 * matches when:
 *
 *	- the matching forms are equal, and the keys too, or the words were
 *	  transliterated, or the run reads as one of the mark's registered
 *	  aliases (戴森 for Dyson) or, for an acronym, as its letter names
 *	  (ДжиБиЭль, Cey Bi El): exact (or spacing, homoglyph, transliteration
 *	  by how the words were written);
 *	- or, for Latin words, the plain distance is at most 1 for marks of 5
 *	  to 8 letters and 2 from 9, the first letter being the mark's, a
 *	  keyboard neighbour of it, or swapped with the second: typo; marks of
 *	  3 or 4 letters allow only a neighbouring key, a swap of two letters
 *	  or a doubled letter (Bpse, JLB, JBBL), and marks of 4 letters also
 *	  any letter added after the first or changed, a slip that needs more
 *	  (see below: Nikve, Sonmy);
 *	- or the weighted distance is at most 1 for marks of 4 or 5 letters,
 *	  1.5 for 6 to 8 and 2.5 from 9 (0 for words read from Chinese), the
 *	  first sound is the mark's (both vowels, the same consonant, or a
 *	  cluster one spelling drops: Ксиаоми, Сяоми), and the consonants are
 *	  kept: transliteration (Дайсон, Nayk, Ayfon);
 *	- a run that is exactly one mark, or a word of such a run, is never a
 *	  near miss of another; a term of trademark_term (cue, referential,
 *	  product or ordinary word of the same script: new, новый, жаңа) is
 *	  never a near miss; a near miss has no more words than the mark,
 *	  unless it is transliterated (Эйр Подс);
 *	- a single word may also start with the mark followed by digits or by
 *	  4 letters or more (iPhone15, DysonV11), or by a model the key read
 *	  as letters (Xiaomi14T), for marks of 5 letters or more, by 2 digits
 *	  or more for shorter ones (Bose700): spacing;
 *	- in a second reading of the listing (bk_analyze_opts, BK_READ_LEET)
 *	  every digit and symbol of a word is a letter (Pum4, J81, B()se,
 *	  ßraun): a run with a word the key reads otherwise, equal to the mark
 *	  with l read as i, is an exact reading (homoglyph), and the key's runs
 *	  over its text are no near miss of another mark.
 *
 * Anything but an exact reading (and an exact reading through a case
 * ending or in Chinese, where words are not spaced, but for a Chinese name
 * of 3 characters or more: 妮维雅), and any reading of a
 * mark registered as an ordinary word (Apple, Puma), needs evidence that
 * the listing is about the mark's goods: a product word of one of its
 * Nice classes, a counterfeit cue, the nice_class argument, another mark
 * of the same family read exactly (same holder, or a holder named after
 * it), or, for marks of 5 letters or more, a model code next to the run
 * (RB3447); a one-letter typo of a mark of 7 letters or more needs none.
 * For marks of 5 letters or more, a product line with a number of 1 or 2
 * digits among the 3 words after the run counts as a model too (Baun Series
 * 3); for 3-4 letter marks, a model code or product line right after it;
 * for an exact reading, a referential word (laces for Puma Suede).  A slip
 * of a 4-letter mark (a letter added or changed) is dropped where the
 * listing names another mark (Huawei Pura), and with its first letter
 * changed, like a 5-letter mark with another first letter (not a
 * keyboard neighbour: Givea), counts only with a cue (Sike реплика).
 * Nor do these need evidence: a close respelling in another script (every
 * word transliterated, not from Chinese, a mark of 5 letters or more, one
 * vowel away, two edits from 9 letters: Дайсон, ლუი ვიტონი), and an exact
 * reading of an ordinary-word mark through a disguise (look-alike letters,
 * digits, symbols, fullwidth, letter by letter: Pum4, P♥u♥m♥a).
 * Georgian's -ი, -ს, -ის, -ები on a foreign name are the name (როლექსი,
 * ნივეას); Greek words are read as the foreign names they spell (μπ b,
 * ντ d, γκ g, χ h, τσ ch, τζ j, β v, ου and γου w: Ντάισον, Λιβάις,
 * Χουαγουέι); a mark ending in a consonant and a
 * silent e is also read without it, one vowel away (Epl, Айфон).  Typos
 * of marks of 5 letters or more may drop the first letter (YSON), of 6 or
 * more replace it (Menovo); a 3-4 letter mark may gain a key next to a
 * neighbouring letter (nbike), and in Latin lose or gain only a vowel (Sny,
 * Bosie; not Sun for Sony).
 * So ordinary words one letter from a mark (Tyson, Bison, Dixon for Dyson;
 * Phillips screwdrivers) are not matches unless the listing sells the
 * mark's goods.  The score is 1 - distance /
 * length and must reach provenance.trademark_threshold.
 *
 * referential: a referential_before term right before the run (or with
 * one product word between: "чехол для наушников AirPods"), or a
 * referential_after term within the 6 words after it (the model comes
 * between: "Casio G-Shock GA-2100 üçün qayış").  Cue and product terms
 * also match inflected forms (a listing word that starts with the term's
 * last word, or shares all but its last two letters with it).
 *
 * The registry (trademark, trademark_term) is read with SPI once per query
 * and snapshot (snapcache.h) and kept with its keys in fn_extra.
 * seller_authorized asks authorized_seller (through the trust store for
 * signed authorizations) once per mark, seller and jurisdiction, and keeps
 * the answer with the registry.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
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
#define TM_MAX_ALTS		8		/* letter-name readings of an acronym */

/* Term kinds of trademark_term */
enum
{
	TK_CUE, TK_REF_BEFORE, TK_REF_AFTER, TK_PRODUCT, TK_ORDINARY
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
	char	   *plain;			/* the key without spaces */
	int			plen;
	char	   *plain_il;		/* ... with l read as i */
	char	   *ph;				/* matching form of the key */
	int			phlen;
	char	   *ph_mute;		/* ... without a silent final e (Apple as
								 * apl), for marks of 5 letters or more
								 * ending in a consonant and e; or NULL */
	int			ph_mutelen;
	int			nwords;			/* words of the mark's key */
	int			nalts;			/* an acronym's readings as letter names */
	char	   *alts[TM_MAX_ALTS];	/* ... their matching forms */
	int			naliases;		/* other registered forms */
	char	  **aliases;		/* ... their matching forms */
	bool		exact_here;		/* scratch: read exactly in this listing */
} TmMark;

/* A term: its kind and its key, as words */
typedef struct TmTerm
{
	char	   *term;
	int			kind;
	int			nice_class;
	bool		translit;		/* written in another script than Latin */
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
	HTAB	   *sellers;		/* answers of tm_seller_authorized, in datacxt */
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
	bool		term;			/* a term: never part of a mark */
	bool		product;		/* a product word (of any class) */
	bool		cedilla;		/* its c are all ç in the listing (QUÇÇI:
								 * Turkish and Azerbaijani ch) */
} TmWord;

/* How a run reads as a mark */
typedef enum TmHow
{
	TM_EXACT,					/* equal keys (or transliterated, equal forms) */
	TM_PREFIX,					/* a word starting with the mark */
	TM_TYPO,					/* plain distance */
	TM_RESPELL,					/* weighted distance on matching forms */
	TM_SLIP,					/* a 4-letter mark with a letter added or
								 * changed (tm_short_slip) */
	TM_SLIP_START				/* ... its first letter changed */
} TmHow;

/* The best run found for a mark */
typedef struct TmMatch
{
	bool		found;
	double		score;
	double		dist;
	int			first;			/* words first..last */
	int			last;
	TmHow		how;
	bool		stripped;		/* a case ending was taken off (not a
								 * Georgian word) */
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
tm_key_opts(const char *s, size_t len, int opts, bk_word **words, int *nwords)
{
	char	   *key;
	size_t		keylen;
	bk_word    *w;
	int			nw;
	char	   *pkey;
	bk_word    *pw;

	brand_analyze_opts(s, len, opts, &key, &keylen, &w, &nw);
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

/* tm_key_opts without options: the brand key */
static char *
tm_key(const char *s, size_t len, bk_word **words, int *nwords)
{
	return tm_key_opts(s, len, 0, words, nwords);
}

/*
 * tm_greek_reading
 *		Greek writes the b, d and g of foreign names as μπ, ντ, γκ, their h
 *		as χ, their ch (and the cc of Gucci) as τσ, their j as τζ, their w
 *		as ου between vowels or γου before one (Ντάισον, Αντίντας, Γκούτσι,
 *		Χουαουέι, Χουαγουέι, Τζέι), and β is their v (Λιβάις, Νιβέα); the
 *		brand key reads those letter by letter (ntaison, antintas, nkoutsi,
 *		chouaouei, libais).  Rewrites the transliterated key key[0..*len) as the
 *		foreign name it spells (daison, adidas, guchi, huawei), in place:
 *		it never grows.
 */
static void
tm_greek_reading(char *key, int *len)
{
	int			n = 0;
	int			i;

	for (i = 0; i < *len; i++)
	{
		char		ch = key[i];
		char		nx = i + 1 < *len ? key[i + 1] : '\0';

		if (ch == 'c' && nx == 'h')
		{
			key[n++] = 'h';
			i++;
		}
		else if (ch == 't' && nx == 's')
		{
			key[n++] = 'c';
			key[n++] = 'h';
			i++;
		}
		else if (ch == 'n' && nx == 't')
		{
			key[n++] = 'd';
			i++;
		}
		else if (ch == 'm' && nx == 'p')
		{
			key[n++] = 'b';
			i++;
		}
		else if ((ch == 'n' || ch == 'g') && nx == 'k')
		{
			key[n++] = 'g';
			i++;
		}
		else if (ch == 't' && nx == 'z')
		{
			/* τζ: j (Τζέι Μπι Ελ for JBL) */
			key[n++] = 'd';
			key[n++] = 'z';
			i++;
		}
		else if (ch == 'g' && nx == 'o' && i + 3 < *len && key[i + 2] == 'u' &&
				 strchr("aeiou", key[i + 3]) != NULL)
		{
			/* γου before a vowel: w (Χουαγουέι for Huawei) */
			key[n++] = 'w';
			i += 2;
		}
		else if (ch == 'b')
		{
			/* β is v; a foreign b is μπ (Λιβάις, Βιτόν, Νιβέα) */
			key[n++] = 'v';
		}
		else if (ch == 'o' && nx == 'u')
		{
			bool		between = n > 0 && strchr("aeio", key[n - 1]) != NULL &&
				i + 2 < *len && strchr("aeiou", key[i + 2]) != NULL;

			key[n++] = between ? 'w' : 'u';
			i++;
		}
		else
			key[n++] = ch;
	}
	key[n] = '\0';
	*len = n;
}

/*
 * tm_words
 *		The words of a listing read with bk_analyze_opts options opts, as
 *		TmWords in the current context (Greek words as the foreign names
 *		they spell: tm_greek_reading).
 */
static TmWord *
tm_words(const char *s, size_t len, int opts, int *nwords)
{
	bk_word    *bw;
	int			nw;
	char	   *key = tm_key_opts(s, len, opts, &bw, &nw);
	TmWord	   *w = palloc0(sizeof(TmWord) * (nw > 0 ? nw : 1));
	int			i;

	for (i = 0; i < nw; i++)
	{
		w[i].key = pnstrdup(key + bw[i].key_off, bw[i].key_len);
		w[i].len = (int) bw[i].key_len;
		w[i].w = bw[i];
		if (bw[i].origin == BK_TRANSLIT && (bw[i].flags & BK_F_GREEK) != 0)
			tm_greek_reading(w[i].key, &w[i].len);
		/* ç (UTF-8 c3 a7, Ç c3 87) and no plain c */
		if (bw[i].src_off + bw[i].src_len <= len)
		{
			const char *src = s + bw[i].src_off;
			uint32		k;
			bool		ced = false;
			bool		plain = false;

			for (k = 0; k < bw[i].src_len; k++)
			{
				if (src[k] == 'c' || src[k] == 'C')
					plain = true;
				else if ((unsigned char) src[k] == 0xc3 && k + 1 < bw[i].src_len &&
						 ((unsigned char) src[k + 1] == 0xa7 ||
						  (unsigned char) src[k + 1] == 0x87))
					ced = true;
			}
			w[i].cedilla = ced && !plain;
		}
	}
	*nwords = nw;
	return w;
}

/* A copy of s[0..len) with l read as i (l, I and 1 look alike), palloc'd */
static char *
tm_il(const char *s, int len)
{
	char	   *out = pnstrdup(s, len);
	int			i;

	for (i = 0; i < len; i++)
		if (out[i] == 'l')
			out[i] = 'i';
	return out;
}

/* The key words of s as separate strings (for terms) */
static char **
tm_key_words(const char *s, int *n, bool *translit)
{
	bk_word    *w;
	int			nw;
	char	   *key = tm_key(s, strlen(s), &w, &nw);
	char	  **out = palloc(sizeof(char *) * (nw > 0 ? nw : 1));
	int			i;

	*translit = false;
	for (i = 0; i < nw; i++)
	{
		out[i] = pnstrdup(key + w[i].key_off, w[i].key_len);
		if (w[i].origin == BK_TRANSLIT)
			*translit = true;
	}
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

/*
 * Letter names as a transliteration of their Russian spelling gives them
 * (Джей, Би, Эль: "dzej", "bi", "el"), and for J also as Georgian and
 * Turkish write it (ჯეი, ჯი: "jei", "ji"), up to four per letter.
 */
#define TM_LETTER_NAMES	4

static const char *const tm_letter_names[26][TM_LETTER_NAMES] = {
	{"ej"}, {"bi"}, {"si"}, {"di"}, {"i"},
	{"ef"}, {"dzi"}, {"ejc", "ejch"}, {"aj"},
	{"dzej", "dzi", "jei", "ji"}, {"kej"}, {"el"}, {"em"},
	{"en"}, {"ou", "o"}, {"pi"}, {"kju"}, {"ar"},
	{"es"}, {"ti"}, {"ju"}, {"vi"},
	{"dablju", "dabl ju"}, {"eks"}, {"uaj"}, {"zed", "zi"}
};

/* How many names letter L (A-Z) has */
static int
tm_letter_count(char L)
{
	int			n = 0;

	while (n < TM_LETTER_NAMES && tm_letter_names[L - 'A'][n] != NULL)
		n++;
	return n;
}

/*
 * tm_acronym_readings
 *		For a mark written as an acronym (one word of 2 to 4 capital
 *		letters: JBL, LG), the matching forms of its letters read by name
 *		(ДжиБиЭль, Джей Би Эл, ჯიბიელ), at most TM_MAX_ALTS, in the current
 *		context.
 */
static void
tm_acronym_readings(TmMark *m)
{
	const char *p;
	int			n = 0;
	int			combos = 1;
	int			k;

	m->nalts = 0;
	for (p = m->mark; *p; p++)
	{
		if (*p < 'A' || *p > 'Z')
			return;
		n++;
	}
	if (n < 2 || n > 4)
		return;
	for (p = m->mark; *p; p++)
		combos *= tm_letter_count(*p);
	for (k = 0; k < combos && m->nalts < TM_MAX_ALTS; k++)
	{
		char		reading[64];
		char	   *ph;
		int			rest = k;

		reading[0] = '\0';
		for (p = m->mark; *p; p++)
		{
			int			names = tm_letter_count(*p);

			strlcat(reading, tm_letter_names[*p - 'A'][rest % names], sizeof(reading));
			rest /= names;
		}
		ph = palloc(2 * strlen(reading) + 1);
		bk_phonetic(reading, strlen(reading), ph);
		m->alts[m->nalts++] = ph;
	}
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
							   "SELECT mark, holder, nice_classes, jurisdictions, company_prefixes, ordinary_word, aliases"
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
		m->plain = palloc(strlen(key) + 1);
		m->plen = 0;
		for (j = 0; key[j]; j++)
			if (key[j] != ' ')
				m->plain[m->plen++] = key[j];
		m->plain[m->plen] = '\0';
		m->plain_il = tm_il(m->plain, m->plen);
		m->ph = palloc(2 * strlen(key) + 1);
		m->phlen = (int) bk_phonetic(key, strlen(key), m->ph);
		m->ph_mute = NULL;
		m->ph_mutelen = 0;
		if (m->plen >= 5 && m->plain[m->plen - 1] == 'e' &&
			strchr("aeiouy", m->plain[m->plen - 2]) == NULL)
		{
			m->ph_mute = palloc(2 * m->plen + 1);
			m->ph_mutelen = (int) bk_phonetic(m->plain, m->plen - 1, m->ph_mute);
		}
		if (m->phlen == 0 || m->phlen > TM_MAX_PH)
			continue;			/* nothing to look for */
		tm_acronym_readings(m);
		{
			char	  **al = tm_text_array(tup, desc, 7, &m->naliases);

			m->aliases = palloc(sizeof(char *) * (m->naliases > 0 ? m->naliases : 1));
			for (j = 0; j < m->naliases; j++)
			{
				bk_word    *aw;
				int			anw;
				char	   *akey = tm_key(al[j], strlen(al[j]), &aw, &anw);

				m->aliases[j] = palloc(2 * strlen(akey) + 1);
				if ((int) bk_phonetic(akey, strlen(akey), m->aliases[j]) > c->maxph)
					c->maxph = (int) strlen(m->aliases[j]);
			}
		}
		for (j = 0; j < m->nalts; j++)
			if ((int) strlen(m->alts[j]) > c->maxph)
				c->maxph = (int) strlen(m->alts[j]);
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
			strcmp(kind, "referential_after") == 0 ? TK_REF_AFTER :
			strcmp(kind, "product") == 0 ? TK_PRODUCT : TK_ORDINARY;
		t->nice_class = isnull ? 0 : DatumGetInt32(d);
		t->words = tm_key_words(t->term, &t->nwords, &t->translit);
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
		c->sellers = NULL;
		tm_load(c);
		snapcache_tag(&c->tag, snap, c->datacxt);
	}
	return c;
}

/* ---------------------------------------------------------------------
 * reading a listing
 * ---------------------------------------------------------------------
 */

static bool tm_word_is(const TmWord *w, const char *tk, bool inflect);
static bool tm_script_respelling(const TmMark *m, const TmWord *w, const TmMatch *b);
static bool tm_disguised(const TmMark *m, const TmWord *w, const TmMatch *b);

/* Does term t occur at listing word i?  (its last word maybe inflected) */
static bool
tm_term_at(const TmTerm *t, const TmWord *w, int nw, int i)
{
	int			k;

	if (i < 0 || i + t->nwords > nw)
		return false;
	for (k = 0; k < t->nwords; k++)
		if (!tm_word_is(&w[i + k], t->words[k],
						k == t->nwords - 1 && (t->kind == TK_CUE || t->kind == TK_PRODUCT)))
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

/* Plain distance allowed for a typo of a mark of plain length L */
static double
tm_typo_allowed(int L)
{
	return L <= 4 ? 0 : (L <= 8 ? 1 : 2);
}

/* Weighted distance allowed for another spelling of a mark of form length L */
static double
tm_respell_allowed(int L)
{
	return L <= 3 ? 0 : (L <= 5 ? 1 : (L <= 8 ? 1.5 : 2.5));
}

/*
 * Letters a Latin respelling of a mark of plain length L may add or drop:
 * 1, a third of the mark from 9 letters (Lui Viton for Louis Vuitton)
 */
static int
tm_latin_len_allowed(int L)
{
	return L >= 9 ? L / 3 : 1;
}

static bool tm_keys_touch(char a, char b);

/*
 * tm_typo_start
 *		Could a typo of mark m (plain key) start like run s?  The same first
 *		letter, the first two letters swapped (Ixaomi), or a first letter
 *		that is the mark's neighbour on a QWERTY keyboard (hucci, graun);
 *		not a first letter from across the keyboard (Tyson, Bison, Nixon
 *		for Dyson), which makes another word.  A mark of 5 letters or more
 *		may lose its first letter (yson, iaomi: no word), one of 6 or more
 *		have it replaced when the rest is the mark's (Menovo, Bphone).
 */
static bool
tm_typo_start(const char *s, int slen, const char *m, int mlen)
{
	if (slen == 0 || mlen == 0)
		return false;
	if (s[0] == m[0])
		return true;
	if (slen > 1 && mlen > 1 && s[0] == m[1] && s[1] == m[0])
		return true;
	/* a mark of 5 letters or more without its first letter (yson, iaomi) */
	if (mlen >= 5 && slen == mlen - 1 && memcmp(s, m + 1, slen) == 0)
		return true;
	/* ... of 6 or more with another first letter only (Menovo, Bphone) */
	if (mlen >= 6 && slen == mlen && memcmp(s + 1, m + 1, slen - 1) == 0)
		return true;
	return tm_keys_touch(s[0], m[0]);
}

/* Are keys a and b neighbours on a QWERTY keyboard? */
static bool
tm_keys_touch(char a, char b)
{
	static const char *const rows[] = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
	int			r1 = -1;
	int			c1 = -1;
	int			r2 = -1;
	int			c2 = -1;
	int			r;

	for (r = 0; r < 3; r++)
	{
		const char *p;

		if ((p = strchr(rows[r], a)) != NULL)
		{
			r1 = r;
			c1 = (int) (p - rows[r]);
		}
		if ((p = strchr(rows[r], b)) != NULL)
		{
			r2 = r;
			c2 = (int) (p - rows[r]);
		}
	}
	if (r1 < 0 || r2 < 0)
		return false;
	if (r1 == r2)
		return abs(c1 - c2) == 1;
	if (abs(r1 - r2) == 1)
	{
		int			upper = r1 < r2 ? c1 : c2;
		int			lower = r1 < r2 ? c2 : c1;

		return lower == upper || lower == upper - 1;
	}
	return false;
}

/*
 * tm_fat_finger
 *		Is s the mark m with one key hit next to the right one, two
 *		neighbouring letters swapped, one letter doubled, or a key next to
 *		a neighbouring letter's hit too?  For short
 *		marks, where any other edit makes an ordinary word (Nice, Bike for
 *		Nike).
 */
static bool
tm_fat_finger(const char *s, int slen, const char *m, int mlen)
{
	int			i;
	int			diff = -1;

	if (slen == mlen + 1)
	{
		/*
		 * one letter doubled (JBBL, Sonny), or a key inserted that
		 * touches the letter before or after it (Nikm, BVOSE, nbike)
		 */
		for (i = 0; i < mlen; i++)
			if (s[i] != m[i])
				break;
		if (strcmp(s + i + 1, m + i) != 0)
			return false;
		return (i > 0 && s[i] == s[i - 1]) ||
			(i > 0 && tm_keys_touch(s[i], s[i - 1])) ||
			(i < mlen && tm_keys_touch(s[i], s[i + 1]));
	}
	if (slen != mlen)
		return false;
	for (i = 0; i < slen; i++)
		if (s[i] != m[i])
		{
			if (diff >= 0)
			{
				/* a second difference: only a swap of i-1 and i */
				return diff == i - 1 && s[diff] == m[i] && s[i] == m[diff] &&
					strncmp(s + i + 1, m + i + 1, slen - i - 1) == 0;
			}
			diff = i;
		}
	return diff >= 0 && tm_keys_touch(s[diff], m[diff]);
}

/*
 * tm_short_slip
 *		Is s the 4-letter mark m with one letter added after its first
 *		(Nikve, BOSQE, Legso, NIKEK) or one letter changed (Sonmy, Soay,
 *		NOKE; *start: the first, Kony, Sike)?  Such slips make everyday
 *		words as often as not (Nice, Song, Base), so they count only with
 *		the mark's goods or a cue, and a changed first letter only with a
 *		cue (trademark_check).
 */
static bool
tm_short_slip(const char *s, int slen, const char *m, int mlen, bool *start)
{
	int			i;
	int			diff = -1;

	*start = false;
	if (mlen != 4)
		return false;
	if (slen == mlen + 1)
	{
		for (i = 0; i < mlen; i++)
			if (s[i] != m[i])
				break;
		return i > 0 && memcmp(s + i + 1, m + i, mlen - i) == 0;
	}
	if (slen != mlen)
		return false;
	for (i = 0; i < slen; i++)
		if (s[i] != m[i])
		{
			if (diff >= 0)
				return false;
			diff = i;
		}
	*start = diff == 0;
	return diff >= 0;
}

/* Do two matching forms start with the same sound (both vowels, or one consonant)? */
static bool
tm_same_start(const char *a, const char *b)
{
	bool		va = a[0] != '\0' && strchr("aeiou", a[0]) != NULL;
	bool		vb = b[0] != '\0' && strchr("aeiou", b[0]) != NULL;

	if (a[0] == '\0' || b[0] == '\0')
		return false;
	if (va && vb)
		return true;
	if (a[0] == b[0] || (a[0] == 'l' && b[0] == 'i') || (a[0] == 'i' && b[0] == 'l'))
		return true;
	/* a cluster one spelling drops: Xiaomi (s-) as Ксиаоми (ks-), or back */
	if (!va && !vb && b[1] != '\0' && a[0] == b[1] && strchr("aeiou", b[1]) == NULL)
		return true;
	return !va && !vb && a[1] != '\0' && a[1] == b[0] && strchr("aeiou", a[1]) == NULL;
}

/*
 * tm_devoiced
 *		The voiceless partner of a voiced consonant (b p, d t, g k, v f):
 *		Russian and Kazakh devoice consonants at the end of a word and
 *		before voiceless ones, and transliterations write what is heard
 *		(Аирпотс for AirPods).
 */
static char
tm_devoiced(char ch)
{
	switch (ch)
	{
		case 'b':
			return 'p';
		case 'd':
			return 't';
		case 'g':
			return 'k';
		case 'v':
			return 'f';
		default:
			return ch;
	}
}

/*
 * tm_consonants_kept
 *		Does another spelling a keep the consonants of b?  Their consonant
 *		skeletons (l counts as a vowel: it stands for i and 1 in disguises;
 *		voiced and voiceless partners count as one) are equal, or differ by a first consonant one spelling drops
 *		(Сяоми, Ксяоми for Xiaomi); for long marks (one_more) one consonant
 *		may differ.
 */
static bool
tm_consonants_kept(const char *a, int alen, const char *b, int blen, bool one_more)
{
	char		ca[TM_MAX_PH * 2 + 1];
	char		cb[TM_MAX_PH * 2 + 1];
	int			na = 0;
	int			nb = 0;
	int			i;

	for (i = 0; i < alen && na < TM_MAX_PH * 2; i++)
		if (strchr("aeioul", a[i]) == NULL)
			ca[na++] = tm_devoiced(a[i]);
	for (i = 0; i < blen && nb < TM_MAX_PH * 2; i++)
		if (strchr("aeioul", b[i]) == NULL)
			cb[nb++] = tm_devoiced(b[i]);
	if (na == nb && memcmp(ca, cb, na) == 0)
		return true;
	if ((na + 1 == nb && memcmp(ca, cb + 1, na) == 0) ||
		(nb + 1 == na && memcmp(ca + 1, cb, nb) == 0))
		return true;
	return one_more && bk_distance(ca, na, cb, nb, 1, false) <= 1;
}

/*
 * Case endings and suffixes of Russian, Kazakh and Georgian as
 * transliteration writes them, longest first (only the longest that fits
 * is taken off, leaving at least 3 letters).
 */
static const char *const tm_endings[] = {
	"ovskogo", "ovskaya", "ovskij", "ovskie", "ovskij", "skogo", "skaya",
	"skij", "skie", "chik", "cik", "ami", "ov", "om", "am", "ah", "oj", "ej",
	"ym", "im", "ya", "yu", "nyn", "nin", "dyn", "din", "tyn", "tin", "men",
	"ben", "pen", "ebi", "is", "ga", "ge", "ka", "ke", "da", "de", "ta",
	"te", "a", "u", "y", "i", "e", "s",
	NULL
};

/* A run of listing words first..last */
typedef struct TmSpan
{
	int			first;
	int			last;
	char	   *plain;			/* keys joined */
	int			plen;
	char	   *ph;				/* matching form */
	int			phlen;
	bool		translit;		/* a word of it was transliterated */
	bool		han;			/* ... from Chinese */
	bool		all_translit;	/* every word of it was */
	bool		term;			/* a word of it is a term */
	bool		claimed;		/* a word of it is in an exact reading */
	bool		stripped;		/* a case ending was taken off */
	bool		adjective;		/* ... an adjective's -sk- without -ov-
								 * (женская: the stem is no name) */
	bool		nominative;		/* ... of a Georgian word: the -ი Georgian
								 * adds to a foreign name (როლექსი), -ს,
								 * -ის of its cases (ნივეას), -ები of its
								 * plural: the name itself (not -ა:
								 * სონია is Sonia) */
	int			exact_mark;		/* the mark it reads exactly, or -1 */
	char	   *tph;			/* matching form read with Turkic Latin
								 * spelling (q = g, x = h, c = dz), or NULL
								 * when that changes nothing */
	int			tphlen;
	char	   *gph;			/* matching form with the f of Georgian ფ
								 * read as p (ეფლი for Apple), or NULL */
	bool		georgian;		/* a word of it was Georgian */
	int			wflags;			/* BK_F_* of its words, ORed */
} TmSpan;

/*
 * tm_georgian_form
 *		Set s->gph: Georgian writes both the f and the p of foreign names
 *		with ფ, which brand keys read as f (ფილიპსი for Philips); for a run
 *		with Georgian words, its matching form with every f read as p too
 *		(ეფლი for Apple).  NULL when the run has no Georgian word or no f.
 */
static void
tm_georgian_form(TmSpan *s)
{
	int			i;

	s->gph = NULL;
	if (!s->georgian || memchr(s->ph, 'f', s->phlen) == NULL)
		return;
	s->gph = pnstrdup(s->ph, s->phlen);
	for (i = 0; i < s->phlen; i++)
		if (s->gph[i] == 'f')
			s->gph[i] = 'p';
}

/*
 * tm_turkic_form
 *		The matching form of the Latin key key[0..len) read as Turkish and
 *		Azerbaijani spell foreign names (q for g, x for h, c for the j of
 *		"jay": Leqo, Semsunq, Xuavey, Cey Bi El), palloc'd; NULL when the
 *		key has none of those letters.
 */
static char *
tm_turkic_form(const char *key, int len, bool cedilla, int *outlen)
{
	char	   *re;
	char	   *ph;
	int			n = 0;
	int			i;

	if (memchr(key, 'q', len) == NULL && memchr(key, 'x', len) == NULL &&
		memchr(key, 'c', len) == NULL)
		return NULL;
	re = palloc(2 * len + 1);
	for (i = 0; i < len; i++)
	{
		if (key[i] == 'q')
			re[n++] = 'g';
		else if (key[i] == 'x')
			re[n++] = 'h';
		else if (key[i] == 'c')
		{
			/* c is dz, but ç is ch (QUÇÇI, Quçi for Gucci) */
			re[n++] = cedilla ? 'c' : 'd';
			re[n++] = cedilla ? 'h' : 'z';
		}
		else
			re[n++] = key[i];
	}
	ph = palloc(2 * n + 1);
	*outlen = (int) bk_phonetic(re, n, ph);
	return ph;
}

/*
 * tm_spans
 *		Every run of up to TM_MAX_SPAN words whose matching form is at
 *		most maxph + 3 long (longer runs cannot match any mark), in the
 *		current context.
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
		bool		han = false;
		int			j;

		bool		term = false;
		bool		all_translit = true;
		bool		georgian = false;
		bool		any_cedilla = false;
		bool		plain_c = false;
		bool		cedilla = false;
		int			wflags = 0;

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
			else
				all_translit = false;
			if (w[j].w.flags & BK_F_HAN)
				han = true;
			if (w[j].w.flags & BK_F_GEORGIAN)
				georgian = true;
			wflags |= w[j].w.flags;
			if (w[j].term)
				term = true;
			/* every c of the run a ç (a word with a c and none clears it) */
			if (w[j].cedilla)
				any_cedilla = true;
			else if (memchr(w[j].key, 'c', w[j].len) != NULL)
				plain_c = true;
			cedilla = any_cedilla && !plain_c;
			ph = palloc(2 * jlen + 1);
			phlen = (int) bk_phonetic(joined, jlen, ph);
			if (n == cap)
			{
				cap *= 2;
				sp = repalloc(sp, sizeof(TmSpan) * cap);
			}
			sp[n].first = i;
			sp[n].last = j;
			sp[n].plain = pnstrdup(joined, jlen);
			sp[n].plen = jlen;
			sp[n].ph = ph;
			sp[n].phlen = phlen;
			sp[n].translit = translit;
			sp[n].han = han;
			sp[n].term = term;
			sp[n].claimed = false;
			sp[n].stripped = false;
			sp[n].adjective = false;
			sp[n].nominative = false;
			sp[n].all_translit = all_translit;
			sp[n].exact_mark = -1;
			sp[n].tph = tm_turkic_form(joined, jlen, cedilla, &sp[n].tphlen);
			sp[n].georgian = georgian;
			sp[n].wflags = wflags;
			tm_georgian_form(&sp[n]);
			n++;

			/*
			 * A word of another script may carry a case ending or a
			 * suffix (Эпплом, Брауна, адидасовский, ადიდასის): the run
			 * without the ending of its last word is a run too (ლუი
			 * ვიტონის).
			 */
			if (w[j].w.origin == BK_TRANSLIT)
			{
				int			e;

				for (e = 0; tm_endings[e] != NULL; e++)
				{
					int			el = (int) strlen(tm_endings[e]);

					if (w[j].len - el < 3 || strcmp(joined + jlen - el, tm_endings[e]) != 0)
						continue;
					if (n == cap)
					{
						cap *= 2;
						sp = repalloc(sp, sizeof(TmSpan) * cap);
					}
					sp[n] = sp[n - 1];
					sp[n].plain = pnstrdup(joined, jlen - el);
					sp[n].plen = jlen - el;
					sp[n].ph = palloc(2 * (jlen - el) + 1);
					sp[n].phlen = (int) bk_phonetic(sp[n].plain, jlen - el, sp[n].ph);
					sp[n].stripped = true;
					sp[n].adjective = strncmp(tm_endings[e], "sk", 2) == 0;
					sp[n].nominative = (w[j].w.flags & BK_F_GEORGIAN) != 0 &&
						(strcmp(tm_endings[e], "i") == 0 || strcmp(tm_endings[e], "s") == 0 ||
						 strcmp(tm_endings[e], "is") == 0 || strcmp(tm_endings[e], "ebi") == 0);
					tm_georgian_form(&sp[n]);
					n++;
					break;		/* the longest ending only */
				}
			}
			if (phlen > maxph + 3)
				break;
		}
	}
	*nspans = n;
	return sp;
}

/* Is run s an exact reading of mark m (or, transliterated, of its letter names)? */
static bool
tm_exact(const TmMark *m, const TmSpan *s)
{
	int			k;

	if (s->phlen == m->phlen && memcmp(s->ph, m->ph, m->phlen) == 0 &&
		(s->translit || (s->plen == m->plen && memcmp(s->plain, m->plain, m->plen) == 0)))
		return true;
	if (s->all_translit)
		for (k = 0; k < m->nalts; k++)
			if (strcmp(s->ph, m->alts[k]) == 0)
				return true;
	for (k = 0; k < m->naliases; k++)
		if (m->aliases[k][0] != '\0' && strcmp(s->ph, m->aliases[k]) == 0)
			return true;
	return false;
}

/*
 * Keep candidate (score, dist, how) for run s if it beats *best: a higher
 * score; at the same score an exact reading (or a word starting with the
 * mark) before a near miss, which needs evidence (Şanel … Chanel), then
 * fewer words.
 */
static void
tm_consider(TmMatch *best, const TmSpan *s, double score, double dist, TmHow how)
{
	bool		firm = how == TM_EXACT || how == TM_PREFIX;
	bool		best_firm = best->how == TM_EXACT || best->how == TM_PREFIX;
	bool		slip = how == TM_SLIP || how == TM_SLIP_START;
	bool		best_slip = best->how == TM_SLIP || best->how == TM_SLIP_START;

	/* at the same score any other reading before a slip, which needs more */
	if (best->found && score == best->score && best_slip && !slip)
		best->found = false;
	if (best->found &&
		(score < best->score ||
		 (score == best->score && best_firm && !firm) ||
		 (score == best->score && firm == best_firm &&
		  s->last - s->first >= best->last - best->first)))
		return;
	best->found = true;
	best->score = score;
	best->dist = dist;
	best->first = s->first;
	best->last = s->last;
	best->how = how;
	best->stripped = s->stripped && !s->nominative;
}

/*
 * tm_short_latin_ok
 *		May Latin run s at weighted distance d respell mark m?  A mark of 3
 *		or 4 letters written with a letter more or less only when that is
 *		all that changed: a vowel dropped or added (Sny, Nik, Bosie); not
 *		a vowel changed as well (Sun, LOQ read as log: no Sony, no Lego),
 *		but for a case ending of one vowel (Nayki).
 */
static bool
tm_short_latin_ok(const TmMark *m, const TmSpan *s, double d)
{
	if (s->translit || m->plen > 4 || s->plen == m->plen || d <= 0.5)
		return true;
	/* ... or a Turkish or Azerbaijani case ending of one vowel (Nayki) */
	return s->plen == m->plen + 1 && strchr("aeiou", s->plain[s->plen - 1]) != NULL;
}

/*
 * tm_best
 *		The best reading of mark number mi among the runs (fills *best).
 */
static void
tm_best(const TmMark *m, int mi, const TmSpan *sp, int nspans, TmMatch *best)
{
	double		typo_lim = tm_typo_allowed(m->plen);
	double		resp_lim = tm_respell_allowed(m->phlen);
	int			k;

	memset(best, 0, sizeof(*best));
	for (k = 0; k < nspans; k++)
	{
		const TmSpan *s = &sp[k];

		if (s->exact_mark == mi)
		{
			/*
			 * Exact once a case ending is off (Самсунга), or in Chinese,
			 * which has no spaces to tell a word (博士 in 博士伦): a reading
			 * that needs evidence, as a near miss does; but a Chinese name
			 * of three characters or more (妮维雅, 香奈儿) spells the
			 * foreign name sound by sound and is no everyday word.
			 */
			tm_consider(best, s, 1.0, 0,
						(s->stripped && !s->nominative) ||
						(s->han && s->last - s->first < 2) ? TM_RESPELL : TM_EXACT);
			continue;
		}
		/*
		 * one word that starts with the mark: iPhone15, DysonV11, Xiaomi14T
		 * (a model the brand key read as letters); a mark of 3 or 4
		 * letters only before a number (Bose700)
		 */
		if (s->first == s->last && !s->translit && m->plen >= 3 &&
			s->plen > m->plen && memcmp(s->plain, m->plain, m->plen) == 0 &&
			(m->plen >= 5 ?
			 (strpbrk(s->plain + m->plen, "0123456789") != NULL ||
			  s->plen - m->plen >= 4 ||
			  (s->plen - m->plen >= 2 && (s->wflags & BK_F_DIGITS) != 0)) :
			 (s->plen - m->plen >= 2 &&
			  strspn(s->plain + m->plen, "0123456789") == (size_t) (s->plen - m->plen))))
		{
			tm_consider(best, s, 1.0, 0, TM_PREFIX);
			continue;
		}
		if (s->exact_mark >= 0 || s->claimed)
			continue;			/* another mark, read exactly */
		/* a term is no near miss of a mark (case is not Casio) */
		if (s->term)
			continue;
		/* nor are more words than the mark has, but in another script (Эйр Подс) or as letter names */
		if (s->last - s->first + 1 > m->nwords && !s->all_translit &&
			!(m->nalts > 0 && s->tph != NULL))
			continue;

		/* a mark of 3 or 4 letters: one fat-finger key or two swapped (Bpse, JLB) */
		if (!s->translit && !s->stripped && m->plen >= 3 && m->plen <= 4 &&
			tm_fat_finger(s->plain, s->plen, m->plain, m->plen))
		{
			/* the likeliest slips of a finger: half an edit */
			tm_consider(best, s, 1.0 - 0.5 / m->plen, 1, TM_TYPO);
			continue;
		}
		/* ... or another slip of a 4-letter mark, which needs more evidence */
		{
			bool		start;

			if (!s->translit && !s->stripped &&
				tm_short_slip(s->plain, s->plen, m->plain, m->plen, &start))
			{
				tm_consider(best, s, 1.0 - 1.0 / m->plen, 1,
							start ? TM_SLIP_START : TM_SLIP);
			}
		}
		/*
		 * a 5-letter mark with another first letter (Givea, RIVEA): a word as
		 * often (Tyson, Bison for Dyson), so only with a cue, as for 4 letters
		 */
		if (!s->translit && !s->stripped && m->plen == 5 && s->plen == 5 &&
			s->plain[0] != m->plain[0] && memcmp(s->plain + 1, m->plain + 1, 4) == 0 &&
			!tm_keys_touch(s->plain[0], m->plain[0]))
		{
			tm_consider(best, s, 1.0 - 1.0 / m->plen, 1, TM_SLIP_START);
		}
		if (!s->translit && typo_lim > 0 && !s->stripped &&
			tm_typo_start(s->plain, s->plen, m->plain, m->plen) &&
			abs(s->plen - m->plen) <= (int) typo_lim)
		{
			double		d = bk_distance(s->plain, s->plen, m->plain, m->plen,
										typo_lim, false);

			if (d <= typo_lim)
			{
				tm_consider(best, s, 1.0 - d / m->plen, d, TM_TYPO);
				continue;
			}
		}
		/* Turkic Latin spelling: Leqo, Semsunq, Xuavey; Cey Bi El (letter names) */
		if (!s->translit && s->tph != NULL)
		{
			int			k2;
			bool		done = false;

			for (k2 = 0; k2 < m->nalts && !done; k2++)
				if (strcmp(s->tph, m->alts[k2]) == 0)
				{
					tm_consider(best, s, 1.0, 0, TM_RESPELL);
					done = true;
				}
			if (!done && resp_lim > 0 && tm_same_start(s->tph, m->ph) &&
				abs(s->plen - m->plen) <= tm_latin_len_allowed(m->plen) &&
				s->last - s->first + 1 <= m->nwords)
			{
				double		d = bk_distance(s->tph, s->tphlen, m->ph, m->phlen,
											resp_lim, true);

				if (d <= resp_lim && tm_short_latin_ok(m, s, d) &&
					tm_consonants_kept(s->tph, s->tphlen, m->ph, m->phlen, m->phlen >= 9))
				{
					tm_consider(best, s, 1.0 - d / m->phlen, d, TM_RESPELL);
					done = true;
				}
			}
			if (done)
				continue;
		}
		/*
		 * nor, in another spelling, what is left when an adjective's
		 * ending is off (женская is no Sony)
		 */
		if (!s->han && resp_lim > 0 && !s->adjective &&
			abs(s->phlen - m->phlen) <= (int) (2 * resp_lim) + 1 &&
			(s->translit || abs(s->plen - m->plen) <= tm_latin_len_allowed(m->plen)))
		{
			const char *form = s->ph;
			int			f;

			/* the matching form, and for Georgian ფ also read as p */
			for (f = 0; f < 2 && form != NULL; f++, form = s->gph)
			{
				double		d;

				if (!tm_same_start(form, m->ph))
					continue;
				d = bk_distance(form, s->phlen, m->ph, m->phlen, resp_lim, true);

				/*
				 * Another spelling changes vowels more than consonants:
				 * short marks keep every consonant (Найк, Nayk for Nike;
				 * not Boost for Bose), longer ones all but one.
				 */
				if (d <= resp_lim && tm_short_latin_ok(m, s, d) &&
					tm_consonants_kept(form, s->phlen, m->ph, m->phlen, m->phlen >= 9))
					tm_consider(best, s, 1.0 - d / m->phlen, d, TM_RESPELL);
			}
		}
		/*
		 * the mark without its silent final e, as it is said, one vowel
		 * away (Epl, Эппл, Айфон; not epil, which is Silk-épil as well)
		 */
		if (m->ph_mute != NULL && !s->han && !s->adjective &&
			(s->translit || abs(s->plen - (m->plen - 1)) <= tm_latin_len_allowed(m->plen)) &&
			tm_same_start(s->ph, m->ph_mute))
		{
			double		d = bk_distance(s->ph, s->phlen, m->ph_mute, m->ph_mutelen,
										resp_lim, true);

			if (d <= 0.5 &&
				tm_consonants_kept(s->ph, s->phlen, m->ph_mute, m->ph_mutelen, false))
				tm_consider(best, s, 1.0 - d / m->phlen, d, TM_RESPELL);
		}
	}
}

/*
 * tm_script_respelling
 *		Is match b of mark m a close respelling in another script: every
 *		word of it transliterated (not from Chinese, where a syllable is a
 *		word of its own), no case ending taken off from a mark of 5 letters
 *		(Брауни is a brownie; Самсунга, Филипсом are names), the mark of 5
 *		letters or more, and one vowel away (Дайсон), or
 *		two edits from 9 letters (ლუი ვიტონი)?  Such a reading is no
 *		ordinary word of the listing's language and needs no evidence;
 *		closer to a short mark, everyday words are (кожи, және, Релакс).
 */
static bool
tm_script_respelling(const TmMark *m, const TmWord *w, const TmMatch *b)
{
	int			k;

	if (b->how != TM_RESPELL || m->plen < 5 || b->dist > (m->plen >= 9 ? 2 : 0.5))
		return false;
	if (b->stripped && m->plen < 6)
		return false;
	for (k = b->first; k <= b->last; k++)
		if (w[k].w.origin != BK_TRANSLIT || (w[k].w.flags & BK_F_HAN) != 0)
			return false;
	return true;
}

/*
 * tm_disguised
 *		Is the exact reading b of mark m disguised: a word of it written
 *		with look-alike letters of another script, digits or symbols, or
 *		fullwidth forms (Рuma, Ｐｕｍａ), or the mark spelt out letter by
 *		letter over more words than it has (P♥u♥m♥a, A-p-p-l-e)?  Nobody
 *		disguises the animal or the fruit, so an ordinary word read so is
 *		the mark.
 */
static bool
tm_disguised(const TmMark *m, const TmWord *w, const TmMatch *b)
{
	int			k;
	bool		letters = b->last - b->first + 1 > m->nwords;

	for (k = b->first; k <= b->last; k++)
	{
		if (w[k].w.origin == BK_HOMOGLYPH ||
			(w[k].w.flags & (BK_F_DIGITS | BK_F_WIDTH)) != 0)
			return true;
		if (w[k].len > 2)
			letters = false;
	}
	return letters;
}

/*
 * tm_word_is
 *		Does listing word w read as term word tk?  Equal keys, or, when
 *		inflect, an inflected form: w starts with tk (of 4 letters or
 *		more), or shares all of tk but its last two letters (and at least
 *		5), or is as long as a tk of 5 letters with another last letter.
 */
static bool
tm_word_is(const TmWord *w, const char *tk, bool inflect)
{
	size_t		tl = strlen(tk);
	size_t		common = 0;

	if (strcmp(w->key, tk) == 0)
		return true;
	if (!inflect || tl < 4)
		return false;
	while (common < tl && common < (size_t) w->len && w->key[common] == tk[common])
		common++;
	/* ... or, for a word of 5 letters, another last letter (сумка, сумки) */
	return common == tl || (tl >= 5 && common >= 5 && common + 2 >= tl) ||
		(tl == 5 && common == 4 && w->len == 5);
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

/* An answer of tm_seller_authorized (hash entry keyed by a 64-bit hash) */
typedef struct TmSellerAnswer
{
	uint64		hash;			/* hash key: must be first */
	char	   *question;		/* mark, seller and jurisdiction, in datacxt */
	size_t		qlen;
	bool		authorized;
} TmSellerAnswer;

/*
 * tm_seller_authorized
 *		Is seller authorized for m in jurisdiction (NULL: any) now?  Asked of
 *		authorized_seller with SPI (verifying a signed authorization through
 *		the trust store) once per mark, seller and jurisdiction for the
 *		cache's snapshot and transaction; a listing table repeats its
 *		sellers, so later rows find the answer in c->sellers.
 */
static bool
tm_seller_authorized(TmCache *c, const TmMark *m, text *seller, text *jur)
{
	Datum		args[3];
	char		nulls[3] = {' ', ' ', ' '};
	int			rc;
	bool		isnull;
	bool		ok = false;
	StringInfoData q;
	uint64		h;
	TmSellerAnswer *a;
	bool		found;

	/* the question, as bytes: mark NUL seller NUL jurisdiction-or-nothing */
	initStringInfo(&q);
	appendBinaryStringInfo(&q, m->mark, strlen(m->mark) + 1);
	appendBinaryStringInfo(&q, VARDATA_ANY(seller), VARSIZE_ANY_EXHDR(seller));
	appendStringInfoChar(&q, '\0');
	if (jur != NULL)
		appendBinaryStringInfo(&q, VARDATA_ANY(jur), VARSIZE_ANY_EXHDR(jur));
	h = DatumGetUInt64(hash_bytes_extended((const unsigned char *) q.data, q.len, 0));
	if (c->sellers == NULL)
	{
		HASHCTL		ctl;

		memset(&ctl, 0, sizeof(ctl));
		ctl.keysize = sizeof(uint64);
		ctl.entrysize = sizeof(TmSellerAnswer);
		ctl.hcxt = c->datacxt;
		c->sellers = hash_create("provenance seller answers", 64, &ctl,
								 HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
	}
	a = (TmSellerAnswer *) hash_search(c->sellers, &h, HASH_FIND, NULL);
	if (a != NULL && a->qlen == (size_t) q.len && memcmp(a->question, q.data, q.len) == 0)
		return a->authorized;

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

	/* keep the answer (a 64-bit hash collision keeps the first one) */
	if (a == NULL)
	{
		char	   *copy = MemoryContextAlloc(c->datacxt, q.len);

		memcpy(copy, q.data, q.len);
		a = (TmSellerAnswer *) hash_search(c->sellers, &h, HASH_ENTER, &found);
		a->question = copy;
		a->qlen = q.len;
		a->authorized = ok;
	}
	return ok;
}

/*
 * tm_terms
 *		Mark the listing words that are terms (w[].term, w[].product), set
 *		class_evidence[k] for the Nice classes of the product terms found;
 *		returns whether a counterfeit cue was found.
 */
static bool
tm_terms(const TmCache *c, TmWord *w, int nw, bool *class_evidence)
{
	bool		cue_found = false;
	int			i;

	for (i = 0; i < c->nterms; i++)
	{
		const TmTerm *t = &c->terms[i];
		bool		found = false;
		int			j;

		if (t->nwords == 1)
		{
			for (j = 0; j < nw; j++)
			{
				bool		is = tm_word_is(&w[j], t->words[0],
											t->kind == TK_CUE || t->kind == TK_PRODUCT);

				if (!is)
					continue;
				/* an ordinary word of one script says nothing of another (boz, Боз) */
				if (t->kind == TK_ORDINARY &&
					t->translit != (w[j].w.origin == BK_TRANSLIT))
					continue;
				found = true;
				if (w[j].len > 1)
					w[j].term = true;	/* "к", "e" stay letters of a mark */
				if (t->kind == TK_PRODUCT)
					w[j].product = true;
			}
		}
		else
			found = tm_term_find(t, w, nw, 0) >= 0;
		if (!found || t->kind == TK_REF_BEFORE || t->kind == TK_REF_AFTER ||
			t->kind == TK_ORDINARY)
			continue;
		if (t->kind == TK_PRODUCT)
			class_evidence[t->nice_class] = true;
		else
			cue_found = true;
	}
	return cue_found;
}

/*
 * tm_model_code
 *		Is listing word w a product model code: Latin, a letter followed by
 *		a digit somewhere (RB3447, HD9200, 1000XM5, not 100ml or 512GB), and
 *		at least 2 letters and 2 digits or 1 letter and 3 digits (AM07,
 *		X700; not S9 or 4x4)?
 */
static bool
tm_model_code(const TmWord *w)
{
	int			letters = 0;
	int			digits = 0;
	bool		letter_digit = false;
	int			i;

	if (w->w.origin != BK_LATIN)
		return false;
	for (i = 0; i < w->len; i++)
	{
		char		ch = w->key[i];

		if (ch >= '0' && ch <= '9')
		{
			digits++;
			if (i > 0 && w->key[i - 1] >= 'a' && w->key[i - 1] <= 'z')
				letter_digit = true;
		}
		else
			letters++;
	}
	return letter_digit && ((letters >= 2 && digits >= 2) || (letters >= 1 && digits >= 3));
}

/*
 * tm_model_name
 *		Is listing word i a product line with its number: a Latin word of
 *		2 letters or more, no term, followed by a number of 1 or 2 digits
 *		(Series 3, Note 13, LOQ 15, Gen 2)?  Quantities, sizes and prices
 *		are terms or longer numbers (500 pcs, 1 kg, 2288).
 */
static bool
tm_model_name(const TmWord *w, int nw, int i)
{
	int			k;

	if (i + 1 >= nw || w[i].w.origin != BK_LATIN || w[i].term || w[i].len < 2 ||
		w[i + 1].len > 2 || w[i + 1].term)
		return false;
	for (k = 0; k < w[i].len; k++)
		if (w[i].key[k] < 'a' || w[i].key[k] > 'z')
			return false;
	for (k = 0; k < w[i + 1].len; k++)
		if (w[i + 1].key[k] < '0' || w[i + 1].key[k] > '9')
			return false;
	return true;
}

/*
 * tm_model_after
 *		For a mark of 3 or 4 letters: is the word right after the run a
 *		model code, or a product line with its number (JBBL Xtreme 3,
 *		Sonyy WH-CH520)?  Only there: a word before it or further off
 *		is too often a size or a name's (Mike Tyson Poster 50x70).
 */
static bool
tm_model_after(const TmWord *w, int nw, int last)
{
	int			i = last + 1;

	if (i >= nw)
		return false;
	if (tm_model_code(&w[i]) || tm_model_name(w, nw, i))
		return true;
	/* a code split at a hyphen: WH-CH520, KD-55X75K */
	return i + 1 < nw && w[i].len <= 3 && w[i].w.origin == BK_LATIN && tm_model_code(&w[i + 1]);
}

/*
 * tm_model_near
 *		Is a model code (tm_model_code) right before the run first..last of
 *		the listing words or among the 3 words after it (Rey Ben Round Metal
 *		RB3447), or a product line with its number among them (Baun Series
 *		3, tm_model_name): the listing names a product of the mark?
 */
static bool
tm_model_near(const TmWord *w, int nw, int first, int last)
{
	int			i;

	if (first > 0 && tm_model_code(&w[first - 1]))
		return true;
	for (i = last + 1; i < nw && i <= last + 3; i++)
		if (tm_model_code(&w[i]) || tm_model_name(w, nw, i))
			return true;
	return false;
}

/*
 * tm_referential
 *		Is the run first..last of the listing words used referentially: a
 *		referential_before term right before it (or with one product word
 *		between), or a referential_after term within the 6 words after it?
 */
static bool
tm_referential(const TmCache *c, const TmWord *w, int nw, int first, int last)
{
	int			i;

	for (i = 0; i < c->nterms; i++)
	{
		const TmTerm *t = &c->terms[i];
		int			at;

		if (t->kind == TK_REF_BEFORE)
		{
			at = first - t->nwords;
			if (tm_term_at(t, w, nw, at) ||
				(at > 0 && w[first - 1].product && tm_term_at(t, w, nw, at - 1)))
				return true;
		}
		else if (t->kind == TK_REF_AFTER)
		{
			for (at = last + 1; at <= last + 6 && at < nw; at++)
				if (tm_term_at(t, w, nw, at))
					return true;
		}
	}
	return false;
}

/* Does the holder's name contain the mark as a whole word (any case)? */
static bool
tm_names(const char *holder, const char *mark)
{
	size_t		ml = strlen(mark);
	const char *p;

	if (ml == 0)
		return false;
	for (p = holder; *p; p++)
		if (pg_strncasecmp(p, mark, ml) == 0 &&
			(p == holder || !isalnum((unsigned char) p[-1])) &&
			!isalnum((unsigned char) p[ml]))
			return true;
	return false;
}

/*
 * tm_same_family
 *		Do marks a and b belong to one family: the same holder, or one's
 *		holder named after the other mark (Sony Interactive Entertainment
 *		for PlayStation, Sony)?
 */
static bool
tm_same_family(const TmMark *a, const TmMark *b)
{
	return strcmp(a->holder, b->holder) == 0 ||
		tm_names(a->holder, b->mark) || tm_names(b->holder, a->mark);
}

/*
 * tm_alt_exact
 *		The second reading wa[0..nwa) of a listing (BK_READ_LEET) against
 *		its brand key words w[0..nw) and runs: for each mark, the first run
 *		of the second reading that has a word the brand key reads otherwise
 *		and equals the mark's key (l read as i: App13, Huaw31, C4$1O) goes
 *		to alt_first[mark]..alt_last[mark]; the mark is then read exactly
 *		here (exact_here), and runs of the brand key over the same text are
 *		no near miss of another mark.  Marks the term flags of wa.
 */
static void
tm_alt_exact(TmCache *c, const TmWord *w, int nw, TmSpan *spans, int nspans,
			 TmWord *wa, int nwa, int *alt_first, int *alt_last)
{
	bool	   *changed;
	bool		any = false;
	bool		dummy[TM_NCLASS];
	TmSpan	   *asp;
	int			nasp;
	int			i;
	int			j;

	if (nwa == 0)
		return;
	changed = palloc0(sizeof(bool) * nwa);
	for (i = 0; i < nwa; i++)
	{
		for (j = 0; j < nw; j++)
			if (w[j].w.src_off == wa[i].w.src_off && w[j].w.src_len == wa[i].w.src_len &&
				strcmp(w[j].key, wa[i].key) == 0)
				break;
		/* or a digit read as a letter by both (X1AOMI): l is i too */
		if (j == nw || (wa[i].w.flags & BK_F_DIGITS) != 0)
			changed[i] = any = true;
	}
	if (!any)
		return;
	memset(dummy, 0, sizeof(dummy));
	(void) tm_terms(c, wa, nwa, dummy);
	asp = tm_spans(wa, nwa, c->maxph, &nasp);
	for (i = 0; i < nasp; i++)
	{
		const TmSpan *s = &asp[i];
		char	   *il;
		int			mi;
		uint32		so;
		uint32		eo;

		if (s->stripped)
			continue;
		for (j = s->first; j <= s->last && !changed[j]; j++)
			;
		if (j > s->last)
			continue;
		il = tm_il(s->plain, s->plen);
		so = wa[s->first].w.src_off;
		eo = wa[s->last].w.src_off + wa[s->last].w.src_len;
		for (mi = 0; mi < c->nmarks; mi++)
		{
			TmMark	   *m = &c->marks[mi];
			int			k;

			if (alt_first[mi] >= 0 || m->plen != s->plen ||
				memcmp(il, m->plain_il, m->plen) != 0)
				continue;
			alt_first[mi] = s->first;
			alt_last[mi] = s->last;
			m->exact_here = true;
			/* the brand key's runs over the same text */
			for (k = 0; k < nspans; k++)
			{
				uint32		kso = w[spans[k].first].w.src_off;
				uint32		keo = w[spans[k].last].w.src_off + w[spans[k].last].w.src_len;

				if (kso < eo && so < keo)
					spans[k].claimed = true;
			}
		}
	}
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
	char	   *ltext;
	int			nw;
	TmWord	   *w;
	int			nwa = 0;
	TmWord	   *wa = NULL;
	int		   *alt_first;
	int		   *alt_last;
	bool		class_evidence[TM_NCLASS];
	bool		cue_found;
	ArrayBuildState *cues = NULL;
	Datum		cue_array;
	TmSpan	   *spans;
	int			nspans;
	int			i;
	int			mi;
	struct
	{
		Datum		values[9];
		bool		nulls[9];
		bool		slip;
	}		   *rows;
	int			nrows = 0;
	int			nfirm = 0;

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
	w = tm_words(VARDATA_ANY(listing), VARSIZE_ANY_EXHDR(listing), 0, &nw);

	/* what the listing says: terms, product classes, cues */
	memset(class_evidence, 0, sizeof(class_evidence));
	if (nice > 0)
		class_evidence[nice] = true;
	cue_found = tm_terms(c, w, nw, class_evidence);

	/*
	 * The cues, each listing word reported once: cues written in the
	 * listing as in the lexicon first (реплика), then those found through
	 * their key or an inflection (replika, копии).
	 */
	if (cue_found)
	{
		bool	   *covered = palloc0(sizeof(bool) * nw);
		int			pass;

		for (pass = 0; pass < 2; pass++)
			for (i = 0; i < c->nterms; i++)
			{
				const TmTerm *t = &c->terms[i];
				bool		literal = strstr(ltext, t->term) != NULL;
				bool		fresh = false;
				int			j;
				int			k;

				if (t->kind != TK_CUE || literal != (pass == 0))
					continue;
				for (j = 0; j + t->nwords <= nw; j++)
				{
					if (!tm_term_at(t, w, nw, j))
						continue;
					for (k = j; k < j + t->nwords; k++)
					{
						if (!covered[k])
							fresh = true;
						covered[k] = true;
					}
				}
				if (fresh)
					cues = accumArrayResult(cues, CStringGetTextDatum(t->term), false,
											TEXTOID, c->rowcxt);
			}
	}
	cue_array = cues != NULL ? makeArrayResult(cues, c->rowcxt) :
		PointerGetDatum(construct_empty_array(TEXTOID));

	/* the runs, and which mark each reads exactly */
	spans = tm_spans(w, nw, c->maxph, &nspans);
	for (i = 0; i < nspans; i++)
		for (mi = 0; mi < c->nmarks && spans[i].exact_mark < 0; mi++)
			if (tm_exact(&c->marks[mi], &spans[i]))
				spans[i].exact_mark = mi;

	/* words read exactly as a mark are no near miss of another */
	{
		bool	   *claimed = palloc0(sizeof(bool) * (nw > 0 ? nw : 1));
		int			k;

		for (i = 0; i < nspans; i++)
			if (spans[i].exact_mark >= 0)
				for (k = spans[i].first; k <= spans[i].last; k++)
					claimed[k] = true;
		for (i = 0; i < nspans; i++)
			for (k = spans[i].first; k <= spans[i].last; k++)
				if (claimed[k])
					spans[i].claimed = true;
	}

	/* the holders some mark of the listing is read exactly for */
	for (mi = 0; mi < c->nmarks; mi++)
		c->marks[mi].exact_here = false;
	for (i = 0; i < nspans; i++)
		if (spans[i].exact_mark >= 0)
			c->marks[spans[i].exact_mark].exact_here = true;

	/*
	 * The second reading, every digit and symbol of a word read as a letter
	 * (Pum4, J81, B()se, Adid45): where it changes words, a run of them
	 * equal to a mark (l read as i) is an exact reading too.
	 */
	alt_first = palloc(sizeof(int) * (c->nmarks > 0 ? c->nmarks : 1));
	alt_last = palloc(sizeof(int) * (c->nmarks > 0 ? c->nmarks : 1));
	for (mi = 0; mi < c->nmarks; mi++)
		alt_first[mi] = alt_last[mi] = -1;
	wa = tm_words(VARDATA_ANY(listing), VARSIZE_ANY_EXHDR(listing), BK_READ_LEET, &nwa);
	tm_alt_exact(c, w, nw, spans, nspans, wa, nwa, alt_first, alt_last);
	rows = palloc(sizeof(*rows) * (c->nmarks > 0 ? c->nmarks : 1));

	for (mi = 0; mi < c->nmarks; mi++)
	{
		const TmMark *m = &c->marks[mi];
		TmMatch		best;
		bool		evidence;
		bool		translit = false;
		bool		homoglyph = false;
		const char *kind;
		bool		referential = false;
		bool		ok;
		const TmWord *rw = w;	/* the reading of the match */
		int			rnw = nw;
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

		/* evidence: the mark's goods, a cue, or a sibling mark read exactly */
		evidence = cue_found;
		for (k = 1; k < TM_NCLASS && !evidence; k++)
			if (class_evidence[k] && m->classes[k])
				evidence = true;
		for (k = 0; k < c->nmarks && !evidence; k++)
			if (k != mi && c->marks[k].exact_here &&
				tm_same_family(m, &c->marks[k]))
				evidence = true;

		tm_best(m, mi, spans, nspans, &best);
		ok = best.found && best.score >= prov_trademark_threshold;
		/*
		 * ... or, for a mark of 5 letters or more, a product model code
		 * next to it (short marks are a slip away from too many words:
		 * Mike Tyson Poster 50x70)
		 */
		if (ok && !evidence && (m->plen >= 5 ? tm_model_near(w, nw, best.first, best.last) :
								tm_model_after(w, nw, best.last)))
			evidence = true;
		/*
		 * ... or, for an exact reading, a referential word: laces for Puma
		 * Suede, 适用乐高 are about the mark's goods (nobody makes laces for
		 * the animal); not for a near miss (nova üçün is no Nivea)
		 */
		if (ok && !evidence && (best.how == TM_EXACT || best.how == TM_PREFIX) &&
			tm_referential(c, w, nw, best.first, best.last))
			evidence = true;

		/*
		 * A near miss needs evidence, but a typo of one letter in a mark of 7
		 * letters or more (Samsumg, Philipps) is no ordinary word.
		 */
		if (ok && !evidence &&
			(((best.how != TM_EXACT && best.how != TM_PREFIX) &&
			  !(best.how == TM_TYPO && best.dist <= 1 && m->plen >= 7) &&
			  !tm_script_respelling(m, w, &best)) ||
			 (m->ordinary && !(best.how == TM_EXACT && tm_disguised(m, w, &best)))))
			ok = false;
		/* a short mark's first letter changed: only with a cue (Sike реплика) */
		if (ok && best.how == TM_SLIP_START && !cue_found)
			ok = false;

		/*
		 * else an exact reading of the second reading: digits and symbols
		 * for letters are a disguise, so an ordinary word read so (Pum4,
		 * 4PPL3) needs no evidence either
		 */
		if (!ok && alt_first[mi] >= 0)
		{
			memset(&best, 0, sizeof(best));
			best.found = true;
			best.score = 1.0;
			best.first = alt_first[mi];
			best.last = alt_last[mi];
			best.how = TM_EXACT;
			rw = wa;
			rnw = nwa;
			ok = true;
		}
		if (!ok)
			continue;

		for (k = best.first; k <= best.last; k++)
		{
			if (rw[k].w.origin == BK_TRANSLIT)
				translit = true;
			else if (rw[k].w.origin == BK_HOMOGLYPH ||
					 (rw[k].w.flags & (BK_F_DIGITS | BK_F_WIDTH)) != 0)
				homoglyph = true;
		}
		if (translit || best.how == TM_RESPELL)
			kind = "transliteration";
		else if (homoglyph)
			kind = "homoglyph";
		else if (best.last - best.first + 1 != m->nwords || best.how == TM_PREFIX)
			kind = "spacing";
		else if (best.how == TM_TYPO || best.how == TM_SLIP || best.how == TM_SLIP_START)
			kind = "typo";
		else
			kind = "exact";

		referential = tm_referential(c, rw, rnw, best.first, best.last);

		memset(nulls, 0, sizeof(nulls));
		so = rw[best.first].w.src_off;
		eo = rw[best.last].w.src_off + rw[best.last].w.src_len;
		values[0] = CStringGetTextDatum(m->mark);
		values[1] = CStringGetTextDatum(m->holder);
		values[2] = PointerGetDatum(cstring_to_text_with_len(VARDATA_ANY(listing) + so, eo - so));
		values[3] = Float4GetDatum((float4) best.score);
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
		memcpy(rows[nrows].values, values, sizeof(values));
		memcpy(rows[nrows].nulls, nulls, sizeof(nulls));
		rows[nrows].slip = best.how == TM_SLIP || best.how == TM_SLIP_START;
		if (!rows[nrows].slip)
			nfirm++;
		nrows++;
	}

	/*
	 * A slip of a 4-letter mark is the weakest reading there is: where the
	 * listing names another mark, the slip is a word of that one's (Huawei
	 * Pura is no Puma).
	 */
	for (i = 0; i < nrows; i++)
		if (!rows[i].slip || nfirm == 0)
			tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc,
								 rows[i].values, rows[i].nulls);
	MemoryContextSwitchTo(old);
	return (Datum) 0;
}
