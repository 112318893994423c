/*
 * correct.c - corrections to a case after registration, and `revert`.
 *
 * One table says for each correction who may make it, what it needs and
 * whether a closed case takes it; corr_apply checks a request against its
 * row, the case's version and the inputs, runs its handler, then bumps
 * the version, recomputes the clocks, writes the journal row and keeps the
 * image of the case as it was (undo.h), all in one transaction.  Values
 * are validated by case.c's own checks, the ones registration uses.
 */
#include "tiaocai/correct.h"
#include "tiaocai/case.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/deadline.h"
#include "tiaocai/hearing.h"
#include "tiaocai/ident.h"
#include "tiaocai/journal.h"
#include "tiaocai/money.h"
#include "tiaocai/text.h"
#include "tiaocai/undo.h"
#include "tiaocai/workflow.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define R_SUP (ROLE_BIT(ROLE_ADMIN) | ROLE_BIT(ROLE_SUPERVISOR))
#define R_DESK (R_SUP | ROLE_BIT(ROLE_CLERK))
/* The desk, and the mediator or arbitrator assigned to the case. */
#define R_CASE (R_DESK | ROLE_BIT(ROLE_MEDIATOR) | ROLE_BIT(ROLE_ARBITRATOR))

#define N_R CORR_NEED_REASON
#define N_P CORR_NEED_PARTY
#define N_I CORR_NEED_ITEM
static const struct corr_def defs[] = {
	{"party-add", "追加当事人", N_R, R_DESK, false},
	{"party-edit", "更正当事人", N_R | N_P, R_DESK, true},
	{"party-remove", "删除当事人", N_R | N_P, R_DESK, false},
	{"agent-add", "委托代理人", N_P, R_DESK, true},
	{"agent-remove", "解除委托代理", N_P, R_DESK, true},
	{"claim-add", "增加仲裁请求", N_R, R_DESK, false},
	{"claim-edit", "变更仲裁请求", N_R | N_I, R_DESK, false},
	{"claim-remove", "撤回仲裁请求", N_R | N_I, R_DESK, false},
	{"docs-received", "补交材料", 0, R_DESK, true},
	{"link", "关联律师", 0, R_DESK, true},
	{"assign", "指定承办人", 0, R_DESK, true},
	{"note", "备注", 0, R_CASE, true},
	{"edit", "更正案件信息", N_R, R_DESK, true},
	{"pay", "履行付款", 0, R_CASE, true},
	{"revert", "撤销", N_R, R_SUP, true},
};
#undef N_R
#undef N_P
#undef N_I
#define NDEFS (sizeof defs / sizeof defs[0])

size_t corr_defs(const struct corr_def **out)
{
	*out = defs;
	return NDEFS;
}

const struct corr_def *corr_find(const char *name)
{
	for (size_t i = 0; i < NDEFS; i++)
		if (strcmp(defs[i].name, name) == 0 || strcmp(defs[i].zh, name) == 0)
			return &defs[i];
	return NULL;
}

bool corr_party_parse(const char *ref, enum party_side *side, int *pos)
{
	char tail;

	if (ref == NULL)
		return false;
	switch (ref[0]) {
	case 'a': case 'A': *side = SIDE_APPLICANT; break;
	case 'r': case 'R': *side = SIDE_RESPONDENT; break;
	case 't': case 'T': *side = SIDE_THIRD; break;
	default: return false;
	}
	return sscanf(ref + 1, "%d%c", pos, &tail) == 1 && *pos > 0 && ref[1] >= '0' && ref[1] <= '9';
}

/* ---- the case as a correction sees it ---------------------------------- */

struct cstate {
	enum stage stage;
	int64_t version, mediator_id, arbitrator_id, lawyer_id;
	struct tribunal tribunal;   /* its members act on the case as its arbitrator does */
	int received, accepted, last_event;
	bool worker_side;
	char missing[TEXT_BYTES(TEXT_MAX_NOTE)];
};

static enum tc_status load(struct db *db, int64_t id, struct cstate *s, struct tc_err *e)
{
	static const char sql[] =
		"SELECT stage, version, coalesce(mediator_id, 0), coalesce(arbitrator_id, 0),"
		" coalesce(lawyer_id, 0), received_on, accepted_on, applicant_side = 'worker',"
		" missing_docs,"
		" (SELECT max(effective_on) FROM journal j WHERE j.case_id = cases.id AND NOT EXISTS"
		"  (SELECT 1 FROM case_undo u WHERE u.journal_id = j.id AND u.undone_by IS NOT NULL))"
		" FROM cases WHERE id = ?1";
	sqlite3_stmt *st = db_prep(db, sql);
	int rc;

	memset(s, 0, sizeof *s);
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		stage_parse(db_col_text(st, 0), &s->stage, NULL);
		s->version = sqlite3_column_int64(st, 1);
		s->mediator_id = sqlite3_column_int64(st, 2);
		s->arbitrator_id = sqlite3_column_int64(st, 3);
		s->lawyer_id = sqlite3_column_int64(st, 4);
		s->received = date_from_iso(db_col_text(st, 5));
		s->accepted = date_from_iso(db_col_text(st, 6));
		s->worker_side = sqlite3_column_int(st, 7) != 0;
		text_copy(s->missing, sizeof s->missing, db_col_text(st, 8));
		s->last_event = date_from_iso(db_col_text(st, 9));
		if (s->last_event == DATE_NONE || s->last_event < s->received)
			s->last_event = s->received;
	}
	sqlite3_reset(st);
	if (rc == SQLITE_DONE)
		return err_set(e, TC_REFUSED, "case", "没有这个案件");
	if (rc != SQLITE_ROW)
		return db_fail(db, rc, "读取案件", e);
	return tribunal_get(db, id, &s->tribunal, e);
}

static enum tc_status may(const struct actor *a, const struct corr_def *d, const struct cstate *s,
			  struct tc_err *e)
{
	if (user_read_only(a))
		return err_set(e, TC_REFUSED, "user", "%s (%s) 只能查看案件, 不能%s", a->login,
			       role_zh(a->role), d->zh);
	if (!(d->roles & ROLE_BIT(a->role))) {
		struct strbuf who = {0};
		user_roles_zh(d->roles, &who);
		err_set(e, TC_REFUSED, "user", "%s (%s) 不能办理「%s」, 需由%s办理", a->login,
			role_zh(a->role), d->zh, sb_str(&who));
		sb_free(&who);
		return TC_REFUSED;
	}
	if ((a->role == ROLE_MEDIATOR && s->mediator_id != a->person_id) ||
	    (a->role == ROLE_ARBITRATOR && s->arbitrator_id != a->person_id &&
	     !tribunal_has(&s->tribunal, a->person_id)))
		return err_set(e, TC_REFUSED, "user", "%s (%s) 不是本案的%s, 不能办理", a->login,
			       role_zh(a->role), role_zh(a->role));
	if (s->stage == STAGE_CLOSED && !d->closed_ok)
		return err_set(e, TC_REFUSED, "event",
			       "案件已结案, 不能%s; 如结案有误, 请院领导先撤销结案 (tiaocai case revert)", d->zh);
	return TC_OK;
}

