/*
 * report.c - the statistics of a period (the upstream CSV) and the weekly
 * summary, from one set of definitions: tiaocai(5), STATISTICS and THE
 * WEEKLY SUMMARY.  A figure that changes here changes there, in the same
 * words.
 *
 * What a case did on a day (received, accepted, closed, with its workers
 * and amounts) and where it stood on a day (open, by stage, 超期, 超审限)
 * are read from the day counts tally.h keeps for every case, so that a
 * week of ten years ago costs what this week costs: sums over a few
 * hundred rows.  The payments of a period (已兑现) are tally_pay's rows of
 * its days, a case counted on its first day paid in it (the total row
 * reads the payments' own index instead); the extensions and suspensions
 * of a period are the journal's rows of its days (journal_stops), each
 * case counted once.  The weekly summary's lists come from tally_due; the cases
 * listed, the names and the clocks' labels from their rows.  The counts
 * are brought up to date, and everything read, in one transaction.
 *
 * test_tally.c compares every figure with the SQL and the journal replay
 * they were counted by before (the definitions as they stand), on every
 * day and period of a generated office.
 */
#include "tiaocai/report.h"
#include "tiaocai/afile.h"
#include "tiaocai/clock.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/journal.h"
#include "tiaocai/tally.h"
#include "tiaocai/money.h"
#include "tiaocai/text.h"
#include "tiaocai/workflow.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- slices ---------------------------------------------------------- */

static const struct {
	const char *name;  /* --by */
	const char *zh;
	const char *expr;  /* the slice of a cases row, in SQL */
} bys[] = {
	[REPORT_BY_NONE] = {"none", "不分", "'合计'"},
	[REPORT_BY_TRACK] = {"track", "程序",
			     "CASE WHEN fast THEN '速裁' WHEN simple THEN '简易' ELSE '普通' END"},
	[REPORT_BY_INDUSTRY] = {"industry", "行业", "coalesce(nullif(trim(industry), ''), '未填')"},
	[REPORT_BY_COLLECTIVE] = {"collective", "集体",
				  "CASE WHEN collective THEN '集体' ELSE '非集体' END"},
};
#define NBYS (sizeof bys / sizeof bys[0])

#define TOTAL "合计"
#define UNFILLED "未填"

enum tc_status report_by_parse(const char *s, enum report_by *out, struct tc_err *e)
{
	for (size_t i = 0; i < NBYS; i++) {
		if (s && (strcmp(s, bys[i].name) == 0 || strcmp(s, bys[i].zh) == 0)) {
			*out = (enum report_by)i;
			return TC_OK;
		}
	}
	return err_set(e, TC_USAGE, "by", "--by 应为 none、track、industry 或 collective: %s",
		       s ? s : "");
}

/* One slice while it is counted: the figures and what the averages need. */
struct acc {
	struct report_stats s;
	int64_t days; /* sum of closed_on - accepted_on over the closed cases */
};

struct accs {
	struct acc *v;
	size_t n, cap;
};

static struct acc *acc_get(struct accs *a, const char *slice, int from, int to)
{
	for (size_t i = 0; i < a->n; i++)
		if (strcmp(a->v[i].s.slice, slice) == 0)
			return &a->v[i];
	a->v = xgrow(a->v, &a->cap, a->n + 1, sizeof *a->v);
	struct acc *x = &a->v[a->n++];
	memset(x, 0, sizeof *x);
	x->s.from = from;
	x->s.to = to;
	text_copy(x->s.slice, sizeof x->s.slice, slice); /* an industry stored long */
	return x;
}

/* ---- the queries ----------------------------------------------------- */

/*
 * Parameters: ?1 the period's first day, ?2 its last, ?3 the day overdue
 * is counted at (the last day, or today when that is earlier), all ISO.
 * Each query is "SELECT <slice>" followed by one of these; columns from 1
 * on are read by the matching add_* function below.  Each walks the index
 * of one date over the period only: what the period's cases did.  What
 * stood open on a day (at the start, at the end, 超期, 超审限) is read from
 * the day counts of tally.h instead, whatever the years before.
 */
/* An extension or a suspension dated in the period, of a case open now or
 * closed since the period began, counted once per case; only the cases
 * whose row says they ever had one count (extended is never cleared; a
 * suspension leaves suspended_on while it runs and suspended_days after,
 * so one resumed the day it began, which paused nothing, is not counted).
 * The journal's rows of the two kinds have an index of their own; the
 * cases are read in id order. */
static const char q_stops[] =
	", count(*) FILTER (WHERE kind = 'extend' AND extended),"
	" count(*) FILTER (WHERE kind = 'suspend' AND (suspended_on IS NOT NULL OR suspended_days > 0))"
	" FROM (SELECT j.case_id AS cid, j.kind AS kind FROM journal j INDEXED BY journal_stops"
	"  WHERE j.kind IN ('extend', 'suspend') AND j.effective_on BETWEEN ?1 AND ?2 GROUP BY 1, 2)"
	" CROSS JOIN cases ON cases.id = cid WHERE cases.stage <> 'closed' OR cases.closed_on >= ?1"
	" GROUP BY 1";

/* 超期 at ?3 (tiaocai(5), DEADLINES): a statutory clock of the case that
 * was running on ?3 (started by then, not ended before it) was past due;
 * the case is counted once however many.  A clock whose end is unknown
 * (a database from before the clocks table) ended when the case closed.
 * The caller adds "not suspended on ?3".  tally.c counts exactly these
 * days; the SQL is here for the one case it cannot see (below). */
#define LATE_CLOCK                                                                 \
	"EXISTS (SELECT 1 FROM case_clocks k WHERE k.case_id = cases.id AND k.statutory" \
	" AND k.start_on <= ?3 AND k.due_on < ?3"                                        \
	" AND coalesce(k.ended_on, cases.closed_on, '9999-12-31') > ?3)"
/* 超审限 at ?3: the close clock (the 审限, extension included) past due. */
#define PAST_LIMIT                                                                 \
	"accepted_on <= ?3 AND EXISTS (SELECT 1 FROM case_clocks k WHERE"                \
	" k.case_id = cases.id AND k.clock = 'close' AND k.due_on < ?3)"
/* Suspended on ?3: the last suspend or resume dated by ?3 that no revert
 * undid is a suspend (a case resumed on ?3 runs that day; one with
 * neither dated by then is not suspended, hence the coalesce).  Only
 * cases whose row says they were ever suspended look at their journal. */
