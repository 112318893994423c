/*
 * test_calendar.c - the holiday calendar: working days of the sample
 * years, the provisional years counted by the statutory holidays, and
 * imports that either change everything or nothing.
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

#include "tiaocai/calendar.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/user.h"
#include "fixture.h"

struct fx {
	char *dir;
	struct db *db;
};

static int setup(void **state)
{
	struct fx *f = xcalloc(1, sizeof *f);

	if ((f->dir = fx_tmpdir("cal")) == NULL)
		return -1;
	f->db = fx_db(f->dir, "t.db", true);
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

static const struct cal *cal_of(struct fx *f)
{
	const struct cal *c = NULL;
	struct tc_err e = {0};

	assert_int_equal(cal_get(f->db, &c, &e), TC_OK);
	return c;
}

static int day(const char *iso) { return date_from_iso(iso); }

static int count_rows(struct fx *f, const char *sql)
{
	sqlite3_stmt *st;
	int n = -1;

	assert_int_equal(sqlite3_prepare_v2(f->db->h, sql, -1, &st, NULL), SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return n;
}

static void working_days_per_year(void **state)
{
	const struct cal *c = cal_of(*state);

	assert_int_equal(cal_working_days(c, 2026), 248);
	assert_int_equal(cal_working_days(c, 2025), 248);
	assert_false(cal_year_provisional(c, 2026));
	/* 2027 is not loaded: Monday to Friday less the statutory holidays on
	 * weekdays (01-01, 02-05, 02-08, 04-05, 06-09, 09-15, 10-01). */
	assert_false(cal_year_loaded(c, 2027));
	assert_true(cal_year_provisional(c, 2027));
	assert_int_equal(cal_working_days(c, 2027), 261 - 7);
}

static void workdays_and_names(void **state)
{
	const struct cal *c = cal_of(*state);

	assert_true(cal_is_workday(c, day("2026-01-04")));   /* 调休 Sunday */
	assert_true(cal_is_workday(c, day("2026-02-14")));   /* 调休 Saturday */
	assert_false(cal_is_workday(c, day("2026-10-01")));
	assert_false(cal_is_workday(c, day("2026-02-16")));  /* 春节 Monday */
	assert_false(cal_is_workday(c, day("2026-03-21")));  /* plain Saturday */
	assert_true(cal_is_workday(c, day("2026-03-23")));
	assert_true(cal_is_workday(c, day("2025-10-11")));
	assert_false(cal_is_workday(c, day("2025-10-08")));
	assert_false(cal_is_workday(c, day("2027-01-02")));  /* provisional: weekends */
	assert_false(cal_is_workday(c, day("2027-01-01")));  /* and 元旦 */
	assert_true(cal_is_workday(c, day("2027-01-04")));
	assert_string_equal(cal_day_name(c, day("2026-05-04")), "劳动节");
	assert_string_equal(cal_day_name(c, day("2026-02-28")), "春节");
	assert_null(cal_day_name(c, day("2026-05-06")));
	assert_string_equal(cal_day_name(c, day("2027-01-01")), "元旦");
	assert_null(cal_day_name(c, day("2027-01-02")));
	/* No calendar at all: every year is provisional. */
	assert_false(cal_is_workday(NULL, day("2026-10-01")));
	assert_true(cal_is_workday(NULL, day("2026-10-08")));
	assert_true(cal_year_provisional(NULL, 2026));
}

/* The table generated from the lunar calendar library, against dates
 * known from outside it. */
