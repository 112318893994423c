/*
 * user.c - users, roles and what each role may do outside the stage
 * events (which the workflow table governs).
 */
#include "tiaocai/user.h"
#include "tiaocai/text.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/journal.h"

#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const struct {
	const char *name;
	const char *zh;
} roles[ROLE_COUNT] = {
	[ROLE_ADMIN] = {"admin", "管理员"},
	[ROLE_CLERK] = {"clerk", "书记员"},
	[ROLE_MEDIATOR] = {"mediator", "调解员"},
	[ROLE_ARBITRATOR] = {"arbitrator", "仲裁员"},
	[ROLE_LAWYER] = {"lawyer", "法律援助律师"},
	[ROLE_SUPERVISOR] = {"supervisor", "院领导"},
};

/* Which roles hold each permission. */
static const unsigned perms[PERM_COUNT] = {
	[PERM_CASE_ADD] = ROLE_BIT(ROLE_ADMIN) | ROLE_BIT(ROLE_CLERK) | ROLE_BIT(ROLE_SUPERVISOR),
	[PERM_ROSTER] = ROLE_BIT(ROLE_ADMIN) | ROLE_BIT(ROLE_SUPERVISOR),
	[PERM_CALENDAR] = ROLE_BIT(ROLE_ADMIN) | ROLE_BIT(ROLE_SUPERVISOR),
	[PERM_USERS] = ROLE_BIT(ROLE_ADMIN),
	[PERM_SETTINGS] = ROLE_BIT(ROLE_ADMIN) | ROLE_BIT(ROLE_SUPERVISOR),
	[PERM_EXPORT] = ROLES_ALL & ~ROLE_BIT(ROLE_LAWYER),
};

const char *role_name(enum role r) { return r < ROLE_COUNT ? roles[r].name : "?"; }
const char *role_zh(enum role r) { return r < ROLE_COUNT ? roles[r].zh : "?"; }

enum tc_status role_parse(const char *s, enum role *out, struct tc_err *e)
{
	for (int r = 0; r < ROLE_COUNT; r++) {
		if (strcmp(s, roles[r].name) == 0 || strcmp(s, roles[r].zh) == 0) {
			*out = (enum role)r;
			return TC_OK;
		}
	}
	return err_set(e, TC_REFUSED, "role",
		       "角色不对: %s (可选 admin clerk mediator arbitrator lawyer supervisor)", s);
}

void user_login_name(char out[64])
{
	/* The real user: neither $USER nor $LOGNAME, which anyone can set. */
	uid_t uid = getuid();
	struct passwd *pw = getpwuid(uid);

	if (pw)
		snprintf(out, 64, "%s", pw->pw_name);
	else
		snprintf(out, 64, "uid%lu", (unsigned long)uid);
}

static int lookup(struct db *db, const char *login, struct actor *a)
{
	static const char sql[] =
		"SELECT id, role, name, COALESCE(person_id, 0) FROM users WHERE login = ?1";
	sqlite3_stmt *st = db_prep(db, sql);
	int rc;

	sqlite3_bind_text(st, 1, login, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		a->user_id = sqlite3_column_int64(st, 0);
		role_parse(db_col_text(st, 1), &a->role, NULL);
		text_copy(a->name, sizeof a->name, db_col_text(st, 2));
		a->person_id = sqlite3_column_int64(st, 3);
		snprintf(a->login, sizeof a->login, "%s", login);
	}
	sqlite3_reset(st);
	return rc;
}

enum tc_status user_resolve(struct db *db, struct actor *a, struct tc_err *e)
{
	static const char count_sql[] = "SELECT EXISTS (SELECT 1 FROM users)";
	const char *env = getenv("TIAOCAI_USER");
	char login[64];
	sqlite3_stmt *st;
	int any, rc;

	memset(a, 0, sizeof *a);
	user_login_name(login);
	st = db_prep(db, count_sql);
	rc = sqlite3_step(st);
	any = rc == SQLITE_ROW && sqlite3_column_int(st, 0);
	sqlite3_reset(st);
	if (rc != SQLITE_ROW)
		return db_fail(db, rc, "读取用户", e);

