/*
 * gs1_parse.c
 *		Pure C parser and validator for GS1 element strings.
 *
 * Four input forms are recognised (see gs1_parse.h); each is reduced to a
 * list of (AI, value) elements, which is then validated the same way against
 * the AI table: format components, character sets, linters, repeated AIs,
 * and the req/ex associations.  The serialisers at the end write the
 * canonical bracketed form, scanner data and Digital Link URIs.
 *
 * No PostgreSQL headers and no allocation: everything lives in the caller's
 * gs1_result.
 */
#include "gs1_parse.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "gs1_check.h"

/* Characters that may stay unencoded in a URI path segment or query value */
#define IS_UNRESERVED(c) \
	(((c) >= 'A' && (c) <= 'Z') || ((c) >= 'a' && (c) <= 'z') || \
	 ((c) >= '0' && (c) <= '9') || (c) == '-' || (c) == '.' || \
	 (c) == '_' || (c) == '~')

/*
 * copy_small
 *		memcpy for the short runs (AIs, values of at most 90 bytes) this file
 *		copies per element: 8-byte moves with an overlapping tail, cheaper than
 *		the rep-movs sequence compilers inline for small bounded sizes.  The
 *		ranges must not overlap.
 */
static inline void
copy_small(char *dst, const char *src, size_t n)
{
	uint64_t	w;
	uint32_t	h;
	size_t		i;

	if (n >= 8)
	{
		for (i = 0; i + 8 <= n; i += 8)
		{
			memcpy(&w, src + i, 8);
			memcpy(dst + i, &w, 8);
		}
		/* the tail as one overlapping 8-byte move */
		memcpy(&w, src + n - 8, 8);
		memcpy(dst + n - 8, &w, 8);
	}
	else if (n >= 4)
	{
		uint32_t	t;

		memcpy(&h, src, 4);
		memcpy(&t, src + n - 4, 4);
		memcpy(dst, &h, 4);
		memcpy(dst + n - 4, &t, 4);
	}
	else if (n > 0)
	{
		dst[0] = src[0];
		dst[n / 2] = src[n / 2];
		dst[n - 1] = src[n - 1];
	}
}

static const char *const form_names[] = {
	"bracketed element string",
	"scanner data",
	"GS1 Digital Link URI",
	"EPC URN"
};

/*
 * fail
 *		Record a rejection in res (printf-style message, a full sentence) and
 *		return the status, so callers can write `return fail(...)`.
 */
#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static gs1_status
fail(gs1_result *res, gs1_status st, const char *fmt,...);

static gs1_status
fail(gs1_result *res, gs1_status st, const char *fmt,...)
{
	va_list		ap;

	va_start(ap, fmt);
	vsnprintf(res->errmsg, sizeof(res->errmsg), fmt, ap);
	va_end(ap);
	res->status = st;
	return st;
}

static bool
is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
		c == '\f';
}

static bool
all_digits(const char *s, size_t n)
{
	size_t		i;

	if (n == 0)
		return false;
	for (i = 0; i < n; i++)
		if (!gs1_is_digit((unsigned char) s[i]))
			return false;
	return true;
}

