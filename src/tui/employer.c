/*
 * employer.c - 被申请人: every case against one employer, opened with `b`
 * on a case (the docket's selected row, the case file): its name and
 * credit code, how many cases there are, open and closed, what they
 * claimed, were given by settlement or award and were actually paid, then
 * the cases themselves in a list (list.h) where Enter opens one and `/`
 * finds one by number or name.
 *
 * The employer is the case's first respondent, by credit code when it has
 * one (a 包工头 by ID number), else by name; the cases and the figures come
 * from the docket engine's respondent filter and docket_sum (docket.h),
 * the same as `case list --respondent`.  Nothing is counted here.  Rows
 * are at hand, the open cases first: an employer has tens or hundreds of
 * cases, and at most MAXROWS are held (the figures count them all).
 */
#include "tui.h"
#include "list.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "tiaocai/calendar.h"
#include "tiaocai/case.h"
#include "tiaocai/clock.h"
#include "tiaocai/date.h"
#include "tiaocai/docket.h"
#include "tiaocai/ident.h"
#include "tiaocai/money.h"
#include "tiaocai/text.h"

#define MAXROWS 2000

struct employer {
	struct docket_employer who;  /* key "" when the case has none to show */
	struct docket_filter f;
	struct docket_sum sum;
	struct case_row *rows;
	size_t n;
	struct list list;
	int64_t from_case;           /* the case the view was opened from */
	int soon_until;
};

/* docket_each callback: keep the rows, MAXROWS at most (the limit asked). */
static int keep_row(const struct case_row *r, void *ctx)
{
	struct employer *m = ctx;

	m->rows[m->n++] = *r;
	return 0;
}

/* Read the figures and the rows again, the selection staying on its case
 * when it is still there (first time: on the case the view came from). */
static void load(struct app *app, struct employer *m)
{
	struct tc_err e = {0};
	const struct cal *cal;
	int64_t keep = m->n ? m->rows[list_selected(&m->list) == LIST_NONE ? 0 : m->list.sel].id
			    : m->from_case;

	m->n = 0;
	memset(&m->sum, 0, sizeof m->sum);
	if (!m->who.key[0])
		return;
	if (cal_get(app->db, &cal, &e) == TC_OK)
		m->soon_until = clock_soon_until(cal, app->today);
	else
		m->soon_until = app->today;
	if (docket_sum(app->db, &app->actor, &m->f, app->today, 0, &m->sum, &e) != TC_OK ||
	    docket_each(app->db, &app->actor, &m->f, DOCKET_SORT_DUE, app->today, MAXROWS, keep_row,
			m, &e) != TC_OK) {
		app_error(app, &e);
		return;
	}
	for (size_t i = 0; i < m->n; i++) {
		if (m->rows[i].id == keep) {
			list_select(&m->list, i);
			return;
		}
	}
	list_select(&m->list, m->list.sel); /* the same line, or the last */
}

static size_t rows_of(void *ctx)
{
	return ((struct employer *)ctx)->n;
}

/* `/` finds a case by its number (as shown or whole) or an applicant. */
static bool row_matches(void *ctx, size_t i, const char *text)
{
	const struct case_row *r = &((struct employer *)ctx)->rows[i];
	char no[96];

	case_short_no(r->case_no, no, sizeof no);
	return strstr(no, text) || strstr(r->case_no, text) || strstr(r->applicant, text);
}

static void draw_row(struct app *app, void *ctx, size_t i, int y, int x, int cols, bool sel);

static const struct list_source rows_source = {
	.count = rows_of,
	.draw = draw_row,
	.match = row_matches,
};

void *employer_open(struct app *app, int64_t case_id)
{
	struct employer *m = xcalloc(1, sizeof *m);
	struct tc_err e = {0};

	m->rows = xcalloc(MAXROWS, sizeof *m->rows);
	m->from_case = case_id;
	m->f.stage = -1;
	m->f.track = DOCKET_TRACK_ANY;
	list_init(&m->list, &rows_source, m, false);
	if (docket_employer_of_case(app->db, &app->actor, case_id, &m->who, &e) != TC_OK)
		app_error(app, &e);
	m->f.respondent = m->who.key;
	load(app, m);
	return m;
}

