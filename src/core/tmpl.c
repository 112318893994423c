/*
 * tmpl.c - document templates: a KIND.tpl file read into a tree of nodes
 * once (every field and list checked against the catalogue, in the scope
 * it is used), then filled with one document's values into the blocks of
 * a letter.
 *
 * The syntax (tiaocai(5), TEMPLATES; the comment at the top of
 * forms/accept-notice.tpl) is line-based: "#" comments, "%" directives,
 * everything else a body paragraph, "\" at the end of a line continuing
 * it on the next, {name} a field.  A bad template is refused whole with
 * FILE:LINE, when it is read, never halfway through a document; the only
 * refusal at rendering is a written section (查明事实) not yet written.
 * Where a template comes from is form.c's lookup (form_source): the data
 * directory's copy first, then the one compiled in.  Nothing here knows a
 * database: the values come from docfields.c.
 */
#include "tiaocai/tmpl.h"
#include "tiaocai/doc.h"
#include "tiaocai/docfields.h"
#include "tiaocai/form.h"
#include "tiaocai/text.h"

#include <assert.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DEPTH_MAX 8          /* open %each / %if / %table at once */

enum node_kind {
	N_TITLE, N_CASENO, N_TO, N_FOOT, N_HEADING, /* one line of the letter */
	N_PARA,              /* a body paragraph */
	N_ROW,               /* LABEL|VALUE inside %table */
	N_EACH, N_IF, N_SECTION, N_TABLE,
};

/* A text with fields: literal runs and field names, in order. */
struct seg {
	bool field;
	char *s;
};
struct text {
	struct seg *v;
	size_t n, cap;
};

struct node;
struct block {
	struct node **v;
	size_t n, cap;
};

struct node {
	enum node_kind kind;
	int line;
	bool optional;           /* "%?": dropped when every field in it is empty */
	struct text t, t2;       /* the text; a row's label (t) and value (t2) */
	char *name;              /* EACH: the list; IF: the field or list; SECTION: its name */
	bool negate;             /* "%if !NAME" */
	bool is_list;            /* IF: NAME is a list (true when it has items) */
	struct block body, alt;  /* EACH, IF (alt: after %else), TABLE */
};

struct tmpl {
	char *file;
	struct block root;
};

/* The directives, for the message that names the ones there are. */
/* (In format strings: "%%" is one "%".) */
#define DIRECTIVES "%%title %%caseno %%to %%foot %%heading %%each %%if %%else %%end %%section %%table %%?"

/* ---- freeing ---------------------------------------------------------- */

static void text_free(struct text *t)
{
	for (size_t i = 0; i < t->n; i++)
		free(t->v[i].s);
	free(t->v);
}

static void block_free(struct block *b);

static void node_free(struct node *n)
{
	text_free(&n->t);
	text_free(&n->t2);
	free(n->name);
	block_free(&n->body);
	block_free(&n->alt);
	free(n);
}

static void block_free(struct block *b)
{
	for (size_t i = 0; i < b->n; i++)
		node_free(b->v[i]);
	free(b->v);
}

void tmpl_free(struct tmpl *t)
{
	if (t == NULL)
		return;
	block_free(&t->root);
	free(t->file);
	free(t);
}

/* ---- parsing ---------------------------------------------------------- */

struct open {
	struct node *n;
	bool in_else;
};

struct parser {
	const char *file;
	struct tmpl *t;
	struct open stack[DEPTH_MAX];
	size_t depth;
	int line;                /* of the logical line being read */
	struct tc_err *e;
};

