/*
 * deadline.c - the clocks of every case, from one table of definitions.
 *
 * clock_defs[] is the only place that says which clock starts when, runs
 * in which stages, pauses, restarts, ends and can make a case 超期; the
 * office's clock_rules rows give each its days, unit, label and basis.
 * deadline_update computes a case's clocks from the dates the workflow
 * records on its row and the services recorded for it (serve.c), and
 * stores them in case_clocks, with the earliest running statutory clock on
 * the case row (next_due, next_clock).
 *
 * Below: clock (counting), calendar, stage, db.  Nothing here checks
 * permissions, writes the journal or changes a stage; the workflow and
 * serve.c call deadline_update after each event or service, office.c
 * after a rule or the calendar changed.  The journal table is read only
 * for a restarted 审限: which of the days suspended fell before the
 * restart, and what restarted it.  The documents and services tables are
 * read for the clocks that follow service; what a document kind is, is
 * doc.c's, and only the kind names of the table below are used here.
 */
#include "tiaocai/deadline.h"
#include "tiaocai/calendar.h"
#include "tiaocai/clock.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/text.h"

#include <assert.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARB_STAGES (STAGE_BIT(STAGE_ACCEPTED) | STAGE_BIT(STAGE_MEDIATING) | STAGE_BIT(STAGE_HEARING))
/* The words of a restart (办案规则 Art 46), in the rule and in a case's note. */
#define RESTART_ZH "重新计算 (办案规则第四十六条)"

/* The words of a 公告送达 left out of the 审限 (办案规则 2017 Art 46). */
#define GAZETTE_ZH "公告送达期间不计入 (办案规则第四十六条)"

/* Every clock of a case.  A new clock is a row here and a clock_rules row
 * (schema.sql.h); nothing else needs to change. */
