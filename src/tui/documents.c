/*
 * documents.c - 案件详情 › 文书: the documents of one case, made and still
 * to make, and what a clerk does with them: make (m), fill in the parts a
 * person writes in the editor (e), look at one (Enter), print (p), save
 * as a file (o), record its service (s).
 *
 * Opened from the case file with `F`.  Everything goes through the core
 * (doc.h, serve.h): which documents the case needs, their words, the
 * record; the core's refusal goes to the status line or next to the form's
 * field.  A read-only user sees the list and the documents, and no key
 * that changes anything.
 */
#include "tui.h"
#include "list.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tiaocai/afile.h"
#include "tiaocai/case.h"
#include "tiaocai/date.h"
#include "tiaocai/doc.h"
#include "tiaocai/odt.h"
#include "tiaocai/rdoc.h"
#include "tiaocai/serve.h"
#include "tiaocai/spawn.h"
#include "tiaocai/text.h"
#include "../pdf/pdf.h"

struct docs {
	int64_t case_id;
	char case_no[96];
	struct doc_rec *r;       /* made */
	size_t n;
	struct doc_need *need;   /* still to make (待制作), listed after the made */
	size_t nneed;
	struct list list;
	int want;                /* select document no `want` on the next load, 0: keep */
};

static bool may_change(struct app *app)
{
	return !app->read_only && app->actor.role != ROLE_LAWYER;
}

static const char *part_zh(const char *part)
{
	return strcmp(part, "final") == 0 ? "终局" : strcmp(part, "nonfinal") == 0 ? "非终局" : "";
}

static void load(struct app *app, struct docs *d)
{
	struct tc_err e = {0};
	size_t keep = d->list.sel;

	free(d->r);
	free(d->need);
	d->r = NULL;
	d->need = NULL;
	d->n = d->nneed = 0;
	if (doc_list(app->db, &app->actor, d->case_id, &d->r, &d->n, &e) != TC_OK ||
	    doc_needed(app->db, d->case_id, &d->need, &d->nneed, &e) != TC_OK)
		app_error(app, &e);
	if (d->want) {
		for (size_t i = 0; i < d->n; i++)
			if (d->r[i].no == d->want)
				keep = i;
		d->want = 0;
	}
	list_select(&d->list, keep);
}

static size_t count(void *ctx)
{
	struct docs *d = ctx;
	return d->n + d->nneed;
}

static bool matches(void *ctx, size_t i, const char *text)
{
	struct docs *d = ctx;

	if (i < d->n)
		return strstr(d->r[i].zh, text) || strstr(d->r[i].to_name, text);
	i -= d->n;
	return strstr(d->need[i].kind->zh, text) || strstr(d->need[i].to_name, text);
}

/* Columns: 号 文书 受送达人 制作 送达 方式. */
struct grid {
	int no, what, to, made, served, how;
};

static void layout(int cols, struct grid *g)
{
	g->no = 6;
	g->made = 10;
	g->served = 10;
	g->how = 4;
	int rest = cols - 2 - 5 - g->no - g->made - g->served - g->how;
	g->what = rest / 2 < 22 ? rest / 2 : 22;
	g->to = rest - g->what;
}

static void draw_cells(const struct grid *g, int y, const char *const *cell, attr_t a,
		       attr_t served)
{
	int x = 1;

	ui_cell(y, x, cell[0], g->no, true, a); x += g->no + 1;
	ui_cell(y, x, cell[1], g->what, false, a); x += g->what + 1;
	ui_cell(y, x, cell[2], g->to, false, a); x += g->to + 1;
	ui_cell(y, x, cell[3], g->made, false, a); x += g->made + 1;
	ui_cell(y, x, cell[4], g->served, false, served); x += g->served + 1;
	ui_cell(y, x, cell[5], g->how, false, a);
}

