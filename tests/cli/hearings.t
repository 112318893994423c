# hearings.t - rooms, tribunals and hearings as records (tiaocai(5),
# HEARINGS): no hearing shares a room or a person with another at the same
# time, the notice period is kept or its shortening explained, a party's
# request to postpone comes 3 days ahead, suspension and closing cancel
# what was scheduled, an award follows a hearing held or says why not, and
# the calendar lists it all.  Today is Sun 2026-11-22.

$ tiaocai --db t.db init
> 已新建数据库 t.db (贵阳市劳动人事争议仲裁委员会)

$ tiaocai user add --login "$(id -un)" --name 管理员 --role admin | sed "s/ $(id -un)\$/ LOGIN/"
> 已登记用户 LOGIN

$ tiaocai roster import "$DATA/roster.csv"
>*

$ tiaocai user add --login zhengli --name 郑丽 --role clerk && tiaocai user add --login wangmin --name 王敏 --role clerk && tiaocai user add --login lvshi --name 周律师 --role lawyer && tiaocai user add --login cengm --name 岑光明 --role arbitrator --person 岑光明
>*

# ---- rooms -------------------------------------------------------------

$ tiaocai room list
> 还没有登记开庭地点 (tiaocai room add 名称)

$ tiaocai room add 速裁庭 --fast 是 --capacity 12 --address 贵阳市观山湖区仲裁院一楼
> 已登记开庭地点 速裁庭

$ tiaocai room add 第一仲裁庭 --capacity 30 --address 贵阳市观山湖区仲裁院三楼 && tiaocai room add 第二仲裁庭 --capacity 20
>*

$ tiaocai room add 速裁庭
! tiaocai: 开庭地点名称: 已有开庭地点「速裁庭」
? 1

$ tiaocai room edit 第二仲裁庭 --available 否 --reason 装修
> 已修改开庭地点 第二仲裁庭

$ tiaocai room list
> 名称        座位  速裁庭  可用  地址                      备注
> 第一仲裁庭    30          是    贵阳市观山湖区仲裁院三楼
> 第二仲裁庭    20          停用
> 速裁庭        12  是      是    贵阳市观山湖区仲裁院一楼

# A clerk keeps cases, not rooms.
$ TIAOCAI_USER=zhengli tiaocai room add 调解室
! tiaocai: zhengli (书记员) 无权进行此操作, 需由管理员、院领导办理
? 1

%env TIAOCAI_USER=zhengli

$ tiaocai case add --applicant 张明 --applicant-id 522622199003101006 --employer 贵州黔城建工集团有限公司 --claim 工资:8000 --received 2026-11-02 && tiaocai case add --applicant 李华 --applicant-id 522622199004111011 --employer 贵阳某劳务有限公司 --claim 工资:9000 --received 2026-11-02 --lawyer lvshi && tiaocai case add --applicant 王芳芳 --applicant-id 522622199005121027 --employer 贵州凯晟建设有限公司 --claim 工资:7000 --received 2026-11-02 && tiaocai case add --applicant 赵强 --applicant-id 522622199006131032 --employer 贵州众宇物流有限公司 --claim 工资:6000 --received 2026-11-02 && tiaocai case add --applicant 刘洋 --applicant-id 522622199007141048 --employer 贵阳汇昌劳务有限公司 --claim 工资:5000 --received 2026-11-02 && tiaocai case add --applicant 工人A --applicant-id 522622199009161069 --applicant 工人B --applicant-id 52262219901017107X --applicant 工人C --applicant-id 522622199011181085 --applicant 工人D --applicant-id 522622199003191099 --applicant 工人E --applicant-id 522622199004201105 --applicant 工人F --applicant-id 522622199005211110 --applicant 工人G --applicant-id 522622199006221126 --applicant 工人H --applicant-id 522622199007231131 --applicant 工人I --applicant-id 522622199008241147 --applicant 工人J --applicant-id 522622199009251152  --employer 贵州鼎盛劳务有限公司 --claim 工资:120000 --received 2026-11-02 && tiaocai case add --applicant 周杰 --applicant-id 522622199008151053 --employer 贵州安佳铝业有限公司 --claim 工资:4000 --received 2026-11-02
>*

$ for n in 1 2 3 4 5 6 7; do tiaocai case accept 2026-$n --on 2026-11-03 >/dev/null || exit 1; done; echo ok
> ok