#define NOT_SUSPENDED                                                              \
	"NOT ((suspended_on IS NOT NULL OR suspended_days > 0) AND"                      \
	" coalesce((SELECT j.kind FROM journal j WHERE j.case_id = cases.id"             \
	" AND j.kind IN ('suspend', 'resume') AND j.effective_on <= ?3"                  \
	" AND NOT EXISTS (SELECT 1 FROM case_undo u WHERE u.case_id = j.case_id"         \
	"  AND u.journal_id = j.id AND u.undone_by IS NOT NULL)"                         \
	" ORDER BY j.effective_on DESC, j.id DESC LIMIT 1) = 'suspend', 0))"

/* 超期 and 超审限 are counted among the cases open now or closed after ?3
 * and not before the period began.  The day counts take every case
 * closed after ?3; when ?3 is before the period (a period that begins
 * after today) those closed between ?3 and the period are taken out. */
static const char q_early[] =
	", count(*) FILTER (WHERE " NOT_SUSPENDED " AND " LATE_CLOCK "),"
	" count(*) FILTER (WHERE " NOT_SUSPENDED " AND " PAST_LIMIT ")"
	" FROM cases INDEXED BY cases_closed WHERE closed_on > ?3 AND closed_on < ?1"
	" AND stage = 'closed' GROUP BY 1";

static long col_l(sqlite3_stmt *st, int i) { return (long)sqlite3_column_int64(st, i); }

static void add_stops(struct acc *a, sqlite3_stmt *st)
{
	a->s.extended += col_l(st, 1);
	a->s.suspended += col_l(st, 2);
}

static void add_early(struct acc *a, sqlite3_stmt *st)
{
	a->s.overdue -= col_l(st, 1);
	a->s.over_limit -= col_l(st, 2);
}

static enum tc_status run(struct db *db, enum report_by by, const char *body, const char *iso[3],
			  int from, int to, struct accs *out,
			  void (*add)(struct acc *, sqlite3_stmt *), struct tc_err *e)
{
	struct strbuf sql = {0};
	sqlite3_stmt *st = NULL;
	int rc;

	/* Constant fragments only: the slice expression is chosen by `by`. */
	sb_puts(&sql, "SELECT ");
	sb_puts(&sql, bys[by].expr);
	sb_puts(&sql, body);
	rc = sqlite3_prepare_v2(db->h, sb_str(&sql), -1, &st, NULL);
	sb_free(&sql);
	if (rc != SQLITE_OK)
		return db_fail(db, rc, "统计", e);
	for (int i = 0; i < 3; i++)
		if (sqlite3_bind_parameter_count(st) > i)
			sqlite3_bind_text(st, i + 1, iso[i], -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		add(acc_get(out, db_col_text(st, 0), from, to), st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "统计", e);
}

/* (num / den) x 100 in tenths, rounded half up; -1 when den is 0. */
static long rate(long num, long den)
{
	if (den <= 0)
		return -1;
	return (long)(((int64_t)num * 2000 + den) / (2 * (int64_t)den));
}

static void derive(struct acc *a)
{
	struct report_stats *s = &a->s;

	s->closed_other = s->closed - s->closed_mediated - s->closed_award_final -
			  s->closed_award_nonfinal - s->closed_withdrawn - s->closed_transferred;
	s->mediation_success_rate = rate(s->closed_mediated + s->premediation_settled,
					 s->closed + s->premediation_settled);
	s->closure_rate = rate(s->closed, s->open_at_start + s->accepted);
	s->avg_days_to_close =
		s->closed > 0 ? (long)((a->days * 20 + s->closed) / (2 * (int64_t)s->closed)) : -1;
}

static void sum_into(struct acc *t, const struct acc *a)
{
	const struct report_stats *s = &a->s;
	struct report_stats *x = &t->s;

	x->open_at_start += s->open_at_start;
	x->received += s->received;
	x->accepted += s->accepted;
	x->refused += s->refused;
	x->workers += s->workers;
	x->collective_cases += s->collective_cases;
	x->collective_workers += s->collective_workers;
	x->premediation_settled += s->premediation_settled;
	x->closed += s->closed;
	x->closed_mediated += s->closed_mediated;
	x->closed_award_final += s->closed_award_final;
	x->closed_award_nonfinal += s->closed_award_nonfinal;
	x->closed_withdrawn += s->closed_withdrawn;
	x->closed_transferred += s->closed_transferred;
	x->open_at_end += s->open_at_end;
	x->claimed += s->claimed;
	x->resolved_amount += s->resolved_amount;
	x->overdue += s->overdue;
	x->over_limit += s->over_limit;
	x->extended += s->extended;
	x->suspended += s->suspended;
	x->legal_aid_cases += s->legal_aid_cases;
	x->inspection_referrals += s->inspection_referrals;
	x->paid += s->paid;
	x->paid_cases += s->paid_cases;
	t->days += a->days;
}

static bool all_zero(const struct acc *a)
{
	struct acc z;

	memset(&z, 0, sizeof z);
	sum_into(&z, a);
	z.s.from = a->s.from;
	z.s.to = a->s.to;
	memcpy(z.s.slice, a->s.slice, sizeof z.s.slice);
	return z.days == 0 && z.s.open_at_start == 0 && z.s.received == 0 && z.s.accepted == 0 &&
	       z.s.refused == 0 && z.s.premediation_settled == 0 && z.s.closed == 0 &&
	       z.s.open_at_end == 0 && z.s.overdue == 0 && z.s.over_limit == 0 && z.s.extended == 0 &&
	       z.s.suspended == 0 && z.s.claimed == 0 && z.s.resolved_amount == 0 && z.s.paid == 0;
}

static int by_slice_name(const void *pa, const void *pb)
{
	const struct acc *a = pa, *b = pb;
	bool ua = strcmp(a->s.slice, UNFILLED) == 0, ub = strcmp(b->s.slice, UNFILLED) == 0;

	if (ua != ub)
		return ua ? 1 : -1;
	return strcmp(a->s.slice, b->s.slice);
}

/* What the period's cases did (tally_events): received, accepted and
 * closed on its days, each by the slice of its case. */
struct events_into {
	struct accs *a;
	int from, to;
};

static void add_events(void *ctx, const char *slice, const int64_t *v)
{
	struct events_into *in = ctx;
	struct acc *x = acc_get(in->a, slice, in->from, in->to);
	struct report_stats *s = &x->s;

	s->received += (long)v[TALLY_EV_received];
	s->inspection_referrals += (long)v[TALLY_EV_referred];
	s->accepted += (long)v[TALLY_EV_accepted];
	s->workers += (long)v[TALLY_EV_workers];
	s->collective_cases += (long)v[TALLY_EV_collective_cases];
	s->collective_workers += (long)v[TALLY_EV_collective_workers];
	s->claimed += v[TALLY_EV_claimed];
	s->legal_aid_cases += (long)v[TALLY_EV_legal_aid];
	s->refused += (long)v[TALLY_EV_refused];
	s->premediation_settled += (long)v[TALLY_EV_premediated];
	s->closed += (long)v[TALLY_EV_closed];
	s->closed_mediated += (long)v[TALLY_EV_mediated];
	s->closed_award_final += (long)v[TALLY_EV_award_final];
	s->closed_award_nonfinal += (long)v[TALLY_EV_award_nonfinal];
	s->closed_withdrawn += (long)v[TALLY_EV_withdrawn];
	s->closed_transferred += (long)v[TALLY_EV_transferred];
	s->resolved_amount += v[TALLY_EV_resolved];
	x->days += v[TALLY_EV_close_days];
}

/* 已兑现: the money paid in the period, whenever its case was received or
 * closed, and the cases it was paid in (a case is in one slice): from
 * tally_paid, the payments by day. */
static void add_paid(void *ctx, const char *slice, int64_t amount, long cases)
{
	struct events_into *in = ctx;
	struct acc *x = acc_get(in->a, slice, in->from, in->to);

	x->s.paid += amount;
	x->s.paid_cases += cases;
}

/* The same for the total row alone, from the payments' index by day
 * (which holds the case and the amount), each case counted once by a bit
 * of its id: fewer rows to read than tally_pay's, nothing derived. */
static enum tc_status paid_total(struct db *db, const char *iso[3], struct accs *a, int from,
				 int to, struct tc_err *e)
{
	static const char sql[] =
		"SELECT case_id, amount FROM payments INDEXED BY payments_on"
		" WHERE paid_on BETWEEN ?1 AND ?2";
	sqlite3_stmt *st = db_prep(db, sql);
	unsigned char *seen = NULL;
	size_t nseen = 0;
	int64_t amount = 0;
	long cases = 0;
	int rc;

	sqlite3_bind_text(st, 1, iso[0], -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, iso[1], -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(st, 0);
		amount += sqlite3_column_int64(st, 1);
		if (id < 0)
			continue; /* cannot be: a row id of cases */
		size_t byte = (size_t)(id / 8);
		if (byte >= nseen) {
			size_t n = byte * 2 + 64;
			seen = xrealloc(seen, n);
			memset(seen + nseen, 0, n - nseen);
			nseen = n;
		}
		unsigned char bit = (unsigned char)(1u << (id % 8));
		cases += !(seen[byte] & bit);
		seen[byte] |= bit;
	}
	sqlite3_reset(st);
	free(seen);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, "统计", e);
	if (cases) {
		struct acc *x = acc_get(a, TOTAL, from, to);
		x->s.paid += amount;
		x->s.paid_cases += cases;
	}
	return TC_OK;
}

