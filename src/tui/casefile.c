/*
 * casefile.c - 案件详情: one case whole, and every change to it from where
 * its data is shown.
 *
 * Two fixed lines (the case and its 立-调-审-结 progress, then the events
 * allowed now, one key each) over a body that scrolls: every clock with
 * its rule and basis; the parties with their numbers (a1, r1, t1),
 * representatives, addresses, legal representatives and agents; the
 * claims grouped by worker with claimed / agreed or awarded / paid and
 * 终局 per item, each worker's subtotal and the case total; the payments;
 * the case's 案由, applying side, 承办人, 容缺 documents and people; the
 * journal as a timeline, undone events marked.
 *
 * One thing in the body is selected (a party, an agent, a claim, a
 * payment, a line of the timeline...): j and k go from one to the next,
 * and the corrections act on it (correct.h: 更正当事人 on the selected
 * party, 变更请求 on the selected claim), each one key from the table in
 * keymap.c, shown beside the heading of the section it changes and only
 * to a user the core would let make it (corr_check).  Enter opens the
 * usual correction of the selected thing: the party's form, with the
 * cursor on its phone number.  Events open evform.c, corrections
 * corrform.c; both apply with the version shown here, and this screen
 * reloads when they close.
 */
#include "tui.h"
#include "list.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "tiaocai/calendar.h"
#include "tiaocai/case.h"
#include "tiaocai/clock.h"
#include "tiaocai/correct.h"
#include "tiaocai/date.h"
#include "tiaocai/journal.h"
#include "tiaocai/money.h"
#include "tiaocai/text.h"
#include "tiaocai/workflow.h"
#include "tiaocai/doc.h"

/* What a line of the body shows: a thing that can be selected, or none
 * (headings, blank lines, totals).  a and b say which: the index of the
 * party (and of its agent), of the claim, of the payment ... in the case. */
enum obj { OB_NONE, OB_CLOCK, OB_PARTY, OB_AGENT, OB_CLAIM, OB_PAYMENT, OB_INFO, OB_PEOPLE,
	   OB_DOCS, OB_DOCUMENT, OB_JOURNAL };
struct lobj {
	enum obj kind;
	int a, b;
};

struct casefile {
	int64_t id;
	struct case_detail *d;
	struct journal_row *j;
	size_t nj;
	struct doc_rec *docs;        /* the documents made (doc.h) */
	size_t ndocs;
	struct doc_need *needs;      /* and those still to make */
	size_t nneeds;
	bool stage_has[ACT_COUNT];   /* events the stage allows (for some role) */
	bool corr_ok[ACT_COUNT];     /* corrections this user may make now */
	struct list body;            /* the lines below the fixed ones */
	size_t nlines;               /* lines of the body at the last draw */
	struct lobj *objs;           /* what each of them shows */
	size_t objcap;
	struct lobj sel;             /* the thing selected (OB_NONE: the first party) */
	int soon_until;              /* deadlines up to it are near (clock_soon_until) */
};

static size_t body_lines(void *ctx)
{
	return ((struct casefile *)ctx)->nlines;
}

/* The body is a list of lines this screen draws itself (list_frame). */
static const struct list_source body_source = {
	.count = body_lines,
};

static bool same(struct lobj x, struct lobj y)
{
	return x.kind == y.kind && x.a == y.a && x.b == y.b;
}

