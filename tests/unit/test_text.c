/*
 * test_text.c - display widths, cutting and padding, and the aligned
 * table, with Chinese text as the normal case.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
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
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
