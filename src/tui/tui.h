/*
 * tui.h - the terminal UI's shared pieces: the application, screens as
 * structs with operations, the one table of actions, and the widgets the
 * screens share (a line editor measured in display columns, a form).
 *
 * The files call each other downwards only (tools/depcycles.sh checks
 * it): tui_main.c, the top, knows every screen and runs the loop; the
 * screens call the forms (formview.c), the list widget (list.h) and the
 * services of app.c; all of them draw through draw.c and look keys up in
 * keymap.c.  A screen may open another (the docket opens a case file),
 * never one that leads back to it.
 *
 * Only the main loop refreshes the terminal (through app_draw), once per
 * input: key handlers change state and return what needs redrawing.  One
 * thread; the clocks on screen are refreshed from the input timeout.  Text
 * is measured through ui_* helpers here (display columns, never bytes or
 * characters).
 */
#ifndef TIAOCAI_TUI_H
#define TIAOCAI_TUI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <wchar.h>
#include <curses.h>

#include "tiaocai/form.h"
#include "tiaocai/user.h"
#include "tiaocai/util.h"

struct db;
struct list;

/* ---- actions -------------------------------------------------------- */

/* Every action a key can trigger; declared once in the table in keymap.c
 * with its name (for ~/.config/tiaocai/keys), group, keys and help. */
enum action {
	ACT_NONE,
	/* global */
	ACT_HOME, ACT_DOCKET, ACT_ROSTER, ACT_REPORTS, ACT_HEARINGS, ACT_NEXT_TAB, ACT_NEW_CASE,
	ACT_HELP, ACT_BACK,
	ACT_REDRAW, ACT_QUIT,
	/* lists */
	ACT_DOWN, ACT_UP, ACT_PGDN, ACT_PGUP, ACT_FIRST, ACT_LAST, ACT_OPEN,
	ACT_NEXT_LIST, ACT_PREV_LIST, ACT_SCOPE, ACT_FIND,
	ACT_SEARCH, ACT_FILTER, ACT_SORT, ACT_REVERSE, ACT_OVERDUE,
	/* forms */
	ACT_SAVE, ACT_CANCEL, ACT_NEXT_FIELD, ACT_PREV_FIELD, ACT_ADD_ENTRY, ACT_DEL_ENTRY,
	ACT_COPY_PREV,
	/* case file: one action per workflow event, in wf_events order */
	ACT_EV_ACCEPT, ACT_EV_REFUSE, ACT_EV_PREMEDIATE, ACT_EV_MEDIATE, ACT_EV_SETTLE,
	ACT_EV_FAIL, ACT_EV_TRIBUNAL, ACT_EV_HEARING, ACT_EV_POSTPONE, ACT_EV_HEARING_CANCEL,
	ACT_EV_HELD, ACT_EV_AWARD, ACT_EV_WITHDRAW, ACT_EV_SUSPEND,
	ACT_EV_RESUME, ACT_EV_EXTEND, ACT_EV_TRANSFER,
	/* case file: one action per correction (correct.h), in corr_defs order */
	ACT_CO_PARTY_ADD, ACT_CO_PARTY_EDIT, ACT_CO_PARTY_REMOVE, ACT_CO_AGENT_ADD,
	ACT_CO_AGENT_REMOVE, ACT_CO_CLAIM_ADD, ACT_CO_CLAIM_EDIT, ACT_CO_CLAIM_REMOVE, ACT_CO_DOCS,
	ACT_CO_LINK, ACT_CO_ASSIGN, ACT_CO_NOTE, ACT_CO_EDIT, ACT_CO_PAY, ACT_CO_REVERT,
	/* a case's employer (the docket's row, the case file) */
	ACT_EMPLOYER,
	/* roster */
	ACT_PERSON_ADD, ACT_PERSON_EDIT, ACT_PERSON_SUSPEND, ACT_PERSON_RESUME, ACT_ROOMS,
	/* roster: the hearing rooms */
	ACT_ROOM_ADD, ACT_ROOM_EDIT,
	/* reports */
	ACT_PREV_WEEK, ACT_NEXT_WEEK, ACT_PICK_WEEK, ACT_SAVE_TEXT, ACT_SAVE_PDF, ACT_PRINT,
	ACT_EXPORT_LEDGER, ACT_EXPORT_STATS,
	/* 庭审: the hearings of a day or a week */
	ACT_HR_PREV, ACT_HR_NEXT, ACT_HR_PREV_WEEK, ACT_HR_NEXT_WEEK, ACT_HR_WEEK, ACT_HR_TODAY,
	ACT_HR_DATE, ACT_HR_ROOM, ACT_HR_ALL, ACT_HR_PRINT,
	/* 文书 (documents.c) */
	ACT_DOCUMENTS, ACT_DOC_MAKE, ACT_DOC_EDIT, ACT_DOC_PRINT, ACT_DOC_SAVE, ACT_DOC_SERVE,
	ACT_COUNT
};

