/*
 * test_deadline.c - the 审限 (close clock) restarted under 办案规则 Art 46
 * by a claim added after acceptance: the new period counts only the days
 * the case is suspended after the restart, not those before it, also when
 * the restart falls inside a suspension; a revert of the restart brings
 * the old period back; and the clock's note says it restarted, why and
 * from when.
 *
 * Dates are counted by hand in the comments as domain.md section 4 counts
 * them (start day not counted, the last day rolled past rest days), with
 * the 2026 calendar loaded.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "tiaocai/case.h"
#include "tiaocai/correct.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/deadline.h"
#include "tiaocai/user.h"
#include "tiaocai/workflow.h"
#include "fixture.h"

static int setup(void **state)
{
	return (*state = fx_office_new("deadline")) ? 0 : -1;
}

static int teardown(void **state)
{
	fx_office_free(*state);
	return 0;
}

/* A worker's wage case received and accepted on `day`. */
static int64_t accepted_case(struct fx_office *f, unsigned worker, const char *day)
{
	struct case_party_in app = {.name = "张三", .id_no = fx_id_no(worker)};
	struct case_party_in resp = {.name = "贵州黔城建工集团有限公司"};
	struct case_claim_in cl = {.kind = "工资", .amount = "8000"};
	struct case_new req = {.applicants = &app, .napplicants = 1, .respondents = &resp,
			       .nrespondents = 1, .claims = &cl, .nclaims = 1, .received = day};
	struct wf_request acc = {.event = "accept", .on = fx_day(day)};
	struct wf_result res;
	char no[96];
	int64_t id;

	if (case_add(f->db, &f->clerk, &req, f->today, &id, no, NULL, &f->err) != TC_OK ||
	    wf_apply(f->db, &f->clerk, id, &acc, f->today, &res, &f->err) != TC_OK)
		fail_msg("%s", f->err.msg);
	return id;
}

static void event(struct fx_office *f, int64_t id, const char *ev, const char *day)
{
	struct wf_request rq = {.event = ev, .on = fx_day(day), .reason = "等待工伤认定结论"};
	struct wf_result res;

	if (wf_apply(f->db, &f->clerk, id, &rq, f->today, &res, &f->err) != TC_OK)
		fail_msg("%s %s: %s", ev, day, f->err.msg);
}

/* A claim added on `day`: the restart. */
static void claim_added(struct fx_office *f, int64_t id, const char *day)
{
	struct corr_request rq = {.what = "claim-add", .on = fx_day(day), .claim = "加班费:2000",
				  .reason = "当庭增加请求"};
	struct corr_result res;

	if (corr_apply(f->db, &f->clerk, id, &rq, f->today, &res, &f->err) != TC_OK)
		fail_msg("claim-add %s: %s", day, f->err.msg);
}

/* The close clock of case id as the case file shows it. */
static struct case_clock close_clock(struct fx_office *f, int64_t id)
{
	struct case_clock v[DEADLINE_MAX_CLOCKS];
	size_t n;
	int prov;

	assert_int_equal(deadline_case(f->db, id, f->today, v, &n, &prov, &f->err), TC_OK);
	for (size_t i = 0; i < n; i++)
		if (strcmp(v[i].name, "close") == 0)
			return v[i];
	fail_msg("no close clock");
	return v[0];
}

static void assert_contains(const char *hay, const char *needle)
{
	if (strstr(hay, needle) == NULL)
		fail_msg("expected \"%s\" in \"%s\"", needle, hay);
}

/* Accepted Mon 03-02, suspended 03-10 to 03-30 (20 days): due 04-16 + 20
 * = 05-06.  A claim added on Wed 04-01 restarts the 45 days from there:
 * 04-01 + 45 = Sat 05-16 -> Mon 05-18.  The 20 days suspended before the
 * restart are not added again (they were, giving 06-05). */
static void suspension_before_restart_not_counted(void **state)
{
	struct fx_office *f = *state;
	int64_t id = accepted_case(f, 1, "2026-03-02");

	event(f, id, "suspend", "2026-03-10");
	event(f, id, "resume", "2026-03-30");
	assert_string_equal(fx_case_col(f->db, id, "close_due"), "2026-05-06");
	claim_added(f, id, "2026-04-01");
	assert_string_equal(fx_case_col(f->db, id, "close_due"), "2026-05-18");
	struct case_clock k = close_clock(f, id);
	assert_string_equal(k.start, "2026-04-01");
	assert_string_equal(k.due, "2026-05-18");
	assert_contains(k.note, "因增加仲裁请求于 2026-04-01 重新计算 (办案规则第四十六条)");
	assert_contains(k.note, "此前中止的 20 天不计");
	assert_null(strstr(k.note, "中止 20 天"));

	/* The restart reverted: the first period and its 20 days are back. */
	struct corr_request rv = {.what = "revert", .reason = "误录"};
	struct corr_result res;
	assert_int_equal(corr_apply(f->db, &f->supervisor, id, &rv, f->today, &res, &f->err), TC_OK);
	assert_string_equal(fx_case_col(f->db, id, "close_due"), "2026-05-06");
	k = close_clock(f, id);
	assert_null(strstr(k.note, "重新计算"));
	assert_contains(k.note, "中止 20 天");

	/* Added again, then suspended 04-10 to 04-17 (7 days) after the
	 * restart: those count, 05-16 + 7 = Sat 05-23 -> Mon 05-25. */
	claim_added(f, id, "2026-04-01");
	assert_string_equal(fx_case_col(f->db, id, "close_due"), "2026-05-18");
	event(f, id, "suspend", "2026-04-10");
	event(f, id, "resume", "2026-04-17");
	assert_string_equal(fx_case_col(f->db, id, "close_due"), "2026-05-25");
	k = close_clock(f, id);
	assert_contains(k.note, "此前中止的 20 天不计");
	assert_contains(k.note, "中止 7 天");
}

/* Suspended 03-10, a claim added on Fri 03-20 while suspended, resumed
 * 03-30: of the 20 days only the 10 after the restart count, 03-20 + 55 =
 * Thu 05-14. */
static void restart_inside_a_suspension(void **state)
{
	struct fx_office *f = *state;
	int64_t id = accepted_case(f, 2, "2026-03-02");

	event(f, id, "suspend", "2026-03-10");
	claim_added(f, id, "2026-03-20");
	event(f, id, "resume", "2026-03-30");
	assert_string_equal(fx_case_col(f->db, id, "suspended_days"), "20");
	assert_string_equal(fx_case_col(f->db, id, "close_due"), "2026-05-14");
	struct case_clock k = close_clock(f, id);
	assert_contains(k.note, "此前中止的 10 天不计");
	assert_contains(k.note, "中止 10 天");

	/* What deadline_update stored is what the rules give now. */
	struct strlist stale = {0};
	size_t checked;
	assert_int_equal(deadline_verify(f->db, &checked, &stale, &f->err), TC_OK);
	assert_int_equal(stale.n, 0);
	sl_free(&stale);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(suspension_before_restart_not_counted, setup, teardown),
		cmocka_unit_test_setup_teardown(restart_inside_a_suspension, setup, teardown),
	};

	setvbuf(stdout, NULL, _IONBF, 0);
	setenv("TIAOCAI_TODAY", "2026-11-22", 1);
	unsetenv("TIAOCAI_USER");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
