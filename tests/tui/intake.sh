#!/bin/sh
# A clerk registers a case typed in Chinese: a name with a zero-width
# space and one wrong ID number first
# (the message stands beside the field and nothing is saved), corrected
# (the worker's age, 146, is remarked beside it but does not stop the
# saving), the claim typed under the applicant, and saved; the case is
# found again by a 2-character search, opened and accepted, and its
# clock changes from 受理审查 to 仲裁审限.  The same worker and employer
# registered again: the screen names the open case and asks; no saves
# nothing, yes asks why and saves the new case with the reason.
. "$(dirname "$0")/lib/tui.sh"
tui_setup
tc init >/dev/null || exit 1
tc user add --login "$(id -un)" --name 窗口书记员 --role admin >/dev/null || exit 1

tui_start 100 30
tui_keys n
tui_wait "申请人姓名"
# A zero-width space in a name is refused as the field is left, with the
# same message the command line gives; the core's one check.
tui_type "$(printf '欧阳\342\200\213晓梅')"
tui_keys Tab
tui_wait "U+200B"
tui_has "零宽空格"
tui_keys BTab
tui_keys C-u
tui_type "欧阳晓梅"
tui_keys Tab
tui_lacks "U+200B"
# The real cursor stands in the ID field, after nothing yet.
tui_type "440524188001010015"
tui_keys Tab
tui_wait "校验位"
tui_keys F2
tui_wait "校验位"
[ "$(tc case list --format csv | wc -l)" -le 1 ] || tui_fail "a case was saved with a bad ID"

# F2 put the cursor back on the faulty field: clear it, type the right one.
tui_keys C-u
tui_type "440524188001010014"
tui_keys Tab
tui_lacks "校验位"
# Born in 1880: not refused, but remarked beside the field.
tui_has "收案时已 146 岁"
# The applicant's own claim follows: 工资 is the first choice; typed
# through the input method, 工资 stays 工资 (not the next choice with 工).
tui_keys Tab
tui_type "工资"
tui_has "工资         ← →"
tui_keys Tab
tui_type "8600"
# Three Tabs at once (not a paste: no line in them) move three fields,
# to the respondent, whose message from the F2 above stands below.
tui_keys Tab Tab Tab
tui_line 28 | grep -q "^ 被申请人: 必须填写" || tui_fail "three Tabs did not reach the respondent"
tui_type "贵阳某建筑劳务有限公司"
tui_keys F2
tui_wait "确认收案"
tui_keys y
tui_wait "已收案"
tui_has "贵劳人仲案字〔2026〕第1号"
tui_has "受理审查"
tui_has "欧阳晓梅"
[ "$(tc case list --format csv | wc -l)" -eq 2 ] || tui_fail "the case was not saved once"

# Found again by two characters of the name.
tui_keys q
tui_keys 2
tui_wait "请求金额"
tui_keys /
tui_type "晓梅"
tui_wait "2026-1 "
tui_has "欧阳晓梅"
tui_keys Enter
tui_keys Enter
tui_wait "案件详情"
tui_has "a 受理"

# Accept it: the form asks for the date, confirms, and the clock changes.
tui_keys a
tui_wait "受理日期"
tui_keys F2
tui_wait "确认对"
tui_keys y
tui_wait "已办理「受理」"
tui_has "仲裁审限"
tui_has "2027-01-06"
# 2027 has no notice loaded: the case file says how it was counted.
tui_has "注意: 2027 年国务院放假安排未载入, 暂按法定节假日计算"
tui_has "◆调解"

# The same worker against the same employer again: a likely duplicate.
tui_keys q
tui_keys n
tui_wait "申请人姓名"
tui_type "欧阳晓梅"
tui_keys Tab
tui_type "440524188001010014"
tui_keys Tab Tab Tab
tui_type "8600"
tui_keys Tab Tab Tab
tui_type "贵阳某建筑劳务有限公司"
tui_keys F2
tui_wait "确认收案"
tui_keys y
tui_wait "可能是重复登记 (见下方): 仍要另立一案?"
tui_has "已在未结案件 贵劳人仲案字〔2026〕第1号 中"
tui_keys n
tui_wait "未保存"
[ "$(tc case list --format csv | wc -l)" -eq 2 ] || tui_fail "a duplicate was saved on no"
tui_has "收案登记"
# Yes, and why: saved, with the reason kept.
tui_keys F2
tui_wait "确认收案"
tui_keys y
tui_wait "仍要另立一案?"
tui_keys y
tui_wait "另立一案的理由"
tui_keys F2
tui_wait "必须填写"
[ "$(tc case list --format csv | wc -l)" -eq 2 ] || tui_fail "saved without a reason"
tui_type "前案请求有误另行申请"
tui_keys F2
tui_wait "已收案: 贵劳人仲案字〔2026〕第2号"
[ "$(tc case list --format csv | wc -l)" -eq 3 ] || tui_fail "the duplicate was not saved on yes"
tc case show 2026-2 | grep -q "前案请求有误另行申请" || tui_fail "the reason was not kept"
exit 0
