/*
 * roster.c - the roster file (import and export), single people added,
 * edited, suspended or dismissed, the lists with caseload, finding the
 * mediator or arbitrator a case may be given, and for one case who must
 * step aside (回避) and how the others rank, with each person's record of
 * the year.
 *
 * One CSV layout holds organisations and people; each row's `kind` says
 * which.  An import parses and checks every row before it touches the
 * database, then writes everything in one transaction.  A single entry is
 * checked as a row of that layout by the same code, so the file and the
 * screen can never disagree about what a valid person is.  This file does
 * not edit organisations one by one, does not assign anyone (the workflow
 * does, and decides what a 回避 mark requires), and never prints.
 */
#include "tiaocai/roster.h"
#include "tiaocai/afile.h"
#include "tiaocai/db.h"
#include "tiaocai/ident.h"
#include "tiaocai/journal.h"
#include "tiaocai/stage.h"
#include "tiaocai/text.h"

#include <assert.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

/* The columns of the layout, in the order an export writes them. */
enum col {
	C_KIND, C_NAME, C_ORG, C_TYPE, C_USCC, C_AREA, C_EMPLOYMENT, C_BACKGROUND,
	C_CERT, C_SPECIALTIES, C_LANGUAGES, C_TERM_START, C_TERM_END, C_STATUS,
	C_REASON, C_PHONE, C_CONTACT, NCOLS
};

/* kind and name are required: csvio_map_header wants them first. */
static const struct csvio_col layout[NCOLS] = {
	[C_KIND] = {"kind", "类别"},
	[C_NAME] = {"name", "名称"},
	[C_ORG] = {"org", "所属组织"},
	[C_TYPE] = {"org_type", "组织类型"},
	[C_USCC] = {"uscc", "统一社会信用代码"},
	[C_AREA] = {"area", "服务区域"},
	[C_EMPLOYMENT] = {"employment", "专兼职"},
	[C_BACKGROUND] = {"background", "背景"},
	[C_CERT] = {"cert_no", "证书编号"},
	[C_SPECIALTIES] = {"specialties", "专长"},
	[C_LANGUAGES] = {"languages", "语言"},
	[C_TERM_START] = {"term_start", "聘期开始"},
	[C_TERM_END] = {"term_end", "聘期结束"},
	[C_STATUS] = {"status", "状态"},
	[C_REASON] = {"status_reason", "状态说明"},
	[C_PHONE] = {"phone", "电话"},
	[C_CONTACT] = {"contact", "联系人"},
};

enum { FOR_ORG = 1, FOR_PERSON = 2, FOR_BOTH = 3 };

/* Which rows a column belongs to, and the kind of text it holds (its
 * length limit in characters is text.h's for the kind). */
static const struct {
	unsigned char applies;
	enum text_kind text;
} colrule[NCOLS] = {
	[C_KIND] = {FOR_BOTH, TEXT_WORD},          [C_NAME] = {FOR_BOTH, TEXT_ORG},
	[C_ORG] = {FOR_PERSON, TEXT_ORG},          [C_TYPE] = {FOR_ORG, TEXT_WORD},
	[C_USCC] = {FOR_ORG, TEXT_CODE},           [C_AREA] = {FOR_ORG, TEXT_LIST},
	[C_EMPLOYMENT] = {FOR_PERSON, TEXT_WORD},  [C_BACKGROUND] = {FOR_PERSON, TEXT_LIST},
	[C_CERT] = {FOR_PERSON, TEXT_CODE},        [C_SPECIALTIES] = {FOR_PERSON, TEXT_LIST},
	[C_LANGUAGES] = {FOR_PERSON, TEXT_LIST},   [C_TERM_START] = {FOR_PERSON, TEXT_CODE},
	[C_TERM_END] = {FOR_PERSON, TEXT_CODE},    [C_STATUS] = {FOR_BOTH, TEXT_WORD},
	[C_REASON] = {FOR_PERSON, TEXT_NOTE},      [C_PHONE] = {FOR_BOTH, TEXT_CODE},
	[C_CONTACT] = {FOR_ORG, TEXT_PERSON},
};

/* kinds[0] is an organisation; the others are people.role values. */
enum { K_ORG, K_MEDIATOR, K_ARBITRATOR, K_CLERK, NKINDS };
static const struct {
	const char *key, *zh;
} kinds[NKINDS] = {
	{"org", "组织"}, {"mediator", "调解员"}, {"arbitrator", "仲裁员"}, {"clerk", "书记员"},
};

/* Organisation types (domain.md section 5): the stored name first, then
 * the shorter forms an office may type. */
static const char *const org_types[][4] = {
	{"企业劳动争议调解委员会", "企业调解委员会"},
	{"乡镇/街道调解组织", "乡镇调解组织", "街道调解组织"},
	{"人民调解组织", "人民调解委员会"},
	{"行业性调解组织", "行业性"},
	{"区域性调解组织", "区域性"},
	{"商会调解组织", "商会"},
	{"仲裁院调解中心"},
	{"工会/职工法律服务站", "工会", "职工法律服务站"},
	{"新就业形态调解组织"},
	{"个人调解工作室"},
	{"其他"},
};
#define ORG_TYPE_PRIVATE 0 /* in-company committees are left out of the public roster */

static const char *const person_statuses[] = {"在册", "暂停", "解聘"};
static const char *const org_statuses[] = {"在册", "暂停", "撤销"};

const char *roster_role_zh(const char *role)
{
	for (int k = K_MEDIATOR; k < NKINDS; k++)
		if (role && strcmp(role, kinds[k].key) == 0)
			return kinds[k].zh;
	return "?";
}

/* The static role key for "mediator" or "调解员", or NULL. */
static const char *role_key(const char *s)
{
	for (int k = K_MEDIATOR; k < NKINDS; k++)
		if (s && (strcmp(s, kinds[k].key) == 0 || strcmp(s, kinds[k].zh) == 0))
			return kinds[k].key;
	return NULL;
}

static const char *pick(const char *const *set, size_t n, const char *s)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(s, set[i]) == 0)
			return set[i];
	return NULL;
}

/* ---- reading the file ---------------------------------------------- */

/* One row of the file as checked: v[] holds normalised values, NULL when
 * empty. */
struct prow {
	int line;
	int kind;
	char *v[NCOLS];
	int64_t id;     /* after writing: orgs.id or people.id */
	int org_row;    /* people: index of their organisation's row, or -1 */
};

/* Where the faults of checked rows go.  Every fault is counted and the
 * first (lowest line) kept: for a file as "FILE:LINE: COLUMN: reason" with
 * the column as the file's header spells it; for one entry typed on the
 * screen or the command line (path NULL, line 0) as "COLUMN: reason" with
 * the Chinese header. */
struct faults {
	const char *path;
	const char *colname[NCOLS];
	int nerr;
	int first_line;
	struct tc_err first;
};

struct import {
	const char *path;
	const struct csvio_file *f;
	int idx[NCOLS];
	struct prow *rows;
	size_t nrows;
	struct faults fl;
};

static void row_errv(struct faults *fl, int line, int col, const char *fmt, va_list ap)
{
	char reason[400];

	fl->nerr++;
	if (fl->nerr > 1 && line >= fl->first_line)
		return;
	vsnprintf(reason, sizeof reason, fmt, ap);
	fl->first_line = line;
	if (fl->path)
		err_set(&fl->first, TC_REFUSED, layout[col].key, "%s:%d: %s: %s", fl->path, line,
			fl->colname[col], reason);
	else
		err_set(&fl->first, TC_REFUSED, layout[col].key, "%s: %s", fl->colname[col], reason);
}

