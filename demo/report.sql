-- demo/report.sql: the demo report, run with psql after demo/load.sql,
-- demo/records.sql, demo/custody.sql, demo/journeys.sql and
-- demo/trademark.sql (demo/run.sh does)
--
-- Reads the views of demo/load.sql: every scan parsed, units de-duplicated,
-- units grouped by issuing GS1 member organisation, and the rejects; then
-- the verdicts of the trust store on the signed records of
-- demo/records.sql and demo/custody.sql, and the registered signers; the
-- marketplace listings of demo/trademark.sql; the units' journeys of
-- demo/journeys.sql (provenance.custody_verify) and the log's signed
-- Merkle checkpoint with one inclusion proof.
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
\echo '5. Signed origin records, judged by the trust store: provenance.verification(record)'
\echo '   Each manufacturer signed a record for every unit it made (JWS, keys from'
\echo '   provenance.generate_keypair) and is registered in provenance.signer under'
\echo '   its kid.  The key is the registered one for the record''s kid, never one'
\echo '   the record carries; four forgeries are mixed in.'
\echo
SELECT id AS "#", demo.short_code(unit) AS unit, claimed_by, made_in, alg,
	coalesce(kid, '(none)') AS kid,
	CASE WHEN verified THEN '✓ ' ELSE '✗ ' END || status AS status,
	detail, story AS "what the demo did"
FROM demo.origin_check
ORDER BY verified, id;

\echo
\echo '6. The registered signers: provenance.signer'
\echo '   Registered with provenance.signer_add(public_key, party, role, kid, gln,'
\echo '   country, valid_from, valid_until); two revoked with provenance.signer_revoke.'
\echo '   Not shown: the 13 event keys (kid …-epcis) and the log operator''s of part 10.'
\echo
SELECT kid, party, role, country, coalesce(party_gln, '-') AS gln,
	coalesce(to_char(valid_from, 'YYYY-MM-DD') || ' – ', '') ||
		coalesce(to_char(valid_until, 'YYYY-MM-DD'), CASE WHEN valid_from IS NULL THEN 'always' ELSE '' END) AS "may sign",
	coalesce(to_char(revoked_at, 'YYYY-MM-DD HH24:MI') || ' ' || revocation_reason, '-') AS revoked
FROM provenance.signer
WHERE kid NOT LIKE '%-epcis' AND kid <> 'route-log-operator'
ORDER BY CASE role WHEN 'manufacturer' THEN 0 ELSE 1 END,
	array_position(ARRAY['CN', 'KZ', 'AZ', 'GE', 'TR'], country), kid;

\echo
\echo '7. Chain of custody of one unit, CN → KZ → AZ → GE → TR, and each verdict'
\echo '   SELECT ..., (provenance.verification(record)).* FROM demo.custody_record'
\echo '   Judged as of each record''s issue time (iat): a key revoked for'
\echo '   key_compromise fails every record, a superseded key only later ones.'
\echo
SELECT id AS "#", to_char(issued_at, 'MM-DD HH24:MI') AS iat, place, type,
	coalesce(kid, '(none)') AS kid,
	CASE WHEN ok THEN '✓ ' ELSE '✗ ' END || status AS status,
	coalesce(party, '-') AS party, coalesce(role, '-') AS role,
	detail, story AS "what the demo did"
FROM demo.custody_check
ORDER BY id;

\echo
\echo '8. Verdicts of all records, by status'
\echo
SELECT CASE WHEN bool_or(v.ok) THEN '✓ ' ELSE '✗ ' END || v.status AS status,
	count(*) FILTER (WHERE r.src = 'origin') AS "origin records",
	count(*) FILTER (WHERE r.src = 'custody') AS "custody records"
FROM (SELECT 'origin' AS src, record FROM demo.origin_record
	  UNION ALL SELECT 'custody', record FROM demo.custody_record) AS r,
	LATERAL provenance.verification(r.record) AS v
GROUP BY v.status
ORDER BY bool_or(v.ok) DESC, count(*) DESC, v.status;
\echo
\echo 'One query keeps only what a trusted party signed, valid when it was signed:'
\echo '   SELECT ... FROM demo.custody_record WHERE provenance.verify(record)'

