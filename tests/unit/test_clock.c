/*
 * test_clock.c - counting periods over the 2025 and 2026 calendars: the
 * worked examples of domain.md section 4, the holiday edges, working-day
 * counts, the explanation, and the clock rules.
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
#include "tiaocai/clock.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/user.h"
#include "fixture.h"

struct fx {
	char *dir;
	struct db *db;
	const struct cal *cal;
};

static int setup(void **state)
{
	struct fx *f = xcalloc(1, sizeof *f);
	struct tc_err e = {0};

	if ((f->dir = fx_tmpdir("clock")) == NULL)
		return -1;
	f->db = fx_db(f->dir, "t.db", true);
	if (cal_get(f->db, &f->cal, &e) != TC_OK)
		return -1;
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

static int day(const char *iso) { return date_from_iso(iso); }

/* Count and compare the due date as text, so a failure shows the dates. */
static void expect(const struct cal *c, const char *start, int n, enum clock_unit u,
		   const char *due, struct clock_result *r)
{
	char iso[DATE_ISO_LEN];

	clock_add(c, day(start), n, u, r, NULL);
	assert_string_equal(date_iso(r->due, iso), due);
}

static void worked_examples(void **state)
{
	struct fx *f = *state;
	struct clock_result r;
	char iso[DATE_ISO_LEN];

	/* Day 45 is 劳动节 Monday 05-04; 05-05 too; due Wednesday. */
	expect(f->cal, "2026-03-20", 45, CLOCK_CALENDAR, "2026-05-06", &r);
	assert_string_equal(date_iso(r.last_counted, iso), "2026-05-04");
	assert_true(r.rolled);
	assert_int_equal(r.unloaded_year, 0);
	/* Across the new year onto a plain Sunday. */
	expect(f->cal, "2025-12-25", 45, CLOCK_CALENDAR, "2026-02-09", &r);
	assert_string_equal(date_iso(r.last_counted, iso), "2026-02-08");
	assert_true(r.rolled);
	assert_int_equal(r.unloaded_year, 0);
	/* Received on a 调休 Sunday; day 15 is inside 国庆. */
	expect(f->cal, "2026-09-20", 15, CLOCK_CALENDAR, "2026-10-08", &r);
	assert_string_equal(date_iso(r.last_counted, iso), "2026-10-05");
	/* The last day is a worked Saturday: it stays. */
	expect(f->cal, "2026-02-09", 5, CLOCK_CALENDAR, "2026-02-14", &r);
	assert_false(r.rolled);
	/* Working days: 09-30, 10-08, 10-09, 10-10 (worked Saturday), 10-12. */
	expect(f->cal, "2026-09-29", 5, CLOCK_WORKING, "2026-10-12", &r);
	assert_false(r.rolled);
	assert_int_equal(r.last_counted, r.due);
}

static void holiday_edges(void **state)
{
	struct fx *f = *state;
	struct clock_result r;
	char iso[DATE_ISO_LEN];

	/* Ends on the 10-10 调休 Saturday: stays put. */
	expect(f->cal, "2026-10-05", 5, CLOCK_CALENDAR, "2026-10-10", &r);
	assert_false(r.rolled);
	/* Ends inside the Spring Festival: rolls past the whole break. */
	expect(f->cal, "2026-02-10", 10, CLOCK_CALENDAR, "2026-02-24", &r);
	assert_string_equal(date_iso(r.last_counted, iso), "2026-02-20");
	assert_true(r.rolled);
	/* Spans the Spring Festival: the holidays inside count. */
	expect(f->cal, "2026-02-05", 45, CLOCK_CALENDAR, "2026-03-23", &r);
	assert_true(r.rolled); /* 03-22 is a Sunday */
	/* 2025's long 国庆+中秋 break. */
	expect(f->cal, "2025-09-23", 10, CLOCK_CALENDAR, "2025-10-09", &r);
	/* An ordinary weekday end does not move. */
	expect(f->cal, "2026-03-20", 5, CLOCK_CALENDAR, "2026-03-25", &r);
	assert_false(r.rolled);
}

static void working_days(void **state)
{
	struct fx *f = *state;
	struct clock_result r;

	/* 02-13 Fri, 02-14 worked Saturday, then nothing until 02-24. */
	expect(f->cal, "2026-02-12", 3, CLOCK_WORKING, "2026-02-24", &r);
	/* Ten working days from a Friday across a plain weekend. */
	expect(f->cal, "2026-03-20", 10, CLOCK_WORKING, "2026-04-03", &r);
	/* 劳动节 and the 05-09 worked Saturday. */
	expect(f->cal, "2026-04-30", 3, CLOCK_WORKING, "2026-05-08", &r);
	expect(f->cal, "2026-04-30", 4, CLOCK_WORKING, "2026-05-09", &r);
	/* A whole year's working days, counted from the last day before it. */
	expect(f->cal, "2025-12-31", 248, CLOCK_WORKING, "2026-12-31", &r);
	assert_int_equal(r.unloaded_year, 0);
	expect(f->cal, "2024-12-31", 248, CLOCK_WORKING, "2025-12-31", &r);
	assert_int_equal(r.unloaded_year, 0);
}