static int
hexval(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Case-insensitive "does s[0..n) start with the lower-case ASCII prefix p" */
static bool
starts_with_ci(const char *s, size_t n, const char *p)
{
	size_t		i;

	for (i = 0; p[i]; i++)
	{
		unsigned char c;

		if (i >= n)
			return false;
		c = (unsigned char) s[i];
		if (c >= 'A' && c <= 'Z')
			c = c - 'A' + 'a';
		if (c != (unsigned char) p[i])
			return false;
	}
	return true;
}

/*
 * show_char
 *		Describe one input byte for a message: "x" for printable ASCII, else
 *		its hex code.  Writes into buf (at least 8 bytes).
 */
static const char *
show_char(unsigned char c, char *buf)
{
	if (c > 0x20 && c < 0x7f)
		snprintf(buf, 8, "\"%c\"", c);
	else
		snprintf(buf, 8, "0x%02X", c);
	return buf;
}

/*
 * describe_format
 *		The AI's format in dictionary notation ("N6 N4", "X..20", "N13 [X..17]")
 *		for messages.
 */
static const char *
describe_format(const gs1_ai_entry *e, char *buf, size_t buflen)
{
	size_t		off = 0;
	int			i;

	buf[0] = '\0';
	for (i = 0; i < GS1_MAX_COMPONENTS && e->comp[i].cset; i++)
	{
		const gs1_component *c = &e->comp[i];
		int			n;

		if (c->min == c->max)
			n = snprintf(buf + off, buflen - off, "%s%s%c%d%s",
						 i ? " " : "", c->optional ? "[" : "", c->cset,
						 c->max, c->optional ? "]" : "");
		else
			n = snprintf(buf + off, buflen - off, "%s%s%c..%d%s",
						 i ? " " : "", c->optional ? "[" : "", c->cset,
						 c->max, c->optional ? "]" : "");
		if (n < 0 || (size_t) n >= buflen - off)
			break;
		off += n;
	}
	return buf;
}

static gs1_status check_element(gs1_result *res, const gs1_element *el);

/*
 * add_element
 *		Append (ai, value) to res and validate it against its AI entry, so
 *		that errors are reported in input order.
 */
static gs1_status
add_element_entry(gs1_result *res, const gs1_ai_entry *e, const char *ai,
				  size_t ailen, const char *val, size_t vlen)
{
	gs1_element *el;

	if (e == NULL && ailen >= 2 && ailen <= GS1_AI_MAXLEN &&
		all_digits(ai, ailen))
		e = gs1_ai_lookup(ai, ailen);
	if (e == NULL)
		return fail(res, GS1_ERR_SYNTAX,
					"AI (%.*s) is not a GS1 Application Identifier.",
					(int) (ailen > 8 ? 8 : ailen), ai);
	if (res->nelem >= GS1_MAX_ELEMENTS)
		return fail(res, GS1_ERR_TOO_LONG,
					"More than %d elements in one element string.",
					GS1_MAX_ELEMENTS);
	if (vlen == 0)
		return fail(res, GS1_ERR_SYNTAX, "AI (%.*s) %s has no value.",
					(int) ailen, ai, e->title);
	if (vlen > GS1_MAX_VALUE)
		return fail(res, GS1_ERR_SYNTAX,
					"AI (%.*s) %s: value has %zu characters; the format is %s.",
					(int) ailen, ai, e->title, vlen,
					describe_format(e, res->errdetail, sizeof(res->errdetail)));
	el = &res->el[res->nelem++];
	copy_small(el->ai, ai, ailen);
	el->ai[ailen] = '\0';
	el->ailen = (uint8_t) ailen;
	el->entry = e;
	copy_small(el->value, val, vlen);
	el->value[vlen] = '\0';
	el->vlen = (uint8_t) vlen;
	return check_element(res, el);
}

/* add_element_entry for an AI not yet looked up */
static gs1_status
add_element(gs1_result *res, const char *ai, size_t ailen,
			const char *val, size_t vlen)
{
	return add_element_entry(res, NULL, ai, ailen, val, vlen);
}

/* ---------------------------------------------------------------------
 * Validation of one element against its AI entry
 * ---------------------------------------------------------------------
 */
static gs1_status
check_element(gs1_result *res, const gs1_element *el)
{
	const gs1_ai_entry *e = el->entry;
	const char *v = el->value;
	size_t		len = el->vlen;
	size_t		pos = 0;
	int			c;
	char		fmt[64];
	char		cbuf[8];

	for (c = 0; c < GS1_MAX_COMPONENTS && e->comp[c].cset; c++)
	{
		const gs1_component *cp = &e->comp[c];
		size_t		take;
		size_t		i;
		int			l;

		if (pos == len)
		{
			if (cp->optional)
				break;
			goto badlength;
		}
		if (cp->min == cp->max)
		{
			if (len - pos < cp->max)
				goto badlength;
			take = cp->max;
		}
		else
		{
			take = len - pos;
			if (take < cp->min || take > cp->max)
				goto badlength;
		}
		{
			/* fast path: all characters valid (class bits AND-ed) */
			static unsigned char cls[256];
			static bool cls_ready = false;
			unsigned char mask;
			unsigned char acc = 0xff;
			size_t		k;

			if (!cls_ready)
			{
				int			ch;

				for (ch = 0; ch < 256; ch++)
					cls[ch] = (gs1_is_digit(ch) ? 1 : 0) |
						(gs1_is_cset39(ch) ? 2 : 0) |
						(gs1_is_cset64(ch) && ch != '=' ? 4 : 0) |
						(gs1_is_cset82(ch) ? 8 : 0);
				cls_ready = true;
			}
			mask = cp->cset == 'N' ? 1 : cp->cset == 'Y' ? 2 :
				cp->cset == 'Z' ? 4 : 8;
			/* four accumulators: no loop-carried dependency per byte */
			{
				const unsigned char *u = (const unsigned char *) v;
				unsigned char a1 = 0xff,
							a2 = 0xff,
							a3 = 0xff;

				for (k = pos; k + 4 <= pos + take; k += 4)
				{
					acc &= cls[u[k]];
					a1 &= cls[u[k + 1]];
					a2 &= cls[u[k + 2]];
					a3 &= cls[u[k + 3]];
				}
				for (; k < pos + take; k++)
					acc &= cls[u[k]];
				acc &= a1 & a2 & a3;
			}
			if (acc & mask)
				goto chars_ok;
		}
		/* slow path: find and report the bad character */
		for (i = pos; i < pos + take; i++)
		{
			unsigned char ch = (unsigned char) v[i];
			bool		ok;
			const char *setname;

			switch (cp->cset)
			{
				case 'N':
					ok = gs1_is_digit(ch);
					setname = "only digits are allowed";
					break;
				case 'Y':
					ok = gs1_is_cset39(ch);
					setname = "it is not in GS1 character set 39";
					break;
				case 'Z':

					/*
					 * '=' only as trailing padding: at most two, and with
					 * padding the length must be a multiple of three (the
					 * dictionary's cset64 rule)
					 */
					ok = gs1_is_cset64(ch);
					setname = "it is not in GS1 character set 64";
					if (ok && ch == '=')
					{
						size_t		j;

						for (j = i; j < pos + take; j++)
							if (v[j] != '=')
								ok = false;
						if (ok && (pos + take - i > 2 || take % 3 != 0))
							return fail(res, GS1_ERR_SYNTAX,
										"AI (%s) %s: \"=\" padding must be one or two characters at the end of a value whose length is a multiple of 3.",
										el->ai, e->title);
						setname = "\"=\" is only allowed as padding at the end";
					}
					break;
				default:
					ok = gs1_is_cset82(ch);
					setname = "it is not in GS1 character set 82";
					break;
			}
			if (!ok)
				return fail(res, GS1_ERR_SYNTAX,
							"AI (%s) %s: character %s at position %zu is not allowed; %s.",
							el->ai, e->title, show_char(ch, cbuf), i + 1,
							setname);
		}
chars_ok:
		for (l = 0; l < GS1_MAX_LINTERS && cp->linters[l]; l++)
		{
			char		msg[200];

			if (!gs1_lint_run((gs1_linter) cp->linters[l], v + pos, take,
							  msg, sizeof(msg)))
				return fail(res, GS1_ERR_SYNTAX, "AI (%s) %s: %s.",
							el->ai, e->title, msg);
		}
		pos += take;
	}
	if (pos == len)
		return GS1_OK;

badlength:
	{
		size_t		maxlen = 0;

		for (c = 0; c < GS1_MAX_COMPONENTS && e->comp[c].cset; c++)
			maxlen += e->comp[c].max;
		/* in scanner data, an overlong value usually means a lost GS */
		return fail(res, GS1_ERR_SYNTAX,
					"AI (%s) %s: value \"%s\" has %zu character%s; the format is %s.%s",
					el->ai, e->title, el->value, len, len == 1 ? "" : "s",
					describe_format(e, fmt, sizeof(fmt)),
					(res->form == GS1_FORM_SCAN && len > maxlen) ?
					" Is a GS separator missing after it?" : "");
	}
}

/*
 * ai_matches
 *		Does the AI ai match the dictionary pattern pat[0..n) ('n' = any digit)?
 */
/* compare two NUL-terminated AI strings (at most GS1_AI_MAXLEN digits) */
static inline int
ai_cmp(const char *a, const char *b)
{
	int			i;

	for (i = 0; i <= GS1_AI_MAXLEN; i++)
	{
		if (a[i] != b[i])
			return (unsigned char) a[i] - (unsigned char) b[i];
		if (a[i] == '\0')
			return 0;
	}
	return 0;
}

static bool
ai_matches(const char *pat, size_t n, const gs1_element *el)
{
	const char *ai = el->ai;
	size_t		i;

	if (n != el->ailen)
		return false;
	for (i = 0; i < n; i++)
		if (pat[i] != 'n' && pat[i] != ai[i])
			return false;
	return true;
}

static bool
present(const gs1_result *res, const char *pat, size_t n, const char *except)
{
	int			i;

	for (i = 0; i < res->nelem; i++)
		if ((except == NULL || ai_cmp(res->el[i].ai, except) != 0) &&
			ai_matches(pat, n, &res->el[i]))
			return true;
	return false;
}

/*
 * describe_alternatives
 *		"(01) and (21), or (03) and (21)" from "01+21,03+21".
 */
static void
describe_alternatives(const char *spec, char *buf, size_t buflen)
{
	size_t		off = 0;
	const char *p;

	buf[0] = '\0';
	for (p = spec; *p && off + 16 < buflen; p++)
	{
		const char *q = p;
		int			n;

		while (*q && *q != ',' && *q != '+')
			q++;
		n = snprintf(buf + off, buflen - off, "(%.*s)", (int) (q - p), p);
		if (n < 0 || (size_t) n >= buflen - off)
			break;
		off += n;
		if (*q == '\0')
			break;
		n = snprintf(buf + off, buflen - off, "%s",
					 *q == '+' ? " with " : (strchr(q + 1, ',') ? ", " : " or "));
		if (n < 0 || (size_t) n >= buflen - off)
			break;
		off += n;
		p = q;
	}
}

/*
 * check_digsig_key
 *		A digital signature (8030) signs a serialised key (GS1 General
 *		Specifications, AI 8030).  The dictionary's req= list admits (253),
 *		(255) and (8003), which are serialised only when they carry their
 *		optional serial component; without another serialised key, one of
 *		them without its serial is an error (the syntax engine checks the
 *		same).
 */
static gs1_status
check_digsig_key(gs1_result *res)
{
	static const struct
	{
		const char *ai;
		size_t		keylen;		/* length without the serial component */
	}			optserial[] = {{"253", 13}, {"255", 13}, {"8003", 14}};
	static const char *const serialised[][2] = {
		{"00", NULL}, {"01", "21"}, {"03", "21"}, {"8004", NULL},
		{"8006", "21"}, {"8010", "8011"}, {"8017", NULL}, {"8018", NULL}
	};
	const gs1_element *bare = NULL;
	size_t		i;

	/* elements are sorted: (8030) can only be there if the last AI sorts at or after it */
	if (res->nelem == 0 || ai_cmp(res->el[res->nelem - 1].ai, "8030") < 0 ||
		gs1_find(res, "8030") == NULL)
		return GS1_OK;
	for (i = 0; i < sizeof(serialised) / sizeof(serialised[0]); i++)
		if (gs1_find(res, serialised[i][0]) != NULL &&
			(serialised[i][1] == NULL || gs1_find(res, serialised[i][1]) != NULL))
			return GS1_OK;
	for (i = 0; i < sizeof(optserial) / sizeof(optserial[0]); i++)
	{
		const gs1_element *k = gs1_find(res, optserial[i].ai);

		if (k != NULL && k->vlen > optserial[i].keylen)
			return GS1_OK;
		if (k != NULL)
			bare = k;
	}
	if (bare != NULL)
		return fail(res, GS1_ERR_SYNTAX,
					"AI (8030) DIGSIG signs a serialised key, but AI (%s) %s has no serial component.",
					bare->ai, bare->entry->title);
	return GS1_OK;
}

/*
 * check_associations
 *		Every req= of every element satisfied, no ex= pattern present.
 */
/*
 * The req/ex associations depend only on which AIs are present, and a bulk
 * load repeats the same AI set row after row (a marking code is always
 * (01)(21)(91)(92)).  The last AI set found valid is remembered, so that
 * check_associations runs once per distinct set in a row of equal ones.
 * Only sets that passed are remembered; the backend is single-threaded.
 */
static char valid_ai_set[GS1_MAX_ELEMENTS * (GS1_AI_MAXLEN + 1)];
static size_t valid_ai_set_len;

/* The AIs of res, each followed by ',', into buf; returns the length */
static size_t
ai_set_key(const gs1_result *res, char *buf)
{
	size_t		n = 0;
	int			i;

	for (i = 0; i < res->nelem; i++)
	{
		copy_small(buf + n, res->el[i].ai, res->el[i].ailen);
		n += res->el[i].ailen;
		buf[n++] = ',';
	}
	return n;
}

static bool
associations_known_valid(const gs1_result *res)
{
	char		key[sizeof(valid_ai_set)];
	size_t		n = ai_set_key(res, key);

	return n == valid_ai_set_len && memcmp(key, valid_ai_set, n) == 0;
}

static void
remember_valid_associations(const gs1_result *res)
{
	valid_ai_set_len = ai_set_key(res, valid_ai_set);
}

static gs1_status
check_associations(gs1_result *res)
{
	int			i;

	for (i = 0; i < res->nelem; i++)
	{
		const gs1_element *el = &res->el[i];
		const gs1_ai_entry *e = el->entry;
		int			r;

		for (r = 0; r < GS1_MAX_REQ && e->req[r]; r++)
		{
			const char *alt = e->req[r];
			bool		satisfied = false;

			while (*alt && !satisfied)
			{
				const char *end = alt;
				bool		all = true;

				while (*end && *end != ',')
					end++;
				/* one alternative: '+'-joined patterns, all required */
				{
					const char *p = alt;

					while (p < end)
					{
						const char *q = p;

						while (q < end && *q != '+')
							q++;
						if (!present(res, p, q - p, NULL))
							all = false;
						p = (q < end) ? q + 1 : q;
					}
				}
				satisfied = all;
				alt = *end ? end + 1 : end;
			}
			if (!satisfied)
			{
				char		need[200];

				describe_alternatives(e->req[r], need, sizeof(need));
				return fail(res, GS1_ERR_SYNTAX,
							"AI (%s) %s requires %s in the same element string.",
							el->ai, e->title, need);
			}
		}
		if (e->ex)
		{
			const char *p = e->ex;

			while (*p)
			{
				const char *q = p;
				int			j;

				while (*q && *q != ',')
					q++;
				for (j = 0; j < res->nelem; j++)
				{
					if (j == i)
						continue;	/* AIs are unique after sort_and_dedup */
					if (ai_matches(p, q - p, &res->el[j]))
						return fail(res, GS1_ERR_SYNTAX,
									"AI (%s) %s may not be used together with AI (%s) %s.",
									el->ai, e->title, res->el[j].ai,
									res->el[j].entry->title);
				}
				p = *q ? q + 1 : q;
			}
		}
	}
	remember_valid_associations(res);
	return GS1_OK;
}

/*
 * sort_and_dedup
 *		Sort elements by AI (stable insertion sort: at most 64 elements),
 *		collapse identical repeats, reject an AI repeated with another value.
 */
static gs1_status
sort_and_dedup(gs1_result *res)
{
	int			i,
				j,
				n;

	for (i = 1; i < res->nelem; i++)
	{
		gs1_element tmp;

		if (ai_cmp(res->el[i - 1].ai, res->el[i].ai) <= 0)
			continue;			/* already in order: the usual case */
		tmp = res->el[i];
		for (j = i; j > 0 && ai_cmp(res->el[j - 1].ai, tmp.ai) > 0; j--)
			res->el[j] = res->el[j - 1];
		res->el[j] = tmp;
	}
	n = 0;
	for (i = 0; i < res->nelem; i++)
	{
		if (n > 0 && ai_cmp(res->el[n - 1].ai, res->el[i].ai) == 0)
		{
			if (strcmp(res->el[n - 1].value, res->el[i].value) != 0)
				return fail(res, GS1_ERR_SYNTAX,
							"AI (%s) %s appears twice with different values (\"%s\" and \"%s\").",
							res->el[i].ai, res->el[i].entry->title,
							res->el[n - 1].value, res->el[i].value);
			continue;
		}
		if (n != i)
			res->el[n] = res->el[i];
		n++;
	}
	res->nelem = n;
	return GS1_OK;
}

/* ---------------------------------------------------------------------
 * Bracketed form: (01)04870001234560(21)ABC\(1\)
 * ---------------------------------------------------------------------
 */

/* Length of "(digits)" at s[0..n) if it is one, else 0 */
static size_t
ai_bracket_len(const char *s, size_t n)
{
	size_t		i;

	if (n < 4 || s[0] != '(')
		return 0;
	for (i = 1; i < n && i <= GS1_AI_MAXLEN + 1; i++)
	{
		if (s[i] == ')')
			return (i >= 3) ? i + 1 : 0;
		if (!gs1_is_digit((unsigned char) s[i]))
			return 0;
	}
	return 0;
}

static gs1_status
parse_bracketed(const char *s, size_t n, gs1_result *res)
{
	size_t		p = 0;

	while (p < n)
	{
		size_t		bl;
		char		val[GS1_MAX_VALUE + 2];
		size_t		vlen = 0;
		const char *ai;
		size_t		ailen;

		while (p < n && is_space((unsigned char) s[p]))
			p++;
		if (p == n)
			break;
		bl = ai_bracket_len(s + p, n - p);
		if (bl == 0)
			return fail(res, GS1_ERR_SYNTAX,
						"Expected an AI in parentheses at position %zu.", p + 1);
		ai = s + p + 1;
		ailen = bl - 2;
		p += bl;
		/* value: up to the next unescaped "(digits)" */
		while (p < n)
		{
			if (s[p] == '\\' && p + 1 < n && (s[p + 1] == '(' || s[p + 1] == ')'))
				p++;		/* escaped parenthesis: literal */
			else if (s[p] == '(' && ai_bracket_len(s + p, n - p) > 0)
				break;
			else if (is_space((unsigned char) s[p]))
			{
				/* spaces are allowed only between elements */
				size_t		q = p;

				while (q < n && is_space((unsigned char) s[q]))
					q++;
				if (q == n || ai_bracket_len(s + q, n - q) > 0)
				{
					p = q;
					break;
				}
			}
			if (vlen <= GS1_MAX_VALUE)
				val[vlen] = s[p];
			vlen++;
			p++;
		}
		if (add_element(res, ai, ailen, val, vlen) != GS1_OK)
			return res->status;
	}
	if (res->nelem == 0)
		return fail(res, GS1_ERR_SYNTAX, "The element string has no elements.");
	return GS1_OK;
}

/* ---------------------------------------------------------------------
 * Scanner data: ]d2 01... 21... <GS> 10...
 * ---------------------------------------------------------------------
 */

/*
 * gs_spelling
 *		Length of a group-separator spelling at s[0..n), else 0: the GS byte,
 *		"<GS>", "{GS}", "[GS]", "\x1d", "\u001d", "^", U+241D, the byte 232 and
 *		its UTF-8 form (FNC1 in some scanner modes).
 */
static size_t
gs_spelling(const char *s, size_t n)
{
	unsigned char c = (unsigned char) s[0];

	if (c == 0x1d || c == '^' || c == 0xe8)
		return 1;
	if (c == 0xc3 && n >= 2 && (unsigned char) s[1] == 0xa8)
		return 2;
	if (c == 0xe2 && n >= 3 && (unsigned char) s[1] == 0x90 &&
		(unsigned char) s[2] == 0x9d)
		return 3;
	if ((c == '<' || c == '{' || c == '[') && n >= 4 &&
		starts_with_ci(s + 1, n - 1, "gs") &&
		s[3] == (c == '<' ? '>' : c == '{' ? '}' : ']'))
		return 4;
	if (c == '\\' && n >= 4 && starts_with_ci(s, n, "\\x1d"))
		return 4;
	if (c == '\\' && n >= 6 && starts_with_ci(s, n, "\\u001d"))
		return 6;
	return 0;
}

/* bytes that may start a GS spelling (see gs_spelling) */
static unsigned char gs_start[256];
static bool gs_start_ready;

static void
gs_start_init(void)
{
	int			c;

	for (c = 0; c < 256; c++)
		gs_start[c] = (c == '^' || c == '<' || c == '{' ||
					   c == '[' || c == '\\' || c >= 0xc3);
	gs_start_ready = true;
}

/*
 * parse_scan_data
 *		The element loop of scanner data d[0..m) whose separators are real GS
 *		bytes (after the symbology identifier).
 */
static gs1_status
parse_scan_data(const char *d, size_t m, gs1_result *res)
{
	size_t		p = 0;

	/* an FNC1 in first position may be transmitted as a leading GS */
	while (p < m && d[p] == GS1_GS)
		p++;
	if (p == m)
		return fail(res, GS1_ERR_SYNTAX, "The scanner data has no elements.");
	while (p < m)
	{
		size_t		ailen;
		const gs1_ai_entry *e = gs1_ai_prefix(d + p, m - p, &ailen);
		size_t		fixed;
		size_t		start;
		size_t		vlen;

		if (e == NULL)
		{
			size_t		k = 0;

			while (p + k < m && k < 4 && d[p + k] != GS1_GS)
				k++;
			return fail(res, GS1_ERR_SYNTAX,
						"No GS1 Application Identifier starts at position %zu (\"%.*s\").",
						p + 1, (int) k, d + p);
		}
		start = p + ailen;
		fixed = (e->flags & GS1_AI_FIXED) ? gs1_ai_fixed_total(e) : 0;
		if (fixed > 0)
		{
			vlen = (m - start < fixed) ? m - start : fixed;
			/* a GS inside a predefined-length value is an error */
			if (memchr(d + start, GS1_GS, vlen) != NULL)
				vlen = (const char *) memchr(d + start, GS1_GS, vlen) - (d + start);
		}
		else
		{
			const char *gs = memchr(d + start, GS1_GS, m - start);

			vlen = gs ? (size_t) (gs - (d + start)) : m - start;
			if (vlen > GS1_MAX_VALUE)
				return fail(res, GS1_ERR_SYNTAX,
							"AI (%.*s) %s: value has %zu characters, more than any AI allows; is a GS separator missing?",
							(int) ailen, d + p, e->title, vlen);
		}
		if (add_element_entry(res, e, d + p, ailen, d + start, vlen) != GS1_OK)
			return res->status;
		p = start + vlen;
		/* separators after a value (also tolerated after fixed-length ones) */
		if (p < m && d[p] == GS1_GS)
		{
			p++;
			if (p == m || d[p] == GS1_GS)
			{
				/* trailing or doubled separators: tolerate trailing only */
				while (p < m && d[p] == GS1_GS)
					p++;
				if (p < m)
					return fail(res, GS1_ERR_SYNTAX,
								"Two GS separators in a row at position %zu.", p);
			}
		}
	}
	return GS1_OK;
}

static gs1_status
parse_scan(const char *s, size_t n, gs1_result *res)
{
	static char buf[GS1_MAX_INPUT];	/* not on the stack: keeps frames small */
	size_t		m = 0;
	size_t		p = 0;
	size_t		q;

	/* symbology identifier */
	if (n >= 3 && s[0] == ']')
	{
		static const char *const gs1ids[] = {"C1", "e0", "d2", "Q3", "J1"};
		size_t		k;
		bool		ok = false;

		for (k = 0; k < sizeof(gs1ids) / sizeof(gs1ids[0]); k++)
			if (s[1] == gs1ids[k][0] && s[2] == gs1ids[k][1])
				ok = true;
		if (!ok)
			return fail(res, GS1_ERR_SYNTAX,
						"Symbology identifier \"]%c%c\" does not announce GS1 data; expected ]d2, ]Q3, ]C1, ]e0 or ]J1.",
						s[1] > 0x20 && s[1] < 0x7f ? s[1] : '?',
						s[2] > 0x20 && s[2] < 0x7f ? s[2] : '?');
		p = 3;
	}
	/*
	 * Most scanner data holds real GS bytes only: parse it in place.  A
	 * successful parse proves there was no other separator spelling, since
	 * every spelling but "<GS>" starts with a character no AI value may hold;
	 * "<GS>" (whose characters are CSET 82) is looked for first.
	 */
	if (memchr(s + p, '<', n - p) == NULL)
	{
		gs1_status	st = parse_scan_data(s + p, n - p, res);

		if (st == GS1_OK)
			return st;
		if (!gs_start_ready)
			gs_start_init();
		for (q = p; q < n && !gs_start[(unsigned char) s[q]]; q++)
			;
		if (q == n)
			return st;			/* a genuine error, not a spelling */
		res->status = GS1_OK;
		res->nelem = 0;
		res->errmsg[0] = '\0';
	}

	/* copy the data with every separator spelling replaced by GS */
	while (p < n)
	{
		size_t		g = gs_spelling(s + p, n - p);

		if (g > 0)
		{
			buf[m++] = GS1_GS;
			p += g;
		}
		else
			buf[m++] = s[p++];
	}
	return parse_scan_data(buf, m, res);
}

/* ---------------------------------------------------------------------
 * GS1 Digital Link URI
 * ---------------------------------------------------------------------
 */

/*
 * pct_decode
 *		Percent-decode s[0..n) into out (at most outmax bytes).  Returns the
 *		decoded length, or (size_t) -1 for a malformed escape and -2 when the
 *		result is too long.
 */
static size_t
pct_decode(const char *s, size_t n, char *out, size_t outmax)
{
	size_t		i,
				m = 0;

	for (i = 0; i < n; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c == '%')
		{
			int			hi,
						lo;

			if (i + 2 >= n)
				return (size_t) -1;
			hi = hexval((unsigned char) s[i + 1]);
			lo = hexval((unsigned char) s[i + 2]);
			if (hi < 0 || lo < 0)
				return (size_t) -1;
			c = (unsigned char) (hi * 16 + lo);
			i += 2;
		}
		if (m >= outmax)
			return (size_t) -2;
		out[m++] = (char) c;
	}
	return m;
}

