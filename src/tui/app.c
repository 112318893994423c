/*
 * app.c - the services every screen calls: the screen stack, the status
 * line and its yes/no question, the header and the bottom bar, reading a
 * key (redrawing on resize), and the terminal itself (set up, and put back
 * however the program ends).
 *
 * It knows no screen by name: which screens exist, which key opens which,
 * and the main loop that dispatches keys and reloads on the input timeout
 * are the top file's (tui_main.c).  Screens, forms and the top all call
 * down into this file; it calls only the key table (keymap.c), the
 * drawing helpers (draw.c) and the list widget (list.c, to know whether a
 * search line has the keys), so the screens and this file form no circle.
 *
 * The root screens (the tabs) are kept when the user goes to another one:
 * app_swap_root puts the one left aside with its state, so the docket
 * comes back with its filter, sort, search and selected row.
 *
 * app_draw is the one place the terminal is refreshed: the main loop calls
 * it once per input, the waits here (a question, a resize) when they must.
 *
 * Ctrl-C is a key, not an interrupt: the terminal's interrupt character
 * is switched off while the interface runs, so Ctrl-C reaches the key
 * table (cancel in a form, asking first like Esc; quit elsewhere) and a
 * half-typed application is never lost to it.  Ctrl-Z and Ctrl-\ keep
 * their signals.  A signal sent from outside (kill) still restores the
 * terminal and ends the program by that signal, status 128+N.
 */
#include "tui.h"
#include "list.h"

#include <assert.h>
#include <locale.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "tiaocai/date.h"
#include "tiaocai/text.h"

#define MIN_ROWS 24
#define MIN_COLS 80
#define ESC 27

static volatile sig_atomic_t curses_on;
static bool asking; /* app_confirm waits for an answer */

/* ---- terminal set-up and teardown ---------------------------------- */

static void restore_terminal(void)
{
	if (curses_on) {
		curses_on = 0;
		endwin();
	}
}

/* A crash, or a signal that ends the program (SIGINT or SIGTERM sent with
 * kill, SIGHUP when the terminal goes away, Ctrl-\), restores the terminal
 * and then dies of the same signal, so the shell reports 128+N: 130 for
 * SIGINT, 143 for SIGTERM.  Nothing is half-written: a transaction the
 * signal cuts short is rolled back by SQLite. */
static void on_signal(int sig)
{
	restore_terminal();
	signal(sig, SIG_DFL);
	raise(sig);
}

static void install_signals(void)
{
	static const int sigs[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT,
				   SIGINT, SIGTERM, SIGHUP, SIGQUIT};
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = on_signal;
	for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
		sigaction(sigs[i], &sa, NULL);
}

/* Switch off the terminal's interrupt character so that Ctrl-C arrives
 * as a key (3) rather than SIGINT, keeping the other signal keys.  The
 * change is recorded as curses' program mode: endwin (and Ctrl-Z) gives
 * the shell its Ctrl-C back, and resuming takes it away again. */
static void ctrl_c_as_key(void)
{
	struct termios t;

	if (tcgetattr(STDIN_FILENO, &t) != 0)
		return; /* not a terminal: nothing to type Ctrl-C on */
	t.c_cc[VINTR] = _POSIX_VDISABLE;
	if (tcsetattr(STDIN_FILENO, TCSANOW, &t) == 0)
		def_prog_mode();
}

bool app_open_terminal(struct app *app)
{
	setlocale(LC_ALL, "");
	if (!getenv("ESCDELAY"))
		set_escdelay(25);
	if (!initscr()) {
		fputs("tiaocai: 无法初始化终端 (请检查 TERM)\n", stderr);
		return false;
	}
	curses_on = 1;
	install_signals();
	atexit(restore_terminal);
	cbreak();
	noecho();
	nonl();
	ctrl_c_as_key();
	keypad(stdscr, TRUE);
	ui_setup_colours(app);
	return true;
}

void app_close_terminal(struct app *app)
{
	while (app->depth > 0)
		app_pop(app);
	while (app->nkept > 0) {
		app->nkept--;
		app->kept[app->nkept].ops->close(app->kept[app->nkept].st);
	}
	restore_terminal();
}

/* ---- the screen stack ---------------------------------------------- */

void app_push(struct app *app, const struct screen_ops *ops, void *st)
{
	if (app->depth == APP_MAX_SCREENS) {
		ops->close(st);
		app_status(app, UA_ERROR, "打开的屏幕太多, 请先按 q 返回");
		return;
	}
	app->stack[app->depth].ops = ops;
	app->stack[app->depth].st = st;
	app->depth++;
}

