# serve.t - service (送达, tiaocai(5) SERVICE): a document made for a party
# is recorded as served by one of the six methods; the 5-day clock to serve
# the respondents ends, the respondent's 答辩 runs from its receipt, a
# hearing's parties are checked for their notice, a 公告's days are left out
# of the 审限, and after the award the periods to sue and to ask for it to
# be set aside run from the receipts.  The records of service begin on the
# day of `init` (Sun 2026-11-22); the days then move on with TIAOCAI_TODAY.

$ tiaocai init
>*

$ tiaocai user add --login "$(id -un)" --name 管理员 --role admin >/dev/null && tiaocai user add --login lvshi --name 周律师 --role lawyer
>*

$ tiaocai roster import "$DATA/roster.csv" >/dev/null && tiaocai room add 第一仲裁庭 --address 贵阳市观山湖区仲裁院三楼
>*

$ tiaocai rules | grep -E '^(serve|defence|sue|set_aside|gazette) |^serve:'
> defence         被申请人答辩            10  calendar  被申请人各自收到应诉通知书  当事人期间(不计超期)      劳动争议调解仲裁法第三十条
> gazette         公告送达                30  calendar  公告之日                    公告送达视为送达          民事诉讼法第九十五条、办案规则第四十六条
> serve           送达被申请人             5  calendar  立案                        法定期限                  劳动争议调解仲裁法第三十条
> set_aside       申请撤销终局裁决        30  calendar  用人单位收到终局裁决书      当事人期间(不计超期)      劳动争议调解仲裁法第四十九条
> sue             不服裁决起诉            15  calendar  当事人收到裁决书            当事人期间(不计超期)      劳动争议调解仲裁法第四十八条、第五十条
> serve: 只计自文书与送达记录起始日 (2026-11-22) 起立案的案件; 此前立案的案件没有送达记录

# Two cases accepted today: the 5 days to serve the respondent run.
$ tiaocai case add --applicant 王超德 --applicant-id 11010519491231002X --address 贵阳市南明区花果园 --employer 贵州辉汇电子科技有限公司 --address 贵阳市白云区 --claim 工资:8000 --received 2026-11-20 && tiaocai case accept 2026-1
>*
!*

$ tiaocai case add --applicant 李华 --applicant-id 440524188001010014 --employer 贵阳某劳务有限公司 --claim 工资:6000 --received 2026-11-20 && tiaocai case accept 2026-2
>*
!*

$ tiaocai case show 2026-1 | grep 送达被申请人
>   送达被申请人  2026-11-22  5日   2026-11-27     5  劳动争议调解仲裁法第三十条    尚未记录送达

$ tiaocai doc make 2026-1 应诉通知书 -o 应诉.txt && tiaocai doc make 2026-1 受理通知书 -o 受理.txt && tiaocai doc make 2026-2 应诉通知书 -o 应诉2.txt
>*
!*

# Made and not yet served: the agenda's 待送达.
$ tiaocai agenda | sed -n '/^待送达/,/^$/p'
> 待送达 共 3 件
>   案号    申请人  被申请人                  文书              受送达人                  制作日期    已等天数
>   2026-1  王超德  贵州辉汇电子科技有限公司  第1号 应诉通知书  贵州辉汇电子科技有限公司  2026-11-22         0
>   2026-1  王超德  贵州辉汇电子科技有限公司  第2号 受理通知书  王超德                    2026-11-22         0
>   2026-2  李华    贵阳某劳务有限公司        第1号 应诉通知书  贵阳某劳务有限公司        2026-11-22         0
>
! tiaocai: 警告: 2027 年国务院放假安排未载入, 暂按法定节假日计算

# ---- by post: the 答辩 period from the receipt ---------------------------

%env TIAOCAI_TODAY=2026-11-26

$ tiaocai case serve 2026-1 --doc 1 --method 邮寄 --on 2026-11-25 --by 王敏 --note 'EMS 1187654321'
> 已记录送达: 第1号 应诉通知书 给 r1 贵州辉汇电子科技有限公司, 邮寄, 2026-11-25 签收
> 送达被申请人期限: 已于 2026-11-25 完成 (届满日 2026-11-27)
> 被申请人答辩期限: 2026-12-07 届满 (当事人的期间)

$ tiaocai case show 2026-1 | grep -E '送达被申请人|被申请人答辩'
>   送达被申请人  2026-11-22  5日   2026-11-27     -  劳动争议调解仲裁法第三十条    已于 2026-11-25 全部送达
>   被申请人答辩  2026-11-25  10日  2026-12-07    11  劳动争议调解仲裁法第三十条    当事人的期间, 不计超期

