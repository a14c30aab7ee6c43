# test/t/002_trust_snapshot.pl
#	The trust store reads the signer registry under the query's snapshot
#	(issue 4, section 3 "Consistency"), seen from two sessions: A verifies,
#	B revokes and commits.
#	  - statement level: a revocation committed before A's statement starts
#	    is seen by it (nothing cached across statements); one left
#	    uncommitted in B is not;
#	  - READ COMMITTED transaction: A's next statement in the same
#	    transaction sees it;
#	  - REPEATABLE READ transaction: A keeps the transaction snapshot (still
#	    true) until COMMIT;
#	  - PL/pgSQL, whose simple-expression state outlives a statement: the
#	    same expression evaluated again in a loop after a revocation (made
#	    by the block itself, or by B while the function waits on an
#	    advisory lock) gives false; under REPEATABLE READ B's revocation is
#	    not seen but the function's own one is; a revocation or registration
#	    rolled back with a subtransaction (exception block) is forgotten by
#	    the next evaluation, also across statements by ROLLBACK TO
#	    SAVEPOINT, in READ COMMITTED and REPEATABLE READ;
#	  - prepared statements (custom and generic plans) before and after;
#	  - one statement over 1000 rows from two signers, one revoked as
#	    superseded halfway through its records' issue times, counts the
#	    records issued before the revocation only;
#	  - parallel query (Gather, workers launched): the count is right, and
#	    right again after a revocation (B's committed one, and A's own
#	    uncommitted one, until its ROLLBACK), and under REPEATABLE READ
#	    workers use the transaction snapshot;
#	  - privileges: a plain role may read provenance.signer and verify, but
#	    neither write the tables nor call signer_add/signer_revoke (42501);
#	    after the documented GRANT EXECUTE it can register and revoke, yet
#	    still not UPDATE the table (no undoing a revocation).
#
# Runs with prove as a non-root user (see test/run.sh), against the
# extension installed in the PostgreSQL found on PATH.

use strict;
use warnings;

use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;
use Time::HiRes qw(time);

my $t0 = time;

my $node = PostgreSQL::Test::Cluster->new('trust');
$node->init;
$node->append_conf('postgresql.conf', <<'CONF');
max_worker_processes = 8
max_parallel_workers = 8
CONF
$node->start;

# --- keys, signers and records ----------------------------------------

# Signers s1..s9 hold one record each (one per scenario below); m1, m2
# sign the 1000-row table, p1, p2 the table scanned in parallel.  Every
# record is issued in the past (iat = base + n), so only revocations
# decide the verdicts.
$node->safe_psql(
	'postgres', q{
CREATE EXTENSION provenance;
CREATE TABLE keys (kid text PRIMARY KEY, priv text NOT NULL, pub provenance.pubkey NOT NULL);
INSERT INTO keys (kid, priv, pub)
SELECT k, g.private_key, g.public_key
FROM unnest(ARRAY['s1','s2','s3','s4','s5','s6','s7','s8','s9','s10','s11','s12','s13','s14','m1','m2','p1','p2']) AS k,
	LATERAL provenance.generate_keypair(CASE WHEN k IS NOT NULL THEN 'Ed25519' END) AS g;
SELECT count(provenance.signer_add(pub, 'Party ' || kid, 'manufacturer', kid => kid)) FROM keys;
-- keys nobody registered (a session registers them and rolls back)
CREATE TABLE ghosts (kid text PRIMARY KEY, priv text NOT NULL, pub provenance.pubkey NOT NULL);
INSERT INTO ghosts (kid, priv, pub)
SELECT k, g.private_key, g.public_key
FROM unnest(ARRAY['g1','g2','g3','g4']) AS k,
	LATERAL provenance.generate_keypair(CASE WHEN k IS NOT NULL THEN 'Ed25519' END) AS g;
CREATE TABLE base AS SELECT extract(epoch FROM now())::bigint - 100000 AS t;
CREATE TABLE recs (kid text PRIMARY KEY, rec provenance.signed_record NOT NULL);
INSERT INTO recs
SELECT kid, provenance.sign(jsonb_build_object('iat', (SELECT t FROM base)), priv, kid)
FROM keys WHERE kid LIKE 's%'
UNION ALL
SELECT kid, provenance.sign(jsonb_build_object('iat', (SELECT t FROM base)), priv, kid)
FROM ghosts;
CREATE TABLE many (n int, rec provenance.signed_record NOT NULL);
INSERT INTO many
SELECT g, provenance.sign(jsonb_build_object('iat', (SELECT t FROM base) + (g + 1) / 2),
		k.priv, k.kid)
FROM generate_series(1, 1000) AS g
	JOIN keys k ON k.kid = CASE WHEN g % 2 = 0 THEN 'm1' ELSE 'm2' END;
CREATE TABLE big (n int, rec provenance.signed_record NOT NULL);
INSERT INTO big
SELECT g, provenance.sign(jsonb_build_object('iat', (SELECT t FROM base) + g), k.priv, k.kid)
FROM generate_series(1, 4000) AS g
	JOIN keys k ON k.kid = CASE WHEN g % 4 = 0 THEN 'p2' ELSE 'p1' END;
ANALYZE;
});
is($node->safe_psql('postgres', 'SELECT count(*) FROM provenance.signer WHERE revoked_at IS NULL'),
	'18', 'eighteen signers registered');
