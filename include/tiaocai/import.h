/*
 * import.h - cases from a CSV file in the ledger layout (台账), for moving
 * an office's spreadsheet ledger in and for leads from the national wage
 * tip-off platform.
 *
 * The layout is the ledger's columns (ledger.h) plus the applicants' ID
 * numbers and phones, the few dates the ledger does not carry and the case
 * file's optional columns (each worker's own claims, representatives,
 * addresses, legal representatives, an organisation as applicant,
 * respondents' ID numbers, third parties, agents, the legal-aid lawyer,
 * project, missing documents, payments); it is documented in tiaocai(5),
 * IMPORT.  Each row is registered through case_add, walked to its stage
 * through wf_apply on the row's own dates, then given its documents
 * received and its payments through corr_apply, as the importing user:
 * the checks, the clocks and the journal are exactly those of a clerk
 * typing the case in.  Nothing here validates a
 * value that case_add or wf_apply validates.  A row whose stage the import
 * cannot reproduce from what the row says is refused, never guessed.
 *
 * The whole file is one transaction: the first bad row refuses the file
 * with "FILE:LINE: COLUMN: reason" and nothing changes.
 */
#ifndef TIAOCAI_IMPORT_H
#define TIAOCAI_IMPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "tiaocai/csvio.h"
#include "tiaocai/user.h"
#include "tiaocai/util.h"

struct db;

/* Import the cases of path as actor a.  enc CSVIO_AUTO reads UTF-8 with
 * or without a BOM and falls back to GB18030.  No event may be later than
 * today (date_today, which honours $TIAOCAI_TODAY).  A row that duplicates
 * a case already in the database or an earlier row of the file (an
 * applicant ID number in common, the same first respondent, the same date
 * received), or whose applicant already faces one of its respondents in an
 * open case (case_add's rule, checked first so that the refusal names the
 * line), refuses the file, unless skip_duplicates, when it is skipped and
 * counted; a row whose allow_duplicate column gives a reason is imported.
 * *imported and *skipped (either may be NULL) get the counts on success.
 * On failure e holds the message and the database is as it was. */
enum tc_status import_cases_file(struct db *db, const struct actor *a, const char *path,
				 enum csvio_encoding enc, bool skip_duplicates, size_t *imported,
				 size_t *skipped, struct tc_err *e);

/* What import_check_row found in a row. */
struct import_row_shape {
	int received, accepted, closed, mediation, suspended; /* DATE_NONE when empty */
	int hearing_day;     /* the day of hearing_at, DATE_NONE when none or unreadable */
	size_t applicants;   /* names (the applicant cell, or applicant_names) */
	size_t ids, phones;  /* ID numbers; phones (0 when the column is empty) */
	size_t respondents, usccs;
	size_t claims;       /* claim items (one wage item from claimed alone) */
	size_t resolved;     /* their resolved amounts, one per item, "" when none */
	size_t owned;        /* items that belong to one applicant (WORKER:KIND:...) */
	size_t representatives; /* applicants named in the representatives column */
	int64_t claimed;     /* the sum of the items' amounts, in fen */
	size_t app_usccs;    /* applicants' credit codes (0 when the column is empty) */
	size_t resp_ids;     /* respondents' ID numbers (0 when the column is empty) */
	size_t thirds;       /* third parties */
	size_t agents;       /* agents, each of a party of the row */
	size_t payments;     /* payments [ITEM:]AMOUNT@DATE */
	int64_t payments_sum; /* their sum, in fen */
	int64_t paid;        /* the paid column, fen, -1 when empty */
};

/* The row reader of import_cases_file on its own, without a database
 * (for tests and fuzzing): record i (1 .. nrecords-1) of f, under f's
 * header, is read as the import reads a row before case_add sees it (the
 * header's columns, the dates, stage, outcome, track and final award, the
 * lists that must line up, "冯成等23人" against applicant_names, the claim
 * items [WORKER:]KIND:AMOUNT[:RESOLVED] and their sums, the representatives,
 * the third parties, the agents' parties, the payments and paid).  On success *out describes
 * the row; on refusal e has "FILE:LINE: COLUMN: reason" (or the header's
 * fault) and *out is zero.  Values that case_add and wf_apply judge (ID
 * numbers, names, the hearing's time) are not judged here. */
enum tc_status import_check_row(const struct csvio_file *f, size_t i,
				struct import_row_shape *out, struct tc_err *e);

#endif
