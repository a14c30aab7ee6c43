# test/t/001_dump_restore.pl
#	gtin and gs1 data survive pg_dump and restore, and binary COPY between
#	servers:
#	  - a few thousand generated rows plus one row per gs1 input form, in a
#	    table keyed on gtin with btree and hash indexes on gs1, and in a
#	    table hash-partitioned on gs1;
#	  - pg_dump plain, plain --load-via-partition-root and custom (restored
#	    with pg_restore -j 2) into a second server: same rows (count and md5
#	    in key order), same order under the gs1 btree opclass, every row in
#	    the same hash partition as before, indexes valid (amcheck), used by
#	    the planner, and provenance.gs1_prefix as a fresh install has it (the
#	    dump carries no rows of it, so a local edit is not kept);
#	  - the trust store: provenance.signer (five signers, two revoked) and
#	    provenance.trust_anchor (a CA certificate made with the openssl
#	    command) are configuration tables, so every dump carries their rows
#	    and every restore has them unchanged; the verdicts of verify() and
#	    verification() on records of every kind (valid, revoked for
#	    key_compromise and superseded, expired signer, unknown signer, bad
#	    signature, x5c chain to the anchor and to an untrusted CA) are the
#	    same before and after;
#	  - COPY (FORMAT binary) out of one server and into the other;
#	  - a binary COPY file with one corrupted gtin or gs1 field is rejected
#	    with SQLSTATE 22P03 and leaves the table unchanged.
#
# Runs with prove as a non-root user (see test/run.sh), against the
# extension installed in the PostgreSQL found on PATH.

use strict;
use warnings;

use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;
use IPC::Run;
use Time::HiRes qw(time);

my $t0 = time;
my $tmp = PostgreSQL::Test::Utils::tempdir;

my $src = PostgreSQL::Test::Cluster->new('source');
$src->init;
$src->start;
my $dst = PostgreSQL::Test::Cluster->new('target');
$dst->init;
$dst->start;

# --- schema and data --------------------------------------------------

# The user tables, created on the source and (for binary COPY) the target.
my $ddl = <<'SQL';
CREATE TABLE items (
	gtin provenance.gtin PRIMARY KEY,
	code provenance.gs1 NOT NULL,
	note text
);
CREATE INDEX items_code_idx ON items (code);
CREATE INDEX items_code_hash ON items USING hash (code);
CREATE TABLE scans (
	id integer NOT NULL,
	code provenance.gs1 NOT NULL,
	form text NOT NULL
) PARTITION BY HASH (code);
CREATE TABLE scans_p0 PARTITION OF scans FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TABLE scans_p1 PARTITION OF scans FOR VALUES WITH (MODULUS 4, REMAINDER 1);
CREATE TABLE scans_p2 PARTITION OF scans FOR VALUES WITH (MODULUS 4, REMAINDER 2);
CREATE TABLE scans_p3 PARTITION OF scans FOR VALUES WITH (MODULUS 4, REMAINDER 3);
CREATE INDEX scans_code_idx ON scans (code);
CREATE TABLE forms (
	form text PRIMARY KEY,
	input text NOT NULL,
	code provenance.gs1 NOT NULL,
	expected text NOT NULL
);
SQL

# 3000 GTIN-14s (indicator, 4870, 8-digit counter, the one check digit that
# gtin_is_valid accepts) with gs1 codes in several shapes: serial only,
# batch and expiry given out of order, (91)/(92) and (93) crypto tails,
# scanner data, and Digital Link with parentheses in the serial (escaped in
# the canonical text, so the text round trip of the dump is exercised).
my $fill = <<'SQL';
INSERT INTO items (gtin, code, note)
SELECT c.gtin::provenance.gtin,
	(CASE g % 5
		WHEN 0 THEN '(01)' || c.gtin || '(21)S' || g
		WHEN 1 THEN '(21)S' || g || '(17)2' || (g % 9) || '1231(10)L' || (g % 97) || '(01)' || c.gtin
		WHEN 2 THEN '(01)' || c.gtin || '(21)' || substr(md5(g::text), 1, 13)
			|| '(91)EE07(92)' || substr(md5(g::text) || md5((-g)::text), 1, 44)
		WHEN 3 THEN ']d201' || c.gtin || '21' || substr(md5(g::text), 1, 13)
			|| E'\x1d' || '93' || substr(md5((-g)::text), 1, 4)
		ELSE 'https://id.gs1.org/01/' || c.gtin || '/21/P%28' || g || '%29x'
	END)::provenance.gs1,
	'row ' || g
