# pdf.t - the weekly summary on paper: `report weekly -o FILE.pdf` writes an
# A4 portrait PDF in a CJK font, read back here with pdftotext (the office,
# the week, the figures, Chinese names whole) and pdfinfo; a long overdue
# list flows onto further pages, each with the running header, the page
# number and the table's header row, and no row lost or split.  Today is
# Sun 2026-11-22, so the week is 2026-W47 (11-16 to 11-22).

# Under AddressSanitizer (make check-asan) cairo's font subsetting and
# fontconfig's configuration keep a few blocks to the end: theirs, not ours
# (the layouts pdf.c makes are pango's objects and stay checked).
$ printf 'leak:libcairo.so\nleak:libfontconfig.so\n' >lsan.supp
%env LSAN_OPTIONS=suppressions=lsan.supp:print_suppressions=0

$ tiaocai init
>*
$ tiaocai user add --login "$(id -un)" --name 管理员 --role admin >/dev/null
$ tiaocai roster import "$DATA/roster.csv"
>*

# Case 1 received before the week, settled in mediation on Wed 11-18 for
# ¥20,000; cases 2-4 received this week, 2 and 3 accepted; case 5 accepted
# in September with no tribunal named since, its tribunal clock (5 days,
# Art 32) over on 09-07 and its 45 days on 10-19: listed once, by the
# first (as `case list --overdue` says).
$ tiaocai case add --applicant 王小明 --applicant-id 11010519491231002X --employer 贵州黔城建工集团有限公司 --claim 工资:25560 --received 2026-11-02
> 贵劳人仲案字〔2026〕第1号
! tiaocai: 警告: 申请人 王小明: 按身份证号, 收案时已 76 岁, 请核实 (已过七十周岁)
$ tiaocai case add --applicant 欧阳晓梅 --applicant-id 440524188001010014 --employer 贵阳某劳务有限公司 --claim 工资:1.5万 --received 2026-11-16 --fast
> 贵劳人仲速裁字〔2026〕第2号
! tiaocai: 警告: 申请人 欧阳晓梅: 按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)
$ tiaocai case add --applicant 李娜 --applicant-id 520102199002110133 --employer 南明区某餐饮店 --claim 工资:8000 --received 2026-11-17
> 贵劳人仲案字〔2026〕第3号
$ tiaocai case add --applicant 赵强 --applicant-id 520102199010190292 --employer 观山湖区某快递网点 --claim 经济补偿:12000 --received 2026-11-18
> 贵劳人仲案字〔2026〕第4号
$ tiaocai case add --applicant 张伟 --applicant-id 52010219900110011X --employer 贵州省黔南布依族苗族自治州某某房地产开发有限责任公司 --claim 工资:9000 --received 2026-09-01
> 贵劳人仲案字〔2026〕第5号
$ tiaocai case accept 2026-1 --on 2026-11-03 && tiaocai case mediate 2026-1 --mediator 陈立平 --on 2026-11-04 && tiaocai case settle 2026-1 --amount 20000 --on 2026-11-18
>*
!*
$ tiaocai case accept 2026-2 --on 2026-11-17 && tiaocai case accept 2026-3 --on 2026-11-18 && tiaocai case accept 2026-5 --on 2026-09-02
>*
!*
$ tiaocai case list --overdue | sed 1d | awk '{print $1, $2, $(NF-1), $NF}'
> 贵劳人仲案字〔2026〕第5号 张伟 2026-09-07 -76

# The PDF: the command says where and how many pages; twelve sections take
# three A4 pages even for a small office.
$ tiaocai report weekly -o w.pdf
! tiaocai: 已写入周报 w.pdf (3 页)

$ pdfinfo w.pdf | grep -E '^(Pages|Page size):'
> Pages:           3
> Page size:       595.28 x 841.89 pts (A4)

# Every font is embedded (as subsets), so the page prints the same anywhere.
$ pdffonts w.pdf | sed 1,2d | awk '{print $(NF-4), $(NF-3)}' | sort -u
> yes yes

