#!/bin/sh
# 庭审 at 80x24 on the demo office: today (Sunday) has no hearing and says
# so; ] moves to Monday, whose hearings are listed one a line, in time and
# room order, each row's time, room and case number in their columns
# (checked against what `tiaocai hearings` lists for that day); j moves the
# selection and the bottom lines give the selected hearing whole; Enter
# opens its case and q comes back to the same day; w shows the week, the
# day on the first hearing of each day; p saves the day's 开庭排期表, the same
# bytes as `report hearings` (text) or an A4 PDF.  Then a room added on the
# 名册 screen (t, a) is booked from the command line and has its hearing on
# the 庭审 screen when shown alone (r).
. "$(dirname "$0")/lib/tui.sh"
tui_setup
tc demo >/dev/null || exit 1

day=2026-11-23
# The day's hearings as the command line lists them: time, room, short
# case number, full case number, status (scheduled or held only).
tc hearings --from $day --to $day --format csv --header en | tr -d '\r' | sed 1d |
	awk -F'","' '$8 == "scheduled" || $8 == "held" {
		sub(/^"/, "", $1); no = $1; sub(/.*〔/, "", no); sub(/〕第/, "-", no); sub(/号$/, "", no)
		print substr($2, 12) "-" substr($10, 12) "|" $4 "|" no "|" $1 "|" $8 }' >"$TUI_DIR/day.txt"
n=$(wc -l <"$TUI_DIR/day.txt")
[ "$n" -ge 2 ] || { echo "the demo office has $n hearings on $day, the test needs two"; exit 1; }
open=$(grep -c '|scheduled$' "$TUI_DIR/day.txt")

# The row of a hearing: one column in, the time (11), the room padded to
# 10 columns (a Chinese character takes two), the case number to 9.
row() {
	chars=$(printf '%s' "$2" | wc -m)
	printf ' %s %s%*s %-9s ' "$1" "$2" $((10 - 2 * chars)) '' "$3"
}

tui_start 80 24
tui_keys 5
tui_wait "2026年11月22日 星期日 (今天)"
tui_has "本日无开庭安排"
tui_keys "]"
tui_wait "2026年11月23日 星期一"
tui_has "待开庭 $open 场"
[ "$(tui_line 3)" = " 时间        开庭地点   案号      申请人   被申请人          仲裁庭      状态" ] ||
	tui_fail "the list's header is not as expected"
# Every hearing of the day on its own line, its columns in line.
while IFS='|' read -r when room no full status; do
	want=$(row "$when" "$room" "$no")
	tui_screen | grep -qF -- "$want" || tui_fail "no row for $full: '$want'"
done <"$TUI_DIR/day.txt"
[ "$(tui_screen | grep -cE '^ [0-9]{2}:[0-9]{2}-[0-9]{2}:[0-9]{2} ')" -eq "$n" ] ||
	tui_fail "the day does not list its $n hearings alone"
first=$(tui_line 4)
# The selected hearing whole at the bottom; j selects the next one.
sel=$(tui_line 21)
case "$sel" in " 贵劳人仲"*) ;; *) tui_fail "no selected hearing at the bottom: $sel" ;; esac
tui_keys j
[ "$(tui_line 21)" != "$sel" ] || tui_fail "j did not select the next hearing"
case_no=$(tui_line 21 | sed 's/^ //; s/  .*//')
tui_keys Enter
tui_wait "庭审 › 案件详情"
tui_has "$case_no"
tui_keys q
tui_wait "2026年11月23日 星期一"
[ "$(tui_line 21 | sed 's/^ //; s/  .*//')" = "$case_no" ] || tui_fail "back from the case, another hearing is selected"

# The week: the day on its first hearing, every hearing of the day after.
tui_keys w
tui_wait "2026年11月23日 至 11月29日 (第48周)"
tui_has " 11-23 周一 "
week=$(tc hearings --from 2026-11-23 --to 2026-11-29 --format csv | grep -c -e ',"已排期",' -e ',"已开庭",')
[ "$week" -gt 17 ] && week=17 # a screenful
[ "$(tui_screen | grep -cE ' [0-9]{2}:[0-9]{2} (第|速)')" -eq "$week" ] ||
	tui_fail "the week does not list its $week hearings"
tui_keys w
tui_wait "2026年11月23日 星期一"
[ "$(tui_line 4)" = "$first" ] || tui_fail "back from the week, the day's first row changed"

# The day's sheet: as text, the bytes `report hearings` writes; as PDF.
tui_keys p
tui_wait "开庭排期表-2026-11-23.pdf"
tui_keys C-u
tui_type "排期.txt"
tui_keys Enter
tui_wait "已保存开庭排期表到 排期.txt"
tc report hearings --date $day >"$TUI_DIR/cli.txt"
cmp -s "$TUI_DIR/cli.txt" "$HOME/排期.txt" || tui_fail "the saved sheet differs from report hearings"
tui_keys p
tui_wait "开庭排期表-2026-11-23.pdf"
tui_keys F2
tui_wait "已保存开庭排期表到 开庭排期表-2026-11-23.pdf"
pdftotext "$HOME/开庭排期表-2026-11-23.pdf" - | grep -q "^开庭排期表$" || tui_fail "the PDF has no title"

# ---- a room added on the 名册 screen ----
tui_keys 3
tui_wait "调解员"
tui_keys t
tui_wait "名册 › 开庭地点"
rooms=$(tc room list | sed 1d | wc -l)
tui_has "开庭地点 $rooms 个"
tui_keys a
tui_wait "登记一个开庭地点"
tui_type "第十仲裁庭"
tui_keys Tab
tui_type "18"
tui_keys Tab Tab Tab
tui_type "仲裁院五楼"
tui_keys F2
tui_wait "已登记开庭地点 第十仲裁庭"
tui_has "开庭地点 $((rooms + 1)) 个"
tc room list | grep -qE '^第十仲裁庭 +18 +是 +仲裁院五楼$' || tui_fail "room list does not have the new room"
# Counted after 第四, before 速裁庭.
tui_screen | sed -n "4,$((4 + rooms))p" | sed 's/^ //; s/ .*//' | tr '\n' ' ' | grep -q '第四仲裁庭 第十仲裁庭 速裁庭' ||
	tui_fail "the new room is not in room order"
# A hearing moved into it from the command line is on the 庭审 screen
# when the room is shown alone.
ref=$(head -n 1 "$TUI_DIR/day.txt" | cut -d'|' -f4)
tc case hearing-postpone "$ref" --reason 改在新开庭地点 --at '2026-11-30 08:00' --room 第十仲裁庭 \
	>/dev/null || tui_fail "could not move $ref into the new room"
tui_keys 5
tui_wait "2026年11月23日 星期一"
tui_keys "}"
tui_wait "2026年11月30日 星期一"
r=0
while ! tui_line 2 | grep -q "第十仲裁庭 ·" && [ $r -lt 8 ]; do
	tui_keys r
	r=$((r + 1))
done
tui_line 2 | grep -q "第十仲裁庭 · 待开庭 1 场" || tui_fail "r never showed the new room alone"
tui_has " 08:00-09:00 第十仲裁庭 "
exit 0
