#!/usr/bin/env bash
# test/bench/run.sh
#	COPY throughput benchmark (not part of the pass/fail suite).  On a
#	Debian 12 machine, as root or via sudo, like test/run.sh: installs
#	missing build dependencies, builds and installs the extension, starts a
#	throwaway cluster (test/lib/common.sh), generates the data with
#	bench_gen.c, and times server-side COPY FROM a file into one-column
#	tables:
#	  2,000,000 GTIN-13 strings  -> provenance.gtin, isn.ean13, text
#	  2,000,000 GTIN-8/12/13/14  -> provenance.gtin (information only)
#	  1,000,000 marking codes    -> provenance.gs1, text
#	    (scanner form: ]d2 01<gtin> 21<serial> GS 91<key> GS 92<crypto>)
#	Each COPY is repeated (default 5 times, alternating the order of the
#	cases from round to round) into a freshly truncated table after a
#	CHECKPOINT; the table shows the median, rows/s, the ratios against the
#	baselines of the same run and the table sizes.
#	Bars (issue 2): gtin time / ean13 time <= 1.0; gs1 time / text time <= 1.5.
#	The exit status is 0 whenever the benchmark ran, whether or not the
#	bars were met.
#
# Environment (besides the knobs of test/lib/common.sh):
#	PROVENANCE_BENCH_REPS		repetitions per case (default 5)
#	PROVENANCE_BENCH_GTIN_ROWS	GTIN rows (default 2000000)
#	PROVENANCE_BENCH_GS1_ROWS	marking-code rows (default 1000000)
#	PROVENANCE_BENCH_NO_BUILD=1	use the extension already installed
#	PROVENANCE_BENCH_PROFILE=1	afterwards, perf-record one more gs1 COPY and
#								print the backend's hottest functions
set -u -o pipefail

. "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

prov_require_root "$0" "$@"

# A run directory of its own (.run/bench/): the shared set-up treats a
# cluster in its run directory as left over by a killed run and removes it,
# so the benchmark must not share .run/ with a test/run.sh running meanwhile.
PROV_RUN=$PROV_ROOT/.run/bench
PROV_KEEP_DB=bench
prov_install_traps
cd "$PROV_ROOT" || exit 1

REPS=${PROVENANCE_BENCH_REPS:-5}
GTIN_ROWS=${PROVENANCE_BENCH_GTIN_ROWS:-2000000}
GS1_ROWS=${PROVENANCE_BENCH_GS1_ROWS:-1000000}
for v in REPS GTIN_ROWS GS1_ROWS; do
	case ${!v} in
		'' | *[!0-9]* | 0) prov_die "$v must be a positive number, not '${!v}'" ;;
	esac
done

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

# The generator and the parser driver are built with the server's
# optimisation level into .run/bench/bin (outside the source tree).
BIN=$PROV_RUN/bin
mkdir -p "$BIN" && chown "$PROV_OWNER:" "$BIN"
PURE="src/gtin_parse.c src/gs1_lint.c src/gs1_ai.c src/gs1_ai_table.c src/gs1_parse.c"
prov_say "building test/bench/bench_gen.c and test/bench/parse_loop.c"
prov_as_owner cc -O2 -Wall -Wextra -o "$BIN/bench_gen" test/bench/bench_gen.c ||
	prov_die "test/bench/bench_gen.c did not compile"
# shellcheck disable=SC2086
prov_as_owner cc -O2 -g -Wall -Wextra -Isrc -o "$BIN/parse_loop" test/bench/parse_loop.c $PURE ||
	prov_die "test/bench/parse_loop.c did not compile"

prov_cluster_start || prov_die "the throwaway cluster did not start"

# Data files live in the cluster directory (readable by the server, removed
# with the cluster).
DATA=$PROV_BASE/bench-data
mkdir -m 755 "$DATA" || prov_die "cannot create $DATA"
prov_say "generating $GTIN_ROWS GTIN-13, $GTIN_ROWS mixed GTIN and $GS1_ROWS marking-code lines"
"$BIN/bench_gen" gtin13 "$GTIN_ROWS" "$DATA/gtin13.txt" &&
	"$BIN/bench_gen" gtinmix "$GTIN_ROWS" "$DATA/gtinmix.txt" &&
	"$BIN/bench_gen" marking "$GS1_ROWS" "$DATA/marking.txt" ||
	prov_die "bench_gen failed"
chmod 644 "$DATA"/*.txt

# Every generated line must be valid, or the COPY would stop at the first
# bad one; the driver also shows what the pure parsers cost on their own.
declare -A PURE_NS
for f in gtin:gtin13 gtin:gtinmix gs1:marking; do
	out=$("$BIN/parse_loop" "${f%%:*}" "$DATA/${f#*:}.txt") ||
		prov_die "generated data in ${f#*:}.txt is not all valid: $out"
	PURE_NS[${f#*:}]=$(sed -n 's/.*ns_per_line=\([0-9]*\).*/\1/p' <<<"$out")
