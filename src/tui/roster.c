/*
 * roster.c - 名册: the mediators, arbitrators and clerks on the roster,
 * with their caseload and standing, the selected person's record of the
 * year (cases, settled, success rate, average days), and the person form
 * that adds or edits one of them.
 *
 * The roster is small (a few hundred people at most), so it is read
 * whole.  Every change goes through the core's roster calls, which check
 * the entry as a row of the roster file would be checked; the screen only
 * turns the form into a request and the core's message into a mark next
 * to the field.  Organisations are edited through the roster file, not
 * here.  Without PERM_ROSTER (and for a read-only user) the editing keys
 * do not exist.  The office's hearing rooms are the roster's second list,
 * opened with `t` (rooms.c).
 */
#include "tui.h"
#include "list.h"

#include <stdlib.h>
#include <string.h>

#include "tiaocai/date.h"
#include "tiaocai/roster.h"
#include "tiaocai/text.h"

struct roster {
	struct roster_person *p;
	size_t n;
	struct list list;        /* the people on screen, the selected one, `/` */
	size_t norgs;
	int64_t want_id;         /* select this person on the next load, 0: keep */
	/* The selected person's record of the year, read when the selection
	 * reaches them and again after every reload. */
	int64_t stats_id;        /* whose, 0: none read */
	bool have_stats;         /* false when the core refused (a lawyer) */
	struct roster_stats stats;
};

/* The stored status, ignoring the term: 在册, 暂停 or 解聘. */
static const char *status_of(const struct roster_person *p)
{
	return roster_standing(p, DATE_NONE);
}

static bool may_edit(struct app *app)
{
	return !app->read_only && user_may(&app->actor, PERM_ROSTER, NULL) == TC_OK;
}

/* Read the roster again, keeping the selection on the same person (or
 * on want_id after a change). */
static void load(struct app *app, struct roster *r)
{
	struct roster_org *orgs = NULL;
	struct tc_err e = {0};
	int64_t keep = r->want_id ? r->want_id : r->n ? r->p[r->list.sel].id : 0;
	size_t norgs = 0;

	roster_people_free(r->p, r->n);
	r->p = NULL;
	r->n = 0;
	if (roster_people(app->db, &app->actor, NULL, &r->p, &r->n, &e) != TC_OK)
		app_error(app, &e);
	if (roster_orgs(app->db, &orgs, &norgs, &e) != TC_OK)
		app_error(app, &e);
	roster_orgs_free(orgs, norgs);
	r->norgs = norgs;
	r->want_id = 0;
	r->stats_id = 0;
	for (size_t i = 0; keep && i < r->n; i++) {
		if (r->p[i].id == keep) {
			list_select(&r->list, i);
			return;
		}
	}
	list_select(&r->list, r->list.sel); /* the same line, or the last */
}

static size_t people(void *ctx)
{
	return ((struct roster *)ctx)->n;
}

/* `/` finds a person by name, organisation, specialty or role. */
static bool person_matches(void *ctx, size_t i, const char *text)
{
	const struct roster_person *p = &((struct roster *)ctx)->p[i];

	return strstr(p->name, text) || strstr(p->org, text) || strstr(p->specialties, text) ||
	       strstr(roster_role_zh(p->role), text);
}

static void draw_row(struct app *app, void *ctx, size_t i, int y, int x, int cols, bool sel);

static const struct list_source people_source = {
	.count = people,
	.draw = draw_row,
	.match = person_matches,
};

void *roster_open(struct app *app)
{
	struct roster *r = xcalloc(1, sizeof *r);

	list_init(&r->list, &people_source, r, false);
	load(app, r);
	return r;
}

static void roster_close(void *st)
{
	struct roster *r = st;

	list_free(&r->list);
	roster_people_free(r->p, r->n);
	free(r);
}

/* ---- the person form (add, edit) and the reason form (suspend) ---- */

enum pf_mode { PF_ADD, PF_EDIT, PF_SUSPEND };

struct personform {
	struct formview v;
	enum pf_mode mode;
	struct roster *r;         /* the roster screen below, to select the result */
	struct roster_person *orig; /* PF_EDIT, PF_SUSPEND: the entry as it was */
	char who[192];            /* "调解员 张三" */
};

