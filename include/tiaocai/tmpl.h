/*
 * tmpl.h - document templates (forms/KIND.tpl): text with fields, read
 * into a program once, then filled with one document's values (docfields.h)
 * into the blocks of a letter (rdoc.h).
 *
 * The syntax is in tiaocai(5), TEMPLATES, and in the comment at the top of
 * forms/accept-notice.tpl.  In short: a line starting with "#" is a
 * comment; a line starting with "%" is a directive (%title, %caseno, %to,
 * %foot, %heading, %each LIST ... %end, %if [!]FIELD ... [%else ...] %end,
 * %section NAME, %table ... %end); every other non-empty line is a body
 * paragraph ("\" at the end continues it on the next line; "%?" before a
 * paragraph, a row or a line directive drops it when all its fields are
 * empty).  {name} is replaced by a field's value, {{ and }} are braces.
 * Every field and list named must be one the catalogue (docfields.h)
 * knows, in a scope where it is defined, else the template is refused
 * with FILE:LINE and the name.  A parsed template holds no values: one
 * may be rendered any number of times, for each addressee.
 */
#ifndef TIAOCAI_TMPL_H
#define TIAOCAI_TMPL_H

#include "tiaocai/rdoc.h"
#include "tiaocai/util.h"

struct tmpl;
struct docvals;

/* Parse the text of a template (NUL-terminated; file names it in
 * messages: "FILE:LINE: 未知字段 {xxx}").  On failure *out is untouched.
 * The caller frees with tmpl_free. */
enum tc_status tmpl_parse(const char *text, const char *file, struct tmpl **out,
			  struct tc_err *e);
/* KIND.tpl from dir when it has one (dir may be NULL: then $TIAOCAI_FORMS),
 * else the compiled-in copy of forms/KIND.tpl. */
enum tc_status tmpl_load(const char *kind, const char *dir, struct tmpl **out, struct tc_err *e);
void tmpl_free(struct tmpl *t);

/* Fill t with v, appending blocks to out (an rdoc_letter); v's list
 * cursors move (docvals_select).  Refused when a %section the template
 * places has not been written (the message names the section and the
 * command that writes it), or is not one of v's kind's sections; out may
 * then hold part of the document, which the caller drops. */
enum tc_status tmpl_render(const struct tmpl *t, struct docvals *v, struct rdoc *out,
			   struct tc_err *e);

#endif
