/*
 * formview.c - a form from forms/NAME.form on the screen: one line per
 * field, groups (applicants, respondents, claims) repeated per entry,
 * each value checked as the clerk leaves the field with the message in
 * words beside it.  The screens that use it (intake, event forms, the
 * roster's person form) turn the values into core requests; the core
 * checks everything again on save.
 */
#include "tui.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "tiaocai/roster.h"
#include "tiaocai/text.h"

/* How a group is called on screen; the key itself for unknown groups. */
static const struct {
	const char *group, *zh;
} group_names[] = {
	{"applicant", "申请人"},
	{"respondent", "被申请人"},
	{"claim", "仲裁请求"},
};

static const char *group_zh(const char *group)
{
	for (size_t i = 0; i < sizeof group_names / sizeof group_names[0]; i++)
		if (strcmp(group_names[i].group, group) == 0)
			return group_names[i].zh;
	return group;
}

static bool is_choice(const struct form_field *d)
{
	return d->type == FORM_CHOICE || d->type == FORM_PERSON;
}

/* The people a FORM_PERSON field offers: those of its role on the roster
 * and standing today, "姓名@组织" where two share a name. */
static void person_choices(struct formview *v, struct fv_field *f)
{
	struct roster_person *p = NULL;
	size_t n = 0;
	struct tc_err e = {0};
	const char *role = f->def->nchoices ? f->def->choices[0] : "mediator";

	f->own_choices = true;
	f->choices = xcalloc(1, sizeof *f->choices);
	f->choices[0] = xstrdup("");
	f->nchoices = 1;
	if (roster_people(v->app->db, &v->app->actor, role, &p, &n, &e) != TC_OK)
		return;
	f->choices = xrealloc(f->choices, (n + 1) * sizeof *f->choices);
	for (size_t i = 0; i < n; i++) {
		bool twin = false;
		if (strcmp(roster_standing(&p[i], v->app->today), "在册") != 0)
			continue;
		for (size_t j = 0; j < n; j++)
			if (j != i && strcmp(p[j].name, p[i].name) == 0)
				twin = true;
		f->choices[f->nchoices++] = twin ? xasprintf("%s@%s", p[i].name, p[i].org)
						 : xstrdup(p[i].name);
	}
	roster_people_free(p, n);
}

static void field_init(struct formview *v, struct fv_field *f, const struct form_field *d,
		       int entry)
{
	memset(f, 0, sizeof *f);
	f->def = d;
	f->entry = entry;
	ledit_init(&f->ed, "", d->type == FORM_MEMO ? 200 : 60);
	if (d->type == FORM_CHOICE) {
		f->choices = d->choices;
		f->nchoices = d->nchoices;
	} else if (d->type == FORM_PERSON) {
		person_choices(v, f);
	}
	snprintf(f->label, sizeof f->label, "%s", d->label);
}

static void field_free(struct fv_field *f)
{
	ledit_free(&f->ed);
	free(f->msg);
	if (f->own_choices) {
		for (size_t i = 0; i < f->nchoices; i++)
			free(f->choices[i]);
		free(f->choices);
	}
}

static void insert_field(struct formview *v, size_t at, const struct form_field *d, int entry)
{
	v->f = xgrow(v->f, &v->cap, v->n + 1, sizeof *v->f);
	memmove(v->f + at + 1, v->f + at, (v->n - at) * sizeof *v->f);
	v->n++;
	field_init(v, &v->f[at], d, entry);
}

void fv_init(struct formview *v, struct app *app, struct form_def *def)
{
	memset(v, 0, sizeof *v);
	v->app = app;
	v->def = def;
	snprintf(v->title, sizeof v->title, "%s", def->title);
	for (size_t i = 0; i < def->nfields; i++)
		insert_field(v, v->n, &def->fields[i], 0);
}

