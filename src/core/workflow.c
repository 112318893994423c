/*
 * workflow.c - the stage machine.  One table says which event may happen
 * in which stage, who may do it, where the case goes and what it does to
 * the clocks; wf_apply checks a request against it and applies it in one
 * transaction with the journal row.  The clocks are computed by
 * deadline.c from the dates this file records.
 */
#include "tiaocai/workflow.h"
#include "tiaocai/case.h"
#include "tiaocai/clock.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/deadline.h"
#include "tiaocai/calendar.h"
#include "tiaocai/hearing.h"
#include "tiaocai/journal.h"
#include "tiaocai/money.h"
#include "tiaocai/room.h"
#include "tiaocai/roster.h"
#include "tiaocai/text.h"
#include "tiaocai/undo.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define R WF_NEED_REASON
static const struct wf_event_def events[] = {
	{"accept", "受理", 0, 0},
	{"refuse", "不予受理", R, R},
	{"premediate", "案前调解", 0, WF_NEED_MEDIATOR | WF_NEED_CONFLICT},
	{"mediate", "调解", WF_NEED_MEDIATOR, WF_NEED_MEDIATOR | WF_NEED_CONFLICT},
	{"settle", "调解成功", WF_NEED_AMOUNT, WF_NEED_AMOUNT},
	{"fail", "调解不成", 0, R},
	{"tribunal", "组庭", WF_NEED_TRIBUNAL, WF_NEED_TRIBUNAL | R | WF_NEED_CONFLICT},
	{"hearing", "开庭", WF_NEED_AT | WF_NEED_ROOM,
	 WF_NEED_AT | WF_NEED_ARBITRATOR | WF_NEED_ROOM | WF_NEED_MINUTES | WF_NEED_SHORT |
	 WF_NEED_CONFLICT},
	{"hearing-postpone", "延期开庭", R,
	 WF_NEED_HEARING | R | WF_NEED_REQUEST | WF_NEED_AT | WF_NEED_ROOM | WF_NEED_MINUTES |
	 WF_NEED_SHORT},
	{"hearing-cancel", "取消开庭", R, WF_NEED_HEARING | R},
	{"hearing-held", "开庭审理", 0, WF_NEED_HEARING | WF_NEED_ABSENT | R},
	{"award", "裁决", WF_NEED_AMOUNT, WF_NEED_AMOUNT | WF_NEED_WRITTEN},
	{"withdraw", "撤回", 0, R},
	{"suspend", "中止", R, R},
	{"resume", "恢复", 0, 0},
	{"extend", "延长审限", R, R},
	{"transfer", "移送", WF_NEED_TO, WF_NEED_TO | R},
};
#undef R
#define NEVENTS (sizeof events / sizeof events[0])

size_t wf_events(const struct wf_event_def **out)
{
	*out = events;
	return NEVENTS;
}

const struct wf_event_def *wf_event_find(const char *name)
{
	for (size_t i = 0; i < NEVENTS; i++)
		if (strcmp(events[i].name, name) == 0 || strcmp(events[i].zh, name) == 0)
			return &events[i];
	return NULL;
}

/* What an event does besides moving the stage. */
enum effect {
	FX_ACCEPT = 1 << 0,     /* accepted_on = on: the 45-day clock starts */
	FX_MEDIATE = 1 << 1,    /* mediation_from = on, mediator assigned */
	FX_HEARING = 1 << 2,    /* a hearing is scheduled */
	FX_SUSPEND = 1 << 3,    /* the close clock pauses */
	FX_RESUME = 1 << 4,     /* it runs again; the pause is added */
	FX_EXTEND = 1 << 5,     /* +15 days, once */
	FX_CLOSE = 1 << 6,      /* closed_on = on */
	FX_SETTLE = 1 << 7,     /* agreed amounts recorded */
	FX_AWARD = 1 << 8,      /* awarded amounts and the 终局 test */
	FX_REACCEPT = 1 << 9,   /* the accept clock starts again (mediation failed) */
	FX_TRIBUNAL = 1 << 10,  /* the tribunal is formed or changed: its clock ends */
	FX_HEARD = 1 << 11,     /* a hearing postponed, cancelled or held */
};

#define TO_SAME (-1)
#define TO_PREV (-2)

/* Who may do it. */
#define R_SUP (ROLE_BIT(ROLE_ADMIN) | ROLE_BIT(ROLE_SUPERVISOR))
#define R_DESK (R_SUP | ROLE_BIT(ROLE_CLERK))
#define R_MED (R_DESK | ROLE_BIT(ROLE_MEDIATOR))
#define R_ARB (R_DESK | ROLE_BIT(ROLE_ARBITRATOR))

struct transition {
	enum stage from;
	const char *event;
	int to;               /* enum stage, TO_SAME or TO_PREV */
	unsigned roles;
	const char *outcome;  /* for closing events; 裁决 is decided by the award */
	unsigned fx;
};

static const struct transition table[] = {
	{STAGE_RECEIVED, "accept", STAGE_ACCEPTED, R_DESK, NULL, FX_ACCEPT},
	{STAGE_RECEIVED, "refuse", STAGE_CLOSED, R_DESK, "不予受理", FX_CLOSE},
	{STAGE_RECEIVED, "premediate", STAGE_PREMEDIATION, R_DESK, NULL, FX_MEDIATE},
	{STAGE_RECEIVED, "withdraw", STAGE_CLOSED, R_DESK, "撤回", FX_CLOSE},
	{STAGE_RECEIVED, "transfer", STAGE_CLOSED, R_DESK, "移送", FX_CLOSE},

	{STAGE_PREMEDIATION, "settle", STAGE_CLOSED, R_MED, "案外调解", FX_SETTLE | FX_CLOSE},
	{STAGE_PREMEDIATION, "fail", STAGE_RECEIVED, R_MED, NULL, FX_REACCEPT},
	{STAGE_PREMEDIATION, "withdraw", STAGE_CLOSED, R_DESK, "撤回", FX_CLOSE},

	{STAGE_ACCEPTED, "mediate", STAGE_MEDIATING, R_DESK, NULL, FX_MEDIATE},
	{STAGE_ACCEPTED, "tribunal", TO_SAME, R_DESK, NULL, FX_TRIBUNAL},
	{STAGE_ACCEPTED, "hearing", STAGE_HEARING, R_ARB, NULL, FX_HEARING},
	{STAGE_ACCEPTED, "withdraw", STAGE_CLOSED, R_DESK, "撤回", FX_CLOSE},
	{STAGE_ACCEPTED, "suspend", STAGE_SUSPENDED, R_ARB, NULL, FX_SUSPEND},
	{STAGE_ACCEPTED, "extend", TO_SAME, R_SUP, NULL, FX_EXTEND},
	{STAGE_ACCEPTED, "transfer", STAGE_CLOSED, R_DESK, "移送", FX_CLOSE},

	{STAGE_MEDIATING, "settle", STAGE_CLOSED, R_MED, "调解", FX_SETTLE | FX_CLOSE},
	{STAGE_MEDIATING, "fail", STAGE_HEARING, R_MED, NULL, 0},
	{STAGE_MEDIATING, "tribunal", TO_SAME, R_DESK, NULL, FX_TRIBUNAL},
	{STAGE_MEDIATING, "hearing", STAGE_HEARING, R_ARB, NULL, FX_HEARING},
	{STAGE_MEDIATING, "withdraw", STAGE_CLOSED, R_DESK, "撤回", FX_CLOSE},
	{STAGE_MEDIATING, "suspend", STAGE_SUSPENDED, R_ARB, NULL, FX_SUSPEND},
	{STAGE_MEDIATING, "extend", TO_SAME, R_SUP, NULL, FX_EXTEND},
	{STAGE_MEDIATING, "transfer", STAGE_CLOSED, R_DESK, "移送", FX_CLOSE},

	{STAGE_HEARING, "tribunal", TO_SAME, R_DESK, NULL, FX_TRIBUNAL},
	{STAGE_HEARING, "hearing", TO_SAME, R_ARB, NULL, FX_HEARING},
	{STAGE_HEARING, "hearing-postpone", TO_SAME, R_ARB, NULL, FX_HEARD},
	{STAGE_HEARING, "hearing-cancel", TO_SAME, R_ARB, NULL, FX_HEARD},
	{STAGE_HEARING, "hearing-held", TO_SAME, R_ARB, NULL, FX_HEARD},
	{STAGE_HEARING, "award", STAGE_CLOSED, R_ARB, NULL, FX_AWARD | FX_CLOSE},
	{STAGE_HEARING, "settle", STAGE_CLOSED, R_ARB, "调解", FX_SETTLE | FX_CLOSE},
	{STAGE_HEARING, "withdraw", STAGE_CLOSED, R_DESK, "撤回", FX_CLOSE},
	{STAGE_HEARING, "suspend", STAGE_SUSPENDED, R_ARB, NULL, FX_SUSPEND},
	{STAGE_HEARING, "extend", TO_SAME, R_SUP, NULL, FX_EXTEND},
	{STAGE_HEARING, "transfer", STAGE_CLOSED, R_DESK, "移送", FX_CLOSE},

	{STAGE_SUSPENDED, "tribunal", TO_SAME, R_DESK, NULL, FX_TRIBUNAL},
	{STAGE_SUSPENDED, "resume", TO_PREV, R_ARB, NULL, FX_RESUME},
	{STAGE_SUSPENDED, "withdraw", STAGE_CLOSED, R_DESK, "撤回", FX_RESUME | FX_CLOSE},
};
#define NTABLE (sizeof table / sizeof table[0])

