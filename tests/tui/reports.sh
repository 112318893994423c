#!/bin/sh
# 报表: the weekly summary on screen as it prints (the journal's chain head
# at its foot), another week picked,
# saved as text (the same bytes as `report weekly`), the statistics
# exported in GB18030 from a form, and printing explained plainly when no
# printer is set up.
. "$(dirname "$0")/lib/tui.sh"
. "$(dirname "$0")/lib/office.sh"
tui_setup
tui_office

tui_start 110 40
tui_keys 4
tui_wait "劳动人事争议仲裁工作周报"
tui_has "2026-W47"
tui_has "贵阳市劳动人事争议仲裁委员会"
# The foot carries the journal's chain head, the one `check` finds.
head=$(tc check | sed -n 's/^日志链: 正常, 共 [0-9]* 条, 链头 //p')
[ -n "$head" ] || tui_fail "check printed no chain head"
tui_keys G
tui_wait "日志链头 $head（截至 2026-11-22 共"
tui_keys g
tui_keys "["
tui_wait "2026-W46"
tui_keys "]"
tui_wait "2026-W47"

tui_keys t
tui_wait "周报存为文本"
tui_keys F2
tui_wait "已保存到 周报-2026-W47.txt"
tc report weekly --week 2026-W47 >"$TUI_DIR/cli.txt"
cmp -s "$TUI_DIR/cli.txt" "$HOME/周报-2026-W47.txt" || tui_fail "saved text differs from report weekly"

# Statistics for November in GB18030.
tui_keys x
tui_wait "导出统计报表"
tui_keys Tab Tab Tab Right Right Tab C-u
tui_type "统计.csv"
tui_keys F2
tui_wait "已保存到 统计.csv"
tc export stats --from 2026-11-01 --to 2026-11-22 --encoding gb18030 >"$TUI_DIR/cli.csv"
cmp -s "$TUI_DIR/cli.csv" "$HOME/统计.csv" || tui_fail "exported statistics differ from export stats"

# No printer here: say so, and what to do instead.
tui_keys P
tui_wait "不能打印"
tui_has "存为 PDF"
exit 0
