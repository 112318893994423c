# agenda.t - `tiaocai agenda`, the first screen's lists for cron and mail:
# the four 快, 超期, 今日到期, 3个工作日内到期 and the hearings of today and
# tomorrow, as a table and as CSV, for the office, for a lawyer and for
# another day.  Today is Sun 2026-11-22; "due soon" runs to Wed 11-25
# (three working days).  The lists are dash_get's (dash.h); these rows
# check that the command shows them whole and in order.
#
#  1 罗建     rcv 09-01 acc 09-01: 审限 10-16, 37 days overdue
#  2 欧阳晓梅 rcv 11-20 速裁, lawyer lvshi: 受理审查 11-25, 3 days left
#  3 张三     rcv 11-17: 受理审查 11-22 is a Sunday -> Mon 11-23, 1 day left
#  4 李四     rcv 11-10 acc 11-12, lawyer lvshi, hearing Mon 11-23 09:30
#  5 王五     rcv 11-01, pre-filing mediation (王芳) 11-02: 15 days -> 11-17,
#             5 days overdue

$ tiaocai init && tiaocai roster import $DATA/roster.csv
>*
# The room case 4 is heard in: a hearing from today on must name one.
$ tiaocai room add 第一仲裁庭
> 已登记开庭地点 第一仲裁庭
$ tiaocai user add --login "$(id -un)" --name 管理员 --role admin
>*
$ tiaocai user add --login zhengli --name 郑丽 --role clerk
> 已登记用户 zhengli
$ tiaocai user add --login kezhang --name 王科长 --role supervisor
> 已登记用户 kezhang
$ tiaocai user add --login lvshi --name 周律师 --role lawyer
> 已登记用户 lvshi

# An office with nothing to do: every list says so, and that is success.
$ tiaocai agenda
> 待办 2026-11-22 周日  管理员 (管理员)
> 快立 待受理 0 · 快调 调解中 0 · 快审 审理中 0 · 快结 本周结案 0
>
> 超期 共 0 件
>   无超期案件
>
> 今日到期 共 0 件
>   今日无到期案件
>
> 3个工作日内到期 (至 2026-11-25) 共 0 件
>   无案件到期
>
> 今明两天开庭 共 0 件
>   无开庭安排
>
> 待制作 共 0 件
>   无待制作文书
>
> 待送达 共 0 件
>   无待送达文书
>
> 未依法通知 (14 日内的开庭) 共 0 件
>   两周内的开庭均已依法通知
$ tiaocai agenda --format csv --header en | tr -d '\r'
> "list","case_no","applicant","respondent","clock","due_on","days_left","holder","at","room","doc","to"

$ tiaocai case add --applicant 罗建 --applicant-id 440524188001010014 --employer 贵阳某餐饮管理有限公司 --claim 工资:6800 --received 2026-09-01 && tiaocai case accept 2026-1 --on 2026-09-01
>*
! tiaocai: 警告: 申请人 罗建: 按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)
$ tiaocai case add --applicant 欧阳晓梅 --applicant-id 11010519491231002X --employer 某建设公司第三项目部 --claim 工资:12000 --received 2026-11-20 --fast --lawyer lvshi
>*
! tiaocai: 警告: 申请人 欧阳晓梅: 按身份证号, 收案时已 76 岁, 请核实 (已过七十周岁)
$ tiaocai case add --applicant 张三 --applicant-id 520102198501010255 --employer 贵阳某物流有限公司 --claim 工资:8000 --received 2026-11-17
>*
$ tiaocai case add --applicant 李四 --applicant-id 520102198501010271 --employer 贵阳某物业管理有限公司 --claim 工资:4000 --received 2026-11-10 --lawyer lvshi && tiaocai case accept 2026-4 --on 2026-11-12
>*
$ tiaocai case hearing 2026-4 --on 2026-11-13 --at '2026-11-23 09:30' --arbitrator 何文斌 --room 第一仲裁庭
>*
$ tiaocai case add --applicant 王五 --applicant-id 520102198501010298 --employer 贵阳某餐饮管理有限公司 --claim 工资:3500 --received 2026-11-01 && tiaocai case premediate 2026-5 --mediator 王芳 --on 2026-11-02
>*