/* ---- one correction ------------------------------------------------------ */

struct ctx {
	struct db *db;
	const struct actor *a;
	int64_t id;
	const struct corr_request *req;
	const struct corr_def *def;
	struct cstate s;
	int on, today;
	bool dated;       /* its date orders it among the stage events */
	bool restart;     /* the 审限 counts afresh from `on` (办案规则 Art 46) */
	struct strbuf detail;
	struct corr_result *res;
};

static bool given(const char *s) { return s != NULL && *s != '\0'; }
static bool cleared(const char *s) { return s != NULL && strcmp(s, "-") == 0; }

/* A party of the case by its number: row id into *pid. */
static enum tc_status find_party(struct ctx *c, const char *ref, enum party_side *side,
				 int64_t *pid, struct tc_err *e)
{
	static const char sql[] = "SELECT id FROM parties WHERE case_id = ?1 AND side = ?2 AND pos = ?3";
	int pos;
	enum tc_status ret = TC_OK;

	if (!given(ref))
		return err_set(e, TC_USAGE, "party", "请给出当事人编号, 如 a1 (第一名申请人)、r1 (第一个被申请人)、t1 (第三人)");
	if (!corr_party_parse(ref, side, &pos))
		return err_set(e, TC_USAGE, "party",
			       "当事人编号 %s: 应写成 a1、r2、t1 (a 申请人, r 被申请人, t 第三人, 后跟 case show 所列序号)",
			       ref);
	sqlite3_stmt *st = db_prep(c->db, sql);
	sqlite3_bind_int64(st, 1, c->id);
	sqlite3_bind_text(st, 2, party_side_name(*side), -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 3, pos);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*pid = sqlite3_column_int64(st, 0);
	else if (rc == SQLITE_DONE)
		ret = err_set(e, TC_REFUSED, "party", "本案没有当事人 %s (见 tiaocai case show 所列编号)", ref);
	else
		ret = db_fail(c->db, rc, "读取当事人", e);
	sqlite3_reset(st);
	return ret;
}

static enum tc_status step(struct ctx *c, sqlite3_stmt *st, const char *doing, struct tc_err *e)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE || rc == SQLITE_ROW ? TC_OK : db_fail(c->db, rc, doing, e);
}

static int next_pos(struct ctx *c, const char *table_sql)
{
	sqlite3_stmt *st = db_prep(c->db, table_sql);
	int pos = 1;

	sqlite3_bind_int64(st, 1, c->id);
	if (sqlite3_step(st) == SQLITE_ROW)
		pos = sqlite3_column_int(st, 0) + 1;
	sqlite3_reset(st);
	return pos;
}

static int64_t count_of(struct ctx *c, const char *sql, int64_t arg)
{
	sqlite3_stmt *st = db_prep(c->db, sql);
	int64_t n = 0;

	sqlite3_bind_int64(st, 1, c->id);
	if (sqlite3_bind_parameter_count(st) >= 2)
		sqlite3_bind_int64(st, 2, arg);
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return n;
}

static enum tc_status check_reps(struct ctx *c, struct tc_err *e)
{
	int64_t n = count_of(c, "SELECT count(*) FROM parties WHERE case_id = ?1 AND representative", 0);
	if (n > 5)
		return err_set(e, TC_REFUSED, "representative",
			       "代表人最多 5 名, 现为 %lld 名 (劳动争议调解仲裁法第七条、办案规则第五条)", (long long)n);
	return TC_OK;
}

/* A representative registered or marked in a case of fewer than ten
 * workers: said, not refused (the office may know better). */
static void rep_warning(struct ctx *c)
{
	int64_t n = count_of(c, "SELECT count(*) FROM parties WHERE case_id = ?1 AND side = 'applicant'"
			     " AND id_no IS NOT NULL", 0);
	case_rep_warning((size_t)n, c->res->warning, sizeof c->res->warning);
}

/* --representative 是|否 into *out; nothing given leaves it. */
static enum tc_status parse_rep(const char *v, bool *out, struct tc_err *e)
{
	if (!given(v))
		return TC_OK;
	if (strcmp(v, "是") == 0 || strcmp(v, "yes") == 0)
		*out = true;
	else if (strcmp(v, "否") == 0 || strcmp(v, "no") == 0)
		*out = false;
	else
		return err_set(e, TC_USAGE, "representative", "--representative 应为 是 或 否 (yes/no)");
	return TC_OK;
}

/* party-add: a new applicant, respondent or third party. */
static enum tc_status party_add(struct ctx *c, struct tc_err *e)
{
	/* The next number never used on this side: a removed party's stays
	 * in the images kept for revert (undo.h), so it is not reused. */
	static const char pos_sql[] =
		"SELECT max(pos) FROM parties WHERE case_id = ?1 AND side = ?2";
	const struct corr_request *r = c->req;
	struct case_party_val v;
	enum party_side side;
	enum tc_status st;

	if (!given(r->side) || (strcmp(r->side, "applicant") != 0 && strcmp(r->side, "respondent") != 0 &&
				strcmp(r->side, "third") != 0))
		return err_set(e, TC_USAGE, "side", "--side 应为 applicant (申请人)、respondent (被申请人) 或 third (第三人)");
	side = r->side[0] == 'a' ? SIDE_APPLICANT : r->side[0] == 'r' ? SIDE_RESPONDENT : SIDE_THIRD;
	struct case_party_in in = r->p;
	memset(&v, 0, sizeof v);
	if ((st = parse_rep(r->rep, &in.representative, e)) != TC_OK ||
	    (st = case_party_check(&in, side, party_side_zh(side), c->today, given(r->uscc_unverified),
				   &v, e)) != TC_OK)
		goto out;
	if (side == SIDE_APPLICANT && (v.id_no[0] != '\0') != c->s.worker_side) {
		st = err_set(e, TC_REFUSED, "applicant", "本案申请人是%s, 追加的申请人也应是%s",
			     c->s.worker_side ? "劳动者 (身份证号)" : "用人单位 (统一社会信用代码)",
			     c->s.worker_side ? "劳动者" : "用人单位");
		goto out;
	}
	{
		sqlite3_stmt *q = db_prep(c->db, "SELECT pos, side FROM parties WHERE case_id = ?1 AND id_no = ?2");
		sqlite3_bind_int64(q, 1, c->id);
		db_bind_opt(q, 2, v.id_no);
		if (v.id_no[0] && sqlite3_step(q) == SQLITE_ROW) {
			st = err_set(e, TC_REFUSED, "id", "身份证号 %s 已是本案当事人 %c%d", v.id_no,
				     db_col_text(q, 1)[0], sqlite3_column_int(q, 0));
			sqlite3_reset(q);
			goto out;
		}
		sqlite3_reset(q);
	}
	sqlite3_stmt *p = db_prep(c->db, pos_sql);
	int pos = 1;
	sqlite3_bind_int64(p, 1, c->id);
	sqlite3_bind_text(p, 2, party_side_name(side), -1, SQLITE_STATIC);
	if (sqlite3_step(p) == SQLITE_ROW)
		pos = sqlite3_column_int(p, 0) + 1;
	sqlite3_reset(p);
	int kept = undo_max_pos(c->db, c->id, "parties", party_side_name(side));
	if (kept >= pos)
		pos = kept + 1;
	if ((st = case_party_insert(c->db, c->id, side, pos, &v, r->uscc_unverified, NULL, e)) != TC_OK ||
	    (st = check_reps(c, e)) != TC_OK)
		goto out;
	if (v.representative)
		rep_warning(c);
	sb_printf(&c->detail, "%s %c%d %s", side == SIDE_THIRD ? "追加第三人" : side == SIDE_APPLICANT
		  ? "追加申请人" : "追加被申请人", party_side_name(side)[0], pos, v.name);
	/* 办案规则 Art 46(1): a party added after acceptance restarts the 审限. */
	c->restart = c->dated = c->s.accepted != DATE_NONE;
out:
	case_party_val_free(&v);
	return st;
}

