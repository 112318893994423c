/*
 * cli_case.c - `tiaocai case add|list|show|EVENT`: registering
 * applications, the docket on the command line, one case whole, and the
 * stage events.  Everything is decided by the core; this file parses
 * arguments and prints.
 */
#include "cli.h"
#include "tiaocai/calendar.h"
#include "tiaocai/case.h"
#include "tiaocai/casejson.h"
#include "tiaocai/csvio.h"
#include "tiaocai/date.h"
#include "tiaocai/docket.h"
#include "tiaocai/journal.h"
#include "tiaocai/ledger.h"
#include "tiaocai/money.h"
#include "tiaocai/text.h"
#include "tiaocai/workflow.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
	"用法: tiaocai case add --applicant 姓名 --applicant-id 身份证号 [--phone 电话] [--claim ...] ...\n"
	"                       --employer 名称 [--uscc 代码] [--chain-role 角色] [--employer-id 身份证号] ...\n"
	"                       [--claim 类别:金额[:起:止] ...] [--received 日期] [--source 来源] [--cause 案由]\n"
	"                       [--fast] [--simple] [--industry 行业] [--project 项目] [--legal-aid]\n"
	"                       [--lawyer 登录名] [--clerk 登录名] [--missing-docs 待补材料]\n"
	"                       [--uscc-unverified 理由] [--allow-duplicate 理由]\n"
	"        当事人之后可跟: [--address 住所] [--service-address 送达地址] [--legal-rep 法定代表人]\n"
	"                        [--legal-rep-title 职务] [--representative]; 用人单位申请: --applicant 名称\n"
	"                        --applicant-uscc 代码; 跟在某名申请人之后的 --claim 是该申请人的请求\n"
	"      tiaocai case list [--stage 阶段] [--overdue] [--due-within N] [--query 文字] [--limit N]\n"
	"                        [--respondent 名称|统一社会信用代码] [--supervised] [--collective]\n"
	"                        [--format table|csv] [--header zh|en]\n"
	"      tiaocai case show 案号 [--format table|json]\n"
	"      tiaocai case 事项 案号 [--on 日期] [--reason 理由] [--mediator 调解员] [--arbitrator 仲裁员]\n"
	"                        [--at '日期 时:分'] [--room 仲裁庭] [--to 移送机关] [--amount 金额|项:金额 ...]\n"
	"      事项: accept refuse premediate mediate settle fail tribunal hearing hearing-postpone\n"
	"            hearing-cancel hearing-held award withdraw suspend resume extend transfer\n"
	"      tiaocai case tribunal 案号 --sole 仲裁员 | --chief 仲裁员 --member 仲裁员 --member 仲裁员\n"
	"                        [--clerk 书记员登录名] [--reason 变更理由]\n"
	"      tiaocai case hearing 案号 --at '日期 时:分' --room 开庭地点 [--minutes N]\n"
	"                        [--short-notice 理由] [--arbitrator 独任仲裁员]\n"
	"      tiaocai case hearing-postpone 案号 [第几次] --reason 理由 [--requested-by applicant|respondent\n"
	"                        --requested-on 日期] [--at '日期 时:分' [--room 开庭地点] [--minutes N]]\n"
	"      tiaocai case hearing-cancel 案号 [第几次] --reason 理由\n"
	"      tiaocai case hearing-held 案号 [第几次] [--absent applicant|respondent|both]\n"
	"      tiaocai case award 案号 --amount ... [--written 书面审理理由]\n"
	"      tiaocai case serve 案号 --doc 文书编号 --method 方式 --on 日期 ...  记录送达 (见下)\n"
	"      更正: party agent claim docs-received link assign note edit pay revert (tiaocai case help)\n";

static int today_or_fail(int *today)
{
	struct tc_err e = {0};
	return date_today_checked(today, &e) == TC_OK ? 0 : cli_fail(&e);
}

static void warn_lines(const struct strbuf *w)
{
	const char *p = sb_str(w);
	while (*p) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		fprintf(stderr, "tiaocai: 警告: %.*s\n", (int)n, p);
		p += n + (nl != NULL);
	}
}

/* Say so when a deadline of the case reached a provisional year (no
 * notice loaded): it was counted on the statutory holidays alone. */
static void warn_unloaded(const struct case_detail *d)
{
	char warn[128];

	if (d->unloaded_year) {
		cal_provisional_text(d->unloaded_year, warn, sizeof warn);
		fprintf(stderr, "tiaocai: 警告: %s\n", warn);
	}
}

/* ---- case add -------------------------------------------------------- */

struct add_args {
	struct case_new req;
	size_t capa, capr, capc;
	char **owned; /* claim strings split in place */
	size_t nowned;
};

static struct case_party_in *push_party(struct case_party_in **v, size_t *n, size_t *cap)
{
	*v = xgrow(*v, cap, *n + 1, sizeof **v);
	memset(&(*v)[*n], 0, sizeof **v);
	return &(*v)[(*n)++];
}

