/*
 * odt.c - a document (rdoc.h) as an OpenDocument Text file (odt.h).
 *
 * An .odt is a zip: the entry "mimetype" first and stored (uncompressed,
 * so that a program can recognise the file from its first bytes), then
 * the manifest, meta.xml, styles.xml (the page and the named styles) and
 * content.xml (the text, with the automatic styles of its tables and of
 * the first paragraph of each document).  The zip is written here, with
 * zlib's crc32 and raw deflate, straight into afile's stream, so a failed
 * write leaves nothing; libzip would want a file of its own.
 *
 * What this file does not do: break pages.  The word processor does; the
 * letter's page (rdoc.h) and its styles are those of the PDF, so the two
 * look alike, and a document is given page numbers when an estimate of
 * its height says it runs over a page.
 */
#include "tiaocai/odt.h"
#include "tiaocai/afile.h"
#include "tiaocai/text.h"

#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

/* ---- the zip container ------------------------------------------------ */

struct zentry {
	char *name;
	uint32_t crc, csize, usize, offset;
	bool deflated;
};

struct zip {
	FILE *fp;
	uint32_t off;        /* bytes written so far */
	int err;             /* errno of the first failed write, or 0 */
	bool too_big;        /* beyond what a zip without ZIP64 holds */
	struct zentry *v;
	size_t n, cap;
};

/* DOS date and time of every entry: fixed (1980-01-01 00:00), so that the
 * same document makes the same file. */
#define ZIP_DATE 0x0021
#define ZIP_TIME 0x0000

static void put16(unsigned char *p, unsigned v)
{
	p[0] = v & 0xFF;
	p[1] = (v >> 8) & 0xFF;
}

static void put32(unsigned char *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = (v >> (8 * i)) & 0xFF;
}

static void zwrite(struct zip *z, const void *p, size_t n)
{
	if (z->err == 0 && n > 0 && fwrite(p, 1, n, z->fp) != n)
		z->err = errno ? errno : EIO;
	if (n > UINT32_MAX - z->off)
		z->too_big = true;
	else
		z->off += (uint32_t)n;
}

/* Add an entry of len bytes, deflated (raw deflate, method 8) or stored
 * (method 0). */
static void zip_add(struct zip *z, const char *name, const void *data, size_t len, bool compress)
{
	struct zentry *en;
	unsigned char h[30];
	unsigned char *out = NULL;
	size_t outlen = len;

	if (len > UINT_MAX / 2) {
		z->too_big = true;
		return;
	}
	z->v = xgrow(z->v, &z->cap, z->n + 1, sizeof *z->v);
	en = &z->v[z->n++];
	en->name = xstrdup(name);
	en->crc = (uint32_t)crc32(crc32(0L, Z_NULL, 0), data, (uInt)len);
	en->usize = (uint32_t)len;
	en->offset = z->off;
	en->deflated = false;
	if (compress) {
		z_stream s;

		memset(&s, 0, sizeof s);
		/* Windows bits -15: raw deflate, as zip wants it. */
		if (deflateInit2(&s, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) == Z_OK) {
			uLong bound = deflateBound(&s, (uLong)len);

			out = xmalloc(bound);
			s.next_in = (Bytef *)data;
			s.avail_in = (uInt)len;
			s.next_out = out;
			s.avail_out = (uInt)bound;
			int rc;

			do
				rc = deflate(&s, Z_FINISH);
			while (rc == Z_OK);
			if (rc == Z_STREAM_END) {
				en->deflated = true;
				outlen = s.total_out;
			}
			deflateEnd(&s);
		}
	}
	en->csize = (uint32_t)outlen;
	put32(h, 0x04034b50);
	put16(h + 4, en->deflated ? 20 : 10); /* version needed */
	put16(h + 6, 0);                       /* flags */
	put16(h + 8, en->deflated ? 8 : 0);
	put16(h + 10, ZIP_TIME);
	put16(h + 12, ZIP_DATE);
	put32(h + 14, en->crc);
	put32(h + 18, en->csize);
	put32(h + 22, en->usize);
	put16(h + 26, (unsigned)strlen(name));
	put16(h + 28, 0);                      /* no extra field */
	zwrite(z, h, sizeof h);
	zwrite(z, name, strlen(name));
	zwrite(z, en->deflated ? out : data, outlen);
	free(out);
}

