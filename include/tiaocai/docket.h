/*
 * docket.h - the one case-query engine: the docket of the terminal UI, read
 * a page at a time, and `case list`, which streams the same cases.
 *
 * The docket never loads every row: it asks for the page after (or
 * before) the row at the edge of the screen, walking an index in the
 * chosen order, so a step costs the same on ten cases as on a million.
 * Search narrows by name (any two characters of a party's name, through
 * the name_grams index), by case number and by ID number.  docket_each
 * reads every matching case by the same pages, so `case list --query` and
 * the docket's search find the same cases.  Rows are the case_row of
 * case.h; nothing here changes the database.
 */
#ifndef TIAOCAI_DOCKET_H
#define TIAOCAI_DOCKET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "tiaocai/case.h"
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
};

/* What search text means (after trimming spaces):
 *  - fewer than 2 characters: DOCKET_TEXT_SHORT, no text filter is applied;
 *  - "YYYY-N" (2026-123): DOCKET_TEXT_CASE, that case;
 *  - a case's whole number as printed (贵劳人仲案字〔2026〕第3号): that case (the
 *    kind says DOCKET_TEXT_NAME, since telling needs the database);
 *  - only digits, with an X allowed at the end: DOCKET_TEXT_NUMBER, cases whose sequence
 *    number equals it, or one of whose parties' ID numbers begins with it (never for a
 *    lawyer, who sees no ID numbers);
 *  - anything else: DOCKET_TEXT_NAME, cases with a party whose name contains it (case
 *    insensitive for ASCII letters), found through name_grams. */
enum docket_text { DOCKET_TEXT_NONE, DOCKET_TEXT_SHORT, DOCKET_TEXT_CASE, DOCKET_TEXT_NUMBER, DOCKET_TEXT_NAME };
enum docket_text docket_text_kind(const char *text);

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
 * costs at most cap steps): *n gets min(count, cap). */
enum tc_status docket_count(struct db *db, const struct actor *a, const struct docket_filter *f,
			    int today, size_t cap, size_t *n, struct tc_err *e);

#endif