static void unloaded_year(void **state)
{
	struct fx *f = *state;
	struct clock_result r;
	char iso[DATE_ISO_LEN];

	/* Into 2027 (no notice loaded): still answered, counted by the
	 * statutory holidays, flagged as provisional. */
	expect(f->cal, "2026-12-20", 30, CLOCK_CALENDAR, "2027-01-19", &r);
	assert_int_equal(r.unloaded_year, 2027);
	expect(f->cal, "2026-12-30", 4, CLOCK_CALENDAR, "2027-01-04", &r); /* from Sunday */
	assert_int_equal(r.unloaded_year, 2027);
	assert_true(r.rolled);
	expect(f->cal, "2026-12-28", 4, CLOCK_WORKING, "2027-01-04", &r); /* 元旦 not counted */
	assert_int_equal(r.unloaded_year, 2027);
	expect(f->cal, "2026-12-22", 10, CLOCK_CALENDAR, "2027-01-04", &r); /* ends on 元旦 */
	assert_true(r.rolled);
	assert_int_equal(r.unloaded_year, 2027);
	expect(f->cal, "2027-01-29", 10, CLOCK_CALENDAR, "2027-02-09", &r); /* ends on 初三 */
	assert_int_equal(r.last_counted, day("2027-02-08"));
	assert_int_equal(r.unloaded_year, 2027);
	/* Staying inside loaded years says nothing. */
	expect(f->cal, "2026-12-01", 5, CLOCK_CALENDAR, "2026-12-07", &r);
	assert_int_equal(r.unloaded_year, 0);
	/* A rest day that rolls into 2027 is flagged too. */
	assert_int_equal(clock_roll(f->cal, day("2026-12-31"), &r), day("2026-12-31"));
	assert_int_equal(clock_roll(NULL, day("2026-10-03"), &r), day("2026-10-05"));
	assert_int_equal(r.unloaded_year, 2026);
	/* No calendar at all. */
	clock_add(NULL, day("2026-03-20"), 45, CLOCK_CALENDAR, &r, NULL);
	assert_string_equal(date_iso(r.due, iso), "2026-05-04");
	assert_int_equal(r.unloaded_year, 2026);
}

static void roll_and_between(void **state)
{
	struct fx *f = *state;
	struct clock_result r;

	assert_int_equal(clock_roll(f->cal, day("2026-10-01"), &r), day("2026-10-08"));
	assert_true(r.rolled);
	assert_int_equal(clock_roll(f->cal, day("2026-02-14"), &r), day("2026-02-14"));
	assert_false(r.rolled);
	assert_int_equal(clock_roll(f->cal, day("2026-03-21"), NULL), day("2026-03-23"));
	assert_int_equal(clock_days_between(day("2026-03-20"), day("2026-05-06")), 47);
	assert_int_equal(clock_add(f->cal, day("2026-03-20"), 0, CLOCK_CALENDAR, &r, NULL),
			 day("2026-03-20"));
	assert_string_equal(clock_unit_name(CLOCK_WORKING), "working");
	assert_string_equal(clock_unit_zh(CLOCK_CALENDAR), "日");
}

/* The n-th line of s (from 0), without its newline. */
static char *line_of(const char *s, int n)
{
	for (; n > 0 && s; n--)
		if ((s = strchr(s, '\n')) != NULL)
			s++;
	if (s == NULL)
		return xstrdup("");
	return xstrndup(s, strcspn(s, "\n"));
}

static int count_lines(const char *s)
{
	int n = 0;
	for (; *s; s++)
		n += *s == '\n';
	return n;
}

