/*
 * test_tally.c - the figures read from day counts (tally.h) against the
 * definitions they replace, run the slow way over every case: the
 * statistics' SQL as report.c wrote it before the counts (one query per
 * figure over the cases open now and closed since), the weekly summary's
 * replay of each case's journal for the stage it stood in on a past day,
 * and its list of the cases whose earliest running statutory clock falls
 * due in a window.  A difference in any figure, on any day or period,
 * fails with the figure, the slice and both numbers.
 *
 * The office is the demo's (400 cases over eight weeks up to Sunday
 * 2026-11-22), with a few events reverted, so that undone journal rows,
 * suspensions, extensions, pre-filing mediation and every way of closing
 * are there.  Then: the same after changes not yet derived again, read
 * through a connection that cannot write (the temporary tables), and
 * tally_verify on the kept tables before and after they are tampered
 * with.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "tiaocai/case.h"
#include "tiaocai/correct.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/demo.h"
#include "tiaocai/report.h"
#include "tiaocai/stage.h"
#include "tiaocai/tally.h"
#include "tiaocai/workflow.h"
#include "fixture.h"

#define TODAY "2026-11-22"

struct fx {
	char *dir;
	struct db *db;
	int today;
	struct actor a;
};

/* ---- the slow definitions ------------------------------------------------ */

/* The statistics as report.c computed them before the day counts: one
 * query per kind of case, each scanning what it counts.  ?1 the first day,
 * ?2 the last, ?3 the day 超期 is counted at. */
#define J_EXISTS(kind)                                                             \
	"EXISTS (SELECT 1 FROM journal j WHERE j.case_id = cases.id AND j.kind = '" kind \
	"' AND j.effective_on BETWEEN ?1 AND ?2)"
#define EXTENDED "extended AND " J_EXISTS("extend")
#define SUSPENDED "(suspended_on IS NOT NULL OR suspended_days > 0) AND " J_EXISTS("suspend")
#define LATE_CLOCK                                                                 \
	"EXISTS (SELECT 1 FROM case_clocks k WHERE k.case_id = cases.id AND k.statutory" \
	" AND k.start_on <= ?3 AND k.due_on < ?3"                                        \
	" AND coalesce(k.ended_on, cases.closed_on, '9999-12-31') > ?3)"
#define PAST_LIMIT                                                                 \
	"accepted_on <= ?3 AND EXISTS (SELECT 1 FROM case_clocks k WHERE"                \
	" k.case_id = cases.id AND k.clock = 'close' AND k.due_on < ?3)"
/* Suspended on day: ever suspended, and the last suspend or resume dated
 * by then that no revert undid is a suspend; with none dated yet, not
 * suspended (coalesce: the comparison with no row is NULL, which NOT
 * would keep NULL). */
#define SUSPENDED_ON(c, day)                                                       \
	"((" c ".suspended_on IS NOT NULL OR " c ".suspended_days > 0) AND"              \
	" coalesce((SELECT j.kind FROM journal j WHERE j.case_id = " c ".id"             \
	" AND j.kind IN ('suspend', 'resume') AND j.effective_on <= " day                \
	" AND NOT EXISTS (SELECT 1 FROM case_undo u WHERE u.case_id = j.case_id"         \
	"  AND u.journal_id = j.id AND u.undone_by IS NOT NULL)"                         \
	" ORDER BY j.effective_on DESC, j.id DESC LIMIT 1) = 'suspend', 0))"
#define NOT_SUSPENDED "NOT " SUSPENDED_ON("cases", "?3")

static const char q_received[] =
	", count(*), count(*) FILTER (WHERE source = '劳动保障监察移送')"
	" FROM cases WHERE received_on BETWEEN ?1 AND ?2 GROUP BY 1";
static const char q_accepted[] =
	", count(*), coalesce(sum(workers), 0),"
	" count(*) FILTER (WHERE collective), coalesce(sum(workers) FILTER (WHERE collective), 0),"
	" coalesce(sum(claimed), 0), count(*) FILTER (WHERE legal_aid)"
	" FROM cases WHERE accepted_on BETWEEN ?1 AND ?2 GROUP BY 1";
static const char q_open[] =
	", count(*) FILTER (WHERE accepted_on < ?1),"
	" count(*) FILTER (WHERE accepted_on <= ?2),"
	" count(*) FILTER (WHERE " NOT_SUSPENDED " AND " LATE_CLOCK "),"
	" count(*) FILTER (WHERE " EXTENDED "),"
	" count(*) FILTER (WHERE " SUSPENDED "),"
	" count(*) FILTER (WHERE " NOT_SUSPENDED " AND " PAST_LIMIT ")"
	" FROM cases WHERE stage <> 'closed' GROUP BY 1";
