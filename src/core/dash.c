/*
 * dash.c - the figures of the 首页 dashboard: the running clocks that are
 * overdue, due today or due within three working days, the hearings of
 * today and tomorrow, the documents waiting to be served and the hearings
 * of the next two weeks not properly notified, open cases by stage and
 * the four 快.
 *
 * Deadlines are not computed here: each open case's earliest running
 * statutory clock is on its row (next_due, next_clock, kept by deadline.c
 * from its one table of clocks), so the dashboard, `case list --overdue`,
 * the agenda and the reports count the same cases: 超期 is next_due before
 * today, each case once.  Each list walks one partial index in due order:
 * the office's open cases, or one person's (clerk_id, mediator_id or
 * arbitrator_id with next_due and id, schema migration 7).  Nothing is
 * written.
 */
#include "tiaocai/dash.h"
#include "tiaocai/text.h"
#include "tiaocai/calendar.h"
#include "tiaocai/clock.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/deadline.h"
#include "tiaocai/doc.h"
#include "tiaocai/serve.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


/*
 * The three lists of cases by their earliest running statutory clock
 * (cases.next_due, next_clock, kept by deadline.c), so each case is listed
 * once, in one list, naming the clock that is most overdue or due first.
 * cases_open_due holds (next_due, id, lawyer_id) for the open cases: rows
 * come out in the ORDER BY without a sort, and a lawyer's filter and every
 * count are answered from the index alone.  Parameters: ?1 < due <= ?2
 * (ISO text), ?3 the lawyer's user id or NULL, ?4 the limit.  INDEXED BY:
 * without statistics the planner may prefer cases_stage_due and sort.
 */
#define DUE_WHERE                                                                \
	" WHERE c.stage <> 'closed' AND c.next_due > ?1 AND c.next_due <= ?2"      \
	" AND (?3 IS NULL OR c.lawyer_id = ?3)"
static const char due_rows[] =
	"SELECT c.id, c.case_no, c.first_applicant, c.workers, c.respondents,"
	" c.stage, c.next_due, m.name, r.name, c.next_clock FROM cases c INDEXED BY cases_open_due"
	" LEFT JOIN people m ON m.id = c.mediator_id"
	" LEFT JOIN people r ON r.id = c.arbitrator_id"
	DUE_WHERE " ORDER BY c.next_due, c.id LIMIT ?4";
static const char due_count[] =
	"SELECT count(*) FROM (SELECT 1 FROM cases c INDEXED BY cases_open_due" DUE_WHERE
	" LIMIT ?4)";

/* The hearings of the day range from the records (hearing.h): scheduled,
 * or held already today, of cases still open, in time order.  hearings_at
 * (at, case_id) walks the range; the count reads it without a row of
 * cases but the lawyer's.  ?1 <= at < ?2, ?3 lawyer or NULL, ?4 limit. */
#define HEARING_FROM                                                             \
	" FROM hearings h INDEXED BY hearings_at JOIN cases c ON c.id = h.case_id"
#define HEARING_WHERE                                                            \
	" WHERE h.at >= ?1 AND h.at < ?2 AND h.status IN ('scheduled', 'held')"   \
	" AND c.stage <> 'closed' AND (?3 IS NULL OR c.lawyer_id = ?3)"
#define HEARING_COLS                                                             \
	"SELECT c.id, c.case_no, c.first_applicant, c.workers, c.respondents, h.at,"  \
	" (SELECT name FROM rooms r WHERE r.id = h.room_id),"                      \
	" (SELECT p.name FROM people p WHERE p.id = h.arbitrator_id)"
static const char hearing_rows[] =
	HEARING_COLS HEARING_FROM HEARING_WHERE " ORDER BY h.at, c.id LIMIT ?4";
static const char hearing_count[] =
	"SELECT count(*) FROM (SELECT 1" HEARING_FROM HEARING_WHERE " LIMIT ?4)";

/* 待送达: the queue doc_unserved (schema migration 9, kept by triggers as
 * documents are made and served), oldest first; ?1 the lawyer or NULL,
 * ?2 the limit.  A person's own: ?1 the person. */
#define UNSERVED_COLS                                                            \
	"SELECT c.id, c.case_no, d.no, d.kind, d.part, p.name, u.made_on,"          \
	" c.first_applicant, c.workers, c.respondents"
#define UNSERVED_FROM                                                            \
	" FROM doc_unserved u INDEXED BY doc_unserved_made"                        \
	" JOIN documents d ON d.id = u.document_id JOIN cases c ON c.id = u.case_id" \
	" JOIN parties p ON p.id = d.party_id"
#define UNSERVED_ORDER " ORDER BY u.made_on, u.case_id, d.no LIMIT ?2"
#define UNSERVED_COUNT(where)                                                    \
	"SELECT count(*) FROM (SELECT 1 FROM doc_unserved u JOIN cases c ON c.id = u.case_id" \
	" WHERE " where " LIMIT ?2)"