	if (!any && db->privileged && getuid() != 0)
		/* The office database of an office install: only root may act
		 * before the first user is registered. */
		return err_set(e, TC_REFUSED, "user",
			       "本办公室数据库尚未登记用户, 请系统管理员 (root) 先用 tiaocai user add 登记 (当前登录名 %s)",
			       login);
	if (!any) { /* a new office: whoever is here sets it up */
		snprintf(a->login, sizeof a->login, "%s", env && *env ? env : login);
		snprintf(a->name, sizeof a->name, "%s", a->login);
		a->role = ROLE_ADMIN;
		return TC_OK;
	}
	rc = lookup(db, login, a);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(db, rc, "读取用户", e);
	if (env && *env && strcmp(env, login) != 0) {
		if (rc != SQLITE_ROW || a->role != ROLE_ADMIN)
			return err_set(e, TC_REFUSED, "TIAOCAI_USER",
				       "只有管理员可以用 TIAOCAI_USER 代表他人操作 (当前登录名 %s)", login);
		memset(a, 0, sizeof *a);
		rc = lookup(db, env, a);
		if (rc != SQLITE_ROW)
			return err_set(e, TC_REFUSED, "TIAOCAI_USER", "用户 %s 未登记 (先用 tiaocai user add 登记)", env);
		return TC_OK;
	}
	if (rc != SQLITE_ROW)
		return err_set(e, TC_REFUSED, "user", "用户 %s 未登记 (请管理员用 tiaocai user add 登记)", login);
	/* In an office install the date is the clock's: a clerk must not
	 * record events on a day of his choosing through the environment. */
	if (db->privileged && a->role != ROLE_ADMIN && getenv("TIAOCAI_TODAY") && *getenv("TIAOCAI_TODAY"))
		return err_set(e, TC_REFUSED, "TIAOCAI_TODAY",
			       "办公室安装中只有管理员可以用 TIAOCAI_TODAY 改变今天的日期 (当前登录名 %s)", login);
	return TC_OK;
}

enum tc_status user_view_as(struct db *db, const struct actor *by, const char *login,
			    struct actor *out, struct tc_err *e)
{
	struct actor a;
	int rc;

	if (strcmp(login, by->login) == 0) {
		*out = *by;
		return TC_OK;
	}
	if (by->role != ROLE_ADMIN && by->role != ROLE_SUPERVISOR)
		return err_set(e, TC_REFUSED, "user",
			       "只有管理员和院领导可以查看他人的待办: %s (%s) 只能查看自己的, 不能查看 %s 的",
			       by->login, role_zh(by->role), login);
	memset(&a, 0, sizeof a);
	rc = lookup(db, login, &a);
	if (rc == SQLITE_DONE)
		return err_set(e, TC_REFUSED, "user",
			       "用户 %s 未登记 (tiaocai user list 列出已登记的用户)", login);
	if (rc != SQLITE_ROW)
		return db_fail(db, rc, "读取用户", e);
	*out = a;
	return TC_OK;
}

enum tc_status user_may(const struct actor *a, enum perm p, struct tc_err *e)
{
	struct strbuf who = {0};

	if (perms[p] & ROLE_BIT(a->role))
		return TC_OK;
	for (int r = 0; r < ROLE_COUNT; r++) {
		if (perms[p] & ROLE_BIT(r)) {
			if (who.len)
				sb_puts(&who, "、");
			sb_puts(&who, roles[r].zh);
		}
	}
	err_set(e, TC_REFUSED, "user", "%s (%s) 无权进行此操作, 需由%s办理", a->login,
		role_zh(a->role), sb_str(&who));
	sb_free(&who);
	return TC_REFUSED;
}

bool user_read_only(const struct actor *a) { return a->role == ROLE_LAWYER; }

enum tc_status user_add(struct db *db, const struct actor *by, const char *login,
			const char *name, const char *role, const char *person,
			struct tc_err *e)
{
	static const char person_sql[] =
		"SELECT id FROM people WHERE name = ?1 AND role = ?2 ORDER BY id LIMIT 1";
	static const char any_sql[] = "SELECT EXISTS (SELECT 1 FROM users)";
	static const char insert_sql[] =
		"INSERT INTO users(login, name, role, person_id, created_at) VALUES (?1, ?2, ?3, ?4, ?5)";
	enum tc_status st;
	enum role r;
	int64_t person_id = 0;
	char now[20];
	int rc;

