/*
 * brand_key.c
 *		Brand keys of marketplace text (see brand_key.h for the rules) and
 *		the distance between them.
 *
 * Pure C on ICU's C API.  Scratch memory is malloc'd per call and freed
 * before returning; the ICU services live in a bk_ctx opened once.
 */
#include "brand_key.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

/*
 * Transliteration: letters of Kazakh (Cyrillic) and Azerbaijani that ICU's
 * Any-Latin / Latin-ASCII leave outside ASCII get their usual Latin
 * reading first, and the iotated Cyrillic vowels their English-style
 * reading (ya, yu, yo: brand names are transliterated into Cyrillic from
 * their English sound, and ISO 9's a-circumflex loses the y), and Georgian
 * ფ its f (Georgian writes the f of loanwords with it: ფილიპსი, აიფონი);
 * then Any-Latin (Cyrillic, Greek, Georgian, Armenian, Han
 * pinyin, ...), then Latin-ASCII (diacritics, ligatures).
 */
static const char bk_translit_rules[] =
	"ә > a; Ә > A; ғ > g; Ғ > G; қ > k; Қ > K; ң > ng; Ң > Ng; "
	"ө > o; Ө > O; ұ > u; Ұ > U; ү > u; Ү > U; һ > h; Һ > H; "
	"і > i; І > I; ə > e; Ə > E; "
	"я > ya; Я > Ya; ю > yu; Ю > Yu; ё > yo; Ё > Yo; "
	"ფ > f; "
	":: Any-Latin; :: Latin-ASCII;";

/*
 * Word memo: marketplace text repeats its vocabulary ("фен", "оригинал"),
 * and transliterating a word costs microseconds, so the keys of words
 * already seen are kept: open addressing on the NFKC form, emptied when
 * half full.  Keys are a pure function of the word and the ICU version.
 */
#define BK_MEMO_SLOTS	8192

typedef struct bk_memo
{
	uint32_t	hash;
	int32_t		wlen;			/* UTF-16 units; 0 = empty slot */
	UChar	   *word;			/* malloc'd */
	char	   *key;			/* malloc'd, NUL-terminated */
	uint8_t		origin;
	uint8_t		flags;
} bk_memo;

struct bk_ctx
{
	UTransliterator *translit;
	USpoofChecker *spoof;
	const UNormalizer2 *nfkc;	/* owned by ICU */
	bk_memo    *memo;			/* BK_MEMO_SLOTS slots; the second half of
								 * the array is the memo of BK_READ_LEET */
	int			memo_used[2];
};

/* FNV-1a over UTF-16 units */
static uint32_t
bk_hash(const UChar *w, int32_t n)
{
	uint32_t	h = 2166136261u;
	int32_t		i;

	for (i = 0; i < n; i++)
	{
		h ^= (uint32_t) w[i];
		h *= 16777619u;
	}
	return h;
}

/* Empty memo number t (0: keys, 1: BK_READ_LEET readings) */
static void
bk_memo_clear(bk_ctx *c, int t)
{
	bk_memo    *memo = c->memo + t * BK_MEMO_SLOTS;
	int			i;

	for (i = 0; i < BK_MEMO_SLOTS; i++)
	{
		free(memo[i].word);
		free(memo[i].key);
		memset(&memo[i], 0, sizeof(bk_memo));
	}
	c->memo_used[t] = 0;
}

/* The slot of w[0..n) in memo t: its entry, or the empty slot to fill */
static bk_memo *
bk_memo_slot(bk_ctx *c, int t, const UChar *w, int32_t n, uint32_t h)
{
	uint32_t	i = h & (BK_MEMO_SLOTS - 1);

	for (;;)
	{
		bk_memo    *m = &c->memo[t * BK_MEMO_SLOTS + i];

		if (m->wlen == 0 ||
			(m->hash == h && m->wlen == n && memcmp(m->word, w, sizeof(UChar) * n) == 0))
			return m;
		i = (i + 1) & (BK_MEMO_SLOTS - 1);
	}
}

bk_ctx *
bk_open(char *err, size_t errcap)
{
	UErrorCode	st = U_ZERO_ERROR;
	UChar		id[] = {'p', 'r', 'o', 'v', '-', 'b', 'r', 'a', 'n', 'd', 0};
	UChar		rules[sizeof(bk_translit_rules)];
	int32_t		nrules;
	UParseError pe;
	bk_ctx	   *c = calloc(1, sizeof(bk_ctx));

	if (c == NULL)
	{
		snprintf(err, errcap, "out of memory");
		return NULL;
	}
	u_strFromUTF8(rules, (int32_t) (sizeof(rules) / sizeof(UChar)), &nrules,
				  bk_translit_rules, -1, &st);
	if (U_SUCCESS(st))
		c->translit = utrans_openU(id, -1, UTRANS_FORWARD, rules, nrules,
								   &pe, &st);
	if (U_SUCCESS(st))
		c->spoof = uspoof_open(&st);
	if (U_SUCCESS(st))
		c->nfkc = unorm2_getNFKCInstance(&st);
	if (U_SUCCESS(st))
	{
		c->memo = calloc(2 * BK_MEMO_SLOTS, sizeof(bk_memo));
		if (c->memo == NULL)
			st = U_MEMORY_ALLOCATION_ERROR;
	}
	if (U_FAILURE(st))
	{
		snprintf(err, errcap, "ICU could not open its %s service: %s",
				 c->translit == NULL ? "transliteration" :
				 c->spoof == NULL ? "confusable-detection" : "normalization",
				 u_errorName(st));
		bk_close(c);
		return NULL;
	}
	return c;
}

