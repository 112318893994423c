/*
 * cli_serve.c - `tiaocai case serve` (record that a document reached a
 * party) and `tiaocai case services` (every service of a case, as a table
 * or CSV).
 *
 * Everything is decided by serve.c; this file reads the options, prints
 * what was recorded and the clocks it moved, and lays the list out.
 */
#include "cli.h"
#include "tiaocai/case.h"
#include "tiaocai/csvio.h"
#include "tiaocai/date.h"
#include "tiaocai/serve.h"
#include "tiaocai/text.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
	"用法: tiaocai case serve 案号 --doc 文书编号 --method 直接|留置|委托|邮寄|电子|公告 --on 日期\n"
	"                 [--to 当事人] [--at 时:分] [--by 送达人] [--address 送达地址] [--note 备注]\n"
	"      tiaocai case services 案号 [--format table|csv] [--header zh|en]\n"
	"      文书编号: tiaocai doc list 所列; 当事人: a1 r1 t1 或姓名 (不写即文书的受送达人);\n"
	"      日期: 邮寄为回执签收日, 电子为到达日 (--at 到达时间), 公告为公告之日 (满 30 日视为送达);\n"
	"      留置须 --note 写明见证人\n";

void cli_serve_help(void)
{
	fputs(usage, stdout);
}

/* "被申请人答辩期限", "仲裁审限": a label with 期限 when it lacks it. */
static void clock_name(const char *label, char *buf, size_t size)
{
	size_t n = strlen(label);

	snprintf(buf, size, "%s%s", label, n >= 3 && strcmp(label + n - 3, "限") == 0 ? "" : "期限");
}

static int serve_cmd(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{"doc", required_argument, NULL, 'd'},
		{"to", required_argument, NULL, 't'},
		{"method", required_argument, NULL, 'm'},
		{"on", required_argument, NULL, 'o'},
		{"at", required_argument, NULL, 'a'},
		{"by", required_argument, NULL, 'b'},
		{"address", required_argument, NULL, 'A'},
		{"note", required_argument, NULL, 'n'},
		{NULL, 0, NULL, 0},
	};
	struct serve_req r = {0};
	struct serve_result res;
	struct tc_err e = {0};
	const char *doc = NULL;
	int ch, rc, today;
	int64_t id;

	cli_getopt_reset();
	while ((ch = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
		switch (ch) {
		case 'd': doc = optarg; break;
		case 't': r.to = optarg; break;
		case 'm': r.method = optarg; break;
		case 'o': r.on = optarg; break;
		case 'a': r.at = optarg; break;
		case 'b': r.by = optarg; break;
		case 'A': r.address = optarg; break;
		case 'n': r.note = optarg; break;
		case ':':
			return cli_usage(usage, "case serve: 选项 %s 需要一个值", argv[optind - 1]);
		default:
			return cli_usage(usage, "case serve: 不认识的选项 %s", argv[optind - 1]);
		}
	}
	if (optind >= argc)
		return cli_usage(usage, "case serve: 请给出案号");
	if (optind + 1 < argc)
		return cli_usage(usage, "case serve: 多余的参数 %s", argv[optind + 1]);
	if (doc == NULL)
		return cli_usage(usage, "case serve: 请用 --doc 给出文书编号 (tiaocai doc list 所列)");
	if (r.method == NULL)
		return cli_usage(usage, "case serve: 请用 --method 给出送达方式");
	if (r.on == NULL)
		return cli_usage(usage, "case serve: 请用 --on 给出送达日期");
	char *end;
	errno = 0;
	long no = strtol(doc, &end, 10);
	if (errno || end == doc || *end || no < 1 || no > INT_MAX) {
		struct tc_err bad = {0};
		char *clean = xstrdup(doc);
		text_scrub(clean);
		err_set(&bad, TC_REFUSED, "doc", "--doc: 应为文书编号 (tiaocai doc list 所列的数字), 现为 %s", clean);
		free(clean);
		return cli_fail(&bad);
	}
	r.doc_no = (int)no;
	if (date_today_checked(&today, &e) != TC_OK)
		return cli_fail(&e);
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (case_find(c->db, &c->actor, argv[optind], &id, &e) != TC_OK ||
	    serve_record(c->db, &c->actor, id, &r, today, &res, &e) != TC_OK)
		return cli_fail(&e);

	struct strbuf out = {0};
	sb_printf(&out, "已记录送达: 第%d号 %s 给 %s ", res.doc_no, res.doc_zh, res.to_ref);
	text_clean(&out, res.to_name, 0);
	sb_printf(&out, ", %s, %s", res.method, res.given_on);
	if (res.given_at[0])
		sb_printf(&out, " %s", res.given_at);
	const struct serve_method *m = serve_method_find(res.method);
	sb_printf(&out, " %s", m ? m->given : "");
	if (res.deemed)
		sb_printf(&out, ", %s 视为送达", res.served_on);
	sb_puts(&out, "\n");
	for (size_t i = 0; i < res.nmoved; i++) {
		const struct serve_moved *m = &res.moved[i];
		char name[96];
		clock_name(m->label, name, sizeof name);
		if (m->ended[0])
			sb_printf(&out, "%s: 已于 %s 完成 (届满日 %s)\n", name, m->ended, m->due);
		else
			sb_printf(&out, "%s: %s 届满%s\n", name, m->due, m->party ? " (当事人的期间)" : "");
	}
	rc = cli_write_out(&out);
	sb_free(&out);
	return rc;
}

