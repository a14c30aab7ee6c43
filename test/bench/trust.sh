#!/usr/bin/env bash
# test/bench/trust.sh
#	Trust store benchmark (issue 4 §4; not part of the pass/fail suite).  As
#	root or via sudo, like test/bench/verify.sh: installs missing build
#	dependencies, builds and installs the extension, starts a throwaway
#	cluster (test/lib/common.sh), generates signed records with
#	trust_gen.c (generation and loading are not timed), registers their
#	signers with provenance.signer_add and times, in one session on one
#	backend (max_parallel_workers_per_gather = 0), the two ways to check
#	every record:
#	  joined:    SELECT count(*) FILTER (WHERE provenance.verify(t.r, s.public_key))
#	             FROM rec t JOIN provenance.signer s ON s.kid = t.kid
#	  registry:  SELECT count(*) FILTER (WHERE provenance.verify(t.r)) FROM rec t
#	over 1,000,000 Ed25519 records from 1,000 registered signers (every
#	record carries a kid and an iat and verifies).  The registry path looks
#	each kid up once per query (SPI under the query's snapshot) and keeps
#	its prepared key for the rest of the query; the joined path has the
#	executor hash-join the keys and verify with the key it is given.
#
#	Two layouts.  Table rec (1,000,000 rows; the bar is judged on it) is
#	stored grouped by signer, as batches from one signer arrive: each path
#	meets a key in one run of rows, and both find it again at once (the
#	last key used).  Table rec_mixed (100,000 more records, reported for
#	information) cycles through the 1,000 signers row by row, so every row
#	changes key: the joined path looks its key up by the DER in its
#	per-query key cache, the registry path by the kid in its cache.
#
#	The runs are interleaved (joined, registry, joined, registry, ...) after
#	an untimed scan that warms the buffers; each pair gives a ratio
#	registry / joined (time), so the load of a shared machine hits both
#	sides of a ratio alike.  Bar: the median of the per-pair ratios <= 1.2.
#	Also the backend's peak and current RSS (VmHWM/VmRSS, RssAnon,
#	RssShmem from /proc/<pid>/status) before and after each registry
#	query: flat private memory (RssAnon) means the per-query cache is freed.
#	Exit status 0 whenever the benchmark ran.
#
#	The benchmark database runs a private copy of provenance.so: its C
#	functions' probin is pointed at the copy right after CREATE EXTENSION.
#	`make install` (install -c) rewrites the installed library in place,
#	and on a machine where others install while the benchmark runs that
#	kills a backend that has it mapped (SIGSEGV) in the middle of a run.
#
# Environment (besides the knobs of test/lib/common.sh):
#	PROVENANCE_BENCH_ROWS		records (default 1000000)
#	PROVENANCE_BENCH_MIXED_ROWS	rows of rec_mixed (default 100000; 0 skips it)
#	PROVENANCE_BENCH_SIGNERS	registered signers (default 1000)
#	PROVENANCE_BENCH_REPS		pairs of runs per table (default 3)
#	PROVENANCE_BENCH_NO_BUILD=1	use the extension already installed
#	PROVENANCE_BENCH_SO		a provenance.so to measure instead of the
#		installed one (a build not installed; it must fit the installed SQL)
set -u -o pipefail

. "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

prov_require_root "$0" "$@"

# A run directory of its own (.run/bench-trust/), so it can run while
# test/run.sh or another benchmark does
PROV_RUN=$PROV_ROOT/.run/bench-trust
PROV_KEEP_DB=bench
prov_install_traps
cd "$PROV_ROOT" || exit 1

ROWS=${PROVENANCE_BENCH_ROWS:-1000000}
MIXED_ROWS=${PROVENANCE_BENCH_MIXED_ROWS:-100000}
SIGNERS=${PROVENANCE_BENCH_SIGNERS:-1000}
REPS=${PROVENANCE_BENCH_REPS:-3}
for v in ROWS SIGNERS REPS; do
	case ${!v} in
		'' | *[!0-9]* | 0) prov_die "$v must be a positive number, not '${!v}'" ;;
	esac
