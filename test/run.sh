#!/usr/bin/env bash
# test/run.sh
#	The README's test command: on a Debian 12 machine (as root or via sudo)
#	installs missing build dependencies, builds with warnings as errors,
#	installs, starts a throwaway cluster and runs every suite:
#	  installcheck  pg_regress (the Makefile's REGRESS list)
#	  unit          pure-C unit tests under ASan+UBSan (test/unit)
#	  fuzz          libFuzzer smoke run of every test/fuzz/fuzz_*.c
#	  tap           TAP tests test/t/*.pl (skipped while there are none)
#	then prints a summary and exits 1 if anything failed.
#
# Environment: PROVENANCE_FUZZ_SECONDS (per harness, default 60), and the
# knobs of test/lib/common.sh (PROVENANCE_PGPORT, PROVENANCE_KEEP, ...).
set -u -o pipefail

. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

prov_require_root "$0" "$@"
prov_install_traps
cd "$PROV_ROOT" || exit 1

SUITE_NAMES=() SUITE_RESULTS=() SUITE_SECS=() SUITE_NOTES=()
PROV_NOTE_FILE=$PROV_RUN/suite-note
PROV_CLEANUP_EXTRA+=("$PROV_NOTE_FILE")

# note TEXT: a short remark shown next to the suite in the summary
note()
{
	printf '%s' "$*" >"$PROV_NOTE_FILE"
}

# run_suite NAME FUNCTION: run one suite in a subshell (so an error inside it
# cannot end the whole run) and record PASS (0), SKIP (77) or FAIL.  The
# subshell is a background job in its own process group (set -m), waited
# for with `wait`, so that Ctrl-C or a kill of this script is handled at once
# and prov_cleanup can stop the whole suite.
run_suite()
{
	local name=$1 fn=$2 t0=$SECONDS rc res

	printf '\n%s===== %s =====%s\n' "$PROV_B" "$name" "$PROV_N"
	: >"$PROV_NOTE_FILE"
	set -m
	# the suite's output also goes to .run/suite-NAME.log, whose end is
	# repeated after the summary when the suite fails (CI shows the end)
	("$fn" > >(tee "$PROV_RUN/suite-$name.log") 2>&1) </dev/null &
	PROV_SUITE_PID=$!
	wait "$PROV_SUITE_PID"
	rc=$?
	PROV_SUITE_PID=
	set +m
	case $rc in
		0) res=PASS ;;
		77) res=SKIP ;;
		*) res=FAIL ;;
	esac
	record "$name" "$res" $((SECONDS - t0)) "$(cat "$PROV_NOTE_FILE" 2>/dev/null)"
}

# record NAME RESULT SECONDS NOTE
record()
{
	SUITE_NAMES+=("$1") SUITE_RESULTS+=("$2") SUITE_SECS+=("$3") SUITE_NOTES+=("$4")
}

# --- suites -------------------------------------------------------------

suite_installcheck()
{
	local rc

	if [ "$BUILD_OK" != 1 ]; then
		note "not run: the build failed"
		return 1
	fi
	if [ "$CLUSTER_OK" != 1 ]; then
		note "not run: the throwaway cluster did not start"
		return 1
	fi
	rm -f regression.diffs regression.out
	prov_as_owner make PG_CONFIG="$PROV_PG_CONFIG" installcheck 2>&1 |
		tee "$PROV_RUN/installcheck.log"
	rc=$?
	chown "$PROV_OWNER:" "$PROV_RUN/installcheck.log"
	if [ $rc -eq 0 ]; then
		note "$(grep -E -o 'All [0-9]+ tests passed' "$PROV_RUN/installcheck.log")"
		return 0
	fi
	note "$(grep -E -o '[0-9]+ of [0-9]+ tests failed' "$PROV_RUN/installcheck.log" ||
		grep -E -m1 -o 'diff: [^ ]+: No such file or directory|could not open file "[^"]+"' "$PROV_RUN/installcheck.log")"
	if [ -s regression.diffs ]; then
		printf '\n--- regression.diffs (first 200 lines) ---\n'
		head -n 200 regression.diffs
	fi
	return 1
}

