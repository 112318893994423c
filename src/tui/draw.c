/*
 * draw.c - putting text on the screen by display columns.
 *
 * Every cell of every screen goes through here, cut and padded by the core
 * text module, so a Chinese name never pushes a column out of line and a
 * wide character is never cut in half at the edge.
 */
#include "tui.h"

#include "tiaocai/text.h"

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
