# corrections.t - keeping a case correct after registration (issue: the case
# file): each correction allowed, refused to a lawyer and to a stale
# version, journalled and shown in the timeline; revert of an award and of a
# closing, twice in a row; a claim added after acceptance restarting the
# 审限; each worker's own claims and a collective award that comes out final;
# a mixed award; payments; the duplicate refusal; employers as applicants;
# a restart after a suspension, which the new period does not count; the
# warning for representatives in a case of fewer than ten workers.
# Today is Sun 2026-11-22.

$ tiaocai --db t.db init >/dev/null && tiaocai user add --login "$(id -un)" --name 管理员 --role admin >/dev/null && tiaocai roster import "$DATA/roster.csv" >/dev/null
$ tiaocai room add 第一仲裁庭 && tiaocai room add 第二仲裁庭
> 已登记开庭地点 第一仲裁庭
> 已登记开庭地点 第二仲裁庭
$ tiaocai user add --login zhengli --name 郑丽 --role clerk && tiaocai user add --login kezhang --name 王科长 --role supervisor && tiaocai user add --login lvshi --name 周律师 --role lawyer && tiaocai user add --login hewb --name 何文斌 --role arbitrator --person 何文斌
> 已登记用户 zhengli
> 已登记用户 kezhang
> 已登记用户 lvshi
> 已登记用户 hewb

%env TIAOCAI_USER=zhengli

$ tiaocai case add --applicant 王小明 --applicant-id 520102198801011014 --phone 13985017342 --employer 贵州黔城建工集团有限公司 --uscc 91350100M000100Y43 --claim 工资:18000 --received 2026-11-16 --lawyer lvshi
> 贵劳人仲案字〔2026〕第1号

# ---- a party's new phone number: the correction a clerk makes most ------
$ tiaocai case party edit 2026-1 a1 --phone 18685104457 --reason 本人来电告知新号码
> 贵劳人仲案字〔2026〕第1号: 更正申请人 a1 王小明, 电话已更正; 理由: 本人来电告知新号码 (第 2 版)

$ tiaocai case show 2026-1 | grep -E '^  a1 '
>   a1    王小明                    520102198801011014  男    18685104457  申请人

# The old number is not written into the journal, which keeps it for good.
$ tiaocai case show 2026-1 | grep -c 13985017342
> 0
? 1

# A lawyer sees the case but changes nothing; a form opened on version 1
# is refused once the case moved on.
$ TIAOCAI_USER=lvshi tiaocai case party edit 2026-1 a1 --phone 13800000000 --reason 试
! tiaocai: lvshi (法律援助律师) 只能查看案件, 不能更正当事人
? 1
$ tiaocai case party edit 2026-1 a1 --phone 13800000000 --reason 试 --version 1
! tiaocai: 案件已被他人修改 (现为第 2 版), 请重新打开后再操作
? 1
$ tiaocai case party edit 2026-1 a1 --reason 什么也没改
! tiaocai: 没有要更正的内容: 请给出新的值, 如 --phone 新号码
? 2
$ tiaocai case party edit 2026-1 a9 --phone 13800000000 --reason 试
! tiaocai: 本案没有当事人 a9 (见 tiaocai case show 所列编号)
? 1
$ tiaocai case party edit 2026-1 a1 --phone 13800000000
! tiaocai: 「更正当事人」须写明理由: --reason 理由
? 2

# ---- parties complete ----------------------------------------------------
$ tiaocai case party edit 2026-1 r1 --legal-rep 黄建国 --legal-rep-title 董事长 --address 贵阳市观山湖区长岭北路8号 --service-address 贵阳市观山湖区长岭北路8号办公楼3楼 --reason 补录营业执照信息
> 贵劳人仲案字〔2026〕第1号: 更正被申请人 r1 贵州黔城建工集团有限公司, 住所 (空) → 贵阳市观山湖区长岭北路8号, 送达地址 (空) → 贵阳市观山湖区长岭北路8号办公楼3楼, 法定代表人 (空) → 黄建国, 职务 (空) → 董事长; 理由: 补录营业执照信息 (第 3 版)

$ tiaocai case party edit 2026-1 a1 --legal-rep 王大明 --reason 试
! tiaocai: 申请人 a1是自然人 (有身份证号), 没有法定代表人; 代为参加的人请记为委托代理人
? 1