/* A day count of tally.h into one field of each slice's row. */
struct into {
	struct accs *a;
	int from, to;
	size_t field; /* offset of a long in struct report_stats */
};

static void add_count(void *ctx, const char *slice, long n)
{
	struct into *in = ctx;
	struct acc *x = acc_get(in->a, slice, in->from, in->to);
	*(long *)((char *)&x->s + in->field) += n;
}

static enum tc_status count_at(struct db *db, enum report_by by, enum tally_what what, int day,
			       size_t field, struct accs *a, int from, int to, struct tc_err *e)
{
	struct into in = {a, from, to, field};
	return tally_slices(db, what, day, bys[by].expr, add_count, &in, e);
}

/* The statistics with overdue counted at min(to, today); no permission
 * check (the callers make it), and the day counts refreshed (tally.h). */
static enum tc_status stats_at(struct db *db, int from, int to, int today, enum report_by by,
			       struct report_stats **out, size_t *n, struct tc_err *e)
{
	static const char *const fixed[][3] = {
		[REPORT_BY_NONE] = {TOTAL},
		[REPORT_BY_TRACK] = {"速裁", "简易", "普通"},
		[REPORT_BY_INDUSTRY] = {NULL},
		[REPORT_BY_COLLECTIVE] = {"集体", "非集体"},
	};
	int at = to < today ? to : today;
	char b0[DATE_ISO_LEN], b1[DATE_ISO_LEN], b2[DATE_ISO_LEN];
	const char *iso[3] = {date_iso(from, b0), date_iso(to, b1), date_iso(at, b2)};
	struct accs a = {0};
	enum tc_status st;

	/* The fixed slices first, in their order, even when empty. */
	for (size_t i = 0; i < 3 && fixed[by][i]; i++)
		acc_get(&a, fixed[by][i], from, to);
	struct events_into ev = {&a, from, to};
	if ((st = tally_events(db, from, to, bys[by].expr, add_events, &ev, e)) != TC_OK ||
	    (st = run(db, by, q_stops, iso, from, to, &a, add_stops, e)) != TC_OK ||
	    (st = by == REPORT_BY_NONE ? paid_total(db, iso, &a, from, to, e)
				       : tally_paid(db, from, to, bys[by].expr, add_paid, &ev, e)) != TC_OK ||
	    /* Open at the start: accepted before the first day and not closed
	     * before it, i.e. on the day before. */
	    (st = count_at(db, by, TALLY_OPEN, from - 1, offsetof(struct report_stats, open_at_start),
			   &a, from, to, e)) != TC_OK ||
	    (st = count_at(db, by, TALLY_OPEN, to, offsetof(struct report_stats, open_at_end), &a,
			   from, to, e)) != TC_OK ||
	    (st = count_at(db, by, TALLY_OVERDUE, at, offsetof(struct report_stats, overdue), &a,
			   from, to, e)) != TC_OK ||
	    (st = count_at(db, by, TALLY_OVER_LIMIT, at, offsetof(struct report_stats, over_limit),
			   &a, from, to, e)) != TC_OK ||
	    (at < from - 1 &&
	     (st = run(db, by, q_early, iso, from, to, &a, add_early, e)) != TC_OK)) {
		free(a.v);
		return st;
	}
	if (by == REPORT_BY_INDUSTRY) {
		size_t k = 0;
		for (size_t i = 0; i < a.n; i++)
			if (!all_zero(&a.v[i]))
				a.v[k++] = a.v[i];
		a.n = k;
		if (a.n > 1)
			qsort(a.v, a.n, sizeof *a.v, by_slice_name);
	}
	if (by != REPORT_BY_NONE) {
		struct acc total;
		memset(&total, 0, sizeof total);
		total.s.from = from;
		total.s.to = to;
		snprintf(total.s.slice, sizeof total.s.slice, "%s", TOTAL);
		for (size_t i = 0; i < a.n; i++)
			sum_into(&total, &a.v[i]);
		a.v = xgrow(a.v, &a.cap, a.n + 1, sizeof *a.v);
		a.v[a.n++] = total;
	}
	*out = xcalloc(a.n, sizeof **out);
	for (size_t i = 0; i < a.n; i++) {
		derive(&a.v[i]);
		(*out)[i] = a.v[i].s;
	}
	*n = a.n;
	free(a.v);
	return TC_OK;
}