/* The party row's values as text, for an edit to overlay. */
struct party_now {
	char name[TEXT_BYTES(TEXT_MAX_ORG)], id_no[20], uscc[20], phone[32], chain_role[16];
	char address[TEXT_BYTES(TEXT_MAX_NOTE)], service_address[TEXT_BYTES(TEXT_MAX_NOTE)];
	char legal_rep[TEXT_BYTES(TEXT_MAX_PERSON)], legal_rep_title[TEXT_BYTES(TEXT_MAX_WORD)];
	bool representative;
};

static enum tc_status party_now(struct ctx *c, int64_t pid, struct party_now *n, struct tc_err *e)
{
	static const char sql[] =
		"SELECT name, id_no, uscc, phone, chain_role, address, service_address, legal_rep,"
		" legal_rep_title, representative FROM parties WHERE id = ?1";
	sqlite3_stmt *st = db_prep(c->db, sql);
	int rc;

	memset(n, 0, sizeof *n);
	sqlite3_bind_int64(st, 1, pid);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		text_copy(n->name, sizeof n->name, db_col_text(st, 0));
		text_copy(n->id_no, sizeof n->id_no, db_col_text(st, 1));
		text_copy(n->uscc, sizeof n->uscc, db_col_text(st, 2));
		text_copy(n->phone, sizeof n->phone, db_col_text(st, 3));
		text_copy(n->chain_role, sizeof n->chain_role, db_col_text(st, 4));
		text_copy(n->address, sizeof n->address, db_col_text(st, 5));
		text_copy(n->service_address, sizeof n->service_address, db_col_text(st, 6));
		text_copy(n->legal_rep, sizeof n->legal_rep, db_col_text(st, 7));
		text_copy(n->legal_rep_title, sizeof n->legal_rep_title, db_col_text(st, 8));
		n->representative = sqlite3_column_int(st, 9) != 0;
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? TC_OK : db_fail(c->db, rc, "读取当事人", e);
}

/* What an edit sets a field to: the new value, nothing ("-"), or the old. */
static const char *overlay(const char *typed, const char *old)
{
	if (cleared(typed))
		return NULL;
	return given(typed) ? typed : (*old ? old : NULL);
}

/* One changed field in the journal's words; personal data by name only. */
static void note_change(struct strbuf *sb, const char *label, const char *old, const char *new,
			bool personal)
{
	old = old ? old : "";
	new = new ? new : "";
	if (strcmp(old, new) == 0)
		return;
	if (personal)
		sb_printf(sb, ", %s%s", label, !*new ? "已删除" : !*old ? "已补录" : "已更正");
	else
		sb_printf(sb, ", %s %s → %s", label, *old ? old : "(空)", *new ? new : "(空)");
}

static enum tc_status party_edit(struct ctx *c, struct tc_err *e)
{
	static const char sql[] =
		"UPDATE parties SET name = ?2, id_no = ?3, uscc = ?4, uscc_unverified = coalesce(?5,"
		" CASE WHEN uscc IS ?4 THEN uscc_unverified END), phone = ?6, chain_role = ?7,"
		" address = ?8, service_address = ?9, legal_rep = ?10, legal_rep_title = ?11,"
		" representative = ?12, sex = ?13, birth = ?14 WHERE id = ?1";
	const struct corr_request *r = c->req;
	enum party_side side;
	struct party_now n;
	struct case_party_val v;
	int64_t pid;
	enum tc_status st;
	char who[32], iso[DATE_ISO_LEN];

