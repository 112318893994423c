#!/bin/sh
# A tab keeps its state: the docket's filter, sort, search and selected row,
# and the roster's found person, are there again after a visit to 首页 (`1`
# then `2`), at 80x24 and at 160x50.  q goes back one screen from a screen
# opened on a tab (the case file, the help, the filter form), to the tab
# as it was; and the help lists the keys that move in the lists: PgDn is
# the next page everywhere, `]` the next list on 首页, `/` finds on 名册.
. "$(dirname "$0")/lib/tui.sh"
. "$(dirname "$0")/lib/office.sh"
tui_setup
tui_office

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
# The help screen has the line KEYS ... TEXT (keys are ASCII: padded by
# bytes as by columns).
help_has() {
	tui_has "$(printf '   %-18s %s' "$1" "$2")"
}
# The case number (short form, "2026-3") of the docket's row on line N.
row() {
	tui_line "$1" | sed 's/^ *//; s/ .*//'
}

keep() {
	tui_start "$1" "$2"
	expect "首页"
	tui_keys 2
	tui_wait "共 4 件"
	# Only open cases (3), sorted by case number, the second one selected.
	tui_keys f
	tui_wait "筛选案件"
	tui_keys Down Down Down Down Right Enter
	tui_wait "只看未结"
	tui_keys s
	tui_wait "按案号"
	tui_has "共 3 件"
	second=$(row 5)
	tui_keys j
	tui_keys 1
	expect "首页"
	tui_keys 2
	expect "案件"
	tui_has "共 3 件  按案号 只看未结"
	[ "$(row 5)" = "$second" ] || tui_fail "the docket came back with other rows"
	# Enter opens the row that was selected; q comes back to the docket.
	tui_keys Enter
	expect "案件 › 案件详情"
	case "$second" in
	20*-*) tui_has "第${second#*-}号" ;;
	*) tui_has "$second" ;;
	esac
	tui_keys q
	expect "案件"
	tui_has "共 3 件  按案号 只看未结"
	# The filter form and the help go back to the docket too.
	tui_keys f
	expect "案件 › 筛选"
	tui_keys Escape
	expect "案件"
	tui_keys ?
	expect "案件 › 帮助"
	tui_keys q
	expect "案件"
	tui_has "只看未结"

	# A search kept with Enter is there after 3 and 2.
	tui_keys /
	tui_type "王芳"
	tui_keys Enter
	tui_wait "搜索:“王芳”"
	tui_keys 3
	expect "名册"
	tui_keys 2
	expect "案件"
	tui_has "共 1 件  按案号 只看未结 搜索:“王芳”"
	tui_has "王芳"
	# q first clears the search, then goes back to 首页.
	tui_keys q
	tui_wait "共 3 件  按案号 只看未结"
	tui_lacks "搜索:"
	tui_keys q
	expect "首页"
	tui_lacks "程序已退出"

	# 名册: `/` finds a person as the name is typed; found, kept across 1 3.
	tui_keys 3
	expect "名册"
	tui_keys /
	tui_type "岑光明"
	tui_keys Enter
	tui_wait " 岑光明  仲裁员 ·"
	tui_keys 1
	expect "首页"
	tui_keys 3
	expect "名册"
	tui_has " 岑光明  仲裁员 ·"
	# Nothing found: said so, and Esc goes back to where the search began.
	tui_keys /
	tui_keys C-u
	tui_type "无此人"
	tui_wait "没有找到"
	tui_keys Escape
	tui_has " 岑光明  仲裁员 ·"

	# The help of 首页 and of 名册 lists the keys that work there.
	tui_keys 1
	expect "首页"
	tui_keys ?
	expect "首页 › 帮助"
	help_has "PgDn / Ctrl-F" "下一页"
	help_has "PgUp / Ctrl-B" "上一页"
	help_has "]" "到下一个列表"
	help_has "[" "到上一个列表"
	tui_lacks "边输边找"
	tui_keys q
	expect "首页"
	tui_keys 3
	tui_keys ?
	expect "名册 › 帮助"
	help_has "PgDn / Ctrl-F" "下一页"
	help_has "/" "边输边找"
	tui_lacks "到下一个列表"
	tui_keys q
	expect "名册"
	tui_keys q
	expect "首页"
	tui_keys q
	tui_wait "程序已退出 0"

	tmux -L "$TUI_SOCK" kill-server
	TUI_SOCK="$TUI_SOCK-x" # a fresh server, not the one going away
}

keep 80 24
keep 160 50
exit 0
