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

bool case_source_known(const char *s)
{
	return s != NULL && in_list(s, sources, sizeof sources / sizeof sources[0]);
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

static const char *const side_names[] = {"applicant", "respondent", "third"};
static const char *const side_zh[] = {"申请人", "被申请人", "第三人"};

const char *party_side_name(enum party_side s) { return side_names[s]; }
const char *party_side_zh(enum party_side s) { return side_zh[s]; }

static const char *const causes[] = {
	"劳动报酬", "社会保险", "解除终止劳动合同", "确认劳动关系", "工伤", "劳动保护", "培训", "其他",
};

size_t case_causes(const char *const **out)
{
	*out = causes;
	return sizeof causes / sizeof causes[0];
}

void case_party_val_free(struct case_party_val *p)
{
	free(p->name);
	free(p->address);
	free(p->service_address);
	free(p->legal_rep);
	free(p->legal_rep_title);
	memset(p, 0, sizeof *p);
}

static void parties_free(struct case_party_val *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		case_party_val_free(&p[i]);
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

enum tc_status case_party_check(const struct case_party_in *in, enum party_side s, const char *who,
				int today, bool keep_bad_uscc, struct case_party_val *p,
				struct tc_err *e)
{
	char field[128];
	enum tc_status st;
	bool person;

	memset(p, 0, sizeof *p);
	/* A worker is a natural person with a name; anyone else may be an
	 * organisation with a longer one. */
	bool named = (in->id_no && *in->id_no) || (s == SIDE_APPLICANT && !(in->uscc && *in->uscc));
	snprintf(field, sizeof field, "%s%s", who, named ? "姓名" : "名称");
	if ((st = check_text(in->name, true, s == SIDE_APPLICANT && named ? TEXT_PERSON : TEXT_ORG,
			     field, &p->name, e)) != TC_OK)
		return st;
	if (in->id_no && *in->id_no && in->uscc && *in->uscc)
		return err_set(e, TC_REFUSED, "uscc", "%s: 身份证号和统一社会信用代码只能填一个 (自然人填身份证号, 单位填代码)",
			       who);
	if (s == SIDE_APPLICANT && !(in->id_no && *in->id_no) && !(in->uscc && *in->uscc))
		return err_set(e, TC_REFUSED, "applicant-id",
			       "%s身份证号: 不能为空 (%s; 用人单位申请时填统一社会信用代码: --applicant-uscc)", who,
			       p->name);
	if (in->id_no && *in->id_no) {
		snprintf(field, sizeof field, "%s身份证号", who);
		if ((st = ident_id_check(in->id_no, today, p->id_no, field, e)) != TC_OK)
			return st;
	}
	if (in->uscc && *in->uscc) {
		snprintf(field, sizeof field, "%s统一社会信用代码", who);
		st = ident_uscc_check(in->uscc, p->uscc, &p->uscc_bad, field, e);
		if (st != TC_OK && !(p->uscc_bad && keep_bad_uscc))
			return st;
	}
	person = p->id_no[0] != '\0';
	if (in->phone && *in->phone) {
		snprintf(field, sizeof field, "%s电话", who);
		if ((st = ident_phone_check(in->phone, p->phone, field, e)) != TC_OK)
			return st;
	}
	if (in->chain_role && *in->chain_role) {
		snprintf(field, sizeof field, "%s用工链条角色", who);
		if (s != SIDE_RESPONDENT)
			return err_set(e, TC_USAGE, "chain-role", "%s: 只有被申请人有用工链条角色", field);
		if (!in_list(in->chain_role, LIST(chain_roles)))
			return refuse_choice(field, in->chain_role, LIST(chain_roles), e);
		for (size_t k = 0; k < sizeof chain_roles / sizeof chain_roles[0]; k++)
			if (strcmp(in->chain_role, chain_roles[k]) == 0)
				p->chain_role = chain_roles[k];
	} else if (s == SIDE_RESPONDENT) {
		p->chain_role = chain_roles[0];
	}
	snprintf(field, sizeof field, "%s住所", who);
	if ((st = check_text(in->address, false, TEXT_NOTE, field, &p->address, e)) != TC_OK)
		return st;
	snprintf(field, sizeof field, "%s送达地址", who);
	if ((st = check_text(in->service_address, false, TEXT_NOTE, field, &p->service_address,
			     e)) != TC_OK)
		return st;
	snprintf(field, sizeof field, "%s法定代表人", who);
	if ((st = check_text(in->legal_rep, false, TEXT_PERSON, field, &p->legal_rep, e)) != TC_OK)
		return st;
	snprintf(field, sizeof field, "%s法定代表人职务", who);
	if ((st = check_text(in->legal_rep_title, false, TEXT_WORD, field, &p->legal_rep_title,
			     e)) != TC_OK)
		return st;
	if (person && (p->legal_rep || p->legal_rep_title))
		return err_set(e, TC_REFUSED, "legal-rep",
			       "%s是自然人 (有身份证号), 没有法定代表人; 代为参加的人请记为委托代理人", who);
	if (p->legal_rep_title && !p->legal_rep)
		return err_set(e, TC_USAGE, "legal-rep", "%s: 给了法定代表人职务, 却没有姓名 (--legal-rep)", who);
	p->representative = in->representative;
	if (p->representative && !(s == SIDE_APPLICANT && person))
		return err_set(e, TC_REFUSED, "representative",
			       "%s: 只有作为申请人的劳动者可以被推举为代表人 (劳动争议调解仲裁法第七条)", who);
	return TC_OK;
}

static enum tc_status check_parties(const struct case_new *req, int today,
				    struct case_party_val *apps, struct case_party_val *resp,
				    struct case_party_val *thirds, bool *any_bad_uscc, struct tc_err *e)
{
	bool keep = req->uscc_unverified && *req->uscc_unverified;
	char who[64];
	size_t reps = 0, orgs = 0;
	enum tc_status st;

	*any_bad_uscc = false;
	if (req->napplicants == 0)
		return err_set(e, TC_USAGE, "applicant", "至少要有一名申请人: --applicant 姓名 --applicant-id 身份证号");
	if (req->nrespondents == 0)
		return err_set(e, TC_USAGE, "employer", "至少要有一个被申请人: --employer 名称");
	for (size_t i = 0; i < req->napplicants; i++) {
		field_name(who, sizeof who, "申请人", i, req->napplicants, "");
		if ((st = case_party_check(&req->applicants[i], SIDE_APPLICANT, who, today, keep,
					   &apps[i], e)) != TC_OK)
			return st;
		for (size_t j = 0; j < i && apps[i].id_no[0]; j++)
			if (strcmp(apps[j].id_no, apps[i].id_no) == 0)
				return err_set(e, TC_REFUSED, "applicant-id", "%s身份证号: 与第%zu名申请人重复: %s",
					       who, j + 1, apps[i].id_no);
		orgs += apps[i].id_no[0] == '\0';
		reps += apps[i].representative;
		*any_bad_uscc = *any_bad_uscc || apps[i].uscc_bad;
	}
	if (orgs && orgs != req->napplicants)
		return err_set(e, TC_REFUSED, "applicant",
			       "申请人应同为劳动者 (身份证号) 或同为用人单位 (统一社会信用代码), 不能混在一案");
	if (reps > 5)
		return err_set(e, TC_REFUSED, "representative",
			       "代表人最多 5 名, 现推举了 %zu 名 (劳动争议调解仲裁法第七条、办案规则第五条)", reps);
	for (size_t i = 0; i < req->nrespondents; i++) {
		field_name(who, sizeof who, "被申请人", i, req->nrespondents, "");
		if ((st = case_party_check(&req->respondents[i], SIDE_RESPONDENT, who, today, keep,
					   &resp[i], e)) != TC_OK)
			return st;
		*any_bad_uscc = *any_bad_uscc || resp[i].uscc_bad;
	}
	for (size_t i = 0; i < req->nthirds; i++) {
		field_name(who, sizeof who, "第三人", i, req->nthirds, "");
		if ((st = case_party_check(&req->thirds[i], SIDE_THIRD, who, today, keep, &thirds[i],
					   e)) != TC_OK)
			return st;
		*any_bad_uscc = *any_bad_uscc || thirds[i].uscc_bad;
	}
	if (keep && !*any_bad_uscc)
		return err_set(e, TC_USAGE, "uscc-unverified", "--uscc-unverified 只用于校验不通过的统一社会信用代码, 本案没有这样的代码");
	return TC_OK;
}

enum tc_status case_claim_check(const struct case_claim_in *in, const char *who, int received,
				struct case_claim_val *c, struct strbuf *warnings, struct tc_err *e)
{
	char field[96];
	enum tc_status st;

	snprintf(field, sizeof field, "%s请求类别", who);
	if (in->kind == NULL || !in_list(in->kind, LIST(claim_kinds)))
		return refuse_choice(field, in->kind ? in->kind : "", LIST(claim_kinds), e);
	for (size_t k = 0; k < sizeof claim_kinds / sizeof claim_kinds[0]; k++)
		if (strcmp(in->kind, claim_kinds[k]) == 0)
			c->kind = claim_kinds[k];
	snprintf(field, sizeof field, "%s请求金额", who);
	if ((st = money_parse(in->amount, &c->amount, field, e)) != TC_OK)
		return st;
	/* Art 47(2) items need not be money: 0 is "no amount". */
	if (c->amount == 0 && case_claim_final(c->kind) != CLAIM_FINAL_ALWAYS)
		return err_set(e, TC_REFUSED, field, "%s: 金额应大于 0", field);
	c->from = c->to = DATE_NONE;
	if (in->from && *in->from) {
		snprintf(field, sizeof field, "%s请求期间起", who);
		if ((st = date_parse(in->from, &c->from, field, e)) != TC_OK)
			return st;
	}
	if (in->to && *in->to) {
		snprintf(field, sizeof field, "%s请求期间止", who);
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
		sb_printf(warnings, "%s请求的期间截至 %s, 距申请已超过一年, 请核实仲裁时效 (劳动争议调解仲裁法第二十七条)\n",
			  who, date_iso(last, iso));
	}
	return TC_OK;
}

static enum tc_status check_claims(const struct case_new *req, int received,
				   struct case_claim_val *out, struct strbuf *warnings,
				   struct tc_err *e)
{
	char who[32];
	enum tc_status st;

	if (req->nclaims == 0)
		return err_set(e, TC_USAGE, "claim", "至少要有一项请求: --claim 工资:金额");
	for (size_t i = 0; i < req->nclaims; i++) {
		const struct case_claim_in *in = &req->claims[i];
		if (req->nclaims > 1)
			snprintf(who, sizeof who, "第%zu项", i + 1);
		else
			who[0] = '\0';
		if (in->applicant < 0 || (size_t)in->applicant > req->napplicants)
			return err_set(e, TC_USAGE, "claim", "%s请求属于第 %d 名申请人, 而本案只有 %zu 名申请人",
				       who, in->applicant, req->napplicants);
		if ((st = case_claim_check(in, who, received, &out[i], warnings, e)) != TC_OK)
			return st;
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
	struct case_claim_val *out = xcalloc(req->nclaims + 1, sizeof *out);
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


enum tc_status case_party_insert(struct db *db, int64_t case_id, enum party_side side, int pos,
				 const struct case_party_val *p, const char *uscc_reason,
				 int64_t *row_id, struct tc_err *e)
{
	static const char sql[] =
		"INSERT INTO parties(case_id, side, pos, name, id_no, uscc, uscc_unverified, phone,"
		" sex, birth, chain_role, address, service_address, legal_rep, legal_rep_title,"
		" representative)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)";
	sqlite3_stmt *st = db_prep(db, sql);
	char iso[DATE_ISO_LEN];
	int rc;

	sqlite3_bind_int64(st, 1, case_id);
	sqlite3_bind_text(st, 2, side_names[side], -1, SQLITE_STATIC);
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
	db_bind_opt(st, 12, p->address);
	db_bind_opt(st, 13, p->service_address);
	db_bind_opt(st, 14, p->legal_rep);
	db_bind_opt(st, 15, p->legal_rep_title);
	sqlite3_bind_int(st, 16, p->representative);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, "保存当事人", e);
	if (row_id)
		*row_id = sqlite3_last_insert_rowid(db->h);
	return TC_OK;
}

enum tc_status case_claim_insert(struct db *db, int64_t case_id, int pos, int64_t party_id,
				 const struct case_claim_val *c, struct tc_err *e)
{
	static const char sql[] =
		"INSERT INTO claims(case_id, pos, kind, amount, period_from, period_to, party_id)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
	sqlite3_stmt *st = db_prep(db, sql);
	char a[DATE_ISO_LEN], b[DATE_ISO_LEN];
	int rc;

	sqlite3_bind_int64(st, 1, case_id);
	sqlite3_bind_int(st, 2, pos);
	sqlite3_bind_text(st, 3, c->kind, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 4, c->amount);
	db_bind_opt(st, 5, date_iso(c->from, a));
	db_bind_opt(st, 6, date_iso(c->to, b));
	if (party_id)
		sqlite3_bind_int64(st, 7, party_id);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "保存请求", e);
}

enum tc_status case_refresh(struct db *db, int64_t id, struct tc_err *e)
{
	/* The workers are the applicants when workers applied, otherwise the
	 * natural persons among the respondents. */
	static const char sql[] =
		"UPDATE cases SET"
		" first_applicant = (SELECT name FROM parties WHERE case_id = ?1 AND side = 'applicant'"
		"  ORDER BY pos LIMIT 1),"
		" respondents = coalesce((SELECT group_concat(name, '、') FROM (SELECT name FROM parties"
		"  WHERE case_id = ?1 AND side = 'respondent' ORDER BY pos)), ''),"
		" respondent_uscc = (SELECT uscc FROM parties WHERE case_id = ?1 AND side = 'respondent'"
		"  AND uscc IS NOT NULL ORDER BY pos LIMIT 1),"
		" applicant_side = CASE WHEN EXISTS (SELECT 1 FROM parties WHERE case_id = ?1"
		"  AND side = 'applicant' AND id_no IS NULL) THEN 'employer' ELSE 'worker' END,"
		" claimed = (SELECT coalesce(sum(amount), 0) FROM claims WHERE case_id = ?1),"
		" paid = (SELECT coalesce(sum(amount), 0) FROM payments WHERE case_id = ?1)"
		" WHERE id = ?1";
	static const char counts[] =
		"UPDATE cases SET workers = (SELECT count(*) FROM parties WHERE case_id = ?1 AND"
		"  side = CASE cases.applicant_side WHEN 'worker' THEN 'applicant' ELSE 'respondent' END"
		"  AND id_no IS NOT NULL)"
		" WHERE id = ?1";
	static const char flags[] =
		"UPDATE cases SET collective = workers >= ?2, major = claimed >= ?3 OR workers >= ?4"
		" WHERE id = ?1";
	const char *const steps[] = {sql, counts, flags};

	for (size_t i = 0; i < 3; i++) {
		sqlite3_stmt *st = db_prep(db, steps[i]);
		sqlite3_bind_int64(st, 1, id);
		if (i == 2) {
			sqlite3_bind_int64(st, 2, db_setting_int(db, "collective_workers", 10));
			sqlite3_bind_int64(st, 3, db_setting_int(db, "major_amount", INT64_MAX));
			sqlite3_bind_int64(st, 4, db_setting_int(db, "major_workers", INT64_MAX));
		}
		int rc = sqlite3_step(st);
		sqlite3_reset(st);
		if (rc != SQLITE_DONE)
			return db_fail(db, rc, "保存案件", e);
	}
	return TC_OK;
}

static enum tc_status find_user(struct db *db, const char *login, const char *role,
				const char *what, int64_t *id, struct tc_err *e)
{
	static const char sql[] = "SELECT id, role FROM users WHERE login = ?1";
	sqlite3_stmt *st = db_prep(db, sql);
	enum tc_status ret = TC_OK;

	sqlite3_bind_text(st, 1, login, -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_ROW)
		ret = err_set(e, TC_REFUSED, role, "%s: 没有登录名为 %s 的用户", what, login);
	else if (strcmp(role, "lawyer") == 0 ? strcmp(db_col_text(st, 1), "lawyer") != 0
		 : strcmp(db_col_text(st, 1), "lawyer") == 0)
		ret = err_set(e, TC_REFUSED, role, "%s: 用户 %s 的角色%s lawyer", what, login,
			      strcmp(role, "lawyer") == 0 ? "不是" : "是");
	else
		*id = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return ret;
}

enum tc_status case_user_find(struct db *db, const char *login, bool lawyer, int64_t *id,
			      struct tc_err *e)
{
	return lawyer ? find_user(db, login, "lawyer", "律师", id, e)
		      : find_user(db, login, "clerk", "承办人", id, e);
}

static const char *const agent_kinds[] = {"律师", "法律援助", "近亲属", "工会", "其他"};

enum tc_status case_agent_check(const struct case_agent_in *in, const char *who,
				struct case_agent_val *v, struct tc_err *e)
{
	char label[96];
	enum tc_status st;
	char *name;

	memset(v, 0, sizeof *v);
	snprintf(label, sizeof label, "%s姓名", who);
	/* The field is the form's key (agent-add.form), as for kind. */
	name = text_trim(in->name ? in->name : "");
	st = text_check_kind("name", label, name, TEXT_PERSON, TEXT_REQUIRED, e);
	text_copy(v->name, sizeof v->name, name);
	free(name);
	if (st != TC_OK)
		return st;
	for (size_t i = 0; i < sizeof agent_kinds / sizeof agent_kinds[0]; i++)
		if (in->kind && strcmp(in->kind, agent_kinds[i]) == 0)
			v->kind = agent_kinds[i];
	if (v->kind == NULL) {
		struct strbuf sb = {0};
		join_list(LIST(agent_kinds), &sb);
		err_set(e, TC_USAGE, "kind", "%s类别: 不认识「%s」, 可选: %s", who, in->kind ? in->kind : "",
			sb_str(&sb));
		sb_free(&sb);
		return TC_USAGE;
	}
	snprintf(label, sizeof label, "%s电话", who);
	if (in->phone && *in->phone && (st = ident_phone_check(in->phone, v->phone, label, e)) != TC_OK)
		return st;
	return TC_OK;
}

enum tc_status case_agent_insert(struct db *db, int64_t case_id, int64_t party_id,
				 const struct case_agent_val *v, int64_t lawyer_id,
				 struct tc_err *e)
{
	static const char sql[] =
		"INSERT INTO agents(case_id, party_id, name, kind, phone, lawyer_id)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
	static const char link_sql[] =
		"UPDATE cases SET lawyer_id = ?2, legal_aid = legal_aid OR ?3"
		" WHERE id = ?1 AND lawyer_id IS NULL";
	sqlite3_stmt *st = db_prep(db, sql);
	int rc;

	sqlite3_bind_int64(st, 1, case_id);
	sqlite3_bind_int64(st, 2, party_id);
	sqlite3_bind_text(st, 3, v->name, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, v->kind, -1, SQLITE_STATIC);
	db_bind_opt(st, 5, v->phone);
	if (lawyer_id)
		sqlite3_bind_int64(st, 6, lawyer_id);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, "保存委托代理人", e);
	if (!lawyer_id)
		return TC_OK;
	/* A lawyer's login opens the case to them when no lawyer is linked. */
	st = db_prep(db, link_sql);
	sqlite3_bind_int64(st, 1, case_id);
	sqlite3_bind_int64(st, 2, lawyer_id);
	sqlite3_bind_int(st, 3, strcmp(v->kind, "法律援助") == 0);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "关联律师", e);
}

