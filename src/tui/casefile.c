/*
 * casefile.c - 案件详情: one case whole.  Parties with their place in the
 * subcontracting chain, claims with claimed / resolved / paid amounts, the
 * 立-调-审-结 progress line, every clock with its rule and legal basis,
 * the journal as a timeline, and the events allowed now, one key each
 * (shown on the screen and in the bottom bar; each opens its form).
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
#include "tiaocai/journal.h"
#include "tiaocai/money.h"
#include "tiaocai/text.h"
#include "tiaocai/workflow.h"

struct casefile {
	int64_t id;
	struct case_detail *d;
	struct journal_row *j;
	size_t nj;
	bool stage_has[ACT_COUNT];   /* events the stage allows (for some role) */
	struct list body;            /* the lines below the progress line, scrolled */
	size_t nlines;               /* lines of the body at the last draw */
	int soon_until;              /* deadlines up to it are near (clock_soon_until) */
};

static size_t body_lines(void *ctx)
{
	return ((struct casefile *)ctx)->nlines;
}

/* The body is a pager over lines this screen draws itself (list_frame). */
static const struct list_source body_source = {
	.count = body_lines,
};

static void unload(struct casefile *c)
{
	case_detail_free(c->d);
	journal_rows_free(c->j, c->nj);
	c->d = NULL;
	c->j = NULL;
	c->nj = 0;
}

/* The events this case's stage offers to any role: shown as keys; one the
 * user's role may not do is explained when pressed. */
static void stage_events(struct app *app, struct casefile *c)
{
	struct actor any = app->actor;

	memset(c->stage_has, 0, sizeof c->stage_has);
	if (!c->d)
		return;
	for (int r = 0; r < ROLE_COUNT; r++) {
		struct strbuf sb = {0};
		char *save = NULL, *list;
		any.role = (enum role)r;
		wf_allowed(c->d->row.stage, &any, &sb);
		list = sb_take(&sb);
		if (!list)
			continue;
		for (char *t = strtok_r(list, " ", &save); t; t = strtok_r(NULL, " ", &save)) {
			enum action a = keymap_event_action(t);
			/* An extension is allowed once. */
			if (a == ACT_EV_EXTEND && c->d->extended)
				continue;
			if (a != ACT_NONE)
				c->stage_has[a] = true;
		}
		free(list);
	}
}

static void load(struct app *app, struct casefile *c)
{
	const struct cal *cal;
	struct tc_err e = {0};

	unload(c);
	if (case_detail_get(app->db, &app->actor, c->id, app->today, &c->d, &e) != TC_OK) {
		app_error(app, &e);
		return;
	}
	if (journal_of_case(app->db, c->id, &c->j, &c->nj, &e) != TC_OK)
		app_error(app, &e);
	stage_events(app, c);
	/* Without the calendar no day is known to be near but today. */
	if (cal_get(app->db, &cal, &e) != TC_OK) {
		app_error(app, &e);
		c->soon_until = app->today;
	} else {
		c->soon_until = clock_soon_until(cal, app->today);
	}
}

void *casefile_open(struct app *app, int64_t case_id)
{
	struct casefile *c = xcalloc(1, sizeof *c);

	c->id = case_id;
	list_init(&c->body, &body_source, c, true);
	load(app, c);
	return c;
}

static void casefile_close(void *st)
{
	struct casefile *c = st;
	list_free(&c->body);
	unload(c);
	free(c);
}

/* ---- drawing ------------------------------------------------------- */

/* Body lines are produced in order; only those inside the window are
 * drawn.  y counts lines from the top of the case (not the screen). */
struct pen {
	int y, top, rows, cols, y0;
};

static bool visible(const struct pen *p)
{
	return p->y >= p->top && p->y < p->top + p->rows;
}

static int sy(const struct pen *p)
{
	return p->y0 + p->y - p->top;
}

static void line(struct pen *p, int x, const char *s, attr_t a)
{
	if (visible(p))
		ui_text(sy(p), x, s, p->cols - x - 1, a);
	p->y++;
}

