/*
 * case.c - registering applications, finding and reading cases, and
 * walking many cases for the docket and the ledger.  Stage changes live in
 * workflow.c, the clocks of a case in deadline.c.
 */
#include "tiaocai/case.h"
#include "case_row.h"
#include "tiaocai/calendar.h"
#include "tiaocai/clock.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/ident.h"
#include "tiaocai/journal.h"
#include "tiaocai/money.h"
#include "tiaocai/text.h"
#include "tiaocai/deadline.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The kinds of claim item and how 调解仲裁法 Art 47 treats each (tiaocai(5),
 * FINAL AWARDS).  二倍工资 (double wages for no written contract) is a
 * 赔偿金 item. */
static const struct {
	const char *name;
	enum claim_final final;
} kinds[] = {
	{"工资", CLAIM_FINAL_CAPPED},     {"加班费", CLAIM_FINAL_CAPPED},
	{"经济补偿", CLAIM_FINAL_CAPPED}, {"赔偿金", CLAIM_FINAL_CAPPED},
	{"工伤医疗费", CLAIM_FINAL_CAPPED}, {"工作时间", CLAIM_FINAL_ALWAYS},
	{"休息休假", CLAIM_FINAL_ALWAYS}, {"社会保险", CLAIM_FINAL_ALWAYS},
	{"其他", CLAIM_FINAL_NEVER},
};
#define NKINDS (sizeof kinds / sizeof kinds[0])
static const char *const claim_kinds[NKINDS] = {
	"工资", "加班费", "经济补偿", "赔偿金", "工伤医疗费", "工作时间", "休息休假", "社会保险", "其他",
};

enum claim_final case_claim_final(const char *kind)
{
	for (size_t i = 0; i < NKINDS; i++)
		if (strcmp(kind, kinds[i].name) == 0)
			return kinds[i].final;
	return CLAIM_FINAL_NEVER;
}
static const char *const chain_roles[] = {"用人单位", "总承包", "分包", "劳务分包", "建设单位", "包工头"};
static const char *const sources[] = {
	"窗口", "网上申请", "12333", "12345", "全国根治欠薪线索反映平台", "劳动保障监察移送",
	"调解组织转来", "法院委派", "工会/法律援助工作站",
};

static bool in_list(const char *s, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(s, list[i]) == 0)
			return true;
	return false;
}

static void join_list(const char *const *list, size_t n, struct strbuf *sb)
{
	for (size_t i = 0; i < n; i++) {
		if (i)
			sb_puts(sb, " ");
		sb_puts(sb, list[i]);
	}
}
#define LIST(l) (l), (sizeof(l) / sizeof((l)[0]))

static enum tc_status refuse_choice(const char *field, const char *value, const char *const *list,
				    size_t n, struct tc_err *e)
{
	struct strbuf sb = {0};
	join_list(list, n, &sb);
	err_set(e, TC_REFUSED, field, "%s: 不认识「%s」, 可选: %s", field, value, sb_str(&sb));
	sb_free(&sb);
	return TC_REFUSED;
}

/* A name or short text, trimmed, through the one gate of text.h (no
 * control or invisible characters, kind k's length in characters).  *out
 * is the trimmed copy the caller frees, NULL when empty. */
static enum tc_status check_text(const char *in, bool required, enum text_kind k,
				 const char *field, char **out, struct tc_err *e)
{
	char *t = text_trim(in ? in : "");
	enum tc_status st;

	*out = NULL;
	st = text_check(field, field, t, text_limit(k), required ? TEXT_REQUIRED : 0, e);
	if (st != TC_OK || !*t) {
		free(t);
		return st;
	}
	*out = t;
	return TC_OK;
}

/* Validated copies of one party and one claim. */
struct party {
	char *name;
	char id_no[IDNO_LEN];
	char uscc[USCC_LEN];
	bool uscc_bad;
	char phone[32];
	const char *chain_role;
};

struct claim {
	const char *kind;
	int64_t amount;
	int from, to;
};

static void parties_free(struct party *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(p[i].name);
	free(p);
}

/* "申请人" for one, "第2名申请人" when there are several. */
static void field_name(char *buf, size_t size, const char *who, size_t i, size_t n,
		       const char *what)
{
	if (n > 1)
		snprintf(buf, size, "第%zu名%s%s", i + 1, who, what);
	else
		snprintf(buf, size, "%s%s", who, what);
}

static enum tc_status check_applicants(const struct case_new *req, int today, struct party *out,
				       struct tc_err *e)
{
	char field[96];
	enum tc_status st;

