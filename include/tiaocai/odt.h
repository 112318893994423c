/*
 * odt.h - a document (rdoc.h) as an OpenDocument Text file (.odt), which
 * LibreOffice and WPS Office open and edit: for offices that finish a
 * document in a word processor.
 *
 * A letter keeps the layout of the PDF (src/pdf): an A4 page with the
 * same margins, named paragraph styles an office can restyle once for all
 * its documents (Office, Title, CaseNo, Addressee, Body, Heading, Text,
 * Centred, Foot, Signature, Cell, CellLabel, CellHead, CellNum, PageNo),
 * the foot's lines one paragraph kept whole with the text before it, forms
 * ruled all round, each document after an RDOC_BREAK on a new page with
 * its pages numbered afresh ("- 1 -" only on a document that looks longer
 * than a page: the word processor, not this file, breaks the pages).
 * A report is written with the same styles, plainly.
 */
#ifndef TIAOCAI_ODT_H
#define TIAOCAI_ODT_H

#include "tiaocai/rdoc.h"
#include "tiaocai/util.h"

/* Write d to path as an .odt through afile (whole or not at all: a failed
 * write leaves the old file, or none).  Every text is cleaned (text_clean)
 * and escaped for XML.  TC_STORAGE, with the cause, when the file cannot
 * be written. */
enum tc_status odt_write(const struct rdoc *d, const char *path, struct tc_err *e);

#endif
