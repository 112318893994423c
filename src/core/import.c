/*
 * import.c - cases from a CSV file in the ledger layout (tiaocai(5),
 * IMPORT).
 *
 * A row is read into a struct case_new (parties of every side, their
 * agents, claims) and handed to case_add, then the events its dates imply
 * are applied with wf_apply: acceptance on accepted_on, pre-filing
 * mediation or mediation on mediation_on, the hearing of hearing_at, a
 * running suspension on suspended_on, and the closing event its outcome
 * names on closed_on; then, as corrections (corr_apply), the 容缺受理
 * documents received on docs_received_on and the payments.  This file
 * checks only what belongs to the layout (lists that must line up, columns
 * that go together, a stage the dates cannot reach, which party an agent
 * acts for, whether a third party's code is an ID number or a credit
 * code); every value is judged by case_add, wf_apply and corr_apply, whose
 * messages are passed on with the file, the line and the column put in
 * front.  The one rule it repeats is case_add's
 * duplicate test (an applicant facing the same respondent in an open
 * case), asked before case_add so that the refusal can name the earlier
 * line and the column the reason goes in.  It does not fill gaps: a mediator
 * without the day mediation began, an arbitrator without the hearing, a
 * suspension already lifted are refused, because the ledger does not say
 * when they happened.  Two days it cannot know are recorded by convention
 * and said so in the case's journal: the day a hearing was set, and the
 * day of a total paid that the file gives without its payments.
 */
#include "tiaocai/import.h"
#include "tiaocai/case.h"
#include "tiaocai/correct.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/ident.h"
#include "tiaocai/journal.h"
#include "tiaocai/ledger.h"
#include "tiaocai/money.h"
#include "tiaocai/text.h"
#include "tiaocai/workflow.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The columns read.  The first NREQUIRED must be present.  Of the
 * ledger's computed columns, accept_due and close_due are compared with
 * what the import computes for an open case (see check_clocks); case_no,
 * days_left, overdue and days_to_close are not listed, so they are ignored
 * like any unknown column. */
enum col {
	C_RECEIVED, C_APPLICANT, C_RESPONDENT,
	C_APPLICANT_ID, C_ACCEPTED, C_STAGE, C_OUTCOME, C_TRACK, C_WORKERS, C_USCC, C_INDUSTRY,
	C_SOURCE, C_CLAIMED, C_RESOLVED, C_FINAL, C_MEDIATOR, C_ARBITRATOR, C_CLOSED,
	C_ACCEPT_DUE, C_CLOSE_DUE, C_PAID, C_CAUSE, C_CLERK,
	C_PHONE, C_NAMES, C_USCCS, C_USCC_REASON, C_CLAIMS, C_MEDIATION_ON, C_HEARING_AT,
	C_SUSPENDED_ON, C_NOTE,
	C_APP_ADDR, C_APP_SADDR, C_RESP_ADDR, C_RESP_SADDR, C_LEGAL_REP,
	C_LEGAL_REP_TITLE, C_REPS, C_ALLOW_DUP,
	C_APP_USCC, C_APP_LEGAL_REP, C_APP_LEGAL_REP_TITLE, C_RESP_IDS, C_THIRD, C_AGENTS,
	C_LAWYER, C_PROJECT, C_MISSING, C_DOCS_ON, C_PAYMENTS, C_RESP_ROLES, C_HEARING_ROOM,
	NCOLS
};
/* received_on, applicant and respondent; applicant_id or applicant_uscc,
 * and claimed or claims, are asked for after them. */
#define NREQUIRED 3

/* English key; the Chinese header of the import's own columns (the
 * ledger's come from ledger_columns, where they are defined once). */
static const struct {
	const char *key, *zh;
} layout[NCOLS] = {
	[C_RECEIVED] = {"received_on", NULL},
	[C_APPLICANT] = {"applicant", NULL},
	[C_APPLICANT_ID] = {"applicant_id", "申请人身份证号码"},
	[C_RESPONDENT] = {"respondent", NULL},
	[C_ACCEPTED] = {"accepted_on", NULL},
	[C_STAGE] = {"stage", NULL},
	[C_OUTCOME] = {"outcome", NULL},
	[C_TRACK] = {"track", NULL},
	[C_WORKERS] = {"workers", NULL},
	[C_USCC] = {"respondent_uscc", NULL},
	[C_INDUSTRY] = {"industry", NULL},
	[C_SOURCE] = {"source", NULL},
	[C_CLAIMED] = {"claimed", NULL},
	[C_RESOLVED] = {"resolved_amount", NULL},
	[C_FINAL] = {"final_award", NULL},
	[C_MEDIATOR] = {"mediator", NULL},
	[C_ARBITRATOR] = {"arbitrator", NULL},
	[C_CLOSED] = {"closed_on", NULL},
	[C_ACCEPT_DUE] = {"accept_due", NULL},
	[C_CLOSE_DUE] = {"close_due", NULL},
	[C_PAID] = {"paid", NULL},
	[C_CAUSE] = {"cause", NULL},
	[C_CLERK] = {"clerk", NULL},
	[C_PHONE] = {"applicant_phone", "申请人电话"},
	[C_NAMES] = {"applicant_names", "申请人姓名"},
	[C_USCCS] = {"respondent_usccs", "各被申请人统一社会信用代码"},
	[C_USCC_REASON] = {"uscc_unverified", "代码核实说明"},
	[C_CLAIMS] = {"claims", "请求事项"},
	[C_MEDIATION_ON] = {"mediation_on", "调解开始日期"},
	[C_HEARING_AT] = {"hearing_at", "开庭时间"},
	[C_SUSPENDED_ON] = {"suspended_on", "中止日期"},
	[C_NOTE] = {"note", "说明"},
	[C_APP_ADDR] = {"applicant_address", "申请人住所"},
	[C_APP_SADDR] = {"applicant_service_address", "申请人送达地址"},
	[C_RESP_ADDR] = {"respondent_address", "被申请人住所"},
	[C_RESP_SADDR] = {"respondent_service_address", "被申请人送达地址"},
	[C_LEGAL_REP] = {"respondent_legal_rep", "被申请人法定代表人"},
	[C_LEGAL_REP_TITLE] = {"respondent_legal_rep_title", "被申请人法定代表人职务"},
	[C_REPS] = {"representatives", "代表人"},
	[C_ALLOW_DUP] = {"allow_duplicate", "重复登记理由"},
	[C_APP_USCC] = {"applicant_uscc", "申请人统一社会信用代码"},
	[C_APP_LEGAL_REP] = {"applicant_legal_rep", "申请人法定代表人"},
	[C_APP_LEGAL_REP_TITLE] = {"applicant_legal_rep_title", "申请人法定代表人职务"},
	[C_RESP_IDS] = {"respondent_ids", "被申请人身份证号码"},
	[C_THIRD] = {"third_parties", "第三人"},
	[C_AGENTS] = {"agents", "委托代理人"},
	[C_LAWYER] = {"lawyer", "法律援助律师"},
	[C_PROJECT] = {"project", "项目名称"},
	[C_MISSING] = {"missing_docs", "待补材料"},
	[C_DOCS_ON] = {"docs_received_on", "材料补齐日期"},
	[C_PAYMENTS] = {"payments", "兑现记录"},
	[C_RESP_ROLES] = {"respondent_roles", "被申请人用工链条角色"},
	[C_HEARING_ROOM] = {"hearing_room", "开庭地点"},
};

/* The separator of the list columns, as the ledger joins respondents. */
#define SEP "、"

/* Outcomes the import can reproduce, the event that closes with each, and
 * the outcome wf_apply must come to (NULL: either kind of award). */
static const struct outcome {
	const char *name, *event, *expect;
} outcomes[] = {
	{"调解", "settle", "调解"},
	{"案外调解", "settle", "案外调解"},
	{"终局裁决", "award", "终局裁决"},
	{"非终局裁决", "award", "非终局裁决"},
	{"部分终局裁决", "award", "部分终局裁决"},
	{"裁决", "award", NULL},
	{"撤回", "withdraw", "撤回"},
	{"撤诉", "withdraw", "撤回"},
	{"不予受理", "refuse", "不予受理"},
	{"移送", "transfer", "移送"},
};
#define NOUTCOMES (sizeof outcomes / sizeof outcomes[0])

/* ---- rows seen earlier in the file ------------------------------------ */

/* Keys "received|first respondent|ID number" -> line, open addressing. */
struct seen {
	char **keys;
	int *lines;
	size_t n, cap;
};

static size_t hash(const char *s)
{
	size_t h = 1469598103934665603u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h;
}

static int seen_find(const struct seen *s, const char *key)
{
	if (s->cap == 0)
		return 0;
	for (size_t i = hash(key) & (s->cap - 1); s->keys[i]; i = (i + 1) & (s->cap - 1))
		if (strcmp(s->keys[i], key) == 0)
			return s->lines[i];
	return 0;
}

static void seen_add(struct seen *s, const char *key, int line)
{
	if (2 * (s->n + 1) > s->cap) {
		struct seen big = {.cap = s->cap ? 2 * s->cap : 1024};
		big.keys = xcalloc(big.cap, sizeof *big.keys);
		big.lines = xcalloc(big.cap, sizeof *big.lines);
		for (size_t i = 0; i < s->cap; i++) {
			if (!s->keys[i])
				continue;
			size_t j = hash(s->keys[i]) & (big.cap - 1);
			while (big.keys[j])
				j = (j + 1) & (big.cap - 1);
			big.keys[j] = s->keys[i];
			big.lines[j] = s->lines[i];
		}
		big.n = s->n;
		free(s->keys);
		free(s->lines);
		*s = big;
	}
	size_t i = hash(key) & (s->cap - 1);
	while (s->keys[i]) {
		if (strcmp(s->keys[i], key) == 0)
			return;
		i = (i + 1) & (s->cap - 1);
	}
	s->keys[i] = xstrdup(key);
	s->lines[i] = line;
	s->n++;
}

static void seen_free(struct seen *s)
{
	for (size_t i = 0; i < s->cap; i++)
		free(s->keys[i]);
	free(s->keys);
	free(s->lines);
}

/* ---- one import ------------------------------------------------------- */

struct imp {
	struct db *db;
	const struct actor *a;
	const char *path;
	int today;
	bool skip;
	bool en;                      /* the header is in English keys */
	struct csvio_col cols[NCOLS];
	int idx[NCOLS];
	const char *colname[NCOLS];   /* as the file's header writes it */
	struct seen seen;
	int64_t *case_ids;            /* the cases this file made, in order ... */
	int *case_lines;              /* ... and the line each came from */
	size_t ncases, capcases;
	size_t imported, skipped;
	struct tc_err *e;
};

/* An agent of the agents column: the party it acts for, its values. */
struct agent_item {
	enum party_side side;
	int pos;                      /* 1-based among the row's parties of that side */
	char *name, *kind, *phone, *lawyer; /* "" when not given */
};

/* A payment of the payments column. */
struct pay_item {
	int item;                     /* the claim item, 0 for the case */
	int64_t fen;
	int on;
	char *text;                   /* as written, for messages */
};