typedef struct dl_segment
{
	const char *s;
	size_t		n;
} dl_segment;

/*
 * add_dl_element
 *		Decode one Digital Link value and add it under the AI.  GTINs in a
 *		Digital Link may be written with 8, 12 or 13 digits; they are padded
 *		to 14.
 */
static gs1_status
add_dl_element(gs1_result *res, const char *ai, size_t ailen,
			   const char *raw, size_t rawlen)
{
	char		val[GS1_MAX_VALUE + 1];
	size_t		vlen = pct_decode(raw, rawlen, val, GS1_MAX_VALUE);

	if (vlen == (size_t) -1)
		return fail(res, GS1_ERR_SYNTAX,
					"AI (%.*s): malformed percent-encoding in \"%.*s\".",
					(int) ailen, ai, (int) (rawlen > 40 ? 40 : rawlen), raw);
	if (vlen == (size_t) -2)
		return fail(res, GS1_ERR_SYNTAX,
					"AI (%.*s): value is longer than %d characters.",
					(int) ailen, ai, GS1_MAX_VALUE);
	if (ailen == 2 && ai[0] == '0' && (ai[1] == '1' || ai[1] == '2' || ai[1] == '3') &&
		(vlen == 8 || vlen == 12 || vlen == 13) && all_digits(val, vlen))
	{
		memmove(val + (14 - vlen), val, vlen);
		memset(val, '0', 14 - vlen);
		vlen = 14;
	}
	return add_element(res, ai, ailen, val, vlen);
}

