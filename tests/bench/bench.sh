#!/bin/bash
# tests/bench/bench.sh - `make bench`: the figures of design.md's Performance
# section and of issue 13 on generated offices of two sizes, each figure one
# line with both sizes side by side, beside its target and, where there is
# one, beside the sqlite3 shell doing the same work on the same file in the
# same run (a ratio, since these machines are noisy).
#
# Usage: tests/bench/bench.sh TIAOCAI TC_BENCH DIR
#   TIAOCAI   the program; TC_BENCH the timing helper (tests/bench/bench.c);
#   DIR       where the generated databases are cached (build/bench).
# Environment:
#   BENCH_CASES      the offices' sizes (default "100000 1000000"); one size
#                    alone works too
#   BENCH_RUNS       timed runs per figure, the median is shown (default 9,
#                    at least 5)
#   BENCH_RUNS_SLOW  runs of the slow figures (the import, the full check),
#                    with no untimed run first (default 3)
#   BENCH_TODAY      the offices' today (default 2026-12-06)
#   BENCH_SEED       the generator's seed (default 1)
#
# Each office is built once by the demo generator (`tiaocai demo --cases N
# --weeks W --seed S` with TIAOCAI_TODAY), its cases spread over W weeks at
# the same weekly rate whatever the size (W = N / 10000, rounded: 10 weeks
# for 100,000 cases, 100 for 1,000,000, the two years the demo roster's
# terms cover), so that the week's cases are alike and only the history
# grows.  It is kept as DIR/demo-N-KEY.db, KEY naming the
# schema version (DB_SCHEMA_VERSION), a hash of the generator (demo.c,
# demo.h), the seed, the weeks and today: a change to any of them builds a
# new one and removes the old one of that size.  DIR/demo-N-KEY.db.built
# holds the seconds the build took, the generator's figure.
#
# The figures of each size go to DIR/results.tsv as they are measured (one
# progress line each), then one table prints them all.  Every figure is a
# row of figures() below: to add one, write its SQL file in write_sql (if the
# sqlite3 shell can do the same work) and one `row` line.
set -u

die() { echo "bench: $*" >&2; exit 1; }
[ $# -eq 3 ] || die "usage: tests/bench/bench.sh TIAOCAI TC_BENCH DIR"
abspath() { (cd "$(dirname "$1")" && echo "$(pwd)/$(basename "$1")"); }
TC=$(abspath "$1")
BENCH=$(abspath "$2")
mkdir -p "$3" || exit 1
DIR=$(cd "$3" && pwd)
TOP=$(cd "$(dirname "$0")/../.." && pwd)
SIZES=${BENCH_CASES:-100000 1000000}
RUNS=${BENCH_RUNS:-9}
RUNS_SLOW=${BENCH_RUNS_SLOW:-3}
TODAY=${BENCH_TODAY:-2026-12-06}
SEED=${BENCH_SEED:-1}
WEEKLY=10000 # cases a week in every office: 100,000 in 10 weeks, 1,000,000 in 100
LIMIT=40     # dashboard rows per list: a 40-line terminal
PAGE=34      # the docket's window on a 40-line terminal (app.c, docket.c)
STEPS=200    # PgDn presses timed
[ "$RUNS" -ge 5 ] 2>/dev/null || die "BENCH_RUNS must be 5 or more (got $RUNS)"
[ "$RUNS_SLOW" -ge 1 ] 2>/dev/null || die "BENCH_RUNS_SLOW must be 1 or more (got $RUNS_SLOW)"
command -v sqlite3 >/dev/null || die "the sqlite3 shell is needed (apt-get install sqlite3)"
date -d "$TODAY" +%F >/dev/null 2>&1 || die "BENCH_TODAY is not a date: $TODAY"
for n in $SIZES; do
	case $n in ''|*[!0-9]*) die "BENCH_CASES: not a number: $n" ;; esac
done

export LANG=C.UTF-8 TZ=Asia/Shanghai TIAOCAI_TODAY=$TODAY TIAOCAI_DATADIR=$TOP
unset LC_ALL TIAOCAI_USER TIAOCAI_DB XDG_CONFIG_HOME

schema=$(sed -n 's/^#define DB_SCHEMA_VERSION \([0-9]*\).*/\1/p' "$TOP/include/tiaocai/db.h")
weeks_max=$(sed -n 's/^#define DEMO_WEEKS_MAX \([0-9]*\).*/\1/p' "$TOP/include/tiaocai/demo.h")
gen=$(cat "$TOP/src/core/demo.c" "$TOP/include/tiaocai/demo.h" | sha1sum | cut -c1-10)
[ -n "$schema" ] || die "no DB_SCHEMA_VERSION in include/tiaocai/db.h"
[ -n "$weeks_max" ] || die "no DEMO_WEEKS_MAX in include/tiaocai/demo.h"

