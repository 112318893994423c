/*
 * settings.h - the office settings an administrator may change: the
 * office's name, the case-number template and its words, the local monthly
 * minimum wage (for the final-award test) and the thresholds that flag a
 * case as collective or under listed supervision.
 *
 * Each setting has a type that says how a typed value is checked and
 * stored (money is typed in yuan and stored in fen).  Periods are not
 * settings: they are clock rules (clock.h), the fast-track target included.
 */
#ifndef TIAOCAI_SETTINGS_H
#define TIAOCAI_SETTINGS_H

#include <stdbool.h>
#include <stddef.h>
#include "tiaocai/util.h"

struct db;
struct actor;

enum setting_type { SETTING_TEXT, SETTING_MONEY, SETTING_COUNT, SETTING_TEMPLATE, SETTING_FLAG,
		    SETTING_DATE };

struct setting_def {
	const char *key;    /* min_wage */
	const char *label;  /* 当地月最低工资标准 */
	enum setting_type type;
	bool clocks;        /* the clocks depend on it: office_setting_set recomputes them */
};

/* The definition of key (or of its label), NULL when there is none. */
const struct setting_def *settings_find(const char *key);

/* The settings in the order they are listed. */
size_t settings_defs(const struct setting_def **out);

/* The value of key as a user reads it (money as ¥2,130.00); newly
 * allocated, the caller frees it; NULL when the key is unknown. */
char *settings_show(struct db *db, const char *key);

/* Check value for key as settings_set does, storing nothing: *stored
 * gets the form that would be stored (newly allocated) or NULL with e
 * naming the setting and what would be right. */
enum tc_status settings_check(const char *key, const char *value, char **stored,
			      struct tc_err *e);

/* Check value for key and store it, journalled, as actor a (who needs
 * PERM_SETTINGS).  A bad value changes nothing and the message names the
 * setting and what would be right. */
enum tc_status settings_set(struct db *db, const struct actor *a, const char *key,
			    const char *value, struct tc_err *e);

#endif
