/*
 * clock.h - counting statutory periods over the holiday calendar, and the
 * clock rules the office keeps as rows (table clock_rules).
 *
 * How to count (民事诉讼法 Art 85, 民法典 Arts 201-203): the start day is not
 * counted; in calendar days, holidays inside the period count and a last day
 * that is a rest day moves to the next working day; in working days, only
 * working days are counted (a 调休 weekend workday counts).
 */
#ifndef TIAOCAI_CLOCK_H
#define TIAOCAI_CLOCK_H

#include <stdbool.h>
#include "tiaocai/util.h"

struct db;
struct cal;
struct actor;

enum clock_unit { CLOCK_CALENDAR, CLOCK_WORKING };

struct clock_result {
	int due;          /* the due date (day number) */
	int last_counted; /* the day the count itself ended on, before rolling */
	bool rolled;      /* the last day was a rest day and moved forward */
	int unloaded_year;/* first year met that is provisional (no notice
			     loaded, see cal_year_provisional), or 0 */
};

/* Count n days from start (start not counted) and fill *r.  When explain is
 * not NULL, one line per counted or rolled-over day is appended to it, in
 * Chinese ("2026-05-04 周一 第45天 劳动节 休息日").  Returns r->due. */
int clock_add(const struct cal *c, int start, int n, enum clock_unit unit,
	      struct clock_result *r, struct strbuf *explain);

/* Roll day forward to the first working day on or after it. */
int clock_roll(const struct cal *c, int day, struct clock_result *r);

/* "Due soon" ends on this day: CLOCK_SOON_WORKDAYS working days after
 * today, today not counted (from a Friday: Mon, Tue, Wed -> Wednesday).
 * The dashboard, the agenda, the docket and the case file all use it. */
#define CLOCK_SOON_WORKDAYS 3
int clock_soon_until(const struct cal *c, int today);

/* Calendar days between two dates, b - a. */
int clock_days_between(int a, int b);

struct clock_rule {
	char name[32];    /* accept, close, mediation, target, ... */
	char label[64];   /* 受理审查 */
	int days;
	enum clock_unit unit;
	char starts[32];  /* what starts it: received, accepted, ... */
	char basis[128];  /* 劳动争议调解仲裁法第四十三条 */
};

/* Look up a rule by name; TC_REFUSED if the office has no such rule. */
enum tc_status clock_rule_get(struct db *db, const char *name,
			      struct clock_rule *out, struct tc_err *e);
/* All rules in name order; *out is newly allocated, the caller frees it. */
enum tc_status clock_rules_list(struct db *db, struct clock_rule **out, size_t *n,
				struct tc_err *e);
/* As actor a (who needs PERM_SETTINGS), change a rule's days and unit
 * (days <= 0 or unit NULL keep the old value), with its journal row, in
 * one transaction (or savepoint).  The clocks of the open cases are not
 * recomputed here: office_rule_set does both. */
enum tc_status clock_rule_set(struct db *db, const struct actor *a, const char *name, int days,
			      const char *unit, struct tc_err *e);

const char *clock_unit_name(enum clock_unit u);     /* "calendar" / "working" */
const char *clock_unit_zh(enum clock_unit u);       /* "日" / "个工作日" */

#endif
