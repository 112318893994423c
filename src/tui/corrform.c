/*
 * corrform.c - the small form of one correction to a case (更正当事人,
 * 登记付款, 撤销 ...) from forms/WHAT.form, as evform.c is for the stage
 * events: it opens filled with what is being corrected (the party, the
 * claim item, the case's 案由), checks each value as it is left, confirms,
 * then hands one corr_request to corr_apply with the version of the case
 * the clerk was looking at.  A case changed by someone else meanwhile is
 * refused by the core; the form then closes and the case file shows the
 * new state.
 *
 * An edit sends only what the clerk changed: a field emptied is sent as
 * "-" (removed), a field left as it was is not sent at all, so a phone
 * number typed over is the whole correction.  The choices that depend on
 * the office or the case (its applicants, its claim items, the lawyer
 * users, the 案由) are filled in here; the rest of each form is data.
 * Which corrections a user is offered is the case file's business
 * (corr_check); the core checks roles, inputs and the version again.
 */
#include "tui.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "tiaocai/case.h"
#include "tiaocai/correct.h"
#include "tiaocai/date.h"
#include "tiaocai/money.h"
#include "tiaocai/text.h"
#include "tiaocai/undo.h"
#include "tiaocai/workflow.h"

/* The reason recorded when a party's phone or addresses alone change and
 * the clerk wrote none: the party told the office. */
#define CONTACT_REASON "当事人告知新的联系方式"

struct corrform {
	struct formview v;          /* first: the fv_screen_* operations take it */
	const struct corr_def *def;
	int64_t case_id, version;
	char case_no[96];
	char party[8];              /* the party corrected, "" */
	char party_name[TEXT_BYTES(TEXT_MAX_ORG)];
	bool person;                /* that party is a natural person */
	int item;                   /* the claim item corrected, 0 */
	size_t nfields;             /* the form's fields, those left out included */
	struct strlist keys, init;  /* each field's value as the form opened */
	struct strlist values;      /* a choice field's value ... */
	struct strlist codes;       /* ... and what is sent for it ("a1", "lvshi") */
	char undone[400];           /* revert: what will be undone */
	char undone_short[96];      /* the same, its kind and date */
};

/* ---- the form ------------------------------------------------------ */

/* Leave the fields keys[] out of def (a worker has no legal
 * representative): they move behind def->nfields, where the form view
 * does not look, and are freed with the rest (corr_close restores the
 * count first). */
static void leave_out(struct form_def *def, const char *const *keys, size_t nkeys)
{
	size_t kept = 0;

	for (size_t i = 0; i < def->nfields; i++) {
		bool out = false;
		for (size_t k = 0; k < nkeys; k++)
			out = out || strcmp(def->fields[i].key, keys[k]) == 0;
		if (!out) {
			struct form_field t = def->fields[kept];
			def->fields[kept] = def->fields[i];
			def->fields[i] = t;
			kept++;
		}
	}
	def->nfields = kept;
}

/* Give choice field key the choices shown[] (its first one initial),
 * sending codes[] for them when codes is not NULL. */
static void set_choices(struct corrform *f, struct form_def *def, const char *key,
			const struct strlist *shown, const struct strlist *codes)
{
	struct form_field *fl = (struct form_field *)form_find(def, key);

	if (!fl || fl->type != FORM_CHOICE || shown->n == 0)
		return;
	for (size_t i = 0; i < fl->nchoices; i++)
		free(fl->choices[i]);
	free(fl->choices);
	fl->choices = xcalloc(shown->n, sizeof *fl->choices);
	for (size_t i = 0; i < shown->n; i++)
		fl->choices[i] = xstrdup(shown->v[i]);
	fl->nchoices = shown->n;
	for (size_t i = 0; codes && i < shown->n; i++) {
		sl_push(&f->values, shown->v[i]);
		sl_push(&f->codes, codes->v[i]);
	}
}

/* What is sent for the shown choice value s: its code when it has one. */
static const char *code_of(const struct corrform *f, const char *s)
{
	for (size_t i = 0; i < f->values.n; i++)
		if (strcmp(f->values.v[i], s) == 0)
			return f->codes.v[i];
	return s;
}

