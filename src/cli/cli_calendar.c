/*
 * cli_calendar.c - `tiaocai calendar import FILE` and `calendar show YEAR`:
 * loading a year's holiday notice and showing what is loaded, or for a
 * year with no notice, the statutory holidays it is counted by for now.
 * Reading, checking and storing the notice is calendar.c's work.
 */
#include "cli.h"
#include "tiaocai/office.h"
#include "tiaocai/calendar.h"
#include "tiaocai/date.h"
#include "tiaocai/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
	"用法: tiaocai calendar import FILE     导入节假日日历 (CSV: date,kind,name)\n"
	"      tiaocai calendar show YEAR       列出一年的休息日和调休上班日\n"
	"                                       (未导入通知的年份: 暂按法定节假日)\n";

/* A four-digit year, or 0. */
static int parse_year(const char *s)
{
	if (strlen(s) != 4 || strspn(s, "0123456789") != 4)
		return 0;
	return atoi(s) >= 1 ? atoi(s) : 0;
}

static void count_days(const struct cal *cal, int year, int *off, int *work)
{
	const struct cal_day *d;
	size_t n = cal_year_days(cal, year, &d);

	*off = *work = 0;
	for (size_t i = 0; i < n; i++) {
		if (d[i].workday)
			(*work)++;
		else
			(*off)++;
	}
}

static int import(struct cli *c, const char *path)
{
	struct tc_err e = {0};
	struct strbuf out = {0};
	const struct cal *cal;
	char *years = NULL;
	int rc;

	if ((rc = cli_open(c)) != 0)
		return rc;
	/* The core checks too; asking first spares reading a large file. */
	if (user_may(&c->actor, PERM_CALENDAR, &e) != TC_OK)
		return cli_fail(&e);
	if (office_calendar_import(c->db, &c->actor, path, &years, &e) != TC_OK)
		return cli_fail(&e);
	if (cal_get(c->db, &cal, &e) != TC_OK) {
		free(years);
		return cli_fail(&e);
	}
	/* years is "2025, 2026": one summary line for each. */
	for (char *p = years; p && *p;) {
		int year = (int)strtol(p, &p, 10), off, work;
		count_days(cal, year, &off, &work);
		sb_printf(&out, "已导入 %d 年日历: 休息日 %d 天, 调休上班 %d 天\n", year, off, work);
		p += strspn(p, ", ");
	}
	free(years);
	rc = cli_write_out(&out);
	sb_free(&out);
	return rc;
}

/* One row of the listing. */
static void add_day(struct text_table *t, int day, bool workday, const char *name)
{
	char iso[DATE_ISO_LEN];
	const char *row[] = {date_iso(day, iso), date_weekday_zh(day), workday ? "上班" : "休息", name};

	text_table_add(t, row);
}

static int show(struct cli *c, const char *arg)
{
	static const char *const header[] = {"日期", "星期", "类型", "名称"};
	struct tc_err e = {0};
	struct text_table t;
	struct strbuf out = {0};
	const struct cal *cal;
	int year = parse_year(arg), rc;
	bool provisional;

	if (year == 0) {
		fprintf(stderr, "tiaocai: YEAR: 年份应为四位数字, 如 2026: 现为 %s\n", arg);
		return TC_REFUSED;
	}
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (cal_get(c->db, &cal, &e) != TC_OK)
		return cli_fail(&e);
	provisional = cal_year_provisional(cal, year);
	if (provisional) {
		char warn[128];
		cal_provisional_text(year, warn, sizeof warn);
		sb_printf(&out, "%s\n", warn);
		sb_puts(&out, "(全国年节及纪念日放假办法第二条; 调休上班和补假以国务院通知为准,"
			      " 通知发布后用 tiaocai calendar import FILE 导入)\n");
	}
	text_table_init(&t, 4, header);
	if (provisional) {
		/* Day by day: the years beyond the generated table list their
		 * fixed-date holidays too, as they are counted. */
		for (int d = date_from_ymd(year, 1, 1); date_year(d) == year; d++)
			if (!cal_is_workday(cal, d) && cal_day_name(cal, d))
				add_day(&t, d, false, cal_day_name(cal, d));
	} else {
		const struct cal_day *d;
		size_t n = cal_year_days(cal, year, &d);
		for (size_t i = 0; i < n; i++)
			add_day(&t, d[i].day, d[i].workday, d[i].name);
	}
	text_table_render(&t, &out);
	text_table_free(&t);
	sb_printf(&out, "%d 年工作日 %d 天%s\n", year, cal_working_days(cal, year),
		  provisional ? " (暂定)" : "");
	rc = cli_write_out(&out);
	sb_free(&out);
	return rc;
}

int cli_calendar(struct cli *c, int argc, char **argv)
{
	if (argc == 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
		fputs(usage, stdout);
		return 0;
	}
	if (argc < 2)
		return cli_usage(usage, "calendar: 请给出 import 或 show");
	if (strcmp(argv[1], "import") == 0) {
		if (argc != 3)
			return cli_usage(usage, "calendar import: 请给出一个日历文件 FILE");
		return import(c, argv[2]);
	}
	if (strcmp(argv[1], "show") == 0) {
		if (argc != 3)
			return cli_usage(usage, "calendar show: 请给出年份 YEAR");
		return show(c, argv[2]);
	}
	return cli_usage(usage, "calendar: 不认识的子命令 %s", argv[1]);
}
