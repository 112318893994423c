#!/bin/sh
# tests/root/office.sh - the office install as an office runs it: a
# scratch group, a clerk and a legal-aid lawyer as ordinary Unix users,
# the binary set-group-ID, the database reachable through the program
# alone.  Needs root (groupadd, useradd, chgrp); exits 77 ("skipped")
# otherwise.  Everything it makes is removed again, whatever happens.
#
# Usage: tests/root/office.sh SOURCE_TOP
set -u
top=$(cd "$1" && pwd)
[ "$(id -u)" = 0 ] || { echo "skipped: the office install test needs root"; exit 77; }
for t in groupadd useradd userdel groupdel runuser sqlite3; do
	command -v $t >/dev/null 2>&1 || { echo "skipped: $t is missing"; exit 77; }
done

n=$$
grp=tcoff$n
clerk=tcclerk$n
lawyer=tclawyer$n
sup=tcsup$n
T=$(mktemp -d /tmp/tc-office.XXXXXX)
fail=0
cleanup() {
	tmux -L "tcoff$n" kill-server 2>/dev/null
	userdel "$clerk" 2>/dev/null
	userdel "$lawyer" 2>/dev/null
	userdel "$sup" 2>/dev/null
	groupdel "$sup" 2>/dev/null
	groupdel "$clerk" 2>/dev/null
	groupdel "$lawyer" 2>/dev/null
	groupdel "$grp" 2>/dev/null
	rm -rf "$T"
}
[ -n "${KEEP:-}" ] || trap cleanup EXIT
chmod 755 "$T"

ok() { echo "ok: $*"; }
bad() { echo "FAIL: $*"; fail=1; }
# expect WHAT COMMAND...: the command must succeed
expect() { what=$1; shift; if "$@"; then ok "$what"; else bad "$what"; fi; }
# refuse WHAT COMMAND...: the command must fail
refuse() { what=$1; shift; if "$@"; then bad "$what"; else ok "$what"; fi; }
# has TEXT PATTERN: grep -q on a captured output
has() { printf '%s\n' "$1" | grep -q "$2"; }

groupadd "$grp" && useradd -M -U -s /bin/sh "$clerk" && useradd -M -U -s /bin/sh "$lawyer" &&
	useradd -M -U -s /bin/sh "$sup" ||
	{ echo "FAIL: cannot create the scratch group and users"; exit 1; }

# The install, built in a scratch copy of the build so the tree's own
# binary keeps its paths.
mkdir -p "$T/build"
[ -d "$top/build" ] && cp -a "$top/build/." "$T/build/"
out=$(make -s -C "$top" B="$T/build" BIN="$T/build/tiaocai" PREFIX="$T/usr" \
	STATEDIR="$T/state" OFFICE_GROUP="$grp" install-office 2>&1) ||
	{ echo "FAIL: make install-office"; echo "$out"; exit 1; }
out=$(make -s -C "$top" B="$T/build" BIN="$T/build/tiaocai" PREFIX=/usr STATEDIR=/var/lib/tiaocai \
	OFFICE_GROUP="$grp" DESTDIR="$T/stage" install-office 2>&1) || { echo "FAIL: install-office DESTDIR"; echo "$out"; fail=1; }
expect "with DESTDIR, the staged binary and directory have the office's modes" \
	test "$(stat -c '%a %G' "$T/stage/usr/bin/tiaocai") $(stat -c '%a %G' "$T/stage/var/lib/tiaocai")" = "2755 $grp 2770 $grp"
bin=$T/usr/bin/tiaocai
db=$T/state/tiaocai.db

expect "the binary is set-group-ID to the office group, 2755" \
	test "$(stat -c '%a %G' "$bin")" = "2755 $grp"
expect "the database directory is root's and the group's alone, 2770" \
	test "$(stat -c '%a %U %G' "$T/state")" = "2770 root $grp"
expect "users are not members of the office group" \
	sh -c "! id -nG $clerk | grep -qw $grp"

# Everyone runs with a clean environment of their own.
for u in root "$clerk" "$lawyer" "$sup"; do mkdir -p "$T/home/$u"; chown "$u" "$T/home/$u"; chmod 700 "$T/home/$u"; done
as() {
	u=$1; shift
	if [ "$u" = root ]; then
		(cd "$T/home/root" && env -i HOME="$T/home/root" LANG=C.UTF-8 TZ=Asia/Shanghai PATH=/usr/bin:/bin "$@")
	else
		(cd "$T/home/$u" && runuser -u "$u" -- env -i HOME="$T/home/$u" LANG=C.UTF-8 TZ=Asia/Shanghai \
			PATH=/usr/bin:/bin "$@")
	fi
}

