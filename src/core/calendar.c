/*
 * calendar.c - the holiday calendar: loading the tables calendar and
 * calendar_years into a per-year bitmap of working days, answering "is
 * this a working day?", and importing a year's notice from CSV.
 *
 * A year whose State Council notice is not loaded is *provisional*: its
 * rest days are the weekends and the statutory holidays of 全国年节及纪念日
 * 放假办法 Art 2, whose lunar and solar-term dates come from a table
 * generated once (holidays_gen.h, tools/gen-holidays.py).  The notice's
 * 调休 (worked weekends, bridging days, 补假) is never guessed, so a
 * provisional year has at most the rest days the notice will have, except
 * for the weekends it turns into working days.
 *
 * It does not count periods (clock.c does) and does not decide what a
 * deadline means for a case (case.c); it only knows which days are worked.
 */
#include "tiaocai/calendar.h"
#include "tiaocai/csvio.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/journal.h"
#include "tiaocai/text.h"
#include "tiaocai/user.h"
#include "holidays_gen.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* One loaded year: bit i of work is set when day first + i is worked. */
struct cal_year {
	int year;
	int first, last;       /* day numbers of 1 January and 31 December */
	unsigned char work[46];
	int nworking;
	size_t day0, ndays;    /* its special days: c->days[day0 .. day0 + ndays) */
	bool provisional;      /* no notice loaded: the statutory holidays only */
};

/* Loaded years and the provisional years of holidays_gen.h, so the hot
 * path is a bitmap either way; years beyond both are worked out per day
 * (statutory_name). */
struct cal {
	struct cal_year *years; /* ascending by year */
	size_t nyears;
	struct cal_day *days;   /* ascending by day */
	size_t ndays;
};

/* ---- the statutory holidays (provisional years) ------------------------ */

/* What Art 2 of 全国年节及纪念日放假办法 gave everyone off, by the version
 * in force from 1 January of year `from` on (1999, 2007, 2013 and 2024
 * versions).  元旦 (01-01) and 国庆节 (10-01 to 10-03) never changed. */
static const struct holiday_law {
	int from;
	int spring_first;  /* 春节's first day, from 正月初一: -1 is 除夕 */
	int spring_days;
	int labour_days;   /* 劳动节, from 05-01 */
	bool lunar;        /* 清明节, 端午节 and 中秋节 are holidays */
} holiday_laws[] = {
	{0, 0, 3, 3, false},    /* 1999 (and before): 春节 初一至初三, 劳动节 3 天 */
	{2008, -1, 3, 1, true}, /* 2007: 春节 除夕至初二 */
	{2014, 0, 3, 1, true},  /* 2013: 春节 初一至初三 */
	{2025, -1, 4, 2, true}, /* 2024: 春节 除夕至初三, 劳动节 2 天 */
};

#define STATUTORY_MAX 16 /* 1 + 4 + 1 + 3 + 1 + 1 + 3 = 14 at most */

struct statutory_day {
	int day;
	const char *name;
};

/* The day of year-mmdd as in holidays_gen.h. */
static int gen_day(int year, int mmdd)
{
	return date_from_ymd(year, mmdd / 100, mmdd % 100);
}

static size_t add_run(struct statutory_day *out, size_t n, int first, int days, const char *name)
{
	for (int i = 0; i < days && first != DATE_NONE; i++) {
		assert(n < STATUTORY_MAX);
		out[n].day = first + i;
		out[n++].name = name;
	}
	return n;
}

/* The statutory rest days of year in date order.  The lunar holidays are
 * known for the years of holidays_gen.h only; outside them, the fixed-date
 * holidays alone.  中秋 on a 国庆 day is one day, named as the notices name
 * it ("国庆节、中秋节"). */
