/*
 * docket.c - 案件 docket: the case list a clerk scans all day.
 *
 * Only the rows on screen are held: the list widget (list.h) moves over
 * them, and past the edge it has this screen slide the window, which asks
 * the core for the rows after (or before) the edge row by key (docket.h),
 * so scrolling a million cases costs what scrolling ten does.  `/` narrows
 * the list as each character is typed (the widget's search line, this
 * screen's filter); `f` opens the filter form (stage, track, person,
 * overdue, open, 挂牌督办, collective); `s` and `S` change the sort; `b`
 * asks the top (tui_main.c) for the selected case's 被申请人 view.  The
 * state lives as long as the tab: filter, sort, search and the rows shown
 * are there again when the clerk comes back from 首页.
 */
#include "tui.h"
#include "list.h"
#include "tiaocai/case.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "tiaocai/calendar.h"
#include "tiaocai/clock.h"
#include "tiaocai/date.h"
#include "tiaocai/docket.h"
#include "tiaocai/money.h"
#include "tiaocai/roster.h"
#include "tiaocai/text.h"

#define MAXROWS 256

struct docket {
	struct docket_filter f;
	enum docket_sort sort;
	bool desc;
	struct case_row rows[MAXROWS]; /* the window: the rows on screen */
	size_t n;
	struct list list;        /* selection and search over the window */
	size_t height;           /* rows that fit on screen */
	size_t count;            /* matching cases, counted up to DOCKET_COUNT_CAP + 1 */
	bool counted;            /* count is for the filter shown (not while typing) */
	char *text;              /* the search text applied */
	char person[80];         /* name of the person filter */
	int soon_until;          /* deadlines up to it are near (clock_soon_until) */
};

static const char *const sort_names[DOCKET_SORT_COUNT] = {
	[DOCKET_SORT_DUE] = "届满日", [DOCKET_SORT_NO] = "案号", [DOCKET_SORT_APPLICANT] = "申请人",
	[DOCKET_SORT_RESPONDENT] = "被申请人", [DOCKET_SORT_CLAIMED] = "请求金额",
	[DOCKET_SORT_STAGE] = "阶段",
};

/* The last day of "due soon" from the office calendar; when the calendar
 * cannot be read, the error is shown and only today counts as near. */
static void soon(struct app *app, struct docket *d)
{
	const struct cal *cal;
	struct tc_err e = {0};

	if (cal_get(app->db, &cal, &e) != TC_OK) {
		app_error(app, &e);
		d->soon_until = app->today;
		return;
	}
	d->soon_until = clock_soon_until(cal, app->today);
}

static void load(struct app *app, struct docket *d, const struct case_row *anchor, bool backward,
		 size_t limit, struct case_row *out, size_t *n)
{
	struct tc_err e = {0};

	*n = 0;
	if (docket_page(app->db, &app->actor, &d->f, d->sort, d->desc, anchor, backward, app->today,
			out, limit, n, &e) != TC_OK)
		app_error(app, &e);
}

/* Count the cases one past DOCKET_COUNT_CAP: more are shown as "1000+",
 * so a filter or a search over a million cases counts a thousand. */
static void recount(struct app *app, struct docket *d)
{
	struct tc_err e = {0};

	d->counted = docket_count(app->db, &app->actor, &d->f, app->today, DOCKET_COUNT_CAP + 1,
				  &d->count, &e) == TC_OK;
	if (!d->counted)
		app_error(app, &e);
}

static void first_page(struct app *app, struct docket *d)
{
	load(app, d, NULL, false, d->height, d->rows, &d->n);
	list_reset(&d->list);
}

/* Reload the window so that it starts at the row now at its top (used
 * after a change elsewhere, on the clock tick and when the tab comes
 * back); the selection stays on its line. */
static void reload_here(struct app *app, struct docket *d)
{
	struct case_row before[1];
	size_t k, sel = d->list.sel;

	if (d->n == 0) {
		first_page(app, d);
		return;
	}
	load(app, d, &d->rows[0], true, 1, before, &k);
	if (k == 0)
		load(app, d, NULL, false, d->height, d->rows, &d->n);
	else
		load(app, d, &before[0], false, d->height, d->rows, &d->n);
	list_select(&d->list, sel);
}