# The journal has it; the case's version did not move.
$ tiaocai case show 2026-1 | grep -o '送达 第.*'
> 送达 第1号 应诉通知书 给 贵州辉汇电子科技有限公司: 邮寄, 2026-11-25 签收, 送达人 王敏 (EMS 1187654321)

# ---- refused, and nothing changes --------------------------------------
# A second service; a document the case does not have; another party than
# the addressee; a method that is not one; a day after today or before the
# document was made; a time that is not one; 留置 without its witness,
# 电子 without its time; a lawyer; no --on.

$ tiaocai case serve 2026-1 --doc 1 --method 直接 --on 2026-11-26
! tiaocai: 第 1 号应诉通知书已于 2026-11-25 以邮寄方式送达 贵州辉汇电子科技有限公司, 不能重复记录送达
? 1

$ tiaocai case serve 2026-1 --doc 9 --method 直接 --on 2026-11-26
! tiaocai: 文书: 本案没有第 9 号文书 (见 tiaocai doc list 所列编号)
? 1

$ tiaocai case serve 2026-1 --doc 1 --to a1 --method 直接 --on 2026-11-26
! tiaocai: 受送达人: 第 1 号应诉通知书是送给 r1 贵州辉汇电子科技有限公司 的, 不是 a1 王超德; 请送达其本人, 或为 a1 制作一份
? 1

$ tiaocai case serve 2026-1 --doc 2 --method 快递 --on 2026-11-26
! tiaocai: 送达方式: 「快递」不是送达方式, 应为 直接、留置、委托、邮寄、电子 或 公告
? 1

$ tiaocai case serve 2026-1 --doc 2 --method 直接 --on 2026-11-27
! tiaocai: 送达日期: 2026-11-27 晚于今天 (2026-11-26), 送达只能在送达之后记录
? 1

$ tiaocai case serve 2026-1 --doc 2 --method 直接 --on 2026-11-21
! tiaocai: 送达日期: 2026-11-21 早于第 2 号受理通知书的制作日期 2026-11-22
? 1

$ tiaocai case serve 2026-1 --doc 2 --method 直接 --on 2026-11-26 --at 9点半
! tiaocai: 送达时间: 「9点半」应写成 时:分, 如 09:30
? 1

$ tiaocai case serve 2026-1 --doc 2 --method 留置 --on 2026-11-26
! tiaocai: 留置送达须用 --note 写明拒收情况和见证人 (民事诉讼法第八十九条), 如 --note '拒收, 见证人 村委会 李四'
? 1

$ tiaocai case serve 2026-1 --doc 2 --method 电子 --on 2026-11-26
! tiaocai: 电子送达须用 --at 写明送达信息到达受送达人系统的时间 (民事诉讼法第九十条), 如 --at 10:30
? 1

$ tiaocai case link 2026-1 --lawyer lvshi >/dev/null && TIAOCAI_USER=lvshi tiaocai case serve 2026-1 --doc 2 --method 直接 --on 2026-11-26
! tiaocai: 代理律师只能查看案件, 不能记录送达
? 1

$ tiaocai case serve 2026-1 --doc 2 --method 直接
! tiaocai: case serve: 请用 --on 给出送达日期
! 用法: tiaocai case serve 案号 --doc 文书编号 --method 直接|留置|委托|邮寄|电子|公告 --on 日期
!                  [--to 当事人] [--at 时:分] [--by 送达人] [--address 送达地址] [--note 备注]
!       tiaocai case services 案号 [--format table|csv] [--header zh|en]
!       文书编号: tiaocai doc list 所列; 当事人: a1 r1 t1 或姓名 (不写即文书的受送达人);
!       日期: 邮寄为回执签收日, 电子为到达日 (--at 到达时间), 公告为公告之日 (满 30 日视为送达);
!       留置须 --note 写明见证人
? 2

$ tiaocai case services 2026-1
> 文书  名称        受送达人                  方式  送达日期    时间  视为送达  送达人  地址 / 备注
>    1  应诉通知书  r1 贵州辉汇电子科技有限…  邮寄  2026-11-25                  王敏    贵阳市白云区; EMS 1187654321

# The 受理通知书 by e-mail, opened at 10:30.
$ tiaocai case serve 2026-1 --doc 2 --method 电子 --on 2026-11-26 --at 10:30
> 已记录送达: 第2号 受理通知书 给 a1 王超德, 电子, 2026-11-26 10:30 到达

