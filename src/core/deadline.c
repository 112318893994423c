/*
 * deadline.c - the clocks of every case, from one table of definitions.
 *
 * clock_defs[] is the only place that says which clock starts when, runs
 * in which stages, pauses, restarts, ends and can make a case 超期; the
 * office's clock_rules rows give each its days, unit, label and basis.
 * deadline_update computes a case's clocks from the dates the workflow
 * records on its row and stores them in case_clocks, with the earliest
 * running statutory clock on the case row (next_due, next_clock).
 *
 * Below: clock (counting), calendar, stage, db.  Nothing here checks
 * permissions, writes the journal or changes a stage; the workflow calls
 * deadline_update after each event, office.c after a rule or the calendar
 * changed.  The journal table is read only for a restarted 审限: which of
 * the days suspended fell before the restart, and what restarted it.
 */
#include "tiaocai/deadline.h"
#include "tiaocai/calendar.h"
#include "tiaocai/clock.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/text.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARB_STAGES (STAGE_BIT(STAGE_ACCEPTED) | STAGE_BIT(STAGE_MEDIATING) | STAGE_BIT(STAGE_HEARING))
/* The words of a restart (办案规则 Art 46), in the rule and in a case's note. */
#define RESTART_ZH "重新计算 (办案规则第四十六条)"

/* Every clock of a case.  A new clock is a row here and a clock_rules row
 * (schema.sql.h); nothing else needs to change. */
static const struct clock_def clock_defs[] = {
	{"accept", CLOCK_FROM_RECEIVED, STAGE_BIT(STAGE_RECEIVED), true, 0,
	 "收到申请", "案前调解期间停止计算", "案前调解不成时重新起算",
	 "受理、不予受理、撤回、移送或转入案前调解"},
	{"tribunal", CLOCK_FROM_ACCEPTED, ARB_STAGES, true, CLOCK_UNTIL_TRIBUNAL,
	 "立案", "中止期间停止计算 (届满日不顺延)", "", "组成仲裁庭或结案"},
	{"mediation", CLOCK_FROM_MEDIATION,
	 STAGE_BIT(STAGE_PREMEDIATION) | STAGE_BIT(STAGE_MEDIATING), true, CLOCK_LAW_BEFORE_ACCEPT,
	 "开始调解", "中止期间停止计算 (届满日不顺延)", "", "调解成功、调解不成、撤回或结案"},
	{"close", CLOCK_FROM_ACCEPTED, ARB_STAGES, true, CLOCK_EXTENDS | CLOCK_PAUSES | CLOCK_RESTARTS,
	 "立案", "中止期间停止计算, 恢复后届满日顺延中止的天数",
	 "立案后追加当事人、第三人或增加、变更仲裁请求的, 自该日" RESTART_ZH,
	 "结案"},
	{"target", CLOCK_FROM_ACCEPTED, ARB_STAGES, false, CLOCK_FAST_ONLY,
	 "速裁案件立案", "中止期间停止计算 (届满日不顺延)", "", "结案"},
};
#define NDEFS (sizeof clock_defs / sizeof clock_defs[0])
_Static_assert(NDEFS <= DEADLINE_MAX_CLOCKS, "case_detail holds DEADLINE_MAX_CLOCKS clocks");

size_t deadline_defs(const struct clock_def **out)
{
	*out = clock_defs;
	return NDEFS;
}

const struct clock_def *deadline_def(const char *name)
{
	for (size_t i = 0; i < NDEFS; i++)
		if (strcmp(clock_defs[i].name, name) == 0)
			return &clock_defs[i];
	return NULL;
}

/* The corrections that restart a CLOCK_RESTARTS clock, by the kind the
 * journal gives them (correct.c), and the words the note names them by. */
static const struct {
	const char *kind, *zh;
} restart_causes[] = {
	{"party-add", "追加当事人"}, {"claim-add", "增加仲裁请求"}, {"claim-edit", "变更仲裁请求"},
};