is($node->safe_psql('postgres', q{SELECT bool_and(provenance.verify(rec)) FROM recs WHERE kid LIKE 's%'}),
	't', 'every scenario record verifies before any revocation');
is($node->safe_psql('postgres', q{SELECT bool_or(provenance.verify(rec)) FROM recs WHERE kid LIKE 'g%'}),
	'f', 'records of unregistered keys do not verify');

my $a = $node->background_psql('postgres');
my $b = $node->background_psql('postgres');

# verify_a KID: A's verdict on the record of KID, as 't' or 'f'
sub verify_a
{
	my ($kid) = @_;
	return $a->query_safe("SELECT provenance.verify(rec) FROM recs WHERE kid = '$kid'");
}

# revoke_b KID: B revokes KID for key_compromise and commits (autocommit)
sub revoke_b
{
	my ($kid) = @_;
	$b->query_safe("SELECT provenance.signer_revoke('$kid', 'key_compromise')");
	return;
}

# --- statements and transactions --------------------------------------

is(verify_a('s1'), 't', 'statement: A verifies s1');
$b->query_safe('BEGIN');
$b->query_safe(q{SELECT provenance.signer_revoke('s1', 'key_compromise')});
is(verify_a('s1'), 't', 'statement: a revocation B has not committed is not seen');
$b->query_safe('COMMIT');
is(verify_a('s1'), 'f', 'statement: A\'s next statement sees B\'s committed revocation');
is( $a->query_safe("SELECT (provenance.verification(rec)).status FROM recs WHERE kid = 's1'"),
	'signer_revoked', 'statement: verification() says signer_revoked');

$a->query_safe('BEGIN');
is(verify_a('s2'), 't', 'READ COMMITTED: true in A\'s transaction');
revoke_b('s2');
is(verify_a('s2'), 'f', 'READ COMMITTED: the next statement in the same transaction is false');
$a->query_safe('COMMIT');

$a->query_safe('BEGIN ISOLATION LEVEL REPEATABLE READ');
is(verify_a('s3'), 't', 'REPEATABLE READ: true in A\'s transaction');
revoke_b('s3');
is(verify_a('s3'), 't', 'REPEATABLE READ: still true under the transaction snapshot');
is( $a->query_safe("SELECT (provenance.verification(rec)).status FROM recs WHERE kid = 's3'"),
	'valid', 'REPEATABLE READ: verification() agrees (valid)');
$a->query_safe('COMMIT');
is(verify_a('s3'), 'f', 'REPEATABLE READ: false after COMMIT');

