/*
 * text.h - UTF-8 text measured in display columns.
 *
 * Chinese characters take two columns, so every aligned table (the command
 * line's, the TUI's, the printed report's) measures and cuts text here and
 * nowhere else.  Never pad with printf("%-*s").
 *
 * Also the one gate every typed or imported text passes (text_check: no
 * control, bidirectional or invisible characters, a length in characters
 * per kind of field) and the one filter every shown text passes
 * (text_clean, and text_fit which uses the same rule), so that text stored
 * before the gate existed still cannot reach a terminal or a page raw.
 */
#ifndef TIAOCAI_TEXT_H
#define TIAOCAI_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include "tiaocai/util.h"

/*
 * The kinds of text field and their length limits in characters (code
 * points, never bytes).  This is the one table of limits: tiaocai(5),
 * ACCEPTED TEXT, lists it.  A fixed buffer that holds a field of kind K is
 * TEXT_BYTES(TEXT_MAX_K) bytes, so nothing is ever cut inside a character.
 */
enum text_kind {
	TEXT_PERSON,  /* a person's name: applicant, roster person, user, contact */
	TEXT_ORG,     /* a company or organisation: respondent, roster org, transfer to */
	TEXT_WORD,    /* a word or two: industry, org type, background, status, holiday */
	TEXT_CODE,    /* a number or code: certificate no, phone, date as typed */
	TEXT_ROOM,    /* a hearing room */
	TEXT_PROJECT, /* a construction project */
	TEXT_LIST,    /* a list: specialties, languages, service area */
	TEXT_NOTE,    /* a reason, a note, the missing documents */
	TEXT_SETTING, /* the text value of a setting (config) */
	TEXT_SECTION, /* a section of a document a person writes (查明事实), in lines */
	TEXT_KIND_COUNT
};
#define TEXT_MAX_PERSON 50
#define TEXT_MAX_ORG 100
#define TEXT_MAX_WORD 30
#define TEXT_MAX_CODE 40
#define TEXT_MAX_ROOM 30
#define TEXT_MAX_PROJECT 100
#define TEXT_MAX_LIST 200
#define TEXT_MAX_NOTE 500
#define TEXT_MAX_SETTING 60
#define TEXT_MAX_SECTION 20000
/* Bytes of a buffer that holds any text of at most n characters. */
#define TEXT_BYTES(n) (4 * (n) + 1)

/* The limit of kind k in characters. */
size_t text_limit(enum text_kind k);
/* The kind of a form field or option by its key ("applicant.name",
 * "room", "reason", ...): true and *k set when the key is in the table. */
bool text_kind_of(const char *key, enum text_kind *k);

/* Flags of text_check. */
enum {
	TEXT_MULTILINE = 1 << 0, /* TAB and LF allowed (memo text kept in lines) */
	TEXT_REQUIRED = 1 << 1,  /* empty (or NULL) is refused */
};

/*
 * The check every text entering tiaocai passes.  s (NULL = empty) is
 * refused when it is not valid UTF-8; holds a C0 control (TAB and LF only
 * with TEXT_MULTILINE), DEL or a C1 control (U+0080-U+009F); holds a
 * bidirectional control (U+061C, U+200E, U+200F, U+202A-U+202E,
 * U+2066-U+2069) or an invisible format character (U+00AD, U+180E,
 * U+200B-U+200D, U+2028, U+2029, U+2060-U+2064, U+206A-U+206F, U+FEFF,
 * U+FFF9-U+FFFB, U+E0000-U+E007F); has more than 2 combining marks on one
 * character; or is longer than max_chars characters (0: no limit).  On
 * refusal: TC_REFUSED, e->field = field, and a Chinese message that starts
 * with "label: " (nothing when label is NULL or ""), names the character as
 * U+XXXX with its position (第N个字) and says what would be right.
 * The caller trims first when it stores a trimmed value.
 */
enum tc_status text_check(const char *field, const char *label, const char *s, size_t max_chars,
			  unsigned flags, struct tc_err *e);
/* text_check with the limit of kind k. */
enum tc_status text_check_kind(const char *field, const char *label, const char *s,
			       enum text_kind k, unsigned flags, struct tc_err *e);

/* Append s to sb as it may be shown: invalid bytes become U+FFFD; control
 * characters (but TAB and LF with TEXT_MULTILINE), bidirectional controls
 * and invisible format characters are dropped, and so is every combining
 * mark after the second on one character.  Nothing else is changed. */
void text_clean(struct strbuf *sb, const char *s, unsigned flags);
/* Copy src into dst of size bytes (size > 0) cut at a character boundary,
 * never inside one; bytes are otherwise copied as they are (a stored key
 * must stay exact).  Returns true when all of src fitted. */
bool text_copy(char *dst, size_t size, const char *src);
/* In place: drop what text_clean drops (invalid bytes too) from the
 * NUL-terminated s, for a message that may quote what was typed. */
void text_scrub(char *s);

/* Display width of a UTF-8 string (wide characters 2, combining 0, invalid
 * bytes and control characters 1 each, as they will be shown replaced). */
int text_width(const char *s);
/* Append s to sb cut to at most `cols` columns: if s is wider, it is cut
 * and ends in "…" (the result never exceeds cols).  Cleaned as by
 * text_clean (no flags) on the way.  Returns the width written. */
int text_fit(struct strbuf *sb, const char *s, int cols);
/* text_fit, then spaces up to exactly cols columns (left aligned). */
void text_pad(struct strbuf *sb, const char *s, int cols);
/* Right aligned in exactly cols columns (cut like text_fit when wider). */
void text_rpad(struct strbuf *sb, const char *s, int cols);
/* Valid UTF-8 with nothing text_check refuses (tab and newline excepted
 * when allow_newline), no length limit. */
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
