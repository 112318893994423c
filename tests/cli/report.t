# The weekly summary and the statistics of a period (tiaocai(5),
# STATISTICS and THE WEEKLY SUMMARY), on cases moved through their stages
# on fixed dates; today is Sunday 2026-11-22, the last day of 2026-W47.
#
#  1 罗建      rcv 09-01 acc 09-01: 审限 10-16, overdue
#  2 欧阳晓梅  rcv 11-16 速裁 监察移送, acc 11-16, mediate 11-17, settled 11-20
#  3 龙阿1..10 rcv 11-17 (collective, 建筑业), acc 11-18, a tribunal of
#              three (何文斌 chief) formed and the hearing set 11-18 for 11-26
#  4 张三      rcv 10-20 acc 10-21, heard 11-05, award 11-19 8000 (终局)
#  5 李四      rcv 11-18, refused 11-19
#  6 王五      rcv 11-16, pre-filing mediation 11-16, settled 11-18 (案外调解)
#  7 赵六      rcv 10-12 acc 10-12, suspended 11-17
#  8 钱七      rcv 10-12 acc 10-13, extended 11-20
#  9 孙八      rcv 10-09 简易 acc 10-09: 审限 11-23, due next week
# 10 周九      rcv 11-10 acc 11-11, withdrawn 11-19
# 11 吴十      rcv 11-16, transferred 11-17 before acceptance

$ tiaocai init && tiaocai roster import $DATA/roster.csv
>*
!*
$ tiaocai room add 第一仲裁庭
>*
!*
$ tiaocai case add --applicant 罗建 --applicant-id 440524188001010014 --employer 贵阳某餐饮管理有限公司 --claim 工资:6800 --received 2026-09-01 --industry 餐饮业
>*
!*
$ tiaocai case accept 2026-1 --on 2026-09-01
>*
!*
$ tiaocai case add --applicant 欧阳晓梅 --applicant-id 11010519491231002X --employer 某建设公司第三项目部 --claim 工资:12000 --claim 加班费:800 --received 2026-11-16 --fast --source 劳动保障监察移送
>*
!*
$ tiaocai case accept 2026-2 --on 2026-11-16
>*
!*
$ tiaocai case mediate 2026-2 --mediator 陈立平 --on 2026-11-17
>*
!*
$ tiaocai case settle 2026-2 --amount 10000 --on 2026-11-20
>*
!*
$ args=""; i=0; for id in 520102198501010036 520102198501010052 520102198501010079 520102198501010095 520102198501010116 520102198501010132 520102198501010159 520102198501010175 520102198501010191 520102198501010212; do i=$((i+1)); args="$args --applicant 龙阿$i --applicant-id $id"; done; tiaocai case add $args --employer 贵州黔城建工集团有限公司 --claim 工资:150000 --received 2026-11-17 --industry 建筑业
>*
!*
$ tiaocai case accept 2026-3 --on 2026-11-18
>*
!*
$ tiaocai case tribunal 2026-3 --on 2026-11-18 --chief 何文斌 --member 蒋涛 --member 岑光明
>*
!*
$ tiaocai case hearing 2026-3 --on 2026-11-18 --at '2026-11-26 09:30' --room 第一仲裁庭
>*
!*
$ tiaocai case add --applicant 张三 --applicant-id 520102198501010255 --employer 贵阳某物流有限公司 --claim 工资:8000 --received 2026-10-20
>*
!*
$ tiaocai case accept 2026-4 --on 2026-10-21
>*
!*
$ tiaocai case hearing 2026-4 --on 2026-10-22 --at '2026-11-05 09:30' --arbitrator 何文斌
>*
!*
$ tiaocai case hearing-held 2026-4 --on 2026-11-05
>*
!*
$ tiaocai case award 2026-4 --on 2026-11-19 --amount 8000
>*
!*
$ tiaocai case add --applicant 李四 --applicant-id 520102198501010271 --employer 贵阳某物业管理有限公司 --claim 工资:4000 --received 2026-11-18
>*
!*
$ tiaocai case refuse 2026-5 --on 2026-11-19 --reason 不属于劳动争议
>*
!*
$ tiaocai case add --applicant 王五 --applicant-id 520102198501010298 --employer 贵阳某餐饮管理有限公司 --claim 工资:3500 --received 2026-11-16
>*
!*
$ tiaocai case premediate 2026-6 --mediator 王芳 --on 2026-11-16
>*
!*
$ tiaocai case settle 2026-6 --amount 3000 --on 2026-11-18
>*
!*
$ tiaocai case add --applicant 赵六 --applicant-id 520102198501010239 --employer 贵州某制药有限公司 --claim 工伤医疗费:20000 --received 2026-10-12 --legal-aid
>*
!*
$ tiaocai case accept 2026-7 --on 2026-10-12
>*
!*
$ tiaocai case suspend 2026-7 --on 2026-11-17 --reason 等待工伤鉴定
>*
!*
$ tiaocai case add --applicant 钱七 --applicant-id 520102198501010212 --employer 贵阳某网络科技有限公司 --claim 工资:9000 --received 2026-10-12
>*
!*
$ tiaocai case accept 2026-8 --on 2026-10-13
>*
!*
$ tiaocai case extend 2026-8 --on 2026-11-20 --reason 案情复杂
>*
!*
$ tiaocai case add --applicant 孙八 --applicant-id 520102198501010191 --employer 贵阳某劳务有限公司 --claim 工资:7000 --received 2026-10-09 --simple
>*
!*
$ tiaocai case accept 2026-9 --on 2026-10-09
>*
!*
$ tiaocai case add --applicant 周九 --applicant-id 520102198501010175 --employer 贵阳某餐饮管理有限公司 --claim 工资:5000 --received 2026-11-10
>*
!*
$ tiaocai case accept 2026-10 --on 2026-11-11
>*
!*
$ tiaocai case withdraw 2026-10 --on 2026-11-19
>*
!*
$ tiaocai case add --applicant 吴十 --applicant-id 520102198501010159 --employer 贵阳某建筑劳务有限公司 --claim 工资:6000 --received 2026-11-16
>*
!*
$ tiaocai case transfer 2026-11 --on 2026-11-17 --to 贵阳市南明区人民法院
>*
!*

