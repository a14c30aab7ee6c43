-- certificate: X.509 certificates (one PEM block in and out, DER through
-- bytea and binary I/O, accessors)
--
-- The certificates come from a test PKI that test/pki/make_pki.sh builds
-- afresh for every run with the openssl command: names, serials and dates
-- are fixed, keys (so signatures and fingerprints) are new each time, so
-- those are compared with what openssl says about the same files.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS provenance;
RESET client_min_messages;
SET search_path = provenance, public;
SET timezone = 'UTC';

\! sh test/pki/make_pki.sh results/pki >/dev/null 2>&1
\set leaf_pem `cat results/pki/leaf.pem`
\set leaf_key `cat results/pki/leaf.key`
\set chain_pem `cat results/pki/chain.pem`
-- one row per certificate: its PEM, its x5c entry (openssl base64 -A of
-- the DER), openssl's SHA-256 fingerprint and its public key (openssl pkey
-- -pubout of its private key)
\set rows `cd results/pki && sep=; for n in root inter leaf expired nodigsig ed25519 rsa1024 notca notca_leaf rogue_root rogue_leaf; do printf "%s('%s', '%s', '%s', '%s', '%s')" "$sep" "$n" "$(cat $n.pem)" "$(cat $n.b64)" "$(openssl x509 -in $n.pem -noout -fingerprint -sha256 | sed 's/.*=//; s/://g' | tr A-F a-f)" "$(cat $n.pub.pem)"; sep=,; done`
CREATE TEMP TABLE pki (name text PRIMARY KEY, pem text, b64 text, fp text, pub text);
INSERT INTO pki VALUES :rows;
SELECT count(*) AS certificates FROM pki;
CREATE TEMP TABLE c AS SELECT name, pem::certificate AS cert FROM pki;

-- text output is the input PEM (openssl writes 64-character lines too)
SELECT name, c.cert::text = p.pem || E'\n' AS pem_round_trip
  FROM c JOIN pki p USING (name) ORDER BY name;
-- surrounding whitespace and CRLF line ends are accepted
SELECT (E'\n  ' || replace(:'leaf_pem', E'\n', E'\r\n') || E'\r\n\n')::certificate = :'leaf_pem'::certificate AS crlf_ok;

-- accessors
SELECT name, certificate_subject(cert) AS subject, certificate_issuer(cert) AS issuer,
       certificate_serial(cert) AS serial
  FROM c ORDER BY certificate_serial(cert);
SELECT name, certificate_not_before(cert) AS not_before, certificate_not_after(cert) AS not_after,
       certificate_is_ca(cert) AS is_ca, certificate_key_usage(cert) AS key_usage
  FROM c ORDER BY certificate_serial(cert);
SELECT name, certificate_not_after(cert) > now() AS valid_now FROM c WHERE name IN ('leaf', 'expired') ORDER BY name;
SELECT pg_typeof(certificate_not_before(cert)), pg_typeof(certificate_key_usage(cert))
  FROM c WHERE name = 'leaf';

-- fingerprint, x5c entry, DER: as openssl computes them
SELECT bool_and(certificate_fingerprint(c.cert) = p.fp) AS fingerprints,
       bool_and(certificate_fingerprint(c.cert) ~ '^[0-9a-f]{64}$') AS lowercase_hex,
       bool_and(certificate_x5c(c.cert) = p.b64) AS x5c,
       bool_and(certificate_der(c.cert) = decode(p.b64, 'base64')) AS der,
       bool_and(c.cert::bytea = decode(p.b64, 'base64')) AS cast_to_bytea,
       bool_and(decode(p.b64, 'base64')::certificate = c.cert) AS cast_from_bytea,
       bool_and(certificate_from_der(decode(p.b64, 'base64')) = c.cert) AS from_der
  FROM c JOIN pki p USING (name);

