# tiaocai import cases: the ledger layout plus ID numbers read in, all or
# nothing, duplicates, encodings, and the round trip through export ledger.
# The fixtures' cases walk every stage (a 2025 case closed in 2026, the
# Spring Festival and National Day, a collective case of 12 workers).
$ tiaocai init >/dev/null && tiaocai roster import $DATA/roster.csv
> 已导入名册: 组织 9 个, 人员 31 名

# Case 9's hearing is still to come: its room (the 开庭地点 column) must be
# one the office has registered, so the room comes before the cases.
$ tiaocai room add 第一仲裁庭
> 已登记开庭地点 第一仲裁庭

$ tiaocai import cases $FIX/import-cases.csv
> 已导入案件 14 件

$ tiaocai case list --format csv --header en | tr -d '\r' | cut -d, -f1-9 | sort
> "case_no","received_on","accepted_on","stage","outcome","track","applicant","workers","respondent"
> "贵劳人仲案字〔2025〕第1号","2025-12-22","2025-12-23","结案","调解","普通","张伟","1","贵州筑成建设工程有限公司"
> "贵劳人仲案字〔2026〕第10号","2026-11-16","2026-11-18","已立案","","简易","田甜","1","贵阳悦家超市有限公司"
> "贵劳人仲案字〔2026〕第11号","2026-11-19","","案前调解","","普通","黄大明","1","贵州山泉农业开发有限公司"
> "贵劳人仲案字〔2026〕第12号","2026-11-20","","收案","","普通","龙翠秀","1","包工头蒋某、贵州筑成建设工程有限公司"
> "贵劳人仲案字〔2026〕第13号","2026-11-21","","收案","","简易","韦小燕","1","贵阳老街餐饮管理有限公司"
> "贵劳人仲案字〔2026〕第2号","2026-03-16","2026-03-18","结案","部分终局裁决","普通","李建国","1","李建军、贵州恒达劳务有限公司、贵州中建鼎盛建设工程有限公司"
> "贵劳人仲案字〔2026〕第3号","2026-04-20","","结案","案外调解","普通","王小明等12人","12","贵州鼎盛劳务有限公司"
> "贵劳人仲案字〔2026〕第4号","2026-05-11","2026-05-12","结案","撤回","普通","赵丽","1","贵阳高远物业服务有限公司"
> "贵劳人仲案字〔2026〕第5号","2026-06-01","","结案","不予受理","普通","孙强","1","贵州祥瑞电子科技有限公司"
> "贵劳人仲案字〔2026〕第6号","2026-07-06","2026-07-07","结案","移送","普通","周平","1","贵阳华银网络科技有限公司"
> "贵劳人仲案字〔2026〕第7号","2026-09-28","2026-09-30","中止","","普通","罗成","1","贵州凯达建材有限公司"
> "贵劳人仲案字〔2026〕第9号","2026-11-02","2026-11-03","审理中","","普通","马骁军","1","贵州黔通运输有限公司"
> "贵劳人仲速裁字〔2026〕第1号","2026-02-09","2026-02-10","结案","终局裁决","速裁","杨秀英","1","贵阳市黔味餐饮管理有限公司"
> "贵劳人仲速裁字〔2026〕第8号","2026-10-26","2026-10-27","调解中","","速裁","何芳","1","贵阳千寻网络科技有限公司"

# Every worker of the group is stored with an ID number, three of them as
# the representatives, and each claims their own wages (the claims column
# writes each item's worker by name, or as 3号, its place in the row).
$ tiaocai case show 2026-3 | grep -cE ' [0-9]{17}[0-9X] .* 申请人( \(代表人\))? *$'
> 12

$ tiaocai case show 2026-3 | grep '(代表人)' | cut -c9-20 | tr -d ' '
> 王小明
> 吉克阿呷
> 杨勇强

$ tiaocai case show 2026-3 | grep -cE '^  [0-9]+ +a[0-9]+ .* 工资 +¥15,000.00 +¥12,500.00'
> 12