static void heading(struct app *app, struct pen *p, const char *s)
{
	p->y++; /* a blank line before each section */
	line(p, 1, s, ui_attr(app, UA_HEADING));
}

/* One row of cells at fixed widths. */
static void cells(struct pen *p, int x, const char *const *v, const int *w, const bool *right,
		  size_t n, const attr_t *a)
{
	if (visible(p)) {
		for (size_t i = 0; i < n && x < p->cols - 1; i++) {
			int cw = w[i] < p->cols - 1 - x ? w[i] : p->cols - 1 - x;
			ui_cell(sy(p), x, v[i], cw, right && right[i], a ? a[i] : A_NORMAL);
			x += w[i] + 1;
		}
	}
	p->y++;
}

/* 立 - 调 - 审 - 结, each step marked done (●), current (◆) or ahead (○). */
static void progress(struct app *app, struct pen *p, const struct case_detail *d)
{
	static const char *const steps[] = {"立案", "调解", "审理", "结案"};
	enum stage s = d->row.stage;
	int cur, x = 1;
	struct strbuf sb = {0};

	if (s == STAGE_SUSPENDED)
		stage_parse(d->prev_stage, &s, NULL);
	switch (s) {
	case STAGE_RECEIVED: cur = 0; break;
	case STAGE_PREMEDIATION: cur = 0; break;
	case STAGE_ACCEPTED: cur = 1; break;
	case STAGE_MEDIATING: cur = 1; break;
	case STAGE_HEARING: cur = 2; break;
	default: cur = 4; break; /* closed: all done */
	}
	if (d->row.stage == STAGE_CLOSED)
		cur = 4;
	if (!visible(p)) {
		p->y++;
		return;
	}
	for (int i = 0; i < 4; i++) {
		const char *mark = i < cur ? "●" : i == cur ? "◆" : "○";
		sb_printf(&sb, "%s%s", mark, steps[i]);
		if (i == 0 && d->row.accepted_on[0])
			sb_printf(&sb, " %s", d->row.accepted_on);
		if (i == 3 && d->row.closed_on[0])
			sb_printf(&sb, " %s", d->row.closed_on);
		attr_t a = i == cur ? ui_attr(app, UA_SOON) : i < cur ? ui_attr(app, UA_OK) : A_NORMAL;
		x += ui_text(sy(p), x, sb_str(&sb), p->cols - x - 1, a);
		if (i < 3)
			x += ui_text(sy(p), x, " ── ", p->cols - x - 1, A_NORMAL);
		sb.len = 0;
	}
	if (d->row.stage == STAGE_SUSPENDED)
		ui_text(sy(p), x + 2, "(中止中)", p->cols - x - 3, ui_attr(app, UA_SOON));
	sb_free(&sb);
	p->y++;
}

static void draw_events(struct app *app, struct pen *p, struct casefile *c)
{
	struct strbuf sb = {0};
	int x = 1;
	bool any = false;

	if (app->read_only) {
		line(p, 1, "只读: 可查看本案, 不能办理", ui_attr(app, UA_DIM));
		return;
	}
	if (!visible(p)) {
		p->y++;
		return;
	}
	x += ui_text(sy(p), x, "可办理:", 8, A_BOLD) + 1;
	for (int a = ACT_EV_ACCEPT; a <= ACT_EV_TRANSFER; a++) {
		char keys[32], *sp;
		if (!c->stage_has[a])
			continue;
		keymap_keys((enum action)a, keys, sizeof keys);
		if ((sp = strstr(keys, " / ")))
			*sp = 0;
		sb.len = 0;
		sb_printf(&sb, "%s %s", keys, action_def((enum action)a)->bar);
		if (x + text_width(sb_str(&sb)) >= p->cols - 1)
			break;
		x += ui_text(sy(p), x, sb_str(&sb), p->cols - x - 1, ui_attr(app, UA_OK)) + 2;
		any = true;
	}
	if (!any)
		ui_text(sy(p), x, c->d->row.stage == STAGE_CLOSED ? "本案已结, 没有可办理的事项" : "没有可办理的事项", p->cols - x - 1, ui_attr(app, UA_DIM));
	sb_free(&sb);
	p->y++;
}

