/*
 * fixture.h - what the unit tests share: a scratch directory, files in it,
 * the shipped sample data, and a new database with the sample calendars.
 *
 * Every char * returned here is newly allocated and the caller frees it;
 * the database fx_db returns is the caller's to close.  fx_done does both
 * at the end of a test: it closes the database, removes the scratch
 * directory and frees its name.  fx_rmdir only removes (it frees nothing).
 * The helpers that cannot go on (a file that will not open, a database or
 * an import that fails) stop the running test or fixture with fail_msg.
 */
#ifndef TIAOCAI_TESTS_FIXTURE_H
#define TIAOCAI_TESTS_FIXTURE_H

#include <stdbool.h>
#include <stddef.h>

#include "tiaocai/db.h"
#include "tiaocai/user.h"

/* The office administrator without a users row ({ROLE_ADMIN, "admin"}),
 * as whom calendars, rules and rosters are loaded. */
extern const struct actor fx_admin;

/* A new directory /tmp/tc-<tag>.XXXXXX, or NULL when it cannot be made. */
char *fx_tmpdir(const char *tag);
/* Remove dir and all below it; 0, or -1 after a message on stderr. */
int fx_rmdir(const char *dir);
/* db_close(db) unless NULL, then fx_rmdir(dir) and free(dir); returns
 * what fx_rmdir returned. */
int fx_done(struct db *db, char *dir);

/* $TIAOCAI_DATADIR/rel (the source tree; "." when unset or empty). */
char *fx_datafile(const char *rel);
/* The shipped sample file $TIAOCAI_DATADIR/sample-data/name. */
char *fx_sample(const char *name);

/* Write text (or n bytes) to dir/name; returns the path. */
char *fx_write(const char *dir, const char *name, const char *text);
char *fx_write_bytes(const char *dir, const char *name, const void *bytes, size_t n);
/* The whole file, NUL-terminated, its length in *len. */
char *fx_slurp(const char *path, size_t *len);

/* A new database dir/file with the office's four rooms and the records of
 * service beginning on 2026-11-22 (documents_since); with calendars, the
 * 2025 and 2026 sample calendars are imported as fx_admin. */
struct db *fx_db(const char *dir, const char *file, bool calendars);
/* Import the sample roster into db as a. */
void fx_roster(struct db *db, const struct actor *a);

/* Register user login with role (and roster person, may be NULL) as by,
 * and fill *a as user_resolve would for them; 0, or -1 after a message. */
int fx_actor(struct db *db, const struct actor *by, struct actor *a, const char *login,
	     const char *role, const char *person);
/* The first column of the first row of sql (a count), or -1 for no row. */
int64_t fx_count(struct db *db, const char *sql);
/* One value of case id's row as text, "NULL" when NULL; "<clock>_due" is
 * that clock's due date (case_clocks).  col is a test constant.  The
 * result lives until the eighth call after. */
const char *fx_case_col(struct db *db, int64_t id, const char *col);
/* An office for a test of cases: a scratch directory fx_tmpdir(tag), a
 * database with the sample calendars and roster, the administrator as the
 * Unix user running the test, a clerk (zhengli) and a supervisor
 * (kezhang); today 2026-11-22.  NULL after a message when it cannot be
 * made.  fx_office_free closes and removes everything. */
struct fx_office {
	char *dir;
	struct db *db;
	int today;
	struct actor admin, clerk, supervisor;
	struct tc_err err;
};
struct fx_office *fx_office_new(const char *tag);
void fx_office_free(struct fx_office *f);

/* A valid ID number (GB 11643), different for each n < 366000: a test
 * registering many cases gives each its own worker, as intake refuses the
 * same worker against the same employer twice while a case is open.  The
 * result lives until the 64th call after. */
const char *fx_id_no(unsigned n);
/* The day number of an ISO date, failing the test on a bad one. */
int fx_day(const char *iso);

#endif
