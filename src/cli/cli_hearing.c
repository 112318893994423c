/*
 * cli_hearing.c - `tiaocai room add|edit|list` (the hearing rooms) and
 * `tiaocai hearings` (the hearing calendar, as a table or CSV).
 *
 * Rooms are kept by room.c and hearings listed by hearing.c's
 * hearing_each, each with the parties not yet properly notified of it
 * (serve.h); this file reads options and lays rows out.
 */
#include "cli.h"
#include "tiaocai/afile.h"
#include "tiaocai/case.h"
#include "tiaocai/csvio.h"
#include "tiaocai/date.h"
#include "tiaocai/hearing.h"
#include "tiaocai/room.h"
#include "tiaocai/serve.h"
#include "tiaocai/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char room_usage[] =
	"用法: tiaocai room add 名称 [--capacity N] [--fast 是|否] [--available 是|否]\n"
	"                       [--address 地址] [--note 备注]\n"
	"      tiaocai room edit 名称 [--name 新名称] [--capacity N] [--fast 是|否]\n"
	"                       [--available 是|否] [--address 地址] [--note 备注] [--reason 理由]\n"
	"      tiaocai room list\n";

static const char hearings_usage[] =
	"用法: tiaocai hearings [--from 日期] [--to 日期] [--room 开庭地点] [--person 姓名]\n"
	"                       [--case 案号] [--format table|csv] [--header zh|en] [-o 文件]\n";

static int room_list_cmd(struct cli *c)
{
	struct strbuf out = {0};
	struct text_table t;
	struct tc_err e = {0};
	struct room *v;
	size_t n;
	int rc;
	static const char *const head[] = {"名称", "座位", "速裁庭", "可用", "地址", "备注"};

	if ((rc = cli_open(c)) != 0)
		return rc;
	if (room_list(c->db, &v, &n, &e) != TC_OK)
		return cli_fail(&e);
	text_table_init(&t, 6, head);
	text_table_right(&t, 1);
	for (size_t i = 0; i < n; i++) {
		char cap[16];
		snprintf(cap, sizeof cap, "%d", v[i].capacity);
		const char *row[] = {v[i].name, v[i].capacity ? cap : "", v[i].fast ? "是" : "",
				     v[i].available ? "是" : "停用", v[i].address, v[i].note};
		text_table_add(&t, row);
	}
	if (n)
		text_table_render(&t, &out);
	else
		sb_puts(&out, "还没有登记开庭地点 (tiaocai room add 名称)\n");
	text_table_free(&t);
	free(v);
	rc = cli_write_out(&out);
	sb_free(&out);
	return rc;
}

int cli_room(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{"name", required_argument, NULL, 'n'},
		{"capacity", required_argument, NULL, 'c'},
		{"fast", required_argument, NULL, 'f'},
		{"available", required_argument, NULL, 'a'},
		{"address", required_argument, NULL, 'A'},
		{"note", required_argument, NULL, 'N'},
		{"reason", required_argument, NULL, 'r'},
		{NULL, 0, NULL, 0},
	};
	struct room_in in = {0};
	struct tc_err e = {0};
	const char *sub, *name;
	int ch, rc;

	if (argc < 2)
		return cli_usage(room_usage, "room: 请给出子命令 add、edit 或 list");
	sub = argv[1];
	if (strcmp(sub, "list") == 0) {
		if (argc > 2)
			return cli_usage(room_usage, "room list: 多余的参数 %s", argv[2]);
		return room_list_cmd(c);
	}
	if (strcmp(sub, "add") != 0 && strcmp(sub, "edit") != 0)
		return cli_usage(room_usage, "room: 不认识的子命令 %s", sub);
	cli_getopt_reset();
	while ((ch = getopt_long(argc - 1, argv + 1, ":", opts, NULL)) != -1) {
		switch (ch) {
		case 'n': in.name = optarg; break;
		case 'c': in.capacity = optarg; break;
		case 'f': in.fast = optarg; break;
		case 'a': in.available = optarg; break;
		case 'A': in.address = optarg; break;
		case 'N': in.note = optarg; break;
		case 'r': in.reason = optarg; break;
		case ':':
			return cli_usage(room_usage, "room %s: 选项 %s 需要一个值", sub, argv[optind]);
		default:
			return cli_usage(room_usage, "room %s: 不认识的选项 %s", sub, argv[optind]);
		}
	}
	if (optind + 1 != argc - 1)
		return cli_usage(room_usage, "room %s: 请给出一个开庭地点的名称", sub);
	name = argv[optind + 1];
	if (strcmp(sub, "add") == 0 && (in.name || in.reason))
		return cli_usage(room_usage, "room add: 名称写在子命令之后, 不用 --name 或 --reason");
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (strcmp(sub, "add") == 0) {
		in.name = name;
		if (room_add(c->db, &c->actor, &in, &e) != TC_OK)
			return cli_fail(&e);
		printf("已登记开庭地点 %s\n", name);
	} else {
		if (room_edit(c->db, &c->actor, name, &in, &e) != TC_OK)
			return cli_fail(&e);
		printf("已修改开庭地点 %s\n", in.name ? in.name : name);
	}
	return 0;
}

