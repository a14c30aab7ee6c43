-- demo/records.sql: signed origin records for the demo's units
--
-- Run with psql after demo/load.sql (demo/run.sh does).  Three manufacturers
-- get fresh key pairs, registered as signers in provenance.signer under
-- chosen key ids (kid); each signs an origin record for the units it made.
-- The private keys live only in a temporary table for the length of this
-- script: the database keeps public keys.  Then four forgeries are made the
-- way counterfeiters make them.  demo/custody.sql adds the parties along
-- the route.
\set ON_ERROR_STOP on
SET client_min_messages = warning;

-- Manufacturers and their public keys, as a customs database would hold them
CREATE TABLE demo.manufacturer (
	kid			text PRIMARY KEY,
	name		text NOT NULL,
	country		char(2) NOT NULL,
	gln			text NOT NULL,		-- its Global Location Number
	gtin_prefix	text NOT NULL,		-- GS1 prefix of its GTINs
	public_key	provenance.pubkey NOT NULL
);
COMMENT ON TABLE demo.manufacturer IS 'manufacturers, the GS1 prefix of their GTINs and their public keys (also registered in provenance.signer)';

CREATE TEMP TABLE private_keys (kid text PRIMARY KEY, private_key text NOT NULL);

WITH m(kid, name, country, gln, gtin_prefix, key_type) AS (VALUES
	('cn-shenzhen-airflow', 'Shenzhen Airflow Electronics Co.', 'CN', '6901234000016', '690', 'Ed25519'),
	('kz-almaty-appliance', 'Almaty Appliance Works', 'KZ', '4870001000103', '487', 'P-256'),
	('tr-anadolu-elektronik', 'Anadolu Elektronik A.S.', 'TR', '8681234000138', '868', 'Ed25519')),
k AS (
	SELECT m.*, g.private_key, g.public_key
	FROM m, LATERAL provenance.generate_keypair(m.key_type) AS g),
ins AS (
	INSERT INTO private_keys SELECT kid, private_key FROM k)
INSERT INTO demo.manufacturer
SELECT kid, name, country, gln, gtin_prefix, public_key
FROM k;

-- ... and in the trust store, where provenance.verify(record) finds them
SELECT count(provenance.signer_add(public_key, name, 'manufacturer', kid,
		party_gln => gln, country => country)) AS n_registered
FROM demo.manufacturer \gset

-- Origin records: one per genuine unit, signed by the unit's manufacturer
CREATE TABLE demo.origin_record (
	id			integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	unit		provenance.gs1,
	story		text NOT NULL,		-- what the demo did to it
	record		provenance.signed_record NOT NULL
);
COMMENT ON TABLE demo.origin_record IS 'origin records (JWS) presented for units: genuine and forged';

INSERT INTO demo.origin_record (unit, story, record)
SELECT u.unit, 'genuine',
	provenance.sign(jsonb_build_object(
		'item', u.unit::text,
		'gtin', provenance.gtin_format(u.gtin, 14),
		'manufacturer', m.name,
		'made_in', m.country,
		'iat', 1740009600 + 600 * row_number() OVER (ORDER BY u.unit)),	-- 2025-02-20
		p.private_key, m.kid)
FROM (SELECT DISTINCT unit, gtin FROM demo.unit_scans WHERE gtin IS NOT NULL) AS u
JOIN demo.manufacturer AS m ON provenance.gtin_gs1_prefix(u.gtin) = m.gtin_prefix
JOIN private_keys AS p ON p.kid = m.kid
ORDER BY u.unit;

-- Forgery 1: a genuine record whose claim was edited (made_in CN -> GB),
-- signature kept
INSERT INTO demo.origin_record (unit, story, record)
SELECT unit, 'claim edited after signing (made_in -> GB)',
	(split_part(record::text, '.', 1) || '.' ||
	 rtrim(translate(encode(convert_to(
		jsonb_set(provenance.record_claims(record), '{made_in}', '"GB"')::text,
		'UTF8'), 'base64'), E'+/\n', '-_'), '=') || '.' ||
	 split_part(record::text, '.', 3))::provenance.signed_record
FROM demo.origin_record WHERE story = 'genuine' ORDER BY id LIMIT 1;

-- Forgery 2: a counterfeiter's own key, claiming a genuine manufacturer's kid
INSERT INTO demo.origin_record (unit, story, record)
SELECT o.unit, 're-signed by an unknown key under a genuine kid',
	provenance.sign(provenance.record_claims(o.record), g.private_key,
					provenance.record_kid(o.record))
FROM (SELECT * FROM demo.origin_record WHERE story = 'genuine' ORDER BY id OFFSET 1 LIMIT 1) AS o,
	provenance.generate_keypair(CASE provenance.record_alg(o.record)
		WHEN 'ES256' THEN 'P-256' ELSE 'Ed25519' END) AS g;	-- the same alg

-- Forgery 3: one manufacturer's key used for another manufacturer's goods
INSERT INTO demo.origin_record (unit, story, record)
SELECT o.unit, 'signed with another manufacturer''s key',
	provenance.sign(provenance.record_claims(o.record), p.private_key,
					provenance.record_kid(o.record))
FROM (SELECT * FROM demo.origin_record WHERE story = 'genuine' ORDER BY id DESC LIMIT 1) AS o
JOIN private_keys AS p ON p.kid <> provenance.record_kid(o.record)
ORDER BY p.kid DESC LIMIT 1;	-- Anadolu's Ed25519 key on a Shenzhen record

-- Forgery 4: a fake unit (serial never made) with a record signed by a
-- stranger who names no key at all
INSERT INTO demo.origin_record (unit, story, record)
SELECT '(01)06901234567892(21)FAKE0000001', 'fake unit, signed by a stranger',
	provenance.sign(jsonb_build_object('item', '(01)06901234567892(21)FAKE0000001',
		'manufacturer', 'Shenzhen Airflow Electronics Co.', 'made_in', 'CN',
		'iat', 1740096000), g.private_key)
FROM provenance.generate_keypair('P-256') AS g;

DROP TABLE private_keys;

-- Each record judged by the trust store: the kid names a registered
-- signer, whose key must verify the signature and be valid at the record's
-- issue time (iat)
CREATE VIEW demo.origin_check AS
SELECT o.id, o.unit, o.story,
	provenance.record_alg(o.record) AS alg,
	provenance.record_claims(o.record) ->> 'manufacturer' AS claimed_by,
	provenance.record_claims(o.record) ->> 'made_in' AS made_in,
	v.kid, v.party AS key_holder, v.ok AS verified, v.status, v.detail
FROM demo.origin_record AS o,
	LATERAL provenance.verification(o.record) AS v;

SELECT count(*) AS records_made FROM demo.origin_record \gset
\echo made :records_made origin records (demo.origin_record)
