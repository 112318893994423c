/*
 * cli_correct.c - `tiaocai case party|agent|claim|docs-received|link|
 * assign|note|edit|pay|revert`: corrections to a registered case
 * (correct.h).  One option table for all of them; each command says which
 * options it takes and what its positional arguments are.
 */
#include "cli.h"
#include "tiaocai/case.h"
#include "tiaocai/correct.h"
#include "tiaocai/date.h"
#include "tiaocai/text.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
	"用法: tiaocai case party add 案号 --side applicant|respondent|third --name 名称 [--id 身份证号 | --uscc 代码]\n"
	"                 [--phone 电话] [--address 住所] [--service-address 送达地址] [--legal-rep 姓名]\n"
	"                 [--legal-rep-title 职务] [--chain-role 角色] [--representative 是|否] --reason 理由\n"
	"      tiaocai case party edit 案号 当事人 [同上选项, 写 - 为删除] --reason 理由\n"
	"      tiaocai case party remove 案号 当事人 --reason 理由\n"
	"      tiaocai case agent add 案号 当事人 --name 姓名 --kind 律师|法律援助|近亲属|工会|其他\n"
	"                 [--phone 电话] [--lawyer 登录名]\n"
	"      tiaocai case agent remove 案号 当事人 --name 姓名\n"
	"      tiaocai case claim add 案号 [--party a1] --claim 类别:金额[:起:止] --reason 理由\n"
	"      tiaocai case claim edit 案号 项号 [--amount 金额] [--kind 类别] [--from 日期 --to 日期]\n"
	"                 [--party a1] --reason 理由\n"
	"      tiaocai case claim remove 案号 项号 --reason 理由\n"
	"      tiaocai case docs-received 案号 [--on 日期] [--items 材料]\n"
	"      tiaocai case link 案号 --lawyer 登录名|-\n"
	"      tiaocai case assign 案号 --clerk 登录名|-\n"
	"      tiaocai case note 案号 文字\n"
	"      tiaocai case edit 案号 [--cause 案由] [--industry 行业] [--project 项目] [--source 来源] --reason 理由\n"
	"      tiaocai case pay 案号 --amount [项号:]金额 [--on 日期] [--by 付款人] [--note 说明]\n"
	"      tiaocai case revert 案号 --reason 理由           (院领导、管理员: 撤销本案最近一个事项)\n"
	"      当事人: a1 a2 ... 申请人, r1 ... 被申请人, t1 ... 第三人 (case show 所列); 均可加 --version N\n";

enum {
	O_ON = 1, O_REASON, O_VERSION, O_SIDE, O_NAME, O_ID, O_USCC, O_PHONE, O_ADDRESS, O_SERVICE,
	O_REP, O_REP_TITLE, O_CHAIN, O_REPRESENTATIVE, O_UNVERIFIED, O_KIND, O_LAWYER, O_CLAIM,
	O_PARTY, O_AMOUNT, O_FROM, O_TO, O_ITEMS, O_CLERK, O_CAUSE, O_INDUSTRY, O_PROJECT, O_SOURCE,
	O_BY, O_NOTE, O_COUNT
};

static const struct option opts[] = {
	{"on", required_argument, NULL, O_ON},
	{"reason", required_argument, NULL, O_REASON},
	{"version", required_argument, NULL, O_VERSION},
	{"side", required_argument, NULL, O_SIDE},
	{"name", required_argument, NULL, O_NAME},
	{"id", required_argument, NULL, O_ID},
	{"uscc", required_argument, NULL, O_USCC},
	{"phone", required_argument, NULL, O_PHONE},
	{"address", required_argument, NULL, O_ADDRESS},
	{"service-address", required_argument, NULL, O_SERVICE},
	{"legal-rep", required_argument, NULL, O_REP},
	{"legal-rep-title", required_argument, NULL, O_REP_TITLE},
	{"chain-role", required_argument, NULL, O_CHAIN},
	{"representative", required_argument, NULL, O_REPRESENTATIVE},
	{"uscc-unverified", required_argument, NULL, O_UNVERIFIED},
	{"kind", required_argument, NULL, O_KIND},
	{"lawyer", required_argument, NULL, O_LAWYER},
	{"claim", required_argument, NULL, O_CLAIM},
	{"party", required_argument, NULL, O_PARTY},
	{"amount", required_argument, NULL, O_AMOUNT},
	{"from", required_argument, NULL, O_FROM},
	{"to", required_argument, NULL, O_TO},
	{"items", required_argument, NULL, O_ITEMS},
	{"clerk", required_argument, NULL, O_CLERK},
	{"cause", required_argument, NULL, O_CAUSE},
	{"industry", required_argument, NULL, O_INDUSTRY},
	{"project", required_argument, NULL, O_PROJECT},
	{"source", required_argument, NULL, O_SOURCE},
	{"by", required_argument, NULL, O_BY},
	{"note", required_argument, NULL, O_NOTE},
	{NULL, 0, NULL, 0},
};

