/*
 * test_suggest.c - choosing a mediator or arbitrator: who must step aside
 * (回避) and the order the others are suggested in.  A construction wage
 * case against 贵州黔城建工集团有限公司 by a worker from 凯里 (黔东南): the
 * 苗语 speaker comes first among equals, the mediator with a full desk is
 * ranked below everyone free, and the respondent's own committee member
 * is marked 回避 and comes last however well she scores.  Then the grounds
 * of 回避 one by one, the names of units as they are compared, the role a
 * case wants by its stage, who may see the list, and a person's record of
 * the year.
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
#include "tiaocai/ident.h"
#include "tiaocai/roster.h"
#include "tiaocai/user.h"
#include "tiaocai/workflow.h"
#include "fixture.h"

/* A small office: the 调解中心's mediators, alike but for their languages
 * (丁红梅 sorts before 杨勇 by name); 龙德明, alike again, is the one
 * given every case; the firm's own committee (潘玉珍, who also speaks
 * 苗语); the union's 欧阳晓梅; one whose term has ended and one suspended;
 * and an arbitrator. */
static const char roster_csv[] =
	"类别,名称,所属组织,组织类型,统一社会信用代码,服务区域,专兼职,背景,证书编号,专长,语言,聘期开始,聘期结束,状态,状态说明,电话,联系人\n"
	"组织,贵阳市劳动人事争议仲裁院调解中心,,仲裁院调解中心,,贵阳市,,,,,,,,在册,,,\n"
	"组织,贵州黔城建工集团有限公司劳动争议调解委员会,,企业劳动争议调解委员会,,本企业职工,,,,,,,,在册,,,\n"
	"组织,贵阳市总工会职工法律服务站,,工会/职工法律服务站,81520100MC39504782,贵阳市,,,,,,,,在册,,,\n"
	"调解员,丁红梅,贵阳市劳动人事争议仲裁院调解中心,,,,专职,,,工程建设、工资,普通话、贵阳话,2025-01-01,2027-12-31,在册,,,\n"
	"调解员,杨勇,贵阳市劳动人事争议仲裁院调解中心,,,,兼职,,,工程建设、工资,普通话、苗语、贵阳话,2025-01-01,2027-12-31,在册,,,\n"
	"调解员,龙德明,贵阳市劳动人事争议仲裁院调解中心,,,,兼职,,,工程建设、工资,普通话、苗语、贵阳话,2025-01-01,2027-12-31,在册,,,\n"
	"调解员,潘玉珍,贵州黔城建工集团有限公司劳动争议调解委员会,,,,兼职,,,工程建设、工资,普通话、苗语、贵阳话,2024-01-01,2027-12-31,在册,,,\n"
	"调解员,陈立平,贵阳市劳动人事争议仲裁院调解中心,,,,专职,,,工资,普通话、贵阳话,2024-01-01,2027-12-31,在册,,,\n"
	"调解员,王芳,贵阳市劳动人事争议仲裁院调解中心,,,,专职,,,工资,普通话、贵阳话,2024-01-01,2027-12-31,在册,,,\n"
	"调解员,欧阳晓梅,贵阳市总工会职工法律服务站,,,,专职,,,女职工权益,普通话,2024-01-01,2027-12-31,在册,,,\n"
	"调解员,黄丽,贵阳市劳动人事争议仲裁院调解中心,,,,专职,,,工程建设、工资,普通话、苗语,2023-07-01,2026-06-30,在册,,,\n"
	"调解员,孙悦,贵阳市劳动人事争议仲裁院调解中心,,,,兼职,,,工程建设、工资,普通话、苗语,2025-01-01,2027-12-31,暂停,代理本委在办案件,,\n"
	"仲裁员,何文斌,贵阳市劳动人事争议仲裁院调解中心,,,,专职,,,工资、工伤,普通话、贵阳话,2025-01-01,2027-12-31,在册,,,\n";

#define FIRM "贵州黔城建工集团有限公司"
#define KAILI "522601"    /* 凯里市, 黔东南州 */
#define GUIYANG "520102"  /* 南明区, 贵阳市 */

struct fx {
	char *dir;
	struct db *db;
	int today;
	struct actor admin, clerk, mediator, lawyer;
	struct tc_err err;
};

