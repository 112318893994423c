/*
 * calendar.h - the holiday calendar: which days are off and which weekend
 * days are worked (调休), as the State Council publishes each year.
 *
 * The calendar lives in the tables calendar and calendar_years; a copy is
 * kept in memory on the database handle (DB_SLOT_CAL) so the clock can ask
 * "is this a working day?" millions of times cheaply.  Anything that changes
 * the calendar tables drops that copy.
 *
 * A year whose notice is not loaded is provisional: its rest days are the
 * weekends and the statutory holidays of 全国年节及纪念日放假办法 Art 2 (元旦,
 * 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节, as the version in force that
 * year gives them), never the notice's 调休.  The lunar holidays are known
 * for 2000-2099; other years count their fixed-date holidays only.
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
 * declared a workday.  Provisional years: Monday to Friday except the
 * statutory holidays.  c may be NULL (nothing loaded: every year is
 * provisional). */
bool cal_is_workday(const struct cal *c, int day);
/* The holiday or 调休 name of day, or NULL for an ordinary day; in a
 * provisional year the statutory holiday's name (元旦, 春节, ...).  The
 * string lives as long as c. */
const char *cal_day_name(const struct cal *c, int day);
/* The year's State Council notice is loaded (calendar import). */
bool cal_year_loaded(const struct cal *c, int year);
/* No notice loaded: counted by Art 2 (the opposite of cal_year_loaded). */
bool cal_year_provisional(const struct cal *c, int year);
/* The one wording of the warning for a provisional year, written into buf
 * (truncated to size, always terminated when size > 0): "2027 年国务院放假
 * 安排未载入, 暂按法定节假日计算".  Returns the length it needed, as snprintf. */
size_t cal_provisional_text(int year, char *buf, size_t size);
/* Working days in year (2026: 248), provisional or not. */
int cal_working_days(const struct cal *c, int year);
/* The special days of year in date order (a provisional year of 2000-2099:
 * its statutory holidays, all off); *out points into c. */
size_t cal_year_days(const struct cal *c, int year, const struct cal_day **out);

/* As actor a (who needs PERM_CALENDAR), read a calendar CSV (header
 * date,kind,name; BOM accepted) in full, then
 * replace the rows of every year it covers in one transaction, and record
 * those years as loaded (no longer provisional).  A bad row is reported as FILE:LINE: column:
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
