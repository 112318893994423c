/*
 * test_text.c - display widths, cutting and padding, and the aligned
 * table, with Chinese text as the normal case; the gate every entered text
 * passes (text_check) and the filter every shown text passes (text_clean,
 * text_fit, text_copy, text_scrub).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "tiaocai/text.h"

static void test_width(void **state)
{
	(void)state;
	assert_int_equal(text_width(""), 0);
	assert_int_equal(text_width("abc"), 3);
	assert_int_equal(text_width("张三"), 4);
	assert_int_equal(text_width("欧阳 Li"), 7);
	assert_int_equal(text_width("（〔2026〕）"), 12);  /* full-width brackets */
	assert_int_equal(text_width("\xE3\x80\x80"), 2);   /* ideographic space */
	assert_int_equal(text_width("\xF0\xA0\x80\x80"), 2); /* U+20000, extension B */
	assert_int_equal(text_width("가"), 2);
	assert_int_equal(text_width("e\xCC\x81"), 1);      /* e + combining acute */
	assert_int_equal(text_width("a\xE2\x80\x8B" "b"), 2); /* zero-width space */
	assert_int_equal(text_width("…"), 1);
	assert_int_equal(text_width("¥12,345.67"), 10);
	assert_int_equal(text_width("a\xFF" "b"), 3);      /* invalid byte: one column */
	assert_int_equal(text_width("a\tb"), 3);
	assert_int_equal(text_width("\xE4\xB8"), 2);       /* truncated sequence */
}

static char *fit(const char *s, int cols, int *w)
{
	struct strbuf sb = {0};
	*w = text_fit(&sb, s, cols);
	return sb_take(&sb);
}

static void test_fit(void **state)
{
	int w;
	char *r;
	(void)state;

	r = fit("张三丰", 6, &w);
	assert_string_equal(r, "张三丰");
	assert_int_equal(w, 6);
	free(r);
	r = fit("张三丰", 5, &w);
	assert_string_equal(r, "张三…");
	assert_int_equal(w, 5);
	free(r);
	/* A wide character never straddles the edge: 3 columns, not 4. */
	r = fit("张三丰", 4, &w);
	assert_string_equal(r, "张…");
	assert_int_equal(w, 3);
	free(r);
	r = fit("abc张", 4, &w);
	assert_string_equal(r, "abc…");
	assert_int_equal(w, 4);
	free(r);
	r = fit("张三", 1, &w);
	assert_string_equal(r, "…");
	assert_int_equal(w, 1);
	free(r);
	r = fit("张三", 0, &w);
	assert_string_equal(r, "");
	assert_int_equal(w, 0);
	free(r);
	r = fit("a\xFF" "b", 5, &w);
	assert_string_equal(r, "a\xEF\xBF\xBD" "b");
	assert_int_equal(w, 3);
	free(r);
	r = fit("李\n四\t", 10, &w);
	assert_string_equal(r, "李四");
	assert_int_equal(w, 4);
	free(r);
	r = fit(NULL, 3, &w);
	assert_string_equal(r, "");
	free(r);
}

static void test_pad(void **state)
{
	struct strbuf sb = {0};
	(void)state;

	text_pad(&sb, "张三", 6);
	sb_puts(&sb, "|");
	text_pad(&sb, "欧阳娜娜", 5);
	sb_puts(&sb, "|");
	text_rpad(&sb, "¥800.00", 10);
	sb_puts(&sb, "|");
	text_rpad(&sb, "张三丰", 4);
	sb_puts(&sb, "|");
	assert_string_equal(sb_str(&sb), "张三  |欧阳…|   ¥800.00| 张…|");
	sb_free(&sb);
}

static void test_valid(void **state)
{
	(void)state;
	assert_true(text_valid("张三 Li", false));
	assert_true(text_valid("", false));
	assert_false(text_valid("a\xFF", false));
	assert_false(text_valid("\xC0\xAF", false));        /* overlong '/' */
	assert_false(text_valid("\xED\xA0\x80", false));    /* surrogate */
	assert_false(text_valid("\xF4\x90\x80\x80", false)); /* past U+10FFFF */
	assert_false(text_valid("a\nb", false));
	assert_true(text_valid("a\nb\tc", true));
	assert_false(text_valid("a\rb", true));
	assert_false(text_valid("a\x1b[31m", true));
	assert_false(text_valid("\xC2\x85", true));         /* C1 control NEL */
}