static const struct transition *find(enum stage s, const char *event)
{
	for (size_t i = 0; i < NTABLE; i++)
		if (table[i].from == s && strcmp(table[i].event, event) == 0)
			return &table[i];
	return NULL;
}

static const char *event_zh(const char *name)
{
	const struct wf_event_def *d = wf_event_find(name);
	return d ? d->zh : name;
}

/* A transition applies to a case in its stage unless the case rules it
 * out: the extension is allowed once. */
static bool applies(const struct transition *t, bool extended)
{
	return !(extended && (t->fx & FX_EXTEND));
}

bool wf_next(enum stage from, const char *event, enum stage prev, bool extended,
	     enum stage *to)
{
	const struct transition *t = find(from, event);

	if (t == NULL || !applies(t, extended))
		return false;
	if (t->to == TO_PREV)
		*to = prev;
	else if (t->to == TO_SAME)
		*to = from;
	else
		*to = (enum stage)t->to;
	return true;
}

static size_t allowed(enum stage s, bool extended, const struct actor *a, struct strbuf *sb)
{
	size_t n = 0;

	for (size_t i = 0; i < NTABLE; i++) {
		if (table[i].from != s || !(table[i].roles & ROLE_BIT(a->role)) ||
		    !applies(&table[i], extended))
			continue;
		if (sb) {
			if (n)
				sb_puts(sb, " ");
			sb_puts(sb, table[i].event);
		}
		n++;
	}
	return n;
}

size_t wf_allowed(enum stage s, const struct actor *a, struct strbuf *sb)
{
	return allowed(s, false, a, sb);
}


/* The case as the workflow sees it. */
struct state {
	int64_t id;
	enum stage stage, prev;
	int64_t version;
	int received, accepted, closed, accept_from, mediation_from, suspended_on;
	int suspended_days;
	int extended;
	int64_t mediator_id, arbitrator_id;
	char hearing_at[17], hearing_room[TEXT_BYTES(TEXT_MAX_ROOM)];
	char outcome[32];
	int64_t resolved;
	int final_award; /* -1 none */
	int last_event;  /* latest effective date in the journal */
	bool collective;
	struct tribunal tribunal;
};

static int col_date(sqlite3_stmt *st, int i) { return date_from_iso(db_col_text(st, i)); }

static enum tc_status load(struct db *db, int64_t id, struct state *s, struct tc_err *e)
{
	static const char sql[] =
		"SELECT stage, prev_stage, version, received_on, accepted_on, closed_on,"
		" accept_from, mediation_from, suspended_on, suspended_days, extended,"
		" mediator_id, arbitrator_id, hearing_at, hearing_room, outcome, resolved,"
		" final_award, collective,"
		" (SELECT max(effective_on) FROM journal j WHERE j.case_id = cases.id AND NOT EXISTS"
		"  (SELECT 1 FROM case_undo u WHERE u.journal_id = j.id AND u.undone_by IS NOT NULL))"
		" FROM cases WHERE id = ?1";
	sqlite3_stmt *st = db_prep(db, sql);
	int rc;

	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		sqlite3_reset(st);
		if (rc == SQLITE_DONE)
			return err_set(e, TC_REFUSED, "case", "没有这个案件");
		return db_fail(db, rc, "读取案件", e);
	}
	memset(s, 0, sizeof *s);
	s->id = id;
	stage_parse(db_col_text(st, 0), &s->stage, NULL);
	if (stage_parse(db_col_text(st, 1), &s->prev, NULL) != TC_OK)
		s->prev = STAGE_ACCEPTED;
	s->version = sqlite3_column_int64(st, 2);
	s->received = col_date(st, 3);
	s->accepted = col_date(st, 4);
	s->closed = col_date(st, 5);
	s->accept_from = col_date(st, 6);
	s->mediation_from = col_date(st, 7);
	s->suspended_on = col_date(st, 8);
	s->suspended_days = sqlite3_column_int(st, 9);
	s->extended = sqlite3_column_int(st, 10);
	s->mediator_id = sqlite3_column_int64(st, 11);
	s->arbitrator_id = sqlite3_column_int64(st, 12);
	snprintf(s->hearing_at, sizeof s->hearing_at, "%s", db_col_text(st, 13));
	text_copy(s->hearing_room, sizeof s->hearing_room, db_col_text(st, 14));
	snprintf(s->outcome, sizeof s->outcome, "%s", db_col_text(st, 15));
	s->resolved = sqlite3_column_type(st, 16) == SQLITE_NULL ? -1 : sqlite3_column_int64(st, 16);
	s->final_award = sqlite3_column_type(st, 17) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 17);
	s->collective = sqlite3_column_int(st, 18) != 0;
	s->last_event = col_date(st, 19);
	if (s->last_event == DATE_NONE || s->last_event < s->received)
		s->last_event = s->received;
	sqlite3_reset(st);
	return tribunal_get(db, id, &s->tribunal, e);
}

static void bind_date(sqlite3_stmt *st, int i, int day)
{
	char buf[DATE_ISO_LEN];
	db_bind_opt(st, i, date_iso(day, buf));
}

