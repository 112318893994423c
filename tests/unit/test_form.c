/*
 * test_form.c - the form files: every one built into the program parses
 * and carries the fields its screen needs (the event forms checked against
 * the workflow's table so the two cannot drift apart), a bad file is
 * named by FILE:LINE, an office's copy replaces the built-in one, and the
 * check of one value says in words what is wrong.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <dirent.h>
#include <sys/stat.h>

#include "fixture.h"
#include "tiaocai/date.h"
#include "tiaocai/form.h"
#include "tiaocai/workflow.h"

static int today(void) { return date_from_ymd(2026, 11, 22); }

/* A built-in form, parsed; the test stops when it does not parse. */
static struct form_def *builtin(const char *name)
{
	struct form_def *f = NULL;
	struct tc_err e;

	err_clear(&e);
	if (form_load(name, NULL, &f, &e) != TC_OK)
		fail_msg("form %s: %s", name, e.msg);
	return f;
}

static const struct form_field *field(const struct form_def *f, const char *key)
{
	const struct form_field *fl = form_find(f, key);

	if (fl == NULL)
		fail_msg("form %s has no field %s", f->name, key);
	return fl;
}

/* The message of parsing text as "t.form", or "OK". */
static const char *parse_msg(const char *text)
{
	static char res[600];
	struct form_def *sentinel = (struct form_def *)&res, *f = sentinel;
	struct tc_err e;

	err_clear(&e);
	if (form_parse(text, "t.form", "t", &f, &e) == TC_OK) {
		form_free(f);
		return "OK";
	}
	assert_ptr_equal(f, sentinel); /* *out untouched on failure */
	assert_int_equal(e.status, TC_REFUSED);
	snprintf(res, sizeof res, "%s", e.msg);
	return res;
}

/* form_check of value for key of built-in form: the normalised value (or
 * "=" when it is kept as typed), or the message when refused, which must
 * then name the key as its field. */
static const char *check(const char *form, const char *key, const char *value)
{
	static char res[600];
	struct form_def *f = builtin(form);
	char *norm = (char *)"junk";
	struct tc_err e;

	err_clear(&e);
	if (form_check(field(f, key), value, today(), &norm, &e) == TC_OK) {
		snprintf(res, sizeof res, "%s", norm ? norm : "=");
		free(norm);
	} else {
		assert_null(norm);
		assert_int_equal(e.status, TC_REFUSED);
		assert_string_equal(e.field, key);
		snprintf(res, sizeof res, "%s", e.msg);
	}
	form_free(f);
	return res;
}

static int setup(void **state)
{
	(void)state;
	unsetenv("TIAOCAI_FORMS");
	return 0;
}

/* The forms the screens open. */
static const char *const screens[] = {"intake", "person"};

static void test_builtin_parse(void **state)
{
	const struct wf_event_def *ev;
	size_t nev = wf_events(&ev);
	(void)state;

	for (size_t i = 0; i < sizeof screens / sizeof screens[0] + nev; i++) {
		const char *name = i < 2 ? screens[i] : ev[i - 2].name;
		struct form_def *f = builtin(name);

		assert_non_null(form_builtin(name));
		assert_string_equal(f->name, name);
		/* Every shipped form has a title line in Chinese. */
		assert_string_not_equal(f->title, name);
		assert_true(f->nfields > 0);
		form_free(f);
	}
	assert_null(form_builtin("nosuch"));
	assert_string_equal(form_type_name(FORM_DATETIME), "datetime");
	assert_string_equal(form_type_name(FORM_PERSON), "person");
}

/* Every file in forms/ is built in byte for byte: the generated C file is
 * no older than the forms. */
static void test_builtin_is_the_file(void **state)
{
	char *dirname = fx_datafile("forms");
	DIR *d = opendir(dirname);
	struct dirent *de;
	int n = 0;
	(void)state;

	assert_non_null(d);
	while ((de = readdir(d)) != NULL) {
		size_t len = strlen(de->d_name);
		if (len < 6 || strcmp(de->d_name + len - 5, ".form") != 0)
			continue;
		char *name = xstrndup(de->d_name, len - 5);
		char *path = xasprintf("%s/%s", dirname, de->d_name);
		size_t flen;
		char *text = fx_slurp(path, &flen);
		const char *b = form_builtin(name);

		if (b == NULL)
			fail_msg("%s is not built in", path);
		assert_string_equal(b, text);
		free(text);
		free(path);
		free(name);
		n++;
	}
	closedir(d);
	free(dirname);
	assert_int_equal(n, 36);
}