static void row_err(struct faults *fl, int line, int col, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static void row_err(struct faults *fl, int line, int col, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	row_errv(fl, line, col, fmt, ap);
	va_end(ap);
}

/* A fault found by another module, whose message may already start with
 * the column's name. */
static void row_err_from(struct faults *fl, int line, int col, const struct tc_err *sub)
{
	const char *m = sub->msg;
	size_t n = strlen(fl->colname[col]);

	if (strncmp(m, fl->colname[col], n) == 0 && m[n] == ':')
		m += n + 1;
	while (*m == ' ')
		m++;
	row_err(fl, line, col, "%s", m);
}

/* The first fault, with the count of the others, as the call's status. */
static enum tc_status faults_report(const struct faults *fl, struct tc_err *e)
{
	*e = fl->first;
	if (fl->nerr > 1) {
		size_t len = strlen(e->msg);
		snprintf(e->msg + len, sizeof e->msg - len, " (另有 %d 处错误)", fl->nerr - 1);
	}
	e->status = TC_REFUSED;
	return TC_REFUSED;
}

/* Split a list typed with ; ； 、 , or ， into items, trim them, drop empty
 * and repeated ones, and join them with 、.  Returns a new string or NULL
 * when nothing is left. */
static char *norm_list(const char *s)
{
	static const char *const seps[] = {";", "；", "、", ",", "，"};
	struct strlist items = {0};
	struct strbuf out = {0};
	const char *p = s, *start = s;

	for (;;) {
		size_t seplen = 0;
		if (*p) {
			for (size_t i = 0; i < sizeof seps / sizeof seps[0]; i++) {
				size_t n = strlen(seps[i]);
				if (strncmp(p, seps[i], n) == 0) {
					seplen = n;
					break;
				}
			}
			if (seplen == 0) {
				p++;
				continue;
			}
		}
		char *raw = xstrndup(start, (size_t)(p - start));
		char *item = text_trim(raw);
		free(raw);
		bool seen = *item == '\0';
		for (size_t i = 0; !seen && i < items.n; i++)
			seen = strcmp(items.v[i], item) == 0;
		if (!seen)
			sl_push(&items, item);
		free(item);
		if (*p == '\0')
			break;
		p += seplen;
		start = p;
	}
	for (size_t i = 0; i < items.n; i++) {
		if (i)
			sb_puts(&out, "、");
		sb_puts(&out, items.v[i]);
	}
	sl_free(&items);
	if (out.len == 0) {
		sb_free(&out);
		return NULL;
	}
	return sb_take(&out);
}

/* Values are replaced by their normalised form: what is stored, and so
 * what an export writes, is exactly what a re-import would produce. */
static void set_value(struct prow *r, int col, const char *s)
{
	free(r->v[col]);
	r->v[col] = s ? xstrdup(s) : NULL;
}

/* Check an organisation row's own columns. */
static void check_org(struct faults *fl, struct prow *r)
{
	const char *t = r->v[C_TYPE];
	const char *found = NULL;

	if (t == NULL) {
		row_err(fl, r->line, C_TYPE, "组织行必须填组织类型");
	} else {
		for (size_t i = 0; !found && i < sizeof org_types / sizeof org_types[0]; i++)
			for (int j = 0; j < 4 && org_types[i][j]; j++)
				if (strcmp(t, org_types[i][j]) == 0)
					found = org_types[i][0];
		if (found)
			set_value(r, C_TYPE, found);
		else
			row_err(fl, r->line, C_TYPE,
				"不认识的组织类型 %s (可写 企业劳动争议调解委员会、乡镇/街道调解组织、"
				"人民调解组织、行业性调解组织、区域性调解组织、商会调解组织、仲裁院调解中心、"
				"工会/职工法律服务站、新就业形态调解组织、个人调解工作室、其他)", t);
	}
	if (r->v[C_USCC]) {
		char code[USCC_LEN];
		bool bad_check = false;
		struct tc_err sub = {0};
		if (ident_uscc_check(r->v[C_USCC], code, &bad_check, fl->colname[C_USCC], &sub) == TC_OK)
			set_value(r, C_USCC, code);
		else if (bad_check) /* the roster has no column for an override reason */
			row_err(fl, r->line, C_USCC, "校验位不符, 第18位应为 %c (若确是校验不符的早期代码, 请留空此列)",
				ident_uscc_checkchar(code));
		else
			row_err_from(fl, r->line, C_USCC, &sub);
	}
	if (r->v[C_STATUS] == NULL)
		set_value(r, C_STATUS, org_statuses[0]);
	else if (!pick(org_statuses, 3, r->v[C_STATUS]))
		row_err(fl, r->line, C_STATUS, "组织状态只能是 在册、暂停 或 撤销, 不是 %s", r->v[C_STATUS]);
}

/* Check a person row's own columns (the organisation is checked later,
 * once every organisation row is known). */
static void check_person(struct faults *fl, struct prow *r)
{
	int start = DATE_NONE, end = DATE_NONE;
	struct tc_err sub = {0};
	char iso[DATE_ISO_LEN];

	if (strchr(r->v[C_NAME], '@'))
		row_err(fl, r->line, C_NAME, "姓名中不能有 @ (它用来写 姓名@组织)");
	else if (text_chars(r->v[C_NAME]) > TEXT_MAX_PERSON)
		row_err(fl, r->line, C_NAME, "人员姓名最长 %d 个字, 现为 %zu 个字", TEXT_MAX_PERSON,
			text_chars(r->v[C_NAME]));
	if (r->v[C_EMPLOYMENT] && strcmp(r->v[C_EMPLOYMENT], "专职") != 0 &&
	    strcmp(r->v[C_EMPLOYMENT], "兼职") != 0)
		row_err(fl, r->line, C_EMPLOYMENT, "只能填 专职 或 兼职, 不是 %s", r->v[C_EMPLOYMENT]);
	for (int c = C_SPECIALTIES; c <= C_LANGUAGES; c++) {
		if (r->v[c]) {
			char *l = norm_list(r->v[c]);
			free(r->v[c]);
			r->v[c] = l;
		}
	}
	if (r->v[C_TERM_START]) {
		if (date_parse(r->v[C_TERM_START], &start, fl->colname[C_TERM_START], &sub) == TC_OK)
			set_value(r, C_TERM_START, date_iso(start, iso));
		else
			row_err_from(fl, r->line, C_TERM_START, &sub);
	}
	if (r->v[C_TERM_END]) {
		if (date_parse(r->v[C_TERM_END], &end, fl->colname[C_TERM_END], &sub) == TC_OK)
			set_value(r, C_TERM_END, date_iso(end, iso));
		else
			row_err_from(fl, r->line, C_TERM_END, &sub);
	}
	if (start != DATE_NONE && end != DATE_NONE && end < start)
		row_err(fl, r->line, C_TERM_END, "聘期结束 %s 早于聘期开始 %s", r->v[C_TERM_END],
			r->v[C_TERM_START]);
	if (r->v[C_STATUS] == NULL)
		set_value(r, C_STATUS, person_statuses[0]);
	else if (!pick(person_statuses, 3, r->v[C_STATUS]))
		row_err(fl, r->line, C_STATUS, "人员状态只能是 在册、暂停 或 解聘, 不是 %s", r->v[C_STATUS]);
	/* The reason is what the clerk is shown when the workflow refuses
	 * this person; without it the refusal explains nothing. */
	else if (strcmp(r->v[C_STATUS], "在册") != 0 && r->v[C_REASON] == NULL)
		row_err(fl, r->line, C_REASON, "状态为%s时须写明原因", r->v[C_STATUS]);
}

/* Take one raw value into r->v[c] (replacing what was there): checked for
 * encoding, trimmed, checked for length; empty becomes NULL. */
static void take_cell(struct faults *fl, struct prow *r, int c, const char *raw)
{
	struct tc_err sub = {0};

	set_value(r, c, NULL);
	char *v = text_trim(raw);
	/* No label: the fault is put on the column.  A refused value is
	 * still kept, so that the row's other checks do not report it as
	 * missing (nothing is written while any fault stands). */
	if (text_check_kind(layout[c].key, NULL, v, colrule[c].text, 0, &sub) != TC_OK)
		row_err_from(fl, r->line, c, &sub);
	if (*v == '\0') {
		free(v);
		return;
	}
	r->v[c] = v;
}

/* Check a row whose cells are taken: the kind, the name, the columns that
 * do not belong to this kind of row, the phone, then the kind's own
 * columns.  Values are normalised in place.  Faults are collected, not
 * returned at the first, so that one attempt shows how much of a
 * spreadsheet needs fixing. */
static void check_row(struct faults *fl, struct prow *r)
{
	r->kind = -1;
	const char *k = r->v[C_KIND];
	for (int i = 0; k && i < NKINDS; i++)
		if (strcmp(k, kinds[i].zh) == 0 || strcasecmp(k, kinds[i].key) == 0)
			r->kind = i;
	if (r->kind < 0) {
		if (k)
			row_err(fl, r->line, C_KIND, "不认识的类别 %s (可写 组织、调解员、仲裁员、书记员, "
				"或 org、mediator、arbitrator、clerk)", k);
		else
			row_err(fl, r->line, C_KIND, "类别不能为空 (可写 组织、调解员、仲裁员、书记员)");
		return;
	}
	if (r->v[C_NAME] == NULL) {
		row_err(fl, r->line, C_NAME, "%s名称不能为空", kinds[r->kind].zh);
		return;
	}
	/* A value in a column that does not apply is usually a row shifted by
	 * one cell; storing nothing for it would hide that. */
	unsigned me = r->kind == K_ORG ? FOR_ORG : FOR_PERSON;
	for (int c = 0; c < NCOLS; c++)
		if (r->v[c] && !(colrule[c].applies & me))
			row_err(fl, r->line, c, "%s行不填此列", r->kind == K_ORG ? "组织" : "人员");
	if (r->v[C_PHONE]) {
		char phone[32];
		struct tc_err sub = {0};
		if (ident_phone_check(r->v[C_PHONE], phone, fl->colname[C_PHONE], &sub) == TC_OK)
			set_value(r, C_PHONE, phone);
		else
			row_err_from(fl, r->line, C_PHONE, &sub);
	}
	if (r->kind == K_ORG)
		check_org(fl, r);
	else
		check_person(fl, r);
}

/* Read one record of the file into r and check it. */
static void parse_row(struct import *im, const struct csvio_record *rec, struct prow *r)
{
	r->line = rec->line;
	r->org_row = -1;
	for (int c = 0; c < NCOLS; c++)
		take_cell(&im->fl, r, c, csvio_field(rec, im->idx[c]));
	check_row(&im->fl, r);
}

/* Every header cell must be a column of the layout (a misspelt header
 * would otherwise drop its column without a word); empty cells are
 * allowed, as spreadsheets leave them. */
static void check_header(struct import *im)
{
	const struct csvio_record *h = &im->f->records[0];

	for (size_t i = 0; i < h->nfields; i++) {
		char *name = text_trim(h->fields[i]);
		bool known = *name == '\0';
		bool twice = false;
		for (int c = 0; !known && c < NCOLS; c++) {
			known = (int)i == im->idx[c];
			twice |= strcmp(name, layout[c].zh) == 0 || strcasecmp(name, layout[c].key) == 0;
		}
		if (!known && im->fl.nerr++ == 0) {
			im->fl.first_line = h->line;
			if (twice)
				err_set(&im->fl.first, TC_REFUSED, name, "%s:%d: 列 %s 出现了两次",
					im->path, h->line, name);
			else
				err_set(&im->fl.first, TC_REFUSED, name,
					"%s:%d: 不认识的列 %s (名册的列见 man 5 tiaocai)", im->path,
					h->line, name);
		}
		free(name);
	}
}

/* For sorting row indexes by a key of the row. */
struct keyed {
	char *key;
	size_t row;
};

static int cmp_keyed(const void *a, const void *b)
{
	const struct keyed *x = a, *y = b;
	int c = strcmp(x->key, y->key);
	return c ? c : (x->row > y->row) - (x->row < y->row);
}

/* The organisation index is searched by name alone. */
static int cmp_key_only(const void *a, const void *b)
{
	return strcmp(((const struct keyed *)a)->key, ((const struct keyed *)b)->key);
}

static void keyed_free(struct keyed *k, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(k[i].key);
	free(k);
}

/* Report the second and later rows of each run of equal keys. */
static void report_repeats(struct import *im, struct keyed *k, size_t n, int col,
			   const char *what)
{
	qsort(k, n, sizeof *k, cmp_keyed);
	for (size_t i = 1; i < n; i++)
		if (strcmp(k[i].key, k[i - 1].key) == 0) {
			size_t j = i;
			while (j > 0 && strcmp(k[j - 1].key, k[i].key) == 0)
				j--;
			row_err(&im->fl, im->rows[k[i].row].line, col, "%s与第 %d 行重复", what,
				im->rows[k[j].row].line);
		}
}

static const char *orempty(const char *s) { return s ? s : ""; }

/* Rows that repeat an organisation, a USCC or a person; and people whose
 * organisation is neither in the file nor already on the roster.  Only a
 * failing database is returned as a status; faults in rows go to im.
 * With db NULL, an organisation not in the file is not looked for. */
static enum tc_status check_across(struct import *im, struct db *db, struct tc_err *e)
{
	static const char org_sql[] = "SELECT 1 FROM orgs WHERE name = ?1";
	struct keyed *orgk = xcalloc(im->nrows + 1, sizeof *orgk);
	struct keyed *usck = xcalloc(im->nrows + 1, sizeof *usck);
	struct keyed *perk = xcalloc(im->nrows + 1, sizeof *perk);
	size_t no = 0, nu = 0, np = 0;
	enum tc_status st = TC_OK;

	for (size_t i = 0; i < im->nrows; i++) {
		struct prow *r = &im->rows[i];
		if (r->kind < 0 || r->v[C_NAME] == NULL)
			continue;
		if (r->kind == K_ORG) {
			orgk[no++] = (struct keyed){xstrdup(r->v[C_NAME]), i};
			if (r->v[C_USCC])
				usck[nu++] = (struct keyed){xstrdup(r->v[C_USCC]), i};
		} else {
			perk[np++] = (struct keyed){
				xasprintf("%s\x1f%s\x1f%s", kinds[r->kind].key, r->v[C_NAME],
					  orempty(r->v[C_ORG])), i};
		}
	}
	report_repeats(im, orgk, no, C_NAME, "组织");
	report_repeats(im, usck, nu, C_USCC, "统一社会信用代码");
	report_repeats(im, perk, np, C_NAME, "同一组织的同名同角色人员");

	/* orgk is sorted now: find each person's organisation in it. */
	for (size_t i = 0; st == TC_OK && i < im->nrows; i++) {
		struct prow *r = &im->rows[i];
		if (r->kind <= K_ORG || r->v[C_ORG] == NULL)
			continue;
		struct keyed probe = {r->v[C_ORG], 0};
		struct keyed *hit = bsearch(&probe, orgk, no, sizeof *orgk, cmp_key_only);
		if (hit) {
			r->org_row = (int)hit->row;
			continue;
		}
		if (db == NULL) /* roster_check_file: the file alone */
			continue;
		sqlite3_stmt *q = db_prep(db, org_sql);
		sqlite3_bind_text(q, 1, r->v[C_ORG], -1, SQLITE_STATIC);
		int rc = sqlite3_step(q);
		sqlite3_reset(q);
		if (rc == SQLITE_DONE)
			row_err(&im->fl, r->line, C_ORG,
				"组织 %s 不在本文件中, 名册中也没有 (请先加上该组织的一行)", r->v[C_ORG]);
		else if (rc != SQLITE_ROW)
			st = db_fail(db, rc, "读取组织", e);
	}
	keyed_free(orgk, no);
	keyed_free(usck, nu);
	keyed_free(perk, np);
	return st;
}

/* ---- writing the checked rows ----------------------------------------- */

struct tally {
	int added, changed;
};

static int step_done(sqlite3_stmt *st)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc;
}

/* Insert or update one organisation; r->id gets its id. */
static enum tc_status put_org(struct db *db, struct prow *r, struct tally *t, struct tc_err *e)
{
	static const char find_sql[] = "SELECT id FROM orgs WHERE name = ?1";
	static const char insert_sql[] =
		"INSERT INTO orgs(name, type, uscc, area, contact, phone, status, public)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
	/* The WHERE clause keeps an unchanged row untouched, so changes()
	 * tells a real update from a repeated import. */
	static const char update_sql[] =
		"UPDATE orgs SET type = ?2, uscc = ?3, area = ?4, contact = ?5, phone = ?6,"
		" status = ?7, public = ?8"
		" WHERE id = ?1 AND NOT (type IS ?2 AND uscc IS ?3 AND area IS ?4 AND"
		" contact IS ?5 AND phone IS ?6 AND status IS ?7 AND public IS ?8)";
	sqlite3_stmt *st = db_prep(db, find_sql);
	int rc;

	sqlite3_bind_text(st, 1, r->v[C_NAME], -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	r->id = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(db, rc, "读取组织", e);

	st = db_prep(db, r->id ? update_sql : insert_sql);
	if (r->id)
		sqlite3_bind_int64(st, 1, r->id);
	else
		sqlite3_bind_text(st, 1, r->v[C_NAME], -1, SQLITE_STATIC);
	db_bind_opt(st, 2, r->v[C_TYPE]);
	db_bind_opt(st, 3, r->v[C_USCC]);
	db_bind_opt(st, 4, r->v[C_AREA]);
	db_bind_opt(st, 5, r->v[C_CONTACT]);
	db_bind_opt(st, 6, r->v[C_PHONE]);
	db_bind_opt(st, 7, r->v[C_STATUS]);
	/* Public follows the type: only in-company committees stay off the
	 * published roster (domain.md section 5). */
	sqlite3_bind_int(st, 8, strcmp(r->v[C_TYPE], org_types[ORG_TYPE_PRIVATE][0]) != 0);
	rc = step_done(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, "保存组织", e);
	if (!r->id) {
		r->id = sqlite3_last_insert_rowid(db->h);
		t->added++;
	} else if (sqlite3_changes(db->h) > 0) {
		t->changed++;
	}
	return TC_OK;
}

/* The person columns after role, name and org_id, in the order of the
 * people table; bound as parameters first, first + 1, ... */
static const int person_cols[] = {C_EMPLOYMENT, C_BACKGROUND, C_CERT, C_SPECIALTIES,
				  C_LANGUAGES, C_TERM_START, C_TERM_END, C_STATUS, C_REASON,
				  C_PHONE};
#define NPERSON_COLS ((int)(sizeof person_cols / sizeof person_cols[0]))

static void bind_person_cols(sqlite3_stmt *st, int first, const struct prow *r)
{
	for (int i = 0; i < NPERSON_COLS; i++)
		db_bind_opt(st, first + i, r->v[person_cols[i]]);
}

/* Insert or update one person; org_id 0 means none. */
static enum tc_status put_person(struct db *db, struct prow *r, int64_t org_id,
				 struct tally *t, struct tc_err *e)
{
	/* IS, not =, so that people without an organisation are found again:
	 * UNIQUE (role, name, org_id) never sees two NULLs as equal. */
	static const char find_sql[] =
		"SELECT id FROM people WHERE role = ?1 AND name = ?2 AND org_id IS ?3";
	static const char insert_sql[] =
		"INSERT INTO people(role, name, org_id, employment, background, cert_no,"
		" specialties, languages, term_start, term_end, status, status_reason, phone)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)";
	static const char update_sql[] =
		"UPDATE people SET employment = ?4, background = ?5, cert_no = ?6,"
		" specialties = ?7, languages = ?8, term_start = ?9, term_end = ?10,"
		" status = ?11, status_reason = ?12, phone = ?13"
		" WHERE id = ?1 AND NOT (employment IS ?4 AND background IS ?5 AND"
		" cert_no IS ?6 AND specialties IS ?7 AND languages IS ?8 AND"
		" term_start IS ?9 AND term_end IS ?10 AND status IS ?11 AND"
		" status_reason IS ?12 AND phone IS ?13)";
	sqlite3_stmt *st = db_prep(db, find_sql);
	int rc;

	sqlite3_bind_text(st, 1, kinds[r->kind].key, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, r->v[C_NAME], -1, SQLITE_STATIC);
	if (org_id)
		sqlite3_bind_int64(st, 3, org_id);
	rc = sqlite3_step(st);
	r->id = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(db, rc, "读取名册", e);

