/*
 * report.c - the statistics of a period (the upstream CSV) and the weekly
 * summary, from one set of definitions: tiaocai(5), STATISTICS and THE
 * WEEKLY SUMMARY.  A figure that changes here changes there, in the same
 * words.
 *
 * The statistics are five grouped queries, each walking one index:
 * cases received in the period (received_on), accepted in it
 * (accepted_on), open now (the partial indexes of open cases), closed
 * since the period began (closed_on) and the payments dated in it
 * (payments_on).  "Open at the start" and "open at
 * the end" are counted from the last two: a case open at a date is either
 * open now or was closed after that date.  Extensions and suspensions come
 * from the journal of those same cases.  Nothing here writes.
 *
 * The case row's dates (received_on, accepted_on, closed_on), its outcome
 * as workflow.c writes it and the cached close_due are the facts counted;
 * the stage a case stood in on a past date is replayed from its journal
 * through the workflow's own transition table (wf_next).
 */
#include "tiaocai/report.h"
#include "tiaocai/afile.h"
#include "tiaocai/clock.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/journal.h"
#include "tiaocai/money.h"
#include "tiaocai/text.h"
#include "tiaocai/workflow.h"

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

/* ---- the four queries ------------------------------------------------- */

/*
 * Parameters: ?1 the period's first day, ?2 its last, ?3 the day overdue
 * is counted at (the last day, or today when that is earlier), all ISO.
 * Each query is "SELECT <slice>" followed by one of these; columns from 1
 * on are read by the matching add_* function below.
 */
#define J_EXISTS(kind)                                                             \
	"EXISTS (SELECT 1 FROM journal j WHERE j.case_id = cases.id AND j.kind = '" kind \
	"' AND j.effective_on BETWEEN ?1 AND ?2)"

/* An extension or a suspension dated in the period, looked up in the
 * journal only for the cases whose row says they ever had one (extended
 * is never cleared; a suspension leaves suspended_on while it runs and
 * suspended_days after, so one resumed the day it began, which paused
 * nothing, is not counted). */
#define EXTENDED "extended AND " J_EXISTS("extend")
#define SUSPENDED "(suspended_on IS NOT NULL OR suspended_days > 0) AND " J_EXISTS("suspend")

static const char q_received[] =
	", count(*), count(*) FILTER (WHERE source = '劳动保障监察移送')"
	" FROM cases WHERE received_on BETWEEN ?1 AND ?2 GROUP BY 1";

static const char q_accepted[] =
	", count(*), coalesce(sum(workers), 0),"
	" count(*) FILTER (WHERE collective), coalesce(sum(workers) FILTER (WHERE collective), 0),"
	" coalesce(sum(claimed), 0), count(*) FILTER (WHERE legal_aid)"
	" FROM cases WHERE accepted_on BETWEEN ?1 AND ?2 GROUP BY 1";

/* 超期 at ?3 (tiaocai(5), DEADLINES): a statutory clock of the case that
 * was running on ?3 (started by then, not ended before it) was past due;
 * the case is counted once however many.  A clock whose end is unknown
 * (a database from before the clocks table) ended when the case closed.
 * The caller adds "not suspended on ?3". */
#define LATE_CLOCK                                                                 \
	"EXISTS (SELECT 1 FROM case_clocks k WHERE k.case_id = cases.id AND k.statutory" \
	" AND k.start_on <= ?3 AND k.due_on < ?3"                                        \
	" AND coalesce(k.ended_on, cases.closed_on, '9999-12-31') > ?3)"
/* 超审限 at ?3: the close clock (the 审限, extension included) past due. */
#define PAST_LIMIT                                                                 \
	"accepted_on <= ?3 AND EXISTS (SELECT 1 FROM case_clocks k WHERE"                \
	" k.case_id = cases.id AND k.clock = 'close' AND k.due_on < ?3)"
/* Suspended on ?3: the last suspend or resume dated by ?3 is a suspend
 * (a case resumed on ?3 runs that day).  Only cases whose row says they
 * were ever suspended look at their journal. */
#define SUSPENDED_ON(c, day)                                                       \
	"((" c ".suspended_on IS NOT NULL OR " c ".suspended_days > 0) AND"              \
	" (SELECT j.kind FROM journal j WHERE j.case_id = " c ".id"                      \
	" AND j.kind IN ('suspend', 'resume') AND j.effective_on <= " day                \
	" ORDER BY j.effective_on DESC, j.id DESC LIMIT 1) = 'suspend')"
