/*
 * clock.c - counting statutory periods over the holiday calendar, with an
 * optional day-by-day explanation, and the office's clock rules.
 *
 * The counting rule is the law's (start day excluded; calendar days with a
 * rest-day last day rolled forward, or working days only).  What starts,
 * pauses or restarts a case's clock is not decided here: deadline.c's
 * clock table gives this module a start date and a rule.  Changing a rule
 * stores and journals it; recomputing the cases is office.c's.
 */
#include "tiaocai/clock.h"
#include "tiaocai/calendar.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/journal.h"
#include "tiaocai/text.h"
#include "tiaocai/user.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *clock_unit_name(enum clock_unit u)
{
	return u == CLOCK_WORKING ? "working" : "calendar";
}

const char *clock_unit_zh(enum clock_unit u)
{
	return u == CLOCK_WORKING ? "个工作日" : "日";
}

int clock_days_between(int a, int b) { return b - a; }

/* Remember the first year in [from, to] that is provisional (no notice
 * loaded, counted by the statutory holidays alone). */
static void note_unloaded(const struct cal *c, int from, int to, struct clock_result *r)
{
	if (r->unloaded_year)
		return;
	for (int y = date_year(from), last = date_year(to); y <= last; y++) {
		if (cal_year_provisional(c, y)) {
			r->unloaded_year = y;
			return;
		}
	}
}

/* What the explanation says about a day beyond its date: "劳动节(休息日)",
 * "春节(调休上班)", "周末", or "" for an ordinary working day. */
static void day_note(const struct cal *c, int day, struct strbuf *sb)
{
	const char *name = cal_day_name(c, day);

	if (name)
		sb_printf(sb, "%s(%s)", name, cal_is_workday(c, day) ? "调休上班" : "休息日");
	else if (date_is_weekend(day))
		sb_puts(sb, "周末");
}

/* One explanation line: date, weekday, what happened (padded to width
 * columns so the notes line up), then the note and "届满" on the due day. */
static void explain_line(const struct cal *c, struct strbuf *out, int day, const char *what,
			 int width, bool due)
{
	struct strbuf note = {0};
	char iso[DATE_ISO_LEN];

	day_note(c, day, &note);
	if (due)
		sb_printf(&note, "%s届满", note.len ? " " : "");
	sb_printf(out, "%s %s ", date_iso(day, iso), date_weekday_zh(day));
	if (note.len) {
		text_pad(out, what, width);
		sb_printf(out, " %s\n", sb_str(&note));
	} else {
		sb_printf(out, "%s\n", what);
	}
	sb_free(&note);
}

static int roll(const struct cal *c, int day, struct clock_result *r, struct strbuf *explain,
		int width)
{
	while (!cal_is_workday(c, day)) {
		day++;
		r->rolled = true;
		note_unloaded(c, day, day, r);
		if (explain)
			explain_line(c, explain, day, "顺延", width, cal_is_workday(c, day));
	}
	return day;
}

int clock_roll(const struct cal *c, int day, struct clock_result *r)
{
	struct clock_result tmp;

	if (r == NULL)
		r = &tmp;
	memset(r, 0, sizeof *r);
	r->last_counted = day;
	note_unloaded(c, day, day, r);
	r->due = roll(c, day, r, NULL, 0);
	return r->due;
}

int clock_add(const struct cal *c, int start, int n, enum clock_unit unit,
	      struct clock_result *r, struct strbuf *explain)
{
	struct clock_result tmp;
	char what[32], iso[DATE_ISO_LEN];
	int day = start, width;

	if (r == NULL)
		r = &tmp;
	memset(r, 0, sizeof *r);
	if (n <= 0) {
		r->due = r->last_counted = start;
		return start;
	}
	/* The widest count label ("第45天") sets the column the notes start in. */
	snprintf(what, sizeof what, "第%d天", n);
	width = text_width(what);
	if (explain)
		sb_printf(explain, "%s %s 起算 (当日不计), 期限 %d %s\n", date_iso(start, iso),
			  date_weekday_zh(start), n, clock_unit_zh(unit));

	if (unit == CLOCK_CALENDAR && explain == NULL) {
		/* Every day counts, so only the last one needs looking at. */
		day = start + n;
		note_unloaded(c, start + 1, day, r);
	} else {
		for (int k = 0; k < n;) {
			day++;
			note_unloaded(c, day, day, r);
			bool counts = unit == CLOCK_CALENDAR || cal_is_workday(c, day);
			if (counts)
				k++;
			if (explain) {
				snprintf(what, sizeof what, "第%d天", k);
				explain_line(c, explain, day, counts ? what : "不计", width,
					     k == n && cal_is_workday(c, day));
			}
		}
	}
	r->last_counted = day;
	/* Working-day counts always end on a working day; only a calendar
	 * count can land on a rest day. */
	r->due = roll(c, day, r, explain, width);
	return r->due;
}

int clock_soon_until(const struct cal *c, int today)
{
	return clock_add(c, today, CLOCK_SOON_WORKDAYS, CLOCK_WORKING, NULL, NULL);
}

/* ---- rules --------------------------------------------------------- */

