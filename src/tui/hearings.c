/*
 * hearings.c - 庭审: the hearings of one day or one week, by room.
 *
 * A day is drawn as a grid when the terminal is wide enough (at least 100
 * columns and 14 for each room): the rooms as columns in room order, the
 * half hours from morning to evening as rows, each hearing a block as long
 * as it lasts, so a clerk sees at a glance which room is free when.  On a
 * narrower terminal the day is a plain list in time order, and a week is
 * always one list grouped by day.  [ ] (Left, Right) move a day (a week in
 * the week view), { } a week, w switches between day and week, r shows one
 * room alone, a shows postponed and cancelled hearings too, Enter opens the
 * selected hearing's case, p saves the 开庭排期表 of what is shown (the day,
 * or the week; one room when one is chosen) as PDF or text.  A hearing
 * that a party has not been properly notified of (serve.h: its 开庭通知书
 * not served in time) says "未通知 N 人" in its row (※ in the grid), and
 * the detail line names them.
 *
 * Whatever the layout, the rows are the hearings themselves (list.h), in
 * time and then room order, so j and k go from one hearing to the next
 * and Enter always has a hearing.  The hearings come from hearing_each,
 * the rooms and the printed sheet from schedule.h: a lawyer sees only
 * their cases here, as everywhere.  Nothing here changes the database.
 */
#include "tui.h"
#include "list.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "tiaocai/afile.h"
#include "tiaocai/case.h"
#include "tiaocai/date.h"
#include "tiaocai/hearing.h"
#include "tiaocai/rdoc.h"
#include "tiaocai/schedule.h"
#include "tiaocai/serve.h"
#include "tiaocai/text.h"
#include "../pdf/pdf.h"

#define SLOT 30              /* minutes in a row of the grid */
#define DAY_START (8 * 60 + 30)
#define DAY_END (17 * 60 + 30) /* the grid shows at least these hours */
#define GRID_COLS 100        /* the grid needs this many columns... */
#define GRID_MIN_CELL 14     /* ...and this many for each room */
#define TIME_W 6             /* the grid's time axis: "09:30 " */
#define SHEET_WIDTH 100      /* the text sheet, as `report hearings` */

struct hearings {
	int day;                 /* the day shown; the week view shows its week */
	bool week;
	bool all;                /* postponed and cancelled too */
	int room;                /* the room shown alone (index in rooms), -1: all */
	struct room *rooms;      /* the office's rooms in room order */
	size_t nrooms;
	struct hearing *h;       /* the hearings shown, time then room order */
	int *col;                /* per hearing: its room's index, nrooms for none */
	char **unnotified;       /* per hearing: the parties not properly notified, "、"
				  * between, NULL when none */
	size_t *nunnotified;     /* per hearing: how many */
	size_t n, cap;
	size_t hidden;           /* postponed and cancelled, not shown */
	struct list list;
	int64_t want_id;         /* keep the selection on this hearing */
	int grid_top;            /* the first half hour shown in the grid */
};

/* ---- loading ------------------------------------------------------- */

static int monday_of(int day)
{
	return day - (date_weekday(day) - 1);
}

static int first_day(const struct hearings *s)
{
	return s->week ? monday_of(s->day) : s->day;
}

static int last_day(const struct hearings *s)
{
	return s->week ? monday_of(s->day) + 6 : s->day;
}

static int collect(const struct hearing *h, void *ctx)
{
	struct hearings *s = ctx;

	if (!s->all && h->status != HEARING_SCHEDULED && h->status != HEARING_HELD) {
		s->hidden++;
		return 0;
	}
	if (s->n == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 16;
		s->h = xrealloc(s->h, s->cap * sizeof *s->h);
		s->col = xrealloc(s->col, s->cap * sizeof *s->col);
		s->unnotified = xrealloc(s->unnotified, s->cap * sizeof *s->unnotified);
		s->nunnotified = xrealloc(s->nunnotified, s->cap * sizeof *s->nunnotified);
	}
	s->h[s->n] = *h;
	s->unnotified[s->n] = NULL;
	s->nunnotified[s->n] = 0;
	s->col[s->n] = (int)s->nrooms;
	for (size_t r = 0; r < s->nrooms; r++)
		if (s->rooms[r].id == h->room_id)
			s->col[s->n] = (int)r;
	s->n++;
	return 0;
}