# The weeks an office of N cases spans: N / WEEKLY rounded, 1 to DEMO_WEEKS_MAX.
weeks_for() {
	local w=$((($1 + WEEKLY / 2) / WEEKLY))
	[ $w -ge 1 ] || w=1
	[ $w -le "$weeks_max" ] || w=$weeks_max
	echo $w
}
key_for() { echo "v$schema-$gen-s$SEED-w$(weeks_for "$1")-$TODAY"; }

# ---- the database ------------------------------------------------------

mmss() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }

# Build DB with N cases over W weeks, printing the progress (the bytes the
# generator has written so far: it works in one transaction, so nothing
# can be counted from outside) and the time it took, which is kept in
# DB.built.
build_db() {
	local n=$1 w=$2 db=$3 start now size pid rc secs next=30
	rm -f "$DIR/demo-$n-"*.db "$DIR/demo-$n-"*.db.built "$DIR/.demo-$n-"* "$DIR/build-$n.log"
	echo "building $(basename "$db"): $n cases over $w weeks by the demo generator, seed $SEED, today $TODAY"
	echo "  (about 700-1000 cases/s before issue 13: some 20 minutes for 1,000,000)"
	start=$(date +%s)
	"$TC" --db "$db.part" demo --cases "$n" --weeks "$w" --seed "$SEED" >"$DIR/build-$n.log" 2>&1 &
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
		sed 's/^/  /' "$DIR/build-$n.log" >&2
		echo "bench: the demo generator failed (exit $rc): no figures for $n cases" >&2
		return 1
	fi
	mv "$db.part" "$db" || return 1
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
	local soon=$1 monday=$2 case_id=$3 day2 cond
	day2=$(date -d "$TODAY + 2 days" +%F)
	mkdir -p "$DIR/sql"
	# The dashboard, with the program's index choices: each case once by
	# next_due, overdue / due today / due
	# within three working days, each list and its count (capped at 1000
	# as dash.c caps them); hearings of today and tomorrow by the time the
	# cases in 审理中 are set for; open cases by stage (stage_counts);
	# closed this week (capped).
	{
		for cond in "< '$TODAY'" "= '$TODAY'" "> '$TODAY' AND c.next_due <= '$soon'"; do
			echo "SELECT c.id, c.case_no, c.first_applicant, c.workers, c.respondents, c.stage,"
			echo "  c.next_due, c.next_clock, m.name, r.name FROM cases c INDEXED BY cases_open_due"
			echo "  LEFT JOIN people m ON m.id = c.mediator_id LEFT JOIN people r ON r.id = c.arbitrator_id"
			echo "  WHERE c.stage <> 'closed' AND c.next_due $cond ORDER BY c.next_due, c.id LIMIT $LIMIT;"
			echo "SELECT count(*) FROM (SELECT 1 FROM cases c INDEXED BY cases_open_due"
			echo "  WHERE c.stage <> 'closed' AND c.next_due $cond LIMIT 1000);"
		done
		echo "SELECT c.id, c.case_no, c.first_applicant, c.workers, c.respondents, h.at,"
		echo "  (SELECT name FROM rooms r WHERE r.id = h.room_id), (SELECT p.name FROM people p WHERE p.id = h.arbitrator_id)"
		echo "  FROM hearings h INDEXED BY hearings_at JOIN cases c ON c.id = h.case_id"
		echo "  WHERE h.at >= '$TODAY' AND h.at < '$day2' AND h.status IN ('scheduled', 'held') AND c.stage <> 'closed'"
		echo "  ORDER BY h.at, c.id LIMIT $LIMIT;"
		echo "SELECT count(*) FROM (SELECT 1 FROM hearings h INDEXED BY hearings_at JOIN cases c ON c.id = h.case_id"
		echo "  WHERE h.at >= '$TODAY' AND h.at < '$day2' AND h.status IN ('scheduled', 'held') AND c.stage <> 'closed' LIMIT 1000);"
		echo "SELECT stage, n FROM stage_counts;"
		echo "SELECT count(*) FROM (SELECT 1 FROM cases WHERE closed_on >= '$monday' AND closed_on <= '$TODAY' LIMIT 1000);"
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
	# The ledger as CSV (tiaocai(5), THE CASE LEDGER): every case in
	# case-number order with the columns and values `export ledger` writes,
	# the clerk and the people by name, the two deadlines from case_clocks.
	cat >"$DIR/sql/ledger.sql" <<-EOF
	.headers on
	.mode csv
	SELECT c.case_no, c.received_on, c.accepted_on,
	  CASE c.stage WHEN 'received' THEN '收案' WHEN 'premediation' THEN '案前调解'
	    WHEN 'accepted' THEN '已立案' WHEN 'mediating' THEN '调解中' WHEN 'hearing' THEN '审理中'
	    WHEN 'suspended' THEN '中止' ELSE '结案' END AS stage, c.outcome,
	  CASE WHEN c.fast THEN '速裁' WHEN c.simple THEN '简易' ELSE '普通' END AS track,
	  c.first_applicant || CASE WHEN c.workers > 1 AND c.applicant_side <> 'employer'
	    THEN '等' || c.workers || '人' ELSE '' END AS applicant,
	  c.workers, c.respondents, c.respondent_uscc, c.industry, c.source,
	  printf('%d.%02d', c.claimed / 100, c.claimed % 100) AS claimed,
	  CASE WHEN c.resolved IS NOT NULL THEN printf('%d.%02d', c.resolved / 100, c.resolved % 100) END
	    AS resolved_amount, c.final_award, m.name AS mediator, r.name AS arbitrator,
	  (SELECT due_on FROM case_clocks k WHERE k.case_id = c.id AND k.clock = 'accept') AS accept_due,
	  (SELECT due_on FROM case_clocks k WHERE k.case_id = c.id AND k.clock = 'close') AS close_due,
	  CAST(julianday(c.next_due) - julianday('$TODAY') AS INTEGER) AS days_left,
	  coalesce(c.next_due < '$TODAY', 0) AS overdue, c.closed_on,
	  CAST(julianday(c.closed_on) - julianday(c.accepted_on) AS INTEGER) AS days_to_close,
	  printf('%d.%02d', c.paid / 100, c.paid % 100) AS paid, c.cause,
	  (SELECT u.name FROM users u WHERE u.id = c.clerk_id) AS clerk
	FROM cases c LEFT JOIN people m ON m.id = c.mediator_id LEFT JOIN people r ON r.id = c.arbitrator_id
	ORDER BY c.year, c.seq;
	EOF
	# SQLite's quick check of what check --quick checks with it: every
	# table but the journal and the undo images (db.c db_verify).
	cat >"$DIR/sql/quick.sql" <<-EOF
	SELECT q.quick_check FROM (SELECT 'sqlite_schema' AS name UNION ALL
	  SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT IN ('journal', 'case_undo')) t,
	  pragma_quick_check(t.name) q;
	EOF
	# One case whole, as case show reads it: the case row, its parties,
	# claims, agents, payments, clocks, hearings, tribunal, documents and
	# their service, and its journal.
	cat >"$DIR/sql/case.sql" <<-EOF
	SELECT c.*, m.name, r.name, u.name, k.login, k.name FROM cases c
	  LEFT JOIN people m ON m.id = c.mediator_id LEFT JOIN people r ON r.id = c.arbitrator_id
	  LEFT JOIN users u ON u.id = c.lawyer_id LEFT JOIN users k ON k.id = c.clerk_id WHERE c.id = $case_id;
	SELECT * FROM parties WHERE case_id = $case_id ORDER BY side, pos;
	SELECT * FROM claims WHERE case_id = $case_id ORDER BY pos;
	SELECT a.*, u.login FROM agents a LEFT JOIN users u ON u.id = a.lawyer_id WHERE a.case_id = $case_id;
	SELECT * FROM payments WHERE case_id = $case_id ORDER BY paid_on, id;
	SELECT k.*, r.basis FROM case_clocks k LEFT JOIN clock_rules r ON r.name = k.clock
	  WHERE k.case_id = $case_id;
	SELECT h.*, o.name FROM hearings h LEFT JOIN rooms o ON o.id = h.room_id WHERE h.case_id = $case_id ORDER BY h.no;
	SELECT * FROM tribunals WHERE case_id = $case_id;
	SELECT d.*, s.* FROM documents d LEFT JOIN services s ON s.document_id = d.id
	  WHERE d.case_id = $case_id ORDER BY d.no;
	SELECT id, recorded_at, effective_on, actor, kind, detail FROM journal WHERE case_id = $case_id ORDER BY id;
	EOF
}

# The import row's files, from the 100,000-case office: the ledger file
# (tests/bench/import-file.sql: every case the import can reproduce, with
# the import's own columns), a fresh database as `tiaocai init` makes it
# with the office's roster, users and rooms (the import checks names
# against them), copied afresh before each run, and the sqlite3 shell's copy
# of the same cases' rows into the same schema.  Sets IMPORT_ROWS.
prepare_import() {
	local db=$1 me login name role person cap fast avail addr tab
	tab=$(printf '\t')
	rm -f "$DIR/import-cases.csv" "$DIR/import-ids.txt" "$DIR/import-"*.db*
	(cd "$DIR" && sqlite3 -readonly -batch -init /dev/null "$db" ".read $TOP/tests/bench/import-file.sql") ||
		return 1
	IMPORT_ROWS=$(wc -l <"$DIR/import-ids.txt")
	me=$(id -un)
	{
		"$TC" --db "$DIR/import-pristine.db" init &&
			"$TC" --db "$DIR/import-pristine.db" user add --login "$me" --name 系统管理员 --role admin &&
			"$TC" --db "$DIR/import-pristine.db" roster import "$TOP/sample-data/roster.csv" &&
			sqlite3 -readonly -separator "$tab" "$db" "SELECT u.login, u.name, u.role, coalesce(p.name, '')
				FROM users u LEFT JOIN people p ON p.id = u.person_id ORDER BY u.id" |
			while IFS=$tab read -r login name role person; do
				[ "$login" = "$me" ] && continue
				"$TC" --db "$DIR/import-pristine.db" user add --login "$login" --name "$name" \
					--role "$role" ${person:+--person "$person"} || exit 1
			done &&
			sqlite3 -readonly -separator "$tab" "$db" "SELECT name, capacity,
				CASE fast WHEN 1 THEN '是' ELSE '否' END, CASE available WHEN 1 THEN '是' ELSE '否' END,
				coalesce(address, '') FROM rooms ORDER BY id" |
			while IFS=$tab read -r name cap fast avail addr; do
				"$TC" --db "$DIR/import-pristine.db" room add "$name" --capacity "$cap" --fast "$fast" \
					--available "$avail" ${addr:+--address "$addr"} || exit 1
			done &&
			sqlite3 "$DIR/import-pristine.db" "PRAGMA wal_checkpoint(TRUNCATE)"
	} >"$DIR/import-setup.log" 2>&1 || { cat "$DIR/import-setup.log" >&2; return 1; }
	# The rows the import makes, copied: the case and what hangs on it.
	# The triggers of the schema run as they do for the import (name_grams,
	# stage_counts); documents are not copied, the import makes none.
	cat >"$DIR/sql/import-copy.sql" <<-EOF
	ATTACH '$db' AS o;
	CREATE TEMP TABLE pick(id INTEGER PRIMARY KEY);
	.import --schema temp $DIR/import-ids.txt pick
	BEGIN;
	INSERT INTO main.cases SELECT * FROM o.cases WHERE id IN temp.pick;
	INSERT INTO main.parties SELECT * FROM o.parties WHERE case_id IN temp.pick;
	INSERT INTO main.claims SELECT * FROM o.claims WHERE case_id IN temp.pick;
	INSERT INTO main.agents SELECT * FROM o.agents WHERE case_id IN temp.pick;
	INSERT INTO main.payments SELECT * FROM o.payments WHERE case_id IN temp.pick;
	INSERT INTO main.hearings SELECT * FROM o.hearings WHERE case_id IN temp.pick;
	INSERT INTO main.tribunals SELECT * FROM o.tribunals WHERE case_id IN temp.pick;
	INSERT INTO main.case_clocks SELECT * FROM o.case_clocks WHERE case_id IN temp.pick;
	INSERT INTO main.case_undo SELECT * FROM o.case_undo WHERE case_id IN temp.pick;
	INSERT INTO main.journal SELECT * FROM o.journal WHERE case_id IN temp.pick;
	INSERT OR REPLACE INTO main.case_seq SELECT * FROM o.case_seq;
	COMMIT;
	EOF
}

# ---- measuring -----------------------------------------------------------

# timed RUNS MODE COMMAND: "MEDIAN_MS RSS_MB" of RUNS timed runs of a
# command line (eval'ed; a leading "--fresh SRC DST --" is tc-bench's), or
# "skipped ..." / "failed".
timed() {
	local runs=$1 mode=$2 cmd=$3 out rc
	case $cmd in --fresh*) ;; *) cmd="-- $cmd" ;; esac
	out=$(eval "\"\$BENCH\" time $runs $mode $cmd" 2>"$DIR/err")
	rc=$?
	case $rc in
	0) set -- $out; echo "$2 $5" ;;
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
	echo "one refresh counts ${entries:-?} index entries and touches ${pages:-?} pages:" \
		"overdue ${overdue:-?}, due today ${due_today:-?}, due soon ${due_soon:-?}, hearings" \
		"${hearings:-?} (each counted up to 1000), closed this week ${closed_week:-?};" \
		"open by stage (${open:-?}) and closed (${closed:-?}) are read from stage_counts"
}