/* ---- the hearing calendar --------------------------------------------- */

static const char *const keys[] = {"case_no", "start", "minutes", "room", "chief", "members",
				   "clerk", "status", "no", "end", "applicant", "respondent",
				   "unnotified"};
static const char *const zh[] = {"案号", "开庭时间", "时长(分钟)", "开庭地点", "首席或独任仲裁员",
				 "仲裁员", "书记员", "状态", "第几次", "结束时间", "申请人", "被申请人",
				 "未依法通知"};
#define NKEYS (sizeof keys / sizeof keys[0])

struct listing {
	struct db *db;
	bool csv, en;
	struct csvio_writer *w;
	struct text_table t;
	size_t n;
	struct tc_err *e;
	enum tc_status st;
	int today;       /* a hearing scheduled before it is 待记录 */
};

static int put_row(const struct hearing *h, void *p)
{
	struct listing *l = p;

	l->n++;
	if (l->csv) {
		struct csvio_writer *w = l->w;
		struct strlist names = {0};
		struct strbuf joined = {0};
		/* The parties not served its notice in time, "" when none (or
		 * when the hearing predates the records of service). */
		if ((l->st = serve_unnotified(l->db, h->case_id, h->no, &names, l->e)) != TC_OK)
			return 1;
		for (size_t i = 0; i < names.n; i++)
			sb_printf(&joined, "%s%s", i ? "、" : "", names.v[i]);
		sl_free(&names);
		csvio_put_text(w, h->case_no);
		csvio_put_num(w, h->at);
		csvio_put_int(w, h->minutes);
		csvio_put_text(w, h->room);
		csvio_put_text(w, h->chief);
		csvio_put_text(w, h->members);
		csvio_put_text(w, h->clerk);
		csvio_put_text(w, l->en ? hearing_status_name(h->status) : hearing_status_zh(h->status));
		csvio_put_int(w, h->no);
		csvio_put_num(w, h->end_at);
		csvio_put_text(w, h->applicant);
		csvio_put_text(w, h->respondent);
		csvio_put_text(w, sb_str(&joined));
		sb_free(&joined);
		csvio_end_row(w);
		return w->error;
	}
	char no[96], when[32], arb[sizeof h->chief + sizeof h->members + 4];
	case_short_no(h->case_no, no, sizeof no);
	snprintf(when, sizeof when, "%s-%s", h->at, h->end_at + 11);
	snprintf(arb, sizeof arb, "%s%s%s", h->chief, h->members[0] ? "、" : "", h->members);
	const char *row[] = {when, h->room, no, h->applicant, h->respondent, arb, h->clerk,
			     hearing_status_on(h, l->today)};
	text_table_add(&l->t, row);
	return 0;
}

static enum tc_status emit(FILE *fp, struct cli *c, const struct hearing_query *q, int today,
			   bool csv, bool en, size_t *n, struct tc_err *e)
{
	static const char *const head[] = {"时间", "地点", "案号", "申请人", "被申请人", "仲裁员",
					   "书记员", "状态"};
	struct listing l = {.db = c->db, .csv = csv, .en = en, .e = e, .st = TC_OK, .today = today};
	struct csvio_writer w;
	enum tc_status st;

	if (csv) {
		if ((st = csvio_writer_open(&w, fp, CSVIO_UTF8, e)) != TC_OK)
			return st;
		l.w = &w;
		for (size_t i = 0; i < NKEYS; i++)
			csvio_put_text(&w, en ? keys[i] : zh[i]);
		csvio_end_row(&w);
		st = hearing_each(c->db, &c->actor, q, put_row, &l, e);
		if (st == TC_OK)
			st = l.st;
		enum tc_status st2 = csvio_writer_close(&w, st == TC_OK ? e : NULL);
		*n = l.n;
		return st == TC_OK ? st2 : st;
	}
	text_table_init(&l.t, 8, head);
	text_table_max(&l.t, 3, 14);
	text_table_max(&l.t, 4, 20);
	st = hearing_each(c->db, &c->actor, q, put_row, &l, e);
	if (st == TC_OK) {
		struct strbuf sb = {0};
		if (l.n)
			text_table_render(&l.t, &sb);
		else
			sb_puts(&sb, "这段时间没有开庭安排\n");
		if (fwrite(sb_str(&sb), 1, sb.len, fp) != sb.len)
			st = err_set(e, TC_STORAGE, "file", "写出开庭安排失败 (磁盘已满或管道已关闭)");
		sb_free(&sb);
	}
	text_table_free(&l.t);
	*n = l.n;
	return st;
}

