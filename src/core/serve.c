/*
 * serve.c - service (送达): recording that a document reached a party,
 * listing what was served, which parties a hearing has not properly
 * notified, and when an award or a 调解书 takes effect.
 *
 * The six methods are one table (methods[]), each with its legal basis.
 * A service is a row of services against a document of doc.c's record; the
 * clocks it moves are deadline.c's (its clock table reads the services
 * itself), called here in the same transaction.  What a document kind is
 * (its Chinese name) is doc.c's.
 *
 * Below: deadline, doc (the kinds), clock, calendar, journal, db.  Nothing
 * here prints; doc.c never calls this file.
 */
#include "tiaocai/serve.h"
#include "tiaocai/calendar.h"
#include "tiaocai/case.h"
#include "tiaocai/clock.h"
#include "tiaocai/correct.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/deadline.h"
#include "tiaocai/doc.h"
#include "tiaocai/journal.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The methods, 民事诉讼法 (2023) as the arbitration rules apply it
 * (劳动人事争议仲裁办案规则 2017 Art 20). */
static const struct serve_method methods[] = {
	{"直接", "签收", "民事诉讼法第八十八条"},
	{"留置", "留置", "民事诉讼法第八十九条"},
	{"委托", "签收", "民事诉讼法第九十一条"},
	{"邮寄", "签收", "民事诉讼法第九十一条"},
	{"电子", "到达", "民事诉讼法第九十条"},
	{"公告", "公告", "民事诉讼法第九十五条"},
};
#define NMETHODS (sizeof methods / sizeof methods[0])
#define LEFT (&methods[1])
#define ELECTRONIC (&methods[4])
#define GAZETTE (&methods[5])

/* The kinds whose service the effect of a decision follows (doc.c). */
#define AWARD_KIND "award"
#define SETTLE_KIND "settlement"
#define HEARING_NOTICE_KIND "hearing-notice"

const struct serve_method *serve_methods(size_t *n)
{
	*n = NMETHODS;
	return methods;
}

const struct serve_method *serve_method_find(const char *s)
{
	for (size_t i = 0; s && i < NMETHODS; i++)
		if (strcmp(s, methods[i].zh) == 0)
			return &methods[i];
	return NULL;
}

/* "裁决书 (终局)": the kind's Chinese name, and the part of an award in two. */
static void doc_name(const char *kind, const char *part, char *buf, size_t size)
{
	const struct doc_kind *k = doc_kind_find(kind);

	snprintf(buf, size, "%s%s", k ? k->zh : kind,
		 strcmp(part, "final") == 0 ? " (终局)" : strcmp(part, "nonfinal") == 0 ? " (非终局)" : "");
}

static void ref_of(const char *side, int pos, char ref[8])
{
	snprintf(ref, 8, "%c%d", side[0], pos % 100000);
}

/* ---- recording ---------------------------------------------------------- */

/* The document as a service needs it. */
struct sdoc {
	int64_t id;
	char kind[24], part[12], zh[48];
	int64_t party_id;      /* the addressee, 0: none */
	int made_on;
};

static enum tc_status load_doc(struct db *db, int64_t case_id, int no, struct sdoc *d,
			       struct tc_err *e)
{
	static const char sql[] =
		"SELECT id, kind, part, coalesce(party_id, 0), made_on FROM documents"
		" WHERE case_id = ?1 AND no = ?2";
	sqlite3_stmt *st = db_prep(db, sql);
	int rc;

	memset(d, 0, sizeof *d);
	sqlite3_bind_int64(st, 1, case_id);
	sqlite3_bind_int(st, 2, no);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		d->id = sqlite3_column_int64(st, 0);
		snprintf(d->kind, sizeof d->kind, "%s", db_col_text(st, 1));
		snprintf(d->part, sizeof d->part, "%s", db_col_text(st, 2));
		d->party_id = sqlite3_column_int64(st, 3);
		d->made_on = date_from_iso(db_col_text(st, 4));
		doc_name(d->kind, d->part, d->zh, sizeof d->zh);
	}
	sqlite3_reset(st);
	if (rc == SQLITE_DONE)
		return err_set(e, TC_REFUSED, "doc", "文书: 本案没有第 %d 号文书 (见 tiaocai doc list 所列编号)",
			       no);
	return rc == SQLITE_ROW ? TC_OK : db_fail(db, rc, "读取文书", e);
}

/* A party of the case, as a service needs it. */
struct sparty {
	int64_t id;
	char ref[8];
	char name[TEXT_BYTES(TEXT_MAX_ORG)];
	char address[TEXT_BYTES(TEXT_MAX_NOTE)];   /* the service address, else the address */
};