FROM generate_series(1, 3000) AS g,
	LATERAL (SELECT x.b || d AS gtin
			 FROM (SELECT (g % 9)::text || '4870' || lpad(g::text, 8, '0') AS b) AS x,
				 generate_series(0, 9) AS d
			 WHERE provenance.gtin_is_valid(x.b || d)) AS c;

-- one row per input form: input text, and the canonical text it must give
INSERT INTO forms (form, input, code, expected)
SELECT form, input, input::provenance.gs1, expected FROM (VALUES
	('bracketed', '(01)04870001234560(21)FBR', '(01)04870001234560(21)FBR'),
	('bracketed, unordered, spaces', '  (21)FUN(10)L1(01)04870001234560  ', '(01)04870001234560(10)L1(21)FUN'),
	('bracketed, escaped parentheses', '(01)04870001234560(10)AB\(1\)(21)FPA', '(01)04870001234560(10)AB\(1)(21)FPA'),
	('scanner, GS character', E']d2010487000123456021FGS\x1d10L1', '(01)04870001234560(10)L1(21)FGS'),
	('scanner, <GS>', ']d2010487000123456021FLT<GS>10L1', '(01)04870001234560(10)L1(21)FLT'),
	('scanner, \x1d text', ']d2010487000123456021FBX\x1d10L1', '(01)04870001234560(10)L1(21)FBX'),
	('scanner, \u001d text', ']d2010487000123456021FBU\u001d10L1', '(01)04870001234560(10)L1(21)FBU'),
	('scanner, ^', ']d2010487000123456021FCA^10L1', '(01)04870001234560(10)L1(21)FCA'),
	('scanner, no symbology identifier', E'010487000123456021FRW\x1d10L1', '(01)04870001234560(10)L1(21)FRW'),
	('scanner, ]Q3', ']Q3010487000123456021FQ3', '(01)04870001234560(21)FQ3'),
	('scanner, ]C1', ']C1010487000123456021FC1', '(01)04870001234560(21)FC1'),
	('scanner, ]e0', ']e0010487000123456021FE0', '(01)04870001234560(21)FE0'),
	('scanner, ]J1', ']J1010487000123456021FJ1', '(01)04870001234560(21)FJ1'),
	('scanner, crypto tail 91/92', E']d20104870001234560215ntVX9jqrAw\x1d91EE07\x1d92ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqr', '(01)04870001234560(21)5ntVX9jqrAw(91)EE07(92)ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqr'),
	('bracketed, crypto tail 93', '(01)04870001234560(21)FC93(93)AbCd', '(01)04870001234560(21)FC93(93)AbCd'),
	('Digital Link', 'https://id.gs1.org/01/04870001234560/21/FDL', '(01)04870001234560(21)FDL'),
	('Digital Link, other domain, query', 'https://example.com/shop/01/04870001234560/10/L1/21/FDQ?17=271231', '(01)04870001234560(10)L1(17)271231(21)FDQ'),
	('Digital Link, percent-encoding', 'https://id.gs1.org/01/04870001234560/21/F%2FP%25E', '(01)04870001234560(21)F/P%E'),
	('Digital Link, GTIN-8', 'https://id.gs1.org/01/96385272', '(01)00000096385272'),
	('EPC URN', 'urn:epc:id:sgtin:4870001.023456.FEPC', '(01)04870001234560(21)FEPC'),
	('EPC URN, indicator 1', 'urn:epc:id:sgtin:4870001.123456.F%2FE', '(01)14870001234567(21)F/E')
) AS v(form, input, expected);

INSERT INTO scans (id, code, form)
SELECT row_number() OVER (ORDER BY gtin), code, 'generated' FROM items;
INSERT INTO scans (id, code, form)
SELECT 100000 + row_number() OVER (ORDER BY form), code, form FROM forms;
ANALYZE;
SQL

$src->safe_psql('postgres', 'CREATE DATABASE orig');
$src->safe_psql('orig', "CREATE EXTENSION provenance;\n$ddl$fill");

# A local edit of the extension's reference table: not configuration, so
# pg_dump must not carry it (the restored table is the shipped one).
is( $src->safe_psql(
		'orig', q{
	WITH u AS (UPDATE provenance.gs1_prefix
				SET organisation = organisation || ' (local edit)'
				WHERE gs1_8 AND prefix_from = 977 RETURNING 1)
	SELECT count(*) FROM u}),
	'1',
	'source: one local edit of provenance.gs1_prefix');

