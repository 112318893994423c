/*
 * demo.h - the demo office: users and a docket of realistic wage cases for
 * a 贵阳 arbitration office, for trying the program out and for the
 * million-case benchmark.
 *
 * Every case is registered with case_add and moved with wf_apply, so the
 * clocks, cached deadlines and journal are exactly what clerks would have
 * produced; the agents and third parties its application names are written
 * with it.  Groups claim worker by worker, collective cases elect
 * representatives, most cases have a clerk in charge, and no worker comes
 * twice (case_add refuses an applicant already facing the same respondent
 * in an open case).  What was paid after a settlement or an award is
 * recorded with corr_apply ("pay").  The same seed always gives
 * the same cases.  This module does not create the database, load the
 * calendars or the roster, or find the sample files: the caller does that
 * first.
 */
#ifndef TIAOCAI_DEMO_H
#define TIAOCAI_DEMO_H

#include <stdint.h>
#include "tiaocai/util.h"
#include "tiaocai/stage.h"

struct db;

#define DEMO_CASES_DEFAULT 300
#define DEMO_WEEKS_DEFAULT 10
#define DEMO_SEED_DEFAULT 1
#define DEMO_CASES_MAX 10000000L
#define DEMO_WEEKS_MAX 520

struct demo_opts {
	long cases;          /* how many applications */
	uint64_t seed;       /* same seed, same office */
	int weeks;           /* received dates spread over this many weeks before today */
	int today;           /* day number (date.h); the last day anything happens */
};

/* Defaults: 300 cases, seed 1, ten weeks, today = date_today(). */
void demo_opts_init(struct demo_opts *o);

/* What a demo office holds, for the summary the front end prints. */
struct demo_stats {
	long cases;
	long by_stage[STAGE_COUNT];
	long overdue;        /* open, a running clock past due */
	long due_soon;       /* open, next deadline within 3 days from today */
	long users;
};

/* Build the demo office into db, which must be new, with the holiday
 * calendars and the roster already loaded (a mediator and an arbitrator
 * serving on every day of the window).  Adds the users, the process's own
 * login first as admin, then the cases, all in one transaction: on failure
 * nothing is left of the build. */
enum tc_status demo_build(struct db *db, const struct demo_opts *o, struct tc_err *e);

/* Make this connection fast for a big build: savepoint journals in
 * memory, a large page cache.  Has effect only outside a transaction, so
 * a caller that wraps demo_build in its own calls it first; demo_build
 * calls it too. */
enum tc_status demo_tune(struct db *db, struct tc_err *e);

/* Count users and cases by stage, overdue and due within 3 days of today. */
enum tc_status demo_stats(struct db *db, int today, struct demo_stats *out, struct tc_err *e);

#endif
