/*
 * dash.h - the figures of the 首页 dashboard: today's work for a clerk.
 *
 * Each open case is listed once, by its earliest running statutory clock
 * (deadline.h): in 超期 when that clock is past due, else in 今日到期 or
 * 3个工作日内到期, naming the clock.  Service (serve.h) adds two lists:
 * the documents made and not yet served (待送达), and the hearings of the
 * next two weeks that a party has not been properly notified of
 * (未依法通知).  Working days come from the holiday
 * calendar.  The figures are the whole office's or one person's own: a
 * clerk's (the cases they are 承办人 of, cases.clerk_id), a mediator's or an
 * arbitrator's (the cases naming their roster entry); a lawyer's are always
 * the cases linked to them.  Nothing here changes the database; every
 * query walks an index, so the dashboard of a million cases opens as fast
 * as that of ten.
 */
#ifndef TIAOCAI_DASH_H
#define TIAOCAI_DASH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "tiaocai/user.h"
#include "tiaocai/text.h"
#include "tiaocai/util.h"
#include "tiaocai/stage.h"

struct db;

/* One case, by its earliest running statutory clock. */
struct dash_due {
	int64_t case_id;
	char case_no[96];
	char applicant[TEXT_BYTES(TEXT_MAX_PERSON) + 24]; /* first applicant, "等N人" appended for more */
	char respondent[TEXT_BYTES(TEXT_MAX_ORG)];
	enum stage stage;
	char clock[32];           /* the clock (deadline.h): accept, tribunal, mediation, close */
	char clock_zh[64];        /* the rule's label (clock_rule.label): 受理审查, 仲裁审限 ... */
	char due[11];             /* YYYY-MM-DD */
	int days_left;            /* due - today, calendar days; negative when overdue */
	char holder[TEXT_BYTES(TEXT_MAX_PERSON)];          /* mediator or arbitrator now holding it, "" when none */
};

/* One hearing. */
struct dash_hearing {
	int64_t case_id;
	char case_no[96];
	char applicant[TEXT_BYTES(TEXT_MAX_PERSON) + 24];
	char respondent[TEXT_BYTES(TEXT_MAX_ORG)];
	char at[17];              /* YYYY-MM-DD HH:MM */
	char room[TEXT_BYTES(TEXT_MAX_ROOM)];
	char arbitrator[TEXT_BYTES(TEXT_MAX_PERSON)];
};

/* A document made and not yet served to its addressee (待送达): the
 * latest of its kind, part, addressee and hearing (serve.h). */
struct dash_unserved {
	int64_t case_id;
	char case_no[96];
	char applicant[TEXT_BYTES(TEXT_MAX_PERSON) + 24];
	char respondent[TEXT_BYTES(TEXT_MAX_ORG)];
	int doc_no;               /* its number in the case */
	char kind[24];            /* hearing-notice ... (doc.h) */
	char doc_zh[48];          /* 开庭通知书, 裁决书 (终局) */
	char to[TEXT_BYTES(TEXT_MAX_ORG)];  /* the addressee */
	char made_on[11];
	int waiting;              /* days since it was made */
};

/* A hearing of the next DASH_NOTICE_DAYS days with a party not properly
 * notified (未依法通知, serve_unnotified). */
struct dash_unnotified {
	int64_t case_id;
	char case_no[96];
	char applicant[TEXT_BYTES(TEXT_MAX_PERSON) + 24];
	char respondent[TEXT_BYTES(TEXT_MAX_ORG)];
	int hearing_no;
	char at[17];              /* YYYY-MM-DD HH:MM */
	char room[TEXT_BYTES(TEXT_MAX_ROOM)];
	size_t nnames;
	char names[640];          /* those not notified, joined by 、 (cut when very many) */
};
#define DASH_NOTICE_DAYS 14

/* A document a case needs and lacks (待制作, doc_needed): for events of the
 * last DASH_TOMAKE_DAYS days since the records began. */
struct dash_tomake {
	int64_t case_id;
	char case_no[96];
	char applicant[TEXT_BYTES(TEXT_MAX_PERSON) + 24];
	char respondent[TEXT_BYTES(TEXT_MAX_ORG)];
	char kind[24];            /* accept-notice ... (doc.h) */
	char doc_zh[48];          /* 受理通知书, 裁决书 (终局), 开庭通知书 (第 2 次开庭) */
	char to[TEXT_BYTES(TEXT_MAX_ORG)];
	char since[11];           /* the day of the event that calls for it */
	int waiting;              /* days since then */
};
#define DASH_TOMAKE_DAYS 30

