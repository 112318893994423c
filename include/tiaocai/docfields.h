/*
 * docfields.h - the values a document template may use, for one document:
 * the office, the case, its parties, claims, tribunal, hearing, outcome and
 * the addressee, gathered once from the database.
 *
 * The catalogue (docfields_catalogue) names every field and list with its
 * meaning; tmpl.c checks a template's names against it and tiaocai(5)
 * lists it.  A field is a name ("case_no", "to.name"); a list is a name
 * ("claims") whose items have fields of their own ("claim.kind"), valid
 * only inside "%each claims".
 */
#ifndef TIAOCAI_DOCFIELDS_H
#define TIAOCAI_DOCFIELDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "tiaocai/user.h"
#include "tiaocai/util.h"

struct db;
struct doc_kind;

struct docfield {
	const char *name;    /* "case_no", "to.name", "claim.amount" */
	const char *list;    /* the list whose items carry it ("claims"), NULL: the document's */
	bool is_list;        /* a list itself ("claims"): for %each */
	const char *zh;      /* what it holds, for tiaocai(5) */
};
size_t docfields_catalogue(const struct docfield **out);
const struct docfield *docfields_find(const char *name);

/* What one document is about. */
struct docwhat {
	const struct doc_kind *kind;
	int64_t party_id;    /* the addressee (parties.id), 0: none */
	int hearing_no;      /* the hearing (开庭通知书), 0: none */
	const char *part;    /* an award in two: "final" or "nonfinal"; "" otherwise */
	int64_t event_id;    /* the journal row of the event it records, 0: the latest */
	int doc_no;          /* its number in the case (the 送达回证 names it), 0: not yet */
	int made_on;         /* the date it bears */
};

struct docvals;
/* Gather the values of document w of case_id as actor a sees them. */
enum tc_status docvals_build(struct db *db, const struct actor *a, int64_t case_id,
			     const struct docwhat *w, struct docvals **out, struct tc_err *e);
void docvals_free(struct docvals *v);

/* For tmpl.c: a field's value ("" when it has none); a list's length; and
 * moving list's cursor to item i (the fields of its items then read item
 * i).  Nested lists read the current item of the enclosing one (a
 * worker's items inside "%each workers"). */
const char *docvals_get(const struct docvals *v, const char *name);
size_t docvals_count(const struct docvals *v, const char *list);
void docvals_select(struct docvals *v, const char *list, size_t i);
/* A written section's text ("" when not written): doc_sections. */
const char *docvals_section(const struct docvals *v, const char *section);

#endif
