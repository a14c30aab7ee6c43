#!/usr/bin/env bash
# test/bench/custody.sh
#	Chain of custody benchmark (issue 6 §5; not part of the pass/fail
#	suite).  As root or via sudo, like test/bench/trust.sh: installs missing
#	build dependencies, builds and installs the extension, starts a
#	throwaway cluster (test/lib/common.sh) and measures, on one backend
#	(max_parallel_workers_per_gather = 0), over ITEMS units x 6 signed
#	custody events each (600,000 events by default):
#	  (a) chains:     SELECT count(*) FILTER (WHERE (v).ok) FROM
#	                    (SELECT provenance.custody_verify(record) v FROM ev
#	                     GROUP BY provenance.custody_item(record)) s
#	  (b) signatures: SELECT count(*) FILTER (WHERE provenance.verify(record)) FROM ev
#	(b) checks every event's signature through the trust store and nothing
#	else; (a) does that too and also groups the events by unit, follows
#	each chain by its hash links and checks the custody rules, so time(a) /
#	time(b) is the chain logic's overhead over pure signature checks.
#	Bar: the median of the per-round ratios time(a) / time(b) <= 1.20.
#
#	Data (test/bench/custody_gen.sql, not timed): 39 Ed25519 signers
#	(manufacturers, carriers, customs posts, retailers along CN -> KZ -> AZ
#	-> GE -> TR) registered with provenance.signer_add, and for each unit a
#	journey commission, ship (to the next kid), receive, customs_release,
#	ship, receive, built by provenance.custody_event() and signed by
#	provenance.sign() in SQL (a minute or a few).  The generated signers
#	(public keys) and events are cached as COPY files in
#	.run/bench/custody/, named after ITEMS and a digest of custody_gen.sql;
#	later runs load them instead (delete the directory, or set
#	PROVENANCE_BENCH_REGEN=1, to sign afresh).  Table ev holds the events
#	in the order a log appends them: by event time, the six events of a
#	unit days apart and interleaved with other units' events.
#
#	The rounds are interleaved, (a) then (b) in odd rounds, (b) then (a) in
#	even ones, after an untimed scan that warms the buffers; each round
#	gives a ratio, so the load of a shared machine hits both sides of a
#	ratio alike.  Then, for information, short rounds (SLICES) over the
#	events of the first SLICE_ITEMS units (table ev_s), so that both sides
#	of a ratio run seconds apart under the same load.  jit = off for both
#	(JIT compiles (a), whose estimated cost is higher, and not (b)).
#	Expression statistics on custody_item(record) tell the planner how
#	many units there are.
#
#	Also, for information: the plans (EXPLAIN; node names in the report);
#	one run of each query with 2 parallel workers when the plan of (a)
#	uses partial aggregation (the aggregate's combine function) -- as
#	shipped, or else with COST 1000 on the transition function
#	custody_verify_accum in a transaction that is rolled back (a C function
#	costs 1 unless told, so the planner sees no gain in running it in
#	workers); the backend's memory (VmHWM/VmRSS, RssAnon, RssShmem from
#	/proc/<pid>/status) before the first (a) and after each, flat private
#	memory (RssAnon) meaning the aggregate's states are freed; and
#	instructions per event, immune to the machine's load: with valgrind,
#	the cluster is stopped and each query runs in a single-user backend
#	under callgrind over the events of the first CG and 2 CG units
#	((Ir(2 CG) - Ir(CG)) / 6 CG), with the same difference for the
#	functions that tell where the time goes (grouping key, claims, record
#	hash, trust store judgement, signature check).  With
#	PROVENANCE_BENCH_PROFILE=1 (and perf), one more run of each query under
#	`perf record` (samples per library and per function, (a) beside (b)).
#	Exit status 0 whenever the benchmark ran.
#
#	The benchmark database runs a private copy of provenance.so, as
#	trust.sh does: its C functions' probin is pointed at the copy right
#	after CREATE EXTENSION, since `make install` rewrites the installed
#	library in place and kills a backend that has it mapped.
#
# Environment (besides the knobs of test/lib/common.sh):
#	PROVENANCE_BENCH_ITEMS		units (default 100000; 6 events each)
#	PROVENANCE_BENCH_REPS		rounds of (a) and (b) (default 5)
#	PROVENANCE_BENCH_SLICES		short rounds (default 9; 0: none)
#	PROVENANCE_BENCH_SLICE_ITEMS	units of the short rounds (default 10000)
#	PROVENANCE_BENCH_REGEN=1	sign new data even when a cached copy exists
#	PROVENANCE_BENCH_CG_ITEMS	CG of the instruction counts (default 500;
#		0 skips them)
#	PROVENANCE_BENCH_PROFILE=1	perf profile of one more (a) and (b)
#	PROVENANCE_BENCH_NO_BUILD=1	use the extension already installed
#	PROVENANCE_BENCH_SO		a provenance.so to measure instead of the
#		installed one (a build not installed; it must fit the installed SQL)
set -u -o pipefail

