/*
 * test_roster.c - the roster: importing the sample office, imports that
 * change everything or nothing, finding who may take a case, caseloads,
 * an export that reads back to the same bytes, what a lawyer may not see,
 * and single people added, edited, suspended and resumed with the
 * import's checks.
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

#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/roster.h"
#include "tiaocai/user.h"
#include "fixture.h"

struct fx {
	char *dir;
	struct db *db;
	char *sample;
};

static int setup(void **state)
{
	struct fx *f = xcalloc(1, sizeof *f);

	if ((f->dir = fx_tmpdir("roster")) == NULL)
		return -1;
	f->db = fx_db(f->dir, "t.db", false);
	f->sample = fx_sample("roster.csv");
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fx *f = *state;

	fx_done(f->db, f->dir);
	free(f->sample);
	free(f);
	return 0;
}

#define count fx_count

/* Every roster row as one text, to see that nothing at all changed. */
static char *dump(struct db *db)
{
	static const char *const sqls[] = {
		"SELECT * FROM orgs ORDER BY id",
		"SELECT * FROM people ORDER BY id",
	};
	struct strbuf sb = {0};

	for (size_t i = 0; i < 2; i++) {
		sqlite3_stmt *st;
		assert_int_equal(sqlite3_prepare_v2(db->h, sqls[i], -1, &st, NULL), SQLITE_OK);
		while (sqlite3_step(st) == SQLITE_ROW) {
			for (int c = 0; c < sqlite3_column_count(st); c++)
				sb_printf(&sb, "%s|", db_col_text(st, c));
			sb_puts(&sb, "\n");
		}
		sqlite3_finalize(st);
	}
	return sb_take(&sb);
}

static void import_ok(struct db *db, const char *path, size_t *no, size_t *np)
{
	struct tc_err e = {0};

	if (roster_import_file(db, &fx_admin, path, no, np, &e) != TC_OK)
		fail_msg("%s", e.msg);
}

static int iso_day(const char *s)
{
	int d = date_from_iso(s);
	assert_int_not_equal(d, DATE_NONE);
	return d;
}

static const struct roster_person *person(const struct roster_person *p, size_t n,
					  const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(p[i].name, name) == 0)
			return &p[i];
	fail_msg("%s not listed", name);
	return NULL;
}

static void test_import_sample(void **state)
{
	struct fx *f = *state;
	struct roster_person *p;
	struct roster_org *o;
	struct tc_err e = {0};
	size_t no = 0, np = 0, n, nor;

	import_ok(f->db, f->sample, &no, &np);
	assert_int_equal(no, 9);
	assert_int_equal(np, 31);
	assert_int_equal(count(f->db, "SELECT COUNT(*) FROM people WHERE role = 'mediator'"), 18);
	assert_int_equal(count(f->db, "SELECT COUNT(*) FROM people WHERE role = 'arbitrator'"), 10);
	assert_int_equal(count(f->db, "SELECT COUNT(*) FROM people WHERE role = 'clerk'"), 3);
	assert_int_equal(count(f->db, "SELECT COUNT(*) FROM journal WHERE kind = 'roster'"), 1);

	assert_int_equal(roster_people(f->db, &fx_admin, NULL, &p, &n, &e), TC_OK);
	assert_int_equal(n, 31);
	assert_string_equal(p[0].role, "mediator");
	assert_string_equal(p[n - 1].role, "clerk");
	/* Lists typed with "；" come back joined with "、". */
	const struct roster_person *yang = person(p, n, "杨勇");
	assert_string_equal(yang->specialties, "工程建设、工伤");
	assert_string_equal(yang->languages, "普通话、苗语、贵阳话");
	assert_string_equal(yang->org, "贵阳市建筑业劳动争议调解委员会");
	assert_string_equal(person(p, n, "欧阳晓梅")->employment, "专职");
	/* The one whose term ended is still 在册 but shown as 期满. */
	const struct roster_person *huang = person(p, n, "黄丽");
	assert_string_equal(huang->status, "在册");
	assert_string_equal(roster_standing(huang, iso_day("2026-11-22")), "期满");
	assert_string_equal(roster_standing(huang, iso_day("2026-06-30")), "在册");
	assert_string_equal(roster_standing(person(p, n, "孙悦"), iso_day("2026-11-22")), "暂停");
	/* An in-company committee's people are not public. */
	assert_false(person(p, n, "潘玉珍")->org_public);
	assert_true(person(p, n, "陈立平")->org_public);
	roster_people_free(p, n);

	assert_int_equal(roster_people(f->db, &fx_admin, "arbitrator", &p, &n, &e), TC_OK);
	assert_int_equal(n, 10);
	roster_people_free(p, n);
	assert_int_equal(roster_people(f->db, &fx_admin, "书记员", &p, &n, &e), TC_OK);
	assert_int_equal(n, 3);
	roster_people_free(p, n);
	assert_int_equal(roster_people(f->db, &fx_admin, "judge", &p, &n, &e), TC_USAGE);

	assert_int_equal(roster_orgs(f->db, &o, &nor, &e), TC_OK);
	assert_int_equal(nor, 9);
	assert_string_equal(o[0].name, "贵阳市劳动人事争议仲裁院");
	assert_string_equal(o[4].uscc, "81520100MC39504782");
	assert_int_equal(o[0].npeople, 13);
	assert_false(o[8].public);
	roster_orgs_free(o, nor);
}

static void test_reimport_changes_nothing(void **state)
{
	struct fx *f = *state;
	size_t no = 0, np = 0;

	import_ok(f->db, f->sample, NULL, NULL);
	char *before = dump(f->db);
	int changes = sqlite3_total_changes(f->db->h);
	import_ok(f->db, f->sample, &no, &np);
	char *after = dump(f->db);
	assert_string_equal(before, after);
	assert_int_equal(no, 9);
	assert_int_equal(np, 31);
	assert_int_equal(count(f->db, "SELECT COUNT(*) FROM people"), 31);
	assert_int_equal(count(f->db, "SELECT COUNT(*) FROM orgs"), 9);
	/* Only the journal row was written the second time. */
	assert_int_equal(sqlite3_total_changes(f->db->h) - changes, 1);
	assert_int_equal(count(f->db, "SELECT COUNT(*) FROM journal WHERE kind = 'roster'"
				      " AND detail LIKE '%新增 0, 更新 0%新增 0, 更新 0%'"), 1);
	free(before);
	free(after);
}

