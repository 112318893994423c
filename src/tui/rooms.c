/*
 * rooms.c - 名册 › 开庭地点: the office's hearing rooms (name, seats,
 * whether it is the 速裁庭, whether it can be booked, address, note), in
 * the order the 庭审 screen and the 开庭排期表 show them, and the form
 * (forms/room.form) that adds or edits one.
 *
 * Opened from the roster screen with `t`.  Rooms are few, so the list is
 * read whole; every change goes through room_add / room_edit, which check
 * and journal it, and the core's message goes next to the field it names.
 * Without PERM_ROSTER (and for a read-only user) the editing keys do not
 * exist.
 */
#include "tui.h"
#include "list.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tiaocai/room.h"
#include "tiaocai/schedule.h"
#include "tiaocai/text.h"

struct rooms {
	struct room *v;
	size_t n;
	struct list list;        /* the rooms on screen, the selected one, `/` */
	char want[TEXT_BYTES(TEXT_MAX_ROOM)]; /* select this room on the next load */
};

static bool may_edit(struct app *app)
{
	return !app->read_only && user_may(&app->actor, PERM_ROSTER, NULL) == TC_OK;
}

/* Read the rooms again, keeping the selection on the same room (or on
 * `want` after a change). */
static void load(struct app *app, struct rooms *r)
{
	struct tc_err e = {0};
	char keep[TEXT_BYTES(TEXT_MAX_ROOM)] = "";

	if (r->want[0])
		snprintf(keep, sizeof keep, "%s", r->want);
	else if (r->n)
		snprintf(keep, sizeof keep, "%s", r->v[r->list.sel].name);
	free(r->v);
	r->v = NULL;
	r->n = 0;
	r->want[0] = '\0';
	if (schedule_rooms(app->db, &r->v, &r->n, &e) != TC_OK)
		app_error(app, &e);
	for (size_t i = 0; keep[0] && i < r->n; i++) {
		if (strcmp(r->v[i].name, keep) == 0) {
			list_select(&r->list, i);
			return;
		}
	}
	list_select(&r->list, r->list.sel);
}

static size_t count(void *ctx)
{
	return ((struct rooms *)ctx)->n;
}

/* `/` finds a room by name, address or note. */
static bool room_matches(void *ctx, size_t i, const char *text)
{
	const struct room *m = &((struct rooms *)ctx)->v[i];

	return strstr(m->name, text) || strstr(m->address, text) || strstr(m->note, text);
}

/* Columns: 名称 座位 速裁庭 可用 地址 备注. */
struct grid {
	int name, seats, fast, avail, addr, note;
};

static void layout(int cols, struct grid *g)
{
	int rest;

	g->name = 14;
	g->seats = 4;
	g->fast = 6;
	g->avail = 4;
	rest = cols - 2 - 5 - (g->name + g->seats + g->fast + g->avail);
	g->addr = rest * 6 / 10;
	g->note = rest - g->addr;
}

static void draw_cells(struct app *app, const struct grid *g, int y, const char *const *cell,
		       attr_t base, attr_t avail)
{
	int x = 1;

	(void)app;
	ui_cell(y, x, cell[0], g->name, false, base); x += g->name + 1;
	ui_cell(y, x, cell[1], g->seats, true, base); x += g->seats + 1;
	ui_cell(y, x, cell[2], g->fast, false, base); x += g->fast + 1;
	ui_cell(y, x, cell[3], g->avail, false, avail); x += g->avail + 1;
	ui_cell(y, x, cell[4], g->addr, false, base); x += g->addr + 1;
	ui_cell(y, x, cell[5], g->note, false, base);
}

static void draw_row(struct app *app, void *ctx, size_t i, int y, int x, int cols, bool sel)
{
	const struct room *m = &((struct rooms *)ctx)->v[i];
	attr_t base = sel ? ui_attr(app, UA_SELECTED) : A_NORMAL;
	attr_t avail = m->available ? base : ui_attr(app, UA_SOON) | (sel ? A_REVERSE : 0);
	char seats[16];
	struct grid g;

	(void)x;
	layout(cols, &g);
	snprintf(seats, sizeof seats, "%d", m->capacity);
	const char *cell[] = {m->name, m->capacity ? seats : "", m->fast ? "是" : "",
			      m->available ? "是" : "停用", m->address, m->note};
	ui_blank(y, 0, cols, base);
	draw_cells(app, &g, y, cell, base, avail);
}

static const struct list_source rooms_source = {
	.count = count,
	.draw = draw_row,
	.match = room_matches,
};

