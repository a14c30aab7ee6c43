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