# A unit test passes by exiting 0; it is skipped when it exits 77 or prints
# a line starting with SKIP (e.g. when ../shared/testdata is absent).
suite_unit()
{
	local t out rc pass=0 fail=0 skip=0 failed=

	if ! ls test/unit/*.c test/unit/*.sh >/dev/null 2>&1; then
		note "no unit tests yet"
		return 77
	fi
	if ls test/unit/*.c >/dev/null 2>&1; then
		if ! prov_as_owner make -C test/unit; then
			note "test/unit did not build"
			return 1
		fi
	fi
	for t in test/unit/bin/* test/unit/*.sh; do
		[ -e "$t" ] || continue
		case "$t" in
			*.sh) out=$(prov_as_owner bash "$t" 2>&1) ;;
			*) [ -x "$t" ] || continue; out=$(prov_as_owner "$t" 2>&1) ;;
		esac
		rc=$?
		# exit 77: skipped (automake); a SKIP line with exit 0: passed, with
		# a part skipped (e.g. known-answer data absent)
		if [ $rc -eq 77 ]; then
			skip=$((skip + 1))
			printf '  skip  %s: %s\n' "$t" "$(grep -m1 -E '(^|: )SKIP' <<<"$out" || echo 'exit 77')"
		elif [ $rc -eq 0 ]; then
			pass=$((pass + 1))
			printf '  ok    %s\n' "$t"
			grep -E '(^|: )SKIP' <<<"$out" | sed 's/^/        /'
		else
			fail=$((fail + 1))
			failed+=" ${t##*/}"
			printf '  FAIL  %s (exit %d):\n' "$t" "$rc"
			tail -n 40 <<<"$out" | sed 's/^/        /'
		fi
	done
	note "$pass passed, $fail failed, $skip skipped${failed:+ (failed:$failed)}"
	[ $fail -eq 0 ] || return 1
	[ $pass -gt 0 ] || return 77
	return 0
}

suite_fuzz()
{
	local s=${PROVENANCE_FUZZ_SECONDS:-60}

	if ! ls test/fuzz/fuzz_*.c >/dev/null 2>&1; then
		note "no fuzz harnesses"
		return 77
	fi
	local rc n=$(ls test/fuzz/fuzz_*.c | wc -l)

	note "$n harness(es), ${s}s each"
	prov_as_owner env PROVENANCE_FUZZ_SECONDS="$s" test/fuzz/run.sh 2>&1 | tee "$PROV_RUN/fuzz.log"
	rc=${PIPESTATUS[0]}
	[ $rc -eq 0 ] ||
		note "$n harness(es), ${s}s each; $(grep -o -E '^fuzz: [a-z0-9_]+ FAILED \(exit [0-9]+\)' "$PROV_RUN/fuzz.log" | sed 's/^fuzz: //' | paste -sd, -)"
	return $rc
}

# Interoperability with the npm jose package (test/interop/run.sh): jose
# signs for provenance.verify and verifies provenance.sign(); needs node/npm
suite_interop()
{
	local rc
	if [ "$CLUSTER_OK" != 1 ]; then
		note "not run: the throwaway cluster did not start"
		return 1
	fi
	prov_as_owner env PGHOST="$PGHOST" PGPORT="$PGPORT" PGUSER="$PGUSER" \
		test/interop/run.sh 2>&1 | tee "$PROV_RUN/interop.log"
	rc=${PIPESTATUS[0]}
	note "$(grep -E -m1 -o '^(interop: (PASS|FAILED)|SKIP: interop:).{0,90}' "$PROV_RUN/interop.log")"
	return "$rc"
}

