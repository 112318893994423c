/*
 * test_serve.c - service (送达) and the clocks that follow it: the 答辩
 * period from a respondent's receipt by post; a 公告 deemed served after
 * the rule's 30 days and its period left out of the 审限 (ended early by
 * a direct service, overlapping periods counted once); a hearing whose
 * notice reached a party 3 days before flagged as not properly notified,
 * and not flagged at 5; the periods after an award from the receipts and
 * when the award or a 调解书 takes effect; a rule changed moving the periods
 * of a closed case; the first screen's 待送达 and 未依法通知; every refusal
 * changing nothing; `check` clean after services.
 *
 * The documents are rows put in by SQL, as doc make records them (the
 * rendering is not what these tests are about).  The records of service
 * begin on 2026-11-01 here; today is 2026-12-31.  Dates are counted by
 * hand in the comments (start day not counted, a last day on a rest day
 * rolled to the next working day), 2026 calendar loaded.
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

#include "tiaocai/audit.h"
#include "tiaocai/case.h"
#include "tiaocai/dash.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/deadline.h"
#include "tiaocai/office.h"
#include "tiaocai/serve.h"
#include "tiaocai/user.h"
#include "tiaocai/workflow.h"
#include "fixture.h"

#define ARBITRATOR "何文斌" /* sample roster */
#define EMPLOYER "贵州黔城建工集团有限公司"
#define SUBCONTRACTOR "贵阳筑安劳务有限公司"

struct fx {
	char *dir;
	struct db *db;
	int today;
	struct actor admin, clerk, lawyer;
	struct tc_err err;
};