static void test_intake(void **state)
{
	struct form_def *f = builtin("intake");
	const struct form_field *fl;
	(void)state;

	assert_string_equal(f->title, "收案登记");
	fl = field(f, "applicant.name");
	assert_string_equal(fl->group, "applicant");
	assert_string_equal(fl->name, "name");
	assert_int_equal(fl->type, FORM_NAME);
	assert_true(fl->required);
	assert_string_equal(fl->label, "申请人姓名");
	assert_int_equal(field(f, "applicant.id_number")->type, FORM_ID_NUMBER);
	assert_int_equal(field(f, "applicant.phone")->type, FORM_PHONE);
	assert_int_equal(field(f, "respondent.name")->type, FORM_NAME);
	assert_int_equal(field(f, "respondent.uscc")->type, FORM_USCC);
	fl = field(f, "claim.kind");
	assert_int_equal(fl->type, FORM_CHOICE);
	assert_int_equal(fl->nchoices, 9);
	assert_string_equal(fl->choices[0], "工资");
	assert_int_equal(field(f, "claim.amount")->type, FORM_MONEY);
	/* Each applicant's own claims: the claim group nests in applicant,
	 * and its fields follow the applicant's. */
	assert_string_equal(field(f, "claim.kind")->parent, "applicant");
	assert_string_equal(field(f, "claim.to")->parent, "applicant");
	assert_null(field(f, "applicant.name")->parent);
	assert_null(field(f, "respondent.name")->parent);
	assert_string_equal(form_parent(f, "claim"), "applicant");
	assert_null(form_parent(f, "applicant"));
	assert_null(form_parent(f, "nosuch"));
	assert_true(field(f, "claim.kind") == field(f, "applicant.phone") + 1);
	assert_int_equal(field(f, "claim.to")->type, FORM_DATE);
	fl = field(f, "received");
	assert_null(fl->group);
	assert_string_equal(fl->name, "received");
	assert_int_equal(fl->type, FORM_DATE);
	assert_false(fl->required);
	assert_int_equal(fl->width, 10);
	assert_int_equal(field(f, "missing_docs")->type, FORM_MEMO);
	assert_null(form_find(f, "nosuch"));
	form_free(f);
}

/* Each event's form against wf_events: "on", then the fields of each
 * need the event accepts, keyed by the wf_request member and required
 * exactly when the event needs it (a need of several fields: each
 * optional, the core checks the combination); nothing else. */
