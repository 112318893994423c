/*
 * test_dash.c - the 首页 dashboard: which running clocks land in 超期,
 * 今日到期 and 三个工作日内到期 (named after their rule, with the
 * mediator or arbitrator holding the case), the hearings of today and
 * tomorrow, open cases by stage, the four 快, what a lawyer sees, and a
 * clerk's, a mediator's and an arbitrator's own cases before the office's.
 *
 * Each test gets its own database with the 2025 and 2026 calendars and the
 * sample roster, registers cases with case_add and moves them with
 * wf_apply on fixed dates, then asks dash_get for a fixed `today`.  Every
 * row the dashboard lists is checked against the case file
 * (case_detail_get): same clock running, same due date, same days left.
 * Expected dates are counted by hand in the comments (start day not
 * counted, a last day on a rest day moves to the next working day).
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
#include "tiaocai/dash.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/ident.h"
#include "tiaocai/user.h"
#include "tiaocai/workflow.h"
#include "fixture.h"

#define USCC_OK "91350100M000100Y43"
#define MEDIATOR "陈立平"   /* sample roster, term to 2026-12-31 */
#define ARBITRATOR "何文斌" /* sample roster, term to 2027-12-31 */
#define LIMIT 20

struct fx {
	char *dir;
	struct db *db;
	int today;
	struct actor admin, clerk, lawyer;
	struct dash d;
	struct tc_err err;
};

#define D fx_day


static int setup(void **state)
{
	struct fx *f = xcalloc(1, sizeof *f);

	if ((f->dir = fx_tmpdir("dash")) == NULL)
		return -1;
	f->admin = fx_admin;
	f->db = fx_db(f->dir, "t.db", true);
	fx_roster(f->db, &f->admin);
	/* The office's first user must be the real login, as admin. */
	struct passwd *pw = getpwuid(geteuid());
	if (pw == NULL || fx_actor(f->db, &f->admin, &f->admin, pw->pw_name, "admin", NULL) ||
	    fx_actor(f->db, &f->admin, &f->clerk, "zhengli", "clerk", NULL) ||
	    fx_actor(f->db, &f->admin, &f->lawyer, "lvshi", "lawyer", NULL))
		return -1;
	f->today = D("2026-11-22");
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fx *f = *state;

	dash_free(&f->d);
	fx_done(f->db, f->dir);
	free(f);
	return 0;
}

/* ---- helpers --------------------------------------------------------- */

/* A case of `workers` applicants (张三, 李四, ...) received on `received`,
 * linked to the lawyer when `lawyer`; returns its id. */
/* Each case its own worker (fx_id_no). */
static unsigned next_worker;

static int64_t add_case_for(struct fx *f, const char *received, size_t workers, bool lawyer,
			    const char *clerk);

static int64_t add_case(struct fx *f, const char *received, size_t workers, bool lawyer)
{
	return add_case_for(f, received, workers, lawyer, NULL);
}

/* The same, with clerk (a login, or NULL) as its 承办人. */
static int64_t add_case_for(struct fx *f, const char *received, size_t workers, bool lawyer,
			    const char *clerk)
{
	static const char *const names[] = {"张三", "李四", "王五", "赵六"};
	struct case_party_in app[4];
	struct case_party_in resp = {.name = "贵州黔城建工集团有限公司", .uscc = USCC_OK};
	struct case_claim_in cl = {.kind = "工资", .amount = "8000"};
	struct case_new req = {
		.applicants = app, .napplicants = workers, .respondents = &resp, .nrespondents = 1,
		.claims = &cl, .nclaims = 1, .received = received, .lawyer = lawyer ? "lvshi" : NULL,
		.clerk = clerk,
	};
	int64_t id = 0;
	char no[96];

	assert_true(workers >= 1 && workers <= 4);
	memset(app, 0, sizeof app);
	for (size_t i = 0; i < workers; i++) {
		app[i].name = names[i];
		app[i].id_no = fx_id_no(next_worker++);
	}
	err_clear(&f->err);
	if (case_add(f->db, &f->clerk, &req, f->today, &id, no, NULL, &f->err) != TC_OK)
		fail_msg("case_add: %s", f->err.msg);
	return id;
}

/* Apply one event as the admin, dated on_iso. */
#define EV(f, id, ev, on_iso, ...)                                                             \
	ev_apply((f), (id), &(struct wf_request){.event = (ev), .on = D(on_iso), __VA_ARGS__})

