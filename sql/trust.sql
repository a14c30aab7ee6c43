-- trust store: signer registry, trust anchors, verdicts (issue 4)
\pset null '(null)'
SET client_min_messages = warning;
\set SHOW_CONTEXT never

-- value checks behind the registry's constraints
SELECT v, provenance.gln_is_valid(v) FROM unnest(ARRAY['0614141000005', '0614141000006', '061414100000', '06141410000055', '061414100000A', '']) v;
SELECT v, provenance.country_is_valid(v) FROM unnest(ARRAY['KZ', 'AZ', 'GE', 'TR', 'CN', 'kz', 'XX', 'KAZ', '']) v;

-- keys: generated per run, so neither keys nor thumbprints are printed
CREATE TEMP TABLE keys (name text PRIMARY KEY, private_key text, public_key provenance.pubkey);
INSERT INTO keys SELECT 'maker', * FROM provenance.generate_keypair('Ed25519');
INSERT INTO keys SELECT 'carrier', * FROM provenance.generate_keypair('P-256');
INSERT INTO keys SELECT 'customs', * FROM provenance.generate_keypair('Ed25519');
INSERT INTO keys SELECT 'old', * FROM provenance.generate_keypair('Ed25519');
INSERT INTO keys SELECT 'leaked', * FROM provenance.generate_keypair('Ed25519');
INSERT INTO keys SELECT 'window', * FROM provenance.generate_keypair('Ed25519');
INSERT INTO keys SELECT 'stranger', * FROM provenance.generate_keypair('Ed25519');
INSERT INTO keys SELECT 'thumb', * FROM provenance.generate_keypair('P-384');

-- registering signers
SELECT provenance.signer_add(public_key, 'Shenzhen Hair Care Ltd', 'manufacturer', kid => 'maker-2025', party_gln => '0614141000005', country => 'CN') FROM keys WHERE name = 'maker';
SELECT provenance.signer_add(public_key, 'Khorgos Logistics', 'carrier', kid => 'carrier-kz', country => 'KZ') FROM keys WHERE name = 'carrier';
SELECT provenance.signer_add(public_key, 'Baku Customs Post', 'customs', 'customs-az', country => 'AZ') FROM keys WHERE name = 'customs';
SELECT provenance.signer_add(public_key, 'Old Key Ltd', 'brand_owner', 'old-key') FROM keys WHERE name = 'old';
SELECT provenance.signer_add(public_key, 'Leaky Carrier', 'carrier', 'leaked-key', country => 'GE') FROM keys WHERE name = 'leaked';
SELECT provenance.signer_add(public_key, 'Seasonal Port', 'port', 'window-key', country => 'TR',
       valid_from => '2025-01-01 00:00:00+00', valid_until => '2026-01-01 00:00:00+00') FROM keys WHERE name = 'window';
-- the default kid is the key's RFC 7638 thumbprint
SELECT provenance.signer_add(public_key, 'Thumbprint Co', 'retailer') = provenance.pubkey_thumbprint(public_key) AS kid_is_thumbprint FROM keys WHERE name = 'thumb';
SELECT kid, party, party_gln, role, country, valid_from, valid_until, revoked_at, revocation_reason, created_at <= now() AS created
  FROM provenance.signer WHERE party <> 'Thumbprint Co' ORDER BY kid;

-- registration errors
\set VERBOSITY default
SELECT provenance.signer_add(public_key, 'Again', 'carrier', 'maker-2025') FROM keys WHERE name = 'stranger';
SELECT provenance.signer_add(public_key, 'Same key', 'carrier', 'new-kid') FROM keys WHERE name = 'maker';
SELECT provenance.signer_add(public_key, 'Pirate', 'smuggler', 'p') FROM keys WHERE name = 'stranger';
SELECT provenance.signer_add(public_key, '  ', 'carrier', 'p') FROM keys WHERE name = 'stranger';
SELECT provenance.signer_add(public_key, 'X', 'carrier', 'p', party_gln => '0614141000006') FROM keys WHERE name = 'stranger';
SELECT provenance.signer_add(public_key, 'X', 'carrier', 'p', country => 'kz') FROM keys WHERE name = 'stranger';
SELECT provenance.signer_add(public_key, 'X', 'carrier', '') FROM keys WHERE name = 'stranger';
SELECT provenance.signer_add(public_key, 'X', 'carrier', repeat('k', 257)) FROM keys WHERE name = 'stranger';
SELECT provenance.signer_add(public_key, 'X', 'carrier', 'p', valid_from => '2026-01-01', valid_until => '2025-01-01') FROM keys WHERE name = 'stranger';
SELECT provenance.signer_add(NULL, 'X', 'carrier', 'p');
\set VERBOSITY terse

