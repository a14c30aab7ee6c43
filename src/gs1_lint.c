/*
 * gs1_lint.c
 *		The linters of the GS1 Barcode Syntax Dictionary: content checks that
 *		the AI table names for each component of an AI's data (check digits,
 *		dates and times, ISO code lists, coupon structures, ...).
 *
 * The rules follow the GS1 Barcode Syntax Dictionary reference linters
 * (github.com/gs1/gs1-syntax-dictionary, src/lint_*.c), so that data this
 * file accepts is exactly the data GS1's own tools accept.  The code is our
 * own; the code lists below are facts taken from ISO 3166-1, ISO 4217,
 * UN/ECE Recommendation 21 (with GS1's additions) and the AIDC media type
 * list, as the reference carries them.
 *
 * Every linter is a pure function of its input: no allocation, no global
 * state, no locale.  On success nothing is written to msg; on failure a
 * short lower-case reason is formatted into it.  Code lists are looked up by
 * binary search over sorted tables.
 *
 * Pure C: no PostgreSQL headers.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "gs1_check.h"
#include "gs1_lint.h"

/*
 * The dictionary's names, indexed by gs1_linter.
 */
static const char *const linter_names[GS1_LINT__COUNT] = {
	[GS1_LINT_NONE] = "?",
	[GS1_LINT_CSUM] = "csum",
	[GS1_LINT_CSUMALPHA] = "csumalpha",
	[GS1_LINT_GCPPOS1] = "gcppos1",
	[GS1_LINT_GCPPOS2] = "gcppos2",
	[GS1_LINT_YYMMD0] = "yymmd0",
	[GS1_LINT_YYMMDD] = "yymmdd",
	[GS1_LINT_YYYYMMDD] = "yyyymmdd",
	[GS1_LINT_HH] = "hh",
	[GS1_LINT_MI] = "mi",
	[GS1_LINT_SS] = "ss",
	[GS1_LINT_HHMI] = "hhmi",
	[GS1_LINT_ISO3166] = "iso3166",
	[GS1_LINT_ISO3166999] = "iso3166999",
	[GS1_LINT_ISO3166ALPHA2] = "iso3166alpha2",
	[GS1_LINT_ISO4217] = "iso4217",
	[GS1_LINT_ISO5218] = "iso5218",
	[GS1_LINT_PCENC] = "pcenc",
	[GS1_LINT_IBAN] = "iban",
	[GS1_LINT_LATITUDE] = "latitude",
	[GS1_LINT_LONGITUDE] = "longitude",
	[GS1_LINT_YESNO] = "yesno",
	[GS1_LINT_ZERO] = "zero",
	[GS1_LINT_NONZERO] = "nonzero",
	[GS1_LINT_NOZEROPREFIX] = "nozeroprefix",
	[GS1_LINT_HASNONDIGIT] = "hasnondigit",
	[GS1_LINT_HYPHEN] = "hyphen",
	[GS1_LINT_WINDING] = "winding",
	[GS1_LINT_PIECEOFTOTAL] = "pieceoftotal",
	[GS1_LINT_POSINSEQSLASH] = "posinseqslash",
	[GS1_LINT_MEDIATYPE] = "mediatype",
	[GS1_LINT_PACKAGETYPE] = "packagetype",
	[GS1_LINT_IMPORTERIDX] = "importeridx",
	[GS1_LINT_COUPONCODE] = "couponcode",
	[GS1_LINT_COUPONPOSOFFER] = "couponposoffer",
};

/*
 * ISO 3166-1 numeric country codes (249 entries), sorted.
 */
static const uint16_t iso3166_numeric[] = {
	4, 8, 10, 12, 16, 20, 24, 28, 31, 32, 36, 40, 44, 48, 50, 51,
	52, 56, 60, 64, 68, 70, 72, 74, 76, 84, 86, 90, 92, 96, 100, 104,
	108, 112, 116, 120, 124, 132, 136, 140, 144, 148, 152, 156, 158, 162, 166, 170,
	174, 175, 178, 180, 184, 188, 191, 192, 196, 203, 204, 208, 212, 214, 218, 222,
	226, 231, 232, 233, 234, 238, 239, 242, 246, 248, 250, 254, 258, 260, 262, 266,
	268, 270, 275, 276, 288, 292, 296, 300, 304, 308, 312, 316, 320, 324, 328, 332,
	334, 336, 340, 344, 348, 352, 356, 360, 364, 368, 372, 376, 380, 384, 388, 392,
	398, 400, 404, 408, 410, 414, 417, 418, 422, 426, 428, 430, 434, 438, 440, 442,
	446, 450, 454, 458, 462, 466, 470, 474, 478, 480, 484, 492, 496, 498, 499, 500,
	504, 508, 512, 516, 520, 524, 528, 531, 533, 534, 535, 540, 548, 554, 558, 562,
	566, 570, 574, 578, 580, 581, 583, 584, 585, 586, 591, 598, 600, 604, 608, 612,
	616, 620, 624, 626, 630, 634, 638, 642, 643, 646, 652, 654, 659, 660, 662, 663,
	666, 670, 674, 678, 682, 686, 688, 690, 694, 702, 703, 704, 705, 706, 710, 716,
	724, 728, 729, 732, 740, 744, 748, 752, 756, 760, 762, 764, 768, 772, 776, 780,
	784, 788, 792, 795, 796, 798, 800, 804, 807, 818, 826, 831, 832, 833, 834, 840,
	850, 854, 858, 860, 862, 876, 882, 887, 894,
};

/*
 * ISO 4217 numeric currency and fund codes (179 entries), sorted.
 */
static const uint16_t iso4217_numeric[] = {
	8, 12, 32, 36, 44, 48, 50, 51, 52, 60, 64, 68, 72, 84, 90, 96,
	104, 108, 116, 124, 132, 136, 144, 152, 156, 170, 174, 188, 192, 203, 208, 214,
	222, 230, 232, 238, 242, 262, 270, 292, 320, 324, 328, 332, 340, 344, 348, 352,
	356, 360, 364, 368, 376, 388, 392, 396, 398, 400, 404, 408, 410, 414, 417, 418,
	422, 426, 430, 434, 446, 454, 458, 462, 480, 484, 496, 498, 504, 512, 516, 524,
	532, 533, 548, 554, 558, 566, 578, 586, 590, 598, 600, 604, 608, 634, 643, 646,
	654, 682, 690, 702, 704, 706, 710, 728, 748, 752, 756, 760, 764, 776, 780, 784,
	788, 800, 807, 818, 826, 834, 840, 858, 860, 882, 886, 901, 924, 925, 926, 927,
	928, 929, 930, 933, 934, 936, 938, 940, 941, 943, 944, 946, 947, 948, 949, 950,
	951, 952, 953, 955, 956, 957, 958, 959, 960, 961, 962, 963, 964, 965, 967, 968,
	969, 970, 971, 972, 973, 975, 976, 977, 978, 979, 980, 981, 984, 985, 986, 990,
	994, 997, 999,
};

