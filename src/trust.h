/*
 * trust.h
 *		The trust store's settings and start-up hook, shared by provenance.c
 *		(which defines the GUCs) and trust.c (which judges records).
 */
#ifndef PROVENANCE_TRUST_H
#define PROVENANCE_TRUST_H

#include "postgres.h"

/* provenance.allowed_algorithms, as a bit per sig_alg (1 << alg) */
extern uint32 prov_allowed_algs;

/* provenance.clock_skew, in seconds */
extern int	prov_clock_skew;

#endif							/* PROVENANCE_TRUST_H */