# --- trust store ------------------------------------------------------

# A CA certificate (the trust anchor) and two leaves with digitalSignature:
# one issued by the CA, one by a CA nobody trusts; made with the openssl
# command.
sub openssl
{
	my @args = @_;
	my ($stdout, $stderr);
	my $ok = IPC::Run::run([ 'openssl', @args ], '>', \$stdout, '2>', \$stderr);
	BAIL_OUT("openssl @args: $stderr") unless $ok;
	return;
}
write_file("$tmp/leaf.ext",
	"basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\n");
for my $ca (qw(ca rogue))
{
	openssl('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256',
		'-nodes', '-subj', "/CN=Test $ca", '-days', '3650',
		'-addext', 'basicConstraints=critical,CA:TRUE',
		'-addext', 'keyUsage=critical,keyCertSign,cRLSign',
		'-keyout', "$tmp/$ca.key", '-out', "$tmp/$ca.pem");
	openssl('req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256',
		'-nodes', '-subj', "/CN=Border post of $ca", '-keyout', "$tmp/$ca-leaf.key",
		'-out', "$tmp/$ca-leaf.csr");
	openssl('x509', '-req', '-in', "$tmp/$ca-leaf.csr", '-CA', "$tmp/$ca.pem",
		'-CAkey', "$tmp/$ca.key", '-set_serial', '2', '-days', '365',
		'-extfile', "$tmp/leaf.ext", '-out', "$tmp/$ca-leaf.pem");
}
my %pem = map { $_ => slurp_file("$tmp/$_") }
  qw(ca.pem ca-leaf.pem ca-leaf.key rogue-leaf.pem rogue-leaf.key);

# Signers: valid (with GLN, country and a window), revoked for
# key_compromise, superseded at base + 10, expired at base + 10, a P-256
# key; records signed by each, by an unregistered key, one with another
# record's signature, and two x5c chains (to the anchor, and to a CA that is
# not one).  Signer rows carry created_at = now() of this transaction.
$src->safe_psql(
	'orig', qq{
CREATE TABLE trust_keys (kid text PRIMARY KEY, priv text NOT NULL, pub provenance.pubkey NOT NULL);
INSERT INTO trust_keys
SELECT k, g.private_key, g.public_key
FROM (VALUES ('ok', 'Ed25519'), ('compromised', 'Ed25519'), ('superseded', 'Ed25519'),
		('expired', 'Ed25519'), ('p256', 'P-256'), ('stranger', 'Ed25519')) AS v(k, t),
	LATERAL provenance.generate_keypair(t) AS g;
CREATE TABLE trust_base AS SELECT extract(epoch FROM now())::bigint - 100000 AS t;
SELECT provenance.signer_add(pub, 'Almaty Textiles', 'manufacturer', kid => kid,
	party_gln => '4870001234560', country => 'KZ',
	valid_from => to_timestamp((SELECT t FROM trust_base) - 1000),
	valid_until => to_timestamp((SELECT t FROM trust_base) + 1000000))
FROM trust_keys WHERE kid = 'ok';
SELECT provenance.signer_add(pub, 'Caspian Carrier', 'carrier', kid => kid, country => 'AZ')
FROM trust_keys WHERE kid = 'compromised';
SELECT provenance.signer_add(pub, 'Old Key Co', 'brand_owner', kid => kid)
FROM trust_keys WHERE kid = 'superseded';
SELECT provenance.signer_add(pub, 'Gone Ltd', 'retailer', kid => kid,
	valid_until => to_timestamp((SELECT t FROM trust_base) + 10))
FROM trust_keys WHERE kid = 'expired';
SELECT provenance.signer_add(pub, 'Tbilisi Port', 'port', kid => kid, country => 'GE')
FROM trust_keys WHERE kid = 'p256';
SELECT provenance.signer_revoke('compromised', 'key_compromise', to_timestamp((SELECT t FROM trust_base) + 50));
SELECT provenance.signer_revoke('superseded', 'superseded', to_timestamp((SELECT t FROM trust_base) + 10));
SELECT provenance.trust_anchor_add('Test customs CA', \$pem\$$pem{'ca.pem'}\$pem\$, ARRAY['customs']);

CREATE TABLE trust_recs (id int PRIMARY KEY, rec provenance.signed_record NOT NULL);
INSERT INTO trust_recs
SELECT row_number() OVER (ORDER BY k.kid, d), provenance.sign(
		jsonb_build_object('iat', (SELECT t FROM trust_base) + d, 'gtin', '04870001234560'),
		k.priv, k.kid)
FROM trust_keys k, (VALUES (1), (20)) AS x(d);
-- header.payload of one record with the signature of another
INSERT INTO trust_recs
SELECT 100, (split_part(a.rec::text, '.', 1) || '.' || split_part(a.rec::text, '.', 2) || '.'
		|| split_part(b.rec::text, '.', 3))::provenance.signed_record
FROM trust_recs a, trust_recs b WHERE a.id = 1 AND b.id = 2;
INSERT INTO trust_recs
SELECT 200 + n, provenance.sign(
		jsonb_build_object('iat', extract(epoch FROM now())::bigint + 2, 'gtin', '04870001234560'),
		key, alg => 'ES256',
		header => jsonb_build_object('x5c', jsonb_build_array(provenance.certificate_x5c(leaf::provenance.certificate))))
FROM (VALUES (1, \$pem\$$pem{'ca-leaf.pem'}\$pem\$, \$pem\$$pem{'ca-leaf.key'}\$pem\$),
		(2, \$pem\$$pem{'rogue-leaf.pem'}\$pem\$, \$pem\$$pem{'rogue-leaf.key'}\$pem\$)) AS v(n, leaf, key);
});

