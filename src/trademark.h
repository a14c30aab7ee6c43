/*
 * trademark.h
 *		Settings and helpers trademark.c shares with the rest of the module.
 */
#ifndef PROVENANCE_TRADEMARK_H
#define PROVENANCE_TRADEMARK_H

#include "postgres.h"

#include "fmgr.h"

/* provenance.trademark_threshold (defined in provenance.c) */
extern double prov_trademark_threshold;

/* country_is_valid(text) (gs1.c) */
extern Datum prov_country_is_valid(PG_FUNCTION_ARGS);

#endif							/* PROVENANCE_TRADEMARK_H */
