/* provenance--0.1.0--0.2.0.sql: signed origin records (pubkey, signed_record, verify, sign) */

\echo Use "ALTER EXTENSION provenance UPDATE TO '0.2.0'" to load this file. \quit

-- ---------------------------------------------------------------------
-- pubkey (src/pubkey.c; parsing in src/pubkey_parse.c)
-- ---------------------------------------------------------------------

CREATE TYPE @extschema@.pubkey;

CREATE FUNCTION @extschema@.pubkey_in(cstring) RETURNS @extschema@.pubkey AS 'MODULE_PATHNAME', 'pubkey_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.pubkey_out(@extschema@.pubkey) RETURNS cstring AS 'MODULE_PATHNAME', 'pubkey_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.pubkey_recv(internal) RETURNS @extschema@.pubkey AS 'MODULE_PATHNAME', 'pubkey_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.pubkey_send(@extschema@.pubkey) RETURNS bytea AS 'MODULE_PATHNAME', 'pubkey_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- varlena holding the canonical DER SubjectPublicKeyInfo (44 bytes for
-- Ed25519, 91 for P-256, about 300 for RSA-2048, at most 2176); it does
-- not compress, but may be moved out of line next to other large values
CREATE TYPE @extschema@.pubkey (
	INPUT = @extschema@.pubkey_in,
	OUTPUT = @extschema@.pubkey_out,
	RECEIVE = @extschema@.pubkey_recv,
	SEND = @extschema@.pubkey_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = int4,
	STORAGE = extended,
	COLLATABLE = false
);
COMMENT ON TYPE @extschema@.pubkey IS 'public signature key (Ed25519, EC P-256, P-384, P-521, RSA of 2048 bits or more): accepts PEM SubjectPublicKeyInfo or a public JWK, or DER via bytea; stores the canonical DER; prints the canonical public JWK';

COMMENT ON FUNCTION @extschema@.pubkey_in(cstring) IS 'pubkey text input: PEM "PUBLIC KEY" or a public JWK; private keys, certificates, JWK sets, symmetric keys, other curves and RSA under 2048 bits are refused without echoing the input';
COMMENT ON FUNCTION @extschema@.pubkey_out(@extschema@.pubkey) IS 'pubkey text output: the canonical public JWK on one line (RFC 7638 members in lexicographic order)';
COMMENT ON FUNCTION @extschema@.pubkey_recv(internal) IS 'pubkey binary input: DER SubjectPublicKeyInfo, validated like text input and made canonical';
COMMENT ON FUNCTION @extschema@.pubkey_send(@extschema@.pubkey) IS 'pubkey binary output: the canonical DER SubjectPublicKeyInfo';

-- comparison and hashing on the canonical DER: equality is "the same
-- key"; the order is byte order of the DER, which means nothing beyond
-- making UNIQUE constraints, ORDER BY, DISTINCT and merge joins work
CREATE FUNCTION @extschema@.pubkey_eq(@extschema@.pubkey, @extschema@.pubkey) RETURNS boolean AS 'MODULE_PATHNAME', 'pubkey_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.pubkey_ne(@extschema@.pubkey, @extschema@.pubkey) RETURNS boolean AS 'MODULE_PATHNAME', 'pubkey_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.pubkey_lt(@extschema@.pubkey, @extschema@.pubkey) RETURNS boolean AS 'MODULE_PATHNAME', 'pubkey_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.pubkey_le(@extschema@.pubkey, @extschema@.pubkey) RETURNS boolean AS 'MODULE_PATHNAME', 'pubkey_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.pubkey_gt(@extschema@.pubkey, @extschema@.pubkey) RETURNS boolean AS 'MODULE_PATHNAME', 'pubkey_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.pubkey_ge(@extschema@.pubkey, @extschema@.pubkey) RETURNS boolean AS 'MODULE_PATHNAME', 'pubkey_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.pubkey_cmp(@extschema@.pubkey, @extschema@.pubkey) RETURNS integer AS 'MODULE_PATHNAME', 'pubkey_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.pubkey_hash(@extschema@.pubkey) RETURNS integer AS 'MODULE_PATHNAME', 'pubkey_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.pubkey_hash_extended(@extschema@.pubkey, bigint) RETURNS bigint AS 'MODULE_PATHNAME', 'pubkey_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.pubkey_eq(@extschema@.pubkey, @extschema@.pubkey) IS 'pubkey equality (the same key: equal canonical DER)';
COMMENT ON FUNCTION @extschema@.pubkey_ne(@extschema@.pubkey, @extschema@.pubkey) IS 'pubkey inequality';
COMMENT ON FUNCTION @extschema@.pubkey_lt(@extschema@.pubkey, @extschema@.pubkey) IS 'pubkey less than (byte order of the canonical DER)';
COMMENT ON FUNCTION @extschema@.pubkey_le(@extschema@.pubkey, @extschema@.pubkey) IS 'pubkey less than or equal';
COMMENT ON FUNCTION @extschema@.pubkey_gt(@extschema@.pubkey, @extschema@.pubkey) IS 'pubkey greater than';
COMMENT ON FUNCTION @extschema@.pubkey_ge(@extschema@.pubkey, @extschema@.pubkey) IS 'pubkey greater than or equal';
COMMENT ON FUNCTION @extschema@.pubkey_cmp(@extschema@.pubkey, @extschema@.pubkey) IS 'pubkey btree comparison (byte order of the canonical DER)';
COMMENT ON FUNCTION @extschema@.pubkey_hash(@extschema@.pubkey) IS 'pubkey hash (of the canonical DER)';
COMMENT ON FUNCTION @extschema@.pubkey_hash_extended(@extschema@.pubkey, bigint) IS 'pubkey seeded 64-bit hash (hash partitioning)';