/* Groups of actions; a screen names the groups it answers to. */
enum {
	AG_GLOBAL = 1 << 0, /* everywhere except inside a form or a search line */
	AG_NAV = 1 << 1,    /* 1 2 3 4 5 Tab n: switching screens */
	AG_LIST = 1 << 2,   /* moving in a list (list.c) */
	AG_DOCKET = 1 << 3, /* search, filter, sort */
	AG_FORM = 1 << 4,
	AG_CASE = 1 << 5,   /* workflow events */
	AG_ROSTER = 1 << 6,
	AG_REPORT = 1 << 7,
	AG_LISTS = 1 << 8,  /* a screen of several lists: which has the focus */
	AG_FIND = 1 << 9,   /* `/` finding a row in a list that is all at hand */
	AG_HOME = 1 << 10,  /* 首页: whose cases */
	AG_EMPLOYER = 1 << 11, /* a screen with a case at hand: its 被申请人 view */
	AG_CORRECT = 1 << 12, /* corrections to the case (correct.h) */
	AG_HEARINGS = 1 << 13, /* 庭审: days, weeks, rooms, the 开庭排期表 */
	AG_ROOMS = 1 << 14,   /* 名册 › 开庭地点 */
	AG_DOCS = 1 << 15,    /* 案件详情 › 文书 */
};

struct action_def {
	enum action act;
	const char *name;    /* "case.accept": the name in the keys file */
	unsigned group;
	const char *keys;    /* default keys, space separated: "a", "F2", "Enter", "C-l" */
	const char *bar;     /* short label for the bottom bar, "" to leave it out */
	const char *help;    /* one line for the help screen */
	bool changes;        /* changes data: never shown to a read-only user */
	/* What it does to a case: the workflow event for ACT_EV_* (group
	 * AG_CASE), the correction for ACT_CO_* (AG_CORRECT, correct.h), else
	 * NULL. */
	const char *event;
};

const struct action_def *action_def(enum action a);
/* The action bound to key in any of groups, or ACT_NONE.  key is a
 * wget_wch result: a character, or KEY_* with fkey set. */
enum action keymap_lookup(unsigned groups, wint_t key, bool fkey);
/* The keys bound to a, as shown to the user ("a", "F2 / Ctrl-S"). */
void keymap_keys(enum action a, char *buf, size_t size);
/* Read ~/.config/tiaocai/keys (or path): lines "ACTION KEY..." replace an
 * action's keys.  Problems are described in warn ("keys:3: ..."), the
 * rest of the file still applies. */
void keymap_load(const char *path, struct strbuf *warn);
/* The action for a workflow event name, or ACT_NONE. */
enum action keymap_event_action(const char *event);

/* ---- the application: the services every screen calls (app.c) ----- */

/* What a handler asks the main loop to redraw. */
enum {
	RD_NONE = 0,
	RD_BODY = 1 << 0,   /* the screen's own area, header and bar */
	RD_ALL = 1 << 1,    /* clear and redraw everything */
	RD_QUIT = 1 << 2,   /* leave the program */
	RD_PASS = 1 << 3,   /* not handled here: try the action table */
};

/* Colour and attribute roles (draw.c maps them to colours or, without
 * colour, to bold/reverse/underline). */
enum ui_attr {
	UA_NORMAL, UA_TITLE, UA_BAR, UA_BAR_KEY, UA_SELECTED, UA_OVERDUE, UA_SOON,
	UA_ERROR, UA_OK, UA_DIM, UA_HEADING, UA_FIELD, UA_FIELD_CUR, UA_COUNT
};

struct app;

