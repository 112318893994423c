/*
 * cli_agenda.c - `tiaocai agenda`: the 首页 dashboard's lists on the
 * command line, for cron and mail: 超期, 今日到期, 3个工作日内到期, the
 * hearings of today and tomorrow, 待送达 and 未依法通知 (service, serve.h)
 * and the four 快, as a table or as CSV.
 *
 * Every figure and every row comes from dash_get_counted (dash.h), as
 * the first screen's (dash_get_scope), so the agenda and the dashboard
 * never disagree: a clerk's, a mediator's or an arbitrator's agenda is
 * their own cases, the office's with --office, as 首页 opens on theirs and
 * shows the office's a key away.
 * Nothing is counted, filtered or computed here: this file picks the day,
 * the user and the destination, and lays the rows out.  The table lists
 * at most AGENDA_SHOWN rows of each list, the most urgent (as the weekly
 * summary does), and says how many there are and how to see them all
 * (--all, or the CSV, which always has every row).
 */
#include "cli.h"
#include "tiaocai/case.h"
#include "tiaocai/calendar.h"
#include "tiaocai/afile.h"
#include "tiaocai/csvio.h"
#include "tiaocai/dash.h"
#include "tiaocai/date.h"
#include "tiaocai/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
	"用法: tiaocai agenda [--date 日期] [--user 登录名] [--office] [--all] [--format table|csv]\n"
	"                     [--header zh|en] [-o 文件]\n";

/* Rows asked of dash_get per list: the dashboard counts its totals this
 * far too (dash.c), so a list cut here says "以上" (tiaocai(1), AGENDA). */
#define AGENDA_LIMIT 100000

/* Rows the table lists of each list without --all: those first in the
 * list's order, which is the most urgent first (the weekly summary lists
 * as many). */
#define AGENDA_SHOWN 50

/* The lists in the order they are printed; hearing last.  `code` is the
 * CSV's list column with --header en, `title` the heading and the column
 * with Chinese headers, `empty` what an empty list says (the dashboard's
 * words). */
enum { L_OVERDUE, L_TODAY, L_SOON, L_HEARING, L_TOMAKE, L_UNSERVED, L_UNNOTIFIED, NLISTS };
/* `first` names the rows a cut table lists, in the list's order. */
static const struct {
	const char *code, *title, *empty, *first;
} lists[NLISTS] = {
	[L_OVERDUE] = {"overdue", "超期", "无超期案件", "最超期的"},
	[L_TODAY] = {"due_today", "今日到期", "今日无到期案件", "前"},
	[L_SOON] = {"due_soon", "3个工作日内到期", "无案件到期", "最先届满的"},
	[L_HEARING] = {"hearing", "今明两天开庭", "无开庭安排", "最早开庭的"},
	[L_TOMAKE] = {"tomake", "待制作", "无待制作文书", "等待最久的"},
	[L_UNSERVED] = {"unserved", "待送达", "无待送达文书", "等待最久的"},
	[L_UNNOTIFIED] = {"unnotified", "未依法通知", "两周内的开庭均已依法通知", "开庭最近的"},
};

/* The agenda: the first screen's lists and 待制作 (dash_tomake); all:
 * every row in the table too; again: the command that prints it so
 * (this one with --all). */
struct agenda {
	struct dash d;
	struct dash_list tomake;
	bool all;
	bool today;  /* the agenda of today, not of another --date */
	char again[200];
};

static const struct dash_list *list_of(const struct agenda *g, int i)
{
	const struct dash *d = &g->d;

	switch (i) {
	case L_TOMAKE: return &g->tomake;
	case L_OVERDUE: return &d->overdue;
	case L_TODAY: return &d->due_today;
	case L_SOON: return &d->due_soon;
	case L_HEARING: return &d->hearings;
	case L_UNSERVED: return &d->unserved;
	default: return &d->unnotified;
	}
}


/* The heading's count: "共 12 件", or "共 100000 件以上" for a list that
 * reached the cap. */
static void count_text(const struct dash_list *l, struct strbuf *sb)
{
	size_t n = l->total > l->n ? l->total : l->n;

	if (n >= AGENDA_LIMIT)
		sb_printf(sb, "共 %d 件以上", AGENDA_LIMIT);
	else
		sb_printf(sb, "共 %zu 件", n);
}

/* The table, indented under its heading. */
static void put_table(struct text_table *t, struct strbuf *out)
{
	struct strbuf tb = {0};
	const char *p;

	text_table_render(t, &tb);
	for (p = sb_str(&tb); *p;) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) + 1 : strlen(p);
		sb_puts(out, "  ");
		sb_add(out, p, len);
		p += len;
	}
	sb_free(&tb);
}