CREATE OPERATOR @extschema@.= (LEFTARG = @extschema@.pubkey, RIGHTARG = @extschema@.pubkey, PROCEDURE = @extschema@.pubkey_eq, COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>), RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel, HASHES, MERGES);
CREATE OPERATOR @extschema@.<> (LEFTARG = @extschema@.pubkey, RIGHTARG = @extschema@.pubkey, PROCEDURE = @extschema@.pubkey_ne, COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=), RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.< (LEFTARG = @extschema@.pubkey, RIGHTARG = @extschema@.pubkey, PROCEDURE = @extschema@.pubkey_lt, COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=), RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (LEFTARG = @extschema@.pubkey, RIGHTARG = @extschema@.pubkey, PROCEDURE = @extschema@.pubkey_le, COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>), RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.> (LEFTARG = @extschema@.pubkey, RIGHTARG = @extschema@.pubkey, PROCEDURE = @extschema@.pubkey_gt, COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=), RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);
CREATE OPERATOR @extschema@.>= (LEFTARG = @extschema@.pubkey, RIGHTARG = @extschema@.pubkey, PROCEDURE = @extschema@.pubkey_ge, COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<), RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);

CREATE OPERATOR CLASS @extschema@.pubkey_ops DEFAULT FOR TYPE @extschema@.pubkey USING btree AS
	OPERATOR 1 @extschema@.< ,
	OPERATOR 2 @extschema@.<= ,
	OPERATOR 3 @extschema@.= ,
	OPERATOR 4 @extschema@.>= ,
	OPERATOR 5 @extschema@.> ,
	FUNCTION 1 @extschema@.pubkey_cmp(@extschema@.pubkey, @extschema@.pubkey);

CREATE OPERATOR CLASS @extschema@.pubkey_hash_ops DEFAULT FOR TYPE @extschema@.pubkey USING hash AS
	OPERATOR 1 @extschema@.= ,
	FUNCTION 1 @extschema@.pubkey_hash(@extschema@.pubkey),
	FUNCTION 2 @extschema@.pubkey_hash_extended(@extschema@.pubkey, bigint);

