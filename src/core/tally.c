/*
 * tally.c - each case's history as day counts (tally.h).
 *
 * A case is derived into a few spans of days: the stage it stood in (S),
 * accepted and not closed (O), 超审限 (L), for each stretch of days its
 * earliest running statutory clock (D; 超期 on the days after that clock's
 * due date), closed for its mediator or arbitrator (M, N, A: from the
 * closing day on), what it counts on the days it was received, accepted
 * and closed (E, summed into tally_event_days and tally_event_months by
 * slice), and the days it was paid (P: rows of tally_pay, each with the
 * day paid before, so that a period's cases paid are its rows whose day
 * before lies outside it).  The spans are kept as text in
 * tally_cases, so that when the case changes, what it counted before can
 * be taken away exactly; each span [a, b] counts +1 on day a and -1 on
 * day b + 1, in tally_days and, summed by month, in tally_months.  A
 * figure on day D is then the months before
 * D's month plus the days of D's month up to D: a few hundred rows, not the
 * years of cases behind them.  The D spans are also rows of tally_due, by
 * the power of two their length falls in, so the cases whose span covers a
 * day are found by one short range per length class (a span of class c
 * covering D began in the 2^(c+1) days up to D).
 *
 * Which days each span covers is exactly what report.c's figures have
 * always meant (tiaocai(5), STATISTICS and THE WEEKLY SUMMARY), written here
 * for one case at a time; tests/unit/test_tally.c compares the sums with
 * those definitions run as plain SQL over every case.
 *
 * The triggers of the schema (migration 10) put the id of every case whose
 * row, clocks, journal or reverts change into tally_dirty; tally_refresh
 * derives those again.  A connection that cannot write (a read-only file,
 * the write lock held elsewhere) derives them into its temporary tables
 * (tally_fix_*), which every read adds in, so the figures are the same.
 */
#include "tiaocai/tally.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/stage.h"
#include "tiaocai/workflow.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define INF INT_MAX       /* a span with no end */
#define CLASS_OPEN 40     /* the length class of a span with no end */
#define CLASS_MAX 30      /* the greatest class of a finite span (2^31 days) */

/* ---- what one case is made of ------------------------------------------ */

struct jrow {
	int64_t id;
	int eff;              /* effective_on, DATE_NONE when NULL */
	char kind[32];
	bool undone;          /* a revert undid it */
};

struct clk {
	char name[32];
	int start, due, end;  /* end: ended_on, else closed_on, else INF */
	bool statutory;
};

/* The inputs of one case, as stored. */
struct src {
	bool exists;
	enum stage stage;
	int received, accepted, closed;
	bool susp_flag;       /* suspended_on set or suspended_days > 0 */
	/* What the period figures count (TALLY_EVENTS). */
	bool has_accepted;    /* accepted_on IS NOT NULL */
	bool referred;        /* source 劳动保障监察移送 */
	char outcome[32];
	int64_t workers, claimed, resolved; /* resolved: 0 when NULL */
	bool collective, legal_aid;
	bool no_hearing;      /* hearing_at IS NULL */
	bool has_wage;        /* a 工资 claim */
	int64_t wage_amount;  /* the sum of the 工资 claims */
	struct jrow *j;
	size_t nj, capj;
	struct clk *k;
	size_t nk, capk;
	struct pay { int day; int64_t amount; } *p; /* by day, summed, in day order */
	size_t np, capp;
};

/* What a case counts for, beside its spans: the slice columns and the
 * people its load goes to, as the case row holds them. */
struct attrs {
	int64_t fast, simple, collective;
	char industry[256];
	int64_t mediator, arbitrator;
	int64_t year, seq;
};

static void src_free(struct src *s)
{
	free(s->j);
	free(s->k);
	free(s->p);
	memset(s, 0, sizeof *s);
}

static int iso_day(sqlite3_stmt *st, int col)
{
	return date_from_iso((const char *)sqlite3_column_text(st, col));
}

static enum tc_status load(struct db *db, int64_t id, struct src *s, struct attrs *at,
			   struct tc_err *e)
{
	static const char case_sql[] =
		"SELECT stage, received_on, accepted_on, closed_on,"
		" suspended_on IS NOT NULL OR suspended_days > 0, fast, simple, collective,"
		" coalesce(industry, ''), coalesce(mediator_id, 0), coalesce(arbitrator_id, 0),"
		" year, seq, accepted_on IS NOT NULL, source = '劳动保障监察移送', coalesce(outcome, ''),"
		" workers, claimed, coalesce(resolved, 0), collective, legal_aid,"
		" (SELECT sum(k.amount) FROM claims k WHERE k.case_id = cases.id AND k.kind = '工资'),"
		" hearing_at IS NULL FROM cases WHERE id = ?1";
	static const char journal_sql[] =
		"SELECT id, effective_on, kind FROM journal WHERE case_id = ?1 ORDER BY id";
	static const char undone_sql[] =
		"SELECT journal_id FROM case_undo INDEXED BY case_undo_undone"
		" WHERE case_id = ?1 AND undone_by IS NOT NULL";
	static const char clock_sql[] =
		"SELECT clock, start_on, due_on, ended_on, statutory FROM case_clocks WHERE case_id = ?1";
	static const char pay_sql[] =
		"SELECT paid_on, sum(amount) FROM payments WHERE case_id = ?1 GROUP BY paid_on"
		" ORDER BY paid_on";
	sqlite3_stmt *st = db_prep(db, case_sql);
	int rc;

	memset(s, 0, sizeof *s);
	memset(at, 0, sizeof *at);
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		s->exists = true;
		s->stage = STAGE_RECEIVED;
		stage_parse((const char *)sqlite3_column_text(st, 0), &s->stage, NULL);
		s->received = iso_day(st, 1);
		s->accepted = iso_day(st, 2);
		s->closed = iso_day(st, 3);
		s->susp_flag = sqlite3_column_int(st, 4) != 0;
		at->fast = sqlite3_column_int64(st, 5);
		at->simple = sqlite3_column_int64(st, 6);
		at->collective = sqlite3_column_int64(st, 7);
		snprintf(at->industry, sizeof at->industry, "%s", db_col_text(st, 8));
		at->mediator = sqlite3_column_int64(st, 9);
		at->arbitrator = sqlite3_column_int64(st, 10);
		at->year = sqlite3_column_int64(st, 11);
		at->seq = sqlite3_column_int64(st, 12);
		s->has_accepted = sqlite3_column_int(st, 13) != 0;
		s->referred = sqlite3_column_int(st, 14) != 0;
		snprintf(s->outcome, sizeof s->outcome, "%s", db_col_text(st, 15));
		s->workers = sqlite3_column_int64(st, 16);
		s->claimed = sqlite3_column_int64(st, 17);
		s->resolved = sqlite3_column_int64(st, 18);
		s->collective = sqlite3_column_int(st, 19) != 0;
		s->legal_aid = sqlite3_column_int(st, 20) != 0;
		s->has_wage = sqlite3_column_type(st, 21) != SQLITE_NULL;
		s->wage_amount = sqlite3_column_int64(st, 21);
		s->no_hearing = sqlite3_column_int(st, 22) != 0;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW)
		return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "读取案件", e);

	st = db_prep(db, journal_sql);
	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		s->j = xgrow(s->j, &s->capj, s->nj + 1, sizeof *s->j);
		struct jrow *r = &s->j[s->nj++];
		r->id = sqlite3_column_int64(st, 0);
		r->eff = iso_day(st, 1);
		snprintf(r->kind, sizeof r->kind, "%s", db_col_text(st, 2));
		r->undone = false;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, "读取案件记录", e);

	st = db_prep(db, undone_sql);
	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t jid = sqlite3_column_int64(st, 0);
		for (size_t i = 0; i < s->nj; i++)
			if (s->j[i].id == jid)
				s->j[i].undone = true;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, "读取撤销记录", e);

	st = db_prep(db, clock_sql);
	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		s->k = xgrow(s->k, &s->capk, s->nk + 1, sizeof *s->k);
		struct clk *k = &s->k[s->nk++];
		snprintf(k->name, sizeof k->name, "%s", db_col_text(st, 0));
		k->start = iso_day(st, 1);
		k->due = iso_day(st, 2);
		/* coalesce(ended_on, closed_on, '9999-12-31') */
		k->end = sqlite3_column_type(st, 3) != SQLITE_NULL ? iso_day(st, 3)
			 : s->closed != DATE_NONE		   ? s->closed
								   : INF;
		k->statutory = sqlite3_column_int(st, 4) != 0;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, "读取期限", e);

	st = db_prep(db, pay_sql);
	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int day = iso_day(st, 0);
		if (day == DATE_NONE)
			continue; /* not a date (payments take checked dates) */
		s->p = xgrow(s->p, &s->capp, s->np + 1, sizeof *s->p);
		s->p[s->np].day = day;
		s->p[s->np++].amount = sqlite3_column_int64(st, 1);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "读取付款", e);
}

/* ---- the spans ------------------------------------------------------------ */

struct span {
	char kind;            /* 'S' stage, 'O' open, 'L' 超审限, 'D' earliest clock, 'E' events,
			       * 'M', 'N', 'A' closed for the mediator, settled by them, closed
			       * for the arbitrator (from the closing day on, never ending),
			       * 'P' paid on day a, the day paid before b (DATE_NONE: none),
			       * the amount ev[0] */
	int a, b;             /* days a .. b; b INF: no end; E: the day (a == b) */
	int stage;            /* S */
	int due;              /* D */
	char clock[32];       /* D */
	int64_t ev[TALLY_EV_COUNT]; /* E */
};

struct spans {
	struct span *v;
	size_t n, cap;
};

static void span_add(struct spans *s, struct span x)
{
	if (x.a == DATE_NONE || x.b < x.a)
		return;
	s->v = xgrow(s->v, &s->cap, s->n + 1, sizeof *s->v);
	s->v[s->n++] = x;
}

/* Days sorted and without repeats, DATE_NONE left out. */
struct days {
	int *v;
	size_t n, cap;
};

static void day_add(struct days *d, int day)
{
	if (day == DATE_NONE || day == INF)
		return;
	d->v = xgrow(d->v, &d->cap, d->n + 1, sizeof *d->v);
	d->v[d->n++] = day;
}

static int cmp_int(const void *pa, const void *pb)
{
	int a = *(const int *)pa, b = *(const int *)pb;
	return a < b ? -1 : a > b;
}

static void days_sort(struct days *d)
{
	size_t k = 0;

	if (d->n > 1)
		qsort(d->v, d->n, sizeof *d->v, cmp_int);
	for (size_t i = 0; i < d->n; i++)
		if (k == 0 || d->v[k - 1] != d->v[i])
			d->v[k++] = d->v[i];
	d->n = k;
}

/* The case's own population: open now, or closed after day (a case
 * closed without a closing day counts on no day). */
static bool open_on(const struct src *s, int day)
{
	if (s->stage != STAGE_CLOSED)
		return true;
	return s->closed != DATE_NONE && day < s->closed;
}

/* Not counted on day for a suspension: the row says the case was ever
 * suspended, and of its suspend and resume rows dated by then that no
 * revert undid the last, by day and then by id, is a suspension (a
 * resumption undone leaves the case suspended, as its row says).  On the
 * days before its first suspension a case runs like any other (tiaocai(5),
 * STATISTICS: 超期 is a clock past due while the case is neither closed
 * nor suspended); the statistics' SQL read those days as suspended until
 * schema 12 (NOT (flag AND NULL = 'suspend') is NULL, not true).  A case
 * resumed on a day runs that day. */
static bool suspended_on(const struct src *s, int day)
{
	const struct jrow *best = NULL;

	if (!s->susp_flag)
		return false;
	for (size_t i = 0; i < s->nj; i++) {
		const struct jrow *r = &s->j[i];
		if (r->undone || r->eff == DATE_NONE || r->eff > day ||
		    (strcmp(r->kind, "suspend") != 0 && strcmp(r->kind, "resume") != 0))
			continue;
		if (!best || r->eff > best->eff || (r->eff == best->eff && r->id > best->id))
			best = r;
	}
	return best && strcmp(best->kind, "suspend") == 0;
}