static enum tc_status bad(struct parser *p, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static enum tc_status bad(struct parser *p, const char *fmt, ...)
{
	char msg[400];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	return err_set(p->e, TC_REFUSED, "template", "%s:%d: %s", p->file, p->line, msg);
}

/* The block new nodes go into: the innermost open one's, else the root. */
static struct block *target(struct parser *p)
{
	if (p->depth == 0)
		return &p->t->root;
	struct open *o = &p->stack[p->depth - 1];
	return o->in_else ? &o->n->alt : &o->n->body;
}

static struct node *add_node(struct parser *p, enum node_kind k)
{
	struct block *b = target(p);
	struct node *n = xcalloc(1, sizeof *n);

	n->kind = k;
	n->line = p->line;
	b->v = xgrow(b->v, &b->cap, b->n + 1, sizeof *b->v);
	b->v[b->n++] = n;
	return n;
}

static bool in_table(const struct parser *p)
{
	for (size_t i = 0; i < p->depth; i++)
		if (p->stack[i].n->kind == N_TABLE)
			return true;
	return false;
}

/* Whether an %each over items of kind `item` is open. */
static bool item_open(const struct parser *p, const char *item)
{
	for (size_t i = 0; i < p->depth; i++) {
		const struct node *n = p->stack[i].n;
		if (n->kind == N_EACH && strcmp(docfields_find_list(n->name)->item, item) == 0)
			return true;
	}
	return false;
}

/* "applicants、respondents 或 parties": the lists whose items are of kind item. */
static void lists_of(const char *item, struct strbuf *sb)
{
	const struct docfield *f;
	size_t n = docfields_catalogue(&f), k = 0, total = 0;

	for (size_t i = 0; i < n; i++)
		total += f[i].item && strcmp(f[i].item, item) == 0;
	for (size_t i = 0; i < n; i++) {
		if (f[i].item == NULL || strcmp(f[i].item, item) != 0)
			continue;
		if (k > 0)
			sb_puts(sb, k + 1 == total ? " 或 " : "、");
		sb_puts(sb, f[i].name);
		k++;
	}
}

/* Whether name may be used here: in the catalogue, a list exactly when
 * want_list says (-1: either), and inside an %each of its kind of item. */
static enum tc_status check_name(struct parser *p, const char *name, int want_list,
				 const struct docfield **out)
{
	const struct docfield *f = want_list == 1 ? docfields_find_list(name) : docfields_find(name);

	if (want_list == 1 && f == NULL && docfields_find(name))
		return bad(p, "%s 是字段, 不是列表: %%each 只用于列表", name);
	if (f == NULL)
		return want_list == 1 ? bad(p, "未知列表 %s", name) : bad(p, "未知字段 {%s}", name);
	if (want_list == 0 && f->item != NULL)
		return bad(p, "{%s} 是列表, 只能用 %%each %s ... %%end 逐项写出", name, name);
	if (f->within && !item_open(p, f->within)) {
		struct strbuf sb = {0};
		enum tc_status st;
		lists_of(f->within, &sb);
		st = bad(p, "%s%s%s 只能用在 %%each %s 之内", f->item ? "列表 " : "{", name,
			 f->item ? "" : "}", sb_str(&sb));
		sb_free(&sb);
		return st;
	}
	*out = f;
	return TC_OK;
}

static void text_add(struct text *t, bool field, const char *s, size_t n)
{
	if (n == 0 && !field)
		return;
	if (!field && t->n > 0 && !t->v[t->n - 1].field) {
		/* Extend the literal run before. */
		struct seg *g = &t->v[t->n - 1];
		size_t old = strlen(g->s);
		g->s = xrealloc(g->s, old + n + 1);
		memcpy(g->s + old, s, n);
		g->s[old + n] = '\0';
		return;
	}
	t->v = xgrow(t->v, &t->cap, t->n + 1, sizeof *t->v);
	t->v[t->n].field = field;
	t->v[t->n].s = xstrndup(s, n);
	t->n++;
}

static bool name_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
}

/* s as literal runs and {fields}: "{{" and "}}" are a literal brace. */
static enum tc_status compile_text(struct parser *p, const char *s, struct text *out)
{
	const char *run = s;

	while (*s) {
		if ((s[0] == '{' && s[1] == '{') || (s[0] == '}' && s[1] == '}')) {
			text_add(out, false, run, (size_t)(s - run) + 1);
			s += 2;
			run = s;
			continue;
		}
		if (*s != '{') {
			s++;
			continue;
		}
		text_add(out, false, run, (size_t)(s - run));
		const char *name = s + 1, *end = name;
		while (name_char(*end))
			end++;
		if (*end != '}' || end == name) {
			const char *close = strchr(name, '}');
			if (close == NULL)
				return bad(p, "「{」没有配对的「}」(要写字面的 { 请写 {{)");
			return bad(p, "字段名 {%.*s} 不对: 只用小写字母、数字、_ 和 .", (int)(close - name),
				   name);
		}
		char *n = xstrndup(name, (size_t)(end - name));
		const struct docfield *f;
		enum tc_status st = check_name(p, n, 0, &f);
		if (st == TC_OK)
			text_add(out, true, n, strlen(n));
		free(n);
		if (st != TC_OK)
			return st;
		s = end + 1;
		run = s;
	}
	text_add(out, false, run, (size_t)(s - run));
	return TC_OK;
}