static void draw_row(struct app *app, void *ctx, size_t i, int y, int x, int cols, bool sel)
{
	struct docs *d = ctx;
	attr_t base = sel ? ui_attr(app, UA_SELECTED) : A_NORMAL;
	char no[16], what[96];
	struct grid g;

	(void)x;
	layout(cols, &g);
	ui_blank(y, 0, cols, base);
	if (i < d->n) {
		const struct doc_rec *r = &d->r[i];
		attr_t dim = r->superseded ? ui_attr(app, UA_DIM) | (sel ? A_REVERSE : 0) : base;
		attr_t unserved = r->served_on[0] || r->superseded ? dim
				  : ui_attr(app, UA_SOON) | (sel ? A_REVERSE : 0);
		snprintf(no, sizeof no, "%d", r->no);
		snprintf(what, sizeof what, "%s%s%s%s%s", r->zh, *r->part ? " (" : "", part_zh(r->part),
			 *r->part ? ")" : "", r->superseded ? " 已重制" : "");
		if (r->hearing_no)
			snprintf(what + strlen(what), sizeof what - strlen(what), " 第%d次", r->hearing_no);
		const char *cell[] = {no, what, r->to_name, r->made_on,
				      r->served_on[0] ? r->served_on : r->superseded ? "" : "未送达", r->method};
		draw_cells(&g, y, cell, dim, unserved);
		return;
	}
	const struct doc_need *n = &d->need[i - d->n];
	attr_t soon = ui_attr(app, UA_SOON) | (sel ? A_REVERSE : 0);
	snprintf(what, sizeof what, "%s%s%s%s", n->kind->zh, *n->part ? " (" : "", part_zh(n->part),
		 *n->part ? ")" : "");
	if (n->hearing_no)
		snprintf(what + strlen(what), sizeof what - strlen(what), " 第%d次", n->hearing_no);
	const char *cell[] = {"待制作", what, n->to_name, "", "", ""};
	draw_cells(&g, y, cell, soon, soon);
}

static const struct list_source docs_source = {
	.count = count,
	.draw = draw_row,
	.match = matches,
};

void *documents_open(struct app *app, int64_t case_id, const char *case_no)
{
	struct docs *d = xcalloc(1, sizeof *d);

	d->case_id = case_id;
	snprintf(d->case_no, sizeof d->case_no, "%s", case_no);
	list_init(&d->list, &docs_source, d, false);
	load(app, d);
	return d;
}

void documents_select(void *st, int no)
{
	struct docs *d = st;

	for (size_t i = 0; i < d->n; i++)
		if (d->r[i].no == no)
			list_select(&d->list, i);
}

static void docs_close(void *st)
{
	struct docs *d = st;

	list_free(&d->list);
	free(d->r);
	free(d->need);
	free(d);
}

static void docs_draw(struct app *app, void *st, int top, int rows, int cols, int *cy, int *cx)
{
	static const char *const head[] = {"号", "文书", "受送达人", "制作", "送达", "方式"};
	struct docs *d = st;
	struct strbuf sb = {0};
	struct grid g;
	size_t unserved = 0;
	int y = top;

	*cy = *cx = -1;
	layout(cols, &g);
	for (size_t i = 0; i < d->n; i++)
		unserved += !d->r[i].served_on[0] && !d->r[i].superseded;
	if (list_searching(&d->list)) {
		*cy = y;
		*cx = list_search_draw(app, &d->list, y, 1, cols - 2);
	} else {
		sb_printf(&sb, "文书 · %s · 已制作 %zu 份", d->case_no, d->n);
		if (unserved)
			sb_printf(&sb, ", 未送达 %zu 份", unserved);
		if (d->nneed)
			sb_printf(&sb, " · 待制作 %zu 份", d->nneed);
		ui_text(y, 1, sb_str(&sb), cols - 2, A_BOLD);
		sb_free(&sb);
	}
	y++;
	draw_cells(&g, y++, head, ui_attr(app, UA_HEADING), ui_attr(app, UA_HEADING));
	if (d->n + d->nneed == 0) {
		ui_text(y + 1, 2, "本案尚无文书, 也没有待制作的: 受理、组庭、排期开庭和结案之后才有", cols - 4,
			ui_attr(app, UA_DIM));
		return;
	}
	list_draw(app, &d->list, y, rows - 4, 0, cols, true);
	/* The selected row whole, and what can be done with it. */
	size_t i = list_selected(&d->list);
	if (i == LIST_NONE)
		return;
	if (i < d->n) {
		const struct doc_rec *r = &d->r[i];
		sb_printf(&sb, "第%d号 %s 送 %s · %s %s 制作", r->no, r->zh, r->to_name, r->made_on,
			  r->made_by);
		if (r->served_on[0])
			sb_printf(&sb, " · %s %s送达", r->served_on, r->method);
	} else {
		const struct doc_need *n = &d->need[i - d->n];
		sb_printf(&sb, "%s 送 %s: 自 %s 起应制作, 按 m 制作", n->kind->zh, n->to_name, n->since);
		if (*n->kind->sections)
			sb_puts(&sb, " (先按 e 填写)");
	}
	ui_text(top + rows - 1, 1, sb_str(&sb), cols - 2, ui_attr(app, UA_DIM));
	sb_free(&sb);
}

