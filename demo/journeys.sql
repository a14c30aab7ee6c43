-- demo/journeys.sql: units shipped along the route as hash-linked custody events
--
-- Run with psql after demo/custody.sql (demo/run.sh does).  The parties of
-- demo/records.sql and demo/custody.sql sign custody events from their
-- event (EPCIS) systems, each under a key of its own (kid ending in
-- -epcis, registered here: the keys of the earlier scripts are gone, as
-- private keys should be), joined by Istanbul customs, four shops and a
-- log operator.  Each event is provenance.custody_event(...) signed with
-- provenance.sign(...) and names the record_hash of the unit's previous
-- event (prev); the events go into the append-only log demo.custody_event
-- in the order they happen.  Five units of Shenzhen Airflow earbuds leave
-- Shenzhen in April 2025:
--   E0001  CN -> KZ -> AZ -> GE -> TR, released by Kazakh and Turkish
--          customs, sold in Istanbul: intact
--   E0002  released at Khorgos, sold in Almaty: intact
--   E0003  swapped at Aktau: the port's onward events name another serial,
--          E7731, whose first event points back at E0003's arrival at
--          Aktau; E0003's journey stops there, E7731's has no origin
--   E0004  its code cloned: sold in Almaty, and the same code sold again in
--          Baku, both sales claiming the same previous event (a fork)
--   E0005  sold in Tbilisi, but Georgian customs never released it
-- Then the log operator signs a Merkle checkpoint (RFC 9162) of the log.
-- Stops are UN/LOCODEs: CNSNZ Shenzhen, CNURC Urumqi, KZHOR Khorgos, KZAAU
-- Aktau, AZBAK Baku (the port at Alat), GETBS Tbilisi, TRIST Istanbul,
-- KZALA Almaty.  demo/report.sql, part 10, shows each journey.
\set ON_ERROR_STOP on
SET client_min_messages = warning;

CREATE TEMP TABLE private_keys (kid text PRIMARY KEY, private_key text NOT NULL);

-- The event keys: the parties of the route, four shops, the log operator
WITH p(kid, party, role, country, gln, key_type) AS (VALUES
	('cn-shenzhen-airflow-epcis', 'Shenzhen Airflow Electronics Co.', 'manufacturer', 'CN', '6901234000016', 'Ed25519'),
	('cn-silkroad-freight-epcis', 'Xinjiang Silk Road Freight Co.', 'carrier', 'CN', '6934567000057', 'Ed25519'),
	('kz-steppe-express-epcis', 'Steppe Express Logistics LLP', 'carrier', 'KZ', '4870001000271', 'Ed25519'),
	('kz-khorgos-customs-epcis', 'Khorgos customs post', 'customs', 'KZ', '4870005000017', 'P-256'),
	('kz-aktau-port-epcis', 'Aktau sea port', 'port', 'KZ', NULL, 'Ed25519'),
	('az-alat-port-epcis', 'Alat sea port (Baku)', 'port', 'AZ', '4760002000281', 'Ed25519'),
	('az-alat-customs-epcis', 'Alat customs post', 'customs', 'AZ', '4760006000027', 'P-256'),
	('ge-transcaucasus-rail-epcis', 'Trans-Caucasus Rail Freight', 'carrier', 'GE', '4860003000126', 'Ed25519'),
	('tr-istanbul-customs-epcis', 'Istanbul customs directorate', 'customs', 'TR', NULL, 'P-256'),
	('kz-almaty-gadget-epcis', 'Almaty Gadget Store', 'retailer', 'KZ', NULL, 'Ed25519'),
	('az-baku-techmarket-epcis', 'Baku Tech Market', 'retailer', 'AZ', NULL, 'Ed25519'),
	('ge-tbilisi-audio-epcis', 'Tbilisi Audio Shop', 'retailer', 'GE', NULL, 'Ed25519'),
	('tr-bosphorus-elektronik-epcis', 'Bosphorus Elektronik', 'retailer', 'TR', NULL, 'Ed25519'),
	('route-log-operator', 'Middle Corridor custody log', 'other', NULL, NULL, 'Ed25519')),
k AS (
	SELECT p.*, g.private_key, g.public_key
	FROM p, LATERAL provenance.generate_keypair(p.key_type) AS g),
ins AS (
	INSERT INTO private_keys SELECT kid, private_key FROM k)
SELECT count(provenance.signer_add(public_key, party, role, kid, gln, country)) AS n_registered
FROM k \gset
\echo registered :n_registered event keys (provenance.signer)

-- The log: custody events in the order they were appended
CREATE TABLE demo.custody_event (
	seq			bigserial PRIMARY KEY,
	record		provenance.signed_record NOT NULL
);
COMMENT ON TABLE demo.custody_event IS 'custody events (signed, hash-linked by prev) in append order: the Merkle log';