# The summary of the current week, compared whole, Chinese names aligned
# by display width, at most 100 columns.  By hand: received 2 3 5 6 11;
# accepted 2 3; refused 5; 案外调解 6; open at the start (accepted before
# 11-16, not closed before) 1 4 7 8 9 10 = 6; closed 2 (调解, 4 days) 4
# (终局, 29) 10 (撤回, 8) = 3; open at the end 6 + 2 - 3 = 5 (已立案 1 8 9,
# 审理中 3, 中止 7); 结案率 3 / (6 + 2) = 37.5%; 调解成功率 (1 + 1) / (3 + 1)
# = 50.0%; days (4 + 29 + 8) / 3 = 13.7; workers 1 + 10; claimed 12800 +
# 150000; resolved 10000 + 8000 + 3000; 三个下降 this week 2 3 5 6 11 (14
# workers, 12000 + 150000 + 4000 + 3500 + 6000), a year before none ("—"),
# the week before 10 (+400.0%, +1300.0%, 175500 / 5000 - 1 = +3410.0%).
# The journal's chain head at the foot changes from run to run (rows carry
# the real time): masked here, compared with `check` below.
$ tiaocai report weekly --week 2026-W47 | sed -E 's/日志链头 [0-9a-f]{16}/日志链头 …/'
>                                     贵阳市劳动人事争议仲裁委员会
>                                       劳动人事争议仲裁工作周报
>                               2026年第47周（2026-11-16 至 2026-11-22）
>                                                                                 制表日期：2026-11-22
>
> 一、收案、立案和不予受理
>   收案 5 件（其中劳动保障监察移送 1 件），立案 2 件，不予受理 1 件，案外调解成功 1 件。
>   已立案未结：周初 6 件，周末 5 件。
>
> 二、结案情况
>   结案方式    件数    占比
>   ------------------------
>   调解           1   33.3%
>   终局裁决       1   33.3%
>   非终局裁决     0    0.0%
>   撤回           1   33.3%
>   移送           0    0.0%
>   其他           0    0.0%
>   合计           3  100.0%
>
>   仲裁结案率 37.5%（本周结案 3 件 ÷（周初未结 6 件 + 本周立案 2 件））。
>   不予受理和案外调解成功不计入结案；本周延长审限 1 件，中止审理 1 件。
>
> 三、调解成功率
>   50.0%（（调解结案 1 件 + 案外调解成功 1 件）÷（结案 3 件 + 案外调解成功 1 件））。
>
> 四、平均结案天数
>   13.7 天（本周结案 3 件，自立案至结案的日历天数的平均）。
>
> 五、速裁案件占比
>   50.0%（本周立案 2 件，其中速裁 1 件）。
>   程序  立案  结案  平均结案天数
>   ------------------------------
>   速裁     1     1           4.0
>   简易     0     0             —
>   普通     1     2          18.5
>   合计     2     3          13.7
>
> 六、未结案件（按阶段，截至 2026-11-22）
>   收案  案前调解  已立案  调解中  审理中  中止  合计
>   --------------------------------------------------
>      0         0       3       0       1     1     5
>
> 七、涉及劳动者
>   本周立案案件涉及劳动者 11 人，其中集体争议 1 件、10 人；法律援助案件 0 件。
>
> 八、涉案金额
>   本周立案案件请求金额 ¥162,800.00；
>   本周结案（含案外调解成功）调解或裁决金额 ¥21,000.00；
>   本周已兑现（支付日期在本周的实际支付，不论何时立案、结案）¥0.00，涉及 0 件案件。
>
> 九、三个下降（欠薪案件）
>   欠薪案件为收案中含“工资”请求的案件，涉案金额为其工资请求金额之和。去年同期为 2025年第47周
>   （2025-11-17 至 2025-11-23），上周为 2026年第46周（2026-11-09 至 2026-11-15）。
>   项目                     本周  去年同期  同比       上周      环比
>   ------------------------------------------------------------------
>   欠薪案件（件）              5         0     —          1   +400.0%
>   涉及劳动者（人）           14         0     —          1  +1300.0%
>   涉案金额（元）    ¥175,500.00     ¥0.00     —  ¥5,000.00  +3410.0%
>
> 十、办案人员工作量
>   在办：截至 2026-11-22，调解员为处于案前调解或调解中的案件，仲裁员为由其审理的未结案件。
>   本周结案：调解员为未经开庭即结案的案件，仲裁员为由其审理的案件。
>   调解员  在办  本周结案  其中调解成功
>   ------------------------------------
>   王芳       0         1             1
>   陈立平     0         1             1
>
>   仲裁员  在办  本周结案
>   ----------------------
>   何文斌     1         1
>
> 十一、超期案件（截至 2026-11-22）
>   超期 3 件：未结、未中止、有法定期限在 2026-11-22 前届满仍在计算的案件，每案计一次，按最早届满的期
>   限列出。其中超审限 1 件：仲裁审限（含延长）已届满的案件。
>   案号                       申请人  被申请人                期限      届满日      超期天数  承办人
>   -------------------------------------------------------------------------------------------------
>   贵劳人仲案字〔2026〕第1号  罗建    贵阳某餐饮管理有限公司  组庭通知  2026-09-07        76  未指定
>   贵劳人仲案字〔2026〕第9号  孙八    贵阳某劳务有限公司      组庭通知  2026-10-14        39  未指定
>   贵劳人仲案字〔2026〕第8号  钱七    贵阳某网络科技有限公司  组庭通知  2026-10-19        34  未指定
>
> 十二、即将届满案件（届满日 2026-11-22 至 2026-11-29）
>   案号  申请人  被申请人  期限  届满日  剩余天数  承办人
>   ------------------------------------------------------
>   (无)
>
>   注：各项数字的口径见 tiaocai(5) 的 STATISTICS 和 THE WEEKLY SUMMARY 两节。
>   日志链头 …（截至 2026-11-22 共 38 条）
>
>
>                               制表人：__________    审核人：__________    日期：______年____月____日

