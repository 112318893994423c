# The office's safety net: a backup taken while the database is in use,
# and a check that finds damage and stale deadline caches.  The chain head
# changes from run to run (rows carry the real time): masked here,
# compared in journal.t.

$ tiaocai init
>*
$ tiaocai user add --login "$(id -un)" --name 管理员 --role admin
>*
$ tiaocai user add --login clerk1 --name 书记员甲 --role clerk
>*
$ tiaocai case add --applicant 罗建 --applicant-id 440524188001010014 --employer 贵阳某餐饮管理有限公司 --claim 工资:6800 --received 2026-11-20
> 贵劳人仲案字〔2026〕第1号
! tiaocai: 警告: 申请人 罗建: 按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)

$ tiaocai backup b.db
> 已备份到 b.db
$ stat -c %a b.db
> 600
$ tiaocai --db b.db case list --format csv --header en | cut -d, -f1,7
> "case_no","applicant"
> "贵劳人仲案字〔2026〕第1号","罗建"
$ tiaocai --db b.db check | sed -E 's/链头 [0-9a-f]{16}/链头 …/; s/用时 [0-9]+\.[0-9] 秒/用时 …/'; exit ${PIPESTATUS[0]}
> 数据库完整性: 正常
> 日志链: 正常, 共 6 条, 链头 …
> 案件与日志: 已核对 1 件, 全部一致
> 期限缓存: 已核对未结案件 1 件, 全部一致
> 统计计数: 已核对已推算的案件 0 件, 全部一致
> 全面核对: 已核对日志 6 条 (自第 1 条起), 重放案件 1 件, 用时 …; 核对点记为日志第 6 条

# A backup never overwrites a file, and needs an admin or a supervisor.
$ tiaocai backup b.db
! tiaocai: b.db 已存在, 不会覆盖它
? 1
$ TIAOCAI_USER=clerk1 tiaocai backup c.db
! tiaocai: clerk1 (书记员) 无权进行此操作, 需由管理员、院领导办理
? 1
$ test -e c.db && echo made || echo none
> none

$ tiaocai check | sed -E 's/链头 [0-9a-f]{16}/链头 …/; s/用时 [0-9]+\.[0-9] 秒/用时 …/'; exit ${PIPESTATUS[0]}
> 数据库完整性: 正常
> 日志链: 正常, 共 6 条, 链头 …
> 案件与日志: 已核对 1 件, 全部一致
> 期限缓存: 已核对未结案件 1 件, 全部一致
> 统计计数: 已核对已推算的案件 0 件, 全部一致
> 全面核对: 已核对日志 6 条 (自第 1 条起), 重放案件 1 件, 用时 …; 核对点记为日志第 6 条

# A deadline cache edited behind the program's back is found, and rebuilt
# on request: received 11-20 + 5 days = 11-25.
$ sqlite3 "$TIAOCAI_DB" "UPDATE case_clocks SET due_on = '2026-12-31' WHERE clock = 'accept'; UPDATE cases SET next_due = '2026-12-31'"
$ tiaocai check | sed -E 's/链头 [0-9a-f]{16}/链头 …/; s/用时 [0-9]+\.[0-9] 秒/用时 …/'; exit ${PIPESTATUS[0]}
> 数据库完整性: 正常
> 日志链: 正常, 共 6 条, 链头 …
> 案件与日志: 已核对 1 件, 全部一致
> 期限缓存: 已核对未结案件 1 件, 1 件与现行规则不一致: 贵劳人仲案字〔2026〕第1号
> 统计计数: 已核对已推算的案件 0 件, 全部一致
> 全面核对: 已核对日志 6 条 (自第 1 条起), 重放案件 1 件, 用时 …; 发现问题, 核对点未更新
! tiaocai: 期限缓存与规则不一致, 可用 tiaocai check --repair 重新计算
? 1
$ tiaocai check --repair | sed -E 's/链头 [0-9a-f]{16}/链头 …/; s/用时 [0-9]+\.[0-9] 秒/用时 …/'; exit ${PIPESTATUS[0]}
> 数据库完整性: 正常
> 日志链: 正常, 共 6 条, 链头 …
> 案件与日志: 已核对 1 件, 全部一致
> 期限缓存: 已核对未结案件 1 件, 1 件与现行规则不一致: 贵劳人仲案字〔2026〕第1号
> 统计计数: 已核对已推算的案件 0 件, 全部一致
> 期限缓存: 已重新计算
> 全面核对: 已核对日志 6 条 (自第 1 条起), 重放案件 1 件, 用时 …; 核对点记为日志第 6 条
$ sqlite3 "$TIAOCAI_DB" "SELECT k.due_on, c.next_due FROM cases c JOIN case_clocks k ON k.case_id = c.id AND k.clock = 'accept'"
> 2026-11-25|2026-11-25

