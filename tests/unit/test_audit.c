/*
 * test_audit.c - what `check --quick` rests on (audit.h): the point a check
 * that passed records, the quick audit from it (the rows after it
 * recomputed, their cases replayed, a change before it left to the full
 * audit, the point itself changed or gone), the queue of documents to
 * serve against the documents and services, and the clocks of a few cases
 * compared as deadline_verify compares them all.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "tiaocai/audit.h"
#include "tiaocai/case.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/deadline.h"
#include "tiaocai/journal.h"
#include "tiaocai/workflow.h"
#include "fixture.h"

#define USCC_OK "91350100M000100Y43"

struct fx {
	char *dir;
	struct db *db;
	int today;
	int64_t c1, c2;
	struct audit_point point;
	struct audit_report r;
	struct tc_err err;
};

static void run(struct db *db, const char *sql)
{
	char *msg = NULL;
	if (sqlite3_exec(db->h, sql, NULL, NULL, &msg) != SQLITE_OK)
		fail_msg("%s: %s", sql, msg ? msg : "?");
}

static int64_t new_case(struct fx *f, const char *received)
{
	static unsigned next_worker;
	struct case_party_in app = {.name = "张三", .id_no = fx_id_no(next_worker++)};
	struct case_party_in resp = {.name = "贵州黔城建工集团有限公司", .uscc = USCC_OK};
	struct case_claim_in cl = {.kind = "工资", .amount = "8000"};
	struct case_new req = {.applicants = &app, .napplicants = 1, .respondents = &resp,
			       .nrespondents = 1, .claims = &cl, .nclaims = 1, .received = received};
	char no[96];
	int64_t id = 0;

	if (case_add(f->db, &fx_admin, &req, f->today, &id, no, NULL, &f->err) != TC_OK)
		fail_msg("case_add: %s", f->err.msg);
	return id;
}

static void event(struct fx *f, int64_t id, const char *ev, const char *on)
{
	struct wf_request rq = {.event = ev, .on = fx_day(on)};
	struct wf_result res;
	if (wf_apply(f->db, &fx_admin, id, &rq, f->today, &res, &f->err) != TC_OK)
		fail_msg("%s: %s", ev, f->err.msg);
}

/* Case 1 accepted, case 2 received; a full audit passes and its point is
 * recorded, as `tiaocai check` does. */
static int setup(void **state)
{
	struct fx *f = xcalloc(1, sizeof *f);

	if ((f->dir = fx_tmpdir("audit")) == NULL)
		return -1;
	f->db = fx_db(f->dir, "t.db", true);
	f->today = fx_day("2026-11-22");
	f->c1 = new_case(f, "2026-11-02");
	event(f, f->c1, "accept", "2026-11-03");
	f->c2 = new_case(f, "2026-11-06");
	if (audit_verify(f->db, NULL, &f->r, &f->err) != TC_OK)
		fail_msg("audit_verify: %s", f->err.msg);
	if (f->r.broken || f->r.disagreeing)
		fail_msg("the fixture does not pass");
	f->point = (struct audit_point){.id = f->r.last_id};
	snprintf(f->point.hash, sizeof f->point.hash, "%s", f->r.head.hash);
	snprintf(f->point.by, sizeof f->point.by, "admin");
	if (audit_point_put(f->db, &f->point, &f->err) != TC_OK)
		fail_msg("audit_point_put: %s", f->err.msg);
	audit_report_free(&f->r);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fx *f = *state;

	audit_report_free(&f->r);
	fx_done(f->db, f->dir);
	free(f);
	return 0;
}

static void quick(struct fx *f)
{
	struct audit_point p;

	audit_report_free(&f->r);
	assert_int_equal(audit_point_get(f->db, &p, &f->err), TC_OK);
	assert_true(p.id > 0);
	if (audit_verify_quick(f->db, &p, &f->r, &f->err) != TC_OK)
		fail_msg("audit_verify_quick: %s", f->err.msg);
}

static void full(struct fx *f)
{
	audit_report_free(&f->r);
	if (audit_verify(f->db, NULL, &f->r, &f->err) != TC_OK)
		fail_msg("audit_verify: %s", f->err.msg);
}

/* The point as recorded comes back; an unreadable one is none. */
static void test_point(void **state)
{
	struct fx *f = *state;
	struct audit_point p;

	assert_int_equal(audit_point_get(f->db, &p, &f->err), TC_OK);
	assert_int_equal(p.id, fx_count(f->db, "SELECT max(id) FROM journal"));
	assert_int_equal(p.id, 5); /* 2 calendars, case 1 two rows, case 2 one */
	assert_string_equal(p.hash, f->point.hash);
	assert_string_equal(p.by, "admin");
	assert_int_equal(strlen(p.at), 19);
	assert_false(p.quick);
	run(f->db, "UPDATE settings SET value = '{\"id\":\"x\"}' WHERE key = 'check_point'");
	assert_int_equal(audit_point_get(f->db, &p, &f->err), TC_OK);
	assert_int_equal(p.id, 0);
	run(f->db, "DELETE FROM settings WHERE key = 'check_point'");
	assert_int_equal(audit_point_get(f->db, &p, &f->err), TC_OK);
	assert_int_equal(p.id, 0);
}