static const struct case_party *party_of(const struct case_detail *d, const char *ref)
{
	for (size_t i = 0; ref && i < d->nparties; i++)
		if (strcmp(d->parties[i].ref, ref) == 0)
			return &d->parties[i];
	return NULL;
}

static const struct case_claim *claim_of(const struct case_detail *d, int item)
{
	for (size_t i = 0; i < d->nclaims; i++)
		if (d->claims[i].pos == item)
			return &d->claims[i];
	return NULL;
}

/* "a1 刘峰贵" for each applicant, "全案" first. */
static void applicant_choices(const struct case_detail *d, struct strlist *shown,
			      struct strlist *codes)
{
	sl_push(shown, "全案");
	sl_push(codes, "-");
	for (size_t i = 0; i < d->nparties; i++) {
		const struct case_party *q = &d->parties[i];
		if (strcmp(q->side, "applicant") != 0)
			continue;
		char *s = xasprintf("%s %s", q->ref, q->name);
		sl_push(shown, s);
		sl_push(codes, q->ref);
		free(s);
	}
}

/* The users offered as lawyers (lawyer), or as the clerk in charge: the
 * user at the terminal first, then the clerks, then the others. */
static bool user_choices(struct app *app, bool lawyer, const char *none, struct strlist *shown,
			 struct strlist *codes)
{
	struct user_row *u = NULL;
	size_t n = 0, found = 0;
	struct tc_err e = {0};

	if (user_list(app->db, &u, &n, &e) != TC_OK) {
		app_error(app, &e);
		return false;
	}
	for (int pass = 0; pass < 3; pass++) {
		for (size_t i = 0; i < n; i++) {
			bool me = strcmp(u[i].login, app->actor.login) == 0;
			if ((u[i].role == ROLE_LAWYER) != lawyer)
				continue;
			if (!lawyer && (pass == 0) != me)
				continue;
			if (!lawyer && pass > 0 && (pass == 1) != (u[i].role == ROLE_CLERK))
				continue;
			if (lawyer && pass > 0)
				continue;
			char *s = lawyer ? xasprintf("%s %s", u[i].login, u[i].name)
					 : xasprintf("%s %s (%s)", u[i].login, u[i].name, role_zh(u[i].role));
			sl_push(shown, s);
			sl_push(codes, u[i].login);
			free(s);
			found++;
		}
	}
	free(u);
	if (none) {
		sl_push(shown, none);
		sl_push(codes, "-");
	}
	return found > 0 || none;
}

/* The value of field key ("" when empty or not on the form), kept in own
 * until the request is made; NULL when empty. */
static const char *val(const struct corrform *f, const char *key, struct strlist *own)
{
	char *s = fv_get(&f->v, key, 0);
	sl_push(own, s);
	free(s);
	return *own->v[own->n - 1] ? own->v[own->n - 1] : NULL;
}

static const char *init_of(const struct corrform *f, const char *key)
{
	for (size_t i = 0; i < f->keys.n; i++)
		if (strcmp(f->keys.v[i], key) == 0)
			return f->init.v[i];
	return "";
}

/* An edit's value of key: NULL when unchanged, "-" when emptied, else the
 * new value. */
static const char *changed(const struct corrform *f, const char *key, struct strlist *own)
{
	const char *now = val(f, key, own), *was = init_of(f, key);

	if (!form_find(f->v.def, key) || strcmp(now ? now : "", was) == 0)
		return NULL;
	return now ? now : "-";
}

/* Remember every field's value as the form opened. */
static void remember(struct corrform *f)
{
	for (size_t i = 0; i < f->v.n; i++) {
		char *s = fv_get(&f->v, f->v.f[i].def->key, 0);
		sl_push(&f->keys, f->v.f[i].def->key);
		sl_push(&f->init, s);
		free(s);
	}
	f->v.dirty = false;
}

static void focus(struct corrform *f, const char *key)
{
	for (size_t i = 0; i < f->v.n; i++)
		if (strcmp(f->v.f[i].def->key, key) == 0)
			f->v.cur = i;
}

