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
#include <zlib.h>

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

/* An image is kept deflated (RFC 1951, zlib) against a preset dictionary:
 * the JSON of an image repeats the same keys and many of the same values
 * in every row, so a dictionary that holds them turns 1.5 KB into about
 * 250 bytes (the images were over half of an office's file).  The stored
 * BLOB is one byte naming the dictionary, then the raw deflate stream.  An
 * image written before this is TEXT, the JSON itself, and is read as it is.
 *
 * NEVER change undo_dict_1: the images written with it are inflated with
 * it.  A better dictionary is a new one with the next first byte, and both
 * are kept.  Deflate finds its matches cheapest at the end of the
 * dictionary, so the parts come in the reverse order of how often an
 * image holds them: the case row last. */
#define UNDO_DICT_1 1
static const char undo_dict_1[] =
	"\"parties\":[{\"id\":,\"case_id\":,\"side\":\"respondent\",\"pos\":1,\"name\":\""
	"有限公司\",\"id_no\":null,\"uscc\":\"915201\",\"uscc_unverified\":null,"
	"\"phone\":\"138\",\"sex\":null,\"birth\":null,\"chain_role\":null,\"address\":\""
	"贵州省贵阳市\",\"service_address\":null,\"legal_rep\":\"\",\"legal_rep_title\":\""
	"总经理\",\"representative\":null},{\"id\":,\"case_id\":,\"side\":\"applicant\","
	"\"pos\":1,\"name\":\"\",\"id_no\":\"5201\",\"uscc\":null,\"uscc_unverified\":null,"
	"\"phone\":\"139\",\"sex\":\"男\",\"birth\":\"19\",\"chain_role\":null,"
	"\"address\":\"贵州省\",\"service_address\":null,\"legal_rep\":null,"
	"\"legal_rep_title\":null,\"representative\":null}],"
	"\"agents\":[{\"id\":,\"case_id\":,\"party_id\":,\"name\":\"\",\"kind\":\"lawyer\","
	"\"phone\":null,\"lawyer_id\":null}],"
	"\"payments\":[{\"id\":,\"case_id\":,\"claim_pos\":null,\"amount\":,\"paid_on\":\"2026-"
	"\",\"paid_by\":\"有限公司\",\"note\":null}],"
	"\"tribunals\":[{\"id\":,\"case_id\":,\"sole\":1,\"chief_id\":,\"member1_id\":null,"
	"\"member2_id\":null,\"clerk_id\":null,\"formed_on\":\"2026-\"}],"
	"\"hearings\":[{\"id\":,\"case_id\":,\"no\":1,\"at\":\"2026- 09:00\",\"minutes\":60,"
	"\"end_at\":\"2026- 10:00\",\"room_id\":1,\"arbitrator_id\":,\"member1_id\":null,"
	"\"member2_id\":null,\"clerk_id\":null,\"status\":\"scheduled\",\"set_on\":\"2026-\","
	"\"short_notice\":null,\"status_on\":null,\"status_reason\":null,"
	"\"requested_by\":null,\"requested_on\":null,\"absent\":null}],"
	"\"claims\":[{\"id\":,\"case_id\":,\"pos\":2,\"kind\":\"加班费\",\"amount\":00,"
	"\"period_from\":\"2026-\",\"period_to\":\"2026-\",\"resolved\":null,\"paid\":null,"
	"\"final\":null,\"party_id\":null},{\"id\":,\"case_id\":,\"pos\":1,\"kind\":\"工资\","
	"\"amount\":00,\"period_from\":\"2026-\",\"period_to\":\"2026-\",\"resolved\":null,"
	"\"paid\":null,\"final\":null,\"party_id\":null}],"
	"{\"v\":3,\"case\":{\"id\":,\"stage\":\"mediation\",\"prev_stage\":null,\"outcome\":null,"
	"\"fast\":1,\"simple\":1,\"collective\":0,\"legal_aid\":0,\"major\":0,"
	"\"missing_docs\":null,\"source\":\"12333\",\"industry\":\"建筑业\",\"project\":null,"
	"\"received_on\":\"2026-\",\"accepted_on\":\"2026-\",\"closed_on\":null,"
	"\"accept_from\":\"2026-\",\"mediation_from\":\"2026-\",\"suspended_on\":null,"
	"\"suspended_days\":0,\"extended\":0,\"mediator_id\":null,\"arbitrator_id\":null,"
	"\"lawyer_id\":null,\"hearing_at\":null,\"hearing_room\":null,\"workers\":1,"
	"\"claimed\":00,\"resolved\":null,\"final_award\":null,\"first_applicant\":\"\","
	"\"respondents\":\"有限公司\",\"respondent_uscc\":\"915201\",\"cause\":\"劳动报酬\","
	"\"applicant_side\":\"worker\",\"clerk_id\":,\"docs_due\":null,"
	"\"docs_received_on\":null,\"paid\":0,\"close_from\":null},\"claims\":[{\"id\":";

/* The deflate stream's window: 2^13 bytes holds the dictionary and most
 * of an image; a smaller window is cheaper to set up for each image. */
#define UNDO_WBITS 13

/* Largest image inflated: far above any real one (a case of a hundred
 * workers is some 60 KB), so that a damaged row is refused, not followed. */
#define UNDO_IMAGE_MAX (16u << 20)

/* One deflate stream for every image the process packs, reset for each
 * (the same bytes as a new stream; setting one up costs more than packing
 * a small image).  Images are packed on the writing thread only: the
 * check's thread reads them (unpack). */
static z_stream packer;
static bool packer_ready;

