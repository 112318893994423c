/*
 * app.c - the terminal UI's main loop: the screen stack, the header, the
 * status line and the bottom bar, key dispatch through the action table,
 * resize, colours, and putting the terminal back however the program ends.
 *
 * Only this file refreshes the terminal, once per input.  The input
 * timeout doubles as the clock: every minute (and whenever another clerk
 * has committed) the top screen reloads, so "days left" is right in the
 * morning on a screen left open overnight.
 *
 * Ctrl-C is a key, not an interrupt: the terminal's interrupt character
 * is switched off while the interface runs, so Ctrl-C reaches the key
 * table (cancel in a form, asking first like Esc; quit elsewhere) and a
 * half-typed application is never lost to it.  Ctrl-Z and Ctrl-\ keep
 * their signals.  A signal sent from outside (kill) still restores the
 * terminal and ends the program by that signal, status 128+N.
 */
#include "tui.h"

#include <locale.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/text.h"

#define MIN_ROWS 24
#define MIN_COLS 80
#define TICK_MS 60000 /* $TIAOCAI_REFRESH (seconds) changes it */
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

/* Colour pairs, one per attribute role that has a colour. */
static attr_t attrs[UA_COUNT];

static void setup_colours(struct app *app)
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

/* ---- the screen stack ---------------------------------------------- */

#define TOP(app) (&(app)->stack[(app)->depth - 1])

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
	if (app->depth > 0 && TOP(app)->ops->reload)
		TOP(app)->ops->reload(app, TOP(app)->st);
}

void app_root(struct app *app, const struct screen_ops *ops, void *st)
{
	while (app->depth > 0)
		app_pop(app);
	app_push(app, ops, st);
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
	return app->depth > 0 && app_action_visible(app, TOP(app)->ops, TOP(app)->st, a);
}

/* ---- drawing ------------------------------------------------------- */

/* The header: where the clerk is on the left, the office in the middle
 * when there is room, who and which day on the right. */
static void draw_header(struct app *app)
{
	char right[TEXT_BYTES(TEXT_MAX_PERSON) + 96], date[DATE_ISO_LEN];
	struct strbuf left = {0};
	int rw, lw, room;

	ui_blank(0, 0, app->cols, attrs[UA_TITLE]);
	sb_puts(&left, " 调裁");
	for (int i = 0; i < app->depth; i++)
		sb_printf(&left, " › %s", app->stack[i].ops->title);
	snprintf(right, sizeof right, "%s (%s%s)  %s %s ", app->actor.name[0] ? app->actor.name
		 : app->actor.login, role_zh(app->actor.role), app->read_only ? ", 只读" : "",
		 date_iso(app->today, date), date_weekday_zh(app->today));
	rw = text_width(right);
	lw = ui_text(0, 0, sb_str(&left), app->cols - rw - 1, attrs[UA_TITLE]);
	ui_text(0, app->cols - rw, right, rw, attrs[UA_TITLE]);
	room = app->cols - rw - lw - 4;
	if (room > 8)
		ui_text(0, lw + 2, app->office, room, attrs[UA_TITLE]);
	sb_free(&left);
}

/* The first key of a, or in a screen that is taking typed text, the
 * first key that is not a printable character (q would be typed). */
static void first_key(struct app *app, enum action a, char *buf, size_t size)
{
	char all[64];
	bool raw = TOP(app)->ops->raw_keys && TOP(app)->ops->raw_keys(TOP(app)->st);
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

	ui_blank(y, 0, app->cols, attrs[UA_BAR]);
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
		ui_text(y, x, keys, kw, attrs[UA_BAR_KEY]);
		ui_text(y, x + kw, d->bar, lw, attrs[UA_BAR]);
		x += kw + lw + 2;
	}
}

static void draw_status(struct app *app)
{
	int y = app->rows - 2;

	ui_blank(y, 0, app->cols, A_NORMAL);
	ui_text(y, 1, app->status, app->cols - 2, attrs[app->status_attr]);
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
			ui_text(2, 0, app->status, app->cols, attrs[app->status_attr]);
		curs_set(0);
		refresh();
		return;
	}
	draw_header(app);
	if (app->depth > 0)
		TOP(app)->ops->draw(app, TOP(app)->st, 1, app->rows - 3, app->cols, &cy, &cx);
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

/* ---- the loop ------------------------------------------------------ */

/* The database moved (another clerk) or the day changed: reload. */
static unsigned tick(struct app *app)
{
	int today = date_today();
	bool moved = db_check_caches(app->db);
	unsigned rd = RD_NONE;

	if (today != app->today || moved) {
		app->today = today;
		for (int i = 0; i < app->depth; i++)
			if (app->stack[i].ops->reload)
				rd |= app->stack[i].ops->reload(app, app->stack[i].st);
		rd |= RD_BODY;
	}
	return rd;
}

/* Go back one screen, asking first when typed input would be lost;
 * from the root screen this quits. */
static unsigned go_back(struct app *app)
{
	const struct screen_ops *ops = TOP(app)->ops;

	if (ops->dirty && ops->dirty(TOP(app)->st) && !app_confirm(app, "放弃已填写的内容?"))
		return RD_BODY;
	if (app->depth == 1)
		return RD_QUIT;
	app_pop(app);
	return RD_ALL;
}

static bool leave_forms(struct app *app)
{
	for (int i = app->depth - 1; i >= 1; i--) {
		const struct screen_ops *ops = app->stack[i].ops;
		if (ops->dirty && ops->dirty(app->stack[i].st))
			return app_confirm(app, "放弃已填写的内容?");
	}
	return true;
}