# ---- the tribunal ------------------------------------------------------

# 组庭通知 runs from acceptance (5 days, Art 32) until the tribunal is formed.
$ tiaocai case show 2026-1 | grep 组庭通知
>   组庭通知  2026-11-03  5日   2026-11-09   -13  劳动争议调解仲裁法第三十二条

$ tiaocai case tribunal 2026-1 --sole 岑光明 --clerk wangmin --on 2026-11-05
> 贵劳人仲案字〔2026〕第1号: 已立案 -> 已立案, 仲裁审限届满 2026-12-18

$ tiaocai case show 2026-1 | grep 组庭通知
>   组庭通知  2026-11-03  5日   2026-11-09     -  劳动争议调解仲裁法第三十二条  已组庭

# A change of tribunal needs its reason (回避 granted).
$ tiaocai case tribunal 2026-1 --sole 宋佳
! tiaocai: 本案已组庭 (独任仲裁员 岑光明), 变更仲裁庭须写明理由, 如 回避申请成立: --reason 理由
? 2

# A collective case (10 workers) is heard by three.
$ tiaocai case tribunal 2026-6 --sole 宋佳 --on 2026-11-05
! tiaocai: 本案为集体劳动争议, 应由三名仲裁员组成仲裁庭 (本机构设置 collective_sole 为 否, 可由管理员用 tiaocai config collective_sole 是 改为允许独任)
? 1

$ tiaocai case tribunal 2026-6 --chief 宋佳 --member 蒋涛 --member 宋佳 --on 2026-11-05
! tiaocai: 仲裁庭的三名仲裁员应是不同的人
? 1

$ tiaocai case tribunal 2026-6 --chief 宋佳 --member 蒋涛 --member 熊春梅 --on 2026-11-05
> 贵劳人仲案字〔2026〕第6号: 已立案 -> 已立案, 仲裁审限届满 2026-12-18

# ---- no double booking -------------------------------------------------

$ tiaocai case hearing 2026-1 --at '2026-11-30 09:30' --room 速裁庭
> 贵劳人仲案字〔2026〕第1号: 已立案 -> 审理中, 仲裁审限届满 2026-12-18

# The same room, a hearing starting inside the other one.
$ tiaocai case hearing 2026-2 --at '2026-11-30 10:00' --room 速裁庭 --arbitrator 宋佳
! tiaocai: 开庭时间: 与案件 贵劳人仲案字〔2026〕第1号 的开庭冲突 (2026-11-30 09:30 至 10:30, 速裁庭): 同一开庭地点, 请另选时间或开庭地点
? 1

# The same arbitrator in another room.
$ tiaocai case hearing 2026-2 --at '2026-11-30 09:00' --room 第一仲裁庭 --arbitrator 岑光明
! tiaocai: 开庭时间: 与案件 贵劳人仲案字〔2026〕第1号 的开庭冲突 (2026-11-30 09:30 至 10:30, 速裁庭): 仲裁员 岑光明, 请另选时间
? 1

# The same 书记员.
$ tiaocai case tribunal 2026-3 --sole 蒋涛 --clerk wangmin --on 2026-11-06 >/dev/null && tiaocai case hearing 2026-3 --at '2026-11-30 10:15' --room 第一仲裁庭
! tiaocai: 开庭时间: 与案件 贵劳人仲案字〔2026〕第1号 的开庭冲突 (2026-11-30 09:30 至 10:30, 速裁庭): 书记员 王敏, 请另选时间
? 1

# Back to back is no overlap.
$ tiaocai case hearing 2026-2 --at '2026-11-30 10:30' --room 速裁庭 --arbitrator 宋佳 && tiaocai case hearing 2026-3 --at '2026-11-30 10:30' --room 第一仲裁庭
> 贵劳人仲案字〔2026〕第2号: 已立案 -> 审理中, 仲裁审限届满 2026-12-18
> 贵劳人仲案字〔2026〕第3号: 已立案 -> 审理中, 仲裁审限届满 2026-12-18

# Rooms the office does not have, or has closed, are not booked; nor is a
# case without a tribunal.
$ tiaocai case hearing 2026-4 --at '2026-12-01 09:30' --room 第二仲裁庭 --arbitrator 马骁
! tiaocai: 开庭地点: 第二仲裁庭 已停用, 可用的有: 第一仲裁庭、速裁庭
? 1

