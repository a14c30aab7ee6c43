#!/usr/bin/env bash
# test/bench/verify.sh
#	Signature verification benchmark (issue 3 §4; not part of the pass/fail
#	suite).  As root or via sudo, like test/bench/run.sh: installs missing
#	build dependencies, builds and installs the extension, starts a
#	throwaway cluster (test/lib/common.sh), generates signed records with
#	sign_gen.c (10 keys per alg; generation is not timed) and times
#	  SELECT count(*) FILTER (WHERE provenance.verify(r, k)) FROM t
#	over 1,000,000 Ed25519 (EdDSA), 200,000 ES256 and 200,000 PS256 records,
#	single-backend (max_parallel_workers_per_gather = 0) and with 2 parallel
#	workers (parallel plan forced), median of 3 runs each.  Baselines in the
#	same run: libsodium's single-core crypto_sign_verify_detached rate on a
#	message of the records' size (sodium_verify.c), and `openssl speed
#	-seconds 3 ed25519 ecdsap256 rsa2048` verify/s (openssl speed verifies
#	a precomputed digest, and rsa2048 is raw PKCS#1 rather than PSS, so the
#	ES256/PS256 baselines include no hashing).  Also the backend's peak and
#	current RSS (VmHWM/VmRSS) before and after the 1,000,000-row query.
#	Bars: Ed25519 >= 0.85 x libsodium; ES256, PS256 >= 0.85 x openssl speed;
#	2 workers >= 1.7 x single.  Exit status 0 whenever the benchmark ran.
#
# Environment (besides the knobs of test/lib/common.sh):
#	PROVENANCE_BENCH_ED_ROWS	Ed25519 rows (default 1000000)
#	PROVENANCE_BENCH_ES_ROWS	ES256 rows (default 200000)
#	PROVENANCE_BENCH_PS_ROWS	PS256 rows (default 200000)
#	PROVENANCE_BENCH_PS_DISTINCT	distinct PS256 records (default 20000;
#		RSA signing is slow, so the rest repeat them as separate rows, which
#		costs verification the same: nothing caches a verdict)
#	PROVENANCE_BENCH_REPS		runs per case (default 3)
#	PROVENANCE_BENCH_NO_BUILD=1	use the extension already installed
set -u -o pipefail

. "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

prov_require_root "$0" "$@"

# A run directory of its own, as test/bench/run.sh has (.run/bench-verify/)
PROV_RUN=$PROV_ROOT/.run/bench-verify
PROV_KEEP_DB=bench
prov_install_traps
cd "$PROV_ROOT" || exit 1

ED_ROWS=${PROVENANCE_BENCH_ED_ROWS:-1000000}
ES_ROWS=${PROVENANCE_BENCH_ES_ROWS:-200000}
PS_ROWS=${PROVENANCE_BENCH_PS_ROWS:-200000}
PS_DISTINCT=${PROVENANCE_BENCH_PS_DISTINCT:-20000}
REPS=${PROVENANCE_BENCH_REPS:-3}
for v in ED_ROWS ES_ROWS PS_ROWS PS_DISTINCT REPS; do
	case ${!v} in
		'' | *[!0-9]* | 0) prov_die "$v must be a positive number, not '${!v}'" ;;
	esac
done
NKEYS=10

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
prov_say "building test/bench/sign_gen.c and test/bench/sodium_verify.c"
prov_as_owner cc -O2 -Wall -Wextra -o "$BIN/sign_gen" test/bench/sign_gen.c -lcrypto -lsodium ||
	prov_die "test/bench/sign_gen.c did not compile"
prov_as_owner cc -O2 -Wall -Wextra -o "$BIN/sodium_verify" test/bench/sodium_verify.c -lsodium ||
	prov_die "test/bench/sodium_verify.c did not compile"

prov_cluster_start || prov_die "the throwaway cluster did not start"