static const char q_closed[] =
	", count(*) FILTER (WHERE accepted_on < ?1),"
	" count(*) FILTER (WHERE closed_on > ?2 AND accepted_on <= ?2),"
	" count(*) FILTER (WHERE closed_on > ?3 AND " NOT_SUSPENDED " AND " LATE_CLOCK "),"
	" count(*) FILTER (WHERE " EXTENDED "),"
	" count(*) FILTER (WHERE " SUSPENDED "),"
	" count(*) FILTER (WHERE closed_on > ?3 AND " NOT_SUSPENDED " AND " PAST_LIMIT "),"
	" count(*) FILTER (WHERE closed_on <= ?2 AND outcome = '不予受理'),"
	" count(*) FILTER (WHERE closed_on <= ?2 AND accepted_on IS NULL AND outcome = '案外调解'),"
	" count(*) FILTER (WHERE closed_on <= ?2 AND accepted_on IS NOT NULL),"
	" count(*) FILTER (WHERE closed_on <= ?2 AND accepted_on IS NOT NULL AND outcome = '调解'),"
	" count(*) FILTER (WHERE closed_on <= ?2 AND accepted_on IS NOT NULL AND outcome = '终局裁决'),"
	" count(*) FILTER (WHERE closed_on <= ?2 AND accepted_on IS NOT NULL"
	"  AND outcome IN ('非终局裁决', '部分终局裁决')),"
	" count(*) FILTER (WHERE closed_on <= ?2 AND accepted_on IS NOT NULL"
	"   AND outcome IN ('撤回', '视为撤回')),"
	" count(*) FILTER (WHERE closed_on <= ?2 AND accepted_on IS NOT NULL AND outcome = '移送'),"
	" coalesce(sum(resolved) FILTER (WHERE closed_on <= ?2"
	"   AND (accepted_on IS NOT NULL OR outcome = '案外调解')), 0),"
	" coalesce(sum(CAST(julianday(closed_on) - julianday(accepted_on) AS INTEGER))"
	"   FILTER (WHERE closed_on <= ?2 AND accepted_on IS NOT NULL), 0)"
	" FROM cases WHERE closed_on >= ?1 AND stage = 'closed' GROUP BY 1";
static const char q_paid[] =
	", coalesce(sum(p.amount), 0), count(DISTINCT p.case_id)"
	" FROM payments p JOIN cases ON cases.id = p.case_id"
	" WHERE p.paid_on BETWEEN ?1 AND ?2 GROUP BY 1";

/* The figures of report_stats that are counted (the rates and averages
 * are computed from them by one function). */
#define FIGURES(X)                                                                      \
	X(open_at_start) X(received) X(accepted) X(refused) X(workers) X(collective_cases) \
	X(collective_workers) X(premediation_settled) X(closed) X(closed_mediated)         \
	X(closed_award_final) X(closed_award_nonfinal) X(closed_withdrawn)                 \
	X(closed_transferred) X(open_at_end) X(claimed) X(resolved_amount) X(overdue)      \
	X(over_limit) X(extended) X(suspended) X(legal_aid_cases) X(inspection_referrals)  \
	X(paid) X(paid_cases) X(avg_days_to_close)

struct slow {
	char slice[128];
	struct report_stats s;
	int64_t days;
};

struct slows {
	struct slow *v;
	size_t n, cap;
};

static struct slow *slow_get(struct slows *a, const char *slice)
{
	for (size_t i = 0; i < a->n; i++)
		if (strcmp(a->v[i].slice, slice) == 0)
			return &a->v[i];
	a->v = xgrow(a->v, &a->cap, a->n + 1, sizeof *a->v);
	struct slow *x = &a->v[a->n++];
	memset(x, 0, sizeof *x);
	snprintf(x->slice, sizeof x->slice, "%s", slice);
	return x;
}

static void slow_run(struct db *db, const char *expr, const char *body, const char *iso[3],
		     struct slows *out, int which)
{
	char *sql = xasprintf("SELECT %s%s", expr, body);
	sqlite3_stmt *st;

	assert_int_equal(sqlite3_prepare_v2(db->h, sql, -1, &st, NULL), SQLITE_OK);
	for (int i = 0; i < sqlite3_bind_parameter_count(st); i++)
		sqlite3_bind_text(st, i + 1, iso[i], -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct slow *x = slow_get(out, (const char *)sqlite3_column_text(st, 0));
		struct report_stats *s = &x->s;
#define C(i) ((long)sqlite3_column_int64(st, i))
		switch (which) {
		case 0:
			s->received += C(1);
			s->inspection_referrals += C(2);
			break;
		case 1:
			s->accepted += C(1);
			s->workers += C(2);
			s->collective_cases += C(3);
			s->collective_workers += C(4);
			s->claimed += sqlite3_column_int64(st, 5);
			s->legal_aid_cases += C(6);
			break;
		case 2:
		case 3:
			s->open_at_start += C(1);
			s->open_at_end += C(2);
			s->overdue += C(3);
			s->extended += C(4);
			s->suspended += C(5);
			s->over_limit += C(6);
			if (which == 2)
				break;
			s->refused += C(7);
			s->premediation_settled += C(8);
			s->closed += C(9);
			s->closed_mediated += C(10);
			s->closed_award_final += C(11);
			s->closed_award_nonfinal += C(12);
			s->closed_withdrawn += C(13);
			s->closed_transferred += C(14);
			s->resolved_amount += sqlite3_column_int64(st, 15);
			x->days += sqlite3_column_int64(st, 16);
			break;
		case 4:
			s->paid += sqlite3_column_int64(st, 1);
			s->paid_cases += C(2);
			break;
		}
#undef C
	}
	sqlite3_finalize(st);
	free(sql);
}

static const char *const exprs[] = {
	[REPORT_BY_NONE] = "'合计'",
	[REPORT_BY_TRACK] = "CASE WHEN fast THEN '速裁' WHEN simple THEN '简易' ELSE '普通' END",
	[REPORT_BY_INDUSTRY] = "coalesce(nullif(trim(industry), ''), '未填')",
	[REPORT_BY_COLLECTIVE] = "CASE WHEN collective THEN '集体' ELSE '非集体' END",
};

