/* provenance--0.2.0--0.3.0.sql: trust store (signer registry, X.509 certificates and trust anchors, verdicts) and trademark checks (brand keys, mark registry, trademark_check) */

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

-- ---------------------------------------------------------------------
-- Trust store: who signed a record and whether we believe them
-- ---------------------------------------------------------------------

-- sign() takes further protected header parameters (x5c, typ, ...)
DROP FUNCTION @extschema@.sign(jsonb, text, text, text);
CREATE FUNCTION @extschema@.sign(claims jsonb, private_key text, kid text DEFAULT NULL, alg text DEFAULT NULL, header jsonb DEFAULT NULL) RETURNS @extschema@.signed_record AS 'MODULE_PATHNAME', 'prov_sign' LANGUAGE C VOLATILE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sign(jsonb, text, text, text, jsonb) IS 'signed_record of the claims object, signed with private_key (PEM PKCS#8 or private JWK; never quoted in errors); protected header {"alg":...} plus "kid" when given plus the members of header (such as x5c; not alg, crit or b64); alg defaults to EdDSA for Ed25519, ES256, ES384, ES512 for P-256, P-384, P-521 and PS256 for RSA; NULL claims or key give NULL';

-- value checks used by the registry's constraints
CREATE FUNCTION @extschema@.gln_is_valid(text) RETURNS boolean AS 'MODULE_PATHNAME', 'prov_gln_is_valid' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.country_is_valid(text) RETURNS boolean AS 'MODULE_PATHNAME', 'prov_country_is_valid' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gln_is_valid(text) IS 'true when the text is a Global Location Number: exactly 13 digits with a valid GS1 check digit; never raises';
COMMENT ON FUNCTION @extschema@.country_is_valid(text) IS 'true when the text is an ISO 3166-1 alpha-2 country code in use (upper case, e.g. KZ); never raises';

-- the signer registry
CREATE TABLE @extschema@.signer (
    kid text PRIMARY KEY,
    public_key @extschema@.pubkey NOT NULL,
    party text NOT NULL,
    party_gln text,
    role text NOT NULL,
    country text,
    valid_from timestamptz,
    valid_until timestamptz,
    revoked_at timestamptz,
    revocation_reason text,
    created_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
    CONSTRAINT signer_public_key_key UNIQUE (public_key),
    CONSTRAINT signer_kid_check CHECK (pg_catalog.octet_length(kid) OPERATOR(pg_catalog.>=) 1 AND pg_catalog.octet_length(kid) OPERATOR(pg_catalog.<=) 256),
    CONSTRAINT signer_party_check CHECK (pg_catalog.btrim(party) OPERATOR(pg_catalog.<>) ''),
    CONSTRAINT signer_party_gln_check CHECK (@extschema@.gln_is_valid(party_gln)),
    CONSTRAINT signer_role_check CHECK (role OPERATOR(pg_catalog.=) ANY (ARRAY['manufacturer', 'brand_owner', 'carrier', 'customs', 'port', 'marketplace', 'retailer', 'other'])),
    CONSTRAINT signer_country_check CHECK (@extschema@.country_is_valid(country)),
    CONSTRAINT signer_validity_check CHECK (valid_until OPERATOR(pg_catalog.>) valid_from),
    CONSTRAINT signer_revocation_check CHECK ((revoked_at IS NULL) OPERATOR(pg_catalog.=) (revocation_reason IS NULL)),
    CONSTRAINT signer_revocation_reason_check CHECK (revocation_reason OPERATOR(pg_catalog.=) ANY (ARRAY['key_compromise', 'superseded', 'cessation_of_operation', 'unspecified']))
);
COMMENT ON TABLE @extschema@.signer IS 'registered signing keys: who holds each key (party, role, country), when it may sign (valid_from, valid_until) and whether it was revoked; verify(signed_record) judges records by it. Written through signer_add and signer_revoke.';
COMMENT ON COLUMN @extschema@.signer.kid IS 'key id that records name in their "kid" header parameter; by default the key''s RFC 7638 thumbprint';
COMMENT ON COLUMN @extschema@.signer.public_key IS 'the public key; each key is registered once';
COMMENT ON COLUMN @extschema@.signer.party IS 'the company, carrier or authority that holds the private key';
COMMENT ON COLUMN @extschema@.signer.party_gln IS 'the party''s Global Location Number (13 digits, GS1 check digit), optional';
COMMENT ON COLUMN @extschema@.signer.role IS 'manufacturer, brand_owner, carrier, customs, port, marketplace, retailer or other';
COMMENT ON COLUMN @extschema@.signer.country IS 'ISO 3166-1 alpha-2 country of the party, optional';
COMMENT ON COLUMN @extschema@.signer.valid_from IS 'records issued (iat) before this time are not accepted; NULL: no lower bound';
COMMENT ON COLUMN @extschema@.signer.valid_until IS 'records issued (iat) at or after this time are not accepted; NULL: no upper bound';
COMMENT ON COLUMN @extschema@.signer.revoked_at IS 'when the key was revoked (NULL: not revoked); records issued at or after it are rejected, and every record when the reason is key_compromise';
COMMENT ON COLUMN @extschema@.signer.revocation_reason IS 'key_compromise, superseded, cessation_of_operation or unspecified (RFC 5280 names)';
COMMENT ON COLUMN @extschema@.signer.created_at IS 'when the key was registered';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.signer', '');

-- trust anchors: CA certificates that vouch for x5c chains
CREATE TABLE @extschema@.trust_anchor (
    name text PRIMARY KEY,
    certificate @extschema@.certificate NOT NULL,
    roles text[] NOT NULL,
    created_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
    CONSTRAINT trust_anchor_certificate_key UNIQUE (certificate),
    CONSTRAINT trust_anchor_name_check CHECK (pg_catalog.btrim(name) OPERATOR(pg_catalog.<>) ''),
    CONSTRAINT trust_anchor_roles_check CHECK (pg_catalog.cardinality(roles) OPERATOR(pg_catalog.>=) 1 AND pg_catalog.array_position(roles, NULL) IS NULL AND roles OPERATOR(pg_catalog.<@) ARRAY['manufacturer', 'brand_owner', 'carrier', 'customs', 'port', 'marketplace', 'retailer', 'other'])
);
COMMENT ON TABLE @extschema@.trust_anchor IS 'CA certificates trusted to vouch for signers: a record whose x5c chain leads to one of them is signed by the leaf certificate''s subject, in one of the anchor''s roles. Written through trust_anchor_add and trust_anchor_remove.';
COMMENT ON COLUMN @extschema@.trust_anchor.name IS 'the anchor''s name, reported in verdict details';
COMMENT ON COLUMN @extschema@.trust_anchor.certificate IS 'the CA certificate (a root, or an intermediate trusted on its own)';
COMMENT ON COLUMN @extschema@.trust_anchor.roles IS 'the roles this anchor may vouch for; with several, a record picks one with a "role" claim';
COMMENT ON COLUMN @extschema@.trust_anchor.created_at IS 'when the anchor was added';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.trust_anchor', '');

-- everyone may read the registry and verify; only its managers write
REVOKE ALL ON TABLE @extschema@.signer, @extschema@.trust_anchor FROM PUBLIC;
GRANT SELECT ON TABLE @extschema@.signer, @extschema@.trust_anchor TO PUBLIC;

-- registry management: SECURITY DEFINER with a pinned search_path, so that
-- a key manager needs EXECUTE on these functions only (no table privileges)
-- and can register and revoke, but never edit a key or undo a revocation
CREATE FUNCTION @extschema@.signer_add(public_key @extschema@.pubkey, party text, role text, kid text DEFAULT NULL, party_gln text DEFAULT NULL, country text DEFAULT NULL, valid_from timestamptz DEFAULT NULL, valid_until timestamptz DEFAULT NULL) RETURNS text
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    k text := COALESCE(kid, @extschema@.pubkey_thumbprint(public_key));
    other text;
