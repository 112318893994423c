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

# What the case file holds besides: a respondent who is a natural person
# (the team leader, with his ID number), each respondent's place in the
# chain of employment, third parties (the owner of the site, with or
# without a code), agents, the project.
$ tiaocai case show 2026-12 | sed -n '/^当事人/,/^$/p'
> 当事人 (劳动者 1 名):
>   编号  当事人                    身份证号/信用代码   性别  电话         角色
>   a1    龙翠秀                    52263119980930620X  女    15185110022  申请人
>   r1    包工头蒋某                522631197503084510  男                 包工头
>   r2    贵州筑成建设工程有限公司  91520102MA6AC8801Q                     总承包
>   t1    贵州某置业有限公司                                               第三人
>   r2 法定代表人: 王建筑 (执行董事)
>

$ tiaocai case show 2026-2 | grep -E '^  t1 |^  .. 委托代理人|^行业'
> 行业: 建筑业    项目: 花溪区某安置房项目
>   t1    贵州某建设投资有限公司        91520100MA6DJ2LQ0G              第三人
>   r2 委托代理人: 陈律师 (律师) 13908510001
>   t1 委托代理人: 刘某 (其他)

# 容缺受理: the documents still missing, and those received since (on
# the day the file gives).
$ tiaocai case show 2026-13 | grep ^容缺; tiaocai case show 2026-10 | grep ^容缺
> 容缺受理待补材料: 身份证复印件 (2026-12-01 前补交)
> 容缺受理材料: 已于 2026-11-19 补齐

# Payments: each of the payments column on its day (the item named or the
# case as a whole); the ledger's paid total alone is one payment on the
# closing day, and the journal says that the ledger did not give its day.
$ tiaocai case show 2025-1 | sed -n '/^履行/,/^$/p'; tiaocai case show 2026-1 | sed -n '/^履行/,/^$/p'
> 履行:
>   付款日      项         金额  付款人  说明
>   2026-01-10  全案  ¥8,000.00
>   2026-02-05  全案  ¥4,000.00
>
> 履行:
>   付款日      项        金额  付款人  说明
>   2026-03-20  1   ¥18,000.00
>

$ tiaocai case show 2026-3 | sed -n '/^履行/,/^$/p'
> 履行:
>   付款日      项           金额  付款人  说明
>   2026-05-08  全案  ¥100,000.00          台账只载合计, 兑现日期未载
>

$ tiaocai case show 2026-3 | grep -oE '(由 [^ ]+ 第[0-9]+行|[0-9-]{10} 付款).*' | sed 's|由 /.*/|由 |'
> 由 import-cases.csv 第5行导入; 已兑现金额台账只载合计, 兑现日期未载, 记于 2026-05-08
> 2026-05-08 付款 ¥100,000.00: 台账只载合计, 兑现日期未载

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
# import's own columns, put back beside it), export again: the same bytes,
# payments and the clerk in charge included.  The ledger writes the clerk
# by name (郑丽), the import finds the user of that name.  newdb.sh makes a
# database with the same roster and users.
$ printf '%s\n' 'tiaocai --db "$1" init >/dev/null && tiaocai --db "$1" roster import "$DATA/roster.csv" >/dev/null && tiaocai --db "$1" room add 第一仲裁庭 >/dev/null && tiaocai --db "$1" user add --login "$(id -un)" --name 管理员 --role admin >/dev/null && tiaocai --db "$1" user add --login zhengli --name 郑丽 --role clerk >/dev/null && tiaocai --db "$1" user add --login lvshi --name 李律师 --role lawyer >/dev/null' > newdb.sh

$ tiaocai user add --login "$(id -un)" --name 管理员 --role admin >/dev/null && tiaocai user add --login zhengli --name 郑丽 --role clerk >/dev/null && tiaocai case assign 2026-9 --clerk zhengli && tiaocai case list --query 马骁军 --format csv | tr -d '\r' | sed 1d | sed -E 's/.*,("[^"]*"),("[^"]*"),("[^"]*")$/\1 \2 \3/'
> 贵劳人仲案字〔2026〕第9号: 承办人 zhengli (第 4 版)
> "0.00" "劳动报酬" "郑丽"