/* ---- opening ------------------------------------------------------- */

/* Fill the form of f->def for case d and target t; false (with a message
 * in the status line) when there is nothing to correct. */
static bool prepare(struct app *app, struct corrform *f, struct form_def *def,
		    const struct case_detail *d, const struct corr_target *t)
{
	const char *w = f->def->name;
	struct strlist shown = {0}, codes = {0};
	bool ok = true;

	if (strcmp(w, "party-edit") == 0) {
		const struct case_party *q = party_of(d, t->party);
		bool org = q && !q->id_no[0] && (q->uscc[0] || strcmp(q->side, "applicant") != 0);
		if (!q)
			return false;
		f->person = !org;
		/* Only what the party can have. */
		static const char *const worker[] = {"uscc", "chain_role", "legal_rep", "legal_rep_title"};
		static const char *const employer[] = {"id_number", "chain_role", "representative"};
		static const char *const respondent[] = {"representative"};
		static const char *const third[] = {"chain_role", "representative"};
		if (strcmp(q->side, "applicant") == 0 && !org)
			leave_out(def, worker, 4);
		else if (strcmp(q->side, "applicant") == 0)
			leave_out(def, employer, 3);
		else if (strcmp(q->side, "respondent") == 0)
			leave_out(def, respondent, 1);
		else
			leave_out(def, third, 2);
	} else if (strcmp(w, "claim-add") == 0 || strcmp(w, "claim-edit") == 0) {
		applicant_choices(d, &shown, &codes);
		set_choices(f, def, "party", &shown, &codes);
	} else if (strcmp(w, "pay") == 0) {
		sl_push(&shown, "全案");
		sl_push(&codes, "");
		for (size_t i = 0; i < d->nclaims; i++) {
			char m[MONEY_BUF], n[8];
			const struct case_claim *k = &d->claims[i];
			char *s = xasprintf("%d %s %s%s%s", k->pos, k->kind,
					    money_display(k->resolved >= 0 ? k->resolved : k->amount, m),
					    k->party[0] ? " " : "", k->party);
			snprintf(n, sizeof n, "%d", k->pos);
			sl_push(&shown, s);
			sl_push(&codes, n);
			free(s);
		}
		set_choices(f, def, "item", &shown, &codes);
	} else if (strcmp(w, "agent-add") == 0) {
		sl_push(&shown, "");
		sl_push(&codes, "");
		user_choices(app, true, NULL, &shown, &codes);
		set_choices(f, def, "lawyer", &shown, &codes);
	} else if (strcmp(w, "link") == 0) {
		if (!user_choices(app, true, d->lawyer[0] ? "解除关联" : NULL, &shown, &codes)) {
			app_status(app, UA_ERROR, "本机构还没有律师用户 (管理员可用 tiaocai user add --role lawyer 添加)");
			ok = false;
		}
		set_choices(f, def, "lawyer", &shown, &codes);
	} else if (strcmp(w, "assign") == 0) {
		/* Nobody chosen until the clerk chooses (the field is required). */
		if (!d->clerk[0]) {
			sl_push(&shown, "");
			sl_push(&codes, "");
		}
		user_choices(app, false, d->clerk[0] ? "取消承办人" : NULL, &shown, &codes);
		set_choices(f, def, "clerk", &shown, &codes);
	} else if (strcmp(w, "edit") == 0) {
		const char *const *causes;
		size_t n = case_causes(&causes);
		for (size_t i = 0; i < n; i++)
			sl_push(&shown, causes[i]);
		set_choices(f, def, "cause", &shown, NULL);
	}
	sl_free(&shown);
	sl_free(&codes);
	return ok;
}

/* The shown choice whose code is code, or code itself. */
static const char *shown_of(const struct corrform *f, const char *code)
{
	for (size_t i = 0; i < f->codes.n; i++)
		if (strcmp(f->codes.v[i], code) == 0)
			return f->values.v[i];
	return code;
}

