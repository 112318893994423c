/*
 * doc.c - the documents of a case: the kinds, which a case needs, making
 * them from their templates, and the record of every one made.
 *
 * doc_kinds[] is the one table that says which documents there are, the
 * event each records, to whom it goes, its legal basis and the sections a
 * person writes for it; tiaocai(5), DOCUMENTS, shows the same table.  The
 * words of each document are its template's (tmpl.h); the values come
 * from docfields.h.  A document is recorded when made (documents table,
 * journal row "doc"), numbered within its case; made again with the case
 * unchanged it is the same text, under its old number and date.
 *
 * Below: tmpl, docfields, rdoc, journal, db.  Service is serve.c's.
 */
#include "tiaocai/doc.h"
#include "tiaocai/case.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/docfields.h"
#include "tiaocai/journal.h"
#include "tiaocai/text.h"
#include "tiaocai/tmpl.h"
#include "tiaocai/workflow.h"
#include "tiaocai/afile.h"
#include "tiaocai/priv.h"
#include "tiaocai/spawn.h"

#include <errno.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Sections a person writes: "name:标题" separated by spaces. */
#define AWARD_SECTIONS "facts:查明事实 reasons:裁决理由"
#define SETTLE_SECTIONS "account:案情 terms:履行方式"

static const struct doc_kind kinds[] = {
	{"accept-notice", "受理通知书", "accept", DOC_TO_APPLICANTS,
	 "劳动争议调解仲裁法第二十九条; 劳动人事争议仲裁办案规则第三十条、第三十一条", "", false, true},
	{"refuse-notice", "不予受理通知书", "refuse", DOC_TO_APPLICANTS,
	 "劳动争议调解仲裁法第二十九条; 劳动人事争议仲裁办案规则第三十条", "", false, true},
	{"respond-notice", "应诉通知书", "accept", DOC_TO_RESPONDENTS,
	 "劳动争议调解仲裁法第三十条; 劳动人事争议仲裁办案规则第三十三条", "", false, false},
	{"evidence-notice", "举证通知书", "accept", DOC_TO_PARTIES,
	 "劳动争议调解仲裁法第六条; 劳动人事争议仲裁办案规则第十三条至第十五条", "", false, false},
	{"tribunal-notice", "仲裁庭组成通知书", "tribunal", DOC_TO_PARTIES,
	 "劳动争议调解仲裁法第三十二条、第三十三条; 劳动人事争议仲裁办案规则第三十七条", "", false, false},
	{"hearing-notice", "开庭通知书", "hearing", DOC_TO_PARTIES,
	 "劳动争议调解仲裁法第三十五条、第三十六条; 劳动人事争议仲裁办案规则第三十八条、第三十九条", "",
	 true, false},
	{"settlement", "调解书", "settle", DOC_TO_PARTIES,
	 "劳动争议调解仲裁法第四十二条", SETTLE_SECTIONS, false, true},
	{"award", "裁决书", "award", DOC_TO_PARTIES,
	 "劳动争议调解仲裁法第四十六条至第五十条; 劳动人事争议仲裁办案规则第五十条、第五十三条",
	 AWARD_SECTIONS, false, true},
	{"decision-suspend", "中止仲裁决定书", "suspend", DOC_TO_PARTIES,
	 "劳动人事争议仲裁办案规则第四十七条", "", false, true},
	{"decision-extend", "延长仲裁期限决定书", "extend", DOC_TO_PARTIES,
	 "劳动争议调解仲裁法第四十三条; 劳动人事争议仲裁办案规则第四十五条", "", false, true},
	{"decision-withdraw", "准予撤回仲裁申请决定书", "withdraw", DOC_TO_PARTIES,
	 "劳动争议调解仲裁法第四十一条; 劳动人事争议仲裁办案规则第三十五条", "", false, true},
	{"decision-transfer", "移送管辖决定书", "transfer", DOC_TO_PARTIES,
	 "劳动人事争议仲裁办案规则第九条", "", false, true},
};
#define NKINDS (sizeof kinds / sizeof kinds[0])

/* The 送达回证 printed after every document for its addressee. */
static const struct doc_kind receipt = {
	"receipt", "送达回证", NULL, DOC_TO_PARTIES,
	"劳动人事争议仲裁办案规则第二十条; 民事诉讼法第八十七条", "", false, false};

size_t doc_kinds(const struct doc_kind **out)
{
	*out = kinds;
	return NKINDS;
}

const struct doc_kind *doc_kind_receipt(void)
{
	return &receipt;
}

const struct doc_kind *doc_kind_find(const char *s)
{
	if (s == NULL)
		return NULL;
	for (size_t i = 0; i < NKINDS; i++)
		if (strcmp(s, kinds[i].name) == 0 || strcmp(s, kinds[i].zh) == 0)
			return &kinds[i];
	if (strcmp(s, receipt.name) == 0 || strcmp(s, receipt.zh) == 0)
		return &receipt;
	return NULL;
}

/* ---- what a case has ---------------------------------------------------- */

/* A stored name as it may be shown (text_clean: whatever was written into
 * the file behind the program's back, no control reaches a terminal). */
static void shown(char *dst, size_t size, const char *src)
{
	struct strbuf sb = {0};

	text_clean(&sb, src, 0);
	text_copy(dst, size, sb_str(&sb));
	sb_free(&sb);
}

