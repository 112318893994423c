/*
 * deadline.h - the clocks of a case, as data.
 *
 * One table (deadline.c, clock_defs[]) says for every clock of a case: the
 * clock_rules row that gives its days, unit, label and basis; the date that
 * starts it; the stages in which it runs; what pauses, restarts and ends
 * it; and whether it is statutory (a running statutory clock past its due
 * date makes the case 超期) or an office target (shown, never 超期).
 * `tiaocai rules` and tiaocai(5) show the same table.
 *
 * The clocks of every case are stored in one place, the table case_clocks
 * (one row per clock that has started), kept by deadline_update inside the
 * caller's transaction; cases.next_due and cases.next_clock hold the
 * earliest running statutory clock, the one figure the docket sorts by and
 * the dashboard, `case list --overdue`, the agenda and the reports count.
 *
 * Words (tiaocai(5), DEADLINES):
 *   超期    the case is open, not suspended, and a running statutory clock
 *           is past its due date: next_due < today.  Counted once per case.
 *   超审限  the 审限 clock (close: 45 days, +15 once extended) is running and
 *           past its due date (办案规则 2017 Art 48).
 */
#ifndef TIAOCAI_DEADLINE_H
#define TIAOCAI_DEADLINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "tiaocai/stage.h"
#include "tiaocai/util.h"

struct db;

/* The date a clock counts from (the case row's column in brackets). */
enum clock_start {
	CLOCK_FROM_RECEIVED,  /* receipt, or the restart after failed 案前调解 (accept_from) */
	CLOCK_FROM_MEDIATION, /* the start of mediation (mediation_from) */
	CLOCK_FROM_ACCEPTED,  /* acceptance (accepted_on) */
	CLOCK_FROM_SERVED,    /* the receipt of the clock's document (clock_def.doc) by
			       * the parties it names (clock_def.to): the latest of
			       * theirs, each counted from their own */
};

/* Whose receipt of a document a clock follows (clock_def.to). */
enum clock_parties {
	CLOCK_TO_NONE,
	CLOCK_TO_RESPONDENTS, /* each respondent (被申请人) */
	CLOCK_TO_SUE,         /* a final award: the workers; a non-final one: every party
			       * (调解仲裁法 Arts 48, 50) */
	CLOCK_TO_SET_ASIDE,   /* a final award: the employers (Art 49) */
};

/* What else shapes a clock. */
enum clock_flag {
	CLOCK_EXTENDS = 1 << 0,     /* the extension (rule "extension") adds to it, once */
	CLOCK_PAUSES = 1 << 1,      /* the days suspended (中止) are added to it */
	CLOCK_FAST_ONLY = 1 << 2,   /* only for 速裁 cases */
	CLOCK_UNTIL_TRIBUNAL = 1 << 3,   /* ends once the tribunal is formed (hearing.h) */
	CLOCK_LAW_BEFORE_ACCEPT = 1 << 4,/* statutory only when it started before acceptance */
	CLOCK_RESTARTS = 1 << 5,    /* counted afresh from a party or claim added or changed
				     * after acceptance (cases.close_from; 办案规则 Art 46) */
	CLOCK_UNTIL_SERVED = 1 << 6, /* ends once every party of `to` has been given `doc`
				      * (the day the last was) */
	CLOCK_SINCE_RECORDS = 1 << 7,/* only for cases accepted on or after the setting
				      * documents_since: earlier ones predate the records */
	CLOCK_GAZETTE = 1 << 8,      /* the days of every 公告送达 of the case (publication to
				      * deemed service, overlaps once) are added to it */
};

struct clock_def {
	const char *name;       /* the clock_rules row: accept, tribunal, serve, close ... */
	enum clock_start start;
	unsigned runs;          /* STAGE_BIT()s of the stages in which it runs */
	bool statutory;         /* false: an office target or a party's period, never 超期 */
	unsigned flags;         /* enum clock_flag */
	const char *doc;        /* the document kind (doc.h) whose service starts or ends
				 * it, NULL when none */
	enum clock_parties to;  /* whose receipt of doc counts */
	/* In words, for `tiaocai rules` and tiaocai(5). */
	const char *starts_zh, *pauses_zh, *restarts_zh, *ends_zh;
};

/* The clock definitions in the order a case file shows them. */
size_t deadline_defs(const struct clock_def **out);
const struct clock_def *deadline_def(const char *name);

/* One clock of one case, as the case file and `case show` show it. */
struct case_clock {
	char name[32], label[64], basis[128];
	char start[11], due[11];
	int days;
	char unit[16];           /* calendar / working */
	bool running;
	bool statutory;          /* false: an office target or a party's period */
	bool party;              /* a party's period (答辩, 起诉 ...), not the office's */
	int days_left;           /* INT32_MIN when not running */
	int provisional_year;    /* the count reached a year counted without its notice, or 0 */
	char note[384];          /* "中止 12 天", "延长 15 日", "办案目标, 不计超期",
				  * "r2 某公司 未送达" ... */
};
#define DEADLINE_MAX_CLOCKS 12

/* Recompute the clocks of case id from its dates, the rules and the
 * calendar, and store them in case_clocks and cases.next_due/next_clock
 * (inside the caller's transaction).  on is the date of the event that
 * changed the case: a clock that stops running for good on it is marked
 * ended then; DATE_NONE (a rule or the calendar changed) keeps the ends
 * already recorded.  On failure nothing is left half-written once the
 * caller rolls back. */
enum tc_status deadline_update(struct db *db, int64_t id, int on, struct tc_err *e);
/* deadline_update for every open case, and every closed case with a
 * period after its award still to come (after a rule or the calendar
 * changed), in one transaction. */
enum tc_status deadline_update_all(struct db *db, struct tc_err *e);
/* Compare the stored clocks of every case deadline_update_all would
 * update with what the rules and the calendar give now, changing nothing:
 * *checked gets the number of cases, stale the case numbers whose stored
 * clocks differ. */
enum tc_status deadline_verify(struct db *db, size_t *checked, struct strlist *stale,
			       struct tc_err *e);

/* The clocks of case id as of today, computed afresh (they equal the
 * stored ones unless the store is stale), at most DEADLINE_MAX_CLOCKS into
 * out; *provisional gets the first year a running clock reached without
 * its notice loaded, or 0. */
enum tc_status deadline_case(struct db *db, int64_t id, int today, struct case_clock *out,
			     size_t *n, int *provisional, struct tc_err *e);

#endif
