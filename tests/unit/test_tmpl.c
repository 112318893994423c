/*
 * test_tmpl.c - document templates: every directive rendered as the blocks
 * of a letter, the optional paragraph, continued lines and literal braces,
 * a written section and the refusal while it is not written, every
 * refusal of a bad template with its file and line, the office's edited
 * copy read instead of the built-in one, and every shipped template (forms/KIND.tpl)
 * built in byte for byte and parsed.
 *
 * The values are put together by hand (docvals_new), so these tests need
 * no database; test_docfields.c fills the same templates from a case.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <cmocka.h>

#include "tiaocai/doc.h"
#include "tiaocai/docfields.h"
#include "tiaocai/form.h"
#include "tiaocai/rdoc.h"
#include "tiaocai/tmpl.h"
#include "fixture.h"

/* A document's values: one case, two claims, two workers (the second
 * with two items), the addressee. */
static struct docvals *values(void)
{
	struct docvals *v = docvals_new(doc_kind_find("award"));

	docvals_set(v, "office", "贵阳市劳动人事争议仲裁委员会");
	docvals_set(v, "doc.name", "裁决书");
	docvals_set(v, "case_no", "贵劳人仲案字〔2026〕第12号");
	docvals_set(v, "case_ref", "2026-12");
	docvals_set(v, "made_on", "2026年11月22日");
	docvals_set(v, "to.name", "王超德");
	docvals_set(v, "collective", "0");
	docvals_add_item(v, "claims");
	docvals_set(v, "claim.no", "一");
	docvals_set(v, "claim.what", "王超德的工资");
	docvals_set(v, "claim.amount", "8,000.00元");
	docvals_add_item(v, "claims");
	docvals_set(v, "claim.no", "二");
	docvals_set(v, "claim.what", "李四的工资");
	docvals_set(v, "claim.amount", "7,600.00元");
	docvals_add_item(v, "workers");
	docvals_set(v, "worker.no", "一");
	docvals_set(v, "worker.name", "王超德");
	docvals_add_item(v, "items");
	docvals_set(v, "item.no", "1");
	docvals_set(v, "item.kind", "工资");
	docvals_set(v, "item.amount", "8,000.00元");
	docvals_add_item(v, "workers");
	docvals_set(v, "worker.no", "二");
	docvals_set(v, "worker.name", "李四");
	docvals_add_item(v, "items");
	docvals_set(v, "item.no", "1");
	docvals_set(v, "item.kind", "工资");
	docvals_set(v, "item.amount", "7,000.00元");
	docvals_add_item(v, "items");
	docvals_set(v, "item.no", "2");
	docvals_set(v, "item.kind", "经济补偿");
	docvals_set(v, "item.amount", "600.00元");
	docvals_set_section(v, "facts", "申请人于2025年3月入职。\n\n\u3000\u3000被申请人未支付2026年1月至3月的工资。\n");
	return v;
}

static struct tmpl *parse_ok(const char *text)
{
	struct tmpl *t = NULL;
	struct tc_err e = {0};

	if (tmpl_parse(text, "t.tpl", &t, &e) != TC_OK)
		fail_msg("tmpl_parse: %s", e.msg);
	return t;
}

/* The blocks of a letter, one per line: its kind and its text; a table
 * as its rows, cells joined by "|" and rows by " / ", "headless" when its
 * first row is a row like the others.  What the template made, whatever
 * the layout that prints it (rdoc.c, src/pdf). */
