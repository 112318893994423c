/*
 * dashboard.c - 首页: the first screen, today's work at a glance.
 *
 * The four 快 as numbers, open cases by stage, then six lists: clocks
 * overdue, due today, due within three working days, the hearings of
 * today and tomorrow, the documents made and not yet served (待送达), and
 * the hearings of the next two weeks a party was not properly notified of
 * (未依法通知, naming them).  The lists share the rows the terminal has, each
 * naming its total.  Each is a list widget (list.h) with its own top and
 * selected row; one has the focus, and the keys move in it as in any list
 * (PgDn is its next page), `]` and `[` give the focus to the next or the
 * previous list, j/k walk on from the end of one list into the next, and
 * Enter opens the case.  A clerk, a mediator or an arbitrator sees their
 * own cases first (those they are 承办人 of, mediate or hear), and `o`
 * switches to the office's figures and back; the label at the right of
 * the first line says which.  The figures come whole from dash_get_scope
 * (dash.h); nothing here counts or computes a deadline.  The app reloads
 * the screen every minute and when another clerk commits, so "剩余" is
 * right the next morning.
 */
#include "tui.h"
#include "list.h"
#include "tiaocai/case.h"
#include "tiaocai/calendar.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tiaocai/dash.h"
#include "tiaocai/date.h"
#include "tiaocai/text.h"

#define NLISTS 6
#define HEARINGS 3               /* the index of the hearings list */
#define UNSERVED 4               /* 待送达 */
#define UNNOTIFIED 5             /* 未依法通知 */

static const struct {
	const char *title, *empty;
} lists[NLISTS] = {
	{"超期", "无超期案件"},
	{"今日到期", "今日无到期案件"},
	{"3个工作日内到期", "无案件到期"},
	{"今明两天开庭", "无开庭安排"},
	{"待送达", "无待送达文书"},
	{"未依法通知", "两周内的开庭均已依法通知"},
};

struct dashboard;

/* One of the lists, as the list widget's source. */
struct dlist {
	struct dashboard *s;
	int i;                   /* which: 0..NLISTS-1 */
	struct list l;
};

struct dashboard {
	struct dash d;
	enum dash_scope scope;   /* asked for: the user's own cases or the office's */
	size_t limit;            /* rows asked for per list */
	struct dlist lists[NLISTS];
	int focus;               /* the list with the focus, -1 when all are empty */
};

static struct dash_list *list_at(struct dash *d, int i)
{
	switch (i) {
	case 0: return &d->overdue;
	case 1: return &d->due_today;
	case 2: return &d->due_soon;
	case HEARINGS: return &d->hearings;
	case UNSERVED: return &d->unserved;
	default: return &d->unnotified;
	}
}

/* Whether row k of list i is the same clock of the same case as row j
 * of the same list in the old figures o (the case is listed once, by its
 * earliest clock, which may change). */
static bool same_row(struct dash *o, struct dash *d, int i, size_t j, size_t k)
{
	if (i == HEARINGS)
		return ((const struct dash_hearing *)list_at(o, i)->v)[j].case_id ==
		       ((const struct dash_hearing *)list_at(d, i)->v)[k].case_id;
	if (i == UNSERVED) {
		const struct dash_unserved *a = &((const struct dash_unserved *)list_at(o, i)->v)[j],
					   *b = &((const struct dash_unserved *)list_at(d, i)->v)[k];
		return a->case_id == b->case_id && a->doc_no == b->doc_no;
	}
	if (i == UNNOTIFIED) {
		const struct dash_unnotified *a = &((const struct dash_unnotified *)list_at(o, i)->v)[j],
					     *b = &((const struct dash_unnotified *)list_at(d, i)->v)[k];
		return a->case_id == b->case_id && a->hearing_no == b->hearing_no;
	}
	const struct dash_due *a = &((const struct dash_due *)list_at(o, i)->v)[j],
			      *b = &((const struct dash_due *)list_at(d, i)->v)[k];
	return a->case_id == b->case_id && strcmp(a->clock, b->clock) == 0;
}

