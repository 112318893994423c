# check.t - `tiaocai check --quick` (tiaocai(1), check): SQLite's quick
# check, then the journal from the point the last check that passed
# reached (recorded in the database), the cases with rows after it
# replayed, their caches compared; and what it leaves to the full check,
# which finds it.  Times, logins and hashes differ run to run: masked (…).

$ printf '%s\n' 's/链头 [0-9a-f]{16}/链头 …/' 's/用时 [0-9]+\.[0-9] 秒/用时 …/' 's/\([0-9-]+ [0-9:]+ 由 [^ ]+ /(… 由 … /' 's/记录于 [0-9-]+ [0-9:]+/记录于 …/' >mask.sed

$ tiaocai init && tiaocai user add --login "$(id -un)" --name 管理员 --role admin && tiaocai user add --login lvshi --name 周律师 --role lawyer && tiaocai roster import $DATA/roster.csv && tiaocai room add 第一仲裁庭
>*
!*

# Rows 1-7: the calendars, init, two users, the roster, the room.  Case 1
# in mediation (rows 8-10), case 2 accepted (11-12), case 3 received (13).
$ tiaocai case add --applicant 罗建 --applicant-id 440524188001010014 --employer 贵阳某餐饮管理有限公司 --claim 工资:6800 --received 2026-11-02 && tiaocai case accept 2026-1 --on 2026-11-03 && tiaocai case mediate 2026-1 --mediator 陈立平 --on 2026-11-04
>*
!*
$ tiaocai case add --applicant 张三 --applicant-id 11010519491231002X --employer 贵州黔城建工集团有限公司 --claim 工资:298200 --received 2026-11-05 && tiaocai case accept 2026-2 --on 2026-11-06
>*
!*
$ tiaocai case add --applicant 李华 --applicant-id 110105194912310046 --employer 贵阳某劳务有限公司 --claim 工资:6000 --received 2026-11-20
>*
!*

# No check has passed yet: the quick check goes through the whole journal,
# and records where it got to.
$ tiaocai check --quick | sed -Ef mask.sed; exit ${PIPESTATUS[0]}
> 快速核对: 尚无核对点, 日志自第 1 条起全部核对
> 数据库完整性: 正常 (快速检查: 日志与撤销记录以外的表每页读过, 未逐条核对索引与外键)
> 日志链: 正常, 共 13 条, 链头 …
> 案件与日志: 已核对 3 件, 全部一致
> 期限缓存: 已核对未结案件 3 件, 全部一致
> 统计计数: 已核对已推算的案件 0 件, 全部一致
> 快速核对: 已核对日志 13 条 (自第 1 条起), 重放案件 3 件, 用时 …; 核对点记为日志第 13 条
$ sqlite3 t.db "SELECT json_extract(value, '$.id'), json_extract(value, '$.quick'), json_extract(value, '$.hash') = (SELECT hash FROM journal WHERE id = 13) FROM settings WHERE key = 'check_point'"
> 13|1|1

# Nothing new since: nothing to recompute but the point itself.
$ tiaocai check --quick | sed -Ef mask.sed; exit ${PIPESTATUS[0]}
> 快速核对: 自上次核对点起, 即日志第 13 条 (… 由 … 快速核对)
> 数据库完整性: 正常 (快速检查: 日志与撤销记录以外的表每页读过, 未逐条核对索引与外键)
> 日志链: 正常, 共 13 条, 链头 …
> 案件与日志: 重放案件 0 件, 全部一致
> 期限缓存: 已核对重放案件中未结的 0 件, 全部一致
> 统计计数: 已核对重放案件中已推算的 0 件, 全部一致
> 快速核对: 已核对日志 0 条 (自第 14 条起), 重放案件 0 件, 用时 …; 核对点记为日志第 13 条

