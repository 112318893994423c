/*
 * cli_admin.c - `tiaocai backup FILE` and `tiaocai check [--quick]
 * [--repair] [--anchor HEAD]`: the office's safety net.  A backup is a
 * consistent copy taken while clerks work; check looks for damage, for a
 * journal or case rows changed behind the program's back (the hash chain
 * and the replay of every case, journal.h and audit.h) and for caches that
 * no longer match what they cache, and --repair rebuilds the deadline
 * caches and the statistics' day counts (tally.h).  --quick does the same
 * from the point the last check that passed reached, for the journal rows
 * after it and their cases.
 */
#include "cli.h"
#include "tiaocai/deadline.h"
#include "tiaocai/case.h"
#include "tiaocai/audit.h"
#include "tiaocai/journal.h"
#include "tiaocai/tally.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char usage[] =
	"用法: tiaocai backup 文件\n"
	"      tiaocai check [--quick] [--repair] [--anchor 链头]\n";

int cli_backup(struct cli *c, int argc, char **argv)
{
	struct tc_err e = {0};
	int rc;

	if (argc != 2 || argv[1][0] == '-')
		return cli_usage(usage, "backup: 请给出一个备份文件名");
	if ((rc = cli_open(c)) != 0)
		return rc;
	/* A backup holds every worker's ID number: office settings rights. */
	if (user_may(&c->actor, PERM_SETTINGS, &e) != TC_OK || db_backup(c->db, argv[1], &e) != TC_OK)
		return cli_fail(&e);
	printf("已备份到 %s\n", argv[1]);
	return 0;
}

/* Seconds since t0 (CLOCK_MONOTONIC). */
static double seconds_since(const struct timespec *t0)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)(t.tv_sec - t0->tv_sec) + (double)(t.tv_nsec - t0->tv_nsec) / 1e9;
}

/* A check that passed records how far it verified, which the next quick
 * check starts from: unless nothing was verified, or the user or the
 * file may not be written.  What became of it, for the last line. */
static char *record_point(struct cli *c, const struct audit_report *jr, bool quick)
{
	struct audit_point p = {.id = jr->last_id, .quick = quick};
	struct tc_err e = {0};

	if (jr->last_id == 0)
		return xstrdup("日志为空, 没有核对点可记");
	if (user_read_only(&c->actor))
		return xstrdup("只读用户, 核对点未更新");
	if (c->db->readonly)
		return xstrdup("数据库只能读, 核对点未更新");
	snprintf(p.hash, sizeof p.hash, "%s", jr->head.hash);
	snprintf(p.by, sizeof p.by, "%s", c->actor.login);
	if (audit_point_put(c->db, &p, &e) != TC_OK)
		return xasprintf("核对点未能记下 (%s)", e.msg);
	return xasprintf("核对点记为日志第 %lld 条", (long long)jr->last_id);
}

