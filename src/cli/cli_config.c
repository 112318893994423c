/*
 * cli_config.c - `tiaocai config [KEY [VALUE]]`: list the office settings,
 * show one, or change one.
 */
#include "cli.h"
#include "tiaocai/office.h"
#include "tiaocai/settings.h"
#include "tiaocai/text.h"

#include <stdio.h>
#include <stdlib.h>

static const char usage[] = "用法: tiaocai config [设置名 [新值]]\n";

int cli_config(struct cli *c, int argc, char **argv)
{
	const struct setting_def *defs;
	struct tc_err e = {0};
	size_t n = settings_defs(&defs);
	int rc;

	if (argc > 3)
		return cli_usage(usage, "config: 多余的参数 %s", argv[3]);
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (argc == 3) {
		if (office_setting_set(c->db, &c->actor, argv[1], argv[2], &e) != TC_OK)
			return cli_fail(&e);
	}
	if (argc >= 2) {
		char *v = settings_show(c->db, argv[1]);
		if (v == NULL) {
			err_set(&e, TC_REFUSED, "key", "没有名为 %s 的设置 (用 tiaocai config 查看)", argv[1]);
			return cli_fail(&e);
		}
		text_scrub(v); /* stored text reaches the terminal only clean */
		printf("%s\n", v);
		free(v);
		return 0;
	}
	static const char *const header[] = {"设置", "说明", "值"};
	struct text_table t;
	struct strbuf out = {0};
	text_table_init(&t, 3, header);
	for (size_t i = 0; i < n; i++) {
		char *v = settings_show(c->db, defs[i].key);
		const char *row[] = {defs[i].key, defs[i].label, v ? v : ""};
		text_table_add(&t, row);
		free(v);
	}
	text_table_render(&t, &out);
	text_table_free(&t);
	rc = cli_write_out(&out);
	sb_free(&out);
	return rc;
}