	if (req->napplicants == 0)
		return err_set(e, TC_USAGE, "applicant", "至少要有一名申请人: --applicant 姓名 --applicant-id 身份证号");
	for (size_t i = 0; i < req->napplicants; i++) {
		const struct case_party_in *in = &req->applicants[i];
		struct party *p = &out[i];

		field_name(field, sizeof field, "申请人", i, req->napplicants, "姓名");
		if ((st = check_text(in->name, true, TEXT_PERSON, field, &p->name, e)) != TC_OK)
			return st;
		field_name(field, sizeof field, "申请人", i, req->napplicants, "身份证号");
		if (in->id_no == NULL || !*in->id_no)
			return err_set(e, TC_REFUSED, field, "%s: 不能为空 (%s)", field, p->name);
		if ((st = ident_id_check(in->id_no, today, p->id_no, field, e)) != TC_OK)
			return st;
		for (size_t j = 0; j < i; j++)
			if (strcmp(out[j].id_no, p->id_no) == 0)
				return err_set(e, TC_REFUSED, field, "%s: 与第%zu名申请人重复: %s", field,
					       j + 1, p->id_no);
		if (in->phone && *in->phone) {
			field_name(field, sizeof field, "申请人", i, req->napplicants, "电话");
			if ((st = ident_phone_check(in->phone, p->phone, field, e)) != TC_OK)
				return st;
		}
	}
	return TC_OK;
}

static enum tc_status check_respondents(const struct case_new *req, int today, struct party *out,
					bool *any_bad_uscc, struct tc_err *e)
{
	char field[96];
	enum tc_status st;

	*any_bad_uscc = false;
	if (req->nrespondents == 0)
		return err_set(e, TC_USAGE, "employer", "至少要有一个被申请人: --employer 名称");
	for (size_t i = 0; i < req->nrespondents; i++) {
		const struct case_party_in *in = &req->respondents[i];
		struct party *p = &out[i];

		field_name(field, sizeof field, "被申请人", i, req->nrespondents, "名称");
		if ((st = check_text(in->name, true, TEXT_ORG, field, &p->name, e)) != TC_OK)
			return st;
		p->chain_role = chain_roles[0];
		if (in->chain_role && *in->chain_role) {
			field_name(field, sizeof field, "被申请人", i, req->nrespondents, "用工链条角色");
			if (!in_list(in->chain_role, LIST(chain_roles)))
				return refuse_choice(field, in->chain_role, LIST(chain_roles), e);
			for (size_t k = 0; k < sizeof chain_roles / sizeof chain_roles[0]; k++)
				if (strcmp(in->chain_role, chain_roles[k]) == 0)
					p->chain_role = chain_roles[k];
		}
		if (in->uscc && *in->uscc) {
			field_name(field, sizeof field, "被申请人", i, req->nrespondents, "统一社会信用代码");
			st = ident_uscc_check(in->uscc, p->uscc, &p->uscc_bad, field, e);
			if (st != TC_OK && !(p->uscc_bad && req->uscc_unverified && *req->uscc_unverified))
				return st;
			if (p->uscc_bad) {
				/* Kept on the clerk's word; ident_uscc_check has left
				 * the normalised code in p->uscc. */
				*any_bad_uscc = true;
			}
		}
		if (in->id_no && *in->id_no) {
			field_name(field, sizeof field, "被申请人", i, req->nrespondents, "身份证号");
			if ((st = ident_id_check(in->id_no, today, p->id_no, field, e)) != TC_OK)
				return st;
		}
		if (in->phone && *in->phone) {
			field_name(field, sizeof field, "被申请人", i, req->nrespondents, "电话");
			if ((st = ident_phone_check(in->phone, p->phone, field, e)) != TC_OK)
				return st;
		}
	}
	if (req->uscc_unverified && *req->uscc_unverified && !*any_bad_uscc)
		return err_set(e, TC_USAGE, "uscc-unverified", "--uscc-unverified 只用于校验不通过的统一社会信用代码, 本案没有这样的代码");
	return TC_OK;
}

static enum tc_status check_claims(const struct case_new *req, int received, struct claim *out,
				   struct strbuf *warnings, struct tc_err *e)
{
	char field[96];
	enum tc_status st;

