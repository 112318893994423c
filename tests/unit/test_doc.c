/*
 * test_doc.c - the documents of a case: which a case needs once it has
 * had their events (and from when the office keeps them), to whom each
 * goes, and the parts a person writes, checked line by line before they
 * are kept.  Making them is tested through the command line (docs.t).
 */
#include <pwd.h>
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
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/doc.h"
#include "tiaocai/user.h"
#include "tiaocai/workflow.h"
#include "fixture.h"

struct fx {
	char *dir;
	struct db *db;
	int today;
	struct actor admin, clerk, lawyer;
	struct tc_err err;
	int64_t id;
};

static void event(struct fx *f, const char *ev, const char *on, const char *reason)
{
	struct wf_request req = {.event = ev, .on = fx_day(on), .reason = reason};
	struct wf_result res;

	if (wf_apply(f->db, &f->clerk, f->id, &req, f->today, &res, &f->err) != TC_OK)
		fail_msg("%s: %s", ev, f->err.msg);
}

/* Two workers, the second their elected representative, against a
 * contractor and the developer, with a third party. */
static int setup(void **state)
{
	struct fx *f = xcalloc(1, sizeof *f);

	if ((f->dir = fx_tmpdir("doc")) == NULL)
		return -1;
	f->admin = fx_admin;
	f->db = fx_db(f->dir, "t.db", true);
	f->today = fx_day("2026-11-22");
	/* Documents kept from the start of the year. */
	if (db_setting_set(f->db, "documents_since", "2026-01-01", &f->err) != TC_OK)
		return -1;
	fx_roster(f->db, &f->admin);
	struct passwd *pw = getpwuid(getuid());
	if (pw == NULL || fx_actor(f->db, &f->admin, &f->admin, pw->pw_name, "admin", NULL) != 0 ||
	    fx_actor(f->db, &f->admin, &f->clerk, "wangmin", "clerk", NULL) != 0 ||
	    fx_actor(f->db, &f->admin, &f->lawyer, "lvshi", "lawyer", NULL) != 0)
		return -1;
	struct case_party_in app[2] = {{.name = "王超德", .id_no = fx_id_no(1)},
				       {.name = "杨秀英", .id_no = fx_id_no(2), .representative = true}};
	struct case_party_in resp[2] = {{.name = "贵州黔城建工集团有限公司", .chain_role = "总承包"},
					{.name = "贵阳某置业有限公司", .chain_role = "建设单位"}};
	struct case_party_in third = {.name = "贵阳某劳务有限公司"};
	struct case_claim_in cl = {.kind = "工资", .amount = "15600"};
	struct case_new req = {.applicants = app, .napplicants = 2, .respondents = resp,
			       .nrespondents = 2, .thirds = &third, .nthirds = 1, .claims = &cl,
			       .nclaims = 1, .received = "2026-11-18", .industry = "建筑业"};
	char no[96];
	if (case_add(f->db, &f->clerk, &req, f->today, &f->id, no, NULL, &f->err) != TC_OK) {
		fprintf(stderr, "case_add: %s\n", f->err.msg);
		return -1;
	}
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fx *f = *state;
	int rc = fx_done(f->db, f->dir);
	free(f);
	return rc;
}

static void kinds(void **state)
{
	(void)state;
	assert_string_equal(doc_kind_find("受理通知书")->name, "accept-notice");
	assert_string_equal(doc_kind_find("award")->zh, "裁决书");
	assert_true(doc_kind_find("送达回证") == doc_kind_receipt());
	assert_null(doc_kind_find("判决书"));
	/* Every kind names its legal basis and an event of the workflow. */
	const struct doc_kind *k;
	size_t n = doc_kinds(&k);
	assert_true(n >= 12);
	for (size_t i = 0; i < n; i++) {
		assert_non_null(wf_event_find(k[i].event));
		assert_true(strstr(k[i].basis, "第") != NULL);
	}
}

/* The needs, as "kind to" lines. */
static char *needs(struct fx *f)
{
	struct doc_need *v;
	size_t n;
	struct strbuf sb = {0};

	if (doc_needed(f->db, f->id, &v, &n, &f->err) != TC_OK)
		fail_msg("doc_needed: %s", f->err.msg);
	for (size_t i = 0; i < n; i++)
		sb_printf(&sb, "%s %s %s\n", v[i].kind->name, v[i].to_ref, v[i].since);
	free(v);
	char *out = xstrdup(sb_str(&sb));
	sb_free(&sb);
	return out;
}