/*
 * qualifiers_ok
 *		Are the path qualifiers q[0..nq) (AIs) an allowed ordered subset of one
 *		of the '|'-separated sequences in the dlpkey attribute?
 */
static bool
seq_accepts(const char *seq, const char *end, const dl_segment *q, int nq)
{
	const char *p = seq;
	int			k = 0;

	/* walk the sequence, consuming qualifiers in order */
	while (p < end && k < nq)
	{
		const char *c = p;

		while (c < end && *c != ',')
			c++;
		if ((size_t) (c - p) == q[k].n && memcmp(p, q[k].s, q[k].n) == 0)
			k++;
		p = (c < end) ? c + 1 : c;
	}
	return k == nq;
}

static bool
seq_contains(const char *seq, const char *end, const char *ai, size_t n)
{
	const char *p = seq;

	while (p < end)
	{
		const char *c = p;

		while (c < end && *c != ',')
			c++;
		if ((size_t) (c - p) == n && memcmp(p, ai, n) == 0)
			return true;
		p = (c < end) ? c + 1 : c;
	}
	return false;
}

static bool
qualifiers_ok(const char *dlpkey, const dl_segment *q, int nq)
{
	const char *seq = dlpkey;

	if (nq == 0)
		return true;
	while (seq != NULL && *seq)
	{
		const char *end = strchr(seq, '|');

		if (end == NULL)
			end = seq + strlen(seq);
		if (seq_accepts(seq, end, q, nq))
			return true;
		seq = *end ? end + 1 : NULL;
	}
	return false;
}