	if (req->nclaims == 0)
		return err_set(e, TC_USAGE, "claim", "至少要有一项请求: --claim 工资:金额");
	for (size_t i = 0; i < req->nclaims; i++) {
		const struct case_claim_in *in = &req->claims[i];
		struct claim *c = &out[i];

		field_name(field, sizeof field, "", i, req->nclaims, "请求类别");
		if (in->kind == NULL || !in_list(in->kind, LIST(claim_kinds)))
			return refuse_choice(field, in->kind ? in->kind : "", LIST(claim_kinds), e);
		for (size_t k = 0; k < sizeof claim_kinds / sizeof claim_kinds[0]; k++)
			if (strcmp(in->kind, claim_kinds[k]) == 0)
				c->kind = claim_kinds[k];
		field_name(field, sizeof field, "", i, req->nclaims, "请求金额");
		if ((st = money_parse(in->amount, &c->amount, field, e)) != TC_OK)
			return st;
		/* Art 47(2) items need not be money: 0 is "no amount". */
		if (c->amount == 0 && case_claim_final(c->kind) != CLAIM_FINAL_ALWAYS)
			return err_set(e, TC_REFUSED, field, "%s: 金额应大于 0", field);
		c->from = c->to = DATE_NONE;
		if (in->from && *in->from) {
			field_name(field, sizeof field, "", i, req->nclaims, "请求期间起");
			if ((st = date_parse(in->from, &c->from, field, e)) != TC_OK)
				return st;
		}
		if (in->to && *in->to) {
			field_name(field, sizeof field, "", i, req->nclaims, "请求期间止");
			if ((st = date_parse(in->to, &c->to, field, e)) != TC_OK)
				return st;
		}
		if (c->from != DATE_NONE && c->to != DATE_NONE && c->from > c->to)
			return err_set(e, TC_REFUSED, field, "请求期间: 起始日 %s 晚于截止日 %s", in->from, in->to);
		if (c->to != DATE_NONE && c->to > received)
			return err_set(e, TC_REFUSED, field, "请求期间: 截止日 %s 晚于申请日", in->to);
		/* 调解仲裁法 Art 27: one year; warn, never refuse (wages owed
		 * during employment have no limit while it lasts). */
		int last = c->to != DATE_NONE ? c->to : c->from;
		if (warnings && last != DATE_NONE && received - last > 365) {
			char iso[DATE_ISO_LEN];
			sb_printf(warnings, "第%zu项请求的期间截至 %s, 距申请已超过一年, 请核实仲裁时效 (劳动争议调解仲裁法第二十七条)\n",
				  i + 1, date_iso(last, iso));
		}
	}
	return TC_OK;
}

bool case_claim_split(char *s, struct case_claim_in *c)
{
	char *parts[4] = {NULL, NULL, NULL, NULL};
	int n = 0;

	/* The fourth part keeps any colon after it, so that a fifth part
	 * is refused rather than dropped. */
	for (char *p = s;;) {
		parts[n++] = p;
		char *colon = strchr(p, ':');
		if (!colon || n == 4)
			break;
		*colon = '\0';
		p = colon + 1;
	}
	if (n < 2 || n == 3 || strchr(parts[n - 1], ':'))
		return false;
	*c = (struct case_claim_in){parts[0], parts[1], parts[2], parts[3], 0};
	return true;
}

enum tc_status case_claims_check(const struct case_new *req, int received,
				 struct strbuf *warnings, struct tc_err *e)
{
	struct claim *out = xcalloc(req->nclaims + 1, sizeof *out);
	enum tc_status st = check_claims(req, received, out, warnings, e);

	free(out);
	return st;
}

bool case_ref_parse(const char *ref, int *year, int *seq)
{
	char tail;

	return ref != NULL && sscanf(ref, "%d-%d%c", year, seq, &tail) == 2 && *year > 1900 &&
	       *seq > 0;
}

/* The case number from the office template: {abbr} {word} {year} {seq}. */
static char *render_case_no(struct db *db, bool fast, int year, int64_t seq)
{
	char *tpl = db_setting(db, "case_template");
	char *abbr = db_setting(db, "commission_abbr");
	char *word = db_setting(db, fast ? "fast_word" : "case_word");
	struct strbuf sb = {0};

	for (const char *p = tpl ? tpl : "{abbr}{word}〔{year}〕第{seq}号"; *p;) {
		if (strncmp(p, "{abbr}", 6) == 0) {
			sb_puts(&sb, abbr ? abbr : "");
			p += 6;
		} else if (strncmp(p, "{word}", 6) == 0) {
			sb_puts(&sb, word ? word : "");
			p += 6;
		} else if (strncmp(p, "{year}", 6) == 0) {
			sb_printf(&sb, "%d", year);
			p += 6;
		} else if (strncmp(p, "{seq}", 5) == 0) {
			sb_printf(&sb, "%lld", (long long)seq);
			p += 5;
		} else {
			sb_add(&sb, p, 1);
			p++;
		}
	}
	free(tpl);
	free(abbr);
	free(word);
	return sb_take(&sb);
}