static void test_bad_row_imports_nothing(void **state)
{
	struct fx *f = *state;
	struct tc_err e = {0};
	char *path = fx_datafile("tests/cli/fixtures/roster-bad-line7.csv");
	size_t no = 99, np = 99;

	assert_int_equal(roster_import_file(f->db, &fx_admin, path, &no, &np, &e), TC_REFUSED);
	assert_non_null(strstr(e.msg, "roster-bad-line7.csv:7: 电话: "));
	assert_string_equal(e.field, "phone");
	assert_int_equal(no, 99);
	assert_int_equal(count(f->db, "SELECT COUNT(*) FROM orgs"), 0);
	assert_int_equal(count(f->db, "SELECT COUNT(*) FROM people"), 0);
	assert_int_equal(count(f->db, "SELECT COUNT(*) FROM journal"), 0);
	free(path);
}

/* Each file holds one fault; the message must name its line and column. */
static void test_row_checks(void **state)
{
	static const char head[] =
		"类别,名称,所属组织,组织类型,统一社会信用代码,专兼职,专长,聘期开始,聘期结束,状态,状态说明,电话\n"
		"组织,甲调委会,,行业性,91350100M000100Y43,,,,,,,\n";
	static const struct {
		const char *rows;
		const char *want;
	} cases[] = {
		{"组织,乙调委会,,商会,91350100M000100Y44,,,,,,,\n", ":3: 统一社会信用代码: 校验位不符"},
		{"组织,乙调委会,,律师事务所,,,,,,,,\n", ":3: 组织类型: 不认识的组织类型 律师事务所"},
		{"组织,乙调委会,,,,,,,,,,\n", ":3: 组织类型: 组织行必须填组织类型"},
		{"调解员,张三,甲调委会,,,兼职,,2025-13-01,,,,\n", ":3: 聘期开始: "},
		{"调解员,张三,甲调委会,,,兼职,,2026-01-01,2025-12-31,,,\n",
		 ":3: 聘期结束: 聘期结束 2025-12-31 早于聘期开始 2026-01-01"},
		{"调解员,张三,甲调委会,,,兼职,,,,休假,,\n", ":3: 状态: 人员状态只能是"},
		{"调解员,张三,甲调委会,,,兼职,,,,暂停,,\n", ":3: 状态说明: 状态为暂停时须写明原因"},
		{"调解员,张三,丙调委会,,,兼职,,,,,,\n", ":3: 所属组织: 组织 丙调委会 不在本文件中"},
		{"调解员,张三,甲调委会,,,外聘,,,,,,\n", ":3: 专兼职: 只能填 专职 或 兼职"},
		{"调解员,张三,甲调委会,其他,,,,,,,,\n", ":3: 组织类型: 人员行不填此列"},
		{"律师,张三,甲调委会,,,,,,,,,\n", ":3: 类别: 不认识的类别 律师"},
		{"调解员,张三,甲调委会,,,,,,,,,0851-123\n", ":3: 电话: "},
		{"调解员,张三@甲,甲调委会,,,,,,,,,\n", ":3: 名称: 姓名中不能有 @"},
		{"组织,甲调委会,,其他,,,,,,,,\n", ":3: 名称: 组织与第 2 行重复"},
		{"调解员,张三,甲调委会,,,,,,,,,\n调解员,张三,甲调委会,,,,,,,,,\n",
		 ":4: 名称: 同一组织的同名同角色人员与第 3 行重复"},
		{"调解员,张三,甲调委会,,,,,2025-01-01,2024-01-01,,,\n调解员,李四,,,,x,,,,,,\n",
		 ":3: 聘期结束: 聘期结束 2024-01-01 早于聘期开始 2025-01-01 (另有 1 处错误)"},
	};
	struct fx *f = *state;

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct tc_err e = {0};
		char *text = xasprintf("%s%s", head, cases[i].rows);
		char *path = fx_write(f->dir, "r.csv", text);
		enum tc_status st = roster_import_file(f->db, &fx_admin, path, NULL, NULL, &e);
		if (st != TC_REFUSED || strstr(e.msg, cases[i].want) == NULL)
			fail_msg("case %zu: want \"%s\", got %d \"%s\"", i, cases[i].want, st, e.msg);
		assert_true(strncmp(e.msg, path, strlen(path)) == 0);
		free(text);
		free(path);
	}
	assert_int_equal(count(f->db, "SELECT COUNT(*) FROM orgs"), 0);
}

static void test_header_checks(void **state)
{
	struct fx *f = *state;
	struct tc_err e = {0};
	char *path = fx_write(f->dir, "h.csv", "类别,名称,电话号码\n组织,甲,\n");

	assert_int_equal(roster_import_file(f->db, &fx_admin, path, NULL, NULL, &e), TC_REFUSED);
	assert_non_null(strstr(e.msg, ":1: 不认识的列 电话号码"));
	free(path);
	path = fx_write(f->dir, "h.csv", "类别,名称,电话,phone\n组织,甲,,\n");
	assert_int_equal(roster_import_file(f->db, &fx_admin, path, NULL, NULL, &e), TC_REFUSED);
	assert_non_null(strstr(e.msg, ":1: 列 phone 出现了两次"));
	free(path);
	path = fx_write(f->dir, "h.csv", "名称,组织类型\n甲,其他\n");
	assert_int_equal(roster_import_file(f->db, &fx_admin, path, NULL, NULL, &e), TC_REFUSED);
	free(path);
}

static void test_needs_permission(void **state)
{
	struct fx *f = *state;
	struct actor clerk = {.role = ROLE_CLERK, .login = "clerk1"};
	struct tc_err e = {0};

	assert_int_equal(roster_import_file(f->db, &clerk, f->sample, NULL, NULL, &e), TC_REFUSED);
	assert_int_equal(count(f->db, "SELECT COUNT(*) FROM people"), 0);
}

/* English headers, a BOM, the other date forms, lists with mixed
 * separators, and an organisation found on the roster rather than in the
 * file. */