void
bk_close(bk_ctx *c)
{
	if (c == NULL)
		return;
	if (c->translit != NULL)
		utrans_close(c->translit);
	if (c->spoof != NULL)
		uspoof_close(c->spoof);
	if (c->memo != NULL)
	{
		bk_memo_clear(c, 0);
		bk_memo_clear(c, 1);
		free(c->memo);
	}
	free(c);
}

void
bk_icu_version(char *buf, size_t cap)
{
	UVersionInfo icu;
	UVersionInfo uni;
	char		a[U_MAX_VERSION_STRING_LENGTH];
	char		b[U_MAX_VERSION_STRING_LENGTH];

	u_getVersion(icu);
	u_getUnicodeVersion(uni);
	u_versionToString(icu, a);
	u_versionToString(uni, b);
	snprintf(buf, cap, "keys %d, ICU %s, Unicode %s", BK_KEY_REVISION, a, b);
}

/* ---------------------------------------------------------------------
 * cutting text into words
 * ---------------------------------------------------------------------
 */

/* Character classes of the word cutter */
enum
{
	CL_SEP = 0,					/* separator */
	CL_LETTER,					/* alphabetic or combining mark */
	CL_DIGIT,					/* decimal digit */
	CL_SYMBOL,					/* @ $ ! | : may stand for a letter */
	CL_APOS						/* apostrophe: dropped inside a word */
};

/*
 * Symbols outside ASCII that pass for Latin letters (®olex, J8£, D¥son,
 * ©hanel, Røl€x) enter a word as ASCII control characters that stand for
 * them, so that transliteration leaves them alone and bk_leet reads them
 * by the same rules as @ and $.  Control characters of the input itself
 * are separators and never reach a word.
 */
static UChar32
bk_symbol_stand_in(UChar32 ch)
{
	switch (ch)
	{
		case 0x00AE:			/* ® */
			return 0x01;
		case 0x00A9:			/* © */
		case 0x00A2:			/* ¢ */
			return 0x02;
		case 0x00A3:			/* £ */
			return 0x03;
		case 0x20AC:			/* € */
			return 0x04;
		case 0x00A5:			/* ¥ */
			return 0x05;
		default:
			return 0;
	}
}

/*
 * Stand-ins of BK_READ_LEET, put into its copy of the input: "()" is
 * BK_SI_O BK_SI_NONE (B()se), ß is BK_SI_B BK_SI_NONE (ßraun); the same
 * byte length, so word offsets stay those of the input.
 */
#define BK_SI_O		0x06
#define BK_SI_B		0x08
#define BK_SI_NONE	0x07

/* The character class of ch; leet: BK_READ_LEET's stand-ins are symbols */
static int
bk_class(UChar32 ch, bool leet)
{
	if (leet && (ch == BK_SI_O || ch == BK_SI_B))
		return CL_SYMBOL;
	if (leet && ch == BK_SI_NONE)
		return CL_APOS;
	if (ch == '@' || ch == '$' || ch == '!' || ch == '|' || bk_symbol_stand_in(ch))
		return CL_SYMBOL;
	if (ch == '\'' || ch == 0x2019 || ch == 0x02BC)
		return CL_APOS;
	if (u_isdigit(ch))
		return CL_DIGIT;
	if (u_hasBinaryProperty(ch, UCHAR_ALPHABETIC) ||
		(U_GET_GC_MASK(ch) & U_GC_M_MASK) != 0)
		return CL_LETTER;
	return CL_SEP;
}

/*
 * The script group of a letter, for cutting words where scripts change:
 * scripts whose letters do not pass for Latin ones (Han, kana, Hangul,
 * Georgian, Thai, Arabic, Hebrew) each form their own group; Latin and
 * every script with look-alikes (Cyrillic, Greek, Armenian, Cherokee, ...)
 * one group, as homoglyph disguises mix them; 0 for characters of no
 * particular script (digits, marks).
 */
static int
bk_group(UChar32 ch)
{
	UErrorCode	st = U_ZERO_ERROR;
	UScriptCode sc = uscript_getScript(ch, &st);

	if (U_FAILURE(st))
		return 0;
	switch (sc)
	{
		case USCRIPT_HAN:
		case USCRIPT_HIRAGANA:
		case USCRIPT_KATAKANA:
		case USCRIPT_HANGUL:
		case USCRIPT_GEORGIAN:
		case USCRIPT_THAI:
		case USCRIPT_ARABIC:
		case USCRIPT_HEBREW:
			return 2 + (int) sc;
		case USCRIPT_COMMON:
		case USCRIPT_INHERITED:
			return 0;
		default:
			return 1;			/* Latin and every script with look-alikes */
	}
}

/* Is ch a Han ideograph (a word of its own)? */
static bool
bk_ideograph(UChar32 ch)
{
	UErrorCode	st = U_ZERO_ERROR;

	return ch >= 0x2E80 && uscript_getScript(ch, &st) == USCRIPT_HAN;
}

