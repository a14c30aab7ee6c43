-- gs1 as a type: equality across input forms, ordering, indexes, hashing,
-- binary I/O, accessors and conversions
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS provenance;
RESET client_min_messages;
-- operators live in the extension's schema
SET search_path = public, provenance;

-- one unit, every form: all equal, one canonical text
CREATE TABLE gs1_forms_t (form text, code provenance.gs1);
INSERT INTO gs1_forms_t VALUES
  ('bracketed', '(01)04870001234560(21)ABC123'),
  ('reordered', '(21)ABC123(01)04870001234560'),
  ('scan GS', E']d20104870001234560\x1d21ABC123'),
  ('scan <GS>', ']Q30104870001234560<GS>21ABC123'),
  ('digital link', 'https://id.gs1.org/01/04870001234560/21/ABC123'),
  ('digital link gtin13', 'https://brand.example.kz/01/4870001234560/21/ABC123'),
  ('epc urn', 'urn:epc:id:sgtin:4870001.023456.ABC123');
SELECT form, code FROM gs1_forms_t ORDER BY form;
SELECT count(DISTINCT code) AS distinct_codes FROM gs1_forms_t;
SELECT count(*) AS equal_to_bracketed FROM gs1_forms_t
  WHERE code = '(01)04870001234560(21)ABC123'::provenance.gs1;
SELECT code, count(*) FROM gs1_forms_t GROUP BY code;

-- ordering is element-wise (AI, then value)
SELECT c FROM (VALUES
  ('(01)04870001234560(21)B'::provenance.gs1),
  ('(01)04870001234560(21)A'),
  ('(01)04870001234560(21)AB'),
  ('(01)04870001234560'),
  ('(00)348700011234567890'),
  ('(01)04870001234560(10)Z(21)A'),
  ('(90)X')) AS v(c)
ORDER BY c;
SELECT '(01)04870001234560(21)A'::provenance.gs1 < '(01)04870001234560(21)B' AS lt,
       '(01)04870001234560(21)A'::provenance.gs1 <= '(01)04870001234560(21)A' AS le,
       '(01)04870001234560(21)B'::provenance.gs1 > '(01)04870001234560(21)A' AS gt,
       '(01)04870001234560(21)B'::provenance.gs1 >= '(01)04870001234560(21)C' AS ge,
       '(01)04870001234560(21)A'::provenance.gs1 <> '(01)04870001234560(21)B' AS ne,
       provenance.gs1_cmp('(01)04870001234560', '(01)04870001234560(21)A') AS cmp;

-- operator classes
SELECT opc.opcname, am.amname, amvalidate(opc.oid)
  FROM pg_opclass opc JOIN pg_am am ON am.oid = opc.opcmethod
 WHERE opc.opcintype = 'provenance.gs1'::regtype ORDER BY 1;

-- primary key, btree index scan, hash index, hash join
CREATE TABLE gs1_units (code provenance.gs1 PRIMARY KEY, note text);
INSERT INTO gs1_units
  SELECT ('(01)04870001234560(21)S' || g)::provenance.gs1, 'unit ' || g
  FROM generate_series(1, 1000) g;
INSERT INTO gs1_units VALUES ('https://id.gs1.org/01/04870001234560/21/S7', 'dup');
ANALYZE gs1_units;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT note FROM gs1_units WHERE code = '(01)04870001234560(21)S7';
SELECT note FROM gs1_units WHERE code = ']d20104870001234560<GS>21S7';
RESET enable_seqscan;
ALTER TABLE gs1_units DROP CONSTRAINT gs1_units_pkey;
CREATE INDEX gs1_units_hash ON gs1_units USING hash (code);
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT note FROM gs1_units WHERE code = '(01)04870001234560(21)S8';
SELECT note FROM gs1_units WHERE code = '(01)04870001234560(21)S8';
RESET enable_seqscan;

CREATE TABLE gs1_scans (code provenance.gs1, scanned_at int);
INSERT INTO gs1_scans VALUES ('(01)04870001234560(21)S1(17)271231', 1),
  ('urn:epc:id:sgtin:4870001.023456.S2', 2), ('(01)04870001234560(21)S9999', 3);
SET enable_mergejoin = off; SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT u.note FROM gs1_units u JOIN gs1_scans s ON provenance.gs1_item(s.code) = u.code;
SELECT s.scanned_at, u.note FROM gs1_units u JOIN gs1_scans s ON provenance.gs1_item(s.code) = u.code ORDER BY 1;
RESET enable_mergejoin; RESET enable_nestloop;

-- hash partitioning uses the extended hash function
CREATE TABLE gs1_part (code provenance.gs1) PARTITION BY HASH (code);
CREATE TABLE gs1_part_0 PARTITION OF gs1_part FOR VALUES WITH (MODULUS 3, REMAINDER 0);
CREATE TABLE gs1_part_1 PARTITION OF gs1_part FOR VALUES WITH (MODULUS 3, REMAINDER 1);
CREATE TABLE gs1_part_2 PARTITION OF gs1_part FOR VALUES WITH (MODULUS 3, REMAINDER 2);
INSERT INTO gs1_part SELECT code FROM gs1_units;
SELECT count(*) AS rows, count(DISTINCT tableoid) AS partitions_used FROM gs1_part;
SELECT count(*) FROM gs1_part WHERE code = '(01)04870001234560(21)S8';
SELECT (provenance.gs1_hash_extended('(01)04870001234560(21)S1', 0) & 4294967295)
     = (provenance.gs1_hash('(01)04870001234560(21)S1')::bigint & 4294967295) AS low_bits_match_hash,
       provenance.gs1_hash_extended('(01)04870001234560(21)S1', 1)
     <> provenance.gs1_hash_extended('(01)04870001234560(21)S1', 0) AS seed_matters;

