/*
 * cli_roster.c - `tiaocai roster`: import the roster file, list the people
 * on it with their caseload, export it again; add, edit, suspend, dismiss
 * and resume one person.  The layout, the checks and the caseload all live
 * in the core (roster.h); this file only turns arguments into calls and
 * rows into lines.
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
	"                          [--public]\n"
	"      tiaocai roster add --role mediator|arbitrator|clerk --name 姓名 [--org 组织]\n"
	"                          [--employment 专职|兼职] [--background 背景] [--cert 证书编号]\n"
	"                          [--specialties 专长] [--languages 语言] [--phone 电话]\n"
	"                          [--term 开始:结束 | --term-start 日期 --term-end 日期]\n"
	"      tiaocai roster edit 姓名|姓名@组织|编号 [--role 角色] [--name 新姓名]\n"
	"                          [add 的其他选项; 值写 - 则清空]\n"
	"      tiaocai roster suspend|dismiss 姓名|编号 --reason 原因 [--role 角色]\n"
	"      tiaocai roster resume 姓名|编号 [--role 角色]\n";

/* Column budgets for the table, so one long organisation name or a long
 * list of specialties does not push the rest off the screen. */
#define ORG_COLS 24
#define LIST_COLS 14

enum {
	OPT_FORMAT = 1, OPT_ROLE, OPT_HEADER, OPT_ENCODING, OPT_PUBLIC,
	/* one person's columns, then the reason for suspend and dismiss */
	OPT_NAME, OPT_ORG, OPT_EMPLOYMENT, OPT_BACKGROUND, OPT_CERT, OPT_SPECIALTIES,
	OPT_LANGUAGES, OPT_TERM, OPT_TERM_START, OPT_TERM_END, OPT_PHONE, OPT_REASON,
	OPT_END
};

static const struct option options[] = {
	{"format", required_argument, NULL, OPT_FORMAT},
	{"role", required_argument, NULL, OPT_ROLE},
	{"header", required_argument, NULL, OPT_HEADER},
	{"encoding", required_argument, NULL, OPT_ENCODING},
	{"public", no_argument, NULL, OPT_PUBLIC},
	{"name", required_argument, NULL, OPT_NAME},
	{"org", required_argument, NULL, OPT_ORG},
	{"employment", required_argument, NULL, OPT_EMPLOYMENT},
	{"background", required_argument, NULL, OPT_BACKGROUND},
	{"cert", required_argument, NULL, OPT_CERT},
	{"specialties", required_argument, NULL, OPT_SPECIALTIES},
	{"languages", required_argument, NULL, OPT_LANGUAGES},
	{"term", required_argument, NULL, OPT_TERM},
	{"term-start", required_argument, NULL, OPT_TERM_START},
	{"term-end", required_argument, NULL, OPT_TERM_END},
	{"phone", required_argument, NULL, OPT_PHONE},
	{"reason", required_argument, NULL, OPT_REASON},
	{NULL, 0, NULL, 0},
};

struct opts {
	const char *sub;      /* the subcommand's name */
	const char *format, *role, *header, *encoding;
	bool public_only;
	const char *val[OPT_END]; /* the values of OPT_NAME .. OPT_REASON */
	int nargs;
	char **args;
};

#define ALLOW(opt) (1u << (opt))
/* add and edit: --role, every column of a person */
#define PERSON_OPTS                                                                         \
	(ALLOW(OPT_ROLE) | ALLOW(OPT_NAME) | ALLOW(OPT_ORG) | ALLOW(OPT_EMPLOYMENT) |        \
	 ALLOW(OPT_BACKGROUND) | ALLOW(OPT_CERT) | ALLOW(OPT_SPECIALTIES) |                   \
	 ALLOW(OPT_LANGUAGES) | ALLOW(OPT_TERM) | ALLOW(OPT_TERM_START) | ALLOW(OPT_TERM_END) | \
	 ALLOW(OPT_PHONE))

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
		default: o->val[ch] = optarg; break;
		}
	}
	o->sub = argv[0];
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
		csvio_put_text(&w, en ? keys[i] : zh[i]);
	csvio_end_row(&w);
	for (size_t i = 0; i < n; i++) {
		csvio_put_text(&w, p[i].name);
		csvio_put_text(&w, en ? p[i].role : roster_role_zh(p[i].role));
		csvio_put_text(&w, p[i].org);
		csvio_put_text(&w, p[i].employment);
		csvio_put_text(&w, p[i].background);
		csvio_put_text(&w, p[i].cert_no);
		csvio_put_text(&w, p[i].specialties);
		csvio_put_text(&w, p[i].languages);
		csvio_put_num(&w, p[i].term_start);
		csvio_put_num(&w, p[i].term_end);
		csvio_put_text(&w, roster_standing(&p[i], today));
		csvio_put_text(&w, p[i].status_reason);
		csvio_put_text(&w, p[i].phone);
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
	if (roster_people(c->db, &c->actor, o->role, &people, &n, &e) != TC_OK)
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
		st = roster_export_fp(c->db, &c->actor, stdout, enc, flags, &e);
	else
		st = roster_export_file(c->db, &c->actor, o->args[0], enc, flags, &e);
	return st == TC_OK ? 0 : cli_fail(&e);
}

