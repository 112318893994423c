/*
 * pdf.c - a document (rdoc.h) as an A4 portrait PDF: a report, or a legal
 * document (a "letter": 通知书, 裁决书, ...).
 *
 * Pango lays the text out in a CJK font and cairo draws it and the table
 * rules.  The document is laid out twice by the same code: the first pass
 * only counts the pages, so that every footer can say "第 N 页 共 M 页"
 * (a report) or whether a letter has more than one page (it is numbered
 * only then); the second draws.  Tables are measured once, before both
 * passes, so the two passes cannot disagree.  This file decides nothing
 * about what a document says, only where it goes on the page.
 *
 * A report is meant for a supervisor's meeting: black text, thin grey
 * rules, a shaded header row, modest sizes, 20 mm margins, a running
 * header.
 *
 * A letter follows the official models (人力资源社会保障部 劳动人事争议仲裁
 * 文书示范文本) and, for the page and the type, the national standard for
 * official documents, GB/T 9704-2012 党政机关公文格式: margins 37 mm top,
 * 35 mm bottom, 28 mm left, 26 mm right; the office's name and the
 * document's name centred at the top in a heavy serif (the document's name
 * 22 pt, 二号 as 小标宋), the case number at the right under them; the body
 * in a 16 pt serif (三号 as 仿宋) on a 28 pt line pitch, paragraphs
 * justified with their first line two characters in; the foot (office,
 * date) at the right, two characters in, after two blank lines, so that
 * with them it makes about 40 mm for the seal, never alone at the top of
 * a page; forms (送达回证) ruled all round; no running
 * header; "- 1 -" centred below the text only when the document has more
 * than one page.  Several documents may share a file (the morning's print
 * run): each starts on a new page and is numbered on its own.
 */
#include "pdf.h"
#include "tiaocai/afile.h"
#include "tiaocai/text.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* Geometry, in PDF points (1/72 inch). */
#define PAGE_W 595.28
#define PAGE_H 841.89
#define MM (72.0 / 25.4)

/* A report. */
#define MARGIN 56.69                      /* 20 mm on every side */
#define BODY_W (PAGE_W - 2 * MARGIN)
#define BODY_BOTTOM (PAGE_H - MARGIN - 22) /* the footer sits below */
#define PAD_X 4.5                         /* inside a table cell */
#define PAD_Y 3.0
#define CELL_LINES 3                      /* a squeezed cell wraps, then "…" */

/* A letter: its page as rdoc.h sets it (GB/T 9704-2012 as a guide: a body
 * 156 mm by 225 mm). */
#define L_TOP (RDOC_LETTER_TOP_MM * MM)
#define L_BOTTOM (PAGE_H - RDOC_LETTER_BOTTOM_MM * MM)
#define L_LEFT (RDOC_LETTER_LEFT_MM * MM)
#define L_WIDTH (PAGE_W - L_LEFT - RDOC_LETTER_RIGHT_MM * MM)
#define L_PITCH ((double)RDOC_LETTER_PITCH_PT) /* a body line */
#define L_EM ((double)RDOC_LETTER_BODY_PT)     /* the body's character */
#define L_SEAL (RDOC_LETTER_SEAL_LINES * L_PITCH) /* left blank above the foot */
#define L_PAGENO (RDOC_LETTER_PAGENO_MM * MM)  /* the page number below the body */
#define L_PAD_X 6.0                       /* inside a form's cell */
#define L_PAD_Y 5.0
#define L_ROW (12 * MM)                   /* a form's row, room to write by hand */
#define L_ROW_SIGN (24 * MM)              /* a form's row for a signature */

/* Families in order of preference; fontconfig falls back from the list to
 * whatever covers a missing character. */
#define SANS "Noto Sans CJK SC,Source Han Sans SC,WenQuanYi Micro Hei,Droid Sans Fallback,sans-serif"
#define SERIF "Noto Serif CJK SC,Source Han Serif SC," SANS

enum font {
	F_BODY, F_HEAD, F_CELL, F_CELL_BOLD, F_OFFICE, F_TITLE, F_PERIOD, F_SMALL,
	/* a letter */
	F_L_OFFICE, F_L_TITLE, F_L_BODY, F_L_HEAD, F_L_CELL, F_L_CELL_BOLD, F_L_PAGENO,
	F_N
};

static const struct {
	const char *family;
	double size;
	PangoWeight weight;
} font_spec[F_N] = {
	[F_BODY] = {SANS, 10, PANGO_WEIGHT_NORMAL},
	[F_HEAD] = {SANS, 11.5, PANGO_WEIGHT_BOLD},
	[F_CELL] = {SANS, 9, PANGO_WEIGHT_NORMAL},
	[F_CELL_BOLD] = {SANS, 9, PANGO_WEIGHT_BOLD},
	[F_OFFICE] = {SANS, 11, PANGO_WEIGHT_NORMAL},
	[F_TITLE] = {SERIF, 18, PANGO_WEIGHT_BOLD},
	[F_PERIOD] = {SANS, 10, PANGO_WEIGHT_NORMAL},
	[F_SMALL] = {SANS, 8.5, PANGO_WEIGHT_NORMAL},
	/* The sizes of official documents: 小二 for the office's line, 二号
	 * for the document's name (小标宋 in the models), 三号 for the body
	 * (仿宋) and for headings (黑体), 四号 for a form and the page number. */
	[F_L_OFFICE] = {SERIF, 18, PANGO_WEIGHT_BOLD},
	[F_L_TITLE] = {SERIF, 22, PANGO_WEIGHT_BOLD},
	[F_L_BODY] = {SERIF, L_EM, PANGO_WEIGHT_NORMAL},
	[F_L_HEAD] = {SANS, L_EM, PANGO_WEIGHT_BOLD},
	[F_L_CELL] = {SERIF, 14, PANGO_WEIGHT_NORMAL},
	[F_L_CELL_BOLD] = {SERIF, 14, PANGO_WEIGHT_BOLD},
	[F_L_PAGENO] = {SERIF, 14, PANGO_WEIGHT_NORMAL},
};