$ tiaocai case party add 2026-1 --side respondent --name 贵阳某劳务有限公司 --uscc 91440300708461136T --chain-role 劳务分包 --reason 申请人追加实际用工单位
> 贵劳人仲案字〔2026〕第1号: 追加被申请人 r2 贵阳某劳务有限公司; 理由: 申请人追加实际用工单位 (第 4 版)
$ tiaocai case party add 2026-1 --side third --name 贵州某建设投资有限公司 --reason 建设单位作为第三人
> 贵劳人仲案字〔2026〕第1号: 追加第三人 t1 贵州某建设投资有限公司; 理由: 建设单位作为第三人 (第 5 版)
$ tiaocai case party remove 2026-1 r2 --reason 登记错误
> 贵劳人仲案字〔2026〕第1号: 删除被申请人 r2 贵阳某劳务有限公司; 理由: 登记错误 (第 6 版)
$ tiaocai case party add 2026-1 --side respondent --name 贵阳另一劳务有限公司 --reason 追加 | grep -o 'r[0-9] [^;]*'
> r3 贵阳另一劳务有限公司
$ tiaocai case party remove 2026-1 r3 --reason 追加错了 >/dev/null && echo removed
> removed
$ tiaocai case party remove 2026-1 r1 --reason 试
! tiaocai: 贵州黔城建工集团有限公司是本案唯一的被申请人, 不能删除; 如登记错了, 请更正 (case party edit)
? 1

$ tiaocai case agent add 2026-1 a1 --name 李律师 --kind 法律援助 --phone 13908510000 --lawyer lvshi
> 贵劳人仲案字〔2026〕第1号: a1 委托代理人 李律师 (法律援助) (第 9 版)
$ tiaocai case agent add 2026-1 r1 --name 张三 --kind 朋友
! tiaocai: 委托代理人类别: 不认识「朋友」, 可选: 律师 法律援助 近亲属 工会 其他
? 2
$ tiaocai case show 2026-1 | sed -n '/^当事人/,/^$/p'
> 当事人 (劳动者 1 名):
>   编号  当事人                    身份证号/信用代码   性别  电话         角色
>   a1    王小明                    520102198801011014  男    18685104457  申请人
>   r1    贵州黔城建工集团有限公司  91350100M000100Y43                     用人单位
>   t1    贵州某建设投资有限公司                                           第三人
>   a1 委托代理人: 李律师 (法律援助) 13908510000
>   r1 法定代表人: 黄建国 (董事长)
>   r1 住所: 贵阳市观山湖区长岭北路8号
>   r1 送达地址: 贵阳市观山湖区长岭北路8号办公楼3楼
>

# ---- claims: added before acceptance, and after (the 审限 restarts) ------
$ tiaocai case claim add 2026-1 --claim 加班费:2000 --reason 申请人补充请求
> 贵劳人仲案字〔2026〕第1号: 增加第 2 项请求 加班费 ¥2,000.00; 理由: 申请人补充请求 (第 10 版)
$ tiaocai case accept 2026-1 --on 2026-11-17
> 贵劳人仲案字〔2026〕第1号: 收案 -> 已立案, 组庭通知届满 2026-11-23
! tiaocai: 警告: 2027 年国务院放假安排未载入, 暂按法定节假日计算
$ tiaocai case show 2026-1 | grep 仲裁审限
>   仲裁审限  2026-11-17  45日  2027-01-04    43  劳动争议调解仲裁法第四十三条  2027 年国务院放假安排未载入, 暂按法定节假日计算
$ tiaocai case claim add 2026-1 --claim 经济补偿:6000 --on 2026-11-21 --reason 当庭增加请求
> 贵劳人仲案字〔2026〕第1号: 增加第 3 项请求 经济补偿 ¥6,000.00; 审限自 2026-11-21 重新计算 (办案规则第四十六条); 理由: 当庭增加请求 (第 12 版)
$ tiaocai case show 2026-1 | grep 仲裁审限
>   仲裁审限  2026-11-21  45日  2027-01-05    44  劳动争议调解仲裁法第四十三条  因增加仲裁请求于 2026-11-21 重新计算 (办案规则第四十六条) 2027 年国务院放假安排未载入, 暂按法定节假日计算
$ tiaocai case claim edit 2026-1 2 --amount 2500 --reason 重新核算加班费
> 贵劳人仲案字〔2026〕第1号: 变更第 2 项请求, 金额 ¥2,000.00 → ¥2,500.00; 审限自 2026-11-22 重新计算 (办案规则第四十六条); 理由: 重新核算加班费 (第 13 版)
$ tiaocai case claim remove 2026-1 3 --reason 申请人撤回该项
> 贵劳人仲案字〔2026〕第1号: 撤回第 3 项请求 经济补偿 ¥6,000.00; 理由: 申请人撤回该项 (第 14 版)
$ tiaocai case claim edit 2026-1 9 --amount 1 --reason 试
! tiaocai: 本案没有第 9 项请求
? 1

