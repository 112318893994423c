#!/bin/sh
# Two clerks on one database.  The docket rereads on its own (no key
# pressed) and shows a case another clerk registered; an event saved on a
# case that the other clerk moved meanwhile is refused, says so, and the
# case file shows the case as it now stands.
. "$(dirname "$0")/lib/tui.sh"
. "$(dirname "$0")/lib/office.sh"
tui_setup
tui_office

tui_start 100 30 TIAOCAI_REFRESH=1
tui_keys 2
tui_wait "共 4 件"
tc case add --applicant 韦小宝 --applicant-id 52042219950808005X \
	--employer 安顺某纺织有限公司 --claim 工资:5200 --received 2026-11-21 >/dev/null
tui_wait "韦小宝"
tui_has "共 5 件"

# Open 王芳's case (the second row, after 李强's, overdue longer on its
# tribunal clock) and start accepting it.
tui_keys g j Enter
tui_wait "案件详情"
tui_has "王芳"
tui_keys a
tui_wait "受理日期"
# Meanwhile the other clerk refuses it.
tc case refuse 2026-1 --reason 不属于受案范围 >/dev/null || tui_fail "the other clerk could not refuse"
# Saving finds that out before it asks for confirmation: straight back to
# the case as it now stands, with the reason.
tui_keys F2
tui_wait "阶段: 结案"
tui_lacks "确认对"
tui_has "不能受理"
[ "$(tc case show 2026-1 | grep -c 不予受理)" -ge 1 ] || tui_fail "the other clerk's refusal was lost"
exit 0