/* ---- one person ------------------------------------------------------ */

/* The options of add and edit as the core's input.  --term FROM:TO (or
 * FROM~TO, as `roster list` shows a term) fills both dates, "-" clears
 * both; *buf keeps the split copy alive until the caller frees it. */
static int person_in(const struct opts *o, struct roster_person_in *in, char **buf)
{
	memset(in, 0, sizeof *in);
	*buf = NULL;
	in->name = o->val[OPT_NAME];
	in->org = o->val[OPT_ORG];
	in->employment = o->val[OPT_EMPLOYMENT];
	in->background = o->val[OPT_BACKGROUND];
	in->cert_no = o->val[OPT_CERT];
	in->specialties = o->val[OPT_SPECIALTIES];
	in->languages = o->val[OPT_LANGUAGES];
	in->term_start = o->val[OPT_TERM_START];
	in->term_end = o->val[OPT_TERM_END];
	in->phone = o->val[OPT_PHONE];
	if (o->val[OPT_TERM] == NULL)
		return 0;
	if (in->term_start || in->term_end)
		return cli_usage(usage, "--term 与 --term-start、--term-end 只用其一");
	if (strcmp(o->val[OPT_TERM], "-") == 0) {
		in->term_start = in->term_end = "-";
		return 0;
	}
	char *t = xstrdup(o->val[OPT_TERM]);
	char *sep = strpbrk(t, ":~");
	if (sep == NULL) {
		free(t);
		return cli_usage(usage, "--term 应写成 开始:结束 (如 2026-01-01:2028-12-31), 不是 %s",
				 o->val[OPT_TERM]);
	}
	*sep = '\0';
	in->term_start = t;
	in->term_end = sep + 1;
	*buf = t;
	return 0;
}

/* Print "已登记 调解员 张三 (编号 12)" for entry id. */
static int report(struct cli *c, const char *done, int64_t id)
{
	struct roster_person *p;
	struct tc_err e = {0};

	if (roster_person_get(c->db, &c->actor, id, &p, &e) != TC_OK)
		return cli_fail(&e);
	text_scrub(p->name); /* stored text reaches the terminal only clean */
	printf("%s %s %s (编号 %lld)\n", done, roster_role_zh(p->role), p->name, (long long)p->id);
	roster_people_free(p, 1);
	return 0;
}

static int do_add(struct cli *c, struct opts *o)
{
	struct roster_person_in in;
	struct tc_err e = {0};
	char *buf;
	int64_t id = 0;
	int rc;

	if (o->nargs != 0)
		return cli_usage(usage, "roster add 不需要参数: %s (姓名用 --name)", o->args[0]);
	if (o->role == NULL)
		return cli_usage(usage, "roster add 需要 --role mediator|arbitrator|clerk");
	if (o->val[OPT_NAME] == NULL)
		return cli_usage(usage, "roster add 需要 --name 姓名");
	if ((rc = person_in(o, &in, &buf)) != 0)
		return rc;
	in.role = o->role;
	if ((rc = cli_open(c)) == 0) {
		if (roster_person_save(c->db, &c->actor, 0, &in, &id, &e) != TC_OK)
			rc = cli_fail(&e);
		else
			rc = report(c, "已登记", id);
	}
	free(buf);
	return rc;
}