static void draw_parties(struct app *app, struct pen *p, const struct case_detail *d)
{
	int na = 0, nr = 0;

	heading(app, p, "当事人");
	for (size_t i = 0; i < d->nparties; i++) {
		const struct case_party *q = &d->parties[i];
		bool appl = strcmp(q->side, "applicant") == 0;
		char who[32], extra[256];

		snprintf(who, sizeof who, "%s %d", appl ? "申请人" : "被申请人", appl ? ++na : ++nr);
		if (appl)
			snprintf(extra, sizeof extra, "%s %s  身份证 %s  电话 %s", q->sex, q->birth,
				 q->id_no[0] ? q->id_no : "-", q->phone[0] ? q->phone : "-");
		else
			snprintf(extra, sizeof extra, "%s%s%s%s%s", q->chain_role[0] ? q->chain_role : "",
				 q->uscc[0] ? "  信用代码 " : "", q->uscc,
				 q->id_no[0] ? "  身份证 " : "", q->id_no);
		const char *v[] = {who, q->name, extra};
		const int w[] = {10, 24, p->cols - 38};
		cells(p, 2, v, w, NULL, 3, NULL);
	}
}

static void draw_claims(struct app *app, struct pen *p, const struct case_detail *d)
{
	static const int w[] = {3, 10, 13, 13, 13, 6, 23};
	static const bool right[] = {true, false, true, true, true, false, false};
	const char *head[] = {"项", "类别", "请求金额", "调解/裁决", "已支付", "终局", "期间"};
	attr_t ha[7];
	int64_t sum = 0;

	heading(app, p, "仲裁请求");
	for (int i = 0; i < 7; i++)
		ha[i] = A_BOLD;
	cells(p, 2, head, w, right, 7, ha);
	for (size_t i = 0; i < d->nclaims; i++) {
		const struct case_claim *k = &d->claims[i];
		char pos[8], a[MONEY_BUF], r[MONEY_BUF], pd[MONEY_BUF], period[32];
		snprintf(pos, sizeof pos, "%d", k->pos);
		money_display(k->amount, a);
		if (k->resolved >= 0)
			money_display(k->resolved, r);
		else
			snprintf(r, sizeof r, "-");
		if (k->paid > 0)
			money_display(k->paid, pd);
		else
			snprintf(pd, sizeof pd, "-");
		snprintf(period, sizeof period, "%s%s%s", k->from, k->from[0] || k->to[0] ? "~" : "",
			 k->to);
		const char *v[] = {pos, k->kind, a, r, pd,
				   k->final == 1 ? "终局" : k->final == 0 ? "非终局" : "", period};
		cells(p, 2, v, w, right, 7, NULL);
		sum += k->amount;
	}
	if (d->nclaims > 1) {
		char a[MONEY_BUF], r[MONEY_BUF];
		money_display(sum, a);
		if (d->row.resolved >= 0)
			money_display(d->row.resolved, r);
		else
			snprintf(r, sizeof r, "-");
		const char *v[] = {"", "合计", a, r};
		cells(p, 2, v, w, right, 4, NULL);
	}
}