-- records: fixed issue times, so that verdicts do not depend on the date
-- (epoch 1748736000 = 2025-06-01 00:00:00 UTC)
CREATE TEMP TABLE rec (n int PRIMARY KEY, what text, r provenance.signed_record);
INSERT INTO rec SELECT 1, 'manufacturer origin record', provenance.sign('{"iat": 1748736000, "gtin": "04870001234565", "country_of_origin": "CN"}', private_key, 'maker-2025') FROM keys WHERE name = 'maker';
INSERT INTO rec SELECT 2, 'carrier hand-over (ES256)', provenance.sign('{"iat": 1748736000, "event": "ship", "from": "CNHRS", "to": "KZAAU"}', private_key, 'carrier-kz') FROM keys WHERE name = 'carrier';
INSERT INTO rec SELECT 3, 'no iat', provenance.sign('{"event": "customs_release"}', private_key, 'customs-az') FROM keys WHERE name = 'customs';
INSERT INTO rec SELECT 4, 'unregistered kid', provenance.sign('{"iat": 1748736000}', private_key, 'nobody') FROM keys WHERE name = 'stranger';
INSERT INTO rec SELECT 5, 'no kid at all', provenance.sign('{"iat": 1748736000}', private_key) FROM keys WHERE name = 'stranger';
INSERT INTO rec SELECT 6, 'own key embedded as jwk, no kid', provenance.sign('{"iat": 1748736000}', private_key, header => jsonb_build_object('jwk', provenance.pubkey_jwk(public_key))) FROM keys WHERE name = 'stranger';
INSERT INTO rec SELECT 7, 'genuine kid, stranger''s key embedded as jwk', provenance.sign('{"iat": 1748736000}', private_key, 'maker-2025', header => jsonb_build_object('jwk', provenance.pubkey_jwk(public_key))) FROM keys WHERE name = 'stranger';
INSERT INTO rec SELECT 8, 'genuine kid, signed by a stranger', provenance.sign('{"iat": 1748736000}', private_key, 'maker-2025') FROM keys WHERE name = 'stranger';
INSERT INTO rec SELECT 9, 'Ed25519 kid, signed ES256 with another key', provenance.sign('{"iat": 1748736000}', private_key, 'maker-2025') FROM keys WHERE name = 'carrier';
INSERT INTO rec SELECT 10, 'expired (exp 2025-06-02)', provenance.sign('{"iat": 1748736000, "exp": 1748822400}', private_key, 'maker-2025') FROM keys WHERE name = 'maker';
INSERT INTO rec SELECT 11, 'not before 2100 (nbf)', provenance.sign('{"iat": 1748736000, "nbf": 4102444800}', private_key, 'maker-2025') FROM keys WHERE name = 'maker';
INSERT INTO rec SELECT 12, 'issued in 2100', provenance.sign('{"iat": 4102444800}', private_key, 'maker-2025') FROM keys WHERE name = 'maker';
INSERT INTO rec SELECT 13, 'window key, issued 2024-06-01', provenance.sign('{"iat": 1717200000}', private_key, 'window-key') FROM keys WHERE name = 'window';
INSERT INTO rec SELECT 14, 'window key, issued 2025-06-01', provenance.sign('{"iat": 1748736000}', private_key, 'window-key') FROM keys WHERE name = 'window';
INSERT INTO rec SELECT 15, 'window key, issued 2026-06-01', provenance.sign('{"iat": 1780272000}', private_key, 'window-key') FROM keys WHERE name = 'window';
INSERT INTO rec SELECT 16, 'old key, issued 2025-05-01', provenance.sign('{"iat": 1746057600}', private_key, 'old-key') FROM keys WHERE name = 'old';
INSERT INTO rec SELECT 17, 'old key, issued 2025-07-01', provenance.sign('{"iat": 1751328000}', private_key, 'old-key') FROM keys WHERE name = 'old';
INSERT INTO rec SELECT 18, 'leaked key, issued 2025-05-01', provenance.sign('{"iat": 1746057600}', private_key, 'leaked-key') FROM keys WHERE name = 'leaked';
-- a tampered claim: record 1's header and signature around another payload
INSERT INTO rec SELECT 19, 'tampered claim', (split_part(r::text, '.', 1) || '.' ||
       rtrim(translate(replace(encode(convert_to('{"iat":1748736000,"gtin":"04870001234565","country_of_origin":"DE"}', 'UTF8'), 'base64'), E'\n', ''), '+/', '-_'), '=') || '.' ||
       split_part(r::text, '.', 3))::provenance.signed_record FROM rec WHERE n = 1;