static bool same_entry(const struct roster_person *a, const struct roster_person *b)
{
	const char *const x[] = {a->name, a->org, a->employment, a->background, a->cert_no,
				 a->specialties, a->languages, a->term_start, a->term_end, a->phone};
	const char *const y[] = {b->name, b->org, b->employment, b->background, b->cert_no,
				 b->specialties, b->languages, b->term_start, b->term_end, b->phone};

	for (size_t i = 0; i < sizeof x / sizeof x[0]; i++)
		if (strcmp(x[i], y[i]) != 0)
			return false;
	return true;
}

static int do_edit(struct cli *c, struct opts *o)
{
	struct roster_person_in in;
	struct roster_person *before = NULL, *after = NULL;
	struct tc_err e = {0};
	char *buf;
	int64_t id = 0;
	bool any = false;
	int rc;

	if (o->nargs != 1)
		return cli_usage(usage, "roster edit 需要一个姓名或编号");
	for (int i = OPT_NAME; i <= OPT_PHONE; i++)
		any |= o->val[i] != NULL;
	if (!any)
		return cli_usage(usage, "roster edit 没有要修改的内容");
	if ((rc = person_in(o, &in, &buf)) != 0)
		return rc;
	/* --role only picks the person; the role itself never changes. */
	if ((rc = cli_open(c)) != 0)
		goto out;
	if (roster_person_lookup(c->db, o->role, o->args[0], &id, &e) != TC_OK ||
	    roster_person_get(c->db, &c->actor, id, &before, &e) != TC_OK ||
	    roster_person_save(c->db, &c->actor, id, &in, NULL, &e) != TC_OK ||
	    roster_person_get(c->db, &c->actor, id, &after, &e) != TC_OK) {
		rc = cli_fail(&e);
		goto out;
	}
	if (same_entry(before, after)) {
		text_scrub(after->name);
		printf("%s %s (编号 %lld) 没有变化\n", roster_role_zh(after->role), after->name,
		       (long long)id);
	} else {
		rc = report(c, "已修改", id);
	}
out:
	if (before)
		roster_people_free(before, 1);
	if (after)
		roster_people_free(after, 1);
	free(buf);
	return rc;
}

/* suspend, dismiss and resume: one status change each. */
static int do_status(struct cli *c, struct opts *o)
{
	static const struct {
		const char *sub, *status, *done;
	} ways[] = {
		{"suspend", "暂停", "已暂停"},
		{"dismiss", "解聘", "已解聘"},
		{"resume", "在册", "已恢复在册"},
	};
	struct tc_err e = {0};
	size_t w = 0;
	int64_t id = 0;
	int rc;

	while (strcmp(ways[w].sub, o->sub) != 0)
		w++;
	if (o->nargs != 1)
		return cli_usage(usage, "roster %s 需要一个姓名或编号", o->sub);
	/* The reason is what a clerk is told when the person is refused a
	 * case, so it is asked for here rather than left to the refusal. */
	if (w < 2 && (o->val[OPT_REASON] == NULL || !*o->val[OPT_REASON]))
		return cli_usage(usage, "roster %s 须写明原因: --reason 原因", o->sub);
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (roster_person_lookup(c->db, o->role, o->args[0], &id, &e) != TC_OK ||
	    roster_person_set_status(c->db, &c->actor, id, ways[w].status, o->val[OPT_REASON],
				     &e) != TC_OK)
		return cli_fail(&e);
	return report(c, ways[w].done, id);
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
		{"add", PERSON_OPTS, do_add},
		{"edit", PERSON_OPTS, do_edit},
		{"suspend", ALLOW(OPT_ROLE) | ALLOW(OPT_REASON), do_status},
		{"dismiss", ALLOW(OPT_ROLE) | ALLOW(OPT_REASON), do_status},
		{"resume", ALLOW(OPT_ROLE), do_status},
	};
	struct opts o;
	int rc;

	if (argc < 2)
		return cli_usage(usage, "roster 需要子命令 import、list、export、add、edit、"
				 "suspend、dismiss 或 resume");
	for (size_t i = 0; i < sizeof subs / sizeof subs[0]; i++) {
		if (strcmp(argv[1], subs[i].name) != 0)
			continue;
		if ((rc = parse(argc - 1, argv + 1, subs[i].allowed, &o)) != 0)
			return rc;
		return subs[i].run(c, &o);
	}
	return cli_usage(usage, "roster 不认识子命令 %s", argv[1]);
}