static const char unserved_rows[] =
	UNSERVED_COLS UNSERVED_FROM " WHERE (?1 IS NULL OR c.lawyer_id = ?1)" UNSERVED_ORDER;
static const char unserved_count[] = UNSERVED_COUNT("(?1 IS NULL OR c.lawyer_id = ?1)");
/* The office's own (?1 NULL): the queue alone, without a case row each. */
static const char unserved_count_office[] =
	"SELECT count(*) FROM (SELECT 1 FROM doc_unserved WHERE ?1 IS NULL LIMIT ?2)";

/* 未依法通知: the hearings scheduled from ?1 to before ?2, set on or after
 * the day the records of service began (?6), each then checked by
 * serve_unnotified; ?3 the lawyer or NULL (?5 a person's own). */
#define NOTICE_SQL(who)                                                          \
	"SELECT c.id, c.case_no, c.first_applicant, c.workers, c.respondents, h.at," \
	" (SELECT name FROM rooms r WHERE r.id = h.room_id), h.no"                \
	HEARING_FROM " WHERE h.at >= ?1 AND h.at < ?2 AND h.status = 'scheduled'"  \
	" AND c.stage <> 'closed' AND h.set_on >= ?6 AND " who " ORDER BY h.at, c.id"
static const char notice_rows[] = NOTICE_SQL("(?3 IS NULL OR c.lawyer_id = ?3)");

/*
 * One person's own cases (dash_own): the same lists through the index of
 * their open cases by (person, next_due, id), ?5 the person (a user id for
 * a clerk, a roster id for a mediator or an arbitrator); their hearings
 * walk the day's hearings and keep theirs; their cases by stage read
 * their open cases (a caseload, not the office); 快结 this week's closings.
 * Their closed cases are not counted: no index holds all of a clerk's.
 */
#define OWN_WHERE(col)                                                           \
	" WHERE c." col " = ?5 AND c.stage <> 'closed' AND c.next_due > ?1 AND c.next_due <= ?2"
#define OWN_HEARING_WHERE(who)                                                   \
	" WHERE h.at >= ?1 AND h.at < ?2 AND h.status IN ('scheduled', 'held')"   \
	" AND c.stage <> 'closed' AND " who
#define OWN_SQL(col, ix, hwho)                                                   \
	{                                                                        \
		"SELECT c.id, c.case_no, c.first_applicant, c.workers, c.respondents," \
		" c.stage, c.next_due, m.name, r.name, c.next_clock FROM cases c"  \
		" INDEXED BY " ix                                                \
		" LEFT JOIN people m ON m.id = c.mediator_id"                      \
		" LEFT JOIN people r ON r.id = c.arbitrator_id"                    \
		OWN_WHERE(col) " ORDER BY c.next_due, c.id LIMIT ?4",             \
		"SELECT count(*) FROM (SELECT 1 FROM cases c INDEXED BY " ix       \
		OWN_WHERE(col) " LIMIT ?4)",                                       \
		HEARING_COLS HEARING_FROM OWN_HEARING_WHERE(hwho)                  \
		" ORDER BY h.at, c.id LIMIT ?4",                                   \
		"SELECT count(*) FROM (SELECT 1" HEARING_FROM OWN_HEARING_WHERE(hwho) \
		" LIMIT ?4)",                                                      \
		"SELECT stage, count(*) FROM cases INDEXED BY " ix " WHERE " col " = ?1" \
		" AND stage <> 'closed' GROUP BY stage",                           \
		"SELECT count(*) FROM (SELECT 1 FROM cases INDEXED BY cases_closed"  \
		" WHERE closed_on >= ?1 AND closed_on <= ?2 AND stage = 'closed' AND " col " = ?3" \
		" LIMIT ?4)",                                                      \
		"SELECT 1 FROM cases INDEXED BY " ix " WHERE " col " = ?1 AND stage <> 'closed'" \
		" LIMIT 1",                                                        \
		UNSERVED_COLS UNSERVED_FROM " WHERE c." col " = ?1" UNSERVED_ORDER,  \
		UNSERVED_COUNT("c." col " = ?1"),                                  \
		NOTICE_SQL(hwho),                                                  \
	}

/* The statements of a view: the office's (a lawyer's through ?3) or one
 * person's. */
struct view_sql {
	const char *due_rows, *due_count, *hearing_rows, *hearing_count, *stages, *closed_week;
	const char *any_open;         /* one open case of the person's, if any */
	const char *unserved_rows, *unserved_count, *notice_rows;
};
static const struct view_sql own_sql[] = {
	/* A clerk's hearings are those of the cases in their charge, a
	 * mediator's of their cases; an arbitrator's those they sit on, in
	 * any seat of the tribunal. */
	[DASH_OWN_CLERK] = OWN_SQL("clerk_id", "cases_clerk", "c.clerk_id = ?5"),
	[DASH_OWN_MEDIATOR] = OWN_SQL("mediator_id", "cases_mediator_open", "c.mediator_id = ?5"),
	[DASH_OWN_ARBITRATOR] = OWN_SQL("arbitrator_id", "cases_arbitrator_open",
					"?5 IN (h.arbitrator_id, h.member1_id, h.member2_id)"),
};

