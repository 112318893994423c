/*
 * rdoc.c - the printed report as a small document, and its plain-text
 * rendering.
 *
 * The model holds only what any rendering needs: strings for the header,
 * headings, paragraphs, tables (cells as plain values, which columns are
 * numbers) and the signature line.  How a page looks is the renderer's
 * business: the text rendering here measures every cell in display
 * columns (text.h), so Chinese names line up and no line is wider than
 * asked; the PDF rendering (src/pdf) draws the same blocks with real rules.
 */
#include "tiaocai/rdoc.h"
#include "tiaocai/text.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#define INDENT 2       /* body text and tables sit two columns in */
#define GAP 2          /* between table columns */
#define MIN_COL 4      /* a shrunk text column keeps this much */

void rdoc_init(struct rdoc *d, const char *office, const char *title, const char *period,
	       const char *generated)
{
	memset(d, 0, sizeof *d);
	d->office = xstrdup(office ? office : "");
	d->title = xstrdup(title ? title : "");
	d->period = xstrdup(period ? period : "");
	d->generated = xstrdup(generated ? generated : "");
}

static void table_free(struct rdoc_table *t)
{
	if (t == NULL)
		return;
	sl_free(&t->cells);
	free(t->right);
	free(t->max_width);
	free(t);
}

void rdoc_free(struct rdoc *d)
{
	for (size_t i = 0; i < d->n; i++) {
		free(d->b[i].text);
		table_free(d->b[i].table);
	}
	free(d->b);
	free(d->office);
	free(d->title);
	free(d->period);
	free(d->generated);
	memset(d, 0, sizeof *d);
}

static struct rdoc_block *add_block(struct rdoc *d, enum rdoc_kind kind)
{
	struct rdoc_block *b;

	d->b = xgrow(d->b, &d->cap, d->n + 1, sizeof *d->b);
	b = &d->b[d->n++];
	memset(b, 0, sizeof *b);
	b->kind = kind;
	return b;
}

void rdoc_heading(struct rdoc *d, const char *text)
{
	add_block(d, RDOC_HEADING)->text = xstrdup(text);
}

void rdoc_text(struct rdoc *d, const char *fmt, ...)
{
	struct strbuf sb = {0};
	va_list ap;

	va_start(ap, fmt);
	sb_vprintf(&sb, fmt, ap);
	va_end(ap);
	add_block(d, RDOC_TEXT)->text = sb_take(&sb);
}

void rdoc_letter(struct rdoc *d)
{
	d->letter = true;
}

void rdoc_title(struct rdoc *d, const char *text)
{
	add_block(d, RDOC_TITLE)->text = xstrdup(text);
}

void rdoc_caseno(struct rdoc *d, const char *text)
{
	add_block(d, RDOC_CASENO)->text = xstrdup(text);
}

void rdoc_addressee(struct rdoc *d, const char *text)
{
	add_block(d, RDOC_ADDRESSEE)->text = xstrdup(text);
}

void rdoc_para(struct rdoc *d, const char *text)
{
	add_block(d, RDOC_PARA)->text = xstrdup(text);
}

void rdoc_foot(struct rdoc *d, const char *text)
{
	add_block(d, RDOC_FOOT)->text = xstrdup(text);
}

void rdoc_break(struct rdoc *d)
{
	add_block(d, RDOC_BREAK);
}

void rdoc_append(struct rdoc *d, struct rdoc *from)
{
	for (size_t i = 0; i < from->n; i++)
		*add_block(d, from->b[i].kind) = from->b[i];
	from->n = 0;
}

void rdoc_truncate(struct rdoc *d, size_t n)
{
	while (d->n > n) {
		d->n--;
		free(d->b[d->n].text);
		table_free(d->b[d->n].table);
	}
}

void rdoc_signature(struct rdoc *d, const char *text)
{
	add_block(d, RDOC_SIGNATURE)->text = xstrdup(text);
}

struct rdoc_table *rdoc_table(struct rdoc *d, size_t ncols, const char *const *header)
{
	struct rdoc_table *t = xcalloc(1, sizeof *t);

	t->ncols = ncols;
	t->right = xcalloc(ncols, sizeof *t->right);
	t->max_width = xcalloc(ncols, sizeof *t->max_width);
	rdoc_row(t, header);
	add_block(d, RDOC_TABLE)->table = t;
	return t;
}

void rdoc_table_right(struct rdoc_table *t, size_t col)
{
	if (col < t->ncols)
		t->right[col] = true;
}

void rdoc_table_max(struct rdoc_table *t, size_t col, int width)
{
	if (col < t->ncols)
		t->max_width[col] = width > 0 ? width : 0;
}

void rdoc_table_headless(struct rdoc_table *t)
{
	t->headless = true;
}

void rdoc_row(struct rdoc_table *t, const char *const *cells)
{
	for (size_t i = 0; i < t->ncols; i++)
		sl_push(&t->cells, cells && cells[i] ? cells[i] : "");
}