static void ev_apply(struct fx *f, int64_t id, const struct wf_request *req)
{
	struct wf_result res;

	err_clear(&f->err);
	if (wf_apply(f->db, &f->admin, id, req, f->today, &res, &f->err) != TC_OK)
		fail_msg("wf_apply %s: %s", req->event, f->err.msg);
}

static void hearing(struct fx *f, int64_t id, const char *on, const char *at, const char *room)
{
	EV(f, id, "hearing", on, .at = at, .minutes = 30, .arbitrator = ARBITRATOR, .room = room);
}

/* The dashboard for a as of f->today, each list holding at most limit. */
static struct dash *dash_as(struct fx *f, const struct actor *a, size_t limit)
{
	dash_free(&f->d);
	err_clear(&f->err);
	if (dash_get(f->db, a, f->today, limit, &f->d, &f->err) != TC_OK)
		fail_msg("dash_get: %s", f->err.msg);
	assert_int_equal(f->d.today, f->today);
	return &f->d;
}

static const struct dash_due *due_at(const struct dash_list *l, size_t i)
{
	assert_true(i < l->n);
	return &((const struct dash_due *)l->v)[i];
}

static const struct dash_hearing *hearing_at(const struct dash_list *l, size_t i)
{
	assert_true(i < l->n);
	return &((const struct dash_hearing *)l->v)[i];
}

/* The case file shows the same clock running, due the same day. */
static void agrees_with_case_file(struct fx *f, const struct dash_due *r)
{
	struct case_detail *cd;
	bool found = false;

	assert_int_equal(case_detail_get(f->db, &f->clerk, r->case_id, f->today, &cd, &f->err), TC_OK);
	assert_string_equal(cd->row.case_no, r->case_no);
	assert_int_equal(cd->row.stage, r->stage);
	for (size_t i = 0; i < cd->nclocks; i++) {
		if (strcmp(cd->clocks[i].name, r->clock) != 0)
			continue;
		found = true;
		assert_true(cd->clocks[i].running);
		assert_string_equal(cd->clocks[i].due, r->due);
		assert_string_equal(cd->clocks[i].label, r->clock_zh);
		assert_int_equal(cd->clocks[i].days_left, r->days_left);
	}
	case_detail_free(cd);
	assert_true(found);
}

static void all_agree(struct fx *f, const struct dash *d)
{
	const struct dash_list *lists[] = {&d->overdue, &d->due_today, &d->due_soon};

	for (size_t k = 0; k < 3; k++)
		for (size_t i = 0; i < lists[k]->n; i++)
			agrees_with_case_file(f, due_at(lists[k], i));
}

static void assert_due(const struct dash_due *r, int64_t id, const char *clock, const char *zh,
		       const char *due, int days_left, const char *holder)
{
	assert_int_equal(r->case_id, id);
	assert_string_equal(r->clock, clock);
	assert_string_equal(r->clock_zh, zh);
	assert_string_equal(r->due, due);
	assert_int_equal(r->days_left, days_left);
	assert_string_equal(r->holder, holder);
}

static void assert_lists_empty(const struct dash *d)
{
	assert_int_equal(d->overdue.n, 0);
	assert_int_equal(d->overdue.total, 0);
	assert_int_equal(d->due_today.n, 0);
	assert_int_equal(d->due_today.total, 0);
	assert_int_equal(d->due_soon.n, 0);
	assert_int_equal(d->due_soon.total, 0);
}

/* ---- the lists of running clocks -------------------------------------- */

/* 收案 on Wed 11-18: 5 days -> Mon 11-23, today. */
static void test_accept_due_today(void **state)
{
	struct fx *f = *state;

	f->today = D("2026-11-23");
	int64_t id = add_case(f, "2026-11-18", 3, false);
	struct dash *d = dash_as(f, &f->clerk, LIMIT);

	assert_int_equal(d->due_today.n, 1);
	assert_int_equal(d->due_today.total, 1);
	const struct dash_due *r = due_at(&d->due_today, 0);
	assert_due(r, id, "accept", "受理审查", "2026-11-23", 0, "");
	assert_int_equal(r->stage, STAGE_RECEIVED);
	assert_string_equal(r->applicant, "张三等3人");
	assert_string_equal(r->respondent, "贵州黔城建工集团有限公司");
	assert_int_equal(d->overdue.n, 0);
	assert_int_equal(d->due_soon.n, 0);
	all_agree(f, d);
}

/* 案前调解 (a mediation organisation, 调解仲裁法 Art 14) from Wed 11-04:
 * 15 days -> Thu 11-19, three days overdue on 11-22, and statutory: the
 * accept clock waits while it runs. */
