/*
 * test_ident.c - ID numbers, USCCs and phone numbers as clerks type them,
 * and the messages that tell them what to fix.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "tiaocai/date.h"
#include "tiaocai/ident.h"

#define F_ID "申请人身份证号"
#define F_USCC "被申请人统一社会信用代码"
#define F_TEL "联系电话"

static int today(void) { return date_from_ymd(2026, 11, 22); }

/* The normalised number, or the message when refused: a failing
 * assertion then shows what the clerk would have seen. */
static const char *id(const char *in)
{
	static char res[600];
	char out[IDNO_LEN] = "";
	struct tc_err e;

	err_clear(&e);
	if (ident_id_check(in, today(), out, F_ID, &e) == TC_OK)
		snprintf(res, sizeof res, "%s", out);
	else
		snprintf(res, sizeof res, "%s%s", strcmp(e.field, F_ID) == 0 ? "" : "(field?) ",
			 e.msg);
	return res;
}

static void test_id_valid(void **state)
{
	(void)state;
	assert_string_equal(id("11010519491231002X"), "11010519491231002X");
	assert_string_equal(id("440524188001010014"), "440524188001010014");
	assert_string_equal(id("11010519491231002x"), "11010519491231002X");
	assert_string_equal(id("１１０１０５１９４９１２３１００２ｘ"), "11010519491231002X");
	assert_string_equal(id(" 110105 19491231 002X\xE3\x80\x80"), "11010519491231002X");
	/* Born today is allowed; tomorrow is not (below). */
	assert_string_equal(id("11010520261122001X"), "11010520261122001X");
	/* Hyphens and spaces of any width, as copied from a document. */
	assert_string_equal(id("110105-19491231-002X"), "11010519491231002X");
	assert_string_equal(id("110105－19491231－002X"), "11010519491231002X");
	assert_string_equal(id("110105\u201019491231\u2014002X"), "11010519491231002X");
	assert_string_equal(id("110105\u00a019491231\u3000002X"), "11010519491231002X");
	/* Hong Kong, Macao and Taiwan residents' residence permits. */
	assert_string_equal(id("810000199001011230"), "810000199001011230");
	assert_string_equal(id("830000199001011234"), "830000199001011234");
}

static void test_id_refused(void **state)
{
	(void)state;
	assert_string_equal(id("110105194912310021"), F_ID ": 校验位不符, 第18位应为 X");
	assert_string_equal(id("11010519491231002"), F_ID ": 应为18位 (现为17位)");
	assert_string_equal(id("1101051949123100211"), F_ID ": 应为18位 (现为19位)");
	assert_string_equal(id(""), F_ID ": 未填写 (应为18位)");
	assert_string_equal(id("110105194902300012"), F_ID ": 出生日期 1949-02-30 不存在");
	assert_string_equal(id("110105202611230015"), F_ID ": 出生日期 2026-11-23 晚于今天");
	assert_string_equal(id("1101A519491231002X"), F_ID ": 第5位应为数字 (现为 A)");
	assert_string_equal(id("11010519491231002Y"), F_ID ": 第18位应为数字或 X (现为 Y)");
	assert_string_equal(id("1101051949123100二X"), F_ID ": 第17位应为数字 (现为 二)");
	/* An address code that names no province, even with a right check
	 * character, is a typing mistake: refused before the date and the
	 * check character. */
	assert_string_equal(id("00000019900101123X"),
			    F_ID ": 地址码 (前6位) 000000 有误: 前两位 00 不是省级行政区划代码"
				 " (应为 11-15、21-23、31-37、41-46、50-54、61-65、71、81-83)");
	assert_string_equal(id("990105194912310023"),
			    F_ID ": 地址码 (前6位) 990105 有误: 前两位 99 不是省级行政区划代码"
				 " (应为 11-15、21-23、31-37、41-46、50-54、61-65、71、81-83)");
	assert_string_equal(id("000000-19491231-0021"),
			    F_ID ": 地址码 (前6位) 000000 有误: 前两位 00 不是省级行政区划代码"
				 " (应为 11-15、21-23、31-37、41-46、50-54、61-65、71、81-83)");
}

/* The age on the day the case is received: a note, never a refusal. */
static const char *age(const char *in, int on)
{
	static char msg[200];

	if (!ident_id_age_note(in, on, msg, sizeof msg))
		snprintf(msg, sizeof msg, "(none%s)", msg[0] ? ", but a message" : "");
	return msg;
}

