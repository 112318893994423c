/*
 * undo.c - images of a case before each change, and putting one back.
 *
 * The columns an image holds are listed once per table below; the SQL
 * that takes an image and the SQL that restores it are both expanded from
 * those lists, so a column added to a table and to its list is kept and
 * restored alike.  A column not listed is derived and recomputed after a
 * restore (the clocks, next_due) or never changes (the case number).
 */
#include "tiaocai/undo.h"
#include "tiaocai/db.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The image's layout, its key "v": 3 when parts may be left out (an
 * older program, which knows 2, refuses it rather than take a part left
 * out for one emptied); 2, always whole, is still read. */
#define UNDO_LAYOUT "3"

#define CASE_COLS(X)                                                             \
	X(stage) X(prev_stage) X(outcome) X(fast) X(simple) X(collective)      \
	X(legal_aid) X(major) X(missing_docs) X(source) X(industry) X(project) \
	X(received_on) X(accepted_on) X(closed_on) X(accept_from)              \
	X(mediation_from) X(suspended_on) X(suspended_days) X(extended)        \
	X(mediator_id) X(arbitrator_id) X(lawyer_id) X(hearing_at)             \
	X(hearing_room) X(workers) X(claimed) X(resolved) X(final_award)       \
	X(first_applicant) X(respondents) X(respondent_uscc) X(cause)          \
	X(applicant_side) X(clerk_id) X(docs_due) X(docs_received_on) X(paid)  \
	X(close_from)
/* Child tables: every column but id, which is restored as it was. */
#define PARTY_COLS(X)                                                          \
	X(case_id) X(side) X(pos) X(name) X(id_no) X(uscc) X(uscc_unverified) \
	X(phone) X(sex) X(birth) X(chain_role) X(address) X(service_address)  \
	X(legal_rep) X(legal_rep_title) X(representative)
#define AGENT_COLS(X) X(case_id) X(party_id) X(name) X(kind) X(phone) X(lawyer_id)
#define CLAIM_COLS(X)                                                          \
	X(case_id) X(pos) X(kind) X(amount) X(period_from) X(period_to)        \
	X(resolved) X(paid) X(final) X(party_id)
#define PAYMENT_COLS(X) X(case_id) X(claim_pos) X(amount) X(paid_on) X(paid_by) X(note)
#define HEARING_COLS(X)                                                        \
	X(case_id) X(no) X(at) X(minutes) X(end_at) X(room_id) X(arbitrator_id) \
	X(member1_id) X(member2_id) X(clerk_id) X(status) X(set_on)            \
	X(short_notice) X(status_on) X(status_reason) X(requested_by)          \
	X(requested_on) X(absent)
#define TRIBUNAL_COLS(X)                                                       \
	X(case_id) X(sole) X(chief_id) X(member1_id) X(member2_id) X(clerk_id) \
	X(formed_on)

#define PAIR(c) ", '" #c "', " #c
#define NAME(c) ", " #c
#define VALUE(c) ", json_extract(value, '$." #c "')"
#define SET(c) ", " #c " = json_extract(?2, '$.case." #c "')"

#define CHILD_IMAGE(key, table, COLS) \
	", '" key "', (SELECT json_group_array(json_object('id', id" COLS(PAIR) ")) FROM " table \
	" WHERE case_id = ?1)"
#define CHILD_INSERT(key, table, COLS)                                              \
	"INSERT INTO " table "(id" COLS(NAME) ") SELECT json_extract(value, '$.id')" \
	COLS(VALUE) " FROM json_each(?2, '$." key "')"

enum tc_status undo_capture(struct db *db, int64_t id, enum undo_parts parts, char **image,
			    struct tc_err *e)
{
	static const char event_sql[] =
		"SELECT json_object('v', " UNDO_LAYOUT ", 'case', (SELECT json_object('id', id"
		CASE_COLS(PAIR) ") FROM cases WHERE id = ?1)"
		CHILD_IMAGE("claims", "claims", CLAIM_COLS)
		CHILD_IMAGE("hearings", "hearings", HEARING_COLS)
		CHILD_IMAGE("tribunals", "tribunals", TRIBUNAL_COLS) ")";
	static const char pay_sql[] =
		"SELECT json_object('v', " UNDO_LAYOUT ", 'case', (SELECT json_object('id', id"
		CASE_COLS(PAIR) ") FROM cases WHERE id = ?1)"
		CHILD_IMAGE("claims", "claims", CLAIM_COLS)
		CHILD_IMAGE("payments", "payments", PAYMENT_COLS) ")";
	static const char all_sql[] =
		"SELECT json_object('v', " UNDO_LAYOUT ", 'case', (SELECT json_object('id', id"
		CASE_COLS(PAIR) ") FROM cases WHERE id = ?1)"
		CHILD_IMAGE("parties", "parties", PARTY_COLS)
		CHILD_IMAGE("agents", "agents", AGENT_COLS)
		CHILD_IMAGE("claims", "claims", CLAIM_COLS)
		CHILD_IMAGE("payments", "payments", PAYMENT_COLS)
		CHILD_IMAGE("hearings", "hearings", HEARING_COLS)
		CHILD_IMAGE("tribunals", "tribunals", TRIBUNAL_COLS) ")";
	sqlite3_stmt *st = db_prep(db, parts == UNDO_ALL ? all_sql : parts == UNDO_PAY ? pay_sql
										       : event_sql);
	int rc;