done

prov_say "creating database bench with provenance and isn"
createdb bench || prov_die "createdb failed"
# Few checkpoints and no autovacuum during the runs: each COPY starts after
# an explicit CHECKPOINT, into a table autovacuum leaves alone.
bench_psql -q <<'EOF' || prov_die "set-up SQL failed"
ALTER SYSTEM SET max_wal_size = '8GB';
ALTER SYSTEM SET checkpoint_timeout = '1h';
SELECT pg_reload_conf() AS reloaded \gset
CREATE EXTENSION provenance;
CREATE EXTENSION isn;
CREATE TABLE b_gtin (v provenance.gtin) WITH (autovacuum_enabled = off);
CREATE TABLE b_ean13 (v ean13) WITH (autovacuum_enabled = off);
CREATE TABLE b_text13 (v text) WITH (autovacuum_enabled = off);
CREATE TABLE b_gtinmix (v provenance.gtin) WITH (autovacuum_enabled = off);
CREATE TABLE b_gs1 (v provenance.gs1) WITH (autovacuum_enabled = off);
CREATE TABLE b_gs1text (v text) WITH (autovacuum_enabled = off);
EOF

# case name | table | data file | rows | label
CASES=(
	"gtin|b_gtin|gtin13|$GTIN_ROWS|provenance.gtin (GTIN-13)"
	"ean13|b_ean13|gtin13|$GTIN_ROWS|isn.ean13 (GTIN-13)"
	"text13|b_text13|gtin13|$GTIN_ROWS|text (GTIN-13)"
	"gtinmix|b_gtinmix|gtinmix|$GTIN_ROWS|provenance.gtin (8/12/13/14 mix)"
	"gs1|b_gs1|marking|$GS1_ROWS|provenance.gs1 (marking codes)"
	"gs1text|b_gs1text|marking|$GS1_ROWS|text (marking codes)"
)