/* The central directory and its end record. */
static void zip_finish(struct zip *z)
{
	uint32_t start = z->off;
	unsigned char h[46], end[22];

	for (size_t i = 0; i < z->n; i++) {
		const struct zentry *en = &z->v[i];

		put32(h, 0x02014b50);
		put16(h + 4, 20);                      /* made by: MS-DOS, zip 2.0 */
		put16(h + 6, en->deflated ? 20 : 10);
		put16(h + 8, 0);
		put16(h + 10, en->deflated ? 8 : 0);
		put16(h + 12, ZIP_TIME);
		put16(h + 14, ZIP_DATE);
		put32(h + 16, en->crc);
		put32(h + 20, en->csize);
		put32(h + 24, en->usize);
		put16(h + 28, (unsigned)strlen(en->name));
		put16(h + 30, 0);                      /* extra */
		put16(h + 32, 0);                      /* comment */
		put16(h + 34, 0);                      /* disk */
		put16(h + 36, 0);                      /* internal attributes */
		put32(h + 38, 0);                      /* external attributes */
		put32(h + 42, en->offset);
		zwrite(z, h, sizeof h);
		zwrite(z, en->name, strlen(en->name));
	}
	put32(end, 0x06054b50);
	put16(end + 4, 0);
	put16(end + 6, 0);
	put16(end + 8, (unsigned)z->n);
	put16(end + 10, (unsigned)z->n);
	put32(end + 12, z->off - start);
	put32(end + 16, start);
	put16(end + 20, 0);
	zwrite(z, end, sizeof end);
}

static void zip_free(struct zip *z)
{
	for (size_t i = 0; i < z->n; i++)
		free(z->v[i].name);
	free(z->v);
}

/* ---- XML -------------------------------------------------------------- */

#define NS_OFFICE "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define NS_ALL                                                                \
	" xmlns:office=\"" NS_OFFICE "\""                                     \
	" xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""   \
	" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""     \
	" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""   \
	" xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\"" \
	" xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""   \
	" xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""     \
	" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""                      \
	" office:version=\"1.2\""
#define XML_DECL "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

/* Text for an element's content: cleaned (text_clean: no control
 * characters, which XML 1.0 forbids anyway, valid UTF-8), escaped, a line
 * break kept as <text:line-break/> when `breaks`, and spaces kept as ODF
 * keeps them (a run of spaces, or a space at the start, as <text:s/>). */
static void xml_text(struct strbuf *sb, const char *s, bool breaks)
{
	struct strbuf c = {0};
	const char *p;
	bool start = true;

	text_clean(&c, s, breaks ? TEXT_MULTILINE : 0);
	for (p = sb_str(&c); *p; p++) {
		if (*p == ' ') {
			size_t k = 0;

			while (p[k] == ' ')
				k++;
			if (start)
				sb_printf(sb, "<text:s text:c=\"%zu\"/>", k);
			else if (k > 1)
				sb_printf(sb, " <text:s text:c=\"%zu\"/>", k - 1);
			else
				sb_puts(sb, " ");
			p += k - 1;
			start = false;
			continue;
		}
		start = false;
		/* U+FFFE and U+FFFF are valid UTF-8 but not XML characters:
		 * a word processor would refuse the whole file. */
		if (strncmp(p, "\xef\xbf\xbe", 3) == 0 || strncmp(p, "\xef\xbf\xbf", 3) == 0) {
			p += 2;
			continue;
		}
		switch (*p) {
		case '&': sb_puts(sb, "&amp;"); break;
		case '<': sb_puts(sb, "&lt;"); break;
		case '>': sb_puts(sb, "&gt;"); break;
		case '"': sb_puts(sb, "&quot;"); break;
		case '\'': sb_puts(sb, "&apos;"); break;
		case '\n': sb_puts(sb, "<text:line-break/>"); start = true; break;
		case '\t': sb_puts(sb, "<text:tab/>"); break;
		default: sb_add(sb, p, 1); break;
		}
	}
	sb_free(&c);
}

/* An attribute's value (a title in meta.xml): the same, on one line. */
static void xml_attr(struct strbuf *sb, const char *s)
{
	struct strbuf c = {0};

	text_clean(&c, s, 0);
	for (const char *p = sb_str(&c); *p; p++) {
		switch (*p) {
		case '&': sb_puts(sb, "&amp;"); break;
		case '<': sb_puts(sb, "&lt;"); break;
		case '>': sb_puts(sb, "&gt;"); break;
		case '"': sb_puts(sb, "&quot;"); break;
		default: sb_add(sb, p, 1); break;
		}
	}
	sb_free(&c);
}

/* A length in hundredths of a millimetre as "12.34mm" (no floating
 * point: the decimal point of a locale has no say). */