static void needed(void **state)
{
	struct fx *f = *state;
	char *s;

	/* Nothing before acceptance. */
	s = needs(f);
	assert_string_equal(s, "");
	free(s);
	event(f, "accept", "2026-11-20", NULL);
	s = needs(f);
	/* The applicants through their representative; both respondents; every
	 * party the evidence notice. */
	assert_string_equal(s, "accept-notice a2 2026-11-20\n"
			       "respond-notice r1 2026-11-20\n"
			       "respond-notice r2 2026-11-20\n"
			       "evidence-notice a2 2026-11-20\n"
			       "evidence-notice r1 2026-11-20\n"
			       "evidence-notice r2 2026-11-20\n"
			       "evidence-notice t1 2026-11-20\n");
	free(s);
	/* An office that began keeping documents after the acceptance is not
	 * asked for them. */
	assert_int_equal(db_setting_set(f->db, "documents_since", "2026-11-21", &f->err), TC_OK);
	s = needs(f);
	assert_string_equal(s, "");
	free(s);
	/* A later decision is. */
	event(f, "suspend", "2026-11-21", "本案须以另案审理结果为依据");
	s = needs(f);
	assert_string_equal(s, "decision-suspend a2 2026-11-21\n"
			       "decision-suspend r1 2026-11-21\n"
			       "decision-suspend r2 2026-11-21\n"
			       "decision-suspend t1 2026-11-21\n");
	free(s);
}

static void sections(void **state)
{
	struct fx *f = *state;
	const struct doc_kind *award = doc_kind_find("award");
	struct strbuf sb = {0};
	bool changed;

	/* The editor's text: both headings, empty. */
	assert_int_equal(doc_sections_get(f->db, f->id, award, &sb, &f->err), TC_OK);
	assert_non_null(strstr(sb_str(&sb), "\n## 查明事实\n\n\n## 裁决理由\n\n"));
	sb_free(&sb);

	/* Refused, each naming its line, and nothing kept. */
	assert_int_equal(doc_sections_put(f->db, &f->clerk, f->id, award,
					  "# 说明\n\n## 查明事实\n甲\n## 判决理由\n乙\n", &changed, &f->err),
			 TC_REFUSED);
	assert_non_null(strstr(f->err.msg, "第 5 行"));
	assert_non_null(strstr(f->err.msg, "判决理由"));
	assert_int_equal(doc_sections_put(f->db, &f->clerk, f->id, award,
					  "申请人入职\n## 查明事实\n甲\n", &changed, &f->err),
			 TC_REFUSED);
	assert_non_null(strstr(f->err.msg, "第 1 行"));
	assert_int_equal(doc_sections_put(f->db, &f->clerk, f->id, award,
					  "## 查明事实\n甲\n## 查明事实\n乙\n", &changed, &f->err),
			 TC_REFUSED);
	assert_non_null(strstr(f->err.msg, "重复"));
	assert_int_equal(doc_sections_put(f->db, &f->lawyer, f->id, award, "## 查明事实\n甲\n",
					  &changed, &f->err),
			 TC_REFUSED);
	assert_int_equal(fx_count(f->db, "SELECT count(*) FROM doc_sections"), 0);

	/* Kept: trimmed, paragraphs as written, one journal row per section. */
	int64_t before = fx_count(f->db, "SELECT count(*) FROM journal WHERE kind = 'doc-edit'");
	assert_int_equal(doc_sections_put(f->db, &f->clerk, f->id, award,
					  "# 说明\n## 查明事实\n\n申请人于2026年3月入职.\n\n被申请人未支付工资.\n\n"
					  "## 裁决理由\n依法应予支付.\n", &changed, &f->err),
			 TC_OK);
	assert_true(changed);
	assert_int_equal(fx_count(f->db, "SELECT count(*) FROM journal WHERE kind = 'doc-edit'"),
			 before + 2);
	assert_int_equal(doc_section(f->db, f->id, "award", "facts", &sb, &f->err), TC_OK);
	assert_string_equal(sb_str(&sb), "申请人于2026年3月入职.\n\n被申请人未支付工资.");
	sb_free(&sb);
	/* The same again changes nothing. */
	assert_int_equal(doc_sections_put(f->db, &f->clerk, f->id, award,
					  "## 查明事实\n申请人于2026年3月入职.\n\n被申请人未支付工资.\n"
					  "## 裁决理由\n依法应予支付.\n", &changed, &f->err),
			 TC_OK);
	assert_false(changed);
	/* A notice has nothing to fill in. */
	assert_int_equal(doc_sections_get(f->db, f->id, doc_kind_find("受理通知书"), &sb, &f->err),
			 TC_REFUSED);
	sb_free(&sb);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(kinds),
		cmocka_unit_test_setup_teardown(needed, setup, teardown),
		cmocka_unit_test_setup_teardown(sections, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