. "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

prov_require_root "$0" "$@"

# A run directory of its own (.run/bench-custody/), so it can run while
# test/run.sh or another benchmark does
PROV_RUN=$PROV_ROOT/.run/bench-custody
PROV_KEEP_DB=bench
prov_install_traps
cd "$PROV_ROOT" || exit 1

ITEMS=${PROVENANCE_BENCH_ITEMS:-100000}
REPS=${PROVENANCE_BENCH_REPS:-5}
SLICES=${PROVENANCE_BENCH_SLICES:-9}
SLICE_ITEMS=${PROVENANCE_BENCH_SLICE_ITEMS:-10000}
for v in ITEMS REPS SLICE_ITEMS; do
	case ${!v} in
		'' | *[!0-9]* | 0) prov_die "$v must be a positive number, not '${!v}'" ;;
	esac
done
case $SLICES in
	'' | *[!0-9]*) prov_die "SLICES must be a number, not '$SLICES'" ;;
esac
[ "$SLICE_ITEMS" -gt "$ITEMS" ] && SLICE_ITEMS=$ITEMS
EVENTS=$((6 * ITEMS))
SLICE_EVENTS=$((6 * SLICE_ITEMS))

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

prov_cluster_start || prov_die "the throwaway cluster did not start"
PGVER=$(psql -X -Atc 'SHOW server_version' postgres | awk '{print $1}')

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
bench_psql -q <<EOF || prov_die "set-up SQL failed"
ALTER SYSTEM SET max_wal_size = '8GB';
ALTER SYSTEM SET checkpoint_timeout = '1h';
SELECT pg_reload_conf() AS reloaded \gset
EOF