static enum tc_status next_seq(struct db *db, int year, int64_t *seq, struct tc_err *e)
{
	static const char sql[] =
		"INSERT INTO case_seq(year, last) VALUES (?1, 1)"
		" ON CONFLICT(year) DO UPDATE SET last = last + 1 RETURNING last";
	sqlite3_stmt *st = db_prep(db, sql);
	int rc;

	sqlite3_bind_int(st, 1, year);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*seq = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? TC_OK : db_fail(db, rc, "取案号", e);
}

static enum tc_status find_lawyer(struct db *db, const char *login, int64_t *id, struct tc_err *e)
{
	static const char sql[] = "SELECT id, role FROM users WHERE login = ?1";
	sqlite3_stmt *st = db_prep(db, sql);
	enum tc_status ret = TC_OK;

	sqlite3_bind_text(st, 1, login, -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_ROW)
		ret = err_set(e, TC_REFUSED, "lawyer", "法律援助律师: 没有登录名为 %s 的用户", login);
	else if (strcmp(db_col_text(st, 1), "lawyer") != 0)
		ret = err_set(e, TC_REFUSED, "lawyer", "法律援助律师: 用户 %s 的角色不是 lawyer", login);
	else
		*id = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return ret;
}

static enum tc_status insert_party(struct db *db, int64_t case_id, const char *side, int pos,
				   const struct party *p, const char *uscc_reason, struct tc_err *e)
{
	static const char sql[] =
		"INSERT INTO parties(case_id, side, pos, name, id_no, uscc, uscc_unverified, phone,"
		" sex, birth, chain_role) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";
	sqlite3_stmt *st = db_prep(db, sql);
	char iso[DATE_ISO_LEN];
	int rc;

	sqlite3_bind_int64(st, 1, case_id);
	sqlite3_bind_text(st, 2, side, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 3, pos);
	sqlite3_bind_text(st, 4, p->name, -1, SQLITE_STATIC);
	db_bind_opt(st, 5, p->id_no);
	db_bind_opt(st, 6, p->uscc);
	db_bind_opt(st, 7, p->uscc_bad ? uscc_reason : NULL);
	db_bind_opt(st, 8, p->phone);
	if (p->id_no[0]) {
		sqlite3_bind_text(st, 9, ident_id_sex(p->id_no), -1, SQLITE_STATIC);
		db_bind_opt(st, 10, date_iso(ident_id_birth(p->id_no), iso));
	}
	db_bind_opt(st, 11, p->chain_role);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "保存当事人", e);
}

static enum tc_status insert_claim(struct db *db, int64_t case_id, int pos, const struct claim *c,
				   struct tc_err *e)
{
	static const char sql[] =
		"INSERT INTO claims(case_id, pos, kind, amount, period_from, period_to)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
	sqlite3_stmt *st = db_prep(db, sql);
	char a[DATE_ISO_LEN], b[DATE_ISO_LEN];
	int rc;

	sqlite3_bind_int64(st, 1, case_id);
	sqlite3_bind_int(st, 2, pos);
	sqlite3_bind_text(st, 3, c->kind, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 4, c->amount);
	db_bind_opt(st, 5, date_iso(c->from, a));
	db_bind_opt(st, 6, date_iso(c->to, b));
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "保存请求", e);
}