static void apply_filter(struct app *app, struct docket *d)
{
	d->f.text = d->text;
	first_page(app, d);
	/* While a search is being typed only the page is read: counting a
	 * common name over a million cases would slow every keystroke. */
	if (list_searching(&d->list))
		d->counted = false;
	else
		recount(app, d);
}

/* ---- the window, as the list widget's source ------------------------ */

static size_t window_rows(void *ctx)
{
	return ((struct docket *)ctx)->n;
}

/* Slide the window by delta rows: read the rows after the last one (or
 * before the first) by key, and keep the window full. */
static long slide(struct app *app, void *ctx, long delta)
{
	struct docket *d = ctx;
	struct case_row more[MAXROWS];
	size_t by = (size_t)(delta < 0 ? -delta : delta), k;

	if (d->n == 0 || by == 0)
		return 0;
	if (by > MAXROWS)
		by = MAXROWS;
	if (delta > 0) {
		load(app, d, &d->rows[d->n - 1], false, by, more, &k);
		if (k >= d->n) {
			memcpy(d->rows, more + (k - d->n), d->n * sizeof *more);
		} else if (k > 0) {
			memmove(d->rows, d->rows + k, (d->n - k) * sizeof *more);
			memcpy(d->rows + d->n - k, more, k * sizeof *more);
		}
		return (long)k;
	}
	load(app, d, &d->rows[0], true, by, more, &k);
	if (k >= d->n) {
		memcpy(d->rows, more + (k - d->n), d->n * sizeof *more);
	} else if (k > 0) {
		memmove(d->rows + k, d->rows, (d->n - k) * sizeof *more);
		memcpy(d->rows, more, k * sizeof *more);
	}
	return -(long)k;
}

static void ends(struct app *app, void *ctx, bool last)
{
	struct docket *d = ctx;

	load(app, d, NULL, last, d->height, d->rows, &d->n);
}

/* The search line: narrow the cases as each character is typed, count
 * them when typing ends. */
static void search_filter(struct app *app, void *ctx, const char *text, bool done)
{
	struct docket *d = ctx;

	free(d->text);
	d->text = *text ? xstrdup(text) : NULL;
	if (done) {
		d->f.text = d->text;
		if (!*text)
			first_page(app, d);
		recount(app, d);
		return;
	}
	apply_filter(app, d);
}

static void draw_row(struct app *app, void *ctx, size_t i, int y, int x, int cols, bool sel);

static const struct list_source window_source = {
	.count = window_rows,
	.draw = draw_row,
	.slide = slide,
	.ends = ends,
	.filter = search_filter,
};

void *docket_open(struct app *app)
{
	struct docket *d = xcalloc(1, sizeof *d);

	d->f.stage = -1;
	d->f.track = DOCKET_TRACK_ANY;
	d->sort = DOCKET_SORT_DUE;
	d->height = 10;
	list_init(&d->list, &window_source, d, false);
	soon(app, d);
	apply_filter(app, d);
	return d;
}

static void docket_close(void *st)
{
	struct docket *d = st;

	list_free(&d->list);
	free(d->text);
	free(d);
}

/* ---- the filter form ----------------------------------------------- */

struct filter_form {
	struct formview v;
	struct docket *d;
	int64_t *person_ids;      /* one per person choice after "全部" */
	size_t npeople;
};

static const char *const track_names[] = {"全部", "速裁", "简易", "普通"};

