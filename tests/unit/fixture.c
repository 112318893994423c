/*
 * fixture.c - the scratch directories, sample files and databases the unit
 * tests share; see fixture.h.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ftw.h>
#include <pwd.h>
#include <unistd.h>
#include <cmocka.h>

#include "tiaocai/calendar.h"
#include "tiaocai/roster.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/user.h"
#include <sqlite3.h>
#include "fixture.h"

const struct actor fx_admin = {.role = ROLE_ADMIN, .login = "admin"};

char *fx_tmpdir(const char *tag)
{
	char *dir = xasprintf("/tmp/tc-%s.XXXXXX", tag);

	if (mkdtemp(dir) == NULL) {
		free(dir);
		return NULL;
	}
	return dir;
}

/* nftw callback: with FTW_DEPTH a directory comes after what it holds. */
static int rm_one(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
	(void)sb;
	(void)ftw;
	return flag == FTW_DP ? rmdir(path) : unlink(path);
}

int fx_rmdir(const char *dir)
{
	if (nftw(dir, rm_one, 16, FTW_DEPTH | FTW_PHYS) != 0) {
		fprintf(stderr, "could not remove %s\n", dir);
		return -1;
	}
	return 0;
}

int fx_done(struct db *db, char *dir)
{
	int rc;

	if (db)
		db_close(db);
	rc = fx_rmdir(dir);
	free(dir);
	return rc;
}

char *fx_datafile(const char *rel)
{
	const char *top = getenv("TIAOCAI_DATADIR");
	return xasprintf("%s/%s", top && *top ? top : ".", rel);
}

char *fx_sample(const char *name)
{
	char *rel = xasprintf("sample-data/%s", name);
	char *path = fx_datafile(rel);

	free(rel);
	return path;
}

char *fx_write_bytes(const char *dir, const char *name, const void *bytes, size_t n)
{
	char *path = xasprintf("%s/%s", dir, name);
	FILE *fp = fopen(path, "wb");

	assert_non_null(fp);
	assert_int_equal(fwrite(bytes, 1, n, fp), n);
	assert_int_equal(fclose(fp), 0);
	return path;
}

char *fx_write(const char *dir, const char *name, const char *text)
{
	return fx_write_bytes(dir, name, text, strlen(text));
}

char *fx_slurp(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	struct strbuf sb = {0};
	char buf[4096];
	size_t n;

	assert_non_null(fp);
	while ((n = fread(buf, 1, sizeof buf, fp)) > 0)
		sb_add(&sb, buf, n);
	fclose(fp);
	*len = sb.len;
	return sb.len ? sb_take(&sb) : xstrdup("");
}

struct db *fx_db(const char *dir, const char *file, bool calendars)
{
	struct tc_err e = {0};
	struct db *db = NULL;
	char *path = xasprintf("%s/%s", dir, file);

	if (db_create(path, &db, &e) != TC_OK || db_publish(db, &e) != TC_OK)
		fail_msg("db_create: %s", e.msg);
	free(path);
	for (int y = 2025; calendars && y <= 2026; y++) {
		char *name = xasprintf("calendar-%d.csv", y);
		char *p = fx_sample(name);
		enum tc_status st = cal_import_file(db, &fx_admin, p, NULL, &e);

		free(p);
		free(name);
		if (st != TC_OK)
			fail_msg("cal_import_file: %s", e.msg);
	}
	/* The office's hearing rooms (room.h), as an administrator would
	 * have registered them. */
	if (db_exec(db, "INSERT INTO rooms(name, capacity, fast) VALUES ('速裁庭', 12, 1),"
		    " ('第一仲裁庭', 30, 0), ('第二仲裁庭', 20, 0), ('第三仲裁庭', 20, 0)", &e) != TC_OK)
		fail_msg("rooms: %s", e.msg);
	/* The records of service begin on the tests' today, as `tiaocai init`
	 * sets them to the day it runs (not the machine's date). */
	if (db_exec(db, "UPDATE settings SET value = '2026-11-22' WHERE key = 'documents_since'", &e) != TC_OK)
		fail_msg("documents_since: %s", e.msg);
	return db;
}

void fx_roster(struct db *db, const struct actor *a)
{
	struct tc_err e = {0};
	char *p = fx_sample("roster.csv");

	if (roster_import_file(db, a, p, NULL, NULL, &e) != TC_OK)
		fail_msg("roster_import_file: %s", e.msg);
	free(p);
}

