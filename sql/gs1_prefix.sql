--
-- gs1_prefix: the shipped GS1 Prefix table and gtin_issuer(gtin).
-- Same conventions as gtin.sql: self-contained, types and functions
-- schema-qualified, provenance in search_path for operators, one edge case
-- per line.
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS provenance;
RESET client_min_messages;
SET search_path = public, provenance;

--
-- The table: shape, consistency, ownership, privileges
--
SELECT count(*) AS ranges, count(*) FILTER (WHERE gs1_8) AS gs1_8_ranges, count(DISTINCT organisation) AS organisations, count(DISTINCT country) AS countries FROM provenance.gs1_prefix;
SELECT a.prefix_from, a.prefix_to, b.prefix_from, b.prefix_to FROM provenance.gs1_prefix a JOIN provenance.gs1_prefix b ON a.gs1_8 = b.gs1_8 AND a.prefix_from < b.prefix_from AND a.prefix_to >= b.prefix_from;
SELECT prefix_from, organisation FROM provenance.gs1_prefix WHERE (country IS NULL) = (organisation LIKE 'GS1 %' AND organisation NOT LIKE 'GS1 Global Office%' AND organisation NOT LIKE 'GS1 coupon%') ORDER BY prefix_from;
SELECT count(*) AS prefixes_covered FROM generate_series(0, 999) AS n WHERE EXISTS (SELECT FROM provenance.gs1_prefix p WHERE NOT p.gs1_8 AND n BETWEEN p.prefix_from AND p.prefix_to);
SELECT string_agg(lpad(n::text, 3, '0'), ',' ORDER BY n) AS unallocated_in_400_499 FROM generate_series(400, 499) AS n WHERE NOT EXISTS (SELECT FROM provenance.gs1_prefix p WHERE NOT p.gs1_8 AND n BETWEEN p.prefix_from AND p.prefix_to);
SELECT lpad(prefix_from::text, 3, '0') AS "from", lpad(prefix_to::text, 3, '0') AS "to", organisation, country FROM provenance.gs1_prefix WHERE gs1_8 ORDER BY prefix_from;
SELECT lpad(prefix_from::text, 3, '0') AS "from", lpad(prefix_to::text, 3, '0') AS "to", organisation, country FROM provenance.gs1_prefix WHERE country IN ('RU', 'KG', 'AZ', 'UZ', 'GE', 'KZ', 'TJ', 'TM', 'AM', 'CN', 'TR') ORDER BY prefix_from;
SELECT d.deptype AS extension_member FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = 'provenance.gs1_prefix'::regclass AND d.refclassid = 'pg_extension'::regclass;
SELECT 'provenance.gs1_prefix'::regclass = ANY (coalesce(e.extconfig, '{}')) AS dumped_as_configuration FROM pg_extension e WHERE e.extname = 'provenance';
SELECT a.grantee = 0 AS to_public, a.privilege_type FROM pg_class c, aclexplode(c.relacl) a WHERE c.oid = 'provenance.gs1_prefix'::regclass AND a.grantee = 0;
SELECT obj_description('provenance.gs1_prefix'::regclass, 'pg_class') LIKE '%not%country of origin%' AS table_comment_warns;
SELECT attname, col_description(attrelid, attnum) IS NOT NULL AS commented FROM pg_attribute WHERE attrelid = 'provenance.gs1_prefix'::regclass AND attnum > 0 ORDER BY attnum;
SELECT obj_description('provenance.gtin_issuer(provenance.gtin)'::regprocedure, 'pg_proc') LIKE '%not the country of origin%' AS function_comment_warns;
SELECT provolatile, proisstrict, proparallel, proconfig FROM pg_proc WHERE oid = 'provenance.gtin_issuer(provenance.gtin)'::regprocedure;