# ---- the table ------------------------------------------------------------

# 快立 2 3, 快调 5, 快审 4.  Most overdue first; the short case number is
# the one `case show` takes; 经办人 is the mediator in mediation.
$ tiaocai agenda
> 待办 2026-11-22 周日  管理员 (管理员)
> 快立 待受理 2 · 快调 调解中 1 · 快审 审理中 1 · 快结 本周结案 0
>
> 超期 共 2 件
>   案号    申请人  被申请人                期限      届满日      超期天数  经办人
>   2026-1  罗建    贵阳某餐饮管理有限公司  组庭通知  2026-09-07        76
>   2026-5  王五    贵阳某餐饮管理有限公司  调解期限  2026-11-17         5  王芳
>
> 今日到期 共 0 件
>   今日无到期案件
>
> 3个工作日内到期 (至 2026-11-25) 共 2 件
>   案号    申请人    被申请人              期限      届满日      剩余天数  经办人
>   2026-3  张三      贵阳某物流有限公司    受理审查  2026-11-23         1
>   2026-2  欧阳晓梅  某建设公司第三项目部  受理审查  2026-11-25         3
>
> 今明两天开庭 共 1 件
>   案号    申请人  被申请人                开庭时间          仲裁庭      仲裁员
>   2026-4  李四    贵阳某物业管理有限公司  2026-11-23 09:30  第一仲裁庭  何文斌
>
> 待制作 共 0 件
>   无待制作文书
>
> 待送达 共 0 件
>   无待送达文书
>
> 未依法通知 (14 日内的开庭) 共 0 件
>   两周内的开庭均已依法通知

# ---- CSV --------------------------------------------------------------------

# One row per (list, case), in the table's order, CRLF line ends (shown
# here as a literal \r); days_left is negative when overdue; a hearing's
# row has its date, time and room.
$ tiaocai agenda --format csv --header en | sed 's/\r$/\\r/'
> "list","case_no","applicant","respondent","clock","due_on","days_left","holder","at","room","doc","to"\r
> "overdue","贵劳人仲案字〔2026〕第1号","罗建","贵阳某餐饮管理有限公司","tribunal","2026-09-07","-76","","","","",""\r
> "overdue","贵劳人仲案字〔2026〕第5号","王五","贵阳某餐饮管理有限公司","mediation","2026-11-17","-5","王芳","","","",""\r
> "due_soon","贵劳人仲案字〔2026〕第3号","张三","贵阳某物流有限公司","accept","2026-11-23","1","","","","",""\r
> "due_soon","贵劳人仲速裁字〔2026〕第2号","欧阳晓梅","某建设公司第三项目部","accept","2026-11-25","3","","","","",""\r
> "hearing","贵劳人仲案字〔2026〕第4号","李四","贵阳某物业管理有限公司","hearing","2026-11-23","1","何文斌","2026-11-23 09:30","第一仲裁庭","",""\r

# Chinese headers (the default): the list and the clock in the table's words.
$ tiaocai agenda --format csv | tr -d '\r'
> "清单","案号","申请人","被申请人","期限","届满日","剩余天数","经办人","开庭时间","仲裁庭","文书编号","受送达人"
> "超期","贵劳人仲案字〔2026〕第1号","罗建","贵阳某餐饮管理有限公司","组庭通知","2026-09-07","-76","","","","",""
> "超期","贵劳人仲案字〔2026〕第5号","王五","贵阳某餐饮管理有限公司","调解期限","2026-11-17","-5","王芳","","","",""
> "3个工作日内到期","贵劳人仲案字〔2026〕第3号","张三","贵阳某物流有限公司","受理审查","2026-11-23","1","","","","",""
> "3个工作日内到期","贵劳人仲速裁字〔2026〕第2号","欧阳晓梅","某建设公司第三项目部","受理审查","2026-11-25","3","","","","",""
> "今明两天开庭","贵劳人仲案字〔2026〕第4号","李四","贵阳某物业管理有限公司","开庭","2026-11-23","1","何文斌","2026-11-23 09:30","第一仲裁庭","",""

