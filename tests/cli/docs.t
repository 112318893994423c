# docs.t - the documents of a case made from its data (tiaocai(5),
# DOCUMENTS and TEMPLATES) and their service (SERVICE), followed day by
# day: what a case needs once it has had its events, each document as text
# and as PDF, made again the same until the case changes, the hearing's
# notice served in time or not, the award's sections written in the
# editor, an award in two (终局, 非终局), the periods that run from the
# award's service, and an office's own template.

# Under AddressSanitizer (make check-asan) cairo's font subsetting and
# fontconfig's configuration keep a few blocks to the end: theirs, not ours.
$ printf 'leak:libcairo.so\nleak:libfontconfig.so\n' >lsan.supp
%env LSAN_OPTIONS=suppressions=lsan.supp:print_suppressions=0

$ tiaocai --db t.db init
> 已新建数据库 t.db (贵阳市劳动人事争议仲裁委员会)

$ tiaocai user add --login "$(id -un)" --name 管理员 --role admin | sed "s/ $(id -un)\$/ LOGIN/"
> 已登记用户 LOGIN

$ tiaocai roster import "$DATA/roster.csv" && tiaocai user add --login zhengli --name 郑丽 --role clerk && tiaocai user add --login lvshi --name 周律师 --role lawyer && tiaocai room add 第一仲裁庭 --address 贵阳市观山湖区长岭北路仲裁院三楼
> 已导入名册: 组织 9 个, 人员 31 名
> 已登记用户 zhengli
> 已登记用户 lvshi
> 已登记开庭地点 第一仲裁庭

# The office keeps its documents here from November on (init gave today).
$ tiaocai config documents_since 2026-11-01
> 2026-11-01
$ tiaocai config documents_since 十一月一日
! tiaocai: 文书与送达记录起始日: 日期格式不对: 十一月一日 (可写 2026-11-22、2026/11/22、20261122 或 2026年11月22日)
? 1

%env TIAOCAI_USER=zhengli
%env TIAOCAI_TODAY=2026-11-02

# A worker against the contractor and the developer, for wages (final up to
# 12 months' minimum wage) and for a bonus (其他: never final).
$ tiaocai case add --applicant 王超德 --applicant-id 522622199003101006 --address 贵州省凯里市北京东路12号 --employer 贵州黔城建工集团有限公司 --address 贵州省贵阳市观山湖区林城西路88号 --employer 贵阳某置业有限公司 --claim 工资:15600 --claim 其他:3000 --lawyer lvshi
> 贵劳人仲案字〔2026〕第1号

# Nothing is due before the case is accepted; refused, and named.
$ tiaocai doc list 2026-1
> 本案尚未制作文书
$ tiaocai doc make 2026-1 受理通知书
! tiaocai: 本案没有「受理」, 不能制作受理通知书
? 1

%env TIAOCAI_TODAY=2026-11-03

$ tiaocai case accept 2026-1
> 贵劳人仲案字〔2026〕第1号: 收案 -> 已立案, 组庭通知届满 2026-11-09
$ tiaocai doc list 2026-1
> 本案尚未制作文书
>
> 待制作:
>   受理通知书 送 王超德  自 2026-11-03
>   应诉通知书 送 贵州黔城建工集团有限公司  自 2026-11-03
>   应诉通知书 送 贵阳某置业有限公司  自 2026-11-03
>   举证通知书 送 王超德  自 2026-11-03
>   举证通知书 送 贵州黔城建工集团有限公司  自 2026-11-03
>   举证通知书 送 贵阳某置业有限公司  自 2026-11-03

# The morning's list: every document the case lacks, in the agenda too.
$ tiaocai agenda --office | sed -n '/^待制作/,/^$/p'
> 待制作 共 6 件
>   案号    申请人  被申请人                        文书        受送达人                  应制作自    已等天数
>   2026-1  王超德  贵州黔城建工集团有限公司、贵…   受理通知书  王超德                    2026-11-03         0
>   2026-1  王超德  贵州黔城建工集团有限公司、贵…   应诉通知书  贵州黔城建工集团有限公司  2026-11-03         0
>   2026-1  王超德  贵州黔城建工集团有限公司、贵…   应诉通知书  贵阳某置业有限公司        2026-11-03         0
>   2026-1  王超德  贵州黔城建工集团有限公司、贵…   举证通知书  王超德                    2026-11-03         0
>   2026-1  王超德  贵州黔城建工集团有限公司、贵…   举证通知书  贵州黔城建工集团有限公司  2026-11-03         0
>   2026-1  王超德  贵州黔城建工集团有限公司、贵…   举证通知书  贵阳某置业有限公司        2026-11-03         0
>