/* What one dash_get reads: its statements and whose cases. */
struct view {
	const struct view_sql *sql;
	int64_t who;                  /* ?5 of the own statements */
	bool own;
	size_t cap;                   /* the lists' totals are counted up to this */
};

/* Cases by stage: the table stage_counts, kept by triggers on cases
 * (schema migration 5 -> 6), seven rows.  A lawyer's cases by stage come
 * from cases_lawyer_stage. */
static const char stage_counts[] = "SELECT stage, n FROM stage_counts";
static const char lawyer_stage_count[] =
	"SELECT count(*) FROM cases WHERE lawyer_id = ?2 AND stage = ?1";

/* 快结: closed_on is set only when a case closes (cases_closed). */
static const char closed_week[] =
	"SELECT count(*) FROM (SELECT 1 FROM cases WHERE closed_on >= ?1 AND closed_on <= ?2"
	" LIMIT ?4)";
static const char lawyer_closed_week[] =
	"SELECT count(*) FROM (SELECT 1 FROM cases WHERE lawyer_id = ?3 AND stage = 'closed'"
	" AND closed_on >= ?1 AND closed_on <= ?2 LIMIT ?4)";

/* Stored text into a fixed buffer: cut, if ever, between characters. */
static void copy(char *dst, size_t size, const char *src) { text_copy(dst, size, src); }

/* "张三" or "张三等12人", as case.c's docket rows write it. */
static void applicant(char *dst, size_t size, const char *first, int workers)
{
	char more[24] = "";

	if (workers > 1)
		snprintf(more, sizeof more, "等%d人", workers);
	copy(dst, size - strlen(more), first);
	strcat(dst, more);
}

/* Bind the lawyer filter: the user's id for a lawyer, NULL for anyone else. */
static void bind_lawyer(sqlite3_stmt *st, int idx, const struct actor *a)
{
	if (a->role == ROLE_LAWYER)
		sqlite3_bind_int64(st, idx, a->user_id);
	else
		sqlite3_bind_null(st, idx);
}

static void bind_limit(sqlite3_stmt *st, int idx, size_t limit)
{
	sqlite3_bind_int64(st, idx, limit > INT64_MAX ? -1 : (int64_t)limit);
}

/* The single integer a counting statement returns, after its bindings. */
static enum tc_status step_count(struct db *db, sqlite3_stmt *st, size_t *out, struct tc_err *e)
{
	int rc = sqlite3_step(st);

	if (rc == SQLITE_ROW)
		*out = (size_t)sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? TC_OK : db_fail(db, rc, "统计首页数字", e);
}

/* The parameters every list statement shares: ?1 < or <= due/at < ?2
 * (ISO text), ?3 the lawyer filter, ?4 the limit, and in a person's own
 * view ?5 the person. */
static void bind_range(sqlite3_stmt *q, const char *lo, const char *hi, const struct actor *a,
		       const struct view *v, size_t limit)
{
	sqlite3_bind_text(q, 1, lo, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 2, hi, -1, SQLITE_STATIC);
	if (v->own)
		sqlite3_bind_int64(q, 5, v->who);
	else
		bind_lawyer(q, 3, a);
	bind_limit(q, 4, limit);
}

/* How far a list's total is counted when limit rows were asked for
 * (dash_get_scope). */
static size_t cap_of(size_t limit) { return limit > DASH_COUNT_CAP ? limit : DASH_COUNT_CAP; }

/* The total of a list: a counting statement of the list's range lo..hi
 * (?1, ?2) for actor a (?3), counted up to cap (?4). */
static enum tc_status count_range(struct db *db, const char *sql, const char *lo, const char *hi,
				  const struct actor *a, const struct view *v, size_t cap, size_t *out,
				  struct tc_err *e)
{
	sqlite3_stmt *q = db_prep(db, sql);

	bind_range(q, lo, hi, a, v, cap);
	return step_count(db, q, out, e);
}

static void fill_due(struct db *db, sqlite3_stmt *st, int today, struct dash_due *r)
{
	struct clock_rule rule;

	memset(r, 0, sizeof *r);
	r->case_id = sqlite3_column_int64(st, 0);
	copy(r->case_no, sizeof r->case_no, db_col_text(st, 1));
	applicant(r->applicant, sizeof r->applicant, db_col_text(st, 2), sqlite3_column_int(st, 3));
	copy(r->respondent, sizeof r->respondent, db_col_text(st, 4));
	stage_parse(db_col_text(st, 5), &r->stage, NULL);
	copy(r->clock, sizeof r->clock, db_col_text(st, 9));
	/* The rule's label; its name when the office has removed the rule. */
	if (clock_rule_get(db, r->clock, &rule, NULL) == TC_OK)
		copy(r->clock_zh, sizeof r->clock_zh, rule.label);
	else
		copy(r->clock_zh, sizeof r->clock_zh, r->clock);
	copy(r->due, sizeof r->due, db_col_text(st, 6));
	r->days_left = date_from_iso(r->due) - today;
	/* Who holds the case now: the mediator while it is in mediation, the
	 * arbitrator once it is in hearing, nobody at the desk stages. */
	if (r->stage == STAGE_PREMEDIATION || r->stage == STAGE_MEDIATING)
		copy(r->holder, sizeof r->holder, db_col_text(st, 7));
	else if (r->stage == STAGE_HEARING)
		copy(r->holder, sizeof r->holder, db_col_text(st, 8));
}

