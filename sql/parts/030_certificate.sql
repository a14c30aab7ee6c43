/* provenance--0.2.0--0.3.0.sql: trust store (signer registry, X.509 trust anchors, verdicts) */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION provenance UPDATE TO '0.3.0'" to load this file. \quit

-- certificate type and functions: see below (part 030)
