#!/bin/bash
# tests/bench/bench.sh - `make bench`: the figures of design.md's Performance
# section on a generated office, each beside its target and, where there is
# one, beside the sqlite3 shell doing the same work on the same file in the
# same run (a ratio, since these machines are noisy).
#
# Usage: tests/bench/bench.sh TIAOCAI TC_BENCH DIR
#   TIAOCAI   the program; TC_BENCH the timing helper (tests/bench/bench.c);
#   DIR       where the generated databases are cached (build/bench).
# Environment:
#   BENCH_CASES  cases in the office (default 1000000); several sizes,
#                space-separated ("100000 1000000"), are measured in turn
#   BENCH_RUNS   timed runs per figure, the median is shown (default 9, at least 5)
#   BENCH_TODAY  the office's today (default 2026-12-06)
#   BENCH_SEED   the generator's seed (default 1)
#
# The database is built once by the demo generator (`tiaocai demo --cases N
# --seed S` with TIAOCAI_TODAY) and kept as DIR/demo-N-KEY.db, KEY naming
# the schema version (DB_SCHEMA_VERSION), a hash of the generator (demo.c,
# demo.h), the seed and today: a change to any of them builds a new one and
# removes the old one of that size.
#
# Every figure is a row of the table in figures() below: to add one, write
# its SQL file in write_sql (if the sqlite3 shell can do the same work) and
# one `row` line.
set -u

die() { echo "bench: $*" >&2; exit 1; }
[ $# -eq 3 ] || die "usage: tests/bench/bench.sh TIAOCAI TC_BENCH DIR"
abspath() { (cd "$(dirname "$1")" && echo "$(pwd)/$(basename "$1")"); }
TC=$(abspath "$1")
BENCH=$(abspath "$2")
mkdir -p "$3" || exit 1
DIR=$(cd "$3" && pwd)
TOP=$(cd "$(dirname "$0")/../.." && pwd)
SIZES=${BENCH_CASES:-1000000}
RUNS=${BENCH_RUNS:-9}
TODAY=${BENCH_TODAY:-2026-12-06}
SEED=${BENCH_SEED:-1}
LIMIT=40 # dashboard rows per list: a 40-line terminal
[ "$RUNS" -ge 5 ] 2>/dev/null || die "BENCH_RUNS must be 5 or more (got $RUNS)"
command -v sqlite3 >/dev/null || die "the sqlite3 shell is needed (apt-get install sqlite3)"
date -d "$TODAY" +%F >/dev/null 2>&1 || die "BENCH_TODAY is not a date: $TODAY"

export LANG=C.UTF-8 TZ=Asia/Shanghai TIAOCAI_TODAY=$TODAY TIAOCAI_DATADIR=$TOP
unset LC_ALL TIAOCAI_USER TIAOCAI_DB XDG_CONFIG_HOME

schema=$(sed -n 's/^#define DB_SCHEMA_VERSION \([0-9]*\).*/\1/p' "$TOP/include/tiaocai/db.h")
gen=$(cat "$TOP/src/core/demo.c" "$TOP/include/tiaocai/demo.h" | sha1sum | cut -c1-10)
[ -n "$schema" ] || die "no DB_SCHEMA_VERSION in include/tiaocai/db.h"
KEY="v$schema-$gen-s$SEED-$TODAY"

# ---- the database ------------------------------------------------------

mmss() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }

