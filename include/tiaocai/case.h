/*
 * case.h - registering applications, finding cases, reading one case whole
 * and the row that lists a case.  The clocks of a case are deadline.h's.
 *
 * Registration validates every value (domain.md section 7) before anything
 * is written; the case number comes from the office template and a
 * per-year sequence taken inside the write transaction, so two clerks adding
 * at once never get the same number.  Stage changes are in workflow.h;
 * lists of cases (the docket, `case list`) in docket.h, the ledger in
 * ledger.h.
 */
#ifndef TIAOCAI_CASE_H
#define TIAOCAI_CASE_H

#include <stdbool.h>
#include <stdint.h>
#include "tiaocai/user.h"
#include "tiaocai/text.h"
#include "tiaocai/util.h"
#include "tiaocai/deadline.h"
#include "tiaocai/hearing.h"
#include "tiaocai/stage.h"

struct db;

/* The sides of a case: 申请人, 被申请人, 第三人. */
enum party_side { SIDE_APPLICANT, SIDE_RESPONDENT, SIDE_THIRD };
const char *party_side_name(enum party_side s);   /* applicant respondent third */
const char *party_side_zh(enum party_side s);     /* 申请人 被申请人 第三人 */

/* Raw values as typed; case_add validates and normalises them.  A party
 * is a natural person (an ID number) or an organisation (a credit code,
 * or neither for a respondent whose code is not known). */
struct case_party_in {
	const char *name;
	const char *id_no;       /* a worker applicant: required; others: a natural person's ID */
	const char *phone;
	const char *uscc;        /* an organisation: an employer applicant must have one */
	const char *chain_role;  /* respondents: 用人单位 总承包 分包 劳务分包 建设单位 包工头 */
	const char *address;     /* 住所 */
	const char *service_address; /* 送达地址 */
	const char *legal_rep;   /* organisations: 法定代表人 or 主要负责人 */
	const char *legal_rep_title;
	bool representative;     /* worker applicants: elected representative (Art 7) */
};

struct case_claim_in {
	const char *kind;        /* 工资 加班费 经济补偿 赔偿金 工伤医疗费 工作时间 休息休假 社会保险 其他 */
	const char *amount;
	const char *from, *to;   /* wage period, may be NULL */
	int applicant; /* 1-based, 0 = the case */
};

/* A party and a claim item as validated. */
struct case_party_val {
	char *name;
	char id_no[20];
	char uscc[20];
	bool uscc_bad;           /* kept on the clerk's word */
	char phone[32];
	const char *chain_role;
	char *address, *service_address, *legal_rep, *legal_rep_title;
	bool representative;
};
struct case_claim_val {
	const char *kind;
	int64_t amount;
	int from, to;            /* DATE_NONE when not given */
};
void case_party_val_free(struct case_party_val *p);
/* Validate one party of side s: who names it in messages ("申请人",
 * "第2名申请人"), today bounds an ID's birth date, keep_bad_uscc lets a
 * USCC failing its check digit through (marked uscc_bad). */
enum tc_status case_party_check(const struct case_party_in *in, enum party_side s, const char *who,
				int today, bool keep_bad_uscc, struct case_party_val *out,
				struct tc_err *e);
/* Validate one claim item for a case received on day received; who names
 * it ("第2项"); warnings as case_add's. */
enum tc_status case_claim_check(const struct case_claim_in *in, const char *who, int received,
				struct case_claim_val *out, struct strbuf *warnings, struct tc_err *e);
/* The warning due when a case of `workers` workers has a representative
 * (代表人) although fewer than ten workers apply (调解仲裁法 Art 7, 办案规则
 * Art 5), into buf of size bytes; false (buf untouched) when none is due. */
bool case_rep_warning(size_t workers, char *buf, size_t size);
/* Write them, inside the caller's transaction; *row_id gets the new id. */
enum tc_status case_party_insert(struct db *db, int64_t case_id, enum party_side s, int pos,
				 const struct case_party_val *p, const char *uscc_reason,
				 int64_t *row_id, struct tc_err *e);
enum tc_status case_claim_insert(struct db *db, int64_t case_id, int pos, int64_t party_id,
				 const struct case_claim_val *c, struct tc_err *e);
/* The case row's summaries of its parties, claims and payments (first
 * applicant, respondents, workers, claimed, paid, collective, 挂牌督办),
 * rewritten from those rows after a correction. */
enum tc_status case_refresh(struct db *db, int64_t id, struct tc_err *e);

/* A user by login: a lawyer (lawyer true) or anyone but a lawyer (the
 * clerk in charge of a case). */
enum tc_status case_user_find(struct db *db, const char *login, bool lawyer, int64_t *id,
			      struct tc_err *e);

/* An agent (委托代理人) of a party, as typed: for case_add, the party by
 * its side and place (1-based) among that side's parties of the request;
 * for a correction, the party is found by its number (correct.h). */