static void table_due(const struct dash_list *l, bool overdue, struct strbuf *out)
{
	const char *head[] = {"案号", "申请人", "被申请人", "期限", "届满日",
			      overdue ? "超期天数" : "剩余天数", "经办人"};
	const struct dash_due *v = l->v;
	struct text_table t;

	text_table_init(&t, 7, head);
	text_table_max(&t, 2, 30); /* a long employer's name */
	text_table_right(&t, 5);
	for (size_t i = 0; i < l->n; i++) {
		char no[96], days[16];
		case_short_no(v[i].case_no, no, sizeof no);
		snprintf(days, sizeof days, "%d", overdue ? -v[i].days_left : v[i].days_left);
		const char *row[] = {no, v[i].applicant, v[i].respondent, v[i].clock_zh,
				     v[i].due, days, v[i].holder};
		text_table_add(&t, row);
	}
	put_table(&t, out);
	text_table_free(&t);
}

static void table_hearings(const struct dash_list *l, struct strbuf *out)
{
	static const char *const head[] = {"案号", "申请人", "被申请人", "开庭时间", "仲裁庭",
					   "仲裁员"};
	const struct dash_hearing *v = l->v;
	struct text_table t;

	text_table_init(&t, 6, head);
	text_table_max(&t, 2, 30);
	for (size_t i = 0; i < l->n; i++) {
		char no[96];
		case_short_no(v[i].case_no, no, sizeof no);
		const char *row[] = {no, v[i].applicant, v[i].respondent, v[i].at, v[i].room,
				     v[i].arbitrator};
		text_table_add(&t, row);
	}
	put_table(&t, out);
	text_table_free(&t);
}

static void table_unserved(const struct dash_list *l, struct strbuf *out)
{
	static const char *const head[] = {"案号", "申请人", "被申请人", "文书", "受送达人",
					   "制作日期", "已等天数"};
	const struct dash_unserved *v = l->v;
	struct text_table t;

	text_table_init(&t, 7, head);
	text_table_max(&t, 2, 30);
	text_table_max(&t, 4, 30);
	text_table_right(&t, 6);
	for (size_t i = 0; i < l->n; i++) {
		char no[96], doc[64], days[16];
		case_short_no(v[i].case_no, no, sizeof no);
		snprintf(doc, sizeof doc, "第%d号 %s", v[i].doc_no, v[i].doc_zh);
		snprintf(days, sizeof days, "%d", v[i].waiting);
		const char *row[] = {no, v[i].applicant, v[i].respondent, doc, v[i].to, v[i].made_on,
				     days};
		text_table_add(&t, row);
	}
	put_table(&t, out);
	text_table_free(&t);
}

static void table_unnotified(const struct dash_list *l, struct strbuf *out)
{
	static const char *const head[] = {"案号", "申请人", "被申请人", "开庭时间", "开庭地点",
					   "未依法通知"};
	const struct dash_unnotified *v = l->v;
	struct text_table t;

	text_table_init(&t, 6, head);
	text_table_max(&t, 2, 30);
	for (size_t i = 0; i < l->n; i++) {
		char no[96];
		case_short_no(v[i].case_no, no, sizeof no);
		const char *row[] = {no, v[i].applicant, v[i].respondent, v[i].at, v[i].room,
				     v[i].names};
		text_table_add(&t, row);
	}
	put_table(&t, out);
	text_table_free(&t);
}

/* Whose cases the figures are, after the name: a person who has cases of
 * their own sees which view this is (a lawyer has no other). */
static const char *scope_text(const struct dash *d, const struct actor *who)
{
	if (!dash_can_switch(who))
		return "";
	if (d->scope == DASH_OFFICE)
		return "  全院";
	switch (d->own) {
	case DASH_OWN_CLERK: return "  本人承办的案件 (--office 看全院)";
	case DASH_OWN_MEDIATOR: return "  本人调解的案件 (--office 看全院)";
	case DASH_OWN_ARBITRATOR: return "  本人审理的案件 (--office 看全院)";
	default: return "";
	}
}

/* The whole agenda as text: who and which day, the four 快, then each
 * list under its heading. */
