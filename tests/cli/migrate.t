# migrate.t - an office database made by the release before the case file
# (schema version 6, `tiaocai demo --cases 40`, fixtures/v6-demo.sql) is
# opened by today's program: it is upgraded in place without losing a case,
# a party, a claim or a journal row, and reads as it did.

$ sqlite3 old.db <$FIX/v6-demo.sql && sqlite3 old.db "PRAGMA user_version; SELECT count(*) FROM cases; SELECT count(*) FROM parties; SELECT count(*) FROM claims; SELECT count(*) FROM journal"
> 6
> 40
> 212
> 56
> 155

$ tiaocai --db old.db check | sed -E 's/用时 [0-9]+\.[0-9] 秒/用时 …/'; exit ${PIPESTATUS[0]}
> 数据库完整性: 正常
> 日志链: 正常, 共 155 条, 链头 dc77df1ae29da592
> 案件与日志: 已核对 40 件, 全部一致
> 期限缓存: 已核对未结案件 17 件, 全部一致
> 统计计数: 已核对已推算的案件 39 件, 全部一致
> 全面核对: 已核对日志 155 条 (自第 1 条起), 重放案件 40 件, 用时 …; 核对点记为日志第 155 条
!*

# Upgraded to today's schema (8, the hearing records) with every row kept.
$ sqlite3 old.db "PRAGMA user_version; SELECT count(*) FROM cases; SELECT count(*) FROM parties; SELECT count(*) FROM claims; SELECT count(*) FROM journal"
> 12
> 40
> 212
> 56
> 155

# The ledger's columns of that release come out the same, byte for byte.
$ TIAOCAI_TODAY=2026-11-22 tiaocai --db old.db export ledger --header en -o - 2>/dev/null | cut -d, -f1-23 | tr -d '\r' > now.csv && tr -d '\r' < $FIX/v6-ledger.csv | cmp - now.csv && echo same
> same

# Every case takes the defaults of the new fields: 案由 劳动报酬, the
# workers applied, no clerk in charge, nothing paid.
$ sqlite3 old.db "SELECT cause, applicant_side, count(*), sum(clerk_id IS NULL), sum(paid) FROM cases GROUP BY 1, 2"
> 劳动报酬|worker|40|40|0

# A collective case's claims stay the case's own (no worker named), and an
# award made before keeps its items' 终局.
$ tiaocai --db old.db case show 2026-16 --format json | grep -E '"(final|outcome|workers)"' | head -3
>   "outcome": "非终局裁决",
>   "final": "none",
>   "workers": 22,

# Its events were made before undo images were kept: revert says so and
# changes nothing; corrections work on it from now on.
$ TIAOCAI_USER=$(sqlite3 old.db "SELECT login FROM users WHERE role = 'supervisor' LIMIT 1") tiaocai --db old.db case revert 2026-16 --reason 测试
! tiaocai: 本案没有可以撤销的事项: 收案后的事项都已撤销, 或办理于本程序升级之前 (没有撤销所需的记录); 收案登记本身不能撤销, 登记有误请更正
? 1

# The hearing rooms the old cases named are the office's rooms now, the
# 速裁庭 marked as one.
$ tiaocai --db old.db room list
> 名称        座位  速裁庭  可用  地址  备注
> 第一仲裁庭                是
> 第二仲裁庭                是
> 第三仲裁庭                是
> 第四仲裁庭                是
> 速裁庭            是      是

# Every case that had an arbitrator has a sole tribunal (the 组庭通知 clock
# ended when its hearing was set) and its hearing is a record: held where
# the case closed after it, still scheduled where the case is open, even
# when the day has passed (nothing said it took place).
$ tiaocai --db old.db hearings --from 2026-01-01
> 时间                    地点        案号     申请人       被申请人              仲裁员  书记员  状态
> 2026-10-08 10:30-11:30  第一仲裁庭  2026-8   朱江学等5人  陈军、贵州恒豪建筑…   杨光            待记录
> 2026-10-08 14:00-15:00  速裁庭      2026-5   田华贵       张贵、贵州众祥建筑…   杨光            已开庭
> 2026-10-13 10:30-11:30  速裁庭      2026-7   潘庆志       朱勇永、贵州宏安建…   蒋涛            待记录
> 2026-10-19 09:30-10:30  第四仲裁庭  2026-15  刘群玲       贵阳恒博劳务有限公…   岑光明          已开庭
> 2026-10-19 15:30-16:30  速裁庭      2026-10  吴明洪       贵阳豪诚网络科技有…   马骁            待记录
> 2026-10-23 15:00-16:00  第三仲裁庭  2026-6   张江伟       贵州荣诚食品有限公司  杨光            已开庭
> 2026-10-26 14:00-15:00  第一仲裁庭  2026-17  胡成         贵阳荣诚劳务有限公…   杨光            已开庭
> 2026-10-26 15:00-16:00  第二仲裁庭  2026-19  赵鹏         王华、贵州豪顺建设…   杨光            已开庭
> 2026-10-27 15:30-16:30  第三仲裁庭  2026-16  徐友等22人   李华峰、贵州恒筑建…   蒋涛            已开庭
> 2026-11-11 15:30-16:30  第二仲裁庭  2026-21  李桂群       贵州黔众物流有限公司  岑光明          已开庭
> 2026-11-13 14:00-15:00  第二仲裁庭  2026-29  邓敏         贵阳茂瑞餐饮管理有…   宋佳            已开庭
> 2026-11-16 10:00-11:00  第一仲裁庭  2026-28  杨明         贵阳宏盛网络科技有…   何文斌          已开庭
> 2026-11-20 10:00-11:00  第四仲裁庭  2026-24  张伟勇       贵阳达荣劳务有限公…   石磊            待记录
> 2026-11-26 15:30-16:30  第二仲裁庭  2026-35  杨凤         贵州泰昌供应链管理…   杨光            已排期
> 2026-11-27 09:00-10:00  第一仲裁庭  2026-31  蒙刚         贵阳昌锦劳务有限公…   蒋涛            已排期
> 2026-11-30 10:30-11:30  第三仲裁庭  2026-25  张芳         王丹静、贵州佳鑫建…   熊春梅          已排期