static void party_fill(sqlite3_stmt *st, struct sparty *p)
{
	memset(p, 0, sizeof *p);
	p->id = sqlite3_column_int64(st, 0);
	ref_of(db_col_text(st, 1), sqlite3_column_int(st, 2), p->ref);
	text_copy(p->name, sizeof p->name, db_col_text(st, 3));
	text_copy(p->address, sizeof p->address, db_col_text(st, 4));
}

#define PARTY_COLS "SELECT id, side, pos, name, coalesce(nullif(service_address, ''), address, '')"

static enum tc_status party_by_id(struct db *db, int64_t id, struct sparty *p, struct tc_err *e)
{
	static const char sql[] = PARTY_COLS " FROM parties WHERE id = ?1";
	sqlite3_stmt *st = db_prep(db, sql);
	int rc;

	sqlite3_bind_int64(st, 1, id);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW)
		party_fill(st, p);
	sqlite3_reset(st);
	if (rc == SQLITE_DONE)
		return err_set(e, TC_REFUSED, "to", "受送达人: 文书所送的当事人已不在本案");
	return rc == SQLITE_ROW ? TC_OK : db_fail(db, rc, "读取当事人", e);
}

/* The party `to` names in case_id: a ref (a1, r2, t1) or a name that only
 * one party has. */
static enum tc_status party_named(struct db *db, int64_t case_id, const char *to,
				  struct sparty *p, struct tc_err *e)
{
	static const char by_ref[] = PARTY_COLS " FROM parties WHERE case_id = ?1 AND side = ?2 AND pos = ?3";
	static const char by_name[] = PARTY_COLS " FROM parties WHERE case_id = ?1 AND name = ?2"
		" ORDER BY CASE side WHEN 'applicant' THEN 0 WHEN 'respondent' THEN 1 ELSE 2 END, pos";
	enum party_side side;
	struct strbuf refs = {0};
	size_t found = 0;
	int pos, rc;
	sqlite3_stmt *st;

	if (corr_party_parse(to, &side, &pos)) {
		st = db_prep(db, by_ref);
		sqlite3_bind_int64(st, 1, case_id);
		sqlite3_bind_text(st, 2, party_side_name(side), -1, SQLITE_STATIC);
		sqlite3_bind_int(st, 3, pos);
	} else {
		st = db_prep(db, by_name);
		sqlite3_bind_int64(st, 1, case_id);
		sqlite3_bind_text(st, 2, to, -1, SQLITE_STATIC);
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct sparty q;
		party_fill(st, &q);
		if (found++ == 0)
			*p = q;
		sb_printf(&refs, "%s%s", found > 1 ? "、" : "", q.ref);
	}
	sqlite3_reset(st);
	enum tc_status ret = TC_OK;
	if (rc != SQLITE_DONE)
		ret = db_fail(db, rc, "读取当事人", e);
	else if (found == 0)
		ret = err_set(e, TC_REFUSED, "to",
			      "受送达人: 本案没有当事人「%s」(写 a1、r1、t1 或当事人的姓名, 见 tiaocai case show)", to);
	else if (found > 1)
		ret = err_set(e, TC_REFUSED, "to", "受送达人: 本案有 %zu 名当事人叫「%s」(%s), 请用编号指明",
			      found, to, sb_str(&refs));
	sb_free(&refs);
	return ret;
}

/* "09:30" from "9:30" or "09:30"; false when it is not a time of day. */
static bool time_parse(const char *s, char out[6])
{
	int h = 0, m = 0, n = 0;

	if (s == NULL || sscanf(s, "%2d:%2d%n", &h, &m, &n) != 2 || s[n] != '\0' || h < 0 || h > 23 ||
	    m < 0 || m > 59 || s[0] < '0' || s[0] > '9' || strlen(s) < 4 ||
	    s[strlen(s) - 3] != ':')
		return false;
	snprintf(out, 6, "%02d:%02d", h, m);
	return true;
}

static bool given(const char *s) { return s && *s; }

/* The services already recorded of document doc to party: whether one by
 * another method than 公告 exists, and the 公告 (its days, DATE_NONE when
 * none). */
struct before {
	bool direct;
	char direct_method[12];
	int direct_on;
	int gazette_on, gazette_served;
};

static enum tc_status services_before(struct db *db, int64_t doc, int64_t party,
				      struct before *b, struct tc_err *e)
{
	static const char sql[] =
		"SELECT method, given_on, served_on FROM services WHERE document_id = ?1"
		" AND party_id = ?2 ORDER BY id";
	sqlite3_stmt *st = db_prep(db, sql);
	int rc;

