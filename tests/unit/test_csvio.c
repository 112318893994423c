/*
 * test_csvio.c - CSV files as offices produce them (BOM, GB18030, quoted
 * newlines, blank lines) and the messages that point at the bad line;
 * the writer's quoting and its GB18030 output, byte for byte.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <iconv.h>
#include <unistd.h>
#include <cmocka.h>

#include "tiaocai/csvio.h"
#include "fixture.h"

static char *dir;

static int setup(void **state)
{
	(void)state;
	dir = fx_tmpdir("csvio");
	return dir ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	return fx_done(NULL, dir);
}

/* Write n bytes to dir/name; returns the path (static, one per name). */
static const char *put_file(const char *name, const void *bytes, size_t n)
{
	static char path[16][128];
	static int next;
	char *p = path[next++ % 16];
	char *w = fx_write_bytes(dir, name, bytes, n);

	snprintf(p, 128, "%s", w);
	free(w);
	return p;
}

static const char *put_text(const char *name, const char *s)
{
	return put_file(name, s, strlen(s));
}

/* s converted to GB18030 independently of the code under test. */
static char *gb(const char *s, size_t *n)
{
	iconv_t cd = iconv_open("GB18030", "UTF-8");
	size_t left = strlen(s), room = 4 * left + 4;
	char *out = malloc(room), *op = out, *ip = (char *)s;

	assert_true(cd != (iconv_t)-1);
	assert_true(iconv(cd, &ip, &left, &op, &room) != (size_t)-1);
	iconv_close(cd);
	*n = (size_t)(op - out);
	return out;
}

/* The message of a refused read, prefixed path replaced by "F". */
static const char *read_error(const char *path, enum csvio_encoding enc)
{
	static char res[600];
	struct csvio_file f;
	struct tc_err e;
	size_t n = strlen(path);

	err_clear(&e);
	assert_int_equal(csvio_read(path, enc, &f, &e), TC_REFUSED);
	assert_int_equal(f.nrecords, 0);
	assert_memory_equal(e.msg, path, n);
	snprintf(res, sizeof res, "F%s", e.msg + n);
	return res;
}

static void test_read_basic(void **state)
{
	const char *p = put_text("basic.csv", "name,amount,note\r\n张三,12345.67,\"欠薪, 三个月\"\r\n"
					      "李四, 800 ,\"说 \"\"明天给\"\"\"\r\n王五,1");
	struct csvio_file f;
	struct tc_err e;
	(void)state;

	assert_int_equal(csvio_read(p, CSVIO_UTF8, &f, &e), TC_OK);
	assert_int_equal(f.nrecords, 4);
	assert_string_equal(f.path, p);
	assert_int_equal(f.records[1].nfields, 3);
	assert_string_equal(f.records[1].fields[2], "欠薪, 三个月");
	/* Fields come back as written: spaces kept, quotes undoubled. */
	assert_string_equal(f.records[2].fields[1], " 800 ");
	assert_string_equal(f.records[2].fields[2], "说 \"明天给\"");
	/* The last line has no line end and is still there. */
	assert_int_equal(f.records[3].line, 4);
	assert_int_equal(f.records[3].nfields, 2);
	assert_string_equal(csvio_field(&f.records[3], 1), "1");
	assert_string_equal(csvio_field(&f.records[3], 2), "");
	assert_string_equal(csvio_field(&f.records[3], -1), "");
	csvio_file_free(&f);
}

static void test_read_bom(void **state)
{
	const char *p = put_text("bom.csv", "\xEF\xBB\xBF名称,日期\n张三,2026-01-05\n");
	struct csvio_file f;
	(void)state;

	for (int enc = CSVIO_UTF8; enc <= CSVIO_AUTO; enc++) {
		if (enc == CSVIO_GB18030)
			continue;
		assert_int_equal(csvio_read(p, enc, &f, NULL), TC_OK);
		assert_int_equal(f.nrecords, 2);
		assert_string_equal(f.records[0].fields[0], "名称");
		assert_string_equal(f.records[1].fields[1], "2026-01-05");
		csvio_file_free(&f);
	}
}