/* The writes of case_add, inside its transaction. */
static enum tc_status add_rows(struct db *db, const struct actor *a, const struct case_new *req,
			       int received, struct party *apps, struct party *resp,
			       struct claim *claims, bool bad_uscc, int64_t lawyer_id,
			       const char *industry, const char *project, const char *missing,
			       int64_t *id, char *case_no, struct tc_err *e)
{
	static const char sql[] =
		"INSERT INTO cases(year, seq, case_no, stage, fast, simple, collective, legal_aid,"
		" major, missing_docs, source, industry, project, received_on, accept_from,"
		" lawyer_id, workers, claimed, first_applicant, respondents, respondent_uscc)"
		" VALUES (?1, ?2, ?3, 'received', ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13,"
		" ?14, ?15, ?16, ?17, ?18, ?19)";
	int year = date_year(received);
	int64_t seq = 0, claimed = 0;
	enum tc_status st;
	char iso[DATE_ISO_LEN], money[MONEY_BUF];
	struct strbuf names = {0}, detail = {0};
	const char *uscc = NULL;
	int rc;

	if ((st = next_seq(db, year, &seq, e)) != TC_OK)
		return st;
	char *no = render_case_no(db, req->fast, year, seq);
	snprintf(case_no, 96, "%s", no);
	free(no);

	for (size_t i = 0; i < req->nclaims; i++)
		claimed += claims[i].amount;
	for (size_t i = 0; i < req->nrespondents; i++) {
		if (i)
			sb_puts(&names, "、");
		sb_puts(&names, resp[i].name);
		if (uscc == NULL && resp[i].uscc[0])
			uscc = resp[i].uscc;
	}
	int64_t collective_min = db_setting_int(db, "collective_workers", 10);
	bool major = claimed >= db_setting_int(db, "major_amount", INT64_MAX) ||
		     (int64_t)req->napplicants >= db_setting_int(db, "major_workers", INT64_MAX);

	sqlite3_stmt *s = db_prep(db, sql);
	sqlite3_bind_int(s, 1, year);
	sqlite3_bind_int64(s, 2, seq);
	sqlite3_bind_text(s, 3, case_no, -1, SQLITE_STATIC);
	sqlite3_bind_int(s, 4, req->fast);
	sqlite3_bind_int(s, 5, req->simple);
	sqlite3_bind_int(s, 6, (int64_t)req->napplicants >= collective_min);
	sqlite3_bind_int(s, 7, req->legal_aid || lawyer_id != 0);
	sqlite3_bind_int(s, 8, major);
	db_bind_opt(s, 9, missing);
	sqlite3_bind_text(s, 10, req->source && *req->source ? req->source : sources[0], -1, SQLITE_STATIC);
	db_bind_opt(s, 11, industry);
	db_bind_opt(s, 12, project);
	sqlite3_bind_text(s, 13, date_iso(received, iso), -1, SQLITE_TRANSIENT);
	if (lawyer_id)
		sqlite3_bind_int64(s, 14, lawyer_id);
	sqlite3_bind_int64(s, 15, (int64_t)req->napplicants);
	sqlite3_bind_int64(s, 16, claimed);
	sqlite3_bind_text(s, 17, apps[0].name, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 18, sb_str(&names), -1, SQLITE_TRANSIENT);
	db_bind_opt(s, 19, uscc);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	sb_free(&names);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, "保存案件", e);
	*id = sqlite3_last_insert_rowid(db->h);

	for (size_t i = 0; i < req->napplicants; i++)
		if ((st = insert_party(db, *id, "applicant", (int)i + 1, &apps[i], NULL, e)) != TC_OK)
			return st;
	for (size_t i = 0; i < req->nrespondents; i++)
		if ((st = insert_party(db, *id, "respondent", (int)i + 1, &resp[i],
				       req->uscc_unverified, e)) != TC_OK)
			return st;
	for (size_t i = 0; i < req->nclaims; i++)
		if ((st = insert_claim(db, *id, (int)i + 1, &claims[i], e)) != TC_OK)
			return st;
	if ((st = deadline_update(db, *id, received, e)) != TC_OK)
		return st;

	sb_printf(&detail, "收案: 申请人 %s", apps[0].name);
	if (req->napplicants > 1)
		sb_printf(&detail, "等%zu人", req->napplicants);
	sb_printf(&detail, ", 被申请人 %s", resp[0].name);
	if (req->nrespondents > 1)
		sb_printf(&detail, "等%zu个", req->nrespondents);
	sb_printf(&detail, ", 请求 %s", money_display(claimed, money));
	if (missing)
		sb_printf(&detail, ", 容缺受理待补: %s", missing);
	st = journal_add(db, *id, received, a->login, "add", sb_str(&detail), e);
	sb_free(&detail);
	if (st == TC_OK && bad_uscc) {
		char *d = xasprintf("统一社会信用代码校验不通过, 经核实保留: %s", req->uscc_unverified);
		st = journal_add(db, *id, received, a->login, "uscc_unverified", d, e);
		free(d);
	}
	return st;
}

enum tc_status case_add(struct db *db, const struct actor *a, const struct case_new *req,
			int today, int64_t *id, char *case_no, struct strbuf *warnings,
			struct tc_err *e)
{
	struct party *apps = xcalloc(req->napplicants + 1, sizeof *apps);
	struct party *resp = xcalloc(req->nrespondents + 1, sizeof *resp);
	struct claim *claims = xcalloc(req->nclaims + 1, sizeof *claims);
	char *industry = NULL, *project = NULL, *missing = NULL;
	int64_t lawyer_id = 0;
	bool bad_uscc = false;
	int received = today;
	enum tc_status st;

