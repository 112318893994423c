/*
 * journal.c - appending to and reading the journal.  The table's triggers
 * make it append-only; this file only ever inserts and selects.
 */
#include "tiaocai/journal.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum tc_status journal_add(struct db *db, int64_t case_id, int effective_on,
			   const char *actor, const char *kind, const char *detail,
			   struct tc_err *e)
{
	static const char sql[] =
		"INSERT INTO journal(recorded_at, effective_on, actor, case_id, kind, detail)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
	sqlite3_stmt *st = db_prep(db, sql);
	char now[20], eff[DATE_ISO_LEN];
	int rc;

	db_now(now);
	sqlite3_bind_text(st, 1, now, -1, SQLITE_STATIC);
	db_bind_opt(st, 2, date_iso(effective_on, eff));
	sqlite3_bind_text(st, 3, actor, -1, SQLITE_STATIC);
	if (case_id)
		sqlite3_bind_int64(st, 4, case_id);
	else
		sqlite3_bind_null(st, 4);
	sqlite3_bind_text(st, 5, kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, detail ? detail : "", -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "写入日志", e);
}

static void copy(char *dst, size_t size, const char *src)
{
	snprintf(dst, size, "%s", src);
}

enum tc_status journal_of_case(struct db *db, int64_t case_id, struct journal_row **out,
			       size_t *n, struct tc_err *e)
{
	static const char sql[] =
		"SELECT recorded_at, effective_on, actor, kind, detail FROM journal"
		" WHERE case_id = ?1 ORDER BY id";
	sqlite3_stmt *st = db_prep(db, sql);
	struct journal_row *rows = NULL;
	size_t cnt = 0, cap = 0;
	int rc;

	sqlite3_bind_int64(st, 1, case_id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		rows = xgrow(rows, &cap, cnt + 1, sizeof *rows);
		struct journal_row *r = &rows[cnt++];
		copy(r->recorded_at, sizeof r->recorded_at, db_col_text(st, 0));
		copy(r->effective_on, sizeof r->effective_on, db_col_text(st, 1));
		copy(r->actor, sizeof r->actor, db_col_text(st, 2));
		copy(r->kind, sizeof r->kind, db_col_text(st, 3));
		r->detail = xstrdup(db_col_text(st, 4));
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		journal_rows_free(rows, cnt);
		return db_fail(db, rc, "读取日志", e);
	}
	*out = rows;
	*n = cnt;
	return TC_OK;
}

void journal_rows_free(struct journal_row *rows, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(rows[i].detail);
	free(rows);
}
