/*
 * formview.c - a form from forms/NAME.form on the screen: one line per
 * field, groups (applicants, respondents) repeated per entry, a nested
 * group (each applicant's own claims) repeated inside each entry of its
 * parent, each value checked as the clerk leaves the field with the
 * message in words beside it, and a remark beside it where the screen has
 * one (an applicant's age).  Lines pasted into a group's fields become
 * entries; F6 copies the previous applicant's claims.  The screens that
 * use it (intake, event forms, the roster's person form) turn the values
 * into core requests; the core checks everything again on save.
 */
#include "tui.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

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

/* The case a form is about: the one the screen below it shows (the case
 * file a workflow event's form is opened from), or 0. */
static int64_t form_case(const struct app *app)
{
	const struct app_screen *s;

	if (app->depth == 0)
		return 0;
	s = &app->stack[app->depth - 1];
	return s->ops->case_id ? s->ops->case_id(s->st) : 0;
}

/* The people roster_suggest ranks for case_id, best first, each choice
 * with its reasons as its note and the first three named in the note of
 * the empty choice; false, nothing changed, when the core does not rank
 * for this user (only the desk may see the ranking). */
static bool suggested_choices(struct formview *v, struct fv_field *f, int64_t case_id,
			      const char *role)
{
	struct roster_suggestion *s = NULL;
	struct strbuf preview = {0};
	struct tc_err e = {0};
	size_t n = 0, shown = 0;

	if (roster_suggest(v->app->db, &v->app->actor, case_id, role, v->app->today, &s, &n, &e) !=
	    TC_OK)
		return false;
	f->choices = xrealloc(f->choices, (n + 1) * sizeof *f->choices);
	f->notes = xcalloc(n + 1, sizeof *f->notes);
	for (size_t i = 0; i < n; i++) {
		f->choices[f->nchoices] = xstrdup(s[i].ref);
		f->notes[f->nchoices++] = xstrdup(s[i].reasons);
		if (shown < 3 && !s[i].recuse)
			sb_printf(&preview, "%s%d %s", shown++ ? " · " : "推荐: ", s[i].rank, s[i].name);
	}
	if (shown)
		sb_puts(&preview, " (← → 按推荐顺序挑选)");
	f->notes[0] = shown ? sb_take(&preview) : NULL;
	roster_suggestions_free(s, n);
	return true;
}

/* The note of f's current choice, or NULL. */
static const char *choice_note(const struct fv_field *f)
{
	return f->notes && f->choice < f->nchoices ? f->notes[f->choice] : NULL;
}

/* Whether f's current choice is a person marked 回避 (the core's reasons
 * of such a person start with it). */
static bool choice_recused(const struct fv_field *f)
{
	const char *n = choice_note(f);
	return f->choice > 0 && n && strncmp(n, "回避", strlen("回避")) == 0;
}

/* The people a FORM_PERSON field offers: in a form about a case, those
 * roster_suggest ranks for it, best first (tiaocai(5), CHOOSING A
 * MEDIATOR OR ARBITRATOR); otherwise, or for a user who may not see the
 * ranking, those of its role on the roster and standing today, in roster
 * order.  "姓名@组织" where two share a name. */
static void person_choices(struct formview *v, struct fv_field *f)
{
	struct roster_person *p = NULL;
	size_t n = 0;
	struct tc_err e = {0};
	const char *role = f->def->nchoices ? f->def->choices[0] : "mediator";
	int64_t case_id = form_case(v->app);

	f->own_choices = true;
	f->choices = xcalloc(1, sizeof *f->choices);
	f->choices[0] = xstrdup("");
	f->nchoices = 1;
	if (case_id && suggested_choices(v, f, case_id, role))
		return;
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
		       int inst)
{
	memset(f, 0, sizeof *f);
	f->def = d;
	f->inst = inst;
	f->owner = -1;
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
	free(f->note);
	if (f->own_choices) {
		for (size_t i = 0; i < f->nchoices; i++)
			free(f->choices[i]);
		free(f->choices);
	}
	if (f->notes) {
		for (size_t i = 0; i < f->nchoices; i++)
			free(f->notes[i]);
		free(f->notes);
	}
}

static void insert_field(struct formview *v, size_t at, const struct form_field *d, int inst)
{
	v->f = xgrow(v->f, &v->cap, v->n + 1, sizeof *v->f);
	memmove(v->f + at + 1, v->f + at, (v->n - at) * sizeof *v->f);
	v->n++;
	field_init(v, &v->f[at], d, inst);
}

/* Remove the fields [from, to), keeping the cursor on the field that
 * follows them (or on the one it was on). */