# New events on three cases: a settlement, a hearing set, a new case.
# Only those three are replayed.
$ tiaocai case settle 2026-1 --amount 6800 --on 2026-11-21 && tiaocai case hearing 2026-2 --at '2026-11-30 09:30' --arbitrator 何文斌 --room 第一仲裁庭 --on 2026-11-21 && tiaocai case add --applicant 赵敏 --applicant-id 440524188001010014 --employer 贵阳某物业服务有限公司 --claim 工资:5200 --received 2026-11-21
>*
!*
$ tiaocai check --quick | sed -Ef mask.sed; exit ${PIPESTATUS[0]}
> 快速核对: 自上次核对点起, 即日志第 13 条 (… 由 … 快速核对)
> 数据库完整性: 正常 (快速检查: 日志与撤销记录以外的表每页读过, 未逐条核对索引与外键)
> 日志链: 正常, 共 16 条, 链头 …
> 案件与日志: 重放案件 3 件, 全部一致
> 期限缓存: 已核对重放案件中未结的 2 件, 全部一致
> 统计计数: 已核对重放案件中已推算的 0 件, 全部一致
> 快速核对: 已核对日志 3 条 (自第 14 条起), 重放案件 3 件, 用时 …; 核对点记为日志第 16 条

# The full check says the same of the whole and records its own point.
$ tiaocai check | sed -Ef mask.sed; exit ${PIPESTATUS[0]}
> 数据库完整性: 正常
> 日志链: 正常, 共 16 条, 链头 …
> 案件与日志: 已核对 4 件, 全部一致
> 期限缓存: 已核对未结案件 3 件, 全部一致
> 统计计数: 已核对已推算的案件 0 件, 全部一致
> 全面核对: 已核对日志 16 条 (自第 1 条起), 重放案件 4 件, 用时 …; 核对点记为日志第 16 条

# One more event after that point (row 17), then each attack on a copy.
$ tiaocai case accept 2026-3 --on 2026-11-22
>*
!*
$ cp t.db sound.db

# A recent row changed (after the point): found.
$ cp sound.db a.db && sqlite3 a.db "INSERT OR REPLACE INTO journal SELECT id, recorded_at, effective_on, 'clerk2', case_id, kind, detail, snapshot, hash FROM journal WHERE id = 17"
$ tiaocai --db a.db check --quick | sed -Ef mask.sed; exit ${PIPESTATUS[0]}
> 快速核对: 自上次核对点起, 即日志第 16 条 (… 由 … 全面核对)
> 数据库完整性: 正常 (快速检查: 日志与撤销记录以外的表每页读过, 未逐条核对索引与外键)
> 日志链: 共 17 条, 链头 …, 自第 17 条起有 1 条对不上
> 日志第 17 条被改动 (案件 贵劳人仲案字〔2026〕第3号, 事项 accept, 记录于 …)
> 案件与日志: 重放案件 1 件, 全部一致
> 期限缓存: 已核对重放案件中未结的 1 件, 全部一致
> 统计计数: 已核对重放案件中已推算的 0 件, 全部一致
> 快速核对: 已核对日志 1 条 (自第 17 条起), 重放案件 1 件, 用时 …; 发现问题, 核对点未更新
! tiaocai: 数据库在本程序之外被改动过 (见上), 请核查, 必要时从备份恢复
? 1
# The point stays where it was: the next quick check finds it again.
$ tiaocai --db a.db check --quick | sed -Ef mask.sed | grep 被改动; exit ${PIPESTATUS[0]}
> 日志第 17 条被改动 (案件 贵劳人仲案字〔2026〕第3号, 事项 accept, 记录于 …)
! tiaocai: 数据库在本程序之外被改动过 (见上), 请核查, 必要时从备份恢复
? 1
$ tiaocai --db a.db check --quick 2>/dev/null | tail -n 1 | sed -Ef mask.sed
> 快速核对: 已核对日志 1 条 (自第 17 条起), 重放案件 1 件, 用时 …; 发现问题, 核对点未更新