static const struct clock_def clock_defs[] = {
	{"accept", CLOCK_FROM_RECEIVED, STAGE_BIT(STAGE_RECEIVED), true, 0, NULL, CLOCK_TO_NONE,
	 "收到申请", "案前调解期间停止计算", "案前调解不成时重新起算",
	 "受理、不予受理、撤回、移送或转入案前调解"},
	{"tribunal", CLOCK_FROM_ACCEPTED, ARB_STAGES, true, CLOCK_UNTIL_TRIBUNAL, NULL, CLOCK_TO_NONE,
	 "立案", "中止期间停止计算 (届满日不顺延)", "", "组成仲裁庭或结案"},
	{"serve", CLOCK_FROM_ACCEPTED, ARB_STAGES, true, CLOCK_UNTIL_SERVED | CLOCK_SINCE_RECORDS,
	 "respond-notice", CLOCK_TO_RESPONDENTS,
	 "立案",
	 "中止期间停止计算 (届满日不顺延)", "", "每个被申请人均已送达应诉通知书, 或结案"},
	{"defence", CLOCK_FROM_SERVED, ARB_STAGES, false, 0, "respond-notice", CLOCK_TO_RESPONDENTS,
	 "被申请人各自收到应诉通知书", "", "", "结案"},
	{"mediation", CLOCK_FROM_MEDIATION,
	 STAGE_BIT(STAGE_PREMEDIATION) | STAGE_BIT(STAGE_MEDIATING), true, CLOCK_LAW_BEFORE_ACCEPT,
	 NULL, CLOCK_TO_NONE,
	 "开始调解", "中止期间停止计算 (届满日不顺延)", "", "调解成功、调解不成、撤回或结案"},
	{"close", CLOCK_FROM_ACCEPTED, ARB_STAGES, true,
	 CLOCK_EXTENDS | CLOCK_PAUSES | CLOCK_RESTARTS | CLOCK_GAZETTE, NULL, CLOCK_TO_NONE,
	 "立案", "中止期间停止计算, 恢复后届满日顺延中止的天数; " GAZETTE_ZH ", 自公告之日至视为送达之日",
	 "立案后追加当事人、第三人或增加、变更仲裁请求的, 自该日" RESTART_ZH,
	 "结案"},
	{"target", CLOCK_FROM_ACCEPTED, ARB_STAGES, false, CLOCK_FAST_ONLY, NULL, CLOCK_TO_NONE,
	 "速裁案件立案", "中止期间停止计算 (届满日不顺延)", "", "结案"},
	{"sue", CLOCK_FROM_SERVED, STAGE_BIT(STAGE_CLOSED), false, 0, "award", CLOCK_TO_SUE,
	 "当事人收到裁决书", "", "",
	 "届满 (当事人的期间, 结案后计算)"},
	{"set_aside", CLOCK_FROM_SERVED, STAGE_BIT(STAGE_CLOSED), false, 0, "award", CLOCK_TO_SET_ASIDE,
	 "用人单位收到终局裁决书", "", "", "届满 (当事人的期间, 结案后计算)"},
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

/* A party of an accepted case with a service recorded, and the days it
 * received the documents the clocks follow (DATE_NONE: not yet).  Of a
 * document made again, the latest made counts; of one served twice (a
 * 公告, then directly), the earlier day. */
struct rcpt {
	int64_t id;
	char ref[8];                          /* a1, r2 */
	char name[TEXT_BYTES(TEXT_MAX_ORG)];
	bool respondent, worker;              /* a respondent; on the worker's side */
	int resp_no, given, served;           /* the 应诉通知书: its number, given, served */
	int fin_no, fin, nonfin_no, nonfin;   /* the award's final and non-final parts */
};

/* One 公告送达: from publication to the day it counts as served (or the
 * day a later direct service reached the party first). */
struct gazette {
	int from, to;
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
	/* Service (serve.h): the setting documents_since, the award's
	 * finality (cases.final_award: 1, 0, -1 none), which side the workers
	 * are on, the parties with what they received (every applicant and
	 * respondent once any service is recorded; none before), whether any
	 * party received a final or a non-final award, and the 公告 periods
	 * sorted by their start.  Owned: facts_free. */
	int since, final_award;
	bool worker_applies, parties_loaded, any_fin, any_nonfin;
	struct rcpt *p;
	size_t np;
	struct gazette *gz;
	size_t ngz;
};

static void facts_free(struct facts *f)
{
	free(f->p);
	free(f->gz);
	f->p = NULL;
	f->gz = NULL;
	f->np = f->ngz = 0;
}

/* The document kind the clocks of `to` follow (the table's doc). */
static const char *doc_of(enum clock_parties to)
{
	for (size_t i = 0; i < NDEFS; i++)
		if (clock_defs[i].to == to && clock_defs[i].doc)
			return clock_defs[i].doc;
	return "";
}

static int earlier(int a, int b)
{
	return a == DATE_NONE ? b : b == DATE_NONE ? a : a < b ? a : b;
}

static int later(int a, int b) { return a > b ? a : b; } /* DATE_NONE is the least */

/* Whether party p is one whose receipt clock d follows, and in *day its
 * receipt: the day given (the act: posted and signed for, opened,
 * published) when given, else the day it counts as served; DATE_NONE while
 * a document that concerns p has not reached it. */
static bool party_of(const struct clock_def *d, const struct facts *f, const struct rcpt *p,
		     bool given, int *day)
{
	*day = DATE_NONE;
	switch (d->to) {
	case CLOCK_TO_RESPONDENTS:
		*day = given ? p->given : p->served;
		return p->respondent;
	case CLOCK_TO_SUE: {
		/* The worker against a final award, either party against a
		 * non-final one: the later of the parts that concern p. */
		bool fin = f->any_fin && p->worker, non = f->any_nonfin;
		if ((fin && p->fin == DATE_NONE) || (non && p->nonfin == DATE_NONE))
			return fin || non;
		*day = later(fin ? p->fin : DATE_NONE, non ? p->nonfin : DATE_NONE);
		return fin || non;
	}
	case CLOCK_TO_SET_ASIDE:
		*day = p->fin;
		return f->any_fin && !p->worker;
	case CLOCK_TO_NONE:
		break;
	}
	return false;
}

/* The latest receipt among the parties of clock d (DATE_NONE: none yet),
 * and in *all whether every one of them has received it (false when no
 * party is concerned or none is known). */
static int latest_receipt(const struct clock_def *d, const struct facts *f, bool given, bool *all)
{
	int last = DATE_NONE;
	size_t concerned = 0;

	*all = f->parties_loaded;
	for (size_t i = 0; i < f->np; i++) {
		int day;
		if (!party_of(d, f, &f->p[i], given, &day))
			continue;
		concerned++;
		if (day == DATE_NONE)
			*all = false;
		last = later(last, day);
	}
	if (concerned == 0)
		*all = false;
	return last;
}

/* The days of the 公告 periods after day start, each day once however the
 * periods overlap. */
static int gazette_days(const struct facts *f, int start)
{
	int total = 0, from = DATE_NONE, to = DATE_NONE;

	for (size_t i = 0; i < f->ngz; i++) {
		int a = later(f->gz[i].from, start), b = f->gz[i].to;
		if (b <= a)
			continue;
		if (from != DATE_NONE && a <= to) {
			to = later(to, b);
			continue;
		}
		if (from != DATE_NONE)
			total += to - from;
		from = a;
		to = b;
	}
	if (from != DATE_NONE)
		total += to - from;
	return total;
}

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
	int gazette;      /* 公告 days added (CLOCK_GAZETTE) */
	bool served;      /* CLOCK_UNTIL_SERVED: every party has been given its document */
};