static void draw_clocks(struct app *app, struct pen *p, struct casefile *c)
{
	const struct case_detail *d = c->d;
	static const int w[] = {14, 10, 10, 6, 10};
	static const bool right[] = {false, false, false, true, false};
	const char *head[] = {"期限", "起算", "届满", "剩余", "规则"};
	attr_t ha[5] = {A_BOLD, A_BOLD, A_BOLD, A_BOLD, A_BOLD};

	heading(app, p, "期限");
	if (d->nclocks == 0) {
		line(p, 2, d->row.stage == STAGE_CLOSED ? "已结案, 期限不再计算" : "没有正在计算的期限",
		     ui_attr(app, UA_DIM));
		return;
	}
	cells(p, 2, head, w, right, 5, ha);
	for (size_t i = 0; i < d->nclocks; i++) {
		const struct case_clock *k = &d->clocks[i];
		char left[16], rule[32], basis[300];
		attr_t a[5] = {0, 0, 0, 0, 0};
		int due = date_from_iso(k->due);

		if (!k->running)
			snprintf(left, sizeof left, "-");
		else
			snprintf(left, sizeof left, "%d", k->days_left);
		snprintf(rule, sizeof rule, "%d%s", k->days,
			 strcmp(k->unit, "working") == 0 ? "个工作日" : "日");
		/* Red only for a statutory clock: an office target past its day
		 * is never 超期 (it shows as near). */
		if (k->running && k->days_left < 0 && k->statutory)
			a[3] = ui_attr(app, UA_OVERDUE);
		else if (k->running && due != DATE_NONE && due <= c->soon_until)
			a[3] = ui_attr(app, UA_SOON);
		if (!k->running)
			a[0] = a[1] = a[2] = ui_attr(app, UA_DIM);
		const char *v[] = {k->label, k->start, k->due, left, rule};
		int save = p->y;
		cells(p, 2, v, w, right, 5, a);
		/* The basis and any note after the fixed columns. */
		snprintf(basis, sizeof basis, "%s%s%s", k->basis, k->note[0] ? "; " : "", k->note);
		p->y = save;
		if (visible(p))
			ui_text(sy(p), 2 + 14 + 10 + 10 + 6 + 10 + 5, basis, p->cols - 58, ui_attr(app, UA_DIM));
		p->y++;
	}
	if (d->unloaded_year) {
		char msg[160] = "注意: ";
		cal_provisional_text(d->unloaded_year, msg + strlen(msg), sizeof msg - strlen(msg));
		line(p, 2, msg, ui_attr(app, UA_SOON));
	}
}

static void draw_people(struct app *app, struct pen *p, const struct case_detail *d)
{
	struct strbuf sb = {0};

	heading(app, p, "经办");
	sb_printf(&sb, "调解员 %s · 仲裁员 %s · 援助律师 %s", d->row.mediator[0] ? d->row.mediator : "-",
		  d->row.arbitrator[0] ? d->row.arbitrator : "-", d->lawyer[0] ? d->lawyer : "-");
	line(p, 2, sb_str(&sb), A_NORMAL);
	if (d->hearing_at[0]) {
		sb.len = 0;
		sb_printf(&sb, "开庭 %s  %s", d->hearing_at, d->hearing_room);
		line(p, 2, sb_str(&sb), A_NORMAL);
	}
	sb.len = 0;
	sb_printf(&sb, "收案 %s · 来源 %s%s%s%s%s", d->row.received_on, d->row.source,
		  d->row.industry[0] ? " · 行业 " : "", d->row.industry,
		  d->project[0] ? " · 项目 " : "", d->project);
	line(p, 2, sb_str(&sb), A_NORMAL);
	if (d->missing_docs[0]) {
		sb.len = 0;
		sb_printf(&sb, "容缺受理, 待补: %s", d->missing_docs);
		line(p, 2, sb_str(&sb), ui_attr(app, UA_SOON));
	}
	if (d->row.outcome[0]) {
		sb.len = 0;
		sb_printf(&sb, "结案方式: %s", d->row.outcome);
		line(p, 2, sb_str(&sb), A_BOLD);
	}
	sb_free(&sb);
}

static void draw_journal(struct app *app, struct pen *p, struct casefile *c)
{
	heading(app, p, "办理记录");
	for (size_t i = 0; i < c->nj; i++) {
		const struct journal_row *r = &c->j[i];
		char when[24], who[96];
		snprintf(when, sizeof when, "%s", r->effective_on[0] ? r->effective_on : r->recorded_at);
		when[10] = 0;
		snprintf(who, sizeof who, "%s %s", r->actor, r->recorded_at);
		char *undone = r->undone ? xasprintf("[已撤销] %s", r->detail) : NULL;
		const char *v[] = {when, undone ? undone : r->detail ? r->detail : r->kind};
		const int w[] = {10, p->cols - 2 - 11 - 30};
		if (visible(p)) {
			cells(p, 2, v, w, NULL, 2, NULL);
			p->y--;
			ui_text(sy(p), p->cols - 29, who, 28, ui_attr(app, UA_DIM));
		}
		p->y++;
		free(undone);
	}
}

