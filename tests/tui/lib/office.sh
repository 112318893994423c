# tests/tui/lib/office.sh - a small office built through the command line with
# fixed dates (today 2026-11-22): names of 2, 3 and 4 characters, a
# collective case, one case per stage, and overdue, near and far clocks.
tui_office() {
	tc init >/dev/null || exit 1
	tc user add --login "$(id -un)" --name 窗口书记员 --role admin >/dev/null || exit 1
	tc user add --login lvshi --name 周律师 --role lawyer >/dev/null || exit 1
	tc roster import "$TUI_TOP/sample-data/roster.csv" >/dev/null || exit 1
	# 1: received 11-10, accept clock overdue since 11-16.
	tc case add --applicant 王芳 --applicant-id 52010219850312001X \
		--employer 贵阳某建筑劳务有限公司 --claim 工资:8600 --received 2026-11-10 >/dev/null
	# 2: received 11-20, near (accept due 11-25), with the lawyer.
	tc case add --applicant 欧阳晓梅 --applicant-id 52010219900715002X \
		--employer 贵州黔城餐饮管理有限公司 --claim 工资:1.5万 --received 2026-11-20 \
		--fast --lawyer lvshi >/dev/null
	# 3: a collective case, accepted 11-02, in mediation since 11-20 (an
	# office target, far); no tribunal named, so its tribunal clock (due
	# 11-09) is overdue.
	tc case add --applicant 李强 --applicant-id 522121198801010039 \
		--applicant 张伟 --applicant-id 52030219920420004X \
		--applicant 刘洋 --applicant-id 52042219950808005X \
		--employer 遵义某建设工程有限公司 --claim 工资:36000 --received 2026-11-01 >/dev/null
	tc case accept 2026-3 --on 2026-11-02 >/dev/null
	tc case mediate 2026-3 --on 2026-11-20 --mediator 陈立平 >/dev/null
	# 4: closed by withdrawal.
	tc case add --applicant 赵敏 --applicant-id 52010219850312001X \
		--employer 中建三局第一建设工程有限责任公司贵州分公司 --claim 加班费:2300.5 --received 2026-11-05 >/dev/null
	tc case accept 2026-4 --on 2026-11-06 >/dev/null
	tc case withdraw 2026-4 --on 2026-11-09 --reason 已与单位自行和解 >/dev/null
	[ "$(tc case list --format csv | wc -l)" -eq 5 ] || { echo "office data not built"; exit 1; }
}