static int start_of(const struct clock_def *d, const struct facts *f)
{
	bool all;

	if (restarted(d, f))
		return f->close_from;
	/* A case accepted before the records of service began has no clock
	 * that reads them: it would run on a service never recorded. */
	if ((d->flags & CLOCK_SINCE_RECORDS) &&
	    (f->since == DATE_NONE || f->accepted == DATE_NONE || f->accepted < f->since))
		return DATE_NONE;
	switch (d->start) {
	case CLOCK_FROM_RECEIVED: return f->accept_from;
	case CLOCK_FROM_MEDIATION: return f->mediation_from;
	case CLOCK_FROM_ACCEPTED: return f->accepted;
	case CLOCK_FROM_SERVED: return latest_receipt(d, f, false, &all);
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
		int days = k->rule.days, paused = 0;
		if ((d->flags & CLOCK_EXTENDS) && f->extended) {
			if (!ext.days && (st = clock_rule_get(db, "extension", &ext, e)) != TC_OK)
				return st;
			days += ext.days;
		}
		if (d->flags & CLOCK_PAUSES)
			paused += suspended_for(d, f);
		if (d->flags & CLOCK_GAZETTE)
			paused += k->gazette = gazette_days(f, k->start);
		if (d->flags & (CLOCK_PAUSES | CLOCK_GAZETTE))
			k->due = paused_due(cal, &k->rule, k->start, days, paused, &res);
		else
			k->due = clock_add(cal, k->start, days, k->rule.unit, &res, NULL);
		k->provisional = res.unloaded_year;
		int given = DATE_NONE;
		if (d->flags & CLOCK_UNTIL_SERVED)
			given = latest_receipt(d, f, true, &k->served);
		k->running = (d->runs & STAGE_BIT(f->stage)) &&
			     !((d->flags & CLOCK_UNTIL_TRIBUNAL) && f->tribunal) && !k->served;
		k->statutory = d->statutory &&
			       (!(d->flags & CLOCK_LAW_BEFORE_ACCEPT) || f->accepted == DATE_NONE ||
				k->start < f->accepted);
		/* Served: it ended the day the last party was given it. */
		k->ended = k->served ? given : DATE_NONE;
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

/* The applicants and respondents of case id (their receipts none yet). */
static enum tc_status load_parties(struct db *db, int64_t id, struct facts *f, struct tc_err *e)
{
	static const char sql[] =
		"SELECT id, side, pos, name FROM parties WHERE case_id = ?1"
		" AND side IN ('applicant', 'respondent') ORDER BY side, pos";
	sqlite3_stmt *st = db_prep(db, sql);
	size_t cap = 0;
	int rc;

	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		f->p = xgrow(f->p, &cap, f->np + 1, sizeof *f->p);
		struct rcpt *p = &f->p[f->np++];
		const char *side = db_col_text(st, 1);
		memset(p, 0, sizeof *p);
		p->id = sqlite3_column_int64(st, 0);
		snprintf(p->ref, sizeof p->ref, "%c%d", side[0], sqlite3_column_int(st, 2) % 100000);
		text_copy(p->name, sizeof p->name, db_col_text(st, 3));
		p->respondent = side[0] == 'r';
		p->worker = p->respondent != f->worker_applies;
		p->given = p->served = p->fin = p->nonfin = DATE_NONE;
	}
	sqlite3_reset(st);
	f->parties_loaded = true;
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "读取当事人", e);
}

static struct rcpt *party_by_id(struct facts *f, int64_t id)
{
	for (size_t i = 0; i < f->np; i++)
		if (f->p[i].id == id)
			return &f->p[i];
	return NULL;
}