static void test_english_fixture(void **state)
{
	struct fx *f = *state;
	struct roster_person *p;
	struct tc_err e = {0};
	size_t no, np, n;
	char *path = fx_datafile("tests/cli/fixtures/roster-en.csv");

	import_ok(f->db, path, &no, &np);
	assert_int_equal(no, 1);
	assert_int_equal(np, 2);
	assert_int_equal(roster_people(f->db, &fx_admin, NULL, &p, &n, &e), TC_OK);
	assert_string_equal(p[0].specialties, "工资、工伤");
	assert_string_equal(p[0].languages, "布依语、普通话");
	assert_string_equal(p[0].term_start, "2025-01-01");
	assert_string_equal(p[0].term_end, "2027-12-31");
	assert_string_equal(p[0].phone, "13985540031");
	assert_string_equal(p[1].status, "解聘");
	roster_people_free(p, n);
	free(path);

	path = fx_datafile("tests/cli/fixtures/roster-same-name.csv");
	assert_int_equal(roster_import_file(f->db, &fx_admin, path, NULL, NULL, &e), TC_REFUSED);
	assert_non_null(strstr(e.msg, "组织 南明区花果园街道劳动争议调解委员会 不在本文件中"));
	import_ok(f->db, f->sample, NULL, NULL);
	import_ok(f->db, path, &no, &np);
	assert_int_equal(no, 0);
	assert_int_equal(np, 1);
	free(path);
}

static void test_person_find(void **state)
{
	struct fx *f = *state;
	struct tc_err e = {0};
	int64_t id = -1;
	int today = iso_day("2026-11-22");

	import_ok(f->db, f->sample, NULL, NULL);
	assert_int_equal(roster_person_find(f->db, "mediator", "陈立平", today, &id, &e), TC_OK);
	assert_true(id > 0);
	assert_int_equal(roster_person_find(f->db, "arbitrator", "何文斌", today, &id, &e), TC_OK);
	assert_int_equal(roster_person_find(f->db, "mediator", " 欧阳晓梅 ", today, &id, &e), TC_OK);

	assert_int_equal(roster_person_find(f->db, "mediator", "王五", today, &id, &e), TC_REFUSED);
	assert_string_equal(e.msg, "名册中没有调解员 王五");
	assert_int_equal(id, 0);
	assert_int_equal(roster_person_find(f->db, "mediator", "何文斌", today, &id, &e), TC_REFUSED);
	assert_string_equal(e.msg, "名册中没有调解员 何文斌");
	assert_int_equal(roster_person_find(f->db, "mediator", "孙悦", today, &id, &e), TC_REFUSED);
	assert_string_equal(e.msg, "调解员 孙悦 已暂停: 代理本委在办案件，2026-09-01起暂停调解");
	assert_string_equal(e.field, "mediator");
	assert_int_equal(roster_person_find(f->db, "mediator", "黄丽", today, &id, &e), TC_REFUSED);
	assert_string_equal(e.msg, "调解员 黄丽 的聘期已于 2026-06-30 届满");
	/* Before the term ended she could be assigned; with no date, too. */
	assert_int_equal(roster_person_find(f->db, "mediator", "黄丽", iso_day("2026-06-30"), &id, &e),
			 TC_OK);
	assert_int_equal(roster_person_find(f->db, "mediator", "黄丽", DATE_NONE, &id, &e), TC_OK);
	assert_int_equal(roster_person_find(f->db, "mediator", "罗志刚", iso_day("2025-02-01"), &id, &e),
			 TC_REFUSED);
	assert_non_null(strstr(e.msg, "尚未到任"));
	assert_int_equal(roster_person_find(f->db, "mediator", "", today, &id, &e), TC_REFUSED);
	assert_int_equal(roster_person_find(f->db, "judge", "陈立平", today, &id, &e), TC_USAGE);
}

static void test_same_name(void **state)
{
	struct fx *f = *state;
	struct tc_err e = {0};
	int64_t id = 0, id2 = 0;
	int today = iso_day("2026-11-22");
	char *path = fx_datafile("tests/cli/fixtures/roster-same-name.csv");

	import_ok(f->db, f->sample, NULL, NULL);
	import_ok(f->db, path, NULL, NULL);
	assert_int_equal(roster_person_find(f->db, "mediator", "王芳", today, &id, &e), TC_REFUSED);
	assert_string_equal(e.msg, "名册中有 2 名调解员叫 王芳, 请写成 姓名@组织: "
				   "王芳@贵阳市劳动人事争议仲裁院调解中心、"
				   "王芳@南明区花果园街道劳动争议调解委员会");
	assert_int_equal(roster_person_find(f->db, "mediator", "王芳@南明区花果园街道劳动争议调解委员会",
					    today, &id, &e), TC_OK);
	assert_int_equal(roster_person_find(f->db, "mediator", "王芳@贵阳市劳动人事争议仲裁院调解中心",
					    today, &id2, &e), TC_OK);
	assert_true(id > 0 && id2 > 0 && id != id2);
	assert_int_equal(roster_person_find(f->db, "mediator", "王芳@观山湖区", today, &id, &e),
			 TC_REFUSED);
	assert_non_null(strstr(e.msg, "名册中没有调解员 王芳@观山湖区 (名册中有: "));
	free(path);
}

static int64_t person_id(struct fx *f, const char *role, const char *name)
{
	struct tc_err e = {0};
	int64_t id = 0;

	if (roster_person_find(f->db, role, name, DATE_NONE, &id, &e) != TC_OK)
		fail_msg("%s", e.msg);
	return id;
}

static void add_case(struct fx *f, int seq, const char *stage, int64_t mediator,
		     int64_t arbitrator)
{
	static const char sql[] =
		"INSERT INTO cases(year, seq, case_no, stage, source, received_on,"
		" first_applicant, respondents, mediator_id, arbitrator_id)"
		" VALUES (2026, ?1, ?2, ?3, '窗口', '2026-11-02', '申请人', '被申请人', ?4, ?5)";
	sqlite3_stmt *st;
	char no[64];

	snprintf(no, sizeof no, "贵劳人仲案字〔2026〕第%d号", seq);
	if (sqlite3_prepare_v2(f->db->h, sql, -1, &st, NULL) != SQLITE_OK)
		fail_msg("%s", sqlite3_errmsg(f->db->h));
	sqlite3_bind_int(st, 1, seq);
	sqlite3_bind_text(st, 2, no, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, stage, -1, SQLITE_STATIC);
	if (mediator)
		sqlite3_bind_int64(st, 4, mediator);
	if (arbitrator)
		sqlite3_bind_int64(st, 5, arbitrator);
	assert_int_equal(sqlite3_step(st), SQLITE_DONE);
	sqlite3_finalize(st);
}

