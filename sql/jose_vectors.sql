--
-- jose_vectors: the Wycheproof JOSE files (json_web_signature_test.json,
-- json_web_key_test.json) through the pubkey and signed_record inputs and
-- verify(), and the RFC 7515 A.3 / RFC 8037 A.4 examples.
--
-- Every vector gets two verdicts:
--   provenance  the whole pipeline: the group's public JWK through pubkey
--               input, the JWS through signed_record input, then verify().
--               "accepted" only when all three say yes.
--   signature   the cryptography alone: verify_signature over the JWS
--               signing input (header "." payload, as received) with the
--               header's alg and the bare key (kty, crv, x, y, n, e only:
--               the JWK's alg/use/key_ops/kid metadata removed); computed
--               only when the alg is one provenance verifies and the three
--               segments are base64url.
-- No vector labelled invalid may be accepted by provenance (0 rows below).
-- Vectors labelled valid that provenance refuses are listed with the rule
-- that refuses them.  They are not failures: they conflict with rules that
-- provenance documents on purpose:
--   * the payload of a signed_record must be a JSON object (origin records
--     are claims); every Wycheproof JWS payload is raw bytes ("foo", "",
--     "123400", RFC 7520's text), so no Wycheproof JWS is a signed_record,
--     and the signature verdict is what tests the cryptography here;
--   * HS256/HS384/HS512 (HMAC) and "none" are never accepted, nor are
--     symmetric (oct) keys (RFC 8725: no key confusion);
--   * RS512 and PS512 are outside provenance's algorithm set;
--   * a JWK whose "alg" member is not a JWS algorithm for its key type is
--     refused: RFC 7520 Figure 27's key says "alg":"ES521" (no such JWS
--     algorithm; the header says ES512), so tcId 347 and 351 fail on the key
--     though their signature is genuine;
--   * only the JWS compact serialization is in scope: the JSON
--     serialization vector (tcId 17, a string holding a JSON object) is
--     counted as out of scope (it is labelled invalid, and signed_record
--     input refuses it).  json_web_crypto_test.json (JWE and JWS mixed)
--     and json_web_encryption_test.json (JWE) are not run.
-- Known-questionable labels (see ../shared/testdata/wycheproof/README.md):
-- tcId 367 and 370 are byte-identical to the valid tcId 357 but labelled
-- invalid; 372 and 373 contain a "?" (not base64url) but are labelled
-- valid.  All four are HS256, which provenance refuses anyway; 372/373
-- show up among the conflicts, refused for the "?" before the HMAC alg.
-- Labels that rest on key metadata rather than on the signature (a key
-- with "use":"enc" or "key_ops":["encrypt"], a JWK "alg" that does not
-- match the curve) are invalid for provenance too: pubkey input refuses
-- those keys, while their signature verdict (bare key) is true; the
-- listing below says so.  Weak keys (a ROCA modulus, RSA-1024, e = 1) are
-- refused by pubkey itself, so no verdict is computed for them.
-- A semantic difference kept on purpose: provenance's pubkey stores only
-- the key (DER SubjectPublicKeyInfo), not the JWK's "alg" member, and
-- verify() takes the algorithm from the record's header among those that
-- fit the key type.  So an RSA key published as "alg":"PS512" also
-- verifies RS256 signatures (tcId 332, 334, 336, 338, 340 "WrongPrimitive"
-- have a genuine signature under the header's alg; the vector expects a
-- library to hold the key to its JWK alg).  They are refused here only
-- because of their payload; the signature verdicts show the difference.
--
-- The files are read by psql on the client side (see wycheproof.sql);
-- without them the test prints one SKIP line (expected/jose_vectors_1.out).
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS provenance;
RESET client_min_messages;
SET search_path = public, provenance;

