# case.t - a clerk's day on the command line: registering applications,
# walking cases through the stages, the docket, one case whole, and who may
# do what.  Today is Sun 2026-11-22.  Every date below is counted by hand
# (domain.md section 4): start day not counted, a last day on a rest day
# moves to the next working day.

# A new office.  While it has no users, the real login sets it up as admin,
# so the first user registered is that login.
$ tiaocai --db t.db init
> 已新建数据库 t.db (贵阳市劳动人事争议仲裁委员会)

$ tiaocai user add --login "$(id -un)" --name 管理员 --role admin | sed "s/ $(id -un)\$/ LOGIN/"
> 已登记用户 LOGIN

$ tiaocai roster import "$DATA/roster.csv"
>*

# The office's hearing rooms: a hearing to come is held in one of them.
$ tiaocai room add 第一仲裁庭 && tiaocai room add 速裁庭 --fast 是
> 已登记开庭地点 第一仲裁庭
> 已登记开庭地点 速裁庭

$ tiaocai user add --login zhengli --name 郑丽 --role clerk
> 已登记用户 zhengli

$ tiaocai user add --login kezhang --name 王科长 --role supervisor
> 已登记用户 kezhang

$ tiaocai user add --login lvshi --name 周律师 --role lawyer
> 已登记用户 lvshi

$ tiaocai user add --login hewb --name 何文斌 --role arbitrator --person 何文斌
> 已登记用户 hewb

# A new office that registers a clerk before its administrator must not
# lock itself out: whatever user add does, the office can still work.
$ tiaocai --db lock.db init >/dev/null; tiaocai --db lock.db user add --login zhengli --name 郑丽 --role clerk >/dev/null 2>&1; tiaocai --db lock.db case list
> 案号  申请人  被申请人  请求金额  阶段  届满日  剩余

# Someone the office does not know.
$ TIAOCAI_USER=nobody tiaocai case list
! tiaocai: 用户 nobody 未登记 (先用 tiaocai user add 登记)
? 1

# From here on the clerk 郑丽 is at the terminal.
%env TIAOCAI_USER=zhengli

$ tiaocai user add --login xiaoli --name 小李 --role clerk
! tiaocai: zhengli (书记员) 无权进行此操作, 需由管理员办理
? 1

# ---- the window: applications ----------------------------------------

# Each add prints the new case number alone.
$ tiaocai case add --applicant 王小明 --applicant-id 11010519491231002X --phone 13985017342 --employer 贵州黔城建工集团有限公司 --uscc 91350100M000100Y43 --claim 工资:25560 --claim 加班费:3000.50 --received 2026-11-02
> 贵劳人仲案字〔2026〕第1号
! tiaocai: 警告: 申请人 王小明: 按身份证号, 收案时已 76 岁, 请核实 (已过七十周岁)

# Fast track, with a legal-aid lawyer; its own word, the same yearly sequence.
$ tiaocai case add --applicant 欧阳晓梅 --applicant-id 440524188001010014 --phone 18685104457 --employer 贵阳某劳务有限公司 --claim 工资:1.5万 --received 2026-11-20 --fast --lawyer lvshi
> 贵劳人仲速裁字〔2026〕第2号
! tiaocai: 警告: 申请人 欧阳晓梅: 按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)

# Refused applications: one line on stderr, exit 1, nothing stored, no
# number used up.
$ tiaocai case add --applicant 张伟 --applicant-id 520102199001100112 --employer 贵阳某劳务有限公司 --claim 工资:9000
! tiaocai: 申请人身份证号: 校验位不符, 第18位应为 X
? 1

$ tiaocai case add --applicant 张伟 --applicant-id 52010219900110011X --employer 贵阳某劳务有限公司 --claim 工资:9千
! tiaocai: 请求金额: 金额格式不对: 9千 (可写 12345、12,345.67、¥12345.6 或 1.5万)
? 1