	if ((st = find_party(c, r->party, &side, &pid, e)) != TC_OK ||
	    (st = party_now(c, pid, &n, e)) != TC_OK)
		return st;
	struct case_party_in in = {
		.name = given(r->p.name) ? r->p.name : n.name,
		.id_no = overlay(r->p.id_no, n.id_no),
		.uscc = overlay(r->p.uscc, n.uscc),
		.phone = overlay(r->p.phone, n.phone),
		/* Only a respondent has one: given for another, it is refused. */
		.chain_role = side == SIDE_RESPONDENT ? overlay(r->p.chain_role, n.chain_role)
						      : r->p.chain_role,
		.address = overlay(r->p.address, n.address),
		.service_address = overlay(r->p.service_address, n.service_address),
		.legal_rep = overlay(r->p.legal_rep, n.legal_rep),
		.legal_rep_title = overlay(r->p.legal_rep_title, n.legal_rep_title),
		.representative = n.representative,
	};
	if ((st = parse_rep(r->rep, &in.representative, e)) != TC_OK)
		return st;
	snprintf(who, sizeof who, "%s %s", party_side_zh(side), r->party);
	/* A code kept on the clerk's word before stays kept when unchanged. */
	bool keep = given(r->uscc_unverified) || (in.uscc && strcmp(in.uscc, n.uscc) == 0);
	if ((st = case_party_check(&in, side, who, c->today, keep, &v, e)) != TC_OK)
		goto out;
	if (side == SIDE_APPLICANT && (v.id_no[0] != '\0') != c->s.worker_side) {
		st = err_set(e, TC_REFUSED, "applicant", "本案申请人是%s, 不能改为%s",
			     c->s.worker_side ? "劳动者" : "用人单位", c->s.worker_side ? "用人单位" : "劳动者");
		goto out;
	}
	sqlite3_stmt *q = db_prep(c->db, sql);
	sqlite3_bind_int64(q, 1, pid);
	sqlite3_bind_text(q, 2, v.name, -1, SQLITE_STATIC);
	db_bind_opt(q, 3, v.id_no);
	db_bind_opt(q, 4, v.uscc);
	db_bind_opt(q, 5, v.uscc_bad && given(r->uscc_unverified) ? r->uscc_unverified : NULL);
	db_bind_opt(q, 6, v.phone);
	db_bind_opt(q, 7, v.chain_role);
	db_bind_opt(q, 8, v.address);
	db_bind_opt(q, 9, v.service_address);
	db_bind_opt(q, 10, v.legal_rep);
	db_bind_opt(q, 11, v.legal_rep_title);
	sqlite3_bind_int(q, 12, v.representative);
	if (v.id_no[0]) {
		sqlite3_bind_text(q, 13, ident_id_sex(v.id_no), -1, SQLITE_STATIC);
		sqlite3_bind_text(q, 14, date_iso(ident_id_birth(v.id_no), iso), -1, SQLITE_TRANSIENT);
	}
	if ((st = step(c, q, "保存当事人", e)) != TC_OK || (st = check_reps(c, e)) != TC_OK)
		goto out;
	if (v.representative && !n.representative)
		rep_warning(c);
	sb_printf(&c->detail, "更正%s %s %s", party_side_zh(side), r->party, n.name);
	size_t before = c->detail.len;
	/* A natural person's ID, phone and addresses are named, not written
	 * into the journal, which keeps them for good; an organisation's
	 * seat and phone are public. */
	bool person = n.id_no[0] || v.id_no[0];
	note_change(&c->detail, "名称", n.name, v.name, false);
	note_change(&c->detail, "身份证号", n.id_no, v.id_no, true);
	note_change(&c->detail, "统一社会信用代码", n.uscc, v.uscc, false);
	note_change(&c->detail, "电话", n.phone, v.phone, person);
	note_change(&c->detail, "用工链条角色", n.chain_role, v.chain_role, false);
	note_change(&c->detail, "住所", n.address, v.address, person);
	note_change(&c->detail, "送达地址", n.service_address, v.service_address, person);
	note_change(&c->detail, "法定代表人", n.legal_rep, v.legal_rep, false);
	note_change(&c->detail, "职务", n.legal_rep_title, v.legal_rep_title, false);
	note_change(&c->detail, "代表人", n.representative ? "是" : "否", v.representative ? "是" : "否",
		    false);
	if (c->detail.len == before)
		st = err_set(e, TC_USAGE, "party", "没有要更正的内容: 请给出新的值, 如 --phone 新号码");
out:
	case_party_val_free(&v);
	return st;
}

static enum tc_status party_remove(struct ctx *c, struct tc_err *e)
{
	enum party_side side;
	int64_t pid;
	enum tc_status st;
	struct party_now n;

	if ((st = find_party(c, c->req->party, &side, &pid, e)) != TC_OK ||
	    (st = party_now(c, pid, &n, e)) != TC_OK)
		return st;
	if (side != SIDE_THIRD &&
	    count_of(c, "SELECT count(*) FROM parties WHERE case_id = ?1 AND side = "
			"(SELECT side FROM parties WHERE id = ?2)", pid) <= 1)
		return err_set(e, TC_REFUSED, "party", "%s是本案唯一的%s, 不能删除; 如登记错了, 请更正 (case party edit)",
			       n.name, party_side_zh(side));
	int64_t k = count_of(c, "SELECT count(*) FROM claims WHERE case_id = ?1 AND party_id = ?2", pid);
	if (k)
		return err_set(e, TC_REFUSED, "party", "%s名下还有 %lld 项请求, 请先撤回这些请求 (case claim remove)",
			       n.name, (long long)k);
	sqlite3_stmt *q = db_prep(c->db, "DELETE FROM agents WHERE party_id = ?1");
	sqlite3_bind_int64(q, 1, pid);
	if ((st = step(c, q, "删除委托代理人", e)) != TC_OK)
		return st;
	q = db_prep(c->db, "DELETE FROM parties WHERE id = ?1");
	sqlite3_bind_int64(q, 1, pid);
	if ((st = step(c, q, "删除当事人", e)) != TC_OK)
		return st;
	sb_printf(&c->detail, "删除%s %s %s", party_side_zh(side), c->req->party, n.name);
	return TC_OK;
}

/* agent-add: the checks and the write are case_add's own (case.h). */
static enum tc_status agent_add(struct ctx *c, struct tc_err *e)
{
	const struct corr_request *r = c->req;
	struct case_agent_in in = {
		.name = r->agent_name, .kind = r->agent_kind, .phone = r->agent_phone,
	};
	struct case_agent_val v;
	enum party_side side;
	int64_t pid, lawyer = 0;
	enum tc_status st;

	if ((st = find_party(c, r->party, &side, &pid, e)) != TC_OK ||
	    (st = case_agent_check(&in, "委托代理人", &v, e)) != TC_OK)
		return st;
	if (given(r->lawyer) && (st = case_user_find(c->db, r->lawyer, true, &lawyer, e)) != TC_OK)
		return st;
	if ((st = case_agent_insert(c->db, c->id, pid, &v, lawyer, e)) != TC_OK)
		return st;
	sb_printf(&c->detail, "%s 委托代理人 %s (%s)", r->party, v.name, v.kind);
	return TC_OK;
}

static enum tc_status agent_remove(struct ctx *c, struct tc_err *e)
{
	enum party_side side;
	int64_t pid;
	enum tc_status st;

	if ((st = find_party(c, c->req->party, &side, &pid, e)) != TC_OK)
		return st;
	if (!given(c->req->agent_name))
		return err_set(e, TC_USAGE, "name", "请用 --name 给出要解除的委托代理人姓名");
	sqlite3_stmt *q = db_prep(c->db, "DELETE FROM agents WHERE party_id = ?1 AND name = ?2");
	sqlite3_bind_int64(q, 1, pid);
	sqlite3_bind_text(q, 2, c->req->agent_name, -1, SQLITE_STATIC);
	if ((st = step(c, q, "解除委托代理", e)) != TC_OK)
		return st;
	if (sqlite3_changes(c->db->h) == 0)
		return err_set(e, TC_REFUSED, "name", "%s 没有名为 %s 的委托代理人", c->req->party,
			       c->req->agent_name);
	sb_printf(&c->detail, "%s 解除委托代理人 %s", c->req->party, c->req->agent_name);
	return TC_OK;
}

/* The applicant a claim is to belong to: its row id, 0 for the case. */
static enum tc_status claim_owner(struct ctx *c, const char *ref, int64_t *pid, struct tc_err *e)
{
	enum party_side side;
	enum tc_status st;

	*pid = 0;
	if (!given(ref))
		return TC_OK;
	if ((st = find_party(c, ref, &side, pid, e)) != TC_OK)
		return st;
	if (side != SIDE_APPLICANT)
		return err_set(e, TC_REFUSED, "party", "请求属于申请人: %s 不是申请人", ref);
	return TC_OK;
}