$ cut -d, -f27- $FIX/import-cases.csv | tr -d '\r' > extra.csv && wc -l < extra.csv
> 15

$ tiaocai export ledger -o l1.csv && tr -d '\r' < l1.csv | paste -d, - extra.csv > f1.csv && sh newdb.sh u.db && tiaocai --db u.db import cases f1.csv && tiaocai --db u.db export ledger -o l2.csv && cmp l1.csv l2.csv
> 已导入案件 14 件
! tiaocai: 已导出台账 14 件到 l1.csv
! tiaocai: 已导出台账 14 件到 l2.csv

$ tiaocai export ledger --encoding utf-8-bom -o b1.csv 2>/dev/null && tr -d '\r' < b1.csv | paste -d, - extra.csv > fb.csv && head -c 3 fb.csv | od -An -tx1 && sh newdb.sh v.db && tiaocai --db v.db import cases fb.csv && tiaocai --db v.db export ledger --encoding utf-8-bom -o b2.csv 2>/dev/null && cmp b1.csv b2.csv
>  ef bb bf
> 已导入案件 14 件

$ tiaocai export ledger --encoding gb18030 -o g1.csv 2>/dev/null && iconv -f UTF-8 -t GB18030 extra.csv > gx.csv && tr -d '\r' < g1.csv | paste -d, - gx.csv > fg.csv && sh newdb.sh w.db && tiaocai --db w.db import cases fg.csv --encoding gb18030 && tiaocai --db w.db export ledger --encoding gb18030 -o g2.csv 2>/dev/null && cmp g1.csv g2.csv && iconv -f GB18030 -t UTF-8 g2.csv | cmp - l1.csv
> 已导入案件 14 件

$ tiaocai export ledger --header en -o e1.csv 2>/dev/null && tr -d '\r' < e1.csv | paste -d, - extra.csv > fe.csv && sh newdb.sh x.db && tiaocai --db x.db import cases fe.csv && tiaocai --db x.db export ledger --header en -o e2.csv 2>/dev/null && cmp e1.csv e2.csv
> 已导入案件 14 件

# The clerk by login is as good as by name; a name two users share is
# refused, since the file does not say which of them it is.
$ sed 's/"郑丽"/"zhengli"/' f1.csv > f2.csv && sh newdb.sh z.db && tiaocai --db z.db import cases f2.csv && tiaocai --db z.db export ledger -o l3.csv 2>/dev/null && cmp l1.csv l3.csv
> 已导入案件 14 件

$ sh newdb.sh z2.db && tiaocai --db z2.db user add --login zhengli2 --name 郑丽 --role clerk >/dev/null && tiaocai --db z2.db import cases f1.csv
! tiaocai: f1.csv:11: 承办人: 有 2 名用户叫 郑丽 (登录名 zhengli、zhengli2), 请改写承办人的登录名
? 1

$ sh newdb.sh z3.db && sed 's/"郑丽"/"郑莉"/' f1.csv > f3.csv && tiaocai --db z3.db import cases f3.csv
! tiaocai: f3.csv:11: 承办人: 没有登录名或姓名为 郑莉 的用户 (写承办人的登录名或姓名, 见 tiaocai user list)
? 1

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
! tiaocai: import-nocol.csv:1: 缺少列 applicant_id (申请人身份证号码) 或 applicant_uscc (申请人统一社会信用代码)
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