# The registry and the verdicts; each restored database must give the same.
my @trust_checks = (
	[ 'signer rows' =>
		  q{SELECT count(*) || ' ' || count(revoked_at) || ' ' || md5(string_agg(s::text, ',' ORDER BY kid)) FROM provenance.signer s} ],
	[ 'trust_anchor rows' => q{SELECT count(*) || ' ' || md5(string_agg(a::text || ' '
			|| encode(provenance.certificate_der(certificate), 'hex'), ',' ORDER BY name)) FROM provenance.trust_anchor a} ],
	[ 'trust_recs rows' =>
		  q{SELECT count(*) || ' ' || md5(string_agg(r::text, ',' ORDER BY id)) FROM trust_recs r} ],
	[ 'verdict statuses' => q{
		SELECT string_agg(status || ' ' || n, ', ' ORDER BY status)
		FROM (SELECT (provenance.verification(rec)).status, count(*) AS n FROM trust_recs GROUP BY 1) x} ],
	[ 'verdicts' =>
		  q{SELECT string_agg(id || ' ' || provenance.verify(rec) || ' ' || provenance.verification(rec)::text, E'\n' ORDER BY id) FROM trust_recs} ],);

my %trust_orig;
$trust_orig{ $_->[0] } = $src->safe_psql('orig', $_->[1]) for @trust_checks;
like($trust_orig{'signer rows'}, qr/^5 2 [0-9a-f]{32}$/, 'source: 5 signers, 2 revoked');
like($trust_orig{'trust_anchor rows'}, qr/^1 [0-9a-f]{32}$/, 'source: 1 trust anchor');
is( $trust_orig{'verdict statuses'},
	'bad_signature 1, signer_expired 1, signer_revoked 3, unknown_signer 2, untrusted_chain 1, valid 7',
	'source: the verdicts cover valid, revoked, expired, unknown, bad signature and untrusted chain')
  or diag($trust_orig{'verdicts'});
