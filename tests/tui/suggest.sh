#!/bin/sh
# The mediator picker in suggest order: on an 80x24 terminal a clerk opens
# 调解 on a construction case against 贵州黔城建工集团有限公司 brought by a
# worker from 凯里; before anything is chosen the field names the first
# suggestions, the first → shows the first one of `case suggest` with its
# reasons on the bottom line, ← from the start reaches the respondent's own
# committee member marked 回避, and saving the first suggestion assigns
# her or him.  The roster screen shows a mediator's record of the year.
. "$(dirname "$0")/lib/tui.sh"
. "$(dirname "$0")/lib/office.sh"
tui_setup
tui_office
# 5: accepted 11-21, waiting for a mediator.
tc case add --applicant 吴光荣 --applicant-id 522601198801010014 \
	--employer 贵州黔城建工集团有限公司 --claim 工资:9800 --industry 建筑业 \
	--received 2026-11-20 >/dev/null || exit 1
tc case accept 2026-5 --on 2026-11-21 >/dev/null 2>&1 || exit 1
first=$(tc case suggest 2026-5 --format csv --header en | tr -d '\r' | sed -n '2p' | cut -d, -f2 | tr -d '"')
last=$(tc case suggest 2026-5 --format csv --header en | tr -d '\r' | tail -n 1 | cut -d, -f2,4 | tr -d '"')
[ -n "$first" ] || { echo "no suggestion from the command line"; exit 1; }
[ "$last" = "潘玉珍,1" ] || { echo "the respondent's committee member is not last and marked: $last"; exit 1; }

tui_start 80 24
tui_keys 2
tui_wait "请求金额"
tui_keys /
tui_type "吴光荣"
tui_wait "2026-5 "
tui_keys Enter Enter
tui_wait "案件详情"
tui_keys m
tui_wait "仲裁调解"
tui_keys Tab
tui_wait "推荐: 1 $first"
tui_keys Right
tui_wait "1 $first"
# The line above the keys: the reasons of the one shown.
tui_screen | grep -q "^ 专长对口: " || tui_fail "no reasons on the bottom line"
# Back past the empty choice to the last: the one who must step aside.
tui_keys Left Left
tui_wait "潘玉珍 回避"
tui_screen | grep -q "^ 回避: 所属 贵州黔城建工集团有限公司劳动争议调解委员会 与被" ||
	tui_fail "the 回避 ground is not on the bottom line"
tui_keys Right Right
tui_wait "1 $first"
tui_keys F2
tui_wait "确认对"
tui_keys y
tui_wait "已办理「调解」"
tc case show 2026-5 | grep -q "调解员.*$first" || tui_fail "the first suggestion was not assigned"

# The roster: the selected person's record of the year.
tui_keys 3
tui_wait "调解员"
tui_wait "2026年 承办"
tui_has "2026年 承办 1 件 · 已结 0 件 · 调解成功 0 件"
exit 0