# root sets the office up: the database in STATEDIR, no --db needed.
expect "root creates the office database in STATEDIR" \
	as root "$bin" init --office 测试仲裁委员会 --code 测劳人仲
expect "the database is 0660, of the office group" test "$(stat -c '%a %G' "$db")" = "660 $grp"
refuse "before any user is registered, a clerk is not the administrator" \
	as "$clerk" "$bin" user add --login "$clerk" --name 冒充 --role admin
as root "$bin" user add --login root --name 系统管理员 --role admin >/dev/null &&
as root "$bin" user add --login "$clerk" --name 书记员甲 --role clerk >/dev/null &&
as root "$bin" user add --login "$lawyer" --name 周律师 --role lawyer >/dev/null &&
as root "$bin" user add --login "$sup" --name 院领导甲 --role supervisor >/dev/null ||
	bad "registering the users"

expect "the clerk registers a case linked to the lawyer" \
	as "$clerk" "$bin" case add --applicant 罗建 --applicant-id 440524188001010014 --phone 13812345678 \
		--employer 贵阳某餐饮管理有限公司 --claim 工资:6800 --lawyer "$lawyer"
expect "and one that is not" \
	as "$clerk" "$bin" case add --applicant 欧阳晓梅 --applicant-id 11010519491231002X --phone 18685104457 \
		--employer 贵阳某劳务有限公司 --claim 工资:9000
expect "the journal names the real user" \
	test "$(sqlite3 "$db" "SELECT count(*) FROM journal WHERE actor = '$clerk'")" = 2

# The lawyer: no way around the program.
refuse "the lawyer cannot open the database with sqlite3" \
	as "$lawyer" sqlite3 "$db" "SELECT count(*) FROM parties"
refuse "the lawyer cannot read the file" as "$lawyer" cat "$db"
refuse "the lawyer cannot make himself an admin" \
	as "$lawyer" sqlite3 "$db" "UPDATE users SET role = 'admin'"
list=$(as "$lawyer" "$bin" case list 2>&1)
expect "the lawyer lists his linked case through tiaocai" has "$list" 罗建
refuse "and not the other one" has "$list" 欧阳晓梅
refuse "the lawyer cannot export the ledger" as "$lawyer" "$bin" export ledger -o l.csv
refuse "\$TIAOCAI_USER does not make the lawyer a clerk" \
	as "$lawyer" env TIAOCAI_USER="$clerk" "$bin" case list
list=$(as "$lawyer" env USER=root LOGNAME=root "$bin" case list 2>&1)
refuse "\$USER and \$LOGNAME do not either" has "$list" 欧阳晓梅

# The clerk: works through the program, owns what he exports, cannot write
# into the office's directory or read the database as another kind of file.
expect "the clerk exports the ledger into his home" as "$clerk" "$bin" export ledger -o 台账.csv
expect "the export is the clerk's, mode 0600" \
	test "$(stat -c '%a %U' "$T/home/$clerk/台账.csv")" = "600 $clerk"
# Printing loads the PDF renderer installed beside the program (LIBDIR),
# the path fixed at build time: nothing in the environment moves it.
expect "the clerk writes the weekly summary as PDF with the installed renderer" \
	as "$clerk" env LD_LIBRARY_PATH="$T/home/$clerk" "$bin" report weekly -o 周报.pdf
expect "the PDF is the clerk's, mode 0600, and a PDF" \
	test "$(stat -c '%a %U' "$T/home/$clerk/周报.pdf")" = "600 $clerk" -a \
	"$(head -c 5 "$T/home/$clerk/周报.pdf")" = "%PDF-"
expect "the renderer is installed root's, not writable by others" \
	test "$(stat -c '%a %U' "$T/usr/lib/tiaocai/tiaocai-pdf.so")" = "644 root"
refuse "the clerk cannot export into STATEDIR" as "$clerk" "$bin" export ledger -o "$T/state/x.csv"
refuse "a supervisor cannot back up into STATEDIR" as "$sup" "$bin" backup "$T/state/b.db"
expect "but into his home, 0600 and his" as "$sup" "$bin" backup b.db
expect "the backup is the supervisor's, mode 0600" test "$(stat -c '%a %U' "$T/home/$sup/b.db")" = "600 $sup"
refuse "the clerk cannot create a database in STATEDIR" as "$clerk" "$bin" --db "$T/state/new.db" init
refuse "nothing new appeared in STATEDIR" \
	sh -c 'ls -A "$1" | grep -qv "^tiaocai\.db\(-wal\|-shm\)\?\$"' _ "$T/state"