int cli_check(struct cli *c, int argc, char **argv)
{
	struct strlist damage = {0}, problems = {0}, stale = {0}, tallies = {0};
	struct audit_report jr = {0};
	struct audit_point from = {0};
	struct tc_err e = {0};
	struct timespec t0;
	const char *anchor = NULL;
	bool repair = false, quick = false, tampered, in_tx = false;
	struct db_check *job = NULL;
	size_t checked = 0, tchecked = 0;
	int rc;

	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--repair") == 0)
			repair = true;
		else if (strcmp(argv[i], "--quick") == 0)
			quick = true;
		else if (strcmp(argv[i], "--anchor") == 0 && i + 1 < argc)
			anchor = argv[++i];
		else if (strcmp(argv[i], "--anchor") == 0)
			return cli_usage(usage, "check: --anchor 后应给出周报上印的日志链头");
		else
			return cli_usage(usage, "check: 不认识的参数 %s", argv[i]);
	}
	if (quick && anchor)
		return cli_usage(usage, "check: --anchor 要在全部日志中查找, 只能用于全面核对 (不带 --quick)");
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (quick && audit_point_get(c->db, &from, &e) != TC_OK)
		return cli_fail(&e);
	/* From a point on, or (none recorded) the whole journal. */
	bool from_point = quick && from.id > 0;
	if (from_point)
		printf("快速核对: 自上次核对点起, 即日志第 %lld 条 (%s 由 %s %s核对)\n",
		       (long long)from.id, from.at, from.by, from.quick ? "快速" : "全面");
	else if (quick)
		printf("快速核对: 尚无核对点, 日志自第 1 条起全部核对\n");

	/* One read transaction: every part sees the same moment, while
	 * clerks go on writing. */
	if (db_exec(c->db, "BEGIN", &e) != TC_OK) {
		rc = cli_fail(&e);
		goto out;
	}
	in_tx = true;
	/* SQLite's own checks take the other core while the journal is read. */
	if (db_check_start(c->db, quick, &job, &e) != TC_OK) {
		rc = cli_fail(&e);
		goto out;
	}
	/* A damaged file can stop this reading too: the damage found by the
	 * checks above is the answer then. */
	enum tc_status st = db_verify_guards(c->db, &problems, &e);
	if (st == TC_OK)
		st = from_point ? audit_verify_quick(c->db, &from, &jr, &e)
				: audit_verify(c->db, anchor, &jr, &e);
	if (st == TC_OK)
		st = audit_unserved(c->db, from_point ? jr.replayed : NULL, jr.nreplayed, &problems, &e);
	if (st == TC_OK)
		st = from_point && !jr.rules_changed
			     ? audit_clocks(c->db, jr.replayed, jr.nreplayed, &checked, &stale, &e)
			     : deadline_verify(c->db, &checked, &stale, &e);
	if (st == TC_OK)
		st = from_point ? tally_verify_cases(c->db, jr.replayed, jr.nreplayed, &tallies, &tchecked, &e)
				: tally_verify(c->db, &tallies, &tchecked, &e);
	if (st == TC_OK)
		st = db_exec(c->db, "COMMIT", &e);
	/* SQLite's findings first, as they were found first. */
	struct tc_err je = {0};
	struct strlist found = {0};
	enum tc_status jst = db_check_finish(job, &damage, &found, &je);
	job = NULL;
	for (size_t i = 0; i < problems.n; i++)
		sl_push(&found, problems.v[i]);
	sl_free(&problems);
	problems = found;
	if (damage.n) {
		/* Nothing more is said of a damaged file. */
		for (size_t i = 0; i < damage.n; i++)
			printf("数据库损坏: %s\n", damage.v[i]);
		fputs("tiaocai: 数据库已损坏 (见上), 请从备份恢复\n", stderr);
		rc = TC_STORAGE;
		goto out;
	}
	if (st != TC_OK || jst != TC_OK) {
		rc = cli_fail(st != TC_OK ? &e : &je);
		goto out;
	}
	in_tx = false;
	for (size_t i = 0; i < problems.n; i++)
		printf("数据库问题: %s\n", problems.v[i]);
	if (problems.n == 0)
		printf("数据库完整性: 正常%s\n",
		       quick ? " (快速检查: 日志与撤销记录以外的表每页读过, 未逐条核对索引与外键)" : "");

	char head[JOURNAL_HEAD_SHOWN + 1] = "";
	memcpy(head, jr.head.hash, strnlen(jr.head.hash, JOURNAL_HEAD_SHOWN));
	if (jr.broken == 0)
		printf("日志链: 正常, 共 %lld 条, 链头 %s\n", (long long)jr.head.rows,
		       *head ? head : "(无)");
	else
		printf("日志链: 共 %lld 条, 链头 %s, 自第 %lld 条起有 %zu 条对不上\n",
		       (long long)jr.head.rows, *head ? head : "(无)", (long long)jr.first_broken,
		       jr.broken);
	for (size_t i = 0; i < jr.chain.n; i++)
		printf("%s\n", jr.chain.v[i]);
	if (from_point)
		printf("案件与日志: 重放案件 %zu 件", jr.nreplayed);
	else
		printf("案件与日志: 已核对 %zu 件", jr.cases);
	if (jr.unjournalled)
		printf(", 另有日志中没有的案件 %zu 件", jr.unjournalled);
	if (jr.disagreeing == 0)
		printf(", 全部一致\n");
	else
		printf(", %zu 件不一致\n", jr.disagreeing);
	for (size_t i = 0; i < jr.replay.n; i++)
		printf("%s\n", jr.replay.v[i]);
	if (anchor && jr.anchor_row)
		printf("日志锚点 %s: 是第 %lld 条, 仍在链中\n", anchor, (long long)jr.anchor_row);
	else if (anchor)
		printf("日志锚点 %s: 链中没有这一条, 日志在它之后被改动或重建过\n", anchor);

	const char *clocks_what = !from_point ? "已核对未结案件"
				  : jr.rules_changed ? "核对点之后规则、日历或设置有变, 已核对未结案件"
						     : "已核对重放案件中未结的";
	if (stale.n == 0) {
		printf("期限缓存: %s %zu 件, 全部一致\n", clocks_what, checked);
	} else {
		printf("期限缓存: %s %zu 件, %zu 件与现行规则不一致", clocks_what, checked, stale.n);
		for (size_t i = 0; i < stale.n && i < 5; i++)
			printf("%s%s", i ? "、" : ": ", stale.v[i]);
		printf("%s\n", stale.n > 5 ? " 等" : "");
	}
	/* The statistics' day counts: cases changed since the last report
	 * are derived again by the next one and not compared here. */
	printf("统计计数: %s %zu 件, %s\n", from_point ? "已核对重放案件中已推算的" : "已核对已推算的案件",
	       tchecked, tallies.n ? "与按案件重新推算的不一致:" : "全部一致");
	for (size_t i = 0; i < tallies.n; i++)
		printf("%s\n", tallies.v[i]);
	tampered = problems.n || jr.broken || jr.disagreeing || (anchor && !jr.anchor_row);
	if (tampered) {
		fputs("tiaocai: 数据库在本程序之外被改动过 (见上), 请核查, 必要时从备份恢复\n", stderr);
		rc = TC_REFUSED;
	}
	if (tampered) {
		/* Nothing is recomputed from data that cannot be trusted. */
	} else if ((stale.n || tallies.n) && !repair) {
		if (stale.n)
			fputs("tiaocai: 期限缓存与规则不一致, 可用 tiaocai check --repair 重新计算\n", stderr);
		if (tallies.n)
			fputs("tiaocai: 统计计数与案件不一致, 可用 tiaocai check --repair 重新推算\n", stderr);
		rc = TC_REFUSED;
	} else if (stale.n || tallies.n) {
		if (user_may(&c->actor, PERM_SETTINGS, &e) != TC_OK) {
			rc = cli_fail(&e);
			goto out;
		}
		/* The clocks first: the counts are derived from them. */
		if (stale.n) {
			if (deadline_update_all(c->db, &e) != TC_OK) {
				rc = cli_fail(&e);
				goto out;
			}
			printf("期限缓存: 已重新计算\n");
		}
		if (tallies.n) {
			if (tally_rebuild(c->db, &e) != TC_OK) {
				rc = cli_fail(&e);
				goto out;
			}
			printf("统计计数: 已全部重新推算\n");
		}
	}

	/* What was verified, how long it took, and the point the next quick
	 * check starts from. */
	char *point = rc == 0 ? record_point(c, &jr, quick) : xstrdup("发现问题, 核对点未更新");
	printf("%s: 已核对日志 %lld 条 (自第 %lld 条起), 重放案件 %zu 件, 用时 %.1f 秒; %s\n",
	       quick ? "快速核对" : "全面核对", (long long)jr.verified,
	       (long long)(jr.from_id ? jr.from_id : from.id + 1), from_point ? jr.nreplayed : jr.cases,
	       seconds_since(&t0), point);
	free(point);
out:
	db_check_free(job);
	if (in_tx)
		db_exec(c->db, "ROLLBACK", &e);
	audit_report_free(&jr);
	sl_free(&damage);
	sl_free(&problems);
	sl_free(&stale);
	sl_free(&tallies);
	return rc;
}
