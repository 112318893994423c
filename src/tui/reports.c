/*
 * reports.c - 报表: the weekly summary on screen exactly as it prints
 * (the same document the text file and the PDF are made from), saved as
 * text or PDF, printed with lp where a printer is set up, and the ledger
 * and the statistics exported for a period in a chosen encoding.
 *
 * The figures come from the core's report module; this screen only picks
 * the week, shows the pages and asks where to put the files.
 */
#include "tui.h"
#include "list.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tiaocai/afile.h"
#include "tiaocai/priv.h"
#include "tiaocai/spawn.h"
#include "tiaocai/case.h"
#include "tiaocai/date.h"
#include "tiaocai/ledger.h"
#include "tiaocai/rdoc.h"
#include "tiaocai/report.h"
#include "../pdf/pdf.h"

#define REPORT_WIDTH 100 /* the printed page's columns (A4) */

struct reports {
	int monday;              /* the week shown */
	struct rdoc doc;
	bool have_doc;
	struct strlist lines;    /* doc rendered for `width` */
	int width;
	struct list pager;       /* the lines on screen, `/` */
};

static size_t report_lines(void *ctx)
{
	return ((struct reports *)ctx)->lines.n;
}

/* A line of the page as it prints, centred when the terminal is wider. */
static void draw_line(struct app *app, void *ctx, size_t i, int y, int x, int cols, bool sel)
{
	struct reports *r = ctx;

	(void)app;
	(void)sel;
	ui_text(y, x + (cols - r->width) / 2, r->lines.v[i], r->width, A_NORMAL);
}

static bool line_matches(void *ctx, size_t i, const char *text)
{
	return strstr(((struct reports *)ctx)->lines.v[i], text) != NULL;
}

static const struct list_source lines_source = {
	.count = report_lines,
	.draw = draw_line,
	.match = line_matches,
};

static void week_label(int monday, char *buf, size_t size)
{
	int y, w;
	char a[DATE_ISO_LEN], b[DATE_ISO_LEN];

	date_iso_week(monday, &y, &w);
	snprintf(buf, size, "%d-W%02d (%s 至 %s)", y, w, date_iso(monday, a), date_iso(monday + 6, b));
}

static void render(struct reports *r, int width)
{
	struct strbuf sb = {0};
	const char *p;

	sl_free(&r->lines);
	r->width = width;
	if (!r->have_doc)
		return;
	rdoc_render_text(&r->doc, width, &sb);
	p = sb_str(&sb);
	while (*p) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		char *line = xstrndup(p, n);
		sl_push(&r->lines, line);
		free(line);
		p += n + (nl ? 1 : 0);
	}
	sb_free(&sb);
}

static void build(struct app *app, struct reports *r)
{
	struct tc_err e = {0};

	if (r->have_doc)
		rdoc_free(&r->doc);
	r->have_doc = false;
	memset(&r->doc, 0, sizeof r->doc);
	if (report_weekly(app->db, &app->actor, r->monday, app->today, &r->doc, &e) != TC_OK) {
		app_error(app, &e);
		render(r, r->width);
		return;
	}
	r->have_doc = true;
	render(r, r->width ? r->width : REPORT_WIDTH);
}

void *reports_open(struct app *app)
{
	struct reports *r = xcalloc(1, sizeof *r);
	int y, w;

	date_iso_week(app->today, &y, &w);
	r->monday = date_iso_week_monday(y, w);
	r->width = REPORT_WIDTH;
	list_init(&r->pager, &lines_source, r, true);
	build(app, r);
	return r;
}

static void reports_close(void *st)
{
	struct reports *r = st;

	list_free(&r->pager);
	if (r->have_doc)
		rdoc_free(&r->doc);
	sl_free(&r->lines);
	free(r);
}