BEGIN
    IF public_key IS NULL THEN
        RAISE EXCEPTION 'public_key must not be NULL' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF party IS NULL OR btrim(party) = '' THEN
        RAISE EXCEPTION 'party must not be empty' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF role IS NULL OR NOT role = ANY (ARRAY['manufacturer', 'brand_owner', 'carrier', 'customs', 'port', 'marketplace', 'retailer', 'other']) THEN
        RAISE EXCEPTION 'invalid signer role: %', COALESCE(quote_literal(role), 'NULL') USING ERRCODE = 'invalid_parameter_value',
            HINT = 'Roles: manufacturer, brand_owner, carrier, customs, port, marketplace, retailer, other.';
    END IF;
    IF octet_length(k) < 1 OR octet_length(k) > 256 THEN
        RAISE EXCEPTION 'invalid kid: it must have 1 to 256 bytes' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT @extschema@.gln_is_valid(party_gln) THEN
        RAISE EXCEPTION 'invalid GLN: %', quote_literal(party_gln) USING ERRCODE = 'invalid_parameter_value',
            DETAIL = 'A Global Location Number has exactly 13 digits, the last a GS1 check digit.';
    END IF;
    IF NOT @extschema@.country_is_valid(country) THEN
        RAISE EXCEPTION 'invalid country code: %', quote_literal(country) USING ERRCODE = 'invalid_parameter_value',
            HINT = 'Use an ISO 3166-1 alpha-2 code in upper case, such as KZ or GE.';
    END IF;
    IF valid_until <= valid_from THEN
        RAISE EXCEPTION 'valid_until (%) must be later than valid_from (%)', valid_until, valid_from USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM @extschema@.signer s WHERE s.kid OPERATOR(pg_catalog.=) k) THEN
        RAISE EXCEPTION 'signer % is already registered', quote_literal(k) USING ERRCODE = 'unique_violation',
            HINT = 'A kid names one key for good; register a new key under a new kid, and revoke the old one as superseded.';
    END IF;
    SELECT s.kid INTO other FROM @extschema@.signer s WHERE s.public_key OPERATOR(@extschema@.=) signer_add.public_key;
    IF FOUND THEN
        RAISE EXCEPTION 'this public key is already registered as signer %', quote_literal(other) USING ERRCODE = 'unique_violation';
    END IF;
    INSERT INTO @extschema@.signer (kid, public_key, party, party_gln, role, country, valid_from, valid_until)
    VALUES (k, public_key, party, party_gln, role, country, valid_from, valid_until);
    RETURN k;
END
$$;
COMMENT ON FUNCTION @extschema@.signer_add(@extschema@.pubkey, text, text, text, text, text, timestamptz, timestamptz) IS 'register a signing key: its party, role, optional GLN and country, and the window of issue times (iat) it may sign in; returns the kid (by default the key''s RFC 7638 thumbprint). EXECUTE is granted by the DBA to key managers.';

CREATE FUNCTION @extschema@.signer_revoke(kid text, reason text, at timestamptz DEFAULT pg_catalog.now()) RETURNS void
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    s record;
BEGIN
    IF reason IS NULL OR NOT reason = ANY (ARRAY['key_compromise', 'superseded', 'cessation_of_operation', 'unspecified']) THEN
        RAISE EXCEPTION 'invalid revocation reason: %', COALESCE(quote_literal(reason), 'NULL') USING ERRCODE = 'invalid_parameter_value',
            HINT = 'Reasons: key_compromise, superseded, cessation_of_operation, unspecified.';
    END IF;
    IF at IS NULL THEN
        RAISE EXCEPTION 'revocation time must not be NULL' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    SELECT t.revoked_at, t.revocation_reason INTO s FROM @extschema@.signer t WHERE t.kid OPERATOR(pg_catalog.=) signer_revoke.kid FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'signer % does not exist', COALESCE(quote_literal(kid), 'NULL') USING ERRCODE = 'undefined_object';
    END IF;
    IF s.revoked_at IS NOT NULL THEN
        RAISE EXCEPTION 'signer % is already revoked', quote_literal(kid) USING ERRCODE = 'object_not_in_prerequisite_state',
            DETAIL = format('It was revoked at %s (%s); a revocation is never changed.', s.revoked_at, s.revocation_reason);
    END IF;
    UPDATE @extschema@.signer t SET revoked_at = at, revocation_reason = reason WHERE t.kid OPERATOR(pg_catalog.=) signer_revoke.kid;
END
$$;
COMMENT ON FUNCTION @extschema@.signer_revoke(text, text, timestamptz) IS 'revoke a signing key for a reason (key_compromise, superseded, cessation_of_operation, unspecified) as of a time (default now); key_compromise rejects every record of the key, other reasons reject records issued at or after the time. Irreversible. EXECUTE is granted by the DBA to key managers.';

CREATE FUNCTION @extschema@.trust_anchor_add(name text, certificate @extschema@.certificate, roles text[]) RETURNS void
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    other text;
BEGIN
    IF name IS NULL OR btrim(name) = '' THEN
        RAISE EXCEPTION 'trust anchor name must not be empty' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF certificate IS NULL THEN
        RAISE EXCEPTION 'certificate must not be NULL' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF roles IS NULL OR cardinality(roles) = 0 OR array_position(roles, NULL) IS NOT NULL
       OR NOT roles <@ ARRAY['manufacturer', 'brand_owner', 'carrier', 'customs', 'port', 'marketplace', 'retailer', 'other'] THEN
        RAISE EXCEPTION 'invalid trust anchor roles: %', COALESCE(roles::text, 'NULL') USING ERRCODE = 'invalid_parameter_value',
            HINT = 'Give one or more of manufacturer, brand_owner, carrier, customs, port, marketplace, retailer, other.';
    END IF;
    IF EXISTS (SELECT 1 FROM @extschema@.trust_anchor a WHERE a.name OPERATOR(pg_catalog.=) trust_anchor_add.name) THEN
        RAISE EXCEPTION 'trust anchor % already exists', quote_literal(name) USING ERRCODE = 'unique_violation';
    END IF;
    SELECT a.name INTO other FROM @extschema@.trust_anchor a WHERE a.certificate OPERATOR(@extschema@.=) trust_anchor_add.certificate;
    IF FOUND THEN
        RAISE EXCEPTION 'this certificate is already the trust anchor %', quote_literal(other) USING ERRCODE = 'unique_violation';
    END IF;
    INSERT INTO @extschema@.trust_anchor (name, certificate, roles) VALUES (name, certificate, roles);
END
$$;
COMMENT ON FUNCTION @extschema@.trust_anchor_add(text, @extschema@.certificate, text[]) IS 'trust a CA certificate to vouch for signers in the given roles (x5c chains leading to it). EXECUTE is granted by the DBA to key managers.';

CREATE FUNCTION @extschema@.trust_anchor_remove(name text) RETURNS void
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    DELETE FROM @extschema@.trust_anchor a WHERE a.name OPERATOR(pg_catalog.=) trust_anchor_remove.name;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'trust anchor % does not exist', COALESCE(quote_literal(name), 'NULL') USING ERRCODE = 'undefined_object';
    END IF;
END
$$;
COMMENT ON FUNCTION @extschema@.trust_anchor_remove(text) IS 'stop trusting a CA certificate: records whose chains lead only to it no longer verify. EXECUTE is granted by the DBA to key managers.';

