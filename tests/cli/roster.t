# tiaocai roster: import, list and export the roster file
# (layout in man/roster-layout.txt).
$ tiaocai init
>*

$ tiaocai roster import $DATA/roster.csv
> 已导入名册: 组织 9 个, 人员 31 名

# The same file again adds and changes nobody.
$ tiaocai roster import $DATA/roster.csv
> 已导入名册: 组织 9 个, 人员 31 名

$ tiaocai roster list --format csv | wc -l
> 32

# Columns line up by display width; 黄丽's term has ended, 孙悦 is suspended.
$ tiaocai roster list --role mediator | head -8
> 姓名      角色    组织                      专职/兼职  专长            语言            聘期                   状态  在办
> 陈立平    调解员  贵阳市劳动人事争议仲裁…   专职       工资、社保      普通话、贵阳话  2024-01-01~2026-12-31  在册     0
> 王芳      调解员  贵阳市劳动人事争议仲裁…   专职       工资、新业态    普通话、贵阳话  2024-01-01~2026-12-31  在册     0
> 黄丽      调解员  贵阳市劳动人事争议仲裁…   专职       工资、工伤      普通话、贵阳话  2023-07-01~2026-06-30  期满     0
> 龙德明    调解员  贵阳市劳动人事争议仲裁…   兼职       工资、工伤、…   普通话、苗语…   2025-01-01~2027-12-31  在册     0
> 韦兴荣    调解员  南明区花果园街道劳动争…   兼职       工资、工伤      普通话、贵阳…   2024-01-01~2026-12-31  在册     0
> 刘敏      调解员  南明区花果园街道劳动争…   兼职       工资            贵阳话          2024-01-01~2026-12-31  在册     0
> 孙悦      调解员  南明区花果园街道劳动争…   兼职       工资、经济补偿  普通话、四川话  2025-01-01~2027-12-31  暂停     0

# CSV lines end in CRLF (RFC 4180).
$ tiaocai roster list --role clerk --format csv --header en | tr -d '\r'
> "name","role","org","employment","background","cert_no","specialties","languages","term_start","term_end","standing","status_reason","phone","caseload"
> "郑丽","clerk","贵阳市劳动人事争议仲裁院","专职","","","","普通话、贵阳话","","","在册","","0851-85871250","0"
> "冯晓东","clerk","贵阳市劳动人事争议仲裁院","专职","","","","普通话、贵阳话","","","在册","","0851-85871251","0"
> "谢婷","clerk","贵阳市劳动人事争议仲裁院","专职","","","","普通话、布依语","","","在册","","0851-85871252","0"

# A bad row on line 7: the file is refused whole.
$ cp $FIX/roster-bad-line7.csv . && tiaocai roster import roster-bad-line7.csv
! tiaocai: roster-bad-line7.csv:7: 电话: 手机号应为11位 (现为10位)
? 1

$ tiaocai roster list --format csv | grep -c 黔灵镇
> 0
? 1

# Export, import into a new database, export again: the same bytes.
$ tiaocai roster export r.csv && tiaocai --db new.db init >/dev/null && tiaocai --db new.db roster import r.csv && tiaocai --db new.db roster export r2.csv && cmp r.csv r2.csv
> 已导入名册: 组织 9 个, 人员 31 名

$ tiaocai roster export g.csv --encoding gb18030 --header en && tiaocai --db g.db init >/dev/null && tiaocai --db g.db roster import g.csv && tiaocai --db g.db roster export g2.csv && cmp r.csv g2.csv
> 已导入名册: 组织 9 个, 人员 31 名

$ tiaocai roster export - --public | grep -c 黔城建工
> 0
? 1

$ tiaocai roster export - | head -2 | tr -d '\r'
> "类别","名称","所属组织","组织类型","统一社会信用代码","服务区域","专兼职","背景","证书编号","专长","语言","聘期开始","聘期结束","状态","状态说明","电话","联系人"
> "组织","贵阳市劳动人事争议仲裁院","","其他","12520100429601730J","贵阳市","","","","","","","","在册","","0851-85871234","郑丽"