static enum tc_status unit_parse(const char *s, enum clock_unit *u, struct tc_err *e)
{
	if (strcmp(s, "calendar") == 0 || strcmp(s, "日") == 0) {
		*u = CLOCK_CALENDAR;
	} else if (strcmp(s, "working") == 0 || strcmp(s, "工作日") == 0) {
		*u = CLOCK_WORKING;
	} else {
		return err_set(e, TC_REFUSED, "unit", "unit: 应为 calendar (日历日) 或 working (工作日), 现为 %s",
			       s);
	}
	return TC_OK;
}

static void copy(char *dst, size_t size, const char *src)
{
	snprintf(dst, size, "%s", src);
}

static void read_rule(sqlite3_stmt *st, struct clock_rule *r)
{
	memset(r, 0, sizeof *r);
	copy(r->name, sizeof r->name, db_col_text(st, 0));
	copy(r->label, sizeof r->label, db_col_text(st, 1));
	r->days = sqlite3_column_int(st, 2);
	r->unit = strcmp(db_col_text(st, 3), "working") == 0 ? CLOCK_WORKING : CLOCK_CALENDAR;
	copy(r->starts, sizeof r->starts, db_col_text(st, 4));
	copy(r->basis, sizeof r->basis, db_col_text(st, 5));
}

/* The rules as read once per handle (DB_SLOT_RULES). */
struct rules {
	struct clock_rule *v;
	size_t n;
};

static void rules_free(void *p)
{
	struct rules *rs = p;
	free(rs->v);
	free(rs);
}

enum tc_status clock_rule_get(struct db *db, const char *name, struct clock_rule *out,
			      struct tc_err *e)
{
	enum tc_status st;

	/* Every event recomputes a case's clocks: read the rules once per
	 * handle, not five queries per event. */
	struct rules *rs = db_slot(db, DB_SLOT_RULES);

	if (rs == NULL) {
		rs = xcalloc(1, sizeof *rs);
		if ((st = clock_rules_list(db, &rs->v, &rs->n, e)) != TC_OK) {
			free(rs);
			return st;
		}
		db_slot_set(db, DB_SLOT_RULES, rs, rules_free);
	}
	for (size_t i = 0; i < rs->n; i++) {
		if (strcmp(rs->v[i].name, name) == 0) {
			*out = rs->v[i];
			return TC_OK;
		}
	}
	return err_set(e, TC_REFUSED, "rule", "没有名为 %s 的期限规则 (用 tiaocai rules 查看)", name);
}

enum tc_status clock_rules_list(struct db *db, struct clock_rule **out, size_t *n,
				struct tc_err *e)
{
	static const char sql[] =
		"SELECT name, label, days, unit, starts, basis FROM clock_rules ORDER BY name";
	sqlite3_stmt *st = db_prep(db, sql);
	struct clock_rule *v = NULL;
	size_t cnt = 0, cap = 0;
	int rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		v = xgrow(v, &cap, cnt + 1, sizeof *v);
		read_rule(st, &v[cnt++]);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		free(v);
		return db_fail(db, rc, "读取期限规则", e);
	}
	*out = v;
	*n = cnt;
	return TC_OK;
}

enum tc_status clock_rule_set(struct db *db, const struct actor *a, const char *name, int days,
			      const char *unit,
			      struct tc_err *e)
{
	static const char sql[] = "UPDATE clock_rules SET days = ?2, unit = ?3 WHERE name = ?1";
	struct clock_rule old;
	enum clock_unit u = CLOCK_CALENDAR;
	enum tc_status st;
	sqlite3_stmt *up;
	char *detail;
	int rc;

	/* days <= 0 means "keep"; only the upper bound can be wrong here. */
	if (days > 365)
		return err_set(e, TC_REFUSED, "days", "days: 应为 1 到 365 之间的整数, 现为 %d", days);
	if (unit && (st = unit_parse(unit, &u, e)) != TC_OK)
		return st;
	if ((st = user_may(a, PERM_SETTINGS, e)) != TC_OK)
		return st;
	if ((st = db_begin(db, e)) != TC_OK)
		return st;
	/* Read under the write lock so the journal shows the true old value. */
	if ((st = clock_rule_get(db, name, &old, e)) != TC_OK)
		goto fail;
	if (days <= 0)
		days = old.days;
	if (unit == NULL)
		u = old.unit;

	up = db_prep(db, sql);
	sqlite3_bind_text(up, 1, name, -1, SQLITE_STATIC);
	sqlite3_bind_int(up, 2, days);
	sqlite3_bind_text(up, 3, clock_unit_name(u), -1, SQLITE_STATIC);
	rc = sqlite3_step(up);
	sqlite3_reset(up);
	if (rc != SQLITE_DONE) {
		st = db_fail(db, rc, "修改期限规则", e);
		goto fail;
	}
	db_slots_changed(db);
	detail = xasprintf("期限规则 %s %s: %d %s -> %d %s", old.name, old.label, old.days,
				 clock_unit_zh(old.unit), days, clock_unit_zh(u));
	st = journal_add(db, 0, DATE_NONE, a->login, "rule", detail, e);
	free(detail);
	if (st != TC_OK)
		goto fail;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return st;
}