# An old row changed (case 1's acceptance, row 9, before the point): the
# quick check starts from the point and does not see it; the full check
# does.
$ cp sound.db b.db && sqlite3 b.db "INSERT OR REPLACE INTO journal SELECT id, recorded_at, '2026-11-02', 'clerk2', case_id, kind, detail, snapshot, hash FROM journal WHERE id = 9"
$ tiaocai --db b.db check --quick | sed -Ef mask.sed; exit ${PIPESTATUS[0]}
> 快速核对: 自上次核对点起, 即日志第 16 条 (… 由 … 全面核对)
> 数据库完整性: 正常 (快速检查: 日志与撤销记录以外的表每页读过, 未逐条核对索引与外键)
> 日志链: 正常, 共 17 条, 链头 …
> 案件与日志: 重放案件 1 件, 全部一致
> 期限缓存: 已核对重放案件中未结的 1 件, 全部一致
> 统计计数: 已核对重放案件中已推算的 0 件, 全部一致
> 快速核对: 已核对日志 1 条 (自第 17 条起), 重放案件 1 件, 用时 …; 核对点记为日志第 17 条
$ tiaocai --db b.db check | sed -Ef mask.sed; exit ${PIPESTATUS[0]}
> 数据库完整性: 正常
> 日志链: 共 17 条, 链头 …, 自第 9 条起有 1 条对不上
> 日志第 9 条被改动 (案件 贵劳人仲案字〔2026〕第1号, 事项 accept, 记录于 …)
> 案件与日志: 已核对 4 件, 全部一致
> 期限缓存: 已核对未结案件 3 件, 全部一致
> 统计计数: 已核对已推算的案件 0 件, 全部一致
> 全面核对: 已核对日志 17 条 (自第 1 条起), 重放案件 4 件, 用时 …; 发现问题, 核对点未更新
! tiaocai: 数据库在本程序之外被改动过 (见上), 请核查, 必要时从备份恢复
? 1

# A case row changed around the program: case 3 has a row after the
# point and is replayed, case 2 has none and is not; the full check finds
# both.
$ cp sound.db c.db && sqlite3 c.db "UPDATE cases SET claimed = 100 WHERE id IN (2, 3)"
$ tiaocai --db c.db check --quick | grep ^案件; exit ${PIPESTATUS[0]}
> 案件与日志: 重放案件 1 件, 1 件不一致
> 案件 贵劳人仲案字〔2026〕第3号: 请求金额为「¥1.00」, 而日志记载为「¥6,000.00」
! tiaocai: 数据库在本程序之外被改动过 (见上), 请核查, 必要时从备份恢复
? 1
$ tiaocai --db c.db check | grep ^案件; exit ${PIPESTATUS[0]}
> 案件与日志: 已核对 4 件, 2 件不一致
> 案件 贵劳人仲案字〔2026〕第2号: 请求金额为「¥1.00」, 而日志记载为「¥298,200.00」
> 案件 贵劳人仲案字〔2026〕第3号: 请求金额为「¥1.00」, 而日志记载为「¥6,000.00」
! tiaocai: 数据库在本程序之外被改动过 (见上), 请核查, 必要时从备份恢复
? 1

# A case row added around the program, with no journal: found.
$ cp sound.db d.db && sqlite3 d.db "CREATE TEMP TABLE x AS SELECT * FROM cases WHERE id = 4; UPDATE x SET id = 5, seq = 9, case_no = '贵劳人仲案字〔2026〕第9号'; INSERT INTO cases SELECT * FROM x"
$ tiaocai --db d.db check --quick | grep ^案件; exit ${PIPESTATUS[0]}
> 案件与日志: 重放案件 1 件, 另有日志中没有的案件 1 件, 1 件不一致
> 案件 贵劳人仲案字〔2026〕第9号: 没有任何日志记录
! tiaocai: 数据库在本程序之外被改动过 (见上), 请核查, 必要时从备份恢复
? 1