void *rooms_open(struct app *app)
{
	struct rooms *r = xcalloc(1, sizeof *r);

	list_init(&r->list, &rooms_source, r, false);
	load(app, r);
	return r;
}

static void rooms_close(void *st)
{
	struct rooms *r = st;

	list_free(&r->list);
	free(r->v);
	free(r);
}

static void rooms_draw(struct app *app, void *st, int top, int rows, int cols, int *cy, int *cx)
{
	struct rooms *r = st;
	static const char *const head[] = {"名称", "座位", "速裁庭", "可用", "地址", "备注"};
	struct strbuf sb = {0};
	struct grid g;
	size_t avail = 0;
	int y = top;

	*cy = *cx = -1;
	layout(cols, &g);
	if (list_searching(&r->list)) {
		*cy = y;
		*cx = list_search_draw(app, &r->list, y, 1, cols - 2);
	} else {
		for (size_t i = 0; i < r->n; i++)
			avail += r->v[i].available;
		sb_printf(&sb, "开庭地点 %zu 个", r->n);
		if (avail < r->n)
			sb_printf(&sb, " · 可用 %zu 个, 停用 %zu 个", avail, r->n - avail);
		ui_text(y, 1, sb_str(&sb), cols - 2, A_BOLD);
		sb_free(&sb);
	}
	y++;
	draw_cells(app, &g, y++, head, ui_attr(app, UA_HEADING), ui_attr(app, UA_HEADING));
	if (r->n == 0) {
		ui_text(y + 1, 2, may_edit(app) ? "还没有登记开庭地点: 按 a 增加, 或用 tiaocai room add 名称"
			: "还没有登记开庭地点", cols - 4, ui_attr(app, UA_DIM));
		return;
	}
	list_draw(app, &r->list, y, rows - 4, 0, cols, true);
	/* The selected room whole: what the narrow columns cut. */
	const struct room *m = &r->v[r->list.sel];
	sb_printf(&sb, "%s%s%s", m->address[0] ? "地址 " : "", m->address,
		  m->note[0] ? (m->address[0] ? " · 备注 " : "备注 ") : "");
	sb_puts(&sb, m->note);
	int x = 1 + ui_text(top + rows - 1, 1, m->name, cols - 2, A_BOLD);
	ui_text(top + rows - 1, x + 2, sb_str(&sb), cols - x - 3, ui_attr(app, UA_DIM));
	sb_free(&sb);
}

/* ---- the room form --------------------------------------------------- */

struct roomform {
	struct formview v;
	struct rooms *r;         /* the list below, to select the result */
	bool edit;
	struct room orig;        /* edit: the room as it was */
};

/* The form's keys and the room's values as the form shows them. */
static const char *const room_keys[] = {"name", "capacity", "fast", "available", "address",
					"note"};
#define NKEYS (sizeof room_keys / sizeof room_keys[0])

static void values_of(const struct room *m, char seats[16], const char *v[NKEYS])
{
	snprintf(seats, 16, "%d", m->capacity);
	v[0] = m->name;
	v[1] = m->capacity ? seats : "";
	v[2] = m->fast ? "是" : "否";
	v[3] = m->available ? "是" : "否";
	v[4] = m->address;
	v[5] = m->note;
}

static void open_form(struct app *app, struct rooms *r, bool edit)
{
	struct roomform *rf;
	struct form_def *def = NULL;
	struct tc_err e = {0};

	if (form_load("room", NULL, &def, &e) != TC_OK) {
		app_error(app, &e);
		return;
	}
	rf = xcalloc(1, sizeof *rf);
	rf->r = r;
	rf->edit = edit;
	fv_init(&rf->v, app, def);
	if (edit) {
		const char *v[NKEYS];
		char seats[16];

		rf->orig = r->v[r->list.sel];
		values_of(&rf->orig, seats, v);
		for (size_t k = 0; k < NKEYS; k++)
			if (*v[k])
				fv_set(&rf->v, room_keys[k], 0, v[k]);
		snprintf(rf->v.title, sizeof rf->v.title, "修改开庭地点");
		snprintf(rf->v.note, sizeof rf->v.note, "修改 %s; F2 保存, Esc 取消", rf->orig.name);
	} else {
		snprintf(rf->v.note, sizeof rf->v.note, "登记一个开庭地点; F2 保存, Esc 取消");
	}
	app_push(app, &roomform_ops, rf);
}

