-- demo/custody.sql: the parties along the route and the records they sign
--
-- Run with psql after demo/records.sql (demo/run.sh does).  Registers in
-- the trust store (provenance.signer_add) the carriers, customs posts and
-- ports along the Middle Corridor, CN -> KZ -> AZ -> GE -> TR, each under a
-- chosen key id (kid), some with a GLN, some keys with a validity window.
-- They sign hand-over and customs release records (JWS with an iat claim)
-- for a unit of Shenzhen Airflow earbuds on its way to Istanbul.  Then the
-- Caspian carrier reports its key stolen and it is revoked for
-- key_compromise, and the Alat customs key is superseded by a new one.
-- Private keys live only in a temporary table for the length of this
-- script; the stories are chosen so that every verdict of the trust store
-- that fits a supply chain appears once (demo/report.sql, part 6).
\set ON_ERROR_STOP on
SET client_min_messages = warning;

CREATE TEMP TABLE private_keys (kid text PRIMARY KEY, private_key text NOT NULL);

-- The parties and their keys.  Poti customs rotated its key on 1 March
-- (the 2024 key is valid until then); Kars customs has a key for the next
-- quarter that is not valid before 1 April.
WITH p(kid, party, role, country, gln, valid_from, valid_until, key_type) AS (VALUES
	('cn-silkroad-freight', 'Xinjiang Silk Road Freight Co.', 'carrier', 'CN', '6934567000057', NULL, NULL, 'Ed25519'),
	('cn-horgos-customs', 'Horgos customs post', 'customs', 'CN', NULL, NULL, NULL, 'P-256'),
	('kz-khorgos-customs', 'Khorgos customs post', 'customs', 'KZ', '4870005000017', NULL, NULL, 'P-256'),
	('kz-steppe-express', 'Steppe Express Logistics LLP', 'carrier', 'KZ', '4870001000271', NULL, NULL, 'Ed25519'),
	('kz-aktau-port', 'Aktau sea port', 'port', 'KZ', NULL, NULL, NULL, 'Ed25519'),
	('az-caspian-roro', 'Caspian Ro-Ro Shipping LLC', 'carrier', 'AZ', '4760002000113', NULL, NULL, 'Ed25519'),
	('az-alat-port', 'Alat sea port (Baku)', 'port', 'AZ', '4760002000281', NULL, NULL, 'Ed25519'),
	('az-alat-customs', 'Alat customs post', 'customs', 'AZ', '4760006000027', NULL, NULL, 'P-256'),
	('ge-poti-customs-2024', 'Poti customs checkpoint', 'customs', 'GE', '4860007000030', '2024-03-01', '2025-03-01', 'Ed25519'),
	('ge-poti-customs-2025', 'Poti customs checkpoint', 'customs', 'GE', '4860007000030', '2025-03-01', '2026-03-01', 'Ed25519'),
	('ge-transcaucasus-rail', 'Trans-Caucasus Rail Freight', 'carrier', 'GE', '4860003000126', NULL, NULL, 'Ed25519'),
	('tr-kars-customs', 'Kars customs directorate', 'customs', 'TR', '8689008000049', '2025-01-01', '2025-04-01', 'P-256'),
	('tr-kars-customs-q2', 'Kars customs directorate', 'customs', 'TR', '8689008000049', '2025-04-01', '2025-07-01', 'P-256'),
	('tr-anatolia-overland', 'Anatolia Overland Transport A.S.', 'carrier', 'TR', '8691002000048', NULL, NULL, 'Ed25519')),
k AS (
	SELECT p.*, g.private_key, g.public_key
	FROM p, LATERAL provenance.generate_keypair(p.key_type) AS g),
ins AS (
	INSERT INTO private_keys SELECT kid, private_key FROM k)
SELECT count(provenance.signer_add(public_key, party, role, kid, gln, country,
		valid_from::timestamptz, valid_until::timestamptz)) AS n_registered
FROM k \gset
\echo registered :n_registered signers along the route (provenance.signer)

-- A forwarder nobody registered also has a key
INSERT INTO private_keys
SELECT 'ir-caspian-forwarding', private_key FROM provenance.generate_keypair('Ed25519');

-- Custody records: who handed the unit to whom, and customs decisions
CREATE TABLE demo.custody_record (
	id			integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	unit		provenance.gs1 NOT NULL,
	story		text NOT NULL,		-- what the demo did to it
	record		provenance.signed_record NOT NULL
);
COMMENT ON TABLE demo.custody_record IS 'hand-over and customs release records (JWS) signed along the route';

-- The unit: Shenzhen Airflow earbuds, seen at Khorgos, Aktau, Alat, Baku
-- and Istanbul in the scan log.  Each event is signed by the party named
-- in kid at the time given (iat); no_iat leaves the issue time out, exp
-- adds an expiry.
WITH u AS (
	SELECT o.unit FROM demo.origin_record AS o
	WHERE o.story = 'genuine' AND provenance.record_claims(o.record) ->> 'made_in' = 'CN'
	  AND provenance.gs1_serial(o.unit) IS NOT NULL
	ORDER BY o.id LIMIT 1),