static int services_cmd(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{"format", required_argument, NULL, 'f'},
		{"header", required_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	static const char *const keys[] = {"doc", "kind", "to", "method", "given_on", "given_at",
					   "served_on", "by", "note"};
	static const char *const zh[] = {"文书编号", "文书", "受送达人", "送达方式", "送达日期",
					 "送达时间", "视为送达日", "送达人", "备注"};
	const char *format = "table", *header = "zh";
	struct tc_err e = {0};
	struct serve_rec *v;
	size_t n;
	int ch, rc;
	int64_t id;

	cli_getopt_reset();
	while ((ch = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
		switch (ch) {
		case 'f': format = optarg; break;
		case 'h': header = optarg; break;
		case ':':
			return cli_usage(usage, "case services: 选项 %s 需要一个值", argv[optind - 1]);
		default:
			return cli_usage(usage, "case services: 不认识的选项 %s", argv[optind - 1]);
		}
	}
	if (optind >= argc)
		return cli_usage(usage, "case services: 请给出案号");
	if (optind + 1 < argc)
		return cli_usage(usage, "case services: 多余的参数 %s", argv[optind + 1]);
	if (strcmp(format, "table") != 0 && strcmp(format, "csv") != 0)
		return cli_usage(usage, "--format 应为 table 或 csv: %s", format);
	if (strcmp(header, "zh") != 0 && strcmp(header, "en") != 0)
		return cli_usage(usage, "--header 应为 zh 或 en: %s", header);
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (case_find(c->db, &c->actor, argv[optind], &id, &e) != TC_OK ||
	    serve_list(c->db, &c->actor, id, &v, &n, &e) != TC_OK)
		return cli_fail(&e);

	bool en = header[0] == 'e';
	if (strcmp(format, "csv") == 0) {
		struct csvio_writer w;
		enum tc_status st = csvio_writer_open(&w, stdout, CSVIO_UTF8, &e);
		for (size_t i = 0; st == TC_OK && i < sizeof keys / sizeof keys[0]; i++)
			csvio_put_text(&w, en ? keys[i] : zh[i]);
		if (st == TC_OK)
			csvio_end_row(&w);
		for (size_t i = 0; st == TC_OK && i < n; i++) {
			char kind[48];
			/* Codes with English headers: award, award-final. */
			snprintf(kind, sizeof kind, "%s%s%s", v[i].kind, v[i].part[0] ? "-" : "",
				 v[i].part);
			csvio_put_int(&w, v[i].doc_no);
			csvio_put_text(&w, en ? kind : v[i].doc_zh);
			csvio_put_text(&w, v[i].to_name);
			csvio_put_text(&w, v[i].method);
			csvio_put_num(&w, v[i].given_on);
			csvio_put_num(&w, v[i].given_at);
			csvio_put_num(&w, v[i].served_on);
			csvio_put_text(&w, v[i].by);
			csvio_put_text(&w, v[i].note);
			csvio_end_row(&w);
		}
		if (st == TC_OK)
			st = csvio_writer_close(&w, &e);
		free(v);
		if (st == TC_OK && fflush(stdout) != 0)
			st = err_set(&e, TC_STORAGE, "file", "写出送达记录失败 (磁盘已满或管道已关闭)");
		return st == TC_OK ? 0 : cli_fail(&e);
	}

	static const char *const head[] = {"文书", "名称", "受送达人", "方式", "送达日期", "时间",
					   "视为送达", "送达人", "地址 / 备注"};
	struct text_table t;
	struct strbuf out = {0};
	text_table_init(&t, 9, head);
	text_table_right(&t, 0);
	text_table_max(&t, 2, 24);
	for (size_t i = 0; i < n; i++) {
		char no[16], to[sizeof v[i].to_ref + sizeof v[i].to_name + 2], served[32];
		char note[sizeof v[i].address + sizeof v[i].note + 4];
		snprintf(no, sizeof no, "%d", v[i].doc_no);
		snprintf(to, sizeof to, "%s %s", v[i].to_ref, v[i].to_name);
		/* A 公告 says when it counts, or that a direct service came first. */
		snprintf(served, sizeof served, "%s", v[i].deemed && v[i].overtaken ? "(直接送达在先)"
						  : v[i].deemed ? v[i].served_on : "");
		snprintf(note, sizeof note, "%s%s%s", v[i].address[0] ? v[i].address : "",
			 v[i].address[0] && v[i].note[0] ? "; " : "", v[i].note);
		const char *row[] = {no, v[i].doc_zh, to, v[i].method, v[i].given_on, v[i].given_at,
				     served, v[i].by, note};
		text_table_add(&t, row);
	}
	if (n)
		text_table_render(&t, &out);
	else
		sb_puts(&out, "本案还没有送达记录 (tiaocai case serve 案号 --doc 文书编号 ...)\n");
	text_table_free(&t);
	free(v);
	rc = cli_write_out(&out);
	sb_free(&out);
	return rc;
}

int cli_serve(struct cli *c, int argc, char **argv)
{
	if (strcmp(argv[0], "services") == 0)
		return services_cmd(c, argc, argv);
	return serve_cmd(c, argc, argv);
}
