/*
 * gs1.h
 *		Checks of gs1.c that other parts of the extension (custody events)
 *		use on text that is not (yet) a gs1 datum.
 */
#ifndef PROVENANCE_GS1_H
#define PROVENANCE_GS1_H

#include "postgres.h"

/*
 * gs1_unit_identity_error
 *		NULL when the NUL-terminated s is a GS1 element string written as
 *		its own unit identity (gs1_item, canonical bracketed text); otherwise
 *		why not, palloc'd, naming s as "the <what> '...'".
 */
extern char *gs1_unit_identity_error(const char *s, const char *what);

/* True when s[0..2) is an ISO 3166-1 alpha-2 code in use (upper case) */
extern bool gs1_country_is_valid(const char *s);

#endif							/* PROVENANCE_GS1_H */