void fv_free(struct formview *v)
{
	for (size_t i = 0; i < v->n; i++)
		field_free(&v->f[i]);
	free(v->f);
	form_free(v->def);
	memset(v, 0, sizeof *v);
}

void fv_expand(struct formview *v, const char *key, int n, const char *const *labels)
{
	size_t at;

	for (at = 0; at < v->n; at++)
		if (strcmp(v->f[at].def->key, key) == 0)
			break;
	if (at == v->n || n < 1)
		return;
	const struct form_field *d = v->f[at].def;
	snprintf(v->f[at].label, sizeof v->f[at].label, "%s", labels[0]);
	for (int i = 1; i < n; i++) {
		insert_field(v, at + (size_t)i, d, i);
		snprintf(v->f[at + (size_t)i].label, sizeof v->f[at].label, "%s", labels[i]);
	}
}

static struct fv_field *find(const struct formview *v, const char *key, int entry)
{
	for (size_t i = 0; i < v->n; i++)
		if (strcmp(v->f[i].def->key, key) == 0 && v->f[i].entry == entry)
			return &v->f[i];
	return NULL;
}

void fv_set(struct formview *v, const char *key, int entry, const char *value)
{
	struct fv_field *f = find(v, key, entry);

	if (!f)
		return;
	if (is_choice(f->def)) {
		for (size_t i = 0; i < f->nchoices; i++)
			if (strcmp(f->choices[i], value) == 0)
				f->choice = i;
	} else {
		ledit_set(&f->ed, value);
	}
}

static char *value_of(const struct fv_field *f)
{
	if (is_choice(f->def))
		return xstrdup(f->nchoices ? f->choices[f->choice] : "");
	char *raw = ledit_text(&f->ed), *t = text_trim(raw);
	free(raw);
	return t;
}

char *fv_get(const struct formview *v, const char *key, int entry)
{
	struct fv_field *f = find(v, key, entry);
	return f ? value_of(f) : xstrdup("");
}

int fv_entries(const struct formview *v, const char *group)
{
	int n = 0;

	for (size_t i = 0; i < v->n; i++)
		if (v->f[i].def->group && strcmp(v->f[i].def->group, group) == 0 &&
		    v->f[i].entry + 1 > n)
			n = v->f[i].entry + 1;
	return n;
}

/* Check field f; its message is set or cleared.  True when it passes. */
static bool check_field(struct formview *v, struct fv_field *f)
{
	struct tc_err e = {0};
	char *val = value_of(f), *norm = NULL;
	bool ok;

	free(f->msg);
	f->msg = NULL;
	if (f->def->type == FORM_PERSON) {
		ok = !(f->def->required && !*val);
		if (!ok)
			f->msg = xasprintf("请选择%s (用 ← → 或空格挑选)", f->def->label);
		free(val);
		return ok;
	}
	ok = form_check(f->def, val, v->app->today, &norm, &e) == TC_OK;
	if (!ok)
		f->msg = xstrdup(e.msg);
	else if (norm && !is_choice(f->def))
		ledit_set(&f->ed, norm);
	free(norm);
	free(val);
	return ok;
}

bool fv_check_all(struct formview *v)
{
	bool all = true;
	size_t first = v->n;

	for (size_t i = 0; i < v->n; i++) {
		if (!check_field(v, &v->f[i]) && first == v->n)
			first = i;
	}
	if (first < v->n) {
		all = false;
		v->cur = first;
		app_status(v->app, UA_ERROR, "%s", v->f[first].msg);
	}
	return all;
}

void fv_mark(struct formview *v, const struct tc_err *e)
{
	/* The core names fields like the command line: "applicant", "申请人2",
	 * "claim 1"...; match the form key or its group and entry number. */
	for (size_t i = 0; i < v->n; i++) {
		const struct form_field *d = v->f[i].def;
		if (e->field[0] && (strcmp(d->key, e->field) == 0 || strcmp(d->label, e->field) == 0)) {
			free(v->f[i].msg);
			v->f[i].msg = xstrdup(e->msg);
			v->cur = i;
			break;
		}
	}
	app_error(v->app, e);
}

