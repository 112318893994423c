/*
 * main.c - tiaocai's entry point: global options, then one command group.
 */
#include "cli.h"
#include "tiaocai/office.h"
#include "../tui/entry.h"
#include "tiaocai/date.h"
#include "tiaocai/priv.h"
#include "tiaocai/text.h"
#include "paths.h"

#include <limits.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef TIAOCAI_VERSION
#error "TIAOCAI_VERSION is set by the Makefile (VERSION)"
#endif

static const char usage_text[] =
	"用法: tiaocai [--db FILE] [COMMAND ...]   (不带命令打开终端界面)\n"
	"  init [--office NAME] [--code ABBR]   新建数据库\n"
	"  demo [--cases N] [--seed N] [--weeks N] 生成演示数据库\n"
	"  case add|list|show|serve|EVENT ...   案件, 送达 (tiaocai case help)\n"
	"  roster import|list|export ...        调解员和仲裁员名册\n"
	"  calendar import FILE | show YEAR     节假日日历\n"
	"  date DATE +N [--working] [--explain] 期限计算\n"
	"  export ledger|stats [...]            导出台账, 统计报表\n"
	"  import cases FILE [...]              导入案件 (台账格式)\n"
	"  report weekly [--week YYYY-Www] [-o FILE]  周报 (文本或 PDF)\n"
	"  report hearings [--date D] [--room R] [-o FILE]  开庭排期表 (文本或 PDF)\n"
	"  agenda [--date D] [--user LOGIN] [...]  今日待办 (首页的清单, 供定时任务和邮件)\n"
	"  hearings [--from D] [--to D] [...]   开庭安排 (按时间排列)\n"
	"  room add|edit|list ...               开庭地点\n"
	"  doc list|make|edit|print 案号 ...    文书: 制作、填写、打印 (tiaocai doc help)\n"
	"  user add|list ...                    用户\n"
	"  rules [set NAME [--days N] [--unit calendar|working]]  期限规则\n"
	"  config [KEY [VALUE]]                 机构设置 (最低工资等)\n"
	"  backup FILE | check [--repair] [--anchor HEX]  备份, 检查\n"
	"  keys                                 终端界面的按键表\n"
	"  -h, --help | -V, --version           本说明 | 版本号\n"
	"详见 man tiaocai\n";

static const struct {
	const char *name;
	int (*run)(struct cli *, int, char **);
} commands[] = {
	{"init", cli_init},         {"demo", cli_demo},       {"case", cli_case},
	{"roster", cli_roster},     {"calendar", cli_calendar}, {"date", cli_date},
	{"export", cli_export},     {"user", cli_user},       {"rules", cli_rules},
	{"backup", cli_backup},     {"check", cli_check},     {"config", cli_config},     {"keys", cli_keys},
	{"report", cli_report},     {"import", cli_import},   {"agenda", cli_agenda},
	{"hearings", cli_hearings}, {"room", cli_room},       {"doc", cli_doc},
};

/* `tiaocai keys [--man]`: the terminal UI's key table, from the same
 * table the UI dispatches on (the man page's list is checked against it). */
int cli_keys(struct cli *c, int argc, char **argv)
{
	(void)c;
	if (argc > 2 || (argc == 2 && strcmp(argv[1], "--man") != 0))
		return cli_usage("用法: tiaocai keys [--man]\n", "keys 只接受 --man");
	keymap_print(stdout, argc == 2);
	return 0;
}

/* A message may quote what was typed or stored: it reaches the terminal
 * with no control character and no character cut in half. */
static void print_message(const char *msg)
{
	char *clean = xstrdup(msg);

	text_scrub(clean);
	fprintf(stderr, "tiaocai: %s\n", clean);
	free(clean);
}

int cli_fail(const struct tc_err *e)
{
	print_message(e->msg[0] ? e->msg : "操作失败");
	return e->status ? (int)e->status : 1;
}

int cli_usage(const char *usage, const char *fmt, ...)
{
	struct strbuf sb = {0};
	va_list ap;

	va_start(ap, fmt);
	sb_vprintf(&sb, fmt, ap);
	va_end(ap);
	print_message(sb_str(&sb));
	sb_free(&sb);
	if (usage)
		fputs(usage, stderr);
	return TC_USAGE;
}