REVOKE ALL ON FUNCTION @extschema@.signer_add(@extschema@.pubkey, text, text, text, text, text, timestamptz, timestamptz),
    @extschema@.signer_revoke(text, text, timestamptz),
    @extschema@.trust_anchor_add(text, @extschema@.certificate, text[]),
    @extschema@.trust_anchor_remove(text) FROM PUBLIC;

-- verdicts
CREATE TYPE @extschema@.verdict AS (ok boolean, status text, kid text, party text, role text, detail text);
COMMENT ON TYPE @extschema@.verdict IS 'the outcome of verification(signed_record): ok, a status word (valid, bad_signature, unknown_signer, signer_revoked, ...), the signer''s kid, party and role when known, and a sentence of detail';

-- STABLE: the verdict reads the signer and trust_anchor tables (under the
-- query's snapshot), the settings provenance.allowed_algorithms and
-- provenance.clock_skew, and the transaction's now() for exp and nbf
CREATE FUNCTION @extschema@.verify(@extschema@.signed_record) RETURNS boolean AS 'MODULE_PATHNAME', 'prov_verify_trusted' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.verification(@extschema@.signed_record) RETURNS @extschema@.verdict AS 'MODULE_PATHNAME', 'prov_verification' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.verify(@extschema@.signed_record) IS 'true when the record is signed by a trusted signer: a registered kid, or an x5c chain to a trust anchor, valid and not revoked at the record''s iat, with an allowed algorithm that fits the key, a valid signature, and exp/nbf honoured against now() within provenance.clock_skew. Never raises for a bad record: false.';
COMMENT ON FUNCTION @extschema@.verification(@extschema@.signed_record) IS 'the verdict behind verify(signed_record): ok, status (valid, algorithm_not_allowed, unknown_signer, key_algorithm_mismatch, bad_signature, missing_issued_at, signer_revoked, signer_not_yet_valid, signer_expired, untrusted_chain, certificate_expired, certificate_not_yet_valid, record_expired, record_not_yet_valid), kid, party, role and a detail sentence. Never raises for a bad record.';

-- ---------------------------------------------------------------------
-- Trademark checks: brand keys, the mark registry, trademark_check
-- ---------------------------------------------------------------------

-- IMMUTABLE for a given ICU version, as collations are: indexes on
-- brand_key() must be rebuilt after an ICU upgrade (brand_key_version())
CREATE FUNCTION @extschema@.brand_key(text) RETURNS text AS 'MODULE_PATHNAME', 'prov_brand_key' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.brand_key_version() RETURNS text AS 'MODULE_PATHNAME', 'prov_brand_key_version' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.brand_match_key(text) RETURNS text AS 'MODULE_PATHNAME', 'prov_brand_match_key' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.brand_similarity(a text, b text) RETURNS real AS 'MODULE_PATHNAME', 'prov_brand_similarity' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.brand_key(text) IS 'the text as a brand key: lower-case ASCII words after NFKC, TR39 confusable folding of look-alike letters, transliteration of other scripts (Cyrillic incl. Kazakh, Greek, Georgian, Armenian, Han, Azerbaijani/Turkish Latin), digits and symbols read as letters inside words, punctuation as word breaks; depends on the ICU version (brand_key_version)';
COMMENT ON FUNCTION @extschema@.brand_key_version() IS 'the ICU and Unicode versions brand keys are made with; REINDEX indexes on brand_key() when it changes';
COMMENT ON FUNCTION @extschema@.brand_match_key(text) IS 'the form trademark_check compares: the brand key without spaces, with sound-alike spellings made equal (ph/f, x/ks, w/v, y/j/l/i, ch/sh/s, doubled letters single); index it with pg_trgm to find candidate listings through spacing, look-alikes and transliteration';
COMMENT ON FUNCTION @extschema@.brand_similarity(text, text) IS 'similarity in [0, 1] of the brand keys of two texts: 1 - weighted edit distance / length, spacing-insensitive, with sound-alike spellings equal (ph/f, x/ks, y/i, ...) and vowel changes at half cost';

-- the mark registry
CREATE TABLE @extschema@.trademark (
    mark text PRIMARY KEY,
    holder text NOT NULL,
    nice_classes integer[] NOT NULL,
    jurisdictions text[],
    registration_number text,
    company_prefixes text[],
    status text NOT NULL DEFAULT 'registered',
    ordinary_word boolean NOT NULL DEFAULT false,
    aliases text[],
    created_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
    CONSTRAINT trademark_aliases_check CHECK (pg_catalog.array_position(aliases, NULL) IS NULL),
    CONSTRAINT trademark_mark_check CHECK (pg_catalog.btrim(mark) OPERATOR(pg_catalog.<>) ''),
    CONSTRAINT trademark_holder_check CHECK (pg_catalog.btrim(holder) OPERATOR(pg_catalog.<>) ''),
    CONSTRAINT trademark_nice_classes_check CHECK (pg_catalog.cardinality(nice_classes) OPERATOR(pg_catalog.>=) 1 AND pg_catalog.array_position(nice_classes, NULL) IS NULL AND 1 OPERATOR(pg_catalog.<=) ALL (nice_classes) AND 45 OPERATOR(pg_catalog.>=) ALL (nice_classes)),
    CONSTRAINT trademark_jurisdictions_check CHECK (jurisdictions::text OPERATOR(pg_catalog.~) '^\{[A-Z]{2}(,[A-Z]{2})*\}$'),
    CONSTRAINT trademark_company_prefixes_check CHECK (company_prefixes::text OPERATOR(pg_catalog.~) '^\{[0-9]{4,12}(,[0-9]{4,12})*\}$'),
    CONSTRAINT trademark_status_check CHECK (status OPERATOR(pg_catalog.=) ANY (ARRAY['registered', 'pending', 'expired', 'cancelled']))
);
COMMENT ON TABLE @extschema@.trademark IS 'registered marks that trademark_check looks for in listings: holder, Nice classes, jurisdictions, the holder''s GS1 company prefixes. Written through trademark_add.';
COMMENT ON COLUMN @extschema@.trademark.mark IS 'the mark as registered (word mark), e.g. Dyson';
COMMENT ON COLUMN @extschema@.trademark.holder IS 'the holder of the registration';
COMMENT ON COLUMN @extschema@.trademark.nice_classes IS 'Nice classes (1-45) the mark is registered for; a listing in another class is not a match';
COMMENT ON COLUMN @extschema@.trademark.jurisdictions IS 'ISO 3166-1 alpha-2 codes where the mark is registered; NULL: not restricted';
COMMENT ON COLUMN @extschema@.trademark.registration_number IS 'registration number at the office, optional';
COMMENT ON COLUMN @extschema@.trademark.company_prefixes IS 'the holder''s GS1 company prefixes (4-12 digits): a GTIN under one of them belongs to the holder';
COMMENT ON COLUMN @extschema@.trademark.status IS 'registered, pending, expired or cancelled; only registered marks are checked';
COMMENT ON COLUMN @extschema@.trademark.ordinary_word IS 'the mark is also an everyday word (Apple, Puma): a listing must also name a product of its classes (or give its class) to match';
COMMENT ON COLUMN @extschema@.trademark.aliases IS 'other registered forms of the mark (its Chinese name 戴森, a local spelling): a listing that reads exactly as one names the mark';
COMMENT ON COLUMN @extschema@.trademark.created_at IS 'when the mark was added';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.trademark', '');

CREATE TABLE @extschema@.authorized_seller (
    mark text NOT NULL,
    seller text NOT NULL,
    jurisdiction text,
    valid_from timestamptz,
    valid_until timestamptz,
    authorization_record @extschema@.signed_record,
    created_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
    CONSTRAINT authorized_seller_seller_check CHECK (pg_catalog.btrim(seller) OPERATOR(pg_catalog.<>) ''),
    CONSTRAINT authorized_seller_jurisdiction_check CHECK (@extschema@.country_is_valid(jurisdiction)),
    CONSTRAINT authorized_seller_validity_check CHECK (valid_until OPERATOR(pg_catalog.>) valid_from)
);
CREATE UNIQUE INDEX authorized_seller_key ON @extschema@.authorized_seller (mark, seller, (COALESCE(jurisdiction, '')));
COMMENT ON TABLE @extschema@.authorized_seller IS 'sellers the holder of a mark authorizes, in a jurisdiction (NULL: all of the mark''s) and a period; an authorization record, when given, must verify through the trust store and name the mark and the seller. Written through authorized_seller_add.';
COMMENT ON COLUMN @extschema@.authorized_seller.authorization_record IS 'the holder''s signed authorization (claims "mark" and "seller"), optional; one that does not verify does not count';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.authorized_seller', '');

-- words that qualify a mention: counterfeit cues, referential use, products of a class
CREATE TABLE @extschema@.trademark_term (
    term text NOT NULL,
    kind text NOT NULL,
    nice_class integer,
    builtin boolean NOT NULL DEFAULT false,
    CONSTRAINT trademark_term_kind_check CHECK (kind OPERATOR(pg_catalog.=) ANY (ARRAY['cue', 'referential_before', 'referential_after', 'product', 'ordinary'])),
    CONSTRAINT trademark_term_class_check CHECK ((kind OPERATOR(pg_catalog.=) 'product') OPERATOR(pg_catalog.=) (nice_class IS NOT NULL) AND nice_class OPERATOR(pg_catalog.>=) 1 AND nice_class OPERATOR(pg_catalog.<=) 45),
    CONSTRAINT trademark_term_term_check CHECK (pg_catalog.btrim(term) OPERATOR(pg_catalog.<>) '')
);
CREATE UNIQUE INDEX trademark_term_key ON @extschema@.trademark_term (term, kind, (COALESCE(nice_class, 0)));
COMMENT ON TABLE @extschema@.trademark_term IS 'terms trademark_check reads listings with: counterfeit cues (replica, копия), referential words before or after a mark (for, для; için, үшін), product words of each Nice class (фен: 11), and ordinary words that are never read as a mark (new, новый, жаңа); matched on brand keys, cues and products also in inflected forms. Rows with builtin = true ship with the extension; pg_dump keeps the others.';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.trademark_term', 'WHERE NOT builtin');

-- the terms shipped with the extension (pg_dump leaves them to CREATE EXTENSION)
INSERT INTO @extschema@.trademark_term (term, kind, nice_class, builtin) VALUES
    ('replica', 'cue', NULL, true),
    ('реплика', 'cue', NULL, true),
    ('копия', 'cue', NULL, true),
    ('copy', 'cue', NULL, true),
    ('1:1', 'cue', NULL, true),
    ('1в1', 'cue', NULL, true),
    ('1 в 1', 'cue', NULL, true),
    ('AAA', 'cue', NULL, true),
    ('AAA+', 'cue', NULL, true),
    ('lux copy', 'cue', NULL, true),
    ('люкс копия', 'cue', NULL, true),
    ('high copy', 'cue', NULL, true),
    ('first copy', 'cue', NULL, true),
    ('mirror copy', 'cue', NULL, true),
    ('fake', 'cue', NULL, true),
    ('фейк', 'cue', NULL, true),
    ('подделка', 'cue', NULL, true),
    ('муляж', 'cue', NULL, true),
    ('копии', 'cue', NULL, true),
    ('не оригинал', 'cue', NULL, true),
    ('аналог', 'cue', NULL, true),
    ('oem', 'cue', NULL, true),
    ('kopya', 'cue', NULL, true),
    ('replika', 'cue', NULL, true),
    ('taklit', 'cue', NULL, true),
    ('sahte', 'cue', NULL, true),
    ('birebir', 'cue', NULL, true),
    ('muadil', 'cue', NULL, true),
    ('A kalite', 'cue', NULL, true),
    ('saxta', 'cue', NULL, true),
    ('imitasiya', 'cue', NULL, true),
    ('surət', 'cue', NULL, true),
    ('көшірме', 'cue', NULL, true),
    ('жалған', 'cue', NULL, true),
    ('კოპია', 'cue', NULL, true),
    ('ასლი', 'cue', NULL, true),
    ('რეპლიკა', 'cue', NULL, true),
    ('原单', 'cue', NULL, true),
    ('A货', 'cue', NULL, true),
    ('高仿', 'cue', NULL, true),
    ('复刻', 'cue', NULL, true),
    ('仿品', 'cue', NULL, true),
    ('精仿', 'cue', NULL, true),
    ('for', 'referential_before', NULL, true),
    ('compatible', 'referential_before', NULL, true),
    ('compatible with', 'referential_before', NULL, true),
    ('fits', 'referential_before', NULL, true),
    ('fit for', 'referential_before', NULL, true),
    ('replacement for', 'referential_before', NULL, true),
    ('for use with', 'referential_before', NULL, true),
    ('для', 'referential_before', NULL, true),
    ('к', 'referential_before', NULL, true),
    ('под', 'referential_before', NULL, true),
    ('на', 'referential_before', NULL, true),
    ('совместим с', 'referential_before', NULL, true),
    ('совместимый с', 'referential_before', NULL, true),
    ('совместимая с', 'referential_before', NULL, true),
    ('подходит для', 'referential_before', NULL, true),
    ('подходит к', 'referential_before', NULL, true),
    ('適用於', 'referential_before', NULL, true),
    ('适用于', 'referential_before', NULL, true),
    ('适配', 'referential_before', NULL, true),
    ('兼容', 'referential_before', NULL, true),
    ('için', 'referential_after', NULL, true),
    ('uyumlu', 'referential_after', NULL, true),
    ('ile uyumlu', 'referential_after', NULL, true),
    ('üçün', 'referential_after', NULL, true),
    ('uyğun', 'referential_after', NULL, true),
    ('үшін', 'referential_after', NULL, true),
    ('арналған', 'referential_after', NULL, true),
    ('сәйкес', 'referential_after', NULL, true),
    ('compatible', 'referential_after', NULL, true),
    ('совместимый', 'referential_after', NULL, true),
    ('ისთვის', 'referential_after', NULL, true),
    ('თვის', 'referential_after', NULL, true),
    ('的', 'referential_after', NULL, true),
    ('专用', 'referential_after', NULL, true),
    ('用', 'referential_after', NULL, true),
    ('new', 'ordinary', NULL, true),
    ('original', 'ordinary', NULL, true),
    ('genuine', 'ordinary', NULL, true),
    ('sale', 'ordinary', NULL, true),
    ('free', 'ordinary', NULL, true),
    ('delivery', 'ordinary', NULL, true),
    ('shipping', 'ordinary', NULL, true),
    ('best', 'ordinary', NULL, true),
    ('price', 'ordinary', NULL, true),
    ('brand new', 'ordinary', NULL, true),
    ('sealed', 'ordinary', NULL, true),
    ('stock', 'ordinary', NULL, true),
    ('in stock', 'ordinary', NULL, true),
    ('quality', 'ordinary', NULL, true),
    ('новый', 'ordinary', NULL, true),
    ('новая', 'ordinary', NULL, true),
    ('новые', 'ordinary', NULL, true),
    ('новинка', 'ordinary', NULL, true),
    ('оригинал', 'ordinary', NULL, true),
    ('оригинальный', 'ordinary', NULL, true),
    ('оригинальная', 'ordinary', NULL, true),
    ('люкс', 'ordinary', NULL, true),
    ('качество', 'ordinary', NULL, true),
    ('доставка', 'ordinary', NULL, true),
    ('бесплатно', 'ordinary', NULL, true),
    ('бесплатная', 'ordinary', NULL, true),
    ('скидка', 'ordinary', NULL, true),
    ('акция', 'ordinary', NULL, true),
    ('распродажа', 'ordinary', NULL, true),
    ('цена', 'ordinary', NULL, true),
    ('гарантия', 'ordinary', NULL, true),
    ('жаңа', 'ordinary', NULL, true),
    ('сапалы', 'ordinary', NULL, true),
    ('түпнұсқа', 'ordinary', NULL, true),
    ('жеткізу', 'ordinary', NULL, true),
    ('тегін', 'ordinary', NULL, true),
    ('жеңілдік', 'ordinary', NULL, true),
    ('кепілдік', 'ordinary', NULL, true),
    ('yeni', 'ordinary', NULL, true),
    ('orijinal', 'ordinary', NULL, true),
    ('kalite', 'ordinary', NULL, true),
    ('indirim', 'ordinary', NULL, true),
    ('ücretsiz', 'ordinary', NULL, true),
    ('kargo', 'ordinary', NULL, true),
    ('garantili', 'ordinary', NULL, true),
    ('sıfır', 'ordinary', NULL, true),
    ('keyfiyyət', 'ordinary', NULL, true),
    ('endirim', 'ordinary', NULL, true),
    ('çatdırılma', 'ordinary', NULL, true),
    ('pulsuz', 'ordinary', NULL, true),
    ('zəmanətli', 'ordinary', NULL, true),
    ('mağazada', 'ordinary', NULL, true),
    ('ახალი', 'ordinary', NULL, true),
    ('ორიგინალი', 'ordinary', NULL, true),
    ('ხარისხი', 'ordinary', NULL, true),
    ('მიწოდება', 'ordinary', NULL, true),
    ('全新', 'ordinary', NULL, true),
    ('新款', 'ordinary', NULL, true),
    ('现货', 'ordinary', NULL, true),
    ('包邮', 'ordinary', NULL, true),
    ('正品', 'ordinary', NULL, true),
    ('原装', 'ordinary', NULL, true),
    ('热卖', 'ordinary', NULL, true),
    ('黑色', 'ordinary', NULL, true),
    ('白色', 'ordinary', NULL, true),
    ('perfume', 'product', 3, true),
    ('parfum', 'product', 3, true),
    ('eau de parfum', 'product', 3, true),
    ('eau de toilette', 'product', 3, true),
    ('духи', 'product', 3, true),
    ('парфюм', 'product', 3, true),
    ('туалетная вода', 'product', 3, true),
    ('парфюмерная вода', 'product', 3, true),
    ('cream', 'product', 3, true),
    ('крем', 'product', 3, true),
    ('помада', 'product', 3, true),
    ('lipstick', 'product', 3, true),
    ('шампунь', 'product', 3, true),
    ('shampoo', 'product', 3, true),
    ('lotion', 'product', 3, true),
    ('лосьон', 'product', 3, true),
    ('parfüm', 'product', 3, true),
    ('ətir', 'product', 3, true),
    ('әтір', 'product', 3, true),
    ('косметика', 'product', 3, true),
    ('cosmetics', 'product', 3, true),
    ('тушь', 'product', 3, true),
    ('mascara', 'product', 3, true),
    ('krem', 'product', 3, true),
    ('kremi', 'product', 3, true),
    ('香水', 'product', 3, true),
    ('面霜', 'product', 3, true),
    ('口红', 'product', 3, true),
    ('სუნამო', 'product', 3, true),
    ('კრემი', 'product', 3, true),
    ('vacuum', 'product', 7, true),
    ('vacuum cleaner', 'product', 7, true),
    ('пылесос', 'product', 7, true),
    ('blender', 'product', 7, true),
    ('блендер', 'product', 7, true),
    ('mixer', 'product', 7, true),
    ('миксер', 'product', 7, true),
    ('süpürge', 'product', 7, true),
    ('tozsoran', 'product', 7, true),
    ('тозаңсорғыш', 'product', 7, true),
    ('robot vacuum', 'product', 7, true),
    ('吸尘器', 'product', 7, true),
    ('მტვერსასრუტი', 'product', 7, true),
    ('shaver', 'product', 8, true),
    ('razor', 'product', 8, true),
    ('бритва', 'product', 8, true),
    ('электробритва', 'product', 8, true),
    ('ұстара', 'product', 8, true),
    ('tıraş makinesi', 'product', 8, true),
    ('ülgüc', 'product', 8, true),
    ('剃须刀', 'product', 8, true),
    ('სამართებელი', 'product', 8, true),
    ('earbuds', 'product', 9, true),
    ('earphones', 'product', 9, true),
    ('headphones', 'product', 9, true),
    ('headset', 'product', 9, true),
    ('наушники', 'product', 9, true),
    ('гарнитура', 'product', 9, true),
    ('phone', 'product', 9, true),
    ('smartphone', 'product', 9, true),
    ('смартфон', 'product', 9, true),
    ('телефон', 'product', 9, true),
    ('laptop', 'product', 9, true),
    ('ноутбук', 'product', 9, true),
    ('tablet', 'product', 9, true),
    ('планшет', 'product', 9, true),
    ('speaker', 'product', 9, true),
    ('колонка', 'product', 9, true),
    ('smartwatch', 'product', 9, true),
    ('smart watch', 'product', 9, true),
    ('watch', 'product', 9, true),
    ('смарт часы', 'product', 9, true),
    ('charger', 'product', 9, true),
    ('зарядка', 'product', 9, true),
    ('зарядное устройство', 'product', 9, true),
    ('кабель', 'product', 9, true),
    ('cable', 'product', 9, true),
    ('sunglasses', 'product', 9, true),
    ('очки', 'product', 9, true),
    ('солнцезащитные очки', 'product', 9, true),
    ('kulaklık', 'product', 9, true),
    ('hoparlör', 'product', 9, true),
    ('qulaqlıq', 'product', 9, true),
    ('dinamik', 'product', 9, true),
    ('құлаққап', 'product', 9, true),
    ('console', 'product', 9, true),
    ('консоль', 'product', 9, true),
    ('gamepad', 'product', 9, true),
    ('джойстик', 'product', 9, true),
    ('camera', 'product', 9, true),
    ('камера', 'product', 9, true),
    ('monitor', 'product', 9, true),
    ('монитор', 'product', 9, true),
    ('akıllı telefon', 'product', 9, true),
    ('smartfon', 'product', 9, true),
    ('dizüstü bilgisayar', 'product', 9, true),
    ('telefon', 'product', 9, true),
    ('konsol', 'product', 9, true),
    ('oyun konsolu', 'product', 9, true),
    ('gözlük', 'product', 9, true),
    ('güneş gözlüğü', 'product', 9, true),
    ('eynək', 'product', 9, true),
    ('耳机', 'product', 9, true),
    ('手机', 'product', 9, true),
    ('音箱', 'product', 9, true),
    ('笔记本', 'product', 9, true),
    ('游戏机', 'product', 9, true),
    ('眼镜', 'product', 9, true),
    ('ყურსასმენები', 'product', 9, true),
    ('სმარტფონი', 'product', 9, true),
    ('ტელეფონი', 'product', 9, true),
    ('ლეპტოპი', 'product', 9, true),
    ('სათვალე', 'product', 9, true),
    ('სამაჯური', 'product', 9, true),
    ('დამტენი', 'product', 9, true),
    ('сағат', 'product', 9, true),
    ('ремешок', 'product', 9, true),
    ('hair dryer', 'product', 11, true),
    ('dryer', 'product', 11, true),
    ('фен', 'product', 11, true),
    ('styler', 'product', 11, true),
    ('стайлер', 'product', 11, true),
    ('air purifier', 'product', 11, true),
    ('очиститель воздуха', 'product', 11, true),
    ('вентилятор', 'product', 11, true),
    ('fan', 'product', 11, true),
    ('heater', 'product', 11, true),
    ('обогреватель', 'product', 11, true),
    ('humidifier', 'product', 11, true),
    ('увлажнитель', 'product', 11, true),
    ('lamp', 'product', 11, true),
    ('лампа', 'product', 11, true),
    ('saç kurutma', 'product', 11, true),
    ('saç qurudan', 'product', 11, true),
    ('шаш кептіргіш', 'product', 11, true),
    ('airwrap', 'product', 11, true),
    ('supersonic', 'product', 11, true),
    ('吹风机', 'product', 11, true),
    ('ფენი', 'product', 11, true),
    ('watch', 'product', 14, true),
    ('watches', 'product', 14, true),
    ('часы', 'product', 14, true),
    ('наручные часы', 'product', 14, true),
    ('saat', 'product', 14, true),
    ('сағат', 'product', 14, true),
    ('qol saatı', 'product', 14, true),
    ('kol saati', 'product', 14, true),
    ('chronograph', 'product', 14, true),
    ('хронограф', 'product', 14, true),
    ('手表', 'product', 14, true),
    ('表带', 'product', 14, true),
    ('საათი', 'product', 14, true),
    ('bag', 'product', 18, true),
    ('handbag', 'product', 18, true),
    ('сумка', 'product', 18, true),
    ('сумочка', 'product', 18, true),
    ('wallet', 'product', 18, true),
    ('кошелек', 'product', 18, true),
    ('backpack', 'product', 18, true),
    ('рюкзак', 'product', 18, true),
    ('çanta', 'product', 18, true),
    ('sırt çantası', 'product', 18, true),
    ('sumka', 'product', 18, true),
    ('сөмке', 'product', 18, true),
    ('belt', 'product', 18, true),
    ('ремень', 'product', 18, true),
    ('包', 'product', 18, true),
    ('手袋', 'product', 18, true),
    ('ჩანთა', 'product', 18, true),
    ('sneakers', 'product', 25, true),
    ('кроссовки', 'product', 25, true),
    ('shoes', 'product', 25, true),
    ('обувь', 'product', 25, true),
    ('boots', 'product', 25, true),
    ('ботинки', 'product', 25, true),
    ('t-shirt', 'product', 25, true),
    ('футболка', 'product', 25, true),
    ('hoodie', 'product', 25, true),
    ('худи', 'product', 25, true),
    ('толстовка', 'product', 25, true),
    ('jacket', 'product', 25, true),
    ('куртка', 'product', 25, true),
    ('cap', 'product', 25, true),
    ('кепка', 'product', 25, true),
    ('jeans', 'product', 25, true),
    ('джинсы', 'product', 25, true),
    ('ayakkabı', 'product', 25, true),
    ('spor ayakkabı', 'product', 25, true),
    ('krossovka', 'product', 25, true),
    ('кроссовка', 'product', 25, true),
    ('аяқ киім', 'product', 25, true),
    ('idman ayaqqabısı', 'product', 25, true),
    ('idman kostyumu', 'product', 25, true),
    ('kostyum', 'product', 25, true),
    ('tracksuit', 'product', 25, true),
    ('спортивный костюм', 'product', 25, true),
    ('socks', 'product', 25, true),
    ('носки', 'product', 25, true),
    ('cins', 'product', 25, true),
    ('şalvar', 'product', 25, true),
    ('运动服', 'product', 25, true),
    ('运动鞋', 'product', 25, true),
    ('鞋', 'product', 25, true),
    ('სპორტული ფეხსაცმელი', 'product', 25, true),
    ('ფეხსაცმელი', 'product', 25, true),
    ('კოსტიუმი', 'product', 25, true),
    ('ჯინსი', 'product', 25, true),
    ('toy', 'product', 28, true),
    ('toys', 'product', 28, true),
    ('игрушка', 'product', 28, true),
    ('конструктор', 'product', 28, true),
    ('building set', 'product', 28, true),
    ('oyuncak', 'product', 28, true),
    ('ойыншық', 'product', 28, true),
    ('konstruktor', 'product', 28, true),
    ('积木', 'product', 28, true),
    ('玩具', 'product', 28, true),
    ('სათამაშო', 'product', 28, true),
    ('კონსტრუქტორი', 'product', 28, true),
    ('case', 'product', 9, true),
    ('чехол', 'product', 9, true),
    ('kılıf', 'product', 9, true),
    ('qab', 'product', 9, true),
    ('қап', 'product', 9, true),
    ('ქეისი', 'product', 9, true),
    ('ear pads', 'product', 9, true),
    ('амбушюры', 'product', 9, true),
    ('strap', 'product', 9, true),
    ('band', 'product', 9, true),
    ('bumper', 'product', 9, true),
    ('phillips', 'ordinary', NULL, true),
    ('шинель', 'ordinary', NULL, true),
    ('იაფი', 'ordinary', NULL, true),
    ('cheap', 'ordinary', NULL, true),
    ('дешево', 'ordinary', NULL, true),
    ('дёшево', 'ordinary', NULL, true),
    ('ucuz', 'ordinary', NULL, true),
    ('arzan', 'ordinary', NULL, true),
    ('арзан', 'ordinary', NULL, true),
    ('шаңсорғыш', 'product', 7, true),
    ('toothbrush', 'product', 21, true),
    ('зубная щетка', 'product', 21, true),
    ('diş fırçası', 'product', 21, true),
    ('электрическая зубная щетка', 'product', 21, true),
    ('приставка', 'product', 9, true),
    ('игровая приставка', 'product', 9, true),
    ('ойын консолі', 'product', 9, true),
    ('კონსოლი', 'product', 9, true),
    ('ყურსასმენი', 'product', 9, true),
    ('ზურგჩანთა', 'product', 18, true),
    ('წვერსაპარსი', 'product', 8, true),
    ('ის', 'referential_after', NULL, true),
    ('兼容', 'referential_after', NULL, true),
    ('ilə uyğun', 'referential_after', NULL, true),
    ('knockoff', 'cue', NULL, true),
    ('knock-off', 'cue', NULL, true),
    ('dupe', 'cue', NULL, true),
    ('clone', 'cue', NULL, true),
    ('mirror quality', 'cue', NULL, true),
    ('not original', 'cue', NULL, true),
    ('high quality copy', 'cue', NULL, true),
    ('паль', 'cue', NULL, true),
    ('как оригинал', 'cue', NULL, true),
    ('точная копия', 'cue', NULL, true),
    ('зеркальная копия', 'cue', NULL, true),
    ('түпнұсқа емес', 'cue', NULL, true),
    ('çakma', 'cue', NULL, true),
    ('imitasyon', 'cue', NULL, true),
    ('orijinal değil', 'cue', NULL, true),
    ('orijinal deyil', 'cue', NULL, true),
    ('ყალბი', 'cue', NULL, true),
    ('იმიტაცია', 'cue', NULL, true),
    ('არაორიგინალი', 'cue', NULL, true),
    ('一比一', 'cue', NULL, true),
    ('超A', 'cue', NULL, true),
    ('莆田', 'cue', NULL, true),
    ('to fit', 'referential_before', NULL, true),
    ('works with', 'referential_before', NULL, true),
    ('compatible w', 'referential_before', NULL, true),
    ('для использования с', 'referential_before', NULL, true),
    ('для моделей', 'referential_before', NULL, true),
    ('совместимость', 'referential_before', NULL, true),
    ('можно использовать с', 'referential_before', NULL, true),
    ('可用于', 'referential_before', NULL, true),
    ('通用', 'referential_before', NULL, true),
    ('үйлесімді', 'referential_after', NULL, true),
    ('жарайтын', 'referential_after', NULL, true),
    ('ile kullanılabilir', 'referential_after', NULL, true),
    ('uyumludur', 'referential_after', NULL, true),
    ('თავსებადი', 'referential_after', NULL, true),
    ('მოდელებისთვის', 'referential_after', NULL, true),
    ('通用', 'referential_after', NULL, true),
    ('son', 'ordinary', NULL, true),
    ('kişi', 'ordinary', NULL, true),
    ('kayış', 'ordinary', NULL, true),
    ('qayış', 'ordinary', NULL, true),
    ('hava', 'ordinary', NULL, true),
    ('шамы', 'ordinary', NULL, true),
    ('неке', 'ordinary', NULL, true),
    ('adios', 'ordinary', NULL, true),
    ('nika', 'ordinary', NULL, true),
    ('channel', 'ordinary', NULL, true),
    ('deodorant', 'product', 3, true),
    ('дезодорант', 'product', 3, true),
    ('ტუჩსაცხი', 'product', 3, true),
    ('body lotion', 'product', 3, true),
    ('losyon', 'product', 3, true),
    ('lip care', 'product', 3, true),
    ('trimmer', 'product', 8, true),
    ('триммер', 'product', 8, true),
    ('beard trimmer', 'product', 8, true),
    ('epilator', 'product', 8, true),
    ('эпилятор', 'product', 8, true),
    ('тример', 'product', 8, true),
    ('notebook', 'product', 9, true),
    ('ultrabook', 'product', 9, true),
    ('gaming notebook', 'product', 9, true),
    ('calculator', 'product', 9, true),
    ('калькулятор', 'product', 9, true),
    ('bilgisayar', 'product', 9, true),
    ('dizüstü', 'product', 9, true);

REVOKE ALL ON TABLE @extschema@.trademark, @extschema@.authorized_seller, @extschema@.trademark_term FROM PUBLIC;
GRANT SELECT ON TABLE @extschema@.trademark, @extschema@.authorized_seller, @extschema@.trademark_term TO PUBLIC;

-- registry management, as for the signer registry: SECURITY DEFINER with a
-- pinned search_path, EXECUTE granted by the DBA
CREATE FUNCTION @extschema@.trademark_add(mark text, holder text, nice_classes integer[], jurisdictions text[] DEFAULT NULL, registration_number text DEFAULT NULL, company_prefixes text[] DEFAULT NULL, ordinary_word boolean DEFAULT false, status text DEFAULT 'registered', aliases text[] DEFAULT NULL) RETURNS void
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    bad text;
BEGIN
    IF mark IS NULL OR btrim(mark) = '' OR @extschema@.brand_key(mark) = '' THEN
        RAISE EXCEPTION 'invalid mark: %', COALESCE(quote_literal(mark), 'NULL') USING ERRCODE = 'invalid_parameter_value',
            DETAIL = 'A word mark needs at least one letter or digit.';
    END IF;
    IF holder IS NULL OR btrim(holder) = '' THEN
        RAISE EXCEPTION 'holder must not be empty' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF nice_classes IS NULL OR cardinality(nice_classes) = 0 OR array_position(nice_classes, NULL) IS NOT NULL
       OR NOT (1 <= ALL (nice_classes) AND 45 >= ALL (nice_classes)) THEN
        RAISE EXCEPTION 'invalid Nice classes: %', COALESCE(nice_classes::text, 'NULL') USING ERRCODE = 'invalid_parameter_value',
            HINT = 'Give one or more classes of the Nice Classification, 1 to 45.';
    END IF;
    SELECT j INTO bad FROM unnest(jurisdictions) j WHERE j IS NULL OR NOT @extschema@.country_is_valid(j) LIMIT 1;
    IF FOUND OR cardinality(jurisdictions) = 0 THEN
        RAISE EXCEPTION 'invalid jurisdiction: %', COALESCE(quote_literal(bad), 'NULL') USING ERRCODE = 'invalid_parameter_value',
            HINT = 'Use ISO 3166-1 alpha-2 codes in upper case, such as KZ, or NULL for no restriction.';
    END IF;
    SELECT p INTO bad FROM unnest(company_prefixes) p WHERE p IS NULL OR p !~ '^[0-9]{4,12}$' LIMIT 1;
    IF FOUND OR cardinality(company_prefixes) = 0 THEN
        RAISE EXCEPTION 'invalid GS1 company prefix: %', COALESCE(quote_literal(bad), 'NULL') USING ERRCODE = 'invalid_parameter_value',
            DETAIL = 'A GS1 Company Prefix has 4 to 12 digits.';
    END IF;
    SELECT a INTO bad FROM unnest(aliases) a WHERE a IS NULL OR @extschema@.brand_key(a) = '' LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'invalid alias: %', COALESCE(quote_literal(bad), 'NULL') USING ERRCODE = 'invalid_parameter_value',
            DETAIL = 'An alias needs at least one letter or digit.';
    END IF;
    IF status IS NULL OR NOT status = ANY (ARRAY['registered', 'pending', 'expired', 'cancelled']) THEN
        RAISE EXCEPTION 'invalid trademark status: %', COALESCE(quote_literal(status), 'NULL') USING ERRCODE = 'invalid_parameter_value',
            HINT = 'Statuses: registered, pending, expired, cancelled.';
    END IF;
    IF EXISTS (SELECT 1 FROM @extschema@.trademark t WHERE t.mark OPERATOR(pg_catalog.=) trademark_add.mark) THEN
        RAISE EXCEPTION 'trademark % is already registered', quote_literal(mark) USING ERRCODE = 'unique_violation';
    END IF;
    INSERT INTO @extschema@.trademark (mark, holder, nice_classes, jurisdictions, registration_number, company_prefixes, status, ordinary_word, aliases)
    VALUES (mark, holder, nice_classes, jurisdictions, registration_number, company_prefixes, status, COALESCE(ordinary_word, false), NULLIF(aliases, '{}'));
END
$$;
COMMENT ON FUNCTION @extschema@.trademark_add(text, text, integer[], text[], text, text[], boolean, text, text[]) IS 'register a word mark for trademark_check: holder, Nice classes, jurisdictions (NULL: any), registration number, the holder''s GS1 company prefixes, whether it is also an everyday word, status, and other registered forms (aliases). EXECUTE is granted by the DBA.';

CREATE FUNCTION @extschema@.trademark_remove(mark text) RETURNS void
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    DELETE FROM @extschema@.trademark t WHERE t.mark OPERATOR(pg_catalog.=) trademark_remove.mark;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'trademark % does not exist', COALESCE(quote_literal(mark), 'NULL') USING ERRCODE = 'undefined_object';
    END IF;
    DELETE FROM @extschema@.authorized_seller a WHERE a.mark OPERATOR(pg_catalog.=) trademark_remove.mark;
END
$$;
COMMENT ON FUNCTION @extschema@.trademark_remove(text) IS 'remove a mark and its authorized sellers. EXECUTE is granted by the DBA.';

CREATE FUNCTION @extschema@.authorized_seller_add(mark text, seller text, jurisdiction text DEFAULT NULL, valid_from timestamptz DEFAULT NULL, valid_until timestamptz DEFAULT NULL, authorization_record @extschema@.signed_record DEFAULT NULL) RETURNS void
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM @extschema@.trademark t WHERE t.mark OPERATOR(pg_catalog.=) authorized_seller_add.mark) THEN
        RAISE EXCEPTION 'trademark % does not exist', COALESCE(quote_literal(mark), 'NULL') USING ERRCODE = 'undefined_object';
    END IF;
    IF seller IS NULL OR btrim(seller) = '' THEN
        RAISE EXCEPTION 'seller must not be empty' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT @extschema@.country_is_valid(jurisdiction) THEN
        RAISE EXCEPTION 'invalid jurisdiction: %', quote_literal(jurisdiction) USING ERRCODE = 'invalid_parameter_value',
            HINT = 'Use an ISO 3166-1 alpha-2 code in upper case, or NULL for every jurisdiction of the mark.';
    END IF;
    IF valid_until <= valid_from THEN
        RAISE EXCEPTION 'valid_until (%) must be later than valid_from (%)', valid_until, valid_from USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF authorization_record IS NOT NULL AND (
        (authorization_record OPERATOR(@extschema@.->) 'mark') IS DISTINCT FROM to_jsonb(mark) OR
        (authorization_record OPERATOR(@extschema@.->) 'seller') IS DISTINCT FROM to_jsonb(seller)) THEN
        RAISE EXCEPTION 'the authorization record does not name this mark and seller' USING ERRCODE = 'invalid_parameter_value',
            DETAIL = 'Its claims "mark" and "seller" must equal the arguments.';
    END IF;
    IF EXISTS (SELECT 1 FROM @extschema@.authorized_seller a WHERE a.mark OPERATOR(pg_catalog.=) authorized_seller_add.mark
               AND a.seller OPERATOR(pg_catalog.=) authorized_seller_add.seller
               AND coalesce(a.jurisdiction, '') OPERATOR(pg_catalog.=) coalesce(authorized_seller_add.jurisdiction, '')) THEN
        RAISE EXCEPTION 'seller % is already authorized for % in %', quote_literal(seller), quote_literal(mark), COALESCE(jurisdiction, 'every jurisdiction')
            USING ERRCODE = 'unique_violation';
    END IF;
    INSERT INTO @extschema@.authorized_seller (mark, seller, jurisdiction, valid_from, valid_until, authorization_record)
    VALUES (mark, seller, jurisdiction, valid_from, valid_until, authorization_record);