/* Figures are read inside one write transaction, after the day counts
 * are brought up to date (tally_refresh), so that they are all of one
 * moment; when the database cannot be written, without one (tally.h says
 * how the counts stay exact then).  *tx says whether to end one. */
static enum tc_status reading(struct db *db, bool *tx, struct tc_err *e)
{
	struct tc_err ignored = {0};
	enum tc_status st;

	*tx = !db->readonly && db_begin(db, &ignored) == TC_OK;
	if ((st = tally_refresh(db, e)) != TC_OK && *tx) {
		db_rollback(db);
		*tx = false;
	}
	return st;
}

static enum tc_status read_done(struct db *db, bool tx, enum tc_status st, struct tc_err *e)
{
	if (!tx)
		return st;
	if (st != TC_OK) {
		db_rollback(db);
		return st;
	}
	return db_commit(db, e);
}

static enum tc_status check_period(int from, int to, struct tc_err *e)
{
	if (from == DATE_NONE || to == DATE_NONE)
		return err_set(e, TC_USAGE, from == DATE_NONE ? "from" : "to",
			       "统计期间须给出起止日期: --from 日期 --to 日期");
	if (from > to)
		return err_set(e, TC_USAGE, "from", "统计期间的起始日 (--from) 晚于截止日 (--to)");
	return TC_OK;
}

enum tc_status report_stats(struct db *db, const struct actor *a, int from, int to,
			    enum report_by by, struct report_stats **out, size_t *n,
			    struct tc_err *e)
{
	enum tc_status st;

	*out = NULL;
	*n = 0;
	if ((st = user_may(a, PERM_EXPORT, e)) != TC_OK || (st = check_period(from, to, e)) != TC_OK)
		return st;
	if ((unsigned)by >= NBYS)
		return err_set(e, TC_USAGE, "by", "不认识的分类方式");
	bool tx;
	if ((st = reading(db, &tx, e)) != TC_OK)
		return st;
	st = stats_at(db, from, to, date_today(), by, out, n, e);
	if ((st = read_done(db, tx, st, e)) != TC_OK) {
		free(*out);
		*out = NULL;
		*n = 0;
	}
	return st;
}

/* ---- the CSV ---------------------------------------------------------- */

static const struct {
	const char *key, *zh;
} stat_cols[] = {
	{"period_from", "统计起始日"},
	{"period_to", "统计截止日"},
	{"slice", "分类"},
	{"open_at_start", "上期未结"},
	{"received", "当期收案"},
	{"accepted", "当期受理"},
	{"refused", "不予受理"},
	{"workers", "涉及劳动者人数"},
	{"collective_cases", "集体争议案件数"},
	{"collective_workers", "集体争议劳动者人数"},
	{"premediation_settled", "案外调解成功"},
	{"closed", "当期结案"},
	{"closed_mediated", "仲裁调解结案"},
	{"closed_award_final", "终局裁决结案"},
	{"closed_award_nonfinal", "非终局裁决结案"},
	{"closed_withdrawn", "撤回结案"},
	{"closed_transferred", "移送结案"},
	{"closed_other", "其他方式结案"},
	{"open_at_end", "期末未结"},
	{"mediation_success_rate", "调解成功率(%)"},
	{"closure_rate", "仲裁结案率(%)"},
	{"claimed", "请求金额(元)"},
	{"resolved_amount", "调解或裁决金额(元)"},
	{"overdue", "超期案件"},
	{"over_limit", "超审限案件"},
	{"extended", "延长审限案件"},
	{"suspended", "中止案件"},
	{"avg_days_to_close", "平均结案天数"},
	{"legal_aid_cases", "法律援助案件"},
	{"inspection_referrals", "劳动保障监察移送案件"},
	/* Added later, at the end where existing readers do not look. */
	{"paid", "已兑现金额(元)"},
};
#define NSTAT_COLS (sizeof stat_cols / sizeof stat_cols[0])

/* Tenths as "62.5", "" when undefined (-1). */
static const char *tenths(long v, char buf[32])
{
	if (v < 0)
		return "";
	snprintf(buf, 32, "%ld.%ld", v / 10, v % 10);
	return buf;
}

enum tc_status report_stats_write(struct db *db, const struct actor *a, int from, int to,
				  enum report_by by, bool header_en, struct csvio_writer *w,
				  struct tc_err *e)
{
	struct report_stats *rows;
	size_t n;
	enum tc_status st;

	if ((st = report_stats(db, a, from, to, by, &rows, &n, e)) != TC_OK)
		return st;
	for (size_t i = 0; i < NSTAT_COLS; i++)
		csvio_put_text(w, header_en ? stat_cols[i].key : stat_cols[i].zh);
	csvio_end_row(w);
	for (size_t i = 0; i < n && !w->error; i++) {
		const struct report_stats *s = &rows[i];
		char d0[DATE_ISO_LEN], d1[DATE_ISO_LEN], m[MONEY_BUF], t[32];

		csvio_put_num(w, date_iso(s->from, d0));
		csvio_put_num(w, date_iso(s->to, d1));
		csvio_put_text(w, s->slice);
		csvio_put_int(w, s->open_at_start);
		csvio_put_int(w, s->received);
		csvio_put_int(w, s->accepted);
		csvio_put_int(w, s->refused);
		csvio_put_int(w, s->workers);
		csvio_put_int(w, s->collective_cases);
		csvio_put_int(w, s->collective_workers);
		csvio_put_int(w, s->premediation_settled);
		csvio_put_int(w, s->closed);
		csvio_put_int(w, s->closed_mediated);
		csvio_put_int(w, s->closed_award_final);
		csvio_put_int(w, s->closed_award_nonfinal);
		csvio_put_int(w, s->closed_withdrawn);
		csvio_put_int(w, s->closed_transferred);
		csvio_put_int(w, s->closed_other);
		csvio_put_int(w, s->open_at_end);
		csvio_put_num(w, tenths(s->mediation_success_rate, t));
		csvio_put_num(w, tenths(s->closure_rate, t));
		csvio_put_num(w, money_plain(s->claimed, m));
		csvio_put_num(w, money_plain(s->resolved_amount, m));
		csvio_put_int(w, s->overdue);
		csvio_put_int(w, s->over_limit);
		csvio_put_int(w, s->extended);
		csvio_put_int(w, s->suspended);
		csvio_put_num(w, tenths(s->avg_days_to_close, t));
		csvio_put_int(w, s->legal_aid_cases);
		csvio_put_int(w, s->inspection_referrals);
		csvio_put_num(w, money_plain(s->paid, m));
		csvio_end_row(w);
	}
	free(rows);
	return TC_OK;
}