# The head at the foot is the one `tiaocai check` finds now.
$ head=$(tiaocai check | sed -n 's/^日志链: 正常, 共 \([0-9]*\) 条, 链头 \([0-9a-f]\{16\}\)$/\2（截至 2026-11-22 共 \1 条）/p'); test -n "$head" && tiaocai report weekly --week 2026-W47 | grep -cFx "  日志链头 $head"
> 1

# Without --week, the week that contains today; -o writes the same text.
$ tiaocai report weekly > a.txt && tiaocai report weekly --week 2026-w47 -o b.txt && cmp a.txt b.txt && echo same
> same
! tiaocai: 已写入周报 b.txt
$ tiaocai report weekly --week 2025-W53
! tiaocai: --week 应为 ISO 周, 如 2026-W47: 2025-W53
!*
? 2
$ tiaocai report weekly --week 2026-11-16
!*
? 2
$ tiaocai report weekly --week 2026-W48
! tiaocai: 2026年第48周尚未开始 (今天是 2026-11-22)
? 1

# A past week: the stages on its Sunday come from the journal: 已立案 1 7
# (not yet suspended) 8 9 10, 审理中 4 (awarded only on 11-19).
$ tiaocai report weekly --week 2026-W46 | sed -n '/^六、/,+3p'
> 六、未结案件（按阶段，截至 2026-11-15）
>   收案  案前调解  已立案  调解中  审理中  中止  合计
>   --------------------------------------------------
>      0         0       5       0       1     0     6