static void reports_draw(struct app *app, void *st, int top, int rows, int cols, int *cy, int *cx)
{
	struct reports *r = st;
	char week[96];
	int width = cols - 2 < REPORT_WIDTH ? cols - 2 : REPORT_WIDTH;

	*cy = *cx = -1;
	if (width != r->width)
		render(r, width);
	week_label(r->monday, week, sizeof week);
	if (list_searching(&r->pager)) {
		*cy = top;
		*cx = list_search_draw(app, &r->pager, top, 1, cols - 2 - 25);
	} else {
		ui_text(top, 1, "周报", 4, ui_attr(app, UA_HEADING));
		ui_text(top, 6, week, cols - 7 - 25, A_BOLD);
	}
	if (!r->have_doc) {
		ui_text(top + 2, 2, "无法生成周报 (见下方提示)", cols - 4, ui_attr(app, UA_ERROR));
		return;
	}
	list_draw(app, &r->pager, top + 2, rows - 2, 1, cols - 2, false);
	if ((int)r->lines.n > rows - 2) {
		char pos[48];
		size_t first = r->pager.top + 1, last = r->pager.top + (size_t)(rows - 2);
		snprintf(pos, sizeof pos, "第 %zu-%zu 行 共 %zu 行", first,
			 last < r->lines.n ? last : r->lines.n, r->lines.n);
		ui_text(top, cols - 1 - 24, pos, 24, ui_attr(app, UA_DIM));
	}
}

/* ---- the small forms: week, file names, export choices ------------- */

enum rf_kind { RF_WEEK, RF_TEXT, RF_PDF, RF_LEDGER, RF_STATS };

struct reportform {
	struct formview v;
	enum rf_kind kind;
	struct reports *r;
};

static void open_form(struct app *app, struct reports *r, enum rf_kind kind)
{
	struct reportform *rf;
	struct form_def *def;
	struct tc_err e = {0};
	struct strbuf text = {0};
	char a[DATE_ISO_LEN], b[DATE_ISO_LEN], name[64];
	int y, w;

	date_iso_week(r->monday, &y, &w);
	switch (kind) {
	case RF_WEEK:
		sb_puts(&text, "title|选择周次\n"
			       "week|周次或日期|text|12|1||如 2026-W47, 或这一周中的任一日期 2026-11-18\n");
		break;
	case RF_TEXT:
	case RF_PDF:
		sb_printf(&text, "title|%s\npath|文件名|text|40|1||相对于启动本程序的目录; 已有的同名文件会被替换\n",
			  kind == RF_TEXT ? "周报存为文本" : "周报存为 PDF");
		break;
	case RF_LEDGER:
	case RF_STATS:
		sb_printf(&text, "title|%s\n", kind == RF_LEDGER ? "导出台账" : "导出统计报表");
		sb_printf(&text, "from|%s起|date|10|1||如 2026-11-01\nto|%s止|date|10|1||不晚于今天\n",
			  kind == RF_LEDGER ? "收案日期" : "统计期间", kind == RF_LEDGER ? "收案日期" : "统计期间");
		if (kind == RF_STATS)
			sb_puts(&text, "by|分组|choice|8|0|不分组;程序;行业;集体|按速裁/简易/普通、行业或集体争议分行\n");
		sb_puts(&text, "encoding|编码|choice|10|0|utf-8;utf-8-bom;gb18030|"
			       "gb18030 适合 Excel 直接打开; utf-8-bom 适合新版 Excel\n"
			       "path|文件名|text|40|1||相对于启动本程序的目录\n");
		break;
	}
	if (form_parse(sb_str(&text), "report", "report", &def, &e) != TC_OK) {
		sb_free(&text);
		app_error(app, &e);
		return;
	}
	sb_free(&text);
	rf = xcalloc(1, sizeof *rf);
	rf->kind = kind;
	rf->r = r;
	fv_init(&rf->v, app, def);
	switch (kind) {
	case RF_WEEK:
		snprintf(name, sizeof name, "%d-W%02d", y, w);
		fv_set(&rf->v, "week", 0, name);
		break;
	case RF_TEXT:
	case RF_PDF:
		snprintf(name, sizeof name, "周报-%d-W%02d.%s", y, w, kind == RF_TEXT ? "txt" : "pdf");
		fv_set(&rf->v, "path", 0, name);
		break;
	case RF_LEDGER:
	case RF_STATS:
		/* The month so far by default: what is sent upstream. */
		date_iso(app->today, b);
		snprintf(a, sizeof a, "%.8s01", b);
		fv_set(&rf->v, "from", 0, a);
		fv_set(&rf->v, "to", 0, b);
		snprintf(name, sizeof name, "%s-%s-%s.csv", kind == RF_LEDGER ? "台账" : "统计", a, b);
		fv_set(&rf->v, "path", 0, name);
		break;
	}
	app_push(app, &reportform_ops, rf);
}