/* Put the thing corrected into the fields, and the note above them. */
static void fill(struct app *app, struct corrform *f, const struct case_detail *d,
		 const struct corr_target *t)
{
	const char *w = f->def->name;
	struct formview *v = &f->v;
	char iso[DATE_ISO_LEN], m[MONEY_BUF];
	struct strbuf note = {0};

	sb_printf(&note, "%s  %s 诉 %s", d->row.case_no, d->row.applicant, d->row.respondent);
	fv_set(v, "on", 0, date_iso(app->today, iso));
	if (strcmp(w, "party-edit") == 0 || strcmp(w, "party-remove") == 0 ||
	    strcmp(w, "agent-add") == 0) {
		const struct case_party *q = party_of(d, t->party);
		note.len = 0;
		sb_printf(&note, "%s  %s %s %s", d->row.case_no, party_side_zh(q->side[0] == 'a' ? SIDE_APPLICANT
			  : q->side[0] == 'r' ? SIDE_RESPONDENT : SIDE_THIRD), q->ref, q->name);
		if (strcmp(w, "party-edit") == 0) {
			fv_set(v, "party_name", 0, q->name);
			fv_set(v, "id_number", 0, q->id_no);
			fv_set(v, "uscc", 0, q->uscc);
			fv_set(v, "phone", 0, q->phone);
			fv_set(v, "chain_role", 0, q->chain_role);
			fv_set(v, "address", 0, q->address);
			fv_set(v, "service_address", 0, q->service_address);
			fv_set(v, "legal_rep", 0, q->legal_rep);
			fv_set(v, "legal_rep_title", 0, q->legal_rep_title);
			fv_set(v, "representative", 0, q->representative ? "是" : "否");
		}
	} else if (strcmp(w, "claim-add") == 0) {
		if (t->party)
			fv_set(v, "party", 0, shown_of(f, t->party));
	} else if (strcmp(w, "claim-edit") == 0 || strcmp(w, "claim-remove") == 0) {
		const struct case_claim *k = claim_of(d, t->item);
		sb_printf(&note, "  第 %d 项 %s %s", k->pos, k->kind, money_display(k->amount, m));
		if (k->party[0])
			sb_printf(&note, " (%s)", k->party);
		fv_set(v, "party", 0, shown_of(f, k->party[0] ? k->party : "-"));
		fv_set(v, "kind", 0, k->kind);
		/* As the field shows money once checked ("12,345.67"), so that an
		 * amount left alone is not taken for a change. */
		money_display(k->amount, m);
		fv_set(v, "amount", 0, strncmp(m, "¥", strlen("¥")) == 0 ? m + strlen("¥") : m);
		fv_set(v, "from", 0, k->from);
		fv_set(v, "to", 0, k->to);
	} else if (strcmp(w, "pay") == 0) {
		if (t->item) {
			char n[8];
			snprintf(n, sizeof n, "%d", t->item);
			fv_set(v, "item", 0, shown_of(f, n));
		}
		sb_printf(&note, "  已付 %s", money_display(d->paid, m));
	} else if (strcmp(w, "docs-received") == 0) {
		note.len = 0;
		sb_printf(&note, "%s  待补: %s", d->row.case_no, d->missing_docs);
	} else if (strcmp(w, "link") == 0) {
		if (d->lawyer[0])
			fv_set(v, "lawyer", 0, shown_of(f, d->lawyer));
		sb_printf(&note, "  现关联: %s", d->lawyer[0] ? d->lawyer : "无");
	} else if (strcmp(w, "assign") == 0) {
		if (d->clerk[0])
			fv_set(v, "clerk", 0, shown_of(f, d->clerk));
		sb_printf(&note, "  现承办人: %s", d->clerk_name[0] ? d->clerk_name : "未指定");
	} else if (strcmp(w, "edit") == 0) {
		fv_set(v, "cause", 0, d->cause);
		fv_set(v, "industry", 0, d->row.industry);
		fv_set(v, "project", 0, d->project);
		fv_set(v, "source", 0, d->row.source);
	} else if (strcmp(w, "revert") == 0) {
		note.len = 0;
		sb_printf(&note, "将撤销: %s", f->undone);
	}
	text_copy(v->note, sizeof v->note, sb_str(&note));
	sb_free(&note);
}