static void mm(struct strbuf *sb, long hmm)
{
	sb_printf(sb, "%ld.%02ldmm", hmm / 100, hmm % 100);
}

/* ---- styles ------------------------------------------------------------- */

/* The named paragraph styles (styles.xml), which an office may restyle. */
enum pstyle {
	P_OFFICE, P_TITLE, P_CASENO, P_ADDRESSEE, P_BODY, P_HEADING, P_TEXT,
	P_CENTRED, P_FOOT, P_SIGNATURE, P_N
};

static const char *const pstyle_name[P_N] = {
	[P_OFFICE] = "Office", [P_TITLE] = "Title", [P_CASENO] = "CaseNo",
	[P_ADDRESSEE] = "Addressee", [P_BODY] = "Body", [P_HEADING] = "Heading",
	[P_TEXT] = "Text", [P_CENTRED] = "Centred", [P_FOOT] = "Foot",
	[P_SIGNATURE] = "Signature",
};

/* The letter's page in hundredths of a millimetre. */
#define PAGE_W_HMM 21000
#define BODY_W_HMM (PAGE_W_HMM - 100 * (RDOC_LETTER_LEFT_MM + RDOC_LETTER_RIGHT_MM))
#define BODY_H_PT ((297.0 - RDOC_LETTER_TOP_MM - RDOC_LETTER_BOTTOM_MM) * 72 / 25.4)
#define CELL_PT 14 /* 四号, as the PDF's forms */

/* A paragraph style's properties: alignment, size, weight, family, line
 * height, indent and margins, as one table so styles.xml is generated. */
static const struct pprops {
	enum pstyle s;
	const char *align;    /* fo:text-align */
	int size;             /* pt */
	bool bold, sans;
	int line;             /* fo:line-height in pt */
	int indent;           /* fo:text-indent in pt */
	int right;            /* fo:margin-right in pt */
	int above, below;     /* fo:margin-top, fo:margin-bottom in pt */
} pstyle_props[] = {
	{P_OFFICE, "center", 18, true, false, 32, 0, 0, 0, 0},
	{P_TITLE, "center", 22, true, false, 40, 0, 0, 0, 7},
	{P_CASENO, "end", RDOC_LETTER_BODY_PT, false, false, RDOC_LETTER_PITCH_PT, 0, 0, 0, 14},
	{P_ADDRESSEE, "start", RDOC_LETTER_BODY_PT, false, false, RDOC_LETTER_PITCH_PT, 0, 0, 0, 0},
	{P_BODY, "justify", RDOC_LETTER_BODY_PT, false, false, RDOC_LETTER_PITCH_PT,
	 2 * RDOC_LETTER_BODY_PT, 0, 0, 0},
	{P_HEADING, "justify", RDOC_LETTER_BODY_PT, true, true, RDOC_LETTER_PITCH_PT,
	 2 * RDOC_LETTER_BODY_PT, 0, 0, 0},
	{P_TEXT, "justify", RDOC_LETTER_BODY_PT, false, false, RDOC_LETTER_PITCH_PT, 0, 0, 0, 0},
	{P_CENTRED, "center", RDOC_LETTER_BODY_PT, false, false, RDOC_LETTER_PITCH_PT, 0, 0, 0, 0},
	/* The foot: at the right two characters in, after the blank lines
	 * for the seal. */
	{P_FOOT, "end", RDOC_LETTER_BODY_PT, false, false, RDOC_LETTER_PITCH_PT, 0,
	 2 * RDOC_LETTER_BODY_PT, RDOC_LETTER_SEAL_LINES * RDOC_LETTER_PITCH_PT, 0},
	{P_SIGNATURE, "end", RDOC_LETTER_BODY_PT, false, false, RDOC_LETTER_PITCH_PT, 0, 0,
	 RDOC_LETTER_PITCH_PT, 0},
};

static void text_props(struct strbuf *sb, int size, bool bold, bool sans)
{
	const char *font = sans ? "Sans CJK" : "Serif CJK";

	sb_printf(sb, "<style:text-properties style:font-name=\"%s\" style:font-name-asian=\"%s\""
		  " fo:font-size=\"%dpt\" style:font-size-asian=\"%dpt\"", font, font, size, size);
	if (bold)
		sb_puts(sb, " fo:font-weight=\"bold\" style:font-weight-asian=\"bold\"");
	sb_puts(sb, "/>");
}

/* styles.xml: the fonts, the named styles, the page with and without its
 * number ("Standard" and "Numbered"). */
