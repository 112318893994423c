/*
 * db.c - opening and creating the database file, migrations, nested
 * transactions, the prepared-statement cache and office settings.
 *
 * This file knows the schema only as migration scripts; what the tables
 * mean is the business of the modules that use them.
 */
#include "tiaocai/db.h"
#include "tiaocai/afile.h"
#include "tiaocai/priv.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sys/file.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "schema.sql.h"

struct stmt_slot {
	const char *sql;
	sqlite3_stmt *st;
};

static void drop_slots(struct db *db);

static const int nmigrations = (int)(sizeof migrations / sizeof migrations[0]);
_Static_assert(sizeof migrations / sizeof migrations[0] == DB_SCHEMA_VERSION,
	       "DB_SCHEMA_VERSION counts the migrations");

void db_now(char buf[20])
{
	time_t t = time(NULL);
	struct tm tm;

	localtime_r(&t, &tm);
	strftime(buf, 20, "%Y-%m-%d %H:%M:%S", &tm);
}

/* mkdir -p for the directories of a file path. */
static int make_parents(const char *path)
{
	char *p = xstrdup(path);
	int rc = 0;

	for (char *s = p + 1; *s; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		if (mkdir(p, 0700) != 0 && errno != EEXIST)
			rc = -1;
		*s = '/';
	}
	free(p);
	return rc;
}

char *db_default_path(const char *explicit_path, struct tc_err *e)
{
	const char *env = getenv("TIAOCAI_DB");
	char *path;

	if (explicit_path && *explicit_path)
		return xstrdup(explicit_path);
	if (env && *env)
		return xstrdup(env);
	if (priv_office())
		return xstrdup(priv_office_db()); /* the office install's one database */
	const char *xdg = getenv("XDG_DATA_HOME");
	if (xdg && *xdg) {
		path = xasprintf("%s/tiaocai/tiaocai.db", xdg);
	} else {
		const char *home = getenv("HOME");
		if (!home || !*home) {
			err_set(e, TC_USAGE, "db", "找不到数据库位置: 请用 --db 指定, 或设置 TIAOCAI_DB");
			return NULL;
		}
		path = xasprintf("%s/.local/share/tiaocai/tiaocai.db", home);
	}
	if (make_parents(path) != 0) {
		err_set(e, TC_STORAGE, "db", "无法创建数据目录: %s: %s", path, strerror(errno));
		free(path);
		return NULL;
	}
	return path;
}

enum tc_status db_fail(struct db *db, int rc, const char *doing, struct tc_err *e)
{
	const char *what = db && db->h ? sqlite3_errmsg(db->h) : sqlite3_errstr(rc);
	const char *file = db && db->final_path ? db->final_path : db && db->path ? db->path : "";
	int sys = db && db->h ? sqlite3_system_errno(db->h) : 0;

	/* The operating system's reason, when SQLite had one, names the real
	 * cause better than SQLite's own words ("disk I/O error"). */
	if ((rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED &&
	    (rc & 0xff) != SQLITE_CONSTRAINT) {
		if (sys == ENOSPC || sys == EDQUOT || (rc & 0xff) == SQLITE_FULL)
			return err_set(e, TC_STORAGE, "", "%s: 磁盘已满 (数据库 %s 所在的磁盘), 未保存任何改动",
				       doing, file);
		if (sys == EACCES || sys == EPERM || (rc & 0xff) == SQLITE_PERM)
			return err_set(e, TC_STORAGE, "", "%s: 没有权限读写数据库 %s 或它所在的目录", doing,
				       file);
		if (sys == EROFS)
			return err_set(e, TC_STORAGE, "", "%s: 数据库 %s 所在的文件系统只读", doing, file);
		if ((rc & 0xff) == SQLITE_READONLY && db && db->readonly)
			return err_set(e, TC_STORAGE, "",
				       "%s: 数据库 %s 只能查看 (磁盘已满或没有写权限), 未保存任何改动", doing,
				       file);
	}
	switch (rc & 0xff) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return err_set(e, TC_STORAGE, "", "%s: 数据库正被占用, 请稍后重试 (%s)", doing, what);
	case SQLITE_CORRUPT:
	case SQLITE_NOTADB:
		return err_set(e, TC_STORAGE, "", "%s: 数据库文件已损坏或不是本程序的数据库", doing);
	case SQLITE_READONLY:
	case SQLITE_CANTOPEN:
		return err_set(e, TC_STORAGE, "", "%s: 无法写入数据库 %s (%s)", doing, file, what);
	case SQLITE_CONSTRAINT:
		return err_set(e, TC_REFUSED, "", "%s: 与已有数据冲突 (%s)", doing, what);
	default:
		return err_set(e, TC_STORAGE, "", "%s: 数据库出错 (%s)", doing, what);
	}
}