int fx_actor(struct db *db, const struct actor *by, struct actor *a, const char *login,
	     const char *role, const char *person)
{
	struct tc_err e = {0};
	sqlite3_stmt *st;

	if (user_add(db, by, login, login, role, person, &e) != TC_OK) {
		fprintf(stderr, "user_add %s: %s\n", login, e.msg);
		return -1;
	}
	memset(a, 0, sizeof *a);
	if (sqlite3_prepare_v2(db->h, "SELECT id, COALESCE(person_id, 0) FROM users WHERE login = ?1",
			       -1, &st, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_text(st, 1, login, -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_finalize(st);
		return -1;
	}
	a->user_id = sqlite3_column_int64(st, 0);
	a->person_id = sqlite3_column_int64(st, 1);
	sqlite3_finalize(st);
	if (role_parse(role, &a->role, NULL) != TC_OK)
		return -1;
	snprintf(a->login, sizeof a->login, "%s", login);
	snprintf(a->name, sizeof a->name, "%s", login);
	return 0;
}

int fx_day(const char *iso)
{
	int d = date_from_iso(iso);
	assert_int_not_equal(d, DATE_NONE);
	return d;
}

int64_t fx_count(struct db *db, const char *sql)
{
	sqlite3_stmt *st;
	int64_t n = -1;

	assert_int_equal(sqlite3_prepare_v2(db->h, sql, -1, &st, NULL), SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

const char *fx_case_col(struct db *db, int64_t id, const char *col)
{
	static char buf[8][256];
	static int k;
	char *out = buf[k++ % 8];
	char sql[256];
	sqlite3_stmt *st;
	size_t len = strlen(col);

	/* "close_due": the due date of that clock (case_clocks). */
	if (len > 4 && strcmp(col + len - 4, "_due") == 0 && strcmp(col, "next_due") != 0)
		snprintf(sql, sizeof sql,
			 "SELECT (SELECT due_on FROM case_clocks k WHERE k.case_id = cases.id"
			 " AND k.clock = '%.*s') FROM cases WHERE id = ?1", (int)(len - 4), col);
	else
		snprintf(sql, sizeof sql, "SELECT %s FROM cases WHERE id = ?1", col);
	if (sqlite3_prepare_v2(db->h, sql, -1, &st, NULL) != SQLITE_OK)
		fail_msg("fx_case_col %s: %s", col, sqlite3_errmsg(db->h));
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) != SQLITE_ROW)
		fail_msg("fx_case_col: no case %lld", (long long)id);
	if (sqlite3_column_type(st, 0) == SQLITE_NULL)
		snprintf(out, 256, "NULL");
	else
		snprintf(out, 256, "%s", (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return out;
}

const char *fx_id_no(unsigned n)
{
	static const int w[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
	static char bufs[64][19];
	static unsigned next;
	char *b = bufs[next++ % 64];
	char iso[11];
	int sum = 0;

	/* Born one day apart from 1980-01-01, sequence 100-999 within a day. */
	date_iso(date_from_iso("1980-01-01") + (int)(n / 900), iso);
	snprintf(b, 19, "520102%.4s%.2s%.2s%03u", iso, iso + 5, iso + 8, 100 + n % 900);
	for (int i = 0; i < 17; i++)
		sum += (b[i] - '0') * w[i];
	b[17] = "10X98765432"[sum % 11];
	b[18] = '\0';
	return b;
}

struct fx_office *fx_office_new(const char *tag)
{
	struct fx_office *f = xcalloc(1, sizeof *f);
	struct passwd *pw = getpwuid(geteuid());

	if ((f->dir = fx_tmpdir(tag)) == NULL) {
		free(f);
		return NULL;
	}
	f->admin = fx_admin;
	f->db = fx_db(f->dir, "t.db", true);
	fx_roster(f->db, &f->admin);
	if (pw == NULL || fx_actor(f->db, &f->admin, &f->admin, pw->pw_name, "admin", NULL) ||
	    fx_actor(f->db, &f->admin, &f->clerk, "zhengli", "clerk", NULL) ||
	    fx_actor(f->db, &f->admin, &f->supervisor, "kezhang", "supervisor", NULL)) {
		fx_office_free(f);
		return NULL;
	}
	f->today = date_from_ymd(2026, 11, 22);
	return f;
}

void fx_office_free(struct fx_office *f)
{
	if (f == NULL)
		return;
	fx_done(f->db, f->dir);
	free(f);
}