static void casefile_draw(struct app *app, void *st, int top, int rows, int cols, int *cy, int *cx)
{
	struct casefile *c = st;
	struct case_detail *d = c->d;
	struct strbuf sb = {0};
	struct pen p;

	*cy = *cx = -1;
	if (!d) {
		ui_text(top + 1, 2, "无法读取本案 (见下方提示)", cols - 4, ui_attr(app, UA_ERROR));
		return;
	}
	/* Two fixed lines: the case and its progress; the rest scrolls. */
	sb_printf(&sb, "%s  %s", d->row.case_no, d->row.track);
	if (d->collective)
		sb_puts(&sb, " · 集体");
	if (d->legal_aid)
		sb_puts(&sb, " · 法律援助");
	if (d->major)
		sb_puts(&sb, " · 挂牌督办");
	sb_printf(&sb, "  阶段: %s", stage_zh(d->row.stage));
	ui_text(top, 1, sb_str(&sb), cols - 2, A_BOLD);
	sb_free(&sb);
	p = (struct pen){.y = 0, .top = 0, .rows = 2, .cols = cols, .y0 = top + 1};
	progress(app, &p, d);
	draw_events(app, &p, c);

	/* The body: counted first (a pen that shows no line), so the pager
	 * knows its length at this width, then drawn from its top line. */
	for (int pass = 0; pass < 2; pass++) {
		p = (struct pen){.y = 0, .top = (int)c->body.top, .rows = pass ? rows - 3 : 0,
				 .cols = cols, .y0 = top + 3};
		draw_clocks(app, &p, c);
		draw_parties(app, &p, d);
		draw_claims(app, &p, d);
		draw_people(app, &p, d);
		draw_journal(app, &p, c);
		c->nlines = (size_t)p.y;
		list_frame(&c->body, rows - 3);
	}
}

/* ---- keys ---------------------------------------------------------- */

static unsigned casefile_action(struct app *app, void *st, enum action a)
{
	struct casefile *c = st;
	const struct action_def *def = action_def(a);
	struct tc_err e = {0};

	/* Moving is the body's (list.c). */
	if (!def || !def->event || !c->d)
		return RD_PASS;
	if (!c->stage_has[a]) {
		app_status(app, UA_ERROR, "本案现阶段「%s」不能「%s」", stage_zh(c->d->row.stage), def->bar);
		return RD_BODY;
	}
	/* The stage allows it; the role or the assignment may not. */
	if (wf_check(app->db, &app->actor, c->id, def->event, &e) != TC_OK) {
		app_error(app, &e);
		return RD_BODY;
	}
	evform_open(app, c->d, def->event);
	return RD_ALL;
}

static bool casefile_has(struct app *app, void *st, enum action a)
{
	struct casefile *c = st;
	const struct action_def *d = action_def(a);

	(void)app;
	if (d && d->event)
		return c->stage_has[a];
	return a != ACT_OPEN;
}

static unsigned casefile_reload(struct app *app, void *st)
{
	load(app, st);
	return RD_BODY;
}

static struct list *casefile_focus(void *st)
{
	return &((struct casefile *)st)->body;
}

static int64_t casefile_case(void *st)
{
	struct casefile *c = st;

	return c->d ? c->id : 0;
}

const struct screen_ops casefile_ops = {
	.name = "case",
	.title = "案件详情",
	.groups = AG_NAV | AG_LIST | AG_CASE | AG_EMPLOYER,
	.action = casefile_action,
	.draw = casefile_draw,
	.reload = casefile_reload,
	.has_action = casefile_has,
	.close = casefile_close,
	.focus = casefile_focus,
	.case_id = casefile_case,
};