/* Greys (0 black, 1 white). */
#define INK 0.0
#define INK_SOFT 0.3   /* running header, footer, 制表时间 */
#define RULE 0.55      /* the grid inside a table */
#define RULE_DARK 0.25 /* a table's frame, the header rules */
#define SHADE 0.92     /* the table's header row */

/* A table measured once: column widths, row heights, a layout per cell. */
struct ptable {
	size_t ncols, nrows; /* nrows counts the header row */
	bool headless;       /* no header row to shade or repeat overleaf */
	double *w;           /* ncols */
	double *h;           /* nrows */
	PangoLayout **cell;  /* nrows * ncols, row-major */
	double *cell_y;      /* nrows * ncols: the cell's text below the row's top */
	PangoLayout *none;   /* "（无）" across a table with no rows, or NULL */
	double none_h;
};

struct pdf {
	const struct rdoc *d;
	cairo_t *cr;
	PangoContext *pc;
	PangoFontDescription *font[F_N];
	struct ptable *tab; /* one per block; used for tables only */
	bool draw;          /* false in the counting pass */
	bool letter;        /* d->letter: the letter's page and type */
	double x0, w;       /* the body's left edge and width */
	double bottom;      /* nothing goes below this */
	int page, pages;
	double y;           /* where the next thing goes */
	double top;         /* the top of the body on this page */
	/* A letter: */
	int doc;            /* which document of the file (0 the first) */
	int doc_page;       /* the page within it */
	int *doc_pages;     /* pages of each document, from the counting pass */
	size_t ndocs, docs_cap;
	double keep;        /* what the last line of the block being placed
			     * must have room for below it on its page */
};

/* Text as it may be printed: text_clean's (valid UTF-8; no control,
 * bidirectional or invisible characters, so no line is printed reversed),
 * keeping line breaks when keep_nl.  g_free the result. */
static char *clean(const char *s, bool keep_nl)
{
	struct strbuf sb = {0};
	char *v;

	text_clean(&sb, s, keep_nl ? TEXT_MULTILINE : 0);
	v = g_strdup(sb_str(&sb));
	sb_free(&sb);
	return v;
}

/* A layout of text in a font.  width > 0 wraps (Chinese anywhere, Latin
 * at word ends) and aligns within that width; lines > 0 caps the line
 * count and ends the last one with "…". */
static PangoLayout *mklayout(struct pdf *p, enum font f, const char *text, double width,
			     int lines, PangoAlignment align)
{
	PangoLayout *l = pango_layout_new(p->pc);
	char *s = clean(text, lines == 0);
	PangoAttrList *attrs = pango_attr_list_new();

	pango_layout_set_font_description(l, p->font[f]);
	/* Figures of one width, so right-aligned numbers line up by digit. */
	pango_attr_list_insert(attrs, pango_attr_font_features_new("tnum"));
	pango_layout_set_attributes(l, attrs);
	pango_attr_list_unref(attrs);
	pango_layout_set_text(l, s, -1);
	g_free(s);
	if (width > 0) {
		pango_layout_set_width(l, (int)(width * PANGO_SCALE));
		pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
		pango_layout_set_alignment(l, align);
	}
	if (lines > 0) {
		pango_layout_set_height(l, -lines);
		pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
	}
	return l;
}

static double width_of(PangoLayout *l)
{
	PangoRectangle r;

	pango_layout_get_extents(l, NULL, &r);
	return (double)r.width / PANGO_SCALE;
}

static double height_of(PangoLayout *l)
{
	PangoRectangle r;

	pango_layout_get_extents(l, NULL, &r);
	return (double)r.height / PANGO_SCALE;
}

static void show(struct pdf *p, PangoLayout *l, double x, double y, double grey)
{
	if (!p->draw)
		return;
	cairo_set_source_rgb(p->cr, grey, grey, grey);
	cairo_move_to(p->cr, x, y);
	pango_cairo_show_layout(p->cr, l);
}

static void hline(struct pdf *p, double x0, double x1, double y, double width, double grey)
{
	if (!p->draw)
		return;
	cairo_set_source_rgb(p->cr, grey, grey, grey);
	cairo_set_line_width(p->cr, width);
	cairo_move_to(p->cr, x0, y);
	cairo_line_to(p->cr, x1, y);
	cairo_stroke(p->cr);
}

static void vline(struct pdf *p, double x, double y0, double y1, double width, double grey)
{
	if (!p->draw)
		return;
	cairo_set_source_rgb(p->cr, grey, grey, grey);
	cairo_set_line_width(p->cr, width);
	cairo_move_to(p->cr, x, y0);
	cairo_line_to(p->cr, x, y1);
	cairo_stroke(p->cr);
}

/* ---- pages ------------------------------------------------------------ */

/* A report's first page opens with the office, the title (larger) and the
 * period; every later page with one line of office and period.  A
 * letter's page has nothing above its text. */