# The journal without its append-only guard was changed behind the
# program's back (tests/cli/journal.t has the rest of such changes).
$ sqlite3 "$TIAOCAI_DB" "DROP TRIGGER journal_no_delete"
$ tiaocai check | sed -E 's/链头 [0-9a-f]{16}/链头 …/; s/用时 [0-9]+\.[0-9] 秒/用时 …/'; exit ${PIPESTATUS[0]}
> 数据库问题: 日志表缺少只追加保护 (触发器 journal_no_update/journal_no_delete)
> 日志链: 正常, 共 6 条, 链头 …
> 案件与日志: 已核对 1 件, 全部一致
> 期限缓存: 已核对未结案件 1 件, 全部一致
> 统计计数: 已核对已推算的案件 0 件, 全部一致
> 全面核对: 已核对日志 6 条 (自第 1 条起), 重放案件 1 件, 用时 …; 发现问题, 核对点未更新
! tiaocai: 数据库在本程序之外被改动过 (见上), 请核查, 必要时从备份恢复
? 1

# The first screen's counts by stage are kept by triggers; a count changed
# around the program is found.
$ sqlite3 "$TIAOCAI_DB" "CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END; UPDATE stage_counts SET n = n + 2 WHERE stage = 'received'"
$ tiaocai check | sed -E 's/链头 [0-9a-f]{16}/链头 …/; s/用时 [0-9]+\.[0-9] 秒/用时 …/'; exit ${PIPESTATUS[0]}
> 数据库问题: 阶段计数 received 记为 3 件, 实有 1 件
> 日志链: 正常, 共 6 条, 链头 …
> 案件与日志: 已核对 1 件, 全部一致
> 期限缓存: 已核对未结案件 1 件, 全部一致
> 统计计数: 已核对已推算的案件 0 件, 全部一致
> 全面核对: 已核对日志 6 条 (自第 1 条起), 重放案件 1 件, 用时 …; 发现问题, 核对点未更新
! tiaocai: 数据库在本程序之外被改动过 (见上), 请核查, 必要时从备份恢复
? 1

$ tiaocai check --fix
! tiaocai: check: 不认识的参数 --fix
! 用法: tiaocai backup 文件
!       tiaocai check [--quick] [--repair] [--anchor 链头]
? 2

# A damaged page: the check names what SQLite found and goes no further
# (exit 3), the quick check as the full one.  A damaged page of the images
# kept for revert is left to the full check (tiaocai(1), check --quick).
$ tiaocai --db d.db demo --cases 30 --weeks 2 >/dev/null && cp d.db p.db && cp d.db u.db
$ page() { sqlite3 d.db "SELECT pageno FROM dbstat WHERE name = '$1' AND pagetype = 'leaf' ORDER BY pageno LIMIT 1"; }; for t in parties case_undo; do printf '\377\377' | dd of=$([ $t = parties ] && echo p || echo u).db bs=1 seek=$(( ($(page $t) - 1) * $(sqlite3 d.db 'PRAGMA page_size') + 3 )) conv=notrunc status=none; done
$ tiaocai --db p.db check --quick | sed -E 's/[0-9]+/N/g'; exit ${PIPESTATUS[0]}
> 快速核对: 尚无核对点, 日志自第 N 条起全部核对
> 数据库损坏: *** in database main ***
> Page N: btreeInitPage() returns error code N
! tiaocai: 数据库已损坏 (见上), 请从备份恢复
? 3
$ tiaocai --db p.db check | sed -E 's/[0-9]+/N/g'; exit ${PIPESTATUS[0]}
> 数据库损坏: *** in database main ***
> Page N: btreeInitPage() returns error code N
! tiaocai: 数据库已损坏 (见上), 请从备份恢复
? 3
$ tiaocai --db u.db check --quick | grep -E '^(数据库|快速核对: 已)' | sed -E 's/[0-9]+(\.[0-9])?/N/g'
> 数据库完整性: 正常 (快速检查: 日志与撤销记录以外的表每页读过, 未逐条核对索引与外键)
> 快速核对: 已核对日志 N 条 (自第 N 条起), 重放案件 N 件, 用时 N 秒; 核对点记为日志第 N 条
$ tiaocai --db u.db check | sed -E 's/[0-9]+/N/g'; exit ${PIPESTATUS[0]}
> 数据库损坏: *** in database main ***
> Page N: btreeInitPage() returns error code N
! tiaocai: 数据库已损坏 (见上), 请从备份恢复
? 3
