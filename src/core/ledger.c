/*
 * ledger.c - the case ledger as CSV: the columns and how each value is
 * written (money plain yuan with two decimals, dates ISO, flags 0/1, empty
 * for "none", people by name as upstream readers know them), and the
 * export's own query.  `case list --format csv` gets
 * its rows from the docket engine (docket_each); the export reads the cases
 * of a period in case-number order with one plain statement, streamed, as
 * the sqlite3 shell would.
 */
#include "tiaocai/ledger.h"
#include "tiaocai/afile.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/money.h"
#include "case_row.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct ledger_col cols[] = {
	{"case_no", "案号"},
	{"received_on", "收案日期"},
	{"accepted_on", "立案日期"},
	{"stage", "阶段"},
	{"outcome", "结案方式"},
	{"track", "程序"},
	{"applicant", "申请人"},
	{"workers", "劳动者人数"},
	{"respondent", "被申请人"},
	{"respondent_uscc", "被申请人统一社会信用代码"},
	{"industry", "行业"},
	{"source", "案件来源"},
	{"claimed", "请求金额"},
	{"resolved_amount", "调解或裁决金额"},
	{"final_award", "终局裁决"},
	{"mediator", "调解员"},
	{"arbitrator", "仲裁员"},
	{"accept_due", "受理期限"},
	{"close_due", "审限届满日"},
	{"days_left", "剩余天数"},
	{"overdue", "超期"},
	{"closed_on", "结案日期"},
	{"days_to_close", "结案用时"},
	/* Added later: new columns go at the end, where existing readers of
	 * the layout do not look. */
	{"paid", "已兑现金额"},
	{"cause", "案由"},
	{"clerk", "承办人"},
};
#define NCOLS (sizeof cols / sizeof cols[0])

size_t ledger_columns(const struct ledger_col **out)
{
	*out = cols;
	return NCOLS;
}

static void put_money(struct csvio_writer *w, int64_t fen)
{
	char buf[MONEY_BUF];
	csvio_put_num(w, fen < 0 ? NULL : money_plain(fen, buf));
}

static void put_opt_int(struct csvio_writer *w, int v, int none)
{
	if (v == none)
		csvio_put_num(w, NULL);
	else
		csvio_put_int(w, v);
}

void ledger_header(struct csvio_writer *w, bool header_en)
{
	for (size_t i = 0; i < NCOLS; i++)
		csvio_put_text(w, header_en ? cols[i].key : cols[i].zh);
	csvio_end_row(w);
}

int ledger_row(const struct case_row *r, void *p)
{
	struct csvio_writer *w = p;

	csvio_put_text(w, r->case_no);
	csvio_put_num(w, r->received_on);
	csvio_put_num(w, r->accepted_on);
	csvio_put_text(w, stage_zh(r->stage));
	csvio_put_text(w, r->outcome);
	csvio_put_text(w, r->track);
	csvio_put_text(w, r->applicant);
	csvio_put_int(w, r->workers);
	csvio_put_text(w, r->respondent);
	csvio_put_text(w, r->respondent_uscc);
	csvio_put_text(w, r->industry);
	csvio_put_text(w, r->source);
	put_money(w, r->claimed);
	put_money(w, r->resolved);
	put_opt_int(w, r->final_award, -1);
	csvio_put_text(w, r->mediator);
	csvio_put_text(w, r->arbitrator);
	csvio_put_num(w, r->accept_due);
	csvio_put_num(w, r->close_due);
	put_opt_int(w, r->days_left, INT_MIN);
	csvio_put_int(w, r->overdue);
	csvio_put_num(w, r->closed_on);
	put_opt_int(w, r->days_to_close, -1);
	put_money(w, r->paid);
	csvio_put_text(w, r->cause);
	csvio_put_text(w, r->clerk);
	csvio_end_row(w);
	return w->error; /* stop at the first write failure */
}

enum tc_status ledger_write(struct db *db, const struct actor *a, int from, int to, int today,
			    bool header_en, struct csvio_writer *w, size_t *nrows,
			    struct tc_err *e)
{
	struct strbuf sql = {0};
	sqlite3_stmt *st = NULL;
	char f[DATE_ISO_LEN], t[DATE_ISO_LEN];
	struct case_row row;
	size_t n = 0;
	int rc;

	ledger_header(w, header_en);
	/* Constant fragments chosen by which bounds are given; the values are
	 * bound.  Without bounds the case-number index is walked in order,
	 * nothing is sorted or held. */
	sb_puts(&sql, CASE_ROW_SELECT " WHERE 1");
	if (from != DATE_NONE)
		sb_puts(&sql, " AND c.received_on >= :from");
	if (to != DATE_NONE)
		sb_puts(&sql, " AND c.received_on <= :to");
	if (a->role == ROLE_LAWYER)
		sb_puts(&sql, " AND c.lawyer_id = :lawyer");
	sb_puts(&sql, " ORDER BY c.year, c.seq");
	rc = sqlite3_prepare_v2(db->h, sb_str(&sql), -1, &st, NULL);
	sb_free(&sql);
	if (rc == SQLITE_OK) {
		if (from != DATE_NONE)
			sqlite3_bind_text(st, sqlite3_bind_parameter_index(st, ":from"), date_iso(from, f),
					  -1, SQLITE_STATIC);
		if (to != DATE_NONE)
			sqlite3_bind_text(st, sqlite3_bind_parameter_index(st, ":to"), date_iso(to, t), -1,
					  SQLITE_STATIC);
		if (a->role == ROLE_LAWYER)
			sqlite3_bind_int64(st, sqlite3_bind_parameter_index(st, ":lawyer"), a->user_id);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			case_row_fill(st, today, &row);
			if (ledger_row(&row, w) != 0) {
				rc = SQLITE_DONE; /* the writer holds the error */
				break;
			}
			n++;
		}
	}
	sqlite3_finalize(st);
	if (nrows)
		*nrows = n;
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "导出台账", e);
}

enum tc_status ledger_export_file(struct db *db, const struct actor *a, int from, int to,
				  int today, bool header_en, enum csvio_encoding enc,
				  const char *path, size_t *nrows, struct tc_err *e)
{
	struct csvio_writer w;
	struct afile f;
	enum tc_status st;

	if ((st = afile_open(&f, path, e)) != TC_OK)
		return st;
	st = csvio_writer_open(&w, f.fp, enc, e);
	if (st == TC_OK) {
		st = ledger_write(db, a, from, to, today, header_en, &w, nrows, e);
		enum tc_status st2 = csvio_writer_close(&w, st == TC_OK ? e : NULL);
		if (st == TC_OK)
			st = st2;
	}
	return afile_commit(&f, st, e);
}