done
case $MIXED_ROWS in
	'' | *[!0-9]*) prov_die "MIXED_ROWS must be a number, not '$MIXED_ROWS'" ;;
esac
TABLES=rec
[ "$MIXED_ROWS" -gt 0 ] && TABLES="rec rec_mixed"

# bench_psql ARGS...: psql as postgres on the throwaway cluster, database bench
bench_psql()
{
	psql -X -v ON_ERROR_STOP=1 -d bench "$@"
}

T0=$SECONDS
prov_install_deps
prov_setup_paths

if [ "${PROVENANCE_BENCH_NO_BUILD:-0}" = 1 ]; then
	prov_say "PROVENANCE_BENCH_NO_BUILD=1: using the installed extension"
else
	prov_build || prov_die "the build failed; nothing to measure"
fi

BIN=$PROV_RUN/bin
mkdir -p "$BIN" && chown "$PROV_OWNER:" "$BIN"
prov_say "building test/bench/trust_gen.c"
prov_as_owner cc -O2 -Wall -Wextra -o "$BIN/trust_gen" test/bench/trust_gen.c -lsodium ||
	prov_die "test/bench/trust_gen.c did not compile"

prov_cluster_start || prov_die "the throwaway cluster did not start"
PGVER=$(psql -X -Atc 'SHOW server_version' postgres | awk '{print $1}')

DATA=$PROV_BASE/bench-data
mkdir -m 755 "$DATA" || prov_die "cannot create $DATA"
prov_say "generating $ROWS + $MIXED_ROWS Ed25519 records from $SIGNERS signers"
"$BIN/trust_gen" "$ROWS" "$MIXED_ROWS" "$SIGNERS" "$DATA/signers.txt" "$DATA/grouped.txt" "$DATA/mixed.txt" ||
	prov_die "trust_gen failed"