static void test_overdue_mediation_names_mediator(void **state)
{
	struct fx *f = *state;
	int64_t id = add_case(f, "2026-11-02", 1, false);

	EV(f, id, "premediate", "2026-11-04", .mediator = MEDIATOR);
	struct dash *d = dash_as(f, &f->clerk, LIMIT);

	assert_int_equal(d->overdue.n, 1);
	assert_int_equal(d->overdue.total, 1);
	const struct dash_due *r = due_at(&d->overdue, 0);
	assert_due(r, id, "mediation", "调解期限", "2026-11-19", -3, MEDIATOR);
	assert_int_equal(r->stage, STAGE_PREMEDIATION);
	assert_string_equal(r->applicant, "张三");
	assert_int_equal(d->due_today.n, 0);
	assert_int_equal(d->due_soon.n, 0);
	all_agree(f, d);
}

/* In 调解中 after acceptance, three clocks run: the tribunal (accepted Fri
 * 10-09, 5 days -> Wed 10-14), the 45-day limit (-> Mon 11-23) and the
 * mediation target (from Fri 11-06, 15 days -> Sat 11-21 -> Mon 11-23,
 * an office target, never 超期).  The case is listed once, in 超期, by
 * its most overdue clock, and not again under 今日到期. */
static void test_mediating_case_listed_once(void **state)
{
	struct fx *f = *state;

	f->today = D("2026-11-23");
	int64_t id = add_case(f, "2026-10-08", 1, false);
	EV(f, id, "accept", "2026-10-09");
	EV(f, id, "mediate", "2026-11-06", .mediator = MEDIATOR);
	struct dash *d = dash_as(f, &f->clerk, LIMIT);

	assert_int_equal(d->overdue.n, 1);
	assert_int_equal(d->overdue.total, 1);
	assert_due(due_at(&d->overdue, 0), id, "tribunal", "组庭通知", "2026-10-14", -40,
		   MEDIATOR);
	assert_int_equal(d->due_today.n, 0);
	assert_int_equal(d->due_today.total, 0);
	assert_int_equal(d->due_soon.n, 0);
	all_agree(f, d);

	/* The case file shows the mediation clock as a target, not a limit. */
	struct case_detail *cd;
	assert_int_equal(case_detail_get(f->db, &f->clerk, id, f->today, &cd, &f->err), TC_OK);
	bool seen = false;
	for (size_t i = 0; i < cd->nclocks; i++) {
		if (strcmp(cd->clocks[i].name, "mediation") != 0)
			continue;
		seen = true;
		assert_true(cd->clocks[i].running);
		assert_false(cd->clocks[i].statutory);
		assert_non_null(strstr(cd->clocks[i].note, "办案目标"));
	}
	case_detail_free(cd);
	assert_true(seen);

	/* Once a hearing is set with an arbitrator the tribunal is formed:
	 * only the limit runs, due today, and the arbitrator holds it. */
	EV(f, id, "hearing", "2026-11-20", .at = "2026-11-27 09:30", .arbitrator = ARBITRATOR,
	   .room = "第一仲裁庭");
	d = dash_as(f, &f->clerk, LIMIT);
	assert_int_equal(d->overdue.n, 0);
	assert_int_equal(d->due_today.n, 1);
	assert_due(due_at(&d->due_today, 0), id, "close", "仲裁审限", "2026-11-23", 0, ARBITRATOR);
	all_agree(f, d);
}

/* Today Fri 11-20: three working days on is Wed 11-25 (the weekend does
 * not count), so a clock due Thu 11-26 is not yet "soon". */
static void test_due_soon_skips_weekend(void **state)
{
	struct fx *f = *state;

	f->today = D("2026-11-20");
	int64_t a = add_case(f, "2026-11-20", 1, false); /* -> Wed 11-25 */
	int64_t b = add_case(f, "2026-11-10", 1, false);
	EV(f, b, "premediate", "2026-11-11", .mediator = MEDIATOR); /* -> Thu 11-26 */
	int64_t c = add_case(f, "2026-11-19", 1, false); /* -> Tue 11-24 */
	int64_t t = add_case(f, "2026-11-15", 1, false); /* -> Fri 11-20, today */
	struct dash *d = dash_as(f, &f->clerk, LIMIT);

	assert_int_equal(d->soon_until, D("2026-11-25"));
	assert_int_equal(d->due_soon.n, 2);
	assert_int_equal(d->due_soon.total, 2);
	assert_due(due_at(&d->due_soon, 0), c, "accept", "受理审查", "2026-11-24", 4, "");
	assert_due(due_at(&d->due_soon, 1), a, "accept", "受理审查", "2026-11-25", 5, "");
	assert_int_equal(d->due_today.n, 1);
	assert_due(due_at(&d->due_today, 0), t, "accept", "受理审查", "2026-11-20", 0, "");
	/* b's accept clock (11-15) does not run in 案前调解. */
	assert_int_equal(d->overdue.n, 0);
	all_agree(f, d);
}