	if ((st = user_may(a, PERM_CASE_ADD, e)) != TC_OK)
		goto out;
	if (req->received && *req->received) {
		if ((st = date_parse(req->received, &received, "收案日期", e)) != TC_OK)
			goto out;
		if (received > today) {
			char iso[DATE_ISO_LEN];
			st = err_set(e, TC_REFUSED, "received", "收案日期: %s 在今天 (%s) 之后",
				     req->received, date_iso(today, iso));
			goto out;
		}
	}
	if ((st = check_applicants(req, today, apps, e)) != TC_OK ||
	    (st = check_respondents(req, today, resp, &bad_uscc, e)) != TC_OK ||
	    (st = check_claims(req, received, claims, warnings, e)) != TC_OK)
		goto out;
	if (req->source && *req->source && !in_list(req->source, LIST(sources))) {
		st = refuse_choice("案件来源", req->source, LIST(sources), e);
		goto out;
	}
	if ((st = check_text(req->industry, false, TEXT_WORD, "行业", &industry, e)) != TC_OK ||
	    (st = check_text(req->project, false, TEXT_PROJECT, "项目名称", &project, e)) != TC_OK ||
	    (st = check_text(req->missing_docs, false, TEXT_NOTE, "待补材料", &missing, e)) != TC_OK ||
	    (st = text_check_kind("uscc-unverified", "--uscc-unverified", req->uscc_unverified,
				  TEXT_NOTE, 0, e)) != TC_OK)
		goto out;
	if ((st = db_begin(db, e)) != TC_OK)
		goto out;
	if (req->lawyer && *req->lawyer)
		st = find_lawyer(db, req->lawyer, &lawyer_id, e);
	if (st == TC_OK)
		st = add_rows(db, a, req, received, apps, resp, claims, bad_uscc, lawyer_id, industry,
			      project, missing, id, case_no, e);
	if (st == TC_OK)
		st = db_commit(db, e);
	else
		db_rollback(db);
out:
	parties_free(apps, req->napplicants + 1);
	parties_free(resp, req->nrespondents + 1);
	free(claims);
	free(industry);
	free(project);
	free(missing);
	return st;
}

void case_short_no(const char *no, char *buf, size_t size)
{
	const char *year = NULL, *seq = NULL;
	size_t seqlen = 0;

	for (const char *p = no; *p; p++) {
		if (*p < '0' || *p > '9')
			continue;
		const char *s = p;
		while (p[1] >= '0' && p[1] <= '9')
			p++;
		if (!year && p + 1 - s == 4)
			year = s;
		else {
			seq = s;
			seqlen = (size_t)(p + 1 - s);
		}
	}
	if (year && seq)
		snprintf(buf, size, "%.4s-%.*s", year, (int)seqlen, seq);
	else
		snprintf(buf, size, "%s", no);
}

enum tc_status case_find(struct db *db, const struct actor *a, const char *ref, int64_t *id,
			 struct tc_err *e)
{
	static const char by_no[] = "SELECT id, lawyer_id FROM cases WHERE case_no = ?1";
	static const char by_seq[] = "SELECT id, lawyer_id FROM cases WHERE year = ?1 AND seq = ?2";
	sqlite3_stmt *st;
	int y, n, rc;

	if (ref == NULL || !*ref)
		return err_set(e, TC_USAGE, "case", "请给出案号, 如 2026-123");
	if (case_ref_parse(ref, &y, &n)) {
		st = db_prep(db, by_seq);
		sqlite3_bind_int(st, 1, y);
		sqlite3_bind_int(st, 2, n);
	} else {
		st = db_prep(db, by_no);
		sqlite3_bind_text(st, 1, ref, -1, SQLITE_STATIC);
	}
	rc = sqlite3_step(st);
	bool visible = rc == SQLITE_ROW &&
		       (a->role != ROLE_LAWYER || sqlite3_column_int64(st, 1) == a->user_id);
	if (visible)
		*id = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(db, rc, "查找案件", e);
	if (!visible)
		return err_set(e, TC_REFUSED, "case", "没有找到案件 %s", ref);
	return TC_OK;
}

/* ---- listing --------------------------------------------------------- */

/* Stored text into a fixed buffer: cut, if ever, between characters. */
static void copy(char *dst, size_t size, const char *src) { text_copy(dst, size, src); }

/* The docket and ledger columns (case_row.h): the docket's pages
 * (docket.c), the ledger (ledger.c) and one case whole, below. */
