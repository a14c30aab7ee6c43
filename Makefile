# provenance -- PGXS build
EXTENSION = provenance
EXTVERSION = 0.4.0

MODULE_big = provenance
# Pure parsers (no fmgr, no palloc) are listed first; fuzzers and unit tests
# link them on their own (see test/fuzz/Makefile).
PURE_OBJS = src/gtin_parse.o src/gs1_lint.o src/gs1_ai.o src/gs1_ai_table.o \
	src/gs1_parse.o src/b64url.o src/jws_parse.o src/pem.o
# OpenSSL-only helpers (no PostgreSQL headers): key parsing and signatures
CRYPTO_OBJS = src/pubkey_parse.o src/sig.o src/x509.o src/merkle_hash.o
# ICU-only helpers (no PostgreSQL headers): brand keys
ICU_OBJS = src/brand_key.o
OBJS = src/provenance.o $(PURE_OBJS) $(CRYPTO_OBJS) $(ICU_OBJS) src/gtin.o src/gs1.o \
	src/pubkey.o src/record.o src/certificate.o src/snapcache.o src/trust.o src/brand.o src/trademark.o \
	src/merkle.o src/custody_claims.o src/custody_verify.o

# Install and upgrade scripts.  A released script is never edited: changes
# ship as sql/provenance--A--B.sql upgrade scripts, and CREATE EXTENSION
# reaches the default version by installing 0.1.0 and applying them.
DATA = sql/$(EXTENSION)--0.1.0.sql sql/$(EXTENSION)--0.1.0--0.2.0.sql \
	sql/$(EXTENSION)--0.2.0--0.3.0.sql sql/$(EXTENSION)--0.3.0--0.4.0.sql

REGRESS = upgrade gtin gs1_prefix gs1 gs1_forms signed_record pubkey verify \
	wycheproof jose_vectors jws_pitfalls certificate trust trademark custody custody_verify merkle merkle_log
REGRESS_OPTS = --inputdir=. --outputdir=.

PG_CPPFLAGS = -I$(srcdir)/src
# -Wextra minus unused-parameter: server headers (spi.h, ilist.h) and fmgr
# conventions have unused parameters by design
PG_CFLAGS = -Wall -Wextra -Wno-unused-parameter

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# OpenSSL is linked the way the server links it (as contrib/pgcrypto does).
ifneq ($(with_ssl),openssl)
$(error provenance needs a PostgreSQL server built with OpenSSL (--with-ssl=openssl); this pg_config reports with_ssl='$(with_ssl)')
endif
SHLIB_LINK += $(filter -lcrypto, $(LIBS)) -lsodium
# ICU as the server links it (brand keys); PGXS knows the server's ICU flags
ifneq ($(with_icu),yes)
$(error provenance needs a PostgreSQL server built with ICU (--with-icu); this pg_config reports with_icu='$(with_icu)')
endif
PG_CPPFLAGS += $(ICU_CFLAGS)
SHLIB_LINK += $(ICU_LIBS)

.PHONY: fuzz unit
fuzz:
	$(MAKE) -C test/fuzz
unit:
	$(MAKE) -C test/unit

# TAP tests (test/t/*.pl) are run by test/run.sh with prove, as a non-root
# user; PGXS's prove_installcheck is not used because it cannot run as root
# and writes into the source tree.