$ tiaocai case add --applicant 张伟 --employer 贵阳某劳务有限公司 --claim 工资:9000
! tiaocai: 申请人身份证号: 不能为空 (张伟; 用人单位申请时填统一社会信用代码: --applicant-uscc)
? 1

$ tiaocai case add --applicant 张伟 --applicant-id 52010219900110011X --employer 贵阳某劳务有限公司 --claim 工资:9000 --received 2026-11-23
! tiaocai: 收案日期: 2026-11-23 在今天 (2026-11-22) 之后
? 1

# A --claim of five parts is refused, not cut to four (a fuzz find).
$ tiaocai case add --applicant 张伟 --applicant-id 52010219900110011X --employer 贵阳某劳务有限公司 --claim 工资:9000:2026-01-01:2026-06-30:2026-09-30 2>&1 >/dev/null | sed -n 1p; exit ${PIPESTATUS[0]}
> tiaocai: --claim 工资:9000:2026-01-01:2026-06-30:2026-09-30: 应写成 类别:金额 或 类别:金额:起始日:截止日, 如 工资:12000:2026-01-01:2026-06-30
? 2

# An unknown option is a usage error: exit 2, the message then the usage.
$ tiaocai case add --applicant 张伟 --applicant-id 52010219900110011X --employer 贵阳某劳务有限公司 --claim 工资:9000 --wage 9000 2>&1 >/dev/null | sed -n 1p; exit ${PIPESTATUS[0]}
> tiaocai: case add: 不认识的选项或缺少参数: --wage
? 2

$ tiaocai case add --applicant 张伟 --applicant-id 52010219900110011X --employer 贵阳某劳务有限公司 --claim 工资:9000 --received 2026-09-01
> 贵劳人仲案字〔2026〕第3号

$ tiaocai case add --applicant 李娜 --applicant-id 520102199002110133 --employer 南明区某餐饮店 --claim 工资:8000 --received 2026-10-12
> 贵劳人仲案字〔2026〕第4号

# A collective dispute: ten workers, a subcontractor and the general
# contractor.
$ tiaocai case add --applicant 杨光荣 --applicant-id 520102199003120157 --applicant 吴大勇 --applicant-id 520102199004130170 --applicant 石小龙 --applicant-id 520102199005140194 --applicant 龙金花 --applicant-id 520102199006150212 --applicant 潘德 --applicant-id 520102199007160236 --applicant 韦阿妹 --applicant-id 52010219900817025X --applicant 蒙小兵 --applicant-id 520102199009180273 --applicant 罗建 --applicant-id 520102199010190292 --applicant 陈二 --applicant-id 520102199101010138 --applicant 田三 --applicant-id 440524188001010014 --employer 贵州省黔南州某某建筑劳务分包有限责任公司 --chain-role 劳务分包 --employer 贵州黔城建工集团有限公司 --chain-role 总承包 --claim 工资:386000 --received 2026-11-20 --industry 建筑业 --project 观山湖区某安置房项目
> 贵劳人仲案字〔2026〕第5号
! tiaocai: 警告: 第10名申请人 田三: 按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)

$ tiaocai case add --applicant 赵强 --applicant-id 520102199010190292 --employer 观山湖区某快递网点 --claim 经济补偿:12000 --claim 其他:500 --received 2026-10-12
> 贵劳人仲案字〔2026〕第6号

# ---- case 1: accepted, mediation, hearing, award ---------------------

# Accepted Tue 11-03: 11-30 is day 27, 12-18 (Fri) day 45.
$ tiaocai case accept 2026-1 --on 2026-11-03
> 贵劳人仲案字〔2026〕第1号: 收案 -> 已立案, 组庭通知届满 2026-11-09

# Mediation from Wed 11-04, 15 days: Thu 11-19, before 12-18.
$ tiaocai case mediate 2026-1 --mediator 陈立平 --on 2026-11-04
> 贵劳人仲案字〔2026〕第1号: 已立案 -> 调解中, 组庭通知届满 2026-11-09