#define ROW_SELECT CASE_ROW_SELECT

void case_row_fill(sqlite3_stmt *st, int today, struct case_row *r)
{
	memset(r, 0, sizeof *r);
	r->id = sqlite3_column_int64(st, 0);
	copy(r->case_no, sizeof r->case_no, db_col_text(st, 1));
	copy(r->received_on, sizeof r->received_on, db_col_text(st, 2));
	copy(r->accepted_on, sizeof r->accepted_on, db_col_text(st, 3));
	copy(r->closed_on, sizeof r->closed_on, db_col_text(st, 4));
	stage_parse(db_col_text(st, 5), &r->stage, NULL);
	copy(r->outcome, sizeof r->outcome, db_col_text(st, 6));
	copy(r->track, sizeof r->track,
	     sqlite3_column_int(st, 7) ? "速裁" : sqlite3_column_int(st, 8) ? "简易" : "普通");
	r->workers = sqlite3_column_int(st, 10);
	if (r->workers > 1) {
		char more[24];
		snprintf(more, sizeof more, "等%d人", r->workers);
		copy(r->applicant, sizeof r->applicant - strlen(more), db_col_text(st, 9));
		strcat(r->applicant, more);
	} else {
		copy(r->applicant, sizeof r->applicant, db_col_text(st, 9));
	}
	copy(r->first_applicant, sizeof r->first_applicant, db_col_text(st, 9));
	copy(r->respondent, sizeof r->respondent, db_col_text(st, 11));
	copy(r->respondent_uscc, sizeof r->respondent_uscc, db_col_text(st, 12));
	copy(r->industry, sizeof r->industry, db_col_text(st, 13));
	copy(r->source, sizeof r->source, db_col_text(st, 14));
	r->claimed = sqlite3_column_int64(st, 15);
	r->resolved = sqlite3_column_type(st, 16) == SQLITE_NULL ? -1 : sqlite3_column_int64(st, 16);
	r->final_award = sqlite3_column_type(st, 17) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 17);
	copy(r->mediator, sizeof r->mediator, db_col_text(st, 18));
	copy(r->arbitrator, sizeof r->arbitrator, db_col_text(st, 19));
	copy(r->accept_due, sizeof r->accept_due, db_col_text(st, 20));
	copy(r->close_due, sizeof r->close_due, db_col_text(st, 21));
	copy(r->next_due, sizeof r->next_due, db_col_text(st, 22));
	copy(r->next_clock, sizeof r->next_clock, db_col_text(st, 23));
	int due = date_from_iso(r->next_due);
	r->days_left = due == DATE_NONE ? INT_MIN : due - today;
	r->overdue = due != DATE_NONE && due < today;
	int acc = date_from_iso(r->accepted_on), clo = date_from_iso(r->closed_on);
	r->days_to_close = acc != DATE_NONE && clo != DATE_NONE ? clo - acc : -1;
	r->year = sqlite3_column_int(st, 24);
	r->seq = sqlite3_column_int64(st, 25);
}

/* ---- one case whole -------------------------------------------------- */

static enum tc_status detail_main(struct db *db, int64_t id, int today, struct case_detail *d,
				  struct tc_err *e)
{
	static const char sql_more[] =
		"SELECT c.version, c.fast, c.simple, c.collective, c.legal_aid, c.major,"
		" c.missing_docs, c.project, c.prev_stage, c.hearing_at, c.hearing_room,"
		" COALESCE(u.name, ''), c.suspended_days, c.extended"
		" FROM cases c LEFT JOIN users u ON u.id = c.lawyer_id WHERE c.id = ?1";
	static const char sql_row[] = ROW_SELECT " WHERE c.id = ?1";
	sqlite3_stmt *st = db_prep(db, sql_row);
	int rc;

	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		case_row_fill(st, today, &d->row);
	sqlite3_reset(st);
	if (rc != SQLITE_ROW)
		return rc == SQLITE_DONE ? err_set(e, TC_REFUSED, "case", "没有这个案件")
					 : db_fail(db, rc, "读取案件", e);
	st = db_prep(db, sql_more);
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		d->version = sqlite3_column_int64(st, 0);
		d->fast = sqlite3_column_int(st, 1);
		d->simple = sqlite3_column_int(st, 2);
		d->collective = sqlite3_column_int(st, 3);
		d->legal_aid = sqlite3_column_int(st, 4);
		d->major = sqlite3_column_int(st, 5);
		copy(d->missing_docs, sizeof d->missing_docs, db_col_text(st, 6));
		copy(d->project, sizeof d->project, db_col_text(st, 7));
		copy(d->prev_stage, sizeof d->prev_stage, db_col_text(st, 8));
		copy(d->hearing_at, sizeof d->hearing_at, db_col_text(st, 9));
		copy(d->hearing_room, sizeof d->hearing_room, db_col_text(st, 10));
		copy(d->lawyer, sizeof d->lawyer, db_col_text(st, 11));
		d->suspended_days = sqlite3_column_int(st, 12);
		d->extended = sqlite3_column_int(st, 13);
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? TC_OK : db_fail(db, rc, "读取案件", e);
}