\echo
\echo '9. Marketplace listings: which registered marks they name, disguised or not'
\echo
SELECT l.id AS "#", l.title, l.seller,
	coalesce(c.mark, '-') AS mark, coalesce(c.matched, '') AS "read as",
	coalesce(c.match_kind, '') AS how, coalesce(round(c.score::numeric, 2)::text, '') AS score,
	CASE WHEN c.referential THEN 'accessory for it' WHEN c.mark IS NULL THEN '' ELSE 'the product itself' END AS use,
	coalesce(array_to_string(c.counterfeit_cues, ', '), '') AS cues,
	CASE c.seller_authorized WHEN true THEN 'yes' WHEN false THEN 'no' ELSE '' END AS "seller authorized",
	CASE c.gtin_matches_holder WHEN true THEN 'holder''s' WHEN false THEN 'NOT the holder''s' ELSE '' END AS gtin
FROM demo.listing l
LEFT JOIN LATERAL provenance.trademark_check(l.title, l.seller, l.gtin, 'KZ', l.category) c ON true
ORDER BY l.id, c.mark;
\echo 'A listing that names a mark, is not an accessory, and is sold by an unauthorized'
\echo 'seller or under another company''s GTIN is the one to look at:'
\echo '   ... WHERE NOT c.referential AND (NOT c.seller_authorized OR NOT c.gtin_matches_holder)'

\echo
\echo '10. Journeys along the route: five units shipped from Shenzhen in April 2025'
\echo '    Each hand-over is a custody event (provenance.custody_event + provenance.sign, by the'
\echo '    parties'' event keys, kid …-epcis) naming the record_hash of the unit''s previous event.'
\echo '    One aggregate per unit follows those links and checks every event through the trust'
\echo '    store; a journey is shown up to where it broke (✗):'
\echo '    SELECT provenance.custody_item(record) AS item, (provenance.custody_verify(record)).*'
\echo '      FROM demo.custody_event GROUP BY 1'
\echo '    Stops (UN/LOCODE): CNSNZ Shenzhen, CNURC Urumqi, KZHOR Khorgos, KZAAU Aktau,'
\echo '    AZBAK Baku, GETBS Tbilisi, TRIST Istanbul, KZALA Almaty.'
\echo
-- word-wraps t at about 92 characters, each line after the first indented
CREATE FUNCTION pg_temp.wrap(t text, indent text DEFAULT '      ') RETURNS text LANGUAGE sql IMMUTABLE
	AS $$ SELECT indent || rtrim(replace(regexp_replace(t, '(.{1,92})(\s+|$)', E'\\1\n', 'g'), E'\n', E'\n' || indent), E'\n ') $$;
\pset format unaligned
\pset tuples_only on
SELECT format(E'%s %s  %s%s — %s\n%s%s%s\n',
		CASE WHEN v.ok THEN '✓' ELSE '✗' END,
		provenance.gs1_serial(v.item::provenance.gs1),
		v.status,
		CASE WHEN v.ok THEN format(' (%s events)', v.events)
			 ELSE format(' at stop %s, %s', v.broken_at, v.journey[v.broken_at]) END,
		coalesce(s.story, ''),
		pg_temp.wrap(array_to_string(v.journey, ' → ') || CASE WHEN v.ok THEN '' ELSE ' ✗' END),
		CASE WHEN v.ok THEN '' ELSE E'\n' || pg_temp.wrap(v.detail) END,
		-- a previous event of another unit in the log: where the unit came from
		(SELECT format(E'\n      The event it names as previous is %s of %s.',
				c ->> 'event' || '@' || (c ->> 'location'), provenance.gs1_serial(provenance.custody_item(p.record)::provenance.gs1))
		 FROM demo.custody_event AS b, demo.custody_event AS p, provenance.record_claims(p.record) AS c
		 WHERE provenance.record_hash(b.record) = v.broken_event
		   AND provenance.record_hash(p.record) = provenance.custody_prev(b.record)
		   AND provenance.custody_item(p.record) <> v.item))
FROM (SELECT provenance.custody_item(record) AS item, (provenance.custody_verify(record)).*
	  FROM demo.custody_event GROUP BY 1) AS v
