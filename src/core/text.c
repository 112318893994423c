/*
 * text.c - UTF-8 measured in display columns, cut and padded to a budget,
 * and the aligned tables of the command line and the printed report.
 *
 * Widths come from a small built-in table, not from wcwidth(): the core
 * must give the same answer whatever locale the process runs in.  This
 * file does not draw anything and knows nothing of terminals.
 */
#include "tiaocai/text.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define REPLACEMENT 0xFFFDu

struct range {
	uint32_t lo, hi;
};

/* East Asian Wide and Fullwidth blocks that Chinese text meets. */
static const struct range wide[] = {
	{0x1100, 0x115F},   {0x2E80, 0x303E},   {0x3041, 0x33FF},   {0x3400, 0x4DBF},
	{0x4E00, 0x9FFF},   {0xA000, 0xA4CF},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},
	{0xFE30, 0xFE4F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x20000, 0x2FFFD},
	{0x30000, 0x3FFFD},
};

/* Combining marks, zero-width spaces and joiners, variation selectors. */
static const struct range zero[] = {
	{0x0300, 0x036F}, {0x0483, 0x0489}, {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF},
	{0x200B, 0x200F}, {0x2028, 0x202E}, {0x2060, 0x2064}, {0x20D0, 0x20FF},
	{0xFE00, 0xFE0F}, {0xFE20, 0xFE2F}, {0xFEFF, 0xFEFF}, {0xE0100, 0xE01EF},
};

static bool in_ranges(uint32_t c, const struct range *r, size_t n)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (c < r[mid].lo)
			hi = mid;
		else if (c > r[mid].hi)
			lo = mid + 1;
		else
			return true;
	}
	return false;
}

/*
 * Decode one code point from s (which is not at its NUL), reading at most
 * avail bytes.  Returns the bytes consumed; an invalid, overlong or
 * truncated sequence consumes one byte and yields *cp = REPLACEMENT with
 * *bad set.
 */