/* What the clocks need of a case (its row as the workflow left it). */
struct facts {
	enum stage stage;
	int received, accept_from, accepted, mediation_from, suspended_on;
	int close_from;   /* the 审限's restart (Art 46), DATE_NONE when none */
	int suspended_days;
	/* With a restart: the days of suspended_days that fell before it,
	 * which the restarted clock does not count, and what restarted it
	 * (restart_causes[], NULL when the journal does not say). */
	int suspended_before;
	const char *restart_zh;
	bool extended, fast, tribunal;
};

static bool restarted(const struct clock_def *d, const struct facts *f)
{
	return (d->flags & CLOCK_RESTARTS) && f->accepted != DATE_NONE && f->close_from > f->accepted;
}

/* The days suspended that clock d adds to its period: every one, or for a
 * restarted clock only those after its new start. */
static int suspended_for(const struct clock_def *d, const struct facts *f)
{
	return restarted(d, f) ? f->suspended_days - f->suspended_before : f->suspended_days;
}

/* One computed clock. */
struct clk {
	const struct clock_def *def;
	struct clock_rule rule;
	int start, due;
	bool running, statutory;
	int provisional;  /* the first provisional year the count met, or 0 */
	int ended;        /* day it stopped for good, DATE_NONE while it may run */
};

static int start_of(const struct clock_def *d, const struct facts *f)
{
	if (restarted(d, f))
		return f->close_from;
	switch (d->start) {
	case CLOCK_FROM_RECEIVED: return f->accept_from;
	case CLOCK_FROM_MEDIATION: return f->mediation_from;
	case CLOCK_FROM_ACCEPTED: return f->accepted;
	}
	return DATE_NONE;
}

/* A pausing clock: its days from the start, then every day suspended, the
 * last day rolled past rest days only at the very end. */
static int paused_due(const struct cal *cal, const struct clock_rule *r, int start, int days,
		      int suspended, struct clock_result *res)
{
	if (r->unit == CLOCK_CALENDAR)
		return clock_add(cal, start, days + suspended, CLOCK_CALENDAR, res, NULL);
	int due = clock_add(cal, start, days, CLOCK_WORKING, res, NULL);
	int provisional = res->unloaded_year;
	if (suspended)
		due = clock_roll(cal, due + suspended, res);
	if (!res->unloaded_year)
		res->unloaded_year = provisional;
	return due;
}

/* The clocks of f, at most NDEFS into out; returns how many started. */
static enum tc_status compute(struct db *db, const struct facts *f, struct clk *out, size_t *n,
			      struct tc_err *e)
{
	const struct cal *cal;
	struct clock_rule ext = {0};
	enum tc_status st;

	*n = 0;
	if ((st = cal_get(db, &cal, e)) != TC_OK)
		return st;
	for (size_t i = 0; i < NDEFS; i++) {
		const struct clock_def *d = &clock_defs[i];
		struct clk *k = &out[*n];
		struct clock_result res = {0};

		memset(k, 0, sizeof *k);
		k->def = d;
		k->start = start_of(d, f);
		if (k->start == DATE_NONE || ((d->flags & CLOCK_FAST_ONLY) && !f->fast))
			continue;
		if ((st = clock_rule_get(db, d->name, &k->rule, e)) != TC_OK)
			return st;
		int days = k->rule.days;
		if ((d->flags & CLOCK_EXTENDS) && f->extended) {
			if (!ext.days && (st = clock_rule_get(db, "extension", &ext, e)) != TC_OK)
				return st;
			days += ext.days;
		}
		if (d->flags & CLOCK_PAUSES)
			k->due = paused_due(cal, &k->rule, k->start, days, suspended_for(d, f), &res);
		else
			k->due = clock_add(cal, k->start, days, k->rule.unit, &res, NULL);
		k->provisional = res.unloaded_year;
		k->running = (d->runs & STAGE_BIT(f->stage)) &&
			     !((d->flags & CLOCK_UNTIL_TRIBUNAL) && f->tribunal);
		k->statutory = d->statutory &&
			       (!(d->flags & CLOCK_LAW_BEFORE_ACCEPT) || f->accepted == DATE_NONE ||
				k->start < f->accepted);
		k->ended = DATE_NONE;
		(*n)++;
	}
	return TC_OK;
}