# TAP tests use PostgreSQL::Test::Cluster, which makes its own clusters with
# initdb and therefore must not run as root: they run as the checkout's owner,
# or as postgres when root owns the checkout.  Debian's PGXS has
# prove_installcheck, but it runs in the source tree as the calling user and
# puts tmp_check there, so prove is called directly with the same settings.
suite_tap()
{
	local pgxs user testdir srcdir

	if ! ls test/t/*.pl >/dev/null 2>&1; then
		note "no TAP tests yet"
		return 77
	fi
	if [ "$BUILD_OK" != 1 ]; then
		note "not run: the build failed"
		return 1
	fi
	pgxs=$(dirname "$("$PROV_PG_CONFIG" --pgxs)")/../..
	pgxs=$(cd "$pgxs" && pwd -P)
	user=$PROV_OWNER
	[ "$user" = root ] && user=postgres
	testdir=$TAP_TESTDIR
	chown "$user:" "$testdir"
	srcdir=$PROV_ROOT
	if ! runuser -u "$user" -- test -r "$PROV_ROOT/test/t"; then
		# postgres cannot read a checkout under /root: run a copy.
		cp -a "$PROV_ROOT/test" "$testdir/test"
		chown -R "$user:" "$testdir/test"
		srcdir=$testdir
	fi
	(cd "$srcdir" &&
		runuser -u "$user" -- env TESTDIR="$testdir" PATH="$PROV_PGBIN:$PATH" \
			PG_REGRESS="$pgxs/src/test/regress/pg_regress" \
			PROVENANCE_ROOT="$PROV_ROOT" \
			prove -I "$pgxs/src/test/perl" -I "$srcdir" test/t/*.pl)
	local rc=$?
	if [ $rc -ne 0 ] && [ -d "$testdir/tmp_check/log" ]; then
		mkdir -p "$PROV_RUN/tap-log"
		cp -a "$testdir/tmp_check/log/." "$PROV_RUN/tap-log/"
		chown -R "$PROV_OWNER:" "$PROV_RUN/tap-log"
		note "logs in .run/tap-log/"
	fi
	return $rc
}

# --- main ---------------------------------------------------------------

T0=$SECONDS
prov_install_deps test
prov_setup_paths
rm -rf "$PROV_RUN/tap-log"

# Warnings fail the test command: -Werror through COPT (PGXS appends it to
# CFLAGS), after a clean so that every object is compiled with it.
printf '\n%s===== build =====%s\n' "$PROV_B" "$PROV_N"
BUILD_OK=0
t0=$SECONDS
prov_as_owner make -s PG_CONFIG="$PROV_PG_CONFIG" clean >/dev/null 2>&1
if prov_build COPT=-Werror; then
	BUILD_OK=1
	record build PASS $((SECONDS - t0)) "-Wall -Wextra -Werror"
else
	record build FAIL $((SECONDS - t0)) "see .run/build.log"
fi

# Scratch space of the TAP suite, made here so that the EXIT trap removes it
TAP_TESTDIR=$(mktemp -d /tmp/provenance-tap.XXXXXX) || prov_die "mktemp failed"
PROV_CLEANUP_EXTRA+=("$TAP_TESTDIR")

CLUSTER_OK=0
if [ "$BUILD_OK" = 1 ]; then
	if prov_cluster_start; then
		CLUSTER_OK=1
	fi
fi

run_suite installcheck suite_installcheck
run_suite unit suite_unit
run_suite fuzz suite_fuzz
run_suite tap suite_tap
run_suite interop suite_interop

# --- summary ------------------------------------------------------------

failed=0
printf '\n%s===== summary =====%s\n' "$PROV_B" "$PROV_N"
printf '%-14s %-6s %7s  %s\n' suite result seconds notes
for i in "${!SUITE_NAMES[@]}"; do
	case ${SUITE_RESULTS[$i]} in
		PASS) c=$PROV_G ;;
		FAIL) c=$PROV_R failed=1 ;;
		*) c=$PROV_Y ;;
	esac
	printf '%-14s %s%-6s%s %7s  %s\n' "${SUITE_NAMES[$i]}" "$c" "${SUITE_RESULTS[$i]}" "$PROV_N" \
		"${SUITE_SECS[$i]}" "${SUITE_NOTES[$i]}"
done
printf '%-14s %-6s %7s\n' total "" $((SECONDS - T0))
if [ $failed -ne 0 ]; then
	for i in "${!SUITE_NAMES[@]}"; do
		[ "${SUITE_RESULTS[$i]}" = FAIL ] || continue
		printf '\n%s===== %s failed: the end of its output (.run/suite-%s.log) =====%s\n' \
			"$PROV_R" "${SUITE_NAMES[$i]}" "${SUITE_NAMES[$i]}" "$PROV_N"
		tail -n 40 "$PROV_RUN/suite-${SUITE_NAMES[$i]}.log" 2>/dev/null
	done
	printf '%sFAILED%s\n' "$PROV_R" "$PROV_N"
	exit 1
fi
printf '%sall suites passed%s\n' "$PROV_G" "$PROV_N"
exit 0
