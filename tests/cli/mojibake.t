# import cases --encoding gb18030 on a file that is really UTF-8: GB18030
# would decode its bytes without complaint, as mojibake (张伟 as 寮犱紵).
# The import refuses, says the file looks like UTF-8 and what to give
# instead, exits 1 and imports nothing.
$ tiaocai init >/dev/null && tiaocai roster import $DATA/roster.csv
> 已导入名册: 组织 9 个, 人员 31 名

# The room the file's hearing to come is held in.
$ tiaocai room add 第一仲裁庭
> 已登记开庭地点 第一仲裁庭

$ cp $FIX/import-cases.csv . && tiaocai import cases import-cases.csv --encoding gb18030
! tiaocai: import-cases.csv: 文件像是 UTF-8 编码, 不是 GB18030 (按 GB18030 读会变成乱码); 请改用 --encoding utf-8 (或 --encoding auto)
? 1

$ tiaocai case list --format csv | tr -d '\r' | wc -l
> 1

# The same with a BOM, and with the encoding named in capitals.
$ cp $FIX/import-bom.csv . && tiaocai import cases import-bom.csv --encoding GB18030
! tiaocai: import-bom.csv: 文件像是 UTF-8 编码, 不是 GB18030 (按 GB18030 读会变成乱码); 请改用 --encoding utf-8 (或 --encoding auto)
? 1

# Doing as told imports it whole, with the names right.
$ tiaocai import cases import-cases.csv --encoding utf-8 && tiaocai case list --format csv | tr -d '\r' | grep -c '"张伟"'
> 已导入案件 14 件
> 1

# A real GB18030 file still imports under --encoding gb18030, and a file
# of ASCII alone is the same bytes in both encodings.
$ tiaocai --db g.db init >/dev/null && tiaocai --db g.db import cases $FIX/import-gb18030.csv --encoding gb18030 && tiaocai --db g.db case list --format csv | tr -d '\r' | cut -d, -f7 | sed 1d | sort
> 已导入案件 3 件
> "欧阳秀梅"
> "阿卜杜·热合曼等2人"
> "龙德胜"

$ printf 'received_on,applicant,applicant_id,respondent,claimed\n2026-11-20,Li Lei,520102198503141259,Guiyang Co,100.00\n' > ascii.csv && tiaocai --db g.db import cases ascii.csv --encoding gb18030
> 已导入案件 1 件