/* ---- looking at a document ------------------------------------------ */

struct docview {
	struct strlist lines;
	struct list list;
	char title[384];
};

static size_t dv_count(void *ctx)
{
	return ((struct docview *)ctx)->lines.n;
}

static void dv_draw_row(struct app *app, void *ctx, size_t i, int y, int x, int cols, bool sel)
{
	struct docview *v = ctx;

	(void)app;
	(void)sel;
	ui_blank(y, 0, cols, A_NORMAL);
	ui_text(y, x + 1, v->lines.v[i], cols - 2, A_NORMAL);
}

static bool dv_match(void *ctx, size_t i, const char *text)
{
	return strstr(((struct docview *)ctx)->lines.v[i], text) != NULL;
}

static const struct list_source dv_source = {
	.count = dv_count,
	.draw = dv_draw_row,
	.match = dv_match,
};

static void dv_draw(struct app *app, void *st, int top, int rows, int cols, int *cy, int *cx)
{
	struct docview *v = st;

	*cy = *cx = -1;
	if (list_searching(&v->list)) {
		*cy = top;
		*cx = list_search_draw(app, &v->list, top, 1, cols - 2);
	} else {
		ui_text(top, 1, v->title, cols - 2, A_BOLD);
	}
	list_draw(app, &v->list, top + 1, rows - 1, 0, cols, false);
}

static void dv_close(void *st)
{
	struct docview *v = st;

	list_free(&v->list);
	sl_free(&v->lines);
	free(v);
}

static struct list *dv_focus(void *st)
{
	return &((struct docview *)st)->list;
}

static const struct screen_ops docview_ops = {
	.name = "document",
	.title = "查看",
	.groups = AG_NAV | AG_LIST | AG_FIND,
	.draw = dv_draw,
	.close = dv_close,
	.focus = dv_focus,
};

/* The document made as number no, as it was made (with its receipt). */
static enum tc_status render(struct app *app, struct docs *d, int no, struct rdoc *out,
			     struct tc_err *e)
{
	rdoc_init(out, NULL, NULL, NULL, NULL);
	rdoc_letter(out);
	return doc_render(app->db, &app->actor, d->case_id, no, app->today, out, e);
}

static unsigned view(struct app *app, struct docs *d, const struct doc_rec *r)
{
	struct tc_err e = {0};
	struct rdoc doc;
	struct strbuf text = {0};

	if (render(app, d, r->no, &doc, &e) != TC_OK) {
		rdoc_free(&doc);
		app_error(app, &e);
		return RD_BODY;
	}
	rdoc_render_text(&doc, 80, &text);
	rdoc_free(&doc);

	struct docview *v = xcalloc(1, sizeof *v);
	snprintf(v->title, sizeof v->title, "第%d号 %s 送 %s (后附送达回证)", r->no, r->zh, r->to_name);
	for (const char *p = sb_str(&text); *p;) {
		size_t len = strcspn(p, "\n");
		char *line = xstrndup(p, len);
		if (strcmp(line, "\f") == 0)
			line[0] = '\0';
		sl_push(&v->lines, line);
		free(line);
		p += len + (p[len] == '\n');
	}
	sb_free(&text);
	list_init(&v->list, &dv_source, v, true);
	app_push(app, &docview_ops, v);
	return RD_ALL;
}

/* ---- making, filling in, printing ----------------------------------- */

static unsigned make(struct app *app, struct docs *d, size_t i)
{
	const struct doc_kind *k;
	const char *to;
	int hearing;
	struct tc_err e = {0};
	struct rdoc out;
	struct doc_rec *made = NULL;
	size_t nmade = 0;
	struct strbuf notes = {0};

	if (i < d->n) {
		k = doc_kind_find(d->r[i].kind);
		to = d->r[i].to_ref;
		hearing = d->r[i].hearing_no;
	} else {
		k = d->need[i - d->n].kind;
		to = d->need[i - d->n].to_ref;
		hearing = d->need[i - d->n].hearing_no;
	}
	if (!k)
		return RD_NONE;
	rdoc_init(&out, NULL, NULL, NULL, NULL);
	rdoc_letter(&out);
	enum tc_status st = doc_make(app->db, &app->actor, d->case_id, k, *to ? to : NULL, hearing,
				     app->today, &out, &made, &nmade, &notes, &e);
	rdoc_free(&out);
	if (st != TC_OK) {
		/* Here the sections are written with e, not with the command. */
		char *cmd = *k->sections ? strstr(e.msg, ": 请用 tiaocai doc edit") : NULL;
		if (cmd)
			snprintf(cmd, sizeof e.msg - (size_t)(cmd - e.msg), ": 按 e 填写");
		app_error(app, &e);
	} else {
		char *nl = strchr(sb_str(&notes), '\n');
		if (nl)
			*nl = '\0';
		app_status(app, UA_OK, "%s; Enter 查看, p 打印, o 存为文件", sb_str(&notes));
		d->want = nmade ? made[0].no : 0;
		load(app, d);
	}
	free(made);
	sb_free(&notes);
	return RD_BODY;
}