# ---- the rest of the file: 案由, the clerk in charge, notes, the lawyer ---
$ tiaocai case edit 2026-1 --cause 社会保险 --reason 核实
> 贵劳人仲案字〔2026〕第1号: 更正案件信息, 案由 劳动报酬 → 社会保险; 理由: 核实 (第 15 版)
$ tiaocai case edit 2026-1 --cause 打架 --reason 试
! tiaocai: 案由: 不认识「打架」, 可选: 劳动报酬 社会保险 解除终止劳动合同 确认劳动关系 工伤 劳动保护 培训 其他
? 1
$ tiaocai case assign 2026-1 --clerk zhengli && tiaocai case note 2026-1 '申请人要求电话联系, 上午不便'
> 贵劳人仲案字〔2026〕第1号: 承办人 zhengli (第 16 版)
> 贵劳人仲案字〔2026〕第1号: 备注: 申请人要求电话联系, 上午不便 (第 17 版)
$ TIAOCAI_USER=lvshi tiaocai case note 2026-1 试
! tiaocai: lvshi (法律援助律师) 只能查看案件, 不能备注
? 1

# ---- 容缺受理: the missing documents come in ------------------------------
$ tiaocai case add --applicant 刘芳 --applicant-id 520102198801011022 --employer 贵阳某餐饮管理有限公司 --claim 工资:5000 --missing-docs '劳动合同、工资条' --received 2026-11-20
> 贵劳人仲案字〔2026〕第2号
$ tiaocai case show 2026-2 | grep '^容缺'
> 容缺受理待补材料: 劳动合同、工资条 (2026-11-30 前补交)
$ tiaocai case docs-received 2026-2 --items 工资条
> 贵劳人仲案字〔2026〕第2号: 补交材料 工资条, 尚缺 劳动合同 (第 2 版)
$ tiaocai case docs-received 2026-2 --items 社保记录
! tiaocai: 「社保记录」不在待补材料之列 (待补: 劳动合同)
? 1
$ tiaocai case docs-received 2026-2 --on 2026-11-21 && tiaocai case show 2026-2 | grep '^容缺'
> 贵劳人仲案字〔2026〕第2号: 容缺受理材料已补齐 (劳动合同), 于 2026-11-21 (第 3 版)
> 容缺受理材料: 已于 2026-11-21 补齐

# ---- award, payment, revert ------------------------------------------------
# Heard today, both parties having agreed to the short notice.
$ tiaocai case hearing 2026-1 --at '2026-11-22 09:30' --arbitrator 何文斌 --room 第一仲裁庭 --short-notice 双方当事人同意 2>/dev/null
> 贵劳人仲案字〔2026〕第1号: 已立案 -> 审理中, 仲裁审限届满 2027-01-06
$ tiaocai case hearing-held 2026-1 --on 2026-11-22 2>/dev/null
> 贵劳人仲案字〔2026〕第1号: 审理中 -> 审理中, 仲裁审限届满 2027-01-06
$ TIAOCAI_USER=hewb tiaocai case award 2026-1 --amount 全额
> 贵劳人仲案字〔2026〕第1号: 审理中 -> 结案 (终局裁决)

# A closed case takes a payment, not a new claim.
$ tiaocai case claim add 2026-1 --claim 工资:1 --reason 试
! tiaocai: 案件已结案, 不能增加仲裁请求; 如结案有误, 请院领导先撤销结案 (tiaocai case revert)
? 1
$ tiaocai case pay 2026-1 --amount 1:10000 --by 贵州黔城建工集团有限公司 --note 当场支付
> 贵劳人仲案字〔2026〕第1号: 2026-11-22 付款 ¥10,000.00 (第 1 项), 付款人 贵州黔城建工集团有限公司: 当场支付 (第 21 版)
$ tiaocai case pay 2026-1 --amount 0 
! tiaocai: 付款金额应大于 0
? 1
$ tiaocai case show 2026-1 | sed -n '/^请求/,/^$/p'
> 请求:
>   项  申请人  类别          请求   调解/裁决        已付  期间  终局
>   1           工资    ¥18,000.00  ¥18,000.00  ¥10,000.00        是
>   2           加班费   ¥2,500.00   ¥2,500.00                    是
>               合计    ¥20,500.00  ¥20,500.00  ¥10,000.00
>

