/*
 * settings.c - checking and storing the office settings.  The table of
 * definitions below is the one list of what an office may set; db.c only
 * reads and writes the rows.
 */
#include "tiaocai/settings.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/journal.h"
#include "tiaocai/money.h"
#include "tiaocai/text.h"
#include "tiaocai/user.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct setting_def defs[] = {
	{"office_name", "机构名称", SETTING_TEXT, false},
	{"commission_abbr", "仲裁委简称", SETTING_TEXT, false},
	{"case_word", "案号字", SETTING_TEXT, false},
	{"fast_word", "速裁案号字", SETTING_TEXT, false},
	{"case_template", "案号模板", SETTING_TEMPLATE, false},
	{"min_wage", "当地月最低工资标准", SETTING_MONEY, false},
	{"major_amount", "挂牌督办金额线", SETTING_MONEY, false},
	{"major_workers", "挂牌督办人数线", SETTING_COUNT, false},
	{"collective_workers", "集体争议人数线", SETTING_COUNT, false},
	{"missing_docs_days", "容缺受理补交材料期限(日)", SETTING_COUNT, false},
	{"hearing_minutes", "开庭默认时长(分钟)", SETTING_COUNT, false},
	{"collective_sole", "集体争议可由独任仲裁员审理", SETTING_FLAG, false},
	{"evidence_days", "举证期限(收到举证通知书后日数)", SETTING_COUNT, false},
	{"pay_within", "裁决履行期限", SETTING_TEXT, false},
	{"documents_since", "文书与送达记录起始日", SETTING_DATE, true},
};
#define NDEFS (sizeof defs / sizeof defs[0])

size_t settings_defs(const struct setting_def **out)
{
	*out = defs;
	return NDEFS;
}

const struct setting_def *settings_find(const char *key)
{
	for (size_t i = 0; i < NDEFS; i++)
		if (strcmp(defs[i].key, key) == 0 || strcmp(defs[i].label, key) == 0)
			return &defs[i];
	return NULL;
}

char *settings_show(struct db *db, const char *key)
{
	const struct setting_def *d = settings_find(key);
	char *v, buf[MONEY_BUF];

	if (d == NULL || (v = db_setting(db, d->key)) == NULL)
		return NULL;
	if (d->type == SETTING_MONEY) {
		char *shown = xstrdup(money_display(strtoll(v, NULL, 10), buf));
		free(v);
		return shown;
	}
	if (d->type == SETTING_FLAG) {
		char *shown = xstrdup(strcmp(v, "0") == 0 ? "否" : "是");
		free(v);
		return shown;
	}
	return v;
}

/* The stored form of value, newly allocated, or NULL with *e set. */
static char *check(const struct setting_def *d, const char *value, struct tc_err *e)
{
	int64_t n;
	char *end;

	switch (d->type) {
	case SETTING_MONEY:
		if (money_parse(value, &n, d->label, e) != TC_OK)
			return NULL;
		if (n == 0) {
			err_set(e, TC_REFUSED, d->key, "%s: 应大于 0", d->label);
			return NULL;
		}
		return xasprintf("%lld", (long long)n);
	case SETTING_COUNT:
		n = strtoll(value, &end, 10);
		if (*value == '\0' || *end != '\0' || n < 1 || n > 100000) {
			err_set(e, TC_REFUSED, d->key, "%s: 应为 1 到 100000 之间的整数, 现为 %s", d->label, value);
			return NULL;
		}
		return xasprintf("%lld", (long long)n);
	case SETTING_FLAG:
		if (strcmp(value, "是") == 0 || strcmp(value, "1") == 0 || strcmp(value, "yes") == 0)
			return xstrdup("1");
		if (strcmp(value, "否") == 0 || strcmp(value, "0") == 0 || strcmp(value, "no") == 0)
			return xstrdup("0");
		err_set(e, TC_REFUSED, d->key, "%s: 应为 是 或 否, 现为 %s", d->label, value);
		return NULL;
	case SETTING_DATE: {
		int day;
		char iso[DATE_ISO_LEN];
		if (date_parse(value, &day, d->label, e) != TC_OK)
			return NULL;
		return xstrdup(date_iso(day, iso));
	}
	case SETTING_TEMPLATE:
		/* A number without its year or sequence would repeat. */
		if (strstr(value, "{year}") == NULL || strstr(value, "{seq}") == NULL) {
			err_set(e, TC_REFUSED, d->key, "%s: 须含 {year} 和 {seq}, 如 {abbr}{word}〔{year}〕第{seq}号",
				d->label);
			return NULL;
		}
		/* fall through */
	case SETTING_TEXT: {
		char *t = text_trim(value);
		if (text_check_kind(d->key, d->label, t, TEXT_SETTING, TEXT_REQUIRED, e) != TC_OK) {
			free(t);
			return NULL;
		}
		return t;
	}
	}
	return NULL;
}

enum tc_status settings_check(const char *key, const char *value, char **stored,
			      struct tc_err *e)
{
	const struct setting_def *d = settings_find(key);

	*stored = NULL;
	if (d == NULL)
		return err_set(e, TC_REFUSED, "key", "没有名为 %s 的设置 (用 tiaocai config 查看)", key);
	if ((*stored = check(d, value, e)) == NULL)
		return e ? e->status : TC_REFUSED;
	return TC_OK;
}

enum tc_status settings_set(struct db *db, const struct actor *a, const char *key,
			    const char *value, struct tc_err *e)
{
	const struct setting_def *d = settings_find(key);
	enum tc_status st;
	char *stored, *old, *detail;

	if (d == NULL)
		return err_set(e, TC_REFUSED, "key", "没有名为 %s 的设置 (用 tiaocai config 查看)", key);
	if ((st = user_may(a, PERM_SETTINGS, e)) != TC_OK)
		return st;
	if ((stored = check(d, value, e)) == NULL)
		return e ? e->status : TC_REFUSED;
	if ((st = db_begin(db, e)) != TC_OK) {
		free(stored);
		return st;
	}
	old = settings_show(db, d->key);
	st = db_setting_set(db, d->key, stored, e);
	char *shown = settings_show(db, d->key);
	detail = xasprintf("设置 %s (%s): %s -> %s", d->key, d->label, old ? old : "", shown ? shown : "");
	if (st == TC_OK)
		st = journal_add(db, 0, DATE_NONE, a->login, "setting", detail, e);
	free(detail);
	free(shown);
	free(old);
	free(stored);
	if (st != TC_OK) {
		db_rollback(db);
		return st;
	}
	return db_commit(db, e);
}