/* An open case where one of the applicants and one of the respondents
 * (the same name or credit code) already stand together: its number into
 * no, or "" when there is none. */
static enum tc_status find_duplicate(struct db *db, const struct case_party_val *apps, size_t na,
				     const struct case_party_val *resp, size_t nr, char *no,
				     size_t size, char *who, size_t wsize, struct tc_err *e)
{
	static const char sql[] =
		"SELECT c.case_no FROM parties p JOIN cases c ON c.id = p.case_id"
		" JOIN parties r ON r.case_id = c.id AND r.side = 'respondent'"
		"  AND (r.name = ?2 OR r.uscc = ?3)"
		" WHERE p.id_no = ?1 AND p.side = 'applicant' AND c.stage <> 'closed'"
		" ORDER BY c.id LIMIT 1";
	no[0] = '\0';
	for (size_t i = 0; i < na && !no[0]; i++) {
		if (!apps[i].id_no[0])
			continue;
		for (size_t j = 0; j < nr && !no[0]; j++) {
			sqlite3_stmt *st = db_prep(db, sql);
			int rc;

			sqlite3_bind_text(st, 1, apps[i].id_no, -1, SQLITE_STATIC);
			sqlite3_bind_text(st, 2, resp[j].name, -1, SQLITE_STATIC);
			db_bind_opt(st, 3, resp[j].uscc);
			rc = sqlite3_step(st);
			if (rc == SQLITE_ROW) {
				text_copy(no, size, db_col_text(st, 0));
				snprintf(who, wsize, "申请人 %s 与被申请人 %s", apps[i].name, resp[j].name);
			}
			sqlite3_reset(st);
			if (rc != SQLITE_ROW && rc != SQLITE_DONE)
				return db_fail(db, rc, "查找重复案件", e);
		}
	}
	return TC_OK;
}