SELECT n, what, (provenance.verification(r)).* FROM rec ORDER BY n;
-- verify() is the ok of the verdict
SELECT count(*) AS disagreements FROM rec WHERE provenance.verify(r) IS DISTINCT FROM (provenance.verification(r)).ok;

-- revocation
SELECT provenance.signer_revoke('old-key', 'superseded', '2025-06-01 00:00:00+00');
SELECT provenance.signer_revoke('leaked-key', 'key_compromise', '2025-06-01 00:00:00+00');
SELECT kid, revoked_at, revocation_reason FROM provenance.signer WHERE revoked_at IS NOT NULL ORDER BY kid;
-- superseded: records issued before the revocation stay valid; compromised: none
SELECT n, what, (provenance.verification(r)).status, (provenance.verification(r)).detail FROM rec WHERE n IN (16, 17, 18) ORDER BY n;
\set VERBOSITY default
SELECT provenance.signer_revoke('old-key', 'key_compromise');
SELECT provenance.signer_revoke('no-such-kid', 'superseded');
SELECT provenance.signer_revoke('maker-2025', 'lost');
SELECT provenance.signer_revoke('maker-2025', 'superseded', NULL);
\set VERBOSITY terse

-- settings
SHOW provenance.allowed_algorithms;
SHOW provenance.clock_skew;
SET provenance.allowed_algorithms = 'ES256, ES384';
SELECT n, (provenance.verification(r)).status, (provenance.verification(r)).detail FROM rec WHERE n IN (1, 2) ORDER BY n;
SET provenance.allowed_algorithms = '';
SELECT count(*) FILTER (WHERE provenance.verify(r)) AS valid_with_no_algorithm FROM rec;
RESET provenance.allowed_algorithms;
SET provenance.allowed_algorithms = 'ES256 ES384';
SET provenance.allowed_algorithms = 'ES256,,ES384';
SET provenance.allowed_algorithms = 'es256';
SET provenance.allowed_algorithms = 'HS256';
SET provenance.clock_skew = -1;
SET provenance.clock_skew = '2min';
SHOW provenance.clock_skew;
SET provenance.unknown_setting = 1;
-- the skew: exp one minute ago passes with 5 min of skew, fails with none
CREATE TEMP TABLE fresh AS SELECT provenance.sign(jsonb_build_object('iat', floor(extract(epoch FROM now())) - 3600, 'exp', floor(extract(epoch FROM now())) - 60), private_key, 'maker-2025') AS r FROM keys WHERE name = 'maker';
RESET provenance.clock_skew;
SELECT (provenance.verification(r)).status FROM fresh;
SET provenance.clock_skew = 0;
SELECT (provenance.verification(r)).status FROM fresh;
RESET provenance.clock_skew;

-- X.509: a record carrying an x5c chain to a trust anchor
\! sh test/pki/make_pki.sh results/pki_trust >/dev/null 2>&1 || echo "make_pki.sh failed"
\set root_pem `cat results/pki_trust/root.pem`
\set inter_pem `cat results/pki_trust/inter.pem`
\set rogue_root_pem `cat results/pki_trust/rogue_root.pem`
\set leaf_key `cat results/pki_trust/leaf.key`
\set expired_key `cat results/pki_trust/expired.key`
\set nodigsig_key `cat results/pki_trust/nodigsig.key`
\set ed25519_key `cat results/pki_trust/ed25519.key`
\set rogue_leaf_key `cat results/pki_trust/rogue_leaf.key`
\set notca_leaf_key `cat results/pki_trust/notca_leaf.key`
\set leaf_b64 `cat results/pki_trust/leaf.b64`
\set inter_b64 `cat results/pki_trust/inter.b64`
\set expired_b64 `cat results/pki_trust/expired.b64`
\set nodigsig_b64 `cat results/pki_trust/nodigsig.b64`
\set ed25519_b64 `cat results/pki_trust/ed25519.b64`
\set rsa1024_b64 `cat results/pki_trust/rsa1024.b64`
\set rogue_leaf_b64 `cat results/pki_trust/rogue_leaf.b64`
\set notca_b64 `cat results/pki_trust/notca.b64`
\set notca_leaf_b64 `cat results/pki_trust/notca_leaf.b64`

