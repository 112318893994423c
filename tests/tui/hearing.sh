#!/bin/sh
# Scheduling a hearing from the case file at 80x24: a hearing two days
# ahead is refused before any confirmation, with the whole reason on the
# screen (the 5-day notice, the earliest day it allows, the form's field
# to write the reason in, not the command line's option); with the reason
# for the short notice it is asked, saved and shown in the case file.  A
# second hearing at the same time with the same arbitrator is refused,
# naming the other case.
. "$(dirname "$0")/lib/tui.sh"
. "$(dirname "$0")/lib/office.sh"
tui_setup
tui_office
tc room add 第一仲裁庭 >/dev/null || exit 1
tc room add 速裁庭 --fast 是 >/dev/null || exit 1
# 5 and 6: accepted 11-21, each with a sole arbitrator, 何文斌.
for who in "吴光荣 522601198801010014" "龙小兰 522601199002020026"; do
	set -- $who
	tc case add --applicant "$1" --applicant-id "$2" --employer 贵州某某劳务有限公司 \
		--claim 工资:9800 --received 2026-11-20 >/dev/null 2>&1 || exit 1
done
for n in 5 6; do
	tc case accept 2026-$n --on 2026-11-21 >/dev/null 2>&1 || exit 1
	tc case tribunal 2026-$n --sole 何文斌 >/dev/null 2>&1 || exit 1
done
tc case hearing 2026-6 --at '2026-11-24 09:30' --room 速裁庭 --short-notice 双方同意 >/dev/null 2>&1 || exit 1

tui_start 80 24
tui_keys 2
tui_wait "请求金额"
tui_keys /
tui_type "吴光荣"
tui_wait "2026-5 "
tui_keys Enter Enter
tui_wait "案件详情"
tui_keys h
tui_wait "开庭排期"
tui_keys Tab
tui_type "2026-11-24 09:30"
tui_keys Tab
tui_type "第一仲裁庭"
tui_keys F2
tui_wait "最早可定于 2026-11-27"
tui_lacks "确认对"
tui_has "不足 5 日"
# In the form's own words: the field, not the command line's option.
tui_has "「提前开庭理由」"
tui_lacks "--short-notice"
# The refusal put the cursor on the reason's field.  The room is not the
# clash: 何文斌 hears case 6 at 09:30.
tui_type "双方当事人同意提前开庭"
tui_keys F2
tui_wait "第6号 的开庭冲突"
tui_lacks "确认对"
tui_has "何文斌"
# The cursor is on the time now; an hour later he is free.
tui_keys C-u
tui_type "2026-11-24 10:30"
tui_keys F2
tui_wait "确认对"
tui_keys y
tui_wait "已办理「开庭」"
tc hearings --case 2026-5 | grep -q "2026-11-24 10:30-11:30  第一仲裁庭  2026-5" ||
	tui_fail "the hearing was not saved as typed"
# Further down the case file: the tribunal and the hearing.
for k in PageDown PageDown; do tui_keys $k; done
tui_wait "第 1 次开庭 2026-11-24 10:30-11:30  第一仲裁庭  已排期"
tui_has "仲裁庭 独任仲裁员 何文斌"
exit 0