static void test_read_gb18030(void **state)
{
	const char *text = "案号,申请人,被申请人\r\n"
			   "贵劳人仲案字〔2026〕第123号,欧阳娜娜,\"贵州某某建筑劳务有限公司\"\r\n"
			   "贵劳人仲案字〔2026〕第124号,\xF0\xA0\x80\x80 张,€\r\n";
	size_t n;
	char *bytes = gb(text, &n);
	const char *p = put_file("gb.csv", bytes, n);
	struct csvio_file f;
	(void)state;

	/* These really are GB18030 bytes: 案号 is B0 B8 BA C5. */
	assert_memory_equal(bytes, "\xB0\xB8\xBA\xC5,", 5);
	for (int pass = 0; pass < 2; pass++) {
		enum csvio_encoding enc = pass == 0 ? CSVIO_GB18030 : CSVIO_AUTO;
		assert_int_equal(csvio_read(p, enc, &f, NULL), TC_OK);
		assert_int_equal(f.nrecords, 3);
		assert_string_equal(f.records[1].fields[0], "贵劳人仲案字〔2026〕第123号");
		assert_string_equal(f.records[1].fields[1], "欧阳娜娜");
		assert_string_equal(f.records[2].fields[1], "\xF0\xA0\x80\x80 张");
		assert_string_equal(f.records[2].fields[2], "€");
		assert_int_equal(f.records[2].line, 3);
		csvio_file_free(&f);
	}
	/* Read as UTF-8 it is refused at the first line that is not UTF-8. */
	assert_string_equal(read_error(p, CSVIO_UTF8), "F:1: 文件不是有效的 UTF-8 (可能是 GB18030 编码)");
	free(bytes);

	bytes = gb("name,amount\n张三,100\n", &n);
	p = put_file("gb2.csv", bytes, n);
	assert_string_equal(read_error(p, CSVIO_UTF8), "F:2: 文件不是有效的 UTF-8 (可能是 GB18030 编码)");
	free(bytes);

	/* Told GB18030 of a UTF-8 file whose bytes GB18030 cannot take. */
	p = put_text("u8.csv", "a,b\nc,€\n");
	assert_string_equal(read_error(p, CSVIO_GB18030),
			    "F: 文件像是 UTF-8 编码, 不是 GB18030 (按 GB18030 读会变成乱码); "
			    "请改用 --encoding utf-8 (或 --encoding auto)");

	/* 0x80 alone is neither UTF-8 nor GB18030. */
	p = put_text("neither.csv", "a,b\nc,d\ne,\x80\n");
	assert_string_equal(read_error(p, CSVIO_AUTO), "F:3: 文件不是 GB18030 编码 (也不是 UTF-8)");
}

static void test_read_lines(void **state)
{
	const char *p = put_text("lines.csv",
				 "name,note\n"
				 "张三,\"第一行\n第二行\r\n第三行\"\n"
				 "\n"
				 "李四,ok\n"
				 "\r\n"
				 ",\n"
				 "   \n"
				 "王五,\"\"\n");
	struct csvio_file f;
	(void)state;

	assert_int_equal(csvio_read(p, CSVIO_AUTO, &f, NULL), TC_OK);
	assert_int_equal(f.nrecords, 4);
	assert_int_equal(f.records[0].line, 1);
	assert_int_equal(f.records[1].line, 2);
	assert_string_equal(f.records[1].fields[1], "第一行\n第二行\r\n第三行");
	/* The quoted newlines and the blank line are counted. */
	assert_int_equal(f.records[2].line, 6);
	assert_string_equal(f.records[2].fields[0], "李四");
	/* Blank, comma-only and space-only lines are not records. */
	assert_int_equal(f.records[3].line, 10);
	assert_string_equal(f.records[3].fields[0], "王五");
	csvio_file_free(&f);
}