void app_pop(struct app *app)
{
	if (app->depth == 0)
		return;
	app->depth--;
	app->stack[app->depth].ops->close(app->stack[app->depth].st);
	/* What is uncovered may show a case just changed above it. */
	if (app->depth > 0 && APP_TOP(app)->ops->reload)
		APP_TOP(app)->ops->reload(app, APP_TOP(app)->st);
}

void app_swap_root(struct app *app, const struct screen_ops *ops, void *(*open)(struct app *))
{
	void *st = NULL;

	/* The screens above the root close without reloading what they
	 * uncover: it is put aside, and reloaded when it comes back. */
	while (app->depth > 1) {
		app->depth--;
		app->stack[app->depth].ops->close(app->stack[app->depth].st);
	}
	if (app->depth == 1 && app->stack[0].ops == ops) {
		/* Back to this tab's own list, from a screen opened on it. */
		if (ops->reload)
			ops->reload(app, app->stack[0].st);
		return;
	}
	for (int i = 0; i < app->nkept; i++) {
		if (app->kept[i].ops == ops) {
			st = app->kept[i].st;
			app->kept[i] = app->kept[--app->nkept];
			break;
		}
	}
	if (app->depth == 1) {
		assert(app->nkept < APP_MAX_KEPT); /* one per root screen */
		app->kept[app->nkept++] = app->stack[0];
		app->depth = 0;
	}
	if (st && ops->reload)
		ops->reload(app, st);
	app_push(app, ops, st ? st : open(app));
}

void app_status(struct app *app, enum ui_attr kind, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(app->status, sizeof app->status, fmt, ap);
	va_end(ap);
	app->status_attr = kind;
}

void app_error(struct app *app, const struct tc_err *e)
{
	app_status(app, UA_ERROR, "%s", e->msg[0] ? e->msg : "操作失败");
}

bool app_action_visible(struct app *app, const struct screen_ops *ops, void *st, enum action a)
{
	const struct action_def *d = action_def(a);

	if (!d || !ops)
		return false;
	if (!(d->group & (ops->groups | AG_GLOBAL)))
		return false;
	if (d->changes && app->read_only)
		return false;
	if (a == ACT_NEW_CASE && user_may(&app->actor, PERM_CASE_ADD, NULL) != TC_OK)
		return false;
	if (a == ACT_REPORTS && user_may(&app->actor, PERM_EXPORT, NULL) != TC_OK)
		return false;
	if (ops->has_action && !ops->has_action(app, st, a))
		return false;
	return true;
}

bool app_has_action(struct app *app, enum action a)
{
	return app->depth > 0 && app_action_visible(app, APP_TOP(app)->ops, APP_TOP(app)->st, a);
}

/* ---- drawing ------------------------------------------------------- */

/* The header: where the clerk is on the left, the office in the middle
 * when there is room, who and which day on the right. */
static void draw_header(struct app *app)
{
	char right[TEXT_BYTES(TEXT_MAX_PERSON) + 96], date[DATE_ISO_LEN];
	struct strbuf left = {0};
	int rw, lw, room;

	ui_blank(0, 0, app->cols, ui_attr(app, UA_TITLE));
	sb_puts(&left, " 调裁");
	for (int i = 0; i < app->depth; i++)
		sb_printf(&left, " › %s", app->stack[i].ops->title);
	snprintf(right, sizeof right, "%s (%s%s)  %s %s ", app->actor.name[0] ? app->actor.name
		 : app->actor.login, role_zh(app->actor.role), app->read_only ? ", 只读" : "",
		 date_iso(app->today, date), date_weekday_zh(app->today));
	rw = text_width(right);
	lw = ui_text(0, 0, sb_str(&left), app->cols - rw - 1, ui_attr(app, UA_TITLE));
	ui_text(0, app->cols - rw, right, rw, ui_attr(app, UA_TITLE));
	room = app->cols - rw - lw - 4;
	if (room > 8)
		ui_text(0, lw + 2, app->office, room, ui_attr(app, UA_TITLE));
	sb_free(&left);
}

/* The first key of a, or in a screen that is taking typed text, the
 * first key that is not a printable character (q would be typed). */
static void first_key(struct app *app, enum action a, char *buf, size_t size)
{
	const struct screen_ops *ops = APP_TOP(app)->ops;
	void *st = APP_TOP(app)->st;
	char all[64];
	bool raw = (ops->raw_keys && ops->raw_keys(st)) || (ops->focus && ops->focus(st) &&
							    list_searching(ops->focus(st)));
	const char *t = all;

	keymap_keys(a, all, sizeof all);
	buf[0] = 0;
	while (*t) {
		const char *sep = strstr(t, " / ");
		size_t n = sep ? (size_t)(sep - t) : strlen(t);
		if (!(raw && n == 1)) {
			snprintf(buf, size, "%.*s", (int)n, t);
			return;
		}
		if (!sep)
			break;
		t = sep + 3;
	}
}