/* KIND:AMOUNT[:FROM:TO], the claim of applicant number app (0: the case). */
static int push_claim(struct add_args *a, const char *arg, int app)
{
	char *s = xstrdup(arg);
	struct case_claim_in c;

	a->owned = xrealloc(a->owned, (a->nowned + 1) * sizeof *a->owned);
	a->owned[a->nowned++] = s;
	if (!case_claim_split(s, &c))
		return cli_usage(usage, "--claim %s: 应写成 类别:金额 或 类别:金额:起始日:截止日, 如 工资:12000:2026-01-01:2026-06-30", arg);
	c.applicant = app;
	a->req.claims = xgrow(a->req.claims, &a->capc, a->req.nclaims + 1, sizeof *a->req.claims);
	a->req.claims[a->req.nclaims++] = c;
	return 0;
}

static void add_args_free(struct add_args *a)
{
	free(a->req.applicants);
	free(a->req.respondents);
	free(a->req.claims);
	for (size_t i = 0; i < a->nowned; i++)
		free(a->owned[i]);
	free(a->owned);
}

static int parse_add(struct add_args *a, int argc, char **argv)
{
	static const struct option opts[] = {
		{"applicant", required_argument, NULL, 'a'},
		{"applicant-id", required_argument, NULL, 'i'},
		{"applicant-uscc", required_argument, NULL, 'X'},
		{"phone", required_argument, NULL, 'p'},
		{"employer", required_argument, NULL, 'e'},
		{"respondent", required_argument, NULL, 'e'},
		{"uscc", required_argument, NULL, 'u'},
		{"chain-role", required_argument, NULL, 'r'},
		{"employer-id", required_argument, NULL, 'I'},
		{"respondent-id", required_argument, NULL, 'I'},
		{"address", required_argument, NULL, 'A'},
		{"service-address", required_argument, NULL, 'V'},
		{"legal-rep", required_argument, NULL, 'G'},
		{"legal-rep-title", required_argument, NULL, 'T'},
		{"representative", no_argument, NULL, 'E'},
		{"claim", required_argument, NULL, 'c'},
		{"received", required_argument, NULL, 'R'},
		{"source", required_argument, NULL, 's'},
		{"cause", required_argument, NULL, 'C'},
		{"fast", no_argument, NULL, 'f'},
		{"simple", no_argument, NULL, 'S'},
		{"industry", required_argument, NULL, 'n'},
		{"project", required_argument, NULL, 'P'},
		{"legal-aid", no_argument, NULL, 'L'},
		{"lawyer", required_argument, NULL, 'w'},
		{"clerk", required_argument, NULL, 'K'},
		{"missing-docs", required_argument, NULL, 'm'},
		{"uscc-unverified", required_argument, NULL, 'U'},
		{"allow-duplicate", required_argument, NULL, 'D'},
		{NULL, 0, NULL, 0},
	};
	struct case_new *r = &a->req;
	/* The party the options after it describe, and the applicant the
	 * claims after it belong to (0 once a respondent comes). */
	struct case_party_in *party = NULL;
	int app = 0;
	const char *opt;
	int ch, rc;

	cli_getopt_reset();
	while ((ch = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		const char **slot = NULL;

		opt = argv[optind - 1];
		switch (ch) {
		case 'a':
			party = push_party(&r->applicants, &r->napplicants, &a->capa);
			party->name = optarg;
			app = (int)r->napplicants;
			break;
		case 'e':
			party = push_party(&r->respondents, &r->nrespondents, &a->capr);
			party->name = optarg;
			app = 0;
			break;
		case 'i': case 'X':
			if (app == 0)
				return cli_usage(usage, "%s 应跟在 --applicant 姓名 之后", opt);
			slot = ch == 'i' ? &party->id_no : &party->uscc;
			break;
		case 'u': case 'r': case 'I':
			if (party == NULL || app != 0)
				return cli_usage(usage, "%s 应跟在 --employer 名称 之后", opt);
			slot = ch == 'u' ? &party->uscc : ch == 'r' ? &party->chain_role : &party->id_no;
			break;
		case 'p': case 'A': case 'V': case 'G': case 'T':
			if (party == NULL)
				return cli_usage(usage, "%s 应跟在 --applicant 或 --employer 之后", opt);
			slot = ch == 'p' ? &party->phone : ch == 'A' ? &party->address
			       : ch == 'V' ? &party->service_address : ch == 'G' ? &party->legal_rep
			       : &party->legal_rep_title;
			break;
		case 'E':
			if (app == 0)
				return cli_usage(usage, "--representative 应跟在 --applicant 姓名 之后");
			party->representative = true;
			break;
		case 'c':
			if ((rc = push_claim(a, optarg, app)) != 0)
				return rc;
			break;
		case 'R': r->received = optarg; break;
		case 's': r->source = optarg; break;
		case 'C': r->cause = optarg; break;
		case 'f': r->fast = true; break;
		case 'S': r->simple = true; break;
		case 'n': r->industry = optarg; break;
		case 'P': r->project = optarg; break;
		case 'L': r->legal_aid = true; break;
		case 'w': r->lawyer = optarg; break;
		case 'K': r->clerk = optarg; break;
		case 'm': r->missing_docs = optarg; break;
		case 'U': r->uscc_unverified = optarg; break;
		case 'D': r->allow_duplicate = optarg; break;
		default:
			return cli_usage(usage, "case add: 不认识的选项或缺少参数: %s", argv[optind - 1]);
		}
		if (slot != NULL) {
			if (*slot != NULL)
				return cli_usage(usage, "%s %s 的 %s 给了两次", app ? "申请人" : "被申请人",
						 party->name, opt);
			*slot = optarg;
		}
	}
	if (optind < argc)
		return cli_usage(usage, "case add: 多余的参数 %s", argv[optind]);
	return 0;
}

static int case_add_cmd(struct cli *c, int argc, char **argv)
{
	struct add_args a = {0};
	struct strbuf warnings = {0};
	struct tc_err e = {0};
	char case_no[96];
	int64_t id;
	int today, rc;

	if ((rc = parse_add(&a, argc, argv)) == 0 && (rc = today_or_fail(&today)) == 0 &&
	    (rc = cli_open(c)) == 0) {
		if (case_add(c->db, &c->actor, &a.req, today, &id, case_no, &warnings, &e) != TC_OK)
			rc = cli_fail(&e);
		else {
			struct case_detail *d;
			/* The result first, then what the clerk should check. */
			printf("%s\n", case_no);
			fflush(stdout);
			warn_lines(&warnings);
			if (case_detail_get(c->db, &c->actor, id, today, &d, &e) == TC_OK) {
				warn_unloaded(d);
				case_detail_free(d);
			}
		}
	}
	sb_free(&warnings);
	add_args_free(&a);
	return rc;
}

/* ---- case list ------------------------------------------------------- */

static int parse_int(const char *s, int lo, int hi, int *out)
{
	char *end;
	long v = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || v < lo || v > hi)
		return -1;
	*out = (int)v;
	return 0;
}