static void table_tomake(const struct dash_list *l, struct strbuf *out)
{
	static const char *const head[] = {"案号", "申请人", "被申请人", "文书", "受送达人",
					   "应制作自", "已等天数"};
	const struct dash_tomake *v = l->v;
	struct text_table t;

	text_table_init(&t, 7, head);
	text_table_max(&t, 2, 30);
	text_table_max(&t, 4, 30);
	text_table_right(&t, 6);
	for (size_t i = 0; i < l->n; i++) {
		char no[96], days[16];
		case_short_no(v[i].case_no, no, sizeof no);
		snprintf(days, sizeof days, "%d", v[i].waiting);
		const char *row[] = {no, v[i].applicant, v[i].respondent, v[i].doc_zh, v[i].to,
				     v[i].since, days};
		text_table_add(&t, row);
	}
	put_table(&t, out);
	text_table_free(&t);
}

/* After a list cut at AGENDA_SHOWN: how many there are and where the
 * whole list is, in the weekly summary's words. */
static void cut_note(const struct agenda *g, int i, const struct dash_list *l, struct strbuf *out)
{
	size_t n = l->total > l->n ? l->total : l->n;

	sb_printf(out, "  以上为%s %d 件（共 %zu 件%s）；全部见 ", lists[i].first, AGENDA_SHOWN, n,
		  n >= AGENDA_LIMIT ? "以上" : "");
	/* Today's overdue cases of the office are case list's too. */
	if (i == L_OVERDUE && g->today && g->d.scope == DASH_OFFICE)
		sb_puts(out, "tiaocai case list --overdue 或 ");
	sb_printf(out, "%s。\n", g->again);
}

static void render_table(const struct agenda *g, const struct actor *who, struct strbuf *out)
{
	const struct dash *d = &g->d;
	char iso[DATE_ISO_LEN], soon[DATE_ISO_LEN];

	sb_printf(out, "待办 %s %s  ", date_iso(d->today, iso), date_weekday_zh(d->today));
	text_clean(out, who->name, 0);
	sb_printf(out, " (%s)%s\n", role_zh(who->role), scope_text(d, who));
	sb_printf(out, "快立 待受理 %zu · 快调 调解中 %zu · 快审 审理中 %zu · 快结 本周结案 %zu%s\n",
		  d->waiting_accept, d->mediating, d->hearing, d->closed_week,
		  d->closed_week >= d->count_cap ? "+" : "");
	for (int i = 0; i < NLISTS; i++) {
		const struct dash_list *l = list_of(g, i);

		sb_printf(out, "\n%s", lists[i].title);
		if (i == L_SOON)
			sb_printf(out, " (至 %s)", date_iso(d->soon_until, soon));
		if (i == L_UNNOTIFIED)
			sb_printf(out, " (%d 日内的开庭)", DASH_NOTICE_DAYS);
		sb_puts(out, " ");
		count_text(l, out);
		sb_puts(out, "\n");
		/* The first rows only: the same list, shorter. */
		struct dash_list cut = *l;
		if (!g->all && cut.n > AGENDA_SHOWN)
			cut.n = AGENDA_SHOWN;
		if (l->n == 0)
			sb_printf(out, "  %s\n", lists[i].empty);
		else if (i == L_HEARING)
			table_hearings(&cut, out);
		else if (i == L_UNSERVED)
			table_unserved(&cut, out);
		else if (i == L_TOMAKE)
			table_tomake(&cut, out);
		else if (i == L_UNNOTIFIED)
			table_unnotified(&cut, out);
		else
			table_due(&cut, i == L_OVERDUE, out);
		if (cut.n < (l->total > l->n ? l->total : l->n))
			cut_note(g, i, l, out);
	}
}

/* One row per (list, case); the four 快 are not rows.  With English
 * headers the list and clock columns hold codes (overdue, close,
 * hearing), with Chinese headers the words the table shows.  A document
 * waiting (unserved) has its kind under clock, the day it was made under
 * due_on (days_left: minus the days it has waited), its number under doc
 * and its addressee under to; a hearing not properly notified has
 * hearing_notice under clock, its day under due_on and the parties not
 * notified under to. */