# A replayed case's row deleted around the program: its journal is there.
$ cp sound.db k.db && sqlite3 k.db "PRAGMA foreign_keys = OFF; DELETE FROM cases WHERE id = 3"
$ tiaocai --db k.db check --quick | grep ^案件; exit ${PIPESTATUS[0]}
> 案件与日志: 重放案件 1 件, 1 件不一致
> 案件 (编号 3, 已不存在): 案件记录不见了, 日志中却有它
! tiaocai: 数据库在本程序之外被改动过 (见上), 请核查, 必要时从备份恢复
? 1

# The rows from the point on deleted, or the chain rebuilt after it: the
# point is no longer in the chain.
$ cp sound.db e.db && sqlite3 e.db "DROP TRIGGER journal_no_delete; DELETE FROM journal WHERE id >= 16"
$ tiaocai --db e.db check --quick 2>/dev/null | sed -Ef mask.sed | grep -E '^(日志|上次)'; exit ${PIPESTATUS[0]}
> 日志链: 共 15 条, 链头 …, 自第 16 条起有 1 条对不上
> 上次核对点日志第 16 条已不在日志中: 日志在那次核对之后被删改过, 请做全面核对 (tiaocai check)
? 1
$ cp sound.db f.db && sqlite3 f.db "INSERT OR REPLACE INTO journal SELECT id, recorded_at, effective_on, actor, case_id, kind, detail, snapshot, '0000000000000000000000000000000000000000000000000000000000000000' FROM journal WHERE id = 16"
$ tiaocai --db f.db check --quick 2>/dev/null | sed -Ef mask.sed | grep -E '^(日志|上次)'; exit ${PIPESTATUS[0]}
> 日志链: 共 17 条, 链头 …, 自第 16 条起有 1 条对不上
> 上次核对点日志第 16 条的链值已不是那次核对时的: 日志在那次核对之后被改动或重建过, 请做全面核对 (tiaocai check)
? 1

# A replayed case's clocks changed around the program: stale, and
# --repair recomputes them.
$ cp sound.db g.db && sqlite3 g.db "UPDATE case_clocks SET due_on = '2026-12-31' WHERE case_id = 3 AND clock = 'close'"
$ tiaocai --db g.db check --quick | grep ^期限; exit ${PIPESTATUS[0]}
> 期限缓存: 已核对重放案件中未结的 1 件, 1 件与现行规则不一致: 贵劳人仲案字〔2026〕第3号
! tiaocai: 期限缓存与规则不一致, 可用 tiaocai check --repair 重新计算
? 1
$ tiaocai --db g.db check --quick --repair | grep ^期限; exit ${PIPESTATUS[0]}
> 期限缓存: 已核对重放案件中未结的 1 件, 1 件与现行规则不一致: 贵劳人仲案字〔2026〕第3号
> 期限缓存: 已重新计算

# A rule changed after the point: every open case's clocks are compared.
$ cp sound.db h.db && tiaocai --db h.db rules set target --days 25 >/dev/null && tiaocai --db h.db check --quick | grep ^期限; exit ${PIPESTATUS[0]}
> 期限缓存: 核对点之后规则、日历或设置有变, 已核对未结案件 3 件, 全部一致