static void blocks(const struct rdoc *d, struct strbuf *sb)
{
	static const char *const names[] = {
		[RDOC_HEADING] = "HEADING", [RDOC_TEXT] = "TEXT", [RDOC_TABLE] = "TABLE",
		[RDOC_SIGNATURE] = "SIGNATURE", [RDOC_TITLE] = "TITLE", [RDOC_CASENO] = "CASENO",
		[RDOC_ADDRESSEE] = "TO", [RDOC_PARA] = "PARA", [RDOC_FOOT] = "FOOT",
		[RDOC_BREAK] = "BREAK",
	};

	for (size_t i = 0; i < d->n; i++) {
		const struct rdoc_block *b = &d->b[i];
		sb_puts(sb, names[b->kind]);
		if (b->kind == RDOC_TABLE) {
			const struct rdoc_table *t = b->table;
			sb_puts(sb, t->headless ? " headless" : "");
			for (size_t c = 0; c < t->cells.n; c++)
				sb_printf(sb, "%s%s", c == 0 ? " " : c % t->ncols ? "|" : " / ", t->cells.v[c]);
		} else if (b->text) {
			sb_printf(sb, " %s", b->text);
		}
		sb_puts(sb, "\n");
	}
}

/* text filled with v, as blocks (the caller frees). */
static char *render(const char *text, struct docvals *v)
{
	struct tmpl *t = parse_ok(text);
	struct rdoc d;
	struct strbuf sb = {0};
	struct tc_err e = {0};

	rdoc_init(&d, NULL, NULL, NULL, NULL);
	rdoc_letter(&d);
	if (tmpl_render(t, v, &d, &e) != TC_OK)
		fail_msg("tmpl_render: %s", e.msg);
	blocks(&d, &sb);
	rdoc_free(&d);
	tmpl_free(t);
	return sb_take(&sb);
}

static void test_every_directive(void **state)
{
	static const char text[] =
		"# a comment, then a blank line\n"
		"\n"
		"%title {office}\n"
		"%title {doc.name}\n"
		"%caseno\n"
		"%to {to.name}：\n"
		"%heading 仲裁请求\n"
		"%each claims\n"
		"  {claim.no}、{claim.what}{claim.amount}；\n"
		"%end\n"
		"%each workers\n"
		"{worker.no}、{worker.name}：\n"
		"%each items\n"
		"{item.no}. {item.kind}{item.amount}\n"
		"%end\n"
		"%end\n"
		"%if collective\n"
		"集体争议。\n"
		"%else\n"
		"不是集体争议。\n"
		"%end\n"
		"%if !project\n"
		"没有工程项目。\n"
		"%end\n"
		"%if claims\n"
		"有仲裁请求。\n"
		"%end\n"
		"%if !claims\n"
		"没有仲裁请求。\n"
		"%end\n"
		"%? 尚缺材料：{missing_docs}。\n"
		"%? 案号{case_no}。\n"
		"第一部分，\\\n"
		"    第二部分。\n"
		"字面的 {{case_no}} 不是字段。\n"
		"%%开头的段落。\n"
		"%section facts\n"
		"%table\n"
		"受送达人|{to.name}\n"
		"%? 备注|{service.note}\n"
		"%if to.name\n"
		"送达人|\n"
		"%end\n"
		"%end\n"
		"%foot {office}\n"
		"%foot {made_on}\n";
	struct docvals *v = values();
	char *out = render(text, v);
	(void)state;

	assert_string_equal(out,
		"TITLE 贵阳市劳动人事争议仲裁委员会\n"
		"TITLE 裁决书\n"
		"CASENO 贵劳人仲案字〔2026〕第12号\n"
		"TO 王超德：\n"
		"HEADING 仲裁请求\n"
		"PARA 一、王超德的工资8,000.00元；\n"
		"PARA 二、李四的工资7,600.00元；\n"
		"PARA 一、王超德：\n"
		"PARA 1. 工资8,000.00元\n"
		"PARA 二、李四：\n"
		"PARA 1. 工资7,000.00元\n"
		"PARA 2. 经济补偿600.00元\n"
		"PARA 不是集体争议。\n"
		"PARA 没有工程项目。\n"
		"PARA 有仲裁请求。\n"
		"PARA 案号贵劳人仲案字〔2026〕第12号。\n"
		"PARA 第一部分，第二部分。\n"
		"PARA 字面的 {case_no} 不是字段。\n"
		"PARA %开头的段落。\n"
		"PARA 申请人于2025年3月入职。\n"
		"PARA 被申请人未支付2026年1月至3月的工资。\n"
		"TABLE headless 受送达人|王超德 / 送达人|\n"
		"FOOT 贵阳市劳动人事争议仲裁委员会\n"
		"FOOT 2026年11月22日\n");
	free(out);
	docvals_free(v);
}