static enum tc_status claim_add(struct ctx *c, struct tc_err *e)
{
	struct case_claim_in in;
	struct case_claim_val v;
	char *s = xstrdup(given(c->req->claim) ? c->req->claim : "");
	int64_t pid;
	enum tc_status st;
	char money[MONEY_BUF];

	if (!given(c->req->claim) || !case_claim_split(s, &in)) {
		st = err_set(e, TC_USAGE, "claim", "--claim 应写成 类别:金额 或 类别:金额:起始日:截止日, 如 工资:12000");
		goto out;
	}
	if ((st = claim_owner(c, c->req->party, &pid, e)) != TC_OK ||
	    (st = case_claim_check(&in, "", c->on, &v, NULL, e)) != TC_OK)
		goto out;
	/* A withdrawn item's number is not reused either (see party_add). */
	int pos = next_pos(c, "SELECT max(pos) FROM claims WHERE case_id = ?1");
	int kept = undo_max_pos(c->db, c->id, "claims", NULL);
	if (kept >= pos)
		pos = kept + 1;
	if ((st = case_claim_insert(c->db, c->id, pos, pid, &v, e)) != TC_OK)
		goto out;
	sb_printf(&c->detail, "增加第 %d 项请求 %s %s", pos, v.kind, money_display(v.amount, money));
	if (given(c->req->party))
		sb_printf(&c->detail, " (%s)", c->req->party);
	c->restart = c->dated = c->s.accepted != DATE_NONE;
out:
	free(s);
	return st;
}

/* A claim item's row as it stands. */
struct claim_now {
	int64_t rowid, party_id, amount;
	char kind[16], from[11], to[11];
};

static enum tc_status claim_now(struct ctx *c, int item, struct claim_now *k, struct tc_err *e)
{
	static const char sql[] =
		"SELECT id, coalesce(party_id, 0), amount, kind, period_from, period_to FROM claims"
		" WHERE case_id = ?1 AND pos = ?2";
	sqlite3_stmt *st = db_prep(c->db, sql);
	int rc;

	if (item <= 0)
		return err_set(e, TC_USAGE, "item", "请给出请求的项号 (见 tiaocai case show 所列「项」)");
	memset(k, 0, sizeof *k);
	sqlite3_bind_int64(st, 1, c->id);
	sqlite3_bind_int(st, 2, item);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		k->rowid = sqlite3_column_int64(st, 0);
		k->party_id = sqlite3_column_int64(st, 1);
		k->amount = sqlite3_column_int64(st, 2);
		text_copy(k->kind, sizeof k->kind, db_col_text(st, 3));
		text_copy(k->from, sizeof k->from, db_col_text(st, 4));
		text_copy(k->to, sizeof k->to, db_col_text(st, 5));
	}
	sqlite3_reset(st);
	if (rc == SQLITE_DONE)
		return err_set(e, TC_REFUSED, "item", "本案没有第 %d 项请求", item);
	return rc == SQLITE_ROW ? TC_OK : db_fail(c->db, rc, "读取请求", e);
}

static enum tc_status claim_edit(struct ctx *c, struct tc_err *e)
{
	static const char sql[] =
		"UPDATE claims SET kind = ?2, amount = ?3, period_from = ?4, period_to = ?5,"
		" party_id = ?6 WHERE id = ?1";
	const struct corr_request *r = c->req;
	struct claim_now k;
	struct case_claim_val v;
	char amount[MONEY_BUF], a1[MONEY_BUF], a2[MONEY_BUF], f[DATE_ISO_LEN], t[DATE_ISO_LEN];
	int64_t pid;
	enum tc_status st;

	if ((st = claim_now(c, r->item, &k, e)) != TC_OK)
		return st;
	pid = k.party_id;
	if (given(r->party) && (st = claim_owner(c, cleared(r->party) ? NULL : r->party, &pid, e)) != TC_OK)
		return st;
	struct case_claim_in in = {
		.kind = given(r->kind) ? r->kind : k.kind,
		.amount = given(r->amount) ? r->amount : money_plain(k.amount, amount),
		.from = overlay(r->from, k.from),
		.to = overlay(r->to, k.to),
	};
	char who[32];
	snprintf(who, sizeof who, "第%d项", r->item);
	if ((st = case_claim_check(&in, who, c->on, &v, NULL, e)) != TC_OK)
		return st;
	sqlite3_stmt *q = db_prep(c->db, sql);
	sqlite3_bind_int64(q, 1, k.rowid);
	sqlite3_bind_text(q, 2, v.kind, -1, SQLITE_STATIC);
	sqlite3_bind_int64(q, 3, v.amount);
	db_bind_opt(q, 4, date_iso(v.from, f));
	db_bind_opt(q, 5, date_iso(v.to, t));
	if (pid)
		sqlite3_bind_int64(q, 6, pid);
	if ((st = step(c, q, "保存请求", e)) != TC_OK)
		return st;
	sb_printf(&c->detail, "变更第 %d 项请求", r->item);
	size_t before = c->detail.len;
	note_change(&c->detail, "类别", k.kind, v.kind, false);
	note_change(&c->detail, "金额", money_display(k.amount, a1), money_display(v.amount, a2), false);
	note_change(&c->detail, "期间起", k.from, f, false);
	note_change(&c->detail, "期间止", k.to, t, false);
	if (pid != k.party_id)
		sb_printf(&c->detail, ", 改归 %s", given(r->party) && !cleared(r->party) ? r->party : "全案");
	if (c->detail.len == before)
		return err_set(e, TC_USAGE, "item", "没有要变更的内容: 请给出 --amount、--kind、--from/--to 或 --party");
	c->restart = c->dated = c->s.accepted != DATE_NONE;
	return TC_OK;
}

static enum tc_status claim_remove(struct ctx *c, struct tc_err *e)
{
	struct claim_now k;
	enum tc_status st;
	char money[MONEY_BUF];

	if ((st = claim_now(c, c->req->item, &k, e)) != TC_OK)
		return st;
	if (count_of(c, "SELECT count(*) FROM claims WHERE case_id = ?1", 0) <= 1)
		return err_set(e, TC_REFUSED, "item", "这是本案唯一的一项请求, 不能撤回; 全部撤回请用 tiaocai case withdraw");
	if (count_of(c, "SELECT count(*) FROM payments WHERE case_id = ?1 AND claim_pos = ?2", c->req->item))
		return err_set(e, TC_REFUSED, "item", "第 %d 项已有付款记录, 不能撤回", c->req->item);
	sqlite3_stmt *q = db_prep(c->db, "DELETE FROM claims WHERE id = ?1");
	sqlite3_bind_int64(q, 1, k.rowid);
	if ((st = step(c, q, "撤回请求", e)) != TC_OK)
		return st;
	sb_printf(&c->detail, "撤回第 %d 项请求 %s %s", c->req->item, k.kind, money_display(k.amount, money));
	return TC_OK;
}

