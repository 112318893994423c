/*
 * cli_rules.c - `tiaocai rules`, `tiaocai rules set NAME [--days N]
 * [--unit calendar|working]` and `tiaocai rules short-unit calendar|working
 * [--basis TEXT]`: the office's clock rules as a table with what each does
 * (deadline.h's clock table), and changing them (office.c).
 */
#include "cli.h"
#include "tiaocai/clock.h"
#include "tiaocai/db.h"
#include "tiaocai/deadline.h"
#include "tiaocai/office.h"
#include "tiaocai/text.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
	"用法: tiaocai rules                    列出期限规则\n"
	"      tiaocai rules set NAME [--days N] [--unit calendar|working]\n"
	"                                       修改一条规则的天数或计算单位\n"
	"      tiaocai rules short-unit calendar|working [--basis 依据]\n"
	"                                       三日、五日、十日的期间一并按自然日或工作日计算\n";

/* What starts each clock, in words; an unknown key is shown as it is. */
static const struct {
	const char *key, *zh;
} starts_zh[] = {
	{"received", "收到申请"},       {"accepted", "立案"},
	{"served", "被申请人收到"},     {"hearing", "开庭日前"},
	{"mediation", "收到调解申请"},  {"extended", "原审限届满"},
	{"award", "收到裁决书"},        {"award_served", "收到裁决书"},
	{"respondent_served", "被申请人收到"}, {"published", "公告之日"},
};

static const char *starts_text(const char *key)
{
	for (size_t i = 0; i < sizeof starts_zh / sizeof starts_zh[0]; i++)
		if (strcmp(key, starts_zh[i].key) == 0)
			return starts_zh[i].zh;
	return key;
}

/* What a rule does in this program: a clock of deadline.h's table
 * (statutory or an office target), or a rule used another way. */
static const char *kind_text(const char *name)
{
	static const struct {
		const char *name, *zh;
	} others[] = {
		{"extension", "延长审限"},      {"hearing_notice", "开庭前检查, 开庭通知送达"},
		{"postpone", "开庭前检查"},     {"gazette", "公告送达视为送达"},
	};
	const struct clock_def *d = deadline_def(name);

	if (d)
		return d->start == CLOCK_FROM_SERVED ? "当事人期间(不计超期)"
		       : !d->statutory ? "办案目标"
		       : (d->flags & CLOCK_LAW_BEFORE_ACCEPT) ? "法定(案前)/目标(立案后)"
							   : "法定期限";
	for (size_t i = 0; i < sizeof others / sizeof others[0]; i++)
		if (strcmp(name, others[i].name) == 0)
			return others[i].zh;
	return "";
}

static int list(struct cli *c)
{
	static const char *const header[] = {"规则", "名称", "天数", "单位", "起算", "性质", "依据"};
	struct tc_err e = {0};
	struct clock_rule *v;
	struct text_table t;
	struct strbuf out = {0};
	size_t n;
	int rc;

	if ((rc = cli_open(c)) != 0)
		return rc;
	if (clock_rules_list(c->db, &v, &n, &e) != TC_OK)
		return cli_fail(&e);
	text_table_init(&t, 7, header);
	text_table_right(&t, 2); /* days: numbers line up on the right */
	for (size_t i = 0; i < n; i++) {
		char days[16];
		snprintf(days, sizeof days, "%d", v[i].days);
		const struct clock_def *d = deadline_def(v[i].name);
		const char *row[] = {v[i].name, v[i].label, days, clock_unit_name(v[i].unit),
				     d ? d->starts_zh : starts_text(v[i].starts), kind_text(v[i].name),
				     v[i].basis};
		text_table_add(&t, row);
	}
	text_table_render(&t, &out);
	text_table_free(&t);
	free(v);
	/* A clock kept only for the cases the records of service cover. */
	const struct clock_def *defs;
	char *since = db_setting(c->db, "documents_since");
	sb_puts(&out, "\n");
	for (size_t i = 0, nd = deadline_defs(&defs); i < nd; i++)
		if (defs[i].flags & CLOCK_SINCE_RECORDS)
			sb_printf(&out, "%s: 只计自文书与送达记录起始日 (%s) 起立案的案件; 此前立案的案件没有送达记录\n",
				  defs[i].name, since ? since : "未设");
	free(since);
	char *unit = db_setting(c->db, "short_unit"), *basis = db_setting(c->db, "short_unit_basis");
	bool working = unit && strcmp(unit, "working") == 0;
	sb_printf(&out, "短期间 (三日、五日、十日): 按%s计算; 依据: %s\n", working ? "工作日" : "自然日",
		  basis ? basis : office_short_basis(working ? CLOCK_WORKING : CLOCK_CALENDAR));
	free(unit);
	free(basis);
	rc = cli_write_out(&out);
	sb_free(&out);
	return rc;
}