# --- PL/pgSQL ---------------------------------------------------------

# The same simple expression, evaluated twice by a loop, around a
# revocation made by the block itself.
$a->query_safe(q{CREATE TEMP TABLE do_out (i int, v boolean)});
$a->query_safe(
	q{DO $$
DECLARE
	r provenance.signed_record;
	v boolean;
BEGIN
	SELECT rec INTO r FROM recs WHERE kid = 's4';
	FOR i IN 1 .. 2 LOOP
		v := provenance.verify(r);
		INSERT INTO do_out VALUES (i, v);
		IF i = 1 THEN
			PERFORM provenance.signer_revoke('s4', 'key_compromise');
		END IF;
	END LOOP;
END
$$});
is($a->query_safe(q{SELECT string_agg(v::text, ',' ORDER BY i) FROM do_out}),
	'true,false', 'DO block: the loop\'s verify is true, then false after its own signer_revoke');

# verify_wait(r, lock): evaluates verify(r), waits for the advisory lock
# B holds (so that B can revoke in between), evaluates the same expression
# again; returns both verdicts.
$a->query_safe(
	q{CREATE FUNCTION pg_temp.verify_wait(r provenance.signed_record, lk bigint) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	v boolean;
	res text := '';
BEGIN
	FOR i IN 1 .. 2 LOOP
		v := provenance.verify(r);
		res := res || CASE WHEN v THEN 't' ELSE 'f' END;
		IF i = 1 THEN
			PERFORM pg_advisory_xact_lock(lk);
		END IF;
	END LOOP;
	RETURN res;
END
$$});

# verify_wait_b KID LOCK ISOLATION: A runs verify_wait on KID's record while
# B holds LOCK; once A waits for the lock, B revokes KID, commits and
# releases; returns A's result.
sub verify_wait_b
{
	my ($kid, $lock, $iso) = @_;
	$b->query_safe("SELECT pg_advisory_lock($lock)");
	$a->query_until(
		qr/started/, qq{\\echo started
BEGIN ISOLATION LEVEL $iso;
SELECT pg_temp.verify_wait(rec, $lock) FROM recs WHERE kid = '$kid';
COMMIT;
});
	$node->poll_query_until(
		'postgres', qq{SELECT count(*) FROM pg_stat_activity
		WHERE wait_event_type = 'Lock' AND wait_event = 'advisory'
		  AND query LIKE '%verify_wait(rec, $lock)%'}, '1')
	  or die "A never waited for advisory lock $lock";
	revoke_b($kid);
	$b->query_safe("SELECT pg_advisory_unlock($lock)");
	my $out = $a->query_safe('SELECT 1');
	$out =~ s/\n?1$//;
	return $out;
}

is(verify_wait_b('s5', 501, 'READ COMMITTED'), 'tf',
	'PL/pgSQL READ COMMITTED: B\'s revocation between two evaluations of one expression is seen');
is(verify_wait_b('s6', 502, 'REPEATABLE READ'), 'tt',
	'PL/pgSQL REPEATABLE READ: B\'s revocation is not seen inside the transaction');
is(verify_a('s6'), 'f', 'PL/pgSQL REPEATABLE READ: seen after it');