/* The pieces of a list typed with 、，, ; or spaces. */
static size_t split_items(char *s, char **out, size_t max)
{
	static const char *const seps[] = {"、", "，", ",", ";", "；", " ", "　"};
	size_t n = 0;
	char *p = s;

	while (*p && n < max) {
		size_t best = strlen(p), blen = 0;
		for (size_t i = 0; i < sizeof seps / sizeof seps[0]; i++) {
			char *q = strstr(p, seps[i]);
			if (q && (size_t)(q - p) < best) {
				best = (size_t)(q - p);
				blen = strlen(seps[i]);
			}
		}
		if (best)
			out[n++] = p;
		if (!blen)
			break;
		p[best] = '\0';
		p += best + blen;
	}
	return n;
}

/* docs-received: the 容缺受理 documents came in, all or some of them. */
static enum tc_status docs_received(struct ctx *c, struct tc_err *e)
{
	static const char sql[] = "UPDATE cases SET missing_docs = ?2, docs_received_on = ?3 WHERE id = ?1";
	enum tc_status st;
	char iso[DATE_ISO_LEN];
	struct strbuf left = {0};

	if (!c->s.missing[0])
		return err_set(e, TC_REFUSED, "docs", "本案没有待补的材料 (不是容缺受理的案件, 或已补齐)");
	if (c->on < c->s.received)
		return err_set(e, TC_REFUSED, "on", "补交日期 %s 早于收案日期", date_iso(c->on, iso));
	if ((st = text_check_kind("items", "补交的材料", c->req->items, TEXT_NOTE, 0, e)) != TC_OK)
		return st;
	if (given(c->req->items)) {
		char *have = xstrdup(c->s.missing), *got = xstrdup(c->req->items);
		char *hv[64], *gv[64];
		size_t nh = split_items(have, hv, 64), ng = split_items(got, gv, 64);
		for (size_t j = 0; j < ng; j++) {
			bool found = false;
			for (size_t i = 0; i < nh; i++)
				found = found || (hv[i] && strcmp(hv[i], gv[j]) == 0);
			if (!found) {
				st = err_set(e, TC_REFUSED, "items", "「%s」不在待补材料之列 (待补: %s)", gv[j],
					     c->s.missing);
				break;
			}
			for (size_t i = 0; i < nh; i++)
				if (hv[i] && strcmp(hv[i], gv[j]) == 0)
					hv[i] = NULL;
		}
		for (size_t i = 0; i < nh && st == TC_OK; i++)
			if (hv[i])
				sb_printf(&left, "%s%s", left.len ? "、" : "", hv[i]);
		free(have);
		free(got);
		if (st != TC_OK) {
			sb_free(&left);
			return st;
		}
	}
	sqlite3_stmt *q = db_prep(c->db, sql);
	sqlite3_bind_int64(q, 1, c->id);
	db_bind_opt(q, 2, sb_str(&left));
	if (!left.len)
		sqlite3_bind_text(q, 3, date_iso(c->on, iso), -1, SQLITE_TRANSIENT);
	st = step(c, q, "保存补交材料", e);
	if (st == TC_OK && left.len)
		sb_printf(&c->detail, "补交材料 %s, 尚缺 %s", c->req->items, sb_str(&left));
	else if (st == TC_OK)
		sb_printf(&c->detail, "容缺受理材料已补齐 (%s), 于 %s", c->s.missing, date_iso(c->on, iso));
	sb_free(&left);
	return st;
}

/* link and assign: a user on the case, or none ("-"). */
static enum tc_status set_user(struct ctx *c, bool lawyer, const char *login, struct tc_err *e)
{
	static const char lawyer_sql[] =
		"UPDATE cases SET lawyer_id = ?2, legal_aid = legal_aid OR ?2 IS NOT NULL WHERE id = ?1";
	static const char clerk_sql[] = "UPDATE cases SET clerk_id = ?2 WHERE id = ?1";
	int64_t uid = 0;
	enum tc_status st;

	if (!given(login))
		return err_set(e, TC_USAGE, lawyer ? "lawyer" : "clerk", "请给出登录名: %s 登录名 (解除写 -)",
			       lawyer ? "--lawyer" : "--clerk");
	if (!cleared(login) && (st = case_user_find(c->db, login, lawyer, &uid, e)) != TC_OK)
		return st;
	sqlite3_stmt *q = db_prep(c->db, lawyer ? lawyer_sql : clerk_sql);
	sqlite3_bind_int64(q, 1, c->id);
	if (uid)
		sqlite3_bind_int64(q, 2, uid);
	if ((st = step(c, q, lawyer ? "关联律师" : "指定承办人", e)) != TC_OK)
		return st;
	if (lawyer)
		sb_printf(&c->detail, uid ? "关联法律援助律师 %s" : "解除关联律师", login);
	else
		sb_printf(&c->detail, uid ? "承办人 %s" : "取消承办人", login);
	return TC_OK;
}

static enum tc_status link_lawyer(struct ctx *c, struct tc_err *e) { return set_user(c, true, c->req->lawyer, e); }
static enum tc_status assign(struct ctx *c, struct tc_err *e) { return set_user(c, false, c->req->clerk, e); }

static enum tc_status note(struct ctx *c, struct tc_err *e)
{
	enum tc_status st = text_check_kind("text", "备注", c->req->text, TEXT_NOTE, TEXT_REQUIRED, e);
	if (st == TC_OK) {
		char *t = text_trim(c->req->text);
		sb_printf(&c->detail, "备注: %s", t);
		free(t);
	}
	return st;
}

/* edit: the case's own fields, each through the check registration uses. */
static enum tc_status edit(struct ctx *c, struct tc_err *e)
{
	static const struct {
		const char *column, *label;
		enum text_kind kind;
	} fields[] = {
		{"cause", "案由", TEXT_WORD}, {"industry", "行业", TEXT_WORD},
		{"project", "项目名称", TEXT_PROJECT}, {"source", "案件来源", TEXT_WORD},
	};
	static const char *const sql[] = {
		"UPDATE cases SET cause = ?2 WHERE id = ?1",
		"UPDATE cases SET industry = ?2 WHERE id = ?1",
		"UPDATE cases SET project = ?2 WHERE id = ?1",
		"UPDATE cases SET source = ?2 WHERE id = ?1",
	};
	static const char old_sql[] = "SELECT cause, industry, project, source FROM cases WHERE id = ?1";
	const char *vals[] = {c->req->cause, c->req->industry, c->req->project, c->req->source};
	const char *const *causes;
	size_t ncauses = case_causes(&causes);
	enum tc_status st = TC_OK;
	size_t changed = 0;