/* Where the case stood at the end of day by its journal: the rows dated by
 * then that no revert undid, in the order they were written, through the
 * workflow's own transition table.  The registration ("add") starts the
 * case in 收案; a row that is no event, or an event the table does not allow
 * from the replayed stage, moves nothing (`tiaocai check` reports such a
 * journal). */
static enum stage replay(const struct src *s, int day)
{
	enum stage cur = STAGE_RECEIVED, prev = STAGE_ACCEPTED, to;
	bool extended = false;

	for (size_t i = 0; i < s->nj; i++) {
		const struct jrow *r = &s->j[i];
		if (r->undone || r->eff == DATE_NONE || r->eff > day)
			continue;
		if (strcmp(r->kind, "add") == 0) {
			cur = STAGE_RECEIVED;
			continue;
		}
		if (!wf_next(cur, r->kind, prev, extended, &to))
			continue;
		if (to == STAGE_SUSPENDED && cur != STAGE_SUSPENDED)
			prev = cur;
		if (strcmp(r->kind, "extend") == 0)
			extended = true;
		cur = to;
	}
	return cur;
}

/* The stage the weekly summary counts the case in at the end of day, or
 * -1 for none: received by then and not closed by then; a case still open
 * stands in its stage column unless its last journal row is dated after
 * the day, when (like a closed case) it stands where its journal replays
 * to on the day. */
static int stage_on(const struct src *s, int day)
{
	if (s->received == DATE_NONE || day < s->received || !open_on(s, day))
		return -1;
	if (s->stage != STAGE_CLOSED) {
		int last = s->nj ? s->j[s->nj - 1].eff : DATE_NONE;
		if (last == DATE_NONE || last <= day)
			return (int)s->stage;
	}
	enum stage r = replay(s, day);
	return r == STAGE_CLOSED ? -1 : (int)r;
}

/* The earliest running statutory clock on day (running: started by the
 * day, not ended by it), the first by name among equal dates, or NULL;
 * none while the case is out of its population or suspended. */
static const struct clk *first_clock(const struct src *s, int day)
{
	const struct clk *best = NULL;

	if (!open_on(s, day) || suspended_on(s, day))
		return NULL;
	for (size_t i = 0; i < s->nk; i++) {
		const struct clk *k = &s->k[i];
		if (!k->statutory || k->start == DATE_NONE || k->due == DATE_NONE || k->start > day ||
		    !(k->end > day))
			continue;
		if (!best || k->due < best->due ||
		    (k->due == best->due && strcmp(k->name, best->name) < 0))
			best = k;
	}
	return best;
}

/* The events of day `day` (E): one span per day, kept in day order after
 * the case's other spans (from `first`). */
static int64_t *event_day(struct spans *out, size_t first, int day)
{
	size_t at = first;

	while (at < out->n && out->v[at].a < day)
		at++;
	if (at < out->n && out->v[at].a == day)
		return out->v[at].ev;
	out->v = xgrow(out->v, &out->cap, out->n + 1, sizeof *out->v);
	memmove(&out->v[at + 1], &out->v[at], (out->n - at) * sizeof *out->v);
	out->n++;
	out->v[at] = (struct span){.kind = 'E', .a = day, .b = day};
	return out->v[at].ev;
}

/* What the period figures count of the case (TALLY_EVENTS), on the day it
 * was received, accepted and closed: report.c's q_received, q_accepted and
 * q_closed and the 三个下降 of its weekly summary, for one case. */
static void derive_events(const struct src *s, struct spans *out)
{
	size_t first = out->n;
	int64_t *v;
	bool a = s->has_accepted;
	const char *o = s->outcome;

	if (s->received != DATE_NONE) {
		v = event_day(out, first, s->received);
		v[TALLY_EV_received] += 1;
		v[TALLY_EV_referred] += s->referred;
		if (s->has_wage) {
			v[TALLY_EV_wage_cases] += 1;
			v[TALLY_EV_wage_workers] += s->workers;
			v[TALLY_EV_wage_amount] += s->wage_amount;
		}
	}
	if (s->accepted != DATE_NONE) {
		v = event_day(out, first, s->accepted);
		v[TALLY_EV_accepted] += 1;
		v[TALLY_EV_workers] += s->workers;
		v[TALLY_EV_collective_cases] += s->collective;
		v[TALLY_EV_collective_workers] += s->collective ? s->workers : 0;
		v[TALLY_EV_claimed] += s->claimed;
		v[TALLY_EV_legal_aid] += s->legal_aid;
	}
	if (s->stage == STAGE_CLOSED && s->closed != DATE_NONE) {
		v = event_day(out, first, s->closed);
		v[TALLY_EV_refused] += strcmp(o, "不予受理") == 0;
		v[TALLY_EV_premediated] += !a && strcmp(o, "案外调解") == 0;
		v[TALLY_EV_closed] += a;
		v[TALLY_EV_mediated] += a && strcmp(o, "调解") == 0;
		v[TALLY_EV_award_final] += a && strcmp(o, "终局裁决") == 0;
		/* An award with items of both kinds (办案规则 Art 50) counts
		 * here: part of it may go to court. */
		v[TALLY_EV_award_nonfinal] +=
			a && (strcmp(o, "非终局裁决") == 0 || strcmp(o, "部分终局裁决") == 0);
		v[TALLY_EV_withdrawn] += a && (strcmp(o, "撤回") == 0 || strcmp(o, "视为撤回") == 0);
		v[TALLY_EV_transferred] += a && strcmp(o, "移送") == 0;
		if (a || strcmp(o, "案外调解") == 0)
			v[TALLY_EV_resolved] += s->resolved;
		if (a && s->accepted != DATE_NONE)
			v[TALLY_EV_close_days] += s->closed - s->accepted;
	}
	/* A day with nothing counted (closed before acceptance, not by
	 * 案外调解 or 不予受理) is no span. */
	size_t k = first;
	for (size_t i = first; i < out->n; i++) {
		bool any = false;
		for (int j = 0; j < TALLY_EV_COUNT; j++)
			any = any || out->v[i].ev[j] != 0;
		if (any)
			out->v[k++] = out->v[i];
	}
	out->n = k;
}

/* The spans of one case, in a fixed order (S by day, O, L by day, D by
 * day, E by day), so that the same case always gives the same text. */
static void derive(const struct src *s, struct spans *out)
{
	struct days bp = {0};

	out->n = 0;
	if (!s->exists)
		return;

	/* S: the stage changes only where the population begins or ends, where
	 * the last row's day is, and where a row counted by the replay is. */
	day_add(&bp, s->received);
	if (s->stage == STAGE_CLOSED)
		day_add(&bp, s->closed);
	else if (s->nj)
		day_add(&bp, s->j[s->nj - 1].eff);
	for (size_t i = 0; i < s->nj; i++)
		if (!s->j[i].undone)
			day_add(&bp, s->j[i].eff);
	days_sort(&bp);
	for (size_t i = 0; i < bp.n; i++) {
		int v = stage_on(s, bp.v[i]), b = i + 1 < bp.n ? bp.v[i + 1] - 1 : INF;
		if (v < 0)
			continue;
		if (out->n && out->v[out->n - 1].kind == 'S' && out->v[out->n - 1].stage == v &&
		    out->v[out->n - 1].b == bp.v[i] - 1)
			out->v[out->n - 1].b = b;
		else
			span_add(out, (struct span){.kind = 'S', .a = bp.v[i], .b = b, .stage = v});
	}

	/* O: accepted by the day, and open now or closed after it. */
	if (s->accepted != DATE_NONE) {
		if (s->stage != STAGE_CLOSED)
			span_add(out, (struct span){.kind = 'O', .a = s->accepted, .b = INF});
		else if (s->closed != DATE_NONE)
			span_add(out, (struct span){.kind = 'O', .a = s->accepted, .b = s->closed - 1});
	}

	/* M, N, A: closed (counted in 结案 or 案外调解成功) and never heard (for
	 * the mediator), of those settled, and closed (for the arbitrator),
	 * counted for the person the case names; from the closing
	 * day on, so that the cases closed in a period are the difference of
	 * two days' counts (the weekly summary's load of each person). */
	if (s->stage == STAGE_CLOSED && s->closed != DATE_NONE &&
	    (s->has_accepted || strcmp(s->outcome, "案外调解") == 0)) {
		if (s->no_hearing) {
			span_add(out, (struct span){.kind = 'M', .a = s->closed, .b = INF});
			if (strcmp(s->outcome, "调解") == 0 || strcmp(s->outcome, "案外调解") == 0)
				span_add(out, (struct span){.kind = 'N', .a = s->closed, .b = INF});
		}
		span_add(out, (struct span){.kind = 'A', .a = s->closed, .b = INF});
	}

	/* The days a suspension begins or ends, for L and D. */
	struct days sd = {0};
	if (s->susp_flag)
		for (size_t i = 0; i < s->nj; i++)
			if (!s->j[i].undone &&
			    (strcmp(s->j[i].kind, "suspend") == 0 || strcmp(s->j[i].kind, "resume") == 0))
				day_add(&sd, s->j[i].eff);

	/* L: accepted by the day, its 审限 (the close clock, extension
	 * included) due before the day, in the population and not
	 * suspended. */
	const struct clk *close = NULL;
	for (size_t i = 0; i < s->nk; i++)
		if (strcmp(s->k[i].name, "close") == 0)
			close = &s->k[i];
	if (s->accepted != DATE_NONE && close && close->due != DATE_NONE) {
		int from = s->accepted > close->due + 1 ? s->accepted : close->due + 1;
		bp.n = 0;
		day_add(&bp, from);
		if (s->stage == STAGE_CLOSED)
			day_add(&bp, s->closed);
		for (size_t i = 0; i < sd.n; i++)
			day_add(&bp, sd.v[i]);
		days_sort(&bp);
		for (size_t i = 0; i < bp.n; i++) {
			int d = bp.v[i], b = i + 1 < bp.n ? bp.v[i + 1] - 1 : INF;
			if (d < from || !open_on(s, d) || suspended_on(s, d))
				continue;
			if (out->n && out->v[out->n - 1].kind == 'L' && out->v[out->n - 1].b == d - 1)
				out->v[out->n - 1].b = b;
			else
				span_add(out, (struct span){.kind = 'L', .a = d, .b = b});
		}
	}

	/* D: the earliest running statutory clock changes where a clock starts
	 * or ends, where the population ends and where a suspension begins or
	 * ends. */
	bp.n = 0;
	for (size_t i = 0; i < s->nk; i++) {
		if (!s->k[i].statutory)
			continue;
		day_add(&bp, s->k[i].start);
		day_add(&bp, s->k[i].end);
	}
	if (s->stage == STAGE_CLOSED)
		day_add(&bp, s->closed);
	for (size_t i = 0; i < sd.n; i++)
		day_add(&bp, sd.v[i]);
	days_sort(&bp);
	for (size_t i = 0; i < bp.n; i++) {
		const struct clk *k = first_clock(s, bp.v[i]);
		int b = i + 1 < bp.n ? bp.v[i + 1] - 1 : INF;
		if (!k)
			continue;
		struct span *last = out->n ? &out->v[out->n - 1] : NULL;
		if (last && last->kind == 'D' && last->due == k->due &&
		    strcmp(last->clock, k->name) == 0 && last->b == bp.v[i] - 1) {
			last->b = b;
			continue;
		}
		struct span x = {.kind = 'D', .a = bp.v[i], .b = b, .due = k->due};
		snprintf(x.clock, sizeof x.clock, "%s", k->name);
		span_add(out, x);
	}
	free(bp.v);
	free(sd.v);
	/* P: each day something was paid, with the day before it something
	 * was (so that the cases paid in a period are its days whose day
	 * before lies outside it: no count of distinct cases). */
	for (size_t i = 0; i < s->np; i++) {
		struct span x = {.kind = 'P', .a = s->p[i].day, .b = i ? s->p[i - 1].day : DATE_NONE};
		x.ev[0] = s->p[i].amount;
		if (s->p[i].day != DATE_NONE) {
			out->v = xgrow(out->v, &out->cap, out->n + 1, sizeof *out->v);
			out->v[out->n++] = x;
		}
	}
	derive_events(s, out);
}