/* One service row into the receipts: a later document of the same kind
 * replaces what an earlier one gave; two services of one document keep
 * the earlier day. */
static void receive(int no, int given, int served, int *no_at, int *given_at, int *served_at)
{
	if (no > *no_at) {
		*no_at = no;
		if (given_at)
			*given_at = DATE_NONE;
		*served_at = DATE_NONE;
	} else if (no < *no_at) {
		return;
	}
	if (given_at)
		*given_at = earlier(*given_at, given);
	*served_at = earlier(*served_at, served);
}

static int gazette_cmp(const void *a, const void *b)
{
	const struct gazette *x = a, *y = b;
	return x->from < y->from ? -1 : x->from > y->from;
}

/* The services of case id (serve.h): the parties' receipts of the
 * documents the clocks follow, and the 公告 periods. */
static enum tc_status load_services(struct db *db, int64_t id, struct facts *f, struct tc_err *e)
{
	static const char sql[] =
		"SELECT s.party_id, d.kind, d.part, d.no, s.method, s.given_on, s.served_on,"
		" s.document_id FROM services s JOIN documents d ON d.id = s.document_id"
		" WHERE s.case_id = ?1 ORDER BY d.no, s.id";
	const char *resp = doc_of(CLOCK_TO_RESPONDENTS), *award = doc_of(CLOCK_TO_SUE);
	struct row {
		int64_t party, doc;
		int kind;     /* 1 the 应诉通知书, 2 a final award, 3 a non-final one, 0 other */
		int no, given, served;
		bool gazette;
	} *v = NULL;
	size_t n = 0, cap = 0, gcap = 0;
	sqlite3_stmt *st = db_prep(db, sql);
	enum tc_status ret = TC_OK;
	int rc;

	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		v = xgrow(v, &cap, n + 1, sizeof *v);
		struct row *r = &v[n++];
		const char *kind = db_col_text(st, 1), *part = db_col_text(st, 2);
		r->party = sqlite3_column_int64(st, 0);
		r->kind = 0;
		if (strcmp(kind, resp) == 0)
			r->kind = 1;
		else if (strcmp(kind, award) == 0)
			/* An award in one document is final when the case's award is. */
			r->kind = strcmp(part, "final") == 0 ? 2 : strcmp(part, "nonfinal") == 0 ? 3
				  : f->final_award == 1 ? 2 : 3;
		r->no = sqlite3_column_int(st, 3);
		r->gazette = strcmp(db_col_text(st, 4), "公告") == 0;
		r->given = date_from_iso(db_col_text(st, 5));
		r->served = date_from_iso(db_col_text(st, 6));
		r->doc = sqlite3_column_int64(st, 7);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		free(v);
		return db_fail(db, rc, "读取送达记录", e);
	}
	if (n && (ret = load_parties(db, id, f, e)) != TC_OK) {
		free(v);
		return ret;
	}
	for (size_t i = 0; i < n; i++) {
		struct row *r = &v[i];
		struct rcpt *p = party_by_id(f, r->party);
		if (r->gazette) {
			/* Until deemed served, or until a direct service reached
			 * the party first. */
			int to = r->served;
			for (size_t j = 0; j < n; j++)
				if (!v[j].gazette && v[j].doc == r->doc && v[j].party == r->party)
					to = earlier(to, v[j].served);
			f->gz = xgrow(f->gz, &gcap, f->ngz + 1, sizeof *f->gz);
			f->gz[f->ngz++] = (struct gazette){r->given, to};
		}
		if (p == NULL)
			continue; /* a third party: no clock follows its receipts */
		if (r->kind == 1)
			receive(r->no, r->given, r->served, &p->resp_no, &p->given, &p->served);
		else if (r->kind == 2)
			receive(r->no, r->given, r->served, &p->fin_no, NULL, &p->fin);
		else if (r->kind == 3)
			receive(r->no, r->given, r->served, &p->nonfin_no, NULL, &p->nonfin);
		f->any_fin |= r->kind == 2;
		f->any_nonfin |= r->kind == 3;
	}
	free(v);
	if (f->ngz > 1)
		qsort(f->gz, f->ngz, sizeof *f->gz, gazette_cmp);
	return TC_OK;
}

/* The facts of case id; with names, the parties are read even before any
 * service (for the notes of the case file).  The caller frees them with
 * facts_free, also on failure. */