# The 案由 the file gives (劳动报酬 when it gives none), the respondents'
# seats, service addresses and legal representatives.
$ tiaocai case show 2026-2 | grep -oE '案由: [^ ]+'
> 案由: 解除终止劳动合同

$ tiaocai case show 2026-10 | grep -oE '案由: [^ ]+'
> 案由: 劳动报酬

$ tiaocai case show 2026-2 | grep -E '^  r[0-9] (法定代表人|住所|送达地址)'
>   r1 住所: 贵州省贵阳市花溪区某工地
>   r2 法定代表人: 陈恒达 (执行董事)
>   r2 住所: 贵州省贵阳市花溪区花溪大道88号
>   r3 法定代表人: 刘鼎盛 (董事长)
>   r3 住所: 贵州省贵阳市观山湖区林城西路1号
>   r3 送达地址: 贵州省贵阳市观山湖区金阳南路6号

# The journal says where a case came from, which day the ledger did not
# give (the day a hearing was set), and that a hearing on a day before the
# award is taken as held.
$ cp $FIX/import-cases.csv . && tiaocai --db j.db init >/dev/null && tiaocai --db j.db roster import $DATA/roster.csv >/dev/null && tiaocai --db j.db room add 第一仲裁庭 >/dev/null && tiaocai --db j.db import cases import-cases.csv >/dev/null && tiaocai --db j.db case show 2026-2 | grep -o '由 import.*'
> 由 import-cases.csv 第4行导入; 开庭安排日期台账未载, 记于 2026-04-08; 按开庭时间记为已开庭

# The ledger's hearings are hearing records: the two before an award held
# (a past hearing needs no room), case 9's still to come in its room.
$ tiaocai hearings --from 2026-01-01
> 时间                    地点        案号    申请人  被申请人              仲裁员  书记员  状态
> 2026-02-25 09:30-10:30              2026-1  杨秀英  贵阳市黔味餐饮管理…   何文斌          已开庭
> 2026-04-08 14:30-15:30              2026-2  李建国  李建军、贵州恒达劳…   蒋涛            已开庭
> 2026-11-25 09:00-10:00  第一仲裁庭  2026-9  马骁军  贵州黔通运输有限公司  宋佳            已排期

# A hearing still to come must be in a registered room and must not
# overlap another in that room; all or nothing, so nothing is added.
$ printf '收案日期,立案日期,申请人,申请人身份证号码,被申请人,请求金额,仲裁员,开庭时间,开庭地点\n2026-11-16,2026-11-17,石开明,522627197708173790,贵州乙公司,1000,何文斌,2026-11-25 09:30,第一仲裁庭\n' > room.csv && tiaocai import cases room.csv
! tiaocai: room.csv:2: 开庭时间: 与案件 贵劳人仲案字〔2026〕第9号 的开庭冲突 (2026-11-25 09:00 至 10:00, 第一仲裁庭): 同一开庭地点, 请另选时间或开庭地点
? 1

$ sed 's/第一仲裁庭$/第三仲裁庭/' room.csv > room3.csv && tiaocai import cases room3.csv
! tiaocai: room3.csv:2: 开庭地点: 没有「第三仲裁庭」, 可用的有: 第一仲裁庭
? 1

# Without a room at all: the line and the column.
$ sed 's/,第一仲裁庭$/,/' room.csv > noroom.csv && tiaocai import cases noroom.csv 2>&1 | cut -d: -f1-4; exit ${PIPESTATUS[0]}
> tiaocai: noroom.csv:2: 开庭地点
? 1

# The round trip: export, import into a new database (the ledger plus the
# import's own columns, put back beside it), export again: the same bytes.
$ cut -d, -f24- $FIX/import-cases.csv | tr -d '\r' > extra.csv && wc -l < extra.csv
> 15

$ tiaocai export ledger -o l1.csv && tr -d '\r' < l1.csv | paste -d, - extra.csv > f1.csv && tiaocai --db u.db init >/dev/null && tiaocai --db u.db roster import $DATA/roster.csv >/dev/null && tiaocai --db u.db room add 第一仲裁庭 >/dev/null && tiaocai --db u.db import cases f1.csv && tiaocai --db u.db export ledger -o l2.csv && cmp l1.csv l2.csv
> 已导入案件 14 件
! tiaocai: 已导出台账 14 件到 l1.csv
! tiaocai: 已导出台账 14 件到 l2.csv