size_t rdoc_table_rows(const struct rdoc_table *t)
{
	return t->ncols && t->cells.n >= t->ncols ? t->cells.n / t->ncols - 1 : 0;
}

/* ---- text rendering -------------------------------------------------- */

static void spaces(struct strbuf *sb, int n)
{
	while (n-- > 0)
		sb_puts(sb, " ");
}

/* End the line begun at `start`: drop trailing spaces, add "\n". */
static void end_line(struct strbuf *sb, size_t start)
{
	while (sb->len > start && sb->buf[sb->len - 1] == ' ')
		sb->buf[--sb->len] = '\0';
	sb_puts(sb, "\n");
}

/* One line of s, centred in width (cut when wider). */
static void centred(struct strbuf *sb, const char *s, int width)
{
	size_t start = sb->len;
	int w = text_width(s);

	if (!*s)
		return;
	spaces(sb, w < width ? (width - w) / 2 : 0);
	text_fit(sb, s, width);
	end_line(sb, start);
}

static void right_aligned(struct strbuf *sb, const char *s, int width)
{
	size_t start = sb->len;
	int w = text_width(s);

	if (!*s)
		return;
	spaces(sb, w < width ? width - w : 0);
	text_fit(sb, s, width);
	end_line(sb, start);
}

/* Bytes of the longest prefix of s that fits in cols columns (at least
 * one character, so that a line always makes progress). */
static size_t fit_prefix(const char *s, int cols)
{
	size_t i = 0;
	int w = 0;

	while (s[i]) {
		size_t n = 1;
		while (((unsigned char)s[i + n] & 0xC0) == 0x80)
			n++;
		char *ch = xstrndup(s + i, n);
		int cw = text_width(ch);
		free(ch);
		if (w + cw > cols && i > 0)
			break;
		w += cw;
		i += n;
	}
	return i;
}

/* The code point at s (UTF-8 assumed well formed; a stray byte is itself). */
static unsigned cp_at(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	if (p[0] < 0xC0)
		return p[0];
	if (p[0] < 0xE0 && p[1])
		return (p[0] & 0x1Fu) << 6 | (p[1] & 0x3Fu);
	if (p[0] < 0xF0 && p[1] && p[2])
		return (p[0] & 0x0Fu) << 12 | (p[1] & 0x3Fu) << 6 | (p[2] & 0x3Fu);
	return 0x10000; /* beyond the BMP: Chinese, breakable */
}

/* Part of a word that must not be split: Latin letters, digits, ASCII
 * punctuation, ¥ and the like (anything narrow and not a space). */
static bool word_char(unsigned c) { return c > ' ' && c < 0x2E80; }

/* Whether a break between s[i - 1] and s[i] would split a word. */
static bool inside_word(const char *s, size_t i)
{
	size_t b = i;

	if (i == 0 || !s[i])
		return false;
	do
		b--;
	while (b > 0 && ((unsigned char)s[b] & 0xC0) == 0x80);
	return word_char(cp_at(s + b)) && word_char(cp_at(s + i));
}

/* Characters a line should not begin with (Chinese closing punctuation). */
static bool no_line_start(const char *p)
{
	static const char *const marks[] = {"，", "。", "、", "；", "：", "）", "》", "”", "！", "？"};
	for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
		if (strncmp(p, marks[i], strlen(marks[i])) == 0)
			return true;
	return false;
}

/* Whether the n bytes at s end in Chinese opening punctuation (which
 * should not end a line); *len gets its length. */
static bool no_line_end(const char *s, size_t n, size_t *len)
{
	static const char *const marks[] = {"（", "《", "“"};
	for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++) {
		size_t k = strlen(marks[i]);
		if (n >= k && memcmp(s + n - k, marks[i], k) == 0) {
			*len = k;
			return true;
		}
	}
	return false;
}

/*
 * A paragraph wrapped to width at `indent`.  Chinese breaks between any
 * two characters, so each line is filled as far as it goes, except that a
 * word (a number, an amount with its ¥, a date, a Latin word) is not split
 * and a line never begins with closing punctuation nor ends with opening
 * punctuation.
 */
static void paragraph(struct strbuf *sb, const char *text, int indent, int width)
{
	int avail = width - indent > 8 ? width - indent : 8;
	const char *p = text;

	do {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		char *line = xstrndup(p, len);
		const char *q = line;

		do {
			size_t start = sb->len, n = fit_prefix(q, avail);
			if (q[n]) {
				size_t cut = n;
				while (cut > n / 2 && inside_word(q, cut))
					cut--;
				if (cut > n / 2 && !inside_word(q, cut))
					n = cut;
				if (no_line_start(q + n)) {
					/* Take the last character down with the mark. */
					size_t back = n - 1;
					while (back > 0 && ((unsigned char)q[back] & 0xC0) == 0x80)
						back--;
					if (back > n / 2)
						n = back;
				}
				size_t k;
				if (no_line_end(q, n, &k) && n - k > n / 2)
					n -= k;
			}
			spaces(sb, indent);
			char *piece = xstrndup(q, n);
			text_fit(sb, piece, avail);
			free(piece);
			end_line(sb, start);
			q += n;
			while (*q == ' ')
				q++;
		} while (*q);
		free(line);
		p = nl ? nl + 1 : p + len;
	} while (*p);
}