/* The form's keys, in the order of struct roster_person_in. */
static const char *const person_keys[] = {
	"role", "name", "org", "employment", "background", "cert_no", "specialties",
	"languages", "term_start", "term_end", "phone",
};
#define NKEYS (sizeof person_keys / sizeof person_keys[0])

static const char *orig_value(const struct roster_person *p, size_t k)
{
	const char *const v[NKEYS] = {
		roster_role_zh(p->role), p->name, p->org, p->employment, p->background,
		p->cert_no, p->specialties, p->languages, p->term_start, p->term_end, p->phone,
	};
	return v[k];
}

static struct fv_field *field(struct formview *v, const char *key)
{
	for (size_t i = 0; i < v->n; i++)
		if (strcmp(v->f[i].def->key, key) == 0 && v->f[i].entry == 0)
			return &v->f[i];
	return NULL;
}

static void open_form(struct app *app, struct roster *r, enum pf_mode mode)
{
	struct personform *pf = xcalloc(1, sizeof *pf);
	struct form_def *def = NULL;
	struct tc_err e = {0};
	enum tc_status st;

	pf->mode = mode;
	pf->r = r;
	if (mode != PF_ADD) {
		if (roster_person_get(app->db, &app->actor, r->p[r->list.sel].id, &pf->orig, &e) != TC_OK) {
			app_error(app, &e);
			free(pf);
			return;
		}
		snprintf(pf->who, sizeof pf->who, "%s %s", roster_role_zh(pf->orig->role),
			 pf->orig->name);
	}
	if (mode == PF_SUSPEND)
		st = form_parse("title|暂停名册人员\n"
				"status_reason|暂停事由|memo|40|1||如 本人申请、回避调查、长期外出;"
				" 暂停期间不再分派新案件, 已有案件照常办理\n",
				"suspend", "suspend", &def, &e);
	else
		st = form_load("person", NULL, &def, &e);
	if (st != TC_OK) {
		app_error(app, &e);
		if (pf->orig)
			roster_people_free(pf->orig, 1);
		free(pf);
		return;
	}
	fv_init(&pf->v, app, def);
	switch (mode) {
	case PF_ADD:
		snprintf(pf->v.note, sizeof pf->v.note, "在名册中增加一人; F2 保存, Esc 取消");
		break;
	case PF_EDIT:
		for (size_t k = 0; k < NKEYS; k++)
			if (*orig_value(pf->orig, k))
				fv_set(&pf->v, person_keys[k], 0, orig_value(pf->orig, k));
		snprintf(pf->v.title, sizeof pf->v.title, "修改名册人员");
		snprintf(pf->v.note, sizeof pf->v.note, "修改%s (编号 %lld); F2 保存, Esc 取消",
			 pf->who, (long long)pf->orig->id);
		if (pf->v.n > 1)
			pf->v.cur = 1; /* the role cannot change: start at the name */
		break;
	case PF_SUSPEND:
		snprintf(pf->v.note, sizeof pf->v.note, "暂停%s (在办 %d 件); F2 或 Enter 暂停, Esc 不变",
			 pf->who, pf->orig->caseload);
		break;
	}
	app_push(app, &personform_ops, pf);
}

/* Close the form and reload the roster on the person; msg goes to the
 * status line.  pf is gone afterwards. */
static void form_done(struct app *app, struct personform *pf, int64_t id, const char *msg)
{
	pf->r->want_id = id;
	app_pop(app); /* reloads the roster below */
	app_status(app, UA_OK, "%s", msg);
}

