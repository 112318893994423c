/*
 * tally.h - each case's history kept as day counts, so that a figure about
 * any day (open cases by stage, 超期, 超审限, open at the start of a
 * period) is a sum over a few hundred rows, whatever the years of history.
 *
 * What a case contributes is derived from its row, its clocks and its
 * journal by the same definitions the weekly summary and the statistics
 * state (tiaocai(5), STATISTICS and THE WEEKLY SUMMARY): the stage it stood
 * in on each day (its journal replayed through the workflow's table, the
 * rows a revert undid left out), the days it was accepted and not closed,
 * the days a statutory clock of it was past due while it was neither
 * closed nor suspended, the days its 审限 was past, and for each day its
 * earliest running statutory clock.  Those spans become +1/-1 counts per
 * day and per month (tally_days, tally_months) and rows of tally_due.
 *
 * Triggers on cases, case_clocks, the journal and case_undo mark a changed
 * case (tally_dirty); tally_refresh derives the marked cases again before
 * figures are read.  Nothing here is the truth: the tables can be dropped
 * and derived again from the journal (tally_refresh after marking every
 * case), and tally_verify compares them with that.
 */
#ifndef TIAOCAI_TALLY_H
#define TIAOCAI_TALLY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "tiaocai/stage.h"
#include "tiaocai/util.h"

struct db;

/* The schema version whose migration makes the tables and marks every case
 * (schema.sql.h); tally_fill is its step (db.h, struct db_upgrade). */
#define TALLY_SCHEMA 10

/* The day "as things stand now": the open cases by their stage column,
 * not by a day's replay (the current week's summary). */
#define TALLY_NOW 2147483647

/* Derive every marked case again.  Inside a write transaction (db_begin)
 * the result is kept; outside one (a database opened read-only, the write
 * lock held elsewhere) it goes into this connection's temporary tables,
 * which the reads below add in, so the figures are exact all the same
 * until the next refresh.  Cost: the cases marked since the last kept
 * refresh. */
enum tc_status tally_refresh(struct db *db, struct tc_err *e);

/* The schema migration's step (db.h, struct db_upgrade): every case
 * derived, inside the migration's transaction. */
enum tc_status tally_fill(struct db *db, struct tc_err *e);

/* The counts of one kind of span on a day, grouped. */
enum tally_what {
	TALLY_OPEN,       /* accepted by the day and not closed by it (slices) */
	TALLY_OVERDUE,    /* 超期 on the day (slices) */
	TALLY_OVER_LIMIT, /* 超审限 on the day (slices) */
};

/* For each slice of the spans `what` that cover `day` (TALLY_NOW: every
 * span not yet ended), add(ctx, slice, n) with the slice as slice_sql
 * names it: a constant SQL expression over the columns fast, simple,
 * collective and industry of a case (report.c's slices).  Slices whose
 * count is 0 are left out.  After tally_refresh. */
enum tc_status tally_slices(struct db *db, enum tally_what what, int day, const char *slice_sql,
			    void (*add)(void *ctx, const char *slice, long n), void *ctx,
			    struct tc_err *e);

/* What happened to cases on a day, summed over a period: the columns of
 * tally_event_days and tally_event_months, in this order.  Counted on the
 * day received (received_on), accepted (accepted_on) or closed (closed_on
 * of a case in 结案), as report.c's period figures count them. */
#define TALLY_EVENTS(X)                                                        \
	X(received)           /* received */                                     \
	X(referred)           /* received, source 劳动保障监察移送 */            \
	X(wage_cases)         /* received with a 工资 claim (三个下降) */        \
	X(wage_workers)       /*   their workers */                              \
	X(wage_amount)        /*   the sum of their 工资 claims, fen */          \
	X(accepted)           /* accepted */                                     \
	X(workers)            /*   their workers */                              \
	X(collective_cases)   /*   collective */                                 \
	X(collective_workers) /*   the workers of those */                       \
	X(claimed)            /*   claimed, fen */                               \
	X(legal_aid)          /*   legal aid */                                  \
	X(refused)            /* closed: 不予受理 */                             \
	X(premediated)        /* closed without acceptance by 案外调解 */        \
	X(closed)             /* closed after acceptance (结案) */               \
	X(mediated)           /*   调解 */                                       \
	X(award_final)        /*   终局裁决 */                                   \
	X(award_nonfinal)     /*   非终局裁决, 部分终局裁决 */                   \
	X(withdrawn)          /*   撤回, 视为撤回 */                             \
	X(transferred)        /*   移送 */                                       \
	X(resolved)           /* amount agreed or awarded (结案 and 案外调解), fen */ \
	X(close_days)         /* days from acceptance to closing, summed (结案) */