# Not allowed now: the clerk is told what is.
$ tiaocai case award 2026-1 --amount 1:25560 --amount 2:3000.50
! tiaocai: 案件处于「调解中」阶段, 不能裁决; 现在可以: settle fail tribunal hearing withdraw suspend transfer
? 1

# A mediator who is not on the roster.
$ tiaocai case mediate 2026-3 --mediator 查无此人
!*
? 1

$ tiaocai case fail 2026-1 --on 2026-11-10 --reason 被申请人不同意调解
> 贵劳人仲案字〔2026〕第1号: 调解中 -> 审理中, 组庭通知届满 2026-11-09

$ tiaocai case hearing 2026-1 --at '2026-11-16 09:30' --arbitrator 何文斌 --room 第一仲裁庭 --on 2026-11-10
> 贵劳人仲案字〔2026〕第1号: 审理中 -> 审理中, 仲裁审限届满 2026-12-18

# The hearing took place on its day; only then may the award follow.
$ tiaocai case hearing-held 2026-1 --on 2026-11-16
> 贵劳人仲案字〔2026〕第1号: 审理中 -> 审理中, 仲裁审限届满 2026-12-18

# Several claims: the award goes item by item.
$ TIAOCAI_USER=hewb tiaocai case award 2026-1 --amount 28560.50 --on 2026-11-20
! tiaocai: 本案有 2 项请求, 裁决须逐项给出金额: --amount 1:金额 --amount 2:金额 ... (驳回的项写 0; 全部支持写 --amount 全额)
? 1

# ¥25,560.00 is exactly 12 x ¥2,130.00: final; ¥3,000.50 too.
$ TIAOCAI_USER=hewb tiaocai case award 2026-1 --amount 1:25560 --amount 2:3000.50 --on 2026-11-20
> 贵劳人仲案字〔2026〕第1号: 审理中 -> 结案 (终局裁决)

$ tiaocai case accept 2026-1
! tiaocai: 案件处于「结案」阶段, 不能受理; 现在没有可办理的事项
? 1

# The whole case; the recorded times are the real clock, masked here.
$ set -o pipefail; tiaocai case show 2026-1 | sed -E 's/20[0-9]{2}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}/YYYY-MM-DD hh:mm:ss/'
> 案号: 贵劳人仲案字〔2026〕第1号
> 阶段: 结案 (终局裁决)    程序: 普通    来源: 窗口    版本: 7
> 收案: 2026-11-02    立案: 2026-11-03    结案: 2026-11-20
> 集体争议: 否    法律援助: 否    挂牌督办: 否
> 案由: 劳动报酬    申请方: 劳动者    承办人: 未指定
> 调解员: 陈立平    仲裁员: 何文斌
> 仲裁庭: 独任仲裁员 何文斌    组庭: 2026-11-10
>
> 当事人 (劳动者 1 名):
>   编号  当事人                    身份证号/信用代码   性别  电话         角色
>   a1    王小明                    11010519491231002X  女    13985017342  申请人
>   r1    贵州黔城建工集团有限公司  91350100M000100Y43                     用人单位
>
> 请求:
>   项  申请人  类别          请求   调解/裁决  已付  期间  终局
>   1           工资    ¥25,560.00  ¥25,560.00              是
>   2           加班费   ¥3,000.50   ¥3,000.50              是
>               合计    ¥28,560.50  ¥28,560.50
>
> 开庭:
>   次  时间                    地点        仲裁员  状态    说明
>    1  2026-11-16 09:30-10:30  第一仲裁庭  何文斌  已开庭  2026-11-16
>
> 生效: 终局裁决自作出之日 2026-11-20 起生效
>
> 期限:
>   期限      起算        天数  届满日      剩余  依据                                                           说明
>   受理审查  2026-11-02  5日   2026-11-09     -  劳动争议调解仲裁法第二十九条                                   已立案
>   组庭通知  2026-11-03  5日   2026-11-09     -  劳动争议调解仲裁法第三十二条                                   已组庭
>   调解期限  2026-11-04  15日  2026-11-19     -  劳动争议调解仲裁法第十四条 (调解组织); 立案后的调解为办案目标  办案目标, 不计超期
>   仲裁审限  2026-11-03  45日  2026-12-18     -  劳动争议调解仲裁法第四十三条
>
> 日志:
>   记录时间             生效日      经办     事项
>   YYYY-MM-DD hh:mm:ss  2026-11-02  zhengli  收案: 申请人 王小明, 被申请人 贵州黔城建工集团有限公司, 案由 劳动报酬, 请求 ¥28,560.50
>   YYYY-MM-DD hh:mm:ss  2026-11-03  zhengli  受理, 收案后第 1 日
>   YYYY-MM-DD hh:mm:ss  2026-11-04  zhengli  调解, 调解员 陈立平
>   YYYY-MM-DD hh:mm:ss  2026-11-10  zhengli  调解不成: 被申请人不同意调解
>   YYYY-MM-DD hh:mm:ss  2026-11-10  zhengli  开庭, 独任仲裁员 何文斌, 第 1 次开庭定于 2026-11-16 09:30, 60 分钟, 第一仲裁庭
>   YYYY-MM-DD hh:mm:ss  2026-11-16  zhengli  开庭审理: 第 1 次 (2026-11-16 09:30, 第一仲裁庭)
>   YYYY-MM-DD hh:mm:ss  2026-11-20  hewb     裁决, 金额 ¥28,560.50, 终局裁决 (每项以 12 个月最低工资 ¥25,560.00 为限)