enum tc_status db_exec(struct db *db, const char *sql, struct tc_err *e)
{
	int rc = sqlite3_exec(db->h, sql, NULL, NULL, NULL);
	return rc == SQLITE_OK ? TC_OK : db_fail(db, rc, "执行数据库命令", e);
}

enum tc_status db_bulk_begin(struct db *db, struct db_bulk *saved, struct tc_err *e)
{
	/* Every named index of cases: the write path reads cases by id only
	 * (its other reads go through parties, hearings, journal ...), so none
	 * of them is needed while cases are being written.  And the trigger
	 * that files each party's name by its two-character pieces
	 * (name_grams), which nothing reads while cases are written: the
	 * pieces of the parties added are filed together at the end. */
	static const char list[] =
		"SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL"
		" AND ((type = 'index' AND (tbl_name = 'cases' OR name IN ('parties_name', 'parties_uscc')))"
		" OR (type = 'trigger' AND name = 'parties_grams')) ORDER BY type, name";
	sqlite3_stmt *st = db_prep(db, list);
	size_t cap = 0;
	int rc;

	memset(saved, 0, sizeof *saved);
	sqlite3_stmt *top = db_prep(db, "SELECT coalesce(max(id), 0) FROM parties");
	saved->parties_from = sqlite3_step(top) == SQLITE_ROW ? sqlite3_column_int64(top, 0) : 0;
	sqlite3_reset(top);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		saved->sql = xgrow(saved->sql, &cap, saved->n + 2, sizeof *saved->sql);
		saved->sql[saved->n++] = xstrdup(db_col_text(st, 2));
		saved->sql[saved->n++] = xasprintf("DROP %s \"%s\"", db_col_text(st, 0),
						   db_col_text(st, 1));
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, "读取索引", e);
	/* Names come from sqlite_schema, not from input. */
	for (size_t i = 1; i < saved->n; i += 2) {
		enum tc_status r = db_exec(db, saved->sql[i], e);
		if (r != TC_OK)
			return r;
	}
	return TC_OK;
}

enum tc_status db_bulk_end(struct db *db, struct db_bulk *saved, struct tc_err *e)
{
	/* The trigger's own statement, for every party added meanwhile. */
	static const char grams[] =
		"INSERT OR IGNORE INTO name_grams(gram, case_id)"
		" SELECT lower(substr(p.name, n, 2)), p.case_id FROM parties p JOIN nums ON n < length(p.name)"
		" WHERE p.id > ?1";
	enum tc_status st = TC_OK;

	for (size_t i = 0; i < saved->n && st == TC_OK; i += 2)
		st = db_exec(db, saved->sql[i], e);
	if (st == TC_OK) {
		sqlite3_stmt *g = db_prep(db, grams);
		sqlite3_bind_int64(g, 1, saved->parties_from);
		int rc = sqlite3_step(g);
		sqlite3_reset(g);
		if (rc != SQLITE_DONE)
			st = db_fail(db, rc, "建立姓名索引", e);
	}
	db_bulk_free(saved);
	return st;
}

void db_bulk_free(struct db_bulk *saved)
{
	for (size_t i = 0; i < saved->n; i++)
		free(saved->sql[i]);
	free(saved->sql);
	memset(saved, 0, sizeof *saved);
}

/* ---- waiting for another process's write ------------------------------ */

static double now_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static char *import_notice_path(const struct db *db)
{
	return xasprintf("%s-import", db->final_path ? db->final_path : db->path);
}

/* When an import holds the database: its notice is there and locked. */
static bool import_running(const struct db *db, char *msg, size_t size)
{
	char *path = import_notice_path(db);
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
	char buf[160] = "";
	bool running = false;

	free(path);
	if (fd < 0)
		return false;
	if (flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK) {
		ssize_t n = read(fd, buf, sizeof buf - 1);
		char *tab;
		buf[n > 0 ? n : 0] = '\0';
		buf[strcspn(buf, "\n")] = '\0';
		/* "LOGIN\tHH:MM\tROWS", as db_import_begin wrote it */
		if ((tab = strchr(buf, '\t')) != NULL) {
			*tab++ = '\0';
			char *rows = strchr(tab, '\t');
			if (rows)
				*rows++ = '\0';
			snprintf(msg, size, "导入进行中 (%s 自 %s 起导入约 %s 行), 请稍候: 导入结束后自动继续",
				 buf, tab, rows ? rows : "?");
		} else {
			snprintf(msg, size, "导入进行中, 请稍候: 导入结束后自动继续");
		}
		running = true;
	}
	close(fd);
	return running;
}