static void test_caseload(void **state)
{
	struct fx *f = *state;
	struct roster_person *p;
	struct tc_err e = {0};
	size_t n;

	import_ok(f->db, f->sample, NULL, NULL);
	int64_t chen = person_id(f, "mediator", "陈立平");
	int64_t he = person_id(f, "arbitrator", "何文斌");
	int64_t wei = person_id(f, "mediator", "韦兴荣");
	add_case(f, 1, "mediating", chen, 0);
	add_case(f, 2, "premediation", chen, 0);
	add_case(f, 3, "closed", chen, he);
	add_case(f, 4, "hearing", wei, he);
	add_case(f, 5, "suspended", 0, he);
	add_case(f, 6, "received", 0, 0);

	assert_int_equal(roster_people(f->db, &fx_admin, NULL, &p, &n, &e), TC_OK);
	assert_int_equal(person(p, n, "陈立平")->caseload, 2);
	assert_int_equal(person(p, n, "何文斌")->caseload, 2);
	assert_int_equal(person(p, n, "韦兴荣")->caseload, 1);
	assert_int_equal(person(p, n, "王芳")->caseload, 0);
	int total = 0;
	for (size_t i = 0; i < n; i++)
		total += person(p, n, p[i].name)->caseload;
	assert_int_equal(total, 5);
	roster_people_free(p, n);
}

static void export_ok(struct db *db, const char *path, enum csvio_encoding enc, unsigned flags)
{
	struct tc_err e = {0};

	if (roster_export_file(db, &fx_admin, path, enc, flags, &e) != TC_OK)
		fail_msg("%s", e.msg);
}

/* export -> import into a fresh database -> export gives the same bytes,
 * whatever header language or encoding the middle file used. */
static void test_round_trip(void **state)
{
	struct fx *f = *state;
	static const struct {
		enum csvio_encoding enc;
		unsigned flags;
	} ways[] = {
		{CSVIO_UTF8, 0}, {CSVIO_UTF8, ROSTER_EXPORT_EN},
		{CSVIO_UTF8_BOM, 0}, {CSVIO_GB18030, ROSTER_EXPORT_EN},
	};
	size_t la, lb;

	import_ok(f->db, f->sample, NULL, NULL);
	char *a_path = xasprintf("%s/a.csv", f->dir);
	export_ok(f->db, a_path, CSVIO_UTF8, 0);
	char *a = fx_slurp(a_path, &la);
	assert_true(la > 1000);
	assert_memory_equal(a, "\"类别\",\"名称\"", strlen("\"类别\",\"名称\""));
	assert_non_null(strstr(a, "\"工程建设、工伤\""));

	for (size_t i = 0; i < sizeof ways / sizeof ways[0]; i++) {
		char name[32];
		snprintf(name, sizeof name, "r%zu.db", i);
		struct db *db = fx_db(f->dir, name, false);
		char *mid = xasprintf("%s/mid%zu.csv", f->dir, i);
		char *b_path = xasprintf("%s/b%zu.csv", f->dir, i);
		export_ok(f->db, mid, ways[i].enc, ways[i].flags);
		import_ok(db, mid, NULL, NULL);
		export_ok(db, b_path, CSVIO_UTF8, 0);
		char *b = fx_slurp(b_path, &lb);
		assert_int_equal(la, lb);
		assert_memory_equal(a, b, la);
		free(b);
		free(mid);
		free(b_path);
		db_close(db);
	}

	/* The public roster leaves out the in-company committee. */
	export_ok(f->db, a_path, CSVIO_UTF8, ROSTER_EXPORT_PUBLIC);
	char *pub = fx_slurp(a_path, &lb);
	assert_null(strstr(pub, "贵州黔城建工集团"));
	assert_null(strstr(pub, "潘玉珍"));
	assert_non_null(strstr(pub, "欧阳晓梅"));
	free(pub);
	free(a);
	free(a_path);
}

static void test_export_failure_leaves_nothing(void **state)
{
	struct fx *f = *state;
	struct tc_err e = {0};
	char *path = xasprintf("%s/no/such/dir/x.csv", f->dir);

	assert_int_equal(roster_export_file(f->db, &fx_admin, path, CSVIO_UTF8, 0, &e), TC_STORAGE);
	assert_int_equal(access(path, F_OK), -1);
	free(path);
}

/* A lawyer (read-only) sees the roster without the private fields: no
 * mobile numbers and no suspension reasons, in the list and in one
 * person alike; a clerk sees both.  The lawyer may not export at all. */