static void statutory_dates_known_years(void **state)
{
	const struct cal *c = cal_of(*state);
	static const struct {
		const char *chuyi, *qingming, *duanwu, *zhongqiu;
	} known[] = {
		{"2025-01-29", "2025-04-04", "2025-05-31", "2025-10-06"},
		{"2026-02-17", "2026-04-05", "2026-06-19", "2026-09-25"},
		{"2027-02-06", "2027-04-05", "2027-06-09", "2027-09-15"},
	};

	for (size_t i = 0; i < sizeof known / sizeof known[0]; i++) {
		int chuyi = day(known[i].chuyi);
		/* NULL: counted as if no notice were loaded, whatever the year. */
		assert_null(cal_day_name(NULL, chuyi - 2));
		for (int d = chuyi - 1; d <= chuyi + 2; d++) /* 除夕 to 初三 */
			assert_string_equal(cal_day_name(NULL, d), "春节");
		assert_null(cal_day_name(NULL, chuyi + 3));
		assert_string_equal(cal_day_name(NULL, day(known[i].qingming)), "清明节");
		assert_string_equal(cal_day_name(NULL, day(known[i].duanwu)), "端午节");
		assert_null(cal_day_name(NULL, day(known[i].duanwu) + 1));
		assert_true(strstr(cal_day_name(NULL, day(known[i].zhongqiu)), "中秋节") != NULL);
	}
	/* The loaded 2027 copy agrees with the NULL one. */
	assert_string_equal(cal_day_name(c, day("2027-02-05")), "春节");
	assert_false(cal_is_workday(c, day("2027-02-08")));  /* 初三, a Monday */
	assert_true(cal_is_workday(c, day("2027-02-09")));
	assert_string_equal(cal_day_name(c, day("2027-05-02")), "劳动节");
	assert_null(cal_day_name(c, day("2027-05-03")));
	assert_string_equal(cal_day_name(c, day("2027-10-03")), "国庆节");
	assert_null(cal_day_name(c, day("2027-10-04")));
	/* 中秋 on 国庆: one day, both names. */
	assert_string_equal(cal_day_name(c, day("2031-10-01")), "国庆节、中秋节");
	assert_string_equal(cal_day_name(c, day("2031-10-03")), "国庆节");
	/* The generated table's ends. */
	assert_string_equal(cal_day_name(c, day("2000-02-05")), "春节");  /* 初一 */
	assert_string_equal(cal_day_name(c, day("2099-01-21")), "春节");  /* 初一 */
}

/* Each year counts by the version of the 办法 in force that year. */
static void statutory_days_by_version(void **state)
{
	const struct cal *c = cal_of(*state);

	/* 1999 version: 春节 初一 to 初三, 劳动节 3 days, no 清明. */
	assert_null(cal_day_name(c, day("2005-02-08")));       /* 除夕 */
	assert_string_equal(cal_day_name(c, day("2005-02-11")), "春节");
	assert_string_equal(cal_day_name(c, day("2005-05-03")), "劳动节");
	assert_null(cal_day_name(c, day("2005-04-05")));       /* 清明 */
	/* 2007 version: 春节 除夕 to 初二, 劳动节 1 day, 清明 端午 中秋. */
	assert_string_equal(cal_day_name(c, day("2013-02-09")), "春节");
	assert_null(cal_day_name(c, day("2013-02-12")));       /* 初三 */
	assert_null(cal_day_name(c, day("2013-05-02")));
	assert_string_equal(cal_day_name(c, day("2013-04-04")), "清明节");
	/* 2013 version: 春节 初一 to 初三. */
	assert_null(cal_day_name(c, day("2024-02-09")));       /* 除夕 */
	assert_string_equal(cal_day_name(c, day("2024-02-12")), "春节");
	assert_true(cal_is_workday(c, day("2024-05-02")));
	/* Beyond the generated years only the fixed-date holidays are known. */
	assert_true(cal_year_provisional(c, 2150));
	assert_string_equal(cal_day_name(c, day("2150-10-02")), "国庆节");
	assert_string_equal(cal_day_name(c, day("2150-05-02")), "劳动节");
	assert_false(cal_is_workday(c, day("2150-01-01")));
}

/* Every statutory holiday of a provisional year is off in the notice too
 * (checked on the two notices shipped): only a weekend the notice makes a
 * working day can bring a deadline earlier once the notice is loaded. */
static void provisional_within_notice(void **state)
{
	const struct cal *c = cal_of(*state);
	int n = 0;

	for (int d = day("2025-01-01"); d <= day("2026-12-31"); d++) {
		if (cal_day_name(NULL, d) == NULL)
			continue;
		assert_false(cal_is_workday(c, d));
		n++;
	}
	/* 13 days a year (中秋 2025 is 10-06, not on 国庆). */
	assert_int_equal(n, 2 * 13);
}