$ tiaocai case services 2026-1 --format csv --header en | tr -d '\r'
> "doc","kind","to","method","given_on","given_at","served_on","by","note"
> "1","respond-notice","贵州辉汇电子科技有限公司","邮寄","2026-11-25","","2026-11-25","王敏","EMS 1187654321"
> "2","accept-notice","王超德","电子","2026-11-26","10:30","2026-11-26","",""

# ---- 公告: deemed served 30 days on, its days out of the 审限 ---------------

$ tiaocai case show 2026-2 | grep 仲裁审限
>   仲裁审限      2026-11-22  45日  2027-01-06    41  劳动争议调解仲裁法第四十三条  2027 年国务院放假安排未载入, 暂按法定节假日计算

$ tiaocai case serve 2026-2 --doc 1 --method 公告 --on 2026-11-26 --note '人民法院报 第6版'
> 已记录送达: 第1号 应诉通知书 给 r1 贵阳某劳务有限公司, 公告, 2026-11-26 公告, 2026-12-28 视为送达
> 送达被申请人期限: 已于 2026-11-26 完成 (届满日 2026-11-27)
> 被申请人答辩期限: 2027-01-07 届满 (当事人的期间)
> 仲裁审限: 2027-02-09 届满

$ tiaocai case show 2026-2 | grep -E '仲裁审限|送达被申请人|被申请人答辩'
>   送达被申请人  2026-11-22  5日   2026-11-27     -  劳动争议调解仲裁法第三十条    已于 2026-11-26 全部送达
>   被申请人答辩  2026-12-28  10日  2027-01-07    42  劳动争议调解仲裁法第三十条    当事人的期间, 不计超期 2027 年国务院放假安排未载入, 暂按法定节假日计算
>   仲裁审限      2026-11-22  45日  2027-02-09    75  劳动争议调解仲裁法第四十三条  公告送达 32 天不计入 2027 年国务院放假安排未载入, 暂按法定节假日计算

# ---- the hearing notice ------------------------------------------------------

$ tiaocai case hearing 2026-1 --at '2026-12-07 09:30' --room 第一仲裁庭 --arbitrator 何文斌
>*
!*

$ tiaocai doc make 2026-1 开庭通知书 -o 开庭.txt
>*
!*

$ tiaocai case serve 2026-1 --doc 3 --method 直接 --on 2026-11-26
> 已记录送达: 第3号 开庭通知书 给 a1 王超德, 直接, 2026-11-26 签收

$ tiaocai hearings --format csv --header en | tr -d '\r'
> "case_no","start","minutes","room","chief","members","clerk","status","no","end","applicant","respondent","unnotified"
> "贵劳人仲案字〔2026〕第1号","2026-12-07 09:30","60","第一仲裁庭","何文斌","","","scheduled","1","2026-12-07 10:30","王超德","贵州辉汇电子科技有限公司","贵州辉汇电子科技有限公司"

%env TIAOCAI_TODAY=2026-12-03

# The respondent gets it 4 days before: not in time.
$ tiaocai case serve 2026-1 --doc 4 --method 邮寄 --on 2026-12-03
> 已记录送达: 第4号 开庭通知书 给 r1 贵州辉汇电子科技有限公司, 邮寄, 2026-12-03 签收

$ tiaocai hearings --format csv | tr -d '\r' | cut -d, -f1,2,13
> "案号","开庭时间","未依法通知"
> "贵劳人仲案字〔2026〕第1号","2026-12-07 09:30","贵州辉汇电子科技有限公司"

$ tiaocai agenda | sed -n '/^待送达/,$p'
> 待送达 共 0 件
>   无待送达文书
>
> 未依法通知 (14 日内的开庭) 共 1 件
>   案号    申请人  被申请人                  开庭时间          开庭地点    未依法通知
>   2026-1  王超德  贵州辉汇电子科技有限公司  2026-12-07 09:30  第一仲裁庭  贵州辉汇电子科技有限公司
! tiaocai: 警告: 2027 年国务院放假安排未载入, 暂按法定节假日计算

$ tiaocai report hearings --date 2026-12-07
>                                     贵阳市劳动人事争议仲裁委员会
>                                              开庭排期表
>                                         2026年12月7日 星期一
>                                                                                 制表日期：2026-12-03
>
> 第一仲裁庭
>   地址：贵阳市观山湖区仲裁院三楼
>   时间          案号                       申请人  被申请人                  仲裁庭  书记员
>   -----------------------------------------------------------------------------------------
>   09:30-10:30※  贵劳人仲案字〔2026〕第1号  王超德  贵州辉汇电子科技有限公司  何文斌
>
>   ※ 有当事人未按期收到开庭通知 (劳动争议调解仲裁法第三十五条): 09:30 2026-1 (1人)