struct screen_ops {
	const char *name;    /* "docket" */
	const char *title;   /* "案件" */
	unsigned groups;     /* action groups this screen answers to */
	/* Handle an action from the key table.  Return RD_* flags. */
	unsigned (*action)(struct app *app, void *st, enum action a);
	/* A key no action claimed (or every key, for editors when raw_keys
	 * returns true): typing into a field or a search line. */
	unsigned (*key)(struct app *app, void *st, wint_t key, bool fkey);
	/* True while keys go to ->key first (a search line or a form field). */
	bool (*raw_keys)(void *st);
	/* Draw into rows x cols at (top, 0) of stdscr.  Set *cy and *cx to where
	 * the terminal's cursor should stand (-1 hides it). */
	void (*draw)(struct app *app, void *st, int top, int rows, int cols, int *cy, int *cx);
	/* Every input timeout and after the database moved: reload what is
	 * shown.  May be NULL. */
	unsigned (*reload)(struct app *app, void *st);
	/* Whether action a is usable now (shown in the bar and help); NULL:
	 * every action of the screen's groups. */
	bool (*has_action)(struct app *app, void *st, enum action a);
	/* Whether leaving would lose typed input (asked before Esc/q). */
	bool (*dirty)(void *st);
	void (*close)(void *st);
	/* The list that has the focus (list.h), or NULL: the main loop gives
	 * it the movement and search actions the screen passes on, and the
	 * keys while its search line is open.  May be NULL. */
	struct list *(*focus)(void *st);
	/* The case the screen has chosen (its selected row, the case shown),
	 * or 0: ACT_EMPLOYER opens that case's 被申请人 view.  May be NULL. */
	int64_t (*case_id)(void *st);
};

#define APP_MAX_SCREENS 8
#define APP_MAX_KEPT 8

/* A screen and its state. */
struct app_screen {
	const struct screen_ops *ops;
	void *st;
};

struct app {
	struct db *db;
	struct actor actor;
	bool read_only;
	int today;
	char office[128];
	bool color;
	int rows, cols;
	struct app_screen stack[APP_MAX_SCREENS];
	int depth;
	/* Root screens put aside by app_swap_root, with all their state. */
	struct app_screen kept[APP_MAX_KEPT];
	int nkept;
	char status[512];
	enum ui_attr status_attr;
};

/* The top screen of the stack (depth > 0). */
#define APP_TOP(app) (&(app)->stack[(app)->depth - 1])

/* Start curses on the terminal (locale, keys, colours) and arrange for it
 * to be put back however the program ends; false, with a line on stderr,
 * when the terminal cannot be used. */
bool app_open_terminal(struct app *app);
/* Close every screen on the stack and put the terminal back. */
void app_close_terminal(struct app *app);
/* Open a screen on top of the current one (st owned by the stack). */
void app_push(struct app *app, const struct screen_ops *ops, void *st);
/* Close the top screen (calls its close). */
void app_pop(struct app *app);
/* Switch to the root screen ops (for 1 2 3 4 Tab): close the screens above
 * the root, put the root aside as it stands, and make ops the root again
 * with the state it had when it was put aside (reloaded), else with
 * open(app).  A tab so keeps its filter, sort, search and selection. */