# The header, then figures from the sections, as pdftotext reads them
# (runs of spaces squeezed).
$ pdftotext -layout w.pdf - | sed -E 's/^ +//; s/ +/ /g' | grep -E '^(贵阳市劳动人事争议仲裁委员会$|劳动人事争议仲裁工作周报$|2026年第47周|制表日期|收案 3 件|调解 1|合计|速裁 1|陈立平|本周立案案件请求金额|涉案金额（元）|欠薪案件（件）)'
> 贵阳市劳动人事争议仲裁委员会
> 劳动人事争议仲裁工作周报
> 2026年第47周（2026-11-16 至 2026-11-22）
> 制表日期：2026-11-22
> 收案 3 件（其中劳动保障监察移送 0 件），立案 2 件，不予受理 0 件，案外调解成功 0 件。
> 调解 1 100.0%
> 合计 1 100.0%
> 速裁 1 0 —
> 合计 2 1 15.0
> 本周立案案件请求金额 ¥23,000.00；
> 欠薪案件（件） 2 0 — 0 —
> 涉案金额（元） ¥23,000.00 ¥0.00 — ¥0.00 —
> 陈立平 0 1 1

# The overdue row: case number, applicant, clock, due date, days, who holds it on
# one line; the long respondent wraps inside its cell, every character kept.
$ pdftotext -layout w.pdf - | sed -E 's/^ +//; s/ +/ /g' | grep -E '第5号'
> 贵劳人仲案字〔2026〕第5号 张伟 组庭通知 2026-09-07 76 未指定
$ pdftotext w.pdf - | grep -A1 '^贵州省黔南' | tr -d '\n'; echo
> 贵州省黔南布依族苗族自治州某某房地产开发有限责任公司

# Page 2 carries the running header and every page its number.
$ pdftotext -f 2 -l 2 w.pdf - | sed -n 1,3p
> 贵阳市劳动人事争议仲裁委员会 劳动人事争议仲裁工作周报
>
> 2026年第47周（2026-11-16 至 2026-11-22）
$ for n in 1 2 3; do pdftotext -f $n -l $n w.pdf - | tr -d ' ' | grep -x "第${n}页共3页"; done
> 第1页共3页
> 第2页共3页
> 第3页共3页

# The signature line closes the last page (the spaces pdftotext puts
# between its parts follow the rest of the page, the chain head included).
$ pdftotext -f 3 -l 3 -layout w.pdf - | grep -o '制表人：.*审核人：.*日期：' | sed -E 's/ +/ /g'
> 制表人： 审核人： 日期：

# Whole or not at all: a directory in the way leaves nothing behind.
$ mkdir d.pdf && tiaocai report weekly -o d.pdf; rc=$?; ls | grep -c tmp; exit $rc
> 0
! tiaocai: d.pdf 是一个目录, 请给出文件名
? 1

# ---- a long overdue list ------------------------------------------------

