/*
 * intake.c - 收案: registering an application from forms/intake.form.
 *
 * Every field of `tiaocai case add`, with as many applicants, respondents
 * and claims as the clerk adds (F4) or pastes, each applicant with its own
 * claims (F6 copies the previous applicant's), each field checked as it
 * is left, an applicant's age on the received date remarked beside the ID
 * number.  F2 checks the whole form, confirms, and calls case_add; on
 * success the form gives way to the new case's file, where its number and
 * clocks stand.  Nothing is saved until then.
 *
 * An applicant and a respondent already together in an open case are
 * refused by case_add as a likely duplicate (field "duplicate", naming
 * the other case): the screen says so and asks whether to register
 * anyway; yes asks for the reason (forms/duplicate.form) in place of the
 * form, and F2 there saves with it (case_new.allow_duplicate).
 */
#include "tui.h"

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "tiaocai/case.h"
#include "tiaocai/date.h"
#include "tiaocai/ident.h"
#include "tiaocai/text.h"

struct intake {
	struct formview v;
	bool broken;               /* the form file could not be read */
	bool asking;               /* the duplicate's reason is asked (dup) */
	struct formview dup;
	char dupmsg[512];          /* why case_add took it for a duplicate, or "" */
};

/* Beside an applicant's ID number: under 16 or over 70 on the received
 * date (today while that field is empty or wrong), a remark, not a
 * refusal. */
static char *age_remark(struct formview *v, const struct fv_field *f, const char *value)
{
	char *received, msg[200];
	int on = v->app->today, day;

	if (strcmp(f->def->key, "applicant.id_number") != 0)
		return NULL;
	received = fv_get(v, "received", 0);
	if (*received && date_parse(received, &day, "收案日期", NULL) == TC_OK)
		on = day;
	free(received);
	return ident_id_age_note(value, on, msg, sizeof msg) ? xstrdup(msg) : NULL;
}

void *intake_open(struct app *app)
{
	struct intake *in = xcalloc(1, sizeof *in);
	struct form_def *def;
	struct tc_err e = {0};

	if (form_load("intake", NULL, &def, &e) != TC_OK) {
		/* An office's edited form is broken: say where, show nothing. */
		app_error(app, &e);
		in->broken = true;
		return in;
	}
	fv_init(&in->v, app, def);
	in->v.advise = age_remark;
	snprintf(in->v.note, sizeof in->v.note,
		 "* 为必填。F4 加一条, F5 删一条, F6 照抄上一人的请求, 多人可整行粘贴; F2 保存, Esc 放弃");
	return in;
}

/* The values of one group's entries, kept alive until the request is
 * made; each field's value is strdup'ed into owned. */
static const char *val(const struct formview *v, const char *key, int entry, struct strlist *owned)
{
	char *s = fv_get(v, key, entry);
	sl_push(owned, s);
	free(s);
	return *owned->v[owned->n - 1] ? owned->v[owned->n - 1] : NULL;
}

static bool yes(const struct formview *v, const char *key, struct strlist *owned)
{
	const char *s = val(v, key, 0, owned);
	return s && strcmp(s, "是") == 0;
}

static void dup_close(struct intake *in)
{
	if (in->asking)
		fv_free(&in->dup);
	in->asking = false;
}

/* case_add called it a duplicate (e): say so below the form, and ask
 * whether to register anyway and why. */
static void dup_ask(struct app *app, struct intake *in, const struct tc_err *e)
{
	struct form_def *def;
	struct tc_err fe = {0};
	char *cut;

	/* The message ends with the command line's way out; here the way out
	 * is the question. */
	snprintf(in->dupmsg, sizeof in->dupmsg, "%s", e->msg);
	if ((cut = strstr(in->dupmsg, "; ")) != NULL)
		*cut = 0;
	if (!app_confirm(app, "可能是重复登记 (见下方): 仍要另立一案?")) {
		app_status(app, UA_SOON, "未保存; 可修改后再按 F2");
		return;
	}
	if (form_load("duplicate", NULL, &def, &fe) != TC_OK) {
		app_error(app, &fe);
		return;
	}
	fv_init(&in->dup, app, def);
	in->asking = true;
	app_status(app, UA_SOON, "写明另立一案的理由, F2 保存; Esc 回到收案表单");
}