static enum tc_status pack(const char *json, unsigned char **out, size_t *n, struct tc_err *e)
{
	z_stream *z = &packer;
	size_t len = strlen(json);
	size_t cap;
	int rc;

	if (!packer_ready) {
		memset(z, 0, sizeof *z);
		if (deflateInit2(z, 1, Z_DEFLATED, -UNDO_WBITS, 5, Z_DEFAULT_STRATEGY) != Z_OK)
			return err_set(e, TC_STORAGE, "undo", "内存不足, 无法保存撤销记录");
		packer_ready = true;
	} else if (deflateReset(z) != Z_OK) {
		return err_set(e, TC_STORAGE, "undo", "撤销记录压缩失败, 案件未改动");
	}
	cap = 1 + deflateBound(z, (uLong)len);
	*out = xmalloc(cap);
	(*out)[0] = UNDO_DICT_1;
	deflateSetDictionary(z, (const Bytef *)undo_dict_1, sizeof undo_dict_1 - 1);
	z->next_in = (Bytef *)json;
	z->avail_in = (uInt)len;
	z->next_out = *out + 1;
	z->avail_out = (uInt)(cap - 1);
	rc = deflate(z, Z_FINISH);
	*n = 1 + z->total_out;
	if (rc != Z_STREAM_END) {
		free(*out);
		*out = NULL;
		return err_set(e, TC_STORAGE, "undo", "撤销记录压缩失败, 案件未改动");
	}
	return TC_OK;
}

static enum tc_status unpack(const unsigned char *in, size_t n, char **json, struct tc_err *e)
{
	z_stream z;
	size_t cap = n * 8 + 256;
	int rc;

	*json = NULL;
	if (n < 2 || in[0] != UNDO_DICT_1)
		return err_set(e, TC_STORAGE, "revert", "撤销记录无法读取 (格式不符), 案件未改动");
	memset(&z, 0, sizeof z);
	if (inflateInit2(&z, -UNDO_WBITS) != Z_OK)
		return err_set(e, TC_STORAGE, "revert", "内存不足, 无法读取撤销记录");
	inflateSetDictionary(&z, (const Bytef *)undo_dict_1, sizeof undo_dict_1 - 1);
	*json = xmalloc(cap);
	z.next_in = (Bytef *)in + 1;
	z.avail_in = (uInt)(n - 1);
	z.next_out = (Bytef *)*json;
	z.avail_out = (uInt)(cap - 1);
	while ((rc = inflate(&z, Z_NO_FLUSH)) == Z_OK || (rc == Z_BUF_ERROR && z.avail_out == 0)) {
		if (z.avail_out > 0)
			continue;
		if (cap >= UNDO_IMAGE_MAX) {
			rc = Z_DATA_ERROR;
			break;
		}
		*json = xrealloc(*json, cap * 2);
		z.next_out = (Bytef *)*json + cap - 1;
		z.avail_out = (uInt)cap;
		cap *= 2;
	}
	size_t got = z.total_out;
	inflateEnd(&z);
	if (rc != Z_STREAM_END) {
		free(*json);
		*json = NULL;
		return err_set(e, TC_STORAGE, "revert", "撤销记录已损坏, 无法读取, 案件未改动");
	}
	(*json)[got] = '\0';
	return TC_OK;
}

/* The image in column col of st as JSON text, malloc'd: inflated, or as
 * it was stored by an older program. */
static enum tc_status image_at(sqlite3_stmt *st, int col, char **json, struct tc_err *e)
{
	if (sqlite3_column_type(st, col) == SQLITE_BLOB)
		return unpack(sqlite3_column_blob(st, col), (size_t)sqlite3_column_bytes(st, col),
			      json, e);
	*json = xstrdup(db_col_text(st, col));
	return TC_OK;
}

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
	sqlite3_stmt *st;
	unsigned char *packed = NULL;
	size_t n = 0;
	enum tc_status ret;
	int rc;

	if ((ret = pack(image, &packed, &n, e)) != TC_OK)
		return ret;
	st = db_prep(db, sql);
	sqlite3_bind_int64(st, 1, journal_id);
	sqlite3_bind_int64(st, 2, id);
	sqlite3_bind_blob(st, 3, packed, (int)n, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	free(packed);
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
		if ((ret = image_at(st, 5, &u->image, e)) != TC_OK)
			undo_entry_free(u);
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

int undo_max_pos(struct db *db, int64_t id, const char *part, const char *side)
{
	static const char sql[] = "SELECT image FROM case_undo WHERE case_id = ?1";
	static const char pos_sql[] =
		"SELECT max(json_extract(value, '$.pos')) FROM json_each(?1, ?2)"
		" WHERE ?3 IS NULL OR json_extract(value, '$.side') = ?3";
	sqlite3_stmt *st = db_prep(db, sql);
	sqlite3_stmt *q = db_prep(db, pos_sql);
	char path[32];
	int max = 0;

	snprintf(path, sizeof path, "$.%s", part);
	sqlite3_bind_int64(st, 1, id);
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct tc_err e = {0};
		char *json;

		if (image_at(st, 0, &json, &e) != TC_OK)
			continue; /* a damaged image holds no number to keep */
		sqlite3_bind_text(q, 1, json, -1, SQLITE_STATIC);
		sqlite3_bind_text(q, 2, path, -1, SQLITE_STATIC);
		db_bind_opt(q, 3, side);
		if (sqlite3_step(q) == SQLITE_ROW && sqlite3_column_int(q, 0) > max)
			max = sqlite3_column_int(q, 0);
		sqlite3_reset(q);
		free(json);
	}
	sqlite3_reset(st);
	return max;
}