/* The earliest running statutory clock, or NULL. */
static const struct clk *next_of(const struct clk *v, size_t n)
{
	const struct clk *best = NULL;

	for (size_t i = 0; i < n; i++)
		if (v[i].running && v[i].statutory && (best == NULL || v[i].due < best->due))
			best = &v[i];
	return best;
}

/* For a case whose 审限 restarted on f->close_from: how many of the days
 * in f->suspended_days fell before that day, and what restarted it, from
 * the journal's suspensions and corrections not undone.  The row's
 * suspended_days counts each suspension once it is resumed (workflow.c),
 * the one resumed by the event being applied included, whose journal row
 * is not written yet; a suspension still running is not in it. */
static enum tc_status restart_facts(struct db *db, int64_t id, struct facts *f, struct tc_err *e)
{
	static const char sql[] =
		"SELECT kind, effective_on FROM journal j WHERE case_id = ?1"
		" AND (kind IN ('suspend', 'resume') OR effective_on = ?2) AND NOT EXISTS"
		" (SELECT 1 FROM case_undo u WHERE u.journal_id = j.id AND u.undone_by IS NOT NULL)"
		" ORDER BY id";
	sqlite3_stmt *st = db_prep(db, sql);
	int rc, from = DATE_NONE, r = f->close_from;
	char iso[DATE_ISO_LEN];

	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, date_iso(r, iso), -1, SQLITE_TRANSIENT);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *kind = db_col_text(st, 0);
		int on = date_from_iso(db_col_text(st, 1));
		if (strcmp(kind, "suspend") == 0) {
			from = on;
		} else if (strcmp(kind, "resume") == 0) {
			if (from != DATE_NONE && from < r)
				f->suspended_before += (on < r ? on : r) - from;
			from = DATE_NONE;
		} else if (on == r) {
			for (size_t i = 0; i < sizeof restart_causes / sizeof restart_causes[0]; i++)
				if (strcmp(kind, restart_causes[i].kind) == 0)
					f->restart_zh = restart_causes[i].zh;
		}
	}
	sqlite3_reset(st);
	/* Resumed by the event now being applied: its days are in the row. */
	if (from != DATE_NONE && from < r && f->suspended_on == DATE_NONE)
		f->suspended_before += r - from;
	if (f->suspended_before > f->suspended_days)
		f->suspended_before = f->suspended_days;
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "读取日志", e);
}

static enum tc_status load_facts(struct db *db, int64_t id, struct facts *f, struct tc_err *e)
{
	static const char sql[] =
		"SELECT stage, received_on, accept_from, accepted_on, mediation_from, suspended_on,"
		" suspended_days, extended, fast,"
		" EXISTS (SELECT 1 FROM tribunals t WHERE t.case_id = cases.id), close_from"
		" FROM cases WHERE id = ?1";
	sqlite3_stmt *st = db_prep(db, sql);
	int rc;

	memset(f, 0, sizeof *f);
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		stage_parse(db_col_text(st, 0), &f->stage, NULL);
		f->received = date_from_iso(db_col_text(st, 1));
		f->accept_from = date_from_iso(db_col_text(st, 2));
		if (f->accept_from == DATE_NONE)
			f->accept_from = f->received;
		f->accepted = date_from_iso(db_col_text(st, 3));
		f->mediation_from = date_from_iso(db_col_text(st, 4));
		f->suspended_on = date_from_iso(db_col_text(st, 5));
		f->suspended_days = sqlite3_column_int(st, 6);
		f->extended = sqlite3_column_int(st, 7) != 0;
		f->fast = sqlite3_column_int(st, 8) != 0;
		f->tribunal = sqlite3_column_int(st, 9) != 0;
		f->close_from = date_from_iso(db_col_text(st, 10));
	}
	sqlite3_reset(st);
	if (rc == SQLITE_DONE)
		return err_set(e, TC_REFUSED, "case", "没有这个案件");
	if (rc != SQLITE_ROW)
		return db_fail(db, rc, "读取案件", e);
	if (f->accepted != DATE_NONE && f->close_from > f->accepted)
		return restart_facts(db, id, f, e);
	return TC_OK;
}

/* ---- the store ------------------------------------------------------- */

/* One case_clocks row as stored. */
struct row {
	char clock[32];
	int start, due, ended;
	bool running, statutory;
	int provisional;
};