static int setup(void **state)
{
	struct fx *f = xcalloc(1, sizeof *f);
	struct tc_err e = {0};

	if ((f->dir = fx_tmpdir("suggest")) == NULL)
		return -1;
	f->admin = fx_admin;
	f->db = fx_db(f->dir, "t.db", true);
	char *path = fx_write(f->dir, "roster.csv", roster_csv);
	if (roster_import_file(f->db, &f->admin, path, NULL, NULL, &e) != TC_OK) {
		fprintf(stderr, "roster import: %s\n", e.msg);
		free(path);
		return -1;
	}
	free(path);
	struct passwd *pw = getpwuid(geteuid());
	if (pw == NULL || fx_actor(f->db, &f->admin, &f->admin, pw->pw_name, "admin", NULL) ||
	    fx_actor(f->db, &f->admin, &f->clerk, "zhengli", "clerk", NULL) ||
	    fx_actor(f->db, &f->admin, &f->mediator, "chenlp", "mediator", "陈立平") ||
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

/* A valid ID number from area (6 digits), different for each n. */
static const char *id_from(const char *area, unsigned n)
{
	static char bufs[16][19];
	static unsigned next;
	char *b = bufs[next++ % 16];

	snprintf(b, 19, "%.6s19880101%03u", area, 100 + n % 900);
	b[17] = ident_id_checkchar(b);
	b[18] = '\0';
	return b;
}

/* Register a construction wage case; its id. */
static int64_t add(struct fx *f, const char *applicant, const char *id_no, const char *respondent,
		   const char *uscc, const char *received)
{
	struct case_party_in app = {.name = applicant, .id_no = id_no};
	struct case_party_in resp = {.name = respondent, .uscc = uscc};
	struct case_claim_in cl = {.kind = "工资", .amount = "8000"};
	struct case_new req = {.applicants = &app, .napplicants = 1, .respondents = &resp,
			       .nrespondents = 1, .claims = &cl, .nclaims = 1, .received = received,
			       .industry = "建筑业"};
	char no[96];
	int64_t id = 0;

	if (case_add(f->db, &f->clerk, &req, f->today, &id, no, NULL, &f->err) != TC_OK)
		fail_msg("case_add: %s", f->err.msg);
	return id;
}

static void event(struct fx *f, int64_t id, const char *ev, const char *on, const char *mediator,
		  const char *amount, const char *reason)
{
	const char *amounts[1] = {amount};
	struct wf_request req = {.event = ev, .on = fx_day(on), .mediator = mediator,
				 .amounts = amount ? amounts : NULL, .namounts = amount ? 1 : 0,
				 .reason = reason};
	struct wf_result res;

	if (wf_apply(f->db, &f->clerk, id, &req, f->today, &res, &f->err) != TC_OK)
		fail_msg("%s: %s", ev, f->err.msg);
}

/* 龙德明 is given nine cases from 11-02 on: three are closed (two
 * settled after 10 and 14 days, one withdrawn after 18), six stay open. */
static void book_long(struct fx *f)
{
	static const char *const names[] = {"李强", "张伟", "刘洋", "陈杰", "黄磊",
					    "周明", "吴刚", "赵勇", "孙涛"};
	for (unsigned i = 0; i < 9; i++) {
		int64_t id = add(f, names[i], id_from(GUIYANG, 200 + i), "贵阳某劳务有限公司", NULL,
				 "2026-11-01");
		event(f, id, "accept", "2026-11-02", NULL, NULL, NULL);
		event(f, id, "mediate", "2026-11-02", "龙德明", NULL, NULL);
		if (i == 0)
			event(f, id, "settle", "2026-11-12", NULL, "8000", NULL);
		else if (i == 1)
			event(f, id, "settle", "2026-11-16", NULL, "6000", NULL);
		else if (i == 2)
			event(f, id, "withdraw", "2026-11-20", NULL, NULL, "双方自行和解");
	}
}

static struct roster_suggestion *suggest(struct fx *f, int64_t id, const char *role, size_t *n)
{
	struct roster_suggestion *s = NULL;
	struct tc_err e = {0};

	if (roster_suggest(f->db, &f->clerk, id, role, f->today, &s, n, &e) != TC_OK)
		fail_msg("roster_suggest: %s", e.msg);
	return s;
}

/* The names in order, joined by spaces. */
static char *order(const struct roster_suggestion *s, size_t n)
{
	struct strbuf sb = {0};

	for (size_t i = 0; i < n; i++) {
		assert_int_equal(s[i].rank, (int)i + 1);
		sb_printf(&sb, "%s%s", i ? " " : "", s[i].name);
	}
	return sb_take(&sb);
}

static const struct roster_suggestion *row(const struct roster_suggestion *s, size_t n,
					   const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(s[i].name, name) == 0)
			return &s[i];
	fail_msg("%s is not on the list", name);
	return NULL;
}

static void test_guizhou_case(void **state)
{
	struct fx *f = *state;
	size_t n;

	book_long(f);
	int64_t id = add(f, "吴光荣", id_from(KAILI, 1), FIRM, NULL, "2026-11-20");
	struct roster_suggestion *s = suggest(f, id, NULL, &n);
	char *got = order(s, n);
	/* 黄丽 (term ended) and 孙悦 (suspended) are not offered. */
	assert_string_equal(got, "杨勇 丁红梅 王芳 陈立平 欧阳晓梅 龙德明 潘玉珍");
	free(got);

	/* First among equals: 杨勇 and 丁红梅 differ only in 苗语, spoken
	 * where the applicant comes from. */
	const struct roster_suggestion *yang = row(s, n, "杨勇"), *ding = row(s, n, "丁红梅");
	assert_int_equal(yang->spec_points, ding->spec_points);
	assert_int_equal(yang->load_points, ding->load_points);
	assert_int_equal(yang->rotation_points, ding->rotation_points);
	assert_int_equal(yang->lang_points, 3);
	assert_int_equal(ding->lang_points, 1);
	assert_string_equal(yang->lang_matched, "苗语、贵阳话");
	assert_string_equal(yang->spec_matched, "工程建设、工资");
	assert_non_null(strstr(yang->reasons, "会讲苗语、贵阳话 (申请人来自贵州黔东南州)"));
	assert_non_null(strstr(yang->reasons, "尚未分过案"));
	assert_false(yang->recuse);
	assert_int_equal(yang->idle_days, -1);

	/* The full desk: six open cases against a median of none. */
	const struct roster_suggestion *dragon = row(s, n, "龙德明");
	assert_true(dragon->full);
	assert_int_equal(dragon->caseload, 6);
	assert_int_equal(dragon->median2, 0);
	assert_true(dragon->score > row(s, n, "王芳")->score); /* ranked down all the same */
	assert_string_equal(dragon->last_given, "2026-11-02");
	assert_int_equal(dragon->idle_days, 20);
	assert_non_null(strstr(dragon->reasons, "已满: 在办 6 件"));

	/* The respondent's own committee: 回避, last, whatever her score. */
	const struct roster_suggestion *pan = &s[n - 1];
	assert_string_equal(pan->name, "潘玉珍");
	assert_true(pan->recuse);
	assert_true(pan->score >= yang->score);
	assert_string_equal(pan->recuse_why, "所属 贵州黔城建工集团有限公司劳动争议调解委员会 与被申请人 "
					     "贵州黔城建工集团有限公司 为同一单位");
	assert_memory_equal(pan->reasons, "回避: ", strlen("回避: "));
	roster_suggestions_free(s, n);

	/* Once 杨勇 has the case the list says so, and he stays first. */
	event(f, id, "accept", "2026-11-21", NULL, NULL, NULL);
	event(f, id, "mediate", "2026-11-22", "杨勇", NULL, NULL);
	s = suggest(f, id, "mediator", &n);
	assert_string_equal(s[0].name, "杨勇");
	assert_true(s[0].current);
	assert_non_null(strstr(s[0].reasons, "现为本案调解员"));
	roster_suggestions_free(s, n);
}

/* From 贵阳 nobody's 苗语 counts, and equals are in name order. */
static void test_guiyang_case_ties_by_name(void **state)
{
	struct fx *f = *state;
	size_t n;

	int64_t id = add(f, "罗文", id_from(GUIYANG, 2), "贵阳某劳务有限公司", NULL, "2026-11-20");
	struct roster_suggestion *s = suggest(f, id, NULL, &n);
	char *got = order(s, n);
	assert_string_equal(got, "丁红梅 杨勇 龙德明 王芳 陈立平 欧阳晓梅 潘玉珍");
	free(got);
	assert_int_equal(s[0].score, s[1].score);
	assert_string_equal(s[1].lang_matched, "贵阳话");
	/* 潘玉珍 has no ground here, but her committee serves its own firm. */
	assert_false(s[6].recuse);
	assert_true(s[6].in_house);
	roster_suggestions_free(s, n);
}

static void test_conflict_grounds(void **state)
{
	struct fx *f = *state;
	struct roster_suggestion *s;
	char why[512];
	bool c;
	size_t n;

	int64_t id = add(f, "王芳", id_from(GUIYANG, 3), "贵阳市总工会", "81520100MC39504782",
			 "2026-11-20");
	s = suggest(f, id, NULL, &n);
	/* The union's mediator: the same credit code as the respondent. */
	const struct roster_suggestion *ou = row(s, n, "欧阳晓梅");
	assert_true(ou->recuse);
	assert_string_equal(ou->recuse_why, "所属 贵阳市总工会职工法律服务站 与被申请人 贵阳市总工会 的统一社会信用代码相同");
	/* The mediator who bears the applicant's name: to be checked. */
	const struct roster_suggestion *wang = row(s, n, "王芳");
	assert_true(wang->recuse);
	assert_non_null(strstr(wang->recuse_why, "与申请人 王芳 同名"));
	/* Both last, in score order among themselves. */
	assert_string_equal(s[n - 2].name, "王芳");
	assert_string_equal(s[n - 1].name, "欧阳晓梅");
	int64_t wang_id = wang->person_id, ding_id = row(s, n, "丁红梅")->person_id;
	roster_suggestions_free(s, n);

	assert_int_equal(roster_conflict(f->db, id, wang_id, &c, why, sizeof why, &f->err), TC_OK);
	assert_true(c);
	assert_int_equal(roster_conflict(f->db, id, ding_id, &c, why, sizeof why, &f->err), TC_OK);
	assert_false(c);
	assert_string_equal(why, "");

	/* An agent of a party who bears a mediator's name. */
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(f->db->h,
					    "INSERT INTO agents(case_id, party_id, name, kind)"
					    " SELECT case_id, id, '丁红梅', '律师' FROM parties"
					    " WHERE case_id = ?1 AND side = 'respondent'",
					    -1, &st, NULL),
			 SQLITE_OK);
	sqlite3_bind_int64(st, 1, id);
	assert_int_equal(sqlite3_step(st), SQLITE_DONE);
	sqlite3_finalize(st);
	assert_int_equal(roster_conflict(f->db, id, ding_id, &c, why, sizeof why, &f->err), TC_OK);
	assert_true(c);
	assert_string_equal(why, "与被申请人 贵阳市总工会 的代理人同名 (请核实是否同一人)");

	/* A branch of the firm is the firm. */
	int64_t branch = add(f, "石磊", id_from(KAILI, 4), FIRM "贵阳分公司", NULL, "2026-11-20");
	s = suggest(f, branch, NULL, &n);
	assert_string_equal(s[n - 1].name, "潘玉珍");
	assert_true(s[n - 1].recuse);
	roster_suggestions_free(s, n);

	assert_int_equal(roster_conflict(f->db, 9999, ding_id, &c, why, sizeof why, &f->err), TC_REFUSED);
	assert_int_equal(roster_conflict(f->db, id, 9999, &c, why, sizeof why, &f->err), TC_REFUSED);
}