static void styles_xml(struct strbuf *sb)
{
	sb_puts(sb, XML_DECL "<office:document-styles" NS_ALL ">"
		"<office:font-face-decls>"
		/* The models' 仿宋 and 小标宋 are an office's own fonts; the
		 * CJK serif is what the PDF uses, the generic family what
		 * stands in where it is missing. */
		"<style:font-face style:name=\"Serif CJK\" svg:font-family=\"&apos;Noto Serif CJK SC&apos;\""
		" style:font-family-generic=\"roman\" style:font-pitch=\"variable\"/>"
		"<style:font-face style:name=\"Sans CJK\" svg:font-family=\"&apos;Noto Sans CJK SC&apos;\""
		" style:font-family-generic=\"swiss\" style:font-pitch=\"variable\"/>"
		"</office:font-face-decls><office:styles>"
		"<style:default-style style:family=\"paragraph\">"
		/* No space put between Chinese and figures (2026年, not
		 * 2026 年): the text is set as the PDF sets it; lines break by
		 * the strict rules of Chinese punctuation. */
		"<style:paragraph-properties fo:orphans=\"1\" fo:widows=\"1\""
		" style:text-autospace=\"none\" style:line-break=\"strict\"/>"
		"<style:text-properties style:font-name=\"Serif CJK\" style:font-name-asian=\"Serif CJK\""
		" fo:font-size=\"16pt\" style:font-size-asian=\"16pt\" fo:language=\"zh\" fo:country=\"CN\""
		" style:language-asian=\"zh\" style:country-asian=\"CN\"/>"
		"</style:default-style>"
		"<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\"/>");
	for (size_t i = 0; i < sizeof pstyle_props / sizeof pstyle_props[0]; i++) {
		const struct pprops *s = &pstyle_props[i];

		sb_printf(sb, "<style:style style:name=\"%s\" style:family=\"paragraph\""
			  " style:parent-style-name=\"Standard\" style:class=\"text\">"
			  "<style:paragraph-properties fo:text-align=\"%s\" fo:line-height=\"%dpt\""
			  " fo:text-indent=\"%dpt\" fo:margin-left=\"0pt\" fo:margin-right=\"%dpt\""
			  " fo:margin-top=\"%dpt\" fo:margin-bottom=\"%dpt\"%s/>",
			  pstyle_name[s->s], s->align, s->line, s->indent, s->right, s->above, s->below,
			  s->s == P_HEADING || s->s == P_OFFICE || s->s == P_TITLE || s->s == P_CASENO
				  ? " fo:keep-with-next=\"always\""
			  : s->s == P_FOOT ? " fo:keep-together=\"always\"" : "");
		text_props(sb, s->size, s->bold, s->sans);
		sb_puts(sb, "</style:style>");
	}
	/* Cells of a table: a form's labels centred, a column head centred
	 * and bold, a number at the right. */
	static const struct { const char *name, *align; bool bold; } cells[] = {
		{"Cell", "start", false}, {"CellLabel", "center", false},
		{"CellHead", "center", true}, {"CellNum", "end", false},
	};
	for (size_t i = 0; i < sizeof cells / sizeof cells[0]; i++) {
		sb_printf(sb, "<style:style style:name=\"%s\" style:family=\"paragraph\""
			  " style:parent-style-name=\"Standard\" style:class=\"table\">"
			  "<style:paragraph-properties fo:text-align=\"%s\" fo:line-height=\"130%%\"/>",
			  cells[i].name, cells[i].align);
		text_props(sb, CELL_PT, cells[i].bold, false);
		sb_puts(sb, "</style:style>");
	}
	sb_puts(sb, "<style:style style:name=\"PageNo\" style:family=\"paragraph\""
		" style:parent-style-name=\"Standard\" style:class=\"extra\">"
		"<style:paragraph-properties fo:text-align=\"center\"/>");
	text_props(sb, CELL_PT, false, false);
	sb_puts(sb, "</style:style></office:styles><office:automatic-styles>");
	/* The page: without a footer the body ends RDOC_LETTER_BOTTOM_MM
	 * above the edge; with the page number's footer, the footer and
	 * its spacing come out of that margin, so the body ends there too. */
	for (int numbered = 0; numbered < 2; numbered++) {
		long bottom = 100L * RDOC_LETTER_BOTTOM_MM;
		long foot = 700, gap = 100L * RDOC_LETTER_PAGENO_MM;

		sb_printf(sb, "<style:page-layout style:name=\"%s\"><style:page-layout-properties"
			  " fo:page-width=\"210mm\" fo:page-height=\"297mm\""
			  " style:print-orientation=\"portrait\" fo:margin-top=\"%dmm\""
			  " fo:margin-left=\"%dmm\" fo:margin-right=\"%dmm\" fo:margin-bottom=\"",
			  numbered ? "PageNumbered" : "Page", RDOC_LETTER_TOP_MM, RDOC_LETTER_LEFT_MM,
			  RDOC_LETTER_RIGHT_MM);
		mm(sb, numbered ? bottom - foot - gap : bottom);
		sb_puts(sb, "\" style:writing-mode=\"lr-tb\"/>");
		if (numbered) {
			sb_puts(sb, "<style:footer-style><style:header-footer-properties fo:min-height=\"");
			mm(sb, foot);
			sb_puts(sb, "\" fo:margin-top=\"");
			mm(sb, gap);
			sb_puts(sb, "\"/></style:footer-style>");
		}
		sb_puts(sb, "</style:page-layout>");
	}
	sb_puts(sb, "</office:automatic-styles><office:master-styles>"
		"<style:master-page style:name=\"Standard\" style:page-layout-name=\"Page\"/>"
		"<style:master-page style:name=\"Numbered\" style:page-layout-name=\"PageNumbered\">"
		"<style:footer><text:p text:style-name=\"PageNo\">\u2014 <text:page-number"
		" text:select-page=\"current\">1</text:page-number> \u2014</text:p></style:footer>"
		"</style:master-page></office:master-styles></office:document-styles>");
}

