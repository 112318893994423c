/*
 * form.c - form files parsed into field lists, the copies compiled into
 * the program, an office's edited copies, and the check of one value as
 * the clerk leaves its field.
 *
 * The checks lean on ident, money, date and text: this file only decides
 * which of them a field's type needs, how long free text may be, and what
 * the screen shows afterwards.  It draws nothing and knows no case: rules
 * that join two fields (a period that ends after the case was received, a
 * mediator who is on the roster) are the core's, when the form is saved.
 */
#include "tiaocai/form.h"
#include "tiaocai/date.h"
#include "tiaocai/ident.h"
#include "tiaocai/priv.h"
#include "tiaocai/money.h"
#include "tiaocai/text.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Written by tools/embed-forms.sh from the forms/ files into the build
 * directory: the names (without ".form") and the texts, both ending in
 * NULL, in the same order. */
extern const char *const form_builtin_names[];
extern const char *const form_builtin_texts[];

#define NCOLS 7              /* key|label|type|width|required|choices|help */
#define WIDTH_MAX 120        /* wider than any screen the UI runs on */
#define LABEL_MAX 30         /* characters: a label sits before its field */
#define KEY_MAX 63           /* bytes: a key must fit tc_err.field */
#define FILE_MAX (1 << 20)   /* a form file is a few kilobytes */

/* The flags a date or money field may carry in the choices column. */
#define FLAG_FUTURE "future" /* FORM_DATE: may lie after today (a term's end) */
#define FLAG_ZERO "zero"     /* FORM_MONEY: 0 allowed (a claim dismissed) */

static const struct {
	const char *name;
	int max_chars;       /* free text: longest value in characters, else 0;
			      * a key text.h knows (text_kind_of) has its own */
} types[FORM_TYPE_COUNT] = {
	[FORM_TEXT] = {"text", TEXT_MAX_WORD * 2},
	[FORM_NAME] = {"name", TEXT_MAX_ORG},
	[FORM_ID_NUMBER] = {"id_number", 0},
	[FORM_USCC] = {"uscc", 0},
	[FORM_PHONE] = {"phone", 0},
	[FORM_DATE] = {"date", 0},
	[FORM_DATETIME] = {"datetime", 0},
	[FORM_MONEY] = {"money", 0},
	[FORM_INT] = {"int", 0},
	[FORM_CHOICE] = {"choice", 0},
	/* "姓名@组织" tells two namesakes apart */
	[FORM_PERSON] = {"person", TEXT_MAX_PERSON + 1 + TEXT_MAX_ORG},
	[FORM_MEMO] = {"memo", TEXT_MAX_NOTE},
};

/* The roster roles a person field may name. */
static const char *const person_roles[] = {"mediator", "arbitrator", "clerk"};

const char *form_type_name(enum form_type t)
{
	return (unsigned)t < FORM_TYPE_COUNT ? types[t].name : "?";
}

/* ---- parsing ---------------------------------------------------------- */