SELECT provenance.trust_anchor_add('Test Root CA', :'root_pem', ARRAY['customs', 'port']);
\set VERBOSITY default
SELECT provenance.trust_anchor_add('Test Root CA', :'rogue_root_pem', ARRAY['customs']);
SELECT provenance.trust_anchor_add('Same Root', :'root_pem', ARRAY['customs']);
SELECT provenance.trust_anchor_add('Rogue', :'rogue_root_pem', ARRAY['smuggler']);
SELECT provenance.trust_anchor_add('Rogue', :'rogue_root_pem', '{}');
SELECT provenance.trust_anchor_add('', :'rogue_root_pem', ARRAY['customs']);
SELECT provenance.trust_anchor_remove('Rogue');
\set VERBOSITY terse
SELECT name, roles, provenance.certificate_subject(certificate) FROM provenance.trust_anchor;

CREATE TEMP TABLE xrec (n int PRIMARY KEY, what text, r provenance.signed_record);
INSERT INTO xrec VALUES
 (1, 'leaf + intermediate, role customs', provenance.sign('{"iat": 1748736000, "role": "customs"}', :'leaf_key', header => jsonb_build_object('x5c', jsonb_build_array(:'leaf_b64', :'inter_b64')))),
 (2, 'leaf + intermediate, no role claim (anchor has two)', provenance.sign('{"iat": 1748736000}', :'leaf_key', header => jsonb_build_object('x5c', jsonb_build_array(:'leaf_b64', :'inter_b64')))),
 (3, 'role the anchor does not vouch for', provenance.sign('{"iat": 1748736000, "role": "manufacturer"}', :'leaf_key', header => jsonb_build_object('x5c', jsonb_build_array(:'leaf_b64', :'inter_b64')))),
 (4, 'intermediate missing', provenance.sign('{"iat": 1748736000}', :'leaf_key', header => jsonb_build_object('x5c', jsonb_build_array(:'leaf_b64')))),
 (5, 'issued 2018, before the root', provenance.sign('{"iat": 1514764800}', :'leaf_key', header => jsonb_build_object('x5c', jsonb_build_array(:'leaf_b64', :'inter_b64')))),
 (6, 'leaf expired 2021, issued 2025', provenance.sign('{"iat": 1748736000}', :'expired_key', header => jsonb_build_object('x5c', jsonb_build_array(:'expired_b64', :'inter_b64')))),
 (7, 'leaf expired 2021, issued 2020-06-01', provenance.sign('{"iat": 1590969600}', :'expired_key', header => jsonb_build_object('x5c', jsonb_build_array(:'expired_b64', :'inter_b64')))),
 (8, 'leaf without digitalSignature', provenance.sign('{"iat": 1748736000}', :'nodigsig_key', header => jsonb_build_object('x5c', jsonb_build_array(:'nodigsig_b64', :'inter_b64')))),
 (9, 'leaf from an untrusted root', provenance.sign('{"iat": 1748736000}', :'rogue_leaf_key', header => jsonb_build_object('x5c', jsonb_build_array(:'rogue_leaf_b64')))),
 (10, 'issued by a CA:FALSE certificate', provenance.sign('{"iat": 1748736000}', :'notca_leaf_key', header => jsonb_build_object('x5c', jsonb_build_array(:'notca_leaf_b64', :'notca_b64', :'inter_b64')))),
 (11, 'Ed25519 leaf', provenance.sign('{"iat": 1748736000, "role": "port"}', :'ed25519_key', header => jsonb_build_object('x5c', jsonb_build_array(:'ed25519_b64', :'inter_b64')))),
 (12, 'RSA-1024 leaf (key too weak)', provenance.sign('{"iat": 1748736000}', :'leaf_key', header => jsonb_build_object('x5c', jsonb_build_array(:'rsa1024_b64', :'inter_b64')))),
 (13, 'P-256 leaf, signed by another key', provenance.sign('{"iat": 1748736000}', :'ed25519_key', alg => 'EdDSA', header => jsonb_build_object('x5c', jsonb_build_array(:'leaf_b64', :'inter_b64')))),
 (14, 'x5c is not an array', provenance.sign('{"iat": 1748736000}', :'leaf_key', header => jsonb_build_object('x5c', :'leaf_b64'))),
 (15, 'x5c entry not base64 DER', provenance.sign('{"iat": 1748736000}', :'leaf_key', header => '{"x5c": ["bm90IGEgY2VydGlmaWNhdGU="]}')),
 (16, 'leaf signed by the rogue key, genuine chain', provenance.sign('{"iat": 1748736000}', :'rogue_leaf_key', header => jsonb_build_object('x5c', jsonb_build_array(:'leaf_b64', :'inter_b64'))));