/* ---- the spans as text ------------------------------------------------- */

/* "S2:20330-20340 O:20330- D:20330-20335:20335:tribunal": days as day
 * numbers, an open end left empty. */
static void spans_text(const struct spans *s, struct strbuf *sb)
{
	sb->len = 0;
	sb_puts(sb, "");
	for (size_t i = 0; i < s->n; i++) {
		const struct span *x = &s->v[i];
		if (i)
			sb_puts(sb, " ");
		if (x->kind == 'E') {
			/* "E:20330:0=1,1=1": the day, then the figures not 0 */
			sb_printf(sb, "E:%d:", x->a);
			const char *sep = "";
			for (int k = 0; k < TALLY_EV_COUNT; k++) {
				if (x->ev[k]) {
					sb_printf(sb, "%s%d=%lld", sep, k, (long long)x->ev[k]);
					sep = ",";
				}
			}
			continue;
		}
		if (x->kind == 'P') {
			/* "P:20330:20320:500000": the day, the day before (or
			 * nothing), the amount */
			sb_printf(sb, "P:%d:", x->a);
			if (x->b != DATE_NONE)
				sb_printf(sb, "%d", x->b);
			sb_printf(sb, ":%lld", (long long)x->ev[0]);
			continue;
		}
		if (x->kind == 'S')
			sb_printf(sb, "S%d", x->stage);
		else
			sb_printf(sb, "%c", x->kind);
		sb_printf(sb, ":%d-", x->a);
		if (x->b != INF)
			sb_printf(sb, "%d", x->b);
		if (x->kind == 'D')
			sb_printf(sb, ":%d:%s", x->due, x->clock);
	}
}

/* The text spans_text wrote; false when it is not such a text. */
static bool spans_parse(const char *t, struct spans *out)
{
	out->n = 0;
	while (*t) {
		struct span x = {.kind = *t++};
		char *end;
		if (x.kind == 'P') {
			if (*t++ != ':')
				return false;
			x.a = (int)strtol(t, &end, 10);
			if (end == t || *end != ':')
				return false;
			t = end + 1;
			x.b = DATE_NONE;
			if (*t != ':') {
				x.b = (int)strtol(t, &end, 10);
				if (end == t)
					return false;
				t = end;
			}
			if (*t++ != ':')
				return false;
			x.ev[0] = strtoll(t, &end, 10);
			if (end == t)
				return false;
			t = end;
			out->v = xgrow(out->v, &out->cap, out->n + 1, sizeof *out->v);
			out->v[out->n++] = x;
			if (*t == ' ')
				t++;
			else if (*t)
				return false;
			continue;
		}
		if (x.kind == 'E') {
			if (*t++ != ':')
				return false;
			x.a = x.b = (int)strtol(t, &end, 10);
			if (end == t || *end != ':')
				return false;
			t = end + 1;
			while (*t >= '0' && *t <= '9') {
				long k = strtol(t, &end, 10);
				if (*end != '=' || k < 0 || k >= TALLY_EV_COUNT)
					return false;
				t = end + 1;
				x.ev[k] = strtoll(t, &end, 10);
				if (end == t)
					return false;
				t = end;
				if (*t == ',')
					t++;
			}
			span_add(out, x);
			if (*t == ' ')
				t++;
			else if (*t)
				return false;
			continue;
		}
		if (x.kind == 'S')
			x.stage = (int)strtol(t, (char **)&t, 10);
		if (*t++ != ':')
			return false;
		x.a = (int)strtol(t, &end, 10);
		if (end == t || *end != '-')
			return false;
		t = end + 1;
		x.b = INF;
		if (*t >= '0' && *t <= '9')
			x.b = (int)strtol(t, (char **)&t, 10);
		if (x.kind == 'D') {
			if (*t++ != ':')
				return false;
			x.due = (int)strtol(t, &end, 10);
			if (end == t || *end != ':')
				return false;
			t = end + 1;
			size_t n = strcspn(t, " ");
			if (n == 0 || n >= sizeof x.clock)
				return false;
			memcpy(x.clock, t, n);
			x.clock[n] = '\0';
			t += n;
		} else if (!strchr("SOLMNA", x.kind)) {
			return false;
		}
		span_add(out, x);
		if (*t == ' ')
			t++;
		else if (*t)
			return false;
	}
	return true;
}

/* ---- counts as they change ------------------------------------------------ */

/*
 * The +1/-1 counts a set of cases adds, summed in memory before they are
 * written: key "L\x1fwhat\x1fday\x1fkey\x1ffast\x1fsimple\x1fcollective\x1findustry",
 * L 'd' for tally_days (day ISO) or 'm' for tally_months (day "YYYY-MM").
 * An open-addressing table; industry goes last, so it may hold anything
 * but a NUL (it holds no control character: text_check).
 */
struct cnt {
	char *key;
	long n;
};

struct counts {
	struct cnt *v;
	size_t cap, used;
};

static uint64_t hash(const char *s)
{
	uint64_t h = 0xcbf29ce484222325ull;
	while (*s)
		h = (h ^ (unsigned char)*s++) * 0x100000001b3ull;
	return h;
}

static void counts_put(struct counts *c, const char *key, long n);

static void counts_grow(struct counts *c)
{
	struct counts old = *c;

	c->cap = old.cap ? old.cap * 2 : 1024;
	c->v = xcalloc(c->cap, sizeof *c->v);
	c->used = 0;
	for (size_t i = 0; i < old.cap; i++) {
		if (old.v[i].key) {
			counts_put(c, old.v[i].key, old.v[i].n);
			free(old.v[i].key);
		}
	}
	free(old.v);
}

static void counts_put(struct counts *c, const char *key, long n)
{
	if ((c->used + 1) * 2 > c->cap)
		counts_grow(c);
	size_t i = hash(key) & (c->cap - 1);
	while (c->v[i].key && strcmp(c->v[i].key, key) != 0)
		i = (i + 1) & (c->cap - 1);
	if (!c->v[i].key) {
		c->v[i].key = xstrdup(key);
		c->used++;
	}
	c->v[i].n += n;
}

static void counts_free(struct counts *c)
{
	for (size_t i = 0; i < c->cap; i++)
		free(c->v[i].key);
	free(c->v);
	memset(c, 0, sizeof *c);
}

/* The events (E) a set of cases adds, by day or month and slice: key
 * "L\x1fday\x1ffast\x1fsimple\x1fcollective\x1findustry" as above. */
struct ecnt {
	char *key;
	int64_t v[TALLY_EV_COUNT];
};

struct ecounts {
	struct ecnt *v;
	size_t cap, used;
};

static void ecounts_put(struct ecounts *c, const char *key, const int64_t *v, int64_t sign);

static void ecounts_grow(struct ecounts *c)
{
	struct ecounts old = *c;

	c->cap = old.cap ? old.cap * 2 : 1024;
	c->v = xcalloc(c->cap, sizeof *c->v);
	c->used = 0;
	for (size_t i = 0; i < old.cap; i++) {
		if (old.v[i].key) {
			ecounts_put(c, old.v[i].key, old.v[i].v, 1);
			free(old.v[i].key);
		}
	}
	free(old.v);
}

static void ecounts_put(struct ecounts *c, const char *key, const int64_t *v, int64_t sign)
{
	if ((c->used + 1) * 2 > c->cap)
		ecounts_grow(c);
	size_t i = hash(key) & (c->cap - 1);
	while (c->v[i].key && strcmp(c->v[i].key, key) != 0)
		i = (i + 1) & (c->cap - 1);
	if (!c->v[i].key) {
		c->v[i].key = xstrdup(key);
		c->used++;
	}
	for (int k = 0; k < TALLY_EV_COUNT; k++)
		c->v[i].v[k] += sign * v[k];
}

static void ecounts_free(struct ecounts *c)
{
	for (size_t i = 0; i < c->cap; i++)
		free(c->v[i].key);
	free(c->v);
	memset(c, 0, sizeof *c);
}

/* Both kinds of sums, as a refresh or a check collects them. */
struct tallies {
	struct counts c;
	struct ecounts ev;
};

static void tallies_free(struct tallies *t)
{
	counts_free(&t->c);
	ecounts_free(&t->ev);
}

/* ISO YYYY-MM-DD of day into iso (DATE_ISO_LEN), without printf: a
 * refresh of every case writes millions of them. */
static void iso_fast(int day, char iso[DATE_ISO_LEN])
{
	int y, m, d;

	date_to_ymd(day, &y, &m, &d);
	if (y < 0 || y > 9999) {
		date_iso(day, iso);
		return;
	}
	iso[0] = (char)('0' + y / 1000);
	iso[1] = (char)('0' + y / 100 % 10);
	iso[2] = (char)('0' + y / 10 % 10);
	iso[3] = (char)('0' + y % 10);
	iso[4] = '-';
	iso[5] = (char)('0' + m / 10);
	iso[6] = (char)('0' + m % 10);
	iso[7] = '-';
	iso[8] = (char)('0' + d / 10);
	iso[9] = (char)('0' + d % 10);
	iso[10] = '\0';
}

/* The slice part of a key: "fast\x1fsimple\x1fcollective\x1findustry" of
 * the case (for O, L, the 超期 days and the events), or zeros and '' (for
 * stages and people). */
static void slice_key(const struct attrs *at, struct strbuf *out)
{
	out->len = 0;
	if (at)
		sb_printf(out, "%lld\x1f%lld\x1f%lld\x1f%s", (long long)at->fast, (long long)at->simple,
			  (long long)at->collective, at->industry);
	else
		sb_puts(out, "0\x1f" "0\x1f" "0\x1f");
}

/* "L\x1fwhat\x1fday\x1fkey\x1f" + slice, for both levels (L 'd': the
 * day, 'm': its month). */
static void count_one(struct counts *c, const char *what, const char *key, const char *slice,
		      int day, long n, struct strbuf *sb)
{
	char iso[DATE_ISO_LEN];
	size_t lw = strlen(what), lk = strlen(key), ls = strlen(slice);

	iso_fast(day, iso);
	for (int level = 0; level < 2; level++) {
		sb->len = 0;
		sb_add(sb, level ? "m\x1f" : "d\x1f", 2);
		sb_add(sb, what, lw);
		sb_add(sb, "\x1f", 1);
		sb_add(sb, iso, level ? 7 : 10);
		sb_add(sb, "\x1f", 1);
		sb_add(sb, key, lk);
		sb_add(sb, "\x1f", 1);
		sb_add(sb, slice, ls);
		counts_put(c, sb_str(sb), n);
	}
}

static void count_span(struct counts *c, const char *what, const char *key, const char *slice,
		       int a, int b, long sign, struct strbuf *sb)
{
	if (a == DATE_NONE || b < a)
		return;
	count_one(c, what, key, slice, a, sign, sb);
	if (b != INF)
		count_one(c, what, key, slice, b + 1, -sign, sb);
}

/* Everything a case with these attributes and spans counts, times sign. */
static void count_case(struct tallies *t, const struct attrs *at, const struct spans *s, long sign,
		       struct strbuf *sb)
{
	struct counts *c = &t->c;
	struct strbuf own = {0}, none = {0};
	char id[24], iso[DATE_ISO_LEN];

	slice_key(at, &own);
	slice_key(NULL, &none);

