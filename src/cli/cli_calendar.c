/*
 * cli_calendar.c - `tiaocai calendar import FILE` and `calendar show YEAR`:
 * loading a year's holiday notice and showing what is loaded.  Reading,
 * checking and storing the notice is calendar.c's work.
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
	"      tiaocai calendar show YEAR       列出一年的休息日和调休上班日\n";

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

static int show(struct cli *c, const char *arg)
{
	static const char *const header[] = {"日期", "星期", "类型", "名称"};
	struct tc_err e = {0};
	struct text_table t;
	struct strbuf out = {0};
	const struct cal *cal;
	const struct cal_day *d;
	int year = parse_year(arg), rc;
	size_t n;

	if (year == 0) {
		fprintf(stderr, "tiaocai: YEAR: 年份应为四位数字, 如 2026: 现为 %s\n", arg);
		return TC_REFUSED;
	}
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (cal_get(c->db, &cal, &e) != TC_OK)
		return cli_fail(&e);
	if (!cal_year_loaded(cal, year)) {
		fprintf(stderr, "tiaocai: %d 年的节假日日历未载入 (用 tiaocai calendar import FILE 导入)\n",
			year);
		return TC_REFUSED;
	}
	n = cal_year_days(cal, year, &d);
	text_table_init(&t, 4, header);
	for (size_t i = 0; i < n; i++) {
		char iso[DATE_ISO_LEN];
		const char *row[] = {date_iso(d[i].day, iso), date_weekday_zh(d[i].day),
				     d[i].workday ? "上班" : "休息", d[i].name};
		text_table_add(&t, row);
	}
	text_table_render(&t, &out);
	text_table_free(&t);
	sb_printf(&out, "%d 年工作日 %d 天\n", year, cal_working_days(cal, year));
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