/* A party a document can go to. */
struct addressee {
	int64_t id;
	char ref[8];
	char name[192];
	char side[12];
};

static void ref_of(const char *side, int pos, char ref[8])
{
	snprintf(ref, 8, "%c%d", side[0] == 'a' ? 'a' : side[0] == 'r' ? 'r' : 't', pos % 1000);
}

/* The parties kind k goes to, in the order applicants, respondents, third
 * parties.  Applicants who elected representatives (调解仲裁法 Art 7) are
 * reached through them. */
static enum tc_status addressees(struct db *db, int64_t case_id, const struct doc_kind *k,
				 struct addressee **out, size_t *n, struct tc_err *e)
{
	static const char sql[] =
		"SELECT id, side, pos, name FROM parties p WHERE case_id = ?1 AND ("
		" (side = 'applicant' AND ?2 AND (representative OR NOT EXISTS (SELECT 1 FROM"
		"   parties q WHERE q.case_id = ?1 AND q.side = 'applicant' AND q.representative)))"
		" OR (side = 'respondent' AND ?3) OR (side = 'third' AND ?4))"
		" ORDER BY CASE side WHEN 'applicant' THEN 0 WHEN 'respondent' THEN 1 ELSE 2 END, pos";
	sqlite3_stmt *st = db_prep(db, sql);
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (st == NULL)
		return db_fail(db, SQLITE_ERROR, "读取当事人", e);
	sqlite3_bind_int64(st, 1, case_id);
	sqlite3_bind_int(st, 2, k->to != DOC_TO_RESPONDENTS);
	sqlite3_bind_int(st, 3, k->to != DOC_TO_APPLICANTS);
	sqlite3_bind_int(st, 4, k->to == DOC_TO_PARTIES);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*out = xgrow(*out, &cap, *n + 1, sizeof **out);
		struct addressee *a = &(*out)[(*n)++];
		memset(a, 0, sizeof *a);
		a->id = sqlite3_column_int64(st, 0);
		snprintf(a->side, sizeof a->side, "%s", db_col_text(st, 1));
		ref_of(a->side, sqlite3_column_int(st, 2), a->ref);
		shown(a->name, sizeof a->name, db_col_text(st, 3));
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		free(*out);
		*out = NULL;
		*n = 0;
		return db_fail(db, rc, "读取当事人", e);
	}
	return TC_OK;
}

/* The latest journal row of event on case_id that no revert undid: its
 * id and day (0 and DATE_NONE when there is none). */
static enum tc_status event_of(struct db *db, int64_t case_id, const char *event, int64_t *id,
			       int *on, struct tc_err *e)
{
	static const char sql[] =
		"SELECT j.id, coalesce(j.effective_on, substr(j.recorded_at, 1, 10)) FROM journal j"
		" WHERE j.case_id = ? AND j.kind = ? AND NOT EXISTS (SELECT 1 FROM case_undo u"
		"  WHERE u.journal_id = j.id AND u.undone_by IS NOT NULL)"
		" ORDER BY j.id DESC LIMIT 1";
	sqlite3_stmt *st = db_prep(db, sql);
	int rc;

	*id = 0;
	*on = DATE_NONE;
	if (st == NULL)
		return db_fail(db, SQLITE_ERROR, "读取案件日志", e);
	sqlite3_bind_int64(st, 1, case_id);
	sqlite3_bind_text(st, 2, event, -1, SQLITE_STATIC);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*id = sqlite3_column_int64(st, 0);
		*on = date_from_iso(db_col_text(st, 1));
		rc = SQLITE_DONE;
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "读取案件日志", e);
}

/* The hearings a per-hearing kind is made for: scheduled ones (numbers in
 * no[], at most max), set on or after `since`. */
static enum tc_status scheduled_hearings(struct db *db, int64_t case_id, int since, int *no,
					 size_t max, size_t *n, struct tc_err *e)
{
	static const char sql[] =
		"SELECT no, coalesce(set_on, substr(at, 1, 10)) FROM hearings"
		" WHERE case_id = ? AND status = 'scheduled' ORDER BY no";
	sqlite3_stmt *st = db_prep(db, sql);
	int rc;

	*n = 0;
	if (st == NULL)
		return db_fail(db, SQLITE_ERROR, "读取开庭安排", e);
	sqlite3_bind_int64(st, 1, case_id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (*n < max && date_from_iso(db_col_text(st, 1)) >= since)
			no[(*n)++] = sqlite3_column_int(st, 0);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "读取开庭安排", e);
}

/* An award with items of both kinds is two documents (调解仲裁法 Art 47,
 * 办案规则 Art 50): the parts, "" when one. */
static enum tc_status award_parts(struct db *db, int64_t case_id, const char **parts, size_t *n,
				  struct tc_err *e)
{
	static const char sql[] =
		"SELECT coalesce(max(final = 1), 0), coalesce(max(final = 0), 0) FROM claims"
		" WHERE case_id = ? AND coalesce(resolved, 0) > 0";
	sqlite3_stmt *st = db_prep(db, sql);
	int rc;