static void test_id_age(void **state)
{
	(void)state;
	int on = date_from_ymd(2026, 11, 22);

	/* 11 years old: the child worker. */
	assert_string_equal(age("520102201503010026", on),
			    "按身份证号, 收案时年仅 11 岁, 请核实 (未满十六周岁)");
	/* 76 and 146 (the old worker and a mistyped century). */
	assert_string_equal(age("520102195001010036", on),
			    "按身份证号, 收案时已 76 岁, 请核实 (已过七十周岁)");
	assert_string_equal(age("440524188001010014", on),
			    "按身份证号, 收案时已 146 岁, 请核实 (已过七十周岁)");
	/* The sixteenth and the seventy-first birthdays themselves. */
	assert_string_equal(age("520102201011220035", on), "(none)");
	assert_string_equal(age("520102201011230030", on),
			    "按身份证号, 收案时年仅 15 岁, 请核实 (未满十六周岁)");
	assert_string_equal(age("520102195511230039", on), "(none)");
	assert_string_equal(age("520102195511220033", on),
			    "按身份证号, 收案时已 71 岁, 请核实 (已过七十周岁)");
	assert_string_equal(age("52010219560101003X", on), "(none)");
	/* As typed: hyphens and lower case x are fine. */
	assert_string_equal(age("520102-20150301-0026", on),
			    "按身份证号, 收案时年仅 11 岁, 请核实 (未满十六周岁)");
	/* Received before the birth date: a typo somewhere. */
	assert_string_equal(age("520102201503010026", date_from_ymd(2015, 2, 1)),
			    "按身份证号, 出生日期 2015-03-01 晚于收案日期 2015-02-01, 请核实");
	/* Nothing to say without a date or a birth date. */
	assert_string_equal(age("520102201503010026", DATE_NONE), "(none)");
	assert_string_equal(age("5201022015", on), "(none)");
	assert_string_equal(age("520102201502300026", on), "(none)");
	assert_string_equal(age("", on), "(none)");
}

static void test_id_parts(void **state)
{
	char m[IDNO_LEN];
	struct tc_err e;
	char out[IDNO_LEN];
	(void)state;

	assert_int_equal(ident_id_checkchar("11010519491231002"), 'X');
	assert_int_equal(ident_id_checkchar("44052418800101001"), '4');
	assert_int_equal(ident_id_birth("11010519491231002X"), date_from_ymd(1949, 12, 31));
	assert_string_equal(ident_id_sex("11010519491231002X"), "女");
	assert_string_equal(ident_id_sex("440524188001010014"), "男");
	ident_id_mask("11010519491231002X", m);
	assert_string_equal(m, "110105********002X");
	/* A refusal leaves the caller's buffer alone. */
	strcpy(out, "untouched");
	assert_int_equal(ident_id_check("110105194912310021", today(), out, F_ID, &e), TC_REFUSED);
	assert_string_equal(out, "untouched");
	/* No today given: a future birth date is not checked. */
	assert_int_equal(ident_id_check("110105202611230015", DATE_NONE, out, F_ID, &e), TC_OK);
}

static void uscc(const char *in, enum tc_status st, bool bad, const char *out_want,
		 const char *msg)
{
	char out[USCC_LEN] = "";
	bool bad_check = !bad;
	struct tc_err e;

	err_clear(&e);
	assert_int_equal(ident_uscc_check(in, out, &bad_check, F_USCC, &e), st);
	assert_int_equal(bad_check, bad);
	assert_string_equal(e.msg, msg);
	if (out_want)
		assert_string_equal(out, out_want);
}