	memset(b, 0, sizeof *b);
	b->gazette_on = b->gazette_served = b->direct_on = DATE_NONE;
	sqlite3_bind_int64(st, 1, doc);
	sqlite3_bind_int64(st, 2, party);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (strcmp(db_col_text(st, 0), GAZETTE->zh) == 0) {
			b->gazette_on = date_from_iso(db_col_text(st, 1));
			b->gazette_served = date_from_iso(db_col_text(st, 2));
		} else {
			b->direct = true;
			snprintf(b->direct_method, sizeof b->direct_method, "%s", db_col_text(st, 0));
			b->direct_on = date_from_iso(db_col_text(st, 1));
		}
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "读取送达记录", e);
}

/* The checks of a request that need no database. */
struct checked {
	const struct serve_method *m;
	int on;
	char at[6];
};

static enum tc_status check_request(const struct serve_req *r, int today, struct checked *c,
				    struct tc_err *e)
{
	char iso[DATE_ISO_LEN], iso2[DATE_ISO_LEN];
	enum tc_status st;

	memset(c, 0, sizeof *c);
	if (r->doc_no <= 0)
		return err_set(e, TC_USAGE, "doc", "文书: 请用 --doc 给出文书编号 (tiaocai doc list 所列)");
	if (!given(r->method))
		return err_set(e, TC_USAGE, "method", "送达方式: 请用 --method 给出 直接、留置、委托、邮寄、电子 或 公告");
	if ((c->m = serve_method_find(r->method)) == NULL)
		return err_set(e, TC_REFUSED, "method",
			       "送达方式: 「%s」不是送达方式, 应为 直接、留置、委托、邮寄、电子 或 公告", r->method);
	if (!given(r->on))
		return err_set(e, TC_USAGE, "on", "送达日期: 请用 --on 给出 (邮寄为回执上的签收日期, 公告为公告之日)");
	if ((st = text_check_kind("on", "送达日期", r->on, TEXT_CODE, 0, e)) != TC_OK ||
	    (st = date_parse(r->on, &c->on, "--on", e)) != TC_OK)
		return st;
	if (c->on > today)
		return err_set(e, TC_REFUSED, "on", "送达日期: %s 晚于今天 (%s), 送达只能在送达之后记录",
			       date_iso(c->on, iso), date_iso(today, iso2));
	if (given(r->at) && ((st = text_check_kind("at", "送达时间", r->at, TEXT_CODE, 0, e)) != TC_OK))
		return st;
	if (given(r->at) && !time_parse(r->at, c->at))
		return err_set(e, TC_REFUSED, "at", "送达时间: 「%s」应写成 时:分, 如 09:30", r->at);
	if (c->m == ELECTRONIC && !c->at[0])
		return err_set(e, TC_REFUSED, "at",
			       "电子送达须用 --at 写明送达信息到达受送达人系统的时间 (%s), 如 --at 10:30",
			       ELECTRONIC->basis);
	if (c->m == LEFT && !given(r->note))
		return err_set(e, TC_REFUSED, "note",
			       "留置送达须用 --note 写明拒收情况和见证人 (%s), 如 --note '拒收, 见证人 村委会 李四'",
			       LEFT->basis);
	if ((st = text_check_kind("by", "送达人", r->by, TEXT_PERSON, 0, e)) != TC_OK ||
	    (st = text_check_kind("note", "备注", r->note, TEXT_NOTE, 0, e)) != TC_OK ||
	    (st = text_check_kind("address", "送达地址", r->address, TEXT_NOTE, 0, e)) != TC_OK ||
	    (st = text_check_kind("to", "受送达人", r->to, TEXT_ORG, 0, e)) != TC_OK)
		return st;
	return TC_OK;
}

/* A second service of the same document to the same party: only after a
 * 公告, by another method, on or after its publication and before it is
 * deemed served (then the direct service counts and ends the period). */
