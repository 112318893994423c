/*
 * hearing.c - tribunals and hearings as records (hearing.h).
 */
#include "tiaocai/hearing.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the tribunal ---------------------------------------------------- */

enum tc_status tribunal_get(struct db *db, int64_t case_id, struct tribunal *t, struct tc_err *e)
{
	static const char sql[] =
		"SELECT t.sole, t.chief_id, t.member1_id, t.member2_id, t.clerk_id, t.formed_on,"
		" a.name, m1.name, m2.name, u.name FROM tribunals t"
		" JOIN people a ON a.id = t.chief_id"
		" LEFT JOIN people m1 ON m1.id = t.member1_id"
		" LEFT JOIN people m2 ON m2.id = t.member2_id"
		" LEFT JOIN users u ON u.id = t.clerk_id WHERE t.case_id = ?1";
	sqlite3_stmt *st = db_prep(db, sql);
	int rc;

	memset(t, 0, sizeof *t);
	sqlite3_bind_int64(st, 1, case_id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		t->formed = true;
		t->sole = sqlite3_column_int(st, 0) != 0;
		t->chief_id = sqlite3_column_int64(st, 1);
		t->member_id[0] = sqlite3_column_int64(st, 2);
		t->member_id[1] = sqlite3_column_int64(st, 3);
		t->clerk_id = sqlite3_column_int64(st, 4);
		snprintf(t->formed_on, sizeof t->formed_on, "%s", db_col_text(st, 5));
		text_copy(t->chief, sizeof t->chief, db_col_text(st, 6));
		text_copy(t->member[0], sizeof t->member[0], db_col_text(st, 7));
		text_copy(t->member[1], sizeof t->member[1], db_col_text(st, 8));
		text_copy(t->clerk, sizeof t->clerk, db_col_text(st, 9));
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "读取仲裁庭", e);
}

/* t's people from parameter i on: the sole or chief arbitrator, the two
 * members (NULL for a sole arbitrator), the 书记员. */
static void bind_people(sqlite3_stmt *st, int i, const struct tribunal *t)
{
	db_bind_id(st, i, t->chief_id);
	db_bind_id(st, i + 1, t->sole ? 0 : t->member_id[0]);
	db_bind_id(st, i + 2, t->sole ? 0 : t->member_id[1]);
	db_bind_id(st, i + 3, t->clerk_id);
}

enum tc_status tribunal_put(struct db *db, int64_t case_id, const struct tribunal *t, int on,
			    struct tc_err *e)
{
	static const char sql[] =
		"INSERT INTO tribunals(case_id, sole, chief_id, member1_id, member2_id, clerk_id,"
		" formed_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
		" ON CONFLICT(case_id) DO UPDATE SET sole = excluded.sole, chief_id = excluded.chief_id,"
		" member1_id = excluded.member1_id, member2_id = excluded.member2_id,"
		" clerk_id = excluded.clerk_id, formed_on = excluded.formed_on";
	sqlite3_stmt *st = db_prep(db, sql);
	char iso[DATE_ISO_LEN];
	int rc;

	sqlite3_bind_int64(st, 1, case_id);
	sqlite3_bind_int(st, 2, t->sole);
	bind_people(st, 3, t);
	db_bind_opt(st, 7, date_iso(on, iso));
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "保存仲裁庭", e);
}

void tribunal_describe(const struct tribunal *t, struct strbuf *sb)
{
	if (t->sole)
		sb_printf(sb, "独任仲裁员 %s", t->chief);
	else
		sb_printf(sb, "首席仲裁员 %s, 仲裁员 %s、%s", t->chief, t->member[0], t->member[1]);
	if (t->clerk[0])
		sb_printf(sb, ", 书记员 %s", t->clerk);
}

bool tribunal_has(const struct tribunal *t, int64_t person_id)
{
	return person_id != 0 && (t->chief_id == person_id ||
				  (!t->sole && (t->member_id[0] == person_id ||
						t->member_id[1] == person_id)));
}

/* ---- hearings -------------------------------------------------------- */

static const char *const status_names[][2] = {
	[HEARING_SCHEDULED] = {"scheduled", "已排期"},
	[HEARING_POSTPONED] = {"postponed", "已延期"},
	[HEARING_CANCELLED] = {"cancelled", "已取消"},
	[HEARING_HELD] = {"held", "已开庭"},
};

const char *hearing_status_name(enum hearing_status s) { return status_names[s][0]; }
const char *hearing_status_zh(enum hearing_status s) { return status_names[s][1]; }