# What tc-bench docket walked, in words.
steps() {
	local kv steps rows first last
	for kv in "$@"; do
		case ${kv%%=*} in steps|rows|first|last) local "$kv" ;; esac
	done
	echo "${steps:-?} steps of ${rows:-?} rows, from ${first:-?} to ${last:-?}"
}

# One line of DIR/results.tsv: R N IDX LABEL TARGET TIAOCAI SQLITE3 RATIO
# MB_TIAOCAI MB_SQLITE3 RESULT (no field empty: "-"), a note under a row:
# N N IDX TEXT, or the count of targets met: S N TEXT.
record() { (IFS=$(printf '\t'); echo "$*") >>"$DIR/results.tsv"; }
note() { record N "$n" "$idx" "$1"; }

# MET or NOT MET: every part of a target ("<300", "x2", ">=10000", joined
# by &) on the figure VALUE and the ratio RATIO (a number or "-").
judge() {
	local target=$1 value=$2 ratio=$3 t ok=1
	local IFS='&'
	for t in $target; do
		case $t in
		"<"*) awk -v a="$value" -v t="${t#<}" 'BEGIN { exit !(a < t) }' || ok=0 ;;
		">="*) awk -v a="$value" -v t="${t#>=}" 'BEGIN { exit !(a >= t) }' || ok=0 ;;
		x*) awk -v r="$ratio" -v t="${t#x}" 'BEGIN { exit !(r ~ /^[0-9.]+$/ && r <= t) }' || ok=0 ;;
		esac
	done
	[ $ok = 1 ] && echo MET || echo "NOT MET"
}