	for (size_t i = 0; i < s->n; i++) {
		const struct span *x = &s->v[i];
		switch (x->kind) {
		case 'E':
			iso_fast(x->a, iso);
			for (int level = 0; level < 2; level++) {
				sb->len = 0;
				sb_add(sb, level ? "m\x1f" : "d\x1f", 2);
				sb_add(sb, iso, level ? 7 : 10);
				sb_add(sb, "\x1f", 1);
				sb_puts(sb, sb_str(&own));
				ecounts_put(&t->ev, sb_str(sb), x->ev, sign);
			}
			break;
		case 'S':
			if (x->stage < 0 || x->stage >= STAGE_COUNT)
				break;
			count_span(c, "stage", stage_name((enum stage)x->stage), sb_str(&none), x->a, x->b,
				   sign, sb);
			if (at->mediator &&
			    (x->stage == STAGE_PREMEDIATION || x->stage == STAGE_MEDIATING)) {
				snprintf(id, sizeof id, "%lld", (long long)at->mediator);
				count_span(c, "mediator", id, sb_str(&none), x->a, x->b, sign, sb);
			}
			if (at->arbitrator) {
				snprintf(id, sizeof id, "%lld", (long long)at->arbitrator);
				count_span(c, "arbitrator", id, sb_str(&none), x->a, x->b, sign, sb);
			}
			break;
		case 'O':
			count_span(c, "open", "", sb_str(&own), x->a, x->b, sign, sb);
			break;
		case 'M':
		case 'N':
			if (at->mediator) {
				snprintf(id, sizeof id, "%lld", (long long)at->mediator);
				count_span(c, x->kind == 'M' ? "mediator_closed" : "mediator_settled", id,
					   sb_str(&none), x->a, x->b, sign, sb);
			}
			break;
		case 'A':
			if (at->arbitrator) {
				snprintf(id, sizeof id, "%lld", (long long)at->arbitrator);
				count_span(c, "arbitrator_closed", id, sb_str(&none), x->a, x->b, sign, sb);
			}
			break;
		case 'L':
			count_span(c, "over_limit", "", sb_str(&own), x->a, x->b, sign, sb);
			break;
		case 'D':
			/* 超期 from the day after the clock's due date. */
			count_span(c, "overdue", "", sb_str(&own), x->a > x->due ? x->a : x->due + 1, x->b, sign,
				   sb);
			break;
		}
	}
	sb_free(&own);
	sb_free(&none);
}

/* The length class of a span: c for 2^c <= days < 2^(c+1). */
static int span_class(const struct span *x)
{
	if (x->b == INF)
		return CLASS_OPEN;
	unsigned long len = (unsigned long)((long)x->b - x->a + 1);
	int c = 0;
	while (len >>= 1)
		c++;
	return c;
}

/* ---- where the counts go ------------------------------------------------- */

/* The tables a refresh writes: the kept ones, or this connection's own
 * temporary ones when it cannot write (read-only, or locked). */
struct sink {
	const char *day_up, *day_zero, *month_up, *month_zero;
	const char *due_del, *due_put, *case_put, *case_del, *mark;
	const char *ev_day_up, *ev_day_zero, *ev_month_up, *ev_month_zero;
	const char *pay_del, *pay_put;
};

#define EV_COL(c) ", " #c
#define EV_Q(c) ", ?"
#define EV_SET(c) ", " #c " = " #c " + excluded." #c
#define EV_ZERO(c) " AND " #c " = 0"
#define EV_SUM(c) ", sum(" #c ")"
#define EV_DDL(c) ", " #c " INTEGER NOT NULL"
/* Add a row of events in table t keyed by day column d; returns whether
 * the row is all zeros now. */
#define EV_UP(t, d)                                                                        \
	"INSERT INTO " t "(" d ", fast, simple, collective, industry" TALLY_EVENTS(EV_COL)       \
	") VALUES (?, ?, ?, ?, ?" TALLY_EVENTS(EV_Q) ") ON CONFLICT DO UPDATE SET " d " = excluded." d \
	TALLY_EVENTS(EV_SET) " RETURNING 1" TALLY_EVENTS(EV_ZERO)
#define EV_DEL(t, d)                                                                       \
	"DELETE FROM " t " WHERE " d " = ?1 AND fast = ?2 AND simple = ?3 AND collective = ?4"    \
	" AND industry = ?5"

static const struct sink kept = {
	"INSERT INTO tally_days(what, day, key, fast, simple, collective, industry, n)"
	" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
	" ON CONFLICT DO UPDATE SET n = n + excluded.n RETURNING n",
	"DELETE FROM tally_days WHERE what = ?1 AND day = ?2 AND key = ?3 AND fast = ?4"
	" AND simple = ?5 AND collective = ?6 AND industry = ?7 AND n = 0",
	"INSERT INTO tally_months(what, month, key, fast, simple, collective, industry, n)"
	" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
	" ON CONFLICT DO UPDATE SET n = n + excluded.n RETURNING n",
	"DELETE FROM tally_months WHERE what = ?1 AND month = ?2 AND key = ?3 AND fast = ?4"
	" AND simple = ?5 AND collective = ?6 AND industry = ?7 AND n = 0",
	"DELETE FROM tally_due WHERE span_class = ?1 AND from_day = ?2 AND case_id = ?3",
	"INSERT INTO tally_due(span_class, from_day, case_id, to_day, due_on, clock, year, seq)"
	" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
	"INSERT OR REPLACE INTO tally_cases(case_id, fast, simple, collective, industry,"
	" mediator_id, arbitrator_id, year, seq, spans) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
	"DELETE FROM tally_cases WHERE case_id = ?1",
	"DELETE FROM tally_dirty WHERE case_id = ?1",
	EV_UP("tally_event_days", "day"),
	EV_DEL("tally_event_days", "day"),
	EV_UP("tally_event_months", "month"),
	EV_DEL("tally_event_months", "month"),
	"DELETE FROM tally_pay WHERE day = ?1 AND case_id = ?2",
	"INSERT INTO tally_pay(day, case_id, before, amount, fast, simple, collective, industry)"
	" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
};

static const struct sink fix = {
	"INSERT INTO temp.tally_fix_days(what, day, key, fast, simple, collective, industry, n)"
	" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
	" ON CONFLICT DO UPDATE SET n = n + excluded.n RETURNING n",
	NULL,
	"INSERT INTO temp.tally_fix_months(what, month, key, fast, simple, collective, industry, n)"
	" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
	" ON CONFLICT DO UPDATE SET n = n + excluded.n RETURNING n",
	NULL,
	NULL,
	"INSERT INTO temp.tally_fix_due(span_class, from_day, case_id, to_day, due_on, clock, year, seq)"
	" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
	NULL,
	NULL,
	"INSERT OR IGNORE INTO temp.tally_fix_cases(case_id) VALUES (?1)",
	EV_UP("temp.tally_fix_event_days", "day"),
	NULL,
	EV_UP("temp.tally_fix_event_months", "month"),
	NULL,
	NULL,
	"INSERT INTO temp.tally_fix_pay(day, case_id, before, amount, fast, simple, collective,"
	" industry) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
};

/* This connection's own corrections, read beside the kept tables. */
static enum tc_status ensure_fix(struct db *db, struct tc_err *e)
{
	static const char sql[] =
		"CREATE TEMP TABLE IF NOT EXISTS tally_fix_days(what TEXT NOT NULL, day TEXT NOT NULL,"
		"  key TEXT NOT NULL, fast INTEGER NOT NULL, simple INTEGER NOT NULL,"
		"  collective INTEGER NOT NULL, industry TEXT NOT NULL, n INTEGER NOT NULL,"
		"  PRIMARY KEY (what, day, key, fast, simple, collective, industry)) WITHOUT ROWID;"
		"CREATE TEMP TABLE IF NOT EXISTS tally_fix_months(what TEXT NOT NULL, month TEXT NOT NULL,"
		"  key TEXT NOT NULL, fast INTEGER NOT NULL, simple INTEGER NOT NULL,"
		"  collective INTEGER NOT NULL, industry TEXT NOT NULL, n INTEGER NOT NULL,"
		"  PRIMARY KEY (what, month, key, fast, simple, collective, industry)) WITHOUT ROWID;"
		"CREATE TEMP TABLE IF NOT EXISTS tally_fix_due(span_class INTEGER NOT NULL,"
		"  from_day TEXT NOT NULL, case_id INTEGER NOT NULL, to_day TEXT, due_on TEXT NOT NULL,"
		"  clock TEXT NOT NULL, year INTEGER, seq INTEGER,"
		"  PRIMARY KEY (span_class, from_day, case_id)) WITHOUT ROWID;"
		"CREATE TEMP TABLE IF NOT EXISTS tally_fix_cases(case_id INTEGER PRIMARY KEY);"
		"CREATE TEMP TABLE IF NOT EXISTS tally_fix_event_days(day TEXT NOT NULL,"
		"  fast INTEGER NOT NULL, simple INTEGER NOT NULL, collective INTEGER NOT NULL,"
		"  industry TEXT NOT NULL" TALLY_EVENTS(EV_DDL) ","
		"  PRIMARY KEY (day, fast, simple, collective, industry)) WITHOUT ROWID;"
		"CREATE TEMP TABLE IF NOT EXISTS tally_fix_event_months(month TEXT NOT NULL,"
		"  fast INTEGER NOT NULL, simple INTEGER NOT NULL, collective INTEGER NOT NULL,"
		"  industry TEXT NOT NULL" TALLY_EVENTS(EV_DDL) ","
		"  PRIMARY KEY (month, fast, simple, collective, industry)) WITHOUT ROWID;"
		"CREATE TEMP TABLE IF NOT EXISTS tally_fix_pay(day TEXT NOT NULL, case_id INTEGER NOT NULL,"
		"  before TEXT, amount INTEGER NOT NULL, fast INTEGER NOT NULL, simple INTEGER NOT NULL,"
		"  collective INTEGER NOT NULL, industry TEXT NOT NULL,"
		"  PRIMARY KEY (day, case_id)) WITHOUT ROWID;";
	int rc = sqlite3_exec(db->h, sql, NULL, NULL, NULL);

	return rc == SQLITE_OK ? TC_OK : db_fail(db, rc, "准备统计", e);
}

static enum tc_status clear_fix(struct db *db, struct tc_err *e)
{
	static const char sql[] =
		"DELETE FROM temp.tally_fix_days; DELETE FROM temp.tally_fix_months;"
		" DELETE FROM temp.tally_fix_due; DELETE FROM temp.tally_fix_cases;"
		" DELETE FROM temp.tally_fix_event_days; DELETE FROM temp.tally_fix_event_months;"
		" DELETE FROM temp.tally_fix_pay;";
	int rc = sqlite3_exec(db->h, sql, NULL, NULL, NULL);

	return rc == SQLITE_OK ? TC_OK : db_fail(db, rc, "准备统计", e);
}

/* Split a sums key into its n fields (the last may hold anything). */
static void key_fields(char *key, char **f, int n)
{
	for (int i = 0; i < n; i++) {
		f[i] = key;
		if (i < n - 1) {
			char *sep = strchr(key, '\x1f');
			if (!sep) { /* cannot happen: the keys are written so */
				for (int k = i + 1; k < n; k++)
					f[k] = "";
				return;
			}
			*sep = '\0';
			key = sep + 1;
		}
	}
}

static enum tc_status counts_write(struct db *db, const struct sink *to, struct counts *c,
				   struct tc_err *e)
{
	for (size_t i = 0; i < c->cap; i++) {
		if (!c->v[i].key || c->v[i].n == 0)
			continue;
		char *f[8];
		key_fields(c->v[i].key, f, 8);
		bool month = f[0][0] == 'm';
		sqlite3_stmt *st = db_prep(db, month ? to->month_up : to->day_up);
		sqlite3_bind_text(st, 1, f[1], -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, f[2], -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, f[3], -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 4, strtoll(f[4], NULL, 10));
		sqlite3_bind_int64(st, 5, strtoll(f[5], NULL, 10));
		sqlite3_bind_int64(st, 6, strtoll(f[6], NULL, 10));
		sqlite3_bind_text(st, 7, f[7], -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 8, c->v[i].n);
		int rc = sqlite3_step(st);
		bool zero = rc == SQLITE_ROW && sqlite3_column_int64(st, 0) == 0;
		if (rc == SQLITE_ROW)
			rc = sqlite3_step(st);
		sqlite3_reset(st);
		if (rc != SQLITE_DONE)
			return db_fail(db, rc, "记录统计", e);
		const char *z = month ? to->month_zero : to->day_zero;
		if (zero && z) {
			st = db_prep(db, z);
			for (int k = 1; k <= 7; k++) {
				if (k >= 4 && k <= 6)
					sqlite3_bind_int64(st, k, strtoll(f[k], NULL, 10));
				else
					sqlite3_bind_text(st, k, f[k], -1, SQLITE_STATIC);
			}
			rc = sqlite3_step(st);
			sqlite3_reset(st);
			if (rc != SQLITE_DONE)
				return db_fail(db, rc, "记录统计", e);
		}
	}
	return TC_OK;
}

