# journal.t - the tamper-evident journal (tiaocai(5), THE JOURNAL): every
# change made to the database around the program, with the sqlite3 shell as
# anyone who can write the file could, is found by `tiaocai check`, which
# names it and exits 1; a sound database exits 0 and prints the chain head,
# which the weekly summary prints too, and `check --anchor` confirms later.
# Rows carry the real time, so the head and the times differ run to run:
# masked in the outputs (…) and compared with each other instead.

# Under AddressSanitizer (make check-asan) cairo and fontconfig keep a few
# blocks to the end when the PDF is made (as in pdf.t).
$ printf 'leak:libcairo.so\nleak:libfontconfig.so\n' >lsan.supp
%env LSAN_OPTIONS=suppressions=lsan.supp:print_suppressions=0

$ tiaocai init && tiaocai roster import $DATA/roster.csv && tiaocai room add 第一仲裁庭
>*
!*

# Rows 1-5 are the calendars, init, the roster and the hearing room; case 1
# is in mediation (rows 6-8), case 2 heard and awarded ¥298,200.00 (rows
# 9-13, the award last).
$ tiaocai case add --applicant 罗建 --applicant-id 440524188001010014 --employer 贵阳某餐饮管理有限公司 --claim 工资:6800 --received 2026-11-02
> 贵劳人仲案字〔2026〕第1号
! tiaocai: 警告: 申请人 罗建: 按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)
$ tiaocai case accept 2026-1 --on 2026-11-03 && tiaocai case mediate 2026-1 --mediator 陈立平 --on 2026-11-04
>*
$ tiaocai case add --applicant 张三 --applicant-id 11010519491231002X --employer 贵州黔城建工集团有限公司 --claim 工资:298200 --received 2026-11-05
> 贵劳人仲案字〔2026〕第2号
! tiaocai: 警告: 申请人 张三: 按身份证号, 收案时已 76 岁, 请核实 (已过七十周岁)
$ tiaocai case accept 2026-2 --on 2026-11-06 && tiaocai case hearing 2026-2 --at '2026-11-20 09:30' --arbitrator 何文斌 --room 第一仲裁庭 --on 2026-11-06 && tiaocai case hearing-held 2026-2 --on 2026-11-20 && tiaocai case award 2026-2 --amount 298200 --on 2026-11-20
>*

# Sound: exit 0, the head is the last row's hash.
$ tiaocai check | sed -E 's/链头 [0-9a-f]{16}$/链头 …/; s/用时 [0-9]+\.[0-9] 秒/用时 …/'; exit ${PIPESTATUS[0]}
> 数据库完整性: 正常
> 日志链: 正常, 共 13 条, 链头 …
> 案件与日志: 已核对 2 件, 全部一致
> 期限缓存: 已核对未结案件 1 件, 全部一致
> 统计计数: 已核对已推算的案件 0 件, 全部一致
> 全面核对: 已核对日志 13 条 (自第 1 条起), 重放案件 2 件, 用时 …; 核对点记为日志第 13 条
$ test "$(tiaocai check | sed -n 's/^日志链: 正常, 共 13 条, 链头 \([0-9a-f]\{16\}\)$/\1/p')" = "$(sqlite3 "$TIAOCAI_DB" 'SELECT substr(hash, 1, 16) FROM journal ORDER BY id DESC LIMIT 1')" && echo same
> same

# The weekly summary prints the same head at its foot, as text and as PDF.
$ tiaocai report weekly | sed -n 's/^  日志链头 \([0-9a-f]\{16\}\)（截至 2026-11-22 共 13 条）$/\1/p' >head.txt && test "$(tiaocai check | sed -n 's/.*链头 //p')" = "$(cat head.txt)" && echo same
> same
$ tiaocai report weekly -o w.pdf 2>/dev/null && pdftotext -layout w.pdf - | grep -c "日志链头 $(cat head.txt)（截至 2026-11-22 共 13 条）"
> 1

# Each attack on a copy of the sound database.
$ cp t.db sound.db