enum tc_status report_stats_export(struct db *db, const struct actor *a, int from, int to,
				   enum report_by by, bool header_en, enum csvio_encoding enc,
				   const char *path, struct tc_err *e)
{
	struct csvio_writer w;
	struct afile f;
	enum tc_status st;

	/* Refuse before a file is made. */
	if ((st = user_may(a, PERM_EXPORT, e)) != TC_OK || (st = check_period(from, to, e)) != TC_OK)
		return st;
	if ((st = afile_open(&f, path, e)) != TC_OK)
		return st;
	st = csvio_writer_open(&w, f.fp, enc, e);
	if (st == TC_OK) {
		st = report_stats_write(db, a, from, to, by, header_en, &w, e);
		enum tc_status st2 = csvio_writer_close(&w, st == TC_OK ? e : NULL);
		if (st == TC_OK)
			st = st2;
	}
	return afile_commit(&f, st, e);
}

/* ---- the weekly summary ----------------------------------------------- */

/* "62.5%", or "—" when undefined. */
static const char *pct(long tenths_v, char buf[32])
{
	if (tenths_v < 0)
		return "—";
	snprintf(buf, 32, "%ld.%ld%%", tenths_v / 10, tenths_v % 10);
	return buf;
}

/* The change from base to now in percent with one decimal and a sign,
 * rounded half away from zero; "—" when the base is zero. */
static const char *change(int64_t now, int64_t base, char buf[32])
{
	if (base == 0)
		return "—";
	int64_t num = (now - base) * 1000, mag = num < 0 ? -num : num;
	int64_t t = (mag * 2 + base) / (2 * base);
	if (t == 0)
		snprintf(buf, 32, "0.0%%");
	else
		snprintf(buf, 32, "%s%lld.%lld%%", num < 0 ? "-" : "+", (long long)(t / 10),
			 (long long)(t % 10));
	return buf;
}

/* Wage-arrears cases received in [from, to]: cases with a 工资 claim, their
 * workers, and the sum of their 工资 claims. */
struct wage_week {
	int64_t cases, workers, amount;
};

static void add_wages(void *ctx, const char *slice, const int64_t *v)
{
	struct wage_week *w = ctx;

	(void)slice;
	w->cases += v[TALLY_EV_wage_cases];
	w->workers += v[TALLY_EV_wage_workers];
	w->amount += v[TALLY_EV_wage_amount];
}

static enum tc_status wage_week(struct db *db, int from, int to, struct wage_week *w,
				struct tc_err *e)
{
	memset(w, 0, sizeof *w);
	return tally_events(db, from, to, bys[REPORT_BY_NONE].expr, add_wages, w, e);
}

/* The week label "2026年第47周（2026-11-16 至 2026-11-22）". */
static void week_label(int monday, char *buf, size_t size)
{
	int y, w;
	char a[DATE_ISO_LEN], b[DATE_ISO_LEN];

	date_iso_week(monday, &y, &w);
	snprintf(buf, size, "%d年第%d周（%s 至 %s）", y, w, date_iso(monday, a),
		 date_iso(monday + 6, b));
}

static void sec_intake(struct rdoc *d, const struct report_stats *t)
{
	rdoc_heading(d, "一、收案、立案和不予受理");
	rdoc_text(d, "收案 %ld 件（其中劳动保障监察移送 %ld 件），立案 %ld 件，不予受理 %ld 件，"
		     "案外调解成功 %ld 件。",
		  t->received, t->inspection_referrals, t->accepted, t->refused,
		  t->premediation_settled);
	rdoc_text(d, "已立案未结：周初 %ld 件，周末 %ld 件。", t->open_at_start, t->open_at_end);
}

static void sec_closed(struct rdoc *d, const struct report_stats *t)
{
	static const char *const head[] = {"结案方式", "件数", "占比"};
	const struct {
		const char *way;
		long n;
	} ways[] = {
		{"调解", t->closed_mediated},        {"终局裁决", t->closed_award_final},
		{"非终局裁决", t->closed_award_nonfinal}, {"撤回", t->closed_withdrawn},
		{"移送", t->closed_transferred},     {"其他", t->closed_other},
		{"合计", t->closed},
	};
	struct rdoc_table *tb;
	char buf[32], p[32];

	rdoc_heading(d, "二、结案情况");
	tb = rdoc_table(d, 3, head);
	rdoc_table_right(tb, 1);
	rdoc_table_right(tb, 2);
	for (size_t i = 0; i < sizeof ways / sizeof ways[0]; i++) {
		snprintf(buf, sizeof buf, "%ld", ways[i].n);
		const char *row[] = {ways[i].way, buf, pct(rate(ways[i].n, t->closed), p)};
		rdoc_row(tb, row);
	}
	rdoc_text(d, "仲裁结案率 %s（本周结案 %ld 件 ÷（周初未结 %ld 件 + 本周立案 %ld 件））。",
		  pct(t->closure_rate, p), t->closed, t->open_at_start, t->accepted);
	rdoc_text(d, "不予受理和案外调解成功不计入结案；本周延长审限 %ld 件，中止审理 %ld 件。",
		  t->extended, t->suspended);
}