	st = db_prep(db, r->id ? update_sql : insert_sql);
	if (r->id) {
		sqlite3_bind_int64(st, 1, r->id);
	} else {
		sqlite3_bind_text(st, 1, kinds[r->kind].key, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, r->v[C_NAME], -1, SQLITE_STATIC);
		if (org_id)
			sqlite3_bind_int64(st, 3, org_id);
	}
	bind_person_cols(st, 4, r);
	rc = step_done(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, "保存名册人员", e);
	if (!r->id) {
		r->id = sqlite3_last_insert_rowid(db->h);
		t->added++;
	} else if (sqlite3_changes(db->h) > 0) {
		t->changed++;
	}
	return TC_OK;
}

static enum tc_status org_id_by_name(struct db *db, const char *name, int64_t *id,
				     struct tc_err *e)
{
	static const char sql[] = "SELECT id FROM orgs WHERE name = ?1";
	sqlite3_stmt *st = db_prep(db, sql);
	int rc;

	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	*id = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	if (rc == SQLITE_DONE) /* checked before; gone since only if another import raced us */
		return err_set(e, TC_REFUSED, "org", "组织 %s 已不在名册中, 请重新导入", name);
	return rc == SQLITE_ROW ? TC_OK : db_fail(db, rc, "读取组织", e);
}

static enum tc_status write_rows(struct db *db, const struct actor *a, struct import *im,
				 size_t norgs, size_t npeople, struct tc_err *e)
{
	struct tally to = {0}, tp = {0};
	enum tc_status st;

	if ((st = db_begin(db, e)) != TC_OK)
		return st;
	/* Organisations first: people refer to them by id. */
	for (size_t i = 0; st == TC_OK && i < im->nrows; i++)
		if (im->rows[i].kind == K_ORG)
			st = put_org(db, &im->rows[i], &to, e);
	for (size_t i = 0; st == TC_OK && i < im->nrows; i++) {
		struct prow *r = &im->rows[i];
		int64_t org_id = 0;
		if (r->kind == K_ORG)
			continue;
		if (r->org_row >= 0)
			org_id = im->rows[r->org_row].id;
		else if (r->v[C_ORG])
			st = org_id_by_name(db, r->v[C_ORG], &org_id, e);
		if (st == TC_OK)
			st = put_person(db, r, org_id, &tp, e);
	}
	if (st == TC_OK) {
		char *detail = xasprintf("导入名册 %s: 组织 %zu 个 (新增 %d, 更新 %d), "
					 "人员 %zu 名 (新增 %d, 更新 %d)",
					 im->path, norgs, to.added, to.changed, npeople, tp.added,
					 tp.changed);
		st = journal_add(db, 0, DATE_NONE, a->login, "roster", detail, e);
		free(detail);
	}
	if (st != TC_OK) {
		db_rollback(db);
		return st;
	}
	return db_commit(db, e);
}

static void import_free(struct import *im)
{
	for (size_t i = 0; i < im->nrows; i++)
		for (int c = 0; c < NCOLS; c++)
			free(im->rows[i].v[c]);
	free(im->rows);
}

/*
 * Read path into f and check every row into im (the organisations that
 * people name looked up in db, or only in the file when db is NULL).
 * *no and *np get the counts of organisation and person rows.
 */
static enum tc_status read_checked(struct db *db, const char *path, struct csvio_file *f,
				   struct import *im, size_t *no, size_t *np, struct tc_err *e)
{
	enum tc_status st;

	if ((st = csvio_read(path, CSVIO_AUTO, f, e)) != TC_OK)
		return st;
	/* The whole file is checked before the write lock is taken: a bad
	 * spreadsheet must not keep other clerks waiting. */
	if (f->nrecords == 0)
		return err_set(e, TC_REFUSED, "", "%s: 文件是空的 (第一行应是列名)", path);
	if ((st = csvio_map_header(f, layout, NCOLS, 2, im->idx, e)) != TC_OK)
		return st;
	im->path = path;
	im->f = f;
	im->fl.path = path;
	for (int c = 0; c < NCOLS; c++)
		im->fl.colname[c] = im->idx[c] >= 0 ? csvio_field(&f->records[0], im->idx[c]) : layout[c].zh;
	check_header(im);
	im->nrows = f->nrecords - 1;
	im->rows = xcalloc(im->nrows + 1, sizeof *im->rows);
	for (size_t i = 0; i < im->nrows; i++) {
		parse_row(im, &f->records[i + 1], &im->rows[i]);
		if (im->rows[i].kind == K_ORG)
			(*no)++;
		else if (im->rows[i].kind > K_ORG)
			(*np)++;
	}
	st = check_across(im, db, e);
	if (st == TC_OK && im->fl.nerr > 0)
		st = faults_report(&im->fl, e);
	else if (st == TC_OK && *np + *no == 0)
		st = err_set(e, TC_REFUSED, "", "%s: 只有列名, 没有组织或人员", path);
	return st;
}

enum tc_status roster_import_file(struct db *db, const struct actor *a, const char *path,
				  size_t *norgs, size_t *npeople, struct tc_err *e)
{
	struct csvio_file f = {0};
	struct import im = {0};
	size_t no = 0, np = 0;
	enum tc_status st;

	if ((st = user_may(a, PERM_ROSTER, e)) != TC_OK)
		return st;
	st = read_checked(db, path, &f, &im, &no, &np, e);
	if (st == TC_OK)
		st = write_rows(db, a, &im, no, np, e);
	if (st == TC_OK) {
		if (norgs)
			*norgs = no;
		if (npeople)
			*npeople = np;
	}
	import_free(&im);
	csvio_file_free(&f);
	return st;
}

enum tc_status roster_check_file(const char *path, size_t *norgs, size_t *npeople,
				 struct tc_err *e)
{
	struct csvio_file f = {0};
	struct import im = {0};
	size_t no = 0, np = 0;
	enum tc_status st = read_checked(NULL, path, &f, &im, &no, &np, e);

	*norgs = st == TC_OK ? no : 0;
	*npeople = st == TC_OK ? np : 0;
	import_free(&im);
	csvio_file_free(&f);
	return st;
}

/* ---- finding a person ------------------------------------------------ */

/* Split "姓名@组织" into the trimmed name *who and organisation *org ("" for
 * "姓名@", which means no organisation; NULL when there is no @).  Both
 * are newly allocated; the caller frees them. */
static void split_name(const char *name, char **who, char **org)
{
	char *at;

	*who = text_trim(name ? name : "");
	*org = NULL;
	if ((at = strchr(*who, '@')) != NULL) {
		*at = '\0';
		*org = text_trim(at + 1);
		char *bare = text_trim(*who);
		free(*who);
		*who = bare;
	}
}

enum tc_status roster_person_find(struct db *db, const char *role, const char *name, int on,
				  int64_t *id, struct tc_err *e)
{
	static const char sql[] =
		"SELECT p.id, COALESCE(o.name, ''), p.status, COALESCE(p.status_reason, ''),"
		" COALESCE(p.term_start, ''), COALESCE(p.term_end, '')"
		" FROM people p LEFT JOIN orgs o ON o.id = p.org_id"
		" WHERE p.role = ?1 AND p.name = ?2 ORDER BY p.id";
	const char *key = role_key(role);
	const char *zh, *field;
	char *who, *org;
	struct strbuf choices = {0};
	enum tc_status st = TC_OK;
	int nmatch = 0, nall = 0, rc;
	char status[16] = "", reason[400] = "", tstart[DATE_ISO_LEN] = "", tend[DATE_ISO_LEN] = "";

	*id = 0;
	if (key == NULL)
		return err_set(e, TC_USAGE, "role", "角色只能是 mediator、arbitrator 或 clerk, 不是 %s",
			       role ? role : "");
	zh = roster_role_zh(key);
	field = key;
	split_name(name, &who, &org);
	if (*who == '\0' && org == NULL) {
		free(who);
		return err_set(e, TC_REFUSED, field, "请给出%s的姓名", zh);
	}

	/* Everyone of that name is read, whatever the organisation asked for,
	 * so that a refusal can list the 姓名@组织 forms that would work. */
	sqlite3_stmt *q = db_prep(db, sql);
	sqlite3_bind_text(q, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 2, who, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		const char *o = db_col_text(q, 1);
		nall++;
		if (nall > 1)
			sb_puts(&choices, "、");
		sb_printf(&choices, "%s@%s", who, o);
		if (org && strcmp(org, o) != 0)
			continue;
		if (++nmatch == 1) {
			*id = sqlite3_column_int64(q, 0);
			snprintf(status, sizeof status, "%s", db_col_text(q, 2));
			snprintf(reason, sizeof reason, "%s", db_col_text(q, 3));
			snprintf(tstart, sizeof tstart, "%s", db_col_text(q, 4));
			snprintf(tend, sizeof tend, "%s", db_col_text(q, 5));
		}
	}
	sqlite3_reset(q);

	if (rc != SQLITE_DONE) {
		st = db_fail(db, rc, "读取名册", e);
	} else if (nmatch == 0 && org && nall > 0) {
		st = err_set(e, TC_REFUSED, field, "名册中没有%s %s@%s (名册中有: %s)", zh, who, org,
			     sb_str(&choices));
	} else if (nmatch == 0) {
		st = err_set(e, TC_REFUSED, field, "名册中没有%s %s%s%s", zh, who, org ? "@" : "",
			     org ? org : "");
	} else if (nmatch > 1) {
		st = err_set(e, TC_REFUSED, field, "名册中有 %d 名%s叫 %s, 请写成 姓名@组织: %s",
			     nmatch, zh, who, sb_str(&choices));
	} else if (strcmp(status, "在册") != 0) {
		st = err_set(e, TC_REFUSED, field, "%s %s 已%s%s%s", zh, who, status,
			     reason[0] ? ": " : "", reason);
	} else if (on != DATE_NONE && tend[0] && date_from_iso(tend) < on) {
		st = err_set(e, TC_REFUSED, field, "%s %s 的聘期已于 %s 届满", zh, who, tend);
	} else if (on != DATE_NONE && tstart[0] && date_from_iso(tstart) > on) {
		st = err_set(e, TC_REFUSED, field, "%s %s 的聘期自 %s 开始, 尚未到任", zh, who, tstart);
	}
	if (st != TC_OK)
		*id = 0;
	sb_free(&choices);
	free(who);
	free(org);
	return st;
}

/* The person to edit: unlike roster_person_find, status and term do not
 * matter, any role may match, and a number names the entry directly. */
enum tc_status roster_person_lookup(struct db *db, const char *role, const char *name,
				    int64_t *id, struct tc_err *e)
{
	static const char sql[] =
		"SELECT p.id, p.role, COALESCE(o.name, '')"
		" FROM people p LEFT JOIN orgs o ON o.id = p.org_id"
		" WHERE (?1 IS NULL OR p.role = ?1) AND p.name = ?2"
		" ORDER BY CASE p.role WHEN 'mediator' THEN 0 WHEN 'arbitrator' THEN 1 ELSE 2 END,"
		" p.id";
	static const char id_sql[] = "SELECT role FROM people WHERE id = ?1";
	const char *key = NULL, *zh = "";
	char *who, *org;
	struct strbuf all = {0}, matched = {0}, bare = {0};
	enum tc_status st = TC_OK;
	int nmatch = 0, rc;
	unsigned roles = 0;       /* bit k: a match has role kinds[k] */
	int first_kind = K_MEDIATOR;

	*id = 0;
	if (role && *role) {
		if ((key = role_key(role)) == NULL)
			return err_set(e, TC_USAGE, "role",
				       "角色只能是 mediator、arbitrator 或 clerk, 不是 %s", role);
		zh = roster_role_zh(key);
	}
	split_name(name, &who, &org);
	if (*who == '\0' && org == NULL) {
		free(who);
		return err_set(e, TC_REFUSED, "name", "请给出人员的姓名或编号");
	}

	/* A name is never all digits, so digits are the entry's number. */
	if (org == NULL && strspn(who, "0123456789") == strlen(who)) {
		sqlite3_stmt *q = db_prep(db, id_sql);
		char found[16] = "";
		sqlite3_bind_int64(q, 1, strtoll(who, NULL, 10));
		rc = sqlite3_step(q);
		if (rc == SQLITE_ROW) {
			*id = strtoll(who, NULL, 10);
			snprintf(found, sizeof found, "%s", db_col_text(q, 0));
		}
		sqlite3_reset(q);
		if (rc != SQLITE_ROW && rc != SQLITE_DONE)
			st = db_fail(db, rc, "读取名册", e);
		else if (rc == SQLITE_DONE)
			st = err_set(e, TC_REFUSED, "name", "名册中没有编号 %s 的人员", who);
		else if (key && strcmp(key, found) != 0)
			st = err_set(e, TC_REFUSED, "name", "编号 %s 是%s, 不是%s", who,
				     roster_role_zh(found), zh);
		if (st != TC_OK)
			*id = 0;
		free(who);
		return st;
	}

	sqlite3_stmt *q = db_prep(db, sql);
	if (key)
		sqlite3_bind_text(q, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 2, who, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		const char *r = role_key(db_col_text(q, 1));
		const char *o = db_col_text(q, 2);
		/* Without a role the choices say which role each one has. */
		char *choice = key ? xasprintf("%s@%s", who, o)
				   : xasprintf("%s %s@%s", roster_role_zh(r), who, o);
		sb_printf(&all, "%s%s", all.len ? "、" : "", choice);
		if (!org || strcmp(org, o) == 0) {
			for (int k = K_MEDIATOR; k < NKINDS; k++)
				if (r && strcmp(r, kinds[k].key) == 0) {
					roles |= 1u << k;
					if (nmatch == 0)
						first_kind = k;
				}
			if (++nmatch == 1)
				*id = sqlite3_column_int64(q, 0);
			sb_printf(&matched, "%s%s", matched.len ? "、" : "", choice);
			sb_printf(&bare, "%s%s@%s", bare.len ? "、" : "", who, o);
		}
		free(choice);
	}
	sqlite3_reset(q);

	if (rc != SQLITE_DONE)
		st = db_fail(db, rc, "读取名册", e);
	else if (nmatch == 0 && org && all.len)
		st = err_set(e, TC_REFUSED, "name", "名册中没有%s %s@%s (名册中有: %s)", zh, who, org,
			     sb_str(&all));
	else if (nmatch == 0)
		st = err_set(e, TC_REFUSED, "name", "名册中没有%s %s%s%s", zh, who, org ? "@" : "",
			     org ? org : "");
	else if (nmatch > 1 && (roles & (roles - 1)))
		st = err_set(e, TC_REFUSED, "role", "名册中有 %d 人叫 %s (%s), 请用 --role 指明角色",
			     nmatch, who, sb_str(&matched));
	else if (nmatch > 1)
		st = err_set(e, TC_REFUSED, "name", "名册中有 %d 名%s叫 %s, 请写成 姓名@组织: %s",
			     nmatch, kinds[first_kind].zh, who, sb_str(&bare));
	if (st != TC_OK)
		*id = 0;
	sb_free(&all);
	sb_free(&matched);
	sb_free(&bare);
	free(who);
	free(org);
	return st;
}

/* ---- one person at a time -------------------------------------------- */

/* A single entry is handled as a row of the roster file: loaded into a
 * struct prow, changed column by column, and checked by check_row, so the
 * screen, the command line and the import accept exactly the same values.
 * The key (role, name, organisation) is then checked against the
 * database instead of the rest of a file. */

static void prow_free(struct prow *r)
{
	for (int c = 0; c < NCOLS; c++)
		free(r->v[c]);
	memset(r, 0, sizeof *r);
}

static void prow_copy(struct prow *to, const struct prow *from)
{
	*to = *from;
	for (int c = 0; c < NCOLS; c++)
		to->v[c] = from->v[c] ? xstrdup(from->v[c]) : NULL;
}

/* Column names as the roster file's Chinese headers, for messages about
 * one entry. */
static void faults_one(struct faults *fl)
{
	memset(fl, 0, sizeof *fl);
	for (int c = 0; c < NCOLS; c++)
		fl->colname[c] = layout[c].zh;
}

/* Read person id into r: the role in C_KIND, the organisation's name in
 * C_ORG.  The caller frees with prow_free. */
static enum tc_status load_person(struct db *db, int64_t id, struct prow *r, struct tc_err *e)
{
	static const char sql[] =
		"SELECT p.role, p.name, o.name, p.employment, p.background, p.cert_no,"
		" p.specialties, p.languages, p.term_start, p.term_end, p.status,"
		" p.status_reason, p.phone"
		" FROM people p LEFT JOIN orgs o ON o.id = p.org_id WHERE p.id = ?1";
	static const int cols[] = {C_KIND, C_NAME, C_ORG, C_EMPLOYMENT, C_BACKGROUND, C_CERT,
				   C_SPECIALTIES, C_LANGUAGES, C_TERM_START, C_TERM_END,
				   C_STATUS, C_REASON, C_PHONE};
	sqlite3_stmt *st = db_prep(db, sql);
	int rc;