/* "剩余" as the clerk reads it: days left, or why there are none. */
static void days_text(const struct case_row *r, char *buf, size_t size)
{
	if (r->stage == STAGE_CLOSED)
		snprintf(buf, size, "已结");
	else if (r->stage == STAGE_SUSPENDED)
		snprintf(buf, size, "中止");
	else if (r->days_left == INT_MIN)
		snprintf(buf, size, "-");
	else
		snprintf(buf, size, "%d", r->days_left);
}

static int table_row(const struct case_row *r, void *p)
{
	struct text_table *t = p;
	char money[MONEY_BUF], days[16];
	const char *row[] = {r->case_no, r->applicant, r->respondent, money_display(r->claimed, money),
			     stage_zh(r->stage), r->next_due, days};
	days_text(r, days, sizeof days);
	text_table_add(t, row);
	return 0;
}

/* The line under an employer's cases (tiaocai(1), case list): how many,
 * open and closed, and what they claimed, were given and were paid; every
 * case the filter picks, --limit or not. */
static int sum_line(struct cli *c, const struct docket_filter *f, int today, struct strbuf *out)
{
	struct docket_sum s;
	struct tc_err e = {0};
	char m1[MONEY_BUF], m2[MONEY_BUF], m3[MONEY_BUF];

	if (docket_sum(c->db, &c->actor, f, today, 0, &s, &e) != TC_OK)
		return cli_fail(&e);
	sb_printf(out, "合计 %zu 件 (未结 %zu 件, 已结 %zu 件)  请求金额 %s  调解或裁决金额 %s  已兑现 %s\n",
		  s.cases, s.open, s.closed, money_display(s.claimed, m1), money_display(s.resolved, m2),
		  money_display(s.paid, m3));
	return 0;
}

