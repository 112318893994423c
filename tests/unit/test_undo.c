/*
 * test_undo.c - the images kept for `case revert`: kept deflated, a few
 * hundred bytes instead of kilobytes, and put back exactly; an image an
 * earlier version kept as plain JSON text still reverts; a damaged image
 * is refused with the case left as it is; a removed party's number stays
 * used when the image that holds it is deflated.
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
#include "tiaocai/undo.h"
#include "tiaocai/user.h"
#include "tiaocai/workflow.h"
#include "fixture.h"

static int setup(void **state)
{
	return (*state = fx_office_new("undo")) ? 0 : -1;
}

static int teardown(void **state)
{
	fx_office_free(*state);
	return 0;
}

/* Three workers' wage case against a contractor, received 2026-11-16. */
static int64_t new_case(struct fx_office *f)
{
	struct case_party_in app[3] = {
		{.name = "王小明", .id_no = fx_id_no(1), .phone = "13985017342"},
		{.name = "李大庆", .id_no = fx_id_no(2)},
		{.name = "张秀英", .id_no = fx_id_no(3)},
	};
	struct case_party_in resp = {.name = "贵州黔城建工集团有限公司", .uscc = "91350100M000100Y43"};
	struct case_claim_in cl[2] = {{.kind = "工资", .amount = "18000"},
				      {.kind = "加班费", .amount = "2600.50"}};
	struct case_new req = {.applicants = app, .napplicants = 3, .respondents = &resp,
			       .nrespondents = 1, .claims = cl, .nclaims = 2, .received = "2026-11-16"};
	char no[96];
	int64_t id;

	if (case_add(f->db, &f->clerk, &req, f->today, &id, no, NULL, &f->err) != TC_OK)
		fail_msg("%s", f->err.msg);
	return id;
}

static void correct(struct fx_office *f, const struct actor *a, int64_t id, struct corr_request *rq)
{
	struct corr_result res;

	if (corr_apply(f->db, a, id, rq, f->today, &res, &f->err) != TC_OK)
		fail_msg("%s: %s", rq->what, f->err.msg);
}

static void revert(struct fx_office *f, int64_t id)
{
	struct corr_request rq = {.what = "revert", .reason = "误录"};

	correct(f, &f->supervisor, id, &rq);
}

