
-- ---------------------------------------------------------------------
-- signed_record (src/record.c; JWS structure in src/jws_parse.c)
-- ---------------------------------------------------------------------

CREATE TYPE @extschema@.signed_record;

CREATE FUNCTION @extschema@.signed_record_in(cstring) RETURNS @extschema@.signed_record AS 'MODULE_PATHNAME', 'signed_record_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.signed_record_out(@extschema@.signed_record) RETURNS cstring AS 'MODULE_PATHNAME', 'signed_record_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.signed_record_recv(internal) RETURNS @extschema@.signed_record AS 'MODULE_PATHNAME', 'signed_record_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.signed_record_send(@extschema@.signed_record) RETURNS bytea AS 'MODULE_PATHNAME', 'signed_record_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- varlena: a 12-byte header (version, alg, segment lengths) read in place,
-- hence int4 alignment; the compact text compresses and toasts like text
CREATE TYPE @extschema@.signed_record (
	INPUT = @extschema@.signed_record_in,
	OUTPUT = @extschema@.signed_record_out,
	RECEIVE = @extschema@.signed_record_recv,
	SEND = @extschema@.signed_record_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = int4,
	STORAGE = extended,
	COLLATABLE = false
);
COMMENT ON TYPE @extschema@.signed_record IS 'signed origin record: a JWS in compact serialization (RFC 7515), header and payload JSON objects, alg EdDSA, Ed25519, ES256, ES384, ES512, PS256, PS384, RS256 or RS384 (never none or HMAC); validated on input, kept and printed byte for byte since the signature covers the exact text; at most 65536 bytes';

COMMENT ON FUNCTION @extschema@.signed_record_in(cstring) IS 'signed_record text input: JWS compact serialization, validated completely (errors name the part that is wrong)';
COMMENT ON FUNCTION @extschema@.signed_record_out(@extschema@.signed_record) IS 'signed_record text output: the compact serialization exactly as given';
COMMENT ON FUNCTION @extschema@.signed_record_recv(internal) IS 'signed_record binary input (version byte and compact text, validated as text input)';
COMMENT ON FUNCTION @extschema@.signed_record_send(@extschema@.signed_record) IS 'signed_record binary output (version byte and compact text)';

-- comparison: on the exact compact text (byte order, which has no meaning
-- beyond making DISTINCT, GROUP BY, merge joins and unique indexes work)
CREATE FUNCTION @extschema@.signed_record_eq(@extschema@.signed_record, @extschema@.signed_record) RETURNS boolean AS 'MODULE_PATHNAME', 'signed_record_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.signed_record_ne(@extschema@.signed_record, @extschema@.signed_record) RETURNS boolean AS 'MODULE_PATHNAME', 'signed_record_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.signed_record_lt(@extschema@.signed_record, @extschema@.signed_record) RETURNS boolean AS 'MODULE_PATHNAME', 'signed_record_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.signed_record_le(@extschema@.signed_record, @extschema@.signed_record) RETURNS boolean AS 'MODULE_PATHNAME', 'signed_record_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.signed_record_gt(@extschema@.signed_record, @extschema@.signed_record) RETURNS boolean AS 'MODULE_PATHNAME', 'signed_record_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.signed_record_ge(@extschema@.signed_record, @extschema@.signed_record) RETURNS boolean AS 'MODULE_PATHNAME', 'signed_record_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.signed_record_cmp(@extschema@.signed_record, @extschema@.signed_record) RETURNS integer AS 'MODULE_PATHNAME', 'signed_record_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.signed_record_hash(@extschema@.signed_record) RETURNS integer AS 'MODULE_PATHNAME', 'signed_record_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.signed_record_hash_extended(@extschema@.signed_record, bigint) RETURNS bigint AS 'MODULE_PATHNAME', 'signed_record_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.signed_record_eq(@extschema@.signed_record, @extschema@.signed_record) IS 'signed_record equality (the same compact text, byte for byte)';
COMMENT ON FUNCTION @extschema@.signed_record_ne(@extschema@.signed_record, @extschema@.signed_record) IS 'signed_record inequality';
COMMENT ON FUNCTION @extschema@.signed_record_lt(@extschema@.signed_record, @extschema@.signed_record) IS 'signed_record less than (byte order of the compact text)';
COMMENT ON FUNCTION @extschema@.signed_record_le(@extschema@.signed_record, @extschema@.signed_record) IS 'signed_record less than or equal';
COMMENT ON FUNCTION @extschema@.signed_record_gt(@extschema@.signed_record, @extschema@.signed_record) IS 'signed_record greater than';
COMMENT ON FUNCTION @extschema@.signed_record_ge(@extschema@.signed_record, @extschema@.signed_record) IS 'signed_record greater than or equal';
COMMENT ON FUNCTION @extschema@.signed_record_cmp(@extschema@.signed_record, @extschema@.signed_record) IS 'signed_record btree comparison (byte order of the compact text)';
COMMENT ON FUNCTION @extschema@.signed_record_hash(@extschema@.signed_record) IS 'signed_record hash (of the compact text)';
COMMENT ON FUNCTION @extschema@.signed_record_hash_extended(@extschema@.signed_record, bigint) IS 'signed_record seeded 64-bit hash (hash partitioning)';

