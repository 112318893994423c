/*
 * room.c - the hearing rooms as data (room.h).
 */
#include "tiaocai/room.h"
#include "tiaocai/db.h"
#include "tiaocai/date.h"
#include "tiaocai/journal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define ROOM_COLUMNS "id, name, capacity, fast, available, address, note"

static void fill(sqlite3_stmt *st, struct room *r)
{
	memset(r, 0, sizeof *r);
	r->id = sqlite3_column_int64(st, 0);
	text_copy(r->name, sizeof r->name, db_col_text(st, 1));
	r->capacity = sqlite3_column_int(st, 2);
	r->fast = sqlite3_column_int(st, 3) != 0;
	r->available = sqlite3_column_int(st, 4) != 0;
	text_copy(r->address, sizeof r->address, db_col_text(st, 5));
	text_copy(r->note, sizeof r->note, db_col_text(st, 6));
}

enum tc_status room_list(struct db *db, struct room **out, size_t *n, struct tc_err *e)
{
	/* In the order the office registered them, as it numbers them. */
	static const char sql[] = "SELECT " ROOM_COLUMNS " FROM rooms ORDER BY id";
	sqlite3_stmt *st = db_prep(db, sql);
	struct room *v = NULL;
	size_t k = 0, cap = 0;
	int rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (k == cap)
			v = xrealloc(v, (cap = cap ? 2 * cap : 8) * sizeof *v);
		fill(st, &v[k++]);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		free(v);
		return db_fail(db, rc, "读取开庭地点", e);
	}
	*out = v;
	*n = k;
	return TC_OK;
}

/* "速裁庭 第一仲裁庭 第二仲裁庭" (the available ones), for a refusal. */
static void names(struct db *db, struct strbuf *sb)
{
	struct room *v;
	size_t n;

	if (room_list(db, &v, &n, NULL) != TC_OK)
		return;
	for (size_t i = 0; i < n; i++)
		if (v[i].available)
			sb_printf(sb, "%s%s", sb->len ? "、" : "", v[i].name);
	free(v);
}

static enum tc_status lookup(struct db *db, const char *name, struct room *r, bool *found,
			     struct tc_err *e)
{
	static const char sql[] = "SELECT " ROOM_COLUMNS " FROM rooms WHERE name = ?1";
	sqlite3_stmt *st = db_prep(db, sql);
	int rc;

	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	*found = rc == SQLITE_ROW;
	if (*found)
		fill(st, r);
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "读取开庭地点", e);
}

enum tc_status room_find(struct db *db, const char *name, struct room *r, struct tc_err *e)
{
	struct strbuf sb = {0};
	enum tc_status st;
	bool found;

	if (name == NULL || !*name) {
		names(db, &sb);
		st = err_set(e, TC_USAGE, "room", "开庭地点: 将要开庭的须写明开庭地点%s%s%s",
			     sb.len ? " (本机构的开庭地点: " : "", sb_str(&sb), sb.len ? ")" : "");
		sb_free(&sb);
		return st;
	}
	if ((st = lookup(db, name, r, &found, e)) != TC_OK)
		return st;
	if (found && r->available)
		return TC_OK;
	names(db, &sb);
	if (found)
		st = err_set(e, TC_REFUSED, "room", "开庭地点: %s 已停用%s%s", name,
			     sb.len ? ", 可用的有: " : "", sb_str(&sb));
	else if (sb.len)
		st = err_set(e, TC_REFUSED, "room", "开庭地点: 没有「%s」, 可用的有: %s", name,
			     sb_str(&sb));
	else
		st = err_set(e, TC_REFUSED, "room",
			     "开庭地点: 本机构还没有登记开庭地点, 请先用 tiaocai room add 名称 登记");
	sb_free(&sb);
	return st;
}

/* A yes/no value: 是 否 1 0 yes no y n. */
static enum tc_status parse_flag(const char *field, const char *label, const char *s, bool *out,
				 struct tc_err *e)
{
	static const char *const yes[] = {"是", "1", "yes", "y"}, *const no[] = {"否", "0", "no", "n"};

	for (size_t i = 0; i < 4; i++) {
		if (strcasecmp(s, yes[i]) == 0)
			return *out = true, TC_OK;
		if (strcasecmp(s, no[i]) == 0)
			return *out = false, TC_OK;
	}
	return err_set(e, TC_REFUSED, field, "%s: 「%s」应为 是 或 否", label, s);
}

/* in over r: each value given replaces r's. */
static enum tc_status merge(const struct room_in *in, struct room *r, struct tc_err *e)
{
	enum tc_status st;

