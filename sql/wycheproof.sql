--
-- wycheproof: every Project Wycheproof vector for the algorithms JOSE uses
-- runs through provenance.verify_signature and must get the file's verdict
-- (valid -> true, invalid -> false; "acceptable" cases are listed with
-- their flags and the verdict provenance gives, but need no particular one).
--
-- Files, read from ../shared/testdata/wycheproof (relative to the source
-- directory, PG_ABS_SRCDIR from pg_regress); see its README for the format:
--   ed25519_test.json                       EdDSA and Ed25519 (both names)
--   ecdsa_secp256r1_sha256_p1363_test.json  ES256 (raw r||s, as JOSE)
--   ecdsa_secp384r1_sha384_p1363_test.json  ES384 (raw r||s)
--   rsa_pss_2048_sha256_mgf1_32_test.json   PS256 (MGF1-SHA256, salt 32)
--   rsa_signature_2048_sha256_test.json     RS256 (PKCS#1 v1.5)
--   ecdsa_secp256r1_sha256_test.json,
--   ecdsa_secp384r1_sha384_test.json        DER signatures: JOSE wants raw
--                                           r||s, so every one of them must
--                                           be false under ES256/ES384 (the
--                                           "DER-encoded ECDSA in JWS"
--                                           pitfall), while the valid ones
--                                           converted to r||s verify
--   rsa_pss_2048_sha256_mgf1_32_params_test.json  its id-RSASSA-PSS key is
--                                           refused by pubkey by design
--                                           (the check is that it is)
-- Each group's key is built from publicKeyDer (bytea -> pubkey cast), and
-- the PEM and JWK forms of the same key must give an equal pubkey.
--
-- The files are read by psql on the client side (backquoted cat), not
-- with pg_read_file(), so that the test also runs when the server's user
-- cannot read the checkout (a cluster run as postgres, a checkout under a
-- private home).  Without the files the test prints one SKIP line and
-- stops; expected/wycheproof_1.out is that variant.
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS provenance;
RESET client_min_messages;
SET search_path = public, provenance;

\getenv abs_srcdir PG_ABS_SRCDIR
\set wdir :abs_srcdir '/../shared/testdata/wycheproof'
\set have_vectors `cd :'wdir' 2>/dev/null && cat ed25519_test.json ecdsa_secp256r1_sha256_p1363_test.json ecdsa_secp384r1_sha384_p1363_test.json rsa_pss_2048_sha256_mgf1_32_test.json rsa_signature_2048_sha256_test.json ecdsa_secp256r1_sha256_test.json ecdsa_secp384r1_sha384_test.json rsa_pss_2048_sha256_mgf1_32_params_test.json >/dev/null 2>&1 && echo true || echo false`
\if :have_vectors
\else
\echo SKIP: Wycheproof vectors not found in ../shared/testdata/wycheproof; wycheproof.sql tested nothing
\quit
\endif

-- The files, each with the JOSE algorithms its vectors run under and how
-- the verdict is compared: 'verdict' (with the file's result) or
-- 'der_false' (DER signatures, all must be false)
CREATE TEMP TABLE wp_file (file text PRIMARY KEY, algs text[], mode text, doc jsonb);
\set doc `cat :'wdir'/ed25519_test.json`
INSERT INTO wp_file VALUES ('ed25519_test.json', '{EdDSA,Ed25519}', 'verdict', :'doc');
\set doc `cat :'wdir'/ecdsa_secp256r1_sha256_p1363_test.json`
INSERT INTO wp_file VALUES ('ecdsa_secp256r1_sha256_p1363_test.json', '{ES256}', 'verdict', :'doc');
\set doc `cat :'wdir'/ecdsa_secp384r1_sha384_p1363_test.json`
INSERT INTO wp_file VALUES ('ecdsa_secp384r1_sha384_p1363_test.json', '{ES384}', 'verdict', :'doc');
\set doc `cat :'wdir'/rsa_pss_2048_sha256_mgf1_32_test.json`
INSERT INTO wp_file VALUES ('rsa_pss_2048_sha256_mgf1_32_test.json', '{PS256}', 'verdict', :'doc');
\set doc `cat :'wdir'/rsa_signature_2048_sha256_test.json`
INSERT INTO wp_file VALUES ('rsa_signature_2048_sha256_test.json', '{RS256}', 'verdict', :'doc');
\set doc `cat :'wdir'/ecdsa_secp256r1_sha256_test.json`
INSERT INTO wp_file VALUES ('ecdsa_secp256r1_sha256_test.json', '{ES256}', 'der_false', :'doc');
\set doc `cat :'wdir'/ecdsa_secp384r1_sha384_test.json`
INSERT INTO wp_file VALUES ('ecdsa_secp384r1_sha384_test.json', '{ES384}', 'der_false', :'doc');
\set doc `cat :'wdir'/rsa_pss_2048_sha256_mgf1_32_params_test.json`
INSERT INTO wp_file VALUES ('rsa_pss_2048_sha256_mgf1_32_params_test.json', '{PS256}', 'key_refused', :'doc');
\unset doc

-- The files are the ones the test was written for (a changed snapshot shows
-- up here first): declared and counted tests per file
SELECT file, doc->>'schema' AS schema, (doc->>'numberOfTests')::int AS declared,
       (SELECT count(*) FROM jsonb_array_elements(doc->'testGroups') g, jsonb_array_elements(g->'tests')) AS counted
  FROM wp_file ORDER BY file;

-- key(type, value): the pubkey made from a DER hex string, a PEM text or a
-- JWK, and NULL plus the SQLSTATE, message and detail when pubkey refuses it
CREATE FUNCTION pg_temp.key(form text, v jsonb, OUT k provenance.pubkey, OUT err text) LANGUAGE plpgsql AS $$
DECLARE
	detail text;
BEGIN
	IF v IS NULL THEN
		RETURN;
	ELSIF form = 'der' THEN
		k := decode(v #>> '{}', 'hex')::provenance.pubkey;
	ELSIF form = 'pem' THEN
		k := (v #>> '{}')::provenance.pubkey;
	ELSE
		k := v::provenance.pubkey;
	END IF;
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL;
	err := SQLSTATE || ': ' || SQLERRM || coalesce(' / ' || nullif(detail, ''), '');
END
$$;

-- One row per group: its key from the DER, and from the PEM and the JWK
-- (publicKeyJwk, or keyJwk in the PKCS#1 file) when the group has one
CREATE TEMP TABLE wp_group AS
SELECT f.file, g.n AS grp, g.g AS grp_json,
       d.k AS key, d.err AS key_err, p.k AS pem_key, p.err AS pem_err,
       j.k AS jwk_key, j.err AS jwk_err, coalesce(g.g->'publicKeyJwk', g.g->'keyJwk') IS NOT NULL AS has_jwk
  FROM wp_file f
  CROSS JOIN LATERAL jsonb_array_elements(f.doc->'testGroups') WITH ORDINALITY AS g(g, n)
  CROSS JOIN LATERAL pg_temp.key('der', g.g->'publicKeyDer') AS d
  CROSS JOIN LATERAL pg_temp.key('pem', g.g->'publicKeyPem') AS p
  CROSS JOIN LATERAL pg_temp.key('jwk', coalesce(g.g->'publicKeyJwk', g.g->'keyJwk')) AS j;

-- Every key of the five JOSE files and of the DER files is accepted, with
-- the type the file says; its three forms are the same pubkey
SELECT file, count(*) AS groups,
       string_agg(DISTINCT provenance.pubkey_type(key), ', ') AS key_types,
       count(*) FILTER (WHERE key IS NULL) AS der_refused,
       count(*) FILTER (WHERE pem_key IS DISTINCT FROM key) AS pem_differs,
       count(*) FILTER (WHERE has_jwk) AS with_jwk,
       count(*) FILTER (WHERE has_jwk AND jwk_key IS DISTINCT FROM key) AS jwk_differs
  FROM wp_group JOIN wp_file USING (file) WHERE mode <> 'key_refused'
  GROUP BY file ORDER BY file;
-- Every refusal of one of those keys (none expected)
SELECT file, grp, key_err, pem_err, jwk_err
  FROM wp_group JOIN wp_file USING (file)
  WHERE mode <> 'key_refused' AND (key_err IS NOT NULL OR pem_err IS NOT NULL OR jwk_err IS NOT NULL)
  ORDER BY file, grp;
-- The RSA PKCS#1 groups 2 and 3 use e = 3: accepted (no exponent policy
-- beyond what OpenSSL checks), so their two valid tests must verify
SELECT file, grp, provenance.pubkey_type(key) AS type, provenance.pubkey_jwk(key)->>'e' AS e
  FROM wp_group WHERE file = 'rsa_signature_2048_sha256_test.json' ORDER BY grp;
-- The _params_ variant's key is an id-RSASSA-PSS SubjectPublicKeyInfo,
-- which pubkey refuses by design (the algorithm is chosen at verification,
-- not by the key; see the message): its 108 tests are accounted for here,
-- and are the same tests as in rsa_pss_2048_sha256_mgf1_32_test.json
SELECT file, grp, key IS NULL AS refused, pem_err = key_err AS pem_same_error,
       jsonb_array_length(grp_json->'tests') AS tests_not_run
  FROM wp_group JOIN wp_file USING (file) WHERE mode = 'key_refused';
\x on
SELECT key_err FROM wp_group JOIN wp_file USING (file) WHERE mode = 'key_refused';
\x off
SELECT count(*) AS params_tests, count(*) FILTER (WHERE p.t = q.t) AS same_as_plain_pss
  FROM (SELECT t->>'tcId' AS id, t - 'comment' AS t FROM wp_file, jsonb_array_elements(doc->'testGroups') g, jsonb_array_elements(g->'tests') t
         WHERE file = 'rsa_pss_2048_sha256_mgf1_32_params_test.json') p
  LEFT JOIN (SELECT t->>'tcId' AS id, t - 'comment' AS t FROM wp_file, jsonb_array_elements(doc->'testGroups') g, jsonb_array_elements(g->'tests') t
         WHERE file = 'rsa_pss_2048_sha256_mgf1_32_test.json') q USING (id);

-- Every test under every algorithm of its file, with provenance's verdict
CREATE TEMP TABLE wp_run AS
SELECT f.file, f.mode, a.alg, g.grp, (t->>'tcId')::int AS tc_id, t->>'comment' AS comment,
       array_to_string(ARRAY(SELECT jsonb_array_elements_text(t->'flags')), ',') AS flags,
       t->>'result' AS result, decode(t->>'msg', 'hex') AS msg, decode(t->>'sig', 'hex') AS sig,
       g.key, provenance.verify_signature(decode(t->>'msg', 'hex'), decode(t->>'sig', 'hex'), g.key, a.alg) AS got
  FROM wp_file f
  JOIN wp_group g USING (file)
  CROSS JOIN LATERAL unnest(f.algs) AS a(alg)
  CROSS JOIN LATERAL jsonb_array_elements(g.grp_json->'tests') AS t
  WHERE f.mode <> 'key_refused';
ALTER TABLE wp_run ADD COLUMN as_expected boolean;
UPDATE wp_run SET as_expected = CASE
	WHEN mode = 'der_false' THEN got IS FALSE
	WHEN result = 'valid' THEN got IS TRUE
	WHEN result = 'invalid' THEN got IS FALSE
	END;	-- NULL for 'acceptable' and for a test whose key was refused

--
-- The proof: per file and algorithm, every test as expected
--
SELECT file, alg, count(*) AS tests,
       count(*) FILTER (WHERE result = 'valid') AS valid,
       count(*) FILTER (WHERE result = 'invalid') AS invalid,
       count(*) FILTER (WHERE result = 'acceptable') AS acceptable,
       count(*) FILTER (WHERE as_expected) AS as_expected,
       count(*) FILTER (WHERE NOT as_expected) AS unexpected,
       count(*) FILTER (WHERE key IS NULL) AS key_refused
  FROM wp_run WHERE mode = 'verdict' GROUP BY file, alg ORDER BY file, alg;
-- Every unexpected verdict (none)
SELECT file, alg, tc_id, comment, flags, result, got
  FROM wp_run WHERE mode = 'verdict' AND (NOT as_expected OR key IS NULL)
  ORDER BY file, alg, tc_id;
-- "acceptable" tests: either verdict passes; provenance's is shown
SELECT file, alg, tc_id, comment, flags, got
  FROM wp_run WHERE result = 'acceptable' ORDER BY file, alg, tc_id;
-- EdDSA and Ed25519 give the same verdict on every test
SELECT count(*) AS ed25519_tests, count(*) FILTER (WHERE a.got = b.got) AS same_verdict
  FROM wp_run a JOIN wp_run b USING (file, tc_id)
  WHERE a.file = 'ed25519_test.json' AND a.alg = 'EdDSA' AND b.alg = 'Ed25519';

--
-- DER-encoded ECDSA signatures are not JWS signatures: every one of them,
-- valid or not as DER, is false under ES256/ES384 ...
--
SELECT file, alg, count(*) AS tests,
       count(*) FILTER (WHERE result = 'valid') AS valid_as_der,
       count(*) FILTER (WHERE got IS FALSE) AS false,
       count(*) FILTER (WHERE got IS NOT FALSE) AS not_false
  FROM wp_run WHERE mode = 'der_false' GROUP BY file, alg ORDER BY file;
SELECT file, alg, tc_id, comment, flags, result, got
  FROM wp_run WHERE mode = 'der_false' AND got IS NOT FALSE ORDER BY file, tc_id;

-- ... while the valid ones, converted to raw r||s (strict DER: SEQUENCE of
-- two INTEGERs, short-form lengths at these sizes), verify: the false
-- verdicts above are the encoding, not the key or the message
CREATE FUNCTION pg_temp.der_to_raw(der bytea, n int) RETURNS bytea LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
	pos int := 2;
	len int;
	v bytea;
	out bytea := '';
BEGIN
	IF get_byte(der, 0) <> 48 THEN RETURN NULL; END IF;
	FOR i IN 1..2 LOOP
		IF get_byte(der, pos) <> 2 THEN RETURN NULL; END IF;
		len := get_byte(der, pos + 1);
		v := substring(der FROM pos + 3 FOR len);
		WHILE length(v) > n AND get_byte(v, 0) = 0 LOOP
			v := substring(v FROM 2);
		END LOOP;
		IF length(v) > n THEN RETURN NULL; END IF;
		out := out || decode(repeat('00', n - length(v)), 'hex') || v;
		pos := pos + 2 + len;
	END LOOP;
	RETURN out;
END
$$;
SELECT file, alg, count(*) AS valid_as_der,
       count(*) FILTER (WHERE provenance.verify_signature(msg, pg_temp.der_to_raw(sig, CASE alg WHEN 'ES256' THEN 32 ELSE 48 END), key, alg)) AS verify_as_raw
  FROM wp_run WHERE mode = 'der_false' AND result = 'valid' GROUP BY file, alg ORDER BY file;
