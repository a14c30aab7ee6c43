
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