static enum tc_status ecounts_write(struct db *db, const struct sink *to, struct ecounts *c,
				    struct tc_err *e)
{
	for (size_t i = 0; i < c->cap; i++) {
		bool any = false;
		if (!c->v[i].key)
			continue;
		for (int k = 0; k < TALLY_EV_COUNT; k++)
			any = any || c->v[i].v[k] != 0;
		if (!any)
			continue;
		char *f[6];
		key_fields(c->v[i].key, f, 6);
		bool month = f[0][0] == 'm';
		sqlite3_stmt *st = db_prep(db, month ? to->ev_month_up : to->ev_day_up);
		sqlite3_bind_text(st, 1, f[1], -1, SQLITE_STATIC);
		for (int k = 2; k <= 4; k++)
			sqlite3_bind_int64(st, k, strtoll(f[k], NULL, 10));
		sqlite3_bind_text(st, 5, f[5], -1, SQLITE_STATIC);
		for (int k = 0; k < TALLY_EV_COUNT; k++)
			sqlite3_bind_int64(st, 6 + k, c->v[i].v[k]);
		int rc = sqlite3_step(st);
		bool zero = rc == SQLITE_ROW && sqlite3_column_int(st, 0) != 0;
		if (rc == SQLITE_ROW)
			rc = sqlite3_step(st);
		sqlite3_reset(st);
		if (rc != SQLITE_DONE)
			return db_fail(db, rc, "记录统计", e);
		const char *z = month ? to->ev_month_zero : to->ev_day_zero;
		if (zero && z) {
			st = db_prep(db, z);
			sqlite3_bind_text(st, 1, f[1], -1, SQLITE_STATIC);
			for (int k = 2; k <= 4; k++)
				sqlite3_bind_int64(st, k, strtoll(f[k], NULL, 10));
			sqlite3_bind_text(st, 5, f[5], -1, SQLITE_STATIC);
			rc = sqlite3_step(st);
			sqlite3_reset(st);
			if (rc != SQLITE_DONE)
				return db_fail(db, rc, "记录统计", e);
		}
	}
	return TC_OK;
}

static enum tc_status tallies_write(struct db *db, const struct sink *to, struct tallies *t,
				    struct tc_err *e)
{
	enum tc_status st = counts_write(db, to, &t->c, e);
	return st == TC_OK ? ecounts_write(db, to, &t->ev, e) : st;
}

/* The tally_due rows of spans s (D only), removed or added. */
static enum tc_status due_rows(struct db *db, const char *sql, int64_t id, const struct attrs *at,
			       const struct spans *s, bool put, struct tc_err *e)
{
	char a[DATE_ISO_LEN], b[DATE_ISO_LEN], d[DATE_ISO_LEN];

	for (size_t i = 0; i < s->n; i++) {
		const struct span *x = &s->v[i];
		if (x->kind != 'D')
			continue;
		sqlite3_stmt *st = db_prep(db, sql);
		sqlite3_bind_int(st, 1, span_class(x));
		sqlite3_bind_text(st, 2, date_iso(x->a, a), -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 3, id);
		if (put) {
			if (x->b == INF)
				sqlite3_bind_null(st, 4);
			else
				sqlite3_bind_text(st, 4, date_iso(x->b, b), -1, SQLITE_STATIC);
			sqlite3_bind_text(st, 5, date_iso(x->due, d), -1, SQLITE_STATIC);
			sqlite3_bind_text(st, 6, x->clock, -1, SQLITE_STATIC);
			sqlite3_bind_int64(st, 7, at->year);
			sqlite3_bind_int64(st, 8, at->seq);
		}
		int rc = sqlite3_step(st);
		sqlite3_reset(st);
		if (rc != SQLITE_DONE)
			return db_fail(db, rc, "记录统计", e);
	}
	return TC_OK;
}

/* The tally_pay rows of spans s (P only), removed or added. */
static enum tc_status pay_rows(struct db *db, const char *sql, int64_t id, const struct attrs *at,
			       const struct spans *s, bool put, struct tc_err *e)
{
	char a[DATE_ISO_LEN], b[DATE_ISO_LEN];

	for (size_t i = 0; i < s->n; i++) {
		const struct span *x = &s->v[i];
		if (x->kind != 'P')
			continue;
		sqlite3_stmt *st = db_prep(db, sql);
		sqlite3_bind_text(st, 1, date_iso(x->a, a), -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 2, id);
		if (put) {
			if (x->b == DATE_NONE)
				sqlite3_bind_null(st, 3);
			else
				sqlite3_bind_text(st, 3, date_iso(x->b, b), -1, SQLITE_STATIC);
			sqlite3_bind_int64(st, 4, x->ev[0]);
			sqlite3_bind_int64(st, 5, at->fast);
			sqlite3_bind_int64(st, 6, at->simple);
			sqlite3_bind_int64(st, 7, at->collective);
			sqlite3_bind_text(st, 8, at->industry, -1, SQLITE_STATIC);
		}
		int rc = sqlite3_step(st);
		sqlite3_reset(st);
		if (rc != SQLITE_DONE)
			return db_fail(db, rc, "记录统计", e);
	}
	return TC_OK;
}

/* What tally_cases holds for case id: false when nothing. */
static enum tc_status kept_case(struct db *db, int64_t id, bool *found, struct attrs *at,
				struct strbuf *text, struct tc_err *e)
{
	static const char sql[] =
		"SELECT fast, simple, collective, industry, mediator_id, arbitrator_id, year, seq, spans"
		" FROM tally_cases WHERE case_id = ?1";
	sqlite3_stmt *st = db_prep(db, sql);
	int rc;

	memset(at, 0, sizeof *at);
	text->len = 0;
	sb_puts(text, "");
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	*found = rc == SQLITE_ROW;
	if (*found) {
		at->fast = sqlite3_column_int64(st, 0);
		at->simple = sqlite3_column_int64(st, 1);
		at->collective = sqlite3_column_int64(st, 2);
		snprintf(at->industry, sizeof at->industry, "%s", db_col_text(st, 3));
		at->mediator = sqlite3_column_int64(st, 4);
		at->arbitrator = sqlite3_column_int64(st, 5);
		at->year = sqlite3_column_int64(st, 6);
		at->seq = sqlite3_column_int64(st, 7);
		sb_puts(text, db_col_text(st, 8));
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "读取统计", e);
}

static bool attrs_same(const struct attrs *a, const struct attrs *b)
{
	return a->fast == b->fast && a->simple == b->simple && a->collective == b->collective &&
	       strcmp(a->industry, b->industry) == 0 && a->mediator == b->mediator &&
	       a->arbitrator == b->arbitrator && a->year == b->year && a->seq == b->seq;
}

/* One marked case: what it counted taken away, what it counts now
 * added (into c), its rows of tally_due and tally_cases rewritten. */
static enum tc_status redo(struct db *db, const struct sink *to, int64_t id, struct tallies *c,
			   struct tc_err *e)
{
	struct attrs old_at, new_at;
	struct strbuf old_text = {0}, new_text = {0}, key = {0};
	struct spans old = {0}, now = {0};
	struct src s;
	bool found;
	enum tc_status st;

	if ((st = kept_case(db, id, &found, &old_at, &old_text, e)) != TC_OK)
		goto out;
	if ((st = load(db, id, &s, &new_at, e)) != TC_OK) {
		src_free(&s);
		goto out;
	}
	derive(&s, &now);
	spans_text(&now, &new_text);
	bool exists = s.exists;
	src_free(&s);
	if (to == &kept && found == exists && attrs_same(&old_at, &new_at) &&
	    strcmp(sb_str(&old_text), sb_str(&new_text)) == 0)
		goto mark; /* nothing it counts has changed */
	if (found && !spans_parse(sb_str(&old_text), &old)) {
		st = err_set(e, TC_STORAGE, "tally",
			     "统计表中案件 %lld 的记录无法读取, 请运行 tiaocai check --repair 重新推算",
			     (long long)id);
		goto out;
	}
	if (found) {
		count_case(c, &old_at, &old, -1, &key);
		if (to->due_del && ((st = due_rows(db, to->due_del, id, &old_at, &old, false, e)) != TC_OK ||
				    (st = pay_rows(db, to->pay_del, id, &old_at, &old, false, e)) != TC_OK))
			goto out;
	}
	if (exists) {
		count_case(c, &new_at, &now, +1, &key);
		if ((st = due_rows(db, to->due_put, id, &new_at, &now, true, e)) != TC_OK ||
		    (st = pay_rows(db, to->pay_put, id, &new_at, &now, true, e)) != TC_OK)
			goto out;
	}
	if (to == &kept) {
		sqlite3_stmt *q = db_prep(db, exists ? to->case_put : to->case_del);
		sqlite3_bind_int64(q, 1, id);
		if (exists) {
			sqlite3_bind_int64(q, 2, new_at.fast);
			sqlite3_bind_int64(q, 3, new_at.simple);
			sqlite3_bind_int64(q, 4, new_at.collective);
			sqlite3_bind_text(q, 5, new_at.industry, -1, SQLITE_STATIC);
			sqlite3_bind_int64(q, 6, new_at.mediator);
			sqlite3_bind_int64(q, 7, new_at.arbitrator);
			sqlite3_bind_int64(q, 8, new_at.year);
			sqlite3_bind_int64(q, 9, new_at.seq);
			sqlite3_bind_text(q, 10, sb_str(&new_text), -1, SQLITE_STATIC);
		}
		int rc = sqlite3_step(q);
		sqlite3_reset(q);
		if (rc != SQLITE_DONE) {
			st = db_fail(db, rc, "记录统计", e);
			goto out;
		}
	}
mark: {
	sqlite3_stmt *q = db_prep(db, to->mark);
	sqlite3_bind_int64(q, 1, id);
	int rc = sqlite3_step(q);
	sqlite3_reset(q);
	if (rc != SQLITE_DONE)
		st = db_fail(db, rc, "记录统计", e);
}
out:
	free(old.v);
	free(now.v);
	sb_free(&old_text);
	sb_free(&new_text);
	sb_free(&key);
	return st;
}

/* The marked cases, in id order. */
static enum tc_status marked(struct db *db, int64_t **ids, size_t *n, struct tc_err *e)
{
	static const char sql[] = "SELECT case_id FROM tally_dirty ORDER BY case_id";
	sqlite3_stmt *st = db_prep(db, sql);
	size_t cap = 0;
	int rc;

	*ids = NULL;
	*n = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*ids = xgrow(*ids, &cap, *n + 1, sizeof **ids);
		(*ids)[(*n)++] = sqlite3_column_int64(st, 0);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "读取统计", e);
}

/* Derive the marked cases into `to`; the caller holds the transaction
 * when `to` is the kept tables. */
static enum tc_status run_marked(struct db *db, const struct sink *to, struct tc_err *e)
{
	struct tallies c = {0};
	int64_t *ids;
	size_t n;
	enum tc_status st;

	if ((st = marked(db, &ids, &n, e)) != TC_OK)
		return st;
	for (size_t i = 0; i < n && st == TC_OK; i++) {
		st = redo(db, to, ids[i], &c, e);
		/* Written now and then, so that marking every case of a big
		 * office (the migration) keeps the sums in memory small. */
		if (st == TC_OK && c.c.used + c.ev.used > 200000) {
			st = tallies_write(db, to, &c, e);
			tallies_free(&c);
		}
	}
	if (st == TC_OK)
		st = tallies_write(db, to, &c, e);
	tallies_free(&c);
	free(ids);
	return st;
}

enum tc_status tally_fill(struct db *db, struct tc_err *e)
{
	enum tc_status st;

	if ((st = db_begin(db, e)) != TC_OK)
		return st;
	if ((st = run_marked(db, &kept, e)) != TC_OK) {
		db_rollback(db);
		return st;
	}
	return db_commit(db, e);
}

enum tc_status tally_refresh(struct db *db, struct tc_err *e)
{
	enum tc_status st;

	if ((st = ensure_fix(db, e)) != TC_OK || (st = clear_fix(db, e)) != TC_OK)
		return st;
	if (db->tx_depth > 0)
		return tally_fill(db, e);
	/* No write transaction: the same derivation, into this connection's
	 * own tables, read beside the kept ones. */
	return run_marked(db, &fix, e);
}

