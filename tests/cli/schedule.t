# schedule.t - the 开庭排期表 (`report hearings`): the hearings of one day,
# room by room in the order a clerk counts the rooms (第二 before 第十,
# whatever the byte order), each with its address, the tribunal in one cell
# and the 书记员; postponed and cancelled hearings left out; one room only;
# an empty day; what a lawyer's sheet holds and says; the A4 PDF read back
# with pdftotext.  Today is Sun 2026-11-22; the day is Mon 2026-11-30.

# Under AddressSanitizer cairo and fontconfig keep a few blocks to the end
# (as in pdf.t).
$ printf 'leak:libcairo.so\nleak:libfontconfig.so\n' >lsan.supp
%env LSAN_OPTIONS=suppressions=lsan.supp:print_suppressions=0

$ tiaocai init && tiaocai user add --login "$(id -un)" --name 管理员 --role admin && tiaocai roster import "$DATA/roster.csv"
>*

$ tiaocai user add --login wangmin --name 王敏 --role clerk && tiaocai user add --login zhengli --name 郑丽 --role clerk && tiaocai user add --login lvshi --name 周律师 --role lawyer
>*

# Added out of order; 第十 sorts after 第二 although 十 comes first in
# Unicode, and 第三 (三 before 二 in Unicode) between them.
$ tiaocai room add 第十仲裁庭 --capacity 16 && tiaocai room add 速裁庭 --fast 是 --capacity 12 --address 贵阳市观山湖区长岭北路仲裁院一楼 && tiaocai room add 第二仲裁庭 --capacity 20 --address 仲裁院三楼东侧 && tiaocai room add 第三仲裁庭 --capacity 20
>*

$ tiaocai case add --applicant 张明 --applicant-id 522622199003101006 --employer 贵州黔城建工集团有限公司 --claim 工资:8000 --received 2026-11-02 && tiaocai case add --applicant 李华 --applicant-id 522622199004111011 --employer 贵阳某劳务有限公司 --claim 工资:9000 --received 2026-11-02 --lawyer lvshi && tiaocai case add --applicant 王芳芳 --applicant-id 522622199005121027 --employer 贵州凯晟建设有限公司 --claim 工资:7000 --received 2026-11-02 && tiaocai case add --applicant 赵强 --applicant-id 522622199006131032 --employer 贵州众宇物流有限公司 --claim 工资:6000 --received 2026-11-02 --fast && tiaocai case add --applicant 工人A --applicant-id 522622199009161069 --applicant 工人B --applicant-id 52262219901017107X --applicant 工人C --applicant-id 522622199011181085 --applicant 工人D --applicant-id 522622199003191099 --applicant 工人E --applicant-id 522622199004201105 --applicant 工人F --applicant-id 522622199005211110 --applicant 工人G --applicant-id 522622199006221126 --applicant 工人H --applicant-id 522622199007231131 --applicant 工人I --applicant-id 522622199008241147 --applicant 工人J --applicant-id 522622199009251152 --employer 贵州省黔南布依族苗族自治州某某房地产开发有限责任公司 --claim 工资:120000 --received 2026-11-02 && tiaocai case add --applicant 周杰 --applicant-id 522622199008151053 --employer 贵州安佳铝业有限公司 --claim 工资:4000 --received 2026-11-02
>*
!*

$ for n in 1 2 3 4 5 6; do tiaocai case accept 2026-$n --on 2026-11-03 >/dev/null || exit 1; done; echo ok
> ok

# Case 5 (ten workers) before a bench of three with a 书记员; case 1 before
# a sole arbitrator with one.
$ tiaocai case tribunal 2026-5 --chief 宋佳 --member 蒋涛 --member 熊春梅 --clerk zhengli --on 2026-11-05 && tiaocai case tribunal 2026-1 --sole 岑光明 --clerk wangmin --on 2026-11-05
>*

# Mon 11-30: 速裁庭 at 09:30 and 10:30, 第二仲裁庭 at 09:00 and 14:30; case 3
# at 09:00 in 第十仲裁庭 is cancelled, and case 6's hearing at 15:00 in
# 第三仲裁庭 is moved to 10:00 in 第十仲裁庭: only the new time is on the
# sheet.
$ tiaocai case hearing 2026-1 --at '2026-11-30 10:30' --room 速裁庭 && tiaocai case hearing 2026-4 --at '2026-11-30 09:30' --room 速裁庭 --arbitrator 袁媛 && tiaocai case hearing 2026-5 --at '2026-11-30 14:30' --minutes 90 --room 第二仲裁庭 && tiaocai case hearing 2026-2 --at '2026-11-30 09:00' --room 第二仲裁庭 --arbitrator 马骁 && tiaocai case hearing 2026-3 --at '2026-11-30 09:00' --room 第十仲裁庭 --arbitrator 石磊 && tiaocai case hearing 2026-6 --at '2026-11-30 15:00' --room 第三仲裁庭 --arbitrator 何文斌
>*

