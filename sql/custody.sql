-- custody events (issue 6 §1): the claims of a signed hand-over record
\pset null '(null)'
SET client_min_messages = warning;
\set SHOW_CONTEXT never

-- building the claims of each kind of event
SELECT provenance.custody_event('commission', '(01)04870001234560(21)UNIT0001(91)AB12', '4870001000004',
       event_time => '2025-02-20 08:00:00+00', country => 'CN') AS commission;
SELECT provenance.custody_event('ship', '(01)04870001234560(21)UNIT0001', 'CNHRS',
       prev => 'yxqN5i0A2fQ5tA7UqR5WqY3vJtLwqk0d1eXb6s9g4Hc', event_time => '2025-02-21 10:00:00+00',
       to_kid => 'kz-steppe-express');
-- an aggregation that makes the container: no prev, a prevs entry per unit
SELECT provenance.custody_event('aggregate', '(00)048700010000000011', 'KZAAU',
       event_time => '2025-02-22 10:00:00+00',
       items => ARRAY['(01)04870001234560(21)UNIT0001', '(01)04870001234560(21)UNIT0002']::provenance.gs1[],
       prevs => ARRAY['yxqN5i0A2fQ5tA7UqR5WqY3vJtLwqk0d1eXb6s9g4Hc', 'AAAN5i0A2fQ5tA7UqR5WqY3vJtLwqk0d1eXb6s9g4Hc']);
SELECT provenance.custody_event('customs_release', '(01)04870001234560(21)UNIT0001', 'AZBAK', 'yxqN5i0A2fQ5tA7UqR5WqY3vJtLwqk0d1eXb6s9g4Hc',
       '2025-02-25 10:00:00+00', country => 'AZ') -> 'country' AS country;

