# Office settings: the local minimum wage decides which awards are final.

$ tiaocai init
>*
$ tiaocai roster import "$DATA/roster.csv"
>*
$ tiaocai config
> 设置                说明                            值
> office_name         机构名称                        贵阳市劳动人事争议仲裁委员会
> commission_abbr     仲裁委简称                      贵劳人仲
> case_word           案号字                          案字
> fast_word           速裁案号字                      速裁字
> case_template       案号模板                        {abbr}{word}〔{year}〕第{seq}号
> min_wage            当地月最低工资标准              ¥2,130.00
> major_amount        挂牌督办金额线                  ¥100,000.00
> major_workers       挂牌督办人数线                  30
> collective_workers  集体争议人数线                  10
> missing_docs_days   容缺受理补交材料期限(日)        10
> hearing_minutes     开庭默认时长(分钟)              60
> collective_sole     集体争议可由独任仲裁员审理      否
> evidence_days       举证期限(收到举证通知书后日数)  10
> pay_within          裁决履行期限                    本裁决书生效之日起十日内
> documents_since     文书与送达记录起始日            2026-11-22

# A city with a higher minimum wage: 12 x 2,350.00 = 28,200.00 per item.
$ tiaocai config min_wage 2,350
> ¥2,350.00
$ tiaocai config 当地月最低工资标准
> ¥2,350.00
$ sqlite3 "$TIAOCAI_DB" "SELECT detail FROM journal WHERE kind = 'setting'"
> 设置 min_wage (当地月最低工资标准): ¥2,130.00 -> ¥2,350.00

$ tiaocai case add --applicant 罗建 --applicant-id 440524188001010014 --employer 贵阳某餐饮管理有限公司 --claim 工资:30000 --claim 赔偿金:30000 --received 2026-11-02
> 贵劳人仲案字〔2026〕第1号
! tiaocai: 警告: 申请人 罗建: 按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)
$ tiaocai case accept 2026-1 --on 2026-11-03 && tiaocai case hearing 2026-1 --on 2026-11-04 --at '2026-11-16 09:30' --arbitrator 何文斌 >/dev/null
>*
$ tiaocai case hearing-held 2026-1 --on 2026-11-16 >/dev/null && tiaocai case award 2026-1 --on 2026-11-16 --amount 1:28200 --amount 2:28200.01
> 贵劳人仲案字〔2026〕第1号: 审理中 -> 结案 (部分终局裁决)
$ sqlite3 "$TIAOCAI_DB" "SELECT pos, kind, resolved, final FROM claims ORDER BY pos"
> 1|工资|2820000|1
> 2|赔偿金|2820001|0

# Bad values change nothing and say what would be right.
$ tiaocai config min_wage 0
! tiaocai: 当地月最低工资标准: 应大于 0
? 1
$ tiaocai config collective_workers 十
! tiaocai: 集体争议人数线: 应为 1 到 100000 之间的整数, 现为 十
? 1
$ tiaocai config case_template '{abbr}{word}第{seq}号'
! tiaocai: 案号模板: 须含 {year} 和 {seq}, 如 {abbr}{word}〔{year}〕第{seq}号
? 1
$ tiaocai config case_word '　 '
! tiaocai: 案号字: 不能为空
? 1
$ tiaocai config nosuch 1
! tiaocai: 没有名为 nosuch 的设置 (用 tiaocai config 查看)
? 1
$ tiaocai config min_wage
> ¥2,350.00

# A new case-number word takes effect on the next case.
$ tiaocai config case_word 裁字
> 裁字
$ tiaocai case add --applicant 王五 --applicant-id 11010519491231002X --employer 贵州某物流有限公司 --claim 工资:3000
> 贵劳人仲裁字〔2026〕第2号
! tiaocai: 警告: 申请人 王五: 按身份证号, 收案时已 76 岁, 请核实 (已过七十周岁)