/* "2026-W47", "2026W47" or a date: the Monday of that week. */
static bool parse_week(const char *s, int *monday)
{
	int y, w, day;
	char tail;

	if ((sscanf(s, "%d-W%d%c", &y, &w, &tail) == 2 || sscanf(s, "%dW%d%c", &y, &w, &tail) == 2 ||
	     sscanf(s, "%d-w%d%c", &y, &w, &tail) == 2) &&
	    y >= 2000 && y <= 2100 && w >= 1 && w <= 53) {
		*monday = date_iso_week_monday(y, w);
		return true;
	}
	if (date_parse(s, &day, "周次", NULL) == TC_OK) {
		date_iso_week(day, &y, &w);
		*monday = date_iso_week_monday(y, w);
		return true;
	}
	return false;
}

static enum tc_status save_text(struct reports *r, const char *path, struct tc_err *e)
{
	struct afile f;
	struct strbuf sb = {0};
	enum tc_status st;

	if ((st = afile_open(&f, path, e)) != TC_OK)
		return st;
	rdoc_render_text(&r->doc, REPORT_WIDTH, &sb);
	st = fwrite(sb.buf, 1, sb.len, f.fp) == sb.len ? TC_OK
		: err_set(e, TC_STORAGE, "path", "%s: 写入失败 (磁盘已满?)", path);
	sb_free(&sb);
	return afile_commit(&f, st, e);
}

static unsigned rf_save(struct app *app, struct reportform *rf)
{
	struct reports *r = rf->r;
	struct tc_err e = {0};
	char *path = NULL, *from = NULL, *to = NULL, *enc = NULL, *by = NULL;
	unsigned rd = RD_BODY;
	enum tc_status st = TC_OK;

	if (!fv_check_all(&rf->v))
		return RD_BODY;
	path = fv_get(&rf->v, "path", 0);
	if (rf->kind == RF_WEEK) {
		char *week = fv_get(&rf->v, "week", 0);
		int monday;
		if (!parse_week(week, &monday)) {
			struct tc_err bad = {0};
			err_set(&bad, TC_REFUSED, "week", "周次: 看不懂 %s; 请写成 2026-W47 或一个日期", week);
			fv_mark(&rf->v, &bad);
			free(week);
			goto out;
		}
		free(week);
		r->monday = monday;
		list_reset(&r->pager);
		app_pop(app);
		build(app, r);
		return RD_ALL;
	}
	if (!r->have_doc && (rf->kind == RF_TEXT || rf->kind == RF_PDF)) {
		app_status(app, UA_ERROR, "没有可保存的周报");
		goto out;
	}
	switch (rf->kind) {
	case RF_TEXT:
		st = save_text(r, path, &e);
		break;
	case RF_PDF:
		st = pdf_render(&r->doc, path, NULL, &e);
		break;
	case RF_LEDGER:
	case RF_STATS: {
		enum csvio_encoding ce;
		int f, t;
		from = fv_get(&rf->v, "from", 0);
		to = fv_get(&rf->v, "to", 0);
		enc = fv_get(&rf->v, "encoding", 0);
		if ((st = date_parse(from, &f, "from", &e)) != TC_OK ||
		    (st = date_parse(to, &t, "to", &e)) != TC_OK)
			break;
		if (t < f) {
			st = err_set(&e, TC_REFUSED, "to", "止日 %s 早于起日 %s", to, from);
			break;
		}
		if ((st = csvio_encoding_parse(enc, 0, &ce, &e)) != TC_OK)
			break;
		if (rf->kind == RF_LEDGER) {
			size_t n = 0;
			st = ledger_export_file(app->db, &app->actor, f, t, app->today, false, ce, path, &n, &e);
			if (st == TC_OK) {
				app_pop(app);
				app_status(app, UA_OK, "已导出台账 %zu 件到 %s (%s)", n, path, enc);
				rd = RD_ALL;
				goto out;
			}
		} else {
			static const char *const bys[] = {"不分组", "程序", "行业", "集体"};
			static const enum report_by codes[] = {REPORT_BY_NONE, REPORT_BY_TRACK,
							       REPORT_BY_INDUSTRY, REPORT_BY_COLLECTIVE};
			enum report_by b = REPORT_BY_NONE;
			by = fv_get(&rf->v, "by", 0);
			for (size_t i = 0; i < 4; i++)
				if (strcmp(by, bys[i]) == 0)
					b = codes[i];
			st = report_stats_export(app->db, &app->actor, f, t, b, false, ce, path, &e);
		}
		break;
	}
	default:
		break;
	}
	if (st != TC_OK) {
		fv_mark(&rf->v, &e);
		goto out;
	}
	app_pop(app);
	app_status(app, UA_OK, "已保存到 %s", path);
	rd = RD_ALL;
out:
	free(path);
	free(from);
	free(to);
	free(enc);
	free(by);
	return rd;
}

