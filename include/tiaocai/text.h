/*
 * text.h - UTF-8 text measured in display columns.
 *
 * Chinese characters take two columns, so every aligned table (the command
 * line's, the TUI's, the printed report's) measures and cuts text here and
 * nowhere else.  Never pad with printf("%-*s").
 */
#ifndef TIAOCAI_TEXT_H
#define TIAOCAI_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include "tiaocai/util.h"

/* Display width of a UTF-8 string (wide characters 2, combining 0, invalid
 * bytes and control characters 1 each, as they will be shown replaced). */
int text_width(const char *s);
/* Append s to sb cut to at most `cols` columns: if s is wider, it is cut
 * and ends in "…" (the result never exceeds cols).  Invalid bytes become
 * U+FFFD, control characters are dropped.  Returns the width written. */
int text_fit(struct strbuf *sb, const char *s, int cols);
/* text_fit, then spaces up to exactly cols columns (left aligned). */
void text_pad(struct strbuf *sb, const char *s, int cols);
/* Right aligned in exactly cols columns (cut like text_fit when wider). */
void text_rpad(struct strbuf *sb, const char *s, int cols);
/* Valid UTF-8 with no control characters (tab and newline excepted when
 * allow_newline). */
bool text_valid(const char *s, bool allow_newline);
/* A copy of s with leading and trailing ASCII and ideographic spaces
 * removed; the caller frees it. */
char *text_trim(const char *s);
/* Length of the longest valid UTF-8 prefix of the n bytes at s (which may
 * hold NUL bytes and need not be terminated): n when all are valid. */
size_t text_utf8_prefix(const char *s, size_t n);
/* Number of characters (code points) in a valid UTF-8 string. */
size_t text_chars(const char *s);

/* An aligned table for the command line and the printed report: add the
 * header, then rows; text_table_render lays each column to its widest cell
 * (capped by max_width[i] when non-zero), separated by two spaces. */
struct text_table {
	size_t ncols;
	struct strlist cells;  /* row-major, ncols per row, header first */
	bool *right;           /* ncols: right-align this column (money, counts) */
	int *max_width;        /* ncols: cap on the column's width, 0 = none */
};
void text_table_init(struct text_table *t, size_t ncols, const char *const *header);
void text_table_right(struct text_table *t, size_t col);
void text_table_max(struct text_table *t, size_t col, int width);
void text_table_add(struct text_table *t, const char *const *row);
/* Append the table to sb, one line per row, no trailing spaces. */
void text_table_render(const struct text_table *t, struct strbuf *sb);
void text_table_free(struct text_table *t);

#endif