LEFT JOIN demo.journey_story AS s ON s.unit::text = v.item
ORDER BY s.n, v.item;
\pset tuples_only off
\pset format wrapped
\echo 'Cloned codes: two events claiming the same predecessor,'
\echo '   SELECT * FROM provenance.custody_forks(''demo.custody_event'')'
\echo
SELECT provenance.gs1_serial(f.item::provenance.gs1) AS unit,
	(SELECT c ->> 'event' || '@' || (c ->> 'location')
	 FROM demo.custody_event AS e, provenance.record_claims(e.record) AS c
	 WHERE provenance.record_hash(e.record) = f.prev) AS "predecessor",
	c ->> 'event' || '@' || (c ->> 'location') AS "event claiming it",
	provenance.record_kid(r) AS "signed by",
	to_char(to_timestamp((c ->> 'iat')::bigint) AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') AS "at (UTC)"
FROM provenance.custody_forks('demo.custody_event') AS f,
	unnest(f.records) AS r, provenance.record_claims(r) AS c
ORDER BY 1, (c ->> 'iat')::bigint;

\echo
\echo '11. The log is tamper-evident: a signed Merkle checkpoint (RFC 9162)'
\echo '    The log operator signed the tree size and the Merkle root of demo.custody_event'
\echo '    (leaf = a record''s text, in seq order): merkle_checkpoint(count(*), merkle_root(leaf'
\echo '    ORDER BY seq), ...) passed to sign().  Anyone holding the checkpoint checks it:'
\echo
SELECT provenance.record_claims(c.record) ->> 'log' AS log,
	provenance.merkle_checkpoint_size(c.record) AS tree_size,
	to_char(to_timestamp((provenance.record_claims(c.record) ->> 'iat')::bigint) AT TIME ZONE 'UTC',
		'YYYY-MM-DD HH24:MI') AS "signed at (UTC)",
	provenance.record_kid(c.record) AS "signed by",
	CASE WHEN v.ok THEN '✓ ' ELSE '✗ ' END || v.status AS signature,
	(SELECT provenance.merkle_root(convert_to(e.record::text, 'UTF8') ORDER BY e.seq)
	 FROM demo.custody_event AS e
	 WHERE e.seq <= provenance.merkle_checkpoint_size(c.record))
		= provenance.merkle_checkpoint_root(c.record) AS "log still has this root"
FROM demo.custody_checkpoint AS c, LATERAL provenance.verification(c.record) AS v
ORDER BY c.id;
\echo
\echo 'One event proved to be in the log: the Baku sale of the cloned code E0004, with'
\echo 'merkle_inclusion_proof(leaves, index) and merkle_verify_inclusion(leaf, index,'
\echo 'tree_size, proof, root); the shop''s record edited to say Almaty fails the same proof.'
\echo
WITH c AS (
	SELECT record FROM demo.custody_checkpoint ORDER BY id DESC LIMIT 1),
sale AS (
	SELECT e.seq, e.record, convert_to(e.record::text, 'UTF8') AS leaf,
		convert_to(split_part(e.record::text, '.', 1) || '.' ||
			rtrim(translate(encode(convert_to(
				jsonb_set(provenance.record_claims(e.record), '{location}', '"KZALA"')::text,
				'UTF8'), 'base64'), E'+/\n', '-_'), '=') || '.' ||
			split_part(e.record::text, '.', 3), 'UTF8') AS edited_leaf
	FROM demo.custody_event AS e
	WHERE provenance.custody_item(e.record) = '(01)06901234567892(21)E0004'
	  AND provenance.record_claims(e.record) ->> 'location' = 'AZBAK'),
p AS (
	SELECT sale.*, provenance.merkle_checkpoint_size(c.record) AS tree_size,
		provenance.merkle_checkpoint_root(c.record) AS root,
		(SELECT provenance.merkle_inclusion_proof(array_agg(convert_to(e.record::text, 'UTF8') ORDER BY e.seq), sale.seq - 1)
		 FROM demo.custody_event AS e
		 WHERE e.seq <= provenance.merkle_checkpoint_size(c.record)) AS proof
	FROM sale, c)
SELECT p.seq - 1 AS "leaf index",
	(SELECT c ->> 'event' || '@' || (c ->> 'location') FROM provenance.record_claims(p.record) AS c) AS event,
	provenance.record_kid(p.record) AS "signed by",
	p.tree_size,
	cardinality(p.proof) AS "proof hashes",
	provenance.merkle_verify_inclusion(p.leaf, p.seq - 1, p.tree_size, p.proof, p.root) AS included,
	provenance.merkle_verify_inclusion(p.edited_leaf, p.seq - 1, p.tree_size, p.proof, p.root) AS "edited copy included"
FROM p;

\echo
\echo 'The data stays in demo.scans (views demo.scan_results, demo.unit_scans),'
\echo 'demo.origin_record, demo.custody_record (views demo.origin_check,'
\echo 'demo.custody_check), demo.custody_event, demo.custody_checkpoint and'
\echo 'provenance.signer while the cluster runs: start the demo with'
\echo 'PROVENANCE_KEEP=1 to keep it and query it.'