static unsigned edit(struct app *app, struct docs *d, size_t i)
{
	const struct doc_kind *k = i < d->n ? doc_kind_find(d->r[i].kind) : d->need[i - d->n].kind;
	struct tc_err e = {0};
	bool changed = false;

	if (!k || !*k->sections) {
		/* The award or the settlement, when the case has one to fill in. */
		const struct doc_kind *all;
		size_t n = doc_kinds(&all);
		k = NULL;
		for (size_t j = 0; j < d->nneed && !k; j++)
			if (*d->need[j].kind->sections)
				k = d->need[j].kind;
		for (size_t j = 0; j < n && !k; j++)
			for (size_t m = 0; m < d->n && !k; m++)
				if (*all[j].sections && strcmp(d->r[m].kind, all[j].name) == 0)
					k = &all[j];
		if (!k) {
			app_status(app, UA_ERROR, "只有裁决书和调解书有需要填写的部分 (查明事实、裁决理由; 案情、履行方式)");
			return RD_BODY;
		}
	}
	/* The editor has the terminal while it runs. */
	def_prog_mode();
	endwin();
	enum tc_status st = doc_sections_edit(app->db, &app->actor, d->case_id, k, &changed, &e);
	reset_prog_mode();
	clearok(curscr, TRUE);
	if (st != TC_OK)
		app_error(app, &e);
	else
		app_status(app, UA_OK, changed ? "已保存%s的填写内容; 按 m 制作" : "%s的填写内容没有改动",
			   k->zh);
	load(app, d);
	return RD_ALL;
}

static unsigned print(struct app *app, struct docs *d, const struct doc_rec *r)
{
	char printer[128], why[128];
	struct tc_err e = {0};
	struct rdoc doc;
	int pages = 0;

	if (!spawn_default_printer(printer, sizeof printer, why, sizeof why)) {
		app_status(app, UA_ERROR, "不能打印: %s。可按 o 存为 PDF, 再在有打印机的电脑上打印", why);
		return RD_BODY;
	}
	if (!app_confirm(app, "用打印机 %s 打印第%d号 %s (送 %s, 附送达回证)?", printer, r->no, r->zh,
			 r->to_name))
		return RD_BODY;
	enum tc_status st = render(app, d, r->no, &doc, &e);
	if (st == TC_OK)
		st = pdf_print(&doc, printer, &pages, &e);
	rdoc_free(&doc);
	if (st != TC_OK)
		app_error(app, &e);
	else
		app_status(app, UA_OK, "已送打印机 %s: 第%d号 %s, %d 页", printer, r->no, r->zh, pages);
	return RD_BODY;
}

/* ---- saving as a file ------------------------------------------------ */

struct saveform {
	struct formview v;
	struct docs *d;
	int no;
};

static unsigned save(struct app *app, struct saveform *sf)
{
	struct tc_err e = {0};
	struct rdoc doc;
	char *path;
	enum tc_status st;

	if (!fv_check_all(&sf->v))
		return RD_BODY;
	path = fv_get(&sf->v, "path", 0);
	size_t n = strlen(path);
	if ((st = render(app, sf->d, sf->no, &doc, &e)) == TC_OK) {
		if (n > 4 && strcmp(path + n - 4, ".pdf") == 0) {
			st = pdf_render(&doc, path, NULL, &e);
		} else if (n > 4 && strcmp(path + n - 4, ".odt") == 0) {
			st = odt_write(&doc, path, &e);
		} else if (n > 4 && strcmp(path + n - 4, ".txt") == 0) {
			struct strbuf text = {0};
			struct afile f;
			rdoc_render_text(&doc, 80, &text);
			if ((st = afile_open(&f, path, &e)) == TC_OK)
				st = afile_commit(&f, fwrite(sb_str(&text), 1, text.len, f.fp) == text.len
							  ? TC_OK
							  : err_set(&e, TC_STORAGE, "path", "%s: 写入失败 (磁盘已满?)",
								    path),
						  &e);
			sb_free(&text);
		} else {
			st = err_set(&e, TC_REFUSED, "path", "文件名应以 .pdf、.odt 或 .txt 结尾: %s", path);
		}
	}
	rdoc_free(&doc);
	if (st != TC_OK) {
		fv_mark(&sf->v, &e);
		free(path);
		return RD_BODY;
	}
	app_pop(app);
	app_status(app, UA_OK, "已保存到 %s", path);
	free(path);
	return RD_ALL;
}

