/*
 * office.h - the office's own changes to how time is counted: importing a
 * holiday calendar, changing a clock rule, choosing how the short periods
 * are counted; and opening the database so that its clocks are current.
 *
 * Each change checks the actor's permission, writes its tables, the
 * journal row and the recomputed clocks of every open case in one
 * transaction: a failure leaves everything as it was.  This module sits
 * above calendar.c and clock.c (which read and store) and deadline.c
 * (which computes), so none of them calls upward.
 */
#ifndef TIAOCAI_OFFICE_H
#define TIAOCAI_OFFICE_H

#include "tiaocai/clock.h"
#include "tiaocai/user.h"
#include "tiaocai/util.h"

struct db;

/* db_open, then, when the schema was just migrated to a version that
 * brings new clocks, the clocks of every open case recomputed (not on a
 * read-only open: those cases show the clocks stored before). */
enum tc_status office_open(const char *path, struct db **out, struct tc_err *e);

/* Import a calendar CSV (cal_import_file) and recompute every open case's
 * clocks, as one change.  *years as cal_import_file. */
enum tc_status office_calendar_import(struct db *db, const struct actor *a, const char *path,
				      char **years, struct tc_err *e);

/* Change one rule's days and unit (clock_rule_set) and recompute. */
enum tc_status office_rule_set(struct db *db, const struct actor *a, const char *name, int days,
			       const char *unit, struct tc_err *e);

/* The short periods (3, 5 and 10 days: rules accept, serve, defence,
 * tribunal, hearing_notice, postpone) all counted in unit, with basis the
 * reason recorded (NULL: the default basis of that unit, tiaocai(5)), in
 * one change; the choice and its basis are kept in the settings
 * short_unit and short_unit_basis that `tiaocai rules` shows. */
/* settings_set, and for a setting the clocks depend on (documents_since)
 * every open case's clocks recomputed, in one transaction. */
enum tc_status office_setting_set(struct db *db, const struct actor *a, const char *key,
				  const char *value, struct tc_err *e);
enum tc_status office_short_unit(struct db *db, const struct actor *a, const char *unit,
				 const char *basis, struct tc_err *e);
/* The rules office_short_unit sets, NULL-terminated. */
extern const char *const office_short_rules[];
/* The default basis text of each reading. */
const char *office_short_basis(enum clock_unit u);

#endif