static void employer_close(void *st)
{
	struct employer *m = st;

	list_free(&m->list);
	free(m->rows);
	free(m);
}

/* ---- drawing ------------------------------------------------------- */

/* Columns: 案号 申请人 阶段 请求金额 调解或裁决 已兑现 届满日. */
struct grid {
	int no, app, stage, money, due;
	bool full_no;
};

static void layout(int cols, struct grid *g)
{
	g->full_no = cols >= 150;
	g->no = g->full_no ? 30 : 10;
	g->stage = 8;
	g->money = cols >= 100 ? 13 : 11;
	g->due = 10;
	g->app = cols - 2 - (g->no + g->stage + 3 * g->money + g->due) - 6;
}

static void draw_row(struct app *app, void *ctx, size_t i, int y, int x0, int cols, bool sel)
{
	struct employer *m = ctx;
	const struct case_row *r = &m->rows[i];
	char no[96], claimed[MONEY_BUF], resolved[MONEY_BUF], paid[MONEY_BUF];
	attr_t base = sel ? ui_attr(app, UA_SELECTED) : A_NORMAL, da = base;
	int due = date_from_iso(r->next_due), x = x0 + 1;
	struct grid g;

	layout(cols, &g);
	if (g.full_no)
		snprintf(no, sizeof no, "%s", r->case_no);
	else
		case_short_no(r->case_no, no, sizeof no);
	if (r->overdue)
		da = ui_attr(app, UA_OVERDUE) | (sel ? A_REVERSE : 0);
	else if (due != DATE_NONE && due <= m->soon_until)
		da = ui_attr(app, UA_SOON) | (sel ? A_REVERSE : 0);
	ui_blank(y, x0, cols, base);
	ui_cell(y, x, no, g.no, false, base); x += g.no + 1;
	ui_cell(y, x, r->applicant, g.app, false, base); x += g.app + 1;
	ui_cell(y, x, stage_zh(r->stage), g.stage, false, base); x += g.stage + 1;
	ui_cell(y, x, money_display(r->claimed, claimed), g.money, true, base); x += g.money + 1;
	ui_cell(y, x, r->resolved < 0 ? "-" : money_display(r->resolved, resolved), g.money, true,
		base);
	x += g.money + 1;
	ui_cell(y, x, r->paid ? money_display(r->paid, paid) : "-", g.money, true, base);
	x += g.money + 1;
	/* A closed case shows the day it closed, an open one its next due date. */
	if (r->stage == STAGE_CLOSED)
		ui_cell(y, x, r->closed_on, g.due, false, base);
	else
		ui_cell(y, x, r->next_due, g.due, false, da);
}

/* Who: the name, and the code it is found by. */
static void draw_who(struct app *app, struct employer *m, int y, int cols)
{
	struct strbuf sb = {0};
	int x = 1;

	x += ui_text(y, x, "被申请人", cols - x, ui_attr(app, UA_HEADING)) + 2;
	x += ui_text(y, x, m->who.name, cols - x - 1, A_BOLD) + 2;
	if (m->who.person) {
		char masked[IDNO_LEN];
		if (app->read_only)
			ident_id_mask(m->who.code, masked);
		sb_printf(&sb, "身份证号 %s", app->read_only ? masked : m->who.code);
	} else if (m->who.code[0]) {
		sb_printf(&sb, "统一社会信用代码 %s", m->who.code);
	} else {
		sb_puts(&sb, "(无统一社会信用代码, 按名称查找)");
	}
	if (x < cols - 1)
		ui_text(y, x, sb_str(&sb), cols - x - 1, ui_attr(app, UA_DIM));
	sb_free(&sb);
}