	memset(r, 0, sizeof *r);
	r->kind = -1;
	r->org_row = -1;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		for (int i = 0; i < (int)(sizeof cols / sizeof cols[0]); i++) {
			const char *v = db_col_text(st, i);
			r->v[cols[i]] = *v ? xstrdup(v) : NULL;
		}
		r->id = id;
		for (int k = K_MEDIATOR; k < NKINDS; k++)
			if (r->v[C_KIND] && strcmp(r->v[C_KIND], kinds[k].key) == 0)
				r->kind = k;
	}
	sqlite3_reset(st);
	if (rc == SQLITE_DONE)
		return err_set(e, TC_REFUSED, "id", "名册中没有编号 %lld 的人员", (long long)id);
	if (rc != SQLITE_ROW)
		return db_fail(db, rc, "读取名册", e);
	assert(r->kind > K_ORG && r->v[C_NAME] && r->v[C_STATUS]); /* NOT NULL and CHECK */
	return TC_OK;
}

/* "张三" or "张三@组织", for messages and the journal; newly allocated. */
static char *who_of(const struct prow *r)
{
	if (r->v[C_ORG])
		return xasprintf("%s@%s", r->v[C_NAME], r->v[C_ORG]);
	return xstrdup(r->v[C_NAME]);
}

/* One value typed for column col: NULL or blank leaves the column as it
 * is, "-" empties it, anything else is taken as a cell of the file. */
static void take_input(struct faults *fl, struct prow *r, int col, const char *s)
{
	if (s == NULL)
		return;
	char *t = text_trim(s);
	bool blank = *t == '\0', clear = strcmp(t, "-") == 0;
	free(t);
	if (clear)
		set_value(r, col, NULL);
	else if (!blank)
		take_cell(fl, r, col, s);
}

/* The organisation r names must be on the roster (*org_id, 0 for none),
 * and no other entry may have r's role, name and organisation: the key of
 * the file import.  Faults go to fl; only a failing database is returned. */
static enum tc_status check_key(struct db *db, struct faults *fl, const struct prow *r,
				int64_t *org_id, struct tc_err *e)
{
	static const char org_sql[] = "SELECT id FROM orgs WHERE name = ?1";
	static const char dup_sql[] =
		"SELECT id FROM people WHERE role = ?1 AND name = ?2 AND org_id IS ?3 AND id <> ?4";
	sqlite3_stmt *q;
	int rc;

	*org_id = 0;
	if (r->v[C_ORG]) {
		q = db_prep(db, org_sql);
		sqlite3_bind_text(q, 1, r->v[C_ORG], -1, SQLITE_STATIC);
		rc = sqlite3_step(q);
		if (rc == SQLITE_ROW)
			*org_id = sqlite3_column_int64(q, 0);
		sqlite3_reset(q);
		if (rc == SQLITE_DONE) {
			row_err(fl, 0, C_ORG, "名册中没有组织 %s (组织须先用 roster import 登记)",
				r->v[C_ORG]);
			return TC_OK;
		}
		if (rc != SQLITE_ROW)
			return db_fail(db, rc, "读取组织", e);
	}
	q = db_prep(db, dup_sql);
	sqlite3_bind_text(q, 1, kinds[r->kind].key, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 2, r->v[C_NAME], -1, SQLITE_STATIC);
	if (*org_id)
		sqlite3_bind_int64(q, 3, *org_id);
	sqlite3_bind_int64(q, 4, r->id);
	rc = sqlite3_step(q);
	int64_t other = rc == SQLITE_ROW ? sqlite3_column_int64(q, 0) : 0;
	sqlite3_reset(q);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(db, rc, "读取名册", e);
	if (other) {
		char *who = who_of(r);
		row_err(fl, 0, C_NAME, "名册中已有%s %s (编号 %lld)", kinds[r->kind].zh, who,
			(long long)other);
		free(who);
	}
	return TC_OK;
}

/* Insert r (r->id 0; r->id gets the new id) or overwrite entry r->id. */
static enum tc_status write_person(struct db *db, struct prow *r, int64_t org_id,
				   struct tc_err *e)
{
	static const char insert_sql[] =
		"INSERT INTO people(role, name, org_id, employment, background, cert_no,"
		" specialties, languages, term_start, term_end, status, status_reason, phone)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)";
	static const char update_sql[] =
		"UPDATE people SET role = ?1, name = ?2, org_id = ?3, employment = ?4,"
		" background = ?5, cert_no = ?6, specialties = ?7, languages = ?8,"
		" term_start = ?9, term_end = ?10, status = ?11, status_reason = ?12,"
		" phone = ?13 WHERE id = ?14";
	sqlite3_stmt *st = db_prep(db, r->id ? update_sql : insert_sql);
	int rc;

	sqlite3_bind_text(st, 1, kinds[r->kind].key, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, r->v[C_NAME], -1, SQLITE_STATIC);
	if (org_id)
		sqlite3_bind_int64(st, 3, org_id);
	bind_person_cols(st, 4, r);
	if (r->id)
		sqlite3_bind_int64(st, 14, r->id);
	rc = step_done(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, "保存名册人员", e);
	if (!r->id)
		r->id = sqlite3_last_insert_rowid(db->h);
	return TC_OK;
}

static bool same_value(const char *a, const char *b)
{
	return (a == NULL && b == NULL) || (a && b && strcmp(a, b) == 0);
}

/* Append "电话 旧 → 新" for every column that differs; false when none. */
static bool describe_changes(struct strbuf *sb, const struct prow *old, const struct prow *r)
{
	static const int cols[] = {C_NAME, C_ORG, C_EMPLOYMENT, C_BACKGROUND, C_CERT,
				   C_SPECIALTIES, C_LANGUAGES, C_TERM_START, C_TERM_END, C_PHONE};
	bool any = false;

	for (int i = 0; i < (int)(sizeof cols / sizeof cols[0]); i++) {
		int c = cols[i];
		if (same_value(old->v[c], r->v[c]))
			continue;
		sb_printf(sb, "%s%s %s → %s", any ? "; " : ": ", layout[c].zh,
			  old->v[c] ? old->v[c] : "(空)", r->v[c] ? r->v[c] : "(空)");
		any = true;
	}
	return any;
}

enum tc_status roster_person_save(struct db *db, const struct actor *a, int64_t id,
				  const struct roster_person_in *in, int64_t *out_id,
				  struct tc_err *e)
{
	static const int cols[] = {C_NAME, C_ORG, C_EMPLOYMENT, C_BACKGROUND, C_CERT,
				   C_SPECIALTIES, C_LANGUAGES, C_TERM_START, C_TERM_END, C_PHONE};
	const char *const given[] = {in->name, in->org, in->employment, in->background,
				     in->cert_no, in->specialties, in->languages,
				     in->term_start, in->term_end, in->phone};
	struct faults fl;
	struct prow old = {0}, r = {0};
	struct strbuf detail = {0};
	const char *key = NULL;
	int64_t org_id = 0;
	bool write = true;
	enum tc_status st;

	assert(in != NULL);
	if ((st = user_may(a, PERM_ROSTER, e)) != TC_OK)
		return st;
	if (in->role && *in->role && (key = role_key(in->role)) == NULL)
		return err_set(e, TC_USAGE, "role", "角色只能是 mediator、arbitrator 或 clerk, 不是 %s",
			       in->role);
	if (id == 0 && key == NULL)
		return err_set(e, TC_USAGE, "role", "登记人员须给出角色: mediator、arbitrator 或 clerk");
	faults_one(&fl);
	if ((st = db_begin(db, e)) != TC_OK)
		return st;
	if (id) {
		if ((st = load_person(db, id, &old, e)) != TC_OK)
			goto out;
		/* Another role is another roster (仲裁员名册 is not 调解员名册). */
		if (key && strcmp(key, old.v[C_KIND]) != 0) {
			st = err_set(e, TC_REFUSED, "kind", "类别: %s %s 不能改为%s (请另行登记)",
				     kinds[old.kind].zh, old.v[C_NAME], roster_role_zh(key));
			goto out;
		}
		prow_copy(&r, &old);
	} else {
		r.org_row = -1;
		set_value(&r, C_KIND, key);
		set_value(&r, C_STATUS, person_statuses[0]);
	}
	for (int i = 0; i < (int)(sizeof cols / sizeof cols[0]); i++)
		take_input(&fl, &r, cols[i], given[i]);
	check_row(&fl, &r);
	if (fl.nerr == 0)
		st = check_key(db, &fl, &r, &org_id, e);
	if (st == TC_OK && fl.nerr > 0)
		st = faults_report(&fl, e);
	if (st != TC_OK)
		goto out;

	if (id) {
		char *who = who_of(&old);
		sb_printf(&detail, "修改%s %s (编号 %lld)", kinds[r.kind].zh, who, (long long)id);
		free(who);
		/* Nothing to change is not an error; it writes nothing, not even
		 * a journal row. */
		write = describe_changes(&detail, &old, &r);
	}
	if (write)
		st = write_person(db, &r, org_id, e);
	if (write && st == TC_OK && !id) {
		char *who = who_of(&r);
		sb_printf(&detail, "登记%s %s (编号 %lld)", kinds[r.kind].zh, who, (long long)r.id);
		free(who);
	}
	if (write && st == TC_OK)
		st = journal_add(db, 0, DATE_NONE, a->login, "roster", sb_str(&detail), e);
	if (st == TC_OK && out_id)
		*out_id = r.id;
out:
	if (st == TC_OK && write)
		st = db_commit(db, e);
	else
		db_rollback(db);
	if (st != TC_OK && out_id)
		*out_id = 0;
	sb_free(&detail);
	prow_free(&old);
	prow_free(&r);
	return st;
}

enum tc_status roster_person_set_status(struct db *db, const struct actor *a, int64_t id,
					const char *status, const char *reason,
					struct tc_err *e)
{
	static const char sql[] = "UPDATE people SET status = ?2, status_reason = ?3 WHERE id = ?1";
	struct faults fl;
	struct prow old = {0}, r = {0};
	struct strbuf detail = {0};
	enum tc_status st;

	if ((st = user_may(a, PERM_ROSTER, e)) != TC_OK)
		return st;
	faults_one(&fl);
	if ((st = db_begin(db, e)) != TC_OK)
		return st;
	if ((st = load_person(db, id, &old, e)) != TC_OK)
		goto out;
	prow_copy(&r, &old);
	/* An empty status would read as 在册 in a file; here it is a slip. */
	take_cell(&fl, &r, C_STATUS, status ? status : "");
	if (r.v[C_STATUS] == NULL && fl.nerr == 0) {
		st = err_set(e, TC_USAGE, "status", "请给出状态: 在册、暂停 或 解聘");
		goto out;
	}
	/* Back on the roster, the old reason would only mislead. */
	if (r.v[C_STATUS] && strcmp(r.v[C_STATUS], person_statuses[0]) == 0)
		set_value(&r, C_REASON, NULL);
	else
		take_cell(&fl, &r, C_REASON, reason ? reason : "");
	check_row(&fl, &r);
	if (fl.nerr > 0) {
		st = faults_report(&fl, e);
		goto out;
	}

