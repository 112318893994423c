/*
 * test_letter.c - a legal document (a letter: 受理通知书, 送达回证) as a
 * clerk sees it: the text rendering line by line (titles centred, the case
 * number at the right, paragraphs indented by two ideographic spaces, the
 * foot at the right, a form without a header rule, "\f" between two
 * documents, no trailing space, no line wider than asked); the PDF read
 * back with pdftotext (pages, the title, the case number, the addressee,
 * a page number only on a document longer than a page and counted afresh
 * for each document, the foot never alone at the top of a page); and the
 * ODT file taken apart with zlib (mimetype first and stored, every entry's
 * CRC right, the text in content.xml escaped, written whole or not at all).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <cmocka.h>
#include <zlib.h>

#include "fixture.h"
#include "tiaocai/odt.h"
#include "tiaocai/rdoc.h"
#include "tiaocai/text.h"
#include "../../src/pdf/pdf.h"

#define OFFICE "贵阳市劳动人事争议仲裁委员会"
#define CASENO "贵劳人仲案字〔2026〕第266号"
#define LONG_PARA                                                                          \
	"请你自收到本通知书之日起十日内，向本委提交下列材料：仲裁申请书副本一份（按被申请人人数" \
	"提交）；身份证明材料复印件；证明劳动关系存在的材料，如劳动合同、工资条、社会保险缴费记录、" \
	"工作证、考勤记录等；与仲裁请求有关的证据材料及其清单。委托代理人参加仲裁活动的，应当提交" \
	"由你签名的授权委托书，写明委托事项和权限。你在仲裁庭辩论终结前，可以书面提出增加或者变更" \
	"仲裁请求，逾期提出的，本委不予合并审理。"

/* A 受理通知书 as the template makes it. */
static void accept_notice(struct rdoc *d)
{
	rdoc_title(d, OFFICE);
	rdoc_title(d, "受理通知书");
	rdoc_caseno(d, CASENO);
	rdoc_addressee(d, "王超德：");
	rdoc_para(d, "你与贵州辉汇电子科技有限公司劳动争议一案，本委于2026年11月16日收到你的仲裁申请。"
		     "经审查，符合《中华人民共和国劳动争议调解仲裁法》第二十九条规定的受理条件，"
		     "本委决定立案受理。");
	rdoc_para(d, LONG_PARA);
	rdoc_para(d, "特此通知。");
	rdoc_foot(d, OFFICE);
	rdoc_foot(d, "2026年11月22日");
}

/* Its 送达回证: a form, label | value, ruled all round. */
static void receipt(struct rdoc *d)
{
	struct rdoc_table *t;

	rdoc_title(d, OFFICE);
	rdoc_title(d, "送达回证");
	rdoc_caseno(d, CASENO);
	t = rdoc_table(d, 2, (const char *const[]){"送达文书", "受理通知书（第7号）"});
	rdoc_table_headless(t);
	rdoc_row(t, (const char *const[]){"受送达人", "王超德"});
	rdoc_row(t, (const char *const[]){"送达地址",
					  "贵州省贵阳市南明区花果园大街某小区某栋某单元某号，邮政编码550002"});
	rdoc_row(t, (const char *const[]){"送达方式", "直接送达"});
	rdoc_row(t, (const char *const[]){"受送达人签名或盖章", ""});
	rdoc_row(t, (const char *const[]){"送达人", ""});
}

/* The morning's print run: the notice, then its receipt. */
static void two_documents(struct rdoc *d)
{
	rdoc_init(d, NULL, NULL, NULL, NULL);
	rdoc_letter(d);
	accept_notice(d);
	rdoc_break(d);
	receipt(d);
}

/* A long document: 40 paragraphs, each starting with its number. */
static void long_document(struct rdoc *d)
{
	rdoc_title(d, OFFICE);
	rdoc_title(d, "裁决书");
	rdoc_caseno(d, CASENO);
	rdoc_heading(d, "一、本委查明的事实");
	for (int i = 1; i <= 40; i++) {
		char *s = xasprintf("第%d段：%s", i,
				    i % 4 ? "申请人于2024年3月1日入职被申请人处，从事装配工作，双方签订书面劳动合同，"
					    "约定月工资4,500元。" : LONG_PARA);
		rdoc_para(d, s);
		free(s);
	}
	rdoc_foot(d, "仲裁员  李明");
	rdoc_foot(d, OFFICE);
	rdoc_foot(d, "2026年11月22日");
}