static void test_read_errors(void **state)
{
	const char *p;
	struct csvio_file f;
	struct tc_err e;
	(void)state;

	p = put_text("open.csv", "name,note\n张三,ok\n李四,\"还没写完\n王五,1\n");
	assert_string_equal(read_error(p, CSVIO_UTF8), "F:3: CSV 格式错误: 引号未闭合");

	p = put_text("stray.csv", "name,note\n张三,\"a\nb\"\n李四,说\"好\"\n");
	assert_string_equal(read_error(p, CSVIO_UTF8),
			    "F:4: CSV 格式错误: 引号位置不对 (字段里的引号要写成 \"\", "
			    "含逗号、引号或换行的字段整个用引号括起)");

	/* An unclosed quote swallows lines until a quote that cannot close it. */
	p = put_text("late.csv", "name,note\n张三,\"没闭合\n李四,\"好\"的\n");
	assert_string_equal(read_error(p, CSVIO_UTF8),
			    "F:2: CSV 格式错误: 引号未闭合或位置不对 (这条记录到第3行出错)");

	p = put_file("nul.csv", "a,b\n1,x\0y\n", 10);
	assert_string_equal(read_error(p, CSVIO_UTF8), "F:2: 第2列含有空字符 (NUL), 这不像文本文件");

	p = put_text("bad8.csv", "a,b\n1,\xE5\xBC\n");
	assert_string_equal(read_error(p, CSVIO_UTF8), "F:2: 文件不是有效的 UTF-8 (可能是 GB18030 编码)");

	err_clear(&e);
	assert_int_equal(csvio_read("/nonexistent/x.csv", CSVIO_AUTO, &f, &e), TC_REFUSED);
	assert_string_equal(e.msg, "/nonexistent/x.csv: 无法打开文件 (No such file or directory)");

	/* An empty file is no error: there is just nothing in it. */
	p = put_text("empty.csv", "");
	assert_int_equal(csvio_read(p, CSVIO_AUTO, &f, &e), TC_OK);
	assert_int_equal(f.nrecords, 0);
	csvio_file_free(&f);
}

static const struct csvio_col cols[] = {
	{"date", "日期"},
	{"name", "名称"},
	{"note", "备注"},
};

static void test_map_header(void **state)
{
	const char *p;
	struct csvio_file f;
	struct tc_err e;
	int idx[3];
	(void)state;

	p = put_text("h1.csv", "\xEF\xBB\xBF 名称 ,Extra, DATE\xE3\x80\x80\n");
	assert_int_equal(csvio_read(p, CSVIO_AUTO, &f, NULL), TC_OK);
	assert_int_equal(csvio_map_header(&f, cols, 3, 2, idx, &e), TC_OK);
	assert_int_equal(idx[0], 2);
	assert_int_equal(idx[1], 0);
	assert_int_equal(idx[2], -1);
	csvio_file_free(&f);

	p = put_text("h2.csv", "名称,备注\n");
	assert_int_equal(csvio_read(p, CSVIO_AUTO, &f, NULL), TC_OK);
	err_clear(&e);
	assert_int_equal(csvio_map_header(&f, cols, 3, 2, idx, &e), TC_REFUSED);
	assert_string_equal(e.msg + strlen(p), ":1: 缺少列 date (日期)");
	csvio_file_free(&f);

	p = put_text("h3.csv", "note\n");
	assert_int_equal(csvio_read(p, CSVIO_AUTO, &f, NULL), TC_OK);
	assert_int_equal(csvio_map_header(&f, cols, 3, 2, idx, &e), TC_REFUSED);
	assert_string_equal(e.msg + strlen(p), ":1: 缺少列 date (日期)、name (名称)");
	csvio_file_free(&f);

	p = put_text("h4.csv", "name,date,名称\n");
	assert_int_equal(csvio_read(p, CSVIO_AUTO, &f, NULL), TC_OK);
	assert_int_equal(csvio_map_header(&f, cols, 3, 2, idx, &e), TC_REFUSED);
	assert_string_equal(e.msg + strlen(p), ":1: 列 名称 出现了两次 (第1列和第3列)");
	csvio_file_free(&f);
}

static void test_encoding_parse(void **state)
{
	enum csvio_encoding enc = CSVIO_AUTO;
	struct tc_err e;
	(void)state;

	assert_int_equal(csvio_encoding_parse("UTF-8", 0, &enc, &e), TC_OK);
	assert_int_equal(enc, CSVIO_UTF8);
	assert_int_equal(csvio_encoding_parse("utf-8-bom", 0, &enc, &e), TC_OK);
	assert_int_equal(enc, CSVIO_UTF8_BOM);
	assert_int_equal(csvio_encoding_parse("GB18030", 0, &enc, &e), TC_OK);
	assert_int_equal(enc, CSVIO_GB18030);
	assert_int_equal(csvio_encoding_parse("auto", 1, &enc, &e), TC_OK);
	assert_int_equal(enc, CSVIO_AUTO);
	assert_int_equal(csvio_encoding_parse("auto", 0, &enc, &e), TC_USAGE);
	assert_string_equal(e.msg, "编码应为 utf-8、utf-8-bom 或 gb18030 (现为 auto)");
	assert_int_equal(csvio_encoding_parse("gbk", 1, &enc, &e), TC_USAGE);
	assert_string_equal(e.msg, "编码应为 utf-8、utf-8-bom、gb18030 或 auto (现为 gbk)");
}