static void test_event_forms(void **state)
{
	static const struct {
		unsigned bit;
		const char *key;
		enum form_type type;
		const char *role;
	} needs[] = {
		{WF_NEED_REASON, "reason", FORM_MEMO, NULL},
		{WF_NEED_MEDIATOR, "mediator", FORM_PERSON, "mediator"},
		{WF_NEED_AT, "at", FORM_DATETIME, NULL},
		{WF_NEED_AMOUNT, "amount", FORM_MONEY, NULL},
		{WF_NEED_TO, "to", FORM_TEXT, NULL},
		{WF_NEED_ARBITRATOR, "arbitrator", FORM_PERSON, "arbitrator"},
		{WF_NEED_ROOM, "room", FORM_TEXT, NULL},
		{WF_NEED_TRIBUNAL, "sole", FORM_PERSON, "arbitrator"},
		{WF_NEED_TRIBUNAL, "chief", FORM_PERSON, "arbitrator"},
		{WF_NEED_TRIBUNAL, "member1", FORM_PERSON, "arbitrator"},
		{WF_NEED_TRIBUNAL, "member2", FORM_PERSON, "arbitrator"},
		{WF_NEED_TRIBUNAL, "clerk", FORM_TEXT, NULL},
		{WF_NEED_MINUTES, "minutes", FORM_INT, NULL},
		{WF_NEED_SHORT, "short_notice", FORM_MEMO, NULL},
		{WF_NEED_HEARING, "hearing", FORM_INT, NULL},
		{WF_NEED_REQUEST, "requested_by", FORM_CHOICE, NULL},
		{WF_NEED_REQUEST, "requested_on", FORM_DATE, NULL},
		{WF_NEED_ABSENT, "absent", FORM_CHOICE, NULL},
		{WF_NEED_WRITTEN, "written", FORM_MEMO, NULL},
		{WF_NEED_CONFLICT, "conflict_reason", FORM_MEMO, NULL},
	};
	/* Needs met by several fields together. */
	const unsigned several = WF_NEED_TRIBUNAL | WF_NEED_REQUEST;
	const struct wf_event_def *ev;
	size_t nev = wf_events(&ev);
	unsigned all = 0;
	(void)state;

	assert_int_equal(nev, 17);
	for (size_t i = 0; i < sizeof needs / sizeof needs[0]; i++)
		all |= needs[i].bit;
	for (size_t i = 0; i < nev; i++) {
		struct form_def *f = builtin(ev[i].name);
		const struct form_field *on = field(f, "on");
		size_t want = 1;

		assert_int_equal(ev[i].accepts & ~all, 0); /* a need this test does not know */
		assert_ptr_equal(on, &f->fields[0]);
		assert_int_equal(on->type, FORM_DATE);
		assert_true(on->required);
		assert_int_equal(on->nchoices, 0); /* not after today */
		for (size_t k = 0; k < sizeof needs / sizeof needs[0]; k++) {
			const struct form_field *fl = form_find(f, needs[k].key);
			bool required = (ev[i].needs & needs[k].bit) && !(needs[k].bit & several);
			if (!(ev[i].accepts & needs[k].bit)) {
				if (fl)
					fail_msg("%s.form has %s, which the event does not take",
						 ev[i].name, needs[k].key);
				continue;
			}
			if (fl == NULL)
				fail_msg("%s.form lacks %s", ev[i].name, needs[k].key);
			want++;
			if (fl->required != required)
				fail_msg("%s.form: %s required=%d", ev[i].name, fl->key, fl->required);
			assert_int_equal(fl->type, needs[k].type);
			assert_null(fl->group);
			if (needs[k].role) {
				assert_int_equal(fl->nchoices, 1);
				assert_string_equal(fl->choices[0], needs[k].role);
			}
		}
		if (f->nfields != want)
			fail_msg("%s.form has %zu fields, the event takes %zu", ev[i].name,
				 f->nfields, want);
		form_free(f);
	}
}

static void test_person_form(void **state)
{
	/* The members of struct roster_person_in, in order. */
	static const char *const keys[] = {"role", "name", "org", "employment", "background",
					   "cert_no", "specialties", "languages", "term_start",
					   "term_end", "phone"};
	struct form_def *f = builtin("person");
	const struct form_field *fl;
	(void)state;

	assert_int_equal(f->nfields, sizeof keys / sizeof keys[0]);
	for (size_t i = 0; i < f->nfields; i++)
		assert_string_equal(f->fields[i].key, keys[i]);
	fl = field(f, "role");
	assert_int_equal(fl->type, FORM_CHOICE);
	assert_int_equal(fl->nchoices, 3);
	assert_string_equal(fl->choices[0], "调解员");
	assert_string_equal(fl->choices[1], "仲裁员");
	assert_string_equal(fl->choices[2], "书记员");
	assert_true(fl->required);
	assert_true(field(f, "name")->required);
	fl = field(f, "employment");
	assert_int_equal(fl->nchoices, 2);
	assert_string_equal(fl->choices[1], "兼职");
	assert_int_equal(field(f, "phone")->type, FORM_PHONE);
	form_free(f);
	/* A term may begin or end after today. */
	assert_string_equal(check("person", "term_end", "2027年12月31日"), "2027-12-31");
	assert_string_equal(check("person", "term_start", "2027-01-01"), "=");
	assert_string_equal(check("person", "role", "仲裁员"), "=");
	assert_string_equal(check("person", "role", "律师"),
			    "类别: 只能选 调解员、仲裁员、书记员 (现为 律师)");
}

/* Six good lines; the seventh is the one under test. */
#define HEAD "# t.form\n" \
	     "title|测试\n" \
	     "\n" \
	     "a|甲|text|10|1||\n" \
	     "g.x|组甲|name|20|0||帮助\n" \
	     "g.y|组乙|choice|4|0|否;是|\n"

