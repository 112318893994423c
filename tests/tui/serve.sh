#!/bin/sh
# Service on the first screen and the 庭审 screen at 100x30: a hearing's
# notice made for both parties, the worker's served, the respondent's not:
# 首页 lists the respondent's notice under 待送达 and the hearing under
# 未依法通知 naming the respondent, Enter opens the case; the 庭审 week
# says 未通知 1 人 in the hearing's row and names the respondent on the
# detail line.  Served too late (3 days before) it stays 未依法通知; a
# hearing whose parties were served in time is not listed.
. "$(dirname "$0")/lib/tui.sh"
tui_setup
tc init >/dev/null || exit 1
tc user add --login "$(id -un)" --name 窗口书记员 --role admin >/dev/null || exit 1
tc roster import "$TUI_TOP/sample-data/roster.csv" >/dev/null || exit 1
tc room add 第一仲裁庭 >/dev/null || exit 1
for who in "吴光荣 522601198801010014 贵州某某劳务有限公司" "龙小兰 522601199002020026 贵阳某餐饮有限公司"; do
	set -- $who
	tc case add --applicant "$1" --applicant-id "$2" --employer "$3" \
		--claim 工资:9800 --received 2026-11-20 >/dev/null 2>&1 || exit 1
done
# Both accepted today, heard on Mon 11-30 at 09:30 and 14:30.
tc case accept 2026-1 >/dev/null 2>&1 || exit 1
tc case accept 2026-2 >/dev/null 2>&1 || exit 1
tc case hearing 2026-1 --at '2026-11-30 09:30' --room 第一仲裁庭 --arbitrator 何文斌 >/dev/null 2>&1 || exit 1
tc case hearing 2026-2 --at '2026-11-30 14:30' --room 第一仲裁庭 --arbitrator 何文斌 >/dev/null 2>&1 || exit 1
tc doc make 2026-1 开庭通知书 -o n1.txt >/dev/null 2>&1 || exit 1
tc doc make 2026-2 开庭通知书 -o n2.txt >/dev/null 2>&1 || exit 1
# Case 1: the worker served today, the employer not.  Case 2: both today.
tc case serve 2026-1 --doc 1 --method 直接 --on 2026-11-22 >/dev/null || exit 1
tc case serve 2026-2 --doc 1 --method 直接 --on 2026-11-22 >/dev/null || exit 1
tc case serve 2026-2 --doc 2 --method 邮寄 --on 2026-11-22 >/dev/null || exit 1

tui_start 100 30
tui_wait "待送达  共 1 件"
tui_has "第2号 开庭通知书"
tui_has "未依法通知  共 1 件"
row=$(tui_screen | grep -n "11-30 09:30" | head -n 1)
case "$row" in
*2026-1*吴光荣*贵州某某劳务有限公司*) ;;
*) tui_fail "the hearing of case 1 is not listed as not notified: $row" ;;
esac
tui_lacks "14:30"
# Enter on the hearing opens its case.
tui_keys "]" "]" "]" "]" "]"
tui_keys Enter
tui_wait "案件详情"
tui_has "吴光荣"
tui_keys q
tui_wait "首页"

# 庭审, the week of 11-30: the row says so, the detail line names them.
tui_keys 5
tui_wait "(今天)"
tui_keys w
tui_wait "第47周"
tui_keys "]" "]"
tui_wait "第49周"
tui_has "未通知 1 人"
[ "$(tui_screen | grep -c '未通知')" -eq 1 ] || tui_fail "another hearing is marked"
tui_wait "未依法通知: 贵州某某劳务有限公司"
tui_keys q

# Served three days before (Fri 11-27, TIAOCAI_TODAY moves on): too late.
tmux -L "$TUI_SOCK" kill-server 2>/dev/null
export TIAOCAI_TODAY=2026-11-27
tc case serve 2026-1 --doc 2 --method 邮寄 --on 2026-11-27 >/dev/null || exit 1
tui_start 100 30
tui_wait "待送达  无待送达文书"
tui_has "未依法通知  共 1 件"
exit 0