/* SQLite's busy handler: n is the number of calls in this wait. */
static int on_busy(void *p, int n)
{
	struct db *db = p;
	char msg[320];
	struct timespec nap = {0, 20 * 1000 * 1000};

	if (n == 0) {
		db->busy_since = now_ms();
		db->told = false;
	}
	if (import_running(db, msg, sizeof msg)) {
		if (!db->told && db->on_wait)
			db->on_wait(db->wait_ctx, msg);
		db->told = true;
		nap.tv_nsec = 100 * 1000 * 1000;
	} else if (now_ms() - db->busy_since >= DB_BUSY_TIMEOUT_MS) {
		return 0;
	}
	nanosleep(&nap, NULL);
	return 1;
}

void db_on_wait(struct db *db, void (*fn)(void *ctx, const char *msg), void *ctx)
{
	db->on_wait = fn;
	db->wait_ctx = ctx;
}

enum tc_status db_import_begin(struct db *db, const char *login, size_t rows, struct tc_err *e)
{
	char *path = import_notice_path(db);
	struct stat dbst;
	mode_t mode = stat(db->path, &dbst) == 0 ? (dbst.st_mode & 0660) : 0600;
	int fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, mode);
	char line[160], hm[8];
	time_t t = time(NULL);
	struct tm tm;

	if (fd < 0 || flock(fd, LOCK_EX | LOCK_NB) != 0) {
		/* Another import holds it: this one would only wait for its lock. */
		enum tc_status st = err_set(e, fd < 0 ? TC_STORAGE : TC_REFUSED, "import", "无法建立导入通知 %s: %s", path,
					    fd < 0 ? afile_strerror(errno) : "另一个导入正在进行");
		if (fd >= 0)
			close(fd);
		free(path);
		return st;
	}
	struct stat st;
	if (fstat(fd, &st) == 0 && st.st_uid == geteuid())
		(void)fchmod(fd, mode); /* the umask may have taken the group's read */
	localtime_r(&t, &tm);
	strftime(hm, sizeof hm, "%H:%M", &tm);
	int n = snprintf(line, sizeof line, "%s\t%s\t%zu\n", login, hm, rows);
	if (ftruncate(fd, 0) != 0 || write(fd, line, (size_t)n) != n) {
		/* Only the notice: the import itself can go on without it. */
	}
	free(path);
	db->import_fd = fd;
	return TC_OK;
}

void db_import_end(struct db *db)
{
	if (db == NULL || db->import_fd < 0)
		return;
	char *path = import_notice_path(db);
	unlink(path); /* while still locked: a waiting reader sees it gone or locked */
	free(path);
	close(db->import_fd);
	db->import_fd = -1;
}

/* Open the SQLite connection of db on path. */
static enum tc_status connect(struct db *db, const char *path, int flags, struct tc_err *e)
{
	int rc = sqlite3_open_v2(path, &db->h, flags, NULL);

	if (rc != SQLITE_OK)
		return db_fail(db, rc, path, e);
	sqlite3_busy_handler(db->h, on_busy, db);
	sqlite3_extended_result_codes(db->h, 1);
	/* Sorting and temporary tables stay in memory: SQLite's temporary
	 * files would be created with the office group's rights in a
	 * directory of the user's choosing (SQLITE_TMPDIR). */
	rc = sqlite3_exec(db->h, "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;"
			  " PRAGMA temp_store = MEMORY;", NULL, NULL, NULL);
	return rc == SQLITE_OK ? TC_OK : db_fail(db, rc, path, e);
}

/* Close the connection and forget its prepared statements, keeping db. */
static void disconnect(struct db *db)
{
	for (size_t i = 0; i < db->nstmts; i++)
		sqlite3_finalize(db->stmts[i].st);
	free(db->stmts);
	db->stmts = NULL;
	db->nstmts = db->capstmts = 0;
	drop_slots(db);
	sqlite3_close(db->h);
	db->h = NULL;
}

static struct db *db_new(const char *path)
{
	struct db *db = xcalloc(1, sizeof *db);

	db->path = xstrdup(path);
	db->migrated_from = DB_SCHEMA_VERSION;
	db->lockfd = -1;
	db->dirfd = -1;
	db->import_fd = -1;
	return db;
}

