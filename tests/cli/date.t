# tiaocai date: the deadline calculator (domain.md section 4).
$ tiaocai init
>*

# The worked examples.  Day 45 is 劳动节 Monday 05-04: rolled to Wednesday.
$ tiaocai date 2026-03-20 +45
> 2026-05-06

# Across the new year, day 45 is a Sunday.
$ tiaocai date 2025-12-25 +45
> 2026-02-09

# Day 15 is 国庆 Monday 10-05: rolled past the holiday.
$ tiaocai date 2026-09-20 +15
> 2026-10-08

# Day 5 is the worked Saturday 02-14: it stays.
$ tiaocai date 2026-02-09 +5
> 2026-02-14

# In working days, the 10-10 worked Saturday counts.
$ tiaocai date 2026-09-29 +5 --working
> 2026-10-12

# Ending inside the Spring Festival rolls past the whole break.
$ tiaocai date 2026-02-10 +10
> 2026-02-24

$ tiaocai date 2026-02-12 +3 --working
> 2026-02-24

# Every date form a clerk types; N with or without the plus.
$ tiaocai date 2026年3月20日 +45
> 2026-05-06

$ tiaocai date 20260320 45
> 2026-05-06

$ tiaocai date --working 2026/9/29 +5
> 2026-10-12

$ tiaocai date 2026-03-20 +45 --explain | head -n 3
> 2026-03-20 周五 起算 (当日不计), 期限 45 日
> 2026-03-21 周六 第1天  周末
> 2026-03-22 周日 第2天  周末

$ tiaocai date 2026-03-20 +45 --explain | tail -n 6
> 2026-05-02 周六 第43天 劳动节(休息日)
> 2026-05-03 周日 第44天 劳动节(休息日)
> 2026-05-04 周一 第45天 劳动节(休息日)
> 2026-05-05 周二 顺延   劳动节(休息日)
> 2026-05-06 周三 顺延   届满
> 2026-05-06

$ tiaocai date 2026-09-29 +5 --working --explain
> 2026-09-29 周二 起算 (当日不计), 期限 5 个工作日
> 2026-09-30 周三 第1天
> 2026-10-01 周四 不计  国庆节(休息日)
> 2026-10-02 周五 不计  国庆节(休息日)
> 2026-10-03 周六 不计  国庆节(休息日)
> 2026-10-04 周日 不计  国庆节(休息日)
> 2026-10-05 周一 不计  国庆节(休息日)
> 2026-10-06 周二 不计  国庆节(休息日)
> 2026-10-07 周三 不计  国庆节(休息日)
> 2026-10-08 周四 第2天
> 2026-10-09 周五 第3天
> 2026-10-10 周六 第4天 国庆节(调休上班)
> 2026-10-11 周日 不计  周末
> 2026-10-12 周一 第5天 届满
> 2026-10-12

$ tiaocai date 2026-02-09 +5 --explain | tail -n 2
> 2026-02-14 周六 第5天 春节(调休上班) 届满
> 2026-02-14

# A year whose State Council notice is not loaded (2027) is provisional:
# it still answers, counting the statutory holidays of 全国年节及纪念日放假办法
# Art 2 as rest days, and warns naming the year.
$ tiaocai date 2026-12-20 +30
> 2027-01-19
! tiaocai: 警告: 2027 年国务院放假安排未载入, 暂按法定节假日计算

# Day 10 is 元旦, Friday 2027-01-01, then the weekend: Monday.
$ tiaocai date 2026-12-22 +10
> 2027-01-04
! tiaocai: 警告: 2027 年国务院放假安排未载入, 暂按法定节假日计算

# In working days 元旦 does not count either.
$ tiaocai date 2026-12-28 +4 --working
> 2027-01-04
! tiaocai: 警告: 2027 年国务院放假安排未载入, 暂按法定节假日计算

# Day 10 is 2027-02-08, 初三, the last day of 春节 (除夕 02-05 to 初三 02-08):
# rolled past the festival to Tuesday.
$ tiaocai date 2027-01-29 +10 --explain | tail -n 6
> 2027-02-05 周五 第7天  春节(休息日)
> 2027-02-06 周六 第8天  春节(休息日)
> 2027-02-07 周日 第9天  春节(休息日)
> 2027-02-08 周一 第10天 春节(休息日)
> 2027-02-09 周二 顺延   届满
> 2027-02-09
! tiaocai: 警告: 2027 年国务院放假安排未载入, 暂按法定节假日计算

# The notice's 调休 is never guessed: 2027-02-20, a Saturday, stays a rest day.
$ tiaocai date 2027-02-19 +1
> 2027-02-22
! tiaocai: 警告: 2027 年国务院放假安排未载入, 暂按法定节假日计算

# Staying inside the loaded years warns about nothing.
$ tiaocai date 2026-12-01 +30
> 2026-12-31

# Bad values name the argument (1); malformed calls are usage errors (2).
$ tiaocai date 2026-02-30 +5
! tiaocai: DATE: 没有这一天: 2026-02-30
? 1

$ tiaocai date 下周一 +5
! tiaocai: DATE: 日期格式不对: 下周一 (可写 2026-11-22、2026/11/22、20261122 或 2026年11月22日)
? 1

$ tiaocai date 2026-03-20 +abc
! tiaocai: N: 天数应为 1 到 3650 的整数, 如 +45: 现为 +abc
? 1

$ tiaocai date 2026-03-20 +0
! tiaocai: N: 天数应为 1 到 3650 的整数, 如 +45: 现为 +0
? 1

$ tiaocai date 2026-03-20
!*
? 2

$ tiaocai date 2026-03-20 +5 --weekdays
!*
? 2

$ tiaocai date 2026-03-20 +5 +6
!*
? 2
