/*
 * cli_admin.c - `tiaocai backup FILE` and `tiaocai check [--repair]
 * [--anchor HEAD]`: the office's safety net.  A backup is a consistent copy
 * taken while clerks work; check looks for damage, for a journal or case
 * rows changed behind the program's back (the hash chain and the replay of
 * every case, journal.h) and for deadline caches that no longer match the
 * rules, and --repair rebuilds those caches.
 */
#include "cli.h"
#include "tiaocai/deadline.h"
#include "tiaocai/case.h"
#include "tiaocai/audit.h"
#include "tiaocai/journal.h"

#include <stdio.h>
#include <string.h>

static const char usage[] =
	"用法: tiaocai backup 文件\n"
	"      tiaocai check [--repair] [--anchor 链头]\n";

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

int cli_check(struct cli *c, int argc, char **argv)
{
	struct strlist damage = {0}, problems = {0}, stale = {0};
	struct audit_report jr = {0};
	struct tc_err e = {0};
	const char *anchor = NULL;
	bool repair = false, tampered;
	size_t checked = 0;
	int rc;

	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--repair") == 0)
			repair = true;
		else if (strcmp(argv[i], "--anchor") == 0 && i + 1 < argc)
			anchor = argv[++i];
		else if (strcmp(argv[i], "--anchor") == 0)
			return cli_usage(usage, "check: --anchor 后应给出周报上印的日志链头");
		else
			return cli_usage(usage, "check: 不认识的参数 %s", argv[i]);
	}
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (db_verify(c->db, &damage, &problems, &e) != TC_OK ||
	    audit_verify(c->db, anchor, &jr, &e) != TC_OK ||
	    deadline_verify(c->db, &checked, &stale, &e) != TC_OK) {
		rc = cli_fail(&e);
		goto out;
	}
	for (size_t i = 0; i < damage.n; i++)
		printf("数据库损坏: %s\n", damage.v[i]);
	for (size_t i = 0; i < problems.n; i++)
		printf("数据库问题: %s\n", problems.v[i]);
	if (damage.n == 0 && problems.n == 0)
		printf("数据库完整性: 正常\n");

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
	if (jr.disagreeing == 0)
		printf("案件与日志: 已核对 %zu 件, 全部一致\n", jr.cases);
	else
		printf("案件与日志: 已核对 %zu 件, %zu 件不一致\n", jr.cases, jr.disagreeing);
	for (size_t i = 0; i < jr.replay.n; i++)
		printf("%s\n", jr.replay.v[i]);
	if (anchor && jr.anchor_row)
		printf("日志锚点 %s: 是第 %lld 条, 仍在链中\n", anchor, (long long)jr.anchor_row);
	else if (anchor)
		printf("日志锚点 %s: 链中没有这一条, 日志在它之后被改动或重建过\n", anchor);

	if (stale.n == 0) {
		printf("期限缓存: 已核对未结案件 %zu 件, 全部一致\n", checked);
	} else {
		printf("期限缓存: 已核对未结案件 %zu 件, %zu 件与现行规则不一致", checked, stale.n);
		for (size_t i = 0; i < stale.n && i < 5; i++)
			printf("%s%s", i ? "、" : ": ", stale.v[i]);
		printf("%s\n", stale.n > 5 ? " 等" : "");
	}
	tampered = problems.n || jr.broken || jr.disagreeing || (anchor && !jr.anchor_row);
	if (damage.n) {
		fputs("tiaocai: 数据库已损坏, 请从备份恢复\n", stderr);
		rc = TC_STORAGE;
	} else if (tampered) {
		fputs("tiaocai: 数据库在本程序之外被改动过 (见上), 请核查, 必要时从备份恢复\n", stderr);
		rc = TC_REFUSED;
	}
	if (damage.n || tampered) {
		/* Nothing is recomputed from data that cannot be trusted. */
	} else if (stale.n && !repair) {
		fputs("tiaocai: 期限缓存与规则不一致, 可用 tiaocai check --repair 重新计算\n", stderr);
		rc = TC_REFUSED;
	} else if (stale.n) {
		if (user_may(&c->actor, PERM_SETTINGS, &e) != TC_OK || deadline_update_all(c->db, &e) != TC_OK) {
			rc = cli_fail(&e);
			goto out;
		}
		printf("期限缓存: 已重新计算\n");
	}
out:
	audit_report_free(&jr);
	sl_free(&damage);
	sl_free(&problems);
	sl_free(&stale);
	return rc;
}
