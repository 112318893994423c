/*
 * hearing.h - a case's tribunal (仲裁庭) and its hearings as records.
 *
 * The tribunal is a sole arbitrator, or a chief arbitrator and two members
 * (调解仲裁法 Art 31), with a 书记员 (a user); one row per case, replaced
 * when it changes (回避 granted).  A hearing has a number within its case,
 * a start, a length, a room (room.h) and the tribunal's people as they were
 * when it was set; it is scheduled, then postponed, cancelled or held.  No
 * two scheduled hearings overlap in a room or share a person.
 *
 * Everything here writes inside the caller's transaction: workflow.c
 * applies these as parts of its events, with the journal and the undo
 * image.  The listing (hearing_each) is for the calendar, the case file and
 * the 开庭排期表.
 */
#ifndef TIAOCAI_HEARING_H
#define TIAOCAI_HEARING_H

#include <stdbool.h>
#include <stdint.h>
#include "tiaocai/text.h"
#include "tiaocai/user.h"
#include "tiaocai/util.h"

struct db;

struct tribunal {
	bool formed;
	bool sole;                           /* 独任仲裁员: chief_id alone */
	int64_t chief_id, member_id[2];      /* roster people (0: none) */
	int64_t clerk_id;                    /* users.id of the 书记员, 0: none */
	char chief[TEXT_BYTES(TEXT_MAX_PERSON)], member[2][TEXT_BYTES(TEXT_MAX_PERSON)];
	char clerk[TEXT_BYTES(TEXT_MAX_PERSON)];  /* the 书记员's name */
	char formed_on[11];                  /* "" when not known */
};

/* The tribunal of case_id (formed false when there is none). */
enum tc_status tribunal_get(struct db *db, int64_t case_id, struct tribunal *t,
			    struct tc_err *e);
/* Store t (ids only) as case_id's tribunal, formed on day `on`. */
enum tc_status tribunal_put(struct db *db, int64_t case_id, const struct tribunal *t, int on,
			    struct tc_err *e);
/* The 书记员 by login: a user of the desk (a clerk, a supervisor or an
 * administrator), not a lawyer, mediator or arbitrator; *person gets the
 * roster person the user is (0: none), name the user's name. */
enum tc_status tribunal_clerk_find(struct db *db, const char *login, int64_t *id,
				   int64_t *person, char *name, size_t size, struct tc_err *e);
/* Every scheduled hearing of case_id checked against the others, as a
 * booking would be (after a revert put hearings back). */
enum tc_status hearing_check_case(struct db *db, int64_t case_id, struct tc_err *e);
/* The scheduled hearings of case_id take t's people, each checked again
 * for double booking. */
enum tc_status hearing_restaff(struct db *db, int64_t case_id, const struct tribunal *t,
			       struct tc_err *e);
/* "独任仲裁员 岑光明, 书记员 王敏" / "首席仲裁员 甲, 仲裁员 乙、丙". */
void tribunal_describe(const struct tribunal *t, struct strbuf *sb);
/* Whether roster person id sits on t. */
bool tribunal_has(const struct tribunal *t, int64_t person_id);

enum hearing_status { HEARING_SCHEDULED, HEARING_POSTPONED, HEARING_CANCELLED, HEARING_HELD };
/* "scheduled" ... and 已排期 已延期 已取消 已开庭. */
const char *hearing_status_name(enum hearing_status s);
const char *hearing_status_zh(enum hearing_status s);

