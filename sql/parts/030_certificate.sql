/* provenance--0.2.0--0.3.0.sql: trust store (signer registry, X.509 trust anchors, verdicts) */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION provenance UPDATE TO '0.3.0'" to load this file. \quit

-- certificate type and functions: see below (part 030)

-- ----------------------------------------------------------------------
-- certificate (src/certificate.c; parsing in src/x509.c)
-- ----------------------------------------------------------------------

CREATE TYPE @extschema@.certificate;

CREATE FUNCTION @extschema@.certificate_in(cstring) RETURNS @extschema@.certificate AS 'MODULE_PATHNAME', 'certificate_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.certificate_out(@extschema@.certificate) RETURNS cstring AS 'MODULE_PATHNAME', 'certificate_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.certificate_recv(internal) RETURNS @extschema@.certificate AS 'MODULE_PATHNAME', 'certificate_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.certificate_send(@extschema@.certificate) RETURNS bytea AS 'MODULE_PATHNAME', 'certificate_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- varlena holding the DER as given (about 400 to 2000 bytes)
CREATE TYPE @extschema@.certificate (
	INPUT = @extschema@.certificate_in,
	OUTPUT = @extschema@.certificate_out,
	RECEIVE = @extschema@.certificate_recv,
	SEND = @extschema@.certificate_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = int4,
	STORAGE = extended,
	COLLATABLE = false
);

COMMENT ON TYPE @extschema@.certificate IS 'X.509 certificate: accepts one PEM "CERTIFICATE" block, or DER via bytea; stores the DER as given; prints PEM';

COMMENT ON FUNCTION @extschema@.certificate_in(cstring) IS 'certificate text input: exactly one PEM "CERTIFICATE" block; private keys, several blocks and trailing text are refused without echoing the input';
COMMENT ON FUNCTION @extschema@.certificate_out(@extschema@.certificate) IS 'certificate text output: PEM "CERTIFICATE" (64-character lines, final newline)';
COMMENT ON FUNCTION @extschema@.certificate_recv(internal) IS 'certificate binary input: the DER of one certificate, validated';
COMMENT ON FUNCTION @extschema@.certificate_send(@extschema@.certificate) IS 'certificate binary output: the DER';

-- comparison and hashing (on the DER bytes)

CREATE FUNCTION @extschema@.certificate_eq(@extschema@.certificate, @extschema@.certificate) RETURNS boolean AS 'MODULE_PATHNAME', 'certificate_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.certificate_ne(@extschema@.certificate, @extschema@.certificate) RETURNS boolean AS 'MODULE_PATHNAME', 'certificate_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.certificate_lt(@extschema@.certificate, @extschema@.certificate) RETURNS boolean AS 'MODULE_PATHNAME', 'certificate_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.certificate_le(@extschema@.certificate, @extschema@.certificate) RETURNS boolean AS 'MODULE_PATHNAME', 'certificate_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.certificate_gt(@extschema@.certificate, @extschema@.certificate) RETURNS boolean AS 'MODULE_PATHNAME', 'certificate_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.certificate_ge(@extschema@.certificate, @extschema@.certificate) RETURNS boolean AS 'MODULE_PATHNAME', 'certificate_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.certificate_cmp(@extschema@.certificate, @extschema@.certificate) RETURNS integer AS 'MODULE_PATHNAME', 'certificate_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.certificate_hash(@extschema@.certificate) RETURNS integer AS 'MODULE_PATHNAME', 'certificate_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.certificate_hash_extended(@extschema@.certificate, bigint) RETURNS bigint AS 'MODULE_PATHNAME', 'certificate_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.certificate_eq(@extschema@.certificate, @extschema@.certificate) IS 'certificate equality (the same DER bytes)';
COMMENT ON FUNCTION @extschema@.certificate_ne(@extschema@.certificate, @extschema@.certificate) IS 'certificate inequality';
COMMENT ON FUNCTION @extschema@.certificate_lt(@extschema@.certificate, @extschema@.certificate) IS 'certificate less than (byte order of the DER)';
COMMENT ON FUNCTION @extschema@.certificate_le(@extschema@.certificate, @extschema@.certificate) IS 'certificate less than or equal';
COMMENT ON FUNCTION @extschema@.certificate_gt(@extschema@.certificate, @extschema@.certificate) IS 'certificate greater than';
COMMENT ON FUNCTION @extschema@.certificate_ge(@extschema@.certificate, @extschema@.certificate) IS 'certificate greater than or equal';
COMMENT ON FUNCTION @extschema@.certificate_cmp(@extschema@.certificate, @extschema@.certificate) IS 'certificate btree comparison (byte order of the DER)';
COMMENT ON FUNCTION @extschema@.certificate_hash(@extschema@.certificate) IS 'certificate hash (of the DER)';
COMMENT ON FUNCTION @extschema@.certificate_hash_extended(@extschema@.certificate, bigint) IS 'certificate seeded 64-bit hash (hash partitioning)';

CREATE OPERATOR @extschema@.= (LEFTARG = @extschema@.certificate, RIGHTARG = @extschema@.certificate, PROCEDURE = @extschema@.certificate_eq, COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>), RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel, HASHES, MERGES);
CREATE OPERATOR @extschema@.<> (LEFTARG = @extschema@.certificate, RIGHTARG = @extschema@.certificate, PROCEDURE = @extschema@.certificate_ne, COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=), RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.< (LEFTARG = @extschema@.certificate, RIGHTARG = @extschema@.certificate, PROCEDURE = @extschema@.certificate_lt, COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=), RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (LEFTARG = @extschema@.certificate, RIGHTARG = @extschema@.certificate, PROCEDURE = @extschema@.certificate_le, COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>), RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.> (LEFTARG = @extschema@.certificate, RIGHTARG = @extschema@.certificate, PROCEDURE = @extschema@.certificate_gt, COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=), RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);
CREATE OPERATOR @extschema@.>= (LEFTARG = @extschema@.certificate, RIGHTARG = @extschema@.certificate, PROCEDURE = @extschema@.certificate_ge, COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<), RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);