static void test_unit_key(void **state)
{
	static const struct {
		const char *name, *key;
	} cases[] = {
		{"贵州黔城建工集团有限公司劳动争议调解委员会", "贵州黔城建工集团"},
		{"贵州黔城建工集团有限公司", "贵州黔城建工集团"},
		{"贵州黔城建工集团有限公司贵阳分公司", "贵州黔城建工集团"},
		{"贵州黔城建工集团有限公司（贵阳）", "贵州黔城建工集团"},
		{"贵州黔城建工集团有限公司 (贵阳)", "贵州黔城建工集团"},
		{"贵州黔城（集团）建工有限公司", "贵州黔城集团建工"},
		{" 贵州 黔城建工集团　有限责任公司 ", "贵州黔城建工集团"},
		{"中建三局第一建设工程有限责任公司贵州分公司", "中建三局第一建设工程"},
		{"贵州茅台酒股份有限公司", "贵州茅台酒"},
		{"ＡＢＣ科技有限公司", "ABC科技"},
		{"南明区花果园街道人民调解委员会", "南明区花果园街道"},
		{"有限公司", ""},
		{"", ""},
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *k = roster_unit_key(cases[i].name);
		if (strcmp(k, cases[i].key) != 0)
			fail_msg("%s: got %s, want %s", cases[i].name, k, cases[i].key);
		free(k);
	}
}

