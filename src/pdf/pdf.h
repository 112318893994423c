/*
 * pdf.h - a report document (rdoc.h) as an A4 portrait PDF, drawn with
 * pango and cairo in a CJK font: a header with the office and the period
 * on every page, tables with real rules whose rows never split across
 * pages, page numbers, and the signature line at the end.
 */
#ifndef TIAOCAI_PDF_H
#define TIAOCAI_PDF_H

#include "tiaocai/rdoc.h"
#include "tiaocai/util.h"

/* Write d to path as a PDF, whole or not at all (a temporary file renamed
 * into place).  *pages (may be NULL) gets the number of pages. */
enum tc_status pdf_render(const struct rdoc *d, const char *path, int *pages, struct tc_err *e);

/* d printed on printer (spawn_default_printer gives the usual one) with
 * lp, the PDF piped to it.  *pages (may be NULL) gets the pages sent. */
enum tc_status pdf_print(const struct rdoc *d, const char *printer, int *pages, struct tc_err *e);

#endif
