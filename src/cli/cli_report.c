/*
 * cli_report.c - `tiaocai report weekly`: the weekly summary of one ISO
 * week, and `tiaocai report hearings`: the 开庭排期表 of one day, as text
 * (standard output or a file) or, for a FILE ending in .pdf, as a PDF.
 * The figures and the documents come from the core (report.h,
 * schedule.h); this file picks the period and the destination.
 */
#include "cli.h"
#include "tiaocai/odt.h"
#include "tiaocai/afile.h"
#include "tiaocai/date.h"
#include "tiaocai/rdoc.h"
#include "tiaocai/report.h"
#include "tiaocai/schedule.h"
#include "../pdf/pdf.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#define REPORT_WIDTH 100 /* an A4 page in a monospaced font */

static const char usage[] =
	"用法: tiaocai report weekly [--week YYYY-Www] [-o 文件]\n"
	"      tiaocai report hearings [--date 日期] [--room 开庭地点] [-o 文件]\n"
	"      (文件以 .pdf 结尾时输出 PDF)\n";

bool cli_has_suffix(const char *path, const char *suffix)
{
	size_t n = strlen(path), m = strlen(suffix);
	return n > m && strcasecmp(path + n - m, suffix) == 0;
}

int cli_put_rdoc(const struct rdoc *d, int width, const char *out, const char *what, bool odt,
		 struct tc_err *e)
{
	bool file = out && strcmp(out, "-") != 0;
	enum tc_status st = TC_OK;
	int rc = 0;

	if (file && cli_has_suffix(out, ".pdf")) {
		int pages = 0;
		st = pdf_render(d, out, &pages, e);
		if (st == TC_OK)
			fprintf(stderr, "tiaocai: 已写入%s %s (%d 页)\n", what, out, pages);
	} else if (file && odt && cli_has_suffix(out, ".odt")) {
		st = odt_write(d, out, e);
		if (st == TC_OK)
			fprintf(stderr, "tiaocai: 已写入%s %s (可用 WPS 或 LibreOffice 编辑)\n", what, out);
	} else {
		struct strbuf sb = {0};
		rdoc_render_text(d, width, &sb);
		if (file) {
			struct afile f;
			if ((st = afile_open(&f, out, e)) == TC_OK) {
				if (fwrite(sb_str(&sb), 1, sb.len, f.fp) != sb.len)
					st = err_set(e, TC_STORAGE, "file", "写入 %s 失败", out);
				st = afile_commit(&f, st, e);
			}
			if (st == TC_OK)
				fprintf(stderr, "tiaocai: 已写入%s %s\n", what, out);
		} else {
			rc = cli_write_out(&sb);
		}
		sb_free(&sb);
	}
	return st != TC_OK ? cli_fail(e) : rc;
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

	rc = cli_put_rdoc(&doc, REPORT_WIDTH, out, "周报", false, &e);
	rdoc_free(&doc);
	return rc;
}

/* `report hearings`: the 开庭排期表 of one day (today by default), of
 * every room or of one. */
static int report_hearings_cmd(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{"date", required_argument, NULL, 'd'},
		{"room", required_argument, NULL, 'r'},
		{"output", required_argument, NULL, 'o'},
		{NULL, 0, NULL, 0},
	};
	const char *date = NULL, *room = NULL, *out = NULL;
	struct tc_err e = {0};
	struct rdoc doc;
	int ch, rc, today, day;

	cli_getopt_reset();
	while ((ch = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
		switch (ch) {
		case 'd': date = optarg; break;
		case 'r': room = optarg; break;
		case 'o': out = optarg; break;
		default:
			return cli_usage(usage, "report hearings: 不认识的选项或缺少参数: %s", argv[optind - 1]);
		}
	}
	if (optind < argc)
		return cli_usage(usage, "report hearings: 多余的参数 %s", argv[optind]);
	if (date_today_checked(&today, &e) != TC_OK)
		return cli_fail(&e);
	day = today;
	if (date && date_parse(date, &day, "--date", &e) != TC_OK)
		return cli_fail(&e);
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (schedule_build(c->db, &c->actor, day, day, room, today, &doc, &e) != TC_OK)
		return cli_fail(&e);
	rc = cli_put_rdoc(&doc, REPORT_WIDTH, out, "开庭排期表", false, &e);
	rdoc_free(&doc);
	return rc;
}

int cli_report(struct cli *c, int argc, char **argv)
{
	if (argc < 2)
		return cli_usage(usage, "report: 请给出报表 (weekly 或 hearings)");
	if (strcmp(argv[1], "weekly") == 0)
		return report_weekly_cmd(c, argc - 1, argv + 1);
	if (strcmp(argv[1], "hearings") == 0)
		return report_hearings_cmd(c, argc - 1, argv + 1);
	return cli_usage(usage, "report: 不认识的报表 %s (现有 weekly、hearings)", argv[1]);
}