$ tiaocai roster import
! tiaocai: roster import 需要一个文件
!*
? 2

$ tiaocai roster list --role judge
! tiaocai: 角色只能是 mediator、arbitrator 或 clerk, 不是 judge
? 2

$ tiaocai roster export x.csv --encoding latin1
!*
? 2

# ---- one person at a time: add, edit, suspend, dismiss, resume ---------

# Lists typed with commas are stored with 、; the term in one option.
$ tiaocai roster add --role mediator --name 田甜 --org 贵阳市劳动人事争议仲裁院 --employment 兼职 --specialties '工资, 新业态' --term 2026-01-01:2028-12-31 --phone 139-8554-0099
> 已登记 调解员 田甜 (编号 32)

$ tiaocai roster list --role mediator --format csv | tail -1 | tr -d '\r'
> "田甜","调解员","贵阳市劳动人事争议仲裁院","兼职","","","工资、新业态","","2026-01-01","2028-12-31","在册","","13985540099","0"

# The same role, name and organisation twice is refused, naming the entry.
$ tiaocai roster add --role 调解员 --name 田甜 --org 贵阳市劳动人事争议仲裁院
! tiaocai: 名称: 名册中已有调解员 田甜@贵阳市劳动人事争议仲裁院 (编号 32)
? 1

# Each bad value is named by its column, as in the file's header.
$ tiaocai roster add --role mediator --name 吴刚 --org 观山湖区调委会
! tiaocai: 所属组织: 名册中没有组织 观山湖区调委会 (组织须先用 roster import 登记)
? 1

$ tiaocai roster add --role mediator --name 吴刚 --employment 外聘 --phone 12345
! tiaocai: 电话: 手机号应为11位 (现为5位) (另有 1 处错误)
? 1

$ tiaocai roster add --role judge --name 吴刚
! tiaocai: 角色只能是 mediator、arbitrator 或 clerk, 不是 judge
? 2

$ tiaocai roster add --name 吴刚
!*
? 2

# A term that would end before it begins: refused, and nothing changes.
$ tiaocai roster edit 田甜 --term-end 2025-12-31
! tiaocai: 聘期结束: 聘期结束 2025-12-31 早于聘期开始 2026-01-01
? 1

$ tiaocai roster export - | grep 田甜 | tr -d '\r'
> "调解员","田甜","贵阳市劳动人事争议仲裁院","","","","兼职","","","工资、新业态","","2026-01-01","2028-12-31","在册","","13985540099",""

$ tiaocai roster edit 田甜 --languages '普通话；贵阳话' --cert 筑调2026-101 --term-end 2029/06/30
> 已修改 调解员 田甜 (编号 32)

# "-" empties a value; the same values again change nothing.
$ tiaocai roster edit 32 --phone -
> 已修改 调解员 田甜 (编号 32)

$ tiaocai roster edit 32 --cert 筑调2026-101
> 调解员 田甜 (编号 32) 没有变化

$ tiaocai roster export - | grep 田甜 | tr -d '\r'
> "调解员","田甜","贵阳市劳动人事争议仲裁院","","","","兼职","","筑调2026-101","工资、新业态","普通话、贵阳话","2026-01-01","2029-06-30","在册","","",""

# 石磊 is an arbitrator; a mediator of the same name makes the name
# ambiguous until the role (or 姓名@组织) is given.
$ tiaocai roster add --role mediator --name 石磊 --term-start 2026-03-01
> 已登记 调解员 石磊 (编号 33)

$ tiaocai roster edit 石磊 --background 律师
! tiaocai: 名册中有 2 人叫 石磊 (调解员 石磊@、仲裁员 石磊@贵阳市劳动人事争议仲裁院), 请用 --role 指明角色
? 1