-- the public key is the key the certificate was made for
SELECT name, pubkey_type(certificate_public_key(c.cert)) AS key_type,
       certificate_public_key(c.cert) = p.pub::pubkey AS same_key
  FROM c JOIN pki p USING (name) WHERE name <> 'rsa1024' ORDER BY name;

-- refusals: SQLSTATE, message and detail; never the input
CREATE FUNCTION pg_temp.try(input text) RETURNS text LANGUAGE plpgsql AS $f$
DECLARE
	st text; msg text; det text; hint text;
BEGIN
	PERFORM input::provenance.certificate;
	RETURN 'accepted';
EXCEPTION WHEN others THEN
	GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT,
		det = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT;
	RETURN st || ' ' || msg || ': ' || det || coalesce(' / ' || nullif(hint, ''), '');
END
$f$;
CREATE FUNCTION pg_temp.try_der(input bytea) RETURNS text LANGUAGE plpgsql AS $f$
DECLARE
	st text; msg text; det text;
BEGIN
	PERFORM input::provenance.certificate;
	RETURN 'accepted';
EXCEPTION WHEN others THEN
	GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL;
	RETURN st || ' ' || msg || ': ' || det;
END
$f$;
CREATE FUNCTION pg_temp.echoes(input text, msg text) RETURNS boolean LANGUAGE sql AS $f$
	SELECT EXISTS (SELECT 1 FROM regexp_split_to_table(input, '\n') AS l
	                WHERE length(l) >= 16 AND strpos(msg, l) > 0)
$f$;
CREATE TEMP TABLE bad (what text, input text);
INSERT INTO bad VALUES
('empty', ''),
('blank', E' \n\t'),
('garbage', 'hello world'),
('private key', :'leaf_key'),
('private key after the certificate', :'leaf_pem' || E'\n' || :'leaf_key'),
('two certificates', :'chain_pem'),
('trailing text', :'leaf_pem' || E'\nextra'),
('leading text', E'subject=CN=x\n' || :'leaf_pem'),
('no END line', replace(:'leaf_pem', '-----END CERTIFICATE-----', '')),
('END label differs', replace(:'leaf_pem', 'END CERTIFICATE', 'END X509 CERTIFICATE')),
('public key', (SELECT pub FROM pki WHERE name = 'leaf')),
('trusted certificate', replace(:'leaf_pem', 'CERTIFICATE-----', 'TRUSTED CERTIFICATE-----')),
('other label', replace(:'leaf_pem', 'CERTIFICATE-----', 'PKCS7-----')),
('headers', replace(:'leaf_pem', E'CERTIFICATE-----\n', E'CERTIFICATE-----\nProc-Type: 4,ENCRYPTED\n\n')),
('bad base64', replace(:'leaf_pem', E'\nMII', E'\nM!I')),
('public key body', replace((SELECT pub FROM pki WHERE name = 'leaf'), 'PUBLIC KEY', 'CERTIFICATE')),
('truncated body', regexp_replace(:'leaf_pem', E'\n[^\n]*\n-----END', E'\n-----END')),
('too long', repeat('A', 50000));
SELECT what, pg_temp.try(input) AS refusal, pg_temp.echoes(input, pg_temp.try(input)) AS echoed
  FROM bad;

-- DER through bytea: validated, no trailing bytes
SELECT pg_temp.try_der('\x') AS empty;
SELECT pg_temp.try_der('\x3000') AS empty_sequence;
SELECT pg_temp.try_der('\x0102030405') AS garbage;
SELECT pg_temp.try_der(decode(b64, 'base64') || '\x00'::bytea) AS trailing_byte FROM pki WHERE name = 'leaf';
SELECT pg_temp.try_der(substr(decode(b64, 'base64'), 1, 200)) AS truncated FROM pki WHERE name = 'leaf';
SELECT pg_temp.try_der(pubkey_der(pub::pubkey)) AS public_key FROM pki WHERE name = 'leaf';

-- certificate_public_key refuses keys pubkey does not accept (22023)
SELECT certificate_public_key(cert) FROM c WHERE name = 'rsa1024';

