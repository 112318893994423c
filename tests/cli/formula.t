# Formula injection: a text cell that begins with = + - @ (or TAB or CR)
# goes out of every CSV the program writes behind an apostrophe, so a
# spreadsheet shows it as text instead of running it; numbers, amounts and
# dates are left as they are.  Reading a CSV takes the apostrophe off
# again, so export and import round trips stay byte-exact (tiaocai(5), CSV
# FILES).  The fixtures hold a claimant =HYPERLINK(...), employers
# -某公司 and +86 138 ..., a claimant @某人, an industry =1+1, and texts
# that already begin with apostrophes.
$ tiaocai init >/dev/null && tiaocai roster import $FIX/roster-formula.csv && tiaocai import cases $FIX/import-formula.csv
> 已导入名册: 组织 1 个, 人员 1 名
> 已导入案件 3 件

# Stored as typed after the fixture's own guards came off once: '=张三
# is the claimant =张三, ''+李四劳务公司 the employer '+李四劳务公司.
$ tiaocai case show 2026-3 | sed -n '/^当事人/,/^$/p' | sed -n 3,4p | awk '{print $2}'
> =张三
> '+李四劳务公司

# export ledger: the text cells guarded; the amounts, the dates and the
# -13 days left (a number) as they are.
$ tiaocai export ledger | tr -d '\r' | sed 1d
> "贵劳人仲案字〔2026〕第1号","2026-11-16","","收案","","普通","'=HYPERLINK(""http://x"",""点我"")","1","'-某公司","","制造业","窗口","1500.00","","","","","2026-11-23","","1","0","","","0.00","劳动报酬",""
> "贵劳人仲案字〔2026〕第2号","2026-11-02","","收案","","普通","'@某人","1","'+86 138 贵州某公司","","'=1+1","窗口","12.50","","","","","2026-11-09","","-13","1","","","0.00","劳动报酬",""
> "贵劳人仲案字〔2026〕第3号","2026-11-18","","收案","","普通","'=张三","1","''+李四劳务公司","","建筑业","窗口","300.00","","","","","2026-11-23","","1","0","","","0.00","劳动报酬",""

# case list --format csv: the same cells.
$ tiaocai case list --format csv | tr -d '\r' | grep -o "\"'[^\"]*\"" | sort
> "''+李四劳务公司"
> "'+86 138 贵州某公司"
> "'-某公司"
> "'=1+1"
> "'=HYPERLINK("
> "'=张三"
> "'@某人"

# export stats: the industry slice =1+1 is text; the dates stay dates.
$ tiaocai export stats --from 2026-11-01 --to 2026-11-30 --by industry | tr -d '\r' | cut -d, -f1-5
> "统计起始日","统计截止日","分类","上期未结","当期收案"
> "2026-11-01","2026-11-30","'=1+1","0","1"
> "2026-11-01","2026-11-30","制造业","0","1"
> "2026-11-01","2026-11-30","建筑业","0","1"
> "2026-11-01","2026-11-30","合计","0","3"

# roster export and roster list --format csv: names, organisations,
# backgrounds and contacts; the term dates stay dates.
$ tiaocai roster export - | tr -d '\r' | tail -2
> "组织","'=HYPERLINK(""http://x"",""点我"")调解室","","其他","","贵阳市","","","","","","","","在册","","0851-85871234","'@某人"
> "调解员","'-某调解员","'=HYPERLINK(""http://x"",""点我"")调解室","","","","专职","'+律师","筑调2024-901","工资","普通话","2024-01-01","2026-12-31","在册","","13985017342",""

$ tiaocai roster list --format csv | tr -d '\r' | tail -1
> "'-某调解员","调解员","'=HYPERLINK(""http://x"",""点我"")调解室","专职","'+律师","筑调2024-901","工资","普通话","2024-01-01","2026-12-31","在册","","13985017342","0"

# What a spreadsheet's CSV reader gets (Python's csv module here): the
# cells begin with the apostrophe, the numbers do not.
$ tiaocai export ledger -o l1.csv 2>/dev/null && python3 -c 'import csv; r = list(csv.reader(open("l1.csv", encoding="utf-8", newline=""))); [print(" | ".join(x[i] for i in (6, 8, 10, 12, 19))) for x in r[1:]]; assert all(x[6][0] == "\x27" and x[6][1] in "=+-@\x27" for x in r[1:])'
> '=HYPERLINK("http://x","点我") | '-某公司 | 制造业 | 1500.00 | 1
> '@某人 | '+86 138 贵州某公司 | '=1+1 | 12.50 | -13
> '=张三 | ''+李四劳务公司 | 建筑业 | 300.00 | 1

# The round trip: the ledger (with its ID numbers and claims beside it)
# into a new database and out again, the same bytes; in GB18030 too.
$ printf '"申请人身份证号码","请求事项"\n"520102198503141259","工资:1500.00"\n"52240119920706032X","工资:12.50"\n"520121197809022177","工资:300.00"\n' > extra.csv && tr -d '\r' < l1.csv | paste -d, - extra.csv > f1.csv && tiaocai --db u.db init >/dev/null && tiaocai --db u.db roster import $FIX/roster-formula.csv >/dev/null && tiaocai --db u.db import cases f1.csv && tiaocai --db u.db export ledger -o l2.csv 2>/dev/null && cmp l1.csv l2.csv && echo same
> 已导入案件 3 件
> same

$ tiaocai export ledger --encoding gb18030 -o g1.csv 2>/dev/null && iconv -f UTF-8 -t GB18030 extra.csv > gx.csv && tr -d '\r' < g1.csv | paste -d, - gx.csv > fg.csv && tiaocai --db w.db init >/dev/null && tiaocai --db w.db import cases fg.csv --encoding gb18030 && tiaocai --db w.db export ledger --encoding gb18030 -o g2.csv 2>/dev/null && cmp g1.csv g2.csv && echo same
> 已导入案件 3 件
> same

# The roster, out and in and out again.
$ tiaocai roster export r1.csv 2>/dev/null && tiaocai --db r.db init >/dev/null && tiaocai --db r.db roster import r1.csv && tiaocai --db r.db roster export r2.csv 2>/dev/null && cmp r1.csv r2.csv && echo same
> 已导入名册: 组织 1 个, 人员 1 名
> same

# A calendar file's names lose the guard the same way.
$ printf '日期,类型,名称\n2027-01-01,off,"\x27=元旦"\n' > cal.csv && tiaocai calendar import cal.csv >/dev/null && tiaocai calendar show 2027 | grep -o '=元旦'
> =元旦