/* Today Wed 09-30: 国庆 takes 10-01 to 10-07 off and Sat 10-10 is worked,
 * so three working days on is 10-10; nine calendar days count as soon. */
static void test_due_soon_over_national_day(void **state)
{
	struct fx *f = *state;

	f->today = D("2026-09-30");
	int64_t m = add_case(f, "2026-09-23", 1, false);
	EV(f, m, "premediate", "2026-09-24", .mediator = MEDIATOR); /* 15 days -> Fri 10-09 */
	int64_t a = add_case(f, "2026-09-28", 1, false); /* 5 days -> 10-03 (off) -> Thu 10-08 */
	int64_t late = add_case(f, "2026-09-27", 1, false);
	EV(f, late, "premediate", "2026-09-27", .mediator = MEDIATOR); /* -> Mon 10-12 */
	struct dash *d = dash_as(f, &f->clerk, LIMIT);

	assert_int_equal(d->soon_until, D("2026-10-10"));
	assert_int_equal(d->due_soon.n, 2);
	assert_due(due_at(&d->due_soon, 0), a, "accept", "受理审查", "2026-10-08", 8, "");
	assert_due(due_at(&d->due_soon, 1), m, "mediation", "调解期限", "2026-10-09", 9, MEDIATOR);
	assert_int_equal(d->overdue.n, 0);
	assert_int_equal(d->due_today.n, 0);
	all_agree(f, d);
}

/* A suspended case's clocks are paused: accepted 09-29 (limit Fri 11-13),
 * mediation from 09-30 (Thu 10-15), both past on 11-22, yet it is listed
 * nowhere.  Resumed 11-16 after 10 days, the limit moves to Mon 11-23. */
static void test_suspended_case_in_no_list(void **state)
{
	struct fx *f = *state;
	int64_t id = add_case(f, "2026-09-28", 1, false);

	EV(f, id, "accept", "2026-09-29");
	EV(f, id, "mediate", "2026-09-30", .mediator = MEDIATOR);
	EV(f, id, "suspend", "2026-11-06", .reason = "等待工伤鉴定");
	struct dash *d = dash_as(f, &f->clerk, LIMIT);

	assert_lists_empty(d);
	assert_int_equal(d->by_stage[STAGE_SUSPENDED], 1);
	assert_int_equal(d->mediating, 0);

	EV(f, id, "resume", "2026-11-16");
	d = dash_as(f, &f->clerk, LIMIT);
	/* Running again: the tribunal clock (accepted Tue 09-29, 5 days ->
	 * Sun 10-04 in the National Day holiday -> Thu 10-08) is the most
	 * overdue; the limit (-> 11-23 with 10 days suspended) is not listed
	 * again, and the mediation target is never 超期. */
	assert_int_equal(d->overdue.n, 1);
	assert_due(due_at(&d->overdue, 0), id, "tribunal", "组庭通知", "2026-10-08", -45, MEDIATOR);
	assert_int_equal(d->due_soon.n, 0);
	all_agree(f, d);
}

/* Most overdue first across clocks; `limit` cuts the rows, not the total.
 * Accept dues of cases received 11-01 .. 11-05: Fri 11-06, then 11-07
 * (Sat) and 11-08 (Sun) roll to Mon 11-09 with 11-04's own 11-09, then
 * Tue 11-10.  Mediation from 10-21: Thu 11-05, the oldest. */