static void explain(void **state)
{
	struct fx *f = *state;
	struct clock_result r;
	struct strbuf sb = {0};
	static const struct {
		int line;
		const char *text;
	} want[] = {
		{0, "2026-03-20 周五 起算 (当日不计), 期限 45 日"},
		{1, "2026-03-21 周六 第1天  周末"},
		{3, "2026-03-23 周一 第3天"},
		{45, "2026-05-04 周一 第45天 劳动节(休息日)"},
		{46, "2026-05-05 周二 顺延   劳动节(休息日)"},
		{47, "2026-05-06 周三 顺延   届满"},
	};

	clock_add(f->cal, day("2026-03-20"), 45, CLOCK_CALENDAR, &r, &sb);
	assert_int_equal(r.due, day("2026-05-06"));
	assert_int_equal(count_lines(sb_str(&sb)), 48);
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		char *l = line_of(sb_str(&sb), want[i].line);
		assert_string_equal(l, want[i].text);
		free(l);
	}
	sb_free(&sb);

	/* Working days: skipped days are listed, the due day says so. */
	clock_add(f->cal, day("2026-09-29"), 5, CLOCK_WORKING, &r, &sb);
	char *l = line_of(sb_str(&sb), 2);
	assert_string_equal(l, "2026-10-01 周四 不计  国庆节(休息日)");
	free(l);
	l = line_of(sb_str(&sb), 11);
	assert_string_equal(l, "2026-10-10 周六 第4天 国庆节(调休上班)");
	free(l);
	l = line_of(sb_str(&sb), 13);
	assert_string_equal(l, "2026-10-12 周一 第5天 届满");
	free(l);
	assert_int_equal(count_lines(sb_str(&sb)), 14);
	sb_free(&sb);

	/* A last day on a 调休 Saturday is the due day itself. */
	clock_add(f->cal, day("2026-02-09"), 5, CLOCK_CALENDAR, &r, &sb);
	l = line_of(sb_str(&sb), 5);
	assert_string_equal(l, "2026-02-14 周六 第5天 春节(调休上班) 届满");
	free(l);
	sb_free(&sb);
}

static int journal_count(struct fx *f, const char *kind)
{
	sqlite3_stmt *st;
	int n = -1;

	sqlite3_prepare_v2(f->db->h, "SELECT count(*) FROM journal WHERE kind = ?1", -1, &st, NULL);
	sqlite3_bind_text(st, 1, kind, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return n;
}

static void rules(void **state)
{
	struct fx *f = *state;
	struct tc_err e = {0};
	struct clock_rule r, *v;
	size_t n;

	assert_int_equal(clock_rule_get(f->db, "close", &r, &e), TC_OK);
	assert_int_equal(r.days, 45);
	assert_int_equal(r.unit, CLOCK_CALENDAR);
	assert_string_equal(r.label, "仲裁审限");
	assert_string_equal(r.starts, "accepted");

	assert_int_equal(clock_rules_list(f->db, &v, &n, &e), TC_OK);
	assert_int_equal(n, 13);
	for (size_t i = 1; i < n; i++)
		assert_true(strcmp(v[i - 1].name, v[i].name) < 0);
	free(v);

	assert_int_equal(clock_rule_set(f->db, &fx_admin, "accept", 0, "working", &e), TC_OK);
	assert_int_equal(clock_rule_get(f->db, "accept", &r, &e), TC_OK);
	assert_int_equal(r.days, 5);
	assert_int_equal(r.unit, CLOCK_WORKING);
	assert_int_equal(clock_rule_set(f->db, &fx_admin, "close", 30, NULL, &e), TC_OK);
	assert_int_equal(clock_rule_get(f->db, "close", &r, &e), TC_OK);
	assert_int_equal(r.days, 30);
	assert_int_equal(r.unit, CLOCK_CALENDAR);
	assert_int_equal(journal_count(f, "rule"), 2);

	/* Refusals change nothing and name the field. */
	assert_int_equal(clock_rule_set(f->db, &fx_admin, "close", 0, "weeks", &e), TC_REFUSED);
	assert_string_equal(e.field, "unit");
	assert_int_equal(clock_rule_set(f->db, &fx_admin, "close", 366, NULL, &e), TC_REFUSED);
	assert_string_equal(e.field, "days");
	assert_int_equal(clock_rule_set(f->db, &fx_admin, "nosuch", 10, NULL, &e), TC_REFUSED);
	assert_string_equal(e.field, "rule");
	assert_int_equal(clock_rule_get(f->db, "nosuch", &r, &e), TC_REFUSED);
	assert_int_equal(clock_rule_get(f->db, "close", &r, &e), TC_OK);
	assert_int_equal(r.days, 30);
	assert_int_equal(journal_count(f, "rule"), 2);
	assert_int_equal(f->db->tx_depth, 0);
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(worked_examples),
		cmocka_unit_test(holiday_edges),
		cmocka_unit_test(working_days),
		cmocka_unit_test(unloaded_year),
		cmocka_unit_test(roll_and_between),
		cmocka_unit_test(explain),
		cmocka_unit_test_setup_teardown(rules, setup, teardown),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