/* The same template over values that differ: %if takes the other way, the
 * optional paragraph with a value stays, an empty list gives nothing. */
static void test_if_else_and_optional(void **state)
{
	static const char text[] =
		"%if collective\n"
		"集体争议。\n"
		"%else\n"
		"不是集体争议。\n"
		"%end\n"
		"%? 尚缺材料：{missing_docs}。\n"
		"%each third_parties\n"
		"第三人{party.name}\n"
		"%end\n"
		"%? %foot {seal_note}\n"
		"%foot 完\n";
	struct docvals *v = docvals_new(NULL);
	char *out;
	(void)state;

	docvals_set(v, "collective", "1");
	docvals_set(v, "missing_docs", "劳动合同");
	out = render(text, v);
	assert_string_equal(out,
		"PARA 集体争议。\n"
		"PARA 尚缺材料：劳动合同。\n"
		"FOOT 完\n");
	free(out);
	docvals_free(v);
}

/* A file saved with a byte order mark and CRLF line ends reads the same. */
static void test_bom_crlf(void **state)
{
	struct docvals *v = values();
	char *out = render("\xEF\xBB\xBF%to {to.name}：\r\n\r\n正文，\\\r\n  接下行。\r\n", v);
	(void)state;

	assert_string_equal(out, "TO 王超德：\nPARA 正文，接下行。\n");
	free(out);
	docvals_free(v);
}

/* A section not written yet: refused, naming the document, the section
 * and the command that writes it. */
static void test_section_missing(void **state)
{
	struct tmpl *t = parse_ok("经审理查明：\n%section facts\n本委认为：\n%section reasons\n");
	struct docvals *v = values();
	struct rdoc d;
	struct tc_err e = {0};
	(void)state;

	rdoc_init(&d, NULL, NULL, NULL, NULL);
	rdoc_letter(&d);
	assert_int_equal(tmpl_render(t, v, &d, &e), TC_REFUSED);
	assert_string_equal(e.msg, "裁决书的「裁决理由」尚未填写: 请用 tiaocai doc edit 2026-12 award 填写");
	assert_string_equal(e.field, "section");
	rdoc_free(&d);
	tmpl_free(t);

	/* A section the kind does not have: refused with its line. */
	t = parse_ok("\n%section account\n");
	rdoc_init(&d, NULL, NULL, NULL, NULL);
	assert_int_equal(tmpl_render(t, v, &d, &e), TC_REFUSED);
	assert_string_equal(e.msg, "t.tpl:2: 裁决书没有名为 account 的部分 (有: facts:查明事实 reasons:裁决理由)");
	rdoc_free(&d);
	tmpl_free(t);
	docvals_free(v);
}