$ tiaocai --db old.db case show 2026-8 | grep -E '^仲裁庭:|组庭通知'
> 仲裁庭: 独任仲裁员 杨光    组庭: 2026-09-30
>   组庭通知  2026-09-28  5日   2026-10-08     -  劳动争议调解仲裁法第三十二条  已组庭

# The upgraded hearings take part in booking: case 25's room and
# arbitrator are taken at 10:30 on 11-30, free again from 11:30.
$ TIAOCAI_USER=clerk3 tiaocai --db old.db case hearing 2026-14 --at '2026-11-30 10:45' --room 第三仲裁庭 --arbitrator 何文斌
! tiaocai: 开庭时间: 与案件 贵劳人仲案字〔2026〕第25号 的开庭冲突 (2026-11-30 10:30 至 11:30, 第三仲裁庭): 同一开庭地点, 请另选时间或开庭地点
? 1

$ TIAOCAI_USER=clerk3 tiaocai --db old.db case hearing 2026-14 --at '2026-11-30 10:45' --room 第二仲裁庭 --arbitrator 熊春梅
! tiaocai: 开庭时间: 与案件 贵劳人仲案字〔2026〕第25号 的开庭冲突 (2026-11-30 10:30 至 11:30, 第三仲裁庭): 仲裁员 熊春梅, 请另选时间
? 1

$ TIAOCAI_USER=clerk3 tiaocai --db old.db case hearing 2026-14 --at '2026-11-30 11:30' --room 第三仲裁庭 --arbitrator 熊春梅
> 贵劳人仲案字〔2026〕第14号: 调解中 -> 审理中, 仲裁审限届满 2026-11-23

# Case 8's hearing of 10-08 is recorded as held on its day, as any other.
$ TIAOCAI_USER=clerk3 tiaocai --db old.db case hearing-held 2026-8 --on 2026-10-08
> 贵劳人仲案字〔2026〕第8号: 审理中 -> 审理中, 仲裁审限届满 2026-11-12

$ tiaocai --db old.db hearings --from 2026-10-08 --to 2026-10-08
> 时间                    地点        案号    申请人       被申请人              仲裁员  书记员  状态
> 2026-10-08 10:30-11:30  第一仲裁庭  2026-8  朱江学等5人  陈军、贵州恒豪建筑…   杨光            已开庭
> 2026-10-08 14:00-15:00  速裁庭      2026-5  田华贵       张贵、贵州众祥建筑…   杨光            已开庭

$ tiaocai --db old.db hearings --from 2026-11-30
> 时间                    地点        案号     申请人  被申请人              仲裁员  书记员  状态
> 2026-11-30 10:30-11:30  第三仲裁庭  2026-25  张芳    王丹静、贵州佳鑫建…   熊春梅          已排期
> 2026-11-30 11:30-12:30  第三仲裁庭  2026-14  李发伟  贵阳峰泰劳务有限公…   熊春梅          已排期

$ tiaocai --db old.db check | sed -E 's/链头 [0-9a-f]{16}$/链头 …/; s/用时 [0-9]+\.[0-9] 秒/用时 …/'; exit ${PIPESTATUS[0]}
> 数据库完整性: 正常
> 日志链: 正常, 共 157 条, 链头 …
> 案件与日志: 已核对 40 件, 全部一致
> 期限缓存: 已核对未结案件 17 件, 全部一致
> 统计计数: 已核对已推算的案件 37 件, 全部一致
> 全面核对: 已核对日志 157 条 (自第 1 条起), 重放案件 40 件, 用时 …; 核对点记为日志第 157 条