/* The letter a digit or symbol imitates, or 0 */
static char
bk_leet(UChar32 ch)
{
	switch (ch)
	{
		case '0':
			return 'o';
		case '1':
		case '|':
			return 'l';
		case '3':
			return 'e';
		case '4':
		case '@':
			return 'a';
		case '5':
		case '$':
			return 's';
		case '7':
			return 't';
		case '8':
			return 'b';
		case '9':
			return 'g';
		case '!':
			return 'i';
		case 0x01:				/* stand-ins of bk_symbol_stand_in */
			return 'r';
		case 0x02:
			return 'c';
		case 0x03:
			return 'l';
		case 0x04:
			return 'e';
		case 0x05:
			return 'y';
		default:
			return 0;
	}
}

/*
 * The letter a digit or symbol imitates when every one of them is read as
 * a letter (BK_READ_LEET): as bk_leet, and 6 as g, the stand-ins of "()"
 * as o and of ß as b.
 */
static char
bk_leet_all(UChar32 ch)
{
	switch (ch)
	{
		case '6':
			return 'g';
		case BK_SI_O:
			return 'o';
		case BK_SI_B:
			return 'b';
		default:
			return bk_leet(ch);
	}
}

/* A growable output string */
typedef struct bk_buf
{
	char	   *data;
	size_t		len;
	size_t		cap;
} bk_buf;

static bool
bk_put(bk_buf *b, char ch)
{
	if (b->len + 2 > b->cap)
	{
		size_t		cap = b->cap ? b->cap * 2 : 256;
		char	   *d = realloc(b->data, cap);

		if (d == NULL)
			return false;
		b->data = d;
		b->cap = cap;
	}
	b->data[b->len++] = ch;
	b->data[b->len] = '\0';
	return true;
}

/* Is every letter of the word one whose skeleton is one ASCII letter? */
static bool
bk_all_confusable(bk_ctx *c, const UChar *w, int32_t n)
{
	int32_t		i = 0;
	int			letters = 0;

	while (i < n)
	{
		UChar32		ch;
		UChar		one[2];
		UChar		sk[8];
		int32_t		len = 0;
		int32_t		skn;
		UErrorCode	st = U_ZERO_ERROR;

		U16_NEXT(w, i, n, ch);
		if (!u_isalpha(ch))
			continue;
		letters++;
		U16_APPEND_UNSAFE(one, len, ch);
		skn = uspoof_getSkeleton(c->spoof, 0, one, len, sk, 8, &st);
		if (U_FAILURE(st) || skn != 1 || sk[0] >= 0x80 ||
			!((sk[0] >= 'a' && sk[0] <= 'z') || (sk[0] >= 'A' && sk[0] <= 'Z')))
			return false;
	}
	return letters >= 2;
}

/*
 * bk_translit
 *		Transliterate w[0..n) in place into buf (cap code units); returns
 *		the new length, or -1 when ICU fails.
 */
static int32_t
bk_translit(bk_ctx *c, UChar *buf, int32_t n, int32_t cap)
{
	UErrorCode	st = U_ZERO_ERROR;
	int32_t		limit = n;

	utrans_transUChars(c->translit, buf, &n, cap, 0, &limit, &st);
	return U_FAILURE(st) ? -1 : n;
}

/*
 * bk_fold_segment
 *		Append to out the part buf[0..m) of a word (no spaces) as [a-z0-9]:
 *		ASCII letters lower case; a digit or symbol that imitates a letter read as that letter
 *		when it stands among the word's letters: one or two between two
 *		letters (Dys0n, App1e, 8r@un, R01ex), one or two before at least
 *		three (5ony, 4didas, $0ny) or, one 0, 1, 3, @ or $, after at least
 *		three (Leg0, Gucc1); model numbers (V11, PS5, Flip5, iPhone15, 4K)
 *		stay digits; anything else is dropped.  With all (BK_READ_LEET),
 *		every digit and symbol of a word with a letter is read as a letter
 *		(bk_leet_all).  Sets BK_F_DIGITS in *flags when it read one.
 */
static bk_status
bk_fold_segment(const UChar *buf, int32_t m, bk_buf *out, uint8_t *flags, bool all)
{
	int			letters = 0;
	int32_t		i;
	int32_t		j;

	for (j = 0; j < m; j++)
		if (u_isalpha(buf[j]))
			letters++;
	for (i = 0; i < m; i++)
	{
		UChar		ch = buf[i];
		char		leet = all ? bk_leet_all(ch) : bk_leet(ch);

		if (ch >= 'A' && ch <= 'Z')
			ch = ch - 'A' + 'a';
		if (ch >= 'a' && ch <= 'z')
		{
			if (!bk_put(out, (char) ch))
				return BK_NO_MEMORY;
			continue;
		}
		if (leet != 0 && all && letters >= 1)
		{
			/* BK_READ_LEET: every one, in a word with a letter (J81, 13G()) */
			if (!bk_put(out, leet))
				return BK_NO_MEMORY;
			*flags |= BK_F_DIGITS;
			continue;
		}
		if (leet != 0 && letters >= 2)
		{
			int32_t		rs = i;
			int32_t		re = i;
			int			before = 0;
			int			after = 0;
			bool		fold;

			/* the run of digits and symbols around i */
			while (rs > 0 && !u_isalpha(buf[rs - 1]) && bk_leet(buf[rs - 1]))
				rs--;
			while (re + 1 < m && !u_isalpha(buf[re + 1]) && bk_leet(buf[re + 1]))
				re++;
			for (j = 0; j < rs; j++)
				if (u_isalpha(buf[j]) || bk_leet(buf[j]))
					before++;
			for (j = re + 1; j < m; j++)
				if (u_isalpha(buf[j]) || bk_leet(buf[j]))
					after++;
			if (re == rs)
				fold = (rs > 0 && u_isalpha(buf[rs - 1]) && re + 1 < m && u_isalpha(buf[re + 1])) ||
					(before == 0 && after >= 3) ||
					(after == 0 && before >= 3 && strchr("013@$", ch) != NULL);
			else
				fold = re - rs == 1 &&
					((before == 0 && after >= 2) ||
					 (rs > 0 && u_isalpha(buf[rs - 1]) && re + 1 < m && u_isalpha(buf[re + 1])));
			/* whatever the rule, only when the run touches a letter */
			fold = fold && ((rs > 0 && u_isalpha(buf[rs - 1])) ||
							(re + 1 < m && u_isalpha(buf[re + 1])));
			if (fold)
			{
				if (!bk_put(out, leet))
					return BK_NO_MEMORY;
				*flags |= BK_F_DIGITS;
				continue;
			}
		}
		if (ch >= '0' && ch <= '9')
		{
			if (!bk_put(out, (char) ch))
				return BK_NO_MEMORY;
		}
	}
	return BK_OK;
}