/* ---- content ------------------------------------------------------------ */

struct odt {
	const struct rdoc *d;
	struct strbuf body;     /* inside <office:text> */
	struct strbuf tables;   /* the automatic styles of the tables */
	/* The automatic paragraph styles used, by named style, by how
	 * the paragraph opens a document (0 it does not, 1 it does, 2 it
	 * does and the document is numbered) and whether it is kept with
	 * the next (the last paragraph before the foot). */
	bool used[P_N][3][2];
	int ntables;
	bool doc_start;         /* the next paragraph opens a document */
	bool numbered;          /* the document being written has page numbers */
};

/* The name of a paragraph's style: the named style itself, or an
 * automatic one on it that starts a new page with the document's master
 * page and numbers it from 1 (the first paragraph of a document), or
 * keeps the paragraph on the page of the next (the one before the foot). */
static void style_name(struct strbuf *sb, enum pstyle s, int start, bool keep)
{
	if (start == 0 && !keep)
		sb_puts(sb, pstyle_name[s]);
	else
		sb_printf(sb, "%s%s%s%s", start ? "Start" : "", pstyle_name[s], start == 2 ? "N" : "",
			  keep ? "Keep" : "");
}

/* A paragraph of text (line breaks kept). */
static void para_keep(struct odt *o, enum pstyle s, const char *text, bool keep)
{
	int start = o->doc_start ? 1 + o->numbered : 0;

	o->used[s][start][keep] = true;
	o->doc_start = false;
	sb_puts(&o->body, "<text:p text:style-name=\"");
	style_name(&o->body, s, start, keep);
	sb_puts(&o->body, "\">");
	xml_text(&o->body, text, true);
	sb_puts(&o->body, "</text:p>");
}

static void para(struct odt *o, enum pstyle s, const char *text)
{
	para_keep(o, s, text, false);
}

static int max_i(int a, int b) { return a > b ? a : b; }

/* The widest line of a cell in display columns. */
static int cell_cols(const char *s)
{
	int w = 0;

	while (*s) {
		const char *nl = strchr(s, '\n');
		size_t n = nl ? (size_t)(nl - s) : strlen(s);
		char *line = xstrndup(s, n);

		w = max_i(w, text_width(line));
		free(line);
		s += n + (nl != NULL);
	}
	return w;
}

/* Column widths in hundredths of a millimetre, adding up to the body's
 * width, as the PDF sets them: a form's labels at least 6 characters and
 * at most 40%, its values the rest; other tables by their widest cells,
 * the spare width to text columns twice as much as to numbers, or all
 * scaled down when too wide. */
