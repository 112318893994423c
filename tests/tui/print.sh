#!/bin/sh
# 报表 → P: the weekly summary printed with the office's default printer.
# Here lp and lpstat are stand-ins in PATH that keep what they get: the
# PDF arrives through lp's standard input (no temporary file with the
# office's data anywhere), lp gets the printer by argument, and lp
# inherits no open file of the program (the database least of all).
. "$(dirname "$0")/lib/tui.sh"
. "$(dirname "$0")/lib/office.sh"
tui_setup
tui_office

fake=$TUI_DIR/fakebin
mkdir -p "$fake"
cat >"$fake/lpstat" <<'SH'
#!/bin/sh
echo "system default destination: 办公室打印机"
SH
cat >"$fake/lp" <<SH
#!/bin/sh
for f in /proc/\$\$/fd/*; do readlink "\$f"; done >"$TUI_DIR/lp.fds"
echo "\$@" >"$TUI_DIR/lp.args"
cat >"$TUI_DIR/lp.pdf"
SH
chmod +x "$fake/lpstat" "$fake/lp"
before=$(ls /tmp | grep -c '^tiaocai-weekly')

tui_start 110 40 PATH="$fake:$PATH"
tui_keys 4
tui_wait "劳动人事争议仲裁工作周报"
tui_keys P
tui_wait "用打印机 办公室打印机 打印本周报?"
tui_keys y
tui_wait "已送打印机 办公室打印机"

[ "$(cat "$TUI_DIR/lp.args")" = "-d 办公室打印机" ] || tui_fail "lp got: $(cat "$TUI_DIR/lp.args")"
head -c 5 "$TUI_DIR/lp.pdf" | grep -q '%PDF-' || tui_fail "lp did not get a PDF on its standard input"
pdftotext "$TUI_DIR/lp.pdf" - | grep -q "劳动人事争议仲裁工作周报" || tui_fail "the printed PDF is not the summary"
# Nothing of the database among lp's open files.
grep -q pipe "$TUI_DIR/lp.fds" || tui_fail "lp's open files were not listed"
if grep -q 't\.db' "$TUI_DIR/lp.fds"; then
	tui_fail "lp inherited the database: $(tr '\n' ' ' <"$TUI_DIR/lp.fds")"
fi
[ "$(ls /tmp | grep -c '^tiaocai-weekly')" = "$before" ] || tui_fail "a temporary file was left in /tmp"
# The program runs on.
tui_keys 1
tui_wait "首页"
exit 0