/* What case_add needs besides the request, validated. */
struct add_vals {
	int received;
	struct case_party_val *apps, *resp, *thirds;
	struct case_claim_val *claims;
	struct case_agent_val *agents;
	int64_t *agent_lawyers;       /* per agent: the lawyer user, 0 for none */
	bool bad_uscc;
	int64_t lawyer_id, clerk_id;
	const char *cause;
	char *industry, *project, *missing, *dup_reason;
};

/* The writes of case_add, inside its transaction. */
static enum tc_status add_rows(struct db *db, const struct actor *a, const struct case_new *req,
			       const struct add_vals *v, int64_t *id, char *case_no,
			       struct tc_err *e)
{
	static const char sql[] =
		"INSERT INTO cases(year, seq, case_no, stage, fast, simple, legal_aid,"
		" missing_docs, source, industry, project, received_on, accept_from,"
		" lawyer_id, first_applicant, respondents, cause, clerk_id, docs_due)"
		" VALUES (?1, ?2, ?3, 'received', ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11,"
		" ?12, ?13, '', ?14, ?15, ?16)";
	int received = v->received;
	int year = date_year(received);
	int64_t seq = 0, claimed = 0;
	/* The parties' row ids by side, for the claims and the agents. */
	int64_t *app_ids = xcalloc(req->napplicants + 1, sizeof *app_ids);
	int64_t *resp_ids = xcalloc(req->nrespondents + 1, sizeof *resp_ids);
	int64_t *third_ids = xcalloc(req->nthirds + 1, sizeof *third_ids);
	enum tc_status st;
	char iso[DATE_ISO_LEN], due_iso[DATE_ISO_LEN], money[MONEY_BUF];
	struct strbuf detail = {0};
	int docs_due = DATE_NONE;
	int rc;