/*
 * is_path_qualifier
 *		Is AI ai[0..n) a key qualifier of the primary key in a qualifier
 *		sequence compatible with the path's qualifiers?  Then it belongs in
 *		the path, not the query string (GS1 Digital Link URI syntax).
 */
static bool
is_path_qualifier(const char *dlpkey, const dl_segment *q, int nq,
				  const char *ai, size_t n)
{
	const char *seq = dlpkey;

	while (seq != NULL && *seq)
	{
		const char *end = strchr(seq, '|');

		if (end == NULL)
			end = seq + strlen(seq);
		if (seq_accepts(seq, end, q, nq) && seq_contains(seq, end, ai, n))
			return true;
		seq = *end ? end + 1 : NULL;
	}
	return false;
}

/* RFC 3986 characters a URI may hold literally (besides '#') */
static bool
uri_char_ok(unsigned char c)
{
	return IS_UNRESERVED(c) || strchr("!$&'()*+,;=:@/?%", c) != NULL;
}

static gs1_status
parse_digital_link(const char *s, size_t n, gs1_result *res)
{
	size_t		p,
				pathstart,
				pathend,
				qend;
	dl_segment	seg[2 * GS1_MAX_ELEMENTS + 2];
	int			nseg = 0;
	int			k,
				pk;
	const gs1_ai_entry *pke;
	dl_segment	quals[GS1_MAX_ELEMENTS];
	int			nq = 0;

	p = starts_with_ci(s, n, "https://") ? 8 : 7;
	for (k = (int) p; k < (int) n && s[k] != '#'; k++)
	{
		unsigned char c = (unsigned char) s[k];

		if (c != '\0' && strchr("\"<>", c) != NULL)
			return fail(res, GS1_ERR_SYNTAX,
						"Character %c at position %d must be percent-encoded in a URI (as %%%02X).",
						c, k + 1, c);
		if (!uri_char_ok(c))
		{
			char		cbuf[8];

			return fail(res, GS1_ERR_SYNTAX,
						"Character %s at position %d is not allowed in a URI; percent-encode it.",
						show_char(c, cbuf), k + 1);
		}
	}
	pathstart = p;
	while (pathstart < n && s[pathstart] != '/' && s[pathstart] != '?' &&
		   s[pathstart] != '#')
		pathstart++;
	if (pathstart == p)
		return fail(res, GS1_ERR_SYNTAX, "The Digital Link URI has no host.");
	if (memchr(s + p, '@', pathstart - p) != NULL)
		return fail(res, GS1_ERR_SYNTAX,
					"The Digital Link URI carries user information (\"@\") before its host.");
	pathend = pathstart;
	while (pathend < n && s[pathend] != '?' && s[pathend] != '#')
		pathend++;
	qend = pathend;
	while (qend < n && s[qend] != '#')
		qend++;

	/* split the path into segments (empty segments are not allowed) */
	p = pathstart;
	while (p < pathend)
	{
		size_t		e;

		p++;					/* skip '/' */
		e = p;
		while (e < pathend && s[e] != '/')
			e++;
		if (e == p)
		{
			if (e == pathend)
				break;			/* trailing slash */
			return fail(res, GS1_ERR_SYNTAX,
						"The Digital Link URI path has an empty segment.");
		}
		if (nseg >= (int) (sizeof(seg) / sizeof(seg[0])))
			return fail(res, GS1_ERR_TOO_LONG,
						"The Digital Link URI path has too many segments.");
		seg[nseg].s = s + p;
		seg[nseg].n = e - p;
		nseg++;
		p = e;
	}

	/*
	 * Find the primary key: walk (AI, value) pairs back from the end of the
	 * path while the segments are AIs; the first primary-key AI met is the
	 * key, anything before it is the URI's own path prefix.
	 */
	pk = -1;
	for (k = nseg - 2; k >= 0; k -= 2)
	{
		const gs1_ai_entry *e;

		if (!all_digits(seg[k].s, seg[k].n) ||
			(e = gs1_ai_lookup(seg[k].s, seg[k].n)) == NULL)
			break;
		if (e->dlpkey != NULL)
		{
			pk = k;
			break;
		}
	}
	if (pk < 0)
		return fail(res, GS1_ERR_SYNTAX,
					"The Digital Link URI path does not end with a GS1 primary key and its qualifiers (e.g. /01/<GTIN>/21/<serial>).");
	pke = gs1_ai_lookup(seg[pk].s, seg[pk].n);
	{

		for (k = pk + 2; k < nseg; k += 2)
			quals[nq++] = seg[k];
		if (!qualifiers_ok(pke->dlpkey, quals, nq))
		{
			if (pke->dlpkey[0] == '\0')
				return fail(res, GS1_ERR_SYNTAX,
							"AI (%s) %s takes no key qualifiers in a Digital Link path.",
							pke->ai, pke->title);
			return fail(res, GS1_ERR_SYNTAX,
						"Key qualifiers after AI (%.*s) %s are not allowed or out of order; the allowed order is %s.",
						(int) seg[pk].n, seg[pk].s, pke->title, pke->dlpkey);
		}
		for (k = pk; k < nseg; k += 2)
			if (add_dl_element(res, seg[k].s, seg[k].n,
							   seg[k + 1].s, seg[k + 1].n) != GS1_OK)
				return res->status;
	}

	/* query string: numeric keys are AIs (data attributes); others ignored */
	p = pathend;
	while (p < qend)
	{
		size_t		e,
					eq;

		p++;					/* skip '?' or '&' */
		e = p;
		while (e < qend && s[e] != '&')
			e++;
		eq = p;
		while (eq < e && s[eq] != '=')
			eq++;
		if (eq > p && all_digits(s + p, eq - p))
		{
			const gs1_ai_entry *ae = gs1_ai_lookup(s + p, eq - p);

			if (ae == NULL)
				return fail(res, GS1_ERR_SYNTAX,
							"AI (%.*s) in the Digital Link query string is not a GS1 Application Identifier.",
							(int) ((eq - p) > 8 ? 8 : (eq - p)), s + p);
			if (!(ae->flags & GS1_AI_DLATTR))
				return fail(res, GS1_ERR_SYNTAX,
							"AI (%.*s) %s may not be a Digital Link query attribute.",
							(int) (eq - p), s + p, ae->title);
			if (is_path_qualifier(pke->dlpkey, quals, nq, s + p, eq - p))
				return fail(res, GS1_ERR_SYNTAX,
							"AI (%.*s) %s is a key qualifier of AI (%s); it belongs in the Digital Link path, not the query string.",
							(int) (eq - p), s + p, ae->title, pke->ai);
			if (eq == e)
				return fail(res, GS1_ERR_SYNTAX,
							"AI (%.*s) %s in the Digital Link query string has no value.",
							(int) (eq - p), s + p, ae->title);
			if (memchr(s + eq, '+', e - eq) != NULL)
				return fail(res, GS1_ERR_SYNTAX,
							"AI (%.*s) %s: a \"+\" in a Digital Link query value reads as a space; write a plus sign as %%2B.",
							(int) (eq - p), s + p, ae->title);
			if (add_dl_element(res, s + p, eq - p, s + eq + 1, e - eq - 1) != GS1_OK)
				return res->status;
		}
		p = e;
	}
	return GS1_OK;
}