static void test_bad_forms(void **state)
{
	(void)state;
	assert_string_equal(parse_msg(HEAD "b|乙|text|10|0||"), "OK");
	assert_string_equal(parse_msg(HEAD "b|乙|foo|10|0||"),
			    "t.form:7: 未知的字段类型 \"foo\" (可用 text name id_number uscc phone"
			    " date datetime money int choice person memo)");
	assert_string_equal(parse_msg(HEAD "b|乙|text|10|0|"),
			    "t.form:7: 应有 7 列, 以 | 分隔: key|label|type|width|required|choices|help"
			    " (现为 6 列)");
	assert_string_equal(parse_msg(HEAD "b|乙|text|10|0|||"),
			    "t.form:7: 应有 7 列, 以 | 分隔: key|label|type|width|required|choices|help"
			    " (现为 8 列)");
	assert_string_equal(parse_msg(HEAD "b|乙|text|0|0||"),
			    "t.form:7: 第4列 (width) 应为 1 到 120 的整数, 单位是显示列 (现为 \"0\")");
	assert_string_equal(parse_msg(HEAD "b|乙|text|宽|0||"),
			    "t.form:7: 第4列 (width) 应为 1 到 120 的整数, 单位是显示列 (现为 \"宽\")");
	assert_string_equal(parse_msg(HEAD "b|乙|text|121|0||"),
			    "t.form:7: 第4列 (width) 应为 1 到 120 的整数, 单位是显示列 (现为 \"121\")");
	assert_string_equal(parse_msg(HEAD "b|乙|choice|4|0||"),
			    "t.form:7: choice 字段须在第6列列出选项, 以 ; 分隔, 如 否;是");
	assert_string_equal(parse_msg(HEAD "b|乙|choice|4|0|否;;是|"),
			    "t.form:7: 第6列的选项中有空项: 否;;是");
	assert_string_equal(parse_msg(HEAD "g.x|乙|text|10|0||"),
			    "t.form:7: 字段 g.x 重复 (第5行已有)");
	assert_string_equal(parse_msg(HEAD "b|乙|text|10|2||"),
			    "t.form:7: 第5列 (required) 应为 1 (必填) 或 0 (可不填) (现为 \"2\")");
	assert_string_equal(parse_msg(HEAD "B.x|乙|text|10|0||"),
			    "t.form:7: 第1列 (key) 只能用小写字母、数字和 _, 组名和字段名之间用一个 ."
			    " 如 applicant.name (现为 \"B.x\")");
	assert_string_equal(parse_msg(HEAD "b||text|10|0||"),
			    "t.form:7: 第2列 (label) 不能为空: 写上屏幕上显示的字段名");
	assert_string_equal(parse_msg(HEAD "b|乙|text|10|0|否;是|"),
			    "t.form:7: text 字段的第6列 (选项) 应为空 (现为 否;是)");
	assert_string_equal(parse_msg(HEAD "b|乙|person|20|0|lawyer|"),
			    "t.form:7: person 字段的第6列应为一个名册角色: mediator、arbitrator 或 clerk"
			    " (现为 lawyer)");
	assert_string_equal(parse_msg(HEAD "b|乙|date|10|0|past|"),
			    "t.form:7: date 字段的第6列只能为空, 或写 future (允许晚于今天) (现为 past)");
	assert_string_equal(parse_msg(HEAD "title|又一个"),
			    "t.form:7: title 行重复: 一个表单只有一个标题");
	assert_string_equal(parse_msg(HEAD "b|乙|text|10|0||\ng.z|组丙|text|10|0||"),
			    "t.form:8: 组 g 的字段应连在一起 (第5行已有该组的字段, 中间隔着别的字段)");
	assert_string_equal(parse_msg(HEAD "b|\xD2\xD2|text|10|0||"), /* GBK 乙 */
			    "t.form:7: 不是有效的 UTF-8 文本或含有控制字符"
			    " (文件应以 UTF-8 保存, 制表符请改为空格)");
	assert_string_equal(parse_msg("a|甲|text|10|0||\ntitle|测试\n"),
			    "t.form:2: title 行应写在所有字段之前");
	assert_string_equal(parse_msg("# nothing\n\n"), "t.form:2: 表单中没有字段");
	assert_string_equal(parse_msg(""), "t.form:1: 表单中没有字段");
	/* A BOM, CRLF line ends, spaces around fields and no final newline. */
	assert_string_equal(parse_msg("\xEF\xBB\xBFtitle|测试\r\n a | 甲 | text | 10 | 1 | | \r\n"
				      "b|乙|int|3|0||"),
			    "OK");
}

/* A group nested in another: "nest|CHILD|PARENT" right after PARENT's
 * fields, CHILD's fields right after it. */