\getenv abs_srcdir PG_ABS_SRCDIR
\set wdir :abs_srcdir '/../shared/testdata/wycheproof'
\set jdir :abs_srcdir '/../shared/testdata/jose'
\set have_vectors `cd :'wdir' 2>/dev/null && cat json_web_signature_test.json json_web_key_test.json >/dev/null 2>&1 && cd :'jdir' 2>/dev/null && cat rfc7515_A3_es256.json rfc8037_A4_ed25519.json >/dev/null 2>&1 && echo true || echo false`
\if :have_vectors
\else
\echo SKIP: JOSE vectors not found in ../shared/testdata/wycheproof and ../shared/testdata/jose; jose_vectors.sql tested nothing
\quit
\endif

CREATE TEMP TABLE jv_file (file text PRIMARY KEY, doc jsonb);
\set doc `cat :'wdir'/json_web_signature_test.json`
INSERT INTO jv_file VALUES ('json_web_signature_test.json', :'doc');
\set doc `cat :'wdir'/json_web_key_test.json`
INSERT INTO jv_file VALUES ('json_web_key_test.json', :'doc');
\set doc `cat :'jdir'/rfc7515_A3_es256.json`
INSERT INTO jv_file VALUES ('rfc7515_A3_es256.json', :'doc');
\set doc `cat :'jdir'/rfc8037_A4_ed25519.json`
INSERT INTO jv_file VALUES ('rfc8037_A4_ed25519.json', :'doc');
\unset doc
SELECT file, doc->>'schema' AS schema, (doc->>'numberOfTests')::int AS declared,
       (SELECT count(*) FROM jsonb_array_elements(doc->'testGroups') g, jsonb_array_elements(g->'tests')) AS counted
  FROM jv_file WHERE file LIKE 'json_web_%' ORDER BY file;

-- b64u(bytea): unpadded base64url of bytes
CREATE FUNCTION pg_temp.b64u(b bytea) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT rtrim(translate(encode(b, 'base64'), E'+/\n', '-_'), '=') $$;
-- b64u_dec(text): bytes of an unpadded base64url text, NULL when it holds
-- anything but the base64url alphabet or has an impossible length
CREATE FUNCTION pg_temp.b64u_dec(s text) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN s ~ '^[A-Za-z0-9_-]*$' AND length(s) % 4 <> 1
    THEN decode(translate(s, '-_', '+/') || repeat('=', (4 - length(s) % 4) % 4), 'base64') END $$;
-- json_or_null(bytea): the bytes as a JSON value, NULL when not UTF-8 JSON
CREATE FUNCTION pg_temp.json_or_null(b bytea) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
	RETURN convert_from(b, 'UTF8')::jsonb;
EXCEPTION WHEN OTHERS THEN
	RETURN NULL;
END
$$;
-- key(jwk): the pubkey of a JWK, or NULL and why pubkey input refuses it
CREATE FUNCTION pg_temp.key(v jsonb, OUT k provenance.pubkey, OUT err text) LANGUAGE plpgsql AS $$
DECLARE
	detail text;
BEGIN
	IF v IS NULL THEN
		RETURN;
	END IF;
	k := v::provenance.pubkey;
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL;
	err := SQLSTATE || ': ' || coalesce(nullif(detail, ''), SQLERRM);
END
$$;

-- One row per vector: its JWS, label and the group's public JWK (in the
-- key file, the key of the group's JWK set whose kid the header names)
CREATE TEMP TABLE jv AS
SELECT f.file, g.n AS grp, g.g->>'comment' AS grp_comment, (t->>'tcId')::int AS tc_id,
       t->>'comment' AS comment, array_to_string(ARRAY(SELECT jsonb_array_elements_text(t->'flags')), ',') AS flags,
       t->>'result' AS label, t->'jws' AS jws,
       CASE jsonb_typeof(t->'jws') WHEN 'string' THEN t->>'jws' END AS compact,
       jsonb_typeof(t->'jws') = 'object' OR t->>'jws' LIKE '{%' AS json_form,
       g.g->'public' AS public, g.g->'private' AS private
  FROM jv_file f
  CROSS JOIN LATERAL jsonb_array_elements(f.doc->'testGroups') WITH ORDINALITY AS g(g, n)
  CROSS JOIN LATERAL jsonb_array_elements(g.g->'tests') AS t
  WHERE f.file LIKE 'json_web_%';