static enum tc_status load_rows(struct db *db, int64_t id, struct row *v, size_t max, size_t *n,
				struct tc_err *e)
{
	static const char sql[] =
		"SELECT clock, start_on, due_on, ended_on, running, statutory, provisional"
		" FROM case_clocks WHERE case_id = ?1";
	sqlite3_stmt *st = db_prep(db, sql);
	int rc;

	*n = 0;
	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && *n < max) {
		struct row *r = &v[(*n)++];
		snprintf(r->clock, sizeof r->clock, "%s", db_col_text(st, 0));
		r->start = date_from_iso(db_col_text(st, 1));
		r->due = date_from_iso(db_col_text(st, 2));
		r->ended = date_from_iso(db_col_text(st, 3));
		r->running = sqlite3_column_int(st, 4) != 0;
		r->statutory = sqlite3_column_int(st, 5) != 0;
		r->provisional = sqlite3_column_int(st, 6);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE || rc == SQLITE_ROW ? TC_OK : db_fail(db, rc, "读取期限", e);
}

static const struct row *row_find(const struct row *v, size_t n, const char *clock)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(v[i].clock, clock) == 0)
			return &v[i];
	return NULL;
}

/* Run a bound statement that returns no rows, and make it ready again. */
static enum tc_status run(struct db *db, sqlite3_stmt *st, struct tc_err *e)
{
	int rc = sqlite3_step(st);

	sqlite3_reset(st);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "保存期限", e);
}

static void bind_day(sqlite3_stmt *st, int i, int day)
{
	char iso[DATE_ISO_LEN];
	db_bind_opt(st, i, date_iso(day, iso));
}

static enum tc_status put_row(struct db *db, int64_t id, const struct clk *k, struct tc_err *e)
{
	static const char sql[] =
		"INSERT OR REPLACE INTO case_clocks(case_id, clock, start_on, due_on, ended_on,"
		" running, statutory, provisional) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
	sqlite3_stmt *st = db_prep(db, sql);

	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, k->def->name, -1, SQLITE_STATIC);
	bind_day(st, 3, k->start);
	bind_day(st, 4, k->due);
	bind_day(st, 5, k->ended);
	sqlite3_bind_int(st, 6, k->running);
	sqlite3_bind_int(st, 7, k->statutory);
	sqlite3_bind_int(st, 8, k->provisional);
	return run(db, st, e);
}

static enum tc_status del_row(struct db *db, int64_t id, const char *clock, struct tc_err *e)
{
	static const char sql[] = "DELETE FROM case_clocks WHERE case_id = ?1 AND clock = ?2";
	sqlite3_stmt *st = db_prep(db, sql);

	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, clock, -1, SQLITE_STATIC);
	return run(db, st, e);
}

static enum tc_status put_next(struct db *db, int64_t id, const struct clk *next, struct tc_err *e)
{
	static const char sql[] =
		"UPDATE cases SET next_due = ?2, next_clock = ?3 WHERE id = ?1"
		" AND (next_due IS NOT ?2 OR next_clock IS NOT ?3)";
	sqlite3_stmt *st = db_prep(db, sql);

	sqlite3_bind_int64(st, 1, id);
	bind_day(st, 2, next ? next->due : DATE_NONE);
	if (next)
		sqlite3_bind_text(st, 3, next->def->name, -1, SQLITE_STATIC);
	return run(db, st, e);
}

static bool same_row(const struct row *o, const struct clk *k)
{
	return o && o->start == k->start && o->due == k->due && o->ended == k->ended &&
	       o->running == k->running && o->statutory == k->statutory &&
	       o->provisional == k->provisional;
}

/* A case's clocks as the rules give them now, beside those stored. */
struct both {
	struct facts f;
	struct clk v[NDEFS];
	struct row old[DEADLINE_MAX_CLOCKS * 2];
	size_t n, nold;
};

static enum tc_status both_load(struct db *db, int64_t id, struct both *b, struct tc_err *e)
{
	enum tc_status st;

	if ((st = load_facts(db, id, &b->f, e)) != TC_OK ||
	    (st = compute(db, &b->f, b->v, &b->n, e)) != TC_OK)
		return st;
	return load_rows(db, id, b->old, sizeof b->old / sizeof b->old[0], &b->nold, e);
}