static int64_t case_at(struct dash *d, int i, size_t k)
{
	const struct dash_list *l = list_at(d, i);

	if (i == HEARINGS)
		return ((const struct dash_hearing *)l->v)[k].case_id;
	if (i == UNSERVED)
		return ((const struct dash_unserved *)l->v)[k].case_id;
	if (i == UNNOTIFIED)
		return ((const struct dash_unnotified *)l->v)[k].case_id;
	return ((const struct dash_due *)l->v)[k].case_id;
}

/* The first list from `from` in direction step (+1 or -1) that has rows,
 * or -1. */
static int nonempty_from(struct dash *d, int from, int step)
{
	for (int i = from; i >= 0 && i < NLISTS; i += step)
		if (list_at(d, i)->n > 0)
			return i;
	return -1;
}

/* Read the figures again, keeping each list's selection on the same case
 * when it is still there, else near where it was, and the focus on its
 * list while that has rows. */
static void load(struct app *app, struct dashboard *s)
{
	struct tc_err e = {0};
	struct dash old = s->d;
	size_t at[NLISTS], had[NLISTS];

	for (int i = 0; i < NLISTS; i++) {
		at[i] = s->lists[i].l.sel;
		had[i] = list_at(&old, i)->n;
	}
	if (dash_get_scope(app->db, &app->actor, s->scope, app->today, s->limit, &s->d, &e) != TC_OK)
		app_error(app, &e);
	for (int i = 0; i < NLISTS; i++) {
		size_t n = list_at(&s->d, i)->n, k = SIZE_MAX;
		for (size_t j = 0; at[i] < had[i] && j < n && k == SIZE_MAX; j++)
			if (same_row(&old, &s->d, i, at[i], j))
				k = j;
		if (k == SIZE_MAX)
			k = at[i] < n ? at[i] : n ? n - 1 : 0;
		list_select(&s->lists[i].l, k);
	}
	dash_free(&old);
	if (s->focus < 0 || list_at(&s->d, s->focus)->n == 0) {
		int from = s->focus < 0 ? 0 : s->focus, to = nonempty_from(&s->d, from, 1);
		s->focus = to >= 0 ? to : nonempty_from(&s->d, from, -1);
	}
}

static size_t rows_of(void *ctx)
{
	struct dlist *dl = ctx;

	return list_at(&dl->s->d, dl->i)->n;
}

static void draw_row(struct app *app, void *ctx, size_t k, int y, int x, int cols, bool sel);

static const struct list_source list_source = {
	.count = rows_of,
	.draw = draw_row,
};

void *dashboard_open(struct app *app)
{
	struct dashboard *s = xcalloc(1, sizeof *s);

	/* No list shows more rows at once than the terminal has lines: the
	 * first screen reads no more (each row a case's page, from the disk
	 * when the server has just started); read_ahead reads on. */
	s->limit = LINES > 0 ? (size_t)LINES : 24;
	s->focus = -1;
	s->scope = DASH_DEFAULT;
	for (int i = 0; i < NLISTS; i++) {
		s->lists[i].s = s;
		s->lists[i].i = i;
		list_init(&s->lists[i].l, &list_source, &s->lists[i], false);
	}
	load(app, s);
	s->scope = s->d.scope; /* from now on the one the user sees, until `o` */
	return s;
}

static void dashboard_close(void *st)
{
	struct dashboard *s = st;

	for (int i = 0; i < NLISTS; i++)
		list_free(&s->lists[i].l);
	dash_free(&s->d);
	free(s);
}

/* ---- moving the focus ---------------------------------------------- */

/* Give the focus to list `to` (when there is one) at its first row
 * (where < 0), its last (where > 0), or where its selection stood. */
static void focus_on(struct dashboard *s, int to, int where)
{
	struct list *l;

	if (to < 0)
		return;
	s->focus = to;
	l = &s->lists[to].l;
	if (where < 0)
		list_reset(l);
	else if (where > 0)
		list_select(l, list_at(&s->d, to)->n - 1);
}

/* The next (step +1) or previous list that has rows, round from the last
 * to the first; -1 when no other list has rows. */