/* The open cases whose earliest running statutory clock falls in
 * lo < due <= hi (ISO text; lo "" for no lower bound), earliest first, at
 * most limit of them, and their total (counted up to w->cap). */
static enum tc_status due_list(struct db *db, const struct actor *a, const struct view *w,
			       int today, const char *lo, const char *hi, size_t limit,
			       struct dash_list *out, struct tc_err *e)
{
	struct dash_due *v = NULL;
	size_t n = 0, cap = 0;
	sqlite3_stmt *q = db_prep(db, w->sql->due_rows);
	int rc;

	bind_range(q, lo, hi, a, w, limit);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		v = xgrow(v, &cap, n + 1, sizeof *v);
		fill_due(db, q, today, &v[n++]);
	}
	sqlite3_reset(q);
	if (rc != SQLITE_DONE) {
		free(v);
		return db_fail(db, rc, "读取首页期限", e);
	}
	enum tc_status st = count_range(db, w->sql->due_count, lo, hi, a, w, w->cap,
					&out->total, e);
	if (st != TC_OK) {
		free(v);
		return st;
	}
	out->v = v;
	out->n = n;
	return TC_OK;
}

/* Hearings from the start of day `from` to the end of day `to`. */
static enum tc_status hearing_list(struct db *db, const struct actor *a, const struct view *w,
				   int from, int to, size_t limit, struct dash_list *out,
				   struct tc_err *e)
{
	char lo[DATE_ISO_LEN], hi[DATE_ISO_LEN];
	struct dash_hearing *v = NULL;
	size_t n = 0, cap = 0;
	sqlite3_stmt *q = db_prep(db, w->sql->hearing_rows);
	int rc;

	date_iso(from, lo);
	date_iso(to + 1, hi); /* at < the next day's date: "YYYY-MM-DD HH:MM" sorts as text */
	bind_range(q, lo, hi, a, w, limit);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		v = xgrow(v, &cap, n + 1, sizeof *v);
		struct dash_hearing *h = &v[n++];
		memset(h, 0, sizeof *h);
		h->case_id = sqlite3_column_int64(q, 0);
		copy(h->case_no, sizeof h->case_no, db_col_text(q, 1));
		applicant(h->applicant, sizeof h->applicant, db_col_text(q, 2), sqlite3_column_int(q, 3));
		copy(h->respondent, sizeof h->respondent, db_col_text(q, 4));
		copy(h->at, sizeof h->at, db_col_text(q, 5));
		copy(h->room, sizeof h->room, db_col_text(q, 6));
		copy(h->arbitrator, sizeof h->arbitrator, db_col_text(q, 7));
	}
	sqlite3_reset(q);
	if (rc != SQLITE_DONE) {
		free(v);
		return db_fail(db, rc, "读取开庭安排", e);
	}
	enum tc_status st = count_range(db, w->sql->hearing_count, lo, hi, a, w, w->cap,
					&out->total, e);
	if (st != TC_OK) {
		free(v);
		return st;
	}
	out->v = v;
	out->n = n;
	return TC_OK;
}

/* The person of an own view (?1 of its 待送达 statements), else the
 * lawyer filter. */
static void bind_who(sqlite3_stmt *q, int idx, const struct actor *a, const struct view *v)
{
	if (v->own)
		sqlite3_bind_int64(q, idx, v->who);
	else
		bind_lawyer(q, idx, a);
}

/* 待送达: the documents waiting, oldest first, at most limit of them. */
static enum tc_status unserved_list(struct db *db, const struct actor *a, const struct view *w,
				    int today, size_t limit, struct dash_list *out,
				    struct tc_err *e)
{
	struct dash_unserved *v = NULL;
	size_t n = 0, cap = 0;
	sqlite3_stmt *q = db_prep(db, w->sql->unserved_rows);
	int rc;