/*
 * bk_fold_once
 *		Append to out the word buf[0..m) as [a-z0-9 ]: what is not an ASCII
 *		letter, digit, symbol or space is dropped, then each part between
 *		spaces (transliteration may split a word: Han pinyin, NFKC's space
 *		in U+037A) is folded by bk_fold_segment on its own, as it would be
 *		as a word of its own, so that a key is its own key.
 */
static bk_status
bk_fold_once(UChar *buf, int32_t m, bk_buf *out, uint8_t *flags, bool all)
{
	size_t		start = out->len;
	int32_t		j;
	int32_t		t = 0;
	int32_t		s0 = 0;

	for (j = 0; j < m; j++)
		if (buf[j] < 0x80 && (u_isalnum(buf[j]) || bk_leet_all(buf[j]) || buf[j] == ' '))
			buf[t++] = buf[j];
	m = t;
	while (s0 < m)
	{
		int32_t		s1 = s0;
		bk_status	rc;

		while (s1 < m && buf[s1] != ' ')
			s1++;
		if (s0 > 0 && out->len > start && out->data[out->len - 1] != ' ' &&
			!bk_put(out, ' '))
			return BK_NO_MEMORY;
		rc = bk_fold_segment(buf + s0, s1 - s0, out, flags, all);
		if (rc != BK_OK)
			return rc;
		s0 = s1 + 1;
	}
	return BK_OK;
}

/*
 * bk_fold
 *		bk_fold_once, repeated on its own result until that no longer
 *		changes (dropping a symbol can leave a run the rules read
 *		differently), so that a key is its own key.
 */
static bk_status
bk_fold(UChar *buf, int32_t m, bk_buf *out, uint8_t *flags)
{
	size_t		start = out->len;
	int			round;

	for (round = 0; round < 8; round++)
	{
		size_t		len;
		int32_t		k;
		uint8_t		f = 0;
		bk_status	rc;

		rc = bk_fold_once(buf, m, out, &f, false);
		if (rc != BK_OK)
			return rc;
		*flags |= f;
		len = out->len - start;
		if ((int32_t) len == m)
		{
			for (k = 0; k < m; k++)
				if (buf[k] != (UChar) out->data[start + k])
					break;
			if (k == m)
				return BK_OK;	/* a fixed point */
		}
		/* again, on what came out */
		for (k = 0; k < (int32_t) len; k++)
			buf[k] = (UChar) out->data[start + k];
		m = (int32_t) len;
		out->len = start;
		out->data[start] = '\0';
	}
	return bk_fold_once(buf, m, out, flags, false);
}

/*
 * bk_word_key
 *		Append the key of the word w[0..n) (already NFKC) to out; sets
 *		*origin and ORs *flags; leet: every digit and symbol read as a
 *		letter (BK_READ_LEET).  Returns BK_OK or a failure.
 */