# ---- case 2: fast track, accepted the day it came in -----------------

# Accepted Fri 11-20: 45 days reach 2027-01-04 (Mon), a year whose
# calendar is not loaded; the fast-track target, 30 days, is Sun 12-20,
# so Mon 12-21.
# The clerk must be told that the 2027 calendar is not loaded (domain.md
# section 4: say so, never guess silently); one warning line naming 2027.
$ tiaocai case accept 贵劳人仲速裁字〔2026〕第2号 --on 2026-11-20 2>err; rc=$?; grep -c 2027 err >&2; exit $rc
> 贵劳人仲速裁字〔2026〕第2号: 收案 -> 已立案, 组庭通知届满 2026-11-25
! 1

$ tiaocai case show 2026-2 | sed -n '/^期限:/,/^$/p'
> 期限:
>   期限          起算        天数  届满日      剩余  依据                              说明
>   受理审查      2026-11-20  5日   2026-11-25     -  劳动争议调解仲裁法第二十九条      已立案
>   组庭通知      2026-11-20  5日   2026-11-25     3  劳动争议调解仲裁法第三十二条
>   仲裁审限      2026-11-20  45日  2027-01-04    43  劳动争议调解仲裁法第四十三条      2027 年国务院放假安排未载入, 暂按法定节假日计算
>   速裁目标结案  2026-11-20  30日  2026-12-21    29  地方速裁实践(如浙江简易案件30日)  办案目标, 不计超期
>

# A hearing less than 5 days ahead is refused, and says when the notice
# would be kept; the parties' consent, recorded, lets it go ahead.
$ tiaocai case hearing 2026-2 --at '2026-11-24 14:00' --room 速裁庭 --arbitrator 宋佳
! tiaocai: 开庭时间: 距排期之日 (2026-11-22) 不足 5 日 (劳动争议调解仲裁法第三十五条: 应在开庭 5 日前通知当事人), 最早可定于 2026-11-27; 当事人同意或速裁程序需提前开庭的, 请写明理由: --short-notice 理由
? 1