static void write_csv(const struct agenda *g, bool en, struct csvio_writer *w)
{
	const struct dash *d = &g->d;
	static const char *const keys[] = {"list", "case_no", "applicant", "respondent", "clock",
					   "due_on", "days_left", "holder", "at", "room", "doc", "to"};
	static const char *const zh[] = {"清单", "案号", "申请人", "被申请人", "期限",
					 "届满日", "剩余天数", "经办人", "开庭时间", "仲裁庭",
					 "文书编号", "受送达人"};

	for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
		csvio_put_text(w, en ? keys[i] : zh[i]);
	csvio_end_row(w);
	for (int i = 0; i < NLISTS; i++) {
		const struct dash_list *l = list_of(g, i);
		const char *list = en ? lists[i].code : lists[i].title;

		for (size_t k = 0; k < l->n; k++) {
			csvio_put_text(w, list);
			if (i == L_TOMAKE) {
				const struct dash_tomake *t = &((const struct dash_tomake *)l->v)[k];
				csvio_put_text(w, t->case_no);
				csvio_put_text(w, t->applicant);
				csvio_put_text(w, t->respondent);
				csvio_put_text(w, en ? t->kind : t->doc_zh);
				csvio_put_num(w, t->since);
				csvio_put_int(w, -t->waiting);
				csvio_put_text(w, NULL);
				csvio_put_text(w, NULL);
				csvio_put_text(w, NULL);
				csvio_put_text(w, NULL);
				csvio_put_text(w, t->to);
				csvio_end_row(w);
				continue;
			}
			if (i == L_UNSERVED) {
				const struct dash_unserved *u = &((const struct dash_unserved *)l->v)[k];
				csvio_put_text(w, u->case_no);
				csvio_put_text(w, u->applicant);
				csvio_put_text(w, u->respondent);
				csvio_put_text(w, en ? u->kind : u->doc_zh);
				csvio_put_num(w, u->made_on);
				csvio_put_int(w, -u->waiting);
				csvio_put_text(w, NULL);
				csvio_put_text(w, NULL);
				csvio_put_text(w, NULL);
				csvio_put_int(w, u->doc_no);
				csvio_put_text(w, u->to);
				csvio_end_row(w);
				continue;
			}
			if (i == L_UNNOTIFIED) {
				const struct dash_unnotified *h = &((const struct dash_unnotified *)l->v)[k];
				char day[DATE_ISO_LEN];
				snprintf(day, sizeof day, "%.10s", h->at);
				csvio_put_text(w, h->case_no);
				csvio_put_text(w, h->applicant);
				csvio_put_text(w, h->respondent);
				csvio_put_text(w, en ? "hearing_notice" : "开庭通知");
				csvio_put_num(w, day);
				csvio_put_int(w, date_from_iso(day) - d->today);
				csvio_put_text(w, NULL);
				csvio_put_num(w, h->at);
				csvio_put_text(w, h->room);
				csvio_put_text(w, NULL);
				csvio_put_text(w, h->names);
				csvio_end_row(w);
				continue;
			}
			if (i == L_HEARING) {
				const struct dash_hearing *h = &((const struct dash_hearing *)l->v)[k];
				char day[DATE_ISO_LEN];
				snprintf(day, sizeof day, "%.10s", h->at);
				csvio_put_text(w, h->case_no);
				csvio_put_text(w, h->applicant);
				csvio_put_text(w, h->respondent);
				csvio_put_text(w, en ? "hearing" : "开庭");
				csvio_put_num(w, day);
				csvio_put_int(w, date_from_iso(day) - d->today);
				csvio_put_text(w, h->arbitrator);
				csvio_put_num(w, h->at);
				csvio_put_text(w, h->room);
				csvio_put_text(w, NULL);
				csvio_put_text(w, NULL);
			} else {
				const struct dash_due *r = &((const struct dash_due *)l->v)[k];
				csvio_put_text(w, r->case_no);
				csvio_put_text(w, r->applicant);
				csvio_put_text(w, r->respondent);
				csvio_put_text(w, en ? r->clock : r->clock_zh);
				csvio_put_num(w, r->due);
				csvio_put_int(w, r->days_left);
				csvio_put_text(w, r->holder);
				csvio_put_text(w, NULL);
				csvio_put_text(w, NULL);
				csvio_put_text(w, NULL);
				csvio_put_text(w, NULL);
			}
			csvio_end_row(w);
		}
	}
}

/* Write the agenda onto fp. */
static enum tc_status emit(FILE *fp, const struct agenda *d, const struct actor *who, bool csv,
			   bool en, struct tc_err *e)
{
	if (csv) {
		struct csvio_writer w;
		enum tc_status st = csvio_writer_open(&w, fp, CSVIO_UTF8, e);
		if (st != TC_OK)
			return st;
		write_csv(d, en, &w);
		return csvio_writer_close(&w, e);
	}
	struct strbuf sb = {0};
	enum tc_status st = TC_OK;

	render_table(d, who, &sb);
	if (fwrite(sb_str(&sb), 1, sb.len, fp) != sb.len)
		st = err_set(e, TC_STORAGE, "file", "写出待办失败 (磁盘已满或管道已关闭)");
	sb_free(&sb);
	return st;
}