/* One row as read: trimmed values and the lists split out of them. */
struct row {
	int line;
	char *v[NCOLS];               /* "" when the column is absent or empty */
	int received, accepted, closed, mediation, suspended, hearing_day;
	bool has_stage;
	enum stage stage;
	const struct outcome *outcome;
	struct strlist names, ids, phones, resp, usccs;
	struct strlist app_addr, app_saddr;     /* per applicant, or empty */
	struct strlist resp_addr, resp_saddr, legal_rep, rep_title; /* per respondent, or empty */
	struct strlist app_usccs, app_rep, app_rep_title; /* per applicant, or empty */
	struct strlist resp_ids, resp_roles; /* per respondent, or empty */
	bool orgs;                    /* organisations applied (applicant_uscc) */
	struct strlist third_names, third_ids, third_usccs; /* per third party */
	struct agent_item *agents;
	size_t nagents;
	struct pay_item *pays;
	size_t npays;
	int docs_on;                  /* docs_received_on, DATE_NONE when empty */
	int64_t paid;                 /* the paid column, -1 when empty */
	bool *rep;                    /* per applicant: an elected representative */
	struct strlist kinds, amounts, resolved; /* claim items */
	int *owner;                   /* per item: its applicant (1-based), 0 for the case */
	bool names_col, usccs_col, claims_col; /* the list came from that column */
	char (*ids_norm)[IDNO_LEN];   /* per applicant, normalised ("" when invalid) */
};

static const char *colname(const struct imp *im, int col)
{
	if (im->colname[col])
		return im->colname[col];
	return im->en || im->cols[col].zh == NULL ? im->cols[col].key : im->cols[col].zh;
}