# The award was entered by mistake: a supervisor reverts the payment, then
# the award (twice in a row); a clerk may not.
$ tiaocai case revert 2026-1 --reason 试
! tiaocai: zhengli (书记员) 不能办理「撤销」, 需由管理员、院领导办理
? 1
$ TIAOCAI_USER=kezhang tiaocai case revert 2026-1 --reason 付款录错
> 贵劳人仲案字〔2026〕第1号: 撤销日志第 35 条「履行付款」(zhengli): 2026-11-22 付款 ¥10,000.00 (第 1 项), 付款人 贵州黔城建工集团有限公司: 当场支付; 理由: 付款录错 (第 22 版)
$ TIAOCAI_USER=kezhang tiaocai case revert 2026-1 --reason '裁决尚未作出, 误录'
> 贵劳人仲案字〔2026〕第1号: 撤销日志第 34 条「裁决」(2026-11-22, hewb): 裁决, 金额 ¥20,500.00, 终局裁决 (每项以 12 个月最低工资 ¥25,560.00 为限); 理由: 裁决尚未作出, 误录 (第 23 版)
$ tiaocai case show 2026-1 | sed -n '2p;/^请求/,/^$/p'
> 阶段: 审理中    程序: 普通    来源: 窗口    版本: 23
> 请求:
>   项  申请人  类别          请求  调解/裁决  已付  期间  终局
>   1           工资    ¥18,000.00
>   2           加班费   ¥2,500.00
>               合计    ¥20,500.00
>
$ tiaocai case show 2026-1 | grep -c '\[已撤销\]'
> 2

# The closing reverted, the case takes corrections again.
$ tiaocai case claim add 2026-1 --claim 加班费:100 --reason 补充 --on 2026-11-22 >/dev/null && echo ok
> ok

# ---- each worker's own claims: a collective case comes out final ---------
# Twelve workers: a tribunal of three hears it, on short notice agreed.
$ tiaocai case add --applicant 杨光荣 --applicant-id 520102198801011030 --representative --claim 工资:18000 --applicant 吴大勇 --applicant-id 520102198801011049 --representative --claim 工资:18000 --applicant 石小龙 --applicant-id 520102198801011057 --representative --claim 工资:18000 --applicant 龙金花 --applicant-id 520102198801011065 --claim 工资:18000 --applicant 潘德 --applicant-id 520102198801011073 --claim 工资:18000 --applicant 韦阿妹 --applicant-id 520102198801011081 --claim 工资:18000 --applicant 蒙小兵 --applicant-id 52010219880101109X --claim 工资:18000 --applicant 罗建 --applicant-id 520102198801011102 --claim 工资:18000 --applicant 陈二 --applicant-id 520102198801011110 --claim 工资:18000 --applicant 田三 --applicant-id 520102198801011129 --claim 工资:18000 --applicant 赵四 --applicant-id 520102198801011014 --claim 工资:18000 --applicant 钱五 --applicant-id 520102198801011022 --claim 工资:18000 --employer 贵州某建筑劳务分包有限公司 --received 2026-11-18 --industry 建筑业
> 贵劳人仲案字〔2026〕第3号
$ tiaocai case accept 2026-3 --on 2026-11-18 >/dev/null 2>&1 && tiaocai case tribunal 2026-3 --chief 何文斌 --member 蒋涛 --member 岑光明 --on 2026-11-18 >/dev/null 2>&1 && tiaocai case hearing 2026-3 --at '2026-11-20 09:30' --room 第一仲裁庭 --on 2026-11-18 --short-notice 双方当事人同意 >/dev/null 2>&1 && tiaocai case hearing-held 2026-3 --on 2026-11-20 >/dev/null 2>&1 && TIAOCAI_USER=hewb tiaocai case award 2026-3 --amount 工资:18000
! tiaocai: 金额 工资:18000: 本案有 12 项「工资」请求 (各名劳动者各自的), 请按项号给出, 如 --amount 1:金额
? 1
$ TIAOCAI_USER=hewb tiaocai case award 2026-3 --amount 全额 --on 2026-11-22
> 贵劳人仲案字〔2026〕第3号: 审理中 -> 结案 (终局裁决)
$ tiaocai case show 2026-3 --format json | grep -c '"final": true'
> 12
$ tiaocai case show 2026-3 | sed -n '/^请求/,/^$/p' | head -6
> 请求:
>   项  申请人     类别         请求    调解/裁决  已付  期间  终局
>   1   a1 杨光荣  工资   ¥18,000.00   ¥18,000.00              是
>                  小计   ¥18,000.00   ¥18,000.00
>   2   a2 吴大勇  工资   ¥18,000.00   ¥18,000.00              是
>                  小计   ¥18,000.00   ¥18,000.00