static int user_version(struct db *db)
{
	sqlite3_stmt *st;
	int v = -1;

	if (sqlite3_prepare_v2(db->h, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* Bring the schema to DB_SCHEMA_VERSION in one transaction. */
static enum tc_status migrate(struct db *db, const struct db_upgrade *up, size_t nup, bool fresh,
			      struct tc_err *e)
{
	enum tc_status st;
	int v;

	if ((st = db_begin(db, e)) != TC_OK)
		return st;
	v = user_version(db); /* read again under the write lock */
	if (v < 0) {
		db_rollback(db);
		return err_set(e, TC_STORAGE, "", "%s: 不是本程序的数据库", db->path);
	}
	if (v > nmigrations) {
		db_rollback(db);
		return err_set(e, TC_STORAGE, "",
			       "%s: 数据库版本 %d 比本程序 (%d) 新, 请升级本程序", db->path, v,
			       nmigrations);
	}
	db->migrated_from = v;
	for (; v < nmigrations; v++) {
		char pragma[64];
		int rc = sqlite3_exec(db->h, migrations[v], NULL, NULL, NULL);
		/* The step SQL cannot take (version 3 chains the journal, which
		 * SQL cannot hash), from the caller; a new database has no rows
		 * for it to work on. */
		const struct db_upgrade *step = NULL;
		for (size_t i = 0; i < nup; i++)
			if (up[i].version == v + 1)
				step = &up[i];
		if (rc == SQLITE_OK && step && (st = step->run(db, e)) != TC_OK) {
			db_rollback(db);
			return st;
		}
		if (rc == SQLITE_OK && !step && !fresh && v + 1 == DB_UPGRADE_CHAIN) {
			db_rollback(db);
			return err_set(e, TC_STORAGE, "db", "%s: 升级数据库结构须由 tiaocai 程序打开", db->path);
		}
		if (rc == SQLITE_OK) {
			snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d", v + 1);
			rc = sqlite3_exec(db->h, pragma, NULL, NULL, NULL);
		}
		if (rc != SQLITE_OK) {
			st = db_fail(db, rc, "升级数据库结构", e);
			db_rollback(db);
			return st;
		}
	}
	return db_commit(db, e);
}

enum tc_status db_create(const char *path, struct db **out, struct tc_err *e)
{
	struct stat dst;
	enum tc_status st;
	mode_t mode = 0600;
	char *base = NULL, *tmp = NULL;
	int dirfd, lockfd;

	*out = NULL;
	if ((dirfd = afile_dir_of(path, &base)) < 0)
		return err_set(e, TC_STORAGE, "db", "无法创建 %s: %s", path, afile_strerror(errno));
	if (fstat(dirfd, &dst) == 0 && (dst.st_mode & S_ISGID))
		mode = 0660; /* a group-shared office directory */
	afile_sweep(dirfd); /* what a killed init or demo left here */
	if (faccessat(dirfd, base, F_OK, AT_SYMLINK_NOFOLLOW) == 0) {
		close(dirfd);
		free(base);
		return err_set(e, TC_REFUSED, "db", "%s 已存在, 不会改动它 (要新建请换一个文件名)", path);
	}
	/* Built under a temporary name and put in place by db_publish, so a
	 * killed init or demo leaves no half-made office (one without users,
	 * where anyone would be the administrator). */
	if ((lockfd = afile_create_temp(dirfd, base, mode, &tmp)) < 0) {
		st = err_set(e, TC_STORAGE, "db", "无法创建 %s: %s", path, afile_strerror(errno));
		close(dirfd);
		free(base);
		return st;
	}
	struct db *db = db_new(path);
	db->final_path = db->path;
	db->path = xasprintf("%.*s%s", (int)(strlen(path) - strlen(base)), path, tmp);
	db->lockfd = lockfd;
	db->dirfd = dirfd;
	db->tmp_name = tmp;
	db->base_name = base;
	st = connect(db, db->path, SQLITE_OPEN_READWRITE, e);
	if (st == TC_OK)
		st = db_exec(db, "PRAGMA journal_mode = WAL", e);
	if (st == TC_OK)
		st = migrate(db, NULL, 0, true, e);
	if (st != TC_OK) {
		db_close(db);
		return st;
	}
	*out = db;
	return TC_OK;
}

enum tc_status db_publish(struct db *db, struct tc_err *e)
{
	enum tc_status st;

	if (db->final_path == NULL)
		return TC_OK;
	/* Closing the only connection checkpoints the WAL and removes it, so
	 * the one file holds everything when it takes its name. */
	disconnect(db);
	if (linkat(db->dirfd, db->tmp_name, db->dirfd, db->base_name, 0) != 0) {
		st = errno == EEXIST
			     ? err_set(e, TC_REFUSED, "db", "%s 已存在, 不会改动它 (要新建请换一个文件名)",
				       db->final_path)
			     : err_set(e, TC_STORAGE, "db", "无法创建 %s: %s", db->final_path,
				       afile_strerror(errno));
		return st; /* db_close removes the temporary */
	}
	unlinkat(db->dirfd, db->tmp_name, 0);
	fsync(db->dirfd);
	close(db->dirfd);
	close(db->lockfd);
	db->dirfd = db->lockfd = -1;
	free(db->tmp_name);
	free(db->base_name);
	db->tmp_name = db->base_name = NULL;
	free(db->path);
	db->path = db->final_path;
	db->final_path = NULL;
	return connect(db, db->path, SQLITE_OPEN_READWRITE, e);
}

void db_remove_files(const char *path)
{
	char *aux;

	unlink(path);
	aux = xasprintf("%s-wal", path);
	unlink(aux);
	free(aux);
	aux = xasprintf("%s-shm", path);
	unlink(aux);
	free(aux);
}

/* Is path the office database of an office install?  Asked with the
 * office group, which alone may look inside its directory. */
static bool office_db(const char *path)
{
	struct stat a, b;

	return stat(priv_office_db(), &a) == 0 && stat(path, &b) == 0 && a.st_dev == b.st_dev &&
	       a.st_ino == b.st_ino;
}

/* Could this failure to open or read be lifted by opening read-only?  A
 * full disk (no room for the -shm file) or a file the user may read but
 * not write. */
static bool retry_readonly(struct db *db, int rc)
{
	int sys = db->h ? sqlite3_system_errno(db->h) : 0;

	rc &= 0xff;
	return rc == SQLITE_FULL || rc == SQLITE_READONLY ||
	       ((rc == SQLITE_IOERR || rc == SQLITE_CANTOPEN) &&
		(sys == ENOSPC || sys == EDQUOT || sys == EACCES || sys == EROFS));
}

/* The URI that opens path read-only when it cannot be opened for writing.
 * With no WAL content to read (no -wal file, or an empty one: everything
 * is in the database file) the file is opened immutable, which needs
 * neither the -wal nor the -shm file: a reader on a full disk cannot
 * create them.  Otherwise the plain file, read-only.  Caller frees. */
static char *readonly_uri(const char *path)
{
	struct strbuf sb = {0};
	struct stat wal;
	char *walpath = xasprintf("%s-wal", path);
	bool immutable = stat(walpath, &wal) != 0 || wal.st_size == 0;

	free(walpath);
	sb_puts(&sb, "file:");
	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
		    strchr("/-._~", *p))
			sb_add(&sb, (const char *)p, 1);
		else
			sb_printf(&sb, "%%%02X", *p);
	}
	if (immutable)
		sb_puts(&sb, "?immutable=1");
	return sb_take(&sb);
}

enum tc_status db_open(const char *path, struct db **out, struct tc_err *e)
{
	return db_open_upgrading(path, NULL, 0, out, e);
}

enum tc_status db_open_upgrading(const char *path, const struct db_upgrade *up, size_t nup,
				 struct db **out, struct tc_err *e)
{
	enum tc_status st;
	struct stat sb;
	struct db *db;

	*out = NULL;
	/* The office group opens the office database and nothing else: any
	 * other file is opened with the user's own rights. */
	priv_raise();
	bool privileged = priv_office() && office_db(path);
	if (!privileged)
		priv_lower();
	if (stat(path, &sb) != 0) {
		int err = errno;
		if (privileged)
			priv_lower();
		if (err == ENOENT)
			return err_set(e, TC_REFUSED, "db",
				       "数据库 %s 不存在 (先运行 tiaocai init 或 tiaocai demo)", path);
		return err_set(e, TC_STORAGE, "db", "无法打开数据库 %s: %s", path, afile_strerror(err));
	}
	db = db_new(path);
	db->privileged = privileged;
	for (int ro = 0; ro < 2; ro++) {
		int v = -1, rc = SQLITE_OK;
		char *uri = ro ? readonly_uri(path) : NULL;
		st = connect(db, uri ? uri : path,
			     ro ? SQLITE_OPEN_READONLY | SQLITE_OPEN_URI : SQLITE_OPEN_READWRITE, e);
		free(uri);
		/* Read-only after a failure, with the WAL index in our own
		 * memory (exclusive locking mode), as the -shm file may have no
		 * room to grow.  Others cannot write meanwhile, which on a full
		 * disk they cannot anyway. */
		if (st == TC_OK && ro)
			st = db_exec(db, "PRAGMA locking_mode = EXCLUSIVE", e);
		if (st == TC_OK) {
			/* The first read opens the WAL index: where a full disk
			 * or a read-only file shows. */
			sqlite3_stmt *q;
			rc = sqlite3_prepare_v2(db->h, "PRAGMA user_version", -1, &q, NULL);
			if (rc == SQLITE_OK) {
				rc = sqlite3_step(q);
				v = rc == SQLITE_ROW ? sqlite3_column_int(q, 0) : -1;
				rc = rc == SQLITE_ROW ? SQLITE_OK : rc;
				sqlite3_finalize(q);
			}
			if (rc != SQLITE_OK)
				st = db_fail(db, rc, path, e);
		}
		if (st == TC_OK) {
			db->readonly = ro;
			/* Version 0 is an empty file or another program's
			 * database: never write our schema into it. */
			if (v <= 0)
				st = err_set(e, TC_STORAGE, "db", "%s 不是本程序的数据库 (新建请用 tiaocai init)",
					     path);
			else if (v != nmigrations && ro)
				st = err_set(e, TC_STORAGE, "db",
					     "%s 须升级数据库结构, 但现在只能以只读方式打开 (磁盘已满或没有写权限)",
					     path);
			else if (v != nmigrations)
				st = migrate(db, up, nup, false, e);
			break;
		}
		if (ro || !retry_readonly(db, rc ? rc : sqlite3_errcode(db->h)))
			break;
		disconnect(db);
	}
	if (st != TC_OK) {
		db_close(db);
		return st;
	}
	*out = db;
	return TC_OK;
}

void db_close(struct db *db)
{
	if (db == NULL)
		return;
	db_import_end(db);
	if (db->h)
		disconnect(db);
	if (db->final_path) {
		/* Never published: the half-made database goes. */
		db_remove_files(db->path);
		close(db->dirfd);
		close(db->lockfd);
		free(db->tmp_name);
		free(db->base_name);
		free(db->final_path);
	}
	if (db->privileged)
		priv_lower();
	free(db->path);
	free(db);
}

enum tc_status db_begin(struct db *db, struct tc_err *e)
{
	const char *sql = db->tx_depth == 0 ? "BEGIN IMMEDIATE" : "SAVEPOINT tc";
	int rc = sqlite3_exec(db->h, sql, NULL, NULL, NULL);

	if (rc != SQLITE_OK)
		return db_fail(db, rc, "开始写入", e);
	db->tx_depth++;
	if (db->tx_depth == 1)
		db_check_caches(db);
	return TC_OK;
}

enum tc_status db_commit(struct db *db, struct tc_err *e)
{
	const char *sql = db->tx_depth == 1 ? "COMMIT" : "RELEASE tc";
	int rc;

	if (db->tx_depth <= 0)
		return err_set(e, TC_STORAGE, "", "内部错误: 没有进行中的事务");
	rc = sqlite3_exec(db->h, sql, NULL, NULL, NULL);
	if (rc != SQLITE_OK) {
		enum tc_status st = db_fail(db, rc, "保存", e);
		db_rollback(db);
		return st;
	}
	db->tx_depth--;
	if (db->tx_depth == 0)
		db->cache_touched = false;
	return TC_OK;
}

bool db_check_caches(struct db *db)
{
	static const char sql[] = "PRAGMA data_version";
	sqlite3_stmt *st = db_prep(db, sql);
	int64_t v = -1;

	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	/* Another process committed since we looked: it may have imported a
	 * calendar or changed a rule. */
	if (v != db->data_version) {
		drop_slots(db);
		db->data_version = v;
		return true;
	}
	return false;
}

void *db_slot(struct db *db, enum db_slot k) { return db->slots[k].p; }

void db_slot_set(struct db *db, enum db_slot k, void *p, void (*destroy)(void *))
{
	struct db_slot_entry *s = &db->slots[k];

	if (s->p && s->destroy)
		s->destroy(s->p);
	s->p = p;
	s->destroy = destroy;
}

static void drop_slots(struct db *db)
{
	for (int k = 0; k < DB_SLOT_COUNT; k++)
		db_slot_set(db, (enum db_slot)k, NULL, NULL);
}

void db_slots_changed(struct db *db)
{
	drop_slots(db);
	db->cache_touched = true; /* a rollback must drop the new copies too */
}

void db_rollback(struct db *db)
{
	if (db->tx_depth <= 0)
		return;
	if (db->tx_depth == 1)
		sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
	else
		sqlite3_exec(db->h, "ROLLBACK TO tc; RELEASE tc", NULL, NULL, NULL);
	db->tx_depth--;
	/* The in-memory copies may describe rows that no longer exist. */
	if (db->cache_touched)
		drop_slots(db);
	if (db->tx_depth == 0)
		db->cache_touched = false;
}

sqlite3_stmt *db_prep(struct db *db, const char *sql)
{
	for (size_t i = 0; i < db->nstmts; i++) {
		if (db->stmts[i].sql == sql) {
			sqlite3_stmt *st = db->stmts[i].st;
			sqlite3_reset(st);
			sqlite3_clear_bindings(st);
			return st;
		}
	}
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v3(db->h, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, NULL);
	if (rc != SQLITE_OK) {
		/* Our own SQL failed to compile: a programming error. */
		fprintf(stderr, "tiaocai: internal SQL error: %s\n%s\n", sqlite3_errmsg(db->h), sql);
		abort();
	}
	db->stmts = xgrow(db->stmts, &db->capstmts, db->nstmts + 1, sizeof *db->stmts);
	db->stmts[db->nstmts].sql = sql;
	db->stmts[db->nstmts].st = st;
	db->nstmts++;
	return st;
}

char *db_col_dup(sqlite3_stmt *st, int col)
{
	const unsigned char *t = sqlite3_column_text(st, col);
	return t ? xstrdup((const char *)t) : NULL;
}

const char *db_col_text(sqlite3_stmt *st, int col)
{
	const unsigned char *t = sqlite3_column_text(st, col);
	return t ? (const char *)t : "";
}

int db_bind_opt(sqlite3_stmt *st, int idx, const char *s)
{
	if (s == NULL || *s == '\0')
		return sqlite3_bind_null(st, idx);
	return sqlite3_bind_text(st, idx, s, -1, SQLITE_TRANSIENT);
}

int db_bind_id(sqlite3_stmt *st, int idx, int64_t id)
{
	return id ? sqlite3_bind_int64(st, idx, id) : sqlite3_bind_null(st, idx);
}

enum tc_status db_backup(struct db *db, const char *path, struct tc_err *e)
{
	struct afile f;
	sqlite3_int64 size = 0;
	unsigned char *image;
	enum tc_status st;

	if ((st = afile_open_new(&f, path, e)) != TC_OK)
		return st;
	/* One read transaction copies every page, WAL included: the copy is
	 * one consistent moment even with clerks writing.  Nothing of it
	 * touches the disk under a name before it is whole. */
	image = sqlite3_serialize(db->h, "main", &size, 0);
	if (image == NULL)
		st = err_set(e, TC_STORAGE, "backup", "备份失败: 无法读取数据库 (%s)", sqlite3_errmsg(db->h));
	else if (fwrite(image, 1, (size_t)size, f.fp) != (size_t)size)
		st = err_set(e, TC_STORAGE, "backup", "备份写入 %s 失败: %s", path, afile_strerror(errno));
	sqlite3_free(image);
	return afile_commit(&f, st, e);
}

/* SQLite's own checks, on a connection of their own in a thread of their
 * own (db.h db_check_start). */
struct db_check {
	pthread_t thread;
	bool started;
	bool quick;
	struct db conn;          /* its own connection; path and h only */
	struct strlist damage;   /* the integrity (quick) check's findings */
	struct strlist problems; /* the foreign-key check's */
	int rc;                  /* SQLite's last result: SQLITE_DONE when both ran */
	const char *doing;       /* what rc was the result of */
};

static void *check_run(void *arg)
{
	static const char integrity[] = "PRAGMA integrity_check";
	/* The quick check of every table but the two that only grow, the
	 * journal and the undo images (two thirds of an old office's file):
	 * their rows since the last check are read by the chain (audit.c),
	 * their older pages by the full check.  Each table with its indexes;
	 * the name is bound, never written into SQL. */
	static const char quick_check[] =
		"SELECT q.quick_check FROM (SELECT 'sqlite_schema' AS name UNION ALL"
		" SELECT name FROM sqlite_schema WHERE type = 'table'"
		"  AND name NOT IN ('journal', 'case_undo')) t, pragma_quick_check(t.name) q";
	static const char fkeys[] = "PRAGMA foreign_key_check";
	struct db_check *c = arg;
	sqlite3_stmt *st = NULL;
	int rc;

	c->doing = "检查数据库";
	rc = sqlite3_prepare_v2(c->conn.h, c->quick ? quick_check : integrity, -1, &st, NULL);
	if (rc == SQLITE_OK)
		while ((rc = sqlite3_step(st)) == SQLITE_ROW)
			if (strcmp(db_col_text(st, 0), "ok") != 0)
				sl_push(&c->damage, db_col_text(st, 0));
	sqlite3_finalize(st);
	/* A page too damaged to walk past ends the check with an error after
	 * what it found: that is the answer, not a failure to check. */
	if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB) {
		if (c->damage.n == 0)
			sl_push(&c->damage, "SQLite 无法读完数据库文件 (页面损坏)");
		rc = SQLITE_DONE;
	}
	/* Every child row looked up in its parent: as long as a walk of
	 * every table, which the quick check leaves out. */
	if (rc == SQLITE_DONE && c->damage.n == 0 && !c->quick) {
		c->doing = "检查外键";
		st = NULL;
		rc = sqlite3_prepare_v2(c->conn.h, fkeys, -1, &st, NULL);
		if (rc == SQLITE_OK)
			while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
				char *line = xasprintf("表 %s 第 %lld 行引用了不存在的 %s",
						       db_col_text(st, 0),
						       (long long)sqlite3_column_int64(st, 1),
						       db_col_text(st, 2));
				sl_push(&c->problems, line);
				free(line);
			}
		sqlite3_finalize(st);
	}
	c->rc = rc;
	return NULL;
}