	*n = 1;
	parts[0] = "";
	if (st == NULL)
		return db_fail(db, SQLITE_ERROR, "读取仲裁请求", e);
	sqlite3_bind_int64(st, 1, case_id);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (sqlite3_column_int(st, 0) && sqlite3_column_int(st, 1)) {
			parts[0] = "final";
			parts[1] = "nonfinal";
			*n = 2;
		}
		rc = SQLITE_DONE;
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "读取仲裁请求", e);
}

static int documents_since(struct db *db)
{
	char *s = db_setting(db, "documents_since");
	int d = s ? date_from_iso(s) : DATE_NONE;

	free(s);
	return d == DATE_NONE ? 0 : d;
}

/* The latest document of kind/part/addressee/hearing (0 when none): its
 * number, event, day and digest. */
struct prev {
	int no;
	int64_t event_id;
	int made_on;
	char digest[65];
};
static enum tc_status latest(struct db *db, int64_t case_id, const char *kind, const char *part,
			     int64_t party_id, int hearing_no, struct prev *p, struct tc_err *e)
{
	static const char sql[] =
		"SELECT no, coalesce(event_id, 0), made_on, digest FROM documents"
		" WHERE case_id = ? AND kind = ? AND part = ? AND coalesce(party_id, 0) = ?"
		" AND coalesce(hearing_no, 0) = ? ORDER BY no DESC LIMIT 1";
	sqlite3_stmt *st = db_prep(db, sql);
	int rc;

	memset(p, 0, sizeof *p);
	if (st == NULL)
		return db_fail(db, SQLITE_ERROR, "读取文书", e);
	sqlite3_bind_int64(st, 1, case_id);
	sqlite3_bind_text(st, 2, kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, part, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 4, party_id);
	sqlite3_bind_int(st, 5, hearing_no);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		p->no = sqlite3_column_int(st, 0);
		p->event_id = sqlite3_column_int64(st, 1);
		p->made_on = date_from_iso(db_col_text(st, 2));
		snprintf(p->digest, sizeof p->digest, "%s", db_col_text(st, 3));
		rc = SQLITE_DONE;
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "读取文书", e);
}

/* ---- what a case needs ---------------------------------------------------- */

static bool arbitration_settled(struct db *db, int64_t case_id)
{
	static const char sql[] = "SELECT accepted_on IS NOT NULL FROM cases WHERE id = ?";
	sqlite3_stmt *st = db_prep(db, sql);
	bool yes = false;

	if (st == NULL)
		return false;
	sqlite3_bind_int64(st, 1, case_id);
	if (sqlite3_step(st) == SQLITE_ROW)
		yes = sqlite3_column_int(st, 0) != 0;
	sqlite3_reset(st);
	return yes;
}

/* Whether the case has had the event kind k records (a settlement only in
 * arbitration: 案前调解 ends in a 调解协议书, not a 调解书): its journal row
 * and day, *id 0 when not. */
static enum tc_status kind_event(struct db *db, int64_t case_id, const struct doc_kind *k,
				 int64_t *id, int *on, struct tc_err *e)
{
	enum tc_status st = event_of(db, case_id, k->event, id, on, e);

	if (st == TC_OK && *id && strcmp(k->event, "settle") == 0 && !arbitration_settled(db, case_id))
		*id = 0;
	return st;
}

enum tc_status doc_needed(struct db *db, int64_t case_id, struct doc_need **out, size_t *n,
			  struct tc_err *e)
{
	int since = documents_since(db);
	size_t cap = 0;
	enum tc_status st = TC_OK;

	*out = NULL;
	*n = 0;
	for (size_t i = 0; i < NKINDS && st == TC_OK; i++) {
		const struct doc_kind *k = &kinds[i];
		int64_t ev;
		int on, hno[16] = {0};
		size_t nh = 1, np = 1, na = 0;
		const char *parts[2] = {""};
		struct addressee *to = NULL;

		if ((st = kind_event(db, case_id, k, &ev, &on, e)) != TC_OK || !ev || on < since)
			continue;
		if (k->per_hearing &&
		    (st = scheduled_hearings(db, case_id, since, hno, 16, &nh, e)) != TC_OK)
			break;
		if (strcmp(k->name, "award") == 0 && (st = award_parts(db, case_id, parts, &np, e)) != TC_OK)
			break;
		if ((st = addressees(db, case_id, k, &to, &na, e)) != TC_OK)
			break;
		for (size_t h = 0; h < nh && st == TC_OK; h++)
			for (size_t p = 0; p < np && st == TC_OK; p++)
				for (size_t a = 0; a < na && st == TC_OK; a++) {
					struct prev pv;
					st = latest(db, case_id, k->name, parts[p], to[a].id, hno[h], &pv, e);
					/* Made for this event (a hearing's notice for the hearing). */
					if (st != TC_OK || (pv.no && (k->per_hearing || pv.event_id == ev)))
						continue;
					*out = xgrow(*out, &cap, *n + 1, sizeof **out);
					struct doc_need *d = &(*out)[(*n)++];
					memset(d, 0, sizeof *d);
					d->kind = k;
					snprintf(d->part, sizeof d->part, "%s", parts[p]);
					snprintf(d->to_ref, sizeof d->to_ref, "%s", to[a].ref);
					snprintf(d->to_name, sizeof d->to_name, "%s", to[a].name);
					d->hearing_no = hno[h];
					date_iso(on, d->since);
				}
		free(to);
	}
	if (st != TC_OK) {
		free(*out);
		*out = NULL;
		*n = 0;
	}
	return st;
}