$ tiaocai case hearing 2026-2 --at '2026-11-24 14:00' --room 速裁庭 --arbitrator 宋佳 --short-notice 双方当事人同意
> 贵劳人仲速裁字〔2026〕第2号: 已立案 -> 审理中, 仲裁审限届满 2027-01-04
! tiaocai: 警告: 2027 年国务院放假安排未载入, 暂按法定节假日计算

# The journal keeps why the notice was short; --arbitrator on a case with
# no tribunal made 宋佳 its sole arbitrator.
$ tiaocai case show 2026-2 | grep -o '开庭, .*'
> 开庭, 独任仲裁员 宋佳, 第 1 次开庭定于 2026-11-24 14:00, 60 分钟, 速裁庭, 通知期不足 5 日: 双方当事人同意

# ---- case 3: overdue, extended once by the supervisor ----------------

# Accepted Wed 09-02: 09-30 is day 28, 10-17 (Sat) day 45 -> Mon 10-19.
$ tiaocai case accept 2026-3 --on 2026-09-02
> 贵劳人仲案字〔2026〕第3号: 收案 -> 已立案, 组庭通知届满 2026-09-07

$ tiaocai case extend 2026-3 --reason 案情复杂
! tiaocai: zhengli (书记员) 不能办理「延长审限」, 需由管理员、院领导办理
? 1

# 60 days: 10-31 is day 59, 11-01 (Sun) day 60 -> Mon 11-02.
$ TIAOCAI_USER=kezhang tiaocai case extend 2026-3 --reason 案情复杂 --on 2026-10-15
> 贵劳人仲案字〔2026〕第3号: 已立案 -> 已立案, 组庭通知届满 2026-09-07

$ TIAOCAI_USER=kezhang tiaocai case extend 2026-3 --reason 再次延长
! tiaocai: 审限已延长过一次 (劳动争议调解仲裁法第四十三条只允许延长一次), 不能延长审限; 现在可以: mediate tribunal hearing withdraw suspend transfer
? 1

# A clerk who opened the case before the extension (version 2) is told it
# moved on; with the current version the event goes through.
$ tiaocai case mediate 2026-3 --mediator 陈立平 --version 2
! tiaocai: 案件已被他人修改 (现为第 3 版, 现阶段「已立案」), 请重新打开后再操作
? 1

$ tiaocai case show 2026-3 | sed -n 2p
> 阶段: 已立案    程序: 普通    来源: 窗口    版本: 3

# ---- case 4: settled in mediation -------------------------------------

# Accepted Mon 10-12: 10-31 is day 19, 11-26 (Thu) day 45.
$ tiaocai case accept 2026-4 --on 2026-10-12
> 贵劳人仲案字〔2026〕第4号: 收案 -> 已立案, 组庭通知届满 2026-10-19

# The mediator from the roster; 15 days from Tue 10-13 is Wed 10-28.
$ tiaocai case mediate 2026-4 --mediator 王芳 --on 2026-10-13
> 贵劳人仲案字〔2026〕第4号: 已立案 -> 调解中, 组庭通知届满 2026-10-19

$ tiaocai case settle 2026-4 --amount 6000 --on 2026-11-02
> 贵劳人仲案字〔2026〕第4号: 调解中 -> 结案 (调解)

$ tiaocai case resume 2026-4
! tiaocai: 案件处于「结案」阶段, 不能恢复; 现在没有可办理的事项
? 1

# ---- case 6: suspended ------------------------------------------------

$ tiaocai case accept 2026-6 --on 2026-10-12
> 贵劳人仲案字〔2026〕第6号: 收案 -> 已立案, 组庭通知届满 2026-10-19

$ tiaocai case suspend 2026-6 --reason 等待劳动能力鉴定 --on 2026-11-02
> 贵劳人仲案字〔2026〕第6号: 已立案 -> 中止

$ TIAOCAI_USER=kezhang tiaocai case extend 2026-6 --reason 案情复杂
! tiaocai: 案件处于「中止」阶段, 不能延长审限; 现在可以: tribunal resume withdraw
? 1