/* Nothing new: the point row alone is looked at, nothing replayed. */
static void test_nothing_new(void **state)
{
	struct fx *f = *state;

	quick(f);
	assert_int_equal(f->r.broken, 0);
	assert_int_equal(f->r.verified, 0);
	assert_int_equal(f->r.nreplayed, 0);
	assert_int_equal(f->r.last_id, f->point.id);
	assert_string_equal(f->r.head.hash, f->point.hash);
	assert_int_equal(f->r.head.rows, f->point.id);
}

/* New events on case 2 and a new case 3: the rows after the point are
 * recomputed, those two cases replayed (in id order), case 1 not. */
static void test_new_events(void **state)
{
	struct fx *f = *state;

	int64_t c3 = new_case(f, "2026-11-20");
	event(f, f->c2, "accept", "2026-11-21");
	quick(f);
	assert_int_equal(f->r.broken, 0);
	assert_int_equal(f->r.disagreeing, 0);
	assert_int_equal(f->r.from_id, f->point.id + 1);
	assert_int_equal(f->r.verified, 2);
	assert_int_equal(f->r.last_id, f->point.id + 2);
	assert_int_equal(f->r.nreplayed, 2);
	assert_int_equal(f->r.replayed[0], f->c2);
	assert_int_equal(f->r.replayed[1], c3);
	assert_int_equal(f->r.cases, 2);
	assert_false(f->r.rules_changed);
	/* A rule changed since: every clock may have moved. */
	assert_int_equal(journal_add(f->db, 0, DATE_NONE, "admin", "rule", "规则 close: 45 日", &f->err),
			 TC_OK);
	quick(f);
	assert_true(f->r.rules_changed);
}

/* A row after the point changed: named.  One at or before it: left to
 * the full audit, which names it. */
static void test_changed_rows(void **state)
{
	struct fx *f = *state;
	char sql[256];

	event(f, f->c2, "accept", "2026-11-21");
	int64_t recent = f->point.id + 1, old = 3;
	snprintf(sql, sizeof sql,
		 "INSERT OR REPLACE INTO journal SELECT id, recorded_at, effective_on, 'clerk2',"
		 " case_id, kind, detail, snapshot, hash FROM journal WHERE id IN (%lld, %lld)",
		 (long long)recent, (long long)old);
	run(f->db, sql);
	quick(f);
	assert_int_equal(f->r.broken, 1);
	assert_int_equal(f->r.first_broken, recent);
	assert_false(f->r.point_lost);
	full(f);
	assert_int_equal(f->r.broken, 2);
	assert_int_equal(f->r.first_broken, old);
}

/* The point's own row changed, or gone with the rows after it. */
static void test_point_lost(void **state)
{
	struct fx *f = *state;

	run(f->db, "INSERT OR REPLACE INTO journal SELECT id, recorded_at, effective_on, 'clerk2',"
		   " case_id, kind, detail, snapshot, hash FROM journal"
		   " WHERE id = (SELECT max(id) FROM journal)");
	quick(f);
	assert_int_equal(f->r.broken, 1);
	assert_false(f->r.point_lost); /* still there, hash as recorded: its content changed */
	run(f->db, "INSERT OR REPLACE INTO journal SELECT id, recorded_at, effective_on, actor,"
		   " case_id, kind, detail, snapshot, upper(hash) FROM journal"
		   " WHERE id = (SELECT max(id) FROM journal)");
	quick(f);
	assert_true(f->r.point_lost);
	assert_int_equal(f->r.first_broken, f->point.id);
	run(f->db, "DROP TRIGGER journal_no_delete; DELETE FROM journal WHERE id >= 5");
	quick(f);
	assert_true(f->r.point_lost);
	assert_int_equal(f->r.broken, 1);
	assert_int_equal(f->r.chain.n, 1);
}

/* A case row changed around the program: found when the case is
 * replayed, and a case row added beyond every case the journal names. */
static void test_case_rows(void **state)
{
	struct fx *f = *state;
	char sql[256];

	event(f, f->c2, "accept", "2026-11-21");
	run(f->db, "UPDATE cases SET claimed = 1");
	quick(f);
	assert_int_equal(f->r.disagreeing, 1); /* case 2 only */
	full(f);
	assert_int_equal(f->r.disagreeing, 2);
	snprintf(sql, sizeof sql,
		 "CREATE TEMP TABLE x AS SELECT * FROM cases WHERE id = %lld;"
		 " UPDATE x SET id = 9, seq = 9, case_no = 'x9'; INSERT INTO cases SELECT * FROM x",
		 (long long)f->c1);
	run(f->db, sql);
	quick(f);
	assert_int_equal(f->r.unjournalled, 1);
	assert_int_equal(f->r.disagreeing, 2);
}