static int next_nonempty(struct dashboard *s, int step)
{
	for (int k = 1; k < NLISTS; k++) {
		int i = ((s->focus + step * k) % NLISTS + NLISTS) % NLISTS;
		if (list_at(&s->d, i)->n > 0)
			return i;
	}
	return -1;
}

/* ---- drawing ------------------------------------------------------- */

/* Columns for cols: 案号 申请人 被申请人 期限 届满日 剩余 经办人.  A hearing
 * uses the same grid: its time under 期限, its room across 届满日 and
 * 剩余, its arbitrator under 经办人. */
struct grid {
	int no, app, resp, clock, due, left, holder;
	int x_no, x_app, x_resp, x_clock, x_due, x_left, x_holder;
	bool full_no;
};

static void layout(int cols, struct grid *g)
{
	g->full_no = cols >= 150;
	g->no = g->full_no ? 30 : 10;
	g->app = cols >= 110 ? 16 : 12;
	g->clock = cols >= 96 ? 14 : 10; /* wider labels whole from 96 columns */
	g->due = 10;
	g->left = 4;
	g->holder = cols >= 110 ? 12 : 8;
	g->resp = cols - 2 - (g->no + g->app + g->clock + g->due + g->left + g->holder) - 6;
	g->x_no = 1;
	g->x_app = g->x_no + g->no + 1;
	g->x_resp = g->x_app + g->app + 1;
	g->x_clock = g->x_resp + g->resp + 1;
	g->x_due = g->x_clock + g->clock + 1;
	g->x_left = g->x_due + g->due + 1;
	g->x_holder = g->x_left + g->left + 1;
}

/* One "label number" group of a line of figures. */
struct figure {
	const char *tag;         /* drawn as a heading ("快立"), or NULL */
	const char *label;
	size_t n;
	size_t cap;              /* n is counted this far ("10000+"), 0 exact */
};

/* Draw figures from x along y, separated by sep, stopping before one
 * that would cross limit. */
static void draw_figures(struct app *app, int y, int x, int limit, const struct figure *f,
			 size_t nf, const char *sep)
{
	for (size_t i = 0; i < nf; i++) {
		char num[24];
		int w, sw = i ? text_width(sep) : 0;

		snprintf(num, sizeof num, "%zu%s", f[i].n, f[i].cap && f[i].n >= f[i].cap ? "+" : "");
		w = sw + text_width(f[i].label) + 1 + text_width(num);
		if (f[i].tag)
			w += text_width(f[i].tag) + 1;
		if (x + w > limit)
			return;
		if (i)
			x += ui_text(y, x, sep, sw, ui_attr(app, UA_DIM));
		if (f[i].tag) {
			x += ui_text(y, x, f[i].tag, limit - x, ui_attr(app, UA_HEADING));
			x++;
		}
		x += ui_text(y, x, f[i].label, limit - x, A_NORMAL);
		x++;
		x += ui_text(y, x, num, limit - x, A_BOLD);
	}
}

/* Whose figures these are, for one who can switch: "本人承办" or "全院". */
static const char *scope_label(const struct app *app, const struct dash *d)
{
	if (!dash_can_switch(&app->actor))
		return "";
	if (d->scope == DASH_OFFICE)
		return "全院";
	switch (d->own) {
	case DASH_OWN_CLERK: return "本人承办";
	case DASH_OWN_MEDIATOR: return "本人调解";
	case DASH_OWN_ARBITRATOR: return "本人审理";
	default: return "";
	}
}

static void draw_counts(struct app *app, struct dashboard *s, int y, int cols)
{
	const struct dash *d = &s->d;
	const char *label = scope_label(app, d);
	int lw = text_width(label), end = cols - 1;
	const struct figure fast[] = {
		{"快立", "待受理", d->waiting_accept, 0},
		{"快调", "调解中", d->mediating, 0},
		{"快审", "审理中", d->hearing, 0},
		{"快结", "本周结案", d->closed_week, d->count_cap},
	};
	struct figure stages[STAGE_COUNT];

	for (int i = 0; i < STAGE_COUNT; i++) {
		stages[i].tag = NULL;
		stages[i].cap = 0;
		stages[i].label = stage_zh((enum stage)i);
		stages[i].n = d->by_stage[i];
	}
	if (lw) {
		end -= lw + 2;
		ui_text(y, cols - 1 - lw, label, lw, ui_attr(app, UA_HEADING));
	}
	draw_figures(app, y, 1, end, fast, sizeof fast / sizeof fast[0], " · ");
	/* A person's own closed cases are not counted (dash.h). */
	draw_figures(app, y + 1, 1, cols - 1, stages,
		     d->scope == DASH_OWN && d->own != DASH_OWN_LAWYER ? STAGE_CLOSED : STAGE_COUNT, "  ");
}