/*
 * ISO 3166-1 alpha-2 country codes (249 entries), sorted.
 */
static const char iso3166_alpha2[][2] = {
	"AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
	"BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
	"BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
	"CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
	"EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
	"GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
	"HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
	"JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
	"LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
	"ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
	"NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
	"PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
	"SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
	"ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
	"TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
	"VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
};

/*
 * PackageTypeCode values (UN/ECE Recommendation 21 plus GS1 additions; 431
 * entries).  Each is one to three characters, NUL-padded to three, and the
 * table is sorted by those three bytes, which is lexicographic order.
 */
static const char package_types[][3] = {
	"1A", "1B", "1D", "1F", "1G", "1W", "200", "201", "202", "203", "204", "205",
	"206", "210", "211", "212", "2C", "3A", "3H", "43", "44", "4A", "4B", "4C",
	"4D", "4F", "4G", "4H", "5H", "5L", "5M", "6H", "6P", "7A", "7B", "8",
	"8A", "8B", "8C", "9", "AA", "AB", "AC", "AD", "AF", "AG", "AH", "AI",
	"AJ", "AL", "AM", "AP", "APE", "AT", "AV", "B4", "BB", "BC", "BD", "BE",
	"BF", "BG", "BGE", "BH", "BI", "BJ", "BK", "BL", "BM", "BME", "BN", "BO",
	"BP", "BQ", "BR", "BRI", "BS", "BT", "BU", "BV", "BW", "BX", "BY", "BZ",
	"CA", "CB", "CBL", "CC", "CCE", "CD", "CE", "CF", "CG", "CH", "CI", "CJ",
	"CK", "CL", "CM", "CN", "CO", "CP", "CQ", "CR", "CS", "CT", "CU", "CV",
	"CW", "CX", "CY", "CZ", "DA", "DB", "DC", "DG", "DH", "DI", "DJ", "DK",
	"DL", "DM", "DN", "DP", "DPE", "DR", "DS", "DT", "DU", "DV", "DW", "DX",
	"DY", "E1", "E2", "E3", "EC", "ED", "EE", "EF", "EG", "EH", "EI", "EN",
	"FB", "FC", "FD", "FE", "FI", "FL", "FO", "FOB", "FP", "FPE", "FR", "FT",
	"FW", "FX", "GB", "GI", "GL", "GR", "GU", "GY", "GZ", "HA", "HB", "HC",
	"HG", "HN", "HR", "IA", "IB", "IC", "ID", "IE", "IF", "IG", "IH", "IK",
	"IL", "IN", "IZ", "JB", "JC", "JG", "JR", "JT", "JY", "KG", "KI", "LAB",
	"LE", "LG", "LT", "LU", "LV", "LZ", "MA", "MB", "MC", "ME", "MPE", "MR",
	"MS", "MT", "MW", "MX", "NA", "NE", "NF", "NG", "NS", "NT", "NU", "NV",
	"OA", "OB", "OC", "OD", "OE", "OF", "OK", "OPE", "OT", "OU", "P2", "PA",
	"PAE", "PB", "PC", "PD", "PE", "PF", "PG", "PH", "PI", "PJ", "PK", "PL",
	"PLP", "PN", "PO", "POP", "PP", "PPE", "PR", "PT", "PU", "PUE", "PV", "PX",
	"PY", "PZ", "QA", "QB", "QC", "QD", "QF", "QG", "QH", "QJ", "QK", "QL",
	"QM", "QN", "QP", "QQ", "QR", "QS", "RB1", "RB2", "RB3", "RCB", "RD", "RG",
	"RJ", "RK", "RL", "RO", "RT", "RZ", "S1", "SA", "SB", "SC", "SD", "SE",
	"SEC", "SH", "SI", "SK", "SL", "SM", "SO", "SP", "SS", "ST", "STL", "SU",
	"SV", "SW", "SX", "SY", "SZ", "T1", "TB", "TC", "TD", "TE", "TEV", "TG",
	"THE", "TI", "TK", "TL", "TN", "TO", "TR", "TRE", "TS", "TT", "TTE", "TU",
	"TV", "TW", "TWE", "TY", "TZ", "UC", "UN", "UUE", "VA", "VG", "VI", "VK",
	"VL", "VN", "VO", "VP", "VQ", "VR", "VS", "VY", "WA", "WB", "WC", "WD",
	"WF", "WG", "WH", "WJ", "WK", "WL", "WM", "WN", "WP", "WQ", "WR", "WRP",
	"WS", "WT", "WU", "WV", "WW", "WX", "WY", "WZ", "X11", "X12", "X15", "X16",
	"X17", "X18", "X19", "X20", "X3", "XA", "XB", "XC", "XD", "XF", "XG", "XH",
	"XJ", "XK", "YA", "YB", "YC", "YD", "YF", "YG", "YH", "YJ", "YK", "YL",
	"YM", "YN", "YP", "YQ", "YR", "YS", "YT", "YV", "YW", "YX", "YY", "YZ",
	"ZA", "ZB", "ZC", "ZD", "ZF", "ZG", "ZH", "ZJ", "ZK", "ZL", "ZM", "ZN",
	"ZP", "ZQ", "ZR", "ZS", "ZT", "ZU", "ZV", "ZW", "ZX", "ZY", "ZZ",
};

/*
 * The first 97 primes: the weights of the alphanumeric check character pair
 * (GS1 General Specifications 7.9.5), from the rightmost data character
 * leftwards.  They bound the data this implementation can check to 97
 * characters plus the pair, more than any AI allows.
 */
static const uint16_t csumalpha_primes[] = {
	2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53,
	59, 61, 67, 71, 73, 79, 83, 89, 97, 101, 103, 107, 109, 113, 127, 131,
	137, 139, 149, 151, 157, 163, 167, 173, 179, 181, 191, 193, 197, 199, 211, 223,
	227, 229, 233, 239, 241, 251, 257, 263, 269, 271, 277, 281, 283, 293, 307, 311,
	313, 317, 331, 337, 347, 349, 353, 359, 367, 373, 379, 383, 389, 397, 401, 409,
	419, 421, 431, 433, 439, 443, 449, 457, 461, 463, 467, 479, 487, 491, 499, 503,
	509,
};

