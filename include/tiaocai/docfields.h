/*
 * docfields.h - the values a document template may use, for one document:
 * the office, the case, its parties, claims, tribunal, hearing, outcome and
 * the addressee, gathered once from the database.
 *
 * The catalogue (docfields_catalogue) names every field and list with its
 * meaning; tmpl.c checks a template's names against it and tiaocai(5)
 * lists it.  A field is a name ("case_no", "to.name"); a list is a name
 * ("applicants") whose items are of a kind ("party") with fields of their
 * own ("party.name"), valid only inside an "%each" of a list of that kind
 * ("%each applicants", "%each respondents" and "%each parties" all give
 * party.*).  A list may itself belong to the items of another (a worker's
 * "items", valid inside "%each workers").
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
	const char *name;    /* "case_no", "to.name", "party.name", "applicants" */
	const char *item;    /* a list: the kind of its items ("party"), whose fields
			      * are named "party.NAME"; NULL for a field */
	const char *within;  /* valid only inside an %each over items of this kind
			      * ("party" for party.name, "worker" for the list
			      * "items"); NULL: anywhere */
	const char *zh;      /* what it holds, for tiaocai(5) */
};
size_t docfields_catalogue(const struct docfield **out);
/* The field called name, else the list (a name may be both: {applicants}
 * is the names joined, %each applicants goes through the parties); NULL
 * when the catalogue has neither.  docfields_find_list: the list only. */
const struct docfield *docfields_find(const char *name);
const struct docfield *docfields_find_list(const char *name);

/* What one document is about. */
struct docwhat {
	const struct doc_kind *kind;
	int64_t party_id;    /* the addressee (parties.id), 0: none */
	int hearing_no;      /* the hearing (开庭通知书), 0: none */
	const char *part;    /* an award in two: "final" or "nonfinal"; "" otherwise */
	int64_t event_id;    /* the journal row of the event it records, 0: the latest */
	int doc_no;          /* its number in the case (the 送达回证 names it), 0: not yet */
	int made_on;         /* the date it bears */
	const struct doc_kind *served; /* the 送达回证 (kind receipt): the kind of the
				  * document it goes with, whose name it gives (doc.name);
				  * NULL otherwise */
};

struct docvals;
/* Gather the values of document w of case_id as actor a sees them. */
enum tc_status docvals_build(struct db *db, const struct actor *a, int64_t case_id,
			     const struct docwhat *w, struct docvals **out, struct tc_err *e);
void docvals_free(struct docvals *v);

/* For tmpl.c: a field's value ("" when it has none, or when name is no
 * field of the catalogue); a list's length; and moving the list's cursor
 * to item i (the fields of its kind of item then read item i).  A nested
 * list reads the current item of the enclosing one (a worker's items
 * inside "%each workers").  The strings belong to v. */
const char *docvals_get(const struct docvals *v, const char *name);
size_t docvals_count(const struct docvals *v, const char *list);
void docvals_select(struct docvals *v, const char *list, size_t i);
/* A written section's text ("" when not written): doc_sections. */
const char *docvals_section(const struct docvals *v, const char *section);
/* The kind of document the values are for (NULL when none was given). */
const struct doc_kind *docvals_kind(const struct docvals *v);

/* Values put together by hand, for a caller that has them from elsewhere
 * and for tests: an empty set for kind (may be NULL); one value set (a
 * copy; name must be in the catalogue, else nothing is set); a new item
 * appended to list (to the current item's own list when the list is
 * nested) and made current, its fields then set with docvals_set; a
 * section's text.  docvals_build uses the same calls. */
struct docvals *docvals_new(const struct doc_kind *kind);
void docvals_set(struct docvals *v, const char *name, const char *value);
void docvals_add_item(struct docvals *v, const char *list);
void docvals_set_section(struct docvals *v, const char *section, const char *text);

#endif
