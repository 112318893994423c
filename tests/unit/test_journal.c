/*
 * test_journal.c - the tamper-evident journal: the hash of a row as
 * tiaocai(5) writes it out (recomputed here from the documented encoding
 * with libsodium, not with journal.c's code), the snapshot of the case row,
 * and audit_verify on a sound journal and against each kind of change
 * made around the program: a row rewritten, a row deleted, a case row
 * changed without an entry, an entry whose event the stage machine does
 * not allow, a case without a journal, anchors; then the migration of a
 * version-2 database, whose chain is built once over the journal as it
 * stands.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <sodium.h>

#include "tiaocai/case.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/audit.h"
#include "tiaocai/journal.h"
#include "tiaocai/office.h"
#include "tiaocai/user.h"
#include "tiaocai/workflow.h"
#include "fixture.h"

/* The shipped migrations, to build a database as version 2 left it. */
#include "../../src/core/schema.sql.h"

#define USCC_OK "91350100M000100Y43"

struct fx {
	char *dir;
	struct db *db;
	int today;
	int64_t c1, c2;
	struct audit_report r;
	struct tc_err err;
};

static void run(struct db *db, const char *sql)
{
	char *msg = NULL;
	if (sqlite3_exec(db->h, sql, NULL, NULL, &msg) != SQLITE_OK)
		fail_msg("%s: %s", sql, msg ? msg : "?");
}

static int64_t new_case(struct fx *f, const char *received, const char *amount)
{
	static unsigned next_worker;
	struct case_party_in app = {.name = "张三", .id_no = fx_id_no(next_worker++)};
	struct case_party_in resp = {.name = "贵州黔城建工集团有限公司", .uscc = USCC_OK};
	struct case_claim_in cl = {.kind = "工资", .amount = amount};
	struct case_new req = {.applicants = &app, .napplicants = 1, .respondents = &resp,
			       .nrespondents = 1, .claims = &cl, .nclaims = 1, .received = received};
	char no[96];
	int64_t id = 0;

	if (case_add(f->db, &fx_admin, &req, f->today, &id, no, NULL, &f->err) != TC_OK)
		fail_msg("case_add: %s", f->err.msg);
	return id;
}

static void event(struct fx *f, int64_t id, const char *ev, const char *on, const char *reason)
{
	struct wf_request rq = {.event = ev, .on = fx_day(on), .reason = reason};
	struct wf_result res;
	if (wf_apply(f->db, &fx_admin, id, &rq, f->today, &res, &f->err) != TC_OK)
		fail_msg("%s: %s", ev, f->err.msg);
}

/* Case 1: received, accepted, extended, suspended, resumed; case 2:
 * received and withdrawn. */