#define NOT_SUSPENDED "NOT " SUSPENDED_ON("cases", "?3")

/* Open now.  A suspension begun by ?3 stops the clocks on ?3. */
static const char q_open[] =
	", count(*) FILTER (WHERE accepted_on < ?1),"
	" count(*) FILTER (WHERE accepted_on <= ?2),"
	" count(*) FILTER (WHERE " NOT_SUSPENDED " AND " LATE_CLOCK "),"
	" count(*) FILTER (WHERE " EXTENDED "),"
	" count(*) FILTER (WHERE " SUSPENDED "),"
	" count(*) FILTER (WHERE " NOT_SUSPENDED " AND " PAST_LIMIT ")"
	" FROM cases INDEXED BY cases_open_no WHERE stage <> 'closed' GROUP BY 1";

/* Closed on or after the first day. */
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
	/* An award with items of both kinds (办案规则 Art 50) counts here:
	 * part of it may go to court. */
	" count(*) FILTER (WHERE closed_on <= ?2 AND accepted_on IS NOT NULL"
	"  AND outcome IN ('非终局裁决', '部分终局裁决')),"
	" count(*) FILTER (WHERE closed_on <= ?2 AND accepted_on IS NOT NULL"
	"   AND outcome IN ('撤回', '视为撤回')),"
	" count(*) FILTER (WHERE closed_on <= ?2 AND accepted_on IS NOT NULL AND outcome = '移送'),"
	" coalesce(sum(resolved) FILTER (WHERE closed_on <= ?2"
	"   AND (accepted_on IS NOT NULL OR outcome = '案外调解')), 0),"
	" coalesce(sum(CAST(julianday(closed_on) - julianday(accepted_on) AS INTEGER))"
	"   FILTER (WHERE closed_on <= ?2 AND accepted_on IS NOT NULL), 0)"
	" FROM cases INDEXED BY cases_closed WHERE closed_on >= ?1 AND stage = 'closed' GROUP BY 1";

/* 已兑现: the money paid in the period, whenever its case was received or
 * closed, and the cases it was paid in (a case is in one slice). */
static const char q_paid[] =
	", coalesce(sum(p.amount), 0), count(DISTINCT p.case_id)"
	" FROM payments p INDEXED BY payments_on CROSS JOIN cases ON cases.id = p.case_id"
	" WHERE p.paid_on BETWEEN ?1 AND ?2 GROUP BY 1";

static long col_l(sqlite3_stmt *st, int i) { return (long)sqlite3_column_int64(st, i); }

static void add_received(struct acc *a, sqlite3_stmt *st)
{
	a->s.received += col_l(st, 1);
	a->s.inspection_referrals += col_l(st, 2);
}

static void add_accepted(struct acc *a, sqlite3_stmt *st)
{
	a->s.accepted += col_l(st, 1);
	a->s.workers += col_l(st, 2);
	a->s.collective_cases += col_l(st, 3);
	a->s.collective_workers += col_l(st, 4);
	a->s.claimed += sqlite3_column_int64(st, 5);
	a->s.legal_aid_cases += col_l(st, 6);
}

static void add_open(struct acc *a, sqlite3_stmt *st)
{
	a->s.open_at_start += col_l(st, 1);
	a->s.open_at_end += col_l(st, 2);
	a->s.overdue += col_l(st, 3);
	a->s.extended += col_l(st, 4);
	a->s.suspended += col_l(st, 5);
	a->s.over_limit += col_l(st, 6);
}

static void add_closed(struct acc *a, sqlite3_stmt *st)
{
	add_open(a, st);
	a->s.refused += col_l(st, 7);
	a->s.premediation_settled += col_l(st, 8);
	a->s.closed += col_l(st, 9);
	a->s.closed_mediated += col_l(st, 10);
	a->s.closed_award_final += col_l(st, 11);
	a->s.closed_award_nonfinal += col_l(st, 12);
	a->s.closed_withdrawn += col_l(st, 13);
	a->s.closed_transferred += col_l(st, 14);
	a->s.resolved_amount += sqlite3_column_int64(st, 15);
	a->days += sqlite3_column_int64(st, 16);
}

