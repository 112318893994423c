#!/bin/sh
# The docket: a golden screen whose columns line up with Chinese names of
# every width (whole lines compared), the overdue filter by its key and by
# the filter form, and sorting by a column.
. "$(dirname "$0")/lib/tui.sh"
. "$(dirname "$0")/lib/office.sh"
tui_setup
tui_office

tui_start 100 30
tui_keys 2
tui_wait "请求金额"
tui_golden "$TUI_TOP/tests/tui/docket.golden" 2 9

# o: only the overdue cases remain (王芳's accept clock, 李强's tribunal).
tui_keys o
tui_wait "只看超期"
tui_has "王芳"
tui_has "李强等3人"
tui_lacks "欧阳晓梅"
tui_keys o
tui_wait "欧阳晓梅"

# The same through the filter form: 只看超期 set to 是, Enter applies.
tui_keys f
tui_wait "筛选案件"
tui_keys Down Down Down Right Enter
tui_wait "只看超期"
tui_has "王芳"
tui_lacks "欧阳晓梅"

# Back to all, sorted by claimed amount.
tui_keys f
tui_wait "筛选案件"
tui_keys Down Down Down Left Enter
tui_wait "欧阳晓梅"
tui_keys s s s s
tui_wait "按请求金额"
first=$(tui_line 4)
case "$first" in
*赵敏*) ;;
*) tui_fail "smallest claim not first: $first" ;;
esac
tui_keys S
tui_wait "按请求金额倒序"
first=$(tui_line 4)
case "$first" in
*李强等3人*) ;;
*) tui_fail "largest claim not first: $first" ;;
esac
exit 0