/* Everything a writer produced into memory. */
struct sink {
	char *buf;
	size_t len;
	FILE *fp;
};

static void write_rows(struct csvio_writer *w, const char *const *rows, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (rows[i] == NULL)
			csvio_end_row(w);
		else
			csvio_put_text(w, rows[i]);
	}
}

static void test_write_utf8(void **state)
{
	struct sink s = {0};
	struct csvio_writer w;
	struct tc_err e;
	(void)state;

	s.fp = open_memstream(&s.buf, &s.len);
	assert_int_equal(csvio_writer_open(&w, s.fp, CSVIO_UTF8, &e), TC_OK);
	csvio_put_text(&w, "张三");
	csvio_put_text(&w, "a,b");
	csvio_put_text(&w, "说 \"好\"");
	csvio_put_text(&w, NULL);
	csvio_put_int(&w, -42);
	csvio_end_row(&w);
	csvio_put_text(&w, "两行\n文字");
	csvio_end_row(&w);
	assert_int_equal(csvio_writer_close(&w, &e), TC_OK);
	fclose(s.fp);
	assert_string_equal(s.buf, "\"张三\",\"a,b\",\"说 \"\"好\"\"\",\"\",\"-42\"\r\n"
				   "\"两行\n文字\"\r\n");
	free(s.buf);

	s.fp = open_memstream(&s.buf, &s.len);
	assert_int_equal(csvio_writer_open(&w, s.fp, CSVIO_UTF8_BOM, &e), TC_OK);
	csvio_put_text(&w, "名称");
	csvio_end_row(&w);
	assert_int_equal(csvio_writer_close(&w, &e), TC_OK);
	fclose(s.fp);
	assert_string_equal(s.buf, "\xEF\xBB\xBF\"名称\"\r\n");
	free(s.buf);

	assert_int_equal(csvio_writer_open(&w, stdout, CSVIO_AUTO, &e), TC_USAGE);
}

static void test_write_gb18030_round_trip(void **state)
{
	static const char *const rows[] = {
		"案号", "申请人", "被申请人", "金额", NULL,
		"贵劳人仲案字〔2026〕第123号", "欧阳娜娜", "贵州某某建筑劳务有限公司", "12345.67", NULL,
		"贵劳人仲案字〔2026〕第124号", "\xF0\xA0\x80\x80 张", "说 \"明天\", 再说", "€1", NULL,
		"", "两行\r\n文字", "·—…", "0.00", NULL,
	};
	const size_t nrows = sizeof rows / sizeof rows[0];
	const char *p1, *p2;
	char path1[128], path2[128];
	struct csvio_writer w;
	struct csvio_file f;
	struct tc_err e;
	FILE *fp;
	(void)state;

	snprintf(path1, sizeof path1, "%s/out1.csv", dir);
	snprintf(path2, sizeof path2, "%s/out2.csv", dir);
	p1 = path1;
	p2 = path2;
	fp = fopen(p1, "wb");
	assert_int_equal(csvio_writer_open(&w, fp, CSVIO_GB18030, &e), TC_OK);
	write_rows(&w, rows, nrows);
	assert_int_equal(csvio_writer_close(&w, &e), TC_OK);
	fclose(fp);

	/* Read back: every field as it went in. */
	assert_int_equal(csvio_read(p1, CSVIO_GB18030, &f, &e), TC_OK);
	assert_int_equal(f.nrecords, 4);
	for (size_t i = 0, r = 0, c = 0; i < nrows; i++) {
		if (rows[i] == NULL) {
			assert_int_equal(f.records[r].nfields, c);
			r++, c = 0;
			continue;
		}
		assert_string_equal(f.records[r].fields[c], rows[i]);
		c++;
	}
	assert_int_equal(f.records[3].line, 4);

	/* Write what was read: the same bytes again. */
	fp = fopen(p2, "wb");
	assert_int_equal(csvio_writer_open(&w, fp, CSVIO_GB18030, &e), TC_OK);
	for (size_t r = 0; r < f.nrecords; r++) {
		for (size_t c = 0; c < f.records[r].nfields; c++)
			csvio_put_text(&w, f.records[r].fields[c]);
		csvio_end_row(&w);
	}
	assert_int_equal(csvio_writer_close(&w, &e), TC_OK);
	fclose(fp);
	csvio_file_free(&f);

	char cmd[300];
	snprintf(cmd, sizeof cmd, "cmp -s '%s' '%s'", p1, p2);
	assert_int_equal(system(cmd), 0);

	/* And the bytes are the GB18030 of the UTF-8 text, independently made. */
	size_t n;
	char *want = gb("\"案号\",\"申请人\",\"被申请人\",\"金额\"\r\n", &n);
	char got[64];
	fp = fopen(p1, "rb");
	assert_int_equal(fread(got, 1, n, fp), n);
	fclose(fp);
	assert_memory_equal(got, want, n);
	assert_memory_equal(got, "\"\xB0\xB8\xBA\xC5\"", 6); /* 案号 */
	free(want);
}