static enum tc_status check_again(int no, const struct sdoc *d, const struct sparty *p,
				  const struct before *b, const struct checked *c, struct tc_err *e)
{
	char iso[DATE_ISO_LEN], iso2[DATE_ISO_LEN];

	if (b->direct)
		return err_set(e, TC_REFUSED, "doc", "第 %d 号%s已于 %s 以%s方式送达 %s, 不能重复记录送达",
			       no, d->zh, date_iso(b->direct_on, iso), b->direct_method, p->name);
	if (b->gazette_on == DATE_NONE)
		return TC_OK;
	if (c->m == GAZETTE)
		return err_set(e, TC_REFUSED, "method", "%s已于 %s 向 %s 公告送达, 不能再次公告",
			       d->zh, date_iso(b->gazette_on, iso), p->name);
	if (c->on < b->gazette_on)
		return err_set(e, TC_REFUSED, "on", "送达日期: %s 早于公告之日 %s; 公告之后送达的, 写实际送达的日期",
			       date_iso(c->on, iso), date_iso(b->gazette_on, iso2));
	if (c->on >= b->gazette_served)
		return err_set(e, TC_REFUSED, "on",
			       "送达日期: %s 向 %s 公告的%s已于 %s 视为送达, 之后再送达不改变送达日期, 不必记录",
			       date_iso(b->gazette_on, iso), p->name, d->zh, date_iso(b->gazette_served, iso2));
	return TC_OK;
}

/* Insert the services row. */
static enum tc_status insert(struct db *db, const struct actor *a, int64_t case_id,
			     const struct sdoc *d, const struct sparty *p, const struct checked *c,
			     int served, const char *address, const struct serve_req *r,
			     struct tc_err *e)
{
	static const char sql[] =
		"INSERT INTO services(document_id, case_id, party_id, method, given_on, given_at,"
		" served_on, address, by_name, note, recorded_at, recorded_by)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";
	sqlite3_stmt *st = db_prep(db, sql);
	char on[DATE_ISO_LEN], sv[DATE_ISO_LEN], now[20];
	int rc;

	db_now(now);
	sqlite3_bind_int64(st, 1, d->id);
	sqlite3_bind_int64(st, 2, case_id);
	sqlite3_bind_int64(st, 3, p->id);
	sqlite3_bind_text(st, 4, c->m->zh, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, date_iso(c->on, on), -1, SQLITE_TRANSIENT);
	db_bind_opt(st, 6, c->at);
	sqlite3_bind_text(st, 7, date_iso(served, sv), -1, SQLITE_TRANSIENT);
	db_bind_opt(st, 8, address);
	db_bind_opt(st, 9, r->by);
	db_bind_opt(st, 10, r->note);
	sqlite3_bind_text(st, 11, now, -1, SQLITE_TRANSIENT);
	db_bind_id(st, 12, a->user_id);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "记录送达", e);
}

/* The clocks a service moved: new ones, those whose due day changed, and
 * those it ended. */
static void moved(const struct case_clock *b, size_t nb, const struct case_clock *a, size_t na,
		  int on, struct serve_result *res)
{
	for (size_t i = 0; i < na && res->nmoved < sizeof res->moved / sizeof res->moved[0]; i++) {
		const struct case_clock *was = NULL;
		for (size_t j = 0; j < nb; j++)
			if (strcmp(b[j].name, a[i].name) == 0)
				was = &b[j];
		bool ended = was && was->running && !a[i].running;
		if (was && !ended && strcmp(was->due, a[i].due) == 0)
			continue;
		struct serve_moved *m = &res->moved[res->nmoved++];
		memset(m, 0, sizeof *m);
		text_copy(m->label, sizeof m->label, a[i].label);
		snprintf(m->due, sizeof m->due, "%s", a[i].due);
		if (ended)
			date_iso(on, m->ended);
		m->party = a[i].party;
	}
}

/* The journal's line: "送达 第7号 开庭通知书 给 王超德: 邮寄, 2026-11-25 签收". */
static void detail_of(const struct serve_result *res, const struct checked *c, int served,
		      const struct serve_req *r, struct strbuf *sb)
{
	char iso[DATE_ISO_LEN];

	sb_printf(sb, "送达 第%d号 %s 给 ", res->doc_no, res->doc_zh);
	text_clean(sb, res->to_name, 0);
	sb_printf(sb, ": %s, %s", c->m->zh, res->given_on);
	if (c->at[0])
		sb_printf(sb, " %s", c->at);
	sb_printf(sb, " %s", c->m->given);
	if (c->m == GAZETTE)
		sb_printf(sb, ", %s 视为送达", date_iso(served, iso));
	if (given(r->by))
		sb_printf(sb, ", 送达人 %s", r->by);
	if (given(r->note))
		sb_printf(sb, " (%s)", r->note);
}

/* The work of serve_record inside its transaction. */
static enum tc_status record(struct db *db, const struct actor *a, int64_t case_id,
			     const struct serve_req *r, int today, const struct checked *c,
			     struct serve_result *res, struct tc_err *e)
{
	struct case_clock before[DEADLINE_MAX_CLOCKS], after[DEADLINE_MAX_CLOCKS];
	size_t nb, na;
	int prov, served = c->on;
	struct sdoc d;
	struct sparty p;
	struct before b;
	char iso[DATE_ISO_LEN], iso2[DATE_ISO_LEN];
	enum tc_status st;