static unsigned save_room(struct app *app, struct roomform *rf)
{
	char *val[NKEYS] = {0}, seats[16], msg[300];
	const char *orig[NKEYS], *in_v[NKEYS] = {0};
	struct tc_err e = {0};
	enum tc_status st = TC_OK;
	bool any = false;

	if (!fv_check_all(&rf->v))
		return RD_BODY;
	if (rf->edit)
		values_of(&rf->orig, seats, orig);
	for (size_t k = 0; k < NKEYS; k++) {
		val[k] = fv_get(&rf->v, room_keys[k], 0);
		if (!rf->edit) {
			in_v[k] = *val[k] ? val[k] : NULL;
		} else if (strcmp(val[k], orig[k]) != 0) {
			/* Only what changed; an emptied field is cleared. */
			in_v[k] = *val[k] ? val[k] : strcmp(room_keys[k], "capacity") == 0 ? "0" : "-";
			any = true;
		}
	}
	struct room_in in = {.name = in_v[0], .capacity = in_v[1], .fast = in_v[2],
			     .available = in_v[3], .address = in_v[4], .note = in_v[5]};
	if (rf->edit && !any)
		snprintf(msg, sizeof msg, "%s 没有改动", rf->orig.name);
	else if (!rf->edit)
		st = room_add(app->db, &app->actor, &in, &e);
	else
		st = room_edit(app->db, &app->actor, rf->orig.name, &in, &e);
	if (st != TC_OK) {
		fv_mark(&rf->v, &e);
		for (size_t k = 0; k < NKEYS; k++)
			free(val[k]);
		return RD_BODY;
	}
	if (!rf->edit)
		snprintf(msg, sizeof msg, "已登记开庭地点 %s", val[0]);
	else if (any)
		snprintf(msg, sizeof msg, "已修改开庭地点 %s", val[0]);
	snprintf(rf->r->want, sizeof rf->r->want, "%s", val[0]);
	for (size_t k = 0; k < NKEYS; k++)
		free(val[k]);
	app_pop(app); /* reloads the list below, on the room */
	app_status(app, UA_OK, "%s", msg);
	return RD_ALL;
}

static unsigned roomform_action(struct app *app, void *st, enum action a)
{
	if (a == ACT_SAVE)
		return save_room(app, st);
	return fv_screen_action(app, st, a);
}

static void roomform_close(void *st)
{
	struct roomform *rf = st;

	fv_free(&rf->v);
	free(rf);
}

const struct screen_ops roomform_ops = {
	.name = "room",
	.title = "开庭地点",
	.groups = AG_FORM,
	.action = roomform_action,
	.key = fv_screen_key,
	.raw_keys = fv_screen_raw,
	.draw = fv_screen_draw,
	.has_action = fv_screen_has,
	.dirty = fv_screen_dirty,
	.close = roomform_close,
};

/* ---- the screen ------------------------------------------------------ */

static unsigned rooms_action(struct app *app, void *st, enum action a)
{
	struct rooms *r = st;

	/* Moving and `/` are the list's.  The editing keys are hidden from
	 * who may not; refuse anyway, as a hidden key still reaches here. */
	if (a != ACT_ROOM_ADD && a != ACT_ROOM_EDIT && a != ACT_OPEN)
		return RD_PASS;
	if (!may_edit(app) || (a != ACT_ROOM_ADD && r->n == 0))
		return RD_PASS;
	open_form(app, r, a != ACT_ROOM_ADD);
	return RD_ALL;
}

static unsigned rooms_reload(struct app *app, void *st)
{
	load(app, st);
	return RD_BODY;
}

static bool rooms_has(struct app *app, void *st, enum action a)
{
	struct rooms *r = st;

	switch (a) {
	case ACT_OPEN:
		return false;    /* Enter edits silently, for who may; e is the key shown */
	case ACT_ROOM_ADD:
		return may_edit(app);
	case ACT_ROOM_EDIT:
		return may_edit(app) && r->n > 0;
	case ACT_FIND:
		return r->n > 0;
	default:
		return true;
	}
}

static struct list *rooms_focus(void *st)
{
	return &((struct rooms *)st)->list;
}

const struct screen_ops rooms_ops = {
	.name = "rooms",
	.title = "开庭地点",
	.groups = AG_NAV | AG_LIST | AG_FIND | AG_ROOMS,
	.action = rooms_action,
	.draw = rooms_draw,
	.reload = rooms_reload,
	.has_action = rooms_has,
	.close = rooms_close,
	.focus = rooms_focus,
};
