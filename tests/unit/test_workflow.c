/*
 * test_workflow.c - a case's life through the stage machine: every
 * transition of the table, refusals and who may do what, the clocks on the
 * case row (domain.md's worked examples, suspension, extension, fast
 * track), the 终局 test per item, registration refusals that leave nothing
 * behind, case numbers, the append-only journal and stale edits.
 *
 * Each test gets its own database in a scratch directory with the 2025 and
 * 2026 calendars and the sample roster loaded.  Expected dates are counted
 * by hand in the comments from domain.md section 4 (start day not counted,
 * holidays inside the period count, a last day on a rest day moves to the
 * next working day).
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

#include "tiaocai/calendar.h"
#include "tiaocai/case.h"
#include "tiaocai/clock.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/docket.h"
#include "tiaocai/roster.h"
#include "tiaocai/user.h"
#include "tiaocai/workflow.h"
#include "tiaocai/office.h"
#include "fixture.h"

/* Valid numbers from domain.md section 7. */
#define ID_A "11010519491231002X"
#define ID_B "440524188001010014"
#define ID_BAD_CHECK "110105194912310021" /* check character should be X */
#define USCC_OK "91350100M000100Y43"
#define USCC_BAD_CHECK "91350100M000100Y44"
#define MEDIATOR "陈立平"   /* sample roster, term to 2026-12-31 */
#define ARBITRATOR "何文斌" /* sample roster, term to 2027-12-31 */

struct fx {
	char *dir;
	struct db *db;
	int today;
	struct actor admin, clerk, mediator, arbitrator, supervisor, lawyer;
	struct wf_result res;
	struct tc_err err;
};

#define D fx_day


