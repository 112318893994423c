/*
 * evform.c - the small form of one workflow event (受理, 调解, 排期开庭,
 * 裁决...) from forms/EVENT.form: it asks for what the event needs, checks
 * each value as it is left, confirms, then hands the request to wf_apply
 * with the version of the case the clerk was looking at.  A case changed
 * by someone else meanwhile is refused by the core; the form then closes
 * and the case file shows the new state.
 */
#include "tui.h"
#include "tiaocai/text.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "tiaocai/case.h"
#include "tiaocai/date.h"
#include "tiaocai/money.h"
#include "tiaocai/workflow.h"

struct evform {
	struct formview v;
	const struct wf_event_def *ev;
	int64_t case_id, version;
	char case_no[96];
	int nclaims;
	int claim_pos[32];
};

void evform_open(struct app *app, const struct case_detail *d, const char *event)
{
	struct evform *f;
	struct form_def *def;
	struct tc_err e = {0};
	char iso[DATE_ISO_LEN];

	if (form_load(event, NULL, &def, &e) != TC_OK) {
		app_error(app, &e);
		return;
	}
	f = xcalloc(1, sizeof *f);
	f->ev = wf_event_find(event);
	f->case_id = d->row.id;
	f->version = d->version;
	snprintf(f->case_no, sizeof f->case_no, "%s", d->row.case_no);
	fv_init(&f->v, app, def);
	char *note = xasprintf("%s  %s 诉 %s  现阶段: %s", d->row.case_no, d->row.applicant,
			       d->row.respondent, stage_zh(d->row.stage));
	text_copy(f->v.note, sizeof f->v.note, note); /* a long line is cut on screen anyway */
	free(note);
	fv_set(&f->v, "on", 0, date_iso(app->today, iso));

	/* Several claims: one amount per claim, labelled with its item. */
	if (form_find(def, "amount") && d->nclaims > 1) {
		char labels[32][96];
		const char *lp[32];
		size_t n = d->nclaims < 32 ? d->nclaims : 32;
		for (size_t i = 0; i < n; i++) {
			char m[MONEY_BUF];
			snprintf(labels[i], sizeof labels[i], "%d.%s 请求%s", d->claims[i].pos,
				 d->claims[i].kind, money_display(d->claims[i].amount, m));
			lp[i] = labels[i];
			f->claim_pos[i] = d->claims[i].pos;
		}
		f->nclaims = (int)n;
		fv_expand(&f->v, "amount", (int)n, lp);
	}
	app_push(app, &evform_ops, f);
}

/* The form's text fields and where each goes in the request; a choice
 * left at "(无)" is not given. */
static const struct {
	const char *key;
	size_t off;
} text_fields[] = {
	{"reason", offsetof(struct wf_request, reason)},
	{"mediator", offsetof(struct wf_request, mediator)},
	{"arbitrator", offsetof(struct wf_request, arbitrator)},
	{"at", offsetof(struct wf_request, at)},
	{"room", offsetof(struct wf_request, room)},
	{"to", offsetof(struct wf_request, to)},
	{"short_notice", offsetof(struct wf_request, short_notice)},
	{"sole", offsetof(struct wf_request, sole)},
	{"chief", offsetof(struct wf_request, chief)},
	{"member1", offsetof(struct wf_request, members[0])},
	{"member2", offsetof(struct wf_request, members[1])},
	{"clerk", offsetof(struct wf_request, clerk)},
	{"requested_by", offsetof(struct wf_request, requested_by)},
	{"absent", offsetof(struct wf_request, absent)},
	{"written", offsetof(struct wf_request, written)},
	{"conflict_reason", offsetof(struct wf_request, conflict_reason)},
};
#define NTEXT (sizeof text_fields / sizeof text_fields[0])

/* A refusal: someone else moved the case (back to it as it is now, with
 * the reason), or a value to correct (on its field).  RD flags. */
static unsigned refused(struct app *app, struct evform *f, const struct tc_err *e)
{
	if (strcmp(e->field, "version") == 0 || strcmp(e->field, "event") == 0) {
		struct tc_err keep = *e;
		app_pop(app);
		app_error(app, &keep);
		return RD_ALL;
	}
	fv_mark(&f->v, e);
	return RD_BODY;
}