/* What revert would undo now, into f->undone; false when nothing. */
static bool what_undone(struct app *app, struct corrform *f)
{
	struct undo_entry u;
	struct tc_err e = {0};
	const struct corr_def *cd;
	const struct wf_event_def *wd;

	if (undo_last(app->db, f->case_id, &u, &e) != TC_OK) {
		app_error(app, &e);
		return false;
	}
	cd = corr_find(u.kind);
	wd = wf_event_find(u.kind);
	snprintf(f->undone, sizeof f->undone, "「%s」%s%s (%s): %s", cd ? cd->zh : wd ? wd->zh : u.kind,
		 u.effective_on[0] ? " " : "", u.effective_on, u.actor, u.detail);
	snprintf(f->undone_short, sizeof f->undone_short, "「%s」%s%s", cd ? cd->zh : wd ? wd->zh : u.kind,
		 u.effective_on[0] ? " " : "", u.effective_on);
	undo_entry_free(&u);
	return true;
}

static void corr_free(struct corrform *f)
{
	if (f->v.def) {
		f->v.def->nfields = f->nfields;
		fv_free(&f->v);
	}
	sl_free(&f->keys);
	sl_free(&f->init);
	sl_free(&f->values);
	sl_free(&f->codes);
	free(f);
}

static unsigned apply(struct app *app, struct corrform *f, const struct corr_request *req,
		      bool screen);

void corrform_open(struct app *app, const struct case_detail *d, const char *what,
		   const struct corr_target *t)
{
	struct corrform *f;
	struct form_def *def;
	struct tc_err e = {0};

	f = xcalloc(1, sizeof *f);
	f->def = corr_find(what);
	f->case_id = d->row.id;
	f->version = d->version;
	snprintf(f->case_no, sizeof f->case_no, "%s", d->row.case_no);
	if (t->party) {
		const struct case_party *q = party_of(d, t->party);
		snprintf(f->party, sizeof f->party, "%s", t->party);
		if (q)
			snprintf(f->party_name, sizeof f->party_name, "%s", q->name);
	}
	f->item = t->item;
	/* What the screen asks about is in the case it shows. */
	assert(f->def != NULL);
	if ((t->party && !party_of(d, t->party)) || (t->item && !claim_of(d, t->item))) {
		if (t->item && !claim_of(d, t->item))
			app_status(app, UA_ERROR, "本案没有第 %d 项请求, 请重新选择", t->item);
		else
			app_status(app, UA_ERROR, "本案没有当事人 %s, 请重新选择", t->party);
		corr_free(f);
		return;
	}

	/* Removing an agent needs no more than a yes. */
	if (strcmp(what, "agent-remove") == 0) {
		struct corr_request req = {.what = what, .on = DATE_NONE, .party = t->party,
					   .agent_name = t->agent, .expect_version = d->version};
		if (app_confirm(app, "确认解除 %s %s 的委托代理人 %s?", t->party, f->party_name, t->agent))
			apply(app, f, &req, false);
		corr_free(f);
		return;
	}
	if (strcmp(what, "revert") == 0 && !what_undone(app, f)) {
		corr_free(f);
		return;
	}
	if (form_load(what, NULL, &def, &e) != TC_OK) {
		app_error(app, &e);
		corr_free(f);
		return;
	}
	f->nfields = def->nfields;
	if (!prepare(app, f, def, d, t)) {
		def->nfields = f->nfields;
		form_free(def);
		corr_free(f);
		return;
	}
	fv_init(&f->v, app, def);
	if (f->person)
		for (size_t i = 0; i < f->v.n; i++)
			if (strcmp(f->v.f[i].def->key, "party_name") == 0)
				snprintf(f->v.f[i].label, sizeof f->v.f[i].label, "姓名");
	fill(app, f, d, t);
	remember(f);
	/* The correction made most: a party's new phone number. */
	if (strcmp(what, "party-edit") == 0)
		focus(f, "phone");
	app_push(app, &corrform_ops, f);
}

/* ---- saving -------------------------------------------------------- */

/* A message of the core next to the field it names: the core names the
 * fields as the command line does ("申请人 a1电话", "amount"). */
