/*
 * journal.h - the append-only journal: the case timeline and the audit
 * trail in one table.  Triggers refuse UPDATE and DELETE on it.
 *
 * recorded_at is always the real clock; effective_on is the date the event
 * counts from (--on), which may be earlier.
 *
 * The journal is tamper-evident: each row carries a SHA-256 hash of its own
 * content and of the previous row's hash (a chain, tiaocai(5) THE JOURNAL
 * gives the exact encoding), and each row about a case carries a snapshot
 * of the case row as the event left it.  journal_verify recomputes the
 * chain and replays every case's journal against the workflow table and
 * the case row.  Someone who can write the file can still rebuild the
 * whole chain; the head printed on paper (the weekly summary) is what
 * catches that.
 */
#ifndef TIAOCAI_JOURNAL_H
#define TIAOCAI_JOURNAL_H

#include <stdbool.h>
#include <stdint.h>
#include "tiaocai/util.h"

struct db;

/* Hex digits of the chain head shown to people (check, weekly summary). */
#define JOURNAL_HEAD_SHOWN 16

/* Append one row inside the caller's transaction (one is opened when there
 * is none).  case_id 0 means an entry about no case (an import, a new
 * user); effective_on DATE_NONE means none.  The row is chained to the row
 * with the greatest id, read under the write lock; a row about a case also
 * stores the case row's snapshot, so the caller writes the case row first. */
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

/* The head of the chain: how many rows, and the last row's stored hash in
 * 64 lowercase hex digits ("" when the journal is empty). */
struct journal_head {
	int64_t rows;
	char hash[65];
};
enum tc_status journal_head(struct db *db, struct journal_head *h, struct tc_err *e);

/* What journal_verify found.  Zero-initialise; free with
 * journal_report_free. */
struct journal_report {
	struct journal_head head;  /* as stored, whether sound or not */
	int64_t first_broken;      /* id of the first row whose hash does not
				    * recompute, 0 when the chain is whole */
	size_t broken;             /* rows whose hash does not recompute */
	size_t cases;              /* case rows compared with their journal */
	size_t disagreeing;        /* cases whose journal or row disagrees */
	int64_t anchor_row;        /* the row whose hash begins with the anchor, 0 none */
	struct strlist chain;      /* one line per broken row, first first (Chinese) */
	struct strlist replay;     /* one line per disagreement (Chinese) */
};

/* Walk the journal once in id order: recompute every hash from the row's
 * content and the previous stored hash and name each row that differs
 * (its case number, event and time) or follows a missing one; replay each
 * case's journal (from its add or import row, every event must be a
 * transition wf_next allows from the stage before it, each snapshot's
 * stage and version must be the replay's, versions going up one by one);
 * then compare every case row with the snapshot of its last journal row
 * and name each column that differs (a case with no journal at all is a
 * disagreement too).  anchor (NULL: none) is 16 to 64 hex digits, of any
 * case; anchor_row is the first row whose stored hash begins with them.
 * A malformed anchor is TC_USAGE; storage trouble TC_STORAGE.  Findings
 * are not failures: the call returns TC_OK with them in *r. */
enum tc_status journal_verify(struct db *db, const char *anchor, struct journal_report *r,
			      struct tc_err *e);
void journal_report_free(struct journal_report *r);

/* Fill the snapshot of each case's last journal row from the case row as
 * it stands, then the hash of every row in id order: the chain built once
 * over a journal older than it.  For the schema migration (db.c), inside
 * its transaction, with the update guard lifted. */
enum tc_status journal_chain_build(struct db *db, struct tc_err *e);

#endif