/* ---------------------------------------------------------------------
 * EPC pure identity URN: urn:epc:id:sgtin:CompanyPrefix.ItemRef.Serial
 * ---------------------------------------------------------------------
 */
static gs1_status
parse_epc(const char *s, size_t n, gs1_result *res)
{
	const char *cp,
			   *ir,
			   *sr;
	size_t		cplen,
				irlen,
				srlen,
				i;
	char		gtin[14];
	char		serial[GS1_MAX_VALUE + 1];
	size_t		slen;
	const char *dot1,
			   *dot2;

	if (!starts_with_ci(s, n, "urn:epc:id:sgtin:"))
		return fail(res, GS1_ERR_SYNTAX,
					"Only EPC pure identity SGTIN URNs (urn:epc:id:sgtin:...) are accepted.");
	cp = s + 17;
	dot1 = memchr(cp, '.', n - 17);
	if (dot1 == NULL)
		return fail(res, GS1_ERR_SYNTAX,
					"An SGTIN URN has three dot-separated parts: company prefix, indicator and item reference, serial.");
	ir = dot1 + 1;
	dot2 = memchr(ir, '.', s + n - ir);
	if (dot2 == NULL)
		return fail(res, GS1_ERR_SYNTAX,
					"An SGTIN URN has three dot-separated parts: company prefix, indicator and item reference, serial.");
	sr = dot2 + 1;
	cplen = dot1 - cp;
	irlen = dot2 - ir;
	srlen = s + n - sr;
	if (cplen < 6 || cplen > 12 || !all_digits(cp, cplen))
		return fail(res, GS1_ERR_SYNTAX,
					"The SGTIN company prefix must be 6 to 12 digits.");
	if (!all_digits(ir, irlen) || cplen + irlen != 13)
		return fail(res, GS1_ERR_SYNTAX,
					"The SGTIN indicator and item reference must be digits, 13 in all with the company prefix.");
	for (i = 0; i < srlen; i++)
	{
		unsigned char c = (unsigned char) sr[i];

		if (c == '"' || c == '&' || c == '/' || c == '<' || c == '>' ||
			c == '?' || c == '#')
		{
			char		cbuf[8];

			return fail(res, GS1_ERR_SYNTAX,
						"Character %s in the SGTIN serial must be percent-encoded.",
						show_char(c, cbuf));
		}
	}
	slen = pct_decode(sr, srlen, serial, GS1_MAX_VALUE);
	if (slen == (size_t) -1)
		return fail(res, GS1_ERR_SYNTAX,
					"Malformed percent-encoding in the SGTIN serial.");
	if (slen == (size_t) -2)
		slen = GS1_MAX_VALUE + 1;	/* reported as too long by (21) */
	/* GTIN-14: indicator, company prefix, item reference, check digit */
	gtin[0] = ir[0];
	memcpy(gtin + 1, cp, cplen);
	memcpy(gtin + 1 + cplen, ir + 1, irlen - 1);
	gtin[13] = gs1_mod10(gtin, 13);
	if (add_element(res, "01", 2, gtin, 14) != GS1_OK)
		return res->status;
	if (slen > GS1_MAX_VALUE)
		return fail(res, GS1_ERR_SYNTAX,
					"AI (21) SERIAL: the SGTIN serial is too long.");
	return add_element(res, "21", 2, serial, slen);
}