/* The parties and claims of case id as one line of text, to compare. */
static char *file_of(struct fx_office *f, int64_t id)
{
	sqlite3_stmt *st;
	struct strbuf sb = {0};

	assert_int_equal(sqlite3_prepare_v2(f->db->h,
					    "SELECT group_concat(x, '|') FROM ("
					    " SELECT side || pos || name || coalesce(phone, '') AS x"
					    " FROM parties WHERE case_id = ?1 UNION ALL"
					    " SELECT pos || kind || amount FROM claims WHERE case_id = ?1"
					    " UNION ALL SELECT stage || claimed FROM cases WHERE id = ?1)",
					    -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_int64(st, 1, id);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	sb_printf(&sb, "%s", (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return sb.buf;
}

/* A correction's image (parties, agents, claims, ...) is kept in a few
 * hundred bytes and the revert puts back every row it changed. */
static void kept_small_and_put_back(void **state)
{
	struct fx_office *f = *state;
	int64_t id = new_case(f);
	char *before = file_of(f, id);
	char *json = NULL;

	assert_int_equal(undo_capture(f->db, id, UNDO_ALL, &json, &f->err), TC_OK);
	struct corr_request ed = {.what = "party-edit", .party = "a1", .reason = "本人来电告知新号码"};
	ed.p.phone = "18685104457";
	correct(f, &f->clerk, id, &ed);
	char *after = file_of(f, id);
	assert_string_not_equal(before, after);

	int64_t stored = fx_count(f->db, "SELECT length(image) FROM case_undo ORDER BY journal_id DESC LIMIT 1");
	assert_int_equal(fx_count(f->db, "SELECT typeof(image) = 'blob' FROM case_undo ORDER BY journal_id DESC LIMIT 1"), 1);
	/* Deflated against the dictionary: well under a third of the JSON. */
	assert_true(stored > 0 && (size_t)stored * 3 < strlen(json));

	struct undo_entry u;
	assert_int_equal(undo_last(f->db, id, &u, &f->err), TC_OK);
	assert_string_equal(u.image, json);
	undo_entry_free(&u);

	revert(f, id);
	char *back = file_of(f, id);
	assert_string_equal(back, before);
	free(json);
	free(before);
	free(after);
	free(back);
}

/* An image an earlier version kept as JSON text reverts as it always did. */
static void text_image_of_an_earlier_version(void **state)
{
	struct fx_office *f = *state;
	int64_t id = new_case(f);
	char *before = file_of(f, id);
	char *json = NULL;
	sqlite3_stmt *st;

	assert_int_equal(undo_capture(f->db, id, UNDO_ALL, &json, &f->err), TC_OK);
	struct corr_request rm = {.what = "claim-remove", .item = 2, .reason = "申请人撤回该项"};
	correct(f, &f->clerk, id, &rm);
	assert_int_equal(sqlite3_prepare_v2(f->db->h,
					    "UPDATE case_undo SET image = ?1 WHERE journal_id ="
					    " (SELECT max(journal_id) FROM case_undo)", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_text(st, 1, json, -1, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(st), SQLITE_DONE);
	sqlite3_finalize(st);
	assert_int_equal(fx_count(f->db, "SELECT count(*) FROM case_undo WHERE typeof(image) = 'text'"), 1);

	revert(f, id);
	char *back = file_of(f, id);
	assert_string_equal(back, before);
	free(json);
	free(before);
	free(back);
}

/* A damaged image: the revert is refused, saying so, and nothing changes. */
static void damaged_image_refused(void **state)
{
	struct fx_office *f = *state;
	int64_t id = new_case(f);
	struct corr_request ed = {.what = "party-edit", .party = "a2", .reason = "补录电话"};
	ed.p.phone = "13708510000";
	correct(f, &f->clerk, id, &ed);
	char *now = file_of(f, id);

	assert_int_equal(sqlite3_exec(f->db->h,
				      "UPDATE case_undo SET image = x'01ffee00123456789abcdef0'"
				      " WHERE journal_id = (SELECT max(journal_id) FROM case_undo)",
				      NULL, NULL, NULL), SQLITE_OK);
	struct corr_request rq = {.what = "revert", .reason = "误录"};
	struct corr_result res;
	assert_int_equal(corr_apply(f->db, &f->supervisor, id, &rq, f->today, &res, &f->err),
			 TC_STORAGE);
	if (strstr(f->err.msg, "撤销记录已损坏") == NULL)
		fail_msg("%s", f->err.msg);
	char *after = file_of(f, id);
	assert_string_equal(after, now);
	assert_int_equal(fx_count(f->db, "SELECT count(*) FROM case_undo WHERE undone_by IS NOT NULL"), 0);
	free(now);
	free(after);
}

/* A removed respondent's number (in a deflated image only) is not given
 * to the next one added. */
static void removed_number_not_reused(void **state)
{
	struct fx_office *f = *state;
	int64_t id = new_case(f);
	struct corr_request add = {.what = "party-add", .side = "respondent", .reason = "追加实际用工单位"};
	add.p.name = "贵阳某劳务有限公司";
	add.p.uscc = "91440300708461136T";
	correct(f, &f->clerk, id, &add);
	struct corr_request rm = {.what = "party-remove", .party = "r2", .reason = "登记错误"};
	correct(f, &f->clerk, id, &rm);
	assert_int_equal(fx_count(f->db, "SELECT count(*) FROM case_undo WHERE typeof(image) <> 'blob'"), 0);
	struct corr_request again = {.what = "party-add", .side = "respondent", .reason = "追加"};
	again.p.name = "贵阳另一劳务有限公司";
	correct(f, &f->clerk, id, &again);
	assert_int_equal(fx_count(f->db, "SELECT max(pos) FROM parties WHERE side = 'respondent'"), 3);
	assert_int_equal(undo_max_pos(f->db, id, "parties", "respondent"), 2);
	assert_int_equal(undo_max_pos(f->db, id, "claims", NULL), 2);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(kept_small_and_put_back, setup, teardown),
		cmocka_unit_test_setup_teardown(text_image_of_an_earlier_version, setup, teardown),
		cmocka_unit_test_setup_teardown(damaged_image_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(removed_number_not_reused, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
