/*
 * test_date.c - the date forms clerks type, the refusals they see,
 * weekdays and ISO weeks (the weekly report's week numbers), and the
 * day-number arithmetic every deadline depends on.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <cmocka.h>

#include "tiaocai/date.h"

#define F "收案日期"

/* The parsed date as ISO, or the message when refused. */
static const char *parse(const char *in)
{
	static char res[600];
	char iso[DATE_ISO_LEN];
	int day = DATE_NONE;
	struct tc_err e;

	err_clear(&e);
	if (date_parse(in, &day, F, &e) == TC_OK)
		snprintf(res, sizeof res, "%s", date_iso(day, iso));
	else
		snprintf(res, sizeof res, "%s", e.msg);
	return res;
}

static const char *iso(int day)
{
	static char buf[DATE_ISO_LEN];
	return date_iso(day, buf);
}

static int ymd(int y, int m, int d) { return date_from_ymd(y, m, d); }

static void test_parse_forms(void **state)
{
	(void)state;
	assert_string_equal(parse("2026-11-22"), "2026-11-22");
	assert_string_equal(parse("2026/11/22"), "2026-11-22");
	assert_string_equal(parse("2026.11.22"), "2026-11-22");
	assert_string_equal(parse("20261122"), "2026-11-22");
	assert_string_equal(parse("2026年11月22日"), "2026-11-22");
	assert_string_equal(parse("2026年1月5日"), "2026-01-05");
	assert_string_equal(parse("2026-1-5"), "2026-01-05");
	assert_string_equal(parse("2026/1/05"), "2026-01-05");
	assert_string_equal(parse("２０２６年１１月２２日"), "2026-11-22");
	assert_string_equal(parse("２０２６-０１-０５"), "2026-01-05");
	assert_string_equal(parse("２０２６１１２２"), "2026-11-22");
	assert_string_equal(parse("  2026-11-22 "), "2026-11-22");
}

static void test_parse_refused(void **state)
{
	static const char *const bad_form[] = {
		"22/11/2026", "2026-11", "2026年11月22", "2026-11/22", "202611223", "2026112",
		"26-11-22", "2026-011-22", "2026-11-22x", "二〇二六年十一月二十二日", "today",
		"2026 11 22",
	};
	char want[300];
	(void)state;

	assert_string_equal(parse("2026-02-29"), F ": 没有这一天: 2026-02-29");
	assert_string_equal(parse("2026-13-01"), F ": 没有这一天: 2026-13-01");
	assert_string_equal(parse("2026年4月31日"), F ": 没有这一天: 2026年4月31日");
	assert_string_equal(parse("20260230"), F ": 没有这一天: 20260230");
	assert_string_equal(parse("0000-01-01"), F ": 没有这一天: 0000-01-01");
	assert_string_equal(parse(""),
			    F ": 日期格式不对:  (可写 2026-11-22、2026/11/22、20261122 或 2026年11月22日)");
	assert_string_equal(parse(NULL),
			    F ": 日期格式不对:  (可写 2026-11-22、2026/11/22、20261122 或 2026年11月22日)");
	for (size_t i = 0; i < sizeof bad_form / sizeof bad_form[0]; i++) {
		snprintf(want, sizeof want,
			 F ": 日期格式不对: %s (可写 2026-11-22、2026/11/22、20261122 或 2026年11月22日)",
			 bad_form[i]);
		assert_string_equal(parse(bad_form[i]), want);
	}
}

static void test_leap_days(void **state)
{
	(void)state;
	assert_string_equal(parse("2024-02-29"), "2024-02-29");
	assert_string_equal(parse("2000-02-29"), "2000-02-29");
	assert_string_equal(parse("1900-02-29"), F ": 没有这一天: 1900-02-29");
	assert_string_equal(parse("2100-02-29"), F ": 没有这一天: 2100-02-29");
	assert_int_equal(ymd(2024, 3, 1) - ymd(2024, 2, 28), 2);
	assert_int_equal(ymd(2026, 3, 1) - ymd(2026, 2, 28), 1);
	assert_int_equal(ymd(2025, 1, 1) - ymd(2024, 1, 1), 366);
	assert_int_not_equal(ymd(2026, 12, 31), DATE_NONE);
	assert_int_equal(ymd(2026, 12, 32), DATE_NONE);
	assert_int_equal(ymd(2026, 0, 1), DATE_NONE);
}

static void test_day_numbers(void **state)
{
	int y, m, d;
	(void)state;

	assert_int_equal(ymd(1970, 1, 1), 0);
	assert_int_equal(ymd(1969, 12, 31), -1);
	/* domain.md's worked example: accepted 2026-03-20, day 45 is 05-04. */
	assert_string_equal(iso(ymd(2026, 3, 20) + 45), "2026-05-04");
	assert_string_equal(iso(ymd(2025, 12, 25) + 45), "2026-02-08");
	date_to_ymd(ymd(1880, 1, 1), &y, &m, &d);
	assert_int_equal(y * 10000 + m * 100 + d, 18800101);
	assert_int_equal(date_year(ymd(2026, 12, 31)), 2026);
	assert_int_equal(date_year(ymd(2027, 1, 1)), 2027);
}