$ tiaocai case hearing-cancel 2026-3 --reason 申请人撤回开庭申请 && tiaocai case hearing-postpone 2026-6 --reason 仲裁员另有庭审 --at '2026-11-30 10:00' --room 第十仲裁庭
>*

# ---- the day, every room -------------------------------------------------

# The long names are cut in the text (the PDF wraps them), the time and
# the case number never.
$ tiaocai report hearings --date 2026-11-30
>                                     贵阳市劳动人事争议仲裁委员会
>                                              开庭排期表
>                                        2026年11月30日 星期一
>                                                                                 制表日期：2026-11-22
>
> 第二仲裁庭
>   地址：仲裁院三楼东侧
>   时间          案号                       申请人       被申请人           仲裁庭             书记员
>   --------------------------------------------------------------------------------------------------
>   09:00-10:00※  贵劳人仲案字〔2026〕第2号  李华         贵阳某劳务有限公…  马骁
>   14:30-16:00※  贵劳人仲案字〔2026〕第5号  工人A等10人  贵州省黔南布依族…  宋佳（首席）、蒋…  郑丽
>
>   ※ 有当事人未按期收到开庭通知 (劳动争议调解仲裁法第三十五条): 09:00 2026-2 (2人); 14:30 2026-5 (11
>   人)
>
> 第十仲裁庭
>   时间          案号                       申请人  被申请人              仲裁庭  书记员
>   -------------------------------------------------------------------------------------
>   10:00-11:00※  贵劳人仲案字〔2026〕第6号  周杰    贵州安佳铝业有限公司  何文斌
>
>   ※ 有当事人未按期收到开庭通知 (劳动争议调解仲裁法第三十五条): 10:00 2026-6 (2人)
>
> 速裁庭
>   地址：贵阳市观山湖区长岭北路仲裁院一楼
>   时间          案号                         申请人  被申请人                  仲裁庭  书记员
>   -------------------------------------------------------------------------------------------
>   09:30-10:30※  贵劳人仲速裁字〔2026〕第4号  赵强    贵州众宇物流有限公司      袁媛
>   10:30-11:30※  贵劳人仲案字〔2026〕第1号    张明    贵州黔城建工集团有限公司  岑光明  王敏
>
>   ※ 有当事人未按期收到开庭通知 (劳动争议调解仲裁法第三十五条): 09:30 2026-4 (2人); 10:30 2026-1 (2人
>   )

# ---- one room ----------------------------------------------------------

$ tiaocai report hearings --date 2026-11-30 --room 速裁庭
>                                     贵阳市劳动人事争议仲裁委员会
>                                              开庭排期表
>                                    2026年11月30日 星期一　速裁庭
>                                                                                 制表日期：2026-11-22
>
> 速裁庭
>   地址：贵阳市观山湖区长岭北路仲裁院一楼
>   时间          案号                         申请人  被申请人                  仲裁庭  书记员
>   -------------------------------------------------------------------------------------------
>   09:30-10:30※  贵劳人仲速裁字〔2026〕第4号  赵强    贵州众宇物流有限公司      袁媛
>   10:30-11:30※  贵劳人仲案字〔2026〕第1号    张明    贵州黔城建工集团有限公司  岑光明  王敏
>
>   ※ 有当事人未按期收到开庭通知 (劳动争议调解仲裁法第三十五条): 09:30 2026-4 (2人); 10:30 2026-1 (2人
>   )

# A room with nothing that day, and a day with nothing anywhere (today, by
# default: Sunday).
$ tiaocai report hearings --date 2026-11-30 --room 第三仲裁庭 | tail -n 2
>                                                                                 制表日期：2026-11-22
>   本日无开庭安排

$ tiaocai report hearings
>                                     贵阳市劳动人事争议仲裁委员会
>                                              开庭排期表
>                                        2026年11月22日 星期日
>                                                                                 制表日期：2026-11-22
>   本日无开庭安排

# A room the office does not have, a day that is not one.
$ tiaocai report hearings --date 2026-11-30 --room 第一仲裁庭
! tiaocai: 开庭地点: 没有「第一仲裁庭」, 现有: 第二仲裁庭、第三仲裁庭、第十仲裁庭、速裁庭
? 1

$ tiaocai report hearings --date 2026-11-31
! tiaocai: --date: 没有这一天: 2026-11-31
? 1

$ tiaocai report hearings --week 2026-W49
!*
? 2

# ---- a lawyer's sheet --------------------------------------------------