static int case_list_cmd(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{"stage", required_argument, NULL, 's'},
		{"overdue", no_argument, NULL, 'o'},
		{"due-within", required_argument, NULL, 'd'},
		{"query", required_argument, NULL, 'q'},
		{"respondent", required_argument, NULL, 'r'},
		{"supervised", no_argument, NULL, 'S'},
		{"collective", no_argument, NULL, 'C'},
		{"limit", required_argument, NULL, 'l'},
		{"format", required_argument, NULL, 'f'},
		{"header", required_argument, NULL, 'h'},
		{"encoding", required_argument, NULL, 'E'},
		{NULL, 0, NULL, 0},
	};
	/* The docket's engine, in its due-date order: the cases `/` finds
	 * in the docket, open ones first. */
	struct docket_filter f = {.stage = -1, .track = DOCKET_TRACK_ANY};
	const char *format = "table", *header = "zh", *stage = NULL, *encoding = "utf-8";
	enum csvio_encoding enc;
	struct tc_err e = {0};
	int ch, rc, today, within = -1, limit = 0;

	cli_getopt_reset();
	while ((ch = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (ch) {
		case 's': stage = optarg; break;
		case 'o': f.overdue = true; break;
		case 'd':
			if (parse_int(optarg, 0, 3650, &within) != 0)
				return cli_usage(usage, "--due-within 应为 0 到 3650 之间的天数: %s", optarg);
			break;
		case 'q': f.text = optarg; break;
		case 'r': f.respondent = optarg; break;
		case 'S': f.supervised = true; break;
		case 'C': f.collective = true; break;
		case 'l':
			if (parse_int(optarg, 1, INT_MAX, &limit) != 0)
				return cli_usage(usage, "--limit 应为正整数: %s", optarg);
			break;
		case 'f': format = optarg; break;
		case 'h': header = optarg; break;
		case 'E': encoding = optarg; break;
		default:
			return cli_usage(usage, "case list: 不认识的选项或缺少参数: %s", argv[optind - 1]);
		}
	}
	if (optind < argc)
		return cli_usage(usage, "case list: 多余的参数 %s", argv[optind]);
	if (strcmp(format, "table") != 0 && strcmp(format, "csv") != 0)
		return cli_usage(usage, "--format 应为 table 或 csv: %s", format);
	if (strcmp(header, "zh") != 0 && strcmp(header, "en") != 0)
		return cli_usage(usage, "--header 应为 zh 或 en: %s", header);
	if (csvio_encoding_parse(encoding, 0, &enc, &e) != TC_OK)
		return cli_fail(&e);
	/* The docket skips a search of one character while it is typed; here
	 * it would list every case, so it is refused. */
	if (docket_text_kind(f.text) == DOCKET_TEXT_SHORT)
		return cli_usage(usage, "--query 至少要两个字: 姓名中相连的两个字、案号 (如 2026-3) 或身份证号的开头: %s",
				 f.text);
	if (f.respondent && docket_respondent_kind(f.respondent) == DOCKET_RESP_NONE)
		return cli_usage(usage, "--respondent 不能为空: 应为被申请人的名称、统一社会信用代码或 (包工头的) 身份证号");
	if (stage) {
		enum stage s;
		if (stage_parse(stage, &s, &e) != TC_OK)
			return cli_fail(&e);
		f.stage = (int)s;
	}
	if ((rc = today_or_fail(&today)) != 0 || (rc = cli_open(c)) != 0)
		return rc;
	if (within >= 0) {
		f.due_within = true;
		f.due_until = today + within;
	}

	if (strcmp(format, "csv") == 0) {
		struct csvio_writer w;
		if (csvio_writer_open(&w, stdout, enc, &e) != TC_OK)
			return cli_fail(&e);
		ledger_header(&w, header[0] == 'e');
		enum tc_status st = docket_each(c->db, &c->actor, &f, DOCKET_SORT_DUE, today,
						(size_t)limit, ledger_row, &w, &e);
		enum tc_status st2 = csvio_writer_close(&w, st == TC_OK ? &e : NULL);
		return st != TC_OK || st2 != TC_OK ? cli_fail(&e) : 0;
	}
	/* The table shows none of the columns read through other tables. */
	f.brief = true;
	static const char *const cols[] = {"案号", "申请人", "被申请人", "请求金额", "阶段", "届满日", "剩余"};
	struct text_table t;
	struct strbuf out = {0};
	text_table_init(&t, 7, cols);
	text_table_max(&t, 1, 16);
	text_table_max(&t, 2, 24);
	text_table_right(&t, 3);
	text_table_right(&t, 6);
	if (docket_each(c->db, &c->actor, &f, DOCKET_SORT_DUE, today, (size_t)limit, table_row, &t,
			&e) != TC_OK) {
		text_table_free(&t);
		return cli_fail(&e);
	}
	text_table_render(&t, &out);
	text_table_free(&t);
	/* One employer's cases: what they add up to, under the table. */
	if (f.respondent && (rc = sum_line(c, &f, today, &out)) != 0) {
		sb_free(&out);
		return rc;
	}
	rc = cli_write_out(&out);
	sb_free(&out);
	return rc;
}

/* ---- case show ------------------------------------------------------- */

static const char *yes(bool b) { return b ? "是" : "否"; }

/* A stored text for a heading line, through text_clean: text stored
 * before it was checked (or behind the program's back) cannot send an
 * escape sequence, break the line or turn it around.  The copy is kept in
 * keep until the caller frees it.  (The tables clean through text_fit.) */
static const char *shown(struct strlist *keep, const char *s)
{
	struct strbuf sb = {0};

	text_clean(&sb, s, 0);
	sl_push(keep, sb_str(&sb));
	sb_free(&sb);
	return keep->v[keep->n - 1];
}

static void show_detail(const struct case_detail *d, const char *docs,
			const struct journal_row *j, size_t nj, int today,
			struct strbuf *out)
{
	const struct case_row *r = &d->row;
	char money[MONEY_BUF], m2[MONEY_BUF], m3[MONEY_BUF];
	struct text_table t;
	struct strlist k = {0};
#define S(x) shown(&k, (x))

	sb_printf(out, "案号: %s\n", S(r->case_no));
	sb_printf(out, "阶段: %s", stage_zh(r->stage));
	if (r->outcome[0])
		sb_printf(out, " (%s)", S(r->outcome));
	sb_printf(out, "    程序: %s    来源: %s    版本: %lld\n", S(r->track), S(r->source),
		  (long long)d->version);
	sb_printf(out, "收案: %s    立案: %s    结案: %s\n", S(r->received_on),
		  r->accepted_on[0] ? S(r->accepted_on) : "-", r->closed_on[0] ? S(r->closed_on) : "-");
	sb_printf(out, "集体争议: %s    法律援助: %s    挂牌督办: %s", yes(d->collective),
		  yes(d->legal_aid), yes(d->major));
	if (d->lawyer[0])
		sb_printf(out, "    援助律师: %s", S(d->lawyer));
	sb_puts(out, "\n");
	if (r->industry[0] || d->project[0])
		sb_printf(out, "行业: %s    项目: %s\n", r->industry[0] ? S(r->industry) : "-",
			  d->project[0] ? S(d->project) : "-");
	sb_printf(out, "案由: %s    申请方: %s    承办人: %s\n", S(d->cause),
		  strcmp(d->applicant_side, "employer") == 0 ? "用人单位" : "劳动者",
		  d->clerk_name[0] ? S(d->clerk_name) : "未指定");
	if (d->missing_docs[0])
		sb_printf(out, "容缺受理待补材料: %s (%s 前补交)\n", S(d->missing_docs),
			  d->docs_due[0] ? S(d->docs_due) : "-");
	else if (d->docs_received_on[0])
		sb_printf(out, "容缺受理材料: 已于 %s 补齐\n", S(d->docs_received_on));
	if (r->mediator[0] || r->arbitrator[0])
		sb_printf(out, "调解员: %s    仲裁员: %s\n", r->mediator[0] ? S(r->mediator) : "-",
			  r->arbitrator[0] ? S(r->arbitrator) : "-");
	if (d->tribunal.formed) {
		struct strbuf t = {0};
		tribunal_describe(&d->tribunal, &t);
		sb_printf(out, "仲裁庭: %s    组庭: %s\n", S(sb_str(&t)),
			  d->tribunal.formed_on[0] ? d->tribunal.formed_on : "日期未载");
		sb_free(&t);
	}
#undef S
	sl_free(&k);