#define NELEMS(a)	(sizeof(a) / sizeof((a)[0]))

/* The check characters of csumalpha, in value order (CSET 32) */
static const char cset32[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

#define IBAN_MAX_LENGTH		34
#define IBAN_MIN_LENGTH		11	/* the reference rejects 10 or fewer */
#define GCP_MIN_LENGTH		4	/* the shortest GS1 Company Prefix */
#define FRAG_MAX			32	/* longest fragment quoted in a message */
#define FRAG_BUFSIZE		(FRAG_MAX * 4 + 4)


/*
 * fail
 *		Format a failure reason into msg (at most msglen bytes, always
 *		NUL-terminated when msglen > 0; msg may be NULL when msglen is 0).
 *		Always returns false so that linters can "return fail(...)".
 */
#if defined(__GNUC__) || defined(__clang__)
#define LINT_PRINTF(f, a)	__attribute__((format(printf, f, a)))
#else
#define LINT_PRINTF(f, a)
#endif

static bool fail(char *msg, size_t msglen, const char *fmt,...) LINT_PRINTF(3, 4);

static bool
fail(char *msg, size_t msglen, const char *fmt,...)
{
	va_list		ap;

	if (msg == NULL || msglen == 0)
		return false;
	va_start(ap, fmt);
	if (vsnprintf(msg, msglen, fmt, ap) < 0)
		msg[0] = '\0';
	va_end(ap);
	msg[msglen - 1] = '\0';
	return false;
}

/*
 * frag
 *		Render s[0..n) for quoting in a message into buf (FRAG_BUFSIZE bytes):
 *		printable ASCII as is, other bytes as \xNN, '"' and '\' escaped, cut
 *		at FRAG_MAX input bytes with "...".  Returns buf.
 */
static const char *
frag(char *buf, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	size_t		i;
	size_t		o = 0;

	for (i = 0; i < n && i < FRAG_MAX; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c == '"' || c == '\\')
		{
			buf[o++] = '\\';
			buf[o++] = (char) c;
		}
		else if (c >= 0x20 && c < 0x7f)
			buf[o++] = (char) c;
		else
		{
			buf[o++] = '\\';
			buf[o++] = 'x';
			buf[o++] = hex[c >> 4];
			buf[o++] = hex[c & 15];
		}
	}
	if (i < n)
	{
		buf[o++] = '.';
		buf[o++] = '.';
		buf[o++] = '.';
	}
	buf[o] = '\0';
	return buf;
}

/*
 * all_digits
 *		True when s[0..n) are all ASCII digits; otherwise reports the first
 *		non-digit and its 1-based position and returns false.
 */
static bool
all_digits(const char *s, size_t n, char *msg, size_t msglen)
{
	size_t		i;

	for (i = 0; i < n; i++)
	{
		if (!gs1_is_digit((unsigned char) s[i]))
		{
			char		f[FRAG_BUFSIZE];

			return fail(msg, msglen, "\"%s\" at position %zu is not a digit",
						frag(f, s + i, 1), i + 1);
		}
	}
	return true;
}

/* Value of the two digits at s (caller has checked they are digits) */
static inline int
two_digits(const char *s)
{
	return (s[0] - '0') * 10 + (s[1] - '0');
}