# The target in words.
target_words() {
	local t out="" IFS='&'
	for t in $1; do
		case $t in
		"<"*) t="< ${t#<} ms" ;;
		">="*) t=">= ${t#>=}/s" ;;
		x*) t="<= ${t#x}x sqlite3" ;;
		esac
		out=${out:+$out & }$t
	done
	echo "${out:--}"
}

# The value of a cell with its unit: ms (two decimals under 10, one under
# 1000, none above), or cases a second for the generator.
cell() {
	case $1 in
	[0-9]*) case $2 in
		">="*) echo "$1/s" ;;
		*) awk -v v="$1" 'BEGIN { printf (v < 10 ? "%.2f ms" : v < 1000 ? "%.1f ms" : "%.0f ms"), v }' ;;
		esac ;;
	*) echo "$1" ;;
	esac
}

# row LABEL TARGET MODE COMMAND SQL [mem]
#   TARGET  "<N": under N ms; "xN": within N times the sqlite3 shell; ">=N":
#           at least N a second (the generator); "A&B": both; "-": shown only
#   MODE    warm (OS cache warm, one untimed run first), cold (the page cache
#           dropped before each run; needs root), slow (BENCH_RUNS_SLOW runs,
#           no untimed run), core (COMMAND times itself: tc-bench dash and
#           docket print "time MEDIAN MIN MAX" and an "info" line), gen (the
#           generator's build, from DB.built); MODE@N: measured on the office
#           of N cases only
#   COMMAND a command line, eval'ed: $TC, $BENCH, $DB, $DIR, $RUNS, $LIMIT ... are
#           set; a leading "--fresh SRC DST --" copies SRC to DST before each run
#   SQL     the sqlite3 shell doing the same: NAME runs DIR/sql/NAME.sql (written
#           by write_sql) on $DB; :ARGS runs `sqlite3 ARGS` (eval'ed), !CMD
#           runs CMD as COMMAND is run; - none
#   mem     show the largest resident set of both (MB)
row() {
	local label=$1 target=$2 mode=$3 cmd=$4 sql=$5 mem=${6:-} only="" runs=$RUNS why=""
	local ms="-" sq="-" ratio="-" mb="" sqmb="" result="" info="" out tm
	idx=$((idx + 1))
	case $mode in *@*) only=${mode#*@}; mode=${mode%@*} ;; esac
	if [ -n "$only" ] && [ "$only" != "$n" ]; then
		record R "$n" "$idx" "$label" "$(target_words "$target")" - - - - - -
		note "not measured: this row is measured on the office of $only cases"
		return
	fi
	case $mode in
	slow) runs=$RUNS_SLOW; tm=nowarm ;;
	core) tm=warm ;; # the program times itself; the shell's side is timed warm
	*) tm=$mode ;;
	esac
	case $mode in
	gen)
		ms=$GEN_RATE
		;;
	core)
		out=$(eval "$cmd" 2>"$DIR/err") || { ms=failed; sed 's/^/    /' "$DIR/err" >&2; }
		[ "$ms" = failed ] || ms=$(echo "$out" | sed -n 's/^time \([^ ]*\) .*/\1/p')
		info=$(echo "$out" | sed -n 's/^info //p')
		;;
	*)
		out=$(timed "$runs" "$tm" "$cmd")
		case $out in
		[0-9]*) ms=${out% *}; mb=${out#* } ;;
		*) ms=$out ;;
		esac
		;;
	esac
	case $sql in
	-) ;;
	:*) out=$(timed "$runs" "$tm" "sqlite3 ${sql#:}") ;;
	!*) out=$(timed "$runs" "$tm" "${sql#!}") ;;
	*) out=$(timed "$runs" "$tm" '"sqlite3" -batch -init /dev/null "$DB" ".read $DIR/sql/'"$sql"'.sql"') ;;
	esac
	case $sql in
	-) ;;
	*) case $out in
		[0-9]*) sq=${out% *}; sqmb=${out#* } ;;
		*) sq=- ;;
		esac ;;
	esac
	case "$ms$sq" in
	*skipped*|*failed*) ;;
	*) [ "$sq" = - ] || ratio=$(awk -v a="$ms" -v b="$sq" 'BEGIN { printf "%.2fx", (b > 0 ? a / b : 0) }') ;;
	esac
	case $ms in
	skipped*) result="SKIPPED"; note "skipped: ${ms#skipped }"; ms="-" ;;
	failed) result="FAILED" ;;
	*) [ "$target" = - ] || result=$(judge "$target" "$ms" "${ratio%x}") ;;
	esac
	[ -n "$mem" ] || { mb=""; sqmb=""; }
	[ "$result" != "NOT MET" ] || why=$(why_not "$label")
	record R "$n" "$idx" "$label" "$(target_words "$target")" "$ms" "$sq" "$ratio" "${mb:--}" "${sqmb:--}" \
		"${result:--}"
	[ -z "$info" ] || case $cmd in
		*" dash "*) note "$(explain $info)" ;;
		*" docket "*) note "$(steps $info)" ;;
		*) note "$info" ;;
		esac
	[ -z "$why" ] || note "why not met: $why"
	printf '  %s %s%s%s%s\n' "$(pad "$label" 44)" "$(cell "$ms" "$target")" \
		"${sq:+, sqlite3 $(cell "$sq" "$target")}" "${mb:+, $mb MB}" "${result:+  $result}" |
		sed 's/, sqlite3 -//'
	case $result in
	MET) met=$((met + 1)); total=$((total + 1)) ;;
	"NOT MET"|FAILED) total=$((total + 1)) ;;
	esac
}

