/*
 * fuzz_form.c - form_parse and form_check on arbitrary bytes.
 *
 * The input is parsed as a form file.  Asserts: a form that parses has a
 * name, a title and at least one field; every field has a well-formed
 * key that form_find finds again (so keys are unique), a known type, a
 * width of 1..120, choices exactly where its type takes them; a group's
 * fields stand together; each "nest|CHILD|PARENT" line nests a group that
 * has fields, once, in another group that has fields and is not nested
 * itself, written before the child's first field, and the child's fields
 * come right after the parent's; a field's parent is its group's, as
 * form_parent says; a refusal carries "fuzz.form:LINE: reason".  Then the
 * input is checked as a value
 * of one field of every type (and of every field of the parsed form):
 * a refusal names the field's key and carries a message; a value that
 * passes passes again as it is shown afterwards (norm), unchanged.
 */
#include "tiaocai/date.h"
#include "tiaocai/form.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void check_value(const struct form_field *fl, const char *value, int today)
{
	struct tc_err e = {0};
	char *norm = (char *)"junk", *again = (char *)"junk";

	if (form_check(fl, value, today, &norm, &e) != TC_OK) {
		if (norm != NULL || e.msg[0] == '\0' || strcmp(e.field, fl->key) != 0)
			abort();
		return;
	}
	if (norm == NULL)
		return;
	if (form_check(fl, norm, today, &again, &e) != TC_OK || again != NULL)
		abort();
	free(norm);
}

/* Fields [*first, *last] of group g, which must be all of them and
 * together; false when g has no field. */
static bool group_span(const struct form_def *f, const char *g, size_t *first, size_t *last)
{
	bool seen = false;

	for (size_t i = 0; i < f->nfields; i++) {
		if (f->fields[i].group == NULL || strcmp(f->fields[i].group, g) != 0)
			continue;
		if (seen && *last != i - 1)
			abort(); /* the group's fields are not together */
		if (!seen)
			*first = i;
		*last = i;
		seen = true;
	}
	return seen;
}

static void check_nests(const struct form_def *f)
{
	for (size_t i = 0; i < f->nnests; i++) {
		const struct form_nest *n = &f->nests[i];
		size_t cf, cl, pf, pl;
		if (n->child == NULL || n->parent == NULL || strcmp(n->child, n->parent) == 0)
			abort();
		const char *p = form_parent(f, n->child);
		if (p == NULL || strcmp(p, n->parent) != 0 || form_parent(f, n->parent) != NULL)
			abort(); /* nested once, one level only */
		for (size_t j = 0; j < i; j++)
			if (strcmp(f->nests[j].child, n->child) == 0)
				abort();
		if (!group_span(f, n->child, &cf, &cl) || !group_span(f, n->parent, &pf, &pl))
			abort(); /* both groups have fields */
		if (cf != pl + 1 || n->line < 1 || n->line >= f->fields[cf].line)
			abort(); /* the child's fields follow the parent's; the line precedes them */
	}
}

static void check_form(const struct form_def *f)
{
	if (f->name == NULL || f->title == NULL || f->nfields == 0)
		abort();
	if ((f->nests == NULL) != (f->nnests == 0))
		abort();
	check_nests(f);
	for (size_t i = 0; i < f->nfields; i++) {
		const struct form_field *fl = &f->fields[i];
		if (form_find(f, fl->key) != fl || fl->key[0] == '\0' || strlen(fl->key) > 63)
			abort();
		if ((fl->group == NULL) != (strchr(fl->key, '.') == NULL) || fl->name == NULL)
			abort();
		size_t first, last;
		if (fl->group && !group_span(f, fl->group, &first, &last))
			abort();
		const char *parent = fl->group ? form_parent(f, fl->group) : NULL;
		if ((fl->parent == NULL) != (parent == NULL) ||
		    (parent && strcmp(fl->parent, parent) != 0))
			abort();
		if ((unsigned)fl->type >= FORM_TYPE_COUNT || fl->width < 1 || fl->width > 120)
			abort();
		if (fl->label[0] == '\0' || fl->help == NULL || fl->line < 1)
			abort();
		if ((fl->type == FORM_CHOICE || fl->type == FORM_PERSON) && fl->nchoices == 0)
			abort();
		if ((fl->choices == NULL) != (fl->nchoices == 0))
			abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const one[] = {"否", "是"};
	char *s = malloc(size + 1);
	struct form_def *f = NULL;
	struct tc_err e = {0};
	int today = date_from_ymd(2026, 11, 22);

	if (s == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	if (form_parse(s, "fuzz.form", "fuzz", &f, &e) == TC_OK) {
		check_form(f);
		for (size_t i = 0; i < f->nfields; i++)
			check_value(&f->fields[i], s, today);
		form_free(f);
	} else if (e.status != TC_REFUSED || strncmp(e.msg, "fuzz.form:", 10) != 0) {
		abort();
	}
	for (int t = 0; t < FORM_TYPE_COUNT; t++) {
		struct form_field fl = {
			.key = (char *)"k", .name = (char *)"k", .label = (char *)"字段",
			.type = (enum form_type)t, .width = 10, .required = size % 2,
			.choices = t == FORM_CHOICE ? (char **)one : NULL,
			.nchoices = t == FORM_CHOICE ? 2 : 0, .help = (char *)"",
		};
		check_value(&fl, s, today);
		check_value(&fl, s, DATE_NONE);
	}
	free(s);
	return 0;
}