/* Refuse with "FILE:LINE: reason". */
static enum tc_status bad_line(struct tc_err *e, const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static enum tc_status bad_line(struct tc_err *e, const char *file, int line, const char *fmt, ...)
{
	char why[400];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(why, sizeof why, fmt, ap);
	va_end(ap);
	return err_set(e, TC_REFUSED, NULL, "%s:%d: %s", file, line, why);
}

static void field_free(struct form_field *fl)
{
	free(fl->key);
	free(fl->group);
	free(fl->parent);
	free(fl->name);
	free(fl->label);
	for (size_t i = 0; i < fl->nchoices; i++)
		free(fl->choices[i]);
	free(fl->choices);
	free(fl->help);
}

void form_free(struct form_def *f)
{
	if (f == NULL)
		return;
	for (size_t i = 0; i < f->nfields; i++)
		field_free(&f->fields[i]);
	free(f->fields);
	for (size_t i = 0; i < f->nnests; i++) {
		free(f->nests[i].child);
		free(f->nests[i].parent);
	}
	free(f->nests);
	free(f->name);
	free(f->title);
	free(f);
}

const struct form_field *form_find(const struct form_def *f, const char *key)
{
	for (size_t i = 0; f && key && i < f->nfields; i++)
		if (strcmp(f->fields[i].key, key) == 0)
			return &f->fields[i];
	return NULL;
}

static const struct form_nest *nest_of(const struct form_def *f, const char *child)
{
	for (size_t i = 0; f && child && i < f->nnests; i++)
		if (strcmp(f->nests[i].child, child) == 0)
			return &f->nests[i];
	return NULL;
}

const char *form_parent(const struct form_def *f, const char *group)
{
	const struct form_nest *n = nest_of(f, group);
	return n ? n->parent : NULL;
}

/* The line of the first field of group, or 0 when it has none yet. */
static int group_line(const struct form_def *f, const char *group)
{
	for (size_t i = 0; i < f->nfields; i++)
		if (f->fields[i].group && strcmp(f->fields[i].group, group) == 0)
			return f->fields[i].line;
	return 0;
}

/* One part of a key: lower-case ASCII letters, digits and "_". */
static bool key_part_ok(const char *s, size_t n)
{
	if (n == 0)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
			return false;
	return true;
}

/* Split s at every sep into trimmed, newly allocated parts. */
static void split(const char *s, char sep, struct strlist *out)
{
	for (;;) {
		const char *end = strchr(s, sep);
		char *raw = xstrndup(s, end ? (size_t)(end - s) : strlen(s));
		char *part = text_trim(raw);

		sl_push(out, part);
		free(part);
		free(raw);
		if (end == NULL)
			return;
		s = end + 1;
	}
}

static bool has_flag(const struct form_field *fl, const char *flag)
{
	for (size_t i = 0; i < fl->nchoices; i++)
		if (strcmp(fl->choices[i], flag) == 0)
			return true;
	return false;
}

/* The choices column of field fl (type already known): the list a choice
 * field offers, the role a person field draws from, a flag of a date or a
 * money field, or nothing. */
static enum tc_status parse_choices(struct form_field *fl, const char *col, const char *file,
				    struct tc_err *e)
{
	struct strlist items = {0};
	enum tc_status st = TC_OK;

	if (*col == '\0') {
		if (fl->type == FORM_CHOICE)
			return bad_line(e, file, fl->line,
					"choice 字段须在第6列列出选项, 以 ; 分隔, 如 否;是");
		if (fl->type == FORM_PERSON)
			return bad_line(e, file, fl->line,
					"person 字段须在第6列写名册角色 mediator、arbitrator 或 clerk");
		return TC_OK;
	}
	split(col, ';', &items);
	for (size_t i = 0; i < items.n && st == TC_OK; i++) {
		if (items.v[i][0] == '\0')
			st = bad_line(e, file, fl->line, "第6列的选项中有空项: %s", col);
		for (size_t j = 0; j < i && st == TC_OK; j++)
			if (strcmp(items.v[i], items.v[j]) == 0)
				st = bad_line(e, file, fl->line, "第6列的选项 %s 重复", items.v[i]);
	}
	if (st != TC_OK)
		goto out;
	switch (fl->type) {
	case FORM_CHOICE:
		break;
	case FORM_PERSON: {
		bool known = false;
		for (size_t i = 0; i < sizeof person_roles / sizeof person_roles[0]; i++)
			known = known || strcmp(items.v[0], person_roles[i]) == 0;
		if (items.n != 1 || !known)
			st = bad_line(e, file, fl->line,
				      "person 字段的第6列应为一个名册角色: mediator、arbitrator 或 clerk (现为 %s)",
				      col);
		break;
	}
	case FORM_DATE:
		if (items.n != 1 || strcmp(items.v[0], FLAG_FUTURE) != 0)
			st = bad_line(e, file, fl->line,
				      "date 字段的第6列只能为空, 或写 " FLAG_FUTURE " (允许晚于今天) (现为 %s)",
				      col);
		break;
	case FORM_MONEY:
		if (items.n != 1 || strcmp(items.v[0], FLAG_ZERO) != 0)
			st = bad_line(e, file, fl->line,
				      "money 字段的第6列只能为空, 或写 " FLAG_ZERO " (允许为 0) (现为 %s)",
				      col);
		break;
	default:
		st = bad_line(e, file, fl->line, "%s 字段的第6列 (选项) 应为空 (现为 %s)",
			      types[fl->type].name, col);
		break;
	}
	if (st == TC_OK) {
		fl->choices = items.v;
		fl->nchoices = items.n;
		return TC_OK;
	}
out:
	sl_free(&items);
	return st;
}

/* The seven columns of a field line into fl (which the caller frees). */
static enum tc_status parse_field(const struct form_def *f, struct form_field *fl, char **col,
				  const char *file, struct tc_err *e)
{
	int line = fl->line;
	const char *dot = strchr(col[0], '.');
	size_t klen = strlen(col[0]);
	char *end;

	if (!(dot ? key_part_ok(col[0], (size_t)(dot - col[0])) &&
			    key_part_ok(dot + 1, strlen(dot + 1))
		  : key_part_ok(col[0], klen)))
		return bad_line(e, file, line,
				"第1列 (key) 只能用小写字母、数字和 _, 组名和字段名之间用一个 . 如 applicant.name (现为 \"%s\")",
				col[0]);
	if (klen > KEY_MAX)
		return bad_line(e, file, line, "第1列 (key) 过长: 最多 %d 个字符 (现为 %zu 个)",
				KEY_MAX, klen);
	const struct form_field *dup = form_find(f, col[0]);
	if (dup)
		return bad_line(e, file, line, "字段 %s 重复 (第%d行已有)", col[0], dup->line);
	fl->key = xstrdup(col[0]);
	if (dot) {
		fl->group = xstrndup(col[0], (size_t)(dot - col[0]));
		fl->name = xstrdup(dot + 1);
	} else {
		fl->name = xstrdup(col[0]);
	}

	if (col[1][0] == '\0')
		return bad_line(e, file, line, "第2列 (label) 不能为空: 写上屏幕上显示的字段名");
	if (text_chars(col[1]) > LABEL_MAX)
		return bad_line(e, file, line, "第2列 (label) 过长: 最多 %d 个字 (现为 %zu 个)",
				LABEL_MAX, text_chars(col[1]));
	fl->label = xstrdup(col[1]);

	int t = 0;
	while (t < FORM_TYPE_COUNT && strcmp(col[2], types[t].name) != 0)
		t++;
	if (t == FORM_TYPE_COUNT)
		return bad_line(e, file, line,
				"未知的字段类型 \"%s\" (可用 text name id_number uscc phone date datetime money int choice person memo)",
				col[2]);
	fl->type = (enum form_type)t;

	errno = 0;
	long w = strtol(col[3], &end, 10);
	if (col[3][0] < '0' || col[3][0] > '9' || *end != '\0' || errno || w < 1 || w > WIDTH_MAX)
		return bad_line(e, file, line, "第4列 (width) 应为 1 到 %d 的整数, 单位是显示列 (现为 \"%s\")",
				WIDTH_MAX, col[3]);
	fl->width = (int)w;

	if (strcmp(col[4], "1") != 0 && strcmp(col[4], "0") != 0)
		return bad_line(e, file, line, "第5列 (required) 应为 1 (必填) 或 0 (可不填) (现为 \"%s\")",
				col[4]);
	fl->required = col[4][0] == '1';

	fl->help = xstrdup(col[6]);
	return parse_choices(fl, col[5], file, e);
}

/* A group's fields must stand together: the screen repeats them as one
 * block per applicant, respondent or claim.  A nested group's fields
 * follow its parent's directly: the screen draws them inside each of the
 * parent's blocks.  Sets fl->parent. */
static enum tc_status check_group(const struct form_def *f, struct form_field *fl,
				  const char *file, struct tc_err *e)
{
	if (fl->group == NULL)
		return TC_OK;
	const struct form_nest *nest = nest_of(f, fl->group);
	const struct form_field *prev = f->nfields ? &f->fields[f->nfields - 1] : NULL;
	if (nest) {
		fl->parent = xstrdup(nest->parent);
		if (!(prev && prev->group &&
		      (strcmp(prev->group, fl->group) == 0 || strcmp(prev->group, nest->parent) == 0)))
			return bad_line(e, file, fl->line,
					"组 %s 嵌套在组 %s 中 (第%d行), 其字段应紧接在组 %s 的字段之后",
					fl->group, nest->parent, nest->line, nest->parent);
	}
	if (prev == NULL)
		return TC_OK;
	if (prev->group && strcmp(prev->group, fl->group) == 0)
		return TC_OK;
	for (size_t i = 0; i < f->nfields; i++)
		if (f->fields[i].group && strcmp(f->fields[i].group, fl->group) == 0)
			return bad_line(e, file, fl->line,
					"组 %s 的字段应连在一起 (第%d行已有该组的字段, 中间隔着别的字段)",
					fl->group, f->fields[i].line);
	return TC_OK;
}

/* A "nest|CHILD|PARENT" line (already split into col). */
static enum tc_status parse_nest(struct form_def *f, char **col, const char *file, int lineno,
				 struct tc_err *e)
{
	const char *child = col[1], *parent = col[2];
	const struct form_field *last = f->nfields ? &f->fields[f->nfields - 1] : NULL;
	const struct form_nest *dup = nest_of(f, child);
	int line;

	if (!key_part_ok(child, strlen(child)) || !key_part_ok(parent, strlen(parent)))
		return bad_line(e, file, lineno,
				"nest 行应写成 nest|子组|父组, 组名只用小写字母、数字和 _, 如 nest|claim|applicant");
	if (strcmp(child, parent) == 0)
		return bad_line(e, file, lineno, "nest 行的子组和父组不能是同一组 (%s)", child);
	if (dup)
		return bad_line(e, file, lineno, "组 %s 已在第%d行嵌套过", child, dup->line);
	if ((line = group_line(f, child)) != 0)
		return bad_line(e, file, lineno, "nest 行应写在组 %s 的字段之前 (第%d行已有该组的字段)",
				child, line);
	if (nest_of(f, parent))
		return bad_line(e, file, lineno, "组 %s 已嵌套在组 %s 中: 只能嵌套一层", parent,
				nest_of(f, parent)->parent);
	if (!last || !last->group || strcmp(last->group, parent) != 0)
		return bad_line(e, file, lineno,
				"nest 行应紧接在组 %s 的字段之后 (子组 %s 的字段随后写)", parent, child);
	size_t cap = f->nnests;
	f->nests = xgrow(f->nests, &cap, f->nnests + 1, sizeof *f->nests);
	f->nests[f->nnests++] = (struct form_nest){xstrdup(child), xstrdup(parent), lineno};
	return TC_OK;
}

/* One line of a form file (without its line end). */
static enum tc_status parse_line(struct form_def *f, size_t *cap, char *line, const char *file,
				 int lineno, struct tc_err *e)
{
	struct strlist col = {0};
	enum tc_status st = TC_OK;
	const char *p = line;

	if (!text_valid(line, false))
		return bad_line(e, file, lineno,
				"不是有效的 UTF-8 文本或含有控制字符 (文件应以 UTF-8 保存, 制表符请改为空格)");
	while (*p == ' ')
		p++;
	if (*p == '#' || *p == '\0')
		return TC_OK;
	char *trimmed = text_trim(line);
	bool blank = *trimmed == '\0';
	free(trimmed);
	if (blank)
		return TC_OK;

	split(line, '|', &col);
	if (col.n == 2 && strcmp(col.v[0], "title") == 0) {
		if (f->title)
			st = bad_line(e, file, lineno, "title 行重复: 一个表单只有一个标题");
		else if (f->nfields > 0)
			st = bad_line(e, file, lineno, "title 行应写在所有字段之前");
		else if (col.v[1][0] == '\0')
			st = bad_line(e, file, lineno, "title 行缺少标题, 如 title|收案登记");
		else
			f->title = xstrdup(col.v[1]);
		goto out;
	}
	if (col.n == 3 && strcmp(col.v[0], "nest") == 0) {
		st = parse_nest(f, col.v, file, lineno, e);
		goto out;
	}
	if (col.n != NCOLS) {
		st = bad_line(e, file, lineno,
			      "应有 %d 列, 以 | 分隔: key|label|type|width|required|choices|help (现为 %zu 列)",
			      NCOLS, col.n);
		goto out;
	}
	struct form_field fl = {0};
	fl.line = lineno;
	st = parse_field(f, &fl, col.v, file, e);
	if (st == TC_OK)
		st = check_group(f, &fl, file, e);
	if (st != TC_OK) {
		field_free(&fl);
		goto out;
	}
	f->fields = xgrow(f->fields, cap, f->nfields + 1, sizeof *f->fields);
	f->fields[f->nfields++] = fl;
out:
	sl_free(&col);
	return st;
}

enum tc_status form_parse(const char *text, const char *file, const char *name,
			  struct form_def **out, struct tc_err *e)
{
	struct form_def *f = xcalloc(1, sizeof *f);
	const char *p = text ? text : "";
	enum tc_status st = TC_OK;
	size_t cap = 0;
	int lineno = 0;

	if (file == NULL)
		file = "(form)";
	if (strncmp(p, "\xEF\xBB\xBF", 3) == 0) /* a BOM from a Windows editor */
		p += 3;
	while (*p && st == TC_OK) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		char *line = xstrndup(p, n);

		lineno++;
		if (n > 0 && line[n - 1] == '\r')
			line[n - 1] = '\0';
		st = parse_line(f, &cap, line, file, lineno, e);
		free(line);
		p += n + (nl != NULL);
	}
	if (st == TC_OK && f->nfields == 0)
		st = bad_line(e, file, lineno > 0 ? lineno : 1, "表单中没有字段");
	for (size_t i = 0; st == TC_OK && i < f->nnests; i++)
		if (group_line(f, f->nests[i].child) == 0)
			st = bad_line(e, file, f->nests[i].line, "nest 行的组 %s 没有字段",
				      f->nests[i].child);
	if (st != TC_OK) {
		form_free(f);
		return st;
	}
	f->name = xstrdup(name ? name : file);
	if (f->title == NULL)
		f->title = xstrdup(f->name);
	*out = f;
	return TC_OK;
}

