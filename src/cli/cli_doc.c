/*
 * cli_doc.c - `tiaocai doc list|make|edit|print`: the documents of a case.
 *
 * Which documents there are, what goes in them and their record are the
 * core's (doc.h); this file picks the case, the kind and the file, runs
 * the user's editor on the sections a person writes, and sends documents
 * to the printer.
 */
#include "cli.h"
#include "tiaocai/afile.h"
#include "tiaocai/case.h"
#include "tiaocai/csvio.h"
#include "tiaocai/date.h"
#include "tiaocai/doc.h"
#include "tiaocai/hearing.h"
#include "tiaocai/odt.h"
#include "tiaocai/serve.h"
#include "tiaocai/priv.h"
#include "tiaocai/spawn.h"
#include "tiaocai/text.h"
#include "../pdf/pdf.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

static const char usage[] =
	"用法: tiaocai doc list 案号 [--format table|csv] [--header zh|en]\n"
	"      tiaocai doc make 案号 种类 [--to 当事人] [--hearing N] [-o 文件.pdf|.txt|.odt]\n"
	"      tiaocai doc edit 案号 种类或文书号 [--file 文件]\n"
	"      tiaocai doc print 案号 文书号... [--printer 打印机]\n"
	"      tiaocai doc kinds\n"
	"种类: 受理通知书 不予受理通知书 应诉通知书 举证通知书 仲裁庭组成通知书 开庭通知书\n"
	"      调解书 裁决书 决定书 (或 accept-notice 等, 见 tiaocai doc kinds)\n";

/* The width of a document as text: an A4 page's line. */
#define DOC_WIDTH 80

/* "决定书" is the decision the case had last: suspended, extended, a
 * withdrawal allowed or a transfer. */
static const struct doc_kind *kind_of(struct cli *c, int64_t case_id, const char *s,
				      struct tc_err *e)
{
	const struct doc_kind *k = doc_kind_find(s);

	if (k == NULL && strcmp(s, "决定书") == 0) {
		struct doc_need *need;
		size_t n;
		struct doc_rec *recs;
		size_t nr;
		/* The one the case needs, else the last one made. */
		if (doc_needed(c->db, case_id, &need, &n, e) != TC_OK)
			return NULL;
		for (size_t i = n; i-- > 0 && !k;)
			if (strncmp(need[i].kind->name, "decision-", 9) == 0)
				k = need[i].kind;
		free(need);
		if (!k && doc_list(c->db, &c->actor, case_id, &recs, &nr, e) == TC_OK) {
			for (size_t i = nr; i-- > 0 && !k;)
				if (strncmp(recs[i].kind, "decision-", 9) == 0)
					k = doc_kind_find(recs[i].kind);
			free(recs);
		}
		if (!k)
			err_set(e, TC_REFUSED, "kind",
				"本案没有中止、延长审限、准予撤回或移送的决定, 无决定书可制作");
		return k;
	}
	if (k == NULL) {
		const struct doc_kind *all;
		size_t n = doc_kinds(&all);
		struct strbuf names = {0};
		for (size_t i = 0; i < n; i++)
			sb_printf(&names, "%s%s", i ? " " : "", all[i].zh);
		err_set(e, TC_REFUSED, "kind", "不认识的文书种类「%s」; 应为 %s, 或决定书", s, names.buf);
		sb_free(&names);
	}
	return k;
}

/* ---- doc list ---------------------------------------------------------- */

static const char *const list_en[] = {"doc", "kind", "to", "made_on", "served_on", "method",
				      "part", "hearing", "made_by", "current", "to_ref"};
static const char *const list_zh[] = {"文书号", "文书", "受送达人", "制作日期", "送达日期",
				      "送达方式", "部分", "开庭", "制作人", "现行", "当事人"};
#define NLIST (sizeof list_en / sizeof list_en[0])

static const char *part_zh(const char *part)
{
	return strcmp(part, "final") == 0 ? "终局" : strcmp(part, "nonfinal") == 0 ? "非终局" : "";
}