bool hearing_unrecorded(const struct hearing *h, int today)
{
	int day = hearing_day(h->at);

	return h->status == HEARING_SCHEDULED && day != DATE_NONE && day < today;
}

const char *hearing_status_on(const struct hearing *h, int today)
{
	return hearing_unrecorded(h, today) ? "待记录" : hearing_status_zh(h->status);
}

static enum hearing_status status_parse(const char *s)
{
	for (int i = 0; i < 4; i++)
		if (strcmp(s, status_names[i][0]) == 0)
			return (enum hearing_status)i;
	return HEARING_SCHEDULED;
}

int hearing_day(const char *at)
{
	char date[DATE_ISO_LEN];

	snprintf(date, sizeof date, "%.10s", at);
	return date_from_iso(date);
}

void hearing_end(const char *at, int minutes, char out[17])
{
	char iso[DATE_ISO_LEN];
	int day = hearing_day(at), hh = 0, mm = 0;

	if (strlen(at) < 16 || day == DATE_NONE || sscanf(at + 11, "%d:%d", &hh, &mm) != 2) {
		snprintf(out, 17, "%s", at);
		return;
	}
	int t = hh * 60 + mm + minutes;
	day += t / 1440;
	t %= 1440;
	snprintf(out, 17, "%s %02d:%02d", date_iso(day, iso), (t / 60) % 100, t % 60);
}

/* What a scheduled hearing shares with the one being booked: the room,
 * or the first person on both (into who). */
static bool shares(sqlite3_stmt *st, int64_t room_id, const struct tribunal *t, char *who,
		   size_t size)
{
	static const char *const seat[] = {"仲裁员", "仲裁员", "仲裁员"};
	int64_t mine[3] = {t->chief_id, t->sole ? 0 : t->member_id[0], t->sole ? 0 : t->member_id[1]};
	const char *names[3] = {t->chief, t->member[0], t->member[1]};

	who[0] = '\0';
	for (int k = 0; k < 3; k++)
		for (int i = 0; i < 3; i++)
			if (mine[i] && sqlite3_column_int64(st, 5 + k) == mine[i]) {
				snprintf(who, size, "%s %s", seat[i], names[i]);
				return true;
			}
	if (t->clerk_id && sqlite3_column_int64(st, 8) == t->clerk_id) {
		snprintf(who, size, "书记员 %s", t->clerk);
		return true;
	}
	return room_id && sqlite3_column_int64(st, 4) == room_id;
}

/* Refused when a hearing scheduled or held, other than skip, overlaps [at, at +
 * minutes) in room_id or with one of t's people. */
static enum tc_status check_clash(struct db *db, const char *at, int minutes, int64_t room_id,
				  const struct tribunal *t, int64_t skip, struct tc_err *e)
{
	/* A hearing lasts at most 600 minutes (the schema's limit), so one
	 * that overlaps [at, end) starts within 600 minutes before at. */
	static const char clash[] =
		"SELECT c.case_no, h.at, h.end_at, coalesce(r.name, ''), h.room_id,"
		" h.arbitrator_id, h.member1_id, h.member2_id, h.clerk_id FROM hearings h"
		" JOIN cases c ON c.id = h.case_id LEFT JOIN rooms r ON r.id = h.room_id"
		" WHERE h.at >= strftime('%Y-%m-%d %H:%M', ?1, '-600 minutes') AND h.at < ?2"
		" AND h.end_at > ?1 AND h.status IN ('scheduled', 'held') AND h.id <> ?8"
		" AND (h.room_id = ?3 OR h.clerk_id = ?7"
		"  OR h.arbitrator_id IN (?4, ?5, ?6) OR h.member1_id IN (?4, ?5, ?6)"
		"  OR h.member2_id IN (?4, ?5, ?6))"
		" ORDER BY h.at";
	char end[17], who[TEXT_BYTES(TEXT_MAX_PERSON) + 16];
	sqlite3_stmt *st = db_prep(db, clash);
	enum tc_status ret = TC_OK;
	int rc;

	hearing_end(at, minutes, end);
	sqlite3_bind_text(st, 1, at, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, end, -1, SQLITE_STATIC);
	db_bind_id(st, 3, room_id);
	bind_people(st, 4, t);
	sqlite3_bind_int64(st, 8, skip);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		bool room = room_id && sqlite3_column_int64(st, 4) == room_id;
		if (!shares(st, room_id, t, who, sizeof who))
			continue;
		ret = err_set(e, TC_REFUSED, "at",
			      "开庭时间: 与案件 %s 的开庭冲突 (%s 至 %s, %s): %s%s%s, 请另选时间%s",
			      db_col_text(st, 0), db_col_text(st, 1), db_col_text(st, 2) + 11,
			      *db_col_text(st, 3) ? db_col_text(st, 3) : "未定地点",
			      room ? "同一开庭地点" : "", room && who[0] ? ", " : "",
			      who[0] ? who : "", who[0] ? "" : "或开庭地点");
		break;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(db, rc, "检查开庭安排", e);
	return ret;
}

