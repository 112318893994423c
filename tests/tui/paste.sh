#!/bin/sh
# The 12-worker case of issue 10 at 80x24, as a window clerk enters it:
# twelve lines of name<TAB>ID<TAB>phone pasted from a spreadsheet become
# twelve applicants (not one applicant and an employer full of IDs), one
# 工资 claim with its period typed for the first worker and copied to the
# other eleven with F6, one employer, saved.  The keys are counted: the
# issue measured about 500 for this case.  Before that, a child's ID
# number draws a remark beside the field without being refused.
. "$(dirname "$0")/lib/tui.sh"
tui_setup
tc init >/dev/null || exit 1
tc user add --login "$(id -un)" --name 窗口书记员 --role admin >/dev/null || exit 1

# Keys as the clerk presses them, counted: a named key is one, a typed
# character one (a Chinese one too, though an input method takes more),
# a paste one.
KEYS=0
key() {
	KEYS=$((KEYS + $#))
	tui_keys "$@"
}
typ() {
	KEYS=$((KEYS + $(printf '%s' "$1" | wc -m)))
	tui_type "$1"
}
paste_file() {
	KEYS=$((KEYS + 1))
	tmux -L "$TUI_SOCK" load-buffer -b rows "$1"
	tmux -L "$TUI_SOCK" paste-buffer -b rows -t t
	sleep 0.5
}

tui_start 80 24

# An applicant of 11 on the received date: a remark beside the ID number,
# on the field's own line, within 80 columns; nothing refused.
tui_keys n
tui_wait "申请人姓名"
tui_type "小明"
tui_keys Tab
tui_type "520102201503010026"
tui_keys Tab
tui_wait "收案时年仅 11 岁"
tui_screen | grep -q "身份证号码  520102201503010026 *按身份证号, 收案时年仅 11 岁" ||
	tui_fail "the age remark is not beside the ID number"
tui_lacks "校验位"
[ "$(tui_screen | wc -L)" -le 80 ] || tui_fail "something drawn past 80 columns"
tui_keys BTab
tui_wait "按身份证号, 收案时年仅 11 岁, 请核实 (未满十六周岁)"
tui_keys Escape
tui_wait "放弃"
tui_keys y
tui_wait "今日"

# Twelve workers, as copied from a spreadsheet (LF line ends; tmux turns
# them into CR as a terminal's paste does).
: >"$TUI_DIR/workers.txt"
for w in "王建国 520102197001100102 13800138000" "李秀英 520102197102110115 13800138001" \
	"张伟 520102197203120128 13800138002" "刘洋 520102197304130130 13800138003" \
	"陈静 520102197405140143 13800138004" "杨帆 520102197506150156 13800138005" \
	"赵磊 520102197607160169 13800138006" "黄敏 520102197708170171 13800138007" \
	"周杰 520102197809180184 13800138008" "吴芳 520102197901190190 13800138009" \
	"徐强 520102198002200206 13800138010" "孙丽 520102198103210219 13800138011"; do
	set -- $w
	printf '%s\t%s\t%s\n' "$1" "$2" "$3" >>"$TUI_DIR/workers.txt"
done

key n
tui_wait "申请人姓名"
paste_file "$TUI_DIR/workers.txt"
tui_wait "已粘贴 12 行, 其后 11 行成为 申请人 2 至 申请人 12"
tui_has "*申请人姓名  王建国"
tui_has "*身份证号码  520102197001100102"
tui_has "联系电话  13800138000"
tui_has "申请人 2"
tui_has "*申请人姓名  李秀英"
tui_lacks "有误"
# The cursor went on to the first worker's claim (its help below).
tui_has "F6 照抄上一名申请人的请求"

# The first worker's claim: 工资 (the first choice), amount and period.
key Tab
typ "18000"
key Tab
typ "20260101"
key Tab
typ "20260630"
key Tab
tui_wait "*申请人姓名  李秀英"
# F6 on the second worker copies the first one's claim and moves on.
key F6
tui_wait "已把申请人 1 的 1 条仲裁请求照抄给申请人 2; 现在到申请人 3"
tui_has "申请人 2 的仲裁请求 1"
tui_has "*请求金额  18,000.00"
tui_has "期间止  2026-06-30"
for i in 3 4 5 6 7 8 9 10 11 12; do
	key F6
done
tui_wait "已把申请人 11 的 1 条仲裁请求照抄给申请人 12"
tui_has "申请人 12 的仲裁请求 1"
# Past the last claim's fields to the employer, which the paste left
# empty.
key Tab Tab Tab Tab
tui_wait "用人单位全称"
tui_screen | grep -q '[*]被申请人 *$' || tui_fail "the employer's field is not empty"
typ "贵阳某建筑劳务有限公司"
key F2
tui_wait "确认收案: 申请人 王建国 等, 被申请人 贵阳某建筑劳务有限公司?"
key y
tui_wait "已收案"
tui_has "申请人 (12 名, 集体争议)"

ledger=$(tc export ledger --header en | sed -n 2p)
case $ledger in
*'"王建国等12人","12","贵阳某建筑劳务有限公司"'*'"216000.00"'*) ;;
*) tui_fail "the case is not the twelve workers' case: $ledger" ;;
esac
[ "$(tc case show 2026-1 | grep -c '¥18,000.00 .*2026-01-01至2026-06-30')" -ge 12 ] ||
	tui_fail "not twelve claims of 18,000 with their period: $(tc case show 2026-1)"

echo "paste: the 12-worker case took $KEYS keys"
[ "$KEYS" -le 60 ] || tui_fail "the 12-worker case took $KEYS keys (60 at most)"
exit 0