	if ((st = deadline_case(db, case_id, today, before, &nb, &prov, e)) != TC_OK ||
	    (st = load_doc(db, case_id, r->doc_no, &d, e)) != TC_OK)
		return st;
	/* The addressee, or the party named, who must be it. */
	if (given(r->to)) {
		if ((st = party_named(db, case_id, r->to, &p, e)) != TC_OK)
			return st;
		if (d.party_id && p.id != d.party_id) {
			struct sparty to;
			if ((st = party_by_id(db, d.party_id, &to, e)) != TC_OK)
				return st;
			return err_set(e, TC_REFUSED, "to",
				       "受送达人: 第 %d 号%s是送给 %s %s 的, 不是 %s %s; 请送达其本人, 或为 %s 制作一份",
				       r->doc_no, d.zh, to.ref, to.name, p.ref, p.name, p.ref);
		}
	} else if (d.party_id) {
		if ((st = party_by_id(db, d.party_id, &p, e)) != TC_OK)
			return st;
	} else {
		return err_set(e, TC_USAGE, "to", "受送达人: 第 %d 号%s没有指定受送达人, 请用 --to 指明 (a1、r1 ...)",
			       r->doc_no, d.zh);
	}
	if (c->on < d.made_on)
		return err_set(e, TC_REFUSED, "on", "送达日期: %s 早于第 %d 号%s的制作日期 %s",
			       date_iso(c->on, iso), r->doc_no, d.zh, date_iso(d.made_on, iso2));
	/* A 调解书 reaches the party itself (民事诉讼法 Art 89). */
	if (c->m == LEFT && strcmp(d.kind, SETTLE_KIND) == 0)
		return err_set(e, TC_REFUSED, "method",
			       "送达方式: 调解书应当直接送达当事人本人, 不适用留置送达 (民事诉讼法第八十九条)");
	if ((st = services_before(db, d.id, p.id, &b, e)) != TC_OK)
		return st;
	if ((st = check_again(r->doc_no, &d, &p, &b, c, e)) != TC_OK)
		return st;
	if (c->m == GAZETTE) {
		/* Deemed served once the rule's period from publication ends. */
		struct clock_rule g;
		const struct cal *cal;
		if ((st = clock_rule_get(db, "gazette", &g, e)) != TC_OK || (st = cal_get(db, &cal, e)) != TC_OK)
			return st;
		served = clock_add(cal, c->on, g.days, g.unit, NULL, NULL);
	}
	const char *address = given(r->address) ? r->address : p.address;
	if ((st = insert(db, a, case_id, &d, &p, c, served, address, r, e)) != TC_OK)
		return st;

	memset(res, 0, sizeof *res);
	res->doc_no = r->doc_no;
	snprintf(res->doc_zh, sizeof res->doc_zh, "%s", d.zh);
	snprintf(res->to_ref, sizeof res->to_ref, "%s", p.ref);
	text_copy(res->to_name, sizeof res->to_name, p.name);
	snprintf(res->method, sizeof res->method, "%s", c->m->zh);
	date_iso(c->on, res->given_on);
	snprintf(res->given_at, sizeof res->given_at, "%s", c->at);
	date_iso(served, res->served_on);
	res->deemed = c->m == GAZETTE;
	text_copy(res->address, sizeof res->address, address ? address : "");

	struct strbuf detail = {0};
	detail_of(res, c, served, r, &detail);
	st = journal_add(db, case_id, c->on, a->login, "serve", sb_str(&detail), e);
	sb_free(&detail);
	if (st == TC_OK)
		st = deadline_update(db, case_id, c->on, e);
	if (st == TC_OK)
		st = deadline_case(db, case_id, today, after, &na, &prov, e);
	if (st == TC_OK)
		moved(before, nb, after, na, c->on, res);
	return st;
}

enum tc_status serve_record(struct db *db, const struct actor *a, int64_t case_id,
			    const struct serve_req *r, int today, struct serve_result *res,
			    struct tc_err *e)
{
	struct checked c;
	enum tc_status st;

	memset(res, 0, sizeof *res);
	if (user_read_only(a))
		return err_set(e, TC_REFUSED, NULL, "代理律师只能查看案件, 不能记录送达");
	if ((st = check_request(r, today, &c, e)) != TC_OK)
		return st;
	if ((st = db_begin(db, e)) != TC_OK)
		return st;
	st = record(db, a, case_id, r, today, &c, res, e);
	if (st == TC_OK)
		return db_commit(db, e);
	db_rollback(db);
	memset(res, 0, sizeof *res);
	return st;
}