# Why a row's target is not met, as far as it is known: where the time goes
# and the change it would take.  Printed under a row that is NOT MET.
why_not() {
	case $1 in
	"demo generator"*)
		echo "every case still goes through case_add and one wf_apply per event, each with its savepoint, undo image, case row, clocks and journal row (about 130 statements a case, none of them most of the cost); the writer that computes a case's rows once and writes each once is not built" ;;
	"import cases"*)
		echo "within 2x of the shell, not under 10 s: the shell itself takes longer than that to load the same finished rows into this schema (its indexes and the name trigger), and the import writes each case event by event as the generator does" ;;
	"check (full)"*)
		echo "the shell runs SQLite's checks alone; check adds the journal chain, the replay of every case from its registration, every open case's clocks, the documents queue and the derived counts (tiaocai(1) check)" ;;
	"case list --query"*)
		echo "it prints every case found (some 1,700 at 1M), each page of the cases' table read from the file for it, and lays them out as a table" ;;
	"case show"*|"case list"*|"start-up"*)
		echo "the program's fixed start (the start-up row): the dynamic loader, the office's schema and the user; the PDF renderer is loaded only when printing (src/cli/pdfload.c)" ;;
	"first screen, cold"*)
		echo "the cold read of the pages the dashboard's counts and lists need, most of them the hearings of the coming fortnight checked for notice (serve.c)" ;;
	"check --quick"*)
		echo "SQLite's quick check of the cases' tables reads every page of them: its cost follows the office's size, not the week's work" ;;
	*) ;;
	esac
}