static size_t statutory_days(int year, struct statutory_day out[STATUTORY_MAX])
{
	const struct holiday_law *law = &holiday_laws[0];
	const short *gen = NULL;
	size_t n = 0;

	for (size_t i = 0; i < sizeof holiday_laws / sizeof holiday_laws[0]; i++)
		if (year >= holiday_laws[i].from)
			law = &holiday_laws[i];
	if (year >= HOLIDAYS_GEN_FIRST && year <= HOLIDAYS_GEN_LAST) {
		gen = holidays_gen[year - HOLIDAYS_GEN_FIRST];
		assert(gen[0] == year);
	}
	n = add_run(out, n, date_from_ymd(year, 1, 1), 1, "元旦");
	if (gen)
		n = add_run(out, n, gen_day(year, gen[2]) + law->spring_first, law->spring_days, "春节");
	if (gen && law->lunar)
		n = add_run(out, n, gen_day(year, gen[3]), 1, "清明节");
	n = add_run(out, n, date_from_ymd(year, 5, 1), law->labour_days, "劳动节");
	if (gen && law->lunar)
		n = add_run(out, n, gen_day(year, gen[4]), 1, "端午节");
	n = add_run(out, n, date_from_ymd(year, 10, 1), 3, "国庆节");
	if (gen && law->lunar) {
		int mid_autumn = gen_day(year, gen[5]);
		size_t i = 0;
		while (i < n && out[i].day != mid_autumn)
			i++;
		if (i < n)
			out[i].name = "国庆节、中秋节";
		else
			n = add_run(out, n, mid_autumn, 1, "中秋节");
	}
	/* Insertion sort: at most 14 days, mostly in order already. */
	for (size_t i = 1; i < n; i++) {
		struct statutory_day d = out[i];
		size_t k = i;
		for (; k > 0 && out[k - 1].day > d.day; k--)
			out[k] = out[k - 1];
		out[k] = d;
	}
	return n;
}

/* The statutory holiday on day, or NULL: for a day outside every year the
 * calendar holds (no calendar at all, or beyond holidays_gen.h). */
static const char *statutory_name(int day)
{
	struct statutory_day d[STATUTORY_MAX];
	size_t n = statutory_days(date_year(day), d);

	for (size_t i = 0; i < n; i++)
		if (d[i].day == day)
			return d[i].name;
	return NULL;
}

size_t cal_provisional_text(int year, char *buf, size_t size)
{
	char text[128];
	int n = snprintf(text, sizeof text, "%d 年国务院放假安排未载入, 暂按法定节假日计算", year);

	assert(n > 0 && (size_t)n < sizeof text);
	/* Cut short, it ends on a whole character, not inside one. */
	if (size > 0)
		text_copy(buf, size, text);
	return (size_t)n;
}

void cal_free(struct cal *c)
{
	if (c == NULL)
		return;
	free(c->years);
	free(c->days);
	free(c);
}

/* The loaded year holding day, found by day number so no date arithmetic
 * is needed on the hot path; NULL when that year is not loaded. */
static const struct cal_year *year_of_day(const struct cal *c, int day)
{
	size_t lo = 0, hi = c ? c->nyears : 0;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct cal_year *y = &c->years[mid];
		if (day < y->first)
			hi = mid;
		else if (day > y->last)
			lo = mid + 1;
		else
			return y;
	}
	return NULL;
}

static const struct cal_year *find_year(const struct cal *c, int year)
{
	int jan1 = date_from_ymd(year, 1, 1);
	return jan1 == DATE_NONE ? NULL : year_of_day(c, jan1);
}

bool cal_is_workday(const struct cal *c, int day)
{
	const struct cal_year *y = year_of_day(c, day);

	if (y == NULL)
		return !date_is_weekend(day) && statutory_name(day) == NULL;
	int i = day - y->first;
	return (y->work[i / 8] >> (i % 8)) & 1;
}

static const struct cal_day *find_day(const struct cal *c, int day)
{
	const struct cal_year *y = year_of_day(c, day);
	size_t lo, hi;

	if (y == NULL)
		return NULL;
	lo = y->day0;
	hi = y->day0 + y->ndays;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (c->days[mid].day < day)
			lo = mid + 1;
		else if (c->days[mid].day > day)
			hi = mid;
		else
			return &c->days[mid];
	}
	return NULL;
}

