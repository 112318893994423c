/*
 * journal.h - the append-only journal: the case timeline and the audit
 * trail in one table.  Triggers refuse UPDATE and DELETE on it.
 *
 * recorded_at is always the real clock; effective_on is the date the event
 * counts from (--on), which may be earlier.
 */
#ifndef TIAOCAI_JOURNAL_H
#define TIAOCAI_JOURNAL_H

#include <stdint.h>
#include "tiaocai/util.h"

struct db;

/* Append one row inside the caller's transaction.  case_id 0 means an entry
 * about no case (an import, a new user); effective_on DATE_NONE means none. */
enum tc_status journal_add(struct db *db, int64_t case_id, int effective_on,
			   const char *actor, const char *kind, const char *detail,
			   struct tc_err *e);

struct journal_row {
	char recorded_at[20];
	char effective_on[11];
	char actor[64];
	char kind[32];
	char *detail; /* owned */
};
/* The journal of one case, oldest first; free with journal_rows_free. */
enum tc_status journal_of_case(struct db *db, int64_t case_id, struct journal_row **out,
			       size_t *n, struct tc_err *e);
void journal_rows_free(struct journal_row *rows, size_t n);

#endif