/* ---- the record ------------------------------------------------------------ */

enum tc_status doc_list(struct db *db, const struct actor *a, int64_t case_id,
			struct doc_rec **out, size_t *n, struct tc_err *e)
{
	static const char sql[] =
		"SELECT d.no, d.kind, d.part, p.side, p.pos, p.name, coalesce(d.hearing_no, 0),"
		" d.made_on, coalesce(u.name, ''),"
		" (SELECT s.served_on FROM services s WHERE s.document_id = d.id ORDER BY s.id DESC LIMIT 1),"
		" (SELECT s.method FROM services s WHERE s.document_id = d.id ORDER BY s.id DESC LIMIT 1),"
		" EXISTS (SELECT 1 FROM documents l WHERE l.case_id = d.case_id AND l.kind = d.kind"
		"  AND l.part = d.part AND coalesce(l.party_id, 0) = coalesce(d.party_id, 0)"
		"  AND coalesce(l.hearing_no, 0) = coalesce(d.hearing_no, 0) AND l.no > d.no)"
		" FROM documents d LEFT JOIN parties p ON p.id = d.party_id"
		" LEFT JOIN users u ON u.id = d.made_by WHERE d.case_id = ? ORDER BY d.no";
	sqlite3_stmt *st = db_prep(db, sql);
	size_t cap = 0;
	int rc;

	(void)a; /* who may see the case was settled by case_find */
	*out = NULL;
	*n = 0;
	if (st == NULL)
		return db_fail(db, SQLITE_ERROR, "读取文书", e);
	sqlite3_bind_int64(st, 1, case_id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*out = xgrow(*out, &cap, *n + 1, sizeof **out);
		struct doc_rec *r = &(*out)[(*n)++];
		const struct doc_kind *k = doc_kind_find(db_col_text(st, 1));
		memset(r, 0, sizeof *r);
		r->no = sqlite3_column_int(st, 0);
		snprintf(r->kind, sizeof r->kind, "%s", db_col_text(st, 1));
		snprintf(r->zh, sizeof r->zh, "%s", k ? k->zh : r->kind);
		snprintf(r->part, sizeof r->part, "%s", db_col_text(st, 2));
		if (sqlite3_column_type(st, 3) != SQLITE_NULL)
			ref_of(db_col_text(st, 3), sqlite3_column_int(st, 4), r->to_ref);
		shown(r->to_name, sizeof r->to_name, db_col_text(st, 5));
		r->hearing_no = sqlite3_column_int(st, 6);
		snprintf(r->made_on, sizeof r->made_on, "%s", db_col_text(st, 7));
		shown(r->made_by, sizeof r->made_by, db_col_text(st, 8));
		snprintf(r->served_on, sizeof r->served_on, "%s", db_col_text(st, 9));
		snprintf(r->method, sizeof r->method, "%s", db_col_text(st, 10));
		r->superseded = sqlite3_column_int(st, 11) != 0;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		free(*out);
		*out = NULL;
		*n = 0;
		return db_fail(db, rc, "读取文书", e);
	}
	return TC_OK;
}

/* ---- making ------------------------------------------------------------------ */

/* Render document w into d (its blocks appended), and its text's digest. */
static enum tc_status render_one(struct db *db, const struct actor *a, int64_t case_id,
				 const struct docwhat *w, struct rdoc *d, char digest[65],
				 struct tc_err *e)
{
	struct tmpl *t = NULL;
	struct docvals *v = NULL;
	struct rdoc one;
	enum tc_status st;

	rdoc_init(&one, NULL, NULL, NULL, NULL);
	rdoc_letter(&one);
	if ((st = tmpl_load(w->kind->name, NULL, &t, e)) == TC_OK &&
	    (st = docvals_build(db, a, case_id, w, &v, e)) == TC_OK &&
	    (st = tmpl_render(t, v, &one, e)) == TC_OK) {
		struct strbuf text = {0};
		unsigned char h[crypto_hash_sha256_BYTES];

		rdoc_render_text(&one, 80, &text);
		crypto_hash_sha256(h, (const unsigned char *)(text.buf ? text.buf : ""), text.len);
		if (digest)
			sodium_bin2hex(digest, 65, h, sizeof h);
		sb_free(&text);
		rdoc_append(d, &one);
	}
	docvals_free(v);
	tmpl_free(t);
	rdoc_free(&one);
	return st;
}

/* The receipt for document no to party (after it, on a page of its own). */
static enum tc_status render_receipt(struct db *db, const struct actor *a, int64_t case_id,
				     const struct docwhat *of, int no, struct rdoc *d,
				     struct tc_err *e)
{
	struct docwhat w = *of;

	w.kind = &receipt;
	w.served = of->kind;
	w.doc_no = no;
	rdoc_break(d);
	return render_one(db, a, case_id, &w, d, NULL, e);
}