	bind_who(q, 1, a, w);
	bind_limit(q, 2, limit);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		v = xgrow(v, &cap, n + 1, sizeof *v);
		struct dash_unserved *u = &v[n++];
		const struct doc_kind *k = doc_kind_find(db_col_text(q, 3));
		const char *part = db_col_text(q, 4);
		memset(u, 0, sizeof *u);
		u->case_id = sqlite3_column_int64(q, 0);
		copy(u->case_no, sizeof u->case_no, db_col_text(q, 1));
		u->doc_no = sqlite3_column_int(q, 2);
		copy(u->kind, sizeof u->kind, db_col_text(q, 3));
		applicant(u->applicant, sizeof u->applicant, db_col_text(q, 7), sqlite3_column_int(q, 8));
		copy(u->respondent, sizeof u->respondent, db_col_text(q, 9));
		snprintf(u->doc_zh, sizeof u->doc_zh, "%s%s", k ? k->zh : db_col_text(q, 3),
			 strcmp(part, "final") == 0 ? " (终局)"
			 : strcmp(part, "nonfinal") == 0 ? " (非终局)" : "");
		copy(u->to, sizeof u->to, db_col_text(q, 5));
		copy(u->made_on, sizeof u->made_on, db_col_text(q, 6));
		u->waiting = today - date_from_iso(u->made_on);
	}
	sqlite3_reset(q);
	if (rc != SQLITE_DONE) {
		free(v);
		return db_fail(db, rc, "读取待送达文书", e);
	}
	q = db_prep(db, !w->own && a->role != ROLE_LAWYER ? unserved_count_office
							  : w->sql->unserved_count);
	bind_who(q, 1, a, w);
	bind_limit(q, 2, w->cap);
	enum tc_status st = step_count(db, q, &out->total, e);
	if (st != TC_OK) {
		free(v);
		return st;
	}
	out->v = v;
	out->n = n;
	return TC_OK;
}

/* 未依法通知: the hearings scheduled from today to DASH_NOTICE_DAYS days
 * on that a party was not served in time (serve.h).  Every hearing of
 * the fortnight set since the records began is checked: the cost follows
 * the hearings of two weeks, not the cases on file. */
static enum tc_status unnotified_list(struct db *db, const struct actor *a, const struct view *w,
				      int today, size_t limit, struct dash_list *out,
				      struct tc_err *e)
{
	char lo[DATE_ISO_LEN], hi[DATE_ISO_LEN];
	char *since = db_setting(db, "documents_since");
	struct dash_unnotified *v = NULL;
	size_t n = 0, cap = 0;
	enum tc_status st = TC_OK;
	int rc;

	if (since == NULL || date_from_iso(since) == DATE_NONE) {
		free(since); /* no records: nothing to check */
		return TC_OK;
	}
	sqlite3_stmt *q = db_prep(db, w->sql->notice_rows);
	date_iso(today, lo);
	date_iso(today + DASH_NOTICE_DAYS + 1, hi);
	/* Every candidate up to the cap: the total counts those not notified. */
	bind_range(q, lo, hi, a, w, w->cap);
	sqlite3_bind_text(q, 6, since, -1, SQLITE_TRANSIENT);
	free(since);
	/* The hearings first: serve_unnotified runs statements of its own. */
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		v = xgrow(v, &cap, n + 1, sizeof *v);
		struct dash_unnotified *h = &v[n++];
		memset(h, 0, sizeof *h);
		h->case_id = sqlite3_column_int64(q, 0);
		copy(h->case_no, sizeof h->case_no, db_col_text(q, 1));
		applicant(h->applicant, sizeof h->applicant, db_col_text(q, 2), sqlite3_column_int(q, 3));
		copy(h->respondent, sizeof h->respondent, db_col_text(q, 4));
		copy(h->at, sizeof h->at, db_col_text(q, 5));
		copy(h->room, sizeof h->room, db_col_text(q, 6));
		h->hearing_no = sqlite3_column_int(q, 7);
	}
	sqlite3_reset(q);
	if (rc != SQLITE_DONE) {
		free(v);
		return db_fail(db, rc, "读取开庭安排", e);
	}
	size_t k = 0;
	for (size_t i = 0; i < n && st == TC_OK; i++) {
		struct strlist names = {0};
		struct strbuf sb = {0};
		if ((st = serve_unnotified(db, v[i].case_id, v[i].hearing_no, &names, e)) == TC_OK &&
		    names.n) {
			for (size_t j = 0; j < names.n; j++)
				sb_printf(&sb, "%s%s", j ? "、" : "", names.v[j]);
			v[i].nnames = names.n;
			copy(v[i].names, sizeof v[i].names, sb_str(&sb));
			out->total++;
			if (k < limit)
				v[k++] = v[i];
		}
		sb_free(&sb);
		sl_free(&names);
	}
	if (st != TC_OK) {
		free(v);
		out->total = 0;
		return st;
	}
	out->v = v;
	out->n = k;
	return TC_OK;
}

/* The first year without its notice (provisional) that a running clock
 * reaches: the latest due date of each clock (case_clocks_running, one
 * probe per clock) tells how far the running clocks reach. */
static enum tc_status provisional(struct db *db, const struct cal *cal, int today, int *out,
				  struct tc_err *e)
{
	static const char sql[] =
		"SELECT max(due_on) FROM case_clocks INDEXED BY case_clocks_running"
		" WHERE running AND clock = ?1";
	const struct clock_def *defs;
	size_t n = deadline_defs(&defs);
	int last = today;