	if ((st = next_seq(db, year, &seq, e)) != TC_OK)
		goto out;
	char *no = render_case_no(db, req->fast, year, seq);
	snprintf(case_no, 96, "%s", no);
	free(no);
	if (v->missing) {
		const struct cal *cal;
		struct clock_result r;
		if ((st = cal_get(db, &cal, e)) != TC_OK)
			goto out;
		docs_due = clock_add(cal, received, (int)db_setting_int(db, "missing_docs_days", 10),
				     CLOCK_CALENDAR, &r, NULL);
	}

	sqlite3_stmt *s = db_prep(db, sql);
	sqlite3_bind_int(s, 1, year);
	sqlite3_bind_int64(s, 2, seq);
	sqlite3_bind_text(s, 3, case_no, -1, SQLITE_STATIC);
	sqlite3_bind_int(s, 4, req->fast);
	sqlite3_bind_int(s, 5, req->simple);
	sqlite3_bind_int(s, 6, req->legal_aid || v->lawyer_id != 0);
	db_bind_opt(s, 7, v->missing);
	sqlite3_bind_text(s, 8, req->source && *req->source ? req->source : sources[0], -1, SQLITE_STATIC);
	db_bind_opt(s, 9, v->industry);
	db_bind_opt(s, 10, v->project);
	sqlite3_bind_text(s, 11, date_iso(received, iso), -1, SQLITE_TRANSIENT);
	if (v->lawyer_id)
		sqlite3_bind_int64(s, 12, v->lawyer_id);
	sqlite3_bind_text(s, 13, v->apps[0].name, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 14, v->cause, -1, SQLITE_STATIC);
	if (v->clerk_id)
		sqlite3_bind_int64(s, 15, v->clerk_id);
	db_bind_opt(s, 16, date_iso(docs_due, due_iso));
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		st = db_fail(db, rc, "保存案件", e);
		goto out;
	}
	*id = sqlite3_last_insert_rowid(db->h);

	for (size_t i = 0; i < req->napplicants && st == TC_OK; i++)
		st = case_party_insert(db, *id, SIDE_APPLICANT, (int)i + 1, &v->apps[i],
				       req->uscc_unverified, &app_ids[i], e);
	for (size_t i = 0; i < req->nrespondents && st == TC_OK; i++)
		st = case_party_insert(db, *id, SIDE_RESPONDENT, (int)i + 1, &v->resp[i],
				       req->uscc_unverified, &resp_ids[i], e);
	for (size_t i = 0; i < req->nthirds && st == TC_OK; i++)
		st = case_party_insert(db, *id, SIDE_THIRD, (int)i + 1, &v->thirds[i],
				       req->uscc_unverified, &third_ids[i], e);
	for (size_t i = 0; i < req->nagents && st == TC_OK; i++) {
		const struct case_agent_in *g = &req->agents[i];
		int64_t *ids = g->side == SIDE_APPLICANT ? app_ids
			       : g->side == SIDE_RESPONDENT ? resp_ids : third_ids;
		st = case_agent_insert(db, *id, ids[g->pos - 1], &v->agents[i], v->agent_lawyers[i], e);
	}
	for (size_t i = 0; i < req->nclaims && st == TC_OK; i++) {
		int who = req->claims[i].applicant;
		claimed += v->claims[i].amount;
		st = case_claim_insert(db, *id, (int)i + 1, who > 0 ? app_ids[who - 1] : 0,
				       &v->claims[i], e);
	}
	if (st != TC_OK || (st = case_refresh(db, *id, e)) != TC_OK ||
	    (st = deadline_update(db, *id, received, e)) != TC_OK)
		goto out;

	sb_printf(&detail, "收案: 申请人 %s", v->apps[0].name);
	if (req->napplicants > 1)
		sb_printf(&detail, "等%zu人", req->napplicants);
	sb_printf(&detail, ", 被申请人 %s", v->resp[0].name);
	if (req->nrespondents > 1)
		sb_printf(&detail, "等%zu个", req->nrespondents);
	if (req->nthirds)
		sb_printf(&detail, ", 第三人 %s%s", v->thirds[0].name, req->nthirds > 1 ? "等" : "");
	if (req->nagents)
		sb_printf(&detail, ", 委托代理人 %zu 名", req->nagents);
	sb_printf(&detail, ", 案由 %s, 请求 %s", v->cause, money_display(claimed, money));
	if (v->missing)
		sb_printf(&detail, ", 容缺受理待补: %s (%s 前补交)", v->missing, due_iso);
	if (v->dup_reason)
		sb_printf(&detail, "; 与未结案件重复, 经核实仍登记: %s", v->dup_reason);
	st = journal_add(db, *id, received, a->login, "add", sb_str(&detail), e);
	if (st == TC_OK && v->bad_uscc) {
		char *d = xasprintf("统一社会信用代码校验不通过, 经核实保留: %s", req->uscc_unverified);
		st = journal_add(db, *id, received, a->login, "uscc_unverified", d, e);
		free(d);
	}
