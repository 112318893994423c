/*
 * tmpl.h - document templates (forms/KIND.tpl): text with fields, read
 * into a program once, then filled with one document's values (docfields.h)
 * into the blocks of a letter (rdoc.h).
 *
 * The syntax is in tiaocai(5), TEMPLATES, and in the comment at the top of
 * forms/accept-notice.tpl.  In short: a line starting with "#" is a
 * comment; a line starting with "%" is a directive (%title, %caseno, %to,
 * %foot, %each LIST ... %end, %if FIELD ... [%else ...] %end, %section
 * NAME, %table ... %end); every other non-empty line is a body paragraph.
 * {name} is replaced by a field's value.  Every field and list named must
 * be one the catalogue (docfields.h) knows, in a scope where it is
 * defined, else the template is refused with FILE:LINE and the name.
 */
#ifndef TIAOCAI_TMPL_H
#define TIAOCAI_TMPL_H

#include "tiaocai/rdoc.h"
#include "tiaocai/util.h"

struct tmpl;
struct docvals;

/* Parse the text of a template (NUL-terminated; file names it in
 * messages: "FILE:LINE: 未知字段 {xxx}").  The caller frees with tmpl_free. */
enum tc_status tmpl_parse(const char *text, const char *file, struct tmpl **out,
			  struct tc_err *e);
/* KIND.tpl from dir when it has one (dir may be NULL: then $TIAOCAI_FORMS),
 * else the compiled-in copy of forms/KIND.tpl. */
enum tc_status tmpl_load(const char *kind, const char *dir, struct tmpl **out, struct tc_err *e);
void tmpl_free(struct tmpl *t);

/* Fill t with v, appending blocks to out (an rdoc_letter).  Refused when a
 * %section the template places has not been written (the message names
 * the section and the command that writes it). */
enum tc_status tmpl_render(const struct tmpl *t, struct docvals *v, struct rdoc *out,
			   struct tc_err *e);

#endif