# 120 cases accepted on 09-02, all overdue, in an office of their own: the
# summary lists the 50 most overdue, says how many there are in all and
# where the whole list is, on paper as on screen.
%env TIAOCAI_DB=long.db
$ tiaocai init >/dev/null && tiaocai user add --login "$(id -un)" --name 管理员 --role admin >/dev/null && tiaocai roster import "$DATA/roster.csv" >/dev/null
# The same five workers, one case for each of their projects.
$ n=(王小明 欧阳晓梅 李娜 赵强 张伟); id=(11010519491231002X 440524188001010014 520102199002110133 520102199010190292 52010219900110011X); for i in $(seq 120); do k=$((i % 5)); tiaocai case add --applicant ${n[k]} --applicant-id ${id[k]} --employer 贵州黔城建工集团有限公司 --claim 工资:9000 --received 2026-09-01 --allow-duplicate 同一批工人分案申请 >/dev/null && tiaocai case accept 2026-$i --on 2026-09-02 >/dev/null || exit 1; done
! tiaocai: 警告: 申请人 欧阳晓梅: 按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 王小明: 按身份证号, 收案时已 76 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 欧阳晓梅: 按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 王小明: 按身份证号, 收案时已 76 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 欧阳晓梅: 按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 王小明: 按身份证号, 收案时已 76 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 欧阳晓梅: 按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 王小明: 按身份证号, 收案时已 76 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 欧阳晓梅: 按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 王小明: 按身份证号, 收案时已 76 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 欧阳晓梅: 按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 王小明: 按身份证号, 收案时已 76 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 欧阳晓梅: 按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 王小明: 按身份证号, 收案时已 76 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 欧阳晓梅: 按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 王小明: 按身份证号, 收案时已 76 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 欧阳晓梅: 按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 王小明: 按身份证号, 收案时已 76 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 欧阳晓梅: 按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 王小明: 按身份证号, 收案时已 76 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 欧阳晓梅: 按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 王小明: 按身份证号, 收案时已 76 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 欧阳晓梅: 按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 王小明: 按身份证号, 收案时已 76 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 欧阳晓梅: 按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 王小明: 按身份证号, 收案时已 76 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 欧阳晓梅: 按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 王小明: 按身份证号, 收案时已 76 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 欧阳晓梅: 按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 王小明: 按身份证号, 收案时已 76 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 欧阳晓梅: 按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 王小明: 按身份证号, 收案时已 76 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 欧阳晓梅: 按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 王小明: 按身份证号, 收案时已 76 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 欧阳晓梅: 按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 王小明: 按身份证号, 收案时已 76 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 欧阳晓梅: 按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 王小明: 按身份证号, 收案时已 76 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 欧阳晓梅: 按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 王小明: 按身份证号, 收案时已 76 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 欧阳晓梅: 按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 王小明: 按身份证号, 收案时已 76 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 欧阳晓梅: 按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 王小明: 按身份证号, 收案时已 76 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 欧阳晓梅: 按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 王小明: 按身份证号, 收案时已 76 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 欧阳晓梅: 按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)
! tiaocai: 警告: 申请人 王小明: 按身份证号, 收案时已 76 岁, 请核实 (已过七十周岁)

$ tiaocai report weekly -o long.pdf
! tiaocai: 已写入周报 long.pdf (4 页)

$ pdfinfo long.pdf | grep -E '^(Pages|Page size):'
> Pages:           4
> Page size:       595.28 x 841.89 pts (A4)

# Every page after the first opens with the office and the week and ends
# with its number.
$ for n in 2 3 4; do pdftotext -f $n -l $n long.pdf - | sed -n '1p;3p' | tr '\n' ' '; pdftotext -f $n -l $n long.pdf - | tr -d ' ' | grep -c -x "第${n}页共4页"; done
> 贵阳市劳动人事争议仲裁委员会 劳动人事争议仲裁工作周报 2026年第47周（2026-11-16 至 2026-11-22） 1
> 贵阳市劳动人事争议仲裁委员会 劳动人事争议仲裁工作周报 2026年第47周（2026-11-16 至 2026-11-22） 1
> 贵阳市劳动人事争议仲裁委员会 劳动人事争议仲裁工作周报 2026年第47周（2026-11-16 至 2026-11-22） 1

# The list starts on page 2 and runs to page 4: on each page the table's
# header row, then a run of whole rows (first and last case number, and
# how many), following on from the page before; then the total and where
# the whole list is.
$ for n in 2 3 4; do t=$(pdftotext -f $n -l $n -layout long.pdf - | sed -E 's/^ +//; s/ +/ /g'); h=$(grep -c '^案号 申请人 被申请人 期限 届满日 超期天数 承办人$' <<<"$t"); r=$(grep -E '^贵劳人仲案字〔2026〕第[0-9]+号 .*组庭通知 2026-09-07 76 未指定$' <<<"$t" | sed -E 's/.*第([0-9]+)号.*/\1/'); echo "$n: header $h, rows $(wc -l <<<"$r") ($(head -1 <<<"$r")-$(tail -1 <<<"$r"))"; done
> 2: header 1, rows 7 (1-7)
> 3: header 1, rows 34 (8-41)
> 4: header 1, rows 9 (42-50)
$ pdftotext -f 4 -l 4 long.pdf - | grep -A1 '^以上为'
> 以上为最超期的 50 件（共 120 件）；全部超期案件见 tiaocai case list --overdue，或台账 (tiaocai export
> ledger) 的「超期」列。