static unsigned save_person(struct app *app, struct personform *pf)
{
	const char *in_v[NKEYS] = {0};
	char *val[NKEYS] = {0};
	struct roster_person_in in;
	struct tc_err e = {0};
	int64_t id = pf->mode == PF_EDIT ? pf->orig->id : 0, out = 0;
	bool any = false;
	char msg[400];

	if (!fv_check_all(&pf->v))
		return RD_BODY;
	for (size_t k = 0; k < NKEYS; k++) {
		struct fv_field *f = field(&pf->v, person_keys[k]);
		val[k] = fv_get(&pf->v, person_keys[k], 0);
		if (pf->mode == PF_ADD) {
			in_v[k] = *val[k] ? val[k] : NULL;
		} else if (f && f->touched && strcmp(val[k], orig_value(pf->orig, k)) != 0) {
			/* Only what the clerk changed; "-" empties a field. */
			in_v[k] = *val[k] ? val[k] : "-";
			any = true;
		}
	}
	in = (struct roster_person_in){
		.role = in_v[0], .name = in_v[1], .org = in_v[2], .employment = in_v[3],
		.background = in_v[4], .cert_no = in_v[5], .specialties = in_v[6],
		.languages = in_v[7], .term_start = in_v[8], .term_end = in_v[9], .phone = in_v[10],
	};
	if (pf->mode == PF_EDIT && !any) {
		snprintf(msg, sizeof msg, "%s 没有改动", pf->who);
	} else if (roster_person_save(app->db, &app->actor, id, &in, &out, &e) != TC_OK) {
		/* The core calls the role column "kind". */
		if (strcmp(e.field, "kind") == 0)
			snprintf(e.field, sizeof e.field, "role");
		fv_mark(&pf->v, &e);
		for (size_t k = 0; k < NKEYS; k++)
			free(val[k]);
		return RD_BODY;
	} else if (pf->mode == PF_ADD) {
		snprintf(msg, sizeof msg, "已在名册中增加%s %s", val[0], val[1]);
	} else {
		snprintf(msg, sizeof msg, "已保存%s的修改", pf->who);
	}
	for (size_t k = 0; k < NKEYS; k++)
		free(val[k]);
	form_done(app, pf, out ? out : id, msg);
	return RD_ALL;
}

static unsigned save_suspend(struct app *app, struct personform *pf)
{
	struct tc_err e = {0};
	char *reason, msg[600];
	int64_t id = pf->orig->id;

	if (!fv_check_all(&pf->v))
		return RD_BODY;
	reason = fv_get(&pf->v, "status_reason", 0);
	if (roster_person_set_status(app->db, &app->actor, id, "暂停", reason, &e) != TC_OK) {
		fv_mark(&pf->v, &e);
		free(reason);
		return RD_BODY;
	}
	snprintf(msg, sizeof msg, "已暂停%s: %s (不再分派新案件, r 恢复)", pf->who, reason);
	free(reason);
	form_done(app, pf, id, msg);
	return RD_ALL;
}

static unsigned form_save(struct app *app, struct personform *pf)
{
	return pf->mode == PF_SUSPEND ? save_suspend(app, pf) : save_person(app, pf);
}

static unsigned personform_action(struct app *app, void *st, enum action a)
{
	if (a == ACT_SAVE)
		return form_save(app, st);
	return fv_screen_action(app, st, a);
}

static unsigned personform_key(struct app *app, void *st, wint_t key, bool fkey)
{
	struct personform *pf = st;

	/* The reason form has one line: Enter finishes it. */
	if (pf->mode == PF_SUSPEND && !fkey && (key == '\r' || key == '\n'))
		return form_save(app, pf);
	return fv_screen_key(app, st, key, fkey);
}

static bool personform_has(struct app *app, void *st, enum action a)
{
	struct personform *pf = st;

	if (pf->mode == PF_SUSPEND && (a == ACT_NEXT_FIELD || a == ACT_PREV_FIELD))
		return false;
	return fv_screen_has(app, st, a);
}

static void personform_close(void *st)
{
	struct personform *pf = st;

	fv_free(&pf->v);
	if (pf->orig)
		roster_people_free(pf->orig, 1);
	free(pf);
}

const struct screen_ops personform_ops = {
	.name = "person",
	.title = "名册人员",
	.groups = AG_FORM,
	.action = personform_action,
	.key = personform_key,
	.raw_keys = fv_screen_raw,
	.draw = fv_screen_draw,
	.has_action = personform_has,
	.dirty = fv_screen_dirty,
	.close = personform_close,
};

/* ---- the roster screen --------------------------------------------- */

/* Columns for cols: 姓名 角色 所属组织 专长 在办 状态 任期. */
struct grid {
	int name, role, org, spec, load, status, term;
	int x_name, x_role, x_org, x_spec, x_load, x_status, x_term;
};

