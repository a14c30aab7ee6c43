/*
 * brand.c
 *		brand_key(text), brand_key_version() and brand_similarity(text,
 *		text): the SQL face of brand_key.c.
 *
 * The ICU services (a transliterator, a spoof checker) take tens of
 * milliseconds to open, so each backend opens them once, on first use,
 * and closes them when it exits.  Nothing of ICU is allocated per call
 * that outlives the call: bk_analyze frees its scratch before returning,
 * and the key it returns is copied into a text and freed before anything
 * can raise.
 */
#include "postgres.h"

#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "storage/ipc.h"
#include "utils/builtins.h"

#include "brand.h"
#include "brand_key.h"

PG_FUNCTION_INFO_V1(prov_brand_key);
PG_FUNCTION_INFO_V1(prov_brand_key_version);
PG_FUNCTION_INFO_V1(prov_brand_similarity);

static bk_ctx *brand_ctx = NULL;

/* Close the ICU services at backend exit */
static void
brand_close(int code, Datum arg)
{
	(void) code;
	(void) arg;
	bk_close(brand_ctx);
	brand_ctx = NULL;
}

/* The backend's ICU services, opened on first use */
bk_ctx *
brand_icu(void)
{
	static bool registered = false;
	char		err[256];

	if (brand_ctx != NULL)
		return brand_ctx;
	brand_ctx = bk_open(err, sizeof(err));
	if (brand_ctx == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_EXTERNAL_ROUTINE_INVOCATION_EXCEPTION),
				 errmsg("could not open ICU for brand keys"),
				 errdetail("%s", err)));
	if (!registered)
	{
		on_proc_exit(brand_close, (Datum) 0);
		registered = true;
	}
	return brand_ctx;
}

/*
 * brand_analyze
 *		Analyze s[0..len) (database encoding).  On success *key and *words are
 *		malloc'd (see bk_analyze) and the caller frees them with free()
 *		before anything can raise; a failure raises here, with nothing
 *		allocated.
 */
void
brand_analyze(const char *s, size_t len, char **key, size_t *keylen,
			  bk_word **words, int *nwords)
{
	brand_analyze_opts(s, len, 0, key, keylen, words, nwords);
}

/* brand_analyze with bk_analyze_opts's options (BK_READ_LEET) */
void
brand_analyze_opts(const char *s, size_t len, int opts, char **key,
				   size_t *keylen, bk_word **words, int *nwords)
{
	const char *utf8 = s;
	bk_status	rc;

	if (len > BK_MAX_INPUT)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("text too long for a brand key"),
				 errdetail("The text has %zu bytes; brand keys are made of at most %d.",
						   len, BK_MAX_INPUT)));
	if (GetDatabaseEncoding() != PG_UTF8)
	{
		utf8 = (const char *) pg_do_encoding_conversion((unsigned char *) s, (int) len,
														 GetDatabaseEncoding(), PG_UTF8);
		if (utf8 != s)
			len = strlen(utf8);
	}
	rc = bk_analyze_opts(brand_icu(), utf8, len, opts, key, keylen, words, nwords);
	if (utf8 != s)
		pfree((char *) utf8);
	switch (rc)
	{
		case BK_OK:
			return;
		case BK_TOO_LONG:
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("text too long for a brand key"),
					 errdetail("Brand keys are made of at most %d bytes of UTF-8.", BK_MAX_INPUT)));
			break;
		case BK_BAD_UTF8:
			ereport(ERROR,
					(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
					 errmsg("text is not valid UTF-8")));
			break;
		case BK_NO_MEMORY:
			ereport(ERROR,
					(errcode(ERRCODE_OUT_OF_MEMORY),
					 errmsg("out of memory")));
			break;
		case BK_ICU_ERROR:
			ereport(ERROR,
					(errcode(ERRCODE_EXTERNAL_ROUTINE_INVOCATION_EXCEPTION),
					 errmsg("ICU failed while making a brand key")));
			break;
	}
}

/* brand_key(text) -> text */
Datum
prov_brand_key(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	char	   *key;
	size_t		keylen;
	bk_word    *words;
	int			nwords;
	text	   *result;

	brand_analyze(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &key, &keylen,
				  &words, &nwords);
	free(words);
	result = (text *) palloc_extended(VARHDRSZ + keylen, MCXT_ALLOC_NO_OOM);
	if (result != NULL)
	{
		SET_VARSIZE(result, VARHDRSZ + keylen);
		memcpy(VARDATA(result), key, keylen);
	}
	free(key);
	if (result == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory")));
	PG_RETURN_TEXT_P(result);
}

/* brand_key_version() -> text: "ICU 72.1, Unicode 15.0" */
Datum
prov_brand_key_version(PG_FUNCTION_ARGS)
{
	char		buf[64];

	bk_icu_version(buf, sizeof(buf));
	PG_RETURN_TEXT_P(cstring_to_text(buf));
}

/* brand_similarity(a text, b text) -> real in [0, 1], on the brand keys */
Datum
prov_brand_similarity(PG_FUNCTION_ARGS)
{
	text	   *a = PG_GETARG_TEXT_PP(0);
	text	   *b = PG_GETARG_TEXT_PP(1);
	char	   *ka;
	char	   *kb;
	size_t		la;
	size_t		lb;
	bk_word    *w;
	int			nw;
	double		sim;

	brand_analyze(VARDATA_ANY(a), VARSIZE_ANY_EXHDR(a), &ka, &la, &w, &nw);
	free(w);
	PG_TRY();
	{
		brand_analyze(VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b), &kb, &lb, &w, &nw);
	}
	PG_CATCH();
	{
		free(ka);
		PG_RE_THROW();
	}
	PG_END_TRY();
	free(w);
	sim = bk_similarity(ka, la, kb, lb);
	free(ka);
	free(kb);
	PG_RETURN_FLOAT4((float4) sim);
}

/*
 * brand_match_key(text) -> text: the matching form trademark_check compares
 * (bk_phonetic of the brand key: no spaces, sound-alike spellings equal),
 * for a trigram index that finds candidates through spacing, look-alikes
 * and transliteration.
 */
PG_FUNCTION_INFO_V1(prov_brand_match_key);
Datum
prov_brand_match_key(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	char	   *key;
	size_t		keylen;
	bk_word    *words;
	int			nwords;
	char	   *ph;
	size_t		phlen;
	text	   *result;

	brand_analyze(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &key, &keylen,
				  &words, &nwords);
	free(words);
	ph = malloc(2 * keylen + 1);
	if (ph == NULL)
	{
		free(key);
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory")));
	}
	phlen = bk_phonetic(key, keylen, ph);
	free(key);
	result = (text *) palloc_extended(VARHDRSZ + phlen, MCXT_ALLOC_NO_OOM);
	if (result != NULL)
	{
		SET_VARSIZE(result, VARHDRSZ + phlen);
		memcpy(VARDATA(result), ph, phlen);
	}
	free(ph);
	if (result == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory")));
	PG_RETURN_TEXT_P(result);
}