static void sec_rates(struct rdoc *d, const struct report_stats *rows, size_t n)
{
	const struct report_stats *t = &rows[n - 1], *fast = NULL;
	char p[32], q[32];

	for (size_t i = 0; i + 1 < n; i++)
		if (strcmp(rows[i].slice, "速裁") == 0)
			fast = &rows[i];
	rdoc_heading(d, "三、调解成功率");
	if (t->mediation_success_rate < 0)
		rdoc_text(d, "—（本周无结案，也无案外调解成功）。");
	else
		rdoc_text(d, "%s（（调解结案 %ld 件 + 案外调解成功 %ld 件）÷（结案 %ld 件 + "
			     "案外调解成功 %ld 件））。",
			  pct(t->mediation_success_rate, p), t->closed_mediated,
			  t->premediation_settled, t->closed, t->premediation_settled);

	rdoc_heading(d, "四、平均结案天数");
	if (t->avg_days_to_close < 0)
		rdoc_text(d, "—（本周无结案）。");
	else
		rdoc_text(d, "%s 天（本周结案 %ld 件，自立案至结案的日历天数的平均）。",
			  tenths(t->avg_days_to_close, q), t->closed);

	rdoc_heading(d, "五、速裁案件占比");
	long nfast = fast ? fast->accepted : 0;
	if (t->accepted == 0)
		rdoc_text(d, "—（本周无立案）。");
	else
		rdoc_text(d, "%s（本周立案 %ld 件，其中速裁 %ld 件）。", pct(rate(nfast, t->accepted), p),
			  t->accepted, nfast);
	static const char *const head[] = {"程序", "立案", "结案", "平均结案天数"};
	struct rdoc_table *tb = rdoc_table(d, 4, head);
	for (size_t c = 1; c < 4; c++)
		rdoc_table_right(tb, c);
	for (size_t i = 0; i < n; i++) {
		char a[32], b[32], avg[32];
		snprintf(a, sizeof a, "%ld", rows[i].accepted);
		snprintf(b, sizeof b, "%ld", rows[i].closed);
		const char *row[] = {rows[i].slice, a, b,
				     rows[i].avg_days_to_close < 0 ? "—"
								   : tenths(rows[i].avg_days_to_close, avg)};
		rdoc_row(tb, row);
	}
}

static void sec_stages(struct rdoc *d, const struct tally_open *o, int asof)
{
	static const char *const head[] = {"收案", "案前调解", "已立案", "调解中", "审理中", "中止", "合计"};
	char heading[128], iso[DATE_ISO_LEN], cells[7][24];
	const char *row[7];

	snprintf(heading, sizeof heading, "六、未结案件（按阶段，截至 %s）", date_iso(asof, iso));
	rdoc_heading(d, heading);
	struct rdoc_table *tb = rdoc_table(d, 7, head);
	for (int s = 0; s < 6; s++) {
		snprintf(cells[s], sizeof cells[s], "%ld", o->stage[s]);
		row[s] = cells[s];
		rdoc_table_right(tb, (size_t)s);
	}
	snprintf(cells[6], sizeof cells[6], "%ld", o->total);
	row[6] = cells[6];
	rdoc_table_right(tb, 6);
	rdoc_row(tb, row);
}

static void sec_people(struct rdoc *d, const struct report_stats *t)
{
	char money[MONEY_BUF];

	rdoc_heading(d, "七、涉及劳动者");
	rdoc_text(d, "本周立案案件涉及劳动者 %ld 人，其中集体争议 %ld 件、%ld 人；法律援助案件 %ld 件。",
		  t->workers, t->collective_cases, t->collective_workers, t->legal_aid_cases);
	rdoc_heading(d, "八、涉案金额");
	rdoc_text(d, "本周立案案件请求金额 %s；", money_display(t->claimed, money));
	rdoc_text(d, "本周结案（含案外调解成功）调解或裁决金额 %s；",
		  money_display(t->resolved_amount, money));
	rdoc_text(d, "本周已兑现（支付日期在本周的实际支付，不论何时立案、结案）%s，涉及 %ld 件案件。",
		  money_display(t->paid, money), t->paid_cases);
}

static enum tc_status sec_wages(struct db *db, struct rdoc *d, int monday, struct tc_err *e)
{
	static const char *const head[] = {"项目", "本周", "去年同期", "同比", "上周", "环比"};
	struct wage_week now = {0}, year = {0}, last = {0};
	int y, w, ly;
	char lw[96], pw[96];
	enum tc_status st;

	date_iso_week(monday, &y, &w);
	/* The same ISO week a year earlier; a year without week 53 gives its 52. */
	ly = date_iso_week_monday(y - 1, w);
	if (ly == DATE_NONE)
		ly = date_iso_week_monday(y - 1, w - 1);
	if ((st = wage_week(db, monday, monday + 6, &now, e)) != TC_OK ||
	    (st = wage_week(db, ly, ly + 6, &year, e)) != TC_OK ||
	    (st = wage_week(db, monday - 7, monday - 1, &last, e)) != TC_OK)
		return st;
	week_label(ly, lw, sizeof lw);
	week_label(monday - 7, pw, sizeof pw);
	rdoc_heading(d, "九、三个下降（欠薪案件）");
	rdoc_text(d, "欠薪案件为收案中含“工资”请求的案件，涉案金额为其工资请求金额之和。"
		     "去年同期为 %s，上周为 %s。",
		  lw, pw);
	struct rdoc_table *tb = rdoc_table(d, 6, head);
	for (size_t c = 1; c < 6; c++)
		rdoc_table_right(tb, c);
	for (int k = 0; k < 3; k++) {
		int64_t a = k == 0 ? now.cases : k == 1 ? now.workers : now.amount;
		int64_t b = k == 0 ? year.cases : k == 1 ? year.workers : year.amount;
		int64_t c = k == 0 ? last.cases : k == 1 ? last.workers : last.amount;
		char va[MONEY_BUF], vb[MONEY_BUF], vc[MONEY_BUF], c1[32], c2[32];
		if (k == 2) {
			money_display(a, va);
			money_display(b, vb);
			money_display(c, vc);
		} else {
			snprintf(va, sizeof va, "%lld", (long long)a);
			snprintf(vb, sizeof vb, "%lld", (long long)b);
			snprintf(vc, sizeof vc, "%lld", (long long)c);
		}
		static const char *const what[] = {"欠薪案件（件）", "涉及劳动者（人）", "涉案金额（元）"};
		const char *row[] = {what[k], va, vb, change(a, b, c1), vc, change(a, c, c2)};
		rdoc_row(tb, row);
	}
	return TC_OK;
}

/* One person's load. */
struct load {
	int64_t id;
	long open, closed, settled;
	char name[64];
};

struct loads {
	struct load *v;
	size_t n, cap;
};

static struct load *load_get(struct loads *l, int64_t id)
{
	for (size_t i = 0; i < l->n; i++)
		if (l->v[i].id == id)
			return &l->v[i];
	l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof *l->v);
	struct load *x = &l->v[l->n++];
	memset(x, 0, sizeof *x);
	x->id = id;
	return x;
}