	char *who = who_of(&r);
	const char *zh = kinds[r.kind].zh;
	if (strcmp(old.v[C_STATUS], r.v[C_STATUS]) == 0 && same_value(old.v[C_REASON], r.v[C_REASON])) {
		st = err_set(e, TC_REFUSED, "status", "%s %s (编号 %lld) 本已%s%s%s", zh, who,
			     (long long)id, r.v[C_STATUS], r.v[C_REASON] ? ": " : "",
			     r.v[C_REASON] ? r.v[C_REASON] : "");
		free(who);
		goto out;
	}
	if (r.v[C_REASON])
		sb_printf(&detail, "%s%s %s (编号 %lld): %s", r.v[C_STATUS], zh, who, (long long)id,
			  r.v[C_REASON]);
	else
		sb_printf(&detail, "恢复%s %s (编号 %lld) 在册 (原为%s%s%s)", zh, who, (long long)id,
			  old.v[C_STATUS], old.v[C_REASON] ? ": " : "",
			  old.v[C_REASON] ? old.v[C_REASON] : "");
	free(who);

	sqlite3_stmt *q = db_prep(db, sql);
	sqlite3_bind_int64(q, 1, id);
	sqlite3_bind_text(q, 2, r.v[C_STATUS], -1, SQLITE_STATIC);
	db_bind_opt(q, 3, r.v[C_REASON]);
	int rc = step_done(q);
	if (rc != SQLITE_DONE)
		st = db_fail(db, rc, "保存名册人员", e);
	if (st == TC_OK)
		st = journal_add(db, 0, DATE_NONE, a->login, "roster", sb_str(&detail), e);
out:
	if (st == TC_OK)
		st = db_commit(db, e);
	else
		db_rollback(db);
	sb_free(&detail);
	prow_free(&old);
	prow_free(&r);
	return st;
}

/* ---- lists ----------------------------------------------------------- */

static char *col_dup(sqlite3_stmt *st, int col) { return xstrdup(db_col_text(st, col)); }

enum tc_status roster_orgs(struct db *db, struct roster_org **out, size_t *n, struct tc_err *e)
{
	static const char sql[] =
		"SELECT o.id, o.name, o.type, o.uscc, o.area, o.contact, o.phone, o.status,"
		" o.public, COALESCE(c.n, 0)"
		" FROM orgs o LEFT JOIN (SELECT org_id, COUNT(*) AS n FROM people"
		"   WHERE org_id IS NOT NULL GROUP BY org_id) c ON c.org_id = o.id"
		" ORDER BY o.id";
	sqlite3_stmt *st = db_prep(db, sql);
	struct roster_org *rows = NULL;
	size_t cnt = 0, cap = 0;
	int rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		rows = xgrow(rows, &cap, cnt + 1, sizeof *rows);
		struct roster_org *o = &rows[cnt++];
		o->id = sqlite3_column_int64(st, 0);
		o->name = col_dup(st, 1);
		o->type = col_dup(st, 2);
		o->uscc = col_dup(st, 3);
		o->area = col_dup(st, 4);
		o->contact = col_dup(st, 5);
		o->phone = col_dup(st, 6);
		o->status = col_dup(st, 7);
		o->public = sqlite3_column_int(st, 8) != 0;
		o->npeople = sqlite3_column_int(st, 9);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		roster_orgs_free(rows, cnt);
		return db_fail(db, rc, "读取组织", e);
	}
	*out = rows;
	*n = cnt;
	return TC_OK;
}

void roster_orgs_free(struct roster_org *rows, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		struct roster_org *o = &rows[i];
		free(o->name);
		free(o->type);
		free(o->uscc);
		free(o->area);
		free(o->contact);
		free(o->phone);
		free(o->status);
	}
	free(rows);
}

/* One row of the person queries below (the same sixteen columns).  Both
 * queries take ?2 = 1 for a reader who may not see the private fields
 * (phone and status_reason): SQLite returns them empty, so they never
 * reach a read-only user's screen, list or file. */
static void fill_person(sqlite3_stmt *st, struct roster_person *p)
{
	p->id = sqlite3_column_int64(st, 0);
	p->role = role_key(db_col_text(st, 1));
	if (p->role == NULL)
		p->role = kinds[K_CLERK].key; /* the CHECK constraint rules this out */
	p->name = col_dup(st, 2);
	p->org = col_dup(st, 3);
	p->employment = col_dup(st, 4);
	p->background = col_dup(st, 5);
	p->cert_no = col_dup(st, 6);
	p->specialties = col_dup(st, 7);
	p->languages = col_dup(st, 8);
	snprintf(p->term_start, sizeof p->term_start, "%s", db_col_text(st, 9));
	snprintf(p->term_end, sizeof p->term_end, "%s", db_col_text(st, 10));
	p->status = col_dup(st, 11);
	p->status_reason = col_dup(st, 12);
	p->phone = col_dup(st, 13);
	p->org_public = sqlite3_column_int(st, 14) != 0;
	p->caseload = sqlite3_column_int(st, 15);
}

enum tc_status roster_people(struct db *db, const struct actor *a, const char *role,
			     struct roster_person **out, size_t *n, struct tc_err *e)
{
	/* The caseload is one grouped pass over the partial indexes of open
	 * cases by person, joined to the people.  They are named (INDEXED
	 * BY): without statistics the planner takes the indexes of every case
	 * and reads each case row for its stage, 5 to 17 s on the million
	 * cases of `make bench` against 75 ms. */
	static const char sql[] =
		"SELECT p.id, p.role, p.name, COALESCE(o.name, ''), p.employment, p.background,"
		" p.cert_no, p.specialties, p.languages, p.term_start, p.term_end, p.status,"
		" CASE WHEN ?2 THEN '' ELSE p.status_reason END, CASE WHEN ?2 THEN '' ELSE p.phone END,"
		" COALESCE(o.public, 1), COALESCE(l.n, 0)"
		" FROM people p"
		" LEFT JOIN orgs o ON o.id = p.org_id"
		" LEFT JOIN (SELECT pid, COUNT(*) AS n FROM ("
		"     SELECT mediator_id AS pid FROM cases INDEXED BY cases_mediator_open"
		"       WHERE mediator_id IS NOT NULL AND stage <> 'closed'"
		"   UNION ALL"
		"     SELECT arbitrator_id FROM cases INDEXED BY cases_arbitrator_open"
		"       WHERE arbitrator_id IS NOT NULL AND stage <> 'closed')"
		"   GROUP BY pid) l ON l.pid = p.id"
		" WHERE ?1 IS NULL OR p.role = ?1"
		" ORDER BY CASE p.role WHEN 'mediator' THEN 0 WHEN 'arbitrator' THEN 1 ELSE 2 END,"
		" p.id";
	const char *key = NULL;
	sqlite3_stmt *st;
	struct roster_person *rows = NULL;
	size_t cnt = 0, cap = 0;
	int rc;

	if (role && *role && (key = role_key(role)) == NULL)
		return err_set(e, TC_USAGE, "role", "角色只能是 mediator、arbitrator 或 clerk, 不是 %s",
			       role);
	st = db_prep(db, sql);
	if (key)
		sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, user_read_only(a));
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		rows = xgrow(rows, &cap, cnt + 1, sizeof *rows);
		fill_person(st, &rows[cnt++]);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		roster_people_free(rows, cnt);
		return db_fail(db, rc, "读取名册", e);
	}
	*out = rows;
	*n = cnt;
	return TC_OK;
}

void roster_people_free(struct roster_person *rows, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		struct roster_person *p = &rows[i];
		free(p->name);
		free(p->org);
		free(p->employment);
		free(p->background);
		free(p->cert_no);
		free(p->specialties);
		free(p->languages);
		free(p->status);
		free(p->status_reason);
		free(p->phone);
	}
	free(rows);
}

enum tc_status roster_person_get(struct db *db, const struct actor *a, int64_t id,
				 struct roster_person **out, struct tc_err *e)
{
	/* The same columns as roster_people; the caseload counted in the two
	 * partial indexes of open cases by person, without reading a case. */
	static const char sql[] =
		"SELECT p.id, p.role, p.name, COALESCE(o.name, ''), p.employment, p.background,"
		" p.cert_no, p.specialties, p.languages, p.term_start, p.term_end, p.status,"
		" CASE WHEN ?2 THEN '' ELSE p.status_reason END, CASE WHEN ?2 THEN '' ELSE p.phone END,"
		" COALESCE(o.public, 1),"
		" (SELECT COUNT(*) FROM cases INDEXED BY cases_mediator_open"
		"   WHERE mediator_id = p.id AND stage <> 'closed') +"
		" (SELECT COUNT(*) FROM cases INDEXED BY cases_arbitrator_open"
		"   WHERE arbitrator_id = p.id AND stage <> 'closed')"
		" FROM people p LEFT JOIN orgs o ON o.id = p.org_id WHERE p.id = ?1";
	sqlite3_stmt *st = db_prep(db, sql);
	struct roster_person *p = NULL;
	int rc;

	*out = NULL;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int(st, 2, user_read_only(a));
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		p = xcalloc(1, sizeof *p);
		fill_person(st, p);
	}
	sqlite3_reset(st);
	if (rc == SQLITE_DONE)
		return err_set(e, TC_REFUSED, "id", "名册中没有编号 %lld 的人员", (long long)id);
	if (rc != SQLITE_ROW)
		return db_fail(db, rc, "读取名册", e);
	*out = p;
	return TC_OK;
}

const char *roster_standing(const struct roster_person *p, int on)
{
	/* A stored 暂停 or 解聘 outranks the term: it is the reason a clerk
	 * needs to see first. */
	for (size_t i = 1; i < sizeof person_statuses / sizeof person_statuses[0]; i++)
		if (strcmp(p->status, person_statuses[i]) == 0)
			return person_statuses[i];
	if (on != DATE_NONE && p->term_end[0] && date_from_iso(p->term_end) < on)
		return "期满";
	if (on != DATE_NONE && p->term_start[0] && date_from_iso(p->term_start) > on)
		return "未到任";
	return person_statuses[0];
}

/* ---- export ---------------------------------------------------------- */

static void put_row(struct csvio_writer *w, const char *const v[NCOLS])
{
	for (int c = 0; c < NCOLS; c++) {
		/* The term dates stay dates; every other cell is text. */
		if (c == C_TERM_START || c == C_TERM_END)
			csvio_put_num(w, v[c]);
		else
			csvio_put_text(w, v[c]);
	}
	csvio_end_row(w);
}

enum tc_status roster_export_fp(struct db *db, const struct actor *a, FILE *fp,
				enum csvio_encoding enc, unsigned flags, struct tc_err *e)
{
	struct roster_org *orgs = NULL;
	struct roster_person *people = NULL;
	size_t norgs = 0, npeople = 0;
	struct csvio_writer w;
	const char *v[NCOLS];
	bool en = flags & ROSTER_EXPORT_EN, pub = flags & ROSTER_EXPORT_PUBLIC;
	enum tc_status st;

	if ((st = user_may(a, PERM_EXPORT, e)) != TC_OK)
		return st;
	if (enc == CSVIO_AUTO)
		enc = CSVIO_UTF8;
	/* Everything is read before the first byte is written, so a database
	 * error never leaves a header with half a roster under it. */
	if ((st = roster_orgs(db, &orgs, &norgs, e)) != TC_OK)
		return st;
	if ((st = roster_people(db, a, NULL, &people, &npeople, e)) != TC_OK) {
		roster_orgs_free(orgs, norgs);
		return st;
	}
	if ((st = csvio_writer_open(&w, fp, enc, e)) != TC_OK)
		goto out;
	for (int c = 0; c < NCOLS; c++)
		v[c] = en ? layout[c].key : layout[c].zh;
	put_row(&w, v);
	for (size_t i = 0; i < norgs; i++) {
		const struct roster_org *o = &orgs[i];
		if (pub && !o->public)
			continue;
		memset(v, 0, sizeof v);
		v[C_KIND] = en ? kinds[K_ORG].key : kinds[K_ORG].zh;
		v[C_NAME] = o->name;
		v[C_TYPE] = o->type;
		v[C_USCC] = o->uscc;
		v[C_AREA] = o->area;
		v[C_STATUS] = o->status;
		v[C_PHONE] = o->phone;
		v[C_CONTACT] = o->contact;
		put_row(&w, v);
	}
	for (size_t i = 0; i < npeople; i++) {
		const struct roster_person *p = &people[i];
		if (pub && !p->org_public)
			continue;
		memset(v, 0, sizeof v);
		v[C_KIND] = en ? p->role : roster_role_zh(p->role);
		v[C_NAME] = p->name;
		v[C_ORG] = p->org;
		v[C_EMPLOYMENT] = p->employment;
		v[C_BACKGROUND] = p->background;
		v[C_CERT] = p->cert_no;
		v[C_SPECIALTIES] = p->specialties;
		v[C_LANGUAGES] = p->languages;
		v[C_TERM_START] = p->term_start;
		v[C_TERM_END] = p->term_end;
		v[C_STATUS] = p->status;
		v[C_REASON] = p->status_reason;
		v[C_PHONE] = p->phone;
		put_row(&w, v);
	}
	st = csvio_writer_close(&w, e);
out:
	roster_orgs_free(orgs, norgs);
	roster_people_free(people, npeople);
	return st;
}

enum tc_status roster_export_file(struct db *db, const struct actor *a, const char *path,
				  enum csvio_encoding enc, unsigned flags, struct tc_err *e)
{
	struct afile f;
	enum tc_status st;

	/* Refused before the file exists, not after it was made and removed. */
	if ((st = user_may(a, PERM_EXPORT, e)) != TC_OK)
		return st;
	if ((st = afile_open(&f, path, e)) != TC_OK)
		return st;
	return afile_commit(&f, roster_export_fp(db, a, f.fp, enc, flags, e), e);
}

/* ---- choosing a mediator or arbitrator ------------------------------- */

/*
 * For one case: who must step aside (回避) and how the others rank
 * (tiaocai(5), CHOOSING A MEDIATOR OR ARBITRATOR).  The case's facts
 * (industry, cause, claim kinds, parties, agents) are read once; the
 * people of the role with the day of their latest case (one index probe
 * each), and the open caseload of the whole role in one grouped pass over
 * the partial index of open cases, so the cost grows with the roster and
 * the open cases, never with the years on file.  Every weight and table
 * is here, once, and in the manual.
 */

