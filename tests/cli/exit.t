# exit.t - exit statuses: 0 done, 1 refused, 2 usage, 3 storage trouble.
# Every refusal is one line on stderr; a usage error prints its message
# first, then the usage.  (`2>&1 >/dev/null | sed -n 1p` keeps that first
# line; PIPESTATUS keeps tiaocai's status.)

$ tiaocai init >/dev/null

# ---- 0: done ----------------------------------------------------------

$ tiaocai case list
> 案号  申请人  被申请人  请求金额  阶段  届满日  剩余

$ tiaocai --help >/dev/null

# The version is the Makefile's VERSION, on stdout, for --version and -V,
# and --help names the option.
$ v=$(sed -n 's/^VERSION *= *//p' "$TOP/Makefile"); [ -n "$v" ] && [ "$(tiaocai --version)" = "tiaocai $v" ] && echo same
> same
$ tiaocai -V | grep -Ex 'tiaocai [0-9]+\.[0-9]+\.[0-9]+'
>*
$ tiaocai --help | grep -c -e '--version'
> 1

$ tiaocai case add --applicant 张三 --applicant-id 11010519491231002X --employer 某劳务公司 --claim 工资:8000 --received 2026-11-20
> 贵劳人仲案字〔2026〕第1号
! tiaocai: 警告: 申请人 张三: 按身份证号, 收案时已 76 岁, 请核实 (已过七十周岁)

# ---- 2: usage ---------------------------------------------------------

# Without a command the terminal UI opens, which needs a terminal: run
# from a script or cron it says so and exits 2.
$ tiaocai 2>&1 >/dev/null </dev/null | sed -n 1p; exit ${PIPESTATUS[0]}
> tiaocai: 没有给出命令; 终端界面须在终端中打开
? 2

$ tiaocai frobnicate 2>&1 >/dev/null | sed -n 1p; exit ${PIPESTATUS[0]}
> tiaocai: 不认识的命令 frobnicate
? 2

$ tiaocai --frob case list 2>&1 >/dev/null | sed -n 1p; exit ${PIPESTATUS[0]}
> tiaocai: 不认识的选项 --frob
? 2

$ tiaocai case 2>&1 >/dev/null | sed -n 1p; exit ${PIPESTATUS[0]}
> tiaocai: case: 请给出子命令
? 2

$ tiaocai case frob 2>&1 >/dev/null | sed -n 1p; exit ${PIPESTATUS[0]}
> tiaocai: case: 不认识的子命令 frob
? 2

$ tiaocai case list --frob 2>&1 >/dev/null | sed -n 1p; exit ${PIPESTATUS[0]}
> tiaocai: case list: 不认识的选项或缺少参数: --frob
? 2

$ tiaocai case list --limit x 2>&1 >/dev/null | sed -n 1p; exit ${PIPESTATUS[0]}
> tiaocai: --limit 应为正整数: x
? 2

$ tiaocai case accept 2>&1 >/dev/null | sed -n 1p; exit ${PIPESTATUS[0]}
> tiaocai: case accept: 请给出一个案号
? 2

$ tiaocai case award 2026-1 --frob 2>&1 >/dev/null | sed -n 1p; exit ${PIPESTATUS[0]}
> tiaocai: case award: 不认识的选项或缺少参数: --frob
? 2

# An option no event knows is reported like any unknown option.
$ tiaocai case accept 2026-1 --frob 2>&1 >/dev/null | sed -n 1p; exit ${PIPESTATUS[0]}
> tiaocai: case accept: 不认识的选项或缺少参数: --frob
? 2

# An option of another event names the option, not its value.
$ tiaocai case accept 2026-1 --reason 材料齐全 2>&1 >/dev/null | sed -n 1p; exit ${PIPESTATUS[0]}
> tiaocai: case accept 不用选项 --reason
? 2

$ tiaocai user add --login x 2>&1 >/dev/null | sed -n 1p; exit ${PIPESTATUS[0]}
> tiaocai: user add: 需要 --login、--name 和 --role
? 2

# Nothing was changed by any of that.
$ sqlite3 "$TIAOCAI_DB" "SELECT stage, version FROM cases"
> received|1

# ---- 1: refused -------------------------------------------------------

$ tiaocai case show 2026-9
! tiaocai: 没有找到案件 2026-9
? 1

$ tiaocai case award 2026-1 --amount 8000
! tiaocai: 案件处于「收案」阶段, 不能裁决; 现在可以: accept refuse premediate withdraw transfer
? 1

$ tiaocai case add --applicant 张三 --applicant-id 110105194912310021 --employer 某劳务公司 --claim 工资:8000
! tiaocai: 申请人身份证号: 校验位不符, 第18位应为 X
? 1

$ tiaocai --db nothere.db case list
! tiaocai: 数据库 nothere.db 不存在 (先运行 tiaocai init 或 tiaocai demo)
? 1

# init never touches an existing file, a database or not.
$ sha1sum t.db > t.sum; tiaocai init 2>err; rc=$?; sed "s|$PWD/||" err >&2; sha1sum -c --quiet t.sum; exit $rc
! tiaocai: t.db 已存在, 不会改动它 (要新建请换一个文件名)
? 1

$ echo junk > junk.db; tiaocai --db junk.db init; cat junk.db
> junk
! tiaocai: junk.db 已存在, 不会改动它 (要新建请换一个文件名)

# ---- 3: storage -------------------------------------------------------

$ echo junk > bad.db; tiaocai --db bad.db case list
! tiaocai: bad.db: 数据库文件已损坏或不是本程序的数据库
? 3

$ head -c 4096 /dev/zero > zero.db; tiaocai --db zero.db case list
!*
? 3

# Another program's SQLite database is not ours: refused, left as it was.
$ sqlite3 other.db 'CREATE TABLE notes(x); INSERT INTO notes VALUES (1)'; sha1sum other.db > other.sum; tiaocai --db other.db case list; rc=$?; sha1sum -c --quiet other.sum && sqlite3 other.db .tables; exit $rc
> notes
!*
? 3

# An empty file is not a database of ours either; it stays empty.
$ : > empty.db; tiaocai --db empty.db case list; rc=$?; wc -c < empty.db; exit $rc
> 0
!*
? 3

$ mkdir dir.db; tiaocai --db dir.db case list
!*
? 3

# Cannot create: the directory is a regular file.
$ echo x > notadir; tiaocai --db notadir/new.db init
! tiaocai: 无法创建 notadir/new.db: 路径中有一段不是目录
? 3

# Output that cannot be written (a full disk).
$ tiaocai case list > /dev/full
! tiaocai: 无法写出结果 (磁盘已满或管道已关闭)
? 3

$ tiaocai case list --format csv > /dev/full
!*
? 3

# A case registered while stdout cannot be written is still registered,
# and the clerk is told so rather than left to register it twice.
$ tiaocai case add --applicant 陈梅 --applicant-id 440524188001010014 --employer 贵阳某物业管理有限公司 --claim 工资:4200 > /dev/full
! tiaocai: 警告: 申请人 陈梅: 按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)
! tiaocai: 无法写出结果 (磁盘已满或管道已关闭); 本次办理的改动已保存
? 3
$ tiaocai case list --query 陈梅 --format csv | tail -n +2 | cut -d, -f7
> "陈梅"
