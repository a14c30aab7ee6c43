-- verify_signature, verify, sign, generate_keypair
--
-- Known answers are the RFC 8037 (Ed25519) and RFC 7515 A.3 (ES256)
-- examples, whose keys are published test keys.  Everything else signs with
-- keys made by generate_keypair() inside this test; ECDSA and PSS signatures
-- are randomized, so the test checks verdicts, not signature bytes.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS provenance;
RESET client_min_messages;
SET search_path = provenance, public;

CREATE FUNCTION pg_temp.b64url(s text) RETURNS bytea LANGUAGE sql IMMUTABLE AS $f$
	SELECT decode(translate(s, '-_', '+/') || repeat('=', (4 - length(s) % 4) % 4), 'base64')
$f$;
CREATE FUNCTION pg_temp.try(q text) RETURNS text LANGUAGE plpgsql AS $f$
DECLARE
	st text; msg text; det text;
BEGIN
	EXECUTE q;
	RETURN 'no error';
EXCEPTION WHEN others THEN
	GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL;
	RETURN st || ' ' || msg || coalesce(': ' || nullif(det, ''), '');
END
$f$;

-- RFC 8037 appendix A.4/A.5: Ed25519 over "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc"
CREATE TEMP TABLE rfc (name text, key pubkey, msg bytea, sig bytea, alg text);
INSERT INTO rfc VALUES
('RFC 8037 A.4', '{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}',
 convert_to('eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc', 'UTF8'),
 '\x860c98d2297f3060a33f42739672d61b53cf3adefed3d3c672f320dc021b411e9d59b8628dc351e248b88b29468e0e41855b0fb7d83bb15be902bfccb8cd0a02', 'EdDSA'),
('RFC 7515 A.3', '{"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}',
 convert_to('eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ', 'UTF8'),
 '\x0ed1215379636c483c2f7f155807d402a3b228033af97c7e17819ac3169ea665c50a07d38c3c70e5d8f12daf084a5480a66590c5f293509a8f3f7f8a83a354d5', 'ES256');

