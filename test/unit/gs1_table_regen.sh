#!/bin/sh
#
# gs1_table_regen.sh
#		Check that src/gs1_ai_table.c is exactly what src/gs1_ai_gen.pl
#		generates from the GS1 Barcode Syntax Dictionary (HEAD file), and
#		that the generator also accepts the 2026-01-27 release file (which
#		writes some AND relationships as repeated req= keys) and produces C
#		that compiles.
#
# Usage: test/unit/gs1_table_regen.sh [dictionary-path]
# Default dictionary: ../shared/testdata/gs1/gs1-syntax-dictionary.txt,
# relative to the repository root.  Prints SKIP and exits 77 when absent.
# Exits 1 on any failure.

set -u

name=gs1_table_regen
dict=${1:-../shared/testdata/gs1/gs1-syntax-dictionary.txt}

# Resolve a relative dictionary path before moving to the repository root.
case $dict in
	/*) ;;
	*) [ $# -ge 1 ] && dict=$(pwd)/$dict ;;
esac
cd "$(dirname "$0")/../.." || exit 1

if [ ! -f "$dict" ]; then
	echo "$name: SKIP (dictionary not found at $dict)"
	exit 77
fi

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
fail=0

# 1. byte-for-byte reproduction of the committed table
if ! perl src/gs1_ai_gen.pl "$dict" > "$tmp/head.c"; then
	echo "$name: FAIL: generator failed on $dict"
	fail=1
elif ! cmp -s "$tmp/head.c" src/gs1_ai_table.c; then
	echo "$name: FAIL: src/gs1_ai_table.c differs from the generator's output for $dict:"
	diff -u src/gs1_ai_table.c "$tmp/head.c" | head -40
	fail=1
else
	echo "$name: src/gs1_ai_table.c reproduced byte for byte from $dict"
fi

# 2. the published release file (repeated req= keys) when it is present
rel=$(dirname "$dict")/release-2026-01-27/gs1-syntax-dictionary.txt
if [ ! -f "$rel" ]; then
	echo "$name: SKIP release 2026-01-27 (not found at $rel)"
elif ! perl src/gs1_ai_gen.pl "$rel" > "$tmp/rel.c"; then
	echo "$name: FAIL: generator failed on $rel"
	fail=1
elif ! grep -q '{"01,8006", "21", NULL}' "$tmp/rel.c"; then
	echo "$name: FAIL: repeated req= keys of (250) not kept apart for $rel"
	fail=1
else
	cc=${CC:-cc}
	if command -v "$cc" > /dev/null 2>&1; then
		if "$cc" -std=c99 -Wall -Wextra -Werror -Isrc -c "$tmp/rel.c" -o "$tmp/rel.o"; then
			echo "$name: release 2026-01-27 generates and compiles"
		else
			echo "$name: FAIL: table generated from $rel does not compile"
			fail=1
		fi
	else
		echo "$name: release 2026-01-27 generates (no C compiler to compile it)"
	fi
fi

if [ $fail -ne 0 ]; then
	echo "$name: FAIL"
	exit 1
fi
echo "$name: PASS"
exit 0
