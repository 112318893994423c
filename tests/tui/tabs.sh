#!/bin/sh
# Switching screens: 1 2 3 4 5 open 首页 案件 名册 报表 庭审 directly, Tab
# visits them in that order and back to 首页, and a user who may not export
# (a lawyer) has no 报表 tab: Tab passes it by.  n and ? open their screens
# over the current one, and q comes back to it; q or Esc on another tab goes
# back to 首页, and only q on 首页 quits.
. "$(dirname "$0")/lib/tui.sh"
. "$(dirname "$0")/lib/office.sh"
tui_setup
tui_office

# The header's first line names the screens on the stack.
where() {
	tui_line 1 | sed 's/^ *调裁 › //; s/  .*//'
}
expect() {
	i=0
	while [ "$(where)" != "$1" ] && [ $i -lt 50 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	[ "$(where)" = "$1" ] || tui_fail "expected the screen \"$1\", header: $(tui_line 1)"
}

tui_start 100 30
expect "首页"
tui_keys 4
expect "报表"
tui_keys 2
expect "案件"
tui_keys 1
expect "首页"
for next in 案件 名册 报表 庭审 首页; do
	tui_keys Tab
	expect "$next"
done
tui_keys 2
expect "案件"
tui_keys n
expect "案件 › 收案"
tui_keys Escape
expect "案件"
tui_keys ?
expect "案件 › 帮助"
tui_keys q
expect "案件"
# q and Esc on a tab's own screen go back to 首页 (as the bar's 返回 and the
# help say), they do not quit; q on 首页 quits.
tui_keys q
expect "首页"
tui_lacks "程序已退出"
tui_keys 3
expect "名册"
tui_keys Escape
expect "首页"
tui_keys 4
expect "报表"
tui_keys Escape
expect "首页"
tui_keys 5
expect "庭审"
tui_keys Escape
expect "首页"
tui_lacks "程序已退出"
tui_keys 2
expect "案件"
tui_keys q
expect "首页"
tui_keys q
tui_wait "程序已退出 0"
tmux -L "$TUI_SOCK" kill-server
TUI_SOCK="$TUI_SOCK-lawyer" # a fresh server, not the one going away

tui_start 100 30 TIAOCAI_USER=lvshi
expect "首页"
for next in 案件 名册 庭审 首页; do
	tui_keys Tab
	expect "$next"
done
tui_keys 4
expect "首页"
exit 0