# ---- the case file's other columns (tests/cli/fixtures/import-casefile.csv,
# English keys) -------------------------------------------------------------
# An employer applies (its credit code in applicant_uscc, no ID number),
# against a worker (respondent_ids), with its legal representative,
# agents of both sides and the clerk by name; a worker with a legal-aid
# lawyer, documents received after filing and payments item by item; an
# open case with the ledger's paid total alone, and two third parties.
$ sh newdb.sh c.db && tiaocai --db c.db import cases $FIX/import-casefile.csv
> 已导入案件 3 件

$ tiaocai --db c.db case show 2026-1 | grep -E '^案由|^当事人' ; tiaocai --db c.db case show 2026-1 | sed -n '/^  编号/,/^$/p'
> 案由: 培训    申请方: 用人单位    承办人: 郑丽
> 当事人 (劳动者 1 名):
>   编号  当事人                  身份证号/信用代码   性别  电话           角色
>   a1    贵州某劳务派遣有限公司  91520102MAAB12345P        0851-85556677  申请人
>   r1    张三                    52010219900101123X  男                   用人单位
>   a1 法定代表人: 赵某 (执行董事)
>   a1 委托代理人: 钱律师 (律师) 13908510002
>   r1 委托代理人: 张父 (近亲属)
>

# The ledger writes an organisation that applied by its name alone; its
# workers are the respondents with an ID number.
$ tiaocai --db c.db export ledger --header en | tr -d '\r' | cut -d, -f1,7-9,24- | sed -n 2p
> "贵劳人仲案字〔2026〕第1号","贵州某劳务派遣有限公司","1","张三","0.00","培训","郑丽"

$ tiaocai --db c.db case show 2026-2 | grep -E '^集体|^容缺|^行业'; tiaocai --db c.db case show 2026-2 | sed -n '/^履行/,/^$/p'
> 集体争议: 否    法律援助: 是    挂牌督办: 否    援助律师: 李律师
> 行业: 住宿和餐饮业    项目: 南明区某商业综合体
> 容缺受理材料: 已于 2026-09-09 补齐
> 履行:
>   付款日      项       金额  付款人  说明
>   2026-10-10  1   ¥4,000.00
>   2026-11-10  1   ¥3,000.00
>   2026-11-10  2     ¥500.00
>

# The paid total of an open case is recorded on the day of its last event.
$ tiaocai --db c.db case show 2026-3 | sed -n '/^履行/,/^$/p'; tiaocai --db c.db case show 2026-3 | grep -E '^  t[0-9]'
> 履行:
>   付款日      项         金额  付款人  说明
>   2026-11-04  全案  ¥2,000.00          台账只载合计, 兑现日期未载
>
>   t1    贵州某物业服务有限公司  91520103MA6CW7781K              第三人
>   t2    刘某某                  520102196503042710  男          第三人

$ cut -d, -f27- $FIX/import-casefile.csv | tr -d '\r' > cx.csv && tiaocai --db c.db export ledger -o k1.csv 2>/dev/null && tr -d '\r' < k1.csv | paste -d, - cx.csv > k.csv && sh newdb.sh d.db && tiaocai --db d.db import cases k.csv && tiaocai --db d.db export ledger -o k2.csv 2>/dev/null && cmp k1.csv k2.csv
> 已导入案件 3 件

# Each column's refusals name the line and the column.  r.db has the
# users of newdb.sh; h is the header every row below starts with.
$ sh newdb.sh r.db && echo 'received_on,applicant,applicant_id,respondent,claimed' > h

$ { cat h | sed 's/$/,applicant_uscc/'; echo '2026-11-02,贵州甲公司,,张三,1000,91520102MAAB1234'; } > r.csv && tiaocai --db r.db import cases r.csv
! tiaocai: r.csv:2: applicant_uscc: 应为18位 (现为16位)
? 1

$ { cat h | sed 's/$/,applicant_uscc/'; echo '2026-11-02,贵州甲公司,52010219900101123X,张三,1000,91520102MAAB12345P'; } > r.csv && tiaocai --db r.db import cases r.csv
! tiaocai: r.csv:2: applicant_uscc: 申请人: 身份证号和统一社会信用代码只能填一个 (自然人填身份证号, 单位填代码)
? 1