#define B(o) (1ull << (o))
#define PARTY_OPTS (B(O_NAME) | B(O_ID) | B(O_USCC) | B(O_PHONE) | B(O_ADDRESS) | B(O_SERVICE) | \
		    B(O_REP) | B(O_REP_TITLE) | B(O_CHAIN) | B(O_REPRESENTATIVE) | B(O_UNVERIFIED))
#define COMMON (B(O_REASON) | B(O_VERSION))

/* The positional argument after the case number. */
enum arg { ARG_NONE, ARG_PARTY, ARG_ITEM, ARG_TEXT };

static const struct command {
	const char *group, *sub;   /* `case GROUP [SUB]` */
	const char *what;          /* the correction (correct.h) */
	enum arg arg;
	unsigned long long takes;  /* B(O_...) of the options it takes */
} commands[] = {
	{"party", "add", "party-add", ARG_NONE, COMMON | B(O_ON) | B(O_SIDE) | PARTY_OPTS},
	{"party", "edit", "party-edit", ARG_PARTY, COMMON | PARTY_OPTS},
	{"party", "remove", "party-remove", ARG_PARTY, COMMON},
	{"agent", "add", "agent-add", ARG_PARTY, COMMON | B(O_NAME) | B(O_KIND) | B(O_PHONE) | B(O_LAWYER)},
	{"agent", "remove", "agent-remove", ARG_PARTY, COMMON | B(O_NAME)},
	{"claim", "add", "claim-add", ARG_NONE, COMMON | B(O_ON) | B(O_PARTY) | B(O_CLAIM)},
	{"claim", "edit", "claim-edit", ARG_ITEM,
	 COMMON | B(O_ON) | B(O_PARTY) | B(O_AMOUNT) | B(O_KIND) | B(O_FROM) | B(O_TO)},
	{"claim", "remove", "claim-remove", ARG_ITEM, COMMON | B(O_ON)},
	{"docs-received", NULL, "docs-received", ARG_NONE, COMMON | B(O_ON) | B(O_ITEMS)},
	{"link", NULL, "link", ARG_NONE, COMMON | B(O_LAWYER)},
	{"assign", NULL, "assign", ARG_NONE, COMMON | B(O_CLERK)},
	{"note", NULL, "note", ARG_TEXT, B(O_VERSION)},
	{"edit", NULL, "edit", ARG_NONE,
	 COMMON | B(O_CAUSE) | B(O_INDUSTRY) | B(O_PROJECT) | B(O_SOURCE)},
	{"pay", NULL, "pay", ARG_NONE, COMMON | B(O_ON) | B(O_AMOUNT) | B(O_BY) | B(O_NOTE)},
	{"revert", NULL, "revert", ARG_NONE, COMMON},
};
#define NCOMMANDS (sizeof commands / sizeof commands[0])

void cli_correct_help(void)
{
	fputs(usage, stdout);
}

bool cli_correct_is(const char *group)
{
	for (size_t i = 0; i < NCOMMANDS; i++)
		if (strcmp(commands[i].group, group) == 0)
			return true;
	return false;
}

static const struct command *find(int argc, char **argv)
{
	for (size_t i = 0; i < NCOMMANDS; i++) {
		const struct command *k = &commands[i];
		if (strcmp(k->group, argv[0]) != 0)
			continue;
		if (k->sub == NULL || (argc > 1 && strcmp(k->sub, argv[1]) == 0))
			return k;
	}
	return NULL;
}

