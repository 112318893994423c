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