enum tc_status db_check_start(struct db *db, bool quick, struct db_check **out, struct tc_err *e)
{
	struct db_check *c = xcalloc(1, sizeof *c);
	int rc;

	*out = c;
	c->quick = quick;
	c->rc = SQLITE_DONE;
	c->conn.path = db->path;
	/* Read-only, the same file: the main connection keeps its -wal and
	 * -shm there for as long as this runs. */
	rc = sqlite3_open_v2(db->path, &c->conn.h, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
	if (rc == SQLITE_OK) {
		sqlite3_extended_result_codes(c->conn.h, 1);
		sqlite3_busy_timeout(c->conn.h, DB_BUSY_TIMEOUT_MS);
	}
	if (rc != SQLITE_OK || (rc = sqlite3_exec(c->conn.h, "PRAGMA query_only = ON", NULL, NULL,
						    NULL)) != SQLITE_OK) {
		enum tc_status st = db_fail(&c->conn, rc, "检查数据库", e);
		db_check_free(c);
		*out = NULL;
		return st;
	}
	/* No second thread to be had: the checks run here, now. */
	if (pthread_create(&c->thread, NULL, check_run, c) == 0)
		c->started = true;
	else
		check_run(c);
	return TC_OK;
}

enum tc_status db_check_finish(struct db_check *c, struct strlist *damage, struct strlist *problems,
			       struct tc_err *e)
{
	enum tc_status st = TC_OK;