static void test_private_fields_for_lawyer(void **state)
{
	struct fx *f = *state;
	struct actor clerk, lawyer;
	struct roster_person *p;
	const struct roster_person *chen;
	struct tc_err e = {0};
	int64_t id;
	size_t n;

	import_ok(f->db, f->sample, NULL, NULL);
	/* The office's first user must be the real login, as admin. */
	struct passwd *pw = getpwuid(geteuid());
	struct actor admin;
	assert_non_null(pw);
	assert_int_equal(fx_actor(f->db, &fx_admin, &admin, pw->pw_name, "admin", NULL), 0);
	assert_int_equal(fx_actor(f->db, &fx_admin, &clerk, "clerk1", "clerk", NULL), 0);
	assert_int_equal(fx_actor(f->db, &fx_admin, &lawyer, "lvshi", "lawyer", NULL), 0);
	assert_int_equal(roster_person_lookup(f->db, "mediator", "陈立平", &id, &e), TC_OK);
	assert_int_equal(roster_person_set_status(f->db, &fx_admin, id, "暂停", "病假", &e), TC_OK);

	assert_int_equal(roster_people(f->db, &clerk, NULL, &p, &n, &e), TC_OK);
	chen = person(p, n, "陈立平");
	assert_string_equal(chen->phone, "13985017342");
	assert_string_equal(chen->status_reason, "病假");
	roster_people_free(p, n);

	assert_int_equal(roster_people(f->db, &lawyer, NULL, &p, &n, &e), TC_OK);
	assert_int_equal(n, 31);
	for (size_t i = 0; i < n; i++) {
		assert_string_equal(p[i].phone, "");
		assert_string_equal(p[i].status_reason, "");
	}
	chen = person(p, n, "陈立平");
	assert_string_equal(chen->status, "暂停"); /* the standing itself is not private */
	assert_string_equal(chen->specialties, "工资、社保");
	roster_people_free(p, n);

	assert_int_equal(roster_person_get(f->db, &lawyer, id, &p, &e), TC_OK);
	assert_string_equal(p->phone, "");
	assert_string_equal(p->status_reason, "");
	roster_people_free(p, 1);
	assert_int_equal(roster_person_get(f->db, &clerk, id, &p, &e), TC_OK);
	assert_string_equal(p->phone, "13985017342");
	roster_people_free(p, 1);

	/* No export: refused before a file exists, nothing on a stream. */
	char *path = xasprintf("%s/lawyer.csv", f->dir);
	assert_int_equal(roster_export_file(f->db, &lawyer, path, CSVIO_UTF8, 0, &e), TC_REFUSED);
	assert_non_null(strstr(e.msg, "无权"));
	assert_int_equal(access(path, F_OK), -1);
	FILE *fp = tmpfile();
	assert_non_null(fp);
	assert_int_equal(roster_export_fp(f->db, &lawyer, fp, CSVIO_UTF8, 0, &e), TC_REFUSED);
	assert_int_equal(ftell(fp), 0);
	fclose(fp);
	assert_int_equal(roster_export_file(f->db, &clerk, path, CSVIO_UTF8, 0, &e), TC_OK);
	free(path);
}


/* ---- one person at a time ---------------------------------------------- */

static const char ORG[] = "贵阳市劳动人事争议仲裁院";

static int64_t add_ok(struct fx *f, const struct roster_person_in *in)
{
	struct tc_err e = {0};
	int64_t id = 0;

	if (roster_person_save(f->db, &fx_admin, 0, in, &id, &e) != TC_OK)
		fail_msg("%s", e.msg);
	assert_true(id > 0);
	return id;
}

static void test_person_add(void **state)
{
	struct fx *f = *state;
	struct roster_person *p;
	struct tc_err e = {0};
	int64_t id2 = -1;

	import_ok(f->db, f->sample, NULL, NULL);
	struct roster_person_in in = {
		.role = "调解员", .name = " 田甜 ", .org = ORG, .employment = "兼职",
		.specialties = "工资, 新业态；工资", .languages = "普通话 ", .cert_no = "",
		.term_start = "2026年1月1日", .term_end = "20281231", .phone = "139-8554-0099",
	};
	int64_t id = add_ok(f, &in);
	/* Stored exactly as an import of the same values would store them. */
	assert_int_equal(roster_person_get(f->db, &fx_admin, id, &p, &e), TC_OK);
	assert_string_equal(p->role, "mediator");
	assert_string_equal(p->name, "田甜");
	assert_string_equal(p->org, ORG);
	assert_string_equal(p->specialties, "工资、新业态");
	assert_string_equal(p->languages, "普通话");
	assert_string_equal(p->cert_no, "");
	assert_string_equal(p->term_start, "2026-01-01");
	assert_string_equal(p->term_end, "2028-12-31");
	assert_string_equal(p->phone, "13985540099");
	assert_string_equal(p->status, "在册");
	assert_int_equal(p->caseload, 0);
	roster_people_free(p, 1);
	assert_int_equal(count(f->db, "SELECT COUNT(*) FROM journal WHERE kind = 'roster'"
				      " AND detail LIKE '登记调解员 田甜@%'"), 1);
	assert_int_equal(roster_person_find(f->db, "mediator", "田甜", iso_day("2026-11-22"), &id2,
					    &e), TC_OK);
	assert_int_equal(id2, id);

	/* The key of the import: the same role, name and organisation. */
	char *before = dump(f->db);
	struct roster_person_in dup = {.role = "mediator", .name = "田甜", .org = ORG};
	assert_int_equal(roster_person_save(f->db, &fx_admin, 0, &dup, &id2, &e), TC_REFUSED);
	assert_string_equal(e.msg, "名称: 名册中已有调解员 田甜@贵阳市劳动人事争议仲裁院 (编号 32)");
	assert_string_equal(e.field, "name");
	assert_int_equal(id2, 0);
	/* Another role or no organisation is another entry. */
	dup.role = "arbitrator";
	add_ok(f, &dup);
	dup.role = "mediator";
	dup.org = NULL;
	add_ok(f, &dup);
	assert_int_equal(roster_person_save(f->db, &fx_admin, 0, &dup, NULL, &e), TC_REFUSED);
	assert_string_equal(e.msg, "名称: 名册中已有调解员 田甜 (编号 34)");
	free(before);

	/* Faults named by the Chinese header, as the import names them. */
	static const struct {
		struct roster_person_in in;
		const char *want;
	} bad[] = {
		{{.role = "mediator", .name = "吴刚", .term_start = "2026-01-01", .term_end = "2025-12-31"},
		 "聘期结束: 聘期结束 2025-12-31 早于聘期开始 2026-01-01"},
		{{.role = "mediator", .name = "吴刚", .term_start = "2026-13-01"}, "聘期开始: "},
		{{.role = "mediator", .name = "吴刚", .employment = "外聘"}, "专兼职: 只能填 专职 或 兼职, 不是 外聘"},
		{{.role = "mediator", .name = "吴刚", .phone = "0851-123"}, "电话: "},
		{{.role = "mediator", .name = "吴@刚"}, "名称: 姓名中不能有 @"},
		{{.role = "mediator", .name = ""}, "名称: 调解员名称不能为空"},
		{{.role = "mediator", .name = "吴刚", .org = "观山湖区调委会"},
		 "所属组织: 名册中没有组织 观山湖区调委会"},
		{{.role = "mediator", .name = "吴刚", .background = "x\x01y"}, "背景: 第2个字是控制字符 U+0001"},
		{{.role = "mediator", .name = "吴刚", .employment = "外聘", .phone = "12"},
		 "(另有 1 处错误)"},
	};
	before = dump(f->db);
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		enum tc_status st = roster_person_save(f->db, &fx_admin, 0, &bad[i].in, NULL, &e);
		if (st != TC_REFUSED || strstr(e.msg, bad[i].want) == NULL)
			fail_msg("case %zu: want \"%s\", got %d \"%s\"", i, bad[i].want, st, e.msg);
	}
	struct roster_person_in role = {.role = "judge", .name = "吴刚"};
	assert_int_equal(roster_person_save(f->db, &fx_admin, 0, &role, NULL, &e), TC_USAGE);
	role.role = NULL;
	assert_int_equal(roster_person_save(f->db, &fx_admin, 0, &role, NULL, &e), TC_USAGE);
	role.role = "组织";
	assert_int_equal(roster_person_save(f->db, &fx_admin, 0, &role, NULL, &e), TC_USAGE);
	char *after = dump(f->db);
	assert_string_equal(before, after);
	free(before);
	free(after);
}