struct dash_list {
	void *v;                  /* struct dash_due[], dash_hearing[], dash_unserved[] or
				   * dash_unnotified[] */
	size_t n;                 /* rows returned (at most the limit asked for) */
	size_t total;             /* rows that match, counted up to struct dash.count_cap */
};

/* Whose cases the figures are. */
enum dash_scope {
	DASH_OFFICE,  /* the whole office (a lawyer's are still their own) */
	DASH_OWN,     /* the actor's own cases (dash_own) */
	DASH_DEFAULT, /* asked only: their own when they have any open, else the office's */
};

/* What the actor's own cases are: the column of cases that names them. */
enum dash_own {
	DASH_OWN_NONE,        /* supervisors, admins, a mediator or arbitrator not on the roster */
	DASH_OWN_CLERK,       /* clerk_id = the user */
	DASH_OWN_MEDIATOR,    /* mediator_id = their roster entry */
	DASH_OWN_ARBITRATOR,  /* arbitrator_id = their roster entry */
	DASH_OWN_LAWYER,      /* lawyer_id = the user, and nothing else is theirs to see */
};
enum dash_own dash_own(const struct actor *a);
/* Whether the actor can switch between the two: a clerk, a mediator or
 * an arbitrator on the roster.  The first screen opens on DASH_DEFAULT:
 * their own cases when they have any open (an office that names no 承办人
 * keeps the office's first screen), the office's for everyone else. */
bool dash_can_switch(const struct actor *a);

/* Totals are counted this far (or as far as the rows asked for, when
 * more): at a million cases a list of 100,000 would cost the first screen
 * its speed (each thousand counted is some seven index pages read from
 * the disk when the office's server has just started), and "1000+" says
 * all a clerk needs of a list to work through. */
#define DASH_COUNT_CAP 1000

struct dash {
	int today;
	enum dash_scope scope;    /* what the figures are: DASH_OWN only for an actor with own cases */
	enum dash_own own;        /* whose, when DASH_OWN */
	size_t count_cap;         /* the lists' totals and closed_week stop here */
	int soon_until;           /* the day 3 working days after today */
	struct dash_list overdue;     /* due < today, most overdue first */
	struct dash_list due_today;   /* due == today */
	struct dash_list due_soon;    /* today < due <= soon_until, soonest first */
	struct dash_list hearings;    /* today and tomorrow, by time */
	struct dash_list unserved;    /* 待送达: documents made, not served, oldest first */
	struct dash_list unnotified;  /* 未依法通知: hearings from today to DASH_NOTICE_DAYS
				       * days on, by time */
	size_t by_stage[STAGE_COUNT]; /* open cases by stage; [STAGE_CLOSED] = all closed
				       * (not counted in a clerk's, mediator's or arbitrator's
				       * own: 0, the screens leave it out) */
	/* The four 快: */
	size_t waiting_accept;    /* 快立: cases in 收案 */
	size_t mediating;         /* 快调: in 案前调解 or 调解中 */
	size_t hearing;           /* 快审: in 审理中 */
	size_t closed_week;       /* 快结: closed this ISO week (Monday to today), up to count_cap */
	int provisional_year;     /* a running clock is counted into this year, whose
				   * notice is not loaded (calendar.h), or 0 */
};

/* Fill *d for today with the figures of scope (DASH_OWN for an actor who
 * cannot have own cases gives the office's; d->scope says which it was);
 * each list holds at most `limit` rows.  A lawyer sees only their own
 * cases.  The caller frees with dash_free. */
enum tc_status dash_get_scope(struct db *db, const struct actor *a, enum dash_scope scope,
			      int today, size_t limit, struct dash *d, struct tc_err *e);
/* The same with the lists' totals (and closed_week) counted up to
 * count_cap (at least limit) instead of DASH_COUNT_CAP or limit: a few
 * rows of each list and how many there are (the agenda's table). */
enum tc_status dash_get_counted(struct db *db, const struct actor *a, enum dash_scope scope,
				int today, size_t limit, size_t count_cap, struct dash *d,
				struct tc_err *e);
/* The same for DASH_DEFAULT. */
enum tc_status dash_get(struct db *db, const struct actor *a, int today, size_t limit,
			struct dash *d, struct tc_err *e);
void dash_free(struct dash *d);

/* 待制作 for the cases d (filled by dash_get*) is about: the documents
 * their events of the last DASH_TOMAKE_DAYS days call for and they lack,
 * oldest first, at most limit (out->total counts them all).  Each case
 * with such an event is asked (doc_needed): for the agenda, not the first
 * screen.  Free out->v. */
enum tc_status dash_tomake(struct db *db, const struct actor *a, const struct dash *d,
			   size_t limit, struct dash_list *out, struct tc_err *e);

#endif
