#!/bin/sh
# Ctrl-C is a key in the interface, not an interrupt: in a form with typed
# input it asks the question Esc asks (no keeps the text, and so does a
# second Ctrl-C; yes goes back to the previous screen, the program still
# running); in an empty form it goes straight back; anywhere else it quits,
# status 0, asking first when a form underneath holds typed input.  A
# SIGINT or SIGTERM sent from outside ends it with 130 or 143.
. "$(dirname "$0")/lib/tui.sh"
. "$(dirname "$0")/lib/office.sh"
tui_setup
tui_office

tui_start 100 30
tui_keys n
tui_wait "申请人姓名"
tui_type "司马相如"
tui_keys C-c
tui_wait "放弃已填写的内容"
tui_lacks "程序已退出"
tui_keys n
tui_wait "已取消"
tui_has "申请人姓名"
tui_has "司马相如"
# Ctrl-C at the question is "no" too: the text stays.
tui_keys C-c
tui_wait "放弃已填写的内容"
tui_keys C-c
tui_wait "已取消"
tui_has "司马相如"
tui_keys C-c
tui_wait "放弃已填写的内容"
tui_keys y
tui_wait "快立"
tui_lacks "申请人姓名"
tui_lacks "程序已退出"
[ "$(tc case list --format csv | wc -l)" -eq 5 ] || tui_fail "Ctrl-C saved or lost a case"

# An empty form: straight back, nothing asked.
tui_keys n
tui_wait "申请人姓名"
tui_keys C-c
tui_wait "快立"
tui_lacks "放弃已填写的内容"

# An event form asks the same: the hearing of case 3 (in mediation).
tui_keys 2
tui_wait "请求金额"
tui_keys /
tui_type "李强"
tui_wait "2026-3 "
tui_keys Enter Enter
tui_wait "案件详情"
tui_keys c
tui_wait "调解不成"
tui_type "调解未果"
tui_keys C-c
tui_wait "放弃已填写的内容"
tui_keys n
tui_has "调解未果"
tui_keys C-c
tui_wait "放弃已填写的内容"
tui_keys y
tui_wait "案件详情"
tui_lacks "程序已退出"

# Help over a form with typed input: Ctrl-C quits only after asking.
tui_keys n
tui_wait "申请人姓名"
tui_type "张"
tui_keys F1
tui_wait "按键说明"
tui_keys C-c
tui_wait "放弃已填写的内容"
tui_keys n
tui_lacks "程序已退出"
tui_keys q
tui_wait "申请人姓名"
tui_has "张"
tui_keys Escape
tui_wait "放弃已填写的内容"
tui_keys y
tui_wait "案件详情"
# Outside a form Ctrl-C quits at once, an orderly quit.
tui_keys C-c
tui_wait "程序已退出 0"

# Killed from outside: the shell's 128+N.
pane_prog() {
	ps -o pid= --ppid "$(tmux -L "$TUI_SOCK" display -p -t t '#{pane_pid}')" | tr -d ' '
}
for sig in INT:130 TERM:143; do
	tmux -L "$TUI_SOCK" kill-server 2>/dev/null
	TUI_SOCK="tc-$TUI_NAME-$$-${sig%:*}" # a fresh server, not the one going away
	tui_start 100 30
	pid=$(pane_prog)
	[ -n "$pid" ] || tui_fail "no program in the pane"
	kill -"${sig%:*}" "$pid"
	tui_wait "程序已退出 ${sig#*:}"
done
exit 0