static void page_begin(struct pdf *p)
{
	const struct rdoc *d = p->d;
	double y = MARGIN;
	PangoLayout *l;

	p->page++;
	p->doc_page++;
	if (p->letter) {
		p->y = p->top = L_TOP;
		return;
	}
	if (p->page == 1) {
		l = mklayout(p, F_OFFICE, d->office, BODY_W, 2, PANGO_ALIGN_CENTER);
		show(p, l, MARGIN, y, INK);
		y += height_of(l) + 4;
		g_object_unref(l);
		l = mklayout(p, F_TITLE, d->title, BODY_W, 2, PANGO_ALIGN_CENTER);
		show(p, l, MARGIN, y, INK);
		y += height_of(l) + 4;
		g_object_unref(l);
		l = mklayout(p, F_PERIOD, d->period, BODY_W, 2, PANGO_ALIGN_CENTER);
		show(p, l, MARGIN, y, INK);
		y += height_of(l) + 6;
		g_object_unref(l);
		if (d->generated && *d->generated) {
			l = mklayout(p, F_SMALL, d->generated, BODY_W, 1, PANGO_ALIGN_RIGHT);
			show(p, l, MARGIN, y, INK_SOFT);
			y += height_of(l) + 2;
			g_object_unref(l);
		}
		hline(p, MARGIN, PAGE_W - MARGIN, y, 0.9, INK);
		hline(p, MARGIN, PAGE_W - MARGIN, y + 2, 0.3, INK);
		y += 14;
	} else {
		PangoLayout *r = mklayout(p, F_SMALL, d->period, 0, 1, PANGO_ALIGN_LEFT);
		double rw = width_of(r);
		char *left;

		if (rw > BODY_W / 2) { /* the office keeps half the line */
			g_object_unref(r);
			r = mklayout(p, F_SMALL, d->period, BODY_W / 2, 1, PANGO_ALIGN_RIGHT);
			rw = BODY_W / 2;
		}
		left = xasprintf("%s  %s", d->office ? d->office : "", d->title ? d->title : "");
		l = mklayout(p, F_SMALL, left, BODY_W - rw - 18, 1, PANGO_ALIGN_LEFT);
		free(left);
		show(p, l, MARGIN, y, INK_SOFT);
		show(p, r, PAGE_W - MARGIN - rw, y, INK_SOFT);
		y += height_of(l) + 3;
		g_object_unref(l);
		g_object_unref(r);
		hline(p, MARGIN, PAGE_W - MARGIN, y, 0.4, RULE);
		y += 12;
	}
	p->y = p->top = y;
}

/* The pages of the current letter as the counting pass found them. */
static int doc_pages(const struct pdf *p)
{
	return (size_t)p->doc < p->ndocs ? p->doc_pages[p->doc] : 0;
}

/* A report's page ends with "第 N 页 共 M 页"; a letter's with "- N -",
 * the number within its document, when that document has more than one
 * page (公文 number their pages; a one-page notice is not numbered). */
static void page_end(struct pdf *p)
{
	char *s;
	PangoLayout *l;

	if (!p->draw)
		return;
	if (p->letter) {
		if (doc_pages(p) > 1) {
			s = xasprintf("\u2014 %d \u2014", p->doc_page);
			l = mklayout(p, F_L_PAGENO, s, p->w, 1, PANGO_ALIGN_CENTER);
			show(p, l, p->x0, L_BOTTOM + L_PAGENO - height_of(l) / 2, INK);
			g_object_unref(l);
			free(s);
		}
	} else {
		s = xasprintf("第 %d 页 共 %d 页", p->page, p->pages);
		l = mklayout(p, F_SMALL, s, BODY_W, 1, PANGO_ALIGN_CENTER);
		show(p, l, MARGIN, PAGE_H - MARGIN - height_of(l), INK_SOFT);
		g_object_unref(l);
		free(s);
	}
	cairo_show_page(p->cr);
}

/* Start a new page unless `h` more points fit on this one (or this page is
 * still empty: what is taller than a page is drawn and cut, not looped
 * on).  True when a page was started. */
static bool need(struct pdf *p, double h)
{
	if (p->y + h <= p->bottom + 0.01 || p->y <= p->top)
		return false;
	page_end(p);
	page_begin(p);
	return true;
}

/* ---- tables ----------------------------------------------------------- */

/* Shrink the columns marked in `shrink` until the widths add up to
 * `avail` or each is at its minimum: the widest are cut to a common level
 * chosen so that the total fits. */
static void squeeze(double *w, const double *minw, const bool *shrink, size_t n, double avail)
{
	double fixed = 0, hi = 0, lo = 0;

	for (size_t c = 0; c < n; c++) {
		if (!shrink[c])
			fixed += w[c];
		else if (w[c] > hi)
			hi = w[c];
	}
	for (int i = 0; i < 50; i++) {
		double mid = (lo + hi) / 2, sum = fixed;

		for (size_t c = 0; c < n; c++)
			if (shrink[c])
				sum += w[c] < mid ? w[c] : (mid > minw[c] ? mid : minw[c]);
		if (sum <= avail)
			lo = mid;
		else
			hi = mid;
	}
	for (size_t c = 0; c < n; c++)
		if (shrink[c] && w[c] > lo)
			w[c] = lo > minw[c] ? lo : minw[c];
}

/* Take `excess` points from the widest of the columns marked in `shrink`,
 * then from the next widest, none going below `floor`: one long column
 * (the respondents, say) wraps and the others, a case number among them,
 * stay whole. */
static void widest_first(double *w, const bool *shrink, size_t n, double excess, double floor)
{
	while (excess > 0.01) {
		size_t best = n;

		for (size_t c = 0; c < n; c++)
			if (shrink[c] && w[c] > floor + 0.01 && (best == n || w[c] > w[best]))
				best = c;
		if (best == n)
			return;
		double cut = w[best] - floor < excess ? w[best] - floor : excess;

		w[best] -= cut;
		excess -= cut;
	}
}

/* Measure a table: each column as wide as its widest cell; when that is
 * wider than the page, the widest text column gives way first, then the
 * text columns together (their cells wrap, then end in "…"), the number
 * columns only if that is not enough.  In a letter a table spans the
 * body, its cells wrap without end (a value cut short would be wrong on
 * paper), a headless table (a form) gives its spare width to its values
 * and centres its labels, and its rows leave room to write in. */