static size_t decode_n(const unsigned char *s, size_t avail, uint32_t *cp, bool *bad)
{
	uint32_t c = s[0], min;
	size_t n;

	*bad = false;
	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if (c >= 0xC2 && c <= 0xDF) {
		n = 2, c &= 0x1F, min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		n = 3, c &= 0x0F, min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		n = 4, c &= 0x07, min = 0x10000;
	} else {
		goto invalid;
	}
	if (n > avail)
		goto invalid;
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80) /* also stops at the NUL */
			goto invalid;
		c = (c << 6) | (s[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		goto invalid;
	*cp = c;
	return n;
invalid:
	*cp = REPLACEMENT;
	*bad = true;
	return 1;
}

/* Decode from a NUL-terminated string: the NUL ends any sequence. */
static size_t decode(const unsigned char *s, uint32_t *cp, bool *bad)
{
	return decode_n(s, SIZE_MAX, cp, bad);
}

size_t text_utf8_prefix(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;

	while (i < n) {
		uint32_t c;
		bool bad;
		size_t k = decode_n(p + i, n - i, &c, &bad);
		if (bad)
			return i;
		i += k;
	}
	return n;
}

static bool is_control(uint32_t c) { return c < 0x20 || (c >= 0x7F && c < 0xA0); }

static int cp_width(uint32_t c)
{
	if (in_ranges(c, wide, sizeof wide / sizeof wide[0]))
		return 2;
	if (in_ranges(c, zero, sizeof zero / sizeof zero[0]))
		return 0;
	return 1;
}

int text_width(const char *s)
{
	const unsigned char *p = (const unsigned char *)(s ? s : "");
	int w = 0;

	while (*p) {
		uint32_t c;
		bool bad;
		p += decode(p, &c, &bad);
		w += bad || is_control(c) ? 1 : cp_width(c);
	}
	return w;
}

/* Width as text_fit shows it: control characters dropped. */
static int shown_width(const char *s)
{
	const unsigned char *p = (const unsigned char *)(s ? s : "");
	int w = 0;

	while (*p) {
		uint32_t c;
		bool bad;
		p += decode(p, &c, &bad);
		if (!is_control(c))
			w += bad ? 1 : cp_width(c);
	}
	return w;
}

int text_fit(struct strbuf *sb, const char *s, int cols)
{
	const unsigned char *p = (const unsigned char *)(s ? s : "");
	int total = shown_width((const char *)p), budget, w = 0;

	if (cols <= 0)
		return 0;
	/* When s must be cut, one column is kept back for the ellipsis. */
	budget = total <= cols ? cols : cols - 1;
	while (*p) {
		uint32_t c;
		bool bad;
		size_t n = decode(p, &c, &bad);
		int cw = bad ? 1 : cp_width(c);

		if (!bad && is_control(c)) {
			p += n;
			continue;
		}
		if (w + cw > budget)
			break;
		if (bad)
			sb_puts(sb, "\xEF\xBF\xBD");
		else
			sb_add(sb, (const char *)p, n);
		w += cw;
		p += n;
	}
	if (total > cols) {
		sb_puts(sb, "\xE2\x80\xA6"); /* U+2026, one column */
		w++;
	}
	return w;
}

static void spaces(struct strbuf *sb, int n)
{
	static const char blank[] = "                                ";

	while (n > 0) {
		int k = n < (int)sizeof blank - 1 ? n : (int)sizeof blank - 1;
		sb_add(sb, blank, (size_t)k);
		n -= k;
	}
}

void text_pad(struct strbuf *sb, const char *s, int cols)
{
	int w = text_fit(sb, s, cols);
	spaces(sb, cols - w);
}

void text_rpad(struct strbuf *sb, const char *s, int cols)
{
	struct strbuf tmp = {0};
	int w = text_fit(&tmp, s, cols);

	spaces(sb, cols - w);
	sb_add(sb, sb_str(&tmp), tmp.len);
	sb_free(&tmp);
}

bool text_valid(const char *s, bool allow_newline)
{
	const unsigned char *p = (const unsigned char *)(s ? s : "");

	while (*p) {
		uint32_t c;
		bool bad;
		p += decode(p, &c, &bad);
		if (bad)
			return false;
		if (is_control(c) && !(allow_newline && (c == '\n' || c == '\t')))
			return false;
	}
	return true;
}

/* Length of the space (ASCII or U+3000) at p, or 0. */
static size_t space_at(const char *p)
{
	if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\v' || *p == '\f')
		return 1;
	if (strncmp(p, "\xE3\x80\x80", 3) == 0)
		return 3;
	return 0;
}

char *text_trim(const char *s)
{
	const char *b = s ? s : "", *e;
	size_t n;

	while ((n = space_at(b)) > 0)
		b += n;
	e = b + strlen(b);
	/* Walking back is safe: 0xE3 is always a lead byte, so E3 80 80
	 * found three bytes back is a whole character, never a tail. */
	while (e > b) {
		if (space_at(e - 1) == 1)
			e--;
		else if (e - b >= 3 && strncmp(e - 3, "\xE3\x80\x80", 3) == 0)
			e -= 3;
		else
			break;
	}
	return xstrndup(b, (size_t)(e - b));
}

size_t text_chars(const char *s)
{
	const unsigned char *p = (const unsigned char *)(s ? s : "");
	size_t n = 0;

	while (*p) {
		uint32_t c;
		bool bad;
		p += decode(p, &c, &bad);
		n++;
	}
	return n;
}

void text_table_init(struct text_table *t, size_t ncols, const char *const *header)
{
	memset(t, 0, sizeof *t);
	t->ncols = ncols;
	t->right = xcalloc(ncols, sizeof *t->right);
	t->max_width = xcalloc(ncols, sizeof *t->max_width);
	text_table_add(t, header);
}

void text_table_right(struct text_table *t, size_t col)
{
	if (col < t->ncols)
		t->right[col] = true;
}

void text_table_max(struct text_table *t, size_t col, int width)
{
	if (col < t->ncols)
		t->max_width[col] = width > 0 ? width : 0;
}

void text_table_add(struct text_table *t, const char *const *row)
{
	for (size_t i = 0; i < t->ncols; i++)
		sl_push(&t->cells, row && row[i] ? row[i] : "");
}

void text_table_render(const struct text_table *t, struct strbuf *sb)
{
	size_t nrows = t->ncols ? t->cells.n / t->ncols : 0;
	int *width;

	if (nrows == 0)
		return;
	width = xcalloc(t->ncols, sizeof *width);
	for (size_t c = 0; c < t->ncols; c++) {
		for (size_t r = 0; r < nrows; r++) {
			int w = shown_width(t->cells.v[r * t->ncols + c]);
			if (w > width[c])
				width[c] = w;
		}
		if (t->max_width[c] > 0 && width[c] > t->max_width[c])
			width[c] = t->max_width[c];
	}
	for (size_t r = 0; r < nrows; r++) {
		size_t start = sb->len;

		for (size_t c = 0; c < t->ncols; c++) {
			const char *cell = t->cells.v[r * t->ncols + c];
			if (c > 0)
				sb_puts(sb, "  ");
			if (t->right[c])
				text_rpad(sb, cell, width[c]);
			else
				text_pad(sb, cell, width[c]);
		}
		/* Padding of the last columns (or an empty last cell) must not
		 * leave spaces at the end of the line. */
		while (sb->len > start && sb->buf[sb->len - 1] == ' ')
			sb->buf[--sb->len] = '\0';
		sb_puts(sb, "\n");
	}
	free(width);
}

void text_table_free(struct text_table *t)
{
	sl_free(&t->cells);
	free(t->right);
	free(t->max_width);
	t->right = NULL;
	t->max_width = NULL;
	t->ncols = 0;
}