# The data: from the cache, or signed now and cached
CACHE=$PROV_ROOT/.run/bench/custody
GENKEY=$ITEMS-$(sha256sum test/bench/custody_gen.sql | cut -c1-12)
SIGNERS_F=$CACHE/signers-$GENKEY.copy
EVENTS_F=$CACHE/events-$GENKEY.copy
GEN_NOTE="cached in ${EVENTS_F#"$PROV_ROOT"/}"
if [ "${PROVENANCE_BENCH_REGEN:-0}" = 1 ] || [ ! -s "$SIGNERS_F" ] || [ ! -s "$EVENTS_F" ]; then
	mkdir -p "$CACHE" || prov_die "cannot create $CACHE"
	prov_say "signing $ITEMS journeys x 6 custody events in SQL (custody_gen.sql; a few minutes)"
	g0=$SECONDS
	rm -f "$CACHE"/*.tmp
	bench_psql -q -v items="$ITEMS" -v signers_out="$SIGNERS_F.tmp" -v events_out="$EVENTS_F.tmp" \
		-f test/bench/custody_gen.sql >"$PROV_RUN/gen.out" 2>&1 ||
		{ tail -n 20 "$PROV_RUN/gen.out" >&2; prov_die "custody_gen.sql failed"; }
	[ "$(wc -l <"$EVENTS_F.tmp")" = "$EVENTS" ] && [ "$(wc -l <"$SIGNERS_F.tmp")" = 39 ] ||
		prov_die "custody_gen.sql wrote $(wc -l <"$EVENTS_F.tmp") events and $(wc -l <"$SIGNERS_F.tmp") signers, not $EVENTS and 39"
	mv "$SIGNERS_F.tmp" "$SIGNERS_F" && mv "$EVENTS_F.tmp" "$EVENTS_F" || prov_die "cannot write the cache"
	# older generations of this size are stale
	find "$CACHE" -name "*-$ITEMS-*.copy" ! -name "*-$GENKEY.copy" -delete
	chown -R "$PROV_OWNER:" "$CACHE"
	GEN_NOTE="signed in $((SECONDS - g0)) s, cached in ${EVENTS_F#"$PROV_ROOT"/}"
else
	prov_say "using the cached events ${EVENTS_F#"$PROV_ROOT"/}"
fi

prov_say "registering the signers and loading $EVENTS events"
bench_psql -q <<EOF || prov_die "loading the data failed"
CREATE TEMP TABLE stage (kid text, party text, role text, country text, public_key provenance.pubkey);
\copy stage FROM '$SIGNERS_F'
SELECT count(provenance.signer_add(public_key, party, role, kid, country => country)) AS registered FROM stage \gset
CREATE TABLE ev (record provenance.signed_record NOT NULL);
\copy ev FROM '$EVENTS_F'
VACUUM ANALYZE ev, provenance.signer;
EOF
[ "$(bench_psql -Atc 'SELECT count(*) FROM ev')" = "$EVENTS" ] || prov_die "table ev does not hold $EVENTS events"

# The aggregate comes with issue 6 §2; say so clearly when it is not there
for f in 'custody_verify(provenance.signed_record)' 'custody_item(provenance.signed_record)'; do
	[ "$(bench_psql -Atc "SELECT to_regprocedure('provenance.$f') IS NOT NULL")" = t ] ||
		prov_die "the installed extension has no provenance.$f (issue 6 §2); nothing to measure (the data is cached for the next run)"
done

# query MODE [TABLE]: the timed query of (a) chains or (b) signatures over
# TABLE (ev); each prints "passed total"
query()
{
	if [ "$1" = chains ]; then
		echo "SELECT count(*) FILTER (WHERE (v).ok) || ' ' || count(*) FROM (SELECT provenance.custody_verify(record) v FROM ${2:-ev} GROUP BY provenance.custody_item(record)) s;"
	else
		echo "SELECT count(*) FILTER (WHERE provenance.verify(record)) || ' ' || count(*) FROM ${2:-ev};"
	fi
}
# Statistics on the grouping expression tell the planner how many groups
# (units) there are; without them it takes every event for a group and sees
# nothing to gain from partial aggregation
bench_psql -q -c "CREATE STATISTICS ev_item ON (provenance.custody_item(record)) FROM ev" -c "ANALYZE ev" ||
	prov_die "CREATE STATISTICS failed"
# The short rounds' table: the events of the first SLICE_ITEMS units, in
# the same (log) order
if [ "$SLICES" -gt 0 ]; then
	bench_psql -q -c "CREATE TABLE ev_s AS SELECT record FROM ev WHERE (regexp_match(provenance.custody_item(record), 'S([0-9]{8})\$'))[1]::int <= $SLICE_ITEMS" \
		-c "CREATE STATISTICS ev_s_item ON (provenance.custody_item(record)) FROM ev_s" -c "VACUUM ANALYZE ev_s" ||
		prov_die "could not make table ev_s"
	[ "$(bench_psql -Atc 'SELECT count(*) FROM ev_s')" = "$SLICE_EVENTS" ] || prov_die "table ev_s does not hold $SLICE_EVENTS events"
fi
ONE_SET="SET max_parallel_workers_per_gather = 0; SET jit = off;"
PAR_SET="SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0; SET max_parallel_workers_per_gather = 2; SET jit = off;"
# Should the shipped COST of the transition function (1, like any C
# function) keep the planner from partial aggregation, the parallel run
# tells it the truth in a transaction that is rolled back
COST_SET="ALTER FUNCTION provenance.custody_verify_accum(internal, provenance.signed_record) COST 1000;"
PLANS=$PROV_RUN/plans.txt
for w in 0 2 2c; do
	for mode in chains signatures; do
		[ "$w" = 2c ] && [ "$mode" = signatures ] && continue
		q=$(query "$mode")
		case $w in
			0) echo "-- $mode, workers 0: $q"
				bench_psql -At -c "$ONE_SET" -c "EXPLAIN ${q%;}" ;;
			2) echo "-- $mode, workers 2: $q"
				bench_psql -At -c "$PAR_SET" -c "EXPLAIN ${q%;}" ;;
			2c) echo "-- $mode, workers 2c: $COST_SET $q"
				bench_psql -At -c "BEGIN; $COST_SET $PAR_SET" -c "EXPLAIN ${q%;}" -c "ROLLBACK" ;;
		esac | grep -Ev '^(SET|BEGIN|ALTER FUNCTION|ROLLBACK)$'
	done
done >"$PLANS" 2>&1 || prov_die "EXPLAIN failed (see ${PLANS#"$PROV_ROOT"/})"
# nodes WORKERS: the plan nodes of the chains query with WORKERS (0, 2, 2c), one line
nodes()
{
	awk -v w="$1" '/^-- / { on = ($2 == "chains," && $4 == w ":"); first = 1; next }
		on && (first || /->/) { s = $0; sub(/^[ ]*(->[ ]*)?/, "", s); sub(/[ ]*\(cost=.*/, "", s); sub(/ on .*/, "", s)
			out = out (out == "" ? "" : " <- ") s; first = 0 }
		END { print out }' "$PLANS"
}
PAR_NODES=$(nodes 2)
PARALLEL=0
PAR_HOW="as shipped"
if grep -q 'Partial .*Aggregate' <<<"$PAR_NODES"; then
	PARALLEL=1