static void open_filter(struct app *app, struct docket *d)
{
	struct filter_form *ff = xcalloc(1, sizeof *ff);
	struct strbuf text = {0}, people = {0};
	struct roster_person *p = NULL;
	size_t n = 0;
	struct form_def *def;
	struct tc_err e = {0};

	if (roster_people(app->db, &app->actor, NULL, &p, &n, &e) == TC_OK) {
		ff->person_ids = xcalloc(n + 1, sizeof *ff->person_ids);
		for (size_t i = 0; i < n; i++) {
			if (strcmp(p[i].role, "clerk") == 0)
				continue;
			sb_printf(&people, ";%s(%s)", p[i].name, roster_role_zh(p[i].role));
			ff->person_ids[ff->npeople++] = p[i].id;
		}
		roster_people_free(p, n);
	}
	sb_puts(&text, "title|筛选案件\nstage|阶段|choice|10|0|全部");
	for (int s = 0; s < STAGE_COUNT; s++)
		sb_printf(&text, ";%s", stage_zh((enum stage)s));
	sb_puts(&text, "|只看这一阶段的案件\n");
	sb_puts(&text, "track|程序|choice|6|0|全部;速裁;简易;普通|速裁、简易或普通程序\n");
	sb_printf(&text, "person|经办人|choice|24|0|全部%s|调解员或仲裁员经办的案件; ← → 挑选, 可输入姓氏跳转\n",
		  sb_str(&people));
	sb_puts(&text, "overdue|只看超期|choice|4|0|否;是|只看已过届满日仍未办结的案件\n");
	sb_puts(&text, "open|只看未结|choice|4|0|否;是|不显示已结案的案件\n");
	sb_puts(&text, "supervised|挂牌督办|choice|4|0|否;是|只看挂牌督办的重大欠薪案件\n");
	sb_puts(&text, "collective|集体争议|choice|4|0|否;是|只看集体争议案件 (劳动者人数达到集体争议人数线)\n");
	if (form_parse(sb_str(&text), "filter", "filter", &def, &e) != TC_OK) {
		app_error(app, &e);
		sb_free(&text);
		sb_free(&people);
		free(ff->person_ids);
		free(ff);
		return;
	}
	sb_free(&text);
	sb_free(&people);
	fv_init(&ff->v, app, def);
	ff->d = d;
	fv_set(&ff->v, "stage", 0, d->f.stage >= 0 ? stage_zh((enum stage)d->f.stage) : "全部");
	fv_set(&ff->v, "track", 0, track_names[d->f.track + 1]);
	if (d->f.person_id)
		fv_set(&ff->v, "person", 0, d->person);
	fv_set(&ff->v, "overdue", 0, d->f.overdue ? "是" : "否");
	fv_set(&ff->v, "open", 0, d->f.open_only ? "是" : "否");
	fv_set(&ff->v, "supervised", 0, d->f.supervised ? "是" : "否");
	fv_set(&ff->v, "collective", 0, d->f.collective ? "是" : "否");
	snprintf(ff->v.note, sizeof ff->v.note, "F2 或 Enter 应用筛选, Esc 不变");
	app_push(app, &filter_ops, ff);
}

static void filter_apply(struct app *app, struct filter_form *ff)
{
	struct docket *d = ff->d;
	char *stage = fv_get(&ff->v, "stage", 0), *track = fv_get(&ff->v, "track", 0),
	     *person = fv_get(&ff->v, "person", 0), *overdue = fv_get(&ff->v, "overdue", 0),
	     *open = fv_get(&ff->v, "open", 0), *sup = fv_get(&ff->v, "supervised", 0),
	     *coll = fv_get(&ff->v, "collective", 0);
	const struct fv_field *pf = NULL;

	d->f.stage = -1;
	for (int s = 0; s < STAGE_COUNT; s++)
		if (strcmp(stage, stage_zh((enum stage)s)) == 0)
			d->f.stage = s;
	d->f.track = DOCKET_TRACK_ANY;
	for (int t = 1; t < 4; t++)
		if (strcmp(track, track_names[t]) == 0)
			d->f.track = t - 1;
	for (size_t i = 0; i < ff->v.n; i++)
		if (strcmp(ff->v.f[i].def->key, "person") == 0)
			pf = &ff->v.f[i];
	d->f.person_id = pf && pf->choice > 0 ? ff->person_ids[pf->choice - 1] : 0;
	snprintf(d->person, sizeof d->person, "%s", d->f.person_id ? person : "");
	d->f.overdue = strcmp(overdue, "是") == 0;
	d->f.open_only = strcmp(open, "是") == 0;
	d->f.supervised = strcmp(sup, "是") == 0;
	d->f.collective = strcmp(coll, "是") == 0;
	free(sup);
	free(coll);
	free(stage);
	free(track);
	free(person);
	free(overdue);
	free(open);
	apply_filter(app, d);
}

static unsigned filter_action(struct app *app, void *st, enum action a)
{
	if (a == ACT_SAVE) {
		filter_apply(app, st);
		app_pop(app);
		return RD_ALL;
	}
	return fv_screen_action(app, st, a);
}

/* Enter applies the filter at once: there is nothing to type. */
static unsigned filter_key(struct app *app, void *st, wint_t key, bool fkey)
{
	if (!fkey && (key == '\r' || key == '\n'))
		return filter_action(app, st, ACT_SAVE);
	return fv_screen_key(app, st, key, fkey);
}