/* Sort by start, then room order: hearing_each orders rooms by bytes. */
static void order(struct hearings *s)
{
	for (size_t i = 1; i < s->n; i++) {
		for (size_t j = i; j > 0; j--) {
			int c = strcmp(s->h[j - 1].at, s->h[j].at);
			if (c < 0 || (c == 0 && s->col[j - 1] <= s->col[j]))
				break;
			struct hearing t = s->h[j];
			int k = s->col[j];
			char *u = s->unnotified[j];
			size_t nu = s->nunnotified[j];
			s->h[j] = s->h[j - 1];
			s->col[j] = s->col[j - 1];
			s->unnotified[j] = s->unnotified[j - 1];
			s->nunnotified[j] = s->nunnotified[j - 1];
			s->h[j - 1] = t;
			s->col[j - 1] = k;
			s->unnotified[j - 1] = u;
			s->nunnotified[j - 1] = nu;
		}
	}
}

static void unnotified_free(struct hearings *s)
{
	for (size_t i = 0; i < s->n; i++) {
		free(s->unnotified[i]);
		s->unnotified[i] = NULL;
	}
}

/* Who was not served each scheduled hearing's notice in time. */
static void notified(struct app *app, struct hearings *s)
{
	for (size_t i = 0; i < s->n; i++) {
		struct strlist names = {0};
		struct tc_err e = {0};
		if (s->h[i].status != HEARING_SCHEDULED)
			continue;
		if (serve_unnotified(app->db, s->h[i].case_id, s->h[i].no, &names, &e) != TC_OK) {
			app_error(app, &e);
			sl_free(&names);
			return;
		}
		if (names.n) {
			struct strbuf sb = {0};
			for (size_t j = 0; j < names.n; j++)
				sb_printf(&sb, "%s%s", j ? "、" : "", names.v[j]);
			s->unnotified[i] = sb_take(&sb);
			s->nunnotified[i] = names.n;
		}
		sl_free(&names);
	}
}

/* Read the rooms and the hearings of the days shown again, the selection
 * staying on its hearing (or on want_id), else on the first. */
static void load(struct app *app, struct hearings *s)
{
	struct tc_err e = {0};
	size_t sel = list_selected(&s->list);
	int64_t keep = s->want_id ? s->want_id : sel != LIST_NONE && sel < s->n ? s->h[sel].id : 0;
	char room[TEXT_BYTES(TEXT_MAX_ROOM)] = "";

	if (s->room >= 0 && (size_t)s->room < s->nrooms)
		snprintf(room, sizeof room, "%s", s->rooms[s->room].name);
	free(s->rooms);
	s->rooms = NULL;
	s->nrooms = 0;
	unnotified_free(s);
	s->n = s->hidden = 0;
	s->want_id = 0;
	if (schedule_rooms(app->db, &s->rooms, &s->nrooms, &e) != TC_OK) {
		app_error(app, &e);
		return;
	}
	/* The room shown alone, by name: the list of rooms may have moved. */
	s->room = -1;
	for (size_t r = 0; room[0] && r < s->nrooms; r++)
		if (strcmp(s->rooms[r].name, room) == 0)
			s->room = (int)r;
	struct hearing_query q = {.from = first_day(s), .to = last_day(s),
				  .room = s->room >= 0 ? room : NULL};
	if (hearing_each(app->db, &app->actor, &q, collect, s, &e) != TC_OK)
		app_error(app, &e);
	notified(app, s);
	order(s);
	for (size_t i = 0; keep && i < s->n; i++) {
		if (s->h[i].id == keep) {
			list_select(&s->list, i);
			return;
		}
	}
	list_reset(&s->list);
	s->grid_top = -1;
}

/* ---- what a row says ----------------------------------------------- */

static const char *room_of(const struct hearings *s, size_t i)
{
	return s->h[i].room[0] ? s->h[i].room : "未定地点";
}

static attr_t status_attr(struct app *app, const struct hearing *h, bool sel)
{
	if (sel)
		return ui_attr(app, UA_SELECTED);
	if (h->status == HEARING_SCHEDULED)
		return A_NORMAL;
	return ui_attr(app, UA_DIM) | A_DIM; /* held, and (with a) the others */
}

static void short_no(const struct hearing *h, char *buf, size_t size)
{
	case_short_no(h->case_no, buf, size);
}

/* The minutes of the day of "YYYY-MM-DD HH:MM". */
static int minute_of(const char *at)
{
	int hh = 0, mm = 0;

	if (strlen(at) < 16 || sscanf(at + 11, "%d:%d", &hh, &mm) != 2)
		return 0;
	return hh * 60 + mm;
}

static int day_of(const char *at)
{
	char d[DATE_ISO_LEN];

	snprintf(d, sizeof d, "%.10s", at);
	return date_from_iso(d);
}