$ tiaocai roster edit 石磊 --role mediator --background 律师
> 已修改 调解员 石磊 (编号 33)

$ tiaocai roster edit 石磊@ --employment 兼职
> 已修改 调解员 石磊 (编号 33)

$ tiaocai roster edit 石磊 --role mediator --org 贵阳市劳动人事争议仲裁院 --name 田甜
! tiaocai: 名称: 名册中已有调解员 田甜@贵阳市劳动人事争议仲裁院 (编号 32)
? 1

$ tiaocai roster edit 查无此人 --phone 13985540099
! tiaocai: 名册中没有 查无此人
? 1

$ tiaocai roster edit 田甜
!*
? 2

# Assigning: 田甜 takes a case; suspended, she is refused with the reason;
# back on the roster, she takes the next.
$ tiaocai case add --applicant 罗建 --applicant-id 440524188001010014 --employer 贵阳某餐饮管理有限公司 --claim 工资:6800 --received 2026-10-12 && tiaocai case add --applicant 赵强 --applicant-id 520102199010190292 --employer 观山湖区某快递网点 --claim 工资:12000 --received 2026-10-12
> 贵劳人仲案字〔2026〕第1号
> 贵劳人仲案字〔2026〕第2号
! tiaocai: 警告: 申请人 罗建: 按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)

$ tiaocai case accept 2026-1 --on 2026-10-12 >/dev/null && tiaocai case accept 2026-2 --on 2026-10-12 >/dev/null
$ tiaocai case mediate 2026-1 --mediator 田甜 --on 2026-10-13
> 贵劳人仲案字〔2026〕第1号: 已立案 -> 调解中, 组庭通知届满 2026-10-19

$ tiaocai roster suspend 田甜
!*
? 2

$ tiaocai roster suspend 田甜 --reason 长期出差
> 已暂停 调解员 田甜 (编号 32)

$ tiaocai case mediate 2026-2 --mediator 田甜 --on 2026-10-13
! tiaocai: 调解员 田甜 已暂停: 长期出差
? 1

# The open case keeps her; the list shows the status.
$ tiaocai roster list --role mediator | grep 田甜
> 田甜      调解员  贵阳市劳动人事争议仲裁院  兼职       工资、新业态    普通话、贵阳话  2026-01-01~2029-06-30  暂停     1

$ tiaocai roster resume 田甜
> 已恢复在册 调解员 田甜 (编号 32)

$ tiaocai roster resume 田甜
! tiaocai: 调解员 田甜@贵阳市劳动人事争议仲裁院 (编号 32) 本已在册
? 1

$ tiaocai case mediate 2026-2 --mediator 田甜 --on 2026-10-13
> 贵劳人仲案字〔2026〕第2号: 已立案 -> 调解中, 组庭通知届满 2026-10-19

$ tiaocai roster export - | grep 田甜 | cut -d, -f14,15
> "在册",""

$ tiaocai roster dismiss 石磊 --role mediator --reason 本人辞任
> 已解聘 调解员 石磊 (编号 33)

# Who may: the roster is changed by an admin or a supervisor, not a clerk.
$ tiaocai user add --login "$(id -un)" --name 管理员 --role admin >/dev/null && tiaocai user add --login clerk1 --name 书记员甲 --role clerk >/dev/null && tiaocai user add --login kezhang --name 王科长 --role supervisor >/dev/null

$ TIAOCAI_USER=clerk1 tiaocai roster add --role mediator --name 吴刚
! tiaocai: clerk1 (书记员) 无权进行此操作, 需由管理员、院领导办理
? 1

$ TIAOCAI_USER=clerk1 tiaocai roster suspend 田甜 --reason 试试
! tiaocai: clerk1 (书记员) 无权进行此操作, 需由管理员、院领导办理
? 1

$ TIAOCAI_USER=kezhang tiaocai roster edit 田甜 --background 工会
> 已修改 调解员 田甜 (编号 32)

