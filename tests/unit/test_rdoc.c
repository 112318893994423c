/*
 * test_rdoc.c - the report document's text rendering: the header centred,
 * tables aligned by display width with Chinese cells, a rule under the
 * header, cut cells ending in "…", paragraphs wrapped without splitting a
 * number or starting a line with a comma, and never a line wider than
 * asked or ending in a space.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "tiaocai/rdoc.h"
#include "tiaocai/text.h"

static void sample(struct rdoc *d)
{
	static const char *const head[] = {"案号", "申请人", "被申请人", "天数"};
	struct rdoc_table *t;

	rdoc_init(d, "贵阳市劳动人事争议仲裁委员会", "周报", "2026年第47周", "制表日期：2026-11-22");
	rdoc_heading(d, "一、超期案件");
	rdoc_text(d, "共 %d 件。", 2);
	t = rdoc_table(d, 4, head);
	rdoc_table_right(t, 3);
	rdoc_table_max(t, 2, 12);
	rdoc_row(t, (const char *const[]){"贵劳人仲案字〔2026〕第1号", "罗建", "贵阳某餐饮管理有限公司", "37"});
	rdoc_row(t, (const char *const[]){"贵劳人仲案字〔2026〕第12号", "欧阳晓梅", "某公司", "5"});
	rdoc_heading(d, "二、空表");
	rdoc_table(d, 2, (const char *const[]){"调解员", "在办"});
	rdoc_signature(d, "审核人：______");
}

static void test_render_100(void **state)
{
	struct rdoc d;
	struct strbuf sb = {0};

	(void)state;
	sample(&d);
	assert_int_equal(rdoc_table_rows(d.b[2].table), 2);
	rdoc_render_text(&d, 60, &sb);
	assert_string_equal(sb_str(&sb),
		"                贵阳市劳动人事争议仲裁委员会\n"
		"                            周报\n"
		"                        2026年第47周\n"
		"                                        制表日期：2026-11-22\n"
		"\n"
		"一、超期案件\n"
		"  共 2 件。\n"
		"  案号                        申请人    被申请人      天数\n"
		"  --------------------------------------------------------\n"
		"  贵劳人仲案字〔2026〕第1号   罗建      贵阳某餐饮…     37\n"
		"  贵劳人仲案字〔2026〕第12号  欧阳晓梅  某公司           5\n"
		"\n"
		"二、空表\n"
		"  调解员  在办\n"
		"  ------------\n"
		"  (无)\n"
		"\n"
		"\n"
		"                                              审核人：______\n");
	sb_free(&sb);
	rdoc_free(&d);
}

/* Narrower than the table: the capped column gives way first (down to
 * four columns), then the widest text column, then any; at 50 columns the
 * case number is still whole. */
static void test_render_narrow(void **state)
{
	struct rdoc d;
	struct strbuf sb = {0};

	(void)state;
	sample(&d);
	for (int width = 60; width >= 20; width--) {
		sb.len = 0;
		rdoc_render_text(&d, width, &sb);
		const char *p = sb_str(&sb);
		while (*p) {
			const char *nl = strchr(p, '\n');
			char *line = xstrndup(p, (size_t)(nl - p));
			if (text_width(line) > width || (*line && line[strlen(line) - 1] == ' '))
				fail_msg("width %d: \"%s\"", width, line);
			free(line);
			p = nl + 1;
		}
	}
	sb.len = 0;
	rdoc_render_text(&d, 50, &sb);
	assert_non_null(strstr(sb_str(&sb), "  贵劳人仲案字〔2026〕第12号  欧阳晓梅  某…      5\n"));
	sb_free(&sb);
	rdoc_free(&d);
}

static void test_wrap(void **state)
{
	struct rdoc d;
	struct strbuf sb = {0};

	(void)state;
	rdoc_init(&d, "", "", "", "");
	rdoc_text(&d, "本周立案案件请求金额 ¥1,584,720.00，结案金额 ¥440,020.00，另有（说明）。");
	rdoc_render_text(&d, 30, &sb);
	/* ¥1,584,720.00 stays whole; no line starts with "，" or ends with "（". */
	assert_string_equal(sb_str(&sb),
		"  本周立案案件请求金额\n"
		"  ¥1,584,720.00，结案金额\n"
		"  ¥440,020.00，另有（说明）。\n");
	sb_free(&sb);
	rdoc_free(&d);
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_render_100),
		cmocka_unit_test(test_render_narrow),
		cmocka_unit_test(test_wrap),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