/* Value of the three digits at s, or -1 if n != 3 or any is not a digit */
static inline int
three_digits(const char *s, size_t n)
{
	if (n != 3 || !gs1_is_digit((unsigned char) s[0]) ||
		!gs1_is_digit((unsigned char) s[1]) ||
		!gs1_is_digit((unsigned char) s[2]))
		return -1;
	return (s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0');
}

/* Binary search for v in the sorted table t[0..n) */
static bool
in_u16_table(const uint16_t *t, size_t n, int v)
{
	size_t		lo = 0;
	size_t		hi = n;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (t[mid] == v)
			return true;
		if (t[mid] < v)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

/* Binary search for the w-byte key in the sorted table t of n w-byte rows */
static bool
in_str_table(const char *t, size_t w, size_t n, const char *key)
{
	size_t		lo = 0;
	size_t		hi = n;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;
		const char *row = t + mid * w;
		int			c = 0;
		size_t		i;

		/* byte loop rather than memcmp: gcc misreads the 2-D tables' bounds */
		for (i = 0; i < w && c == 0; i++)
			c = (int) (unsigned char) row[i] - (int) (unsigned char) key[i];

		if (c == 0)
			return true;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}


/* ---------------------------------------------------------------------
 * Check digits and company prefixes
 * ---------------------------------------------------------------------
 */

/*
 * csum: the last digit is the GS1 mod-10 check digit of the digits before it.
 */
static bool
lint_csum(const char *d, size_t n, char *msg, size_t msglen)
{
	unsigned int sum = 0;
	unsigned int w;
	unsigned int last;
	size_t		i;

	if (n == 0)
		return fail(msg, msglen, "too short to carry a check digit");

	/*
	 * One pass: check the digits and weight them 3,1,3,... from the right
	 * (the rightmost data digit, just before the check digit, weighs 3).
	 */
	w = (n % 2 == 0) ? 3 : 1;
	for (i = 0; i + 1 < n; i++)
	{
		unsigned int v = (unsigned int) ((unsigned char) d[i] - '0');

		if (v > 9)
			return all_digits(d, n, msg, msglen);
		sum += w * v;
		w = 4 - w;
	}
	last = (unsigned int) ((unsigned char) d[n - 1] - '0');
	if (last > 9)
		return all_digits(d, n, msg, msglen);
	sum = (10 - sum % 10) % 10;
	if (last != sum)
		return fail(msg, msglen, "check digit should be %u", sum);
	return true;
}

/* Value of a CSET 82 character in the csumalpha weighting, or -1 */
static inline int
cset82_value(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return 13 + (c - '0');
	if (c >= 'A' && c <= 'Z')
		return 29 + (c - 'A');
	if (c >= 'a' && c <= 'z')
		return 56 + (c - 'a');
	if (c >= '%' && c <= '/')
		return 2 + (c - '%');
	if (c >= ':' && c <= '?')
		return 23 + (c - ':');
	switch (c)
	{
		case '!':
			return 0;
		case '"':
			return 1;
		case '_':
			return 55;
		default:
			return -1;
	}
}

/*
 * csumalpha: the last two characters are the GS1 alphanumeric check
 * character pair of the CSET 82 characters before them.
 */
static bool
lint_csumalpha(const char *d, size_t n, char *msg, size_t msglen)
{
	uint32_t	sum = 0;
	size_t		k;
	size_t		i;

	if (n < 2)
		return fail(msg, msglen, "too short to carry a check character pair");
	k = n - 2;
	if (k > NELEMS(csumalpha_primes))
		return fail(msg, msglen,
					"too long for a check character pair (at most %zu characters)",
					NELEMS(csumalpha_primes) + 2);
	for (i = 0; i < k; i++)
	{
		int			v = cset82_value((unsigned char) d[i]);

		if (v < 0)
		{
			char		f[FRAG_BUFSIZE];

			return fail(msg, msglen,
						"\"%s\" at position %zu is not a CSET 82 character",
						frag(f, d + i, 1), i + 1);
		}
		sum += (uint32_t) v * csumalpha_primes[k - 1 - i];
	}
	sum %= 1021;
	if (d[k] != cset32[sum >> 5] || d[k + 1] != cset32[sum & 31])
		return fail(msg, msglen, "check character pair should be %c%c",
					cset32[sum >> 5], cset32[sum & 31]);
	return true;
}

/*
 * gcppos1: the data starts with something that can be a GS1 Company Prefix.
 * Like the reference (which has no prefix allocation list), this requires at
 * least the shortest GCP's four characters, all digits.
 */
static bool
lint_gcppos1_at(const char *d, size_t n, size_t offset, char *msg, size_t msglen)
{
	size_t		i;

	if (n < GCP_MIN_LENGTH)
		return fail(msg, msglen,
					"too short to start with a GS1 company prefix (%d digits at least)",
					GCP_MIN_LENGTH);
	for (i = 0; i < GCP_MIN_LENGTH; i++)
	{
		if (!gs1_is_digit((unsigned char) d[i]))
		{
			char		f[FRAG_BUFSIZE];

			return fail(msg, msglen,
						"\"%s\" at position %zu is not a digit, so no GS1 company prefix starts at position %zu",
						frag(f, d + i, 1), offset + i + 1, offset + 1);
		}
	}
	return true;
}

/* gcppos2: as gcppos1, after one indicator or extension character */
static bool
lint_gcppos2(const char *d, size_t n, char *msg, size_t msglen)
{
	if (n < 2)
		return fail(msg, msglen,
					"too short to hold a GS1 company prefix after its first character");
	return lint_gcppos1_at(d + 1, n - 1, 1, msg, msglen);
}


/* ---------------------------------------------------------------------
 * Dates and times
 * ---------------------------------------------------------------------
 */

/*
 * Check a date.  With century, d is YYYYMMDD; otherwise YYMMDD, where the
 * year is taken (as in the reference's fixed window) to be 1972..2071, so a
 * YY year is a leap year exactly when YY is a multiple of 4 (00 is 2000).
 * Day 00 ("day unspecified") passes only with allow_dd00.
 */
static bool
lint_date(const char *d, size_t n, bool century, bool allow_dd00,
		  char *msg, size_t msglen)
{
	static const unsigned char days_in_month[12] = {
		31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};
	size_t		want = century ? 8 : 6;
	size_t		yl = century ? 4 : 2;
	int			year;
	int			mm;
	int			dd;
	bool		leap;

	if (n != want)
		return fail(msg, msglen, "date must be %zu digits (%s), not %zu",
					want, century ? "YYYYMMDD" : "YYMMDD", n);
	if (!all_digits(d, n, msg, msglen))
		return false;
	if (century)
	{
		year = two_digits(d) * 100 + two_digits(d + 2);
		leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
	}
	else
	{
		year = two_digits(d);
		leap = year % 4 == 0;
	}
	mm = two_digits(d + yl);
	dd = two_digits(d + yl + 2);
	if (mm < 1 || mm > 12)
		return fail(msg, msglen, "month %02d is not 01-12", mm);
	if (dd == 0)
	{
		if (allow_dd00)
			return true;
		return fail(msg, msglen, "day 00 is not allowed here");
	}
	if (dd > days_in_month[mm - 1] || (mm == 2 && dd == 29 && !leap))
	{
		if (mm == 2 && dd == 29)
			return fail(msg, msglen,
						"day 29 is not valid in month 02 of %d, not a leap year",
						century ? year : (year < 72 ? 2000 + year : 1900 + year));
		return fail(msg, msglen, "day %02d is not valid in month %02d", dd, mm);
	}
	return true;
}

/* Check a two-digit time part in 00..max */
static bool
lint_time_part(const char *d, size_t n, const char *what, int max,
			   char *msg, size_t msglen)
{
	int			v;

	if (n != 2)
		return fail(msg, msglen, "%s must be 2 digits, not %zu", what, n);
	if (!all_digits(d, n, msg, msglen))
		return false;
	v = two_digits(d);
	if (v > max)
		return fail(msg, msglen, "%s %02d is not 00-%02d", what, v, max);
	return true;
}

/* hhmi: HHMI, hour 00-23 and minute 00-59 */
static bool
lint_hhmi(const char *d, size_t n, char *msg, size_t msglen)
{
	if (n != 4)
		return fail(msg, msglen, "time must be 4 digits (HHMI), not %zu", n);
	return lint_time_part(d, 2, "hour", 23, msg, msglen) &&
		lint_time_part(d + 2, 2, "minute", 59, msg, msglen);
}


/* ---------------------------------------------------------------------
 * Code lists
 * ---------------------------------------------------------------------
 */

static bool
is_iso3166(const char *d, size_t n)
{
	int			v = three_digits(d, n);

	return v >= 0 && in_u16_table(iso3166_numeric, NELEMS(iso3166_numeric), v);
}

static bool
is_iso3166_alpha2(const char *d, size_t n)
{
	if (n != 2 || d[0] < 'A' || d[0] > 'Z' || d[1] < 'A' || d[1] > 'Z')
		return false;
	return in_str_table(&iso3166_alpha2[0][0], 2, NELEMS(iso3166_alpha2), d);
}

static bool
lint_iso3166(const char *d, size_t n, bool or999, char *msg, size_t msglen)
{
	char		f[FRAG_BUFSIZE];

	if (is_iso3166(d, n))
		return true;
	if (or999 && n == 3 && memcmp(d, "999", 3) == 0)
		return true;
	return fail(msg, msglen,
				"\"%s\" is not an ISO 3166-1 numeric country code%s",
				frag(f, d, n), or999 ? " or 999" : "");
}

static bool
lint_iso3166alpha2(const char *d, size_t n, char *msg, size_t msglen)
{
	char		f[FRAG_BUFSIZE];

	if (is_iso3166_alpha2(d, n))
		return true;
	return fail(msg, msglen, "\"%s\" is not an ISO 3166-1 alpha-2 country code",
				frag(f, d, n));
}

static bool
lint_iso4217(const char *d, size_t n, char *msg, size_t msglen)
{
	char		f[FRAG_BUFSIZE];
	int			v = three_digits(d, n);

	if (v >= 0 && in_u16_table(iso4217_numeric, NELEMS(iso4217_numeric), v))
		return true;
	return fail(msg, msglen, "\"%s\" is not an ISO 4217 numeric currency code",
				frag(f, d, n));
}

/* mediatype: AIDC media type 01-10 or 80-99 */
static bool
lint_mediatype(const char *d, size_t n, char *msg, size_t msglen)
{
	char		f[FRAG_BUFSIZE];

	if (n == 2 && gs1_is_digit((unsigned char) d[0]) &&
		gs1_is_digit((unsigned char) d[1]))
	{
		int			v = two_digits(d);

		if ((v >= 1 && v <= 10) || v >= 80)
			return true;
	}
	return fail(msg, msglen,
				"\"%s\" is not an AIDC media type (01-10 or 80-99)",
				frag(f, d, n));
}

/* packagetype: a PackageTypeCode */
static bool
lint_packagetype(const char *d, size_t n, char *msg, size_t msglen)
{
	char		f[FRAG_BUFSIZE];

	if (n >= 1 && n <= 3)
	{
		char		key[3] = {0, 0, 0};

		memcpy(key, d, n);
		if (memchr(key, '\0', n) == NULL &&
			in_str_table(&package_types[0][0], 3, NELEMS(package_types), key))
			return true;
	}
	return fail(msg, msglen, "\"%s\" is not a package type code", frag(f, d, n));
}

/*
 * One character out of a fixed set, spelled out in the message.
 */
static bool
lint_one_of(const char *d, size_t n, const char *set, const char *what,
			const char *spelled, char *msg, size_t msglen)
{
	char		f[FRAG_BUFSIZE];

	if (n == 1 && d[0] != '\0' && strchr(set, d[0]) != NULL)
		return true;
	return fail(msg, msglen, "\"%s\" is not %s (%s)", frag(f, d, n), what,
				spelled);
}

/* importeridx: one of 0-9, A-Z, a-z, '-' and '_' */
static bool
lint_importeridx(const char *d, size_t n, char *msg, size_t msglen)
{
	char		f[FRAG_BUFSIZE];
	unsigned char c;

	if (n != 1)
		return fail(msg, msglen, "importer index must be one character, not %zu",
					n);
	c = (unsigned char) d[0];
	if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
		(c >= 'a' && c <= 'z') || c == '-' || c == '_')
		return true;
	return fail(msg, msglen,
				"\"%s\" is not an importer index (0-9, A-Z, a-z, - or _)",
				frag(f, d, n));
}


/* ---------------------------------------------------------------------
 * Encodings and structured values
 * ---------------------------------------------------------------------
 */

static inline bool
is_hex(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') ||
		(c >= 'a' && c <= 'f');
}

/* pcenc: every '%' starts a %hh sequence */
static bool
lint_pcenc(const char *d, size_t n, char *msg, size_t msglen)
{
	size_t		i;

	for (i = 0; i < n; i++)
	{
		if (d[i] != '%')
			continue;
		if (i + 2 >= n || !is_hex((unsigned char) d[i + 1]) ||
			!is_hex((unsigned char) d[i + 2]))
		{
			char		f[FRAG_BUFSIZE];

			return fail(msg, msglen, "\"%s\" is not valid percent-encoding",
						frag(f, d + i, (n - i < 3) ? n - i : 3));
		}
		i += 2;
	}
	return true;
}

/* Value of an IBAN character (0-9 -> 0-9, A-Z -> 10-35), or -1 */
static inline int
iban_value(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'A' && c <= 'Z')
		return c - 'A' + 10;
	return -1;
}