/* The value of one option into the request. */
static void take(struct corr_request *r, int ch, const char *v, const struct command *k)
{
	bool agent = strncmp(k->what, "agent", 5) == 0;
	bool claim = strncmp(k->what, "claim", 5) == 0;

	switch (ch) {
	case O_REASON: r->reason = v; break;
	case O_SIDE: r->side = v; break;
	case O_NAME: *(agent ? &r->agent_name : &r->p.name) = v; break;
	case O_ID: r->p.id_no = v; break;
	case O_USCC: r->p.uscc = v; break;
	case O_PHONE: *(agent ? &r->agent_phone : &r->p.phone) = v; break;
	case O_ADDRESS: r->p.address = v; break;
	case O_SERVICE: r->p.service_address = v; break;
	case O_REP: r->p.legal_rep = v; break;
	case O_REP_TITLE: r->p.legal_rep_title = v; break;
	case O_CHAIN: r->p.chain_role = v; break;
	case O_REPRESENTATIVE: r->rep = v; break;
	case O_UNVERIFIED: r->uscc_unverified = v; break;
	case O_KIND: *(claim ? &r->kind : &r->agent_kind) = v; break;
	case O_LAWYER: r->lawyer = v; break;
	case O_CLAIM: r->claim = v; break;
	case O_PARTY: r->party = v; break;
	case O_AMOUNT: *(claim ? &r->amount : &r->pay) = v; break;
	case O_FROM: r->from = v; break;
	case O_TO: r->to = v; break;
	case O_ITEMS: r->items = v; break;
	case O_CLERK: r->clerk = v; break;
	case O_CAUSE: r->cause = v; break;
	case O_INDUSTRY: r->industry = v; break;
	case O_PROJECT: r->project = v; break;
	case O_SOURCE: r->source = v; break;
	case O_BY: r->by = v; break;
	case O_NOTE: r->pay_note = v; break;
	}
}

int cli_correct(struct cli *c, int argc, char **argv)
{
	const struct command *k = find(argc, argv);
	struct corr_request req = {.on = DATE_NONE};
	struct corr_result res;
	struct tc_err e = {0};
	const char *on = NULL;
	char name[48];
	int64_t id;
	int ch, li = -1, today, rc = 0;

	if (k == NULL)
		return cli_usage(usage, "case %s: 请给出子命令%s", argv[0],
				 strcmp(argv[0], "agent") == 0 ? " add 或 remove" : " add、edit 或 remove");
	snprintf(name, sizeof name, "case %s%s%s", k->group, k->sub ? " " : "", k->sub ? k->sub : "");
	req.what = k->what;
	if (k->sub) {
		argc--;
		argv++;
	}
	cli_getopt_reset();
	while (rc == 0 && (ch = getopt_long(argc, argv, "", opts, &li)) != -1) {
		if (ch > 0 && ch < O_COUNT && !(k->takes & B(ch))) {
			rc = cli_usage(usage, "%s 不用选项 --%s", name, opts[li].name);
			break;
		}
		switch (ch) {
		case O_ON: on = optarg; break;
		case O_VERSION: {
			char *end;
			long v = strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || v < 1 || v > INT_MAX)
				rc = cli_usage(usage, "--version 应为正整数: %s", optarg);
			req.expect_version = v;
			break;
		}
		case '?': case ':':
			rc = cli_usage(usage, "%s: 不认识的选项或缺少参数: %s", name, argv[optind - 1]);
			break;
		default: take(&req, ch, optarg, k); break;
		}
	}
	int want = k->arg == ARG_NONE ? 1 : 2;
	if (rc == 0 && argc - optind != want)
		rc = cli_usage(usage, "%s: 请给出案号%s", name,
			       k->arg == ARG_PARTY ? "和当事人编号 (如 a1)" : k->arg == ARG_ITEM ? "和项号"
			       : k->arg == ARG_TEXT ? "和备注文字" : "");
	if (rc == 0 && k->arg == ARG_PARTY)
		req.party = argv[optind + 1];
	if (rc == 0 && k->arg == ARG_TEXT)
		req.text = argv[optind + 1];
	if (rc == 0 && k->arg == ARG_ITEM) {
		char *end;
		long v = strtol(argv[optind + 1], &end, 10);
		if (*end != '\0' || v < 1 || v > INT_MAX)
			rc = cli_usage(usage, "%s: 项号应为正整数: %s", name, argv[optind + 1]);
		req.item = (int)v;
	}
	if (rc == 0 && date_today_checked(&today, &e) != TC_OK)
		rc = cli_fail(&e);
	if (rc == 0 && on && date_parse(on, &req.on, "--on", &e) != TC_OK)
		rc = cli_fail(&e);
	if (rc == 0 && (rc = cli_open(c)) == 0) {
		if (case_find(c->db, &c->actor, argv[optind], &id, &e) != TC_OK ||
		    corr_apply(c->db, &c->actor, id, &req, today, &res, &e) != TC_OK) {
			rc = cli_fail(&e);
		} else {
			struct case_detail *d;
			if (case_detail_get(c->db, &c->actor, id, today, &d, &e) == TC_OK) {
				printf("%s: %s (第 %lld 版)\n", d->row.case_no, res.detail,
				       (long long)res.version);
				fflush(stdout);
				if (res.warning[0])
					fprintf(stderr, "tiaocai: 警告: %s\n", res.warning);
				case_detail_free(d);
			}
		}
	}
	return rc;
}
