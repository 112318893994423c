/*
 * db.h - the one SQLite file: opening, creating, the schema and its
 * migrations, transactions, cached prepared statements and office settings.
 *
 * Every write goes through db_begin/db_commit: the outermost level is
 * BEGIN IMMEDIATE (so two clerks never deadlock on a read-then-write), inner
 * levels are savepoints, so a core call that writes can be used on its own
 * or inside a bigger transaction (an import, the demo generator).
 */
#ifndef TIAOCAI_DB_H
#define TIAOCAI_DB_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>
#include "tiaocai/util.h"

#define DB_SCHEMA_VERSION 12
#define DB_BUSY_TIMEOUT_MS 10000

/* Cache slots: a module keeps what it read from its tables on the handle
 * (SQLite's "client data" shape: a pointer and its destructor), so the
 * storage layer never knows the types of the modules above it. */
enum db_slot {
	DB_SLOT_CAL,     /* the holiday calendar (calendar.c) */
	DB_SLOT_RULES,   /* the clock rules (clock.c) */
	DB_SLOT_DOCKET,  /* the bitmaps of a name search's pieces (docket.c) */
	DB_SLOT_COUNT
};

struct db_slot_entry {
	void *p;
	void (*destroy)(void *);
};

struct db {
	sqlite3 *h;
	char *path;
	int tx_depth;        /* 0: autocommit; 1: BEGIN IMMEDIATE; >1: savepoints */
	struct stmt_slot *stmts;
	size_t nstmts, capstmts;
	struct db_slot_entry slots[DB_SLOT_COUNT];
	bool cache_touched;  /* the open transaction changed a table a slot caches */
	int64_t data_version;/* PRAGMA data_version when the caches were checked */
	int migrated_from;   /* the schema version found at opening (== DB_SCHEMA_VERSION: none ran) */
	bool readonly;       /* opened read-only (a full disk, no write permission) */
	bool privileged;     /* holds the office group (priv.h) until closed */
	/* A database being created (db_create) until db_publish names it:
	 * path is then the temporary, final_path the name it will take. */
	char *final_path;
	char *tmp_name, *base_name;
	int dirfd, lockfd;
	/* Waiting for another process's write (db_on_wait). */
	void (*on_wait)(void *ctx, const char *msg);
	void *wait_ctx;
	double busy_since;   /* ms, when the current wait began */
	bool told;           /* on_wait called in the current wait */
	int import_fd;       /* db_import_begin's notice, held locked; -1: none */
};

/* Resolve the database path: explicit (may be NULL), else $TIAOCAI_DB, else
 * in an office install (set-group-ID) the office database, else
 * $XDG_DATA_HOME/tiaocai/tiaocai.db (or ~/.local/share/...), creating the
 * directories.  Returns a new string the caller frees, or NULL with *e set. */
char *db_default_path(const char *explicit_path, struct tc_err *e);

/* Create a new database to be named path, which must not exist.  It is
 * built under a temporary name beside path (with the user's own rights),
 * and takes its name only at db_publish, so a killed process leaves no
 * half-made database.  Sets WAL mode once, creates the schema, default
 * settings and clock rules.  The file is 0600, or 0660 when its directory
 * is group-shared (setgid).  On failure nothing remains.  The caller
 * publishes, then closes the returned handle; closing it unpublished
 * removes it. */
enum tc_status db_create(const char *path, struct db **out, struct tc_err *e);
/* Give a database made by db_create its name (refused, and nothing
 * changed, if the name was taken meanwhile) and reopen it there.  On
 * failure the caller still closes db, which removes the temporary. */
enum tc_status db_publish(struct db *db, struct tc_err *e);
/* Open an existing database, migrating an older schema forward.  In an
 * office install the office database alone is opened with the office group
 * (held until db_close); any other path with the user's own rights.  When
 * it cannot be opened for writing (a full disk, a read-only file) it is
 * opened read-only (db->readonly), so that looking still works. */
enum tc_status db_open(const char *path, struct db **out, struct tc_err *e);
/* A step of a migration that SQL cannot take, done by a module above this
 * one, which passes it in (so db.c never calls upward): run inside the
 * migration's transaction right after the SQL that brings the schema to
 * version. */
struct db_upgrade {
	int version;
	enum tc_status (*run)(struct db *db, struct tc_err *e);
};
#define DB_UPGRADE_CHAIN 3 /* the journal's hash chain (journal_chain_build) */
/* db_open with the steps its migration may need (office_open passes
 * them).  A database whose migration needs a step not given is refused
 * and left as it was, never half upgraded. */
enum tc_status db_open_upgrading(const char *path, const struct db_upgrade *up, size_t nup,
				 struct db **out, struct tc_err *e);
void db_close(struct db *db);
/* Remove a database file with its -wal and -shm companions. */
void db_remove_files(const char *path);

/* What slot k holds, or NULL when nothing is cached there. */
void *db_slot(struct db *db, enum db_slot k);
/* Keep p in slot k; destroy (may be NULL) frees it when the slot is
 * dropped: at db_close, when another process commits, or after
 * db_slots_changed. */
void db_slot_set(struct db *db, enum db_slot k, void *p, void (*destroy)(void *));
/* The open transaction changed a table that a slot caches: drop every
 * slot now, and again if the transaction is rolled back. */
void db_slots_changed(struct db *db);

/* Drop the slots when another process has committed since they were
 * loaded (PRAGMA data_version).  The outermost db_begin does this; a
 * long-lived front end also calls it before redrawing deadlines.  True
 * when another connection has committed since the last look. */