static void table_prepare(struct pdf *p, const struct rdoc_table *t, struct ptable *pt)
{
	size_t nc = t->ncols, nr = nc ? t->cells.n / nc : 0;
	double *minw = xcalloc(nc ? nc : 1, sizeof *minw);
	double *body = xcalloc(nc ? nc : 1, sizeof *body); /* widest body cell */
	bool *shrink = xcalloc(nc ? nc : 1, sizeof *shrink);
	enum font fn = p->letter ? F_L_CELL : F_CELL, fb = p->letter ? F_L_CELL_BOLD : F_CELL_BOLD;
	double total = 0, em = font_spec[fn].size, W = p->w;
	double padx = p->letter ? L_PAD_X : PAD_X, pady = p->letter ? L_PAD_Y : PAD_Y;
	bool form = p->letter && t->headless;

	pt->ncols = nc;
	pt->nrows = nr;
	pt->headless = t->headless;
	pt->w = xcalloc(nc ? nc : 1, sizeof *pt->w);
	pt->h = xcalloc(nr ? nr : 1, sizeof *pt->h);
	pt->cell = xcalloc(nr * nc + 1, sizeof *pt->cell);
	pt->cell_y = xcalloc(nr * nc + 1, sizeof *pt->cell_y);
	for (size_t r = 0; r < nr; r++)
		for (size_t c = 0; c < nc; c++) {
			bool bold = r == 0 && !t->headless;
			PangoLayout *l = mklayout(p, bold ? fb : fn, t->cells.v[r * nc + c],
						  0, 1, PANGO_ALIGN_LEFT);
			double w = width_of(l) + 2 * padx + 1;

			if (w > pt->w[c])
				pt->w[c] = w;
			if ((r > 0 || t->headless) && w > body[c])
				body[c] = w;
			g_object_unref(l);
		}
	for (size_t c = 0; c < nc; c++) {
		/* Room for a few characters, so a squeezed column still reads. */
		if (pt->w[c] < 2.5 * em + 2 * padx)
			pt->w[c] = 2.5 * em + 2 * padx;
		/* A form's label column: at least 6 characters, at most 40% of
		 * the width (its labels wrap beyond). */
		if (form && c == 0 && nc > 1) {
			if (pt->w[c] < 6 * em + 2 * padx)
				pt->w[c] = 6 * em + 2 * padx;
			if (pt->w[c] > 0.4 * W)
				pt->w[c] = 0.4 * W;
		}
		minw[c] = 4 * em + 2 * padx;
		if (minw[c] > pt->w[c])
			minw[c] = pt->w[c];
		total += pt->w[c];
	}
	if (total > W) {
		/* The capped columns (names, not case numbers: rdoc.h) give way
		 * first, then any text column. */
		for (int pass = 0; pass < 2 && total > W + 0.01; pass++) {
			for (size_t c = 0; c < nc; c++)
				shrink[c] = !(t->right && t->right[c]) &&
					    (pass == 1 || (t->max_width && t->max_width[c] > 0));
			widest_first(pt->w, shrink, nc, total - W, 10 * em + 2 * padx);
			squeeze(pt->w, minw, shrink, nc, W);
			total = 0;
			for (size_t c = 0; c < nc; c++)
				total += pt->w[c];
		}
		if (total > W + 0.01) {
			/* A number is never broken; its header may be. */
			for (size_t c = 0; c < nc; c++) {
				shrink[c] = true;
				minw[c] = 2 * em + 2 * padx;
				if (t->right && t->right[c] && body[c] > minw[c])
					minw[c] = body[c];
			}
			squeeze(pt->w, minw, shrink, nc, W);
		}
		total = 0;
		for (size_t c = 0; c < nc; c++)
			total += pt->w[c];
		/* Too many columns for any page: scale them all. */
		if (total > W)
			for (size_t c = 0; c < nc; c++)
				pt->w[c] *= W / total;
	} else if (form) {
		/* A form spans the body; its values take what is left. */
		pt->w[nc - 1] += W - total;
	} else if (p->letter || total > 0.6 * W) {
		/* Most of the width already (in a letter, always): take all of
		 * it, a text column getting more than a number column, so the
		 * page has one edge. */
		double extra = W - total, weight = 0;

		for (size_t c = 0; c < nc; c++)
			weight += (t->right && t->right[c]) ? 1 : 2;
		for (size_t c = 0; c < nc; c++)
			pt->w[c] += extra * ((t->right && t->right[c]) ? 1 : 2) / weight;
	}
	for (size_t r = 0; r < nr; r++) {
		pt->h[r] = 0;
		for (size_t c = 0; c < nc; c++) {
			bool head = r == 0 && !t->headless;
			PangoAlignment align = t->right && t->right[c] ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT;
			PangoLayout *l;
			double h;

			/* A form's labels and a letter's column heads are centred. */
			if ((form && c == 0 && nc > 1) || (p->letter && head))
				align = PANGO_ALIGN_CENTER;
			l = mklayout(p, head ? fb : fn, t->cells.v[r * nc + c], pt->w[c] - 2 * padx,
				     p->letter ? 0 : CELL_LINES, align);
			h = height_of(l) + 2 * pady;
			pt->cell[r * nc + c] = l;
			if (h > pt->h[r])
				pt->h[r] = h;
		}
		if (form && pt->h[r] < (rdoc_row_signature(t, r) ? L_ROW_SIGN : L_ROW))
			pt->h[r] = rdoc_row_signature(t, r) ? L_ROW_SIGN : L_ROW;
		/* Each cell centred in its row's height; a signature's label
		 * too, its value (a name, a date written on receipt) at the
		 * foot, where one signs. */
		for (size_t c = 0; c < nc; c++) {
			double ch = height_of(pt->cell[r * nc + c]);
			bool at_foot = form && c > 0 && rdoc_row_signature(t, r);

			pt->cell_y[r * nc + c] = at_foot ? pt->h[r] - pady - ch : (pt->h[r] - ch) / 2;
		}
	}
	if (nr == 1 && !t->headless) {
		pt->none = mklayout(p, fn, "（无）", 0, 1, PANGO_ALIGN_LEFT);
		pt->none_h = height_of(pt->none) + 2 * pady;
	}
	free(minw);
	free(body);
	free(shrink);
}

