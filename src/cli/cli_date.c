/*
 * cli_date.c - `tiaocai date DATE +N [--working] [--explain]`: the deadline
 * calculator at the command line.  The counting is clock.c's; this file
 * reads the arguments and prints the due date, alone on its line, last.
 */
#include "cli.h"
#include "tiaocai/calendar.h"
#include "tiaocai/clock.h"
#include "tiaocai/date.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DAYS 3650 /* ten years: beyond that a typo is likelier than a period */

static const char usage[] =
	"用法: tiaocai date DATE +N [--working] [--explain]\n"
	"  DATE       起算日 (当日不计), 如 2026-03-20、20260320、2026年3月20日\n"
	"  +N         期限天数, 如 +45\n"
	"  --working  按工作日计算 (默认按日历日, 末日逢休息日顺延)\n"
	"  --explain  逐日列出计算过程\n";

/* "+45" or "45" -> 45; 0 when it is not a count in range. */
static int parse_count(const char *s)
{
	char *end;
	long v;

	if (*s == '+')
		s++;
	if (*s < '0' || *s > '9')
		return 0;
	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || *end || v < 1 || v > MAX_DAYS)
		return 0;
	return (int)v;
}

int cli_date(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{"working", no_argument, NULL, 'w'},
		{"explain", no_argument, NULL, 'x'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	struct tc_err e = {0};
	struct clock_result r;
	struct strbuf out = {0};
	const struct cal *cal;
	bool working = false, explain = false;
	char iso[DATE_ISO_LEN];
	int opt, start, n, rc;

	cli_getopt_reset();
	while ((opt = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (opt) {
		case 'w':
			working = true;
			break;
		case 'x':
			explain = true;
			break;
		case 'h':
			fputs(usage, stdout);
			return 0;
		default:
			return cli_usage(usage, "date: 不认识的选项 %s", argv[optind - 1]);
		}
	}
	if (argc - optind != 2)
		return cli_usage(usage, "date: 请给出起算日 DATE 和天数 +N");
	/* Check the values before opening the database: a typo needs no file. */
	if (date_parse(argv[optind], &start, "DATE", &e) != TC_OK)
		return cli_fail(&e);
	if ((n = parse_count(argv[optind + 1])) == 0) {
		fprintf(stderr, "tiaocai: N: 天数应为 1 到 %d 的整数, 如 +45: 现为 %s\n", MAX_DAYS,
			argv[optind + 1]);
		return TC_REFUSED;
	}
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (cal_get(c->db, &cal, &e) != TC_OK)
		return cli_fail(&e);

	clock_add(cal, start, n, working ? CLOCK_WORKING : CLOCK_CALENDAR, &r,
		  explain ? &out : NULL);
	sb_printf(&out, "%s\n", date_iso(r.due, iso));
	/* Still an answer, but the clerk must know it may be early: the
	 * notice may yet make a weekend in that year a working day. */
	if (r.unloaded_year) {
		char warn[128];
		cal_provisional_text(r.unloaded_year, warn, sizeof warn);
		fprintf(stderr, "tiaocai: 警告: %s\n", warn);
	}
	rc = cli_write_out(&out);
	sb_free(&out);
	return rc;
}
