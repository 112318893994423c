/*
 * workflow.h - the stage machine: every change to a case after it is
 * registered is an event, checked against one table of transitions
 * (stage, event -> next stage, roles allowed, clock effects), applied in
 * one transaction together with the recomputed clocks and a journal row.
 */
#ifndef TIAOCAI_WORKFLOW_H
#define TIAOCAI_WORKFLOW_H

#include <stdbool.h>
#include <stdint.h>
#include "tiaocai/stage.h"
#include "tiaocai/user.h"
#include "tiaocai/util.h"

struct db;

/* What an event needs besides the case and the date. */
enum wf_need {
	WF_NEED_REASON = 1 << 0,     /* --reason */
	WF_NEED_MEDIATOR = 1 << 1,   /* --mediator */
	WF_NEED_AT = 1 << 2,         /* --at 'DATE HH:MM' */
	WF_NEED_AMOUNT = 1 << 3,     /* --amount */
	WF_NEED_TO = 1 << 4,         /* --to */
	WF_NEED_ARBITRATOR = 1 << 5, /* --arbitrator */
	WF_NEED_ROOM = 1 << 6,       /* --room */
	WF_NEED_TRIBUNAL = 1 << 7,   /* --sole | --chief --member --member, [--clerk] */
	WF_NEED_MINUTES = 1 << 8,    /* --minutes */
	WF_NEED_SHORT = 1 << 9,      /* --short-notice: a notice shorter than the rule's */
	WF_NEED_HEARING = 1 << 10,   /* HEARING: which hearing (default the next scheduled) */
	WF_NEED_REQUEST = 1 << 11,   /* --requested-by, --requested-on: a party's request */
	WF_NEED_ABSENT = 1 << 12,    /* --absent applicant|respondent|both */
	WF_NEED_WRITTEN = 1 << 13,   /* --written: 书面审理, the reason */
	WF_NEED_CONFLICT = 1 << 14,  /* --conflict-reason: a person marked 回避 assigned anyway */
};

struct wf_event_def {
	const char *name;     /* accept */
	const char *zh;       /* 受理 */
	unsigned needs;       /* enum wf_need bits that are required */
	unsigned accepts;     /* every enum wf_need bit it takes, needs included */
};

/* The events in the order the command line and the UI list them. */
size_t wf_events(const struct wf_event_def **out);
const struct wf_event_def *wf_event_find(const char *name);

/* The stage a case in stage `from` moves to on `event` (an event name as
 * the journal records it: "accept", "resume" ...), read from the same
 * table wf_apply uses; prev is the stage a suspension left (where "resume"
 * goes back to), extended whether the close clock was extended already
 * (the extension is allowed once).  False when the table has no such
 * transition; roles and inputs are not considered.  For replaying a
 * journal. */
bool wf_next(enum stage from, const char *event, enum stage prev, bool extended,
	     enum stage *to);

/* A request for one event on one case. */
struct wf_request {
	const char *event;        /* accept, refuse, ... */
	int on;                   /* effective date (day number) */
	const char *reason;       /* refuse, suspend, extend, withdraw; free text */
	const char *mediator;     /* premediate, mediate: a roster name */
	const char *arbitrator;   /* hearing: a roster name */
	const char *at;           /* hearing: "YYYY-MM-DD HH:MM" */
	const char *room;         /* hearing (a room's name, room.h) */
	int minutes;              /* hearing: its length; 0 = the office's hearing_minutes */
	const char *short_notice; /* hearing: why a notice shorter than the rule is accepted */
	int hearing;              /* hearing-*: its number in the case; 0 = the next scheduled */
	const char *sole;         /* tribunal: the sole arbitrator, or ... */
	const char *chief;        /* ... the chief arbitrator and */
	const char *members[2];   /* the two members (roster names) */
	const char *clerk;        /* tribunal: the 书记员's login, may be NULL */
	const char *requested_by; /* hearing-postpone: applicant | respondent (NULL: the office) */
	int requested_on;         /* hearing-postpone: day of the party's request */
	const char *absent;       /* hearing-held: applicant | respondent | both (NULL: none) */
	const char *written;      /* award: why it is decided without a hearing (书面审理) */
	const char *conflict_reason; /* why a person marked 回避 is assigned anyway */
	bool from_ledger;         /* a past event recorded from a ledger (import): the tribunal
				   * is taken as the ledger names it, the collective rule on a
				   * sole arbitrator (a rule for forming one now) not applied */
	const char *to;           /* transfer: where to */
	const char *const *amounts; /* settle, award: "N" (total) or "K:N" per claim */
	size_t namounts;
	int64_t expect_version;   /* 0: don't check; else refuse if the case moved on */
};

/* The outcome of wf_apply, for the front end to show. */
struct wf_result {
	enum stage from, to;
	char outcome[32];     /* for a closing event: 调解, 终局裁决, ... */
	int64_t version;      /* the case's new version */
	char warning[256];    /* something to tell the clerk, or "" */
};

/* Apply req to case_id as actor a: check the transition and the role, the
 * inputs, and the date (not before the case's last event, not after
 * today), then change the case, its clocks and the journal in one
 * transaction.  A refused event names the events allowed now. */
enum tc_status wf_apply(struct db *db, const struct actor *a, int64_t case_id,
			const struct wf_request *req, int today, struct wf_result *res,
			struct tc_err *e);

/* wf_apply without keeping anything: every check and the warning it would
 * give, then rolled back.  For a screen that must refuse or warn before it
 * asks for confirmation. */
enum tc_status wf_try(struct db *db, const struct actor *a, int64_t case_id,
		      const struct wf_request *req, int today, struct wf_result *res,
		      struct tc_err *e);

/* Whether actor a may apply event to the case as it stands (its stage,
 * the actor's role, the assignment), changing nothing: TC_REFUSED says
 * why not, in the words wf_apply would use. */
enum tc_status wf_check(struct db *db, const struct actor *a, int64_t case_id, const char *event,
			struct tc_err *e);

/* The events actor a may apply in stage s (names, in table order), joined
 * with " " into sb (may be NULL); returns how many.  Conditions of a given
 * case (an extension is allowed once) are not applied: see
 * wf_allowed_case. */
size_t wf_allowed(enum stage s, const struct actor *a, struct strbuf *sb);
/* The same for one case as it stands now. */
enum tc_status wf_allowed_case(struct db *db, const struct actor *a, int64_t case_id,
			       struct strbuf *sb, size_t *n, struct tc_err *e);

/* The value parsers of wf_apply, on their own (for tests and fuzzing).
 * wf_parse_at: a hearing's "YYYY-MM-DD HH:MM" (any date form date_parse
 * takes, then a space and HH:MM) into its day and the stored
 * "YYYY-MM-DD HH:MM" in out.  wf_parse_amounts: the --amount values of
 * req for a case whose ncl claim items (at most 64) are of kinds[]:
 * one total, or per item "N:AMOUNT" / "KIND:AMOUNT"; *total gets the sum,
 * resolved[i] each item's amount (-1 when not given per item), *per_item
 * whether they were given per item; per_item_needed (an award with
 * several items) refuses a bare total. */
enum tc_status wf_parse_at(const char *at, int *day, char out[17], struct tc_err *e);
enum tc_status wf_parse_amounts(const struct wf_request *req, const char *const *kinds,
			       size_t ncl, bool per_item_needed, int64_t *total,
			       int64_t *resolved, bool *per_item, struct tc_err *e);

#endif
