--
-- gtin: input and output, rejections with their SQLSTATEs, binary I/O,
-- operators, btree and hash support, casts and the gtin_* functions.
--
-- Conventions shared by every regression file: self-contained (creates the
-- extension if an earlier file has not); types and functions written
-- schema-qualified, as a DBA without provenance in search_path writes them;
-- provenance added to search_path only so that operators resolve (as for
-- any extension in its own schema); one edge case per line.  Like every
-- file here it assumes a UTF8 database (test/run.sh makes one) and runs as
-- a superuser (COPY ... PROGRAM below).
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS provenance;
RESET client_min_messages;
SET search_path = public, provenance;

-- try(statement): 'ok: <first column>' or '<SQLSTATE>: <message> / <detail>'
CREATE FUNCTION pg_temp.try(stmt text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	result text;
	state text;
	msg text;
	detail text;
BEGIN
	IF stmt ~* '^\s*select' THEN
		EXECUTE stmt INTO result;
	ELSE
		EXECUTE stmt;
	END IF;
	RETURN 'ok: ' || coalesce(result, 'NULL');
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, detail = PG_EXCEPTION_DETAIL;
	RETURN state || ': ' || msg || CASE WHEN detail <> '' THEN ' / ' || detail ELSE '' END;
END
$$;

--
-- Valid input: every length; output is always the 14-digit GTIN-14
--
SELECT '96385074'::provenance.gtin AS gtin8;
SELECT '036000291452'::provenance.gtin AS gtin12;
SELECT '4870001234560'::provenance.gtin AS gtin13;
SELECT '14870001234567'::provenance.gtin AS gtin14;
SELECT '04870001234560'::provenance.gtin AS gtin14_indicator_0;
SELECT '94870001234563'::provenance.gtin AS gtin14_indicator_9;
SELECT '00000000'::provenance.gtin AS all_zero_gtin8;
SELECT '00000000000000'::provenance.gtin AS all_zero_gtin14;
SELECT '99999999999997'::provenance.gtin AS largest;
SELECT '  4870001234560  '::provenance.gtin AS surrounding_spaces;
SELECT E'\t\n\r\x0b\f4870001234560\t\n\r\x0b\f'::provenance.gtin AS surrounding_ascii_whitespace;
SELECT '96385074'::provenance.gtin = '00000096385074'::provenance.gtin AS gtin8_equals_its_gtin14;
SELECT '036000291452'::provenance.gtin = '0036000291452'::provenance.gtin AS gtin12_equals_its_gtin13;
SELECT provenance.gtin_is_valid('4870001234560') AS valid_gtin13;
SELECT provenance.gtin_error('4870001234560') AS no_error_when_valid;
SELECT provenance.gtin_is_valid(NULL) AS strict_is_valid, provenance.gtin_error(NULL) AS strict_error;

--
-- Rejections: what gtin_is_valid and gtin_error say, one input per line
--
SELECT n, to_json(input) AS input, provenance.gtin_is_valid(input) AS valid, provenance.gtin_error(input) AS error FROM (VALUES
	(1, ''),
	(2, '   '),
	(3, E'\t\n'),
	(4, '1234567'),
	(5, '123456789'),
	(6, '48700012343'),
	(7, '487000123456012'),
	(8, '123456789012345678901234567890'),
	(9, '4870001234561'),
	(10, '96385075'),
	(11, '036000291453'),
	(12, '14870001234560'),
	(13, '+4870001234560'),
	(14, '-4870001234560'),
	(15, '4870001 234560'),
	(16, E'4870001\t234560'),
	(17, '48700-01234560'),
	(18, '487.0001234560'),
	(19, '4870001234560a'),
	(20, 'abc'),
	(21, '0x4870001234560'),
	(22, '4.870001234560e12'),
	(23, '４８７0001234560'),
	(24, '487０001234560'),
	(25, '(01)04870001234560'),
	(26, E'4870001234560\u00a0'),
	(27, E'\u200b4870001234560'),
	(28, E'4870001234560\x7f')
) AS t(n, input) ORDER BY n;

--
-- Rejections with their SQLSTATE (22P02 for every kind of bad text)
--
SELECT pg_temp.try($$SELECT ''::provenance.gtin$$) AS empty;
SELECT pg_temp.try($$SELECT '  '::provenance.gtin$$) AS blank;
SELECT pg_temp.try($$SELECT '123456789'::provenance.gtin$$) AS nine_digits;
SELECT pg_temp.try($$SELECT '4870001234561'::provenance.gtin$$) AS bad_check_digit;
SELECT pg_temp.try($$SELECT '-4870001234560'::provenance.gtin$$) AS sign;
SELECT pg_temp.try($$SELECT '4870001 234560'::provenance.gtin$$) AS inner_space;
SELECT pg_temp.try($$SELECT '48700-01234560'::provenance.gtin$$) AS hyphen;
SELECT pg_temp.try($$SELECT 'GTIN'::provenance.gtin$$) AS letters;

-- the errors as a client sees them
SELECT '4870001234561'::provenance.gtin;
SELECT '48700-01234560'::provenance.gtin;
SELECT '48700012345'::provenance.gtin;
SELECT ''::provenance.gtin;
SELECT '４８７0001234560'::provenance.gtin;

--
-- Binary I/O: send gives the GTIN-14 number as a big-endian int8; recv
-- checks range and check digit (COPY BINARY through a file in the data
-- directory, the working directory of COPY ... PROGRAM; the last COPY
-- removes it)
--
SELECT provenance.gtin_send('4870001234560') AS send_gtin13;
SELECT provenance.gtin_send('96385074') AS send_gtin8;
SELECT provenance.gtin_send('99999999999997') AS send_largest;
SELECT provenance.gtin_send('4870001234560') = int8send(4870001234560) AS send_is_int8send;
CREATE TABLE gtin_copy (g provenance.gtin);
INSERT INTO gtin_copy VALUES ('96385074'), ('036000291452'), ('4870001234560'), ('14870001234567'), ('99999999999997'), ('00000000');
COPY gtin_copy TO PROGRAM 'cat > provenance_regress_gtin.bin' (FORMAT binary);
CREATE TABLE gtin_copy_back (g provenance.gtin);
COPY gtin_copy_back FROM PROGRAM 'cat provenance_regress_gtin.bin' (FORMAT binary);
SELECT g FROM gtin_copy_back ORDER BY g;
SELECT count(*) AS roundtrip_mismatches FROM gtin_copy a FULL JOIN gtin_copy_back b USING (g) WHERE a.g IS NULL OR b.g IS NULL;
COPY (SELECT 4870001234561::bigint) TO PROGRAM 'cat > provenance_regress_gtin.bin' (FORMAT binary);
SELECT pg_temp.try($$COPY gtin_copy_back FROM PROGRAM 'cat provenance_regress_gtin.bin' (FORMAT binary)$$) AS recv_bad_check_digit;
COPY gtin_copy_back FROM PROGRAM 'cat provenance_regress_gtin.bin' (FORMAT binary);
COPY (SELECT -1::bigint) TO PROGRAM 'cat > provenance_regress_gtin.bin' (FORMAT binary);
SELECT pg_temp.try($$COPY gtin_copy_back FROM PROGRAM 'cat provenance_regress_gtin.bin' (FORMAT binary)$$) AS recv_negative;
COPY (SELECT 100000000000000::bigint) TO PROGRAM 'cat > provenance_regress_gtin.bin' (FORMAT binary);
SELECT pg_temp.try($$COPY gtin_copy_back FROM PROGRAM 'cat provenance_regress_gtin.bin' (FORMAT binary)$$) AS recv_fifteen_digits;
COPY (SELECT 4870001234560::bigint) TO PROGRAM 'cat > provenance_regress_gtin.bin' (FORMAT binary);
COPY gtin_copy_back FROM PROGRAM 'cat provenance_regress_gtin.bin && rm -f provenance_regress_gtin.bin' (FORMAT binary);
SELECT count(*) AS rows_after_int8_file FROM gtin_copy_back WHERE g = '4870001234560';

--
-- Operators (GTIN-14 order)
--
SELECT '4870001234560'::provenance.gtin = '04870001234560'::provenance.gtin AS eq;
SELECT '4870001234560'::provenance.gtin <> '14870001234567'::provenance.gtin AS ne;
SELECT '4870001234560'::provenance.gtin < '14870001234567'::provenance.gtin AS lt;
SELECT '4870001234560'::provenance.gtin <= '4870001234560'::provenance.gtin AS le;
SELECT '96385074'::provenance.gtin > '036000291452'::provenance.gtin AS gt_false;
SELECT '14870001234567'::provenance.gtin >= '4870001234560'::provenance.gtin AS ge;
SELECT provenance.gtin_cmp('96385074', '036000291452') AS cmp_lt, provenance.gtin_cmp('96385074', '00000096385074') AS cmp_eq, provenance.gtin_cmp('14870001234567', '4870001234560') AS cmp_gt;
SELECT g FROM gtin_copy ORDER BY g DESC;
SELECT min(g), max(g) FROM gtin_copy;

--
-- Primary key, DISTINCT, GROUP BY, joins
--
CREATE TABLE gtin_item (g provenance.gtin PRIMARY KEY, name text NOT NULL);
INSERT INTO gtin_item VALUES ('4870001234560', 'hair dryer'), ('14870001234567', 'case of 12 hair dryers'), ('96385074', 'earbuds'), ('036000291452', 'tissues');
SELECT pg_temp.try($$INSERT INTO gtin_item VALUES ('04870001234560', 'same GTIN, other length')$$) AS duplicate_key;
SELECT pg_temp.try($$INSERT INTO gtin_item VALUES ('00000096385074', 'GTIN-8 as GTIN-14')$$) AS duplicate_gtin8;
CREATE TABLE gtin_scan (id int, g provenance.gtin);
INSERT INTO gtin_scan VALUES (1, '4870001234560'), (2, ' 4870001234560'), (3, '04870001234560'), (4, '96385074'), (5, '00000096385074'), (6, '14870001234567'), (7, '9780143007234');
SELECT DISTINCT g FROM gtin_scan ORDER BY g;
SELECT g, count(*) FROM gtin_scan GROUP BY g ORDER BY g;
SELECT s.id, i.name FROM gtin_scan s JOIN gtin_item i USING (g) ORDER BY s.id;
SELECT s.id, i.name FROM gtin_scan s LEFT JOIN gtin_item i USING (g) WHERE i.g IS NULL ORDER BY s.id;
ANALYZE gtin_item, gtin_scan;

-- index scans (btree primary key)
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT name FROM gtin_item WHERE g = '4870001234560';
SELECT name FROM gtin_item WHERE g = '4870001234560';
EXPLAIN (COSTS OFF) SELECT max(g) FROM gtin_item;
SELECT min(g), max(g) FROM gtin_item;
EXPLAIN (COSTS OFF) SELECT g, name FROM gtin_item WHERE g BETWEEN '00000000' AND '4870001234560' ORDER BY g;
SELECT g, name FROM gtin_item WHERE g BETWEEN '00000000' AND '4870001234560' ORDER BY g;
RESET enable_bitmapscan;

-- hash index
CREATE INDEX gtin_scan_hash ON gtin_scan USING hash (g);
EXPLAIN (COSTS OFF) SELECT id FROM gtin_scan WHERE g = '96385074';
SELECT id FROM gtin_scan WHERE g = '96385074' ORDER BY id;
RESET enable_seqscan;

-- hash join, merge join, hash aggregate
SET enable_nestloop = off;
SET enable_mergejoin = off;
EXPLAIN (COSTS OFF) SELECT s.id, i.name FROM gtin_scan s JOIN gtin_item i ON i.g = s.g;
SELECT s.id, i.name FROM gtin_scan s JOIN gtin_item i ON i.g = s.g ORDER BY s.id;
RESET enable_mergejoin;
SET enable_hashjoin = off;
EXPLAIN (COSTS OFF) SELECT s.id, i.name FROM gtin_scan s JOIN gtin_item i ON i.g = s.g;
SELECT s.id, i.name FROM gtin_scan s JOIN gtin_item i ON i.g = s.g ORDER BY s.id;
RESET enable_hashjoin;
RESET enable_nestloop;
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT g, count(*) FROM gtin_scan GROUP BY g;
RESET enable_sort;

--
-- Hashing: int8's hash of the same number; extended hash with seed 0 has
-- the standard hash in its low 32 bits; values are platform-independent
--
SELECT provenance.gtin_hash('4870001234560') AS hash, provenance.gtin_hash_extended('4870001234560', 0) AS hash_ext0, provenance.gtin_hash_extended('4870001234560', 42) AS hash_ext42;
SELECT count(*) AS hash_differs_from_int8 FROM gtin_scan WHERE provenance.gtin_hash(g) <> hashint8(g::bigint) OR provenance.gtin_hash_extended(g, 7) <> hashint8extended(g::bigint, 7);
SELECT count(*) AS ext0_low_bits_differ FROM gtin_scan WHERE (provenance.gtin_hash_extended(g, 0) & 4294967295) <> (provenance.gtin_hash(g)::bigint & 4294967295);

-- hash partitioning routes every row, and by the same rule on every platform
CREATE TABLE gtin_part (g provenance.gtin PRIMARY KEY, note text) PARTITION BY HASH (g);
CREATE TABLE gtin_part_0 PARTITION OF gtin_part FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TABLE gtin_part_1 PARTITION OF gtin_part FOR VALUES WITH (MODULUS 4, REMAINDER 1);
CREATE TABLE gtin_part_2 PARTITION OF gtin_part FOR VALUES WITH (MODULUS 4, REMAINDER 2);
CREATE TABLE gtin_part_3 PARTITION OF gtin_part FOR VALUES WITH (MODULUS 4, REMAINDER 3);
INSERT INTO gtin_part SELECT g, name FROM gtin_item;
INSERT INTO gtin_part SELECT (n::text || d)::provenance.gtin, 'generated' FROM generate_series(487000124000, 487000124099) AS n, generate_series(0, 9) AS d WHERE provenance.gtin_is_valid(n::text || d);
SELECT tableoid::regclass AS partition, count(*) FROM gtin_part GROUP BY 1 ORDER BY 1;
SELECT tableoid::regclass AS partition, g, note FROM gtin_part WHERE note <> 'generated' ORDER BY g;
EXPLAIN (COSTS OFF) SELECT note FROM gtin_part WHERE g = '4870001234560';
SELECT count(*) AS misrouted FROM gtin_part p WHERE NOT satisfies_hash_partition('gtin_part'::regclass, 4, right(tableoid::regclass::text, 1)::int, p.g);

--
-- Operator classes
--
SELECT opcname, amvalidate(oid) FROM pg_opclass WHERE opcname LIKE 'gtin%' ORDER BY opcname;
SELECT opcname, (SELECT amname FROM pg_am WHERE oid = opcmethod) AS method, opcdefault FROM pg_opclass WHERE opcintype = 'provenance.gtin'::regtype ORDER BY opcname;

--
-- Type and storage
--
SELECT typlen, typbyval, typalign, typstorage FROM pg_type WHERE oid = 'provenance.gtin'::regtype;
SELECT pg_column_size('4870001234560'::provenance.gtin) AS bytes;

--
-- Casts: text <-> gtin (assignment), bigint -> gtin (explicit, validated),
-- gtin -> bigint (assignment, binary-coercible)
--
SELECT castsource::regtype AS source, casttarget::regtype AS target, castcontext, castmethod FROM pg_cast WHERE castsource = 'provenance.gtin'::regtype OR casttarget = 'provenance.gtin'::regtype ORDER BY castsource::regtype::text, casttarget::regtype::text;
SELECT '4870001234560'::text::provenance.gtin AS from_text;
SELECT '96385074'::provenance.gtin::text AS to_text;
SELECT 'GTIN ' || '96385074'::provenance.gtin AS concatenated;
SELECT 4870001234560::bigint::provenance.gtin AS from_bigint;
SELECT 96385074::bigint::provenance.gtin AS from_bigint_gtin8;
SELECT 0::bigint::provenance.gtin AS from_bigint_zero;
SELECT 99999999999997::bigint::provenance.gtin AS from_bigint_largest;
SELECT '4870001234560'::provenance.gtin::bigint AS to_bigint;
SELECT '14870001234567'::provenance.gtin::bigint AS to_bigint_gtin14;
SELECT pg_temp.try($$SELECT 4870001234561::bigint::provenance.gtin$$) AS bigint_bad_check_digit;
SELECT pg_temp.try($$SELECT (-4870001234560)::bigint::provenance.gtin$$) AS bigint_negative;
SELECT pg_temp.try($$SELECT 100000000000000::bigint::provenance.gtin$$) AS bigint_fifteen_digits;
SELECT pg_temp.try($$SELECT 9223372036854775807::bigint::provenance.gtin$$) AS bigint_max;
SELECT pg_temp.try($$SELECT 4870001234560::provenance.gtin$$) AS bigint_literal_explicit;
SELECT pg_temp.try($$INSERT INTO gtin_copy VALUES (4870001234560::bigint)$$) AS bigint_not_assignment;
SELECT pg_temp.try($$INSERT INTO gtin_copy SELECT '4870001234560'::text$$) AS text_assignment;
SELECT pg_temp.try($$INSERT INTO gtin_copy SELECT 'nope'::text$$) AS text_assignment_invalid;
CREATE TABLE gtin_as_bigint (n bigint, t text);
INSERT INTO gtin_as_bigint SELECT g, g FROM gtin_copy WHERE g = '96385074';
SELECT n, t FROM gtin_as_bigint;

--
-- gtin_format(gtin, digits)
--
SELECT provenance.gtin_format('96385074', 8) AS f8, provenance.gtin_format('96385074', 12) AS f12, provenance.gtin_format('96385074', 13) AS f13, provenance.gtin_format('96385074', 14) AS f14;
SELECT provenance.gtin_format('036000291452', 12) AS f12, provenance.gtin_format('036000291452', 13) AS f13;
SELECT provenance.gtin_format('4870001234560', 13) AS f13, provenance.gtin_format('4870001234560', 14) AS f14;
SELECT provenance.gtin_format('14870001234567', 14) AS f14;
SELECT provenance.gtin_format('00000000', 8) AS zero_f8;
SELECT provenance.gtin_format('000001234565', 8) AS gtin12_with_gtin8_form;
SELECT pg_temp.try($$SELECT provenance.gtin_format('036000291452', 8)$$) AS gtin12_as_8;
SELECT pg_temp.try($$SELECT provenance.gtin_format('4870001234560', 12)$$) AS gtin13_as_12;
SELECT pg_temp.try($$SELECT provenance.gtin_format('4870001234560', 8)$$) AS gtin13_as_8;
SELECT pg_temp.try($$SELECT provenance.gtin_format('14870001234567', 13)$$) AS gtin14_as_13;
SELECT pg_temp.try($$SELECT provenance.gtin_format('4870001234560', 9)$$) AS nine_digits;
SELECT pg_temp.try($$SELECT provenance.gtin_format('4870001234560', 0)$$) AS zero_digits;
SELECT pg_temp.try($$SELECT provenance.gtin_format('4870001234560', -13)$$) AS negative_digits;
SELECT provenance.gtin_format('4870001234560', NULL) AS strict_null;
SELECT provenance.gtin_format('14870001234567', 13);

--
-- gtin_gs1_prefix(gtin): digits 2-4 of the GTIN-14; GS1-8 Prefix for GTIN-8s
--
SELECT provenance.gtin_gs1_prefix('4870001234560') AS gtin13;
SELECT provenance.gtin_gs1_prefix('14870001234567') AS gtin14_indicator_1;
SELECT provenance.gtin_gs1_prefix('94870001234563') AS gtin14_indicator_9;
SELECT provenance.gtin_gs1_prefix('036000291452') AS gtin12;
SELECT provenance.gtin_gs1_prefix('0060000000004') AS gtin13_us_006;
SELECT provenance.gtin_gs1_prefix('96385074') AS gtin8;
SELECT provenance.gtin_gs1_prefix('40123455') AS gtin8_401;
SELECT provenance.gtin_gs1_prefix('10000096385071') AS gtin14_of_gtin8;
SELECT provenance.gtin_gs1_prefix('00000000') AS zero;
SELECT provenance.gtin_gs1_prefix('99999999999997') AS largest;

--
-- gtin_has_company_prefix(gtin, prefix): against GTIN-14 digits 2-14
--
SELECT provenance.gtin_has_company_prefix('4870001234560', '4870001') AS seven_digits;
SELECT provenance.gtin_has_company_prefix('4870001234560', '4870') AS four_digits;
SELECT provenance.gtin_has_company_prefix('4870001234560', '487000123456') AS twelve_digits;
SELECT provenance.gtin_has_company_prefix('4870001234560', '4870002') AS other_company;
SELECT provenance.gtin_has_company_prefix('14870001234567', '4870001') AS gtin14_indicator_1;
SELECT provenance.gtin_has_company_prefix('036000291452', '0036000') AS upc_as_gs1_prefix;
SELECT provenance.gtin_has_company_prefix('036000291452', '036000') AS upc_prefix_without_zero;
SELECT provenance.gtin_has_company_prefix('96385074', '9638') AS gtin8_never_has_one;
SELECT pg_temp.try($$SELECT provenance.gtin_has_company_prefix('4870001234560', '487')$$) AS three_digits;
SELECT pg_temp.try($$SELECT provenance.gtin_has_company_prefix('4870001234560', '4870001234560')$$) AS thirteen_digits;
SELECT pg_temp.try($$SELECT provenance.gtin_has_company_prefix('4870001234560', '')$$) AS empty_prefix;
SELECT pg_temp.try($$SELECT provenance.gtin_has_company_prefix('4870001234560', '48700-1')$$) AS hyphen;
SELECT pg_temp.try($$SELECT provenance.gtin_has_company_prefix('4870001234560', ' 4870001')$$) AS space;
SELECT pg_temp.try($$SELECT provenance.gtin_has_company_prefix('4870001234560', '４８７0001')$$) AS fullwidth;
SELECT provenance.gtin_has_company_prefix('4870001234560', NULL) AS strict_null;

--
-- Catalog hygiene: every gtin function has a comment; volatility, strictness
-- and parallel safety as declared
--
SELECT p.oid::regprocedure AS function FROM pg_proc p WHERE p.pronamespace = 'provenance'::regnamespace AND p.proname LIKE 'gtin%' AND obj_description(p.oid, 'pg_proc') IS NULL;
SELECT obj_description('provenance.gtin'::regtype, 'pg_type') IS NOT NULL AS type_commented;
SELECT p.oid::regprocedure AS function, p.provolatile, p.proisstrict, p.proparallel, p.proleakproof FROM pg_proc p WHERE p.pronamespace = 'provenance'::regnamespace AND p.proname LIKE 'gtin%' ORDER BY p.oid::regprocedure::text;

DROP TABLE gtin_copy, gtin_copy_back, gtin_item, gtin_scan, gtin_part, gtin_as_bigint;