/* Apply the event; RD flags. */
static unsigned save(struct app *app, struct evform *f)
{
	struct wf_request req = {0};
	struct wf_result res = {0};
	struct tc_err e = {0};
	char *on = NULL, *text[NTEXT] = {0}, *minutes = NULL, *hearing = NULL, *req_on = NULL;
	struct strlist amounts = {0};
	unsigned rd = RD_BODY;

	if (!fv_check_all(&f->v))
		return RD_BODY;
	on = fv_get(&f->v, "on", 0);
	for (size_t i = 0; i < NTEXT; i++) {
		text[i] = fv_get(&f->v, text_fields[i].key, 0);
		if (*text[i] && strcmp(text[i], "(无)") != 0)
			*(const char **)((char *)&req + text_fields[i].off) = text[i];
	}
	minutes = fv_get(&f->v, "minutes", 0);
	hearing = fv_get(&f->v, "hearing", 0);
	req_on = fv_get(&f->v, "requested_on", 0);
	req.minutes = *minutes ? atoi(minutes) : 0;
	req.hearing = *hearing ? atoi(hearing) : 0;
	if (form_find(f->v.def, "amount")) {
		if (f->nclaims > 1) {
			for (int i = 0; i < f->nclaims; i++) {
				char *a = fv_get(&f->v, "amount", i), *one;
				if (*a) {
					one = xasprintf("%d:%s", f->claim_pos[i], a);
					sl_push(&amounts, one);
					free(one);
				}
				free(a);
			}
		} else {
			char *a = fv_get(&f->v, "amount", 0);
			if (*a)
				sl_push(&amounts, a);
			free(a);
		}
	}
	req.event = f->ev->name;
	if (date_parse(on, &req.on, "日期", &e) != TC_OK) {
		fv_mark(&f->v, &e);
		goto out;
	}
	req.requested_on = req.on;
	if (*req_on && date_parse(req_on, &req.requested_on, "申请日期", &e) != TC_OK) {
		fv_mark(&f->v, &e);
		goto out;
	}
	req.amounts = (const char *const *)amounts.v;
	req.namounts = amounts.n;
	req.expect_version = f->version;
	/* Refusals (a double booking, a notice too short) and warnings
	 * come before the question, not after it. */
	if (wf_try(app->db, &app->actor, f->case_id, &req, app->today, &res, &e) != TC_OK) {
		rd = refused(app, f, &e);
		goto out;
	}
	if (res.warning[0] ? !app_confirm(app, "注意: %s. 仍确认对 %s 办理「%s」(日期 %s)?", res.warning,
					  f->case_no, f->ev->zh, on)
			   : !app_confirm(app, "确认对 %s 办理「%s」(日期 %s)?", f->case_no, f->ev->zh, on))
		goto out;
	if (wf_apply(app->db, &app->actor, f->case_id, &req, app->today, &res, &e) != TC_OK) {
		rd = refused(app, f, &e);
		goto out;
	}
	{
		char msg[512];
		snprintf(msg, sizeof msg, "已办理「%s」: %s → %s%s%s%s", f->ev->zh, stage_zh(res.from),
			 stage_zh(res.to), res.outcome[0] ? " (" : "", res.outcome,
			 res.outcome[0] ? ")" : "");
		if (res.warning[0])
			snprintf(msg + strlen(msg), sizeof msg - strlen(msg), "; 注意: %s", res.warning);
		app_pop(app); /* the case file reloads as it is uncovered */
		app_status(app, res.warning[0] ? UA_SOON : UA_OK, "%s", msg);
		rd = RD_ALL;
	}
out:
	free(on);
	for (size_t i = 0; i < NTEXT; i++)
		free(text[i]);
	free(minutes);
	free(hearing);
	free(req_on);
	sl_free(&amounts);
	return rd;
}

static unsigned ev_action(struct app *app, void *st, enum action a)
{
	if (a == ACT_SAVE)
		return save(app, st);
	return fv_screen_action(app, st, a);
}

static void ev_close(void *st)
{
	struct evform *f = st;
	fv_free(&f->v);
	free(f);
}

const struct screen_ops evform_ops = {
	.name = "event",
	.title = "办理",
	.groups = AG_FORM,
	.action = ev_action,
	.key = fv_screen_key,
	.raw_keys = fv_screen_raw,
	.draw = fv_screen_draw,
	.has_action = fv_screen_has,
	.dirty = fv_screen_dirty,
	.close = ev_close,
};
