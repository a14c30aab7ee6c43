-- test/bench/custody_gen.sql
--	Generator of the custody benchmark's data (test/bench/custody.sh; not
--	part of the suite).  Run with psql in a database with the extension:
--	  psql -v items=100000 -v signers_out=FILE -v events_out=FILE -f custody_gen.sql
--	Writes, on the client's side (COPY TO STDOUT \g FILE), in COPY text format:
--	  signers_out	kid, party, role, country, public key of every signer
--	  events_out	one signed custody event (provenance.signed_record) per
--					line, :items x 6 of them, in the order a log appends
--					them: by event time (iat), then item, then step
--	and leaves nothing behind (its tables are temporary; the private keys
--	never leave the session).  Every event is built by
--	provenance.custody_event() and signed by provenance.sign() with an
--	Ed25519 key from provenance.generate_keypair(), under its signer's kid.
--
--	39 signers: 10 manufacturers in CN (role manufacturer), 5 carriers in
--	each of KZ, AZ, GE and TR (carrier), a customs post in each of KZ, AZ,
--	GE and TR (customs), 5 retailers in TR (retailer).  Manufacturer m
--	makes GTIN 0 69345670 mm 01 c (a valid check digit); unit i is
--	"(01)<GTIN-14>(21)S<i, 8 digits>".  Each unit travels one leg s = i % 4
--	of the Middle Corridor CN -> KZ -> AZ -> GE -> TR in six events, each
--	linked to the one before by prev = record_hash:
--	  1 commission       CNURC   the manufacturer          t0
--	  2 ship             CNHRS   the manufacturer, to c1   t0 + 1 day
--	  3 receive          L1[s]   c1                        t0 + 4 days
--	  4 customs_release  L1[s]   customs of country C[s]   t0 + 4 days 3 h
--	  5 ship             L2[s]   c1, to c2                 t0 + 5 days
--	  6 receive          L3[s]   c2                        t0 + 8 days
--	with C = KZ AZ GE TR, L1 = KZHOR AZBAK GEPTI TRKSY, L2 = KZAAU AZBAK
--	GETBS TRKSY, L3 = AZBAK GETBS TRKSY TRIST; c1 a carrier of C[s], c2 a
--	carrier of the next country (a TR retailer on the last leg); t0 =
--	2025-01-06 00:00 UTC + 20 s x i.  Every chain is intact for
--	custody_verify and every event verifies once the signers are
--	registered.  About two minutes per 100,000 units on one idle core.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
SET synchronous_commit = off;

-- the signers and their keys (private keys stay in this session)
CREATE TEMP TABLE party (kid text PRIMARY KEY, party text NOT NULL, role text NOT NULL, country text NOT NULL,
	private_key text NOT NULL, public_key provenance.pubkey NOT NULL);
WITH p(kid, party, role, country) AS (
	SELECT format('cn-maker-%s', lpad(m::text, 2, '0')), format('Bench manufacturer %s', m), 'manufacturer', 'CN'
	FROM generate_series(1, 10) m
	UNION ALL
	SELECT format('%s-carrier-%s', lower(c), k), format('Bench carrier %s %s', c, k), 'carrier', c
	FROM unnest(ARRAY['KZ', 'AZ', 'GE', 'TR']) c, generate_series(1, 5) k
	UNION ALL
	SELECT format('%s-customs', lower(c)), format('Bench customs post %s', c), 'customs', c
	FROM unnest(ARRAY['KZ', 'AZ', 'GE', 'TR']) c
	UNION ALL
	SELECT format('tr-retail-%s', k), format('Bench retailer TR %s', k), 'retailer', 'TR'
	FROM generate_series(1, 5) k)
INSERT INTO party
SELECT p.kid, p.party, p.role, p.country, g.private_key, g.public_key
FROM p, LATERAL provenance.generate_keypair(CASE WHEN p.kid IS NOT NULL THEN 'Ed25519' END) g;	-- lateral: a key per row

-- the units: item, leg, signers, start time
CREATE TEMP TABLE unit AS
WITH g AS (
	SELECT m, '69345670' || lpad(m::text, 2, '0') || '01' AS body FROM generate_series(1, 10) m),
gtin AS (
	SELECT m, '0' || body || ((10 - (SELECT sum(substr(body, k, 1)::int * CASE WHEN k % 2 = 0 THEN 3 ELSE 1 END)
	                                 FROM generate_series(1, 12) k) % 10) % 10)::text AS gtin14
	FROM g)