static void table_free(struct ptable *pt)
{
	for (size_t i = 0; i < pt->nrows * pt->ncols; i++)
		g_object_unref(pt->cell[i]);
	if (pt->none)
		g_object_unref(pt->none);
	free(pt->cell);
	free(pt->cell_y);
	free(pt->w);
	free(pt->h);
}

static double table_width(const struct ptable *t)
{
	double w = 0;

	for (size_t c = 0; c < t->ncols; c++)
		w += t->w[c];
	return w;
}

/* One row at p->y with the rule below it.  A report shades its header
 * row and rules in grey; a letter rules in black. */
static void table_row(struct pdf *p, const struct ptable *t, size_t r)
{
	double x = p->x0, width = table_width(t), padx = p->letter ? L_PAD_X : PAD_X;
	bool head = r == 0 && !t->headless;

	if (p->draw && head && !p->letter) {
		cairo_set_source_rgb(p->cr, SHADE, SHADE, SHADE);
		cairo_rectangle(p->cr, p->x0, p->y, width, t->h[0]);
		cairo_fill(p->cr);
	}
	for (size_t c = 0; c < t->ncols; c++) {
		PangoLayout *l = t->cell[r * t->ncols + c];

		show(p, l, x + padx, p->y + t->cell_y[r * t->ncols + c], INK);
		x += t->w[c];
	}
	p->y += t->h[r];
	if (p->letter)
		hline(p, p->x0, p->x0 + width, p->y, head ? 0.8 : 0.5, INK);
	else if (head)
		hline(p, p->x0, p->x0 + width, p->y, 0.6, RULE_DARK);
	else
		hline(p, p->x0, p->x0 + width, p->y, 0.3, RULE);
}

/* The frame and the column rules of the part of a table from `top` to
 * p->y. */
static void table_frame(struct pdf *p, const struct ptable *t, double top, bool columns)
{
	double x = p->x0, width = table_width(t);
	double grid = p->letter ? INK : RULE, frame = p->letter ? INK : RULE_DARK;

	for (size_t c = 0; columns && c + 1 < t->ncols; c++) {
		x += t->w[c];
		vline(p, x, top, p->y, p->letter ? 0.5 : 0.3, grid);
	}
	if (p->draw) {
		cairo_set_source_rgb(p->cr, frame, frame, frame);
		cairo_set_line_width(p->cr, p->letter ? 1.0 : 0.6);
		cairo_rectangle(p->cr, p->x0, top, width, p->y - top);
		cairo_stroke(p->cr);
	}
}

/* The header row and the first body row: what must fit on a page for the
 * table to start there. */
static double table_start(const struct ptable *t)
{
	if (t->nrows == 0)
		return 0;
	return t->h[0] + (t->nrows > 1 ? t->h[1] : t->none_h);
}

/* A table flows onto further pages a whole row at a time, its header row
 * (a headless table has none) repeated at the top of each; its last row
 * keeps p->keep below it.  A table with no rows says so in one row. */
static void put_table(struct pdf *p, const struct ptable *t)
{
	double top;

	if (t->nrows == 0 || t->ncols == 0)
		return;
	if (p->y > p->top)
		p->y += p->letter ? L_PITCH / 2 : 2;
	need(p, table_start(t) + (t->nrows <= 2 ? p->keep : 0));
	top = p->y;
	table_row(p, t, 0);
	for (size_t r = 1; r < t->nrows; r++) {
		double keep = r + 1 == t->nrows ? p->keep : 0;

		if (p->y + t->h[r] + keep > p->bottom + 0.01) {
			table_frame(p, t, top, true);
			page_end(p);
			page_begin(p);
			top = p->y;
			if (!t->headless)
				table_row(p, t, 0);
		}
		table_row(p, t, r);
	}
	table_frame(p, t, top, true);
	if (t->none) {
		top = p->y;
		show(p, t->none, p->x0 + PAD_X, p->y + PAD_Y, INK);
		p->y += t->none_h;
		table_frame(p, t, top, false);
	}
	p->y += p->letter ? L_PITCH / 2 : 10;
}

/* ---- text, headings, the signature ----------------------------------- */

/* A paragraph, a line at a time, so a long one may continue overleaf. */
static void put_text(struct pdf *p, const char *text)
{
	PangoLayout *l;
	PangoLayoutIter *it;

	if (text == NULL || *text == '\0') {
		p->y += 7;
		return;
	}
	l = mklayout(p, F_BODY, text, p->w, 0, PANGO_ALIGN_LEFT);
	it = pango_layout_get_iter(l);
	do {
		PangoRectangle r;
		double base = (double)pango_layout_iter_get_baseline(it) / PANGO_SCALE;

		pango_layout_iter_get_line_extents(it, NULL, &r);
		need(p, (double)r.height / PANGO_SCALE);
		if (p->draw) {
			cairo_set_source_rgb(p->cr, INK, INK, INK);
			cairo_move_to(p->cr, p->x0 + (double)r.x / PANGO_SCALE,
				      p->y + base - (double)r.y / PANGO_SCALE);
			pango_cairo_show_layout_line(p->cr, pango_layout_iter_get_line_readonly(it));
		}
		p->y += (double)r.height / PANGO_SCALE + 3;
	} while (pango_layout_iter_next_line(it));
	pango_layout_iter_free(it);
	g_object_unref(l);
	p->y += 1;
}