ALTER TABLE jv ADD COLUMN seg text[], ADD COLUMN hdr jsonb, ADD COLUMN alg text, ADD COLUMN jwk jsonb;
UPDATE jv SET seg = string_to_array(compact, '.');
UPDATE jv SET hdr = pg_temp.json_or_null(pg_temp.b64u_dec(seg[1]));
UPDATE jv SET alg = hdr->>'alg';
UPDATE jv SET jwk = CASE
	WHEN public ? 'keys' THEN (SELECT k FROM jsonb_array_elements(public->'keys') k WHERE k->>'kid' = hdr->>'kid' LIMIT 1)
	ELSE public END;

-- The verdicts
ALTER TABLE jv ADD COLUMN key provenance.pubkey, ADD COLUMN key_err text, ADD COLUMN in_err text,
	ADD COLUMN verified boolean, ADD COLUMN bare_key provenance.pubkey, ADD COLUMN sig_ok boolean;
UPDATE jv SET key = (pg_temp.key(jwk)).k, key_err = CASE
	WHEN jwk IS NULL AND public IS NULL THEN 'no public key: the group has a symmetric (oct) key only'
	WHEN jwk IS NULL THEN 'no key in the JWK set has the header''s kid'
	ELSE (pg_temp.key(jwk)).err END;
UPDATE jv SET in_err = coalesce(provenance.signed_record_error(compact), '-')
  WHERE compact IS NOT NULL;	-- '-': accepted
UPDATE jv SET in_err = 'out of scope: a JWS JSON serialization object (only the compact form is a signed_record)'
  WHERE compact IS NULL;
UPDATE jv SET verified = provenance.verify(compact::provenance.signed_record, key)
  WHERE in_err = '-' AND key IS NOT NULL;
UPDATE jv SET bare_key = (pg_temp.key(jsonb_strip_nulls(jsonb_build_object('kty', jwk->'kty', 'crv', jwk->'crv',
	'x', jwk->'x', 'y', jwk->'y', 'n', jwk->'n', 'e', jwk->'e')))).k;
UPDATE jv SET sig_ok = provenance.verify_signature(convert_to(seg[1] || '.' || seg[2], 'UTF8'),
	pg_temp.b64u_dec(seg[3]), bare_key, alg)
  WHERE array_length(seg, 1) = 3 AND bare_key IS NOT NULL
    AND alg IN ('EdDSA', 'Ed25519', 'ES256', 'ES384', 'ES512', 'PS256', 'PS384', 'RS256', 'RS384')
    AND pg_temp.b64u_dec(seg[1]) IS NOT NULL AND pg_temp.b64u_dec(seg[2]) IS NOT NULL
    AND pg_temp.b64u_dec(seg[3]) IS NOT NULL;

--
-- Per file and group: labels, what provenance accepted, as expected,
-- conflicts (valid, refused by a documented rule) and unexpected
-- (invalid yet accepted: must be 0)
--
SELECT file, grp, grp_comment, count(*) AS vectors,
       count(*) FILTER (WHERE label = 'valid') AS valid,
       count(*) FILTER (WHERE label = 'invalid') AS invalid,
       count(*) FILTER (WHERE json_form) AS out_of_scope,
       count(*) FILTER (WHERE verified) AS accepted,
       count(*) FILTER (WHERE (label = 'valid') = coalesce(verified, false)) AS as_expected,
       count(*) FILTER (WHERE label = 'valid' AND NOT coalesce(verified, false)) AS conflicts,
       count(*) FILTER (WHERE label <> 'valid' AND verified) AS unexpected
  FROM jv GROUP BY file, grp, grp_comment ORDER BY file DESC, grp;