elif grep -q 'Partial .*Aggregate' <<<"$(nodes 2c)"; then
	PARALLEL=1
	PAR_HOW="with COST 1000 on custody_verify_accum (rolled back)"
fi

RAW=$PROV_RUN/timings.txt
RSS=$PROV_RUN/rss.txt
STATUSES=$PROV_RUN/statuses.txt
: >"$RAW"
: >"$RSS"
STATUS="SELECT string_agg(regexp_replace(l, '\\s+', ' ', 'g'), ', ') FROM regexp_split_to_table(pg_read_file('/proc/' || pg_backend_pid() || '/status'), E'\\n') l WHERE l ~ '^(VmHWM|VmRSS|RssAnon|RssShmem)'"
SCRIPT=$PROV_RUN/custody.sql
{
	echo "$ONE_SET"
	echo "SET synchronize_seqscans = off;"
	echo '\pset tuples_only on'
	echo '\pset format unaligned'
	echo "SELECT count(*) FROM ev;"
	echo "\\echo @@rss before-first-chains"
	echo "$STATUS;"
	for ((r = 1; r <= REPS; r++)); do
		if ((r % 2)); then order="chains signatures"; else order="signatures chains"; fi
		for mode in $order; do
			echo "\\echo @@ $mode 0 $r"
			echo '\timing on'
			query "$mode"
			echo '\timing off'
			[ "$mode" = chains ] && echo "\\echo @@rss after-chains-$r" && echo "$STATUS;"
		done
	done
	for ((r = 1; r <= SLICES; r++)); do
		if ((r % 2)); then order="chains signatures"; else order="signatures chains"; fi
		for mode in $order; do
			echo "\\echo @@ $mode s $r"
			echo '\timing on'
			query "$mode" ev_s
			echo '\timing off'
		done
	done
	if [ "$PARALLEL" = 1 ]; then
		[ "$PAR_HOW" != "as shipped" ] && echo "BEGIN;" && echo "$COST_SET"
		echo "$PAR_SET"
		for mode in chains signatures; do
			echo "\\echo @@ $mode 2 1"
			echo '\timing on'
			query "$mode"
			echo '\timing off'
			[ "$mode" = chains ] && echo "\\echo @@rss after-chains-2-workers" && echo "$STATUS;"
		done
		[ "$PAR_HOW" != "as shipped" ] && echo "ROLLBACK;"
	fi
} >"$SCRIPT"
load=$(cut -d' ' -f1 /proc/loadavg)
awk -v l="$load" -v n="$(nproc)" 'BEGIN { exit !(l > n / 2) }' &&
	prov_warn "load average is $load on $(nproc) CPUs: other work is running and the figures will be noisy"
prov_say "timing: $REPS rounds of (chains, signatures) over $EVENTS events and $SLICES over $SLICE_EVENTS, 1 backend$([ "$PARALLEL" = 1 ] && echo ', then one of each with 2 workers')"
bench_psql -f "$SCRIPT" >"$PROV_RUN/custody.out" 2>&1 ||
	{ tail -n 20 "$PROV_RUN/custody.out" >&2; prov_die "a query failed"; }