#define NEST_HEAD "title|测试\n" \
		  "w.name|姓名|name|20|1||\n" \
		  "w.id|身份证|id_number|18|1||\n"

static void test_nested_groups(void **state)
{
	struct form_def *f = NULL;
	struct tc_err e;
	(void)state;

	assert_int_equal(form_parse(NEST_HEAD "nest|c|w\nc.kind|类别|choice|6|1|工资;其他|\n"
				    "c.amount|金额|money|10|1||\nr.name|单位|name|20|1||\n",
				    "t.form", "t", &f, &e),
			 TC_OK);
	assert_int_equal(f->nnests, 1);
	assert_string_equal(f->nests[0].child, "c");
	assert_string_equal(f->nests[0].parent, "w");
	assert_int_equal(f->nests[0].line, 4);
	assert_string_equal(form_find(f, "c.amount")->parent, "w");
	assert_null(form_find(f, "r.name")->parent);
	assert_string_equal(form_parent(f, "c"), "w");
	form_free(f);

	/* The parent's fields may go on after the line, before the child's. */
	assert_string_equal(parse_msg("w.name|姓名|name|20|1||\nnest|c|w\nw.id|身份证|id_number|18|1||\n"
				      "c.kind|类别|text|6|1||\n"),
			    "OK");
	assert_string_equal(parse_msg(NEST_HEAD "nest|c|x\nc.kind|类别|text|6|1||\n"),
			    "t.form:4: nest 行应紧接在组 x 的字段之后 (子组 c 的字段随后写)");
	assert_string_equal(parse_msg("nest|c|w\n" NEST_HEAD "c.kind|类别|text|6|1||\n"),
			    "t.form:1: nest 行应紧接在组 w 的字段之后 (子组 c 的字段随后写)");
	assert_string_equal(parse_msg(NEST_HEAD "a|甲|text|10|0||\nnest|c|w\nc.kind|类别|text|6|1||\n"),
			    "t.form:5: nest 行应紧接在组 w 的字段之后 (子组 c 的字段随后写)");
	assert_string_equal(parse_msg(NEST_HEAD "nest|w|w\n"),
			    "t.form:4: nest 行的子组和父组不能是同一组 (w)");
	assert_string_equal(parse_msg(NEST_HEAD "nest|c|w\nnest|c|w\nc.kind|类别|text|6|1||\n"),
			    "t.form:5: 组 c 已在第4行嵌套过");
	assert_string_equal(parse_msg(NEST_HEAD "c.kind|类别|text|6|1||\nnest|c|w\n"),
			    "t.form:5: nest 行应写在组 c 的字段之前 (第4行已有该组的字段)");
	/* One level only. */
	assert_string_equal(parse_msg(NEST_HEAD "nest|c|w\nc.kind|类别|text|6|1||\nnest|d|c\n"
				      "d.x|丁|text|6|1||\n"),
			    "t.form:6: 组 c 已嵌套在组 w 中: 只能嵌套一层");
	/* The child's fields come right after the line. */
	assert_string_equal(parse_msg(NEST_HEAD "nest|c|w\na|甲|text|10|0||\nc.kind|类别|text|6|1||\n"),
			    "t.form:6: 组 c 嵌套在组 w 中 (第4行), 其字段应紧接在组 w 的字段之后");
	assert_string_equal(parse_msg(NEST_HEAD "nest|c|w\n"),
			    "t.form:4: nest 行的组 c 没有字段");
	assert_string_equal(parse_msg(NEST_HEAD "nest|C|w\n"),
			    "t.form:4: nest 行应写成 nest|子组|父组, 组名只用小写字母、数字和 _,"
			    " 如 nest|claim|applicant");
	/* The parent's fields may not resume after the child's. */
	assert_string_equal(parse_msg(NEST_HEAD "nest|c|w\nc.kind|类别|text|6|1||\n"
				      "w.phone|电话|phone|13|0||\n"),
			    "t.form:6: 组 w 的字段应连在一起 (第2行已有该组的字段, 中间隔着别的字段)");
}