	if ((st = text_check_kind("name", "开庭地点名称", in->name, TEXT_ROOM, 0, e)) != TC_OK ||
	    (st = text_check_kind("address", "地址", in->address, TEXT_NOTE, 0, e)) != TC_OK ||
	    (st = text_check_kind("note", "备注", in->note, TEXT_NOTE, 0, e)) != TC_OK ||
	    (st = text_check_kind("reason", "理由", in->reason, TEXT_NOTE, 0, e)) != TC_OK ||
	    (st = text_check_kind("capacity", "座位数", in->capacity, TEXT_CODE, 0, e)) != TC_OK)
		return st;
	if (in->name) {
		char *t = text_trim(in->name);
		bool empty = !*t;
		text_copy(r->name, sizeof r->name, t);
		free(t);
		if (empty)
			return err_set(e, TC_USAGE, "name", "开庭地点名称: 不能为空, 如 第一仲裁庭");
	}
	if (in->capacity && *in->capacity) {
		char *end;
		long c = strtol(in->capacity, &end, 10);
		if (*end || c < 0 || c > 1000)
			return err_set(e, TC_REFUSED, "capacity", "座位数: 「%s」应为 0 到 1000 的整数",
				       in->capacity);
		r->capacity = (int)c;
	}
	if (in->fast && *in->fast && (st = parse_flag("fast", "速裁庭", in->fast, &r->fast, e)) != TC_OK)
		return st;
	if (in->available && *in->available &&
	    (st = parse_flag("available", "可用", in->available, &r->available, e)) != TC_OK)
		return st;
	if (in->address)
		text_copy(r->address, sizeof r->address, strcmp(in->address, "-") ? in->address : "");
	if (in->note)
		text_copy(r->note, sizeof r->note, strcmp(in->note, "-") ? in->note : "");
	return TC_OK;
}

static void describe(const struct room *r, struct strbuf *sb)
{
	sb_puts(sb, r->name);
	if (r->capacity)
		sb_printf(sb, ", %d 座", r->capacity);
	sb_printf(sb, "%s%s", r->fast ? ", 速裁庭" : "", r->available ? "" : ", 停用");
	if (r->address[0])
		sb_printf(sb, ", 地址 %s", r->address);
}

static enum tc_status store(struct db *db, const struct actor *a, const struct room *r,
			    const char *kind, const char *reason, struct tc_err *e)
{
	static const char ins[] =
		"INSERT INTO rooms(name, capacity, fast, available, address, note)"
		" VALUES (?2, ?3, ?4, ?5, ?6, ?7)";
	static const char upd[] =
		"UPDATE rooms SET name = ?2, capacity = ?3, fast = ?4, available = ?5, address = ?6,"
		" note = ?7 WHERE id = ?1";
	sqlite3_stmt *st = db_prep(db, r->id ? upd : ins);
	struct strbuf detail = {0};
	enum tc_status ret;
	int rc;

	if (r->id)
		sqlite3_bind_int64(st, 1, r->id);
	sqlite3_bind_text(st, 2, r->name, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 3, r->capacity);
	sqlite3_bind_int(st, 4, r->fast);
	sqlite3_bind_int(st, 5, r->available);
	db_bind_opt(st, 6, r->address);
	db_bind_opt(st, 7, r->note);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if ((rc & 0xff) == SQLITE_CONSTRAINT)
		return err_set(e, TC_REFUSED, "name", "开庭地点名称: 已有开庭地点「%s」", r->name);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, "保存开庭地点", e);
	sb_puts(&detail, strcmp(kind, "room-add") == 0 ? "登记开庭地点 " : "修改开庭地点 ");
	describe(r, &detail);
	if (reason && *reason)
		sb_printf(&detail, ": %s", reason);
	ret = journal_add(db, 0, DATE_NONE, a->login, kind, sb_str(&detail), e);
	sb_free(&detail);
	return ret;
}

enum tc_status room_add(struct db *db, const struct actor *a, const struct room_in *in,
			struct tc_err *e)
{
	struct room r = {.available = true};
	enum tc_status st;

	if ((st = user_may(a, PERM_ROSTER, e)) != TC_OK)
		return st;
	if (in->name == NULL)
		return err_set(e, TC_USAGE, "name", "开庭地点名称: 不能为空, 如 第一仲裁庭");
	if ((st = merge(in, &r, e)) != TC_OK)
		return st;
	if ((st = db_begin(db, e)) != TC_OK)
		return st;
	if ((st = store(db, a, &r, "room-add", NULL, e)) == TC_OK)
		return db_commit(db, e);
	db_rollback(db);
	return st;
}

enum tc_status room_edit(struct db *db, const struct actor *a, const char *name,
			 const struct room_in *in, struct tc_err *e)
{
	struct room r;
	enum tc_status st;
	bool found;

	if ((st = user_may(a, PERM_ROSTER, e)) != TC_OK)
		return st;
	if ((st = db_begin(db, e)) != TC_OK)
		return st;
	if ((st = lookup(db, name, &r, &found, e)) == TC_OK && !found) {
		struct strbuf sb = {0};
		names(db, &sb);
		st = err_set(e, TC_REFUSED, "room", "没有开庭地点「%s」%s%s", name,
			     sb.len ? ", 现有: " : "", sb_str(&sb));
		sb_free(&sb);
	}
	if (st == TC_OK && (st = merge(in, &r, e)) == TC_OK)
		st = store(db, a, &r, "room-edit", in->reason, e);
	if (st == TC_OK)
		return db_commit(db, e);
	db_rollback(db);
	return st;
}