out:
	sb_free(&detail);
	free(app_ids);
	free(resp_ids);
	free(third_ids);
	return st;
}

bool case_rep_warning(size_t workers, char *buf, size_t size)
{
	if (workers >= 10)
		return false;
	snprintf(buf, size, "本案劳动者只有 %zu 名: 推举代表人适用于劳动者一方在十人以上并有共同请求的争议"
		 " (劳动争议调解仲裁法第七条、办案规则第五条), 请核实", workers);
	return true;
}

/* "委托代理人" for one, "第2名委托代理人" when there are several. */
static void agent_who(char *buf, size_t size, const struct case_new *req, size_t i)
{
	field_name(buf, size, "委托代理人", i, req->nagents, "");
}

/* The agents' own values, and that each acts for a party of the request.
 * Refusals name the field "agent" (the request's agents, not one form). */
static enum tc_status check_agents(const struct case_new *req, struct case_agent_val *out,
				   struct tc_err *e)
{
	char who[64];

	for (size_t i = 0; i < req->nagents; i++) {
		const struct case_agent_in *g = &req->agents[i];
		size_t n = g->side == SIDE_APPLICANT ? req->napplicants
			   : g->side == SIDE_RESPONDENT ? req->nrespondents : req->nthirds;
		agent_who(who, sizeof who, req, i);
		if (g->pos < 1 || (size_t)g->pos > n)
			return err_set(e, TC_USAGE, "agent", "%s: 所代理的%s是第 %d 名, 而本案只有 %zu 名%s", who,
				       party_side_zh(g->side), g->pos, n, party_side_zh(g->side));
		enum tc_status st = case_agent_check(g, who, &out[i], e);
		if (st != TC_OK) {
			if (e)
				snprintf(e->field, sizeof e->field, "agent");
			return st;
		}
	}
	return TC_OK;
}