static void layout(int cols, struct grid *g)
{
	int extra;

	g->name = cols >= 110 ? 10 : 8;
	g->role = 6;
	g->load = 4;
	g->term = 21;            /* 2024-01-01~2026-12-31 */
	extra = cols - 2 - 6 - (g->name + g->role + g->load + g->term);
	g->status = extra / 5;
	if (g->status < 8)
		g->status = 8;
	if (g->status > 20)
		g->status = 20;
	g->org = (extra - g->status) * 55 / 100;
	g->spec = extra - g->status - g->org;
	g->x_name = 1;
	g->x_role = g->x_name + g->name + 1;
	g->x_org = g->x_role + g->role + 1;
	g->x_spec = g->x_org + g->org + 1;
	g->x_load = g->x_spec + g->spec + 1;
	g->x_status = g->x_load + g->load + 1;
	g->x_term = g->x_status + g->status + 1;
}

/* "暂停: 本人申请" for a stopped entry, else the standing alone. */
static void standing_text(const struct roster_person *p, int today, char *buf, size_t size)
{
	const char *s = roster_standing(p, today);

	if (strcmp(status_of(p), "在册") != 0 && p->status_reason[0])
		snprintf(buf, size, "%s: %s", s, p->status_reason);
	else
		snprintf(buf, size, "%s", s);
}

static void term_text(const struct roster_person *p, char *buf, size_t size)
{
	if (p->term_start[0] || p->term_end[0])
		snprintf(buf, size, "%s~%s", p->term_start, p->term_end);
	else
		buf[0] = 0;
}

static void draw_summary(struct app *app, struct roster *r, int y, int cols)
{
	struct strbuf sb = {0};
	size_t med = 0, arb = 0, clerk = 0, stopped = 0;

	for (size_t i = 0; i < r->n; i++) {
		if (strcmp(r->p[i].role, "mediator") == 0)
			med++;
		else if (strcmp(r->p[i].role, "arbitrator") == 0)
			arb++;
		else
			clerk++;
		if (strcmp(roster_standing(&r->p[i], app->today), "在册") != 0)
			stopped++;
	}
	sb_printf(&sb, "调解员 %zu 人 · 仲裁员 %zu 人", med, arb);
	if (clerk)
		sb_printf(&sb, " · 书记员 %zu 人", clerk);
	sb_printf(&sb, " · 组织 %zu 个", r->norgs);
	if (stopped)
		sb_printf(&sb, "  (其中 %zu 人今日不在册)", stopped);
	ui_text(y, 1, sb_str(&sb), cols - 2, A_BOLD);
	sb_free(&sb);
}

static void draw_header(struct app *app, const struct grid *g, int y)
{
	attr_t h = ui_attr(app, UA_HEADING);

	ui_cell(y, g->x_name, "姓名", g->name, false, h);
	ui_cell(y, g->x_role, "角色", g->role, false, h);
	ui_cell(y, g->x_org, "所属组织", g->org, false, h);
	ui_cell(y, g->x_spec, "专长", g->spec, false, h);
	ui_cell(y, g->x_load, "在办", g->load, true, h);
	ui_cell(y, g->x_status, "状态", g->status, false, h);
	ui_cell(y, g->x_term, "任期", g->term, false, h);
}

static void draw_person(struct app *app, const struct grid *g, const struct roster_person *p,
			int y, bool sel)
{
	attr_t base = sel ? ui_attr(app, UA_SELECTED) : A_NORMAL, sa = base;
	const char *standing = roster_standing(p, app->today);
	char load[16], status[256], term[2 * DATE_ISO_LEN + 2];

	snprintf(load, sizeof load, "%d", p->caseload);
	standing_text(p, app->today, status, sizeof status);
	term_text(p, term, sizeof term);
	if (strcmp(standing, "在册") != 0)
		sa = ui_attr(app, strcmp(standing, "解聘") == 0 ? UA_DIM : UA_SOON) |
		     (sel ? A_REVERSE : 0);
	ui_blank(y, 0, g->x_term + g->term + 1, base);
	ui_cell(y, g->x_name, p->name, g->name, false, base);
	ui_cell(y, g->x_role, roster_role_zh(p->role), g->role, false, base);
	ui_cell(y, g->x_org, p->org, g->org, false, base);
	ui_cell(y, g->x_spec, p->specialties, g->spec, false, base);
	ui_cell(y, g->x_load, load, g->load, true, base);
	ui_cell(y, g->x_status, status, g->status, false, sa);
	ui_cell(y, g->x_term, term, g->term, false, base);
}

