/*
 * help.c - the help screen (? or F1): the keys of the screen it was
 * opened from, generated from the action table, so it can never disagree
 * with what the keys do.  A read-only user sees only keys they can use.
 */
#include "tui.h"
#include "list.h"

#include <stdlib.h>
#include <string.h>

struct help {
	struct strlist keys, text;  /* one row per line; keys "" for headings */
	struct list pager;
};

static size_t help_lines(void *ctx)
{
	return ((struct help *)ctx)->text.n;
}

static void help_line(struct app *app, void *ctx, size_t k, int y, int x, int cols, bool sel)
{
	struct help *h = ctx;

	(void)sel;
	if (!h->keys.v[k][0]) {
		ui_text(y, x, h->text.v[k], cols, ui_attr(app, UA_HEADING));
		return;
	}
	ui_cell(y, x + 2, h->keys.v[k], 18, false, A_BOLD);
	ui_text(y, x + 21, h->text.v[k], cols - 21, A_NORMAL);
}

static const struct list_source help_source = {
	.count = help_lines,
	.draw = help_line,
};

static const struct {
	unsigned group;
	const char *title;
} headings[] = {
	{AG_CASE, "办理事项 (本阶段可办)"}, {AG_CORRECT, "更正 (作用于选中的一行)"},
	{AG_ROSTER, "名册"},   {AG_ROOMS, "开庭地点"},  {AG_REPORT, "报表"},
	{AG_HEARINGS, "庭审"},          {AG_DOCS, "文书"},
	{AG_FORM, "表单"},
	{AG_DOCKET, "案件列表"},            {AG_FIND, "查找"},     {AG_LIST, "移动"},
	{AG_LISTS, "几个列表"},             {AG_NAV, "切换"},
	{AG_GLOBAL, "通用"},
};

void *help_open(struct app *app, const struct screen_ops *of, void *of_st)
{
	struct help *h = xcalloc(1, sizeof *h);
	char title[128];

	list_init(&h->pager, &help_source, h, true);

	snprintf(title, sizeof title, "%s: 按键说明", of->title);
	sl_push(&h->keys, "");
	sl_push(&h->text, title);
	for (size_t g = 0; g < sizeof headings / sizeof headings[0]; g++) {
		bool any = false;
		for (int a = 1; a < ACT_COUNT; a++) {
			const struct action_def *d = action_def((enum action)a);
			char keys[64];
			if (d->group != headings[g].group ||
			    !app_action_visible(app, of, of_st, (enum action)a))
				continue;
			if (!any) {
				sl_push(&h->keys, "");
				sl_push(&h->text, "");
				sl_push(&h->keys, "");
				sl_push(&h->text, headings[g].title);
				any = true;
			}
			keymap_keys((enum action)a, keys, sizeof keys);
			sl_push(&h->keys, keys);
			sl_push(&h->text, d->help);
		}
	}
	sl_push(&h->keys, "");
	sl_push(&h->text, "");
	sl_push(&h->keys, "");
	sl_push(&h->text, "按键可在 ~/.config/tiaocai/keys 中改设, 每行: 操作名 按键 (操作名见 tiaocai keys)");
	return h;
}

static void help_draw(struct app *app, void *st, int top, int rows, int cols, int *cy, int *cx)
{
	struct help *h = st;

	*cy = *cx = -1;
	list_draw(app, &h->pager, top, rows, 1, cols - 2, false);
}

static unsigned help_action(struct app *app, void *st, enum action a)
{
	(void)app;
	(void)st;
	return a == ACT_HELP ? RD_NONE : RD_PASS;
}

static bool help_has(struct app *app, void *st, enum action a)
{
	(void)app;
	(void)st;
	return a == ACT_BACK || a == ACT_QUIT || a == ACT_DOWN || a == ACT_UP || a == ACT_PGDN ||
	       a == ACT_PGUP || a == ACT_FIRST || a == ACT_LAST;
}

static struct list *help_focus(void *st)
{
	return &((struct help *)st)->pager;
}

static void help_close(void *st)
{
	struct help *h = st;
	list_free(&h->pager);
	sl_free(&h->keys);
	sl_free(&h->text);
	free(h);
}

const struct screen_ops help_ops = {
	.name = "help",
	.title = "帮助",
	.groups = AG_LIST,
	.action = help_action,
	.draw = help_draw,
	.has_action = help_has,
	.close = help_close,
	.focus = help_focus,
};