/* What a case calls for, as roster specialties.  An industry containing
 * `match` weighs PTS_SPEC_INDUSTRY (a construction case's chain of
 * contractors, a platform's way of hiring, want someone who knows them:
 * it outweighs caseload and rotation together); the 案由 and the claim
 * kinds PTS_SPEC. */
static const struct {
	const char *match, *specialty;
} industry_needs[] = {
	{"建筑", "工程建设"}, {"工程", "工程建设"}, {"新就业形态", "新业态"}, {"平台", "新业态"},
	{"外卖", "新业态"},   {"网约车", "新业态"}, {"快递", "新业态"},
};
static const struct {
	const char *what, *specialty;
} cause_needs[] = {
	{"劳动报酬", "工资"}, {"社会保险", "社保"}, {"解除终止劳动合同", "经济补偿"}, {"工伤", "工伤"},
}, claim_needs[] = {
	{"工资", "工资"},         {"加班费", "工资"},     {"经济补偿", "经济补偿"},
	{"赔偿金", "经济补偿"},   {"工伤医疗费", "工伤"}, {"社会保险", "社保"},
};

/* Provinces by the first two digits of an ID number (GB/T 2260). */
static const struct {
	const char *code, *name;
} provinces[] = {
	{"11", "北京"}, {"12", "天津"}, {"13", "河北"},   {"14", "山西"}, {"15", "内蒙古"},
	{"21", "辽宁"}, {"22", "吉林"}, {"23", "黑龙江"}, {"31", "上海"}, {"32", "江苏"},
	{"33", "浙江"}, {"34", "安徽"}, {"35", "福建"},   {"36", "江西"}, {"37", "山东"},
	{"41", "河南"}, {"42", "湖北"}, {"43", "湖南"},   {"44", "广东"}, {"45", "广西"},
	{"46", "海南"}, {"50", "重庆"}, {"51", "四川"},   {"52", "贵州"}, {"53", "云南"},
	{"54", "西藏"}, {"61", "陕西"}, {"62", "甘肃"},   {"63", "青海"}, {"64", "宁夏"},
	{"65", "新疆"}, {"71", "台湾"}, {"81", "香港"},   {"82", "澳门"},
};

/* The prefectures and counties the language table names (4 or 6 digits;
 * an ID keeps the code of where it was issued, so the old codes of 铜仁
 * and 毕节 stay). */
static const struct {
	const char *code, *name;
} places[] = {
	{"5201", "贵阳市"},   {"5202", "六盘水市"}, {"5203", "遵义市"},   {"5204", "安顺市"},
	{"5205", "毕节市"},   {"5206", "铜仁市"},   {"5222", "铜仁地区"}, {"5223", "黔西南州"},
	{"5224", "毕节地区"}, {"5226", "黔东南州"}, {"5227", "黔南州"},   {"4331", "湘西州"},
	{"4312", "怀化市"},   {"4228", "恩施州"},   {"5326", "文山州"},   {"5323", "楚雄州"},
	{"5134", "凉山州"},   {"3303", "温州市"},   {"450225", "融水县"}, {"450226", "三江县"},
	{"500241", "秀山县"}, {"500242", "酉阳县"}, {"500243", "彭水县"},
};

/* Where each language or dialect on the roster is spoken, as ID-number
 * prefixes.  A minority language matching an applicant's home weighs
 * PTS_MINORITY (a worker from 黔东南 may speak little Mandarin), a
 * dialect PTS_DIALECT.  A language not listed (普通话) matches nobody. */
static const struct {
	const char *language;
	bool minority;
	const char *areas;        /* prefixes separated by spaces */
} languages[] = {
	{"苗语", true, "5226 5227 5223 5204 5205 5224 5206 5222 4331 5326 500241 500242 500243 450225"},
	{"布依语", true, "5223 5227 5204"},
	{"侗语", true, "5226 5206 5222 4312 450226"},
	{"水语", true, "5227"},
	{"彝语", true, "5134 5205 5224 5323"},
	{"土家语", true, "4331 4228 5206 5222 500241 500242 500243"},
	{"壮语", true, "45 5326"},
	{"贵阳话", false, "52"},
	{"贵州话", false, "52"},
	{"四川话", false, "51 50"},
	{"重庆话", false, "50"},
	{"湖南话", false, "43"},
	{"温州话", false, "3303"},
	{"粤语", false, "44"},
};

/* The weights and thresholds of the ranking (tiaocai(5) lists them). */
enum {
	PTS_SPEC_INDUSTRY = 5,  /* per specialty the industry calls for */
	PTS_SPEC = 1,           /* per specialty the cause or a claim calls for */
	PTS_MINORITY = 2,       /* a minority language of an applicant's home */
	PTS_DIALECT = 1,        /* a dialect of an applicant's home */
	PTS_LANG_MAX = 3,
	LOAD_STEP = 3,          /* a point per step open cases below (above) the */
	LOAD_STEP_PART = 5,     /* median, the step a fifth of the median but at */
	PTS_LOAD_MAX = 2,       /* least LOAD_STEP; rounded, at most this many */
	IDLE_DAYS = 14,         /* no new case for this long (or never): a point */
	PTS_IDLE = 1,
	FULL_MARGIN = 3,        /* 已满: more than twice the median, this many above it, */
	FULL_MIN = 5,           /* and at least this many open cases */
};

/* The groups of the ranking, in order. */
enum tier { TIER_OK, TIER_FULL, TIER_IN_HOUSE, TIER_RECUSE };

/* ---- the name of a unit ---- */

static bool ends_with(const char *s, size_t len, const char *w)
{
	size_t n = strlen(w);
	return len >= n && memcmp(s + len - n, w, n) == 0;
}

/* Remove every occurrence of w from s, in place. */
static void remove_all(char *s, const char *w)
{
	size_t n = strlen(w);
	char *p;

	while ((p = strstr(s, w)) != NULL)
		memmove(p, p + n, strlen(p + n) + 1);
}

/* The last occurrence of w that ends at or before s + end, or NULL. */
static const char *last_before(const char *s, size_t end, const char *w)
{
	size_t n = strlen(w);
	const char *found = NULL;

	for (const char *p = strstr(s, w); p && (size_t)(p - s) + n <= end; p = strstr(p + 1, w))
		found = p;
	return found;
}

char *roster_unit_key(const char *name)
{
	static const char *const openers[] = {"(", "[", "【", "〔"};
	static const char *const closers[] = {")", "]", "】", "〕"};
	static const char *const committees[] = {"劳动人事争议调解委员会", "劳动争议调解委员会",
						 "人民调解委员会", "调解委员会"};
	static const char *const forms[] = {"股份有限公司", "有限责任公司", "有限公司"};
	const unsigned char *s = (const unsigned char *)(name ? name : "");
	struct strbuf sb = {0};

	/* Spaces out, full-width ASCII (U+FF01-U+FF5E) as ASCII. */
	while (*s) {
		if (*s == ' ' || *s == '\t') {
			s++;
		} else if (s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80) { /* U+3000 */
			s += 3;
		} else if (s[0] == 0xC2 && s[1] == 0xA0) {                 /* U+00A0 */
			s += 2;
		} else if (s[0] == 0xEF && (s[1] == 0xBC || s[1] == 0xBD) && s[2] >= 0x80 &&
			   s[2] <= 0xBF && !(s[1] == 0xBD && s[2] > 0x9E)) {
			unsigned cp = (s[1] == 0xBC ? 0xFF00u : 0xFF40u) + (s[2] - 0x80u);
			char c = (char)(cp - 0xFEE0u);
			if (c != ' ')
				sb_add(&sb, &c, 1);
			s += 3;
		} else {
			sb_add(&sb, (const char *)s, 1);
			s++;
		}
	}
	char *k = sb_take(&sb);
	if (k == NULL)
		return xstrdup("");

	/* A bracketed part at the end qualifies the name (（贵阳）, (普通合伙)):
	 * dropped with its contents.  Brackets inside the name keep theirs. */
	for (bool again = true; again;) {
		size_t len = strlen(k);
		again = false;
		for (size_t i = 0; i < sizeof closers / sizeof closers[0]; i++) {
			if (!ends_with(k, len, closers[i]))
				continue;
			const char *open = last_before(k, len - strlen(closers[i]), openers[i]);
			if (open)
				k[open - k] = '\0';
			else
				k[len - strlen(closers[i])] = '\0';
			again = true;
			break;
		}
	}
	for (size_t i = 0; i < sizeof openers / sizeof openers[0]; i++) {
		remove_all(k, openers[i]);
		remove_all(k, closers[i]);
	}

	/* A branch is its company: 某某有限公司贵阳分公司 -> 某某有限公司. */
	char *branch = strstr(k, "分公司");
	if (branch) {
		const char *co = last_before(k, (size_t)(branch - k), "公司");
		if (co)
			k[co - k + strlen("公司")] = '\0';
		else
			remove_all(k, "分公司");
	}
	/* A firm's own mediation committee is the firm. */
	for (bool again = true; again;) {
		size_t len = strlen(k);
		again = false;
		for (size_t i = 0; i < sizeof committees / sizeof committees[0]; i++)
			if (ends_with(k, len, committees[i])) {
				k[len - strlen(committees[i])] = '\0';
				again = true;
				break;
			}
	}
	for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++)
		remove_all(k, forms[i]);
	return k;
}

/* ---- the case's facts ---- */

static const char *side_zh(const char *side)
{
	if (strcmp(side, "applicant") == 0)
		return "申请人";
	if (strcmp(side, "respondent") == 0)
		return "被申请人";
	return "第三人";
}

struct party_fact {
	const char *side_zh;     /* static */
	bool applicant;
	char *name, *key, *id_no, *uscc;
};

struct agent_fact {
	char *name, *party;      /* the agent and whom they act for */
	const char *side_zh;
};

/* A specialty the case calls for and its weight. */
struct need {
	const char *specialty;   /* static (the tables above) */
	int points;
};

struct case_facts {
	int64_t id;
	enum stage stage, prev;
	int64_t mediator_id, arbitrator_id;
	struct party_fact *parties;
	size_t nparties;
	struct agent_fact *agents;
	size_t nagents;
	struct need needs[8];
	size_t nneeds;
};

static void facts_free(struct case_facts *c)
{
	for (size_t i = 0; i < c->nparties; i++) {
		free(c->parties[i].name);
		free(c->parties[i].key);
		free(c->parties[i].id_no);
		free(c->parties[i].uscc);
	}
	free(c->parties);
	for (size_t i = 0; i < c->nagents; i++) {
		free(c->agents[i].name);
		free(c->agents[i].party);
	}
	free(c->agents);
	memset(c, 0, sizeof *c);
}

static void add_need(struct case_facts *c, const char *specialty, int points)
{
	for (size_t i = 0; i < c->nneeds; i++)
		if (strcmp(c->needs[i].specialty, specialty) == 0) {
			if (points > c->needs[i].points)
				c->needs[i].points = points;
			return;
		}
	if (c->nneeds < sizeof c->needs / sizeof c->needs[0])
		c->needs[c->nneeds++] = (struct need){specialty, points};
}

static enum tc_status load_facts(struct db *db, int64_t id, struct case_facts *c,
				 struct tc_err *e)
{
	static const char case_sql[] =
		"SELECT stage, COALESCE(prev_stage, ''), COALESCE(industry, ''), cause,"
		" COALESCE(mediator_id, 0), COALESCE(arbitrator_id, 0) FROM cases WHERE id = ?1";
	static const char parties_sql[] =
		"SELECT side, name, COALESCE(id_no, ''), COALESCE(uscc, '') FROM parties"
		" WHERE case_id = ?1 ORDER BY CASE side WHEN 'applicant' THEN 0"
		" WHEN 'respondent' THEN 1 ELSE 2 END, pos";
	static const char agents_sql[] =
		"SELECT a.name, p.side, p.name FROM agents a JOIN parties p ON p.id = a.party_id"
		" WHERE a.case_id = ?1 ORDER BY a.id";
	static const char claims_sql[] = "SELECT DISTINCT kind FROM claims WHERE case_id = ?1";
	size_t cap = 0;
	int rc;

	memset(c, 0, sizeof *c);
	c->id = id;
	sqlite3_stmt *q = db_prep(db, case_sql);
	sqlite3_bind_int64(q, 1, id);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		/* The CHECK constraint allows only the stage names. */
		if (stage_parse(db_col_text(q, 0), &c->stage, NULL) != TC_OK)
			c->stage = STAGE_RECEIVED;
		c->prev = c->stage;
		if (*db_col_text(q, 1))
			stage_parse(db_col_text(q, 1), &c->prev, NULL);
		const char *industry = db_col_text(q, 2);
		for (size_t i = 0; i < sizeof industry_needs / sizeof industry_needs[0]; i++)
			if (strstr(industry, industry_needs[i].match))
				add_need(c, industry_needs[i].specialty, PTS_SPEC_INDUSTRY);
		for (size_t i = 0; i < sizeof cause_needs / sizeof cause_needs[0]; i++)
			if (strcmp(db_col_text(q, 3), cause_needs[i].what) == 0)
				add_need(c, cause_needs[i].specialty, PTS_SPEC);
		c->mediator_id = sqlite3_column_int64(q, 4);
		c->arbitrator_id = sqlite3_column_int64(q, 5);
	}
	sqlite3_reset(q);
	if (rc == SQLITE_DONE)
		return err_set(e, TC_REFUSED, "case", "没有编号 %lld 的案件", (long long)id);
	if (rc != SQLITE_ROW)
		return db_fail(db, rc, "读取案件", e);

	q = db_prep(db, claims_sql);
	sqlite3_bind_int64(q, 1, id);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW)
		for (size_t i = 0; i < sizeof claim_needs / sizeof claim_needs[0]; i++)
			if (strcmp(db_col_text(q, 0), claim_needs[i].what) == 0)
				add_need(c, claim_needs[i].specialty, PTS_SPEC);
	sqlite3_reset(q);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, "读取仲裁请求", e);

	q = db_prep(db, parties_sql);
	sqlite3_bind_int64(q, 1, id);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		c->parties = xgrow(c->parties, &cap, c->nparties + 1, sizeof *c->parties);
		struct party_fact *p = &c->parties[c->nparties++];
		p->side_zh = side_zh(db_col_text(q, 0));
		p->applicant = strcmp(db_col_text(q, 0), "applicant") == 0;
		p->name = col_dup(q, 1);
		p->key = roster_unit_key(p->name);
		p->id_no = col_dup(q, 2);
		p->uscc = col_dup(q, 3);
	}
	sqlite3_reset(q);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, "读取当事人", e);

	cap = 0;
	q = db_prep(db, agents_sql);
	sqlite3_bind_int64(q, 1, id);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		c->agents = xgrow(c->agents, &cap, c->nagents + 1, sizeof *c->agents);
		struct agent_fact *g = &c->agents[c->nagents++];
		g->name = col_dup(q, 0);
		g->side_zh = side_zh(db_col_text(q, 1));
		g->party = col_dup(q, 2);
	}
	sqlite3_reset(q);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, "读取代理人", e);
	return TC_OK;
}