/* Under AddressSanitizer (make check-asan) cairo's font subsetting and
 * fontconfig's configuration keep a few blocks to the end: theirs, not
 * ours, as tests/cli/pdf.t says too (the layouts pdf.c makes are pango's
 * objects and stay checked).  LeakSanitizer reads this at exit. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
	return "leak:libcairo.so\nleak:libfontconfig.so\n";
}
const char *__lsan_default_options(void);
const char *__lsan_default_options(void)
{
	return "print_suppressions=0";
}

/* ---- text ------------------------------------------------------------- */

static void test_text(void **state)
{
	struct rdoc d;
	struct strbuf sb = {0};

	(void)state;
	two_documents(&d);
	rdoc_render_text(&d, 80, &sb);
	assert_string_equal(sb_str(&sb),
		"                          贵阳市劳动人事争议仲裁委员会\n"
		"                                   受理通知书\n"
		"                                                     贵劳人仲案字〔2026〕第266号\n"
		"\n"
		"王超德：\n"
		"　　你与贵州辉汇电子科技有限公司劳动争议一案，本委于2026年11月16日收到你的仲裁申\n"
		"请。经审查，符合《中华人民共和国劳动争议调解仲裁法》第二十九条规定的受理条件，本\n"
		"委决定立案受理。\n"
		"　　请你自收到本通知书之日起十日内，向本委提交下列材料：仲裁申请书副本一份（按被\n"
		"申请人人数提交）；身份证明材料复印件；证明劳动关系存在的材料，如劳动合同、工资\n"
		"条、社会保险缴费记录、工作证、考勤记录等；与仲裁请求有关的证据材料及其清单。委托\n"
		"代理人参加仲裁活动的，应当提交由你签名的授权委托书，写明委托事项和权限。你在仲裁\n"
		"庭辩论终结前，可以书面提出增加或者变更仲裁请求，逾期提出的，本委不予合并审理。\n"
		"　　特此通知。\n"
		"\n"
		"\n"
		"\n"
		"                                                    贵阳市劳动人事争议仲裁委员会\n"
		"                                                                  2026年11月22日\n"
		"\f\n"
		"                          贵阳市劳动人事争议仲裁委员会\n"
		"                                    送达回证\n"
		"                                                     贵劳人仲案字〔2026〕第266号\n"
		"\n"
		"  送达文书            受理通知书（第7号）\n"
		"  受送达人            王超德\n"
		"  送达地址            贵州省贵阳市南明区花果园大街某小区某栋某单元某号，邮政编码\n"
		"                      550002\n"
		"  送达方式            直接送达\n"
		"  受送达人签名或盖章\n"
		"  送达人\n");
	sb_free(&sb);
	rdoc_free(&d);
}

/* s without spaces, ideographic spaces and line breaks (caller frees). */
static char *squash(const char *s)
{
	struct strbuf sb = {0};

	for (; *s; s++) {
		if (*s == ' ' || *s == '\n')
			continue;
		if (strncmp(s, "\u3000", 3) == 0) {
			s += 2;
			continue;
		}
		sb_add(&sb, s, 1);
	}
	return sb_take(&sb);
}

/* Narrow: the titles and the case number wrap rather than being cut, the
 * form's values wrap in their column, and no line is wider than asked or
 * ends in a space. */
