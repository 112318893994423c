# tiaocai rules: the office's clock rules, and changing one.
$ tiaocai init
>*

$ tiaocai rules
> 规则            名称                  天数  单位      起算                        性质                      依据
> accept          受理审查                 5  calendar  收到申请                    法定期限                  劳动争议调解仲裁法第二十九条
> close           仲裁审限                45  calendar  立案                        法定期限                  劳动争议调解仲裁法第四十三条
> defence         被申请人答辩            10  calendar  被申请人各自收到应诉通知书  当事人期间(不计超期)      劳动争议调解仲裁法第三十条
> extension       延长审限                15  calendar  原审限届满                  延长审限                  劳动争议调解仲裁法第四十三条
> gazette         公告送达                30  calendar  公告之日                    公告送达视为送达          民事诉讼法第九十五条、办案规则第四十六条
> hearing_notice  开庭通知(开庭前)         5  calendar  开庭日前                    开庭前检查, 开庭通知送达  劳动争议调解仲裁法第三十五条
> mediation       调解期限                15  calendar  开始调解                    法定(案前)/目标(立案后)   劳动争议调解仲裁法第十四条 (调解组织); 立案后的调解为办案目标
> postpone        申请延期开庭(开庭前)     3  calendar  开庭日前                    开庭前检查                劳动争议调解仲裁法第三十五条
> serve           送达被申请人             5  calendar  立案                        法定期限                  劳动争议调解仲裁法第三十条
> set_aside       申请撤销终局裁决        30  calendar  用人单位收到终局裁决书      当事人期间(不计超期)      劳动争议调解仲裁法第四十九条
> sue             不服裁决起诉            15  calendar  当事人收到裁决书            当事人期间(不计超期)      劳动争议调解仲裁法第四十八条、第五十条
> target          速裁目标结案            30  calendar  速裁案件立案                办案目标                  地方速裁实践(如浙江简易案件30日)
> tribunal        组庭通知                 5  calendar  立案                        法定期限                  劳动争议调解仲裁法第三十二条
>
> serve: 只计自文书与送达记录起始日 (2026-11-22) 起立案的案件; 此前立案的案件没有送达记录
> 短期间 (三日、五日、十日): 按自然日计算; 依据: 劳动争议调解仲裁法以「日」计期间, 按自然日计算 (民事诉讼法第八十五条)

# An office that reads the 5-day periods as working days.
$ tiaocai rules set accept --unit working
> 已修改期限规则 accept (受理审查): 5 个工作日

$ tiaocai rules set target --days 20
> 已修改期限规则 target (速裁目标结案): 20 日

$ tiaocai rules set close --days 40 --unit working
> 已修改期限规则 close (仲裁审限): 40 个工作日

$ tiaocai rules | grep -E '^(accept|close|target) '
> accept          受理审查                 5  working   收到申请                    法定期限                  劳动争议调解仲裁法第二十九条
> close           仲裁审限                40  working   立案                        法定期限                  劳动争议调解仲裁法第四十三条
> target          速裁目标结案            20  calendar  速裁案件立案                办案目标                  地方速裁实践(如浙江简易案件30日)

# Refusals change nothing.
$ tiaocai rules set close --unit weeks
! tiaocai: unit: 应为 calendar (日历日) 或 working (工作日), 现为 weeks
? 1

$ tiaocai rules set close --days 400
! tiaocai: --days: 应为 1 到 365 之间的整数, 现为 400
? 1

$ tiaocai rules set close --days abc
! tiaocai: --days: 应为 1 到 365 之间的整数, 现为 abc
? 1

$ tiaocai rules set nosuch --days 5
! tiaocai: 没有名为 nosuch 的期限规则 (用 tiaocai rules 查看)
? 1

$ tiaocai rules | grep '^close '
> close           仲裁审限                40  working   立案                        法定期限                  劳动争议调解仲裁法第四十三条

$ tiaocai rules set close
!*
? 2

$ tiaocai rules set --days 5
!*
? 2

$ tiaocai rules frobnicate
!*
? 2

# Only an administrator or a supervisor changes rules.
$ tiaocai user add --login $(id -un) --name 管理员 --role admin
>*

$ tiaocai user add --login shuji --name 书记员 --role clerk
>*

$ TIAOCAI_USER=shuji tiaocai rules set close --days 45
! tiaocai: shuji (书记员) 无权进行此操作, 需由管理员、院领导办理
? 1

$ TIAOCAI_USER=shuji tiaocai rules | grep '^close '
> close           仲裁审限                40  working   立案                        法定期限                  劳动争议调解仲裁法第四十三条

# ---- the short periods as one choice --------------------------------------

# A clerk may not choose; an unknown unit is a usage error and changes nothing.
$ TIAOCAI_USER=shuji tiaocai rules short-unit working
! tiaocai: shuji (书记员) 无权进行此操作, 需由管理员、院领导办理
? 1
$ tiaocai rules short-unit weeks
! tiaocai: 计算单位应为 calendar (日) 或 working (工作日): weeks
? 2

# The office reads the 3-, 5- and 10-day periods as working days: the six
# rules change together, the basis is recorded and shown, and journalled.
$ tiaocai rules short-unit working
> 三日、五日、十日的期间 (accept serve defence tribunal hearing_notice postpone) 已改为按工作日计算; 依据: 劳动人事争议仲裁办案规则 (2017) 附则: 三日、五日、十日指工作日
$ tiaocai rules | sed 1d | grep -v '^短期间' | awk 'NF > 3 {print $1, $4}'
> accept working
> close working
> defence working
> extension calendar
> gazette calendar
> hearing_notice working
> mediation calendar
> postpone working
> serve working
> set_aside calendar
> sue calendar
> target calendar
> tribunal working
> serve: 起立案的案件;
$ tiaocai rules | tail -n 1
> 短期间 (三日、五日、十日): 按工作日计算; 依据: 劳动人事争议仲裁办案规则 (2017) 附则: 三日、五日、十日指工作日

# Back to calendar days, with the office's own reason.
$ tiaocai rules short-unit calendar --basis 本委2026年第3次委务会决定按自然日
>*
$ tiaocai rules | tail -n 1
> 短期间 (三日、五日、十日): 按自然日计算; 依据: 本委2026年第3次委务会决定按自然日
$ sqlite3 "$TIAOCAI_DB" "SELECT detail FROM journal WHERE kind = 'rule' ORDER BY id DESC LIMIT 1"
> 短期间 (三日、五日、十日) 按自然日计算: 本委2026年第3次委务会决定按自然日