/* Each bad template is refused with its line and what is wrong. */
static void test_refusals(void **state)
{
	static const struct {
		const char *text, *msg;
	} cases[] = {
		{"%title {office}\n\n本委{nosuch}。\n", "t.tpl:3: 未知字段 {nosuch}"},
		{"{party.name}\n",
		 "t.tpl:1: {party.name} 只能用在 %each applicants、respondents、third_parties 或 parties 之内"},
		{"%each claims\n{item.kind}\n%end\n", "t.tpl:2: {item.kind} 只能用在 %each items 之内"},
		{"%each items\n%end\n", "t.tpl:1: 列表 items 只能用在 %each workers 之内"},
		{"# x\n%if collective\n是\n", "t.tpl:2: %if 没有对应的 %end"},
		{"%each claims\n%if collective\n%end\n", "t.tpl:1: %each 没有对应的 %end"},
		{"%table\n名称|内容\n", "t.tpl:1: %table 没有对应的 %end"},
		{"\n\n%signature 王\n", "t.tpl:3: 不认识的指令 %signature (可用: %title %caseno %to %foot %heading"
					  " %each %if %else %end %section %table %?)"},
		{"%end\n", "t.tpl:1: %end 没有对应的 %if、%each 或 %table"},
		{"%else\n", "t.tpl:1: %else 没有对应的 %if"},
		{"%each claims\n%else\n%end\n", "t.tpl:2: %else 只能用在 %if 之内 (第 1 行的 %each 尚未以 %end 结束)"},
		{"%if collective\n%else\n%else\n%end\n", "t.tpl:3: 第 1 行的 %if 已有一个 %else"},
		{"{claims}\n", "t.tpl:1: {claims} 是列表, 只能用 %each claims ... %end 逐项写出"},
		{"%each case_no\n%end\n", "t.tpl:1: case_no 是字段, 不是列表: %each 只用于列表"},
		{"%each nosuch\n%end\n", "t.tpl:1: 未知列表 nosuch"},
		{"%each applicants\n%each parties\n%end\n%end\n",
		 "t.tpl:2: %each parties 套在另一个逐项写出同类内容 (party.*) 的 %each 之内"},
		{"案号{case_no\n", "t.tpl:1: 「{」没有配对的「}」(要写字面的 { 请写 {{)"},
		{"案号{Case No}\n", "t.tpl:1: 字段名 {Case No} 不对: 只用小写字母、数字、_ 和 ."},
		{"%table\n没有竖线\n%end\n", "t.tpl:2: 表格中的行应写作「名称|内容」"},
		{"%table\n%title x\n%end\n",
		 "t.tpl:2: 表格中不能用 %title (只能有「名称|内容」行、%if、%each 和 %end)"},
		{"%title\n", "t.tpl:1: %title 后须写内容"},
		{"%if\n%end\n", "t.tpl:1: %if 后须写名称"},
		/* An %each without a good name (once freed a pointer never set). */
		{"%each\n%end\n", "t.tpl:1: %each 后须写名称"},
		{"%each 申请人\n%end\n",
		 "t.tpl:1: %each 后只能有一个名称 (小写字母、数字、_ 和 .): 申请人"},
		{"%end x\n", "t.tpl:1: %end 后不应有内容: x"},
		{"%? %each claims\n%end\n",
		 "t.tpl:1: %? 只能用于正文段落、表格行和 %title %caseno %to %foot %heading, 不能用于 %each"},
		/* A continued line counts from its first line. */
		{"正文\n第一行\\\n第二行{nosuch}\n", "t.tpl:2: 未知字段 {nosuch}"},
		/* A control character: the gate every text passes, with its line. */
		{"正文\n坏\x01字\n", "t.tpl:2: 第2个字是控制字符 U+0001 (C0 控制字符), 请删去后重新输入"},
	};
	(void)state;

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct tmpl *t = NULL;
		struct tc_err e = {0};
		enum tc_status st = tmpl_parse(cases[i].text, "t.tpl", &t, &e);

		if (st != TC_REFUSED || strcmp(e.msg, cases[i].msg) != 0)
			fail_msg("case %zu: got %d \"%s\", want \"%s\"", i, st, e.msg, cases[i].msg);
		assert_null(t);
	}
}

/* An office's edited copy in its data directory is read instead of the
 * built-in one; $TIAOCAI_FORMS when no directory is given; a bad copy is
 * refused with its own path; a kind with no template at all is refused. */
