/*
 * provenance.c
 *		Module magic and initialisation of the provenance extension.
 *
 * Types and functions live in one file per subsystem (gtin.c, gs1.c, ...);
 * this file only declares the module.  Settings (GUCs) are added here as
 * later subsystems need them.
 */
#include "postgres.h"

#include "fmgr.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

/*
 * _PG_init
 *		Called once when the library is loaded into a backend.
 */
void
_PG_init(void)
{
	/* nothing to set up yet */
}
