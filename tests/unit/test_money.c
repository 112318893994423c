/*
 * test_money.c - amounts as clerks type them, the refusals they see, and
 * the two written forms.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <cmocka.h>

#include "tiaocai/money.h"

#define F "请求金额"

/* The amount in fen as text, or the message when refused. */
static const char *parse(const char *in)
{
	static char res[600];
	int64_t fen = -1;
	struct tc_err e;

	err_clear(&e);
	if (money_parse(in, &fen, F, &e) == TC_OK)
		snprintf(res, sizeof res, "%lld", (long long)fen);
	else
		snprintf(res, sizeof res, "%s", e.msg);
	return res;
}

static void test_parse_forms(void **state)
{
	(void)state;
	assert_string_equal(parse("12345"), "1234500");
	assert_string_equal(parse("12,345.67"), "1234567");
	assert_string_equal(parse("1,234,567"), "123456700");
	assert_string_equal(parse("¥12345.6"), "1234560");
	assert_string_equal(parse("￥12345"), "1234500");
	assert_string_equal(parse("¥ 12,345.67"), "1234567");
	assert_string_equal(parse("1.5万"), "1500000");
	assert_string_equal(parse("1.5万元"), "1500000");
	assert_string_equal(parse("3万"), "3000000");
	assert_string_equal(parse("0.000001万"), "1");
	assert_string_equal(parse("12345元"), "1234500");
	assert_string_equal(parse("12345.67 元"), "1234567");
	assert_string_equal(parse("１２３４５．６"), "1234560");
	assert_string_equal(parse("１２，３４５"), "1234500");
	assert_string_equal(parse("  800  "), "80000");
	assert_string_equal(parse("\xE3\x80\x80" "800\xE3\x80\x80"), "80000");
	assert_string_equal(parse("0.05"), "5");
	assert_string_equal(parse("0"), "0");
	assert_string_equal(parse("007"), "700");
}

static void test_parse_refused(void **state)
{
	(void)state;
	assert_string_equal(parse("12,34.5"),
			    F ": 金额格式不对: 12,34.5 (可写 12345、12,345.67、¥12345.6 或 1.5万)");
	assert_string_equal(parse("1,2345"),
			    F ": 金额格式不对: 1,2345 (可写 12345、12,345.67、¥12345.6 或 1.5万)");
	assert_string_equal(parse("1234,567"),
			    F ": 金额格式不对: 1234,567 (可写 12345、12,345.67、¥12345.6 或 1.5万)");
	assert_string_equal(parse("-500"), F ": 金额不能为负数: -500");
	assert_string_equal(parse("¥-500"), F ": 金额不能为负数: ¥-500");
	assert_string_equal(parse(""), F ": 未填写金额 (可写 12345、12,345.67、¥12345.6 或 1.5万)");
	assert_string_equal(parse("   "), F ": 未填写金额 (可写 12345、12,345.67、¥12345.6 或 1.5万)");
	assert_string_equal(parse(NULL), F ": 未填写金额 (可写 12345、12,345.67、¥12345.6 或 1.5万)");
	assert_string_equal(parse("12.345"), F ": 金额最多两位小数 (到分): 12.345");
	assert_string_equal(parse("1.2345678万"), F ": 以万为单位时最多六位小数: 1.2345678万");
	assert_string_equal(parse("1000000000000.01"),
			    F ": 金额过大: 1000000000000.01 (上限 1,000,000,000,000 元)");
	assert_string_equal(parse("99999999999999999999999999"),
			    F ": 金额过大: 99999999999999999999999999 (上限 1,000,000,000,000 元)");
	assert_string_equal(parse("100000001万"),
			    F ": 金额过大: 100000001万 (上限 1,000,000,000,000 元)");
	/* Each of these is garbage, whatever a float parser would make of it. */
	static const char *const garbage[] = {
		"abc", "12.", ".5", "1e5", "12 345", "0x10", "12元万", "万", "¥", "1.5.6",
		"12,", ",123", "12..5", "5$", "NaN", "inf", "1 万 5", "12-", "+5",
	};
	for (size_t i = 0; i < sizeof garbage / sizeof garbage[0]; i++) {
		char want[200];
		snprintf(want, sizeof want,
			 F ": 金额格式不对: %s (可写 12345、12,345.67、¥12345.6 或 1.5万)", garbage[i]);
		assert_string_equal(parse(garbage[i]), want);
	}
}

static void test_limit(void **state)
{
	int64_t fen = 0;
	(void)state;

	assert_int_equal(money_parse("1000000000000", &fen, F, NULL), TC_OK);
	assert_true(fen == MONEY_MAX);
	assert_int_equal(money_parse("1亿", &fen, F, NULL), TC_REFUSED);
}

static void test_format(void **state)
{
	char buf[MONEY_BUF];
	(void)state;

	assert_string_equal(money_plain(1234567, buf), "12345.67");
	assert_string_equal(money_plain(0, buf), "0.00");
	assert_string_equal(money_plain(5, buf), "0.05");
	assert_string_equal(money_plain(-1234567, buf), "-12345.67");
	assert_string_equal(money_plain(INT64_MIN, buf), "-92233720368547758.08");

	assert_string_equal(money_display(1234567, buf), "¥12,345.67");
	assert_string_equal(money_display(0, buf), "¥0.00");
	assert_string_equal(money_display(99999, buf), "¥999.99");
	assert_string_equal(money_display(100000, buf), "¥1,000.00");
	assert_string_equal(money_display(123456789, buf), "¥1,234,567.89");
	assert_string_equal(money_display(-1234567, buf), "-¥12,345.67");
	assert_string_equal(money_display(MONEY_MAX, buf), "¥1,000,000,000,000.00");
	assert_string_equal(money_display(INT64_MAX, buf), "¥92,233,720,368,547,758.07");
}

/* What the screen shows, a clerk can type back. */
static void test_round_trip(void **state)
{
	static const int64_t v[] = {0, 1, 99, 100, 123456, 100000000, 1234567891, MONEY_MAX};
	char buf[MONEY_BUF];
	int64_t back;
	(void)state;

	for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
		assert_int_equal(money_parse(money_display(v[i], buf), &back, F, NULL), TC_OK);
		assert_true(back == v[i]);
		assert_int_equal(money_parse(money_plain(v[i], buf), &back, F, NULL), TC_OK);
		assert_true(back == v[i]);
	}
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_forms),
		cmocka_unit_test(test_parse_refused),
		cmocka_unit_test(test_limit),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_round_trip),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
