
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