static void slow_stats(struct db *db, int from, int to, int today, enum report_by by,
		       struct slows *out)
{
	char b0[DATE_ISO_LEN], b1[DATE_ISO_LEN], b2[DATE_ISO_LEN];
	const char *iso[3] = {date_iso(from, b0), date_iso(to, b1),
			      date_iso(to < today ? to : today, b2)};
	const char *const bodies[] = {q_received, q_accepted, q_open, q_closed, q_paid};

	memset(out, 0, sizeof *out);
	for (int i = 0; i < 5; i++)
		slow_run(db, exprs[by], bodies[i], iso, out, i);
	for (size_t i = 0; i < out->n; i++) {
		struct slow *x = &out->v[i];
		x->s.avg_days_to_close = x->s.closed > 0
			? (long)((x->days * 20 + x->s.closed) / (2 * (int64_t)x->s.closed)) : -1;
	}
}

/* Every counted figure of every slice, fast against slow; the total row
 * against the slow slices summed. */
static void compare_stats(struct fx *f, int from, int to, enum report_by by)
{
	struct report_stats *rows = NULL, total;
	struct slows slow;
	struct tc_err e = {0};
	size_t n = 0;
	char a[DATE_ISO_LEN], b[DATE_ISO_LEN];
	int64_t days = 0;

	if (report_stats(f->db, &f->a, from, to, by, &rows, &n, &e) != TC_OK)
		fail_msg("report_stats: %s", e.msg);
	slow_stats(f->db, from, to, date_today(), by, &slow);
	memset(&total, 0, sizeof total);
	for (size_t i = 0; i < slow.n; i++) {
		const struct slow *x = &slow.v[i];
#define ADD(c) total.c += x->s.c;
		FIGURES(ADD)
#undef ADD
		days += x->days;
		bool found = false;
		for (size_t k = 0; k < n; k++) {
			if (strcmp(rows[k].slice, x->slice) != 0 ||
			    (by != REPORT_BY_NONE && k == n - 1))
				continue;
			found = true;
#define CMP(c)                                                                         \
	if (rows[k].c != x->s.c)                                                           \
		fail_msg("%s..%s by %d, %s: " #c " %ld, slow %ld", date_iso(from, a),         \
			 date_iso(to, b), by, x->slice, (long)rows[k].c, (long)x->s.c);
			FIGURES(CMP)
#undef CMP
		}
		/* A slice the slow way found with nothing to count may be left
		 * out (industries); none with a figure. */
		if (!found && (x->s.received || x->s.accepted || x->s.closed || x->s.open_at_start ||
			       x->s.open_at_end || x->s.overdue || x->s.paid || x->s.refused ||
			       x->s.premediation_settled || x->s.over_limit))
			fail_msg("%s..%s by %d: slice %s missing", date_iso(from, a), date_iso(to, b), by,
				 x->slice);
	}
	/* The fast rows the slow way has not: all zero. */
	for (size_t k = 0; k + (by != REPORT_BY_NONE) < n; k++) {
		bool found = false;
		for (size_t i = 0; i < slow.n; i++)
			found = found || strcmp(rows[k].slice, slow.v[i].slice) == 0;
		if (!found && (rows[k].received || rows[k].accepted || rows[k].closed ||
			       rows[k].open_at_start || rows[k].open_at_end || rows[k].overdue))
			fail_msg("%s..%s by %d: slice %s has figures the slow way has not",
				 date_iso(from, a), date_iso(to, b), by, rows[k].slice);
	}
	if (by != REPORT_BY_NONE) {
		const struct report_stats *t = &rows[n - 1];
		total.avg_days_to_close = total.closed > 0
			? (long)((days * 20 + total.closed) / (2 * (int64_t)total.closed)) : -1;
		assert_string_equal(t->slice, "合计");
#define CMPT(c)                                                                        \
	if (t->c != total.c)                                                               \
		fail_msg("%s..%s by %d, total: " #c " %ld, slow %ld", date_iso(from, a),        \
			 date_iso(to, b), by, (long)t->c, (long)total.c);
		FIGURES(CMPT)
#undef CMPT
	}
	free(rows);
	free(slow.v);
}

/* The stage each case stood in at the end of `day`, by its journal
 * replayed up to then (the rows a revert undid left out), as the weekly
 * summary read it before the day counts; for today, the stage column. */
struct slow_open {
	long stage[STAGE_COUNT], total;
	struct tally_person p[256];
	size_t np;
};

static void slow_person(struct slow_open *o, int64_t id, bool arb)
{
	for (size_t i = 0; i < o->np; i++) {
		if (o->p[i].id == id && o->p[i].arbitrator == arb) {
			o->p[i].open++;
			return;
		}
	}
	assert_true(o->np < 256);
	o->p[o->np++] = (struct tally_person){.id = id, .arbitrator = arb, .open = 1};
}