awk -v rss="$RSS" '/^@@rss / { what = $2; next }
	what != "" { print "  " what ": " $0 >> rss; what = ""; next }
	/^@@ / { mode = $2; workers = $3; round = $4; next }
	/^[0-9]+ [0-9]+$/ { ok = $1; n = $2; next }
	/^Time: / && mode != "" { print mode, workers, round, ok, n, $2 / 1000; mode = "" }' \
	"$PROV_RUN/custody.out" >>"$RAW"
[ "$(wc -l <"$RAW")" -eq $((2 * REPS + 2 * SLICES + 2 * PARALLEL)) ] ||
	prov_die "expected $((2 * REPS + 2 * SLICES + 2 * PARALLEL)) timings in ${RAW#"$PROV_ROOT"/}"
: >"$STATUSES"
if ! awk -v items="$ITEMS" -v sitems="$SLICE_ITEMS" '{ want = ($2 == "s" ? sitems : items) * ($1 == "chains" ? 1 : 6) }
		$4 != want || $5 != want { print "not all passed:", $0; bad = 1 }
		END { exit bad }' "$RAW" >&2; then
	prov_warn "not every chain or event passed; verdicts in ${STATUSES#"$PROV_ROOT"/}"
	bench_psql -At -c "SELECT (v).status || ' ' || count(*) || ' ' || coalesce(min((v).detail), '') FROM (SELECT provenance.custody_verify(record) v FROM ev GROUP BY provenance.custody_item(record)) s GROUP BY (v).status ORDER BY 1" >"$STATUSES" 2>&1
	head -n 5 "$STATUSES" >&2
fi

# Optional: where the time goes.  perf (software clock, 499 samples a
# second) attached to the backend over one more run of each query; the
# report compares samples per library and per function, so the extra
# samples of (a) show what the chain logic costs
PROFILE=$PROV_RUN/profile.txt
: >"$PROFILE"
if [ "${PROVENANCE_BENCH_PROFILE:-0}" = 1 ]; then
	if ! command -v perf >/dev/null 2>&1; then
		echo "  skipped: perf is not installed" >"$PROFILE"
	else
		prov_say "profiling one more run of each query with perf"
		for mode in chains signatures; do
			pidf=$PROV_RUN/backend.pid
			{
				echo "$ONE_SET"
				echo "SELECT pg_backend_pid() \\g $pidf"
				echo "SELECT count(*) FROM ev;"
				echo "\\! perf record -e cpu-clock -F 499 -o $PROV_RUN/perf-$mode.data -p \$(tail -n 1 $pidf | tr -dc 0-9) >$PROV_RUN/perf-$mode.log 2>&1 & echo \$! >$PROV_RUN/perf.pid; sleep 2"
				query "$mode"
				echo "\\! kill -INT \$(cat $PROV_RUN/perf.pid); sleep 3"
			} | bench_psql -At >/dev/null 2>&1 || prov_warn "the profiled $mode run failed"
			for sort in dso dso,sym; do
				perf report -i "$PROV_RUN/perf-$mode.data" --no-children --sort "$sort" -n --stdio 2>/dev/null |
					awk -v m="$mode" -v k="$sort" '/^ +[0-9.]+%/ { n = $2; $1 = ""; $2 = ""; sub(/^ +/, ""); sub(/ +$/, ""); print m "\t" k "\t" n "\t" $0 }'
			done
		done >"$PROV_RUN/perf.tsv"
		# table KEY ROWS: samples of (a) and (b) per KEY, most extra first
		table()
		{
			awk -F'\t' -v k="$1" '$2 == k { key = $4; if (k == "dso,sym" && key ~ /\] 0x[0-9a-f]+$/) { sub(/ +\[\.\] 0x.*/, " (unresolved)", key) }
					s[$1, key] += $3; keys[key] = 1; tot[$1] += $3 }
				END { for (key in keys) printf "%d\t%d\t%d\t%s\n", s["chains", key] - s["signatures", key], s["chains", key], s["signatures", key], key
					printf "%d\t%d\t%d\t%s\n", 1e9, tot["chains"], tot["signatures"], "all samples" }' "$PROV_RUN/perf.tsv" |
				sort -t$'\t' -k1,1nr | head -n "$2" |
				awk -F'\t' '{ printf "  %8d %8d %8s  %s\n", $2, $3, ($4 == "all samples" ? "" : sprintf("%+d", $2 - $3)), $4 }'
		}
		{
			printf '  %8s %8s %8s  %s\n' "(a)" "(b)" "extra" "samples per library"
			table dso 12
			printf '  %8s %8s %8s  %s\n' "(a)" "(b)" "extra" "samples per function, most extra in (a) first"
			table dso,sym 26 | tail -n +2
		} >"$PROFILE"
	fi