static unsigned rf_action(struct app *app, void *st, enum action a)
{
	if (a == ACT_SAVE)
		return rf_save(app, st);
	return fv_screen_action(app, st, a);
}

/* One-line forms finish on Enter. */
static unsigned rf_key(struct app *app, void *st, wint_t key, bool fkey)
{
	struct reportform *rf = st;

	if (!fkey && (key == '\r' || key == '\n') && rf->v.cur + 1 == rf->v.n)
		return rf_save(app, rf);
	return fv_screen_key(app, st, key, fkey);
}

static void rf_close(void *st)
{
	struct reportform *rf = st;
	fv_free(&rf->v);
	free(rf);
}

const struct screen_ops reportform_ops = {
	.name = "report-form",
	.title = "报表",
	.groups = AG_FORM,
	.action = rf_action,
	.key = rf_key,
	.raw_keys = fv_screen_raw,
	.draw = fv_screen_draw,
	.has_action = fv_screen_has,
	.dirty = fv_screen_dirty,
	.close = rf_close,
};

/* ---- printing ------------------------------------------------------ */

static void print_report(struct app *app, struct reports *r)
{
	char printer[128], why[128];
	struct tc_err e = {0};
	enum tc_status st;

	if (!r->have_doc) {
		app_status(app, UA_ERROR, "没有可打印的周报");
		return;
	}
	if (!spawn_default_printer(printer, sizeof printer, why, sizeof why)) {
		app_status(app, UA_ERROR, "不能打印: %s。可按 p 存为 PDF, 再在有打印机的电脑上打印", why);
		return;
	}
	if (!app_confirm(app, "用打印机 %s 打印本周报?", printer))
		return;
	if ((st = pdf_print(&r->doc, printer, NULL, &e)) != TC_OK)
		app_error(app, &e);
	else
		app_status(app, UA_OK, "已送打印机 %s", printer);
}

/* ---- the screen ---------------------------------------------------- */

static unsigned reports_action(struct app *app, void *st, enum action a)
{
	struct reports *r = st;

	switch (a) {
	case ACT_PREV_WEEK:
	case ACT_NEXT_WEEK:
		r->monday += a == ACT_PREV_WEEK ? -7 : 7;
		list_reset(&r->pager);
		build(app, r);
		break;
	case ACT_PICK_WEEK: open_form(app, r, RF_WEEK); return RD_ALL;
	case ACT_SAVE_TEXT: open_form(app, r, RF_TEXT); return RD_ALL;
	case ACT_SAVE_PDF: open_form(app, r, RF_PDF); return RD_ALL;
	case ACT_PRINT: print_report(app, r); break;
	case ACT_EXPORT_LEDGER: open_form(app, r, RF_LEDGER); return RD_ALL;
	case ACT_EXPORT_STATS: open_form(app, r, RF_STATS); return RD_ALL;
	default:
		return RD_PASS; /* moving and `/`: the pager's (list.c) */
	}
	return RD_BODY;
}

static unsigned reports_reload(struct app *app, void *st)
{
	build(app, st);
	return RD_BODY;
}

static bool reports_has(struct app *app, void *st, enum action a)
{
	(void)app;
	(void)st;
	return a != ACT_OPEN;
}

static struct list *reports_focus(void *st)
{
	return &((struct reports *)st)->pager;
}

const struct screen_ops reports_ops = {
	.name = "reports",
	.title = "报表",
	.groups = AG_NAV | AG_LIST | AG_FIND | AG_REPORT,
	.action = reports_action,
	.draw = reports_draw,
	.reload = reports_reload,
	.has_action = reports_has,
	.close = reports_close,
	.focus = reports_focus,
};