	*out = 0;
	for (size_t i = 0; i < n; i++) {
		/* The periods after an award run on closed cases: not the
		 * office's deadlines, nor a reason for this warning. */
		if (!(defs[i].runs & ~STAGE_BIT(STAGE_CLOSED)))
			continue;
		sqlite3_stmt *q = db_prep(db, sql);
		sqlite3_bind_text(q, 1, defs[i].name, -1, SQLITE_STATIC);
		int rc = sqlite3_step(q);
		if (rc == SQLITE_ROW) {
			int due = date_from_iso(db_col_text(q, 0));
			if (due != DATE_NONE && due > last)
				last = due;
		}
		sqlite3_reset(q);
		if (rc != SQLITE_ROW)
			return db_fail(db, rc, "读取期限", e);
	}
	for (int y = date_year(today); y <= date_year(last) && !*out; y++)
		if (cal_year_provisional(cal, y))
			*out = y;
	return TC_OK;
}

/* by_stage, and the 快 figures drawn from it, and 快结. */
static enum tc_status counts(struct db *db, const struct actor *a, const struct view *v, int today,
			     struct dash *d, struct tc_err *e)
{
	bool lawyer = a->role == ROLE_LAWYER;
	enum tc_status st;

	if (v->own) {
		sqlite3_stmt *q = db_prep(db, v->sql->stages);
		int rc;
		enum stage s;
		sqlite3_bind_int64(q, 1, v->who);
		while ((rc = sqlite3_step(q)) == SQLITE_ROW)
			if (stage_parse(db_col_text(q, 0), &s, NULL) == TC_OK)
				d->by_stage[s] = (size_t)sqlite3_column_int64(q, 1);
		sqlite3_reset(q);
		if (rc != SQLITE_DONE)
			return db_fail(db, rc, "统计首页数字", e);
	} else if (lawyer) {
		for (int s = 0; s < STAGE_COUNT; s++) {
			sqlite3_stmt *q = db_prep(db, lawyer_stage_count);
			sqlite3_bind_text(q, 1, stage_name((enum stage)s), -1, SQLITE_STATIC);
			sqlite3_bind_int64(q, 2, a->user_id);
			if ((st = step_count(db, q, &d->by_stage[s], e)) != TC_OK)
				return st;
		}
	} else {
		sqlite3_stmt *q = db_prep(db, stage_counts);
		int rc;
		enum stage s;
		while ((rc = sqlite3_step(q)) == SQLITE_ROW)
			if (stage_parse(db_col_text(q, 0), &s, NULL) == TC_OK)
				d->by_stage[s] = (size_t)sqlite3_column_int64(q, 1);
		sqlite3_reset(q);
		if (rc != SQLITE_DONE)
			return db_fail(db, rc, "统计首页数字", e);
	}
	d->waiting_accept = d->by_stage[STAGE_RECEIVED];
	d->mediating = d->by_stage[STAGE_PREMEDIATION] + d->by_stage[STAGE_MEDIATING];
	d->hearing = d->by_stage[STAGE_HEARING];

	int y, w;
	char mon[DATE_ISO_LEN], now[DATE_ISO_LEN];
	date_iso(date_iso_week(today, &y, &w), mon);
	date_iso(today, now);
	sqlite3_stmt *q = db_prep(db, v->own ? v->sql->closed_week
					     : lawyer ? lawyer_closed_week : closed_week);
	sqlite3_bind_text(q, 1, mon, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 2, now, -1, SQLITE_STATIC);
	if (v->own)
		sqlite3_bind_int64(q, 3, v->who);
	else if (lawyer)
		sqlite3_bind_int64(q, 3, a->user_id);
	bind_limit(q, 4, d->count_cap);
	return step_count(db, q, &d->closed_week, e);
}

/* Everything dash_get fills, inside its read transaction. */
static enum tc_status fill(struct db *db, const struct actor *a, const struct view *v, int today,
			   size_t limit, struct dash *d, struct tc_err *e)
{
	const struct cal *cal;
	char yesterday[DATE_ISO_LEN], now[DATE_ISO_LEN], soon[DATE_ISO_LEN];
	enum tc_status st;

	if ((st = cal_get(db, &cal, e)) != TC_OK)
		return st;
	d->count_cap = v->cap;
	d->soon_until = clock_soon_until(cal, today);
	date_iso(today - 1, yesterday);
	date_iso(today, now);
	date_iso(d->soon_until, soon);

	if ((st = due_list(db, a, v, today, "", yesterday, limit, &d->overdue, e)) != TC_OK ||
	    (st = due_list(db, a, v, today, yesterday, now, limit, &d->due_today, e)) != TC_OK ||
	    (st = due_list(db, a, v, today, now, soon, limit, &d->due_soon, e)) != TC_OK ||
	    (st = hearing_list(db, a, v, today, today + 1, limit, &d->hearings, e)) != TC_OK ||
	    (st = unserved_list(db, a, v, today, limit, &d->unserved, e)) != TC_OK ||
	    (st = unnotified_list(db, a, v, today, limit, &d->unnotified, e)) != TC_OK ||
	    (st = provisional(db, cal, today, &d->provisional_year, e)) != TC_OK)
		return st;
	return counts(db, a, v, today, d, e);
}