$ { cat h | sed 's/$/,applicant_legal_rep_title,applicant_uscc/'; echo '2026-11-02,贵州甲公司,,张三,1000,执行董事,91520102MAAB12345P'; } > r.csv && tiaocai --db r.db import cases r.csv
! tiaocai: r.csv:2: applicant_legal_rep_title: 写了职务「执行董事」, 却没有法定代表人 (姓名写在applicant_legal_rep列)
? 1

$ { cat h | sed 's/$/,workers,applicant_uscc/'; echo '2026-11-02,贵州甲公司,,贵州乙公司,1000,1,91520102MAAB12345P'; } > r.csv && tiaocai --db r.db import cases r.csv
! tiaocai: r.csv:2: workers: 为 1, 而单位申请的案件的劳动者是有身份证号码的被申请人, 有 0 名 (见respondent_ids列)
? 1

$ { cat h | sed 's/$/,respondent_ids/'; echo '2026-11-02,甲,52010219900101123X,张三、贵州乙公司,1000,52011219870615241X'; } > r.csv && tiaocai --db r.db import cases r.csv
! tiaocai: r.csv:2: respondent_ids: 2 个被申请人, 1 项身份证号码 (以「、」分隔, 与被申请人一一对应, 没有的留空)
? 1

$ { cat h | sed 's/$/,respondent_ids,respondent_legal_rep/'; echo '2026-11-02,甲,52010219900101123X,张三,1000,52011219870615241X,张父'; } > r.csv && tiaocai --db r.db import cases r.csv
! tiaocai: r.csv:2: respondent_legal_rep: 被申请人是自然人 (有身份证号), 没有法定代表人; 代为参加的人请记为委托代理人
? 1

$ { cat h | sed 's/$/,respondent_roles/'; echo '2026-11-02,甲,52010219900101123X,张三、贵州乙公司,1000,包工头、老板'; } > r.csv && tiaocai --db r.db import cases r.csv
! tiaocai: r.csv:2: respondent_roles: 第2名被申请人用工链条角色: 不认识「老板」, 可选: 用人单位 总承包 分包 劳务分包 建设单位 包工头
? 1

$ { cat h | sed 's/$/,third_parties/'; echo '2026-11-02,甲,52010219900101123X,贵州乙公司,1000,贵州丙公司、刘某:12345'; } > r.csv && tiaocai --db r.db import cases r.csv
! tiaocai: r.csv:2: third_parties: 第2项「刘某:12345」: 12345 既不是身份证号码, 也不是统一社会信用代码: 应为18位 (现为5位)
? 1

$ { cat h | sed 's/$/,第三人/'; echo '2026-11-02,甲,52010219900101123X,贵州乙公司,1000,贵州丙公司:91520102MAAB12345Q'; } > r.csv && tiaocai --db r.db import cases r.csv
! tiaocai: r.csv:2: 第三人: 第三人统一社会信用代码: 校验位不符, 第18位应为 P (若确认无误, 可用「uscc_unverified」列说明原因)
? 1

$ { cat h | sed 's/$/,agents/'; echo '2026-11-02,甲,52010219900101123X,贵州乙公司,1000,r2:李明:律师'; } > r.csv && tiaocai --db r.db import cases r.csv
! tiaocai: r.csv:2: agents: 第1项「r2:李明:律师」: 本行没有 r2 (本行被申请人 1 名)
? 1

$ { cat h | sed 's/$/,agents/'; echo '2026-11-02,甲,52010219900101123X,贵州乙公司,1000,甲:李明:朋友'; } > r.csv && tiaocai --db r.db import cases r.csv
! tiaocai: r.csv:2: agents: 委托代理人类别: 不认识「朋友」, 可选: 律师 法律援助 近亲属 工会 其他
? 1