static int setup(void **state)
{
	struct fx *f = xcalloc(1, sizeof *f);

	if ((f->dir = fx_tmpdir("journal")) == NULL)
		return -1;
	f->db = fx_db(f->dir, "t.db", true);
	f->today = fx_day("2026-11-22");
	f->c1 = new_case(f, "2026-11-02", "8000");
	event(f, f->c1, "accept", "2026-11-03", NULL);
	event(f, f->c1, "extend", "2026-11-04", "案情复杂");
	event(f, f->c1, "suspend", "2026-11-05", "等待鉴定");
	event(f, f->c1, "resume", "2026-11-10", NULL);
	f->c2 = new_case(f, "2026-11-06", "5000");
	event(f, f->c2, "withdraw", "2026-11-09", "已和解");
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

static void verify(struct fx *f, const char *anchor)
{
	audit_report_free(&f->r);
	if (audit_verify(f->db, anchor, &f->r, &f->err) != TC_OK)
		fail_msg("audit_verify: %s", f->err.msg);
}

static void sound(struct fx *f)
{
	verify(f, NULL);
	for (size_t i = 0; i < f->r.chain.n; i++)
		fprintf(stderr, "%s\n", f->r.chain.v[i]);
	for (size_t i = 0; i < f->r.replay.n; i++)
		fprintf(stderr, "%s\n", f->r.replay.v[i]);
	assert_int_equal(f->r.broken, 0);
	assert_int_equal(f->r.disagreeing, 0);
	assert_int_equal(f->r.chain.n + f->r.replay.n, 0);
}

/* The one text value a query returns ("NULL" for NULL), copied. */
static char *q_text(struct fx *f, const char *sql)
{
	sqlite3_stmt *st;
	char *v;

	assert_int_equal(sqlite3_prepare_v2(f->db->h, sql, -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	v = sqlite3_column_type(st, 0) == SQLITE_NULL ? xstrdup("NULL")
						      : xstrdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return v;
}

/* ---- the hash as documented ------------------------------------------ */

static void put_field(crypto_hash_sha256_state *h, const unsigned char *p, int n)
{
	unsigned char len[4] = {0xff, 0xff, 0xff, 0xff};
	if (p) {
		len[0] = (unsigned char)((unsigned)n >> 24);
		len[1] = (unsigned char)((unsigned)n >> 16);
		len[2] = (unsigned char)((unsigned)n >> 8);
		len[3] = (unsigned char)n;
	}
	crypto_hash_sha256_update(h, len, 4);
	if (p && n)
		crypto_hash_sha256_update(h, p, (unsigned long long)n);
}

/* tiaocai(5), THE JOURNAL: every row's hash from the previous one, the
 * first from 32 zero bytes, each field length-prefixed, NULL as ff ff ff
 * ff, integers in decimal; 64 lowercase hex digits. */
static void test_hash_as_documented(void **state)
{
	struct fx *f = *state;
	sqlite3_stmt *st;
	unsigned char prev[32] = {0}, h[32];
	char hex[65];
	int rows = 0;

	assert_true(sodium_init() >= 0);
	assert_int_equal(sqlite3_prepare_v2(f->db->h,
					    "SELECT CAST(id AS TEXT), recorded_at, effective_on, actor,"
					    " CAST(case_id AS TEXT), kind, detail, snapshot, hash"
					    " FROM journal ORDER BY id",
					    -1, &st, NULL),
			 SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW) {
		crypto_hash_sha256_state s;
		crypto_hash_sha256_init(&s);
		crypto_hash_sha256_update(&s, prev, 32);
		for (int i = 0; i < 8; i++)
			put_field(&s, sqlite3_column_text(st, i), sqlite3_column_bytes(st, i));
		crypto_hash_sha256_final(&s, h);
		sodium_bin2hex(hex, sizeof hex, h, sizeof h);
		assert_string_equal(hex, (const char *)sqlite3_column_text(st, 8));
		memcpy(prev, h, 32);
		rows++;
	}
	sqlite3_finalize(st);
	assert_int_equal(rows, 9); /* 2 calendars, case 1 five, case 2 two */
	sound(f);
	/* The head is the last row's hash, and counts every row. */
	assert_int_equal(f->r.head.rows, fx_count(f->db, "SELECT count(*) FROM journal"));
	assert_string_equal(f->r.head.hash, hex);
	struct journal_head head;
	assert_int_equal(journal_head(f->db, &head, &f->err), TC_OK);
	assert_string_equal(head.hash, hex);
	assert_int_equal(head.rows, rows);
	assert_int_equal(f->r.cases, 2);
}

/* Rows about a case carry the case row after the event; others none. */
static void test_snapshot(void **state)
{
	struct fx *f = *state;
	char *s;

	s = q_text(f, "SELECT snapshot FROM journal WHERE case_id IS NULL LIMIT 1");
	assert_string_equal(s, "NULL");
	free(s);
	/* Case 1's rows: add (v1 received), accept (v2), extend (v3),
	 * suspend (v4, leaving 已立案), resume (v5, 中止 5 days). */
	s = q_text(f, "SELECT group_concat(json_extract(snapshot, '$[1]') || '/' ||"
		      " json_extract(snapshot, '$[3]'), ' ') FROM"
		      " (SELECT snapshot FROM journal WHERE case_id = 1 ORDER BY id)");
	assert_string_equal(s, "received/1 accepted/2 accepted/3 suspended/4 accepted/5");
	free(s);
	s = q_text(f, "SELECT snapshot FROM journal WHERE case_id = 2 AND kind = 'withdraw'");
	assert_string_equal(s, "[2,\"closed\",null,2,\"撤回\",\"2026-11-06\",null,\"2026-11-09\","
			       "\"2026-11-06\",null,null,0,0,null,null,null,null,500000,null,null,"
			       "1,null,0,0,0,0,0,\"劳动报酬\",\"worker\",null,null,null,0,null]");
	free(s);
}

/* The workflow table read forward, as the replay reads it. */
static void test_wf_next(void **state)
{
	(void)state;
	enum stage to;

	assert_true(wf_next(STAGE_RECEIVED, "accept", STAGE_ACCEPTED, false, &to));
	assert_int_equal(to, STAGE_ACCEPTED);
	assert_true(wf_next(STAGE_SUSPENDED, "resume", STAGE_HEARING, false, &to));
	assert_int_equal(to, STAGE_HEARING);
	assert_true(wf_next(STAGE_HEARING, "extend", STAGE_ACCEPTED, false, &to));
	assert_int_equal(to, STAGE_HEARING);
	assert_false(wf_next(STAGE_HEARING, "extend", STAGE_ACCEPTED, true, &to));
	assert_true(wf_next(STAGE_PREMEDIATION, "fail", STAGE_ACCEPTED, false, &to));
	assert_int_equal(to, STAGE_RECEIVED);
	assert_false(wf_next(STAGE_CLOSED, "accept", STAGE_ACCEPTED, false, &to));
	assert_false(wf_next(STAGE_RECEIVED, "award", STAGE_ACCEPTED, false, &to));
	assert_false(wf_next(STAGE_RECEIVED, "add", STAGE_ACCEPTED, false, &to));
}

/* A row rewritten with the guard lifted: that row is named, not those
 * after it, and its case. */
static void test_row_rewritten(void **state)
{
	struct fx *f = *state;
	int64_t id = fx_count(f->db, "SELECT id FROM journal WHERE case_id = 1 AND kind = 'extend'");

	run(f->db, "DROP TRIGGER journal_no_update;"
		   "UPDATE journal SET detail = '延长审限 15 日: 无' WHERE kind = 'extend'");
	verify(f, NULL);
	assert_int_equal(f->r.broken, 1);
	assert_int_equal(f->r.first_broken, id);
	assert_int_equal(f->r.chain.n, 1);
	char *want = xasprintf("日志第 %lld 条被改动 (案件 贵劳人仲案字〔2026〕第1号, 事项 extend, 记录于 ",
			       (long long)id);
	assert_memory_equal(f->r.chain.v[0], want, strlen(want));
	free(want);
	assert_int_equal(f->r.disagreeing, 0);
}

/* A row deleted from the middle: the row after it says so. */
static void test_row_deleted(void **state)
{
	struct fx *f = *state;
	int64_t id = fx_count(f->db, "SELECT id FROM journal WHERE kind = 'accept'");
	int64_t ext = fx_count(f->db, "SELECT id FROM journal WHERE kind = 'extend'");

	run(f->db, "DROP TRIGGER journal_no_delete; DELETE FROM journal WHERE kind = 'accept'");
	verify(f, NULL);
	assert_int_equal(f->r.broken, 1);
	assert_int_equal(f->r.first_broken, id + 1);
	char *want = xasprintf("日志第 %lld 条不见了, 第 %lld 条随之对不上 (", (long long)id,
			       (long long)id + 1);
	assert_memory_equal(f->r.chain.v[0], want, strlen(want));
	free(want);
	/* The case's replay goes from 收案 straight to 延长审限. */
	assert_int_equal(f->r.disagreeing, 1);
	want = xasprintf("案件 贵劳人仲案字〔2026〕第1号: 日志第 %lld 条「延长审限」不能发生在「收案」阶段",
			 (long long)ext);
	assert_string_equal(f->r.replay.v[0], want);
	free(want);
}

/* Case rows changed without an entry: each column named with both values. */
static void test_case_row_changed(void **state)
{
	struct fx *f = *state;

	run(f->db, "UPDATE cases SET stage = 'closed', closed_on = '2026-11-20' WHERE id = 1;"
		   "UPDATE cases SET claimed = 100 WHERE id = 2");
	verify(f, NULL);
	assert_int_equal(f->r.broken, 0);
	assert_int_equal(f->r.disagreeing, 2);
	assert_int_equal(f->r.replay.n, 2);
	assert_string_equal(f->r.replay.v[0],
			    "案件 贵劳人仲案字〔2026〕第1号: 阶段为「结案」, 而日志重演为「已立案」; "
			    "结案日期为「2026-11-20」, 而日志记载为「(空)」");
	assert_string_equal(f->r.replay.v[1],
			    "案件 贵劳人仲案字〔2026〕第2号: 请求金额为「¥1.00」, 而日志记载为「¥5,000.00」");
}

/* An entry appended with a sound hash (as someone rebuilding the chain
 * would) whose event the stage machine does not allow. */
static void test_event_not_allowed(void **state)
{
	struct fx *f = *state;

	assert_int_equal(db_begin(f->db, &f->err), TC_OK);
	assert_int_equal(journal_add(f->db, f->c2, fx_day("2026-11-20"), "clerk1", "award",
				     "裁决, 金额 ¥1.00", &f->err),
			 TC_OK);
	assert_int_equal(db_commit(f->db, &f->err), TC_OK);
	verify(f, NULL);
	assert_int_equal(f->r.broken, 0);
	assert_int_equal(f->r.disagreeing, 1);
	assert_true(strstr(f->r.replay.v[0], "案件 贵劳人仲案字〔2026〕第2号: 日志第 ") ==
		    f->r.replay.v[0]);
	assert_non_null(strstr(f->r.replay.v[0], "条「裁决」不能发生在「结案」阶段"));
}

/* An allowed event journalled without the case row moving: the snapshot
 * is the row before it, the replay one step further. */
static void test_event_without_change(void **state)
{
	struct fx *f = *state;

	assert_int_equal(journal_add(f->db, f->c1, fx_day("2026-11-20"), "clerk1", "suspend",
				     "中止: 无", &f->err),
			 TC_OK);
	verify(f, NULL);
	assert_int_equal(f->r.disagreeing, 1);
	assert_non_null(strstr(f->r.replay.v[0], "的快照阶段为「已立案」, 而日志重演为「中止」"));
}

/* A case row with no journal at all. */
static void test_case_without_journal(void **state)
{
	struct fx *f = *state;

	run(f->db, "INSERT INTO cases(year, seq, case_no, stage, source, received_on,"
		   " first_applicant, respondents) VALUES (2026, 99, '贵劳人仲案字〔2026〕第99号',"
		   " 'received', '窗口', '2026-11-20', '李四', '某公司')");
	verify(f, NULL);
	assert_int_equal(f->r.disagreeing, 1);
	assert_string_equal(f->r.replay.v[0], "案件 贵劳人仲案字〔2026〕第99号: 没有任何日志记录");
	assert_int_equal(f->r.cases, 3);
}

/* Anchors: a printed head is found while the chain holds it. */
static void test_anchor(void **state)
{
	struct fx *f = *state;
	char *h3 = q_text(f, "SELECT upper(substr(hash, 1, 20)) FROM journal WHERE id = 3");

	verify(f, h3);
	assert_int_equal(f->r.anchor_row, 3);
	verify(f, "0000000000000000");
	assert_int_equal(f->r.anchor_row, 0);
	audit_report_free(&f->r);
	assert_int_equal(audit_verify(f->db, "3fa1c2", &f->r, &f->err), TC_USAGE);
	assert_int_equal(audit_verify(f->db, "3fa1c2d4e5f6071g", &f->r, &f->err), TC_USAGE);
	/* Rebuilding the chain after changing row 2 (as someone with the file
	 * could) loses the anchor. */
	run(f->db, "DROP TRIGGER journal_no_update; UPDATE journal SET actor = 'x' WHERE id = 2");
	assert_int_equal(journal_chain_build(f->db, &f->err), TC_OK);
	verify(f, h3);
	assert_int_equal(f->r.broken, 0);
	assert_int_equal(f->r.anchor_row, 0);
	free(h3);
}

/* A database as version 2 left it: the chain is built on opening, each
 * case's last row gets the case row as its snapshot, the rest none. */
static void test_migration(void **state)
{
	struct fx *f = *state;
	char *path = xasprintf("%s/v2.db", f->dir);
	sqlite3 *h;

	assert_int_equal(sqlite3_open(path, &h), SQLITE_OK);
	for (int v = 0; v < 2; v++)
		assert_int_equal(sqlite3_exec(h, migrations[v], NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(
		sqlite3_exec(h,
			     "INSERT INTO cases(year, seq, case_no, stage, source, received_on, accepted_on,"
			     " accept_from, first_applicant, respondents, claimed, version) VALUES"
			     " (2026, 1, '贵劳人仲案字〔2026〕第1号', 'accepted', '窗口', '2026-11-02',"
			     " '2026-11-03', '2026-11-02', '张三', '某公司', 800000, 2);"
			     "INSERT INTO journal(recorded_at, effective_on, actor, case_id, kind, detail) VALUES"
			     " ('2026-11-02 09:00:00', NULL, 'admin', NULL, 'init', '新建'),"
			     " ('2026-11-02 09:10:00', '2026-11-02', 'clerk1', 1, 'add', '收案'),"
			     " ('2026-11-03 10:00:00', '2026-11-03', 'clerk1', 1, 'accept', '受理'),"
			     " ('2026-11-03 11:00:00', NULL, 'admin', NULL, 'user', '新用户');"
			     "PRAGMA user_version = 2;",
			     NULL, NULL, NULL),
		SQLITE_OK);
	sqlite3_close(h);

	db_close(f->db);
	/* db_open alone cannot chain it: refused, the file left as it was. */
	assert_int_equal(db_open(path, &f->db, &f->err), TC_STORAGE);
	assert_int_equal(office_open(path, &f->db, &f->err), TC_OK);
	free(path);
	assert_int_equal(fx_count(f->db, "PRAGMA user_version"), DB_SCHEMA_VERSION);
	assert_int_equal(fx_count(f->db, "SELECT count(*) FROM journal WHERE hash IS NOT NULL"), 4);
	assert_int_equal(fx_count(f->db, "SELECT group_concat(id) FROM journal WHERE snapshot IS NOT NULL"),
			 3);
	sound(f);
	assert_int_equal(f->r.head.rows, 4);
	assert_int_equal(f->r.cases, 1);
	/* The guard is back. */
	assert_int_not_equal(sqlite3_exec(f->db->h, "UPDATE journal SET actor = 'x' WHERE id = 1",
					  NULL, NULL, NULL),
			     SQLITE_OK);
	/* New rows chain on. */
	assert_int_equal(journal_add(f->db, 0, DATE_NONE, "admin", "user", "又一个", &f->err), TC_OK);
	sound(f);
	run(f->db, "UPDATE cases SET accepted_on = '2026-11-04'");
	verify(f, NULL);
	assert_string_equal(f->r.replay.v[0],
			    "案件 贵劳人仲案字〔2026〕第1号: 立案日期为「2026-11-04」, 而日志记载为「2026-11-03」");
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_hash_as_documented, setup, teardown),
		cmocka_unit_test_setup_teardown(test_snapshot, setup, teardown),
		cmocka_unit_test(test_wf_next),
		cmocka_unit_test_setup_teardown(test_row_rewritten, setup, teardown),
		cmocka_unit_test_setup_teardown(test_row_deleted, setup, teardown),
		cmocka_unit_test_setup_teardown(test_case_row_changed, setup, teardown),
		cmocka_unit_test_setup_teardown(test_event_not_allowed, setup, teardown),
		cmocka_unit_test_setup_teardown(test_event_without_change, setup, teardown),
		cmocka_unit_test_setup_teardown(test_case_without_journal, setup, teardown),
		cmocka_unit_test_setup_teardown(test_anchor, setup, teardown),
		cmocka_unit_test_setup_teardown(test_migration, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