static enum tc_status store(struct db *db, int64_t id, const struct state *s, struct tc_err *e)
{
	static const char sql[] =
		"UPDATE cases SET stage = ?2, prev_stage = ?3, outcome = ?4, accepted_on = ?5,"
		" closed_on = ?6, accept_from = ?7, mediation_from = ?8, suspended_on = ?9,"
		" suspended_days = ?10, extended = ?11, mediator_id = ?12, arbitrator_id = ?13,"
		" hearing_at = ?14, hearing_room = ?15, resolved = ?16, final_award = ?17,"
		" version = version + 1"
		" WHERE id = ?1 AND version = ?18";
	sqlite3_stmt *st = db_prep(db, sql);
	int rc;

	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, stage_name(s->stage), -1, SQLITE_STATIC);
	if (s->stage == STAGE_SUSPENDED)
		sqlite3_bind_text(st, 3, stage_name(s->prev), -1, SQLITE_STATIC);
	db_bind_opt(st, 4, s->outcome);
	bind_date(st, 5, s->accepted);
	bind_date(st, 6, s->closed);
	bind_date(st, 7, s->accept_from);
	bind_date(st, 8, s->mediation_from);
	bind_date(st, 9, s->suspended_on);
	sqlite3_bind_int(st, 10, s->suspended_days);
	sqlite3_bind_int(st, 11, s->extended);
	db_bind_id(st, 12, s->mediator_id);
	db_bind_id(st, 13, s->arbitrator_id);
	db_bind_opt(st, 14, s->hearing_at);
	db_bind_opt(st, 15, s->hearing_room);
	if (s->resolved >= 0)
		sqlite3_bind_int64(st, 16, s->resolved);
	if (s->final_award >= 0)
		sqlite3_bind_int(st, 17, s->final_award);
	sqlite3_bind_int64(st, 18, s->version);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, "保存案件", e);
	if (sqlite3_changes(db->h) != 1)
		return err_set(e, TC_REFUSED, "version", "案件已被他人修改, 请重新打开后再操作");
	return TC_OK;
}

/* A mediator or arbitrator acts only on the cases assigned to them; the
 * desk roles act on any case. */
static enum tc_status check_assigned(const struct actor *a, const struct state *s,
				     struct tc_err *e)
{
	if (a->role == ROLE_MEDIATOR && s->mediator_id != 0 && s->mediator_id == a->person_id)
		return TC_OK;
	/* An arbitrator: the one the case is with, or any member of its
	 * tribunal. */
	if (a->role == ROLE_ARBITRATOR && a->person_id != 0 &&
	    (s->arbitrator_id == a->person_id || tribunal_has(&s->tribunal, a->person_id)))
		return TC_OK;
	if (a->role != ROLE_MEDIATOR && a->role != ROLE_ARBITRATOR)
		return TC_OK;
	return err_set(e, TC_REFUSED, "user", "%s (%s) 不是本案的%s, 不能办理", a->login,
		       role_zh(a->role), role_zh(a->role));
}

/* The claims of a case, for amounts given per item. */
struct claim {
	int pos;
	char kind[16];
	int64_t amount;
	int64_t resolved; /* -1 until given */
};

/* Every claim item of case id, in order; the caller frees *out. */
static size_t load_claims(struct db *db, int64_t id, struct claim **out)
{
	static const char sql[] = "SELECT pos, kind, amount FROM claims WHERE case_id = ?1 ORDER BY pos";
	sqlite3_stmt *st = db_prep(db, sql);
	size_t n = 0, cap = 0;

	*out = NULL;
	sqlite3_bind_int64(st, 1, id);
	while (sqlite3_step(st) == SQLITE_ROW) {
		*out = xgrow(*out, &cap, n + 1, sizeof **out);
		struct claim *c = &(*out)[n++];
		c->pos = sqlite3_column_int(st, 0);
		snprintf(c->kind, sizeof c->kind, "%s", db_col_text(st, 1));
		c->amount = sqlite3_column_int64(st, 2);
		c->resolved = -1;
	}
	sqlite3_reset(st);
	return n;
}

#define MAX_CLAIMS 64

/* Parse --amount values: one total "N", or per item "K:N" where K is the
 * item's number or its kind.  *total gets the sum. */
static enum tc_status parse_amounts(const struct wf_request *req, struct claim *cl, size_t ncl,
				    bool per_item_needed, int64_t *total, bool *per_item,
				    struct tc_err *e)
{
	*total = 0;
	*per_item = false;
	if (req->namounts == 0)
		return err_set(e, TC_USAGE, "amount", "请用 --amount 给出金额 (总额, 或按项 --amount 1:金额)");
	/* 全额: every item as claimed (an award or settlement in full). */
	if (req->namounts == 1 && (strcmp(req->amounts[0], "全额") == 0 ||
				   strcmp(req->amounts[0], "all") == 0)) {
		for (size_t j = 0; j < ncl; j++) {
			cl[j].resolved = cl[j].amount;
			*total += cl[j].amount;
		}
		*per_item = true;
		return TC_OK;
	}
	if (req->namounts == 1 && strchr(req->amounts[0], ':') == NULL) {
		enum tc_status st = money_parse(req->amounts[0], total, "金额", e);
		if (st != TC_OK)
			return st;
		if (ncl == 1) {
			cl[0].resolved = *total;
			*per_item = true;
		} else if (per_item_needed) {
			return err_set(e, TC_REFUSED, "amount",
				       "本案有 %zu 项请求, 裁决须逐项给出金额: --amount 1:金额 --amount 2:金额 ... (驳回的项写 0; 全部支持写 --amount 全额)",
				       ncl);
		}
		return TC_OK;
	}
	for (size_t i = 0; i < req->namounts; i++) {
		const char *a = req->amounts[i];
		const char *colon = strchr(a, ':');
		struct claim *c = NULL;
		int64_t fen;

		if (colon == NULL)
			return err_set(e, TC_USAGE, "amount", "金额 %s: 按项给出时应写成 项号:金额, 如 1:8000", a);
		char *key = xstrndup(a, (size_t)(colon - a));
		char *end;
		long k = strtol(key, &end, 10);
		/* By number, or by kind when only one item is of that kind. */
		size_t same = 0;
		bool by_pos = *end == '\0' && end != key;
		for (size_t j = 0; j < ncl; j++) {
			if (by_pos && cl[j].pos == k)
				c = &cl[j];
			else if (!by_pos && strcmp(cl[j].kind, key) == 0 && same++ == 0)
				c = &cl[j];
		}
		if (same > 1)
			c = NULL;
		if (c == NULL && same > 1) {
			enum tc_status st = err_set(e, TC_REFUSED, "amount",
						    "金额 %s: 本案有 %zu 项「%s」请求 (各名劳动者各自的), 请按项号给出, 如 --amount 1:金额",
						    a, same, key);
			free(key);
			return st;
		}
		if (c == NULL) {
			enum tc_status st = err_set(e, TC_REFUSED, "amount",
						    "金额 %s: 本案没有第 %s 项请求 (共 %zu 项)", a, key, ncl);
			free(key);
			return st;
		}
		free(key);
		if (c->resolved >= 0)
			return err_set(e, TC_REFUSED, "amount", "第 %d 项请求的金额给了两次", c->pos);
		enum tc_status st = money_parse(colon + 1, &fen, "金额", e);
		if (st != TC_OK)
			return st;
		c->resolved = fen;
		*total += fen;
	}
	*per_item = true;
	for (size_t j = 0; j < ncl; j++)
		if (cl[j].resolved < 0)
			cl[j].resolved = 0; /* not named: nothing agreed or awarded */
	return TC_OK;
}

