/*
 * audit.h - the audit behind `tiaocai check`: the journal's hash chain
 * recomputed, every case's journal replayed through the workflow table,
 * every case row compared with its journal.  It reads and changes nothing.
 */
#ifndef TIAOCAI_AUDIT_H
#define TIAOCAI_AUDIT_H

#include <stddef.h>
#include <stdint.h>
#include "tiaocai/journal.h"
#include "tiaocai/util.h"

struct db;

/* What audit_verify found.  Zero-initialise; free with
 * audit_report_free. */
struct audit_report {
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
enum tc_status audit_verify(struct db *db, const char *anchor, struct audit_report *r,
			      struct tc_err *e);
void audit_report_free(struct audit_report *r);

#endif