/* Whether the person of view v has an open case of their own: one step
 * into their index. */
static enum tc_status has_open(struct db *db, const struct view *v, bool *any, struct tc_err *e)
{
	sqlite3_stmt *q = db_prep(db, v->sql->any_open);
	int rc;

	sqlite3_bind_int64(q, 1, v->who);
	rc = sqlite3_step(q);
	*any = rc == SQLITE_ROW;
	sqlite3_reset(q);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "读取首页数字", e);
}

enum dash_own dash_own(const struct actor *a)
{
	switch (a->role) {
	case ROLE_CLERK:
		return a->user_id ? DASH_OWN_CLERK : DASH_OWN_NONE;
	case ROLE_MEDIATOR:
		return a->person_id ? DASH_OWN_MEDIATOR : DASH_OWN_NONE;
	case ROLE_ARBITRATOR:
		return a->person_id ? DASH_OWN_ARBITRATOR : DASH_OWN_NONE;
	case ROLE_LAWYER:
		return DASH_OWN_LAWYER;
	default:
		return DASH_OWN_NONE;
	}
}

bool dash_can_switch(const struct actor *a)
{
	enum dash_own o = dash_own(a);

	return o != DASH_OWN_NONE && o != DASH_OWN_LAWYER;
}

enum tc_status dash_get(struct db *db, const struct actor *a, int today, size_t limit,
			struct dash *d, struct tc_err *e)
{
	return dash_get_scope(db, a, DASH_DEFAULT, today, limit, d, e);
}

enum tc_status dash_get_scope(struct db *db, const struct actor *a, enum dash_scope scope,
			      int today, size_t limit, struct dash *d, struct tc_err *e)
{
	return dash_get_counted(db, a, scope, today, limit, cap_of(limit), d, e);
}

enum tc_status dash_get_counted(struct db *db, const struct actor *a, enum dash_scope scope,
				int today, size_t limit, size_t count_cap, struct dash *d,
				struct tc_err *e)
{
	static const struct view_sql office_sql = {
		due_rows, due_count, hearing_rows, hearing_count, stage_counts, closed_week, NULL,
		unserved_rows, unserved_count, notice_rows,
	};
	bool own_tx = db->tx_depth == 0;
	enum dash_own own = dash_own(a);
	struct view v = {&office_sql, 0, false, count_cap > limit ? count_cap : limit};
	enum tc_status st;

	memset(d, 0, sizeof *d);
	d->today = today;
	/* Another clerk may have changed the calendar or the rules. */
	db_check_caches(db);
	/* One read snapshot, so the lists and the counts agree with each
	 * other even while other clerks write. */
	if (own_tx && (st = db_exec(db, "BEGIN", e)) != TC_OK)
		return st;
	/* A lawyer's figures are their own whatever is asked; someone who
	 * cannot have cases of their own sees the office's. */
	if (own != DASH_OWN_NONE && own != DASH_OWN_LAWYER) {
		v.sql = &own_sql[own];
		v.who = own == DASH_OWN_CLERK ? a->user_id : a->person_id;
	}
	bool any = scope == DASH_OWN;
	st = scope == DASH_DEFAULT && v.who ? has_open(db, &v, &any, e) : TC_OK;
	if (own == DASH_OWN_LAWYER || (any && v.who)) {
		d->scope = DASH_OWN;
		d->own = own;
	}
	v.own = d->scope == DASH_OWN && own != DASH_OWN_LAWYER;
	if (!v.own)
		v.sql = &office_sql;
	if (st == TC_OK)
		st = fill(db, a, &v, today, limit, d, e);
	if (own_tx)
		sqlite3_exec(db->h, "COMMIT", NULL, NULL, NULL);
	if (st != TC_OK) {
		enum dash_scope was = d->scope;
		dash_free(d);
		d->today = today;
		d->scope = was;
		d->own = was == DASH_OWN ? own : DASH_OWN_NONE;
	}
	return st;
}

void dash_free(struct dash *d)
{
	if (d == NULL)
		return;
	free(d->overdue.v);
	free(d->due_today.v);
	free(d->due_soon.v);
	free(d->hearings.v);
	free(d->unserved.v);
	free(d->unnotified.v);
	memset(d, 0, sizeof *d);
}

/* ---- 待制作 ---------------------------------------------------------------- */

/* The cases with an event that calls for a document on or after ?1: read
 * through the indexes of each kind of event (acceptance, closing,
 * suspension, the tribunal, hearings set, an extension while open); ?2 the
 * lawyer or NULL; ?3 whose own (1 clerk, 2 mediator, 3 arbitrator, 0 the
 * office's) and ?4 who. */