--
-- gtin_issuer: member organisations along the Middle Corridor and beyond
--
SELECT provenance.gtin_issuer('4601234567893') AS p460;
SELECT provenance.gtin_issuer('4701234567890') AS p470;
SELECT provenance.gtin_issuer('4761234567894') AS p476;
SELECT provenance.gtin_issuer('4781234567892') AS p478;
SELECT provenance.gtin_issuer('4861234567891') AS p486;
SELECT provenance.gtin_issuer('4870001234560') AS p487;
SELECT provenance.gtin_issuer('4680000000000') AS p468_russia_range_end;
SELECT provenance.gtin_issuer('6901234567892') AS p690;
SELECT provenance.gtin_issuer('8681234567891') AS p868;
SELECT provenance.gtin_issuer('5001234567890') AS p500;
SELECT provenance.gtin_issuer('9876543210982') AS p987_unallocated;
SELECT provenance.gtin_issuer('1401234567892') AS p140_unallocated;
SELECT provenance.gtin_issuer('3811234567897') AS p381_unallocated;
-- GS1 US: UPC-A (GTIN-12) numbers read as GTIN-13 with a leading zero
SELECT provenance.gtin_issuer('036000291452') AS upc_003;
SELECT provenance.gtin_issuer('0060000000004') AS p006;
SELECT provenance.gtin_issuer('0123456789012') AS p012;
SELECT provenance.gtin_issuer('000001234565') AS gtin12_with_six_zeros_is_gtin8;
-- special ranges
SELECT provenance.gtin_issuer('0201234567899') AS p020_rcn_region;
SELECT provenance.gtin_issuer('0401234567893') AS p040_rcn_company;
SELECT provenance.gtin_issuer('2001234567893') AS p200_rcn_region;
SELECT provenance.gtin_issuer('0501234567890') AS p050_us_reserved;
SELECT provenance.gtin_issuer('9521234567899') AS p952_demo;
SELECT provenance.gtin_issuer('9500000000006') AS p950;
SELECT provenance.gtin_issuer('9510000000005') AS p951;
SELECT provenance.gtin_issuer('9600000000003') AS p960_gtin8_office;
SELECT provenance.gtin_issuer('9771234567003') AS p977_issn;
SELECT provenance.gtin_issuer('9780143007234') AS p978_isbn;
SELECT provenance.gtin_issuer('9810000000006') AS p981_coupon;
SELECT provenance.gtin_issuer('9840000000003') AS p984_coupon;
SELECT provenance.gtin_issuer('9900000000004') AS p990_coupon;
SELECT provenance.gtin_issuer('9990000000005') AS p999_coupon;
SELECT provenance.gtin_issuer('6230000000005') AS p623_held;
-- GTIN-14: the indicator digit is dropped first
SELECT provenance.gtin_issuer('14870001234567') AS gtin14_indicator_1;
SELECT provenance.gtin_issuer('24870001234564') AS gtin14_indicator_2;
SELECT provenance.gtin_issuer('94870001234563') AS gtin14_indicator_9;
-- GTIN-8: the GS1-8 Prefix, with its own rules where they differ
SELECT provenance.gtin_issuer('96385074') AS gtin8_963;
SELECT provenance.gtin_issuer('40123455') AS gtin8_401;
SELECT provenance.gtin_issuer('50123452') AS gtin8_501;
SELECT provenance.gtin_issuer('75012342') AS gtin8_750;
SELECT provenance.gtin_issuer('01234565') AS gtin8_012_rcn;
SELECT provenance.gtin_issuer('20123451') AS gtin8_201_rcn;
SELECT provenance.gtin_issuer('97712343') AS gtin8_977_reserved;
SELECT provenance.gtin_issuer('12345670') AS gtin8_123;
SELECT provenance.gtin_issuer('00000000') AS gtin8_zero;
SELECT provenance.gtin_issuer('10000096385071') AS gtin14_of_a_gtin8;
SELECT provenance.gtin_issuer(NULL) AS strict_null;

-- the same answers with a hostile or empty search_path
CREATE SCHEMA gs1_prefix_decoy;
CREATE TABLE gs1_prefix_decoy.gs1_prefix (prefix_from smallint, prefix_to smallint, gs1_8 boolean, organisation text, country char(2));
INSERT INTO gs1_prefix_decoy.gs1_prefix VALUES (0, 999, false, 'decoy', 'XX'), (0, 999, true, 'decoy', 'XX');
SET search_path = gs1_prefix_decoy, public;
SELECT provenance.gtin_issuer('4870001234560') AS decoy_path;
SET search_path = '';
SELECT provenance.gtin_issuer('4870001234560') AS empty_path;
SET search_path = public, provenance;
DROP SCHEMA gs1_prefix_decoy CASCADE;

-- grouping scans by issuing organisation (what the demo report does)
SELECT provenance.gtin_issuer(g) AS issuer, count(*) FROM (VALUES ('4870001234560'::provenance.gtin), ('14870001234567'), ('4781234567892'), ('6901234567892'), ('9780143007234'), ('96385074'), ('1401234567892')) AS t(g) GROUP BY 1 ORDER BY 1 COLLATE "C" NULLS LAST;