# One award, items of both kinds: 部分终局裁决 (办案规则第五十条).  何文斌
# hears it the same day as case 3, in the afternoon.
$ tiaocai case add --applicant 孙六 --applicant-id 522622198505051235 --employer 贵阳某物业管理有限公司 --claim 工资:30000 --claim 休息休假:0 --received 2026-11-18 >/dev/null && tiaocai case accept 2026-4 --on 2026-11-18 >/dev/null 2>&1 && tiaocai case hearing 2026-4 --at '2026-11-20 14:30' --arbitrator 何文斌 --room 第二仲裁庭 --on 2026-11-18 --short-notice 双方当事人同意 >/dev/null 2>&1 && tiaocai case hearing-held 2026-4 --on 2026-11-20 >/dev/null 2>&1 && TIAOCAI_USER=hewb tiaocai case award 2026-4 --amount 1:30000 --amount 2:0 --on 2026-11-22
> 贵劳人仲案字〔2026〕第4号: 审理中 -> 结案 (部分终局裁决)
$ tiaocai case show 2026-4 --format json | grep -E '"(final|outcome)"'
>   "outcome": "部分终局裁决",
>   "final": "mixed",
>       "final": false
>       "final": true

# ---- intake catches mistakes ----------------------------------------------
$ tiaocai case add --applicant 王小明 --applicant-id 520102198801011014 --employer 贵州黔城建工集团有限公司 --claim 工资:18000
! tiaocai: 申请人 王小明 与被申请人 贵州黔城建工集团有限公司已在未结案件 贵劳人仲案字〔2026〕第1号 中, 可能是重复登记; 核实后确需另立一案的, 请写明理由: --allow-duplicate 理由
? 1
$ tiaocai case add --applicant 王小明 --applicant-id 520102198801011014 --employer 贵州黔城建工集团有限公司 --claim 经济补偿:9000 --allow-duplicate 解除劳动合同另案申请 && tiaocai case show 2026-5 | grep -o '与未结案件重复.*'
> 贵劳人仲案字〔2026〕第5号
> 与未结案件重复, 经核实仍登记: 解除劳动合同另案申请
$ tiaocai case add --applicant 某 --applicant-id 000105198505051238 --employer 某公司 --claim 工资:1
! tiaocai: 申请人身份证号: 地址码 (前6位) 000105 有误: 前两位 00 不是省级行政区划代码 (应为 11-15、21-23、31-37、41-46、50-54、61-65、71、81-83)
? 1
$ tiaocai case add --applicant 某 --applicant-id 522622198606062347 --employer 某公司 --uscc 91AB0100M000100Y43 --claim 工资:1
! tiaocai: 被申请人统一社会信用代码: 第3位应为数字: 第3-8位是登记管理机关的行政区划代码 (现为 A)
? 1
$ tiaocai case add --applicant 小明 --applicant-id 520102201501010014 --employer 某餐馆 --claim 工资:3000 --received 2026-11-20
> 贵劳人仲案字〔2026〕第6号
! tiaocai: 警告: 申请人 小明: 按身份证号, 收案时年仅 11 岁, 请核实 (未满十六周岁)

# ---- an employer applies ----------------------------------------------------
$ tiaocai case add --applicant 贵州某建筑有限公司 --applicant-uscc 91350100M000100Y43 --legal-rep 黄建国 --legal-rep-title 董事长 --respondent 李四 --respondent-id 522622198606062347 --claim 其他:5000 --cause 解除终止劳动合同 && tiaocai case show 2026-7 --format json | grep -E '"(applicant_side|cause|workers)"'
> 贵劳人仲案字〔2026〕第7号
>   "cause": "解除终止劳动合同",
>   "applicant_side": "employer",
>   "workers": 1,