# Under REPEATABLE READ the function's own revocation is visible to its
# next statement (a later command id of the same snapshot).
$a->query_safe(
	q{CREATE FUNCTION pg_temp.verify_revoke(r provenance.signed_record, k text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	v boolean;
	res text := '';
BEGIN
	FOR i IN 1 .. 2 LOOP
		v := provenance.verify(r);
		res := res || CASE WHEN v THEN 't' ELSE 'f' END;
		IF i = 1 THEN
			PERFORM provenance.signer_revoke(k, 'key_compromise');
		END IF;
	END LOOP;
	RETURN res;
END
$$});
$a->query_safe('BEGIN ISOLATION LEVEL REPEATABLE READ');
is( $a->query_safe(q{SELECT pg_temp.verify_revoke(rec, kid) FROM recs WHERE kid = 's7'}),
	'tf', 'PL/pgSQL REPEATABLE READ: the function\'s own revocation is seen by its next statement');
$a->query_safe('COMMIT');

# A subtransaction (exception block) revokes or registers a signer,
# verifies, and is rolled back; the same expression evaluated after the
# rollback must see the registry without the change.  Under REPEATABLE
# READ the snapshot's xmin, xmax, xip and curcid are the same before and
# after the rollback, only the aborted subtransaction's rows differ.
$a->query_safe(
	q{CREATE FUNCTION pg_temp.verify_subxact(r provenance.signed_record, k text, add_key provenance.pubkey)
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	v boolean;
	res text := '';
BEGIN
	FOR i IN 1 .. 3 LOOP
		BEGIN
			IF i = 2 AND add_key IS NULL THEN
				PERFORM provenance.signer_revoke(k, 'key_compromise');
			ELSIF i = 2 THEN
				PERFORM provenance.signer_add(add_key, 'Ghost', 'other', kid => k);
			END IF;
			v := provenance.verify(r);
			res := res || CASE WHEN v THEN 't' ELSE 'f' END;
			IF i = 2 THEN
				RAISE EXCEPTION 'undo';
			END IF;
		EXCEPTION WHEN raise_exception THEN
			NULL;
		END;
	END LOOP;
	RETURN res;
END
$$});

# verify_subxact_a ISOLATION KID ADD: A runs verify_subxact on KID's
# record (registering KID's ghost key when ADD) in a transaction
sub verify_subxact_a
{
	my ($iso, $kid, $add) = @_;
	my $key = $add ? "(SELECT pub FROM ghosts WHERE kid = '$kid')" : 'NULL';
	$a->query_safe("BEGIN ISOLATION LEVEL $iso");
	my $out = $a->query_safe(
		"SELECT pg_temp.verify_subxact(rec, kid, $key) FROM recs WHERE kid = '$kid'");
	$a->query_safe('COMMIT');
	return $out;
}

is(verify_subxact_a('READ COMMITTED', 's11', 0), 'tft',
	'PL/pgSQL READ COMMITTED: a revocation rolled back with its subtransaction is forgotten');
is(verify_subxact_a('READ COMMITTED', 'g1', 1), 'ftf',
	'PL/pgSQL READ COMMITTED: a registration rolled back with its subtransaction is forgotten');
is(verify_subxact_a('REPEATABLE READ', 's12', 0), 'tft',
	'PL/pgSQL REPEATABLE READ: a revocation rolled back with its subtransaction is forgotten');
is(verify_subxact_a('REPEATABLE READ', 'g2', 1), 'ftf',
	'PL/pgSQL REPEATABLE READ: a registration rolled back with its subtransaction is forgotten');
is( $a->query_safe(
		q{SELECT count(*) || ' ' || count(revoked_at) FROM provenance.signer WHERE kid IN ('s11', 's12', 'g1', 'g2')}),
	'2 0', 'the rolled-back revocations and registrations left no trace');

# The same at SQL level: a PL/pgSQL function's simple expression keeps its
# state for the whole transaction, across statements and savepoints.
$a->query_safe(
	q{CREATE FUNCTION pg_temp.verify_fn(r provenance.signed_record) RETURNS boolean
LANGUAGE plpgsql AS $$
BEGIN
	RETURN provenance.verify(r);
END
$$});

# verify_savepoint_a ISOLATION KID GHOST: in one transaction, A calls
# verify_fn on KID's record around a revocation of KID rolled back to a
# savepoint, then on GHOST's record around a registration of GHOST rolled
# back the same way; returns the six verdicts as t/f
sub verify_savepoint_a
{
	my ($iso, $kid, $ghost) = @_;
	my $f = "SELECT pg_temp.verify_fn(rec) FROM recs WHERE kid = ";
	my $out = '';
	$a->query_safe("BEGIN ISOLATION LEVEL $iso");
	$out .= $a->query_safe("$f'$kid'");
	$a->query_safe('SAVEPOINT sp');
	$a->query_safe("SELECT provenance.signer_revoke('$kid', 'key_compromise')");
	$out .= $a->query_safe("$f'$kid'");
	$a->query_safe('ROLLBACK TO SAVEPOINT sp');
	$out .= $a->query_safe("$f'$kid'");
	$out .= $a->query_safe("$f'$ghost'");
	$a->query_safe('SAVEPOINT sp');
	$a->query_safe(
		"SELECT provenance.signer_add(pub, 'Ghost', 'other', kid => kid) FROM ghosts WHERE kid = '$ghost'");
	$out .= $a->query_safe("$f'$ghost'");
	$a->query_safe('ROLLBACK TO SAVEPOINT sp');
	$out .= $a->query_safe("$f'$ghost'");
	$a->query_safe('COMMIT');
	return $out;
}

is(verify_savepoint_a('READ COMMITTED', 's13', 'g3'), 'tftftf',
	'PL/pgSQL function, READ COMMITTED: ROLLBACK TO SAVEPOINT undoes a revocation and a registration for verify');
is(verify_savepoint_a('REPEATABLE READ', 's14', 'g4'), 'tftftf',
	'PL/pgSQL function, REPEATABLE READ: ROLLBACK TO SAVEPOINT undoes a revocation and a registration for verify');
is( $a->query_safe(
		q{SELECT count(*) || ' ' || count(revoked_at) FROM provenance.signer WHERE kid IN ('s13', 's14', 'g3', 'g4')}),
	'2 0', 'the rolled-back savepoints left no trace');

# --- prepared statements ----------------------------------------------

$a->query_safe(q{PREPARE v AS SELECT provenance.verify($1)});
$a->query_safe(
	q{PREPARE vk(text) AS SELECT provenance.verify(rec) FROM recs WHERE kid = $1});
$a->query_safe(q{SELECT rec AS r8 FROM recs WHERE kid = 's8' \gset});
my $exec_v = q{EXECUTE v(:'r8')};
is($a->query_safe($exec_v), 't', 'PREPARE v AS SELECT provenance.verify($1): true');
is($a->query_safe(q{EXECUTE vk('s8')}), 't', 'prepared vk: true');
revoke_b('s8');
is($a->query_safe($exec_v), 'f', 'prepared v: false after B\'s revocation');
is($a->query_safe(q{EXECUTE vk('s8')}), 'f', 'prepared vk: false after B\'s revocation');

# a generic plan, executed more than five times before the revocation
$a->query_safe('SET plan_cache_mode = force_generic_plan');
$a->query_safe(
	q{PREPARE vg(text) AS SELECT provenance.verify(rec) FROM recs WHERE kid = $1});
is($a->query_safe(q{EXECUTE vg('s9')}), 't', "generic plan: true (run $_)") for 1 .. 6;
revoke_b('s9');
is($a->query_safe(q{EXECUTE vg('s9')}), 'f', 'generic plan: false after B\'s revocation');
$a->query_safe('RESET plan_cache_mode');

# a cursor keeps the snapshot it was opened with
$a->query_safe('BEGIN');
$a->query_safe(
	q{DECLARE c CURSOR FOR SELECT provenance.verify(rec) FROM recs, generate_series(1, 3) WHERE kid = 's10'});
is($a->query_safe('FETCH 1 FROM c'), 't', 'cursor: first row true');
revoke_b('s10');
is($a->query_safe('FETCH 1 FROM c'), 't', 'cursor: later rows keep the cursor\'s snapshot');
is(verify_a('s10'), 'f', 'cursor: a new statement in the transaction sees the revocation');
$a->query_safe('COMMIT');

# --- one statement, many rows ----------------------------------------

# m2 signed the odd rows, issued at base + 1 .. base + 500; revoked as
# superseded at base + 251, its records issued before stay valid (250).
$b->query_safe(
	q{SELECT provenance.signer_revoke('m2', 'superseded', to_timestamp((SELECT t FROM base) + 251))});
my $many = q{SELECT count(*) FILTER (WHERE provenance.verify(rec)) || '/' || count(*) FROM many};
is($a->query_safe($many), '750/1000',
	'1000 rows, two signers, one superseded halfway: 500 + 250 valid');
is( $a->query_safe(
		q{SELECT string_agg(s || ' ' || c, ', ' ORDER BY s) FROM
		(SELECT (provenance.verification(rec)).status AS s, count(*) AS c FROM many GROUP BY 1) x}),
	'signer_revoked 250, valid 750',
	'1000 rows: verdict statuses');

# --- parallel query ---------------------------------------------------

my $par = q{SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0; SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;};
$a->query_safe($par);
my $big = q{SELECT count(*) FILTER (WHERE provenance.verify(rec)) FROM big};
my $plan = $a->query_safe("EXPLAIN (COSTS OFF) $big");
like($plan, qr/Gather/, 'parallel: the plan has a Gather');
like($plan, qr/Parallel Seq Scan on big/, 'parallel: the plan scans big in parallel');
$plan = $a->query_safe("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) $big");
like($plan, qr/Workers Launched: [12]/, 'parallel: workers launched');
is($a->query_safe($big), '4000', 'parallel: every record of p1 and p2 verifies');
revoke_b('p1');
is($a->query_safe($big), '1000', 'parallel: after B revokes p1 only p2\'s 1000 records verify');

# A's own uncommitted revocation: the workers see it (they share the
# leader's transaction), and the rollback undoes it
$a->query_safe('BEGIN');
$a->query_safe(q{SELECT provenance.signer_revoke('p2', 'key_compromise')});
is($a->query_safe($big), '0', 'parallel: workers see the revocation A has not committed yet');
$plan = $a->query_safe("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) $big");
like($plan, qr/Workers Launched: [12]/, 'parallel: workers launched in the writing transaction');
$a->query_safe('ROLLBACK');
is($a->query_safe($big), '1000', 'parallel: 1000 again after A\'s ROLLBACK');

$a->query_safe('BEGIN ISOLATION LEVEL REPEATABLE READ');
is($a->query_safe($big), '1000', 'parallel REPEATABLE READ: 1000');
revoke_b('p2');
is($a->query_safe($big), '1000',
	'parallel REPEATABLE READ: workers use the transaction snapshot (p2 still valid)');
$a->query_safe('COMMIT');
is($a->query_safe($big), '0', 'parallel: 0 after COMMIT');
$plan = $a->query_safe("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) $big");
like($plan, qr/Workers Launched: [12]/, 'parallel: workers launched for the last count too');

$a->quit;
$b->quit;

# --- privileges -------------------------------------------------------

$node->safe_psql(
	'postgres', q{
CREATE ROLE clerk LOGIN;
GRANT SELECT ON recs TO clerk;
CREATE TABLE clerk_keys AS
	SELECT k, g.private_key AS priv, g.public_key AS pub
	FROM unnest(ARRAY['c1', 'c2']) AS k,
		LATERAL provenance.generate_keypair(CASE WHEN k IS NOT NULL THEN 'Ed25519' END) AS g;
GRANT SELECT ON clerk_keys TO clerk;
});

# as_clerk SQL: (exit code, stdout, stderr) of SQL run as clerk, verbose
# errors (with the SQLSTATE)
sub as_clerk
{
	my ($sql) = @_;
	my ($rc, $out, $err) = $node->psql(
		'postgres', "\\set VERBOSITY verbose\n$sql",
		extra_params => [ '-U', 'clerk' ]);
	return ($rc, $out, $err);
}

my ($rc, $out, $err) = as_clerk(q{SELECT count(*) FROM provenance.signer});
is($out, '18', 'clerk: may read provenance.signer');
($rc, $out, $err) = as_clerk(q{SELECT count(*) FROM provenance.trust_anchor});
is($rc, 0, 'clerk: may read provenance.trust_anchor');
($rc, $out, $err) = as_clerk(
	q{SELECT string_agg(kid || '=' || provenance.verify(rec)::text, ',' ORDER BY kid) FROM recs WHERE kid IN ('s1', 's2')});
is($out, 's1=false,s2=false', 'clerk: may call verify(signed_record)');

my @denied = (
	[ 'INSERT INTO provenance.signer', q{INSERT INTO provenance.signer (kid, public_key, party, role)
		SELECT 'x' || k, pub, 'X', 'other' FROM clerk_keys LIMIT 1} ],
	[ 'UPDATE provenance.signer (un-revoke)',
		q{UPDATE provenance.signer SET revoked_at = NULL, revocation_reason = NULL WHERE kid = 's1'} ],
	[ 'DELETE FROM provenance.signer', q{DELETE FROM provenance.signer WHERE kid = 's1'} ],
	[ 'UPDATE provenance.trust_anchor', q{UPDATE provenance.trust_anchor SET roles = ARRAY['other']} ],
	[ 'signer_add', q{SELECT provenance.signer_add(pub, 'Clerk Co', 'carrier', kid => k) FROM clerk_keys WHERE k = 'c1'} ],
	[ 'signer_revoke', q{SELECT provenance.signer_revoke('s2', 'superseded')} ],
	[ 'trust_anchor_remove', q{SELECT provenance.trust_anchor_remove('none')} ],);
for my $d (@denied)
{
	($rc, $out, $err) = as_clerk($d->[1]);
	isnt($rc, 0, "clerk: $d->[0] fails");
	like($err, qr/ERROR:  42501:/, "clerk: $d->[0] is 42501") or diag($err);
}

$node->safe_psql(
	'postgres', q{
GRANT EXECUTE ON FUNCTION
	provenance.signer_add(provenance.pubkey, text, text, text, text, text, timestamptz, timestamptz),
	provenance.signer_revoke(text, text, timestamptz) TO clerk;
});
($rc, $out, $err) = as_clerk(
	q{SELECT provenance.signer_add(pub, 'Clerk Co', 'carrier', kid => k, country => 'KZ') FROM clerk_keys WHERE k = 'c1'});
is($rc, 0, 'clerk with EXECUTE: signer_add works') or diag($err);
is($out, 'c1', 'clerk with EXECUTE: signer_add returns the kid');
($rc, $out, $err) = as_clerk(q{SELECT provenance.signer_revoke('c1', 'key_compromise')});
is($rc, 0, 'clerk with EXECUTE: signer_revoke works') or diag($err);
is( $node->safe_psql('postgres',
		q{SELECT party || ' ' || role || ' ' || country || ' ' || revocation_reason FROM provenance.signer WHERE kid = 'c1'}),
	'Clerk Co carrier KZ key_compromise',
	'clerk with EXECUTE: the row is registered and revoked');
($rc, $out, $err) = as_clerk(
	q{UPDATE provenance.signer SET revoked_at = NULL, revocation_reason = NULL WHERE kid = 'c1'});
like($err, qr/ERROR:  42501:/, 'clerk with EXECUTE: still cannot UPDATE provenance.signer (un-revoke)');
($rc, $out, $err) = as_clerk(q{SELECT provenance.signer_revoke('c1', 'superseded')});
like($err, qr/ERROR:  55000: signer 'c1' is already revoked/,
	'clerk with EXECUTE: a second revocation is refused (55000)');
($rc, $out, $err) = as_clerk(q{SELECT provenance.trust_anchor_remove('none')});
like($err, qr/ERROR:  42501:/, 'clerk with EXECUTE on signer functions: trust_anchor_remove still 42501');
is( $node->safe_psql('postgres',
		q{SELECT revoked_at IS NOT NULL FROM provenance.signer WHERE kid = 'c1'}),
	't', 'c1 stays revoked');

$node->stop;
note(sprintf('002_trust_snapshot: %.1f s', time - $t0));
done_testing();