static void mark(struct corrform *f, const struct tc_err *e)
{
	static const struct {
		const char *suffix, *key;
	} names[] = {
		{"姓名", "party_name"}, {"名称", "party_name"}, {"身份证号", "id_number"},
		{"applicant-id", "id_number"}, {"id", "id_number"},
		{"统一社会信用代码", "uscc"}, {"电话", "phone"}, {"用工链条角色", "chain_role"},
		{"chain-role", "chain_role"}, {"送达地址", "service_address"}, {"住所", "address"},
		{"法定代表人", "legal_rep"}, {"legal-rep", "legal_rep"}, {"请求类别", "kind"},
		{"请求金额", "amount"}, {"请求期间起", "from"}, {"请求期间止", "to"},
	};
	struct tc_err k = *e;
	size_t fl = strlen(e->field);

	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		size_t sl = strlen(names[i].suffix);
		if (fl >= sl && strcmp(e->field + fl - sl, names[i].suffix) == 0 &&
		    form_find(f->v.def, names[i].key)) {
			snprintf(k.field, sizeof k.field, "%s", names[i].key);
			break;
		}
	}
	if (strcmp(f->def->name, "party-edit") == 0 && strcmp(e->field, "party") == 0)
		snprintf(k.field, sizeof k.field, "reason");
	fv_mark(&f->v, &k);
}

/* Apply req; screen: f is the top screen (closed on success or on a stale
 * version).  RD flags. */
static unsigned apply(struct app *app, struct corrform *f, const struct corr_request *req,
		      bool screen)
{
	struct corr_result res;
	struct tc_err e = {0};

	if (corr_apply(app->db, &app->actor, f->case_id, req, app->today, &res, &e) != TC_OK) {
		if (!screen) {
			app_error(app, &e);
		} else if (strcmp(e.field, "version") == 0 || strcmp(e.field, "event") == 0) {
			/* Someone else moved the case: show it as it is now. */
			struct tc_err keep = e;
			app_pop(app);
			app_error(app, &keep);
		} else {
			mark(f, &e);
			return RD_BODY;
		}
		return RD_ALL;
	}
	if (screen)
		app_pop(app); /* the case file reloads as it is uncovered */
	else
		APP_TOP(app)->ops->reload(app, APP_TOP(app)->st);
	app_status(app, res.warning[0] ? UA_SOON : UA_OK, "已记录: %s%s%s", res.detail,
		   res.warning[0] ? "; 注意: " : "", res.warning);
	return RD_ALL;
}

/* Which of a party's fields changed, in words, for the question. */
static void party_changes(const struct corrform *f, struct strbuf *sb, bool *contact_only)
{
	static const char *const contact[] = {"phone", "address", "service_address"};
	struct strlist own = {0};

	*contact_only = true;
	for (size_t i = 0; i < f->v.n; i++) {
		const struct form_field *d = f->v.f[i].def;
		if (strcmp(d->key, "reason") == 0 || !changed(f, d->key, &own))
			continue;
		bool c = false;
		for (size_t k = 0; k < 3; k++)
			c = c || strcmp(d->key, contact[k]) == 0;
		*contact_only = *contact_only && c;
		sb_printf(sb, "%s%s", sb->len ? "、" : "", d->label);
	}
	sl_free(&own);
}