static void test_parsed_fields(void **state)
{
	struct form_def *f = NULL;
	struct tc_err e;
	(void)state;

	assert_int_equal(form_parse(" a | 甲 | text | 10 | 1 | | 说明 \nb|乙|choice|4|0| 否 ; 是 |\n",
				    "t.form", "t", &f, &e),
			 TC_OK);
	assert_string_equal(f->title, "t"); /* no title line: the name */
	assert_int_equal(f->nfields, 2);
	assert_string_equal(f->fields[0].key, "a");
	assert_string_equal(f->fields[0].label, "甲");
	assert_string_equal(f->fields[0].help, "说明");
	assert_int_equal(f->fields[0].line, 1);
	assert_null(f->fields[0].choices);
	assert_int_equal(f->fields[1].line, 2);
	assert_int_equal(f->fields[1].nchoices, 2);
	assert_string_equal(f->fields[1].choices[0], "否");
	assert_string_equal(f->fields[1].choices[1], "是");
	assert_false(f->fields[1].required);
	form_free(f);
}

static void test_office_copy(void **state)
{
	char *dir = fx_tmpdir("form"), *other = fx_tmpdir("form2");
	struct form_def *f = NULL;
	struct tc_err e;
	(void)state;

	free(fx_write(dir, "intake.form", "title|本所收案\napplicant.name|姓名|name|20|1||\n"));
	free(fx_write(other, "accept.form", "title|本所受理\non|受理日|date|10|1||\n"));
	assert_int_equal(form_load("intake", dir, &f, &e), TC_OK);
	assert_string_equal(f->title, "本所收案");
	assert_int_equal(f->nfields, 1);
	form_free(f);
	/* Not in the directory: the built-in copy. */
	assert_int_equal(form_load("accept", dir, &f, &e), TC_OK);
	assert_string_equal(f->title, "受理");
	form_free(f);
	/* Without a directory, $TIAOCAI_FORMS; a directory given wins. */
	setenv("TIAOCAI_FORMS", other, 1);
	assert_int_equal(form_load("accept", NULL, &f, &e), TC_OK);
	assert_string_equal(f->title, "本所受理");
	form_free(f);
	assert_int_equal(form_load("intake", NULL, &f, &e), TC_OK);
	assert_string_equal(f->title, "收案登记");
	form_free(f);
	assert_int_equal(form_load("accept", dir, &f, &e), TC_OK);
	assert_string_equal(f->title, "受理");
	form_free(f);
	unsetenv("TIAOCAI_FORMS");
	/* A directory that is not there: the built-in copy. */
	char *gone = xasprintf("%s/gone", dir);
	assert_int_equal(form_load("intake", gone, &f, &e), TC_OK);
	assert_string_equal(f->title, "收案登记");
	form_free(f);
	free(gone);
	fx_rmdir(other);
	free(other);
	fx_done(NULL, dir);
}

static void test_bad_office_copy(void **state)
{
	char *dir = fx_tmpdir("form");
	struct form_def *f = NULL;
	struct tc_err e;
	char *want;
	(void)state;

	/* A bad copy is refused, never passed over for the built-in one. */
	free(fx_write(dir, "intake.form", "title|本所收案\n\napplicant.name|姓名|nom|20|1||\n"));
	assert_int_equal(form_load("intake", dir, &f, &e), TC_REFUSED);
	want = xasprintf("%s/intake.form:3: 未知的字段类型 \"nom\"", dir);
	assert_memory_equal(e.msg, want, strlen(want));
	free(want);
	setenv("TIAOCAI_FORMS", dir, 1);
	assert_int_equal(form_load("intake", NULL, &f, &e), TC_REFUSED);
	unsetenv("TIAOCAI_FORMS");
	free(fx_write(dir, "accept.form", ""));
	assert_int_equal(form_load("accept", dir, &f, &e), TC_REFUSED);
	want = xasprintf("%s/accept.form:1: 表单中没有字段", dir);
	assert_string_equal(e.msg, want);
	free(want);
	static const char nul[] = "on|\xE6\x97\xA5|date|10|1||\n\0x";
	free(fx_write_bytes(dir, "resume.form", nul, sizeof nul - 1));
	assert_int_equal(form_load("resume", dir, &f, &e), TC_REFUSED);
	want = xasprintf("%s/resume.form:2: 含有 NUL 字节 (文件应为 UTF-8 文本)", dir);
	assert_string_equal(e.msg, want);
	free(want);
	/* A directory where the file should be cannot be read. */
	char *sub = xasprintf("%s/fail.form", dir);
	assert_int_equal(mkdir(sub, 0700), 0);
	assert_int_equal(form_load("fail", dir, &f, &e), TC_REFUSED);
	free(sub);
	assert_int_equal(form_load("nosuch", dir, &f, &e), TC_REFUSED);
	assert_string_equal(e.msg, "没有名为 nosuch 的表单");
	assert_int_equal(form_load("../intake", dir, &f, &e), TC_USAGE);
	fx_done(NULL, dir);
}