	static const char *const ph[] = {"", "编号", "当事人", "身份证号/信用代码", "性别", "电话", "角色"};
	sb_printf(out, "\n当事人 (劳动者 %d 名):\n", r->workers);
	text_table_init(&t, 7, ph);
	for (size_t i = 0; i < d->nparties; i++) {
		const struct case_party *p = &d->parties[i];
		const char *ident = p->uscc[0] ? p->uscc : p->id_no;
		char role[64];
		if (strcmp(p->side, "applicant") == 0)
			snprintf(role, sizeof role, "申请人%s", p->representative ? " (代表人)" : "");
		else if (strcmp(p->side, "third") == 0)
			snprintf(role, sizeof role, "第三人");
		else if (p->uscc_unverified[0])
			snprintf(role, sizeof role, "%s (代码未通过校验)", p->chain_role);
		else
			snprintf(role, sizeof role, "%s", p->chain_role);
		const char *row[] = {"", p->ref, p->name, ident, p->sex, p->phone, role};
		text_table_add(&t, row);
	}
	text_table_render(&t, out);
	text_table_free(&t);
	/* What documents need of each party, when known. */
	{
		struct strlist kk = {0};
#define S(x) shown(&kk, (x))
		for (size_t i = 0; i < d->nparties; i++) {
			const struct case_party *p = &d->parties[i];
			if (p->legal_rep[0])
				sb_printf(out, "  %s 法定代表人: %s%s%s%s\n", p->ref, S(p->legal_rep),
					  p->legal_rep_title[0] ? " (" : "", S(p->legal_rep_title),
					  p->legal_rep_title[0] ? ")" : "");
			if (p->address[0])
				sb_printf(out, "  %s 住所: %s\n", p->ref, S(p->address));
			if (p->service_address[0])
				sb_printf(out, "  %s 送达地址: %s\n", p->ref, S(p->service_address));
			for (size_t g = 0; g < p->nagents; g++)
				sb_printf(out, "  %s 委托代理人: %s (%s)%s%s\n", p->ref, S(p->agents[g].name),
					  S(p->agents[g].kind), p->agents[g].phone[0] ? " " : "",
					  S(p->agents[g].phone));
		}
#undef S
		sl_free(&kk);
	}

	/* Claims by worker: each applicant's items, then their subtotal when
	 * the case has several workers with claims of their own. */
	static const char *const ch[] = {"", "项", "申请人", "类别", "请求", "调解/裁决", "已付", "期间", "终局"};
	sb_puts(out, "\n请求:\n");
	text_table_init(&t, 9, ch);
	text_table_right(&t, 4);
	text_table_right(&t, 5);
	text_table_right(&t, 6);
	/* With one applicant every claim is theirs: no column to read. */
	bool owned = false;
	size_t napp = 0;
	for (size_t i = 0; i < d->nparties; i++)
		napp += strcmp(d->parties[i].side, "applicant") == 0;
	for (size_t i = 0; i < d->nclaims && napp > 1; i++)
		owned = owned || d->claims[i].party[0];
	for (size_t i = 0; i < d->nclaims; i++) {
		const struct case_claim *cl = &d->claims[i];
		char pos[12], period[32], who[TEXT_BYTES(TEXT_MAX_ORG) + 8] = "";
		snprintf(pos, sizeof pos, "%d", cl->pos);
		snprintf(period, sizeof period, "%s%s%s", cl->from, cl->from[0] || cl->to[0] ? "至" : "", cl->to);
		for (size_t k = 0; k < d->nparties && cl->party[0]; k++)
			if (strcmp(d->parties[k].ref, cl->party) == 0)
				snprintf(who, sizeof who, "%s %s", cl->party, d->parties[k].name);
		const char *row[] = {"", pos, !owned ? "" : cl->party[0] ? who : "全案", cl->kind,
				     money_display(cl->amount, money),
				     cl->resolved >= 0 ? money_display(cl->resolved, m2) : "",
				     cl->paid > 0 ? money_display(cl->paid, m3) : "", period,
				     cl->final < 0 ? "" : cl->final ? "是" : "否"};
		text_table_add(&t, row);
		/* A worker's subtotal after their last item. */
		const char *next = i + 1 < d->nclaims ? d->claims[i + 1].party : "";
		if (cl->party[0] && strcmp(next, cl->party) != 0 && r->workers > 1) {
			int64_t sum = 0, res = 0, paid = 0;
			bool any = false;
			for (size_t k = 0; k < d->nclaims; k++)
				if (strcmp(d->claims[k].party, cl->party) == 0) {
					sum += d->claims[k].amount;
					paid += d->claims[k].paid;
					if (d->claims[k].resolved >= 0) {
						res += d->claims[k].resolved;
						any = true;
					}
				}
			const char *sub[] = {"", "", "", "小计", money_display(sum, money),
					     any ? money_display(res, m2) : "",
					     paid ? money_display(paid, m3) : "", "", ""};
			text_table_add(&t, sub);
		}
	}
	{
		const char *row[] = {"", "", "", "合计", money_display(r->claimed, money),
				     r->resolved >= 0 ? money_display(r->resolved, m2) : "",
				     d->paid > 0 ? money_display(d->paid, m3) : "", "", ""};
		text_table_add(&t, row);
	}
	text_table_render(&t, out);
	text_table_free(&t);