/*
 * A table: each column as wide as its widest cell (capped by max_width);
 * when the whole is wider than the page, columns give up a column of width
 * at a time, the widest first: first the capped columns (a cap says the
 * column may be cut), then the other text columns, each down to MIN_COL,
 * then any column, so the table always fits.  A rule of "-" under the
 * header; a cut cell ends in "…".
 */
static void table(struct strbuf *sb, const struct rdoc_table *t, int width)
{
	size_t nrows = t->ncols ? t->cells.n / t->ncols : 0;
	int *w, total = INDENT;

	if (nrows == 0)
		return;
	w = xcalloc(t->ncols, sizeof *w);
	for (size_t c = 0; c < t->ncols; c++) {
		for (size_t r = 0; r < nrows; r++) {
			int cw = text_width(t->cells.v[r * t->ncols + c]);
			if (cw > w[c])
				w[c] = cw;
		}
		if (t->max_width[c] > 0 && w[c] > t->max_width[c])
			w[c] = t->max_width[c];
		total += w[c] + (c ? GAP : 0);
	}
	for (int pass = 0; pass < 3 && total > width; pass++) {
		while (total > width) {
			size_t widest = t->ncols;
			for (size_t c = 0; c < t->ncols; c++) {
				if (pass == 0 && (t->right[c] || !t->max_width[c] || w[c] <= MIN_COL))
					continue;
				if (pass == 1 && (t->right[c] || w[c] <= MIN_COL))
					continue;
				if (pass == 2 && w[c] <= 1)
					continue;
				if (widest == t->ncols || w[c] > w[widest])
					widest = c;
			}
			if (widest == t->ncols)
				break;
			w[widest]--;
			total--;
		}
	}
	for (size_t r = 0; r < nrows; r++) {
		size_t start = sb->len;

		spaces(sb, INDENT);
		for (size_t c = 0; c < t->ncols; c++) {
			const char *cell = t->cells.v[r * t->ncols + c];
			if (c)
				spaces(sb, GAP);
			if (t->right[c])
				text_rpad(sb, cell, w[c]);
			else
				text_pad(sb, cell, w[c]);
		}
		end_line(sb, start);
		if (r == 0) {
			int rule = total - INDENT;
			start = sb->len;
			spaces(sb, INDENT);
			for (int i = 0; i < rule; i++)
				sb_puts(sb, "-");
			end_line(sb, start);
		}
	}
	if (nrows == 1) {
		size_t start = sb->len;
		spaces(sb, INDENT);
		sb_puts(sb, "(无)");
		end_line(sb, start);
	}
	free(w);
}

void rdoc_render_text(const struct rdoc *d, int width, struct strbuf *out)
{
	if (width < 20)
		width = 20;
	if (!d->letter) {
		centred(out, d->office, width);
		centred(out, d->title, width);
		centred(out, d->period, width);
		right_aligned(out, d->generated, width);
	}
	for (size_t i = 0; i < d->n; i++) {
		const struct rdoc_block *b = &d->b[i];

		/* A table is set off from whatever follows it in its section. */
		if (i > 0 && d->b[i - 1].kind == RDOC_TABLE &&
		    (b->kind == RDOC_TEXT || b->kind == RDOC_TABLE))
			sb_puts(out, "\n");
		switch (b->kind) {
		case RDOC_HEADING:
			sb_puts(out, "\n");
			paragraph(out, b->text, 0, width);
			break;
		case RDOC_TEXT:
			paragraph(out, b->text, INDENT, width);
			break;
		case RDOC_TABLE:
			table(out, b->table, width);
			break;
		case RDOC_SIGNATURE:
			sb_puts(out, "\n\n");
			right_aligned(out, b->text, width);
			break;
		case RDOC_TITLE:
			centred(out, b->text, width);
			break;
		case RDOC_CASENO:
			right_aligned(out, b->text, width);
			sb_puts(out, "\n");
			break;
		case RDOC_ADDRESSEE:
			paragraph(out, b->text, 0, width);
			break;
		case RDOC_PARA: {
			/* The first line two characters in (two ideographic spaces). */
			char *t = xmalloc(strlen(b->text) + 7);
			strcpy(t, "\u3000\u3000");
			strcat(t, b->text);
			paragraph(out, t, 0, width);
			free(t);
			break;
		}
		case RDOC_FOOT:
			if (i == 0 || d->b[i - 1].kind != RDOC_FOOT)
				sb_puts(out, "\n\n\n");
			right_aligned(out, b->text, width);
			break;
		case RDOC_BREAK:
			sb_puts(out, "\f\n");
			break;
		}
	}
}
