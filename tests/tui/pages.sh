#!/bin/sh
# PgDn means one thing on every screen: the next page of the list that has
# the focus, the rows after the last one shown (PgUp: back).  On the docket,
# the roster, one of 首页's lists (PgDn used to jump to the next list: that
# is `]` now) and the weekly summary, at 80x24 and at 160x50, on the demo
# office (300 cases) with 12 more mediators, so the roster is two pages at
# 80x24.
. "$(dirname "$0")/lib/tui.sh"
tui_setup
tc demo >/dev/null || exit 1
for n in 一 二 三 四 五 六 七 八 九 十 十一 十二; do
	tc roster add --role mediator --name "林$n" >/dev/null || exit 1
done

# The roster in its screen's order (mediators, arbitrators, clerks).
names=$(tc roster list --format csv | tr -d '\r' | sed 1d | cut -d, -f1 | tr -d '"')
npeople=$(printf '%s\n' "$names" | grep -c .)
nth() { # nth N: the Nth name (from 1)
	printf '%s\n' "$names" | sed -n "${1}p"
}
# The first cell of screen line N, without its padding.
cell() {
	tui_line "$1" | sed 's/^ *//; s/ .*//'
}

pages() {
	cols=$1 rows=$2
	tui_start "$cols" "$rows"
	tui_wait "快立"

	# 首页: PgDn pages the overdue list (it has the focus), not the next
	# list; the selection is on the new page: Enter opens its first case.
	title=$(tui_screen | grep '超期  共 22 件')
	shown=$(printf '%s' "$title" | sed -n 's/.*(显示前 \([0-9]*\) 件).*/\1/p')
	[ -n "$shown" ] || tui_fail "the overdue list shows all its cases: $title"
	last=$((2 * shown > 22 ? 22 : 2 * shown))
	tui_keys NPage
	tui_wait "超期  共 22 件 (显示第 $((last - shown + 1))-$last 件)"
	at=$(tui_screen | grep -n '超期  共 22 件' | cut -d: -f1)
	# The selection moved a page: row shown+1, on the line below the
	# title's by its place among the rows now shown.
	first=$(cell $((at + 1 + shown - (last - shown))))
	tui_keys Enter
	tui_wait "案件详情"
	case "$first" in
	20*-*) tui_has "第${first#*-}号" ;; # the short number of a narrow terminal
	*) tui_has "$first" ;;
	esac
	tui_keys q
	tui_wait "超期  共 22 件 (显示第 $((last - shown + 1))-$last 件)"
	tui_keys PPage
	tui_wait "超期  共 22 件 (显示前 $shown 件)"
	# `]` gives the focus to the next list with cases; PgDn then pages
	# that one and leaves the overdue list alone.
	tui_keys "]" NPage
	tui_wait "3个工作日内到期  共 42 件 (显示第"
	tui_has "超期  共 22 件 (显示前 $shown 件)"

	# 案件: the first row after PgDn is the one below the last row shown
	# before (Up from it shows that last row again, at the top).
	tui_keys 2
	tui_wait "共 300 件"
	height=$((rows - 6))
	before=$(cell $((3 + height)))
	top=$(cell 4)
	tui_keys NPage
	after=$(cell 4)
	[ "$after" != "$top" ] && [ "$after" != "$before" ] ||
		tui_fail "PgDn on the docket did not show the next page ($top .. $before, then $after)"
	tui_screen | sed -n "4,$((3 + height))p" | grep -q "^ $before " &&
		tui_fail "the next page repeats the last row of the first"
	tui_keys Up
	[ "$(cell 4)" = "$before" ] || tui_fail "above the second page's first row: $(cell 4), want $before"
	tui_keys Home
	[ "$(cell 4)" = "$top" ] || tui_fail "Home did not go back to $top"

	# 名册: the next page starts after the last person shown, and the
	# person below the list is the one selected there.
	tui_keys 3
	tui_wait "调解员 30 人"
	height=$((rows - 8)) # below the list: the person's three lines
	[ "$(cell 4)" = "$(nth 1)" ] || tui_fail "roster starts with $(cell 4), not $(nth 1)"
	if [ "$height" -ge "$npeople" ]; then
		want_top=1 want_sel=$npeople
	else
		want_sel=$((height + 1))
		want_top=$((npeople - height + 1 < want_sel ? npeople - height + 1 : want_sel))
	fi
	tui_keys NPage
	[ "$(cell 4)" = "$(nth $want_top)" ] ||
		tui_fail "roster page 2 starts with $(cell 4), want $(nth $want_top)"
	[ "$(cell $((rows - 4)))" = "$(nth $want_sel)" ] ||
		tui_fail "roster selected $(cell $((rows - 4))), want $(nth $want_sel)"
	tui_keys PPage
	[ "$(cell 4)" = "$(nth 1)" ] || tui_fail "PgUp: roster starts with $(cell 4)"

	# 报表: a page of the weekly summary is the lines that fit.
	tui_keys 4
	tui_wait "劳动人事争议仲裁工作周报"
	page=$((rows - 5))
	tui_wait "第 1-$page 行 共"
	tui_keys NPage
	tui_wait "第 $((page + 1))-$((2 * page)) 行 共"
	tui_keys C-b
	tui_wait "第 1-$page 行 共"
	tui_keys C-f
	tui_wait "第 $((page + 1))-$((2 * page)) 行 共"

	tmux -L "$TUI_SOCK" kill-server
	TUI_SOCK="$TUI_SOCK-x" # a fresh server, not the one going away
}

pages 80 24
pages 160 50
exit 0