SELECT file, count(*) AS vectors, count(*) FILTER (WHERE json_form) AS out_of_scope,
       count(*) FILTER (WHERE (label = 'valid') = coalesce(verified, false)) AS as_expected,
       count(*) FILTER (WHERE label = 'valid' AND NOT coalesce(verified, false)) AS conflicts,
       count(*) FILTER (WHERE label <> 'valid' AND verified) AS unexpected
  FROM jv GROUP BY file ORDER BY file DESC;
-- The out-of-scope JSON serialization, refused by signed_record input
SELECT file, tc_id, comment, flags, label, in_err AS refused_by FROM jv WHERE json_form ORDER BY file DESC, tc_id;
-- Unexpected: labelled invalid, accepted by provenance (none)
SELECT file, tc_id, comment, flags, alg FROM jv WHERE label <> 'valid' AND verified ORDER BY file DESC, tc_id;

-- Why provenance refuses each vector labelled valid (the conflicts): the
-- signed_record input's reason, or the key's, and the signature verdict
SELECT file, tc_id, grp_comment, comment, alg,
       CASE WHEN in_err <> '-' THEN 'record: ' || in_err
            WHEN key_err IS NOT NULL THEN 'key: ' || key_err
            ELSE 'verify: false' END AS refused_by,
       sig_ok AS signature
  FROM jv WHERE label = 'valid' AND NOT coalesce(verified, false) ORDER BY file DESC, tc_id;

-- How the vectors labelled invalid are refused, by the first rule that
-- refuses them (record input, key input, or the signature)
SELECT file, CASE WHEN in_err <> '-' THEN 'record: ' || regexp_replace(in_err, '"[^"]*"', '"…"', 'g')
                  WHEN key_err IS NOT NULL THEN 'key: ' || key_err
                  ELSE 'verify: false' END AS refused_by,
       count(*) AS vectors, min(tc_id) AS first_tc_id
  FROM jv WHERE label <> 'valid' GROUP BY 1, 2 ORDER BY 1 DESC, 2;

-- Keys: every group's public JWK through pubkey input (the key file's
-- JWK sets key by key, and as a whole, which pubkey refuses)
SELECT file, grp, grp_comment, coalesce(provenance.pubkey_type(key), '-') AS type, coalesce(key_err, '-') AS refused
  FROM (SELECT DISTINCT ON (file, grp) file, grp, grp_comment, key, key_err FROM jv ORDER BY file, grp, tc_id) k
  ORDER BY file DESC, grp;
SELECT DISTINCT (pg_temp.key(public)).err AS whole_jwk_set
  FROM jv WHERE file = 'json_web_key_test.json' AND public IS NOT NULL;
-- private JWKs are never a pubkey (and the key is not echoed)
SELECT DISTINCT (pg_temp.key(private)).err AS private_jwk
  FROM jv WHERE file = 'json_web_signature_test.json' AND grp_comment IN ('es256', 'rs256');

--
-- The signature verdict against the label: where it is computed, it
-- agrees, except for vectors whose label is about something other than the
-- signature (listed, with why)
--
SELECT file, count(*) FILTER (WHERE sig_ok IS NOT NULL) AS computed,
       count(*) FILTER (WHERE sig_ok = (label = 'valid')) AS agree,
       count(*) FILTER (WHERE sig_ok <> (label = 'valid')) AS disagree
  FROM jv GROUP BY file ORDER BY file DESC;
SELECT file, tc_id, grp_comment, comment, label, alg, sig_ok AS signature,
       CASE WHEN key_err IS NOT NULL THEN 'the key is refused: ' || key_err
            WHEN jwk->>'alg' IS DISTINCT FROM alg THEN 'the JWK says "alg":"' || (jwk->>'alg') || '", the header ' || alg || ': provenance chooses the alg from the header among those that fit the key type'
            ELSE 'UNEXPLAINED' END AS why
  FROM jv WHERE sig_ok <> (label = 'valid') ORDER BY file DESC, tc_id;