-- every rule, one broken at a time
SELECT what, provenance.custody_claims_error(c::jsonb) AS error FROM (VALUES
  ('not an object', '[]'),
  ('no event', '{"item": "(01)04870001234560(21)A", "iat": 1, "location": "KZAAU"}'),
  ('unknown event', '{"event": "teleport", "item": "(01)04870001234560(21)A", "iat": 1, "location": "KZAAU"}'),
  ('no item', '{"event": "commission", "iat": 1, "location": "KZAAU"}'),
  ('item not GS1 (check digit)', '{"event": "commission", "item": "(01)04870001234561(21)A", "iat": 1, "location": "KZAAU"}'),
  ('item with attributes', '{"event": "commission", "item": "(01)04870001234560(21)A(17)261231", "iat": 1, "location": "KZAAU"}'),
  ('no iat', '{"event": "commission", "item": "(01)04870001234560(21)A", "location": "KZAAU"}'),
  ('iat not a number', '{"event": "commission", "item": "(01)04870001234560(21)A", "iat": "today", "location": "KZAAU"}'),
  ('commission with prev', '{"event": "commission", "item": "(01)04870001234560(21)A", "iat": 1, "location": "KZAAU", "prev": "yxqN5i0A2fQ5tA7UqR5WqY3vJtLwqk0d1eXb6s9g4Hc"}'),
  ('receive without prev', '{"event": "receive", "item": "(01)04870001234560(21)A", "iat": 1, "location": "KZAAU"}'),
  ('prev not a record_hash', '{"event": "receive", "item": "(01)04870001234560(21)A", "iat": 1, "location": "KZAAU", "prev": "short"}'),
  ('no location', '{"event": "receive", "item": "(01)04870001234560(21)A", "iat": 1, "prev": "yxqN5i0A2fQ5tA7UqR5WqY3vJtLwqk0d1eXb6s9g4Hc"}'),
  ('GLN check digit', '{"event": "receive", "item": "(01)04870001234560(21)A", "iat": 1, "location": "4870001000005", "prev": "yxqN5i0A2fQ5tA7UqR5WqY3vJtLwqk0d1eXb6s9g4Hc"}'),
  ('UN/LOCODE country', '{"event": "receive", "item": "(01)04870001234560(21)A", "iat": 1, "location": "XXAKX", "prev": "yxqN5i0A2fQ5tA7UqR5WqY3vJtLwqk0d1eXb6s9g4Hc"}'),
  ('location neither', '{"event": "receive", "item": "(01)04870001234560(21)A", "iat": 1, "location": "Aktau port", "prev": "yxqN5i0A2fQ5tA7UqR5WqY3vJtLwqk0d1eXb6s9g4Hc"}'),
  ('country differs from the UN/LOCODE', '{"event": "receive", "item": "(01)04870001234560(21)A", "iat": 1, "location": "KZAAU", "country": "AZ", "prev": "yxqN5i0A2fQ5tA7UqR5WqY3vJtLwqk0d1eXb6s9g4Hc"}'),
  ('country lower case', '{"event": "receive", "item": "(01)04870001234560(21)A", "iat": 1, "location": "KZAAU", "country": "kz", "prev": "yxqN5i0A2fQ5tA7UqR5WqY3vJtLwqk0d1eXb6s9g4Hc"}'),
  ('ship without to', '{"event": "ship", "item": "(01)04870001234560(21)A", "iat": 1, "location": "KZAAU", "prev": "yxqN5i0A2fQ5tA7UqR5WqY3vJtLwqk0d1eXb6s9g4Hc"}'),
  ('to on a receive', '{"event": "receive", "item": "(01)04870001234560(21)A", "iat": 1, "location": "KZAAU", "to": "x", "prev": "yxqN5i0A2fQ5tA7UqR5WqY3vJtLwqk0d1eXb6s9g4Hc"}'),
  ('aggregate without items', '{"event": "aggregate", "item": "(00)048700010000000011", "iat": 1, "location": "KZAAU", "prev": "yxqN5i0A2fQ5tA7UqR5WqY3vJtLwqk0d1eXb6s9g4Hc"}'),
  ('aggregate repeats an item', '{"event": "aggregate", "item": "(00)048700010000000011", "iat": 1, "location": "KZAAU", "items": ["(01)04870001234560(21)A", "(01)04870001234560(21)A"], "prev": "yxqN5i0A2fQ5tA7UqR5WqY3vJtLwqk0d1eXb6s9g4Hc"}'),
  ('aggregate item not GS1', '{"event": "aggregate", "item": "(00)048700010000000011", "iat": 1, "location": "KZAAU", "items": ["nonsense"], "prev": "yxqN5i0A2fQ5tA7UqR5WqY3vJtLwqk0d1eXb6s9g4Hc"}'),
  ('aggregate item with attributes', '{"event": "aggregate", "item": "(00)048700010000000011", "iat": 1, "location": "KZAAU", "items": ["(01)04870001234560(21)A(10)LOT"], "prevs": ["yxqN5i0A2fQ5tA7UqR5WqY3vJtLwqk0d1eXb6s9g4Hc"]}'),
  ('aggregate holds itself', '{"event": "aggregate", "item": "(00)048700010000000011", "iat": 1, "location": "KZAAU", "items": ["(00)048700010000000011"], "prevs": ["yxqN5i0A2fQ5tA7UqR5WqY3vJtLwqk0d1eXb6s9g4Hc"]}'),
  ('aggregate without prevs', '{"event": "aggregate", "item": "(00)048700010000000011", "iat": 1, "location": "KZAAU", "items": ["(01)04870001234560(21)A"]}'),
  ('aggregate prevs too short', '{"event": "aggregate", "item": "(00)048700010000000011", "iat": 1, "location": "KZAAU", "items": ["(01)04870001234560(21)A", "(01)04870001234560(21)B"], "prevs": ["yxqN5i0A2fQ5tA7UqR5WqY3vJtLwqk0d1eXb6s9g4Hc"]}'),
  ('aggregate prevs entry not a hash', '{"event": "aggregate", "item": "(00)048700010000000011", "iat": 1, "location": "KZAAU", "items": ["(01)04870001234560(21)A"], "prevs": ["yxqN5i0A2fQ5tA7UqR5WqY3vJtLwqk0d1eXb6s9g4Hd"]}'),
  ('prevs on a disaggregate', '{"event": "disaggregate", "item": "(00)048700010000000011", "iat": 1, "location": "KZAAU", "items": ["(01)04870001234560(21)A"], "prevs": ["yxqN5i0A2fQ5tA7UqR5WqY3vJtLwqk0d1eXb6s9g4Hc"], "prev": "yxqN5i0A2fQ5tA7UqR5WqY3vJtLwqk0d1eXb6s9g4Hc"}'),
  ('disaggregate without prev', '{"event": "disaggregate", "item": "(00)048700010000000011", "iat": 1, "location": "KZAAU", "items": ["(01)04870001234560(21)A"]}'),
  ('iat out of range', '{"event": "commission", "item": "(01)04870001234560(21)A", "iat": 1e300, "location": "KZAAU"}'),
  ('item without a key', '{"event": "commission", "item": "(10)LOT1", "iat": 1, "location": "KZAAU"}'),
  ('items on a sell', '{"event": "sell", "item": "(01)04870001234560(21)A", "iat": 1, "location": "KZALA", "items": ["(01)04870001234560(21)B"], "prev": "yxqN5i0A2fQ5tA7UqR5WqY3vJtLwqk0d1eXb6s9g4Hc"}'),
  ('extra claims are fine', '{"event": "sell", "item": "(01)04870001234560(21)A", "iat": 1, "location": "KZALA", "prev": "yxqN5i0A2fQ5tA7UqR5WqY3vJtLwqk0d1eXb6s9g4Hc", "price": 100}')
) v(what, c);