enum tc_status wf_parse_amounts(const struct wf_request *req, const char *const *kinds,
			       size_t ncl, bool per_item_needed, int64_t *total,
			       int64_t *resolved, bool *per_item, struct tc_err *e)
{
	struct claim cl[MAX_CLAIMS];
	enum tc_status st;

	if (ncl > MAX_CLAIMS)
		ncl = MAX_CLAIMS;
	for (size_t i = 0; i < ncl; i++) {
		cl[i] = (struct claim){.pos = (int)i + 1, .resolved = -1};
		snprintf(cl[i].kind, sizeof cl[i].kind, "%s", kinds[i]);
	}
	st = parse_amounts(req, cl, ncl, per_item_needed, total, per_item, e);
	for (size_t i = 0; i < ncl; i++)
		resolved[i] = st == TC_OK ? cl[i].resolved : -1;
	return st;
}

/* 调解仲裁法 Art 47, per item (case_claim_final): 47(1) kinds are final
 * when the awarded amount is at most 12 months of the local minimum wage,
 * 47(2) kinds whatever the amount, other kinds never. */
static bool item_final(const struct claim *c, int64_t limit)
{
	switch (case_claim_final(c->kind)) {
	case CLAIM_FINAL_CAPPED: return c->resolved <= limit;
	case CLAIM_FINAL_ALWAYS: return true;
	case CLAIM_FINAL_NEVER: break;
	}
	return false;
}

static enum tc_status store_claims(struct db *db, int64_t id, const struct claim *cl, size_t n,
				   bool award, int64_t limit, struct tc_err *e)
{
	static const char sql[] =
		"UPDATE claims SET resolved = ?3, final = ?4 WHERE case_id = ?1 AND pos = ?2";
	for (size_t i = 0; i < n; i++) {
		sqlite3_stmt *st = db_prep(db, sql);
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_int(st, 2, cl[i].pos);
		sqlite3_bind_int64(st, 3, cl[i].resolved);
		if (award)
			sqlite3_bind_int(st, 4, item_final(&cl[i], limit));
		int rc = sqlite3_step(st);
		sqlite3_reset(st);
		if (rc != SQLITE_DONE)
			return db_fail(db, rc, "保存请求金额", e);
	}
	return TC_OK;
}

/* "2026-12-01 09:30" from what was typed; the date in any accepted form. */
enum tc_status wf_parse_at(const char *at, int *day, char out[17], struct tc_err *e)
{
	const char *sp = at ? strrchr(at, ' ') : NULL;
	int hh, mm;
	char tail;
	enum tc_status st;

	if (sp == NULL || sscanf(sp + 1, "%d:%d%c", &hh, &mm, &tail) != 2 || hh < 0 || hh > 23 ||
	    mm < 0 || mm > 59 || strlen(sp + 1) != 5)
		return err_set(e, TC_REFUSED, "at", "开庭时间应写成 '2026-12-01 09:30': %s", at ? at : "");
	char *date = xstrndup(at, (size_t)(sp - at));
	st = date_parse(date, day, "开庭日期", e);
	free(date);
	if (st != TC_OK)
		return st;
	char iso[DATE_ISO_LEN];
	snprintf(out, 17, "%s %02d:%02d", date_iso(*day, iso), hh % 100, mm % 100);
	return TC_OK;
}

static enum tc_status refuse_event(const struct state *s, const struct actor *a,
				   const char *event, struct tc_err *e, const char *why)
{
	struct strbuf ok = {0};
	size_t n = allowed(s->stage, s->extended, a, &ok);

	if (why == NULL)
		why = xasprintf("案件处于「%s」阶段", stage_zh(s->stage));
	else
		why = xstrdup(why);
	if (n == 0)
		err_set(e, TC_REFUSED, "event", "%s, 不能%s; 现在没有可办理的事项", why,
			event_zh(event));
	else
		err_set(e, TC_REFUSED, "event", "%s, 不能%s; 现在可以: %s", why, event_zh(event),
			sb_str(&ok));
	free((char *)why);
	sb_free(&ok);
	return TC_REFUSED;
}

/* The hearing notice (rule hearing_notice, 调解仲裁法 Art 35): a hearing
 * on day set on day on leaves at least the rule's days before it, counted
 * in the rule's unit (working days: only working days between them, the
 * hearing day included).  Shorter is refused unless short names why (the
 * parties agreed, 速裁 practice); the reason is kept with the hearing. */
static enum tc_status notice_check(struct db *db, int on, int day, const char *short_notice,
				   struct strbuf *detail, struct tc_err *e)
{
	struct clock_rule notice;
	struct clock_result r;
	const struct cal *cal;
	enum tc_status st;

	if (clock_rule_get(db, "hearing_notice", &notice, NULL) != TC_OK)
		return TC_OK;
	if ((st = cal_get(db, &cal, e)) != TC_OK)
		return st;
	clock_add(cal, on, notice.days, notice.unit, &r, NULL);
	if (day >= r.last_counted)
		return TC_OK;
	if (short_notice == NULL || !*short_notice) {
		char iso[DATE_ISO_LEN], iso2[DATE_ISO_LEN];
		return err_set(e, TC_REFUSED, "short-notice",
			       "开庭时间: 距排期之日 (%s) 不足 %d %s (%s: 应在开庭 %d %s前通知当事人),"
			       " 最早可定于 %s; 当事人同意或速裁程序需提前开庭的, 请写明理由: --short-notice 理由",
			       date_iso(on, iso2), notice.days, clock_unit_zh(notice.unit), notice.basis,
			       notice.days, clock_unit_zh(notice.unit), date_iso(r.last_counted, iso));
	}
	if (detail)
		sb_printf(detail, ", 通知期不足 %d %s: %s", notice.days, clock_unit_zh(notice.unit),
			  short_notice);
	return TC_OK;
}

/* A party's request to postpone (rule postpone, Art 35): made on day req
 * for a hearing on day day, at least the rule's days before it. */
static enum tc_status postpone_check(struct db *db, int req, int day, struct tc_err *e)
{
	struct clock_rule rule;
	struct clock_result r;
	const struct cal *cal;
	enum tc_status st;
	char iso[DATE_ISO_LEN], iso2[DATE_ISO_LEN];

	if (clock_rule_get(db, "postpone", &rule, NULL) != TC_OK)
		return TC_OK;
	if ((st = cal_get(db, &cal, e)) != TC_OK)
		return st;
	clock_add(cal, req, rule.days, rule.unit, &r, NULL);
	if (day >= r.last_counted)
		return TC_OK;
	return err_set(e, TC_REFUSED, "requested-on",
		       "申请日期: %s 申请延期, 距开庭 (%s) 不足 %d %s; %s 规定当事人应在开庭 %d %s前提出."
		       " 仲裁委员会自行决定延期的, 不写 --requested-by",
		       date_iso(req, iso), date_iso(day, iso2), rule.days, clock_unit_zh(rule.unit),
		       rule.basis, rule.days, clock_unit_zh(rule.unit));
}

/* The case row's hearing_at and hearing_room follow the hearing records. */
static enum tc_status sync_hearing(struct db *db, int64_t id, struct state *s, struct tc_err *e)
{
	return hearing_current(db, id, s->hearing_at, s->hearing_room, e);
}