--
-- RFC examples (../shared/testdata/jose): RFC 7515 A.3 (ES256) is a
-- signed_record that verifies; RFC 8037 A.4 (Ed25519) signs the text
-- "Example of Ed25519 signing", not a JSON object, so it is no
-- signed_record; its signature verifies through verify_signature.  The
-- RFC 8037 A.3 thumbprint is pubkey_thumbprint of the A.2 key.
--
CREATE TEMP TABLE rfc AS
SELECT file, doc->>'jws_compact' AS jws, (doc->'jwk')::provenance.pubkey AS key, doc
  FROM jv_file WHERE file LIKE 'rfc%';
SELECT file, provenance.pubkey_type(key) AS type,
       coalesce(provenance.signed_record_error(jws), 'is a signed_record') AS record,
       CASE WHEN provenance.signed_record_is_valid(jws) THEN provenance.verify(jws::provenance.signed_record, key) END AS verify,
       provenance.verify_signature(convert_to(doc->>'signing_input', 'UTF8'),
           pg_temp.b64u_dec(split_part(jws, '.', 3)), key, doc->>'alg') AS verify_signature
  FROM rfc ORDER BY file;
-- RFC 7515 A.3 in detail: header, claims (the CR LF kept in the signed
-- text), output byte for byte, tampering and a wrong key
SELECT provenance.record_header(r) AS header, provenance.record_claims(r) AS claims,
       r::text = jws AS same_text, provenance.record_alg(r) AS alg
  FROM (SELECT jws::provenance.signed_record AS r, jws FROM rfc WHERE file = 'rfc7515_A3_es256.json') x;
SELECT provenance.verify(overlay(jws PLACING 'E' FROM length(jws) - 5 FOR 1)::provenance.signed_record, key) AS sig_changed,
       provenance.verify((split_part(jws, '.', 1) || '.'
           || pg_temp.b64u(convert_to('{"iss":"joe","exp":1300819380,"http://example.com/is_root":true}', 'UTF8'))
           || '.' || split_part(jws, '.', 3))::provenance.signed_record, key) AS same_claims_without_crlf,
       provenance.verify(jws::provenance.signed_record, (SELECT key FROM rfc WHERE file LIKE 'rfc8037%')) AS ed25519_key
  FROM rfc WHERE file = 'rfc7515_A3_es256.json';
-- RFC 8037: the signature bytes are A.4's, the thumbprint is A.3's, and
-- the A.1 private key signs records that the A.2 public key verifies
SELECT encode(pg_temp.b64u_dec(split_part(jws, '.', 3)), 'hex') = doc->>'signature_hex' AS signature_hex,
       provenance.pubkey_thumbprint(key) AS thumbprint,
       provenance.pubkey_thumbprint(key) = doc->>'jwk_thumbprint_sha256' AS thumbprint_matches_a3,
       provenance.verify(provenance.sign('{"sub":"rfc8037"}', doc->>'jwk_private'), key) AS private_jwk_signs,
       provenance.verify_signature(convert_to(doc->>'signing_input', 'UTF8'),
           pg_temp.b64u_dec(split_part(jws, '.', 3)), key, 'Ed25519') AS as_ed25519,
       provenance.verify_signature(convert_to(doc->>'signing_input' || ' ', 'UTF8'),
           pg_temp.b64u_dec(split_part(jws, '.', 3)), key, 'EdDSA') AS input_changed
  FROM rfc WHERE file = 'rfc8037_A4_ed25519.json';
-- Ed25519 is deterministic: signing the same claims twice with the RFC
-- key gives the same record
SELECT provenance.sign('{"sub":"x"}', doc->>'jwk_private') = provenance.sign('{"sub":"x"}', doc->>'jwk_private') AS deterministic
  FROM rfc WHERE file = 'rfc8037_A4_ed25519.json';