static void add_paid(struct acc *a, sqlite3_stmt *st)
{
	a->s.paid += sqlite3_column_int64(st, 1);
	a->s.paid_cases += col_l(st, 2);
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

/* The statistics with overdue counted at min(to, today); no permission
 * check (the callers make it). */
static enum tc_status stats_at(struct db *db, int from, int to, int today, enum report_by by,
			       struct report_stats **out, size_t *n, struct tc_err *e)
{
	static const char *const fixed[][3] = {
		[REPORT_BY_NONE] = {TOTAL},
		[REPORT_BY_TRACK] = {"速裁", "简易", "普通"},
		[REPORT_BY_INDUSTRY] = {NULL},
		[REPORT_BY_COLLECTIVE] = {"集体", "非集体"},
	};
	char b0[DATE_ISO_LEN], b1[DATE_ISO_LEN], b2[DATE_ISO_LEN];
	const char *iso[3] = {date_iso(from, b0), date_iso(to, b1),
			      date_iso(to < today ? to : today, b2)};
	struct accs a = {0};
	enum tc_status st;

	/* The fixed slices first, in their order, even when empty. */
	for (size_t i = 0; i < 3 && fixed[by][i]; i++)
		acc_get(&a, fixed[by][i], from, to);
	if ((st = run(db, by, q_received, iso, from, to, &a, add_received, e)) != TC_OK ||
	    (st = run(db, by, q_accepted, iso, from, to, &a, add_accepted, e)) != TC_OK ||
	    (st = run(db, by, q_open, iso, from, to, &a, add_open, e)) != TC_OK ||
	    (st = run(db, by, q_closed, iso, from, to, &a, add_closed, e)) != TC_OK ||
	    (st = run(db, by, q_paid, iso, from, to, &a, add_paid, e)) != TC_OK) {
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
	return stats_at(db, from, to, date_today(), by, out, n, e);
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

/* ---- cases open on a day, by the stage they stood in ------------------ */

struct open_case {
	int64_t id, mediator_id, arbitrator_id;
	enum stage stage;
};

struct open_set {
	struct open_case *v;
	size_t n, cap;
};

static void open_push(struct open_set *o, int64_t id, enum stage s, int64_t med, int64_t arb)
{
	o->v = xgrow(o->v, &o->cap, o->n + 1, sizeof *o->v);
	o->v[o->n++] = (struct open_case){id, med, arb, s};
}

/* Where one case stands while its journal is replayed. */
struct replay {
	enum stage cur;
	enum stage prev;   /* the stage a suspension left, where "resume" returns */
	bool extended;     /* the close clock was extended (allowed once) */
};

/* The stage after journal row `kind`, asked of the workflow's own table
 * (wf_next), so a transition changed there changes the replay too.  The
 * registration ("add", also the first row of a case imported from a ledger
 * file) starts the case in 收案; a row that is no event ("import",
 * "uscc_unverified") or an event the table does not allow from the
 * replayed stage moves nothing (`tiaocai check` reports such a journal).
 * Rows a revert undid are left out by the caller: the history as
 * corrected. */
static void replay(const char *kind, struct replay *r)
{
	enum stage to;

	if (strcmp(kind, "add") == 0) {
		r->cur = STAGE_RECEIVED;
		return;
	}
	if (!wf_next(r->cur, kind, r->prev, r->extended, &to))
		return;
	if (to == STAGE_SUSPENDED && r->cur != STAGE_SUSPENDED)
		r->prev = r->cur;
	if (strcmp(kind, "extend") == 0)
		r->extended = true;
	r->cur = to;
}

/*
 * Every case open at the end of `day` (received by then, not closed by
 * then), with the stage it stood in.  For today (or later) that is the
 * stage column; for a past day the case's journal is replayed up to it.
 */
static enum tc_status open_on(struct db *db, int day, int today, struct open_set *out,
			      struct tc_err *e)
{
	static const char now_sql[] =
		"SELECT id, stage, coalesce(mediator_id, 0), coalesce(arbitrator_id, 0)"
		" FROM cases INDEXED BY cases_open_no WHERE stage <> 'closed'";
	static const char then_sql[] =
		"SELECT id, stage, coalesce(mediator_id, 0), coalesce(arbitrator_id, 0)"
		" FROM cases INDEXED BY cases_open_no WHERE stage <> 'closed' AND received_on <= ?1"
		" UNION ALL "
		"SELECT id, stage, coalesce(mediator_id, 0), coalesce(arbitrator_id, 0)"
		" FROM cases INDEXED BY cases_closed"
		" WHERE closed_on > ?1 AND stage = 'closed' AND received_on <= ?1";
	static const char last_sql[] =
		"SELECT effective_on > ?2 FROM journal WHERE case_id = ?1 ORDER BY id DESC LIMIT 1";
	static const char journal_sql[] =
		"SELECT kind FROM journal j WHERE case_id = ?1 AND effective_on <= ?2 AND NOT EXISTS"
		" (SELECT 1 FROM case_undo u WHERE u.journal_id = j.id AND u.undone_by IS NOT NULL)"
		" ORDER BY id";
	char iso[DATE_ISO_LEN];
	bool past = day < today;
	sqlite3_stmt *st = db_prep(db, past ? then_sql : now_sql);
	int rc;

	date_iso(day, iso);
	if (past)
		sqlite3_bind_text(st, 1, iso, -1, SQLITE_TRANSIENT);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		enum stage s = STAGE_RECEIVED;
		stage_parse(db_col_text(st, 1), &s, NULL);
		open_push(out, sqlite3_column_int64(st, 0), s, sqlite3_column_int64(st, 2),
			  sqlite3_column_int64(st, 3));
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, "读取未结案件", e);
	if (!past)
		return TC_OK;
	/* Collected first: the journal statement is another cached one. */
	size_t k = 0;
	for (size_t i = 0; i < out->n; i++) {
		struct replay r = {STAGE_RECEIVED, STAGE_ACCEPTED, false};
		sqlite3_stmt *j;

		/* Nothing happened to an open case since the day: it stands
		 * where it stood. */
		if (out->v[i].stage != STAGE_CLOSED) {
			j = db_prep(db, last_sql);
			sqlite3_bind_int64(j, 1, out->v[i].id);
			sqlite3_bind_text(j, 2, iso, -1, SQLITE_TRANSIENT);
			rc = sqlite3_step(j);
			bool later = rc == SQLITE_ROW && sqlite3_column_int(j, 0);
			sqlite3_reset(j);
			if (rc != SQLITE_ROW && rc != SQLITE_DONE)
				return db_fail(db, rc, "读取案件记录", e);
			if (!later) {
				out->v[k++] = out->v[i];
				continue;
			}
		}
		j = db_prep(db, journal_sql);

		sqlite3_bind_int64(j, 1, out->v[i].id);
		sqlite3_bind_text(j, 2, iso, -1, SQLITE_TRANSIENT);
		while ((rc = sqlite3_step(j)) == SQLITE_ROW)
			replay(db_col_text(j, 0), &r);
		sqlite3_reset(j);
		if (rc != SQLITE_DONE)
			return db_fail(db, rc, "读取案件记录", e);
		if (r.cur == STAGE_CLOSED)
			continue;
		out->v[i].stage = r.cur;
		out->v[k++] = out->v[i];
	}
	out->n = k;
	return TC_OK;
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

static enum tc_status wage_week(struct db *db, int from, int to, struct wage_week *w,
				struct tc_err *e)
{
	static const char sql[] =
		"SELECT count(*), coalesce(sum(workers), 0), coalesce(sum(amt), 0) FROM"
		" (SELECT c.workers, (SELECT sum(k.amount) FROM claims k"
		"   WHERE k.case_id = c.id AND k.kind = '工资') AS amt"
		"  FROM cases c WHERE c.received_on BETWEEN ?1 AND ?2)"
		" WHERE amt IS NOT NULL";
	sqlite3_stmt *st = db_prep(db, sql);
	char a[DATE_ISO_LEN], b[DATE_ISO_LEN];
	int rc;

	sqlite3_bind_text(st, 1, date_iso(from, a), -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, date_iso(to, b), -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		w->cases = sqlite3_column_int64(st, 0);
		w->workers = sqlite3_column_int64(st, 1);
		w->amount = sqlite3_column_int64(st, 2);
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? TC_OK : db_fail(db, rc, "统计欠薪案件", e);
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

static void sec_stages(struct rdoc *d, const struct open_set *o, int asof)
{
	static const char *const head[] = {"收案", "案前调解", "已立案", "调解中", "审理中", "中止", "合计"};
	long count[STAGE_COUNT] = {0};
	char heading[128], iso[DATE_ISO_LEN], cells[7][24];
	const char *row[7];

	for (size_t i = 0; i < o->n; i++)
		count[o->v[i].stage]++;
	snprintf(heading, sizeof heading, "六、未结案件（按阶段，截至 %s）", date_iso(asof, iso));
	rdoc_heading(d, heading);
	struct rdoc_table *tb = rdoc_table(d, 7, head);
	for (int s = 0; s < 6; s++) {
		snprintf(cells[s], sizeof cells[s], "%ld", count[s]);
		row[s] = cells[s];
		rdoc_table_right(tb, (size_t)s);
	}
	snprintf(cells[6], sizeof cells[6], "%zu", o->n);
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

/*
 * Closed this week (the cases counted in closed or premediation_settled):
 * per mediator those that never reached a hearing (hearing_at unset), with
 * how many were settled; per arbitrator all of them.
 */
static enum tc_status closed_by(struct db *db, int monday, struct loads *med, struct loads *arb,
				struct tc_err *e)
{
	static const char sql[] =
		"SELECT coalesce(mediator_id, 0), coalesce(arbitrator_id, 0), hearing_at IS NULL,"
		" outcome IN ('调解', '案外调解')"
		" FROM cases INDEXED BY cases_closed WHERE closed_on BETWEEN ?1 AND ?2 AND stage = 'closed'"
		" AND (accepted_on IS NOT NULL OR outcome = '案外调解')"
		" AND (mediator_id IS NOT NULL OR arbitrator_id IS NOT NULL)";
	sqlite3_stmt *st = db_prep(db, sql);
	char a[DATE_ISO_LEN], b[DATE_ISO_LEN];
	int rc;

	sqlite3_bind_text(st, 1, date_iso(monday, a), -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, date_iso(monday + 6, b), -1, SQLITE_TRANSIENT);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t m = sqlite3_column_int64(st, 0), r = sqlite3_column_int64(st, 1);
		if (m && sqlite3_column_int(st, 2)) {
			struct load *x = load_get(med, m);
			x->closed++;
			x->settled += sqlite3_column_int(st, 3);
		}
		if (r)
			load_get(arb, r)->closed++;
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "统计结案", e);
}

static enum tc_status sec_load(struct db *db, struct rdoc *d, int monday, int asof,
			       const struct open_set *o, struct tc_err *e)
{
	static const char *const mh[] = {"调解员", "在办", "本周结案", "其中调解成功"};
	static const char *const ah[] = {"仲裁员", "在办", "本周结案"};
	struct loads med = {0}, arb = {0};
	enum tc_status st;
	char iso[DATE_ISO_LEN];

	for (size_t i = 0; i < o->n; i++) {
		const struct open_case *c = &o->v[i];
		if (c->mediator_id &&
		    (c->stage == STAGE_PREMEDIATION || c->stage == STAGE_MEDIATING))
			load_get(&med, c->mediator_id)->open++;
		if (c->arbitrator_id)
			load_get(&arb, c->arbitrator_id)->open++;
	}
	if ((st = closed_by(db, monday, &med, &arb, e)) != TC_OK ||
	    (st = load_names(db, &med, e)) != TC_OK || (st = load_names(db, &arb, e)) != TC_OK)
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

/*
 * Cases open at ?1 and not suspended on it, each once, whose statutory
 * clock running on ?1 with the earliest due date has it in [?2, ?3]: the
 * 超期 list (due before ?1) and the list of cases coming due.  The same
 * conditions as the statistics' 超期 (LATE_CLOCK); the cases open at ?1
 * are those open now (cases_open_no) and those closed since
 * (cases_closed), each clock found by the case_clocks key.
 */
#define DUE_OPEN(ix, where)                                                        \
	"SELECT c.id FROM cases c INDEXED BY " ix " WHERE " where
static const char due_sql[] =
	"SELECT c.case_no, c.first_applicant, c.workers, c.respondents, min(k.due_on),"
	" m.name, r.name, c.year, c.seq, k.clock FROM ("
	DUE_OPEN("cases_open_no", "c.stage <> 'closed' AND NOT " SUSPENDED_ON("c", "?1"))
	" UNION ALL " DUE_OPEN("cases_closed", "c.closed_on > ?1 AND c.stage = 'closed'"
				   " AND NOT " SUSPENDED_ON("c", "?1"))
	") o CROSS JOIN cases c ON c.id = o.id"
	" CROSS JOIN case_clocks k ON k.case_id = c.id"
	" LEFT JOIN people m ON m.id = c.mediator_id"
	" LEFT JOIN people r ON r.id = c.arbitrator_id"
	" WHERE k.statutory AND k.start_on <= ?1"
	" AND coalesce(k.ended_on, c.closed_on, '9999-12-31') > ?1"
	" GROUP BY c.id HAVING min(k.due_on) BETWEEN ?2 AND ?3 ORDER BY 5, 8, 9";

static enum tc_status due_list(struct db *db, struct rdoc *d, int asof, int lo, int hi,
			       bool overdue, size_t *count, struct tc_err *e)
{
	static const char *const oh[] = {"案号", "申请人", "被申请人", "期限", "届满日", "超期天数", "承办人"};
	static const char *const dh[] = {"案号", "申请人", "被申请人", "期限", "届满日", "剩余天数", "承办人"};
	sqlite3_stmt *st = db_prep(db, due_sql);
	char a[DATE_ISO_LEN], b[DATE_ISO_LEN], c[DATE_ISO_LEN];
	struct rdoc_table *tb = rdoc_table(d, 7, overdue ? oh : dh);
	int rc;

	rdoc_table_max(tb, 1, 14);
	rdoc_table_max(tb, 2, 24);
	rdoc_table_max(tb, 3, 14); /* a label of 7 characters whole in text; gives way on paper */
	rdoc_table_right(tb, 5);
	sqlite3_bind_text(st, 1, date_iso(asof, a), -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, lo == DATE_NONE ? "0000-00-00" : date_iso(lo, b), -1,
			  SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, date_iso(hi, c), -1, SQLITE_TRANSIENT);
	*count = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		char app[192], days[24];
		int due = date_from_iso(db_col_text(st, 4));
		int workers = sqlite3_column_int(st, 2);
		const char *holder = db_col_text(st, 6);

		if (!*holder)
			holder = db_col_text(st, 5);
		if (!*holder)
			holder = "未指定";
		if (workers > 1)
			snprintf(app, sizeof app, "%s等%d人", db_col_text(st, 1), workers);
		else
			snprintf(app, sizeof app, "%s", db_col_text(st, 1));
		snprintf(days, sizeof days, "%d", overdue ? asof - due : due - asof);
		struct clock_rule rule;
		const char *clock = db_col_text(st, 9);
		if (clock_rule_get(db, clock, &rule, NULL) != TC_OK)
			snprintf(rule.label, sizeof rule.label, "%s", clock);
		const char *row[] = {db_col_text(st, 0), app, db_col_text(st, 3), rule.label,
				     db_col_text(st, 4), days, holder};
		rdoc_row(tb, row);
		++*count;
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "读取到期案件", e);
}

static enum tc_status build(struct db *db, int monday, int today, struct rdoc *d,
			    struct tc_err *e)
{
	int sunday = monday + 6, asof = sunday < today ? sunday : today;
	struct report_stats *rows = NULL;
	struct open_set open = {0};
	size_t n = 0, listed;
	enum tc_status st;
	char iso[DATE_ISO_LEN], iso2[DATE_ISO_LEN], buf[160];
	const struct report_stats *t;

	if ((st = stats_at(db, monday, sunday, today, REPORT_BY_TRACK, &rows, &n, e)) != TC_OK)
		return st;
	t = &rows[n - 1];
	if ((st = open_on(db, asof, today, &open, e)) != TC_OK)
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

	snprintf(buf, sizeof buf, "十二、即将届满案件（届满日 %s 至 %s）", date_iso(asof, iso),
		 date_iso(sunday + 7, iso2));
	rdoc_heading(d, buf);
	if ((st = due_list(db, d, asof, asof, sunday + 7, false, &listed, e)) != TC_OK)
		goto out;
	rdoc_text(d, "注：各项数字的口径见 tiaocai(5) 的 STATISTICS 和 THE WEEKLY SUMMARY 两节。");
	/* The chain head on paper: a later `check --anchor` confirms the
	 * journal still holds this row (tiaocai(1), check). */
	struct journal_head head;
	if ((st = journal_head(db, &head, e)) != TC_OK)
		goto out;
	rdoc_text(d, "日志链头 %.*s（截至 %s 共 %lld 条）", JOURNAL_HEAD_SHOWN,
		  *head.hash ? head.hash : "—", date_iso(today, iso), (long long)head.rows);
	rdoc_signature(d, "制表人：__________    审核人：__________    日期：______年____月____日");
out:
	free(rows);
	free(open.v);
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
	if ((st = build(db, monday, today, out, e)) != TC_OK)
		rdoc_free(out);
	return st;
}