e(n, at, kid, type, place, from_party, to_party, exp, no_iat, story) AS (VALUES
	(1, '2025-03-02 18:30', 'cn-silkroad-freight', 'handover', 'CN-SHENZHEN', 'Shenzhen Airflow Electronics Co.', 'Xinjiang Silk Road Freight Co.', NULL, false, 'carrier takes the unit over at the factory'),
	(2, '2025-03-03 07:40', 'cn-horgos-customs', 'customs_release', 'CN-HORGOS', NULL, NULL, NULL, false, 'export cleared'),
	(3, '2025-03-03 08:10', 'kz-khorgos-customs', 'transit_permit', 'KZ-KHORGOS', NULL, NULL, '2025-03-06 08:10', false, 'transit permit for 72 hours (exp), long past'),
	(4, '2025-03-03 08:20', 'kz-khorgos-customs', 'customs_release', 'KZ-KHORGOS', NULL, NULL, NULL, false, 'released into transit'),
	(5, '2025-03-03 09:00', 'kz-steppe-express', 'handover', 'KZ-KHORGOS', 'Xinjiang Silk Road Freight Co.', 'Steppe Express Logistics LLP', NULL, false, 'second carrier signs for the unit'),
	(6, '2025-03-06 06:00', 'kz-aktau-port', 'handover', 'KZ-AKTAU', 'Steppe Express Logistics LLP', 'Aktau sea port', NULL, false, 'port receives the unit'),
	(7, '2025-03-06 20:00', 'az-caspian-roro', 'handover', 'KZ-AKTAU', 'Aktau sea port', 'Caspian Ro-Ro Shipping LLC', NULL, false, 'signed before the key was stolen; revoked for key_compromise'),
	(8, '2025-03-09 10:10', 'az-alat-port', 'handover', 'AZ-ALAT', 'Caspian Ro-Ro Shipping LLC', 'Alat sea port (Baku)', NULL, false, 'port receives the unit'),
	(9, '2025-03-09 14:30', 'az-alat-customs', 'customs_release', 'AZ-ALAT', NULL, NULL, NULL, false, 'key superseded on 12 March: earlier records stay valid'),
	(10, '2025-03-10 03:15', 'ir-caspian-forwarding', 'handover', 'AZ-ALAT', 'Alat sea port (Baku)', 'Caspian Forwarding', NULL, false, 'a forwarder nobody registered'),
	(11, '2025-03-11 08:55', 'ge-poti-customs-2024', 'customs_release', 'GE-POTI', NULL, NULL, NULL, false, 'signed with the key retired on 1 March'),
	(12, '2025-03-11 09:00', 'ge-poti-customs-2025', 'customs_release', 'GE-POTI', NULL, NULL, NULL, false, 'signed with the current key'),
	(13, '2025-03-11 16:25', 'ge-transcaucasus-rail', 'handover', 'GE-TBILISI', 'Poti customs checkpoint', 'Trans-Caucasus Rail Freight', NULL, true, 'the carrier''s system left out iat'),
	(14, '2025-03-14 08:45', 'tr-kars-customs-q2', 'customs_release', 'TR-KARS', NULL, NULL, NULL, false, 'signed with the key for April to June'),
	(15, '2025-03-14 08:50', 'tr-kars-customs', 'customs_release', 'TR-KARS', NULL, NULL, NULL, false, 'released for import'),
	(16, '2025-03-14 13:10', 'tr-anatolia-overland', 'handover', 'TR-ISTANBUL', 'Anatolia Overland Transport A.S.', 'Istanbul distribution centre', NULL, false, 'delivered'))
INSERT INTO demo.custody_record (unit, story, record)
SELECT u.unit, e.story,
	provenance.sign(jsonb_strip_nulls(jsonb_build_object(
		'type', e.type,
		'item', u.unit::text,
		'place', e.place,
		'from', e.from_party,
		'to', e.to_party,
		'decision', CASE WHEN e.type = 'customs_release' THEN 'released' END,
		'iat', CASE WHEN NOT e.no_iat
			THEN extract(epoch FROM (e.at || '+00')::timestamptz)::bigint END,
		'exp', extract(epoch FROM (e.exp || '+00')::timestamptz)::bigint)),
		k.private_key, e.kid)
FROM u, e JOIN private_keys AS k ON k.kid = e.kid
ORDER BY e.n;

-- A hand-over record whose receiving party was edited after signing
INSERT INTO demo.custody_record (unit, story, record)
SELECT unit, 'edited after signing (to -> another carrier)',
	(split_part(record::text, '.', 1) || '.' ||
	 rtrim(translate(encode(convert_to(
		jsonb_set(provenance.record_claims(record), '{to}', '"Black Sea Express"')::text,
		'UTF8'), 'base64'), E'+/\n', '-_'), '=') || '.' ||
	 split_part(record::text, '.', 3))::provenance.signed_record
FROM demo.custody_record
WHERE provenance.record_kid(record) = 'tr-anatolia-overland';

-- On 10 March Caspian Ro-Ro reports its signing key stolen: every record
-- of that key is now worthless, whenever it says it was signed.  On
-- 12 March Alat customs replaces its key in the ordinary way: records it
-- signed before then stay valid.
SELECT provenance.signer_revoke('az-caspian-roro', 'key_compromise', '2025-03-10 12:00+00') AS revoked \gset
SELECT provenance.signer_revoke('az-alat-customs', 'superseded', '2025-03-12 00:00+00') AS revoked \gset
\echo revoked az-caspian-roro (key_compromise) and az-alat-customs (superseded)

DROP TABLE private_keys;

-- Each custody record judged by the trust store
CREATE VIEW demo.custody_check AS
SELECT c.id, c.unit, c.story,
	provenance.record_claims(c.record) ->> 'type' AS type,
	provenance.record_claims(c.record) ->> 'place' AS place,
	to_timestamp((provenance.record_claims(c.record) ->> 'iat')::bigint) AS issued_at,
	v.ok, v.status, v.kid, v.party, v.role, v.detail
FROM demo.custody_record AS c,
	LATERAL provenance.verification(c.record) AS v;

SELECT count(*) AS custody_made FROM demo.custody_record \gset
\echo made :custody_made custody records (demo.custody_record)