static enum tc_status record(struct db *db, const struct actor *a, int64_t case_id,
			     const struct docwhat *w, const char *to_name, const char *digest,
			     int *no, struct tc_err *e)
{
	static const char next[] = "SELECT coalesce(max(no), 0) + 1 FROM documents WHERE case_id = ?";
	static const char ins[] =
		"INSERT INTO documents(case_id, no, kind, part, party_id, event_id, hearing_no, made_on,"
		" made_at, made_by, digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
	sqlite3_stmt *st = db_prep(db, next);
	char day[DATE_ISO_LEN], now[20];
	int rc;

	if (st == NULL)
		return db_fail(db, SQLITE_ERROR, "记录文书", e);
	sqlite3_bind_int64(st, 1, case_id);
	rc = sqlite3_step(st);
	*no = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_reset(st);
	if (rc != SQLITE_ROW)
		return db_fail(db, rc, "记录文书", e);
	if ((st = db_prep(db, ins)) == NULL)
		return db_fail(db, SQLITE_ERROR, "记录文书", e);
	db_now(now);
	sqlite3_bind_int64(st, 1, case_id);
	sqlite3_bind_int(st, 2, *no);
	sqlite3_bind_text(st, 3, w->kind->name, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, w->part, -1, SQLITE_STATIC);
	db_bind_id(st, 5, w->party_id);
	db_bind_id(st, 6, w->event_id);
	db_bind_id(st, 7, w->hearing_no);
	sqlite3_bind_text(st, 8, date_iso(w->made_on, day), -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 9, now, -1, SQLITE_TRANSIENT);
	db_bind_id(st, 10, a->user_id);
	sqlite3_bind_text(st, 11, digest, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, "记录文书", e);

	struct strbuf detail = {0};
	sb_printf(&detail, "制作 第%d号 %s", *no, w->kind->zh);
	if (strcmp(w->part, "final") == 0)
		sb_puts(&detail, " (终局)");
	else if (strcmp(w->part, "nonfinal") == 0)
		sb_puts(&detail, " (非终局)");
	if (w->hearing_no)
		sb_printf(&detail, ", 第 %d 次开庭", w->hearing_no);
	if (*to_name)
		sb_printf(&detail, ", 送 %s", to_name);
	enum tc_status s = journal_add(db, case_id, w->made_on, a->login, "doc", detail.buf, e);
	sb_free(&detail);
	return s;
}

/* The addressee `to` names (a ref or a name) among to[], or refused. */
static enum tc_status pick(const struct doc_kind *k, const struct addressee *to, size_t n,
			   const char *want, size_t *at, struct tc_err *e)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(want, to[i].ref) == 0 || strcmp(want, to[i].name) == 0) {
			*at = i;
			return TC_OK;
		}
	struct strbuf names = {0};
	for (size_t i = 0; i < n; i++)
		sb_printf(&names, "%s%s %s", i ? "、" : "", to[i].ref, to[i].name);
	err_set(e, TC_REFUSED, "to", "%s不送达「%s」: 本案的受送达人为 %s", k->zh, want,
		n ? names.buf : "(无)");
	sb_free(&names);
	return TC_REFUSED;
}

enum tc_status doc_make(struct db *db, const struct actor *a, int64_t case_id,
			const struct doc_kind *kind, const char *to, int hearing_no, int today,
			struct rdoc *out, struct doc_rec **made, size_t *nmade,
			struct strbuf *notes, struct tc_err *e)
{
	struct addressee *who = NULL;
	size_t nwho = 0, first = 0, last, np = 1, nrec = 0;
	const char *parts[2] = {""};
	int64_t ev;
	int on;
	enum tc_status st;

