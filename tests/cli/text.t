# text.t - text that cannot attack a terminal, a spreadsheet or a reader.
# Every kind of field, typed on the command line or brought in by a file,
# refuses control characters (C0, DEL, C1), the bidirectional controls and
# the invisible format characters, with a message that names the field and
# the character as U+XXXX with its position, and exits 1 with nothing
# changed.  Limits are in characters, never bytes.  Text stored behind the
# program's back is shown with those characters dropped.

$ tiaocai init >/dev/null && tiaocai user add --login "$(id -un)" --name 管理员 --role admin >/dev/null && tiaocai roster import $DATA/roster.csv
> 已导入名册: 组织 9 个, 人员 31 名

$ tiaocai case add --applicant 王小明 --applicant-id 11010519491231002X --employer 贵州黔城建工集团有限公司 --claim 工资:25560 --received 2026-11-02
> 贵劳人仲案字〔2026〕第1号
! tiaocai: 警告: 申请人 王小明: 按身份证号, 收案时已 76 岁, 请核实 (已过七十周岁)

$ tiaocai case accept 2026-1 --on 2026-11-03 >/dev/null; tiaocai case list > before.txt; tiaocai case show 2026-1 > show-before.txt; cat before.txt
> 案号                       申请人  被申请人                    请求金额  阶段    届满日      剩余
> 贵劳人仲案字〔2026〕第1号  王小明  贵州黔城建工集团有限公司  ¥25,560.00  已立案  2026-11-09   -13

# ---- case add ------------------------------------------------------------

# U+202E turns the rest of a line around: 贵州‮测试公司 printed reversed.
$ tiaocai case add --applicant 张伟 --applicant-id 440524188001010014 --employer $'贵州\u202e测试公司' --claim 工资:9000
! tiaocai: 被申请人名称: 第3个字是不可见的控制字符 U+202E (从右向左覆盖), 请删去后重新输入
? 1

# A zero-width space makes a name that a search by the visible name misses.
$ tiaocai case add --applicant $'张\u200b伟' --applicant-id 440524188001010014 --employer 贵州测试公司 --claim 工资:9000
! tiaocai: 申请人姓名: 第2个字是不可见的格式字符 U+200B (零宽空格), 请删去后重新输入
? 1

$ tiaocai case add --applicant 张伟 --applicant-id 440524188001010014 --employer $'贵州\u200d测试公司' --claim 工资:9000
! tiaocai: 被申请人名称: 第3个字是不可见的格式字符 U+200D (零宽连字), 请删去后重新输入
? 1

# Stacked combining marks: two on one letter are a real name, three are not.
$ tiaocai case add --applicant $'Nguye\u0302\u0303\u0301n' --applicant-id 440524188001010014 --employer 贵州测试公司 --claim 工资:9000
! tiaocai: 申请人姓名: 第8个字是叠在同一个字上的第3个附加符号 U+0301, 一个字上最多 2 个, 请删去多余的
? 1

$ tiaocai case add --applicant 张伟 --applicant-id 440524188001010014 --employer 贵州测试公司 --claim 工资:9000 --project $'观山湖\e[2J项目'
! tiaocai: 项目名称: 第4个字是控制字符 U+001B (ESC 转义符), 请删去后重新输入
? 1

$ tiaocai case add --applicant 张伟 --applicant-id 440524188001010014 --employer 贵州测试公司 --claim 工资:9000 --industry $'建筑\u0085业'
! tiaocai: 行业: 第3个字是控制字符 U+0085 (C1 控制字符), 请删去后重新输入
? 1

# Limits count characters: 100 Chinese characters (300 bytes) are a project,
# 101 are not.
$ tiaocai case add --applicant 张伟 --applicant-id 440524188001010014 --employer 贵州测试公司 --claim 工资:9000 --project "$(printf '项%.0s' $(seq 101))"
! tiaocai: 项目名称: 最长 100 个字, 现为 101 个字
? 1