/* ---- reading -------------------------------------------------------------- */

enum tc_status serve_list(struct db *db, const struct actor *a, int64_t case_id,
			  struct serve_rec **out, size_t *n, struct tc_err *e)
{
	static const char sql[] =
		"SELECT d.no, d.kind, d.part, p.side, p.pos, p.name, coalesce(p.id_no, ''), s.method,"
		" s.given_on, coalesce(s.given_at, ''), s.served_on, coalesce(s.by_name, ''),"
		" coalesce(s.note, ''), coalesce(s.address, ''),"
		" s.method = '公告' AND EXISTS (SELECT 1 FROM services t WHERE"
		"  t.document_id = s.document_id AND t.party_id = s.party_id AND t.method <> '公告'"
		"  AND t.served_on < s.served_on)"
		" FROM services s JOIN documents d ON d.id = s.document_id"
		" JOIN parties p ON p.id = s.party_id WHERE s.case_id = ?1 ORDER BY d.no, s.id";
	sqlite3_stmt *st = db_prep(db, sql);
	bool mask = user_read_only(a);
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	sqlite3_bind_int64(st, 1, case_id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*out = xgrow(*out, &cap, *n + 1, sizeof **out);
		struct serve_rec *r = &(*out)[(*n)++];
		memset(r, 0, sizeof *r);
		r->doc_no = sqlite3_column_int(st, 0);
		snprintf(r->kind, sizeof r->kind, "%s", db_col_text(st, 1));
		snprintf(r->part, sizeof r->part, "%s", db_col_text(st, 2));
		doc_name(r->kind, r->part, r->doc_zh, sizeof r->doc_zh);
		ref_of(db_col_text(st, 3), sqlite3_column_int(st, 4), r->to_ref);
		text_copy(r->to_name, sizeof r->to_name, db_col_text(st, 5));
		snprintf(r->method, sizeof r->method, "%s", db_col_text(st, 7));
		snprintf(r->given_on, sizeof r->given_on, "%s", db_col_text(st, 8));
		snprintf(r->given_at, sizeof r->given_at, "%s", db_col_text(st, 9));
		snprintf(r->served_on, sizeof r->served_on, "%s", db_col_text(st, 10));
		text_copy(r->by, sizeof r->by, db_col_text(st, 11));
		text_copy(r->note, sizeof r->note, db_col_text(st, 12));
		/* A worker's address is personal data, as on the case file. */
		if (!(mask && *db_col_text(st, 6)))
			text_copy(r->address, sizeof r->address, db_col_text(st, 13));
		r->deemed = strcmp(r->method, GAZETTE->zh) == 0;
		r->overtaken = sqlite3_column_int(st, 14) != 0;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		free(*out);
		*out = NULL;
		*n = 0;
		return db_fail(db, rc, "读取送达记录", e);
	}
	return TC_OK;
}

/* The parties a hearing is notified to, as documents go to them (doc.c):
 * the applicants (their elected representatives, when there are some,
 * 调解仲裁法 Art 7), the respondents, the third parties; with the day each
 * was served the hearing's notice (DATE_NONE: not), the earliest of the
 * latest notice made for it. */
static const char notified_sql[] =
	"SELECT p.name, (SELECT min(s.served_on) FROM services s WHERE s.party_id = p.id"
	"  AND s.document_id = (SELECT max(d.id) FROM documents d WHERE d.case_id = p.case_id"
	"   AND d.kind = ?3 AND d.hearing_no = ?2 AND d.party_id = p.id))"
	" FROM parties p WHERE p.case_id = ?1 AND (p.side <> 'applicant' OR p.representative"
	"  OR NOT EXISTS (SELECT 1 FROM parties q WHERE q.case_id = p.case_id"
	"   AND q.side = 'applicant' AND q.representative))"
	" ORDER BY CASE p.side WHEN 'applicant' THEN 0 WHEN 'respondent' THEN 1 ELSE 2 END, p.pos";

enum tc_status serve_unnotified(struct db *db, int64_t case_id, int hearing_no,
				struct strlist *names, struct tc_err *e)
{
	static const char hearing_sql[] =
		"SELECT at, status, set_on, (SELECT value FROM settings WHERE key = 'documents_since')"
		" FROM hearings WHERE case_id = ?1 AND no = ?2";
	sqlite3_stmt *st = db_prep(db, hearing_sql);
	struct clock_rule notice;
	const struct cal *cal;
	int rc, day = DATE_NONE, set_on = DATE_NONE, since = DATE_NONE;
	bool scheduled = false;
	enum tc_status ret;