# Documents waiting to be served: the queue the first screen reads
# (doc_unserved) is compared with the documents and their services, by
# the quick check for the replayed cases, by the full check for all.
$ tiaocai doc make 2026-3 应诉通知书 -o r.txt && tiaocai doc make 2026-3 受理通知书 -o a.txt
>*
!*
$ cp t.db i.db && sqlite3 i.db "DELETE FROM doc_unserved WHERE document_id = (SELECT id FROM documents WHERE case_id = 3 AND no = 1); INSERT INTO doc_unserved(document_id, case_id, made_on) VALUES (99, 2, '2026-11-22')"
$ tiaocai --db i.db check --quick | grep ^数据库; exit ${PIPESTATUS[0]}
> 数据库问题: 待送达: 案件 贵劳人仲案字〔2026〕第3号 第1号 应诉通知书 未送达, 却不在待送达队列中
! tiaocai: 数据库在本程序之外被改动过 (见上), 请核查, 必要时从备份恢复
? 1
$ tiaocai --db i.db check | grep ^数据库; exit ${PIPESTATUS[0]}
> 数据库问题: 表 doc_unserved 第 99 行引用了不存在的 documents
> 数据库问题: 待送达: 案件 贵劳人仲案字〔2026〕第3号 第1号 应诉通知书 未送达, 却不在待送达队列中
! tiaocai: 数据库在本程序之外被改动过 (见上), 请核查, 必要时从备份恢复
? 1
$ tiaocai check --quick >/dev/null && tiaocai case serve 2026-3 --doc 1 --method 直接 --on 2026-11-22 >/dev/null && cp t.db j.db && sqlite3 j.db "INSERT INTO doc_unserved(document_id, case_id, made_on) SELECT id, case_id, made_on FROM documents WHERE case_id = 3 AND no = 1"
$ tiaocai --db j.db check --quick | grep ^数据库; exit ${PIPESTATUS[0]}
> 数据库问题: 待送达: 案件 贵劳人仲案字〔2026〕第3号 第1号 应诉通知书 已送达或已有新的一份, 却仍在待送达队列中
! tiaocai: 数据库在本程序之外被改动过 (见上), 请核查, 必要时从备份恢复
? 1

# A revert after the point (row 21): case 2's hearing undone (审理中 back
# to 已立案).  The quick check replays case 2 through the revert and
# passes, checking it against the undo record; the full check passes too.
$ tiaocai check --quick >/dev/null && tiaocai case revert 2026-2 --reason 排错 >/dev/null && cp t.db l.db && cp t.db m.db && cp t.db n.db && tiaocai check --quick | sed -Ef mask.sed; exit ${PIPESTATUS[0]}
> 快速核对: 自上次核对点起, 即日志第 20 条 (… 由 … 快速核对)
> 数据库完整性: 正常 (快速检查: 日志与撤销记录以外的表每页读过, 未逐条核对索引与外键)
> 日志链: 正常, 共 21 条, 链头 …
> 案件与日志: 重放案件 1 件, 全部一致
> 期限缓存: 已核对重放案件中未结的 1 件, 全部一致
> 统计计数: 已核对重放案件中已推算的 0 件, 全部一致
> 快速核对: 已核对日志 1 条 (自第 21 条起), 重放案件 1 件, 用时 …; 核对点记为日志第 21 条
$ tiaocai check | sed -Ef mask.sed | grep -E '^(日志链|案件|全面)'; exit ${PIPESTATUS[0]}
> 日志链: 正常, 共 21 条, 链头 …
> 案件与日志: 已核对 4 件, 全部一致
> 全面核对: 已核对日志 21 条 (自第 1 条起), 重放案件 4 件, 用时 …; 核对点记为日志第 21 条
# Case 2's row put back in 审理中 around the program after the revert: the
# quick check (its point still before the revert on this copy) finds it.
$ sqlite3 m.db "UPDATE cases SET stage = 'hearing' WHERE id = 2"
$ tiaocai --db m.db check --quick | grep ^案件; exit ${PIPESTATUS[0]}
> 案件与日志: 重放案件 1 件, 1 件不一致
> 案件 贵劳人仲案字〔2026〕第2号: 阶段为「审理中」, 而日志重演为「已立案」
! tiaocai: 数据库在本程序之外被改动过 (见上), 请核查, 必要时从备份恢复
? 1
# Reverts that move the stage and the extension back, each event then
# done again (case 3: suspended, resumed, the resumption undone, resumed;
# extended, the extension undone, extended): both checks replay them.
$ tiaocai --db n.db case suspend 2026-3 --on 2026-11-22 --reason 鉴定 && tiaocai --db n.db case resume 2026-3 --on 2026-11-22 && tiaocai --db n.db case revert 2026-3 --reason 排错 && tiaocai --db n.db case resume 2026-3 --on 2026-11-22 && tiaocai --db n.db case extend 2026-3 --on 2026-11-22 --reason 案情复杂 && tiaocai --db n.db case revert 2026-3 --reason 排错 && tiaocai --db n.db case extend 2026-3 --on 2026-11-22 --reason 案情复杂
>*
!*
$ tiaocai --db n.db check --quick | sed -Ef mask.sed | grep -E '^(案件|快速核对: 已)'; exit ${PIPESTATUS[0]}
> 案件与日志: 重放案件 2 件, 全部一致
> 快速核对: 已核对日志 8 条 (自第 21 条起), 重放案件 2 件, 用时 …; 核对点记为日志第 28 条
$ tiaocai --db n.db check | sed -Ef mask.sed | grep -E '^(案件|全面)'; exit ${PIPESTATUS[0]}
> 案件与日志: 已核对 4 件, 全部一致
> 全面核对: 已核对日志 28 条 (自第 1 条起), 重放案件 4 件, 用时 …; 核对点记为日志第 28 条
# The undo record changed around the program is found.
$ sqlite3 l.db "UPDATE case_undo SET undone_by = NULL WHERE undone_by IS NOT NULL"
$ tiaocai --db l.db check --quick | grep ^案件; exit ${PIPESTATUS[0]}
> 案件与日志: 重放案件 1 件, 1 件不一致
> 案件 贵劳人仲案字〔2026〕第2号: 日志第 21 条「撤销」在撤销记录中找不到它撤销的事项
! tiaocai: 数据库在本程序之外被改动过 (见上), 请核查, 必要时从备份恢复
? 1