# Build DB with N cases, printing the progress (the bytes the generator
# has written so far: it works in one transaction, so nothing can be
# counted from outside) and the time it took.
build_db() {
	local n=$1 db=$2 start now size pid rc secs next=30
	rm -f "$DIR/demo-$n-"*.db "$DIR/demo-$n-"*.db.built "$DIR/.demo-$n-"* "$DIR/build-$n.log"
	echo "building $(basename "$db"): $n cases by the demo generator, seed $SEED, today $TODAY"
	echo "  (about 700 cases/s before issue 13: some 24 minutes for 1,000,000)"
	start=$(date +%s)
	"$TC" --db "$db.part" demo --cases "$n" --seed "$SEED" >"$DIR/build-$n.log" 2>&1 &
	pid=$!
	trap 'kill $pid 2>/dev/null; rm -f "$DIR/.demo-$n-"*; exit 130' INT TERM
	while kill -0 "$pid" 2>/dev/null; do
		sleep 1
		now=$(date +%s)
		if [ $((now - start)) -ge $next ]; then
			size=$(du -cm "$DIR/.demo-$n-"* 2>/dev/null | tail -n 1 | cut -f1)
			echo "  $(mmss $((now - start))): ${size:-0} MB written"
			next=$((next + 30))
		fi
	done
	wait "$pid"
	rc=$?
	trap - INT TERM
	if [ $rc -ne 0 ]; then
		cat "$DIR/build-$n.log" >&2
		die "the demo generator failed (exit $rc)"
	fi
	mv "$db.part" "$db" || exit 1
	secs=$(($(date +%s) - start))
	echo "$secs" >"$db.built"
	echo "  built in $(mmss "$secs") ($((n / (secs > 0 ? secs : 1))) cases/s), $(du -m "$db" | cut -f1) MB"
	sed 's/^/  /' "$DIR/build-$n.log"
}

# ---- what the sqlite3 shell runs ---------------------------------------

# The same work written plainly, for the shell: by next_due (the earliest
# running statutory clock of a case) and the name_grams index, never by the
# per-clock columns, which are going away.
write_sql() {
	local soon=$1 monday=$2 day2 s
	day2=$(date -d "$TODAY + 2 days" +%F)
	mkdir -p "$DIR/sql"
	# The dashboard, with the program's index choices: each case once by
	# next_due, overdue / due today / due
	# within three working days, each list and its count (capped at 10000
	# as dash.c caps them); hearings of today and tomorrow by the time the
	# cases in 审理中 are set for; open cases by stage (stage_counts);
	# closed this week (capped).
	{
		local cond
		for cond in "< '$TODAY'" "= '$TODAY'" "> '$TODAY' AND c.next_due <= '$soon'"; do
			echo "SELECT c.id, c.case_no, c.first_applicant, c.workers, c.respondents, c.stage,"
			echo "  c.next_due, c.next_clock, m.name, r.name FROM cases c INDEXED BY cases_open_due"
			echo "  LEFT JOIN people m ON m.id = c.mediator_id LEFT JOIN people r ON r.id = c.arbitrator_id"
			echo "  WHERE c.stage <> 'closed' AND c.next_due $cond ORDER BY c.next_due, c.id LIMIT $LIMIT;"
			echo "SELECT count(*) FROM (SELECT 1 FROM cases c INDEXED BY cases_open_due"
			echo "  WHERE c.stage <> 'closed' AND c.next_due $cond LIMIT 10000);"
		done
		echo "SELECT c.id, c.case_no, c.first_applicant, c.workers, c.respondents, h.at,"
		echo "  (SELECT name FROM rooms r WHERE r.id = h.room_id), (SELECT p.name FROM people p WHERE p.id = h.arbitrator_id)"
		echo "  FROM hearings h INDEXED BY hearings_at JOIN cases c ON c.id = h.case_id"
		echo "  WHERE h.at >= '$TODAY' AND h.at < '$day2' AND h.status IN ('scheduled', 'held') AND c.stage <> 'closed'"
		echo "  ORDER BY h.at, c.id LIMIT $LIMIT;"
		echo "SELECT count(*) FROM (SELECT 1 FROM hearings h INDEXED BY hearings_at JOIN cases c ON c.id = h.case_id"
		echo "  WHERE h.at >= '$TODAY' AND h.at < '$day2' AND h.status IN ('scheduled', 'held') AND c.stage <> 'closed' LIMIT 10000);"
		echo "SELECT stage, n FROM stage_counts;"
		echo "SELECT count(*) FROM (SELECT 1 FROM cases WHERE closed_on >= '$monday' AND closed_on <= '$TODAY' LIMIT 10000);"
	} >"$DIR/sql/dash.sql"
	# The overdue list's first 50, through the partial index of open cases
	# by next_due.
	cat >"$DIR/sql/overdue50.sql" <<-EOF
	SELECT c.id, c.case_no, c.first_applicant, c.workers, c.respondents, c.claimed, c.stage,
	  c.next_due FROM cases c WHERE c.stage <> 'closed' AND c.next_due < '$TODAY'
	  ORDER BY c.next_due, c.id LIMIT 50;
	EOF
	# Every case with a party named 王芳, through name_grams, in case
	# list's order (open ones first by due date).
	cat >"$DIR/sql/name.sql" <<-EOF
	SELECT c.id, c.case_no, c.first_applicant, c.workers, c.respondents, c.claimed, c.stage,
	  c.next_due FROM name_grams g CROSS JOIN cases c ON c.id = g.case_id WHERE g.gram = '王芳'
	  ORDER BY c.stage = 'closed', coalesce(c.next_due, '9999-12-31'), c.id;
	EOF
}