# Row 13 rewritten in place with INSERT OR REPLACE (no trigger fires): the
# award's amount and its clerk.
$ cp sound.db a.db && sqlite3 a.db "INSERT OR REPLACE INTO journal SELECT id, recorded_at, effective_on, 'clerk2', case_id, kind, '裁决, 金额 ¥1.00', snapshot, hash FROM journal WHERE id = 13"
$ tiaocai --db a.db check | sed -E 's/链头 [0-9a-f]{16}/链头 …/; s/记录于 [0-9-]+ [0-9:]+/记录于 …/; s/用时 [0-9]+\.[0-9] 秒/用时 …/'; exit ${PIPESTATUS[0]}
> 数据库完整性: 正常
> 日志链: 共 13 条, 链头 …, 自第 13 条起有 1 条对不上
> 日志第 13 条被改动 (案件 贵劳人仲案字〔2026〕第2号, 事项 award, 记录于 …)
> 案件与日志: 已核对 2 件, 全部一致
> 期限缓存: 已核对未结案件 1 件, 全部一致
> 统计计数: 已核对已推算的案件 1 件, 全部一致
> 全面核对: 已核对日志 13 条 (自第 1 条起), 重放案件 2 件, 用时 …; 发现问题, 核对点未更新
! tiaocai: 数据库在本程序之外被改动过 (见上), 请核查, 必要时从备份恢复
? 1

# Both triggers dropped, row 7 (case 1's acceptance) changed, the triggers
# created again with their own SQL: the guards are all there, the change
# is not hidden.
$ cp sound.db b.db && sqlite3 b.db "SELECT sql || ';' FROM sqlite_schema WHERE name LIKE 'journal_no_%'" >trig.sql && sqlite3 b.db "DROP TRIGGER journal_no_update; DROP TRIGGER journal_no_delete; UPDATE journal SET actor = 'clerk2', effective_on = '2026-11-02' WHERE id = 7" && sqlite3 b.db <trig.sql && sqlite3 b.db "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'journal_no_%'"
> 2
$ tiaocai --db b.db check | sed -E 's/链头 [0-9a-f]{16}/链头 …/; s/记录于 [0-9-]+ [0-9:]+/记录于 …/; s/用时 [0-9]+\.[0-9] 秒/用时 …/'; exit ${PIPESTATUS[0]}
> 数据库完整性: 正常
> 日志链: 共 13 条, 链头 …, 自第 7 条起有 1 条对不上
> 日志第 7 条被改动 (案件 贵劳人仲案字〔2026〕第1号, 事项 accept, 记录于 …)
> 案件与日志: 已核对 2 件, 全部一致
> 期限缓存: 已核对未结案件 1 件, 全部一致
> 统计计数: 已核对已推算的案件 2 件, 与按案件重新推算的不一致:
> 案件 贵劳人仲案字〔2026〕第1号的统计记录与按其案件、期限和日志推算的不符
> 全面核对: 已核对日志 13 条 (自第 1 条起), 重放案件 2 件, 用时 …; 发现问题, 核对点未更新
! tiaocai: 数据库在本程序之外被改动过 (见上), 请核查, 必要时从备份恢复
? 1

# A forged entry: case 1 "settled" with no change to the case.
$ cp sound.db c.db && sqlite3 c.db "INSERT INTO journal(recorded_at, effective_on, actor, case_id, kind, detail) VALUES ('2026-11-21 10:00:00', '2026-11-21', 'clerk1', 1, 'settle', '调解成功, 金额 ¥6,800.00')"
$ tiaocai --db c.db check | sed -E 's/链头 [0-9a-f]{16}/链头 …/; s/用时 [0-9]+\.[0-9] 秒/用时 …/'; exit ${PIPESTATUS[0]}
> 数据库完整性: 正常
> 日志链: 共 14 条, 链头 (无), 自第 14 条起有 1 条对不上
> 日志第 14 条被改动 (案件 贵劳人仲案字〔2026〕第1号, 事项 settle, 记录于 2026-11-21 10:00:00)
> 案件与日志: 已核对 2 件, 1 件不一致
> 案件 贵劳人仲案字〔2026〕第1号: 最后一条日志 (第 14 条) 没有案件快照
> 期限缓存: 已核对未结案件 1 件, 全部一致
> 统计计数: 已核对已推算的案件 1 件, 全部一致
> 全面核对: 已核对日志 14 条 (自第 1 条起), 重放案件 2 件, 用时 …; 发现问题, 核对点未更新
! tiaocai: 数据库在本程序之外被改动过 (见上), 请核查, 必要时从备份恢复
? 1