CREATE OPERATOR @extschema@.= (LEFTARG = @extschema@.signed_record, RIGHTARG = @extschema@.signed_record, PROCEDURE = @extschema@.signed_record_eq, COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>), RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR @extschema@.<> (LEFTARG = @extschema@.signed_record, RIGHTARG = @extschema@.signed_record, PROCEDURE = @extschema@.signed_record_ne, COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=), RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR @extschema@.< (LEFTARG = @extschema@.signed_record, RIGHTARG = @extschema@.signed_record, PROCEDURE = @extschema@.signed_record_lt, COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=), RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (LEFTARG = @extschema@.signed_record, RIGHTARG = @extschema@.signed_record, PROCEDURE = @extschema@.signed_record_le, COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>), RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
CREATE OPERATOR @extschema@.> (LEFTARG = @extschema@.signed_record, RIGHTARG = @extschema@.signed_record, PROCEDURE = @extschema@.signed_record_gt, COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=), RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
CREATE OPERATOR @extschema@.>= (LEFTARG = @extschema@.signed_record, RIGHTARG = @extschema@.signed_record, PROCEDURE = @extschema@.signed_record_ge, COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<), RESTRICT = scalargesel, JOIN = scalargejoinsel);
COMMENT ON OPERATOR @extschema@.= (@extschema@.signed_record, @extschema@.signed_record) IS 'the same compact text';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.signed_record, @extschema@.signed_record) IS 'not the same compact text';
COMMENT ON OPERATOR @extschema@.< (@extschema@.signed_record, @extschema@.signed_record) IS 'less than (byte order of the compact text)';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.signed_record, @extschema@.signed_record) IS 'less than or equal (byte order of the compact text)';
COMMENT ON OPERATOR @extschema@.> (@extschema@.signed_record, @extschema@.signed_record) IS 'greater than (byte order of the compact text)';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.signed_record, @extschema@.signed_record) IS 'greater than or equal (byte order of the compact text)';

CREATE OPERATOR CLASS @extschema@.signed_record_ops DEFAULT FOR TYPE @extschema@.signed_record USING btree AS
	OPERATOR 1 @extschema@.< ,
	OPERATOR 2 @extschema@.<= ,
	OPERATOR 3 @extschema@.= ,
	OPERATOR 4 @extschema@.>= ,
	OPERATOR 5 @extschema@.> ,
	FUNCTION 1 @extschema@.signed_record_cmp(@extschema@.signed_record, @extschema@.signed_record);

CREATE OPERATOR CLASS @extschema@.signed_record_hash_ops DEFAULT FOR TYPE @extschema@.signed_record USING hash AS
	OPERATOR 1 @extschema@.= ,
	FUNCTION 1 @extschema@.signed_record_hash(@extschema@.signed_record),
	FUNCTION 2 @extschema@.signed_record_hash_extended(@extschema@.signed_record, bigint);

-- casts: the compact text in and out
CREATE CAST (text AS @extschema@.signed_record) WITH INOUT AS ASSIGNMENT;
CREATE CAST (@extschema@.signed_record AS text) WITH INOUT AS ASSIGNMENT;

-- validation without raising
CREATE FUNCTION @extschema@.signed_record_is_valid(text) RETURNS boolean AS 'MODULE_PATHNAME', 'prov_signed_record_is_valid' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.signed_record_error(text) RETURNS text AS 'MODULE_PATHNAME', 'prov_signed_record_error' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.signed_record_is_valid(text) IS 'true when the text is a valid signed_record (structure, header, payload and signature length; the signature itself is not verified); never raises';
COMMENT ON FUNCTION @extschema@.signed_record_error(text) IS 'why the text is not a valid signed_record (the detail signed_record input would report: the part and what is wrong), NULL when valid; never raises';

-- accessors
CREATE FUNCTION @extschema@.record_claims(@extschema@.signed_record) RETURNS jsonb AS 'MODULE_PATHNAME', 'prov_record_claims' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.record_header(@extschema@.signed_record) RETURNS jsonb AS 'MODULE_PATHNAME', 'prov_record_header' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.record_kid(@extschema@.signed_record) RETURNS text AS 'MODULE_PATHNAME', 'prov_record_kid' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.record_alg(@extschema@.signed_record) RETURNS text AS 'MODULE_PATHNAME', 'prov_record_alg' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.record_issued_at(@extschema@.signed_record) RETURNS timestamptz AS 'MODULE_PATHNAME', 'prov_record_issued_at' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.record_hash(@extschema@.signed_record) RETURNS text AS 'MODULE_PATHNAME', 'prov_record_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.record_claim(@extschema@.signed_record, claim text) RETURNS jsonb AS 'MODULE_PATHNAME', 'prov_record_claim' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.record_claims(@extschema@.signed_record) IS 'the payload (claims) as jsonb; not verified: check verify() before trusting it';
COMMENT ON FUNCTION @extschema@.record_header(@extschema@.signed_record) IS 'the protected header as jsonb';
COMMENT ON FUNCTION @extschema@.record_kid(@extschema@.signed_record) IS 'the header''s "kid" (key id), NULL when absent';
COMMENT ON FUNCTION @extschema@.record_alg(@extschema@.signed_record) IS 'the header''s "alg": EdDSA, Ed25519, ES256, ES384, ES512, PS256, PS384, RS256 or RS384';
COMMENT ON FUNCTION @extschema@.record_issued_at(@extschema@.signed_record) IS 'the "iat" claim (NumericDate, seconds since 1970-01-01 UTC) as timestamptz, NULL when absent';
COMMENT ON FUNCTION @extschema@.record_hash(@extschema@.signed_record) IS 'base64url (unpadded) SHA-256 of the compact text: the record''s identity for links between records';
COMMENT ON FUNCTION @extschema@.record_claim(@extschema@.signed_record, text) IS 'one claim of the payload as jsonb, NULL when absent (the -> operator)';

CREATE OPERATOR @extschema@.-> (LEFTARG = @extschema@.signed_record, RIGHTARG = text, PROCEDURE = @extschema@.record_claim);
COMMENT ON OPERATOR @extschema@.-> (@extschema@.signed_record, text) IS 'one claim of the payload as jsonb, NULL when absent';