/*
 * iban: ISO 13616 structure as the reference checks it: an ISO 3166-1
 * alpha-2 country code, 11 to 34 characters of 0-9/A-Z, and check digits
 * that make the rearranged number 1 mod 97.  The reference has no per-country
 * length table, so neither do we.
 */
static bool
lint_iban(const char *d, size_t n, char *msg, size_t msglen)
{
	char		f[FRAG_BUFSIZE];
	unsigned int r = 0;
	unsigned int r00 = 0;
	size_t		k;

	if (n < 4)
		return fail(msg, msglen, "IBAN is too short (%zu characters)", n);
	if (!is_iso3166_alpha2(d, 2))
		return fail(msg, msglen,
					"IBAN country code \"%s\" is not an ISO 3166-1 alpha-2 country code",
					frag(f, d, 2));
	if (n > IBAN_MAX_LENGTH)
		return fail(msg, msglen, "IBAN is longer than %d characters",
					IBAN_MAX_LENGTH);
	if (n < IBAN_MIN_LENGTH)
		return fail(msg, msglen, "IBAN is too short (%zu characters)", n);

	/* BBAN first, then country code and check digits */
	for (k = 4; k < n + 4; k++)
	{
		size_t		i = (k < n) ? k : k - n;
		int			v = iban_value((unsigned char) d[i]);
		int			v00 = (i == 2 || i == 3) ? 0 : v;

		if (v < 0)
			return fail(msg, msglen,
						"\"%s\" at position %zu is not valid in an IBAN (0-9, A-Z)",
						frag(f, d + i, 1), i + 1);
		r = (r * (v < 10 ? 10 : 100) + (unsigned int) v) % 97;
		if (i == 2 || i == 3)
			r00 = (r00 * 10 + (unsigned int) v00) % 97;
		else
			r00 = (r00 * (v < 10 ? 10 : 100) + (unsigned int) v00) % 97;
	}
	if (r != 1)
		return fail(msg, msglen, "IBAN check digits are wrong, should be %02u",
					98 - r00);
	return true;
}