/* A roster arbitrator named in a request, on day on. */
static enum tc_status arbitrator(struct db *db, const char *field, const char *name, int on,
				 int64_t *id, struct tc_err *e)
{
	enum tc_status st = roster_person_find(db, "arbitrator", name, on, id, e);
	if (st != TC_OK && e)
		snprintf(e->field, sizeof e->field, "%s", field);
	return st;
}

/* 回避 (调解仲裁法 Art 33; 办案规则 Art 11): a mediator or arbitrator
 * connected to a party (roster.h, roster_conflict) is assigned only with
 * a reason, and the journal keeps both. */
static enum tc_status conflict_check(struct db *db, int64_t case_id, int64_t person_id,
				     const char *name, const char *reason, struct strbuf *detail,
				     struct tc_err *e)
{
	char why[512];
	bool conflict = false;
	enum tc_status st = roster_conflict(db, case_id, person_id, &conflict, why, sizeof why, e);

	if (st != TC_OK || !conflict)
		return st;
	if (reason == NULL || !*reason)
		return err_set(e, TC_REFUSED, "conflict-reason",
			       "%s 可能需要回避: %s; 确需指定的, 请写明理由: --conflict-reason 理由"
			       " (劳动争议调解仲裁法第三十三条)", name, why);
	sb_printf(detail, ", %s 有回避情形 (%s), 仍指定: %s", name, why, reason);
	return TC_OK;
}

/* Form or change the tribunal (调解仲裁法 Art 31, 32): a sole arbitrator,
 * or a chief and two members, all different, with an optional 书记员.  A
 * collective case is heard by three unless the office allows a sole
 * arbitrator (setting collective_sole).  A change needs a reason (回避
 * granted, 办案规则 Art 11); hearings still scheduled take the new people,
 * checked again for double booking. */
static enum tc_status form_tribunal(struct db *db, const struct wf_request *req, struct state *s,
				    struct strbuf *detail, struct tc_err *e)
{
	struct tribunal t = {.formed = true};
	const char *name[3];
	enum tc_status st;
	bool sole = req->sole && *req->sole;

	if (sole && ((req->chief && *req->chief) || (req->members[0] && *req->members[0])))
		return err_set(e, TC_USAGE, "sole", "--sole 与 --chief/--member 只能用一种");
	if (!sole && (!req->chief || !*req->chief || !req->members[0] || !*req->members[0] ||
		      !req->members[1] || !*req->members[1]))
		return err_set(e, TC_USAGE, "chief",
			       "组庭: 写 --sole 独任仲裁员, 或 --chief 首席仲裁员 --member 仲裁员 --member 仲裁员"
			       " (劳动争议调解仲裁法第三十一条)");
	if (sole && s->collective && !req->from_ledger && !db_setting_int(db, "collective_sole", 0))
		return err_set(e, TC_REFUSED, "sole",
			       "本案为集体劳动争议, 应由三名仲裁员组成仲裁庭 (本机构设置 collective_sole 为 否,"
			       " 可由管理员用 tiaocai config collective_sole 是 改为允许独任)");
	if (s->tribunal.formed && (req->reason == NULL || !*req->reason))
		return err_set(e, TC_USAGE, "reason",
			       "本案已组庭 (%s%s), 变更仲裁庭须写明理由, 如 回避申请成立: --reason 理由",
			       s->tribunal.sole ? "独任仲裁员 " : "首席仲裁员 ", s->tribunal.chief);
	t.sole = sole;
	name[0] = sole ? req->sole : req->chief;
	name[1] = sole ? NULL : req->members[0];
	name[2] = sole ? NULL : req->members[1];
	if ((st = arbitrator(db, sole ? "sole" : "chief", name[0], req->on, &t.chief_id, e)) != TC_OK)
		return st;
	text_copy(t.chief, sizeof t.chief, name[0]);
	for (int i = 0; i < 2 && !sole; i++) {
		if ((st = arbitrator(db, "member", name[i + 1], req->on, &t.member_id[i], e)) != TC_OK)
			return st;
		text_copy(t.member[i], sizeof t.member[i], name[i + 1]);
	}
	if (!sole && (t.member_id[0] == t.chief_id || t.member_id[1] == t.chief_id ||
		      t.member_id[0] == t.member_id[1]))
		return err_set(e, TC_REFUSED, "member", "仲裁庭的三名仲裁员应是不同的人");
	for (int i = 0; i < (sole ? 1 : 3); i++) {
		int64_t who = i == 0 ? t.chief_id : t.member_id[i - 1];
		if (!tribunal_has(&s->tribunal, who) &&
		    (st = conflict_check(db, s->id, who, name[i], req->conflict_reason, detail, e)) != TC_OK)
			return st;
	}
	/* The 书记员 stays unless another is named ("-": none). */
	if (req->clerk && strcmp(req->clerk, "-") == 0) {
		t.clerk_id = 0;
	} else if (req->clerk && *req->clerk) {
		int64_t person = 0;
		if ((st = tribunal_clerk_find(db, req->clerk, &t.clerk_id, &person, t.clerk,
					      sizeof t.clerk, e)) != TC_OK)
			return st;
		if (tribunal_has(&t, person))
			return err_set(e, TC_REFUSED, "clerk",
				       "书记员: %s 是本仲裁庭的仲裁员, 不能兼任书记员", t.clerk);
	} else if (s->tribunal.formed) {
		t.clerk_id = s->tribunal.clerk_id;
		text_copy(t.clerk, sizeof t.clerk, s->tribunal.clerk);
	}
	if ((st = tribunal_put(db, s->id, &t, req->on, e)) != TC_OK ||
	    (st = hearing_restaff(db, s->id, &t, e)) != TC_OK)
		return st;
	sb_puts(detail, s->tribunal.formed ? ", 变更为" : ", ");
	tribunal_describe(&t, detail);
	s->tribunal = t;
	s->arbitrator_id = t.chief_id;
	return TC_OK;
}

/* Schedule a hearing (调解仲裁法 Art 35): the room is one of the office's,
 * the people are the tribunal's (a case without one gets a sole tribunal
 * of --arbitrator here), no double booking, the notice period kept or its
 * shortening explained. */
static enum tc_status schedule(struct db *db, const struct wf_request *req, int today,
			       struct state *s, struct strbuf *detail, struct tc_err *e)
{
	struct room room;
	enum tc_status st;
	char at[17], iso[DATE_ISO_LEN], iso2[DATE_ISO_LEN];
	int day, no, minutes = req->minutes;