static void test_role_by_stage(void **state)
{
	struct fx *f = *state;
	const char *role;
	size_t n;

	int64_t id = add(f, "吴光荣", id_from(KAILI, 5), FIRM, NULL, "2026-11-10");
	assert_int_equal(roster_suggest_role(f->db, id, &role, &f->err), TC_OK);
	assert_string_equal(role, "mediator");
	event(f, id, "accept", "2026-11-11", NULL, NULL, NULL);
	event(f, id, "mediate", "2026-11-12", "丁红梅", NULL, NULL);
	struct wf_request req = {.event = "suspend", .on = fx_day("2026-11-13"), .reason = "等待工伤认定结论"};
	struct wf_result res;
	assert_int_equal(wf_apply(f->db, &f->admin, id, &req, f->today, &res, &f->err), TC_OK);
	assert_int_equal(roster_suggest_role(f->db, id, &role, &f->err), TC_OK);
	assert_string_equal(role, "mediator"); /* the stage it left */
	req = (struct wf_request){.event = "resume", .on = fx_day("2026-11-14")};
	assert_int_equal(wf_apply(f->db, &f->admin, id, &req, f->today, &res, &f->err), TC_OK);
	event(f, id, "fail", "2026-11-15", NULL, NULL, "双方分歧较大");
	assert_int_equal(roster_suggest_role(f->db, id, &role, &f->err), TC_OK);
	assert_string_equal(role, "arbitrator");

	struct roster_suggestion *s = suggest(f, id, NULL, &n);
	assert_int_equal(n, 1);
	assert_string_equal(s[0].name, "何文斌");
	roster_suggestions_free(s, n);

	struct roster_basis b;
	assert_int_equal(roster_suggest_basis(f->db, &f->clerk, id, NULL, &b, &f->err), TC_OK);
	assert_string_equal(b.role, "arbitrator");
	assert_string_equal(b.needs, "工程建设、工资");
	assert_string_equal(b.homes, "贵州黔东南州 1 人");
	roster_basis_free(&b);

	assert_int_equal(roster_suggest(f->db, &f->clerk, id, "clerk", f->today, &s, &n, &f->err), TC_USAGE);
	assert_int_equal(roster_suggest_role(f->db, 9999, &role, &f->err), TC_REFUSED);
}