static void test_check_ids(void **state)
{
	(void)state;
	assert_string_equal(check("intake", "applicant.id_number", "110105194912310021"),
			    "身份证号码: 校验位不符, 第18位应为 X");
	assert_string_equal(check("intake", "applicant.id_number", "11010519491231002x"),
			    "11010519491231002X");
	assert_string_equal(check("intake", "applicant.id_number", "440524188001010014"), "=");
	assert_string_equal(check("intake", "applicant.id_number", "110105202611230015"),
			    "身份证号码: 出生日期 2026-11-23 晚于今天");
	assert_string_equal(check("intake", "respondent.uscc", "91350100M000100Y43"), "=");
	assert_string_equal(check("intake", "respondent.uscc", "91350100m000100y40"),
			    "统一社会信用代码: 校验位不符, 第18位应为 3 (若核实代码无误, 请写明保留理由)");
	assert_string_equal(check("intake", "applicant.phone", "138 0013 8000"), "13800138000");
	assert_string_equal(check("intake", "applicant.phone", "85551234"),
			    "联系电话: 号码格式不对: 85551234"
			    " (手机号为1开头的11位数字, 固话要带区号, 如 0851-85551234)");
}

static void test_check_dates(void **state)
{
	(void)state;
	assert_string_equal(check("intake", "received", "2026/11/21"), "2026-11-21");
	assert_string_equal(check("intake", "received", "2026年11月22日"), "2026-11-22");
	assert_string_equal(check("intake", "received", "2026-11-22"), "=");
	assert_string_equal(check("intake", "received", "2026-11-23"),
			    "收案日期: 2026-11-23 晚于今天 (2026-11-22), 不能填将来的日期");
	assert_string_equal(check("intake", "claim.from", "2026-02-30"),
			    "期间起: 没有这一天: 2026-02-30");
	assert_string_equal(check("accept", "on", "2026-12-01"),
			    "受理日期: 2026-12-01 晚于今天 (2026-11-22), 不能填将来的日期");
	/* A hearing is set for a time to come. */
	assert_string_equal(check("hearing", "at", "2026-12-01 09:30"), "=");
	assert_string_equal(check("hearing", "at", "2026/12/1  9:05"), "2026-12-01 09:05");
	assert_string_equal(check("hearing", "at", "2026-12-01 24:00"),
			    "开庭时间: 时间 24:00 不存在 (应在 00:00 到 23:59 之间)");
	assert_string_equal(check("hearing", "at", "2026-12-01"),
			    "开庭时间: 应写成日期加时间, 如 2026-12-01 09:30 (现为 2026-12-01)");
	assert_string_equal(check("hearing", "at", "2026-13-01 09:30"),
			    "开庭时间: 没有这一天: 2026-13-01");
	assert_string_equal(check("hearing", "at", "明天 09:30"),
			    "开庭时间: 日期格式不对: 明天"
			    " (可写 2026-11-22、2026/11/22、20261122 或 2026年11月22日)");
}

static void test_check_money(void **state)
{
	(void)state;
	assert_string_equal(check("intake", "claim.amount", "1.5万"), "15,000.00");
	assert_string_equal(check("intake", "claim.amount", "12345.6"), "12,345.60");
	assert_string_equal(check("intake", "claim.amount", "12,345.67"), "=");
	assert_string_equal(check("intake", "claim.amount", "0"), "请求金额: 金额须大于 0 (现为 0)");
	assert_string_equal(check("intake", "claim.amount", "-5"), "请求金额: 金额不能为负数: -5");
	/* A dismissed claim is awarded nothing. */
	assert_string_equal(check("award", "amount", "0"), "0.00");
}