# A case closed without an entry.
$ cp sound.db d.db && sqlite3 d.db "UPDATE cases SET stage = 'closed' WHERE id = 1"
$ tiaocai --db d.db check | sed -E 's/链头 [0-9a-f]{16}/链头 …/; s/用时 [0-9]+\.[0-9] 秒/用时 …/'; exit ${PIPESTATUS[0]}
> 数据库完整性: 正常
> 日志链: 正常, 共 13 条, 链头 …
> 案件与日志: 已核对 2 件, 1 件不一致
> 案件 贵劳人仲案字〔2026〕第1号: 阶段为「结案」, 而日志重演为「调解中」
> 期限缓存: 已核对未结案件 0 件, 全部一致
> 统计计数: 已核对已推算的案件 1 件, 全部一致
> 全面核对: 已核对日志 13 条 (自第 1 条起), 重放案件 2 件, 用时 …; 发现问题, 核对点未更新
! tiaocai: 数据库在本程序之外被改动过 (见上), 请核查, 必要时从备份恢复
? 1

# An award changed on the case row alone.
$ cp sound.db e.db && sqlite3 e.db "UPDATE cases SET resolved = 100 WHERE id = 2"
$ tiaocai --db e.db check | sed -E 's/链头 [0-9a-f]{16}/链头 …/; s/用时 [0-9]+\.[0-9] 秒/用时 …/'; exit ${PIPESTATUS[0]}
> 数据库完整性: 正常
> 日志链: 正常, 共 13 条, 链头 …
> 案件与日志: 已核对 2 件, 1 件不一致
> 案件 贵劳人仲案字〔2026〕第2号: 调解或裁决金额为「¥1.00」, 而日志记载为「¥298,200.00」
> 期限缓存: 已核对未结案件 1 件, 全部一致
> 统计计数: 已核对已推算的案件 1 件, 全部一致
> 全面核对: 已核对日志 13 条 (自第 1 条起), 重放案件 2 件, 用时 …; 发现问题, 核对点未更新
! tiaocai: 数据库在本程序之外被改动过 (见上), 请核查, 必要时从备份恢复
? 1

# The last row deleted (the chain before it is whole): the case row is
# ahead of its journal.
$ cp sound.db f.db && sqlite3 f.db "DROP TRIGGER journal_no_delete; DELETE FROM journal WHERE id = 13" && sqlite3 f.db "$(grep no_delete trig.sql)"
$ tiaocai --db f.db check | sed -E 's/链头 [0-9a-f]{16}/链头 …/; s/用时 [0-9]+\.[0-9] 秒/用时 …/'; exit ${PIPESTATUS[0]}
> 数据库完整性: 正常
> 日志链: 正常, 共 12 条, 链头 …
> 案件与日志: 已核对 2 件, 1 件不一致
> 案件 贵劳人仲案字〔2026〕第2号: 阶段为「结案」, 而日志重演为「审理中」; 版本为「5」, 而日志重演为「4」; 结案方式为「非终局裁决」, 而日志记载为「(空)」; 结案日期为「2026-11-20」, 而日志记载为「(空)」; 调解或裁决金额为「¥298,200.00」, 而日志记载为「(空)」; 终局裁决为「否」, 而日志记载为「(空)」
> 期限缓存: 已核对未结案件 1 件, 全部一致
> 统计计数: 已核对已推算的案件 2 件, 全部一致
> 全面核对: 已核对日志 12 条 (自第 1 条起), 重放案件 2 件, 用时 …; 发现问题, 核对点未更新
! tiaocai: 数据库在本程序之外被改动过 (见上), 请核查, 必要时从备份恢复
? 1