enum tc_status hearing_book(struct db *db, int64_t case_id, const char *at, int minutes,
			    int64_t room_id, const struct tribunal *t, int set_on,
			    const char *short_notice, bool check, int *no, struct tc_err *e)
{
	static const char ins[] =
		"INSERT INTO hearings(case_id, no, at, minutes, end_at, room_id, arbitrator_id,"
		" member1_id, member2_id, clerk_id, set_on, short_notice)"
		" VALUES (?1, (SELECT coalesce(max(no), 0) + 1 FROM hearings WHERE case_id = ?1),"
		" ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";
	char end[17], iso[DATE_ISO_LEN];
	sqlite3_stmt *st;
	enum tc_status ret;
	int rc;

	if (check && (ret = check_clash(db, at, minutes, room_id, t, 0, e)) != TC_OK)
		return ret;
	hearing_end(at, minutes, end);
	st = db_prep(db, ins);
	sqlite3_bind_int64(st, 1, case_id);
	sqlite3_bind_text(st, 2, at, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 3, minutes);
	sqlite3_bind_text(st, 4, end, -1, SQLITE_STATIC);
	db_bind_id(st, 5, room_id);
	bind_people(st, 6, t);
	db_bind_opt(st, 10, date_iso(set_on, iso));
	db_bind_opt(st, 11, short_notice);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, "保存开庭安排", e);
	st = db_prep(db, "SELECT no FROM hearings WHERE id = last_insert_rowid()");
	rc = sqlite3_step(st);
	*no = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_reset(st);
	return TC_OK;
}

/* The columns hearing_fill reads, over hearings h, cases c, rooms r. */
#define HEARING_COLUMNS                                                          \
	"h.id, h.case_id, h.no, c.case_no, h.at, h.end_at, h.minutes, coalesce(r.name, ''),"  \
	" h.room_id, h.arbitrator_id, h.member1_id, h.member2_id, h.clerk_id,"            \
	" (SELECT name FROM people WHERE id = h.arbitrator_id),"                        \
	" (SELECT name FROM people WHERE id = h.member1_id),"                           \
	" (SELECT name FROM people WHERE id = h.member2_id),"                           \
	" (SELECT name FROM users WHERE id = h.clerk_id), h.status, h.set_on, h.status_on,"    \
	" h.requested_on, h.requested_by, h.absent, h.short_notice, h.status_reason,"    \
	" c.first_applicant, c.workers, c.respondents"
#define HEARING_FROM                                                             \
	" FROM hearings h JOIN cases c ON c.id = h.case_id LEFT JOIN rooms r ON r.id = h.room_id"