-- equality, ordering, hashing: on the DER
SELECT a.name, b.name, a.cert = b.cert AS eq, a.cert <> b.cert AS ne
  FROM c a JOIN c b ON a.name < b.name
 WHERE a.name IN ('leaf', 'rogue_leaf') AND b.name IN ('leaf', 'rogue_leaf', 'root')
 ORDER BY 1, 2;
SELECT count(DISTINCT cert) AS distinct_certificates FROM c;
SELECT count(*) AS ordered_consistently FROM c a, c b
 WHERE (a.cert < b.cert) = (certificate_der(a.cert) < certificate_der(b.cert))
   AND (a.cert <= b.cert) = (certificate_der(a.cert) <= certificate_der(b.cert))
   AND sign(certificate_cmp(a.cert, b.cert)) = sign(byteacmp(a.cert::bytea, b.cert::bytea))
   AND (a.cert >= b.cert) = (b.cert <= a.cert) AND (a.cert > b.cert) = (b.cert < a.cert);
-- equal values hash equally (a copy parsed again from its PEM), the
-- extended hash depends on its seed, and the eleven certificates differ
SELECT bool_and(certificate_hash(cert) = certificate_hash(cert::text::certificate)) AS hash,
       bool_and(certificate_hash_extended(cert, 7) = certificate_hash_extended(cert::text::certificate, 7)) AS extended,
       bool_and(certificate_hash_extended(cert, 7) <> certificate_hash_extended(cert, 8)) AS seeded,
       count(DISTINCT certificate_hash(cert)) AS distinct_hashes
  FROM c;
CREATE TEMP TABLE keyed (cert certificate);
INSERT INTO keyed SELECT cert FROM c;
CREATE INDEX keyed_btree ON keyed (cert);
CREATE INDEX keyed_hash ON keyed USING hash (cert);
SET enable_seqscan = off;
SELECT certificate_subject(cert) FROM keyed WHERE cert = :'leaf_pem'::certificate;
RESET enable_seqscan;
SET enable_mergejoin = off;
SET enable_nestloop = off;
SELECT count(*) AS hash_joined FROM c JOIN keyed USING (cert);
RESET enable_mergejoin;
RESET enable_nestloop;
-- a UNIQUE constraint (its message would print the PEM, so only the SQLSTATE)
CREATE TEMP TABLE uniq (cert certificate UNIQUE);
INSERT INTO uniq VALUES (:'leaf_pem');
DO $$
BEGIN
	INSERT INTO uniq SELECT cert FROM c WHERE name = 'leaf';
	RAISE NOTICE 'duplicate accepted';
EXCEPTION WHEN unique_violation THEN
	RAISE NOTICE 'duplicate refused: %', SQLSTATE;
END
$$;

-- binary I/O (send/recv) through COPY BINARY
\copy (SELECT name, cert FROM c) TO 'results/pki/certs.copy' WITH (FORMAT binary)
CREATE TEMP TABLE c2 (name text, cert certificate);
\copy c2 FROM 'results/pki/certs.copy' WITH (FORMAT binary)
SELECT count(*) AS binary_round_trip FROM c JOIN c2 USING (name) WHERE c.cert = c2.cert;
-- recv validates: bytea sent in binary is raw bytes, received as DER
CREATE TEMP TABLE raw (name text, der bytea);
INSERT INTO raw VALUES ('garbage', '\x3000');
\copy raw TO 'results/pki/raw.copy' WITH (FORMAT binary)
\copy c2 FROM 'results/pki/raw.copy' WITH (FORMAT binary)

-- text casts
SELECT (:'leaf_pem'::text)::certificate = :'leaf_pem'::certificate AS from_text,
       length((:'leaf_pem'::certificate)::text) = length(:'leaf_pem') + 1 AS to_text;
SELECT certificate_subject(NULL) IS NULL AS strict;