static void column_widths(const struct rdoc_table *t, long *w)
{
	size_t nc = t->ncols, nr = t->cells.n / nc;
	long col = 3528 * CELL_PT / 2 / 100, pad = 423; /* one column at 14 pt; 2 x 1.5 mm + 1.2 */
	long total = 0, extra, weight = 0;

	for (size_t c = 0; c < nc; c++) {
		int cols = 4;

		for (size_t r = 0; r < nr; r++)
			cols = max_i(cols, cell_cols(t->cells.v[r * nc + c]));
		w[c] = cols * col + pad;
		total += w[c];
	}
	if (t->headless && nc > 1) {
		long lo = 12 * col + pad, hi = BODY_W_HMM * 2 / 5;

		w[0] = w[0] < lo ? lo : w[0] > hi ? hi : w[0];
		total = w[0];
		for (size_t c = 1; c + 1 < nc; c++)
			total += w[c];
		w[nc - 1] = BODY_W_HMM - total > 8 * col ? BODY_W_HMM - total : 8 * col;
		total += w[nc - 1];
	}
	if (total > BODY_W_HMM || t->headless) {
		long sum = 0;

		for (size_t c = 0; c < nc; c++) {
			w[c] = w[c] * BODY_W_HMM / total;
			sum += w[c];
		}
		w[nc - 1] += BODY_W_HMM - sum;
		return;
	}
	extra = BODY_W_HMM - total;
	for (size_t c = 0; c < nc; c++)
		weight += t->right[c] ? 1 : 2;
	for (size_t c = 0; c < nc; c++) {
		long add = extra * (t->right[c] ? 1 : 2) / weight;

		w[c] += add;
		total += add;
	}
	w[nc - 1] += BODY_W_HMM - total;
}

/* A table: rules all round every cell; a header row repeated on each page
 * (a headless table, a form, has none); a form's rows tall enough to
 * write in, a signature's taller, as in the PDF. */
static void table(struct odt *o, const struct rdoc_table *t, bool keep)
{
	size_t nc = t->ncols, nr = nc ? t->cells.n / nc : 0;
	long *w;
	int n = ++o->ntables;

	if (nr == 0)
		return;
	/* A document that starts with a table: its page starts with an
	 * empty line in the document's first style. */
	if (o->doc_start)
		para(o, P_TEXT, "");
	w = xcalloc(nc, sizeof *w);
	column_widths(t, w);
	sb_printf(&o->tables, "<style:style style:name=\"T%d\" style:family=\"table\">"
		  "<style:table-properties style:width=\"", n);
	mm(&o->tables, BODY_W_HMM);
	sb_printf(&o->tables, "\" table:align=\"margins\" fo:margin-top=\"7pt\" fo:margin-bottom=\"7pt\"%s/>"
		  "</style:style>", keep ? " fo:keep-with-next=\"always\"" : "");
	for (size_t c = 0; c < nc; c++) {
		sb_printf(&o->tables, "<style:style style:name=\"T%d.%zu\" style:family=\"table-column\">"
			  "<style:table-column-properties style:column-width=\"", n, c + 1);
		mm(&o->tables, w[c]);
		sb_printf(&o->tables, "\" style:rel-column-width=\"%ld*\"/></style:style>", w[c]);
	}
	free(w);
	sb_printf(&o->body, "<table:table table:name=\"表格%d\" table:style-name=\"T%d\">", n, n);
	for (size_t c = 0; c < nc; c++)
		sb_printf(&o->body, "<table:table-column table:style-name=\"T%d.%zu\"/>", n, c + 1);
	for (size_t r = 0; r < nr; r++) {
		bool head = r == 0 && !t->headless;
		bool sign = t->headless && rdoc_row_signature(t, r);

		if (head)
			sb_puts(&o->body, "<table:table-header-rows>");
		sb_printf(&o->body, "<table:table-row table:style-name=\"%s\">",
			  !t->headless ? "Row" : sign ? "RowSign" : "RowForm");
		for (size_t c = 0; c < nc; c++) {
			const char *ps = head ? "CellHead"
				       : t->headless && c == 0 && nc > 1 ? "CellLabel"
				       : t->right[c] ? "CellNum" : "Cell";

			sb_printf(&o->body, "<table:table-cell table:style-name=\"%s\" office:value-type=\"string\">"
				  "<text:p text:style-name=\"%s\">", sign && c > 0 ? "BoxFoot" : "Box", ps);
			xml_text(&o->body, t->cells.v[r * nc + c], true);
			sb_puts(&o->body, "</text:p></table:table-cell>");
		}
		sb_puts(&o->body, "</table:table-row>");
		if (head)
			sb_puts(&o->body, "</table:table-header-rows>");
	}
	sb_puts(&o->body, "</table:table>");
	if (nr == 1 && !t->headless)
		para(o, P_TEXT, "（无）");
}