const char *cal_day_name(const struct cal *c, int day)
{
	const struct cal_day *d;

	if (year_of_day(c, day) == NULL)
		return statutory_name(day);
	d = find_day(c, day);
	return d ? d->name : NULL;
}

bool cal_year_loaded(const struct cal *c, int year)
{
	const struct cal_year *y = find_year(c, year);
	return y != NULL && !y->provisional;
}

bool cal_year_provisional(const struct cal *c, int year)
{
	return !cal_year_loaded(c, year);
}

int cal_working_days(const struct cal *c, int year)
{
	const struct cal_year *y = find_year(c, year);
	int first = date_from_ymd(year, 1, 1), n = 0;

	if (y)
		return y->nworking;
	if (first == DATE_NONE)
		return 0;
	for (int d = first; date_year(d) == year; d++)
		n += cal_is_workday(c, d);
	return n;
}

size_t cal_year_days(const struct cal *c, int year, const struct cal_day **out)
{
	const struct cal_year *y = find_year(c, year);

	*out = y && y->ndays ? &c->days[y->day0] : NULL;
	return y ? y->ndays : 0;
}

/* Add year to the sorted list of years unless it is there; returns it
 * (valid until the next add_year). */
static struct cal_year *add_year(struct cal *c, size_t *cap, int year)
{
	size_t i = 0;

	while (i < c->nyears && c->years[i].year < year)
		i++;
	if (i < c->nyears && c->years[i].year == year)
		return &c->years[i];
	c->years = xgrow(c->years, cap, c->nyears + 1, sizeof *c->years);
	memmove(&c->years[i + 1], &c->years[i], (c->nyears - i) * sizeof *c->years);
	memset(&c->years[i], 0, sizeof c->years[i]);
	c->years[i].year = year;
	c->years[i].first = date_from_ymd(year, 1, 1);
	c->years[i].last = date_from_ymd(year, 12, 31);
	c->nyears++;
	return &c->years[i];
}

static int cmp_day(const void *a, const void *b)
{
	const struct cal_day *x = a, *y = b;
	return (x->day > y->day) - (x->day < y->day);
}

/* Give every year of holidays_gen.h that has no notice loaded its
 * statutory holidays, as if a notice of those days alone were loaded. */
static void add_provisional(struct cal *c, size_t *ycap, size_t *dcap)
{
	for (int year = HOLIDAYS_GEN_FIRST; year <= HOLIDAYS_GEN_LAST; year++) {
		struct statutory_day d[STATUTORY_MAX];
		size_t n;

		if (find_year(c, year) != NULL)
			continue;
		add_year(c, ycap, year)->provisional = true;
		n = statutory_days(year, d);
		c->days = xgrow(c->days, dcap, c->ndays + n, sizeof *c->days);
		for (size_t i = 0; i < n; i++) {
			struct cal_day *cd = &c->days[c->ndays++];
			cd->day = d[i].day;
			cd->workday = false;
			text_copy(cd->name, sizeof cd->name, d[i].name);
		}
	}
	/* The notices' days came in date order; these go between them. */
	qsort(c->days, c->ndays, sizeof *c->days, cmp_day);
}

static void set_work(struct cal_year *y, int day, bool work)
{
	int i = day - y->first;
	unsigned char bit = (unsigned char)(1u << (i % 8));

	if (work)
		y->work[i / 8] |= bit;
	else
		y->work[i / 8] &= (unsigned char)~bit;
}

/* Fill each loaded year's bitmap: weekdays first, then the notice. */
static void build_years(struct cal *c)
{
	size_t k = 0;

	for (size_t i = 0; i < c->nyears; i++) {
		struct cal_year *y = &c->years[i];
		for (int d = y->first; d <= y->last; d++)
			set_work(y, d, !date_is_weekend(d));
		while (k < c->ndays && c->days[k].day < y->first)
			k++;
		y->day0 = k;
		while (k < c->ndays && c->days[k].day <= y->last) {
			set_work(y, c->days[k].day, c->days[k].workday);
			k++;
		}
		y->ndays = k - y->day0;
		/* Bits past 31 December are never set. */
		for (size_t b = 0; b < sizeof y->work; b++)
			for (unsigned v = y->work[b]; v; v &= v - 1)
				y->nworking++;
	}
}

