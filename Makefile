# provenance -- PGXS build
EXTENSION = provenance
EXTVERSION = 0.1.0

MODULE_big = provenance
# Pure parsers (no fmgr, no palloc) are listed first; fuzzers and unit tests
# link them on their own (see test/fuzz/Makefile).
PURE_OBJS = src/gtin_parse.o src/gs1_lint.o src/gs1_ai.o src/gs1_ai_table.o src/gs1_parse.o
OBJS = src/provenance.o $(PURE_OBJS) src/gtin.o src/gs1.o

# The install script is assembled from one fragment per subsystem.
INSTALL_PARTS = sql/install/00_header.sql sql/install/10_gtin.sql \
	sql/install/20_gs1.sql
DATA_built = sql/$(EXTENSION)--$(EXTVERSION).sql

REGRESS = gtin gs1_prefix gs1 gs1_forms
REGRESS_OPTS = --inputdir=. --outputdir=.

PG_CPPFLAGS = -I$(srcdir)/src
PG_CFLAGS = -Wall -Wextra -Wno-unused-parameter -Wno-sign-compare \
	-Wno-missing-field-initializers

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

sql/$(EXTENSION)--$(EXTVERSION).sql: $(INSTALL_PARTS)
	cat $^ > $@

.PHONY: fuzz unit
fuzz:
	$(MAKE) -C test/fuzz
unit:
	$(MAKE) -C test/unit
