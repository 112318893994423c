/*
 * cli_user.c - `tiaocai user add|list`.
 */
#include "cli.h"
#include "tiaocai/csvio.h"
#include "tiaocai/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
	"用法: tiaocai user add --login 登录名 --name 姓名 --role admin|clerk|mediator|arbitrator|lawyer|supervisor [--person 名册姓名]\n"
	"      tiaocai user list\n";

static int user_add_cmd(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{"login", required_argument, NULL, 'l'},
		{"name", required_argument, NULL, 'n'},
		{"role", required_argument, NULL, 'r'},
		{"person", required_argument, NULL, 'p'},
		{NULL, 0, NULL, 0},
	};
	const char *login = NULL, *name = NULL, *role = NULL, *person = NULL;
	struct tc_err e = {0};
	int ch, rc;

	cli_getopt_reset();
	while ((ch = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (ch) {
		case 'l': login = optarg; break;
		case 'n': name = optarg; break;
		case 'r': role = optarg; break;
		case 'p': person = optarg; break;
		default: return cli_usage(usage, "user add: 不认识的选项 %s", argv[optind - 1]);
		}
	}
	if (optind < argc)
		return cli_usage(usage, "user add: 多余的参数 %s", argv[optind]);
	if (!login || !name || !role)
		return cli_usage(usage, "user add: 需要 --login、--name 和 --role");
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (user_add(c->db, &c->actor, login, name, role, person, &e) != TC_OK)
		return cli_fail(&e);
	printf("已登记用户 %s\n", login);
	return 0;
}

static int user_list_cmd(struct cli *c, int argc, char **argv)
{
	static const char *const header[] = {"登录名", "姓名", "角色", "名册人员", "登记时间"};
	struct text_table t;
	struct user_row *rows;
	struct strbuf out = {0};
	struct tc_err e = {0};
	size_t n;
	int rc;

	if (argc > 1)
		return cli_usage(usage, "user list: 多余的参数 %s", argv[1]);
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (user_list(c->db, &rows, &n, &e) != TC_OK)
		return cli_fail(&e);
	text_table_init(&t, 5, header);
	for (size_t i = 0; i < n; i++) {
		const char *row[] = {rows[i].login, rows[i].name, role_zh(rows[i].role), rows[i].person,
				     rows[i].created_at};
		text_table_add(&t, row);
	}
	text_table_render(&t, &out);
	text_table_free(&t);
	free(rows);
	rc = cli_write_out(&out);
	sb_free(&out);
	return rc;
}

int cli_user(struct cli *c, int argc, char **argv)
{
	if (argc < 2)
		return cli_usage(usage, "user: 请给出 add 或 list");
	if (strcmp(argv[1], "add") == 0)
		return user_add_cmd(c, argc - 1, argv + 1);
	if (strcmp(argv[1], "list") == 0)
		return user_list_cmd(c, argc - 1, argv + 1);
	return cli_usage(usage, "user: 不认识的子命令 %s", argv[1]);
}