$ tiaocai case hearing 2026-4 --at '2026-12-01 09:30' --room 会议室 --arbitrator 马骁
! tiaocai: 开庭地点: 没有「会议室」, 可用的有: 第一仲裁庭、速裁庭
? 1

$ tiaocai case hearing 2026-4 --at '2026-12-01 09:30' --room 第一仲裁庭
! tiaocai: 本案尚未组成仲裁庭: 先用 case tribunal 组庭, 或用 --arbitrator 指定独任仲裁员
? 1

# ---- the notice (Art 35) ------------------------------------------------

$ tiaocai case hearing 2026-4 --at '2026-11-25 09:30' --room 第一仲裁庭 --arbitrator 马骁
! tiaocai: 开庭时间: 距排期之日 (2026-11-22) 不足 5 日 (劳动争议调解仲裁法第三十五条: 应在开庭 5 日前通知当事人), 最早可定于 2026-11-27; 当事人同意或速裁程序需提前开庭的, 请写明理由: --short-notice 理由
? 1

$ tiaocai case hearing 2026-4 --at '2026-11-25 09:30' --room 第一仲裁庭 --arbitrator 马骁 --short-notice 双方当事人同意提前开庭
> 贵劳人仲案字〔2026〕第4号: 已立案 -> 审理中, 仲裁审限届满 2026-12-18

# Counted in working days when the office says so: set on Fri 11-20, a
# hearing on Thu 11-26 is 6 days but only 4 working days away.
$ TIAOCAI_USER=$(id -un) tiaocai rules short-unit working --basis 本委规定 >/dev/null && tiaocai case mediate 2026-7 --mediator 陈立平 --on 2026-11-10 >/dev/null && tiaocai case hearing 2026-7 --on 2026-11-20 --at '2026-11-26 09:30' --room 第一仲裁庭 --arbitrator 袁媛
! tiaocai: 开庭时间: 距排期之日 (2026-11-20) 不足 5 个工作日 (劳动争议调解仲裁法第三十五条: 应在开庭 5 个工作日前通知当事人), 最早可定于 2026-11-27; 当事人同意或速裁程序需提前开庭的, 请写明理由: --short-notice 理由
? 1

$ tiaocai case hearing 2026-7 --on 2026-11-20 --at '2026-11-27 09:30' --room 第一仲裁庭 --arbitrator 袁媛; TIAOCAI_USER=$(id -un) tiaocai rules short-unit calendar >/dev/null
> 贵劳人仲案字〔2026〕第7号: 调解中 -> 审理中, 仲裁审限届满 2026-12-18

# ---- postponed, held, awarded --------------------------------------------

$ tiaocai case hearing 2026-5 --on 2026-11-10 --at '2026-11-17 09:30' --room 第一仲裁庭 --arbitrator 石磊
> 贵劳人仲案字〔2026〕第5号: 已立案 -> 审理中, 仲裁审限届满 2026-12-18

# A party asks 2 days ahead: too late (Art 35: 3 days).
$ tiaocai case hearing-postpone 2026-5 --on 2026-11-15 --requested-by respondent --requested-on 2026-11-15 --reason 被申请人代理人生病
! tiaocai: 申请日期: 2026-11-15 申请延期, 距开庭 (2026-11-17) 不足 3 日; 劳动争议调解仲裁法第三十五条 规定当事人应在开庭 3 日前提出. 仲裁委员会自行决定延期的, 不写 --requested-by
? 1

$ tiaocai case hearing-postpone 2026-5 --on 2026-11-15 --requested-by respondent --requested-on 2026-11-13 --reason 被申请人代理人生病 --at '2026-11-20 14:00'
> 贵劳人仲案字〔2026〕第5号: 审理中 -> 审理中, 仲裁审限届满 2026-12-18

# Held only on its day; an award only after a hearing held.
$ tiaocai case hearing-held 2026-5 --on 2026-11-18
! tiaocai: 开庭定于 2026-11-20 14:00, 不能在 2026-11-18 记为已开庭
? 1

$ tiaocai case award 2026-5 --on 2026-11-20 --amount 全额
! tiaocai: 本案还没有开庭记录 (case hearing-held 记录开庭); 不开庭、书面审理的, 请写明理由: --written 理由
? 1

