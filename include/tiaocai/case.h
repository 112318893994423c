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
#include "tiaocai/stage.h"

struct db;

/* Raw values as typed; case_add validates and normalises them. */
struct case_party_in {
	const char *name;
	const char *id_no;       /* applicants: required; respondents: a 包工头's ID */
	const char *phone;
	const char *uscc;        /* respondents */
	const char *chain_role;  /* respondents: 用人单位 总承包 分包 劳务分包 建设单位 包工头 */
};

struct case_claim_in {
	const char *kind;        /* 工资 加班费 经济补偿 赔偿金 工伤医疗费 工作时间 休息休假 社会保险 其他 */
	const char *amount;
	const char *from, *to;   /* wage period, may be NULL */
	int applicant; /* 1-based, 0 = the case */
};

struct case_new {
	struct case_party_in *applicants;
	size_t napplicants;
	struct case_party_in *respondents;
	size_t nrespondents;
	struct case_claim_in *claims;
	size_t nclaims;
	const char *received;    /* date as typed; NULL = today */
	const char *source;      /* NULL = 窗口 */
	const char *industry, *project, *missing_docs;
	const char *uscc_unverified; /* reason to keep a USCC that fails its check */
	const char *lawyer;      /* login of the legal-aid lawyer, may be NULL */
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
	char applicant[TEXT_BYTES(TEXT_MAX_PERSON) + 24]; /* first applicant, "等N人" appended for more */
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
	char first_applicant[TEXT_BYTES(TEXT_MAX_PERSON)]; /* the first applicant's name alone */
};

/* The whole case for `case show` and the case file screen.  The caller
 * frees it with case_detail_free. */
struct case_party {
	char side[12];           /* applicant / respondent */
	char name[TEXT_BYTES(TEXT_MAX_ORG)];
	char id_no[20];          /* masked for read-only users */
	char uscc[20];
	char uscc_unverified[TEXT_BYTES(TEXT_MAX_NOTE)];
	char phone[32];
	char sex[8];
	char birth[11];
	char chain_role[16];
};
struct case_claim {
	int pos;
	char kind[16];
	int64_t amount, resolved, paid; /* fen; -1 when unknown */
	char from[11], to[11];
	int final;               /* 1, 0, -1 */
};
struct case_detail {
	struct case_row row;
	int64_t version;
	bool fast, simple, collective, legal_aid, major;
	char missing_docs[TEXT_BYTES(TEXT_MAX_NOTE)], project[TEXT_BYTES(TEXT_MAX_PROJECT)];
	char prev_stage[16];
	char hearing_at[17], hearing_room[TEXT_BYTES(TEXT_MAX_ROOM)];
	char lawyer[64];
	int suspended_days;
	bool extended;
	struct case_party *parties;
	size_t nparties;
	struct case_claim *claims;
	size_t nclaims;
	struct case_clock clocks[DEADLINE_MAX_CLOCKS]; /* deadline.h */
	size_t nclocks;
	int unloaded_year;       /* a running clock reached a provisional year (no notice loaded), or 0 */
};
enum tc_status case_detail_get(struct db *db, const struct actor *a, int64_t id, int today,
			       struct case_detail **out, struct tc_err *e);
void case_detail_free(struct case_detail *d);

#endif