static int setup(void **state)
{
	struct fx *f = xcalloc(1, sizeof *f);

	if ((f->dir = fx_tmpdir("workflow")) == NULL)
		return -1;
	/* The office's first user sets it up: an admin with no users row. */
	f->admin = fx_admin;
	f->db = fx_db(f->dir, "t.db", true);
	fx_roster(f->db, &f->admin);
	/* The first user of an office must be the real login, as admin. */
	struct passwd *pw = getpwuid(geteuid());
	if (pw == NULL || fx_actor(f->db, &f->admin, &f->admin, pw->pw_name, "admin", NULL) ||
	    fx_actor(f->db, &f->admin, &f->clerk, "zhengli", "clerk", NULL) ||
	    fx_actor(f->db, &f->admin, &f->mediator, "chenlp", "mediator", MEDIATOR) ||
	    fx_actor(f->db, &f->admin, &f->arbitrator, "hewb", "arbitrator", ARBITRATOR) ||
	    fx_actor(f->db, &f->admin, &f->supervisor, "kezhang", "supervisor", NULL) ||
	    fx_actor(f->db, &f->admin, &f->lawyer, "lvshi", "lawyer", NULL))
		return -1;
	f->today = date_from_ymd(2026, 11, 22);
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

/* ---- helpers --------------------------------------------------------- */

/* One value of the cases row, "NULL" when NULL.  col is a test constant. */
static const char *case_col(struct fx *f, int64_t id, const char *col)
{
	return fx_case_col(f->db, id, col);
}

/* The single integer a query returns. */
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

/* Rows in every table case_add writes, as one string to compare. */
static void counts(struct fx *f, char out[128])
{
	snprintf(out, 128, "cases %lld parties %lld claims %lld journal %lld case_seq %lld/%lld",
		 (long long)q_int(f, "SELECT count(*) FROM cases"),
		 (long long)q_int(f, "SELECT count(*) FROM parties"),
		 (long long)q_int(f, "SELECT count(*) FROM claims"),
		 (long long)q_int(f, "SELECT count(*) FROM journal"),
		 (long long)q_int(f, "SELECT count(*) FROM case_seq"),
		 (long long)q_int(f, "SELECT COALESCE(sum(last), 0) FROM case_seq"));
}

static int64_t journal_count(struct fx *f, int64_t id)
{
	char sql[96];
	snprintf(sql, sizeof sql, "SELECT count(*) FROM journal WHERE case_id = %lld", (long long)id);
	return q_int(f, sql);
}

/* The kind of the case's latest journal row. */
static const char *last_kind(struct fx *f, int64_t id)
{
	static char buf[64];
	sqlite3_stmt *st;

	assert_int_equal(sqlite3_prepare_v2(f->db->h,
					    "SELECT kind FROM journal WHERE case_id = ?1 ORDER BY id DESC LIMIT 1",
					    -1, &st, NULL),
			 SQLITE_OK);
	sqlite3_bind_int64(st, 1, id);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	snprintf(buf, sizeof buf, "%s", (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return buf;
}

/* A request with everything every event may ask for (one applicant, one
 * respondent, the given claims). */
struct add_opts {
	const char *received;
	bool fast;
	const char *claims[4][2]; /* kind, amount; NULL-terminated */
	const char *lawyer;
	const char *id_no;        /* the applicant's; NULL: a worker of its own */
};

static enum tc_status add_case(struct fx *f, const struct actor *a, const struct add_opts *o,
			       int64_t *id, char case_no[96])
{
	static unsigned next_worker;
	struct case_party_in app = {.name = "张三",
				    .id_no = o->id_no ? o->id_no : fx_id_no(next_worker++),
				    .phone = "13985017342"};
	struct case_party_in resp = {.name = "贵州黔城建工集团有限公司", .uscc = USCC_OK};
	struct case_claim_in cl[4];
	struct case_new req = {
		.applicants = &app, .napplicants = 1, .respondents = &resp, .nrespondents = 1,
		.claims = cl, .received = o->received, .fast = o->fast, .lawyer = o->lawyer,
	};
	char no[96];

	memset(cl, 0, sizeof cl);
	for (size_t i = 0; i < 4 && o->claims[i][0]; i++) {
		cl[i].kind = o->claims[i][0];
		cl[i].amount = o->claims[i][1];
		req.nclaims++;
	}
	if (req.nclaims == 0) {
		cl[0].kind = "工资";
		cl[0].amount = "8000";
		req.nclaims = 1;
	}
	err_clear(&f->err);
	return case_add(f->db, a, &req, f->today, id, case_no ? case_no : no, NULL, &f->err);
}

/* A new case received on `received` with one wage claim of ¥8,000. */
static int64_t new_case(struct fx *f, const char *received)
{
	struct add_opts o = {.received = received};
	int64_t id = 0;
	enum tc_status st = add_case(f, &f->clerk, &o, &id, NULL);
	if (st != TC_OK)
		fprintf(stderr, "case_add: %s\n", f->err.msg);
	assert_int_equal(st, TC_OK);
	return id;
}

/* docket_each callback: count the rows. */
static int count_fn(const struct case_row *r, void *p)
{
	(void)r;
	++*(int *)p;
	return 0;
}

#define AMOUNTS(...) .amounts = (const char *const[]){__VA_ARGS__}, \
	.namounts = sizeof((const char *const[]){__VA_ARGS__}) / sizeof(const char *)

/* Apply one event; the result and the error stay on the fixture. */
#define EV(f, actor, id, ev, on_iso, ...) \
	ev_apply((f), (actor), (id), &(struct wf_request){.event = (ev), .on = D(on_iso), __VA_ARGS__})

static enum tc_status ev_apply(struct fx *f, const struct actor *a, int64_t id,
			       const struct wf_request *req)
{
	err_clear(&f->err);
	return wf_apply(f->db, a, id, req, f->today, &f->res, &f->err);
}

static void ev_ok(struct fx *f, enum tc_status st)
{
	if (st != TC_OK)
		fprintf(stderr, "wf_apply: %s\n", f->err.msg);
	assert_int_equal(st, TC_OK);
}

static void assert_contains(const char *hay, const char *needle)
{
	if (strstr(hay, needle) == NULL) {
		fprintf(stderr, "expected \"%s\" in \"%s\"\n", needle, hay);
		fail();
	}
}

static void assert_lacks(const char *hay, const char *needle)
{
	if (strstr(hay, needle) != NULL) {
		fprintf(stderr, "did not expect \"%s\" in \"%s\"\n", needle, hay);
		fail();
	}
}

/* A case received 2026-11-02 brought to stage s by the admin, the
 * events dated 11-03 .. 11-06 so that the event under test can be dated
 * 11-10 (not before the last event, not after today 11-22). */
static int64_t case_in(struct fx *f, enum stage s)
{
	int64_t id = new_case(f, "2026-11-02");

	switch (s) {
	case STAGE_RECEIVED:
		break;
	case STAGE_PREMEDIATION:
		ev_ok(f, EV(f, &f->admin, id, "premediate", "2026-11-03", .mediator = MEDIATOR));
		break;
	case STAGE_ACCEPTED:
		ev_ok(f, EV(f, &f->admin, id, "accept", "2026-11-03"));
		break;
	case STAGE_MEDIATING:
		ev_ok(f, EV(f, &f->admin, id, "accept", "2026-11-03"));
		ev_ok(f, EV(f, &f->admin, id, "mediate", "2026-11-04", .mediator = MEDIATOR));
		break;
	case STAGE_HEARING: {
		/* A hearing held before the event under test (11-10), and a
		 * second one set for that day; each case in its own ten
		 * minutes, so that no two cases' hearings overlap. */
		char at1[20], at2[20];
		snprintf(at1, sizeof at1, "2026-11-09 %02d:%02d", 8 + (int)(id % 48) / 6, (int)(id % 6) * 10);
		snprintf(at2, sizeof at2, "2026-11-10 %02d:%02d", 8 + (int)(id % 48) / 6, (int)(id % 6) * 10);
		ev_ok(f, EV(f, &f->admin, id, "accept", "2026-11-03"));
		ev_ok(f, EV(f, &f->admin, id, "hearing", "2026-11-03", .at = at1, .minutes = 10,
			    .arbitrator = ARBITRATOR, .room = "第一仲裁庭"));
		ev_ok(f, EV(f, &f->admin, id, "hearing", "2026-11-04", .at = at2, .minutes = 10,
			    .room = "第一仲裁庭"));
		ev_ok(f, EV(f, &f->admin, id, "hearing-held", "2026-11-09", .hearing = 1));
		break;
	}
	case STAGE_SUSPENDED:
		ev_ok(f, EV(f, &f->admin, id, "accept", "2026-11-03"));
		ev_ok(f, EV(f, &f->admin, id, "suspend", "2026-11-06", .reason = "等待工伤鉴定"));
		break;
	case STAGE_CLOSED:
		ev_ok(f, EV(f, &f->admin, id, "withdraw", "2026-11-03"));
		break;
	default:
		fail();
	}
	assert_string_equal(case_col(f, id, "stage"), stage_name(s));
	return id;
}

/* ---- the transition table -------------------------------------------- */

static const struct {
	enum stage from;
	const char *event;
	enum stage to;
	const char *outcome; /* NULL: none, the case stays open */
} transitions[] = {
	{STAGE_RECEIVED, "accept", STAGE_ACCEPTED, NULL},
	{STAGE_RECEIVED, "refuse", STAGE_CLOSED, "不予受理"},
	{STAGE_RECEIVED, "premediate", STAGE_PREMEDIATION, NULL},
	{STAGE_RECEIVED, "withdraw", STAGE_CLOSED, "撤回"},
	{STAGE_RECEIVED, "transfer", STAGE_CLOSED, "移送"},
	{STAGE_PREMEDIATION, "settle", STAGE_CLOSED, "案外调解"},
	{STAGE_PREMEDIATION, "fail", STAGE_RECEIVED, NULL},
	{STAGE_PREMEDIATION, "withdraw", STAGE_CLOSED, "撤回"},
	{STAGE_ACCEPTED, "mediate", STAGE_MEDIATING, NULL},
	{STAGE_ACCEPTED, "tribunal", STAGE_ACCEPTED, NULL},
	{STAGE_ACCEPTED, "hearing", STAGE_HEARING, NULL},
	{STAGE_ACCEPTED, "withdraw", STAGE_CLOSED, "撤回"},
	{STAGE_ACCEPTED, "suspend", STAGE_SUSPENDED, NULL},
	{STAGE_ACCEPTED, "extend", STAGE_ACCEPTED, NULL},
	{STAGE_ACCEPTED, "transfer", STAGE_CLOSED, "移送"},
	{STAGE_MEDIATING, "settle", STAGE_CLOSED, "调解"},
	{STAGE_MEDIATING, "fail", STAGE_HEARING, NULL},
	{STAGE_MEDIATING, "tribunal", STAGE_MEDIATING, NULL},
	{STAGE_MEDIATING, "hearing", STAGE_HEARING, NULL},
	{STAGE_MEDIATING, "withdraw", STAGE_CLOSED, "撤回"},
	{STAGE_MEDIATING, "suspend", STAGE_SUSPENDED, NULL},
	{STAGE_MEDIATING, "extend", STAGE_MEDIATING, NULL},
	{STAGE_MEDIATING, "transfer", STAGE_CLOSED, "移送"},
	{STAGE_HEARING, "tribunal", STAGE_HEARING, NULL},
	{STAGE_HEARING, "hearing", STAGE_HEARING, NULL},
	{STAGE_HEARING, "hearing-postpone", STAGE_HEARING, NULL},
	{STAGE_HEARING, "hearing-cancel", STAGE_HEARING, NULL},
	{STAGE_HEARING, "hearing-held", STAGE_HEARING, NULL},
	{STAGE_HEARING, "award", STAGE_CLOSED, "终局裁决"}, /* ¥8,000 of wages: final */
	{STAGE_HEARING, "settle", STAGE_CLOSED, "调解"},
	{STAGE_HEARING, "withdraw", STAGE_CLOSED, "撤回"},
	{STAGE_HEARING, "suspend", STAGE_SUSPENDED, NULL},
	{STAGE_HEARING, "extend", STAGE_HEARING, NULL},
	{STAGE_HEARING, "transfer", STAGE_CLOSED, "移送"},
	{STAGE_SUSPENDED, "tribunal", STAGE_SUSPENDED, NULL},
	{STAGE_SUSPENDED, "resume", STAGE_ACCEPTED, NULL}, /* back where it left */
	{STAGE_SUSPENDED, "withdraw", STAGE_CLOSED, "撤回"},
};

static void test_every_transition(void **state)
{
	struct fx *f = *state;

	for (size_t i = 0; i < sizeof transitions / sizeof transitions[0]; i++) {
		int64_t id = case_in(f, transitions[i].from);
		const char *before = case_col(f, id, "version");
		int64_t v0 = atoll(before), j0 = journal_count(f, id);
		/* Everything any event may need; each takes what it uses.  A
		 * hearing in its own ten minutes. */
		char at[20];
		snprintf(at, sizeof at, "2026-11-25 %02d:%02d", 8 + (int)i / 6, (int)(i % 6) * 10);
		enum tc_status st = EV(f, &f->admin, id, transitions[i].event, "2026-11-10",
				       .reason = "依法处理", .mediator = MEDIATOR,
				       .arbitrator = ARBITRATOR, .sole = ARBITRATOR, .at = at,
				       .minutes = 10, .room = "第二仲裁庭",
				       .to = "南明区劳动人事争议仲裁委员会", AMOUNTS("8000"));
		if (st != TC_OK)
			fprintf(stderr, "%s in %s: %s\n", transitions[i].event,
				stage_name(transitions[i].from), f->err.msg);
		assert_int_equal(st, TC_OK);
		assert_int_equal(f->res.from, transitions[i].from);
		assert_int_equal(f->res.to, transitions[i].to);
		assert_string_equal(case_col(f, id, "stage"), stage_name(transitions[i].to));
		assert_int_equal(atoll(case_col(f, id, "version")), v0 + 1);
		assert_int_equal(f->res.version, v0 + 1);
		/* One journal row, dated as asked, named after the event. */
		assert_int_equal(journal_count(f, id), j0 + 1);
		assert_string_equal(last_kind(f, id), transitions[i].event);
		if (transitions[i].outcome) {
			assert_string_equal(case_col(f, id, "outcome"), transitions[i].outcome);
			assert_string_equal(f->res.outcome, transitions[i].outcome);
			assert_string_equal(case_col(f, id, "closed_on"), "2026-11-10");
			assert_string_equal(case_col(f, id, "next_due"), "NULL");
		} else {
			assert_string_equal(case_col(f, id, "closed_on"), "NULL");
		}
	}
}

/* Resume goes back to the stage the suspension left, whichever it was. */
static void test_resume_returns_to_previous_stage(void **state)
{
	struct fx *f = *state;
	const enum stage from[] = {STAGE_ACCEPTED, STAGE_MEDIATING, STAGE_HEARING};

	for (size_t i = 0; i < 3; i++) {
		int64_t id = case_in(f, from[i]);
		ev_ok(f, EV(f, &f->clerk, id, "suspend", "2026-11-10", .reason = "等待工伤鉴定"));
		assert_string_equal(case_col(f, id, "stage"), "suspended");
		assert_string_equal(case_col(f, id, "prev_stage"), stage_name(from[i]));
		ev_ok(f, EV(f, &f->clerk, id, "resume", "2026-11-16"));
		assert_int_equal(f->res.to, from[i]);
		assert_string_equal(case_col(f, id, "stage"), stage_name(from[i]));
		assert_string_equal(case_col(f, id, "suspended_days"), "6");
		assert_string_equal(case_col(f, id, "suspended_on"), "NULL");
	}
}

/* A failed pre-filing mediation goes back to 收案 and the five days to
 * decide on acceptance start again from the failure. */
static void test_premediation_fail_restarts_accept_clock(void **state)
{
	struct fx *f = *state;
	int64_t id = case_in(f, STAGE_PREMEDIATION);

	/* received 11-02: accept due 11-07 (Sat) -> Mon 11-09 */
	assert_string_equal(case_col(f, id, "accept_due"), "2026-11-09");
	/* mediation 15 days from 11-03 = 11-18 (Wed) */
	assert_string_equal(case_col(f, id, "mediation_due"), "2026-11-18");
	assert_string_equal(case_col(f, id, "next_due"), "2026-11-18");
	ev_ok(f, EV(f, &f->mediator, id, "fail", "2026-11-13"));
	/* 11-13 (Fri) + 5 = 11-18 (Wed) */
	assert_string_equal(case_col(f, id, "accept_due"), "2026-11-18");
	assert_string_equal(case_col(f, id, "next_due"), "2026-11-18");
	assert_string_equal(case_col(f, id, "next_clock"), "accept");
}

/* ---- refusals -------------------------------------------------------- */

static void test_refused_events_name_allowed(void **state)
{
	struct fx *f = *state;
	int64_t closed = case_in(f, STAGE_CLOSED);
	int64_t accepted = case_in(f, STAGE_ACCEPTED);
	int64_t v;

	/* accept on a closed case: nothing is possible any more */
	assert_int_equal(EV(f, &f->admin, closed, "accept", "2026-11-10"), TC_REFUSED);
	assert_string_equal(f->err.msg, "案件处于「结案」阶段, 不能受理; 现在没有可办理的事项");

	/* award in 已立案: the clerk is told what a clerk may do now */
	v = atoll(case_col(f, accepted, "version"));
	assert_int_equal(EV(f, &f->clerk, accepted, "award", "2026-11-10", AMOUNTS("8000")),
			 TC_REFUSED);
	assert_string_equal(f->err.msg,
			    "案件处于「已立案」阶段, 不能裁决; 现在可以: mediate tribunal hearing withdraw suspend transfer");
	/* the supervisor also may extend */
	assert_int_equal(EV(f, &f->supervisor, accepted, "award", "2026-11-10", AMOUNTS("8000")),
			 TC_REFUSED);
	assert_contains(f->err.msg, "现在可以: mediate tribunal hearing withdraw suspend extend transfer");

	/* resume when not suspended */
	assert_int_equal(EV(f, &f->clerk, accepted, "resume", "2026-11-10"), TC_REFUSED);
	assert_contains(f->err.msg, "不能恢复");
	assert_contains(f->err.msg, "现在可以: mediate tribunal hearing withdraw suspend transfer");
	/* nothing changed */
	assert_int_equal(atoll(case_col(f, accepted, "version")), v);
	assert_string_equal(case_col(f, accepted, "stage"), "accepted");
	assert_int_equal(journal_count(f, accepted), 2);

	/* an event that does not exist at all is a usage error */
	assert_int_equal(EV(f, &f->admin, accepted, "reopen", "2026-11-10"), TC_USAGE);
}

/* An event dated after today or before the case's last event. */
static void test_event_dates_checked(void **state)
{
	struct fx *f = *state;
	int64_t id = case_in(f, STAGE_ACCEPTED); /* accepted 11-03 */

	assert_int_equal(EV(f, &f->clerk, id, "mediate", "2026-11-23", .mediator = MEDIATOR),
			 TC_REFUSED);
	assert_string_equal(f->err.field, "on");
	assert_int_equal(EV(f, &f->clerk, id, "mediate", "2026-11-02", .mediator = MEDIATOR),
			 TC_REFUSED);
	assert_contains(f->err.msg, "早于本案上一事项的日期 2026-11-03");
	assert_string_equal(case_col(f, id, "stage"), "accepted");
	/* a mediator not on the roster */
	assert_int_equal(EV(f, &f->clerk, id, "mediate", "2026-11-10", .mediator = "查无此人"),
			 TC_REFUSED);
	assert_string_equal(case_col(f, id, "mediator_id"), "NULL");
	/* the same day as the last event is fine */
	ev_ok(f, EV(f, &f->clerk, id, "mediate", "2026-11-03", .mediator = MEDIATOR));
}

static void test_extend_twice_refused(void **state)
{
	struct fx *f = *state;
	int64_t id = case_in(f, STAGE_ACCEPTED);

	ev_ok(f, EV(f, &f->supervisor, id, "extend", "2026-11-10", .reason = "案情复杂"));
	assert_string_equal(case_col(f, id, "extended"), "1");
	int64_t v = atoll(case_col(f, id, "version"));
	const char *due = case_col(f, id, "close_due");
	char due0[16];
	snprintf(due0, sizeof due0, "%s", due);

	assert_int_equal(EV(f, &f->supervisor, id, "extend", "2026-11-11", .reason = "再延"),
			 TC_REFUSED);
	assert_contains(f->err.msg, "已延长过一次");
	assert_int_equal(atoll(case_col(f, id, "version")), v);
	assert_string_equal(case_col(f, id, "close_due"), due0);
	assert_int_equal(journal_count(f, id), 3);
}

/* workflow.h: "A refused event names the events allowed now."  The
 * refusal of a second extension should say what may be done instead. */
static void test_extend_twice_names_allowed(void **state)
{
	struct fx *f = *state;
	int64_t id = case_in(f, STAGE_ACCEPTED);

	ev_ok(f, EV(f, &f->supervisor, id, "extend", "2026-11-10", .reason = "案情复杂"));
	assert_int_equal(EV(f, &f->supervisor, id, "extend", "2026-11-11", .reason = "再延"),
			 TC_REFUSED);
	assert_contains(f->err.msg, "现在可以: mediate tribunal hearing withdraw suspend transfer");
}

/* Once extended, extend is no longer allowed, so the events offered in a
 * refusal (and to the UI) must not include it. */
static void test_allowed_after_extension_omits_extend(void **state)
{
	struct fx *f = *state;
	int64_t id = case_in(f, STAGE_ACCEPTED);

	ev_ok(f, EV(f, &f->supervisor, id, "extend", "2026-11-10", .reason = "案情复杂"));
	assert_int_equal(EV(f, &f->supervisor, id, "award", "2026-11-11", AMOUNTS("1")), TC_REFUSED);
	assert_contains(f->err.msg, "现在可以:");
	assert_lacks(f->err.msg, "extend");

	struct strbuf sb = {0};
	size_t n = 0;
	assert_int_equal(wf_allowed_case(f->db, &f->supervisor, id, &sb, &n, &f->err), TC_OK);
	assert_int_equal(n, 6);
	assert_string_equal(sb_str(&sb), "mediate tribunal hearing withdraw suspend transfer");
	sb_free(&sb);
	/* a case not yet extended still offers it */
	int64_t other = case_in(f, STAGE_HEARING);
	assert_int_equal(wf_allowed_case(f->db, &f->supervisor, other, &sb, &n, &f->err), TC_OK);
	assert_string_equal(sb_str(&sb), "tribunal hearing hearing-postpone hearing-cancel hearing-held award settle withdraw suspend"
			    " extend transfer");
	sb_free(&sb);
	/* and a lawyer is offered nothing */
	assert_int_equal(wf_allowed_case(f->db, &f->lawyer, other, &sb, &n, &f->err), TC_OK);
	assert_int_equal(n, 0);
	sb_free(&sb);
}

/* ---- roles ----------------------------------------------------------- */

static void test_roles(void **state)
{
	struct fx *f = *state;
	int64_t acc = case_in(f, STAGE_ACCEPTED);
	int64_t rec = case_in(f, STAGE_RECEIVED);
	int64_t med = case_in(f, STAGE_MEDIATING);
	int64_t v;

	/* a clerk cannot extend, a supervisor can */
	v = atoll(case_col(f, acc, "version"));
	assert_int_equal(EV(f, &f->clerk, acc, "extend", "2026-11-10", .reason = "案情复杂"), TC_REFUSED);
	assert_string_equal(f->err.msg, "zhengli (书记员) 不能办理「延长审限」, 需由管理员、院领导办理");
	assert_int_equal(atoll(case_col(f, acc, "version")), v);
	assert_string_equal(case_col(f, acc, "extended"), "0");
	ev_ok(f, EV(f, &f->supervisor, acc, "extend", "2026-11-10", .reason = "案情复杂"));
	assert_string_equal(case_col(f, acc, "extended"), "1");

	/* a mediator cannot accept */
	assert_int_equal(EV(f, &f->mediator, rec, "accept", "2026-11-10"), TC_REFUSED);
	assert_string_equal(f->err.msg, "chenlp (调解员) 不能办理「受理」, 需由管理员、书记员、院领导办理");
	assert_string_equal(case_col(f, rec, "stage"), "received");
	/* ... nor start a mediation (the desk assigns mediators) */
	assert_int_equal(EV(f, &f->mediator, acc, "mediate", "2026-11-10", .mediator = MEDIATOR),
			 TC_REFUSED);
	/* ... but settles a case in mediation */
	ev_ok(f, EV(f, &f->mediator, med, "settle", "2026-11-10", AMOUNTS("6000")));
	assert_string_equal(case_col(f, med, "outcome"), "调解");
	assert_string_equal(case_col(f, med, "resolved"), "600000");

	/* an arbitrator awards but does not accept */
	assert_int_equal(EV(f, &f->arbitrator, rec, "accept", "2026-11-10"), TC_REFUSED);
}

/* A lawyer reads; every event on every stage is refused and changes nothing. */
static void test_lawyer_does_nothing(void **state)
{
	struct fx *f = *state;
	const struct wf_event_def *evs;
	size_t nev = wf_events(&evs);
	struct strbuf sb = {0};

	for (int s = STAGE_RECEIVED; s < STAGE_CLOSED; s++) {
		int64_t id = case_in(f, (enum stage)s);
		int64_t v = atoll(case_col(f, id, "version")), j = journal_count(f, id);
		for (size_t i = 0; i < nev; i++) {
			enum tc_status st = EV(f, &f->lawyer, id, evs[i].name, "2026-11-10",
					       .reason = "x", .mediator = MEDIATOR, .arbitrator = ARBITRATOR,
					       .at = "2026-11-25 09:30", .to = "x", AMOUNTS("1"));
			assert_int_equal(st, TC_REFUSED);
			assert_string_equal(f->err.msg, "lvshi (法律援助律师) 只能查看案件, 不能办理");
		}
		assert_int_equal(atoll(case_col(f, id, "version")), v);
		assert_int_equal(journal_count(f, id), j);
		assert_int_equal(wf_allowed((enum stage)s, &f->lawyer, &sb), 0);
		assert_string_equal(sb_str(&sb), "");
	}
	sb_free(&sb);
	/* nor register an application */
	struct add_opts o = {.received = "2026-11-10"};
	int64_t id;
	assert_int_equal(add_case(f, &f->lawyer, &o, &id, NULL), TC_REFUSED);
}

static void test_allowed_lists(void **state)
{
	struct fx *f = *state;
	struct strbuf sb = {0};

	assert_int_equal(wf_allowed(STAGE_RECEIVED, &f->clerk, &sb), 5);
	assert_string_equal(sb_str(&sb), "accept refuse premediate withdraw transfer");
	sb_free(&sb);
	assert_int_equal(wf_allowed(STAGE_MEDIATING, &f->mediator, &sb), 2);
	assert_string_equal(sb_str(&sb), "settle fail");
	sb_free(&sb);
	assert_int_equal(wf_allowed(STAGE_HEARING, &f->arbitrator, &sb), 7);
	assert_string_equal(sb_str(&sb),
			    "hearing hearing-postpone hearing-cancel hearing-held award settle suspend");
	sb_free(&sb);
	assert_int_equal(wf_allowed(STAGE_SUSPENDED, &f->supervisor, &sb), 3);
	assert_string_equal(sb_str(&sb), "tribunal resume withdraw");
	sb_free(&sb);
	assert_int_equal(wf_allowed(STAGE_CLOSED, &f->admin, &sb), 0);
	sb_free(&sb);
}

/* ---- the clocks on real cases ---------------------------------------- */

/* domain.md's worked example: accepted Fri 2026-03-20, day 45 is Mon 05-04
 * (劳动节 05-01..05), due Wed 2026-05-06. */
static void test_worked_example_2026_03_20(void **state)
{
	struct fx *f = *state;
	int64_t id = new_case(f, "2026-03-18");
	struct case_detail *d;

	/* received Wed 03-18, 5 days: Mon 03-23, a working day */
	assert_string_equal(case_col(f, id, "accept_due"), "2026-03-23");
	assert_string_equal(case_col(f, id, "next_due"), "2026-03-23");
	ev_ok(f, EV(f, &f->clerk, id, "accept", "2026-03-20"));
	assert_string_equal(case_col(f, id, "accepted_on"), "2026-03-20");
	/* 03-20 + 11 = 03-31, + 30 = 04-30 (41 days), + 4 = 05-04 (45),
	 * a holiday; 05-05 too; Wed 05-06 is the first working day. */
	assert_string_equal(case_col(f, id, "close_due"), "2026-05-06");
	/* The tribunal must be formed first: 03-20 + 5 = Wed 03-25. */
	assert_string_equal(case_col(f, id, "tribunal_due"), "2026-03-25");
	assert_string_equal(case_col(f, id, "next_due"), "2026-03-25");
	assert_string_equal(case_col(f, id, "next_clock"), "tribunal");

	assert_int_equal(case_detail_get(f->db, &f->clerk, id, f->today, &d, &f->err), TC_OK);
	assert_string_equal(d->row.close_due, "2026-05-06");
	/* today 11-22 is long past: overdue */
	assert_true(d->row.overdue);
	assert_int_equal(d->row.days_left, D("2026-03-25") - D("2026-11-22"));
	case_detail_free(d);
}

/* Accepted Thu 2025-12-25: 12-31 is day 6, 01-31 day 37, 02-08 (Sun) day
 * 45 -> Mon 2026-02-09.  The case is numbered in 2025, its year of receipt. */
static void test_worked_example_2025_12_25(void **state)
{
	struct fx *f = *state;
	struct add_opts o = {.received = "2025-12-24"};
	char no[96];
	int64_t id;

	assert_int_equal(add_case(f, &f->clerk, &o, &id, no), TC_OK);
	assert_string_equal(no, "贵劳人仲案字〔2025〕第1号");
	/* 12-24 (Wed) + 5 = Mon 12-29 */
	assert_string_equal(case_col(f, id, "accept_due"), "2025-12-29");
	ev_ok(f, EV(f, &f->clerk, id, "accept", "2025-12-25"));
	assert_string_equal(case_col(f, id, "close_due"), "2026-02-09");
}

/* Received Mon 2026-02-09: day 5 is Sat 02-14, a worked Saturday (春节
 * 调休), so it stays. */
static void test_accept_due_worked_saturday(void **state)
{
	struct fx *f = *state;
	int64_t id = new_case(f, "2026-02-09");

	assert_string_equal(case_col(f, id, "accept_due"), "2026-02-14");
	assert_string_equal(case_col(f, id, "next_clock"), "accept");
}

/* An office that reads the 5 days as working days (the 2017 rules):
 * received Tue 2026-09-29 -> 09-30 (1), 国庆 10-01..07 off, 10-08 (2),
 * 10-09 (3), Sat 10-10 worked (4), Sun 10-11 off, Mon 10-12 (5).  The
 * cached deadline of an open case follows the rule when it changes. */
static void test_accept_rule_in_working_days(void **state)
{
	struct fx *f = *state;
	int64_t id = new_case(f, "2026-09-29");

	/* calendar days: 10-04 is a holiday (国庆) -> first working day 10-08 */
	assert_string_equal(case_col(f, id, "accept_due"), "2026-10-08");
	/* The office switches the rule; open cases are recomputed with it. */
	assert_int_equal(office_rule_set(f->db, &f->admin, "accept", 0, "working", &f->err), TC_OK);
	assert_string_equal(case_col(f, id, "accept_due"), "2026-10-12");
	assert_string_equal(case_col(f, id, "next_due"), "2026-10-12");
	int64_t id2 = new_case(f, "2026-09-29");
	assert_string_equal(case_col(f, id2, "accept_due"), "2026-10-12");
}

/* Accepted Mon 2026-03-02: 45 days -> 03-31 is day 29, 04-16 (Thu) day 45.
 * Suspended 03-10, resumed 03-30: 20 days paused, so 65 days: 04-30 is day
 * 59, 05-06 (Wed) day 65, after 劳动节 (05-01..05), a working day.
 * Extended: 80 days, 05-21 (Thu), a working day. */
static void test_suspension_and_extension(void **state)
{
	struct fx *f = *state;
	int64_t id = new_case(f, "2026-03-02");
	struct docket_filter q = {.stage = -1, .track = DOCKET_TRACK_ANY, .overdue = true};
	struct case_detail *d;

	ev_ok(f, EV(f, &f->clerk, id, "accept", "2026-03-02"));
	assert_string_equal(case_col(f, id, "close_due"), "2026-04-16");
	/* The tribunal clock first: 03-02 + 5 = Sat 03-07 -> Mon 03-09. */
	assert_string_equal(case_col(f, id, "next_due"), "2026-03-09");

	/* Only the arbitrator of the case may suspend it: none is assigned yet. */
	assert_int_equal(EV(f, &f->arbitrator, id, "suspend", "2026-03-10", .reason = "等待工伤鉴定"),
			 TC_REFUSED);
	assert_non_null(strstr(f->err.msg, "不是本案的仲裁员"));
	ev_ok(f, EV(f, &f->clerk, id, "suspend", "2026-03-10", .reason = "等待工伤鉴定"));
	/* While suspended no clock runs: nothing due, not overdue even though
	 * 04-16 has long passed by today (11-22). */
	assert_string_equal(case_col(f, id, "next_due"), "NULL");
	assert_int_equal(case_detail_get(f->db, &f->clerk, id, f->today, &d, &f->err), TC_OK);
	assert_false(d->row.overdue);
	assert_string_equal(d->row.next_due, "");
	for (size_t i = 0; i < d->nclocks; i++)
		assert_false(d->clocks[i].running);
	case_detail_free(d);
	int n = 0;
	assert_int_equal(docket_each(f->db, &f->clerk, &q, DOCKET_SORT_DUE, f->today, 0, count_fn, &n,
				     &f->err), TC_OK);
	assert_int_equal(n, 0);

	ev_ok(f, EV(f, &f->clerk, id, "resume", "2026-03-30"));
	assert_string_equal(case_col(f, id, "suspended_days"), "20");
	assert_string_equal(case_col(f, id, "close_due"), "2026-05-06");
	/* The tribunal clock does not move with the suspension. */
	assert_string_equal(case_col(f, id, "next_due"), "2026-03-09");
	n = 0;
	assert_int_equal(docket_each(f->db, &f->clerk, &q, DOCKET_SORT_DUE, f->today, 0, count_fn, &n,
				     &f->err), TC_OK);
	assert_int_equal(n, 1); /* running again, and past due */

	ev_ok(f, EV(f, &f->supervisor, id, "extend", "2026-04-01", .reason = "案情复杂"));
	assert_string_equal(case_col(f, id, "close_due"), "2026-05-21");
	assert_string_equal(case_col(f, id, "stage"), "accepted");
}

/* Fast track: the target is 30 days from acceptance, rolled.  Accepted Fri
 * 03-20: 03-31 is day 11, 04-19 (Sun) day 30 -> Mon 04-20.  The statutory
 * 45 days still run beside it (05-06). */
static void test_fast_track_target(void **state)
{
	struct fx *f = *state;
	struct add_opts o = {.received = "2026-03-20", .fast = true};
	struct case_detail *d;
	int64_t id;
	char no[96];

	assert_int_equal(add_case(f, &f->clerk, &o, &id, no), TC_OK);
	assert_string_equal(no, "贵劳人仲速裁字〔2026〕第1号");
	ev_ok(f, EV(f, &f->clerk, id, "accept", "2026-03-20"));
	assert_string_equal(case_col(f, id, "target_due"), "2026-04-20");
	assert_string_equal(case_col(f, id, "close_due"), "2026-05-06");
	assert_int_equal(case_detail_get(f->db, &f->clerk, id, f->today, &d, &f->err), TC_OK);
	bool seen = false;
	for (size_t i = 0; i < d->nclocks; i++) {
		if (strcmp(d->clocks[i].name, "target") == 0) {
			assert_string_equal(d->clocks[i].due, "2026-04-20");
			assert_string_equal(d->clocks[i].start, "2026-03-20");
			assert_int_equal(d->clocks[i].days, 30);
			seen = true;
		}
	}
	assert_true(seen);
	assert_string_equal(d->row.track, "速裁");
	case_detail_free(d);
	/* an ordinary case has no target */
	int64_t plain = new_case(f, "2026-03-20");
	ev_ok(f, EV(f, &f->clerk, plain, "accept", "2026-03-20"));
	assert_string_equal(case_col(f, plain, "target_due"), "NULL");
}

/* ---- 一裁终局 --------------------------------------------------------- */

/* A case in hearing with the given claims. */
static int64_t hearing_case(struct fx *f, const struct add_opts *o)
{
	int64_t id;
	assert_int_equal(add_case(f, &f->clerk, o, &id, NULL), TC_OK);
	char at[20];
	/* Each case in its own ten minutes, heard on 11-20. */
	snprintf(at, sizeof at, "2026-11-20 %02d:%02d", 8 + (int)(id % 48) / 6, (int)(id % 6) * 10);
	ev_ok(f, EV(f, &f->clerk, id, "accept", "2026-11-03"));
	ev_ok(f, EV(f, &f->clerk, id, "hearing", "2026-11-05", .at = at, .minutes = 10,
		    .arbitrator = ARBITRATOR, .room = "第一仲裁庭"));
	ev_ok(f, EV(f, &f->clerk, id, "hearing-held", "2026-11-20"));
	return id;
}

static const char *claim_col(struct fx *f, int64_t id, int pos, const char *col)
{
	static char buf[4][64];
	static int k;
	char *out = buf[k++ % 4];
	char sql[128];
	sqlite3_stmt *st;

	snprintf(sql, sizeof sql, "SELECT %s FROM claims WHERE case_id = ?1 AND pos = ?2", col);
	assert_int_equal(sqlite3_prepare_v2(f->db->h, sql, -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int(st, 2, pos);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	snprintf(out, 64, "%s", sqlite3_column_type(st, 0) == SQLITE_NULL ? "NULL"
				: (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return out;
}

/* min_wage 213000 fen: the limit per item is 12 x ¥2,130.00 = ¥25,560.00. */
static void test_final_award_per_item(void **state)
{
	struct fx *f = *state;
	struct add_opts two = {.received = "2026-11-02",
			       .claims = {{"工资", "30000"}, {"加班费", "30000"}}};
	int64_t a, b, c;

	assert_int_equal(db_setting_set(f->db, "min_wage", "213000", &f->err), TC_OK);

	/* both items exactly at the limit: final */
	a = hearing_case(f, &two);
	ev_ok(f, EV(f, &f->arbitrator, a, "award", "2026-11-20", AMOUNTS("1:25560", "2:25,560.00")));
	assert_string_equal(f->res.outcome, "终局裁决");
	assert_string_equal(case_col(f, a, "outcome"), "终局裁决");
	assert_string_equal(case_col(f, a, "final_award"), "1");
	assert_string_equal(case_col(f, a, "resolved"), "5112000");
	assert_string_equal(claim_col(f, a, 1, "resolved"), "2556000");
	assert_string_equal(claim_col(f, a, 1, "final"), "1");
	assert_string_equal(claim_col(f, a, 2, "final"), "1");

	/* item 1 one fen above: item 1 is not final, item 2 still is: a mixed award (办案规则 Art 50) */
	b = hearing_case(f, &two);
	ev_ok(f, EV(f, &f->arbitrator, b, "award", "2026-11-20", AMOUNTS("1:25560.01", "2:100")));
	assert_string_equal(case_col(f, b, "outcome"), "部分终局裁决");
	assert_string_equal(case_col(f, b, "final_award"), "0");
	assert_string_equal(claim_col(f, b, 1, "resolved"), "2556001");
	assert_string_equal(claim_col(f, b, 1, "final"), "0");
	assert_string_equal(claim_col(f, b, 2, "final"), "1");
	assert_string_equal(case_col(f, b, "resolved"), "2566001");

	/* a total for several claims is refused: an award goes item by item */
	c = hearing_case(f, &two);
	int64_t v = atoll(case_col(f, c, "version"));
	assert_int_equal(EV(f, &f->arbitrator, c, "award", "2026-11-20", AMOUNTS("20000")), TC_REFUSED);
	assert_string_equal(f->err.field, "amount");
	assert_contains(f->err.msg, "逐项");
	assert_string_equal(case_col(f, c, "stage"), "hearing");
	assert_int_equal(atoll(case_col(f, c, "version")), v);
	assert_string_equal(claim_col(f, c, 1, "resolved"), "NULL");
	/* a claim number that does not exist */
	assert_int_equal(EV(f, &f->arbitrator, c, "award", "2026-11-20", AMOUNTS("3:100")), TC_REFUSED);
	/* per item by kind works too; an item not named is awarded 0 */
	ev_ok(f, EV(f, &f->arbitrator, c, "award", "2026-11-20", AMOUNTS("工资:1000")));
	assert_string_equal(claim_col(f, c, 2, "resolved"), "0");
	assert_string_equal(case_col(f, c, "outcome"), "终局裁决");
}

/* Kind 其他 is outside 调解仲裁法 Art 47(1): never final. */
static void test_final_award_other_kind(void **state)
{
	struct fx *f = *state;
	struct add_opts o = {.received = "2026-11-02", .claims = {{"其他", "1000"}}};
	int64_t id;

	id = hearing_case(f, &o);
	ev_ok(f, EV(f, &f->arbitrator, id, "award", "2026-11-20", AMOUNTS("1000")));
	assert_string_equal(case_col(f, id, "outcome"), "非终局裁决");
	assert_string_equal(claim_col(f, id, 1, "final"), "0");
}

/* 调解仲裁法 Art 47(2): working time, rest and leave, social insurance are
 * final whatever the amount; beside a wage item within the limit the
 * award is final, though 社会保险 alone is ¥100,000 (far above ¥25,560),
 * and an Art 47(2) item may carry no amount at all. */
static void test_final_award_art47_2(void **state)
{
	struct fx *f = *state;
	struct add_opts o = {.received = "2026-11-02",
			     .claims = {{"工资", "8000"}, {"社会保险", "100000"}, {"休息休假", "0"}}};
	int64_t id;

	id = hearing_case(f, &o);
	ev_ok(f, EV(f, &f->arbitrator, id, "award", "2026-11-20",
		    AMOUNTS("1:8000", "2:100000", "3:0")));
	assert_string_equal(case_col(f, id, "outcome"), "终局裁决");
	assert_string_equal(claim_col(f, id, 1, "final"), "1");
	assert_string_equal(claim_col(f, id, 2, "final"), "1");
	assert_string_equal(claim_col(f, id, 3, "final"), "1");
	/* 工作时间 at any amount too; a 47(1) kind is still capped. */
	assert_int_equal(case_claim_final("工作时间"), CLAIM_FINAL_ALWAYS);
	assert_int_equal(case_claim_final("赔偿金"), CLAIM_FINAL_CAPPED);
	assert_int_equal(case_claim_final("其他"), CLAIM_FINAL_NEVER);
	/* A money kind with no amount is still refused. */
	struct add_opts z = {.received = "2026-11-02", .claims = {{"工资", "0"}}};
	int64_t zid;
	assert_int_equal(add_case(f, &f->clerk, &z, &zid, NULL), TC_REFUSED);
}

/* The limit follows the office's setting, not a constant. */
static void test_final_award_follows_min_wage(void **state)
{
	struct fx *f = *state;
	struct add_opts o = {.received = "2026-11-02", .claims = {{"工资", "30000"}}};
	int64_t id;

	/* ¥2,000 a month: limit ¥24,000; ¥25,560 is above it */
	assert_int_equal(db_setting_set(f->db, "min_wage", "200000", &f->err), TC_OK);
	id = hearing_case(f, &o);
	ev_ok(f, EV(f, &f->arbitrator, id, "award", "2026-11-20", AMOUNTS("25560")));
	assert_string_equal(case_col(f, id, "outcome"), "非终局裁决");
}

/* ---- registration ---------------------------------------------------- */

struct bad_add {
	const char *what;
	const char *field_word; /* must appear in the message */
	struct case_party_in app, resp;
	struct case_claim_in claim;
	const char *received, *uscc_unverified;
};

static void test_case_add_refusals_store_nothing(void **state)
{
	struct fx *f = *state;
	const struct case_party_in app = {.name = "张三", .id_no = ID_A, .phone = "13985017342"};
	const struct case_party_in resp = {.name = "某劳务公司", .uscc = USCC_OK};
	const struct case_claim_in claim = {.kind = "工资", .amount = "8000"};
	struct bad_add bad[] = {
		{.what = "bad ID check character", .field_word = "第18位应为 X",
		 .app = {.name = "张三", .id_no = ID_BAD_CHECK}},
		{.what = "ID too short", .field_word = "身份证号",
		 .app = {.name = "张三", .id_no = "11010519491231"}},
		{.what = "no ID", .field_word = "身份证号", .app = {.name = "张三"}},
		{.what = "no name", .field_word = "申请人姓名", .app = {.id_no = ID_A}},
		{.what = "bad USCC, no reason", .field_word = "统一社会信用代码",
		 .resp = {.name = "某劳务公司", .uscc = USCC_BAD_CHECK}},
		{.what = "bad phone", .field_word = "电话",
		 .app = {.name = "张三", .id_no = ID_A, .phone = "12345"}},
		{.what = "bad date", .field_word = "收案日期", .received = "2026-02-30"},
		{.what = "unknown claim kind", .field_word = "请求类别",
		 .claim = {.kind = "奖金", .amount = "8000"}},
		{.what = "bad money", .field_word = "请求金额",
		 .claim = {.kind = "工资", .amount = "8千"}},
		{.what = "zero money", .field_word = "请求金额", .claim = {.kind = "工资", .amount = "0"}},
		{.what = "received in the future", .field_word = "收案日期", .received = "2026-11-23"},
		{.what = "reason for a valid USCC", .field_word = "uscc-unverified",
		 .uscc_unverified = "老代码"},
	};
	char before[128], after[128];

	/* one good case first, so the counts are not all zero */
	new_case(f, "2026-11-02");
	counts(f, before);
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		struct case_party_in a = bad[i].app.name || bad[i].app.id_no ? bad[i].app : app;
		struct case_party_in r = bad[i].resp.name ? bad[i].resp : resp;
		struct case_claim_in c = bad[i].claim.kind ? bad[i].claim : claim;
		struct case_new req = {.applicants = &a, .napplicants = 1, .respondents = &r,
				       .nrespondents = 1, .claims = &c, .nclaims = 1,
				       .received = bad[i].received ? bad[i].received : "2026-11-10",
				       .uscc_unverified = bad[i].uscc_unverified};
		struct tc_err e = {0};
		char no[96];
		int64_t id;
		enum tc_status st = case_add(f->db, &f->clerk, &req, f->today, &id, no, NULL, &e);
		if (st == TC_OK)
			fprintf(stderr, "%s: accepted as %s\n", bad[i].what, no);
		assert_int_not_equal(st, TC_OK);
		if (strstr(e.msg, bad[i].field_word) == NULL) {
			fprintf(stderr, "%s: \"%s\" lacks \"%s\"\n", bad[i].what, e.msg, bad[i].field_word);
			fail();
		}
		counts(f, after);
		assert_string_equal(after, before);
	}
	/* The exact words for the check character (domain.md, style.md). */
	{
		struct case_party_in a = {.name = "张三", .id_no = ID_BAD_CHECK};
		struct case_party_in r = resp;
		struct case_claim_in c = claim;
		struct case_new req = {.applicants = &a, .napplicants = 1, .respondents = &r,
				       .nrespondents = 1, .claims = &c, .nclaims = 1};
		struct tc_err e = {0};
		char no[96];
		int64_t id;
		assert_int_equal(case_add(f->db, &f->clerk, &req, f->today, &id, no, NULL, &e), TC_REFUSED);
		assert_string_equal(e.msg, "申请人身份证号: 校验位不符, 第18位应为 X");
	}
	/* the sequence was not used up by the refusals */
	struct add_opts o = {.received = "2026-11-10"};
	char no[96];
	int64_t id;
	assert_int_equal(add_case(f, &f->clerk, &o, &id, no), TC_OK);
	assert_string_equal(no, "贵劳人仲案字〔2026〕第2号");
}

/* A USCC that fails its check is kept on the clerk's word, with the reason
 * stored and journalled. */
static void test_uscc_unverified_kept(void **state)
{
	struct fx *f = *state;
	struct case_party_in app = {.name = "李四", .id_no = ID_B};
	struct case_party_in resp = {.name = "贵阳老字号劳务有限公司", .uscc = "91350100m000100y44"};
	struct case_claim_in c = {.kind = "工资", .amount = "1.5万"};
	struct case_new req = {.applicants = &app, .napplicants = 1, .respondents = &resp,
			       .nrespondents = 1, .claims = &c, .nclaims = 1,
			       .received = "2026-11-10",
			       .uscc_unverified = "营业执照原件核实, 早期赋码"};
	char no[96];
	int64_t id;

	assert_int_equal(case_add(f->db, &f->clerk, &req, f->today, &id, no, NULL, &f->err), TC_OK);
	assert_string_equal(case_col(f, id, "respondent_uscc"), USCC_BAD_CHECK);
	assert_string_equal(case_col(f, id, "claimed"), "1500000");
	assert_int_equal(q_int(f, "SELECT count(*) FROM journal WHERE kind = 'uscc_unverified'"
				  " AND detail LIKE '%营业执照原件核实%'"),
			 1);
	assert_int_equal(q_int(f, "SELECT count(*) FROM parties WHERE uscc_unverified ="
				  " '营业执照原件核实, 早期赋码' AND side = 'respondent'"),
			 1);
}

/* A failing USCC typed with full-width characters (as Chinese input
 * methods produce) is kept in its normalised form, like any other. */
static void test_uscc_unverified_fullwidth(void **state)
{
	struct fx *f = *state;
	struct case_party_in app = {.name = "李四", .id_no = ID_B};
	struct case_party_in resp = {.name = "贵阳老字号劳务有限公司",
				     .uscc = "９１３５０１００Ｍ０００１００Ｙ４４"};
	struct case_claim_in c = {.kind = "工资", .amount = "8000"};
	struct case_new req = {.applicants = &app, .napplicants = 1, .respondents = &resp,
			       .nrespondents = 1, .claims = &c, .nclaims = 1,
			       .received = "2026-11-10", .uscc_unverified = "早期赋码"};
	char no[96];
	int64_t id;

	assert_int_equal(case_add(f->db, &f->clerk, &req, f->today, &id, no, NULL, &f->err), TC_OK);
	assert_string_equal(case_col(f, id, "respondent_uscc"), USCC_BAD_CHECK);
	assert_int_equal(q_int(f, "SELECT count(*) FROM parties WHERE uscc = '" USCC_BAD_CHECK "'"), 1);
}

/* Per-year sequence, the fast-track word, the year of receipt, never twice. */
static void test_case_numbers(void **state)
{
	struct fx *f = *state;
	struct { const char *received; bool fast; const char *want; } seq[] = {
		{"2026-01-05", false, "贵劳人仲案字〔2026〕第1号"},
		{"2025-12-30", false, "贵劳人仲案字〔2025〕第1号"},
		{"2026-01-05", true, "贵劳人仲速裁字〔2026〕第2号"},
		{"2026-11-20", false, "贵劳人仲案字〔2026〕第3号"},
		{"2025-06-30", true, "贵劳人仲速裁字〔2025〕第2号"},
		{"2026-11-22", false, "贵劳人仲案字〔2026〕第4号"},
	};
	for (size_t i = 0; i < sizeof seq / sizeof seq[0]; i++) {
		struct add_opts o = {.received = seq[i].received, .fast = seq[i].fast};
		char no[96];
		int64_t id;
		assert_int_equal(add_case(f, &f->clerk, &o, &id, no), TC_OK);
		assert_string_equal(no, seq[i].want);
		assert_string_equal(case_col(f, id, "case_no"), seq[i].want);
		assert_int_equal(atoi(case_col(f, id, "year")), atoi(seq[i].received));
	}
	/* many more: never a repeat, no gap */
	for (int i = 0; i < 40; i++)
		new_case(f, "2026-06-01");
	assert_int_equal(q_int(f, "SELECT count(DISTINCT case_no) FROM cases"), 46);
	assert_int_equal(q_int(f, "SELECT max(seq) FROM cases WHERE year = 2026"), 44);
	assert_int_equal(q_int(f, "SELECT count(*) FROM cases WHERE year = 2026"), 44);
	/* case_find by YEAR-SEQ and by the full number */
	int64_t id;
	assert_int_equal(case_find(f->db, &f->clerk, "2025-2", &id, &f->err), TC_OK);
	assert_string_equal(case_col(f, id, "case_no"), "贵劳人仲速裁字〔2025〕第2号");
	assert_int_equal(case_find(f->db, &f->clerk, "贵劳人仲案字〔2026〕第3号", &id, &f->err), TC_OK);
	assert_string_equal(case_col(f, id, "received_on"), "2026-11-20");
	assert_int_equal(case_find(f->db, &f->clerk, "2026-999", &id, &f->err), TC_REFUSED);
}

/* A lawyer finds only linked cases and sees ID numbers masked. */
static void test_lawyer_sees_linked_cases_masked(void **state)
{
	struct fx *f = *state;
	struct add_opts linked = {.received = "2026-11-10", .lawyer = "lvshi", .id_no = ID_A};
	struct add_opts other = {.received = "2026-11-10"};
	struct docket_filter q = {.stage = -1, .track = DOCKET_TRACK_ANY};
	struct case_detail *d;
	int64_t a, b, id;
	char no[96];
	int n = 0;

	assert_int_equal(add_case(f, &f->clerk, &linked, &a, no), TC_OK);
	assert_int_equal(add_case(f, &f->clerk, &other, &b, NULL), TC_OK);
	assert_string_equal(case_col(f, a, "legal_aid"), "1");
	/* only a user whose role is lawyer may be linked */
	struct add_opts wrong = {.received = "2026-11-10", .lawyer = "zhengli"};
	assert_int_equal(add_case(f, &f->clerk, &wrong, &id, NULL), TC_REFUSED);
	assert_string_equal(f->err.field, "lawyer");

	assert_int_equal(docket_each(f->db, &f->lawyer, &q, DOCKET_SORT_DUE, f->today, 0, count_fn, &n,
				     &f->err), TC_OK);
	assert_int_equal(n, 1);
	assert_int_equal(case_find(f->db, &f->lawyer, "2026-2", &id, &f->err), TC_REFUSED);
	assert_int_equal(case_find(f->db, &f->lawyer, no, &id, &f->err), TC_OK);
	assert_int_equal(id, a);
	assert_int_equal(case_detail_get(f->db, &f->lawyer, a, f->today, &d, &f->err), TC_OK);
	assert_string_equal(d->parties[0].side, "applicant");
	assert_string_equal(d->parties[0].id_no, "110105********002X");
	assert_string_equal(d->parties[0].phone, "");
	case_detail_free(d);
	/* the clerk sees the whole number */
	assert_int_equal(case_detail_get(f->db, &f->clerk, a, f->today, &d, &f->err), TC_OK);
	assert_string_equal(d->parties[0].id_no, ID_A);
	case_detail_free(d);
	/* and searching by ID number does not work for the lawyer */
	q.text = ID_A;
	n = 0;
	assert_int_equal(docket_each(f->db, &f->lawyer, &q, DOCKET_SORT_DUE, f->today, 0, count_fn, &n,
				     &f->err), TC_OK);
	assert_int_equal(n, 0);
	n = 0;
	assert_int_equal(docket_each(f->db, &f->clerk, &q, DOCKET_SORT_DUE, f->today, 0, count_fn, &n,
				     &f->err), TC_OK);
	assert_int_equal(n, 1);
}

/* ---- the journal and stale edits ------------------------------------- */

static void test_journal_append_only(void **state)
{
	struct fx *f = *state;
	int64_t id = case_in(f, STAGE_ACCEPTED);
	int64_t n = q_int(f, "SELECT count(*) FROM journal");
	char *msg = NULL;

	assert_int_not_equal(sqlite3_exec(f->db->h, "UPDATE journal SET detail = '改过'", NULL, NULL, &msg),
			     SQLITE_OK);
	assert_non_null(msg);
	assert_contains(msg, "append-only");
	sqlite3_free(msg);
	msg = NULL;
	assert_int_not_equal(sqlite3_exec(f->db->h, "DELETE FROM journal WHERE case_id IS NOT NULL",
					  NULL, NULL, &msg),
			     SQLITE_OK);
	sqlite3_free(msg);
	assert_int_equal(q_int(f, "SELECT count(*) FROM journal"), n);
	assert_int_equal(q_int(f, "SELECT count(*) FROM journal WHERE detail = '改过'"), 0);
	/* the timeline of the case: add then accept, oldest first */
	assert_int_equal(journal_count(f, id), 2);
	assert_string_equal(last_kind(f, id), "accept");
}

static void test_stale_edit_refused(void **state)
{
	struct fx *f = *state;
	int64_t id = new_case(f, "2026-11-02");
	int64_t v1 = atoll(case_col(f, id, "version"));

	ev_ok(f, EV(f, &f->clerk, id, "accept", "2026-11-03", .expect_version = v1));
	int64_t v2 = atoll(case_col(f, id, "version"));
	assert_int_equal(v2, v1 + 1);
	/* a second clerk still looking at version v1 */
	assert_int_equal(EV(f, &f->clerk, id, "mediate", "2026-11-04", .mediator = MEDIATOR,
			    .expect_version = v1),
			 TC_REFUSED);
	assert_string_equal(f->err.field, "version");
	assert_contains(f->err.msg, "已被他人修改");
	assert_int_equal(atoll(case_col(f, id, "version")), v2);
	assert_string_equal(case_col(f, id, "stage"), "accepted");
	assert_string_equal(case_col(f, id, "mediator_id"), "NULL");
	assert_int_equal(journal_count(f, id), 2);
	/* with the current version it goes through */
	ev_ok(f, EV(f, &f->clerk, id, "mediate", "2026-11-04", .mediator = MEDIATOR,
		    .expect_version = v2));
	assert_string_equal(case_col(f, id, "stage"), "mediating");
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_every_transition),
		T(test_resume_returns_to_previous_stage),
		T(test_premediation_fail_restarts_accept_clock),
		T(test_refused_events_name_allowed),
		T(test_event_dates_checked),
		T(test_extend_twice_refused),
		T(test_extend_twice_names_allowed),
		T(test_allowed_after_extension_omits_extend),
		T(test_roles),
		T(test_lawyer_does_nothing),
		T(test_allowed_lists),
		T(test_worked_example_2026_03_20),
		T(test_worked_example_2025_12_25),
		T(test_accept_due_worked_saturday),
		T(test_accept_rule_in_working_days),
		T(test_suspension_and_extension),
		T(test_fast_track_target),
		T(test_final_award_per_item),
		T(test_final_award_other_kind),
		T(test_final_award_art47_2),
		T(test_final_award_follows_min_wage),
		T(test_case_add_refusals_store_nothing),
		T(test_uscc_unverified_kept),
		T(test_uscc_unverified_fullwidth),
		T(test_case_numbers),
		T(test_lawyer_sees_linked_cases_masked),
		T(test_journal_append_only),
		T(test_stale_edit_refused),
	};
#undef T
	return cmocka_run_group_tests(tests, NULL, NULL);
}