void fv_move(struct formview *v, int delta)
{
	struct fv_field *f;

	if (v->n == 0)
		return;
	f = &v->f[v->cur];
	if (!check_field(v, f) && (f->touched || delta > 0))
		app_status(v->app, UA_ERROR, "%s", f->msg);
	if (delta > 0 && v->cur + 1 < v->n)
		v->cur++;
	else if (delta < 0 && v->cur > 0)
		v->cur--;
}

void fv_add_entry(struct formview *v)
{
	const char *group = v->n ? v->f[v->cur].def->group : NULL;
	size_t last = 0;
	int entry;

	if (!group) {
		app_status(v->app, UA_ERROR, "请先把光标移到申请人、被申请人或仲裁请求中, 再按 F4 加一条");
		return;
	}
	entry = fv_entries(v, group);
	for (size_t i = 0; i < v->n; i++)
		if (v->f[i].def->group && strcmp(v->f[i].def->group, group) == 0)
			last = i;
	size_t at = last + 1, first = at;
	for (size_t i = 0; i < v->def->nfields; i++) {
		const struct form_field *d = &v->def->fields[i];
		if (d->group && strcmp(d->group, group) == 0)
			insert_field(v, at++, d, entry);
	}
	v->cur = first;
	v->dirty = true;
	app_status(v->app, UA_OK, "已加 %s %d", group_zh(group), entry + 1);
}

void fv_del_entry(struct formview *v)
{
	const char *group = v->n ? v->f[v->cur].def->group : NULL;
	int entry, n;
	size_t w = 0;

	if (!group) {
		app_status(v->app, UA_ERROR, "这一项不是可以删去的一条");
		return;
	}
	n = fv_entries(v, group);
	if (n <= 1) {
		app_status(v->app, UA_ERROR, "%s至少要有一条", group_zh(group));
		return;
	}
	entry = v->f[v->cur].entry;
	char *g = xstrdup(group);
	for (size_t i = 0; i < v->n; i++) {
		struct fv_field *f = &v->f[i];
		bool same = f->def->group && strcmp(f->def->group, g) == 0;
		if (same && f->entry == entry) {
			field_free(f);
			if (i < v->cur)
				v->cur--;
			continue;
		}
		if (same && f->entry > entry)
			f->entry--;
		v->f[w++] = *f;
	}
	v->n = w;
	if (v->cur >= v->n)
		v->cur = v->n - 1;
	v->dirty = true;
	app_status(v->app, UA_OK, "已删去 %s %d", group_zh(g), entry + 1);
	free(g);
}

static void choice_step(struct fv_field *f, int d)
{
	if (f->nchoices == 0)
		return;
	f->choice = (f->choice + f->nchoices + (size_t)(d + (int)f->nchoices)) % f->nchoices;
}

/* A typed character in a choice field jumps to the next choice that
 * starts with it (是/否, a surname typed through the input method). */
static bool choice_jump(struct fv_field *f, wint_t key)
{
	char mb[MB_LEN_MAX + 1];
	mbstate_t ps;
	size_t k;

	memset(&ps, 0, sizeof ps);
	k = wcrtomb(mb, (wchar_t)key, &ps);
	if (k == (size_t)-1)
		return false;
	mb[k] = 0;
	for (size_t s = 1; s <= f->nchoices; s++) {
		size_t i = (f->choice + s) % f->nchoices;
		if (strncmp(f->choices[i], mb, k) == 0) {
			f->choice = i;
			return true;
		}
	}
	return false;
}

