-- demo/report.sql: the demo report, run with psql after demo/load.sql
--
-- Reads the views of demo/load.sql: every scan parsed, units de-duplicated,
-- units grouped by issuing GS1 member organisation, and the rejects.
\set ON_ERROR_STOP on
\pset null '-'
\pset footer off
\pset format wrapped
\pset linestyle unicode

SELECT count(*) AS n_scans,
	count(code) AS n_valid,
	count(*) - count(code) AS n_rejected,
	(SELECT count(DISTINCT unit) FROM demo.unit_scans) AS n_units,
	count(DISTINCT form) AS n_forms
FROM demo.scan_results \gset

\echo
\echo '================================================================'
\echo ' provenance demo: marking codes from a Middle Corridor scan log'
\echo '================================================================'
\echo :n_scans 'scans from checkpoints between Khorgos and Istanbul, in' :n_forms 'forms;'
\echo :n_valid 'valid,' :n_rejected 'rejected, identifying' :n_units 'distinct units.'

\echo
\echo '1. Every scan, parsed'
\echo '   The raw text as the scanner sent it (GS shown as ␝) and the canonical'
\echo '   GS1 element string (AIs in order, (92) shortened), or why it was rejected.'
\echo
SELECT id AS "#", scanner, form,
	demo.abbrev(raw, 40) AS raw,
	coalesce(demo.short_code(code), '✗ ' || error) AS "canonical form / reject reason"
FROM demo.scan_results
ORDER BY id;

\echo
\echo '2. Units, de-duplicated by unit identity: provenance.gs1_item(code)'
\echo '   (the GTIN and serial; crypto tails (91)/(92)/(93) and attributes dropped).'
\echo '   The same unit arrives in different forms at different checkpoints.'
\echo
WITH seen AS (
	SELECT unit, scanned_at, form,
		regexp_replace(scanner, '^[A-Z]{2}-([A-Z]+).*$', '\1') AS place,
		lag(regexp_replace(scanner, '^[A-Z]{2}-([A-Z]+).*$', '\1'))
			OVER (PARTITION BY unit ORDER BY scanned_at, id) AS prev_place
	FROM demo.unit_scans
)
SELECT unit::text AS unit,
	count(*) AS scans,
	string_agg(DISTINCT form, ', ') AS "forms seen",
	string_agg(place, ' → ' ORDER BY scanned_at)
		FILTER (WHERE prev_place IS DISTINCT FROM place) AS route
FROM seen
GROUP BY unit
ORDER BY count(*) DESC, min(scanned_at);

\echo
\echo '3. Units by issuing GS1 member organisation:'
\echo '   provenance.gtin_issuer(provenance.gs1_gtin(code)). This is the organisation'
\echo '   that licensed the company prefix, not the country where goods were made.'
\echo
SELECT coalesce(provenance.gtin_issuer(gtin),
		CASE WHEN gtin IS NULL THEN '(no GTIN: logistic unit)' ELSE '(unassigned prefix)' END)
		AS "GS1 member organisation",
	string_agg(DISTINCT provenance.gtin_gs1_prefix(gtin), ', ') AS prefix,
	count(DISTINCT gtin) AS gtins,
	count(DISTINCT unit) AS units,
	count(*) AS scans
FROM demo.unit_scans
GROUP BY 1
ORDER BY units DESC, 1;

\echo
\echo '4. Rejects, and why: provenance.gs1_error(raw)'
\echo
SELECT id AS "#", scanner, replace(raw, chr(29), '␝') AS raw, error AS reason
FROM demo.scan_results
WHERE code IS NULL
ORDER BY id;

\echo
\echo 'The data stays in demo.scans (views demo.scan_results, demo.unit_scans) while'
\echo 'the cluster runs: start the demo with PROVENANCE_KEEP=1 to keep it and query it.'

\echo
\echo '5. Signed origin records: provenance.verify(record, manufacturer key)'
\echo '   Each manufacturer signed a record for every unit it made (JWS, keys'
\echo '   from provenance.generate_keypair); the key is chosen by the record''s'
\echo '   kid from demo.manufacturer, never from the record itself.'
\echo
SELECT count(*) FILTER (WHERE verified) AS n_ok,
	count(*) FILTER (WHERE NOT verified) AS n_forged
FROM demo.origin_check \gset
SELECT id AS "#", demo.short_code(unit) AS unit, claimed_by, made_in, alg,
	coalesce(key_holder, '(no such key)') AS "key named by kid",
	CASE WHEN verified THEN 'genuine' ELSE '✗ FORGED' END AS verdict,
	story AS "what the demo did"
FROM demo.origin_check
ORDER BY verified, id;
\echo
\echo :n_ok 'records verify,' :n_forged 'are rejected; one query checks them all:'
\echo '   SELECT ... provenance.verify(o.record, m.public_key) FROM origin_record o'
\echo '   JOIN manufacturer m ON m.kid = provenance.record_kid(o.record)'