/* ---- the people of a role ---- */

struct cand {
	int64_t id;
	char *name, *org, *org_key, *org_uscc, *specialties, *languages, *status;
	bool org_public;
	int term_start, term_end;
	char last_given[DATE_ISO_LEN];
	int caseload;
};

static void cand_clear(struct cand *c)
{
	free(c->name);
	free(c->org);
	free(c->org_key);
	free(c->org_uscc);
	free(c->specialties);
	free(c->languages);
	free(c->status);
	memset(c, 0, sizeof *c);
}

static void cands_free(struct cand *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		cand_clear(&v[i]);
	free(v);
}

/* The person columns of the queries below, in this order. */
#define CAND_COLS                                                                            \
	"p.id, p.name, COALESCE(o.name, ''), COALESCE(o.uscc, ''), COALESCE(o.public, 1),"   \
	" COALESCE(p.specialties, ''), COALESCE(p.languages, ''), COALESCE(p.term_start, ''),"  \
	" COALESCE(p.term_end, ''), p.status"

static void fill_cand(sqlite3_stmt *q, struct cand *c)
{
	memset(c, 0, sizeof *c);
	c->id = sqlite3_column_int64(q, 0);
	c->name = col_dup(q, 1);
	c->org = col_dup(q, 2);
	c->org_key = roster_unit_key(c->org);
	c->org_uscc = col_dup(q, 3);
	c->org_public = sqlite3_column_int(q, 4) != 0;
	c->specialties = col_dup(q, 5);
	c->languages = col_dup(q, 6);
	c->term_start = date_from_iso(db_col_text(q, 7));
	c->term_end = date_from_iso(db_col_text(q, 8));
	c->status = col_dup(q, 9);
	snprintf(c->last_given, sizeof c->last_given, "%s", db_col_text(q, 10));
}

/*
 * Everyone of role, in roster order, with the day they were last given a
 * case: the start of mediation (a mediator) or the acceptance (an
 * arbitrator) of the newest case that names them.  "Newest" is the case
 * registered last, found by one probe of the per-person index, so no
 * person's history is ever walked; a case given out of registration order
 * shifts the day by little.  Then the open caseload of the role in one
 * pass over the index of open cases by person (INDEXED BY: without
 * statistics the planner takes the index of all cases, 70 times slower
 * on a million).
 */
static enum tc_status load_cands(struct db *db, const char *role, struct cand **out,
				 size_t *n, struct tc_err *e)
{
	static const char med_sql[] =
		"SELECT " CAND_COLS ","
		" (SELECT c.mediation_from FROM cases c"
		"   WHERE c.id = (SELECT max(id) FROM cases WHERE mediator_id = p.id))"
		" FROM people p LEFT JOIN orgs o ON o.id = p.org_id"
		" WHERE p.role = 'mediator' ORDER BY p.id";
	static const char arb_sql[] =
		"SELECT " CAND_COLS ","
		" (SELECT COALESCE(c.accepted_on, c.received_on) FROM cases c"
		"   WHERE c.id = (SELECT max(id) FROM cases WHERE arbitrator_id = p.id))"
		" FROM people p LEFT JOIN orgs o ON o.id = p.org_id"
		" WHERE p.role = 'arbitrator' ORDER BY p.id";
	static const char med_load_sql[] =
		"SELECT mediator_id, COUNT(*) FROM cases INDEXED BY cases_mediator_open"
		" WHERE mediator_id IS NOT NULL AND stage <> 'closed' GROUP BY mediator_id";
	static const char arb_load_sql[] =
		"SELECT arbitrator_id, COUNT(*) FROM cases INDEXED BY cases_arbitrator_open"
		" WHERE arbitrator_id IS NOT NULL AND stage <> 'closed' GROUP BY arbitrator_id";
	bool med = strcmp(role, "mediator") == 0;
	struct cand *v = NULL;
	size_t cnt = 0, cap = 0;
	int rc;

	sqlite3_stmt *q = db_prep(db, med ? med_sql : arb_sql);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		v = xgrow(v, &cap, cnt + 1, sizeof *v);
		fill_cand(q, &v[cnt++]);
	}
	sqlite3_reset(q);
	if (rc != SQLITE_DONE) {
		cands_free(v, cnt);
		return db_fail(db, rc, "读取名册", e);
	}
	q = db_prep(db, med ? med_load_sql : arb_load_sql);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		int64_t pid = sqlite3_column_int64(q, 0);
		for (size_t i = 0; i < cnt; i++)
			if (v[i].id == pid)
				v[i].caseload = sqlite3_column_int(q, 1);
	}
	sqlite3_reset(q);
	if (rc != SQLITE_DONE) {
		cands_free(v, cnt);
		return db_fail(db, rc, "统计在办案件", e);
	}
	*out = v;
	*n = cnt;
	return TC_OK;
}

/* Whether c may be given a case on day `on`: 在册 and within the term. */
static bool eligible(const struct cand *c, int on)
{
	return strcmp(c->status, person_statuses[0]) == 0 &&
	       (c->term_start == DATE_NONE || c->term_start <= on) &&
	       (c->term_end == DATE_NONE || c->term_end >= on);
}

/* ---- 回避 ---- */

/* Append the grounds on which c must step aside from case f to why
 * (joined by "; "); true when there is one. */
static bool conflicts(const struct case_facts *f, const struct cand *c, struct strbuf *why)
{
	bool any = false;

#define GROUND(...)                                                                          \
	do {                                                                                 \
		if (any)                                                                     \
			sb_puts(why, "; ");                                                  \
		sb_printf(why, __VA_ARGS__);                                                 \
		any = true;                                                                  \
	} while (0)

	for (size_t i = 0; i < f->nparties; i++) {
		const struct party_fact *p = &f->parties[i];
		if (c->org_key[0] && text_chars(c->org_key) >= 2 && strcmp(c->org_key, p->key) == 0)
			GROUND("所属 %s 与%s %s 为同一单位", c->org, p->side_zh, p->name);
		else if (c->org_uscc[0] && strcmp(c->org_uscc, p->uscc) == 0)
			GROUND("所属 %s 与%s %s 的统一社会信用代码相同", c->org, p->side_zh, p->name);
		/* A party who is a person: the roster keeps no ID numbers, so
		 * the same name is a ground until someone checks. */
		if (!p->uscc[0] && strcmp(c->name, p->name) == 0)
			GROUND("与%s %s 同名 (名册不记身份证号码, 请核实是否同一人)", p->side_zh, p->name);
	}
	for (size_t i = 0; i < f->nagents; i++)
		if (strcmp(c->name, f->agents[i].name) == 0)
			GROUND("与%s %s 的代理人同名 (请核实是否同一人)", f->agents[i].side_zh,
			       f->agents[i].party);
#undef GROUND
	return any;
}

enum tc_status roster_conflict(struct db *db, int64_t case_id, int64_t person_id,
			       bool *conflict, char *why, size_t size, struct tc_err *e)
{
	static const char sql[] =
		"SELECT " CAND_COLS ", '' FROM people p LEFT JOIN orgs o ON o.id = p.org_id"
		" WHERE p.id = ?1";
	struct case_facts f;
	struct cand c;
	struct strbuf sb = {0};
	enum tc_status st;
	int rc;

	*conflict = false;
	if (why && size)
		why[0] = '\0';
	sqlite3_stmt *q = db_prep(db, sql);
	sqlite3_bind_int64(q, 1, person_id);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		fill_cand(q, &c);
	sqlite3_reset(q);
	if (rc == SQLITE_DONE)
		return err_set(e, TC_REFUSED, "id", "名册中没有编号 %lld 的人员", (long long)person_id);
	if (rc != SQLITE_ROW)
		return db_fail(db, rc, "读取名册", e);
	if ((st = load_facts(db, case_id, &f, e)) == TC_OK) {
		*conflict = conflicts(&f, &c, &sb);
		if (why && size)
			text_copy(why, size, sb_str(&sb));
	}
	sb_free(&sb);
	facts_free(&f);
	cand_clear(&c);
	return st;
}

/* ---- ranking ---- */

/* Where an ID number was issued: the province and, when the place table
 * knows it, the prefecture or county ("贵州黔东南州"); "" when the first
 * two digits are no province. */
static void home_of(const char *id_no, char *buf, size_t size)
{
	const char *prov = NULL, *sub = "";
	size_t best = 0;

	buf[0] = '\0';
	if (strlen(id_no) < 6)
		return;
	for (size_t i = 0; i < sizeof provinces / sizeof provinces[0]; i++)
		if (strncmp(id_no, provinces[i].code, 2) == 0)
			prov = provinces[i].name;
	if (prov == NULL)
		return;
	for (size_t i = 0; i < sizeof places / sizeof places[0]; i++) {
		size_t n = strlen(places[i].code);
		if (n > best && strncmp(id_no, places[i].code, n) == 0) {
			sub = places[i].name;
			best = n;
		}
	}
	snprintf(buf, size, "%s%s", prov, sub);
}

/* Whether the list (items joined by 、, as the roster stores them) holds
 * item. */
static bool list_has(const char *list, const char *item)
{
	size_t n = strlen(item);

	for (const char *p = list; *p;) {
		const char *sep = strstr(p, "、");
		size_t len = sep ? (size_t)(sep - p) : strlen(p);
		if (len == n && memcmp(p, item, n) == 0)
			return true;
		if (!sep)
			break;
		p = sep + strlen("、");
	}
	return false;
}

/* The applicant of f whose ID number starts with one of the prefixes in
 * areas (separated by spaces), or NULL. */
static const struct party_fact *applicant_from(const struct case_facts *f, const char *areas)
{
	for (size_t i = 0; i < f->nparties; i++) {
		const struct party_fact *p = &f->parties[i];
		if (!p->applicant || !p->id_no[0])
			continue;
		for (const char *a = areas; *a;) {
			size_t n = strcspn(a, " ");
			if (n > 0 && strncmp(p->id_no, a, n) == 0)
				return p;
			a += n;
			a += strspn(a, " ");
		}
	}
	return NULL;
}

/* "3.5" for median2 7, "4" for 8. */
static void half_text(int twice, char *buf, size_t size)
{
	if (twice % 2)
		snprintf(buf, size, "%d.5", twice / 2);
	else
		snprintf(buf, size, "%d", twice / 2);
}

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

/* A row being ranked: the suggestion and its group. */
struct ranked {
	struct roster_suggestion s;
	enum tier tier;
};

static int cmp_ranked(const void *a, const void *b)
{
	const struct ranked *x = a, *y = b;
	int c;

	if (x->tier != y->tier)
		return x->tier < y->tier ? -1 : 1;
	if (x->s.score != y->s.score)
		return x->s.score > y->s.score ? -1 : 1;
	/* Then fewer open cases, then longer without a new one. */
	if (x->s.caseload != y->s.caseload)
		return x->s.caseload < y->s.caseload ? -1 : 1;
	int ix = x->s.idle_days < 0 ? INT_MAX : x->s.idle_days;
	int iy = y->s.idle_days < 0 ? INT_MAX : y->s.idle_days;
	if (ix != iy)
		return ix > iy ? -1 : 1;
	if ((c = strcmp(x->s.name, y->s.name)) != 0)
		return c;
	return (x->s.person_id > y->s.person_id) - (x->s.person_id < y->s.person_id);
}