static void test_write_gb18030_refused(void **state)
{
	struct sink s = {0};
	struct csvio_writer w;
	struct tc_err e;
	(void)state;

	s.fp = open_memstream(&s.buf, &s.len);
	assert_int_equal(csvio_writer_open(&w, s.fp, CSVIO_GB18030, &e), TC_OK);
	csvio_put_text(&w, "张三");
	csvio_end_row(&w);
	/* U+E78D: a private-use point GB18030-2005 gave back to a real
	 * character, so it has no GB18030 form any more. */
	csvio_put_text(&w, "李四");
	csvio_put_text(&w, "备注\xEE\x9E\x8D");
	csvio_end_row(&w);
	csvio_put_text(&w, "王五");
	csvio_end_row(&w);
	err_clear(&e);
	assert_int_equal(csvio_writer_close(&w, &e), TC_REFUSED);
	assert_string_equal(e.msg, "无法用 GB18030 编码: \"备注\xEE\x9E\x8D\" 中的字符 U+E78D");
	fclose(s.fp);
	/* Nothing of the refused row, nor after it, reached the file. */
	assert_int_equal(s.len, 8);
	assert_memory_equal(s.buf, "\"\xD5\xC5\xC8\xFD\"\r\n", 8);
	free(s.buf);

	s.fp = open_memstream(&s.buf, &s.len);
	assert_int_equal(csvio_writer_open(&w, s.fp, CSVIO_GB18030, &e), TC_OK);
	csvio_put_text(&w, "a\xFF");
	csvio_end_row(&w);
	assert_int_equal(csvio_writer_close(&w, &e), TC_REFUSED);
	assert_string_equal(e.msg, "无法用 GB18030 编码: \"a\xEF\xBF\xBD\" 含有无效的 UTF-8 字节");
	fclose(s.fp);
	free(s.buf);
}

static void test_write_full_disk(void **state)
{
	FILE *fp = fopen("/dev/full", "w");
	struct csvio_writer w;
	struct tc_err e;
	(void)state;

	if (fp == NULL)
		skip();
	assert_int_equal(csvio_writer_open(&w, fp, CSVIO_UTF8, &e), TC_OK);
	csvio_put_text(&w, "张三");
	csvio_end_row(&w);
	assert_int_equal(csvio_writer_close(&w, &e), TC_STORAGE);
	assert_string_equal(e.msg, "写入 CSV 失败 (No space left on device)");
	fclose(fp);
}