static void filter_close(void *st)
{
	struct filter_form *ff = st;
	fv_free(&ff->v);
	free(ff->person_ids);
	free(ff);
}

const struct screen_ops filter_ops = {
	.name = "filter",
	.title = "筛选",
	.groups = AG_FORM,
	.action = filter_action,
	.key = filter_key,
	.raw_keys = fv_screen_raw,
	.draw = fv_screen_draw,
	.has_action = fv_screen_has,
	.close = filter_close,
};

/* ---- the docket screen --------------------------------------------- */

/* Column widths for a terminal cols wide: 案号 申请人 被申请人 金额 阶段 届满日 剩余. */
struct cols {
	int no, app, resp, money, stage, due, left;
	bool full_no;
};

static void layout(int cols, struct cols *c)
{
	c->full_no = cols >= 140;
	c->no = c->full_no ? 30 : 10;
	c->app = cols >= 110 ? 18 : 14;
	c->money = 12;
	c->stage = 8;
	c->due = 10;
	c->left = 5;
	c->resp = cols - 2 - (c->no + c->app + c->money + c->stage + c->due + c->left) - 6;
}

static void filter_line(struct docket *d, struct strbuf *sb)
{
	if (d->f.stage >= 0)
		sb_printf(sb, " 阶段:%s", stage_zh((enum stage)d->f.stage));
	if (d->f.track >= 0)
		sb_printf(sb, " 程序:%s", track_names[d->f.track + 1]);
	if (d->f.person_id)
		sb_printf(sb, " 经办人:%s", d->person);
	if (d->f.overdue)
		sb_puts(sb, " 只看超期");
	if (d->f.open_only)
		sb_puts(sb, " 只看未结");
	if (d->f.supervised)
		sb_puts(sb, " 挂牌督办");
	if (d->f.collective)
		sb_puts(sb, " 集体争议");
	if (d->text && *d->text)
		sb_printf(sb, " 搜索:“%s”", d->text);
}

/* One case of the window. */
static void draw_row(struct app *app, void *ctx, size_t i, int y, int x0, int cols, bool sel)
{
	struct docket *d = ctx;
	const struct case_row *r = &d->rows[i];
	char no[96], money[MONEY_BUF], left[16];
	attr_t base = sel ? ui_attr(app, UA_SELECTED) : A_NORMAL, la = base;
	int due = date_from_iso(r->next_due), x = x0 + 1;
	struct cols c;

	layout(cols, &c);
	if (c.full_no)
		snprintf(no, sizeof no, "%s", r->case_no);
	else
		case_short_no(r->case_no, no, sizeof no);
	if (r->days_left == INT_MIN)
		snprintf(left, sizeof left, "-");
	else
		snprintf(left, sizeof left, "%d", r->days_left);
	if (r->overdue)
		la = ui_attr(app, UA_OVERDUE) | (sel ? A_REVERSE : 0);
	else if (due != DATE_NONE && due <= d->soon_until)
		la = ui_attr(app, UA_SOON) | (sel ? A_REVERSE : 0);
	ui_blank(y, x0, cols, base);
	ui_cell(y, x, no, c.no, false, base); x += c.no + 1;
	ui_cell(y, x, r->applicant, c.app, false, base); x += c.app + 1;
	ui_cell(y, x, r->respondent, c.resp, false, base); x += c.resp + 1;
	ui_cell(y, x, money_display(r->claimed, money), c.money, true, base); x += c.money + 1;
	ui_cell(y, x, stage_zh(r->stage), c.stage, false, base); x += c.stage + 1;
	ui_cell(y, x, r->next_due, c.due, false, base); x += c.due + 1;
	ui_cell(y, x, left, c.left, true, la);
}