static void draw_header(struct app *app, const struct grid *g, int y)
{
	attr_t h = ui_attr(app, UA_DIM) | A_BOLD;

	ui_cell(y, g->x_no, "案号", g->no, false, h);
	ui_cell(y, g->x_app, "申请人", g->app, false, h);
	ui_cell(y, g->x_resp, "被申请人", g->resp, false, h);
	ui_cell(y, g->x_clock, "期限", g->clock, false, h);
	ui_cell(y, g->x_due, "届满日", g->due, false, h);
	ui_cell(y, g->x_left, "剩余", g->left, true, h);
	ui_cell(y, g->x_holder, "经办人", g->holder, false, h);
}

/* The list's title, its total and which rows are shown; an empty list
 * says so in words.  Hearings, documents and notices name their own
 * columns on this line. */
static void draw_title(struct app *app, struct dashboard *s, const struct grid *g, int i, int y,
		       int cols, size_t first, size_t shown)
{
	const struct dash_list *l = list_at(&s->d, i);
	struct strbuf sb = {0};
	bool columns = i >= HEARINGS && l->n > 0;
	int x = 1, end = columns ? g->x_clock - 1 : cols - 1;

	x += ui_text(y, x, lists[i].title, end - x, ui_attr(app, UA_HEADING)) + 2;
	if (l->total == 0 && l->n == 0) {
		ui_text(y, x, lists[i].empty, end - x, ui_attr(app, UA_OK));
		return;
	}
	if (l->total >= s->d.count_cap)
		sb_printf(&sb, "共 %zu+ 件", s->d.count_cap);
	else
		sb_printf(&sb, "共 %zu 件", l->total);
	x += ui_text(y, x, sb_str(&sb), end - x, i == 0 ? ui_attr(app, UA_OVERDUE) : A_BOLD);
	sb_free(&sb);
	if (shown < l->total) {
		if (shown == 0)
			sb_puts(&sb, " (放不下, 请放大窗口)");
		else if (first == 0)
			sb_printf(&sb, " (显示前 %zu 件)", shown);
		else
			sb_printf(&sb, " (显示第 %zu-%zu 件)", first + 1, first + shown);
		ui_text(y, x, sb_str(&sb), end - x, ui_attr(app, UA_DIM));
		sb_free(&sb);
	}
	if (columns) {
		attr_t h = ui_attr(app, UA_DIM) | A_BOLD;
		int rest = g->x_holder + g->holder - g->x_due;
		if (i == HEARINGS) {
			ui_cell(y, g->x_clock, "开庭时间", g->clock, false, h);
			ui_cell(y, g->x_due, "仲裁庭", g->due + 1 + g->left, false, h);
			ui_cell(y, g->x_holder, "仲裁员", g->holder, false, h);
		} else if (i == UNSERVED) {
			ui_cell(y, g->x_clock, "制作日期", g->clock, false, h);
			ui_cell(y, g->x_due, "受送达人", rest, false, h);
		} else {
			ui_cell(y, g->x_clock, "开庭时间", g->clock, false, h);
			ui_cell(y, g->x_due, "未依法通知", rest, false, h);
		}
	}
}

