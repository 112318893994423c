/*
 * journal.c - appending to and reading the journal, and its hash chain.  The
 * table's triggers make it append-only; this file only ever inserts and
 * selects, except once, when a schema migration builds the chain over a
 * journal older than it.
 *
 * The chain: hash(row) = SHA-256(previous row's hash, 32 bytes (zeros for
 * the first row) || F(id) || F(recorded_at) || F(effective_on) || F(actor)
 * || F(case_id) || F(kind) || F(detail) || F(snapshot)), where F(x) is the
 * length of x's UTF-8 bytes as 4 bytes big-endian followed by the bytes,
 * and F(NULL) is the 4 bytes ff ff ff ff alone; integers are written in
 * decimal.  Stored as 64 lowercase hex digits.  tiaocai(5) says the same
 * for auditors; change both together, never one.
 */
#include "tiaocai/journal.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HASH_LEN JOURNAL_HASH_LEN
#define HEX_LEN JOURNAL_HEX_LEN
_Static_assert(JOURNAL_HASH_LEN == crypto_hash_sha256_BYTES, "the chain is SHA-256");

/* ---- the case snapshot ---------------------------------------------- */

/* Its layout is JOURNAL_SNAP_COLS in journal.h: what the events of the
 * workflow and the registration write.  The parties' names live in their
 * own tables and the deadline caches (case_clocks, next_due, next_clock) are
 * rebuilt by deadline_update whenever a rule changes, and compared with the
 * rules by `check`; neither is in it. */

/* ---- the hash --------------------------------------------------------- */

/* One row as hashed: NULL pointers are SQL NULLs, lengths in bytes. */
struct jfield {
	const char *p;
	size_t n;
};
enum { J_ID, J_RECORDED, J_EFFECTIVE, J_ACTOR, J_CASE, J_KIND, J_DETAIL, J_SNAPSHOT, J_NFIELDS };

/* sodium_init fails only when no source of randomness can be opened,
 * which SHA-256 does not need; it is then tried again next time. */
static void sodium_once(void)
{
	static bool done;

	if (!done && sodium_init() >= 0)
		done = true;
}

static void row_hash(const unsigned char prev[HASH_LEN], const struct jfield f[J_NFIELDS],
		     unsigned char out[HASH_LEN])
{
	crypto_hash_sha256_state h;

	crypto_hash_sha256_init(&h);
	crypto_hash_sha256_update(&h, prev, HASH_LEN);
	for (int i = 0; i < J_NFIELDS; i++) {
		unsigned char len[4] = {0xff, 0xff, 0xff, 0xff};
		if (f[i].p) {
			uint32_t n = (uint32_t)f[i].n;
			len[0] = (unsigned char)(n >> 24);
			len[1] = (unsigned char)(n >> 16);
			len[2] = (unsigned char)(n >> 8);
			len[3] = (unsigned char)n;
		}
		crypto_hash_sha256_update(&h, len, sizeof len);
		if (f[i].p && f[i].n)
			crypto_hash_sha256_update(&h, (const unsigned char *)f[i].p, f[i].n);
	}
	crypto_hash_sha256_final(&h, out);
}

static struct jfield str_field(const char *s)
{
	return (struct jfield){s, s ? strlen(s) : 0};
}

/* Column i of st as a field; valid until the next step. */
static struct jfield col_field(sqlite3_stmt *st, int i)
{
	if (sqlite3_column_type(st, i) == SQLITE_NULL)
		return (struct jfield){NULL, 0};
	const char *p = (const char *)sqlite3_column_text(st, i);
	return (struct jfield){p ? p : "", (size_t)sqlite3_column_bytes(st, i)};
}

bool journal_hash_decode(const char *hex, size_t n, unsigned char out[HASH_LEN])
{
	size_t got = 0;
	const char *end = NULL;

	if (hex == NULL || n != HEX_LEN)
		return false;
	return sodium_hex2bin(out, HASH_LEN, hex, n, NULL, &got, &end) == 0 && got == HASH_LEN &&
	       end == hex + n;
}