SELECT i,
	('(01)' || gtin.gtin14 || '(21)S' || lpad(i::text, 8, '0'))::provenance.gs1 AS item,
	i % 4 AS leg,
	format('cn-maker-%s', lpad(gtin.m::text, 2, '0')) AS maker,
	format('%s-carrier-%s', (ARRAY['kz', 'az', 'ge', 'tr'])[i % 4 + 1], 1 + (i / 4) % 5) AS c1,
	format('%s-customs', (ARRAY['kz', 'az', 'ge', 'tr'])[i % 4 + 1]) AS customs,
	CASE WHEN i % 4 = 3 THEN format('tr-retail-%s', 1 + (i / 20) % 5)
	     ELSE format('%s-carrier-%s', (ARRAY['az', 'ge', 'tr'])[i % 4 + 1], 1 + (i / 20) % 5) END AS c2,
	timestamptz '2025-01-06 00:00:00+00' + make_interval(secs => 20 * i) AS t0
FROM generate_series(1, :items) i JOIN gtin ON gtin.m = 1 + i % 10;

-- the six steps of every unit
CREATE TEMP TABLE step AS
SELECT u.i, s.n, s.ev,
	CASE s.n WHEN 1 THEN 'CNURC' WHEN 2 THEN 'CNHRS'
	         WHEN 3 THEN (ARRAY['KZHOR', 'AZBAK', 'GEPTI', 'TRKSY'])[u.leg + 1]
	         WHEN 4 THEN (ARRAY['KZHOR', 'AZBAK', 'GEPTI', 'TRKSY'])[u.leg + 1]
	         WHEN 5 THEN (ARRAY['KZAAU', 'AZBAK', 'GETBS', 'TRKSY'])[u.leg + 1]
	         ELSE (ARRAY['AZBAK', 'GETBS', 'TRKSY', 'TRIST'])[u.leg + 1] END AS loc,
	CASE s.n WHEN 1 THEN u.maker WHEN 2 THEN u.maker WHEN 3 THEN u.c1 WHEN 4 THEN u.customs
	         WHEN 5 THEN u.c1 ELSE u.c2 END AS signer,
	CASE s.n WHEN 2 THEN u.c1 WHEN 5 THEN u.c2 END AS to_kid,
	u.t0 + s.after AS t
FROM unit u,
	(VALUES (1, 'commission', interval '0'), (2, 'ship', interval '1 day'), (3, 'receive', interval '4 days'),
	        (4, 'customs_release', interval '4 days 3 hours'), (5, 'ship', interval '5 days'),
	        (6, 'receive', interval '8 days')) s(n, ev, after);
CREATE INDEX ON step (n);
ANALYZE party, unit, step;

-- the events, one step at a time: each links to the record of the step before
CREATE TEMP TABLE gen (i integer NOT NULL, n integer NOT NULL, t timestamptz NOT NULL,
	record provenance.signed_record NOT NULL,
	h text GENERATED ALWAYS AS (provenance.record_hash(record)) STORED);
-- (signed in runs of one signer: sign() keeps the last private key it
-- read, and reading a PEM key again costs about eight signatures)
PREPARE step(integer) AS
INSERT INTO gen (i, n, t, record)
SELECT x.i, x.n, x.t, provenance.sign(x.claims, x.private_key, x.kid)
FROM (SELECT s.i, s.n, s.t, k.private_key, k.kid,
		provenance.custody_event(s.ev, u.item, s.loc, prev => g.h, event_time => s.t, to_kid => s.to_kid) AS claims
	FROM step s
		JOIN unit u ON u.i = s.i
		JOIN party k ON k.kid = s.signer
		LEFT JOIN gen g ON g.i = s.i AND g.n = s.n - 1
	WHERE s.n = $1
	ORDER BY k.kid OFFSET 0) x;
\timing on
EXECUTE step(1);
ANALYZE gen;
EXECUTE step(2);
ANALYZE gen;
EXECUTE step(3);
ANALYZE gen;
EXECUTE step(4);
ANALYZE gen;
EXECUTE step(5);
ANALYZE gen;
EXECUTE step(6);
\timing off

COPY (SELECT kid, party, role, country, public_key FROM party ORDER BY kid) TO STDOUT \g :signers_out
COPY (SELECT record FROM gen ORDER BY t, i, n) TO STDOUT \g :events_out