$ tiaocai export ledger --encoding utf-8-bom -o b1.csv 2>/dev/null && tr -d '\r' < b1.csv | paste -d, - extra.csv > fb.csv && head -c 3 fb.csv | od -An -tx1 && tiaocai --db v.db init >/dev/null && tiaocai --db v.db roster import $DATA/roster.csv >/dev/null && tiaocai --db v.db room add 第一仲裁庭 >/dev/null && tiaocai --db v.db import cases fb.csv && tiaocai --db v.db export ledger --encoding utf-8-bom -o b2.csv 2>/dev/null && cmp b1.csv b2.csv
>  ef bb bf
> 已导入案件 14 件

$ tiaocai export ledger --encoding gb18030 -o g1.csv 2>/dev/null && iconv -f UTF-8 -t GB18030 extra.csv > gx.csv && tr -d '\r' < g1.csv | paste -d, - gx.csv > fg.csv && tiaocai --db w.db init >/dev/null && tiaocai --db w.db roster import $DATA/roster.csv >/dev/null && tiaocai --db w.db room add 第一仲裁庭 >/dev/null && tiaocai --db w.db import cases fg.csv --encoding gb18030 && tiaocai --db w.db export ledger --encoding gb18030 -o g2.csv 2>/dev/null && cmp g1.csv g2.csv && iconv -f GB18030 -t UTF-8 g2.csv | cmp - l1.csv
> 已导入案件 14 件

$ tiaocai export ledger --header en -o e1.csv 2>/dev/null && tr -d '\r' < e1.csv | paste -d, - extra.csv > fe.csv && tiaocai --db x.db init >/dev/null && tiaocai --db x.db roster import $DATA/roster.csv >/dev/null && tiaocai --db x.db room add 第一仲裁庭 >/dev/null && tiaocai --db x.db import cases fe.csv && tiaocai --db x.db export ledger --header en -o e2.csv 2>/dev/null && cmp e1.csv e2.csv
> 已导入案件 14 件

# A bad ID number on line 7 refuses the whole file; nothing is added.
$ tiaocai --db y.db init >/dev/null && tiaocai --db y.db roster import $DATA/roster.csv >/dev/null && cp $FIX/import-bad-id.csv . && tiaocai --db y.db import cases import-bad-id.csv
! tiaocai: import-bad-id.csv:7: 申请人身份证号码: 校验位不符, 第18位应为 3
? 1

$ tiaocai --db y.db export ledger | wc -l
> 1

# An unclosed quote: the line where the record began.
$ cp $FIX/import-unclosed.csv . && tiaocai --db y.db import cases import-unclosed.csv
! tiaocai: import-unclosed.csv:4: CSV 格式错误: 引号未闭合
? 1

# A required column missing, named by its header.
$ cp $FIX/import-nocol.csv . && tiaocai --db y.db import cases import-nocol.csv
! tiaocai: import-nocol.csv:1: 缺少列 applicant_id (申请人身份证号码)
? 1

$ tiaocai --db y.db export ledger | wc -l
> 1

# Line 2 is case 12 again (same applicant ID, first respondent and date
# received); line 4 repeats line 3.  Refused, naming the case, and nothing
# changes; with --skip-duplicates the new case goes in and two are skipped.
$ cp $FIX/import-dup.csv . && tiaocai import cases import-dup.csv
! tiaocai: import-dup.csv:2: 申请人身份证号码: 与已有案件 贵劳人仲案字〔2026〕第12号 重复 (申请人 龙翠秀、被申请人 包工头蒋某、收案日期 2026-11-20 相同); 用 --skip-duplicates 可跳过重复的行
? 1

$ tiaocai export ledger | wc -l
> 15

$ tiaocai import cases import-dup.csv --skip-duplicates
> 已导入案件 1 件 (跳过重复 2 件)