int cli_hearings(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{"from", required_argument, NULL, 'F'},
		{"to", required_argument, NULL, 'T'},
		{"room", required_argument, NULL, 'r'},
		{"person", required_argument, NULL, 'p'},
		{"case", required_argument, NULL, 'c'},
		{"format", required_argument, NULL, 'f'},
		{"header", required_argument, NULL, 'h'},
		{"output", required_argument, NULL, 'o'},
		{NULL, 0, NULL, 0},
	};
	const char *format = "table", *header = "zh", *out = NULL, *from = NULL, *to = NULL;
	const char *ref = NULL;
	struct hearing_query q = {.from = DATE_NONE, .to = DATE_NONE};
	struct tc_err e = {0};
	enum tc_status st;
	size_t n = 0;
	int ch, rc, today;

	cli_getopt_reset();
	while ((ch = getopt_long(argc, argv, ":o:", opts, NULL)) != -1) {
		switch (ch) {
		case 'F': from = optarg; break;
		case 'T': to = optarg; break;
		case 'r': q.room = optarg; break;
		case 'p': q.person = optarg; break;
		case 'c': ref = optarg; break;
		case 'f': format = optarg; break;
		case 'h': header = optarg; break;
		case 'o': out = optarg; break;
		case ':':
			return cli_usage(hearings_usage, "hearings: 选项 %s 需要一个值", argv[optind - 1]);
		default:
			return cli_usage(hearings_usage, "hearings: 不认识的选项 %s", argv[optind - 1]);
		}
	}
	if (optind < argc)
		return cli_usage(hearings_usage, "hearings: 多余的参数 %s", argv[optind]);
	if (strcmp(format, "table") != 0 && strcmp(format, "csv") != 0)
		return cli_usage(hearings_usage, "--format 应为 table 或 csv: %s", format);
	if (strcmp(header, "zh") != 0 && strcmp(header, "en") != 0)
		return cli_usage(hearings_usage, "--header 应为 zh 或 en: %s", header);
	if (date_today_checked(&today, &e) != TC_OK ||
	    (from && date_parse(from, &q.from, "--from", &e) != TC_OK) ||
	    (to && date_parse(to, &q.to, "--to", &e) != TC_OK) ||
	    text_check_kind("room", "开庭地点", q.room, TEXT_ROOM, 0, &e) != TC_OK ||
	    text_check_kind("person", "姓名", q.person, TEXT_PERSON, 0, &e) != TC_OK)
		return cli_fail(&e);
	/* Without dates: from today on, the hearings still to come. */
	if (!from && !to && !ref)
		q.from = today;
	if (q.from != DATE_NONE && q.to != DATE_NONE && q.to < q.from)
		return cli_usage(hearings_usage, "hearings: --to 早于 --from");
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (ref && case_find(c->db, &c->actor, ref, &q.case_id, &e) != TC_OK)
		return cli_fail(&e);

	bool csv = strcmp(format, "csv") == 0, en = header[0] == 'e';
	if (out && strcmp(out, "-") != 0) {
		struct afile f;
		if ((st = afile_open(&f, out, &e)) == TC_OK)
			st = afile_commit(&f, emit(f.fp, c, &q, today, csv, en, &n, &e), &e);
		if (st == TC_OK)
			fprintf(stderr, "tiaocai: 已写入开庭安排 %s (%zu 次)\n", out, n);
	} else {
		st = emit(stdout, c, &q, today, csv, en, &n, &e);
		if (st == TC_OK && fflush(stdout) != 0)
			st = err_set(&e, TC_STORAGE, "file", "写出开庭安排失败 (磁盘已满或管道已关闭)");
	}
	return st == TC_OK ? 0 : cli_fail(&e);
}