static void draw_due(struct app *app, struct dashboard *s, const struct grid *g,
		     const struct dash_due *r, int y, bool sel)
{
	char no[96], left[16];
	attr_t base = sel ? ui_attr(app, UA_SELECTED) : A_NORMAL, la = base;

	if (g->full_no)
		snprintf(no, sizeof no, "%s", r->case_no);
	else
		case_short_no(r->case_no, no, sizeof no);
	snprintf(left, sizeof left, "%d", r->days_left);
	if (r->days_left < 0)
		la = ui_attr(app, UA_OVERDUE) | (sel ? A_REVERSE : 0);
	else if (date_from_iso(r->due) <= s->d.soon_until)
		la = ui_attr(app, UA_SOON) | (sel ? A_REVERSE : 0);
	ui_blank(y, 0, g->x_holder + g->holder + 1, base);
	ui_cell(y, g->x_no, no, g->no, false, base);
	ui_cell(y, g->x_app, r->applicant, g->app, false, base);
	ui_cell(y, g->x_resp, r->respondent, g->resp, false, base);
	ui_cell(y, g->x_clock, r->clock_zh, g->clock, false, base);
	ui_cell(y, g->x_due, r->due, g->due, false, base);
	ui_cell(y, g->x_left, left, g->left, true, la);
	ui_cell(y, g->x_holder, r->holder, g->holder, false, base);
}

/* "今天 09:30", "明天 14:00", else "12-01 09:30". */
static void hearing_when(const struct app *app, const char *at, char *buf, size_t size)
{
	char day[DATE_ISO_LEN];
	int d;

	snprintf(day, sizeof day, "%.10s", at);
	d = date_from_iso(day);
	if (d == app->today)
		snprintf(buf, size, "今天 %s", at[10] ? at + 11 : "");
	else if (d == app->today + 1)
		snprintf(buf, size, "明天 %s", at[10] ? at + 11 : "");
	else
		snprintf(buf, size, "%s", strlen(at) > 5 ? at + 5 : at);
}

static void draw_hearing(struct app *app, const struct grid *g, const struct dash_hearing *r,
			 int y, bool sel)
{
	char no[96], when[48];
	attr_t base = sel ? ui_attr(app, UA_SELECTED) : A_NORMAL;

	if (g->full_no)
		snprintf(no, sizeof no, "%s", r->case_no);
	else
		case_short_no(r->case_no, no, sizeof no);
	hearing_when(app, r->at, when, sizeof when);
	ui_blank(y, 0, g->x_holder + g->holder + 1, base);
	ui_cell(y, g->x_no, no, g->no, false, base);
	ui_cell(y, g->x_app, r->applicant, g->app, false, base);
	ui_cell(y, g->x_resp, r->respondent, g->resp, false, base);
	ui_cell(y, g->x_clock, when, g->clock, false, base);
	ui_cell(y, g->x_due, r->room, g->due + 1 + g->left, false, base);
	ui_cell(y, g->x_holder, r->arbitrator, g->holder, false, base);
}

/* A document waiting: its case, the document in the respondent's column,
 * the day made under 期限, the addressee across the rest. */
static void draw_unserved(struct app *app, const struct grid *g, const struct dash_unserved *r,
			  int y, bool sel)
{
	char no[96], doc[80];
	attr_t base = sel ? ui_attr(app, UA_SELECTED) : A_NORMAL;

	if (g->full_no)
		snprintf(no, sizeof no, "%s", r->case_no);
	else
		case_short_no(r->case_no, no, sizeof no);
	snprintf(doc, sizeof doc, "第%d号 %s", r->doc_no, r->doc_zh);
	ui_blank(y, 0, g->x_holder + g->holder + 1, base);
	ui_cell(y, g->x_no, no, g->no, false, base);
	ui_cell(y, g->x_app, r->applicant, g->app, false, base);
	ui_cell(y, g->x_resp, doc, g->resp, false, base);
	ui_cell(y, g->x_clock, r->made_on, g->clock, false, base);
	ui_cell(y, g->x_due, r->to, g->x_holder + g->holder - g->x_due, false, base);
}

/* A hearing not properly notified: as a hearing, with the parties not
 * notified across the right. */