$ tiaocai case hearing-held 2026-5 --on 2026-11-20 --absent respondent
> 贵劳人仲案字〔2026〕第5号: 审理中 -> 审理中, 仲裁审限届满 2026-12-18
! tiaocai: 警告: 被申请人未到庭: 被申请人经书面通知无正当理由拒不到庭的, 可以缺席裁决 (劳动争议调解仲裁法第三十六条)

$ tiaocai case award 2026-5 --on 2026-11-21 --amount 全额 && tiaocai case show 2026-5 | grep -e 缺席 -e '第 [0-9] 次' | sed -E 's/20[0-9]{2}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}/YYYY-MM-DD hh:mm:ss/'
> 贵劳人仲案字〔2026〕第5号: 审理中 -> 结案 (终局裁决)
>   YYYY-MM-DD hh:mm:ss  2026-11-10  zhengli  开庭, 独任仲裁员 石磊, 第 1 次开庭定于 2026-11-17 09:30, 60 分钟, 第一仲裁庭
>   YYYY-MM-DD hh:mm:ss  2026-11-15  zhengli  延期开庭: 第 1 次 (2026-11-17 09:30, 第一仲裁庭), 被申请人于 2026-11-13 申请, 第 2 次开庭定于 2026-11-20 14:00, 60 分钟, 第一仲裁庭: 被申请人代理人生病
>   YYYY-MM-DD hh:mm:ss  2026-11-20  zhengli  开庭审理: 第 2 次 (2026-11-20 14:00, 第一仲裁庭), 被申请人未到庭
>   YYYY-MM-DD hh:mm:ss  2026-11-21  zhengli  裁决, 缺席裁决, 金额 ¥5,000.00, 终局裁决 (每项以 12 个月最低工资 ¥25,560.00 为限)

$ tiaocai hearings --case 2026-5
> 时间                    地点        案号    申请人  被申请人              仲裁员  书记员  状态
> 2026-11-17 09:30-10:30  第一仲裁庭  2026-5  刘洋    贵阳汇昌劳务有限公司  石磊            已延期
> 2026-11-20 14:00-15:00  第一仲裁庭  2026-5  刘洋    贵阳汇昌劳务有限公司  石磊            已开庭

# On the papers (书面审理), with its reason.
$ tiaocai case award 2026-7 --on 2026-11-21 --amount 全额
! tiaocai: 本案还没有开庭记录 (case hearing-held 记录开庭); 不开庭、书面审理的, 请写明理由: --written 理由
? 1

$ tiaocai case hearing-cancel 2026-7 --on 2026-11-21 --reason 双方同意书面审理 && tiaocai case award 2026-7 --on 2026-11-21 --amount 全额 --written 双方当事人同意不开庭
> 贵劳人仲案字〔2026〕第7号: 审理中 -> 审理中, 仲裁审限届满 2026-12-18
> 贵劳人仲案字〔2026〕第7号: 审理中 -> 结案 (终局裁决)

# The applicant absent: the workflow offers 视为撤回 (Art 36).
$ tiaocai case hearing 2026-6 --on 2026-11-09 --at '2026-11-16 09:00' --room 第一仲裁庭 >/dev/null && tiaocai case hearing-held 2026-6 --on 2026-11-16 --absent applicant
> 贵劳人仲案字〔2026〕第6号: 审理中 -> 审理中, 仲裁审限届满 2026-12-18
! tiaocai: 警告: 申请人未到庭: 申请人经书面通知无正当理由拒不到庭的, 可视为撤回仲裁申请 (劳动争议调解仲裁法第三十六条): case withdraw 案号 --reason 视为撤回

$ tiaocai case withdraw 2026-6 --on 2026-11-17 --reason 视为撤回
> 贵劳人仲案字〔2026〕第6号: 审理中 -> 结案 (撤回)

# ---- suspension and closing cancel what was scheduled --------------------

$ tiaocai case suspend 2026-4 --reason 等待工伤鉴定 && tiaocai case withdraw 2026-3 --reason 已和解 && tiaocai hearings --case 2026-4 && tiaocai hearings --case 2026-3
> 贵劳人仲案字〔2026〕第4号: 审理中 -> 中止
> 贵劳人仲案字〔2026〕第3号: 审理中 -> 结案 (撤回)
> 时间                    地点        案号    申请人  被申请人              仲裁员  书记员  状态
> 2026-11-25 09:30-10:30  第一仲裁庭  2026-4  赵强    贵州众宇物流有限公司  马骁            已取消
> 时间                    地点        案号    申请人  被申请人              仲裁员  书记员  状态
> 2026-11-30 10:30-11:30  第一仲裁庭  2026-3  王芳芳  贵州凯晟建设有限公司  蒋涛    王敏    已取消