static void provisional_text(void **state)
{
	char buf[128], small[8], fits[9];
	size_t n;
	(void)state;

	n = cal_provisional_text(2027, buf, sizeof buf);
	assert_string_equal(buf, "2027 年国务院放假安排未载入, 暂按法定节假日计算");
	assert_int_equal(n, strlen(buf));
	/* Cut short, as snprintf: the length it needed comes back. */
	assert_int_equal(cal_provisional_text(2027, small, sizeof small), n);
	assert_string_equal(small, "2027 "); /* not half of 年 */
	cal_provisional_text(2027, fits, sizeof fits);
	assert_string_equal(fits, "2027 年");
}

static void year_days_listed_in_order(void **state)
{
	const struct cal *c = cal_of(*state);
	const struct cal_day *d;
	size_t n = cal_year_days(c, 2026, &d);
	int off = 0, work = 0;

	assert_int_equal(n, 39);
	for (size_t i = 0; i < n; i++) {
		if (i)
			assert_true(d[i - 1].day < d[i].day);
		if (d[i].workday)
			work++;
		else
			off++;
	}
	assert_int_equal(off, 33);
	assert_int_equal(work, 6);
	assert_int_equal(d[0].day, day("2026-01-01"));
	assert_int_equal(cal_year_days(c, 2025, &d), 33);
	/* A provisional year lists its statutory holidays, all off. */
	n = cal_year_days(c, 2027, &d);
	assert_int_equal(n, 13);
	for (size_t i = 0; i < n; i++) {
		assert_false(d[i].workday);
		if (i)
			assert_true(d[i - 1].day < d[i].day);
	}
	assert_int_equal(d[0].day, day("2027-01-01"));
	assert_string_equal(d[12].name, "国庆节");
}

/* A later bad row rejects the file; what was loaded stays as it was. */
static void bad_row_changes_nothing(void **state)
{
	struct fx *f = *state;
	struct tc_err e = {0};
	char *path = fx_write(f->dir, "cal.csv",
				"date,kind,name\n"
				"2026-01-01,off,新元旦\n"
				"2026-01-02,off,新元旦\n"
				"2026-03-02,off,测试\n"
				"2026-03-03,off,测试\n"
				"2026-03-04,off,测试\n"
				"2026-03-05,holiday,测试\n");
	char *want = xasprintf("%s:7: kind: 应为 off 或 workday, 现为 holiday", path);

	assert_int_equal(cal_import_file(f->db, &fx_admin, path, NULL, &e), TC_REFUSED);
	assert_string_equal(e.msg, want);
	assert_string_equal(e.field, "kind");
	assert_int_equal(count_rows(f, "SELECT count(*) FROM calendar"), 72);
	assert_int_equal(count_rows(f, "SELECT count(*) FROM calendar WHERE name = '元旦'"
				       " AND kind = 'off' AND date LIKE '2026-%'"), 3);
	assert_int_equal(count_rows(f, "SELECT count(*) FROM journal WHERE kind = 'calendar'"), 2);
	assert_int_equal(cal_working_days(cal_of(f), 2026), 248);
	free(want);
	free(path);
}

static void row_errors_name_line_and_column(void **state)
{
	struct fx *f = *state;
	struct tc_err e = {0};
	static const struct {
		const char *text, *msg, *field;
	} cases[] = {
		{"date,kind,name\n2027-01-01,off,元旦\n2027-01-05,workday,调休\n",
		 ":3: kind: 2027-01-05 是周二, 本来就上班; workday 只能是调休上班的周六或周日", "kind"},
		{"date,kind,name\n2027-01-01,off,元旦\n2027-01-02,off,元旦\n2027-01-01,off,元旦\n",
		 ":4: date: 2027-01-01 重复 (第 2 行已有)", "date"},
		{"date,kind,name\n2027-02-30,off,春节\n", ":2: date: 没有这一天: 2027-02-30", "date"},
		{"date,kind,name\n2027-01-01,off,\n", ":2: name: 不能为空 (如 春节、国庆节)", "name"},
		{"date,kind,name\n,off,元旦\n", ":2: date: 不能为空", "date"},
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *path = fx_write(f->dir, "bad.csv", cases[i].text);
		char *want = xasprintf("%s%s", path, cases[i].msg);
		err_clear(&e);
		assert_int_equal(cal_import_file(f->db, &fx_admin, path, NULL, &e), TC_REFUSED);
		assert_string_equal(e.msg, want);
		assert_string_equal(e.field, cases[i].field);
		free(want);
		free(path);
	}
	assert_false(cal_year_loaded(cal_of(f), 2027));
}