$ tiaocai case add --applicant "$(printf '张%.0s' $(seq 51))" --applicant-id 440524188001010014 --employer 贵州测试公司 --claim 工资:9000
! tiaocai: 申请人姓名: 最长 50 个字, 现为 51 个字
? 1

# The option's value in another message is quoted without its escapes.
$ tiaocai case add --applicant 张伟 --applicant-id 440524188001010014 --employer 贵州测试公司 --claim 工资:9000 --source $'窗\e]2;pwned\a口' 2>&1 | od -An -c | grep -c 033
> 0
? 1

$ tiaocai case list | cmp - before.txt && echo 未变
> 未变

# ---- workflow events ------------------------------------------------------

# The room was stored with the escape sequence, and later cut at 63 bytes
# in the middle of a character.
$ tiaocai case hearing 2026-1 --room $'庭\e]2;pwned\a' --at '2026-12-10 09:30'
! tiaocai: 开庭地点: 第2个字是控制字符 U+001B (ESC 转义符), 请删去后重新输入
? 1

$ tiaocai case hearing 2026-1 --room "$(printf '庭%.0s' $(seq 41))" --at '2026-12-10 09:30'
! tiaocai: 开庭地点: 最长 30 个字, 现为 41 个字
? 1

$ tiaocai case suspend 2026-1 --reason $'等待工伤认定\u2066结论'
! tiaocai: 理由: 第7个字是不可见的控制字符 U+2066 (从左向右隔离), 请删去后重新输入
? 1

$ tiaocai case transfer 2026-1 --to $'\ufeff劳动保障监察支队' --reason 属于监察事项
! tiaocai: 移送至: 第1个字是不可见的格式字符 U+FEFF (零宽不换行空格/字节序标记), 请删去后重新输入
? 1

$ tiaocai case show 2026-1 | cmp - show-before.txt && echo 未变
> 未变

# Rooms are the office's own records, named under the same rules.
$ tiaocai room add $'庭\e]2;pwned\a'
! tiaocai: 开庭地点名称: 第2个字是控制字符 U+001B (ESC 转义符), 请删去后重新输入
? 1

$ tiaocai room add "$(printf '庭%.0s' $(seq 31))"
! tiaocai: 开庭地点名称: 最长 30 个字, 现为 31 个字
? 1

$ tiaocai room add 速裁庭 --address $'观山湖区\u202e一楼'
! tiaocai: 地址: 第5个字是不可见的控制字符 U+202E (从右向左覆盖), 请删去后重新输入
? 1

$ tiaocai room list
> 还没有登记开庭地点 (tiaocai room add 名称)

# A room of 30 characters (90 bytes) is kept whole.
$ tiaocai room add "$(printf '庭%.0s' $(seq 30))" >/dev/null && tiaocai case hearing 2026-1 --room "$(printf '庭%.0s' $(seq 30))" --at '2026-12-10 09:30' --arbitrator 何文斌 >/dev/null 2>&1; tiaocai case show 2026-1 | sed -n '/^开庭:/,/^$/p'
> 开庭:
>   次  时间                    地点                                                          仲裁员  状态    说明
>    1  2026-12-10 09:30-10:30  庭庭庭庭庭庭庭庭庭庭庭庭庭庭庭庭庭庭庭庭庭庭庭庭庭庭庭庭庭庭  何文斌  已排期
>

$ tiaocai case list > before.txt; tiaocai case show 2026-1 > show-before.txt

# ---- roster, users, settings ----------------------------------------------

$ tiaocai roster add --role mediator --name $'田\u200d甜' --org 贵阳市劳动人事争议仲裁院
! tiaocai: 名称: 第2个字是不可见的格式字符 U+200D (零宽连字), 请删去后重新输入
? 1

$ tiaocai roster add --role mediator --name 田甜 --specialties $'工资\u2067'
! tiaocai: 专长: 第3个字是不可见的控制字符 U+2067 (从右向左隔离), 请删去后重新输入
? 1

$ tiaocai roster list --role mediator | grep -c 田甜
> 0
? 1