/* "10:00-11:00" (the end on another day: only the start). */
static void span(const struct hearing *h, char *buf, size_t size)
{
	if (strncmp(h->at, h->end_at, 10) == 0)
		snprintf(buf, size, "%.5s-%.5s", h->at + 11, h->end_at + 11);
	else
		snprintf(buf, size, "%.5s", h->at + 11);
}

/* ---- the list (a narrow day, and every week) ----------------------- */

struct cols {
	int date, time, room, no, app, resp, trib, clerk, status;
};

static void list_layout(const struct hearings *s, int cols, struct cols *c)
{
	int fixed, rest;

	memset(c, 0, sizeof *c);
	c->date = s->week ? 10 : 0;
	c->time = s->week ? 5 : 11;
	c->room = 10;
	c->no = 9;
	c->app = cols >= 100 ? 12 : 8;
	c->clerk = cols >= 100 ? 6 : 0;
	c->status = cols >= 100 ? 11 : 6; /* "未通知 2 人" or "未通知", "已取消" */
	fixed = c->date + c->time + c->room + c->no + c->app + c->clerk + c->status;
	/* One column between each, one at the left. */
	rest = cols - 1 - fixed - (c->date ? 1 : 0) - 6 - (c->clerk ? 1 : 0) - 1;
	c->trib = rest * 2 / 5;
	if (c->trib > 24)
		c->trib = 24;
	c->resp = rest - c->trib;
}

/* Draw cells left to right: each (text, width) pair, a space between. */
static int cell(int y, int x, const char *text, int w, attr_t a)
{
	if (w <= 0)
		return x;
	ui_cell(y, x, text, w, false, a);
	return x + w + 1;
}

static void draw_list_header(struct app *app, const struct hearings *s, int y, int cols)
{
	attr_t h = ui_attr(app, UA_HEADING);
	struct cols c;
	int x = 1;

	list_layout(s, cols, &c);
	x = cell(y, x, "日期", c.date, h);
	x = cell(y, x, "时间", c.time, h);
	x = cell(y, x, "开庭地点", c.room, h);
	x = cell(y, x, "案号", c.no, h);
	x = cell(y, x, "申请人", c.app, h);
	x = cell(y, x, "被申请人", c.resp, h);
	x = cell(y, x, "仲裁庭", c.trib, h);
	x = cell(y, x, "书记员", c.clerk, h);
	cell(y, x, "状态", c.status, h);
}

static void draw_list_row(struct app *app, void *ctx, size_t i, int y, int x0, int cols, bool sel)
{
	struct hearings *s = ctx;
	const struct hearing *h = &s->h[i];
	attr_t a = status_attr(app, h, sel);
	char date[24] = "", when[16], no[96], trib[sizeof h->chief + sizeof h->members + 16];
	struct cols c;
	int x = 1;

	(void)x0;
	list_layout(s, cols, &c);
	/* A week: the day on the first hearing of each day. */
	if (s->week && (i == 0 || day_of(s->h[i - 1].at) != day_of(h->at))) {
		int d = day_of(h->at);
		char iso[DATE_ISO_LEN];
		snprintf(date, sizeof date, "%s %s", date_iso(d, iso) + 5, date_weekday_zh(d));
	}
	if (s->week)
		snprintf(when, sizeof when, "%.5s", h->at + 11);
	else
		span(h, when, sizeof when);
	short_no(h, no, sizeof no);
	schedule_tribunal(h, trib, sizeof trib);
	ui_blank(y, 0, cols, a);
	x = cell(y, x, date, c.date, sel ? a : ui_attr(app, UA_HEADING));
	x = cell(y, x, when, c.time, a);
	x = cell(y, x, room_of(s, i), c.room, a);
	x = cell(y, x, no, c.no, a);
	x = cell(y, x, h->applicant, c.app, a);
	x = cell(y, x, h->respondent, c.resp, a);
	x = cell(y, x, trib, c.trib, a);
	x = cell(y, x, h->clerk, c.clerk, a);
	/* Scheduled is the rule: only the others say what they are (one
	 * whose day has passed unrecorded: 待记录), and a hearing not every
	 * party was properly notified of says so. */
	char notice[48] = "";
	if (s->nunnotified[i] && c.status >= 11)
		snprintf(notice, sizeof notice, "未通知 %zu 人", s->nunnotified[i]);
	else if (s->nunnotified[i])
		snprintf(notice, sizeof notice, "未通知");
	bool pending = h->status == HEARING_SCHEDULED && !hearing_unrecorded(h, app->today);
	cell(y, x, pending ? notice : hearing_status_on(h, app->today), c.status,
	     s->nunnotified[i] && !sel ? ui_attr(app, UA_SOON) : a);
}