static void test_text_narrow(void **state)
{
	struct rdoc d;
	struct strbuf sb = {0};

	(void)state;
	two_documents(&d);
	for (int width = 80; width >= 20; width--) {
		sb.len = 0;
		rdoc_render_text(&d, width, &sb);
		const char *p = sb_str(&sb);
		while (*p) {
			const char *nl = strchr(p, '\n');
			char *line = xstrndup(p, (size_t)(nl - p));
			const char *t = line + strspn(line, " ");
			if (text_width(line) > width || (*line && line[strlen(line) - 1] == ' '))
				fail_msg("width %d: \"%s\"", width, line);
			/* No line starts with closing punctuation. */
			if (strncmp(t, "，", 3) == 0 || strncmp(t, "。", 3) == 0 ||
			    strncmp(t, "；", 3) == 0 || strncmp(t, "）", 3) == 0 ||
			    strncmp(t, "、", 3) == 0 || strncmp(t, "：", 3) == 0)
				fail_msg("width %d: \"%s\" starts with a closing mark", width, line);
			free(line);
			p = nl + 1;
		}
		/* Nothing of the case number, the address, the long
		 * paragraph is lost: read without the line breaks and the
		 * spaces that align them, it is all there. */
		char *all = squash(sb_str(&sb));
		assert_non_null(strstr(all, CASENO));
		assert_non_null(strstr(all, "贵州省贵阳市南明区花果园大街某小区某栋某单元某号，邮政编码550002"));
		assert_non_null(strstr(all, LONG_PARA));
		free(all);
	}
	sb.len = 0;
	rdoc_render_text(&d, 24, &sb);
	assert_non_null(strstr(sb_str(&sb), "贵阳市劳动人事争议仲裁委\n          员会\n"));
	assert_non_null(strstr(sb_str(&sb), "\n  贵劳人仲案字〔2026〕第\n                   266号\n"));
	/* Two closing marks in a row go down with the character before. */
	assert_non_null(strstr(sb_str(&sb), "\n份（按被申请人人数提\n交）；"));
	sb_free(&sb);
	rdoc_free(&d);
}

/* A break before the first document, two in a row, one at the end: one
 * "\f" between the two documents and nothing else. */
static void test_text_breaks(void **state)
{
	struct rdoc d;
	struct strbuf sb = {0};

	(void)state;
	rdoc_init(&d, NULL, NULL, NULL, NULL);
	rdoc_letter(&d);
	rdoc_break(&d);
	rdoc_title(&d, "决定书");
	rdoc_para(&d, "");
	rdoc_break(&d);
	rdoc_break(&d);
	rdoc_title(&d, "送达回证");
	rdoc_break(&d);
	rdoc_render_text(&d, 40, &sb);
	assert_string_equal(sb_str(&sb),
		"                 决定书\n"
		"\n"
		"\n"
		"\f\n"
		"                送达回证\n"
		"\n");
	sb_free(&sb);
	rdoc_free(&d);
}

/* ---- PDF -------------------------------------------------------------- */

/* The pages of a PDF as pdftotext -layout reads them (caller frees each
 * and the array); *n gets how many. */
static char **pdf_pages(const char *pdf, size_t *n)
{
	char *cmd = xasprintf("pdftotext -layout '%s' -", pdf);
	FILE *fp = popen(cmd, "r");
	struct strbuf sb = {0};
	char buf[4096];
	size_t k;
	char **pages = NULL;
	size_t cap = 0;

	assert_non_null(fp);
	while ((k = fread(buf, 1, sizeof buf, fp)) > 0)
		sb_add(&sb, buf, k);
	assert_int_equal(pclose(fp), 0);
	free(cmd);
	*n = 0;
	/* pdftotext ends every page with "\f". */
	for (const char *p = sb_str(&sb), *ff; (ff = strchr(p, '\f')) != NULL; p = ff + 1) {
		pages = xgrow(pages, &cap, *n + 1, sizeof *pages);
		pages[(*n)++] = xstrndup(p, (size_t)(ff - p));
	}
	sb_free(&sb);
	return pages;
}

static void free_pages(char **pages, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(pages[i]);
	free(pages);
}

/* A page number as pdftotext reads it: "—1—" (一字线 on either side). */
static bool has_number(const char *page, int no)
{
	char *s = xasprintf("\u2014%d\u2014", no);
	char *t = xasprintf("\u2014 %d \u2014", no);
	bool yes = strstr(page, s) || strstr(page, t);

	free(s);
	free(t);
	return yes;
}

static bool has_any_number(const char *page)
{
	return strstr(page, "\u2014") != NULL;
}