	if ((st = wf_parse_at(req->at, &day, at, e)) != TC_OK)
		return st;
	if (day < req->on)
		return err_set(e, TC_REFUSED, "at", "开庭日期 %s 早于安排日期 %s", date_iso(day, iso),
			       date_iso(req->on, iso2));
	if (minutes == 0)
		minutes = (int)db_setting_int(db, "hearing_minutes", 60);
	if (minutes < 10 || minutes > 600)
		return err_set(e, TC_REFUSED, "minutes", "开庭时长: %d 分钟, 应为 10 到 600 分钟", minutes);
	{
		char end[17];
		hearing_end(at, minutes, end);
		if (strncmp(end, at, 10) != 0 && strcmp(end + 11, "00:00") != 0)
			return err_set(e, TC_REFUSED, "minutes", "开庭时间: %s 起 %d 分钟, 跨过了午夜; 请改时间或时长",
				       at, minutes);
	}
	/* A hearing still to come needs a room; one recorded after it took
	 * place (a late entry, an imported ledger) may not know it. */
	memset(&room, 0, sizeof room);
	if ((req->room && *req->room) || day >= today) {
		if ((st = room_find(db, req->room, &room, e)) != TC_OK)
			return st;
	}
	if (req->arbitrator && *req->arbitrator) {
		int64_t who;
		if ((st = arbitrator(db, "arbitrator", req->arbitrator, req->on, &who, e)) != TC_OK)
			return st;
		if (s->tribunal.formed && !tribunal_has(&s->tribunal, who)) {
			struct strbuf t = {0};
			tribunal_describe(&s->tribunal, &t);
			st = err_set(e, TC_REFUSED, "arbitrator",
				     "仲裁员: %s 不在本案仲裁庭 (%s); 变更仲裁庭请用 case tribunal",
				     req->arbitrator, sb_str(&t));
			sb_free(&t);
			return st;
		}
		if (!s->tribunal.formed) {
			struct wf_request sole = *req;
			sole.sole = req->arbitrator;
			sole.chief = sole.members[0] = sole.members[1] = NULL;
			sole.clerk = NULL;
			if ((st = form_tribunal(db, &sole, s, detail, e)) != TC_OK)
				return st;
		}
	}
	if (!s->tribunal.formed)
		return err_set(e, TC_REFUSED, "arbitrator",
			       "本案尚未组成仲裁庭: 先用 case tribunal 组庭, 或用 --arbitrator 指定独任仲裁员");
	/* A past hearing from a ledger happened as it says; its length is
	 * not known, so it is not checked against others. */
	/* The notice first: it is about the day typed, a clash about others. */
	if ((st = notice_check(db, req->on, day, req->short_notice, NULL, e)) != TC_OK)
		return st;
	if ((st = hearing_book(db, s->id, at, minutes, room.id, &s->tribunal, req->on,
			       req->short_notice, !(req->from_ledger && day < today), &no,
			       e)) != TC_OK)
		return st;
	sb_printf(detail, ", 第 %d 次开庭定于 %s, %d 分钟, %s", no, at, minutes,
		  room.id ? room.name : "地点未载");
	if ((st = notice_check(db, req->on, day, req->short_notice, detail, e)) != TC_OK)
		return st;
	return sync_hearing(db, s->id, s, e);
}

/* A hearing postponed (a party's request within the rule, or the office's
 * own decision; a new time may be set at once), cancelled, or held (who
 * did not appear: the applicant's absence lets the case be taken as
 * withdrawn, the respondent's an award by default, 调解仲裁法 Art 36). */
static enum tc_status heard(struct db *db, const struct wf_event_def *def,
			    const struct wf_request *req, int today, struct state *s,
			    struct wf_result *res, struct strbuf *detail, struct tc_err *e)
{
	struct hearing h;
	enum tc_status st;
	char iso[DATE_ISO_LEN];
	int day;

	if ((st = hearing_get(db, s->id, req->hearing, &h, e)) != TC_OK)
		return st;
	if (h.status != HEARING_SCHEDULED)
		return err_set(e, TC_REFUSED, "hearing", "第 %d 次开庭 (%s) %s, 不能再%s", h.no, h.at,
			       hearing_status_zh(h.status), def->zh);
	day = hearing_day(h.at);
	sb_printf(detail, ": 第 %d 次 (%s, %s)", h.no, h.at, h.room);
	if (strcmp(def->name, "hearing-held") == 0) {
		static const char *const who[][2] = {
			{"applicant", "申请人"}, {"respondent", "被申请人"}, {"both", "双方"}};
		const char *absent = NULL;
		if (req->on < day)
			return err_set(e, TC_REFUSED, "on", "开庭定于 %s, 不能在 %s 记为已开庭", h.at,
				       date_iso(req->on, iso));
		for (size_t i = 0; i < 3 && req->absent && *req->absent; i++)
			if (strcmp(req->absent, who[i][0]) == 0 || strcmp(req->absent, who[i][1]) == 0)
				absent = who[i][0];
		if (req->absent && *req->absent && !absent)
			return err_set(e, TC_USAGE, "absent",
				       "--absent 应为 applicant (申请人)、respondent (被申请人) 或 both: %s",
				       req->absent);
		if ((st = hearing_set_status(db, &h, HEARING_HELD, req->on, req->reason, NULL, DATE_NONE,
					     absent, e)) != TC_OK)
			return st;
		if (absent && strcmp(absent, "respondent") != 0)
			snprintf(res->warning, sizeof res->warning,
				 "%s未到庭: 申请人经书面通知无正当理由拒不到庭的, 可视为撤回仲裁申请 (劳动争议调解仲裁法第三十六条):"
				 " case withdraw 案号 --reason 视为撤回",
				 strcmp(absent, "both") == 0 ? "双方当事人均" : "申请人");
		else if (absent)
			snprintf(res->warning, sizeof res->warning,
				 "被申请人未到庭: 被申请人经书面通知无正当理由拒不到庭的, 可以缺席裁决 (劳动争议调解仲裁法第三十六条)");
		if (absent)
			sb_printf(detail, ", %s未到庭", strcmp(absent, "both") == 0 ? "双方当事人均"
				  : strcmp(absent, "applicant") == 0 ? "申请人" : "被申请人");
	} else if (strcmp(def->name, "hearing-cancel") == 0) {
		if ((st = hearing_set_status(db, &h, HEARING_CANCELLED, req->on, req->reason, NULL,
					     DATE_NONE, NULL, e)) != TC_OK)
			return st;
	} else {
		const char *by = NULL;
		if (req->requested_by && *req->requested_by) {
			if (strcmp(req->requested_by, "applicant") == 0 || strcmp(req->requested_by, "申请人") == 0)
				by = "applicant";
			else if (strcmp(req->requested_by, "respondent") == 0 ||
				 strcmp(req->requested_by, "被申请人") == 0)
				by = "respondent";
			else
				return err_set(e, TC_USAGE, "requested-by",
					       "--requested-by 应为 applicant (申请人) 或 respondent (被申请人): %s",
					       req->requested_by);
			if (req->requested_on > req->on || req->requested_on < s->received)
				return err_set(e, TC_REFUSED, "requested-on",
					       "申请日期: %s 应在收案之后、办理之日以前",
					       date_iso(req->requested_on, iso));
			if ((st = postpone_check(db, req->requested_on, day, e)) != TC_OK)
				return st;
			sb_printf(detail, ", %s于 %s 申请", strcmp(by, "applicant") == 0 ? "申请人" : "被申请人",
				  date_iso(req->requested_on, iso));
		}
		if ((st = hearing_set_status(db, &h, HEARING_POSTPONED, req->on, req->reason, by,
					     by ? req->requested_on : DATE_NONE, NULL, e)) != TC_OK)
			return st;
		if (req->at && *req->at) {
			struct wf_request again = *req;
			if (!again.room || !*again.room)
				again.room = h.room;
			if (!again.minutes)
				again.minutes = h.minutes;
			again.arbitrator = NULL;
			if ((st = schedule(db, &again, today, s, detail, e)) != TC_OK)
				return st;
		}
	}
	return sync_hearing(db, s->id, s, e);
}

/* Hearings still scheduled on or after day from (DATE_NONE: all) end
 * with the case's suspension or closing. */