# A lawyer sees the hearings of the cases linked to them, and the sheet
# says it is not the rooms' whole day.
$ TIAOCAI_USER=lvshi tiaocai report hearings --date 2026-11-30 | sed 1,4d
>   本表仅列出您代理的案件的开庭，不是各开庭地点的全部安排。
>
> 第二仲裁庭
>   地址：仲裁院三楼东侧
>   时间          案号                       申请人  被申请人            仲裁庭  书记员
>   -----------------------------------------------------------------------------------
>   09:00-10:00※  贵劳人仲案字〔2026〕第2号  李华    贵阳某劳务有限公司  马骁
>
>   ※ 有当事人未按期收到开庭通知 (劳动争议调解仲裁法第三十五条): 09:00 2026-2 (2人)

# ---- on paper ------------------------------------------------------------

$ tiaocai report hearings --date 2026-11-30 -o 排期.pdf
! tiaocai: 已写入开庭排期表 排期.pdf (1 页)

$ pdfinfo 排期.pdf | grep -E '^(Pages|Page size|Title):'
> Title:           开庭排期表
> Pages:           1
> Page size:       595.28 x 841.89 pts (A4)

$ pdffonts 排期.pdf | sed 1,2d | awk '{print $(NF-4), $(NF-3)}' | sort -u
> yes yes

# The header, each room with its address, each hearing a row: pdftotext
# -raw reads the cells in the order they are drawn; the lines of a cell
# that wraps (the long respondent, the bench of three) are joined back, so
# every name is seen whole.
$ pdftotext -raw 排期.pdf - | tr -d '\f' | awk '/^([0-9][0-9]:[0-9][0-9]-|第|速裁庭|地址|时间|贵阳市|开庭|2026年|制表)/ { if (n++) print buf; buf = $0; next } { buf = buf $0 } END { print buf }'
> 贵阳市劳动人事争议仲裁委员会
> 开庭排期表
> 2026年11月30日 星期一
> 制表日期：2026-11-22
> 第二仲裁庭
> 地址：仲裁院三楼东侧
> 时间 案号 申请人 被申请人 仲裁庭 书记员
> 09:00-10:00※ 贵劳人仲案字〔2026〕第2号 李华 贵阳某劳务有限公司 马骁
> 14:30-16:00※ 贵劳人仲案字〔2026〕第5号 工人A等10人贵州省黔南布依族苗族自治州某某房地产开发有限责任公司宋佳（首席）、蒋涛、熊春梅郑丽※ 有当事人未按期收到开庭通知 (劳动争议调解仲裁法第三十五条): 09:00 2026-2 (2人); 14:30 2026-5 (11人)
> 第十仲裁庭
> 时间 案号 申请人 被申请人 仲裁庭 书记员
> 10:00-11:00※ 贵劳人仲案字〔2026〕第6号 周杰 贵州安佳铝业有限公司 何文斌※ 有当事人未按期收到开庭通知 (劳动争议调解仲裁法第三十五条): 10:00 2026-6 (2人)
> 速裁庭
> 地址：贵阳市观山湖区长岭北路仲裁院一楼
> 时间 案号 申请人 被申请人 仲裁庭 书记员
> 09:30-10:30※ 贵劳人仲速裁字〔2026〕第4号 赵强 贵州众宇物流有限公司 袁媛
> 10:30-11:30※ 贵劳人仲案字〔2026〕第1号 张明 贵州黔城建工集团有限公司 岑光明 王敏※ 有当事人未按期收到开庭通知 (劳动争议调解仲裁法第三十五条): 09:30 2026-4 (2人); 10:30 2026-1 (2人)
> 第 1 页 共 1 页

# One room's sheet, for its door.
$ tiaocai report hearings --date 2026-11-30 --room 第十仲裁庭 -o 第十.pdf && pdftotext -raw 第十.pdf - | sed -n '3p;5,7p'
> 2026年11月30日 星期一 第十仲裁庭
> 第十仲裁庭
> 时间 案号 申请人 被申请人 仲裁庭 书记员
> 10:00-11:00※ 贵劳人仲案字〔2026〕第6号 周杰 贵州安佳铝业有限公司 何文斌
! tiaocai: 已写入开庭排期表 第十.pdf (1 页)

# An empty day on paper says so too.
$ tiaocai report hearings --date 2026-12-25 -o 空.pdf 2>/dev/null && pdftotext -raw 空.pdf - | sed -n '3p;5p'
> 2026年12月25日 星期五
> 本日无开庭安排

# Whole or not at all: a directory in the way leaves nothing behind.
$ mkdir d.pdf && tiaocai report hearings -o d.pdf; rc=$?; ls | grep -c tmp; exit $rc
> 0
! tiaocai: d.pdf 是一个目录, 请给出文件名
? 1

# The text into a file, the same bytes as on standard output.
$ tiaocai report hearings --date 2026-11-30 -o 排期.txt && tiaocai report hearings --date 2026-11-30 | cmp - 排期.txt && echo same
> same
! tiaocai: 已写入开庭排期表 排期.txt
