# provenance -- PGXS build
EXTENSION = provenance
EXTVERSION = 0.1.0

MODULE_big = provenance
# Pure parsers (no fmgr, no palloc) are listed first; fuzzers and unit tests
# link them on their own (see test/fuzz/Makefile).
PURE_OBJS = src/gtin_parse.o src/gs1_lint.o src/gs1_ai.o src/gs1_ai_table.o src/gs1_parse.o
OBJS = src/provenance.o $(PURE_OBJS) src/gtin.o src/gs1.o

# Install and upgrade scripts.  A released script is never edited: changes
# ship as sql/provenance--A--B.sql upgrade scripts.
DATA = sql/$(EXTENSION)--$(EXTVERSION).sql

REGRESS = gtin gs1_prefix gs1 gs1_forms
REGRESS_OPTS = --inputdir=. --outputdir=.

PG_CPPFLAGS = -I$(srcdir)/src
PG_CFLAGS = -Wall -Wextra

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

.PHONY: fuzz unit
fuzz:
	$(MAKE) -C test/fuzz
unit:
	$(MAKE) -C test/unit

# TAP tests (test/t/*.pl) are run by test/run.sh with prove, as a non-root
# user; PGXS's prove_installcheck is not used because it cannot run as root
# and writes into the source tree.