static enum tc_status cancel_hearings(struct db *db, int64_t id, int from, int on, const char *why,
				      struct state *s, struct strbuf *detail, struct tc_err *e)
{
	size_t n = 0;
	enum tc_status st = hearing_cancel_from(db, id, from, on, why, &n, e);

	if (st == TC_OK && n)
		sb_printf(detail, ", 取消已排期的开庭 %zu 次", n);
	return st == TC_OK ? sync_hearing(db, id, s, e) : st;
}

/* An award follows a hearing held (调解仲裁法 Art 35-36), or says why it
 * is decided on the papers (书面审理); the respondent absent at the last
 * hearing makes it an award by default (缺席裁决). */
static enum tc_status award_heard(struct db *db, int64_t id, const struct wf_request *req,
				  struct strbuf *detail, struct tc_err *e)
{
	char absent[12];
	bool held;
	enum tc_status st = hearing_held(db, id, &held, absent, e);

	if (st != TC_OK)
		return st;
	if (!held && (req->written == NULL || !*req->written))
		return err_set(e, TC_REFUSED, "written",
			       "本案还没有开庭记录 (case hearing-held 记录开庭); 不开庭、书面审理的,"
			       " 请写明理由: --written 理由");
	if (!held) {
		if ((st = text_check_kind("written", "书面审理理由", req->written, TEXT_NOTE, 0, e)) != TC_OK)
			return st;
		sb_printf(detail, ", 书面审理: %s", req->written);
	} else if (strcmp(absent, "respondent") == 0) {
		sb_puts(detail, ", 缺席裁决");
	}
	return TC_OK;
}

/* Whether a may apply event def to case id as it stands: the stage's
 * transition, the role and the assignment.  *s and *t get the case's
 * state and the transition. */
static enum tc_status may(struct db *db, const struct actor *a, int64_t id,
			  const struct wf_event_def *def, struct state *s_out,
			  const struct transition **t_out, struct tc_err *e)
{
	const struct transition *t;
	struct state s;
	enum tc_status st;

	if ((st = load(db, id, &s, e)) != TC_OK)
		return st;
	if (user_read_only(a))
		return err_set(e, TC_REFUSED, "user", "%s (%s) 只能查看案件, 不能办理", a->login,
			       role_zh(a->role));
	t = find(s.stage, def->name);
	if (t != NULL && !applies(t, s.extended))
		return refuse_event(&s, a, def->name, e,
				    "审限已延长过一次 (劳动争议调解仲裁法第四十三条只允许延长一次)");
	if (t == NULL)
		return refuse_event(&s, a, def->name, e, NULL);
	if (!(t->roles & ROLE_BIT(a->role))) {
		struct strbuf who = {0};
		user_roles_zh(t->roles, &who);
		err_set(e, TC_REFUSED, "user", "%s (%s) 不能办理「%s」, 需由%s办理", a->login,
			role_zh(a->role), def->zh, sb_str(&who));
		sb_free(&who);
		return TC_REFUSED;
	}
	if ((st = check_assigned(a, &s, e)) != TC_OK)
		return st;
	*s_out = s;
	*t_out = t;
	return TC_OK;
}

enum tc_status wf_check(struct db *db, const struct actor *a, int64_t case_id, const char *event,
			struct tc_err *e)
{
	const struct wf_event_def *def = wf_event_find(event);
	const struct transition *t;
	struct state s;

	if (def == NULL)
		return err_set(e, TC_USAGE, "event", "不认识的事项: %s", event);
	return may(db, a, case_id, def, &s, &t, e);
}

/* Every text of a request through text.h's gate, before anything is
 * looked up or stored: a room or a reason is shown on screens and
 * printed, a name is looked up in the roster. */
static enum tc_status check_texts(const struct wf_request *req, struct tc_err *e)
{
	/* "姓名@组织" */
	const size_t who_max = TEXT_MAX_PERSON + 1 + TEXT_MAX_ORG;
	enum tc_status st;

	if ((st = text_check_kind("reason", "理由", req->reason, TEXT_NOTE, 0, e)) != TC_OK ||
	    (st = text_check_kind("to", "移送至", req->to, TEXT_ORG, 0, e)) != TC_OK ||
	    (st = text_check_kind("room", "开庭地点", req->room, TEXT_ROOM, 0, e)) != TC_OK ||
	    (st = text_check("mediator", "调解员", req->mediator, who_max, 0, e)) != TC_OK ||
	    (st = text_check("arbitrator", "仲裁员", req->arbitrator, who_max, 0, e)) != TC_OK ||
	    (st = text_check("at", "开庭时间", req->at, TEXT_MAX_CODE, 0, e)) != TC_OK ||
	    (st = text_check_kind("short-notice", "通知期不足的理由", req->short_notice, TEXT_NOTE, 0,
				  e)) != TC_OK ||
	    (st = text_check_kind("written", "书面审理理由", req->written, TEXT_NOTE, 0, e)) != TC_OK ||
	    (st = text_check_kind("conflict-reason", "回避情形下仍指定的理由", req->conflict_reason,
				  TEXT_NOTE, 0, e)) != TC_OK ||
	    (st = text_check("sole", "独任仲裁员", req->sole, who_max, 0, e)) != TC_OK ||
	    (st = text_check("chief", "首席仲裁员", req->chief, who_max, 0, e)) != TC_OK ||
	    (st = text_check("member", "仲裁员", req->members[0], who_max, 0, e)) != TC_OK ||
	    (st = text_check("member", "仲裁员", req->members[1], who_max, 0, e)) != TC_OK ||
	    (st = text_check("clerk", "书记员", req->clerk, TEXT_MAX_CODE, 0, e)) != TC_OK ||
	    (st = text_check("requested-by", "申请人", req->requested_by, TEXT_MAX_CODE, 0, e)) != TC_OK ||
	    (st = text_check("absent", "未到庭", req->absent, TEXT_MAX_CODE, 0, e)) != TC_OK)
		return st;
	for (size_t i = 0; i < req->namounts; i++)
		if ((st = text_check("amount", "金额", req->amounts[i], TEXT_MAX_CODE, 0, e)) != TC_OK)
			return st;
	return TC_OK;
}

/* The checks and changes of one event, inside the transaction. */
static enum tc_status apply(struct db *db, const struct actor *a, int64_t id,
			    const struct wf_request *req, int today, struct wf_result *res,
			    struct strbuf *detail, char **image, struct tc_err *e)
{
	const struct wf_event_def *def = wf_event_find(req->event ? req->event : "");
	const struct transition *t;
	struct state s;
	enum tc_status st;
	char iso[DATE_ISO_LEN], iso2[DATE_ISO_LEN], money[MONEY_BUF];

	if (def == NULL)
		return err_set(e, TC_USAGE, "event", "不认识的事项: %s", req->event ? req->event : "");
	if ((st = may(db, a, id, def, &s, &t, e)) != TC_OK)
		return st;
	if (req->expect_version && req->expect_version != s.version)
		return err_set(e, TC_REFUSED, "version",
			       "案件已被他人修改 (现为第 %lld 版, 现阶段「%s」), 请重新打开后再操作",
			       (long long)s.version, stage_zh(s.stage));
	if (req->on > today)
		return err_set(e, TC_REFUSED, "on", "日期 %s 在今天 (%s) 之后", date_iso(req->on, iso),
			       date_iso(today, iso2));
	if (req->on < s.last_event)
		return err_set(e, TC_REFUSED, "on", "日期 %s 早于本案上一事项的日期 %s",
			       date_iso(req->on, iso), date_iso(s.last_event, iso2));
	if ((def->needs & WF_NEED_REASON) && (req->reason == NULL || !*req->reason))
		return err_set(e, TC_USAGE, "reason", "「%s」须写明理由: --reason 理由", def->zh);
	if ((def->needs & WF_NEED_TO) && (req->to == NULL || !*req->to))
		return err_set(e, TC_USAGE, "to", "「移送」须写明移送至何处: --to 机构");
	if ((st = check_texts(req, e)) != TC_OK)
		return st;
	if ((st = undo_capture(db, id, UNDO_EVENT, image, e)) != TC_OK)
		return st;