	sqlite3_bind_int64(st, 1, case_id);
	sqlite3_bind_int(st, 2, hearing_no);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		char d[DATE_ISO_LEN];
		snprintf(d, sizeof d, "%.10s", db_col_text(st, 0));
		day = date_from_iso(d);
		scheduled = strcmp(db_col_text(st, 1), "scheduled") == 0;
		set_on = date_from_iso(db_col_text(st, 2));
		since = date_from_iso(db_col_text(st, 3));
	}
	sqlite3_reset(st);
	if (rc == SQLITE_DONE)
		return err_set(e, TC_REFUSED, "hearing", "本案没有第 %d 次开庭", hearing_no);
	if (rc != SQLITE_ROW)
		return db_fail(db, rc, "读取开庭安排", e);
	/* A hearing set before the records began predates them. */
	if (!scheduled || day == DATE_NONE || set_on == DATE_NONE || since == DATE_NONE || set_on < since)
		return TC_OK;
	if (clock_rule_get(db, "hearing_notice", &notice, NULL) != TC_OK)
		return TC_OK; /* the office has no notice period */
	if ((ret = cal_get(db, &cal, e)) != TC_OK)
		return ret;
	st = db_prep(db, notified_sql);
	sqlite3_bind_int64(st, 1, case_id);
	sqlite3_bind_int(st, 2, hearing_no);
	sqlite3_bind_text(st, 3, HEARING_NOTICE_KIND, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int served = date_from_iso(db_col_text(st, 1));
		struct clock_result r;
		/* The notice's days from service, counted as the rule counts,
		 * must have run by the hearing day (as workflow.c checks a
		 * hearing against the day it is set). */
		if (served != DATE_NONE) {
			clock_add(cal, served, notice.days, notice.unit, &r, NULL);
			if (day >= r.last_counted)
				continue;
		}
		struct strbuf name = {0};
		text_clean(&name, db_col_text(st, 0), 0); /* as shown, whatever was stored */
		sl_push(names, sb_str(&name));
		sb_free(&name);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "读取送达记录", e);
}

/* The addressees of the latest documents of kind (and part, NULL: any) of
 * case_id, each with the day it was first served (DATE_NONE: not yet);
 * *all whether each was, *last the latest of those days, names those not
 * served ("、" between). */
static enum tc_status receipts(struct db *db, int64_t case_id, const char *kind, const char *part,
			       bool signed_only, bool *all, int *last, struct strbuf *names,
			       size_t *count, struct tc_err *e)
{
	static const char sql[] =
		"SELECT p.name, (SELECT min(s.given_on) FROM services s WHERE s.document_id = d.id"
		"  AND s.party_id = d.party_id AND (?4 = 0 OR s.method <> '公告'))"
		" FROM documents d JOIN parties p ON p.id = d.party_id"
		" WHERE d.case_id = ?1 AND d.kind = ?2 AND (?3 IS NULL OR d.part = ?3)"
		" AND NOT EXISTS (SELECT 1 FROM documents l WHERE l.case_id = d.case_id"
		"  AND l.kind = d.kind AND l.part = d.part AND l.party_id = d.party_id AND l.no > d.no)"
		" ORDER BY CASE p.side WHEN 'applicant' THEN 0 WHEN 'respondent' THEN 1 ELSE 2 END, p.pos";
	sqlite3_stmt *st = db_prep(db, sql);
	int rc;

	*all = true;
	*last = DATE_NONE;
	*count = 0;
	sqlite3_bind_int64(st, 1, case_id);
	sqlite3_bind_text(st, 2, kind, -1, SQLITE_STATIC);
	db_bind_opt(st, 3, part);
	sqlite3_bind_int(st, 4, signed_only);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int day = date_from_iso(db_col_text(st, 1));
		(*count)++;
		if (day == DATE_NONE) {
			*all = false;
			if (names->len)
				sb_puts(names, "、");
			text_clean(names, db_col_text(st, 0), 0);
		} else if (day > *last) {
			*last = day;
		}
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "读取送达记录", e);
}

/* For a non-final award (or part): the day it takes effect when nobody
 * sues, the day after the last party's period (rule sue) from the latest
 * receipt ends; DATE_NONE while a party has not received it. */