static int by_load(const void *pa, const void *pb)
{
	const struct load *a = pa, *b = pb;

	if (a->open != b->open)
		return a->open > b->open ? -1 : 1;
	if (a->closed != b->closed)
		return a->closed > b->closed ? -1 : 1;
	return strcmp(a->name, b->name);
}

static enum tc_status load_names(struct db *db, struct loads *l, struct tc_err *e)
{
	static const char sql[] = "SELECT name FROM people WHERE id = ?1";

	for (size_t i = 0; i < l->n; i++) {
		sqlite3_stmt *st = db_prep(db, sql);
		sqlite3_bind_int64(st, 1, l->v[i].id);
		int rc = sqlite3_step(st);
		if (rc == SQLITE_ROW)
			snprintf(l->v[i].name, sizeof l->v[i].name, "%s", db_col_text(st, 0));
		sqlite3_reset(st);
		if (rc != SQLITE_ROW && rc != SQLITE_DONE)
			return db_fail(db, rc, "读取名册", e);
	}
	if (l->n > 1)
		qsort(l->v, l->n, sizeof *l->v, by_load);
	return TC_OK;
}

static enum tc_status sec_load(struct db *db, struct rdoc *d, int monday, int asof,
			       const struct tally_open *o, struct tc_err *e)
{
	static const char *const mh[] = {"调解员", "在办", "本周结案", "其中调解成功"};
	static const char *const ah[] = {"仲裁员", "在办", "本周结案"};
	struct loads med = {0}, arb = {0};
	enum tc_status st;
	char iso[DATE_ISO_LEN];

	for (size_t i = 0; i < o->npersons; i++)
		load_get(o->persons[i].arbitrator ? &arb : &med, o->persons[i].id)->open +=
			o->persons[i].open;
	/* Closed this week: per mediator those that never reached a hearing,
	 * with how many were settled; per arbitrator all of them (tally.h). */
	struct tally_closer *cl;
	size_t ncl;
	if ((st = tally_closed_by(db, monday, monday + 6, &cl, &ncl, e)) != TC_OK)
		goto out;
	for (size_t i = 0; i < ncl; i++) {
		struct load *x = load_get(cl[i].arbitrator ? &arb : &med, cl[i].id);
		x->closed += cl[i].closed;
		x->settled += cl[i].settled;
	}
	free(cl);
	if ((st = load_names(db, &med, e)) != TC_OK || (st = load_names(db, &arb, e)) != TC_OK)
		goto out;
	rdoc_heading(d, "十、办案人员工作量");
	rdoc_text(d, "在办：截至 %s，调解员为处于案前调解或调解中的案件，仲裁员为由其审理的未结案件。",
		  date_iso(asof, iso));
	rdoc_text(d, "本周结案：调解员为未经开庭即结案的案件，仲裁员为由其审理的案件。");
	struct rdoc_table *tm = rdoc_table(d, 4, mh);
	for (size_t c = 1; c < 4; c++)
		rdoc_table_right(tm, c);
	for (size_t i = 0; i < med.n; i++) {
		char a[24], b[24], c[24];
		snprintf(a, sizeof a, "%ld", med.v[i].open);
		snprintf(b, sizeof b, "%ld", med.v[i].closed);
		snprintf(c, sizeof c, "%ld", med.v[i].settled);
		const char *row[] = {med.v[i].name, a, b, c};
		rdoc_row(tm, row);
	}
	struct rdoc_table *ta = rdoc_table(d, 3, ah);
	for (size_t c = 1; c < 3; c++)
		rdoc_table_right(ta, c);
	for (size_t i = 0; i < arb.n; i++) {
		char a[24], b[24];
		snprintf(a, sizeof a, "%ld", arb.v[i].open);
		snprintf(b, sizeof b, "%ld", arb.v[i].closed);
		const char *row[] = {arb.v[i].name, a, b};
		rdoc_row(ta, row);
	}
out:
	free(med.v);
	free(arb.v);
	return st;
}

/* The head of the journal's chain: its last row's hash, and its number as
 * the count of rows (journal_head counts them all). */
static enum tc_status chain_head(struct db *db, struct journal_head *h, struct tc_err *e)
{
	static const char sql[] = "SELECT id, hash FROM journal ORDER BY id DESC LIMIT 1";
	sqlite3_stmt *st = db_prep(db, sql);
	int rc = sqlite3_step(st);

	memset(h, 0, sizeof *h);
	if (rc == SQLITE_ROW) {
		h->rows = sqlite3_column_int64(st, 0);
		snprintf(h->hash, sizeof h->hash, "%s", db_col_text(st, 1));
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "读取日志链头", e);
}

/* The rows a list of the weekly summary shows: the whole list of a big
 * office would be thousands of lines on paper; the total is given, and
 * where the whole list is. */
#define LIST_MAX 50

/*
 * The cases open on asof and not suspended on it whose earliest running
 * statutory clock on that day falls due in [lo, hi] (tally_due), by that
 * date and then case number, at most LIST_MAX of them: the 超期 list (due
 * before asof) and the list of cases coming due.  *total: how many there
 * are; the 超期 ones are the statistics' 超期 of the day (LATE_CLOCK).
 */
static enum tc_status due_list(struct db *db, struct rdoc *d, int asof, int lo, int hi,
			       bool overdue, size_t *total, struct tc_err *e)
{
	static const char *const oh[] = {"案号", "申请人", "被申请人", "期限", "届满日", "超期天数", "承办人"};
	static const char *const dh[] = {"案号", "申请人", "被申请人", "期限", "届满日", "剩余天数", "承办人"};
	static const char sql[] =
		"SELECT c.case_no, c.first_applicant, c.workers, c.respondents, m.name, r.name"
		" FROM cases c LEFT JOIN people m ON m.id = c.mediator_id"
		" LEFT JOIN people r ON r.id = c.arbitrator_id WHERE c.id = ?1";
	struct rdoc_table *tb = rdoc_table(d, 7, overdue ? oh : dh);
	struct tally_due_row *v;
	size_t n;
	enum tc_status st;

	rdoc_table_max(tb, 1, 14);
	rdoc_table_max(tb, 2, 24);
	rdoc_table_max(tb, 3, 14); /* a label of 7 characters whole in text; gives way on paper */
	rdoc_table_right(tb, 5);
	if ((st = tally_due(db, asof, lo, hi, LIST_MAX, &v, &n, total, e)) != TC_OK)
		return st;
	for (size_t i = 0; i < n && st == TC_OK; i++) {
		sqlite3_stmt *q = db_prep(db, sql);
		char app[192], days[24], due[DATE_ISO_LEN];
		int rc;

		sqlite3_bind_int64(q, 1, v[i].case_id);
		if ((rc = sqlite3_step(q)) != SQLITE_ROW) {
			sqlite3_reset(q);
			st = db_fail(db, rc == SQLITE_DONE ? SQLITE_CORRUPT : rc, "读取到期案件", e);
			break;
		}
		int workers = sqlite3_column_int(q, 2);
		const char *holder = db_col_text(q, 5);
		if (!*holder)
			holder = db_col_text(q, 4);
		if (!*holder)
			holder = "未指定";
		if (workers > 1)
			snprintf(app, sizeof app, "%s等%d人", db_col_text(q, 1), workers);
		else
			snprintf(app, sizeof app, "%s", db_col_text(q, 1));
		snprintf(days, sizeof days, "%d", overdue ? asof - v[i].due : v[i].due - asof);
		struct clock_rule rule;
		if (clock_rule_get(db, v[i].clock, &rule, NULL) != TC_OK)
			snprintf(rule.label, sizeof rule.label, "%s", v[i].clock);
		const char *row[] = {db_col_text(q, 0), app, db_col_text(q, 3), rule.label,
				     date_iso(v[i].due, due), days, holder};
		rdoc_row(tb, row);
		sqlite3_reset(q);
	}
	free(v);
	return st;
}