# The 受理通知书, as text: the office, the title, the case number, the
# addressee, the days received and accepted; then its 送达回证.
$ tiaocai doc make 2026-1 受理通知书 > a.txt; for w in 贵阳市劳动人事争议仲裁委员会 受理通知书 贵劳人仲案字〔2026〕第1号 王超德： 2026年11月2日 2026年11月3日 送达回证 本案第1号文书; do grep -c "$w" a.txt; done
> 3
> 2
> 2
> 1
> 1
> 2
> 1
> 1
! 第1号 受理通知书 (王超德): 已制作

# Made again with nothing changed: the same text, under its number and day.
$ tiaocai doc make 2026-1 受理通知书 | cmp - a.txt && echo same
> same
! 第1号 受理通知书 (王超德): 案件未变, 与 2026-11-03 所制相同

# The 应诉通知书 to each respondent, as a PDF: both names, the claims, the
# 10 days for a defence, no field left unfilled.
$ tiaocai doc make 2026-1 应诉通知书 -o r.pdf && pdftotext r.pdf - | tr -d ' \n' > r.txt && for w in 贵州黔城建工集团有限公司： 贵阳某置业有限公司： 15,600.00元 答辩 十日; do grep -c "$w" r.txt; done; grep -c '{' r.txt
> 1
> 1
> 1
> 1
> 1
> 0
! 第2号 应诉通知书 (贵州黔城建工集团有限公司): 已制作
! 第3号 应诉通知书 (贵阳某置业有限公司): 已制作
! tiaocai: 已写入 r.pdf (6 页)
? 1

# A lawyer reads the list, and makes nothing.
$ TIAOCAI_USER=lvshi tiaocai doc make 2026-1 举证通知书
! tiaocai: 代理律师只能查看案件, 不能制作文书
? 1
$ TIAOCAI_USER=lvshi tiaocai doc list 2026-1 --format csv --header en
> "doc","kind","to","made_on","served_on","method","part","hearing","made_by","current","to_ref"
> "1","accept-notice","王超德","2026-11-03","","","","","郑丽","yes","a1"
> "2","respond-notice","贵州黔城建工集团有限公司","2026-11-03","","","","","郑丽","yes","r1"
> "3","respond-notice","贵阳某置业有限公司","2026-11-03","","","","","郑丽","yes","r2"

%env TIAOCAI_TODAY=2026-11-04

# The case changes (a respondent's name corrected): made afresh under a new
# number and the day of the acceptance it records; the old one replaced.
$ tiaocai case party edit 2026-1 r2 --name 贵阳某置业发展有限公司 --reason 名称更正 >/dev/null && tiaocai doc make 2026-1 受理通知书 | tr -d '\n' | grep -c 贵阳某置业发展有限公司
> 1
! 第4号 受理通知书 (王超德): 内容已有变化 (案件或文书样式改动), 重新制作 (原第1号不再使用)
$ tiaocai doc list 2026-1
> 号  文书        受送达人                  制作        送达    方式  备注
> 1   受理通知书  王超德                    2026-11-03  未送达        已重新制作
> 2   应诉通知书  贵州黔城建工集团有限公司  2026-11-03  未送达
> 3   应诉通知书  贵阳某置业发展有限公司    2026-11-03  未送达
> 4   受理通知书  王超德                    2026-11-03  未送达
>
> 待制作:
>   举证通知书 送 王超德  自 2026-11-03
>   举证通知书 送 贵州黔城建工集团有限公司  自 2026-11-03
>   举证通知书 送 贵阳某置业发展有限公司  自 2026-11-03

# ---- service ------------------------------------------------------------

