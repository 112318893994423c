/*
 * list.c - the one list widget (list.h): a window over rows that a screen
 * provides, moved by one routine for every list (like tig's move_view):
 * a key becomes a number of rows, the rows shown move as far as there are
 * rows, and the selection moves with them and then by what is left over.
 * So PgDn is the next page on every screen: the rows after the last one
 * shown, the selection on the same line of the screen.
 *
 * A list whose rows are at hand moves its own top row; a windowed list
 * (the docket) asks its source to slide the window and never learns how
 * many rows there are.  It knows nothing of what a row is, never prints
 * a message through the app, and draws only the rows and the search line.
 */
#include "list.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#define SEARCH_MAX 40            /* characters in a search line */
#define SEARCH_FIELD 30          /* its columns on screen, at most */

void list_init(struct list *l, const struct list_source *src, void *ctx, bool pager)
{
	memset(l, 0, sizeof *l);
	l->src = src;
	l->ctx = ctx;
	l->pager = pager;
	ledit_init(&l->line, "", SEARCH_MAX);
}

void list_free(struct list *l)
{
	ledit_free(&l->line);
	free(l->text);
	l->text = NULL;
}

static bool windowed(const struct list *l)
{
	return l->src->slide != NULL;
}

static size_t rows_of(const struct list *l)
{
	return l->src->count(l->ctx);
}

/* Rows in a page: what was shown last, at least one. */
static size_t page(const struct list *l)
{
	return l->height > 0 ? (size_t)l->height : 1;
}

/* The highest top row: the last page full (a window never scrolls inside). */
static size_t max_top(const struct list *l, size_t n)
{
	if (windowed(l))
		return 0;
	return n > page(l) ? n - page(l) : 0;
}

/* Keep top and sel inside the rows, and the selected row in view. */
static void settle(struct list *l)
{
	size_t n = rows_of(l);

	if (l->sel >= n)
		l->sel = n ? n - 1 : 0;
	if (!l->pager && l->height > 0) {
		if (l->sel < l->top)
			l->top = l->sel;
		else if (l->sel >= l->top + page(l))
			l->top = l->sel - page(l) + 1;
	}
	if (l->top > max_top(l, n))
		l->top = max_top(l, n);
}

void list_reset(struct list *l)
{
	l->top = l->sel = 0;
}

size_t list_selected(const struct list *l)
{
	if (l->pager || rows_of(l) == 0)
		return LIST_NONE;
	return l->sel;
}

void list_select(struct list *l, size_t i)
{
	l->sel = i;
	settle(l);
}

void list_frame(struct list *l, int height)
{
	l->height = height > 0 ? height : 0;
	settle(l);
}

void list_draw(struct app *app, struct list *l, int y, int rows, int x, int cols, bool focus)
{
	size_t n;

	list_frame(l, rows);
	n = rows_of(l);
	for (size_t i = l->top; i < n && i < l->top + (size_t)l->height; i++)
		l->src->draw(app, l->ctx, i, y + (int)(i - l->top), x, cols,
			     focus && !l->pager && i == l->sel);
}

/* ---- moving ----------------------------------------------------------- */

/* Move the rows shown by delta, as far as there are rows; the selection
 * stays on its line of the screen.  Returns how far they moved. */
static long shift_rows(struct app *app, struct list *l, long delta)
{
	size_t n;
	long top, moved;

	if (windowed(l)) {
		moved = l->src->slide(app, l->ctx, delta);
		settle(l);
		return moved;
	}
	n = rows_of(l);
	top = (long)l->top + delta;
	if (top > (long)max_top(l, n))
		top = (long)max_top(l, n);
	if (top < 0)
		top = 0;
	moved = top - (long)l->top;
	l->top = (size_t)top;
	l->sel = (size_t)((long)l->sel + moved);
	settle(l);
	return moved;
}

/* The rows on screen now: [top, top + shown). */
static size_t shown(const struct list *l)
{
	size_t n = rows_of(l);

	if (windowed(l))
		return n;
	return n - l->top < page(l) ? n - l->top : page(l);
}

void list_move(struct app *app, struct list *l, enum action a)
{
	size_t n = rows_of(l);
	long step;

	if (n == 0)
		return;
	switch (a) {
	case ACT_FIRST:
		if (windowed(l))
			l->src->ends(app, l->ctx, false);
		list_reset(l);
		return;
	case ACT_LAST:
		if (windowed(l)) {
			l->src->ends(app, l->ctx, true);
			n = rows_of(l);
		}
		l->sel = n ? n - 1 : 0;
		l->top = max_top(l, n);
		return;
	case ACT_DOWN: step = 1; break;
	case ACT_UP: step = -1; break;
	case ACT_PGDN: step = (long)page(l); break;
	case ACT_PGUP: step = -(long)page(l); break;
	default:
		assert(!"list_move: not a movement");
		return;
	}
	if (l->pager) {
		shift_rows(app, l, step);
		return;
	}
	if (a == ACT_DOWN || a == ACT_UP) {
		/* Inside the rows shown the selection moves; at the edge the
		 * rows move under it. */
		long to = (long)l->sel + step;
		if (to >= (long)l->top && to < (long)(l->top + shown(l)))
			l->sel = (size_t)to;
		else
			shift_rows(app, l, step);
		return;
	}
	/* A page: the rows move a page, and what they could not move (at
	 * either end) the selection moves, so it reaches the first or the
	 * last row. */
	long rest = step - shift_rows(app, l, step), to = (long)l->sel + rest;
	long lo = (long)l->top, hi = (long)(l->top + shown(l)) - 1;
	l->sel = (size_t)(to < lo ? lo : to > hi ? hi : to);
}