static void docket_draw(struct app *app, void *st, int top, int rows, int cols, int *cy, int *cx)
{
	struct docket *d = st;
	struct strbuf sb = {0};
	struct cols c;
	int y = top, x;
	size_t want = (size_t)(rows - 3);

	*cy = *cx = -1;
	if (want > MAXROWS)
		want = MAXROWS;
	if (want != d->height) {
		/* The terminal changed size: refill the window from its top. */
		d->height = want;
		reload_here(app, d);
	}

	/* Line 1: what is shown. */
	if (!d->counted)
		sb_puts(&sb, "Enter 确定后计数");
	else if (d->count > DOCKET_COUNT_CAP)
		sb_printf(&sb, "共 %d+ 件", DOCKET_COUNT_CAP);
	else
		sb_printf(&sb, "共 %zu 件", d->count);
	sb_printf(&sb, "  按%s%s", sort_names[d->sort], d->desc ? "倒序" : "");
	filter_line(d, &sb);
	if (list_searching(&d->list)) {
		*cy = y;
		*cx = list_search_draw(app, &d->list, y, 1, 37);
		enum docket_text k = docket_text_kind(d->text);
		ui_text(y, 39, k == DOCKET_TEXT_SHORT ? "至少输入两个字" : sb_str(&sb), cols - 40,
			ui_attr(app, UA_DIM));
	} else {
		ui_text(y, 1, sb_str(&sb), cols - 2, ui_attr(app, UA_DIM));
	}
	sb_free(&sb);
	y++;

	/* Header. */
	layout(cols, &c);
	x = 1;
	ui_cell(y, x, "案号", c.no, false, ui_attr(app, UA_HEADING)); x += c.no + 1;
	ui_cell(y, x, "申请人", c.app, false, ui_attr(app, UA_HEADING)); x += c.app + 1;
	ui_cell(y, x, "被申请人", c.resp, false, ui_attr(app, UA_HEADING)); x += c.resp + 1;
	ui_cell(y, x, "请求金额", c.money, true, ui_attr(app, UA_HEADING)); x += c.money + 1;
	ui_cell(y, x, "阶段", c.stage, false, ui_attr(app, UA_HEADING)); x += c.stage + 1;
	ui_cell(y, x, "届满日", c.due, false, ui_attr(app, UA_HEADING)); x += c.due + 1;
	ui_cell(y, x, "剩余", c.left, true, ui_attr(app, UA_HEADING));
	y++;

	if (d->n == 0) {
		ui_text(y + 1, 2, d->text && *d->text ? "没有找到相符的案件 (Esc 清除搜索)"
			: "没有相符的案件", cols - 4, ui_attr(app, UA_DIM));
		return;
	}
	list_draw(app, &d->list, y, (int)d->height, 0, cols, true);
}

static unsigned docket_action(struct app *app, void *st, enum action a)
{
	struct docket *d = st;
	size_t sel = list_selected(&d->list);

	switch (a) {
	case ACT_OPEN:
		if (sel == LIST_NONE)
			return RD_NONE;
		app_push(app, &casefile_ops, casefile_open(app, d->rows[sel].id));
		return RD_ALL;
	case ACT_FILTER:
		open_filter(app, d);
		return RD_ALL;
	case ACT_SORT:
		d->sort = (enum docket_sort)((d->sort + 1) % DOCKET_SORT_COUNT);
		d->desc = false;
		first_page(app, d);
		app_status(app, UA_OK, "按%s排序 (S 倒过来)", sort_names[d->sort]);
		break;
	case ACT_REVERSE:
		d->desc = !d->desc;
		first_page(app, d);
		break;
	case ACT_OVERDUE:
		d->f.overdue = !d->f.overdue;
		apply_filter(app, d);
		app_status(app, UA_OK, d->f.overdue ? "只看超期案件 (o 恢复全部)" : "显示全部案件");
		break;
	default:
		return RD_PASS; /* moving and `/`: the list's (list.c) */
	}
	return RD_BODY;
}

static unsigned docket_reload(struct app *app, void *st)
{
	struct docket *d = st;

	soon(app, d);
	reload_here(app, d);
	recount(app, d);
	return RD_BODY;
}

static bool docket_has(struct app *app, void *st, enum action a)
{
	struct docket *d = st;
	(void)app;
	if (a == ACT_OPEN || a == ACT_EMPLOYER)
		return d->n > 0;
	return true;
}

static struct list *docket_focus(void *st)
{
	return &((struct docket *)st)->list;
}

static int64_t docket_case(void *st)
{
	struct docket *d = st;
	size_t sel = list_selected(&d->list);

	return sel == LIST_NONE ? 0 : d->rows[sel].id;
}

const struct screen_ops docket_ops = {
	.name = "docket",
	.title = "案件",
	.groups = AG_NAV | AG_LIST | AG_DOCKET | AG_EMPLOYER,
	.action = docket_action,
	.draw = docket_draw,
	.reload = docket_reload,
	.has_action = docket_has,
	.close = docket_close,
	.focus = docket_focus,
	.case_id = docket_case,
};