# The figures, in design.md's and issue 13's words.  The first screen is
# what the UI does before it draws: open, resolve the user, the dashboard
# (tc-bench first-screen); the sqlite3 shell runs the dashboard's queries.
# The start-up row is the fixed cost in every command's figure.  Cold rows
# come last: a dropped page cache would slow the warm rows after them.

figures() {
	row "demo generator: cases/s of the build" ">=10000" gen - -
	[ -z "$GEN_NOTE" ] || note "$GEN_NOTE"
	row "start-up: tiaocai --version" - warm '"$TC" --version' ':-version'
	row "first screen: open + dashboard, warm" "<100" warm '"$BENCH" first-screen "$DB" $LIMIT' dash
	row "docket: PgDn, per step (届满日 order)" "<16" core '"$BENCH" paging "$DB" $STEPS $PAGE' -
	row "case list --overdue --limit 50" x2 warm '"$TC" --db "$DB" case list --overdue --limit 50' overdue50
	row "case list --query 王芳" "<50" warm '"$TC" --db "$DB" case list --query 王芳' name
	# No figure in design.md: case show is one case, like case list --query.
	row "case show: a case awarded after a hearing" "<50" warm '"$TC" --db "$DB" case show $CASE_SHOW' case
	note "case $CASE_SHOW"
	row "dashboard refresh (the 1 key): counts" "<16" core '"$BENCH" dash "$DB" $RUNS $LIMIT' -
	row "docket: 建筑劳务 kept, s to 请求金额" "<16" core '"$BENCH" docket "$DB" $RUNS sort $LIMIT 建筑劳务' -
	row "docket: PgDn after it" "<16" core '"$BENCH" docket "$DB" $RUNS pgdn $LIMIT 建筑劳务' -
	row "docket: Enter after 张伟 (count, 1000+)" "<16" core '"$BENCH" docket "$DB" $RUNS enter $LIMIT 张伟' -
	row "docket: o (overdue only)" "<16" core '"$BENCH" docket "$DB" $RUNS o $LIMIT' -
	row "docket: 1 back to 首页" "<16" core '"$BENCH" docket "$DB" $RUNS home $LIMIT' -
	row "export ledger: every case" x1.2 warm '"$TC" --db "$DB" export ledger' ledger mem
	row "report weekly, this week ($WEEK_NOW)" "<300" warm '"$TC" --db "$DB" report weekly' -
	row "report weekly, 8 weeks ago ($WEEK_PAST)" "<300" warm \
		'"$TC" --db "$DB" report weekly --week $WEEK_PAST' -
	row "report weekly, 52 weeks ago ($WEEK_YEAR)" "<300" warm \
		'"$TC" --db "$DB" report weekly --week $WEEK_YEAR' -
	row "export stats, $YEAR-01-01 to $YEAR-11-30" "<1000" warm \
		'"$TC" --db "$DB" export stats --from $YEAR-01-01 --to $YEAR-11-30' -
	# Both sizes would import the same rows: measured once, on the
	# 100,000-case office's ledger (the other column shows "-"); the
	# target of 10 s for 100,000 rows is scaled to the rows in the file.
	row "import cases: the 100k office's ledger" "<$((IMPORT_ROWS ? IMPORT_ROWS / 10 : 10000))&x2" slow@100000 \
		'--fresh "$DIR/import-pristine.db" "$DIR/import.db" -- "$TC" --db "$DIR/import.db" import cases "$DIR/import-cases.csv"' \
		'!--fresh "$DIR/import-pristine.db" "$DIR/import.db" -- sqlite3 -batch -init /dev/null "$DIR/import.db" ".read $DIR/sql/import-copy.sql"' \
		mem
	[ "$n" != 100000 ] || note "$IMPORT_ROWS rows of the 100000 cases: those the import can reproduce (tests/bench/import-file.sql)"
	row "check (full)" x1.2 slow '"$TC" --db "$DB" check' \
		':-batch -init /dev/null "$DB" "PRAGMA integrity_check; PRAGMA foreign_key_check;"'
	row "check --quick, a week (10,000 rows) new" "<10000" core '"$BENCH" check-quick "$TC" "$DB" $RUNS 10000' quick
	row "first screen, cold OS cache" "<300" cold '"$BENCH" first-screen "$DB" $LIMIT' dash
}