chmod 644 "$DATA"/*.txt

SO=${PROVENANCE_BENCH_SO:-$("$PROV_PG_CONFIG" --pkglibdir)/provenance.so}
[ -f "$SO" ] || prov_die "no library $SO"
prov_say "creating database bench with a private copy of $SO"
createdb bench || prov_die "createdb failed"
bench_psql -q -c 'CREATE EXTENSION provenance' || prov_die "CREATE EXTENSION failed"
LIB=$PROV_BASE/lib
mkdir -m 755 "$LIB" || prov_die "cannot create $LIB"
for try in 1 2 3 4 5; do
	cp "$SO" "$LIB/provenance.so" && cmp -s "$SO" "$LIB/provenance.so" && break
	[ "$try" = 5 ] && prov_die "could not copy $SO (it kept changing)"
	sleep 3
done
chmod 755 "$LIB/provenance.so"
bench_psql -q -c "UPDATE pg_catalog.pg_proc SET probin = '$LIB/provenance.so' WHERE probin = '\$libdir/provenance'" ||
	prov_die "could not point the extension's functions at $LIB/provenance.so"

prov_say "registering the signers and loading the records"
bench_psql -q <<EOF || prov_die "set-up SQL failed"
ALTER SYSTEM SET max_wal_size = '8GB';
ALTER SYSTEM SET checkpoint_timeout = '1h';
SELECT pg_reload_conf() AS reloaded \gset
CREATE TEMP TABLE stage (kid text, k bytea);
COPY stage FROM '$DATA/signers.txt';
SELECT count(provenance.signer_add(k::provenance.pubkey, 'Bench Party ' || kid, 'manufacturer', kid, country => 'KZ')) AS registered FROM stage \gset
DROP TABLE stage;
CREATE TABLE rec (kid text NOT NULL, r provenance.signed_record NOT NULL);
COPY rec FROM '$DATA/grouped.txt';
CREATE TABLE rec_mixed (LIKE rec);
VACUUM ANALYZE rec, provenance.signer;
EOF
if [ "$MIXED_ROWS" -gt 0 ]; then
	bench_psql -q -c "COPY rec_mixed FROM '$DATA/mixed.txt'" -c "VACUUM ANALYZE rec_mixed" ||
		prov_die "loading rec_mixed failed"
fi
rm -f "$DATA"/*.txt
[ "$(bench_psql -Atc 'SELECT count(*) FROM provenance.signer')" = "$SIGNERS" ] ||
	prov_die "not every signer was registered"

# query MODE TABLE: the timed query of a path over a table
query()
{
	if [ "$1" = joined ]; then
		echo "SELECT count(*) FILTER (WHERE provenance.verify(t.r, s.public_key)) || ' ' || count(*) FROM $2 t JOIN provenance.signer s ON s.kid = t.kid;"
	else
		echo "SELECT count(*) FILTER (WHERE provenance.verify(t.r)) || ' ' || count(*) FROM $2 t;"
	fi
}
PLANS=$PROV_RUN/plans.txt
for tab in $TABLES; do
	for mode in joined registry; do
		q=$(query "$mode" "$tab")
		echo "-- $mode $tab: $q"
		bench_psql -At -c "SET max_parallel_workers_per_gather = 0;" -c "EXPLAIN ${q%;}" | grep -v '^SET$'
	done
done >"$PLANS" 2>&1 || prov_die "EXPLAIN failed (see ${PLANS#"$PROV_ROOT"/})"

# One session.  An untimed scan first (the table into shared buffers and
# the page cache), then the pairs.  The backend's memory is read from its
# own /proc/<pid>/status before the first registry query and after each.
RAW=$PROV_RUN/timings.txt
RSS=$PROV_RUN/rss.txt
: >"$RAW"
: >"$RSS"
STATUS="SELECT string_agg(regexp_replace(l, '\\s+', ' ', 'g'), ', ') FROM regexp_split_to_table(pg_read_file('/proc/' || pg_backend_pid() || '/status'), E'\\n') l WHERE l ~ '^(VmHWM|VmRSS|RssAnon|RssShmem)'"
SCRIPT=$PROV_RUN/trust.sql
{
	echo "SET max_parallel_workers_per_gather = 0;"
	echo "SET synchronize_seqscans = off;"
	echo '\pset tuples_only on'
	echo '\pset format unaligned'
	for tab in $TABLES; do
		echo "SELECT count(*) FROM $tab;"
		for ((r = 1; r <= REPS; r++)); do
			for mode in joined registry; do
				[ "$mode" = registry ] && echo "\\echo @@rss $tab:before-registry-$r" && echo "$STATUS;"
				echo "\\echo @@ $mode $tab $r"
				echo '\timing on'
				query "$mode" "$tab"
				echo '\timing off'
				[ "$mode" = registry ] && echo "\\echo @@rss $tab:after-registry-$r" && echo "$STATUS;"
			done
		done
	done
} >"$SCRIPT"
prov_say "timing: $REPS pairs of (joined, registry) over each of $TABLES, 1 backend"
bench_psql -f "$SCRIPT" >"$PROV_RUN/trust.out" 2>&1 ||
	{ tail -n 20 "$PROV_RUN/trust.out" >&2; prov_die "a query failed"; }
awk -v rss="$RSS" '/^@@rss / { what = $2; next }
	what != "" { print "  " what ": " $0 >> rss; what = ""; next }
	/^@@ / { mode = $2; tab = $3; round = $4; next }
	/^[0-9]+ [0-9]+$/ { ok = $1; rows = $2; next }
	/^Time: / && mode != "" { print mode, tab, round, ok, rows, $2 / 1000; mode = "" }' \
	"$PROV_RUN/trust.out" >>"$RAW"
NT=$(wc -w <<<"$TABLES")
[ "$(wc -l <"$RAW")" -eq $((2 * REPS * NT)) ] ||
	prov_die "expected $((2 * REPS * NT)) timings in ${RAW#"$PROV_ROOT"/}"
awk '$4 != $5 { print "not every record verified:", $0; bad = 1 } END { exit bad }' "$RAW" >&2 ||
	prov_warn "some generated records did not verify"

# median: the median of the numbers on stdin ("" when none)
median()
{
	sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# per_pair TAB: "pair joined_s registry_s joined/s registry/s ratio
# overhead_us" per pair (ratio = registry time / joined time; overhead =
# the extra microseconds per record)
per_pair()
{
	awk -v tab="$1" '$2 != tab { next } { t[$1, $3] = $6; n = $5; pairs[$3] = 1 }
		END { for (p in pairs) if ((("joined", p) in t) && (("registry", p) in t))
			printf "%d %.3f %.3f %.0f %.0f %.3f %.3f\n", p, t["joined", p], t["registry", p],
				n / t["joined", p], n / t["registry", p], t["registry", p] / t["joined", p],
				(t["registry", p] - t["joined", p]) * 1e6 / n }' "$RAW" | sort -n
}

REPORT=$PROV_RUN/results.txt
{
	printf '\ntrust store: verify(rec) through the registry vs verify(rec, key) joined, %d pairs\n' "$REPS"
	printf '(%s, %d CPUs, PostgreSQL %s, libsodium %s)\n' \
		"$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)" "$(nproc)" \
		"$PGVER" "$(pkg-config --modversion libsodium 2>/dev/null)"
	printf 'library measured: %s (sha256 %s)\n' "$SO" "$(sha256sum "$LIB/provenance.so" | cut -c1-16)"
	printf '%s registered Ed25519 signers, 1 backend; runs interleaved joined, registry, ...\n' "$SIGNERS"
	printf 'ratio = registry time / joined time per pair; extra = (registry - joined) time per record\n'
	for tab in $TABLES; do
		if [ "$tab" = rec ]; then
			printf '\nrec: %s records stored grouped by signer (the bar is judged here)\n' "$(awk '$2 == "rec" { print $5; exit }' "$RAW")"
		else
			printf '\nrec_mixed: %s records cycling through the signers row by row (information)\n' "$(awk '$2 == "rec_mixed" { print $5; exit }' "$RAW")"
		fi
		printf '  %4s %10s %10s %11s %11s %10s %12s\n' pair "joined s" "registry s" "joined/s" "registry/s" "ratio" "extra us/rec"
		per_pair "$tab" | awk '{ printf "  %4d %10.3f %10.3f %11d %11d %9.3fx %12.2f\n", $1, $2, $3, $4, $5, $6, $7 }'
		mj=$(per_pair "$tab" | awk '{ print $2 }' | median)
		mr=$(per_pair "$tab" | awk '{ print $3 }' | median)
		mq=$(per_pair "$tab" | awk '{ print $6 }' | median)
		printf '  medians: joined %.3f s, registry %.3f s (ratio of medians %.3fx)\n' "$mj" "$mr" \
			"$(awk -v a="$mr" -v b="$mj" 'BEGIN { print a / b }')"
		if [ "$tab" != rec ]; then
			printf '  median of per-pair ratios registry/joined: %.3fx\n' "$mq"
		elif awk -v r="$mq" 'BEGIN { exit !(r <= 1.2) }'; then
			printf '  median of per-pair ratios registry/joined: %.3fx (bar 1.20: %smet%s)\n' "$mq" "$PROV_G" "$PROV_N"
		else
			printf '  median of per-pair ratios registry/joined: %.3fx (bar 1.20: %sMISSED%s)\n' "$mq" "$PROV_R" "$PROV_N"
		fi
	done
	printf '\nbackend memory (VmHWM = peak RSS) around the registry queries:\n'
	cat "$RSS"
	printf '\nplans: %s; raw data: %s\n' "${PLANS#"$PROV_ROOT"/}" "${RAW#"$PROV_ROOT"/}"
} | tee "$REPORT"

chown "$PROV_OWNER:" "$PROV_RUN"/*.sql "$PROV_RUN"/*.out "$PROV_RUN"/*.txt 2>/dev/null
printf 'benchmark took %ds; report saved in %s\n' $((SECONDS - T0)) "${REPORT#"$PROV_ROOT"/}"
exit 0