static void test_person_edit(void **state)
{
	struct fx *f = *state;
	struct roster_person *p;
	struct tc_err e = {0};

	import_ok(f->db, f->sample, NULL, NULL);
	struct roster_person_in in = {.role = "mediator", .name = "田甜", .org = ORG,
				      .term_start = "2026-01-01", .term_end = "2028-12-31",
				      .phone = "13985540099"};
	int64_t id = add_ok(f, &in);

	/* term_end before term_start: refused naming 聘期结束, nothing changes. */
	char *before = dump(f->db);
	int64_t journal = count(f->db, "SELECT COUNT(*) FROM journal");
	struct roster_person_in ed = {.term_end = "2025-12-31"};
	assert_int_equal(roster_person_save(f->db, &fx_admin, id, &ed, NULL, &e), TC_REFUSED);
	assert_string_equal(e.msg, "聘期结束: 聘期结束 2025-12-31 早于聘期开始 2026-01-01");
	assert_string_equal(e.field, "term_end");
	/* The check is against the stored start, and a new start against the
	 * stored end. */
	ed = (struct roster_person_in){.term_start = "2029-01-01"};
	assert_int_equal(roster_person_save(f->db, &fx_admin, id, &ed, NULL, &e), TC_REFUSED);
	assert_non_null(strstr(e.msg, "聘期结束: "));
	/* The role cannot change; a missing entry is refused. */
	ed = (struct roster_person_in){.role = "arbitrator", .phone = "13985540000"};
	assert_int_equal(roster_person_save(f->db, &fx_admin, id, &ed, NULL, &e), TC_REFUSED);
	assert_int_equal(roster_person_save(f->db, &fx_admin, 9999, &ed, NULL, &e), TC_REFUSED);
	assert_string_equal(e.msg, "名册中没有编号 9999 的人员");
	/* Renaming onto an existing entry (王芳 of the same organisation). */
	int64_t wang = person_id(f, "mediator", "王芳");
	ed = (struct roster_person_in){.name = "陈立平"};
	assert_int_equal(roster_person_save(f->db, &fx_admin, wang, &ed, NULL, &e), TC_REFUSED);
	assert_non_null(strstr(e.msg, "名称: 名册中已有调解员 陈立平@"));
	char *after = dump(f->db);
	assert_string_equal(before, after);
	assert_int_equal(count(f->db, "SELECT COUNT(*) FROM journal"), journal);
	free(before);
	free(after);

	/* NULL and "" keep a value, "-" empties it, the rest replaces it. */
	int64_t out = 0;
	ed = (struct roster_person_in){.org = "-", .phone = "", .term_end = "2029/6/30",
				       .languages = "贵阳话、普通话"};
	assert_int_equal(roster_person_save(f->db, &fx_admin, id, &ed, &out, &e), TC_OK);
	assert_int_equal(out, id);
	assert_int_equal(roster_person_get(f->db, &fx_admin, id, &p, &e), TC_OK);
	assert_string_equal(p->org, "");
	assert_string_equal(p->phone, "13985540099");
	assert_string_equal(p->term_start, "2026-01-01");
	assert_string_equal(p->term_end, "2029-06-30");
	assert_string_equal(p->languages, "贵阳话、普通话");
	roster_people_free(p, 1);
	assert_int_equal(count(f->db, "SELECT COUNT(*) FROM journal WHERE kind = 'roster' AND detail ="
				      " '修改调解员 田甜@贵阳市劳动人事争议仲裁院 (编号 32): 所属组织"
				      " 贵阳市劳动人事争议仲裁院 → (空); 语言 (空) → 贵阳话、普通话;"
				      " 聘期结束 2028-12-31 → 2029-06-30'"), 1);

	/* The same values again write nothing, not even a journal row. */
	int changes = sqlite3_total_changes(f->db->h);
	assert_int_equal(roster_person_save(f->db, &fx_admin, id, &ed, NULL, &e), TC_OK);
	assert_int_equal(sqlite3_total_changes(f->db->h), changes);

	/* A status stays as it is through an edit. */
	assert_int_equal(roster_person_set_status(f->db, &fx_admin, id, "暂停", "病假", &e), TC_OK);
	ed = (struct roster_person_in){.cert_no = "筑调2026-101"};
	assert_int_equal(roster_person_save(f->db, &fx_admin, id, &ed, NULL, &e), TC_OK);
	assert_int_equal(roster_person_get(f->db, &fx_admin, id, &p, &e), TC_OK);
	assert_string_equal(p->status, "暂停");
	assert_string_equal(p->status_reason, "病假");
	assert_string_equal(p->cert_no, "筑调2026-101");
	roster_people_free(p, 1);
}