	*image = NULL;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*image = xstrdup(db_col_text(st, 0));
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? TC_OK : db_fail(db, rc, "读取案件", e);
}

enum tc_status undo_save(struct db *db, int64_t id, int64_t journal_id, const char *image,
			 struct tc_err *e)
{
	static const char sql[] =
		"INSERT INTO case_undo(journal_id, case_id, image) VALUES (?1, ?2, ?3)";
	sqlite3_stmt *st = db_prep(db, sql);
	int rc;

	sqlite3_bind_int64(st, 1, journal_id);
	sqlite3_bind_int64(st, 2, id);
	sqlite3_bind_text(st, 3, image, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "保存撤销记录", e);
}

enum tc_status undo_last(struct db *db, int64_t id, struct undo_entry *u, struct tc_err *e)
{
	static const char sql[] =
		"SELECT u.journal_id, j.kind, j.effective_on, j.actor, j.detail, u.image"
		" FROM case_undo u JOIN journal j ON j.id = u.journal_id"
		" WHERE u.case_id = ?1 AND u.undone_by IS NULL ORDER BY u.journal_id DESC LIMIT 1";
	sqlite3_stmt *st = db_prep(db, sql);
	enum tc_status ret = TC_OK;
	int rc;

	memset(u, 0, sizeof *u);
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		u->journal_id = sqlite3_column_int64(st, 0);
		snprintf(u->kind, sizeof u->kind, "%s", db_col_text(st, 1));
		snprintf(u->effective_on, sizeof u->effective_on, "%s", db_col_text(st, 2));
		snprintf(u->actor, sizeof u->actor, "%s", db_col_text(st, 3));
		u->detail = xstrdup(db_col_text(st, 4));
		u->image = xstrdup(db_col_text(st, 5));
	} else if (rc == SQLITE_DONE) {
		ret = err_set(e, TC_REFUSED, "revert",
			      "本案没有可以撤销的事项: 收案后的事项都已撤销, 或办理于本程序升级之前 (没有撤销所需的记录); 收案登记本身不能撤销, 登记有误请更正");
	} else {
		ret = db_fail(db, rc, "读取撤销记录", e);
	}
	sqlite3_reset(st);
	return ret;
}

void undo_entry_free(struct undo_entry *u)
{
	free(u->detail);
	free(u->image);
	u->detail = u->image = NULL;
}

enum tc_status undo_restore(struct db *db, int64_t id, const char *image, struct tc_err *e)
{
	/* Children go before the rows they refer to and come back after. */
	/* A part the image leaves out stays as it is (undo.h). */
#define HOLDS(key) " AND json_type(?2, '$." key "') IS NOT NULL"
	static const char *const sql[] = {
		"DELETE FROM agents WHERE case_id = ?1" HOLDS("agents"),
		"DELETE FROM payments WHERE case_id = ?1" HOLDS("payments"),
		"DELETE FROM claims WHERE case_id = ?1" HOLDS("claims"),
		"DELETE FROM hearings WHERE case_id = ?1" HOLDS("hearings"),
		"DELETE FROM tribunals WHERE case_id = ?1" HOLDS("tribunals"),
		"DELETE FROM parties WHERE case_id = ?1" HOLDS("parties"),
		"UPDATE cases SET version = version" CASE_COLS(SET) " WHERE id = ?1"
		" AND json_extract(?2, '$.v') IN (2, " UNDO_LAYOUT ")",
		CHILD_INSERT("parties", "parties", PARTY_COLS),
		CHILD_INSERT("claims", "claims", CLAIM_COLS),
		CHILD_INSERT("agents", "agents", AGENT_COLS),
		CHILD_INSERT("payments", "payments", PAYMENT_COLS),
		CHILD_INSERT("tribunals", "tribunals", TRIBUNAL_COLS),
		CHILD_INSERT("hearings", "hearings", HEARING_COLS),
	};

	for (size_t i = 0; i < sizeof sql / sizeof sql[0]; i++) {
		sqlite3_stmt *st = db_prep(db, sql[i]);
		int rc;

		sqlite3_bind_int64(st, 1, id);
		if (sqlite3_bind_parameter_count(st) >= 2)
			sqlite3_bind_text(st, 2, image, -1, SQLITE_STATIC);
		rc = sqlite3_step(st);
		sqlite3_reset(st);
		if (rc != SQLITE_DONE)
			return db_fail(db, rc, "恢复案件", e);
		if (strncmp(sql[i], "UPDATE", 6) == 0 && sqlite3_changes(db->h) != 1)
			return err_set(e, TC_STORAGE, "revert", "撤销记录无法读取 (格式不符), 案件未改动");
	}
	return TC_OK;
}

enum tc_status undo_mark(struct db *db, int64_t journal_id, int64_t by, struct tc_err *e)
{
	static const char sql[] = "UPDATE case_undo SET undone_by = ?2 WHERE journal_id = ?1";
	sqlite3_stmt *st = db_prep(db, sql);
	int rc;

	sqlite3_bind_int64(st, 1, journal_id);
	sqlite3_bind_int64(st, 2, by);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "保存撤销记录", e);
}