static void draw_unnotified(struct app *app, const struct grid *g, const struct dash_unnotified *r,
			    int y, bool sel)
{
	char no[96], when[48];
	attr_t base = sel ? ui_attr(app, UA_SELECTED) : A_NORMAL;

	if (g->full_no)
		snprintf(no, sizeof no, "%s", r->case_no);
	else
		case_short_no(r->case_no, no, sizeof no);
	hearing_when(app, r->at, when, sizeof when);
	/* Two weeks ahead: "27日 09:30" where "11-27 09:30" does not fit. */
	if (text_width(when) > g->clock && strlen(r->at) >= 16)
		snprintf(when, sizeof when, "%.2s日 %.5s", r->at + 8, r->at + 11);
	ui_blank(y, 0, g->x_holder + g->holder + 1, base);
	ui_cell(y, g->x_no, no, g->no, false, base);
	ui_cell(y, g->x_app, r->applicant, g->app, false, base);
	ui_cell(y, g->x_resp, r->respondent, g->resp, false, base);
	ui_cell(y, g->x_clock, when, g->clock, false, base);
	ui_cell(y, g->x_due, r->names, g->x_holder + g->holder - g->x_due, false,
		sel ? base : ui_attr(app, UA_SOON));
}

/* Share `rows` item lines among the lists, one at a time in turn, so a
 * long list never crowds out a short one and no line is left unused
 * while some list has more. */
static void share_rows(struct dashboard *s, int rows, size_t alloc[NLISTS])
{
	bool more = true;

	memset(alloc, 0, NLISTS * sizeof *alloc);
	while (rows > 0 && more) {
		more = false;
		for (int i = 0; i < NLISTS && rows > 0; i++) {
			if (alloc[i] < list_at(&s->d, i)->n) {
				alloc[i]++;
				rows--;
				more = true;
			}
		}
	}
}

static void dashboard_draw(struct app *app, void *st, int top, int rows, int cols, int *cy,
			   int *cx)
{
	struct dashboard *s = st;
	size_t alloc[NLISTS];
	struct grid g;
	int y = top;

	*cy = *cx = -1;
	if ((size_t)rows > s->limit) {
		/* A taller terminal than the lists were read for. */
		s->limit = (size_t)rows;
		load(app, s);
	}
	layout(cols, &g);
	draw_counts(app, s, y, cols);
	y += 2;
	/* A running clock counted into a year without its notice. */
	int note = s->d.provisional_year != 0;
	if (note) {
		char msg[160] = "注意: ";
		cal_provisional_text(s->d.provisional_year, msg + strlen(msg), sizeof msg - strlen(msg));
		ui_cell(y++, 1, msg, cols - 2, false, ui_attr(app, UA_SOON));
	}
	/* The due lists' column names; the hearings name theirs on their
	 * title line. */
	if (s->d.overdue.n + s->d.due_today.n + s->d.due_soon.n > 0)
		draw_header(app, &g, y);
	y++;

	/* Lines left after the figures, the header and one title per list. */
	share_rows(s, rows - 3 - note - NLISTS, alloc);
	for (int i = 0; i < NLISTS && y < top + rows; i++) {
		struct list *l = &s->lists[i].l;
		int room = top + rows - y - 1;

		list_frame(l, (int)alloc[i] < room ? (int)alloc[i] : room);
		draw_title(app, s, &g, i, y++, cols, l->top, (size_t)l->height);
		list_draw(app, l, y, l->height, 0, cols, i == s->focus);
		y += l->height;
	}
}

/* One row of list i: a clock due, or a hearing. */
static void draw_row(struct app *app, void *ctx, size_t k, int y, int x, int cols, bool sel)
{
	struct dlist *dl = ctx;
	const struct dash_list *l = list_at(&dl->s->d, dl->i);
	struct grid g;

	(void)x;
	layout(cols, &g);
	if (dl->i == HEARINGS)
		draw_hearing(app, &g, &((const struct dash_hearing *)l->v)[k], y, sel);
	else if (dl->i == UNSERVED)
		draw_unserved(app, &g, &((const struct dash_unserved *)l->v)[k], y, sel);
	else if (dl->i == UNNOTIFIED)
		draw_unnotified(app, &g, &((const struct dash_unnotified *)l->v)[k], y, sel);
	else
		draw_due(app, dl->s, &g, &((const struct dash_due *)l->v)[k], y, sel);
}