# A read-only user checks, and leaves the point where it was: the next
# check goes through the same rows again.
$ tiaocai case accept 2026-4 --on 2026-11-22 >/dev/null 2>&1 && TIAOCAI_USER=lvshi tiaocai check --quick | tail -n 1 | sed -Ef mask.sed; exit ${PIPESTATUS[0]}
> 快速核对: 已核对日志 1 条 (自第 22 条起), 重放案件 1 件, 用时 …; 只读用户, 核对点未更新
$ tiaocai check --quick | tail -n 1 | sed -Ef mask.sed; exit ${PIPESTATUS[0]}
> 快速核对: 已核对日志 1 条 (自第 22 条起), 重放案件 1 件, 用时 …; 核对点记为日志第 22 条

# The anchor is looked for in the whole journal: the full check's.
$ tiaocai check --quick --anchor 3fa1c2d4e5f60718
! tiaocai: check: --anchor 要在全部日志中查找, 只能用于全面核对 (不带 --quick)
! 用法: tiaocai backup 文件
!       tiaocai check [--quick] [--repair] [--anchor 链头]
? 2
$ tiaocai check --fast
! tiaocai: check: 不认识的参数 --fast
! 用法: tiaocai backup 文件
!       tiaocai check [--quick] [--repair] [--anchor 链头]
? 2

