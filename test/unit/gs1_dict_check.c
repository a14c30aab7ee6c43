/*
 * gs1_dict_check.c
 *		Cross-check of the generated GS1 AI table (src/gs1_ai_table.c) and
 *		of gs1_ai_lookup / gs1_ai_prefix / gs1_ai_fixed_total against the
 *		GS1 Barcode Syntax Dictionary text file itself.
 *
 * Usage (from the repository root):
 *		test/unit/bin/gs1_dict_check [dictionary-path]
 * The default path is ../shared/testdata/gs1/gs1-syntax-dictionary.txt.
 * When the file is absent the check prints a SKIP line and exits 77.
 *
 * This is deliberately an independent reading of the dictionary: it parses
 * each line here, in C, without sharing anything with src/gs1_ai_gen.pl,
 * expands every AI range, and for every AI compares what gs1_ai_lookup()
 * returns with the line: range, flags, each component (character set,
 * lengths, optional, linter names via gs1_linter_name), req= list, ex,
 * dlpkey and title.  It then tries every 2-, 3- and 4-digit string to make
 * sure no undefined AI is found, and checks gs1_ai_prefix against lookup.
 * One line per mismatch; a summary line; exit 1 on any mismatch.
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gs1_ai.h"
#include "gs1_lint.h"

#define DEFAULT_DICT	"../shared/testdata/gs1/gs1-syntax-dictionary.txt"
#define LINE_MAX_LEN	4096
#define MAX_TOKENS		64
#define MAX_COMP		16
#define MAX_LINT		16
#define MAX_REQ			16
#define NAME_LEN		64
#define ATTR_LEN		512

/* One component of a dictionary line, as written there */
typedef struct dict_comp
{
	char		cset;
	int			min;
	int			max;
	bool		optional;
	int			nlint;
	char		lint[MAX_LINT][NAME_LEN];
} dict_comp;

/* One dictionary entry line, as written there */
typedef struct dict_line
{
	int			lineno;
	char		first[8];
	char		last[8];
	int			flags;			/* GS1_AI_* from the flag token */
	int			ncomp;
	dict_comp	comp[MAX_COMP];
	int			nreq;
	char		req[MAX_REQ][ATTR_LEN];
	bool		has_ex;
	char		ex[ATTR_LEN];
	bool		has_dlpkey;
	char		dlpkey[ATTR_LEN];
	char		title[LINE_MAX_LEN];
} dict_line;

static int	mismatches = 0;

/* which AIs the dictionary defines: defined[len][value] */
static bool defined2[100];
static bool defined3[1000];
static bool defined4[10000];

/*
 * mismatch
 *		Print one mismatch line (printf-style) and count it.
 */
static void
mismatch(const char *fmt,...)
{
	va_list		ap;

	printf("gs1_dict_check: MISMATCH ");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	mismatches++;
}

/*
 * is_defined
 *		Whether the dictionary defines the AI made of the w digits of n.
 */
static bool
is_defined(int w, int n)
{
	switch (w)
	{
		case 2:
			return defined2[n];
		case 3:
			return defined3[n];
		case 4:
			return defined4[n];
	}
	return false;
}

/*
 * set_defined
 *		Record that the dictionary defines the AI of w digits with value n;
 *		returns false when it was already recorded.
 */
static bool
set_defined(int w, int n)
{
	bool	   *slot = (w == 2) ? &defined2[n] : (w == 3) ? &defined3[n] : &defined4[n];
	bool		was = *slot;

	*slot = true;
	return !was;
}

/*
 * all_digits
 *		Whether s is a non-empty string of ASCII digits.
 */
static bool
all_digits(const char *s)
{
	if (*s == '\0')
		return false;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return false;
	return true;
}

/*
 * copy_bounded
 *		Copy src into dst (size dstsize); returns false when it does not fit.
 */
static bool
copy_bounded(char *dst, size_t dstsize, const char *src)
{
	size_t		n = strlen(src);

	if (n >= dstsize)
		return false;
	memcpy(dst, src, n + 1);
	return true;
}

/*
 * parse_component
 *		Parse one specification component such as "N14,csum,gcppos2",
 *		"X..20" or "[N3],iso3166" into *c.  Returns false when malformed.
 */