fi

# Instructions per event (callgrind counts instructions, whatever else the
# machine does): the cluster is stopped and each query runs in a
# single-user backend over the events of the first CG units and of the
# first 2 CG units; (Ir(2 CG) - Ir(CG)) / (6 CG) is the whole per-event
# cost (scan, grouping, aggregate, verification).  enable_hashagg = off
# keeps the plan of (a) the one of the timed runs (Sort, GroupAggregate).
# The same difference per function (inclusive) says where it goes.
CG_ITEMS=${PROVENANCE_BENCH_CG_ITEMS:-500}
CG=$PROV_RUN/instructions.txt
CGF=$PROV_RUN/instructions-by-function.txt
: >"$CG"
: >"$CGF"
CGNOTE=
case $CG_ITEMS in
	'' | *[!0-9]*) prov_die "PROVENANCE_BENCH_CG_ITEMS must be a number, not '$CG_ITEMS'" ;;
esac
if [ "$CG_ITEMS" = 0 ]; then
	CGNOTE="skipped (PROVENANCE_BENCH_CG_ITEMS=0)"
elif ! command -v valgrind >/dev/null 2>&1 || ! command -v callgrind_annotate >/dev/null 2>&1; then
	CGNOTE="skipped: valgrind is not installed (apt-get install valgrind)"
elif [ $((2 * CG_ITEMS)) -gt "$ITEMS" ]; then
	CGNOTE="skipped: 2 x PROVENANCE_BENCH_CG_ITEMS is more than the $ITEMS units"