static void test_trim_chars(void **state)
{
	char *t;
	(void)state;

	t = text_trim("\xE3\x80\x80 张三\xE3\x80\x80\t\n");
	assert_string_equal(t, "张三");
	free(t);
	t = text_trim(" 欧阳 娜娜 ");
	assert_string_equal(t, "欧阳 娜娜");
	free(t);
	t = text_trim(" \xE3\x80\x80 ");
	assert_string_equal(t, "");
	free(t);
	/* 丠 (E4 B8 A0) ends in a byte that is not a space: keep it. */
	t = text_trim("丠");
	assert_string_equal(t, "丠");
	free(t);

	assert_int_equal(text_chars(""), 0);
	assert_int_equal(text_chars("张三abc"), 5);
	assert_int_equal(text_chars("\xF0\xA0\x80\x80"), 1);
}

static void test_table(void **state)
{
	static const char *const header[] = {"案号", "申请人", "金额"};
	static const char *const r1[] = {"2026-001", "张三", "¥12,345.67"};
	static const char *const r2[] = {"2026-002", "欧阳娜娜", "¥800.00"};
	static const char *const r3[] = {"2026-003", "Li Lei", ""};
	struct text_table t;
	struct strbuf sb = {0};
	(void)state;

	text_table_init(&t, 3, header);
	text_table_right(&t, 2);
	text_table_add(&t, r1);
	text_table_add(&t, r2);
	text_table_add(&t, r3);
	text_table_render(&t, &sb);
	assert_string_equal(sb_str(&sb),
			    "案号      申请人          金额\n"
			    "2026-001  张三      ¥12,345.67\n"
			    "2026-002  欧阳娜娜     ¥800.00\n"
			    "2026-003  Li Lei\n");
	text_table_free(&t);
	sb_free(&sb);
}

static void test_table_capped(void **state)
{
	static const char *const header[] = {"申请人", "被申请人"};
	static const char *const r1[] = {"欧阳娜娜", "贵州某某建筑劳务有限公司"};
	static const char *const r2[] = {"张三", NULL};
	struct text_table t;
	struct strbuf sb = {0};
	(void)state;

	text_table_init(&t, 2, header);
	text_table_max(&t, 0, 6);
	text_table_max(&t, 1, 10);
	text_table_add(&t, r1);
	text_table_add(&t, r2);
	text_table_render(&t, &sb);
	/* Every line is exactly as wide as the columns say, none ends in a
	 * space. */
	assert_string_equal(sb_str(&sb),
			    "申请人  被申请人\n"
			    "欧阳…   贵州某某…\n"
			    "张三\n");
	text_table_free(&t);
	sb_free(&sb);
}


/* One row of the gate's table: the text, the flags, the limit, and the
 * message wanted ("" = accepted). */