void journal_rehash(const unsigned char prev[HASH_LEN], sqlite3_stmt *st, unsigned char h[HASH_LEN],
		    char hex[HEX_LEN + 1])
{
	struct jfield f[J_NFIELDS];
	char idtxt[24];

	sodium_once();
	snprintf(idtxt, sizeof idtxt, "%lld", (long long)sqlite3_column_int64(st, 0));
	f[J_ID] = str_field(idtxt);
	for (int i = J_RECORDED; i < J_NFIELDS; i++)
		f[i] = col_field(st, i);
	row_hash(prev, f, h);
	sodium_bin2hex(hex, HEX_LEN + 1, h, HASH_LEN);
}

/* ---- appending ------------------------------------------------------ */

static enum tc_status add_row(struct db *db, int64_t case_id, int effective_on,
			      const char *actor, const char *kind, const char *detail,
			      struct tc_err *e)
{
	static const char head_sql[] = "SELECT id, hash FROM journal ORDER BY id DESC LIMIT 1";
	static const char snap_sql[] = "SELECT " JOURNAL_SNAP_JSON " FROM cases c WHERE c.id = ?1";
	static const char sql[] =
		"INSERT INTO journal(id, recorded_at, effective_on, actor, case_id, kind, detail,"
		" snapshot, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
	unsigned char prev[HASH_LEN] = {0}, h[HASH_LEN];
	char now[20], eff[DATE_ISO_LEN], idtxt[24], casetxt[24], hex[HEX_LEN + 1];
	char *snapshot = NULL;
	int64_t id = 1;
	int rc;

	/* The previous row, read under the write lock the caller holds. */
	sqlite3_stmt *st = db_prep(db, head_sql);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		id = sqlite3_column_int64(st, 0) + 1;
		struct jfield f = col_field(st, 1);
		if (!journal_hash_decode(f.p, f.n, prev))
			memset(prev, 0, sizeof prev); /* already broken: check says so */
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(db, rc, "写入日志", e);

	if (case_id) {
		st = db_prep(db, snap_sql);
		sqlite3_bind_int64(st, 1, case_id);
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW)
			snapshot = db_col_dup(st, 0);
		sqlite3_reset(st);
		if (rc != SQLITE_ROW && rc != SQLITE_DONE)
			return db_fail(db, rc, "读取案件快照", e);
	}

	db_now(now);
	date_iso(effective_on, eff);
	snprintf(idtxt, sizeof idtxt, "%lld", (long long)id);
	snprintf(casetxt, sizeof casetxt, "%lld", (long long)case_id);
	if (detail == NULL)
		detail = "";
	struct jfield f[J_NFIELDS] = {
		[J_ID] = str_field(idtxt),
		[J_RECORDED] = str_field(now),
		[J_EFFECTIVE] = str_field(*eff ? eff : NULL),
		[J_ACTOR] = str_field(actor),
		[J_CASE] = str_field(case_id ? casetxt : NULL),
		[J_KIND] = str_field(kind),
		[J_DETAIL] = str_field(detail),
		[J_SNAPSHOT] = str_field(snapshot),
	};
	sodium_once();
	row_hash(prev, f, h);
	sodium_bin2hex(hex, sizeof hex, h, sizeof h);

	st = db_prep(db, sql);
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, now, -1, SQLITE_STATIC);
	db_bind_opt(st, 3, eff);
	sqlite3_bind_text(st, 4, actor, -1, SQLITE_STATIC);
	if (case_id)
		sqlite3_bind_int64(st, 5, case_id);
	else
		sqlite3_bind_null(st, 5);
	sqlite3_bind_text(st, 6, kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, detail, -1, SQLITE_STATIC);
	if (snapshot)
		sqlite3_bind_text(st, 8, snapshot, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 9, hex, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	free(snapshot);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "写入日志", e);
}

enum tc_status journal_add(struct db *db, int64_t case_id, int effective_on,
			   const char *actor, const char *kind, const char *detail,
			   struct tc_err *e)
{
	enum tc_status st;

	if (db->tx_depth > 0)
		return add_row(db, case_id, effective_on, actor, kind, detail, e);
	/* Never chain outside a write transaction: another process could
	 * append between reading the head and inserting. */
	if ((st = db_begin(db, e)) != TC_OK)
		return st;
	if ((st = add_row(db, case_id, effective_on, actor, kind, detail, e)) != TC_OK) {
		db_rollback(db);
		return st;
	}
	return db_commit(db, e);
}