/* ---- keys ---------------------------------------------------------- */

/* `o`: the office's figures, or the user's own again; each list from its
 * first row. */
static unsigned switch_scope(struct app *app, struct dashboard *s)
{
	if (!dash_can_switch(&app->actor))
		return RD_NONE;
	s->scope = s->d.scope == DASH_OWN ? DASH_OFFICE : DASH_OWN;
	for (int i = 0; i < NLISTS; i++)
		list_reset(&s->lists[i].l);
	s->focus = -1;
	load(app, s);
	app_status(app, UA_OK, "%s", s->d.scope == DASH_OWN ? "首页显示本人的案件 (o 看全院)"
							   : "首页显示全院的案件 (o 看本人的)");
	return RD_BODY;
}

/* Before a move down the focused list: when it would pass the rows read
 * and the list has more, read more (twice as many, or what the move
 * needs), up to the count's cap, so that j, PgDn and End go on through
 * the list as far as it is counted. */
static void read_ahead(struct app *app, struct dashboard *s, enum action a)
{
	const struct dash_list *dl = list_at(&s->d, s->focus);
	const struct list *l = &s->lists[s->focus].l;
	size_t page = l->height > 0 ? (size_t)l->height : 1, want;

	switch (a) {
	case ACT_DOWN: want = l->sel + 2; break;
	case ACT_PGDN: want = l->top + 2 * page; break;
	case ACT_LAST: want = dl->total; break;
	default: return;
	}
	if (want <= dl->n || dl->total <= dl->n || s->limit >= s->d.count_cap)
		return;
	s->limit = 2 * s->limit > want ? 2 * s->limit : want;
	if (s->limit > s->d.count_cap)
		s->limit = s->d.count_cap;
	load(app, s);
}

static unsigned dashboard_action(struct app *app, void *st, enum action a)
{
	struct dashboard *s = st;
	struct list *l = s->focus >= 0 ? &s->lists[s->focus].l : NULL;

	if (a == ACT_SCOPE)
		return switch_scope(app, s);
	if (!l)
		return RD_PASS;
	read_ahead(app, s, a);
	switch (a) {
	case ACT_DOWN:
		/* From the last row of a list on to the next list's first. */
		if (l->sel + 1 < list_at(&s->d, s->focus)->n)
			return RD_PASS;
		focus_on(s, nonempty_from(&s->d, s->focus + 1, 1), -1);
		break;
	case ACT_UP:
		if (l->sel > 0)
			return RD_PASS;
		focus_on(s, nonempty_from(&s->d, s->focus - 1, -1), 1);
		break;
	case ACT_NEXT_LIST:
	case ACT_PREV_LIST:
		focus_on(s, next_nonempty(s, a == ACT_NEXT_LIST ? 1 : -1), 0);
		break;
	case ACT_OPEN:
		app_push(app, &casefile_ops, casefile_open(app, case_at(&s->d, s->focus, l->sel)));
		return RD_ALL;
	default:
		return RD_PASS; /* PgDn, Home...: the focused list's (list.c) */
	}
	return RD_BODY;
}

static unsigned dashboard_reload(struct app *app, void *st)
{
	load(app, st);
	return RD_BODY;
}

static bool dashboard_has(struct app *app, void *st, enum action a)
{
	struct dashboard *s = st;

	if (a == ACT_OPEN)
		return s->focus >= 0;
	if (a == ACT_SCOPE)
		return dash_can_switch(&app->actor);
	return true;
}

static struct list *dashboard_focus(void *st)
{
	struct dashboard *s = st;

	return s->focus >= 0 ? &s->lists[s->focus].l : NULL;
}

const struct screen_ops dashboard_ops = {
	.name = "dashboard",
	.title = "首页",
	.groups = AG_NAV | AG_LIST | AG_LISTS | AG_HOME,
	.action = dashboard_action,
	.draw = dashboard_draw,
	.reload = dashboard_reload,
	.has_action = dashboard_has,
	.close = dashboard_close,
	.focus = dashboard_focus,
};