/* The documents r[] and those still to make as a table and a list. */
static void docs_text(const struct doc_rec *r, size_t n, const struct doc_need *need, size_t nneed,
		      const char *none, struct strbuf *sb)
{
	static const char *const head[] = {"号", "文书", "受送达人", "制作", "送达", "方式", "备注"};
	struct text_table t;
	text_table_init(&t, 7, head);
	text_table_max(&t, 2, 24);
	for (size_t i = 0; i < n; i++) {
		char no[16], what[64], note[64] = "";
		snprintf(no, sizeof no, "%d", r[i].no);
		snprintf(what, sizeof what, "%s%s%s%s", r[i].zh, *r[i].part ? " (" : "",
			 part_zh(r[i].part), *r[i].part ? ")" : "");
		if (r[i].hearing_no)
			snprintf(note, sizeof note, "第 %d 次开庭", r[i].hearing_no);
		if (r[i].superseded)
			snprintf(note + strlen(note), sizeof note - strlen(note), "%s已重新制作",
				 *note ? "; " : "");
		const char *row[] = {no, what, r[i].to_name, r[i].made_on,
				     *r[i].served_on ? r[i].served_on : "未送达", r[i].method, note};
		text_table_add(&t, row);
	}
	if (n)
		text_table_render(&t, sb);
	else
		sb_puts(sb, none);
	text_table_free(&t);
	if (nneed) {
		sb_puts(sb, "\n待制作:\n");
		for (size_t i = 0; i < nneed; i++) {
			sb_printf(sb, "  %s%s%s%s 送 %s", need[i].kind->zh, *need[i].part ? " (" : "",
				  part_zh(need[i].part), *need[i].part ? ")" : "", need[i].to_name);
			if (need[i].hearing_no)
				sb_printf(sb, " (第 %d 次开庭)", need[i].hearing_no);
			sb_printf(sb, "  自 %s\n", need[i].since);
		}
	}
}