/* The bytes of s that fit in cols display columns, cut at a character. */
static size_t fits(const char *s, int cols)
{
	mbstate_t ps;
	size_t at = 0, n = strlen(s);
	int w = 0;

	memset(&ps, 0, sizeof ps);
	while (at < n) {
		wchar_t wc;
		size_t k = mbrtowc(&wc, s + at, n - at, &ps);
		if (k == (size_t)-1 || k == (size_t)-2 || k == 0)
			break;
		int cw = wcwidth(wc);
		if (w + (cw > 0 ? cw : 0) > cols)
			break;
		w += cw > 0 ? cw : 0;
		at += k;
	}
	return at;
}

/* Register the form's application; reason: why a duplicate is registered
 * anyway (the question above answered), else NULL. */
static unsigned save(struct app *app, struct intake *in, const char *reason)
{
	struct formview *v = &in->v;
	struct case_new req = {0};
	struct strlist owned = {0};
	struct strbuf warn = {0};
	struct tc_err e = {0};
	char case_no[96];
	int64_t id;
	int na, nr, nc;

	if (!fv_check_all(v))
		return RD_BODY;
	if (!reason)
		in->dupmsg[0] = 0;
	na = fv_entries(v, "applicant");
	nr = fv_entries(v, "respondent");
	nc = fv_entries(v, "claim");
	req.applicants = xcalloc((size_t)na, sizeof *req.applicants);
	req.respondents = xcalloc((size_t)nr, sizeof *req.respondents);
	req.claims = xcalloc((size_t)nc, sizeof *req.claims);
	req.napplicants = (size_t)na;
	req.nrespondents = (size_t)nr;
	req.nclaims = (size_t)nc;
	for (int i = 0; i < na; i++) {
		req.applicants[i].name = val(v, "applicant.name", i, &owned);
		req.applicants[i].id_no = val(v, "applicant.id_number", i, &owned);
		req.applicants[i].phone = val(v, "applicant.phone", i, &owned);
	}
	for (int i = 0; i < nr; i++) {
		req.respondents[i].name = val(v, "respondent.name", i, &owned);
		req.respondents[i].uscc = val(v, "respondent.uscc", i, &owned);
		req.respondents[i].chain_role = val(v, "respondent.chain_role", i, &owned);
		req.respondents[i].id_no = val(v, "respondent.id_number", i, &owned);
	}
	for (int i = 0; i < nc; i++) {
		req.claims[i].kind = val(v, "claim.kind", i, &owned);
		req.claims[i].amount = val(v, "claim.amount", i, &owned);
		req.claims[i].from = val(v, "claim.from", i, &owned);
		req.claims[i].to = val(v, "claim.to", i, &owned);
		/* Whose claim it is: the applicant it stands under. */
		req.claims[i].applicant = fv_owner(v, "claim", i) + 1;
	}
	req.received = val(v, "received", 0, &owned);
	req.source = val(v, "source", 0, &owned);
	req.industry = val(v, "industry", 0, &owned);
	req.project = val(v, "project", 0, &owned);
	req.missing_docs = val(v, "missing_docs", 0, &owned);
	req.uscc_unverified = val(v, "uscc_unverified", 0, &owned);
	req.lawyer = val(v, "lawyer", 0, &owned);
	req.fast = yes(v, "fast", &owned);
	req.simple = yes(v, "simple", &owned);
	req.legal_aid = yes(v, "legal_aid", &owned);
	req.allow_duplicate = reason;

	unsigned rd = RD_BODY;
	if (!reason && !app_confirm(app, "确认收案: 申请人 %s%s, 被申请人 %s?", req.applicants[0].name,
				    na > 1 ? " 等" : "", req.respondents[0].name ? req.respondents[0].name : ""))
		goto out;
	if (case_add(app->db, &app->actor, &req, app->today, &id, case_no, &warn, &e) != TC_OK) {
		if (strcmp(e.field, "duplicate") == 0 && !reason)
			dup_ask(app, in, &e);
		else if (in->asking)
			fv_mark(&in->dup, &e);
		else
			fv_mark(v, &e);
		goto out;
	}
	/* The form gives way to the new case's file: its number and clocks. */
	app_pop(app);
	app_push(app, &casefile_ops, casefile_open(app, id));
	app_status(app, warn.len ? UA_SOON : UA_OK, "已收案: %s%s%s", case_no,
		   warn.len ? "; 注意: " : "", sb_str(&warn));
	rd = RD_ALL;
out:
	free(req.applicants);
	free(req.respondents);
	free(req.claims);
	sl_free(&owned);
	sb_free(&warn);
	return rd;
}