static void draw_sum(struct app *app, struct employer *m, int y, int cols)
{
	const struct docket_sum *s = &m->sum;
	char a[MONEY_BUF], b[MONEY_BUF], c[MONEY_BUF];
	struct strbuf sb = {0};
	int x = 1;

	sb_printf(&sb, "共 %zu 件", s->cases);
	x += ui_text(y, x, sb_str(&sb), cols - x - 1, A_BOLD) + 2;
	sb.len = 0;
	sb_printf(&sb, "未结 %zu 件 · 已结 %zu 件", s->open, s->closed);
	if (s->cases > m->n)
		sb_printf(&sb, " (列出前 %zu 件)", m->n);
	ui_text(y, x, sb_str(&sb), cols - x - 1, A_NORMAL);
	sb.len = 0;
	sb_printf(&sb, "请求金额 %s · 调解或裁决 %s · 已兑现 %s", money_display(s->claimed, a),
		  money_display(s->resolved, b), money_display(s->paid, c));
	ui_text(y + 1, 1, sb_str(&sb), cols - 2, ui_attr(app, UA_NORMAL));
	sb_free(&sb);
}

static void draw_header(struct app *app, int y, int cols)
{
	attr_t h = ui_attr(app, UA_HEADING);
	struct grid g;
	int x = 1;

	layout(cols, &g);
	ui_cell(y, x, "案号", g.no, false, h); x += g.no + 1;
	ui_cell(y, x, "申请人", g.app, false, h); x += g.app + 1;
	ui_cell(y, x, "阶段", g.stage, false, h); x += g.stage + 1;
	ui_cell(y, x, "请求金额", g.money, true, h); x += g.money + 1;
	ui_cell(y, x, "调解或裁决", g.money, true, h); x += g.money + 1;
	ui_cell(y, x, "已兑现", g.money, true, h); x += g.money + 1;
	ui_cell(y, x, "届满/结案", g.due, false, h);
}

static void employer_draw(struct app *app, void *st, int top, int rows, int cols, int *cy, int *cx)
{
	struct employer *m = st;
	int y = top;

	*cy = *cx = -1;
	if (!m->who.key[0]) {
		ui_text(y + 1, 2, "本案没有可查看的被申请人", cols - 4, ui_attr(app, UA_DIM));
		return;
	}
	if (list_searching(&m->list)) {
		*cy = y;
		*cx = list_search_draw(app, &m->list, y, 1, cols - 2);
	} else {
		draw_who(app, m, y, cols);
	}
	draw_sum(app, m, y + 1, cols);
	y += 3;
	draw_header(app, y++, cols);
	if (m->n == 0) {
		ui_text(y + 1, 2, "没有相符的案件", cols - 4, ui_attr(app, UA_DIM));
		return;
	}
	list_draw(app, &m->list, y, top + rows - y, 0, cols, true);
}

/* ---- keys ---------------------------------------------------------- */

static unsigned employer_action(struct app *app, void *st, enum action a)
{
	struct employer *m = st;
	size_t sel = list_selected(&m->list);

	if (a != ACT_OPEN)
		return RD_PASS; /* moving and `/`: the list's (list.c) */
	if (sel == LIST_NONE)
		return RD_NONE;
	app_push(app, &casefile_ops, casefile_open(app, m->rows[sel].id));
	return RD_ALL;
}

static unsigned employer_reload(struct app *app, void *st)
{
	load(app, st);
	return RD_BODY;
}

static bool employer_has(struct app *app, void *st, enum action a)
{
	struct employer *m = st;

	(void)app;
	if (a == ACT_OPEN || a == ACT_FIND)
		return m->n > 0;
	return true;
}

static struct list *employer_focus(void *st)
{
	return &((struct employer *)st)->list;
}

const struct screen_ops employer_ops = {
	.name = "employer",
	.title = "被申请人",
	.groups = AG_NAV | AG_LIST | AG_FIND,
	.action = employer_action,
	.draw = employer_draw,
	.reload = employer_reload,
	.has_action = employer_has,
	.close = employer_close,
	.focus = employer_focus,
};