static char *render_pdf(const struct rdoc *d, const char *dir, const char *name, int *npages)
{
	char *path = xasprintf("%s/%s", dir, name);
	struct tc_err e = {0};

	if (pdf_render(d, path, npages, &e) != TC_OK)
		fail_msg("pdf_render: %s", e.msg);
	return path;
}

/* Two one-page documents: two pages, neither numbered, each with its
 * title, case number and (the notice) addressee and foot. */
static void test_pdf_two(void **state)
{
	struct rdoc d;
	char *dir = fx_tmpdir("letter"), *path;
	char **pg;
	size_t n;
	int npages = 0;

	(void)state;
	two_documents(&d);
	path = render_pdf(&d, dir, "run.pdf", &npages);
	assert_int_equal(npages, 2);
	pg = pdf_pages(path, &n);
	assert_int_equal(n, 2);
	assert_non_null(strstr(pg[0], OFFICE));
	assert_non_null(strstr(pg[0], "受理通知书"));
	assert_non_null(strstr(pg[0], CASENO));
	assert_non_null(strstr(pg[0], "王超德："));
	assert_non_null(strstr(pg[0], "特此通知。"));
	assert_non_null(strstr(pg[0], "2026年11月22日"));
	assert_false(has_any_number(pg[0]));
	assert_non_null(strstr(pg[1], "送达回证"));
	assert_non_null(strstr(pg[1], CASENO));
	assert_non_null(strstr(pg[1], "受送达人签名或盖章"));
	assert_false(has_any_number(pg[1]));
	/* No running header of a report on a letter's page. */
	assert_null(strstr(pg[1], "第 1 页"));
	free_pages(pg, n);
	free(path);
	rdoc_free(&d);
	fx_done(NULL, dir);
}

/* A notice, then a 40-paragraph award: the notice has no number, the
 * award's pages are numbered from 1, every paragraph is there once, and
 * its foot shares its page with the last paragraph. */
static void test_pdf_long(void **state)
{
	struct rdoc d;
	char *dir = fx_tmpdir("letter"), *path;
	char **pg;
	size_t n;
	int npages = 0;

	(void)state;
	rdoc_init(&d, NULL, NULL, NULL, NULL);
	rdoc_letter(&d);
	accept_notice(&d);
	rdoc_break(&d);
	long_document(&d);
	path = render_pdf(&d, dir, "long.pdf", &npages);
	pg = pdf_pages(path, &n);
	assert_int_equal((size_t)npages, n);
	assert_true(n >= 4);
	assert_false(has_any_number(pg[0]));
	for (size_t i = 1; i < n; i++)
		if (!has_number(pg[i], (int)i))
			fail_msg("page %zu of the award is not numbered %zu:\n%s", i, i, pg[i]);
	assert_non_null(strstr(pg[1], "裁决书"));
	for (int i = 1; i <= 40; i++) {
		char *s = xasprintf("第%d段：", i);
		int seen = 0;
		for (size_t k = 1; k < n; k++)
			for (const char *p = pg[k]; (p = strstr(p, s)) != NULL; p += strlen(s))
				seen++;
		if (seen != 1)
			fail_msg("%s printed %d times", s, seen);
		free(s);
	}
	assert_non_null(strstr(pg[n - 1], "第40段："));
	assert_non_null(strstr(pg[n - 1], "仲裁员"));
	free_pages(pg, n);
	free(path);
	rdoc_free(&d);
	fx_done(NULL, dir);
}

/* However the body ends on the page, the foot (office and date) is never
 * alone at the top of a page: the last body line comes with it. */