static size_t count(void *ctx)
{
	return ((struct hearings *)ctx)->n;
}

/* `/` finds a hearing by case number, party, arbitrator or room. */
static bool hearing_matches(void *ctx, size_t i, const char *text)
{
	const struct hearing *h = &((struct hearings *)ctx)->h[i];

	return strstr(h->case_no, text) || strstr(h->applicant, text) ||
	       strstr(h->respondent, text) || strstr(h->chief, text) || strstr(h->members, text) ||
	       strstr(h->clerk, text) || strstr(h->room, text);
}

static const struct list_source hearings_source = {
	.count = count,
	.draw = draw_list_row,
	.match = hearing_matches,
};

/* ---- the grid (a day on a wide terminal) --------------------------- */

/* The grid's columns: the rooms shown (one when one is chosen; else those
 * that can be booked and those with a hearing this day), then 未定地点
 * when a hearing has no room.  Returns how many; col[k] is a room index
 * (nrooms for 未定地点). */
static size_t grid_columns(const struct hearings *s, int *col)
{
	size_t k = 0;
	bool none = false;

	for (size_t i = 0; i < s->n; i++)
		none |= s->col[i] == (int)s->nrooms;
	for (size_t r = 0; r < s->nrooms; r++) {
		bool used = false;
		for (size_t i = 0; i < s->n && !used; i++)
			used = s->col[i] == (int)r;
		if (s->room >= 0 ? (int)r == s->room : (s->rooms[r].available || used))
			col[k++] = (int)r;
	}
	if (none)
		col[k++] = (int)s->nrooms;
	return k;
}

/* The half hours the grid spans: at least DAY_START to DAY_END, more when
 * a hearing starts earlier or ends later. */
static void grid_span(const struct hearings *s, int *from, int *to)
{
	*from = DAY_START;
	*to = DAY_END;
	for (size_t i = 0; i < s->n; i++) {
		int a = minute_of(s->h[i].at), b = a + s->h[i].minutes;
		if (a < *from)
			*from = a / SLOT * SLOT;
		if (b > *to)
			*to = b > 24 * 60 ? 24 * 60 : (b + SLOT - 1) / SLOT * SLOT;
	}
}

static bool use_grid(const struct hearings *s, int cols, size_t ncols)
{
	return !s->week && cols >= GRID_COLS && ncols > 0 &&
	       (cols - 1 - TIME_W) / (int)ncols >= GRID_MIN_CELL;
}

/* The lines of hearing h's block, as many as it has rows; ※ before one
 * that a party was not properly notified of. */
static const char *block_line(const struct hearing *h, bool unnotified, int today, int k,
			      char *buf, size_t size)
{
	char no[96], trib[sizeof h->chief + sizeof h->members + 16];

	switch (k) {
	case 0:
		short_no(h, no, sizeof no);
		if (h->status == HEARING_SCHEDULED && !hearing_unrecorded(h, today))
			snprintf(buf, size, "%s%s %s", unnotified ? "※" : "", no, h->applicant);
		else
			snprintf(buf, size, "[%s] %s %s", hearing_status_on(h, today), no, h->applicant);
		return buf;
	case 1:
		return h->respondent;
	case 2:
		schedule_tribunal(h, trib, sizeof trib);
		snprintf(buf, size, "仲裁庭 %s", trib);
		return buf;
	case 3:
		if (!h->clerk[0])
			return "";
		snprintf(buf, size, "书记员 %s", h->clerk);
		return buf;
	default:
		return "";
	}
}