	if (d->nhearings) {
		static const char *const hh[] = {"", "次", "时间", "地点", "仲裁员", "状态", "说明"};
		sb_puts(out, "\n开庭:\n");
		text_table_init(&t, 7, hh);
		text_table_right(&t, 1);
		for (size_t i = 0; i < d->nhearings; i++) {
			const struct hearing *h = &d->hearings[i];
			char no[12], when[40], arb[sizeof h->chief + sizeof h->members + 4];
			struct strbuf note = {0};
			snprintf(no, sizeof no, "%d", h->no);
			snprintf(when, sizeof when, "%s-%s", h->at, h->end_at + 11);
			snprintf(arb, sizeof arb, "%s%s%s", h->chief, h->members[0] ? "、" : "", h->members);
			if (h->status != HEARING_SCHEDULED && h->status_on[0])
				sb_printf(&note, "%s ", h->status_on);
			if (h->requested_by[0])
				sb_printf(&note, "%s于 %s 申请 ", strcmp(h->requested_by, "applicant") == 0
					  ? "申请人" : "被申请人", h->requested_on);
			if (h->absent[0])
				sb_printf(&note, "%s未到庭 ", strcmp(h->absent, "both") == 0 ? "双方"
					  : strcmp(h->absent, "applicant") == 0 ? "申请人" : "被申请人");
			if (h->status_reason[0])
				sb_printf(&note, "%s ", h->status_reason);
			if (h->short_notice[0] && h->status == HEARING_SCHEDULED)
				sb_printf(&note, "通知期不足: %s", h->short_notice);
			const char *row[] = {"", no, when, h->room[0] ? h->room : "地点未载", arb,
					     hearing_status_on(h, today), sb_str(&note)};
			text_table_add(&t, row);
			sb_free(&note);
		}
		text_table_render(&t, out);
		text_table_free(&t);
	}

	sb_puts(out, docs);

	if (d->npayments) {
		static const char *const yh[] = {"", "付款日", "项", "金额", "付款人", "说明"};
		sb_puts(out, "\n履行:\n");
		text_table_init(&t, 6, yh);
		text_table_right(&t, 3);
		for (size_t i = 0; i < d->npayments; i++) {
			const struct case_payment *y = &d->payments[i];
			char item[12];
			snprintf(item, sizeof item, "%d", y->item);
			const char *row[] = {"", y->on, y->item ? item : "全案", money_display(y->amount, money),
					     y->by, y->note};
			text_table_add(&t, row);
		}
		text_table_render(&t, out);
		text_table_free(&t);
	}

	static const char *const kh[] = {"", "期限", "起算", "天数", "届满日", "剩余", "依据", "说明"};
	sb_puts(out, "\n期限:\n");
	text_table_init(&t, 8, kh);
	text_table_right(&t, 5);
	for (size_t i = 0; i < d->nclocks; i++) {
		const struct case_clock *k = &d->clocks[i];
		char days[32], left[16];
		snprintf(days, sizeof days, "%d%s", k->days, strcmp(k->unit, "working") == 0 ? "个工作日" : "日");
		if (k->running)
			snprintf(left, sizeof left, "%d", k->days_left);
		else
			snprintf(left, sizeof left, "-");
		const char *row[] = {"", k->label, k->start, days, k->due, left, k->basis, k->note};
		text_table_add(&t, row);
	}
	text_table_render(&t, out);
	text_table_free(&t);

	static const char *const jh[] = {"", "记录时间", "生效日", "经办", "事项"};
	sb_puts(out, "\n日志:\n");
	text_table_init(&t, 5, jh);
	for (size_t i = 0; i < nj; i++) {
		char *what = j[i].undone ? xasprintf("[已撤销] %s", j[i].detail) : NULL;
		const char *row[] = {"", j[i].recorded_at, j[i].effective_on, j[i].actor,
				     what ? what : j[i].detail};
		text_table_add(&t, row);
		free(what);
	}
	text_table_render(&t, out);
	text_table_free(&t);
}