static void test_iso_round_trip(void **state)
{
	char buf[DATE_ISO_LEN];
	(void)state;

	/* Every day of three centuries goes out as ISO and comes back. */
	for (int day = ymd(1900, 1, 1); day <= ymd(2200, 12, 31); day++) {
		date_iso(day, buf);
		if (date_from_iso(buf) != day)
			fail_msg("%d -> %s does not come back", day, buf);
	}
	assert_string_equal(date_iso(DATE_NONE, buf), "");
	assert_string_equal(iso(ymd(1, 1, 1)), "0001-01-01");
	assert_string_equal(iso(ymd(9999, 12, 31)), "9999-12-31");
	/* The stored form is strict: what a clerk types is for date_parse. */
	assert_int_equal(date_from_iso("2026-1-5"), DATE_NONE);
	assert_int_equal(date_from_iso("2026/11/22"), DATE_NONE);
	assert_int_equal(date_from_iso("2026-11-22 "), DATE_NONE);
	assert_int_equal(date_from_iso("2026-02-29"), DATE_NONE);
	assert_int_equal(date_from_iso(""), DATE_NONE);
	assert_int_equal(date_from_iso(NULL), DATE_NONE);
}

static void test_weekday(void **state)
{
	(void)state;
	assert_int_equal(date_weekday(ymd(1970, 1, 1)), 4);
	assert_int_equal(date_weekday(ymd(1969, 12, 29)), 1); /* before day 0 */
	assert_int_equal(date_weekday(ymd(2026, 3, 20)), 5);
	assert_string_equal(date_weekday_zh(ymd(2026, 3, 20)), "周五");
	assert_string_equal(date_weekday_zh(ymd(2026, 5, 6)), "周三");
	assert_string_equal(date_weekday_zh(ymd(2026, 2, 14)), "周六");
	assert_string_equal(date_weekday_zh(ymd(2026, 1, 4)), "周日");
	assert_string_equal(date_weekday_zh(ymd(2026, 2, 9)), "周一");
	assert_true(date_is_weekend(ymd(2026, 2, 14)));
	assert_true(date_is_weekend(ymd(2026, 9, 20)));
	assert_false(date_is_weekend(ymd(2026, 10, 12)));
	assert_false(date_is_weekend(ymd(2026, 1, 2)));
}

static const char *week_of(int day)
{
	static char buf[32];
	int y, w, mon = date_iso_week(day, &y, &w);
	snprintf(buf, sizeof buf, "%d-W%02d %s", y, w, iso(mon));
	return buf;
}

static void test_iso_week(void **state)
{
	(void)state;
	/* 2026 starts on a Thursday, so it has 53 weeks. */
	assert_string_equal(week_of(ymd(2025, 12, 28)), "2025-W52 2025-12-22");
	assert_string_equal(week_of(ymd(2025, 12, 29)), "2026-W01 2025-12-29");
	assert_string_equal(week_of(ymd(2026, 1, 1)), "2026-W01 2025-12-29");
	assert_string_equal(week_of(ymd(2026, 1, 4)), "2026-W01 2025-12-29");
	assert_string_equal(week_of(ymd(2026, 1, 5)), "2026-W02 2026-01-05");
	assert_string_equal(week_of(ymd(2026, 11, 22)), "2026-W47 2026-11-16");
	assert_string_equal(week_of(ymd(2026, 12, 28)), "2026-W53 2026-12-28");
	assert_string_equal(week_of(ymd(2026, 12, 31)), "2026-W53 2026-12-28");
	assert_string_equal(week_of(ymd(2027, 1, 3)), "2026-W53 2026-12-28");
	assert_string_equal(week_of(ymd(2027, 1, 4)), "2027-W01 2027-01-04");
	assert_string_equal(week_of(ymd(2024, 12, 30)), "2025-W01 2024-12-30");
	assert_string_equal(week_of(ymd(2021, 1, 3)), "2020-W53 2020-12-28");

	assert_string_equal(iso(date_iso_week_monday(2026, 1)), "2025-12-29");
	assert_string_equal(iso(date_iso_week_monday(2026, 47)), "2026-11-16");
	assert_string_equal(iso(date_iso_week_monday(2026, 53)), "2026-12-28");
	assert_string_equal(iso(date_iso_week_monday(2027, 1)), "2027-01-04");
	assert_int_equal(date_iso_week_monday(2027, 53), DATE_NONE);
	assert_int_equal(date_iso_week_monday(2025, 53), DATE_NONE);
	assert_int_equal(date_iso_week_monday(2026, 0), DATE_NONE);
	assert_int_equal(date_iso_week_monday(2026, 54), DATE_NONE);

	/* Every Monday over twenty years is the Monday of its own week. */
	for (int day = ymd(2015, 1, 5); day < ymd(2035, 1, 1); day += 7) {
		int y, w;
		date_iso_week(day, &y, &w);
		if (date_iso_week_monday(y, w) != day)
			fail_msg("%s is %d-W%02d but that week starts elsewhere", iso(day), y, w);
	}
}

static void test_today(void **state)
{
	struct tc_err e;
	int day = 0;
	(void)state;

	setenv("TIAOCAI_TODAY", "2026-11-22", 1);
	assert_int_equal(date_today(), ymd(2026, 11, 22));
	setenv("TIAOCAI_TODAY", "2026-13-01", 1);
	err_clear(&e);
	assert_int_equal(date_today_checked(&day, &e), TC_USAGE);
	assert_string_equal(e.msg, "TIAOCAI_TODAY 应为 YYYY-MM-DD: 2026-13-01");
	/* The invalid value is not used: today comes from the real clock. */
	assert_true(date_today() > ymd(2024, 1, 1));
	unsetenv("TIAOCAI_TODAY");
	assert_int_equal(date_today_checked(&day, &e), TC_OK);
	assert_true(day > ymd(2024, 1, 1));
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_forms),
		cmocka_unit_test(test_parse_refused),
		cmocka_unit_test(test_leap_days),
		cmocka_unit_test(test_day_numbers),
		cmocka_unit_test(test_iso_round_trip),
		cmocka_unit_test(test_weekday),
		cmocka_unit_test(test_iso_week),
		cmocka_unit_test(test_today),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