/* ---------------------------------------------------------------------
 * Entry point
 * ---------------------------------------------------------------------
 */
gs1_status
gs1_parse(const char *in, size_t len, gs1_result *res)
{
	gs1_status	st;

	res->status = GS1_OK;
	res->nelem = 0;
	res->errmsg[0] = '\0';
	res->errdetail[0] = '\0';
	res->form = GS1_FORM_SCAN;

	while (len > 0 && is_space((unsigned char) in[0]))
	{
		in++;
		len--;
	}
	while (len > 0 && is_space((unsigned char) in[len - 1]))
		len--;
	if (len == 0)
		return fail(res, GS1_ERR_SYNTAX, "The input is empty.");
	if (len > GS1_MAX_INPUT)
		return fail(res, GS1_ERR_TOO_LONG,
					"The input has %zu bytes; at most %d are accepted.",
					len, GS1_MAX_INPUT);
	if (memchr(in, '\0', len) != NULL)
		return fail(res, GS1_ERR_SYNTAX, "The input contains a NUL byte.");

	if (in[0] == '(')
	{
		res->form = GS1_FORM_BRACKETED;
		st = parse_bracketed(in, len, res);
	}
	else if (starts_with_ci(in, len, "urn:"))
	{
		res->form = GS1_FORM_EPC_URN;
		st = parse_epc(in, len, res);
	}
	else if (starts_with_ci(in, len, "https://") ||
			 starts_with_ci(in, len, "http://"))
	{
		res->form = GS1_FORM_DIGITAL_LINK;
		st = parse_digital_link(in, len, res);
	}
	else if (len > 3 && in[0] == ']' &&
			 ((in[1] == 'Q' && in[2] == '1') || (in[1] == 'd' && in[2] == '1') ||
			  (in[1] == 'J' && in[2] == '0')) &&
			 (starts_with_ci(in + 3, len - 3, "https://") ||
			  starts_with_ci(in + 3, len - 3, "http://")))
	{
		/* a Digital Link in a QR Code, Data Matrix or DotCode: plain data */
		res->form = GS1_FORM_DIGITAL_LINK;
		st = parse_digital_link(in + 3, len - 3, res);
	}
	else
		st = parse_scan(in, len, res);
	if (st != GS1_OK)
		return st;

	if (sort_and_dedup(res) != GS1_OK)
		return res->status;
	if (!associations_known_valid(res) && check_associations(res) != GS1_OK)
		return res->status;
	return check_digsig_key(res);
}

const char *
gs1_form_name(gs1_form f)
{
	return form_names[f];
}

const gs1_element *
gs1_find(const gs1_result *res, const char *ai)
{
	int			i;

	for (i = 0; i < res->nelem; i++)
		if (ai_cmp(res->el[i].ai, ai) == 0)
			return &res->el[i];
	return NULL;
}

/* ---------------------------------------------------------------------
 * Serialisers
 * ---------------------------------------------------------------------
 */

/* Append helpers: track the needed length even when buf is full */
typedef struct outbuf
{
	char	   *buf;
	size_t		cap;
	size_t		len;
} outbuf;

static void
out_mem(outbuf *o, const char *s, size_t n)
{
	size_t		i;

	if (o->len + n < o->cap)
		memcpy(o->buf + o->len, s, n);
	else
		for (i = 0; i < n; i++)
			if (o->len + i + 1 < o->cap)
				o->buf[o->len + i] = s[i];
	o->len += n;
}

static void
out_str(outbuf *o, const char *s)
{
	out_mem(o, s, strlen(s));
}

static size_t
out_finish(outbuf *o)
{
	if (o->cap > 0)
		o->buf[o->len < o->cap ? o->len : o->cap - 1] = '\0';
	return o->len;
}

size_t
gs1_to_bracketed(const gs1_result *res, char *buf, size_t buflen)
{
	outbuf		o = {buf, buflen, 0};
	int			i;

	for (i = 0; i < res->nelem; i++)
	{
		const gs1_element *el = &res->el[i];
		int			j;

		out_str(&o, "(");
		out_str(&o, el->ai);
		out_str(&o, ")");
		for (j = 0; j < el->vlen; j++)
		{
			/* a literal "(" is escaped so the text parses back */
			if (el->value[j] == '(')
				out_str(&o, "\\");
			out_mem(&o, &el->value[j], 1);
		}
	}
	return out_finish(&o);
}

size_t
gs1_to_scan(const gs1_result *res, char *buf, size_t buflen)
{
	outbuf		o = {buf, buflen, 0};
	int			i;
	char		gs = GS1_GS;

	out_str(&o, "]d2");
	for (i = 0; i < res->nelem; i++)
	{
		const gs1_element *el = &res->el[i];

		out_str(&o, el->ai);
		out_mem(&o, el->value, el->vlen);
		if (i + 1 < res->nelem &&
			!((el->entry->flags & GS1_AI_FIXED) && gs1_ai_fixed_total(el->entry) > 0))
			out_mem(&o, &gs, 1);
	}
	return out_finish(&o);
}

static void
out_pct(outbuf *o, const char *s, size_t n)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t		i;

	for (i = 0; i < n; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (IS_UNRESERVED(c))
			out_mem(o, (const char *) &c, 1);
		else
		{
			char		e[3] = {'%', hex[c >> 4], hex[c & 15]};

			out_mem(o, e, 3);
		}
	}
}

/*
 * gs1_to_digital_link
 *		The primary key is the first element (in AI order) that is a Digital
 *		Link primary key; its qualifiers go in the path in the order its
 *		dlpkey attribute gives, every other element into the query string.
 *		Returns 0 (and writes "") when the elements can't be expressed: no
 *		primary key, or an element that is neither a qualifier nor a data
 *		attribute.
 */