/* An estimate, in points, of the height of the document starting at block
 * i (up to the next RDOC_BREAK), set as the PDF sets it: lines of 54
 * display columns (27 characters of 16 pt across 156 mm) on the 28 pt
 * pitch, the foot's blank lines, a form's rows of 13 mm or 30 mm. */
static double doc_height(const struct rdoc *d, size_t i)
{
	const double pitch = RDOC_LETTER_PITCH_PT;
	double h = 0;

	for (; i < d->n && d->b[i].kind != RDOC_BREAK; i++) {
		const struct rdoc_block *b = &d->b[i];
		int indent = b->kind == RDOC_PARA || b->kind == RDOC_HEADING ? 4 : 0;

		switch (b->kind) {
		case RDOC_TITLE:
			h += 40;
			break;
		case RDOC_TABLE: {
			const struct rdoc_table *t = b->table;
			size_t nr = t->ncols ? t->cells.n / t->ncols : 0;

			for (size_t r = 0; r < nr; r++)
				h += !t->headless ? 24 : rdoc_row_signature(t, r) ? 85 : 37;
			h += 14;
			break;
		}
		case RDOC_FOOT:
			if (i == 0 || d->b[i - 1].kind != RDOC_FOOT)
				h += RDOC_LETTER_SEAL_LINES * pitch;
			/* fall through */
		default:
			h += pitch * (double)(((b->text ? text_width(b->text) : 0) + indent + 53) / 54);
			break;
		}
	}
	return h;
}

/* content.xml: the automatic styles (the start of each document, the
 * tables, the rows and cells of forms), then the text. */
static void content_xml(const struct rdoc *d, struct strbuf *sb)
{
	struct odt o = {.d = d, .doc_start = true};
	bool content = false, pending = false, keep;

	if (d->letter) {
		o.numbered = doc_height(d, 0) > BODY_H_PT;
	} else {
		/* A report's header, as its PDF's first page has it. */
		if (*d->office)
			para(&o, P_OFFICE, d->office);
		if (*d->title)
			para(&o, P_TITLE, d->title);
		if (*d->period)
			para(&o, P_CENTRED, d->period);
		if (*d->generated)
			para(&o, P_CASENO, d->generated);
	}
	for (size_t i = 0; i < d->n; i++) {
		const struct rdoc_block *b = &d->b[i];

		if (b->kind == RDOC_BREAK) {
			pending = content;
			continue;
		}
		if (pending) {
			o.doc_start = true;
			o.numbered = doc_height(d, i) > BODY_H_PT;
			pending = false;
		}
		content = true;
		/* What stands before the foot stays on the foot's page. */
		keep = i + 1 < d->n && d->b[i + 1].kind == RDOC_FOOT && b->kind != RDOC_FOOT;
		switch (b->kind) {
		case RDOC_TITLE:
			/* The last of a run of titles is the document's name. */
			para(&o, i + 1 < d->n && d->b[i + 1].kind == RDOC_TITLE ? P_OFFICE : P_TITLE,
			     b->text);
			break;
		case RDOC_CASENO:
			para(&o, P_CASENO, b->text);
			break;
		case RDOC_ADDRESSEE:
			para_keep(&o, P_ADDRESSEE, b->text, keep);
			break;
		case RDOC_PARA:
			para_keep(&o, P_BODY, b->text, keep);
			break;
		case RDOC_HEADING:
			para(&o, d->letter ? P_HEADING : P_ADDRESSEE, b->text);
			break;
		case RDOC_TEXT:
			para_keep(&o, P_TEXT, b->text, keep);
			break;
		case RDOC_FOOT: {
			/* A run of foot lines is one paragraph, its lines
			 * broken, kept together on one page. */
			struct strbuf run = {0};

			sb_puts(&run, b->text);
			while (i + 1 < d->n && d->b[i + 1].kind == RDOC_FOOT)
				sb_printf(&run, "\n%s", d->b[++i].text);
			para(&o, P_FOOT, sb_str(&run));
			sb_free(&run);
			break;
		}
		case RDOC_SIGNATURE:
			para_keep(&o, P_SIGNATURE, b->text, keep);
			break;
		case RDOC_TABLE:
			table(&o, b->table, keep);
			break;
		case RDOC_BREAK:
			break;
		}
	}
	if (o.doc_start) /* nothing at all: one empty page */
		para(&o, P_TEXT, "");

	sb_puts(sb, XML_DECL "<office:document-content" NS_ALL "><office:automatic-styles>");
	for (int s = 0; s < P_N; s++)
		for (int start = 0; start < 3; start++)
			for (int keep = 0; keep < 2; keep++) {
				if (!o.used[s][start][keep] || (start == 0 && !keep))
					continue;
				sb_puts(sb, "<style:style style:name=\"");
				style_name(sb, s, start, keep);
				sb_printf(sb, "\" style:family=\"paragraph\" style:parent-style-name=\"%s\"",
					  pstyle_name[s]);
				if (start)
					sb_printf(sb, " style:master-page-name=\"%s\"",
						  start == 2 ? "Numbered" : "Standard");
				sb_printf(sb, "><style:paragraph-properties%s%s/></style:style>",
					  start ? " style:page-number=\"1\"" : "",
					  keep ? " fo:keep-with-next=\"always\"" : "");
			}
	sb_puts(sb, "<style:style style:name=\"Row\" style:family=\"table-row\">"
		"<style:table-row-properties fo:keep-together=\"always\"/></style:style>"
		"<style:style style:name=\"RowForm\" style:family=\"table-row\">"
		"<style:table-row-properties style:min-row-height=\"13mm\" fo:keep-together=\"always\"/>"
		"</style:style>"
		"<style:style style:name=\"RowSign\" style:family=\"table-row\">"
		"<style:table-row-properties style:min-row-height=\"30mm\" fo:keep-together=\"always\"/>"
		"</style:style>"
		"<style:style style:name=\"Box\" style:family=\"table-cell\">"
		"<style:table-cell-properties fo:border=\"0.5pt solid #000000\" fo:padding=\"1.5mm\""
		" style:vertical-align=\"middle\"/></style:style>"
		"<style:style style:name=\"BoxFoot\" style:family=\"table-cell\">"
		"<style:table-cell-properties fo:border=\"0.5pt solid #000000\" fo:padding=\"1.5mm\""
		" style:vertical-align=\"bottom\"/></style:style>");
	sb_puts(sb, sb_str(&o.tables));
	sb_puts(sb, "</office:automatic-styles><office:body><office:text>");
	sb_puts(sb, sb_str(&o.body));
	sb_puts(sb, "</office:text></office:body></office:document-content>");
	sb_free(&o.body);
	sb_free(&o.tables);
}