static int case_show_cmd(struct cli *c, int argc, char **argv)
{
	struct case_detail *d;
	struct journal_row *j;
	struct strbuf out = {0};
	struct tc_err e = {0};
	const char *ref = NULL;
	bool json = false;
	size_t nj;
	int64_t id;
	int today, rc;

	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--format") == 0 && i + 1 < argc) {
			if (strcmp(argv[i + 1], "json") != 0 && strcmp(argv[i + 1], "table") != 0)
				return cli_usage(usage, "case show: --format 应为 table 或 json: %s", argv[i + 1]);
			json = strcmp(argv[++i], "json") == 0;
		} else if (argv[i][0] == '-' && argv[i][1] != '\0') {
			return cli_usage(usage, "case show: 不认识的选项或缺少参数: %s", argv[i]);
		} else if (ref == NULL) {
			ref = argv[i];
		} else {
			return cli_usage(usage, "case show: 多余的参数 %s", argv[i]);
		}
	}
	if (ref == NULL)
		return cli_usage(usage, "case show: 请给出一个案号");
	if ((rc = today_or_fail(&today)) != 0 || (rc = cli_open(c)) != 0)
		return rc;
	if (case_find(c->db, &c->actor, ref, &id, &e) != TC_OK ||
	    case_detail_get(c->db, &c->actor, id, today, &d, &e) != TC_OK)
		return cli_fail(&e);
	if (journal_of_case(c->db, id, &j, &nj, &e) != TC_OK) {
		case_detail_free(d);
		return cli_fail(&e);
	}
	if (json) {
		char *doc = case_json(d, j, nj);
		sb_puts(&out, doc);
		sb_puts(&out, "\n");
		free(doc);
	} else {
		struct strbuf docs = {0};
		cli_doc_section(c, d, &docs);
		show_detail(d, sb_str(&docs), j, nj, today, &out);
		sb_free(&docs);
	}
	journal_rows_free(j, nj);
	case_detail_free(d);
	rc = cli_write_out(&out);
	sb_free(&out);
	return rc;
}

/* ---- stage events ---------------------------------------------------- */

/* Options that share a need (enum wf_need) have values of their own. */
enum {
	OPT_REQUESTED_ON = 1 << 20, OPT_SOLE, OPT_CHIEF, OPT_MEMBER, OPT_CLERK,
};

static unsigned opt_need(int ch)
{
	switch (ch) {
	case OPT_REQUESTED_ON: return WF_NEED_REQUEST;
	case OPT_SOLE: case OPT_CHIEF: case OPT_MEMBER: case OPT_CLERK: return WF_NEED_TRIBUNAL;
	default: return (unsigned)ch;
	}
}

