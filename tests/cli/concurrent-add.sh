#!/bin/bash
# tests/cli/concurrent-add.sh - several clerks registering applications at
# the same moment on one database file.
#
# Usage: concurrent-add.sh [WRITERS [ADDS]]   (default 4 writers x 25 adds)
#
# Runs WRITERS loops of `tiaocai case add` at once against $TIAOCAI_DB (which
# must exist), then reports what a supervisor would check: every add
# succeeded, every case number is distinct, the sequence has no gap, the
# journal has one row per case, and the file is in WAL mode.  Prints a
# fixed summary so a transcript can compare it; exits 1 on any difference.
set -u
writers=${1:-4}
adds=${2:-25}
total=$((writers * adds))
out=$(mktemp -d "${TMPDIR:-/tmp}/tc-concurrent.XXXXXX")
trap 'rm -rf "$out"' EXIT

writer() {
	local w=$1 i rc
	for ((i = 1; i <= adds; i++)); do
		tiaocai case add --applicant "工人$w-$i" --applicant-id 520102199101010138 \
			--employer "贵阳第${w}建筑劳务有限公司第${i}项目部" --claim "工资:$((1000 + i))" \
			--received 2026-11-20 >>"$out/no.$w" 2>>"$out/err.$w"
		rc=$?
		echo "$rc" >>"$out/rc.$w"
	done
}

for ((w = 1; w <= writers; w++)); do
	writer "$w" &
done
wait

failed=$(cat "$out"/rc.* | grep -cv '^0$')
numbers=$(cat "$out"/no.* | wc -l)
distinct=$(cat "$out"/no.* | sort -u | wc -l)
errors=$(cat "$out"/err.* | wc -l)
echo "adds: $((numbers + failed)), failed: $failed, messages: $errors"
echo "distinct case numbers printed: $distinct"

q() { sqlite3 "$TIAOCAI_DB" "$1"; }
echo "cases: $(q 'SELECT count(*) FROM cases'), distinct numbers: $(q 'SELECT count(DISTINCT case_no) FROM cases')"
echo "sequence: $(q 'SELECT min(seq) || ".." || max(seq) FROM cases WHERE year = 2026'), gaps: $(q 'SELECT max(seq) - count(*) FROM cases WHERE year = 2026')"
echo "case_seq: $(q 'SELECT last FROM case_seq WHERE year = 2026')"
echo "journal add rows: $(q "SELECT count(*) FROM journal WHERE kind = 'add'")"
# The numbers printed are the numbers stored, one each.
stored=$(q 'SELECT case_no FROM cases' | sort)
printed=$(cat "$out"/no.* | sort)
[ "$stored" = "$printed" ] && echo "printed = stored" || echo "printed != stored"
echo "journal_mode: $(q 'PRAGMA journal_mode')"
cat "$out"/err.* | sort | uniq -c | head -5

[ "$failed" = 0 ] && [ "$distinct" = "$total" ] && [ "$errors" = 0 ]
