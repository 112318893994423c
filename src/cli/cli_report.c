/*
 * cli_report.c - `tiaocai report weekly`: the weekly summary of one ISO
 * week as text (standard output or a file) or, for a FILE ending in .pdf,
 * as a PDF.  The figures and the document come from the core (report.h);
 * this file picks the week and the destination.
 */
#include "cli.h"
#include "tiaocai/afile.h"
#include "tiaocai/date.h"
#include "tiaocai/rdoc.h"
#include "tiaocai/report.h"
#include "../pdf/pdf.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#define REPORT_WIDTH 100 /* an A4 page in a monospaced font */

static const char usage[] =
	"用法: tiaocai report weekly [--week YYYY-Www] [-o 文件]   (文件以 .pdf 结尾时输出 PDF)\n";

static bool ends_with_pdf(const char *path)
{
	size_t n = strlen(path);
	return n > 4 && strcasecmp(path + n - 4, ".pdf") == 0;
}

static int report_weekly_cmd(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{"week", required_argument, NULL, 'w'},
		{"output", required_argument, NULL, 'o'},
		{NULL, 0, NULL, 0},
	};
	const char *week = NULL, *out = NULL;
	struct tc_err e = {0};
	struct rdoc doc;
	int ch, rc, today, day;

	cli_getopt_reset();
	while ((ch = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
		switch (ch) {
		case 'w': week = optarg; break;
		case 'o': out = optarg; break;
		default:
			return cli_usage(usage, "report weekly: 不认识的选项或缺少参数: %s", argv[optind - 1]);
		}
	}
	if (optind < argc)
		return cli_usage(usage, "report weekly: 多余的参数 %s", argv[optind]);
	if (date_today_checked(&today, &e) != TC_OK)
		return cli_fail(&e);
	day = today;
	if (week && !date_parse_week(week, &day))
		return cli_usage(usage, "--week 应为 ISO 周, 如 2026-W47: %s", week);
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (report_weekly(c->db, &c->actor, day, today, &doc, &e) != TC_OK)
		return cli_fail(&e);

	enum tc_status st = TC_OK;
	if (out && strcmp(out, "-") != 0 && ends_with_pdf(out)) {
		int pages = 0;
		st = pdf_render(&doc, out, &pages, &e);
		if (st == TC_OK)
			fprintf(stderr, "tiaocai: 已写入周报 %s (%d 页)\n", out, pages);
	} else {
		struct strbuf sb = {0};
		rdoc_render_text(&doc, REPORT_WIDTH, &sb);
		if (out && strcmp(out, "-") != 0) {
			struct afile f;
			if ((st = afile_open(&f, out, &e)) == TC_OK) {
				if (fwrite(sb_str(&sb), 1, sb.len, f.fp) != sb.len)
					st = err_set(&e, TC_STORAGE, "file", "写入 %s 失败", out);
				st = afile_commit(&f, st, &e);
			}
			if (st == TC_OK)
				fprintf(stderr, "tiaocai: 已写入周报 %s\n", out);
		} else {
			rc = cli_write_out(&sb);
		}
		sb_free(&sb);
	}
	rdoc_free(&doc);
	if (st != TC_OK)
		return cli_fail(&e);
	return rc;
}

int cli_report(struct cli *c, int argc, char **argv)
{
	if (argc < 2)
		return cli_usage(usage, "report: 请给出报表 (weekly)");
	if (strcmp(argv[1], "weekly") == 0)
		return report_weekly_cmd(c, argc - 1, argv + 1);
	return cli_usage(usage, "report: 不认识的报表 %s (现有 weekly)", argv[1]);
}
