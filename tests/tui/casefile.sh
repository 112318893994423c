#!/bin/sh
# The case file keeps a case correct from the screen where it is shown.
# On an 80x24 terminal a clerk changes a party's phone number (Enter on
# the party, Ctrl-U, the number, F2, y: no reason needed for a phone) and
# sees the new number on the party's line and 电话已更正 in the timeline;
# records a payment and sees it under 履行付款 and in the case's 已支付; a
# correction on a case another clerk changed meanwhile is refused.  A
# supervisor reverts a mistaken award: the confirmation names what is
# undone, the case is back in 审理中 and the timeline marks the award
# [已撤销].  The clerk is not offered the revert; a legal-aid lawyer sees
# the new sections and no correction key at all, and their keys do nothing.
. "$(dirname "$0")/lib/tui.sh"
. "$(dirname "$0")/lib/office.sh"
tui_setup
tui_office
tc user add --login xu --name 许书记员 --role clerk >/dev/null || exit 1
tc user add --login han --name 韩科长 --role supervisor >/dev/null || exit 1
# 5: heard and awarded in full, closed; the award was a mistake.
tc case add --applicant 杨光 --applicant-id 522121198801010039 --phone 13908510001 \
	--employer 贵州某物业服务有限公司 --claim 工资:6400 --received 2026-11-03 >/dev/null || exit 1
tc case accept 2026-5 --on 2026-11-04 >/dev/null || exit 1
tc case hearing 2026-5 --on 2026-11-05 --at '2026-11-16 09:30' --arbitrator 何文斌 >/dev/null || exit 1
tc case hearing-held 2026-5 --on 2026-11-16 >/dev/null || exit 1
tc case award 2026-5 --on 2026-11-20 --amount 6400 >/dev/null || exit 1
tc case party edit 2026-1 a1 --phone 13800000000 --reason 登记时遗漏 >/dev/null || exit 1

# ---- the clerk, 80x24 ----
tui_start 80 24 TIAOCAI_USER=xu
tui_keys 2
tui_wait "请求金额"
tui_keys /
tui_type "王芳"
tui_wait "2026-1 "
tui_keys Enter Enter
tui_wait "案件详情"
# The parties with their numbers, the keys beside the section.
tui_has "当事人  Enter/E 更正当事人  A 追加当事人"
tui_has "a1  王芳"
tui_has "r1  贵阳某建筑劳务有限公司"
tui_lacks "U 撤销"
# The first party is selected: Enter opens its form, the cursor on the
# phone.
tui_keys Enter
tui_wait "更正当事人"
tui_has "王芳"
tui_keys C-u
tui_type "13985012345"
tui_keys F2
tui_wait "确认更正当事人 a1 王芳: 电话 (理由: 当事人告知新的联系方式)"
tui_keys y
tui_wait "已记录: 更正申请人 a1 王芳, 电话已更正"
tui_has "a1  王芳  男  身份证 52010219850312001X  电话 13985012345"
tc case show 2026-1 | grep -q "13985012345" || tui_fail "the new phone was not saved"
# The timeline's last line; Enter shows it whole.
tui_keys G
tui_wait "更正申请人 a1 王芳, 电话已更正"
tui_keys Enter
tui_wait "xu: 更正申请人 a1 王芳, 电话已更正; 理由: 当事人告知新的联系方式"

# A payment of 3000 towards the claim.
tui_keys '$'
tui_wait "登记付款"
tui_type "3000"
tui_keys F2
tui_wait "确认履行付款 3,000.00 元"
tui_keys y
tui_wait "已记录: 2026-11-22 付款 ¥3,000.00"
tui_keys g
tui_keys PageDown
tui_wait "履行付款  \$ 付款"
tui_has "2026-11-22    ¥3,000.00 全案"
tui_has "      合计          ¥8,600.00            -    ¥3,000.00"
tc case show 2026-1 --format json | grep -q '"paid": "3000.00"' || tui_fail "the payment was not saved"

# E with no party selected selects the first and says so; again, the form.
# Meanwhile another clerk changes the case: the correction is refused, the
# form closes and the case file shows the other clerk's note.
tui_keys g
tui_keys E
tui_wait "请先用 j/k 选中当事人, 再按 E (更正当事人)"
tui_keys E
tui_wait "更正当事人"
tui_keys C-u
tui_type "13985019999"
tc case note 2026-1 申请人另留电话待核实 >/dev/null || tui_fail "the other clerk's note failed"
tui_keys F2
tui_wait "确认更正当事人"
tui_keys y
tui_wait "案件已被他人修改"
tui_lacks "13985019999"
tui_keys G
tui_wait "备注: 申请人另留电话待核实"
tc case show 2026-1 | grep -q "13985012345" || tui_fail "the stale correction was saved"
tmux -L "$TUI_SOCK" kill-server
TUI_SOCK="$TUI_SOCK-sup"

# ---- the supervisor reverts the award ----
tui_start 100 40 TIAOCAI_USER=han
tui_keys 2
tui_wait "请求金额"
tui_keys /
tui_type "杨光"
tui_wait "2026-5 "
tui_keys Enter Enter
tui_wait "阶段: 结案"
tui_has "U 撤销"
tui_keys U
tui_wait "将撤销: 「裁决」 2026-11-20"
tui_type "裁决金额录入有误"
tui_keys F2
tui_wait "确认撤销 「裁决」 2026-11-20 (详见上方)?"
tui_keys y
tui_wait "阶段: 审理中"
tui_has "◆审理"
tui_has "已记录: 撤销日志第"
tui_has "[已撤销] 裁决"
tc case show 2026-5 | grep -q "阶段: 审理中" || tui_fail "the case was not reopened"
tmux -L "$TUI_SOCK" kill-server
TUI_SOCK="$TUI_SOCK-lawyer"

# ---- the lawyer: the case file whole, no correction ----
tui_start 100 30 TIAOCAI_USER=lvshi
tui_keys 2
tui_wait "请求金额"
tui_keys Enter
tui_wait "案件详情"
tui_has "a1  欧阳晓梅"
tui_has "履行付款"
for word in 更正当事人 追加当事人 委托代理人 增加请求 "$ 付款" "U 撤销" "N 备注" "O 承办人"; do
	tui_lacks "$word"
done
tui_keys Enter
tui_keys E
tui_keys '$'
tui_keys U
tui_lacks "更正当事人"
tui_lacks "登记付款"
tui_lacks "将撤销"
tui_keys ?
tui_wait "按键说明"
tui_lacks "更正 (作用于选中的一行)"
exit 0