# No clock runs while suspended: nothing left to count.
$ tiaocai case show 2026-6 | sed -n '/^期限:/,/^$/p'
> 期限:
>   期限      起算        天数  届满日      剩余  依据                          说明
>   受理审查  2026-10-12  5日   2026-10-19     -  劳动争议调解仲裁法第二十九条  已立案
>   组庭通知  2026-10-12  5日   2026-10-19     -  劳动争议调解仲裁法第三十二条  自 2026-11-02 中止, 暂停计算
>   仲裁审限  2026-10-12  45日  2026-11-26     -  劳动争议调解仲裁法第四十三条  自 2026-11-02 中止, 暂停计算
>

# ---- case 5 stays at the window: 5 days from Fri 11-20 is Wed 11-25 ----

# ---- the docket --------------------------------------------------------

# Open cases first, by the next date due; then the closed ones.
$ tiaocai case list
> 案号                         申请人        被申请人                     请求金额  阶段    届满日      剩余
> 贵劳人仲案字〔2026〕第3号    张伟          贵阳某劳务有限公司          ¥9,000.00  已立案  2026-09-07   -76
> 贵劳人仲案字〔2026〕第5号    杨光荣等10人  贵州省黔南州某某建筑劳…   ¥386,000.00  收案    2026-11-25     3
> 贵劳人仲速裁字〔2026〕第2号  欧阳晓梅      贵阳某劳务有限公司         ¥15,000.00  审理中  2027-01-04    43
> 贵劳人仲案字〔2026〕第6号    赵强          观山湖区某快递网点         ¥12,500.00  中止                中止
> 贵劳人仲案字〔2026〕第1号    王小明        贵州黔城建工集团有限公司   ¥28,560.50  结案                已结
> 贵劳人仲案字〔2026〕第4号    李娜          南明区某餐饮店              ¥8,000.00  结案                已结

# The suspended case is past its old date but not overdue.
$ tiaocai case list --overdue
> 案号                       申请人  被申请人             请求金额  阶段    届满日      剩余
> 贵劳人仲案字〔2026〕第3号  张伟    贵阳某劳务有限公司  ¥9,000.00  已立案  2026-09-07   -76

$ tiaocai case list --due-within 3
> 案号                       申请人        被申请人                     请求金额  阶段  届满日      剩余
> 贵劳人仲案字〔2026〕第5号  杨光荣等10人  贵州省黔南州某某建筑劳…   ¥386,000.00  收案  2026-11-25     3

$ tiaocai case list --due-within 2
> 案号  申请人  被申请人  请求金额  阶段  届满日  剩余

$ tiaocai case list --stage 中止
> 案号                       申请人  被申请人              请求金额  阶段  届满日  剩余
> 贵劳人仲案字〔2026〕第6号  赵强    观山湖区某快递网点  ¥12,500.00  中止          中止

# Two-character Chinese queries: a name, a surname, a respondent, an ID.
$ tiaocai case list --query 张伟
> 案号                       申请人  被申请人             请求金额  阶段    届满日      剩余
> 贵劳人仲案字〔2026〕第3号  张伟    贵阳某劳务有限公司  ¥9,000.00  已立案  2026-09-07   -76

$ tiaocai case list --query 欧阳
> 案号                         申请人    被申请人              请求金额  阶段    届满日      剩余
> 贵劳人仲速裁字〔2026〕第2号  欧阳晓梅  贵阳某劳务有限公司  ¥15,000.00  审理中  2027-01-04    43

# 罗建 is the 8th worker of case 5; the docket shows the first.
$ tiaocai case list --query 罗建
> 案号                       申请人        被申请人                     请求金额  阶段  届满日      剩余
> 贵劳人仲案字〔2026〕第5号  杨光荣等10人  贵州省黔南州某某建筑劳…   ¥386,000.00  收案  2026-11-25     3

