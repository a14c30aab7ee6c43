#!/usr/bin/env bash
# test/bench/verify.sh
#	Signature verification benchmark (issue 3 §4; not part of the pass/fail
#	suite).  As root or via sudo, like test/bench/run.sh: installs missing
#	build dependencies, builds and installs the extension, starts a
#	throwaway cluster (test/lib/common.sh), generates signed records with
#	sign_gen.c (10 keys per alg; generation is not timed) and times
#	  SELECT count(*) FILTER (WHERE provenance.verify(r, k)) FROM t
#	over 1,000,000 Ed25519 (EdDSA), 200,000 ES256 and 200,000 PS256 records.
#
#	Baseline, like for like: the records are exported from the tables
#	(COPY, table order) and verify_baseline.c verifies exactly those
#	signing inputs and signatures outside PostgreSQL as a careful caller of
#	the libraries would (keys parsed and signatures decoded before the
#	clock starts): libsodium's crypto_sign_verify_detached for Ed25519,
#	OpenSSL EVP_DigestVerifyInit + EVP_DigestVerify for ES256 (raw r||s
#	turned into DER) and PS256 (MGF1-SHA-256, salt = 32, as JOSE says).
#	Each round runs, per alg: the baseline, verify() on one backend
#	(max_parallel_workers_per_gather = 0), verify() with a forced parallel
#	plan of 2 workers, and gives the ratios 1 backend / baseline and 2
#	workers / 1 backend.  Full-size rounds (REPS) give the issue's figures
#	and the memory; on a shared machine whose load changes from minute to
#	minute, the bars are judged on the medians of short rounds (SLICES),
#	each over the first 100,000 EdDSA, 50,000 ES256 and 100,000 PS256
#	records (tables s_ed, s_es, s_ps made from the first rows of t_ed,
#	t_es, t_ps; the baseline verifies the same first lines of the export),
#	so that both sides of a ratio run seconds apart under the same load.
#	`openssl speed -seconds 3 ed25519 ecdsap256 rsa2048` (a precomputed
#	digest, raw PKCS#1 for RSA) is reported as a second reference only.
#
#	Instructions per verification, immune to the machine's load: with
#	valgrind, the cluster is stopped and the same query runs in a
#	single-user backend under callgrind over the first N and 2N rows of
#	each table ((Ir(2N) - Ir(N)) / N: the whole per-row cost of the SQL
#	path: scan, aggregate, detoast, base64url, verify), and
#	verify_baseline under callgrind counts its verification loop alone
#	(--toggle-collect=verify_all), also in its -p mode (the prepared
#	EVP_PKEY_CTX src/sig.c uses).  `perf stat -e instructions` would need
#	hardware counters, which VMs often lack.
#
#	Also the backend's peak and current RSS (VmHWM/VmRSS, RssAnon,
#	RssShmem) before and after each 1,000,000-row single-backend query.
#	Bars: Ed25519, ES256, PS256 >= 0.85 x baseline; 2 workers >= 1.7 x 1
#	backend.  Exit status 0 whenever the benchmark ran.
#
# Environment (besides the knobs of test/lib/common.sh):
#	PROVENANCE_BENCH_ED_ROWS	Ed25519 rows (default 1000000)
#	PROVENANCE_BENCH_ES_ROWS	ES256 rows (default 200000)
#	PROVENANCE_BENCH_PS_ROWS	PS256 rows (default 200000)
#	PROVENANCE_BENCH_PS_DISTINCT	distinct PS256 records (default 20000;
#		RSA signing is slow, so the rest repeat them as separate rows, which
#		costs verification the same: nothing caches a verdict)
#	PROVENANCE_BENCH_REPS		full-size rounds (default 3)
#	PROVENANCE_BENCH_SLICES		short rounds (default 9)
#	PROVENANCE_BENCH_CG_ROWS	N of the instruction counts (default 500;
#		0 skips them)
#	PROVENANCE_BENCH_NO_BUILD=1	use the extension already installed
#	PROVENANCE_BENCH_PRIVATE=1	for a machine where others install the
#		extension meanwhile: build the committed tree (git archive HEAD,
#		so others' half-edited files are not built) and install it into a
#		private copy of the PostgreSQL installation under
#		.run/bench-verify/server (PostgreSQL finds its lib and share
#		directories relative to its binaries); the system's installation is
#		left alone and nobody else's `make install` reaches the benchmark
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
SLICES=${PROVENANCE_BENCH_SLICES:-9}
CG_ROWS=${PROVENANCE_BENCH_CG_ROWS:-500}
for v in ED_ROWS ES_ROWS PS_ROWS PS_DISTINCT REPS SLICES; do
	case ${!v} in
		'' | *[!0-9]* | 0) prov_die "$v must be a positive number, not '${!v}'" ;;
	esac