/* The bottom bar: the top screen's usable actions that have a label,
 * from the action table. */
static void draw_bar(struct app *app)
{
	int x = 0, y = app->rows - 1;

	ui_blank(y, 0, app->cols, ui_attr(app, UA_BAR));
	for (int a = 1; a < ACT_COUNT; a++) {
		const struct action_def *d = action_def((enum action)a);
		char keys[48];
		int kw, lw;

		if (!d->bar[0] || !app_has_action(app, (enum action)a))
			continue;
		first_key(app, (enum action)a, keys, sizeof keys);
		if (!keys[0])
			continue; /* its only keys would be typed as text just now */
		kw = text_width(keys);
		lw = text_width(d->bar);
		if (x + kw + lw + 2 > app->cols)
			break;
		ui_text(y, x, keys, kw, ui_attr(app, UA_BAR_KEY));
		ui_text(y, x + kw, d->bar, lw, ui_attr(app, UA_BAR));
		x += kw + lw + 2;
	}
}

static void draw_status(struct app *app)
{
	int y = app->rows - 2;

	ui_blank(y, 0, app->cols, A_NORMAL);
	ui_text(y, 1, app->status, app->cols - 2, ui_attr(app, app->status_attr));
}

void app_notice_now(struct app *app, const char *msg)
{
	app_status(app, UA_SOON, "%s", msg);
	draw_status(app);
	refresh();
}

static bool too_small(const struct app *app)
{
	return app->rows < MIN_ROWS || app->cols < MIN_COLS;
}

void app_draw(struct app *app)
{
	int cy = -1, cx = -1;

	getmaxyx(stdscr, app->rows, app->cols);
	erase();
	if (too_small(app)) {
		char msg[160];
		snprintf(msg, sizeof msg, "终端太小: 至少需要 %d 列 x %d 行, 现在是 %d x %d。请放大窗口。",
			 MIN_COLS, MIN_ROWS, app->cols, app->rows);
		mvaddstr(0, 0, msg);
		/* A question asked after Ctrl-C (which works blind) must be seen. */
		if (asking && app->rows > 2)
			ui_text(2, 0, app->status, app->cols, ui_attr(app, app->status_attr));
		curs_set(0);
		refresh();
		return;
	}
	draw_header(app);
	if (app->depth > 0)
		APP_TOP(app)->ops->draw(app, APP_TOP(app)->st, 1, app->rows - 3, app->cols, &cy, &cx);
	draw_status(app);
	draw_bar(app);
	if (cy >= 0 && cx >= 0) {
		move(cy, cx);
		curs_set(1);
	} else {
		curs_set(0);
	}
	refresh();
}

/* ---- input --------------------------------------------------------- */

int app_getkey(struct app *app, int timeout_ms, wint_t *key, bool *fkey)
{
	for (;;) {
		int rc;

		timeout(timeout_ms);
		rc = get_wch(key);
		if (rc == ERR)
			return ERR;
		*fkey = rc == KEY_CODE_YES;
		if (*fkey && *key == KEY_RESIZE) {
			app_draw(app);
			continue;
		}
		/* Nothing can be done blind, except leaving by the quit key
		 * and answering the question that leaving may ask. */
		if (too_small(app) && !asking && keymap_lookup(AG_GLOBAL, *key, *fkey) != ACT_QUIT)
			continue;
		return OK;
	}
}

bool app_confirm(struct app *app, const char *fmt, ...)
{
	va_list ap;
	char q[400];
	wint_t key;
	bool fkey;

	va_start(ap, fmt);
	vsnprintf(q, sizeof q, fmt, ap);
	va_end(ap);
	app_status(app, UA_SOON, "%s (y 是 / n 否)", q);
	asking = true;
	for (;;) {
		app_draw(app);
		if (app_getkey(app, -1, &key, &fkey) == ERR)
			continue;
		if (!fkey && (key == 'y' || key == 'Y' || key == '\r' || key == '\n')) {
			asking = false;
			app_status(app, UA_NORMAL, "%s", "");
			return true;
		}
		/* Ctrl-C (3) at a question is "no": it never throws input away. */
		if (!fkey && (key == 'n' || key == 'N' || key == ESC || key == 'q' || key == 3)) {
			asking = false;
			app_status(app, UA_NORMAL, "已取消");
			return false;
		}
	}
}