# Into a file through -o, mode 0600 as every file the program writes.
$ tiaocai agenda --format csv -o agenda.csv && sed -n 1p agenda.csv | tr -d '\r'
> "清单","案号","申请人","被申请人","期限","届满日","剩余天数","经办人","开庭时间","仲裁庭","文书编号","受送达人"
! tiaocai: 已写入待办 agenda.csv
$ wc -l < agenda.csv; stat -c %a agenda.csv
> 6
> 600
$ tiaocai agenda -o agenda.txt && head -n 1 agenda.txt
> 待办 2026-11-22 周日  管理员 (管理员)
! tiaocai: 已写入待办 agenda.txt

# ---- another day ------------------------------------------------------------

# On Monday 11-23 the acceptance period of case 3 ends that day, the
# hearing is today, overdue days have grown by one, and "soon" runs to
# Thursday.
$ tiaocai agenda --date 2026-11-23
> 待办 2026-11-23 周一  管理员 (管理员)
> 快立 待受理 2 · 快调 调解中 1 · 快审 审理中 1 · 快结 本周结案 0
>
> 超期 共 2 件
>   案号    申请人  被申请人                期限      届满日      超期天数  经办人
>   2026-1  罗建    贵阳某餐饮管理有限公司  组庭通知  2026-09-07        77
>   2026-5  王五    贵阳某餐饮管理有限公司  调解期限  2026-11-17         6  王芳
>
> 今日到期 共 1 件
>   案号    申请人  被申请人            期限      届满日      剩余天数  经办人
>   2026-3  张三    贵阳某物流有限公司  受理审查  2026-11-23         0
>
> 3个工作日内到期 (至 2026-11-26) 共 1 件
>   案号    申请人    被申请人              期限      届满日      剩余天数  经办人
>   2026-2  欧阳晓梅  某建设公司第三项目部  受理审查  2026-11-25         2
>
> 今明两天开庭 共 1 件
>   案号    申请人  被申请人                开庭时间          仲裁庭      仲裁员
>   2026-4  李四    贵阳某物业管理有限公司  2026-11-23 09:30  第一仲裁庭  何文斌
>
> 待制作 共 0 件
>   无待制作文书
>
> 待送达 共 0 件
>   无待送达文书
>
> 未依法通知 (14 日内的开庭) 共 0 件
>   两周内的开庭均已依法通知

# The date is read as everywhere else; a day that does not exist is named.
$ tiaocai agenda --date 2026年11月24日 --format csv --header en | tr -d '\r' | cut -d, -f1,2,6,7
> "list","case_no","due_on","days_left"
> "overdue","贵劳人仲案字〔2026〕第1号","2026-09-07","-78"
> "overdue","贵劳人仲案字〔2026〕第5号","2026-11-17","-7"
> "overdue","贵劳人仲案字〔2026〕第3号","2026-11-23","-1"
> "due_soon","贵劳人仲速裁字〔2026〕第2号","2026-11-25","1"
$ tiaocai agenda --date 2026-02-30
! tiaocai: --date: 没有这一天: 2026-02-30
? 1

# ---- whose agenda ------------------------------------------------------------

# The lawyer sees only their own cases (2 and 4), figures included.
$ TIAOCAI_USER=lvshi tiaocai agenda
> 待办 2026-11-22 周日  周律师 (法律援助律师)
> 快立 待受理 1 · 快调 调解中 0 · 快审 审理中 1 · 快结 本周结案 0
>
> 超期 共 0 件
>   无超期案件
>
> 今日到期 共 0 件
>   今日无到期案件
>
> 3个工作日内到期 (至 2026-11-25) 共 1 件
>   案号    申请人    被申请人              期限      届满日      剩余天数  经办人
>   2026-2  欧阳晓梅  某建设公司第三项目部  受理审查  2026-11-25         3
>
> 今明两天开庭 共 1 件
>   案号    申请人  被申请人                开庭时间          仲裁庭      仲裁员
>   2026-4  李四    贵阳某物业管理有限公司  2026-11-23 09:30  第一仲裁庭  何文斌
>
> 待制作 共 0 件
>   无待制作文书
>
> 待送达 共 0 件
>   无待送达文书
>
> 未依法通知 (14 日内的开庭) 共 0 件
>   两周内的开庭均已依法通知