static void test_uscc(void **state)
{
	(void)state;
	uscc("91350100M000100Y43", TC_OK, false, "91350100M000100Y43", "");
	uscc("91440300708461136T", TC_OK, false, "91440300708461136T", "");
	uscc("91350100m000100y43", TC_OK, false, "91350100M000100Y43", "");
	uscc("９１４４０３００７０８４６１１３６Ｔ", TC_OK, false, "91440300708461136T", "");
	/* The clerk may override a bad check character: the code comes back. */
	uscc("91350100M000100Y4X", TC_REFUSED, true, "91350100M000100Y4X",
	     F_USCC ": 校验位不符, 第18位应为 3 (若确认无误, 可用 --uscc-unverified 说明原因)");
	uscc("91350100O000100Y43", TC_REFUSED, false, NULL,
	     F_USCC ": 第9位 \"O\" 不是允许的字符 (只用数字和除 I、O、S、V、Z 外的大写字母)");
	uscc("9135010中M000100Y43", TC_REFUSED, false, NULL,
	     F_USCC ": 第8位应为数字: 第3-8位是登记管理机关的行政区划代码 (现为 中)");
	uscc("91350100M000100Y4", TC_REFUSED, false, NULL, F_USCC ": 应为18位 (现为17位)");
	uscc("", TC_REFUSED, false, NULL, F_USCC ": 未填写 (应为18位)");
	/* Hyphens and spaces of any width are dropped. */
	uscc("9135-0100-M000-100Y43", TC_OK, false, "91350100M000100Y43", "");
	uscc("91350100－M000100Y43", TC_OK, false, "91350100M000100Y43", "");
	uscc("913501 00M000 100Y43\u3000", TC_OK, false, "91350100M000100Y43", "");
	/* Every authority and kind of GB 32100's appendix A is known; a code
	 * registered by the central office carries 100000. */
	uscc("91520113MAX87XQ335", TC_OK, false, "91520113MAX87XQ335", "");
	uscc("Y1520113MAX87XQ33F", TC_OK, false, "Y1520113MAX87XQ33F", "");
	uscc("N3520113MAX87XQ33H", TC_OK, false, "N3520113MAX87XQ33H", "");
	uscc("91100000100003962T", TC_OK, false, "91100000100003962T", "");
	/* Letters in positions 3-8 (the division code): refused, not a check
	 * character to override, even when the check character agrees. */
	uscc("9152A113MAX87XQ331", TC_REFUSED, false, NULL,
	     F_USCC ": 第5位应为数字: 第3-8位是登记管理机关的行政区划代码 (现为 A)");
	uscc("91MAX87XQ335201133", TC_REFUSED, false, NULL,
	     F_USCC ": 第3位应为数字: 第3-8位是登记管理机关的行政区划代码 (现为 M)");
	/* An unknown registration authority or kind. */
	uscc("B1520113MAX87XQ333", TC_REFUSED, false, NULL,
	     F_USCC ": 第1位 (登记管理部门代码) 应为 1-9、A、N 或 Y (现为 B)");
	uscc("01520113MAX87XQ33X", TC_REFUSED, false, NULL,
	     F_USCC ": 第1位 (登记管理部门代码) 应为 1-9、A、N 或 Y (现为 0)");
	uscc("中1520113MAX87XQ33X", TC_REFUSED, false, NULL,
	     F_USCC ": 第1位 (登记管理部门代码) 应为 1-9、A、N 或 Y (现为 中)");
	uscc("94520113MAX87XQ33U", TC_REFUSED, false, NULL,
	     F_USCC ": 第2位 (机构类别代码) 应为 1、2、3: 第1位 9 表示工商 (市场监管)登记 (现为 4)");
	uscc("Y2520113MAX87XQ33C", TC_REFUSED, false, NULL,
	     F_USCC ": 第2位 (机构类别代码) 应为 1: 第1位 Y 表示其他登记 (现为 2)");
	assert_int_equal(ident_uscc_checkchar("91440300708461136"), 'T');
	assert_int_equal(ident_uscc_checkchar("9144030070846113I"), '\0');
}

static const char *phone(const char *in)
{
	static char res[600];
	char out[32] = "";
	struct tc_err e;

	err_clear(&e);
	if (ident_phone_check(in, out, F_TEL, &e) == TC_OK)
		snprintf(res, sizeof res, "%s", out);
	else
		snprintf(res, sizeof res, "%s", e.msg);
	return res;
}

static void test_phone(void **state)
{
	(void)state;
	assert_string_equal(phone("13800138000"), "13800138000");
	assert_string_equal(phone("138 0013 8000"), "13800138000");
	assert_string_equal(phone("138-0013-8000"), "13800138000");
	assert_string_equal(phone("１９９８８８８７７７７"), "19988887777");
	assert_string_equal(phone("0851-85551234"), "0851-85551234");
	assert_string_equal(phone("085185551234"), "0851-85551234");
	/* Hyphens and spaces of any width between the digits. */
	assert_string_equal(phone("0851-8555-1234"), "0851-85551234");
	assert_string_equal(phone("0851 8555 1234"), "0851-85551234");
	assert_string_equal(phone("0851－85551234"), "0851-85551234");
	assert_string_equal(phone("138\u20140013\u20148000"), "13800138000");
	assert_string_equal(phone("138－0013－8000"), "13800138000");
	assert_string_equal(phone("010-12345678"), "010-12345678");
	assert_string_equal(phone("0851-85551234转801"), "0851-85551234转801");
	assert_string_equal(phone("0851-8555123-12"), "0851-8555123-12");
	assert_string_equal(phone("1380013800"), F_TEL ": 手机号应为11位 (现为10位)");
	assert_string_equal(phone("12800138000"), F_TEL ": 手机号第2位应为 3-9 (现为 2)");
	/* Three-digit area codes (010, 02x) have eight-digit local numbers. */
	assert_string_equal(phone("010-1234567"),
			    F_TEL ": 号码格式不对: 010-1234567"
			    " (手机号为1开头的11位数字, 固话要带区号, 如 0851-85551234)");
	assert_string_equal(phone("85551234"),
			    F_TEL ": 号码格式不对: 85551234"
			    " (手机号为1开头的11位数字, 固话要带区号, 如 0851-85551234)");
	assert_string_equal(phone("1380013800a"),
			    F_TEL ": 号码格式不对: 1380013800a (手机号为1开头的11位数字)");
	assert_string_equal(phone(""), F_TEL ": 未填写");
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_id_valid),
		cmocka_unit_test(test_id_refused),
		cmocka_unit_test(test_id_parts),
		cmocka_unit_test(test_id_age),
		cmocka_unit_test(test_uscc),
		cmocka_unit_test(test_phone),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