static unsigned global_action(struct app *app, enum action a)
{
	static const struct screen_ops *const tabs[] = {&dashboard_ops, &docket_ops, &roster_ops,
							&reports_ops};
	static void *(*const open_tab[])(struct app *) = {dashboard_open, docket_open, roster_open,
							   reports_open};
	const int ntabs = (int)(sizeof tabs / sizeof tabs[0]);
	int tab = -1;

	switch (a) {
	case ACT_HOME: tab = 0; break;
	case ACT_DOCKET: tab = 1; break;
	case ACT_ROSTER: tab = 2; break;
	case ACT_REPORTS: tab = 3; break;
	case ACT_NEXT_TAB:
		tab = 0;
		for (int i = 0; i < ntabs; i++)
			if (app->stack[0].ops == tabs[i])
				tab = (i + 1) % ntabs;
		/* A user who may not export has no 报表 tab. */
		if (tab == 3 && !app_has_action(app, ACT_REPORTS))
			tab = 0;
		break;
	case ACT_NEW_CASE:
		app_push(app, &intake_ops, intake_open(app));
		return RD_ALL;
	case ACT_HELP:
		app_push(app, &help_ops, help_open(app, TOP(app)->ops, TOP(app)->st));
		return RD_ALL;
	case ACT_BACK:
	case ACT_CANCEL:
		return go_back(app);
	case ACT_REDRAW:
		clearok(curscr, TRUE);
		return RD_ALL;
	case ACT_QUIT:
		return leave_forms(app) ? RD_QUIT : RD_BODY;
	default:
		return RD_NONE;
	}
	if (!leave_forms(app))
		return RD_BODY;
	if (app->depth == 1 && app->stack[0].ops == tabs[tab])
		return RD_NONE;
	app_root(app, tabs[tab], open_tab[tab](app));
	return RD_ALL;
}

static unsigned dispatch(struct app *app, wint_t key, bool fkey)
{
	const struct screen_ops *ops = TOP(app)->ops;
	void *st = TOP(app)->st;
	enum action a;
	unsigned rd;

	if (ops->raw_keys && ops->raw_keys(st)) {
		rd = ops->key(app, st, key, fkey);
		if (!(rd & RD_PASS))
			return rd;
		ops = TOP(app)->ops; /* the screen may have changed */
		st = TOP(app)->st;
	}
	a = keymap_lookup(ops->groups, key, fkey);
	if (a == ACT_NONE)
		a = keymap_lookup(AG_GLOBAL, key, fkey);
	if (a == ACT_NONE)
		return ops->key ? ops->key(app, st, key, fkey) & ~RD_PASS : RD_NONE;
	if (!app_has_action(app, a)) {
		const struct action_def *d = action_def(a);
		if (d->changes && app->read_only)
			return RD_NONE; /* a read-only user has no such key */
		if (ops->action) {
			rd = ops->action(app, st, a);
			if (!(rd & RD_PASS))
				return rd;
		}
		app_status(app, UA_ERROR, "这里不能%s", d->help);
		return RD_BODY;
	}
	if (ops->action) {
		rd = ops->action(app, st, a);
		if (!(rd & RD_PASS))
			return rd;
	}
	return global_action(app, a);
}

int app_run(struct db *db, const struct actor *actor)
{
	struct app app;
	struct strbuf warn = {0};
	char *office, *keys_path = NULL;
	const char *home = getenv("HOME");

	memset(&app, 0, sizeof app);
	app.db = db;
	app.actor = *actor;
	app.read_only = user_read_only(actor);
	app.today = date_today();
	office = db_setting(db, "office_name");
	snprintf(app.office, sizeof app.office, "%s", office ? office : "");
	free(office);
	db_check_caches(db);
	/* A screen of counts over a million cases reads more pages than the
	 * default cache holds; 64 MB keeps a dashboard refresh in memory. */
	db_exec(db, "PRAGMA cache_size = -65536", NULL);

	if (getenv("XDG_CONFIG_HOME") && *getenv("XDG_CONFIG_HOME"))
		keys_path = xasprintf("%s/tiaocai/keys", getenv("XDG_CONFIG_HOME"));
	else if (home && *home)
		keys_path = xasprintf("%s/.config/tiaocai/keys", home);
	if (keys_path)
		keymap_load(keys_path, &warn);
	free(keys_path);

	setlocale(LC_ALL, "");
	if (!getenv("ESCDELAY"))
		set_escdelay(25);
	if (!initscr()) {
		fputs("tiaocai: 无法初始化终端 (请检查 TERM)\n", stderr);
		sb_free(&warn);
		return 1;
	}
	curses_on = 1;
	install_signals();
	atexit(restore_terminal);
	cbreak();
	noecho();
	nonl();
	ctrl_c_as_key();
	keypad(stdscr, TRUE);
	setup_colours(&app);

	app_push(&app, &dashboard_ops, dashboard_open(&app));
	if (warn.len)
		app_status(&app, UA_ERROR, "按键设置有误, 其余照常: %s", sb_str(&warn));
	sb_free(&warn);

	int tick_ms = TICK_MS;
	const char *refresh_env = getenv("TIAOCAI_REFRESH");
	if (refresh_env && atoi(refresh_env) > 0)
		tick_ms = atoi(refresh_env) * 1000;

	unsigned rd = RD_ALL;
	while (!(rd & RD_QUIT)) {
		wint_t key;
		bool fkey;

		if (rd & RD_ALL)
			clearok(curscr, TRUE);
		if (rd)
			app_draw(&app);
		if (app_getkey(&app, tick_ms, &key, &fkey) == ERR) {
			rd = tick(&app);
			continue;
		}
		app.status[0] = 0;
		rd = tick(&app) | dispatch(&app, key, fkey) | RD_BODY;
	}
	while (app.depth > 0)
		app_pop(&app);
	restore_terminal();
	return 0;
}
