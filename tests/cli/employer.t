# employer.t - one employer's cases (被申请人): `case list --respondent` by
# credit code, by a 包工头's ID number, by a whole name or a part of one,
# the line under them that adds up counts and money (请求, 调解或裁决,
# 已兑现), a credit code typed into --query, and the 挂牌督办 and collective
# filters.  Today is Sunday 2026-11-22.
#
#  1 罗建      贵阳某餐饮管理有限公司 91520113MAX87XQ335, settled 6000,
#              paid 4000
#  2 张三      贵阳某餐饮有限公司 (the same code, its old name), open
#  3 李四      贵阳某餐饮管理有限公司第二分公司 (no code), the lawyer's
#  4 龙阿1..12 贵州黔城建工集团有限公司 91350100M000100Y43, 18000 each:
#              collective (12 workers) and 挂牌督办 (216000 >= 100000)
#  5 赵强      王某 (a 包工头, ID number 520102198005050012)

$ tiaocai init && tiaocai roster import $DATA/roster.csv
>*
$ tiaocai user add --login "$(id -un)" --name 管理员 --role admin && tiaocai user add --login lvshi --name 周律师 --role lawyer
>*
$ tiaocai case add --applicant 罗建 --applicant-id 520102198501010335 --employer 贵阳某餐饮管理有限公司 --uscc 91520113MAX87XQ335 --claim 工资:6800 --received 2026-09-01 && tiaocai case accept 2026-1 --on 2026-09-01 && tiaocai case mediate 2026-1 --mediator 王芳 --on 2026-09-02 && tiaocai case settle 2026-1 --amount 6000 --on 2026-11-10
>*
$ tiaocai case add --applicant 张三 --applicant-id 520102198501010255 --employer 贵阳某餐饮有限公司 --uscc 91520113MAX87XQ335 --claim 工资:6500 --received 2026-11-16
>*
$ tiaocai case add --applicant 李四 --applicant-id 520102198501010271 --employer 贵阳某餐饮管理有限公司第二分公司 --claim 工资:3000 --received 2026-11-18 --lawyer lvshi
>*
$ args=""; i=0; for id in 520102198501010036 520102198501010052 520102198501010079 520102198501010095 520102198501010116 520102198501010132 520102198501010159 520102198501010175 520102198501010191 520102198501010212 520102198501010239 520102198501010298; do i=$((i+1)); args="$args --applicant 龙阿$i --applicant-id $id --claim 工资:18000"; done; tiaocai case add $args --employer 贵州黔城建工集团有限公司 --uscc 91350100M000100Y43 --received 2026-11-17
>*
$ tiaocai case add --applicant 赵强 --applicant-id 520102198501010351 --employer 王某 --employer-id 520102198005050012 --claim 工资:4200 --received 2026-11-19
>*
$ sqlite3 "$TIAOCAI_DB" "INSERT INTO payments(case_id, amount, paid_on, paid_by) VALUES (1, 400000, '2026-11-15', '贵阳某餐饮管理有限公司'); UPDATE cases SET paid = (SELECT coalesce(sum(amount), 0) FROM payments WHERE case_id = cases.id)"

# ---- by credit code ---------------------------------------------------------

# Every case against the code, under any name it went by, and the line
# that adds them up; typed with spaces, a hyphen or in lower case alike.
$ tiaocai case list --respondent 91520113MAX87XQ335
> 案号                       申请人  被申请人                 请求金额  阶段  届满日      剩余
> 贵劳人仲案字〔2026〕第2号  张三    贵阳某餐饮有限公司      ¥6,500.00  收案  2026-11-23     1
> 贵劳人仲案字〔2026〕第1号  罗建    贵阳某餐饮管理有限公司  ¥6,800.00  结案              已结
> 合计 2 件 (未结 1 件, 已结 1 件)  请求金额 ¥13,300.00  调解或裁决金额 ¥6,000.00  已兑现 ¥4,000.00
$ tiaocai case list --respondent '91520113-max87xq335' | tail -n 1
> 合计 2 件 (未结 1 件, 已结 1 件)  请求金额 ¥13,300.00  调解或裁决金额 ¥6,000.00  已兑现 ¥4,000.00

# A credit code typed into the search finds its cases too (any party's).
$ tiaocai case list --query 91520113MAX87XQ335 | awk '{print $1, $3}'
> 案号 被申请人
> 贵劳人仲案字〔2026〕第2号 贵阳某餐饮有限公司
> 贵劳人仲案字〔2026〕第1号 贵阳某餐饮管理有限公司
$ tiaocai case list --query '9152 0113 MAX8 7XQ3 35' --format csv | tail -n +2 | cut -d, -f1
> "贵劳人仲案字〔2026〕第2号"
> "贵劳人仲案字〔2026〕第1号"