int cli_agenda(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{"date", required_argument, NULL, 'd'},
		{"user", required_argument, NULL, 'u'},
		{"office", no_argument, NULL, 'O'},
		{"all", no_argument, NULL, 'a'},
		{"format", required_argument, NULL, 'f'},
		{"header", required_argument, NULL, 'h'},
		{"output", required_argument, NULL, 'o'},
		{NULL, 0, NULL, 0},
	};
	const char *format = "table", *header = "zh", *user = NULL, *out = NULL, *date = NULL;
	struct tc_err e = {0};
	struct actor who;
	struct agenda g;
	struct dash *dp = &g.d;
	enum tc_status st;
	int ch, rc, day;
	bool office = false, all = false;

	cli_getopt_reset();
	while ((ch = getopt_long(argc, argv, ":o:", opts, NULL)) != -1) {
		switch (ch) {
		case 'd': date = optarg; break;
		case 'u': user = optarg; break;
		case 'O': office = true; break;
		case 'a': all = true; break;
		case 'f': format = optarg; break;
		case 'h': header = optarg; break;
		case 'o': out = optarg; break;
		case ':':
			return cli_usage(usage, "agenda: 选项 %s 需要一个值", argv[optind - 1]);
		default:
			return cli_usage(usage, "agenda: 不认识的选项 %s", argv[optind - 1]);
		}
	}
	if (optind < argc)
		return cli_usage(usage, "agenda: 多余的参数 %s", argv[optind]);
	if (strcmp(format, "table") != 0 && strcmp(format, "csv") != 0)
		return cli_usage(usage, "--format 应为 table 或 csv: %s", format);
	if (strcmp(header, "zh") != 0 && strcmp(header, "en") != 0)
		return cli_usage(usage, "--header 应为 zh 或 en: %s", header);
	if ((date ? date_parse(date, &day, "--date", &e) : date_today_checked(&day, &e)) != TC_OK)
		return cli_fail(&e);
	if ((rc = cli_open(c)) != 0)
		return rc;
	g.all = all;
	g.today = day == date_today();
	/* The same agenda again, whole (date and login checked above, or
	 * below before anything is printed). */
	snprintf(g.again, sizeof g.again, "tiaocai agenda%s%s%s%s%s --all", date ? " --date " : "",
		 date ? date : "", user ? " --user " : "", user ? user : "", office ? " --office" : "");
	if (user_view_as(c->db, &c->actor, user ? user : c->actor.login, &who, &e) != TC_OK)
		return cli_fail(&e);
	/* The table reads the rows it lists (each list's total is counted
	 * all the same); --all and the CSV read every row. */
	size_t rows = all || strcmp(format, "csv") == 0 ? AGENDA_LIMIT : AGENDA_SHOWN;
	if (dash_get_counted(c->db, &who, office ? DASH_OFFICE : DASH_DEFAULT, day, rows,
			     AGENDA_LIMIT, dp, &e) != TC_OK)
		return cli_fail(&e);
	if (dash_tomake(c->db, &who, dp, rows, &g.tomake, &e) != TC_OK) {
		dash_free(dp);
		return cli_fail(&e);
	}
	for (int i = 0; i < NLISTS; i++)
		if (list_of(&g, i)->n >= AGENDA_LIMIT)
			fprintf(stderr, "tiaocai: 警告: %s 多于 %d 件, 只列出前 %d 件\n", lists[i].title,
				AGENDA_LIMIT, AGENDA_LIMIT);
	if (dp->provisional_year) {
		char msg[160];
		cal_provisional_text(dp->provisional_year, msg, sizeof msg);
		fprintf(stderr, "tiaocai: 警告: %s\n", msg);
	}

	bool csv = strcmp(format, "csv") == 0, en = header[0] == 'e';
	if (out && strcmp(out, "-") != 0) {
		struct afile f;
		if ((st = afile_open(&f, out, &e)) == TC_OK)
			st = afile_commit(&f, emit(f.fp, &g, &who, csv, en, &e), &e);
		if (st == TC_OK)
			fprintf(stderr, "tiaocai: 已写入待办 %s\n", out);
	} else {
		st = emit(stdout, &g, &who, csv, en, &e);
		if (st == TC_OK && fflush(stdout) != 0)
			st = err_set(&e, TC_STORAGE, "file", "写出待办失败 (磁盘已满或管道已关闭)");
	}
	dash_free(dp);
	free(g.tomake.v);
	return st == TC_OK ? 0 : cli_fail(&e);
}