END
$$;
COMMENT ON FUNCTION @extschema@.authorized_seller_add(text, text, text, timestamptz, timestamptz, @extschema@.signed_record) IS 'authorize a seller to use a mark in a jurisdiction (NULL: all) for a period, optionally with the holder''s signed authorization (claims "mark" and "seller"; it counts only while it verifies through the trust store). EXECUTE is granted by the DBA.';

CREATE FUNCTION @extschema@.authorized_seller_remove(mark text, seller text, jurisdiction text DEFAULT NULL) RETURNS void
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    DELETE FROM @extschema@.authorized_seller a WHERE a.mark OPERATOR(pg_catalog.=) authorized_seller_remove.mark
       AND a.seller OPERATOR(pg_catalog.=) authorized_seller_remove.seller
       AND coalesce(a.jurisdiction, '') OPERATOR(pg_catalog.=) coalesce(authorized_seller_remove.jurisdiction, '');
    IF NOT FOUND THEN
        RAISE EXCEPTION 'seller % is not authorized for % in %', COALESCE(quote_literal(seller), 'NULL'), COALESCE(quote_literal(mark), 'NULL'),
            COALESCE(jurisdiction, 'every jurisdiction') USING ERRCODE = 'undefined_object';
    END IF;
END
$$;
COMMENT ON FUNCTION @extschema@.authorized_seller_remove(text, text, text) IS 'withdraw a seller''s authorization for a mark in a jurisdiction (NULL: the one for all). EXECUTE is granted by the DBA.';