/* The word of a directive that takes one (a list, a field, a section). */
static enum tc_status one_word(struct parser *p, const char *dir, const char *arg, char **out)
{
	if (*arg == '\0')
		return bad(p, "%%%s 后须写名称", dir);
	for (const char *q = arg; *q; q++)
		if (!name_char(*q))
			return bad(p, "%%%s 后只能有一个名称 (小写字母、数字、_ 和 .): %s", dir, arg);
	*out = xstrdup(arg);
	return TC_OK;
}

static enum tc_status push(struct parser *p, struct node *n)
{
	if (p->depth == DEPTH_MAX)
		return bad(p, "%%each、%%if 和 %%table 嵌套超过 %d 层", DEPTH_MAX);
	p->stack[p->depth].n = n;
	p->stack[p->depth].in_else = false;
	p->depth++;
	return TC_OK;
}

static const char *opener(enum node_kind k)
{
	return k == N_EACH ? "%each" : k == N_IF ? "%if" : "%table";
}

/* A line of text: a body paragraph, or a row inside %table. */
static enum tc_status text_line(struct parser *p, const char *s, bool optional)
{
	if (in_table(p)) {
		const char *bar = strchr(s, '|');
		if (bar == NULL)
			return bad(p, "表格中的行应写作「名称|内容」");
		struct node *n = add_node(p, N_ROW);
		char *label = xstrndup(s, (size_t)(bar - s));
		enum tc_status st = compile_text(p, label, &n->t);
		free(label);
		n->optional = optional;
		return st != TC_OK ? st : compile_text(p, bar + 1, &n->t2);
	}
	struct node *n = add_node(p, N_PARA);
	n->optional = optional;
	return compile_text(p, s, &n->t);
}

static enum tc_status directive(struct parser *p, const char *s, bool optional)
{
	static const struct {
		const char *name;
		enum node_kind kind;
		int arg;             /* 0 none, 1 text required, 2 text optional */
	} lines[] = {
		{"title", N_TITLE, 1}, {"caseno", N_CASENO, 2}, {"to", N_TO, 1},
		{"foot", N_FOOT, 1}, {"heading", N_HEADING, 1},
	};
	char dir[16];
	size_t n = 0;
	const char *arg;

	s++; /* the "%" */
	while (s[n] && s[n] != ' ' && s[n] != '\t' && n + 1 < sizeof dir)
		n++;
	memcpy(dir, s, n);
	dir[n] = '\0';
	if (s[n] && s[n] != ' ' && s[n] != '\t')
		return bad(p, "不认识的指令 %%%.20s (可用: " DIRECTIVES ")", s);
	for (arg = s + n; *arg == ' ' || *arg == '\t'; arg++)
		;
	bool table = in_table(p);

	for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
		if (strcmp(dir, lines[i].name) != 0)
			continue;
		if (table)
			return bad(p, "表格中不能用 %%%s (只能有「名称|内容」行、%%if、%%each 和 %%end)", dir);
		if (lines[i].arg == 1 && *arg == '\0')
			return bad(p, "%%%s 后须写内容", dir);
		struct node *nd = add_node(p, lines[i].kind);
		nd->optional = optional;
		return compile_text(p, *arg ? arg : "{case_no}", &nd->t);
	}
	if (optional)
		return bad(p, "%%? 只能用于正文段落、表格行和 %%title %%caseno %%to %%foot %%heading, 不能用于 %%%s",
			   dir);
	if (strcmp(dir, "each") == 0) {
		const struct docfield *f;
		char *name = NULL;
		enum tc_status st = one_word(p, dir, arg, &name);
		if (st == TC_OK && (st = check_name(p, name, 1, &f)) == TC_OK && item_open(p, f->item))
			st = bad(p, "%%each %s 套在另一个逐项写出同类内容 (%s.*) 的 %%each 之内", name, f->item);
		if (st != TC_OK) {
			free(name);
			return st;
		}
		struct node *nd = add_node(p, N_EACH);
		nd->name = name;
		return push(p, nd);
	}
	if (strcmp(dir, "if") == 0) {
		bool negate = *arg == '!';
		const struct docfield *f;
		char *name = NULL;
		enum tc_status st = one_word(p, dir, arg + negate, &name);
		if (st == TC_OK && (st = check_name(p, name, -1, &f)) != TC_OK)
			free(name);
		if (st != TC_OK)
			return st;
		struct node *nd = add_node(p, N_IF);
		nd->name = name;
		nd->negate = negate;
		nd->is_list = f->item != NULL;
		return push(p, nd);
	}
	if (strcmp(dir, "else") == 0 || strcmp(dir, "end") == 0) {
		if (*arg)
			return bad(p, "%%%s 后不应有内容: %s", dir, arg);
		if (p->depth == 0)
			return bad(p, "%%%s 没有对应的 %%if%s", dir, dir[1] == 'n' ? "、%each 或 %table" : "");
		struct open *o = &p->stack[p->depth - 1];
		if (dir[1] == 'n') {
			p->depth--;
			return TC_OK;
		}
		if (o->n->kind != N_IF)
			return bad(p, "%%else 只能用在 %%if 之内 (第 %d 行的 %s 尚未以 %%end 结束)", o->n->line,
				   opener(o->n->kind));
		if (o->in_else)
			return bad(p, "第 %d 行的 %%if 已有一个 %%else", o->n->line);
		o->in_else = true;
		return TC_OK;
	}
	if (table)
		return bad(p, "表格中不能用 %%%s (只能有「名称|内容」行、%%if、%%each 和 %%end)", dir);
	if (strcmp(dir, "section") == 0) {
		char *name = NULL;
		enum tc_status st = one_word(p, dir, arg, &name);
		if (st != TC_OK)
			return st;
		add_node(p, N_SECTION)->name = name;
		return TC_OK;
	}
	if (strcmp(dir, "table") == 0) {
		if (*arg)
			return bad(p, "%%table 后不应有内容: %s", arg);
		return push(p, add_node(p, N_TABLE));
	}
	return bad(p, "不认识的指令 %%%s (可用: " DIRECTIVES ")", dir);
}

