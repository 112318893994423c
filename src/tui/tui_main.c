/*
 * tui_main.c - the top of the terminal UI: the table of screens a key
 * opens, the main loop, and the dispatch of each key to the top screen
 * and then to the actions every screen shares.
 *
 * This is the one file that knows every screen.  The screens and the
 * services they call (app.c: the stack, the status line, drawing, reading
 * a key) never call up into it, so adding a screen is a row in screens[]
 * and an action in keymap.c, nothing in app.c.
 *
 * A key goes first to the top screen (its search line or form field, then
 * its action); what the screen passes on goes to the list that has its
 * focus (list.c: one movement routine for every list), then to switching
 * screens.  The tabs (1 2 3 4 5 Tab) keep their root screens as they were
 * left (app_swap_root); q goes back one screen, from a tab to 首页, and
 * quits only from 首页, asking first when any form holds typed input.
 *
 * The input timeout doubles as the clock: every minute (and whenever
 * another clerk has committed) every screen on the stack reloads, so
 * "days left" is right in the morning on a screen left open overnight.
 * The terminal is redrawn once per input, after the key is handled.
 */
#include "tui.h"
#include "tiaocai/case.h"
#include "list.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tiaocai/date.h"
#include "tiaocai/db.h"

#define TICK_MS 60000 /* $TIAOCAI_REFRESH (seconds) changes it */

/* ---- the screens a key opens --------------------------------------- */

static void *open_help(struct app *app)
{
	return help_open(app, APP_TOP(app)->ops, APP_TOP(app)->st);
}

/* First the root screens, in the order Tab visits them (the first is the
 * one the program opens on), then the screens opened on top of whatever is
 * shown.  A screen's action decides who sees it: one who may not export
 * has no 报表 key and Tab passes that tab by (app_action_visible). */
static const struct screen_entry {
	enum action act;                /* the action that opens it */
	const struct screen_ops *ops;
	void *(*open)(struct app *app); /* its state, then owned by the stack */
	bool root;                      /* replaces the stack; one of Tab's tabs */
} screens[] = {
	{ACT_HOME, &dashboard_ops, dashboard_open, true},
	{ACT_DOCKET, &docket_ops, docket_open, true},
	{ACT_ROSTER, &roster_ops, roster_open, true},
	{ACT_REPORTS, &reports_ops, reports_open, true},
	{ACT_HEARINGS, &hearings_ops, hearings_open, true},
	{ACT_NEW_CASE, &intake_ops, intake_open, false},
	{ACT_HELP, &help_ops, open_help, false},
};

#define NSCREENS (sizeof screens / sizeof screens[0])

static bool dirty(const struct app_screen *s)
{
	return s->ops->dirty && s->ops->dirty(s->st);
}

/* Ask before leaving a form with typed input in it.  Switching tabs closes
 * the screens above the root (the root itself is kept); quitting (all)
 * leaves every screen, those of the tabs put aside too. */
static bool leave_forms(struct app *app, bool all)
{
	bool unsaved = false;

	for (int i = all ? 0 : 1; i < app->depth; i++)
		unsaved |= dirty(&app->stack[i]);
	for (int i = 0; all && i < app->nkept; i++)
		unsaved |= dirty(&app->kept[i]);
	return !unsaved || app_confirm(app, "放弃已填写的内容?");
}

static unsigned open_screen(struct app *app, const struct screen_entry *s)
{
	if (!s->root) {
		app_push(app, s->ops, s->open(app));
		return RD_ALL;
	}
	if (app->depth == 1 && app->stack[0].ops == s->ops)
		return RD_NONE;
	if (!leave_forms(app, false))
		return RD_BODY;
	app_swap_root(app, s->ops, s->open);
	return RD_ALL;
}

/* The root screen after the one at the bottom of the stack, passing by
 * those this user does not have. */