-- What the demo did to each unit, for the report
CREATE TABLE demo.journey_story (
	n			integer NOT NULL,	-- order in the report
	unit		provenance.gs1 PRIMARY KEY,
	story		text NOT NULL
);
COMMENT ON TABLE demo.journey_story IS 'what demo/journeys.sql did to each unit';
INSERT INTO demo.journey_story VALUES
	(1, '(01)06901234567892(21)E0001', 'released by KZ and TR customs, sold in Istanbul'),
	(2, '(01)06901234567892(21)E0002', 'released at Khorgos, sold in Almaty'),
	(3, '(01)06901234567892(21)E0003', 'the genuine unit, swapped at Aktau: its journey ends there'),
	(4, '(01)06901234567892(21)E7731', 'the fake that left Aktau in its place'),
	(5, '(01)06901234567892(21)E0004', 'code cloned: sold in Almaty, again in Baku'),
	(6, '(01)06901234567892(21)E0005', 'sold in Tbilisi, never released by GE customs');

-- The events.  step names an event, after the step of the unit's previous
-- event (its record_hash becomes prev); to_kid (ship only) is the party
-- that signs the unit's next event.  Times are UTC, April 2025.
CREATE TEMP TABLE step (
	step		text PRIMARY KEY,
	serial		text NOT NULL,
	event		text NOT NULL,
	location	text NOT NULL,
	after		text REFERENCES step,
	at			timestamptz NOT NULL,
	kid			text NOT NULL,
	to_kid		text
);

-- The first leg, the same for every unit: commissioned at the factory,
-- trucked to Urumqi, handed to the Kazakh carrier, released at Khorgos
INSERT INTO step
SELECT s || '.' || n, s, event, location, CASE WHEN n > 1 THEN s || '.' || (n - 1) END,
	('2025-04-01 09:00+00'::timestamptz + (u - 1) * interval '10 minutes' + at), kid, to_kid
FROM (VALUES ('E0001', 1), ('E0002', 2), ('E0003', 3), ('E0004', 4), ('E0005', 5)) AS units(s, u),
	(VALUES
		(1, 'commission', 'CNSNZ', interval '0 hours', 'cn-shenzhen-airflow-epcis', NULL),
		(2, 'ship', 'CNSNZ', '6 hours', 'cn-shenzhen-airflow-epcis', 'cn-silkroad-freight-epcis'),
		(3, 'ship', 'CNURC', '3 days', 'cn-silkroad-freight-epcis', 'kz-steppe-express-epcis'),
		(4, 'receive', 'KZHOR', '3 days 22 hours', 'kz-steppe-express-epcis', NULL),
		(5, 'customs_release', 'KZHOR', '4 days', 'kz-khorgos-customs-epcis', NULL)) AS leg(n, event, location, at, kid, to_kid);

