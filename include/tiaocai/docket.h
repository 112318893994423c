/*
 * docket.h - the one case-query engine: the docket of the terminal UI, read
 * a page at a time, and `case list`, which streams the same cases.
 *
 * The docket never loads every row: it asks for the page after (or
 * before) the row at the edge of the screen, walking an index in the
 * chosen order, so a step costs the same on ten cases as on a million.
 * Search narrows by name (any two characters of a party's name, through
 * the name_grams index), by case number, by ID number and by credit code.
 * A name whose every piece is common (thousands of cases) is walked in
 * the order's index too, each case asked of a bitmap of the pieces' cases
 * that the connection keeps until the data changes, so its pages cost
 * what the whole docket's do.
 * docket_each reads every matching case by the same pages, so `case list
 * --query` and the docket's search find the same cases.  The same filter
 * picks one employer's cases (a respondent's credit code or name), and
 * docket_sum adds up what the cases it picks claim, were given and were
 * paid: the 被申请人 view and `case list --respondent`.  Rows are the
 * case_row of case.h; nothing here changes the database.
 */
#ifndef TIAOCAI_DOCKET_H
#define TIAOCAI_DOCKET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "tiaocai/case.h"
#include "tiaocai/text.h"
#include "tiaocai/user.h"
#include "tiaocai/util.h"

struct db;

/* The columns a docket can be sorted by. */
enum docket_sort {
	DOCKET_SORT_DUE,        /* 届满日 and 剩余: next_due, cases without a running clock last */
	DOCKET_SORT_NO,         /* 案号: year, then sequence */
	DOCKET_SORT_APPLICANT,  /* 申请人: first applicant's name */
	DOCKET_SORT_RESPONDENT, /* 被申请人: by the first 60 characters of their names */
	DOCKET_SORT_CLAIMED,    /* 请求金额 */
	DOCKET_SORT_STAGE,      /* 阶段: in the order of enum stage, then by due date */
	DOCKET_SORT_COUNT
};

/* Tracks for the filter. */
enum docket_track { DOCKET_TRACK_ANY = -1, DOCKET_TRACK_FAST, DOCKET_TRACK_SIMPLE, DOCKET_TRACK_ORDINARY };

struct docket_filter {
	int stage;              /* enum stage, or -1 for any */
	int track;              /* enum docket_track */
	int64_t person_id;      /* people.id: cases where this person is mediator or arbitrator; 0 any */
	bool overdue;           /* a running clock is past due (stage not closed, next_due < today) */
	bool open_only;         /* stage not closed */
	bool due_within;        /* open, a running clock due from today to due_until */
	int due_until;          /* with due_within: the last day (a day number, date.h) */
	const char *text;       /* search text as typed, or NULL; see docket_text_kind */
	const char *respondent; /* one employer, or NULL: see docket_respondent_kind */
	bool supervised;        /* 挂牌督办 only (cases.major) */
	bool collective;        /* 集体争议 only (cases.collective) */
	bool brief;             /* not a filter: rows without mediator, arbitrator, clerk
				 * and the accept and close due days (empty), read from
				 * the case row alone (case list's table shows none) */
};

/* What search text means (after trimming spaces):
 *  - fewer than 2 characters: DOCKET_TEXT_SHORT, no text filter is applied;
 *  - "YYYY-N" (2026-123): DOCKET_TEXT_CASE, that case;
 *  - a case's whole number as printed (贵劳人仲案字〔2026〕第3号): that case (the
 *    kind says DOCKET_TEXT_NAME, since telling needs the database);
 *  - only digits, with an X allowed at the end: DOCKET_TEXT_NUMBER, cases whose sequence
 *    number equals it, or one of whose parties' ID numbers begins with it (never for a
 *    lawyer, who sees no ID numbers), or, 18 digits long, one of whose parties has it as
 *    credit code;
 *  - a credit code (统一社会信用代码: 18 characters of its set, a known first character
 *    and digits in positions 3-8, as ident_uscc_check reads it: spaces and hyphens
 *    dropped, letters of any case and width; a wrong check character still counts, as
 *    some early codes have one): DOCKET_TEXT_USCC, cases one of whose parties has it;
 *  - anything else: DOCKET_TEXT_NAME, cases with a party whose name contains it (case
 *    insensitive for ASCII letters), found through name_grams. */
enum docket_text { DOCKET_TEXT_NONE, DOCKET_TEXT_SHORT, DOCKET_TEXT_CASE, DOCKET_TEXT_NUMBER,
		   DOCKET_TEXT_NAME, DOCKET_TEXT_USCC };
enum docket_text docket_text_kind(const char *text);