else
	prov_say "instructions per event: callgrind over the events of $CG_ITEMS and $((2 * CG_ITEMS)) units (a few minutes)"
	for t in 1 2; do
		echo "CREATE TABLE cg$t AS SELECT record FROM ev WHERE (regexp_match(provenance.custody_item(record), 'S([0-9]{8})\$'))[1]::int <= $((t * CG_ITEMS));"
	done | bench_psql -q && bench_psql -q -c "VACUUM ANALYZE cg1, cg2" ||
		prov_die "could not make the tables of the callgrind runs"
	prov_as_postgres "$PROV_PGBIN/pg_ctl" -D "$PROV_BASE/data" -m fast -w -t 60 stop >/dev/null ||
		prov_die "could not stop the cluster for the single-user runs"
	CGDIR=$PROV_BASE/callgrind
	mkdir -m 755 "$CGDIR" && chown postgres: "$CGDIR" || prov_die "cannot create $CGDIR"
	# cg_ir FILE: the total instruction count of a callgrind output file
	cg_ir()
	{
		awk '/^(summary|totals):/ { print $2; exit }' "$1"
	}
	for mode in chains signatures; do
		for t in 1 2; do
			n=$((t * CG_ITEMS))
			want=$((6 * n))
			[ "$mode" = chains ] && want=$n
			query "$mode" "cg$t" |
				prov_as_postgres valgrind --tool=callgrind --callgrind-out-file="$CGDIR/$mode-$t.cg" \
					"$PROV_PGBIN/postgres" --single -D "$PROV_BASE/data" \
					-c max_parallel_workers_per_gather=0 -c jit=off -c enable_hashagg=off -c synchronize_seqscans=off bench \
					>"$CGDIR/$mode-$t.out" 2>"$CGDIR/$mode-$t.err" ||
				{ tail -n 5 "$CGDIR/$mode-$t.err" >&2; prov_die "the single-user backend failed under callgrind"; }
			grep -q "\"$want $want\"" "$CGDIR/$mode-$t.out" ||
				prov_warn "single-user $mode over cg$t: not every chain or event passed (see $CGDIR/$mode-$t.out)"
			callgrind_annotate --inclusive=yes --threshold=100 "$CGDIR/$mode-$t.cg" 2>/dev/null |
				awk -v m="$mode" -v t="$t" '$1 ~ /^[0-9,]+$/ && NF >= 2 { ir = $1; gsub(/,/, "", ir)
					f = $0; sub(/^ *[0-9,]+ *(\([^)]*\))? */, "", f); sub(/ \[.*$/, "", f); sub(/^.*:/, "", f)
					if (!((m, t, f) in seen)) { seen[m, t, f] = 1; print m, t, ir, f } }' >>"$CGDIR/functions.txt"
		done
		echo "$mode $(awk -v a="$(cg_ir "$CGDIR/$mode-1.cg")" -v b="$(cg_ir "$CGDIR/$mode-2.cg")" \
			-v n="$((6 * CG_ITEMS))" 'BEGIN { printf "%.0f", (b - a) / n }')" >>"$CG"
	done
	# per event, inclusive, for the functions that tell the story
	awk -v n="$((6 * CG_ITEMS))" '{ ir[$1, $2, $4] = $3 }
		END { k = split("tuplesort_puttupleslot tuplesort_gettupleslot prov_custody_item prov_custody_verify_accum prov_custody_verify_final prov_verify_trusted trust_judge record_trust_info sig_verifier_verify custody_read_record record_digest", fs, " ")
			for (i = 1; i <= k; i++) { f = fs[i]; a = (ir["chains", 2, f] - ir["chains", 1, f]) / n; b = (ir["signatures", 2, f] - ir["signatures", 1, f]) / n
				if (a != 0 || b != 0) printf "%s %.0f %.0f\n", f, a, b } }' "$CGDIR/functions.txt" >"$CGF"
	cp "$CGDIR"/*.cg "$PROV_RUN/" 2>/dev/null
fi

# median: the median of the numbers on stdin ("" when none)
median()
{
	sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# per_round [s]: "round chains_s signatures_s chains_ev/s signatures_ev/s
# ratio" per full (or short: s) round on 1 backend (ratio = chains time /
# signatures time)
per_round()
{
	awk -v k="${1:-0}" -v n="$([ "${1:-0}" = s ] && echo "$SLICE_EVENTS" || echo "$EVENTS")" '$2 != k { next } { t[$1, $3] = $6; rounds[$3] = 1 }
		END { for (r in rounds) if ((("chains", r) in t) && (("signatures", r) in t))
			printf "%d %.3f %.3f %.0f %.0f %.4f\n", r, t["chains", r], t["signatures", r],
				n / t["chains", r], n / t["signatures", r], t["chains", r] / t["signatures", r] }' "$RAW" | sort -n
}

REPORT=$PROV_RUN/results.txt
{
	printf '\nchain of custody: custody_verify over every chain vs verify(record) over every event, %d rounds\n' "$REPS"
	printf '(%s, %d CPUs, PostgreSQL %s, load average at start %s)\n' \
		"$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)" "$(nproc)" "$PGVER" "$load"
	printf 'library measured: %s (sha256 %s)\n' "$SO" "$(sha256sum "$LIB/provenance.so" | cut -c1-16)"
	printf '%d units x 6 Ed25519 custody events = %d events from 39 registered signers (%s)\n' "$ITEMS" "$EVENTS" "$GEN_NOTE"
	printf '(a) chains:     SELECT count(*) FILTER (WHERE (v).ok) FROM (SELECT provenance.custody_verify(record) v\n'
	printf '                FROM ev GROUP BY provenance.custody_item(record)) s\n'
	printf '(b) signatures: SELECT count(*) FILTER (WHERE provenance.verify(record)) FROM ev\n'
	printf '1 backend (max_parallel_workers_per_gather = 0); plan of (a): %s\n' "$(nodes 0)"
	printf 'ratio = time(a) / time(b) per round; events/s = %d / time\n\n' "$EVENTS"
	printf '  %5s %10s %10s %12s %12s %8s\n' round "(a) s" "(b) s" "(a) ev/s" "(b) ev/s" ratio
	per_round | awk '{ printf "  %5d %10.3f %10.3f %12d %12d %7.3fx\n", $1, $2, $3, $4, $5, $6 }'
	ma=$(per_round | awk '{ print $2 }' | median)
	mb=$(per_round | awk '{ print $3 }' | median)
	mq=$(per_round | awk '{ print $6 }' | median)
	printf '  medians: (a) %.3f s = %.0f events/s (%.0f chains/s), (b) %.3f s = %.0f events/s (ratio of medians %.3fx)\n' \
		"$ma" "$(awk -v t="$ma" -v n="$EVENTS" 'BEGIN { print n / t }')" \
		"$(awk -v t="$ma" -v n="$ITEMS" 'BEGIN { print n / t }')" \
		"$mb" "$(awk -v t="$mb" -v n="$EVENTS" 'BEGIN { print n / t }')" \
		"$(awk -v a="$ma" -v b="$mb" 'BEGIN { print a / b }')"
	if awk -v r="$mq" 'BEGIN { exit !(r <= 1.2) }'; then
		printf '  median of per-round ratios (a)/(b): %.3fx (bar 1.20: %smet%s)\n' "$mq" "$PROV_G" "$PROV_N"
	else
		printf '  median of per-round ratios (a)/(b): %.3fx (bar 1.20: %sMISSED%s)\n' "$mq" "$PROV_R" "$PROV_N"
	fi
	if [ "$SLICES" -gt 0 ]; then
		printf '\n%d short rounds over the %d events of the first %d units (table ev_s), same order rule:\n' \
			"$SLICES" "$SLICE_EVENTS" "$SLICE_ITEMS"
		printf '  ratios: %s\n' "$(per_round s | awk '{ printf "%s%.3f", (NR > 1 ? " " : ""), $6 }')"
		printf '  medians: (a) %.0f events/s, (b) %.0f events/s; median of per-round ratios (a)/(b): %.3fx\n' \
			"$(per_round s | awk '{ print $4 }' | median)" "$(per_round s | awk '{ print $5 }' | median)" \
			"$(per_round s | awk '{ print $6 }' | median)"
	fi
	printf '\n2 parallel workers (forced: parallel_setup_cost = parallel_tuple_cost = 0); plan of (a) as shipped:\n  %s\n' "$PAR_NODES"
	if [ "$PAR_HOW" != "as shipped" ]; then
		printf '  with COST 1000 on the transition function custody_verify_accum (as shipped: 1):\n  %s\n' "$(nodes 2c)"
	fi
	if [ "$PARALLEL" = 1 ]; then
		awk -v n="$EVENTS" -v ma="$ma" -v mb="$mb" -v how="$PAR_HOW" '$2 == 2 { t[$1] = $6 }
			END { printf "  timed %s, one run each: (a) %.3f s = %.0f events/s (%.2fx the 1-backend median), (b) %.3f s = %.0f events/s (%.2fx); ratio (a)/(b) %.3fx\n",
				how, t["chains"], n / t["chains"], ma / t["chains"], t["signatures"], n / t["signatures"], mb / t["signatures"],
				t["chains"] / t["signatures"] }' "$RAW"
	else
		printf '  no partial aggregation in the plan: not timed\n'
	fi
	if [ -n "$CGNOTE" ]; then
		printf '\ninstructions per event (callgrind): %s\n' "$CGNOTE"
	else
		printf '\ninstructions per event (callgrind, single-user backend, (Ir(%d units) - Ir(%d units)) / %d events):\n' \
			$((2 * CG_ITEMS)) "$CG_ITEMS" $((6 * CG_ITEMS))
		awk '{ ir[$1] = $2 } END { printf "  (a) chains %d, (b) signatures %d: (a)/(b) = %.3fx\n", ir["chains"], ir["signatures"], ir["chains"] / ir["signatures"] }' "$CG"
		printf '  %-28s %12s %12s   (inclusive, per event)\n' function "(a)" "(b)"
		awk '{ printf "  %-28s %12d %12d\n", $1, $2, $3 }' "$CGF"
	fi
	printf '\nbackend memory (VmHWM = peak RSS) around the chains queries:\n'
	cat "$RSS"
	[ -s "$PROFILE" ] && { printf '\nprofile (perf -F 499 on the backend, one more run of each query):\n'; cat "$PROFILE"; }
	printf '\nplans: %s; raw data: %s\n' "${PLANS#"$PROV_ROOT"/}" "${RAW#"$PROV_ROOT"/}"
} | tee "$REPORT"

chown "$PROV_OWNER:" "$PROV_RUN"/*.sql "$PROV_RUN"/*.out "$PROV_RUN"/*.txt "$PROV_RUN"/*.cg 2>/dev/null
printf 'benchmark took %ds; report saved in %s\n' $((SECONDS - T0)) "${REPORT#"$PROV_ROOT"/}"
exit 0