static void test_pdf_foot_kept(void **state)
{
	char *dir = fx_tmpdir("letter");

	(void)state;
	for (int lines = 12; lines <= 24; lines++) {
		struct rdoc d;
		char *name = xasprintf("foot%d.pdf", lines), *path, **pg, *last;
		size_t n;
		int npages;

		rdoc_init(&d, NULL, NULL, NULL, NULL);
		rdoc_letter(&d);
		rdoc_title(&d, OFFICE);
		rdoc_title(&d, "决定书");
		rdoc_caseno(&d, CASENO);
		for (int i = 1; i <= lines; i++) {
			char *s = xasprintf("第%d行。", i);
			rdoc_para(&d, s);
			free(s);
		}
		rdoc_foot(&d, OFFICE);
		rdoc_foot(&d, "2026年11月22日");
		path = render_pdf(&d, dir, name, &npages);
		pg = pdf_pages(path, &n);
		last = xasprintf("第%d行。", lines);
		if (!strstr(pg[n - 1], "2026年11月22日") || !strstr(pg[n - 1], last))
			fail_msg("%d lines: the foot is not with the last line:\n%s", lines, pg[n - 1]);
		/* Numbered when, and only when, it takes two pages. */
		assert_int_equal(has_number(pg[0], 1), n > 1);
		free(last);
		free_pages(pg, n);
		free(path);
		free(name);
		rdoc_free(&d);
	}
	fx_done(NULL, dir);
}

/* ---- ODT -------------------------------------------------------------- */

static unsigned get16(const unsigned char *p) { return p[0] | p[1] << 8; }
static uint32_t get32(const unsigned char *p)
{
	return p[0] | p[1] << 8 | p[2] << 16 | (uint32_t)p[3] << 24;
}

/* The entry `name` of the zip in buf, inflated and checked against its
 * CRC (caller frees), or NULL; *first tells whether it is the first
 * entry, *stored whether it is stored. */
static char *zip_entry(const unsigned char *buf, size_t len, const char *name, bool *first,
		       bool *stored)
{
	size_t off = 0;

	for (int i = 0; off + 30 <= len && get32(buf + off) == 0x04034b50; i++) {
		unsigned method = get16(buf + off + 8);
		uint32_t crc = get32(buf + off + 14), csize = get32(buf + off + 18);
		uint32_t usize = get32(buf + off + 22);
		unsigned nlen = get16(buf + off + 26), xlen = get16(buf + off + 28);
		const unsigned char *data = buf + off + 30 + nlen + xlen;

		assert_true(data + csize <= buf + len);
		if (nlen == strlen(name) && memcmp(buf + off + 30, name, nlen) == 0) {
			char *out = xmalloc(usize + 1);

			if (method == 0) {
				assert_int_equal(csize, usize);
				memcpy(out, data, usize);
			} else {
				z_stream s;

				assert_int_equal(method, 8);
				memset(&s, 0, sizeof s);
				assert_int_equal(inflateInit2(&s, -15), Z_OK);
				s.next_in = (Bytef *)data;
				s.avail_in = csize;
				s.next_out = (Bytef *)out;
				s.avail_out = usize;
				assert_int_equal(inflate(&s, Z_FINISH), Z_STREAM_END);
				assert_int_equal(s.total_out, usize);
				inflateEnd(&s);
			}
			assert_int_equal(crc32(crc32(0, NULL, 0), (Bytef *)out, usize), crc);
			out[usize] = '\0';
			*first = i == 0;
			*stored = method == 0;
			return out;
		}
		off = (size_t)(data + csize - buf);
	}
	return NULL;
}

