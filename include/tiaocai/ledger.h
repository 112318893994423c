/*
 * ledger.h - the case ledger (台账): one CSV row per case with the columns
 * design.md lists, for `case list --format csv` and `export ledger`.
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

/* Write the header (English keys when header_en) and one row per case
 * matching q, streaming: memory does not grow with the number of rows. */
enum tc_status ledger_write(struct db *db, const struct actor *a, const struct case_query *q,
			    int today, bool header_en, struct csvio_writer *w, size_t *nrows,
			    struct tc_err *e);

/* Write to path atomically: a temporary file beside it, renamed into place
 * only when everything was written, so a failure leaves no half file. */
enum tc_status ledger_export_file(struct db *db, const struct actor *a, const struct case_query *q,
				  int today, bool header_en, enum csvio_encoding enc,
				  const char *path, size_t *nrows, struct tc_err *e);

#endif