static void draw_row(struct app *app, void *ctx, size_t i, int y, int x, int cols, bool sel)
{
	struct roster *r = ctx;
	struct grid g;

	(void)x;
	layout(cols, &g);
	draw_person(app, &g, &r->p[i], y, sel);
}

static void item(struct strbuf *sb, const char *label, const char *value)
{
	if (!value || !*value)
		return;
	sb_printf(sb, "%s%s%s%s", sb->len ? " · " : "", label, *label ? " " : "", value);
}

/* The record of the year of the selected person p, as the core gives it
 * (read once per person and reload). */
static void stats_line(struct app *app, struct roster *r, const struct roster_person *p,
		       struct strbuf *sb)
{
	if (r->stats_id != p->id) {
		r->stats_id = p->id;
		r->have_stats = roster_person_stats(app->db, &app->actor, p->id, date_year(app->today),
						    &r->stats, NULL) == TC_OK;
	}
	if (!r->have_stats || strcmp(p->role, "clerk") == 0)
		return;
	const struct roster_stats *s = &r->stats;
	sb_printf(sb, "%d年 承办 %d 件 · 已结 %d 件 · 调解成功 %d 件", s->year, s->cases, s->closed,
		  s->settled);
	if (s->rate >= 0)
		sb_printf(sb, " (%d%%)", s->rate);
	if (s->avg_days >= 0)
		sb_printf(sb, " · 平均结案 %.1f 天", s->avg_days);
}

/* Three lines about the selected person: what the narrow columns cut,
 * and their record of the year. */
static void draw_detail(struct app *app, struct roster *r, const struct roster_person *p, int y,
			int cols)
{
	struct strbuf a = {0}, b = {0}, c = {0};
	char status[256], term[2 * DATE_ISO_LEN + 2];
	int x;

	standing_text(p, app->today, status, sizeof status);
	term_text(p, term, sizeof term);
	item(&a, "", roster_role_zh(p->role));
	item(&a, "", p->org[0] ? p->org : "无所属组织");
	item(&a, "", p->employment);
	item(&a, "电话", p->phone);
	item(&a, "证书", p->cert_no);
	item(&a, "背景", p->background);
	item(&b, "状态", status);
	item(&b, "任期", term);
	item(&b, "专长", p->specialties);
	item(&b, "语言", p->languages);
	stats_line(app, r, p, &c);
	x = 1 + ui_text(y, 1, p->name, cols - 2, A_BOLD);
	ui_text(y, x + 2, sb_str(&a), cols - x - 3, ui_attr(app, UA_DIM));
	ui_text(y + 1, 1, sb_str(&b), cols - 2, ui_attr(app, UA_DIM));
	ui_text(y + 2, 1, sb_str(&c), cols - 2, ui_attr(app, UA_DIM));
	sb_free(&a);
	sb_free(&b);
	sb_free(&c);
}

static void roster_draw(struct app *app, void *st, int top, int rows, int cols, int *cy, int *cx)
{
	struct roster *r = st;
	struct grid g;
	int y = top;
	size_t height = rows > 5 ? (size_t)(rows - 5) : 1; /* summary, header, detail x3 */

	*cy = *cx = -1;
	layout(cols, &g);
	if (list_searching(&r->list)) {
		*cy = y;
		*cx = list_search_draw(app, &r->list, y, 1, cols - 2);
		y++;
	} else {
		draw_summary(app, r, y++, cols);
	}
	draw_header(app, &g, y++);
	if (r->n == 0) {
		ui_text(y + 1, 2, may_edit(app) ? "名册中还没有人员: 按 a 增加, 或用 tiaocai roster import 导入名册文件"
			: "名册中还没有人员", cols - 4, ui_attr(app, UA_DIM));
		return;
	}
	list_draw(app, &r->list, y, (int)height, 0, cols, true);
	draw_detail(app, r, &r->p[r->list.sel], top + rows - 3, cols);
}

