/*
 * provenance.c
 *		Module magic, initialisation and settings (GUCs) of the provenance
 *		extension.
 *
 * Types and functions live in one file per subsystem (gtin.c, gs1.c, ...).
 * Settings are defined here, all under the reserved prefix "provenance.":
 *
 *	provenance.allowed_algorithms	JWS algorithms verify(signed_record)
 *									accepts (default: all supported)
 *	provenance.clock_skew			leeway for exp, nbf and iat against
 *									now() (default 5 min)
 *	provenance.trademark_threshold	lowest score trademark_check reports
 *									(default 0.7)
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/guc.h"

#include "sig.h"
#include "snapcache.h"
#include "trademark.h"
#include "trust.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

/* The algorithms in sig.h order, for the default and the hint */
#define PROV_ALL_ALGORITHMS "EdDSA, Ed25519, ES256, ES384, ES512, PS256, PS384, RS256, RS384"

uint32		prov_allowed_algs;
int			prov_clock_skew = 300;
double		prov_trademark_threshold = 0.7;
static char *allowed_algorithms_text;

/*
 * check_allowed_algorithms
 *		GUC check hook: the value is a comma-separated list of JWS algorithm
 *		names (case-sensitive, as JOSE spells them; spaces around names
 *		ignored; empty means none).  *extra gets the bit set.
 */
static bool
check_allowed_algorithms(char **newval, void **extra, GucSource source)
{
	const char *p = *newval;
	uint32		bits = 0;
	uint32	   *result;

	(void) source;
	if (p[strspn(p, " \t")] == '\0')
		p = "";					/* an empty (or blank) list: nothing allowed */
	while (*p != '\0')
	{
		const char *start;
		size_t		len;
		sig_alg		alg;

		while (*p == ' ' || *p == '\t')
			p++;
		start = p;
		while (*p != '\0' && *p != ',' && *p != ' ' && *p != '\t')
			p++;
		len = p - start;
		while (*p == ' ' || *p == '\t')
			p++;
		if (len == 0)
		{
			GUC_check_errdetail("The list has an empty entry.");
			return false;
		}
		if (*p != '\0' && *p != ',')
		{
			GUC_check_errdetail("Algorithm names are separated by commas.");
			return false;
		}
		alg = sig_alg_from_name(start, len);
		if (alg == SIG_ALG_INVALID)
		{
			GUC_check_errdetail("\"%.*s\" is not an algorithm provenance verifies.",
								(int) Min(len, 64), start);
			GUC_check_errhint("Choose among %s (case-sensitive).", PROV_ALL_ALGORITHMS);
			return false;
		}
		bits |= UINT32_C(1) << alg;
		if (*p == ',' && *++p == '\0')
		{
			GUC_check_errdetail("The list has an empty entry.");
			return false;
		}
	}

	/* GUC extra data is malloc'd and freed by the GUC machinery */
	result = (uint32 *) malloc(sizeof(uint32));
	if (result == NULL)
		return false;
	*result = bits;
	*extra = result;
	return true;
}

/* GUC assign hook: install the bit set computed by the check hook */
static void
assign_allowed_algorithms(const char *newval, void *extra)
{
	(void) newval;
	prov_allowed_algs = *(uint32 *) extra;
}

/*
 * _PG_init
 *		Called once when the library is loaded into a backend: defines the
 *		settings, reserves their prefix and sets up the trust store.
 */
void
_PG_init(void)
{
	DefineCustomStringVariable("provenance.allowed_algorithms",
							   "JWS algorithms that verify(signed_record) accepts.",
							   "A comma-separated list of " PROV_ALL_ALGORITHMS
							   "; records signed with another algorithm get the verdict algorithm_not_allowed.",
							   &allowed_algorithms_text,
							   PROV_ALL_ALGORITHMS,
							   PGC_USERSET,
							   GUC_LIST_INPUT,
							   check_allowed_algorithms,
							   assign_allowed_algorithms,
							   NULL);
	DefineCustomIntVariable("provenance.clock_skew",
							"Leeway allowed between the clocks of signers and the database.",
							"Applied when exp, nbf and iat claims are compared with now().",
							&prov_clock_skew,
							300, 0, 7 * 24 * 3600,
							PGC_USERSET,
							GUC_UNIT_S,
							NULL, NULL, NULL);
	DefineCustomRealVariable("provenance.trademark_threshold",
							 "Lowest score of a match trademark_check reports.",
							 "Scores are 1 - weighted edit distance / length of the mark; 1 is an exact reading of the mark.",
							 &prov_trademark_threshold,
							 0.7, 0.0, 1.0,
							 PGC_USERSET,
							 0,
							 NULL, NULL, NULL);
	MarkGUCPrefixReserved("provenance");
	snapcache_init();
}