$ tiaocai case list --query 黔城
> 案号                       申请人        被申请人                     请求金额  阶段  届满日      剩余
> 贵劳人仲案字〔2026〕第5号  杨光荣等10人  贵州省黔南州某某建筑劳…   ¥386,000.00  收案  2026-11-25     3
> 贵劳人仲案字〔2026〕第1号  王小明        贵州黔城建工集团有限公司   ¥28,560.50  结案              已结

# The ID number of 田三 (case 5) and 欧阳晓梅 (case 2); --limit keeps the
# first by date due.
$ tiaocai case list --query 440524188001010014
> 案号                         申请人        被申请人                     请求金额  阶段    届满日      剩余
> 贵劳人仲案字〔2026〕第5号    杨光荣等10人  贵州省黔南州某某建筑劳…   ¥386,000.00  收案    2026-11-25     3
> 贵劳人仲速裁字〔2026〕第2号  欧阳晓梅      贵阳某劳务有限公司         ¥15,000.00  审理中  2027-01-04    43

$ tiaocai case list --query 440524188001010014 --limit 1
> 案号                       申请人        被申请人                     请求金额  阶段  届满日      剩余
> 贵劳人仲案字〔2026〕第5号  杨光荣等10人  贵州省黔南州某某建筑劳…   ¥386,000.00  收案  2026-11-25     3

# The beginning of an ID number is enough (the docket's search reads the
# text the same way); so is a case number, short or as printed.
$ tiaocai case list --query 4405241880
> 案号                         申请人        被申请人                     请求金额  阶段    届满日      剩余
> 贵劳人仲案字〔2026〕第5号    杨光荣等10人  贵州省黔南州某某建筑劳…   ¥386,000.00  收案    2026-11-25     3
> 贵劳人仲速裁字〔2026〕第2号  欧阳晓梅      贵阳某劳务有限公司         ¥15,000.00  审理中  2027-01-04    43

$ tiaocai case list --query 2026-6; tiaocai case list --query 贵劳人仲案字〔2026〕第6号
> 案号                       申请人  被申请人              请求金额  阶段  届满日  剩余
> 贵劳人仲案字〔2026〕第6号  赵强    观山湖区某快递网点  ¥12,500.00  中止          中止
> 案号                       申请人  被申请人              请求金额  阶段  届满日  剩余
> 贵劳人仲案字〔2026〕第6号  赵强    观山湖区某快递网点  ¥12,500.00  中止          中止

# One character would match nearly every case: refused.
$ tiaocai case list --query 王 2>&1 >/dev/null | sed -n 1p; exit ${PIPESTATUS[0]}
> tiaocai: --query 至少要两个字: 姓名中相连的两个字、案号 (如 2026-3) 或身份证号的开头: 王
? 2

# CSV: libcsv quotes every field; lines end in CR LF (RFC 4180), shown
# here as a literal \r.
$ tiaocai case list --format csv --header en | sed -n 1p | sed 's/\r$/\\r/'
> "case_no","received_on","accepted_on","stage","outcome","track","applicant","workers","respondent","respondent_uscc","industry","source","claimed","resolved_amount","final_award","mediator","arbitrator","accept_due","close_due","days_left","overdue","closed_on","days_to_close","paid","cause","clerk"\r

$ tiaocai case list --overdue --format csv | sed 's/\r$/\\r/'
> "案号","收案日期","立案日期","阶段","结案方式","程序","申请人","劳动者人数","被申请人","被申请人统一社会信用代码","行业","案件来源","请求金额","调解或裁决金额","终局裁决","调解员","仲裁员","受理期限","审限届满日","剩余天数","超期","结案日期","结案用时","已兑现金额","案由","承办人"\r
> "贵劳人仲案字〔2026〕第3号","2026-09-01","2026-09-02","已立案","","普通","张伟","1","贵阳某劳务有限公司","","","窗口","9000.00","","","","","2026-09-07","2026-11-02","-76","1","","","0.00","劳动报酬",""\r