/* ---- reading -------------------------------------------------------- */

static void copy(char *dst, size_t size, const char *src)
{
	snprintf(dst, size, "%s", src);
}

enum tc_status journal_of_case(struct db *db, int64_t case_id, struct journal_row **out,
			       size_t *n, struct tc_err *e)
{
	static const char sql[] =
		"SELECT j.recorded_at, j.effective_on, j.actor, j.kind, j.detail,"
		" EXISTS (SELECT 1 FROM case_undo u WHERE u.journal_id = j.id AND u.undone_by IS NOT NULL)"
		" FROM journal j WHERE j.case_id = ?1 ORDER BY j.id";
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
		r->undone = sqlite3_column_int(st, 5) != 0;
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

enum tc_status journal_head(struct db *db, struct journal_head *h, struct tc_err *e)
{
	static const char sql[] =
		"SELECT (SELECT count(*) FROM journal),"
		" (SELECT hash FROM journal ORDER BY id DESC LIMIT 1)";
	sqlite3_stmt *st = db_prep(db, sql);
	int rc = sqlite3_step(st);

	memset(h, 0, sizeof *h);
	if (rc == SQLITE_ROW) {
		h->rows = sqlite3_column_int64(st, 0);
		copy(h->hash, sizeof h->hash, db_col_text(st, 1));
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? TC_OK : db_fail(db, rc, "读取日志链头", e);
}

/* ---- the chain built once ------------------------------------------- */

enum tc_status journal_chain_build(struct db *db, struct tc_err *e)
{
	static const char snap_sql[] =
		"UPDATE journal SET snapshot = (SELECT " JOURNAL_SNAP_JSON_1 " FROM cases c"
		" WHERE c.id = journal.case_id)"
		" WHERE id IN (SELECT max(id) FROM journal WHERE case_id IS NOT NULL GROUP BY case_id)";
	static const char read_sql[] =
		"SELECT id, recorded_at, effective_on, actor, case_id, kind, detail, snapshot"
		" FROM journal ORDER BY id";
	sqlite3_stmt *rd = NULL, *wr = NULL;
	unsigned char prev[HASH_LEN] = {0};
	char hex[HEX_LEN + 1];
	enum tc_status st = TC_OK;
	int rc;

	/* The case rows as they stand are what the office trusts at the
	 * upgrade: the snapshot of each case's last row. */
	rc = sqlite3_exec(db->h, snap_sql, NULL, NULL, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(db->h, "CREATE TEMP TABLE journal_chain("
					 "id INTEGER PRIMARY KEY, hash TEXT NOT NULL)",
				  NULL, NULL, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_prepare_v2(db->h, read_sql, -1, &rd, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_prepare_v2(db->h, "INSERT INTO temp.journal_chain(id, hash) VALUES (?1, ?2)",
					-1, &wr, NULL);
	if (rc != SQLITE_OK)
		goto out;
	while ((rc = sqlite3_step(rd)) == SQLITE_ROW) {
		unsigned char h[HASH_LEN];

		journal_rehash(prev, rd, h, hex);
		memcpy(prev, h, sizeof prev);
		sqlite3_bind_int64(wr, 1, sqlite3_column_int64(rd, 0));
		sqlite3_bind_text(wr, 2, hex, -1, SQLITE_STATIC);
		int wrc = sqlite3_step(wr);
		sqlite3_reset(wr);
		if (wrc != SQLITE_DONE) {
			rc = wrc;
			goto out;
		}
	}
	if (rc != SQLITE_DONE)
		goto out;
	rc = sqlite3_exec(db->h,
			  "UPDATE journal SET hash = t.hash FROM temp.journal_chain t"
			  " WHERE t.id = journal.id;"
			  "DROP TABLE temp.journal_chain;",
			  NULL, NULL, NULL);
out:
	sqlite3_finalize(rd);
	sqlite3_finalize(wr);
	if (rc != SQLITE_OK && rc != SQLITE_DONE)
		st = db_fail(db, rc, "建立日志链", e);
	return st;
}