# A past week's summary reads the history as corrected: a withdrawal
# entered by mistake and reverted leaves the case open (and due) at that
# week's end.
$ tiaocai case add --applicant 钱七 --applicant-id 522622198606062347 --employer 某物流公司 --claim 工资:4000 --received 2026-11-02 >/dev/null 2>&1 && tiaocai case withdraw 2026-8 --on 2026-11-05 >/dev/null && tiaocai report weekly --week 2026-W45 | grep -c 钱七
> 0
? 1
$ TIAOCAI_USER=kezhang tiaocai case revert 2026-8 --reason 误录撤回 >/dev/null && tiaocai report weekly --week 2026-W45 | grep 钱七
>   贵劳人仲案字〔2026〕第8号  钱七    某物流公司  受理审查  2026-11-09         1  未指定

# ---- a restart after a suspension (办案规则第四十六条) ------------------------
# Accepted 09-01, suspended 09-08 to 09-28: 45 days + 20 = 11-05.  A claim
# added on 10-09 restarts the 45 days from that day: 11-23.  The 20 days
# suspended before the restart are not added to the new period (with
# them it would end on 12-14), and the note says why the period starts
# anew.
$ tiaocai case add --applicant 罗永福 --applicant-id 520102199002021376 --employer 贵阳某机械制造有限公司 --claim 工资:9000 --received 2026-09-01 && tiaocai case accept 2026-9 --on 2026-09-01 >/dev/null && tiaocai case suspend 2026-9 --on 2026-09-08 --reason 等待工伤认定结论 >/dev/null && tiaocai case resume 2026-9 --on 2026-09-28 >/dev/null && tiaocai case show 2026-9 | grep 仲裁审限
> 贵劳人仲案字〔2026〕第9号
>   仲裁审限  2026-09-01  45日  2026-11-05   -17  劳动争议调解仲裁法第四十三条  中止 20 天
$ tiaocai case claim add 2026-9 --claim 工伤医疗费:12000 --on 2026-10-09 --reason 工伤认定后增加请求 && tiaocai case show 2026-9 | grep 仲裁审限
> 贵劳人仲案字〔2026〕第9号: 增加第 2 项请求 工伤医疗费 ¥12,000.00; 审限自 2026-10-09 重新计算 (办案规则第四十六条); 理由: 工伤认定后增加请求 (第 5 版)
>   仲裁审限  2026-10-09  45日  2026-11-23     1  劳动争议调解仲裁法第四十三条  因增加仲裁请求于 2026-10-09 重新计算 (办案规则第四十六条) 此前中止的 20 天不计

# ---- representatives are for ten workers or more ---------------------------
# 调解仲裁法第七条 and 办案规则第五条: a representative in a case of three
# workers draws a warning, at intake and when a worker is marked one
# later; the case is registered and the change made all the same.
$ tiaocai case add --applicant 杨小芳 --applicant-id 520102199002021456 --representative --claim 工资:6000 --applicant 吴大勇 --applicant-id 520102199002021536 --claim 工资:6000 --applicant 石小龙 --applicant-id 520102199002021616 --claim 工资:6000 --employer 贵阳某餐饮管理有限公司 --received 2026-11-20
> 贵劳人仲案字〔2026〕第10号
! tiaocai: 警告: 本案劳动者只有 3 名: 推举代表人适用于劳动者一方在十人以上并有共同请求的争议 (劳动争议调解仲裁法第七条、办案规则第五条), 请核实
$ tiaocai case party edit 2026-10 a2 --representative 是 --reason 工友推举
> 贵劳人仲案字〔2026〕第10号: 更正申请人 a2 吴大勇, 代表人 否 → 是; 理由: 工友推举 (第 2 版)
! tiaocai: 警告: 本案劳动者只有 3 名: 推举代表人适用于劳动者一方在十人以上并有共同请求的争议 (劳动争议调解仲裁法第七条、办案规则第五条), 请核实
# Another change to a representative, or a worker no longer one, says nothing.
$ tiaocai case party edit 2026-10 a2 --phone 13985017342 --reason 补录电话 && tiaocai case party edit 2026-10 a1 --representative 否 --reason 本人不愿担任
> 贵劳人仲案字〔2026〕第10号: 更正申请人 a2 吴大勇, 电话已补录; 理由: 补录电话 (第 3 版)
> 贵劳人仲案字〔2026〕第10号: 更正申请人 a1 杨小芳, 代表人 是 → 否; 理由: 本人不愿担任 (第 4 版)

# ---- the journal replays: every correction and revert checks out -----------
$ TIAOCAI_USER=$(id -un) tiaocai check | sed -n 3p
> 案件与日志: 已核对 10 件, 全部一致
