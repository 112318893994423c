/*
 * ledger.h - the case ledger (台账): one CSV row per case with the columns
 * design.md lists, for `case list --format csv` (the cases the list shows,
 * through docket_each) and `export ledger` (the cases received in a period).
 *
 * The column set, its English keys and Chinese headers are defined once
 * here and documented in tiaocai(5); they stay stable.
 */
#ifndef TIAOCAI_LEDGER_H
#define TIAOCAI_LEDGER_H

#include <stdbool.h>
#include <stddef.h>
#include "tiaocai/case.h"
#include "tiaocai/csvio.h"

struct ledger_col {
	const char *key; /* case_no */
	const char *zh;  /* 案号 */
};
/* The ledger columns in order. */
size_t ledger_columns(const struct ledger_col **out);

/* The header row (English keys when header_en), and one case's row: a
 * docket_each callback (docket.h) whose ctx is the csvio_writer, so `case
 * list --format csv` writes the cases `case list` lists.  ledger_row
 * returns non-zero once a write failed, which stops the walk. */
void ledger_header(struct csvio_writer *w, bool header_en);
int ledger_row(const struct case_row *r, void *w);

/* The ledger of the cases received from `from` to `to` (day numbers, either
 * DATE_NONE for no bound), in case-number order: the header, then one row
 * per case, streaming (memory does not grow with the number of rows).  A
 * lawyer gets only their own cases.  *nrows (may be NULL) gets the number
 * of cases written. */
enum tc_status ledger_write(struct db *db, const struct actor *a, int from, int to, int today,
			    bool header_en, struct csvio_writer *w, size_t *nrows,
			    struct tc_err *e);

/* Write to path atomically: a temporary file beside it, renamed into place
 * only when everything was written, so a failure leaves no half file. */
enum tc_status ledger_export_file(struct db *db, const struct actor *a, int from, int to,
				  int today, bool header_en, enum csvio_encoding enc,
				  const char *path, size_t *nrows, struct tc_err *e);

#endif