static void unload(struct casefile *c)
{
	case_detail_free(c->d);
	journal_rows_free(c->j, c->nj);
	free(c->docs);
	free(c->needs);
	c->d = NULL;
	c->j = NULL;
	c->nj = 0;
	c->docs = NULL;
	c->needs = NULL;
	c->ndocs = c->nneeds = 0;
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

static bool is_correction(const struct action_def *d)
{
	return d && d->group == AG_CORRECT && d->event;
}

/* The corrections this user may make on the case as it stands (role,
 * assignment, a closed case): the others are not shown. */
static void corrections(struct app *app, struct casefile *c)
{
	memset(c->corr_ok, 0, sizeof c->corr_ok);
	if (!c->d || app->read_only)
		return;
	for (int a = 1; a < ACT_COUNT; a++) {
		const struct action_def *d = action_def((enum action)a);
		if (is_correction(d))
			c->corr_ok[a] = corr_check(app->db, &app->actor, c->id, d->event, NULL) == TC_OK;
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
	if (journal_of_case(app->db, c->id, &c->j, &c->nj, &e) != TC_OK ||
	    doc_list(app->db, &app->actor, c->id, &c->docs, &c->ndocs, &e) != TC_OK ||
	    doc_needed(app->db, c->id, &c->needs, &c->nneeds, &e) != TC_OK)
		app_error(app, &e);
	stage_events(app, c);
	corrections(app, c);
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
	list_init(&c->body, &body_source, c, false);
	load(app, c);
	return c;
}

static void casefile_close(void *st)
{
	struct casefile *c = st;
	list_free(&c->body);
	unload(c);
	free(c->objs);
	free(c);
}

/* ---- drawing ------------------------------------------------------- */

/* Body lines are produced in order; only those inside the window are
 * drawn.  y counts lines from the top of the case (not the screen).  A
 * pen of the body (c set) also notes what each line shows (counting) or
 * marks the selected thing's lines (drawing). */
struct pen {
	int y, top, rows, cols, y0;
	struct app *app;
	struct casefile *c;
	bool counting;
	struct lobj obj;             /* what the lines drawn now show */
};

static bool visible(const struct pen *p)
{
	return p->y >= p->top && p->y < p->top + p->rows;
}

static int sy(const struct pen *p)
{
	return p->y0 + p->y - p->top;
}

/* The line at p->y is drawn: note or mark it, and go to the next. */
static void emit(struct pen *p)
{
	struct casefile *c = p->c;

	if (c && p->counting) {
		c->objs = xgrow(c->objs, &c->objcap, (size_t)p->y + 1, sizeof *c->objs);
		c->objs[p->y] = p->obj;
	} else if (c && visible(p) && p->obj.kind != OB_NONE && same(p->obj, c->sel)) {
		attr_t a = ui_attr(p->app, UA_SELECTED);
		mvchgat(sy(p), 1, p->cols - 2, a & ~A_COLOR, (short)PAIR_NUMBER(a), NULL);
	}
	p->y++;
}

static void line(struct pen *p, int x, const char *s, attr_t a)
{
	if (visible(p))
		ui_text(sy(p), x, s, p->cols - x - 1, a);
	emit(p);
}

/* A section's heading, with the keys that change what it shows. */
static void heading(struct app *app, struct pen *p, const char *s, const enum action *acts,
		    size_t nacts)
{
	int x = 1;

	p->obj = (struct lobj){OB_NONE, 0, 0};
	emit(p); /* a blank line before each section */
	if (visible(p)) {
		char open[32], *sp;
		/* The first action of a section is what its open key does too. */
		keymap_keys(ACT_OPEN, open, sizeof open);
		if ((sp = strstr(open, " / ")))
			*sp = 0;
		x += ui_text(sy(p), x, s, p->cols - x - 1, ui_attr(app, UA_HEADING)) + 2;
		for (size_t i = 0; i < nacts; i++) {
			char keys[32], hint[96];
			if (!app_action_visible(app, &casefile_ops, p->c, acts[i]))
				continue;
			keymap_keys(acts[i], keys, sizeof keys);
			if ((sp = strstr(keys, " / ")))
				*sp = 0;
			snprintf(hint, sizeof hint, "%s%s%s %s", acts[i] == ACT_CO_PARTY_EDIT ||
				 acts[i] == ACT_CO_CLAIM_EDIT ? open : "", acts[i] == ACT_CO_PARTY_EDIT ||
				 acts[i] == ACT_CO_CLAIM_EDIT ? "/" : "", keys, action_def(acts[i])->bar);
			if (x + text_width(hint) >= p->cols - 1)
				break;
			x += ui_text(sy(p), x, hint, p->cols - x - 1, ui_attr(app, UA_DIM)) + 2;
		}
	}
	emit(p);
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
	emit(p);
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

static void draw_clocks(struct app *app, struct pen *p, struct casefile *c)
{
	const struct case_detail *d = c->d;
	static const int w[] = {14, 10, 10, 6, 10};
	static const bool right[] = {false, false, false, true, false};
	const char *head[] = {"期限", "起算", "届满", "剩余", "规则"};
	attr_t ha[5] = {A_BOLD, A_BOLD, A_BOLD, A_BOLD, A_BOLD};

	heading(app, p, "期限", NULL, 0);
	if (d->nclocks == 0) {
		line(p, 2, d->row.stage == STAGE_CLOSED ? "已结案, 期限不再计算" : "没有正在计算的期限",
		     ui_attr(app, UA_DIM));
		return;
	}
	cells(p, 2, head, w, right, 5, ha);
	for (size_t i = 0; i < d->nclocks; i++) {
		const struct case_clock *k = &d->clocks[i];
		char left[16], rule[32], basis[400];
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
		/* The basis and any note after the fixed columns. */
		snprintf(basis, sizeof basis, "%s%s%s", k->basis, k->note[0] ? "; " : "", k->note);
		if (visible(p))
			ui_text(sy(p), 2 + 14 + 10 + 10 + 6 + 10 + 5, basis, p->cols - 58, ui_attr(app, UA_DIM));
		const char *v[] = {k->label, k->start, k->due, left, rule};
		p->obj = (struct lobj){OB_CLOCK, (int)i, 0};
		cells(p, 2, v, w, right, 5, a);
	}
	p->obj = (struct lobj){OB_NONE, 0, 0};
	if (d->unloaded_year) {
		char msg[160] = "注意: ";
		cal_provisional_text(d->unloaded_year, msg + strlen(msg), sizeof msg - strlen(msg));
		line(p, 2, msg, ui_attr(app, UA_SOON));
	}
}

static enum party_side side_of(const struct case_party *q)
{
	return q->side[0] == 'a' ? SIDE_APPLICANT : q->side[0] == 'r' ? SIDE_RESPONDENT : SIDE_THIRD;
}

/* A natural person (an ID number, or an applicant of a worker's case). */
static bool person(const struct case_detail *d, const struct case_party *q)
{
	return q->id_no[0] || (side_of(q) == SIDE_APPLICANT && strcmp(d->applicant_side, "employer") != 0);
}

static const enum action party_keys[] = {ACT_CO_PARTY_EDIT, ACT_CO_PARTY_ADD, ACT_CO_PARTY_REMOVE,
					 ACT_CO_AGENT_ADD, ACT_CO_AGENT_REMOVE};

/*
 * One line a party: its number, name and what identifies it (a worker's
 * sex, ID and phone; an organisation's place in the chain and credit
 * code), then a line each for a legal representative (with an
 * organisation's phone), the addresses and each agent.
 */
static void draw_parties(struct app *app, struct pen *p, const struct case_detail *d)
{
	int nw[3] = {4, 4, 4};
	const char *title[3] = {"申请人", "被申请人", "第三人"};
	struct strbuf sb = {0};

	heading(app, p, "当事人", party_keys, sizeof party_keys / sizeof party_keys[0]);
	/* The names of one side line up; each side as wide as it needs. */
	for (size_t i = 0; i < d->nparties; i++) {
		int s = side_of(&d->parties[i]), w = text_width(d->parties[i].name);
		if (w > nw[s])
			nw[s] = w < 28 ? w : 28;
	}
	for (size_t i = 0; i < d->nparties; i++) {
		const struct case_party *q = &d->parties[i];
		enum party_side s = side_of(q);
		bool man = person(d, q);

		if (i == 0 || side_of(&d->parties[i - 1]) != s) {
			/* The side's name above its first party. */
			p->obj = (struct lobj){OB_NONE, 0, 0};
			sb.len = 0;
			sb_printf(&sb, "%s", title[s]);
			if (s == SIDE_APPLICANT && d->row.workers > 1)
				sb_printf(&sb, " (%d 名%s)", d->row.workers, d->collective ? ", 集体争议" : "");
			line(p, 2, sb_str(&sb), A_BOLD);
		}
		p->obj = (struct lobj){OB_PARTY, (int)i, 0};
		sb.len = 0;
		if (man)
			sb_printf(&sb, "%s%s身份证 %s  电话 %s%s", q->sex, q->sex[0] ? "  " : "",
				  q->id_no[0] ? q->id_no : "-", q->phone[0] ? q->phone : "-",
				  q->representative ? "  代表人" : "");
		else
			sb_printf(&sb, "%s%s信用代码 %s", q->chain_role, q->chain_role[0] ? "  " : "",
				  q->uscc[0] ? q->uscc : "-");
		if (visible(p)) {
			int x = 2;
			ui_text(sy(p), x, q->ref, 3, A_BOLD);
			ui_cell(sy(p), x + 4, q->name, nw[s], false, A_NORMAL);
			x += 4 + nw[s] + 2;
			ui_text(sy(p), x, sb_str(&sb), p->cols - x - 1, A_NORMAL);
		}
		emit(p);
		/* What documents need: who answers for an organisation, where
		 * the party lives and where papers go. */
		if (q->legal_rep[0] || (!man && q->phone[0])) {
			sb.len = 0;
			if (q->legal_rep[0])
				sb_printf(&sb, "法定代表人 %s%s%s%s  ", q->legal_rep,
					  q->legal_rep_title[0] ? " (" : "", q->legal_rep_title,
					  q->legal_rep_title[0] ? ")" : "");
			if (!man)
				sb_printf(&sb, "电话 %s", q->phone[0] ? q->phone : "-");
			line(p, 6, sb_str(&sb), A_NORMAL);
		}
		if (q->address[0]) {
			sb.len = 0;
			sb_printf(&sb, "住所 %s", q->address);
			line(p, 6, sb_str(&sb), A_NORMAL);
		}
		if (q->service_address[0]) {
			sb.len = 0;
			sb_printf(&sb, "送达地址 %s", q->service_address);
			line(p, 6, sb_str(&sb), A_NORMAL);
		}
		for (size_t k = 0; k < q->nagents; k++) {
			const struct case_agent *g = &q->agents[k];
			p->obj = (struct lobj){OB_AGENT, (int)i, (int)k};
			sb.len = 0;
			sb_printf(&sb, "委托代理人 %s (%s)", g->name, g->kind);
			if (g->phone[0])
				sb_printf(&sb, "  电话 %s", g->phone);
			if (g->lawyer[0])
				sb_printf(&sb, "  登录名 %s", g->lawyer);
			line(p, 6, sb_str(&sb), A_NORMAL);
		}
	}
	p->obj = (struct lobj){OB_NONE, 0, 0};
	sb_free(&sb);
}

/* "2026-06-20~08-18": a wage period, its second year left out when it is
 * the first's. */
static void period(const struct case_claim *k, char *buf, size_t size)
{
	if (!k->from[0] && !k->to[0])
		buf[0] = 0;
	else if (k->from[0] && k->to[0] && strncmp(k->from, k->to, 5) == 0)
		snprintf(buf, size, "%s~%s", k->from, k->to + 5);
	else
		snprintf(buf, size, "%s~%s", k->from, k->to);
}

static const int claim_w[] = {3, 10, 12, 12, 12, 6, 21};
static const bool claim_right[] = {true, false, true, true, true, false, false};

/* A subtotal or total line: claimed, agreed or awarded (when any item
 * has it), paid. */
static void claim_sum(struct pen *p, const char *label, int64_t claimed, int64_t resolved,
		      bool any_resolved, int64_t paid)
{
	char a[MONEY_BUF], r[MONEY_BUF], pd[MONEY_BUF];
	const attr_t at[] = {A_BOLD, A_BOLD, A_BOLD, A_BOLD, A_BOLD};

	money_display(claimed, a);
	if (any_resolved)
		money_display(resolved, r);
	else
		snprintf(r, sizeof r, "-");
	if (paid > 0)
		money_display(paid, pd);
	else
		snprintf(pd, sizeof pd, "-");
	const char *v[] = {"", label, a, r, pd};
	cells(p, 2, v, claim_w, claim_right, 5, at);
}

static const enum action claim_keys[] = {ACT_CO_CLAIM_EDIT, ACT_CO_CLAIM_ADD, ACT_CO_CLAIM_REMOVE};

/*
 * The claims, grouped by the worker they belong to (the case's own items
 * last), each item with claimed, agreed or awarded, paid and 终局; a
 * subtotal per worker where there are several, and the case total.
 */
static void draw_claims(struct app *app, struct pen *p, const struct case_detail *d)
{
	const char *head[] = {"项", "类别", "请求金额", "调解/裁决", "已支付", "终局", "期间"};
	attr_t ha[7];
	int64_t sum = 0, rsum = 0;
	bool rany = false;
	size_t ngroups = 0;

	heading(app, p, "仲裁请求", claim_keys, sizeof claim_keys / sizeof claim_keys[0]);
	for (int i = 0; i < 7; i++)
		ha[i] = A_BOLD;
	cells(p, 2, head, claim_w, claim_right, 7, ha);
	/* The groups: each applicant with claims, in party order, then "". */
	for (size_t g = 0; g <= d->nparties; g++) {
		const char *owner = g < d->nparties ? d->parties[g].ref : "";
		size_t n = 0;
		for (size_t i = 0; i < d->nclaims; i++)
			n += strcmp(d->claims[i].party, owner) == 0;
		ngroups += n > 0;
	}
	for (size_t g = 0; g <= d->nparties; g++) {
		const char *owner = g < d->nparties ? d->parties[g].ref : "";
		int64_t gsum = 0, grsum = 0, gpaid = 0;
		bool grany = false;
		size_t n = 0;

		for (size_t i = 0; i < d->nclaims; i++) {
			const struct case_claim *k = &d->claims[i];
			char pos[8], a[MONEY_BUF], r[MONEY_BUF], pd[MONEY_BUF], per[32];
			if (strcmp(k->party, owner) != 0)
				continue;
			if (n++ == 0 && ngroups > 1) {
				char who[TEXT_BYTES(TEXT_MAX_ORG) + 16];
				if (*owner)
					snprintf(who, sizeof who, "%s %s", owner, d->parties[g].name);
				else
					snprintf(who, sizeof who, "全案 (不分申请人)");
				line(p, 2, who, A_BOLD);
			}
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
			period(k, per, sizeof per);
			const char *v[] = {pos, k->kind, a, r, pd,
					   k->final == 1 ? "终局" : k->final == 0 ? "非终局" : "", per};
			p->obj = (struct lobj){OB_CLAIM, (int)i, 0};
			cells(p, 2, v, claim_w, claim_right, 7, NULL);
			p->obj = (struct lobj){OB_NONE, 0, 0};
			gsum += k->amount;
			gpaid += k->paid;
			if (k->resolved >= 0) {
				grsum += k->resolved;
				grany = true;
			}
		}
		if (n > 1 && ngroups > 1)
			claim_sum(p, "小计", gsum, grsum, grany, gpaid);
		sum += gsum;
		rsum += grsum;
		rany = rany || grany;
	}
	/* The case's paid total counts payments made to no item too. */
	if (d->nclaims > 1 || d->paid > 0)
		claim_sum(p, "合计", sum, rsum, rany, d->paid);
}

static void draw_payments(struct app *app, struct pen *p, const struct case_detail *d)
{
	static const enum action keys[] = {ACT_CO_PAY};
	struct strbuf sb = {0};
	char m[MONEY_BUF];

	heading(app, p, "履行付款", keys, 1);
	if (d->npayments == 0) {
		line(p, 2, "尚无付款记录", ui_attr(app, UA_DIM));
		return;
	}
	for (size_t i = 0; i < d->npayments; i++) {
		const struct case_payment *y = &d->payments[i];
		static const int w[] = {10, 12, 8, 60};
		static const bool right[] = {false, true, false, false};
		char item[16];
		if (y->item)
			snprintf(item, sizeof item, "第 %d 项", y->item);
		else
			snprintf(item, sizeof item, "全案");
		sb.len = 0;
		if (y->by[0])
			sb_printf(&sb, "付款人 %s  ", y->by);
		sb_puts(&sb, y->note);
		const char *v[] = {y->on, money_display(y->amount, m), item, sb_str(&sb)};
		p->obj = (struct lobj){OB_PAYMENT, (int)i, 0};
		cells(p, 2, v, w, right, 4, NULL);
	}
	p->obj = (struct lobj){OB_NONE, 0, 0};
	sb_free(&sb);
}

/* 文书: each document made (served or not), then what is still to make. */
static void draw_documents(struct app *app, struct pen *p, const struct casefile *c)
{
	static const enum action keys[] = {ACT_DOCUMENTS};
	static const int w[] = {4, 22, 24, 10, 24};
	struct strbuf sb = {0};
	char no[16];

	/* A case that has and needs none (not yet accepted) has no section. */
	if (c->ndocs == 0 && c->nneeds == 0)
		return;
	heading(app, p, "文书", keys, 1);
	for (size_t i = 0; i < c->ndocs; i++) {
		const struct doc_rec *r = &c->docs[i];
		if (r->superseded)
			continue;
		snprintf(no, sizeof no, "%d", r->no);
		sb.len = 0;
		if (r->served_on[0])
			sb_printf(&sb, "%s %s送达", r->served_on, r->method);
		else
			sb_puts(&sb, "未送达");
		const char *v[] = {no, r->zh, r->to_name, r->made_on, sb_str(&sb)};
		const attr_t a[] = {A_NORMAL, A_NORMAL, A_NORMAL, A_NORMAL,
				    r->served_on[0] ? A_NORMAL : ui_attr(app, UA_SOON)};
		p->obj = (struct lobj){OB_DOCUMENT, r->no, 0};
		cells(p, 2, v, w, NULL, 5, a);
	}
	for (size_t i = 0; i < c->nneeds; i++) {
		const struct doc_need *n = &c->needs[i];
		const char *v[] = {"", n->kind->zh, n->to_name, "", "待制作"};
		const attr_t a[] = {A_NORMAL, A_NORMAL, A_NORMAL, A_NORMAL, ui_attr(app, UA_SOON)};
		p->obj = (struct lobj){OB_DOCUMENT, 0, (int)i};
		cells(p, 2, v, w, NULL, 5, a);
	}
	p->obj = (struct lobj){OB_NONE, 0, 0};
	sb_free(&sb);
}

static const enum action info_keys[] = {ACT_CO_EDIT, ACT_CO_ASSIGN, ACT_CO_LINK, ACT_CO_DOCS};

/* The case itself: 案由, who applied, where from; who holds it; the 容缺
 * documents; the outcome. */
static void draw_info(struct app *app, struct pen *p, const struct case_detail *d)
{
	struct strbuf sb = {0};

	heading(app, p, "案件信息", info_keys, sizeof info_keys / sizeof info_keys[0]);
	p->obj = (struct lobj){OB_INFO, 0, 0};
	sb_printf(&sb, "收案 %s · 案由 %s · 申请方 %s · 来源 %s", d->row.received_on,
		  d->cause[0] ? d->cause : "-",
		  strcmp(d->applicant_side, "employer") == 0 ? "用人单位" : "劳动者", d->row.source);
	line(p, 2, sb_str(&sb), A_NORMAL);
	if (d->row.industry[0] || d->project[0]) {
		sb.len = 0;
		sb_printf(&sb, "行业 %s%s%s", d->row.industry[0] ? d->row.industry : "-",
			  d->project[0] ? " · 项目 " : "", d->project);
		line(p, 2, sb_str(&sb), A_NORMAL);
	}
	p->obj = (struct lobj){OB_PEOPLE, 0, 0};
	sb.len = 0;
	if (d->clerk[0])
		sb_printf(&sb, "承办人 %s (%s)", d->clerk_name[0] ? d->clerk_name : d->clerk, d->clerk);
	else
		sb_puts(&sb, "承办人 未指定");
	sb_printf(&sb, " · 调解员 %s · 仲裁员 %s · 援助律师 %s", d->row.mediator[0] ? d->row.mediator : "-",
		  d->row.arbitrator[0] ? d->row.arbitrator : "-", d->lawyer[0] ? d->lawyer : "-");
	line(p, 2, sb_str(&sb), A_NORMAL);
	if (d->tribunal.formed) {
		sb.len = 0;
		sb_puts(&sb, "仲裁庭 ");
		tribunal_describe(&d->tribunal, &sb);
		if (d->tribunal.formed_on[0])
			sb_printf(&sb, " (%s 组庭)", d->tribunal.formed_on);
		line(p, 2, sb_str(&sb), A_NORMAL);
	}
	/* Every hearing: its number, time, room and status; what is still
	 * to come stands out. */
	for (size_t i = 0; i < d->nhearings; i++) {
		const struct hearing *h = &d->hearings[i];
		sb.len = 0;
		sb_printf(&sb, "第 %d 次开庭 %s-%s  %s  %s", h->no, h->at, h->end_at + 11,
			  h->room[0] ? h->room : "地点未载", hearing_status_on(h, app->today));
		if (h->absent[0])
			sb_printf(&sb, " (%s未到庭)", strcmp(h->absent, "both") == 0 ? "双方"
				  : strcmp(h->absent, "applicant") == 0 ? "申请人" : "被申请人");
		if (h->status_reason[0] && h->status != HEARING_SCHEDULED)
			sb_printf(&sb, ": %s", h->status_reason);
		line(p, 2, sb_str(&sb), h->status == HEARING_SCHEDULED ? A_BOLD : A_NORMAL);
	}
	/* 容缺受理: what is missing and by when, or when it came in. */
	if (d->missing_docs[0]) {
		int due = date_from_iso(d->docs_due);
		p->obj = (struct lobj){OB_DOCS, 0, 0};
		sb.len = 0;
		sb_printf(&sb, "容缺受理, 待补: %s", d->missing_docs);
		if (d->docs_due[0])
			sb_printf(&sb, "  (限 %s 前补齐%s)", d->docs_due,
				  due != DATE_NONE && due < app->today ? ", 已逾期" : "");
		line(p, 2, sb_str(&sb), ui_attr(app, due != DATE_NONE && due < app->today ? UA_OVERDUE
						      : UA_SOON));
	} else if (d->docs_received_on[0]) {
		p->obj = (struct lobj){OB_DOCS, 0, 0};
		sb.len = 0;
		sb_printf(&sb, "容缺受理的材料已于 %s 补齐", d->docs_received_on);
		line(p, 2, sb_str(&sb), ui_attr(app, UA_OK));
	}
	p->obj = (struct lobj){OB_NONE, 0, 0};
	if (d->row.outcome[0]) {
		sb.len = 0;
		sb_printf(&sb, "结案方式: %s", d->row.outcome);
		line(p, 2, sb_str(&sb), A_BOLD);
	}
	sb_free(&sb);
}

static const enum action journal_keys[] = {ACT_CO_NOTE, ACT_CO_REVERT};

static void draw_journal(struct app *app, struct pen *p, struct casefile *c)
{
	/* Who, and on a wide screen when it was recorded, at the right. */
	int ww = p->cols >= 100 ? 30 : 12;

	heading(app, p, "办理记录", journal_keys, sizeof journal_keys / sizeof journal_keys[0]);
	for (size_t i = 0; i < c->nj; i++) {
		const struct journal_row *r = &c->j[i];
		char when[24], who[96];
		snprintf(when, sizeof when, "%s", r->effective_on[0] ? r->effective_on : r->recorded_at);
		when[10] = 0;
		snprintf(who, sizeof who, "%s%s%s", r->actor, ww > 12 ? " " : "", ww > 12 ? r->recorded_at : "");
		/* An event undone by a revert stays in the timeline, marked. */
		char *undone = r->undone ? xasprintf("[已撤销] %s", r->detail ? r->detail : r->kind) : NULL;
		const char *v[] = {when, undone ? undone : r->detail ? r->detail : r->kind};
		const int w[] = {10, p->cols - 2 - 11 - ww - 2};
		const attr_t a[] = {A_NORMAL, r->undone ? ui_attr(app, UA_DIM) : A_NORMAL};
		if (visible(p))
			ui_text(sy(p), p->cols - ww - 1, who, ww, ui_attr(app, UA_DIM));
		p->obj = (struct lobj){OB_JOURNAL, (int)i, 0};
		cells(p, 2, v, w, NULL, 2, a);
		free(undone);
	}
	p->obj = (struct lobj){OB_NONE, 0, 0};
}

static void draw_body(struct app *app, struct pen *p, struct casefile *c)
{
	draw_clocks(app, p, c);
	draw_parties(app, p, c->d);
	draw_claims(app, p, c->d);
	draw_payments(app, p, c->d);
	draw_documents(app, p, c);
	draw_info(app, p, c->d);
	draw_journal(app, p, c);
}

/* ---- the selected thing -------------------------------------------- */

/* The first line showing o, or LIST_NONE. */
static size_t line_of(const struct casefile *c, struct lobj o)
{
	for (size_t i = 0; i < c->nlines; i++)
		if (same(c->objs[i], o))
			return i;
	return LIST_NONE;
}

/* The first line showing a thing of kind k (OB_NONE: any), or LIST_NONE. */
static size_t first_of(const struct casefile *c, enum obj k)
{
	for (size_t i = 0; i < c->nlines; i++)
		if (c->objs[i].kind != OB_NONE && (k == OB_NONE || c->objs[i].kind == k))
			return i;
	return LIST_NONE;
}

/* Select the thing on line i, all its lines in view when they fit. */
static void select_line(struct casefile *c, size_t i)
{
	size_t last = i;

	if (i >= c->nlines)
		return;
	c->sel = c->objs[i];
	while (last + 1 < c->nlines && same(c->objs[last + 1], c->sel))
		last++;
	list_select(&c->body, last);
	list_select(&c->body, i);
}

/* The selected thing's line, after a reload or the first count: the same
 * thing if it is still there, else the first party. */
static void place(struct casefile *c)
{
	size_t i = c->sel.kind != OB_NONE ? line_of(c, c->sel) : LIST_NONE;

	if (i == LIST_NONE)
		i = first_of(c, OB_PARTY);
	if (i == LIST_NONE)
		i = first_of(c, OB_NONE);
	if (i != LIST_NONE)
		select_line(c, i);
}

/* j and k: the next or the previous thing; past the first one the lines
 * above it come into view. */
static void step(struct casefile *c, int dir)
{
	size_t i = list_selected(&c->body);

	if (i == LIST_NONE)
		return;
	if (dir > 0) {
		for (size_t k = i + 1; k < c->nlines; k++)
			if (c->objs[k].kind != OB_NONE && !same(c->objs[k], c->sel)) {
				select_line(c, k);
				return;
			}
		/* The last: show the lines after it. */
		c->body.top = c->nlines;
		list_frame(&c->body, c->body.height);
		return;
	}
	for (size_t k = i; k-- > 0;)
		if (c->objs[k].kind != OB_NONE && !same(c->objs[k], c->sel)) {
			/* Up to the first line of that thing. */
			struct lobj o = c->objs[k];
			while (k > 0 && same(c->objs[k - 1], o))
				k--;
			select_line(c, k);
			return;
		}
	c->body.top = 0;
}

/* After a page or an end: the thing nearest the line the list moved to. */
static void snap(struct casefile *c, enum action a)
{
	size_t i = list_selected(&c->body);

	if (i == LIST_NONE)
		return;
	if (a == ACT_FIRST) {
		i = first_of(c, OB_NONE);
		if (i != LIST_NONE)
			select_line(c, i);
		c->body.top = 0;
		return;
	}
	for (size_t k = 0; k < c->nlines; k++) {
		size_t fwd = i + k, back = i >= k ? i - k : LIST_NONE;
		size_t pick = a == ACT_PGUP ? back : fwd;
		size_t other = a == ACT_PGUP ? fwd : back;
		if (pick < c->nlines && c->objs[pick].kind != OB_NONE) {
			c->sel = c->objs[pick];
			return;
		}
		if (other < c->nlines && c->objs[other].kind != OB_NONE) {
			c->sel = c->objs[other];
			return;
		}
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
	p = (struct pen){.y = 0, .top = 0, .rows = 2, .cols = cols, .y0 = top + 1, .app = app};
	progress(app, &p, d);
	draw_events(app, &p, c);

	/* The body: counted first (a pen that shows no line, noting what
	 * each line shows), so the list knows its length and where the
	 * selected thing stands, then drawn from its top line. */
	p = (struct pen){.cols = cols, .app = app, .c = c, .counting = true};
	draw_body(app, &p, c);
	c->nlines = (size_t)p.y;
	list_frame(&c->body, rows - 3);
	place(c);
	p = (struct pen){.top = (int)c->body.top, .rows = rows - 3, .cols = cols, .y0 = top + 3,
			 .app = app, .c = c};
	draw_body(app, &p, c);
}

/* ---- keys ---------------------------------------------------------- */

static const struct case_party *sel_party(const struct casefile *c)
{
	if ((c->sel.kind == OB_PARTY || c->sel.kind == OB_AGENT) && (size_t)c->sel.a < c->d->nparties)
		return &c->d->parties[c->sel.a];
	if (c->sel.kind == OB_CLAIM && (size_t)c->sel.a < c->d->nclaims) {
		for (size_t i = 0; i < c->d->nparties; i++)
			if (strcmp(c->d->parties[i].ref, c->d->claims[c->sel.a].party) == 0)
				return &c->d->parties[i];
	}
	return NULL;
}

static const struct case_claim *sel_claim(const struct casefile *c)
{
	if (c->sel.kind == OB_CLAIM && (size_t)c->sel.a < c->d->nclaims)
		return &c->d->claims[c->sel.a];
	return NULL;
}

/* A correction that needs a thing selected and none is: select the first
 * of its kind and say what to do. */
static unsigned choose(struct app *app, struct casefile *c, enum obj kind, const char *what,
		       enum action a)
{
	size_t i = first_of(c, kind);
	char keys[32], *sp;

	keymap_keys(a, keys, sizeof keys);
	if ((sp = strstr(keys, " / ")))
		*sp = 0;
	if (i == LIST_NONE) {
		app_status(app, UA_ERROR, "本案没有%s", what);
		return RD_BODY;
	}
	select_line(c, i);
	app_status(app, UA_SOON, "请先用 j/k 选中%s, 再按 %s (%s)", what, keys, action_def(a)->bar);
	return RD_BODY;
}

/* Open correction a on what is selected. */
static unsigned correct(struct app *app, struct casefile *c, enum action a)
{
	const struct action_def *def = action_def(a);
	const struct case_party *q = sel_party(c);
	const struct case_claim *k = sel_claim(c);
	struct corr_target t = {0};
	struct tc_err e = {0};

	if (!c->corr_ok[a]) {
		/* The core says why not (role, assignment, a closed case). */
		if (corr_check(app->db, &app->actor, c->id, def->event, &e) != TC_OK)
			app_error(app, &e);
		else
			app_status(app, UA_ERROR, "这里不能%s", def->bar);
		return RD_BODY;
	}
	switch (a) {
	case ACT_CO_PARTY_EDIT:
	case ACT_CO_PARTY_REMOVE:
	case ACT_CO_AGENT_ADD:
		if ((c->sel.kind != OB_PARTY && c->sel.kind != OB_AGENT) || !q)
			return choose(app, c, OB_PARTY, "当事人", a);
		t.party = q->ref;
		break;
	case ACT_CO_AGENT_REMOVE:
		/* (The case may have been reloaded since the selection was drawn.) */
		if (!q) {
			return choose(app, c, OB_AGENT, "委托代理人", a);
		} else if (c->sel.kind == OB_PARTY && q->nagents == 1) {
			t.agent = q->agents[0].name;
		} else if (c->sel.kind == OB_AGENT && (size_t)c->sel.b < q->nagents) {
			t.agent = q->agents[c->sel.b].name;
		} else {
			return choose(app, c, OB_AGENT, "委托代理人", a);
		}
		t.party = q->ref;
		break;
	case ACT_CO_CLAIM_EDIT:
	case ACT_CO_CLAIM_REMOVE:
		if (!k)
			return choose(app, c, OB_CLAIM, "请求", a);
		t.item = k->pos;
		break;
	case ACT_CO_CLAIM_ADD:
		/* For the worker selected, or the worker of the claim selected. */
		if (q && strcmp(q->side, "applicant") == 0)
			t.party = q->ref;
		break;
	case ACT_CO_PAY:
		if (k)
			t.item = k->pos;
		break;
	default:
		break;
	}
	corrform_open(app, c->d, def->event, &t);
	return RD_ALL;
}

/* Enter: the usual correction of the selected thing. */
static unsigned open_selected(struct app *app, struct casefile *c)
{
	static const struct {
		enum obj kind;
		enum action act;
	} usual[] = {
		{OB_PARTY, ACT_CO_PARTY_EDIT}, {OB_AGENT, ACT_CO_PARTY_EDIT}, {OB_CLAIM, ACT_CO_CLAIM_EDIT},
		{OB_INFO, ACT_CO_EDIT},        {OB_PEOPLE, ACT_CO_ASSIGN},    {OB_DOCS, ACT_CO_DOCS},
		{OB_PAYMENT, ACT_CO_PAY},
	};

	if (c->sel.kind == OB_DOCUMENT) {
		/* The documents screen, on the one chosen. */
		void *st = documents_open(app, c->id, c->d->row.case_no);
		app_push(app, &documents_ops, st);
		if (c->sel.a)
			documents_select(st, c->sel.a);
		return RD_ALL;
	}
	if (c->sel.kind == OB_JOURNAL && (size_t)c->sel.a < c->nj) {
		/* The whole line, however long, in the status line. */
		const struct journal_row *r = &c->j[c->sel.a];
		app_status(app, r->undone ? UA_DIM : UA_NORMAL, "%s%.10s %s: %s", r->undone ? "[已撤销] " : "",
			   r->effective_on[0] ? r->effective_on : r->recorded_at, r->actor,
			   r->detail ? r->detail : r->kind);
		return RD_BODY;
	}
	for (size_t i = 0; i < sizeof usual / sizeof usual[0]; i++)
		if (usual[i].kind == c->sel.kind && app_has_action(app, usual[i].act))
			return correct(app, c, usual[i].act);
	return RD_NONE;
}

static unsigned casefile_action(struct app *app, void *st, enum action a)
{
	struct casefile *c = st;
	const struct action_def *def = action_def(a);
	struct tc_err e = {0};

	if (!c->d)
		return RD_PASS;
	switch (a) {
	case ACT_DOWN:
	case ACT_UP:
		step(c, a == ACT_DOWN ? 1 : -1);
		return RD_BODY;
	case ACT_PGDN:
	case ACT_PGUP:
	case ACT_FIRST:
	case ACT_LAST:
		list_move(app, &c->body, a);
		snap(c, a);
		return RD_BODY;
	case ACT_OPEN:
		return open_selected(app, c);
	default:
		break;
	}
	if (is_correction(def))
		return correct(app, c, a);
	if (!def || !def->event || def->group != AG_CASE)
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
	if (!c->d)
		return !d || !d->event;
	if (is_correction(d)) {
		if (!c->corr_ok[a])
			return false;
		/* Offered where there is something for it. */
		if (a == ACT_CO_DOCS)
			return c->d->missing_docs[0] != '\0';
		if (a == ACT_CO_CLAIM_REMOVE)
			return c->d->nclaims > 1;
		if (a == ACT_CO_AGENT_REMOVE) {
			for (size_t i = 0; i < c->d->nparties; i++)
				if (c->d->parties[i].nagents)
					return true;
			return false;
		}
		return true;
	}
	if (d && d->event)
		return c->stage_has[a];
	return true;
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
	.groups = AG_NAV | AG_LIST | AG_CASE | AG_CORRECT | AG_EMPLOYER,
	.action = casefile_action,
	.draw = casefile_draw,
	.reload = casefile_reload,
	.has_action = casefile_has,
	.close = casefile_close,
	.focus = casefile_focus,
	.case_id = casefile_case,
};
