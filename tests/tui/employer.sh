#!/bin/sh
# Employers and each person's own work (issue 10): a credit code typed
# into the docket's `/` finds its cases; `b` on the selected case opens the
# 被申请人 view (every case against that credit code, open and closed
# counts, amounts claimed, settled or awarded, and paid), from the docket
# and from the case file; the filter form keeps 集体争议 and 挂牌督办; a
# mediator's 首页 opens on the cases they mediate, the office's a key (o)
# away.
. "$(dirname "$0")/lib/tui.sh"
. "$(dirname "$0")/lib/office.sh"
tui_setup
tui_office
# 5 and 6: one employer under two names, by one credit code; 6 settled for
# 5000 and 2000 of it paid.  7: ten workers, 150000: collective, 挂牌督办.
tc case add --applicant 杨光 --applicant-id 520103199303030010 \
	--employer 贵阳某餐饮管理有限公司 --uscc 91520113MAX87XQ335 --claim 工资:6800 \
	--received 2026-11-18 >/dev/null || exit 1
tc case add --applicant 陈静 --applicant-id 520103199202020016 \
	--employer 贵阳某餐饮有限公司 --uscc 91520113MAX87XQ335 --claim 工资:6500 \
	--received 2026-11-02 >/dev/null || exit 1
tc case accept 2026-6 --on 2026-11-03 >/dev/null || exit 1
tc case mediate 2026-6 --on 2026-11-04 --mediator 王芳 >/dev/null || exit 1
tc case settle 2026-6 --on 2026-11-12 --amount 5000 >/dev/null || exit 1
sqlite3 "$TIAOCAI_DB" "INSERT INTO payments(case_id, amount, paid_on) VALUES (6, 200000, '2026-11-15');
	UPDATE cases SET paid = 200000 WHERE id = 6" || exit 1
args=""
for id in 520102198501010036 520102198501010052 520102198501010079 520102198501010095 \
	520102198501010116 520102198501010132 520102198501010159 520102198501010175 \
	520102198501010191 520102198501010212; do
	args="$args --applicant 龙阿 --applicant-id $id"
done
tc case add $args --employer 贵州黔城建工集团有限公司 --claim 工资:150000 \
	--received 2026-11-17 >/dev/null || exit 1
tc user add --login chenlp --name 陈立平 --role mediator --person 陈立平 >/dev/null || exit 1

tui_start 100 30
tui_keys 2
tui_wait "请求金额"

# `/` with a credit code, typed in lower case: its two cases.
tui_keys /
tui_type 91520113max87xq335
tui_keys Enter
tui_wait "共 2 件"
tui_has " 2026-5 "
tui_has " 2026-6 "
tui_lacks " 2026-1 "

# `b`: the employer's view, from the docket's selected row.
tui_keys b
tui_wait "统一社会信用代码 91520113MAX87XQ335"
tui_has "共 2 件  未结 1 件 · 已结 1 件"
tui_has "请求金额 ¥13,300.00 · 调解或裁决 ¥5,000.00 · 已兑现 ¥2,000.00"
tui_has "被申请人"
[ "$(tui_screen | grep -c ' 2026-[56] ')" -eq 2 ] || tui_fail "two cases listed"
tui_has "¥2,000.00"
# Enter opens a case; `b` from the case file opens the view again; q back.
tui_keys Enter
tui_wait "案件详情"
tui_keys b
tui_wait "统一社会信用代码 91520113MAX87XQ335"
tui_has "调解或裁决 ¥5,000.00"
tui_keys q
tui_wait "案件详情"
tui_keys q
tui_keys q
tui_wait "搜索:“91520113max87xq335”"

# A name without a code: the view finds its cases by the name whole.
tui_keys /
tui_keys Escape
tui_keys /
tui_type 欧阳晓梅
tui_keys Enter
tui_wait "共 1 件"
tui_keys b
tui_wait "(无统一社会信用代码, 按名称查找)"
tui_has "贵州黔城餐饮管理有限公司"
tui_has "共 1 件  未结 1 件 · 已结 0 件"
tui_keys q
tui_wait "搜索:“欧阳晓梅”"
tui_keys /
tui_keys Escape

# The filter form: 集体争议 (the seventh field) is kept, and shown.
tui_keys f
tui_wait "筛选案件"
tui_keys Tab Tab Tab Tab Tab Tab Right F2
tui_wait "集体争议"
tui_wait "共 1 件"
tui_has " 2026-7 "
tui_keys f
tui_wait "筛选案件"
tui_keys Tab Tab Tab Tab Tab Right F2
tui_wait " 挂牌督办 集体争议"
tui_wait "共 1 件"
tui_keys q

# A mediator's 首页: the cases they mediate first (陈立平: case 3, its
# tribunal clock overdue), the office's a key away.
tui_keys q
tui_wait "程序已退出 0"
tmux -L "$TUI_SOCK" kill-server 2>/dev/null
TUI_SOCK="$TUI_SOCK-mediator"
tui_start 100 30 TIAOCAI_USER=chenlp
tui_wait "本人调解"
tui_has "超期  共 1 件"
tui_has " 2026-3 "
tui_lacks " 2026-1 "
tui_has "o全院/本人"
tui_keys o
tui_wait "全院"
tui_wait " 2026-1 "
tui_lacks "本人调解"
tui_keys o
tui_wait "本人调解"
tui_lacks " 2026-1 "
exit 0