# A supervisor may look through the lawyer's eyes; the same rows.
$ TIAOCAI_USER=kezhang tiaocai agenda --user lvshi --format csv --header en | tr -d '\r' | cut -d, -f1,2
> "list","case_no"
> "due_soon","贵劳人仲速裁字〔2026〕第2号"
> "hearing","贵劳人仲案字〔2026〕第4号"

# Anyone may name themselves; a clerk may not ask for someone else's.
$ TIAOCAI_USER=lvshi tiaocai agenda --user lvshi --format csv | wc -l
> 3
$ TIAOCAI_USER=zhengli tiaocai agenda --user zhengli | head -n 1
> 待办 2026-11-22 周日  郑丽 (书记员)  全院
$ TIAOCAI_USER=zhengli tiaocai agenda --user lvshi
! tiaocai: 只有管理员和院领导可以查看他人的待办: zhengli (书记员) 只能查看自己的, 不能查看 lvshi 的
? 1
$ TIAOCAI_USER=lvshi tiaocai agenda --user kezhang --format csv
! tiaocai: 只有管理员和院领导可以查看他人的待办: lvshi (法律援助律师) 只能查看自己的, 不能查看 kezhang 的
? 1
$ tiaocai agenda --user nobody
! tiaocai: 用户 nobody 未登记 (tiaocai user list 列出已登记的用户)
? 1

# ---- usage ------------------------------------------------------------------

$ tiaocai agenda --format xml
! tiaocai: --format 应为 table 或 csv: xml
! 用法: tiaocai agenda [--date 日期] [--user 登录名] [--office] [--all] [--format table|csv]
!                      [--header zh|en] [-o 文件]
? 2
$ tiaocai agenda --header fr --format csv
!*
? 2
$ tiaocai agenda --user
!*
? 2
$ tiaocai agenda today
!*
? 2

# ---- one meaning of 超期 -------------------------------------------------------

# Case 6 has two statutory clocks past due: the tribunal (10-01 + 5 =
# 10-06, in the National Day holiday -> 10-08) and the 审限 (10-01 + 45 =
# 11-15, a Sunday -> 11-16); its mediation clock (-> 10-19) is an office
# target after acceptance.  It is one overdue case: `case list --overdue`
# counts the cases whose earliest running statutory clock is past due, and
# the agenda lists each of them once.  Printed: cases in `case list
# --overdue`, distinct case numbers among the agenda's overdue rows,
# overdue rows, the weekly summary's 超期 and export stats' overdue for the
# week ending today.
$ tiaocai case add --applicant 赵六 --applicant-id 520102198501010239 --employer 贵州某制药有限公司 --claim 工资:20000 --received 2026-10-01 && tiaocai case accept 2026-6 --on 2026-10-01 && tiaocai case mediate 2026-6 --mediator 陈立平 --on 2026-10-02
>*
$ tiaocai agenda --format csv --header en > a.csv; l=$(tiaocai case list --overdue --format csv --header en | tail -n +2 | wc -l); d=$(grep '^"overdue"' a.csv | cut -d, -f2 | sort -u | wc -l); r=$(grep -c '^"overdue"' a.csv); w=$(tiaocai report weekly | sed -n 's/^ *超期 \([0-9]*\) 件：.*/\1/p'); x=$(tiaocai export stats --from 2026-11-16 --to 2026-11-22 --header en | tr -d '\r' | tail -n 1 | cut -d, -f24 | tr -d '"'); echo "$l $d $r $w $x"
> 3 3 3 3 3