static void test_overdue_order_and_limit(void **state)
{
	struct fx *f = *state;
	const char *received[] = {"2026-11-03", "2026-11-01", "2026-11-05", "2026-11-02",
				  "2026-11-04"};
	int64_t id[5];

	for (int i = 0; i < 5; i++)
		id[i] = add_case(f, received[i], 1, false);
	int64_t m = add_case(f, "2026-10-20", 1, false);
	EV(f, m, "premediate", "2026-10-21", .mediator = MEDIATOR);

	struct dash *d = dash_as(f, &f->clerk, LIMIT);
	assert_int_equal(d->overdue.n, 6);
	assert_int_equal(d->overdue.total, 6);
	assert_due(due_at(&d->overdue, 0), m, "mediation", "调解期限", "2026-11-05", -17, MEDIATOR);
	assert_due(due_at(&d->overdue, 1), id[1], "accept", "受理审查", "2026-11-06", -16, "");
	/* the three due Mon 11-09 in case order */
	assert_due(due_at(&d->overdue, 2), id[0], "accept", "受理审查", "2026-11-09", -13, "");
	assert_due(due_at(&d->overdue, 3), id[3], "accept", "受理审查", "2026-11-09", -13, "");
	assert_due(due_at(&d->overdue, 4), id[4], "accept", "受理审查", "2026-11-09", -13, "");
	assert_due(due_at(&d->overdue, 5), id[2], "accept", "受理审查", "2026-11-10", -12, "");
	all_agree(f, d);

	d = dash_as(f, &f->clerk, 2);
	assert_int_equal(d->overdue.n, 2);
	assert_int_equal(d->overdue.total, 6);
	assert_int_equal(due_at(&d->overdue, 0)->case_id, m);
	assert_int_equal(due_at(&d->overdue, 1)->case_id, id[1]);

	d = dash_as(f, &f->clerk, 0);
	assert_int_equal(d->overdue.n, 0);
	assert_int_equal(d->overdue.total, 6);
}

/* ---- hearings --------------------------------------------------------- */

/* Today Mon 11-23: hearings of 11-23 and 11-24 in time order; not the day
 * after, not the past, not a hearing moved to another day, not a case
 * closed or suspended since. */
static void test_hearings_today_and_tomorrow(void **state)
{
	struct fx *f = *state;
	int64_t c[8];

	f->today = D("2026-11-23");
	for (int i = 0; i < 8; i++) {
		c[i] = add_case(f, "2026-11-02", 1, false);
		EV(f, c[i], "accept", "2026-11-03");
	}
	hearing(f, c[0], "2026-11-10", "2026-11-24 09:00", "第一仲裁庭");
	hearing(f, c[1], "2026-11-10", "2026-11-23 14:30", "第二仲裁庭");
	hearing(f, c[2], "2026-11-10", "2026-11-23 09:30", "第一仲裁庭");
	hearing(f, c[3], "2026-11-10", "2026-11-25 09:00", "第一仲裁庭"); /* day after tomorrow */
	hearing(f, c[4], "2026-11-10", "2026-11-20 09:00", "第一仲裁庭"); /* past */
	hearing(f, c[5], "2026-11-10", "2026-11-23 10:00", "第二仲裁庭");
	EV(f, c[5], "hearing-postpone", "2026-11-12", .reason = "被申请人申请延期",
	   .at = "2026-11-30 09:00"); /* postponed */
	hearing(f, c[6], "2026-11-10", "2026-11-24 15:00", "第一仲裁庭");
	EV(f, c[6], "withdraw", "2026-11-12");
	hearing(f, c[7], "2026-11-10", "2026-11-23 11:00", "第一仲裁庭");
	EV(f, c[7], "suspend", "2026-11-12", .reason = "等待工伤鉴定");

	struct dash *d = dash_as(f, &f->clerk, LIMIT);
	assert_int_equal(d->hearings.n, 3);
	assert_int_equal(d->hearings.total, 3);
	const struct dash_hearing *h = hearing_at(&d->hearings, 0);
	assert_int_equal(h->case_id, c[2]);
	assert_string_equal(h->at, "2026-11-23 09:30");
	assert_string_equal(h->room, "第一仲裁庭");
	assert_string_equal(h->arbitrator, ARBITRATOR);
	assert_string_equal(h->applicant, "张三");
	assert_string_equal(h->respondent, "贵州黔城建工集团有限公司");
	h = hearing_at(&d->hearings, 1);
	assert_int_equal(h->case_id, c[1]);
	assert_string_equal(h->at, "2026-11-23 14:30");
	assert_string_equal(h->room, "第二仲裁庭");
	h = hearing_at(&d->hearings, 2);
	assert_int_equal(h->case_id, c[0]);
	assert_string_equal(h->at, "2026-11-24 09:00");

	d = dash_as(f, &f->clerk, 1);
	assert_int_equal(d->hearings.n, 1);
	assert_int_equal(d->hearings.total, 3);
	assert_int_equal(hearing_at(&d->hearings, 0)->case_id, c[2]);
}

/* ---- counts ----------------------------------------------------------- */

/* Today Sun 11-22: the ISO week began Mon 11-16, so of three closed cases
 * two closed this week. */
