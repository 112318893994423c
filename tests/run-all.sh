#!/bin/sh
# tests/run-all.sh - run every test and print one closing line
# "N passed, N failed".  Usage: tests/run-all.sh UNIT_BIN_DIR TIAOCAI
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
unitdir=$(cd "$1" && pwd)
bin=$2
pass=0
fail=0
skip=0
log=$(mktemp)

export LANG=C.UTF-8 TZ=Asia/Shanghai TIAOCAI_TODAY=2026-11-22
unset LC_ALL TIAOCAI_USER TIAOCAI_DB

# Unit tests (cmocka): each binary prints its own summary.
for t in "$unitdir"/test_*; do
	[ -x "$t" ] || continue
	tmp=$(mktemp -d)
	(cd "$tmp" && HOME="$tmp" TIAOCAI_DATADIR="$top" "$t") >"$log" 2>&1
	rc=$?
	rm -rf "$tmp"
	p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$log" | tail -n 1)
	f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$log" | tail -n 1)
	p=${p:-0}
	f=${f:-0}
	if [ "$rc" != 0 ] && [ "$f" = 0 ]; then
		f=1 # crashed before its summary
	fi
	if [ "$f" != 0 ]; then
		echo "== $(basename "$t") =="
		grep -vE '^\[ (RUN      |      OK )\]' "$log"
	fi
	echo "unit $(basename "$t"): $p passed, $f failed"
	pass=$((pass + p))
	fail=$((fail + f))
done

# Command-line transcripts.
"$top/tests/cli/run.sh" "$bin" "$top"/tests/cli/*.t >"$log" 2>&1
cat "$log" | grep -v '^cli: '
p=$(sed -n 's/^cli: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p' "$log")
f=$(sed -n 's/^cli: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p' "$log")
echo "cli: ${p:-0} passed, ${f:-1} failed"
pass=$((pass + ${p:-0}))
fail=$((fail + ${f:-1}))

# Terminal UI tests (tests/tui/*.sh) when there are any.
for t in "$top"/tests/tui/*.sh; do
	[ -f "$t" ] || continue
	if sh "$t" "$bin" >"$log" 2>&1; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "== $(basename "$t") =="; cat "$log"
	fi
done

# Tests that need root (the office install with scratch users and group,
# a full disk): exit 77 means skipped, and is counted as such, not passed.
for t in "$top"/tests/root/*.sh; do
	[ -f "$t" ] || continue
	sh "$t" "$top" >"$log" 2>&1
	case $? in
	0) pass=$((pass + 1)) ;;
	77) skip=$((skip + 1)); echo "$(basename "$t"): $(tail -n 1 "$log")" ;;
	*) fail=$((fail + 1)); echo "== $(basename "$t") =="; cat "$log" ;;
	esac
done

rm -f "$log"
if [ "$skip" != 0 ]; then
	echo "$pass passed, $fail failed, $skip skipped"
else
	echo "$pass passed, $fail failed"
fi
[ "$fail" = 0 ]
