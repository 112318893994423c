/*
 * calendar.h - the holiday calendar: which days are off and which weekend
 * days are worked (调休), as the State Council publishes each year.
 *
 * The calendar lives in the tables calendar and calendar_years; a copy is
 * kept in memory on the database handle (DB_SLOT_CAL) so the clock can ask
 * "is this a working day?" millions of times cheaply.  Anything that changes
 * the calendar tables drops that copy.
 */
#ifndef TIAOCAI_CALENDAR_H
#define TIAOCAI_CALENDAR_H

#include <stdbool.h>
#include <stddef.h>
#include "tiaocai/text.h"
#include "tiaocai/util.h"

struct db;
struct cal;
struct actor;

/* One special day: a day off (kind 'off') or a worked weekend ('workday'). */
struct cal_day {
	int day;         /* day number, see date.h */
	bool workday;    /* true: a weekend day worked; false: a day off */
	char name[TEXT_BYTES(TEXT_MAX_WORD)]; /* 春节, 国庆节, ... */
};

/* The calendar of db, loaded on first use and kept on the handle.  The
 * pointer stays valid until the calendar tables change or db closes. */
enum tc_status cal_get(struct db *db, const struct cal **out, struct tc_err *e);
void cal_free(struct cal *c);

/* A working day: Monday to Friday unless declared off, or a weekend day
 * declared a workday.  Years not loaded count weekends only. */
bool cal_is_workday(const struct cal *c, int day);
/* The holiday or 调休 name of day, or NULL for an ordinary day. */
const char *cal_day_name(const struct cal *c, int day);
bool cal_year_loaded(const struct cal *c, int year);
/* The one wording of the warning for a year counted without its notice. */
size_t cal_provisional_text(int year, char *buf, size_t size);
/* Working days in year (2026: 248). */
int cal_working_days(const struct cal *c, int year);
/* The special days of year in date order; *out points into c. */
size_t cal_year_days(const struct cal *c, int year, const struct cal_day **out);

/* As actor a (who needs PERM_CALENDAR), read a calendar CSV (header
 * date,kind,name; BOM accepted) in full, then
 * replace the rows of every year it covers in one transaction, and record
 * those years as loaded.  A bad row is reported as FILE:LINE: column:
 * reason and nothing changes.  *years (may be NULL) gets the years loaded,
 * joined by ", "; the caller frees it.  Drops the cached calendar.  The
 * clocks of the open cases are not recomputed here:
 * office_calendar_import does both in one transaction. */
enum tc_status cal_import_file(struct db *db, const struct actor *a, const char *path, char **years,
			       struct tc_err *e);

/* The reading and checking of cal_import_file without a database (for
 * tests and fuzzing): the file's days, sorted by day with none repeated,
 * in *days (n of them, at least one; the caller frees), or the import's
 * message "FILE:LINE: column: reason" and *days NULL. */
enum tc_status cal_read_file(const char *path, struct cal_day **days, size_t *n,
			     struct tc_err *e);

#endif