static int set(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{"days", required_argument, NULL, 'd'},
		{"unit", required_argument, NULL, 'u'},
		{NULL, 0, NULL, 0},
	};
	struct tc_err e = {0};
	struct clock_rule r;
	const char *unit = NULL;
	int opt, days = 0, rc;

	cli_getopt_reset();
	while ((opt = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
		char *end;
		long v;
		switch (opt) {
		case 'd':
			errno = 0;
			v = strtol(optarg, &end, 10);
			if (errno || end == optarg || *end || v < 1 || v > 365) {
				fprintf(stderr, "tiaocai: --days: 应为 1 到 365 之间的整数, 现为 %s\n",
					optarg);
				return TC_REFUSED;
			}
			days = (int)v;
			break;
		case 'u':
			unit = optarg;
			break;
		case ':':
			return cli_usage(usage, "rules set: 选项 %s 需要一个值", argv[optind - 1]);
		default:
			return cli_usage(usage, "rules set: 不认识的选项 %s", argv[optind - 1]);
		}
	}
	if (argc - optind != 1)
		return cli_usage(usage, "rules set: 请给出一条规则的名字 NAME");
	/* Both absent would journal a change that changes nothing. */
	if (days == 0 && unit == NULL)
		return cli_usage(usage, "rules set: 请给出 --days 或 --unit");
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (user_may(&c->actor, PERM_SETTINGS, &e) != TC_OK ||
	    office_rule_set(c->db, &c->actor, argv[optind], days, unit, &e) != TC_OK ||
	    clock_rule_get(c->db, argv[optind], &r, &e) != TC_OK)
		return cli_fail(&e);
	printf("已修改期限规则 %s (%s): %d %s\n", r.name, r.label, r.days, clock_unit_zh(r.unit));
	return 0;
}

static int short_unit(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{"basis", required_argument, NULL, 'b'},
		{NULL, 0, NULL, 0},
	};
	struct tc_err e = {0};
	const char *basis = NULL;
	int opt, rc;

	cli_getopt_reset();
	while ((opt = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
		switch (opt) {
		case 'b':
			basis = optarg;
			break;
		case ':':
			return cli_usage(usage, "rules short-unit: 选项 %s 需要一个值", argv[optind - 1]);
		default:
			return cli_usage(usage, "rules short-unit: 不认识的选项 %s", argv[optind - 1]);
		}
	}
	if (argc - optind != 1)
		return cli_usage(usage, "rules short-unit: 请给出 calendar (自然日) 或 working (工作日)");
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (office_short_unit(c->db, &c->actor, argv[optind], basis, &e) != TC_OK)
		return cli_fail(&e);
	char *b = db_setting(c->db, "short_unit_basis");
	printf("三日、五日、十日的期间 (");
	for (size_t i = 0; office_short_rules[i]; i++)
		printf("%s%s", i ? " " : "", office_short_rules[i]);
	printf(") 已改为按%s计算; 依据: %s\n", strcmp(argv[optind], "working") == 0 ||
					   strcmp(argv[optind], "工作日") == 0 ? "工作日" : "自然日",
	       b ? b : "");
	free(b);
	return 0;
}

int cli_rules(struct cli *c, int argc, char **argv)
{
	if (argc == 1 || (argc == 2 && strcmp(argv[1], "list") == 0))
		return list(c);
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		fputs(usage, stdout);
		return 0;
	}
	if (strcmp(argv[1], "set") == 0)
		return set(c, argc - 1, argv + 1);
	if (strcmp(argv[1], "short-unit") == 0)
		return short_unit(c, argc - 1, argv + 1);
	return cli_usage(usage, "rules: 不认识的子命令 %s", argv[1]);
}