size_t
gs1_to_digital_link(const gs1_result *res, const char *stem, char *buf,
					size_t buflen)
{
	outbuf		o = {buf, buflen, 0};
	const gs1_element *key = NULL;
	bool		used[GS1_MAX_ELEMENTS] = {false};
	const char *seq;
	size_t		stemlen = strlen(stem);
	int			i;
	bool		first = true;

	for (i = 0; i < res->nelem && key == NULL; i++)
		if (res->el[i].entry->dlpkey != NULL)
		{
			key = &res->el[i];
			used[i] = true;
		}
	if (key == NULL)
		goto unrepresentable;

	while (stemlen > 0 && stem[stemlen - 1] == '/')
		stemlen--;
	out_mem(&o, stem, stemlen);
	out_str(&o, "/");
	out_str(&o, key->ai);
	out_str(&o, "/");
	out_pct(&o, key->value, key->vlen);

	/* choose the qualifier sequence that covers the qualifiers present */
	seq = key->entry->dlpkey;
	while (seq && *seq)
	{
		const char *end = strchr(seq, '|');
		const char *p = seq;
		bool		mixes = false;

		if (end == NULL)
			end = seq + strlen(seq);
		/* a sequence is usable unless another sequence's AI is present */
		{
			const char *alt = key->entry->dlpkey;

			while (*alt)
			{
				const char *ae = strchr(alt, '|');

				if (ae == NULL)
					ae = alt + strlen(alt);
				if (alt != seq)
				{
					const char *a = alt;

					while (a < ae)
					{
						const char *c = a;
						char		ai[GS1_AI_MAXLEN + 1];

						while (c < ae && *c != ',')
							c++;
						if ((size_t) (c - a) <= GS1_AI_MAXLEN)
						{
							memcpy(ai, a, c - a);
							ai[c - a] = '\0';
							if (gs1_find(res, ai) != NULL)
								mixes = true;
						}
						a = (c < ae) ? c + 1 : c;
					}
				}
				alt = *ae ? ae + 1 : ae;
			}
		}
		if (!mixes)
		{
			while (p < end)
			{
				const char *c = p;
				char		ai[GS1_AI_MAXLEN + 1];

				while (c < end && *c != ',')
					c++;
				if ((size_t) (c - p) <= GS1_AI_MAXLEN)
				{
					const gs1_element *q;

					memcpy(ai, p, c - p);
					ai[c - p] = '\0';
					q = gs1_find(res, ai);
					if (q != NULL)
					{
						out_str(&o, "/");
						out_str(&o, q->ai);
						out_str(&o, "/");
						out_pct(&o, q->value, q->vlen);
						used[q - res->el] = true;
					}
				}
				p = (c < end) ? c + 1 : c;
			}
			break;
		}
		seq = *end ? end + 1 : NULL;
	}

	for (i = 0; i < res->nelem; i++)
	{
		const gs1_element *el = &res->el[i];

		if (used[i])
			continue;
		if (!(el->entry->flags & GS1_AI_DLATTR))
			goto unrepresentable;
		out_str(&o, first ? "?" : "&");
		first = false;
		out_str(&o, el->ai);
		out_str(&o, "=");
		out_pct(&o, el->value, el->vlen);
	}
	return out_finish(&o);

unrepresentable:
	if (buflen > 0)
		buf[0] = '\0';
	return 0;
}

/*
 * gs1_to_epc_urn
 *		The SGTIN pure identity URN of (01)+(21) given the company prefix
 *		length (6..12).  Returns 0 when (01) or (21) is missing or the length
 *		is out of range; the caller reports which.
 */
size_t
gs1_to_epc_urn(const gs1_result *res, int cplen, char *buf, size_t buflen)
{
	outbuf		o = {buf, buflen, 0};
	const gs1_element *g = gs1_find(res, "01");
	const gs1_element *sn = gs1_find(res, "21");
	int			i;

	if (g == NULL || sn == NULL || cplen < 6 || cplen > 12)
	{
		if (buflen > 0)
			buf[0] = '\0';
		return 0;
	}
	out_str(&o, "urn:epc:id:sgtin:");
	out_mem(&o, g->value + 1, cplen);
	out_str(&o, ".");
	out_mem(&o, g->value, 1);
	out_mem(&o, g->value + 1 + cplen, 12 - cplen);
	out_str(&o, ".");
	for (i = 0; i < sn->vlen; i++)
	{
		unsigned char c = (unsigned char) sn->value[i];

		if (c == '"' || c == '%' || c == '&' || c == '/' || c == '<' ||
			c == '>' || c == '?')
		{
			char		e[4];

			snprintf(e, sizeof(e), "%%%02X", c);
			out_str(&o, e);
		}
		else
			out_mem(&o, (const char *) &c, 1);
	}
	return out_finish(&o);
}

/*
 * gs1_to_packed
 *		The packed form stored by the gs1 type: for each element in AI order
 *		its AI digits, its value and a GS.  GS sorts below every character a
 *		value may hold and AIs are prefix-free, so memcmp order of packed
 *		forms is element-wise (AI, value) order.
 */
size_t
gs1_to_packed(const gs1_result *res, char *buf, size_t buflen)
{
	size_t		need = 0;
	size_t		off = 0;
	int			i;

	for (i = 0; i < res->nelem; i++)
		need += res->el[i].ailen + res->el[i].vlen + 1;
	if (buf == NULL || buflen <= need)
	{
		if (buf != NULL && buflen > 0)
			buf[0] = '\0';
		return need;			/* caller sizes the buffer and calls again */
	}
	for (i = 0; i < res->nelem; i++)
	{
		const gs1_element *el = &res->el[i];

		copy_small(buf + off, el->ai, el->ailen);
		off += el->ailen;
		copy_small(buf + off, el->value, el->vlen);
		off += el->vlen;
		buf[off++] = GS1_GS;
	}
	buf[off] = '\0';
	return off;
}

/*
 * gs1_from_packed
 *		Rebuild a result from a packed form written by gs1_to_packed, without
 *		re-validating the values.  Returns false when the data is not a packed
 *		form (corrupt storage).
 */
bool
gs1_from_packed(const char *data, size_t len, gs1_result *res)
{
	size_t		p = 0;

	res->status = GS1_OK;
	res->form = GS1_FORM_BRACKETED;
	res->nelem = 0;
	res->errmsg[0] = '\0';
	res->errdetail[0] = '\0';
	while (p < len)
	{
		size_t		ailen;
		const gs1_ai_entry *e = gs1_ai_prefix(data + p, len - p, &ailen);
		const char *gs;
		gs1_element *el;
		size_t		vlen;

		if (e == NULL || res->nelem >= GS1_MAX_ELEMENTS)
			return false;
		gs = memchr(data + p + ailen, GS1_GS, len - p - ailen);
		if (gs == NULL)
			return false;
		vlen = gs - (data + p + ailen);
		if (vlen == 0 || vlen > GS1_MAX_VALUE)
			return false;
		el = &res->el[res->nelem++];
		copy_small(el->ai, data + p, ailen);
		el->ai[ailen] = '\0';
		el->ailen = (uint8_t) ailen;
		el->entry = e;
		copy_small(el->value, data + p + ailen, vlen);
		el->value[vlen] = '\0';
		el->vlen = (uint8_t) vlen;
		p = gs - data + 1;
	}
	return true;
}