enum tc_status deadline_update(struct db *db, int64_t id, int on, struct tc_err *e)
{
	struct both b;
	enum tc_status st;

	if ((st = both_load(db, id, &b, e)) != TC_OK)
		return st;
	for (size_t i = 0; i < b.n && st == TC_OK; i++) {
		struct clk *k = &b.v[i];
		const struct row *o = row_find(b.old, b.nold, k->def->name);

		/* A clock that stops without a suspension has ended, on the day of
		 * the event that stopped it; one that runs again has not. */
		if (!k->running) {
			if (o && o->ended != DATE_NONE && !(o->running))
				k->ended = o->ended;
			else if (b.f.stage != STAGE_SUSPENDED)
				/* Without an event (a rule or the calendar changed,
				 * a clock new to the table): it never ran. */
				k->ended = on != DATE_NONE ? on : k->start;
		}
		if (!same_row(o, k))
			st = put_row(db, id, k, e);
	}
	for (size_t i = 0; i < b.nold && st == TC_OK; i++) {
		bool kept = false;
		for (size_t j = 0; j < b.n; j++)
			kept = kept || strcmp(b.v[j].def->name, b.old[i].clock) == 0;
		if (!kept)
			st = del_row(db, id, b.old[i].clock, e);
	}
	return st == TC_OK ? put_next(db, id, next_of(b.v, b.n), e) : st;
}

/* The ids of every open case, read whole before any is changed (the
 * statement must not step while other cached statements run). */
static enum tc_status open_ids(struct db *db, int64_t **ids, size_t *n, struct strlist *nos,
			       struct tc_err *e)
{
	static const char sql[] = "SELECT id, case_no FROM cases WHERE stage <> 'closed' ORDER BY id";
	sqlite3_stmt *s = db_prep(db, sql);
	size_t cap = 0;
	int rc;

	*ids = NULL;
	*n = 0;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		*ids = xgrow(*ids, &cap, *n + 1, sizeof **ids);
		(*ids)[(*n)++] = sqlite3_column_int64(s, 0);
		if (nos)
			sl_push(nos, db_col_text(s, 1));
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "读取案件", e);
}

enum tc_status deadline_update_all(struct db *db, struct tc_err *e)
{
	int64_t *ids;
	size_t n;
	enum tc_status st = open_ids(db, &ids, &n, NULL, e);

	if (st == TC_OK && (st = db_begin(db, e)) == TC_OK) {
		for (size_t i = 0; i < n && st == TC_OK; i++)
			st = deadline_update(db, ids[i], DATE_NONE, e);
		if (st == TC_OK)
			st = db_commit(db, e);
		else
			db_rollback(db);
	}
	free(ids);
	return st;
}

/* Stored clocks of case id equal to what the rules give now? */
static enum tc_status matches(struct db *db, int64_t id, bool *same, struct tc_err *e)
{
	static const char sql[] =
		"SELECT next_due, COALESCE(next_clock, '') FROM cases WHERE id = ?1";
	struct both b;
	enum tc_status st;

	if ((st = both_load(db, id, &b, e)) != TC_OK)
		return st;
	*same = b.n == b.nold;
	for (size_t i = 0; i < b.n && *same; i++) {
		const struct row *o = row_find(b.old, b.nold, b.v[i].def->name);
		*same = o && o->start == b.v[i].start && o->due == b.v[i].due &&
			o->running == b.v[i].running && o->statutory == b.v[i].statutory;
	}
	const struct clk *next = next_of(b.v, b.n);
	sqlite3_stmt *q = db_prep(db, sql);
	sqlite3_bind_int64(q, 1, id);
	int rc = sqlite3_step(q);
	if (rc == SQLITE_ROW && *same)
		*same = date_from_iso(db_col_text(q, 0)) == (next ? next->due : DATE_NONE) &&
			strcmp(db_col_text(q, 1), next ? next->def->name : "") == 0;
	sqlite3_reset(q);
	return rc == SQLITE_ROW ? TC_OK : db_fail(db, rc, "核对期限", e);
}