	if (c->started)
		pthread_join(c->thread, NULL);
	c->started = false;
	for (size_t i = 0; i < c->damage.n; i++)
		sl_push(damage, c->damage.v[i]);
	for (size_t i = 0; i < c->problems.n; i++)
		sl_push(problems, c->problems.v[i]);
	if (c->rc != SQLITE_DONE)
		st = db_fail(&c->conn, c->rc, c->doing, e);
	db_check_free(c);
	return st;
}

void db_check_free(struct db_check *c)
{
	if (c == NULL)
		return;
	if (c->started)
		pthread_join(c->thread, NULL);
	sl_free(&c->damage);
	sl_free(&c->problems);
	sqlite3_close(c->conn.h);
	free(c);
}

enum tc_status db_verify_guards(struct db *db, struct strlist *problems, struct tc_err *e)
{
	/* Both guards present, on the journal, and still refusing. */
	static const char triggers[] =
		"SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'"
		" AND name IN ('journal_no_update', 'journal_no_delete') AND tbl_name = 'journal'"
		" AND sql LIKE '%RAISE(ABORT%'";
	/* Each stage's kept count against the cases, both ways. */
	static const char stage_counts[] =
		"SELECT stage, sum(kept), sum(real) FROM ("
		" SELECT stage, n AS kept, 0 AS real FROM stage_counts"
		" UNION ALL SELECT stage, 0, count(*) FROM cases GROUP BY stage)"
		" GROUP BY stage HAVING sum(kept) <> sum(real)";
	sqlite3_stmt *st = db_prep(db, triggers);
	int rc = sqlite3_step(st);