	sqlite3_stmt *o = db_prep(c->db, old_sql);
	sqlite3_bind_int64(o, 1, c->id);
	char old[4][TEXT_BYTES(TEXT_MAX_PROJECT)] = {"", "", "", ""};
	if (sqlite3_step(o) == SQLITE_ROW)
		for (int i = 0; i < 4; i++)
			text_copy(old[i], sizeof old[i], db_col_text(o, i));
	sqlite3_reset(o);
	sb_puts(&c->detail, "更正案件信息");
	for (size_t i = 0; i < 4 && st == TC_OK; i++) {
		if (!given(vals[i]))
			continue;
		/* Industry and project may be cleared; a case always has a
		 * cause and a source. */
		const char *v = cleared(vals[i]) && (i == 1 || i == 2) ? NULL : vals[i];
		if ((st = text_check_kind(fields[i].column, fields[i].label, v, fields[i].kind, 0, e)) != TC_OK)
			break;
		if (i == 0) {
			bool ok = false;
			for (size_t k = 0; k < ncauses; k++)
				ok = ok || strcmp(v, causes[k]) == 0;
			if (!ok) {
				struct strbuf sb = {0};
				for (size_t k = 0; k < ncauses; k++)
					sb_printf(&sb, "%s%s", k ? " " : "", causes[k]);
				st = err_set(e, TC_REFUSED, "cause", "案由: 不认识「%s」, 可选: %s", v, sb_str(&sb));
				sb_free(&sb);
				break;
			}
		}
		if (i == 3 && !case_source_known(v)) {
			st = err_set(e, TC_REFUSED, "source", "案件来源: 不认识「%s」", v);
			break;
		}
		sqlite3_stmt *q = db_prep(c->db, sql[i]);
		sqlite3_bind_int64(q, 1, c->id);
		db_bind_opt(q, 2, v);
		if ((st = step(c, q, "保存案件", e)) != TC_OK)
			break;
		note_change(&c->detail, fields[i].label, old[i], v, false);
		changed++;
	}
	if (st == TC_OK && !changed)
		st = err_set(e, TC_USAGE, "edit", "没有要更正的内容: 请给出 --cause、--industry、--project 或 --source");
	return st;
}

/* pay: money actually paid to the workers, for an item or the case. */
static enum tc_status pay(struct ctx *c, struct tc_err *e)
{
	static const char sql[] =
		"INSERT INTO payments(case_id, claim_pos, amount, paid_on, paid_by, note)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
	static const char item_sql[] =
		"UPDATE claims SET paid = (SELECT sum(amount) FROM payments WHERE case_id = ?1"
		" AND claim_pos = ?2) WHERE case_id = ?1 AND pos = ?2";
	/* What is due against all paid so far (the case row's summary is
	 * rewritten after the handler, in finish). */
	static const char due_sql[] =
		"SELECT coalesce(resolved, claimed),"
		" (SELECT coalesce(sum(amount), 0) FROM payments WHERE case_id = ?1)"
		" FROM cases WHERE id = ?1";
	const struct corr_request *r = c->req;
	const char *amount = r->pay, *colon;
	int item = 0;
	int64_t fen;
	enum tc_status st;
	char money[MONEY_BUF], m2[MONEY_BUF], iso[DATE_ISO_LEN];

	if (!given(amount))
		return err_set(e, TC_USAGE, "amount", "请用 --amount 给出付款金额 (某一项写 项号:金额)");
	if ((st = text_check("amount", "金额", amount, TEXT_MAX_CODE, 0, e)) != TC_OK ||
	    (st = text_check_kind("by", "付款人", r->by, TEXT_ORG, 0, e)) != TC_OK ||
	    (st = text_check_kind("note", "付款说明", r->pay_note, TEXT_NOTE, 0, e)) != TC_OK)
		return st;
	if ((colon = strchr(amount, ':')) != NULL) {
		char tail;
		if (sscanf(amount, "%d%c", &item, &tail) != 2 || tail != ':' || item <= 0)
			return err_set(e, TC_USAGE, "amount", "金额 %s: 按项给出时应写成 项号:金额, 如 2:8000", amount);
		struct claim_now k;
		if ((st = claim_now(c, item, &k, e)) != TC_OK)
			return st;
		amount = colon + 1;
	}
	if ((st = money_parse(amount, &fen, "付款金额", e)) != TC_OK)
		return st;
	if (fen <= 0)
		return err_set(e, TC_REFUSED, "amount", "付款金额应大于 0");
	if (c->on < c->s.received)
		return err_set(e, TC_REFUSED, "on", "付款日期 %s 早于收案日期", date_iso(c->on, iso));
	sqlite3_stmt *q = db_prep(c->db, sql);
	sqlite3_bind_int64(q, 1, c->id);
	if (item)
		sqlite3_bind_int(q, 2, item);
	sqlite3_bind_int64(q, 3, fen);
	sqlite3_bind_text(q, 4, date_iso(c->on, iso), -1, SQLITE_TRANSIENT);
	db_bind_opt(q, 5, r->by);
	db_bind_opt(q, 6, r->pay_note);
	if ((st = step(c, q, "保存付款", e)) != TC_OK)
		return st;
	if (item) {
		q = db_prep(c->db, item_sql);
		sqlite3_bind_int64(q, 1, c->id);
		sqlite3_bind_int(q, 2, item);
		if ((st = step(c, q, "保存付款", e)) != TC_OK)
			return st;
	}
	sb_printf(&c->detail, "%s 付款 %s", date_iso(c->on, iso), money_display(fen, money));
	if (item)
		sb_printf(&c->detail, " (第 %d 项)", item);
	if (given(r->by))
		sb_printf(&c->detail, ", 付款人 %s", r->by);
	if (given(r->pay_note))
		sb_printf(&c->detail, ": %s", r->pay_note);
	q = db_prep(c->db, due_sql);
	sqlite3_bind_int64(q, 1, c->id);
	if (sqlite3_step(q) == SQLITE_ROW && sqlite3_column_int64(q, 1) > sqlite3_column_int64(q, 0))
		snprintf(c->res->warning, sizeof c->res->warning,
			 "已付合计 %s, 超过%s金额 %s, 请核实", money_display(sqlite3_column_int64(q, 1), money),
			 c->s.stage == STAGE_CLOSED ? "调解或裁决" : "请求",
			 money_display(sqlite3_column_int64(q, 0), m2));
	sqlite3_reset(q);
	return TC_OK;
}

typedef enum tc_status (*handler)(struct ctx *, struct tc_err *);
static const struct {
	const char *name;
	handler fn;
} handlers[] = {
	{"party-add", party_add},   {"party-edit", party_edit},   {"party-remove", party_remove},
	{"agent-add", agent_add},   {"agent-remove", agent_remove}, {"claim-add", claim_add},
	{"claim-edit", claim_edit}, {"claim-remove", claim_remove}, {"docs-received", docs_received},
	{"link", link_lawyer},      {"assign", assign},           {"note", note},
	{"edit", edit},             {"pay", pay},
};

/* revert: the case as it stood before its latest change not undone. */
static enum tc_status revert(struct ctx *c, int64_t *undone, struct tc_err *e)
{
	struct undo_entry u;
	enum tc_status st;