done
case $CG_ROWS in
	'' | *[!0-9]*) prov_die "CG_ROWS must be a number, not '$CG_ROWS'" ;;
esac
NKEYS=10
# rows of the short rounds' tables
ED_SLICE=$((ED_ROWS < 100000 ? ED_ROWS : 100000))
ES_SLICE=$((ES_ROWS < 50000 ? ES_ROWS : 50000))
PS_SLICE=$((PS_ROWS < 100000 ? PS_ROWS : 100000))
# bench_psql ARGS...: psql as postgres on the throwaway cluster, database bench
bench_psql()
{
	psql -X -v ON_ERROR_STOP=1 -d bench "$@"
}

T0=$SECONDS
prov_install_deps
prov_setup_paths

if [ "${PROVENANCE_BENCH_PRIVATE:-0}" = 1 ]; then
	PRIV=$PROV_RUN/server
	SRC=$PROV_RUN/src
	bindir=$PROV_PGBIN
	pkglibdir=$("$PROV_PG_CONFIG" --pkglibdir)
	sharedir=$("$PROV_PG_CONFIG" --sharedir)
	rm -rf "$PRIV" "$SRC"
	PROV_CLEANUP_EXTRA+=("$PRIV" "$SRC")
	prov_say "PROVENANCE_BENCH_PRIVATE=1: building $(git rev-parse --short HEAD) into a private copy of $(dirname "$bindir") and $sharedir"
	mkdir -p "$SRC" || prov_die "cannot create $SRC"
	for d in "$(dirname "$bindir")" "$pkglibdir" "$sharedir"; do
		[ -d "$PRIV$d" ] && continue
		mkdir -p "$(dirname "$PRIV$d")" && cp -a "$d" "$PRIV$d" ||
			prov_die "could not copy $d into $PRIV"
	done
	chmod -R a+rX "$PRIV"
	git archive HEAD | tar -x -C "$SRC" || prov_die "git archive HEAD failed"
	{ make -C "$SRC" -j2 PG_CONFIG="$PROV_PG_CONFIG" &&
		make -C "$SRC" PG_CONFIG="$PROV_PG_CONFIG" DESTDIR="$PRIV" install; } >"$PROV_RUN/build.log" 2>&1 ||
		{ tail -n 30 "$PROV_RUN/build.log" >&2; prov_die "the build of HEAD failed; nothing to measure"; }
	PROV_PG_CONFIG=$PRIV$bindir/pg_config
	PROV_PGBIN=$PRIV$bindir
	export PATH="$PROV_PGBIN:$PATH"
	[ "$("$PROV_PG_CONFIG" --pkglibdir)" = "$PRIV$pkglibdir" ] ||
		prov_die "the private copy does not find its own lib directory ($("$PROV_PG_CONFIG" --pkglibdir))"
elif [ "${PROVENANCE_BENCH_NO_BUILD:-0}" = 1 ]; then
	prov_say "PROVENANCE_BENCH_NO_BUILD=1: using the installed extension"
else
	prov_build || prov_die "the build failed; nothing to measure"
fi

BIN=$PROV_RUN/bin
mkdir -p "$BIN" && chown "$PROV_OWNER:" "$BIN"
prov_say "building test/bench/sign_gen.c and test/bench/verify_baseline.c"
prov_as_owner cc -O2 -Wall -Wextra -o "$BIN/sign_gen" test/bench/sign_gen.c -lcrypto -lsodium ||
	prov_die "test/bench/sign_gen.c did not compile"