/* The queue of documents waiting: kept by the triggers, it agrees; a row
 * taken out or one left in is named, for the cases asked about. */
static void test_unserved(void **state)
{
	struct fx *f = *state;
	struct strlist p = {0};
	char sql[512];
	int64_t party = fx_count(f->db, "SELECT id FROM parties WHERE side = 'respondent' ORDER BY id LIMIT 1");
	int64_t other = f->c2;

	for (int no = 1; no <= 2; no++) {
		/* The same kind made twice for the same party: the second
		 * replaces the first in the queue. */
		snprintf(sql, sizeof sql,
			 "INSERT INTO documents(case_id, no, kind, party_id, made_on, made_at, digest)"
			 " SELECT case_id, %d, 'respond-notice', id, '2026-11-22', '2026-11-22 10:00:00', 'x'"
			 " FROM parties WHERE id = %lld",
			 no, (long long)party);
		run(f->db, sql);
	}
	assert_int_equal(fx_count(f->db, "SELECT count(*) FROM doc_unserved"), 1);
	assert_int_equal(audit_unserved(f->db, NULL, 0, &p, &f->err), TC_OK);
	assert_int_equal(p.n, 0);
	run(f->db, "DELETE FROM doc_unserved");
	assert_int_equal(audit_unserved(f->db, NULL, 0, &p, &f->err), TC_OK);
	assert_int_equal(p.n, 1);
	assert_non_null(strstr(p.v[0], "第2号"));
	assert_non_null(strstr(p.v[0], "不在待送达队列中"));
	sl_free(&p);
	/* Only the cases asked about. */
	assert_int_equal(audit_unserved(f->db, &other, 1, &p, &f->err), TC_OK);
	assert_int_equal(p.n, 0);
	run(f->db, "INSERT INTO doc_unserved(document_id, case_id, made_on)"
		   " SELECT id, case_id, made_on FROM documents");
	int64_t mine = fx_count(f->db, "SELECT case_id FROM documents LIMIT 1");
	assert_int_equal(audit_unserved(f->db, &mine, 1, &p, &f->err), TC_OK);
	assert_int_equal(p.n, 1);
	assert_non_null(strstr(p.v[0], "第1号"));
	assert_non_null(strstr(p.v[0], "仍在待送达队列中"));
	sl_free(&p);
}

/* audit_clocks says of a few cases what deadline_verify says of all. */
static void test_clocks(void **state)
{
	struct fx *f = *state;
	struct strlist a = {0}, b = {0};
	int64_t ids[2] = {f->c1, f->c2};
	size_t na, nb;

	assert_int_equal(audit_clocks(f->db, ids, 2, &na, &a, &f->err), TC_OK);
	assert_int_equal(deadline_verify(f->db, &nb, &b, &f->err), TC_OK);
	assert_int_equal(na, 2);
	assert_int_equal(na, nb);
	assert_int_equal(a.n + b.n, 0);
	run(f->db, "UPDATE case_clocks SET due_on = '2027-01-01' WHERE clock = 'close'");
	assert_int_equal(audit_clocks(f->db, ids, 2, &na, &a, &f->err), TC_OK);
	assert_int_equal(deadline_verify(f->db, &nb, &b, &f->err), TC_OK);
	assert_int_equal(a.n, 1);
	assert_int_equal(b.n, 1);
	assert_string_equal(a.v[0], b.v[0]);
	sl_free(&a);
	sl_free(&b);
	/* next_due alone. */
	char sql[96];
	snprintf(sql, sizeof sql, "UPDATE cases SET next_due = '2020-01-01' WHERE id = %lld",
		 (long long)f->c2);
	run(f->db, sql);
	assert_int_equal(audit_clocks(f->db, &ids[1], 1, &na, &a, &f->err), TC_OK);
	assert_int_equal(a.n, 1);
	sl_free(&a);
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_point, setup, teardown),
		cmocka_unit_test_setup_teardown(test_nothing_new, setup, teardown),
		cmocka_unit_test_setup_teardown(test_new_events, setup, teardown),
		cmocka_unit_test_setup_teardown(test_changed_rows, setup, teardown),
		cmocka_unit_test_setup_teardown(test_point_lost, setup, teardown),
		cmocka_unit_test_setup_teardown(test_case_rows, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unserved, setup, teardown),
		cmocka_unit_test_setup_teardown(test_clocks, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