CREATE FUNCTION @extschema@.trademark_term_add(term text, kind text, nice_class integer DEFAULT NULL) RETURNS void
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF kind IS NULL OR NOT kind = ANY (ARRAY['cue', 'referential_before', 'referential_after', 'product', 'ordinary']) THEN
        RAISE EXCEPTION 'invalid term kind: %', COALESCE(quote_literal(kind), 'NULL') USING ERRCODE = 'invalid_parameter_value',
            HINT = 'Kinds: cue, referential_before, referential_after, product, ordinary.';
    END IF;
    IF (kind = 'product') <> (nice_class IS NOT NULL) OR nice_class NOT BETWEEN 1 AND 45 THEN
        RAISE EXCEPTION 'a product term needs a Nice class (1 to 45), other terms none' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF term IS NULL OR btrim(term) = '' OR @extschema@.brand_key(term) = '' THEN
        RAISE EXCEPTION 'invalid term: %', COALESCE(quote_literal(term), 'NULL') USING ERRCODE = 'invalid_parameter_value',
            DETAIL = 'A term needs at least one letter or digit.';
    END IF;
    IF EXISTS (SELECT 1 FROM @extschema@.trademark_term t WHERE t.term OPERATOR(pg_catalog.=) trademark_term_add.term
               AND t.kind OPERATOR(pg_catalog.=) trademark_term_add.kind
               AND coalesce(t.nice_class, 0) OPERATOR(pg_catalog.=) coalesce(trademark_term_add.nice_class, 0)) THEN
        RAISE EXCEPTION 'term % (%) already exists', quote_literal(term), kind USING ERRCODE = 'unique_violation';
    END IF;
    INSERT INTO @extschema@.trademark_term (term, kind, nice_class) VALUES (term, kind, nice_class);
