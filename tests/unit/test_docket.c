/*
 * test_docket.c - the docket a page at a time: every order walked forward
 * and backward against a straight ORDER BY of the same cases, pages that
 * neither overlap nor skip (ties included), each filter, search by name,
 * case number, ID number and credit code, what a lawyer sees, the search
 * kinds and the capped count; one employer's cases (by credit code, a
 * 包工头's ID number, a whole name or a part of one), 挂牌督办 and collective
 * cases, what the cases add up to (docket_sum) and a case's employer; and
 * every filter read whole by docket_each, the call of `case list`, giving
 * the same cases (open ones first).
 *
 * One database for the whole group: a few hundred cases registered with
 * case_add and moved with wf_apply, with repeated names, amounts and due
 * dates so that pages break inside runs of equal keys.  The expected rows
 * always come from SQL written here independently of docket.c (the stage
 * order through instr(), not the CASE of the index), on the data as it
 * stands, so the one test that changes a case leaves the others valid.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pwd.h>
#include <unistd.h>
#include <cmocka.h>

#include "tiaocai/case.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/docket.h"
#include "tiaocai/ident.h"
#include "tiaocai/user.h"
#include "tiaocai/workflow.h"
#include "fixture.h"

#define NCASES 240   /* the regular cases */
#define NODD 4        /* and the odd ones of odd_cases */
#define NALL (NCASES + NODD)
#define PAGE 7      /* odd, so that pages end inside runs of equal keys */
#define MAXROWS 512 /* more than NCASES */
#define TODAY "2026-11-22"

static const char *const mediators[2] = {"陈立平", "龙德明"};
static const char *const arbitrators[2] = {"何文斌", "宋佳"};

struct fx {
	char *dir;
	struct db *db;
	int today;
	struct actor admin, clerk, lawyer;
	int64_t mediator_id[2], arbitrator_id[2];
	char id_prefix[16];      /* an ID's region and birth date: one case's own */
	int64_t id_prefix_case;
};

#define D fx_day

/* ---- the shared database --------------------------------------------- */