static void draw_grid(struct app *app, struct hearings *s, int top, int rows, int cols,
		      const int *col, size_t ncols)
{
	int from, to, slots, per, total, w = (cols - 1 - TIME_W) / (int)ncols;
	size_t sel = list_selected(&s->list);
	attr_t head = ui_attr(app, UA_HEADING), dim = ui_attr(app, UA_DIM) | A_DIM;
	int lines = rows - 1; /* under the rooms' row */

	if (w > 40)
		w = 40;
	grid_span(s, &from, &to);
	slots = (to - from) / SLOT;
	/* A half hour takes one line, or more when the screen has them, so
	 * that a block shows the tribunal and the 书记员 too. */
	per = slots > 0 ? lines / slots : 1;
	per = per < 1 ? 1 : per > 3 ? 3 : per;
	total = slots * per;
	/* Keep the selected hearing in view, whole when it fits (the grid's
	 * top is in lines). */
	if (sel != LIST_NONE) {
		int l0 = (minute_of(s->h[sel].at) - from) / SLOT * per;
		int len = (minute_of(s->h[sel].at) % SLOT + s->h[sel].minutes + SLOT - 1) / SLOT * per;
		if (s->grid_top < 0)
			s->grid_top = l0 > per ? l0 - per : 0;
		if (l0 + len > s->grid_top + lines)
			s->grid_top = l0 + len - lines;
		if (l0 < s->grid_top)
			s->grid_top = l0;
	}
	if (s->grid_top > total - lines)
		s->grid_top = total - lines;
	if (s->grid_top < 0)
		s->grid_top = 0;

	ui_cell(top, 1, "时间", TIME_W - 1, false, head);
	for (size_t k = 0; k < ncols; k++) {
		const char *name = col[k] < (int)s->nrooms ? s->rooms[col[k]].name : "未定地点";
		ui_cell(top, 1 + TIME_W + (int)k * w, name, w - 1, false, head);
	}
	for (int l = 0; l < lines && s->grid_top + l < total; l++) {
		int line = s->grid_top + l, m = from + line / per * SLOT, y = top + 1 + l;
		bool first = line % per == 0;
		char t[16];
		snprintf(t, sizeof t, "%02d:%02d", (m / 60) % 100, m % 60);
		if (first)
			ui_text(y, 1, t, 5, m % 60 ? dim : A_NORMAL);
		for (size_t k = 0; k < ncols; k++) {
			int x = 1 + TIME_W + (int)k * w;
			if (k + 1 < ncols)
				mvaddch(y, x + w - 1, ACS_VLINE);
			if (first && m % 60 == 0)
				ui_text(y, x, "·", 1, dim);
		}
	}
	/* Each hearing as a block in its room's column. */
	for (size_t i = 0; i < s->n; i++) {
		const struct hearing *h = &s->h[i];
		int start = minute_of(h->at), l0 = (start - from) / SLOT * per;
		int len = (start % SLOT + h->minutes + SLOT - 1) / SLOT * per;
		attr_t a = status_attr(app, h, i == sel);
		size_t k;
		char buf[1024];

		for (k = 0; k < ncols && col[k] != s->col[i]; k++)
			;
		if (k == ncols)
			continue;
		for (int r = 0; r < (len > 0 ? len : 1); r++) {
			int l = l0 + r - s->grid_top;
			if (l < 0 || l >= lines || l0 + r >= total)
				continue;
			ui_cell(top + 1 + l, 1 + TIME_W + (int)k * w,
				block_line(h, s->nunnotified[i] > 0, app->today, r, buf, sizeof buf),
				w - 1, false, a | (r == 0 && i != sel ? A_BOLD : 0));
		}
	}
}

/* ---- the screen ---------------------------------------------------- */

void *hearings_open(struct app *app)
{
	struct hearings *s = xcalloc(1, sizeof *s);

	s->day = app->today;
	s->room = -1;
	s->grid_top = -1;
	list_init(&s->list, &hearings_source, s, false);
	load(app, s);
	return s;
}

static void hearings_close(void *st)
{
	struct hearings *s = st;

	list_free(&s->list);
	unnotified_free(s);
	free(s->rooms);
	free(s->h);
	free(s->col);
	free(s->unnotified);
	free(s->nunnotified);
	free(s);
}

/* The first line: the day or the week, the room, what is counted. */
static void draw_title(struct app *app, struct hearings *s, int y, int cols)
{
	struct strbuf sb = {0};
	char a[48];
	size_t held = 0, open = 0;
	int x = 1;

	if (s->week) {
		int y0, wk, mon = monday_of(s->day), y1, m1, d1, y2, m2, d2;
		date_iso_week(mon, &y0, &wk);
		date_to_ymd(mon, &y1, &m1, &d1);
		date_to_ymd(mon + 6, &y2, &m2, &d2);
		if (y1 == y2)
			sb_printf(&sb, "%d年%d月%d日 至 %d月%d日", y1, m1, d1, m2, d2);
		else
			sb_printf(&sb, "%d年%d月%d日 至 %d年%d月%d日", y1, m1, d1, y2, m2, d2);
		sb_printf(&sb, " (第%d周)", wk);
	} else {
		schedule_day_label(s->day, a, sizeof a);
		sb_puts(&sb, a);
		if (s->day == app->today)
			sb_puts(&sb, " (今天)");
	}
	x += ui_text(y, x, sb_str(&sb), cols - x - 1, A_BOLD) + 2;
	sb.len = 0;
	for (size_t i = 0; i < s->n; i++) {
		if (s->h[i].status == HEARING_SCHEDULED)
			open++;
		else if (s->h[i].status == HEARING_HELD)
			held++;
	}
	if (s->room >= 0)
		sb_printf(&sb, "%s · ", s->rooms[s->room].name);
	sb_printf(&sb, "待开庭 %zu 场", open);
	if (held)
		sb_printf(&sb, " · 已开庭 %zu 场", held);
	if (s->all && s->n > open + held)
		sb_printf(&sb, " · 已延期或取消 %zu 场", s->n - open - held);
	else if (s->hidden)
		sb_printf(&sb, " · 另有已延期或取消 %zu 场 (a 显示)", s->hidden);
	if (x < cols - 1)
		ui_text(y, x, sb_str(&sb), cols - x - 1, A_NORMAL);
	sb_free(&sb);
}