static bool
parse_component(const char *tok, dict_comp *c)
{
	const char *p = tok;
	bool		var = false;
	int			n = 0;
	int			digits = 0;

	memset(c, 0, sizeof(*c));
	if (*p == '[')
	{
		c->optional = true;
		p++;
	}
	if (*p != 'N' && *p != 'X' && *p != 'Y' && *p != 'Z')
		return false;
	c->cset = *p++;
	if (p[0] == '.' && p[1] == '.')
	{
		var = true;
		p += 2;
	}
	while (*p >= '0' && *p <= '9')
	{
		n = n * 10 + (*p++ - '0');
		if (++digits > 3)
			return false;
	}
	if (digits == 0)
		return false;
	if (c->optional)
	{
		if (*p != ']')
			return false;
		p++;
	}
	c->max = n;
	c->min = var ? 1 : n;

	while (*p == ',')
	{
		const char *start = ++p;
		size_t		len;

		while (*p && *p != ',')
			p++;
		len = (size_t) (p - start);
		if (len == 0 || len >= NAME_LEN || c->nlint >= MAX_LINT)
			return false;
		memcpy(c->lint[c->nlint], start, len);
		c->lint[c->nlint][len] = '\0';
		c->nlint++;
	}
	return *p == '\0';
}

/*
 * parse_line
 *		Parse one non-comment dictionary line (modified in place) into *d.
 *		Returns false, after printing why, when the line is malformed.
 */
static bool
parse_line(char *buf, int lineno, dict_line *d)
{
	char	   *hash;
	char	   *tok[MAX_TOKENS];
	int			ntok = 0;
	int			t = 0;
	char	   *p;
	char	   *dash;

	memset(d, 0, sizeof(*d));
	d->lineno = lineno;

	/* title: after the first '#', surrounding whitespace removed */
	hash = strchr(buf, '#');
	if (hash)
	{
		char	   *s = hash + 1;
		char	   *end;

		*hash = '\0';
		while (*s == ' ' || *s == '\t')
			s++;
		end = s + strlen(s);
		while (end > s && isspace((unsigned char) end[-1]))
			end--;
		*end = '\0';
		copy_bounded(d->title, sizeof(d->title), s);
	}

	/* whitespace-separated tokens */
	p = buf;
	for (;;)
	{
		while (*p == ' ' || *p == '\t' || *p == '\r')
			p++;
		if (*p == '\0')
			break;
		if (ntok == MAX_TOKENS)
		{
			mismatch("line %d: too many tokens", lineno);
			return false;
		}
		tok[ntok++] = p;
		while (*p && *p != ' ' && *p != '\t' && *p != '\r')
			p++;
		if (*p)
			*p++ = '\0';
	}
	if (ntok == 0)
		return false;

	/* AI or AI range */
	dash = strchr(tok[0], '-');
	if (dash)
		*dash = '\0';
	if (!copy_bounded(d->first, sizeof(d->first), tok[0]) ||
		!copy_bounded(d->last, sizeof(d->last), dash ? dash + 1 : tok[0]) ||
		!all_digits(d->first) || !all_digits(d->last) ||
		strlen(d->first) != strlen(d->last) ||
		strlen(d->first) < 2 || strlen(d->first) > 4 ||
		atoi(d->first) > atoi(d->last))
	{
		mismatch("line %d: cannot read the AI field", lineno);
		return false;
	}
	t = 1;

	/* flags: a token of '*' and '?' characters */
	if (t < ntok && strspn(tok[t], "*?") == strlen(tok[t]))
	{
		if (strchr(tok[t], '*'))
			d->flags |= GS1_AI_FIXED;
		if (strchr(tok[t], '?'))
			d->flags |= GS1_AI_DLATTR;
		t++;
	}

	/* components: tokens that start with an upper-case type or '[' */
	while (t < ntok && (isupper((unsigned char) tok[t][0]) || tok[t][0] == '['))
	{
		if (d->ncomp == MAX_COMP || !parse_component(tok[t], &d->comp[d->ncomp]))
		{
			mismatch("line %d: cannot read component \"%s\"", lineno, tok[t]);
			return false;
		}
		d->ncomp++;
		t++;
	}
	if (d->ncomp == 0)
	{
		mismatch("line %d: no components", lineno);
		return false;
	}

	/* attributes */
	for (; t < ntok; t++)
	{
		bool		ok = true;

		if (strncmp(tok[t], "req=", 4) == 0)
		{
			ok = d->nreq < MAX_REQ &&
				copy_bounded(d->req[d->nreq], ATTR_LEN, tok[t] + 4);
			d->nreq++;
		}
		else if (strncmp(tok[t], "ex=", 3) == 0)
		{
			ok = !d->has_ex && copy_bounded(d->ex, ATTR_LEN, tok[t] + 3);
			d->has_ex = true;
		}
		else if (strcmp(tok[t], "dlpkey") == 0)
		{
			ok = !d->has_dlpkey;
			d->has_dlpkey = true;
			d->dlpkey[0] = '\0';
		}
		else if (strncmp(tok[t], "dlpkey=", 7) == 0)
		{
			ok = !d->has_dlpkey && copy_bounded(d->dlpkey, ATTR_LEN, tok[t] + 7);
			d->has_dlpkey = true;
		}
		else
			ok = false;
		if (!ok)
		{
			mismatch("line %d: cannot read attribute \"%s\"", lineno, tok[t]);
			return false;
		}
	}
	return true;
}