static void test_person_status(void **state)
{
	struct fx *f = *state;
	struct roster_person *p;
	struct tc_err e = {0};
	int64_t found = 0;
	int today = iso_day("2026-11-22");

	import_ok(f->db, f->sample, NULL, NULL);
	int64_t chen = person_id(f, "mediator", "陈立平");
	add_case(f, 1, "mediating", chen, 0);

	char *before = dump(f->db);
	assert_int_equal(roster_person_set_status(f->db, &fx_admin, chen, "暂停", NULL, &e),
			 TC_REFUSED);
	assert_string_equal(e.msg, "状态说明: 状态为暂停时须写明原因");
	assert_int_equal(roster_person_set_status(f->db, &fx_admin, chen, "解聘", "  ", &e),
			 TC_REFUSED);
	assert_string_equal(e.msg, "状态说明: 状态为解聘时须写明原因");
	assert_int_equal(roster_person_set_status(f->db, &fx_admin, chen, "休假", "x", &e),
			 TC_REFUSED);
	assert_string_equal(e.msg, "状态: 人员状态只能是 在册、暂停 或 解聘, 不是 休假");
	assert_int_equal(roster_person_set_status(f->db, &fx_admin, chen, "", "x", &e), TC_USAGE);
	assert_int_equal(roster_person_set_status(f->db, &fx_admin, chen, "在册", NULL, &e),
			 TC_REFUSED);
	assert_non_null(strstr(e.msg, "本已在册"));
	char *after = dump(f->db);
	assert_string_equal(before, after);
	free(before);
	free(after);

	/* Suspended: the workflow refuses him, naming the status and reason;
	 * his open case keeps him. */
	assert_int_equal(roster_person_set_status(f->db, &fx_admin, chen, "暂停", "长期出差", &e),
			 TC_OK);
	assert_int_equal(roster_person_find(f->db, "mediator", "陈立平", today, &found, &e),
			 TC_REFUSED);
	assert_string_equal(e.msg, "调解员 陈立平 已暂停: 长期出差");
	assert_int_equal(roster_person_get(f->db, &fx_admin, chen, &p, &e), TC_OK);
	assert_string_equal(p->status, "暂停");
	assert_string_equal(roster_standing(p, today), "暂停");
	assert_int_equal(p->caseload, 1);
	roster_people_free(p, 1);
	/* The same again is refused; another reason replaces the first. */
	assert_int_equal(roster_person_set_status(f->db, &fx_admin, chen, "暂停", "长期出差", &e),
			 TC_REFUSED);
	assert_int_equal(roster_person_set_status(f->db, &fx_admin, chen, "暂停", "病假", &e), TC_OK);

	/* Back on the roster: the reason goes, the workflow takes him again. */
	assert_int_equal(roster_person_set_status(f->db, &fx_admin, chen, "在册", "已返岗", &e), TC_OK);
	assert_int_equal(roster_person_get(f->db, &fx_admin, chen, &p, &e), TC_OK);
	assert_string_equal(p->status, "在册");
	assert_string_equal(p->status_reason, "");
	roster_people_free(p, 1);
	assert_int_equal(roster_person_find(f->db, "mediator", "陈立平", today, &found, &e), TC_OK);
	assert_int_equal(found, chen);

	assert_int_equal(roster_person_set_status(f->db, &fx_admin, chen, "解聘", "任期内调离", &e),
			 TC_OK);
	assert_int_equal(roster_person_find(f->db, "mediator", "陈立平", today, &found, &e),
			 TC_REFUSED);
	assert_string_equal(e.msg, "调解员 陈立平 已解聘: 任期内调离");
	assert_int_equal(count(f->db, "SELECT COUNT(*) FROM journal WHERE kind = 'roster'"
				      " AND detail LIKE '%陈立平%'"), 4);
	assert_int_equal(count(f->db, "SELECT COUNT(*) FROM journal WHERE detail LIKE"
				      " '恢复调解员 陈立平@% (编号 1) 在册 (原为暂停: 病假)'"), 1);
	assert_int_equal(roster_person_set_status(f->db, &fx_admin, 9999, "在册", NULL, &e),
			 TC_REFUSED);
}

static void test_person_needs_permission(void **state)
{
	struct fx *f = *state;
	struct actor clerk = {.role = ROLE_CLERK, .login = "clerk1"};
	struct actor boss = {.role = ROLE_SUPERVISOR, .login = "kezhang"};
	struct tc_err e = {0};
	struct roster_person_in in = {.role = "mediator", .name = "田甜"};

	import_ok(f->db, f->sample, NULL, NULL);
	int64_t chen = person_id(f, "mediator", "陈立平");
	char *before = dump(f->db);
	int64_t journal = count(f->db, "SELECT COUNT(*) FROM journal");
	assert_int_equal(roster_person_save(f->db, &clerk, 0, &in, NULL, &e), TC_REFUSED);
	assert_non_null(strstr(e.msg, "无权"));
	assert_int_equal(roster_person_save(f->db, &clerk, chen, &in, NULL, &e), TC_REFUSED);
	assert_int_equal(roster_person_set_status(f->db, &clerk, chen, "暂停", "x", &e), TC_REFUSED);
	char *after = dump(f->db);
	assert_string_equal(before, after);
	assert_int_equal(count(f->db, "SELECT COUNT(*) FROM journal"), journal);
	free(before);
	free(after);
	/* A supervisor may, and the journal names who did it. */
	assert_int_equal(roster_person_save(f->db, &boss, 0, &in, NULL, &e), TC_OK);
	assert_int_equal(count(f->db, "SELECT COUNT(*) FROM journal WHERE actor = 'kezhang'"
				      " AND kind = 'roster'"), 1);
}