/* Every check of case_add that needs no database. */
static enum tc_status add_check(const struct case_new *req, int today, struct add_vals *v,
				struct strbuf *warnings, struct tc_err *e)
{
	enum tc_status st;
	size_t reps = 0;

	v->received = today;
	if (req->received && *req->received) {
		if ((st = date_parse(req->received, &v->received, "收案日期", e)) != TC_OK)
			return st;
		if (v->received > today) {
			char iso[DATE_ISO_LEN];
			return err_set(e, TC_REFUSED, "received", "收案日期: %s 在今天 (%s) 之后",
				       req->received, date_iso(today, iso));
		}
	}
	if ((st = check_parties(req, today, v->apps, v->resp, v->thirds, &v->bad_uscc, e)) != TC_OK ||
	    (st = check_claims(req, v->received, v->claims, warnings, e)) != TC_OK ||
	    (st = check_agents(req, v->agents, e)) != TC_OK)
		return st;
	if (req->source && *req->source && !in_list(req->source, LIST(sources)))
		return refuse_choice("案件来源", req->source, LIST(sources), e);
	v->cause = causes[0];
	if (req->cause && *req->cause) {
		if (!in_list(req->cause, LIST(causes)))
			return refuse_choice("案由", req->cause, LIST(causes), e);
		for (size_t k = 0; k < sizeof causes / sizeof causes[0]; k++)
			if (strcmp(req->cause, causes[k]) == 0)
				v->cause = causes[k];
	}
	if ((st = check_text(req->industry, false, TEXT_WORD, "行业", &v->industry, e)) != TC_OK ||
	    (st = check_text(req->project, false, TEXT_PROJECT, "项目名称", &v->project, e)) != TC_OK ||
	    (st = check_text(req->missing_docs, false, TEXT_NOTE, "待补材料", &v->missing, e)) != TC_OK ||
	    (st = check_text(req->allow_duplicate, false, TEXT_NOTE, "--allow-duplicate",
			     &v->dup_reason, e)) != TC_OK ||
	    (st = text_check_kind("uscc-unverified", "--uscc-unverified", req->uscc_unverified,
				  TEXT_NOTE, 0, e)) != TC_OK)
		return st;
	for (size_t i = 0; i < req->napplicants; i++) {
		char note[256], who[64];
		reps += v->apps[i].representative;
		if (warnings && v->apps[i].id_no[0] &&
		    ident_id_age_note(v->apps[i].id_no, v->received, note, sizeof note)) {
			field_name(who, sizeof who, "申请人", i, req->napplicants, "");
			sb_printf(warnings, "%s %s: %s\n", who, v->apps[i].name, note);
		}
	}
	char note[256];
	if (warnings && reps && case_rep_warning(req->napplicants, note, sizeof note))
		sb_printf(warnings, "%s\n", note);
	else if (warnings && reps && reps < 3)
		sb_printf(warnings, "只推举了 %zu 名代表人; 集体争议的劳动者一般推举三至五名代表 (办案规则第五条)\n",
			  reps);
	return TC_OK;
}

enum tc_status case_add(struct db *db, const struct actor *a, const struct case_new *req,
			int today, int64_t *id, char *case_no, struct strbuf *warnings,
			struct tc_err *e)
{
	struct add_vals v = {
		.apps = xcalloc(req->napplicants + 1, sizeof *v.apps),
		.resp = xcalloc(req->nrespondents + 1, sizeof *v.resp),
		.thirds = xcalloc(req->nthirds + 1, sizeof *v.thirds),
		.claims = xcalloc(req->nclaims + 1, sizeof *v.claims),
		.agents = xcalloc(req->nagents + 1, sizeof *v.agents),
		.agent_lawyers = xcalloc(req->nagents + 1, sizeof *v.agent_lawyers),
	};
	enum tc_status st;