static const struct {
	const char *in;
	unsigned flags;
	size_t max;
	const char *want;
} gate[] = {
	/* Accepted: Chinese, Latin with up to two marks, ideographic space,
	 * an ideographic variation selector, empty when not required. */
	{"贵州黔城建工集团有限公司", 0, 100, ""},
	{"Nguyễn Văn An", 0, 50, ""},
	{"e\xCC\x81\xCC\x82", 0, 50, ""},                    /* two marks */
	{"欧阳\xE3\x80\x80娜娜", 0, 50, ""},
	{"\xE8\xBE\xBB\xF3\xA0\x84\x80", 0, 50, ""},         /* 辻 + U+E0100 */
	{"阿依古丽·买买提", 0, 50, ""},
	{"", 0, 50, ""},
	{NULL, 0, 50, ""},
	{"甲\t乙\n丙", TEXT_MULTILINE, 50, ""},
	/* Required. */
	{"", TEXT_REQUIRED, 50, "名称: 不能为空"},
	{NULL, TEXT_REQUIRED, 50, "名称: 不能为空"},
	/* Invalid UTF-8: a stray byte, an overlong, a surrogate, a cut one. */
	{"张\xFF三", 0, 50, "名称: 第2个字不是有效的 UTF-8 编码 (字节 0xFF), 请以 UTF-8 重新输入"},
	{"\xC0\xAF", 0, 50, "名称: 第1个字不是有效的 UTF-8 编码 (字节 0xC0), 请以 UTF-8 重新输入"},
	{"a\xED\xA0\x80", 0, 50, "名称: 第2个字不是有效的 UTF-8 编码 (字节 0xED), 请以 UTF-8 重新输入"},
	{"张\xE4\xB8", 0, 50, "名称: 第2个字不是有效的 UTF-8 编码 (字节 0xE4), 请以 UTF-8 重新输入"},
	/* C0 controls, DEL and C1 controls. */
	{"庭\x1B]2;pwned\x07", 0, 30, "名称: 第2个字是控制字符 U+001B (ESC 转义符), 请删去后重新输入"},
	{"\x07", 0, 30, "名称: 第1个字是控制字符 U+0007 (响铃符), 请删去后重新输入"},
	{"甲\t乙", 0, 30, "名称: 第2个字是控制字符 U+0009 (制表符), 请删去后重新输入 (只能写成一行)"},
	{"甲\n乙", 0, 30, "名称: 第2个字是控制字符 U+000A (换行符), 请删去后重新输入 (只能写成一行)"},
	{"甲\r乙", TEXT_MULTILINE, 30, "名称: 第2个字是控制字符 U+000D (回车符), 请删去后重新输入 (只能写成一行)"},
	{"甲\x7F", 0, 30, "名称: 第2个字是控制字符 U+007F (DEL 删除符), 请删去后重新输入"},
	{"甲\xC2\x85", 0, 30, "名称: 第2个字是控制字符 U+0085 (C1 控制字符), 请删去后重新输入"},
	{"甲\xC2\x9B" "31m", 0, 30, "名称: 第2个字是控制字符 U+009B (C1 控制字符), 请删去后重新输入"},
	/* Bidirectional controls. */
	{"贵州\xE2\x80\xAE测试公司", 0, 100, "名称: 第3个字是不可见的控制字符 U+202E (从右向左覆盖), 请删去后重新输入"},
	{"\xE2\x80\xAA", 0, 100, "名称: 第1个字是不可见的控制字符 U+202A (从左向右嵌入), 请删去后重新输入"},
	{"\xE2\x80\xAD", 0, 100, "名称: 第1个字是不可见的控制字符 U+202D (从左向右覆盖), 请删去后重新输入"},
	{"\xE2\x81\xA6", 0, 100, "名称: 第1个字是不可见的控制字符 U+2066 (从左向右隔离), 请删去后重新输入"},
	{"\xE2\x81\xA9", 0, 100, "名称: 第1个字是不可见的控制字符 U+2069 (取消方向隔离), 请删去后重新输入"},
	{"\xE2\x80\x8E", 0, 100, "名称: 第1个字是不可见的控制字符 U+200E (从左向右标记), 请删去后重新输入"},
	{"\xE2\x80\x8F", 0, 100, "名称: 第1个字是不可见的控制字符 U+200F (从右向左标记), 请删去后重新输入"},
	{"\xD8\x9C", 0, 100, "名称: 第1个字是不可见的控制字符 U+061C (阿拉伯字母标记), 请删去后重新输入"},
	{"\xE2\x80\xA8", 0, 100, "名称: 第1个字是不可见的控制字符 U+2028 (行分隔符), 请删去后重新输入"},
	/* Invisible format characters. */
	{"王\xE2\x80\x8B小明", 0, 50, "名称: 第2个字是不可见的格式字符 U+200B (零宽空格), 请删去后重新输入"},
	{"王\xE2\x80\x8C", 0, 50, "名称: 第2个字是不可见的格式字符 U+200C (零宽不连字), 请删去后重新输入"},
	{"王\xE2\x80\x8D", 0, 50, "名称: 第2个字是不可见的格式字符 U+200D (零宽连字), 请删去后重新输入"},
	{"王\xE2\x81\xA0", 0, 50, "名称: 第2个字是不可见的格式字符 U+2060 (字连接符), 请删去后重新输入"},
	{"王\xE2\x81\xA3", 0, 50, "名称: 第2个字是不可见的格式字符 U+2063 (不可见数学符号), 请删去后重新输入"},
	{"\xEF\xBB\xBF王", 0, 50, "名称: 第1个字是不可见的格式字符 U+FEFF (零宽不换行空格/字节序标记), 请删去后重新输入"},
	{"王\xC2\xAD", 0, 50, "名称: 第2个字是不可见的格式字符 U+00AD (软连字符), 请删去后重新输入"},
	{"王\xE1\xA0\x8E", 0, 50, "名称: 第2个字是不可见的格式字符 U+180E (蒙古文元音分隔符), 请删去后重新输入"},
	{"王\xF3\xA0\x80\x81", 0, 50, "名称: 第2个字是不可见的格式字符 U+E0001 (标签字符), 请删去后重新输入"},
	/* Stacked combining marks: the third on one character. */
	{"e\xCC\x81\xCC\x82\xCC\x83", 0, 50,
	 "名称: 第4个字是叠在同一个字上的第3个附加符号 U+0303, 一个字上最多 2 个, 请删去多余的"},
	{"Z\xCD\x91\xCD\x92\xCD\x93\xCD\x94", 0, 50,
	 "名称: 第4个字是叠在同一个字上的第3个附加符号 U+0353, 一个字上最多 2 个, 请删去多余的"},
	/* Length in characters, never bytes: 30 Chinese characters are 90
	 * bytes and fit 30; 31 do not; 31 ASCII letters neither. */
	{"一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十", 0, 30, ""},
	{"一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一", 0, 30,
	 "名称: 最长 30 个字, 现为 31 个字"},
	{"abcdefghijabcdefghijabcdefghija", 0, 30, "名称: 最长 30 个字, 现为 31 个字"},
	{"\xF0\xA0\x80\x80\xF0\xA0\x80\x81", 0, 2, ""},    /* 8 bytes, 2 characters */
	{"\xF0\xA0\x80\x80\xF0\xA0\x80\x81", 0, 1, "名称: 最长 1 个字, 现为 2 个字"},
	{"随便多长都行随便多长都行随便多长都行随便多长都行", 0, 0, ""},  /* 0: no limit */
};

