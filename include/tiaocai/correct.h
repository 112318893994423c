/*
 * correct.h - corrections to a case after registration, and undoing them.
 *
 * A correction is an event like the stage events of workflow.h: one table
 * (correct.c) says for each kind who may make it, whether it needs a
 * reason, whether a closed case takes it and whether its date orders it
 * among the stage events; corr_apply checks a request against that row,
 * the case's version and the inputs, then changes the case, its clocks and
 * the journal in one transaction, keeping an image of the case as it was
 * (undo.h).  `revert` puts the case back as it stood before its latest
 * change not undone yet, stage events included, and journals what it
 * undid; repeated, it walks further back.
 *
 * PARTY is a party's number as `case show` prints it: a1, a2 ... for
 * applicants, r1 ... for respondents, t1 ... for third parties (numbers
 * stay with a party for good; a removed party's number is not reused).
 * ITEM is a claim item's number.
 */
#ifndef TIAOCAI_CORRECT_H
#define TIAOCAI_CORRECT_H

#include <stdbool.h>
#include <stdint.h>
#include "tiaocai/case.h"
#include "tiaocai/user.h"
#include "tiaocai/util.h"

struct db;

/* What a correction needs besides the case. */
enum corr_need {
	CORR_NEED_REASON = 1 << 0,   /* --reason */
	CORR_NEED_PARTY = 1 << 1,    /* a PARTY */
	CORR_NEED_ITEM = 1 << 2,     /* an ITEM */
};

struct corr_def {
	const char *name;     /* party-add ... as the journal records it */
	const char *zh;       /* 追加当事人 ... */
	unsigned needs;       /* enum corr_need */
	unsigned roles;       /* ROLE_BIT()s that may make it */
	bool closed_ok;       /* a closed case takes it */
};

/* The corrections in the order the command line and the screens list
 * them; corr_find by name or Chinese name. */
size_t corr_defs(const struct corr_def **out);
const struct corr_def *corr_find(const char *name);

/* One correction.  Texts are as typed; NULL (or "") means not given: for
 * an edit, unchanged.  An edit clears a value given as "-". */
struct corr_request {
	const char *what;          /* party-add party-edit party-remove agent-add agent-remove
				    * claim-add claim-edit claim-remove docs-received link assign
				    * note edit pay revert */
	int on;                    /* effective date (day number); DATE_NONE: today */
	const char *reason;
	int64_t expect_version;    /* 0: don't check; else refuse if the case moved on */

	const char *party;         /* PARTY: party-edit/-remove, agent-*, claim-add --party */
	const char *side;          /* party-add: applicant respondent third */
	struct case_party_in p;    /* party-add, party-edit (representative: see rep) */
	const char *rep;           /* party-edit: 是/否 (yes/no) elected representative */
	const char *uscc_unverified;

	const char *agent_name, *agent_kind, *agent_phone, *lawyer; /* agent-*, link */

	const char *claim;         /* claim-add: KIND:AMOUNT[:FROM:TO] */
	int item;                  /* claim-edit/-remove: ITEM */
	const char *amount, *kind, *from, *to; /* claim-edit */

	const char *items;         /* docs-received: what came in (NULL: all) */
	const char *clerk;         /* assign: login */
	const char *text;          /* note */
	const char *cause, *industry, *project, *source; /* edit */

	const char *pay;           /* pay: [ITEM:]AMOUNT */
	const char *by, *pay_note; /* pay: who paid, a note */
};

struct corr_result {
	int64_t version;           /* the case's new version */
	char detail[512];          /* what the journal says (the timeline's line) */
	char warning[256];         /* something to tell the clerk, or "" */
};

/* Apply req to case_id as actor a.  Refusals name the field and what
 * would be right; nothing is changed then. */
enum tc_status corr_apply(struct db *db, const struct actor *a, int64_t case_id,
			  const struct corr_request *req, int today, struct corr_result *res,
			  struct tc_err *e);

/* Whether a may make correction `what` on the case as it stands (role,
 * assignment, a closed case), changing nothing. */
enum tc_status corr_check(struct db *db, const struct actor *a, int64_t case_id, const char *what,
			  struct tc_err *e);

/* "a1" -> SIDE_APPLICANT, 1; false for anything else. */
bool corr_party_parse(const char *ref, enum party_side *side, int *pos);

#endif