/* latitude / longitude: N10 value in 0..max */
static bool
lint_coordinate(const char *d, size_t n, const char *what, uint64_t max,
				char *msg, size_t msglen)
{
	uint64_t	v = 0;
	size_t		i;

	if (n != 10)
		return fail(msg, msglen, "%s must be 10 digits, not %zu", what, n);
	if (!all_digits(d, n, msg, msglen))
		return false;
	for (i = 0; i < n; i++)
		v = v * 10 + (uint64_t) (d[i] - '0');
	if (v > max)
		return fail(msg, msglen, "%s %.10s is greater than %010llu", what, d,
					(unsigned long long) max);
	return true;
}

/* Is d[0..n) one or more copies of ch? */
static bool
all_of(const char *d, size_t n, char ch)
{
	size_t		i;

	for (i = 0; i < n; i++)
		if (d[i] != ch)
			return false;
	return n > 0;
}

/* zero: one or more '0' characters */
static bool
lint_zero(const char *d, size_t n, char *msg, size_t msglen)
{
	char		f[FRAG_BUFSIZE];

	if (all_of(d, n, '0'))
		return true;
	return fail(msg, msglen, "\"%s\" must be zero", frag(f, d, n));
}

/* nonzero: digits, not all of them zero */
static bool
lint_nonzero(const char *d, size_t n, char *msg, size_t msglen)
{
	size_t		i;

	if (!all_digits(d, n, msg, msglen))
		return false;
	for (i = 0; i < n; i++)
		if (d[i] != '0')
			return true;
	return fail(msg, msglen, "value must not be zero");
}

/*
 * nozeroprefix: digits without a leading zero.  As in the reference, "0"
 * itself fails: the value must be a number that does not start with 0.
 */
static bool
lint_nozeroprefix(const char *d, size_t n, char *msg, size_t msglen)
{
	if (n > 0 && d[0] == '0')
		return fail(msg, msglen, "leading zero is not allowed");
	return all_digits(d, n, msg, msglen);
}

/* hasnondigit: at least one character is not a digit */
static bool
lint_hasnondigit(const char *d, size_t n, char *msg, size_t msglen)
{
	size_t		i;

	for (i = 0; i < n; i++)
		if (!gs1_is_digit((unsigned char) d[i]))
			return true;
	return fail(msg, msglen, "must contain a character that is not a digit");
}

/* hyphen: one or more '-' characters */
static bool
lint_hyphen(const char *d, size_t n, char *msg, size_t msglen)
{
	char		f[FRAG_BUFSIZE];

	if (all_of(d, n, '-'))
		return true;
	return fail(msg, msglen, "\"%s\" must be a hyphen", frag(f, d, n));
}

/*
 * pieceoftotal: an even number of digits, the first half the piece number and
 * the second the total, neither zero, the piece not greater than the total.
 */
static bool
lint_pieceoftotal(const char *d, size_t n, char *msg, size_t msglen)
{
	size_t		h = n / 2;
	size_t		i;
	bool		piece_zero = true;
	bool		total_zero = true;
	int			cmp;

	if (!all_digits(d, n, msg, msglen))
		return false;
	if (n == 0 || n % 2 != 0)
		return fail(msg, msglen,
					"piece and total must be two numbers of the same length, not %zu digits",
					n);
	for (i = 0; i < h; i++)
	{
		if (d[i] != '0')
			piece_zero = false;
		if (d[h + i] != '0')
			total_zero = false;
	}
	if (piece_zero)
		return fail(msg, msglen, "piece number %.*s is zero", (int) h, d);
	if (total_zero)
		return fail(msg, msglen, "total %.*s is zero", (int) h, d + h);
	cmp = memcmp(d, d + h, h);	/* equal lengths: digit order is value order */
	if (cmp > 0)
		return fail(msg, msglen, "piece number %.*s is greater than total %.*s",
					(int) h, d, (int) h, d + h);
	return true;
}

/*
 * posinseqslash: "<pos>/<end>", both positive numbers without a leading
 * zero, pos not greater than end.
 */
static bool
lint_posinseqslash(const char *d, size_t n, char *msg, size_t msglen)
{
	char		f[FRAG_BUFSIZE];
	size_t		slash;
	size_t		i;
	size_t		pl;
	size_t		el;
	const char *e;

	for (slash = 0; slash < n && gs1_is_digit((unsigned char) d[slash]); slash++)
		;
	if (slash == 0 || slash >= n - 1 || d[slash] != '/')
		goto malformed;
	for (i = slash + 1; i < n; i++)
		if (!gs1_is_digit((unsigned char) d[i]))
			goto malformed;
	pl = slash;
	e = d + slash + 1;
	el = n - slash - 1;
	if (d[0] == '0')
		return fail(msg, msglen, "position %.*s must not start with zero",
					(int) pl, d);
	if (e[0] == '0')
		return fail(msg, msglen, "end %.*s must not start with zero",
					(int) el, e);
	if (pl > el || (pl == el && memcmp(d, e, pl) > 0))
		return fail(msg, msglen, "position %.*s is greater than end %.*s",
					(int) pl, d, (int) el, e);
	return true;

malformed:
	return fail(msg, msglen, "\"%s\" is not of the form position/end",
				frag(f, d, n));
}


/* ---------------------------------------------------------------------
 * North American coupon codes
 * ---------------------------------------------------------------------
 */

/* Cursor over an all-digit coupon string */
typedef struct coupon
{
	const char *d;
	size_t		n;
	size_t		p;
	char	   *msg;
	size_t		msglen;
} coupon;

static inline size_t
cp_left(const coupon *c)
{
	return c->n - c->p;
}

/*
 * Field names in messages are pre + field + suf (e.g. "second purchase " +
 * "requirement" + " VLI"), pasted only when a message is written so that
 * the success path formats nothing.
 */

/*
 * Read one digit that must be present; if allowed is not NULL it must be in
 * it (spelled names the allowed values for the message).  Returns the digit
 * or -1 after reporting.
 */
static int
cp_digit(coupon *c, const char *pre, const char *field, const char *suf,
		 const char *allowed, const char *spelled)
{
	char		v;

	if (cp_left(c) == 0)
	{
		fail(c->msg, c->msglen, "coupon %s%s%s is missing", pre, field, suf);
		return -1;
	}
	v = c->d[c->p];
	if (allowed != NULL && strchr(allowed, v) == NULL)
	{
		fail(c->msg, c->msglen, "coupon %s%s%s %c is not %s",
			 pre, field, suf, v, spelled);
		return -1;
	}
	c->p++;
	return v - '0';
}

/* Skip a fixed-length field of len digits, reporting truncation */
static bool
cp_fixed(coupon *c, const char *pre, const char *field, size_t len)
{
	if (cp_left(c) < len)
		return fail(c->msg, c->msglen,
					"coupon %s%s is truncated: %zu digits needed, %zu left",
					pre, field, len, cp_left(c));
	c->p += len;
	return true;
}