/* The selected hearing whole, on two lines: what the columns cut. */
static void draw_detail(struct app *app, struct hearings *s, int y, int cols)
{
	size_t sel = list_selected(&s->list);
	struct strbuf a = {0}, b = {0};
	char when[16], trib[sizeof s->h[0].chief + sizeof s->h[0].members + 16];
	const struct hearing *h;
	int x;

	if (sel == LIST_NONE || sel >= s->n)
		return;
	h = &s->h[sel];
	span(h, when, sizeof when);
	schedule_tribunal(h, trib, sizeof trib);
	sb_printf(&a, "第%d次 · %.5s %s · %s · %s", h->no, h->at + 5, when, room_of(s, sel),
		  hearing_status_on(h, app->today));
	if (h->status_reason[0])
		sb_printf(&a, " (%s)", h->status_reason);
	sb_printf(&b, "申请人 %s · 被申请人 %s", h->applicant, h->respondent);
	if (trib[0])
		sb_printf(&b, " · 仲裁庭 %s", trib);
	if (h->clerk[0])
		sb_printf(&b, " · 书记员 %s", h->clerk);
	if (h->short_notice[0])
		sb_printf(&b, " · 提前开庭: %s", h->short_notice);
	if (s->unnotified[sel])
		sb_printf(&b, " · 未依法通知: %s", s->unnotified[sel]);
	x = 1 + ui_text(y, 1, h->case_no, cols - 2, A_BOLD);
	ui_text(y, x + 2, sb_str(&a), cols - x - 3, ui_attr(app, UA_DIM));
	ui_text(y + 1, 1, sb_str(&b), cols - 2, ui_attr(app, UA_DIM));
	sb_free(&a);
	sb_free(&b);
}

static void hearings_draw(struct app *app, void *st, int top, int rows, int cols, int *cy, int *cx)
{
	struct hearings *s = st;
	int col[64], y = top, body = rows - 4; /* title, header, detail x2 */
	size_t ncols = s->nrooms < 63 ? grid_columns(s, col) : 0;

	*cy = *cx = -1;
	if (list_searching(&s->list)) {
		*cy = y;
		*cx = list_search_draw(app, &s->list, y, 1, cols - 2);
	} else {
		draw_title(app, s, y, cols);
	}
	y++;
	if (use_grid(s, cols, ncols)) {
		list_frame(&s->list, body);
		draw_grid(app, s, y, body + 1, cols, col, ncols);
		if (s->n == 0)
			ui_text(top, cols - 18, "本日无开庭安排", 16, ui_attr(app, UA_DIM));
	} else {
		draw_list_header(app, s, y++, cols);
		if (s->n == 0)
			ui_text(y + 1, 2, s->week ? "本周无开庭安排" : "本日无开庭安排", cols - 4,
				ui_attr(app, UA_DIM));
		else
			list_draw(app, &s->list, y, body, 0, cols, true);
	}
	draw_detail(app, s, top + rows - 2, cols);
}

/* ---- the small forms: a date, the sheet's file --------------------- */

enum hf_kind { HF_DATE, HF_PRINT };

static const struct screen_ops dateform_ops;

struct hearingsform {
	struct formview v;
	enum hf_kind kind;
	struct hearings *s;
};

