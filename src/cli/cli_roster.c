/*
 * cli_roster.c - `tiaocai roster`: import the roster file, list the people
 * on it with their caseload, export it again.  The layout, the checks and
 * the caseload all live in the core (roster.h); this file only turns
 * arguments into calls and rows into lines.
 */
#include "cli.h"
#include "tiaocai/csvio.h"
#include "tiaocai/date.h"
#include "tiaocai/roster.h"
#include "tiaocai/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
	"用法: tiaocai roster import FILE\n"
	"      tiaocai roster list [--format table|csv] [--role mediator|arbitrator|clerk]\n"
	"                          [--header zh|en]\n"
	"      tiaocai roster export FILE|- [--header zh|en] [--encoding utf-8|utf-8-bom|gb18030]\n"
	"                          [--public]\n";

/* Column budgets for the table, so one long organisation name or a long
 * list of specialties does not push the rest off the screen. */
#define ORG_COLS 24
#define LIST_COLS 14

enum { OPT_FORMAT = 1, OPT_ROLE, OPT_HEADER, OPT_ENCODING, OPT_PUBLIC };

static const struct option options[] = {
	{"format", required_argument, NULL, OPT_FORMAT},
	{"role", required_argument, NULL, OPT_ROLE},
	{"header", required_argument, NULL, OPT_HEADER},
	{"encoding", required_argument, NULL, OPT_ENCODING},
	{"public", no_argument, NULL, OPT_PUBLIC},
	{NULL, 0, NULL, 0},
};

struct opts {
	const char *format, *role, *header, *encoding;
	bool public_only;
	int nargs;
	char **args;
};

#define ALLOW(opt) (1u << (opt))

/* Parse the options of one subcommand (argv[0] is its name); `allowed`
 * holds the ALLOW bits of the options it takes. */
static int parse(int argc, char **argv, unsigned allowed, struct opts *o)
{
	int ch;

	memset(o, 0, sizeof *o);
	cli_getopt_reset();
	while ((ch = getopt_long(argc, argv, ":", options, NULL)) != -1) {
		if (ch == ':')
			return cli_usage(usage, "选项 %s 需要一个值", argv[optind - 1]);
		if (ch == '?' || ch < 0 || ch >= 32 || !(allowed & ALLOW(ch)))
			return cli_usage(usage, "roster %s 不认识选项 %s", argv[0], argv[optind - 1]);
		switch (ch) {
		case OPT_FORMAT: o->format = optarg; break;
		case OPT_ROLE: o->role = optarg; break;
		case OPT_HEADER: o->header = optarg; break;
		case OPT_ENCODING: o->encoding = optarg; break;
		case OPT_PUBLIC: o->public_only = true; break;
		}
	}
	o->nargs = argc - optind;
	o->args = argv + optind;
	if (o->header && strcmp(o->header, "zh") != 0 && strcmp(o->header, "en") != 0)
		return cli_usage(usage, "--header 只能是 zh 或 en");
	return 0;
}

static int do_import(struct cli *c, struct opts *o)
{
	struct tc_err e = {0};
	size_t norgs = 0, npeople = 0;
	int rc;

	if (o->nargs != 1)
		return cli_usage(usage, "roster import 需要一个文件");
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (roster_import_file(c->db, &c->actor, o->args[0], &norgs, &npeople, &e) != TC_OK)
		return cli_fail(&e);
	printf("已导入名册: 组织 %zu 个, 人员 %zu 名\n", norgs, npeople);
	return 0;
}

/* A cell cut to cols display columns. */
static char *fit(const char *s, int cols)
{
	struct strbuf sb = {0};

	text_fit(&sb, s, cols);
	return sb_take(&sb);
}

/* The table shows the standing on `today` (期满 for a lapsed term) rather
 * than the stored status, since that is what decides who can be assigned. */
static int list_table(const struct roster_person *p, size_t n, int today)
{
	static const char *const header[] = {"姓名", "角色", "组织", "专职/兼职", "专长",
					     "语言", "聘期", "状态", "在办"};
	struct text_table t;
	struct strbuf out = {0};
	int rc;

	text_table_init(&t, 9, header);
	text_table_right(&t, 8);
	for (size_t i = 0; i < n; i++) {
		char load[16], *org = fit(p[i].org, ORG_COLS);
		char *spec = fit(p[i].specialties, LIST_COLS), *lang = fit(p[i].languages, LIST_COLS);
		char *term = p[i].term_start[0] || p[i].term_end[0]
				     ? xasprintf("%s~%s", p[i].term_start, p[i].term_end)
				     : xstrdup("");
		snprintf(load, sizeof load, "%d", p[i].caseload);
		const char *row[] = {p[i].name, roster_role_zh(p[i].role), org, p[i].employment,
				     spec, lang, term, roster_standing(&p[i], today), load};
		text_table_add(&t, row);
		free(org);
		free(spec);
		free(lang);
		free(term);
	}
	text_table_render(&t, &out);
	text_table_free(&t);
	rc = cli_write_out(&out);
	sb_free(&out);
	return rc;
}