static void hearing_fill(sqlite3_stmt *st, struct hearing *h)
{
	memset(h, 0, sizeof *h);
	h->id = sqlite3_column_int64(st, 0);
	h->case_id = sqlite3_column_int64(st, 1);
	h->no = sqlite3_column_int(st, 2);
	snprintf(h->case_no, sizeof h->case_no, "%s", db_col_text(st, 3));
	snprintf(h->at, sizeof h->at, "%s", db_col_text(st, 4));
	snprintf(h->end_at, sizeof h->end_at, "%s", db_col_text(st, 5));
	h->minutes = sqlite3_column_int(st, 6);
	text_copy(h->room, sizeof h->room, db_col_text(st, 7));
	h->room_id = sqlite3_column_int64(st, 8);
	h->chief_id = sqlite3_column_int64(st, 9);
	h->member_id[0] = sqlite3_column_int64(st, 10);
	h->member_id[1] = sqlite3_column_int64(st, 11);
	h->clerk_id = sqlite3_column_int64(st, 12);
	text_copy(h->chief, sizeof h->chief, db_col_text(st, 13));
	h->sole = sqlite3_column_type(st, 14) == SQLITE_NULL;
	if (!h->sole) {
		text_copy(h->member[0], sizeof h->member[0], db_col_text(st, 14));
		text_copy(h->member[1], sizeof h->member[1], db_col_text(st, 15));
		snprintf(h->members, sizeof h->members, "%s、%s", h->member[0], h->member[1]);
	}
	text_copy(h->clerk, sizeof h->clerk, db_col_text(st, 16));
	h->status = status_parse(db_col_text(st, 17));
	snprintf(h->set_on, sizeof h->set_on, "%s", db_col_text(st, 18));
	snprintf(h->status_on, sizeof h->status_on, "%s", db_col_text(st, 19));
	snprintf(h->requested_on, sizeof h->requested_on, "%s", db_col_text(st, 20));
	snprintf(h->requested_by, sizeof h->requested_by, "%s", db_col_text(st, 21));
	snprintf(h->absent, sizeof h->absent, "%s", db_col_text(st, 22));
	text_copy(h->short_notice, sizeof h->short_notice, db_col_text(st, 23));
	text_copy(h->status_reason, sizeof h->status_reason, db_col_text(st, 24));
	int workers = sqlite3_column_int(st, 26);
	if (workers > 1) {
		char who[TEXT_BYTES(TEXT_MAX_PERSON)];
		text_copy(who, sizeof who, db_col_text(st, 25));
		snprintf(h->applicant, sizeof h->applicant, "%s等%d人", who, workers % 100000);
	} else {
		text_copy(h->applicant, sizeof h->applicant, db_col_text(st, 25));
	}
	text_copy(h->respondent, sizeof h->respondent, db_col_text(st, 27));
}

enum tc_status hearing_get(struct db *db, int64_t case_id, int no, struct hearing *h,
			   struct tc_err *e)
{
	static const char by_no[] =
		"SELECT " HEARING_COLUMNS HEARING_FROM " WHERE h.case_id = ?1 AND h.no = ?2";
	static const char next[] =
		"SELECT " HEARING_COLUMNS HEARING_FROM " WHERE h.case_id = ?1"
		" AND h.status = 'scheduled' ORDER BY h.at, h.no LIMIT 1";
	sqlite3_stmt *st = db_prep(db, no ? by_no : next);
	enum tc_status ret = TC_OK;
	int rc;

	sqlite3_bind_int64(st, 1, case_id);
	if (no)
		sqlite3_bind_int(st, 2, no);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		hearing_fill(st, h);
	else if (rc == SQLITE_DONE && no)
		ret = err_set(e, TC_REFUSED, "hearing", "本案没有第 %d 次开庭 (case show 列出各次开庭)", no);
	else if (rc == SQLITE_DONE)
		ret = err_set(e, TC_REFUSED, "hearing", "本案没有待开的庭 (先用 case hearing 安排开庭)");
	else
		ret = db_fail(db, rc, "读取开庭安排", e);
	sqlite3_reset(st);
	return ret;
}

enum tc_status hearing_set_status(struct db *db, const struct hearing *h, enum hearing_status s,
				  int on, const char *why, const char *requested_by,
				  int requested_on, const char *absent, struct tc_err *e)
{
	static const char sql[] =
		"UPDATE hearings SET status = ?2, status_on = ?3, status_reason = ?4,"
		" requested_by = ?5, requested_on = ?6, absent = ?7 WHERE id = ?1";
	sqlite3_stmt *st = db_prep(db, sql);
	char iso[DATE_ISO_LEN], iso2[DATE_ISO_LEN];
	int rc;

	sqlite3_bind_int64(st, 1, h->id);
	sqlite3_bind_text(st, 2, hearing_status_name(s), -1, SQLITE_STATIC);
	db_bind_opt(st, 3, date_iso(on, iso));
	db_bind_opt(st, 4, why);
	db_bind_opt(st, 5, requested_by);
	db_bind_opt(st, 6, date_iso(requested_on, iso2));
	db_bind_opt(st, 7, absent);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "保存开庭安排", e);
}

enum tc_status hearing_cancel_from(struct db *db, int64_t case_id, int from, int on,
				   const char *why, size_t *n, struct tc_err *e)
{
	static const char sql[] =
		"UPDATE hearings SET status = 'cancelled', status_on = ?3, status_reason = ?4"
		" WHERE case_id = ?1 AND status = 'scheduled' AND (?2 IS NULL OR at >= ?2)";
	sqlite3_stmt *st = db_prep(db, sql);
	char iso[DATE_ISO_LEN], iso2[DATE_ISO_LEN];
	int rc;

	sqlite3_bind_int64(st, 1, case_id);
	db_bind_opt(st, 2, date_iso(from, iso));
	db_bind_opt(st, 3, date_iso(on, iso2));
	db_bind_opt(st, 4, why);
	rc = sqlite3_step(st);
	*n = rc == SQLITE_DONE ? (size_t)sqlite3_changes(db->h) : 0;
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "取消开庭", e);
}