	*made = NULL;
	*nmade = 0;
	if (a->role == ROLE_LAWYER)
		return err_set(e, TC_REFUSED, NULL, "代理律师只能查看案件, 不能制作文书");
	if (kind == &receipt)
		return err_set(e, TC_REFUSED, "kind",
			       "送达回证随每份文书一并制作: 请制作该文书, 或用 doc print 重印");
	if ((st = db_begin(db, e)) != TC_OK)
		return st;
	if ((st = kind_event(db, case_id, kind, &ev, &on, e)) != TC_OK)
		goto out;
	if (!ev) {
		const struct wf_event_def *ed = wf_event_find(kind->event);
		st = err_set(e, TC_REFUSED, "kind", "本案没有「%s」%s, 不能制作%s", ed ? ed->zh : kind->event,
			     strcmp(kind->event, "settle") == 0 ? " (仲裁中的调解)" : "", kind->zh);
		goto out;
	}
	if (kind->per_hearing && hearing_no == 0) {
		int hno[64];
		size_t nh;
		if ((st = scheduled_hearings(db, case_id, 0, hno, 64, &nh, e)) != TC_OK)
			goto out;
		if (nh == 0) {
			st = err_set(e, TC_REFUSED, "hearing", "本案没有已排期的开庭, 不能制作%s", kind->zh);
			goto out;
		}
		hearing_no = hno[nh - 1];
	}
	if (strcmp(kind->name, "award") == 0 && (st = award_parts(db, case_id, parts, &np, e)) != TC_OK)
		goto out;
	if ((st = addressees(db, case_id, kind, &who, &nwho, e)) != TC_OK)
		goto out;
	last = nwho;
	if (to && *to) {
		if ((st = pick(kind, who, nwho, to, &first, e)) != TC_OK)
			goto out;
		last = first + 1;
	}
	for (size_t i = first; i < last && st == TC_OK; i++)
		for (size_t p = 0; p < np && st == TC_OK; p++) {
			struct docwhat w = {kind, who[i].id, kind->per_hearing ? hearing_no : 0, parts[p],
					    ev, 0, today, NULL};
			struct prev pv;
			char digest[65];
			int no = 0;
			size_t mark = out->n;

			if ((st = latest(db, case_id, kind->name, parts[p], who[i].id, w.hearing_no, &pv,
					 e)) != TC_OK)
				break;
			if (out->n)
				rdoc_break(out);
			mark = out->n;
			if (pv.no) {
				/* Again as it was made, dated as it was: the same text? */
				w.made_on = pv.made_on;
				w.doc_no = pv.no;
				if ((st = render_one(db, a, case_id, &w, out, digest, e)) != TC_OK)
					break;
			}
			if (pv.no && strcmp(digest, pv.digest) == 0) {
				no = pv.no;
				sb_printf(notes, "第%d号 %s (%s): 案件未变, 与 %s 所制相同\n", no, kind->zh,
					  who[i].name, date_iso(pv.made_on, (char[DATE_ISO_LEN]){0}));
			} else {
				rdoc_truncate(out, mark);
				w.made_on = kind->event_dated ? on : today;
				w.doc_no = 0;
				if ((st = render_one(db, a, case_id, &w, out, digest, e)) != TC_OK ||
				    (st = record(db, a, case_id, &w, who[i].name, digest, &no, e)) != TC_OK)
					break;
				if (pv.no)
					sb_printf(notes, "第%d号 %s (%s): 内容已有变化 (案件或文书样式改动), 重新制作 (原第%d号不再使用)\n",
						  no, kind->zh, who[i].name, pv.no);
				else
					sb_printf(notes, "第%d号 %s (%s): 已制作\n", no, kind->zh, who[i].name);
			}
			if ((st = render_receipt(db, a, case_id, &w, no, out, e)) != TC_OK)
				break;
			*made = xgrow(*made, &nrec, *nmade + 1, sizeof **made);
			struct doc_rec *r = &(*made)[(*nmade)++];
			memset(r, 0, sizeof *r);
			r->no = no;
			snprintf(r->kind, sizeof r->kind, "%s", kind->name);
			snprintf(r->zh, sizeof r->zh, "%s", kind->zh);
			snprintf(r->part, sizeof r->part, "%s", parts[p]);
			snprintf(r->to_ref, sizeof r->to_ref, "%s", who[i].ref);
			snprintf(r->to_name, sizeof r->to_name, "%s", who[i].name);
			r->hearing_no = w.hearing_no;
			date_iso(w.made_on, r->made_on);
			snprintf(r->made_by, sizeof r->made_by, "%s", a->name);
		}
out:
	free(who);
	if (st == TC_OK)
		st = db_commit(db, e);
	else
		db_rollback(db);
	if (st != TC_OK) {
		free(*made);
		*made = NULL;
		*nmade = 0;
	}
	return st;
}

enum tc_status doc_render(struct db *db, const struct actor *a, int64_t case_id, int no,
			  int today, struct rdoc *out, struct tc_err *e)
{
	static const char sql[] =
		"SELECT kind, part, coalesce(party_id, 0), coalesce(event_id, 0),"
		" coalesce(hearing_no, 0), made_on FROM documents WHERE case_id = ? AND no = ?";
	sqlite3_stmt *st = db_prep(db, sql);
	enum tc_status s;
	char part[12] = "";
	int rc;
	struct docwhat w = {0};

	(void)today;
	if (st == NULL)
		return db_fail(db, SQLITE_ERROR, "读取文书", e);
	sqlite3_bind_int64(st, 1, case_id);
	sqlite3_bind_int(st, 2, no);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		w.kind = doc_kind_find(db_col_text(st, 0));
		snprintf(part, sizeof part, "%s", db_col_text(st, 1));
		w.party_id = sqlite3_column_int64(st, 2);
		w.event_id = sqlite3_column_int64(st, 3);
		w.hearing_no = sqlite3_column_int(st, 4);
		w.made_on = date_from_iso(db_col_text(st, 5));
		w.doc_no = no;
		w.part = part;
	}
	sqlite3_reset(st);
	if (rc == SQLITE_DONE)
		return err_set(e, TC_REFUSED, "doc", "本案没有第 %d 号文书 (tiaocai doc list 列出本案文书)", no);
	if (rc != SQLITE_ROW)
		return db_fail(db, rc, "读取文书", e);
	if (w.kind == NULL)
		return err_set(e, TC_REFUSED, "doc", "第 %d 号文书的种类本程序不认识", no);
	if ((s = render_one(db, a, case_id, &w, out, NULL, e)) != TC_OK)
		return s;
	return render_receipt(db, a, case_id, &w, no, out, e);
}

/* ---- the sections a person writes ------------------------------------------ */

/* The i-th section of k ("facts" and "查明事实"); false past the last. */
static bool section_at(const struct doc_kind *k, size_t i, char *name, size_t nsize, char *zh,
		       size_t zsize)
{
	const char *p = k->sections;

	for (size_t at = 0; *p; at++) {
		const char *end = strchr(p, ' '), *colon = strchr(p, ':');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		if (at == i && colon && colon < p + len) {
			snprintf(name, nsize, "%.*s", (int)(colon - p), p);
			snprintf(zh, zsize, "%.*s", (int)(p + len - colon - 1), colon + 1);
			return true;
		}
		p += len;
		while (*p == ' ')
			p++;
	}
	return false;
}