# 超审限 is the narrower figure, the 审限 alone: case 6 (11-16) and case 1
# (10-16); the weekly summary, export stats and the stored clocks agree.
$ w=$(tiaocai report weekly | sed -n 's/.*其中超审限 \([0-9]*\) 件.*/\1/p'); x=$(tiaocai export stats --from 2026-11-16 --to 2026-11-22 --header en | tr -d '\r' | tail -n 1 | cut -d, -f25 | tr -d '"'); k=$(sqlite3 "$TIAOCAI_DB" "SELECT count(*) FROM case_clocks WHERE clock = 'close' AND running AND due_on < '2026-11-22'"); echo "$w $x $k"
> 2 2 2

# ---- each person's own work -------------------------------------------------

# A mediator on the roster sees their own cases first: 王芳 mediates case 5
# alone (陈立平 case 6), so her 快 and her lists are case 5's.  --office
# shows the office's, as `o` does on 首页.
$ tiaocai user add --login wangfang --name 王芳 --role mediator --person 王芳
> 已登记用户 wangfang
$ TIAOCAI_USER=wangfang tiaocai agenda
> 待办 2026-11-22 周日  王芳 (调解员)  本人调解的案件 (--office 看全院)
> 快立 待受理 0 · 快调 调解中 1 · 快审 审理中 0 · 快结 本周结案 0
>
> 超期 共 1 件
>   案号    申请人  被申请人                期限      届满日      超期天数  经办人
>   2026-5  王五    贵阳某餐饮管理有限公司  调解期限  2026-11-17         5  王芳
>
> 今日到期 共 0 件
>   今日无到期案件
>
> 3个工作日内到期 (至 2026-11-25) 共 0 件
>   无案件到期
>
> 今明两天开庭 共 0 件
>   无开庭安排
>
> 待制作 共 0 件
>   无待制作文书
>
> 待送达 共 0 件
>   无待送达文书
>
> 未依法通知 (14 日内的开庭) 共 0 件
>   两周内的开庭均已依法通知
$ TIAOCAI_USER=wangfang tiaocai agenda --office | head -n 5
> 待办 2026-11-22 周日  王芳 (调解员)  全院
> 快立 待受理 2 · 快调 调解中 2 · 快审 审理中 1 · 快结 本周结案 0
>
> 超期 共 3 件
>   案号    申请人  被申请人                期限      届满日      超期天数  经办人
# A supervisor looking through her eyes sees what she sees.
$ TIAOCAI_USER=kezhang tiaocai agenda --user wangfang --format csv --header en | tr -d '\r' | cut -d, -f1,2
> "list","case_no"
> "overdue","贵劳人仲案字〔2026〕第5号"
# An arbitrator: 何文斌 hears case 4 tomorrow, and nothing of his is due.
$ tiaocai user add --login hewb --name 何文斌 --role arbitrator --person 何文斌
> 已登记用户 hewb
$ TIAOCAI_USER=hewb tiaocai agenda --format csv --header en | tr -d '\r' | cut -d, -f1,2
> "list","case_no"
> "hearing","贵劳人仲案字〔2026〕第4号"
$ TIAOCAI_USER=hewb tiaocai agenda | head -n 2
> 待办 2026-11-22 周日  何文斌 (仲裁员)  本人审理的案件 (--office 看全院)
> 快立 待受理 0 · 快调 调解中 0 · 快审 审理中 1 · 快结 本周结案 0

# A clerk in charge (承办人) of a case sees it first; before, with none of
# their own, they saw the office's (above: 全院).
$ tiaocai case add --applicant 钱七 --applicant-id 520102198501010319 --employer 贵阳某餐饮管理有限公司 --claim 工资:2000 --received 2026-11-20 --clerk zhengli
>*
$ TIAOCAI_USER=zhengli tiaocai agenda | head -n 2
> 待办 2026-11-22 周日  郑丽 (书记员)  本人承办的案件 (--office 看全院)
> 快立 待受理 1 · 快调 调解中 0 · 快审 审理中 0 · 快结 本周结案 0
$ TIAOCAI_USER=zhengli tiaocai agenda --format csv --header en | tr -d '\r' | cut -d, -f1,2,6
> "list","case_no","due_on"
> "due_soon","贵劳人仲案字〔2026〕第7号","2026-11-25"
$ TIAOCAI_USER=zhengli tiaocai agenda --office --format csv --header en | tr -d '\r' | cut -d, -f1 | sort | uniq -c | sed 's/^ *//'
> 3 "due_soon"
> 1 "hearing"
> 1 "list"
> 3 "overdue"