# ---- measuring -----------------------------------------------------------

# The median of RUNS timed runs of a command line (eval'ed) in ms, warm or
# cold, or "skipped ..." / "failed".
timed() {
	local mode=$1 out rc
	shift
	out=$(eval "\"\$BENCH\" time \"\$RUNS\" $mode -- $*" 2>"$DIR/err")
	rc=$?
	case $rc in
	0) set -- $out; echo "$2" ;;
	77) echo "$out" ;;
	*) echo "failed"; sed 's/^/    /' "$DIR/err" >&2 ;;
	esac
}

# Display width of text made of ASCII and 3-byte CJK characters.
width() {
	local chars bytes
	chars=${#1}
	bytes=$(LC_ALL=C; echo ${#1})
	echo $((chars + (bytes - chars) / 2))
}
pad() { printf '%s%*s' "$1" $(($2 - $(width "$1"))) ""; }

# What tc-bench dash found, in words.
explain() {
	local kv entries pages overdue due_today due_soon hearings open closed closed_week
	for kv in "$@"; do
		case ${kv%%=*} in
		entries|pages|overdue|due_today|due_soon|hearings|open|closed|closed_week)
			local "$kv" ;;
		esac
	done
	echo "    one refresh counts ${entries:-?} index entries and touches ${pages:-?} pages:"
	echo "    overdue ${overdue:-?}, due today ${due_today:-?}, due soon ${due_soon:-?}, hearings" \
		"${hearings:-?} (each counted up to 10000),"
	echo "    closed this week ${closed_week:-?}; open by stage (${open:-?}) and closed (${closed:-?})" \
		"are read from stage_counts, kept by triggers"
}

# row LABEL TARGET MODE COMMAND SQL
#   TARGET  "<N": under N ms; "xN": within N times the sqlite3 shell; "-": shown only
#   MODE    warm (OS cache warm, one untimed run first), cold (the page cache
#           dropped before each run; needs root), core (COMMAND times itself:
#           tc-bench dash prints "time MEDIAN MIN MAX" and an "info" line)
#   COMMAND a command line, eval'ed: $TC, $BENCH, $DB, $RUNS and $LIMIT are set
#   SQL     the sqlite3 shell doing the same: NAME runs DIR/sql/NAME.sql (written
#           by write_sql) on $DB; :ARGS runs `sqlite3 ARGS` (eval'ed); - none
row() {
	local label=$1 target=$2 mode=$3 cmd=$4 sql=$5 ms sq="-" ratio="-" result info=""
	if [ "$mode" = core ]; then
		local out
		out=$(eval "$cmd" 2>"$DIR/err") || { ms=failed; sed 's/^/    /' "$DIR/err" >&2; }
		[ "${ms:-}" = failed ] || ms=$(echo "$out" | sed -n 's/^time \([^ ]*\) .*/\1/p')
		info=$(echo "$out" | sed -n 's/^info //p')
	else
		ms=$(timed "$mode" "$cmd")
	fi
	case "$sql" in
	-) ;;
	:*) sq=$(timed "$mode" "sqlite3 ${sql#:}") ;;
	*) sq=$(timed "$mode" 'sqlite3 -batch -init /dev/null "$DB" ".read $DIR/sql/'"$sql"'.sql"') ;;
	esac
	case "$ms$sq" in
	*skipped*|*failed*) ;;
	*) [ "$sq" = - ] || ratio=$(awk -v a="$ms" -v b="$sq" 'BEGIN { printf "%.2fx", (b > 0 ? a / b : 0) }') ;;
	esac
	case "$ms" in
	skipped*) result="SKIPPED (${ms#skipped })"; ms="-" ;;
	failed) result="FAILED" ;;
	*)
		case "$target" in
		"<"*) result=$(awk -v a="$ms" -v t="${target#<}" 'BEGIN { print (a < t ? "MET" : "NOT MET") }') ;;
		x*) result=$(awk -v a="$ms" -v b="$sq" -v t="${target#x}" \
			'BEGIN { print (b ~ /^[0-9.]+$/ && b > 0 && a / b <= t ? "MET" : "NOT MET") }') ;;
		*) result="" ;;
		esac
		;;
	esac
	case "$target" in
	"<"*) target="< ${target#<} ms" ;;
	x*) target="<= ${target#x}x sqlite3" ;;
	esac
	case "$ms" in [0-9]*) ms="$ms ms" ;; esac
	case "$sq" in [0-9]*) sq="$sq ms" ;; skipped*) sq="-" ;; esac
	printf '%s %11s  %-16s %11s  %6s  %s\n' "$(pad "$label" 40)" "$ms" "$target" "$sq" "$ratio" \
		"$result" | sed 's/ *$//'
	[ -z "$info" ] || explain $info
	case "$result" in
	MET) met=$((met + 1)); total=$((total + 1)) ;;
	"NOT MET"|FAILED) total=$((total + 1)) ;;
	esac
}