%env TIAOCAI_TODAY=2026-11-10

# By post to the contractor, received on 11-10: its 答辩 period runs to
# 11-20; the developer not yet served, so the clock to serve runs on.
$ tiaocai case serve 2026-1 --doc 2 --to r1 --method 邮寄 --on 2026-11-10 --note '运单号 1180012345678'
> 已记录送达: 第2号 应诉通知书 给 r1 贵州黔城建工集团有限公司, 邮寄, 2026-11-10 签收
> 被申请人答辩期限: 2026-11-20 届满 (当事人的期间)
$ tiaocai case show 2026-1 | grep -E '送达被申请人|被申请人答辩|仲裁审限'
>   送达被申请人  2026-11-03  5日   2026-11-09    -1  劳动争议调解仲裁法第三十条    未送达: r2 贵阳某置业发展有限公司
>   被申请人答辩  2026-11-10  10日  2026-11-20    10  劳动争议调解仲裁法第三十条    r1 贵州黔城建工集团有限公司 2026-11-20 届满; r2 贵阳某置业发展有限公司 未送达; 当事人的期间, 不计超期
>   仲裁审限      2026-11-03  45日  2026-12-18    38  劳动争议调解仲裁法第四十三条

%env TIAOCAI_TODAY=2026-11-12

# The developer cannot be found: 公告 on 11-12, deemed served when 30 days
# have passed (12-12, a Saturday: the Monday after, 民事诉讼法 Art 85);
# those days are not counted in the 审限, which moves from 12-18.
$ tiaocai case serve 2026-1 --doc 3 --to r2 --method 公告 --on 2026-11-12 --note 人民法院公告网
> 已记录送达: 第3号 应诉通知书 给 r2 贵阳某置业发展有限公司, 公告, 2026-11-12 公告, 2026-12-14 视为送达
> 送达被申请人期限: 已于 2026-11-12 完成 (届满日 2026-11-09)
> 被申请人答辩期限: 2026-12-24 届满 (当事人的期间)
> 仲裁审限: 2027-01-19 届满
$ tiaocai case show 2026-1 | grep -E '送达被申请人|被申请人答辩|仲裁审限'
>   送达被申请人  2026-11-03  5日   2026-11-09     -  劳动争议调解仲裁法第三十条    已于 2026-11-12 全部送达
>   被申请人答辩  2026-12-14  10日  2026-12-24    42  劳动争议调解仲裁法第三十条    r1 贵州黔城建工集团有限公司 2026-11-20 届满; r2 贵阳某置业发展有限公司 2026-12-24 届满; 当事人的期间, 不计超期
>   仲裁审限      2026-11-03  45日  2027-01-19    68  劳动争议调解仲裁法第四十三条  公告送达 32 天不计入 2027 年国务院放假安排未载入, 暂按法定节假日计算
$ tiaocai case services 2026-1 --format csv --header en
> "doc","kind","to","method","given_on","given_at","served_on","by","note"
> "2","respond-notice","贵州黔城建工集团有限公司","邮寄","2026-11-10","","2026-11-10","","运单号 1180012345678"
> "3","respond-notice","贵阳某置业发展有限公司","公告","2026-11-12","","2026-12-14","","人民法院公告网"

# ---- the tribunal and the hearing -----------------------------------------

%env TIAOCAI_TODAY=2026-11-16

$ tiaocai case tribunal 2026-1 --sole 岑光明 && tiaocai case hearing 2026-1 --at '2026-11-27 09:30' --room 第一仲裁庭
> 贵劳人仲案字〔2026〕第1号: 已立案 -> 已立案, 仲裁审限届满 2027-01-19
> 贵劳人仲案字〔2026〕第1号: 已立案 -> 审理中, 仲裁审限届满 2027-01-19
! tiaocai: 警告: 2027 年国务院放假安排未载入, 暂按法定节假日计算
! tiaocai: 警告: 2027 年国务院放假安排未载入, 暂按法定节假日计算