/*
 * show
 *		A printable rendering of a possibly-NULL string for messages.
 */
static const char *
show(const char *s)
{
	return s ? s : "(null)";
}

/*
 * check_str
 *		Compare a table string (may be NULL) with the dictionary's value
 *		(present or not); report a mismatch for AI ai.
 */
static void
check_str(const char *ai, int lineno, const char *what,
		  const char *table, bool present, const char *dict)
{
	if (!present)
	{
		if (table != NULL)
			mismatch("AI %s (line %d): %s is \"%s\" in the table, absent in the dictionary",
					 ai, lineno, what, table);
	}
	else if (table == NULL || strcmp(table, dict) != 0)
		mismatch("AI %s (line %d): %s is %s%s%s in the table, \"%s\" in the dictionary",
				 ai, lineno, what, table ? "\"" : "", show(table),
				 table ? "\"" : "", dict);
}

/*
 * check_ai
 *		Compare the table entry that gs1_ai_lookup finds for AI ai with the
 *		dictionary line d that defines it.
 */
static void
check_ai(const char *ai, const dict_line *d)
{
	const gs1_ai_entry *e = gs1_ai_lookup(ai, strlen(ai));
	int			i;
	int			n;
	size_t		fixed = 0;
	bool		all_fixed = true;

	if (e == NULL)
	{
		mismatch("AI %s (line %d): gs1_ai_lookup finds nothing", ai, d->lineno);
		return;
	}
	if (strcmp(e->ai, d->first) != 0 || strcmp(e->ai_last, d->last) != 0)
		mismatch("AI %s (line %d): entry covers %s-%s, dictionary line %s-%s",
				 ai, d->lineno, e->ai, e->ai_last, d->first, d->last);
	if (e->flags != d->flags)
		mismatch("AI %s (line %d): flags 0x%02x in the table, 0x%02x in the dictionary",
				 ai, d->lineno, e->flags, d->flags);

	/* components */
	for (n = 0; n < GS1_MAX_COMPONENTS && e->comp[n].cset != '\0'; n++)
		;
	if (n != d->ncomp)
		mismatch("AI %s (line %d): %d components in the table, %d in the dictionary",
				 ai, d->lineno, n, d->ncomp);
	for (i = 0; i < n && i < d->ncomp; i++)
	{
		const gs1_component *c = &e->comp[i];
		const dict_comp *dc = &d->comp[i];
		int			nl;
		int			j;

		if (c->cset != dc->cset || c->min != dc->min || c->max != dc->max ||
			c->optional != dc->optional)
			mismatch("AI %s (line %d): component %d is %s%c%d..%d in the table, %s%c%d..%d in the dictionary",
					 ai, d->lineno, i + 1,
					 c->optional ? "optional " : "", c->cset, c->min, c->max,
					 dc->optional ? "optional " : "", dc->cset, dc->min, dc->max);
		for (nl = 0; nl < GS1_MAX_LINTERS && c->linters[nl] != 0; nl++)
			;
		if (nl != dc->nlint)
			mismatch("AI %s (line %d): component %d has %d linters in the table, %d in the dictionary",
					 ai, d->lineno, i + 1, nl, dc->nlint);
		for (j = 0; j < nl && j < dc->nlint; j++)
		{
			const char *name = gs1_linter_name((gs1_linter) c->linters[j]);

			if (name == NULL || strcmp(name, dc->lint[j]) != 0)
				mismatch("AI %s (line %d): component %d linter %d is \"%s\" in the table, \"%s\" in the dictionary",
						 ai, d->lineno, i + 1, j + 1, show(name), dc->lint[j]);
		}
	}

	/* req= list, in order */
	for (n = 0; n < GS1_MAX_REQ && e->req[n] != NULL; n++)
		;
	if (n != d->nreq)
		mismatch("AI %s (line %d): %d req= values in the table, %d in the dictionary",
				 ai, d->lineno, n, d->nreq);
	for (i = 0; i < n && i < d->nreq; i++)
	{
		char		what[16];

		snprintf(what, sizeof(what), "req[%d]", i);
		check_str(ai, d->lineno, what, e->req[i], true, d->req[i]);
	}
	check_str(ai, d->lineno, "ex", e->ex, d->has_ex, d->ex);
	check_str(ai, d->lineno, "dlpkey", e->dlpkey, d->has_dlpkey, d->dlpkey);
	check_str(ai, d->lineno, "title", e->title, true, d->title);

	/* gs1_ai_fixed_total */
	for (i = 0; i < d->ncomp; i++)
	{
		if (d->comp[i].optional || d->comp[i].min != d->comp[i].max)
			all_fixed = false;
		fixed += (size_t) d->comp[i].max;
	}
	if (gs1_ai_fixed_total(e) != (all_fixed ? fixed : 0))
		mismatch("AI %s (line %d): gs1_ai_fixed_total is %zu, expected %zu",
				 ai, d->lineno, gs1_ai_fixed_total(e), all_fixed ? fixed : 0);
}

