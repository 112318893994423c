/*
 * room.c - the hearing rooms as data (room.h).
 */
#include "tiaocai/room.h"
#include "tiaocai/db.h"
#include "tiaocai/date.h"
#include "tiaocai/journal.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- the order a clerk counts rooms in --------------------------------- */


/* The code point at *p (UTF-8, a stray byte as itself); *p moves past it. */
static unsigned next_cp(const char **p)
{
	const unsigned char *s = (const unsigned char *)*p;
	unsigned c = s[0];
	int n = 1;

	if (c >= 0xF0 && s[1] && s[2] && s[3]) {
		c = (c & 0x07u) << 18 | (s[1] & 0x3Fu) << 12 | (s[2] & 0x3Fu) << 6 | (s[3] & 0x3Fu);
		n = 4;
	} else if (c >= 0xE0 && s[1] && s[2]) {
		c = (c & 0x0Fu) << 12 | (s[1] & 0x3Fu) << 6 | (s[2] & 0x3Fu);
		n = 3;
	} else if (c >= 0xC0 && s[1]) {
		c = (c & 0x1Fu) << 6 | (s[1] & 0x3Fu);
		n = 2;
	}
	*p += n;
	return c;
}

/* The value of a Chinese numeral character: 0-9 for the digits, 10 for
 * 十, 100 for 百, -1 for anything else. */
static int cn_value(unsigned c)
{
	static const unsigned digits[] = {0x96F6 /* 零 */, 0x4E00, 0x4E8C, 0x4E09, 0x56DB,
					  0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D};
	if (c == 0x3007) /* 〇 */
		return 0;
	if (c == 0x4E24) /* 两 */
		return 2;
	for (int i = 0; i < 10; i++)
		if (c == digits[i])
			return i;
	if (c == 0x5341) /* 十 */
		return 10;
	if (c == 0x767E) /* 百 */
		return 100;
	return -1;
}

/* A number at *p (ASCII digits, or Chinese numerals: 十二, 二十, 一百零五,
 * 一二) into *v, *p moved past it; false, *p unmoved, when there is none. */
static bool number_at(const char **p, long *v)
{
	const char *s = *p, *q;
	long total = 0, cur = 0;
	bool digit_before = false, any = false;

	if (*s >= '0' && *s <= '9') {
		while (*s >= '0' && *s <= '9' && total < 100000000)
			total = total * 10 + (*s++ - '0');
		while (*s >= '0' && *s <= '9')
			s++;
		*p = s;
		*v = total;
		return true;
	}
	for (;;) {
		q = s;
		int d = cn_value(next_cp(&q));
		if (d < 0)
			break;
		if (d >= 10) {
			total += (cur ? cur : 1) * d;
			cur = 0;
			digit_before = false;
		} else {
			cur = digit_before ? cur * 10 + d : d;
			digit_before = true;
		}
		any = true;
		s = q;
		if (total > 100000000 || cur > 100000000)
			break;
	}
	if (!any)
		return false;
	*p = s;
	*v = total + cur;
	return true;
}

int room_name_cmp(const char *a, const char *b)
{
	const char *p = a, *q = b;

	while (*p && *q) {
		long x, y;
		const char *p2 = p, *q2 = q;
		if (number_at(&p2, &x) && number_at(&q2, &y)) {
			if (x != y)
				return x < y ? -1 : 1;
			p = p2;
			q = q2;
			continue;
		}
		unsigned c = next_cp(&p), d = next_cp(&q);
		if (c != d)
			return c < d ? -1 : 1;
	}
	if (*p || *q)
		return *p ? 1 : -1;
	return strcmp(a, b);
}

static int room_order(const void *x, const void *y)
{
	return room_name_cmp(((const struct room *)x)->name, ((const struct room *)y)->name);
}

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
	/* Sorted below as a clerk counts them (room_name_cmp). */
	static const char sql[] = "SELECT " ROOM_COLUMNS " FROM rooms";
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
	if (k > 1)
		qsort(v, k, sizeof *v, room_order);
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