static void test_odt(void **state)
{
	struct rdoc d;
	struct tc_err e = {0};
	char *dir = fx_tmpdir("letter"), *path = xasprintf("%s/run.odt", dir), *x;
	unsigned char *buf;
	size_t len;
	bool first, stored;

	(void)state;
	two_documents(&d);
	rdoc_para(&d, "附：甲 & 乙 <副本>  两份\xef\xbf\xbe");
	assert_int_equal(odt_write(&d, path, &e), TC_OK);
	buf = (unsigned char *)fx_slurp(path, &len);
	/* The file's type at offset 30, as the format asks. */
	assert_memory_equal(buf + 30, "mimetypeapplication/vnd.oasis.opendocument.text", 47);
	x = zip_entry(buf, len, "mimetype", &first, &stored);
	assert_non_null(x);
	assert_true(first && stored);
	assert_string_equal(x, "application/vnd.oasis.opendocument.text");
	free(x);
	x = zip_entry(buf, len, "META-INF/manifest.xml", &first, &stored);
	assert_non_null(x);
	assert_non_null(strstr(x, "manifest:full-path=\"content.xml\""));
	free(x);
	x = zip_entry(buf, len, "styles.xml", &first, &stored);
	assert_non_null(x);
	/* The letter's page and the styles an office would restyle. */
	assert_non_null(strstr(x, "fo:page-width=\"210mm\" fo:page-height=\"297mm\""));
	assert_non_null(strstr(x, "fo:margin-top=\"37mm\" fo:margin-left=\"28mm\" fo:margin-right=\"26mm\""));
	assert_non_null(strstr(x, "style:name=\"Body\""));
	assert_non_null(strstr(x, "fo:text-align=\"justify\" fo:line-height=\"28pt\" fo:text-indent=\"32pt\""));
	free(x);
	x = zip_entry(buf, len, "content.xml", &first, &stored);
	assert_non_null(x);
	assert_false(stored);
	assert_non_null(strstr(x, "<text:p text:style-name=\"StartOffice\">" OFFICE "</text:p>"));
	assert_non_null(strstr(x, "<text:p text:style-name=\"Title\">受理通知书</text:p>"));
	assert_non_null(strstr(x, "<text:p text:style-name=\"CaseNo\">" CASENO "</text:p>"));
	assert_non_null(strstr(x, "<text:p text:style-name=\"Addressee\">王超德：</text:p>"));
	assert_non_null(strstr(x, "<text:p text:style-name=\"BodyKeep\">特此通知。</text:p>"));
	assert_non_null(strstr(x, "<text:p text:style-name=\"Foot\">" OFFICE
				  "<text:line-break/>2026年11月22日</text:p>"));
	/* The receipt on a new page of its own, its form ruled. */
	assert_non_null(strstr(x, "<text:p text:style-name=\"StartOffice\">" OFFICE
				  "</text:p><text:p text:style-name=\"Title\">送达回证</text:p>"));
	assert_non_null(strstr(x, "style:master-page-name=\"Standard\"><style:paragraph-properties"
				  " style:page-number=\"1\"/>"));
	assert_non_null(strstr(x, "<text:p text:style-name=\"CellLabel\">送达地址</text:p>"));
	assert_non_null(strstr(x, "table:style-name=\"RowSign\""));
	assert_non_null(strstr(x, "fo:border=\"0.5pt solid #000000\""));
	/* Escaped, and the two spaces kept. */
	assert_non_null(strstr(x, "附：甲 &amp; 乙 &lt;副本&gt; <text:s text:c=\"1\"/>两份</text:p>"));
	free(x);
	free(buf);

	/* A long document is given page numbers. */
	rdoc_free(&d);
	rdoc_init(&d, NULL, NULL, NULL, NULL);
	rdoc_letter(&d);
	long_document(&d);
	assert_int_equal(odt_write(&d, path, &e), TC_OK);
	buf = (unsigned char *)fx_slurp(path, &len);
	x = zip_entry(buf, len, "content.xml", &first, &stored);
	assert_non_null(strstr(x, "<text:p text:style-name=\"StartOfficeN\">"));
	free(x);
	x = zip_entry(buf, len, "styles.xml", &first, &stored);
	assert_non_null(strstr(x, "\u2014 <text:page-number text:select-page=\"current\">1</text:page-number> \u2014"));
	free(x);
	free(buf);
	free(path);
	rdoc_free(&d);
	fx_done(NULL, dir);
}

/* A file that cannot be written: refused with the cause, nothing left. */
static void test_odt_fails(void **state)
{
	struct rdoc d;
	struct tc_err e = {0};
	char *dir = fx_tmpdir("letter"), *path = xasprintf("%s/无此目录/x.odt", dir);
	struct stat st;

	(void)state;
	two_documents(&d);
	assert_int_not_equal(odt_write(&d, path, &e), TC_OK);
	assert_non_null(strstr(e.msg, "目录不存在"));
	assert_int_equal(stat(path, &st), -1);
	free(path);
	rdoc_free(&d);
	fx_done(NULL, dir);
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text),
		cmocka_unit_test(test_text_narrow),
		cmocka_unit_test(test_text_breaks),
		cmocka_unit_test(test_pdf_two),
		cmocka_unit_test(test_pdf_long),
		cmocka_unit_test(test_pdf_foot_kept),
		cmocka_unit_test(test_odt),
		cmocka_unit_test(test_odt_fails),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