static int setup(void **state)
{
	struct fx *f = xcalloc(1, sizeof *f);
	struct passwd *pw = getpwuid(geteuid());

	if ((f->dir = fx_tmpdir("serve")) == NULL)
		return -1;
	f->admin = fx_admin;
	f->db = fx_db(f->dir, "t.db", true);
	fx_roster(f->db, &f->admin);
	if (pw == NULL || fx_actor(f->db, &f->admin, &f->admin, pw->pw_name, "admin", NULL) ||
	    fx_actor(f->db, &f->admin, &f->clerk, "zhengli", "clerk", NULL) ||
	    fx_actor(f->db, &f->admin, &f->lawyer, "lvshi", "lawyer", NULL))
		return -1;
	struct tc_err e = {0};
	if (db_exec(f->db, "UPDATE settings SET value = '2026-11-01' WHERE key = 'documents_since'", &e) !=
	    TC_OK)
		return -1;
	f->today = date_from_ymd(2026, 12, 31);
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

/* ---- helpers ----------------------------------------------------------- */

/* A worker's case against one or two respondents, received on `received`
 * with one wage claim of `amount`. */
static int64_t new_case(struct fx *f, unsigned worker, const char *received, int nresp,
			const char *amount)
{
	struct case_party_in app = {.name = "张三", .id_no = fx_id_no(worker)};
	struct case_party_in resp[2] = {{.name = EMPLOYER}, {.name = SUBCONTRACTOR}};
	struct case_claim_in cl = {.kind = "工资", .amount = amount};
	struct case_new req = {.applicants = &app, .napplicants = 1, .respondents = resp,
			       .nrespondents = (size_t)nresp, .claims = &cl, .nclaims = 1,
			       .received = received};
	char no[96];
	int64_t id;

	if (case_add(f->db, &f->clerk, &req, f->today, &id, no, NULL, &f->err) != TC_OK)
		fail_msg("case_add: %s", f->err.msg);
	return id;
}

static void event(struct fx *f, int64_t id, struct wf_request rq)
{
	struct wf_result res;

	if (wf_apply(f->db, &f->admin, id, &rq, f->today, &res, &f->err) != TC_OK)
		fail_msg("%s: %s", rq.event, f->err.msg);
}

#define EV(f, id, ev, day, ...) event((f), (id), (struct wf_request){.event = (ev), .on = fx_day(day), __VA_ARGS__})

/* Document no of case id, of kind (and part) to party ref (a1, r2), for
 * hearing hearing_no (0: none), made on `made`, as doc make records it. */
static void put_doc(struct fx *f, int64_t id, int no, const char *kind, const char *part,
		    const char *ref, int hearing_no, const char *made)
{
	static const char sql[] =
		"INSERT INTO documents(case_id, no, kind, part, party_id, hearing_no, made_on, made_at,"
		" digest) VALUES (?1, ?2, ?3, ?4, (SELECT id FROM parties WHERE case_id = ?1"
		" AND side = ?5 AND pos = ?6), nullif(?7, 0), ?8, ?8 || ' 09:00:00', 'x')";
	sqlite3_stmt *st;

	assert_int_equal(sqlite3_prepare_v2(f->db->h, sql, -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int(st, 2, no);
	sqlite3_bind_text(st, 3, kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, part, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, ref[0] == 'a' ? "applicant" : ref[0] == 'r' ? "respondent" : "third",
			  -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 6, atoi(ref + 1));
	sqlite3_bind_int(st, 7, hearing_no);
	sqlite3_bind_text(st, 8, made, -1, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(st), SQLITE_DONE);
	sqlite3_finalize(st);
}

/* Serve document no of case id to its addressee by method on day `on`. */
static struct serve_result serve(struct fx *f, int64_t id, int no, const char *method,
				 const char *on)
{
	struct serve_req r = {.doc_no = no, .method = method, .on = on, .by = "王敏"};
	struct serve_result res;

	if (strcmp(method, "电子") == 0)
		r.at = "10:30";
	if (serve_record(f->db, &f->clerk, id, &r, f->today, &res, &f->err) != TC_OK)
		fail_msg("serve %d %s %s: %s", no, method, on, f->err.msg);
	return res;
}

/* Clock name of case id as the case file shows it. */
static struct case_clock clock_of(struct fx *f, int64_t id, const char *name)
{
	struct case_clock v[DEADLINE_MAX_CLOCKS];
	size_t n;
	int prov;

	assert_int_equal(deadline_case(f->db, id, f->today, v, &n, &prov, &f->err), TC_OK);
	for (size_t i = 0; i < n; i++)
		if (strcmp(v[i].name, name) == 0)
			return v[i];
	fail_msg("case %lld has no clock %s", (long long)id, name);
	return v[0];
}

static bool has_clock(struct fx *f, int64_t id, const char *name)
{
	struct case_clock v[DEADLINE_MAX_CLOCKS];
	size_t n;
	int prov;

	assert_int_equal(deadline_case(f->db, id, f->today, v, &n, &prov, &f->err), TC_OK);
	for (size_t i = 0; i < n; i++)
		if (strcmp(v[i].name, name) == 0)
			return true;
	return false;
}

static void assert_contains(const char *hay, const char *needle)
{
	if (strstr(hay, needle) == NULL)
		fail_msg("expected \"%s\" in \"%s\"", needle, hay);
}

/* The journal, the services and the stored clocks, as one string. */
static void state_of(struct fx *f, char *out, size_t size)
{
	static const char sql[] =
		"SELECT (SELECT count(*) FROM journal) || '/' || (SELECT count(*) FROM services) || '/'"
		" || (SELECT group_concat(case_id || clock || due_on || running || coalesce(ended_on, '-'))"
		"  FROM case_clocks) || '/' || (SELECT group_concat(id || next_due) FROM cases)";
	sqlite3_stmt *st;

	assert_int_equal(sqlite3_prepare_v2(f->db->h, sql, -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	snprintf(out, size, "%s", (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
}

/* `tiaocai check` would say nothing is wrong. */
static void assert_check_clean(struct fx *f)
{
	struct audit_report r = {0};
	struct strlist stale = {0};
	size_t checked;

	assert_int_equal(audit_verify(f->db, NULL, &r, &f->err), TC_OK);
	if (r.broken || r.disagreeing)
		fail_msg("check: %s %s", r.chain.n ? r.chain.v[0] : "", r.replay.n ? r.replay.v[0] : "");
	audit_report_free(&r);
	assert_int_equal(deadline_verify(f->db, &checked, &stale, &f->err), TC_OK);
	if (stale.n)
		fail_msg("stale clocks: %s", stale.v[0]);
	sl_free(&stale);
}

/* ---- the 答辩 period ------------------------------------------------------- */

/* Accepted Tue 11-03.  The 5 days to serve the respondents: Sun 11-08 ->
 * Mon 11-09.  The 应诉通知书 posted, signed for on Fri 11-06: the 答辩
 * period runs 10 days from then, to Mon 11-16; the serve clock ended on
 * 11-06. */
static void post_moves_defence(void **state)
{
	struct fx *f = *state;
	int64_t id = new_case(f, 1, "2026-11-02", 1, "8000");

	EV(f, id, "accept", "2026-11-03");
	put_doc(f, id, 1, "respond-notice", "", "r1", 0, "2026-11-03");
	struct case_clock s = clock_of(f, id, "serve");
	assert_string_equal(s.due, "2026-11-09");
	assert_true(s.running);
	assert_true(s.statutory);
	assert_false(has_clock(f, id, "defence"));

	struct serve_result res = serve(f, id, 1, "邮寄", "2026-11-06");
	assert_string_equal(res.doc_zh, "应诉通知书");
	assert_string_equal(res.to_ref, "r1");
	assert_string_equal(res.to_name, EMPLOYER);
	assert_string_equal(res.served_on, "2026-11-06");
	assert_false(res.deemed);

	struct case_clock d = clock_of(f, id, "defence");
	assert_string_equal(d.start, "2026-11-06");
	assert_string_equal(d.due, "2026-11-16");
	assert_false(d.statutory);
	assert_true(d.party);
	assert_string_equal(fx_case_col(f->db, id, "defence_due"), "2026-11-16");
	s = clock_of(f, id, "serve");
	assert_false(s.running);
	assert_contains(s.note, "已于 2026-11-06 全部送达");

	/* What the command prints: the clocks it moved. */
	bool defence = false, ended = false;
	for (size_t i = 0; i < res.nmoved; i++) {
		if (strcmp(res.moved[i].label, "被申请人答辩") == 0 &&
		    strcmp(res.moved[i].due, "2026-11-16") == 0)
			defence = true;
		if (strcmp(res.moved[i].label, "送达被申请人") == 0 &&
		    strcmp(res.moved[i].ended, "2026-11-06") == 0)
			ended = true;
	}
	assert_true(defence);
	assert_true(ended);

	/* The journal's line; the case's version is not touched. */
	assert_int_equal(fx_count(f->db, "SELECT count(*) FROM journal WHERE kind = 'serve' AND detail ="
				  " '送达 第1号 应诉通知书 给 " EMPLOYER ": 邮寄, 2026-11-06 签收, 送达人 王敏'"), 1);
	assert_check_clean(f);
}

/* Two respondents, one served: the 答辩 period names each, the serve
 * clock still runs and names who is not served; the case is 超期 on it
 * once its day has passed. */
static void one_of_two_respondents(void **state)
{
	struct fx *f = *state;
	int64_t id = new_case(f, 2, "2026-11-02", 2, "8000");

	EV(f, id, "accept", "2026-11-03");
	put_doc(f, id, 1, "respond-notice", "", "r1", 0, "2026-11-03");
	put_doc(f, id, 2, "respond-notice", "", "r2", 0, "2026-11-03");
	serve(f, id, 1, "直接", "2026-11-04");

	struct case_clock s = clock_of(f, id, "serve");
	assert_true(s.running);
	assert_contains(s.note, "未送达: r2 " SUBCONTRACTOR);
	struct case_clock d = clock_of(f, id, "defence");
	assert_string_equal(d.due, "2026-11-16"); /* Wed 11-04 + 10 = Sat 11-14 -> Mon 11-16 */
	assert_contains(d.note, "r1 " EMPLOYER " 2026-11-16 届满");
	assert_contains(d.note, "r2 " SUBCONTRACTOR " 未送达");
	/* With the tribunal formed, the earliest running statutory clock is
	 * the serve clock, 11-09. */
	EV(f, id, "tribunal", "2026-11-05", .sole = ARBITRATOR);
	assert_string_equal(fx_case_col(f->db, id, "next_clock"), "serve");
	assert_string_equal(fx_case_col(f->db, id, "next_due"), "2026-11-09");

	/* The second by e-mail opened Tue 11-10: the serve clock ends then,
	 * the 答辩 period runs to the later of the two, Fri 11-20. */
	struct serve_result res = serve(f, id, 2, "电子", "2026-11-10");
	assert_string_equal(res.given_at, "10:30");
	assert_false(clock_of(f, id, "serve").running);
	assert_string_equal(clock_of(f, id, "defence").due, "2026-11-20");
	assert_string_equal(fx_case_col(f->db, id, "serve_due"), "2026-11-09");
	assert_string_equal(fx_case_col(f->db, id, "next_clock"), "close");
	assert_string_equal(fx_case_col(f->db, id, "next_due"), "2026-12-18");
	assert_check_clean(f);
}

/* A case accepted before the records began has no serve clock at all. */
static void before_the_records(void **state)
{
	struct fx *f = *state;
	int64_t id = new_case(f, 3, "2026-10-12", 1, "8000");

	EV(f, id, "accept", "2026-10-13");
	assert_false(has_clock(f, id, "serve"));
	assert_string_equal(fx_case_col(f->db, id, "next_clock"), "tribunal");
}

/* ---- 公告 ------------------------------------------------------------------- */

/* Accepted Fri 06-05 (before the records: no serve clock), 审限 45 days:
 * Mon 07-20.  Published Wed 06-10: deemed served 30 days later, Fri 07-10;
 * those 30 days are not counted: Wed 08-19. */
static void gazette_left_out_of_close(void **state)
{
	struct fx *f = *state;
	int64_t id = new_case(f, 4, "2026-06-05", 2, "8000");

	EV(f, id, "accept", "2026-06-05");
	put_doc(f, id, 1, "respond-notice", "", "r1", 0, "2026-06-05");
	put_doc(f, id, 2, "respond-notice", "", "r2", 0, "2026-06-05");
	assert_string_equal(clock_of(f, id, "close").due, "2026-07-20");

	struct serve_result res = serve(f, id, 1, "公告", "2026-06-10");
	assert_true(res.deemed);
	assert_string_equal(res.given_on, "2026-06-10");
	assert_string_equal(res.served_on, "2026-07-10");
	struct case_clock c = clock_of(f, id, "close");
	assert_string_equal(c.due, "2026-08-19");
	assert_int_equal(fx_day(c.due) - fx_day("2026-07-20"), 30);
	assert_contains(c.note, "公告送达 30 天不计入");
	assert_string_equal(fx_case_col(f->db, id, "close_due"), "2026-08-19");
	/* The 答辩 period runs from the deemed service: Fri 07-10 + 10 =
	 * Mon 07-20. */
	assert_string_equal(clock_of(f, id, "defence").start, "2026-07-10");

	/* The second respondent by 公告 too, Mon 06-15 to Wed 07-15: the two
	 * periods overlap, 06-10 to 07-15 is 35 days: 06-05 + 80 = Mon 08-24. */
	serve(f, id, 2, "公告", "2026-06-15");
	c = clock_of(f, id, "close");
	assert_string_equal(c.due, "2026-08-24");
	assert_contains(c.note, "公告送达 35 天不计入");

	/* Found and served in person on Sat 06-20: the first period ends
	 * there (10 days); the second still runs to 07-15: 06-10 to 06-20
	 * and 06-15 to 07-15 are 06-10 to 07-15 still. */
	serve(f, id, 1, "直接", "2026-06-20");
	assert_string_equal(clock_of(f, id, "close").due, "2026-08-24");
	/* The 答辩 of r1 runs from 06-20 now: 06-30. */
	assert_contains(clock_of(f, id, "defence").note, "r1 " EMPLOYER " 2026-06-30 届满");
	assert_check_clean(f);
}

/* A 公告 ended by a direct service: only the days up to it are left out.
 * Published Wed 06-10, served in person Sat 06-20: 10 days, 06-05 + 55 =
 * Thu 07-30. */
static void gazette_ended_by_direct_service(void **state)
{
	struct fx *f = *state;
	int64_t id = new_case(f, 5, "2026-06-05", 1, "8000");

	EV(f, id, "accept", "2026-06-05");
	put_doc(f, id, 1, "respond-notice", "", "r1", 0, "2026-06-05");
	serve(f, id, 1, "公告", "2026-06-10");
	serve(f, id, 1, "直接", "2026-06-20");
	struct case_clock c = clock_of(f, id, "close");
	assert_string_equal(c.due, "2026-07-30");
	assert_contains(c.note, "公告送达 10 天不计入");

	struct serve_rec *v;
	size_t n;
	assert_int_equal(serve_list(f->db, &f->clerk, id, &v, &n, &f->err), TC_OK);
	assert_int_equal(n, 2);
	assert_string_equal(v[0].method, "公告");
	assert_true(v[0].deemed);
	assert_true(v[0].overtaken);
	assert_string_equal(v[0].served_on, "2026-07-10");
	assert_string_equal(v[1].method, "直接");
	assert_false(v[1].overtaken);
	assert_string_equal(v[1].by, "王敏");
	free(v);
}

/* ---- the hearing notice ----------------------------------------------------- */

/* A hearing on Fri 11-20 09:00, set on 11-05: each party must be served
 * its 开庭通知书 5 days before, by Sun 11-15. */
static int64_t heard_case(struct fx *f, unsigned worker, const char *at)
{
	int64_t id = new_case(f, worker, "2026-11-02", 1, "8000");

	EV(f, id, "accept", "2026-11-03");
	EV(f, id, "hearing", "2026-11-05", .at = at, .minutes = 30, .arbitrator = ARBITRATOR,
	   .room = "第一仲裁庭");
	put_doc(f, id, 1, "hearing-notice", "", "a1", 1, "2026-11-05");
	put_doc(f, id, 2, "hearing-notice", "", "r1", 1, "2026-11-05");
	return id;
}

static void hearing_notice(void **state)
{
	struct fx *f = *state;
	struct strlist names = {0};
	int64_t id = heard_case(f, 6, "2026-11-20 09:00");

	/* Nobody served yet: both named. */
	assert_int_equal(serve_unnotified(f->db, id, 1, &names, &f->err), TC_OK);
	assert_int_equal(names.n, 2);
	assert_string_equal(names.v[0], "张三");
	assert_string_equal(names.v[1], EMPLOYER);
	sl_free(&names);

	/* The respondent in time, the worker 3 days before (Tue 11-17). */
	serve(f, id, 2, "邮寄", "2026-11-10");
	serve(f, id, 1, "直接", "2026-11-17");
	memset(&names, 0, sizeof names);
	assert_int_equal(serve_unnotified(f->db, id, 1, &names, &f->err), TC_OK);
	assert_int_equal(names.n, 1);
	assert_string_equal(names.v[0], "张三");
	sl_free(&names);

	/* Another case, the worker served exactly 5 days before (Sun 11-15):
	 * properly notified, nobody named. */
	int64_t ok = heard_case(f, 7, "2026-11-20 10:00");
	serve(f, ok, 2, "邮寄", "2026-11-10");
	serve(f, ok, 1, "直接", "2026-11-15");
	memset(&names, 0, sizeof names);
	assert_int_equal(serve_unnotified(f->db, ok, 1, &names, &f->err), TC_OK);
	assert_int_equal(names.n, 0);
	sl_free(&names);
}

/* A hearing set before the records began is not checked. */
static void hearing_before_the_records(void **state)
{
	struct fx *f = *state;
	struct strlist names = {0};
	int64_t id = new_case(f, 8, "2026-10-12", 1, "8000");

	EV(f, id, "accept", "2026-10-13");
	EV(f, id, "hearing", "2026-10-20", .at = "2026-11-20 14:00", .minutes = 30,
	   .arbitrator = ARBITRATOR, .room = "第二仲裁庭");
	assert_int_equal(serve_unnotified(f->db, id, 1, &names, &f->err), TC_OK);
	assert_int_equal(names.n, 0);
}

/* ---- after the award -------------------------------------------------------- */

/* A case heard on 11-20 and awarded on Wed 11-25 for amount, with its
 * 裁决书 to the worker and the employer. */
static int64_t awarded(struct fx *f, unsigned worker, const char *at, const char *amount)
{
	int64_t id = new_case(f, worker, "2026-11-02", 1, amount);
	const char *amounts[] = {amount};

	EV(f, id, "accept", "2026-11-03");
	EV(f, id, "hearing", "2026-11-05", .at = at, .minutes = 30, .arbitrator = ARBITRATOR,
	   .room = "第二仲裁庭");
	EV(f, id, "hearing-held", "2026-11-20");
	EV(f, id, "award", "2026-11-25", .amounts = amounts, .namounts = 1);
	put_doc(f, id, 1, "award", "", "a1", 0, "2026-11-25");
	put_doc(f, id, 2, "award", "", "r1", 0, "2026-11-25");
	return id;
}

/* A final award (¥8,000 of wages, within 12 months' minimum wage): the
 * worker may sue within 15 days of receipt, Fri 11-27 -> Sat 12-12 ->
 * Mon 12-14; the employer may ask the court to set it aside within 30 days
 * of its receipt, Mon 11-30 -> Wed 12-30.  Neither is the office's
 * deadline: no next_due on the closed case. */
static void final_award_periods(void **state)
{
	struct fx *f = *state;
	char effect[256];
	int64_t id = awarded(f, 9, "2026-11-20 09:00", "8000");

	assert_string_equal(fx_case_col(f->db, id, "final_award"), "1");
	assert_false(has_clock(f, id, "sue"));
	serve(f, id, 1, "邮寄", "2026-11-27");
	struct case_clock sue = clock_of(f, id, "sue");
	assert_string_equal(sue.start, "2026-11-27");
	assert_string_equal(sue.due, "2026-12-14");
	assert_true(sue.running);
	assert_false(sue.statutory);
	assert_contains(sue.note, "当事人的期间, 不计超期");
	assert_false(has_clock(f, id, "set_aside"));

	serve(f, id, 2, "邮寄", "2026-11-30");
	struct case_clock set = clock_of(f, id, "set_aside");
	assert_string_equal(set.due, "2026-12-30");
	/* The employer's receipt does not move the worker's period. */
	assert_string_equal(clock_of(f, id, "sue").due, "2026-12-14");
	assert_string_equal(fx_case_col(f->db, id, "next_due"), "NULL");
	assert_string_equal(fx_case_col(f->db, id, "sue_due"), "2026-12-14");

	assert_int_equal(serve_effect(f->db, id, effect, sizeof effect, &f->err), TC_OK);
	assert_string_equal(effect, "终局裁决自作出之日 2026-11-25 起生效");
	assert_check_clean(f);
}

/* The office lengthens the period to sue: a closed case whose period is
 * still to come (on the tests' today, 11-22) follows, in the store too. */
static void rule_change_reaches_closed_case(void **state)
{
	struct fx *f = *state;
	int64_t id = awarded(f, 13, "2026-11-20 09:00", "8000");

	serve(f, id, 1, "邮寄", "2026-11-27");
	assert_string_equal(fx_case_col(f->db, id, "sue_due"), "2026-12-14");
	assert_int_equal(office_rule_set(f->db, &f->admin, "sue", 20, NULL, &f->err), TC_OK);
	/* Fri 11-27 + 20 = Thu 12-17. */
	assert_string_equal(fx_case_col(f->db, id, "sue_due"), "2026-12-17");
	assert_check_clean(f);
}

/* A non-final award (¥30,000 of wages, above 12 x ¥2,130): either party
 * may sue within 15 days of its own receipt: the worker's Fri 11-27 ->
 * Mon 12-14, the employer's Mon 11-30 -> Tue 12-15, the later.  It takes
 * effect the day after, 12-16, when nobody sues; nothing is said before
 * every party has it. */
static void nonfinal_award_periods(void **state)
{
	struct fx *f = *state;
	char effect[256];
	int64_t id = awarded(f, 10, "2026-11-20 10:00", "30000");

	assert_string_equal(fx_case_col(f->db, id, "final_award"), "0");
	serve(f, id, 1, "邮寄", "2026-11-27");
	assert_int_equal(serve_effect(f->db, id, effect, sizeof effect, &f->err), TC_OK);
	assert_string_equal(effect, "");
	assert_contains(clock_of(f, id, "sue").note, "未送达");

	serve(f, id, 2, "邮寄", "2026-11-30");
	struct case_clock sue = clock_of(f, id, "sue");
	assert_string_equal(sue.due, "2026-12-15");
	assert_contains(sue.note, "a1 张三 2026-12-14 届满");
	assert_contains(sue.note, "r1 " EMPLOYER " 2026-12-15 届满");
	assert_false(has_clock(f, id, "set_aside"));
	assert_int_equal(serve_effect(f->db, id, effect, sizeof effect, &f->err), TC_OK);
	assert_string_equal(effect, "如双方均未起诉, 于 2026-12-16 起生效");
}

/* A 调解书 takes effect when the last party signs for it; it is never
 * left with a witness. */
static void settlement_effect(void **state)
{
	struct fx *f = *state;
	char effect[256];
	int64_t id = new_case(f, 11, "2026-11-02", 1, "8000");
	const char *amounts[] = {"8000"};

	EV(f, id, "accept", "2026-11-03");
	EV(f, id, "mediate", "2026-11-04", .mediator = "陈立平");
	EV(f, id, "settle", "2026-11-10", .amounts = amounts, .namounts = 1);
	put_doc(f, id, 1, "settlement", "", "a1", 0, "2026-11-10");
	put_doc(f, id, 2, "settlement", "", "r1", 0, "2026-11-10");
	serve(f, id, 1, "直接", "2026-11-10");
	assert_int_equal(serve_effect(f->db, id, effect, sizeof effect, &f->err), TC_OK);
	assert_string_equal(effect, "调解书待签收: " EMPLOYER);

	struct serve_req left = {.doc_no = 2, .method = "留置", .on = "2026-11-11",
				 .note = "拒收, 见证人 李四"};
	struct serve_result res;
	assert_int_equal(serve_record(f->db, &f->clerk, id, &left, f->today, &res, &f->err),
			 TC_REFUSED);
	assert_contains(f->err.msg, "不适用留置送达");

	serve(f, id, 2, "委托", "2026-11-12");
	assert_int_equal(serve_effect(f->db, id, effect, sizeof effect, &f->err), TC_OK);
	assert_string_equal(effect, "调解书已于 2026-11-12 生效");
}

/* ---- the first screen ---------------------------------------------------------- */

/* 待送达: a document made waits until served, the latest of its kind and
 * addressee only; 未依法通知: the hearings of the next 14 days with a
 * party not served in time, naming them.  On 11-16, the hearing of 11-20
 * is four days away. */
static void first_screen(void **state)
{
	struct fx *f = *state;
	struct dash d;
	int64_t id = heard_case(f, 14, "2026-11-20 09:00");

	/* Made again for the worker: only the later one waits. */
	put_doc(f, id, 3, "hearing-notice", "", "a1", 1, "2026-11-06");
	assert_int_equal(dash_get_scope(f->db, &f->admin, DASH_OFFICE, fx_day("2026-11-16"), 50, &d,
					&f->err), TC_OK);
	assert_int_equal(d.unserved.total, 2);
	const struct dash_unserved *u = d.unserved.v;
	assert_int_equal(u[0].doc_no, 2);
	assert_string_equal(u[0].to, EMPLOYER);
	assert_string_equal(u[0].doc_zh, "开庭通知书");
	assert_string_equal(u[0].made_on, "2026-11-05");
	assert_int_equal(u[0].waiting, 11);
	assert_int_equal(u[1].doc_no, 3);
	assert_string_equal(u[1].to, "张三");
	assert_int_equal(d.unnotified.total, 1);
	const struct dash_unnotified *h = d.unnotified.v;
	assert_string_equal(h[0].at, "2026-11-20 09:00");
	assert_int_equal(h[0].nnames, 2);
	assert_string_equal(h[0].names, "张三、" EMPLOYER);
	dash_free(&d);

	/* Both served on 11-10: nothing waits, both in time. */
	serve(f, id, 2, "邮寄", "2026-11-10");
	serve(f, id, 3, "直接", "2026-11-10");
	assert_int_equal(dash_get_scope(f->db, &f->admin, DASH_OFFICE, fx_day("2026-11-16"), 50, &d,
					&f->err), TC_OK);
	assert_int_equal(d.unserved.total, 0);
	assert_int_equal(d.unnotified.total, 0);
	dash_free(&d);
	/* A hearing more than 14 days away is not on the list yet. */
	int64_t later = heard_case(f, 15, "2026-12-15 09:00");
	(void)later;
	assert_int_equal(dash_get_scope(f->db, &f->admin, DASH_OFFICE, fx_day("2026-11-16"), 50, &d,
					&f->err), TC_OK);
	assert_int_equal(d.unnotified.total, 0);
	assert_int_equal(d.unserved.total, 2);
	dash_free(&d);
	/* A lawyer sees none of them: the cases are not theirs. */
	assert_int_equal(dash_get_scope(f->db, &f->lawyer, DASH_OFFICE, fx_day("2026-12-05"), 50, &d,
					&f->err), TC_OK);
	assert_int_equal(d.unserved.total, 0);
	assert_int_equal(d.unnotified.total, 0);
	dash_free(&d);
	assert_int_equal(dash_get_scope(f->db, &f->admin, DASH_OFFICE, fx_day("2026-12-05"), 50, &d,
					&f->err), TC_OK);
	assert_int_equal(d.unnotified.total, 1);
	dash_free(&d);
}

/* ---- refusals ---------------------------------------------------------------- */

static void refused(struct fx *f, const struct actor *a, int64_t id, struct serve_req r,
		    enum tc_status want, const char *field, const char *msg)
{
	char before[4096], after[4096];
	struct serve_result res;

	state_of(f, before, sizeof before);
	err_clear(&f->err);
	assert_int_equal(serve_record(f->db, a, id, &r, f->today, &res, &f->err), want);
	if (field)
		assert_string_equal(f->err.field, field);
	assert_contains(f->err.msg, msg);
	state_of(f, after, sizeof after);
	assert_string_equal(after, before);
}

#define REFUSED(f, a, id, want, field, msg, ...) \
	refused((f), (a), (id), (struct serve_req){__VA_ARGS__}, (want), (field), (msg))

static void refusals_change_nothing(void **state)
{
	struct fx *f = *state;
	int64_t id = new_case(f, 12, "2026-11-02", 2, "8000");

	EV(f, id, "accept", "2026-11-03");
	put_doc(f, id, 1, "respond-notice", "", "r1", 0, "2026-11-05");
	put_doc(f, id, 2, "accept-notice", "", "a1", 0, "2026-11-05");

	REFUSED(f, &f->lawyer, id, TC_REFUSED, NULL, "不能记录送达", .doc_no = 1, .method = "直接",
		.on = "2026-11-06");
	REFUSED(f, &f->clerk, id, TC_REFUSED, "doc", "本案没有第 9 号文书", .doc_no = 9, .method = "直接",
		.on = "2026-11-06");
	REFUSED(f, &f->clerk, id, TC_REFUSED, "to", "是送给 r1 " EMPLOYER " 的, 不是 r2", .doc_no = 1,
		.to = "r2", .method = "直接", .on = "2026-11-06");
	REFUSED(f, &f->clerk, id, TC_REFUSED, "to", "本案没有当事人「李四」", .doc_no = 1, .to = "李四",
		.method = "直接", .on = "2026-11-06");
	REFUSED(f, &f->clerk, id, TC_REFUSED, "method",
		"「快递」不是送达方式, 应为 直接、留置、委托、邮寄、电子 或 公告", .doc_no = 1,
		.method = "快递", .on = "2026-11-06");
	REFUSED(f, &f->clerk, id, TC_USAGE, "method", "--method", .doc_no = 1, .on = "2026-11-06");
	REFUSED(f, &f->clerk, id, TC_REFUSED, "on", "晚于今天", .doc_no = 1, .method = "直接",
		.on = "2027-01-04");
	REFUSED(f, &f->clerk, id, TC_REFUSED, "on", "早于第 1 号应诉通知书的制作日期 2026-11-05",
		.doc_no = 1, .method = "直接", .on = "2026-11-04");
	REFUSED(f, &f->clerk, id, TC_REFUSED, "--on", "--on", .doc_no = 1, .method = "直接",
		.on = "2026-11-31");
	REFUSED(f, &f->clerk, id, TC_REFUSED, "at", "应写成 时:分", .doc_no = 1, .method = "直接",
		.on = "2026-11-06", .at = "25:00");
	REFUSED(f, &f->clerk, id, TC_REFUSED, "note", "见证人", .doc_no = 1, .method = "留置",
		.on = "2026-11-06");
	REFUSED(f, &f->clerk, id, TC_REFUSED, "at", "民事诉讼法第九十条", .doc_no = 1, .method = "电子",
		.on = "2026-11-06");
	REFUSED(f, &f->clerk, id, TC_REFUSED, "note", "U+202E", .doc_no = 1, .method = "直接",
		.on = "2026-11-06", .note = "签收\xe2\x80\xae");

	/* Served once; a second time refused, and a second 公告 too. */
	serve(f, id, 1, "直接", "2026-11-06");
	REFUSED(f, &f->clerk, id, TC_REFUSED, "doc", "第 1 号应诉通知书已于 2026-11-06 以直接方式送达",
		.doc_no = 1, .method = "邮寄", .on = "2026-11-07");
	serve(f, id, 2, "公告", "2026-11-06");
	REFUSED(f, &f->clerk, id, TC_REFUSED, "method", "不能再次公告", .doc_no = 2, .method = "公告",
		.on = "2026-11-09");
	REFUSED(f, &f->clerk, id, TC_REFUSED, "on", "早于公告之日", .doc_no = 2, .method = "直接",
		.on = "2026-11-05");
	/* After the 公告 took effect (12-06 -> Mon 12-07), a later service
	 * changes nothing. */
	REFUSED(f, &f->clerk, id, TC_REFUSED, "on", "视为送达", .doc_no = 2, .method = "直接",
		.on = "2026-12-08");
	assert_check_clean(f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(post_moves_defence, setup, teardown),
		cmocka_unit_test_setup_teardown(one_of_two_respondents, setup, teardown),
		cmocka_unit_test_setup_teardown(before_the_records, setup, teardown),
		cmocka_unit_test_setup_teardown(gazette_left_out_of_close, setup, teardown),
		cmocka_unit_test_setup_teardown(gazette_ended_by_direct_service, setup, teardown),
		cmocka_unit_test_setup_teardown(hearing_notice, setup, teardown),
		cmocka_unit_test_setup_teardown(hearing_before_the_records, setup, teardown),
		cmocka_unit_test_setup_teardown(final_award_periods, setup, teardown),
		cmocka_unit_test_setup_teardown(rule_change_reaches_closed_case, setup, teardown),
		cmocka_unit_test_setup_teardown(nonfinal_award_periods, setup, teardown),
		cmocka_unit_test_setup_teardown(first_screen, setup, teardown),
		cmocka_unit_test_setup_teardown(settlement_effect, setup, teardown),
		cmocka_unit_test_setup_teardown(refusals_change_nothing, setup, teardown),
	};

	setvbuf(stdout, NULL, _IONBF, 0);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