void cli_getopt_reset(void)
{
	optind = 0; /* glibc: 0 also re-initialises the scanner */
	opterr = 0; /* we report unknown options ourselves, in Chinese */
}

/* A write waiting for another user's import says so (db_on_wait). */
static void wait_notice(void *ctx, const char *msg)
{
	(void)ctx;
	fprintf(stderr, "tiaocai: %s\n", msg);
}

int cli_open(struct cli *c)
{
	struct tc_err e = {0};
	int today;

	if (c->db)
		return 0;
	if (date_today_checked(&today, &e) != TC_OK)
		return cli_fail(&e);
	if (c->db_path == NULL && (c->db_path = db_default_path(c->db_opt, &e)) == NULL)
		return cli_fail(&e);
	if (office_open(c->db_path, &c->db, &e) != TC_OK)
		return cli_fail(&e);
	db_on_wait(c->db, wait_notice, NULL);
	if (user_resolve(c->db, &c->actor, &e) != TC_OK)
		return cli_fail(&e);
	return 0;
}

char *cli_sample_file(const char *name)
{
	char exe[PATH_MAX];
	const char *env = getenv("TIAOCAI_DATADIR");
	char *p;
	ssize_t n;

	if (env && *env) {
		p = xasprintf("%s/sample-data/%s", env, name);
		if (access(p, R_OK) == 0)
			return p;
		free(p);
	}
	n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = '\0';
		char *slash = strrchr(exe, '/');
		if (slash)
			*slash = '\0';
		p = xasprintf("%s/sample-data/%s", exe, name); /* the source tree */
		if (access(p, R_OK) == 0)
			return p;
		free(p);
		/* An installed tree moved as a whole: PREFIX/bin -> PREFIX/share. */
		p = xasprintf("%s/../share/tiaocai/sample-data/%s", exe, name);
		if (access(p, R_OK) == 0)
			return p;
		free(p);
	}
	p = xasprintf("%s/sample-data/%s", TIAOCAI_DATADIR, name);
	if (access(p, R_OK) == 0)
		return p;
	free(p);
	return NULL;
}

int cli_write_out(const struct strbuf *sb)
{
	if (sb->len && fwrite(sb->buf, 1, sb->len, stdout) != sb->len)
		goto fail;
	if (fflush(stdout) != 0)
		goto fail;
	return 0;
fail:
	fputs("tiaocai: 无法写出结果 (磁盘已满或管道已关闭)\n", stderr);
	return TC_STORAGE;
}

int main(int argc, char **argv)
{
	struct cli c = {0};
	int i = 1, rc;

	/* First of all: give up the office group until the database is
	 * opened (priv.h). */
	priv_init();
	setlocale(LC_ALL, "");
	while (i < argc && argv[i][0] == '-') {
		if (strcmp(argv[i], "--db") == 0 && i + 1 < argc) {
			c.db_opt = argv[i + 1];
			i += 2;
		} else if (strncmp(argv[i], "--db=", 5) == 0) {
			c.db_opt = argv[i] + 5;
			i++;
		} else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			fputs(usage_text, stdout);
			return 0;
		} else if (strcmp(argv[i], "--version") == 0 || strcmp(argv[i], "-V") == 0) {
			puts("tiaocai " TIAOCAI_VERSION);
			return 0;
		} else {
			return cli_usage(usage_text, "不认识的选项 %s", argv[i]);
		}
	}
	if (i >= argc) {
		if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))
			return cli_usage(usage_text, "没有给出命令; 终端界面须在终端中打开");
		if ((rc = cli_open(&c)) != 0)
			return rc;
		rc = app_run(c.db, &c.actor);
		db_close(c.db);
		free(c.db_path);
		return rc;
	}
	for (size_t k = 0; k < sizeof commands / sizeof commands[0]; k++) {
		if (strcmp(argv[i], commands[k].name) == 0) {
			rc = commands[k].run(&c, argc - i, argv + i);
			if ((fflush(stdout) != 0 || ferror(stdout)) && rc == 0) {
				/* Whatever the command changed is committed by now: say
				 * so, or a clerk would register the case again. */
				fputs("tiaocai: 无法写出结果 (磁盘已满或管道已关闭); 本次办理的改动已保存\n", stderr);
				rc = TC_STORAGE;
			}
			db_close(c.db);
			free(c.db_path);
			return rc;
		}
	}
	return cli_usage(usage_text, "不认识的命令 %s", argv[i]);
}