# A bigger office (a demo of 600 cases): the table lists the 50 most
# urgent rows of each list, in the list's order, then how many there are
# and where the whole list is (the weekly summary's words); --all lists
# every row, and the CSV always has every row.
$ tiaocai demo --db big.db --cases 600 >/dev/null 2>&1
$ tiaocai --db big.db agenda --office 2>/dev/null | grep -E '件$|以上为'
> 超期 共 57 件
>   以上为最超期的 50 件（共 57 件）；全部见 tiaocai case list --overdue 或 tiaocai agenda --office --all。
> 今日到期 共 0 件
>   今日无到期案件
> 3个工作日内到期 (至 2026-11-25) 共 90 件
>   以上为最先届满的 50 件（共 90 件）；全部见 tiaocai agenda --office --all。
> 今明两天开庭 共 11 件
> 待制作 共 65 件
>   以上为等待最久的 50 件（共 65 件）；全部见 tiaocai agenda --office --all。
> 待送达 共 161 件
>   以上为等待最久的 50 件（共 161 件）；全部见 tiaocai agenda --office --all。
> 未依法通知 (14 日内的开庭) 共 23 件
$ tiaocai --db big.db agenda --office 2>/dev/null | sed -n '/^超期/,/^$/p' | head -n 4
> 超期 共 57 件
>   案号      申请人       被申请人                        期限      届满日      超期天数  经办人
>   2026-116  张雪艳       贵阳祥德网络科技有限公司        组庭通知  2026-09-29        54  刘敏
>   2026-132  卢倩欣       贵州兴德电子科技有限公司        组庭通知  2026-10-08        45  龙德明
$ tiaocai --db big.db agenda --office 2>/dev/null | sed -n '/^超期/,/^$/p' | tail -n 4
>   2026-482  胡军海等5人  贵阳和盛网络科技有限公司        组庭通知  2026-11-17         5  李俊
>   2026-488  王静凤       陈金辉、贵州远黔建设工程有限…   组庭通知  2026-11-17         5  李俊
>   以上为最超期的 50 件（共 57 件）；全部见 tiaocai case list --overdue 或 tiaocai agenda --office --all。
>
# The 50 rows are the first 50 of the whole list, which case list
# --overdue has too (its header line apart); with --all no list is cut.
$ tiaocai --db big.db agenda --office --all 2>/dev/null | sed -n '/^超期/,/^$/p' >all.txt && grep -c '^  20' all.txt && tiaocai --db big.db case list --overdue | tail -n +2 | wc -l
> 57
> 57
$ diff <(tiaocai --db big.db agenda --office 2>/dev/null | sed -n '/^超期/,/^$/p' | grep '^  20') <(grep '^  20' all.txt | head -n 50) && echo same
> same
$ tiaocai --db big.db agenda --office --all 2>/dev/null | grep -c 以上为; exit 0
> 0
$ tiaocai --db big.db agenda --office --format csv --header en 2>/dev/null | tr -d '\r' | cut -d, -f1 | sort | uniq -c | sed 's/^ *//'
> 90 "due_soon"
> 11 "hearing"
> 1 "list"
> 57 "overdue"
> 65 "tomake"
> 23 "unnotified"
> 161 "unserved"
# Another day's agenda: the command given back is that one, with --all
# (case list --overdue is today's).
$ tiaocai --db big.db agenda --date 2026-11-20 --office 2>/dev/null | grep 以上为
>   以上为最超期的 50 件（共 57 件）；全部见 tiaocai agenda --date 2026-11-20 --office --all。
>   以上为最先届满的 50 件（共 90 件）；全部见 tiaocai agenda --date 2026-11-20 --office --all。
>   以上为等待最久的 50 件（共 65 件）；全部见 tiaocai agenda --date 2026-11-20 --office --all。
>   以上为等待最久的 50 件（共 161 件）；全部见 tiaocai agenda --date 2026-11-20 --office --all。