prov_as_owner cc -O2 -g -Wall -Wextra -o "$BIN/verify_baseline" test/bench/verify_baseline.c -lcrypto -lsodium ||
	prov_die "test/bench/verify_baseline.c did not compile"

prov_cluster_start || prov_die "the throwaway cluster did not start"
PGVER=$(psql -X -Atc 'SHOW server_version' postgres | awk '{print $1}')

DATA=$PROV_BASE/bench-data
mkdir -m 755 "$DATA" || prov_die "cannot create $DATA"
prov_say "generating $ED_ROWS EdDSA, $ES_ROWS ES256 and $PS_ROWS PS256 records ($PS_DISTINCT distinct), $NKEYS keys each"
"$BIN/sign_gen" EdDSA "$ED_ROWS" "$ED_ROWS" "$NKEYS" "$DATA/ed.txt" &&
	"$BIN/sign_gen" ES256 "$ES_ROWS" "$ES_ROWS" "$NKEYS" "$DATA/es.txt" &&
	"$BIN/sign_gen" PS256 "$PS_ROWS" "$PS_DISTINCT" "$NKEYS" "$DATA/ps.txt" ||
	prov_die "sign_gen failed"
chmod 644 "$DATA"/*.txt
# the length of one record's signing input (header.payload)
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


# The baseline's input: the tables' records and keys in table order (no
# synchronised scan, which could start mid-table), written by the server
chown postgres: "$DATA"
prov_say "exporting the tables' records for the baseline"
bench_psql -q <<EOF || prov_die "COPY TO failed"
SET synchronize_seqscans = off;
COPY (SELECT r::text, encode(provenance.pubkey_der(k), 'hex') FROM t_ed) TO '$DATA/ed.tsv';
COPY (SELECT r::text, encode(provenance.pubkey_der(k), 'hex') FROM t_es) TO '$DATA/es.tsv';
COPY (SELECT r::text, encode(provenance.pubkey_der(k), 'hex') FROM t_ps) TO '$DATA/ps.tsv';
CREATE TABLE s_ed AS SELECT r, k FROM t_ed LIMIT $ED_SLICE;
CREATE TABLE s_es AS SELECT r, k FROM t_es LIMIT $ES_SLICE;
CREATE TABLE s_ps AS SELECT r, k FROM t_ps LIMIT $PS_SLICE;
VACUUM ANALYZE s_ed, s_es, s_ps;
EOF

# The second reference, once (nothing else of ours runs meanwhile)
prov_say "reference: openssl speed -seconds 3 ed25519 ecdsap256 rsa2048 (about 20 s)"
SPEED=$PROV_RUN/openssl-speed.txt
openssl speed -seconds 3 ed25519 ecdsap256 rsa2048 >"$SPEED" 2>/dev/null ||
	prov_die "openssl speed failed"
OSSL_ED=$(awk '/EdDSA \(Ed25519\)/ { print $NF }' "$SPEED")
OSSL_ES=$(awk '/ecdsa \(nistp256\)/ { print $NF }' "$SPEED")
OSSL_RSA=$(awk '/^rsa +2048 bits/ { print $NF }' "$SPEED")
[ -n "$OSSL_ED" ] && [ -n "$OSSL_ES" ] && [ -n "$OSSL_RSA" ] ||
	prov_die "could not read openssl speed's output ($SPEED)"

PAR_SET="SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;"
# the parallel plan must really have two workers
PLAN=$(bench_psql -At -c "$PAR_SET SET max_parallel_workers_per_gather = 2;" -c "EXPLAIN SELECT count(*) FILTER (WHERE provenance.verify(r, k)) FROM t_ed")
grep -q 'Workers Planned: 2' <<<"$PLAN" || prov_warn "the forced parallel plan does not have 2 workers: $PLAN"

# One session.  Per round and alg: baseline, 1 backend, 2 workers.  The
# backend's VmHWM/VmRSS (its own /proc/<pid>/status) are read before the
# first Ed25519 query and after each single-backend one: flat memory means
# equal figures after every run (RssShmem counts the shared buffers the
# backend touched, RssAnon its private memory).
RAW=$PROV_RUN/timings.txt
BASE=$PROV_RUN/baseline.txt
RSS=$PROV_RUN/rss.txt
: >"$RAW"
: >"$BASE"
: >"$RSS"
STATUS="SELECT string_agg(regexp_replace(l, '\\s+', ' ', 'g'), ', ') FROM regexp_split_to_table(pg_read_file('/proc/' || pg_backend_pid() || '/status'), E'\\n') l WHERE l ~ '^(VmHWM|VmRSS|RssAnon|RssShmem)'"
SCRIPT=$PROV_RUN/verify.sql
{
	echo "$PAR_SET"
	echo "SET max_parallel_workers_per_gather = 0;"
	echo '\pset tuples_only on'
	echo '\pset format unaligned'
	echo '\echo @@rss before'
	echo "$STATUS;"
	for ((r = 1; r <= REPS + SLICES; r++)); do
		if [ "$r" -le "$REPS" ]; then
			cases="t_ed:EdDSA:ed: t_es:ES256:es: t_ps:PS256:ps:"
		else
			cases="s_ed:EdDSA:ed:$ED_SLICE s_es:ES256:es:$ES_SLICE s_ps:PS256:ps:$PS_SLICE"
		fi
		for c in $cases; do
			IFS=: read -r tab alg f max <<<"$c"
			echo "\\! echo '@@base $tab $r'; '$BIN/verify_baseline' $alg '$DATA/$f.tsv' $max"
			for mode in single parallel; do
				[ "$mode" = parallel ] && echo "SET max_parallel_workers_per_gather = 2;"
				echo "\\echo @@ $mode $tab $r"
				echo '\timing on'
				echo "SELECT count(*) FILTER (WHERE provenance.verify(r, k)) || ' ' || count(*) FROM $tab;"
				echo '\timing off'
				[ "$mode" = parallel ] && echo "SET max_parallel_workers_per_gather = 0;"
				[ "$mode$tab" = singlet_ed ] && echo "\\echo @@rss after-run-$r" && echo "$STATUS;"
			done
		done
	done
} >"$SCRIPT"
prov_say "timing: $REPS full-size and $SLICES short rounds of (baseline, 1 backend, 2 workers) for each alg"
bench_psql -f "$SCRIPT" >"$PROV_RUN/verify.out" 2>&1 ||
	{ tail -n 20 "$PROV_RUN/verify.out" >&2; prov_die "a query failed"; }
awk -v rss="$RSS" -v basef="$BASE" '/^@@rss / { what = $2; next }
	/^@@base / { btab = $2; bround = $3; next }
	/^verified=/ { for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
		print btab, bround, v["verified"], v["records"], v["seconds"] >> basef; next }
	what != "" { print "  " what ": " $0 >> rss; what = ""; next }
	/^@@ / { mode = $2; tab = $3; round = $4; next }
	/^[0-9]+ [0-9]+$/ { ok = $1; rows = $2; next }
	/^Time: / && tab != "" { print mode, tab, round, ok, rows, $2 / 1000; tab = "" }' \
	"$PROV_RUN/verify.out" >>"$RAW"
NR_ALL=$((REPS + SLICES))
[ "$(wc -l <"$RAW")" -eq $((6 * NR_ALL)) ] && [ "$(wc -l <"$BASE")" -eq $((3 * NR_ALL)) ] ||
	prov_die "expected $((6 * NR_ALL)) timings and $((3 * NR_ALL)) baselines in ${RAW#"$PROV_ROOT"/}, ${BASE#"$PROV_ROOT"/}"
awk '$4 != $5 { print "not every record verified:", $0; bad = 1 } END { exit bad }' "$RAW" >&2 ||
	prov_warn "some generated records did not verify in SQL"
awk '$3 != $4 { print "not every record verified:", $0; bad = 1 } END { exit bad }' "$BASE" >&2 ||
	prov_warn "some records did not verify in the baseline"

# Instructions per verification (callgrind counts instructions, whatever
# else the machine does).  The cluster is stopped: the SQL path runs in a
# single-user backend.
CG=$PROV_RUN/instructions.txt
: >"$CG"
CGNOTE=
if [ "$CG_ROWS" = 0 ]; then
	CGNOTE="skipped (PROVENANCE_BENCH_CG_ROWS=0)"
elif ! command -v valgrind >/dev/null 2>&1; then
	CGNOTE="skipped: valgrind is not installed (apt-get install valgrind)"
else
	prov_say "instructions per verification: callgrind over $CG_ROWS and $((2 * CG_ROWS)) rows (a few minutes)"
	prov_as_postgres "$PROV_PGBIN/pg_ctl" -D "$PROV_BASE/data" -m fast -w -t 60 stop >/dev/null ||
		prov_die "could not stop the cluster for the single-user runs"
	CGDIR=$PROV_BASE/callgrind
	mkdir -m 755 "$CGDIR" && chown postgres: "$CGDIR"
	# cg_ir FILE: the total instruction count of a callgrind output file
	cg_ir()
	{
		awk '/^(summary|totals):/ { print $2; exit }' "$1"
	}
	for c in t_ed:EdDSA:ed t_es:ES256:es t_ps:PS256:ps; do
		IFS=: read -r tab alg f <<<"$c"
		for n in "$CG_ROWS" $((2 * CG_ROWS)); do
			printf 'SELECT count(*) FILTER (WHERE provenance.verify(r, k)) AS verified FROM (SELECT r, k FROM %s LIMIT %d) s;\n' "$tab" "$n" |
				prov_as_postgres valgrind --tool=callgrind --callgrind-out-file="$CGDIR/sql-$f-$n.cg" \
					"$PROV_PGBIN/postgres" --single -D "$PROV_BASE/data" \
					-c max_parallel_workers_per_gather=0 -c synchronize_seqscans=off bench \
					>"$CGDIR/sql-$f-$n.out" 2>"$CGDIR/sql-$f-$n.err" ||
				{ tail -n 5 "$CGDIR/sql-$f-$n.err" >&2; prov_die "the single-user backend failed under callgrind"; }
			grep -q "verified = \"$n\"" "$CGDIR/sql-$f-$n.out" ||
				prov_warn "single-user $alg over $n rows: not every record verified (see $CGDIR/sql-$f-$n.out)"
		done
		sql=$(awk -v a="$(cg_ir "$CGDIR/sql-$f-$CG_ROWS.cg")" -v b="$(cg_ir "$CGDIR/sql-$f-$((2 * CG_ROWS)).cg")" \
			-v n="$CG_ROWS" 'BEGIN { printf "%.0f", (b - a) / n }')
		modes=""
		[ "$alg" != EdDSA ] && modes="-p"
		line="$alg $sql"
		for m in "" $modes; do
			valgrind --tool=callgrind --callgrind-out-file="$CGDIR/base-$f$m.cg" --toggle-collect=verify_all \
				"$BIN/verify_baseline" $m "$alg" "$DATA/$f.tsv" "$CG_ROWS" >/dev/null 2>"$CGDIR/base-$f$m.err" ||
				prov_warn "verify_baseline $m $alg under callgrind failed"
			line="$line $(awk -v a="$(cg_ir "$CGDIR/base-$f$m.cg")" -v n="$CG_ROWS" 'BEGIN { printf "%.0f", a / n }')"
		done
		echo "$line" >>"$CG"
	done
	cp "$CGDIR"/*.cg "$PROV_RUN/" 2>/dev/null
fi

# median: the median of the numbers on stdin ("" when none)
median()
{
	sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
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

# per_round TAB: "round base/s 1backend/s 2workers/s ratio1 ratio2" per round
per_round()
{
	awk -v t="$1" 'FILENAME ~ /baseline/ { if ($1 == t) base[$2] = $4 / $5; next }
		$2 == t { rate[$1, $3] = $5 / $6; rounds[$3] = 1 }
		END { for (r in rounds) if ((r in base) && (("single", r) in rate) && (("parallel", r) in rate))
			printf "%d %.0f %.0f %.0f %.3f %.3f\n", r, base[r], rate["single", r], rate["parallel", r],
				rate["single", r] / base[r], rate["parallel", r] / rate["single", r] }' "$BASE" "$RAW" | sort -n
}

REPORT=$PROV_RUN/results.txt
{
	printf '\nverify() throughput (%s, %d CPUs, PostgreSQL %s, %s, libsodium %s)\n' \
		"$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)" "$(nproc)" \
		"$PGVER" \
		"$(openssl version | awk '{print $1, $2}')" "$(pkg-config --modversion libsodium 2>/dev/null)"
	printf 'Each round: baseline (verify_baseline.c over the same exported records), 1 backend, 2 workers.\n'
	printf 'Signing input %d bytes.  %d full-size rounds, then %d short rounds; the bars are judged on the\n' "$MSGLEN" "$REPS" "$SLICES"
	printf 'medians of the short rounds'"'"' ratios (both sides of a ratio seconds apart).\n\n'
	for c in "ed|EdDSA|libsodium|$OSSL_ED" "es|ES256|OpenSSL EVP_DigestVerify|$OSSL_ES" "ps|PS256|OpenSSL EVP_DigestVerify (PSS)|$OSSL_RSA"; do
		IFS='|' read -r f alg bname speed <<<"$c"
		printf '%s; baseline: %s\n' "$alg" "$bname"
		printf '  %-6s %5s %12s %12s %12s %12s %12s\n' rows round "baseline/s" "1 backend/s" "2 workers/s" "1b/base" "2w/1b"
		for tab in "t_$f" "s_$f"; do
			per_round "$tab" | awk -v n="$(rows_of "$tab")" '{ printf "  %-6d %5d %12d %12d %12d %11.2fx %11.2fx\n", n, $1, $2, $3, $4, $5, $6 }'
			m1=$(per_round "$tab" | awk '{ print $5 }' | median)
			m2=$(per_round "$tab" | awk '{ print $6 }' | median)
			s1=$(per_round "$tab" | awk '{ print $3 }' | median)
			if [ "$tab" = "t_$f" ]; then
				printf '  full-size medians: 1 backend %.2fx baseline, 2 workers %.2fx 1 backend; 1 backend %.0f/s = %.2fx openssl speed (%s/s)\n' \
					"$m1" "$m2" "$s1" "$(awk -v a="$s1" -v b="$speed" 'BEGIN { print a / b }')" "$speed"
			else
				printf '  short-round medians: 1 backend %.2fx baseline (bar 0.85: %s); 2 workers %.2fx 1 backend (bar 1.70: %s)\n\n' \
					"$m1" "$(bar "$m1" 0.85)" "$m2" "$(bar "$m2" 1.70)"
			fi
		done
	done
	printf 'instructions per verification (callgrind; SQL = (Ir(2N) - Ir(N)) / N over the whole single-user backend, N = %s):\n' "$CG_ROWS"
	if [ -n "$CGNOTE" ]; then
		printf '  %s\n' "$CGNOTE"
	else
		printf '  %-6s %12s %14s %9s %16s %9s\n' alg "SQL path" "baseline" "SQL/base" "prepared (-p)" "SQL/-p"
		awk '{ if (NF == 4) printf "  %-6s %12d %14d %8.3fx %16d %8.3fx\n", $1, $2, $3, $2 / $3, $4, $2 / $4;
			else printf "  %-6s %12d %14d %8.3fx %16s %9s\n", $1, $2, $3, $2 / $3, "-", "-" }' "$CG"
	fi
	printf '\nbackend memory (VmHWM = peak RSS) of the session around the %s-row Ed25519 queries:\n' "$(rows_of t_ed)"
	cat "$RSS"
	printf '\nraw data: %s, %s\n' "${RAW#"$PROV_ROOT"/}" "${BASE#"$PROV_ROOT"/}"
} | tee "$REPORT"

chown "$PROV_OWNER:" "$PROV_RUN"/*.sql "$PROV_RUN"/*.out "$PROV_RUN"/*.txt "$PROV_RUN"/*.cg 2>/dev/null
printf 'benchmark took %ds; report saved in %s\n' $((SECONDS - T0)) "${REPORT#"$PROV_ROOT"/}"
exit 0
