/* provenance--0.1.0--0.2.0.sql: signed origin records (pubkey, signed_record, verify, sign) */

\echo Use "ALTER EXTENSION provenance UPDATE TO '0.2.0'" to load this file. \quit

-- ---------------------------------------------------------------------
-- pubkey (src/pubkey.c; parsing in src/pubkey_parse.c)
-- ---------------------------------------------------------------------