/* ---- reading ----------------------------------------------------------- */

/* The bounds of a sum up to day: months before its month (?2), days of its
 * month up to it (?3 .. ?4).  TALLY_NOW: every month, no day. */
struct upto {
	char month[8], first[DATE_ISO_LEN], last[DATE_ISO_LEN];
};

static void upto(int day, struct upto *u)
{
	if (day == TALLY_NOW) {
		snprintf(u->month, sizeof u->month, "9999-99");
		snprintf(u->first, sizeof u->first, "9999-99-99");
		snprintf(u->last, sizeof u->last, "0000-00-00");
		return;
	}
	date_iso(day, u->last);
	snprintf(u->month, sizeof u->month, "%.7s", u->last);
	snprintf(u->first, sizeof u->first, "%.7s-01", u->last);
}

#define SUM_FROM(cols, what)                                                              \
	" FROM (SELECT " cols " FROM tally_months WHERE " what " AND month < ?2"                 \
	" UNION ALL SELECT " cols " FROM tally_days WHERE " what " AND day BETWEEN ?3 AND ?4"      \
	" UNION ALL SELECT " cols " FROM temp.tally_fix_months WHERE " what " AND month < ?2"    \
	" UNION ALL SELECT " cols " FROM temp.tally_fix_days WHERE " what                        \
	" AND day BETWEEN ?3 AND ?4)"

static const char *const what_names[] = {
	[TALLY_OPEN] = "open", [TALLY_OVERDUE] = "overdue", [TALLY_OVER_LIMIT] = "over_limit"};

enum tc_status tally_slices(struct db *db, enum tally_what what, int day, const char *slice_sql,
			    void (*add)(void *ctx, const char *slice, long n), void *ctx,
			    struct tc_err *e)
{
	struct strbuf sql = {0};
	sqlite3_stmt *st = NULL;
	struct upto u;
	enum tc_status ret;
	int rc;

	if ((ret = ensure_fix(db, e)) != TC_OK)
		return ret;
	/* Constant fragments only: slice_sql is the caller's constant. */
	sb_puts(&sql, "SELECT ");
	sb_puts(&sql, slice_sql);
	sb_puts(&sql, ", sum(n)" SUM_FROM("fast, simple, collective, industry, n", "what = ?1")
		      " GROUP BY 1 HAVING sum(n) <> 0");
	rc = sqlite3_prepare_v2(db->h, sb_str(&sql), -1, &st, NULL);
	sb_free(&sql);
	if (rc != SQLITE_OK)
		return db_fail(db, rc, "统计", e);
	upto(day, &u);
	sqlite3_bind_text(st, 1, what_names[what], -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, u.month, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, u.first, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, u.last, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		add(ctx, db_col_text(st, 0), (long)sqlite3_column_int64(st, 1));
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "统计", e);
}

enum tc_status tally_events(struct db *db, int from, int to, const char *slice_sql,
			    void (*add)(void *ctx, const char *slice, const int64_t *v), void *ctx,
			    struct tc_err *e)
{
	/* The days of the first month (?1 .. ?2), the whole months between
	 * (after ?3, before ?4), the days of the last month (?5 .. ?6). */
#define EV_FROM(t, w) " SELECT fast, simple, collective, industry" TALLY_EVENTS(EV_COL) " FROM " t " WHERE " w
	static const char body[] =
		TALLY_EVENTS(EV_SUM) " FROM ("
		EV_FROM("tally_event_days", "day BETWEEN ?1 AND ?2") " UNION ALL"
		EV_FROM("tally_event_months", "month > ?3 AND month < ?4") " UNION ALL"
		EV_FROM("tally_event_days", "day BETWEEN ?5 AND ?6") " UNION ALL"
		EV_FROM("temp.tally_fix_event_days", "day BETWEEN ?1 AND ?2") " UNION ALL"
		EV_FROM("temp.tally_fix_event_months", "month > ?3 AND month < ?4") " UNION ALL"
		EV_FROM("temp.tally_fix_event_days", "day BETWEEN ?5 AND ?6")
		") GROUP BY 1";
#undef EV_FROM
	struct strbuf sql = {0};
	sqlite3_stmt *st = NULL;
	char d1[DATE_ISO_LEN], d2[DATE_ISO_LEN], m1[8], m2[8], d5[DATE_ISO_LEN], d6[DATE_ISO_LEN];
	int64_t v[TALLY_EV_COUNT];
	enum tc_status ret;
	int rc, y, m, d;

	if (from > to)
		return TC_OK;
	if ((ret = ensure_fix(db, e)) != TC_OK)
		return ret;
	date_iso(from, d1);
	date_iso(to, d6);
	snprintf(m1, sizeof m1, "%.7s", d1);
	snprintf(m2, sizeof m2, "%.7s", d6);
	if (strcmp(m1, m2) == 0) {
		/* One month: its days; nothing else. */
		date_iso(to, d2);
		snprintf(d5, sizeof d5, "9999-99-99");
	} else {
		date_to_ymd(from, &y, &m, &d);
		int next = m == 12 ? date_from_ymd(y + 1, 1, 1) : date_from_ymd(y, m + 1, 1);
		date_iso(next - 1, d2);
		snprintf(d5, sizeof d5, "%.7s-01", d6);
	}
	/* Constant fragments only: slice_sql is the caller's constant. */
	sb_puts(&sql, "SELECT ");
	sb_puts(&sql, slice_sql);
	sb_puts(&sql, body);
	rc = sqlite3_prepare_v2(db->h, sb_str(&sql), -1, &st, NULL);
	sb_free(&sql);
	if (rc != SQLITE_OK)
		return db_fail(db, rc, "统计", e);
	sqlite3_bind_text(st, 1, d1, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, d2, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, m1, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, m2, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, d5, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, d6, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		bool any = false;
		for (int k = 0; k < TALLY_EV_COUNT; k++) {
			v[k] = sqlite3_column_int64(st, 1 + k);
			any = any || v[k] != 0;
		}
		if (any)
			add(ctx, db_col_text(st, 0), v);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "统计", e);
}

/* One combination of the slice columns while tally_paid sums. */
struct combo {
	int64_t fast, simple, collective;
	char industry[256];      /* as struct attrs */
	int64_t amount;
	long cases;
};

enum tc_status tally_paid(struct db *db, int from, int to, const char *slice_sql,
			  void (*add)(void *ctx, const char *slice, int64_t amount, long cases),
			  void *ctx, struct tc_err *e)
{
	/* A case is counted on the first day of the period it was paid:
	 * the day before that it was paid is before the period, or none.
	 * Summed here by the slice columns (a few dozen combinations) rather
	 * than grouped by SQL, which would sort every row. */
	static const char rows_sql[] =
		"SELECT fast, simple, collective, industry, amount, before IS NULL OR before < ?1"
		" FROM tally_pay WHERE day BETWEEN ?1 AND ?2"
		" AND case_id NOT IN (SELECT case_id FROM temp.tally_fix_cases)"
		" UNION ALL SELECT fast, simple, collective, industry, amount,"
		" before IS NULL OR before < ?1 FROM temp.tally_fix_pay WHERE day BETWEEN ?1 AND ?2";
	struct combo *v = NULL, *last = NULL;
	size_t n = 0, cap = 0;
	char a[DATE_ISO_LEN], b[DATE_ISO_LEN];
	enum tc_status ret;
	int rc;

	if ((ret = ensure_fix(db, e)) != TC_OK)
		return ret;
	sqlite3_stmt *st = db_prep(db, rows_sql);
	sqlite3_bind_text(st, 1, date_iso(from, a), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, date_iso(to, b), -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t f = sqlite3_column_int64(st, 0), sm = sqlite3_column_int64(st, 1),
			co = sqlite3_column_int64(st, 2);
		const char *ind = db_col_text(st, 3);
		if (!last || last->fast != f || last->simple != sm || last->collective != co ||
		    strcmp(last->industry, ind) != 0) {
			last = NULL;
			for (size_t i = 0; i < n && !last; i++)
				if (v[i].fast == f && v[i].simple == sm && v[i].collective == co &&
				    strcmp(v[i].industry, ind) == 0)
					last = &v[i];
			if (!last) {
				v = xgrow(v, &cap, n + 1, sizeof *v);
				last = &v[n++];
				*last = (struct combo){.fast = f, .simple = sm, .collective = co};
				snprintf(last->industry, sizeof last->industry, "%s", ind);
			}
		}
		last->amount += sqlite3_column_int64(st, 4);
		last->cases += sqlite3_column_int(st, 5) != 0;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		free(v);
		return db_fail(db, rc, "统计", e);
	}
	/* Each combination's slice, by the caller's own expression. */
	struct strbuf sql = {0};
	sqlite3_stmt *q = NULL;
	sb_puts(&sql, "SELECT ");
	sb_puts(&sql, slice_sql);
	sb_puts(&sql, " FROM (SELECT ?1 AS fast, ?2 AS simple, ?3 AS collective, ?4 AS industry)");
	rc = n ? sqlite3_prepare_v2(db->h, sb_str(&sql), -1, &q, NULL) : SQLITE_OK;
	sb_free(&sql);
	for (size_t i = 0; i < n && rc == SQLITE_OK; i++) {
		sqlite3_bind_int64(q, 1, v[i].fast);
		sqlite3_bind_int64(q, 2, v[i].simple);
		sqlite3_bind_int64(q, 3, v[i].collective);
		sqlite3_bind_text(q, 4, v[i].industry, -1, SQLITE_STATIC);
		if ((rc = sqlite3_step(q)) == SQLITE_ROW) {
			add(ctx, db_col_text(q, 0), v[i].amount, v[i].cases);
			rc = SQLITE_OK;
		}
		sqlite3_reset(q);
	}
	sqlite3_finalize(q);
	free(v);
	return rc == SQLITE_OK ? TC_OK : db_fail(db, rc, "统计", e);
}

enum tc_status tally_open_at(struct db *db, int day, struct tally_open *out, struct tc_err *e)
{
	static const char sql[] =
		"SELECT what, key, sum(n)"
		SUM_FROM("what, key, n", "what IN ('stage', 'mediator', 'arbitrator')")
		" GROUP BY what, key HAVING sum(n) <> 0";
	struct upto u;
	size_t cap = 0;
	enum tc_status ret;
	int rc;

	memset(out, 0, sizeof *out);
	if ((ret = ensure_fix(db, e)) != TC_OK)
		return ret;
	sqlite3_stmt *st = db_prep(db, sql);
	upto(day, &u);
	sqlite3_bind_text(st, 2, u.month, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, u.first, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, u.last, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *what = db_col_text(st, 0), *key = db_col_text(st, 1);
		long n = (long)sqlite3_column_int64(st, 2);
		enum stage s;
		if (strcmp(what, "stage") == 0) {
			if (stage_parse(key, &s, NULL) == TC_OK && s != STAGE_CLOSED) {
				out->stage[s] += n;
				out->total += n;
			}
			continue;
		}
		out->persons = xgrow(out->persons, &cap, out->npersons + 1, sizeof *out->persons);
		out->persons[out->npersons++] = (struct tally_person){
			.id = strtoll(key, NULL, 10), .arbitrator = strcmp(what, "arbitrator") == 0, .open = n};
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		free(out->persons);
		memset(out, 0, sizeof *out);
		return db_fail(db, rc, "统计未结案件", e);
	}
	return TC_OK;
}

static struct tally_closer *closer_get(struct tally_closer **v, size_t *n, size_t *cap,
				       int64_t id, bool arb)
{
	for (size_t i = 0; i < *n; i++)
		if ((*v)[i].id == id && (*v)[i].arbitrator == arb)
			return &(*v)[i];
	*v = xgrow(*v, cap, *n + 1, sizeof **v);
	(*v)[*n] = (struct tally_closer){.id = id, .arbitrator = arb};
	return &(*v)[(*n)++];
}

