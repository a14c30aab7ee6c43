-- custody_verify (issue 6 §2): one unit's journey in one aggregate
\pset null '(null)'
SET client_min_messages = warning;
\set SHOW_CONTEXT never

-- parties along the route; keys are generated per run and never printed
CREATE TEMP TABLE cvkeys (kid text PRIMARY KEY, party text, role text, private_key text, public_key provenance.pubkey);
INSERT INTO cvkeys SELECT v.kid, v.party, v.role, g.private_key, g.public_key
  FROM (VALUES ('cv-maker', 'Shenzhen Hair Care', 'manufacturer'),
               ('cv-kz-carrier', 'Steppe Express', 'carrier'),
               ('cv-port', 'Aktau Sea Port', 'port'),
               ('cv-kz-customs', 'KZ Customs Khorgos', 'customs'),
               ('cv-az-customs', 'AZ Customs Alat', 'customs'),
               ('cv-kz-shop', 'Almaty Electronics', 'retailer'),
               ('cv-az-shop', 'Baku Electronics', 'retailer'),
               ('cv-rogue', 'nobody registered', 'carrier')) v(kid, party, role),
       LATERAL provenance.generate_keypair('Ed25519' || left(v.kid, 0)) g;   -- one key per row
SELECT count(provenance.signer_add(public_key, party, role, kid)) AS registered FROM cvkeys WHERE kid <> 'cv-rogue';

-- events: journey j, step n; h(j, n) is the record_hash of a step
CREATE TEMP TABLE ev (j text, n int, r provenance.signed_record, PRIMARY KEY (j, n));
CREATE FUNCTION pg_temp.h(jj text, nn int) RETURNS text LANGUAGE sql
  AS $$ SELECT provenance.record_hash(r) FROM ev WHERE j = jj AND n = nn $$;
CREATE FUNCTION pg_temp.add(jj text, nn int, signer text, claims jsonb) RETURNS void LANGUAGE sql
  AS $$ INSERT INTO ev SELECT jj, nn, provenance.sign(claims, private_key, signer) FROM cvkeys WHERE kid = signer $$;
