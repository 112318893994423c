# Where the database goes, how it is protected, and that an installed
# program finds its calendars without help.

# Without --db or $TIAOCAI_DB: $XDG_DATA_HOME/tiaocai/tiaocai.db, with its
# directories made, readable by its owner alone.
$ env -u TIAOCAI_DB XDG_DATA_HOME=$PWD/xdg tiaocai init --office 遵义市劳动人事争议仲裁委员会 --code 遵劳人仲 | sed "s|$PWD|.|"
> 已新建数据库 ./xdg/tiaocai/tiaocai.db (遵义市劳动人事争议仲裁委员会)
$ stat -c %a xdg/tiaocai/tiaocai.db
> 600

# The office's abbreviation is in its case numbers.
$ env -u TIAOCAI_DB XDG_DATA_HOME=$PWD/xdg tiaocai case add --applicant 王五 --applicant-id 440524188001010014 --employer 遵义某商贸有限公司 --claim 工资:3000
> 遵劳人仲案字〔2026〕第1号
! tiaocai: 警告: 申请人 王五: 按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)

# Without $XDG_DATA_HOME: ~/.local/share/tiaocai/tiaocai.db.
$ env -u TIAOCAI_DB -u XDG_DATA_HOME tiaocai init | sed "s|$PWD|~|"
> 已新建数据库 ~/.local/share/tiaocai/tiaocai.db (贵阳市劳动人事争议仲裁委员会)

# $TIAOCAI_DB wins over $XDG_DATA_HOME, and --db over both.
$ XDG_DATA_HOME=$PWD/elsewhere tiaocai init | sed "s|$PWD|.|"
> 已新建数据库 ./t.db (贵阳市劳动人事争议仲裁委员会)
$ tiaocai --db other.db init
> 已新建数据库 other.db (贵阳市劳动人事争议仲裁委员会)
$ test -e elsewhere && echo made || echo untouched
> untouched

# In a group-shared office directory (setgid) the group may write too.
$ mkdir office && chmod 2770 office && tiaocai --db office/o.db init >/dev/null && stat -c %a office/o.db
> 660

# WAL is set once, at creation.
$ sqlite3 t.db 'PRAGMA journal_mode'
> wal

# An installed copy, moved anywhere, finds its shipped calendars.  (Built in
# a copy of the tree's build directory, so the tree's own binary keeps its
# installed paths.)
$ mkdir b && { [ ! -d "$TOP/build" ] || cp -a "$TOP/build/." b/; } && make -s -C "$TOP" B="$PWD/b" BIN="$PWD/b/tiaocai" install PREFIX=/opt/tc DESTDIR="$PWD/root" >/dev/null && env -u TIAOCAI_DATADIR "$PWD/root/opt/tc/bin/tiaocai" --db inst.db init | sed "s|$PWD|.|"
> 已新建数据库 inst.db (贵阳市劳动人事争议仲裁委员会)
$ env -u TIAOCAI_DATADIR "$PWD/root/opt/tc/bin/tiaocai" --db inst.db calendar show 2026 | tail -n 1
> 2026 年工作日 248 天
$ make -s -C "$TOP" B="$PWD/b" BIN="$PWD/b/tiaocai" uninstall PREFIX=/opt/tc DESTDIR="$PWD/root" && find root -type f | wc -l
> 0

# The office's name and abbreviation pass the same checks as `config`:
# refused before anything is created.
$ tiaocai --db bad.db init --office $'贵阳市\u202e劳动人事争议仲裁委员会'; echo $?; ls bad.db* 2>/dev/null | wc -l
> 1
> 0
! tiaocai: 机构名称: 第4个字是不可见的控制字符 U+202E (从右向左覆盖), 请删去后重新输入
$ tiaocai --db bad.db init --code ''
! tiaocai: 仲裁委简称: 不能为空
? 1