static void test_check_table(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof gate / sizeof gate[0]; i++) {
		struct tc_err e = {0};
		enum tc_status st = text_check("name", "名称", gate[i].in, gate[i].max, gate[i].flags, &e);
		const char *got = st == TC_OK ? "" : e.msg;
		if (strcmp(got, gate[i].want) != 0 || (st != TC_OK && strcmp(e.field, "name") != 0) ||
		    (st != TC_OK && st != TC_REFUSED))
			fail_msg("row %zu: want \"%s\", got %d \"%s\" (field %s)", i, gate[i].want, st,
				 got, e.field);
		/* text_valid is the same rule without a length. */
		if (gate[i].max != 1 && !strstr(gate[i].want, "最长") && !strstr(gate[i].want, "不能为空"))
			assert_int_equal(text_valid(gate[i].in, gate[i].flags & TEXT_MULTILINE),
					 st == TC_OK);
	}
}

static void test_check_label_and_kinds(void **state)
{
	struct tc_err e = {0};
	enum text_kind k;

	(void)state;
	/* No label: the message starts at the position (a roster or import
	 * fault already names the column). */
	assert_int_equal(text_check("x", NULL, "a\x1b", 5, 0, &e), TC_REFUSED);
	assert_string_equal(e.msg, "第2个字是控制字符 U+001B (ESC 转义符), 请删去后重新输入");
	assert_int_equal(text_check("x", "", "abcdef", 5, 0, &e), TC_REFUSED);
	assert_string_equal(e.msg, "最长 5 个字, 现为 6 个字");
	assert_int_equal(text_check("x", NULL, "abc", 5, 0, NULL), TC_OK);
	assert_int_equal(text_check("x", NULL, "a\x1b", 5, 0, NULL), TC_REFUSED);
	/* The table of limits, and every fixed buffer sized from it. */
	assert_int_equal(text_limit(TEXT_PERSON), 50);
	assert_int_equal(text_limit(TEXT_ORG), 100);
	assert_int_equal(text_limit(TEXT_ROOM), 30);
	assert_int_equal(text_limit(TEXT_NOTE), 500);
	assert_int_equal(TEXT_BYTES(TEXT_MAX_ROOM), 121);
	assert_true(text_kind_of("room", &k) && k == TEXT_ROOM);
	assert_true(text_kind_of("respondent.name", &k) && k == TEXT_ORG);
	assert_true(text_kind_of("reason", &k) && k == TEXT_NOTE);
	assert_false(text_kind_of("nonesuch", &k));
	assert_int_equal(text_check_kind("room", "开庭地点",
					 "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一",
					 TEXT_ROOM, 0, &e), TC_REFUSED);
	assert_string_equal(e.msg, "开庭地点: 最长 30 个字, 现为 41 个字");
}