	res->from = s.stage;
	sb_puts(detail, def->zh);
	if (t->fx & FX_ACCEPT) {
		s.accepted = req->on;
		if (req->on - s.accept_from > 0)
			sb_printf(detail, ", 收案后第 %d 日", req->on - s.accept_from);
	}
	if (t->fx & FX_REACCEPT)
		s.accept_from = req->on;
	if (t->fx & FX_MEDIATE) {
		const char *who = req->mediator;
		if ((def->needs & WF_NEED_MEDIATOR) && (who == NULL || !*who))
			return err_set(e, TC_USAGE, "mediator", "请用 --mediator 指定调解员");
		if (who && *who) {
			if ((st = roster_person_find(db, "mediator", who, req->on, &s.mediator_id, e)) != TC_OK)
				return st;
			sb_printf(detail, ", 调解员 %s", who);
			if ((st = conflict_check(db, id, s.mediator_id, who, req->conflict_reason, detail,
						 e)) != TC_OK)
				return st;
		}
		s.mediation_from = req->on;
	}
	if ((t->fx & FX_TRIBUNAL) && (st = form_tribunal(db, req, &s, detail, e)) != TC_OK)
		return st;
	if ((t->fx & FX_HEARING) && (st = schedule(db, req, today, &s, detail, e)) != TC_OK)
		return st;
	if ((t->fx & FX_HEARD) && (st = heard(db, def, req, today, &s, res, detail, e)) != TC_OK)
		return st;
	if (t->fx & FX_SUSPEND) {
		s.prev = s.stage;
		s.suspended_on = req->on;
		if ((st = cancel_hearings(db, id, req->on, req->on, "案件中止", &s, detail, e)) != TC_OK)
			return st;
	}
	if ((t->fx & FX_RESUME) && s.suspended_on != DATE_NONE) {
		int days = req->on - s.suspended_on;
		s.suspended_days += days;
		s.suspended_on = DATE_NONE;
		sb_printf(detail, ", 中止 %d 天", days);
	}
	if (t->fx & FX_EXTEND) {
		struct clock_rule ext;
		if ((st = clock_rule_get(db, "extension", &ext, e)) != TC_OK)
			return st;
		s.extended = 1;
		sb_printf(detail, " %d 日", ext.days);
	}
	if ((t->fx & FX_AWARD) && (st = award_heard(db, id, req, detail, e)) != TC_OK)
		return st;
	if (t->fx & (FX_SETTLE | FX_AWARD)) {
		struct claim *cl;
		size_t ncl = load_claims(db, id, &cl);
		int64_t total, limit = db_setting_int(db, "min_wage", 0) * 12;
		bool per_item;
		bool award = (t->fx & FX_AWARD) != 0;

		if ((st = parse_amounts(req, cl, ncl, award, &total, &per_item, e)) != TC_OK ||
		    (per_item && (st = store_claims(db, id, cl, ncl, award, limit, e)) != TC_OK)) {
			free(cl);
			return st;
		}
		s.resolved = total;
		sb_printf(detail, ", 金额 %s", money_display(total, money));
		if (award) {
			/* Per item (of each worker): all final, none, or both
			 * kinds, which 办案规则 Art 50 writes as two awards. */
			size_t yes = 0;
			for (size_t i = 0; i < ncl; i++)
				yes += item_final(&cl[i], limit);
			s.final_award = yes == ncl;
			snprintf(s.outcome, sizeof s.outcome, "%s", yes == ncl ? "终局裁决" : yes == 0
				 ? "非终局裁决" : "部分终局裁决");
			sb_printf(detail, ", %s", s.outcome);
			if (yes && yes < ncl)
				sb_printf(detail, " (终局 %zu 项, 非终局 %zu 项)", yes, ncl - yes);
			sb_printf(detail, " (每项以 12 个月最低工资 %s 为限)", money_display(limit, money));
		}
		free(cl);
	}
	if (t->outcome)
		snprintf(s.outcome, sizeof s.outcome, "%s", t->outcome);
	if (t->fx & FX_CLOSE) {
		s.closed = req->on;
		if ((st = cancel_hearings(db, id, DATE_NONE, req->on, "已结案", &s, detail, e)) != TC_OK)
			return st;
	}
	if (req->to && *req->to && strcmp(def->name, "transfer") == 0)
		sb_printf(detail, " 至 %s", req->to);
	if (req->reason && *req->reason)
		sb_printf(detail, ": %s", req->reason);

	if (t->to == TO_PREV)
		s.stage = s.prev;
	else if (t->to != TO_SAME)
		s.stage = (enum stage)t->to;
	res->to = s.stage;
	snprintf(res->outcome, sizeof res->outcome, "%s", s.outcome);

	if ((st = store(db, id, &s, e)) != TC_OK)
		return st;
	res->version = s.version + 1;
	if ((st = deadline_update(db, id, req->on, e)) != TC_OK)
		return st;
	if ((st = journal_add(db, id, req->on, a->login, def->name, sb_str(detail), e)) != TC_OK)
		return st;
	return undo_save(db, id, sqlite3_last_insert_rowid(db->h), *image, e);
}

/* apply in its own transaction, kept (wf_apply) or rolled back (wf_try). */
static enum tc_status run(struct db *db, const struct actor *a, int64_t case_id,
			  const struct wf_request *req, int today, struct wf_result *res, bool keep,
			  struct tc_err *e)
{
	struct strbuf detail = {0};
	char *image = NULL;
	enum tc_status st;

	memset(res, 0, sizeof *res);
	if ((st = db_begin(db, e)) != TC_OK)
		return st;
	st = apply(db, a, case_id, req, today, res, &detail, &image, e);
	sb_free(&detail);
	free(image);
	if (st != TC_OK || !keep) {
		db_rollback(db);
		return st;
	}
	return db_commit(db, e);
}

enum tc_status wf_apply(struct db *db, const struct actor *a, int64_t case_id,
			const struct wf_request *req, int today, struct wf_result *res,
			struct tc_err *e)
{
	return run(db, a, case_id, req, today, res, true, e);
}

enum tc_status wf_try(struct db *db, const struct actor *a, int64_t case_id,
		      const struct wf_request *req, int today, struct wf_result *res,
		      struct tc_err *e)
{
	return run(db, a, case_id, req, today, res, false, e);
}

enum tc_status wf_allowed_case(struct db *db, const struct actor *a, int64_t case_id,
			       struct strbuf *sb, size_t *n, struct tc_err *e)
{
	struct state s;
	enum tc_status st = load(db, case_id, &s, e);

	if (st != TC_OK)
		return st;
	*n = user_read_only(a) ? 0 : allowed(s.stage, s.extended, a, sb);
	return TC_OK;
}