	if ((st = user_may(a, PERM_CASE_ADD, e)) != TC_OK ||
	    (st = add_check(req, today, &v, warnings, e)) != TC_OK ||
	    (st = db_begin(db, e)) != TC_OK)
		goto out;
	if (req->lawyer && *req->lawyer)
		st = case_user_find(db, req->lawyer, true, &v.lawyer_id, e);
	if (st == TC_OK && req->clerk && *req->clerk)
		st = case_user_find(db, req->clerk, false, &v.clerk_id, e);
	for (size_t i = 0; i < req->nagents && st == TC_OK; i++) {
		const char *login = req->agents[i].lawyer;
		char who[96], what[400];
		if (!login || !*login)
			continue;
		agent_who(who, sizeof who, req, i);
		snprintf(what, sizeof what, "%s %s", who, v.agents[i].name);
		if ((st = find_user(db, login, "lawyer", what, &v.agent_lawyers[i], e)) != TC_OK && e)
			snprintf(e->field, sizeof e->field, "agent");
	}
	if (st == TC_OK) {
		char dup[96], who[256];
		st = find_duplicate(db, v.apps, req->napplicants, v.resp, req->nrespondents, dup,
				    sizeof dup, who, sizeof who, e);
		/* A reason given where there is no duplicate is not recorded. */
		if (st == TC_OK && !dup[0])
			free(v.dup_reason), v.dup_reason = NULL;
		if (st == TC_OK && dup[0] && !v.dup_reason)
			st = err_set(e, TC_REFUSED, "duplicate",
				     "%s已在未结案件 %s 中, 可能是重复登记; 核实后确需另立一案的, 请写明理由: --allow-duplicate 理由",
				     who, dup);
	}
	if (st == TC_OK)
		st = add_rows(db, a, req, &v, id, case_no, e);
	if (st == TC_OK)
		st = db_commit(db, e);
	else
		db_rollback(db);
out:
	parties_free(v.apps, req->napplicants + 1);
	parties_free(v.resp, req->nrespondents + 1);
	parties_free(v.thirds, req->nthirds + 1);
	free(v.claims);
	free(v.agents);
	free(v.agent_lawyers);
	free(v.industry);
	free(v.project);
	free(v.missing);
	free(v.dup_reason);
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
	r->employer_side = sqlite3_column_int(st, 29) != 0;
	/* When an organisation applied, its workers are respondents: "等N人"
	 * would count them as applicants. */
	if (r->workers > 1 && !r->employer_side) {
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
	r->paid = sqlite3_column_int64(st, 26);
	copy(r->cause, sizeof r->cause, db_col_text(st, 27));
	copy(r->clerk, sizeof r->clerk, db_col_text(st, 28));
}

/* ---- one case whole -------------------------------------------------- */

static enum tc_status detail_main(struct db *db, int64_t id, int today, struct case_detail *d,
				  struct tc_err *e)
{
	static const char sql_more[] =
		"SELECT c.version, c.fast, c.simple, c.collective, c.legal_aid, c.major,"
		" c.missing_docs, c.project, c.prev_stage, c.hearing_at, c.hearing_room,"
		" COALESCE(u.name, ''), c.suspended_days, c.extended, c.docs_due, c.docs_received_on,"
		" c.cause, c.applicant_side, k.login, k.name, c.paid"
		" FROM cases c LEFT JOIN users u ON u.id = c.lawyer_id"
		" LEFT JOIN users k ON k.id = c.clerk_id WHERE c.id = ?1";
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
		copy(d->docs_due, sizeof d->docs_due, db_col_text(st, 14));
		copy(d->docs_received_on, sizeof d->docs_received_on, db_col_text(st, 15));
		copy(d->cause, sizeof d->cause, db_col_text(st, 16));
		copy(d->applicant_side, sizeof d->applicant_side, db_col_text(st, 17));
		copy(d->clerk, sizeof d->clerk, db_col_text(st, 18));
		copy(d->clerk_name, sizeof d->clerk_name, db_col_text(st, 19));
		d->paid = sqlite3_column_int64(st, 20);
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? TC_OK : db_fail(db, rc, "读取案件", e);
}

/* "a1" for the first applicant. */
static void party_ref(const char *side, int pos, char out[8])
{
	snprintf(out, 8, "%c%d", side[0], pos % 100000);
}

static enum tc_status detail_parties(struct db *db, int64_t id, bool mask, struct case_detail *d,
				     struct tc_err *e)
{
	static const char sql[] =
		"SELECT side, pos, name, id_no, uscc, uscc_unverified, phone, sex, birth, chain_role,"
		" address, service_address, legal_rep, legal_rep_title, representative, id"
		" FROM parties WHERE case_id = ?1"
		" ORDER BY CASE side WHEN 'applicant' THEN 0 WHEN 'respondent' THEN 1 ELSE 2 END, pos";
	static const char agents_sql[] =
		"SELECT a.name, a.kind, a.phone, u.login FROM agents a"
		" LEFT JOIN users u ON u.id = a.lawyer_id WHERE a.case_id = ?2 AND a.party_id = ?1"
		" ORDER BY a.id"; /* by agents_case: a party's agents are its case's */
	sqlite3_stmt *st = db_prep(db, sql);
	int64_t *ids = NULL;
	size_t cap = 0, idcap = 0;
	int rc;

	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		d->parties = xgrow(d->parties, &cap, d->nparties + 1, sizeof *d->parties);
		ids = xgrow(ids, &idcap, d->nparties + 1, sizeof *ids);
		ids[d->nparties] = sqlite3_column_int64(st, 15);
		struct case_party *p = &d->parties[d->nparties++];
		memset(p, 0, sizeof *p);
		copy(p->side, sizeof p->side, db_col_text(st, 0));
		p->pos = sqlite3_column_int(st, 1);
		party_ref(p->side, p->pos, p->ref);
		copy(p->name, sizeof p->name, db_col_text(st, 2));
		if (mask && *db_col_text(st, 3))
			ident_id_mask(db_col_text(st, 3), p->id_no);
		else
			copy(p->id_no, sizeof p->id_no, db_col_text(st, 3));
		copy(p->uscc, sizeof p->uscc, db_col_text(st, 4));
		copy(p->uscc_unverified, sizeof p->uscc_unverified, db_col_text(st, 5));
		copy(p->phone, sizeof p->phone, mask ? "" : db_col_text(st, 6));
		copy(p->sex, sizeof p->sex, db_col_text(st, 7));
		copy(p->birth, sizeof p->birth, mask ? "" : db_col_text(st, 8));
		copy(p->chain_role, sizeof p->chain_role, db_col_text(st, 9));
		/* A worker's home is personal data; an employer's seat is not. */
		bool person = *db_col_text(st, 3) != '\0';
		copy(p->address, sizeof p->address, mask && person ? "" : db_col_text(st, 10));
		copy(p->service_address, sizeof p->service_address,
		     mask && person ? "" : db_col_text(st, 11));
		copy(p->legal_rep, sizeof p->legal_rep, db_col_text(st, 12));
		copy(p->legal_rep_title, sizeof p->legal_rep_title, db_col_text(st, 13));
		p->representative = sqlite3_column_int(st, 14) != 0;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		free(ids);
		return db_fail(db, rc, "读取当事人", e);
	}
	for (size_t i = 0; i < d->nparties; i++) {
		struct case_party *p = &d->parties[i];
		size_t acap = 0;

		st = db_prep(db, agents_sql);
		sqlite3_bind_int64(st, 1, ids[i]);
		sqlite3_bind_int64(st, 2, id);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			p->agents = xgrow(p->agents, &acap, p->nagents + 1, sizeof *p->agents);
			struct case_agent *g = &p->agents[p->nagents++];
			memset(g, 0, sizeof *g);
			copy(g->name, sizeof g->name, db_col_text(st, 0));
			copy(g->kind, sizeof g->kind, db_col_text(st, 1));
			/* Personal data, as the party's own phone. */
			copy(g->phone, sizeof g->phone, mask ? "" : db_col_text(st, 2));
			copy(g->lawyer, sizeof g->lawyer, db_col_text(st, 3));
		}
		sqlite3_reset(st);
		if (rc != SQLITE_DONE) {
			free(ids);
			return db_fail(db, rc, "读取委托代理人", e);
		}
	}
	free(ids);
	return TC_OK;
}

