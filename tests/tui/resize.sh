#!/bin/sh
# Resizing inside the intake form, at any moment: from 120x40 to 80x24
# and back, the typed text stays, the form is drawn for the new size and
# the real cursor stands after the typed name; below 80x24 a plain message
# says the terminal is too small, and the program recovers when it grows.
. "$(dirname "$0")/lib/tui.sh"
. "$(dirname "$0")/lib/office.sh"
tui_setup
tui_office

tui_start 120 40
tui_keys n
tui_wait "申请人姓名"
tui_type "司马相如"

at_name() {
	# The cursor is on the name's line, 8 columns (4 wide characters)
	# after the start of the field.
	line=$(tui_screen | grep -n "申请人姓名" | head -n 1 | cut -d: -f1)
	set -- $(tui_cursor)
	[ "$2" -eq $((line - 1)) ] || tui_fail "cursor on line $2, name on line $((line - 1))"
	before=$(tui_screen | sed -n "${line}p" | sed 's/司马相如.*//')
	want=$(($(printf '%s' "$before" | wc -m) + 4 * 2))
	# A wide character counts once in wc -m but takes two columns.
	cjk=$(printf '%s' "$before" | sed 's/[ -~]//g' | wc -m)
	want=$((want + cjk))
	[ "$1" -eq "$want" ] || tui_fail "cursor at column $1, expected $want"
}

tui_has "司马相如"
at_name
tui_resize 80 24
tui_wait "申请人姓名"
tui_has "司马相如"
tui_has "F2保存"
at_name
[ "$(tui_screen | wc -L)" -le 80 ] || tui_fail "something drawn past 80 columns"

tui_resize 70 20
tui_wait "终端太小"
tui_keys F2
tui_resize 120 40
tui_wait "申请人姓名"
tui_has "司马相如"
tui_lacks "终端太小"
at_name
# Nothing was saved by keys pressed while the terminal was too small.
[ "$(tc case list --format csv | wc -l)" -eq 5 ] || tui_fail "a key acted while too small"

# Escape asks before throwing the typed name away.
tui_keys Escape
tui_wait "放弃已填写的内容"
tui_keys n
tui_has "司马相如"
tui_keys Escape
tui_wait "放弃已填写的内容"
tui_keys y
tui_wait "快立"
exit 0