static bk_status
bk_word_key(bk_ctx *c, const UChar *w, int32_t n, bk_buf *out,
			uint8_t *origin, uint8_t *flags, bool leet)
{
	int			latin = 0;
	int			other = 0;
	int32_t		i = 0;
	int32_t		cap = n * 12 + 16;
	UChar	   *buf = malloc(sizeof(UChar) * cap);
	int32_t		m = 0;
	size_t		start = out->len;
	bool		ascii = true;
	bk_status	rc = BK_OK;

	if (buf == NULL)
		return BK_NO_MEMORY;
	while (i < n)
	{
		UChar32		ch;
		UErrorCode	st = U_ZERO_ERROR;
		UScriptCode sc;

		U16_NEXT(w, i, n, ch);
		if (ch >= 0x80)
			ascii = false;
		if (!u_isalpha(ch))
			continue;
		sc = uscript_getScript(ch, &st);
		if (sc == USCRIPT_HAN)
			*flags |= BK_F_HAN;
		if (sc == USCRIPT_GEORGIAN)
			*flags |= BK_F_GEORGIAN;
		if (sc == USCRIPT_GREEK)
			*flags |= BK_F_GREEK;
		if (sc == USCRIPT_LATIN)
			latin++;
		else if (sc != USCRIPT_COMMON && sc != USCRIPT_INHERITED)
			other++;
	}

	if (other > 0 && (latin > 0 || bk_all_confusable(c, w, n)))
	{
		/* homoglyphs: each non-ASCII letter read as its skeleton */
		*origin = BK_HOMOGLYPH;
		i = 0;
		while (i < n && rc == BK_OK)
		{
			UChar32		ch;
			UChar		one[2];
			UChar		sk[8];
			int32_t		len = 0;
			int32_t		skn;
			UErrorCode	st = U_ZERO_ERROR;
			int32_t		j;
			bool		ascii = true;

			U16_NEXT(w, i, n, ch);
			U16_APPEND_UNSAFE(one, len, ch);
			if (ch < 0x80)
			{
				buf[m++] = (UChar) ch;
				continue;
			}
			skn = uspoof_getSkeleton(c->spoof, 0, one, len, sk, 8, &st);
			for (j = 0; U_SUCCESS(st) && j < skn; j++)
				if (sk[j] >= 0x80)
					ascii = false;
			if (U_SUCCESS(st) && skn == 1 && sk[0] == 'l' && u_isupper(ch))
				buf[m++] = 'i';	/* TR39 reads capital I-like letters as l */
			else if (ch == 0x039B)
				buf[m++] = 'A';	/* Λ: a crossbar-less A (ΛirPods) */
			else if (U_SUCCESS(st) && skn > 0 && ascii)
			{
				for (j = 0; j < skn; j++)
					buf[m++] = sk[j];
			}
			else
			{
				/* not a look-alike: transliterate this letter alone */
				UChar		t[32];
				int32_t		tn;

				memcpy(t, one, sizeof(UChar) * len);
				tn = bk_translit(c, t, len, 32);
				if (tn < 0)
					rc = BK_ICU_ERROR;
				for (j = 0; j < tn && m < cap; j++)
					buf[m++] = t[j];
			}
		}
	}
	else
	{
		/* Latin, or another script: transliterate the whole word */
		*origin = other > 0 ? BK_TRANSLIT : BK_LATIN;
		memcpy(buf, w, sizeof(UChar) * n);
		m = ascii ? n : bk_translit(c, buf, n, cap);
		if (m < 0)
			rc = BK_ICU_ERROR;
	}

	/* keep [a-z0-9], reading digits and symbols that imitate letters */
	if (rc == BK_OK)
		rc = leet ? bk_fold_once(buf, m, out, flags, true) : bk_fold(buf, m, out, flags);

	/* no trailing space inside the word */
	while (out->len > start && out->data[out->len - 1] == ' ')
		out->data[--out->len] = '\0';
	free(buf);
	return rc;
}

/*
 * bk_spacer
 *		Is the symbol ch at byte offset p of in[0..n) used as a spacer
 *		between single letters (R|O|L|E|X, N!i!k!e)?  True when the same
 *		symbol comes again two characters later or came two characters
 *		before.
 */
static bool
bk_spacer(const char *in, int32_t n, int32_t p, UChar32 ch, bool leet)
{
	int32_t		q = p;
	int32_t		k;
	UChar32		c1;
	UChar32		c2;

	/* forward: ch, letter, ch */
	U8_NEXT(in, q, n, c1);	/* ch itself */
	if (q < n)
	{
		U8_NEXT(in, q, n, c1);
		if (c1 >= 0 && bk_class(c1, leet) == CL_LETTER && q < n)
		{
			U8_NEXT(in, q, n, c2);
			if (c2 == ch)
				return true;
		}
	}
	/* backward: ch, letter, ch */
	k = p;
	if (k > 0)
	{
		U8_PREV(in, 0, k, c1);
		if (c1 >= 0 && bk_class(c1, leet) == CL_LETTER && k > 0)
		{
			U8_PREV(in, 0, k, c2);
			if (c2 == ch)
				return true;
		}
	}
	return false;
}

/*
 * bk_symbols_lead_on
 *		BK_READ_LEET: from byte offset j of in[0..n), do symbols (and
 *		apostrophes) lead to a letter or digit (£€go, X!@omi)?
 */
static bool
bk_symbols_lead_on(const char *in, int32_t n, int32_t j)
{
	while (j < n)
	{
		UChar32		ch;
		int			cl;

		U8_NEXT(in, j, n, ch);
		if (ch < 0)
			return false;
		cl = bk_class(ch, true);
		if (cl == CL_LETTER || cl == CL_DIGIT)
			return true;
		if (cl != CL_SYMBOL && cl != CL_APOS)
			return false;
	}
	return false;
}

/*
 * bk_leet_tail
 *		BK_READ_LEET: do the symbols from byte offset j of in[0..n) end a
 *		word as letters: one or two symbols that pass for letters (not !
 *		or |), then a separator or the end (J8£, Jß£, Pum@)?
 */
static bool
bk_leet_tail(const char *in, int32_t n, int32_t j)
{
	int			count = 0;

	while (j < n)
	{
		UChar32		ch;
		int			cl;

		U8_NEXT(in, j, n, ch);
		if (ch < 0)
			return false;
		cl = bk_class(ch, true);
		if (cl == CL_SEP)
			break;
		if (cl == CL_APOS)
			continue;
		if (cl != CL_SYMBOL || ch == '!' || ch == '|' || ++count > 2)
			return false;
	}
	return count > 0;
}