static enum tc_status detail_claims(struct db *db, int64_t id, struct case_detail *d,
				    struct tc_err *e)
{
	static const char sql[] =
		"SELECT k.pos, k.kind, k.amount, k.resolved,"
		" (SELECT coalesce(sum(amount), 0) FROM payments y WHERE y.case_id = k.case_id"
		"  AND y.claim_pos = k.pos),"
		" k.period_from, k.period_to, k.final, p.side, p.pos"
		" FROM claims k LEFT JOIN parties p ON p.id = k.party_id"
		" WHERE k.case_id = ?1 ORDER BY k.pos";
	static const char pay_sql[] =
		"SELECT coalesce(claim_pos, 0), amount, paid_on, paid_by, note FROM payments"
		" WHERE case_id = ?1 ORDER BY paid_on, id";
	sqlite3_stmt *st = db_prep(db, sql);
	size_t cap = 0;
	int rc;

	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		d->claims = xgrow(d->claims, &cap, d->nclaims + 1, sizeof *d->claims);
		struct case_claim *c = &d->claims[d->nclaims++];
		memset(c, 0, sizeof *c);
		c->pos = sqlite3_column_int(st, 0);
		copy(c->kind, sizeof c->kind, db_col_text(st, 1));
		c->amount = sqlite3_column_int64(st, 2);
		c->resolved = sqlite3_column_type(st, 3) == SQLITE_NULL ? -1 : sqlite3_column_int64(st, 3);
		c->paid = sqlite3_column_int64(st, 4);
		copy(c->from, sizeof c->from, db_col_text(st, 5));
		copy(c->to, sizeof c->to, db_col_text(st, 6));
		c->final = sqlite3_column_type(st, 7) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 7);
		if (sqlite3_column_type(st, 8) != SQLITE_NULL)
			party_ref(db_col_text(st, 8), sqlite3_column_int(st, 9), c->party);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, "读取请求", e);
	cap = 0;
	st = db_prep(db, pay_sql);
	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		d->payments = xgrow(d->payments, &cap, d->npayments + 1, sizeof *d->payments);
		struct case_payment *y = &d->payments[d->npayments++];
		memset(y, 0, sizeof *y);
		y->item = sqlite3_column_int(st, 0);
		y->amount = sqlite3_column_int64(st, 1);
		copy(y->on, sizeof y->on, db_col_text(st, 2));
		copy(y->by, sizeof y->by, db_col_text(st, 3));
		copy(y->note, sizeof y->note, db_col_text(st, 4));
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "读取履行记录", e);
}

static int push_hearing(const struct hearing *h, void *p)
{
	struct case_detail *d = p;
	d->hearings = xrealloc(d->hearings, (d->nhearings + 1) * sizeof *d->hearings);
	d->hearings[d->nhearings++] = *h;
	return 0;
}

static enum tc_status detail_hearings(struct db *db, int64_t id, struct case_detail *d,
				      struct tc_err *e)
{
	struct hearing_query q = {.from = DATE_NONE, .to = DATE_NONE, .case_id = id};
	enum tc_status st = tribunal_get(db, id, &d->tribunal, e);

	return st == TC_OK ? hearing_each(db, NULL, &q, push_hearing, d, e) : st;
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
	    (st = detail_hearings(db, id, d, e)) != TC_OK ||
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
	for (size_t i = 0; i < d->nparties; i++)
		free(d->parties[i].agents);
	free(d->parties);
	free(d->claims);
	free(d->payments);
	free(d->hearings);
	free(d);
}