SELECT n, what, (provenance.verification(r)).* FROM xrec ORDER BY n;
SELECT count(*) AS disagreements FROM xrec WHERE provenance.verify(r) IS DISTINCT FROM (provenance.verification(r)).ok;

-- an intermediate can be the anchor itself (partial chain)
SELECT provenance.trust_anchor_remove('Test Root CA');
SELECT n, (provenance.verification(r)).status FROM xrec WHERE n IN (1, 4) ORDER BY n;
SELECT provenance.trust_anchor_add('Test Intermediate CA', :'inter_pem', ARRAY['customs']);
SELECT n, (provenance.verification(r)).status, (provenance.verification(r)).role FROM xrec WHERE n IN (1, 2, 4) ORDER BY n;
SELECT provenance.trust_anchor_remove('Test Intermediate CA');
\set VERBOSITY default
SELECT provenance.trust_anchor_remove('Test Intermediate CA');
\set VERBOSITY terse

-- a bulk query never stops at a bad record, and runs in parallel workers
CREATE TEMP TABLE many AS SELECT g, r FROM rec, generate_series(1, 50) g;
SELECT count(*) AS total, count(*) FILTER (WHERE provenance.verify(r)) AS trusted FROM many;
SELECT status, count(*) FROM (SELECT (provenance.verification(r)).status FROM many) s GROUP BY status ORDER BY status;
CREATE TABLE par AS SELECT g, r FROM rec, generate_series(1, 200) g;
ANALYZE par;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT count(*) FILTER (WHERE provenance.verify(r)) FROM par;
SELECT count(*) FILTER (WHERE provenance.verify(r)) AS trusted FROM par;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
DROP TABLE par;

-- a revocation committed in this session is seen by the next statement
BEGIN;
SELECT provenance.verify(r) FROM rec WHERE n = 2;
SELECT provenance.signer_revoke('carrier-kz', 'cessation_of_operation', '2025-01-01 00:00:00+00');
SELECT provenance.verify(r) FROM rec WHERE n = 2;
ROLLBACK;
SELECT provenance.verify(r) FROM rec WHERE n = 2;

-- privileges: everyone reads and verifies; only granted roles manage keys
CREATE ROLE regress_prov_reader;
CREATE ROLE regress_prov_keyadmin;
GRANT EXECUTE ON FUNCTION provenance.signer_add(provenance.pubkey, text, text, text, text, text, timestamptz, timestamptz),
    provenance.signer_revoke(text, text, timestamptz) TO regress_prov_keyadmin;
GRANT SELECT ON rec, keys TO regress_prov_reader, regress_prov_keyadmin;
SET ROLE regress_prov_reader;
SELECT count(*) > 0 AS can_read FROM provenance.signer;
SELECT provenance.verify(r) FROM rec WHERE n = 1;
SELECT provenance.signer_add(public_key, 'Me', 'carrier', 'mine') FROM keys WHERE name = 'stranger';
SELECT provenance.signer_revoke('maker-2025', 'key_compromise');
UPDATE provenance.signer SET revoked_at = NULL;
INSERT INTO provenance.trust_anchor SELECT 'x', certificate, roles FROM provenance.trust_anchor;
RESET ROLE;
SET ROLE regress_prov_keyadmin;
SELECT provenance.signer_add(public_key, 'Registered by a key manager', 'carrier', 'mine') FROM keys WHERE name = 'stranger';
SELECT provenance.signer_revoke('mine', 'superseded', '2025-01-01 00:00:00+00');
-- ... but a revocation cannot be undone, not even by a key manager
UPDATE provenance.signer SET revoked_at = NULL WHERE kid = 'mine';
DELETE FROM provenance.signer WHERE kid = 'mine';
RESET ROLE;
SELECT kid, party, revocation_reason FROM provenance.signer WHERE kid = 'mine';
REVOKE ALL ON rec, keys FROM regress_prov_reader, regress_prov_keyadmin;
REVOKE ALL ON FUNCTION provenance.signer_add(provenance.pubkey, text, text, text, text, text, timestamptz, timestamptz),
    provenance.signer_revoke(text, text, timestamptz) FROM regress_prov_keyadmin;
DROP ROLE regress_prov_reader;
DROP ROLE regress_prov_keyadmin;

-- pg_dump keeps the registry: both tables are extension configuration
SELECT c.relname FROM pg_extension e, unnest(e.extconfig) t(oid) JOIN pg_class c ON c.oid = t.oid
 WHERE e.extname = 'provenance' AND c.relname IN ('signer', 'trust_anchor') ORDER BY 1;