/*
 * bk_leet_copy
 *		BK_READ_LEET's copy of in[0..n) (malloc'd, NULL when out of memory):
 *		"()" next to a letter or digit becomes BK_SI_O BK_SI_NONE, ß becomes
 *		BK_SI_B BK_SI_NONE, and the input's own control characters that
 *		stand-ins use become spaces.
 */
static char *
bk_leet_copy(const char *in, int32_t n)
{
	char	   *cp = malloc(n > 0 ? n : 1);
	int32_t		i;

	if (cp == NULL)
		return NULL;
	memcpy(cp, in, n);
	for (i = 0; i < n; i++)
	{
		unsigned char b = (unsigned char) cp[i];

		if (b >= 0x01 && b <= 0x08)
			cp[i] = ' ';
		else if (b == '(' && i + 1 < n && cp[i + 1] == ')' &&
				 ((i > 0 && ((unsigned char) cp[i - 1] >= 0x80 || isalnum((unsigned char) cp[i - 1]))) ||
				  (i + 2 < n && ((unsigned char) cp[i + 2] >= 0x80 || isalnum((unsigned char) cp[i + 2])))))
		{
			cp[i] = BK_SI_O;
			cp[++i] = BK_SI_NONE;
		}
		else if (b == 0xC3 && i + 1 < n && (unsigned char) cp[i + 1] == 0x9F)
		{
			cp[i] = BK_SI_B;
			cp[++i] = BK_SI_NONE;
		}
	}
	return cp;
}

bk_status
bk_analyze(bk_ctx *c, const char *in, size_t len, char **key, size_t *keylen,
		   bk_word **words, int *nwords)
{
	return bk_analyze_opts(c, in, len, 0, key, keylen, words, nwords);
}