static void test_office_copy(void **state)
{
	char *dir = fx_tmpdir("tmpl");
	struct tmpl *t = NULL;
	struct tc_err e = {0};
	struct docvals *v = values();
	(void)state;

	assert_non_null(dir);
	unsetenv("TIAOCAI_FORMS");
	/* The built-in copy first. */
	assert_int_equal(tmpl_load("accept-notice", dir, &t, &e), TC_OK);
	tmpl_free(t);

	free(fx_write(dir, "accept-notice.tpl", "%title 本所自定的受理通知书\n%to {to.name}：\n"));
	assert_int_equal(tmpl_load("accept-notice", dir, &t, &e), TC_OK);
	struct rdoc d;
	struct strbuf sb = {0};
	rdoc_init(&d, NULL, NULL, NULL, NULL);
	rdoc_letter(&d);
	assert_int_equal(tmpl_render(t, v, &d, &e), TC_OK);
	blocks(&d, &sb);
	assert_string_equal(sb_str(&sb), "TITLE 本所自定的受理通知书\nTO 王超德：\n");
	sb_free(&sb);
	rdoc_free(&d);
	tmpl_free(t);

	/* Without a directory: $TIAOCAI_FORMS. */
	setenv("TIAOCAI_FORMS", dir, 1);
	assert_int_equal(tmpl_load("accept-notice", NULL, &t, &e), TC_OK);
	tmpl_free(t);
	unsetenv("TIAOCAI_FORMS");

	/* A bad office copy is refused with its path and line. */
	char *path = fx_write(dir, "award.tpl", "%title {office}\n\n{office_nmae}\n");
	assert_int_equal(tmpl_load("award", dir, &t, &e), TC_REFUSED);
	char *want = xasprintf("%s:3: 未知字段 {office_nmae}", path);
	assert_string_equal(e.msg, want);
	free(want);
	free(path);

	assert_int_equal(tmpl_load("nosuch", dir, &t, &e), TC_REFUSED);
	assert_string_equal(e.msg, "没有文书模板 nosuch (forms/nosuch.tpl)");
	assert_int_equal(tmpl_load("../award", dir, &t, &e), TC_USAGE);
	docvals_free(v);
	fx_done(NULL, dir);
}

/* Every template file (forms/KIND.tpl) is built in byte for byte (the
 * generated file is no older than the templates) and parses; each kind of
 * doc.c's table has one, and so has the receipt. */
static void test_builtin_templates(void **state)
{
	const struct doc_kind *kinds;
	size_t nkinds = doc_kinds(&kinds);
	char *dirname = fx_datafile("forms");
	DIR *d = opendir(dirname);
	struct dirent *de;
	int n = 0;
	(void)state;

	assert_non_null(d);
	while ((de = readdir(d)) != NULL) {
		size_t len = strlen(de->d_name);
		if (len < 5 || strcmp(de->d_name + len - 4, ".tpl") != 0)
			continue;
		char *path = xasprintf("%s/%s", dirname, de->d_name);
		size_t flen;
		char *text = fx_slurp(path, &flen);
		const char *b = form_builtin(de->d_name);
		struct tmpl *t = NULL;
		struct tc_err e = {0};

		if (b == NULL)
			fail_msg("%s is not built in", path);
		assert_string_equal(b, text);
		if (tmpl_parse(text, path, &t, &e) != TC_OK)
			fail_msg("%s", e.msg);
		tmpl_free(t);
		free(text);
		free(path);
		n++;
	}
	closedir(d);
	free(dirname);
	/* One per kind of doc.c's table, and the receipt. */
	assert_int_equal(n, (int)nkinds + 1);
	unsetenv("TIAOCAI_FORMS");
	for (size_t i = 0; i <= nkinds; i++) {
		const char *name = i < nkinds ? kinds[i].name : doc_kind_receipt()->name;
		struct tmpl *t = NULL;
		struct tc_err e = {0};
		if (tmpl_load(name, NULL, &t, &e) != TC_OK)
			fail_msg("%s: %s", name, e.msg);
		tmpl_free(t);
	}
	/* A form of the same name is still a form. */
	assert_non_null(form_builtin("award"));
	assert_non_null(form_builtin("award.tpl"));
	assert_string_not_equal(form_builtin("award"), form_builtin("award.tpl"));
}

/* The catalogue: every name once; an item field's kind is a list's; the
 * values read back what was set, nothing for a name outside it. */