enum tc_status doc_section(struct db *db, int64_t case_id, const char *kind,
			   const char *section, struct strbuf *out, struct tc_err *e)
{
	static const char sql[] =
		"SELECT text FROM doc_sections WHERE case_id = ? AND kind = ? AND section = ?";
	sqlite3_stmt *st = db_prep(db, sql);
	int rc;

	if (st == NULL)
		return db_fail(db, SQLITE_ERROR, "读取文书内容", e);
	sqlite3_bind_int64(st, 1, case_id);
	sqlite3_bind_text(st, 2, kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, section, -1, SQLITE_STATIC);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		sb_puts(out, db_col_text(st, 0));
		rc = SQLITE_DONE;
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "读取文书内容", e);
}

#define SECTION_MARK "## "

enum tc_status doc_sections_get(struct db *db, int64_t case_id, const struct doc_kind *kind,
				struct strbuf *out, struct tc_err *e)
{
	char name[32], zh[64];

	if (!*kind->sections)
		return err_set(e, TC_REFUSED, "kind", "%s没有需要填写的部分", kind->zh);
	sb_printf(out, "# %s: 在下列每个标题下写该部分的正文, 段与段之间空一行.\n"
		       "# 以「#」开头的行不保存; 标题行 (以「## 」开头) 请勿改动.\n", kind->zh);
	for (size_t i = 0; section_at(kind, i, name, sizeof name, zh, sizeof zh); i++) {
		struct strbuf body = {0};
		enum tc_status st = doc_section(db, case_id, kind->name, name, &body, e);
		if (st != TC_OK) {
			sb_free(&body);
			return st;
		}
		sb_printf(out, "\n" SECTION_MARK "%s\n\n", zh);
		if (body.len) {
			sb_puts(out, body.buf);
			sb_puts(out, "\n");
		}
		sb_free(&body);
	}
	return TC_OK;
}

/* Trim blank lines and trailing spaces at both ends of a body. */
static char *trimmed(const char *s, size_t len)
{
	while (len && (*s == '\n' || *s == ' ' || *s == '\t'))
		s++, len--;
	while (len && (s[len - 1] == '\n' || s[len - 1] == ' ' || s[len - 1] == '\t' ||
		       s[len - 1] == '\r'))
		len--;
	return xstrndup(s, len);
}

enum tc_status doc_sections_put(struct db *db, const struct actor *a, int64_t case_id,
				const struct doc_kind *kind, const char *text, bool *changed,
				struct tc_err *e)
{
	enum { MAXSEC = 8 };
	char names[MAXSEC][32], zhs[MAXSEC][64];
	struct strbuf body[MAXSEC] = {{0}};
	bool seen[MAXSEC] = {false};
	size_t nsec = 0;
	int cur = -1, lineno = 0;
	enum tc_status st = TC_OK;

	*changed = false;
	if (a->role == ROLE_LAWYER)
		return err_set(e, TC_REFUSED, NULL, "代理律师只能查看案件, 不能填写文书");
	if (!*kind->sections)
		return err_set(e, TC_REFUSED, "kind", "%s没有需要填写的部分", kind->zh);
	while (nsec < MAXSEC && section_at(kind, nsec, names[nsec], sizeof names[0], zhs[nsec],
					   sizeof zhs[0]))
		nsec++;
	if ((st = text_check("text", kind->zh, text, 0, TEXT_MULTILINE, e)) != TC_OK)
		return st;
	for (const char *p = text; *p && st == TC_OK;) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		lineno++;
		if (strncmp(p, SECTION_MARK, strlen(SECTION_MARK)) == 0) {
			char *h = trimmed(p + strlen(SECTION_MARK), len - strlen(SECTION_MARK));
			cur = -1;
			for (size_t i = 0; i < nsec; i++)
				if (strcmp(h, zhs[i]) == 0)
					cur = (int)i;
			if (cur < 0 || seen[cur]) {
				struct strbuf want = {0};
				for (size_t i = 0; i < nsec; i++)
					sb_printf(&want, "%s「## %s」", i ? "、" : "", zhs[i]);
				st = err_set(e, TC_REFUSED, "text", "第 %d 行: %s「%s」; 标题应为 %s, 各一次",
					     lineno, cur < 0 ? "不认识的标题" : "重复的标题", h, want.buf);
				sb_free(&want);
			} else
				seen[cur] = true;
			free(h);
		} else if (*p != '#' && cur >= 0) {
			sb_add(&body[cur], p, len);
			sb_puts(&body[cur], "\n");
		} else if (*p != '#' && len && strspn(p, " \t\r") < len) {
			st = err_set(e, TC_REFUSED, "text", "第 %d 行: 正文写在了标题之前; 请写在「## %s」等标题下",
				     lineno, zhs[0]);
		}
		p += len + (nl != NULL);
	}
	if (st == TC_OK && (st = db_begin(db, e)) == TC_OK) {
		for (size_t i = 0; i < nsec && st == TC_OK; i++) {
			char *t = trimmed(body[i].buf ? body[i].buf : "", body[i].len);
			struct strbuf old = {0};
			if ((st = text_check_kind("text", zhs[i], t, TEXT_SECTION, TEXT_MULTILINE, e)) ==
				    TC_OK &&
			    (st = doc_section(db, case_id, kind->name, names[i], &old, e)) == TC_OK &&
			    strcmp(old.buf ? old.buf : "", t) != 0) {
				static const char put[] =
					"INSERT INTO doc_sections(case_id, kind, section, text, updated_at,"
					" updated_by) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(case_id, kind,"
					" section) DO UPDATE SET text = excluded.text, updated_at ="
					" excluded.updated_at, updated_by = excluded.updated_by";
				sqlite3_stmt *s = db_prep(db, put);
				char now[20];
				db_now(now);
				if (s == NULL)
					st = db_fail(db, SQLITE_ERROR, "保存文书内容", e);
				else {
					sqlite3_bind_int64(s, 1, case_id);
					sqlite3_bind_text(s, 2, kind->name, -1, SQLITE_STATIC);
					sqlite3_bind_text(s, 3, names[i], -1, SQLITE_STATIC);
					sqlite3_bind_text(s, 4, t, -1, SQLITE_STATIC);
					sqlite3_bind_text(s, 5, now, -1, SQLITE_STATIC);
					db_bind_id(s, 6, a->user_id);
					int rc = sqlite3_step(s);
					sqlite3_reset(s);
					if (rc != SQLITE_DONE)
						st = db_fail(db, rc, "保存文书内容", e);
				}
				if (st == TC_OK) {
					struct strbuf d = {0};
					sb_printf(&d, "填写 %s「%s」, %zu 字", kind->zh, zhs[i], text_chars(t));
					st = journal_add(db, case_id, DATE_NONE, a->login, "doc-edit", d.buf, e);
					sb_free(&d);
					*changed = true;
				}
			}
			sb_free(&old);
			free(t);
		}
		if (st == TC_OK)
			st = db_commit(db, e);
		else
			db_rollback(db);
	}
	for (size_t i = 0; i < MAXSEC; i++)
		sb_free(&body[i]);
	if (st != TC_OK)
		*changed = false;
	return st;
}