# The statistics' day counts (tally_days and the rows beside it), which
# the reports read: derived again for the cases changed since, by the
# next report.  Case 3 noted after the point, then a report: both checks
# compare the counts, the quick one those of the cases it replays.
$ tiaocai case note 2026-3 电话联系申请人 >/dev/null && tiaocai report weekly >/dev/null && cp t.db s.db && tiaocai check --quick | sed -Ef mask.sed; exit ${PIPESTATUS[0]}
> 快速核对: 自上次核对点起, 即日志第 22 条 (… 由 … 快速核对)
> 数据库完整性: 正常 (快速检查: 日志与撤销记录以外的表每页读过, 未逐条核对索引与外键)
> 日志链: 正常, 共 23 条, 链头 …
> 案件与日志: 重放案件 1 件, 全部一致
> 期限缓存: 已核对重放案件中未结的 1 件, 全部一致
> 统计计数: 已核对重放案件中已推算的 1 件, 全部一致
> 快速核对: 已核对日志 1 条 (自第 23 条起), 重放案件 1 件, 用时 …; 核对点记为日志第 23 条
$ cp s.db w.db && tiaocai --db w.db check | grep ^统计; exit ${PIPESTATUS[0]}
> 统计计数: 已核对已推算的案件 4 件, 全部一致
# A day's count changed around the program: the full check names it and
# the day, and --repair derives every count again.  The quick check
# compares each replayed case's own row, not the sums over every case.
$ cp s.db u.db && sqlite3 u.db "UPDATE tally_days SET n = n + 1 WHERE what = 'open' AND day = '2026-11-03'"
$ tiaocai --db u.db check --quick | grep -A1 ^统计 | sed -Ef mask.sed; exit ${PIPESTATUS[0]}
> 统计计数: 已核对重放案件中已推算的 1 件, 全部一致
> 快速核对: 已核对日志 1 条 (自第 23 条起), 重放案件 1 件, 用时 …; 核对点记为日志第 23 条
$ tiaocai --db u.db check | sed -Ef mask.sed; exit ${PIPESTATUS[0]}
> 数据库完整性: 正常
> 日志链: 正常, 共 23 条, 链头 …
> 案件与日志: 已核对 4 件, 全部一致
> 期限缓存: 已核对未结案件 3 件, 全部一致
> 统计计数: 已核对已推算的案件 4 件, 与按案件重新推算的不一致:
> 2026-11-03 当日「未结」的计数比按案件推算的多 1
> 全面核对: 已核对日志 23 条 (自第 1 条起), 重放案件 4 件, 用时 …; 发现问题, 核对点未更新
! tiaocai: 统计计数与案件不一致, 可用 tiaocai check --repair 重新推算
? 1
$ tiaocai --db u.db check --repair | grep -A2 ^统计 | sed -Ef mask.sed; exit ${PIPESTATUS[0]}
> 统计计数: 已核对已推算的案件 4 件, 与按案件重新推算的不一致:
> 2026-11-03 当日「未结」的计数比按案件推算的多 1
> 统计计数: 已全部重新推算
> 全面核对: 已核对日志 23 条 (自第 1 条起), 重放案件 4 件, 用时 …; 核对点记为日志第 23 条
$ tiaocai --db u.db check | grep ^统计; exit ${PIPESTATUS[0]}
> 统计计数: 已核对已推算的案件 4 件, 全部一致
# A replayed case's own row changed: both checks name the case.
$ cp s.db v.db && sqlite3 v.db "UPDATE tally_cases SET industry = '建筑业' WHERE case_id = 3" && cp v.db x.db
$ tiaocai --db v.db check --quick | grep -A1 ^统计 | sed -Ef mask.sed; exit ${PIPESTATUS[0]}
> 统计计数: 已核对重放案件中已推算的 1 件, 与按案件重新推算的不一致:
> 案件 贵劳人仲案字〔2026〕第3号的统计记录与按其案件、期限和日志推算的不符
! tiaocai: 统计计数与案件不一致, 可用 tiaocai check --repair 重新推算
? 1
$ tiaocai --db x.db check | grep -A1 ^统计 | sed -Ef mask.sed; exit ${PIPESTATUS[0]}
> 统计计数: 已核对已推算的案件 4 件, 与按案件重新推算的不一致:
> 案件 贵劳人仲案字〔2026〕第3号的统计记录与按其案件、期限和日志推算的不符
! tiaocai: 统计计数与案件不一致, 可用 tiaocai check --repair 重新推算
? 1
$ tiaocai --db v.db check --quick --repair | grep -A2 ^统计 | sed -Ef mask.sed; exit ${PIPESTATUS[0]}
> 统计计数: 已核对重放案件中已推算的 1 件, 与按案件重新推算的不一致:
> 案件 贵劳人仲案字〔2026〕第3号的统计记录与按其案件、期限和日志推算的不符
> 统计计数: 已全部重新推算
> 快速核对: 已核对日志 1 条 (自第 23 条起), 重放案件 1 件, 用时 …; 核对点记为日志第 23 条
$ tiaocai --db v.db check | grep ^统计; exit ${PIPESTATUS[0]}
> 统计计数: 已核对已推算的案件 4 件, 全部一致
