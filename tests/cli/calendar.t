# tiaocai calendar: import a year's holiday notice, show what is loaded.
$ tiaocai init
>*

# init loads the shipped 2025 and 2026 calendars.
$ tiaocai calendar show 2026
> 日期        星期  类型  名称
> 2026-01-01  周四  休息  元旦
> 2026-01-02  周五  休息  元旦
> 2026-01-03  周六  休息  元旦
> 2026-01-04  周日  上班  元旦
> 2026-02-14  周六  上班  春节
> 2026-02-15  周日  休息  春节
> 2026-02-16  周一  休息  春节
> 2026-02-17  周二  休息  春节
> 2026-02-18  周三  休息  春节
> 2026-02-19  周四  休息  春节
> 2026-02-20  周五  休息  春节
> 2026-02-21  周六  休息  春节
> 2026-02-22  周日  休息  春节
> 2026-02-23  周一  休息  春节
> 2026-02-28  周六  上班  春节
> 2026-04-04  周六  休息  清明节
> 2026-04-05  周日  休息  清明节
> 2026-04-06  周一  休息  清明节
> 2026-05-01  周五  休息  劳动节
> 2026-05-02  周六  休息  劳动节
> 2026-05-03  周日  休息  劳动节
> 2026-05-04  周一  休息  劳动节
> 2026-05-05  周二  休息  劳动节
> 2026-05-09  周六  上班  劳动节
> 2026-06-19  周五  休息  端午节
> 2026-06-20  周六  休息  端午节
> 2026-06-21  周日  休息  端午节
> 2026-09-20  周日  上班  国庆节
> 2026-09-25  周五  休息  中秋节
> 2026-09-26  周六  休息  中秋节
> 2026-09-27  周日  休息  中秋节
> 2026-10-01  周四  休息  国庆节
> 2026-10-02  周五  休息  国庆节
> 2026-10-03  周六  休息  国庆节
> 2026-10-04  周日  休息  国庆节
> 2026-10-05  周一  休息  国庆节
> 2026-10-06  周二  休息  国庆节
> 2026-10-07  周三  休息  国庆节
> 2026-10-10  周六  上班  国庆节
> 2026 年工作日 248 天

$ tiaocai calendar show 2025 | tail -n 4
> 2025-10-07  周二  休息  国庆节、中秋节
> 2025-10-08  周三  休息  国庆节、中秋节
> 2025-10-11  周六  上班  国庆节、中秋节
> 2025 年工作日 248 天

# 2027's notice is not loaded: the year is provisional, counted by the
# statutory holidays alone (全国年节及纪念日放假办法 Art 2: 春节 is 除夕 to 初三),
# with no 调休 day, and the working-day count says it is provisional.
$ tiaocai calendar show 2027
> 2027 年国务院放假安排未载入, 暂按法定节假日计算
> (全国年节及纪念日放假办法第二条; 调休上班和补假以国务院通知为准, 通知发布后用 tiaocai calendar import FILE 导入)
> 日期        星期  类型  名称
> 2027-01-01  周五  休息  元旦
> 2027-02-05  周五  休息  春节
> 2027-02-06  周六  休息  春节
> 2027-02-07  周日  休息  春节
> 2027-02-08  周一  休息  春节
> 2027-04-05  周一  休息  清明节
> 2027-05-01  周六  休息  劳动节
> 2027-05-02  周日  休息  劳动节
> 2027-06-09  周三  休息  端午节
> 2027-09-15  周三  休息  中秋节
> 2027-10-01  周五  休息  国庆节
> 2027-10-02  周六  休息  国庆节
> 2027-10-03  周日  休息  国庆节
> 2027 年工作日 254 天 (暂定)

# When 中秋 falls on a 国庆 day it is one day off, named as the notices do.
$ tiaocai calendar show 2031 | grep 10-01
> 2031-10-01  周三  休息  国庆节、中秋节

$ tiaocai calendar show 27
! tiaocai: YEAR: 年份应为四位数字, 如 2026: 现为 27
? 1

# Loading the same notice again replaces the year, it does not add to it.
$ tiaocai calendar import $DATA/calendar-2026.csv
> 已导入 2026 年日历: 休息日 33 天, 调休上班 6 天

$ tiaocai calendar show 2026 | wc -l
> 41

# A bad row on a later line rejects the whole file; 2026 stays as it was.
$ cp $FIX/cal-bad-line7.csv . && tiaocai calendar import cal-bad-line7.csv
! tiaocai: cal-bad-line7.csv:7: kind: 应为 off 或 workday, 现为 holiday
? 1

$ tiaocai calendar show 2026 | sed -n '2p;$p'
> 2026-01-01  周四  休息  元旦
> 2026 年工作日 248 天

$ cp $FIX/cal-dup.csv . && tiaocai calendar import cal-dup.csv
! tiaocai: cal-dup.csv:4: date: 2027-01-01 重复 (第 2 行已有)
? 1

$ cp $FIX/cal-weekday-workday.csv . && tiaocai calendar import cal-weekday-workday.csv
! tiaocai: cal-weekday-workday.csv:3: kind: 2027-01-05 是周二, 本来就上班; workday 只能是调休上班的周六或周日
? 1

$ tiaocai calendar import nosuch.csv
!*
? 1

# Saved by a spreadsheet: BOM, Chinese headers, CRLF; an off Saturday is fine.
$ tiaocai calendar import $FIX/cal-2027-bom-zh.csv
> 已导入 2027 年日历: 休息日 3 天, 调休上班 0 天

# The imported file replaces the provisional year whole: no warning line,
# only the file's days.
$ tiaocai calendar show 2027
> 日期        星期  类型  名称
> 2027-01-01  周五  休息  元旦
> 2027-01-02  周六  休息  元旦
> 2027-01-03  周日  休息  元旦
> 2027 年工作日 260 天

# With 2027 loaded the calculator no longer warns, and skips its holidays.
$ tiaocai date 2026-12-28 +4 --working
> 2027-01-04

$ tiaocai calendar
!*
? 2

$ tiaocai calendar import
!*
? 2

# Only an administrator or a supervisor loads calendars.
$ tiaocai user add --login $(id -un) --name 管理员 --role admin
>*

$ tiaocai user add --login lvshi --name 律师 --role lawyer
>*

$ TIAOCAI_USER=lvshi tiaocai calendar import $DATA/calendar-2026.csv
! tiaocai: lvshi (法律援助律师) 无权进行此操作, 需由管理员、院领导办理
? 1

$ TIAOCAI_USER=lvshi tiaocai calendar show 2026 | tail -n 1
> 2026 年工作日 248 天