-- the known answers verify; each pitfall is false
SELECT name,
       verify_signature(msg, sig, key, alg) AS valid,
       verify_signature(msg || '\x00'::bytea, sig, key, alg) AS longer_message,
       verify_signature(overlay(msg placing '\x41'::bytea from 5), sig, key, alg) AS tampered_message,
       verify_signature(msg, overlay(sig placing set_byte(substr(sig, 10, 1), 0, get_byte(sig, 9) # 1) from 10), key, alg) AS tampered_signature,
       verify_signature(msg, substr(sig, 1, length(sig) - 1), key, alg) AS truncated_signature,
       verify_signature(msg, sig || '\x00'::bytea, key, alg) AS padded_signature,
       verify_signature(msg, '\x'::bytea, key, alg) AS empty_signature
  FROM rfc ORDER BY name;
-- Ed25519 under both of its names
SELECT verify_signature(msg, sig, key, 'Ed25519') AS rfc9864_name FROM rfc WHERE alg = 'EdDSA';
-- an algorithm that does not fit the key is false, not an error
SELECT name, a AS alg, verify_signature(msg, sig, key, a) AS result
  FROM rfc, unnest(ARRAY['EdDSA', 'Ed25519', 'ES256', 'ES384', 'ES512', 'PS256', 'PS384', 'RS256', 'RS384']) AS a
 WHERE a <> alg AND NOT (alg = 'EdDSA' AND a = 'Ed25519') ORDER BY 1, 2;
-- the same ES256 signature DER-encoded (as OpenSSL makes it) is refused:
-- JOSE signatures are raw r||s
SELECT verify_signature(msg, '\x304502200ed1215379636c483c2f7f155807d402a3b228033af97c7e17819ac3169ea665022100c50a07d38c3c70e5d8f12daf084a5480a66590c5f293509a8f3f7f8a83a354d5', key, 'ES256') AS der_signature
  FROM rfc WHERE alg = 'ES256';
-- ECDSA with r or s zero, or r = s = n - 0 (out of range), is false
SELECT verify_signature(msg, decode(repeat('00', 64), 'hex'), key, 'ES256') AS zero_rs,
       verify_signature(msg, decode(repeat('ff', 64), 'hex'), key, 'ES256') AS rs_too_large
  FROM rfc WHERE alg = 'ES256';
-- unknown algorithms are an error (22023); "none" and HMAC say why
SELECT a, pg_temp.try(format('SELECT verify_signature(%L, %L, %L::provenance.pubkey, %L)',
                             '\x00'::bytea, '\x00'::bytea, (SELECT key::text FROM rfc WHERE alg = 'EdDSA'), a)) AS result
  FROM unnest(ARRAY['none', 'HS256', 'es256', 'RS512', 'PS512', 'ES256K', '']) AS a;

-- signed_record: the RFC 7515 A.3 and RFC 8037 A.4 tokens verify with verify()
SELECT verify('eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q',
              (SELECT key FROM rfc WHERE alg = 'ES256')) AS rfc7515_a3,
       verify('eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q',
              (SELECT key FROM rfc WHERE alg = 'EdDSA')) AS rfc7515_a3_wrong_key;

-- sign() with the RFC 8037 A.1 private key (published test key): Ed25519 is
-- deterministic, so the record is known exactly
SELECT sign('{"iss":"joe","gtin":"04870001234560"}',
            '{"kty":"OKP","crv":"Ed25519","d":"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}') AS rfc8037_signed;
SELECT sign('{"iss":"joe"}',
            '{"kty":"OKP","crv":"Ed25519","d":"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}',
            kid => 'kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k', alg => 'Ed25519') AS with_kid_rfc9864;
-- ...and the RFC 7515 A.3 private key signs ES256 records that verify
SELECT verify(sign('{"iss":"joe"}',
                   '{"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0","d":"jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI"}'),
              (SELECT key FROM rfc WHERE alg = 'ES256')) AS rfc7515_key_signs;

-- generate_keypair: every key type; the private key is PEM PKCS#8
CREATE TEMP TABLE kp AS
  SELECT t AS key_type, g.private_key, g.public_key
    FROM unnest(ARRAY['Ed25519', 'P-256', 'P-384', 'P-521', 'RSA-2048', 'RSA-3072', 'RSA-4096']) AS t,
         LATERAL generate_keypair(t) AS g;
SELECT key_type, pubkey_type(public_key) = key_type AS type_ok,
       private_key LIKE E'-----BEGIN PRIVATE KEY-----\n%\n-----END PRIVATE KEY-----\n' AS pkcs8_pem
  FROM kp ORDER BY key_type;
SELECT pubkey_type(public_key) FROM generate_keypair();
-- (the lateral reference to i makes it run once per row)
SELECT count(DISTINCT public_key) AS fresh_keys FROM generate_series(1, 3) i, LATERAL generate_keypair('P-256' || left(i::text, 0));
SELECT t, pg_temp.try(format('SELECT generate_keypair(%L)', t)) AS result
  FROM unnest(ARRAY['RSA-1024', 'ed25519', 'secp256k1', 'RSA-8192']) AS t;

-- sign/verify round trip for every algorithm and every key it fits; the
-- default algorithm per key type; and the record's header and claims
CREATE TEMP TABLE signed AS
  SELECT kp.key_type, a.alg, sign('{"gtin":"04870001234560","serial":"ABC123","iat":1767225600,"note":"Алматы → Baku"}', kp.private_key, 'kid-' || kp.key_type, a.alg) AS r
    FROM kp, unnest(ARRAY[NULL, 'EdDSA', 'Ed25519', 'ES256', 'ES384', 'ES512', 'PS256', 'PS384', 'RS256', 'RS384']) AS a(alg)
   WHERE a.alg IS NULL
      OR (kp.key_type = 'Ed25519' AND a.alg IN ('EdDSA', 'Ed25519'))
      OR (kp.key_type = 'P-256' AND a.alg = 'ES256')
      OR (kp.key_type = 'P-384' AND a.alg = 'ES384')
      OR (kp.key_type = 'P-521' AND a.alg = 'ES512')
      OR (kp.key_type LIKE 'RSA-%' AND a.alg ~ '^[PR]S');
SELECT s.key_type, coalesce(s.alg, 'default') AS asked, record_alg(s.r) AS alg, record_kid(s.r) AS kid,
       verify(s.r, kp.public_key) AS verifies,
       record_claims(s.r) = '{"gtin":"04870001234560","serial":"ABC123","iat":1767225600,"note":"Алматы → Baku"}'::jsonb AS claims_kept
  FROM signed s JOIN kp USING (key_type) ORDER BY 1, 2;
-- every record against every other key: only its own key verifies it
SELECT count(*) FILTER (WHERE verify(s.r, kp.public_key)) AS verified,
       count(*) FILTER (WHERE verify(s.r, kp.public_key) AND kp.key_type <> s.key_type) AS wrong_key_verified,
       count(*) AS pairs
  FROM signed s CROSS JOIN kp;
-- tampering with any part of a record makes it false (not an error); the
-- signature's 7th byte has a bit flipped (setting it to a value could leave
-- it as it was, one time in 256)
SELECT s.key_type, s.alg,
       verify(replace(s.r::text, split_part(s.r::text, '.', 2),
                      translate(encode(convert_to('{"gtin":"04870001234560","serial":"ABC124"}', 'UTF8'), 'base64'), '+/=', '-_'))::signed_record,
              kp.public_key) AS other_payload,
       verify((split_part(s.r::text, '.', 1) || '.' || split_part(s.r::text, '.', 2) || '.' ||
               translate(encode((SELECT overlay(b placing set_byte(substr(b, 7, 1), 0, get_byte(b, 6) # 1) from 7)
                                 FROM (SELECT pg_temp.b64url(split_part(s.r::text, '.', 3)) AS b) x), 'base64'), E'+/=\n', '-_'))::signed_record,
              kp.public_key) AS other_signature
  FROM signed s JOIN kp USING (key_type)
 WHERE s.alg IS NULL ORDER BY 1;
-- a record re-signed under another algorithm name with the same key bytes
-- (alg/key mismatch): an RS256 record checked as PS256 and vice versa is false
SELECT verify_signature(convert_to(split_part(r::text, '.', 1) || '.' || split_part(r::text, '.', 2), 'UTF8'),
                        pg_temp.b64url(split_part(r::text, '.', 3)), kp.public_key, 'PS256') AS rs256_as_ps256
  FROM signed s JOIN kp USING (key_type) WHERE s.key_type = 'RSA-2048' AND s.alg = 'RS256';
-- a JWS whose header says EdDSA, checked with an RSA key, is false
SELECT verify(s.r, kp.public_key) AS eddsa_record_rsa_key
  FROM signed s, kp WHERE s.key_type = 'Ed25519' AND s.alg IS NULL AND kp.key_type = 'RSA-2048';

-- sign() errors: the private key is never quoted
SELECT what, pg_temp.try(q) AS result FROM (VALUES
  ('claims not an object', format('SELECT sign(%L, %L)', '[1,2]', (SELECT private_key FROM kp WHERE key_type = 'Ed25519'))),
  ('claims a scalar', format('SELECT sign(%L, %L)', '"x"', (SELECT private_key FROM kp WHERE key_type = 'Ed25519'))),
  ('alg does not fit the key', format('SELECT sign(%L, %L, alg => %L)', '{}', (SELECT private_key FROM kp WHERE key_type = 'Ed25519'), 'ES256')),
  ('ES384 with a P-256 key', format('SELECT sign(%L, %L, alg => %L)', '{}', (SELECT private_key FROM kp WHERE key_type = 'P-256'), 'ES384')),
  ('alg none', format('SELECT sign(%L, %L, alg => %L)', '{}', (SELECT private_key FROM kp WHERE key_type = 'P-256'), 'none')),
  ('alg HS256', format('SELECT sign(%L, %L, alg => %L)', '{}', (SELECT private_key FROM kp WHERE key_type = 'P-256'), 'HS256')),
  ('a public key', format('SELECT sign(%L, %L)', '{}', (SELECT pubkey_pem(public_key) FROM kp WHERE key_type = 'P-256'))),
  ('a public JWK', format('SELECT sign(%L, %L)', '{}', (SELECT public_key::text FROM kp WHERE key_type = 'P-256'))),
  ('garbage', format('SELECT sign(%L, %L)', '{}', 'not a key')),
  ('PEM body damaged', format('SELECT sign(%L, %L)', '{}', replace((SELECT private_key FROM kp WHERE key_type = 'Ed25519'), 'MC4CAQAw', 'MC4CAQAx'))),
  ('encrypted PKCS#8', format('SELECT sign(%L, %L)', '{}', E'-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIGbMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAj\n-----END ENCRYPTED PRIVATE KEY-----\n')),
  ('JWK d not matching x (RFC 8037 d, RFC 7515-style x)', format('SELECT sign(%L, %L)', '{}', '{"kty":"OKP","crv":"Ed25519","d":"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A","x":"aCflJLBdeYmcUF2raj7CmZ5JspNrii-1J4951lSA34w"}')),
  ('JWK d of the wrong length', format('SELECT sign(%L, %L)', '{}', '{"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0","d":"jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9A"}')),
  ('JWK d of another EC key', format('SELECT sign(%L, %L)', '{}', '{"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0","d":"yy49oPcINGK2ps0LmtxpB6UTEOiITghHBif6wDqmJ3c"}')),
  ('JWK use enc', format('SELECT sign(%L, %L)', '{}', '{"kty":"OKP","crv":"Ed25519","use":"enc","d":"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}')),
  ('JWK key_ops without sign', format('SELECT sign(%L, %L)', '{}', '{"kty":"OKP","crv":"Ed25519","key_ops":["verify"],"d":"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}')),
  ('symmetric JWK', format('SELECT sign(%L, %L)', '{}', '{"kty":"oct","k":"AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow"}'))
) AS v(what, q);
-- the RSA-1024 private key below is a TEST KEY generated for this file only
SELECT pg_temp.try($q$SELECT sign('{}', '-----BEGIN PRIVATE KEY-----
MIICdQIBADANBgkqhkiG9w0BAQEFAASCAl8wggJbAgEAAoGBALZlC44JRZUKA/Ty
wj7sPSRFghA3cbLjeqml/SzRZP+yN/wSQnhYOTLiLAzBokOd3y2Hi0X0q8Z/qdrw
XGtC2HfCe8ZocaXxTK6cholA4XSrYEdAmtnJCuAZ7ZQONHx21jX25Npk0Mciyvu2
nsLn4j6TG2wroZXWeOC6AYq29Ys7AgMBAAECgYBCRUyBexTxJgZyBZJWUneUqjyr
r7l8CfMTmN/4XMyZqyN0Tx4fo86EknD24ZQXhVEFte4AqPmQ0enhRtwNjOghXd1h
djAoL5yCnwSCGr8JicdyKEY1X2UDYg6w6GUMvn1rWfge35VCfupIAUkIs6ABkNaR
E8GMtfoyxOmcOQuWoQJBAOoSeVWi1f3t0lzWbk/gvKVcQcKJmzqmMneb6dss1Pwa
QJL4J/4OnjtYYXTk2/PnF4f1H1U4O9nSVWexm80agpcCQQDHez2jzGDrBTeM43t+
CsdS8D2ScnUnScVszOGOARr96irkrs5FV+Au6ULKz2zx6Mb278BG7GvWpa0Wv47m
rOT9AkABav07LJJZSHCGyXG/oB/kbIulbwn2r/0MRnCDOGFN6abMfR5Y5qPEvkNQ
3vYKIzM8SprW/FE4f5Ku3x+PfYKfAkAxj+o5tz7hRbOOmrqFD3KEpdH2f9+huk+F
/8WOvbGSIsszdEclrXay0RvaPf0ogZhlpB3WwUjt1M4Tl9aOc6iVAkApfA6bg218
sJX1+WqNtC1GASU9cZpHEwajT63WPim2BrW8phYeVoV7z5s0mLrvqTuAre4cGWiJ
vZzvUIyAii1G
-----END PRIVATE KEY-----')$q$) AS rsa1024_refused;
-- NULL claims or key give NULL; NULL kid and alg are defaults
SELECT sign(NULL, (SELECT private_key FROM kp WHERE key_type = 'Ed25519')) IS NULL AS null_claims,
       sign('{}', NULL) IS NULL AS null_key,
       record_kid(sign('{}', (SELECT private_key FROM kp WHERE key_type = 'Ed25519'), NULL, NULL)) IS NULL AS no_kid,
       verify(NULL, (SELECT public_key FROM kp WHERE key_type = 'Ed25519')) IS NULL AS verify_strict;

-- many keys in one query: each key is parsed once and cached per query
-- (16 slots, reused round robin); verdicts stay right while keys come and go
CREATE TEMP TABLE many AS
  SELECT i, g.public_key AS key, sign(jsonb_build_object('i', i), g.private_key) AS r
    FROM generate_series(1, 40) i, LATERAL generate_keypair('Ed25519' || left(i::text, 0)) g;
SELECT count(*) FILTER (WHERE verify(a.r, b.key)) AS verified,
       count(*) FILTER (WHERE verify(a.r, b.key) <> (a.i = b.i)) AS wrong_verdicts,
       count(*) AS pairs
  FROM many a CROSS JOIN many b;
SELECT count(*) FILTER (WHERE verify(a.r, b.key)) AS verified, count(*) AS rows
  FROM many a JOIN many b ON b.i = 41 - a.i OR b.i = a.i;
-- a query that fails part-way (after verifying rows) leaves the session usable
SELECT count(*) FILTER (WHERE verify(r, key) AND 1 / (40 - i) > 0) FROM many;
SELECT count(*) FILTER (WHERE verify(r, key)) AS after_error FROM many;
-- a parallel scan verifies in the workers
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SELECT count(*) FILTER (WHERE verify(r, key)) AS parallel_verified FROM many;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