#define TALLY_EVENT_ENUM(c) TALLY_EV_##c,
enum tally_event { TALLY_EVENTS(TALLY_EVENT_ENUM) TALLY_EV_COUNT };

/* For each slice (as tally_slices) the events of the days from .. to,
 * summed: add(ctx, slice, v) with v[TALLY_EV_COUNT].  Slices with nothing
 * are left out.  After tally_refresh. */
enum tc_status tally_events(struct db *db, int from, int to, const char *slice_sql,
			    void (*add)(void *ctx, const char *slice, const int64_t *v), void *ctx,
			    struct tc_err *e);

/* Open cases at the end of a day by the stage they stood in, and the load
 * of each mediator (cases in 案前调解 or 调解中) and arbitrator (every
 * open case), by the person the case names now.  day TALLY_NOW: as they
 * stand now.  *persons is allocated (the caller frees), mediators and
 * arbitrators with a count above 0 in no particular order. */
struct tally_person {
	int64_t id;
	bool arbitrator; /* else mediator */
	long open;
};
struct tally_open {
	long stage[STAGE_COUNT]; /* STAGE_CLOSED stays 0 */
	long total;
	struct tally_person *persons;
	size_t npersons;
};
enum tc_status tally_open_at(struct db *db, int day, struct tally_open *out, struct tc_err *e);

/* The cases closed from .. to by person, as the weekly summary's load
 * counts them: for each mediator the cases counted in 结案 or 案外调解成功
 * that never had a hearing, and of those the settled (调解, 案外调解); for
 * each arbitrator the cases counted in 结案 or 案外调解成功.  The person is
 * the one the case names now.  *out is allocated (the caller frees); only
 * people with a count above 0, in no particular order. */
struct tally_closer {
	int64_t id;
	bool arbitrator; /* else mediator */
	long closed, settled;
};
enum tc_status tally_closed_by(struct db *db, int from, int to, struct tally_closer **out,
			       size_t *n, struct tc_err *e);

/* The cases open on `day` and not suspended on it whose earliest running
 * statutory clock falls due in [lo, hi] (lo DATE_NONE: any day before),
 * by that due date, then case number: the first `limit` into *rows
 * (allocated; the caller frees), how many there are in *total. */
struct tally_due_row {
	int64_t case_id;
	int due;
	char clock[32];
	int year, seq;
};
enum tc_status tally_due(struct db *db, int day, int lo, int hi, size_t limit,
			 struct tally_due_row **rows, size_t *n, size_t *total, struct tc_err *e);

/* Derive every case again and compare with what is kept: each case's row
 * of tally_cases and tally_due, and the day and month counts as the sums
 * of those rows.  Each difference is one line (Chinese) appended to
 * problems; cases marked and not yet derived again are not compared
 * (*checked: how many were).  Reads only.  For `tiaocai check`; its cost
 * is a refresh of every case. */
enum tc_status tally_verify(struct db *db, struct strlist *problems, size_t *checked,
			    struct tc_err *e);

/* The same for the cases ids[0 .. n-1] alone (those `check --quick`
 * replays), without the sums: each case's kept row against the case
 * derived again.  Marked cases are skipped; *checked: how many were
 * compared. */
enum tc_status tally_verify_cases(struct db *db, const int64_t *ids, size_t n,
				  struct strlist *problems, size_t *checked, struct tc_err *e);

/* Throw away what is kept and derive every case again, in one
 * transaction: the repair when tally_verify finds differences. */
enum tc_status tally_rebuild(struct db *db, struct tc_err *e);

#endif