/* Formula cells: text guarded, numbers and dates not, read back exact. */
static void test_write_formula_guard(void **state)
{
	static const char *const texts[] = {
		"=HYPERLINK(\"http://x\",\"点我\")", "+86 138", "-某公司", "@某人", "\t=1", "\r=1",
		"'=张三", "''+李四", "'", "''", "'张三", "张三", "a=b", "", "-", "=",
	};
	struct sink s = {0};
	struct csvio_writer w;
	struct csvio_file f;
	struct tc_err e;
	(void)state;

	s.fp = open_memstream(&s.buf, &s.len);
	assert_int_equal(csvio_writer_open(&w, s.fp, CSVIO_UTF8, &e), TC_OK);
	csvio_put_text(&w, "-某公司");
	csvio_put_text(&w, "'@某人");
	csvio_put_text(&w, "'张三");
	csvio_put_num(&w, "-12.50");
	csvio_put_num(&w, "2026-11-22");
	csvio_put_num(&w, "2026-11-22 09:30");
	csvio_put_num(&w, NULL);
	csvio_put_num(&w, "-1+2");   /* not a number: a text */
	csvio_put_num(&w, "=SUM(A1)");
	csvio_put_int(&w, -13);
	csvio_end_row(&w);
	assert_int_equal(csvio_writer_close(&w, &e), TC_OK);
	fclose(s.fp);
	assert_string_equal(s.buf, "\"'-某公司\",\"''@某人\",\"'张三\",\"-12.50\",\"2026-11-22\","
				   "\"2026-11-22 09:30\",\"\",\"'-1+2\",\"'=SUM(A1)\",\"-13\"\r\n");
	free(s.buf);

	/* Every text written and read back is the same bytes. */
	s.fp = open_memstream(&s.buf, &s.len);
	assert_int_equal(csvio_writer_open(&w, s.fp, CSVIO_UTF8, &e), TC_OK);
	csvio_put_text(&w, "x");
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
		csvio_put_text(&w, texts[i]);
	csvio_end_row(&w);
	assert_int_equal(csvio_writer_close(&w, &e), TC_OK);
	fclose(s.fp);
	const char *p = put_file("formula.csv", s.buf, s.len);
	assert_int_equal(csvio_read(p, CSVIO_UTF8, &f, &e), TC_OK);
	assert_int_equal(f.nrecords, 1);
	assert_int_equal(f.records[0].nfields, 1 + sizeof texts / sizeof texts[0]);
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		assert_string_equal(f.records[0].fields[i + 1], texts[i]);
		/* And the guard is exactly the texts that start a formula. */
		bool guarded = strchr("=+-@\t\r", texts[i][strspn(texts[i], "'")]) &&
			       texts[i][strspn(texts[i], "'")] != '\0';
		assert_int_equal(csvio_neutralise(texts[i]), guarded);
	}
	csvio_file_free(&f);
	free(s.buf);

	/* A hand-made file: one apostrophe off before a formula character,
	 * none elsewhere. */
	p = put_text("guards.csv", "'=1,''=2,'x,'',=3,'\n");
	assert_int_equal(csvio_read(p, CSVIO_UTF8, &f, &e), TC_OK);
	assert_string_equal(csvio_field(&f.records[0], 0), "=1");
	assert_string_equal(csvio_field(&f.records[0], 1), "'=2");
	assert_string_equal(csvio_field(&f.records[0], 2), "'x");
	assert_string_equal(csvio_field(&f.records[0], 3), "''");
	assert_string_equal(csvio_field(&f.records[0], 4), "=3");
	assert_string_equal(csvio_field(&f.records[0], 5), "'");
	csvio_file_free(&f);
}

/* UTF-8 Chinese read as GB18030 would be mojibake: refused. */
/* A file of many chunks (the stream reads 64 KiB at a time): every kind
 * of cut a chunk can make, inside a Chinese character, between CR and LF,
 * inside a quoted field with a line break, is read as if the file were
 * whole, with the same line numbers; in GB18030 too; and a bad byte far in
 * names its line. */