/* A broken form (in->broken) shows only its message; the generic form
 * operations apply otherwise. */
static unsigned intake_action(struct app *app, void *st, enum action a)
{
	struct intake *in = st;

	if (in->broken)
		return RD_PASS;
	if (in->asking) {
		char *reason;
		unsigned rd;
		switch (a) {
		case ACT_SAVE:
			if (!fv_check_all(&in->dup))
				return RD_BODY;
			reason = fv_get(&in->dup, "reason", 0);
			rd = save(app, in, reason);
			free(reason);
			return rd;
		case ACT_CANCEL:
		case ACT_BACK:
			/* Back to the form, nothing saved. */
			dup_close(in);
			app_status(app, UA_SOON, "未保存; 可修改后再按 F2");
			return RD_ALL;
		default:
			return fv_screen_action(app, &in->dup, a);
		}
	}
	if (a == ACT_SAVE)
		return save(app, in, NULL);
	return fv_screen_action(app, st, a);
}

static unsigned intake_key(struct app *app, void *st, wint_t key, bool fkey)
{
	struct intake *in = st;

	if (in->broken)
		return RD_PASS;
	return fv_screen_key(app, in->asking ? (void *)&in->dup : st, key, fkey);
}

static bool intake_raw(void *st)
{
	return !((struct intake *)st)->broken;
}

static void intake_draw(struct app *app, void *st, int top, int rows, int cols, int *cy, int *cx)
{
	struct intake *in = st;

	if (in->broken) {
		*cy = *cx = -1;
		ui_text(top + 1, 2, "收案表单文件有误, 不能登记 (详见下方提示; 请管理员修正表单文件)", cols - 4,
			ui_attr(app, UA_ERROR));
		return;
	}
	if (!in->dupmsg[0]) {
		fv_screen_draw(app, st, top, rows, cols, cy, cx);
		return;
	}
	/* The duplicate, whole, on two lines below the form. */
	fv_screen_draw(app, in->asking ? (void *)&in->dup : st, top, rows - 3, cols, cy, cx);
	size_t k = fits(in->dupmsg, cols - 2);
	char first[sizeof in->dupmsg];
	snprintf(first, sizeof first, "%.*s", (int)k, in->dupmsg);
	ui_text(top + rows - 2, 1, first, cols - 2, ui_attr(app, UA_SOON));
	ui_text(top + rows - 1, 1, in->dupmsg + k, cols - 2, ui_attr(app, UA_SOON));
}

static bool intake_has(struct app *app, void *st, enum action a)
{
	if (((struct intake *)st)->broken)
		return a == ACT_BACK || a == ACT_HELP;
	return fv_screen_has(app, ((struct intake *)st)->asking ? (void *)&((struct intake *)st)->dup : st, a);
}

static bool intake_dirty(void *st)
{
	return !((struct intake *)st)->broken && fv_screen_dirty(st);
}

static void intake_close(void *st)
{
	struct intake *in = st;
	if (!in->broken)
		fv_free(&in->v);
	dup_close(in);
	free(in);
}

const struct screen_ops intake_ops = {
	.name = "intake",
	.title = "收案",
	.groups = AG_FORM,
	.action = intake_action,
	.key = intake_key,
	.raw_keys = intake_raw,
	.draw = intake_draw,
	.has_action = intake_has,
	.dirty = intake_dirty,
	.close = intake_close,
};