# Found and served in person a week later: the 公告's days end there (7),
# and the 答辩 period runs from that day.
$ tiaocai case serve 2026-2 --doc 1 --method 直接 --on 2026-12-03
> 已记录送达: 第1号 应诉通知书 给 r1 贵阳某劳务有限公司, 直接, 2026-12-03 签收
> 被申请人答辩期限: 2026-12-14 届满 (当事人的期间)
> 仲裁审限: 2027-01-13 届满

$ tiaocai case serve 2026-2 --doc 1 --method 直接 --on 2026-12-03
! tiaocai: 第 1 号应诉通知书已于 2026-12-03 以直接方式送达 贵阳某劳务有限公司, 不能重复记录送达
? 1

$ tiaocai case show 2026-2 | grep 仲裁审限
>   仲裁审限      2026-11-22  45日  2027-01-13    41  劳动争议调解仲裁法第四十三条  公告送达 7 天不计入 2027 年国务院放假安排未载入, 暂按法定节假日计算
!*

$ tiaocai case services 2026-2
> 文书  名称        受送达人               方式  送达日期    时间  视为送达        送达人  地址 / 备注
>    1  应诉通知书  r1 贵阳某劳务有限公司  公告  2026-11-26        (直接送达在先)          人民法院报 第6版
>    1  应诉通知书  r1 贵阳某劳务有限公司  直接  2026-12-03

# ---- after the award ----------------------------------------------------------

%env TIAOCAI_TODAY=2026-12-07

$ tiaocai case hearing-held 2026-1 && tiaocai case award 2026-1 --amount 8000
>*
!*

$ printf '## 查明事实\n申请人于2026年3月入职被申请人处, 被申请人拖欠其2026年8月至10月工资8000元。\n## 裁决理由\n用人单位应当按时足额支付劳动者工资。\n' >节.txt && tiaocai doc edit 2026-1 裁决书 --file 节.txt && tiaocai doc make 2026-1 裁决书 -o 裁决.txt
>*
!*

%env TIAOCAI_TODAY=2026-12-10

$ tiaocai case serve 2026-1 --doc 5 --method 邮寄 --on 2026-12-09 && tiaocai case serve 2026-1 --doc 6 --method 直接 --on 2026-12-10 --by 王敏
> 已记录送达: 第5号 裁决书 给 a1 王超德, 邮寄, 2026-12-09 签收
> 不服裁决起诉期限: 2026-12-24 届满 (当事人的期间)
> 已记录送达: 第6号 裁决书 给 r1 贵州辉汇电子科技有限公司, 直接, 2026-12-10 签收
> 申请撤销终局裁决期限: 2027-01-11 届满 (当事人的期间)

# A final award took effect the day it was made (调解仲裁法 Art 47).
$ tiaocai case show 2026-1 | grep '^生效'
> 生效: 终局裁决自作出之日 2026-12-07 起生效

$ tiaocai case show 2026-1 | grep -E '不服裁决起诉|申请撤销终局裁决'
>   不服裁决起诉      2026-12-09  15日  2026-12-24    14  劳动争议调解仲裁法第四十八条、第五十条  当事人的期间, 不计超期
>   申请撤销终局裁决  2026-12-10  30日  2027-01-11    32  劳动争议调解仲裁法第四十九条            当事人的期间, 不计超期 2027 年国务院放假安排未载入, 暂按法定节假日计算

$ tiaocai case list --overdue
> 案号                       申请人  被申请人             请求金额  阶段    届满日      剩余
> 贵劳人仲案字〔2026〕第2号  李华    贵阳某劳务有限公司  ¥6,000.00  已立案  2026-11-27   -13

$ tiaocai check | sed -E 's/链头 [0-9a-f]{16}/链头 …/; s/用时 [0-9]+\.[0-9] 秒/用时 …/'; exit ${PIPESTATUS[0]}
> 数据库完整性: 正常
> 日志链: 正常, 共 32 条, 链头 …
> 案件与日志: 已核对 2 件, 全部一致
> 期限缓存: 已核对未结案件 2 件, 全部一致
> 统计计数: 已核对已推算的案件 0 件, 全部一致
> 全面核对: 已核对日志 32 条 (自第 1 条起), 重放案件 2 件, 用时 …; 核对点记为日志第 32 条