static void test_counts_by_stage_and_four_fast(void **state)
{
	struct fx *f = *state;

	add_case(f, "2026-11-20", 1, false);
	add_case(f, "2026-11-21", 1, false);
	int64_t pre = add_case(f, "2026-11-02", 1, false);
	EV(f, pre, "premediate", "2026-11-03", .mediator = MEDIATOR);
	int64_t acc = add_case(f, "2026-11-02", 1, false);
	EV(f, acc, "accept", "2026-11-03");
	int64_t med = add_case(f, "2026-11-02", 1, false);
	EV(f, med, "accept", "2026-11-03");
	EV(f, med, "mediate", "2026-11-04", .mediator = MEDIATOR);
	int64_t hea = add_case(f, "2026-11-02", 1, false);
	EV(f, hea, "accept", "2026-11-03");
	hearing(f, hea, "2026-11-05", "2026-11-26 09:30", "第一仲裁庭");
	int64_t sus = add_case(f, "2026-11-02", 1, false);
	EV(f, sus, "accept", "2026-11-03");
	EV(f, sus, "suspend", "2026-11-06", .reason = "等待工伤鉴定");
	int64_t c1 = add_case(f, "2026-11-02", 1, false);
	EV(f, c1, "withdraw", "2026-11-15", .reason = "已付清"); /* Sunday, last week */
	int64_t c2 = add_case(f, "2026-11-02", 1, false);
	EV(f, c2, "withdraw", "2026-11-16", .reason = "已付清"); /* Monday */
	int64_t c3 = add_case(f, "2026-11-02", 1, false);
	EV(f, c3, "refuse", "2026-11-20", .reason = "不属于受理范围");

	struct dash *d = dash_as(f, &f->clerk, LIMIT);
	const size_t want[STAGE_COUNT] = {2, 1, 1, 1, 1, 1, 3};
	for (int s = 0; s < STAGE_COUNT; s++)
		assert_int_equal(d->by_stage[s], want[s]);
	assert_int_equal(d->waiting_accept, 2); /* 快立 */
	assert_int_equal(d->mediating, 2);      /* 快调: 案前调解 and 调解中 */
	assert_int_equal(d->hearing, 1);        /* 快审 */
	assert_int_equal(d->closed_week, 2);    /* 快结 */
}

/* ---- who sees what ---------------------------------------------------- */

/* The lawyer sees only the cases linked to them, in every figure; the
 * clerk sees both. */
static void test_lawyer_sees_only_linked_cases(void **state)
{
	struct fx *f = *state;
	int64_t mine[4], other[4];

	for (int k = 0; k < 2; k++) {
		int64_t *c = k ? other : mine;
		c[0] = add_case(f, "2026-11-20", 1, k == 0); /* accept due Wed 11-25: soon */
		c[1] = add_case(f, "2026-11-02", 1, k == 0);
		EV(f, c[1], "accept", "2026-11-03");
		EV(f, c[1], "mediate", "2026-11-04", .mediator = MEDIATOR); /* overdue 11-19 */
		c[2] = add_case(f, "2026-11-02", 1, k == 0);
		EV(f, c[2], "accept", "2026-11-03");
		hearing(f, c[2], "2026-11-05", k ? "2026-11-23 10:30" : "2026-11-23 09:30",
			"第一仲裁庭"); /* tomorrow */
		c[3] = add_case(f, "2026-11-02", 1, k == 0);
		EV(f, c[3], "withdraw", "2026-11-17", .reason = "已付清");
	}

	struct dash *d = dash_as(f, &f->lawyer, LIMIT);
	assert_int_equal(d->due_soon.n, 1);
	assert_int_equal(d->due_soon.total, 1);
	assert_int_equal(due_at(&d->due_soon, 0)->case_id, mine[0]);
	assert_int_equal(d->overdue.n, 1);
	assert_int_equal(d->overdue.total, 1);
	assert_int_equal(due_at(&d->overdue, 0)->case_id, mine[1]);
	assert_int_equal(d->hearings.n, 1);
	assert_int_equal(d->hearings.total, 1);
	assert_int_equal(hearing_at(&d->hearings, 0)->case_id, mine[2]);
	const size_t want[STAGE_COUNT] = {1, 0, 0, 1, 1, 0, 1};
	for (int s = 0; s < STAGE_COUNT; s++)
		assert_int_equal(d->by_stage[s], want[s]);
	assert_int_equal(d->waiting_accept, 1);
	assert_int_equal(d->mediating, 1);
	assert_int_equal(d->hearing, 1);
	assert_int_equal(d->closed_week, 1);

	d = dash_as(f, &f->clerk, LIMIT);
	assert_int_equal(d->due_soon.total, 2);
	assert_int_equal(d->overdue.total, 2);
	assert_int_equal(d->hearings.total, 2);
	assert_int_equal(d->by_stage[STAGE_CLOSED], 2);
	assert_int_equal(d->closed_week, 2);
}