# The 开庭通知书 to every party: the time, the room and its address, the
# arbitrator, and what absence means for each side.
$ tiaocai doc make 2026-1 开庭通知书 -o h.pdf && pdftotext h.pdf - | tr -d ' \n' > h.txt && for w in 2026年11月27日 上午9时30分 第一仲裁庭 长岭北路仲裁院三楼 岑光明 撤回 缺席; do grep -c "$w" h.txt; done
> 1
> 1
> 1
> 1
> 1
> 1
> 1
! 第5号 开庭通知书 (王超德): 已制作
! 第6号 开庭通知书 (贵州黔城建工集团有限公司): 已制作
! 第7号 开庭通知书 (贵阳某置业发展有限公司): 已制作
! tiaocai: 已写入 h.pdf (9 页)

# The worker served in person 6 days ahead; the contractor's e-mail opened
# only 3 days ahead; the developer deemed served by 公告 only on 12-14.
%env TIAOCAI_TODAY=2026-11-21
$ tiaocai doc list 2026-1 | grep 开庭通知书
> 5   开庭通知书  王超德                    2026-11-16  未送达            第 1 次开庭
> 6   开庭通知书  贵州黔城建工集团有限公司  2026-11-16  未送达            第 1 次开庭
> 7   开庭通知书  贵阳某置业发展有限公司    2026-11-16  未送达            第 1 次开庭
$ tiaocai case serve 2026-1 --doc 5 --to a1 --method 直接 --on 2026-11-21 --at 10:15
> 已记录送达: 第5号 开庭通知书 给 a1 王超德, 直接, 2026-11-21 10:15 签收
%env TIAOCAI_TODAY=2026-11-24
$ tiaocai case serve 2026-1 --doc 6 --method 电子 --on 2026-11-24
! tiaocai: 电子送达须用 --at 写明送达信息到达受送达人系统的时间 (民事诉讼法第九十条), 如 --at 10:30
? 1
$ tiaocai case serve 2026-1 --doc 6 --method 电子 --on 2026-11-24 --at 08:40
> 已记录送达: 第6号 开庭通知书 给 r1 贵州黔城建工集团有限公司, 电子, 2026-11-24 08:40 到达

$ tiaocai case show 2026-1 | grep 未依法通知
> 第 1 次开庭 (2026-11-27 09:30) 未依法通知: 贵州黔城建工集团有限公司、贵阳某置业发展有限公司 (开庭通知书未在开庭前五日送达)
$ tiaocai hearings --case 2026-1 --format csv --header en
> "case_no","start","minutes","room","chief","members","clerk","status","no","end","applicant","respondent","unnotified"
> "贵劳人仲案字〔2026〕第1号","2026-11-27 09:30","60","第一仲裁庭","岑光明","","","scheduled","1","2026-11-27 10:30","王超德","贵州黔城建工集团有限公司、贵阳某置业发展有限公司","贵州黔城建工集团有限公司、贵阳某置业发展有限公司"

# The agenda lists what waits to be served and the hearing not notified.
$ tiaocai agenda --office | sed -n '/^待送达/,$p'
> 待送达 共 2 件
>   案号    申请人  被申请人                        文书              受送达人                制作日期    已等天数
>   2026-1  王超德  贵州黔城建工集团有限公司、贵…   第4号 受理通知书  王超德                  2026-11-03        21
>   2026-1  王超德  贵州黔城建工集团有限公司、贵…   第7号 开庭通知书  贵阳某置业发展有限公司  2026-11-16         8
>
> 未依法通知 (14 日内的开庭) 共 1 件
>   案号    申请人  被申请人                        开庭时间          开庭地点    未依法通知
>   2026-1  王超德  贵州黔城建工集团有限公司、贵…   2026-11-27 09:30  第一仲裁庭  贵州黔城建工集团有限公司、贵阳某置业发展有限公司
! tiaocai: 警告: 2027 年国务院放假安排未载入, 暂按法定节假日计算

# ---- the award ------------------------------------------------------------

%env TIAOCAI_TODAY=2026-11-27

$ tiaocai case hearing-held 2026-1 --absent respondent
> 贵劳人仲案字〔2026〕第1号: 审理中 -> 审理中, 仲裁审限届满 2027-01-19
! tiaocai: 警告: 被申请人未到庭: 被申请人经书面通知无正当理由拒不到庭的, 可以缺席裁决 (劳动争议调解仲裁法第三十六条)
! tiaocai: 警告: 2027 年国务院放假安排未载入, 暂按法定节假日计算

