/*
 * cli_admin.c - `tiaocai backup FILE` and `tiaocai check [--repair]`: the
 * office's safety net.  A backup is a consistent copy taken while clerks
 * work; check looks for damage and for deadline caches that no longer
 * match the rules, and --repair rebuilds those caches.
 */
#include "cli.h"
#include "tiaocai/case.h"

#include <stdio.h>
#include <string.h>

static const char usage[] =
	"用法: tiaocai backup 文件\n"
	"      tiaocai check [--repair]\n";

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
	struct strlist problems = {0}, stale = {0};
	struct tc_err e = {0};
	bool repair = false;
	size_t checked = 0;
	int rc;

	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--repair") == 0)
			repair = true;
		else
			return cli_usage(usage, "check: 不认识的参数 %s", argv[i]);
	}
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (db_verify(c->db, &problems, &e) != TC_OK ||
	    case_verify_caches(c->db, &checked, &stale, &e) != TC_OK) {
		rc = cli_fail(&e);
		goto out;
	}
	for (size_t i = 0; i < problems.n; i++)
		printf("数据库问题: %s\n", problems.v[i]);
	if (problems.n == 0)
		printf("数据库完整性: 正常\n");
	if (stale.n == 0) {
		printf("期限缓存: 已核对未结案件 %zu 件, 全部一致\n", checked);
	} else {
		printf("期限缓存: 已核对未结案件 %zu 件, %zu 件与现行规则不一致", checked, stale.n);
		for (size_t i = 0; i < stale.n && i < 5; i++)
			printf("%s%s", i ? "、" : ": ", stale.v[i]);
		printf("%s\n", stale.n > 5 ? " 等" : "");
	}
	if (problems.n) {
		fputs("tiaocai: 数据库已损坏, 请从备份恢复\n", stderr);
		rc = TC_STORAGE;
	} else if (stale.n && !repair) {
		fputs("tiaocai: 期限缓存与规则不一致, 可用 tiaocai check --repair 重新计算\n", stderr);
		rc = TC_REFUSED;
	} else if (stale.n) {
		if (user_may(&c->actor, PERM_SETTINGS, &e) != TC_OK || case_recompute_all(c->db, &e) != TC_OK) {
			rc = cli_fail(&e);
			goto out;
		}
		printf("期限缓存: 已重新计算\n");
	}
out:
	sl_free(&problems);
	sl_free(&stale);
	return rc;
}