void app_swap_root(struct app *app, const struct screen_ops *ops, void *(*open)(struct app *));
/* Set the status line (info or error); "" clears it. */
void app_status(struct app *app, enum ui_attr kind, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Show msg on the status line now, while a key's work goes on (a write
 * waiting for another user's import, db_on_wait). */
void app_notice_now(struct app *app, const char *msg);
/* The core's error, in the status line. */
void app_error(struct app *app, const struct tc_err *e);
/* Ask a yes/no question on the status line; true for y or Enter.  Redraws
 * on resize while waiting. */
bool app_confirm(struct app *app, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Whether action a is shown to this user on the top screen, or on the
 * screen ops/st. */
bool app_has_action(struct app *app, enum action a);
bool app_action_visible(struct app *app, const struct screen_ops *ops, void *st, enum action a);
/* Redraw everything now (used by modal waits). */
void app_draw(struct app *app);
/* Read one key with the given timeout in ms (-1 waits); handles resize by
 * redrawing; returns ERR on timeout. */
int app_getkey(struct app *app, int timeout_ms, wint_t *key, bool *fkey);

/* ---- the top (tui_main.c) ----------------------------------------- */

/* Run the UI on db as actor until the user quits; returns the exit status. */
int app_run(struct db *db, const struct actor *actor);

/* ---- the screens, one file each ----------------------------------- */
extern const struct screen_ops dashboard_ops, docket_ops, casefile_ops, intake_ops,
	roster_ops, help_ops, evform_ops, corrform_ops, personform_ops, filter_ops, reports_ops,
	reportform_ops, employer_ops, hearings_ops, hearingsform_ops, rooms_ops, roomform_ops,
	documents_ops;
void *dashboard_open(struct app *app);
void *docket_open(struct app *app);
void *casefile_open(struct app *app, int64_t case_id);
void *intake_open(struct app *app);
void *roster_open(struct app *app);
void *reports_open(struct app *app);
void *hearings_open(struct app *app);
/* 名册 › 开庭地点: the office's hearing rooms (opened from the roster). */
void *rooms_open(struct app *app);
void *help_open(struct app *app, const struct screen_ops *of, void *of_st);
/* 案件详情 › 文书: the documents of case_id (case_no for the heading). */
void *documents_open(struct app *app, int64_t case_id, const char *case_no);
/* Select document no on the documents screen st. */
void documents_select(void *st, int no);
/* The 被申请人 view of case_id's employer (its first respondent). */
void *employer_open(struct app *app, int64_t case_id);
struct case_detail;
/* Push the form of workflow event on case d (the form file forms/EVENT.form);
 * on save the event is applied with d's version, so a case changed
 * meanwhile is refused, never overwritten. */
void evform_open(struct app *app, const struct case_detail *d, const char *event);
/* What a correction is about: the party (its number, "a1"), the agent of
 * that party (its name), the claim item; NULL / 0 where it does not
 * apply. */
struct corr_target {
	const char *party;
	const char *agent;
	int item;
};
/* Push the form of correction `what` (forms/WHAT.form) on case d, filled
 * with what is being corrected; on save the correction is applied with d's
 * version, so a case changed meanwhile is refused, never overwritten.  A
 * correction that needs no more than a yes (removing an agent) is asked
 * and applied at once. */
void corrform_open(struct app *app, const struct case_detail *d, const char *what,
		   const struct corr_target *t);

/* ---- drawing helpers (draw.c) ------------------------------------- */

/* Choose the attribute of each role: colours when the terminal has them
 * and $NO_COLOR is unset (sets app->color), else bold, reverse, underline. */
void ui_setup_colours(struct app *app);

/* The attribute (colour or emphasis) of role a. */
attr_t ui_attr(const struct app *app, enum ui_attr a);
/* Draw UTF-8 s at (y, x) clipped to cols display columns (an ellipsis
 * when cut, never half a wide character); returns the columns used. */
int ui_text(int y, int x, const char *s, int cols, attr_t attr);
/* The same, padded with spaces to exactly cols columns (right aligned when
 * right). */
void ui_cell(int y, int x, const char *s, int cols, bool right, attr_t attr);
/* Blank cols columns at (y, x). */
void ui_blank(int y, int x, int cols, attr_t attr);

/* ---- the line editor (ledit.c) ------------------------------------ */

/* One line of text edited by character and measured in display columns:
 * Chinese typed through an input method arrives as wide characters from
 * wget_wch and is inserted at the cursor as it is. */
struct ledit {
	wchar_t *buf;
	size_t len, cap;
	size_t cur;          /* cursor, in characters */
	int scroll;          /* first display column shown */
	size_t max;          /* most characters accepted, 0 = no limit */
};
void ledit_init(struct ledit *l, const char *utf8, size_t max);
void ledit_free(struct ledit *l);
void ledit_set(struct ledit *l, const char *utf8);
/* The text as a newly allocated UTF-8 string. */
char *ledit_text(const struct ledit *l);
bool ledit_empty(const struct ledit *l);
/* Apply an editing key (characters, Backspace, Delete, Left, Right, Home,
 * End, C-a C-e C-u C-k); false when the key is not an editing key. */
bool ledit_key(struct ledit *l, wint_t key, bool fkey);
/* Draw into width columns at (y, x) and return the cursor's column. */
int ledit_draw(struct ledit *l, int y, int x, int width, attr_t attr);

/* ---- forms on screen (formview.c) --------------------------------- */

/* One field on screen: a form field, in repetition `entry` of its group
 * (0 for ungrouped fields).  Entries are counted over the whole form in
 * screen order, a nested group's too (every applicant's claims: 0, 1, 2
 * ...); owner says whose they are. */
struct fv_field {
	const struct form_field *def;
	int entry;
	int owner;                /* a nested group's field: the entry of the
				   * parent group it belongs to; -1 otherwise */
	int inst;                 /* the fields of one entry share it */
	struct ledit ed;          /* text types */
	size_t choice;            /* choice and person types: index into choices */
	char **choices;           /* choice list (the def's, or the roster's for person) */
	size_t nchoices;
	char **notes;             /* person types over a case: each choice's reasons
				   * in roster_suggest's order (notes[0] previews
				   * the first ones), else NULL */
	bool own_choices;
	char typed[32];           /* choice types: what was typed so far */
	char *msg;                /* the field's message, or NULL */
	char *note;               /* a remark that does not stop saving (an
				   * applicant's age), shown when there is no
				   * message, or NULL */
	bool touched;
	char label[96];           /* label shown, with the entry number for groups */
};

struct formview {
	struct form_def *def;     /* owned */
	struct fv_field *f;
	size_t n, cap;
	size_t cur;
	size_t drawn_cur;         /* the field that had the cursor when last drawn */
	int top;                  /* first screen line shown (scroll) */
	bool dirty;               /* something was typed */
	char title[128];
	char note[512];           /* a line shown above the fields (e.g. the case) */
	struct app *app;
	int next_inst;
	/* Asked about every field that passes its check, with its value:
	 * a remark to show beside it (newly allocated), or NULL.  May be
	 * NULL; the screen using the form sets it. */
	char *(*advise)(struct formview *v, const struct fv_field *f, const char *value);
};

/* Build a form view of def (taking ownership) with one entry per group. */
void fv_init(struct formview *v, struct app *app, struct form_def *def);
void fv_free(struct formview *v);
/* Set the value of field key (entry 0) as text or choice. */
void fv_set(struct formview *v, const char *key, int entry, const char *value);
/* Value of field key in entry, newly allocated ("" when empty). */
char *fv_get(const struct formview *v, const char *key, int entry);
/* Number of entries of group. */
int fv_entries(const struct formview *v, const char *group);
/* The parent entry that entry of a nested group belongs to (0-based), or
 * -1 when group is not nested or has no such entry. */
int fv_owner(const struct formview *v, const char *group, int entry);
/* Show field key n times (entries 0..n-1, with their own labels), e.g.
 * one amount per claim of the case. */
void fv_expand(struct formview *v, const char *key, int n, const char *const *labels);
/* Add or remove an entry of the current field's group (a parent's entry
 * comes and goes with its nested entries). */
void fv_add_entry(struct formview *v);
void fv_del_entry(struct formview *v);
/* Give the current parent entry (the applicant the cursor is in) copies
 * of the previous one's nested entries (its claims, periods included),
 * asking first when that would replace something typed, and move to the
 * next parent entry's first nested field. */
void fv_copy_prev(struct formview *v);
/* Check every field (marks the messages); true when all pass. */
bool fv_check_all(struct formview *v);
/* Put a message (from the core on save) next to field key, or in the
 * status line when no field has that key. */
void fv_mark(struct formview *v, const struct tc_err *e);
/* Handle a key; RD_* flags.  A Tab or a line end followed at once by more
 * input is a paste (or a scanner): several lines pasted into a group's
 * fields become one entry each, cells separated by Tab filling the
 * entry's fields from the one the cursor was in. */
unsigned fv_key(struct formview *v, wint_t key, bool fkey);
/* Move to the next/previous field, checking the one left. */
void fv_move(struct formview *v, int delta);
void fv_draw(struct formview *v, int top, int rows, int cols, int *cy, int *cx);

/* Screen operations shared by every form screen; its state must begin
 * with its struct formview.  fv_screen_action moves between fields and
 * adds or removes entries, passing everything else on (RD_PASS). */
unsigned fv_screen_action(struct app *app, void *st, enum action a);
unsigned fv_screen_key(struct app *app, void *st, wint_t key, bool fkey);
bool fv_screen_raw(void *st);
void fv_screen_draw(struct app *app, void *st, int top, int rows, int cols, int *cy, int *cx);
bool fv_screen_has(struct app *app, void *st, enum action a);
bool fv_screen_dirty(void *st);

#endif