static void open_form(struct app *app, struct hearings *s, enum hf_kind kind)
{
	struct hearingsform *hf;
	struct form_def *def;
	struct tc_err e = {0};
	char iso[DATE_ISO_LEN], iso2[DATE_ISO_LEN], name[160];
	const char *text = kind == HF_DATE
		? "title|看某一天的开庭\n"
		  "date|日期|date|10|1|future|如 2026-12-01; 周视图中看这一天所在的一周\n"
		: "title|开庭排期表\n"
		  "path|文件名|text|40|1||以 .pdf 结尾存为 PDF (A4), 否则存为文本; 相对于启动本程序的目录,"
		  " 已有的同名文件会被替换\n";

	if (form_parse(text, "hearings", "hearings", &def, &e) != TC_OK) {
		app_error(app, &e);
		return;
	}
	hf = xcalloc(1, sizeof *hf);
	hf->kind = kind;
	hf->s = s;
	fv_init(&hf->v, app, def);
	if (kind == HF_DATE) {
		fv_set(&hf->v, "date", 0, date_iso(s->day, iso));
	} else {
		date_iso(first_day(s), iso);
		date_iso(last_day(s), iso2);
		if (s->week)
			snprintf(name, sizeof name, "开庭排期表-%s至%s", iso, iso2);
		else
			snprintf(name, sizeof name, "开庭排期表-%s", iso);
		if (s->room >= 0) {
			size_t len = strlen(name);
			snprintf(name + len, sizeof name - len, "-%s", s->rooms[s->room].name);
		}
		strncat(name, ".pdf", sizeof name - strlen(name) - 1);
		fv_set(&hf->v, "path", 0, name);
		snprintf(hf->v.note, sizeof hf->v.note, "%s%s的开庭排期表; F2 或 Enter 保存, Esc 取消",
			 s->week ? "这一周" : "这一天", s->room >= 0 ? s->rooms[s->room].name : "各开庭地点");
	}
	app_push(app, kind == HF_DATE ? &dateform_ops : &hearingsform_ops, hf);
}

static bool ends_with_pdf(const char *path)
{
	size_t n = strlen(path);
	return n > 4 && strcasecmp(path + n - 4, ".pdf") == 0;
}

/* The sheet of what s shows into path: PDF or text, whole or not at all. */
static enum tc_status save_sheet(struct app *app, struct hearings *s, const char *path,
				 struct tc_err *e)
{
	const char *room = s->room >= 0 ? s->rooms[s->room].name : NULL;
	struct rdoc d;
	enum tc_status st;

	if ((st = schedule_build(app->db, &app->actor, first_day(s), last_day(s), room, app->today,
				 &d, e)) != TC_OK)
		return st;
	if (ends_with_pdf(path)) {
		st = pdf_render(&d, path, NULL, e);
	} else {
		struct strbuf sb = {0};
		struct afile f;
		rdoc_render_text(&d, SHEET_WIDTH, &sb);
		if ((st = afile_open(&f, path, e)) == TC_OK) {
			if (fwrite(sb.buf, 1, sb.len, f.fp) != sb.len)
				st = err_set(e, TC_STORAGE, "path", "%s: 写入失败 (磁盘已满?)", path);
			st = afile_commit(&f, st, e);
		}
		sb_free(&sb);
	}
	rdoc_free(&d);
	return st;
}

static unsigned hf_save(struct app *app, struct hearingsform *hf)
{
	struct hearings *s = hf->s;
	struct tc_err e = {0};
	char *v;

	if (!fv_check_all(&hf->v))
		return RD_BODY;
	if (hf->kind == HF_DATE) {
		int day;
		v = fv_get(&hf->v, "date", 0);
		if (date_parse(v, &day, "date", &e) != TC_OK) {
			fv_mark(&hf->v, &e);
			free(v);
			return RD_BODY;
		}
		free(v);
		s->day = day;
		list_reset(&s->list);
		s->grid_top = -1;
		app_pop(app); /* reloads the screen below, on the new day */
		return RD_ALL;
	}
	v = fv_get(&hf->v, "path", 0);
	if (save_sheet(app, s, v, &e) != TC_OK) {
		fv_mark(&hf->v, &e);
		free(v);
		return RD_BODY;
	}
	app_pop(app);
	app_status(app, UA_OK, "已保存开庭排期表到 %s", v);
	free(v);
	return RD_ALL;
}

static unsigned hf_action(struct app *app, void *st, enum action a)
{
	if (a == ACT_SAVE)
		return hf_save(app, st);
	return fv_screen_action(app, st, a);
}

/* One-line forms finish on Enter. */
static unsigned hf_key(struct app *app, void *st, wint_t key, bool fkey)
{
	if (!fkey && (key == '\r' || key == '\n'))
		return hf_save(app, st);
	return fv_screen_key(app, st, key, fkey);
}

static bool hf_has(struct app *app, void *st, enum action a)
{
	if (a == ACT_NEXT_FIELD || a == ACT_PREV_FIELD)
		return false;
	return fv_screen_has(app, st, a);
}