unsigned fv_key(struct formview *v, wint_t key, bool fkey)
{
	struct fv_field *f;

	if (v->n == 0)
		return RD_PASS;
	f = &v->f[v->cur];
	/* Field movement, saving and cancelling belong to the action table. */
	if ((!fkey && (key == '\t' || key == '\r' || key == '\n' || key == 27)) ||
	    (fkey && (key == KEY_UP || key == KEY_DOWN || key == KEY_BTAB || key == KEY_ENTER ||
		      (key >= KEY_F(1) && key <= KEY_F(12)))))
		return RD_PASS;
	if (is_choice(f->def)) {
		if (fkey && key == KEY_LEFT)
			choice_step(f, -1);
		else if ((fkey && key == KEY_RIGHT) || (!fkey && key == ' '))
			choice_step(f, 1);
		else if (!fkey && key > ' ' && choice_jump(f, key))
			;
		else
			return RD_PASS;
		f->touched = v->dirty = true;
		free(f->msg);
		f->msg = NULL;
		return RD_BODY;
	}
	if (!ledit_key(&f->ed, key, fkey))
		return RD_PASS;
	f->touched = v->dirty = true;
	return RD_BODY;
}

/* ---- drawing ------------------------------------------------------- */

/* Whether field i starts a new heading (a group entry or the plain fields
 * after groups). */
static bool starts_section(const struct formview *v, size_t i)
{
	const struct fv_field *f = &v->f[i], *p = i ? &v->f[i - 1] : NULL;

	if (!p) {
		/* A form without groups needs no headings at all. */
		for (size_t k = 0; k < v->n; k++)
			if (v->f[k].def->group)
				return true;
		return false;
	}
	if (!f->def->group)
		return p->def->group != NULL;
	return !p->def->group || strcmp(p->def->group, f->def->group) != 0 || p->entry != f->entry;
}

static void section_title(const struct fv_field *f, char *buf, size_t size)
{
	if (f->def->group)
		snprintf(buf, size, "%s %d", group_zh(f->def->group), f->entry + 1);
	else
		snprintf(buf, size, "案件信息");
}

/* Screen line (relative to the first field line) of each field. */
static int line_of(const struct formview *v, size_t i)
{
	int line = 0;

	for (size_t k = 0; k <= i; k++) {
		if (starts_section(v, k))
			line++;
		if (k < i)
			line++;
	}
	return line;
}

