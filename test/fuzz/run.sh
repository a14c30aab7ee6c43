#!/usr/bin/env bash
# test/fuzz/run.sh
#	Build every libFuzzer harness (test/fuzz/fuzz_*.c) and run each for a
#	bounded time, in parallel, on a temporary copy of its seed corpus
#	(corpus/NAME/ for fuzz_NAME.c; the committed corpus never grows).
#	Exits 1 when a harness does not build, crashes, or reports a sanitizer
#	error; the crashing input is kept in .run/fuzz/ at the repo root.
#
# Usage: test/fuzz/run.sh [SECONDS]   (default $PROVENANCE_FUZZ_SECONDS or 60)
# Needs clang and the libFuzzer/sanitizer runtimes (Debian 12: clang,
# libclang-rt-14-dev).  Runs as any user; no PostgreSQL needed.
set -u -o pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
root=$(cd "$here/../.." && pwd -P)
secs=${1:-${PROVENANCE_FUZZ_SECONDS:-60}}
case "$secs" in
	'' | *[!0-9]*) echo "fuzz: seconds must be a whole number, not '$secs'" >&2; exit 2 ;;
esac

command -v clang >/dev/null 2>&1 || { echo "fuzz: clang not found (apt-get install clang libclang-rt-14-dev)" >&2; exit 1; }
if ! make -C "$here" --no-print-directory; then
	echo "fuzz: the harnesses did not build" >&2
	exit 1
fi

work=$(mktemp -d /tmp/provenance-fuzz.XXXXXX) || exit 1
pids=()
cleanup()
{
	local p
	for p in "${pids[@]}"; do
		kill "$p" 2>/dev/null
	done
	wait 2>/dev/null
	rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

artifacts=$root/.run/fuzz
mkdir -p "$artifacts"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

names=()
for bin in "$here"/bin/fuzz_*; do
	[ -x "$bin" ] || continue
	name=${bin##*/fuzz_}
	names+=("$name")
	mkdir -p "$work/$name/corpus"
	if [ -d "$here/corpus/$name" ]; then
		cp "$here/corpus/$name"/* "$work/$name/corpus/" 2>/dev/null
	else
		echo "fuzz: warning: no seed corpus $here/corpus/$name" >&2
	fi
	echo "fuzz: $name for ${secs}s ($(ls "$work/$name/corpus" | wc -l) seeds)"
	"$bin" -max_total_time="$secs" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
		-print_final_stats=1 -artifact_prefix="$artifacts/$name-" \
		"$work/$name/corpus" >"$work/$name/log" 2>&1 &
	pids+=($!)
done
if [ ${#names[@]} -eq 0 ]; then
	echo "fuzz: no harnesses"
	exit 0
fi

failed=0
for i in "${!names[@]}"; do
	name=${names[$i]}
	wait "${pids[$i]}"
	rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$name/log")
	cov=$(grep -o 'cov: [0-9]*' "$work/$name/log" | tail -n 1)
	if [ $rc -eq 0 ]; then
		echo "fuzz: $name ok: ${execs:-?} runs, ${cov:-cov: ?}, corpus $(ls "$work/$name/corpus" | wc -l)"
	else
		failed=1
		# The sanitizer or libFuzzer report, without the progress lines.
		grep -v -E '^#[0-9]+\s+(NEW|REDUCE|pulse|INITED|RELOAD)' "$work/$name/log" | tail -n 80
		# Last, so that the end of the output says what and with which input
		# (a CI log may keep only its end): the report's first line and the
		# crashing input in base64, enough to reproduce it elsewhere.
		echo "fuzz: $name FAILED (exit $rc): $(grep -m1 -E 'ERROR|WARNING|runtime error|fuzz_[a-z]+: ' "$work/$name/log")"
		for a in $(ls -t "$artifacts" | grep "^$name-" | head -n 1); do
			echo "fuzz: input ${artifacts#"$root"/}/$a (base64): $(base64 -w0 "$artifacts/$a" | cut -c1-6000)"
		done
	fi
done
pids=()
exit $failed