bk_status
bk_analyze_opts(bk_ctx *c, const char *in, size_t len, int opts, char **key,
				size_t *keylen, bk_word **words, int *nwords)
{
	bk_buf		out = {NULL, 0, 0};
	bk_word    *wv = NULL;
	int			nw = 0;
	int			capw = 0;
	UChar	   *w = NULL;
	UChar	   *nf = NULL;
	int32_t		i = 0;
	int32_t		n = (int32_t) len;
	bk_status	rc = BK_OK;
	bool		leet = (opts & BK_READ_LEET) != 0;
	int			memo = leet ? 1 : 0;
	char	   *copy = NULL;

	*key = NULL;
	*keylen = 0;
	*words = NULL;
	*nwords = 0;
	if (len > BK_MAX_INPUT)
		return BK_TOO_LONG;
	w = malloc(sizeof(UChar) * (BK_MAX_WORD * 2 + 2));
	nf = malloc(sizeof(UChar) * (BK_MAX_WORD * 2 * 18 + 2));
	if (w == NULL || nf == NULL || !bk_put(&out, ' '))
		rc = BK_NO_MEMORY;
	out.len = 0;
	if (leet && rc == BK_OK)
	{
		copy = bk_leet_copy(in, n);
		if (copy == NULL)
			rc = BK_NO_MEMORY;
		in = copy;
	}

	while (rc == BK_OK && i < n)
	{
		int32_t		start = i;
		int32_t		end;
		int32_t		wn = 0;
		int32_t		ncp = 0;
		UChar32		ch;
		int			cl;
		int			prev = CL_SEP;
		UChar32		prevch = 0;
		uint8_t		origin = BK_LATIN;
		uint8_t		flags = 0;
		size_t		kstart;
		UErrorCode	st = U_ZERO_ERROR;
		int32_t		nfn;

		U8_NEXT(in, i, n, ch);
		if (ch < 0)
		{
			rc = BK_BAD_UTF8;
			break;
		}
		cl = bk_class(ch, leet);
		if (cl == CL_SYMBOL && bk_spacer(in, n, start, ch, leet))
			continue;
		if (cl == CL_SEP || cl == CL_APOS)
			continue;
		if (cl == CL_SYMBOL)
		{
			/*
			 * a symbol starts a word only when a letter or digit follows
			 * (for BK_READ_LEET, after more symbols too)
			 */
			int32_t		j = i;
			UChar32		nx;

			if (j >= n)
				continue;
			U8_NEXT(in, j, n, nx);
			if (leet ? !bk_symbols_lead_on(in, n, i) :
				(nx < 0 || (bk_class(nx, leet) != CL_LETTER && bk_class(nx, leet) != CL_DIGIT)))
				continue;
		}

		/* the word: letters, digits, and symbols/apostrophes inside it */
		end = i;
		for (;;)
		{
			if (cl != CL_APOS && ncp < BK_MAX_WORD)
			{
				UChar32		app = bk_symbol_stand_in(ch) ? bk_symbol_stand_in(ch) : ch;

				U16_APPEND_UNSAFE(w, wn, app);
				ncp++;
			}
			prev = cl;
			end = i;
			if (i >= n)
				break;
			{
				int32_t		j = i;
				UChar32		nx;
				int			ncl;

				U8_NEXT(in, j, n, nx);
				if (nx < 0)
				{
					rc = BK_BAD_UTF8;
					break;
				}
				ncl = bk_class(nx, leet);
				if (ncl == CL_SEP || (ncl == CL_SYMBOL && bk_spacer(in, n, i, nx, leet)))
					break;
				if (ncl == CL_SYMBOL || ncl == CL_APOS)
				{
					/*
					 * Inside the word only if a letter or digit follows; @ and
					 * $ may also end a word of letters (Pum@).
					 */
					int32_t		k = j;
					UChar32		nn = -1;
					int			nncl = CL_SEP;

					if (k < n)
					{
						U8_NEXT(in, k, n, nn);
						if (nn < 0)
						{
							rc = BK_BAD_UTF8;
							break;
						}
						nncl = bk_class(nn, leet);
					}
					if (nncl != CL_LETTER && nncl != CL_DIGIT &&
						!((nx == '@' || nx == '$') && cl == CL_LETTER && nncl == CL_SEP) &&
						!(leet && (bk_symbols_lead_on(in, n, i) || bk_leet_tail(in, n, i))))
						break;
				}
				else if (leet && ncl == CL_LETTER && cl == CL_LETTER && u_isupper(prevch) &&
						 u_isupper(ch) && u_isupper(nx) && j < n)
				{
					/* BK_READ_LEET: an acronym glued to a word (JBLFlip) */
					int32_t		k = j;
					UChar32		nn;

					U8_NEXT(in, k, n, nn);
					if (nn >= 0 && u_islower(nn))
						break;
				}
				else if (ncl == CL_LETTER && cl == CL_LETTER &&
						 bk_group(nx) != bk_group(ch) &&
						 bk_group(nx) != 0 && bk_group(ch) != 0)
					break;		/* 适用于APPLE, AirPodsისთვის: two words */
				else if (bk_ideograph(ch) || bk_ideograph(nx))
					break;		/* Chinese has no spaces: a word per character */
				i = j;
				prevch = ch;
				ch = nx;
				cl = ncl;
			}
		}
		(void) prev;
		if (rc != BK_OK)
			break;

		/* NFKC, then the word's key */
		nfn = unorm2_normalize(c->nfkc, w, wn, nf, BK_MAX_WORD * 2 * 18, &st);
		if (U_FAILURE(st))
		{
			rc = BK_ICU_ERROR;
			break;
		}
		if (nfn != wn || memcmp(nf, w, sizeof(UChar) * wn) != 0)
			flags |= BK_F_WIDTH;
		if (out.len > 0 && !bk_put(&out, ' '))
		{
			rc = BK_NO_MEMORY;
			break;
		}
		kstart = out.len;
		{
			uint32_t	h = bk_hash(nf, nfn);
			bk_memo    *m = bk_memo_slot(c, memo, nf, nfn, h);

			if (m->wlen != 0)
			{
				const char *p;

				for (p = m->key; *p && rc == BK_OK; p++)
					if (!bk_put(&out, *p))
						rc = BK_NO_MEMORY;
				origin = m->origin;
				flags |= m->flags;
			}
			else
			{
				uint8_t		wflags = 0;

				rc = bk_word_key(c, nf, nfn, &out, &origin, &wflags, leet);
				flags |= wflags;
				if (rc == BK_OK && nfn > 0)
				{
					if (c->memo_used[memo] >= BK_MEMO_SLOTS / 2)
					{
						bk_memo_clear(c, memo);
						m = bk_memo_slot(c, memo, nf, nfn, h);
					}
					m->word = malloc(sizeof(UChar) * nfn);
					m->key = malloc(out.len - kstart + 1);
					if (m->word != NULL && m->key != NULL)
					{
						memcpy(m->word, nf, sizeof(UChar) * nfn);
						memcpy(m->key, out.data + kstart, out.len - kstart);
						m->key[out.len - kstart] = '\0';
						m->hash = h;
						m->wlen = nfn;
						m->origin = origin;
						m->flags = wflags;
						c->memo_used[memo]++;
					}
					else
					{
						free(m->word);
						free(m->key);
						m->word = NULL;
						m->key = NULL;
					}
				}
			}
		}
		if (rc != BK_OK)
			break;
		if (out.len == kstart)
		{
			/* nothing left of the word: drop the separator too */
			if (out.len > 0)
				out.data[--out.len] = '\0';
			continue;
		}
		if (nw == capw)
		{
			int			cap = capw ? capw * 2 : 16;
			bk_word    *nv = realloc(wv, sizeof(bk_word) * cap);

			if (nv == NULL)
			{
				rc = BK_NO_MEMORY;
				break;
			}
			wv = nv;
			capw = cap;
		}
		/* a transliteration may have made several words: record each */
		{
			size_t		p = kstart;

			while (p < out.len)
			{
				size_t		q = p;

				while (q < out.len && out.data[q] != ' ')
					q++;
				if (nw == capw)
				{
					int			cap = capw * 2;
					bk_word    *nv = realloc(wv, sizeof(bk_word) * cap);

					if (nv == NULL)
					{
						rc = BK_NO_MEMORY;
						break;
					}
					wv = nv;
					capw = cap;
				}
				wv[nw].key_off = (uint32_t) p;
				wv[nw].key_len = (uint32_t) (q - p);
				wv[nw].src_off = (uint32_t) start;
				wv[nw].src_len = (uint32_t) (end - start);
				wv[nw].origin = origin;
				wv[nw].flags = flags;
				nw++;
				p = q + 1;
			}
		}
	}

	free(w);
	free(nf);
	free(copy);
	if (rc != BK_OK)
	{
		free(out.data);
		free(wv);
		return rc;
	}
	if (out.data == NULL && !bk_put(&out, ' '))
	{
		free(wv);
		return BK_NO_MEMORY;
	}
	out.data[out.len] = '\0';
	*key = out.data;
	*keylen = out.len;
	*words = wv;
	*nwords = nw;
	return BK_OK;
}