enum tc_status tally_closed_by(struct db *db, int from, int to, struct tally_closer **out,
			       size_t *n, struct tc_err *e)
{
	static const char sql[] =
		"SELECT what, key, sum(n)"
		SUM_FROM("what, key, n",
			 "what IN ('mediator_closed', 'mediator_settled', 'arbitrator_closed')")
		" GROUP BY what, key HAVING sum(n) <> 0";
	struct tally_closer *v = NULL;
	size_t cap = 0, k = 0;
	enum tc_status ret;
	int rc = SQLITE_DONE;

	*out = NULL;
	*n = 0;
	if ((ret = ensure_fix(db, e)) != TC_OK)
		return ret;
	/* Closed by `to`, less closed by the day before `from`. */
	for (int pass = 0; pass < 2 && rc == SQLITE_DONE; pass++) {
		struct upto u;
		long sign = pass ? -1 : 1;
		upto(pass ? from - 1 : to, &u);
		sqlite3_stmt *st = db_prep(db, sql);
		sqlite3_bind_text(st, 2, u.month, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, u.first, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, u.last, -1, SQLITE_STATIC);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			const char *what = db_col_text(st, 0);
			struct tally_closer *x = closer_get(&v, n, &cap, strtoll(db_col_text(st, 1), NULL, 10),
							   strcmp(what, "arbitrator_closed") == 0);
			long c = sign * (long)sqlite3_column_int64(st, 2);
			if (strcmp(what, "mediator_settled") == 0)
				x->settled += c;
			else
				x->closed += c;
		}
		sqlite3_reset(st);
	}
	if (rc != SQLITE_DONE) {
		free(v);
		*n = 0;
		return db_fail(db, rc, "统计结案", e);
	}
	for (size_t i = 0; i < *n; i++)
		if (v[i].closed || v[i].settled)
			v[k++] = v[i];
	*n = k;
	*out = v;
	return TC_OK;
}

static int cmp_due(const void *pa, const void *pb)
{
	const struct tally_due_row *a = pa, *b = pb;

	if (a->due != b->due)
		return a->due < b->due ? -1 : 1;
	if (a->year != b->year)
		return a->year < b->year ? -1 : 1;
	if (a->seq != b->seq)
		return a->seq < b->seq ? -1 : 1;
	return a->case_id < b->case_id ? -1 : a->case_id > b->case_id;
}

#define STR_(x) #x
#define STR(x) STR_(x)

static void due_row(sqlite3_stmt *st, struct tally_due_row **v, size_t *cap, size_t *count)
{
	*v = xgrow(*v, cap, *count + 1, sizeof **v);
	struct tally_due_row *r = &(*v)[(*count)++];
	r->case_id = sqlite3_column_int64(st, 0);
	r->due = iso_day(st, 1);
	snprintf(r->clock, sizeof r->clock, "%s", db_col_text(st, 2));
	r->year = sqlite3_column_int(st, 3);
	r->seq = sqlite3_column_int(st, 4);
}

enum tc_status tally_due(struct db *db, int day, int lo, int hi, size_t limit,
			 struct tally_due_row **rows, size_t *n, size_t *total, struct tc_err *e)
{
#define DUE_COLS "case_id, due_on, clock, year, seq"
#define NOT_FIXED " AND case_id NOT IN (SELECT case_id FROM temp.tally_fix_cases)"
	/* The spans with no end (the cases as they stand) that began by ?3,
	 * their due dates in [?1, ?2]: walked in the list's order on their
	 * own index, only the first ?4 read, and counted from the index. */
#define OPEN_WHERE                                                                         \
	" FROM tally_due INDEXED BY tally_due_open WHERE span_class = " STR(CLASS_OPEN)          \
	" AND due_on BETWEEN ?1 AND ?2 AND from_day <= ?3" NOT_FIXED
	static const char open_sql[] =
		"SELECT " DUE_COLS OPEN_WHERE " ORDER BY due_on, year, seq LIMIT ?4";
	static const char open_count[] = "SELECT count(*)" OPEN_WHERE;
	/* The spans of one finite length class c (?1) that cover ?3: begun in
	 * (?2, ?3], not ended before ?3, due in [?4, ?5]. */
	static const char class_sql[] =
		"SELECT " DUE_COLS " FROM tally_due WHERE span_class = ?1"
		" AND from_day > ?2 AND from_day <= ?3 AND to_day >= ?3"
		" AND due_on BETWEEN ?4 AND ?5" NOT_FIXED;
	/* The cases derived into this connection's own tables. */
	static const char fix_sql[] =
		"SELECT " DUE_COLS " FROM temp.tally_fix_due WHERE from_day <= ?3"
		" AND (to_day IS NULL OR to_day >= ?3) AND due_on BETWEEN ?4 AND ?5";
	struct tally_due_row *v = NULL;
	size_t cap = 0, count = 0, more = 0;
	char d[DATE_ISO_LEN], from[DATE_ISO_LEN], a[DATE_ISO_LEN], b[DATE_ISO_LEN];
	sqlite3_stmt *st;
	enum tc_status ret;
	int rc;

	*rows = NULL;
	*n = *total = 0;
	if ((ret = ensure_fix(db, e)) != TC_OK)
		return ret;
	date_iso(day, d);
	if (lo == DATE_NONE)
		snprintf(a, sizeof a, "0000-00-00");
	else
		date_iso(lo, a);
	date_iso(hi, b);

	st = db_prep(db, open_sql);
	sqlite3_bind_text(st, 1, a, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, b, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, d, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 4, limit > (size_t)INT64_MAX ? -1 : (int64_t)limit);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		due_row(st, &v, &cap, &count);
	sqlite3_reset(st);
	if (rc == SQLITE_DONE) {
		st = db_prep(db, open_count);
		sqlite3_bind_text(st, 1, a, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, b, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, d, -1, SQLITE_STATIC);
		if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			more = (size_t)sqlite3_column_int64(st, 0) - count;
			rc = SQLITE_DONE;
		}
		sqlite3_reset(st);
	}
	for (int c = 0; c <= CLASS_MAX && rc == SQLITE_DONE; c++) {
		/* A span of class c is at most 2^(c+1) - 1 days long. */
		long back = (2L << c) - 1;
		if ((long)day - back < -700000)
			snprintf(from, sizeof from, "0000-00-00");
		else
			date_iso((int)(day - back), from);
		st = db_prep(db, class_sql);
		sqlite3_bind_int(st, 1, c);
		sqlite3_bind_text(st, 2, from, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, d, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, a, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 5, b, -1, SQLITE_STATIC);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW)
			due_row(st, &v, &cap, &count);
		sqlite3_reset(st);
	}
	if (rc == SQLITE_DONE) {
		st = db_prep(db, fix_sql);
		sqlite3_bind_text(st, 3, d, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, a, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 5, b, -1, SQLITE_STATIC);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW)
			due_row(st, &v, &cap, &count);
		sqlite3_reset(st);
	}
	if (rc != SQLITE_DONE) {
		free(v);
		return db_fail(db, rc, "读取到期案件", e);
	}
	if (count > 1)
		qsort(v, count, sizeof *v, cmp_due);
	*total = count + more;
	*n = count < limit ? count : limit;
	*rows = v;
	return TC_OK;
#undef DUE_COLS
#undef NOT_FIXED
#undef OPEN_WHERE
}

/* ---- verifying ------------------------------------------------------------ */

static void problem(struct strlist *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void problem(struct strlist *p, const char *fmt, ...)
{
	struct strbuf sb = {0};
	va_list ap;

	va_start(ap, fmt);
	sb_vprintf(&sb, fmt, ap);
	va_end(ap);
	sl_push(p, sb_str(&sb));
	sb_free(&sb);
}

/* "案件 贵劳人仲案字〔2026〕第5号", or its id when the row is gone
 * (allocated; the caller frees). */
static char *case_label(struct db *db, int64_t id)
{
	static const char sql[] = "SELECT case_no FROM cases WHERE id = ?1";
	sqlite3_stmt *st = db_prep(db, sql);
	char *s = NULL;

	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW)
		s = xasprintf("案件 %s", db_col_text(st, 0));
	sqlite3_reset(st);
	return s ? s : xasprintf("案件 (编号 %lld, 已不存在)", (long long)id);
}

static void case_problem(struct db *db, struct strlist *p, int64_t id, const char *what)
{
	char *c = case_label(db, id);
	problem(p, "%s%s", c, what);
	free(c);
}

/* What a count of tally_days counts, as a person reads it ("超期",
 * "阶段 调解中", "仲裁员 (编号 3) 在办"). */
static void what_shown(const char *what, const char *key, struct strbuf *sb)
{
	static const struct {
		const char *what, *zh, *after;
	} names[] = {
		{"open", "未结", ""},
		{"overdue", "超期", ""},
		{"over_limit", "超审限", ""},
		{"mediator", "调解员", "在办"},
		{"arbitrator", "仲裁员", "在办"},
		{"mediator_closed", "调解员", "结案"},
		{"mediator_settled", "调解员", "调解成功"},
		{"arbitrator_closed", "仲裁员", "结案"},
	};
	enum stage s;

	if (strcmp(what, "stage") == 0) {
		sb_printf(sb, "阶段 %s", stage_parse(key, &s, NULL) == TC_OK ? stage_zh(s) : key);
		return;
	}
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		if (strcmp(what, names[i].what) != 0)
			continue;
		if (*names[i].after)
			sb_printf(sb, "%s (编号 %s) %s", names[i].zh, key, names[i].after);
		else
			sb_puts(sb, names[i].zh);
		return;
	}
	sb_printf(sb, "%s %s", what, key);
}

/* Every kept count (day and month) against the sums in c, which the
 * matching entries are taken out of. */
static enum tc_status compare_counts(struct db *db, struct counts *c, struct strlist *p,
				     struct tc_err *e)
{
	static const char sql[] =
		"SELECT 'd', what, day, key, fast, simple, collective, industry, n FROM tally_days"
		" UNION ALL SELECT 'm', what, month, key, fast, simple, collective, industry, n"
		" FROM tally_months";
	sqlite3_stmt *st = db_prep(db, sql);
	struct strbuf key = {0};
	size_t shown = 0;
	int rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		key.len = 0;
		sb_printf(&key, "%s\x1f%s\x1f%s\x1f%s\x1f%lld\x1f%lld\x1f%lld\x1f%s", db_col_text(st, 0),
			  db_col_text(st, 1), db_col_text(st, 2), db_col_text(st, 3),
			  (long long)sqlite3_column_int64(st, 4), (long long)sqlite3_column_int64(st, 5),
			  (long long)sqlite3_column_int64(st, 6), db_col_text(st, 7));
		long n = (long)sqlite3_column_int64(st, 8);
		counts_put(c, sb_str(&key), -n);
	}
	sqlite3_reset(st);
	sb_free(&key);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, "读取统计", e);
	for (size_t i = 0; i < c->cap; i++) {
		if (!c->v[i].key || c->v[i].n == 0)
			continue;
		if (shown++ < 5) {
			char *f[8], *k = xstrdup(c->v[i].key);
			struct strbuf w = {0};
			key_fields(k, f, 8);
			what_shown(f[1], f[3], &w);
			/* n is what the cases give less what is kept. */
			problem(p, "%s%s「%s」的计数比按案件推算的%s %ld", f[2], f[0][0] == 'm' ? " 月" : " 当日",
				sb_str(&w), c->v[i].n < 0 ? "多" : "少", labs(c->v[i].n));
			sb_free(&w);
			free(k);
		}
	}
	if (shown > 5)
		problem(p, "另有 %zu 项计数与按案件推算的不符", shown - 5);
	return TC_OK;
}