/* Only the desk may see who will probably be given a case. */
static void test_who_may_ask(void **state)
{
	struct fx *f = *state;
	struct roster_suggestion *s = NULL;
	struct roster_basis b;
	size_t n = 0;

	int64_t id = add(f, "吴光荣", id_from(KAILI, 6), FIRM, NULL, "2026-11-20");
	assert_int_equal(roster_suggest(f->db, &f->lawyer, id, NULL, f->today, &s, &n, &f->err), TC_REFUSED);
	assert_null(s);
	assert_non_null(strstr(f->err.msg, "只供分案的管理员、院领导和书记员查看"));
	assert_int_equal(roster_suggest(f->db, &f->mediator, id, NULL, f->today, &s, &n, &f->err), TC_REFUSED);
	assert_int_equal(roster_suggest_basis(f->db, &f->lawyer, id, NULL, &b, &f->err), TC_REFUSED);
	assert_int_equal(roster_suggest(f->db, &f->admin, id, NULL, f->today, &s, &n, &f->err), TC_OK);
	roster_suggestions_free(s, n);
}

static void test_person_stats(void **state)
{
	struct fx *f = *state;
	struct roster_stats st;
	int64_t id;

	book_long(f);
	assert_int_equal(roster_person_lookup(f->db, "mediator", "龙德明", &id, &f->err), TC_OK);
	assert_int_equal(roster_person_stats(f->db, &f->clerk, id, 2026, &st, &f->err), TC_OK);
	assert_int_equal(st.year, 2026);
	assert_int_equal(st.cases, 9);
	assert_int_equal(st.closed, 3);
	assert_int_equal(st.settled, 2);
	assert_int_equal(st.rate, 67);
	assert_true(st.avg_days > 13.99 && st.avg_days < 14.01); /* (10 + 14 + 18) / 3 */

	/* Another year: nothing, and no rate to speak of. */
	assert_int_equal(roster_person_stats(f->db, &f->clerk, id, 2025, &st, &f->err), TC_OK);
	assert_int_equal(st.cases, 0);
	assert_int_equal(st.rate, -1);
	assert_true(st.avg_days < 0);

	assert_int_equal(roster_person_lookup(f->db, "mediator", "丁红梅", &id, &f->err), TC_OK);
	assert_int_equal(roster_person_stats(f->db, &f->clerk, id, 2026, &st, &f->err), TC_OK);
	assert_int_equal(st.cases, 0);
	assert_int_equal(roster_person_stats(f->db, &f->lawyer, id, 2026, &st, &f->err), TC_REFUSED);
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_guizhou_case, setup, teardown),
		cmocka_unit_test_setup_teardown(test_guiyang_case_ties_by_name, setup, teardown),
		cmocka_unit_test_setup_teardown(test_conflict_grounds, setup, teardown),
		cmocka_unit_test(test_unit_key),
		cmocka_unit_test_setup_teardown(test_role_by_stage, setup, teardown),
		cmocka_unit_test_setup_teardown(test_who_may_ask, setup, teardown),
		cmocka_unit_test_setup_teardown(test_person_stats, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