# ---- the combined table ----------------------------------------------------


# Print DIR/results.tsv as one table, the sizes side by side, then how many
# targets each size met.
table() {
	local tab sizes="" s i max=0 line kind sz ix label target tcv sqv ratio mb sqmb result
	local first last head1 head2 out g w
	tab=$(printf '\t')
	declare -A L T V S R M Q X
	while IFS=$tab read -r kind sz ix label target tcv sqv ratio mb sqmb result; do
		case $kind in
		R)
			[ "$ix" -gt $max ] && max=$ix
			# The label and target of the first size that measured the row.
			if [ -z "${L[$ix]:-}" ] || { [ "${V[$ix]:--}" = - ] && [ "$tcv" != - ]; }; then
				L[$ix]=$label
				T[$ix]=$target
				V[$ix]=$tcv
			fi
			S[$sz,$ix]=$(cell "$tcv" "$target")
			Q[$sz,$ix]=$(cell "$sqv" "$target")
			R[$sz,$ix]=$ratio
			[ "$mb" = - ] && M[$sz,$ix]="" || M[$sz,$ix]="$mb/$sqmb"
			[ "$result" = - ] && X[$sz,$ix]="" || X[$sz,$ix]=$result
			;;
		N) X[$sz,$ix,note]="${X[$sz,$ix,note]:-}${X[$sz,$ix,note]:+$tab}$label" ;;
		esac
	done <"$DIR/results.tsv"
	for s in $SIZES; do sizes="$sizes $s"; done
	set -- $sizes
	first=$1
	last=${!#}
	head1="$(pad "" 42) $(pad "" 25)"
	head2="$(pad figure 42) $(pad target 25)"
	for s in $sizes; do
		w=$(weeks_for "$s")
		head1="$head1  $(pad "$s cases, $w week$([ "$w" = 1 ] || echo s)" 52)"
		head2="$head2  $(printf '%11s %11s %6s %11s  %-8s' tiaocai sqlite3 ratio "MB tc/sq" result)"
	done
	[ $# -lt 2 ] || head2="$head2  $last/$first"
	echo "$head1" | sed 's/ *$//'
	echo "$head2"
	for ((i = 1; i <= max; i++)); do
		[ -n "${L[$i]:-}" ] || continue
		out="$(pad "${L[$i]}" 42) $(pad "${T[$i]}" 25)"
		for s in $sizes; do
			out="$out  $(printf '%11s %11s %6s %11s  %-8s' "${S[$s,$i]:--}" "${Q[$s,$i]:--}" \
				"${R[$s,$i]:--}" "${M[$s,$i]:-}" "${X[$s,$i]:-}")"
		done
		if [ $# -ge 2 ]; then
			g=$(awk -v a="${S[$last,$i]:--}" -v b="${S[$first,$i]:--}" \
				'BEGIN { if (a + 0 > 0 && b + 0 > 0) printf "%.2fx", a / b; else print "-" }')
			out="$out  $(printf '%7s' "$g")"
		fi
		echo "$out" | sed 's/ *$//'
		for s in $sizes; do
			[ -n "${X[$s,$i,note]:-}" ] || continue
			echo "${X[$s,$i,note]}" | tr '\t' '\n' | sed "s/^/    $s: /"
		done
	done
	echo
	for s in $sizes; do
		sed -n "s/^S\t$s\t//p" "$DIR/results.tsv"
	done
}

# ---- the run -------------------------------------------------------------

bench_start=$(date +%s)
echo "make bench: $(date '+%F %T'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)," \
	"sqlite $(sqlite3 -version | cut -d' ' -f1), median of $RUNS runs ($RUNS_SLOW for the slow rows:" \
	"import, check)"
: >"$DIR/results.tsv"
YEAR=${TODAY%%-*}
WEEK_NOW=$(date -d "$TODAY" +%G-W%V)
WEEK_PAST=$(date -d "$TODAY - 8 weeks" +%G-W%V)
WEEK_YEAR=$(date -d "$TODAY - 52 weeks" +%G-W%V) # before the 100k office began: its cost is the history's
IMPORT_ROWS=0
for n in $SIZES; do
	w=$(weeks_for "$n")
	DB="$DIR/demo-$n-$(key_for "$n").db"
	echo
	GEN_NOTE=""
	if [ -f "$DB" ] && [ -f "$DB.built" ]; then
		secs=$(head -n 1 "$DB.built")
		GEN_NOTE="cached: built in $(mmss "$secs")"
		echo "$n cases over $w weeks: $(basename "$DB") ($GEN_NOTE, $(du -m "$DB" | cut -f1) MB)"
	else
		build_db "$n" "$w" "$DB" || { record S "$n" "$n cases: the generator failed, nothing measured"; continue; }
		secs=$(head -n 1 "$DB.built")
		GEN_NOTE="built in this run in $(mmss "$secs")"
	fi
	GEN_RATE=$((n / (secs > 0 ? secs : 1)))
	info=$("$BENCH" dash "$DB" 1 $LIMIT) || die "tc-bench dash failed on $DB"
	soon=$(echo "$info" | sed -n 's/.* soon_until=\([^ ]*\).*/\1/p')
	monday=$(echo "$info" | sed -n 's/.* monday=\([^ ]*\).*/\1/p')
	# The case shown: the latest of the year awarded after a hearing held,
	# a full case file (parties, claims, hearing, documents, journal).
	case_row=$(sqlite3 -readonly -separator ' ' "$DB" "SELECT c.id, c.year || '-' || c.seq FROM cases c
		WHERE c.year = $YEAR AND c.outcome LIKE '%裁决' AND EXISTS (SELECT 1 FROM hearings h
		WHERE h.case_id = c.id AND h.status = 'held') ORDER BY c.seq DESC LIMIT 1")
	[ -n "$case_row" ] || case_row=$(sqlite3 -readonly -separator ' ' "$DB" \
		"SELECT id, year || '-' || seq FROM cases ORDER BY id DESC LIMIT 1")
	CASE_SHOW=${case_row#* }
	write_sql "$soon" "$monday" "${case_row%% *}"
	if [ "$n" = 100000 ]; then
		echo "  writing the import's ledger file and its fresh database"
		prepare_import "$DB" || die "the import's files could not be made"
	fi
	echo "  today $TODAY; due soon up to $soon"
	met=0
	total=0
	idx=0
	figures
	record S "$n" "$n cases: $met of $total targets met"
done
echo
table
rm -f "$DIR/err" "$DIR/import.db" "$DIR/import.db-wal" "$DIR/import.db-shm"
echo "bench took $(mmss $(($(date +%s) - bench_start)))"