/* Score c for case f on day today, filling r (everything but the rank). */
static void rank_one(const struct case_facts *f, const struct cand *c, const char *role,
		     int median2, int today, bool twin, struct ranked *r)
{
	struct roster_suggestion *s = &r->s;
	struct strbuf why = {0}, reasons = {0}, spec = {0}, lang = {0};
	char med[16], home[64];

#define REASON(...)                                                                          \
	do {                                                                                 \
		if (reasons.len)                                                             \
			sb_puts(&reasons, "; ");                                             \
		sb_printf(&reasons, __VA_ARGS__);                                            \
	} while (0)

	memset(r, 0, sizeof *r);
	s->person_id = c->id;
	s->name = xstrdup(c->name);
	s->org = xstrdup(c->org);
	s->ref = twin ? xasprintf("%s@%s", c->name, c->org) : xstrdup(c->name);
	s->median2 = median2;
	s->caseload = c->caseload;
	half_text(median2, med, sizeof med);

	s->recuse = conflicts(f, c, &why);
	s->recuse_why = sb_take(&why);
	if (s->recuse_why == NULL)
		s->recuse_why = xstrdup("");
	s->current = c->id == (strcmp(role, "mediator") == 0 ? f->mediator_id : f->arbitrator_id);
	s->full = c->caseload > median2 && 2 * c->caseload >= median2 + 2 * FULL_MARGIN &&
		  c->caseload >= FULL_MIN;
	s->in_house = !c->org_public && !s->recuse;
	r->tier = s->recuse ? TIER_RECUSE : s->in_house ? TIER_IN_HOUSE : s->full ? TIER_FULL : TIER_OK;

	/* Specialty. */
	for (size_t i = 0; i < f->nneeds; i++)
		if (list_has(c->specialties, f->needs[i].specialty)) {
			s->spec_points += f->needs[i].points;
			sb_printf(&spec, "%s%s", spec.len ? "、" : "", f->needs[i].specialty);
		}
	/* Language: each of the person's languages spoken where an
	 * applicant comes from; the reason names the place once for all
	 * the languages of it ("会讲布依语、贵阳话 (申请人来自贵州黔西南州)"). */
	struct strlist homes = {0}, said = {0};
	for (size_t i = 0; i < sizeof languages / sizeof languages[0]; i++) {
		const struct party_fact *p;
		if (!list_has(c->languages, languages[i].language) ||
		    (p = applicant_from(f, languages[i].areas)) == NULL)
			continue;
		s->lang_points += languages[i].minority ? PTS_MINORITY : PTS_DIALECT;
		sb_printf(&lang, "%s%s", lang.len ? "、" : "", languages[i].language);
		home_of(p->id_no, home, sizeof home);
		size_t k = 0;
		while (k < homes.n && strcmp(homes.v[k], home) != 0)
			k++;
		if (k == homes.n) {
			sl_push(&homes, home);
			sl_push(&said, languages[i].language);
		} else {
			char *more = xasprintf("%s、%s", said.v[k], languages[i].language);
			free(said.v[k]);
			said.v[k] = more;
		}
	}
	if (s->lang_points > PTS_LANG_MAX)
		s->lang_points = PTS_LANG_MAX;
	/* Caseload: a point for every `step` cases below the median (a
	 * fifth of it, so that an office whose people carry forty cases
	 * each is not told that three more matter), rounded half away from
	 * zero, at most PTS_LOAD_MAX either way. */
	int step = (median2 + LOAD_STEP_PART) / (2 * LOAD_STEP_PART);
	if (step < LOAD_STEP)
		step = LOAD_STEP;
	int d = median2 - 2 * c->caseload; /* 2 * step times the points */
	s->load_points = d >= 0 ? (d + step) / (2 * step) : -((-d + step) / (2 * step));
	if (s->load_points > PTS_LOAD_MAX)
		s->load_points = PTS_LOAD_MAX;
	if (s->load_points < -PTS_LOAD_MAX)
		s->load_points = -PTS_LOAD_MAX;
	/* Rotation. */
	int last = date_from_iso(c->last_given);
	snprintf(s->last_given, sizeof s->last_given, "%s", last == DATE_NONE ? "" : c->last_given);
	s->idle_days = last == DATE_NONE ? -1 : today > last ? today - last : 0;
	s->rotation_points = s->idle_days < 0 || s->idle_days >= IDLE_DAYS ? PTS_IDLE : 0;
	s->score = s->spec_points + s->lang_points + s->load_points + s->rotation_points;
	s->spec_matched = spec.len ? sb_take(&spec) : xstrdup("");
	s->lang_matched = lang.len ? sb_take(&lang) : xstrdup("");

	/* The reasons, weightiest first. */
	if (s->recuse)
		REASON("回避: %s", s->recuse_why);
	if (s->current)
		REASON("现为本案%s", roster_role_zh(role));
	if (s->full)
		REASON("已满: 在办 %d 件, 远高于中位数 %s 件", c->caseload, med);
	if (s->in_house)
		REASON("企业调解委员会成员, 一般只调解本企业的争议");
	if (f->nneeds)
		REASON(s->spec_points ? "专长对口: %s" : "专长不对口%s", s->spec_matched);
	for (size_t k = 0; k < homes.n; k++)
		REASON("会讲%s (申请人来自%s)", said.v[k], homes.v[k]);
	if (!s->full)
		REASON("在办 %d 件", c->caseload);
	if (s->idle_days < 0)
		REASON("尚未分过案");
	else if (s->idle_days >= IDLE_DAYS)
		REASON("已 %d 日未分案", s->idle_days);
	else
		REASON("%d 日前分过案", s->idle_days);
	s->reasons = sb_take(&reasons);
#undef REASON
	sl_free(&homes);
	sl_free(&said);
}

static const char *const desk_only =
	"推荐名单只供分案的管理员、院领导和书记员查看 (名单透露本案可能交给谁, 不宜先让一方知道)";

static enum tc_status may_suggest(const struct actor *a, struct tc_err *e)
{
	if (a->role == ROLE_ADMIN || a->role == ROLE_SUPERVISOR || a->role == ROLE_CLERK)
		return TC_OK;
	return err_set(e, TC_REFUSED, "user", "%s (%s) 不能查看分案推荐: %s", a->login,
		       role_zh(a->role), desk_only);
}

enum tc_status roster_suggest_role(struct db *db, int64_t case_id, const char **role,
				   struct tc_err *e)
{
	static const char sql[] = "SELECT stage, COALESCE(prev_stage, '') FROM cases WHERE id = ?1";
	enum stage s = STAGE_RECEIVED, prev;
	int rc;

	sqlite3_stmt *q = db_prep(db, sql);
	sqlite3_bind_int64(q, 1, case_id);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		stage_parse(db_col_text(q, 0), &s, NULL);
		prev = s;
		if (s == STAGE_SUSPENDED && stage_parse(db_col_text(q, 1), &prev, NULL) == TC_OK)
			s = prev;
	}
	sqlite3_reset(q);
	if (rc == SQLITE_DONE)
		return err_set(e, TC_REFUSED, "case", "没有编号 %lld 的案件", (long long)case_id);
	if (rc != SQLITE_ROW)
		return db_fail(db, rc, "读取案件", e);
	*role = s < STAGE_HEARING ? kinds[K_MEDIATOR].key : kinds[K_ARBITRATOR].key;
	return TC_OK;
}

/* role as asked (NULL or "": the case's), checked: mediator or arbitrator. */
static enum tc_status suggest_role(struct db *db, int64_t case_id, const char *role,
				   const char **out, struct tc_err *e)
{
	if (role == NULL || *role == '\0')
		return roster_suggest_role(db, case_id, out, e);
	const char *key = role_key(role);
	if (key == NULL || strcmp(key, kinds[K_CLERK].key) == 0)
		return err_set(e, TC_USAGE, "role", "推荐的角色只能是 mediator (调解员) 或 arbitrator (仲裁员), 不是 %s",
			       role);
	*out = key;
	return TC_OK;
}

enum tc_status roster_suggest(struct db *db, const struct actor *a, int64_t case_id,
			      const char *role, int today, struct roster_suggestion **out,
			      size_t *n, struct tc_err *e)
{
	struct case_facts f;
	struct cand *c = NULL;
	size_t nc = 0, cnt = 0;
	const char *key;
	enum tc_status st;

	*out = NULL;
	*n = 0;
	if ((st = may_suggest(a, e)) != TC_OK || (st = suggest_role(db, case_id, role, &key, e)) != TC_OK)
		return st;
	if ((st = load_facts(db, case_id, &f, e)) != TC_OK || (st = load_cands(db, key, &c, &nc, e)) != TC_OK) {
		facts_free(&f);
		return st;
	}

	/* The median of the open caseloads of those who may take cases now. */
	int *loads = xcalloc(nc + 1, sizeof *loads);
	size_t nl = 0;
	for (size_t i = 0; i < nc; i++)
		if (eligible(&c[i], today))
			loads[nl++] = c[i].caseload;
	qsort(loads, nl, sizeof *loads, cmp_int);
	int median2 = nl == 0 ? 0 : nl % 2 ? 2 * loads[nl / 2] : loads[nl / 2 - 1] + loads[nl / 2];
	free(loads);

	struct ranked *r = xcalloc(nc + 1, sizeof *r);
	for (size_t i = 0; i < nc; i++) {
		if (!eligible(&c[i], today))
			continue;
		bool twin = false;
		for (size_t j = 0; j < nc && !twin; j++)
			twin = j != i && strcmp(c[j].name, c[i].name) == 0;
		rank_one(&f, &c[i], key, median2, today, twin, &r[cnt++]);
	}
	qsort(r, cnt, sizeof *r, cmp_ranked);
	struct roster_suggestion *rows = xcalloc(cnt + 1, sizeof *rows);
	for (size_t i = 0; i < cnt; i++) {
		rows[i] = r[i].s;
		rows[i].rank = (int)i + 1;
	}
	free(r);
	cands_free(c, nc);
	facts_free(&f);
	*out = rows;
	*n = cnt;
	return TC_OK;
}

void roster_suggestions_free(struct roster_suggestion *rows, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		struct roster_suggestion *s = &rows[i];
		free(s->name);
		free(s->org);
		free(s->ref);
		free(s->recuse_why);
		free(s->reasons);
		free(s->spec_matched);
		free(s->lang_matched);
	}
	free(rows);
}

enum tc_status roster_suggest_basis(struct db *db, const struct actor *a, int64_t case_id,
				    const char *role, struct roster_basis *out,
				    struct tc_err *e)
{
	struct case_facts f;
	struct strbuf needs = {0}, homes = {0};
	struct strlist seen = {0};
	enum tc_status st;
	char home[64];

	memset(out, 0, sizeof *out);
	if ((st = may_suggest(a, e)) != TC_OK || (st = suggest_role(db, case_id, role, &out->role, e)) != TC_OK)
		return st;
	if ((st = load_facts(db, case_id, &f, e)) != TC_OK) {
		facts_free(&f);
		return st;
	}
	for (size_t i = 0; i < f.nneeds; i++)
		sb_printf(&needs, "%s%s", i ? "、" : "", f.needs[i].specialty);
	/* Each place once, with its count, in the order of the applicants. */
	for (size_t i = 0; i < f.nparties; i++) {
		if (!f.parties[i].applicant || !f.parties[i].id_no[0])
			continue;
		home_of(f.parties[i].id_no, home, sizeof home);
		if (!home[0])
			snprintf(home, sizeof home, "地区码 %.6s", f.parties[i].id_no);
		bool dup = false;
		for (size_t k = 0; k < seen.n && !dup; k++)
			dup = strcmp(seen.v[k], home) == 0;
		if (!dup)
			sl_push(&seen, home);
	}
	for (size_t k = 0; k < seen.n; k++) {
		int count = 0;
		for (size_t i = 0; i < f.nparties; i++) {
			if (!f.parties[i].applicant || !f.parties[i].id_no[0])
				continue;
			home_of(f.parties[i].id_no, home, sizeof home);
			if (!home[0])
				snprintf(home, sizeof home, "地区码 %.6s", f.parties[i].id_no);
			count += strcmp(home, seen.v[k]) == 0;
		}
		sb_printf(&homes, "%s%s %d 人", k ? "、" : "", seen.v[k], count);
	}
	out->needs = needs.len ? sb_take(&needs) : xstrdup("");
	out->homes = homes.len ? sb_take(&homes) : xstrdup("");
	sl_free(&seen);
	facts_free(&f);
	return TC_OK;
}

void roster_basis_free(struct roster_basis *b)
{
	free(b->needs);
	free(b->homes);
	memset(b, 0, sizeof *b);
}

/* ---- a person's record ---- */

enum tc_status roster_person_stats(struct db *db, const struct actor *a, int64_t person_id,
				   int year, struct roster_stats *out, struct tc_err *e)
{
	static const char role_sql[] = "SELECT role FROM people WHERE id = ?1";
	/* The year's cases are a range of ids (they are numbered as they
	 * come), so the per-person index is read from the year's first case
	 * on, whatever lies before it. */
	static const char med_sql[] =
		"SELECT COUNT(*), COALESCE(SUM(stage = 'closed'), 0),"
		" COALESCE(SUM(stage = 'closed' AND outcome IN ('调解', '案外调解')), 0),"
		" AVG(CASE WHEN stage = 'closed' THEN julianday(closed_on) - julianday(mediation_from) END)"
		" FROM cases WHERE mediator_id = ?1 AND year = ?2"
		" AND id BETWEEN (SELECT min(id) FROM cases WHERE year = ?2)"
		" AND (SELECT max(id) FROM cases WHERE year = ?2)";
	static const char arb_sql[] =
		"SELECT COUNT(*), COALESCE(SUM(stage = 'closed'), 0),"
		" COALESCE(SUM(stage = 'closed' AND outcome IN ('调解', '案外调解')), 0),"
		" AVG(CASE WHEN stage = 'closed' THEN julianday(closed_on) - julianday(accepted_on) END)"
		" FROM cases WHERE arbitrator_id = ?1 AND year = ?2"
		" AND id BETWEEN (SELECT min(id) FROM cases WHERE year = ?2)"
		" AND (SELECT max(id) FROM cases WHERE year = ?2)";
	char role[16] = "";
	int rc;

	memset(out, 0, sizeof *out);
	out->year = year;
	out->rate = -1;
	out->avg_days = -1;
	if (user_read_only(a))
		return err_set(e, TC_REFUSED, "user", "%s (%s) 不能查看办案统计: 统计只供本委内部使用",
			       a->login, role_zh(a->role));
	sqlite3_stmt *q = db_prep(db, role_sql);
	sqlite3_bind_int64(q, 1, person_id);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		snprintf(role, sizeof role, "%s", db_col_text(q, 0));
	sqlite3_reset(q);
	if (rc == SQLITE_DONE)
		return err_set(e, TC_REFUSED, "id", "名册中没有编号 %lld 的人员", (long long)person_id);
	if (rc != SQLITE_ROW)
		return db_fail(db, rc, "读取名册", e);
	if (strcmp(role, "clerk") == 0)
		return TC_OK; /* a clerk is given no case */

	q = db_prep(db, strcmp(role, "mediator") == 0 ? med_sql : arb_sql);
	sqlite3_bind_int64(q, 1, person_id);
	sqlite3_bind_int(q, 2, year);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		out->cases = sqlite3_column_int(q, 0);
		out->closed = sqlite3_column_int(q, 1);
		out->settled = sqlite3_column_int(q, 2);
		if (sqlite3_column_type(q, 3) != SQLITE_NULL)
			out->avg_days = sqlite3_column_double(q, 3);
	}
	sqlite3_reset(q);
	if (rc != SQLITE_ROW)
		return db_fail(db, rc, "统计办案情况", e);
	if (out->closed > 0)
		out->rate = (out->settled * 100 + out->closed / 2) / out->closed;
	return TC_OK;
}
