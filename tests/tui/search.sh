#!/bin/sh
# One engine: the docket's search (/) and `tiaocai case list --query` find
# the same cases for a two-character name (as a first applicant, inside a
# longer name, as a later worker of a group, inside a company's name), for
# the beginning of an ID number (an open and a closed case) and for a case
# number, and the docket counts as many as the list prints.
. "$(dirname "$0")/lib/tui.sh"
. "$(dirname "$0")/lib/office.sh"
tui_setup
tui_office
# 5: 王芳芳 contains 王芳; 6: 王芳 is the second worker; 7: in a company's name.
tc case add --applicant 王芳芳 --applicant-id 520103199001010014 \
	--employer 贵阳某物业服务有限公司 --claim 工资:5000 --received 2026-11-18 >/dev/null || exit 1
tc case add --applicant 陈静 --applicant-id 520103199202020016 \
	--applicant 王芳 --applicant-id 52010219850312001X \
	--employer 贵州某建设工程有限公司 --claim 工资:9000 --received 2026-11-19 >/dev/null || exit 1
tc case add --applicant 杨光 --applicant-id 520103199303030010 \
	--employer 贵阳王芳餐饮店 --claim 工资:3000 --received 2026-11-21 >/dev/null || exit 1

# "2026-N" for each case `case list --query` prints, sorted.
listed() {
	tc case list --query "$1" --format csv | tr -d '\r' | sed 1d | cut -d, -f1 |
		sed -E 's/^"?[^0-9]*([0-9]{4})[^0-9]+([0-9]+)[^0-9]*"?$/\1-\2/' | sort
}

# The same from the docket on screen (its first column).
shown() {
	tui_screen | sed -n 's/^ \(20[0-9][0-9]-[0-9][0-9]*\) .*/\1/p' | sort
}

tui_start 100 30
tui_keys 2
tui_wait "请求金额"
for q in 王芳 5201021985 2026-3; do
	want=$(listed "$q")
	n=$(printf '%s\n' "$want" | grep -c .)
	[ "$n" -ge 1 ] || tui_fail "case list --query $q found nothing"
	tui_keys /
	tui_keys Escape
	tui_keys /
	tui_type "$q"
	tui_keys Enter
	tui_wait "共 $n 件"
	tui_wait "搜索:“$q”"
	got=$(shown)
	[ "$got" = "$want" ] || tui_fail "search $q: docket shows $(echo $got), case list $(echo $want)"
done
# What each query is there to show.
[ "$(listed 王芳 | tr '\n' ' ')" = "2026-1 2026-5 2026-6 2026-7 " ] || tui_fail "王芳: $(listed 王芳)"
[ "$(listed 5201021985 | tr '\n' ' ')" = "2026-1 2026-4 2026-6 " ] || tui_fail "ID: $(listed 5201021985)"
exit 0