$ { cat h | sed 's/$/,agents/'; echo '2026-11-02,甲,52010219900101123X,贵州乙公司,1000,a1:李明:律师、贵州乙公司:王某:律师::zhengli'; } > r.csv && tiaocai --db r.db import cases r.csv
! tiaocai: r.csv:2: agents: 第2名委托代理人 王某: 用户 zhengli 的角色不是 lawyer
? 1

$ { cat h | sed 's/$/,agents/'; echo '2026-11-02,甲,52010219900101123X,贵州乙公司,1000,a1:李明'; } > r.csv && tiaocai --db r.db import cases r.csv
! tiaocai: r.csv:2: agents: 第1项「a1:李明」应写成 当事人:姓名:类别 或 当事人:姓名:类别:电话:律师登录名, 如 a1:李明:律师:13908510000 (当事人写 a1、r1、t1, 或申请人的姓名、序号如 2号)
? 1

$ { cat h | sed 's/$/,lawyer/'; echo '2026-11-02,甲,52010219900101123X,贵州乙公司,1000,nobody'; } > r.csv && tiaocai --db r.db import cases r.csv
! tiaocai: r.csv:2: lawyer: 律师: 没有登录名为 nobody 的用户
? 1

$ { cat h | sed 's/$/,project/'; echo "2026-11-02,甲,52010219900101123X,贵州乙公司,1000,$(printf '项%.0s' $(seq 101))"; } > r.csv && tiaocai --db r.db import cases r.csv
! tiaocai: r.csv:2: project: 最长 100 个字, 现为 101 个字
? 1

$ { cat h | sed 's/$/,docs_received_on/'; echo '2026-11-02,甲,52010219900101123X,贵州乙公司,1000,2026-11-05'; } > r.csv && tiaocai --db r.db import cases r.csv
! tiaocai: r.csv:2: docs_received_on: 写了材料补齐日期 2026-11-05, 却没有待补材料 (容缺受理时所缺的材料写在missing_docs列)
? 1

$ { cat h | sed 's/$/,missing_docs,docs_received_on/'; echo '2026-11-02,甲,52010219900101123X,贵州乙公司,1000,劳动合同,2026-11-01'; } > r.csv && tiaocai --db r.db import cases r.csv
! tiaocai: r.csv:2: docs_received_on: 补交日期 2026-11-01 早于收案日期
? 1

$ { cat h | sed 's/$/,payments/'; echo '2026-11-02,甲,52010219900101123X,贵州乙公司,1000,1000'; } > r.csv && tiaocai --db r.db import cases r.csv
! tiaocai: r.csv:2: payments: 第1项「1000」应写成 金额@日期 或 项号:金额@日期, 如 8000.00@2026-11-20、2:3000.00@2026-11-25
? 1

$ { cat h | sed 's/$/,payments/'; echo '2026-11-02,甲,52010219900101123X,贵州乙公司,1000,2:500@2026-11-05'; } > r.csv && tiaocai --db r.db import cases r.csv
! tiaocai: r.csv:2: payments: 第1项「2:500@2026-11-05」: 项号应为 1 至 1 (本行请求的项数)
? 1

$ { cat h | sed 's/$/,payments/'; echo '2026-11-02,甲,52010219900101123X,贵州乙公司,1000,500@2026-11-05、500@2026-11-01'; } > r.csv && tiaocai --db r.db import cases r.csv
! tiaocai: r.csv:2: payments: 第2项「500@2026-11-01」: 付款日期 2026-11-01 早于收案日期
? 1

$ { cat h | sed 's/$/,payments,paid/'; echo '2026-11-02,甲,52010219900101123X,贵州乙公司,1000,500@2026-11-05、300＠2026-11-06,900'; } > r.csv && tiaocai --db r.db import cases r.csv
! tiaocai: r.csv:2: paid: 为 900.00, 而payments列各项合计 800.00
? 1

$ tiaocai --db r.db export ledger | wc -l
> 1

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
