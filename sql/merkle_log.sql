-- an append-only event log with daily signed checkpoints (issue 6 §3):
-- the recipe of the README, and what an auditor can prove with it
\pset null '(null)'
SET client_min_messages = warning;
\set SHOW_CONTEXT never

-- the log: custody records in append order; a leaf is a record's text
CREATE TABLE event_log (seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, record provenance.signed_record NOT NULL);
CREATE FUNCTION pg_temp.leaf(r provenance.signed_record) RETURNS bytea LANGUAGE sql IMMUTABLE
  AS $$ SELECT convert_to(r::text, 'UTF8') $$;

-- the log operator's key, registered in the trust store
CREATE TEMP TABLE op AS SELECT * FROM provenance.generate_keypair('Ed25519');
SELECT provenance.signer_add(public_key, 'Route log operator', 'other', 'route-log-2025') FROM op;
CREATE TEMP TABLE unit AS SELECT * FROM provenance.generate_keypair('Ed25519');

-- day 1: six events, then a checkpoint over them
INSERT INTO event_log (record)
SELECT provenance.sign(jsonb_build_object('event', 'transit', 'n', g, 'iat', 1740000000 + g), private_key, 'some-carrier')
  FROM unit, generate_series(1, 6) g;
CREATE TEMP TABLE checkpoint (day int, r provenance.signed_record);
INSERT INTO checkpoint
SELECT 1, provenance.sign(provenance.merkle_checkpoint(count(*), provenance.merkle_root(pg_temp.leaf(record) ORDER BY seq),
                                                  '2025-02-20 00:00:00+00', 'route-log'), op.private_key, 'route-log-2025')
  FROM event_log, op GROUP BY op.private_key;

-- day 2: four more events, a second checkpoint
INSERT INTO event_log (record)
SELECT provenance.sign(jsonb_build_object('event', 'transit', 'n', g, 'iat', 1740100000 + g), private_key, 'some-carrier')
  FROM unit, generate_series(7, 10) g;
INSERT INTO checkpoint
SELECT 2, provenance.sign(provenance.merkle_checkpoint(count(*), provenance.merkle_root(pg_temp.leaf(record) ORDER BY seq),
                                                  '2025-02-21 00:00:00+00', 'route-log'), op.private_key, 'route-log-2025')
  FROM event_log, op GROUP BY op.private_key;
SELECT day, (provenance.verification(r)).status, provenance.merkle_checkpoint_size(r) AS tree_size,
       octet_length(provenance.merkle_checkpoint_root(r)) AS root_bytes
  FROM checkpoint ORDER BY day;

-- the auditor: each checkpoint is signed by the operator, the day-1 tree is
-- a prefix of the day-2 tree, and today's table still has the day-2 root
CREATE TEMP VIEW audit AS
SELECT provenance.verify(c1.r) AND provenance.verify(c2.r) AS signed,
       provenance.merkle_verify_consistency(provenance.merkle_checkpoint_size(c1.r), provenance.merkle_checkpoint_size(c2.r),
           provenance.merkle_checkpoint_root(c1.r), provenance.merkle_checkpoint_root(c2.r),
           (SELECT provenance.merkle_consistency_proof(array_agg(pg_temp.leaf(record) ORDER BY seq), provenance.merkle_checkpoint_size(c1.r))
              FROM event_log WHERE seq <= provenance.merkle_checkpoint_size(c2.r))) AS append_only,
       (SELECT provenance.merkle_root(pg_temp.leaf(record) ORDER BY seq) FROM event_log
         WHERE seq <= provenance.merkle_checkpoint_size(c2.r)) = provenance.merkle_checkpoint_root(c2.r) AS rows_unchanged
  FROM checkpoint c1, checkpoint c2 WHERE c1.day = 1 AND c2.day = 2;
SELECT * FROM audit;

-- one event, proved to be in the day-2 log with a short proof
SELECT provenance.merkle_verify_inclusion(pg_temp.leaf(e.record), e.seq - 1, provenance.merkle_checkpoint_size(c.r),
         (SELECT provenance.merkle_inclusion_proof(array_agg(pg_temp.leaf(record) ORDER BY seq), e.seq - 1) FROM event_log),
         provenance.merkle_checkpoint_root(c.r)) AS event_4_included
  FROM event_log e, checkpoint c WHERE e.seq = 4 AND c.day = 2;

-- a changed row is caught
BEGIN;
UPDATE event_log SET record = (SELECT provenance.sign('{"event": "transit", "n": 3, "iat": 1740000003, "note": "rewritten"}', private_key, 'some-carrier') FROM unit)
 WHERE seq = 3;
SELECT * FROM audit;
ROLLBACK;

-- a removed row is caught (later rows move up one place)
BEGIN;
CREATE TEMP TABLE shifted AS SELECT row_number() OVER (ORDER BY seq) AS seq, record FROM event_log WHERE seq <> 5;
SELECT (SELECT provenance.merkle_root(pg_temp.leaf(record) ORDER BY seq) FROM shifted) = provenance.merkle_checkpoint_root(c.r) AS root_still_matches,
       provenance.merkle_verify_consistency(provenance.merkle_checkpoint_size(c1.r), 9, provenance.merkle_checkpoint_root(c1.r),
           (SELECT provenance.merkle_root(pg_temp.leaf(record) ORDER BY seq) FROM shifted),
           (SELECT provenance.merkle_consistency_proof(array_agg(pg_temp.leaf(record) ORDER BY seq), 6) FROM shifted)) AS day1_prefix_of_what_remains
  FROM checkpoint c, checkpoint c1 WHERE c.day = 2 AND c1.day = 1;
ROLLBACK;

-- a checkpoint signed by anyone else proves nothing
SELECT (provenance.verification(provenance.sign(provenance.merkle_checkpoint(10, sha256('forged'), '2025-02-21', 'route-log'),
        private_key, 'route-log-2025'))).status AS forged_checkpoint FROM unit;
SELECT provenance.merkle_checkpoint_root(r) AS root, provenance.merkle_checkpoint_size(r) AS size
  FROM (SELECT provenance.sign('{"note": "not a checkpoint", "tree_size": 5}', private_key) AS r FROM unit) s;
\set VERBOSITY default
SELECT provenance.merkle_checkpoint(-1, sha256('x'));
SELECT provenance.merkle_checkpoint(1, '\x00');
\set VERBOSITY terse
DROP TABLE event_log CASCADE;