bool db_check_caches(struct db *db);

/* Transactions.  db_begin nests; db_commit/db_rollback close the innermost
 * level.  A failed commit leaves nothing behind (the level is rolled back). */
enum tc_status db_begin(struct db *db, struct tc_err *e);
enum tc_status db_commit(struct db *db, struct tc_err *e);
void db_rollback(struct db *db);

/* A prepared statement for sql, cached per handle and keyed by the address
 * of sql, which must therefore be a string literal or static.  The statement
 * comes back reset with its bindings cleared; do not finalize it. */
sqlite3_stmt *db_prep(struct db *db, const char *sql);

/* Turn a failed SQLite result code into a status: busy, full, I/O and
 * corruption are TC_STORAGE; the message names what was being done. */
enum tc_status db_fail(struct db *db, int rc, const char *doing, struct tc_err *e);

/* Run one statement without results (constant SQL only). */
enum tc_status db_exec(struct db *db, const char *sql, struct tc_err *e);

/* A write that finds the database locked waits DB_BUSY_TIMEOUT_MS for
 * it, then fails ("数据库正被占用").  But while another process runs an
 * import (db_import_begin), which holds the lock for as long as the file
 * takes, it waits until that ends, and fn is called once per wait with
 * the message to show ("导入进行中 …, 请稍候").  fn NULL: say nothing. */
void db_on_wait(struct db *db, void (*fn)(void *ctx, const char *msg), void *ctx);
/* An import in this process (import.c): a notice beside the database
 * (PATH-import, group-readable like the -shm file, locked for as long as
 * it runs) tells other processes' writers why they wait and for whom.
 * db_import_end removes it; a notice whose process died is not locked
 * and means nothing. */
enum tc_status db_import_begin(struct db *db, const char *login, size_t rows, struct tc_err *e);
void db_import_end(struct db *db);

/* Loading many cases in one transaction (the demo generator): the
 * indexes of table `cases`, which only the docket and the dashboard read,
 * and the trigger filing parties' names for search are dropped and, by
 * db_bulk_end, made again from their stored definitions, the names added
 * meanwhile filed at once: sorting a finished table once is faster than
 * keeping thirty indexes in order row by row.  Both inside the caller's
 * transaction; a rollback undoes both.  The definitions are held in
 * *saved (db_bulk_end frees them). */
struct db_bulk {
	char **sql;            /* pairs: the definition, its DROP */
	size_t n;
	int64_t parties_from;  /* the last party before: the names after it are filed at the end */
};
enum tc_status db_bulk_begin(struct db *db, struct db_bulk *saved, struct tc_err *e);
enum tc_status db_bulk_end(struct db *db, struct db_bulk *saved, struct tc_err *e);
void db_bulk_free(struct db_bulk *saved);

/* Copy the database, consistent as of one moment, to path, which must not
 * exist; written through afile (no name until whole, mode 0600, the user's
 * own rights), so a failed or killed backup leaves nothing behind.  The
 * copy is taken in memory first: it needs as much memory as the file. */
enum tc_status db_backup(struct db *db, const char *path, struct tc_err *e);
/* SQLite's own checks of db's file: its integrity check (each finding one
 * line appended to damage: the file is corrupt) and its foreign-key check
 * (each finding a line of problems: rows changed behind the program's
 * back); quick: its quick check instead (each page read once, but no index
 * checked against its table) of every table but the journal and the undo
 * images, which only grow and whose new rows the journal's check reads,
 * and no foreign-key check, so that the cost follows the cases, not the
 * years of history.  They run on a read-only connection of their own, in a
 * thread of their own, so that the caller's own checks (the journal, the
 * replay) take the other core meanwhile; each sees the file as of when it
 * began.  A file too damaged to finish is damage too.  db_check_finish
 * waits, appends and frees; TC_OK unless the checks could not be run. */
struct db_check;
enum tc_status db_check_start(struct db *db, bool quick, struct db_check **out, struct tc_err *e);
enum tc_status db_check_finish(struct db_check *c, struct strlist *damage, struct strlist *problems,
			       struct tc_err *e);
void db_check_free(struct db_check *c); /* waits, forgets (NULL: nothing) */
/* The program's own guards: the journal's append-only triggers and the
 * counts by stage (each finding a line of problems). */
enum tc_status db_verify_guards(struct db *db, struct strlist *problems, struct tc_err *e);

/* Office settings (table settings).  db_setting returns a new string or NULL
 * when the key is absent; the caller frees it. */
char *db_setting(struct db *db, const char *key);
int64_t db_setting_int(struct db *db, const char *key, int64_t dflt);
enum tc_status db_setting_set(struct db *db, const char *key, const char *value,
			      struct tc_err *e);

/* Column text copied (NULL stays NULL); the caller frees. */
char *db_col_dup(sqlite3_stmt *st, int col);
/* Column text or "" (valid until the next step). */
const char *db_col_text(sqlite3_stmt *st, int col);
/* Bind text or NULL when s is NULL or empty. */
int db_bind_opt(sqlite3_stmt *st, int idx, const char *s);
/* Bind a row id or NULL when it is 0 (none). */
int db_bind_id(sqlite3_stmt *st, int idx, int64_t id);

/* Local wall-clock time "YYYY-MM-DD HH:MM:SS" for journal recorded_at. */
void db_now(char buf[20]);

#endif