static enum tc_status load(struct db *db, struct cal **out, struct tc_err *e)
{
	static const char years_sql[] = "SELECT year FROM calendar_years ORDER BY year";
	static const char days_sql[] = "SELECT date, kind, name FROM calendar ORDER BY date";
	struct cal *c = xcalloc(1, sizeof *c);
	size_t ycap = 0, dcap = 0;
	sqlite3_stmt *st;
	int rc;

	st = db_prep(db, years_sql);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int year = sqlite3_column_int(st, 0);
		if (date_from_ymd(year, 1, 1) != DATE_NONE)
			add_year(c, &ycap, year);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		goto fail;

	st = db_prep(db, days_sql);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int day = date_from_iso(db_col_text(st, 0));
		if (day == DATE_NONE)
			continue; /* the import never writes one; skip rather than fail */
		c->days = xgrow(c->days, &dcap, c->ndays + 1, sizeof *c->days);
		struct cal_day *d = &c->days[c->ndays++];
		d->day = day;
		d->workday = strcmp(db_col_text(st, 1), "workday") == 0;
		text_copy(d->name, sizeof d->name, db_col_text(st, 2));
		/* A row whose year was never recorded still counts as loaded:
		 * ignoring it would make deadlines silently wrong. */
		add_year(c, &ycap, date_year(day));
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		goto fail;
	add_provisional(c, &ycap, &dcap);
	build_years(c);
	*out = c;
	return TC_OK;
fail:
	cal_free(c);
	return db_fail(db, rc, "读取节假日日历", e);
}

static void cal_free_v(void *c) { cal_free(c); }

enum tc_status cal_get(struct db *db, const struct cal **out, struct tc_err *e)
{
	struct cal *c = db_slot(db, DB_SLOT_CAL);

	if (c == NULL) {
		enum tc_status st = load(db, &c, e);
		if (st != TC_OK)
			return st;
		db_slot_set(db, DB_SLOT_CAL, c, cal_free_v);
	}
	*out = c;
	return TC_OK;
}

/* ---- import ---------------------------------------------------------- */

struct import_row {
	struct cal_day d;
	int line;
};

static int cmp_row(const void *a, const void *b)
{
	const struct import_row *x = a, *y = b;

	if (x->d.day != y->d.day)
		return x->d.day < y->d.day ? -1 : 1;
	return (x->line > y->line) - (x->line < y->line);
}

/* Check one record and fill *out; FILE:LINE: column: reason on failure. */
static enum tc_status check_row(const char *path, const struct csvio_record *rec,
				const int idx[3], struct import_row *out, struct tc_err *e)
{
	char *date = text_trim(csvio_field(rec, idx[0]));
	char *kind = text_trim(csvio_field(rec, idx[1]));
	char *name = text_trim(csvio_field(rec, idx[2]));
	struct tc_err de = {0};
	enum tc_status st = TC_REFUSED;
	char iso[DATE_ISO_LEN];

	out->line = rec->line;
	if (*date == '\0') {
		err_set(e, st, "date", "%s:%d: date: 不能为空", path, rec->line);
		goto done;
	}
	if (date_parse(date, &out->d.day, "date", &de) != TC_OK) {
		err_set(e, st, "date", "%s:%d: %s", path, rec->line, de.msg);
		goto done;
	}
	if (strcasecmp(kind, "off") == 0 || strcmp(kind, "休息") == 0) {
		out->d.workday = false;
	} else if (strcasecmp(kind, "workday") == 0 || strcmp(kind, "上班") == 0) {
		out->d.workday = true;
	} else {
		err_set(e, st, "kind", "%s:%d: kind: 应为 off 或 workday, 现为 %s", path,
			rec->line, *kind ? kind : "空");
		goto done;
	}
	/* An off day on a weekend is harmless (a notice may list the whole
	 * break); a worked weekday would mean the file is wrong. */
	if (out->d.workday && !date_is_weekend(out->d.day)) {
		err_set(e, st, "kind", "%s:%d: kind: %s 是%s, 本来就上班; workday 只能是调休上班的周六或周日",
			path, rec->line, date_iso(out->d.day, iso), date_weekday_zh(out->d.day));
		goto done;
	}
	if (*name == '\0') {
		err_set(e, st, "name", "%s:%d: name: 不能为空 (如 春节、国庆节)", path, rec->line);
		goto done;
	}
	if (text_check_kind("name", NULL, name, TEXT_WORD, 0, &de) != TC_OK) {
		err_set(e, st, "name", "%s:%d: name: %s", path, rec->line, de.msg);
		goto done;
	}
	/* TEXT_MAX_WORD characters always fit. */
	text_copy(out->d.name, sizeof out->d.name, name);
	st = TC_OK;
done:
	free(date);
	free(kind);
	free(name);
	return st;
}