# One psql session runs every COPY; the order of the cases is reversed in
# every other round so drift (caches, other load) spreads over all of them.
SCRIPT=$PROV_RUN/bench.sql
{
	for ((r = 1; r <= REPS; r++)); do
		if ((r % 2)); then
			idx=$(seq 0 $((${#CASES[@]} - 1)))
		else
			idx=$(seq $((${#CASES[@]} - 1)) -1 0)
		fi
		for i in $idx; do
			IFS='|' read -r name tab file rows _ <<<"${CASES[$i]}"
			printf 'TRUNCATE %s;\nCHECKPOINT;\n\\echo @@ %s %d\n\\timing on\n' "$tab" "$name" "$r"
			printf "COPY %s FROM '%s';\n\\\\timing off\n" "$tab" "$DATA/$file.txt"
		done
	done
} >"$SCRIPT"

load=$(cut -d' ' -f1 /proc/loadavg)
if awk -v l="$load" -v n="$(nproc)" 'BEGIN { exit !(l > n / 2) }'; then
	prov_warn "load average is $load on $(nproc) CPUs: other work is running and the figures will be noisy"
fi
prov_say "timing ${#CASES[@]} cases x $REPS rounds (server-side COPY FROM file)"
RAW=$PROV_RUN/timings.txt
bench_psql -f "$SCRIPT" >"$PROV_RUN/bench.out" 2>&1 ||
	{ tail -n 20 "$PROV_RUN/bench.out" >&2; prov_die "a COPY failed (output in ${PROV_RUN#"$PROV_ROOT"/}/bench.out)"; }
# "@@ name round" is followed by "COPY n" and "Time: x ms"
awk '/^@@ / { name = $2; round = $3; next }
	/^COPY [0-9]+$/ { rows = $2; next }
	/^Time: / && name != "" { print name, round, rows, $2 / 1000; name = "" }' \
	"$PROV_RUN/bench.out" >"$RAW"
[ "$(wc -l <"$RAW")" -eq $((${#CASES[@]} * REPS)) ] ||
	prov_die "expected $((${#CASES[@]} * REPS)) timings in ${PROV_RUN#"$PROV_ROOT"/}/bench.out, found $(wc -l <"$RAW")"

# median NAME: median seconds of a case
median()
{
	awk -v n="$1" '$1 == n { print $4 }' "$RAW" | sort -g |
		awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# check the row counts COPY reported
while read -r name round rows secs; do
	for c in "${CASES[@]}"; do
		IFS='|' read -r cname _ _ crows _ <<<"$c"
		[ "$cname" = "$name" ] && [ "$rows" != "$crows" ] &&
			prov_die "COPY into $name loaded $rows rows in round $round, expected $crows"
	done
done <"$RAW"

declare -A MED SIZE
for c in "${CASES[@]}"; do
	IFS='|' read -r name tab _ _ _ <<<"$c"
	MED[$name]=$(median "$name")
	SIZE[$name]=$(bench_psql -Atc "SELECT pg_total_relation_size('$tab')")
done

# --- report -------------------------------------------------------------

ratio()
{
	awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'
}

# paired A B: median over the rounds of time(A) / time(B).  The two cases
# run back to back in every round, so a load change on the machine between
# rounds cancels out; this is the figure the bars are judged on.
paired()
{
	awk -v a="$1" -v b="$2" '$1 == a { ta[$2] = $4 } $1 == b { tb[$2] = $4 }
		END { for (r in ta) if (r in tb) print ta[r] / tb[r] }' "$RAW" | sort -g |
		awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.2f", m }'
}

R_GTIN=$(paired gtin ean13)
R_GS1=$(paired gs1 gs1text)
M_GTIN=$(ratio "${MED[gtin]}" "${MED[ean13]}")
M_GS1=$(ratio "${MED[gs1]}" "${MED[gs1text]}")
bar()
{
	if awk -v r="$1" -v m="$2" 'BEGIN { exit !(r <= m) }'; then
		printf '%smet%s' "$PROV_G" "$PROV_N"
	else
		printf '%sMISSED%s' "$PROV_R" "$PROV_N"
	fi
}

REPORT=$PROV_RUN/results.txt
{
	printf '\nCOPY throughput, median of %d rounds (%s, %d CPUs, PostgreSQL %s)\n\n' "$REPS" \
		"$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)" "$(nproc)" \
		"$(bench_psql -Atc 'SHOW server_version' | awk '{print $1}')"
	printf '%-34s %9s %9s %11s %8s %10s %8s %9s\n' \
		"column type (data)" rows "median s" "rows/s" "vs base" "table MB" "B/row" "parse ns"
	for c in "${CASES[@]}"; do
		IFS='|' read -r name _ file rows label <<<"$c"
		case $name in
			gtin | ean13 | gtinmix) base=text13 ;;
			gs1) base=gs1text ;;
			*) base= ;;
		esac
		pns=-
		case $name in gtin | gtinmix | gs1) pns=${PURE_NS[$file]} ;; esac
		awk -v label="$label" -v rows="$rows" -v s="${MED[$name]}" \
			-v b="${base:+${MED[$base]}}" -v sz="${SIZE[$name]}" -v pns="$pns" 'BEGIN {
			printf "%-34s %9d %9.3f %11.0f %8s %10.1f %8.1f %9s\n", label, rows, s, rows / s,
				(b == "" ? "base" : sprintf("%.2fx", s / b)), sz / 1048576, sz / rows, pns }'
	done
	printf '\n("vs base": median time relative to the text column loaded from the same file;\n'
	printf ' "parse ns": the pure C parser alone per line, outside the server)\n\n'
	printf 'time ratios (median of the per-round ratios; ratio of the medians in brackets):\n'
	printf '  gtin / ean13: %s (%s)   bar <= 1.00: %s\n' "$R_GTIN" "$M_GTIN" "$(bar "$R_GTIN" 1.0)"
	printf '  gs1 / text:   %s (%s)   bar <= 1.50: %s\n' "$R_GS1" "$M_GS1" "$(bar "$R_GS1" 1.5)"
	printf '\nall timings (case round rows seconds): %s\n' "${RAW#"$PROV_ROOT"/}"
} | tee "$REPORT"
# Optional profile of the gs1 COPY (perf, whole system, the backend's
# samples shown).  For a profile without a server, use
# .run/bench/bin/parse_loop under perf or valgrind --tool=callgrind.
if [ "${PROVENANCE_BENCH_PROFILE:-0}" = 1 ]; then
	if ! command -v perf >/dev/null 2>&1; then
		prov_warn "PROVENANCE_BENCH_PROFILE=1 but perf is not installed (apt-get install linux-perf)"
	else
		prov_say "profiling one more COPY into the gs1 column (perf record -g -a)"
		PERF_DATA=$PROV_RUN/perf-gs1.data
		bench_psql -q -c "TRUNCATE b_gs1" -c CHECKPOINT
		perf record -q -g -a -o "$PERF_DATA" -- \
			psql -X -q -d bench -c "COPY b_gs1 FROM '$DATA/marking.txt'" >/dev/null 2>&1 ||
			prov_warn "perf record failed"
		printf '\nhottest functions in the backend during COPY into provenance.gs1:\n'
		perf report -i "$PERF_DATA" --comm postgres --no-children --stdio -g none \
			--percentage relative --sort dso,sym 2>/dev/null | grep -E '^ +[0-9]' | head -n 25
		printf '(full profile: perf report -i %s --comm postgres)\n' "${PERF_DATA#"$PROV_ROOT"/}"
		chown "$PROV_OWNER:" "$PERF_DATA"
	fi
fi

chown "$PROV_OWNER:" "$SCRIPT" "$PROV_RUN/bench.out" "$RAW" "$REPORT" 2>/dev/null
printf 'benchmark took %ds; report saved in %s\n' $((SECONDS - T0)) "${REPORT#"$PROV_ROOT"/}"
exit 0
