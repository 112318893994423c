/*
 * cli_init.c - `tiaocai init`: create the office database with its
 * settings, clock rules and the shipped holiday calendars.
 */
#include "cli.h"
#include "tiaocai/calendar.h"
#include "tiaocai/date.h"
#include "tiaocai/journal.h"
#include "tiaocai/settings.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] = "用法: tiaocai [--db FILE] init [--office 机构名称] [--code 仲裁委简称]\n";

/* The calendars every new database starts with. */
static const char *const shipped_calendars[] = {"calendar-2025.csv", "calendar-2026.csv"};

enum tc_status cli_load_calendars(struct db *db, const struct actor *a, struct tc_err *e)
{
	enum tc_status st = TC_OK;

	for (size_t i = 0; st == TC_OK && i < sizeof shipped_calendars / sizeof *shipped_calendars; i++) {
		char *path = cli_sample_file(shipped_calendars[i]);
		if (path == NULL)
			return err_set(e, TC_STORAGE, "calendar",
				       "找不到随程序发布的日历 sample-data/%s (可设置 TIAOCAI_DATADIR)",
				       shipped_calendars[i]);
		st = cal_import_file(db, a, path, NULL, e);
		free(path);
	}
	return st;
}

/* Settings, calendars and the journal entry of a new database, in one
 * transaction.  The records of documents and service begin today (the
 * program's today, TIAOCAI_TODAY for a demonstration): a new office is
 * held to the clocks that follow service from its first day. */
static enum tc_status fill(struct db *db, const struct actor *a, const char *office,
			   const char *code, struct tc_err *e)
{
	enum tc_status st;

	if ((st = db_begin(db, e)) != TC_OK)
		return st;
	if (office)
		st = db_setting_set(db, "office_name", office, e);
	if (st == TC_OK && code)
		st = db_setting_set(db, "commission_abbr", code, e);
	if (st == TC_OK) {
		char iso[DATE_ISO_LEN];
		int today;
		if ((st = date_today_checked(&today, e)) == TC_OK)
			st = db_setting_set(db, "documents_since", date_iso(today, iso), e);
	}
	if (st == TC_OK)
		st = cli_load_calendars(db, a, e);
	if (st == TC_OK) {
		char *office_now = db_setting(db, "office_name");
		char *detail = xasprintf("新建数据库: %s", office_now ? office_now : "");
		st = journal_add(db, 0, DATE_NONE, a->login, "init", detail, e);
		free(detail);
		free(office_now);
	}
	if (st == TC_OK)
		return db_commit(db, e);
	db_rollback(db);
	return st;
}

int cli_init(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{"office", required_argument, NULL, 'o'},
		{"code", required_argument, NULL, 'c'},
		{NULL, 0, NULL, 0},
	};
	const char *office = NULL, *code = NULL;
	struct tc_err e = {0};
	int ch;

	cli_getopt_reset();
	while ((ch = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (ch) {
		case 'o':
			office = optarg;
			break;
		case 'c':
			code = optarg;
			break;
		default:
			return cli_usage(usage, "init: 不认识的选项 %s", argv[optind - 1]);
		}
	}
	if (optind < argc)
		return cli_usage(usage, "init: 多余的参数 %s", argv[optind]);
	/* Checked as `config` checks them, before anything is created. */
	const char *keys[] = {"office_name", "commission_abbr"}, *values[] = {office, code};
	for (int i = 0; i < 2; i++) {
		char *checked = NULL;
		if (values[i] && settings_check(keys[i], values[i], &checked, &e) != TC_OK)
			return cli_fail(&e);
		free(checked);
	}

	if ((c->db_path = db_default_path(c->db_opt, &e)) == NULL)
		return cli_fail(&e);
	if (db_create(c->db_path, &c->db, &e) != TC_OK)
		return cli_fail(&e);
	if (user_resolve(c->db, &c->actor, &e) != TC_OK || fill(c->db, &c->actor, office, code, &e) != TC_OK ||
	    db_publish(c->db, &e) != TC_OK) {
		db_close(c->db); /* unpublished: nothing remains */
		c->db = NULL;
		return cli_fail(&e);
	}
	char *name = db_setting(c->db, "office_name");
	printf("已新建数据库 %s (%s)\n", c->db_path, name ? name : "");
	free(name);
	return 0;
}