%env TIAOCAI_TODAY=2026-12-01

# Wages 15,600 (within 12 months' minimum wage: final) and the bonus 2,000
# (其他: never final): one award, two 裁决书.
$ tiaocai case award 2026-1 --amount 1:15600 --amount 2:2000
> 贵劳人仲案字〔2026〕第1号: 审理中 -> 结案 (部分终局裁决)

# Its facts and reasons are the arbitrator's to write first.
$ tiaocai doc make 2026-1 裁决书
! tiaocai: 裁决书的「查明事实」尚未填写: 请用 tiaocai doc edit 2026-1 award 填写
? 1

$ printf '#!/bin/sh\nsed -i -e "s/^## 查明事实$/&\\\\n\\\\n申请人于2026年3月入职被申请人处从事钢筋工, 被申请人未支付2026年5月至7月的工资。/" -e "s/^## 裁决理由$/&\\\\n\\\\n被申请人应当支付申请人工资。/" "$1"\n' > ed.sh && chmod +x ed.sh && EDITOR=$PWD/ed.sh tiaocai doc edit 2026-1 裁决书
> 已保存裁决书的填写内容 (制作时写入)
$ EDITOR=true tiaocai doc edit 2026-1 裁决书
> 裁决书的填写内容没有改动
$ EDITOR=false tiaocai doc edit 2026-1 裁决书
! tiaocai: 编辑器没有正常退出, 未保存任何内容
? 1

# Two documents to each party, each with its own items and remedy; the
# facts in all six.
$ tiaocai doc make 2026-1 裁决书 --to a1 > w.txt; grep -E '^ *(非)?终局裁决书$|^.{2}1\. |不起诉|申请撤销裁决' w.txt | sed 's/^ *//; s/　　//' 
> 终局裁决书
> 1. 工资15,600.00元；
> 之日起三十日内向本委所在地的中级人民法院申请撤销裁决。
> 非终局裁决书
> 1. 其他2,000.00元；
> 满不起诉的，本裁决书发生法律效力。
! 第8号 裁决书 (王超德): 已制作
! 第9号 裁决书 (王超德): 已制作
$ tiaocai doc make 2026-1 裁决书 -o award.pdf && pdftotext award.pdf - | tr -d ' \n' | grep -o '钢筋工' | wc -l
> 6
! 第8号 裁决书 (王超德): 案件未变, 与 2026-12-01 所制相同
! 第9号 裁决书 (王超德): 案件未变, 与 2026-12-01 所制相同
! 第10号 裁决书 (贵州黔城建工集团有限公司): 已制作
! 第11号 裁决书 (贵州黔城建工集团有限公司): 已制作
! 第12号 裁决书 (贵阳某置业发展有限公司): 已制作
! 第13号 裁决书 (贵阳某置业发展有限公司): 已制作
! tiaocai: 已写入 award.pdf (18 页)

# ---- after the award --------------------------------------------------------

%env TIAOCAI_TODAY=2026-12-03