static enum tc_status detail_parties(struct db *db, int64_t id, bool mask, struct case_detail *d,
				     struct tc_err *e)
{
	static const char sql[] =
		"SELECT side, name, id_no, uscc, uscc_unverified, phone, sex, birth, chain_role"
		" FROM parties WHERE case_id = ?1 ORDER BY side, pos";
	sqlite3_stmt *st = db_prep(db, sql);
	size_t cap = 0;
	int rc;

	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		d->parties = xgrow(d->parties, &cap, d->nparties + 1, sizeof *d->parties);
		struct case_party *p = &d->parties[d->nparties++];
		memset(p, 0, sizeof *p);
		copy(p->side, sizeof p->side, db_col_text(st, 0));
		copy(p->name, sizeof p->name, db_col_text(st, 1));
		if (mask && *db_col_text(st, 2))
			ident_id_mask(db_col_text(st, 2), p->id_no);
		else
			copy(p->id_no, sizeof p->id_no, db_col_text(st, 2));
		copy(p->uscc, sizeof p->uscc, db_col_text(st, 3));
		copy(p->uscc_unverified, sizeof p->uscc_unverified, db_col_text(st, 4));
		copy(p->phone, sizeof p->phone, mask ? "" : db_col_text(st, 5));
		copy(p->sex, sizeof p->sex, db_col_text(st, 6));
		copy(p->birth, sizeof p->birth, mask ? "" : db_col_text(st, 7));
		copy(p->chain_role, sizeof p->chain_role, db_col_text(st, 8));
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "读取当事人", e);
}

static enum tc_status detail_claims(struct db *db, int64_t id, struct case_detail *d,
				    struct tc_err *e)
{
	static const char sql[] =
		"SELECT pos, kind, amount, resolved, paid, period_from, period_to, final"
		" FROM claims WHERE case_id = ?1 ORDER BY pos";
	sqlite3_stmt *st = db_prep(db, sql);
	size_t cap = 0;
	int rc;

	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		d->claims = xgrow(d->claims, &cap, d->nclaims + 1, sizeof *d->claims);
		struct case_claim *c = &d->claims[d->nclaims++];
		c->pos = sqlite3_column_int(st, 0);
		copy(c->kind, sizeof c->kind, db_col_text(st, 1));
		c->amount = sqlite3_column_int64(st, 2);
		c->resolved = sqlite3_column_type(st, 3) == SQLITE_NULL ? -1 : sqlite3_column_int64(st, 3);
		c->paid = sqlite3_column_type(st, 4) == SQLITE_NULL ? -1 : sqlite3_column_int64(st, 4);
		copy(c->from, sizeof c->from, db_col_text(st, 5));
		copy(c->to, sizeof c->to, db_col_text(st, 6));
		c->final = sqlite3_column_type(st, 7) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 7);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "读取请求", e);
}

static enum tc_status detail_clocks(struct db *db, int64_t id, int today, struct case_detail *d,
				    struct tc_err *e)
{
	return deadline_case(db, id, today, d->clocks, &d->nclocks, &d->unloaded_year, e);
}

enum tc_status case_detail_get(struct db *db, const struct actor *a, int64_t id, int today,
			       struct case_detail **out, struct tc_err *e)
{
	struct case_detail *d = xcalloc(1, sizeof *d);
	enum tc_status st;

	if ((st = detail_main(db, id, today, d, e)) != TC_OK ||
	    (st = detail_parties(db, id, user_read_only(a), d, e)) != TC_OK ||
	    (st = detail_claims(db, id, d, e)) != TC_OK ||
	    (st = detail_clocks(db, id, today, d, e)) != TC_OK) {
		case_detail_free(d);
		return st;
	}
	*out = d;
	return TC_OK;
}

void case_detail_free(struct case_detail *d)
{
	if (d == NULL)
		return;
	free(d->parties);
	free(d->claims);
	free(d);
}