static unsigned save(struct app *app, struct corrform *f)
{
	struct corr_request req = {.what = f->def->name, .on = DATE_NONE,
				   .expect_version = f->version};
	struct strlist own = {0};
	struct strbuf what = {0};
	struct tc_err e = {0};
	const char *w = f->def->name, *on;
	unsigned rd = RD_BODY;
	char *s;

	if (!fv_check_all(&f->v))
		return RD_BODY;
	on = val(f, "on", &own);
	if (on && date_parse(on, &req.on, "日期", &e) != TC_OK) {
		fv_mark(&f->v, &e);
		goto out;
	}
	req.reason = val(f, "reason", &own);
	if (f->party[0])
		req.party = f->party;
	req.item = f->item;
	sb_printf(&what, "%s", f->def->zh);

	if (strcmp(w, "party-edit") == 0) {
		bool contact;
		struct strbuf ch = {0};
		party_changes(f, &ch, &contact);
		if (!ch.len) {
			app_status(app, UA_ERROR, "没有改动: 请先改要更正的内容 (如新的电话号码)");
			sb_free(&ch);
			goto out;
		}
		req.p.name = changed(f, "party_name", &own);
		req.p.id_no = changed(f, "id_number", &own);
		req.p.uscc = changed(f, "uscc", &own);
		req.p.phone = changed(f, "phone", &own);
		req.p.chain_role = changed(f, "chain_role", &own);
		req.p.address = changed(f, "address", &own);
		req.p.service_address = changed(f, "service_address", &own);
		req.p.legal_rep = changed(f, "legal_rep", &own);
		req.p.legal_rep_title = changed(f, "legal_rep_title", &own);
		req.rep = changed(f, "representative", &own);
		if (!req.reason && contact)
			req.reason = CONTACT_REASON;
		else if (!req.reason) {
			struct tc_err r = {.status = TC_USAGE};
			snprintf(r.field, sizeof r.field, "reason");
			snprintf(r.msg, sizeof r.msg, "理由: 更正%s须写明理由 (只改电话、住所、送达地址时可不填)",
				 sb_str(&ch));
			fv_mark(&f->v, &r);
			sb_free(&ch);
			goto out;
		}
		sb_printf(&what, " %s %s: %s", f->party, f->party_name, sb_str(&ch));
		sb_free(&ch);
	} else if (strcmp(w, "party-add") == 0) {
		const char *side = val(f, "side", &own);
		req.side = strcmp(side, "申请人") == 0 ? "applicant" : strcmp(side, "第三人") == 0
			   ? "third" : "respondent";
		req.p.name = val(f, "party_name", &own);
		req.p.id_no = val(f, "id_number", &own);
		req.p.uscc = val(f, "uscc", &own);
		req.p.phone = val(f, "phone", &own);
		req.p.address = val(f, "address", &own);
		req.p.service_address = val(f, "service_address", &own);
		req.p.legal_rep = val(f, "legal_rep", &own);
		req.p.legal_rep_title = val(f, "legal_rep_title", &own);
		/* A chain role for a respondent, a representative for a worker. */
		if (strcmp(req.side, "respondent") == 0)
			req.p.chain_role = val(f, "chain_role", &own);
		const char *rep = val(f, "representative", &own);
		req.p.representative = strcmp(req.side, "applicant") == 0 && rep && strcmp(rep, "是") == 0;
		sb_printf(&what, " %s %s", side, req.p.name);
	} else if (strcmp(w, "party-remove") == 0) {
		sb_printf(&what, " %s %s", f->party, f->party_name);
	} else if (strcmp(w, "agent-add") == 0) {
		const char *lawyer = val(f, "lawyer", &own);
		req.agent_name = val(f, "name", &own);
		req.agent_kind = val(f, "kind", &own);
		req.agent_phone = val(f, "phone", &own);
		req.lawyer = lawyer ? code_of(f, lawyer) : NULL;
		sb_printf(&what, " %s %s: %s (%s)", f->party, f->party_name, req.agent_name, req.agent_kind);
	} else if (strcmp(w, "claim-add") == 0) {
		const char *party = code_of(f, val(f, "party", &own)), *from = val(f, "from", &own),
			   *to = val(f, "to", &own), *kind = val(f, "kind", &own),
			   *amount = val(f, "amount", &own);
		if (!from != !to) {
			struct tc_err r = {.status = TC_USAGE};
			snprintf(r.field, sizeof r.field, "%s", from ? "to" : "from");
			snprintf(r.msg, sizeof r.msg, "请求期间: 期间起和期间止要一起填, 或都不填");
			fv_mark(&f->v, &r);
			goto out;
		}
		req.party = strcmp(party, "-") == 0 ? NULL : party;
		s = from ? xasprintf("%s:%s:%s:%s", kind, amount, from, to) : xasprintf("%s:%s", kind, amount);
		sl_push(&own, s);
		free(s);
		req.claim = own.v[own.n - 1];
		sb_printf(&what, " %s %s%s%s", kind, amount, req.party ? " " : "", req.party ? req.party : "");
	} else if (strcmp(w, "claim-edit") == 0) {
		const char *party = changed(f, "party", &own);
		req.party = party ? code_of(f, party) : NULL;
		req.kind = changed(f, "kind", &own);
		req.amount = changed(f, "amount", &own);
		req.from = changed(f, "from", &own);
		req.to = changed(f, "to", &own);
		if (!req.party && !req.kind && !req.amount && !req.from && !req.to) {
			app_status(app, UA_ERROR, "没有改动: 请先改类别、金额、期间或所属申请人");
			goto out;
		}
		sb_printf(&what, " 第 %d 项:", f->item);
		if (req.kind)
			sb_printf(&what, " 类别改为 %s", req.kind);
		if (req.amount)
			sb_printf(&what, " 金额改为 %s", req.amount);
		if (req.from || req.to)
			sb_puts(&what, " 期间有变");
		if (req.party)
			sb_printf(&what, " 改归 %s", party);
	} else if (strcmp(w, "claim-remove") == 0) {
		sb_printf(&what, " 第 %d 项", f->item);
	} else if (strcmp(w, "docs-received") == 0) {
		req.items = val(f, "items", &own);
		sb_printf(&what, ": %s", req.items ? req.items : "全部补齐");
	} else if (strcmp(w, "link") == 0) {
		req.lawyer = code_of(f, val(f, "lawyer", &own));
		sb_printf(&what, ": %s", val(f, "lawyer", &own));
	} else if (strcmp(w, "assign") == 0) {
		req.clerk = code_of(f, val(f, "clerk", &own));
		sb_printf(&what, ": %s", val(f, "clerk", &own));
	} else if (strcmp(w, "note") == 0) {
		req.text = val(f, "text", &own);
	} else if (strcmp(w, "edit") == 0) {
		req.cause = changed(f, "cause", &own);
		req.industry = changed(f, "industry", &own);
		req.project = changed(f, "project", &own);
		req.source = changed(f, "source", &own);
		if (!req.cause && !req.industry && !req.project && !req.source) {
			app_status(app, UA_ERROR, "没有改动: 请先改案由、行业、项目名称或案件来源");
			goto out;
		}
	} else if (strcmp(w, "pay") == 0) {
		const char *item = code_of(f, val(f, "item", &own)), *amount = val(f, "amount", &own);
		s = *item ? xasprintf("%s:%s", item, amount) : xstrdup(amount);
		sl_push(&own, s);
		free(s);
		req.pay = own.v[own.n - 1];
		req.by = val(f, "by", &own);
		req.pay_note = val(f, "note", &own);
		sb_printf(&what, " %s 元%s%s%s", amount, *item ? " (第 " : "", item, *item ? " 项)" : "");
	} else if (strcmp(w, "revert") == 0) {
		sb_printf(&what, " %s (详见上方)", f->undone_short);
	}
	/* The reason the clerk did not type is shown before it is recorded. */
	if (req.reason && strcmp(req.reason, CONTACT_REASON) == 0)
		sb_printf(&what, " (理由: %s)", req.reason);
	if (!app_confirm(app, "确认%s?", sb_str(&what)))
		goto out;
	rd = apply(app, f, &req, true);
out:
	sl_free(&own);
	sb_free(&what);
	return rd;
}

/* ---- the screen ---------------------------------------------------- */

static unsigned corr_action(struct app *app, void *st, enum action a)
{
	if (a == ACT_SAVE)
		return save(app, st);
	return fv_screen_action(app, st, a);
}

static void corr_close(void *st)
{
	corr_free(st);
}

const struct screen_ops corrform_ops = {
	.name = "correction",
	.title = "更正",
	.groups = AG_FORM,
	.action = corr_action,
	.key = fv_screen_key,
	.raw_keys = fv_screen_raw,
	.draw = fv_screen_draw,
	.has_action = fv_screen_has,
	.dirty = fv_screen_dirty,
	.close = corr_close,
};