enum tc_status hearing_current(struct db *db, int64_t case_id, char at[17],
			       char room[TEXT_BYTES(TEXT_MAX_ROOM)], struct tc_err *e)
{
	static const char sql[] =
		"SELECT h.at, coalesce(r.name, '') FROM hearings h LEFT JOIN rooms r ON r.id = h.room_id"
		" WHERE h.case_id = ?1 AND h.status IN ('scheduled', 'held')"
		" ORDER BY h.status = 'scheduled' DESC,"
		"  CASE h.status WHEN 'scheduled' THEN h.at END, h.at DESC LIMIT 1";
	sqlite3_stmt *st = db_prep(db, sql);
	int rc;

	at[0] = room[0] = '\0';
	sqlite3_bind_int64(st, 1, case_id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		snprintf(at, 17, "%s", db_col_text(st, 0));
		text_copy(room, TEXT_BYTES(TEXT_MAX_ROOM), db_col_text(st, 1));
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "读取开庭安排", e);
}

enum tc_status hearing_held(struct db *db, int64_t case_id, bool *held, char absent[12],
			    struct tc_err *e)
{
	static const char sql[] =
		"SELECT coalesce(absent, '') FROM hearings WHERE case_id = ?1 AND status = 'held'"
		" ORDER BY at DESC LIMIT 1";
	sqlite3_stmt *st = db_prep(db, sql);
	int rc;

	absent[0] = '\0';
	sqlite3_bind_int64(st, 1, case_id);
	rc = sqlite3_step(st);
	*held = rc == SQLITE_ROW;
	if (*held)
		snprintf(absent, 12, "%s", db_col_text(st, 0));
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "读取开庭安排", e);
}

enum tc_status hearing_each(struct db *db, const struct actor *a, const struct hearing_query *q,
			    int (*f)(const struct hearing *, void *), void *ctx, struct tc_err *e)
{
	/* Constant text; every value bound.  The time range walks
	 * hearings_at; one case walks hearings_case. */
	static const char sql[] =
		"SELECT " HEARING_COLUMNS HEARING_FROM
		" WHERE (?1 IS NULL OR h.at >= ?1) AND (?2 IS NULL OR h.at < ?2)"
		" AND (?3 IS NULL OR r.name = ?3)"
		" AND (?4 IS NULL OR ?4 IN ((SELECT name FROM people WHERE id = h.arbitrator_id),"
		"  (SELECT name FROM people WHERE id = h.member1_id),"
		"  (SELECT name FROM people WHERE id = h.member2_id),"
		"  (SELECT name FROM users WHERE id = h.clerk_id),"
		"  (SELECT login FROM users WHERE id = h.clerk_id)))"
		" AND (?5 IS NULL OR h.case_id = ?5) AND (?6 = 0 OR h.status = 'scheduled')"
		" AND (?7 IS NULL OR c.lawyer_id = ?7)"
		" ORDER BY h.at, coalesce(r.name, ''), h.case_id, h.no";
	sqlite3_stmt *st;
	char from[DATE_ISO_LEN], to[DATE_ISO_LEN];
	struct hearing h;
	int rc;

	if (sqlite3_prepare_v2(db->h, sql, -1, &st, NULL) != SQLITE_OK)
		return db_fail(db, sqlite3_errcode(db->h), "读取开庭安排", e);
	db_bind_opt(st, 1, date_iso(q->from, from));
	db_bind_opt(st, 2, q->to == DATE_NONE ? NULL : date_iso(q->to + 1, to));
	db_bind_opt(st, 3, q->room);
	db_bind_opt(st, 4, q->person);
	db_bind_id(st, 5, q->case_id);
	sqlite3_bind_int(st, 6, q->only_scheduled);
	db_bind_id(st, 7, a && a->role == ROLE_LAWYER ? a->user_id : 0);
	if (a && a->role == ROLE_LAWYER && !a->user_id)
		sqlite3_bind_int64(st, 7, -1);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		hearing_fill(st, &h);
		if (f(&h, ctx) != 0) {
			rc = SQLITE_DONE;
			break;
		}
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "读取开庭安排", e);
}