/* Every field uncut, for a spreadsheet; not the import layout (that is
 * `roster export`), since it carries the caseload and the standing. */
static int list_csv(const struct roster_person *p, size_t n, int today, bool en)
{
	static const char *const zh[] = {"姓名", "角色", "组织", "专兼职", "背景", "证书编号",
					 "专长", "语言", "聘期开始", "聘期结束", "当前状态",
					 "状态说明", "电话", "在办案件"};
	static const char *const keys[] = {"name", "role", "org", "employment", "background",
					   "cert_no", "specialties", "languages", "term_start",
					   "term_end", "standing", "status_reason", "phone",
					   "caseload"};
	struct csvio_writer w;
	struct tc_err e = {0};

	if (csvio_writer_open(&w, stdout, CSVIO_UTF8, &e) != TC_OK)
		return cli_fail(&e);
	for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
		csvio_put(&w, en ? keys[i] : zh[i]);
	csvio_end_row(&w);
	for (size_t i = 0; i < n; i++) {
		csvio_put(&w, p[i].name);
		csvio_put(&w, en ? p[i].role : roster_role_zh(p[i].role));
		csvio_put(&w, p[i].org);
		csvio_put(&w, p[i].employment);
		csvio_put(&w, p[i].background);
		csvio_put(&w, p[i].cert_no);
		csvio_put(&w, p[i].specialties);
		csvio_put(&w, p[i].languages);
		csvio_put(&w, p[i].term_start);
		csvio_put(&w, p[i].term_end);
		csvio_put(&w, roster_standing(&p[i], today));
		csvio_put(&w, p[i].status_reason);
		csvio_put(&w, p[i].phone);
		csvio_put_int(&w, p[i].caseload);
		csvio_end_row(&w);
	}
	if (csvio_writer_close(&w, &e) != TC_OK)
		return cli_fail(&e);
	return 0;
}

static int do_list(struct cli *c, struct opts *o)
{
	struct roster_person *people = NULL;
	struct tc_err e = {0};
	size_t n = 0;
	int rc;
	bool csv = false;

	if (o->nargs != 0)
		return cli_usage(usage, "roster list 不需要参数: %s", o->args[0]);
	if (o->format && strcmp(o->format, "csv") == 0)
		csv = true;
	else if (o->format && strcmp(o->format, "table") != 0)
		return cli_usage(usage, "--format 只能是 table 或 csv");
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (roster_people(c->db, o->role, &people, &n, &e) != TC_OK)
		return cli_fail(&e);
	int today = date_today();
	if (csv)
		rc = list_csv(people, n, today, o->header && strcmp(o->header, "en") == 0);
	else
		rc = list_table(people, n, today);
	roster_people_free(people, n);
	return rc;
}

static int do_export(struct cli *c, struct opts *o)
{
	enum csvio_encoding enc = CSVIO_UTF8;
	struct tc_err e = {0};
	unsigned flags = 0;
	enum tc_status st;
	int rc;

	if (o->nargs != 1)
		return cli_usage(usage, "roster export 需要一个文件 (写 - 输出到屏幕)");
	if (o->encoding && csvio_encoding_parse(o->encoding, 0, &enc, &e) != TC_OK)
		return cli_usage(usage, "%s", e.msg);
	if (o->header && strcmp(o->header, "en") == 0)
		flags |= ROSTER_EXPORT_EN;
	if (o->public_only)
		flags |= ROSTER_EXPORT_PUBLIC;
	if ((rc = cli_open(c)) != 0)
		return rc;
	/* "-" lets a script pipe the roster on without a temporary file. */
	if (strcmp(o->args[0], "-") == 0)
		st = roster_export_fp(c->db, stdout, enc, flags, &e);
	else
		st = roster_export_file(c->db, o->args[0], enc, flags, &e);
	return st == TC_OK ? 0 : cli_fail(&e);
}

int cli_roster(struct cli *c, int argc, char **argv)
{
	static const struct {
		const char *name;
		unsigned allowed;
		int (*run)(struct cli *, struct opts *);
	} subs[] = {
		{"import", 0, do_import},
		{"list", ALLOW(OPT_FORMAT) | ALLOW(OPT_ROLE) | ALLOW(OPT_HEADER), do_list},
		{"export", ALLOW(OPT_HEADER) | ALLOW(OPT_ENCODING) | ALLOW(OPT_PUBLIC), do_export},
	};
	struct opts o;
	int rc;

	if (argc < 2)
		return cli_usage(usage, "roster 需要子命令 import、list 或 export");
	for (size_t i = 0; i < sizeof subs / sizeof subs[0]; i++) {
		if (strcmp(argv[1], subs[i].name) != 0)
			continue;
		if ((rc = parse(argc - 1, argv + 1, subs[i].allowed, &o)) != 0)
			return rc;
		return subs[i].run(c, &o);
	}
	return cli_usage(usage, "roster 不认识子命令 %s", argv[1]);
}