/* The title a viewer shows: a report's, a letter's first document's name
 * (the last of its first run of titles). */
static const char *doc_title(const struct rdoc *d)
{
	if (!d->letter)
		return d->title ? d->title : "";
	for (size_t i = 0; i < d->n; i++)
		if (d->b[i].kind == RDOC_TITLE && (i + 1 == d->n || d->b[i + 1].kind != RDOC_TITLE))
			return d->b[i].text;
	return "";
}

static const char mimetype[] = "application/vnd.oasis.opendocument.text";

enum tc_status odt_write(const struct rdoc *d, const char *path, struct tc_err *e)
{
	struct strbuf manifest = {0}, meta = {0}, styles = {0}, content = {0};
	struct zip z = {0};
	struct afile f;
	enum tc_status st;

	sb_puts(&manifest, XML_DECL "<manifest:manifest"
		" xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
		"<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\""
		" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
		"<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
		"<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
		"<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
		"</manifest:manifest>");
	sb_puts(&meta, XML_DECL "<office:document-meta" NS_ALL "><office:meta>"
		"<meta:generator>tiaocai</meta:generator><dc:title>");
	xml_attr(&meta, doc_title(d));
	sb_puts(&meta, "</dc:title><dc:language>zh-CN</dc:language></office:meta></office:document-meta>");
	styles_xml(&styles);
	content_xml(d, &content);

	if ((st = afile_open(&f, path, e)) == TC_OK) {
		z.fp = f.fp;
		/* First and stored: the file's type at a fixed place. */
		zip_add(&z, "mimetype", mimetype, strlen(mimetype), false);
		zip_add(&z, "META-INF/manifest.xml", manifest.buf, manifest.len, true);
		zip_add(&z, "meta.xml", meta.buf, meta.len, true);
		zip_add(&z, "styles.xml", styles.buf, styles.len, true);
		zip_add(&z, "content.xml", content.buf, content.len, true);
		zip_finish(&z);
		if (z.too_big)
			st = err_set(e, TC_STORAGE, "file", "写入 %s 失败: 文件过大", path);
		else if (z.err)
			st = err_set(e, TC_STORAGE, "file", "写入 %s 失败: %s", path,
				     afile_strerror(z.err));
		st = afile_commit(&f, st, e);
	}
	zip_free(&z);
	sb_free(&manifest);
	sb_free(&meta);
	sb_free(&styles);
	sb_free(&content);
	return st;
}
