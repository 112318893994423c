# Files the program writes cannot be turned against the office: no name a
# planted symlink could catch, personal data readable by its owner alone,
# devices and pipes written in place, and a kill at any moment leaves the
# old file or the new one, nothing else.

$ tiaocai init
>*
$ tiaocai case add --applicant 罗建 --applicant-id 440524188001010014 --employer 贵阳某餐饮管理有限公司 --claim 工资:6800 --received 2026-11-02 >/dev/null && tiaocai case accept 2026-1 --on 2026-11-03 >/dev/null && tiaocai roster import $DATA/roster.csv >/dev/null && echo 机密 > victim && echo ok
> ok
! tiaocai: 警告: 申请人 罗建: 按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)

# Symlinks to a victim planted at every name the program used to write
# through (FILE.tmp.PID for the next few hundred pids): every command that
# writes a file leaves the victim as it was and writes its own file right.
$ base=$$; for n in $(seq $base $((base + 300))); do for f in l.csv s.csv r.csv w.txt w.pdf b.db; do ln -s "$PWD/victim" "$f.tmp.$n"; done; done; tiaocai export ledger -o l.csv 2>/dev/null; tiaocai export stats -o s.csv 2>/dev/null; tiaocai roster export r.csv; tiaocai report weekly -o w.txt 2>/dev/null; tiaocai report weekly -o w.pdf 2>/dev/null; tiaocai backup b.db; cat victim; find . -maxdepth 1 -name '*.tmp.*' -type f | wc -l
> 已备份到 b.db
> 机密
> 0
$ tiaocai export ledger | cmp - l.csv && tiaocai report weekly | cmp - w.txt && tiaocai --db b.db case list | grep -c 罗建 && pdftotext w.pdf - | grep -c 周报
> 1
> 3
$ find . -maxdepth 1 -name '*.tmp.*' -delete

# A symlink at the target's own name is replaced, never written through:
# not even when it points at the office database.
$ ln -s victim l2.csv && ln -s t.db db.csv && tiaocai export ledger -o l2.csv 2>/dev/null && tiaocai export ledger -o db.csv 2>/dev/null; cat victim; stat -c %F l2.csv db.csv; tiaocai case list | grep -c 罗建
> 机密
> regular file
> regular file
> 1
$ ln -s victim b2.db; tiaocai backup b2.db; echo $?; cat victim
> 1
> 机密
! tiaocai: b2.db 已存在, 不会覆盖它

# Personal data: every file is its owner's alone, whatever the umask.
$ umask 022; tiaocai export ledger -o m.csv 2>/dev/null; tiaocai report weekly -o m.pdf 2>/dev/null; tiaocai roster export m2.csv; tiaocai backup m.db >/dev/null; stat -c '%a %n' m.csv m.pdf m2.csv m.db
> 600 m.csv
> 600 m.pdf
> 600 m2.csv
> 600 m.db

# An export never replaces a device: a character device (here a copy of
# /dev/null, made where the test may make one) stays a device.
$ if [ "$(id -u)" = 0 ]; then mknod nul c 1 3 && t=nul; else t=/dev/null; fi; tiaocai report weekly -o $t 2>/dev/null && tiaocai export ledger -o $t 2>/dev/null && stat -c %F $t; test -c /dev/null && echo /dev/null 仍是设备
> character special file
> /dev/null 仍是设备

# A FIFO's reader gets the whole export, and the FIFO stays a FIFO.
$ mkfifo f; cat f > got & pid=$!; tiaocai export ledger -o f 2>/dev/null; wait $pid; tiaocai export ledger | cmp - got && stat -c %F f
> fifo

# A symlink to a FIFO is replaced like any other: whoever reads the FIFO
# gets nothing.
$ mkfifo ff && ln -s ff lf.csv && tiaocai export ledger -o lf.csv 2>/dev/null; stat -c %F lf.csv ff
> regular file
> fifo

# A shell's process substitution, /dev/stdout and "-".
$ tiaocai export ledger -o >(cat > ps.csv) 2>/dev/null; wait $!; sleep 0.2; tiaocai export ledger | cmp - ps.csv && echo same
> same
$ tiaocai export ledger -o /dev/stdout 2>/dev/null > so.csv && tiaocai export ledger -o - 2>/dev/null | cmp - so.csv && tiaocai export ledger | cmp - so.csv && echo same
> same
$ tiaocai report weekly -o - | cmp - w.txt && echo same
> same

# No place to write: the directory is missing or is not a directory.
$ tiaocai export ledger -o 没有/x.csv
! tiaocai: 无法写入 没有/x.csv: 目录不存在
? 3
$ tiaocai backup victim/x.db
! tiaocai: 无法写入 victim/x.db: 路径中有一段不是目录
? 3

# Killed with SIGKILL at several moments: the export is whole or absent and
# nothing else is left in its directory once the next command has written
# there (a kill in the instant between naming the finished file and
# renaming it leaves a locked temporary name, which the next run sweeps).
# Likewise a backup, which holds every ID number.
$ tiaocai demo --db big.db --cases 1500 >/dev/null 2>&1; mkdir k; bad=0; for t in 0.001 0.005 0.01 0.02 0.05 0.1 0.2; do tiaocai --db big.db export ledger -o k/k.csv 2>/dev/null & p=$!; sleep $t; kill -9 $p 2>/dev/null; wait $p 2>/dev/null; tiaocai --db big.db export stats --from 2026-01-01 --to 2026-01-02 -o k/s.csv 2>/dev/null; rm -f k/s.csv; for x in k/.[!.]* k/*; do [ -e "$x" ] || continue; [ "$x" = k/k.csv ] || { echo "left: $x"; bad=1; }; done; [ ! -e k/k.csv ] || tiaocai --db big.db export ledger 2>/dev/null | cmp -s - k/k.csv || { echo "half-written at $t"; bad=1; }; rm -f k/k.csv; done; echo bad=$bad
> bad=0
$ bad=0; for t in 0.001 0.005 0.01 0.02 0.05 0.1; do tiaocai --db big.db backup k/b.db >/dev/null 2>&1 & p=$!; sleep $t; kill -9 $p 2>/dev/null; wait $p 2>/dev/null; for x in k/.[!.]* k/*; do [ -e "$x" ] || continue; [ "$x" = k/b.db ] || { echo "left: $x"; bad=1; }; done; [ ! -e k/b.db ] || tiaocai --db k/b.db check >/dev/null 2>&1 || { echo "broken backup at $t"; bad=1; }; rm -f k/b.db k/b.db-wal k/b.db-shm; done; echo bad=$bad
> bad=0

# A killed demo leaves no database (one without users would make anyone
# its administrator); the next demo clears what it left and succeeds.
$ tiaocai demo --db k/d.db --cases 3000 >/dev/null 2>&1 & p=$!; sleep 0.5; kill -9 $p; wait $p 2>/dev/null; test -e k/d.db && echo exists || echo absent; tiaocai demo --db k/d.db --cases 20 >/dev/null && ls -A k
> absent
> d.db