static void remove_fields(struct formview *v, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++)
		field_free(&v->f[i]);
	memmove(v->f + from, v->f + to, (v->n - to) * sizeof *v->f);
	v->n -= to - from;
	if (v->cur >= to)
		v->cur -= to - from;
	else if (v->cur >= from)
		v->cur = from;
	if (v->cur >= v->n)
		v->cur = v->n ? v->n - 1 : 0;
}

static bool same_group(const struct fv_field *f, const char *group)
{
	return f->def->group && strcmp(f->def->group, group) == 0;
}

/* Whether f stands in the block of an entry of group: one of group's own
 * fields or one of a group nested in it. */
static bool in_block(const struct fv_field *f, const char *group)
{
	return same_group(f, group) || (f->def->parent && strcmp(f->def->parent, group) == 0);
}

/* Whether some group is nested in group. */
static bool has_children(const struct formview *v, const char *group)
{
	for (size_t i = 0; i < v->def->nfields; i++)
		if (v->def->fields[i].parent && strcmp(v->def->fields[i].parent, group) == 0)
			return true;
	return false;
}

/*
 * Number the entries of every group in screen order (the fields of one
 * entry share an inst, so an entry starts where the inst changes) and give
 * each nested field the entry of the parent block it stands in.  Called
 * after every change to the list of fields; ungrouped fields keep their
 * entry (fv_expand numbers them).
 */
static void renumber(struct formview *v)
{
	struct gcount {
		const char *group;
		int n, last;
	} *c = NULL;
	size_t nc = 0, cap = 0;

	for (size_t i = 0; i < v->n; i++) {
		struct fv_field *f = &v->f[i];
		const char *g = f->def->group;
		size_t k, p;

		if (!g)
			continue;
		for (k = 0; k < nc && strcmp(c[k].group, g) != 0; k++)
			;
		if (k == nc) {
			c = xgrow(c, &cap, nc + 1, sizeof *c);
			c[nc++] = (struct gcount){g, 0, -1};
		}
		if (i == 0 || v->f[i - 1].inst != f->inst)
			c[k].last = c[k].n++;
		f->entry = c[k].last;
		f->owner = -1;
		if (f->def->parent) {
			for (p = 0; p < nc && strcmp(c[p].group, f->def->parent) != 0; p++)
				;
			f->owner = p < nc ? c[p].last : -1;
		}
	}
	free(c);
}

/* The fields [*from, *to) of the entry of field i: its own fields, and
 * with nested, the nested entries in its block too. */
static void entry_span(const struct formview *v, size_t i, bool nested, size_t *from, size_t *to)
{
	const struct fv_field *f = &v->f[i];
	size_t a = i, b = i + 1;

	while (a > 0 && v->f[a - 1].inst == f->inst)
		a--;
	while (b < v->n && v->f[b].inst == f->inst)
		b++;
	if (nested && f->def->group)
		while (b < v->n && in_block(&v->f[b], f->def->group) && !same_group(&v->f[b], f->def->group))
			b++;
	*from = a;
	*to = b;
}

/* The first field of entry `entry` of group, or v->n. */
static size_t entry_at(const struct formview *v, const char *group, int entry)
{
	for (size_t i = 0; i < v->n; i++)
		if (same_group(&v->f[i], group) && v->f[i].entry == entry)
			return i;
	return v->n;
}

/* Insert a new entry of group at field index at, with one empty entry of
 * each group nested in it; returns the number of fields inserted. */
static size_t insert_entry(struct formview *v, size_t at, const char *group)
{
	const char *child = NULL;
	size_t k = at;
	int inst = ++v->next_inst;

	for (size_t i = 0; i < v->def->nfields; i++)
		if (v->def->fields[i].group && strcmp(v->def->fields[i].group, group) == 0)
			insert_field(v, k++, &v->def->fields[i], inst);
	for (size_t i = 0; i < v->def->nfields; i++) {
		const struct form_field *d = &v->def->fields[i];
		if (!d->parent || strcmp(d->parent, group) != 0)
			continue;
		if (!child || strcmp(child, d->group) != 0) {
			child = d->group;
			inst = ++v->next_inst;
		}
		insert_field(v, k++, d, inst);
	}
	return k - at;
}