/* ---- searching ------------------------------------------------------- */

static bool finds(const struct list *l)
{
	return l->src->match != NULL;
}

static const char *kept(const struct list *l)
{
	return l->text ? l->text : "";
}

/* Put row i in view: selected, or at the top of a pager. */
static void show_row(struct list *l, size_t i)
{
	if (l->pager)
		l->top = i;
	else
		l->sel = i;
	settle(l);
}

/* The next row from `from` in direction dir (+1 or -1) holding the text,
 * `from` itself included unless skip; true when there is one. */
static bool find(struct list *l, size_t from, int dir, bool skip)
{
	size_t n = rows_of(l);

	for (size_t k = skip ? 1 : 0; k < n + (skip ? 1 : 0); k++) {
		size_t i = dir > 0 ? (from + k) % n : (from + n - k % n) % n;
		if (l->src->match(l->ctx, i, kept(l))) {
			show_row(l, i);
			l->missed = false;
			return true;
		}
	}
	l->missed = true;
	return false;
}

/* The search line's text changed: filter, or find from where the search
 * began. */
static void changed(struct app *app, struct list *l)
{
	char *t = ledit_text(&l->line);

	if (strcmp(t, kept(l)) == 0) {
		free(t); /* the cursor moved, the text is the same */
		return;
	}
	free(l->text);
	l->text = t;
	if (!finds(l)) {
		l->src->filter(app, l->ctx, t, false);
		list_reset(l);
		return;
	}
	l->top = l->from_top;
	l->sel = l->from_sel;
	l->missed = false;
	if (*t && rows_of(l) > 0)
		find(l, l->pager ? l->top : l->sel, 1, false);
	settle(l);
}

static void search_open(struct list *l)
{
	l->searching = true;
	l->missed = false;
	l->from_top = l->top;
	l->from_sel = l->sel;
}

/* Drop the search: a filter shows every row again, a find goes back to
 * where it began. */
static void search_drop(struct app *app, struct list *l)
{
	l->searching = false;
	l->missed = false;
	ledit_set(&l->line, "");
	free(l->text);
	l->text = NULL;
	if (!finds(l)) {
		l->src->filter(app, l->ctx, "", true);
		list_reset(l);
		return;
	}
	l->top = l->from_top;
	l->sel = l->from_sel;
	settle(l);
}

unsigned list_action(struct app *app, struct list *l, enum action a)
{
	switch (a) {
	case ACT_DOWN:
	case ACT_UP:
	case ACT_PGDN:
	case ACT_PGUP:
	case ACT_FIRST:
	case ACT_LAST:
		list_move(app, l, a);
		return RD_BODY;
	case ACT_SEARCH:
	case ACT_FIND:
		if (!l->src->match && !l->src->filter)
			return RD_PASS;
		search_open(l);
		return RD_BODY;
	case ACT_BACK:
		/* q or Esc first clears a kept filter, then goes back. */
		if (!finds(l) && l->src->filter && *kept(l)) {
			search_drop(app, l);
			return RD_BODY;
		}
		return RD_PASS;
	default:
		return RD_PASS;
	}
}

unsigned list_search_key(struct app *app, struct list *l, wint_t key, bool fkey)
{
	if (!l->searching)
		return RD_PASS;
	if (!fkey && (key == '\r' || key == '\n')) {
		l->searching = false;
		l->missed = false;
		if (!finds(l))
			l->src->filter(app, l->ctx, kept(l), true);
		return RD_BODY;
	}
	if (!fkey && key == 27) {
		search_drop(app, l);
		return RD_BODY;
	}
	if (finds(l) && fkey && (key == KEY_DOWN || key == KEY_UP)) {
		if (*kept(l) && rows_of(l) > 0)
			find(l, l->pager ? l->top : l->sel, key == KEY_DOWN ? 1 : -1, true);
		return RD_BODY;
	}
	if (!ledit_key(&l->line, key, fkey))
		return RD_PASS; /* Down, PgDn... move in a filtered list */
	changed(app, l);
	return RD_BODY;
}

bool list_searching(const struct list *l)
{
	return l->searching;
}

const char *list_search_text(const struct list *l)
{
	return kept(l);
}

int list_search_draw(struct app *app, struct list *l, int y, int x, int width)
{
	int field = width - 6 < SEARCH_FIELD ? width - 6 : SEARCH_FIELD, cx;

	ui_text(y, x, finds(l) ? "查找:" : "搜索:", 6, A_BOLD);
	cx = ledit_draw(&l->line, y, x + 6, field, ui_attr(app, UA_FIELD_CUR));
	if (l->missed)
		ui_text(y, x + 6 + field + 1, "没有找到", width - 6 - field - 1,
			ui_attr(app, UA_ERROR));
	return cx;
}
