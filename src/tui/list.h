/*
 * list.h - the one list of the terminal UI: rows that scroll, a selected
 * row (or none, for a pager of lines), pages, first and last, and a search
 * line, with one movement routine for every list on every screen.
 *
 * The screen owns a struct list inside its own state, so where the list
 * stood (its top row, its selected row, the search text) is still there
 * when the user comes back to the screen.  Rows come from the screen
 * through a struct list_source: the widget never holds them.  A source
 * either has all its rows at hand (it says how many: the roster, the
 * dashboard's lists, the lines of a report) or is read a window at a time
 * and never counted (the docket, which pages by key over a million cases):
 * then the widget asks it to slide its window and works inside it.
 *
 * The main loop gives the list with the focus (screen_ops.focus) the
 * movement actions the screen itself passes on, and the keys typed while
 * its search line is open; a screen calls list_draw (or list_frame, when
 * it draws its own lines) and asks list_selected what is chosen.  This
 * file draws through draw.c and edits through ledit.c, and calls nothing
 * else of the interface.
 */
#ifndef TIAOCAI_TUI_LIST_H
#define TIAOCAI_TUI_LIST_H

#include "tui.h"

/* A list that has no selected row. */
#define LIST_NONE ((size_t)-1)

/* Where a list's rows come from.  ctx is the list's own (list_init). */
struct list_source {
	/* The rows there are; for a windowed source, the rows in its window
	 * now (row 0 is the top line shown). */
	size_t (*count)(void *ctx);
	/* Draw row i on line y, in cols columns from x; selected when it is
	 * the selected row of the list that has the focus.  May be NULL for a
	 * screen that draws its own lines (list_frame). */
	void (*draw)(struct app *app, void *ctx, size_t i, int y, int x, int cols, bool selected);

	/* Windowed sources only (count is then the window's rows): move the
	 * window by delta rows (down when positive), as far as there are rows,
	 * and return how far it moved; row i is then the row that was
	 * i + moved.  ends holds the first page (last false) or the last. */
	long (*slide)(struct app *app, void *ctx, long delta);
	void (*ends)(struct app *app, void *ctx, bool last);

	/* Search, for the screens that have `/`.  A list whose rows are at
	 * hand finds: match says whether row i holds text, and typing moves
	 * to the next row that does.  A windowed list filters: filter is told
	 * the text as it is typed (done false) and when typing ends (done
	 * true: Enter, or Esc with text ""), and reads its rows anew; the
	 * widget then shows them from the first. */
	bool (*match)(void *ctx, size_t i, const char *text);
	void (*filter)(struct app *app, void *ctx, const char *text, bool done);
};

struct list {
	const struct list_source *src;
	void *ctx;
	bool pager;              /* no selected row: the keys scroll the lines */
	size_t top;              /* first row shown (0 for a windowed source) */
	size_t sel;              /* the selected row */
	int height;              /* rows shown at the last draw: the page */
	/* The search line. */
	bool searching;          /* it has the keys */
	bool missed;             /* the text typed is nowhere in the list */
	struct ledit line;
	char *text;              /* the text kept (Enter), or NULL */
	size_t from_top, from_sel; /* where the search began (Esc goes back) */
};

/* Start a list over src's rows (pager: lines without a selection). */
void list_init(struct list *l, const struct list_source *src, void *ctx, bool pager);
void list_free(struct list *l);
/* Show the rows from the first again (after the source read new rows). */
void list_reset(struct list *l);
/* The selected row, or LIST_NONE when the list is empty or a pager. */
size_t list_selected(const struct list *l);
/* Select row i (it is brought into view). */
void list_select(struct list *l, size_t i);

/* Fix the page at height rows and keep the selected row in view; for a
 * screen that draws its own lines (the case file), before it draws them
 * from l->top. */
void list_frame(struct list *l, int height);
/* Frame the list at rows lines and draw its rows from line y, in cols
 * columns from x; focus: the selected row is marked. */
void list_draw(struct app *app, struct list *l, int y, int rows, int x, int cols, bool focus);

/* The one movement routine: ACT_DOWN, ACT_UP (a row, or a line of a
 * pager), ACT_PGDN, ACT_PGUP (a page: the rows after the last one shown,
 * or before the first), ACT_FIRST, ACT_LAST. */
void list_move(struct app *app, struct list *l, enum action a);
/* The actions a list answers: the moves above, ACT_SEARCH and ACT_FIND
 * (open the search line, when the source can search) and ACT_BACK (clears
 * a kept filter first).  RD_* flags; RD_PASS for anything else. */
unsigned list_action(struct app *app, struct list *l, enum action a);

/* While the search line is open it takes the keys first: editing keys
 * change the text, Enter keeps it, Esc drops it; a find list's Down and Up
 * go to the next and the previous row that matches.  RD_PASS for a key it
 * leaves to the action table (a filtered list's Down, PgDn...). */
unsigned list_search_key(struct app *app, struct list *l, wint_t key, bool fkey);
bool list_searching(const struct list *l);
/* The search text kept, or "". */
const char *list_search_text(const struct list *l);
/* Draw the open search line at (y, x) in width columns (label, the text,
 * and "没有找到" when nothing matches); returns the cursor's column. */
int list_search_draw(struct app *app, struct list *l, int y, int x, int width);

#endif