/* ---------------------------------------------------------------------
 * matching forms and distance
 * ---------------------------------------------------------------------
 */

static inline bool
bk_vowel(char ch)
{
	return ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u';
}

size_t
bk_phonetic(const char *key, size_t len, char *out)
{
	size_t		n = 0;
	size_t		i;

	for (i = 0; i < len; i++)
	{
		char		ch = key[i];
		char		nx = i + 1 < len ? key[i + 1] : '\0';
		const char *emit;
		char		one[2] = {0, 0};

		if (ch == ' ')
			continue;
		if (ch == 't' && i + 3 < len && key[i + 1] == 'i' && key[i + 2] == 'o' && key[i + 3] == 'n')
		{
			emit = "sn";		/* -tion: station, Плейстейшн */
			i += 3;
		}
		else if (ch == 'c' && nx == 'c' && i + 2 < len &&
				 (key[i + 2] == 'e' || key[i + 2] == 'i' || key[i + 2] == 'y'))
		{
			emit = "s";			/* Gucci, Гуччи */
			i++;
		}
		else if (ch == 'p' && nx == 'h')
		{
			emit = "f";
			i++;
		}
		else if ((ch == 's' || ch == 'c') && nx == 'h')
		{
			emit = "s";
			i++;
		}
		else if (ch == 'c' && nx == 'k')
		{
			emit = "k";
			i++;
		}
		else if (ch == 'c')
			emit = (nx == 'e' || nx == 'i' || nx == 'y') ? "s" : "k";
		else if (ch == 'x')
			emit = n == 0 ? "s" : "ks";	/* Xiaomi, Xerox: s- */
		else if (ch == 'q')
			emit = "k";
		else if (ch == 'w')
			emit = "v";
		else if (ch == 'z')
			emit = "s";
		else if (ch == 'y' || ch == 'j')
			emit = "i";
		else
		{
			one[0] = ch;
			emit = one;
		}
		for (; *emit; emit++)
			if (n == 0 || out[n - 1] != *emit)	/* doubled letters single */
				out[n++] = *emit;
	}
	out[n] = '\0';
	return n;
}

/* Cost of replacing x by y */
static inline double
bk_sub_cost(char x, char y, bool weighted)
{
	if (x == y)
		return 0;
	if (weighted && bk_vowel(x) && bk_vowel(y))
		return 0.5;
	if (weighted && ((x == 'i' && y == 'l') || (x == 'l' && y == 'i')))
		return 0.5;				/* l, I and 1 look alike */
	return 1;
}

/* Cost of inserting or deleting x */
static inline double
bk_indel_cost(char x, bool weighted)
{
	return weighted && bk_vowel(x) ? 0.5 : 1;
}

#define BK_DIST_MAXLEN 255

double
bk_distance(const char *a, size_t alen, const char *b, size_t blen,
			double limit, bool weighted)
{
	double		d[3][BK_DIST_MAXLEN + 2];
	double	   *pp;
	double	   *prev;
	double	   *cur;
	size_t		i;
	size_t		j;

	if (alen > BK_DIST_MAXLEN || blen > BK_DIST_MAXLEN)
		return limit + 1;
	pp = d[0];
	prev = d[1];
	cur = d[2];
	prev[0] = 0;
	for (j = 1; j <= blen; j++)
		prev[j] = prev[j - 1] + bk_indel_cost(b[j - 1], weighted);
	for (i = 1; i <= alen; i++)
	{
		double		rowmin;
		double	   *t;

		cur[0] = prev[0] + bk_indel_cost(a[i - 1], weighted);
		rowmin = cur[0];
		for (j = 1; j <= blen; j++)
		{
			double		v = prev[j - 1] + bk_sub_cost(a[i - 1], b[j - 1], weighted);
			double		del = prev[j] + bk_indel_cost(a[i - 1], weighted);
			double		ins = cur[j - 1] + bk_indel_cost(b[j - 1], weighted);

			if (del < v)
				v = del;
			if (ins < v)
				v = ins;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
				a[i - 1] != a[i - 2] && pp[j - 2] + 1 < v)
				v = pp[j - 2] + 1;
			cur[j] = v;
			if (v < rowmin)
				rowmin = v;
		}
		if (rowmin > limit)
			return rowmin;
		t = pp;
		pp = prev;
		prev = cur;
		cur = t;
	}
	return prev[blen];
}

double
bk_similarity(const char *a, size_t alen, const char *b, size_t blen)
{
	char	   *pa;
	char	   *pb;
	size_t		na;
	size_t		nb;
	size_t		longer;
	double		dist;
	double		sim;

	if (alen > BK_DIST_MAXLEN || blen > BK_DIST_MAXLEN)
		return 0;
	pa = malloc(2 * alen + 1);
	pb = malloc(2 * blen + 1);
	if (pa == NULL || pb == NULL)
	{
		free(pa);
		free(pb);
		return 0;
	}
	na = bk_phonetic(a, alen, pa);
	nb = bk_phonetic(b, blen, pb);
	longer = na > nb ? na : nb;
	if (longer == 0)
		sim = 1;
	else
	{
		dist = bk_distance(pa, na, pb, nb, (double) longer, true);
		sim = 1.0 - dist / (double) longer;
		if (sim < 0)
			sim = 0;
	}
	free(pa);
	free(pb);
	return sim;
}