static void test_person_lookup(void **state)
{
	struct fx *f = *state;
	struct tc_err e = {0};
	int64_t id = -1;
	struct roster_person_in in = {.role = "mediator", .name = "石磊"};

	import_ok(f->db, f->sample, NULL, NULL);
	int64_t arb = person_id(f, "arbitrator", "石磊");
	int64_t sun = count(f->db, "SELECT id FROM people WHERE name = '孙悦'"); /* suspended */
	int64_t med = add_ok(f, &in);

	/* Status and term do not hide anyone from an edit. */
	assert_int_equal(roster_person_lookup(f->db, NULL, "孙悦", &id, &e), TC_OK);
	assert_int_equal(id, sun);
	assert_int_equal(roster_person_lookup(f->db, "mediator", "黄丽", &id, &e), TC_OK);

	assert_int_equal(roster_person_lookup(f->db, NULL, "石磊", &id, &e), TC_REFUSED);
	assert_string_equal(e.msg, "名册中有 2 人叫 石磊 (调解员 石磊@、仲裁员 石磊@贵阳市劳动人事争议仲裁院),"
				   " 请用 --role 指明角色");
	assert_int_equal(id, 0);
	assert_int_equal(roster_person_lookup(f->db, "arbitrator", "石磊", &id, &e), TC_OK);
	assert_int_equal(id, arb);
	assert_int_equal(roster_person_lookup(f->db, "调解员", "石磊", &id, &e), TC_OK);
	assert_int_equal(id, med);
	assert_int_equal(roster_person_lookup(f->db, NULL, "石磊@", &id, &e), TC_OK);
	assert_int_equal(id, med);
	assert_int_equal(roster_person_lookup(f->db, NULL, "石磊@贵阳市劳动人事争议仲裁院", &id, &e),
			 TC_OK);
	assert_int_equal(id, arb);

	/* Two mediators of one name: 姓名@组织 tells them apart. */
	in.org = ORG;
	add_ok(f, &in);
	assert_int_equal(roster_person_lookup(f->db, "mediator", "石磊", &id, &e), TC_REFUSED);
	assert_string_equal(e.msg, "名册中有 2 名调解员叫 石磊, 请写成 姓名@组织: 石磊@、石磊@贵阳市劳动人事争议仲裁院");

	char num[24];
	snprintf(num, sizeof num, "%lld", (long long)sun);
	assert_int_equal(roster_person_lookup(f->db, NULL, num, &id, &e), TC_OK);
	assert_int_equal(id, sun);
	assert_int_equal(roster_person_lookup(f->db, "arbitrator", num, &id, &e), TC_REFUSED);
	assert_string_equal(e.msg, "编号 7 是调解员, 不是仲裁员");
	assert_int_equal(roster_person_lookup(f->db, NULL, "9999", &id, &e), TC_REFUSED);
	assert_string_equal(e.msg, "名册中没有编号 9999 的人员");
	assert_int_equal(roster_person_lookup(f->db, NULL, "王五", &id, &e), TC_REFUSED);
	assert_string_equal(e.msg, "名册中没有 王五");
	assert_int_equal(roster_person_lookup(f->db, "clerk", "石磊", &id, &e), TC_REFUSED);
	assert_string_equal(e.msg, "名册中没有书记员 石磊");
	assert_int_equal(roster_person_lookup(f->db, NULL, " ", &id, &e), TC_REFUSED);
	assert_int_equal(roster_person_lookup(f->db, "judge", "石磊", &id, &e), TC_USAGE);
}

/* Edits, suspensions and dismissals all survive export -> import into a
 * fresh database -> export, byte for byte, and importing the export back
 * into the edited database changes nobody. */
static void test_round_trip_after_edits(void **state)
{
	struct fx *f = *state;
	struct tc_err e = {0};
	size_t la, lb;

	import_ok(f->db, f->sample, NULL, NULL);
	struct roster_person_in add = {.role = "mediator", .name = "田甜", .org = ORG,
				       .specialties = "工资,新业态", .term_start = "2026-1-1"};
	int64_t tian = add_ok(f, &add);
	struct roster_person_in noorg = {.role = "clerk", .name = "小李", .phone = "0851-85871299"};
	add_ok(f, &noorg);
	struct roster_person_in ed = {.phone = "13985540099", .background = "工会, 律师"};
	assert_int_equal(roster_person_save(f->db, &fx_admin, tian, &ed, NULL, &e), TC_OK);
	assert_int_equal(roster_person_set_status(f->db, &fx_admin, person_id(f, "mediator", "王芳"),
						  "解聘", "调往他处", &e), TC_OK);

	char *a_path = xasprintf("%s/a.csv", f->dir);
	char *b_path = xasprintf("%s/b.csv", f->dir);
	export_ok(f->db, a_path, CSVIO_UTF8, 0);
	struct db *db = fx_db(f->dir, "fresh.db", false);
	size_t no = 0, np = 0;
	import_ok(db, a_path, &no, &np);
	assert_int_equal(np, 33);
	export_ok(db, b_path, CSVIO_UTF8, 0);
	char *a = fx_slurp(a_path, &la), *b = fx_slurp(b_path, &lb);
	assert_int_equal(la, lb);
	assert_memory_equal(a, b, la);
	assert_non_null(strstr(a, "\"工会, 律师\""));
	assert_non_null(strstr(a, "\"解聘\",\"调往他处\""));
	db_close(db);

	char *before = dump(f->db);
	import_ok(f->db, a_path, NULL, NULL);
	char *after = dump(f->db);
	assert_string_equal(before, after);
	free(before);
	free(after);
	free(a);
	free(b);
	free(a_path);
	free(b_path);
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_import_sample, setup, teardown),
		cmocka_unit_test_setup_teardown(test_reimport_changes_nothing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bad_row_imports_nothing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_row_checks, setup, teardown),
		cmocka_unit_test_setup_teardown(test_header_checks, setup, teardown),
		cmocka_unit_test_setup_teardown(test_needs_permission, setup, teardown),
		cmocka_unit_test_setup_teardown(test_english_fixture, setup, teardown),
		cmocka_unit_test_setup_teardown(test_person_find, setup, teardown),
		cmocka_unit_test_setup_teardown(test_same_name, setup, teardown),
		cmocka_unit_test_setup_teardown(test_caseload, setup, teardown),
		cmocka_unit_test_setup_teardown(test_round_trip, setup, teardown),
		cmocka_unit_test_setup_teardown(test_export_failure_leaves_nothing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_private_fields_for_lawyer, setup, teardown),
		cmocka_unit_test_setup_teardown(test_person_add, setup, teardown),
		cmocka_unit_test_setup_teardown(test_person_edit, setup, teardown),
		cmocka_unit_test_setup_teardown(test_person_status, setup, teardown),
		cmocka_unit_test_setup_teardown(test_person_needs_permission, setup, teardown),
		cmocka_unit_test_setup_teardown(test_person_lookup, setup, teardown),
		cmocka_unit_test_setup_teardown(test_round_trip_after_edits, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
