#!/bin/sh
# A legal-aid lawyer reviews their docket read-only: only their linked
# case, ID numbers masked, and no key that changes anything anywhere (not
# on the bar, not in help, and pressing one does nothing).  On the 名册 the
# staff's mobile numbers and the reason for a suspension are not shown to
# the lawyer, though the admin sees both on the same screen.
. "$(dirname "$0")/lib/tui.sh"
. "$(dirname "$0")/lib/office.sh"
tui_setup
tui_office
tc roster suspend 陈立平 --reason 家中有事请假 >/dev/null || exit 1

# The admin's 名册: 陈立平 (the first row) with his mobile and the reason.
tui_start 100 30
tui_keys 3
tui_wait "调解员"
tui_has "电话 13985017342"
tui_has "暂停: 家中有事请假"
tmux -L "$TUI_SOCK" kill-server
TUI_SOCK="$TUI_SOCK-lawyer" # a fresh server, not the one going away

tui_start 100 30 TIAOCAI_USER=lvshi
tui_has "只读"
tui_keys 2
tui_wait "请求金额"
tui_has "欧阳晓梅"
tui_lacks "王芳"
tui_lacks "李强"
tui_has "共 1 件"
tui_keys Enter
tui_wait "案件详情"
tui_has "只读"
tui_lacks "可办理"
tui_lacks "52010219900715002X"
tui_has "身份证"
bar=$(tui_line 30)
for word in 受理 不予受理 案前调解 收案 撤回 报表; do
	case "$bar" in
	*"$word"*) tui_fail "bar offers $word to a lawyer: $bar" ;;
	esac
done
# The accept key does nothing for a lawyer.
tui_keys a
tui_lacks "受理日期"
tui_keys n
tui_lacks "申请人姓名"
[ "$(tc case show 2026-2 | grep -c 收案)" -ge 1 ] || tui_fail "case moved"
# Nor reports and exports (the weekly summary names every case).
tui_keys 4
tui_lacks "工作周报"
tui_keys ?
tui_wait "按键说明"
tui_lacks "受理 (立案)"
tui_lacks "登记新的仲裁申请"

# The lawyer's 名册: the same person and standing, no phone, no reason.
tui_keys q
tui_keys 3
tui_wait "调解员"
tui_has "陈立平"
tui_has "暂停"
tui_lacks "电话"
tui_lacks "13985017342"
tui_lacks "家中有事请假"
exit 0