	if ((st = undo_last(c->db, c->id, &u, e)) != TC_OK)
		return st;
	const struct corr_def *cd = corr_find(u.kind);
	const struct wf_event_def *wd = wf_event_find(u.kind);
	sb_printf(&c->detail, "撤销日志第 %lld 条「%s」(%s%s%s): %s", (long long)u.journal_id,
		  cd ? cd->zh : wd ? wd->zh : u.kind, u.effective_on, *u.effective_on ? ", " : "",
		  u.actor, u.detail);
	st = undo_restore(c->db, c->id, u.image, e);
	/* Hearings put back must not clash with what was booked since. */
	if (st == TC_OK && (st = hearing_check_case(c->db, c->id, e)) != TC_OK && e) {
		char msg[sizeof e->msg];
		snprintf(msg, sizeof msg, "%s", e->msg);
		err_set(e, st, "revert", "不能撤销: 撤销后恢复的开庭与此后的安排冲突 (%s); 请先改期或取消其一",
			msg);
	}
	*undone = u.journal_id;
	undo_entry_free(&u);
	return st;
}

/* The steps after every handler: version, 审限 restart, clocks, journal. */
static enum tc_status finish(struct ctx *c, const char *image, int64_t undone, struct tc_err *e)
{
	static const char bump[] =
		"UPDATE cases SET version = version + 1, close_from = coalesce(?3, close_from)"
		" WHERE id = ?1 AND version = ?2";
	char iso[DATE_ISO_LEN];
	enum tc_status st;

	sqlite3_stmt *q = db_prep(c->db, bump);
	sqlite3_bind_int64(q, 1, c->id);
	sqlite3_bind_int64(q, 2, c->s.version);
	if (c->restart)
		sqlite3_bind_text(q, 3, date_iso(c->on, iso), -1, SQLITE_TRANSIENT);
	if ((st = step(c, q, "保存案件", e)) != TC_OK)
		return st;
	if (sqlite3_changes(c->db->h) != 1)
		return err_set(e, TC_REFUSED, "version", "案件已被他人修改, 请重新打开后再操作");
	if (c->restart)
		sb_printf(&c->detail, "; 审限自 %s 重新计算 (办案规则第四十六条)", iso);
	if (given(c->req->reason)) {
		char *t = text_trim(c->req->reason);
		sb_printf(&c->detail, "%s理由: %s", c->detail.len ? "; " : "", t);
		free(t);
	}
	if ((st = case_refresh(c->db, c->id, e)) != TC_OK ||
	    (st = deadline_update(c->db, c->id, c->on, e)) != TC_OK ||
	    (st = journal_add(c->db, c->id, c->dated ? c->on : DATE_NONE, c->a->login, c->def->name,
			      sb_str(&c->detail), e)) != TC_OK)
		return st;
	int64_t jid = sqlite3_last_insert_rowid(c->db->h);
	if (undone)
		st = undo_mark(c->db, undone, jid, e);
	else
		st = undo_save(c->db, c->id, jid, image, e);
	c->res->version = c->s.version + 1;
	text_copy(c->res->detail, sizeof c->res->detail, sb_str(&c->detail));
	return st;
}

static enum tc_status apply(struct ctx *c, struct tc_err *e)
{
	const struct corr_request *r = c->req;
	char iso[DATE_ISO_LEN], iso2[DATE_ISO_LEN];
	char *image = NULL;
	int64_t undone = 0;
	enum tc_status st;

	if ((st = load(c->db, c->id, &c->s, e)) != TC_OK || (st = may(c->a, c->def, &c->s, e)) != TC_OK)
		return st;
	if (r->expect_version && r->expect_version != c->s.version)
		return err_set(e, TC_REFUSED, "version",
			       "案件已被他人修改 (现为第 %lld 版), 请重新打开后再操作", (long long)c->s.version);
	if ((c->def->needs & CORR_NEED_REASON) && !given(r->reason))
		return err_set(e, TC_USAGE, "reason", "「%s」须写明理由: --reason 理由", c->def->zh);
	if ((st = text_check_kind("reason", "理由", r->reason, TEXT_NOTE, 0, e)) != TC_OK ||
	    (st = text_check_kind("uscc-unverified", "--uscc-unverified", r->uscc_unverified,
				  TEXT_NOTE, 0, e)) != TC_OK)
		return st;
	c->on = r->on == DATE_NONE ? c->today : r->on;
	if (c->on > c->today)
		return err_set(e, TC_REFUSED, "on", "日期 %s 在今天 (%s) 之后", date_iso(c->on, iso),
			       date_iso(c->today, iso2));
	if (strcmp(c->def->name, "revert") == 0) {
		if ((st = revert(c, &undone, e)) != TC_OK)
			return st;
		c->on = c->today;
	} else {
		handler fn = NULL;
		for (size_t i = 0; i < sizeof handlers / sizeof handlers[0]; i++)
			if (strcmp(handlers[i].name, c->def->name) == 0)
				fn = handlers[i].fn;
		enum undo_parts parts = strcmp(c->def->name, "pay") == 0 ? UNDO_PAY : UNDO_ALL;
		if ((st = undo_capture(c->db, c->id, parts, &image, e)) != TC_OK)
			return st;
		if ((st = fn(c, e)) != TC_OK)
			goto out;
		/* A dated change takes its place among the stage events. */
		if (c->dated && c->on < c->s.last_event) {
			st = err_set(e, TC_REFUSED, "on", "日期 %s 早于本案上一事项的日期 %s",
				     date_iso(c->on, iso), date_iso(c->s.last_event, iso2));
			goto out;
		}
	}
	st = finish(c, image, undone, e);
out:
	free(image);
	return st;
}

enum tc_status corr_apply(struct db *db, const struct actor *a, int64_t case_id,
			  const struct corr_request *req, int today, struct corr_result *res,
			  struct tc_err *e)
{
	struct ctx c = {.db = db, .a = a, .id = case_id, .req = req, .today = today, .res = res};
	enum tc_status st;

	memset(res, 0, sizeof *res);
	if ((c.def = corr_find(req->what ? req->what : "")) == NULL)
		return err_set(e, TC_USAGE, "what", "不认识的更正事项: %s", req->what ? req->what : "");
	if ((st = db_begin(db, e)) != TC_OK)
		return st;
	st = apply(&c, e);
	sb_free(&c.detail);
	if (st != TC_OK) {
		db_rollback(db);
		return st;
	}
	return db_commit(db, e);
}

enum tc_status corr_check(struct db *db, const struct actor *a, int64_t case_id, const char *what,
			  struct tc_err *e)
{
	const struct corr_def *d = corr_find(what ? what : "");
	struct cstate s;
	enum tc_status st;

	if (d == NULL)
		return err_set(e, TC_USAGE, "what", "不认识的更正事项: %s", what ? what : "");
	if ((st = load(db, case_id, &s, e)) != TC_OK)
		return st;
	return may(a, d, &s, e);
}
