#!/bin/sh
# One meaning of 超期: the dashboard's figure is the number of cases that
# `case list --overdue`, the agenda, the weekly summary and export stats
# give on the same day, each case counted once however many of its clocks
# are late.  A third overdue case with two late clocks (tribunal and 审限)
# makes the point.  And a deadline counted into a year without its holiday
# notice is flagged on the first screen.
. "$(dirname "$0")/lib/tui.sh"
. "$(dirname "$0")/lib/office.sh"
tui_setup
tui_office
tc case add --applicant 赵六 --applicant-id 520102198501010239 --employer 贵州某制药有限公司 \
	--claim 工资:20000 --received 2026-10-01 >/dev/null
tc case accept 2026-5 --on 2026-10-01 >/dev/null
# Accepted 11-20: its 审限 runs into 2027, whose notice is not loaded.
tc case add --applicant 钱七 --applicant-id 520102198501010255 --employer 贵州某物流有限公司 \
	--claim 工资:6000 --received 2026-11-20 >/dev/null
tc case accept 2026-6 --on 2026-11-20 2>/dev/null >/dev/null

n=$(tc case list --overdue --format csv | tail -n +2 | wc -l)
a=$(tc agenda --format csv --header en | grep -c '^"overdue"')
w=$(tc report weekly | sed -n 's/^ *超期 \([0-9]*\) 件：.*/\1/p')
[ "$n" = 3 ] && [ "$a" = 3 ] && [ "$w" = 3 ] ||
	tui_fail "超期: case list $n, agenda $a, weekly $w (want 3 each)"

tui_start 100 30
tui_wait "超期  共 $n 件"
tui_has "赵六"
tui_has "组庭通知"
# The dashboard says that a running deadline is counted provisionally.
tui_has "注意: 2027 年国务院放假安排未载入, 暂按法定节假日计算"
exit 0