static void test_check_choices_and_text(void **state)
{
	(void)state;
	assert_string_equal(check("intake", "fast", "是"), "=");
	assert_string_equal(check("intake", "fast", " 是　"), "是");
	assert_string_equal(check("intake", "claim.kind", "工钱"),
			    "请求类别: 只能选 工资、加班费、经济补偿、赔偿金、工伤医疗费、工作时间、休息休假、社会保险、其他 (现为 工钱)");
	assert_string_equal(check("intake", "applicant.name", ""), "申请人姓名: 必须填写");
	assert_string_equal(check("intake", "applicant.name", " 　"), "申请人姓名: 必须填写");
	assert_string_equal(check("intake", "claim.kind", ""), "请求类别: 必须填写 (请选择一项)");
	assert_string_equal(check("mediate", "mediator", ""), "调解员: 必须填写 (请选择一项)");
	assert_string_equal(check("mediate", "mediator", "欧阳晓梅@贵阳市总工会职工法律服务站"), "=");
	/* Optional and empty is fine, whatever the type. */
	assert_string_equal(check("intake", "applicant.phone", ""), "=");
	assert_string_equal(check("intake", "respondent.uscc", ""), "=");
	assert_string_equal(check("intake", "claim.from", ""), "=");
	assert_string_equal(check("intake", "project", "  "), "");
	assert_string_equal(check("intake", "applicant.name", "张三"), "=");
	assert_string_equal(check("intake", "applicant.name", "张\x01三"),
			    "申请人姓名: 第2个字是控制字符 U+0001 (C0 控制字符), 请删去后重新输入");
	/* The form measures a field as the core will (text.h's table), the
	 * same message beside the field as on the command line. */
	assert_string_equal(check("intake", "applicant.name", "张\u200B三"),
			    "申请人姓名: 第2个字是不可见的格式字符 U+200B (零宽空格), 请删去后重新输入");
	assert_string_equal(check("hearing", "room", "第一\u202E仲裁庭"),
			    "开庭地点: 第3个字是不可见的控制字符 U+202E (从右向左覆盖), 请删去后重新输入");
	/* Every type passes the gate, not only the free-text ones. */
	assert_string_equal(check("intake", "claim.kind", "工资\u2066"),
			    "请求类别: 第3个字是不可见的控制字符 U+2066 (从左向右隔离), 请删去后重新输入");
	char *long101 = xstrdup("");
	for (int i = 0; i < 101; i++) {
		char *t = xasprintf("%s工", long101);
		free(long101);
		long101 = t;
		if (i == 99)
			assert_string_equal(check("intake", "project", long101), "=");
	}
	assert_string_equal(check("intake", "project", long101), "项目名称: 最长 100 个字, 现为 101 个字");
	free(long101);
	char *room31 = xstrdup("");
	for (int i = 0; i < 31; i++) {
		char *t = xasprintf("%s庭", room31);
		free(room31);
		room31 = t;
	}
	assert_string_equal(check("hearing", "room", room31), "开庭地点: 最长 30 个字, 现为 31 个字");
	free(room31);
}

static void test_check_int(void **state)
{
	struct form_def *f = NULL;
	char *norm = NULL;
	struct tc_err e;
	(void)state;

	assert_int_equal(form_parse("n|人数|int|4|1||\n", "t.form", "t", &f, &e), TC_OK);
	assert_int_equal(form_check(&f->fields[0], "007", today(), &norm, &e), TC_OK);
	assert_string_equal(norm, "7");
	free(norm);
	assert_int_equal(form_check(&f->fields[0], "12", today(), &norm, &e), TC_OK);
	assert_null(norm);
	assert_int_equal(form_check(&f->fields[0], "-1", today(), NULL, &e), TC_REFUSED);
	assert_string_equal(e.msg, "人数: 应为不小于 0 的整数, 如 3 (现为 -1)");
	assert_string_equal(e.field, "n");
	form_free(f);
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_builtin_parse, setup),
		cmocka_unit_test_setup(test_builtin_is_the_file, setup),
		cmocka_unit_test_setup(test_intake, setup),
		cmocka_unit_test_setup(test_event_forms, setup),
		cmocka_unit_test_setup(test_person_form, setup),
		cmocka_unit_test_setup(test_bad_forms, setup),
		cmocka_unit_test_setup(test_nested_groups, setup),
		cmocka_unit_test_setup(test_parsed_fields, setup),
		cmocka_unit_test_setup(test_office_copy, setup),
		cmocka_unit_test_setup(test_bad_office_copy, setup),
		cmocka_unit_test_setup(test_check_ids, setup),
		cmocka_unit_test_setup(test_check_dates, setup),
		cmocka_unit_test_setup(test_check_money, setup),
		cmocka_unit_test_setup(test_check_choices_and_text, setup),
		cmocka_unit_test_setup(test_check_int, setup),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