static int64_t person_id(struct fx *f, const char *role, const char *name)
{
	sqlite3_stmt *st;
	int64_t id = 0;

	if (sqlite3_prepare_v2(f->db->h, "SELECT id FROM people WHERE role = ?1 AND name = ?2", -1,
			       &st, NULL) != SQLITE_OK)
		return 0;
	sqlite3_bind_text(st, 1, role, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, name, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return id;
}

/* A valid ID number: region, birth date day, sequence, check character. */
static void make_id(char out[IDNO_LEN], const char *region, int birth, int seq)
{
	int y, m, d;

	date_to_ymd(birth, &y, &m, &d);
	snprintf(out, IDNO_LEN, "%s%04d%02d%02d%03d", region, y, m, d, seq % 1000);
	out[17] = ident_id_checkchar(out);
	out[18] = '\0';
}

static int event(struct fx *f, int64_t id, const char *ev, int on, const struct wf_request *more)
{
	struct wf_request req = more ? *more : (struct wf_request){0};
	struct wf_result res;
	struct tc_err e = {0};

	req.event = ev;
	req.on = on;
	if (wf_apply(f->db, &f->admin, id, &req, f->today, &res, &e) != TC_OK) {
		fprintf(stderr, "wf_apply %s: %s\n", ev, e.msg);
		return -1;
	}
	return 0;
}

/* Bring case id, received on `received`, to stage s with events on the
 * following days. */
static int to_stage(struct fx *f, int64_t id, int received, enum stage s, int k)
{
	char at[32], iso[DATE_ISO_LEN];
	struct wf_request rq = {0};

	switch (s) {
	case STAGE_RECEIVED:
		return 0;
	case STAGE_PREMEDIATION:
		rq.mediator = mediators[k % 2];
		return event(f, id, "premediate", received + 1, &rq);
	case STAGE_ACCEPTED:
		return event(f, id, "accept", received + 1, NULL);
	case STAGE_MEDIATING:
		rq.mediator = mediators[k % 2];
		return event(f, id, "accept", received + 1, NULL) ||
		       event(f, id, "mediate", received + 2, &rq);
	case STAGE_HEARING:
		/* Set the day before, with the parties' consent; each case in
		 * its own ten minutes, so that no two hearings overlap. */
		snprintf(at, sizeof at, "%s %02d:%02d", date_iso(received + 3, iso), 8 + (k / 6) % 9,
			 (k % 6) * 10);
		rq.at = at;
		rq.minutes = 10;
		rq.short_notice = "双方当事人同意";
		rq.arbitrator = arbitrators[k % 2];
		rq.room = k % 2 ? "第一仲裁庭" : "第二仲裁庭";
		return event(f, id, "accept", received + 1, NULL) ||
		       event(f, id, "hearing", received + 2, &rq);
	case STAGE_SUSPENDED:
		rq.reason = "等待工伤鉴定";
		return event(f, id, "accept", received + 1, NULL) ||
		       event(f, id, "suspend", received + 2, &rq);
	case STAGE_CLOSED:
		rq.reason = "申请人撤回";
		return event(f, id, "withdraw", received + 1, &rq);
	default:
		return -1;
	}
}

/* NCASES cases: ten applicant names (王芳 and 王芳芳 among them, and one in
 * Latin letters), five respondents, five amounts, every stage, both tracks,
 * some collective, some with two respondents, some with the lawyer. */
static int add_cases(struct fx *f)
{
	static const char *const names[] = {"王芳", "李娜", "张伟", "王芳芳", "刘洋",
					    "陈静", "Li Wei", "欧阳晓明", "赵敏", "王五"};
	static const char *const companies[] = {"贵州黔城建工集团有限公司", "贵阳宏黔物业服务有限公司",
						"贵州远汇建筑劳务有限公司", "ACME Trading Co",
						"贵阳盛宏建筑工程有限公司"};
	static const char *const amounts[] = {"8000", "12000.50", "30000", "8000", "4500"};
	static const char *const regions[] = {"520102", "520103", "110105", "440524"};
	static const enum stage stages[] = {STAGE_RECEIVED, STAGE_ACCEPTED, STAGE_MEDIATING,
					    STAGE_HEARING, STAGE_SUSPENDED, STAGE_CLOSED,
					    STAGE_PREMEDIATION, STAGE_CLOSED};
	int first = D("2026-09-01");

	for (int i = 0; i < NCASES; i++) {
		char id1[IDNO_LEN], id2[IDNO_LEN], case_no[96];
		struct case_party_in app[2] = {{.name = names[i % 10], .id_no = id1},
					       {.name = i % 18 == 0 ? "王芳" : "周杰", .id_no = id2}};
		struct case_party_in resp[2] = {{.name = companies[i % 5]},
						{.name = "贵州兴顺建设工程有限公司"}};
		struct case_claim_in cl = {.kind = "工资", .amount = amounts[i % 5]};
		int received = first + i * 78 / NCASES;
		char rec[DATE_ISO_LEN];
		struct case_new req = {
			.applicants = app, .napplicants = i % 9 == 0 ? 2 : 1,
			.respondents = resp, .nrespondents = i % 4 == 1 ? 2 : 1,
			.claims = &cl, .nclaims = 1, .received = date_iso(received, rec),
			.fast = i % 3 == 0, .simple = i % 5 == 1,
			.lawyer = i % 10 == 3 ? "lvshi" : NULL,
		};
		struct tc_err e = {0};
		int64_t id;

		/* Birth dates one day apart: region and birth date (the first
		 * 14 characters) are one case's own. */
		make_id(id1, regions[i % 4], D("1980-01-01") + i, i);
		make_id(id2, "522601", D("1970-01-01") + i, 500 + i);
		if (case_add(f->db, &f->clerk, &req, f->today, &id, case_no, NULL, &e) != TC_OK) {
			fprintf(stderr, "case_add %d: %s\n", i, e.msg);
			return -1;
		}
		if (i == 37) {
			snprintf(f->id_prefix, sizeof f->id_prefix, "%.14s", id1);
			f->id_prefix_case = id;
		}
		if (to_stage(f, id, received, stages[i % 8], i / 8) != 0)
			return -1;
	}
	return 0;
}

/* Cases whose names hold what LIKE and the joined respondents could get
 * wrong: an underscore, and 、 inside names.  Each decoy has every
 * two-character piece of the text it must not match. */
static int odd_cases(struct fx *f)
{
	static const char *const resp[NODD][4] = {
		{"Q_Q Trading"},                          /* matches Q_Q */
		{"Q_R公司", "S_Q公司", "QxQ Trading"},      /* LIKE without escape would */
		{"公司、贵州联合体"},                     /* matches 公司、贵州 */
		{"司、甲", "乙、贵", "丙公司", "贵州丁"},   /* joined, they would */
	};
	char id[IDNO_LEN], no[96];

	for (int i = 0; i < NODD; i++) {
		struct case_party_in app = {.name = "冯七", .id_no = id};
		struct case_party_in r[4] = {{0}};
		struct case_claim_in cl = {.kind = "工资", .amount = "1000"};
		struct case_new req = {.applicants = &app, .napplicants = 1, .respondents = r,
				       .claims = &cl, .nclaims = 1, .received = "2026-11-19"};
		struct tc_err e = {0};
		int64_t cid;

		for (size_t k = 0; k < 4 && resp[i][k]; k++)
			r[req.nrespondents++].name = resp[i][k];
		make_id(id, "520111", D("1990-01-01") + i, 900 + i);
		if (case_add(f->db, &f->clerk, &req, f->today, &cid, no, NULL, &e) != TC_OK) {
			fprintf(stderr, "case_add odd %d: %s\n", i, e.msg);
			return -1;
		}
	}
	return 0;
}

/* Employers: 贵阳宏黔物业服务有限公司 gets a credit code, 贵州远汇建筑劳务有限公司
 * one of 18 digits, ACME Trading Co (a 包工头 here) an ID number; a third of
 * the 贵州兴顺建设工程有限公司 become its branch, whose name holds the
 * company's; some cases are 挂牌督办, some collective, the closed ones
 * paid something.  Straight SQL: the case rows' caches of names stay as
 * they were, as the docket and the expectations both read them. */
static int employer_data(struct fx *f)
{
	static const char *const sql[] = {
		"UPDATE parties SET uscc = '91520113MAX87XQ335'"
		" WHERE side = 'respondent' AND name = '贵阳宏黔物业服务有限公司'",
		"UPDATE parties SET uscc = '914403007084611360'"
		" WHERE side = 'respondent' AND name = '贵州远汇建筑劳务有限公司'",
		"UPDATE parties SET id_no = '11010519491231002X'"
		" WHERE side = 'respondent' AND name = 'ACME Trading Co'",
		"UPDATE parties SET name = '贵州兴顺建设工程有限公司第二分公司'"
		" WHERE side = 'respondent' AND name = '贵州兴顺建设工程有限公司' AND case_id % 3 = 0",
		"UPDATE cases SET major = 1 WHERE id % 7 = 0",
		"UPDATE cases SET collective = 1 WHERE id % 5 = 2",
		"UPDATE cases SET paid = (id % 4) * 100000 WHERE stage = 'closed'",
	};
	struct tc_err e = {0};

	for (size_t i = 0; i < sizeof sql / sizeof sql[0]; i++)
		if (db_exec(f->db, sql[i], &e) != TC_OK) {
			fprintf(stderr, "%s: %s\n", sql[i], e.msg);
			return -1;
		}
	return 0;
}

static int group_setup(void **state)
{
	struct fx *f = xcalloc(1, sizeof *f);
	struct tc_err e = {0};

	if ((f->dir = fx_tmpdir("docket")) == NULL)
		return -1;
	f->admin = fx_admin;
	f->db = fx_db(f->dir, "t.db", true);
	fx_roster(f->db, &f->admin);
	f->today = D(TODAY);
	struct passwd *pw = getpwuid(geteuid());
	if (pw == NULL || fx_actor(f->db, &f->admin, &f->admin, pw->pw_name, "admin", NULL) ||
	    fx_actor(f->db, &f->admin, &f->clerk, "zhengli", "clerk", NULL) ||
	    fx_actor(f->db, &f->admin, &f->lawyer, "lvshi", "lawyer", NULL))
		return -1;
	for (int i = 0; i < 2; i++) {
		f->mediator_id[i] = person_id(f, "mediator", mediators[i]);
		f->arbitrator_id[i] = person_id(f, "arbitrator", arbitrators[i]);
		if (!f->mediator_id[i] || !f->arbitrator_id[i])
			return -1;
	}
	if (db_begin(f->db, &e) != TC_OK)
		return -1;
	if (add_cases(f) != 0 || odd_cases(f) != 0 || employer_data(f) != 0) {
		db_rollback(f->db);
		return -1;
	}
	if (db_commit(f->db, &e) != TC_OK)
		return -1;
	*state = f;
	return 0;
}

static int group_teardown(void **state)
{
	struct fx *f = *state;

	fx_done(f->db, f->dir);
	free(f);
	return 0;
}

/* ---- expectations ---------------------------------------------------- */

/* The straight ORDER BY of each docket order, written independently. */
#define DUE "coalesce(next_due, '9999-12-31')"
static const char *const order_sql[DOCKET_SORT_COUNT] = {
	[DOCKET_SORT_DUE] = DUE " %s, id %s",
	[DOCKET_SORT_NO] = "year %s, seq %s",
	[DOCKET_SORT_APPLICANT] = "first_applicant %s, id %s",
	[DOCKET_SORT_RESPONDENT] = "respondents %s, id %s",
	[DOCKET_SORT_CLAIMED] = "claimed %s, id %s",
	[DOCKET_SORT_STAGE] = "instr('received premediation accepted mediating hearing "
			      "suspended closed', stage) %s, " DUE " %s, id %s",
};

/* Case ids matching `where` (SQL on cases, test constants only) in the
 * order of sort; returns how many. */
static size_t expect(struct fx *f, const char *where, enum docket_sort sort, bool desc,
		     int64_t *ids)
{
	const char *d = desc ? "DESC" : "";
	char order[256], sql[1024];
	sqlite3_stmt *st;
	size_t n = 0;

	snprintf(order, sizeof order, order_sql[sort], d, d, d);
	snprintf(sql, sizeof sql, "SELECT id FROM cases WHERE %s ORDER BY %s", where, order);
	if (sqlite3_prepare_v2(f->db->h, sql, -1, &st, NULL) != SQLITE_OK)
		fail_msg("%s: %s", sql, sqlite3_errmsg(f->db->h));
	while (sqlite3_step(st) == SQLITE_ROW && n < MAXROWS)
		ids[n++] = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

static int64_t q_int(struct fx *f, const char *sql)
{
	sqlite3_stmt *st;
	int64_t v;

	assert_int_equal(sqlite3_prepare_v2(f->db->h, sql, -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

static void assert_ids(const int64_t *got, size_t ngot, const int64_t *want, size_t nwant,
		       const char *what)
{
	if (ngot != nwant)
		fail_msg("%s: %zu rows, expected %zu", what, ngot, nwant);
	for (size_t i = 0; i < nwant; i++)
		if (got[i] != want[i])
			fail_msg("%s: row %zu is case %lld, expected %lld", what, i,
				 (long long)got[i], (long long)want[i]);
}

static struct docket_filter no_filter(void)
{
	return (struct docket_filter){.stage = -1, .track = DOCKET_TRACK_ANY};
}

static size_t page(struct fx *f, const struct actor *a, const struct docket_filter *flt,
		   enum docket_sort sort, bool desc, const struct case_row *anchor, bool backward,
		   struct case_row *out, size_t limit)
{
	struct tc_err e = {0};
	size_t n = 99;

	if (docket_page(f->db, a, flt, sort, desc, anchor, backward, f->today, out, limit, &n, &e) !=
	    TC_OK)
		fail_msg("docket_page: %s", e.msg);
	assert_true(n <= limit);
	return n;
}

/* Every row in order, read PAGE rows at a time from the top down. */
static size_t walk_down(struct fx *f, const struct actor *a, const struct docket_filter *flt,
			enum docket_sort sort, bool desc, int64_t *ids)
{
	struct case_row rows[PAGE], last;
	size_t total = 0, n;
	const struct case_row *anchor = NULL;

	do {
		n = page(f, a, flt, sort, desc, anchor, false, rows, PAGE);
		for (size_t i = 0; i < n && total < MAXROWS; i++)
			ids[total++] = rows[i].id;
		if (n) {
			last = rows[n - 1];
			anchor = &last;
		}
	} while (n == PAGE && total < MAXROWS);
	return total;
}

/* Every row in order, read PAGE rows at a time from the last page up;
 * each page must come in display order. */
static size_t walk_up(struct fx *f, const struct actor *a, const struct docket_filter *flt,
		      enum docket_sort sort, bool desc, int64_t *ids)
{
	struct case_row rows[PAGE], top;
	int64_t rev[MAXROWS];
	size_t total = 0, n;
	const struct case_row *anchor = NULL;

	do {
		n = page(f, a, flt, sort, desc, anchor, true, rows, PAGE);
		for (size_t i = n; i-- > 0 && total < MAXROWS;)
			rev[total++] = rows[i].id;
		if (n) {
			top = rows[0];
			anchor = &top;
		}
	} while (n == PAGE && total < MAXROWS);
	for (size_t i = 0; i < total; i++)
		ids[i] = rev[total - 1 - i];
	return total;
}

/* docket_each callback: collect the ids. */
struct collect {
	int64_t ids[MAXROWS];
	bool closed[MAXROWS];
	size_t n, stop_at;
};

static int collect_fn(const struct case_row *r, void *p)
{
	struct collect *c = p;

	if (c->n < MAXROWS) {
		c->ids[c->n] = r->id;
		c->closed[c->n] = r->stage == STAGE_CLOSED;
	}
	return ++c->n == c->stop_at;
}

static size_t each(struct fx *f, const struct actor *a, const struct docket_filter *flt,
		   enum docket_sort sort, size_t limit, struct collect *c)
{
	struct tc_err e = {0};

	c->n = 0;
	if (docket_each(f->db, a, flt, sort, f->today, limit, collect_fn, c, &e) != TC_OK)
		fail_msg("docket_each: %s", e.msg);
	return c->n;
}

/* What docket_each gives for `where`: the open cases in the order, then
 * the closed ones. */
static size_t expect_each(struct fx *f, const char *where, enum docket_sort sort, int64_t *ids)
{
	char part[512];
	size_t n;

	snprintf(part, sizeof part, "(%s) AND stage <> 'closed'", where);
	n = expect(f, part, sort, false, ids);
	snprintf(part, sizeof part, "(%s) AND stage = 'closed'", where);
	return n + expect(f, part, sort, false, ids + n);
}

/* Both walks, the count and docket_each agree with the straight query. */
static void check_filter(struct fx *f, const struct actor *a, const struct docket_filter *flt,
			 const char *where)
{
	static int64_t want[MAXROWS], got[MAXROWS];
	static struct collect c;
	char what[256];
	struct tc_err e = {0};

	for (int s = 0; s < DOCKET_SORT_COUNT; s++) {
		for (int desc = 0; desc < 2; desc++) {
			size_t nw = expect(f, where, s, desc, want), ng;
			snprintf(what, sizeof what, "%s, sort %d%s, down", where, s, desc ? " desc" : "");
			ng = walk_down(f, a, flt, s, desc, got);
			assert_ids(got, ng, want, nw, what);
			snprintf(what, sizeof what, "%s, sort %d%s, up", where, s, desc ? " desc" : "");
			ng = walk_up(f, a, flt, s, desc, got);
			assert_ids(got, ng, want, nw, what);
			if (s == 0 && desc == 0) {
				size_t n = 0;
				assert_int_equal(docket_count(f->db, a, flt, f->today, 100000, &n, &e), TC_OK);
				if (n != nw)
					fail_msg("%s: count %zu, expected %zu", where, n, nw);
			}
		}
		size_t nw = expect_each(f, where, s, want);
		snprintf(what, sizeof what, "%s, sort %d, docket_each", where, s);
		c.stop_at = 0;
		assert_ids(c.ids, each(f, a, flt, s, 0, &c), want, nw, what);
	}
}

/* ---- paging ---------------------------------------------------------- */

/* Each order, ascending and descending, read down and read up, is the
 * straight ORDER BY: no page overlaps or skips, even where a run of equal
 * names, amounts or due dates crosses a page edge. */
static void test_every_order_both_ways(void **state)
{
	struct fx *f = *state;
	struct docket_filter flt = no_filter();

	/* The data has the runs the test is about. */
	assert_true(q_int(f, "SELECT max(n) FROM (SELECT count(*) n FROM cases GROUP BY first_applicant)") > PAGE);
	assert_true(q_int(f, "SELECT max(n) FROM (SELECT count(*) n FROM cases GROUP BY claimed)") > PAGE);
	assert_true(q_int(f, "SELECT count(*) FROM cases WHERE next_due IS NULL") > PAGE);
	check_filter(f, &f->clerk, &flt, "1");
}

/* Down one page, then up from its top: the page before, row for row, in
 * display order (the row just above the anchor last). */
static void test_down_then_up(void **state)
{
	struct fx *f = *state;
	struct docket_filter flt = no_filter();
	struct case_row p1[PAGE], p2[PAGE], p3[PAGE], back[PAGE];

	for (int s = 0; s < DOCKET_SORT_COUNT; s++) {
		size_t n1 = page(f, &f->clerk, &flt, s, false, NULL, false, p1, PAGE);
		size_t n2 = page(f, &f->clerk, &flt, s, false, &p1[n1 - 1], false, p2, PAGE);
		size_t n3 = page(f, &f->clerk, &flt, s, false, &p2[n2 - 1], false, p3, PAGE);
		assert_int_equal(n3, PAGE);
		size_t nb = page(f, &f->clerk, &flt, s, false, &p3[0], true, back, PAGE);
		assert_int_equal(nb, n2);
		for (size_t i = 0; i < nb; i++)
			assert_int_equal(back[i].id, p2[i].id);
		/* Fewer than a page before the second page: just the first. */
		nb = page(f, &f->clerk, &flt, s, false, &p2[0], true, back, PAGE);
		assert_int_equal(nb, n1);
		assert_int_equal(back[nb - 1].id, p1[n1 - 1].id);
		/* Nothing above the top. */
		assert_int_equal(page(f, &f->clerk, &flt, s, false, &p1[0], true, back, PAGE), 0);
	}
}

/* The last page is the end of the order, in display order. */
static void test_last_page(void **state)
{
	struct fx *f = *state;
	struct docket_filter flt = no_filter();
	static int64_t want[MAXROWS];
	struct case_row rows[PAGE];

	for (int s = 0; s < DOCKET_SORT_COUNT; s++) {
		size_t nw = expect(f, "1", s, true, want);
		size_t n = page(f, &f->clerk, &flt, s, false, NULL, true, rows, PAGE);
		assert_int_equal(nw, NALL);
		assert_int_equal(n, PAGE);
		for (size_t i = 0; i < PAGE; i++)
			assert_int_equal(rows[i].id, want[PAGE - 1 - i]);
	}
}

/* ---- filters ---------------------------------------------------------- */

static void test_filter_stage(void **state)
{
	struct fx *f = *state;
	char where[64];

	for (int s = 0; s < STAGE_COUNT; s++) {
		struct docket_filter flt = no_filter();
		flt.stage = s;
		snprintf(where, sizeof where, "stage = '%s'", stage_name((enum stage)s));
		check_filter(f, &f->clerk, &flt, where);
	}
}

static void test_filter_overdue_and_open(void **state)
{
	struct fx *f = *state;
	struct docket_filter flt = no_filter();

	flt.overdue = true;
	assert_true(q_int(f, "SELECT count(*) FROM cases WHERE stage <> 'closed' AND next_due < '" TODAY "'") > PAGE);
	check_filter(f, &f->clerk, &flt, "stage <> 'closed' AND next_due < '" TODAY "'");
	flt.overdue = false;
	flt.open_only = true;
	check_filter(f, &f->clerk, &flt, "stage <> 'closed'");
	/* Overdue within one stage, and in none of the closed ones. */
	flt.overdue = true;
	flt.stage = STAGE_HEARING;
	check_filter(f, &f->clerk, &flt, "stage = 'hearing' AND next_due < '" TODAY "'");
	flt.stage = STAGE_CLOSED;
	check_filter(f, &f->clerk, &flt, "0");
}

static void test_filter_track(void **state)
{
	struct fx *f = *state;
	static const char *const where[] = {
		[DOCKET_TRACK_FAST] = "fast <> 0",
		[DOCKET_TRACK_SIMPLE] = "fast = 0 AND simple <> 0",
		[DOCKET_TRACK_ORDINARY] = "fast = 0 AND simple = 0",
	};
	static const char *const zh[] = {"速裁", "简易", "普通"};
	struct case_row rows[PAGE];

	for (int t = DOCKET_TRACK_FAST; t <= DOCKET_TRACK_ORDINARY; t++) {
		struct docket_filter flt = no_filter();
		flt.track = t;
		check_filter(f, &f->clerk, &flt, where[t]);
		size_t n = page(f, &f->clerk, &flt, DOCKET_SORT_NO, false, NULL, false, rows, PAGE);
		assert_int_equal(n, PAGE);
		for (size_t i = 0; i < n; i++)
			assert_string_equal(rows[i].track, zh[t]);
	}
}

static void test_filter_person(void **state)
{
	struct fx *f = *state;
	char where[128];

	for (int i = 0; i < 2; i++) {
		struct docket_filter flt = no_filter();
		flt.person_id = f->mediator_id[i];
		snprintf(where, sizeof where, "mediator_id = %lld OR arbitrator_id = %lld",
			 (long long)f->mediator_id[i], (long long)f->mediator_id[i]);
		check_filter(f, &f->clerk, &flt, where);
		flt.person_id = f->arbitrator_id[i];
		flt.stage = STAGE_HEARING;
		snprintf(where, sizeof where, "stage = 'hearing' AND arbitrator_id = %lld",
			 (long long)f->arbitrator_id[i]);
		check_filter(f, &f->clerk, &flt, where);
	}
}

/* ---- search ----------------------------------------------------------- */

/* The cases whose party names contain `like` (a LIKE pattern). */
#define PARTY_LIKE(p) "EXISTS (SELECT 1 FROM parties p WHERE p.case_id = cases.id AND p.name LIKE '" p "')"

static void test_search_two_character_name(void **state)
{
	struct fx *f = *state;
	struct docket_filter flt = no_filter();
	static int64_t got[MAXROWS];

	flt.text = "王芳";
	assert_int_equal(docket_text_kind(flt.text), DOCKET_TEXT_NAME);
	check_filter(f, &f->clerk, &flt, PARTY_LIKE("%王芳%"));
	/* Found as the second applicant too, and 王芳芳 contains 王芳. */
	size_t n = walk_down(f, &f->clerk, &(struct docket_filter){.stage = -1, .track = -1, .text = "王芳"},
			     DOCKET_SORT_NO, false, got);
	int64_t second = q_int(f, "SELECT c.id FROM cases c JOIN parties p ON p.case_id = c.id"
				  " WHERE p.side = 'applicant' AND p.pos = 2 AND p.name = '王芳'"
				  " AND c.first_applicant <> '王芳' LIMIT 1");
	bool seen = false;
	for (size_t i = 0; i < n; i++)
		seen |= got[i] == second;
	assert_true(seen);
	assert_true(q_int(f, "SELECT count(*) FROM cases WHERE first_applicant = '王芳芳'") > 0);
	/* Two characters from the middle of a company's name. */
	flt.text = "城建";
	check_filter(f, &f->clerk, &flt, PARTY_LIKE("%城建%"));
}

static void test_search_longer_text(void **state)
{
	struct fx *f = *state;
	struct docket_filter flt = no_filter();

	flt.text = "王芳芳";
	check_filter(f, &f->clerk, &flt, PARTY_LIKE("%王芳芳%"));
	/* A respondent, by a fragment of its name, trimmed of spaces. */
	flt.text = "  黔城建工 ";
	check_filter(f, &f->clerk, &flt, PARTY_LIKE("%黔城建工%"));
	assert_true(q_int(f, "SELECT count(*) FROM cases WHERE " PARTY_LIKE("%黔城建工%")) > PAGE);
	/* The second respondent of some cases. */
	flt.text = "兴顺建设";
	check_filter(f, &f->clerk, &flt, PARTY_LIKE("%兴顺建设%"));
	/* Latin letters in any case. */
	flt.text = "li WEI";
	check_filter(f, &f->clerk, &flt, PARTY_LIKE("%Li Wei%"));
	flt.text = "acme";
	check_filter(f, &f->clerk, &flt, PARTY_LIKE("%ACME%"));
	/* Text across two respondents' names is in no one name (the
	 * respondents are stored joined by 、). */
	flt.text = "公司、贵州";
	assert_true(q_int(f, "SELECT count(*) FROM cases WHERE respondents LIKE '%公司、贵州%'") > 1);
	check_filter(f, &f->clerk, &flt, PARTY_LIKE("%公司、贵州%"));
	assert_int_equal(q_int(f, "SELECT count(*) FROM cases WHERE " PARTY_LIKE("%公司、贵州%")), 1);
	/* LIKE's wildcards are plain characters here. */
	flt.text = "Q_Q";
	check_filter(f, &f->clerk, &flt, PARTY_LIKE("%Q\\_Q%' ESCAPE '\\"));
	assert_int_equal(q_int(f, "SELECT count(*) FROM cases WHERE " PARTY_LIKE("%Q\\_Q%' ESCAPE '\\")), 1);
	assert_int_equal(q_int(f, "SELECT count(*) FROM cases WHERE " PARTY_LIKE("%Q_Q%")), 2);
	flt.text = "王%芳";
	check_filter(f, &f->clerk, &flt, "0");
	flt.text = "没有这个人";
	check_filter(f, &f->clerk, &flt, "0");
}

static void test_search_case_number(void **state)
{
	struct fx *f = *state;
	struct docket_filter flt = no_filter();
	struct case_row rows[PAGE];

	flt.text = "2026-17";
	assert_int_equal(docket_text_kind(flt.text), DOCKET_TEXT_CASE);
	check_filter(f, &f->clerk, &flt, "year = 2026 AND seq = 17");
	size_t n = page(f, &f->clerk, &flt, DOCKET_SORT_DUE, false, NULL, false, rows, PAGE);
	assert_int_equal(n, 1);
	assert_int_equal(rows[0].year, 2026);
	assert_int_equal(rows[0].seq, 17);
	flt.text = " 2026-9999 ";
	check_filter(f, &f->clerk, &flt, "0");
	flt.text = "2025-17";
	check_filter(f, &f->clerk, &flt, "0");
}

static void test_search_number(void **state)
{
	struct fx *f = *state;
	struct docket_filter flt = no_filter();
	char where[128];

	/* Fourteen characters of an ID: region and birth date, one case. */
	flt.text = f->id_prefix;
	assert_int_equal(docket_text_kind(flt.text), DOCKET_TEXT_NUMBER);
	snprintf(where, sizeof where, "id = %lld", (long long)f->id_prefix_case);
	check_filter(f, &f->clerk, &flt, where);
	/* A region: every case with an applicant from there. */
	flt.text = "520103";
	check_filter(f, &f->clerk, &flt,
		     "EXISTS (SELECT 1 FROM parties p WHERE p.case_id = cases.id AND p.id_no LIKE '520103%')");
	/* Digits that are a sequence number, and no ID's beginning. */
	flt.text = "42";
	check_filter(f, &f->clerk, &flt, "seq = 42");
	/* A whole ID ending in X, typed in lower case. */
	char id[IDNO_LEN], lower[IDNO_LEN];
	int64_t with_x = 0;
	for (int i = 0; i < NCASES && !with_x; i++) {
		make_id(id, "520102", D("1980-01-01") + i, i);
		if (i % 4 == 0 && id[17] == 'X')
			with_x = 1;
	}
	if (with_x) {
		snprintf(lower, sizeof lower, "%.17sx", id);
		flt.text = lower;
		assert_int_equal(docket_text_kind(flt.text), DOCKET_TEXT_NUMBER);
		snprintf(where, sizeof where,
			 "EXISTS (SELECT 1 FROM parties p WHERE p.case_id = cases.id AND p.id_no = '%s')", id);
		check_filter(f, &f->clerk, &flt, where);
		assert_true(q_int(f, "SELECT count(*) FROM parties WHERE id_no LIKE '%X'") > 0);
	}
}

/* A lawyer sees the cases linked to them and nothing else, and cannot find
 * a case by an ID number (they see none). */
static void test_lawyer(void **state)
{
	struct fx *f = *state;
	struct docket_filter flt = no_filter();
	char where[128];

	snprintf(where, sizeof where, "lawyer_id = %lld", (long long)f->lawyer.user_id);
	assert_true(q_int(f, "SELECT count(*) FROM cases WHERE lawyer_id IS NOT NULL") > PAGE);
	assert_true(q_int(f, "SELECT count(*) FROM cases WHERE lawyer_id IS NULL") > PAGE);
	check_filter(f, &f->lawyer, &flt, where);
	flt.stage = STAGE_CLOSED;
	snprintf(where, sizeof where, "lawyer_id = %lld AND stage = 'closed'",
		 (long long)f->lawyer.user_id);
	check_filter(f, &f->lawyer, &flt, where);
	/* Names are searched, within their own cases. */
	flt = no_filter();
	flt.text = "王芳";
	snprintf(where, sizeof where, "lawyer_id = %lld AND " PARTY_LIKE("%%王芳%%"),
		 (long long)f->lawyer.user_id);
	check_filter(f, &f->lawyer, &flt, where);
	/* An ID prefix their cases have finds nothing. */
	flt.text = "520103";
	check_filter(f, &f->lawyer, &flt, "0");
	assert_true(q_int(f, "SELECT count(*) FROM cases c JOIN parties p ON p.case_id = c.id"
			     " JOIN users u ON u.id = c.lawyer_id"
			     " WHERE u.login = 'lvshi' AND p.id_no LIKE '520103%'") > 0);
	/* A sequence number is not an ID: found when it is theirs. */
	int64_t seq = q_int(f, "SELECT c.seq FROM cases c JOIN users u ON u.id = c.lawyer_id"
			       " WHERE u.login = 'lvshi' AND c.seq >= 10 ORDER BY c.seq LIMIT 1");
	char text[32];
	snprintf(text, sizeof text, "%lld", (long long)seq);
	flt.text = text;
	snprintf(where, sizeof where, "seq = %lld", (long long)seq);
	check_filter(f, &f->lawyer, &flt, where);
	flt.text = "2026-1"; /* case 1 is not linked to the lawyer */
	assert_int_equal(q_int(f, "SELECT lawyer_id IS NULL FROM cases WHERE year = 2026 AND seq = 1"), 1);
	check_filter(f, &f->lawyer, &flt, "0");
}

/* ---- employers ---------------------------------------------------------- */

#define RESP(cond) "id IN (SELECT case_id FROM parties WHERE side = 'respondent' AND " cond ")"

/* One employer's cases: by its credit code however it is typed, by a
 * 包工头's ID number (not for a lawyer), by its whole name, which is not its
 * branch's, or by a part of a name, which is. */
static void test_filter_respondent(void **state)
{
	struct fx *f = *state;
	struct docket_filter flt = no_filter();
	struct tc_err e = {0};
	char where[256];
	size_t n = 9;

	flt.respondent = "91520113MAX87XQ335";
	assert_int_equal(docket_respondent_kind(flt.respondent), DOCKET_RESP_CODE);
	assert_true(q_int(f, "SELECT count(*) FROM cases WHERE " RESP("uscc = '91520113MAX87XQ335'")) > PAGE);
	check_filter(f, &f->clerk, &flt, RESP("uscc = '91520113MAX87XQ335'"));
	flt.respondent = " 91520113-max87xq335 ";
	check_filter(f, &f->clerk, &flt, RESP("uscc = '91520113MAX87XQ335'"));
	flt.respondent = "914403007084611360"; /* 18 digits: a code, not a case number */
	assert_int_equal(docket_respondent_kind(flt.respondent), DOCKET_RESP_CODE);
	check_filter(f, &f->clerk, &flt, RESP("uscc = '914403007084611360'"));
	flt.respondent = "11010519491231002x";
	assert_int_equal(docket_respondent_kind(flt.respondent), DOCKET_RESP_CODE);
	check_filter(f, &f->clerk, &flt, RESP("id_no = '11010519491231002X'"));
	check_filter(f, &f->lawyer, &flt, "0");

	flt.respondent = "贵州兴顺建设工程有限公司";
	assert_int_equal(docket_respondent_kind(flt.respondent), DOCKET_RESP_NAME);
	assert_true(q_int(f, "SELECT count(*) FROM parties WHERE name = '贵州兴顺建设工程有限公司第二分公司'") > 0);
	check_filter(f, &f->clerk, &flt, RESP("name = '贵州兴顺建设工程有限公司'"));
	flt.respondent = "兴顺建设";
	check_filter(f, &f->clerk, &flt, RESP("name LIKE '%兴顺建设%'"));
	flt.respondent = "第二分公司";
	check_filter(f, &f->clerk, &flt, RESP("name LIKE '%第二分公司%'"));
	/* A respondent, not an applicant: 王芳 is only ever an applicant. */
	flt.respondent = "王芳";
	check_filter(f, &f->clerk, &flt, "0");
	/* With the other filters, and within a lawyer's own cases. */
	flt.respondent = "宏黔物业";
	flt.stage = STAGE_CLOSED;
	check_filter(f, &f->clerk, &flt, RESP("name LIKE '%宏黔物业%'") " AND stage = 'closed'");
	flt.stage = -1;
	snprintf(where, sizeof where, "lawyer_id = %lld AND " RESP("name LIKE '%%宏黔物业%%'"),
		 (long long)f->lawyer.user_id);
	check_filter(f, &f->lawyer, &flt, where);
	/* Nothing so named; one character that is no whole name. */
	flt.respondent = "没有这家公司";
	assert_int_equal(docket_count(f->db, &f->clerk, &flt, f->today, 100000, &n, &e), TC_OK);
	assert_int_equal(n, 0);
	flt.respondent = "贵";
	assert_int_equal(docket_count(f->db, &f->clerk, &flt, f->today, 100000, &n, &e), TC_OK);
	assert_int_equal(n, 0);
	assert_int_equal(docket_respondent_kind("  "), DOCKET_RESP_NONE);
	assert_int_equal(docket_respondent_kind(NULL), DOCKET_RESP_NONE);
}

/* `/` and `case list --query` find a case by any party's credit code. */
static void test_search_uscc(void **state)
{
	struct fx *f = *state;
	struct docket_filter flt = no_filter();
	char where[256];

	flt.text = "91520113MAX87XQ335";
	assert_int_equal(docket_text_kind(flt.text), DOCKET_TEXT_USCC);
	check_filter(f, &f->clerk, &flt,
		     "id IN (SELECT case_id FROM parties WHERE uscc = '91520113MAX87XQ335')");
	flt.text = "91520113 max87xq335";
	assert_int_equal(docket_text_kind(flt.text), DOCKET_TEXT_USCC);
	check_filter(f, &f->clerk, &flt,
		     "id IN (SELECT case_id FROM parties WHERE uscc = '91520113MAX87XQ335')");
	/* A code of 18 digits is a number too: its cases are found. */
	flt.text = "914403007084611360";
	assert_int_equal(docket_text_kind(flt.text), DOCKET_TEXT_NUMBER);
	check_filter(f, &f->clerk, &flt,
		     "id IN (SELECT case_id FROM parties WHERE uscc = '914403007084611360')");
	snprintf(where, sizeof where, "lawyer_id = %lld AND id IN (SELECT case_id FROM parties"
		 " WHERE uscc = '914403007084611360')", (long long)f->lawyer.user_id);
	check_filter(f, &f->lawyer, &flt, where);
	flt.text = "91520113MAX87XQ335";
	snprintf(where, sizeof where, "lawyer_id = %lld AND id IN (SELECT case_id FROM parties"
		 " WHERE uscc = '91520113MAX87XQ335')", (long long)f->lawyer.user_id);
	check_filter(f, &f->lawyer, &flt, where);
	/* A code no one has. */
	flt.text = "91350100M000100Y43";
	check_filter(f, &f->clerk, &flt, "0");
}

/* 挂牌督办 and collective cases, alone and with the other filters. */
static void test_filter_supervised_collective(void **state)
{
	struct fx *f = *state;
	struct docket_filter flt = no_filter();

	flt.supervised = true;
	check_filter(f, &f->clerk, &flt, "major <> 0");
	flt.stage = STAGE_MEDIATING;
	check_filter(f, &f->clerk, &flt, "major <> 0 AND stage = 'mediating'");
	flt = no_filter();
	flt.collective = true;
	check_filter(f, &f->clerk, &flt, "collective <> 0");
	flt.supervised = true;
	flt.respondent = "兴顺建设";
	check_filter(f, &f->clerk, &flt,
		     "collective <> 0 AND major <> 0 AND " RESP("name LIKE '%兴顺建设%'"));
}

/* What the cases of a filter add up to, against straight SQL. */
static void check_sum(struct fx *f, const struct actor *a, const struct docket_filter *flt,
		      const char *where)
{
	struct docket_sum s;
	struct tc_err e = {0};
	char sql[1024];

	assert_int_equal(docket_sum(f->db, a, flt, f->today, 0, &s, &e), TC_OK);
	snprintf(sql, sizeof sql, "SELECT count(*) FROM cases WHERE %s", where);
	assert_int_equal(s.cases, q_int(f, sql));
	snprintf(sql, sizeof sql, "SELECT count(*) FROM cases WHERE stage <> 'closed' AND (%s)", where);
	assert_int_equal(s.open, q_int(f, sql));
	assert_int_equal(s.open + s.closed, s.cases);
	snprintf(sql, sizeof sql, "SELECT coalesce(sum(claimed), 0) FROM cases WHERE %s", where);
	assert_int_equal(s.claimed, q_int(f, sql));
	snprintf(sql, sizeof sql, "SELECT coalesce(sum(resolved), 0) FROM cases WHERE %s", where);
	assert_int_equal(s.resolved, q_int(f, sql));
	snprintf(sql, sizeof sql, "SELECT coalesce(sum(paid), 0) FROM cases WHERE %s", where);
	assert_int_equal(s.paid, q_int(f, sql));
	snprintf(sql, sizeof sql, "SELECT coalesce(sum(workers), 0) FROM cases WHERE %s", where);
	assert_int_equal(s.workers, q_int(f, sql));
	assert_false(s.capped);
}

static void test_sum(void **state)
{
	struct fx *f = *state;
	struct docket_filter flt = no_filter();
	struct docket_sum s;
	struct tc_err e = {0};
	char where[256];

	flt.respondent = "宏黔物业";
	check_sum(f, &f->clerk, &flt, RESP("name LIKE '%宏黔物业%'"));
	assert_true(q_int(f, "SELECT sum(paid) FROM cases WHERE " RESP("name LIKE '%宏黔物业%'")) > 0);
	flt.respondent = "91520113MAX87XQ335";
	check_sum(f, &f->clerk, &flt, RESP("uscc = '91520113MAX87XQ335'"));
	snprintf(where, sizeof where, "lawyer_id = %lld AND " RESP("uscc = '91520113MAX87XQ335'"),
		 (long long)f->lawyer.user_id);
	check_sum(f, &f->lawyer, &flt, where);
	flt = no_filter();
	check_sum(f, &f->clerk, &flt, "1");
	flt.respondent = "没有这家公司";
	check_sum(f, &f->clerk, &flt, "0");
	/* Capped: as many as asked, and says so. */
	flt = no_filter();
	assert_int_equal(docket_sum(f->db, &f->clerk, &flt, f->today, 3, &s, &e), TC_OK);
	assert_int_equal(s.cases, 3);
	assert_true(s.capped);
}

/* A case's employer: its first respondent, by credit code, else by a
 * 包工头's ID number (never for a lawyer), else by name; and the key found
 * picks that employer's cases. */
static void test_employer_of_case(void **state)
{
	struct fx *f = *state;
	struct docket_employer emp;
	struct docket_filter flt = no_filter();
	struct tc_err e = {0};
	int64_t id;

	id = q_int(f, "SELECT case_id FROM parties WHERE side = 'respondent' AND pos = 1"
		      " AND uscc = '91520113MAX87XQ335' LIMIT 1");
	assert_int_equal(docket_employer_of_case(f->db, &f->clerk, id, &emp, &e), TC_OK);
	assert_string_equal(emp.key, "91520113MAX87XQ335");
	assert_string_equal(emp.code, "91520113MAX87XQ335");
	assert_string_equal(emp.name, "贵阳宏黔物业服务有限公司");
	assert_false(emp.person);
	flt.respondent = emp.key;
	check_sum(f, &f->clerk, &flt, RESP("uscc = '91520113MAX87XQ335'"));

	id = q_int(f, "SELECT case_id FROM parties WHERE side = 'respondent' AND pos = 1"
		      " AND name = '贵州黔城建工集团有限公司' LIMIT 1");
	assert_int_equal(docket_employer_of_case(f->db, &f->clerk, id, &emp, &e), TC_OK);
	assert_string_equal(emp.key, "贵州黔城建工集团有限公司");
	assert_string_equal(emp.code, "");
	flt.respondent = emp.key;
	check_sum(f, &f->clerk, &flt, RESP("name = '贵州黔城建工集团有限公司'"));

	/* The 包工头, on a case of the lawyer's: the clerk finds them by ID
	 * number, the lawyer by name. */
	id = q_int(f, "SELECT p.case_id FROM parties p JOIN cases c ON c.id = p.case_id"
		      " WHERE p.side = 'respondent' AND p.pos = 1 AND p.name = 'ACME Trading Co'"
		      " AND c.lawyer_id IS NOT NULL LIMIT 1");
	assert_int_equal(docket_employer_of_case(f->db, &f->clerk, id, &emp, &e), TC_OK);
	assert_string_equal(emp.key, "11010519491231002X");
	assert_true(emp.person);
	assert_int_equal(docket_employer_of_case(f->db, &f->lawyer, id, &emp, &e), TC_OK);
	assert_string_equal(emp.key, "ACME Trading Co");
	assert_string_equal(emp.code, "");
	assert_false(emp.person);

	/* Not a case of the lawyer's. */
	id = q_int(f, "SELECT id FROM cases WHERE lawyer_id IS NULL LIMIT 1");
	assert_int_equal(docket_employer_of_case(f->db, &f->lawyer, id, &emp, &e), TC_REFUSED);
}

/* Open cases due from today to a day: the 3-day window, none past it, and
 * never together with overdue or in the closed stage. */
static void test_filter_due_within(void **state)
{
	struct fx *f = *state;
	struct docket_filter flt = no_filter();
	char until[DATE_ISO_LEN], where[160];
	static const int days[] = {0, 3, 20, 400};

	for (size_t i = 0; i < sizeof days / sizeof days[0]; i++) {
		flt = no_filter();
		flt.due_within = true;
		flt.due_until = f->today + days[i];
		date_iso(flt.due_until, until);
		snprintf(where, sizeof where,
			 "stage <> 'closed' AND next_due >= '" TODAY "' AND next_due <= '%s'", until);
		check_filter(f, &f->clerk, &flt, where);
		flt.stage = STAGE_HEARING;
		snprintf(where, sizeof where,
			 "stage = 'hearing' AND next_due >= '" TODAY "' AND next_due <= '%s'", until);
		check_filter(f, &f->clerk, &flt, where);
	}
	assert_true(q_int(f, "SELECT count(*) FROM cases WHERE stage <> 'closed'"
			     " AND next_due >= '" TODAY "' AND next_due <= '2026-12-12'") > PAGE);
	/* Seen from the day most cases fall due (today is a Sunday, when
	 * none does): those due that very day are in. */
	sqlite3_stmt *st;
	char busy[DATE_ISO_LEN];
	int today = f->today;
	assert_int_equal(sqlite3_prepare_v2(f->db->h, "SELECT next_due FROM cases WHERE stage <> 'closed'"
				     " AND next_due > '" TODAY "' GROUP BY next_due"
				     " ORDER BY count(*) DESC, next_due LIMIT 1", -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	snprintf(busy, sizeof busy, "%s", (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	f->today = D(busy);
	flt = no_filter();
	flt.due_within = true;
	for (int d = 0; d <= 3; d += 3) {
		flt.due_until = f->today + d;
		date_iso(flt.due_until, until);
		snprintf(where, sizeof where, "stage <> 'closed' AND next_due >= '%s' AND next_due <= '%s'",
			 busy, until);
		check_filter(f, &f->clerk, &flt, where);
	}
	snprintf(where, sizeof where, "SELECT count(*) FROM cases WHERE stage <> 'closed' AND next_due = '%s'",
		 busy);
	assert_true(q_int(f, where) > 1);
	f->today = today;

	flt.due_until = f->today - 1;
	check_filter(f, &f->clerk, &flt, "0");
	flt.due_until = f->today + 400;
	flt.overdue = true;
	check_filter(f, &f->clerk, &flt, "0");
	flt.overdue = false;
	flt.stage = STAGE_CLOSED;
	check_filter(f, &f->clerk, &flt, "0");
}

/* A case's whole number, as `case list` prints it, finds that case. */
static void test_search_full_case_number(void **state)
{
	struct fx *f = *state;
	struct docket_filter flt = no_filter();
	sqlite3_stmt *st;
	char no[96], where[64], spaced[128];

	assert_int_equal(sqlite3_prepare_v2(f->db->h, "SELECT case_no FROM cases WHERE year = 2026"
				     " AND seq = 23", -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	snprintf(no, sizeof no, "%s", (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	flt.text = no;
	check_filter(f, &f->clerk, &flt, "year = 2026 AND seq = 23");
	snprintf(spaced, sizeof spaced, "  %s ", no);
	flt.text = spaced;
	check_filter(f, &f->clerk, &flt, "year = 2026 AND seq = 23");
	snprintf(where, sizeof where, "lawyer_id = %lld AND year = 2026 AND seq = 23",
		 (long long)f->lawyer.user_id);
	check_filter(f, &f->lawyer, &flt, where);
	/* A part of it is no name. */
	no[strlen(no) - 4] = '\0';
	flt.text = no;
	check_filter(f, &f->clerk, &flt, "0");
}

/* docket_each past its page, to a limit, and stopped by its callback;
 * with no filter the closed cases come after every open one. */
static void test_each_pages_limit_stop(void **state)
{
	struct fx *f = *state;
	struct docket_filter flt = no_filter();
	static int64_t want[MAXROWS];
	static struct collect c;

	assert_true(q_int(f, "SELECT count(*) FROM cases WHERE stage <> 'closed'") > DOCKET_EACH_PAGE);
	size_t nw = expect_each(f, "1", DOCKET_SORT_DUE, want);
	c.stop_at = 0;
	assert_ids(c.ids, each(f, &f->clerk, &flt, DOCKET_SORT_DUE, 0, &c), want, nw, "all");
	size_t open = (size_t)q_int(f, "SELECT count(*) FROM cases WHERE stage <> 'closed'");
	assert_true(open < nw);
	for (size_t i = 0; i < nw; i++)
		assert_int_equal(c.closed[i], i >= open);
	assert_ids(c.ids, each(f, &f->clerk, &flt, DOCKET_SORT_DUE, DOCKET_EACH_PAGE + 3, &c), want,
		   DOCKET_EACH_PAGE + 3, "limit");
	assert_ids(c.ids, each(f, &f->clerk, &flt, DOCKET_SORT_DUE, 5, &c), want, 5, "limit 5");
	c.stop_at = open + 2;
	assert_ids(c.ids, each(f, &f->clerk, &flt, DOCKET_SORT_DUE, 0, &c), want, open + 2, "stopped");
	flt.text = "没有这个人";
	c.stop_at = 0;
	assert_int_equal(each(f, &f->clerk, &flt, DOCKET_SORT_DUE, 0, &c), 0);
}

static void test_text_kind(void **state)
{
	(void)state;
	assert_int_equal(docket_text_kind(NULL), DOCKET_TEXT_NONE);
	assert_int_equal(docket_text_kind(""), DOCKET_TEXT_NONE);
	assert_int_equal(docket_text_kind("  \xe3\x80\x80 "), DOCKET_TEXT_NONE); /* ideographic space */
	assert_int_equal(docket_text_kind("王"), DOCKET_TEXT_SHORT);
	assert_int_equal(docket_text_kind(" 王 "), DOCKET_TEXT_SHORT);
	assert_int_equal(docket_text_kind("7"), DOCKET_TEXT_SHORT);
	assert_int_equal(docket_text_kind("2026-1"), DOCKET_TEXT_CASE);
	assert_int_equal(docket_text_kind(" 2026-123 "), DOCKET_TEXT_CASE);
	assert_int_equal(docket_text_kind("12"), DOCKET_TEXT_NUMBER);
	assert_int_equal(docket_text_kind("11010519491231002X"), DOCKET_TEXT_NUMBER);
	assert_int_equal(docket_text_kind("11010519491231002x"), DOCKET_TEXT_NUMBER);
	assert_int_equal(docket_text_kind("王芳"), DOCKET_TEXT_NAME);
	assert_int_equal(docket_text_kind("ab"), DOCKET_TEXT_NAME);
	assert_int_equal(docket_text_kind("2026-"), DOCKET_TEXT_NAME);
	assert_int_equal(docket_text_kind("X12"), DOCKET_TEXT_NAME);
	assert_int_equal(docket_text_kind("202-6"), DOCKET_TEXT_NAME);
	/* Credit codes: as ident_uscc_check reads them, a wrong check
	 * character too (some early codes have one); 18 digits stay a number. */
	assert_int_equal(docket_text_kind("91520113MAX87XQ335"), DOCKET_TEXT_USCC);
	assert_int_equal(docket_text_kind("91520113MAX87XQ336"), DOCKET_TEXT_USCC);
	assert_int_equal(docket_text_kind("９１５２０１１３－ＭＡＸ８７ＸＱ３３５"), DOCKET_TEXT_USCC);
	assert_int_equal(docket_text_kind("914403007084611360"), DOCKET_TEXT_NUMBER);
	assert_int_equal(docket_text_kind("ACME TRADING CO LT"), DOCKET_TEXT_NAME);
	assert_int_equal(docket_text_kind("91520113MAX87XQ33"), DOCKET_TEXT_NAME);
}

/* Text too short to mean anything filters nothing. */
static void test_short_text_filters_nothing(void **state)
{
	struct fx *f = *state;
	struct docket_filter flt = no_filter();
	struct tc_err e = {0};
	size_t n = 0;

	flt.text = " 王";
	assert_int_equal(docket_text_kind(flt.text), DOCKET_TEXT_SHORT);
	assert_int_equal(docket_count(f->db, &f->clerk, &flt, f->today, 100000, &n, &e), TC_OK);
	assert_int_equal(n, NALL);
	flt.text = "";
	assert_int_equal(docket_count(f->db, &f->clerk, &flt, f->today, 100000, &n, &e), TC_OK);
	assert_int_equal(n, NALL);
}

static void test_count_cap(void **state)
{
	struct fx *f = *state;
	struct docket_filter flt = no_filter();
	struct tc_err e = {0};
	size_t n = 0;

	assert_int_equal(docket_count(f->db, &f->clerk, &flt, f->today, 100, &n, &e), TC_OK);
	assert_int_equal(n, 100);
	assert_int_equal(docket_count(f->db, &f->clerk, &flt, f->today, NALL + 1, &n, &e), TC_OK);
	assert_int_equal(n, NALL);
	assert_int_equal(docket_count(f->db, &f->clerk, &flt, f->today, 0, &n, &e), TC_OK);
	assert_int_equal(n, 0);
	flt.text = "王芳";
	size_t all = (size_t)q_int(f, "SELECT count(*) FROM cases WHERE " PARTY_LIKE("%王芳%"));
	assert_true(all > 5);
	assert_int_equal(docket_count(f->db, &f->clerk, &flt, f->today, 5, &n, &e), TC_OK);
	assert_int_equal(n, 5);
	flt.text = NULL;
	flt.overdue = true;
	assert_int_equal(docket_count(f->db, &f->clerk, &flt, f->today, 3, &n, &e), TC_OK);
	assert_int_equal(n, 3);
}

static void test_bad_requests(void **state)
{
	struct fx *f = *state;
	struct docket_filter flt = no_filter();
	struct case_row rows[PAGE];
	struct tc_err e = {0};
	size_t n = 9;

	flt.stage = STAGE_COUNT;
	assert_int_equal(docket_page(f->db, &f->clerk, &flt, DOCKET_SORT_DUE, false, NULL, false,
				     f->today, rows, PAGE, &n, &e), TC_USAGE);
	assert_int_equal(n, 0);
	flt = no_filter();
	assert_int_equal(docket_page(f->db, &f->clerk, &flt, DOCKET_SORT_COUNT, false, NULL, false,
				     f->today, rows, PAGE, &n, &e), TC_USAGE);
	assert_int_equal(docket_page(f->db, &f->clerk, &flt, DOCKET_SORT_DUE, false, NULL, false,
				     f->today, rows, 0, &n, &e), TC_OK);
	assert_int_equal(n, 0);
}

/* A row changed after it was read is still an anchor: the next page goes
 * on from where its old key stood.  (Changes the data: runs last.) */
static void test_stale_anchor(void **state)
{
	struct fx *f = *state;
	struct docket_filter flt = no_filter();
	struct case_row p1[PAGE], p2[PAGE];
	static int64_t want[MAXROWS];
	char where[160];

	size_t n1 = page(f, &f->clerk, &flt, DOCKET_SORT_DUE, false, NULL, false, p1, PAGE);
	struct case_row old = p1[n1 - 1];
	/* Someone else closes it: its due date goes, it moves to the end. */
	assert_true(old.next_due[0] != '\0');
	assert_int_equal(event(f, old.id, "withdraw", f->today, &(struct wf_request){.reason = "撤回"}), 0);
	size_t n2 = page(f, &f->clerk, &flt, DOCKET_SORT_DUE, false, &old, false, p2, PAGE);
	snprintf(where, sizeof where, "(" DUE ", id) > ('%s', %lld)", old.next_due, (long long)old.id);
	size_t nw = expect(f, where, DOCKET_SORT_DUE, false, want);
	assert_true(nw >= PAGE);
	assert_int_equal(n2, PAGE);
	for (size_t i = 0; i < n2; i++)
		assert_int_equal(p2[i].id, want[i]);
}

/* ---- every candidate set walked -------------------------------------- */

/* The same tests with every candidate set, however small, walked in the
 * order's index rather than read whole and sorted: at a million cases a
 * common name's pieces have thousands of cases each and are asked as
 * bitmaps (docket.c), which a few hundred cases never reach otherwise.
 * The setup lowers the size, the teardown puts it back. */
static int walk_sets(void **state)
{
	(void)state;
	docket_drive_max(1);
	return 0;
}

static int sort_sets(void **state)
{
	(void)state;
	docket_drive_max(DOCKET_DRIVE_MAX);
	return 0;
}

#define WALKED(t) \
	static void walked_##t(void **state) { t(state); }
WALKED(test_every_order_both_ways)
WALKED(test_filter_stage)
WALKED(test_filter_overdue_and_open)
WALKED(test_filter_person)
WALKED(test_filter_due_within)
WALKED(test_each_pages_limit_stop)
WALKED(test_search_two_character_name)
WALKED(test_search_longer_text)
WALKED(test_search_case_number)
WALKED(test_search_full_case_number)
WALKED(test_search_number)
WALKED(test_lawyer)
WALKED(test_filter_respondent)
WALKED(test_search_uscc)
WALKED(test_filter_supervised_collective)
WALKED(test_sum)
WALKED(test_short_text_filters_nothing)
WALKED(test_count_cap)
#define WALKED_TEST(t) cmocka_unit_test_setup_teardown(walked_##t, walk_sets, sort_sets)

/* Add a case on db whose respondent is `employer`. */
static void add_named(struct fx *f, struct db *db, const char *applicant, const char *employer,
		      int k)
{
	char id[IDNO_LEN], no[96];
	struct case_party_in app = {.name = applicant, .id_no = id}, resp = {.name = employer};
	struct case_claim_in cl = {.kind = "工资", .amount = "2000"};
	struct case_new req = {.applicants = &app, .napplicants = 1, .respondents = &resp,
			       .nrespondents = 1, .claims = &cl, .nclaims = 1,
			       .received = "2026-11-20"};
	struct tc_err e = {0};
	int64_t cid;

	make_id(id, "520112", D("1991-03-01") + k, 950 + k);
	if (case_add(db, &f->clerk, &req, f->today, &cid, no, NULL, &e) != TC_OK)
		fail_msg("case_add: %s", e.msg);
}

/* A search's pieces are kept as bitmaps on the connection only while
 * nothing is written: a case added on this connection, and one added by
 * another (another clerk's process), are found at once, by a name of two
 * characters and by a longer one.  (Changes the data: runs late.) */
static void test_sets_follow_changes(void **state)
{
	struct fx *f = *state;
	struct docket_filter two = no_filter(), four = no_filter();
	struct tc_err e = {0};
	struct db *other = NULL;
	size_t n2 = 0, n4 = 0, n = 0;

	two.text = "城建";
	four.text = "黔城建工";
	assert_int_equal(docket_count(f->db, &f->clerk, &two, f->today, 100000, &n2, &e), TC_OK);
	assert_int_equal(docket_count(f->db, &f->clerk, &four, f->today, 100000, &n4, &e), TC_OK);
	assert_true(n4 > PAGE && n2 >= n4);

	add_named(f, f->db, "龙城建", "贵州黔城建工集团有限公司", 0);
	assert_int_equal(docket_count(f->db, &f->clerk, &two, f->today, 100000, &n, &e), TC_OK);
	assert_int_equal(n, n2 + 1);
	assert_int_equal(docket_count(f->db, &f->clerk, &four, f->today, 100000, &n, &e), TC_OK);
	assert_int_equal(n, n4 + 1);
	check_filter(f, &f->clerk, &four, PARTY_LIKE("%黔城建工%"));

	assert_int_equal(db_open(f->db->path, &other, &e), TC_OK);
	add_named(f, other, "欧城建", "遵义城建劳务有限公司", 1);
	db_close(other);
	assert_int_equal(docket_count(f->db, &f->clerk, &two, f->today, 100000, &n, &e), TC_OK);
	assert_int_equal(n, n2 + 2);
	check_filter(f, &f->clerk, &two, PARTY_LIKE("%城建%"));
	assert_int_equal(docket_count(f->db, &f->clerk, &four, f->today, 100000, &n, &e), TC_OK);
	assert_int_equal(n, n4 + 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text_kind),
		cmocka_unit_test(test_every_order_both_ways),
		cmocka_unit_test(test_down_then_up),
		cmocka_unit_test(test_last_page),
		cmocka_unit_test(test_filter_stage),
		cmocka_unit_test(test_filter_overdue_and_open),
		cmocka_unit_test(test_filter_track),
		cmocka_unit_test(test_filter_person),
		cmocka_unit_test(test_filter_due_within),
		cmocka_unit_test(test_each_pages_limit_stop),
		cmocka_unit_test(test_search_two_character_name),
		cmocka_unit_test(test_search_longer_text),
		cmocka_unit_test(test_search_case_number),
		cmocka_unit_test(test_search_full_case_number),
		cmocka_unit_test(test_search_number),
		cmocka_unit_test(test_lawyer),
		cmocka_unit_test(test_filter_respondent),
		cmocka_unit_test(test_search_uscc),
		cmocka_unit_test(test_filter_supervised_collective),
		cmocka_unit_test(test_sum),
		cmocka_unit_test(test_employer_of_case),
		cmocka_unit_test(test_short_text_filters_nothing),
		cmocka_unit_test(test_count_cap),
		cmocka_unit_test(test_bad_requests),
		WALKED_TEST(test_every_order_both_ways),
		WALKED_TEST(test_filter_stage),
		WALKED_TEST(test_filter_overdue_and_open),
		WALKED_TEST(test_filter_person),
		WALKED_TEST(test_filter_due_within),
		WALKED_TEST(test_each_pages_limit_stop),
		WALKED_TEST(test_search_two_character_name),
		WALKED_TEST(test_search_longer_text),
		WALKED_TEST(test_search_case_number),
		WALKED_TEST(test_search_full_case_number),
		WALKED_TEST(test_search_number),
		WALKED_TEST(test_lawyer),
		WALKED_TEST(test_filter_respondent),
		WALKED_TEST(test_search_uscc),
		WALKED_TEST(test_filter_supervised_collective),
		WALKED_TEST(test_sum),
		WALKED_TEST(test_short_text_filters_nothing),
		WALKED_TEST(test_count_cap),
		cmocka_unit_test_setup_teardown(test_sets_follow_changes, walk_sets, sort_sets),
		cmocka_unit_test(test_stale_anchor),
	};

	setvbuf(stdout, NULL, _IONBF, 0);
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