msg=$(as "$clerk" "$bin" import cases "$db" 2>&1)
refuse "the database cannot be read as an import file" has "$msg" 'SQLite format'
expect "and the refusal says why" has "$msg" 'Permission denied\|没有权限'
mkdir -m 1777 "$T/shared"
as "$lawyer" mkfifo "$T/shared/台账.csv"
msg=$(as "$clerk" "$bin" export ledger -o "$T/shared/台账.csv" 2>&1); rc=$?
expect "a FIFO another user left in a shared directory gets no export" has "$rc $msg" "^1 .*是别人的管道或设备"
refuse "\$TIAOCAI_TODAY is the administrator's alone" \
	as "$clerk" env TIAOCAI_TODAY=2027-06-01 "$bin" case list
expect "the office database by its own path works as the default does" \
	as "$clerk" "$bin" --db "$db" case list
as root "$bin" export ledger -o - 2>/dev/null >"$T/root.csv"
expect "the clerk's export is the office's ledger" cmp -s "$T/root.csv" "$T/home/$clerk/台账.csv"

# The terminal interface as the clerk, set-group-ID: it opens on the
# office database and quits cleanly.
if command -v tmux >/dev/null 2>&1; then
	sock=tcoff$n
	tmux -L "$sock" -f /dev/null new-session -d -s t -x 100 -y 30 \
		"cd '$T/home/$clerk' && umask 077 && runuser -u '$clerk' -- env -i HOME='$T/home/$clerk' LANG=C.UTF-8 TERM=tmux-256color PATH=/usr/bin:/bin '$bin'; echo 程序已退出 \$?; sleep 60"
	for i in 1 2 3 4 5 6 7 8 9 10; do
		tmux -L "$sock" capture-pane -p -t t | grep -q '书记员甲 (书记员)' && break
		sleep 0.5
	done
	screen=$(tmux -L "$sock" capture-pane -p -t t)
	expect "the clerk's terminal interface opens on the office database" has "$screen" '收案 2 '
	expect "its -wal and -shm are the office's, 0660, even with the clerk's umask 077" \
		test "$(stat -c '%a %G' "$db-wal" "$db-shm" | sort -u)" = "660 $grp"
	expect "and the lawyer works beside it" has "$(as "$lawyer" "$bin" case list 2>&1)" 罗建
	tmux -L "$sock" send-keys -t t q
	sleep 1
	expect "and quits with status 0" has "$(tmux -L "$sock" capture-pane -p -t t)" '程序已退出 0'
fi

# Permission denied is reported as such, not as a missing database.
mkdir -m 700 "$T/private" && as root "$bin" --db "$T/private/p.db" init >/dev/null 2>&1
msg=$(as "$clerk" "$bin" --db "$T/private/p.db" case list 2>&1); rc=$?
expect "a database the user may not open: 没有权限, exit 3" has "$rc $msg" "^3 .*p.db.*没有权限"
msg=$(as "$clerk" "$bin" --db "$T/home/$clerk/none.db" case list 2>&1); rc=$?
expect "a missing one: 不存在, exit 1" has "$rc $msg" "^1 .*none.db 不存在"

# A full disk: looking still works, saving says why and changes nothing.
mkdir "$T/full"
if mount -t tmpfs -o size=1m tcfull "$T/full" 2>/dev/null; then
	chmod 777 "$T/full"
	as root "$bin" --db "$T/full/f.db" init >/dev/null 2>&1
	as root "$bin" --db "$T/full/f.db" case add --applicant 罗建 --applicant-id 440524188001010014 \
		--employer 贵阳某餐饮管理有限公司 --claim 工资:6800 >/dev/null 2>&1
	dd if=/dev/zero of="$T/full/fill" bs=4k >/dev/null 2>&1
	out=$(as root "$bin" --db "$T/full/f.db" case list 2>&1)
	expect "case list still answers on a full disk" has "$out" 罗建
	out=$(as root "$bin" --db "$T/full/f.db" case add --applicant 王芳 --applicant-id 11010519491231002X \
		--employer 贵阳某劳务有限公司 --claim 工资:100 2>&1); rc=$?
	expect "saving on a full disk says 磁盘已满 (exit 3)" has "$rc $out" '^3 .*磁盘已满'
	out=$(as root "$bin" --db "$T/full/f.db" export ledger -o "$T/full/x.csv" 2>&1); rc=$?
	expect "an export onto a full disk names the file and the cause" has "$rc $out" '^3 .*x.csv.*磁盘已满'
	expect "and leaves nothing" test ! -e "$T/full/x.csv"
	umount "$T/full"
else
	echo "skipped: tmpfs cannot be mounted here (the full-disk checks)"
fi

[ $fail = 0 ] && echo "office install: all checks passed"
exit $fail
