/*
 * date.c - day numbers, parsing of the date forms clerks type, ISO weeks.
 * Algorithms for civil dates after H. Hinnant's days_from_civil.
 */
#include "tiaocai/date.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int month_days(int y, int m)
{
	static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	return m == 2 && is_leap(y) ? 29 : mdays[m - 1];
}

int date_from_ymd(int y, int m, int d)
{
	if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > month_days(y, m))
		return DATE_NONE;
	y -= m <= 2;
	int era = (y >= 0 ? y : y - 399) / 400;
	int yoe = y - era * 400;
	int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void date_to_ymd(int day, int *y, int *m, int *d)
{
	int z = day + 719468;
	int era = (z >= 0 ? z : z - 146096) / 146097;
	int doe = z - era * 146097;
	int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yoe + era * 400 + (*m <= 2);
}

char *date_iso(int day, char buf[DATE_ISO_LEN])
{
	int y, m, d;

	if (day == DATE_NONE) {
		buf[0] = '\0';
		return buf;
	}
	date_to_ymd(day, &y, &m, &d);
	unsigned v[3] = {(unsigned)y % 10000u, (unsigned)m % 100u, (unsigned)d % 100u};
	char *p = buf;
	*p++ = (char)('0' + v[0] / 1000);
	*p++ = (char)('0' + v[0] / 100 % 10);
	*p++ = (char)('0' + v[0] / 10 % 10);
	*p++ = (char)('0' + v[0] % 10);
	for (int i = 1; i < 3; i++) {
		*p++ = '-';
		*p++ = (char)('0' + v[i] / 10);
		*p++ = (char)('0' + v[i] % 10);
	}
	*p = '\0';
	return buf;
}

int date_from_iso(const char *s)
{
	if (s == NULL || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return DATE_NONE;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return DATE_NONE;
	return date_from_ymd(atoi(s), atoi(s + 5), atoi(s + 8));
}

/* Read up to max ASCII or full-width digits from *p; -1 if none. */
static int read_num(const char **p, int max, int *ndigits)
{
	const unsigned char *s = (const unsigned char *)*p;
	int v = 0, n = 0;

	while (n < max) {
		if (*s >= '0' && *s <= '9') {
			v = v * 10 + (*s - '0');
			s++;
		} else if (s[0] == 0xEF && s[1] == 0xBC && s[2] >= 0x90 && s[2] <= 0x99) {
			v = v * 10 + (s[2] - 0x90); /* U+FF10..U+FF19 */
			s += 3;
		} else {
			break;
		}
		n++;
	}
	*p = (const char *)s;
	*ndigits = n;
	return n ? v : -1;
}

static bool eat(const char **p, const char *lit)
{
	size_t n = strlen(lit);
	if (strncmp(*p, lit, n) != 0)
		return false;
	*p += n;
	return true;
}

enum tc_status date_parse(const char *s, int *day, const char *field,
			  struct tc_err *e)
{
	const char *p = s ? s : "";
	int y, m, d, n;

	while (*p == ' ')
		p++;
	y = read_num(&p, 8, &n);
	if (n == 8 && *p == '\0') { /* 20261122 */
		m = y / 100 % 100;
		d = y % 100;
		y /= 10000;
	} else if (n == 4) {
		const char *sep2;
		if (eat(&p, "-"))
			sep2 = "-";
		else if (eat(&p, "/"))
			sep2 = "/";
		else if (eat(&p, "."))
			sep2 = ".";
		else if (eat(&p, "年"))
			sep2 = "月";
		else
			goto bad;
		m = read_num(&p, 2, &n);
		if (n == 0 || !eat(&p, sep2))
			goto bad;
		d = read_num(&p, 2, &n);
		if (n == 0)
			goto bad;
		if (strcmp(sep2, "月") == 0 && !eat(&p, "日"))
			goto bad;
	} else {
		goto bad;
	}
	while (*p == ' ')
		p++;
	if (*p != '\0')
		goto bad;
	*day = date_from_ymd(y, m, d);
	if (*day == DATE_NONE)
		return err_set(e, TC_REFUSED, field, "%s: 没有这一天: %s", field, s);
	return TC_OK;
bad:
	return err_set(e, TC_REFUSED, field,
		       "%s: 日期格式不对: %s (可写 2026-11-22、2026/11/22、20261122 或 2026年11月22日)",
		       field, s ? s : "");
}

int date_year(int day)
{
	int y, m, d;
	date_to_ymd(day, &y, &m, &d);
	return y;
}

int date_weekday(int day)
{
	/* 1970-01-01 was a Thursday (4). */
	int w = (day % 7 + 7 + 3) % 7; /* 0 = Monday */
	return w + 1;
}

const char *date_weekday_zh(int day)
{
	static const char *names[] = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};
	return names[date_weekday(day) - 1];
}

bool date_is_weekend(int day) { return date_weekday(day) >= 6; }

int date_iso_week_monday(int year, int week)
{
	int jan4 = date_from_ymd(year, 1, 4);
	if (jan4 == DATE_NONE || week < 1 || week > 53)
		return DATE_NONE;
	int monday1 = jan4 - (date_weekday(jan4) - 1);
	int mon = monday1 + (week - 1) * 7;
	if (week == 53) {
		int y2, w2;
		date_iso_week(mon, &y2, &w2);
		if (y2 != year)
			return DATE_NONE;
	}
	return mon;
}

bool date_parse_week(const char *s, int *monday)
{
	int y, w, n = 0;
	char sep[2] = "";

	if (sscanf(s, "%4d-%1[Ww]%2d%n", &y, sep, &w, &n) != 3 &&
	    sscanf(s, "%4d%1[Ww]%2d%n", &y, sep, &w, &n) != 3)
		return false;
	if (s[n] != '\0' || y < 1900 || y > 9999)
		return false;
	*monday = date_iso_week_monday(y, w);
	return *monday != DATE_NONE;
}

int date_iso_week(int day, int *year, int *week)
{
	int monday = day - (date_weekday(day) - 1);
	int thursday = monday + 3; /* the week belongs to its Thursday's year */
	int y = date_year(thursday);
	int jan4 = date_from_ymd(y, 1, 4);
	int monday1 = jan4 - (date_weekday(jan4) - 1);
	*year = y;
	*week = (monday - monday1) / 7 + 1;
	return monday;
}

enum tc_status date_today_checked(int *day, struct tc_err *e)
{
	const char *env = getenv("TIAOCAI_TODAY");

	if (env && *env) {
		*day = date_from_iso(env);
		if (*day == DATE_NONE)
			return err_set(e, TC_USAGE, "TIAOCAI_TODAY",
				       "TIAOCAI_TODAY 应为 YYYY-MM-DD: %s", env);
		return TC_OK;
	}
	time_t t = time(NULL);
	struct tm tm;
	localtime_r(&t, &tm);
	*day = date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
	return TC_OK;
}

int date_today(void)
{
	int day;
	if (date_today_checked(&day, NULL) != TC_OK) {
		time_t t = time(NULL);
		struct tm tm;
		localtime_r(&t, &tm);
		day = date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
	}
	return day;
}