static void test_catalogue(void **state)
{
	const struct docfield *f;
	size_t n = docfields_catalogue(&f);
	struct docvals *v = values();
	(void)state;

	assert_true(n > 80);
	for (size_t i = 0; i < n; i++) {
		/* A name is at most once a field and once a list. */
		assert_ptr_equal(f[i].item ? docfields_find_list(f[i].name) : docfields_find(f[i].name), &f[i]);
		assert_non_null(f[i].zh);
		if (f[i].within) {
			bool known = false;
			for (size_t j = 0; j < n; j++)
				known |= f[j].item && strcmp(f[j].item, f[i].within) == 0;
			assert_true(known);
		}
		if (f[i].item == NULL && f[i].within) {
			/* An item field is named KIND.NAME. */
			size_t k = strlen(f[i].within);
			assert_memory_equal(f[i].name, f[i].within, k);
			assert_int_equal(f[i].name[k], '.');
		}
	}
	assert_null(docfields_find("nosuch"));
	assert_string_equal(docvals_get(v, "case_no"), "贵劳人仲案字〔2026〕第12号");
	assert_string_equal(docvals_get(v, "nosuch"), "");
	assert_string_equal(docvals_get(v, "project"), "");
	assert_int_equal(docvals_count(v, "workers"), 2);
	docvals_select(v, "workers", 1);
	assert_int_equal(docvals_count(v, "items"), 2);
	docvals_select(v, "items", 1);
	assert_string_equal(docvals_get(v, "item.kind"), "经济补偿");
	docvals_select(v, "workers", 0);
	assert_int_equal(docvals_count(v, "items"), 1);
	assert_string_equal(docvals_section(v, "reasons"), "");
	docvals_free(v);
}

/* tiaocai(5), TEMPLATES, names every field and list of the catalogue and
 * every kind's template file. */
static void test_manual(void **state)
{
	char *path = fx_datafile("man/tiaocai.5");
	size_t len;
	char *man = fx_slurp(path, &len);
	char *start = strstr(man, "\n.SH TEMPLATES\n"), *end;
	const struct docfield *f;
	size_t n = docfields_catalogue(&f);
	(void)state;

	assert_non_null(start);
	end = strstr(start + 1, "\n.SH ");
	assert_non_null(end);
	*end = '\0';
	for (size_t i = 0; i < n; i++) {
		char *line = xasprintf("\n.B %s%s\n", f[i].item ? "%each " : "", f[i].name);
		if (strstr(start, line) == NULL)
			fail_msg("tiaocai(5) TEMPLATES lacks %s", f[i].name);
		free(line);
	}
	char *forms = fx_datafile("forms");
	DIR *d = opendir(forms);
	struct dirent *de;
	assert_non_null(d);
	while ((de = readdir(d)) != NULL) {
		size_t l = strlen(de->d_name);
		if (l < 5 || strcmp(de->d_name + l - 4, ".tpl") != 0)
			continue;
		/* The table row starts with the kind, its "-" escaped. */
		struct strbuf row = {0};
		sb_puts(&row, "\n");
		for (size_t k = 0; k + 4 < l; k++)
			sb_puts(&row, de->d_name[k] == '-' ? "\\-" : (char[]){de->d_name[k], '\0'});
		sb_puts(&row, "|");
		if (strstr(start, sb_str(&row)) == NULL)
			fail_msg("tiaocai(5) TEMPLATES lacks the kind of %s", de->d_name);
		sb_free(&row);
	}
	closedir(d);
	free(forms);
	free(man);
	free(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_directive),
		cmocka_unit_test(test_if_else_and_optional),
		cmocka_unit_test(test_bom_crlf),
		cmocka_unit_test(test_section_missing),
		cmocka_unit_test(test_refusals),
		cmocka_unit_test(test_office_copy),
		cmocka_unit_test(test_builtin_templates),
		cmocka_unit_test(test_catalogue),
		cmocka_unit_test(test_manual),
	};

	setvbuf(stdout, NULL, _IONBF, 0);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