static int list_cmd(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{"format", required_argument, NULL, 'f'},
		{"header", required_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	const char *format = "table", *header = "zh";
	struct tc_err e = {0};
	struct doc_rec *r = NULL;
	struct doc_need *need = NULL;
	size_t n = 0, nneed = 0;
	int64_t id;
	int ch, rc;

	cli_getopt_reset();
	while ((ch = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
		switch (ch) {
		case 'f': format = optarg; break;
		case 'h': header = optarg; break;
		case ':': return cli_usage(usage, "doc list: 选项 %s 需要一个值", argv[optind - 1]);
		default: return cli_usage(usage, "doc list: 不认识的选项 %s", argv[optind - 1]);
		}
	}
	if (optind + 1 != argc)
		return cli_usage(usage, optind >= argc ? "doc list: 缺少案号" : "doc list: 多余的参数 %s",
				 argv[argc - 1]);
	if (strcmp(format, "table") != 0 && strcmp(format, "csv") != 0)
		return cli_usage(usage, "--format 应为 table 或 csv: %s", format);
	if (strcmp(header, "zh") != 0 && strcmp(header, "en") != 0)
		return cli_usage(usage, "--header 应为 zh 或 en: %s", header);
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (case_find(c->db, &c->actor, argv[optind], &id, &e) != TC_OK ||
	    doc_list(c->db, &c->actor, id, &r, &n, &e) != TC_OK ||
	    doc_needed(c->db, id, &need, &nneed, &e) != TC_OK) {
		free(r);
		return cli_fail(&e);
	}
	enum tc_status st = TC_OK;
	if (strcmp(format, "csv") == 0) {
		struct csvio_writer w;
		bool en = header[0] == 'e';
		if ((st = csvio_writer_open(&w, stdout, CSVIO_UTF8, &e)) == TC_OK) {
			for (size_t i = 0; i < NLIST; i++)
				csvio_put_text(&w, en ? list_en[i] : list_zh[i]);
			csvio_end_row(&w);
			for (size_t i = 0; i < n; i++) {
				csvio_put_int(&w, r[i].no);
				csvio_put_text(&w, en ? r[i].kind : r[i].zh);
				csvio_put_text(&w, r[i].to_name);
				csvio_put_num(&w, r[i].made_on);
				csvio_put_num(&w, r[i].served_on);
				csvio_put_text(&w, r[i].method);
				csvio_put_text(&w, en ? r[i].part : part_zh(r[i].part));
				if (r[i].hearing_no)
					csvio_put_int(&w, r[i].hearing_no);
				else
					csvio_put_text(&w, "");
				csvio_put_text(&w, r[i].made_by);
				csvio_put_text(&w, r[i].superseded ? (en ? "no" : "否") : (en ? "yes" : "是"));
				csvio_put_text(&w, r[i].to_ref);
				csvio_end_row(&w);
			}
			st = csvio_writer_close(&w, &e);
		}
	} else {
		struct strbuf sb = {0};
		docs_text(r, n, need, nneed, "本案尚未制作文书\n", &sb);
		if (cli_write_out(&sb))
			st = err_set(&e, TC_STORAGE, "file", "写出文书清单失败 (磁盘已满或管道已关闭)");
		sb_free(&sb);
	}
	free(r);
	free(need);
	return st == TC_OK ? 0 : cli_fail(&e);
}

/* ---- doc make ---------------------------------------------------------- */

static int make_cmd(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{"to", required_argument, NULL, 't'},
		{"hearing", required_argument, NULL, 'H'},
		{"output", required_argument, NULL, 'o'},
		{NULL, 0, NULL, 0},
	};
	const char *to = NULL, *out = NULL;
	struct tc_err e = {0};
	int hearing = 0, ch, rc, today;
	int64_t id;

	cli_getopt_reset();
	while ((ch = getopt_long(argc, argv, ":o:", opts, NULL)) != -1) {
		switch (ch) {
		case 't': to = optarg; break;
		case 'H': {
			char *end;
			long v = strtol(optarg, &end, 10);
			if (*end || v < 1 || v > 999)
				return cli_usage(usage, "--hearing 应为第几次开庭 (1, 2 ...): %s", optarg);
			hearing = (int)v;
			break;
		}
		case 'o': out = optarg; break;
		case ':': return cli_usage(usage, "doc make: 选项 %s 需要一个值", argv[optind - 1]);
		default: return cli_usage(usage, "doc make: 不认识的选项 %s", argv[optind - 1]);
		}
	}
	if (argc - optind != 2)
		return cli_usage(usage, argc - optind < 2 ? "doc make: 应给出案号和文书种类"
							  : "doc make: 多余的参数 %s", argv[argc - 1]);
	if (text_check_kind("to", "受送达人", to, TEXT_ORG, 0, &e) != TC_OK ||
	    date_today_checked(&today, &e) != TC_OK)
		return cli_fail(&e);
	if (out && strcmp(out, "-") != 0 && !cli_has_suffix(out, ".pdf") && !cli_has_suffix(out, ".txt") &&
	    !cli_has_suffix(out, ".odt"))
		return cli_usage(usage, "-o 文件应以 .pdf、.txt 或 .odt 结尾: %s", out);
	if ((rc = cli_open(c)) != 0)
		return rc;

	const struct doc_kind *k;
	struct rdoc d;
	struct doc_rec *made = NULL;
	size_t nmade = 0;
	struct strbuf notes = {0};
	enum tc_status st;

	if (case_find(c->db, &c->actor, argv[optind], &id, &e) != TC_OK ||
	    (k = kind_of(c, id, argv[optind + 1], &e)) == NULL)
		return cli_fail(&e);
	rdoc_init(&d, NULL, NULL, NULL, NULL);
	rdoc_letter(&d);
	st = doc_make(c->db, &c->actor, id, k, to, hearing, today, &d, &made, &nmade, &notes, &e);
	if (st == TC_OK)
		fputs(sb_str(&notes), stderr);
	sb_free(&notes);
	free(made);
	rc = st == TC_OK ? cli_put_rdoc(&d, DOC_WIDTH, out, "", true, &e) : cli_fail(&e);
	rdoc_free(&d);
	return rc;
}

/* ---- doc print ---------------------------------------------------------- */

static int print_cmd(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{"printer", required_argument, NULL, 'p'},
		{NULL, 0, NULL, 0},
	};
	const char *printer = NULL;
	char found[128], why[128];
	struct tc_err e = {0};
	int ch, rc, today;
	int64_t id;

	cli_getopt_reset();
	while ((ch = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
		switch (ch) {
		case 'p': printer = optarg; break;
		case ':': return cli_usage(usage, "doc print: 选项 %s 需要一个值", argv[optind - 1]);
		default: return cli_usage(usage, "doc print: 不认识的选项 %s", argv[optind - 1]);
		}
	}
	if (argc - optind < 2)
		return cli_usage(usage, "doc print: 应给出案号和文书号 (tiaocai doc list 列出)");
	for (int i = optind + 1; i < argc; i++) {
		char *end;
		long v = strtol(argv[i], &end, 10);
		if (*end || v < 1 || v > 100000)
			return cli_usage(usage, "doc print: 文书号应为数字 (tiaocai doc list 列出): %s", argv[i]);
	}
	if (text_check_kind("printer", "打印机", printer, TEXT_WORD, 0, &e) != TC_OK ||
	    date_today_checked(&today, &e) != TC_OK)
		return cli_fail(&e);
	if (printer == NULL) {
		if (!spawn_default_printer(found, sizeof found, why, sizeof why)) {
			fprintf(stderr, "tiaocai: 不能打印: %s; 可用 --printer 指定, 或 doc make -o 存为 PDF\n",
				why);
			return 1;
		}
		printer = found;
	}
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (case_find(c->db, &c->actor, argv[optind], &id, &e) != TC_OK)
		return cli_fail(&e);

	struct rdoc d;
	enum tc_status st = TC_OK;
	int pages = 0;
	rdoc_init(&d, NULL, NULL, NULL, NULL);
	rdoc_letter(&d);
	for (int i = optind + 1; i < argc && st == TC_OK; i++) {
		if (d.n)
			rdoc_break(&d);
		st = doc_render(c->db, &c->actor, id, atoi(argv[i]), today, &d, &e);
	}
	if (st == TC_OK)
		st = pdf_print(&d, printer, &pages, &e);
	rdoc_free(&d);
	if (st != TC_OK)
		return cli_fail(&e);
	printf("已送打印机 %s: %d 份文书, 共 %d 页 (各附送达回证)\n", printer, argc - optind - 1, pages);
	return 0;
}

/* ---- doc edit ------------------------------------------------------------ */

static enum tc_status read_file(const char *path, struct strbuf *out, struct tc_err *e)
{
	FILE *fp = priv_fopen(path, "r");
	char buf[4096];
	size_t n;

	if (fp == NULL)
		return err_set(e, TC_REFUSED, "file", "读不到 %s: %s", path, afile_strerror(errno));
	while ((n = fread(buf, 1, sizeof buf, fp)) > 0 && out->len < 4 * TEXT_MAX_SECTION * 4)
		sb_add(out, buf, n);
	bool bad = ferror(fp);
	fclose(fp);
	return bad ? err_set(e, TC_STORAGE, "file", "读取 %s 失败", path) : TC_OK;
}

static int edit_cmd(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{"file", required_argument, NULL, 'F'},
		{NULL, 0, NULL, 0},
	};
	const char *from = NULL;
	struct tc_err e = {0};
	int ch, rc;
	int64_t id;

	cli_getopt_reset();
	while ((ch = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
		switch (ch) {
		case 'F': from = optarg; break;
		case ':': return cli_usage(usage, "doc edit: 选项 %s 需要一个值", argv[optind - 1]);
		default: return cli_usage(usage, "doc edit: 不认识的选项 %s", argv[optind - 1]);
		}
	}
	if (argc - optind != 2)
		return cli_usage(usage, "doc edit: 应给出案号和文书 (裁决书、调解书, 或其文书号)");
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (case_find(c->db, &c->actor, argv[optind], &id, &e) != TC_OK)
		return cli_fail(&e);

	/* A number is a document made; its kind is what is edited. */
	const char *what = argv[optind + 1];
	const struct doc_kind *k = NULL;
	char *end;
	long no = strtol(what, &end, 10);
	if (*what && !*end) {
		struct doc_rec *r;
		size_t n;
		if (doc_list(c->db, &c->actor, id, &r, &n, &e) != TC_OK)
			return cli_fail(&e);
		for (size_t i = 0; i < n; i++)
			if (r[i].no == no)
				k = doc_kind_find(r[i].kind);
		free(r);
		if (!k) {
			fprintf(stderr, "tiaocai: 本案没有第 %ld 号文书 (tiaocai doc list 列出本案文书)\n", no);
			return 1;
		}
	} else if ((k = kind_of(c, id, what, &e)) == NULL)
		return cli_fail(&e);

	struct strbuf after = {0};
	enum tc_status st;
	bool changed = false;

	if (from) {
		if ((st = read_file(from, &after, &e)) == TC_OK)
			st = doc_sections_put(c->db, &c->actor, id, k, sb_str(&after), &changed, &e);
	} else {
		st = doc_sections_edit(c->db, &c->actor, id, k, &changed, &e);
	}
	if (st == TC_OK)
		printf(changed ? "已保存%s的填写内容 (制作时写入)\n" : "%s的填写内容没有改动\n", k->zh);
	sb_free(&after);
	return st == TC_OK ? 0 : cli_fail(&e);
}

/* ---- doc kinds ---------------------------------------------------------- */

static int kinds_cmd(void)
{
	static const char *const head[] = {"种类", "文书", "制作时机", "受送达人", "需填写", "依据"};
	static const char *const to_zh[] = {"申请人", "被申请人", "各方当事人"};
	const struct doc_kind *k;
	size_t n = doc_kinds(&k);
	struct text_table t;
	struct strbuf sb = {0};

	text_table_init(&t, 6, head);
	for (size_t i = 0; i < n; i++) {
		char sections[96] = "";
		const char *p = k[i].sections;
		/* "facts:查明事实 reasons:裁决理由" -> "查明事实、裁决理由" */
		while (*p) {
			const char *colon = strchr(p, ':'), *sp = strchr(p, ' ');
			if (!colon)
				break;
			size_t len = sp ? (size_t)(sp - colon - 1) : strlen(colon + 1);
			snprintf(sections + strlen(sections), sizeof sections - strlen(sections), "%s%.*s",
				 *sections ? "、" : "", (int)len, colon + 1);
			p = sp ? sp + 1 : colon + 1 + len;
		}
		const char *row[] = {k[i].name, k[i].zh, k[i].event, to_zh[k[i].to], sections, k[i].basis};
		text_table_add(&t, row);
	}
	text_table_render(&t, &sb);
	text_table_free(&t);
	int rc = cli_write_out(&sb);
	sb_free(&sb);
	return rc;
}

int cli_doc(struct cli *c, int argc, char **argv)
{
	if (argc < 2 || strcmp(argv[1], "help") == 0 || strcmp(argv[1], "--help") == 0 ||
	    strcmp(argv[1], "-h") == 0) {
		fputs(usage, argc < 2 ? stderr : stdout);
		return argc < 2 ? 2 : 0;
	}
	if (strcmp(argv[1], "list") == 0)
		return list_cmd(c, argc - 1, argv + 1);
	if (strcmp(argv[1], "make") == 0)
		return make_cmd(c, argc - 1, argv + 1);
	if (strcmp(argv[1], "edit") == 0)
		return edit_cmd(c, argc - 1, argv + 1);
	if (strcmp(argv[1], "print") == 0)
		return print_cmd(c, argc - 1, argv + 1);
	if (strcmp(argv[1], "kinds") == 0)
		return kinds_cmd();
	return cli_usage(usage, "doc: 不认识的子命令 %s", argv[1]);
}

void cli_doc_section(struct cli *c, const struct case_detail *d, struct strbuf *out)
{
	struct tc_err e = {0};
	struct doc_rec *r = NULL;
	struct doc_need *need = NULL;
	size_t n = 0, nneed = 0;
	char effect[256] = "";

	if (doc_list(c->db, &c->actor, d->row.id, &r, &n, &e) != TC_OK ||
	    doc_needed(c->db, d->row.id, &need, &nneed, &e) != TC_OK ||
	    serve_effect(c->db, d->row.id, effect, sizeof effect, &e) != TC_OK) {
		sb_printf(out, "\n文书: (读取失败: %s)\n", e.msg);
	} else if (n || nneed) {
		sb_puts(out, "\n文书:\n");
		docs_text(r, n, need, nneed, "  (尚未制作)\n", out);
	}
	/* Whether every party was told of each hearing in time (Art 35). */
	for (size_t i = 0; i < d->nhearings; i++) {
		struct strlist names = {0};
		if (d->hearings[i].status != HEARING_SCHEDULED ||
		    serve_unnotified(c->db, d->row.id, d->hearings[i].no, &names, &e) != TC_OK ||
		    names.n == 0) {
			sl_free(&names);
			continue;
		}
		sb_printf(out, "\n第 %d 次开庭 (%s) 未依法通知: ", d->hearings[i].no, d->hearings[i].at);
		for (size_t k = 0; k < names.n; k++)
			sb_printf(out, "%s%s", k ? "、" : "", names.v[k]);
		sb_puts(out, " (开庭通知书未在开庭前五日送达)\n");
		sl_free(&names);
	}
	if (*effect)
		sb_printf(out, "\n生效: %s\n", effect);
	free(r);
	free(need);
}