enum tc_status deadline_verify(struct db *db, size_t *checked, struct strlist *stale,
			       struct tc_err *e)
{
	struct strlist nos = {0};
	int64_t *ids;
	size_t n;
	enum tc_status st;

	*checked = 0;
	st = open_ids(db, &ids, &n, &nos, e);
	for (size_t i = 0; st == TC_OK && i < n; i++) {
		bool same;
		if ((st = matches(db, ids[i], &same, e)) == TC_OK && !same)
			sl_push(stale, nos.v[i]);
	}
	if (st == TC_OK)
		*checked = n;
	free(ids);
	sl_free(&nos);
	return st;
}

/* ---- one case, shown ------------------------------------------------- */

/* The notes of clock k of case f, in the case file's words. */
static void note_of(const struct clk *k, const struct facts *f, struct strbuf *n)
{
	const struct clock_def *d = k->def;

	if (d->start == CLOCK_FROM_RECEIVED && f->accepted != DATE_NONE)
		sb_puts(n, "已立案 ");
	if ((d->flags & CLOCK_UNTIL_TRIBUNAL) && f->tribunal)
		sb_puts(n, "已组庭 ");
	if ((d->flags & CLOCK_EXTENDS) && f->extended)
		sb_puts(n, "已延长 ");
	if (restarted(d, f)) {
		char iso[DATE_ISO_LEN];
		if (f->restart_zh)
			sb_printf(n, "因%s于 %s " RESTART_ZH " ", f->restart_zh, date_iso(f->close_from, iso));
		else
			sb_printf(n, "自 %s " RESTART_ZH " ", date_iso(f->close_from, iso));
		if ((d->flags & CLOCK_PAUSES) && f->suspended_before)
			sb_printf(n, "此前中止的 %d 天不计 ", f->suspended_before);
	}
	if ((d->flags & CLOCK_PAUSES) && suspended_for(d, f))
		sb_printf(n, "中止 %d 天 ", suspended_for(d, f));
	if ((d->runs & (STAGE_BIT(STAGE_ACCEPTED) | STAGE_BIT(STAGE_MEDIATING))) &&
	    f->stage == STAGE_SUSPENDED) {
		char iso[DATE_ISO_LEN];
		sb_printf(n, "自 %s 中止, 暂停计算 ", date_iso(f->suspended_on, iso));
	}
	if (!k->statutory)
		sb_puts(n, "办案目标, 不计超期 ");
	if (k->provisional) {
		char buf[128];
		cal_provisional_text(k->provisional, buf, sizeof buf);
		sb_puts(n, buf);
	}
}

enum tc_status deadline_case(struct db *db, int64_t id, int today, struct case_clock *out,
			     size_t *n, int *provisional, struct tc_err *e)
{
	struct facts f;
	struct clk v[NDEFS];
	size_t nv;
	enum tc_status st;

	*n = 0;
	*provisional = 0;
	if ((st = load_facts(db, id, &f, e)) != TC_OK || (st = compute(db, &f, v, &nv, e)) != TC_OK)
		return st;
	for (size_t i = 0; i < nv; i++) {
		const struct clk *k = &v[i];
		struct case_clock *c = &out[(*n)++];
		struct strbuf note = {0};

		memset(c, 0, sizeof *c);
		text_copy(c->name, sizeof c->name, k->def->name);
		text_copy(c->label, sizeof c->label, k->rule.label);
		text_copy(c->basis, sizeof c->basis, k->rule.basis);
		date_iso(k->start, c->start);
		date_iso(k->due, c->due);
		c->days = k->rule.days;
		text_copy(c->unit, sizeof c->unit, clock_unit_name(k->rule.unit));
		c->running = k->running;
		c->statutory = k->statutory;
		c->days_left = k->running ? k->due - today : INT_MIN;
		c->provisional_year = k->provisional;
		note_of(k, &f, &note);
		char *t = text_trim(sb_str(&note));
		text_copy(c->note, sizeof c->note, t);
		free(t);
		sb_free(&note);
		/* Only a clock still running makes this worth a warning. */
		if (k->provisional && k->running && !*provisional)
			*provisional = k->provisional;
	}
	return TC_OK;
}