/* Parse and check the whole file; rows come back sorted by day. */
static enum tc_status read_rows(const char *path, struct import_row **rows, size_t *n,
				struct tc_err *e)
{
	static const struct csvio_col cols[] = {
		{"date", "日期"}, {"kind", "类型"}, {"name", "名称"},
	};
	struct csvio_file f = {0};
	struct import_row *r = NULL;
	size_t cnt = 0;
	int idx[3];
	enum tc_status st;

	/* AUTO: an office may save the notice from a spreadsheet in GB18030. */
	if ((st = csvio_read(path, CSVIO_AUTO, &f, e)) != TC_OK)
		return st;
	if ((st = csvio_map_header(&f, cols, 3, 3, idx, e)) != TC_OK)
		goto out;
	/* An empty file would otherwise mark nothing and report success. */
	if (f.nrecords < 2) {
		st = err_set(e, TC_REFUSED, "", "%s: 文件里没有任何日期", path);
		goto out;
	}
	r = xcalloc(f.nrecords - 1, sizeof *r);
	for (size_t i = 1; i < f.nrecords; i++) {
		if ((st = check_row(path, &f.records[i], idx, &r[cnt], e)) != TC_OK)
			goto out;
		cnt++;
	}
	/* Sorting puts duplicates side by side and each year in one run. */
	qsort(r, cnt, sizeof *r, cmp_row);
	/* Among duplicates report the earliest line that repeats a date. */
	size_t dup = cnt;
	for (size_t i = 1; i < cnt; i++)
		if (r[i].d.day == r[i - 1].d.day && (dup == cnt || r[i].line < r[dup].line))
			dup = i;
	if (dup < cnt) {
		char iso[DATE_ISO_LEN];
		int first = r[dup].line;
		for (size_t i = dup; i > 0 && r[i - 1].d.day == r[dup].d.day; i--)
			first = r[i - 1].line;
		st = err_set(e, TC_REFUSED, "date", "%s:%d: date: %s 重复 (第 %d 行已有)", path,
			     r[dup].line, date_iso(r[dup].d.day, iso), first);
		goto out;
	}
	st = TC_OK;
out:
	csvio_file_free(&f);
	if (st != TC_OK) {
		free(r);
		return st;
	}
	*rows = r;
	*n = cnt;
	return TC_OK;
}

enum tc_status cal_read_file(const char *path, struct cal_day **days, size_t *n,
			     struct tc_err *e)
{
	struct import_row *rows;
	size_t cnt;
	enum tc_status st;

	*days = NULL;
	*n = 0;
	if ((st = read_rows(path, &rows, &cnt, e)) != TC_OK)
		return st;
	*days = xcalloc(cnt, sizeof **days);
	for (size_t i = 0; i < cnt; i++)
		(*days)[i] = rows[i].d;
	*n = cnt;
	free(rows);
	return TC_OK;
}