/*
 * check_prefix
 *		Check gs1_ai_prefix on data[0..len) (a heap copy of exactly len
 *		bytes, so ASan catches any over-read) against the dictionary's AIs.
 */
static void
check_prefix(const char *data, size_t len)
{
	char	   *copy = malloc(len ? len : 1);
	const gs1_ai_entry *got;
	const gs1_ai_entry *want = NULL;
	size_t		wantlen = 0;
	size_t		gotlen = 99;
	size_t		w;
	int			hits = 0;

	if (copy == NULL)
	{
		perror("malloc");
		exit(2);
	}
	memcpy(copy, data, len);

	for (w = 2; w <= 4 && w <= len; w++)
	{
		int			n = 0;
		size_t		k;
		bool		digits = true;

		for (k = 0; k < w; k++)
		{
			if (data[k] < '0' || data[k] > '9')
				digits = false;
			else
				n = n * 10 + (data[k] - '0');
		}
		if (digits && is_defined((int) w, n))
		{
			hits++;
			wantlen = w;
			want = gs1_ai_lookup(data, w);
		}
	}
	if (hits > 1)
		mismatch("data \"%.*s\": the dictionary's AIs are not prefix-free here",
				 (int) len, data);

	got = gs1_ai_prefix(copy, len, &gotlen);
	if (got != want || (want != NULL && gotlen != wantlen))
		mismatch("gs1_ai_prefix(\"%.*s\") gives %s (length %zu), lookup gives %s (length %zu)",
				 (int) len, data, got ? got->ai : "NULL", got ? gotlen : 0,
				 want ? want->ai : "NULL", wantlen);
	free(copy);
}

/*
 * check_lookup_exact
 *		gs1_ai_lookup on a heap copy of exactly len bytes of s must find
 *		the entry that lookup on s finds (want); catches over-reads.
 */
static void
check_lookup_exact(const char *s, size_t len, const gs1_ai_entry *want)
{
	char	   *copy = malloc(len ? len : 1);

	if (copy == NULL)
	{
		perror("malloc");
		exit(2);
	}
	memcpy(copy, s, len);
	if (gs1_ai_lookup(copy, len) != want)
		mismatch("gs1_ai_lookup(\"%.*s\", %zu) is not %s", (int) len, s, len,
				 want ? want->ai : "NULL");
	free(copy);
}