struct hearing {
	int64_t id, case_id;
	int no;                              /* 1, 2 ... within the case */
	char case_no[96];
	char at[17], end_at[17];             /* YYYY-MM-DD HH:MM */
	int minutes;
	char room[TEXT_BYTES(TEXT_MAX_ROOM)];
	int64_t room_id, chief_id, member_id[2], clerk_id;
	char chief[TEXT_BYTES(TEXT_MAX_PERSON)];
	char member[2][TEXT_BYTES(TEXT_MAX_PERSON)];  /* "" for a sole arbitrator */
	char members[2 * TEXT_BYTES(TEXT_MAX_PERSON) + 4]; /* "乙、丙" */
	char clerk[TEXT_BYTES(TEXT_MAX_PERSON)];
	bool sole;
	enum hearing_status status;
	char set_on[11], status_on[11], requested_on[11];
	char requested_by[12];               /* applicant / respondent / "" */
	char absent[12];                     /* applicant / respondent / both / "" */
	char short_notice[TEXT_BYTES(TEXT_MAX_NOTE)], status_reason[TEXT_BYTES(TEXT_MAX_NOTE)];
	char applicant[TEXT_BYTES(TEXT_MAX_PERSON) + 24]; /* the case's first applicant (等N人) */
	char respondent[TEXT_BYTES(TEXT_MAX_ORG)];
};

/* The day (day number) of a "YYYY-MM-DD HH:MM", DATE_NONE when it is
 * not one. */
int hearing_day(const char *at);
/* A hearing still scheduled after its day, on day today: held, postponed
 * or cancelled, but not recorded yet. */
bool hearing_unrecorded(const struct hearing *h, int today);
/* The status as a clerk reads it on day today: 待记录 for a hearing
 * hearing_unrecorded; otherwise as hearing_status_zh. */
const char *hearing_status_on(const struct hearing *h, int today);
/* "YYYY-MM-DD HH:MM" plus minutes, in out (17 bytes). */
void hearing_end(const char *at, int minutes, char out[17]);

/* Book a hearing of case_id at `at` for `minutes` in room_id with t's
 * people, set on day set_on: refused (TC_REFUSED, field "at") when a
 * hearing scheduled or held overlaps it in the same room or with any of
 * the same arbitrators or 书记员, naming the other case, room and time
 * (unless check is false: a past hearing recorded from a ledger, whose
 * length is not known).  *no gets the hearing's number. */
enum tc_status hearing_book(struct db *db, int64_t case_id, const char *at, int minutes,
			    int64_t room_id, const struct tribunal *t, int set_on,
			    const char *short_notice, bool check, int *no, struct tc_err *e);

/* The hearing numbered no of case_id (no 0: the earliest scheduled one). */
enum tc_status hearing_get(struct db *db, int64_t case_id, int no, struct hearing *h,
			   struct tc_err *e);

/* A change of status of hearing h->id: postponed, cancelled or held, on
 * day on, with why; for a postponement the party that asked and when; for
 * a hearing held who did not appear (NULL: everyone did). */
enum tc_status hearing_set_status(struct db *db, const struct hearing *h, enum hearing_status s,
				  int on, const char *why, const char *requested_by,
				  int requested_on, const char *absent, struct tc_err *e);

/* Cancel every scheduled hearing of case_id starting on day `from` or
 * later (DATE_NONE: all), on day on, for why; *n gets how many. */
enum tc_status hearing_cancel_from(struct db *db, int64_t case_id, int from, int on,
				   const char *why, size_t *n, struct tc_err *e);

/* What the case row keeps of its hearings: the next scheduled one, else
 * the latest held, else none (at and room ""). */
enum tc_status hearing_current(struct db *db, int64_t case_id, char at[17],
			       char room[TEXT_BYTES(TEXT_MAX_ROOM)], struct tc_err *e);

/* Whether a hearing of case_id was held, and who was absent at the latest
 * one held ("" when all appeared). */
enum tc_status hearing_held(struct db *db, int64_t case_id, bool *held,
			    char absent[12], struct tc_err *e);

/* The hearings listing: between day from and day to (inclusive; either
 * DATE_NONE for open), in one room or with one person (an arbitrator's or
 * 书记员's name) when given, of one case when case_id is not 0; every
 * status unless only_scheduled.  A lawyer sees only their cases.  In time
 * order, then room; f returns non-zero to stop. */
struct hearing_query {
	int from, to;
	const char *room, *person;
	int64_t case_id;
	bool only_scheduled;
};
enum tc_status hearing_each(struct db *db, const struct actor *a, const struct hearing_query *q,
			    int (*f)(const struct hearing *, void *), void *ctx, struct tc_err *e);

#endif