struct case_agent_in {
	enum party_side side;
	int pos;
	const char *name;
	const char *kind;        /* 律师 法律援助 近亲属 工会 其他 */
	const char *phone;       /* may be NULL */
	const char *lawyer;      /* the agent's login when a lawyer user, may be NULL */
};
/* An agent as validated (the lawyer's login is looked up by the caller,
 * with case_user_find). */
struct case_agent_val {
	char name[TEXT_BYTES(TEXT_MAX_PERSON)];
	const char *kind;        /* points into the fixed list */
	char phone[32];          /* normalised, "" when none */
};
/* The checks of an agent that need no database: the name, the kind and
 * the phone, named in messages as who says ("委托代理人", "第2名委托代理人":
 * "委托代理人类别: 不认识「朋友」...").  `case add` and `case agent add`
 * both use it. */
enum tc_status case_agent_check(const struct case_agent_in *in, const char *who,
				struct case_agent_val *out, struct tc_err *e);
/* Write agent v of party party_id (a row of parties) of case case_id,
 * inside the caller's transaction; lawyer_id, when not 0, is the lawyer
 * user the agent is, and opens the case to them when it has no lawyer yet
 * (legal aid when the kind is 法律援助). */
enum tc_status case_agent_insert(struct db *db, int64_t case_id, int64_t party_id,
				 const struct case_agent_val *v, int64_t lawyer_id,
				 struct tc_err *e);

/* Whether s is one of the sources of a case (案件来源). */
bool case_source_known(const char *s);

/* The 案由 (cause of dispute) a case may have, in the order of the
 * official statistics; the first is the default. */
size_t case_causes(const char *const **out);

struct case_new {
	struct case_party_in *applicants;
	size_t napplicants;
	struct case_party_in *respondents;
	size_t nrespondents;
	struct case_party_in *thirds;   /* third parties (第三人), may be none */
	size_t nthirds;
	struct case_agent_in *agents;   /* agents of the parties above, may be none */
	size_t nagents;
	struct case_claim_in *claims;
	size_t nclaims;
	const char *received;    /* date as typed; NULL = today */
	const char *source;      /* NULL = 窗口 */
	const char *industry, *project, *missing_docs;
	const char *uscc_unverified; /* reason to keep a USCC that fails its check */
	const char *lawyer;      /* login of the legal-aid lawyer, may be NULL */
	const char *cause;       /* 案由; NULL = 劳动报酬 */
	const char *clerk;       /* login of the clerk in charge (承办人), may be NULL */
	const char *allow_duplicate; /* why a duplicate of an open case is registered anyway */
	bool fast, simple, legal_aid;
};

/* Register an application.  On success *id and case_no (at least 96 bytes)
 * hold the new case; warnings (limitation period, unloaded calendar year)
 * are appended to warnings when it is not NULL. */
enum tc_status case_add(struct db *db, const struct actor *a, const struct case_new *req,
			int today, int64_t *id, char *case_no, struct strbuf *warnings,
			struct tc_err *e);

/* The value parsers of case add and of a case reference, on their own.
 * case_claim_split: a --claim value KIND:AMOUNT or KIND:AMOUNT:FROM:TO,
 * split in place (its colons become NULs) into c, whose pointers point
 * into s (from and to NULL when absent); false for any other shape.
 * case_claims_check: the checks case_add makes of req's claim items for
 * a case received on day received (a known kind, an amount above 0, real
 * dates in order and not after received), warnings as case_add's.
 * case_ref_parse: "2026-123" as year (after 1900) and sequence (above 0);
 * false for anything else, which case_find takes as a full number. */
bool case_claim_split(char *s, struct case_claim_in *c);
enum tc_status case_claims_check(const struct case_new *req, int received,
				 struct strbuf *warnings, struct tc_err *e);
bool case_ref_parse(const char *ref, int *year, int *seq);
/* "2026-12" for "贵劳人仲案字〔2026〕第12号": the year (the first run of four
 * digits) and the sequence (the last other run), as the screens and the
 * agenda shorten it and as case_ref_parse reads it back; the number whole
 * when it has no such parts.  buf of size bytes (96 always suffice). */
void case_short_no(const char *no, char *buf, size_t size);

/* How 调解仲裁法 Art 47 treats an item of a kind: final when its awarded
 * amount is at most 12 months of the local minimum wage (47(1): wages,
 * injury medical costs, compensation, damages), final whatever the amount
 * (47(2): working time, rest and leave, social insurance), or not covered. */
enum claim_final { CLAIM_FINAL_CAPPED, CLAIM_FINAL_ALWAYS, CLAIM_FINAL_NEVER };
enum claim_final case_claim_final(const char *kind);

/* Find a case by its full number or "YEAR-SEQ" (2026-123).  A lawyer finds
 * only the cases linked to them. */
enum tc_status case_find(struct db *db, const struct actor *a, const char *ref,
			 int64_t *id, struct tc_err *e);

/* One row of the docket, of `case list` and of the ledger (design.md's
 * ledger columns). */