static const char tomake_cases[] =
	"SELECT c.id, c.case_no, c.first_applicant, c.workers, c.respondents FROM cases c"
	" WHERE c.id IN (SELECT id FROM cases WHERE accepted_on >= ?1"
	"  UNION SELECT id FROM cases WHERE closed_on >= ?1"
	"  UNION SELECT id FROM cases WHERE stage = 'suspended' AND suspended_on >= ?1"
	"  UNION SELECT id FROM cases WHERE stage <> 'closed' AND extended"
	"  UNION SELECT case_id FROM tribunals WHERE formed_on >= ?1"
	"  UNION SELECT case_id FROM hearings WHERE at >= ?1 AND status = 'scheduled')"
	" AND (?2 IS NULL OR c.lawyer_id = ?2)"
	" AND (?3 = 0 OR (?3 = 1 AND c.clerk_id = ?4) OR (?3 = 2 AND c.mediator_id = ?4)"
	"  OR (?3 = 3 AND c.arbitrator_id = ?4))"
	" ORDER BY c.id";

static int tomake_cmp(const void *x, const void *y)
{
	const struct dash_tomake *a = x, *b = y;
	int c = strcmp(a->since, b->since);

	return c ? c : a->case_id < b->case_id ? -1 : a->case_id > b->case_id;
}

enum tc_status dash_tomake(struct db *db, const struct actor *a, const struct dash *d,
			   size_t limit, struct dash_list *out, struct tc_err *e)
{
	char *set = db_setting(db, "documents_since");
	int since = set ? date_from_iso(set) : DATE_NONE;
	char from[DATE_ISO_LEN];
	struct dash_tomake *v = NULL;
	size_t n = 0, cap = 0;
	enum tc_status st = TC_OK;
	int rc;

	free(set);
	memset(out, 0, sizeof *out);
	if (since == DATE_NONE || since < d->today - DASH_TOMAKE_DAYS)
		since = d->today - DASH_TOMAKE_DAYS;
	sqlite3_stmt *q = db_prep(db, tomake_cases);
	if (q == NULL)
		return db_fail(db, SQLITE_ERROR, "读取待制作文书", e);
	sqlite3_bind_text(q, 1, date_iso(since, from), -1, SQLITE_TRANSIENT);
	bind_lawyer(q, 2, a);
	int own = 0;
	if (d->scope == DASH_OWN)
		own = d->own == DASH_OWN_CLERK ? 1 : d->own == DASH_OWN_MEDIATOR ? 2
		      : d->own == DASH_OWN_ARBITRATOR ? 3 : 0;
	sqlite3_bind_int(q, 3, own);
	sqlite3_bind_int64(q, 4, own == 1 ? a->user_id : a->person_id);

	/* The candidates first (doc_needed reads with statements of its own). */
	struct cand {
		int64_t id;
		char case_no[96], applicant[TEXT_BYTES(TEXT_MAX_PERSON) + 24];
		char respondent[TEXT_BYTES(TEXT_MAX_ORG)];
	} *c = NULL;
	size_t nc = 0, ccap = 0;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		c = xgrow(c, &ccap, nc + 1, sizeof *c);
		c[nc].id = sqlite3_column_int64(q, 0);
		copy(c[nc].case_no, sizeof c[nc].case_no, db_col_text(q, 1));
		applicant(c[nc].applicant, sizeof c[nc].applicant, db_col_text(q, 2),
			  sqlite3_column_int(q, 3));
		copy(c[nc].respondent, sizeof c[nc].respondent, db_col_text(q, 4));
		nc++;
	}
	sqlite3_reset(q);
	if (rc != SQLITE_DONE) {
		free(c);
		return db_fail(db, rc, "读取待制作文书", e);
	}
	for (size_t i = 0; i < nc && st == TC_OK; i++) {
		struct doc_need *need;
		size_t nn;
		if ((st = doc_needed(db, c[i].id, &need, &nn, e)) != TC_OK)
			break;
		for (size_t k = 0; k < nn; k++) {
			v = xgrow(v, &cap, n + 1, sizeof *v);
			struct dash_tomake *t = &v[n++];
			memset(t, 0, sizeof *t);
			t->case_id = c[i].id;
			copy(t->case_no, sizeof t->case_no, c[i].case_no);
			copy(t->applicant, sizeof t->applicant, c[i].applicant);
			copy(t->respondent, sizeof t->respondent, c[i].respondent);
			copy(t->kind, sizeof t->kind, need[k].kind->name);
			if (need[k].hearing_no)
				snprintf(t->doc_zh, sizeof t->doc_zh, "%s (第 %d 次开庭)", need[k].kind->zh,
					 need[k].hearing_no);
			else
				snprintf(t->doc_zh, sizeof t->doc_zh, "%s%s", need[k].kind->zh,
					 strcmp(need[k].part, "final") == 0 ? " (终局)"
					 : strcmp(need[k].part, "nonfinal") == 0 ? " (非终局)" : "");
			copy(t->to, sizeof t->to, need[k].to_name);
			copy(t->since, sizeof t->since, need[k].since);
			t->waiting = d->today - date_from_iso(t->since);
		}
		free(need);
	}
	free(c);
	if (st != TC_OK) {
		free(v);
		return st;
	}
	if (n > 1)
		qsort(v, n, sizeof *v, tomake_cmp);
	out->v = v;
	out->total = n;
	out->n = n < limit ? n : limit;
	return TC_OK;
}
