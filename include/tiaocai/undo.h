/*
 * undo.h - the case as it stood before a change, kept so that `case
 * revert` can put it back.
 *
 * Every event and correction after registration takes an image of the
 * case first (its row and every row of its parties, agents, claims,
 * payments and hearings, as JSON built by SQLite), and stores it against
 * its own journal row once that is written, deflated (undo.c).  Restoring an image puts all
 * of those rows back as they were; the caller then bumps the version,
 * recomputes the clocks (deadline.h) and journals the revert.  The
 * derived caches (case_clocks, next_due, name_grams, stage_counts) follow
 * by deadline_update and the triggers.
 */
#ifndef TIAOCAI_UNDO_H
#define TIAOCAI_UNDO_H

#include <stdint.h>
#include "tiaocai/util.h"

struct db;

/* What an image holds besides the case row: the parts a change may touch.
 * A workflow event never touches the parties, their agents or the
 * payments, so its image leaves them out (half the size of a whole one);
 * a payment touches the claims and payments alone; any other correction
 * may touch anything and takes everything.  Restoring an
 * image puts back the parts it holds and leaves the others, which no
 * later change can have touched: changes are undone last first. */
enum undo_parts {
	UNDO_EVENT = 1,   /* claims, hearings, tribunals */
	UNDO_PAY = 2,     /* claims, payments: a payment recorded (case pay) */
	UNDO_ALL = 3,     /* parties, agents, claims, payments, hearings, tribunals */
};

/* The image of case id as it stands, malloc'd into *image. */
enum tc_status undo_capture(struct db *db, int64_t id, enum undo_parts parts, char **image,
			    struct tc_err *e);

/* Keep image as what journal row journal_id changed. */
enum tc_status undo_save(struct db *db, int64_t id, int64_t journal_id, const char *image,
			 struct tc_err *e);

/* The latest change of case id not undone yet: its journal row, kind,
 * detail (malloc'd) and image (malloc'd).  TC_REFUSED when there is none
 * (only the registration is left). */
struct undo_entry {
	int64_t journal_id;
	char kind[32];
	char effective_on[11];
	char actor[64];
	char *detail;
	char *image;
};
enum tc_status undo_last(struct db *db, int64_t id, struct undo_entry *u, struct tc_err *e);
void undo_entry_free(struct undo_entry *u);

/* The highest number (pos) a row of part ("parties", "claims") of case id
 * had in any image kept, on side ("applicant", ...; NULL: any), 0 if none:
 * a number once used is not given again, even to a row a change removed. */
int undo_max_pos(struct db *db, int64_t id, const char *part, const char *side);

/* Put case id back as image shows it (its version excepted), and mark
 * journal_id undone by journal row by (the revert's). */
enum tc_status undo_restore(struct db *db, int64_t id, const char *image, struct tc_err *e);
enum tc_status undo_mark(struct db *db, int64_t journal_id, int64_t by, struct tc_err *e);

#endif