# A 包工头 has no code: his ID number finds his cases.
$ tiaocai case list --respondent 520102198005050012
> 案号                       申请人  被申请人   请求金额  阶段  届满日      剩余
> 贵劳人仲案字〔2026〕第5号  赵强    王某      ¥4,200.00  收案  2026-11-24     2
> 合计 1 件 (未结 1 件, 已结 0 件)  请求金额 ¥4,200.00  调解或裁决金额 ¥0.00  已兑现 ¥0.00

# ---- by name ----------------------------------------------------------------

# A whole name is that employer alone: not its branch, not its old name.
$ tiaocai case list --respondent 贵阳某餐饮管理有限公司
> 案号                       申请人  被申请人                 请求金额  阶段  届满日  剩余
> 贵劳人仲案字〔2026〕第1号  罗建    贵阳某餐饮管理有限公司  ¥6,800.00  结案          已结
> 合计 1 件 (未结 0 件, 已结 1 件)  请求金额 ¥6,800.00  调解或裁决金额 ¥6,000.00  已兑现 ¥4,000.00
# Part of a name: every respondent so named.
$ tiaocai case list --respondent 某餐饮
> 案号                       申请人  被申请人                   请求金额  阶段  届满日      剩余
> 贵劳人仲案字〔2026〕第2号  张三    贵阳某餐饮有限公司        ¥6,500.00  收案  2026-11-23     1
> 贵劳人仲案字〔2026〕第3号  李四    贵阳某餐饮管理有限公司…   ¥3,000.00  收案  2026-11-23     1
> 贵劳人仲案字〔2026〕第1号  罗建    贵阳某餐饮管理有限公司    ¥6,800.00  结案              已结
> 合计 3 件 (未结 2 件, 已结 1 件)  请求金额 ¥16,300.00  调解或裁决金额 ¥6,000.00  已兑现 ¥4,000.00
# An applicant's name is no employer's.
$ tiaocai case list --respondent 罗建
> 案号  申请人  被申请人  请求金额  阶段  届满日  剩余
> 合计 0 件 (未结 0 件, 已结 0 件)  请求金额 ¥0.00  调解或裁决金额 ¥0.00  已兑现 ¥0.00
# Nothing: no rows, and a line of zeros.
$ tiaocai case list --respondent 没有这家公司
> 案号  申请人  被申请人  请求金额  阶段  届满日  剩余
> 合计 0 件 (未结 0 件, 已结 0 件)  请求金额 ¥0.00  调解或裁决金额 ¥0.00  已兑现 ¥0.00

# The lawyer sees the cases linked to them, and adds up only those.
$ TIAOCAI_USER=lvshi tiaocai case list --respondent 某餐饮
> 案号                       申请人  被申请人                   请求金额  阶段  届满日      剩余
> 贵劳人仲案字〔2026〕第3号  李四    贵阳某餐饮管理有限公司…   ¥3,000.00  收案  2026-11-23     1
> 合计 1 件 (未结 1 件, 已结 0 件)  请求金额 ¥3,000.00  调解或裁决金额 ¥0.00  已兑现 ¥0.00
# The line is the table's: CSV has rows alone.
$ tiaocai case list --respondent 某餐饮 --format csv --header en | tr -d '\r' | cut -d, -f1
> "case_no"
> "贵劳人仲案字〔2026〕第2号"
> "贵劳人仲案字〔2026〕第3号"
> "贵劳人仲案字〔2026〕第1号"
$ tiaocai case list --respondent 某餐饮 --limit 1 | tail -n 1
> 合计 3 件 (未结 2 件, 已结 1 件)  请求金额 ¥16,300.00  调解或裁决金额 ¥6,000.00  已兑现 ¥4,000.00

# ---- 挂牌督办 and collective ----------------------------------------------

$ tiaocai case list --supervised | awk '{print $1, $2, $3}'
> 案号 申请人 被申请人
> 贵劳人仲案字〔2026〕第4号 龙阿1等12人 贵州黔城建工集团有限公司
$ tiaocai case list --collective --format csv --header en | tail -n +2 | cut -d, -f1,8
> "贵劳人仲案字〔2026〕第4号","12"
$ tiaocai case list --supervised --respondent 某餐饮
> 案号  申请人  被申请人  请求金额  阶段  届满日  剩余
> 合计 0 件 (未结 0 件, 已结 0 件)  请求金额 ¥0.00  调解或裁决金额 ¥0.00  已兑现 ¥0.00

# ---- usage ------------------------------------------------------------------

$ tiaocai case list --respondent ' ' 2>e.txt; rc=$?; head -n 1 e.txt; exit $rc
> tiaocai: --respondent 不能为空: 应为被申请人的名称、统一社会信用代码或 (包工头的) 身份证号
? 2
$ tiaocai case list --respondent
!*
? 2