static void test_stream_across_chunks(void **state)
{
	(void)state;
	struct strbuf sb = {0};
	const int rows = 12000;

	sb_puts(&sb, "序号,申请人,备注\r\n");
	for (int i = 1; i <= rows; i++) {
		if (i % 7 == 0)
			sb_printf(&sb, "%d,欧阳娜娜%d,\"第一行\r\n第二行, 含逗号\"\r\n", i, i);
		else
			sb_printf(&sb, "%d,张伟%d,拖欠工资〔%d〕\r\n", i, i, i % 13);
	}
	assert_true(sb.len > 4 * 65536);
	for (int pass = 0; pass < 2; pass++) {
		size_t n = sb.len;
		char *bytes = pass ? gb(sb.buf, &n) : NULL;
		const char *p = pass ? put_file("big-gb.csv", bytes, n) : put_text("big.csv", sb.buf);
		struct csvio_stream *in;
		const struct csvio_record *r;
		enum tc_status st;
		int i = 0, line = 1;

		assert_int_equal(csvio_stream_open(p, CSVIO_AUTO, &in, NULL), TC_OK);
		/* Line ends, for the import's estimate. */
		assert_true(csvio_stream_lines(in) == (size_t)(rows + 1 + rows / 7));
		while ((r = csvio_stream_next(in, &st, NULL)) != NULL) {
			char want[64];
			assert_int_equal(r->line, line);
			assert_int_equal(r->nfields, 3);
			if (i == 0) {
				assert_string_equal(r->fields[1], "申请人");
			} else if (i % 7 == 0) {
				snprintf(want, sizeof want, "欧阳娜娜%d", i);
				assert_string_equal(r->fields[1], want);
				assert_string_equal(r->fields[2], "第一行\r\n第二行, 含逗号");
			} else {
				snprintf(want, sizeof want, "张伟%d", i);
				assert_string_equal(r->fields[1], want);
				snprintf(want, sizeof want, "拖欠工资〔%d〕", i % 13);
				assert_string_equal(r->fields[2], want);
			}
			line += i > 0 && i % 7 == 0 ? 2 : 1;
			i++;
		}
		assert_int_equal(st, TC_OK);
		assert_int_equal(i, rows + 1);
		csvio_stream_close(in);
		free(bytes);
	}
	/* A bad byte in the row after 9000, in the fourth chunk or later. */
	char *cut = strstr(sb.buf, "\r\n9000,");
	assert_non_null(cut);
	cut = strchr(cut + 2, '\n') + 1; /* the line after row 9000 */
	int bad_line = 1;
	for (char *q = sb.buf; q < cut; q++)
		bad_line += *q == '\n';
	*cut = '\xff';
	const char *p = put_text("bad.csv", sb.buf);
	char want[128];
	snprintf(want, sizeof want, "F:%d: 文件不是有效的 UTF-8 (可能是 GB18030 编码)", bad_line);
	assert_string_equal(read_error(p, CSVIO_UTF8), want);
	sb_free(&sb);
}

static void test_read_gb18030_refuses_utf8(void **state)
{
	struct csvio_file f;
	struct tc_err e;
	(void)state;

	const char *p = put_text("utf8.csv", "申请人\n张伟\n");
	assert_int_equal(csvio_read(p, CSVIO_GB18030, &f, &e), TC_REFUSED);
	assert_non_null(strstr(e.msg, "文件像是 UTF-8 编码"));
	assert_non_null(strstr(e.msg, "--encoding utf-8"));
	/* auto and utf-8 read it; ASCII is the same in both encodings. */
	assert_int_equal(csvio_read(p, CSVIO_AUTO, &f, &e), TC_OK);
	assert_string_equal(csvio_field(&f.records[1], 0), "张伟");
	csvio_file_free(&f);
	p = put_text("ascii.csv", "name\nLi Lei\n");
	assert_int_equal(csvio_read(p, CSVIO_GB18030, &f, &e), TC_OK);
	assert_string_equal(csvio_field(&f.records[1], 0), "Li Lei");
	csvio_file_free(&f);
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_read_basic),
		cmocka_unit_test(test_read_bom),
		cmocka_unit_test(test_read_gb18030),
		cmocka_unit_test(test_read_lines),
		cmocka_unit_test(test_read_errors),
		cmocka_unit_test(test_map_header),
		cmocka_unit_test(test_encoding_parse),
		cmocka_unit_test(test_write_utf8),
		cmocka_unit_test(test_write_gb18030_round_trip),
		cmocka_unit_test(test_write_gb18030_refused),
		cmocka_unit_test(test_write_full_disk),
		cmocka_unit_test(test_write_formula_guard),
		cmocka_unit_test(test_read_gb18030_refuses_utf8),
		cmocka_unit_test(test_stream_across_chunks),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