int
main(int argc, char **argv)
{
	const char *path = argc > 1 ? argv[1] : DEFAULT_DICT;
	FILE	   *f;
	char		buf[LINE_MAX_LEN];
	static dict_line d;
	int			lineno = 0;
	int			nlines = 0;
	int			nais = 0;
	int			w;

	f = fopen(path, "rb");
	if (f == NULL)
	{
		if (errno == ENOENT)
		{
			printf("gs1_dict_check: SKIP (dictionary not found at %s)\n", path);
			return 77;			/* skipped, as automake counts it */
		}
		fprintf(stderr, "gs1_dict_check: cannot open %s: %s\n", path, strerror(errno));
		return 1;
	}

	while (fgets(buf, sizeof(buf), f) != NULL)
	{
		size_t		blen = strlen(buf);
		const char *s = buf;
		int			width;
		int			a;
		int			first;
		int			last;

		lineno++;
		if (blen > 0 && buf[blen - 1] == '\n')
			buf[--blen] = '\0';
		else if (!feof(f))
		{
			mismatch("line %d: longer than %d bytes", lineno, LINE_MAX_LEN - 2);
			break;
		}
		while (*s == ' ' || *s == '\t' || *s == '\r')
			s++;
		if (*s == '\0' || *s == '#')
			continue;

		nlines++;
		if (!parse_line(buf, lineno, &d))
			continue;

		width = (int) strlen(d.first);
		first = atoi(d.first);
		last = atoi(d.last);
		for (a = first; a <= last; a++)
		{
			char		ai[8];

			snprintf(ai, sizeof(ai), "%0*d", width, a);
			if (!set_defined(width, a))
				mismatch("AI %s (line %d): defined twice in the dictionary", ai, lineno);
			check_ai(ai, &d);
			nais++;
		}
	}
	fclose(f);

	if ((size_t) nlines != gs1_ai_table_len)
		mismatch("the table has %zu entries, the dictionary %d lines",
				 gs1_ai_table_len, nlines);

	/* every 2-, 3- and 4-digit string: nothing outside the dictionary */
	for (w = 2; w <= 4; w++)
	{
		int			limit = (w == 2) ? 100 : (w == 3) ? 1000 : 10000;
		int			n;

		for (n = 0; n < limit; n++)
		{
			char		s[16];
			const gs1_ai_entry *e;

			snprintf(s, sizeof(s), "%0*d", w, n);
			e = gs1_ai_lookup(s, (size_t) w);
			if (e != NULL && !is_defined(w, n))
				mismatch("AI %s: not in the dictionary, but gs1_ai_lookup finds entry %s-%s",
						 s, e->ai, e->ai_last);
			if (e == NULL && is_defined(w, n))
				mismatch("AI %s: in the dictionary, but gs1_ai_lookup finds nothing", s);
			check_lookup_exact(s, (size_t) w, e);

			/* prefix: the string alone, and followed by more data */
			check_prefix(s, (size_t) w);
			snprintf(s, sizeof(s), "%0*d1234567", w, n);
			check_prefix(s, strlen(s));
		}
	}

	/* edge cases: non-digits, wrong lengths, short data */
	{
		static const char *const bad[] = {"", "0", "1", "0A", "A0", "01 ", " 01",
			"3x00", "31-0", "12345", "00000", "\xff\xff"};
		size_t		i;

		for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		{
			size_t		len = strlen(bad[i]);

			check_lookup_exact(bad[i], len, NULL);
			check_prefix(bad[i], len);
		}
		check_prefix("01\x1d", 3);
		if (gs1_ai_prefix("0", 1, NULL) != NULL || gs1_ai_prefix("", 0, NULL) != NULL)
			mismatch("gs1_ai_prefix finds an AI in data shorter than 2 bytes");
		if (gs1_ai_fixed_total(NULL) != 0)
			mismatch("gs1_ai_fixed_total(NULL) is not 0");
	}

	printf("gs1_dict_check: %d AIs checked, %d mismatches\n", nais, mismatches);
	return mismatches ? 1 : 0;
}