static char *cleaned(const char *s, unsigned flags)
{
	static char buf[256];
	struct strbuf sb = {0};

	text_clean(&sb, s, flags);
	snprintf(buf, sizeof buf, "%s", sb_str(&sb));
	sb_free(&sb);
	return buf;
}

static void test_clean(void **state)
{
	struct strbuf sb = {0};

	(void)state;
	assert_string_equal(cleaned("庭\x1B]2;pwned\x07", 0), "庭]2;pwned");
	assert_string_equal(cleaned("贵州\xE2\x80\xAE测试公司", 0), "贵州测试公司");
	assert_string_equal(cleaned("王\xE2\x80\x8B小\xE2\x80\x8D明\xEF\xBB\xBF", 0), "王小明");
	assert_string_equal(cleaned("a\xC2\x9B" "31m", 0), "a31m");
	assert_string_equal(cleaned("a\xFF" "b", 0), "a\xEF\xBF\xBD" "b");
	assert_string_equal(cleaned("e\xCC\x81\xCC\x82\xCC\x83\xCC\x84!", 0), "e\xCC\x81\xCC\x82!");
	assert_string_equal(cleaned("甲\t乙\n丙\r", 0), "甲乙丙");
	assert_string_equal(cleaned("甲\t乙\n丙\r", TEXT_MULTILINE), "甲\t乙\n丙");
	/* text_fit (every table, every screen cell) cleans the same way and
	 * counts only what it shows. */
	assert_int_equal(text_fit(&sb, "贵州\xE2\x80\xAE测试\xE2\x81\xA6公司\x07", 12), 12);
	assert_string_equal(sb_str(&sb), "贵州测试公司");
	sb_free(&sb);
	text_pad(&sb, "\xE2\x80\x8B\xE2\x80\x8B\xE2\x80\x8B张", 4);
	assert_string_equal(sb_str(&sb), "张  ");
	sb_free(&sb);
}

static void test_copy_scrub(void **state)
{
	char b6[6], b4[4], msg[64];

	(void)state;
	/* 张三 is 6 bytes: 5 bytes hold only 张, never half of 三. */
	assert_false(text_copy(b6, sizeof b6, "张三"));
	assert_string_equal(b6, "张");
	assert_true(text_copy(b6, sizeof b6, "ab张"));
	assert_string_equal(b6, "ab张");
	assert_false(text_copy(b4, sizeof b4, "a\xF0\xA0\x80\x80"));
	assert_string_equal(b4, "a");
	assert_true(text_copy(b4, sizeof b4, NULL));
	assert_string_equal(b4, "");
	snprintf(msg, sizeof msg, "不认识「\x1B]2;x\x07%s」\xE4\xB8", "\xE2\x80\xAE");
	text_scrub(msg);
	assert_string_equal(msg, "不认识「]2;x」");
	/* A message cut at its buffer's end in the middle of a character,
	 * as err_set's may be, loses the half character. */
	struct tc_err e;
	err_set(&e, TC_REFUSED, "f", "%0506d不认识「%s」", 0, "\x1B[31m红\xE2\x80\xAE");
	text_scrub(e.msg);
	assert_int_equal(strlen(e.msg), 506 + strlen("不"));
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_width),
		cmocka_unit_test(test_fit),
		cmocka_unit_test(test_pad),
		cmocka_unit_test(test_valid),
		cmocka_unit_test(test_trim_chars),
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_table_capped),
		cmocka_unit_test(test_check_table),
		cmocka_unit_test(test_check_label_and_kinds),
		cmocka_unit_test(test_clean),
		cmocka_unit_test(test_copy_scrub),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
