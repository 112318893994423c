/*
 * report.h - the figures supervisors decide from: statistics for a period
 * (the upstream CSV) and the weekly summary built on the same numbers.
 *
 * Every figure has one definition, written in tiaocai(5) (STATISTICS),
 * and one implementation, here: the weekly summary and `export stats`
 * never count the same thing twice in two ways.  Nothing here changes the
 * cases: the only writes are tally.h's day counts, which are derived.
 */
#ifndef TIAOCAI_REPORT_H
#define TIAOCAI_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "tiaocai/csvio.h"
#include "tiaocai/rdoc.h"
#include "tiaocai/user.h"
#include "tiaocai/text.h"
#include "tiaocai/util.h"

struct db;

/* How a period is sliced. */
enum report_by { REPORT_BY_NONE, REPORT_BY_TRACK, REPORT_BY_INDUSTRY, REPORT_BY_COLLECTIVE };
enum tc_status report_by_parse(const char *s, enum report_by *out, struct tc_err *e);

/* One row of the statistics: one slice of one period (the column
 * list, in order; money in fen, rates and averages in tenths, -1 when the
 * base is zero and the figure is undefined). */
struct report_stats {
	int from, to;            /* day numbers, inclusive */
	char slice[TEXT_BYTES(TEXT_MAX_WORD)];          /* "合计", "速裁", "建筑业", "集体" ... */
	long open_at_start, received, accepted, refused, workers;
	long collective_cases, collective_workers, premediation_settled, closed;
	long closed_mediated, closed_award_final, closed_award_nonfinal, closed_withdrawn;
	long closed_transferred, closed_other, open_at_end;
	long mediation_success_rate;  /* tenths of a percent, -1 undefined */
	long closure_rate;            /* tenths of a percent, -1 undefined */
	int64_t claimed, resolved_amount; /* fen */
	long overdue;                 /* 超期 (tiaocai(5), DEADLINES) */
	long over_limit;              /* 超审限: the 审限 clock past due */
	long extended, suspended;
	long avg_days_to_close;       /* tenths of a day, -1 undefined */
	long legal_aid_cases, inspection_referrals;
	int64_t paid;                 /* fen: 已兑现, payments dated in the period */
	long paid_cases;              /* the cases those payments were made in */
};

/* The statistics of [from, to] sliced by `by`: the slices in a stable
 * order, then the total row (slice "合计") last.  *out is allocated; the
 * caller frees it.  Slices: none gives the total row alone; track 速裁,
 * 简易, 普通 and collective 集体, 非集体 always (zeros included); industry
 * one row per industry with any figure not zero, in code-point order of
 * the name, "未填" (no industry) last.  overdue and over_limit are counted as of the
 * period's last day, or today ($TIAOCAI_TODAY honoured) when the period
 * has not ended yet.  Like report_weekly, brings the day counts up to
 * date first.  Needs PERM_EXPORT; from > to is TC_USAGE. */
enum tc_status report_stats(struct db *db, const struct actor *a, int from, int to,
			    enum report_by by, struct report_stats **out, size_t *n,
			    struct tc_err *e);

/* The CSV of `export stats`: header (English keys or the Chinese headers
 * documented in tiaocai(5)) and one row per slice, money in yuan with two
 * decimals, rates with one decimal, "" where undefined. */
/* The same CSV onto an open writer (standard output); the caller closes
 * the writer. */
enum tc_status report_stats_write(struct db *db, const struct actor *a, int from, int to,
				  enum report_by by, bool header_en, struct csvio_writer *w,
				  struct tc_err *e);
/* Into path, whole or not at all (a temporary file renamed into place). */
enum tc_status report_stats_export(struct db *db, const struct actor *a, int from, int to,
				   enum report_by by, bool header_en, enum csvio_encoding enc,
				   const char *path, struct tc_err *e);

/* The weekly summary of the ISO week that contains `day`, as a document
 * (see rdoc.h).  Sections, in order: the office and the week; 收案/立案/不予受理;
 * 结案 by way; 调解成功率; average days to close; fast-track share; open
 * cases by stage at the week's end; workers; amounts claimed and resolved,
 * and paid (已兑现: the payments dated in the week, and their cases);
 * 三个下降 (this week, the same ISO week a year earlier, the week before,
 * changes in percent, "—" where the base is zero); load per mediator and
 * per arbitrator; the overdue list and the due-next-week list, each of
 * at most 50 cases with the total and where the whole list is.  Lists
 * and "open at the week's end" are taken as of the week's Sunday or
 * today, whichever is earlier.  The day counts of tally.h are brought up
 * to date first (in the transaction that reads them: writes to the
 * database unless it is read-only).  *out is initialised here (whatever it
 * held is ignored); on success the caller frees it with rdoc_free, on
 * failure it is left empty.  A week that begins after today is refused.
 * Needs PERM_EXPORT. */
enum tc_status report_weekly(struct db *db, const struct actor *a, int day, int today,
			     struct rdoc *out, struct tc_err *e);

#endif