/* The height of the start of block i: what a heading must keep with it. */
static double block_start(struct pdf *p, size_t i)
{
	const struct rdoc_block *b;

	if (i >= p->d->n)
		return 0;
	b = &p->d->b[i];
	if (b->kind == RDOC_TABLE)
		return 2 + table_start(&p->tab[i]);
	if (b->kind == RDOC_TEXT)
		return font_spec[F_BODY].size * 1.8;
	return 0;
}

static void put_heading(struct pdf *p, size_t i)
{
	PangoLayout *l = mklayout(p, F_HEAD, p->d->b[i].text, p->w, 2, PANGO_ALIGN_LEFT);
	double h = height_of(l), gap = p->y > p->top ? 8 : 0;

	if (need(p, gap + h + 4 + block_start(p, i + 1)))
		gap = 0;
	p->y += gap;
	show(p, l, p->x0, p->y, INK);
	p->y += h + 4;
	g_object_unref(l);
}

/* A piece of the signature line. */
struct sigpiece {
	enum { SP_TEXT, SP_BLANK, SP_GAP } kind;
	char *text;   /* SP_TEXT */
	double width;
	PangoLayout *l;
};

static void sig_push(struct sigpiece **v, size_t *n, size_t *cap, int kind, char *text,
		     double width)
{
	*v = xgrow(*v, cap, *n + 1, sizeof **v);
	(*v)[(*n)++] = (struct sigpiece){kind, text, width, NULL};
}

static bool is_ideo_space(const char *q)
{
	return strncmp(q, "\xe3\x80\x80", 3) == 0; /* U+3000 */
}

/* The signature line, right-aligned below the last block: its text as
 * given, each label that ends in "：" followed by a ruled blank, each run
 * of "_" drawn as a rule of about its length, spaces as a fixed gap. */
static void put_signature(struct pdf *p, const char *text)
{
	char *s = clean(text, false);
	struct sigpiece *v = NULL;
	size_t n = 0, cap = 0;
	enum font f = p->letter ? F_L_BODY : F_BODY;
	double total = 0, h = font_spec[f].size * 1.5, x;
	const char *q = s;

	while (*q) {
		size_t len;

		if (*q == ' ' || is_ideo_space(q)) {
			while (*q == ' ' || is_ideo_space(q))
				q += *q == ' ' ? 1 : 3;
			if (n && *q)
				sig_push(&v, &n, &cap, SP_GAP, NULL, 16);
			continue;
		}
		if (*q == '_') {
			for (len = 0; q[len] == '_'; len++)
				;
			sig_push(&v, &n, &cap, SP_BLANK, NULL, len * 6.0);
			q += len;
			continue;
		}
		for (len = 0; q[len] && q[len] != ' ' && q[len] != '_' && !is_ideo_space(q + len); len++)
			;
		sig_push(&v, &n, &cap, SP_TEXT, xstrndup(q, len), 0);
		q += len;
		/* A label with nothing after it to fill in: give it a blank. */
		if ((len >= 3 && strncmp(q - 3, "\xef\xbc\x9a", 3) == 0) || q[-1] == ':')
			if (*q == '\0' || *q == ' ' || is_ideo_space(q))
				sig_push(&v, &n, &cap, SP_BLANK, NULL,
					 strstr(v[n - 1].text, "日期") ? 90 : 110);
	}
	g_free(s);

	/* Measure, then place the whole line against the right margin. */
	for (size_t i = 0; i < n; i++) {
		if (v[i].kind == SP_TEXT) {
			v[i].l = mklayout(p, f, v[i].text, 0, 1, PANGO_ALIGN_LEFT);
			v[i].width = width_of(v[i].l);
			if (height_of(v[i].l) > h)
				h = height_of(v[i].l);
		}
		total += v[i].width;
	}
	/* Well clear of what it signs off, but closer rather than alone on a
	 * page of its own. */
	if (p->y > p->top)
		p->y += p->y + 28 + h <= p->bottom ? 28 : 12;
	need(p, h);
	x = total < p->w ? p->x0 + p->w - total : p->x0;
	for (size_t i = 0; i < n; i++) {
		if (v[i].kind == SP_TEXT) {
			show(p, v[i].l, x, p->y, INK);
			g_object_unref(v[i].l);
			free(v[i].text);
		} else if (v[i].kind == SP_BLANK) {
			hline(p, x + 1, x + v[i].width - 1, p->y + h - 2, 0.5, INK);
		}
		x += v[i].width;
	}
	p->y += h + 6;
	free(v);
}

/* ---- a letter --------------------------------------------------------- */

static bool kind_at(const struct pdf *p, size_t i, enum rdoc_kind k)
{
	return i < p->d->n && p->d->b[i].kind == k;
}

/* The line pitch of a font in a letter: 28 pt for the body's size, more
 * for the titles' (their lines as far apart as their size asks). */
static double pitch_of(enum font f)
{
	double s = font_spec[f].size * 1.75;

	return s > L_PITCH ? s : L_PITCH;
}

/*
 * The lines of l on the letter's pitch, each line's box centred on its
 * pitch, a line at a time so a long paragraph continues overleaf; the
 * last line keeps `keep` below it on its page (the foot: see FOOT), so
 * that what must follow it is never alone at the top of the next page.
 */
static void put_lines(struct pdf *p, PangoLayout *l, double pitch, double keep)
{
	PangoLayoutIter *it = pango_layout_get_iter(l);

	do {
		PangoRectangle r;
		double base = (double)pango_layout_iter_get_baseline(it) / PANGO_SCALE;
		bool last = pango_layout_iter_at_last_line(it);

		pango_layout_iter_get_line_extents(it, NULL, &r);
		need(p, pitch + (last ? keep : 0));
		if (p->draw) {
			double h = (double)r.height / PANGO_SCALE;

			cairo_set_source_rgb(p->cr, INK, INK, INK);
			cairo_move_to(p->cr, p->x0 + (double)r.x / PANGO_SCALE,
				      p->y + (pitch - h) / 2 + base - (double)r.y / PANGO_SCALE);
			pango_cairo_show_layout_line(p->cr, pango_layout_iter_get_line_readonly(it));
		}
		p->y += pitch;
	} while (pango_layout_iter_next_line(it));
	pango_layout_iter_free(it);
}

