/*
 * cli_export.c - `tiaocai export ledger|stats`: the case ledger and the
 * statistics of a period as CSV for the city or province, into a file
 * (written atomically) or onto stdout.
 */
#include "cli.h"
#include "tiaocai/case.h"
#include "tiaocai/csvio.h"
#include "tiaocai/date.h"
#include "tiaocai/ledger.h"
#include "tiaocai/report.h"

#include <stdio.h>
#include <string.h>

static const char usage[] =
	"用法: tiaocai export ledger [--from 日期] [--to 日期] [--encoding utf-8|utf-8-bom|gb18030]\n"
	"                            [--header zh|en] [-o 文件]\n"
	"      tiaocai export stats --from 日期 --to 日期 [--by none|track|industry|collective]\n"
	"                           [--encoding utf-8|utf-8-bom|gb18030] [--header zh|en] [-o 文件]\n";

static int export_ledger(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{"from", required_argument, NULL, 'f'},
		{"to", required_argument, NULL, 't'},
		{"encoding", required_argument, NULL, 'E'},
		{"header", required_argument, NULL, 'h'},
		{"output", required_argument, NULL, 'o'},
		{NULL, 0, NULL, 0},
	};
	int from = DATE_NONE, to = DATE_NONE;
	const char *encoding = "utf-8", *header = "zh", *out = NULL;
	enum csvio_encoding enc;
	struct tc_err e = {0};
	size_t n = 0;
	int ch, rc, today;

	cli_getopt_reset();
	while ((ch = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
		switch (ch) {
		case 'f':
			if (date_parse(optarg, &from, "--from", &e) != TC_OK)
				return cli_fail(&e);
			break;
		case 't':
			if (date_parse(optarg, &to, "--to", &e) != TC_OK)
				return cli_fail(&e);
			break;
		case 'E': encoding = optarg; break;
		case 'h': header = optarg; break;
		case 'o': out = optarg; break;
		default:
			return cli_usage(usage, "export ledger: 不认识的选项或缺少参数: %s", argv[optind - 1]);
		}
	}
	if (optind < argc)
		return cli_usage(usage, "export ledger: 多余的参数 %s", argv[optind]);
	if (strcmp(header, "zh") != 0 && strcmp(header, "en") != 0)
		return cli_usage(usage, "--header 应为 zh 或 en: %s", header);
	if (from != DATE_NONE && to != DATE_NONE && from > to)
		return cli_usage(usage, "--from 晚于 --to");
	if (csvio_encoding_parse(encoding, 0, &enc, &e) != TC_OK)
		return cli_fail(&e);
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (user_may(&c->actor, PERM_EXPORT, &e) != TC_OK)
		return cli_fail(&e);
	today = date_today();
	if (out && strcmp(out, "-") != 0) {
		if (ledger_export_file(c->db, &c->actor, from, to, today, header[0] == 'e', enc, out, &n, &e) != TC_OK)
			return cli_fail(&e);
		fprintf(stderr, "tiaocai: 已导出台账 %zu 件到 %s\n", n, out);
		return 0;
	}
	struct csvio_writer w;
	if (csvio_writer_open(&w, stdout, enc, &e) != TC_OK)
		return cli_fail(&e);
	enum tc_status st = ledger_write(c->db, &c->actor, from, to, today, header[0] == 'e', &w, &n, &e);
	enum tc_status st2 = csvio_writer_close(&w, st == TC_OK ? &e : NULL);
	return st != TC_OK || st2 != TC_OK ? cli_fail(&e) : 0;
}

static int export_stats(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{"from", required_argument, NULL, 'f'},
		{"to", required_argument, NULL, 't'},
		{"by", required_argument, NULL, 'b'},
		{"encoding", required_argument, NULL, 'E'},
		{"header", required_argument, NULL, 'h'},
		{"output", required_argument, NULL, 'o'},
		{NULL, 0, NULL, 0},
	};
	const char *encoding = "utf-8", *header = "zh", *out = NULL;
	enum csvio_encoding enc;
	enum report_by by = REPORT_BY_NONE;
	struct tc_err e = {0};
	int ch, rc, from = DATE_NONE, to = DATE_NONE;

	cli_getopt_reset();
	while ((ch = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
		switch (ch) {
		case 'f':
			if (date_parse(optarg, &from, "--from", &e) != TC_OK)
				return cli_fail(&e);
			break;
		case 't':
			if (date_parse(optarg, &to, "--to", &e) != TC_OK)
				return cli_fail(&e);
			break;
		case 'b':
			if (report_by_parse(optarg, &by, &e) != TC_OK)
				return cli_usage(usage, "%s", e.msg);
			break;
		case 'E': encoding = optarg; break;
		case 'h': header = optarg; break;
		case 'o': out = optarg; break;
		default:
			return cli_usage(usage, "export stats: 不认识的选项或缺少参数: %s", argv[optind - 1]);
		}
	}
	if (optind < argc)
		return cli_usage(usage, "export stats: 多余的参数 %s", argv[optind]);
	if (from == DATE_NONE || to == DATE_NONE)
		return cli_usage(usage, "export stats: 须给出统计期间 --from 日期 --to 日期");
	if (from > to)
		return cli_usage(usage, "--from 晚于 --to");
	if (strcmp(header, "zh") != 0 && strcmp(header, "en") != 0)
		return cli_usage(usage, "--header 应为 zh 或 en: %s", header);
	if (csvio_encoding_parse(encoding, 0, &enc, &e) != TC_OK)
		return cli_fail(&e);
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (out && strcmp(out, "-") != 0) {
		if (report_stats_export(c->db, &c->actor, from, to, by, header[0] == 'e', enc, out, &e) != TC_OK)
			return cli_fail(&e);
		fprintf(stderr, "tiaocai: 已导出统计到 %s\n", out);
		return 0;
	}
	struct csvio_writer w;
	if (csvio_writer_open(&w, stdout, enc, &e) != TC_OK)
		return cli_fail(&e);
	enum tc_status st = report_stats_write(c->db, &c->actor, from, to, by, header[0] == 'e', &w, &e);
	enum tc_status st2 = csvio_writer_close(&w, st == TC_OK ? &e : NULL);
	return st != TC_OK || st2 != TC_OK ? cli_fail(&e) : 0;
}

int cli_export(struct cli *c, int argc, char **argv)
{
	if (argc < 2)
		return cli_usage(usage, "export: 请给出要导出的内容 (ledger 或 stats)");
	if (strcmp(argv[1], "ledger") == 0)
		return export_ledger(c, argc - 1, argv + 1);
	if (strcmp(argv[1], "stats") == 0)
		return export_stats(c, argc - 1, argv + 1);
	return cli_usage(usage, "export: 不认识的导出内容 %s (现有 ledger、stats)", argv[1]);
}
