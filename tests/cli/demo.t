# tiaocai demo: a new database with the sample calendars and roster, the
# demo users and a docket of cases made up from a seed.  With the fixed
# TIAOCAI_TODAY the same seed always gives the same summary.

$ tiaocai --db demo.db demo --cases 50
> 演示数据库: demo.db
> 名册: 组织 9 个, 人员 31 名; 用户 8 名
> 案件 50 件: 收案 3, 案前调解 0, 已立案 0, 调解中 6, 审理中 9, 中止 1, 结案 31
> 超期 8 件, 3 日内届满 6 件

# The one who built it is the admin and can work in it at once.
$ tiaocai --db demo.db case list --limit 3
>*

# Like init, demo never touches an existing file.
$ tiaocai --db demo.db demo --cases 50
! tiaocai: demo.db 已存在, 不会改动它 (要新建请换一个文件名)
? 1

$ tiaocai demo --db bad.db --cases abc
! tiaocai: demo: --cases 应为 1 到 10000000 的整数: abc
! 用法: tiaocai [--db FILE] demo [--db FILE] [--cases N] [--seed N] [--weeks N]
!   --cases N   案件数 (默认 300)
!   --seed N    随机种子, 同一种子生成同样的案件 (默认 1)
!   --weeks N   收案日期分布在今天之前的 N 周内 (默认 10)
? 2

$ test ! -e bad.db

$ tiaocai --db other.db demo --cases 20 --weeks 1 --seed 99
> 演示数据库: other.db
> 名册: 组织 9 个, 人员 31 名; 用户 8 名
> 案件 20 件: 收案 11, 案前调解 2, 已立案 5, 调解中 1, 审理中 0, 中止 0, 结案 1
> 超期 0 件, 3 日内届满 13 件

$ tiaocai --db x.db demo --weeks 0
!*
? 2