/* The height of the run of FOOT blocks from i: the room for the seal and
 * its lines. */
static double foot_height(struct pdf *p, size_t i)
{
	double h = L_SEAL;

	for (; kind_at(p, i, RDOC_FOOT); i++) {
		PangoLayout *l = mklayout(p, F_L_BODY, p->d->b[i].text, p->w - 2 * L_EM, 0,
					  PANGO_ALIGN_RIGHT);

		h += pango_layout_get_line_count(l) * L_PITCH;
		g_object_unref(l);
	}
	return h;
}

/*
 * A block of a letter.  The run of TITLE blocks at the head of a document
 * is the office's name and then the document's name: the last of the run
 * is the document's name, larger.  Paragraphs are justified, their first
 * line two characters in (as are headings, 黑体 in the models).  A run of
 * FOOT lines stands at the right, two characters in from the margin, below
 * the room for the seal; the last line of the block before it goes to the
 * next page with it when both do not fit.
 */
static void put_letter_block(struct pdf *p, size_t i)
{
	const struct rdoc_block *b = &p->d->b[i];
	PangoLayout *l = NULL;
	enum font f = F_L_BODY;
	double keep = kind_at(p, i + 1, RDOC_FOOT) ? foot_height(p, i + 1) : 0;

	switch (b->kind) {
	case RDOC_TITLE:
		f = kind_at(p, i + 1, RDOC_TITLE) ? F_L_OFFICE : F_L_TITLE;
		l = mklayout(p, f, b->text, p->w, 0, PANGO_ALIGN_CENTER);
		/* The last title line keeps the first body line with it. */
		if (!kind_at(p, i + 1, RDOC_TITLE))
			keep += L_PITCH * 2;
		put_lines(p, l, pitch_of(f), keep);
		if (!kind_at(p, i + 1, RDOC_TITLE))
			p->y += L_PITCH / 2;
		break;
	case RDOC_CASENO:
		l = mklayout(p, F_L_BODY, b->text, p->w, 0, PANGO_ALIGN_RIGHT);
		put_lines(p, l, L_PITCH, keep + L_PITCH);
		p->y += L_PITCH / 2;
		break;
	case RDOC_ADDRESSEE:
	case RDOC_TEXT:
		l = mklayout(p, F_L_BODY, b->text, p->w, 0, PANGO_ALIGN_LEFT);
		pango_layout_set_justify(l, TRUE);
		put_lines(p, l, L_PITCH, keep);
		break;
	case RDOC_PARA:
	case RDOC_HEADING:
		if (!*b->text) {
			p->y += L_PITCH;
			break;
		}
		f = b->kind == RDOC_HEADING ? F_L_HEAD : F_L_BODY;
		l = mklayout(p, f, b->text, p->w, 0, PANGO_ALIGN_LEFT);
		pango_layout_set_indent(l, (int)(2 * L_EM * PANGO_SCALE));
		pango_layout_set_justify(l, TRUE);
		/* A heading keeps the first line of what it heads. */
		put_lines(p, l, L_PITCH, b->kind == RDOC_HEADING ? keep + L_PITCH : keep);
		break;
	case RDOC_FOOT:
		if (i == 0 || !kind_at(p, i - 1, RDOC_FOOT)) {
			need(p, foot_height(p, i));
			p->y += L_SEAL;
		}
		l = mklayout(p, F_L_BODY, b->text, p->w - 2 * L_EM, 0, PANGO_ALIGN_RIGHT);
		put_lines(p, l, L_PITCH, 0);
		break;
	case RDOC_TABLE:
		p->keep = keep;
		put_table(p, &p->tab[i]);
		p->keep = 0;
		break;
	case RDOC_SIGNATURE:
		put_signature(p, b->text);
		break;
	case RDOC_BREAK:
		break;
	}
	if (l)
		g_object_unref(l);
}

/* Note that the current document has `doc_page` pages (counting pass). */
static void doc_done(struct pdf *p)
{
	if (p->draw)
		return;
	p->doc_pages = xgrow(p->doc_pages, &p->docs_cap, (size_t)p->doc + 1, sizeof *p->doc_pages);
	while (p->ndocs <= (size_t)p->doc)
		p->doc_pages[p->ndocs++] = 0;
	p->doc_pages[p->doc] = p->doc_page;
}

/* A letter, document after document: an RDOC_BREAK between two of them
 * ends the page and starts the next document's page count afresh (none
 * before the first, none after the last, one for several in a row). */
static void lay_out_letter(struct pdf *p)
{
	bool content = false, pending = false;

	p->page = 0;
	p->doc = 0;
	p->doc_page = 0;
	page_begin(p);
	for (size_t i = 0; i < p->d->n; i++) {
		if (p->d->b[i].kind == RDOC_BREAK) {
			pending = content;
			continue;
		}
		if (pending) {
			doc_done(p);
			page_end(p);
			p->doc++;
			p->doc_page = 0;
			page_begin(p);
			pending = false;
		}
		content = true;
		put_letter_block(p, i);
	}
	doc_done(p);
	page_end(p);
}

/* ---- the document ----------------------------------------------------- */