-- the standard journey of unit u under name jj, Urumqi -> Khorgos -> Almaty
CREATE FUNCTION pg_temp.journey(jj text, u text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_temp.add(jj, 1, 'cv-maker', provenance.custody_event('commission', u::provenance.gs1, 'CNURC', event_time => '2025-03-01 08:00+00'));
  PERFORM pg_temp.add(jj, 2, 'cv-maker', provenance.custody_event('ship', u::provenance.gs1, 'CNURC', pg_temp.h(jj, 1), '2025-03-02 08:00+00', 'cv-kz-carrier'));
  PERFORM pg_temp.add(jj, 3, 'cv-kz-carrier', provenance.custody_event('receive', u::provenance.gs1, 'KZHOR', pg_temp.h(jj, 2), '2025-03-04 08:00+00'));
  PERFORM pg_temp.add(jj, 4, 'cv-kz-customs', provenance.custody_event('customs_release', u::provenance.gs1, 'KZHOR', pg_temp.h(jj, 3), '2025-03-04 12:00+00'));
  PERFORM pg_temp.add(jj, 5, 'cv-kz-carrier', provenance.custody_event('ship', u::provenance.gs1, 'KZHOR', pg_temp.h(jj, 4), '2025-03-05 08:00+00', 'cv-kz-shop'));
  PERFORM pg_temp.add(jj, 6, 'cv-kz-shop', provenance.custody_event('receive', u::provenance.gs1, 'KZALA', pg_temp.h(jj, 5), '2025-03-07 08:00+00'));
  PERFORM pg_temp.add(jj, 7, 'cv-kz-shop', provenance.custody_event('sell', u::provenance.gs1, 'KZALA', pg_temp.h(jj, 6), '2025-03-09 15:00+00'));
END $$;

-- intact
SELECT pg_temp.journey('intact', '(01)04870001234560(21)CV01');
-- bad_signature: the sale's signature altered
SELECT pg_temp.journey('bad_signature', '(01)04870001234560(21)CV02');
UPDATE ev SET r = (regexp_replace(r::text, '.(.)$', CASE WHEN right(r::text, 2) LIKE 'A%' THEN 'B\1' ELSE 'A\1' END))::provenance.signed_record
 WHERE j = 'bad_signature' AND n = 7;
-- untrusted_signer: the receipt at Khorgos signed by a key nobody registered
SELECT pg_temp.journey('untrusted_signer', '(01)04870001234560(21)CV03');
UPDATE ev SET r = provenance.sign(provenance.record_claims(r), (SELECT private_key FROM cvkeys WHERE kid = 'cv-rogue'), 'cv-rogue')
 WHERE j = 'untrusted_signer' AND n = 7;
-- no_origin: commissioned by a carrier
SELECT pg_temp.add('carrier_origin', 1, 'cv-kz-carrier', provenance.custody_event('commission', '(01)04870001234560(21)CV04', 'KZHOR', event_time => '2025-03-01 08:00+00'));
-- fork: the same unit sold in Almaty and in Baku after the same receipt
SELECT pg_temp.journey('fork', '(01)04870001234560(21)CV05');
SELECT pg_temp.add('fork', 8, 'cv-az-shop', provenance.custody_event('sell', '(01)04870001234560(21)CV05', 'AZBAK', pg_temp.h('fork', 6), '2025-03-10 11:00+00'));
-- fork: commissioned twice
SELECT pg_temp.journey('double_commission', '(01)04870001234560(21)CV06');
SELECT pg_temp.add('double_commission', 8, 'cv-maker', provenance.custody_event('commission', '(01)04870001234560(21)CV06', 'CNURC', event_time => '2025-03-01 09:00+00'));
-- time_reversal: received before it was shipped
SELECT pg_temp.add('time_reversal', 1, 'cv-maker', provenance.custody_event('commission', '(01)04870001234560(21)CV07', 'CNURC', event_time => '2025-03-01 08:00+00'));
SELECT pg_temp.add('time_reversal', 2, 'cv-maker', provenance.custody_event('ship', '(01)04870001234560(21)CV07', 'CNURC', pg_temp.h('time_reversal', 1), '2025-03-02 08:00+00', 'cv-kz-carrier'));
SELECT pg_temp.add('time_reversal', 3, 'cv-kz-carrier', provenance.custody_event('receive', '(01)04870001234560(21)CV07', 'KZHOR', pg_temp.h('time_reversal', 2), '2025-03-01 20:00+00'));
-- wrong_handover: shipped to the carrier, received by the port
SELECT pg_temp.add('wrong_handover', 1, 'cv-maker', provenance.custody_event('commission', '(01)04870001234560(21)CV08', 'CNURC', event_time => '2025-03-01 08:00+00'));
SELECT pg_temp.add('wrong_handover', 2, 'cv-maker', provenance.custody_event('ship', '(01)04870001234560(21)CV08', 'CNURC', pg_temp.h('wrong_handover', 1), '2025-03-02 08:00+00', 'cv-kz-carrier'));
SELECT pg_temp.add('wrong_handover', 3, 'cv-port', provenance.custody_event('receive', '(01)04870001234560(21)CV08', 'KZAAU', pg_temp.h('wrong_handover', 2), '2025-03-04 08:00+00'));
-- intact: customs hold and release the unit between the ship and the receipt
SELECT pg_temp.add('customs_between', 1, 'cv-maker', provenance.custody_event('commission', '(01)04870001234560(21)CV15', 'CNURC', event_time => '2025-03-01 08:00+00'));
SELECT pg_temp.add('customs_between', 2, 'cv-maker', provenance.custody_event('ship', '(01)04870001234560(21)CV15', 'CNURC', pg_temp.h('customs_between', 1), '2025-03-02 08:00+00', 'cv-kz-carrier'));
SELECT pg_temp.add('customs_between', 3, 'cv-kz-customs', provenance.custody_event('customs_hold', '(01)04870001234560(21)CV15', 'KZHOR', pg_temp.h('customs_between', 2), '2025-03-03 08:00+00'));
SELECT pg_temp.add('customs_between', 4, 'cv-kz-customs', provenance.custody_event('customs_release', '(01)04870001234560(21)CV15', 'KZHOR', pg_temp.h('customs_between', 3), '2025-03-03 18:00+00'));
SELECT pg_temp.add('customs_between', 5, 'cv-kz-carrier', provenance.custody_event('receive', '(01)04870001234560(21)CV15', 'KZHOR', pg_temp.h('customs_between', 4), '2025-03-04 08:00+00'));
-- unauthorized_event: a carrier "releases" the unit from customs
SELECT pg_temp.add('unauthorized_event', 1, 'cv-maker', provenance.custody_event('commission', '(01)04870001234560(21)CV09', 'CNURC', event_time => '2025-03-01 08:00+00'));
SELECT pg_temp.add('unauthorized_event', 2, 'cv-kz-carrier', provenance.custody_event('customs_release', '(01)04870001234560(21)CV09', 'KZHOR', pg_temp.h('unauthorized_event', 1), '2025-03-02 08:00+00'));
-- missing_customs_release: shipped on from Khorgos without a release, sold in Almaty
SELECT pg_temp.journey('missing_customs_release', '(01)04870001234560(21)CV10');
DELETE FROM ev WHERE j = 'missing_customs_release' AND n >= 4;
SELECT pg_temp.add('missing_customs_release', 5, 'cv-kz-carrier', provenance.custody_event('ship', '(01)04870001234560(21)CV10', 'KZHOR', pg_temp.h('missing_customs_release', 3), '2025-03-05 08:00+00', 'cv-kz-shop'));
SELECT pg_temp.add('missing_customs_release', 6, 'cv-kz-shop', provenance.custody_event('receive', '(01)04870001234560(21)CV10', 'KZALA', pg_temp.h('missing_customs_release', 5), '2025-03-07 08:00+00'));
SELECT pg_temp.add('missing_customs_release', 7, 'cv-kz-shop', provenance.custody_event('sell', '(01)04870001234560(21)CV10', 'KZALA', pg_temp.h('missing_customs_release', 6), '2025-03-09 15:00+00'));
-- broken_link: the customs release is missing from the log (deleted below)
SELECT pg_temp.journey('broken_link', '(01)04870001234560(21)CV11');
-- after_destroy: a destroyed unit sold
SELECT pg_temp.journey('after_destroy', '(01)04870001234560(21)CV12');
DELETE FROM ev WHERE j = 'after_destroy' AND n = 7;
SELECT pg_temp.add('after_destroy', 7, 'cv-kz-shop', provenance.custody_event('destroy', '(01)04870001234560(21)CV12', 'KZALA', pg_temp.h('after_destroy', 6), '2025-03-08 15:00+00'));
SELECT pg_temp.add('after_destroy', 8, 'cv-kz-shop', provenance.custody_event('sell', '(01)04870001234560(21)CV12', 'KZALA', pg_temp.h('after_destroy', 7), '2025-03-09 15:00+00'));
-- item_mismatch: from Khorgos on, the events concern another unit (a swap)
SELECT pg_temp.journey('item_mismatch', '(01)04870001234560(21)CV13');
DELETE FROM ev WHERE j = 'item_mismatch' AND n >= 5;
SELECT pg_temp.add('item_mismatch', 5, 'cv-kz-carrier', provenance.custody_event('ship', '(01)04870001234560(21)FAKE', 'KZHOR', pg_temp.h('item_mismatch', 4), '2025-03-05 08:00+00', 'cv-kz-shop'));
-- invalid_event: a record that is no custody event among the events
SELECT pg_temp.journey('invalid_event', '(01)04870001234560(21)CV14');
SELECT pg_temp.add('invalid_event', 8, 'cv-kz-shop', '{"note": "price check", "iat": 1741600000}');

-- one verdict per journey (grouped by name: the events as given)
SELECT j, (v).ok, (v).status, (v).events, (v).broken_at,
       (SELECT e.n FROM ev e WHERE e.j = s.j AND provenance.record_hash(e.r) = (v).broken_event) AS broken_step,
       array_to_string((v).journey, ' > ') AS journey
  FROM (SELECT j, provenance.custody_verify(r) AS v FROM ev WHERE NOT (j = 'broken_link' AND n = 4) GROUP BY j) s
 ORDER BY (v).ok DESC, j;
SELECT j, (provenance.custody_verify(r)).detail FROM ev WHERE NOT (j = 'broken_link' AND n = 4) GROUP BY j ORDER BY j;

-- the order of the input does not matter; NULL records are skipped
SELECT (SELECT provenance.custody_verify(r ORDER BY n) FROM ev WHERE j = 'fork')
     = (SELECT provenance.custody_verify(r ORDER BY n DESC) FROM ev WHERE j = 'fork') AS same_verdict_either_order,
       (SELECT (provenance.custody_verify(x)).status FROM (SELECT r AS x FROM ev WHERE j = 'intact' UNION ALL SELECT NULL) s) AS with_a_null,
       (SELECT provenance.custody_verify(r) FROM ev WHERE false) IS NULL AS no_rows_is_null;

-- grouped by unit: the swapped unit's events have no origin of their own
SELECT provenance.custody_item(r) AS item, (provenance.custody_verify(r)).status
  FROM ev WHERE j = 'item_mismatch' GROUP BY 1 ORDER BY 1;
SELECT (provenance.custody_verify(r)).detail FROM ev WHERE provenance.custody_item(r) = '(01)04870001234560(21)FAKE';

-- a journey through a container: packed at Aktau with another unit, shipped
-- to Baku, released by Azerbaijan's customs, unpacked and sold there
SELECT pg_temp.journey('box_a', '(01)04870001234560(21)BOXA');
SELECT pg_temp.journey('box_b', '(01)04870001234560(21)BOXB');
DELETE FROM ev WHERE j IN ('box_a', 'box_b') AND n >= 6;
SELECT pg_temp.add(j, 6, 'cv-port', provenance.custody_event('receive', u::provenance.gs1, 'KZAAU', pg_temp.h(j, 5), '2025-03-06 08:00+00'))
  FROM (VALUES ('box_a', '(01)04870001234560(21)BOXA'), ('box_b', '(01)04870001234560(21)BOXB')) v(j, u);
UPDATE ev SET r = provenance.sign(provenance.record_claims(r) || '{"to": "cv-port"}', (SELECT private_key FROM cvkeys WHERE kid = 'cv-kz-carrier'), 'cv-kz-carrier')
 WHERE j IN ('box_a', 'box_b') AND n = 5;
UPDATE ev SET r = provenance.sign(provenance.record_claims(r) || jsonb_build_object('prev', pg_temp.h(j, 5)), (SELECT private_key FROM cvkeys WHERE kid = 'cv-port'), 'cv-port')
 WHERE j IN ('box_a', 'box_b') AND n = 6;
SELECT pg_temp.add('box', 1, 'cv-port', provenance.custody_event('aggregate', '(00)048700010000000028', 'KZAAU', NULL, '2025-03-06 10:00+00',
       items => ARRAY['(01)04870001234560(21)BOXA', '(01)04870001234560(21)BOXB']::provenance.gs1[],
       prevs => ARRAY[pg_temp.h('box_a', 6), pg_temp.h('box_b', 6)]));
SELECT pg_temp.add('box', 2, 'cv-port', provenance.custody_event('ship', '(00)048700010000000028', 'KZAAU', pg_temp.h('box', 1), '2025-03-06 18:00+00', 'cv-az-shop'));
SELECT pg_temp.add('box', 3, 'cv-az-shop', provenance.custody_event('receive', '(00)048700010000000028', 'AZBAK', pg_temp.h('box', 2), '2025-03-07 18:00+00'));
SELECT pg_temp.add('box', 4, 'cv-az-customs', provenance.custody_event('customs_release', '(00)048700010000000028', 'AZBAK', pg_temp.h('box', 3), '2025-03-08 09:00+00'));
SELECT pg_temp.add('box', 5, 'cv-az-shop', provenance.custody_event('disaggregate', '(00)048700010000000028', 'AZBAK', pg_temp.h('box', 4), '2025-03-08 12:00+00',
       items => ARRAY['(01)04870001234560(21)BOXA', '(01)04870001234560(21)BOXB']::provenance.gs1[]));
SELECT pg_temp.add('box_a', 7, 'cv-az-shop', provenance.custody_event('sell', '(01)04870001234560(21)BOXA', 'AZBAK', pg_temp.h('box', 5), '2025-03-09 12:00+00'));
SELECT pg_temp.add('box_b', 7, 'cv-az-shop', provenance.custody_event('sell', '(01)04870001234560(21)BOXB', 'AZBAK', pg_temp.h('box', 5), '2025-03-09 13:00+00'));
-- each unit with the container's events
SELECT u.j, (v).status, array_to_string((v).journey, ' > ') AS journey
  FROM (VALUES ('box_a'), ('box_b')) u(j),
       LATERAL (SELECT provenance.custody_verify(r) AS v FROM ev WHERE ev.j IN (u.j, 'box')) s
 ORDER BY 1;
-- both units and the container together: the container's history is the units' past
SELECT (provenance.custody_verify(r)).status FROM ev WHERE j IN ('box_a', 'box');
-- the container alone has no commission
SELECT (provenance.custody_verify(r)).status FROM ev WHERE j = 'box';

-- links, forks
SELECT j, n, l.item, l.prev = pg_temp.h(j, n - 1) AS prev_is_step_before
  FROM ev, provenance.custody_links(r) l WHERE j = 'intact' ORDER BY n;
SELECT l.item, l.prev = pg_temp.h('box_a', 6) AS a, l.prev = pg_temp.h('box_b', 6) AS b
  FROM ev, provenance.custody_links(r) l WHERE j = 'box' AND n = 1 ORDER BY 1;
SELECT count(*) AS links_of_no_event FROM ev, provenance.custody_links(r) WHERE j = 'invalid_event' AND n = 8;
SELECT provenance.custody_item(r), provenance.custody_prev(r) = pg_temp.h('intact', 1) AS prev FROM ev WHERE j = 'intact' AND n = 2;
CREATE TEMP TABLE log AS SELECT r AS record FROM ev;
INSERT INTO log SELECT r FROM ev WHERE j = 'intact';   -- the same record twice is no fork
SELECT f.item, f.prev = pg_temp.h('fork', 6) AS after_receipt_6,
       array_length(f.records, 1) AS records,
       (SELECT array_agg(provenance.record_claims(x) ->> 'location') FROM unnest(f.records) x) AS sold_at
  FROM provenance.custody_forks('log') f;
\set VERBOSITY default
SELECT * FROM provenance.custody_forks('log', 'nosuch');
CREATE TEMP TABLE notrecords (record text);
SELECT * FROM provenance.custody_forks('notrecords');
\set VERBOSITY terse

-- parallel aggregation: partial states serialized by workers and combined
-- (a temporary table is never scanned in parallel: a plain one)
CREATE TABLE cv_parallel AS SELECT record FROM log, generate_series(1, 30);
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET enable_hashagg = off;
EXPLAIN (COSTS OFF) SELECT provenance.custody_verify(record) FROM cv_parallel;
SELECT (provenance.custody_verify(record)).status AS all_in_one_group FROM cv_parallel;
EXPLAIN (COSTS OFF) SELECT provenance.custody_item(record), provenance.custody_verify(record) FROM cv_parallel GROUP BY 1;
SELECT provenance.custody_item(record) AS item, (provenance.custody_verify(record)).status
  FROM cv_parallel WHERE provenance.custody_item(record) LIKE '%CV__' GROUP BY 1 ORDER BY 1;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
RESET enable_hashagg;
DROP TABLE cv_parallel;