$ tiaocai case list --query 吴芳 --format csv | tr -d '\r' | cut -d, -f1,2,7,13 | tail -1
> "贵劳人仲案字〔2026〕第14号","2026-11-21","吴芳","7800.00"

# The whole file again: every row is a duplicate now.
$ tiaocai import cases $FIX/import-cases.csv --skip-duplicates
> 已导入案件 0 件 (跳过重复 14 件)

# A worker already facing the same employer in an open case (case 9, at
# the hearing stage) is refused on another day too, as case add refuses
# it; a reason in the 重复登记理由 column lets the row in, journalled.
$ printf '收案日期,申请人,申请人身份证号码,被申请人,请求金额\n2026-11-21,马骁军,520113197606212974,贵州黔通运输有限公司,3000\n' > again.csv && tiaocai import cases again.csv
! tiaocai: again.csv:2: 申请人身份证号码: 申请人 马骁军 与被申请人 贵州黔通运输有限公司 已在未结案件 贵劳人仲案字〔2026〕第9号 中, 可能是重复登记; 核实后确需另立一案的, 请在重复登记理由列写明理由; 用 --skip-duplicates 可跳过重复的行
? 1

$ printf '收案日期,申请人,申请人身份证号码,被申请人,请求金额,重复登记理由\n2026-11-21,马骁军,520113197606212974,贵州黔通运输有限公司,3000,前案未主张的加班工资\n' > again.csv && tiaocai import cases again.csv && tiaocai case show 2026-15 | grep -o '经核实仍登记.*'
> 已导入案件 1 件
> 经核实仍登记: 前案未主张的加班工资

# A claim for a worker the row does not have: the line, the column, the item.
$ printf 'received_on,applicant,applicant_id,respondent,claims\n2026-11-20,马骁军,520113197606212974,贵州乙公司,马骁军:工资:1000、马晓军:工资:2000\n' > who.csv && tiaocai import cases who.csv
! tiaocai: who.csv:2: claims: 第2项「马晓军:工资:2000」: 马晓军 不是本行的申请人 (项前写申请人的姓名或序号, 如 马骁军:工资:8000.00 或 2号:工资:8000.00)
? 1

# GB18030 is found without being asked; Chinese comes through whole.
$ tiaocai --db g.db init >/dev/null && tiaocai --db g.db import cases $FIX/import-gb18030.csv && tiaocai --db g.db export ledger | tr -d '\r' | cut -d, -f1,4,7,9
> 已导入案件 3 件
> "案号","阶段","申请人","被申请人"
> "贵劳人仲案字〔2026〕第1号","已立案","欧阳秀梅","遵义黔北酱香酒业有限公司"
> "贵劳人仲案字〔2026〕第2号","结案","阿卜杜·热合曼等2人","贵州鑫源建筑劳务有限公司"
> "贵劳人仲案字〔2026〕第3号","收案","龙德胜","黔东南州凯里市苗岭民族工艺品厂"

$ tiaocai --db g2.db init >/dev/null && tiaocai --db g2.db import cases $FIX/import-gb18030.csv --encoding utf-8 2>&1 | sed 's|^.*/||'
> import-gb18030.csv:1: 文件不是有效的 UTF-8 (可能是 GB18030 编码)

# UTF-8 with a BOM, English keys, columns in another order.
$ tiaocai --db g.db import cases $FIX/import-bom.csv && tiaocai --db g.db export ledger | tr -d '\r' | cut -d, -f1,6,7,12,13 | tail -2
> 已导入案件 2 件
> "贵劳人仲速裁字〔2026〕第4号","速裁","冉光辉","全国根治欠薪线索反映平台","10200.00"
> "贵劳人仲案字〔2026〕第5号","普通","杨梅","窗口","2400.00"

# Usage.
$ tiaocai import cases
! tiaocai: import cases 需要一个文件
!*
? 2

$ tiaocai import cases x.csv --encoding latin1
!*
? 2

$ tiaocai import roster x.csv
!*
? 2