END
$$;
COMMENT ON FUNCTION @extschema@.trademark_term_add(text, text, integer) IS 'add a counterfeit cue, a referential word (before or after a mark), a product word of a Nice class or an ordinary word (never read as a mark) to what trademark_check reads listings with. EXECUTE is granted by the DBA.';

REVOKE ALL ON FUNCTION @extschema@.trademark_add(text, text, integer[], text[], text, text[], boolean, text, text[]),
    @extschema@.trademark_remove(text),
    @extschema@.authorized_seller_add(text, text, text, timestamptz, timestamptz, @extschema@.signed_record),
    @extschema@.authorized_seller_remove(text, text, text),
    @extschema@.trademark_term_add(text, text, integer) FROM PUBLIC;

-- STABLE: reads the registry (query snapshot), provenance.trademark_threshold,
-- and through the trust store the signer tables and now()
CREATE FUNCTION @extschema@.trademark_check(listing text, seller text DEFAULT NULL, gtin @extschema@.gtin DEFAULT NULL, jurisdiction text DEFAULT NULL, nice_class integer DEFAULT NULL)
RETURNS TABLE (mark text, holder text, matched text, score real, match_kind text, referential boolean, counterfeit_cues text[], seller_authorized boolean, gtin_matches_holder boolean)
AS 'MODULE_PATHNAME', 'prov_trademark_check' LANGUAGE C STABLE CALLED ON NULL INPUT PARALLEL SAFE ROWS 1;
COMMENT ON FUNCTION @extschema@.trademark_check(text, text, @extschema@.gtin, text, integer) IS 'the registered marks a listing names, seen through homoglyphs, transliteration, spacing and typos: one row per mark with the matched text, a score, match_kind (exact, spacing, homoglyph, transliteration, typo), referential use, counterfeit cue words, whether the seller is authorized and whether the GTIN is under the holder''s company prefixes; only matches scoring at least provenance.trademark_threshold';