/* ---- keys ---------------------------------------------------------- */

static unsigned resume(struct app *app, struct roster *r)
{
	const struct roster_person *p = &r->p[r->list.sel];
	struct tc_err e = {0};
	char who[192];
	int64_t id = p->id;

	snprintf(who, sizeof who, "%s %s", roster_role_zh(p->role), p->name);
	if (strcmp(status_of(p), "在册") == 0) {
		app_status(app, UA_ERROR, "%s 本已在册", who);
		return RD_BODY;
	}
	if (!app_confirm(app, "恢复%s为在册 (现为%s)?", who, status_of(p)))
		return RD_BODY;
	if (roster_person_set_status(app->db, &app->actor, id, "在册", NULL, &e) != TC_OK) {
		app_error(app, &e);
		return RD_BODY;
	}
	r->want_id = id;
	load(app, r);
	app_status(app, UA_OK, "已恢复%s为在册, 可以再分派案件", who);
	return RD_BODY;
}

static unsigned roster_action(struct app *app, void *st, enum action a)
{
	struct roster *r = st;

	if (a == ACT_ROOMS) {
		app_push(app, &rooms_ops, rooms_open(app));
		return RD_ALL;
	}
	/* Moving and `/` are the list's (list.c).  Editing: these keys are
	 * hidden from who may not; refuse anyway, as the app still offers a
	 * hidden key to the screen. */
	if (a != ACT_PERSON_ADD && a != ACT_PERSON_EDIT && a != ACT_OPEN &&
	    a != ACT_PERSON_SUSPEND && a != ACT_PERSON_RESUME)
		return RD_PASS;
	if (!may_edit(app) || (a != ACT_PERSON_ADD && r->n == 0))
		return RD_PASS;
	switch (a) {
	case ACT_PERSON_ADD:
		open_form(app, r, PF_ADD);
		return RD_ALL;
	case ACT_OPEN:           /* Enter edits, for who may edit */
	case ACT_PERSON_EDIT:
		open_form(app, r, PF_EDIT);
		return RD_ALL;
	case ACT_PERSON_SUSPEND:
		if (strcmp(status_of(&r->p[r->list.sel]), "在册") != 0) {
			app_status(app, UA_ERROR, "%s %s 现为%s, 不能再暂停", roster_role_zh(r->p[r->list.sel].role),
				   r->p[r->list.sel].name, status_of(&r->p[r->list.sel]));
			return RD_BODY;
		}
		open_form(app, r, PF_SUSPEND);
		return RD_ALL;
	case ACT_PERSON_RESUME:
		return resume(app, r);
	default:
		return RD_PASS;
	}
}

static unsigned roster_reload(struct app *app, void *st)
{
	load(app, st);
	return RD_BODY;
}

static bool roster_has(struct app *app, void *st, enum action a)
{
	struct roster *r = st;

	switch (a) {
	case ACT_OPEN:
		return false;    /* Enter edits silently; e is the key shown */
	case ACT_PERSON_ADD:
		return may_edit(app);
	case ACT_PERSON_EDIT:
		return may_edit(app) && r->n > 0;
	case ACT_PERSON_SUSPEND:
		return may_edit(app) && r->n > 0 && strcmp(status_of(&r->p[r->list.sel]), "在册") == 0;
	case ACT_PERSON_RESUME:
		return may_edit(app) && r->n > 0 && strcmp(status_of(&r->p[r->list.sel]), "在册") != 0;
	default:
		return true;
	}
}

static struct list *roster_focus(void *st)
{
	return &((struct roster *)st)->list;
}

const struct screen_ops roster_ops = {
	.name = "roster",
	.title = "名册",
	.groups = AG_NAV | AG_LIST | AG_FIND | AG_ROSTER,
	.action = roster_action,
	.draw = roster_draw,
	.reload = roster_reload,
	.has_action = roster_has,
	.close = roster_close,
	.focus = roster_focus,
};
