# The case ledger (台账) as the city or province receives it.

$ tiaocai init
>*
$ tiaocai case add --applicant 罗建 --applicant-id 440524188001010014 --employer 贵阳某餐饮管理有限公司 --uscc 91350100M000100Y43 --claim 工资:6800 --received 2026-11-02 --industry 餐饮业
> 贵劳人仲案字〔2026〕第1号
! tiaocai: 警告: 申请人 罗建: 按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)
$ tiaocai case add --applicant 欧阳晓梅 --applicant-id 11010519491231002X --employer "某建设公司, 第三项目部" --claim 工资:12,000.50 --claim 加班费:800 --received 2026-11-20 --fast --source 12345
> 贵劳人仲速裁字〔2026〕第2号
! tiaocai: 警告: 申请人 欧阳晓梅: 按身份证号, 收案时已 76 岁, 请核实 (已过七十周岁)
$ tiaocai case accept 2026-1 --on 2026-11-03
>*

# Every column, English keys, one row per case, money in plain yuan, a
# comma inside a name quoted like every field, CRLF line ends.
$ tiaocai export ledger --header en -o l.csv
! tiaocai: 已导出台账 2 件到 l.csv
$ tr -d '\r' < l.csv
> "case_no","received_on","accepted_on","stage","outcome","track","applicant","workers","respondent","respondent_uscc","industry","source","claimed","resolved_amount","final_award","mediator","arbitrator","accept_due","close_due","days_left","overdue","closed_on","days_to_close","paid","cause","clerk"
> "贵劳人仲案字〔2026〕第1号","2026-11-02","2026-11-03","已立案","","普通","罗建","1","贵阳某餐饮管理有限公司","91350100M000100Y43","餐饮业","窗口","6800.00","","","","","2026-11-09","2026-12-18","-13","1","","","0.00","劳动报酬",""
> "贵劳人仲速裁字〔2026〕第2号","2026-11-20","","收案","","速裁","欧阳晓梅","1","某建设公司, 第三项目部","","","12345","12800.50","","","","","2026-11-25","","3","0","","","0.00","劳动报酬",""
$ grep -c $'\r$' l.csv
> 3

# Chinese headers by default.
$ tiaocai export ledger | head -n 1 | tr -d '\r'
> "案号","收案日期","立案日期","阶段","结案方式","程序","申请人","劳动者人数","被申请人","被申请人统一社会信用代码","行业","案件来源","请求金额","调解或裁决金额","终局裁决","调解员","仲裁员","受理期限","审限届满日","剩余天数","超期","结案日期","结案用时","已兑现金额","案由","承办人"

# 已兑现, added after the first 23 columns, which keep their places: what
# the case's payments add up to, 0.00 when none.
$ tiaocai case pay 2026-1 --amount 3000 --on 2026-11-15 --by 贵阳某餐饮管理有限公司 >/dev/null && tiaocai case pay 2026-1 --amount 800.50 --on 2026-11-20 >/dev/null
$ tiaocai export ledger --header en | tr -d '\r' | sed -E 's/^("[^"]*").*,("[^"]*"),("[^"]*"),"[^"]*","[^"]*"$/\1 \2 \3/'
> "case_no" "days_to_close" "paid"
> "贵劳人仲案字〔2026〕第1号" "" "3800.50"
> "贵劳人仲速裁字〔2026〕第2号" "" "0.00"

# 案由 and 承办人 after it: the cause as registered (劳动报酬 unless another
# is given), and the clerk in charge by the name people upstream know, not
# the login; empty while no clerk is assigned.
$ tiaocai user add --login "$(id -un)" --name 管理员 --role admin >/dev/null && tiaocai user add --login zhengli --name 郑丽 --role clerk >/dev/null
$ tiaocai case assign 2026-1 --clerk zhengli >/dev/null && tiaocai case edit 2026-2 --cause 解除终止劳动合同 --reason 申请书所列 >/dev/null
$ tiaocai export ledger --header en | tr -d '\r' | sed -E 's/^("[^"]*").*,("[^"]*"),("[^"]*"),("[^"]*")$/\1 \2 \3 \4/'
> "case_no" "paid" "cause" "clerk"
> "贵劳人仲案字〔2026〕第1号" "3800.50" "劳动报酬" "郑丽"
> "贵劳人仲速裁字〔2026〕第2号" "0.00" "解除终止劳动合同" ""
$ tiaocai case list --format csv | tr -d '\r' | sed -E 's/^("[^"]*").*,("[^"]*"),("[^"]*"),("[^"]*")$/\1 \2 \3 \4/'
> "案号" "已兑现金额" "案由" "承办人"
> "贵劳人仲案字〔2026〕第1号" "3800.50" "劳动报酬" "郑丽"
> "贵劳人仲速裁字〔2026〕第2号" "0.00" "解除终止劳动合同" ""

# --from and --to select by the date received.
$ tiaocai export ledger --from 2026-11-10 --to 2026年11月30日 | tail -n +2 | cut -d, -f1
> "贵劳人仲速裁字〔2026〕第2号"
$ tiaocai export ledger --from 2026-11-30 --to 2026-11-01
! tiaocai: --from 晚于 --to
!*
? 2

# For spreadsheets: UTF-8 with a BOM, or GB18030 that reads back the same.
$ tiaocai export ledger --encoding utf-8-bom | head -c 3 | od -An -tx1
>  ef bb bf
$ tiaocai export ledger --encoding gb18030 -o g.csv 2>/dev/null && tiaocai export ledger -o u.csv 2>/dev/null && iconv -f GB18030 -t UTF-8 g.csv | cmp - u.csv && echo same
> same
$ tiaocai export ledger --encoding latin1
!*
? 2

# A file that cannot be written completely is not left half-written: here
# the process may write at most 1 KiB.
$ for i in 3 4 5 6 7 8; do tiaocai case add --applicant 王建$i --applicant-id 440524188001010014 --employer 贵州某劳务有限公司$i --claim 工资:5000 >/dev/null; done; bash -c 'ulimit -f 1; trap "" XFSZ; exec tiaocai export ledger -o big.csv'; echo "status $?"; ls big.csv* 2>/dev/null | wc -l
> status 3
> 0
!*
$ tiaocai export ledger -o no/such/dir/x.csv
!*
? 3
