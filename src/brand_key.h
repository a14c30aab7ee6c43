/*
 * brand_key.h
 *		Normalisation of marketplace text for trademark matching: the brand
 *		key of a text, with where each of its words came from, and the
 *		distance between keys.
 *
 * Pure C on ICU: no PostgreSQL headers, no palloc (malloc'd scratch only,
 * freed before returning), so fuzzers link it alone.  The key of a text is
 * lower-case ASCII words separated by single spaces:
 *
 *	1. the text is cut into words at separators (spaces, punctuation) and
 *	   where the script changes between Latin/Cyrillic/Greek and another
 *	   (适用于Apple), and after every Chinese character (Chinese has no
 *	   spaces); apostrophes inside a word are dropped ("Levi's" ->
 *	   "levis"); a symbol used as a letter (@ $ ! |) stays in its word;
 *	2. each word is NFKC-normalised (fullwidth forms, ligatures);
 *	3. a word that mixes Latin with another script, or is written only in
 *	   letters that are confusable with Latin ones (Cyrillic "ВОЅЕ", Greek
 *	   "ΝΙΚΕ"), is read through its TR39 confusable skeleton, letter by
 *	   letter (homoglyphs); any other non-Latin word is transliterated
 *	   (ICU Any-Latin after rules for the Kazakh and Azerbaijani letters
 *	   ICU leaves as they are), and every word goes through Latin-ASCII;
 *	4. a digit or symbol standing alone among a word's letters is read as
 *	   the letter it imitates (Dys0n, App1e, $amsung, 5ony, Leg0), while
 *	   model numbers stay digits (V11, PS5, iPhone15, 4K);
 *	5. the word is lower-cased; what is not [a-z0-9] is dropped.
 *
 * Neither TR39 skeletons nor ICU transforms are stable across ICU versions:
 * keys are versioned by bk_icu_version(), which also names BK_KEY_REVISION.
 */
#ifndef PROVENANCE_BRAND_KEY_H
#define PROVENANCE_BRAND_KEY_H

#include <stdbool.h>
#include <stddef.h>

/*
 * The revision of the key rules above: raised whenever a change makes
 * some text's key differ, so that brand_key_version() changes with it and
 * tells the DBA to rebuild indexes on brand_key().  1 = 0.4.0.
 */
#define BK_KEY_REVISION		1
#include <stdint.h>

#if defined(__GNUC__) && !defined(_WIN32)
#pragma GCC visibility push(hidden)
#endif

/* Longest input analysed, in bytes of UTF-8 */
#define BK_MAX_INPUT		65536
/* Code points of one word that are looked at; the rest of a word is cut */
#define BK_MAX_WORD			128

/* Where a word of the key came from */
typedef enum bk_origin
{
	BK_LATIN = 0,				/* Latin script (diacritics folded) */
	BK_HOMOGLYPH,				/* look-alike letters of other scripts */
	BK_TRANSLIT					/* transliterated from another script */
} bk_origin;

/* bk_word.flags */
#define BK_F_DIGITS		0x01	/* digits or symbols read as letters */
#define BK_F_WIDTH		0x02	/* NFKC changed it (fullwidth, ligature) */
#define BK_F_HAN		0x04	/* transliterated from Han (pinyin) */
#define BK_F_GEORGIAN	0x08	/* transliterated from Georgian */
#define BK_F_GREEK		0x10	/* transliterated from Greek */

/* One word of a key */
typedef struct bk_word
{
	uint32_t	key_off;		/* offset of the word in the key */
	uint32_t	key_len;		/* its length (>= 1) */
	uint32_t	src_off;		/* byte offset of its source in the input */
	uint32_t	src_len;		/* byte length of its source */
	uint8_t		origin;			/* bk_origin */
	uint8_t		flags;			/* BK_F_* */
} bk_word;

typedef enum bk_status
{
	BK_OK = 0,
	BK_TOO_LONG,				/* input over BK_MAX_INPUT */
	BK_BAD_UTF8,				/* input is not UTF-8 */
	BK_NO_MEMORY,
	BK_ICU_ERROR				/* an ICU service failed */
} bk_status;

/* The ICU services of a session (transliterator, spoof checker, NFKC) */
typedef struct bk_ctx bk_ctx;

/*
 * bk_open
 *		Open the ICU services (tens of milliseconds: keep the result).  NULL
 *		on failure, with a sentence in err (errcap bytes).
 */
extern bk_ctx *bk_open(char *err, size_t errcap);

/* Close what bk_open opened (NULL allowed) */
extern void bk_close(bk_ctx *c);

/*
 * bk_analyze
 *		The key of in[0..len) (UTF-8).  On BK_OK, *key is a malloc'd
 *		NUL-terminated string of *keylen bytes and *words a malloc'd array
 *		of *nwords words (NULL when none); the caller frees both with free().
 *		On failure nothing is allocated.
 */
extern bk_status bk_analyze(bk_ctx *c, const char *in, size_t len,
							char **key, size_t *keylen,
							bk_word **words, int *nwords);

/* bk_analyze_opts options */
#define BK_READ_LEET	0x01	/* every digit and symbol read as a letter */

/*
 * bk_analyze_opts
 *		bk_analyze with options.  BK_READ_LEET is the reading trademark_check
 *		tries second, not a brand key: in every word with a letter, every
 *		digit and symbol is read as the letter it imitates (Pum4, J81, 13G(),
 *		Adid45, R0£€X; 6 as g, "()" as o, ß as b), symbols may start and end
 *		words (£€go, J8£), and an acronym glued to a capitalised word is cut
 *		from it (JBLFlip); word offsets are those of the input.
 */
extern bk_status bk_analyze_opts(bk_ctx *c, const char *in, size_t len,
								 int opts, char **key, size_t *keylen,
								 bk_word **words, int *nwords);

/*
 * bk_phonetic
 *		The matching form of key[0..len) written to out (at least 2 * len +
 *		1 bytes; NUL-terminated; returns its length): spaces removed, and
 *		spellings that sound or look alike made equal (ph -> f, x -> ks
 *		and initial x -> s, w -> v, q -> k, z -> s, y and j -> i, sh and
 *		ch -> s, c -> s before e, i, y and k elsewhere, cc before e, i, y
 *		-> s, ck -> k, -tion -> sn, doubled letters single).
 */
extern size_t bk_phonetic(const char *key, size_t len, char *out);

/*
 * bk_distance
 *		Damerau-Levenshtein distance (optimal string alignment) between a
 *		and b: insert, delete, substitute and swap neighbours cost 1; when
 *		weighted, a vowel inserted, deleted or replaced by a vowel, and l
 *		for i (they look alike), cost 0.5 (for matching forms).  Stops early and returns a value > limit
 *		once the distance must exceed limit.  Lengths above 255 return
 *		limit + 1.
 */
extern double bk_distance(const char *a, size_t alen, const char *b,
						  size_t blen, double limit, bool weighted);

/*
 * bk_similarity
 *		1 - distance / length of the longer matching form, in [0, 1], of
 *		two keys (spaces ignored); 1 when both are empty.
 */
extern double bk_similarity(const char *a, size_t alen, const char *b,
							size_t blen);

/* ICU and Unicode versions, "ICU 72.1, Unicode 15.0", into buf */
extern void bk_icu_version(char *buf, size_t cap);

#if defined(__GNUC__) && !defined(_WIN32)
#pragma GCC visibility pop
#endif

#endif							/* PROVENANCE_BRAND_KEY_H */