static void lay_out(struct pdf *p)
{
	if (p->letter) {
		lay_out_letter(p);
		return;
	}
	p->page = 0;
	page_begin(p);
	for (size_t i = 0; i < p->d->n; i++) {
		const struct rdoc_block *b = &p->d->b[i];

		switch (b->kind) {
		case RDOC_HEADING:
			put_heading(p, i);
			break;
		case RDOC_TEXT:
			put_text(p, b->text);
			break;
		case RDOC_TABLE:
			put_table(p, &p->tab[i]);
			break;
		case RDOC_SIGNATURE:
			put_signature(p, b->text);
			break;
		case RDOC_TITLE:
		case RDOC_CASENO:
		case RDOC_ADDRESSEE:
		case RDOC_PARA:
		case RDOC_FOOT:
			/* A report holds none of the letter's blocks; should one
			 * come, it is still printed, as text. */
			put_text(p, b->text);
			break;
		case RDOC_BREAK:
			break;
		}
	}
	page_end(p);
}

/* True when the fonts found cover Chinese (fontconfig may find nothing
 * better than a Latin font, which would print boxes). */
static bool has_cjk(PangoContext *pc, PangoFontDescription *fd)
{
	PangoFontset *fs = pango_context_load_fontset(pc, fd, pango_context_get_language(pc));
	bool ok = false;

	if (fs) {
		PangoFont *f = pango_fontset_get_font(fs, 0x4e2d); /* 中 */

		ok = f && pango_font_has_char(f, 0x4e2d) && pango_font_has_char(f, 0x8c03);
		if (f)
			g_object_unref(f);
		g_object_unref(fs);
	}
	return ok;
}

/* The PDF's title (shown by viewers): a report's title, a letter's first
 * document's name (the last of its first run of titles). */
static const char *doc_title(const struct rdoc *d)
{
	if (!d->letter)
		return d->title;
	for (size_t i = 0; i < d->n; i++)
		if (d->b[i].kind == RDOC_TITLE && (i + 1 == d->n || d->b[i + 1].kind != RDOC_TITLE))
			return d->b[i].text;
	return NULL;
}

struct sink {
	FILE *fp;
	int err;
};

static cairo_status_t sink_write(void *closure, const unsigned char *data, unsigned int len)
{
	struct sink *k = closure;

	if (fwrite(data, 1, len, k->fp) != len) {
		k->err = errno ? errno : EIO;
		return CAIRO_STATUS_WRITE_ERROR;
	}
	return CAIRO_STATUS_SUCCESS;
}

enum tc_status pdf_render(const struct rdoc *d, const char *path, int *pages, struct tc_err *e)
{
	struct pdf p = {.d = d, .letter = d->letter};
	PangoFontMap *fm = pango_cairo_font_map_new();
	PangoContext *pc = pango_font_map_create_context(fm);
	cairo_font_options_t *fo = cairo_font_options_create();
	cairo_surface_t *surface;
	cairo_status_t cst;
	enum tc_status st = TC_OK;
	struct sink sink;
	struct afile f;
	const char *title = doc_title(d);

	if (p.letter) {
		p.x0 = L_LEFT;
		p.w = L_WIDTH;
		p.bottom = L_BOTTOM;
	} else {
		p.x0 = MARGIN;
		p.w = BODY_W;
		p.bottom = BODY_BOTTOM;
	}
	/* Points as the unit, unhinted metrics: the page is measured exactly
	 * as it will print. */
	pango_cairo_context_set_resolution(pc, 72.0);
	cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
	cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
	pango_cairo_context_set_font_options(pc, fo);
	cairo_font_options_destroy(fo);
	pango_context_set_round_glyph_positions(pc, FALSE);
	pango_context_set_language(pc, pango_language_from_string("zh-cn"));
	for (int i = 0; i < F_N; i++) {
		p.font[i] = pango_font_description_new();
		pango_font_description_set_family(p.font[i], font_spec[i].family);
		pango_font_description_set_size(p.font[i], (int)(font_spec[i].size * PANGO_SCALE));
		pango_font_description_set_weight(p.font[i], font_spec[i].weight);
	}
	p.pc = pc;

	if (!has_cjk(pc, p.font[F_BODY])) {
		st = err_set(e, TC_REFUSED, "file",
			     "无法生成 %s: 没有找到中文字体 (请安装 fonts-noto-cjk)", path);
		goto out;
	}
	st = afile_open(&f, path, e);
	if (st != TC_OK)
		goto out;
	sink = (struct sink){f.fp, 0};
	surface = cairo_pdf_surface_create_for_stream(sink_write, &sink, PAGE_W, PAGE_H);
	if (title && *title) {
		char *t = clean(title, false);

		cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, t);
		g_free(t);
	}
	cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "tiaocai");
	p.cr = cairo_create(surface);
	pango_cairo_update_context(p.cr, pc);

	p.tab = xcalloc(d->n ? d->n : 1, sizeof *p.tab);
	for (size_t i = 0; i < d->n; i++)
		if (d->b[i].kind == RDOC_TABLE && d->b[i].table)
			table_prepare(&p, d->b[i].table, &p.tab[i]);
	p.draw = false;
	lay_out(&p);
	p.pages = p.page;
	p.draw = true;
	lay_out(&p);
	for (size_t i = 0; i < d->n; i++)
		table_free(&p.tab[i]);
	free(p.tab);
	free(p.doc_pages);

	cst = cairo_status(p.cr);
	cairo_destroy(p.cr);
	cairo_surface_finish(surface);
	if (cst == CAIRO_STATUS_SUCCESS)
		cst = cairo_surface_status(surface);
	cairo_surface_destroy(surface);
	if (cst != CAIRO_STATUS_SUCCESS)
		st = err_set(e, TC_STORAGE, "file", "写入 %s 失败: %s", path,
			     sink.err ? strerror(sink.err) : cairo_status_to_string(cst));
	st = afile_commit(&f, st, e);
	if (st == TC_OK && pages)
		*pages = p.pages;
out:
	for (int i = 0; i < F_N; i++)
		pango_font_description_free(p.font[i]);
	g_object_unref(pc);
	g_object_unref(fm);
	return st;
}