/* The acting user's login for the journal; the calendar is the office's
 * to change, so the same permission holds whichever front end calls. */
/* Replace one year's rows and record it as loaded, inside the caller's
 * transaction. */
static enum tc_status write_year(struct db *db, int year, const struct import_row *rows,
				 size_t n, const char *source, const char *actor,
				 struct strbuf *years, struct tc_err *e)
{
	static const char del_sql[] = "DELETE FROM calendar WHERE date >= ?1 AND date <= ?2";
	static const char ins_sql[] = "INSERT INTO calendar(date, kind, name) VALUES (?1, ?2, ?3)";
	static const char year_sql[] =
		"INSERT INTO calendar_years(year, loaded_at, source) VALUES (?1, ?2, ?3)"
		" ON CONFLICT(year) DO UPDATE SET loaded_at = excluded.loaded_at,"
		" source = excluded.source";
	char from[DATE_ISO_LEN], to[DATE_ISO_LEN], iso[DATE_ISO_LEN], now[20];
	sqlite3_stmt *st = db_prep(db, del_sql);
	int rc, off = 0, work = 0;

	/* ISO text sorts as dates do, so a range selects exactly one year. */
	sqlite3_bind_text(st, 1, date_iso(date_from_ymd(year, 1, 1), from), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, date_iso(date_from_ymd(year, 12, 31), to), -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, "删除旧日历", e);

	st = db_prep(db, ins_sql);
	for (size_t i = 0; i < n; i++) {
		if (date_year(rows[i].d.day) != year)
			continue;
		sqlite3_reset(st);
		sqlite3_bind_text(st, 1, date_iso(rows[i].d.day, iso), -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 2, rows[i].d.workday ? "workday" : "off", -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, rows[i].d.name, -1, SQLITE_STATIC);
		rc = sqlite3_step(st);
		if (rc != SQLITE_DONE) {
			sqlite3_reset(st);
			return db_fail(db, rc, "写入日历", e);
		}
		if (rows[i].d.workday)
			work++;
		else
			off++;
	}
	sqlite3_reset(st);

	db_now(now);
	st = db_prep(db, year_sql);
	sqlite3_bind_int(st, 1, year);
	sqlite3_bind_text(st, 2, now, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, source, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, "记录日历年份", e);

	char *detail = xasprintf("导入 %d 年节假日日历 (%s): 休息日 %d 天, 调休上班 %d 天",
				 year, source, off, work);
	enum tc_status s = journal_add(db, 0, DATE_NONE, actor, "calendar", detail, e);
	free(detail);
	if (s == TC_OK)
		sb_printf(years, "%s%d", years->len ? ", " : "", year);
	return s;
}

enum tc_status cal_import_file(struct db *db, const struct actor *a, const char *path, char **years,
			       struct tc_err *e)
{
	struct import_row *rows = NULL;
	struct strbuf done = {0};
	const char *actor = a->login;
	const char *source = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	size_t n = 0;
	enum tc_status st;

	if (years)
		*years = NULL;
	if ((st = user_may(a, PERM_CALENDAR, e)) != TC_OK)
		return st;
	/* Every row is checked before the transaction opens: a bad line
	 * costs no lock and leaves nothing behind. */
	if ((st = read_rows(path, &rows, &n, e)) != TC_OK)
		return st;
	if ((st = db_begin(db, e)) != TC_OK)
		goto out;
	/* rows are sorted, so each year's run is contiguous. */
	for (size_t i = 0; i < n && st == TC_OK; i++)
		if (i == 0 || date_year(rows[i].d.day) != date_year(rows[i - 1].d.day))
			st = write_year(db, date_year(rows[i].d.day), rows, n, source, actor,
					&done, e);
	/* Drop the old copy: the deadlines are rebuilt from the new one. */
	if (st == TC_OK)
		db_slots_changed(db);
	if (st == TC_OK)
		st = db_commit(db, e);
	else
		db_rollback(db);
out:
	free(rows);
	if (st == TC_OK && years)
		*years = sb_take(&done);
	sb_free(&done);
	return st;
}
