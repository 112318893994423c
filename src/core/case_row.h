/*
 * case_row.h - internal to src/core: the one SELECT that reads a struct
 * case_row and the function that fills it, shared by case.c
 * (case_detail_get), docket.c (the docket and `case list`) and ledger.c
 * (the export).
 *
 * The query is split so a caller can put its own row source in front of
 * the joins (docket.c reads some pages from a candidate list):
 *     "SELECT " CASE_ROW_COLUMNS " FROM cases c" CASE_ROW_JOINS " WHERE ..."
 * The table must be called c.  Not a public header: nothing outside
 * src/core includes it.
 */
#ifndef TIAOCAI_CASE_ROW_H
#define TIAOCAI_CASE_ROW_H

#include <sqlite3.h>
#include "tiaocai/case.h"

/* The columns case_row_fill reads, in its order. */
#define CASE_ROW_COLUMNS \
	"c.id, c.case_no, c.received_on, c.accepted_on, c.closed_on, c.stage, c.outcome," \
	" c.fast, c.simple, c.first_applicant, c.workers, c.respondents, c.respondent_uscc," \
	" c.industry, c.source, c.claimed, c.resolved, c.final_award, m.name, r.name," \
	" (SELECT due_on FROM case_clocks k WHERE k.case_id = c.id AND k.clock = 'accept')," \
	" (SELECT due_on FROM case_clocks k WHERE k.case_id = c.id AND k.clock = 'close')," \
	" c.next_due, c.next_clock, c.year, c.seq, c.paid, c.cause," \
	" (SELECT u.name FROM users u WHERE u.id = c.clerk_id), c.applicant_side = 'employer'"
/* The mediator's and the arbitrator's names. */
#define CASE_ROW_JOINS \
	" LEFT JOIN people m ON m.id = c.mediator_id" \
	" LEFT JOIN people r ON r.id = c.arbitrator_id"
#define CASE_ROW_SELECT "SELECT " CASE_ROW_COLUMNS " FROM cases c" CASE_ROW_JOINS
/* The same columns with NULL for the mediator, the arbitrator, the two
 * clocks' due days and the clerk (read through other tables), and no
 * joins: the rows of a list that shows none of them (`case list`'s
 * table, docket_filter.brief), a row from the case alone. */
#define CASE_ROW_BRIEF_COLUMNS \
	"c.id, c.case_no, c.received_on, c.accepted_on, c.closed_on, c.stage, c.outcome," \
	" c.fast, c.simple, c.first_applicant, c.workers, c.respondents, c.respondent_uscc," \
	" c.industry, c.source, c.claimed, c.resolved, c.final_award, NULL, NULL, NULL, NULL," \
	" c.next_due, c.next_clock, c.year, c.seq, c.paid, c.cause, NULL," \
	" c.applicant_side = 'employer'"

/* Fill *r from the current row of st, a statement that selects
 * CASE_ROW_COLUMNS first; days_left and overdue are counted from today.
 * Text is copied, so r stays valid after the next step. */
void case_row_fill(sqlite3_stmt *st, int today, struct case_row *r);

#endif