-- the builder refuses what the rules refuse
\set VERBOSITY default
SELECT provenance.custody_event('ship', '(01)04870001234560(21)UNIT0001', 'CNHRS', prev => 'yxqN5i0A2fQ5tA7UqR5WqY3vJtLwqk0d1eXb6s9g4Hc');
SELECT provenance.custody_event('receive', '(01)04870001234560(21)UNIT0001', 'KZAAU');
SELECT provenance.custody_event('receive', NULL, 'KZAAU');
\set VERBOSITY terse

-- a signed chain: commission -> ship -> receive, each linked by record_hash
CREATE TEMP TABLE k AS SELECT * FROM provenance.generate_keypair('Ed25519');
CREATE TEMP TABLE chain (n int, r provenance.signed_record);
INSERT INTO chain SELECT 1, provenance.sign(provenance.custody_event('commission', '(01)04870001234560(21)UNIT0001',
       '4870001000004', event_time => '2025-02-20 08:00:00+00'), private_key, 'maker') FROM k;
INSERT INTO chain SELECT 2, provenance.sign(provenance.custody_event('ship', '(01)04870001234560(21)UNIT0001', 'CNHRS',
       provenance.record_hash(c.r), '2025-02-21 08:00:00+00', 'kz-carrier'), k.private_key, 'maker') FROM k, chain c WHERE c.n = 1;
INSERT INTO chain SELECT 3, provenance.sign(provenance.custody_event('receive', '(01)04870001234560(21)UNIT0001', 'KZHOR',
       provenance.record_hash(c.r), '2025-02-22 08:00:00+00'), k.private_key, 'kz-carrier') FROM k, chain c WHERE c.n = 2;
SELECT n, provenance.custody_event_error(r) AS error, provenance.record_claims(r) ->> 'event' AS event,
       (provenance.record_claims(r) ->> 'prev') = lag(provenance.record_hash(r)) OVER (ORDER BY n) AS links_to_previous
  FROM chain ORDER BY n;
SELECT provenance.custody_event_error(provenance.sign('{"note": "not an event"}', private_key)) FROM k;

-- EPCIS 2.0: the chain as an EPCIS document
INSERT INTO chain SELECT 4, provenance.sign(provenance.custody_event('aggregate', '(00)048700010000000011', 'KZHOR',
       NULL, '2025-02-22 09:00:00+00', items => ARRAY['(01)04870001234560(21)UNIT0001']::provenance.gs1[], country => 'KZ',
       prevs => ARRAY[provenance.record_hash(c.r)]), private_key, 'kz-carrier') FROM k, chain c WHERE c.n = 3;
CREATE TEMP TABLE doc AS SELECT provenance.custody_epcis(array_agg(r ORDER BY n)) AS d FROM chain;
-- the document's shape (EPCIS 2.0 JSON schema: EPCISDocument)
SELECT d -> '@context' -> 0 AS context, d ->> 'type' AS type, d ->> 'schemaVersion' AS version,
       (d ->> 'creationDate') ~ '^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$' AS creation_date_iso,
       jsonb_array_length(d -> 'epcisBody' -> 'eventList') AS events
  FROM doc;
-- every event has what the schema requires of its type
SELECT i, e ->> 'type' AS type, e ->> 'action' AS action, e ->> 'bizStep' AS biz_step,
       e ->> 'eventTime' AS event_time, e ->> 'eventTimeZoneOffset' AS tz,
       coalesce(e -> 'epcList', e -> 'childEPCs') AS epcs, e ->> 'parentID' AS parent,
       e -> 'readPoint' ->> 'id' AS read_point, e -> 'bizLocation' ->> 'id' AS biz_location,
       (e ->> 'eventID') ~ '^ni:///sha-256;[A-Za-z0-9_-]{43}\?ver=CBV2\.0$' AS event_id_ok,
       (e ->> 'provenance:record') = c.r::text AS carries_the_record,
       e ->> 'provenance:to' AS handed_to,
       e -> 'provenance:prevs' = to_jsonb(ARRAY[(SELECT provenance.record_hash(r) FROM chain WHERE n = 3)]) AS packed_after_receive
  FROM doc, jsonb_array_elements(d -> 'epcisBody' -> 'eventList') WITH ORDINALITY AS t(e, i)
  JOIN chain c ON c.n = t.i
 ORDER BY i;
SELECT bool_and(x ~ '^https://id\.gs1\.org/(01/\d{14}/21/[!-~]+|00/\d{18})$') AS epcs_are_digital_links
  FROM doc, jsonb_array_elements(d -> 'epcisBody' -> 'eventList') e,
       jsonb_array_elements_text(coalesce(e -> 'epcList', e -> 'childEPCs') || coalesce(jsonb_build_array(e -> 'parentID'), '[]')) x
 WHERE x IS NOT NULL;
\set VERBOSITY default
SELECT provenance.custody_epcis(ARRAY[provenance.sign('{"note": "not an event"}', private_key)]) FROM k;
\set VERBOSITY terse
SELECT jsonb_array_length(provenance.custody_epcis('{}') -> 'epcisBody' -> 'eventList') AS empty_document_events;