/* One logical line (continuations joined, trimmed, not blank, not a comment). */
static enum tc_status logical_line(struct parser *p, const char *s)
{
	bool optional = false;

	if (s[0] == '%' && s[1] == '?') {
		optional = true;
		for (s += 2; *s == ' ' || *s == '\t'; s++)
			;
		if (*s == '\0')
			return bad(p, "%%? 后须有正文段落、表格行或 %%title %%caseno %%to %%foot %%heading");
	}
	if (s[0] == '%' && s[1] == '%')
		return text_line(p, s + 1, optional); /* "%%" starts a paragraph with "%" */
	if (s[0] == '%')
		return directive(p, s, optional);
	return text_line(p, s, optional);
}

static bool blank(char c)
{
	return c == ' ' || c == '\t';
}

enum tc_status tmpl_parse(const char *text, const char *file, struct tmpl **out,
			  struct tc_err *e)
{
	struct parser p = {.file = file ? file : "(模板)", .e = e};
	struct strbuf logical = {0};
	bool continuing = false;
	int physical = 0;
	enum tc_status st = TC_OK;

	p.t = xcalloc(1, sizeof *p.t);
	p.t->file = xstrdup(p.file);
	if (strncmp(text, "\xEF\xBB\xBF", 3) == 0)
		text += 3; /* a byte order mark, as an editor may save one */
	for (const char *s = text; st == TC_OK && *s;) {
		const char *nl = strchr(s, '\n');
		size_t len = nl ? (size_t)(nl - s) : strlen(s);
		char *line = xstrndup(s, len);
		s += len + (nl != NULL);
		physical++;

		/* Trailing CR (a file saved on Windows) and blanks go. */
		while (len > 0 && (line[len - 1] == '\r' || blank(line[len - 1])))
			line[--len] = '\0';
		if (!continuing)
			p.line = physical;
		int keep = p.line;
		p.line = physical;
		st = text_check("template", NULL, line, 0, TEXT_MULTILINE, e);
		if (st != TC_OK) {
			char msg[sizeof e->msg];
			snprintf(msg, sizeof msg, "%s", e->msg);
			st = bad(&p, "%s", msg);
			free(line);
			break;
		}
		p.line = keep;
		const char *q = line;
		while (blank(*q))
			q++;
		if (!continuing && *q == '#') {
			free(line);
			continue;
		}
		bool more = len > 0 && line[len - 1] == '\\';
		if (more)
			line[--len] = '\0';
		sb_puts(&logical, q);
		free(line);
		continuing = more;
		if (more && *s)
			continue;
		if (logical.len > 0) {
			/* Trailing blanks before a "\" go too. */
			while (logical.len > 0 && blank(logical.buf[logical.len - 1]))
				logical.buf[--logical.len] = '\0';
			if (logical.len > 0)
				st = logical_line(&p, logical.buf);
		}
		logical.len = 0;
		if (logical.buf)
			logical.buf[0] = '\0';
		continuing = false;
	}
	sb_free(&logical);
	if (st == TC_OK && p.depth > 0) {
		const struct node *n = p.stack[p.depth - 1].n;
		p.line = n->line;
		st = bad(&p, "%s 没有对应的 %%end", opener(n->kind));
	}
	if (st != TC_OK) {
		tmpl_free(p.t);
		return st;
	}
	*out = p.t;
	return TC_OK;
}