-- accessors
CREATE FUNCTION @extschema@.pubkey_from_der(bytea) RETURNS @extschema@.pubkey AS 'MODULE_PATHNAME', 'prov_pubkey_from_der' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.pubkey_der(@extschema@.pubkey) RETURNS bytea AS 'MODULE_PATHNAME', 'prov_pubkey_der' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.pubkey_pem(@extschema@.pubkey) RETURNS text AS 'MODULE_PATHNAME', 'prov_pubkey_pem' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.pubkey_jwk(@extschema@.pubkey) RETURNS jsonb AS 'MODULE_PATHNAME', 'prov_pubkey_jwk' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.pubkey_thumbprint(@extschema@.pubkey) RETURNS text AS 'MODULE_PATHNAME', 'prov_pubkey_thumbprint' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.pubkey_type(@extschema@.pubkey) RETURNS text AS 'MODULE_PATHNAME', 'prov_pubkey_type' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pubkey_from_der(bytea) IS 'pubkey from DER SubjectPublicKeyInfo bytes (validated, made canonical; errors 22P03, 22023)';
COMMENT ON FUNCTION @extschema@.pubkey_der(@extschema@.pubkey) IS 'canonical DER SubjectPublicKeyInfo of a pubkey';
COMMENT ON FUNCTION @extschema@.pubkey_pem(@extschema@.pubkey) IS 'PEM "PUBLIC KEY" text of a pubkey (64-character lines, final newline)';
COMMENT ON FUNCTION @extschema@.pubkey_jwk(@extschema@.pubkey) IS 'canonical public JWK of a pubkey as jsonb (kty, crv, x, y / n, e)';
COMMENT ON FUNCTION @extschema@.pubkey_thumbprint(@extschema@.pubkey) IS 'RFC 7638 JWK thumbprint: base64url SHA-256 of the canonical JWK, the default key id';
COMMENT ON FUNCTION @extschema@.pubkey_type(@extschema@.pubkey) IS 'key type: Ed25519, P-256, P-384, P-521 or RSA-<modulus bits>';

CREATE CAST (text AS @extschema@.pubkey) WITH INOUT AS ASSIGNMENT;
CREATE CAST (@extschema@.pubkey AS text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (jsonb AS @extschema@.pubkey) WITH INOUT;
CREATE CAST (bytea AS @extschema@.pubkey) WITH FUNCTION @extschema@.pubkey_from_der(bytea);
CREATE CAST (@extschema@.pubkey AS bytea) WITHOUT FUNCTION;

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

-- ---------------------------------------------------------------------
-- verification and signing (src/sig.c, SQL wrappers in src/pubkey.c)
-- ---------------------------------------------------------------------

-- verification: IMMUTABLE (the verdict depends on the arguments only); a
-- failed check is false, never an error, so bulk queries run to the end;
-- each key is parsed once per query (cached in the call's fn_extra)
CREATE FUNCTION @extschema@.verify_signature(message bytea, signature bytea, key @extschema@.pubkey, alg text) RETURNS boolean AS 'MODULE_PATHNAME', 'prov_verify_signature' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.verify(record @extschema@.signed_record, key @extschema@.pubkey) RETURNS boolean AS 'MODULE_PATHNAME', 'prov_verify' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.verify_signature(bytea, bytea, @extschema@.pubkey, text) IS 'true when signature is a valid alg signature of message under key (EdDSA, Ed25519, ES256, ES384, ES512 as raw r||s, PS256, PS384, RS256, RS384); false for any failure, including an alg that does not fit the key; an unknown alg is an error (22023)';
COMMENT ON FUNCTION @extschema@.verify(@extschema@.signed_record, @extschema@.pubkey) IS 'true when the record''s alg fits key and its signature verifies over the exact header.payload text; false for any failure, never an error';

-- signing and key generation: VOLATILE (randomized signatures, new keys)
CREATE FUNCTION @extschema@.sign(claims jsonb, private_key text, kid text DEFAULT NULL, alg text DEFAULT NULL) RETURNS @extschema@.signed_record AS 'MODULE_PATHNAME', 'prov_sign' LANGUAGE C VOLATILE CALLED ON NULL INPUT PARALLEL SAFE;
CREATE FUNCTION @extschema@.generate_keypair(key_type text DEFAULT 'Ed25519') RETURNS TABLE(private_key text, public_key @extschema@.pubkey) AS 'MODULE_PATHNAME', 'prov_generate_keypair' LANGUAGE C VOLATILE STRICT PARALLEL SAFE ROWS 1;
COMMENT ON FUNCTION @extschema@.sign(jsonb, text, text, text) IS 'signed_record of the claims object, signed with private_key (PEM PKCS#8 or private JWK; never quoted in errors); protected header {"alg":...} plus "kid" when given; alg defaults to EdDSA for Ed25519, ES256, ES384, ES512 for P-256, P-384, P-521 and PS256 for RSA; NULL claims or key give NULL';
COMMENT ON FUNCTION @extschema@.generate_keypair(text) IS 'a new key pair of type Ed25519, P-256, P-384, P-521, RSA-2048, RSA-3072 or RSA-4096: the private key as PEM PKCS#8 text (keep it secret) and the public key';