like( $trust_orig{'verdicts'}, qr/^201 true \(t,valid,,"CN=Border post of ca",customs,/m,
	'source: the x5c record chained to the anchor is valid, party the leaf subject');

# --- digests ----------------------------------------------------------

# Each check is a query returning one line; the restored database must give
# the same line as the source.
my @checks = (
	[ 'items rows' =>
		  q{SELECT count(*) || ' ' || md5(string_agg(t::text, ',' ORDER BY gtin)) FROM items t} ],
	[ 'items gs1 in btree order' =>
		  q{SELECT md5(string_agg(code::text, ',' ORDER BY code)) FROM items} ],
	[ 'items gtin in btree order' =>
		  q{SELECT md5(string_agg(gtin::text, ',' ORDER BY gtin)) FROM items} ],
	[ 'scans rows' =>
		  q{SELECT count(*) || ' ' || md5(string_agg(s::text, ',' ORDER BY id)) FROM scans s} ],
	[ 'scans rows per partition' => q{
		SELECT string_agg(part || ':' || n || ':' || h, ' ' ORDER BY part)
		FROM (SELECT tableoid::regclass::text AS part, count(*) AS n,
					 md5(string_agg(s::text, ',' ORDER BY id)) AS h
			  FROM scans s GROUP BY 1) AS x} ],
	[ 'forms rows' =>
		  q{SELECT count(*) || ' ' || md5(string_agg(f::text, ',' ORDER BY form)) FROM forms f} ],
	[ 'indexes' => q{
		SELECT string_agg(pg_get_indexdef(c.oid), '; ' ORDER BY c.relname)
		FROM pg_class c
		WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('i', 'I')} ],);

my %orig;
$orig{ $_->[0] } = $src->safe_psql('orig', $_->[1]) for @checks;

# The source itself is what the checks expect.
like($orig{'items rows'}, qr/^3000 [0-9a-f]{32}$/, 'source: 3000 items');
like($orig{'forms rows'}, qr/^21 [0-9a-f]{32}$/, 'source: 21 input forms');
like($orig{'scans rows per partition'},
	qr/^scans_p0:\d+:\w+ scans_p1:\d+:\w+ scans_p2:\d+:\w+ scans_p3:\d+:\w+$/,
	'source: every hash partition holds rows');
is( $src->safe_psql('orig',
		'SELECT form, code::text FROM forms WHERE code::text <> expected'),
	'', 'source: every input form gives its canonical text');
is( $src->safe_psql('orig',
		'SELECT count(*) FROM items WHERE code::text::provenance.gs1 OPERATOR(provenance.<>) code'),
	'0', 'source: canonical text reads back as the same value');
# the partition the source put one form's row in
my $probe = '(01)04870001234560(21)FBR';
my $probe_part = $src->safe_psql('orig',
	"SELECT tableoid::regclass FROM scans WHERE code OPERATOR(provenance.=) '$probe'");
like($probe_part, qr/^scans_p\d$/, "source: $probe is in one partition");
my $prefix_sql = q{SELECT count(*) || ' ' || md5(string_agg(p::text, ',' ORDER BY gs1_8, prefix_from))
	FROM provenance.gs1_prefix p};
my $prefix_src = $src->safe_psql('orig', $prefix_sql);

$dst->safe_psql('postgres', 'CREATE DATABASE fresh');
$dst->safe_psql('fresh', 'CREATE EXTENSION provenance');
my $prefix_fresh = $dst->safe_psql('fresh', $prefix_sql);
isnt($prefix_src, $prefix_fresh, 'source: gs1_prefix differs from a fresh install');
is( $dst->safe_psql('fresh',
		'SELECT count(*) FROM provenance.signer UNION ALL SELECT count(*) FROM provenance.trust_anchor'),
	"0\n0", 'a fresh install has no signers and no trust anchors');

# check_restored DB LABEL: every check of a restored database
sub check_restored
{
	my ($node, $db, $label) = @_;

	for my $c (@checks)
	{
		is($node->safe_psql($db, $c->[1]), $orig{ $c->[0] }, "$label: $c->[0]");
	}
	for my $c (@trust_checks)
	{
		is($node->safe_psql($db, $c->[1]), $trust_orig{ $c->[0] }, "$label: $c->[0]");
	}
	is( $node->safe_psql(
			$db, q{
		SELECT count(*) FROM scans s
		WHERE NOT satisfies_hash_partition('scans'::regclass, 4,
				right(s.tableoid::regclass::text, 1)::int, s.code)}),
		'0',
		"$label: every row satisfies its partition's hash bound");
	is( $node->safe_psql($db,
			'SELECT form, code::text FROM forms WHERE code::text <> expected'),
		'', "$label: input forms keep their canonical text");
	is($node->safe_psql($db, $prefix_sql),
		$prefix_fresh, "$label: gs1_prefix as in a fresh install");
	is( $node->safe_psql(
			$db, q{
		SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
		WHERE c.relnamespace = 'public'::regnamespace
		  AND NOT (i.indisvalid AND i.indisready AND i.indislive)}),
		'0',
		"$label: all indexes valid");

	# amcheck: btree order consistent with gs1_cmp/gtin_cmp, and every heap
	# tuple present in its index
	is( $node->safe_psql(
			$db, q{
		SET client_min_messages = warning;
		CREATE EXTENSION IF NOT EXISTS amcheck;
		SELECT count(bt_index_check(c.oid, true))
		FROM pg_class c JOIN pg_am a ON a.oid = c.relam
		WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'i'
		  AND a.amname = 'btree' AND c.relname NOT LIKE 'trust\\_%'}),
		'7',
		"$label: amcheck of the 7 btree indexes");

	# the planner uses the indexes, and they find the rows
	$node->safe_psql($db, 'ANALYZE');
	my $off = 'SET search_path = public, provenance; SET enable_seqscan = off; SET enable_bitmapscan = off; SET enable_sort = off;';
	like(
		$node->safe_psql($db,
			"$off EXPLAIN (COSTS OFF) SELECT code FROM items ORDER BY code LIMIT 5"),
		qr/Index (Only )?Scan using items_code_idx/,
		"$label: btree index on gs1 used for ORDER BY");
	like(
		$node->safe_psql($db,
			"$off EXPLAIN (COSTS OFF) SELECT * FROM items WHERE code = '$probe'"),
		qr/Index (Only )?Scan using items_code_(idx|hash)/,
		"$label: index on gs1 used for equality");
	like(
		$node->safe_psql($db,
			"$off EXPLAIN (COSTS OFF) SELECT * FROM items WHERE gtin = '04870000000012'"),
		qr/Index (Only )?Scan using items_pkey/,
		"$label: gtin primary key used");

	# partition pruning by hash finds each form's row in the partition that
	# holds it
	is( $node->safe_psql(
			$db, qq{$off
		SELECT string_agg(f.form, ', ') FROM forms f
		WHERE (SELECT count(*) FROM scans s WHERE s.code = f.code) <> 1}),
		'',
		"$label: every form found once through the partitioned table");
	my $plan = $node->safe_psql($db,
		"$off EXPLAIN (COSTS OFF) SELECT * FROM scans WHERE code = '$probe'");
	my %parts = map { $_ => 1 } $plan =~ /\b(scans_p\d)\b/g;
	is(join(',', sort keys %parts), $probe_part,
		"$label: equality on the partition key prunes to the partition the source used");
	like($plan, qr/Index (Only )?Scan using ${probe_part}_code_idx/,
		"$label: index of that partition used");
	return;
}

# --- pg_dump and restore ----------------------------------------------

my $plain = "$tmp/orig.sql";
my $plain_root = "$tmp/orig_root.sql";
my $custom = "$tmp/orig.dump";
$src->command_ok([ 'pg_dump', '-d', $src->connstr('orig'), '-f', $plain ], 'pg_dump plain');
$src->command_ok(
	[ 'pg_dump', '--load-via-partition-root', '-d', $src->connstr('orig'), '-f', $plain_root ],
	'pg_dump plain --load-via-partition-root');
$src->command_ok([ 'pg_dump', '-Fc', '-d', $src->connstr('orig'), '-f', $custom ], 'pg_dump custom');
$src->command_ok([ 'pg_restore', '-f', "$custom.sql", $custom ], 'pg_restore custom to script');

for my $f ($plain, $plain_root, "$custom.sql")
{
	my $text = slurp_file($f);
	my $name = $f =~ s{.*/}{}r;
	like($text, qr/^CREATE EXTENSION IF NOT EXISTS provenance WITH SCHEMA provenance;$/m,
		"$name: creates the extension");
	unlike($text, qr/^COPY provenance\.gs1_prefix/m, "$name: no COPY provenance.gs1_prefix");
	like($text, qr/^COPY provenance\.signer /m, "$name: COPY provenance.signer (config table)");
	like($text, qr/^COPY provenance\.trust_anchor /m, "$name: COPY provenance.trust_anchor (config table)");
	like($text, qr/^COPY public\.items /m, "$name: COPY public.items");
}
like(slurp_file($plain_root), qr/^COPY public\.scans /m,
	'--load-via-partition-root: rows go through the partitioned table');
unlike(slurp_file($plain), qr/^COPY public\.scans /m, 'plain: rows go to the partitions');

my $list = `pg_restore -l $custom`;
is($?, 0, 'pg_restore -l');
unlike($list, qr/TABLE DATA provenance gs1_prefix/, 'custom dump: no table data of gs1_prefix');
like($list, qr/TABLE DATA provenance signer /, 'custom dump: table data of signer');
like($list, qr/TABLE DATA provenance trust_anchor /, 'custom dump: table data of trust_anchor');

$dst->safe_psql('postgres', 'CREATE DATABASE r_plain');
$dst->command_ok(
	[ 'psql', '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', $dst->connstr('r_plain'), '-f', $plain ],
	'restore plain dump with psql');
check_restored($dst, 'r_plain', 'plain');

$dst->safe_psql('postgres', 'CREATE DATABASE r_root');
$dst->command_ok(
	[ 'psql', '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', $dst->connstr('r_root'), '-f', $plain_root ],
	'restore plain --load-via-partition-root dump with psql');
check_restored($dst, 'r_root', 'via partition root');

$dst->safe_psql('postgres', 'CREATE DATABASE r_custom');
$dst->command_ok(
	[ 'pg_restore', '--exit-on-error', '-j', '2', '-d', $dst->connstr('r_custom'), $custom ],
	'restore custom dump with pg_restore -j 2');
check_restored($dst, 'r_custom', 'custom');

# --- binary COPY between the servers ----------------------------------

$dst->safe_psql('postgres', 'CREATE DATABASE bin');
$dst->safe_psql('bin', "CREATE EXTENSION provenance;\n$ddl");
for my $t (qw(items scans forms))
{
	my ($rc, $out, $err) = $src->psql('orig',
		"\\copy (SELECT * FROM $t) TO '$tmp/$t.bin' WITH (FORMAT binary)");
	is($rc, 0, "binary COPY TO of $t") or diag($err);
	($rc, $out, $err) =
	  $dst->psql('bin', "\\copy $t FROM '$tmp/$t.bin' WITH (FORMAT binary)");
	is($rc, 0, "binary COPY FROM of $t") or diag($err);
}
is($dst->safe_psql('bin', $_->[1]), $orig{ $_->[0] }, "binary COPY: $_->[0]")
  for grep { $_->[0] ne 'indexes' } @checks;
is($dst->safe_psql('bin',
		'SELECT form, code::text FROM forms WHERE code::text <> expected'),
	'', 'binary COPY: input forms keep their canonical text');

# --- corrupted binary COPY files --------------------------------------

# read_copy_binary BYTES: header and rows (array refs of field values, undef
# for NULL) of a binary COPY file
sub read_copy_binary
{
	my ($b) = @_;
	my $sig = "PGCOPY\n\377\r\n\0";
	die 'not a binary COPY file' unless substr($b, 0, 11) eq $sig;
	my $extlen = unpack('N', substr($b, 15, 4));
	my $pos = 19 + $extlen;
	my $header = substr($b, 0, $pos);
	my @rows;
	while (1)
	{
		my $n = unpack('s>', substr($b, $pos, 2));
		$pos += 2;
		last if $n == -1;
		my @f;
		for (1 .. $n)
		{
			my $len = unpack('l>', substr($b, $pos, 4));
			$pos += 4;
			if ($len < 0) { push @f, undef; next; }
			push @f, substr($b, $pos, $len);
			$pos += $len;
		}
		push @rows, \@f;
	}
	die 'trailing bytes after the binary COPY trailer' unless $pos == length($b);
	return ($header, \@rows);
}

# write_copy_binary HEADER ROWS: the bytes of a binary COPY file
sub write_copy_binary
{
	my ($header, $rows) = @_;
	my $b = $header;
	for my $r (@$rows)
	{
		$b .= pack('s>', scalar @$r);
		$b .= defined($_) ? pack('l>', length($_)) . $_ : pack('l>', -1) for @$r;
	}
	return $b . pack('s>', -1);
}

sub write_file
{
	my ($path, $bytes) = @_;
	open(my $fh, '>:raw', $path) or die "$path: $!";
	print $fh $bytes;
	close($fh) or die "$path: $!";
	return;
}

# Subsets of items and scans, written by the source; the target tables get
# a few other rows first, so that a load that went through would show.
my ($rc, $out, $err) = $src->psql('orig',
	"\\copy (SELECT * FROM items ORDER BY gtin LIMIT 200) TO '$tmp/items200.bin' WITH (FORMAT binary)\n"
	  . "\\copy (SELECT * FROM scans ORDER BY id LIMIT 200) TO '$tmp/scans200.bin' WITH (FORMAT binary)");
is($rc, 0, 'binary COPY TO of 200-row subsets') or diag($err);
$dst->safe_psql(
	'bin', q{
	CREATE TABLE items_in (LIKE items INCLUDING ALL);
	INSERT INTO items_in SELECT * FROM items ORDER BY gtin DESC LIMIT 5;
	CREATE TABLE scans_in (LIKE scans) PARTITION BY HASH (code);
	CREATE TABLE scans_in_p0 PARTITION OF scans_in FOR VALUES WITH (MODULUS 2, REMAINDER 0);
	CREATE TABLE scans_in_p1 PARTITION OF scans_in FOR VALUES WITH (MODULUS 2, REMAINDER 1);
	INSERT INTO scans_in SELECT * FROM scans ORDER BY id DESC LIMIT 5;});

my %file;
for my $t (qw(items scans))
{
	my $bytes = slurp_file("$tmp/${t}200.bin");
	my ($header, $rows) = read_copy_binary($bytes);
	is(scalar @$rows, 200, "$t subset: 200 rows read");
	is(write_copy_binary($header, $rows), $bytes, "$t subset: written back byte for byte");
	$file{$t} = [ $header, $rows ];
}

my $digest_in = q{SELECT count(*) || ' ' || md5(string_agg(t::text, ',' ORDER BY t::text)) FROM %s t};
my %before = map { $_ => $dst->safe_psql('bin', sprintf($digest_in, "${_}_in")) } qw(items scans);

# The uncorrupted subset loads (and is rolled back).
for my $t (qw(items scans))
{
	write_file("$tmp/${t}_ok.bin", write_copy_binary(@{ $file{$t} }));
	($rc, $out, $err) = $dst->psql('bin',
		"BEGIN;\n\\copy ${t}_in FROM '$tmp/${t}_ok.bin' WITH (FORMAT binary)\n"
		  . "SELECT count(*) FROM ${t}_in;\nROLLBACK;");
	is($rc, 0, "$t: the rewritten file loads") or diag($err);
	is($out, '205', "$t: 200 rows added to 5");
}

# [table, row (0-based), field (0-based), new bytes, what, expected error]
my @corrupt = (
	[ 'items', 30, 1, "\x01(01)04870001234561",
		'gs1 (01) with a wrong check digit',
		qr/ERROR:  22P03: invalid binary gs1 value\nDETAIL:  .*check digit/ ],
	[ 'items', 30, 0, pack('q>', 4870001234561),
		'gtin 4870001234561 (wrong check digit)',
		qr/ERROR:  22P03: invalid binary value for type gtin: "4870001234561"/ ],
	[ 'items', 30, 0, pack('q>', -4870001234560),
		'gtin -4870001234560',
		qr/ERROR:  22P03: invalid binary value for type gtin: "-4870001234560"/ ],
	[ 'items', 30, 0, pack('q>', 100000000000000),
		'gtin 10^14 (15 digits)',
		qr/ERROR:  22P03: invalid binary value for type gtin: "100000000000000"/ ],
	[ 'items', 30, 1, "\x02(01)04870001234560(21)X",
		'gs1 version byte 2',
		qr/ERROR:  22P03: unsupported gs1 binary format version 2/ ],
	[ 'scans', 30, 1, "\x01(01)04870001234560(17)271340(21)X",
		'gs1 (17) with month 13, partitioned table',
		qr/ERROR:  22P03: invalid binary gs1 value/ ],
	[ 'scans', 30, 1, "\x01(21)X",
		'gs1 (21) without its primary key, partitioned table',
		qr/ERROR:  22P03: invalid binary gs1 value/ ],);

my $case = 0;
for my $c (@corrupt)
{
	my ($t, $row, $field, $bytes, $what, $want) = @$c;
	my ($header, $rows) = @{ $file{$t} };
	my @rows = map { [@$_] } @$rows;
	$rows[$row][$field] = $bytes;
	my $path = "$tmp/${t}_bad$case.bin";
	write_file($path, write_copy_binary($header, \@rows));
	my $desc = sprintf('%s row %d: %s', $t, $row + 1, $what);
	($rc, $out, $err) = $dst->psql('bin',
		"\\set VERBOSITY verbose\n\\copy ${t}_in FROM '$path' WITH (FORMAT binary)");
	isnt($rc, 0, "$desc: COPY FROM fails");
	like($err, $want, "$desc: 22P03 and the message");
	like($err, qr/CONTEXT:  COPY ${t}_in, line @{[ $row + 1 ]}, column/,
		"$desc: the error names the row");
	is($dst->safe_psql('bin', sprintf($digest_in, "${t}_in")),
		$before{$t}, "$desc: ${t}_in unchanged");
	$case++;
}

$src->stop;
$dst->stop;
note(sprintf('001_dump_restore: %.1f s', time - $t0));
done_testing();