# ---- the calendar --------------------------------------------------------

$ tiaocai hearings
> 时间                    地点        案号    申请人  被申请人              仲裁员  书记员  状态
> 2026-11-25 09:30-10:30  第一仲裁庭  2026-4  赵强    贵州众宇物流有限公司  马骁            已取消
> 2026-11-27 09:30-10:30  第一仲裁庭  2026-7  周杰    贵州安佳铝业有限公司  袁媛            已取消
> 2026-11-30 09:30-10:30  速裁庭      2026-1  张明    贵州黔城建工集团有…   岑光明  王敏    已排期
> 2026-11-30 10:30-11:30  第一仲裁庭  2026-3  王芳芳  贵州凯晟建设有限公司  蒋涛    王敏    已取消
> 2026-11-30 10:30-11:30  速裁庭      2026-2  李华    贵阳某劳务有限公司    宋佳            已排期

$ tiaocai hearings --from 2026-11-01 --to 2026-11-30 --person 岑光明 --format csv --header en | tr -d '\r'
> "case_no","start","minutes","room","chief","members","clerk","status","no","end","applicant","respondent","unnotified"
> "贵劳人仲案字〔2026〕第1号","2026-11-30 09:30","60","速裁庭","岑光明","","王敏","scheduled","1","2026-11-30 10:30","张明","贵州黔城建工集团有限公司","张明、贵州黔城建工集团有限公司"

$ tiaocai hearings --room 速裁庭 --format csv | tr -d '\r'
> "案号","开庭时间","时长(分钟)","开庭地点","首席或独任仲裁员","仲裁员","书记员","状态","第几次","结束时间","申请人","被申请人","未依法通知"
> "贵劳人仲案字〔2026〕第1号","2026-11-30 09:30","60","速裁庭","岑光明","","王敏","已排期","1","2026-11-30 10:30","张明","贵州黔城建工集团有限公司","张明、贵州黔城建工集团有限公司"
> "贵劳人仲案字〔2026〕第2号","2026-11-30 10:30","60","速裁庭","宋佳","","","已排期","1","2026-11-30 11:30","李华","贵阳某劳务有限公司","李华、贵阳某劳务有限公司"

# The day after, a hearing nobody recorded as held, postponed or cancelled
# is 待记录 in the calendar and the case file (the CSV keeps its status).
$ TIAOCAI_TODAY=2026-12-01 tiaocai hearings --from 2026-11-30 --room 速裁庭 && TIAOCAI_TODAY=2026-12-01 tiaocai case show 2026-2 | grep -A2 ^开庭:
> 时间                    地点    案号    申请人  被申请人              仲裁员  书记员  状态
> 2026-11-30 09:30-10:30  速裁庭  2026-1  张明    贵州黔城建工集团有…   岑光明  王敏    待记录
> 2026-11-30 10:30-11:30  速裁庭  2026-2  李华    贵阳某劳务有限公司    宋佳            待记录
> 开庭:
>   次  时间                    地点    仲裁员  状态    说明
>    1  2026-11-30 10:30-11:30  速裁庭  宋佳    待记录

# A lawyer sees the hearings of the cases linked to them.
$ TIAOCAI_USER=lvshi tiaocai hearings --from 2026-11-01
> 时间                    地点    案号    申请人  被申请人            仲裁员  书记员  状态
> 2026-11-30 10:30-11:30  速裁庭  2026-2  李华    贵阳某劳务有限公司  宋佳            已排期

# A mistaken booking reverted (a supervisor): the hearing and the room's
# time are free again, the tribunal stays as it was before.
$ TIAOCAI_USER=$(id -un) tiaocai case revert 2026-1 --reason 误排 && tiaocai hearings --case 2026-1 && tiaocai case show 2026-1 | grep 组庭通知
> 贵劳人仲案字〔2026〕第1号: 撤销日志第 30 条「开庭」(2026-11-22, zhengli): 开庭, 第 1 次开庭定于 2026-11-30 09:30, 60 分钟, 速裁庭; 理由: 误排 (第 5 版)
> 这段时间没有开庭安排
>   组庭通知  2026-11-03  5日   2026-11-09     -  劳动争议调解仲裁法第三十二条  已组庭

