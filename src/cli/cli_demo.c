/*
 * cli_demo.c - `tiaocai demo`: a new database holding a demo office (the
 * shipped calendars and roster, users, a docket of cases) and a short
 * summary of what is in it.  Making up the cases is demo.c's work.
 */
#include "cli.h"
#include "tiaocai/calendar.h"
#include "tiaocai/date.h"
#include "tiaocai/demo.h"
#include "tiaocai/journal.h"
#include "tiaocai/roster.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
	"用法: tiaocai [--db FILE] demo [--db FILE] [--cases N] [--seed N] [--weeks N]\n"
	"  --cases N   案件数 (默认 300)\n"
	"  --seed N    随机种子, 同一种子生成同样的案件 (默认 1)\n"
	"  --weeks N   收案日期分布在今天之前的 N 周内 (默认 10)\n";

enum { F_ROSTER, NFILES };
static const char *const shipped[NFILES] = {"roster.csv"};

/* A decimal number in [lo, hi]; false when s is anything else. */
static bool parse_num(const char *s, unsigned long long lo, unsigned long long hi,
		      unsigned long long *out)
{
	char *end;

	if (*s < '0' || *s > '9')
		return false;
	errno = 0;
	*out = strtoull(s, &end, 10);
	return errno == 0 && *end == '\0' && *out >= lo && *out <= hi;
}

/* Calendars, roster and cases, in one transaction on the new database. */
static enum tc_status fill(struct cli *c, char *const files[NFILES], const struct demo_opts *o,
			   size_t *norgs, size_t *npeople, struct tc_err *e)
{
	enum tc_status st;

	/* The file is new and not yet published (db_create): nobody else
	 * reads it, and a failure leaves nothing, so its pages are written in
	 * place with the rollback journal in memory instead of through a WAL
	 * the size of several databases; it becomes an office's WAL file when
	 * built. */
	if ((st = db_exec(c->db, "PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF", e)) != TC_OK ||
	    (st = demo_tune(c->db, e)) != TC_OK || (st = db_begin(c->db, e)) != TC_OK)
		return st;
	if ((st = cli_load_calendars(c->db, &c->actor, e)) == TC_OK &&
	    (st = journal_add(c->db, 0, DATE_NONE, c->actor.login, "init", "新建演示数据库", e)) == TC_OK &&
	    (st = roster_import_file(c->db, &c->actor, files[F_ROSTER], norgs, npeople, e)) == TC_OK)
		st = demo_build(c->db, o, e);
	if (st == TC_OK && (st = db_commit(c->db, e)) == TC_OK)
		return db_exec(c->db, "PRAGMA synchronous = NORMAL; PRAGMA journal_mode = WAL", e);
	if (st != TC_OK)
		db_rollback(c->db);
	return st;
}

static void summary(struct strbuf *sb, const char *path, size_t norgs, size_t npeople,
		    const struct demo_stats *s)
{
	sb_printf(sb, "演示数据库: %s\n", path);
	sb_printf(sb, "名册: 组织 %zu 个, 人员 %zu 名; 用户 %ld 名\n", norgs, npeople, s->users);
	sb_printf(sb, "案件 %ld 件:", s->cases);
	for (int i = 0; i < STAGE_COUNT; i++)
		sb_printf(sb, "%s %s %ld", i ? "," : "", stage_zh((enum stage)i), s->by_stage[i]);
	sb_printf(sb, "\n超期 %ld 件, 3 日内届满 %ld 件\n", s->overdue, s->due_soon);
}

int cli_demo(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{"db", required_argument, NULL, 'd'},
		{"cases", required_argument, NULL, 'n'},
		{"seed", required_argument, NULL, 's'},
		{"weeks", required_argument, NULL, 'w'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	struct demo_opts o;
	struct demo_stats stats;
	struct tc_err e = {0};
	struct strbuf out = {0};
	char *files[NFILES] = {0};
	size_t norgs = 0, npeople = 0;
	unsigned long long v;
	int ch, rc = 0;

	demo_opts_init(&o);
	cli_getopt_reset();
	while ((ch = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (ch) {
		case 'd':
			c->db_opt = optarg;
			break;
		case 'n':
			if (!parse_num(optarg, 1, DEMO_CASES_MAX, &v))
				return cli_usage(usage, "demo: --cases 应为 1 到 %ld 的整数: %s", DEMO_CASES_MAX, optarg);
			o.cases = (long)v;
			break;
		case 's':
			if (!parse_num(optarg, 0, UINT64_MAX, &v))
				return cli_usage(usage, "demo: --seed 应为非负整数: %s", optarg);
			o.seed = (uint64_t)v;
			break;
		case 'w':
			if (!parse_num(optarg, 1, DEMO_WEEKS_MAX, &v))
				return cli_usage(usage, "demo: --weeks 应为 1 到 %d 的整数: %s", DEMO_WEEKS_MAX, optarg);
			o.weeks = (int)v;
			break;
		case 'h':
			fputs(usage, stdout);
			return 0;
		default:
			return cli_usage(usage, "demo: 不认识的选项或缺少参数 %s", argv[optind - 1]);
		}
	}
	if (optind < argc)
		return cli_usage(usage, "demo: 多余的参数 %s", argv[optind]);
	if (date_today_checked(&o.today, &e) != TC_OK)
		return cli_fail(&e);

	/* Find every shipped file before creating anything. */
	for (int i = 0; i < NFILES; i++) {
		if ((files[i] = cli_sample_file(shipped[i])) == NULL) {
			err_set(&e, TC_STORAGE, "demo", "找不到随程序发布的示例数据 sample-data/%s (可设置 TIAOCAI_DATADIR)",
				shipped[i]);
			rc = cli_fail(&e);
			goto out;
		}
	}
	if ((c->db_path = db_default_path(c->db_opt, &e)) == NULL ||
	    db_create(c->db_path, &c->db, &e) != TC_OK) {
		rc = cli_fail(&e);
		goto out;
	}
	if (user_resolve(c->db, &c->actor, &e) != TC_OK ||
	    fill(c, files, &o, &norgs, &npeople, &e) != TC_OK ||
	    demo_stats(c->db, o.today, &stats, &e) != TC_OK || db_publish(c->db, &e) != TC_OK) {
		db_close(c->db); /* unpublished: nothing remains */
		c->db = NULL;
		rc = cli_fail(&e);
		goto out;
	}
	summary(&out, c->db_path, norgs, npeople, &stats);
	rc = cli_write_out(&out);
out:
	for (int i = 0; i < NFILES; i++)
		free(files[i]);
	sb_free(&out);
	return rc;
}
