/*
 * cli_import.c - `tiaocai import cases FILE`: cases from a file in the
 * ledger layout.  Reading, checking and registering the rows is
 * import.c's work; this file turns the options into the call and the
 * counts into one line.
 */
#include "cli.h"
#include "tiaocai/csvio.h"
#include "tiaocai/import.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

static const char usage[] =
	"用法: tiaocai import cases FILE [--encoding auto|utf-8|gb18030] [--skip-duplicates]\n"
	"  FILE 为台账格式的 CSV, 另加申请人身份证号码等列 (见 tiaocai(5) IMPORT)\n";

static int import_cases(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{"encoding", required_argument, NULL, 'E'},
		{"skip-duplicates", no_argument, NULL, 'S'},
		{NULL, 0, NULL, 0},
	};
	const char *encoding = "auto";
	bool skip = false;
	enum csvio_encoding enc;
	struct tc_err e = {0};
	size_t imported = 0, skipped = 0;
	int ch, rc;

	cli_getopt_reset();
	while ((ch = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (ch) {
		case 'E': encoding = optarg; break;
		case 'S': skip = true; break;
		default:
			return cli_usage(usage, "import cases: 不认识的选项或缺少参数: %s", argv[optind - 1]);
		}
	}
	if (optind >= argc)
		return cli_usage(usage, "import cases 需要一个文件");
	if (optind + 1 < argc)
		return cli_usage(usage, "import cases: 多余的参数 %s", argv[optind + 1]);
	/* utf-8-bom reads like utf-8 (the mark is dropped either way). */
	if (csvio_encoding_parse(encoding, 1, &enc, &e) != TC_OK)
		return cli_usage(usage, "%s", e.msg);
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (import_cases_file(c->db, &c->actor, argv[optind], enc, skip, &imported, &skipped,
			      &e) != TC_OK)
		return cli_fail(&e);
	if (skip)
		printf("已导入案件 %zu 件 (跳过重复 %zu 件)\n", imported, skipped);
	else
		printf("已导入案件 %zu 件\n", imported);
	return 0;
}

int cli_import(struct cli *c, int argc, char **argv)
{
	if (argc < 2)
		return cli_usage(usage, "import: 请给出要导入的内容 (cases)");
	if (strcmp(argv[1], "cases") == 0)
		return import_cases(c, argc - 1, argv + 1);
	return cli_usage(usage, "import: 不认识的导入内容 %s (现有 cases)", argv[1]);
}