/*
 * A variable-length field preceded by its length indicator (VLI): the VLI
 * digit must be in allowed (any digit when NULL); the field is VLI + add
 * digits long, or absent when the VLI is '9' and nine_means_none.  With
 * is_gcp the field must pass gcppos1.
 */
static bool
cp_vli_field(coupon *c, const char *pre, const char *field,
			 const char *allowed, const char *spelled, int add,
			 bool nine_means_none, bool is_gcp)
{
	int			v;
	size_t		len;

	v = cp_digit(c, pre, field, " VLI", allowed, spelled);
	if (v < 0)
		return false;
	if (nine_means_none && v == 9)
		return true;
	len = (size_t) (v + add);
	if (cp_left(c) < len)
		return fail(c->msg, c->msglen,
					"coupon %s%s is truncated: VLI %d means %zu digits, %zu left",
					pre, field, v, len, cp_left(c));
	if (is_gcp && !lint_gcppos1_at(c->d + c->p, len, c->p, c->msg, c->msglen))
		return false;
	c->p += len;
	return true;
}

/*
 * A purchase requirement (pre is e.g. "primary purchase "): VLI 1-5 and
 * value, code 0-4 or 9, three-digit family code.
 */
static bool
cp_purchase(coupon *c, const char *pre)
{
	return cp_vli_field(c, pre, "requirement", "12345", "1-5", 0, false, false) &&
		cp_digit(c, pre, "requirement code", "", "012349", "0-4 or 9") >= 0 &&
		cp_fixed(c, pre, "family code", 3);
}

/* A YYMMDD date of an optional coupon field; returns its offset or -1 */
static long
cp_date(coupon *c, const char *field)
{
	char		why[128];
	size_t		at = c->p;

	if (cp_left(c) < 6)
	{
		fail(c->msg, c->msglen,
			 "coupon %s is truncated: 6 digits needed, %zu left",
			 field, cp_left(c));
		return -1;
	}
	if (!lint_date(c->d + at, 6, false, false, why, sizeof(why)))
	{
		fail(c->msg, c->msglen, "coupon %s %.6s is not valid: %s",
			 field, c->d + at, why);
		return -1;
	}
	c->p += 6;
	return (long) at;
}

/*
 * couponcode: the North American Coupon Code of AI (8110): primary GCP,
 * offer code, save value, primary purchase, then optional fields 1 to 6 and
 * 9, each at most once and in that order, and nothing else.
 */
static bool
lint_couponcode(const char *d, size_t n, char *msg, size_t msglen)
{
	coupon		c = {d, n, 0, msg, msglen};
	long		expiry = -1;

	if (!all_digits(d, n, msg, msglen))
		return false;
	if (!cp_vli_field(&c, "", "primary company prefix", "0123456", "0-6", 6, false, true) ||
		!cp_fixed(&c, "", "offer code", 6) ||
		!cp_vli_field(&c, "", "save value", "12345", "1-5", 0, false, false) ||
		!cp_purchase(&c, "primary purchase "))
		return false;

	/* 1: additional purchase rules, second purchase */
	if (cp_left(&c) > 0 && d[c.p] == '1')
	{
		c.p++;
		if (cp_digit(&c, "", "additional purchase rules code", "", "0123", "0-3") < 0 ||
			!cp_purchase(&c, "second purchase ") ||
			!cp_vli_field(&c, "second purchase ", "company prefix", "01234569",
						  "0-6 or 9", 6, true, true))
			return false;
	}
	/* 2: third purchase */
	if (cp_left(&c) > 0 && d[c.p] == '2')
	{
		c.p++;
		if (!cp_purchase(&c, "third purchase ") ||
			!cp_vli_field(&c, "third purchase ", "company prefix", "01234569",
						  "0-6 or 9", 6, true, true))
			return false;
	}
	/* 3: expiration date */
	if (cp_left(&c) > 0 && d[c.p] == '3')
	{
		c.p++;
		if ((expiry = cp_date(&c, "expiration date")) < 0)
			return false;
	}
	/* 4: start date, not after the expiration date */
	if (cp_left(&c) > 0 && d[c.p] == '4')
	{
		long		start;

		c.p++;
		if ((start = cp_date(&c, "start date")) < 0)
			return false;
		if (expiry >= 0 && memcmp(d + start, d + expiry, 6) > 0)
			return fail(msg, msglen,
						"coupon expiration date %.6s is before start date %.6s",
						d + expiry, d + start);
	}
	/* 5: serial number, VLI 0-9 for 6-15 digits */
	if (cp_left(&c) > 0 && d[c.p] == '5')
	{
		c.p++;
		if (!cp_vli_field(&c, "", "serial number", NULL, NULL, 6, false, false))
			return false;
	}
	/* 6: retailer GCP or GLN, VLI 1-7 for 7-13 digits */
	if (cp_left(&c) > 0 && d[c.p] == '6')
	{
		c.p++;
		if (!cp_vli_field(&c, "", "retailer company prefix or GLN", "1234567",
						  "1-7", 6, false, true))
			return false;
	}
	/* 9: save value code, applies-to item, store coupon, don't multiply */
	if (cp_left(&c) > 0 && d[c.p] == '9')
	{
		c.p++;
		if (cp_digit(&c, "", "save value code", "", "01256", "0, 1, 2, 5 or 6") < 0 ||
			cp_digit(&c, "", "save value applies-to item", "", "012", "0-2") < 0 ||
			cp_digit(&c, "", "store coupon flag", "", NULL, NULL) < 0 ||
			cp_digit(&c, "", "don't multiply flag", "", "01", "0 or 1") < 0)
			return false;
	}
	if (cp_left(&c) > 0)
	{
		char		f[FRAG_BUFSIZE];

		return fail(msg, msglen,
					"coupon has unexpected data \"%s\" at position %zu",
					frag(f, d + c.p, cp_left(&c)), c.p + 1);
	}
	return true;
}

/*
 * couponposoffer: the positive offer file coupon code of AI (8112): format
 * code 0/1, funder ID (VLI 0-6 for 6-12 digits), six-digit offer code,
 * serial number (VLI 0-9 for 6-15 digits), and nothing else.
 */