/* A kind is a file name: no "/" and nothing that reaches elsewhere. */
static bool kind_ok(const char *kind)
{
	if (kind == NULL || *kind == '\0')
		return false;
	for (const char *p = kind; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_' || *p == '-'))
			return false;
	return true;
}

enum tc_status tmpl_load(const char *kind, const char *dir, struct tmpl **out, struct tc_err *e)
{
	char *file, *text, *where;
	enum tc_status st;

	if (!kind_ok(kind))
		return err_set(e, TC_USAGE, "kind", "文书种类不对: \"%s\" (只用小写字母、数字、_ 和 -)",
			       kind ? kind : "");
	file = xasprintf("%s.tpl", kind);
	st = form_source(file, dir, "文书模板文件", &text, &where, e);
	if (st == TC_OK && text == NULL)
		st = err_set(e, TC_REFUSED, "kind", "没有文书模板 %s (forms/%s)", kind, file);
	free(file);
	if (st != TC_OK)
		return st;
	st = tmpl_parse(text, where, out, e);
	free(text);
	free(where);
	return st;
}

/* ---- rendering -------------------------------------------------------- */

struct render {
	const struct tmpl *t;
	struct docvals *v;
	struct rdoc *out;
	struct strlist *rows;    /* inside %table: label, value, label, value ... */
	struct tc_err *e;
};

/* t filled in with the values, into sb (emptied first). */
static void fill(const struct render *r, const struct text *t, struct strbuf *sb)
{
	sb->len = 0;
	sb_puts(sb, "");
	for (size_t i = 0; i < t->n; i++) {
		if (t->v[i].field)
			text_clean(sb, docvals_get(r->v, t->v[i].s), 0);
		else
			sb_puts(sb, t->v[i].s);
	}
}

/* Whether node n is marked "%?" and has fields (in its text, and a row's
 * value too) that are all empty: then it is left out. */
static bool dropped(const struct render *r, const struct node *n)
{
	const struct text *texts[] = {&n->t, &n->t2};
	bool any = false;

	if (!n->optional)
		return false;
	for (size_t k = 0; k < 2; k++) {
		for (size_t i = 0; i < texts[k]->n; i++) {
			if (!texts[k]->v[i].field)
				continue;
			if (*docvals_get(r->v, texts[k]->v[i].s))
				return false;
			any = true;
		}
	}
	return any;
}

static bool truthy(const struct render *r, const struct node *n)
{
	bool yes;

	if (n->is_list) {
		yes = docvals_count(r->v, n->name) > 0;
	} else {
		const char *val = docvals_get(r->v, n->name);
		yes = *val != '\0' && strcmp(val, "0") != 0;
	}
	return yes != n->negate;
}

/* The title of section name of the document's kind ("查明事实"), from the
 * kind's "name:标题 ..." list; NULL when the kind has no such section. */
static char *section_title(const struct doc_kind *k, const char *name)
{
	size_t n = strlen(name);

	if (k == NULL)
		return xstrdup(name);
	for (const char *s = k->sections ? k->sections : ""; *s;) {
		while (*s == ' ')
			s++;
		const char *end = strchr(s, ' ');
		size_t len = end ? (size_t)(end - s) : strlen(s);
		if (len > n && strncmp(s, name, n) == 0 && s[n] == ':')
			return xstrndup(s + n + 1, len - n - 1);
		s += len;
	}
	return NULL;
}

static enum tc_status section(struct render *r, const struct node *n)
{
	const struct doc_kind *k = docvals_kind(r->v);
	char *title = section_title(k, n->name);

	if (title == NULL)
		return err_set(r->e, TC_REFUSED, "template", "%s:%d: %s没有名为 %s 的部分 (有: %s)",
			       r->t->file, n->line, k->zh, n->name, *k->sections ? k->sections : "无");
	const char *text = docvals_section(r->v, n->name);
	const char *case_ref = docvals_get(r->v, "case_ref");
	bool empty = true;
	for (const char *q = text; *q && empty; q++)
		empty = *q == ' ' || *q == '\t' || *q == '\n' || *q == '\r';
	if (empty) {
		enum tc_status st = err_set(r->e, TC_REFUSED, "section",
					    "%s的「%s」尚未填写: 请用 tiaocai doc edit %s %s 填写",
					    k ? k->zh : docvals_get(r->v, "doc.name"), title,
					    *case_ref ? case_ref : "CASE", k ? k->name : "DOC");
		free(title);
		return st;
	}
	free(title);
	/* Each line a paragraph; its own indent (spaces, ideographic
	 * spaces) goes, the layout indents every paragraph alike. */
	struct strbuf sb = {0};
	for (const char *s = text; *s;) {
		const char *nl = strchr(s, '\n');
		size_t len = nl ? (size_t)(nl - s) : strlen(s);
		char *line = xstrndup(s, len);
		char *q = line;
		s += len + (nl != NULL);
		for (;;) {
			if (*q == ' ' || *q == '\t')
				q++;
			else if (strncmp(q, "\u3000", 3) == 0)
				q += 3;
			else
				break;
		}
		size_t l = strlen(q);
		while (l > 0 && (q[l - 1] == '\r' || q[l - 1] == ' ' || q[l - 1] == '\t'))
			q[--l] = '\0';
		if (*q) {
			sb.len = 0;
			sb_puts(&sb, "");
			text_clean(&sb, q, 0);
			rdoc_para(r->out, sb_str(&sb));
		}
		free(line);
	}
	sb_free(&sb);
	return TC_OK;
}

static enum tc_status render_block(struct render *r, const struct block *b);

static enum tc_status table(struct render *r, const struct node *n)
{
	struct strlist rows = {0}, *outer = r->rows;
	enum tc_status st;

	r->rows = &rows;
	st = render_block(r, &n->body);
	r->rows = outer;
	if (st == TC_OK && rows.n >= 2) {
		/* The first row is given as the header, then made a row
		 * like the others (rdoc_table_headless). */
		struct rdoc_table *t = rdoc_table(r->out, 2, (const char *const *)rows.v);
		rdoc_table_headless(t);
		for (size_t i = 2; i + 1 < rows.n; i += 2)
			rdoc_row(t, (const char *const *)&rows.v[i]);
	}
	sl_free(&rows);
	return st;
}

static enum tc_status render_node(struct render *r, const struct node *n)
{
	struct strbuf sb = {0}, sb2 = {0};
	enum tc_status st = TC_OK;

	switch (n->kind) {
	case N_TITLE:
	case N_CASENO:
	case N_TO:
	case N_FOOT:
	case N_HEADING:
	case N_PARA:
		if (dropped(r, n))
			break;
		fill(r, &n->t, &sb);
		switch (n->kind) {
		case N_TITLE: rdoc_title(r->out, sb_str(&sb)); break;
		case N_CASENO: rdoc_caseno(r->out, sb_str(&sb)); break;
		case N_TO: rdoc_addressee(r->out, sb_str(&sb)); break;
		case N_FOOT: rdoc_foot(r->out, sb_str(&sb)); break;
		case N_HEADING: rdoc_heading(r->out, sb_str(&sb)); break;
		default: rdoc_para(r->out, sb_str(&sb)); break;
		}
		break;
	case N_ROW:
		assert(r->rows != NULL);
		if (dropped(r, n))
			break;
		fill(r, &n->t, &sb);
		fill(r, &n->t2, &sb2);
		sl_push(r->rows, sb_str(&sb));
		sl_push(r->rows, sb_str(&sb2));
		break;
	case N_EACH: {
		size_t cnt = docvals_count(r->v, n->name);
		for (size_t i = 0; i < cnt && st == TC_OK; i++) {
			docvals_select(r->v, n->name, i);
			st = render_block(r, &n->body);
		}
		break;
	}
	case N_IF:
		st = render_block(r, truthy(r, n) ? &n->body : &n->alt);
		break;
	case N_SECTION:
		st = section(r, n);
		break;
	case N_TABLE:
		st = table(r, n);
		break;
	}
	sb_free(&sb);
	sb_free(&sb2);
	return st;
}

static enum tc_status render_block(struct render *r, const struct block *b)
{
	enum tc_status st = TC_OK;

	for (size_t i = 0; i < b->n && st == TC_OK; i++)
		st = render_node(r, b->v[i]);
	return st;
}

enum tc_status tmpl_render(const struct tmpl *t, struct docvals *v, struct rdoc *out,
			   struct tc_err *e)
{
	struct render r = {.t = t, .v = v, .out = out, .e = e};

	return render_block(&r, &t->root);
}
