/*
 * office.c - changes to how the office counts time, each recomputing the
 * clocks of the open cases in the same transaction (office.h).
 *
 * calendar.c and clock.c check, store and journal their own rows; this
 * file adds the one step they must not take themselves (calling up into
 * deadline.c), so the order of modules stays db -> calendar/clock ->
 * deadline -> office.
 */
#include "tiaocai/office.h"
#include "tiaocai/settings.h"
#include "tiaocai/calendar.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/deadline.h"
#include "tiaocai/journal.h"
#include "tiaocai/tally.h"
#include "tiaocai/text.h"

#include <stdlib.h>
#include <string.h>

/* The schema version that brought the clocks table (and the tribunal
 * clock): a database migrated from below it has open cases to recompute. */
#define CLOCKS_SCHEMA 5

const char *const office_short_rules[] = {
	"accept", "serve", "defence", "tribunal", "hearing_notice", "postpone", NULL,
};

const char *office_short_basis(enum clock_unit u)
{
	return u == CLOCK_WORKING
		       ? "劳动人事争议仲裁办案规则 (2017) 附则: 三日、五日、十日指工作日"
		       : "劳动争议调解仲裁法以「日」计期间, 按自然日计算 (民事诉讼法第八十五条)";
}

/* What the migrations cannot do in SQL (db.h, struct db_upgrade). */
static const struct db_upgrade upgrades[] = {
	{DB_UPGRADE_CHAIN, journal_chain_build},
	{TALLY_SCHEMA, tally_fill},
};

enum tc_status office_open(const char *path, struct db **out, struct tc_err *e)
{
	enum tc_status st = db_open_upgrading(path, upgrades, sizeof upgrades / sizeof upgrades[0],
					      out, e);

	if (st != TC_OK || (*out)->migrated_from >= CLOCKS_SCHEMA || (*out)->readonly)
		return st;
	if ((st = deadline_update_all(*out, e)) != TC_OK) {
		db_close(*out);
		*out = NULL;
	}
	return st;
}

/* Run the change between begin and the recompute, all or nothing. */
static enum tc_status finish(struct db *db, enum tc_status st, struct tc_err *e)
{
	if (st == TC_OK)
		st = deadline_update_all(db, e);
	if (st == TC_OK)
		return db_commit(db, e);
	db_rollback(db);
	return st;
}

enum tc_status office_calendar_import(struct db *db, const struct actor *a, const char *path,
				      char **years, struct tc_err *e)
{
	enum tc_status st;

	if (years)
		*years = NULL;
	if ((st = user_may(a, PERM_CALENDAR, e)) != TC_OK || (st = db_begin(db, e)) != TC_OK)
		return st;
	st = finish(db, cal_import_file(db, a, path, years, e), e);
	if (st != TC_OK && years) {
		free(*years);
		*years = NULL;
	}
	return st;
}

enum tc_status office_rule_set(struct db *db, const struct actor *a, const char *name, int days,
			       const char *unit, struct tc_err *e)
{
	enum tc_status st;

	if ((st = user_may(a, PERM_SETTINGS, e)) != TC_OK || (st = db_begin(db, e)) != TC_OK)
		return st;
	return finish(db, clock_rule_set(db, a, name, days, unit, e), e);
}

enum tc_status office_setting_set(struct db *db, const struct actor *a, const char *key,
				  const char *value, struct tc_err *e)
{
	const struct setting_def *d = settings_find(key);
	enum tc_status st;

	if (d == NULL || !d->clocks)
		return settings_set(db, a, key, value, e);
	if ((st = db_begin(db, e)) != TC_OK)
		return st;
	return finish(db, settings_set(db, a, key, value, e), e);
}

enum tc_status office_short_unit(struct db *db, const struct actor *a, const char *unit,
				 const char *basis, struct tc_err *e)
{
	enum clock_unit u;
	enum tc_status st;

	if (unit && (strcmp(unit, "calendar") == 0 || strcmp(unit, "日") == 0))
		u = CLOCK_CALENDAR;
	else if (unit && (strcmp(unit, "working") == 0 || strcmp(unit, "工作日") == 0))
		u = CLOCK_WORKING;
	else
		return err_set(e, TC_USAGE, "unit", "计算单位应为 calendar (日) 或 working (工作日): %s",
			       unit ? unit : "");
	if (basis && *basis &&
	    (st = text_check_kind("basis", "依据", basis, TEXT_NOTE, 0, e)) != TC_OK)
		return st;
	if (basis == NULL || !*basis)
		basis = office_short_basis(u);
	if ((st = user_may(a, PERM_SETTINGS, e)) != TC_OK || (st = db_begin(db, e)) != TC_OK)
		return st;
	for (size_t i = 0; st == TC_OK && office_short_rules[i]; i++) {
		struct clock_rule r;
		/* A rule the office has removed is not an error. */
		if (clock_rule_get(db, office_short_rules[i], &r, NULL) == TC_OK && r.unit != u)
			st = clock_rule_set(db, a, office_short_rules[i], 0, clock_unit_name(u), e);
	}
	if (st == TC_OK)
		st = db_setting_set(db, "short_unit", clock_unit_name(u), e);
	if (st == TC_OK)
		st = db_setting_set(db, "short_unit_basis", basis, e);
	if (st == TC_OK) {
		char *detail = xasprintf("短期间 (三日、五日、十日) 按%s计算: %s",
					 u == CLOCK_WORKING ? "工作日" : "自然日", basis);
		st = journal_add(db, 0, DATE_NONE, a->login, "rule", detail, e);
		free(detail);
	}
	return finish(db, st, e);
}