static unsigned sf_action(struct app *app, void *st, enum action a)
{
	if (a == ACT_SAVE)
		return save(app, st);
	return fv_screen_action(app, st, a);
}

static unsigned sf_key(struct app *app, void *st, wint_t key, bool fkey)
{
	if (!fkey && (key == '\r' || key == '\n'))
		return save(app, st);
	return fv_screen_key(app, st, key, fkey);
}

static void sf_close(void *st)
{
	struct saveform *sf = st;

	fv_free(&sf->v);
	free(sf);
}

static const struct screen_ops saveform_ops = {
	.name = "document-save",
	.title = "存为文件",
	.groups = AG_FORM,
	.action = sf_action,
	.key = sf_key,
	.raw_keys = fv_screen_raw,
	.draw = fv_screen_draw,
	.has_action = fv_screen_has,
	.dirty = fv_screen_dirty,
	.close = sf_close,
};

static unsigned open_save(struct app *app, struct docs *d, const struct doc_rec *r)
{
	static const char form[] =
		"title|文书存为文件\n"
		"path|文件名|text|50|1||以 .pdf (A4)、.odt (WPS、LibreOffice 可改) 或 .txt 结尾;"
		" 相对于启动本程序的目录; 同名文件会被替换\n";
	struct form_def *def;
	struct tc_err e = {0};
	char name[512], no[96];

	if (form_parse(form, "document-save", "document-save", &def, &e) != TC_OK) {
		app_error(app, &e);
		return RD_BODY;
	}
	struct saveform *sf = xcalloc(1, sizeof *sf);
	sf->d = d;
	sf->no = r->no;
	fv_init(&sf->v, app, def);
	case_short_no(d->case_no, no, sizeof no);
	snprintf(name, sizeof name, "%s-%d-%s-%s.pdf", no, r->no, r->zh, r->to_name);
	fv_set(&sf->v, "path", 0, name);
	app_push(app, &saveform_ops, sf);
	return RD_ALL;
}

/* ---- recording service ----------------------------------------------- */

struct serveform {
	struct formview v;
	struct docs *d;
	struct doc_rec r;        /* the document served */
};

static const char *const serve_keys[] = {"method", "on", "at", "by", "address", "note"};
#define NSERVE (sizeof serve_keys / sizeof serve_keys[0])

static unsigned serve_save(struct app *app, struct serveform *sf)
{
	char *val[NSERVE] = {0};
	struct tc_err e = {0};
	struct serve_result res;

	if (!fv_check_all(&sf->v))
		return RD_BODY;
	for (size_t k = 0; k < NSERVE; k++)
		val[k] = fv_get(&sf->v, serve_keys[k], 0);
	struct serve_req req = {
		.doc_no = sf->r.no, .to = *sf->r.to_ref ? sf->r.to_ref : NULL, .method = val[0],
		.on = val[1], .at = *val[2] ? val[2] : NULL, .by = *val[3] ? val[3] : NULL,
		.address = *val[4] ? val[4] : NULL, .note = *val[5] ? val[5] : NULL,
	};
	enum tc_status st = serve_record(app->db, &app->actor, sf->d->case_id, &req, app->today,
					 &res, &e);
	for (size_t k = 0; k < NSERVE; k++)
		free(val[k]);
	if (st != TC_OK) {
		fv_mark(&sf->v, &e);
		return RD_BODY;
	}
	struct strbuf sb = {0};
	sb_printf(&sb, "已登记: 第%d号 %s %s于 %s 送达 %s", res.doc_no, res.doc_zh, res.method,
		  res.served_on, res.to_name);
	if (res.deemed)
		sb_printf(&sb, " (%s 公告, 视为送达)", res.given_on);
	for (size_t i = 0; i < res.nmoved; i++)
		sb_printf(&sb, "; %s %s%s", res.moved[i].label, res.moved[i].ended[0] ? "已于 " : "",
			  res.moved[i].ended[0] ? res.moved[i].ended : res.moved[i].due);
	sf->d->want = res.doc_no;
	app_pop(app); /* reloads the list below */
	app_status(app, UA_OK, "%s", sb_str(&sb));
	sb_free(&sb);
	return RD_ALL;
}