# The anchor: the head printed on last week's paper is still in the chain
# after more work today.
$ tiaocai case hearing 2026-1 --at '2026-11-30 09:30' --arbitrator 何文斌 --room 第一仲裁庭 --on 2026-11-22
>*
$ tiaocai check --anchor "$(cat head.txt)" | grep 锚点 | sed -E 's/[0-9a-f]{16}/…/'; exit ${PIPESTATUS[0]}
> 日志锚点 …: 是第 13 条, 仍在链中
$ tiaocai check --anchor "$(cat head.txt | tr a-f A-F)" >/dev/null && echo found
> found

# Whoever can write the file can change row 13 and rebuild the whole chain
# (here by making the journal look like version 2's and letting the
# migration chain it): the chain is whole again, but the printed head is
# gone from it.
$ cp t.db r.db && sqlite3 r.db "DROP TRIGGER tally_case_insert; DROP TRIGGER tally_case_delete; DROP TRIGGER tally_case_update; DROP TRIGGER tally_clock_insert; DROP TRIGGER tally_clock_delete; DROP TRIGGER tally_clock_update; DROP TRIGGER tally_journal_insert; DROP TRIGGER tally_undo_insert; DROP TRIGGER tally_undo_update; DROP TRIGGER tally_undo_delete; DROP TRIGGER tally_claim_insert; DROP TRIGGER tally_claim_delete; DROP TRIGGER tally_claim_update; DROP TRIGGER tally_payment_insert; DROP TRIGGER tally_payment_delete; DROP TRIGGER tally_payment_update; DROP TABLE tally_dirty; DROP TABLE tally_cases; DROP TABLE tally_days; DROP TABLE tally_months; DROP TABLE tally_due; DROP TABLE tally_pay; DROP TABLE tally_event_days; DROP TABLE tally_event_months; DROP INDEX journal_stops; DROP INDEX case_undo_undone; DROP TRIGGER journal_no_update; UPDATE journal SET detail = '裁决, 金额 ¥1.00' WHERE id = 13; ALTER TABLE journal DROP COLUMN hash; ALTER TABLE journal DROP COLUMN snapshot; DROP TABLE case_clocks; DROP TABLE stage_counts; DROP TRIGGER cases_count_insert; DROP TRIGGER cases_count_delete; DROP TRIGGER cases_count_update; DROP INDEX cases_open_due; ALTER TABLE cases ADD COLUMN accept_due TEXT; ALTER TABLE cases ADD COLUMN close_due TEXT; ALTER TABLE cases ADD COLUMN mediation_due TEXT; ALTER TABLE cases ADD COLUMN target_due TEXT; CREATE INDEX cases_open_due ON cases(next_due) WHERE stage <> 'closed'; CREATE INDEX cases_accept_due ON cases(accept_due); CREATE INDEX cases_mediation_due ON cases(mediation_due); CREATE INDEX cases_close_due ON cases(close_due); DROP TABLE agents; DROP TABLE payments; DROP TABLE case_undo; DROP INDEX cases_clerk; DROP INDEX cases_mediator_open; DROP INDEX cases_arbitrator_open; ALTER TABLE cases DROP COLUMN cause; ALTER TABLE cases DROP COLUMN applicant_side; ALTER TABLE cases DROP COLUMN clerk_id; ALTER TABLE cases DROP COLUMN docs_due; ALTER TABLE cases DROP COLUMN docs_received_on; ALTER TABLE cases DROP COLUMN paid; ALTER TABLE cases DROP COLUMN close_from; ALTER TABLE claims DROP COLUMN party_id; DELETE FROM settings WHERE key = 'missing_docs_days'; CREATE TABLE hearings_old(id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE, at TEXT NOT NULL, arbitrator_id INTEGER REFERENCES people(id), room TEXT); INSERT INTO hearings_old SELECT h.id, h.case_id, h.at, h.arbitrator_id, r.name FROM hearings h LEFT JOIN rooms r ON r.id = h.room_id; DROP TABLE hearings; ALTER TABLE hearings_old RENAME TO hearings; CREATE INDEX hearings_at ON hearings(at); CREATE INDEX hearings_case ON hearings(case_id); CREATE INDEX hearings_at_case ON hearings(at, case_id); DROP TABLE rooms; DROP TABLE tribunals; DELETE FROM settings WHERE key IN ('hearing_minutes', 'collective_sole'); DROP TABLE services; DROP TABLE doc_unserved; DROP TABLE documents; DROP TABLE doc_sections; DELETE FROM clock_rules WHERE name IN ('gazette', 'set_aside'); UPDATE clock_rules SET starts = 'award' WHERE name = 'sue'; UPDATE clock_rules SET starts = 'served' WHERE name = 'defence'; DELETE FROM settings WHERE key IN ('evidence_days', 'pay_within', 'seal_note', 'documents_since'); PRAGMA user_version = 2"
$ tiaocai --db r.db check | sed -E 's/链头 [0-9a-f]{16}/链头 …/; s/用时 [0-9]+\.[0-9] 秒/用时 …/'; exit ${PIPESTATUS[0]}
> 数据库完整性: 正常
> 日志链: 正常, 共 14 条, 链头 …
> 案件与日志: 已核对 2 件, 全部一致
> 期限缓存: 已核对未结案件 1 件, 全部一致
> 统计计数: 已核对已推算的案件 1 件, 全部一致
> 全面核对: 已核对日志 14 条 (自第 1 条起), 重放案件 2 件, 用时 …; 核对点记为日志第 14 条
$ tiaocai --db r.db check --anchor "$(cat head.txt)" | grep 锚点 | sed -E 's/[0-9a-f]{16}/…/'; exit ${PIPESTATUS[0]}
> 日志锚点 …: 链中没有这一条, 日志在它之后被改动或重建过
! tiaocai: 数据库在本程序之外被改动过 (见上), 请核查, 必要时从备份恢复
? 1