# The figures, in design.md's words.  The first screen is what the UI does
# before it draws: open, resolve the user, the dashboard (tc-bench
# first-screen); the sqlite3 shell runs the dashboard's queries.  The start-up
# row is the fixed cost in every command's figure.  Cold rows come last: a
# dropped page cache would slow the warm rows after them.
figures() {
	row "start-up: tiaocai --version" - warm '"$TC" --version' ':-version'
	row "first screen: open + dashboard, warm" "<100" warm '"$BENCH" first-screen "$DB" $LIMIT' dash
	row "case list --overdue --limit 50" x2 warm '"$TC" --db "$DB" case list --overdue --limit 50' overdue50
	row "case list --query 王芳" "<50" warm '"$TC" --db "$DB" case list --query 王芳' name
	row "dashboard refresh (the 1 key): counts" "<16" core '"$BENCH" dash "$DB" $RUNS $LIMIT' -
	row "docket: 建筑劳务 kept, s to 请求金额" "<16" core '"$BENCH" docket "$DB" $RUNS sort $LIMIT 建筑劳务' -
	row "docket: PgDn after it" "<16" core '"$BENCH" docket "$DB" $RUNS pgdn $LIMIT 建筑劳务' -
	row "docket: Enter after 张伟 (count, 1000+)" "<16" core '"$BENCH" docket "$DB" $RUNS enter $LIMIT 张伟' -
	row "docket: o (overdue only)" "<16" core '"$BENCH" docket "$DB" $RUNS o $LIMIT' -
	row "docket: 1 back to 首页" "<16" core '"$BENCH" docket "$DB" $RUNS home $LIMIT' -
	row "first screen, cold OS cache" "<300" cold '"$BENCH" first-screen "$DB" $LIMIT' dash
}

# ---- the run -------------------------------------------------------------

echo "make bench: $(date '+%F %T'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)," \
	"sqlite $(sqlite3 -version | cut -d' ' -f1), median of $RUNS runs"
for n in $SIZES; do
	case $n in ''|*[!0-9]*) die "BENCH_CASES: not a number: $n" ;; esac
	DB="$DIR/demo-$n-$KEY.db"
	echo
	if [ -f "$DB" ] && [ -f "$DB.built" ]; then
		echo "$n cases: $(basename "$DB") (cached; built in $(mmss "$(cat "$DB.built")")," \
			"$(du -m "$DB" | cut -f1) MB)"
	else
		build_db "$n" "$DB"
	fi
	info=$("$BENCH" dash "$DB" 1 $LIMIT) || die "tc-bench dash failed on $DB"
	soon=$(echo "$info" | sed -n 's/.* soon_until=\([^ ]*\).*/\1/p')
	monday=$(echo "$info" | sed -n 's/.* monday=\([^ ]*\).*/\1/p')
	write_sql "$soon" "$monday"
	echo "today $TODAY; due soon up to $soon"
	printf '%s %11s  %-16s %11s  %6s  %s\n' "$(pad figure 40)" tiaocai target sqlite3 ratio result
	met=0
	total=0
	figures
	echo "$n cases: $met of $total targets met"
done
rm -f "$DIR/err"