static void slow_open_on(struct db *db, int day, int today, struct slow_open *o)
{
	static const char now_sql[] =
		"SELECT id, stage, coalesce(mediator_id, 0), coalesce(arbitrator_id, 0)"
		" FROM cases WHERE stage <> 'closed'";
	static const char then_sql[] =
		"SELECT id, stage, coalesce(mediator_id, 0), coalesce(arbitrator_id, 0)"
		" FROM cases WHERE stage <> 'closed' AND received_on <= ?1"
		" UNION ALL "
		"SELECT id, stage, coalesce(mediator_id, 0), coalesce(arbitrator_id, 0)"
		" FROM cases WHERE closed_on > ?1 AND stage = 'closed' AND received_on <= ?1";
	static const char last_sql[] =
		"SELECT effective_on > ?2 FROM journal WHERE case_id = ?1 ORDER BY id DESC LIMIT 1";
	static const char journal_sql[] =
		"SELECT kind FROM journal j WHERE case_id = ?1 AND effective_on <= ?2 AND NOT EXISTS"
		" (SELECT 1 FROM case_undo u WHERE u.journal_id = j.id AND u.undone_by IS NOT NULL)"
		" ORDER BY id";
	bool past = day < today;
	char iso[DATE_ISO_LEN];
	sqlite3_stmt *st, *q;

	memset(o, 0, sizeof *o);
	date_iso(day, iso);
	assert_int_equal(sqlite3_prepare_v2(db->h, past ? then_sql : now_sql, -1, &st, NULL),
			 SQLITE_OK);
	if (past)
		sqlite3_bind_text(st, 1, iso, -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(st, 0);
		enum stage s = STAGE_RECEIVED;
		stage_parse((const char *)sqlite3_column_text(st, 1), &s, NULL);
		if (past) {
			bool later = true;
			if (s != STAGE_CLOSED) {
				assert_int_equal(sqlite3_prepare_v2(db->h, last_sql, -1, &q, NULL), SQLITE_OK);
				sqlite3_bind_int64(q, 1, id);
				sqlite3_bind_text(q, 2, iso, -1, SQLITE_STATIC);
				later = sqlite3_step(q) == SQLITE_ROW && sqlite3_column_int(q, 0);
				sqlite3_finalize(q);
			}
			if (later) {
				enum stage cur = STAGE_RECEIVED, prev = STAGE_ACCEPTED, to;
				bool extended = false;
				assert_int_equal(sqlite3_prepare_v2(db->h, journal_sql, -1, &q, NULL),
						 SQLITE_OK);
				sqlite3_bind_int64(q, 1, id);
				sqlite3_bind_text(q, 2, iso, -1, SQLITE_STATIC);
				while (sqlite3_step(q) == SQLITE_ROW) {
					const char *kind = (const char *)sqlite3_column_text(q, 0);
					if (strcmp(kind, "add") == 0) {
						cur = STAGE_RECEIVED;
						continue;
					}
					if (!wf_next(cur, kind, prev, extended, &to))
						continue;
					if (to == STAGE_SUSPENDED && cur != STAGE_SUSPENDED)
						prev = cur;
					if (strcmp(kind, "extend") == 0)
						extended = true;
					cur = to;
				}
				sqlite3_finalize(q);
				if (cur == STAGE_CLOSED)
					continue;
				s = cur;
			}
		}
		o->stage[s]++;
		o->total++;
		int64_t med = sqlite3_column_int64(st, 2), arb = sqlite3_column_int64(st, 3);
		if (med && (s == STAGE_PREMEDIATION || s == STAGE_MEDIATING))
			slow_person(o, med, false);
		if (arb)
			slow_person(o, arb, true);
	}
	sqlite3_finalize(st);
}

static void compare_open(struct fx *f, int day)
{
	struct slow_open slow;
	struct tally_open fast;
	struct tc_err e = {0};
	char iso[DATE_ISO_LEN];

	slow_open_on(f->db, day == TALLY_NOW ? f->today : day, f->today, &slow);
	if (tally_open_at(f->db, day, &fast, &e) != TC_OK)
		fail_msg("tally_open_at: %s", e.msg);
	const char *d = day == TALLY_NOW ? "now" : date_iso(day, iso);
	for (int s = 0; s < STAGE_COUNT; s++)
		if (fast.stage[s] != slow.stage[s])
			fail_msg("%s: open in %s %ld, slow %ld", d, stage_name((enum stage)s),
				 fast.stage[s], slow.stage[s]);
	assert_int_equal(fast.total, slow.total);
	if (fast.npersons != slow.np)
		fail_msg("%s: %zu people with a load, slow %zu", d, fast.npersons, slow.np);
	for (size_t i = 0; i < slow.np; i++) {
		bool ok = false;
		for (size_t k = 0; k < fast.npersons; k++)
			ok = ok || (fast.persons[k].id == slow.p[i].id &&
				    fast.persons[k].arbitrator == slow.p[i].arbitrator &&
				    fast.persons[k].open == slow.p[i].open);
		if (!ok)
			fail_msg("%s: %s %lld: %ld open, not so fast", d,
				 slow.p[i].arbitrator ? "arbitrator" : "mediator", (long long)slow.p[i].id,
				 slow.p[i].open);
	}
	free(fast.persons);
}

/* The weekly summary's list before the day counts: each case open on ?1
 * and not suspended, by its earliest running statutory clock, due in
 * [?2, ?3], by that date and case number. */
static const char due_sql[] =
	"SELECT c.id, min(k.due_on), k.clock FROM ("
	"SELECT c.id FROM cases c WHERE c.stage <> 'closed' AND NOT " SUSPENDED_ON("c", "?1")
	" UNION ALL SELECT c.id FROM cases c WHERE c.closed_on > ?1 AND c.stage = 'closed'"
	" AND NOT " SUSPENDED_ON("c", "?1")
	") o CROSS JOIN cases c ON c.id = o.id CROSS JOIN case_clocks k ON k.case_id = c.id"
	" WHERE k.statutory AND k.start_on <= ?1"
	" AND coalesce(k.ended_on, c.closed_on, '9999-12-31') > ?1"
	" GROUP BY c.id HAVING min(k.due_on) BETWEEN ?2 AND ?3 ORDER BY 2, c.year, c.seq";