static enum tc_status fail(struct imp *im, int line, int col, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static enum tc_status fail(struct imp *im, int line, int col, const char *fmt, ...)
{
	char reason[400];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(reason, sizeof reason, fmt, ap);
	va_end(ap);
	return err_set(im->e, TC_REFUSED, layout[col].key, "%s:%d: %s: %s", im->path, line,
		       colname(im, col), reason);
}

/* A refusal from case_add or wf_apply, put on the file's line and column
 * (col < 0: none).  The sub-message's own field name is dropped when it
 * only repeats the column; "第2名..." keeps the position. */
static enum tc_status fail_from(struct imp *im, int line, int col, const struct tc_err *sub)
{
	const char *m = sub->msg, *f = sub->field;
	char where[96] = "";
	struct strbuf reason = {0};
	enum tc_status st = sub->status == TC_STORAGE ? TC_STORAGE : TC_REFUSED;
	size_t n = strlen(f);

	if (n && strncmp(m, f, n) == 0 && m[n] == ':') {
		m += n + 1;
		/* "第2名请求类别" is case.c's word for the second claim item. */
		if (strncmp(f, "第", strlen("第")) == 0) {
			const char *ming = strstr(f, "名");
			if (ming && strstr(f, "请求"))
				snprintf(where, sizeof where, "%.*s项%s: ", (int)(ming - f), f,
					 ming + strlen("名"));
			else
				snprintf(where, sizeof where, "%s: ", f);
		}
	} else if (col >= 0 && strncmp(m, colname(im, col), strlen(colname(im, col))) == 0 &&
		   m[strlen(colname(im, col))] == ':') {
		m += strlen(colname(im, col)) + 1;
	}
	while (*m == ' ')
		m++;
	sb_puts(&reason, where);
	/* case_add names its command-line option; here the column does it. */
	static const struct {
		const char *opt;
		int col;
	} opts[] = {{"--uscc-unverified", C_USCC_REASON}, {"--applicant-uscc", C_APP_USCC}};
	const char *opt = NULL;
	int ocol = 0;
	for (size_t i = 0; i < sizeof opts / sizeof opts[0] && !opt; i++)
		if ((opt = strstr(m, opts[i].opt)) != NULL)
			ocol = opts[i].col;
	if (opt) {
		const char *after = opt + strcspn(opt, " )"); /* the option ends there */
		sb_add(&reason, m, (size_t)(opt - m) - (opt > m && opt[-1] == ' '));
		sb_printf(&reason, "「%s」列", colname(im, ocol));
		sb_puts(&reason, after + (*after == ' '));
	} else {
		sb_puts(&reason, m);
	}
	if (col >= 0)
		err_set(im->e, st, layout[col].key, "%s:%d: %s: %s", im->path, line, colname(im, col),
			sb_str(&reason));
	else
		err_set(im->e, st, NULL, "%s:%d: %s", im->path, line, sb_str(&reason));
	sb_free(&reason);
	return st;
}

/* The column a case_add refusal is about, from the field it names. */
static int col_of_case_field(const struct row *r, const char *field, const char *msg)
{
	if (strstr(field, "第三人"))
		return C_THIRD;
	if (strstr(field, "被申请人")) {
		if (strstr(field, "身份证"))
			return C_RESP_IDS;
		if (strstr(field, "用工链条角色"))
			return C_RESP_ROLES;
		if (strstr(field, "统一社会信用代码"))
			return r->usccs_col ? C_USCCS : C_USCC;
		if (strstr(field, "送达地址"))
			return C_RESP_SADDR;
		if (strstr(field, "住所"))
			return C_RESP_ADDR;
		if (strstr(field, "职务"))
			return C_LEGAL_REP_TITLE;
		if (strstr(field, "法定代表人"))
			return C_LEGAL_REP;
		return C_RESPONDENT;
	}
	if (strstr(field, "申请人")) {
		if (strstr(field, "身份证"))
			return C_APPLICANT_ID;
		if (strstr(field, "电话"))
			return C_PHONE;
		if (strstr(field, "送达地址"))
			return C_APP_SADDR;
		if (strstr(field, "住所"))
			return C_APP_ADDR;
		if (strstr(field, "统一社会信用代码"))
			return C_APP_USCC;
		if (strstr(field, "职务"))
			return C_APP_LEGAL_REP_TITLE;
		if (strstr(field, "法定代表人"))
			return C_APP_LEGAL_REP;
		return r->names_col ? C_NAMES : C_APPLICANT;
	}
	/* case_party_check's own words name the party: "被申请人是自然人 ...",
	 * "第2名申请人: 身份证号和统一社会信用代码只能填一个". */
	bool third = strstr(msg, "第三人") != NULL;
	bool resp = !third && strstr(msg, "被申请人") != NULL;
	if (strcmp(field, "legal-rep") == 0)
		return third ? C_THIRD : resp ? C_LEGAL_REP : C_APP_LEGAL_REP;
	if (strcmp(field, "uscc") == 0)
		return third ? C_THIRD : resp ? C_RESP_IDS : C_APP_USCC;
	if (strcmp(field, "agent") == 0)
		return C_AGENTS;
	if (strcmp(field, "lawyer") == 0)
		return C_LAWYER;
	if (strcmp(field, "项目名称") == 0)
		return C_PROJECT;
	if (strcmp(field, "待补材料") == 0)
		return C_MISSING;
	if (strcmp(field, "representative") == 0)
		return C_REPS;
	if (strcmp(field, "clerk") == 0)
		return C_CLERK;
	if (strcmp(field, "案由") == 0)
		return C_CAUSE;
	if (strcmp(field, "--allow-duplicate") == 0)
		return C_ALLOW_DUP;
	if (strcmp(field, "duplicate") == 0)
		return C_APPLICANT_ID;
	if (strcmp(field, "applicant-id") == 0)
		return C_APPLICANT_ID;
	if (strcmp(field, "applicant") == 0)
		return C_APPLICANT;
	if (strcmp(field, "employer") == 0)
		return C_RESPONDENT;
	if (strstr(field, "请求") || strcmp(field, "claim") == 0)
		return r->claims_col ? C_CLAIMS : C_CLAIMED;
	if (strstr(field, "收案日期") || strcmp(field, "received") == 0)
		return C_RECEIVED;
	if (strstr(field, "案件来源"))
		return C_SOURCE;
	if (strstr(field, "行业"))
		return C_INDUSTRY;
	if (strcmp(field, "uscc-unverified") == 0)
		return C_USCC_REASON;
	return -1;
}

/* ---- reading a row ---------------------------------------------------- */

/* Split s at "、" into trimmed items (empty items kept: lists are by
 * position). */
static void split(const char *s, struct strlist *out)
{
	const char *p = s;

	if (*s == '\0')
		return;
	for (;;) {
		const char *q = strstr(p, SEP);
		char *item = xstrndup(p, q ? (size_t)(q - p) : strlen(p));
		char *t = text_trim(item);
		sl_push(out, t);
		free(t);
		free(item);
		if (q == NULL)
			break;
		p = q + strlen(SEP);
	}
}

/* Full-width colons (and at signs) as good as ASCII ones, in place. */
static void ascii_marks(char *s)
{
	static const char *const wide[] = {"：", "＠"}, narrow[] = {':', '@'};
	char *p;

	for (size_t k = 0; k < 2; k++)
		while ((p = strstr(s, wide[k])) != NULL) {
			*p = narrow[k];
			memmove(p + 1, p + strlen(wide[k]), strlen(p + strlen(wide[k])) + 1);
		}
}

static void row_free(struct row *r)
{
	for (int c = 0; c < NCOLS; c++)
		free(r->v[c]);
	sl_free(&r->names);
	sl_free(&r->ids);
	sl_free(&r->phones);
	sl_free(&r->resp);
	sl_free(&r->usccs);
	sl_free(&r->app_addr);
	sl_free(&r->app_saddr);
	sl_free(&r->resp_addr);
	sl_free(&r->resp_saddr);
	sl_free(&r->legal_rep);
	sl_free(&r->rep_title);
	sl_free(&r->app_usccs);
	sl_free(&r->app_rep);
	sl_free(&r->app_rep_title);
	sl_free(&r->resp_ids);
	sl_free(&r->resp_roles);
	sl_free(&r->third_names);
	sl_free(&r->third_ids);
	sl_free(&r->third_usccs);
	for (size_t i = 0; i < r->nagents; i++) {
		free(r->agents[i].name);
		free(r->agents[i].kind);
		free(r->agents[i].phone);
		free(r->agents[i].lawyer);
	}
	free(r->agents);
	for (size_t i = 0; i < r->npays; i++)
		free(r->pays[i].text);
	free(r->pays);
	free(r->rep);
	sl_free(&r->kinds);
	sl_free(&r->amounts);
	sl_free(&r->resolved);
	free(r->owner);
	free(r->ids_norm);
}

static enum tc_status opt_date(struct imp *im, struct row *r, int col, int *day)
{
	struct tc_err sub = {0};

	*day = DATE_NONE;
	if (!*r->v[col])
		return TC_OK;
	if (date_parse(r->v[col], day, colname(im, col), &sub) != TC_OK)
		return fail_from(im, r->line, col, &sub);
	return TC_OK;
}

/* "冯成等23人": the ledger's short form of a group. */
static bool abbreviated(const char *s, long *n)
{
	const char *d = strstr(s, "等");
	char *end;

	if (d == NULL || d == s)
		return false;
	d += strlen("等");
	*n = strtol(d, &end, 10);
	return end != d && strcmp(end, "人") == 0;
}

/* Which applicant of the row s names: "3号", its place in the row, or its
 * name.  REF_OK with the 1-based number in *who; REF_NONE when s names
 * none of them; REF_BAD, with the reason in why, for a number past the
 * last applicant or a name two applicants share. */
enum ref { REF_NONE, REF_OK, REF_BAD };

static enum ref worker_ref(const struct row *r, const char *s, int *who, char *why, size_t size)
{
	size_t n = strlen(s), hao = strlen("号"), found = 0;

	if (n > hao && strcmp(s + n - hao, "号") == 0 && s[0] >= '0' && s[0] <= '9') {
		char *end;
		long k = strtol(s, &end, 10);
		if (end == s + n - hao) {
			if (k < 1 || (size_t)k > r->names.n) {
				snprintf(why, size, "写的是 %s, 而本行只有 %zu 名申请人", s, r->names.n);
				return REF_BAD;
			}
			*who = (int)k;
			return REF_OK;
		}
	}
	for (size_t i = 0; i < r->names.n; i++)
		if (strcmp(r->names.v[i], s) == 0 && found++ == 0)
			*who = (int)i + 1;
	if (found > 1) {
		snprintf(why, size, "本行有 %zu 名申请人叫 %s, 请改写为序号, 如 %d号", found, s, *who);
		return REF_BAD;
	}
	return found ? REF_OK : REF_NONE;
}

/* A column of one item per party, n of them (side "申请人" or "被申请人"):
 * empty, or the items separated by "、" in the parties' order, an item left
 * empty where there is nothing to say.  A lone party's cell is taken
 * whole.  what names the item in messages ("住所"). */
static enum tc_status read_list(struct imp *im, struct row *r, int col, size_t n,
				const char *side, const char *what, struct strlist *out)
{
	if (!*r->v[col])
		return TC_OK;
	if (n == 1) {
		sl_push(out, r->v[col]);
		return TC_OK;
	}
	split(r->v[col], out);
	if (out->n != n)
		return fail(im, r->line, col, "%zu %s%s, %zu 项%s (以「、」分隔, 与%s一一对应, 没有的留空)",
			    n, strcmp(side, "申请人") == 0 ? "名" : "个", side, out->n, what, side);
	return TC_OK;
}

/* The representatives column: applicants by name or number ("2号"). */
static enum tc_status read_reps(struct imp *im, struct row *r)
{
	struct strlist reps = {0};
	enum tc_status st = TC_OK;
	char why[160];

	r->rep = xcalloc(r->names.n + 1, sizeof *r->rep);
	split(r->v[C_REPS], &reps);
	for (size_t i = 0; i < reps.n && st == TC_OK; i++) {
		int who = 0;
		switch (worker_ref(r, reps.v[i], &who, why, sizeof why)) {
		case REF_NONE:
			st = fail(im, r->line, C_REPS, "「%s」不是本行的申请人 (写申请人的姓名, 或序号如 2号)",
				  reps.v[i]);
			break;
		case REF_BAD:
			st = fail(im, r->line, C_REPS, "%s", why);
			break;
		case REF_OK:
			if (r->rep[who - 1])
				st = fail(im, r->line, C_REPS, "第%d名申请人 %s 写了两次", who,
					  r->names.v[who - 1]);
			r->rep[who - 1] = true;
			break;
		}
	}
	sl_free(&reps);
	return st;
}

/* A message without the field name in front ("身份证号码: 校验位不符" ->
 * "校验位不符"). */
static const char *after_field(const char *m)
{
	const char *p = strstr(m, ": ");
	return p ? p + 2 : m;
}

/* A legal representative's title given without their name beside it
 * (names and titles by position among the n parties of side). */
static enum tc_status titles_named(struct imp *im, struct row *r, int col, int name_col,
				   const struct strlist *names, const struct strlist *titles,
				   size_t n, const char *side)
{
	for (size_t i = 0; i < titles->n; i++)
		if (*titles->v[i] && (i >= names->n || !*names->v[i])) {
			char who[64] = "";
			if (n > 1)
				snprintf(who, sizeof who, "第%zu个%s", i + 1, side);
			return fail(im, r->line, col, "%s写了职务「%s」, 却没有法定代表人 (姓名写在%s列)", who,
				    titles->v[i], colname(im, name_col));
		}
	return TC_OK;
}

/* The third parties: 名称[:统一社会信用代码或身份证号码] each.  Which of the
 * two a code is, is told by the checks: a valid ID number is one, anything
 * else that looks like a credit code (one failing only its check character
 * included: case_add decides whether uscc_unverified keeps it) is one;
 * anything else is refused here, with both reasons, as neither. */
static enum tc_status read_thirds(struct imp *im, struct row *r)
{
	struct strlist items = {0};
	enum tc_status st = TC_OK;

	split(r->v[C_THIRD], &items);
	for (size_t i = 0; i < items.n && st == TC_OK; i++) {
		char *it = xstrdup(items.v[i]);
		ascii_marks(it);
		char *colon = strchr(it, ':');
		char *head = colon ? xstrndup(it, (size_t)(colon - it)) : xstrdup(it);
		char *name = text_trim(head);
		char *code = text_trim(colon ? colon + 1 : "");
		char id[IDNO_LEN] = "", uscc[USCC_LEN];
		struct tc_err a = {0}, b = {0};
		bool bad = false;
		free(head);
		if (!*name || strchr(code, ':') || (colon && !*code)) {
			st = fail(im, r->line, C_THIRD,
				  "第%zu项「%s」应写成 名称 或 名称:统一社会信用代码 (或身份证号码), 如 贵州某建设投资有限公司:91520100MA6DJ2LQ0G",
				  i + 1, items.v[i]);
		} else if (*code && ident_id_check(code, DATE_NONE, id, "身份证号码", &a) == TC_OK) {
			sl_push(&r->third_ids, code);
			sl_push(&r->third_usccs, "");
		} else if (*code && ident_uscc_check(code, uscc, &bad, "统一社会信用代码", &b) != TC_OK &&
			   !bad) {
			const char *why_id = after_field(a.msg), *why_uscc = after_field(b.msg);
			if (strcmp(why_id, why_uscc) == 0)
				st = fail(im, r->line, C_THIRD, "第%zu项「%s」: %s 既不是身份证号码, 也不是统一社会信用代码: %s",
					  i + 1, items.v[i], code, why_id);
			else
				st = fail(im, r->line, C_THIRD,
					  "第%zu项「%s」: %s 既不是身份证号码 (%s), 也不是统一社会信用代码 (%s)", i + 1,
					  items.v[i], code, why_id, why_uscc);
		} else {
			sl_push(&r->third_ids, "");
			sl_push(&r->third_usccs, code);
		}
		if (st == TC_OK)
			sl_push(&r->third_names, name);
		free(name);
		free(code);
		free(it);
	}
	sl_free(&items);
	return st;
}

static enum tc_status read_parties(struct imp *im, struct row *r)
{
	enum tc_status st;

	const char *app = r->v[C_APPLICANT];
	long n = 0;

	if (!*app)
		return fail(im, r->line, C_APPLICANT, "不能为空");
	if (*r->v[C_NAMES]) {
		r->names_col = true;
		split(r->v[C_NAMES], &r->names);
	} else if (abbreviated(app, &n)) {
		return fail(im, r->line, C_APPLICANT,
			    "「%s」只写了第一人; 导入须有每一名申请人的姓名: 请在%s列按顺序写出全部 %ld 人, 以「、」分隔",
			    app, colname(im, C_NAMES), n);
	} else {
		split(app, &r->names);
	}
	size_t na = r->names.n;
	if ((st = read_list(im, r, C_APP_USCC, na, "申请人", "统一社会信用代码", &r->app_usccs)) != TC_OK)
		return st;
	for (size_t i = 0; i < r->app_usccs.n; i++)
		r->orgs = r->orgs || *r->app_usccs.v[i];
	if (r->names_col) {
		/* The ledger writes a group of workers as "冯成等23人", an
		 * organisation that applied by its name alone. */
		const char *first = r->names.v[0];
		bool ok = strcmp(app, r->v[C_NAMES]) == 0 || (na == 1 && strcmp(app, first) == 0) ||
			  (na > 1 && r->orgs && strcmp(app, first) == 0) ||
			  (na > 1 && abbreviated(app, &n) && n == (long)na &&
			   strncmp(app, first, strlen(first)) == 0 &&
			   strncmp(app + strlen(first), "等", strlen("等")) == 0);
		if (!ok)
			return fail(im, r->line, C_APPLICANT, "「%s」与%s列不符 (%zu 人, 第一人 %s)", app,
				    colname(im, C_NAMES), na, first);
	}
	if (!*r->v[C_APPLICANT_ID] && r->orgs) {
		/* Organisations alone: no ID numbers to give. */
		for (size_t i = 0; i < na; i++)
			sl_push(&r->ids, "");
	} else {
		split(r->v[C_APPLICANT_ID], &r->ids);
		if (r->ids.n != na)
			return fail(im, r->line, C_APPLICANT_ID,
				    "%zu 名申请人, %zu 个身份证号码 (以「、」分隔, 与申请人一一对应%s)", na,
				    r->ids.n, r->app_usccs.n ? ", 单位申请人的留空" : "");
	}
	if (*r->v[C_PHONE]) {
		split(r->v[C_PHONE], &r->phones);
		if (r->phones.n != na)
			return fail(im, r->line, C_PHONE,
				    "%zu 名申请人, %zu 项电话 (以「、」分隔, 与申请人一一对应, 没有的留空)",
				    na, r->phones.n);
	}

	if (!*r->v[C_RESPONDENT])
		return fail(im, r->line, C_RESPONDENT, "不能为空");
	split(r->v[C_RESPONDENT], &r->resp);
	if (*r->v[C_USCCS]) {
		r->usccs_col = true;
		split(r->v[C_USCCS], &r->usccs);
		if (r->usccs.n != r->resp.n)
			return fail(im, r->line, C_USCCS,
				    "%zu 个被申请人, %zu 项代码 (以「、」分隔, 与被申请人一一对应, 没有代码的留空)",
				    r->resp.n, r->usccs.n);
		const char *first = "";
		for (size_t i = 0; i < r->usccs.n && !*first; i++)
			first = r->usccs.v[i];
		if (*r->v[C_USCC] && strcasecmp(r->v[C_USCC], first) != 0)
			return fail(im, r->line, C_USCC, "%s 与%s列的第一个代码 %s 不符", r->v[C_USCC],
				    colname(im, C_USCCS), *first ? first : "(无)");
	} else if (*r->v[C_USCC]) {
		if (r->resp.n > 1)
			return fail(im, r->line, C_USCC,
				    "有 %zu 个被申请人, 看不出代码 %s 是哪一个的; 请在%s列按被申请人的顺序写出各自的代码 (没有的留空)",
				    r->resp.n, r->v[C_USCC], colname(im, C_USCCS));
		sl_push(&r->usccs, r->v[C_USCC]);
	}

	size_t nr = r->resp.n;
	if ((st = read_list(im, r, C_APP_ADDR, na, "申请人", "住所", &r->app_addr)) != TC_OK ||
	    (st = read_list(im, r, C_APP_SADDR, na, "申请人", "送达地址", &r->app_saddr)) != TC_OK ||
	    (st = read_list(im, r, C_APP_LEGAL_REP, na, "申请人", "法定代表人", &r->app_rep)) != TC_OK ||
	    (st = read_list(im, r, C_APP_LEGAL_REP_TITLE, na, "申请人", "职务", &r->app_rep_title)) != TC_OK ||
	    (st = read_list(im, r, C_RESP_IDS, nr, "被申请人", "身份证号码", &r->resp_ids)) != TC_OK ||
	    (st = read_list(im, r, C_RESP_ROLES, nr, "被申请人", "用工链条角色", &r->resp_roles)) != TC_OK ||
	    (st = read_list(im, r, C_RESP_ADDR, nr, "被申请人", "住所", &r->resp_addr)) != TC_OK ||
	    (st = read_list(im, r, C_RESP_SADDR, nr, "被申请人", "送达地址", &r->resp_saddr)) != TC_OK ||
	    (st = read_list(im, r, C_LEGAL_REP, nr, "被申请人", "法定代表人", &r->legal_rep)) != TC_OK ||
	    (st = read_list(im, r, C_LEGAL_REP_TITLE, nr, "被申请人", "职务", &r->rep_title)) != TC_OK ||
	    (st = titles_named(im, r, C_APP_LEGAL_REP_TITLE, C_APP_LEGAL_REP, &r->app_rep,
			       &r->app_rep_title, na, "申请人")) != TC_OK ||
	    (st = titles_named(im, r, C_LEGAL_REP_TITLE, C_LEGAL_REP, &r->legal_rep, &r->rep_title,
			       nr, "被申请人")) != TC_OK)
		return st;
	if (*r->v[C_WORKERS]) {
		/* The workers are the applicants, or, when organisations
		 * applied, the respondents with an ID number. */
		size_t want = na;
		if (r->orgs) {
			want = 0;
			for (size_t i = 0; i < r->resp_ids.n; i++)
				want += *r->resp_ids.v[i] != '\0';
		}
		char *end;
		long w = strtol(r->v[C_WORKERS], &end, 10);
		if (*end || end == r->v[C_WORKERS] || w != (long)want) {
			if (r->orgs)
				return fail(im, r->line, C_WORKERS,
					    "为 %s, 而单位申请的案件的劳动者是有身份证号码的被申请人, 有 %zu 名 (见%s列)",
					    r->v[C_WORKERS], want, colname(im, C_RESP_IDS));
			return fail(im, r->line, C_WORKERS, "为 %s, 而申请人有 %zu 名", r->v[C_WORKERS], na);
		}
	}
	if ((st = read_thirds(im, r)) != TC_OK)
		return st;
	return read_reps(im, r);
}

/* The claim items: the claims column, or one wage claim of the total. */
static enum tc_status read_claims(struct imp *im, struct row *r)
{
	struct tc_err sub = {0};
	int64_t sum = 0, total, fen;
	size_t nres = 0;

	if (!*r->v[C_CLAIMS]) {
		if (!*r->v[C_CLAIMED])
			return fail(im, r->line, C_CLAIMED, "不能为空 (或在%s列逐项写出请求)",
				    colname(im, C_CLAIMS));
		sl_push(&r->kinds, "工资");
		sl_push(&r->amounts, r->v[C_CLAIMED]);
		sl_push(&r->resolved, "");
		r->owner = xcalloc(1, sizeof *r->owner);
		return TC_OK;
	}
	r->claims_col = true;
	struct strlist items = {0};
	split(r->v[C_CLAIMS], &items);
	r->owner = xcalloc(items.n + 1, sizeof *r->owner);
	for (size_t i = 0; i < items.n; i++) {
		/* [申请人:]类别:金额[:调解或裁决金额], the applicant by name or
		 * as "2号"; a full-width colon is as good.  The fourth part
		 * keeps any colon after it, so that a fifth is refused. */
		char *it = xstrdup(items.v[i]), *parts[4] = {it, NULL, NULL, NULL}, *p;
		char why[160];
		int np = 1, who = 0;
		while ((p = strstr(it, "：")) != NULL) {
			*p = ':';
			memmove(p + 1, p + strlen("："), strlen(p + strlen("：")) + 1);
		}
		for (p = it; *p && np < 4; p++)
			if (*p == ':') {
				*p = '\0';
				parts[np++] = p + 1;
			}
		char *pre = text_trim(parts[0]);
		enum ref ref = np > 1 ? worker_ref(r, pre, &who, why, sizeof why) : REF_NONE;
		/* A second part that is no amount before a third that is: a
		 * worker the row does not have, rather than a kind. */
		bool unknown = ref == REF_NONE && np >= 3 &&
			       money_parse(parts[1], &fen, "", NULL) != TC_OK &&
			       money_parse(parts[2], &fen, "", NULL) == TC_OK;
		int first = ref == REF_OK;
		enum tc_status st = TC_OK;
		if (ref == REF_BAD)
			st = fail(im, r->line, C_CLAIMS, "第%zu项「%s」: %s", i + 1, items.v[i], why);
		else if (unknown)
			st = fail(im, r->line, C_CLAIMS,
				  "第%zu项「%s」: %s 不是本行的申请人 (项前写申请人的姓名或序号, 如 %s:工资:8000.00 或 2号:工资:8000.00)",
				  i + 1, items.v[i], pre, r->names.v[0]);
		else if (np - first < 2 || np - first > 3 || strchr(parts[np - 1], ':'))
			st = fail(im, r->line, C_CLAIMS,
				  "第%zu项「%s」应写成 类别:金额 或 类别:金额:调解或裁决金额, 前面可加申请人 (姓名或序号), 如 工资:8000.00、2号:工资:8000.00",
				  i + 1, items.v[i]);
		free(pre);
		if (st != TC_OK) {
			free(it);
			sl_free(&items);
			return st;
		}
		r->owner[i] = who;
		sl_push(&r->kinds, parts[first]);
		sl_push(&r->amounts, parts[first + 1]);
		sl_push(&r->resolved, np - first == 3 ? parts[first + 2] : "");
		free(it);
		nres += np - first == 3;
	}
	sl_free(&items);
	if (nres && nres != r->kinds.n)
		return fail(im, r->line, C_CLAIMS, "有的项写了调解或裁决金额, 有的没写: 要么每项都写, 要么都不写");
	for (size_t i = 0; i < r->amounts.n; i++) {
		char field[64];
		snprintf(field, sizeof field, "第%zu项金额", i + 1);
		if (money_parse(r->amounts.v[i], &fen, field, &sub) != TC_OK)
			return fail_from(im, r->line, C_CLAIMS, &sub);
		sum += fen;
	}
	if (*r->v[C_CLAIMED]) {
		if (money_parse(r->v[C_CLAIMED], &total, colname(im, C_CLAIMED), &sub) != TC_OK)
			return fail_from(im, r->line, C_CLAIMED, &sub);
		if (total != sum) {
			char a[MONEY_BUF], b[MONEY_BUF];
			return fail(im, r->line, C_CLAIMED, "为 %s, 而%s合计 %s", money_plain(total, a),
				    colname(im, C_CLAIMS), money_plain(sum, b));
		}
	}
	if (nres) {
		sum = 0;
		for (size_t i = 0; i < r->resolved.n; i++) {
			char field[48];
			snprintf(field, sizeof field, "第%zu项调解或裁决金额", i + 1);
			if (money_parse(r->resolved.v[i], &fen, field, &sub) != TC_OK)
				return fail_from(im, r->line, C_CLAIMS, &sub);
			sum += fen;
		}
		if (*r->v[C_RESOLVED]) {
			if (money_parse(r->v[C_RESOLVED], &total, colname(im, C_RESOLVED), &sub) != TC_OK)
				return fail_from(im, r->line, C_RESOLVED, &sub);
			if (total != sum) {
				char a[MONEY_BUF], b[MONEY_BUF];
				return fail(im, r->line, C_RESOLVED, "为 %s, 而%s的各项金额合计 %s",
					    money_plain(total, a), colname(im, C_CLAIMS), money_plain(sum, b));
			}
		}
	}
	return TC_OK;
}

/* The party of the row an agent acts for: a1, r2, t1; an applicant by name
 * or as "2号"; a respondent or a third party by its name. */
static enum tc_status agent_party(struct imp *im, const struct row *r, size_t i, const char *item,
				  const char *s, struct agent_item *g)
{
	static const char *const sides[] = {"申请人", "被申请人", "第三人"};
	const size_t count[] = {r->names.n, r->resp.n, r->third_names.n};
	const struct strlist *lists[] = {NULL, &r->resp, &r->third_names};
	char why[160];
	int who = 0;
	size_t found = 0;

	if (corr_party_parse(s, &g->side, &g->pos)) {
		if ((size_t)g->pos > count[g->side])
			return fail(im, r->line, C_AGENTS, "第%zu项「%s」: 本行没有 %s (本行%s %zu 名)", i + 1, item,
				    s, sides[g->side], count[g->side]);
		return TC_OK;
	}
	switch (worker_ref(r, s, &who, why, sizeof why)) {
	case REF_OK:
		g->side = SIDE_APPLICANT;
		g->pos = who;
		return TC_OK;
	case REF_BAD:
		return fail(im, r->line, C_AGENTS, "第%zu项「%s」: %s", i + 1, item, why);
	case REF_NONE:
		break;
	}
	for (int sd = SIDE_RESPONDENT; sd <= SIDE_THIRD; sd++)
		for (size_t k = 0; k < lists[sd]->n; k++)
			if (strcmp(lists[sd]->v[k], s) == 0 && found++ == 0) {
				g->side = (enum party_side)sd;
				g->pos = (int)k + 1;
			}
	if (found == 1)
		return TC_OK;
	if (found > 1)
		return fail(im, r->line, C_AGENTS, "第%zu项「%s」: 本行有 %zu 个当事人叫 %s, 请改写编号, 如 r1、t1",
			    i + 1, item, found, s);
	return fail(im, r->line, C_AGENTS,
		    "第%zu项「%s」: %s 不是本行的当事人 (写编号 a1、r1、t1, 申请人的姓名或序号如 2号, 或被申请人、第三人的名称)",
		    i + 1, item, s);
}

/* The agents column: 当事人:姓名:类别[:电话[:律师登录名]] each.  The values
 * are case_add's to judge (case_agent_check, as `case agent add`). */
static enum tc_status read_agents(struct imp *im, struct row *r)
{
	struct strlist items = {0};
	enum tc_status st = TC_OK;

	split(r->v[C_AGENTS], &items);
	r->agents = xcalloc(items.n + 1, sizeof *r->agents);
	for (size_t i = 0; i < items.n && st == TC_OK; i++) {
		char *it = xstrdup(items.v[i]), *parts[5] = {it, NULL, NULL, NULL, NULL};
		int np = 1;
		ascii_marks(it);
		for (char *p = it; *p && np < 5; p++)
			if (*p == ':') {
				*p = '\0';
				parts[np++] = p + 1;
			}
		if (np < 3 || strchr(parts[np - 1], ':')) {
			st = fail(im, r->line, C_AGENTS,
				  "第%zu项「%s」应写成 当事人:姓名:类别 或 当事人:姓名:类别:电话:律师登录名, 如 a1:李明:律师:13908510000 (当事人写 a1、r1、t1, 或申请人的姓名、序号如 2号)",
				  i + 1, items.v[i]);
		} else {
			struct agent_item *g = &r->agents[r->nagents];
			char *party = text_trim(parts[0]);
			st = agent_party(im, r, i, items.v[i], party, g);
			free(party);
			if (st == TC_OK) {
				g->name = text_trim(parts[1]);
				g->kind = text_trim(parts[2]);
				g->phone = text_trim(np > 3 ? parts[3] : "");
				g->lawyer = text_trim(np > 4 ? parts[4] : "");
				r->nagents++;
			}
		}
		free(it);
	}
	sl_free(&items);
	return st;
}

/* The payments column: [项号:]金额@日期 each; and the paid column, which
 * they must add up to when both are given. */
static enum tc_status read_payments(struct imp *im, struct row *r)
{
	struct strlist items = {0};
	struct tc_err sub = {0};
	enum tc_status st = TC_OK;
	int64_t sum = 0;

	r->paid = -1;
	if (*r->v[C_PAID] && money_parse(r->v[C_PAID], &r->paid, colname(im, C_PAID), &sub) != TC_OK)
		return fail_from(im, r->line, C_PAID, &sub);
	split(r->v[C_PAYMENTS], &items);
	r->pays = xcalloc(items.n + 1, sizeof *r->pays);
	for (size_t i = 0; i < items.n && st == TC_OK; i++) {
		char *it = xstrdup(items.v[i]), field[48];
		ascii_marks(it);
		char *at = strchr(it, '@'), *colon = strchr(it, ':');
		struct pay_item *y = &r->pays[r->npays];
		if (!at || strchr(at + 1, '@') || (colon && colon > at)) {
			st = fail(im, r->line, C_PAYMENTS,
				  "第%zu项「%s」应写成 金额@日期 或 项号:金额@日期, 如 8000.00@2026-11-20、2:3000.00@2026-11-25",
				  i + 1, items.v[i]);
			free(it);
			break;
		}
		*at = '\0';
		if (colon) {
			char *end;
			*colon = '\0';
			long k = strtol(it, &end, 10);
			if (end == it || *end != '\0' || k < 1 || (size_t)k > r->kinds.n)
				st = fail(im, r->line, C_PAYMENTS, "第%zu项「%s」: 项号应为 1 至 %zu (本行请求的项数)",
					  i + 1, items.v[i], r->kinds.n);
			y->item = (int)k;
		}
		snprintf(field, sizeof field, "第%zu项金额", i + 1);
		if (st == TC_OK && money_parse(colon ? colon + 1 : it, &y->fen, field, &sub) != TC_OK)
			st = fail_from(im, r->line, C_PAYMENTS, &sub);
		if (st == TC_OK && y->fen <= 0)
			st = fail(im, r->line, C_PAYMENTS, "第%zu项「%s」: 金额应大于 0", i + 1, items.v[i]);
		snprintf(field, sizeof field, "第%zu项日期", i + 1);
		if (st == TC_OK && date_parse(at + 1, &y->on, field, &sub) != TC_OK)
			st = fail_from(im, r->line, C_PAYMENTS, &sub);
		if (st == TC_OK) {
			y->text = xstrdup(items.v[i]);
			sum += y->fen;
			r->npays++;
		}
		free(it);
	}
	sl_free(&items);
	if (st == TC_OK && r->npays && r->paid >= 0 && r->paid != sum) {
		char a[MONEY_BUF], b[MONEY_BUF];
		st = fail(im, r->line, C_PAID, "为 %s, 而%s列各项合计 %s", money_plain(r->paid, a),
			  colname(im, C_PAYMENTS), money_plain(sum, b));
	}
	return st;
}

static enum tc_status read_row(struct imp *im, const struct csvio_record *rec, struct row *r)
{
	struct tc_err sub = {0};
	enum tc_status st;

	r->line = rec->line;
	for (int c = 0; c < NCOLS; c++)
		r->v[c] = text_trim(csvio_field(rec, im->idx[c]));
	/* Every cell through text.h's gate first, so the fault names the
	 * column; the length of each field is case_add's and wf_apply's
	 * (a list of names in one cell is longer than any one name). */
	for (int c = 0; c < NCOLS; c++)
		if (text_check(layout[c].key, NULL, r->v[c], 0, 0, &sub) != TC_OK)
			return fail(im, r->line, c, "%s", sub.msg);
	if (!*r->v[C_RECEIVED])
		return fail(im, r->line, C_RECEIVED, "不能为空");
	if ((st = opt_date(im, r, C_RECEIVED, &r->received)) != TC_OK ||
	    (st = opt_date(im, r, C_ACCEPTED, &r->accepted)) != TC_OK ||
	    (st = opt_date(im, r, C_CLOSED, &r->closed)) != TC_OK ||
	    (st = opt_date(im, r, C_MEDIATION_ON, &r->mediation)) != TC_OK ||
	    (st = opt_date(im, r, C_SUSPENDED_ON, &r->suspended)) != TC_OK)
		return st;
	r->hearing_day = DATE_NONE;
	if (*r->v[C_HEARING_AT]) {
		/* The day, for ordering; the whole "DATE HH:MM" is wf_apply's. */
		const char *sp = strrchr(r->v[C_HEARING_AT], ' ');
		if (sp) {
			char *d = xstrndup(r->v[C_HEARING_AT], (size_t)(sp - r->v[C_HEARING_AT]));
			if (date_parse(d, &r->hearing_day, "", NULL) != TC_OK)
				r->hearing_day = DATE_NONE;
			free(d);
		}
	}
	if (*r->v[C_STAGE]) {
		if (stage_parse(r->v[C_STAGE], &r->stage, &sub) != TC_OK)
			return fail_from(im, r->line, C_STAGE, &sub);
		r->has_stage = true;
	}
	if (*r->v[C_OUTCOME]) {
		for (size_t i = 0; i < NOUTCOMES && !r->outcome; i++)
			if (strcmp(r->v[C_OUTCOME], outcomes[i].name) == 0)
				r->outcome = &outcomes[i];
		if (!r->outcome)
			return fail(im, r->line, C_OUTCOME,
				    "「%s」无法导入 (可导入: 调解 案外调解 终局裁决 非终局裁决 部分终局裁决 裁决 撤回 不予受理 移送)",
				    r->v[C_OUTCOME]);
	}
	const char *t = r->v[C_TRACK];
	if (*t && strcmp(t, "速裁") && strcmp(t, "简易") && strcmp(t, "普通") &&
	    strcasecmp(t, "fast") && strcasecmp(t, "simple") && strcasecmp(t, "normal"))
		return fail(im, r->line, C_TRACK, "不认识「%s」, 可选: 速裁 简易 普通", t);
	const char *fa = r->v[C_FINAL];
	if (*fa && strcmp(fa, "0") && strcmp(fa, "1"))
		return fail(im, r->line, C_FINAL, "应为 1 (终局)、0 (非终局) 或空 (不是裁决), 现为 %s", fa);
	if ((st = opt_date(im, r, C_DOCS_ON, &r->docs_on)) != TC_OK ||
	    (st = read_parties(im, r)) != TC_OK || (st = read_claims(im, r)) != TC_OK ||
	    (st = read_agents(im, r)) != TC_OK)
		return st;
	return read_payments(im, r);
}

/* ---- duplicates ------------------------------------------------------- */

static void dup_key(struct strbuf *sb, const struct row *r, const char *id)
{
	char iso[DATE_ISO_LEN];
	sb->len = 0;
	sb_printf(sb, "%s|%s|%s", date_iso(r->received, iso), r->resp.v[0], id);
}

/* The line of this file a case came from, or 0 when it was on file before. */
static int line_of_case(const struct imp *im, int64_t id)
{
	size_t lo = 0, hi = im->ncases;

	while (lo < hi) { /* the ids grow with the lines */
		size_t mid = lo + (hi - lo) / 2;
		if (im->case_ids[mid] < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < im->ncases && im->case_ids[lo] == id ? im->case_lines[lo] : 0;
}

/* case_add's rule (case.c, find_duplicate): an applicant's ID number and
 * a respondent (the same name or credit code) together in a case not
 * closed, in the database or made by an earlier line of this file.  1 and
 * a message in why when r's applicant i meets one, 0 when not, -1 on a
 * storage failure. */
static int open_duplicate(struct imp *im, const struct row *r, size_t i, struct strbuf *why)
{
	static const char sql[] =
		"SELECT c.id, c.case_no, r.name, coalesce(r.uscc, '') FROM parties p"
		" JOIN cases c ON c.id = p.case_id"
		" JOIN parties r ON r.case_id = c.id AND r.side = 'respondent'"
		" WHERE p.id_no = ?1 AND p.side = 'applicant' AND c.stage <> 'closed'"
		" ORDER BY c.id, r.pos";
	sqlite3_stmt *st = db_prep(im->db, sql);
	int found = 0, rc;

	sqlite3_bind_text(st, 1, r->ids_norm[i], -1, SQLITE_STATIC);
	while (!found && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *name = db_col_text(st, 2), *uscc = db_col_text(st, 3);
		for (size_t k = 0; k < r->resp.n && !found; k++) {
			char code[USCC_LEN] = "";
			bool bad;
			if (k < r->usccs.n && *r->usccs.v[k])
				ident_uscc_check(r->usccs.v[k], code, &bad, "", NULL);
			if (strcmp(name, r->resp.v[k]) != 0 && !(*code && strcmp(code, uscc) == 0))
				continue;
			int line = line_of_case(im, sqlite3_column_int64(st, 0));
			sb_printf(why, "申请人 %s 与被申请人 %s 已在未结案件 %s", r->names.v[i], r->resp.v[k],
				  db_col_text(st, 1));
			if (line)
				sb_printf(why, " (第%d行)", line);
			sb_printf(why, " 中, 可能是重复登记; 核实后确需另立一案的, 请在%s列写明理由",
				  colname(im, C_ALLOW_DUP));
			found = 1;
		}
	}
	if (!found && rc != SQLITE_DONE) {
		db_fail(im->db, rc, "查找重复案件", im->e);
		found = -1;
	}
	sqlite3_reset(st);
	return found;
}

/* 1 and a message when r duplicates an earlier row or a case on file,
 * 0 when not, -1 on a storage failure.  Two rules: the same application
 * twice (an applicant's ID number, the first respondent and the date
 * received, closed or not: a file imported again), and case_add's, which
 * the row's allow_duplicate reason lets through as it does there. */
static int duplicate(struct imp *im, struct row *r, struct strbuf *why)
{
	static const char sql[] =
		"SELECT c.case_no FROM parties p JOIN cases c ON c.id = p.case_id"
		" JOIN parties r ON r.case_id = c.id AND r.side = 'respondent' AND r.pos = 1"
		" WHERE p.id_no = ?1 AND p.side = 'applicant' AND c.received_on = ?2"
		" AND r.name = ?3 LIMIT 1";
	struct strbuf key = {0};
	char iso[DATE_ISO_LEN];
	int found = 0;

	date_iso(r->received, iso);
	r->ids_norm = xcalloc(r->ids.n + 1, sizeof *r->ids_norm);
	for (size_t i = 0; i < r->ids.n; i++) {
		/* An ID case_add will refuse has no duplicate to look for. */
		if (ident_id_check(r->ids.v[i], im->today, r->ids_norm[i], "", NULL) != TC_OK)
			r->ids_norm[i][0] = '\0';
	}
	for (size_t i = 0; i < r->ids.n && !found && !*r->v[C_ALLOW_DUP]; i++) {
		if (!r->ids_norm[i][0])
			continue;
		dup_key(&key, r, r->ids_norm[i]);
		int line = seen_find(&im->seen, sb_str(&key));
		if (line) {
			sb_printf(why, "与第%d行重复 (申请人 %s、被申请人 %s、收案日期 %s 相同)", line,
				  r->names.v[i], r->resp.v[0], iso);
			found = 1;
			break;
		}
		sqlite3_stmt *st = db_prep(im->db, sql);
		sqlite3_bind_text(st, 1, r->ids_norm[i], -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, iso, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, r->resp.v[0], -1, SQLITE_STATIC);
		int rc = sqlite3_step(st);
		if (rc == SQLITE_ROW) {
			sb_printf(why, "与已有案件 %s 重复 (申请人 %s、被申请人 %s、收案日期 %s 相同)",
				  db_col_text(st, 0), r->names.v[i], r->resp.v[0], iso);
			found = 1;
		} else if (rc != SQLITE_DONE) {
			db_fail(im->db, rc, "查找重复案件", im->e);
			found = -1;
		}
		sqlite3_reset(st);
	}
	for (size_t i = 0; i < r->ids.n && !found && !*r->v[C_ALLOW_DUP]; i++)
		if (r->ids_norm[i][0])
			found = open_duplicate(im, r, i, why);
	sb_free(&key);
	return found;
}

/* A row imported as case id: its keys for the rows after it. */
static void remember(struct imp *im, const struct row *r, int64_t id)
{
	struct strbuf key = {0};
	for (size_t i = 0; i < r->ids.n; i++) {
		if (!r->ids_norm[i][0])
			continue;
		dup_key(&key, r, r->ids_norm[i]);
		seen_add(&im->seen, sb_str(&key), r->line);
	}
	sb_free(&key);
	if (im->ncases == im->capcases) {
		im->capcases = im->capcases ? 2 * im->capcases : 256;
		im->case_ids = xrealloc(im->case_ids, im->capcases * sizeof *im->case_ids);
		im->case_lines = xrealloc(im->case_lines, im->capcases * sizeof *im->case_lines);
	}
	im->case_ids[im->ncases] = id;
	im->case_lines[im->ncases++] = r->line;
}

/* ---- the replay ------------------------------------------------------- */

struct step {
	struct wf_request rq;
	int col;                      /* the column its date comes from */
	const char **amounts;         /* a closing's amounts, "N:AMOUNT" per item */
	char **buf;                   /* ... as allocated (nbuf of them) */
	size_t nbuf;
};

/* The layout's own rules: columns that go together. */
static enum tc_status check_shape(struct imp *im, const struct row *r)
{
	const struct outcome *o = r->outcome;
	char iso[DATE_ISO_LEN];

	if (r->docs_on != DATE_NONE && !*r->v[C_MISSING])
		return fail(im, r->line, C_DOCS_ON, "写了材料补齐日期 %s, 却没有待补材料 (容缺受理时所缺的材料写在%s列)",
			    date_iso(r->docs_on, iso), colname(im, C_MISSING));
	if (*r->v[C_MEDIATOR] && r->mediation == DATE_NONE)
		return fail(im, r->line, C_MEDIATION_ON,
			    "写了调解员 %s, 须写明调解开始的日期 (台账不载此日期, 导入不代为推定)",
			    r->v[C_MEDIATOR]);
	if (*r->v[C_ARBITRATOR] && !*r->v[C_HEARING_AT])
		return fail(im, r->line, C_HEARING_AT,
			    "写了仲裁员 %s, 须写明开庭时间, 如 2026-10-12 09:30 (台账不载此时间, 导入不代为推定)",
			    r->v[C_ARBITRATOR]);
	if (r->mediation != DATE_NONE && r->accepted != DATE_NONE && r->mediation >= r->accepted &&
	    !*r->v[C_MEDIATOR])
		return fail(im, r->line, C_MEDIATOR, "立案后 %s 开始的调解须写明调解员",
			    date_iso(r->mediation, iso));
	if (r->closed != DATE_NONE && !o)
		return fail(im, r->line, C_OUTCOME, "有结案日期, 须写明结案方式");
	if (o && r->closed == DATE_NONE)
		return fail(im, r->line, C_CLOSED, "结案方式为%s, 须写明结案日期", o->name);
	if (r->has_stage && r->stage == STAGE_CLOSED && r->closed == DATE_NONE)
		return fail(im, r->line, C_STAGE, "为结案, 须有结案日期和结案方式");
	if (r->has_stage && r->stage != STAGE_CLOSED && r->closed != DATE_NONE)
		return fail(im, r->line, C_STAGE, "为%s, 却有结案日期", stage_zh(r->stage));
	if (r->suspended != DATE_NONE && r->closed != DATE_NONE)
		return fail(im, r->line, C_SUSPENDED_ON,
			    "只用于仍在中止中的案件: 已结案的案件的中止何时恢复, 台账不载, 无法如实重现");
	if (r->has_stage && r->stage == STAGE_SUSPENDED && r->suspended == DATE_NONE)
		return fail(im, r->line, C_SUSPENDED_ON, "阶段为中止, 须写明中止日期");
	if (r->has_stage && r->stage == STAGE_HEARING && !*r->v[C_HEARING_AT])
		return fail(im, r->line, C_HEARING_AT,
			    "阶段为审理中, 须写明开庭时间 (调解不成转入审理而尚未排期的, 台账不载转入的日期, 无法如实导入)");
	if (r->has_stage && (r->stage == STAGE_MEDIATING || r->stage == STAGE_PREMEDIATION) &&
	    r->mediation == DATE_NONE)
		return fail(im, r->line, C_MEDIATION_ON, "阶段为%s, 须写明调解开始日期",
			    stage_zh(r->stage));
	if (r->suspended != DATE_NONE && !*r->v[C_NOTE])
		return fail(im, r->line, C_NOTE, "中止须写明理由");
	if (o && strcmp(o->event, "refuse") == 0 && !*r->v[C_NOTE])
		return fail(im, r->line, C_NOTE, "不予受理须写明理由");
	if (o && strcmp(o->event, "transfer") == 0 && !*r->v[C_NOTE])
		return fail(im, r->line, C_NOTE, "移送须写明移送至何处");
	bool money = o && (strcmp(o->event, "settle") == 0 || strcmp(o->event, "award") == 0);
	if (money && !*r->v[C_RESOLVED] && !*r->resolved.v[0])
		return fail(im, r->line, C_RESOLVED, "结案方式为%s, 须写明金额", o->name);
	if (!money && (*r->v[C_RESOLVED] || *r->resolved.v[0]))
		return fail(im, r->line, *r->v[C_RESOLVED] ? C_RESOLVED : C_CLAIMS,
			    "没有调解或裁决 (结案方式%s%s), 不应写调解或裁决金额", o ? "为" : "未填",
			    o ? o->name : "");
	if (*r->v[C_FINAL] && !(o && strcmp(o->event, "award") == 0))
		return fail(im, r->line, C_FINAL, "只有裁决结案的案件填写");
	if (o && strcmp(o->event, "award") == 0 && r->kinds.n > 1 && !*r->resolved.v[0])
		return fail(im, r->line, C_CLAIMS,
			    "本案有 %zu 项请求, 裁决须逐项写出裁决金额, 如 工资:8000.00:7000.00、加班费:2000.00:0",
			    r->kinds.n);
	return TC_OK;
}

static struct step *add_step(struct step *steps, size_t *n, const char *event, int on, int col)
{
	struct step *s = &steps[(*n)++];
	memset(s, 0, sizeof *s);
	s->rq.event = event;
	s->rq.on = on;
	s->col = col;
	return s;
}

/* The events the row's dates imply, in order; conventions the journal
 * should mention go to notes. */
static size_t plan(const struct imp *im, const struct row *r, struct step *steps,
		   struct strbuf *notes)
{
	const struct outcome *o = r->outcome;
	const char *med = *r->v[C_MEDIATOR] ? r->v[C_MEDIATOR] : NULL;
	bool pre = r->mediation != DATE_NONE &&
		   (r->accepted == DATE_NONE || r->mediation < r->accepted);
	char iso[DATE_ISO_LEN];
	size_t n = 0;
	struct step *s;
	bool held = false;

	if (pre) {
		s = add_step(steps, &n, "premediate", r->mediation, C_MEDIATION_ON);
		s->rq.mediator = med;
		/* Failed before acceptance, or before a refusal or transfer;
		 * the ledger has no day for the failure. */
		int fail_on = r->accepted;
		if (fail_on == DATE_NONE && o &&
		    (strcmp(o->event, "refuse") == 0 || strcmp(o->event, "transfer") == 0))
			fail_on = r->closed;
		if (fail_on != DATE_NONE) {
			add_step(steps, &n, "fail", fail_on,
				 r->accepted != DATE_NONE ? C_ACCEPTED : C_CLOSED);
			sb_printf(notes, "; 案前调解不成的日期台账未载, 记于 %s", date_iso(fail_on, iso));
		}
	}
	if (r->accepted != DATE_NONE)
		add_step(steps, &n, "accept", r->accepted, C_ACCEPTED);
	if (r->mediation != DATE_NONE && !pre) {
		s = add_step(steps, &n, "mediate", r->mediation, C_MEDIATION_ON);
		s->rq.mediator = med;
	}
	if (*r->v[C_HEARING_AT]) {
		/* Scheduled: the ledger says when the hearing is, not when it
		 * was set; the hearing's own day (today for one still to come),
		 * never before the event it follows nor after the next. */
		int last = r->received, next = r->suspended != DATE_NONE ? r->suspended : r->closed;
		if (r->accepted != DATE_NONE && r->accepted > last)
			last = r->accepted;
		if (r->mediation != DATE_NONE && r->mediation > last)
			last = r->mediation;
		int on = r->hearing_day != DATE_NONE ? r->hearing_day : last;
		if (on > im->today)
			on = im->today;
		if (next != DATE_NONE && next < on)
			on = next;
		if (on < last)
			on = last;
		s = add_step(steps, &n, "hearing", on, C_HEARING_AT);
		s->rq.at = r->v[C_HEARING_AT];
		s->rq.room = r->v[C_HEARING_ROOM];
		s->rq.arbitrator = *r->v[C_ARBITRATOR] ? r->v[C_ARBITRATOR] : NULL;
		/* The notice period cannot be checked against a day the
		 * ledger does not have. */
		s->rq.short_notice = "台账未载开庭安排日期";
		s->rq.from_ledger = true;
		sb_printf(notes, "; 开庭安排日期台账未载, 记于 %s", date_iso(on, iso));
		/* A case settled or awarded after its hearing day was heard
		 * then: the ledger has no record of the hearing itself. */
		if (o && (strcmp(o->event, "award") == 0 || strcmp(o->event, "settle") == 0) &&
		    r->hearing_day != DATE_NONE && r->hearing_day <= r->closed &&
		    r->hearing_day <= im->today &&
		    (r->suspended == DATE_NONE || r->suspended >= r->hearing_day)) {
			add_step(steps, &n, "hearing-held", r->hearing_day, C_HEARING_AT);
			held = true;
			sb_puts(notes, "; 按开庭时间记为已开庭");
		}
	}
	if (r->suspended != DATE_NONE) {
		s = add_step(steps, &n, "suspend", r->suspended, C_SUSPENDED_ON);
		s->rq.reason = r->v[C_NOTE];
	}
	if (o) {
		s = add_step(steps, &n, o->event, r->closed, C_CLOSED);
		if (strcmp(o->event, "transfer") == 0)
			s->rq.to = r->v[C_NOTE];
		else if (*r->v[C_NOTE])
			s->rq.reason = r->v[C_NOTE];
		if (strcmp(o->event, "award") == 0 && !held) {
			s->rq.written = "台账未载开庭记录";
			sb_puts(notes, "; 台账未载开庭记录, 按书面审理记载");
		}
		if (strcmp(o->event, "settle") == 0 || strcmp(o->event, "award") == 0) {
			s->amounts = xcalloc(r->resolved.n + 1, sizeof *s->amounts);
			if (*r->resolved.v[0]) {
				s->buf = xcalloc(r->resolved.n, sizeof *s->buf);
				for (size_t i = 0; i < r->resolved.n; i++) {
					s->buf[i] = xasprintf("%zu:%s", i + 1, r->resolved.v[i]);
					s->amounts[i] = s->buf[i];
				}
				s->nbuf = s->rq.namounts = r->resolved.n;
			} else {
				s->amounts[0] = r->v[C_RESOLVED];
				s->rq.namounts = 1;
			}
			s->rq.amounts = s->amounts;
		}
	}
	return n;
}

/* The column a wf_apply refusal of step s is about. */
static int col_of_wf_field(const struct step *s, const char *field)
{
	bool closing = s->col == C_CLOSED;

	if (strcmp(field, "mediator") == 0)
		return C_MEDIATOR;
	if (strcmp(field, "arbitrator") == 0)
		return C_ARBITRATOR;
	if (strcmp(field, "at") == 0)
		return C_HEARING_AT;
	if (strcmp(field, "room") == 0)
		return C_HEARING_ROOM;
	if (strcmp(field, "amount") == 0)
		return C_RESOLVED;
	if (strcmp(field, "reason") == 0 || strcmp(field, "to") == 0)
		return C_NOTE;
	if (strcmp(field, "event") == 0 && closing)
		return C_OUTCOME;
	if (strcmp(field, "user") == 0)
		return -1;
	return s->col;
}

/* An open case's running deadline, when the file gives it, must come out
 * as the file says: an extension, or a suspension since lifted, is not in
 * the ledger, and a case imported without it would show the wrong
 * deadline (a false overdue) rather than be refused. */
static enum tc_status check_clocks(struct imp *im, const struct row *r, int64_t id,
				   enum stage stage)
{
	static const char sql[] =
		"SELECT (SELECT due_on FROM case_clocks WHERE case_id = ?1 AND clock = 'accept'),"
		" (SELECT due_on FROM case_clocks WHERE case_id = ?1 AND clock = 'close')";
	int col = stage == STAGE_RECEIVED ? C_ACCEPT_DUE : C_CLOSE_DUE;
	char want[DATE_ISO_LEN], got[DATE_ISO_LEN] = "";
	int day;

	if (stage == STAGE_CLOSED || stage == STAGE_PREMEDIATION || !*r->v[col])
		return TC_OK;
	if (date_parse(r->v[col], &day, "", NULL) != TC_OK)
		return fail(im, r->line, col, "不是日期: %s", r->v[col]);
	date_iso(day, want);
	sqlite3_stmt *st = db_prep(im->db, sql);
	sqlite3_bind_int64(st, 1, id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		snprintf(got, sizeof got, "%s", db_col_text(st, col == C_ACCEPT_DUE ? 0 : 1));
	sqlite3_reset(st);
	if (rc != SQLITE_ROW)
		return db_fail(im->db, rc, "读取期限", im->e);
	if (strcmp(want, got) == 0)
		return TC_OK;
	if (col == C_ACCEPT_DUE)
		return fail(im, r->line, col, "为 %s, 而按本库的期限规则和日历计算为 %s", want,
			    *got ? got : "(无)");
	return fail(im, r->line, col,
		    "为 %s, 而按导入的事项计算为 %s: 本案若延长过审限, 或中止后已恢复, 台账不载其日期, 无法如实导入 (期限规则或日历不同也会如此)",
		    want, *got ? got : "(无)");
}

/* The clerk column as the ledger writes it (the user's name) or as an
 * office types it (the login): the login into *login, which the caller
 * frees (NULL when the column is empty).  A login is taken first; a name
 * must be one user's only. */
static enum tc_status clerk_login(struct imp *im, const struct row *r, char **login)
{
	static const char by_login[] = "SELECT login FROM users WHERE login = ?1";
	static const char by_name[] = "SELECT login FROM users WHERE name = ?1 ORDER BY login";
	const char *v = r->v[C_CLERK];
	struct strbuf logins = {0};
	size_t n = 0;
	int rc;

	*login = NULL;
	if (!*v)
		return TC_OK;
	for (int pass = 0; pass < 2 && n == 0; pass++) {
		sqlite3_stmt *st = db_prep(im->db, pass ? by_name : by_login);
		sqlite3_bind_text(st, 1, v, -1, SQLITE_STATIC);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			if (n++ == 0)
				*login = db_col_dup(st, 0);
			sb_printf(&logins, "%s%s", n > 1 ? "、" : "", db_col_text(st, 0));
		}
		sqlite3_reset(st);
		if (rc != SQLITE_DONE) {
			sb_free(&logins);
			free(*login);
			*login = NULL;
			return db_fail(im->db, rc, "查找承办人", im->e);
		}
	}
	enum tc_status st = TC_OK;
	if (n == 0)
		st = fail(im, r->line, C_CLERK, "没有登录名或姓名为 %s 的用户 (写承办人的登录名或姓名, 见 tiaocai user list)", v);
	else if (n > 1)
		st = fail(im, r->line, C_CLERK, "有 %zu 名用户叫 %s (登录名 %s), 请改写承办人的登录名", n, v,
			  sb_str(&logins));
	if (st != TC_OK) {
		free(*login);
		*login = NULL;
	}
	sb_free(&logins);
	return st;
}

/* A correction by the importing user on case id; a refusal is put on the
 * row's column col, item i (1-based, 0: the column as a whole) of it. */
static enum tc_status correct(struct imp *im, const struct row *r, int64_t id,
			      const struct corr_request *rq, int col, size_t i, const char *item)
{
	struct corr_result res;
	struct tc_err sub = {0};

	if (corr_apply(im->db, im->a, id, rq, im->today, &res, &sub) == TC_OK)
		return TC_OK;
	if (sub.status == TC_STORAGE || strcmp(sub.field, "user") == 0)
		return fail_from(im, r->line, strcmp(sub.field, "user") == 0 ? -1 : col, &sub);
	if (i)
		return fail(im, r->line, col, "第%zu项「%s」: %s", i, item, sub.msg);
	return fail_from(im, r->line, col, &sub);
}

/* What the case file records after the events: the 容缺受理 documents in,
 * and the payments (the payments column's, or the paid column's total on
 * day last when lump), each as the correction a clerk would make. */
static enum tc_status after_events(struct imp *im, const struct row *r, int64_t id, int last,
				   bool lump)
{
	char money[MONEY_BUF], buf[MONEY_BUF + 16];
	enum tc_status st = TC_OK;

	if (r->docs_on != DATE_NONE) {
		struct corr_request rq = {.what = "docs-received", .on = r->docs_on};
		if ((st = correct(im, r, id, &rq, C_DOCS_ON, 0, NULL)) != TC_OK)
			return st;
	}
	for (size_t i = 0; i < r->npays && st == TC_OK; i++) {
		const struct pay_item *y = &r->pays[i];
		if (y->item)
			snprintf(buf, sizeof buf, "%d:%s", y->item, money_plain(y->fen, money));
		else
			snprintf(buf, sizeof buf, "%s", money_plain(y->fen, money));
		struct corr_request rq = {.what = "pay", .on = y->on, .pay = buf};
		st = correct(im, r, id, &rq, C_PAYMENTS, i + 1, y->text);
	}
	if (st == TC_OK && lump) {
		struct corr_request rq = {.what = "pay", .on = last, .pay = money_plain(r->paid, money),
					  .pay_note = "台账只载合计, 兑现日期未载"};
		st = correct(im, r, id, &rq, C_PAID, 0, NULL);
	}
	return st;
}

static enum tc_status import_row(struct imp *im, struct row *r, struct strbuf *why,
				 int64_t *case_id)
{
	struct case_party_in *apps = xcalloc(r->names.n, sizeof *apps);
	struct case_party_in *resp = xcalloc(r->resp.n, sizeof *resp);
	struct case_party_in *thirds = xcalloc(r->third_names.n + 1, sizeof *thirds);
	struct case_agent_in *agents = xcalloc(r->nagents + 1, sizeof *agents);
	struct case_claim_in *claims = xcalloc(r->kinds.n, sizeof *claims);
	struct step *steps = xmalloc(8 * sizeof *steps);
	char *clerk = NULL;
	struct strbuf notes = {0};
	struct tc_err sub = {0};
	const char *t = r->v[C_TRACK];
	enum tc_status st;
	char case_no[96], iso[DATE_ISO_LEN];
	int64_t id = 0;
	size_t nsteps = 0;

	for (size_t i = 0; i < r->names.n; i++) {
		apps[i].name = r->names.v[i];
		apps[i].id_no = r->ids.v[i];
		apps[i].phone = r->phones.n ? r->phones.v[i] : NULL;
		apps[i].address = r->app_addr.n ? r->app_addr.v[i] : NULL;
		apps[i].service_address = r->app_saddr.n ? r->app_saddr.v[i] : NULL;
		apps[i].uscc = r->app_usccs.n ? r->app_usccs.v[i] : NULL;
		apps[i].legal_rep = r->app_rep.n ? r->app_rep.v[i] : NULL;
		apps[i].legal_rep_title = r->app_rep_title.n ? r->app_rep_title.v[i] : NULL;
		apps[i].representative = r->rep[i];
	}
	for (size_t i = 0; i < r->resp.n; i++) {
		resp[i].name = r->resp.v[i];
		resp[i].uscc = i < r->usccs.n ? r->usccs.v[i] : NULL;
		resp[i].address = r->resp_addr.n ? r->resp_addr.v[i] : NULL;
		resp[i].service_address = r->resp_saddr.n ? r->resp_saddr.v[i] : NULL;
		resp[i].legal_rep = r->legal_rep.n ? r->legal_rep.v[i] : NULL;
		resp[i].legal_rep_title = r->rep_title.n ? r->rep_title.v[i] : NULL;
		resp[i].id_no = r->resp_ids.n ? r->resp_ids.v[i] : NULL;
		resp[i].chain_role = r->resp_roles.n ? r->resp_roles.v[i] : NULL;
	}
	for (size_t i = 0; i < r->third_names.n; i++) {
		thirds[i].name = r->third_names.v[i];
		thirds[i].id_no = r->third_ids.v[i];
		thirds[i].uscc = r->third_usccs.v[i];
	}
	for (size_t i = 0; i < r->nagents; i++) {
		const struct agent_item *g = &r->agents[i];
		agents[i] = (struct case_agent_in){g->side, g->pos, g->name, g->kind, g->phone, g->lawyer};
	}
	for (size_t i = 0; i < r->kinds.n; i++) {
		claims[i].kind = r->kinds.v[i];
		claims[i].amount = r->amounts.v[i];
		claims[i].applicant = r->owner[i];
	}
	struct case_new req = {
		.applicants = apps, .napplicants = r->names.n,
		.respondents = resp, .nrespondents = r->resp.n,
		.thirds = thirds, .nthirds = r->third_names.n,
		.agents = agents, .nagents = r->nagents,
		.claims = claims, .nclaims = r->kinds.n,
		.received = r->v[C_RECEIVED],
		.source = r->v[C_SOURCE],
		.industry = r->v[C_INDUSTRY],
		.project = r->v[C_PROJECT],
		.missing_docs = r->v[C_MISSING],
		.uscc_unverified = r->v[C_USCC_REASON],
		.lawyer = r->v[C_LAWYER],
		.cause = r->v[C_CAUSE],
		.allow_duplicate = r->v[C_ALLOW_DUP],
		.fast = strcmp(t, "速裁") == 0 || strcasecmp(t, "fast") == 0,
		.simple = strcmp(t, "简易") == 0 || strcasecmp(t, "simple") == 0,
	};

	if ((st = check_shape(im, r)) != TC_OK || (st = clerk_login(im, r, &clerk)) != TC_OK)
		goto out;
	req.clerk = clerk;
	nsteps = plan(im, r, steps, &notes);
	/* The ledger's total paid without the payments: one payment on the
	 * day of the row's last event, said so in the journal (as the day
	 * a hearing was set). */
	int last = r->received;
	for (size_t i = 0; i < nsteps; i++)
		if (steps[i].rq.on > last)
			last = steps[i].rq.on;
	bool lump = r->npays == 0 && r->paid > 0;
	if (lump)
		sb_printf(&notes, "; 已兑现金额台账只载合计, 兑现日期未载, 记于 %s", date_iso(last, iso));
	if (case_add(im->db, im->a, &req, im->today, &id, case_no, NULL, &sub) != TC_OK) {
		st = fail_from(im, r->line, col_of_case_field(r, sub.field, sub.msg), &sub);
		goto out;
	}
	sb_printf(why, "由 %s 第%d行导入%s", im->path, r->line, sb_str(&notes));
	if ((st = journal_add(im->db, id, r->received, im->a->login, "import", sb_str(why),
			      im->e)) != TC_OK)
		goto out;

	enum stage stage = STAGE_RECEIVED;
	struct wf_result res = {0};
	for (size_t i = 0; i < nsteps; i++) {
		if (wf_apply(im->db, im->a, id, &steps[i].rq, im->today, &res, &sub) != TC_OK) {
			st = fail_from(im, r->line, col_of_wf_field(&steps[i], sub.field), &sub);
			goto out;
		}
		stage = res.to;
	}
	const struct outcome *o = r->outcome;
	/* A ledger written before items were judged one by one calls an
	 * award with both kinds of item 非终局裁决 (办案规则 Art 50). */
	bool older = o && o->expect && strcmp(o->expect, "非终局裁决") == 0 &&
		     strcmp(res.outcome, "部分终局裁决") == 0;
	if (o && o->expect && !older && strcmp(res.outcome, o->expect) != 0) {
		if (strcmp(o->event, "award") == 0)
			st = fail(im, r->line, C_OUTCOME,
				  "为%s, 而按本库的最低工资标准 (min_wage) 逐项计算为%s (劳动争议调解仲裁法第四十七条)",
				  o->name, res.outcome);
		else
			st = fail(im, r->line, C_OUTCOME, "为%s, 而按本行的日期导入后为%s%s", o->name,
				  res.outcome,
				  strcmp(res.outcome, "案外调解") == 0 ? " (立案前的调解)" : "");
		goto out;
	}
	if (o && *r->v[C_FINAL] && (r->v[C_FINAL][0] == '1') != (strcmp(res.outcome, "终局裁决") == 0)) {
		st = fail(im, r->line, C_FINAL,
			  "为 %s, 而按本库的最低工资标准 (min_wage) 逐项计算为%s (劳动争议调解仲裁法第四十七条)",
			  r->v[C_FINAL], res.outcome);
		goto out;
	}
	if (r->has_stage && stage != r->stage) {
		st = fail(im, r->line, C_STAGE, "为%s, 而按本行的日期导入后为%s (收案 %s%s%s)",
			  stage_zh(r->stage), stage_zh(stage), date_iso(r->received, iso),
			  r->mediation != DATE_NONE ? ", 有调解开始日期" : "",
			  r->accepted != DATE_NONE ? ", 有立案日期" : "");
		goto out;
	}
	if ((st = check_clocks(im, r, id, stage)) != TC_OK || (st = after_events(im, r, id, last, lump)) != TC_OK)
		goto out;
	*case_id = id;
out:
	for (size_t i = 0; i < nsteps; i++) {
		for (size_t k = 0; k < steps[i].nbuf; k++)
			free(steps[i].buf[k]);
		free(steps[i].buf);
		free(steps[i].amounts);
	}
	free(apps);
	free(resp);
	free(thirds);
	free(agents);
	free(claims);
	free(steps);
	free(clerk);
	sb_free(&notes);
	return st;
}

/* ---- the file --------------------------------------------------------- */

/* The rows after the header, as the stream reads them: the file is never
 * all in memory. */
static enum tc_status import_rows(struct imp *im, struct csvio_stream *in, size_t *rows)
{
	struct strbuf why = {0};
	enum tc_status st = TC_OK;
	const struct csvio_record *rec;

	*rows = 0;
	while (st == TC_OK && (rec = csvio_stream_next(in, &st, im->e)) != NULL) {
		struct row r = {0};
		++*rows;
		if ((st = read_row(im, rec, &r)) == TC_OK) {
			why.len = 0;
			sb_puts(&why, "");
			int dup = duplicate(im, &r, &why);
			if (dup < 0) {
				st = TC_STORAGE;
			} else if (dup && im->skip) {
				im->skipped++;
			} else if (dup) {
				st = fail(im, r.line, C_APPLICANT_ID, "%s; 用 --skip-duplicates 可跳过重复的行",
					  sb_str(&why));
			} else {
				why.len = 0;
				sb_puts(&why, "");
				int64_t id = 0;
				if ((st = import_row(im, &r, &why, &id)) == TC_OK) {
					remember(im, &r, id);
					im->imported++;
				}
			}
		}
		row_free(&r);
	}
	sb_free(&why);
	return st;
}

/* The columns of f's header (records[0]) into im: the headers accepted,
 * where each column is, and how the file spells it. */
static enum tc_status map_columns(struct imp *im, const struct csvio_file *f)
{
	const struct ledger_col *lc;
	size_t nlc = ledger_columns(&lc);
	enum tc_status st;

	for (int c = 0; c < NCOLS; c++) {
		im->cols[c].key = layout[c].key;
		im->cols[c].zh = layout[c].zh;
		for (size_t k = 0; k < nlc && !im->cols[c].zh; k++)
			if (strcmp(lc[k].key, layout[c].key) == 0)
				im->cols[c].zh = lc[k].zh;
	}
	if (f->nrecords == 0)
		return err_set(im->e, TC_REFUSED, NULL, "%s: 文件是空的 (第一行应是列名)", im->path);
	if ((st = csvio_map_header(f, im->cols, NCOLS, NREQUIRED, im->idx, im->e)) != TC_OK)
		return st;
	if (im->idx[C_APPLICANT_ID] < 0 && im->idx[C_APP_USCC] < 0)
		return err_set(im->e, TC_REFUSED, NULL, "%s:%d: 缺少列 applicant_id (%s) 或 applicant_uscc (%s)",
			       im->path, f->records[0].line, im->cols[C_APPLICANT_ID].zh,
			       im->cols[C_APP_USCC].zh);
	if (im->idx[C_CLAIMED] < 0 && im->idx[C_CLAIMS] < 0)
		return err_set(im->e, TC_REFUSED, NULL, "%s:%d: 缺少列 claimed (%s) 或 claims (%s)",
			       im->path, f->records[0].line, im->cols[C_CLAIMED].zh,
			       im->cols[C_CLAIMS].zh);
	for (int c = 0; c < NCOLS; c++)
		if (im->idx[c] >= 0)
			im->colname[c] = csvio_field(&f->records[0], im->idx[c]);
	im->en = strcasecmp(im->colname[C_RECEIVED], layout[C_RECEIVED].key) == 0;
	return TC_OK;
}

enum tc_status import_check_row(const struct csvio_file *f, size_t i,
				struct import_row_shape *out, struct tc_err *e)
{
	struct imp im = {.path = f->path ? f->path : "", .e = e};
	struct row r = {0};
	enum tc_status st;

	memset(out, 0, sizeof *out);
	if ((st = map_columns(&im, f)) != TC_OK)
		return st;
	if (i == 0 || i >= f->nrecords)
		return err_set(e, TC_USAGE, NULL, "%s: 没有第 %zu 条记录", im.path, i);
	if ((st = read_row(&im, &f->records[i], &r)) == TC_OK) {
		*out = (struct import_row_shape){
			.received = r.received, .accepted = r.accepted, .closed = r.closed,
			.mediation = r.mediation, .suspended = r.suspended,
			.hearing_day = r.hearing_day, .applicants = r.names.n, .ids = r.ids.n,
			.phones = r.phones.n, .respondents = r.resp.n, .usccs = r.usccs.n,
			.claims = r.kinds.n, .resolved = r.resolved.n, .app_usccs = r.app_usccs.n,
			.resp_ids = r.resp_ids.n, .thirds = r.third_names.n, .agents = r.nagents,
			.payments = r.npays, .paid = r.paid};
		for (size_t k = 0; k < r.npays; k++)
			out->payments_sum += r.pays[k].fen;
		for (size_t k = 0; k < r.amounts.n; k++) {
			int64_t fen = 0;
			money_parse(r.amounts.v[k], &fen, "", NULL);
			out->claimed += fen;
			out->owned += r.owner[k] != 0;
		}
		for (size_t k = 0; k < r.names.n; k++)
			out->representatives += r.rep[k];
	}
	row_free(&r);
	return st;
}

/* Rows from which a file at least as large as the office is written in
 * bulk (db_bulk_begin). */
#define IMPORT_BULK_ROWS 1000

static int64_t office_cases(struct db *db)
{
	sqlite3_stmt *st = db_prep(db, "SELECT coalesce(sum(n), 0) FROM stage_counts");
	int64_t n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	return n;
}

enum tc_status import_cases_file(struct db *db, const struct actor *a, const char *path,
				 enum csvio_encoding enc, bool skip_duplicates, size_t *imported,
				 size_t *skipped, struct tc_err *e)
{
	struct csvio_file head = {0}; /* the header alone: the columns' names point into it */
	struct csvio_stream *in = NULL;
	struct imp im = {.db = db, .a = a, .path = path, .skip = skip_duplicates, .e = e};
	const struct csvio_record *rec;
	enum tc_status st;
	size_t rows = 0;

	/* Asked first: a clerk who may not register cases need not wait for
	 * a large file to be read. */
	if ((st = user_may(a, PERM_CASE_ADD, e)) != TC_OK ||
	    (st = date_today_checked(&im.today, e)) != TC_OK)
		return st;
	if ((st = csvio_stream_open(path, enc, &in, e)) != TC_OK)
		return st;
	head.path = xstrdup(path);
	if ((rec = csvio_stream_next(in, &st, e)) != NULL) {
		head.records = xcalloc(1, sizeof *head.records);
		head.nrecords = 1;
		head.records[0].line = rec->line;
		head.records[0].nfields = rec->nfields;
		head.records[0].fields = xcalloc(rec->nfields + 1, sizeof *rec->fields);
		for (size_t i = 0; i < rec->nfields; i++)
			head.records[0].fields[i] = xstrdup(rec->fields[i]);
	}
	if (st != TC_OK || (st = map_columns(&im, &head)) != TC_OK)
		goto out;
	/* About the rows (line ends; a field may hold a line break). */
	size_t about = csvio_stream_lines(in);
	about = about > 0 ? about - 1 : 0;

	/* Every case_add and wf_apply nests a savepoint, whose undo journal
	 * would otherwise go to a temporary file each time, and a file of
	 * cases dirties more pages than the default cache holds, which then
	 * spill into the WAL again and again: the import's connection gets a
	 * memory journal and a large cache while it runs (SQLite's defaults,
	 * which db.c keeps, come back afterwards). */
	bool tuned = db->tx_depth == 0;
	if (tuned && (st = db_exec(db, "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -262144",
				   e)) != TC_OK)
		goto out;
	/* The file holds the database for as long as it takes: other users'
	 * writes wait for it and are told why (db.h, db_on_wait). */
	if (tuned && (st = db_import_begin(db, a->login, about, e)) != TC_OK)
		goto untune;
	if ((st = db_begin(db, e)) != TC_OK)
		goto untune;
	/* A file larger than the office (a new office's ledger moved in)
	 * is written with the docket's indexes made again at the end
	 * (db_bulk_begin), which costs what the office already holds. */
	struct db_bulk bulk = {0};
	bool bulk_mode = about >= IMPORT_BULK_ROWS && (int64_t)about >= office_cases(db);
	if (bulk_mode)
		st = db_bulk_begin(db, &bulk, e);
	if (st == TC_OK)
		st = import_rows(&im, in, &rows);
	if (st == TC_OK && rows == 0)
		st = err_set(e, TC_REFUSED, NULL, "%s: 只有列名, 没有案件", path);
	if (st == TC_OK && bulk_mode)
		st = db_bulk_end(db, &bulk, e);
	db_bulk_free(&bulk);
	if (st == TC_OK) {
		char *detail = xasprintf("导入案件 %s: %zu 件, 跳过重复 %zu 件", path, im.imported,
					 im.skipped);
		st = journal_add(db, 0, DATE_NONE, a->login, "import", detail, e);
		free(detail);
	}
	if (st == TC_OK)
		st = db_commit(db, e);
	else
		db_rollback(db);
	if (st == TC_OK) {
		if (imported)
			*imported = im.imported;
		if (skipped)
			*skipped = im.skipped;
	}
untune:
	if (tuned) {
		db_import_end(db);
		db_exec(db, "PRAGMA temp_store = DEFAULT; PRAGMA cache_size = -2000", NULL);
	}
out:
	seen_free(&im.seen);
	free(im.case_ids);
	free(im.case_lines);
	csvio_stream_close(in);
	csvio_file_free(&head);
	return st;
}