-- Then each unit's own way
INSERT INTO step (step, serial, event, location, after, at, kid, to_kid) VALUES
	-- E0001: Aktau, across the Caspian to Baku, by rail through Tbilisi,
	-- released by Turkish customs in Istanbul and sold there
	('E0001.6', 'E0001', 'ship', 'KZHOR', 'E0001.5', '2025-04-05 11:00+00', 'kz-steppe-express-epcis', 'kz-aktau-port-epcis'),
	('E0001.7', 'E0001', 'ship', 'KZAAU', 'E0001.6', '2025-04-08 06:00+00', 'kz-aktau-port-epcis', 'az-alat-port-epcis'),
	('E0001.8', 'E0001', 'ship', 'AZBAK', 'E0001.7', '2025-04-10 10:00+00', 'az-alat-port-epcis', 'ge-transcaucasus-rail-epcis'),
	('E0001.9', 'E0001', 'ship', 'GETBS', 'E0001.8', '2025-04-11 12:00+00', 'ge-transcaucasus-rail-epcis', 'tr-bosphorus-elektronik-epcis'),
	('E0001.10', 'E0001', 'receive', 'TRIST', 'E0001.9', '2025-04-14 09:00+00', 'tr-bosphorus-elektronik-epcis', NULL),
	('E0001.11', 'E0001', 'customs_release', 'TRIST', 'E0001.10', '2025-04-14 11:00+00', 'tr-istanbul-customs-epcis', NULL),
	('E0001.12', 'E0001', 'sell', 'TRIST', 'E0001.11', '2025-04-15 16:00+00', 'tr-bosphorus-elektronik-epcis', NULL),
	-- E0002: to a shop in Almaty
	('E0002.6', 'E0002', 'ship', 'KZHOR', 'E0002.5', '2025-04-05 11:10+00', 'kz-steppe-express-epcis', 'kz-almaty-gadget-epcis'),
	('E0002.7', 'E0002', 'receive', 'KZALA', 'E0002.6', '2025-04-06 15:00+00', 'kz-almaty-gadget-epcis', NULL),
	('E0002.8', 'E0002', 'sell', 'KZALA', 'E0002.7', '2025-04-09 12:30+00', 'kz-almaty-gadget-epcis', NULL),
	-- E0003: reaches Aktau; a fake with serial E7731 leaves in its place,
	-- its first event pointing back at E0003's arrival (after E0003.7)
	('E0003.6', 'E0003', 'ship', 'KZHOR', 'E0003.5', '2025-04-05 11:20+00', 'kz-steppe-express-epcis', 'kz-aktau-port-epcis'),
	('E0003.7', 'E0003', 'receive', 'KZAAU', 'E0003.6', '2025-04-07 22:00+00', 'kz-aktau-port-epcis', NULL),
	('E7731.1', 'E7731', 'ship', 'KZAAU', 'E0003.7', '2025-04-08 06:10+00', 'kz-aktau-port-epcis', 'az-alat-port-epcis'),
	('E7731.2', 'E7731', 'receive', 'AZBAK', 'E7731.1', '2025-04-09 18:00+00', 'az-alat-port-epcis', NULL),
	('E7731.3', 'E7731', 'customs_release', 'AZBAK', 'E7731.2', '2025-04-10 09:00+00', 'az-alat-customs-epcis', NULL),
	('E7731.4', 'E7731', 'ship', 'AZBAK', 'E7731.3', '2025-04-10 11:00+00', 'az-alat-port-epcis', 'az-baku-techmarket-epcis'),
	('E7731.5', 'E7731', 'sell', 'AZBAK', 'E7731.4', '2025-04-12 15:00+00', 'az-baku-techmarket-epcis', NULL),
	-- E0004: sold in Almaty; a copy of its code is sold in Baku, the shop's
	-- till taking the code's latest event (the Almaty receipt) as prev
	('E0004.6', 'E0004', 'ship', 'KZHOR', 'E0004.5', '2025-04-05 11:30+00', 'kz-steppe-express-epcis', 'kz-almaty-gadget-epcis'),
	('E0004.7', 'E0004', 'receive', 'KZALA', 'E0004.6', '2025-04-06 15:10+00', 'kz-almaty-gadget-epcis', NULL),
	('E0004.8', 'E0004', 'sell', 'KZALA', 'E0004.7', '2025-04-11 10:00+00', 'kz-almaty-gadget-epcis', NULL),
	('E0004.9', 'E0004', 'sell', 'AZBAK', 'E0004.7', '2025-04-13 17:45+00', 'az-baku-techmarket-epcis', NULL),
	-- E0005: the same way as E0001 as far as Tbilisi, sold there without a
	-- Georgian customs release
	('E0005.6', 'E0005', 'ship', 'KZHOR', 'E0005.5', '2025-04-05 11:40+00', 'kz-steppe-express-epcis', 'kz-aktau-port-epcis'),
	('E0005.7', 'E0005', 'ship', 'KZAAU', 'E0005.6', '2025-04-08 06:20+00', 'kz-aktau-port-epcis', 'az-alat-port-epcis'),
	('E0005.8', 'E0005', 'ship', 'AZBAK', 'E0005.7', '2025-04-10 10:10+00', 'az-alat-port-epcis', 'ge-transcaucasus-rail-epcis'),
	('E0005.9', 'E0005', 'ship', 'GETBS', 'E0005.8', '2025-04-11 12:10+00', 'ge-transcaucasus-rail-epcis', 'ge-tbilisi-audio-epcis'),
	('E0005.10', 'E0005', 'sell', 'GETBS', 'E0005.9', '2025-04-12 13:00+00', 'ge-tbilisi-audio-epcis', NULL);

-- Sign and append them in the order they happened, each naming the
-- record_hash of the event before it
CREATE TEMP TABLE step_seq (step text PRIMARY KEY, seq bigint NOT NULL);
DO $$
DECLARE
	s record;
	n bigint;
BEGIN
	FOR s IN SELECT * FROM step ORDER BY at, step LOOP
		INSERT INTO demo.custody_event (record)
		SELECT provenance.sign(
				provenance.custody_event(s.event, ('(01)06901234567892(21)' || s.serial)::provenance.gs1, s.location,
					prev => (SELECT provenance.record_hash(e.record)
							 FROM step_seq AS q JOIN demo.custody_event AS e USING (seq)
							 WHERE q.step = s.after),
					event_time => s.at, to_kid => s.to_kid),
				k.private_key, s.kid)
		FROM private_keys AS k WHERE k.kid = s.kid
		RETURNING seq INTO STRICT n;
		INSERT INTO step_seq VALUES (s.step, n);
	END LOOP;
END
$$;

-- The log operator's checkpoint: the tree size and the Merkle root of the
-- log (each leaf a record's text, in seq order), signed
CREATE TABLE demo.custody_checkpoint (
	id			integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	record		provenance.signed_record NOT NULL
);
COMMENT ON TABLE demo.custody_checkpoint IS 'signed Merkle checkpoints (RFC 9162) of demo.custody_event';
INSERT INTO demo.custody_checkpoint (record)
SELECT provenance.sign(provenance.merkle_checkpoint(count(*),
		provenance.merkle_root(convert_to(e.record::text, 'UTF8') ORDER BY e.seq),
		'2025-04-16 00:00+00', 'middle-corridor-custody'),
	min(k.private_key), 'route-log-operator')
FROM demo.custody_event AS e, private_keys AS k
WHERE k.kid = 'route-log-operator';

DROP TABLE private_keys;

SELECT count(*) AS n_events, count(DISTINCT provenance.custody_item(record)) AS n_units
FROM demo.custody_event \gset
\echo made :n_events custody events of :n_units units (demo.custody_event) and a signed checkpoint