static enum tc_status nonfinal_effect(struct db *db, int64_t case_id, const char *part, int *day,
				      struct tc_err *e)
{
	static const char sql[] =
		"SELECT max(x.served) FROM (SELECT (SELECT min(s.served_on) FROM services s"
		"  WHERE s.document_id = d.id AND s.party_id = d.party_id) AS served"
		" FROM documents d WHERE d.case_id = ?1 AND d.kind = ?2 AND (?3 IS NULL OR d.part = ?3)"
		" AND NOT EXISTS (SELECT 1 FROM documents l WHERE l.case_id = d.case_id"
		"  AND l.kind = d.kind AND l.part = d.part AND l.party_id = d.party_id AND l.no > d.no)) x"
		" HAVING count(*) > 0 AND count(x.served) = count(*)";
	sqlite3_stmt *st = db_prep(db, sql);
	struct clock_rule sue;
	const struct cal *cal;
	enum tc_status ret;
	int rc, served = DATE_NONE;

	*day = DATE_NONE;
	sqlite3_bind_int64(st, 1, case_id);
	sqlite3_bind_text(st, 2, AWARD_KIND, -1, SQLITE_STATIC);
	db_bind_opt(st, 3, part);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW)
		served = date_from_iso(db_col_text(st, 0));
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(db, rc, "读取送达记录", e);
	if (served == DATE_NONE)
		return TC_OK;
	if ((ret = clock_rule_get(db, "sue", &sue, e)) != TC_OK || (ret = cal_get(db, &cal, e)) != TC_OK)
		return ret;
	*day = clock_add(cal, served, sue.days, sue.unit, NULL, NULL) + 1;
	return TC_OK;
}

enum tc_status serve_effect(struct db *db, int64_t case_id, char *buf, size_t size,
			    struct tc_err *e)
{
	static const char case_sql[] =
		"SELECT outcome, closed_on, coalesce(final_award, -1),"
		" EXISTS (SELECT 1 FROM documents d WHERE d.case_id = cases.id AND d.kind = ?2"
		"  AND d.part = 'final'),"
		" EXISTS (SELECT 1 FROM documents d WHERE d.case_id = cases.id AND d.kind = ?3)"
		" FROM cases WHERE id = ?1";
	sqlite3_stmt *st = db_prep(db, case_sql);
	char outcome[32] = "", closed[DATE_ISO_LEN] = "", iso[DATE_ISO_LEN];
	int rc, final_award = -1;
	bool split = false, settlement = false;
	struct strbuf sb = {0};
	enum tc_status ret = TC_OK;

	buf[0] = '\0';
	sqlite3_bind_int64(st, 1, case_id);
	sqlite3_bind_text(st, 2, AWARD_KIND, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, SETTLE_KIND, -1, SQLITE_STATIC);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		snprintf(outcome, sizeof outcome, "%s", db_col_text(st, 0));
		snprintf(closed, sizeof closed, "%s", db_col_text(st, 1));
		final_award = sqlite3_column_int(st, 2);
		split = sqlite3_column_int(st, 3) != 0;
		settlement = sqlite3_column_int(st, 4) != 0;
	}
	sqlite3_reset(st);
	if (rc == SQLITE_DONE)
		return err_set(e, TC_REFUSED, "case", "没有这个案件");
	if (rc != SQLITE_ROW)
		return db_fail(db, rc, "读取案件", e);

	/* 终局裁决, 非终局裁决, 部分终局裁决 (workflow.c). */
	if (strstr(outcome, "裁决") && closed[0]) {
		int day;
		split = split || strcmp(outcome, "部分终局裁决") == 0;
		/* Final items take effect when made (调解仲裁法 Art 47); non-final
		 * ones when nobody sues within the period after receipt (Art 50). */
		if (split || final_award == 1)
			sb_printf(&sb, "%s自作出之日 %s 起生效", split ? "终局部分" : "终局裁决", closed);
		if (split || final_award != 1) {
			ret = nonfinal_effect(db, case_id, split ? "nonfinal" : NULL, &day, e);
			if (ret == TC_OK && day != DATE_NONE)
				sb_printf(&sb, "%s%s如双方均未起诉, 于 %s 起生效", sb.len ? "; " : "",
					  split ? "非终局部分" : "", date_iso(day, iso));
		}
	} else if (settlement) {
		/* A 调解书 takes effect once the last party signs for it (Art 42). */
		bool all;
		int last;
		size_t count;
		struct strbuf names = {0};
		ret = receipts(db, case_id, SETTLE_KIND, NULL, true, &all, &last, &names, &count, e);
		if (ret == TC_OK && count && all)
			sb_printf(&sb, "调解书已于 %s 生效", date_iso(last, iso));
		else if (ret == TC_OK && count)
			sb_printf(&sb, "调解书待签收: %s", sb_str(&names));
		sb_free(&names);
	}
	if (ret == TC_OK)
		text_copy(buf, size, sb_str(&sb));
	sb_free(&sb);
	return ret;
}