struct case_row {
	int64_t id;
	char case_no[96];
	char received_on[11], accepted_on[11], closed_on[11];
	enum stage stage;
	char outcome[32];
	char track[16];          /* 速裁 / 简易 / 普通 */
	/* The first applicant, "等N人" appended when more workers applied (an
	 * organisation may apply: a name as long as any respondent's). */
	char applicant[TEXT_BYTES(TEXT_MAX_ORG) + 24];
	int workers;
	char respondent[TEXT_BYTES(TEXT_MAX_ORG)]; /* respondents as stored (cut at a character when several) */
	char respondent_uscc[32];
	char industry[TEXT_BYTES(TEXT_MAX_WORD)], source[64];
	int64_t claimed;         /* fen */
	int64_t resolved;        /* fen, -1 when none */
	int final_award;         /* 1, 0, or -1 when no award */
	char mediator[TEXT_BYTES(TEXT_MAX_PERSON)], arbitrator[TEXT_BYTES(TEXT_MAX_PERSON)];
	char accept_due[11], close_due[11], next_due[11];
	char next_clock[16];
	int days_left;           /* next_due - today; INT32_MIN when no clock runs */
	bool overdue;
	int days_to_close;       /* closed_on - accepted_on, -1 when not closed */
	/* The keys the docket pages by (docket.h), exactly as stored. */
	int year;
	int64_t seq;             /* case number: year, then sequence */
	char first_applicant[TEXT_BYTES(TEXT_MAX_ORG)]; /* the first applicant's name alone */
	int64_t paid;            /* fen: every payment recorded (cases.paid) */
	char cause[32];          /* 案由 */
	char clerk[TEXT_BYTES(TEXT_MAX_PERSON)]; /* 承办人: the user's name, "" when none */
	bool employer_side;      /* an organisation applied (applicant_side employer) */
};

/* The whole case for `case show` and the case file screen.  The caller
 * frees it with case_detail_free. */
struct case_agent {
	char name[TEXT_BYTES(TEXT_MAX_PERSON)];
	char kind[16];           /* 律师 法律援助 近亲属 工会 其他 */
	char phone[32];
	char lawyer[64];         /* the lawyer's login, "" when none */
};
struct case_party {
	char side[12];           /* applicant / respondent / third */
	char ref[8];             /* a1, r2, t1: its number in the case */
	int pos;
	char name[TEXT_BYTES(TEXT_MAX_ORG)];
	char id_no[20];          /* masked for read-only users */
	char uscc[20];
	char uscc_unverified[TEXT_BYTES(TEXT_MAX_NOTE)];
	char phone[32];
	char sex[8];
	char birth[11];
	char chain_role[16];
	char address[TEXT_BYTES(TEXT_MAX_NOTE)], service_address[TEXT_BYTES(TEXT_MAX_NOTE)];
	char legal_rep[TEXT_BYTES(TEXT_MAX_PERSON)], legal_rep_title[TEXT_BYTES(TEXT_MAX_WORD)];
	bool representative;
	struct case_agent *agents;
	size_t nagents;
};
struct case_claim {
	int pos;
	char party[8];           /* the applicant it belongs to (a3), "" for the case */
	char kind[16];
	int64_t amount, resolved, paid; /* fen; resolved -1 when unknown, paid 0 when none */
	char from[11], to[11];
	int final;               /* 1, 0, -1 */
};
struct case_payment {
	int item;                /* the claim item, 0 for the case */
	int64_t amount;          /* fen */
	char on[11];
	char by[TEXT_BYTES(TEXT_MAX_ORG)], note[TEXT_BYTES(TEXT_MAX_NOTE)];
};
struct case_detail {
	struct case_row row;
	int64_t version;
	bool fast, simple, collective, legal_aid, major;
	char missing_docs[TEXT_BYTES(TEXT_MAX_NOTE)], project[TEXT_BYTES(TEXT_MAX_PROJECT)];
	char docs_due[11], docs_received_on[11];
	char cause[32];
	char applicant_side[12]; /* worker / employer */
	char clerk[64], clerk_name[TEXT_BYTES(TEXT_MAX_PERSON)]; /* 承办人: login and name, "" */
	char prev_stage[16];
	char hearing_at[17], hearing_room[TEXT_BYTES(TEXT_MAX_ROOM)];
	char lawyer[64];
	int suspended_days;
	bool extended;
	int64_t paid;            /* fen, all payments */
	struct case_party *parties;
	size_t nparties;
	struct case_claim *claims;
	size_t nclaims;
	struct case_payment *payments;
	size_t npayments;
	struct tribunal tribunal;          /* hearing.h; formed false when none */
	struct hearing *hearings;          /* every hearing, in time order */
	size_t nhearings;
	struct case_clock clocks[DEADLINE_MAX_CLOCKS]; /* deadline.h */
	size_t nclocks;
	int unloaded_year;       /* a running clock reached a provisional year (no notice loaded), or 0 */
};
enum tc_status case_detail_get(struct db *db, const struct actor *a, int64_t id, int today,
			       struct case_detail **out, struct tc_err *e);
void case_detail_free(struct case_detail *d);

#endif
