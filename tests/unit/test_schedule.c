/*
 * test_schedule.c - what the 开庭排期表 and the 庭审 screen share: rooms in
 * the order a clerk counts them (numbers read as numbers, Chinese numerals
 * too), the tribunal in one cell, the day with its weekday; and a sheet
 * that refuses a room the office lacks and says so when the day is empty.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "fixture.h"
#include "tiaocai/date.h"
#include "tiaocai/room.h"
#include "tiaocai/schedule.h"

static int sign(int v) { return v < 0 ? -1 : v > 0; }

static void test_room_order(void **state)
{
	/* Each name comes before the next. */
	static const char *const order[] = {
		"1号庭", "2号庭", "10号庭", "第一仲裁庭", "第二仲裁庭", "第三仲裁庭", "第九仲裁庭",
		"第十仲裁庭", "第十一仲裁庭", "第二十仲裁庭", "第一百零五仲裁庭", "速裁庭",
	};
	size_t n = sizeof order / sizeof order[0];

	(void)state;
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < n; j++)
			assert_int_equal(sign(room_name_cmp(order[i], order[j])),
					 i < j ? -1 : i > j ? 1 : 0);
	/* A name that is a prefix of another comes first. */
	assert_true(room_name_cmp("调解室", "调解室二") < 0);
	/* Equal numbers written differently still give an order. */
	assert_int_not_equal(room_name_cmp("第2庭", "第二庭"), 0);
}

static void test_cells(void **state)
{
	struct hearing h;
	char buf[256];

	(void)state;
	memset(&h, 0, sizeof h);
	schedule_tribunal(&h, buf, sizeof buf);
	assert_string_equal(buf, "");
	strcpy(h.chief, "岑光明");
	h.sole = true;
	schedule_tribunal(&h, buf, sizeof buf);
	assert_string_equal(buf, "岑光明");
	h.sole = false;
	strcpy(h.members, "蒋涛、熊春梅");
	schedule_tribunal(&h, buf, sizeof buf);
	assert_string_equal(buf, "岑光明（首席）、蒋涛、熊春梅");

	schedule_day_label(fx_day("2026-11-23"), buf, sizeof buf);
	assert_string_equal(buf, "2026年11月23日 星期一");
	schedule_day_label(fx_day("2026-11-29"), buf, sizeof buf);
	assert_string_equal(buf, "2026年11月29日 星期日");
}

static void test_sheet(void **state)
{
	char *dir = fx_tmpdir("schedule");
	struct db *db = fx_db(dir, "t.db", true);
	struct room_in in = {.name = "第十仲裁庭", .address = "仲裁院三楼"};
	struct tc_err e = {0};
	struct room *rooms;
	struct rdoc d;
	struct strbuf sb = {0};
	size_t n;
	int day = fx_day("2026-11-30");

	(void)state;
	if (room_add(db, &fx_admin, &in, &e) != TC_OK)
		fail_msg("%s", e.msg);
	/* The fixture's four rooms and this one, as a clerk counts them. */
	assert_int_equal(schedule_rooms(db, &rooms, &n, &e), TC_OK);
	assert_int_equal(n, 5);
	assert_string_equal(rooms[0].name, "第一仲裁庭");
	assert_string_equal(rooms[1].name, "第二仲裁庭");
	assert_string_equal(rooms[2].name, "第三仲裁庭");
	assert_string_equal(rooms[3].name, "第十仲裁庭");
	assert_string_equal(rooms[3].address, "仲裁院三楼");
	assert_string_equal(rooms[4].name, "速裁庭");
	free(rooms);

	/* No hearing: the header, then the one line. */
	assert_int_equal(schedule_build(db, &fx_admin, day, day, NULL, day - 8, &d, &e), TC_OK);
	assert_string_equal(d.title, "开庭排期表");
	assert_string_equal(d.period, "2026年11月30日 星期一");
	assert_int_equal(d.n, 1);
	assert_int_equal(d.b[0].kind, RDOC_TEXT);
	assert_string_equal(d.b[0].text, "本日无开庭安排");
	rdoc_render_text(&d, 100, &sb);
	assert_non_null(strstr(sb_str(&sb), "制表日期：2026-11-22\n  本日无开庭安排\n"));
	sb_free(&sb);
	rdoc_free(&d);

	/* Several days, and one room. */
	assert_int_equal(schedule_build(db, &fx_admin, day, day + 6, "第十仲裁庭", day, &d, &e), TC_OK);
	assert_string_equal(d.period, "2026年11月30日 星期一 至 2026年12月6日 星期日　第十仲裁庭");
	assert_string_equal(d.b[0].text, "所列期间无开庭安排");
	rdoc_free(&d);

	/* A room the office lacks, days the wrong way round, too many. */
	assert_int_equal(schedule_build(db, &fx_admin, day, day, "第五仲裁庭", day, &d, &e), TC_REFUSED);
	assert_string_equal(e.field, "room");
	assert_string_equal(e.msg, "开庭地点: 没有「第五仲裁庭」, 现有: 第一仲裁庭、第二仲裁庭、第三仲裁庭、"
				   "第十仲裁庭、速裁庭");
	assert_int_equal(d.n, 0);
	assert_int_equal(schedule_build(db, &fx_admin, day, day - 1, NULL, day, &d, &e), TC_USAGE);
	assert_int_equal(schedule_build(db, &fx_admin, day, day + 31, NULL, day, &d, &e), TC_USAGE);
	fx_done(db, dir);
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_room_order),
		cmocka_unit_test(test_cells),
		cmocka_unit_test(test_sheet),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
