# A year whose State Council notice is not loaded (2027) is provisional:
# counted by the statutory holidays of 全国年节及纪念日放假办法 Art 2, said so
# wherever a deadline reaches it, and replaced by the notice once imported.
# $FIX/cal-2027-made-up.csv is a made-up notice for this test, not the
# State Council's.
$ tiaocai init
>*
$ tiaocai roster import "$DATA/roster.csv"
>*

# Accepted 2026-12-25: day 45 is 2027-02-08, 初三, the last day of 春节
# (除夕 to 初三), so the 审限 rolls past the festival to Tuesday 02-09.
%env TIAOCAI_TODAY=2026-12-25
$ tiaocai case add --applicant 李四 --applicant-id 11010519491231002x --employer 某公司 --claim 工资:1.5万 --received 2026-12-25
> 贵劳人仲案字〔2026〕第1号
! tiaocai: 警告: 申请人 李四: 按身份证号, 收案时已 76 岁, 请核实 (已过七十周岁)

$ tiaocai case accept 2026-1
> 贵劳人仲案字〔2026〕第1号: 收案 -> 已立案, 组庭通知届满 2026-12-30
! tiaocai: 警告: 2027 年国务院放假安排未载入, 暂按法定节假日计算

$ tiaocai case show 2026-1 | awk '/仲裁审限/ {print $1, $2, $3, $4}'
> 仲裁审限 2026-12-25 45日 2027-02-09

# The case file carries the note too.
$ tiaocai case show 2026-1 | grep -c 未载入
> 1

# The notice arrives: importing it replaces the provisional year and moves
# the cached due date (02-08 to 02-10 off in the made-up notice).
$ tiaocai calendar import $FIX/cal-2027-made-up.csv
> 已导入 2027 年日历: 休息日 4 天, 调休上班 1 天

$ tiaocai case show 2026-1 | awk '/仲裁审限/ {print $1, $2, $3, $4}'
> 仲裁审限 2026-12-25 45日 2027-02-11

$ tiaocai case list --format csv --header en | cut -d, -f1,19
> "case_no","close_due"
> "贵劳人仲案字〔2026〕第1号","2027-02-11"

# No warning any more, on the case or at the calculator.
$ tiaocai case show 2026-1 | grep -c 未载入
> 0
? 1

$ tiaocai case mediate 2026-1 --mediator 王芳
> 贵劳人仲案字〔2026〕第1号: 已立案 -> 调解中, 组庭通知届满 2026-12-30

$ tiaocai calendar show 2027 | tail -n 1
> 2027 年工作日 258 天

# The one way a notice makes a deadline earlier than the provisional count:
# a weekend it turns into a working day (02-20, a Saturday, in this file).
$ tiaocai date 2027-02-19 +1
> 2027-02-20

# ---- the dashboard's lists say so too ------------------------------------

# A case whose 审限 runs into 2027 while no notice for it is loaded: the
# agenda (the dashboard's lists) warns on stderr, naming the year.
%env TIAOCAI_DB=p2.db
%env TIAOCAI_TODAY=2026-12-06
$ tiaocai init >/dev/null && tiaocai case add --applicant 李四 --applicant-id 11010519491231002x --employer 某公司 --claim 工资:1000 --received 2026-12-01 >/dev/null && tiaocai case accept 2026-1 --on 2026-12-01 2>/dev/null
>*
! tiaocai: 警告: 申请人 李四: 按身份证号, 收案时已 76 岁, 请核实 (已过七十周岁)
$ tiaocai agenda --format csv >/dev/null
! tiaocai: 警告: 2027 年国务院放假安排未载入, 暂按法定节假日计算