CREATE OPERATOR CLASS @extschema@.certificate_ops DEFAULT FOR TYPE @extschema@.certificate USING btree AS
	OPERATOR 1 @extschema@.< ,
	OPERATOR 2 @extschema@.<= ,
	OPERATOR 3 @extschema@.= ,
	OPERATOR 4 @extschema@.>= ,
	OPERATOR 5 @extschema@.> ,
	FUNCTION 1 @extschema@.certificate_cmp(@extschema@.certificate, @extschema@.certificate);

CREATE OPERATOR CLASS @extschema@.certificate_hash_ops DEFAULT FOR TYPE @extschema@.certificate USING hash AS
	OPERATOR 1 @extschema@.= ,
	FUNCTION 1 @extschema@.certificate_hash(@extschema@.certificate),
	FUNCTION 2 @extschema@.certificate_hash_extended(@extschema@.certificate, bigint);

-- casts and accessors

CREATE FUNCTION @extschema@.certificate_from_der(bytea) RETURNS @extschema@.certificate AS 'MODULE_PATHNAME', 'prov_certificate_from_der' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.certificate_der(@extschema@.certificate) RETURNS bytea AS 'MODULE_PATHNAME', 'prov_certificate_der' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.certificate_x5c(@extschema@.certificate) RETURNS text AS 'MODULE_PATHNAME', 'prov_certificate_x5c' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.certificate_subject(@extschema@.certificate) RETURNS text AS 'MODULE_PATHNAME', 'prov_certificate_subject' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.certificate_issuer(@extschema@.certificate) RETURNS text AS 'MODULE_PATHNAME', 'prov_certificate_issuer' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.certificate_serial(@extschema@.certificate) RETURNS text AS 'MODULE_PATHNAME', 'prov_certificate_serial' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.certificate_not_before(@extschema@.certificate) RETURNS timestamptz AS 'MODULE_PATHNAME', 'prov_certificate_not_before' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.certificate_not_after(@extschema@.certificate) RETURNS timestamptz AS 'MODULE_PATHNAME', 'prov_certificate_not_after' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.certificate_public_key(@extschema@.certificate) RETURNS @extschema@.pubkey AS 'MODULE_PATHNAME', 'prov_certificate_public_key' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.certificate_fingerprint(@extschema@.certificate) RETURNS text AS 'MODULE_PATHNAME', 'prov_certificate_fingerprint' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.certificate_is_ca(@extschema@.certificate) RETURNS boolean AS 'MODULE_PATHNAME', 'prov_certificate_is_ca' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.certificate_key_usage(@extschema@.certificate) RETURNS text[] AS 'MODULE_PATHNAME', 'prov_certificate_key_usage' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.certificate_from_der(bytea) IS 'certificate from the DER bytes of one X.509 certificate (validated, no trailing bytes; error 22P03)';
COMMENT ON FUNCTION @extschema@.certificate_der(@extschema@.certificate) IS 'DER of a certificate';
COMMENT ON FUNCTION @extschema@.certificate_x5c(@extschema@.certificate) IS 'standard base64 of the DER on one line: an entry of a JWS "x5c" header (RFC 7515 section 4.1.6)';
COMMENT ON FUNCTION @extschema@.certificate_subject(@extschema@.certificate) IS 'subject distinguished name, RFC 2253 one-line form (most specific attribute first)';
COMMENT ON FUNCTION @extschema@.certificate_issuer(@extschema@.certificate) IS 'issuer distinguished name, RFC 2253 one-line form';
COMMENT ON FUNCTION @extschema@.certificate_serial(@extschema@.certificate) IS 'serial number in lowercase hexadecimal';
COMMENT ON FUNCTION @extschema@.certificate_not_before(@extschema@.certificate) IS 'start of the validity period (notBefore)';
COMMENT ON FUNCTION @extschema@.certificate_not_after(@extschema@.certificate) IS 'end of the validity period (notAfter)';
COMMENT ON FUNCTION @extschema@.certificate_public_key(@extschema@.certificate) IS 'the subject public key as a pubkey; error 22023 when it is not a key type pubkey accepts (Ed25519, P-256, P-384, P-521, RSA of 2048 bits or more)';
COMMENT ON FUNCTION @extschema@.certificate_fingerprint(@extschema@.certificate) IS 'SHA-256 fingerprint of the DER in lowercase hexadecimal (as openssl x509 -fingerprint -sha256 prints it, without colons)';
COMMENT ON FUNCTION @extschema@.certificate_is_ca(@extschema@.certificate) IS 'true when basicConstraints says cA TRUE';
COMMENT ON FUNCTION @extschema@.certificate_key_usage(@extschema@.certificate) IS 'keyUsage bits set, by RFC 5280 name (digitalSignature, nonRepudiation, keyEncipherment, dataEncipherment, keyAgreement, keyCertSign, cRLSign, encipherOnly, decipherOnly); NULL when the certificate has no keyUsage extension';

CREATE CAST (text AS @extschema@.certificate) WITH INOUT AS ASSIGNMENT;
CREATE CAST (@extschema@.certificate AS text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (bytea AS @extschema@.certificate) WITH FUNCTION @extschema@.certificate_from_der(bytea);
CREATE CAST (@extschema@.certificate AS bytea) WITHOUT FUNCTION;
