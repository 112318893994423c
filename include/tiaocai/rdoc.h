/*
 * rdoc.h - a printed report as a small document: a header (office, title,
 * period), headings, lines of text, tables and a signature line.
 *
 * The weekly summary is built once as an rdoc and then rendered as text
 * (here, measured in display columns so Chinese names line up, at most
 * 100 columns for an A4 page) or as a PDF (src/pdf, pango and cairo), so
 * the screen, the text file and the printed page always agree.
 */
#ifndef TIAOCAI_RDOC_H
#define TIAOCAI_RDOC_H

#include <stdbool.h>
#include <stddef.h>
#include "tiaocai/util.h"

enum rdoc_kind {
	RDOC_HEADING,    /* a section title: 一、收案情况 */
	RDOC_TEXT,       /* one line (or paragraph) of text */
	RDOC_TABLE,      /* a table with a header row */
	RDOC_SIGNATURE,  /* the line for the signature and the date */
	/* A legal document (文书, a "letter": struct rdoc.letter) in the
	 * layout of the official models: */
	RDOC_TITLE,      /* a centred title line, large: the office, the document's name */
	RDOC_CASENO,     /* the case number, at the right under the title */
	RDOC_ADDRESSEE,  /* "王超德:" flush left */
	RDOC_PARA,       /* a body paragraph, first line indented two characters */
	RDOC_FOOT,       /* a line at the foot, at the right: the office, the date;
			  * the first FOOT of a run leaves room above it for the seal */
	RDOC_BREAK,      /* the next document starts on a new page, its pages
			  * numbered afresh (several documents in one file) */
};

struct rdoc_table {
	size_t ncols;
	struct strlist cells;    /* row-major, ncols per row, the header row first */
	bool *right;             /* ncols: right-aligned (numbers, money) */
	bool headless;           /* the first row is not a header (rdoc_table_headless) */
	int *max_width;          /* ncols: cap in display columns in the text rendering, 0 none;
				  * a capped column is also the first to give way on a
				  * narrow page (names, not case numbers) */
};

struct rdoc_block {
	enum rdoc_kind kind;
	char *text;              /* HEADING, TEXT, SIGNATURE */
	struct rdoc_table *table;/* TABLE */
};

struct rdoc {
	char *office;            /* 贵阳市劳动人事争议仲裁委员会 */
	char *title;             /* 劳动人事争议仲裁工作周报 */
	char *period;            /* 2026年第47周 (2026-11-16 至 2026-11-22) */
	char *generated;         /* 制表时间 2026-11-22 */
	bool letter;             /* a legal document: the header fields above are not
				  * printed; its TITLE blocks take their place, pages
				  * are numbered only when a document has more than one */
	struct rdoc_block *b;
	size_t n, cap;
};

/* Start a document (strings are copied; d's old contents are ignored). */
void rdoc_init(struct rdoc *d, const char *office, const char *title, const char *period,
	       const char *generated);
void rdoc_free(struct rdoc *d);
void rdoc_heading(struct rdoc *d, const char *text);
void rdoc_text(struct rdoc *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void rdoc_signature(struct rdoc *d, const char *text);
/* A legal document: rdoc_init with NULLs, then rdoc_letter; the blocks
 * of the letter layout above.  rdoc_para takes the text whole (no format:
 * a template's text may hold any character). */
void rdoc_letter(struct rdoc *d);
void rdoc_title(struct rdoc *d, const char *text);
void rdoc_caseno(struct rdoc *d, const char *text);
void rdoc_addressee(struct rdoc *d, const char *text);
void rdoc_para(struct rdoc *d, const char *text);
void rdoc_foot(struct rdoc *d, const char *text);
void rdoc_break(struct rdoc *d);
/* Move every block of from to the end of d (from is left empty). */
void rdoc_append(struct rdoc *d, struct rdoc *from);
/* Drop the blocks from index n on. */
void rdoc_truncate(struct rdoc *d, size_t n);
/* A table: header has ncols strings.  The returned table belongs to d. */
struct rdoc_table *rdoc_table(struct rdoc *d, size_t ncols, const char *const *header);
void rdoc_table_right(struct rdoc_table *t, size_t col);
void rdoc_table_max(struct rdoc_table *t, size_t col, int width);
/* The table's first row is a row like the others, not a header (a form
 * such as the 送达回证: label | value rows with rules all round). */
void rdoc_table_headless(struct rdoc_table *t);
void rdoc_row(struct rdoc_table *t, const char *const *cells);
size_t rdoc_table_rows(const struct rdoc_table *t); /* body rows, header excluded */

/* The document as plain text at most `width` display columns wide,
 * appended to out: the header centred (the generated line at the right),
 * headings, paragraphs wrapped, tables two columns in, aligned by display
 * width with a rule of "-" under the header and cells cut (…) to fit, an
 * empty table as "(无)", the signature at the right; lines ending in "\n",
 * no trailing spaces. */
void rdoc_render_text(const struct rdoc *d, int width, struct strbuf *out);

#endif
