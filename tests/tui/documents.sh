#!/bin/sh
# 案件详情 › 文书 at 80x24: a case accepted on 11-02 lacks its notices; F
# lists them as 待制作, m makes the one selected, Enter shows it with its
# 送达回证, s records its service in a form.  An award's facts and reasons
# are written in the editor (e: the screen gives the editor the terminal
# and comes back), then the award is made, and p prints it through lp.
. "$(dirname "$0")/lib/tui.sh"
. "$(dirname "$0")/lib/office.sh"
tui_setup
tui_office
tc config documents_since 2026-11-01 >/dev/null || exit 1
# 5: decided on the papers on 11-21.
tc case add --applicant 吴光荣 --applicant-id 522601198801010014 --employer 贵州某某劳务有限公司 \
	--claim 工资:9800 --received 2026-11-18 >/dev/null 2>&1 || exit 1
tc case accept 2026-5 --on 2026-11-19 >/dev/null 2>&1 || exit 1
tc case tribunal 2026-5 --sole 何文斌 --on 2026-11-19 >/dev/null 2>&1 || exit 1
tc case mediate 2026-5 --on 2026-11-19 --mediator 陈立平 >/dev/null 2>&1 || exit 1
tc case fail 2026-5 --on 2026-11-20 >/dev/null 2>&1 || exit 1
tc case award 2026-5 --on 2026-11-21 --amount 全额 --written 双方同意书面审理 >/dev/null 2>&1 || exit 1

fake=$TUI_DIR/fakebin
mkdir -p "$fake"
printf '#!/bin/sh\necho "system default destination: 办公室打印机"\n' >"$fake/lpstat"
printf '#!/bin/sh\necho "$@" >"%s/lp.args"\ncat >"%s/lp.pdf"\n' "$TUI_DIR" "$TUI_DIR" >"$fake/lp"
# The editor: writes both sections under their headings.
cat >"$TUI_DIR/ed.sh" <<'SH'
#!/bin/sh
sed -i -e 's/^## 查明事实$/&\n\n申请人于2026年3月入职被申请人处, 被申请人拖欠工资。/' \
	-e 's/^## 裁决理由$/&\n\n被申请人应当支付。/' "$1"
SH
chmod +x "$fake/lpstat" "$fake/lp" "$TUI_DIR/ed.sh"

tui_start 80 24 PATH="$fake:$PATH" EDITOR="$TUI_DIR/ed.sh"
tui_keys 2
tui_wait "请求金额"
tui_keys /
tui_type "李强"
tui_wait "2026-3 "
tui_keys Enter Enter
tui_wait "案件详情"
tui_keys F
tui_wait "待制作 8 份"
tui_has "受理通知书"
tui_has "应诉通知书"
tui_has "遵义某建设工程有限公司"
# The first row: the 受理通知书 to 李强.
tui_keys m
tui_wait "已制作"
tui_wait "已制作 1 份, 未送达 1 份"
tui_keys Enter
tui_wait "后附送达回证"
tui_has "受理通知书"
tui_has "李强："
tui_keys q
tui_wait "已制作 1 份"
# Its service: in person, today.
tui_keys s
tui_wait "登记送达"
tui_keys F2
tui_wait "已登记"
tc doc list 2026-3 --format csv | grep -q '"1","受理通知书","李强","2026-11-02","2026-11-22","直接"' ||
	tui_fail "the service was not recorded"
tui_lacks "未送达 1 份"

# The award of case 5: its sections first, in the editor.
tui_keys q q 2
tui_wait "请求金额"
tui_keys / C-u
tui_type "吴光荣"
tui_wait "2026-5 "
tui_keys Enter Enter
tui_wait "案件详情"
tui_keys F
tui_wait "待制作 8 份"
# The last row: the 裁决书 to the employer.
tui_keys G m
tui_wait "尚未填写"
tui_has "按 e 填写"
tui_keys e
tui_wait "已保存裁决书的填写内容"
tui_keys m
tui_wait "已制作 1 份"
tc doc make 2026-5 裁决书 --to a1 2>/dev/null | grep -q "被申请人应当支付" || tui_fail "the reasons are not in the award"
# Printed with its receipt, the PDF piped to lp.
tui_keys p
tui_wait "用打印机 办公室打印机 打印第"
tui_keys y
tui_wait "已送打印机 办公室打印机"
pdftotext "$TUI_DIR/lp.pdf" - | grep -q "送达回证" || tui_fail "the printed PDF lacks the receipt"
grep -q "^-d 办公室打印机$" "$TUI_DIR/lp.args" || tui_fail "lp was not given the printer"
