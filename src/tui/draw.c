/*
 * draw.c - the drawing helpers every screen shares: the colour of each
 * attribute role, text on the screen by display columns, and the short
 * case number of narrow columns.
 *
 * Every cell of every screen goes through here, cut and padded by the core
 * text module, so a Chinese name never pushes a column out of line and a
 * wide character is never cut in half at the edge.  This file calls no
 * other file of the interface: the screens, the forms and app.c all call
 * it, and what two screens both need belongs here, not in one of them.
 */
#include "tui.h"

#include <stdio.h>
#include <stdlib.h>

#include "tiaocai/text.h"

/* Colour pairs, one per attribute role that has a colour. */
static attr_t attrs[UA_COUNT];

void ui_setup_colours(struct app *app)
{
	const char *no = getenv("NO_COLOR");

	app->color = has_colors() && !(no && *no);
	/* Without colour, the roles fall back to what any terminal has. */
	attrs[UA_NORMAL] = A_NORMAL;
	attrs[UA_TITLE] = A_REVERSE | A_BOLD;
	attrs[UA_BAR] = A_REVERSE;
	attrs[UA_BAR_KEY] = A_BOLD;
	attrs[UA_SELECTED] = A_REVERSE;
	attrs[UA_OVERDUE] = A_BOLD;
	attrs[UA_SOON] = A_UNDERLINE;
	attrs[UA_ERROR] = A_BOLD;
	attrs[UA_OK] = A_NORMAL;
	attrs[UA_DIM] = A_NORMAL;
	attrs[UA_HEADING] = A_BOLD;
	attrs[UA_FIELD] = A_UNDERLINE;
	attrs[UA_FIELD_CUR] = A_REVERSE;
	if (!app->color)
		return;
	start_color();
	use_default_colors();
	init_pair(1, COLOR_WHITE, COLOR_BLUE);
	init_pair(2, COLOR_RED, -1);
	init_pair(3, COLOR_YELLOW, -1);
	init_pair(4, COLOR_GREEN, -1);
	init_pair(5, COLOR_CYAN, -1);
	init_pair(6, COLOR_BLACK, COLOR_CYAN);
	init_pair(7, COLOR_YELLOW, COLOR_BLUE);
	attrs[UA_TITLE] = COLOR_PAIR(1) | A_BOLD;
	attrs[UA_BAR] = COLOR_PAIR(6);
	attrs[UA_BAR_KEY] = COLOR_PAIR(1) | A_BOLD;
	attrs[UA_OVERDUE] = COLOR_PAIR(2) | A_BOLD;
	attrs[UA_SOON] = COLOR_PAIR(3) | A_BOLD;
	attrs[UA_ERROR] = COLOR_PAIR(2) | A_BOLD;
	attrs[UA_OK] = COLOR_PAIR(4);
	attrs[UA_HEADING] = COLOR_PAIR(5) | A_BOLD;
	attrs[UA_FIELD] = A_UNDERLINE;
}

attr_t ui_attr(const struct app *app, enum ui_attr a)
{
	(void)app;
	return attrs[a];
}

int ui_text(int y, int x, const char *s, int cols, attr_t attr)
{
	struct strbuf sb = {0};
	int w;

	if (cols <= 0)
		return 0;
	w = text_fit(&sb, s ? s : "", cols);
	attrset(attr);
	mvaddstr(y, x, sb_str(&sb));
	attrset(A_NORMAL);
	sb_free(&sb);
	return w;
}

void ui_cell(int y, int x, const char *s, int cols, bool right, attr_t attr)
{
	struct strbuf sb = {0};

	if (cols <= 0)
		return;
	if (right)
		text_rpad(&sb, s ? s : "", cols);
	else
		text_pad(&sb, s ? s : "", cols);
	attrset(attr);
	mvaddstr(y, x, sb_str(&sb));
	attrset(A_NORMAL);
	sb_free(&sb);
}

void ui_blank(int y, int x, int cols, attr_t attr)
{
	if (cols <= 0)
		return;
	attrset(attr);
	mvhline(y, x, ' ', cols);
	attrset(A_NORMAL);
}
