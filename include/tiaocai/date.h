/*
 * date.h - civil dates as day numbers.
 *
 * A date is an int: days since 1970-01-01 (proleptic Gregorian).  That makes
 * "days between" a subtraction and "next day" an increment.  This module
 * parses what clerks type, formats ISO, and knows weekdays and ISO weeks; it
 * knows nothing about holidays (see calendar.h).
 */
#ifndef TIAOCAI_DATE_H
#define TIAOCAI_DATE_H

#include <stdbool.h>
#include "tiaocai/util.h"

#define DATE_NONE (-2147483647 - 1) /* "no date" */
#define DATE_ISO_LEN 11             /* "YYYY-MM-DD" and NUL */

/* Day number of y-m-d, or DATE_NONE when that is not a real date. */
int date_from_ymd(int y, int m, int d);
void date_to_ymd(int day, int *y, int *m, int *d);

/* Parse 2026-11-22, 2026/11/22, 20261122 or 2026年11月22日 (one-digit month
 * and day allowed, full-width digits too).  Returns TC_OK and sets *day,
 * or TC_REFUSED with a message naming field and the accepted forms. */
enum tc_status date_parse(const char *s, int *day, const char *field,
			  struct tc_err *e);
/* Strict ISO YYYY-MM-DD as stored in the database; DATE_NONE if s is NULL,
 * empty or not a date. */
int date_from_iso(const char *s);
/* Write YYYY-MM-DD into buf (DATE_ISO_LEN bytes); "" for DATE_NONE. */
char *date_iso(int day, char buf[DATE_ISO_LEN]);

int date_year(int day);
/* 1 = Monday ... 7 = Sunday (ISO 8601). */
int date_weekday(int day);
/* Chinese weekday name: "周一" ... "周日". */
const char *date_weekday_zh(int day);
bool date_is_weekend(int day);
/* ISO 8601 week: sets *year and *week of day; returns the Monday. */
/* "2026-W47" (or "2026W47", W in either case; the week of --week) as the
 * day number of that ISO week's Monday in *monday; false when s is not
 * such a week (a year 1900-9999 and a week the year has). */
bool date_parse_week(const char *s, int *monday);
int date_iso_week(int day, int *year, int *week);
/* The Monday of ISO week `week` of `year`, or DATE_NONE. */
int date_iso_week_monday(int year, int week);

/* Today: $TIAOCAI_TODAY (YYYY-MM-DD) when set and valid, else the local
 * date.  An invalid $TIAOCAI_TODAY is reported through date_today_checked. */
int date_today(void);
enum tc_status date_today_checked(int *day, struct tc_err *e);

#endif
