/*
 * journal.h - the append-only journal: the case timeline and the audit
 * trail in one table.  Triggers refuse UPDATE and DELETE on it.
 *
 * recorded_at is always the real clock; effective_on is the date the event
 * counts from (--on), which may be earlier.
 *
 * The journal is tamper-evident: each row carries a SHA-256 hash of its own
 * content and of the previous row's hash (a chain, tiaocai(5) THE JOURNAL
 * gives the exact encoding), and each row about a case carries a snapshot
 * of the case row as the event left it.  audit_verify (audit.h) recomputes
 * the chain and replays every case's journal against the workflow table
 * and the case row.  Someone who can write the file can still rebuild the
 * whole chain; the head printed on paper (the weekly summary) is what
 * catches that.
 */
#ifndef TIAOCAI_JOURNAL_H
#define TIAOCAI_JOURNAL_H

#include <stdbool.h>
#include <stdint.h>
#include <sqlite3.h>
#include "tiaocai/util.h"

struct db;

/* Hex digits of the chain head shown to people (check, weekly summary). */
#define JOURNAL_HEAD_SHOWN 16

/* Append one row inside the caller's transaction (one is opened when there
 * is none).  case_id 0 means an entry about no case (an import, a new
 * user); effective_on DATE_NONE means none.  The row is chained to the row
 * with the greatest id, read under the write lock; a row about a case also
 * stores the case row's snapshot, so the caller writes the case row first. */
enum tc_status journal_add(struct db *db, int64_t case_id, int effective_on,
			   const char *actor, const char *kind, const char *detail,
			   struct tc_err *e);

struct journal_row {
	char recorded_at[20];
	char effective_on[11];
	char actor[64];
	char kind[32];
	char *detail; /* owned */
	bool undone;  /* a later `case revert` undid it */
};
/* The journal of one case, oldest first; free with journal_rows_free. */
enum tc_status journal_of_case(struct db *db, int64_t case_id, struct journal_row **out,
			       size_t *n, struct tc_err *e);
void journal_rows_free(struct journal_row *rows, size_t n);

/* The head of the chain: how many rows, and the last row's stored hash in
 * 64 lowercase hex digits ("" when the journal is empty). */
struct journal_head {
	int64_t rows;
	char hash[65];
};
enum tc_status journal_head(struct db *db, struct journal_head *h, struct tc_err *e);

/* Fill the snapshot of each case's last journal row from the case row as
 * it stands, then the hash of every row in id order: the chain built once
 * over a journal older than it.  For the schema migration (db.c), inside
 * its transaction, with the update guard lifted. */
enum tc_status journal_chain_build(struct db *db, struct tc_err *e);

/* ---- the case snapshot and the hash, for the audit (audit.c) ---- */

/* The snapshot is a JSON array: the layout number, then these columns of
 * the case row in this order (tiaocai(5) lists them): what the events,
 * the corrections and the registration write.  The parties' names live in
 * their own tables and the deadline caches (case_clocks, next_due,
 * next_clock) are rebuilt by deadline_update whenever a rule changes, and
 * compared with the rules by `check`; neither is here.  stage, prev_stage
 * and version come first: the replay reads them by position, and extended
 * is element 12.
 *
 * Layout 1 (JOURNAL_SNAP_COLS_1) is what rows written before the case file
 * (schema 7) carry, and what the chain is built with over a journal older
 * than it; layout 2 adds the case file's own columns after it.  A stored
 * snapshot is compared in its own layout. */
#define JOURNAL_SNAP_COLS_1(X)                               \
	X(stage, "阶段", V_STAGE)                    \
	X(prev_stage, "中止前阶段", V_STAGE)         \
	X(version, "版本", V_TEXT)                   \
	X(outcome, "结案方式", V_TEXT)               \
	X(received_on, "收案日期", V_TEXT)           \
	X(accepted_on, "立案日期", V_TEXT)           \
	X(closed_on, "结案日期", V_TEXT)             \
	X(accept_from, "受理审查起算日", V_TEXT)     \
	X(mediation_from, "调解起算日", V_TEXT)      \
	X(suspended_on, "中止日期", V_TEXT)          \
	X(suspended_days, "已中止天数", V_TEXT)      \
	X(extended, "延长审限", V_FLAG)              \
	X(mediator_id, "调解员(编号)", V_TEXT)       \
	X(arbitrator_id, "仲裁员(编号)", V_TEXT)     \
	X(hearing_at, "开庭时间", V_TEXT)            \
	X(hearing_room, "开庭地点", V_TEXT)          \
	X(claimed, "请求金额", V_MONEY)              \
	X(resolved, "调解或裁决金额", V_MONEY)       \
	X(final_award, "终局裁决", V_FLAG)           \
	X(workers, "劳动者人数", V_TEXT)             \
	X(lawyer_id, "代理律师(编号)", V_TEXT)       \
	X(fast, "速裁", V_FLAG)                      \
	X(simple, "简易", V_FLAG)                    \
	X(collective, "集体争议", V_FLAG)            \
	X(legal_aid, "法律援助", V_FLAG)             \
	X(major, "挂牌督办", V_FLAG)
#define JOURNAL_SNAP_COLS(X)                                 \
	JOURNAL_SNAP_COLS_1(X)                               \
	X(cause, "案由", V_TEXT)                     \
	X(applicant_side, "申请方", V_TEXT)          \
	X(clerk_id, "承办人(编号)", V_TEXT)          \
	X(missing_docs, "待补材料", V_TEXT)          \
	X(docs_received_on, "材料补齐日期", V_TEXT)  \
	X(paid, "已付金额", V_MONEY)                 \
	X(close_from, "审限重新起算日", V_TEXT)

#define JOURNAL_SNAP_ITEM(c, zh, v) ", c." #c
/* The snapshot of cases row c, as SQL, in the current layout and in
 * layout 1.  X(column, label, kind): the label and kind (how audit.c
 * shows a value) are for whoever expands it. */
#define JOURNAL_SNAP_JSON "json_array(2" JOURNAL_SNAP_COLS(JOURNAL_SNAP_ITEM) ")"
#define JOURNAL_SNAP_JSON_1 "json_array(1" JOURNAL_SNAP_COLS_1(JOURNAL_SNAP_ITEM) ")"
/* Case row c as SQL in the layout of the stored snapshot s. */
#define JOURNAL_SNAP_JSON_AS(s) \
	"(CASE json_extract(" s ", '$[0]') WHEN 1 THEN " JOURNAL_SNAP_JSON_1 " ELSE " JOURNAL_SNAP_JSON " END)"

#define JOURNAL_HASH_LEN 32                    /* SHA-256 */
#define JOURNAL_HEX_LEN (2 * JOURNAL_HASH_LEN) /* as stored */

/* The hash of the journal row whose id, recorded_at, effective_on, actor,
 * case_id, kind, detail and snapshot are columns 0 to 7 of st (as stored),
 * chained to prev: the bytes in h and 64 lowercase hex digits in hex. */
void journal_rehash(const unsigned char prev[JOURNAL_HASH_LEN], sqlite3_stmt *st,
		    unsigned char h[JOURNAL_HASH_LEN], char hex[JOURNAL_HEX_LEN + 1]);
/* The 32 bytes of a stored hash (n bytes at hex); false when it is not 64
 * hex digits, out then undefined. */
bool journal_hash_decode(const char *hex, size_t n, unsigned char out[JOURNAL_HASH_LEN]);

#endif