	if (rc == SQLITE_ROW && sqlite3_column_int(st, 0) != 2)
		sl_push(problems, "日志表缺少只追加保护 (触发器 journal_no_update/journal_no_delete)");
	sqlite3_reset(st);
	if (rc != SQLITE_ROW)
		return db_fail(db, rc, "检查日志表", e);
	/* The first screen's counts by stage, kept by triggers. */
	st = db_prep(db, stage_counts);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		char *line = xasprintf("阶段计数 %s 记为 %lld 件, 实有 %lld 件", db_col_text(st, 0),
				       (long long)sqlite3_column_int64(st, 1),
				       (long long)sqlite3_column_int64(st, 2));
		sl_push(problems, line);
		free(line);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "检查阶段计数", e);
}

char *db_setting(struct db *db, const char *key)
{
	static const char sql[] = "SELECT value FROM settings WHERE key = ?1";
	sqlite3_stmt *st = db_prep(db, sql);
	char *v = NULL;

	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		v = db_col_dup(st, 0);
	sqlite3_reset(st);
	return v;
}

int64_t db_setting_int(struct db *db, const char *key, int64_t dflt)
{
	char *v = db_setting(db, key);
	char *end;
	int64_t n = dflt;

	if (v) {
		long long x = strtoll(v, &end, 10);
		if (end != v && *end == '\0')
			n = x;
	}
	free(v);
	return n;
}

enum tc_status db_setting_set(struct db *db, const char *key, const char *value,
			      struct tc_err *e)
{
	static const char sql[] =
		"INSERT INTO settings(key, value) VALUES (?1, ?2)"
		" ON CONFLICT(key) DO UPDATE SET value = excluded.value";
	sqlite3_stmt *st = db_prep(db, sql);
	int rc;

	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, value, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "保存设置", e);
}