-- binary send/recv round trip (COPY BINARY through a server file)
CREATE TABLE gs1_bin (code provenance.gs1);
COPY (SELECT code FROM gs1_forms_t) TO '/tmp/provenance_gs1_regress.bin' WITH (FORMAT binary);
COPY gs1_bin FROM '/tmp/provenance_gs1_regress.bin' WITH (FORMAT binary);
SELECT count(*) AS roundtrip_equal FROM gs1_bin WHERE code = '(01)04870001234560(21)ABC123';
SELECT provenance.gs1_send('(01)04870001234560(21)A');

-- accessors
SELECT provenance.gs1_gtin(c), provenance.gs1_serial(c), provenance.gs1_lot(c),
       provenance.gs1_expiry(c), provenance.gs1_get(c, '92'), provenance.gs1_get(c, '(91)'),
       provenance.gs1_get(c, '3103')
  FROM (VALUES ('(01)04870001234560(10)L-7(17)270200(21)SN1(91)EE07(92)ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqr'::provenance.gs1)) v(c);
SELECT provenance.gs1_gtin('(00)348700011234567890') AS no_gtin,
       provenance.gs1_serial('(01)04870001234560') AS no_serial,
       provenance.gs1_expiry('(01)04870001234560(17)271231') AS expiry,
       provenance.gs1_expiry('(01)04870001234560(17)280200') AS expiry_leap_dd00;
SELECT provenance.gs1_get('(01)04870001234560', '04');
SELECT provenance.gs1_get('(01)04870001234560', 'abc');
SELECT provenance.gs1_elements('(01)04870001234560(21)SN1(91)EE07(93)AbCd');

-- unit identity drops batch, dates, crypto tails and attributes
SELECT c AS code, provenance.gs1_item(c) AS item FROM (VALUES
  ('(01)04870001234560(21)SN1(91)EE07(92)ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqr'::provenance.gs1),
  ('(01)04870001234560(21)SN1(93)AbCd'),
  ('(01)04870001234560(10)LOT1(17)271231'),
  ('(00)348700011234567890'),
  ('(414)4870001000011(254)EXT-1'),
  ('(8006)148700012345670102(21)S1(10)L'),
  ('(8010)4870001ABC(8011)123'),
  ('(90)NOKEY')) v(c);

-- conversions to other forms
SELECT provenance.gs1_digital_link('(01)04870001234560(10)L&1(17)271231(21)A/B(91)EE07');
SELECT provenance.gs1_digital_link('(01)04870001234560(21)S1', 'https://brand.example.kz/p/');
SELECT provenance.gs1_digital_link('(414)4870001000011(254)EXT-1');
SELECT provenance.gs1_digital_link('(90)NOKEY');
SELECT provenance.gs1_digital_link('(01)04870001234560(21)S1(8040)123456789012345');
SELECT provenance.gs1_digital_link('(01)04870001234560', 'ftp://x');
SELECT provenance.gs1_digital_link('(01)04870001234560', 'https://x/?q');
SELECT provenance.gs1_epc_urn('(01)04870001234560(21)A/B', 7);
SELECT provenance.gs1_epc_urn('(01)14870001234567(21)S1', 12);
SELECT provenance.gs1_epc_urn('(01)04870001234560', 7);
SELECT provenance.gs1_epc_urn('(01)04870001234560(21)S1', 13);
SELECT replace(provenance.gs1_scan_data(c), E'\x1d', '<GS>') FROM (VALUES
  ('(01)04870001234560(21)SN1(91)EE07(92)ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqr'::provenance.gs1),
  ('(01)04870001234560(10)LOT1(17)271231(21)S1')) v(c);
-- every output form parses back to the same value
SELECT bool_and(provenance.gs1_scan_data(code)::provenance.gs1 = code) AS scan_roundtrip,
       bool_and(provenance.gs1_digital_link(code)::provenance.gs1 = code) AS dl_roundtrip,
       bool_and(provenance.gs1_epc_urn(code, 7)::provenance.gs1 = code) AS epc_roundtrip,
       bool_and(code::text::provenance.gs1 = code) AS text_roundtrip
  FROM gs1_units;

-- casts and validation helpers
SELECT '(01)04870001234560'::text::provenance.gs1::text;
SELECT provenance.gs1_is_valid('(01)04870001234560'), provenance.gs1_is_valid('(01)04870001234561'),
       provenance.gs1_error('(01)04870001234560') IS NULL AS no_error, provenance.gs1_error('(01)04870001234561');

DROP TABLE gs1_forms_t, gs1_units, gs1_scans, gs1_part, gs1_bin;

-- an ordinary role can use the types, functions and the prefix table
CREATE ROLE regress_provenance_user;
SET ROLE regress_provenance_user;
SELECT '(01)04870001234560(21)A'::provenance.gs1 AS code,
       provenance.gtin_issuer(provenance.gs1_gtin('(01)04870001234560')) AS issuer;
RESET ROLE;
DROP ROLE regress_provenance_user;
