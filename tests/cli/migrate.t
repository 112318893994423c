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

$ tiaocai --db old.db check
> 数据库完整性: 正常
> 日志链: 正常, 共 155 条, 链头 dc77df1ae29da592
> 案件与日志: 已核对 40 件, 全部一致
> 期限缓存: 已核对未结案件 17 件, 全部一致
!*

$ sqlite3 old.db "PRAGMA user_version; SELECT count(*) FROM cases; SELECT count(*) FROM parties; SELECT count(*) FROM claims; SELECT count(*) FROM journal"
> 7
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