# A revert may not bring back a hearing whose time has been taken since:
# case 2's hearing cancelled, its time given to case 1, then the undoing
# of the cancellation refused.
$ tiaocai case hearing-cancel 2026-2 --reason 双方和解中 >/dev/null && tiaocai case hearing 2026-1 --at '2026-11-30 10:30' --room 速裁庭 && TIAOCAI_USER=$(id -un) tiaocai case revert 2026-2 --reason 误取消
> 贵劳人仲案字〔2026〕第1号: 已立案 -> 审理中, 仲裁审限届满 2026-12-18
! tiaocai: 不能撤销: 撤销后恢复的开庭与此后的安排冲突 (开庭时间: 与案件 贵劳人仲案字〔2026〕第1号 的开庭冲突 (2026-11-30 10:30 至 11:30, 速裁庭): 同一开庭地点, 请另选时间或开庭地点); 请先改期或取消其一
? 1

# ---- 回避 (Art 33) -------------------------------------------------------

# A member of the respondent's own mediation committee is asked about.
$ tiaocai case add --applicant 陈刚 --applicant-id 520102198805123013 --employer 贵州黔城建工集团有限公司 --claim 工资:3000 --received 2026-11-20 >/dev/null && tiaocai case premediate 2026-8 --mediator 潘玉珍
! tiaocai: 潘玉珍 可能需要回避: 所属 贵州黔城建工集团有限公司劳动争议调解委员会 与被申请人 贵州黔城建工集团有限公司 为同一单位; 确需指定的, 请写明理由: --conflict-reason 理由 (劳动争议调解仲裁法第三十三条)
? 1

$ tiaocai case premediate 2026-8 --mediator 潘玉珍 --conflict-reason 申请人同意由企业调委会调解 && tiaocai case show 2026-8 | grep -o '潘玉珍 有回避情形.*'
> 贵劳人仲案字〔2026〕第8号: 收案 -> 案前调解, 调解期限届满 2026-12-07
> 潘玉珍 有回避情形 (所属 贵州黔城建工集团有限公司劳动争议调解委员会 与被申请人 贵州黔城建工集团有限公司 为同一单位), 仍指定: 申请人同意由企业调委会调解

# The 书记员 is a clerk, not one of the tribunal's arbitrators.
$ tiaocai case tribunal 2026-2 --sole 宋佳 --clerk cengm --reason 补充书记员
! tiaocai: 书记员: 用户 cengm 是仲裁员, 书记员应由书记员账号担任
? 1

# A hearing does not run past midnight; the office may let a collective
# case be heard by one arbitrator.
$ tiaocai case hearing 2026-2 --at '2026-12-10 23:30' --minutes 60 --room 第一仲裁庭
! tiaocai: 开庭时间: 2026-12-10 23:30 起 60 分钟, 跨过了午夜; 请改时间或时长
? 1

$ TIAOCAI_USER=$(id -un) tiaocai config collective_sole 是 && TIAOCAI_USER=$(id -un) tiaocai config collective_sole
> 是
> 是

# A member of a tribunal acts on the case as its chief does: 蒋涛 sits on
# case 6's bench of three.
$ TIAOCAI_USER=$(id -un) tiaocai user add --login jiangtao --name 蒋涛 --role arbitrator --person 蒋涛 >/dev/null && TIAOCAI_USER=jiangtao tiaocai case note 2026-6 已阅卷 && TIAOCAI_USER=jiangtao tiaocai case note 2026-5 已阅卷
> 贵劳人仲案字〔2026〕第6号: 备注: 已阅卷 (第 7 版)
! tiaocai: jiangtao (仲裁员) 不是本案的仲裁员, 不能办理
? 1

$ tiaocai check | sed -E 's/链头 [0-9a-f]{16}/链头 …/; s/用时 [0-9]+\.[0-9] 秒/用时 …/'
> 数据库完整性: 正常
> 日志链: 正常, 共 69 条, 链头 …
> 案件与日志: 已核对 8 件, 全部一致
> 期限缓存: 已核对未结案件 4 件, 全部一致
> 统计计数: 已核对已推算的案件 0 件, 全部一致
> 全面核对: 已核对日志 69 条 (自第 1 条起), 重放案件 8 件, 用时 …; 核对点记为日志第 69 条
