#!/bin/sh
# The counts on an office of more than a thousand cases: the docket and
# 首页 count up to 1000 and say "共 1000+ 件" past that (the whole docket, a
# search, the overdue cases); below, the exact number, the one `case list`
# prints.  A kept search sorted by 请求金额 lists its own cases from the
# smallest claim, past a smaller claim of another employer, and PgDn goes
# on from there.
. "$(dirname "$0")/lib/tui.sh"
. "$(dirname "$0")/lib/office.sh"
tui_setup
tui_office
# 1001 building-labour cases (claims 20001 to 21001 yuan), received from
# 11-01 to 11-14, so that none is accepted within its 5 days: the office's
# five make 1006, more than 1000 of them overdue.  ID numbers with their check
# character (GB 11643).
awk 'function idno(k,   b, w, i, s) {
	b = sprintf("520102%04d%02d%02d%03d", 1970 + int(k / 300), 1 + int(k / 25) % 12, 1 + k % 25, k % 1000)
	split("7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2", w, " ")
	for (i = 1; i <= 17; i++) s += substr(b, i, 1) * w[i]
	return b substr("10X98765432", s % 11 + 1, 1)
}
BEGIN {
	print "收案日期,申请人,申请人身份证号码,被申请人,请求金额"
	for (k = 1; k <= 1001; k++)
		printf "2026-11-%02d,工人%d号,%s,贵州远%d建筑劳务有限公司,%d\n", 1 + k % 14, k, idno(k), k % 50, 20000 + k
}' >cases.csv
tc import cases cases.csv >/dev/null || exit 1

n=$(tc case list --overdue --format csv | tail -n +2 | wc -l)
[ "$n" -gt 1000 ] || tui_fail "case list --overdue: $n cases"

tui_start 100 30
tui_wait "超期  共 1000+ 件"
# 首页 reads as many rows of a list as the terminal has lines (30) and
# more as PgDn passes them: ten pages on, then End, the 1000th.
shown=$(tui_screen | sed -n 's/.*超期  共 1000+ 件 (显示前 \([0-9]*\) 件).*/\1/p')
[ -n "$shown" ] && [ $((10 * shown)) -gt 30 ] || tui_fail "the overdue list's title"
tui_keys NPage NPage NPage NPage NPage NPage NPage NPage NPage NPage
tui_wait "超期  共 1000+ 件 (显示第 $((10 * shown + 1))-$((11 * shown)) 件)"
tui_keys End
tui_wait "超期  共 1000+ 件 (显示第 $((1001 - shown))-1000 件)"
tui_keys 2
tui_wait "共 1000+ 件  按届满日"

# A search matching 1002 cases (王芳's employer is one too).
tui_keys /
tui_type 建筑劳务
tui_wait "Enter 确定后计数"
tui_keys Enter
tui_wait "共 1000+ 件  按届满日 搜索:“建筑劳务”"
# By 请求金额: 王芳's 8,600.00 first; 赵敏's 2,300.50 (another
# employer) is not in it; then the imported ones from 20,001.00.
tui_keys s s s s
tui_wait "按请求金额 搜索:“建筑劳务”"
tui_line 4 | grep -q "王芳 .*贵阳某建筑劳务有限公司 .*8,600.00" || tui_fail "first row: $(tui_line 4)"
tui_line 5 | grep -q "工人1号 .*20,001.00" || tui_fail "second row: $(tui_line 5)"
tui_lacks "赵敏"
# PgDn: the page after the last row shown (24 rows at 30 lines).
last=$(tui_line 27 | sed -n 's/.*¥\([0-9,]*\.[0-9]*\) .*/\1/p')
[ "$last" = "20,023.00" ] || tui_fail "last row before PgDn: $(tui_line 27)"
tui_keys NPage
tui_line 4 | grep -q "工人24号 .*20,024.00" || tui_fail "first row after PgDn: $(tui_line 4)"
tui_keys S
tui_wait "按请求金额倒序"
tui_line 4 | grep -q "工人1001号 .*21,001.00" || tui_fail "first row, descending: $(tui_line 4)"

# Under the cap the count is exact: 工人100号, 工人1000号, 工人1001号.
tui_keys Escape /
tui_type 工人100
tui_keys Enter
tui_wait "共 3 件"
want=$(tc case list --query 工人100 --format csv | tail -n +2 | wc -l)
[ "$want" = 3 ] || tui_fail "case list --query 工人100: $want cases"

# o: the overdue ones, more than 1000; with the search, the three.
tui_keys o
tui_wait "共 3 件  按请求金额倒序 只看超期 搜索:“工人100”"
tui_keys Escape
tui_wait "共 1000+ 件  按请求金额倒序 只看超期"
exit 0
