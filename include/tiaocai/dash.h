/*
 * dash.h - the figures of the 首页 dashboard: today's work for a clerk.
 *
 * Each open case is listed once, by its earliest running statutory clock
 * (deadline.h): in 超期 when that clock is past due, else in 今日到期 or
 * 3个工作日内到期, naming the clock.  Working days come from the holiday
 * calendar.  Nothing here
 * changes the database; every query walks an index, so the dashboard of a
 * million cases opens as fast as that of ten.
 */
#ifndef TIAOCAI_DASH_H
#define TIAOCAI_DASH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "tiaocai/user.h"
#include "tiaocai/text.h"
#include "tiaocai/util.h"
#include "tiaocai/stage.h"

struct db;

/* One case, by its earliest running statutory clock. */
struct dash_due {
	int64_t case_id;
	char case_no[96];
	char applicant[TEXT_BYTES(TEXT_MAX_PERSON) + 24]; /* first applicant, "等N人" appended for more */
	char respondent[TEXT_BYTES(TEXT_MAX_ORG)];
	enum stage stage;
	char clock[32];           /* the clock (deadline.h): accept, tribunal, mediation, close */
	char clock_zh[64];        /* the rule's label (clock_rule.label): 受理审查, 仲裁审限 ... */
	char due[11];             /* YYYY-MM-DD */
	int days_left;            /* due - today, calendar days; negative when overdue */
	char holder[TEXT_BYTES(TEXT_MAX_PERSON)];          /* mediator or arbitrator now holding it, "" when none */
};

/* One hearing. */
struct dash_hearing {
	int64_t case_id;
	char case_no[96];
	char applicant[TEXT_BYTES(TEXT_MAX_PERSON) + 24];
	char respondent[TEXT_BYTES(TEXT_MAX_ORG)];
	char at[17];              /* YYYY-MM-DD HH:MM */
	char room[TEXT_BYTES(TEXT_MAX_ROOM)];
	char arbitrator[TEXT_BYTES(TEXT_MAX_PERSON)];
};

struct dash_list {
	void *v;                  /* struct dash_due[] or struct dash_hearing[] */
	size_t n;                 /* rows returned (at most the limit asked for) */
	size_t total;             /* rows that match, counted up to struct dash.count_cap */
};

/* Totals are counted this far (or as far as the rows asked for, when
 * more): at a million cases a list of 100,000 would cost the first screen
 * its speed, and "10000 件以上" says all a clerk needs. */
#define DASH_COUNT_CAP 10000

struct dash {
	int today;
	size_t count_cap;         /* the lists' totals and closed_week stop here */
	int soon_until;           /* the day 3 working days after today */
	struct dash_list overdue;     /* due < today, most overdue first */
	struct dash_list due_today;   /* due == today */
	struct dash_list due_soon;    /* today < due <= soon_until, soonest first */
	struct dash_list hearings;    /* today and tomorrow, by time */
	size_t by_stage[STAGE_COUNT]; /* open cases by stage; [STAGE_CLOSED] = all closed */
	/* The four 快: */
	size_t waiting_accept;    /* 快立: cases in 收案 */
	size_t mediating;         /* 快调: in 案前调解 or 调解中 */
	size_t hearing;           /* 快审: in 审理中 */
	size_t closed_week;       /* 快结: closed this ISO week (Monday to today), up to count_cap */
	int provisional_year;     /* a running clock is counted into this year, whose
				   * notice is not loaded (calendar.h), or 0 */
};

/* Fill *d for today; each list holds at most `limit` rows.  A lawyer
 * sees only their own cases.  The caller frees with dash_free. */
enum tc_status dash_get(struct db *db, const struct actor *a, int today, size_t limit,
			struct dash *d, struct tc_err *e);
void dash_free(struct dash *d);

#endif
