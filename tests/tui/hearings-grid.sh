#!/bin/sh
# 庭审 at 160x48 on the demo office: a day is a grid, the rooms as columns
# in the order a clerk counts them and the half hours as rows; each hearing
# the command line lists for the day is a block that starts on the row of
# its time, in its room's column (after the rooms to its left), with the
# respondent on the next line.  ] moves a day; Enter opens the selected
# hearing's case and q comes back; the terminal shrunk to 80x24 shows the
# day as a list, grown again the grid.
. "$(dirname "$0")/lib/tui.sh"
tui_setup
tc demo >/dev/null || exit 1

# One day's hearings, scheduled or held, as the command line has them:
# start, room, short case number, first applicant, respondent.
day_of() {
	tc hearings --from "$1" --to "$1" --format csv --header en | tr -d '\r' | sed 1d |
		awk -F'","' '$8 == "scheduled" || $8 == "held" {
			no = $1; sub(/.*〔/, "", no); sub(/〕第/, "-", no); sub(/号$/, "", no)
			resp = $12; sub(/"$/, "", resp)
			print substr($2, 12) "|" $4 "|" no "|" $11 "|" resp }'
}
# The blocks of those hearings: the case number and applicant on the line
# of the start time, the respondent (or as much as the cell holds) on the
# next; a room's block after those of the rooms to its left.
blocks() {
	day_of "$1" >"$TUI_DIR/day.txt"
	[ -s "$TUI_DIR/day.txt" ] || tui_fail "the demo office has no hearing on $1"
	while IFS='|' read -r at room no app resp; do
		line=$(tui_screen | grep -n "^ $at " | head -n 1 | cut -d: -f1)
		[ -n "$line" ] || tui_fail "no row for $at"
		tui_line "$line" | grep -qF "$no $app" || tui_fail "no block $no $app at $at"
		short=$(printf '%s' "$resp" | sed 's/^\(......\).*/\1/')
		tui_line $((line + 1)) | grep -qF "$short" || tui_fail "no respondent $short under $no"
		for other in 第一仲裁庭 第二仲裁庭 第三仲裁庭 第四仲裁庭 速裁庭; do
			[ "$other" = "$room" ] && break
			o=$(grep "^$at|$other|" "$TUI_DIR/day.txt" | cut -d'|' -f3)
			[ -z "$o" ] || tui_line "$line" | grep -q "$o .*$no $app" ||
				tui_fail "$no ($room) is not right of $o ($other)"
		done
	done <"$TUI_DIR/day.txt"
}

tui_start 160 48
tui_keys 5
tui_wait "2026年11月22日 星期日 (今天)"
tui_keys "]"
tui_wait "2026年11月23日 星期一"
tui_line 3 | grep -qE '^ 时间  第一仲裁庭 {20}第二仲裁庭 {20}第三仲裁庭 {20}第四仲裁庭 {20}速裁庭' ||
	tui_fail "the rooms are not the grid's columns, in room order"
# The half hours down the side, from 08:30.
tui_line 4 | grep -q '^ 08:30 ' || tui_fail "the grid does not start at 08:30"
tui_screen | grep -q '^ 17:00 ' || tui_fail "the grid does not reach 17:00"
blocks 2026-11-23

# The selected hearing (the first) opens with Enter.
case_no=$(tui_line 45 | sed 's/^ //; s/  .*//')
case "$case_no" in 贵劳人仲*) ;; *) tui_fail "no selected hearing at the bottom" ;; esac
tui_keys Enter
tui_wait "庭审 › 案件详情"
tui_has "$case_no"
tui_keys q
tui_wait "2026年11月23日 星期一"

# Another day.
tui_keys "]"
tui_wait "2026年11月24日 星期二"
blocks 2026-11-24

# Narrow, the same day is a list; wide again, a grid.
tui_resize 80 24
tui_wait " 时间        开庭地点   案号"
tui_has "2026年11月24日 星期二"
tui_resize 160 48
tui_wait " 时间  第一仲裁庭"
blocks 2026-11-24
exit 0
