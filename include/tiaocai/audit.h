/*
 * audit.h - the audit behind `tiaocai check`: the journal's hash chain
 * recomputed, every case's journal replayed through the workflow table,
 * every case row compared with its journal, the caches kept by triggers
 * compared with what they cache.  It reads and changes nothing, except the
 * record of how far a check that passed verified (audit_point_put).
 *
 * `check --quick` goes on from that record: the rows after it, the cases
 * they concern, and nothing older (tiaocai(1) says what that leaves out).
 */
#ifndef TIAOCAI_AUDIT_H
#define TIAOCAI_AUDIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "tiaocai/journal.h"
#include "tiaocai/util.h"

struct db;

/* How far a check that passed verified the journal: kept in the settings
 * row check_point (tiaocai(5), THE JOURNAL). */
struct audit_point {
	int64_t id;                     /* the last row verified; 0: none recorded */
	char hash[JOURNAL_HEX_LEN + 1]; /* its hash as stored then */
	char at[20];                    /* when the check ended (the real clock) */
	char by[64];                    /* the login that ran it */
	bool quick;                     /* check --quick rather than the full check */
};

/* The point recorded, or p->id 0 when none is (or it cannot be read: a
 * row changed around the program, which the quick check then treats as
 * none).  TC_STORAGE on storage trouble. */
enum tc_status audit_point_get(struct db *db, struct audit_point *p, struct tc_err *e);
/* Record p (its at is filled from the real clock when empty) in a write
 * transaction of its own. */
enum tc_status audit_point_put(struct db *db, const struct audit_point *p, struct tc_err *e);

/* What audit_verify or audit_verify_quick found.  Zero-initialise; free
 * with audit_report_free. */
struct audit_report {
	struct journal_head head;  /* as stored, whether sound or not */
	int64_t first_broken;      /* id of the first row whose hash does not
				    * recompute, 0 when the chain is whole */
	size_t broken;             /* rows whose hash does not recompute, the
				    * recorded point lost counted as one */
	size_t cases;              /* case rows compared with their journal */
	size_t unjournalled;       /* quick: of them, rows beyond every case the
				    * journal names */
	size_t disagreeing;        /* cases whose journal or row disagrees */
	int64_t anchor_row;        /* the row whose hash begins with the anchor, 0 none */
	int64_t from_id;           /* the first row whose hash was recomputed (0: none) */
	int64_t verified;          /* rows whose hash was recomputed */
	int64_t last_id;           /* the last row read, what a pass records (0: none) */
	bool point_lost;           /* quick: the recorded row is gone or not as recorded */
	bool rules_changed;        /* quick: a rule, the calendar or a setting changed
				    * after the point (every clock may have moved) */
	int64_t *replayed;         /* quick: the ids of the cases replayed, ascending */
	size_t nreplayed;
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
/* The same from the point `from` (from->id > 0) on: the row recorded must
 * still be there with the hash recorded and recompute from the row before
 * it (else point_lost, or the row is named as changed); every row after it
 * is recomputed as audit_verify does; each case one of those rows concerns
 * is replayed from its registration (its older rows read, not rehashed)
 * and its row compared with its last snapshot, its reverts checked; and a
 * case row with an id beyond every case the journal names is a case with
 * no journal.  Rows at or before the point are not rehashed and cases
 * without a row after it are not replayed: the full check's work. */
enum tc_status audit_verify_quick(struct db *db, const struct audit_point *from,
				    struct audit_report *r, struct tc_err *e);
void audit_report_free(struct audit_report *r);

/* The queue of documents made and not yet served (doc_unserved, kept by
 * triggers: schema migration 9) against the documents and services: each
 * document addressed to a party, not served and the latest of its kind,
 * part, addressee and hearing is in it with its case and day, and no other
 * document is (a row whose document is gone is the foreign-key check's).
 * ids (n of them, NULL: every document) limits it to those cases.  Each
 * difference is one line appended to problems (Chinese). */
enum tc_status audit_unserved(struct db *db, const int64_t *ids, size_t n,
			      struct strlist *problems, struct tc_err *e);

/* deadline_verify for the cases ids (n of them) alone: those of them it
 * would compare (open, or closed with a period after the award still
 * running), their stored clocks against what the rules give now.
 * *checked gets how many were compared, stale their case numbers. */
enum tc_status audit_clocks(struct db *db, const int64_t *ids, size_t n, size_t *checked,
			    struct strlist *stale, struct tc_err *e);

#endif
