# concurrency.t - several clerks on one database file at the same moment:
# four processes registering 25 applications each, then four trying to
# accept the same case.  WAL, BEGIN IMMEDIATE and a busy timeout must make
# every add succeed with its own number, in sequence, without a gap.

$ tiaocai init >/dev/null && sqlite3 "$TIAOCAI_DB" 'PRAGMA journal_mode'
> wal

$ "$TIAOCAI_DATADIR/tests/cli/concurrent-add.sh" 4 25
> adds: 100, failed: 0, messages: 0
> distinct case numbers printed: 100
> cases: 100, distinct numbers: 100
> sequence: 1..100, gaps: 0
> case_seq: 100
> journal add rows: 100
> printed = stored
> journal_mode: wal

# The numbers are the office's: 贵劳人仲案字〔2026〕第1号 ... 第100号.
$ sqlite3 "$TIAOCAI_DB" "SELECT case_no FROM cases WHERE seq IN (1, 100) ORDER BY seq"
> 贵劳人仲案字〔2026〕第1号
> 贵劳人仲案字〔2026〕第100号

$ tiaocai case add --applicant 李四 --applicant-id 440524188001010014 --employer 某公司 --claim 工资:1000 --received 2026-11-21
> 贵劳人仲案字〔2026〕第101号
! tiaocai: 警告: 申请人 李四: 按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)

# Four clerks accept the same case at once: one does it, three are told
# the case is already accepted.
$ for i in 1 2 3 4; do (tiaocai case accept 2026-101 >/dev/null 2>>errs; echo $? >>rcs) & done; wait; sort rcs | uniq -c | sed 's/^ *//'; sort errs | uniq -c | sed 's/^ *//'
> 1 0
> 3 1
> 3 tiaocai: 案件处于「已立案」阶段, 不能受理; 现在可以: mediate tribunal hearing withdraw suspend extend transfer
> 1 tiaocai: 警告: 2027 年国务院放假安排未载入, 暂按法定节假日计算

$ sqlite3 "$TIAOCAI_DB" "SELECT stage, version FROM cases WHERE seq = 101; SELECT count(*) FROM journal WHERE kind = 'accept'"
> accepted|2
> 1