static bool
lint_couponposoffer(const char *d, size_t n, char *msg, size_t msglen)
{
	coupon		c = {d, n, 0, msg, msglen};

	if (!all_digits(d, n, msg, msglen))
		return false;
	if (cp_digit(&c, "", "format code", "", "01", "0 or 1") < 0 ||
		!cp_vli_field(&c, "", "funder ID", "0123456", "0-6", 6, false, false) ||
		!cp_fixed(&c, "", "offer code", 6) ||
		!cp_vli_field(&c, "", "serial number", NULL, NULL, 6, false, false))
		return false;
	if (cp_left(&c) > 0)
	{
		char		f[FRAG_BUFSIZE];

		return fail(msg, msglen,
					"coupon has unexpected data \"%s\" at position %zu",
					frag(f, d + c.p, cp_left(&c)), c.p + 1);
	}
	return true;
}


/* ---------------------------------------------------------------------
 * Entry points
 * ---------------------------------------------------------------------
 */

/*
 * gs1_lint_run
 *		Apply linter l to data[0..len).  Returns true when the data passes;
 *		otherwise false with a reason in msg (see gs1_lint.h).  The caller
 *		owns both buffers; nothing is allocated.
 */
bool
gs1_lint_run(gs1_linter l, const char *data, size_t len,
			 char *msg, size_t msglen)
{
	if (msg != NULL && msglen > 0)
		msg[0] = '\0';

	switch (l)
	{
		case GS1_LINT_CSUM:
			return lint_csum(data, len, msg, msglen);
		case GS1_LINT_CSUMALPHA:
			return lint_csumalpha(data, len, msg, msglen);
		case GS1_LINT_GCPPOS1:
			return lint_gcppos1_at(data, len, 0, msg, msglen);
		case GS1_LINT_GCPPOS2:
			return lint_gcppos2(data, len, msg, msglen);
		case GS1_LINT_YYMMD0:
			return lint_date(data, len, false, true, msg, msglen);
		case GS1_LINT_YYMMDD:
			return lint_date(data, len, false, false, msg, msglen);
		case GS1_LINT_YYYYMMDD:
			return lint_date(data, len, true, false, msg, msglen);
		case GS1_LINT_HH:
			return lint_time_part(data, len, "hour", 23, msg, msglen);
		case GS1_LINT_MI:
			return lint_time_part(data, len, "minute", 59, msg, msglen);
		case GS1_LINT_SS:
			return lint_time_part(data, len, "second", 59, msg, msglen);
		case GS1_LINT_HHMI:
			return lint_hhmi(data, len, msg, msglen);
		case GS1_LINT_ISO3166:
			return lint_iso3166(data, len, false, msg, msglen);
		case GS1_LINT_ISO3166999:
			return lint_iso3166(data, len, true, msg, msglen);
		case GS1_LINT_ISO3166ALPHA2:
			return lint_iso3166alpha2(data, len, msg, msglen);
		case GS1_LINT_ISO4217:
			return lint_iso4217(data, len, msg, msglen);
		case GS1_LINT_ISO5218:
			return lint_one_of(data, len, "0129", "an ISO/IEC 5218 sex code",
							   "0, 1, 2 or 9", msg, msglen);
		case GS1_LINT_PCENC:
			return lint_pcenc(data, len, msg, msglen);
		case GS1_LINT_IBAN:
			return lint_iban(data, len, msg, msglen);
		case GS1_LINT_LATITUDE:
			return lint_coordinate(data, len, "latitude", UINT64_C(1800000000),
								   msg, msglen);
		case GS1_LINT_LONGITUDE:
			return lint_coordinate(data, len, "longitude", UINT64_C(3600000000),
								   msg, msglen);
		case GS1_LINT_YESNO:
			return lint_one_of(data, len, "01", "a yes/no flag", "0 or 1",
							   msg, msglen);
		case GS1_LINT_ZERO:
			return lint_zero(data, len, msg, msglen);
		case GS1_LINT_NONZERO:
			return lint_nonzero(data, len, msg, msglen);
		case GS1_LINT_NOZEROPREFIX:
			return lint_nozeroprefix(data, len, msg, msglen);
		case GS1_LINT_HASNONDIGIT:
			return lint_hasnondigit(data, len, msg, msglen);
		case GS1_LINT_HYPHEN:
			return lint_hyphen(data, len, msg, msglen);
		case GS1_LINT_WINDING:
			return lint_one_of(data, len, "019", "a winding direction",
							   "0, 1 or 9", msg, msglen);
		case GS1_LINT_PIECEOFTOTAL:
			return lint_pieceoftotal(data, len, msg, msglen);
		case GS1_LINT_POSINSEQSLASH:
			return lint_posinseqslash(data, len, msg, msglen);
		case GS1_LINT_MEDIATYPE:
			return lint_mediatype(data, len, msg, msglen);
		case GS1_LINT_PACKAGETYPE:
			return lint_packagetype(data, len, msg, msglen);
		case GS1_LINT_IMPORTERIDX:
			return lint_importeridx(data, len, msg, msglen);
		case GS1_LINT_COUPONCODE:
			return lint_couponcode(data, len, msg, msglen);
		case GS1_LINT_COUPONPOSOFFER:
			return lint_couponposoffer(data, len, msg, msglen);
		case GS1_LINT_NONE:
			return true;
		case GS1_LINT__COUNT:
			break;
	}
	return fail(msg, msglen, "unknown linter %d", (int) l);
}

/*
 * gs1_linter_name
 *		The dictionary's name of linter l (a static string), or "?".
 */
const char *
gs1_linter_name(gs1_linter l)
{
	if ((int) l <= (int) GS1_LINT_NONE || (int) l >= (int) GS1_LINT__COUNT)
		return "?";
	return linter_names[l];
}

/*
 * gs1_linter_from_name
 *		The linter the dictionary calls name[0..len), or GS1_LINT_NONE.  Also
 *		accepts "key" and "keyoff1", the names of gcppos1 and gcppos2 in
 *		dictionary releases before 2026-01-27.
 */
gs1_linter
gs1_linter_from_name(const char *name, size_t len)
{
	int			i;

	if (name == NULL)
		return GS1_LINT_NONE;
	for (i = GS1_LINT_NONE + 1; i < GS1_LINT__COUNT; i++)
	{
		const char *s = linter_names[i];

		if (strlen(s) == len && memcmp(s, name, len) == 0)
			return (gs1_linter) i;
	}
	if (len == 3 && memcmp(name, "key", 3) == 0)
		return GS1_LINT_GCPPOS1;
	if (len == 7 && memcmp(name, "keyoff1", 7) == 0)
		return GS1_LINT_GCPPOS2;
	return GS1_LINT_NONE;
}
