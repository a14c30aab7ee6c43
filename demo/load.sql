-- demo/load.sql: the demo's sample data, a scan log from checkpoints along the Middle Corridor
--
-- Run with psql from the repository root (demo/run.sh does), in a database
-- where CREATE EXTENSION provenance has been run: \copy reads
-- demo/data/scans.txt (written by demo/gen_scans.pl).  Re-runnable: it
-- replaces the schema demo.
\set ON_ERROR_STOP on
SET client_min_messages = warning;

DROP SCHEMA IF EXISTS demo CASCADE;
CREATE SCHEMA demo;
COMMENT ON SCHEMA demo IS 'provenance demo: a scan log and views over it';

-- One row per read of a barcode or link, exactly as the scanner sent it.
CREATE TABLE demo.scans (
	id			integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	scanned_at	timestamptz NOT NULL,
	scanner		text NOT NULL,
	raw			text NOT NULL
);
COMMENT ON TABLE demo.scans IS 'scan log: raw scanner output, one row per read';

-- CSV with a tab delimiter, so that backslashes (\x1d, \u001d) stay literal.
\copy demo.scans (scanned_at, scanner, raw) FROM 'demo/data/scans.txt' WITH (FORMAT csv, DELIMITER E'\t', HEADER true)

-- The form a scan arrived in, told from its text.
CREATE FUNCTION demo.scan_form(raw text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
	SELECT CASE
		WHEN raw ~* '^\s*https?://' THEN 'digital link'
		WHEN raw ~* '^\s*urn:epc:' THEN 'epc urn'
		WHEN raw ~ '^\s*\(' THEN 'bracketed'
		WHEN strpos(raw, chr(29)) > 0 THEN 'scan (GS)'
		WHEN raw ~* '<GS>' THEN 'scan (<GS>)'
		WHEN raw ~* '\\x1d' THEN 'scan (\x1d)'
		WHEN raw ~* '\\u001d' THEN 'scan (\u001d)'
		WHEN strpos(raw, '^') > 0 THEN 'scan (^)'
		ELSE 'scan'
	END
$$;

-- Text shortened to n characters, the GS character shown as U+241D.
CREATE FUNCTION demo.abbrev(t text, n integer DEFAULT 44) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
	SELECT CASE WHEN length(s) > n THEN left(s, n - 1) || '…' ELSE s END
	FROM (SELECT replace(t, chr(29), '␝') AS s) AS x
$$;

-- A canonical element string with the 44-character (92) code shortened.
CREATE FUNCTION demo.short_code(c provenance.gs1) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
	SELECT regexp_replace(c::text, '(\(92\)[^(]{6})[^(]*', '\1…')
$$;

-- Every scan parsed: the code (NULL when rejected) or the reason.
CREATE VIEW demo.scan_results AS
SELECT s.id, s.scanned_at, s.scanner, s.raw,
	demo.scan_form(s.raw) AS form,
	provenance.gs1_error(s.raw) AS error,
	CASE WHEN provenance.gs1_is_valid(s.raw) THEN s.raw::provenance.gs1 END AS code
FROM demo.scans AS s;

-- Valid scans with the unit they identify: (01)+(21), tails dropped.
CREATE VIEW demo.unit_scans AS
SELECT r.*, provenance.gs1_item(r.code) AS unit,
	provenance.gs1_gtin(r.code) AS gtin
FROM demo.scan_results AS r
WHERE r.code IS NOT NULL;

SELECT count(*) AS scans_loaded FROM demo.scans \gset
\echo loaded :scans_loaded scans into demo.scans