$ tiaocai user add --login li --name $'李\e[31m红' --role clerk
! tiaocai: 姓名: 第2个字是控制字符 U+001B (ESC 转义符), 请删去后重新输入
? 1

$ tiaocai config office_name $'贵阳市\u202e仲裁委'
! tiaocai: 机构名称: 第4个字是不可见的控制字符 U+202E (从右向左覆盖), 请删去后重新输入
? 1

$ tiaocai config | grep office_name
> office_name         机构名称                        贵阳市劳动人事争议仲裁委员会

# ---- files ---------------------------------------------------------------

$ head -2 $FIX/import-cases.csv | sed $'2s/张伟/张\u202e伟/' > bad.csv; tiaocai import cases bad.csv
! tiaocai: bad.csv:2: 申请人: 第2个字是不可见的控制字符 U+202E (从右向左覆盖), 请删去后重新输入
? 1

$ printf 'date,kind,name\n2027-01-01,off,元旦\n2027-02-10,off,春\033[2J节\n' > cal.csv; tiaocai calendar import cal.csv
! tiaocai: cal.csv:3: name: 第2个字是控制字符 U+001B (ESC 转义符), 请删去后重新输入
? 1

$ printf 'kind,name\n调解员,田\342\200\213甜\n' > roster.csv; tiaocai roster import roster.csv
! tiaocai: roster.csv:2: name: 第2个字是不可见的格式字符 U+200B (零宽空格), 请删去后重新输入
? 1

$ tiaocai case list | cmp - before.txt && tiaocai calendar show 2027 | head -n 1
> 2027 年国务院放假安排未载入, 暂按法定节假日计算

# ---- what is already stored ----------------------------------------------

# Written straight into the database with sqlite3, past every check: an
# escape sequence (it would retitle the terminal), U+202E (it would print
# the name reversed) and a zero-width space.
$ sqlite3 t.db "UPDATE cases SET hearing_room = '庭' || char(27) || ']2;pwned' || char(7), project = '观山湖' || char(8238) || '项目' WHERE seq = 1; UPDATE parties SET name = '贵州' || char(8238) || '测试' || char(8203) || '公司' || char(27) || '[31m' WHERE side = 'respondent'"

$ tiaocai case show 2026-1 | LC_ALL=C grep -c -e $'\e' -e $'\a' -e $'\u202e' -e $'\u200b'
> 0
? 1

$ tiaocai case show 2026-1 | grep -e '^  *1  2026' -e '^行业' -e 用人单位
> 行业: -    项目: 观山湖项目
>   r1    贵州测试公司[31m                                  用人单位
>    1  2026-12-10 09:30-10:30  庭庭庭庭庭庭庭庭庭庭庭庭庭庭庭庭庭庭庭庭庭庭庭庭庭庭庭庭庭庭  何文斌  已排期

$ tiaocai case list | LC_ALL=C grep -c -e $'\e' -e $'\u202e'
> 0
? 1

# The same for a room's record: the room list and the hearing calendar.
$ sqlite3 t.db "UPDATE rooms SET name = '庭' || char(27) || ']2;pwned' || char(7) || char(8238) || '审', address = '观山湖区' || char(8203) || '一楼'"

$ tiaocai room list | LC_ALL=C grep -c -e $'\e' -e $'\a' -e $'\u202e' -e $'\u200b'
> 0
? 1

$ tiaocai room list | sed 1d; tiaocai hearings | sed 1d
> 庭]2;pwned审                是    观山湖区一楼
> 2026-12-10 09:30-10:30  庭]2;pwned审  2026-1  王小明  贵州黔城建工集团有…   何文斌          已排期

$ sqlite3 t.db "UPDATE settings SET value = '贵阳市' || char(27) || ']2;pwned' || char(7) || char(8238) || '仲裁委' WHERE key = 'office_name'"; tiaocai config office_name; tiaocai config | grep office_name
> 贵阳市]2;pwned仲裁委
> office_name         机构名称                        贵阳市]2;pwned仲裁委