static enum tc_status load_facts(struct db *db, int64_t id, bool names, struct facts *f,
				 struct tc_err *e)
{
	static const char sql[] =
		"SELECT stage, received_on, accept_from, accepted_on, mediation_from, suspended_on,"
		" suspended_days, extended, fast,"
		" EXISTS (SELECT 1 FROM tribunals t WHERE t.case_id = cases.id), close_from,"
		" applicant_side = 'worker', coalesce(final_award, -1),"
		" (SELECT value FROM settings WHERE key = 'documents_since')"
		" FROM cases WHERE id = ?1";
	sqlite3_stmt *st = db_prep(db, sql);
	enum tc_status ret;
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
		f->worker_applies = sqlite3_column_int(st, 11) != 0;
		f->final_award = sqlite3_column_int(st, 12);
		f->since = date_from_iso(db_col_text(st, 13));
	}
	sqlite3_reset(st);
	if (rc == SQLITE_DONE)
		return err_set(e, TC_REFUSED, "case", "没有这个案件");
	if (rc != SQLITE_ROW)
		return db_fail(db, rc, "读取案件", e);
	if (f->accepted != DATE_NONE && f->close_from > f->accepted &&
	    (ret = restart_facts(db, id, f, e)) != TC_OK)
		return ret;
	/* Nothing is served before acceptance. */
	if (f->accepted == DATE_NONE)
		return TC_OK;
	if ((ret = load_services(db, id, f, e)) != TC_OK)
		return ret;
	return names && !f->parties_loaded ? load_parties(db, id, f, e) : TC_OK;
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

	st = load_facts(db, id, false, &b->f, e);
	if (st == TC_OK)
		st = compute(db, &b->f, b->v, &b->n, e);
	facts_free(&b->f); /* the stage and the dates stay */
	if (st != TC_OK)
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
		 * the event that stopped it (a clock ended by service knows its
		 * day already); one that runs again has not. */
		if (!k->running && k->ended == DATE_NONE) {
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

/* The ids of every open case, and of every closed case with a period
 * after its award (a clock running in the closed stage) due today or
 * later, read whole before any is changed (the statement must not step
 * while other cached statements run).  Closed cases whose periods are
 * over are not read: the cost follows the cases still open and the
 * awards of the last weeks, never the years of history. */
static enum tc_status open_ids(struct db *db, int64_t **ids, size_t *n, struct strlist *nos,
			       struct tc_err *e)
{
	static const char sql[] = "SELECT id, case_no FROM cases WHERE stage <> 'closed' ORDER BY id";
	/* The clocks that run in the closed stage, as ?2..?5 (NULL: none). */
	static const char closed_sql[] =
		"SELECT DISTINCT c.id, c.case_no FROM case_clocks k INDEXED BY case_clocks_running"
		" JOIN cases c ON c.id = k.case_id"
		" WHERE k.running AND k.clock IN (?2, ?3, ?4, ?5) AND k.due_on >= ?1"
		" AND c.stage = 'closed' ORDER BY c.id";
	char today[DATE_ISO_LEN];
	size_t cap = 0;
	int rc = SQLITE_DONE, nclosed = 0;

	*ids = NULL;
	*n = 0;
	date_iso(date_today(), today);
	for (int pass = 0; pass < 2 && rc == SQLITE_DONE; pass++) {
		sqlite3_stmt *s = db_prep(db, pass == 0 ? sql : closed_sql);
		if (pass == 1) {
			sqlite3_bind_text(s, 1, today, -1, SQLITE_STATIC);
			for (size_t i = 0; i < NDEFS; i++)
				if ((clock_defs[i].runs & STAGE_BIT(STAGE_CLOSED)) && nclosed < 4)
					sqlite3_bind_text(s, 2 + nclosed++, clock_defs[i].name, -1,
							  SQLITE_STATIC);
			assert(nclosed <= 4);
			if (nclosed == 0)
				break;
		}
		while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
			*ids = xgrow(*ids, &cap, *n + 1, sizeof **ids);
			(*ids)[(*n)++] = sqlite3_column_int64(s, 0);
			if (nos)
				sl_push(nos, db_col_text(s, 1));
		}
		sqlite3_reset(s);
	}
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

/* The parties of a clock that follows service, each with its own due day
 * ("r1 王超德 12-05 届满") or "未送达", when more than one is concerned; a
 * clock that ends on service names those not yet given the document. */
static void note_parties(const struct cal *cal, const struct clk *k, const struct facts *f,
			 struct strbuf *n)
{
	const struct clock_def *d = k->def;
	bool ends = d->flags & CLOCK_UNTIL_SERVED;
	size_t concerned = 0, missing = 0;
	int day;

	for (size_t i = 0; i < f->np; i++)
		if (party_of(d, f, &f->p[i], ends, &day)) {
			concerned++;
			missing += day == DATE_NONE;
		}
	if (ends) {
		char iso[DATE_ISO_LEN];
		if (k->served) {
			sb_printf(n, "已于 %s 全部送达 ", date_iso(k->ended, iso));
			return;
		}
		if (!f->parties_loaded || missing == concerned) {
			sb_puts(n, "尚未记录送达 ");
			return;
		}
		sb_puts(n, "未送达:");
		for (size_t i = 0; i < f->np; i++)
			if (party_of(d, f, &f->p[i], true, &day) && day == DATE_NONE) {
				sb_printf(n, " %s ", f->p[i].ref);
				text_clean(n, f->p[i].name, 0);
			}
		sb_puts(n, " ");
		return;
	}
	if (concerned < 2)
		return;
	for (size_t i = 0; i < f->np; i++) {
		char iso[DATE_ISO_LEN];
		if (!party_of(d, f, &f->p[i], false, &day))
			continue;
		/* A name is shown as text_clean leaves it, whatever was stored. */
		sb_printf(n, "%s ", f->p[i].ref);
		text_clean(n, f->p[i].name, 0);
		sb_puts(n, " ");
		if (day == DATE_NONE)
			sb_puts(n, "未送达; ");
		else
			sb_printf(n, "%s 届满; ",
				  date_iso(clock_add(cal, day, k->rule.days, k->rule.unit, NULL, NULL), iso));
	}
}

/* The notes of clock k of case f, in the case file's words. */
static void note_of(const struct cal *cal, const struct clk *k, const struct facts *f,
		    struct strbuf *n)
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
	if ((d->flags & CLOCK_GAZETTE) && k->gazette)
		sb_printf(n, "公告送达 %d 天不计入 ", k->gazette);
	if ((d->runs & (STAGE_BIT(STAGE_ACCEPTED) | STAGE_BIT(STAGE_MEDIATING))) &&
	    f->stage == STAGE_SUSPENDED) {
		char iso[DATE_ISO_LEN];
		sb_printf(n, "自 %s 中止, 暂停计算 ", date_iso(f->suspended_on, iso));
	}
	if (d->doc)
		note_parties(cal, k, f, n);
	if (!k->statutory)
		sb_puts(n, d->start == CLOCK_FROM_SERVED ? "当事人的期间, 不计超期 " : "办案目标, 不计超期 ");
	if (k->provisional) {
		char buf[128];
		cal_provisional_text(k->provisional, buf, sizeof buf);
		sb_puts(n, buf);
	}
}