enum tc_status tribunal_clerk_find(struct db *db, const char *login, int64_t *id,
				   int64_t *person, char *name, size_t size, struct tc_err *e)
{
	static const char sql[] = "SELECT id, role, name, person_id FROM users WHERE login = ?1";
	sqlite3_stmt *st = db_prep(db, sql);
	enum tc_status ret = TC_OK;
	int rc;

	sqlite3_bind_text(st, 1, login, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		const char *role = db_col_text(st, 1);
		if (strcmp(role, "clerk") == 0 || strcmp(role, "supervisor") == 0 ||
		    strcmp(role, "admin") == 0) {
			*id = sqlite3_column_int64(st, 0);
			*person = sqlite3_column_int64(st, 3);
			text_copy(name, size, db_col_text(st, 2));
		} else {
			enum role r;
			ret = err_set(e, TC_REFUSED, "clerk",
				      "书记员: 用户 %s 是%s, 书记员应由书记员账号担任", login,
				      role_parse(role, &r, NULL) == TC_OK ? role_zh(r) : role);
		}
	} else if (rc == SQLITE_DONE) {
		ret = err_set(e, TC_REFUSED, "clerk", "书记员: 没有登录名为 %s 的用户 (tiaocai user list)",
			      login);
	} else {
		ret = db_fail(db, rc, "读取用户", e);
	}
	sqlite3_reset(st);
	return ret;
}

/* Every scheduled hearing of case_id against the others: with t's people
 * when t is given (a change of tribunal), else with its own. */
static enum tc_status check_scheduled(struct db *db, int64_t case_id, const struct tribunal *t,
				      struct tc_err *e)
{
	static const char each[] =
		"SELECT h.id, h.at, h.minutes, h.room_id, h.arbitrator_id, h.member1_id, h.member2_id,"
		" h.clerk_id, (SELECT name FROM people WHERE id = h.arbitrator_id),"
		" (SELECT name FROM people WHERE id = h.member1_id),"
		" (SELECT name FROM people WHERE id = h.member2_id),"
		" (SELECT name FROM users WHERE id = h.clerk_id)"
		" FROM hearings h WHERE h.case_id = ?1 AND h.status = 'scheduled'";
	sqlite3_stmt *st;
	enum tc_status ret = TC_OK;
	int rc;

	if (sqlite3_prepare_v2(db->h, each, -1, &st, NULL) != SQLITE_OK)
		return db_fail(db, sqlite3_errcode(db->h), "读取开庭安排", e);
	sqlite3_bind_int64(st, 1, case_id);
	while (ret == TC_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct tribunal own = {.formed = true};
		char at[17];
		snprintf(at, sizeof at, "%s", db_col_text(st, 1));
		own.chief_id = sqlite3_column_int64(st, 4);
		own.member_id[0] = sqlite3_column_int64(st, 5);
		own.member_id[1] = sqlite3_column_int64(st, 6);
		own.sole = own.member_id[0] == 0;
		own.clerk_id = sqlite3_column_int64(st, 7);
		text_copy(own.chief, sizeof own.chief, db_col_text(st, 8));
		text_copy(own.member[0], sizeof own.member[0], db_col_text(st, 9));
		text_copy(own.member[1], sizeof own.member[1], db_col_text(st, 10));
		text_copy(own.clerk, sizeof own.clerk, db_col_text(st, 11));
		ret = check_clash(db, at, sqlite3_column_int(st, 2), sqlite3_column_int64(st, 3),
				  t ? t : &own, sqlite3_column_int64(st, 0), e);
	}
	sqlite3_finalize(st);
	if (ret != TC_OK)
		return ret;
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "读取开庭安排", e);
}

enum tc_status hearing_check_case(struct db *db, int64_t case_id, struct tc_err *e)
{
	return check_scheduled(db, case_id, NULL, e);
}

enum tc_status hearing_restaff(struct db *db, int64_t case_id, const struct tribunal *t,
			       struct tc_err *e)
{
	static const char upd[] =
		"UPDATE hearings SET arbitrator_id = ?2, member1_id = ?3, member2_id = ?4, clerk_id = ?5"
		" WHERE case_id = ?1 AND status = 'scheduled'";
	sqlite3_stmt *st;
	enum tc_status ret;
	int rc;

	if ((ret = check_scheduled(db, case_id, t, e)) != TC_OK)
		return ret;
	st = db_prep(db, upd);
	sqlite3_bind_int64(st, 1, case_id);
	bind_people(st, 2, t);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "保存开庭安排", e);
}