# The statistics of the same week: the numbers of the summary.
$ tiaocai export stats --from 2026-11-16 --to 2026-11-22 --header en | tr -d '\r'
> "period_from","period_to","slice","open_at_start","received","accepted","refused","workers","collective_cases","collective_workers","premediation_settled","closed","closed_mediated","closed_award_final","closed_award_nonfinal","closed_withdrawn","closed_transferred","closed_other","open_at_end","mediation_success_rate","closure_rate","claimed","resolved_amount","overdue","over_limit","extended","suspended","avg_days_to_close","legal_aid_cases","inspection_referrals","paid"
> "2026-11-16","2026-11-22","合计","6","5","2","1","11","1","10","1","3","1","1","0","1","0","0","5","50.0","37.5","162800.00","21000.00","3","1","1","1","13.7","0","1","0.00"

# By track, Chinese headers (the default): 速裁 2; 简易 9, open all week,
# nothing closed, so no success rate and no average (empty); 普通 the rest.
$ tiaocai export stats --from 2026-11-16 --to 2026年11月22日 --by track | tr -d '\r'
> "统计起始日","统计截止日","分类","上期未结","当期收案","当期受理","不予受理","涉及劳动者人数","集体争议案件数","集体争议劳动者人数","案外调解成功","当期结案","仲裁调解结案","终局裁决结案","非终局裁决结案","撤回结案","移送结案","其他方式结案","期末未结","调解成功率(%)","仲裁结案率(%)","请求金额(元)","调解或裁决金额(元)","超期案件","超审限案件","延长审限案件","中止案件","平均结案天数","法律援助案件","劳动保障监察移送案件","已兑现金额(元)"
> "2026-11-16","2026-11-22","速裁","0","1","1","0","1","0","0","0","1","1","0","0","0","0","0","0","100.0","100.0","12800.00","10000.00","0","0","0","0","4.0","0","1","0.00"
> "2026-11-16","2026-11-22","简易","1","0","0","0","0","0","0","0","0","0","0","0","0","0","0","1","","0.0","0.00","0.00","1","0","0","0","","0","0","0.00"
> "2026-11-16","2026-11-22","普通","5","4","1","1","10","1","10","1","2","0","1","0","1","0","0","4","33.3","33.3","150000.00","11000.00","2","1","1","1","18.5","0","0","0.00"
> "2026-11-16","2026-11-22","合计","6","5","2","1","11","1","10","1","3","1","1","0","1","0","0","5","50.0","37.5","162800.00","21000.00","3","1","1","1","13.7","0","1","0.00"