enum tc_status deadline_case(struct db *db, int64_t id, int today, struct case_clock *out,
			     size_t *n, int *provisional, struct tc_err *e)
{
	const struct cal *cal;
	struct facts f;
	struct clk v[NDEFS];
	size_t nv;
	enum tc_status st;

	*n = 0;
	*provisional = 0;
	if ((st = cal_get(db, &cal, e)) != TC_OK)
		return st;
	st = load_facts(db, id, true, &f, e);
	if (st == TC_OK)
		st = compute(db, &f, v, &nv, e);
	for (size_t i = 0; st == TC_OK && i < nv; i++) {
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
		c->party = k->def->start == CLOCK_FROM_SERVED;
		c->days_left = k->running ? k->due - today : INT_MIN;
		c->provisional_year = k->provisional;
		note_of(cal, k, &f, &note);
		char *t = text_trim(sb_str(&note));
		/* The per-party list ends in "; " when nothing follows it. */
		size_t len = strlen(t);
		if (len >= 1 && t[len - 1] == ';')
			t[len - 1] = '\0';
		text_copy(c->note, sizeof c->note, t);
		free(t);
		sb_free(&note);
		/* Only a clock still running makes this worth a warning. */
		if (k->provisional && k->running && !*provisional)
			*provisional = k->provisional;
	}
	facts_free(&f);
	return st;
}
