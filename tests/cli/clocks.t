# The clocks of one case as a clerk follows them: which clock runs, which
# carries the note that 2027 has no calendar loaded, and that a closed case
# no longer warns about it.

$ tiaocai init
>*
$ tiaocai roster import "$DATA/roster.csv"
>*
$ tiaocai room add 第一仲裁庭
> 已登记开庭地点 第一仲裁庭

$ tiaocai case add --applicant 李四 --applicant-id 11010519491231002x --employer 某公司 --claim 工资:1.5万 --received 2026年11月20日 --fast
> 贵劳人仲速裁字〔2026〕第1号
! tiaocai: 警告: 申请人 李四: 按身份证号, 收案时已 76 岁, 请核实 (已过七十周岁)

# Accepted 2026-11-20: 45 days reach 2027-01-04, a year with no calendar.
$ tiaocai case accept 2026-1 --on 2026-11-20
> 贵劳人仲速裁字〔2026〕第1号: 收案 -> 已立案, 组庭通知届满 2026-11-25
! tiaocai: 警告: 2027 年国务院放假安排未载入, 暂按法定节假日计算

# Mediation from 11-21: 15 days -> 12-06, a Sunday -> Monday 12-07, an
# office target after acceptance.  The tribunal clock (11-25) is still the
# earliest statutory one, so it is the one named; the close clock still
# runs into 2027, so the warning stays.
$ tiaocai case mediate 2026-1 --mediator 王芳 --on 2026-11-21
> 贵劳人仲速裁字〔2026〕第1号: 已立案 -> 调解中, 组庭通知届满 2026-11-25
! tiaocai: 警告: 2027 年国务院放假安排未载入, 暂按法定节假日计算

# Only the clock that reaches 2027 carries the note.
$ tiaocai case show 2026-1 | sed -n '/^期限:/,/^$/p'
> 期限:
>   期限          起算        天数  届满日      剩余  依据                                                           说明
>   受理审查      2026-11-20  5日   2026-11-25     -  劳动争议调解仲裁法第二十九条                                   已立案
>   组庭通知      2026-11-20  5日   2026-11-25     3  劳动争议调解仲裁法第三十二条
>   调解期限      2026-11-21  15日  2026-12-07    15  劳动争议调解仲裁法第十四条 (调解组织); 立案后的调解为办案目标  办案目标, 不计超期
>   仲裁审限      2026-11-20  45日  2027-01-04    43  劳动争议调解仲裁法第四十三条                                   2027 年国务院放假安排未载入, 暂按法定节假日计算
>   速裁目标结案  2026-11-20  30日  2026-12-21    29  地方速裁实践(如浙江简易案件30日)                               办案目标, 不计超期
>

# Settled: no clock runs any more, so nothing to warn about.
$ tiaocai case settle 2026-1 --amount 1.2万
> 贵劳人仲速裁字〔2026〕第1号: 调解中 -> 结案 (调解)

$ tiaocai case list --format csv --header en | cut -d, -f1,4,5,14,18-21
> "case_no","stage","outcome","resolved_amount","accept_due","close_due","days_left","overdue"
> "贵劳人仲速裁字〔2026〕第1号","结案","调解","12000.00","2026-11-25","2027-01-04","","0"

# ---- before acceptance the mediation clock is the law's ---------------------

# 案前调解 (a mediation organisation, 调解仲裁法 Art 14) from Mon 11-02: 15
# days -> Tue 11-17, statutory, so the case is 超期 and the clock is named.
$ tiaocai case add --applicant 王五 --applicant-id 440524188001010014 --employer 贵阳某餐饮管理有限公司 --claim 工资:3000 --received 2026-11-02 >/dev/null && tiaocai case premediate 2026-2 --mediator 王芳 --on 2026-11-02
> 贵劳人仲案字〔2026〕第2号: 收案 -> 案前调解, 调解期限届满 2026-11-17
! tiaocai: 警告: 申请人 王五: 按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)
$ tiaocai case list --overdue --format csv --header en | cut -d, -f1,4,19-21
> "case_no","stage","close_due","days_left","overdue"
> "贵劳人仲案字〔2026〕第2号","案前调解","","-5","1"
$ tiaocai case show 2026-2 | grep 调解期限 | grep -c 不计超期
> 0
? 1

# ---- the hearing notice in the rule's unit ------------------------------------

# Counted in working days, a hearing on Wed 11-25 set on Fri 11-20 is 3
# working days away (11-23, 11-24, 11-25): fewer than 5, so it is refused
# in the rule's own words, naming the first day far enough (Fri 11-27, the
# 5th working day), unless the reason is given; in calendar days (5 days)
# the same hearing is just far enough and draws no word.
$ tiaocai case add --applicant 赵六 --applicant-id 520102198501010239 --employer 贵州某制药有限公司 --claim 工资:2000 --received 2026-11-19 >/dev/null && tiaocai case accept 2026-3 --on 2026-11-19 >/dev/null 2>&1 && tiaocai case hearing 2026-3 --at '2026-11-25 09:30' --arbitrator 何文斌 --room 第一仲裁庭 --on 2026-11-20 2>&1 >/dev/null | grep -c 开庭
> 0
? 1
$ tiaocai rules set hearing_notice --unit working >/dev/null && tiaocai case hearing 2026-3 --at '2026-11-25 14:00' --room 第一仲裁庭 --on 2026-11-20
! tiaocai: 开庭时间: 距排期之日 (2026-11-20) 不足 5 个工作日 (劳动争议调解仲裁法第三十五条: 应在开庭 5 个工作日前通知当事人), 最早可定于 2026-11-27; 当事人同意或速裁程序需提前开庭的, 请写明理由: --short-notice 理由
? 1
$ tiaocai case hearing 2026-3 --at '2026-11-25 14:00' --room 第一仲裁庭 --on 2026-11-20 --short-notice 双方当事人同意 && tiaocai case show 2026-3 | grep -o '第 2 次开庭.*'
> 贵劳人仲案字〔2026〕第3号: 审理中 -> 审理中, 仲裁审限届满 2027-01-04
> 第 2 次开庭定于 2026-11-25 14:00, 60 分钟, 第一仲裁庭, 通知期不足 5 个工作日: 双方当事人同意
! tiaocai: 警告: 2027 年国务院放假安排未载入, 暂按法定节假日计算