/* ---- where a form comes from ------------------------------------------ */

const char *form_builtin(const char *name)
{
	for (size_t i = 0; name && form_builtin_names[i]; i++)
		if (strcmp(form_builtin_names[i], name) == 0)
			return form_builtin_texts[i];
	return NULL;
}

/* A form's name is a file name: no "/" and nothing that reaches elsewhere. */
static bool form_name_ok(const char *name)
{
	if (name == NULL || *name == '\0')
		return false;
	for (const char *p = name; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_' || *p == '-'))
			return false;
	return true;
}

/* Read path whole.  *text stays NULL (and TC_OK is returned) when there is
 * no such file: the caller then uses the compiled-in copy.  A file that is
 * there but cannot be read is refused, never passed over.  what names the
 * kind of file in messages (表单文件). */
static enum tc_status read_form_file(const char *path, const char *what, char **text,
				     struct tc_err *e)
{
	FILE *fp = priv_fopen(path, "rb"); /* with the user's rights, never the office group's */
	struct strbuf sb = {0};
	char buf[4096];
	size_t n;

	*text = NULL;
	if (fp == NULL) {
		if (errno == ENOENT || errno == ENOTDIR)
			return TC_OK;
		return err_set(e, TC_REFUSED, NULL, "无法读取%s %s: %s", what, path, strerror(errno));
	}
	while ((n = fread(buf, 1, sizeof buf, fp)) > 0 && sb.len <= FILE_MAX)
		sb_add(&sb, buf, n);
	bool failed = ferror(fp) != 0;
	int err = errno;
	fclose(fp);
	if (failed) {
		sb_free(&sb);
		return err_set(e, TC_REFUSED, NULL, "无法读取%s %s: %s", what, path, strerror(err));
	}
	if (sb.len > FILE_MAX) {
		sb_free(&sb);
		return err_set(e, TC_REFUSED, NULL, "%s %s 过大 (超过 %d 字节)", what, path,
			       FILE_MAX);
	}
	const char *s = sb_str(&sb);
	if (strlen(s) != sb.len) {
		int line = 1;
		for (const char *q = s; *q; q++)
			line += *q == '\n';
		sb_free(&sb);
		return err_set(e, TC_REFUSED, NULL, "%s:%d: 含有 NUL 字节 (文件应为 UTF-8 文本)", path, line);
	}
	*text = sb_take(&sb);
	if (*text == NULL)
		*text = xstrdup(""); /* an empty file is there, and bad */
	return TC_OK;
}

enum tc_status form_source(const char *file, const char *dir, const char *what, char **text,
			   char **where, struct tc_err *e)
{
	const char *env = getenv("TIAOCAI_FORMS");
	char *path = NULL;
	enum tc_status st;

	*text = NULL;
	*where = NULL;
	if (dir && *dir)
		path = xasprintf("%s/%s", dir, file);
	else if (dir == NULL && env && *env)
		path = xasprintf("%s/%s", env, file);
	if (path && (st = read_form_file(path, what, text, e)) != TC_OK) {
		free(path);
		return st;
	}
	if (*text) {
		*where = path;
		return TC_OK;
	}
	free(path);
	/* A form is compiled in by its name alone, any other file whole. */
	size_t n = strlen(file);
	char *key = n > 5 && strcmp(file + n - 5, ".form") == 0 ? xstrndup(file, n - 5) : xstrdup(file);
	const char *builtin = form_builtin(key);
	free(key);
	if (builtin == NULL)
		return TC_OK;
	*text = xstrdup(builtin);
	*where = xasprintf("forms/%s (内置)", file);
	return TC_OK;
}

enum tc_status form_load(const char *name, const char *dir, struct form_def **out,
			 struct tc_err *e)
{
	char *file, *text, *where;
	enum tc_status st;

	if (!form_name_ok(name))
		return err_set(e, TC_USAGE, "form", "表单名不对: \"%s\" (只用小写字母、数字、_ 和 -)",
			       name ? name : "");
	file = xasprintf("%s.form", name);
	st = form_source(file, dir, "表单文件", &text, &where, e);
	free(file);
	if (st != TC_OK)
		return st;
	if (text == NULL)
		return err_set(e, TC_REFUSED, "form", "没有名为 %s 的表单", name);
	st = form_parse(text, where, name, out, e);
	free(text);
	free(where);
	return st;
}

/* ---- checking a value ------------------------------------------------- */

/* Refuse value of field fl with a message in words; the field is its key. */
static enum tc_status refuse(struct tc_err *e, const struct form_field *fl, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static enum tc_status refuse(struct tc_err *e, const struct form_field *fl, const char *fmt, ...)
{
	char msg[sizeof e->msg];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	return err_set(e, TC_REFUSED, fl->key, "%s", msg);
}

/* A validator of another module named the field by its label (so that its
 * message reads well); the screen wants the key. */
static enum tc_status keyed(struct tc_err *e, const struct form_field *fl, enum tc_status st)
{
	if (st != TC_OK && e)
		snprintf(e->field, sizeof e->field, "%s", fl->key);
	return st;
}

/* "YYYY-MM-DD HH:MM": any date form date_parse takes, one or more spaces,
 * then the time of day H:MM or HH:MM (a full-width colon too). */
static enum tc_status check_datetime(const struct form_field *fl, const char *v, char **out,
				     struct tc_err *e)
{
	const char *sp = strrchr(v, ' ');
	int hh = -1, mm = -1, day;
	const char *t = sp ? sp + 1 : "";
	enum tc_status st;

	if (t[0] >= '0' && t[0] <= '9') {
		hh = t[0] - '0';
		t++;
		if (*t >= '0' && *t <= '9')
			hh = hh * 10 + (*t++ - '0');
		if (*t == ':')
			t++;
		else if (strncmp(t, "：", strlen("：")) == 0)
			t += strlen("：");
		else
			hh = -1;
		if (t[0] >= '0' && t[0] <= '9' && t[1] >= '0' && t[1] <= '9' && t[2] == '\0')
			mm = (t[0] - '0') * 10 + (t[1] - '0');
	}
	if (sp == NULL || hh < 0 || mm < 0)
		return refuse(e, fl, "%s: 应写成日期加时间, 如 2026-12-01 09:30 (现为 %s)", fl->label, v);
	if (hh > 23 || mm > 59)
		return refuse(e, fl, "%s: 时间 %s 不存在 (应在 00:00 到 23:59 之间)", fl->label, sp + 1);
	char *date = xstrndup(v, (size_t)(sp - v));
	st = date_parse(date, &day, fl->label, e);
	free(date);
	if (st != TC_OK)
		return keyed(e, fl, st);
	char iso[DATE_ISO_LEN];
	*out = xasprintf("%s %02d:%02d", date_iso(day, iso), hh, mm);
	return TC_OK;
}

/* A whole number >= 0, at most nine digits; leading zeros dropped. */
static enum tc_status check_int(const struct form_field *fl, const char *v, char **out,
				struct tc_err *e)
{
	size_t n = strspn(v, "0123456789");

	if (n == 0 || v[n] != '\0')
		return refuse(e, fl, "%s: 应为不小于 0 的整数, 如 3 (现为 %s)", fl->label, v);
	while (*v == '0' && v[1] != '\0')
		v++, n--;
	if (n > 9)
		return refuse(e, fl, "%s: 数目过大: %s", fl->label, v);
	*out = xstrdup(v);
	return TC_OK;
}

static enum tc_status check_choice(const struct form_field *fl, const char *v, char **out,
				   struct tc_err *e)
{
	struct strbuf all = {0};
	enum tc_status st;

	for (size_t i = 0; i < fl->nchoices; i++)
		if (strcmp(fl->choices[i], v) == 0) {
			*out = xstrdup(v);
			return TC_OK;
		}
	for (size_t i = 0; i < fl->nchoices; i++)
		sb_printf(&all, "%s%s", i ? "、" : "", fl->choices[i]);
	st = refuse(e, fl, "%s: 只能选 %s (现为 %s)", fl->label, sb_str(&all), v);
	sb_free(&all);
	return st;
}

/* The value v (trimmed, valid text, not empty) checked by the module that
 * owns the rule; *out gets it as the screen should show it. */
static enum tc_status check_typed(const struct form_field *fl, const char *v, int today,
				  char **out, struct tc_err *e)
{
	char buf[32], iso[DATE_ISO_LEN], iso2[DATE_ISO_LEN];
	enum tc_status st;
	int64_t fen;
	int day;

	switch (fl->type) {
	case FORM_TEXT:
	case FORM_NAME:
	case FORM_MEMO:
	case FORM_PERSON: {
		/* Measured as the core will measure it when the form is saved. */
		enum text_kind k;
		size_t max = text_kind_of(fl->key, &k) ? text_limit(k) : (size_t)types[fl->type].max_chars;
		if ((st = text_check(fl->key, fl->label, v, max, 0, e)) != TC_OK)
			return st;
		*out = xstrdup(v);
		return TC_OK;
	}
	case FORM_ID_NUMBER:
		if ((st = ident_id_check(v, today, buf, fl->label, e)) != TC_OK)
			return keyed(e, fl, st);
		*out = xstrdup(buf);
		return TC_OK;
	case FORM_USCC: {
		bool bad_check;
		if ((st = ident_uscc_check(v, buf, &bad_check, fl->label, e)) == TC_OK) {
			*out = xstrdup(buf);
			return TC_OK;
		}
		/* The ident message speaks of the command line's option; on a
		 * screen the way out is the reason field. */
		if (bad_check)
			return refuse(e, fl, "%s: 校验位不符, 第18位应为 %c (若核实代码无误, 请写明保留理由)",
				      fl->label, ident_uscc_checkchar(buf));
		return keyed(e, fl, st);
	}
	case FORM_PHONE:
		if ((st = ident_phone_check(v, buf, fl->label, e)) != TC_OK)
			return keyed(e, fl, st);
		*out = xstrdup(buf);
		return TC_OK;
	case FORM_DATE:
		if ((st = date_parse(v, &day, fl->label, e)) != TC_OK)
			return keyed(e, fl, st);
		if (today != DATE_NONE && day > today && !has_flag(fl, FLAG_FUTURE))
			return refuse(e, fl, "%s: %s 晚于今天 (%s), 不能填将来的日期", fl->label,
				      date_iso(day, iso), date_iso(today, iso2));
		*out = xstrdup(date_iso(day, iso));
		return TC_OK;
	case FORM_DATETIME:
		return check_datetime(fl, v, out, e);
	case FORM_MONEY: {
		char shown[MONEY_BUF];
		if ((st = money_parse(v, &fen, fl->label, e)) != TC_OK)
			return keyed(e, fl, st);
		if (fen == 0 && !has_flag(fl, FLAG_ZERO))
			return refuse(e, fl, "%s: 金额须大于 0 (现为 %s)", fl->label, v);
		money_display(fen, shown);
		/* "¥12,345.67" without the sign: the field shows the number. */
		*out = xstrdup(strncmp(shown, "¥", strlen("¥")) == 0 ? shown + strlen("¥") : shown);
		return TC_OK;
	}
	case FORM_INT:
		return check_int(fl, v, out, e);
	case FORM_CHOICE:
		return check_choice(fl, v, out, e);
	case FORM_TYPE_COUNT:
		break;
	}
	return err_set(e, TC_USAGE, fl->key, "字段 %s 的类型不对 (%d)", fl->key, (int)fl->type);
}

enum tc_status form_check(const struct form_field *f, const char *value, int today,
			  char **norm, struct tc_err *e)
{
	const char *in = value ? value : "";
	char *v = text_trim(in), *out = NULL;
	enum tc_status st = TC_OK;

	if (norm)
		*norm = NULL;
	/* Every field, whatever its type, through text.h's one gate first. */
	if (text_check(f->key, f->label, v, 0, 0, e) != TC_OK)
		st = TC_REFUSED;
	else if (*v == '\0' && f->required)
		st = refuse(e, f, "%s: 必须填写%s", f->label,
			    f->type == FORM_CHOICE || f->type == FORM_PERSON ? " (请选择一项)" : "");
	else if (*v == '\0')
		out = xstrdup("");
	else
		st = check_typed(f, v, today, &out, e);
	if (st == TC_OK && norm && out && strcmp(out, in) != 0) {
		*norm = out;
		out = NULL;
	}
	free(out);
	free(v);
	return st;
}