/* The editor's file, with the user's own identity (priv.h). */
static int as_user_mkdtemp(void *dir)
{
	return mkdtemp(dir) ? 0 : -1;
}
static int as_user_unlink(void *path)
{
	return unlink(path);
}
static int as_user_rmdir(void *path)
{
	return rmdir(path);
}

static enum tc_status slurp(const char *path, struct strbuf *out, struct tc_err *e)
{
	FILE *fp = priv_fopen(path, "r");
	char buf[4096];
	size_t n;

	if (fp == NULL)
		return err_set(e, TC_STORAGE, "file", "读不到编辑后的文件: %s", afile_strerror(errno));
	while ((n = fread(buf, 1, sizeof buf, fp)) > 0)
		sb_add(out, buf, n);
	bool bad = ferror(fp);
	fclose(fp);
	return bad ? err_set(e, TC_STORAGE, "file", "读取编辑后的文件失败") : TC_OK;
}

enum tc_status doc_sections_edit(struct db *db, const struct actor *a, int64_t case_id,
				 const struct doc_kind *kind, bool *changed, struct tc_err *e)
{
	struct strbuf text = {0}, after = {0};
	const char *tmp = getenv("TMPDIR");
	char dir[320], *path = NULL;
	enum tc_status st;
	struct afile f;

	*changed = false;
	if (a->role == ROLE_LAWYER)
		return err_set(e, TC_REFUSED, NULL, "代理律师只能查看案件, 不能填写文书");
	if ((st = doc_sections_get(db, case_id, kind, &text, e)) != TC_OK)
		goto out;
	snprintf(dir, sizeof dir, "%s/tiaocai-edit-XXXXXX",
		 tmp && *tmp == '/' && strlen(tmp) < 256 ? tmp : "/tmp");
	if (priv_as_user(as_user_mkdtemp, dir) != 0) {
		st = err_set(e, TC_STORAGE, "file", "无法建立临时目录: %s", afile_strerror(errno));
		goto out;
	}
	path = xasprintf("%s/%s.txt", dir, kind->zh);
	if ((st = afile_open(&f, path, e)) == TC_OK) {
		enum tc_status w = TC_OK;
		if (fwrite(sb_str(&text), 1, text.len, f.fp) != text.len)
			w = err_set(e, TC_STORAGE, "file", "写入临时文件失败");
		st = afile_commit(&f, w, e);
	}
	if (st == TC_OK) {
		int rc = spawn_editor(path);
		if (rc == 127)
			st = err_set(e, TC_REFUSED, "editor", "找不到编辑器 (请设置 VISUAL 或 EDITOR)");
		else if (rc != 0)
			st = err_set(e, TC_REFUSED, "editor", "编辑器没有正常退出, 未保存任何内容");
		else if ((st = slurp(path, &after, e)) == TC_OK && strcmp(sb_str(&after), sb_str(&text)) != 0)
			st = doc_sections_put(db, a, case_id, kind, sb_str(&after), changed, e);
	}
	priv_as_user(as_user_unlink, path);
	priv_as_user(as_user_rmdir, dir);
out:
	free(path);
	sb_free(&text);
	sb_free(&after);
	return st;
}