void fv_draw(struct formview *v, int top, int rows, int cols, int *cy, int *cx)
{
	struct app *app = v->app;
	int labw = 0, y, area, cur_line;

	*cy = *cx = -1;
	if (v->n && v->cur != v->drawn_cur) {
		/* Entering a field puts the cursor after its text. */
		v->f[v->cur].ed.cur = v->f[v->cur].ed.len;
		v->drawn_cur = v->cur;
	}
	ui_text(top, 1, v->title, cols - 2, ui_attr(app, UA_HEADING));
	if (v->note[0])
		ui_text(top + 1, 1, v->note, cols - 2, ui_attr(app, UA_DIM));
	for (size_t i = 0; i < v->n; i++) {
		int w = text_width(v->f[i].label) + (v->f[i].def->required ? 1 : 0);
		if (w > labw)
			labw = w;
	}
	if (labw > 24)
		labw = 24;
	area = rows - 4; /* title, note, and the help line with a gap */
	cur_line = v->n ? line_of(v, v->cur) : 0;
	if (cur_line < v->top + 1)
		v->top = cur_line > 0 ? cur_line - 1 : 0;
	if (cur_line >= v->top + area)
		v->top = cur_line - area + 1;

	y = 0;
	for (size_t i = 0; i < v->n; i++) {
		struct fv_field *f = &v->f[i];
		bool cur = i == v->cur;
		int sy, bx = labw + 4, bw;
		char lab[128];

		if (starts_section(v, i)) {
			char t[64];
			section_title(f, t, sizeof t);
			if (y >= v->top && y < v->top + area)
				ui_text(top + 2 + y - v->top, 1, t, cols - 2, ui_attr(app, UA_HEADING));
			y++;
		}
		if (y < v->top || y >= v->top + area) {
			y++;
			continue;
		}
		sy = top + 2 + y - v->top;
		snprintf(lab, sizeof lab, "%s%s", f->def->required ? "*" : "", f->label);
		ui_cell(sy, 2, lab, labw, true, cur ? A_BOLD : A_NORMAL);
		bw = f->def->width + 2;
		if (bw > cols - bx - 2)
			bw = cols - bx - 2;
		attr_t fa = ui_attr(app, cur ? UA_FIELD_CUR : UA_FIELD);
		if (is_choice(f->def)) {
			char show[160];
			const char *c = f->nchoices ? f->choices[f->choice] : "";
			snprintf(show, sizeof show, "%s", *c ? c : "(请选择)");
			ui_cell(sy, bx, show, bw, false, fa);
			if (cur) {
				ui_text(sy, bx + bw + 1, "← →", 4, ui_attr(app, UA_DIM));
				*cy = sy;
				*cx = bx;
			}
		} else {
			int x;
			if (!cur) {
				/* Away from the cursor a field shows its start. */
				f->ed.cur = 0;
				f->ed.scroll = 0;
			}
			x = ledit_draw(&f->ed, sy, bx, bw, fa);
			if (cur) {
				*cy = sy;
				*cx = x;
			}
		}
		if (f->msg) {
			int mx = bx + bw + (cur && is_choice(f->def) ? 6 : 2);
			if (mx < cols - 8)
				ui_text(sy, mx, f->msg, cols - mx - 1, ui_attr(app, UA_ERROR));
		}
		y++;
	}
	/* The current field's message or help, whole, on the last line. */
	if (v->n) {
		struct fv_field *f = &v->f[v->cur];
		ui_blank(top + rows - 1, 0, cols, A_NORMAL);
		if (f->msg)
			ui_text(top + rows - 1, 1, f->msg, cols - 2, ui_attr(app, UA_ERROR));
		else
			ui_text(top + rows - 1, 1, f->def->help ? f->def->help : "", cols - 2,
				ui_attr(app, UA_DIM));
	}
}

/* ---- a screen that is one form ------------------------------------- */

/* These serve as the screen operations of every form screen (intake,
 * event, filter, person), whose state begins with its struct formview;
 * each screen adds only its own save and close. */

unsigned fv_screen_action(struct app *app, void *st, enum action a)
{
	struct formview *v = st;

	(void)app;
	switch (a) {
	case ACT_NEXT_FIELD:
	case ACT_PREV_FIELD:
		fv_move(v, a == ACT_NEXT_FIELD ? 1 : -1);
		return RD_BODY;
	case ACT_ADD_ENTRY:
		fv_add_entry(v);
		return RD_BODY;
	case ACT_DEL_ENTRY:
		fv_del_entry(v);
		return RD_BODY;
	default:
		return RD_PASS; /* Esc: the app asks first when something was typed */
	}
}

unsigned fv_screen_key(struct app *app, void *st, wint_t key, bool fkey)
{
	(void)app;
	return fv_key(st, key, fkey);
}

bool fv_screen_raw(void *st)
{
	(void)st;
	return true;
}

void fv_screen_draw(struct app *app, void *st, int top, int rows, int cols, int *cy, int *cx)
{
	(void)app;
	fv_draw(st, top, rows, cols, cy, cx);
}

bool fv_screen_has(struct app *app, void *st, enum action a)
{
	struct formview *v = st;

	(void)app;
	if (a == ACT_ADD_ENTRY || a == ACT_DEL_ENTRY)
		return v->n && v->f[v->cur].def->group != NULL;
	/* q is typed text here; Esc cancels, and so does Ctrl-C, which
	 * elsewhere quits. */
	return a != ACT_BACK && a != ACT_QUIT;
}

bool fv_screen_dirty(void *st)
{
	return ((struct formview *)st)->dirty;
}