void fv_init(struct formview *v, struct app *app, struct form_def *def)
{
	memset(v, 0, sizeof *v);
	v->app = app;
	v->def = def;
	snprintf(v->title, sizeof v->title, "%s", def->title);
	for (size_t i = 0; i < def->nfields; i++) {
		const struct form_field *d = &def->fields[i], *p = i ? &def->fields[i - 1] : NULL;
		if (!d->group || !p || !p->group || strcmp(p->group, d->group) != 0)
			v->next_inst++;
		insert_field(v, v->n, d, v->next_inst);
	}
	renumber(v);
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
		insert_field(v, at + (size_t)i, d, ++v->next_inst);
		v->f[at + (size_t)i].entry = i;
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

/* Put value into field f; false when f is a choice field that does not
 * offer it (the field is then left as it was). */
static bool set_value(struct fv_field *f, const char *value)
{
	if (!is_choice(f->def)) {
		ledit_set(&f->ed, value);
		return true;
	}
	for (size_t i = 0; i < f->nchoices; i++)
		if (strcmp(f->choices[i], value) == 0) {
			f->choice = i;
			return true;
		}
	return false;
}

void fv_set(struct formview *v, const char *key, int entry, const char *value)
{
	struct fv_field *f = find(v, key, entry);

	if (f)
		set_value(f, value);
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

int fv_owner(const struct formview *v, const char *group, int entry)
{
	size_t i = entry_at(v, group, entry);
	return i < v->n ? v->f[i].owner : -1;
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

/* The screen's remark on field f (which has no message), or none. */
static void advise(struct formview *v, struct fv_field *f)
{
	char *val;

	free(f->note);
	f->note = NULL;
	if (!v->advise || f->msg)
		return;
	val = value_of(f);
	if (*val)
		f->note = v->advise(v, f, val);
	free(val);
}

/* A remark may depend on another field (an age on the received date):
 * after any field is checked, every remark is asked again. */
static void advise_all(struct formview *v)
{
	for (size_t i = 0; v->advise && i < v->n; i++)
		advise(v, &v->f[i]);
}

/* Check field f; its message is set or cleared.  True when it passes. */
static bool check_field(struct formview *v, struct fv_field *f)
{
	struct tc_err e = {0};
	char *val = value_of(f), *norm = NULL;
	bool ok;

	free(f->msg);
	f->msg = NULL;
	free(f->note);
	f->note = NULL;
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
	advise_all(v);
	if (first < v->n) {
		all = false;
		v->cur = first;
		app_status(v->app, UA_ERROR, "%s", v->f[first].msg);
	}
	return all;
}

/* The index of v's field whose key is the command line's name for it,
 * the n bytes at opt ("short-notice": its "-" as "_"), or v->n. */
static size_t option_index(const struct formview *v, const char *opt, size_t n)
{
	char key[64];

	if (n >= sizeof key)
		return v->n;
	for (size_t i = 0; i < n; i++)
		key[i] = opt[i] == '-' ? '_' : opt[i];
	key[n] = '\0';
	for (size_t i = 0; i < v->n; i++)
		if (strcmp(v->f[i].def->key, key) == 0)
			return i;
	return v->n;
}

/* The core's messages speak the command line's words ("请写明理由:
 * --short-notice 理由"); on a form, an option that is one of its fields
 * becomes the field's label (「提前开庭理由」), and the word after the
 * option that names its value is dropped when the label says it. */
static void form_words(const struct formview *v, const char *msg, char *out, size_t size)
{
	struct strbuf sb = {0};
	const char *p = msg;

	while (*p) {
		const char *o = strstr(p, "--");
		size_t n = 0;
		if (o == NULL) {
			sb_puts(&sb, p);
			break;
		}
		while ((o[2 + n] >= 'a' && o[2 + n] <= 'z') || o[2 + n] == '-')
			n++;
		size_t k = n ? option_index(v, o + 2, n) : v->n;
		const struct form_field *d = k < v->n ? v->f[k].def : NULL;
		sb_add(&sb, p, (size_t)(o - p) + (d ? 0 : 2 + n));
		p = o + 2 + n;
		if (d == NULL)
			continue;
		sb_printf(&sb, "「%s」", d->label);
		/* The word naming the option's value (" 理由") goes when the
		 * label already says it (提前开庭理由); a value (" 全额") stays. */
		if (*p == ' ' && (unsigned char)p[1] >= 0x80) {
			const char *q = p + 1;
			while ((unsigned char)*q >= 0x80)
				q++;
			size_t w = (size_t)(q - p - 1), l = strlen(d->label);
			if (w <= l && memcmp(d->label + l - w, p + 1, w) == 0)
				p = q;
		}
	}
	snprintf(out, size, "%s", sb_str(&sb));
	sb_free(&sb);
}

void fv_mark(struct formview *v, const struct tc_err *e0)
{
	struct tc_err shown = *e0;
	const struct tc_err *e = &shown;

	form_words(v, e0->msg, shown.msg, sizeof shown.msg);
	/* The core names fields like the command line: "applicant", "申请人2",
	 * "claim 1", "short-notice"...; match the form key or its group and
	 * entry number. */
	size_t k = option_index(v, e->field, strnlen(e->field, sizeof e->field));
	for (size_t i = 0; i < v->n; i++) {
		const struct form_field *d = v->f[i].def;
		if (e->field[0] && (i == k || strcmp(d->label, e->field) == 0)) {
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
	f->typed[0] = '\0';
	if (!check_field(v, f) && (f->touched || delta > 0))
		app_status(v->app, UA_ERROR, "%s", f->msg);
	advise_all(v);
	if (delta > 0 && v->cur + 1 < v->n)
		v->cur++;
	else if (delta < 0 && v->cur > 0)
		v->cur--;
}

/* "申请人 3", or for a nested entry "申请人 2 的仲裁请求 1" (numbered
 * within its parent entry), or "案件信息" for ungrouped fields. */
static void entry_name(const struct formview *v, const struct fv_field *f, char *buf, size_t size)
{
	int first = f->entry;

	if (!f->def->group) {
		snprintf(buf, size, "案件信息");
		return;
	}
	if (!f->def->parent || f->owner < 0) {
		snprintf(buf, size, "%s %d", group_zh(f->def->group), f->entry + 1);
		return;
	}
	for (size_t i = 0; i < v->n; i++)
		if (same_group(&v->f[i], f->def->group) && v->f[i].owner == f->owner &&
		    v->f[i].entry < first)
			first = v->f[i].entry;
	snprintf(buf, size, "%s %d 的%s %d", group_zh(f->def->parent), f->owner + 1,
		 group_zh(f->def->group), f->entry - first + 1);
}

/* Entries of the nested group with parent entry owner. */
static int owned(const struct formview *v, const char *group, int owner)
{
	int n = 0;

	for (size_t i = 0; i < v->n; i++)
		if (same_group(&v->f[i], group) && v->f[i].owner == owner &&
		    (i == 0 || v->f[i - 1].inst != v->f[i].inst))
			n++;
	return n;
}

void fv_add_entry(struct formview *v)
{
	const struct fv_field *f = v->n ? &v->f[v->cur] : NULL;
	const char *group = f ? f->def->group : NULL;
	size_t last = 0;
	char name[160];

	if (!group) {
		app_status(v->app, UA_ERROR, "请先把光标移到申请人、被申请人或仲裁请求中, 再按 F4 加一条");
		return;
	}
	/* A nested entry goes after its parent entry's last one; any other
	 * after the group's last block. */
	for (size_t i = 0; i < v->n; i++)
		if (f->def->parent ? same_group(&v->f[i], group) && v->f[i].owner == f->owner
				   : in_block(&v->f[i], group))
			last = i;
	insert_entry(v, last + 1, group);
	renumber(v);
	v->cur = last + 1;
	v->dirty = true;
	entry_name(v, &v->f[v->cur], name, sizeof name);
	app_status(v->app, UA_OK, "已加 %s", name);
}

void fv_del_entry(struct formview *v)
{
	const struct fv_field *f = v->n ? &v->f[v->cur] : NULL;
	const char *group = f ? f->def->group : NULL;
	size_t from, to;
	char name[160];

	if (!group) {
		app_status(v->app, UA_ERROR, "这一项不是可以删去的一条");
		return;
	}
	if (f->def->parent && owned(v, group, f->owner) <= 1) {
		app_status(v->app, UA_ERROR, "%s %d 至少要有一条%s (可在%s处按 F5 删去整名%s)",
			   group_zh(f->def->parent), f->owner + 1, group_zh(group),
			   group_zh(f->def->parent), group_zh(f->def->parent));
		return;
	}
	if (!f->def->parent && fv_entries(v, group) <= 1) {
		app_status(v->app, UA_ERROR, "%s至少要有一条", group_zh(group));
		return;
	}
	entry_name(v, f, name, sizeof name);
	entry_span(v, v->cur, true, &from, &to);
	remove_fields(v, from, to);
	renumber(v);
	v->dirty = true;
	app_status(v->app, UA_OK, "已删去 %s", name);
}

/* Whether the fields [from, to) hold anything typed or chosen. */
static bool typed(const struct formview *v, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++)
		if (is_choice(v->f[i].def) ? v->f[i].touched : !ledit_empty(&v->f[i].ed))
			return true;
	return false;
}

/* The group the cursor's entry is the parent of (the applicant whose
 * claims F6 fills) and that entry; NULL when the cursor is elsewhere. */
static const char *parent_here(const struct formview *v, int *entry)
{
	const struct fv_field *f = v->n ? &v->f[v->cur] : NULL;

	if (f && f->def->parent && f->owner >= 0) {
		*entry = f->owner;
		return f->def->parent;
	}
	if (f && f->def->group && has_children(v, f->def->group)) {
		*entry = f->entry;
		return f->def->group;
	}
	return NULL;
}

void fv_copy_prev(struct formview *v)
{
	int k = 0;
	const char *parent = parent_here(v, &k);
	size_t sa, sb, so, da, db, doo, at;
	struct fv_field *copy;
	struct strlist vals = {0};
	size_t ncopy;
	int ncl = 0, last_inst = 0, inst = 0;
	const char *child_zh;

	if (!parent) {
		const char *p = v->def->nnests ? v->def->nests[0].parent : NULL;
		if (p)
			app_status(v->app, UA_ERROR, "请先把光标移到要填写的%s处, 再按 F6 照抄上一名%s的%s",
				   group_zh(p), group_zh(p), group_zh(v->def->nests[0].child));
		else
			app_status(v->app, UA_ERROR, "这张表没有可以照抄的内容");
		return;
	}
	child_zh = group_zh(v->def->nnests ? v->def->nests[0].child : "");
	for (size_t i = 0; i < v->def->nnests; i++)
		if (strcmp(v->def->nests[i].parent, parent) == 0)
			child_zh = group_zh(v->def->nests[i].child);
	if (k == 0) {
		app_status(v->app, UA_ERROR, "%s 1 之前没有%s可照抄: 请先填好%s 1 的%s", group_zh(parent),
			   group_zh(parent), group_zh(parent), child_zh);
		return;
	}
	/* The blocks of the previous and of this entry; so and doo: where
	 * their nested fields begin. */
	entry_span(v, entry_at(v, parent, k - 1), true, &sa, &sb);
	entry_span(v, entry_at(v, parent, k), true, &da, &db);
	for (so = sa; so < sb && same_group(&v->f[so], parent); so++)
		;
	for (doo = da; doo < db && same_group(&v->f[doo], parent); doo++)
		;
	if (so == sb) {
		app_status(v->app, UA_ERROR, "%s %d 没有%s可照抄", group_zh(parent), k, child_zh);
		return;
	}
	if (typed(v, doo, db) &&
	    !app_confirm(v->app, "%s %d 已填有%s, 换成%s %d 的?", group_zh(parent), k + 1, child_zh,
			 group_zh(parent), k))
		return;

	/* Take the values first: the copies go where this entry's were. */
	ncopy = sb - so;
	copy = xcalloc(ncopy, sizeof *copy);
	for (size_t i = 0; i < ncopy; i++) {
		const struct fv_field *src = &v->f[so + i];
		copy[i].def = src->def;
		copy[i].inst = src->inst;
		copy[i].touched = src->touched;
		sl_push(&vals, "");
		free(vals.v[i]);
		vals.v[i] = value_of(src);
	}
	remove_fields(v, doo, db);
	at = doo;
	for (size_t i = 0; i < ncopy; i++, at++) {
		if (i == 0 || copy[i].inst != last_inst) {
			inst = ++v->next_inst;
			ncl++;
		}
		last_inst = copy[i].inst;
		insert_field(v, at, copy[i].def, inst);
		set_value(&v->f[at], vals.v[i]);
		v->f[at].touched = copy[i].touched;
	}
	free(copy);
	sl_free(&vals);
	renumber(v);
	for (size_t i = doo; i < at; i++)
		if (!ledit_empty(&v->f[i].ed) || is_choice(v->f[i].def))
			check_field(v, &v->f[i]);
	advise_all(v);
	v->dirty = true;

	/* On to the next entry's first nested field, so that F6 again fills
	 * the next one; the last stays where its copies begin. */
	size_t next = entry_at(v, parent, k + 1);
	if (next < v->n) {
		size_t a, b;
		entry_span(v, next, true, &a, &b);
		while (a < b && same_group(&v->f[a], parent))
			a++;
		v->cur = a < b ? a : next;
		app_status(v->app, UA_OK, "已把%s %d 的 %d 条%s照抄给%s %d; 现在到%s %d", group_zh(parent),
			   k, ncl, child_zh, group_zh(parent), k + 1, group_zh(parent), k + 2);
	} else {
		v->cur = doo;
		app_status(v->app, UA_OK, "已把%s %d 的 %d 条%s照抄给%s %d", group_zh(parent), k, ncl,
			   child_zh, group_zh(parent), k + 1);
	}
}

static void choice_step(struct fv_field *f, int d)
{
	f->typed[0] = '\0';
	if (f->nchoices == 0)
		return;
	f->choice = (f->choice + f->nchoices + (size_t)(d + (int)f->nchoices)) % f->nchoices;
}

/* The first choice from `from` on (from itself when self) that starts
 * with prefix, or nchoices. */
static size_t choice_find(const struct fv_field *f, const char *prefix, bool self)
{
	size_t n = strlen(prefix);

	for (size_t s = self ? 0 : 1; s <= f->nchoices; s++) {
		size_t i = (f->choice + s) % f->nchoices;
		if (strncmp(f->choices[i], prefix, n) == 0)
			return i;
	}
	return f->nchoices;
}

/*
 * Characters typed in a choice field pick the choice they begin: 工资
 * (two characters from the input method, or a pasted cell) is 工资, not
 * the next choice after it that starts with 工.  A character that goes
 * on no choice with what was typed before starts afresh and jumps to the
 * next choice that starts with it, so pressing 是 or a surname again
 * steps through the choices that share it.
 */
static bool choice_jump(struct fv_field *f, wint_t key)
{
	char mb[MB_LEN_MAX + 1], pre[sizeof f->typed + MB_LEN_MAX];
	mbstate_t ps;
	size_t k, i;

	memset(&ps, 0, sizeof ps);
	k = wcrtomb(mb, (wchar_t)key, &ps);
	if (k == (size_t)-1 || f->nchoices == 0)
		return false;
	mb[k] = 0;
	snprintf(pre, sizeof pre, "%s%s", f->typed, mb);
	if (f->typed[0] && strlen(pre) < sizeof f->typed &&
	    (i = choice_find(f, pre, true)) < f->nchoices) {
		f->choice = i;
		memcpy(f->typed, pre, strlen(pre) + 1);
		return true;
	}
	snprintf(f->typed, sizeof f->typed, "%s", mb);
	if ((i = choice_find(f, mb, false)) < f->nchoices) {
		f->choice = i;
		return true;
	}
	f->typed[0] = '\0';
	return false;
}

/* A key typed into the current field; RD_PASS for the keys the action
 * table handles. */
static unsigned key_plain(struct formview *v, wint_t key, bool fkey)
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

/* ---- pasting ------------------------------------------------------- */

/* Keys that follow a Tab or a line end within this many milliseconds come
 * from a paste or a scanner, not from a clerk's fingers (even a key held
 * down repeats every 30 ms or more). */
#define PASTE_GAP_MS 10
#define PASTE_MAX 65536 /* characters taken from one paste */

struct wtext {
	wint_t *s;
	size_t n, cap;
};

static void wt_push(struct wtext *t, wint_t c)
{
	t->s = xgrow(t->s, &t->cap, t->n + 1, sizeof *t->s);
	t->s[t->n++] = c;
}

/* key and everything that arrives at once after it, line ends as '\n',
 * up to the first key that no pasted text holds (a function key, Esc,
 * another control key), which is put back for the main loop. */
static void slurp(struct formview *v, wint_t key, struct wtext *t)
{
	wint_t k;
	bool fk;

	wt_push(t, key == '\r' ? '\n' : key);
	while (t->n < PASTE_MAX && app_getkey(v->app, PASTE_GAP_MS, &k, &fk) != ERR) {
		if (fk || (iswcntrl(k) && k != '\t' && k != '\r' && k != '\n')) {
			if (fk)
				ungetch((int)k);
			else
				unget_wch((wchar_t)k);
			break;
		}
		wt_push(t, k == '\r' ? '\n' : k);
	}
}

/* Whether t holds rows (a line end, then another line with something in
 * it) that are a table: cells separated by Tab, or two lines or more.  A
 * run of Tabs, or Enter with a few keys behind it, is not. */
static bool table_rows(const struct wtext *t)
{
	bool nl = false, tab = false, content = false;
	int rows = 0;

	for (size_t i = 0; i < t->n; i++) {
		if (t->s[i] == '\n') {
			rows += nl && content;
			nl = true;
			content = false;
		} else {
			tab = tab || t->s[i] == '\t';
			content = content || (nl && t->s[i] != '\t' && !iswspace(t->s[i]));
		}
	}
	rows += nl && content;
	return rows >= 1 && (tab || rows >= 2);
}

/* What the keys of t would have done one by one. */
static void replay(struct formview *v, const struct wtext *t)
{
	for (size_t i = 0; i < t->n; i++) {
		wint_t k = t->s[i] == '\n' ? '\r' : t->s[i];
		enum action a = keymap_lookup(AG_FORM, k, false);
		if (a == ACT_NEXT_FIELD || a == ACT_PREV_FIELD)
			fv_move(v, a == ACT_NEXT_FIELD ? 1 : -1);
		else
			key_plain(v, k, false);
	}
}

/* t as UTF-8 (invalid characters dropped). */
static char *wt_utf8(const struct wtext *t)
{
	struct strbuf sb = {0};
	char mb[MB_LEN_MAX];
	mbstate_t ps;

	memset(&ps, 0, sizeof ps);
	for (size_t i = 0; i < t->n; i++) {
		size_t k = wcrtomb(mb, (wchar_t)t->s[i], &ps);
		if (k != (size_t)-1)
			sb_add(&sb, mb, k);
	}
	return sb_take(&sb);
}

/* Whether the block [from, to) is untouched: nothing typed or chosen. */
static bool blank_block(const struct formview *v, size_t from, size_t to)
{
	return !typed(v, from, to);
}

/* Put cell into field i of a pasted row and check it; false when it is
 * refused (the message stands beside the field). */
static bool paste_cell(struct formview *v, size_t i, const char *cell)
{
	struct fv_field *f = &v->f[i];
	char *c = text_trim(cell);
	bool ok = true;

	f->touched = true;
	if (!*c && is_choice(f->def)) {
		; /* an empty cell leaves a choice as it was */
	} else if (!set_value(f, c)) {
		/* Not one of the choices: the check says which there are. */
		struct tc_err e = {0};
		form_check(f->def, c, v->app->today, NULL, &e);
		free(f->msg);
		f->msg = xstrdup(e.msg);
		ok = false;
	} else if (*c) {
		ok = check_field(v, f);
	}
	free(c);
	return ok;
}

/*
 * Rows pasted at the current field: the rest of the first line fills the
 * fields after it in this entry (its first cell was typed into the
 * current field already); every further line that is not blank fills an
 * entry of the same group (of the same parent, when nested) from the same
 * field on, a blank entry that follows being used before a new one is
 * added.  Cells past the group's last field are dropped.  The cursor goes
 * to the field after the first row's last one.
 */
static void paste_rows(struct formview *v, const struct wtext *t)
{
	const size_t start = v->cur;
	const char *group = v->f[start].def->group;
	const bool nested = v->f[start].def->parent != NULL;
	size_t a, b, own, c0, row0_last = start, base = start, first_base = 0;
	int rows = 0, dropped = 0, bad = 0;
	char *text = wt_utf8(t), *line = text, *nl;
	bool row0 = true;

	entry_span(v, start, false, &a, &b);
	own = b - a;
	c0 = start - a;
	if (!check_field(v, &v->f[start]))
		bad++;
	for (;; row0 = false) {
		if ((nl = strchr(line, '\n')) != NULL)
			*nl = '\0';
		char *trimmed = text_trim(line);
		bool blank = strspn(trimmed, "\t") == strlen(trimmed);
		free(trimmed);
		if (row0 || !blank) {
			if (!row0) {
				/* After the previous row's entry (with its nested
				 * entries): a blank entry there, or a new one. */
				size_t pa, pb, na = 0, nb = 0;
				entry_span(v, base, !nested, &pa, &pb);
				bool next = pb < v->n && same_group(&v->f[pb], group) &&
					    v->f[pb].owner == v->f[base].owner;
				if (next)
					entry_span(v, pb, true, &na, &nb);
				if (!next || !blank_block(v, na, nb)) {
					insert_entry(v, pb, group);
					renumber(v);
				}
				base = pb;
				if (rows++ == 0)
					first_base = base;
			} else {
				base = a;
			}
			char *cell = line;
			for (size_t j = 0;; j++) {
				char *tab = strchr(cell, '\t');
				if (tab)
					*tab = '\0';
				if (row0 && j == 0)
					; /* typed into the current field already */
				else if (c0 + j < own) {
					if (!paste_cell(v, base + c0 + j, cell))
						bad++;
					if (row0)
						row0_last = base + c0 + j;
				} else if (*cell) {
					dropped++;
				}
				if (!tab)
					break;
				cell = tab + 1;
			}
		}
		if (!nl)
			break;
		line = nl + 1;
	}
	free(text);
	renumber(v);
	advise_all(v);
	v->dirty = true;
	v->cur = row0_last + 1 < v->n ? row0_last + 1 : row0_last;

	char from[160], to[160];
	struct strbuf msg = {0};
	entry_name(v, &v->f[first_base], from, sizeof from);
	entry_name(v, &v->f[base], to, sizeof to);
	sb_printf(&msg, "已粘贴 %d 行", rows + 1);
	if (rows == 1)
		sb_printf(&msg, ", 第 2 行成为 %s", to);
	else if (rows > 1)
		sb_printf(&msg, ", 其后 %d 行成为 %s 至 %s", rows, from, to);
	if (dropped)
		sb_printf(&msg, "; 多出的 %d 格已略去 (每行依次为%s等)", dropped, v->f[a].def->label);
	if (bad)
		sb_printf(&msg, "; %d 处有误, 见字段旁的说明", bad);
	app_status(v->app, bad ? UA_ERROR : UA_OK, "%s", sb_str(&msg));
	sb_free(&msg);
}

/* A Tab or a line end at the current field (of a group): when more input
 * came with it, take it all at once, as rows or as the keys they are.
 * False when it came alone (a clerk typing). */
static bool paste(struct formview *v, wint_t key)
{
	struct wtext t = {0};

	slurp(v, key, &t);
	if (t.n == 1) {
		free(t.s);
		return false;
	}
	if (table_rows(&t))
		paste_rows(v, &t);
	else
		replay(v, &t);
	free(t.s);
	return true;
}

unsigned fv_key(struct formview *v, wint_t key, bool fkey)
{
	if (v->n && !fkey && (key == '\t' || key == '\r' || key == '\n') &&
	    v->f[v->cur].def->group && paste(v, key))
		return RD_BODY;
	return key_plain(v, key, fkey);
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
	return !p->def->group || p->inst != f->inst;
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

/* The bytes of the longest start of s that fits w columns (at least one
 * character). */
static size_t fit_prefix(const char *s, int w)
{
	size_t n = 0;
	int used = 0;

	while (s[n]) {
		unsigned char c = (unsigned char)s[n];
		size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
		char one[5] = {0};
		for (size_t k = 0; k < len && s[n + k]; k++)
			one[k] = s[n + k];
		int cw = text_width(one);
		if (used + cw > w && n > 0)
			break;
		used += cw;
		n += strlen(one);
	}
	return n;
}

/* How many lines of w columns s takes. */
static int wrap_count(const char *s, int w)
{
	int lines = 0;

	while (*s) {
		s += fit_prefix(s, w);
		lines++;
	}
	return lines ? lines : 1;
}

/* s over at most max lines of w columns from row y, column x. */
static void wrap_draw(int y, int x, const char *s, int w, int max, int attr)
{
	for (int i = 0; i < max && *s; i++) {
		size_t n = fit_prefix(s, w);
		char *part = xstrndup(s, n);
		ui_text(y + i, x, part, w, attr);
		free(part);
		s += n;
	}
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
	/* The current field's message is shown whole at the bottom, over
	 * as many lines as it needs (at most 4); the fields get the rest. */
	int nmsg = 1;
	if (v->n && v->f[v->cur].msg)
		nmsg = wrap_count(v->f[v->cur].msg, cols - 2);
	if (nmsg > 4)
		nmsg = 4;
	area = rows - 3 - nmsg; /* title, note, the message lines with a gap */
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

		/* A nested entry (an applicant's claim) is indented under its
		 * parent's; its fields still line up with every other. */
		int in = f->def->parent ? 2 : 0;
		if (starts_section(v, i)) {
			char t[160];
			entry_name(v, f, t, sizeof t);
			if (y >= v->top && y < v->top + area)
				ui_text(top + 2 + y - v->top, 1 + in, t, cols - 2 - in,
					ui_attr(app, UA_HEADING));
			y++;
		}
		if (y < v->top || y >= v->top + area) {
			y++;
			continue;
		}
		sy = top + 2 + y - v->top;
		snprintf(lab, sizeof lab, "%s%s", f->def->required ? "*" : "", f->label);
		ui_cell(sy, 2 + in, lab, labw > in ? labw - in : labw, true, cur ? A_BOLD : A_NORMAL);
		bw = f->def->width + 2;
		if (bw > cols - bx - 2)
			bw = cols - bx - 2;
		attr_t fa = ui_attr(app, cur ? UA_FIELD_CUR : UA_FIELD);
		if (is_choice(f->def)) {
			struct strbuf show = {0};
			const char *c = f->nchoices ? f->choices[f->choice] : "";
			/* A ranked person shows their rank, and 回避 when marked. */
			if (f->notes && f->choice > 0)
				sb_printf(&show, "%zu %s%s", f->choice, c,
					  choice_recused(f) ? " 回避" : "");
			else
				sb_puts(&show, *c ? c : "(请选择)");
			ui_cell(sy, bx, sb_str(&show), bw, false, fa);
			sb_free(&show);
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
		if (f->msg || f->note || choice_note(f)) {
			int mx = bx + bw + (cur && is_choice(f->def) ? 6 : 2);
			enum ui_attr na = f->msg ? UA_ERROR
					  : f->note || choice_recused(f) ? UA_SOON
									 : UA_DIM;
			if (mx < cols - 8)
				ui_text(sy, mx, f->msg ? f->msg : f->note ? f->note : choice_note(f),
					cols - mx - 1, ui_attr(app, na));
		}
		y++;
	}
	/* The current field's message, remark or help, whole, on the last
	 * line. */
	if (v->n) {
		struct fv_field *f = &v->f[v->cur];
		for (int k = 1; k <= nmsg; k++)
			ui_blank(top + rows - k, 0, cols, A_NORMAL);
		if (f->msg)
			wrap_draw(top + rows - nmsg, 1, f->msg, cols - 2, nmsg, ui_attr(app, UA_ERROR));
		else if (f->note)
			ui_text(top + rows - 1, 1, f->note, cols - 2, ui_attr(app, UA_SOON));
		else if (choice_note(f))
			ui_text(top + rows - 1, 1, choice_note(f), cols - 2,
				ui_attr(app, choice_recused(f) ? UA_SOON : UA_DIM));
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
	case ACT_COPY_PREV:
		fv_copy_prev(v);
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
	if (a == ACT_COPY_PREV) {
		int k;
		return parent_here(v, &k) != NULL;
	}
	/* q is typed text here; Esc cancels, and so does Ctrl-C, which
	 * elsewhere quits. */
	return a != ACT_BACK && a != ACT_QUIT;
}

bool fv_screen_dirty(void *st)
{
	return ((struct formview *)st)->dirty;
}