/* Every kept row of events (day and month) against the sums in c. */
static enum tc_status compare_events(struct db *db, struct ecounts *c, struct strlist *p,
				     struct tc_err *e)
{
	static const char sql[] =
		"SELECT 'd', day, fast, simple, collective, industry" TALLY_EVENTS(EV_COL)
		" FROM tally_event_days UNION ALL"
		" SELECT 'm', month, fast, simple, collective, industry" TALLY_EVENTS(EV_COL)
		" FROM tally_event_months";
	sqlite3_stmt *st = db_prep(db, sql);
	struct strbuf key = {0};
	int64_t v[TALLY_EV_COUNT];
	size_t shown = 0;
	int rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		key.len = 0;
		sb_printf(&key, "%s\x1f%s\x1f%lld\x1f%lld\x1f%lld\x1f%s", db_col_text(st, 0),
			  db_col_text(st, 1), (long long)sqlite3_column_int64(st, 2),
			  (long long)sqlite3_column_int64(st, 3), (long long)sqlite3_column_int64(st, 4),
			  db_col_text(st, 5));
		for (int k = 0; k < TALLY_EV_COUNT; k++)
			v[k] = sqlite3_column_int64(st, 6 + k);
		ecounts_put(c, sb_str(&key), v, -1);
	}
	sqlite3_reset(st);
	sb_free(&key);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, "读取统计", e);
	for (size_t i = 0; i < c->cap; i++) {
		bool any = false;
		if (!c->v[i].key)
			continue;
		for (int k = 0; k < TALLY_EV_COUNT; k++)
			any = any || c->v[i].v[k] != 0;
		if (any && shown++ < 5) {
			char *f[6], *k = xstrdup(c->v[i].key);
			key_fields(k, f, 6);
			problem(p, "%s%s的收案、立案、结案计数与按案件推算的不符", f[1],
				f[0][0] == 'm' ? " 月" : " ");
			free(k);
		}
	}
	if (shown > 5)
		problem(p, "另有 %zu 项收案、立案、结案计数与按案件推算的不符", shown - 5);
	return TC_OK;
}

/* The kept tally_due rows against the spans of tally_cases (due), which
 * holds "class|from|case|to|due|clock|year|seq" of each expected row. */
static enum tc_status compare_due(struct db *db, struct counts *due, struct strlist *p,
				  struct tc_err *e)
{
	static const char sql[] =
		"SELECT span_class, from_day, case_id, coalesce(to_day, ''), due_on, clock, year, seq"
		" FROM tally_due";
	static const char pay_sql[] =
		"SELECT day, case_id, coalesce(before, ''), amount, fast, simple, collective, industry"
		" FROM tally_pay";
	sqlite3_stmt *st = db_prep(db, sql);
	struct strbuf key = {0};
	size_t shown = 0;
	int rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		key.len = 0;
		sb_printf(&key, "%d|%s|%lld|%s|%s|%s|%lld|%lld", sqlite3_column_int(st, 0),
			  db_col_text(st, 1), (long long)sqlite3_column_int64(st, 2), db_col_text(st, 3),
			  db_col_text(st, 4), db_col_text(st, 5), (long long)sqlite3_column_int64(st, 6),
			  (long long)sqlite3_column_int64(st, 7));
		counts_put(due, sb_str(&key), -1);
	}
	sqlite3_reset(st);
	if (rc == SQLITE_DONE) {
		st = db_prep(db, pay_sql);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			key.len = 0;
			sb_printf(&key, "P|%s|%lld|%s|%lld|%lld|%lld|%lld|%s", db_col_text(st, 0),
				  (long long)sqlite3_column_int64(st, 1), db_col_text(st, 2),
				  (long long)sqlite3_column_int64(st, 3), (long long)sqlite3_column_int64(st, 4),
				  (long long)sqlite3_column_int64(st, 5), (long long)sqlite3_column_int64(st, 6),
				  db_col_text(st, 7));
			counts_put(due, sb_str(&key), -1);
		}
		sqlite3_reset(st);
	}
	sb_free(&key);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, "读取统计", e);
	for (size_t i = 0; i < due->cap; i++) {
		if (!due->v[i].key || due->v[i].n == 0)
			continue;
		if (shown++ < 5) {
			long long id = 0;
			bool pay = due->v[i].key[0] == 'P';
			sscanf(due->v[i].key + (pay ? 2 : 0), pay ? "%*[^|]|%lld" : "%*d|%*[^|]|%lld", &id);
			char *c = case_label(db, id);
			problem(p, "%s的%s%s", c, pay ? "付款记录" : "期限区间",
				due->v[i].n > 0 ? "缺失" : "多出或有误");
			free(c);
		}
	}
	if (shown > 5)
		problem(p, "另有 %zu 条期限区间或付款记录与按案件推算的不符", shown - 5);
	return TC_OK;
}

enum tc_status tally_rebuild(struct db *db, struct tc_err *e)
{
	static const char sql[] =
		"DELETE FROM tally_days; DELETE FROM tally_months; DELETE FROM tally_event_days;"
		" DELETE FROM tally_event_months; DELETE FROM tally_due; DELETE FROM tally_pay;"
		" DELETE FROM tally_cases;"
		" INSERT OR IGNORE INTO tally_dirty(case_id) SELECT id FROM cases;";
	enum tc_status st;
	int rc;

	if ((st = db_begin(db, e)) != TC_OK)
		return st;
	if ((rc = sqlite3_exec(db->h, sql, NULL, NULL, NULL)) != SQLITE_OK) {
		st = db_fail(db, rc, "重建统计表", e);
		db_rollback(db);
		return st;
	}
	if ((st = run_marked(db, &kept, e)) != TC_OK) {
		db_rollback(db);
		return st;
	}
	return db_commit(db, e);
}

/* What case id's kept row says it counts, added to c and (its tally_due
 * rows as "class|from|case|to|due|clock|year|seq") to due; false when the
 * kept spans cannot be read. */
static bool expect_kept(struct tallies *c, struct counts *due, int64_t id, const struct attrs *at,
			const char *text, struct spans *ks, struct strbuf *key)
{
	if (!spans_parse(text, ks))
		return false;
	count_case(c, at, ks, +1, key);
	for (size_t k = 0; k < ks->n; k++) {
		const struct span *x = &ks->v[k];
		char a[DATE_ISO_LEN], b[DATE_ISO_LEN], d[DATE_ISO_LEN];
		if (x->kind == 'P') {
			key->len = 0;
			sb_printf(key, "P|%s|%lld|%s|%lld|%lld|%lld|%lld|%s", date_iso(x->a, a),
				  (long long)id, x->b == DATE_NONE ? "" : date_iso(x->b, b),
				  (long long)x->ev[0], (long long)at->fast, (long long)at->simple,
				  (long long)at->collective, at->industry);
			counts_put(due, sb_str(key), +1);
		}
		if (x->kind != 'D')
			continue;
		key->len = 0;
		sb_printf(key, "%d|%s|%lld|%s|%s|%s|%lld|%lld", span_class(x), date_iso(x->a, a),
			  (long long)id, x->b == INF ? "" : date_iso(x->b, b), date_iso(x->due, d),
			  x->clock, (long long)at->year, (long long)at->seq);
		counts_put(due, sb_str(key), +1);
	}
	return true;
}

static enum tc_status ids_of(struct db *db, const char *sql, int64_t **ids, size_t *n,
			     struct tc_err *e)
{
	sqlite3_stmt *q = db_prep(db, sql);
	size_t cap = 0;
	int rc;

	*ids = NULL;
	*n = 0;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		*ids = xgrow(*ids, &cap, *n + 1, sizeof **ids);
		(*ids)[(*n)++] = sqlite3_column_int64(q, 0);
	}
	sqlite3_reset(q);
	if (rc == SQLITE_DONE)
		return TC_OK;
	free(*ids);
	*ids = NULL;
	*n = 0;
	return db_fail(db, rc, "读取案件", e);
}

/* Case id derived again against its kept row: *same, and (when kept) its
 * kept spans added to c and due. */
static enum tc_status verify_one(struct db *db, int64_t id, struct tallies *c, struct counts *due,
				 bool *same, bool *readable, struct tc_err *e)
{
	struct attrs at, kat;
	struct src src;
	struct strbuf text = {0}, kept_text = {0}, key = {0};
	struct spans s = {0}, ks = {0};
	bool found;
	enum tc_status st;

	*same = *readable = true;
	if ((st = load(db, id, &src, &at, e)) == TC_OK &&
	    (st = kept_case(db, id, &found, &kat, &kept_text, e)) == TC_OK) {
		derive(&src, &s);
		spans_text(&s, &text);
		*same = found == src.exists &&
			(!src.exists || (attrs_same(&at, &kat) &&
					 strcmp(sb_str(&text), sb_str(&kept_text)) == 0));
		if (found && c)
			*readable = expect_kept(c, due, id, &kat, sb_str(&kept_text), &ks, &key);
	}
	src_free(&src);
	free(s.v);
	free(ks.v);
	sb_free(&text);
	sb_free(&kept_text);
	sb_free(&key);
	return st;
}

enum tc_status tally_verify_cases(struct db *db, const int64_t *ids, size_t n,
				  struct strlist *problems, size_t *checked, struct tc_err *e)
{
	static const char sql[] = "SELECT 1 FROM tally_dirty WHERE case_id = ?1";
	size_t bad = 0, done = 0;
	enum tc_status st = TC_OK;

	for (size_t i = 0; i < n && st == TC_OK; i++) {
		sqlite3_stmt *q = db_prep(db, sql);
		sqlite3_bind_int64(q, 1, ids[i]);
		int rc = sqlite3_step(q);
		sqlite3_reset(q);
		if (rc == SQLITE_ROW)
			continue; /* marked: not derived again yet */
		if (rc != SQLITE_DONE)
			return db_fail(db, rc, "读取统计", e);
		bool same, readable;
		if ((st = verify_one(db, ids[i], NULL, NULL, &same, &readable, e)) != TC_OK)
			break;
		done++;
		if (!same && bad++ < 5)
			case_problem(db, problems, ids[i], "的统计记录与按其案件、期限和日志推算的不符");
	}
	if (bad > 5)
		problem(problems, "另有 %zu 件案件的统计记录与推算的不符", bad - 5);
	if (checked)
		*checked = done;
	return st;
}

enum tc_status tally_verify(struct db *db, struct strlist *problems, size_t *checked,
			    struct tc_err *e)
{
	/* The cases compared, and the marked ones: those still count what
	 * their kept row says, which the sums are checked against. */
	static const char ids_sql[] =
		"SELECT id FROM cases WHERE id NOT IN (SELECT case_id FROM tally_dirty)"
		" UNION SELECT case_id FROM tally_cases WHERE case_id NOT IN"
		" (SELECT case_id FROM tally_dirty) ORDER BY 1";
	static const char marked_sql[] =
		"SELECT case_id FROM tally_cases WHERE case_id IN (SELECT case_id FROM tally_dirty)";
	struct tallies c = {0};
	struct counts due = {0};
	struct strbuf kept_text = {0}, key = {0};
	struct spans ks = {0};
	int64_t *ids = NULL, *marks = NULL;
	size_t n = 0, nmarks = 0, bad = 0;
	enum tc_status st;

	if ((st = ids_of(db, ids_sql, &ids, &n, e)) != TC_OK ||
	    (st = ids_of(db, marked_sql, &marks, &nmarks, e)) != TC_OK)
		goto out;
	for (size_t i = 0; i < n && st == TC_OK; i++) {
		bool same, readable;
		/* The sums are checked against the kept rows, a case's that
		 * differs included (it is reported here). */
		if ((st = verify_one(db, ids[i], &c, &due, &same, &readable, e)) != TC_OK)
			break;
		if (!same && bad++ < 5)
			case_problem(db, problems, ids[i], "的统计记录与按其案件、期限和日志推算的不符");
		if (!readable && bad++ < 5)
			case_problem(db, problems, ids[i], "的统计记录无法读取");
	}
	for (size_t i = 0; i < nmarks && st == TC_OK; i++) {
		struct attrs kat;
		bool found;
		if ((st = kept_case(db, marks[i], &found, &kat, &kept_text, e)) == TC_OK && found &&
		    !expect_kept(&c, &due, marks[i], &kat, sb_str(&kept_text), &ks, &key) && bad++ < 5)
			case_problem(db, problems, marks[i], "的统计记录无法读取");
	}
	if (bad > 5)
		problem(problems, "另有 %zu 件案件的统计记录与推算的不符", bad - 5);
	if (checked)
		*checked = n;
	if (st == TC_OK)
		st = compare_counts(db, &c.c, problems, e);
	if (st == TC_OK)
		st = compare_events(db, &c.ev, problems, e);
	if (st == TC_OK)
		st = compare_due(db, &due, problems, e);
out:
	tallies_free(&c);
	counts_free(&due);
	free(ids);
	free(marks);
	free(ks.v);
	sb_free(&kept_text);
	sb_free(&key);
	return st;
}