static const struct screen_entry *next_root(struct app *app)
{
	size_t from = 0;

	for (size_t i = 0; i < NSCREENS; i++)
		if (screens[i].root && screens[i].ops == app->stack[0].ops)
			from = i + 1;
	for (size_t k = 0; k < NSCREENS; k++) {
		const struct screen_entry *s = &screens[(from + k) % NSCREENS];
		if (s->root && app_has_action(app, s->act))
			return s;
	}
	return &screens[0];
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

/* Go back one screen, asking first when typed input would be lost; from
 * another tab's root screen back to 首页, as the help and the manual say;
 * from 首页 itself this quits. */
static unsigned go_back(struct app *app)
{
	const struct screen_ops *ops = APP_TOP(app)->ops;

	if (ops->dirty && ops->dirty(APP_TOP(app)->st) && !app_confirm(app, "放弃已填写的内容?"))
		return RD_BODY;
	if (app->depth == 1 && ops != screens[0].ops)
		return open_screen(app, &screens[0]);
	if (app->depth == 1)
		return leave_forms(app, true) ? RD_QUIT : RD_BODY;
	app_pop(app);
	return RD_ALL;
}

/* `b`: the 被申请人 view of the case the top screen has chosen (the
 * docket's row, the case file's case).  Opened from here, the top, since
 * the view opens case files and a case file opens the view. */
static unsigned open_employer(struct app *app)
{
	const struct app_screen *top = APP_TOP(app);
	int64_t id = top->ops->case_id ? top->ops->case_id(top->st) : 0;

	if (id <= 0)
		return RD_NONE;
	app_push(app, &employer_ops, employer_open(app, id));
	return RD_ALL;
}

/* 文书 of the case at hand. */
static unsigned open_documents(struct app *app)
{
	const struct app_screen *top = APP_TOP(app);
	int64_t id = top->ops->case_id ? top->ops->case_id(top->st) : 0;
	struct case_detail *d;
	struct tc_err e = {0};

	if (id <= 0 || top->ops == &documents_ops)
		return RD_NONE;
	if (case_detail_get(app->db, &app->actor, id, app->today, &d, &e) != TC_OK) {
		app_error(app, &e);
		return RD_BODY;
	}
	void *st = documents_open(app, id, d->row.case_no);
	case_detail_free(d);
	app_push(app, &documents_ops, st);
	return RD_ALL;
}

/* The actions every screen shares, once the top screen has passed on a:
 * first its list's (moving, searching), then switching screens. */
static unsigned global_action(struct app *app, enum action a)
{
	const struct screen_ops *ops = APP_TOP(app)->ops;
	struct list *l = ops->focus ? ops->focus(APP_TOP(app)->st) : NULL;

	if (l) {
		unsigned rd = list_action(app, l, a);
		if (!(rd & RD_PASS))
			return rd;
	}
	switch (a) {
	case ACT_NEXT_TAB:
		return open_screen(app, next_root(app));
	case ACT_BACK:
	case ACT_CANCEL:
		return go_back(app);
	case ACT_REDRAW:
		clearok(curscr, TRUE);
		return RD_ALL;
	case ACT_QUIT:
		return leave_forms(app, true) ? RD_QUIT : RD_BODY;
	case ACT_EMPLOYER:
		return open_employer(app);
	case ACT_DOCUMENTS:
		return open_documents(app);
	default:
		break;
	}
	for (size_t i = 0; i < NSCREENS; i++)
		if (screens[i].act == a)
			return open_screen(app, &screens[i]);
	return RD_NONE;
}

static unsigned dispatch(struct app *app, wint_t key, bool fkey)
{
	const struct screen_ops *ops = APP_TOP(app)->ops;
	void *st = APP_TOP(app)->st;
	struct list *l = ops->focus ? ops->focus(st) : NULL;
	enum action a;
	unsigned rd;

	if (l && list_searching(l)) {
		/* The search line has the keys; what it leaves (Down in a
		 * filtered list, F1) goes on to the action table. */
		rd = list_search_key(app, l, key, fkey);
		if (!(rd & RD_PASS))
			return rd;
	} else if (ops->raw_keys && ops->raw_keys(st)) {
		rd = ops->key(app, st, key, fkey);
		if (!(rd & RD_PASS))
			return rd;
		ops = APP_TOP(app)->ops; /* the screen may have changed */
		st = APP_TOP(app)->st;
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

/* A write waiting for another user's import says so while it waits. */
static void wait_notice(void *ctx, const char *msg)
{
	app_notice_now(ctx, msg);
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

	if (!app_open_terminal(&app)) {
		sb_free(&warn);
		return 1;
	}
	db_on_wait(db, wait_notice, &app);
	app_push(&app, screens[0].ops, screens[0].open(&app));
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
	db_on_wait(db, NULL, NULL);
	app_close_terminal(&app);
	return 0;
}