$ tiaocai check --anchor 3fa1c2
! tiaocai: 锚点应为周报上印的日志链头, 16 至 64 位十六进制数字: 3fa1c2
? 2
$ tiaocai check --anchor
! tiaocai: check: --anchor 后应给出周报上印的日志链头
!*
? 2

# A database made before the chain (schema version 2, by `tiaocai demo
# --cases 12`) is chained on opening: each case's last row gets the case
# row as its snapshot.  Its rows are fixed, so is its head.
$ sqlite3 old.db <$FIX/v2-demo.sql && tiaocai --db old.db check | sed -E 's/用时 [0-9]+\.[0-9] 秒/用时 …/'; exit ${PIPESTATUS[0]}
> 数据库完整性: 正常
> 日志链: 正常, 共 58 条, 链头 6afc2702e430b5bb
> 案件与日志: 已核对 12 件, 全部一致
> 期限缓存: 已核对未结案件 3 件, 全部一致
> 统计计数: 已核对已推算的案件 10 件, 全部一致
> 全面核对: 已核对日志 58 条 (自第 1 条起), 重放案件 12 件, 用时 …; 核对点记为日志第 58 条
$ sqlite3 old.db "PRAGMA user_version; SELECT count(*) FROM journal WHERE snapshot IS NOT NULL; SELECT count(DISTINCT case_id) FROM journal"
> 12
> 12
> 12
$ sqlite3 old.db "UPDATE cases SET claimed = claimed + 100000 WHERE id = 3" && tiaocai --db old.db check | grep ^案件; exit ${PIPESTATUS[0]}
> 案件与日志: 已核对 12 件, 1 件不一致
> 案件 贵劳人仲案字〔2026〕第3号: 请求金额为「¥325,280.00」, 而日志记载为「¥324,280.00」
! tiaocai: 数据库在本程序之外被改动过 (见上), 请核查, 必要时从备份恢复
? 1