/* A BOM and Chinese headers, as a spreadsheet saves them; an off day on a
 * weekend is accepted. */
static void bom_file_imports(void **state)
{
	struct fx *f = *state;
	struct tc_err e = {0};
	const struct cal *c = cal_of(f); /* loaded before: the import must drop it */
	const struct cal_day *d;
	char *years = NULL;
	char *path = fx_write(f->dir, "bom.csv",
				"\xEF\xBB\xBF日期,类型,名称\n"
				"2027-01-01,off,元旦\n"
				"2027-01-02,off,元旦\n"
				"2027-01-03,off,元旦\n");

	assert_false(cal_year_loaded(c, 2027));
	assert_int_equal(cal_import_file(f->db, &fx_admin, path, &years, &e), TC_OK);
	assert_string_equal(years, "2027");
	c = cal_of(f);
	assert_true(cal_year_loaded(c, 2027));
	assert_false(cal_year_provisional(c, 2027));
	assert_false(cal_is_workday(c, day("2027-01-01")));
	/* The notice replaces the statutory count whole. */
	assert_true(cal_is_workday(c, day("2027-02-08")));
	assert_null(cal_day_name(c, day("2027-02-08")));
	assert_int_equal(cal_year_days(c, 2027, &d), 3);
	assert_int_equal(cal_working_days(c, 2027), 260);
	assert_int_equal(cal_working_days(c, 2026), 248);
	assert_int_equal(count_rows(f, "SELECT count(*) FROM calendar_years"), 3);
	free(years);
	free(path);
}

/* Importing a year again replaces its rows rather than adding to them. */
static void reimport_replaces_year(void **state)
{
	struct fx *f = *state;
	struct tc_err e = {0};
	char *years = NULL;
	char *path = fx_write(f->dir, "new.csv",
				"date,kind,name\n"
				"2026-10-01,off,国庆节\n"
				"2025-01-01,off,元旦\n");

	assert_int_equal(cal_import_file(f->db, &fx_admin, path, &years, &e), TC_OK);
	assert_string_equal(years, "2025, 2026");
	assert_int_equal(count_rows(f, "SELECT count(*) FROM calendar"), 2);
	assert_true(cal_is_workday(cal_of(f), day("2026-10-02")));
	assert_int_equal(count_rows(f, "SELECT count(*) FROM journal WHERE kind = 'calendar'"), 4);
	free(years);
	free(path);
}

static void missing_file_and_column(void **state)
{
	struct fx *f = *state;
	struct tc_err e = {0};
	char *path = fx_write(f->dir, "nocol.csv", "date,name\n2027-01-01,元旦\n");

	assert_int_equal(cal_import_file(f->db, &fx_admin, path, NULL, &e), TC_REFUSED);
	assert_non_null(strstr(e.msg, "kind"));
	free(path);
	path = xasprintf("%s/none.csv", f->dir);
	err_clear(&e);
	assert_int_not_equal(cal_import_file(f->db, &fx_admin, path, NULL, &e), TC_OK);
	assert_non_null(strstr(e.msg, "none.csv"));
	free(path);
	cal_free(NULL);
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(working_days_per_year, setup, teardown),
		cmocka_unit_test_setup_teardown(workdays_and_names, setup, teardown),
		cmocka_unit_test_setup_teardown(year_days_listed_in_order, setup, teardown),
		cmocka_unit_test_setup_teardown(statutory_dates_known_years, setup, teardown),
		cmocka_unit_test_setup_teardown(statutory_days_by_version, setup, teardown),
		cmocka_unit_test_setup_teardown(provisional_within_notice, setup, teardown),
		cmocka_unit_test(provisional_text),
		cmocka_unit_test_setup_teardown(bad_row_changes_nothing, setup, teardown),
		cmocka_unit_test_setup_teardown(row_errors_name_line_and_column, setup, teardown),
		cmocka_unit_test_setup_teardown(bom_file_imports, setup, teardown),
		cmocka_unit_test_setup_teardown(reimport_replaces_year, setup, teardown),
		cmocka_unit_test_setup_teardown(missing_file_and_column, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