$ tiaocai doc list 2026-1 | grep 裁决书
> 8   裁决书 (终局)    王超德                    2026-12-01  未送达
> 9   裁决书 (非终局)  王超德                    2026-12-01  未送达
> 10  裁决书 (终局)    贵州黔城建工集团有限公司  2026-12-01  未送达
> 11  裁决书 (非终局)  贵州黔城建工集团有限公司  2026-12-01  未送达
> 12  裁决书 (终局)    贵阳某置业发展有限公司    2026-12-01  未送达
> 13  裁决书 (非终局)  贵阳某置业发展有限公司    2026-12-01  未送达
$ tiaocai case serve 2026-1 --doc 8 --method 直接 --on 2026-12-02 && tiaocai case serve 2026-1 --doc 9 --method 直接 --on 2026-12-02 && tiaocai case serve 2026-1 --doc 10 --method 邮寄 --on 2026-12-03 && tiaocai case serve 2026-1 --doc 11 --method 邮寄 --on 2026-12-03
> 已记录送达: 第8号 裁决书 (终局) 给 a1 王超德, 直接, 2026-12-02 签收
> 不服裁决起诉期限: 2026-12-17 届满 (当事人的期间)
> 已记录送达: 第9号 裁决书 (非终局) 给 a1 王超德, 直接, 2026-12-02 签收
> 已记录送达: 第10号 裁决书 (终局) 给 r1 贵州黔城建工集团有限公司, 邮寄, 2026-12-03 签收
> 申请撤销终局裁决期限: 2027-01-04 届满 (当事人的期间)
> 已记录送达: 第11号 裁决书 (非终局) 给 r1 贵州黔城建工集团有限公司, 邮寄, 2026-12-03 签收
> 不服裁决起诉期限: 2026-12-18 届满 (当事人的期间)
$ tiaocai case show 2026-1 | grep -E '^  (不服裁决起诉|申请撤销)|^生效' | sed -E 's/  +/ /g'
> 生效: 终局部分自作出之日 2026-12-01 起生效
>  不服裁决起诉 2026-12-03 15日 2026-12-18 15 劳动争议调解仲裁法第四十八条、第五十条 a1 王超德 2026-12-17 届满; r1 贵州黔城建工集团有限公司 2026-12-18 届满; r2 贵阳某置业发展有限公司 未送达; 当事人的期间, 不计超期
>  申请撤销终局裁决 2026-12-03 30日 2027-01-04 32 劳动争议调解仲裁法第四十九条 r1 贵州黔城建工集团有限公司 2027-01-04 届满; r2 贵阳某置业发展有限公司 未送达; 当事人的期间, 不计超期 2027 年国务院放假安排未载入, 暂按法定节假日计算

# ---- an office's own template ----------------------------------------------

$ mkdir forms && tiaocai doc make 2026-1 举证通知书 --to a1 >/dev/null 2>&1; sed 's/^%title {office}$/%title {office}（第二分院）/' "$TOP/forms/evidence-notice.tpl" > forms/evidence-notice.tpl && TIAOCAI_FORMS=$PWD/forms tiaocai doc make 2026-1 举证通知书 --to a1 | head -2 | sed 's/^ *//'
> 贵阳市劳动人事争议仲裁委员会（第二分院）
> 举证通知书
! 第15号 举证通知书 (王超德): 内容已有变化 (案件或文书样式改动), 重新制作 (原第14号不再使用)
$ printf '%%title {office}\n%%caseno\n{to.name}:\n请于{evidence.deadline}前举证。\n' > forms/evidence-notice.tpl && TIAOCAI_FORMS=$PWD/forms tiaocai doc make 2026-1 举证通知书 --to a1 2>&1 | sed "s|$PWD|.|"
> tiaocai: ./forms/evidence-notice.tpl:4: 未知字段 {evidence.deadline}

# ---- a settlement by a mediator ----------------------------------------------

# Settled in mediation, not before a tribunal: the 调解书 names the mediator
# and leaves no sentence half written.
$ tiaocai case add --applicant 李华 --applicant-id 522622199004111011 --employer 贵阳某劳务有限公司 --claim 工资:9000 --received 2026-11-25 >/dev/null && tiaocai case accept 2026-2 --on 2026-11-26 >/dev/null && tiaocai case mediate 2026-2 --on 2026-11-26 --mediator 陈立平 >/dev/null && tiaocai case settle 2026-2 --on 2026-12-02 --amount 8000 >/dev/null; printf '## 案情\n申请人请求支付拖欠的工资。\n## 履行方式\n被申请人于签收之日当场支付。\n' > s.txt && tiaocai doc edit 2026-2 调解书 --file s.txt && tiaocai doc make 2026-2 调解书 --to a1 2>/dev/null | tr -d '\n' | grep -o -e '由调解员[^。]*。' -e '本案经调解' -e '依法。' -e '当场支付。'
> 已保存调解书的填写内容 (制作时写入)
> 由调解员陈立平主持调解。
> 本案经调解
> 当场支付。
! tiaocai: 警告: 2027 年国务院放假安排未载入, 暂按法定节假日计算
! tiaocai: 警告: 2027 年国务院放假安排未载入, 暂按法定节假日计算