static enum tc_status build(struct db *db, int monday, int today, struct rdoc *d,
			    struct tc_err *e)
{
	int sunday = monday + 6, asof = sunday < today ? sunday : today;
	bool now = asof >= today;
	struct report_stats *rows = NULL;
	struct tally_open open = {0};
	size_t n = 0, listed;
	enum tc_status st;
	char iso[DATE_ISO_LEN], iso2[DATE_ISO_LEN], buf[160];
	const struct report_stats *t;

	if ((st = stats_at(db, monday, sunday, today, REPORT_BY_TRACK, &rows, &n, e)) != TC_OK)
		return st;
	t = &rows[n - 1];
	/* The current week: the open cases as they stand now; a past week:
	 * as they stood on its Sunday. */
	if ((st = tally_open_at(db, now ? TALLY_NOW : asof, &open, e)) != TC_OK)
		goto out;
	sec_intake(d, t);
	sec_closed(d, t);
	sec_rates(d, rows, n);
	sec_stages(d, &open, asof);
	sec_people(d, t);
	if ((st = sec_wages(db, d, monday, e)) != TC_OK ||
	    (st = sec_load(db, d, monday, asof, &open, e)) != TC_OK)
		goto out;

	snprintf(buf, sizeof buf, "十一、超期案件（截至 %s）", date_iso(asof, iso));
	rdoc_heading(d, buf);
	rdoc_text(d, "超期 %ld 件：未结、未中止、有法定期限在 %s 前届满仍在计算的案件，每案计一次，按最早届满的期限列出。"
		  "其中超审限 %ld 件：仲裁审限（含延长）已届满的案件。", t->overdue, iso, t->over_limit);
	if ((st = due_list(db, d, asof, DATE_NONE, asof - 1, true, &listed, e)) != TC_OK)
		goto out;
	if (listed > LIST_MAX && now)
		rdoc_text(d, "以上为最超期的 %d 件（共 %zu 件）；全部超期案件见 tiaocai case list --overdue，"
			     "或台账 (tiaocai export ledger) 的「超期」列。", LIST_MAX, listed);
	else if (listed > LIST_MAX)
		rdoc_text(d, "以上为 %s 最超期的 %d 件（共 %zu 件）；今天仍超期的全部案件见 tiaocai case list "
			     "--overdue，或台账 (tiaocai export ledger) 的「超期」列。", iso, LIST_MAX, listed);

	snprintf(buf, sizeof buf, "十二、即将届满案件（届满日 %s 至 %s）", date_iso(asof, iso),
		 date_iso(sunday + 7, iso2));
	rdoc_heading(d, buf);
	if ((st = due_list(db, d, asof, asof, sunday + 7, false, &listed, e)) != TC_OK)
		goto out;
	if (listed > LIST_MAX && now)
		rdoc_text(d, "以上为最先届满的 %d 件（共 %zu 件）；全部见 tiaocai case list --due-within %d。",
			  LIST_MAX, listed, sunday + 7 - today);
	else if (listed > LIST_MAX)
		rdoc_text(d, "以上为 %s 起最先届满的 %d 件（共 %zu 件）。", iso, LIST_MAX, listed);
	rdoc_text(d, "注：各项数字的口径见 tiaocai(5) 的 STATISTICS 和 THE WEEKLY SUMMARY 两节。");
	/* The chain head on paper: a later `check --anchor` confirms the
	 * journal still holds this row (tiaocai(1), check).  Its rows are
	 * numbered from 1 without a gap (check says so when they are not), so
	 * the last row's number is how many there are: no count over the
	 * whole journal. */
	struct journal_head head;
	if ((st = chain_head(db, &head, e)) != TC_OK)
		goto out;
	rdoc_text(d, "日志链头 %.*s（截至 %s 共 %lld 条）", JOURNAL_HEAD_SHOWN,
		  *head.hash ? head.hash : "—", date_iso(today, iso), (long long)head.rows);
	rdoc_signature(d, "制表人：__________    审核人：__________    日期：______年____月____日");
out:
	free(rows);
	free(open.persons);
	return st;
}

enum tc_status report_weekly(struct db *db, const struct actor *a, int day, int today,
			     struct rdoc *out, struct tc_err *e)
{
	char period[96], generated[64], iso[DATE_ISO_LEN];
	enum tc_status st;
	int monday;

	memset(out, 0, sizeof *out);
	if ((st = user_may(a, PERM_EXPORT, e)) != TC_OK)
		return st;
	if (day == DATE_NONE || today == DATE_NONE)
		return err_set(e, TC_USAGE, "week", "周报须给出日期");
	int y, w;
	monday = date_iso_week(day, &y, &w);
	if (monday > today)
		return err_set(e, TC_REFUSED, "week", "%d年第%d周尚未开始 (今天是 %s)", y, w,
			       date_iso(today, iso));
	week_label(monday, period, sizeof period);
	snprintf(generated, sizeof generated, "制表日期：%s", date_iso(today, iso));
	char *office = db_setting(db, "office_name");
	rdoc_init(out, office ? office : "", "劳动人事争议仲裁工作周报", period, generated);
	free(office);
	bool tx;
	if ((st = reading(db, &tx, e)) == TC_OK)
		st = read_done(db, tx, build(db, monday, today, out, e), e);
	if (st != TC_OK)
		rdoc_free(out);
	return st;
}