static unsigned svf_action(struct app *app, void *st, enum action a)
{
	if (a == ACT_SAVE)
		return serve_save(app, st);
	return fv_screen_action(app, st, a);
}

static void svf_close(void *st)
{
	struct serveform *sf = st;

	fv_free(&sf->v);
	free(sf);
}

static const struct screen_ops serveform_ops = {
	.name = "serve",
	.title = "登记送达",
	.groups = AG_FORM,
	.action = svf_action,
	.key = fv_screen_key,
	.raw_keys = fv_screen_raw,
	.draw = fv_screen_draw,
	.has_action = fv_screen_has,
	.dirty = fv_screen_dirty,
	.close = svf_close,
};

static unsigned open_serve(struct app *app, struct docs *d, const struct doc_rec *r)
{
	struct form_def *def;
	struct tc_err e = {0};
	char today[DATE_ISO_LEN];

	if (form_load("serve", NULL, &def, &e) != TC_OK) {
		app_error(app, &e);
		return RD_BODY;
	}
	struct serveform *sf = xcalloc(1, sizeof *sf);
	sf->d = d;
	sf->r = *r;
	fv_init(&sf->v, app, def);
	fv_set(&sf->v, "on", 0, date_iso(app->today, today));
	fv_set(&sf->v, "by", 0, app->actor.name);
	snprintf(sf->v.note, sizeof sf->v.note, "第%d号 %s 送 %s; F2 保存, Esc 取消", r->no, r->zh,
		 r->to_name);
	app_push(app, &serveform_ops, sf);
	return RD_ALL;
}

/* ---- the screen ------------------------------------------------------- */

static unsigned docs_action(struct app *app, void *st, enum action a)
{
	struct docs *d = st;
	size_t i = list_selected(&d->list);
	const struct doc_rec *r = i != LIST_NONE && i < d->n ? &d->r[i] : NULL;

	switch (a) {
	case ACT_OPEN:
		if (r)
			return view(app, d, r);
		if (i != LIST_NONE && may_change(app))
			return make(app, d, i);
		return RD_NONE;
	case ACT_DOC_MAKE:
		if (i == LIST_NONE || !may_change(app))
			return RD_NONE;
		return make(app, d, i);
	case ACT_DOC_EDIT:
		if (!may_change(app))
			return RD_NONE;
		return edit(app, d, i == LIST_NONE ? 0 : i);
	case ACT_DOC_PRINT:
		return r ? print(app, d, r) : RD_NONE;
	case ACT_DOC_SAVE:
		return r ? open_save(app, d, r) : RD_NONE;
	case ACT_DOC_SERVE:
		if (!r || !may_change(app))
			return RD_NONE;
		return open_serve(app, d, r);
	default:
		return RD_PASS;
	}
}

static unsigned docs_reload(struct app *app, void *st)
{
	load(app, st);
	return RD_BODY;
}

static bool docs_has(struct app *app, void *st, enum action a)
{
	struct docs *d = st;
	size_t i = list_selected(&d->list);
	bool made = i != LIST_NONE && i < d->n;

	switch (a) {
	case ACT_DOC_MAKE:
		return may_change(app) && i != LIST_NONE;
	case ACT_DOC_EDIT:
		return may_change(app);
	case ACT_DOC_PRINT:
	case ACT_DOC_SAVE:
		return made;
	case ACT_DOC_SERVE:
		return made && may_change(app) && !d->r[i].superseded;
	case ACT_FIND:
		return d->n + d->nneed > 0;
	default:
		return true;
	}
}

static struct list *docs_focus(void *st)
{
	return &((struct docs *)st)->list;
}

static int64_t docs_case(void *st)
{
	return ((struct docs *)st)->case_id;
}

const struct screen_ops documents_ops = {
	.name = "documents",
	.title = "文书",
	.groups = AG_NAV | AG_LIST | AG_FIND | AG_DOCS,
	.action = docs_action,
	.draw = docs_draw,
	.reload = docs_reload,
	.has_action = docs_has,
	.close = docs_close,
	.focus = docs_focus,
	.case_id = docs_case,
};