static int case_event_cmd(struct cli *c, const struct wf_event_def *def, int argc, char **argv)
{
	static const struct option opts[] = {
		{"on", required_argument, NULL, 'o'},
		{"reason", required_argument, NULL, WF_NEED_REASON},
		{"mediator", required_argument, NULL, WF_NEED_MEDIATOR},
		{"arbitrator", required_argument, NULL, WF_NEED_ARBITRATOR},
		{"at", required_argument, NULL, WF_NEED_AT},
		{"room", required_argument, NULL, WF_NEED_ROOM},
		{"to", required_argument, NULL, WF_NEED_TO},
		{"amount", required_argument, NULL, WF_NEED_AMOUNT},
		{"minutes", required_argument, NULL, WF_NEED_MINUTES},
		{"short-notice", required_argument, NULL, WF_NEED_SHORT},
		{"absent", required_argument, NULL, WF_NEED_ABSENT},
		{"written", required_argument, NULL, WF_NEED_WRITTEN},
		{"conflict-reason", required_argument, NULL, WF_NEED_CONFLICT},
		{"requested-by", required_argument, NULL, WF_NEED_REQUEST},
		/* Several options share a need: their own values, the need
		 * looked up in opt_need. */
		{"requested-on", required_argument, NULL, OPT_REQUESTED_ON},
		{"sole", required_argument, NULL, OPT_SOLE},
		{"chief", required_argument, NULL, OPT_CHIEF},
		{"member", required_argument, NULL, OPT_MEMBER},
		{"clerk", required_argument, NULL, OPT_CLERK},
		{"version", required_argument, NULL, 'v'},
		{NULL, 0, NULL, 0},
	};
	struct wf_request req = {.event = def->name, .on = DATE_NONE};
	struct strlist amounts = {0};
	const char *on = NULL, *ref = NULL, *requested_on = NULL;
	struct wf_result res;
	int nmembers = 0;
	struct tc_err e = {0};
	int64_t id;
	int ch, today, rc = 0;

	cli_getopt_reset();
	int li = -1;
	while (rc == 0 && (ch = getopt_long(argc, argv, "", opts, &li)) != -1) {
		if (ch != '?' && ch != ':' && ch != 'o' && ch != 'v' && !(def->accepts & opt_need(ch))) {
			rc = cli_usage(usage, "case %s 不用选项 --%s", def->name, opts[li].name);
			break;
		}
		switch (ch) {
		case 'o': on = optarg; break;
		case 'v': {
			int v = 0;
			if (parse_int(optarg, 1, INT_MAX, &v) != 0)
				rc = cli_usage(usage, "--version 应为正整数: %s", optarg);
			req.expect_version = v;
			break;
		}
		case WF_NEED_REASON: req.reason = optarg; break;
		case WF_NEED_MEDIATOR: req.mediator = optarg; break;
		case WF_NEED_ARBITRATOR: req.arbitrator = optarg; break;
		case WF_NEED_AT: req.at = optarg; break;
		case WF_NEED_ROOM: req.room = optarg; break;
		case WF_NEED_TO: req.to = optarg; break;
		case WF_NEED_AMOUNT: sl_push(&amounts, optarg); break;
		case WF_NEED_MINUTES:
			if (parse_int(optarg, 1, 10000, &req.minutes) != 0)
				rc = cli_usage(usage, "--minutes 应为分钟数, 如 90: %s", optarg);
			break;
		case WF_NEED_SHORT: req.short_notice = optarg; break;
		case WF_NEED_ABSENT: req.absent = optarg; break;
		case WF_NEED_WRITTEN: req.written = optarg; break;
		case WF_NEED_CONFLICT: req.conflict_reason = optarg; break;
		case WF_NEED_REQUEST: req.requested_by = optarg; break;
		case OPT_REQUESTED_ON: requested_on = optarg; break;
		case OPT_SOLE: req.sole = optarg; break;
		case OPT_CHIEF: req.chief = optarg; break;
		case OPT_CLERK: req.clerk = optarg; break;
		case OPT_MEMBER:
			if (nmembers == 2)
				rc = cli_usage(usage, "--member 只能给两次 (首席仲裁员之外的两名仲裁员)");
			else
				req.members[nmembers++] = optarg;
			break;
		default:
			rc = cli_usage(usage, "case %s: 不认识的选项或缺少参数: %s", def->name, argv[optind - 1]);
		}
	}
	if (rc == 0) {
		bool numbered = (def->accepts & WF_NEED_HEARING) != 0;
		if (optind + 1 != argc && !(numbered && optind + 2 == argc))
			rc = cli_usage(usage, numbered ? "case %s: 请给出案号, 可再给出第几次开庭"
					       : "case %s: 请给出一个案号", def->name);
		else
			ref = argv[optind];
		if (rc == 0 && optind + 2 == argc && parse_int(argv[optind + 1], 1, 1000, &req.hearing) != 0)
			rc = cli_usage(usage, "case %s: 第几次开庭应为正整数: %s", def->name, argv[optind + 1]);
	}
	if (rc == 0)
		rc = today_or_fail(&today);
	req.on = today;
	if (rc == 0 && on && date_parse(on, &req.on, "--on", &e) != TC_OK)
		rc = cli_fail(&e);
	req.requested_on = req.on;
	if (rc == 0 && requested_on && date_parse(requested_on, &req.requested_on, "--requested-on", &e) != TC_OK)
		rc = cli_fail(&e);
	req.amounts = (const char *const *)amounts.v;
	req.namounts = amounts.n;
	if (rc == 0 && (rc = cli_open(c)) == 0) {
		if (case_find(c->db, &c->actor, ref, &id, &e) != TC_OK ||
		    wf_apply(c->db, &c->actor, id, &req, today, &res, &e) != TC_OK) {
			rc = cli_fail(&e);
		} else {
			struct case_detail *d;
			if (case_detail_get(c->db, &c->actor, id, today, &d, &e) == TC_OK) {
				printf("%s: %s -> %s", d->row.case_no, stage_zh(res.from), stage_zh(res.to));
				if (res.outcome[0] && res.to == STAGE_CLOSED)
					printf(" (%s)", res.outcome);
				for (size_t i = 0; i < d->nclocks; i++)
					if (d->clocks[i].running && strcmp(d->clocks[i].name, d->row.next_clock) == 0)
						printf(", %s届满 %s", d->clocks[i].label, d->clocks[i].due);
				printf("\n");
				fflush(stdout);
				if (res.warning[0])
					fprintf(stderr, "tiaocai: 警告: %s\n", res.warning);
				warn_unloaded(d);
				case_detail_free(d);
			}
		}
	}
	sl_free(&amounts);
	return rc;
}

int cli_case(struct cli *c, int argc, char **argv)
{
	const struct wf_event_def *def;

	if (argc < 2)
		return cli_usage(usage, "case: 请给出子命令");
	if (strcmp(argv[1], "add") == 0)
		return case_add_cmd(c, argc - 1, argv + 1);
	if (strcmp(argv[1], "list") == 0)
		return case_list_cmd(c, argc - 1, argv + 1);
	if (strcmp(argv[1], "show") == 0)
		return case_show_cmd(c, argc - 1, argv + 1);
	if (strcmp(argv[1], "suggest") == 0)
		return cli_suggest(c, argc - 1, argv + 1);
	if (strcmp(argv[1], "serve") == 0 || strcmp(argv[1], "services") == 0)
		return cli_serve(c, argc - 1, argv + 1);
	if (strcmp(argv[1], "help") == 0) {
		fputs(usage, stdout);
		cli_suggest_help();
		cli_serve_help();
		cli_correct_help();
		return 0;
	}
	if ((def = wf_event_find(argv[1])) != NULL)
		return case_event_cmd(c, def, argc - 1, argv + 1);
	if (cli_correct_is(argv[1]))
		return cli_correct(c, argc - 1, argv + 1);
	return cli_usage(usage, "case: 不认识的子命令 %s", argv[1]);
}