# By industry: those with any figure, 未填 last; by collective: both rows.
$ tiaocai export stats --from 2026-11-16 --to 2026-11-22 --by industry | tr -d '\r' | cut -d, -f3-6
> "分类","上期未结","当期收案","当期受理"
> "建筑业","0","1","1"
> "餐饮业","1","0","0"
> "未填","5","4","1"
> "合计","6","5","2"
$ tiaocai export stats --from 2026-11-16 --to 2026-11-22 --by collective --header en | tr -d '\r' | cut -d, -f3,6,8-10
> "slice","accepted","workers","collective_cases","collective_workers"
> "集体","1","10","1","10"
> "非集体","1","1","0","0"
> "合计","2","11","1","10"

# Into a file, atomically; GB18030 reads back as the UTF-8 export.
$ tiaocai export stats --from 2026-11-16 --to 2026-11-22 --encoding gb18030 -o g.csv && tiaocai export stats --from 2026-11-16 --to 2026-11-22 -o u.csv && iconv -f GB18030 -t UTF-8 g.csv | cmp - u.csv && echo same
> same
! tiaocai: 已导出统计到 g.csv
! tiaocai: 已导出统计到 u.csv
$ tiaocai export stats --from 2026-11-16 --to 2026-11-22 --encoding utf-8-bom | head -c 3 | od -An -tx1
>  ef bb bf

# A bad period is refused naming the option, and nothing is written.
$ tiaocai export stats --from 2026-13-01 --to 2026-11-22 -o x.csv; rc=$?; ls x.csv* 2>/dev/null; exit $rc
! tiaocai: --from: 没有这一天: 2026-13-01
? 1
$ tiaocai export stats --from 2026-11-22 --to 2026-11-16
! tiaocai: --from 晚于 --to
!*
? 2
$ tiaocai export stats --to 2026-11-22
! tiaocai: export stats: 须给出统计期间 --from 日期 --to 日期
!*
? 2
$ tiaocai export stats --from 2026-11-16 --to 2026-11-22 --by month
! tiaocai: --by 应为 none、track、industry 或 collective: month
!*
? 2

# ---- 已兑现: money actually paid ----------------------------------------------

# Counted by the day it was paid, whenever the case closed: case 4 (award
# 11-19) 5000 on 11-13, during the case, and 3000 on 11-20; case 2
# (settled 11-20) 10000 on 11-21.  Payments go in by SQL here until `case
# pay` records them.
$ sqlite3 "$TIAOCAI_DB" "INSERT INTO payments(case_id, amount, paid_on, paid_by) VALUES (4, 500000, '2026-11-13', '贵阳某物流有限公司'), (4, 300000, '2026-11-20', '贵阳某物流有限公司'), (2, 1000000, '2026-11-21', NULL); UPDATE cases SET paid = (SELECT coalesce(sum(amount), 0) FROM payments WHERE case_id = cases.id)"
$ tiaocai report weekly | sed -n '/^八、/,/^$/p'
> 八、涉案金额
>   本周立案案件请求金额 ¥162,800.00；
>   本周结案（含案外调解成功）调解或裁决金额 ¥21,000.00；
>   本周已兑现（支付日期在本周的实际支付，不论何时立案、结案）¥13,000.00，涉及 2 件案件。
>
$ tiaocai report weekly --week 2026-W46 | grep 已兑现
>   本周已兑现（支付日期在本周的实际支付，不论何时立案、结案）¥5,000.00，涉及 1 件案件。

# export stats: paid, the last column, by slice and over two weeks.
$ tiaocai export stats --from 2026-11-16 --to 2026-11-22 --by track --header en | tr -d '\r' | cut -d, -f3,31
> "slice","paid"
> "速裁","10000.00"
> "简易","0.00"
> "普通","3000.00"
> "合计","13000.00"
$ tiaocai export stats --from 2026-11-09 --to 2026-11-22 | tr -d '\r' | cut -d, -f31
> "已兑现金额(元)"
> "18000.00"