/* ---- each person's own work ------------------------------------------- */

static struct dash *dash_scope(struct fx *f, const struct actor *a, enum dash_scope scope)
{
	dash_free(&f->d);
	err_clear(&f->err);
	if (dash_get_scope(f->db, a, scope, f->today, LIMIT, &f->d, &f->err) != TC_OK)
		fail_msg("dash_get_scope: %s", f->err.msg);
	return &f->d;
}

/* A mediator, an arbitrator and a clerk each open on their own cases (the
 * cases naming their roster entry, or them as 承办人), closed ones left
 * out of the stages; the office's figures are a call away and are the
 * admin's; someone without cases of their own opens on the office's. */
static void test_own_cases_first(void **state)
{
	struct fx *f = *state;
	struct actor med, arb, clerk2, boss;

	assert_int_equal(fx_actor(f->db, &f->admin, &med, "chenlp", "mediator", MEDIATOR), 0);
	assert_int_equal(fx_actor(f->db, &f->admin, &arb, "hewb", "arbitrator", ARBITRATOR), 0);
	assert_int_equal(fx_actor(f->db, &f->admin, &clerk2, "xiaoli", "clerk", NULL), 0);
	assert_int_equal(fx_actor(f->db, &f->admin, &boss, "kezhang", "supervisor", NULL), 0);
	assert_true(med.person_id > 0 && arb.person_id > 0);

	/* 陈立平's mediation, overdue since 11-19; 王芳's, the same. */
	int64_t m1 = add_case(f, "2026-11-02", 1, false);
	EV(f, m1, "accept", "2026-11-03");
	EV(f, m1, "mediate", "2026-11-04", .mediator = MEDIATOR);
	int64_t m2 = add_case(f, "2026-11-02", 1, false);
	EV(f, m2, "accept", "2026-11-03");
	EV(f, m2, "mediate", "2026-11-04", .mediator = "王芳");
	/* 何文斌 hears h1 tomorrow. */
	int64_t h1 = add_case(f, "2026-11-02", 1, false);
	EV(f, h1, "accept", "2026-11-03");
	hearing(f, h1, "2026-11-05", "2026-11-23 09:30", "第一仲裁庭");
	/* xiaoli is 承办人 of k1 (accept due Wed 11-25), nobody of k2. */
	int64_t k1 = add_case_for(f, "2026-11-20", 1, false, "xiaoli");
	int64_t k2 = add_case(f, "2026-11-20", 1, false);
	/* 陈立平 settled one before filing this week. */
	int64_t s1 = add_case_for(f, "2026-11-10", 1, false, "xiaoli");
	EV(f, s1, "premediate", "2026-11-11", .mediator = MEDIATOR);
	EV(f, s1, "settle", "2026-11-17", .amounts = (const char *const[]){"3000"}, .namounts = 1);

	assert_int_equal(dash_own(&med), DASH_OWN_MEDIATOR);
	assert_true(dash_can_switch(&med));
	struct dash *d = dash_as(f, &med, LIMIT);
	assert_int_equal(d->scope, DASH_OWN);
	assert_int_equal(d->own, DASH_OWN_MEDIATOR);
	assert_int_equal(d->overdue.total, 1);
	assert_int_equal(due_at(&d->overdue, 0)->case_id, m1);
	assert_string_equal(due_at(&d->overdue, 0)->holder, MEDIATOR);
	assert_int_equal(d->due_soon.total, 0);
	assert_int_equal(d->hearings.total, 0);
	const size_t want[STAGE_COUNT] = {0, 0, 0, 1, 0, 0, 0};
	for (int s = 0; s < STAGE_COUNT; s++)
		assert_int_equal(d->by_stage[s], want[s]);
	assert_int_equal(d->mediating, 1);
	assert_int_equal(d->closed_week, 1);  /* s1 */
	all_agree(f, d);

	/* The office's, a call away: the admin's figures. */
	struct dash office;
	struct tc_err e = {0};
	assert_int_equal(dash_get(f->db, &f->admin, f->today, LIMIT, &office, &e), TC_OK);
	assert_int_equal(office.scope, DASH_OFFICE);
	d = dash_scope(f, &med, DASH_OFFICE);
	assert_int_equal(d->scope, DASH_OFFICE);
	assert_int_equal(d->overdue.total, office.overdue.total);
	assert_int_equal(d->overdue.total, 2);
	assert_int_equal(d->due_soon.total, 2);
	assert_int_equal(d->hearings.total, 1);
	for (int s = 0; s < STAGE_COUNT; s++)
		assert_int_equal(d->by_stage[s], office.by_stage[s]);
	assert_int_equal(d->closed_week, office.closed_week);
	dash_free(&office);

	/* A panel where 何文斌 sits as a member, not its chief. */
	int64_t p1 = add_case(f, "2026-11-02", 1, false);
	EV(f, p1, "accept", "2026-11-03");
	EV(f, p1, "tribunal", "2026-11-04", .chief = "宋佳", .members = {ARBITRATOR, "蒋涛"});
	EV(f, p1, "hearing", "2026-11-05", .at = "2026-11-23 14:00", .minutes = 30,
	   .room = "第二仲裁庭");

	/* The arbitrator: the hearings of tomorrow are theirs, the panel's
	 * too (a member's seat). */
	assert_int_equal(dash_own(&arb), DASH_OWN_ARBITRATOR);
	d = dash_as(f, &arb, LIMIT);
	assert_int_equal(d->scope, DASH_OWN);
	assert_int_equal(d->hearings.total, 2);
	assert_int_equal(hearing_at(&d->hearings, 0)->case_id, h1);
	assert_int_equal(hearing_at(&d->hearings, 1)->case_id, p1);
	assert_int_equal(d->overdue.total, 0);
	assert_int_equal(d->by_stage[STAGE_HEARING], 1);

	/* The clerk in charge of k1 (and of s1, closed). */
	d = dash_as(f, &clerk2, LIMIT);
	assert_int_equal(d->scope, DASH_OWN);
	assert_int_equal(d->own, DASH_OWN_CLERK);
	assert_int_equal(d->due_soon.total, 1);
	assert_int_equal(due_at(&d->due_soon, 0)->case_id, k1);
	assert_int_equal(d->by_stage[STAGE_RECEIVED], 1);
	assert_int_equal(d->closed_week, 1);
	(void)k2;

	/* A clerk in charge of nothing opens on the office's; asked, their own
	 * is empty.  A supervisor has no own: always the office's. */
	d = dash_as(f, &f->clerk, LIMIT);
	assert_int_equal(d->scope, DASH_OFFICE);
	assert_int_equal(d->due_soon.total, 2);
	d = dash_scope(f, &f->clerk, DASH_OWN);
	assert_int_equal(d->scope, DASH_OWN);
	assert_lists_empty(d);
	assert_int_equal(d->hearings.total, 0);
	assert_int_equal(d->closed_week, 0);
	assert_false(dash_can_switch(&boss));
	d = dash_scope(f, &boss, DASH_OWN);
	assert_int_equal(d->scope, DASH_OFFICE);
	assert_int_equal(d->overdue.total, 2);
	/* A lawyer's are their own, whatever is asked; no switching. */
	assert_false(dash_can_switch(&f->lawyer));
	d = dash_scope(f, &f->lawyer, DASH_OFFICE);
	assert_int_equal(d->scope, DASH_OWN);
	assert_int_equal(d->own, DASH_OWN_LAWYER);
	assert_int_equal(d->overdue.total, 0);

	/* Once 陈立平's last open case closes, they open on the office's. */
	EV(f, m1, "settle", "2026-11-21", .amounts = (const char *const[]){"8000"}, .namounts = 1);
	d = dash_as(f, &med, LIMIT);
	assert_int_equal(d->scope, DASH_OFFICE);
	assert_int_equal(d->overdue.total, 1);
	d = dash_scope(f, &med, DASH_OWN);
	assert_int_equal(d->closed_week, 2);
	assert_lists_empty(d);
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_accept_due_today),
		T(test_overdue_mediation_names_mediator),
		T(test_mediating_case_listed_once),
		T(test_due_soon_skips_weekend),
		T(test_due_soon_over_national_day),
		T(test_suspended_case_in_no_list),
		T(test_overdue_order_and_limit),
		T(test_hearings_today_and_tomorrow),
		T(test_counts_by_stage_and_four_fast),
		T(test_lawyer_sees_only_linked_cases),
		T(test_own_cases_first),
	};
#undef T
	return cmocka_run_group_tests(tests, NULL, NULL);
}