# Every change is in the journal, with what changed.
$ sqlite3 "$TIAOCAI_DB" "SELECT detail FROM journal WHERE kind = 'roster' AND detail NOT LIKE '导入%' ORDER BY id"
> 登记调解员 田甜@贵阳市劳动人事争议仲裁院 (编号 32)
> 修改调解员 田甜@贵阳市劳动人事争议仲裁院 (编号 32): 证书编号 (空) → 筑调2026-101; 语言 (空) → 普通话、贵阳话; 聘期结束 2028-12-31 → 2029-06-30
> 修改调解员 田甜@贵阳市劳动人事争议仲裁院 (编号 32): 电话 13985540099 → (空)
> 登记调解员 石磊 (编号 33)
> 修改调解员 石磊 (编号 33): 背景 (空) → 律师
> 修改调解员 石磊 (编号 33): 专兼职 (空) → 兼职
> 暂停调解员 田甜@贵阳市劳动人事争议仲裁院 (编号 32): 长期出差
> 恢复调解员 田甜@贵阳市劳动人事争议仲裁院 (编号 32) 在册 (原为暂停: 长期出差)
> 解聘调解员 石磊 (编号 33): 本人辞任
> 修改调解员 田甜@贵阳市劳动人事争议仲裁院 (编号 32): 背景 (空) → 工会

# After the edits the roster still round-trips: export, import into a new
# database, export again gives the same bytes; and importing the export
# into this database changes nobody.
$ tiaocai roster export e.csv && tiaocai --db e.db init >/dev/null && tiaocai --db e.db roster import e.csv && tiaocai --db e.db roster export e2.csv && cmp e.csv e2.csv
> 已导入名册: 组织 9 个, 人员 33 名

$ tiaocai roster import e.csv && sqlite3 "$TIAOCAI_DB" "SELECT detail FROM journal WHERE kind = 'roster' ORDER BY id DESC LIMIT 1" | sed 's/^导入名册 [^:]*: //'
> 已导入名册: 组织 9 个, 人员 33 名
> 组织 9 个 (新增 0, 更新 0), 人员 33 名 (新增 0, 更新 0)

# A lawyer reads the roster without the staff's private mobile numbers and
# without the reasons for a suspension or a dismissal (the standing stays);
# a clerk sees both.  A lawyer may not export the roster at all.
$ tiaocai user add --login lvshi --name 周律师 --role lawyer
>*
$ tiaocai roster suspend 陈立平 --reason 病假
> 已暂停 调解员 陈立平 (编号 1)
$ TIAOCAI_USER=clerk1 tiaocai roster list --format csv --header en | grep -E '^"(name|陈立平|石磊)"' | cut -d, -f1,11-13 | tr -d '\r'
> "name","standing","status_reason","phone"
> "陈立平","暂停","病假","13985017342"
> "石磊","解聘","本人辞任",""
> "石磊","在册","","13985431106"
$ TIAOCAI_USER=lvshi tiaocai roster list --format csv --header en | grep -E '^"(name|陈立平|石磊)"' | cut -d, -f1,11-13 | tr -d '\r'
> "name","standing","status_reason","phone"
> "陈立平","暂停","",""
> "石磊","解聘","",""
> "石磊","在册","",""
# Not one row of the lawyer's list has either.
$ TIAOCAI_USER=lvshi tiaocai roster list --format csv | cut -d, -f12,13 | sort -u | tr -d '\r'
> "",""
> "状态说明","电话"
$ TIAOCAI_USER=lvshi tiaocai roster export l.csv
! tiaocai: lvshi (法律援助律师) 无权进行此操作, 需由管理员、书记员、调解员、仲裁员、院领导办理
? 1
$ TIAOCAI_USER=lvshi tiaocai roster export -
! tiaocai: lvshi (法律援助律师) 无权进行此操作, 需由管理员、书记员、调解员、仲裁员、院领导办理
? 1
$ test -e l.csv || echo 没有导出文件
> 没有导出文件