$ tiaocai case list --stage closed --format csv --header en | sed 1d | sed 's/\r$/\\r/'
> "贵劳人仲案字〔2026〕第1号","2026-11-02","2026-11-03","结案","终局裁决","普通","王小明","1","贵州黔城建工集团有限公司","91350100M000100Y43","","窗口","28560.50","28560.50","1","陈立平","何文斌","2026-11-09","2026-12-18","","0","2026-11-20","17","0.00","劳动报酬",""\r
> "贵劳人仲案字〔2026〕第4号","2026-10-12","2026-10-12","结案","调解","普通","李娜","1","南明区某餐饮店","","","窗口","8000.00","6000.00","","王芳","","2026-10-19","2026-11-26","","0","2026-11-02","21","0.00","劳动报酬",""\r

$ tiaocai case list --format xml
!*
? 2

# ---- the legal-aid lawyer ----------------------------------------------

# Only the linked case, with the ID number masked and no phone.
$ TIAOCAI_USER=lvshi tiaocai case list
> 案号                         申请人    被申请人              请求金额  阶段    届满日      剩余
> 贵劳人仲速裁字〔2026〕第2号  欧阳晓梅  贵阳某劳务有限公司  ¥15,000.00  审理中  2027-01-04    43

$ TIAOCAI_USER=lvshi tiaocai case show 2026-2 | sed -n '/^当事人/,/^$/p'
> 当事人 (劳动者 1 名):
>   编号  当事人              身份证号/信用代码   性别  电话  角色
>   a1    欧阳晓梅            440524********0014  男          申请人
>   r1    贵阳某劳务有限公司                                  用人单位
>

$ TIAOCAI_USER=lvshi tiaocai case show 2026-2 | grep -c 440524188001010014
> 0
? 1

$ TIAOCAI_USER=lvshi tiaocai case show 2026-1
! tiaocai: 没有找到案件 2026-1
? 1

# Searching by the whole ID number finds nothing for a lawyer.
$ TIAOCAI_USER=lvshi tiaocai case list --query 440524188001010014
> 案号  申请人  被申请人  请求金额  阶段  届满日  剩余

$ TIAOCAI_USER=lvshi tiaocai case settle 2026-2 --amount 15000
! tiaocai: lvshi (法律援助律师) 只能查看案件, 不能办理
? 1

$ TIAOCAI_USER=lvshi tiaocai case withdraw 2026-2
! tiaocai: lvshi (法律援助律师) 只能查看案件, 不能办理
? 1

$ TIAOCAI_USER=lvshi tiaocai case add --applicant 张伟 --applicant-id 52010219900110011X --employer 某公司 --claim 工资:1
! tiaocai: lvshi (法律援助律师) 无权进行此操作, 需由管理员、书记员、院领导办理
? 1

# Nothing the lawyer tried changed anything.
$ tiaocai case list --query 欧阳 --format csv | sed 1d | sed 's/\r$/\\r/'
> "贵劳人仲速裁字〔2026〕第2号","2026-11-20","2026-11-20","审理中","","速裁","欧阳晓梅","1","贵阳某劳务有限公司","","","窗口","15000.00","","","","宋佳","2026-11-25","2027-01-04","43","0","","","0.00","劳动报酬",""\r

# A case received in 2025 is numbered in 2025; the refusals above used no
# number, so 2026 goes on with 第7号.
$ tiaocai case add --applicant 王强 --applicant-id 52010219930303033X --employer 贵阳某劳务有限公司 --claim 工资:9000 --received 2025-12-30
> 贵劳人仲案字〔2025〕第1号

$ tiaocai case add --applicant 李明 --applicant-id 520102199202020212 --employer 贵阳某劳务有限公司 --claim 工资:9000
> 贵劳人仲案字〔2026〕第7号
