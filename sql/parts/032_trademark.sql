
-- ---------------------------------------------------------------------
-- Trademark checks: brand keys, the mark registry, trademark_check
-- ---------------------------------------------------------------------

-- IMMUTABLE for a given ICU version, as collations are: indexes on
-- brand_key() must be rebuilt after an ICU upgrade (brand_key_version())
CREATE FUNCTION @extschema@.brand_key(text) RETURNS text AS 'MODULE_PATHNAME', 'prov_brand_key' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.brand_key_version() RETURNS text AS 'MODULE_PATHNAME', 'prov_brand_key_version' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.brand_similarity(a text, b text) RETURNS real AS 'MODULE_PATHNAME', 'prov_brand_similarity' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.brand_key(text) IS 'the text as a brand key: lower-case ASCII words after NFKC, TR39 confusable folding of look-alike letters, transliteration of other scripts (Cyrillic incl. Kazakh, Greek, Georgian, Armenian, Han, Azerbaijani/Turkish Latin), digits and symbols read as letters inside words, punctuation as word breaks; depends on the ICU version (brand_key_version)';
COMMENT ON FUNCTION @extschema@.brand_key_version() IS 'the ICU and Unicode versions brand keys are made with; REINDEX indexes on brand_key() when it changes';
COMMENT ON FUNCTION @extschema@.brand_similarity(text, text) IS 'similarity in [0, 1] of the brand keys of two texts: 1 - weighted edit distance / length, spacing-insensitive, with sound-alike spellings equal (ph/f, x/ks, y/i, ...) and vowel changes at half cost';