static void hf_close(void *st)
{
	struct hearingsform *hf = st;

	fv_free(&hf->v);
	free(hf);
}

static const struct screen_ops dateform_ops = {
	.name = "hearings-date",
	.title = "选择日期",
	.groups = AG_FORM,
	.action = hf_action,
	.key = hf_key,
	.raw_keys = fv_screen_raw,
	.draw = fv_screen_draw,
	.has_action = hf_has,
	.dirty = fv_screen_dirty,
	.close = hf_close,
};

const struct screen_ops hearingsform_ops = {
	.name = "hearings-print",
	.title = "开庭排期表",
	.groups = AG_FORM,
	.action = hf_action,
	.key = hf_key,
	.raw_keys = fv_screen_raw,
	.draw = fv_screen_draw,
	.has_action = hf_has,
	.dirty = fv_screen_dirty,
	.close = hf_close,
};

/* ---- keys ---------------------------------------------------------- */

/* Show another day (the week view: the week that holds it). */
static void go_to(struct app *app, struct hearings *s, int day)
{
	s->day = day;
	list_reset(&s->list);
	s->grid_top = -1;
	load(app, s);
}

static unsigned hearings_action(struct app *app, void *st, enum action a)
{
	struct hearings *s = st;
	size_t sel = list_selected(&s->list);

	switch (a) {
	case ACT_HR_PREV:
	case ACT_HR_NEXT:
		go_to(app, s, s->day + (a == ACT_HR_PREV ? -1 : 1) * (s->week ? 7 : 1));
		return RD_BODY;
	case ACT_HR_PREV_WEEK:
	case ACT_HR_NEXT_WEEK:
		go_to(app, s, s->day + (a == ACT_HR_PREV_WEEK ? -7 : 7));
		return RD_BODY;
	case ACT_HR_TODAY:
		go_to(app, s, app->today);
		return RD_BODY;
	case ACT_HR_WEEK:
		/* The selected hearing's day becomes the day shown. */
		if (s->week && sel != LIST_NONE && sel < s->n)
			s->day = day_of(s->h[sel].at);
		s->week = !s->week;
		s->want_id = sel != LIST_NONE && sel < s->n ? s->h[sel].id : 0;
		s->grid_top = -1;
		load(app, s);
		return RD_BODY;
	case ACT_HR_ROOM:
		s->room = s->room + 1 < (int)s->nrooms ? s->room + 1 : -1;
		list_reset(&s->list);
		s->grid_top = -1;
		load(app, s); /* finds the room again by its name */
		if (s->room >= 0)
			app_status(app, UA_NORMAL, "只看 %s; 再按 r 换下一个", s->rooms[s->room].name);
		else
			app_status(app, UA_NORMAL, "各开庭地点");
		return RD_BODY;
	case ACT_HR_ALL:
		s->all = !s->all;
		s->want_id = sel != LIST_NONE && sel < s->n ? s->h[sel].id : 0;
		load(app, s);
		app_status(app, UA_NORMAL, "%s", s->all ? "也显示已延期、已取消的开庭"
			   : "只显示已排期和已开庭的开庭");
		return RD_BODY;
	case ACT_HR_DATE:
		open_form(app, s, HF_DATE);
		return RD_ALL;
	case ACT_HR_PRINT:
		open_form(app, s, HF_PRINT);
		return RD_ALL;
	case ACT_OPEN:
		if (sel == LIST_NONE || sel >= s->n)
			return RD_NONE;
		app_push(app, &casefile_ops, casefile_open(app, s->h[sel].case_id));
		return RD_ALL;
	default:
		return RD_PASS; /* moving and `/`: the list's (list.c) */
	}
}

static unsigned hearings_reload(struct app *app, void *st)
{
	load(app, st);
	return RD_BODY;
}

static bool hearings_has(struct app *app, void *st, enum action a)
{
	struct hearings *s = st;

	(void)app;
	if (a == ACT_OPEN || a == ACT_FIND)
		return s->n > 0;
	if (a == ACT_HR_ROOM)
		return s->nrooms > 0;
	return true;
}

static struct list *hearings_focus(void *st)
{
	return &((struct hearings *)st)->list;
}

const struct screen_ops hearings_ops = {
	.name = "hearings",
	.title = "庭审",
	.groups = AG_NAV | AG_LIST | AG_FIND | AG_HEARINGS,
	.action = hearings_action,
	.draw = hearings_draw,
	.reload = hearings_reload,
	.has_action = hearings_has,
	.close = hearings_close,
	.focus = hearings_focus,
};