DATA=$PROV_BASE/bench-data
mkdir -m 755 "$DATA" || prov_die "cannot create $DATA"
prov_say "generating $ED_ROWS EdDSA, $ES_ROWS ES256 and $PS_ROWS PS256 records ($PS_DISTINCT distinct), $NKEYS keys each"
"$BIN/sign_gen" EdDSA "$ED_ROWS" "$ED_ROWS" "$NKEYS" "$DATA/ed.txt" &&
	"$BIN/sign_gen" ES256 "$ES_ROWS" "$ES_ROWS" "$NKEYS" "$DATA/es.txt" &&
	"$BIN/sign_gen" PS256 "$PS_ROWS" "$PS_DISTINCT" "$NKEYS" "$DATA/ps.txt" ||
	prov_die "sign_gen failed"
chmod 644 "$DATA"/*.txt
# the signing input of one record (header.payload), for the libsodium baseline
MSGLEN=$(head -n 1 "$DATA/ed.txt" | cut -f2 | awk -F. '{ print length($1) + 1 + length($2) }')

prov_say "creating database bench and loading the records"
createdb bench || prov_die "createdb failed"
bench_psql -q <<EOF || prov_die "set-up SQL failed"
ALTER SYSTEM SET max_wal_size = '8GB';
ALTER SYSTEM SET checkpoint_timeout = '1h';
SELECT pg_reload_conf() AS reloaded \gset
CREATE EXTENSION provenance;
CREATE TEMP TABLE stage (keyno int, r text, k bytea);
COPY stage FROM '$DATA/ed.txt';
CREATE TEMP TABLE keys_ed AS SELECT keyno, k::provenance.pubkey AS k FROM (SELECT DISTINCT keyno, k FROM stage) d;
CREATE TABLE t_ed AS SELECT s.r::provenance.signed_record AS r, kk.k FROM stage s JOIN keys_ed kk USING (keyno);
TRUNCATE stage;
COPY stage FROM '$DATA/es.txt';
CREATE TEMP TABLE keys_es AS SELECT keyno, k::provenance.pubkey AS k FROM (SELECT DISTINCT keyno, k FROM stage) d;
CREATE TABLE t_es AS SELECT s.r::provenance.signed_record AS r, kk.k FROM stage s JOIN keys_es kk USING (keyno);
TRUNCATE stage;
COPY stage FROM '$DATA/ps.txt';
CREATE TEMP TABLE keys_ps AS SELECT keyno, k::provenance.pubkey AS k FROM (SELECT DISTINCT keyno, k FROM stage) d;
CREATE TABLE t_ps AS SELECT s.r::provenance.signed_record AS r, kk.k FROM stage s JOIN keys_ps kk USING (keyno);
TRUNCATE stage;
DROP TABLE stage;
VACUUM ANALYZE t_ed, t_es, t_ps;
EOF
rm -f "$DATA"/*.txt

# Baselines first (nothing else runs meanwhile)
prov_say "baseline: libsodium crypto_sign_verify_detached on $MSGLEN-byte messages (3 s)"
SODIUM=$("$BIN/sodium_verify" "$MSGLEN" 3 | sed -n 's/^verifies_per_s=//p')
[ -n "$SODIUM" ] || prov_die "sodium_verify failed"
prov_say "baseline: openssl speed -seconds 3 ed25519 ecdsap256 rsa2048 (about 20 s)"
SPEED=$PROV_RUN/openssl-speed.txt
openssl speed -seconds 3 ed25519 ecdsap256 rsa2048 >"$SPEED" 2>/dev/null ||
	prov_die "openssl speed failed"
OSSL_ED=$(awk '/EdDSA \(Ed25519\)/ { print $NF }' "$SPEED")
OSSL_ES=$(awk '/ecdsa \(nistp256\)/ { print $NF }' "$SPEED")
OSSL_RSA=$(awk '/^rsa +2048 bits/ { print $NF }' "$SPEED")
[ -n "$OSSL_ED" ] && [ -n "$OSSL_ES" ] && [ -n "$OSSL_RSA" ] ||
	prov_die "could not read openssl speed's output ($SPEED)"

PAR_SET="SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0; SET max_parallel_workers_per_gather = 2;"
# the parallel plan must really have two workers
PLAN=$(bench_psql -At -c "$PAR_SET" -c "EXPLAIN SELECT count(*) FILTER (WHERE provenance.verify(r, k)) FROM t_ed")
grep -q 'Workers Planned: 2' <<<"$PLAN" || prov_warn "the forced parallel plan does not have 2 workers: $PLAN"

# One session per mode; in the single-backend session the backend's
# VmHWM/VmRSS (from its own /proc/<pid>/status) are read before the first
# Ed25519 run and after each one: flat memory means equal figures after
# every run (RssShmem counts the shared buffers the backend touched,
# RssAnon its private memory).
RAW=$PROV_RUN/timings.txt
RSS=$PROV_RUN/rss.txt
BASE=$PROV_RUN/sodium-paired.txt
: >"$RAW"
: >"$RSS"
: >"$BASE"
STATUS="SELECT string_agg(regexp_replace(l, '\\s+', ' ', 'g'), ', ') FROM regexp_split_to_table(pg_read_file('/proc/' || pg_backend_pid() || '/status'), E'\\n') l WHERE l ~ '^(VmHWM|VmRSS|RssAnon|RssShmem)'"
for mode in single parallel; do
	SCRIPT=$PROV_RUN/verify-$mode.sql
	{
		if [ "$mode" = single ]; then
			echo "SET max_parallel_workers_per_gather = 0;"
		else
			echo "$PAR_SET"
		fi
		echo '\pset tuples_only on'
		echo '\pset format unaligned'
		for ((r = 1; r <= REPS; r++)); do
			for tab in t_ed t_es t_ps; do
				[ "$mode$r$tab" = single1t_ed ] && echo '\echo @@rss before' && echo "$STATUS;"
				# the libsodium baseline again right before each single-core
				# Ed25519 run: the bar is judged on these paired ratios
				[ "$mode$tab" = singlet_ed ] &&
					echo "\\! echo '@@base $r'; '$BIN/sodium_verify' $MSGLEN 3"
				echo "\\echo @@ $tab $r"
				echo '\timing on'
				echo "SELECT count(*) FILTER (WHERE provenance.verify(r, k)) || ' ' || count(*) FROM $tab;"
				echo '\timing off'
				[ "$mode$tab" = singlet_ed ] && echo "\\echo @@rss after-run-$r" && echo "$STATUS;"
			done
		done
	} >"$SCRIPT"
	prov_say "timing verify(), $mode, $REPS runs"
	bench_psql -f "$SCRIPT" >"$PROV_RUN/verify-$mode.out" 2>&1 ||
		{ tail -n 20 "$PROV_RUN/verify-$mode.out" >&2; prov_die "a query failed"; }
	awk -v m="$mode" -v rss="$RSS" -v basef="$BASE" '/^@@rss / { what = $2; next }
		/^@@base / { bround = $2; next }
		/^verifies_per_s=/ { sub(/^verifies_per_s=/, ""); print bround, $0 >> basef; next }
		what != "" { print "  " what ": " $0 >> rss; what = ""; next }
		/^@@ / { tab = $2; round = $3; next }
		/^[0-9]+ [0-9]+$/ { ok = $1; rows = $2; next }
		/^Time: / && tab != "" { print m, tab, round, ok, rows, $2 / 1000; tab = "" }' \
		"$PROV_RUN/verify-$mode.out" >>"$RAW"
done
[ "$(wc -l <"$RAW")" -eq $((6 * REPS)) ] ||
	prov_die "expected $((6 * REPS)) timings in ${RAW#"$PROV_ROOT"/}, found $(wc -l <"$RAW")"
awk '$4 != $5 { print "not every record verified:", $0; bad = 1 } END { exit bad }' "$RAW" >&2 ||
	prov_warn "some generated records did not verify"

# median MODE TAB: median seconds of a case
median()
{
	awk -v m="$1" -v t="$2" '$1 == m && $2 == t { print $6 }' "$RAW" | sort -g |
		awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# rows_of TAB: the row count of a table (as the query counted it)
rows_of()
{
	awk -v t="$1" '$2 == t { print $5; exit }' "$RAW"
}

# bar RATIO MIN: "met" or "MISSED"
bar()
{
	if awk -v r="$1" -v m="$2" 'BEGIN { exit !(r >= m) }'; then
		printf '%smet%s' "$PROV_G" "$PROV_N"
	else
		printf '%sMISSED%s' "$PROV_R" "$PROV_N"
	fi
}

REPORT=$PROV_RUN/results.txt
{
	printf '\nverify() throughput, median of %d runs (%s, %d CPUs, PostgreSQL %s, %s)\n\n' "$REPS" \
		"$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)" "$(nproc)" \
		"$(bench_psql -Atc 'SHOW server_version' | awk '{print $1}')" "$(openssl version | awk '{print $1, $2}')"
	printf 'single-core baselines: libsodium Ed25519 %s verifies/s (%d-byte message);\n' "$SODIUM" "$MSGLEN"
	printf '  openssl speed verify/s: Ed25519 %s, ECDSA P-256 %s, RSA-2048 %s\n\n' "$OSSL_ED" "$OSSL_ES" "$OSSL_RSA"
	printf '%-6s %8s %9s %9s %17s %7s %9s %9s %8s\n' alg rows "1 core s" "rows/s" "baseline/s" "ratio" "2 wkrs s" "rows/s" "speedup"
	for c in "t_ed|EdDSA|$SODIUM|libsodium" "t_es|ES256|$OSSL_ES|openssl" "t_ps|PS256|$OSSL_RSA|openssl"; do
		IFS='|' read -r tab alg base bname <<<"$c"
		rows=$(rows_of "$tab")
		s1=$(median single "$tab")
		s2=$(median parallel "$tab")
		r1=$(awk -v n="$rows" -v s="$s1" -v b="$base" 'BEGIN { printf "%.2f", n / s / b }')
		r2=$(awk -v a="$s1" -v b="$s2" 'BEGIN { printf "%.2f", a / b }')
		awk -v a="$alg" -v n="$rows" -v s1="$s1" -v s2="$s2" -v b="$base" -v bn="$bname" -v r1="$r1" -v r2="$r2" 'BEGIN {
			printf "%-6s %8d %9.2f %9.0f %17s %7s %9.2f %9.0f %8s\n", a, n, s1, n / s1, sprintf("%.0f %s", b, bn), r1 "x", s2, n / s2, r2 "x" }'
		printf '         bars: 1 core >= 0.85x baseline %s; 2 workers >= 1.70x 1 core %s\n' "$(bar "$r1" 0.85)" "$(bar "$r2" 1.70)"
	done
	# Ed25519 judged on paired rounds: libsodium measured right before each
	# single-core run, ratio per round, median of the ratios
	paired=$(awk 'NR == FNR { base[$1] = $2; next }
		$1 == "single" && $2 == "t_ed" && ($3 in base) { print ($5 / $6) / base[$3] }' "$BASE" "$RAW" | sort -g |
		awk '{ v[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) printf "%.2f", v[(NR + 1) / 2]; else printf "%.2f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
	if [ -n "$paired" ]; then
		printf '\nEdDSA, paired rounds (libsodium re-measured right before each single-core run):\n'
		awk 'NR == FNR { base[$1] = $2; next }
			$1 == "single" && $2 == "t_ed" && ($3 in base) { printf "  round %s: libsodium %s/s, verify() %.0f/s, ratio %.2f\n", $3, base[$3], $5 / $6, ($5 / $6) / base[$3] }' "$BASE" "$RAW"
		printf '  median of the paired ratios %s: 1 core >= 0.85x libsodium %s\n' "$paired" "$(bar "$paired" 0.85)"
	fi
	printf '\nbackend memory (VmHWM = peak RSS) of the single-backend session around the %s-row Ed25519 queries:\n' "$(rows_of t_ed)"
	cat "$RSS"
	printf '\nall timings (mode table run verified rows seconds): %s\n' "${RAW#"$PROV_ROOT"/}"
} | tee "$REPORT"

chown "$PROV_OWNER:" "$PROV_RUN"/*.sql "$PROV_RUN"/*.out "$PROV_RUN"/*.txt 2>/dev/null
printf 'benchmark took %ds; report saved in %s\n' $((SECONDS - T0)) "${REPORT#"$PROV_ROOT"/}"
exit 0