static void compare_due(struct fx *f, int day, int lo, int hi)
{
	struct tally_due_row *rows;
	size_t n, total, i = 0;
	struct tc_err e = {0};
	char d[DATE_ISO_LEN], a[DATE_ISO_LEN], b[DATE_ISO_LEN], due[DATE_ISO_LEN];
	sqlite3_stmt *st;

	if (tally_due(f->db, day, lo, hi, (size_t)-1, &rows, &n, &total, &e) != TC_OK)
		fail_msg("tally_due: %s", e.msg);
	assert_int_equal(n, total);
	assert_int_equal(sqlite3_prepare_v2(f->db->h, due_sql, -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_text(st, 1, date_iso(day, d), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, lo == DATE_NONE ? "0000-00-00" : date_iso(lo, a), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, date_iso(hi, b), -1, SQLITE_STATIC);
	for (; sqlite3_step(st) == SQLITE_ROW; i++) {
		if (i >= n)
			fail_msg("%s: the list has %zu cases, the slow one more", d, n);
		if (rows[i].case_id != sqlite3_column_int64(st, 0) ||
		    strcmp(date_iso(rows[i].due, due), (const char *)sqlite3_column_text(st, 1)) != 0 ||
		    strcmp(rows[i].clock, (const char *)sqlite3_column_text(st, 2)) != 0)
			fail_msg("%s [%s, %s] row %zu: case %lld %s %s, slow %lld %s %s", d, a, b, i,
				 (long long)rows[i].case_id, due, rows[i].clock,
				 (long long)sqlite3_column_int64(st, 0), sqlite3_column_text(st, 1),
				 sqlite3_column_text(st, 2));
	}
	sqlite3_finalize(st);
	if (i != n)
		fail_msg("%s: the list has %zu cases, the slow one %zu", d, n, i);
	/* The first 5 alone: the same rows, the same total. */
	struct tally_due_row *first;
	size_t nf, tf;
	if (tally_due(f->db, day, lo, hi, 5, &first, &nf, &tf, &e) != TC_OK)
		fail_msg("tally_due: %s", e.msg);
	assert_int_equal(tf, total);
	assert_int_equal(nf, total < 5 ? total : 5);
	for (size_t k = 0; k < nf; k++)
		if (first[k].case_id != rows[k].case_id || first[k].due != rows[k].due)
			fail_msg("%s: row %zu of the first 5 is case %lld, of the whole list %lld", d, k,
				 (long long)first[k].case_id, (long long)rows[k].case_id);
	free(first);
	free(rows);
}

/* The weekly summary's cases closed by person, as it counted them before
 * the day counts. */
static void compare_closed_by(struct fx *f, int from, int to)
{
	static const char sql[] =
		"SELECT coalesce(mediator_id, 0), coalesce(arbitrator_id, 0), hearing_at IS NULL,"
		" outcome IN ('调解', '案外调解')"
		" FROM cases WHERE closed_on BETWEEN ?1 AND ?2 AND stage = 'closed'"
		" AND (accepted_on IS NOT NULL OR outcome = '案外调解')"
		" AND (mediator_id IS NOT NULL OR arbitrator_id IS NOT NULL)";
	struct tally_closer slow[256], *fast;
	size_t ns = 0, nf;
	struct tc_err e = {0};
	char a[DATE_ISO_LEN], b[DATE_ISO_LEN];
	sqlite3_stmt *st;

	assert_int_equal(sqlite3_prepare_v2(f->db->h, sql, -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_text(st, 1, date_iso(from, a), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, date_iso(to, b), -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW) {
		int64_t who[2] = {sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1)};
		for (int arb = 0; arb < 2; arb++) {
			if (!who[arb] || (!arb && !sqlite3_column_int(st, 2)))
				continue;
			size_t i = 0;
			while (i < ns && !(slow[i].id == who[arb] && slow[i].arbitrator == arb))
				i++;
			if (i == ns) {
				assert_true(ns < 256);
				slow[ns++] = (struct tally_closer){.id = who[arb], .arbitrator = arb};
			}
			slow[i].closed++;
			if (!arb)
				slow[i].settled += sqlite3_column_int(st, 3);
		}
	}
	sqlite3_finalize(st);
	if (tally_closed_by(f->db, from, to, &fast, &nf, &e) != TC_OK)
		fail_msg("tally_closed_by: %s", e.msg);
	if (nf != ns)
		fail_msg("%s..%s: %zu people closed cases, slow %zu", a, b, nf, ns);
	for (size_t i = 0; i < ns; i++) {
		bool ok = false;
		for (size_t k = 0; k < nf; k++)
			ok = ok || (fast[k].id == slow[i].id && fast[k].arbitrator == slow[i].arbitrator &&
				    fast[k].closed == slow[i].closed && fast[k].settled == slow[i].settled);
		if (!ok)
			fail_msg("%s..%s: %s %lld closed %ld settled %ld, not so fast", a, b,
				 slow[i].arbitrator ? "arbitrator" : "mediator", (long long)slow[i].id,
				 slow[i].closed, slow[i].settled);
	}
	free(fast);
}

/* ---- the office ----------------------------------------------------------- */

static void refresh(struct fx *f)
{
	struct tc_err e = {0};

	assert_int_equal(db_begin(f->db, &e), TC_OK);
	if (tally_refresh(f->db, &e) != TC_OK)
		fail_msg("tally_refresh: %s", e.msg);
	assert_int_equal(db_commit(f->db, &e), TC_OK);
}

/* Undo the latest change of some cases that moved on (`case revert`): the
 * journal keeps the row, the replay leaves it out. */
static int revert_some(struct fx *f)
{
	static const char sql[] =
		"SELECT c.id FROM cases c WHERE c.stage IN ('mediating', 'hearing', 'closed')"
		" ORDER BY c.id LIMIT 12";
	int64_t ids[12];
	size_t n = 0;
	sqlite3_stmt *st;
	int done = 0;

	assert_int_equal(sqlite3_prepare_v2(f->db->h, sql, -1, &st, NULL), SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW && n < 12)
		ids[n++] = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	for (size_t i = 0; i < n; i++) {
		struct corr_request req = {.what = "revert", .on = DATE_NONE, .reason = "录入有误"};
		struct corr_result res;
		struct tc_err e = {0};
		done += corr_apply(f->db, &f->a, ids[i], &req, f->today, &res, &e) == TC_OK;
	}
	return done;
}

static int setup(void **state)
{
	struct fx *f = xcalloc(1, sizeof *f);
	struct demo_opts o;
	struct tc_err e = {0};

	if ((f->dir = fx_tmpdir("tally")) == NULL)
		return -1;
	f->db = fx_db(f->dir, "t.db", true);
	f->a = fx_admin;
	fx_roster(f->db, &f->a);
	f->today = fx_day(TODAY);
	demo_opts_init(&o);
	o.cases = 400;
	o.weeks = 8;
	o.seed = 1;
	o.today = f->today;
	if (demo_build(f->db, &o, &e) != TC_OK)
		fail_msg("demo_build: %s", e.msg);
	assert_true(revert_some(f) > 0);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fx *f = *state;

	fx_done(f->db, f->dir);
	free(f);
	return 0;
}

/* ---- the tests ------------------------------------------------------------ */

/* The office has what the comparison needs to mean something. */
static void test_the_office(void **state)
{
	struct fx *f = *state;

	assert_true(fx_count(f->db, "SELECT count(*) FROM case_undo WHERE undone_by IS NOT NULL") > 0);
	assert_true(fx_count(f->db, "SELECT count(*) FROM journal WHERE kind = 'suspend'") > 0);
	assert_true(fx_count(f->db, "SELECT count(*) FROM journal WHERE kind = 'resume'") > 0);
	assert_true(fx_count(f->db, "SELECT count(*) FROM journal WHERE kind = 'extend'") > 0);
	assert_true(fx_count(f->db, "SELECT count(*) FROM cases WHERE outcome = '案外调解'") > 0);
	assert_true(fx_count(f->db, "SELECT count(*) FROM payments") > 0);
	refresh(f);
	assert_int_equal(fx_count(f->db, "SELECT count(*) FROM tally_dirty"), 0);
	assert_int_equal(fx_count(f->db, "SELECT count(*) FROM tally_cases"),
			 fx_count(f->db, "SELECT count(*) FROM cases"));
}

/* Every week, every month, the whole span and odd periods, in every
 * slicing. */
static void test_stats(void **state)
{
	struct fx *f = *state;
	int first = f->today - 7 * 10;

	refresh(f);
	for (int by = REPORT_BY_NONE; by <= REPORT_BY_COLLECTIVE; by++) {
		for (int m = first - 6; m <= f->today + 7; m += 7)
			compare_stats(f, m, m + 6, (enum report_by)by);
		compare_stats(f, fx_day("2026-09-01"), fx_day("2026-09-30"), (enum report_by)by);
		compare_stats(f, fx_day("2026-10-01"), fx_day("2026-10-31"), (enum report_by)by);
		compare_stats(f, fx_day("2026-09-15"), fx_day("2026-11-22"), (enum report_by)by);
		compare_stats(f, fx_day("2025-01-01"), fx_day("2027-12-31"), (enum report_by)by);
		compare_stats(f, fx_day("2026-11-03"), fx_day("2026-11-03"), (enum report_by)by);
		compare_stats(f, fx_day("2026-12-01"), fx_day("2026-12-31"), (enum report_by)by);
	}
}

/* Open cases by stage and the load of each person, on every day of the
 * span and now; the cases each person closed, week by week. */
static void test_open(void **state)
{
	struct fx *f = *state;

	refresh(f);
	for (int d = f->today - 7 * 10; d < f->today; d++)
		compare_open(f, d);
	compare_open(f, TALLY_NOW);
	for (int m = f->today - 7 * 10 - 6; m <= f->today; m += 7)
		compare_closed_by(f, m, m + 6);
	compare_closed_by(f, f->today - 30, f->today);
}

/* The 超期 list and the coming-due list, every day; and the 超期 list's
 * length is the statistics' 超期 of the day. */
static void test_due(void **state)
{
	struct fx *f = *state;
	struct tc_err e = {0};

	refresh(f);
	for (int d = f->today - 7 * 10; d <= f->today; d++) {
		compare_due(f, d, DATE_NONE, d - 1);
		compare_due(f, d, d, d + 13);
		struct tally_due_row *rows;
		size_t n, total;
		struct report_stats *st;
		size_t ns;
		assert_int_equal(tally_due(f->db, d, DATE_NONE, d - 1, 50, &rows, &n, &total, &e), TC_OK);
		assert_true(n <= 50);
		free(rows);
		assert_int_equal(report_stats(f->db, &f->a, d, d, REPORT_BY_NONE, &st, &ns, &e), TC_OK);
		assert_int_equal(st[0].overdue, (long)total);
		free(st);
	}
}

/* Changes not derived yet, read by a connection that cannot write: the
 * temporary tables give the same figures, and nothing is kept; the next
 * refresh that can write keeps them. */
static void test_cannot_write(void **state)
{
	struct fx *f = *state;
	struct tc_err e = {0};

	refresh(f);
	assert_true(revert_some(f) > 0);
	/* Money paid in the week: one case paid for the first time in it,
	 * one paid again on a second day. */
	assert_int_equal(sqlite3_exec(f->db->h,
				      "INSERT INTO payments(case_id, amount, paid_on, paid_by) VALUES"
				      " (3, 120000, '2026-11-18', '某公司'), (3, 5000, '2026-11-20', '某公司'),"
				      " ((SELECT min(case_id) FROM payments), 7700, '2026-11-19', NULL)",
				      NULL, NULL, NULL), SQLITE_OK);
	int64_t marked = fx_count(f->db, "SELECT count(*) FROM tally_dirty");
	assert_true(marked > 0);
	f->db->readonly = true;
	compare_stats(f, f->today - 6, f->today, REPORT_BY_TRACK);
	compare_stats(f, fx_day("2026-10-01"), fx_day("2026-10-31"), REPORT_BY_NONE);
	assert_int_equal(tally_refresh(f->db, &e), TC_OK); /* no transaction: into temp */
	for (int d = f->today - 20; d < f->today; d += 3) {
		compare_open(f, d);
		compare_due(f, d, DATE_NONE, d - 1);
	}
	compare_open(f, TALLY_NOW);
	compare_closed_by(f, f->today - 6, f->today);
	f->db->readonly = false;
	assert_int_equal(fx_count(f->db, "SELECT count(*) FROM tally_dirty"), marked);
	assert_true(fx_count(f->db, "SELECT count(*) FROM temp.tally_fix_cases") > 0);
	refresh(f);
	assert_int_equal(fx_count(f->db, "SELECT count(*) FROM tally_dirty"), 0);
	assert_int_equal(fx_count(f->db, "SELECT count(*) FROM temp.tally_fix_cases"), 0);
	compare_stats(f, f->today - 6, f->today, REPORT_BY_TRACK);
}

/* tally_verify: silent on the kept tables, names what was changed behind
 * the program's back; tally_rebuild repairs it. */
static void test_verify(void **state)
{
	struct fx *f = *state;
	struct strlist p = {0};
	struct tc_err e = {0};
	size_t checked = 0;

	refresh(f);
	assert_int_equal(tally_verify(f->db, &p, &checked, &e), TC_OK);
	assert_int_equal(checked, fx_count(f->db, "SELECT count(*) FROM cases"));
	for (size_t i = 0; i < p.n; i++)
		print_message("%s\n", p.v[i]);
	assert_int_equal(p.n, 0);

	/* A case marked and not derived again is not compared. */
	assert_int_equal(sqlite3_exec(f->db->h, "UPDATE cases SET industry = '制造业' WHERE id = 5",
				      NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(tally_verify(f->db, &p, &checked, &e), TC_OK);
	assert_int_equal(p.n, 0);
	refresh(f);

	/* A count changed, and a case's spans. */
	assert_int_equal(sqlite3_exec(f->db->h,
				      "UPDATE tally_days SET n = n + 1 WHERE (what, day, key, fast, simple,"
				      " collective, industry) = (SELECT what, day, key, fast, simple,"
				      " collective, industry FROM tally_days LIMIT 1)",
				      NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_exec(f->db->h,
				      "UPDATE tally_cases SET spans = replace(spans, 'O:', 'O:1') WHERE"
				      " case_id = (SELECT min(case_id) FROM tally_cases WHERE spans LIKE '%O:%')",
				      NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(tally_verify(f->db, &p, &checked, &e), TC_OK);
	assert_true(p.n >= 2);
	bool count = false, one = false;
	for (size_t i = 0; i < p.n; i++) {
		count = count || strstr(p.v[i], "」的计数比按案件推算的多 1") != NULL;
		one = one || strstr(p.v[i], "的统计记录与按其案件、期限和日志推算的不符") != NULL;
	}
	assert_true(count);
	assert_true(one);
	sl_free(&p);

	/* The cases a quick check replays: the changed one is named, the
	 * others pass, the sums are not looked at. */
	int64_t changed = fx_count(f->db, "SELECT case_id FROM tally_cases WHERE spans LIKE '%O:1%'");
	int64_t ids[3] = {changed, changed + 1, changed + 2};
	memset(&p, 0, sizeof p);
	assert_int_equal(tally_verify_cases(f->db, ids, 3, &p, &checked, &e), TC_OK);
	assert_int_equal(checked, 3);
	assert_int_equal(p.n, 1);
	char *name = xasprintf("案件 %s的统计记录", fx_case_col(f->db, changed, "case_no"));
	assert_non_null(strstr(p.v[0], name));
	free(name);
	sl_free(&p);
	memset(&p, 0, sizeof p);
	assert_int_equal(tally_verify_cases(f->db, ids + 1, 2, &p, &checked, &e), TC_OK);
	assert_int_equal(p.n, 0);

	/* The repair: everything derived again, nothing left to report, the
	 * figures as before. */
	assert_int_equal(tally_rebuild(f->db, &e), TC_OK);
	memset(&p, 0, sizeof p);
	assert_int_equal(tally_verify(f->db, &p, &checked, &e), TC_OK);
	assert_int_equal(p.n, 0);
	compare_stats(f, f->today - 27, f->today, REPORT_BY_INDUSTRY);
	compare_open(f, f->today - 10);
}

/* 超期 of the week ending on sunday (the statistics' figure at its end). */
static long weekly_overdue(struct fx *f, const char *sunday)
{
	struct report_stats *st;
	struct tc_err e = {0};
	size_t n;
	int day = fx_day(sunday);

	if (report_stats(f->db, &f->a, day - 6, day, REPORT_BY_NONE, &st, &n, &e) != TC_OK)
		fail_msg("report_stats: %s", e.msg);
	long v = st[0].overdue;
	free(st);
	return v;
}

/* The Sundays whose week's 超期 the cases below are counted in. */
static const char *const sundays[] = {"2026-10-18", "2026-10-25", "2026-11-01", "2026-11-08",
				      "2026-11-15", "2026-11-22"};
#define NSUNDAYS (sizeof sundays / sizeof sundays[0])

/* A case received and accepted on Monday 2026-10-12 with no tribunal
 * formed (组庭通知 due 10-19), then the events ev (with revert, the last
 * one undone by `case revert`): the weekly 超期 of each Sunday must move
 * by more[i], and the figures still be the slow definition's. */
static void late_case(struct fx *f, unsigned worker, const struct wf_request *ev, size_t nev,
		      bool revert, const long more[NSUNDAYS])
{
	struct case_party_in app = {.name = "罗建", .id_no = fx_id_no(worker)};
	struct case_party_in resp = {.name = "贵阳某劳务有限公司"};
	struct case_claim_in cl = {.kind = "工资", .amount = "9000"};
	struct case_new req = {.applicants = &app, .napplicants = 1, .respondents = &resp,
			       .nrespondents = 1, .claims = &cl, .nclaims = 1,
			       .received = "2026-10-12"};
	struct wf_request accept = {.event = "accept", .on = fx_day("2026-10-12")};
	struct corr_request undo = {.what = "revert", .on = DATE_NONE, .reason = "录入有误"};
	struct corr_result cres;
	struct wf_result res;
	struct tc_err e = {0};
	long before[NSUNDAYS];
	int64_t id;
	char no[96];

	refresh(f);
	for (size_t i = 0; i < NSUNDAYS; i++)
		before[i] = weekly_overdue(f, sundays[i]);
	if (case_add(f->db, &f->a, &req, f->today, &id, no, NULL, &e) != TC_OK ||
	    wf_apply(f->db, &f->a, id, &accept, f->today, &res, &e) != TC_OK)
		fail_msg("the case: %s", e.msg);
	for (size_t i = 0; i < nev; i++)
		if (wf_apply(f->db, &f->a, id, &ev[i], f->today, &res, &e) != TC_OK)
			fail_msg("%s: %s", ev[i].event, e.msg);
	if (revert && corr_apply(f->db, &f->a, id, &undo, f->today, &cres, &e) != TC_OK)
		fail_msg("revert: %s", e.msg);
	refresh(f);
	for (size_t i = 0; i < NSUNDAYS; i++)
		if (weekly_overdue(f, sundays[i]) != before[i] + more[i])
			fail_msg("week to %s: 超期 %ld, want %ld", sundays[i], weekly_overdue(f, sundays[i]),
				 before[i] + more[i]);
	compare_stats(f, fx_day("2026-10-26"), fx_day("2026-11-01"), REPORT_BY_NONE);
	compare_stats(f, fx_day("2026-11-16"), fx_day("2026-11-22"), REPORT_BY_NONE);
}

/* A case past due for days and suspended after them is 超期 on those days
 * (a statutory clock past due, neither closed nor suspended on the day:
 * tiaocai(5), STATISTICS), and not once suspended: suspended on 11-04,
 * one more 超期 at the end of the weeks to 10-25 and to 11-01, none
 * after. */
static void test_suspended_later(void **state)
{
	static const long more[NSUNDAYS] = {0, 1, 1, 0, 0, 0};
	const struct wf_request ev[] = {
		{.event = "suspend", .on = fx_day("2026-11-04"), .reason = "等待工伤认定结论"},
	};

	late_case(*state, 365000, ev, 1, false, more);
}

/* A resumption undone (`case revert`) leaves the case suspended, as its
 * row says: not 超期 from its suspension on, though the journal still
 * holds the resume row.  Suspended on 11-04, resumed on 11-10, that
 * resumption reverted. */
static void test_resumption_undone(void **state)
{
	static const long more[NSUNDAYS] = {0, 1, 1, 0, 0, 0};
	const struct wf_request ev[] = {
		{.event = "suspend", .on = fx_day("2026-11-04"), .reason = "等待工伤认定结论"},
		{.event = "resume", .on = fx_day("2026-11-10")},
	};

	late_case(*state, 365001, ev, 2, true, more);
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_the_office),
		cmocka_unit_test(test_stats),
		cmocka_unit_test(test_open),
		cmocka_unit_test(test_due),
		cmocka_unit_test(test_cannot_write),
		cmocka_unit_test(test_verify),
		cmocka_unit_test(test_suspended_later),
		cmocka_unit_test(test_resumption_undone),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