	if ((st = user_may(by, PERM_USERS, e)) != TC_OK)
		return st;
	if (login == NULL || !*login || strlen(login) >= 64 || strpbrk(login, " \t\n/:") != NULL)
		return err_set(e, TC_REFUSED, "login", "登录名不对: 应为不含空格的系统登录名, 不超过 63 个字符");
	if ((st = text_check_kind("name", "姓名", name, TEXT_PERSON, TEXT_REQUIRED, e)) != TC_OK)
		return st;
	if ((st = role_parse(role ? role : "", &r, e)) != TC_OK)
		return st;
	if ((st = db_begin(db, e)) != TC_OK)
		return st;
	/* The first user must be whoever is setting the office up, as an admin:
	 * anyone else first would lock that login out of its own database. */
	sqlite3_stmt *cs = db_prep(db, any_sql);
	int any = sqlite3_step(cs) == SQLITE_ROW && sqlite3_column_int(cs, 0);
	sqlite3_reset(cs);
	char me[64];
	user_login_name(me);
	if (!any && (r != ROLE_ADMIN || strcmp(login, me) != 0)) {
		db_rollback(db);
		return err_set(e, TC_REFUSED, "login",
			       "还没有任何用户: 第一个登记的应是您本人 (登录名 %s), 角色为 admin", me);
	}
	if (person && *person) {
		sqlite3_stmt *ps = db_prep(db, person_sql);
		if (r != ROLE_MEDIATOR && r != ROLE_ARBITRATOR) {
			db_rollback(db);
			return err_set(e, TC_REFUSED, "person", "只有调解员和仲裁员可以关联名册中的人员");
		}
		sqlite3_bind_text(ps, 1, person, -1, SQLITE_STATIC);
		sqlite3_bind_text(ps, 2, role_name(r), -1, SQLITE_STATIC);
		if (sqlite3_step(ps) == SQLITE_ROW)
			person_id = sqlite3_column_int64(ps, 0);
		sqlite3_reset(ps);
		if (!person_id) {
			db_rollback(db);
			return err_set(e, TC_REFUSED, "person", "名册中没有%s %s", role_zh(r), person);
		}
	}
	sqlite3_stmt *st2 = db_prep(db, insert_sql);
	db_now(now);
	sqlite3_bind_text(st2, 1, login, -1, SQLITE_STATIC);
	sqlite3_bind_text(st2, 2, name, -1, SQLITE_STATIC);
	sqlite3_bind_text(st2, 3, role_name(r), -1, SQLITE_STATIC);
	if (person_id)
		sqlite3_bind_int64(st2, 4, person_id);
	sqlite3_bind_text(st2, 5, now, -1, SQLITE_STATIC);
	rc = sqlite3_step(st2);
	sqlite3_reset(st2);
	if (rc == SQLITE_CONSTRAINT_UNIQUE) {
		db_rollback(db);
		return err_set(e, TC_REFUSED, "login", "登录名 %s 已登记", login);
	}
	if (rc != SQLITE_DONE) {
		st = db_fail(db, rc, "登记用户", e);
		db_rollback(db);
		return st;
	}
	char *detail = xasprintf("登记用户 %s (%s, %s)", login, name, role_zh(r));
	st = journal_add(db, 0, DATE_NONE, by->login, "user", detail, e);
	free(detail);
	if (st != TC_OK) {
		db_rollback(db);
		return st;
	}
	return db_commit(db, e);
}

enum tc_status user_list(struct db *db, struct user_row **out, size_t *n, struct tc_err *e)
{
	static const char sql[] =
		"SELECT u.login, u.name, u.role, COALESCE(p.name, ''), u.created_at"
		" FROM users u LEFT JOIN people p ON p.id = u.person_id ORDER BY u.login";
	sqlite3_stmt *st = db_prep(db, sql);
	struct user_row *rows = NULL;
	size_t cnt = 0, cap = 0;
	int rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		rows = xgrow(rows, &cap, cnt + 1, sizeof *rows);
		struct user_row *u = &rows[cnt++];
		snprintf(u->login, sizeof u->login, "%s", db_col_text(st, 0));
		text_copy(u->name, sizeof u->name, db_col_text(st, 1));
		role_parse(db_col_text(st, 2), &u->role, NULL);
		text_copy(u->person, sizeof u->person, db_col_text(st, 3));
		snprintf(u->created_at, sizeof u->created_at, "%s", db_col_text(st, 4));
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		free(rows);
		return db_fail(db, rc, "读取用户", e);
	}
	*out = rows;
	*n = cnt;
	return TC_OK;
}

void user_roles_zh(unsigned roles, struct strbuf *sb)
{
	for (int r = 0; r < ROLE_COUNT; r++) {
		if (!(roles & ROLE_BIT(r)))
			continue;
		if (sb->len)
			sb_puts(sb, "、");
		sb_puts(sb, role_zh((enum role)r));
	}
}