/* What a respondent filter means (after trimming spaces):
 *  - empty: DOCKET_RESP_NONE, no filter;
 *  - a credit code as above, or an ID number's shape (17 digits and a digit or X: a
 *    包工头 has no credit code): DOCKET_RESP_CODE, cases one of whose respondents has it
 *    as credit code or (not for a lawyer) as ID number, through their indexes;
 *  - anything else: DOCKET_RESP_NAME, a name: when some case has a respondent of
 *    exactly that name, the cases with such a respondent; else the cases with a
 *    respondent whose name contains it (two characters at least: name_grams), so
 *    "贵阳某餐饮管理有限公司" is that company and "某餐饮" every company so named. */
enum docket_resp { DOCKET_RESP_NONE, DOCKET_RESP_CODE, DOCKET_RESP_NAME };
enum docket_resp docket_respondent_kind(const char *respondent);

/* Fill out[0..limit) with the rows of the page, in the chosen order
 * (descending when desc):
 *  - anchor NULL and !backward: the first page;
 *  - anchor NULL and backward: the last page (rows still in display order);
 *  - anchor a row previously returned and !backward: the rows after it;
 *  - anchor a row previously returned and backward: the rows before it, in display order
 *    (so out[*n - 1] is the row just above the anchor).
 * Rows are keyed by the sort column and id, so a row changed meanwhile is
 * still a valid anchor (the page continues from where its old key stood).
 * A lawyer sees only their own cases.  *n gets the number of rows. */
enum tc_status docket_page(struct db *db, const struct actor *a, const struct docket_filter *f,
			   enum docket_sort sort, bool desc, const struct case_row *anchor,
			   bool backward, int today, struct case_row *out, size_t limit, size_t *n,
			   struct tc_err *e);

/* A candidate set (the cases of a name's rarest piece, a lawyer's, a
 * person's) smaller than this is read whole and sorted for a page; a
 * larger one is walked in the order's index. */
#define DOCKET_DRIVE_MAX 4000
/* Set that size (n > 0), returning the one it replaces: for tests, which
 * reach the walks of large sets with a few hundred cases. */
long docket_drive_max(long n);

/* Rows docket_each reads at a time. */
#define DOCKET_EACH_PAGE 128

/* Call fn for every matching case, at most limit of them (0: no limit),
 * reading them by pages of the chosen order (ascending), so memory does not
 * grow with the number of cases.  The open cases come first, then the
 * closed ones, each part in the chosen order (`case list` has always
 * listed them so; a filter that keeps only open cases, or one stage, reads
 * one part).  fn returns non-zero to stop; the call then returns TC_OK.
 * A lawyer sees only their own cases; a case_row never holds an ID number. */
enum tc_status docket_each(struct db *db, const struct actor *a, const struct docket_filter *f,
			   enum docket_sort sort, int today, size_t limit,
			   int (*fn)(const struct case_row *, void *), void *ctx, struct tc_err *e);

/* Count matching cases, stopping at cap (so a filter over a million rows
 * costs at most cap steps): *n gets min(count, cap).  The docket asks for
 * DOCKET_COUNT_CAP + 1 and shows more than DOCKET_COUNT_CAP as "1000+". */
#define DOCKET_COUNT_CAP 1000
enum tc_status docket_count(struct db *db, const struct actor *a, const struct docket_filter *f,
			    int today, size_t cap, size_t *n, struct tc_err *e);

/* What the matching cases add up to. */
struct docket_sum {
	size_t cases;            /* matching cases (at most the cap) */
	size_t open, closed;     /* of them, not closed and closed */
	bool capped;             /* more cases match than were added up */
	int64_t claimed;         /* fen: 请求金额 */
	int64_t resolved;        /* fen: 调解或裁决金额, settled or awarded */
	int64_t paid;            /* fen: 已兑现, every payment recorded */
	long workers;
};

/* Add up the matching cases, at most cap of them (0: every one; with a
 * respondent, a name or a person the cases are few and come through
 * their index).  A lawyer's sum is of their own cases. */
enum tc_status docket_sum(struct db *db, const struct actor *a, const struct docket_filter *f,
			  int today, size_t cap, struct docket_sum *out, struct tc_err *e);

/* The employer of a case as the 被申请人 view names it: its first
 * respondent, keyed by credit code when it has one, else by ID number
 * (a 包工头; never for a lawyer), else by name. */
struct docket_employer {
	char key[TEXT_BYTES(TEXT_MAX_ORG)];  /* for docket_filter.respondent */
	char name[TEXT_BYTES(TEXT_MAX_ORG)];
	char code[20];                      /* the credit code or ID number keyed by, or "" */
	bool person;                        /* code is an ID number */
};
/* TC_REFUSED when the case has no respondent or the actor may not see it
 * (a lawyer's is linked to them). */
enum tc_status docket_employer_of_case(struct db *db, const struct actor *a, int64_t case_id,
				       struct docket_employer *out, struct tc_err *e);

#endif
