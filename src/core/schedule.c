/*
 * schedule.c - the 开庭排期表 (schedule.h): a day's hearings room by room,
 * as a report document.
 *
 * The hearings come from hearing_each (so a lawyer's sheet holds their
 * cases only, and the sheet says so), the rooms from room_list put in the
 * order a clerk counts them; a hearing some party was not properly
 * notified of (serve_unnotified) is marked ※ and counted under its room.  What the page looks like is the renderers'
 * business (rdoc.c for text, src/pdf for A4).
 */
#include "tiaocai/schedule.h"
#include "tiaocai/case.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/serve.h"
#include "tiaocai/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DAYS 31 /* a month of sheets at most in one document */

/* ---- room order -------------------------------------------------------- */

enum tc_status schedule_rooms(struct db *db, struct room **out, size_t *n, struct tc_err *e)
{
	return room_list(db, out, n, e);
}

/* ---- cells ------------------------------------------------------------- */

void schedule_tribunal(const struct hearing *h, char *buf, size_t size)
{
	if (!h->chief[0])
		snprintf(buf, size, "%s", "");
	else if (h->sole || !h->members[0])
		snprintf(buf, size, "%s", h->chief);
	else
		snprintf(buf, size, "%s（首席）、%s", h->chief, h->members);
}

void schedule_day_label(int day, char *buf, size_t size)
{
	static const char *const names[] = {"", "一", "二", "三", "四", "五", "六", "日"};
	int y, m, d, w = date_weekday(day);

	date_to_ymd(day, &y, &m, &d);
	snprintf(buf, size, "%d年%d月%d日 星期%s", y, m, d, names[w >= 1 && w <= 7 ? w : 0]);
}

/* "11月23日 星期一": the day in a heading of a sheet of several days. */
static void short_day(int day, char *buf, size_t size)
{
	char full[48];
	const char *nian;

	schedule_day_label(day, full, sizeof full);
	nian = strstr(full, "年");
	snprintf(buf, size, "%s", nian ? nian + strlen("年") : full);
}

/* ---- the sheet --------------------------------------------------------- */

/* The hearings collected: scheduled or held, in time order; with each,
 * how many parties were not properly notified. */
struct found {
	struct hearing *v;
	size_t *unnotified;
	size_t n, cap, ucap;
};

static int collect(const struct hearing *h, void *ctx)
{
	struct found *f = ctx;

	if (h->status != HEARING_SCHEDULED && h->status != HEARING_HELD)
		return 0;
	f->v = xgrow(f->v, &f->cap, f->n + 1, sizeof *f->v);
	f->unnotified = xgrow(f->unnotified, &f->ucap, f->n + 1, sizeof *f->unnotified);
	f->unnotified[f->n] = 0;
	f->v[f->n++] = *h;
	return 0;
}

/* How many were not served each hearing's notice in time. */
static enum tc_status notified(struct db *db, struct found *f, struct tc_err *e)
{
	enum tc_status st = TC_OK;

	for (size_t i = 0; i < f->n && st == TC_OK; i++) {
		struct strlist names = {0};
		st = serve_unnotified(db, f->v[i].case_id, f->v[i].no, &names, e);
		f->unnotified[i] = names.n;
		sl_free(&names);
	}
	return st;
}

/* The rows of room_id (0: no room) on day, under a heading, with the
 * address; nothing when there are none.  Returns the rows put. */
static size_t room_block(struct rdoc *d, const struct found *f, int day, int64_t room_id,
			 const char *heading, const char *address)
{
	static const char *const head[] = {"时间", "案号", "申请人", "被申请人", "仲裁庭", "书记员"};
	struct rdoc_table *t = NULL;
	struct strbuf marks = {0};
	size_t rows = 0;

	for (size_t i = 0; i < f->n; i++) {
		const struct hearing *h = &f->v[i];
		char when[24], trib[sizeof h->chief + sizeof h->members + 16], no[96];
		bool mark = f->unnotified[i] > 0;

		if (h->room_id != room_id || hearing_day(h->at) != day)
			continue;
		if (!t) {
			rdoc_heading(d, heading);
			if (address && *address)
				rdoc_text(d, "地址：%s", address);
			t = rdoc_table(d, 6, head);
			/* Names give way, widest first, when the page is too
			 * narrow (the PDF wraps them, the text cuts them);
			 * the time and the case number never do. */
			rdoc_table_max(t, 2, 20);
			rdoc_table_max(t, 3, 40);
			rdoc_table_max(t, 4, 30);
			rdoc_table_max(t, 5, 10);
		}
		snprintf(when, sizeof when, "%.5s-%.5s%s", h->at + 11,
			 strlen(h->end_at) >= 16 ? h->end_at + 11 : "", mark ? "※" : "");
		schedule_tribunal(h, trib, sizeof trib);
		const char *row[] = {when, h->case_no, h->applicant, h->respondent, trib, h->clerk};
		rdoc_row(t, row);
		rows++;
		if (mark) {
			case_short_no(h->case_no, no, sizeof no);
			sb_printf(&marks, "%s%.5s %s (%zu人)", marks.len ? "; " : "", h->at + 11, no,
				  f->unnotified[i]);
		}
	}
	/* Under the room's table: how many were not properly notified (Art
	 * 35); the names are the 庭审 screen's and `hearings`'. */
	if (marks.len)
		rdoc_text(d, "※ 有当事人未按期收到开庭通知 (劳动争议调解仲裁法第三十五条): %s",
			  sb_str(&marks));
	sb_free(&marks);
	return rows;
}

/* Whether room is one of the office's; if not, e says which there are. */
static enum tc_status known_room(const struct room *v, size_t n, const char *room,
				 struct tc_err *e)
{
	struct strbuf sb = {0};
	enum tc_status st;

	for (size_t i = 0; i < n; i++)
		if (strcmp(v[i].name, room) == 0)
			return TC_OK;
	for (size_t i = 0; i < n; i++)
		sb_printf(&sb, "%s%s", i ? "、" : "", v[i].name);
	if (n)
		st = err_set(e, TC_REFUSED, "room", "开庭地点: 没有「%s」, 现有: %s", room, sb_str(&sb));
	else
		st = err_set(e, TC_REFUSED, "room", "开庭地点: 本机构还没有登记开庭地点 (tiaocai room add 名称)");
	sb_free(&sb);
	return st;
}

enum tc_status schedule_build(struct db *db, const struct actor *a, int from, int to,
			      const char *room, int today, struct rdoc *out, struct tc_err *e)
{
	struct hearing_query q = {.from = from, .to = to, .room = room};
	struct found f = {0};
	struct room *rooms = NULL;
	size_t nrooms = 0, total = 0;
	char period[160], generated[48], iso[DATE_ISO_LEN], a1[48], a2[48];
	enum tc_status st;

	memset(out, 0, sizeof *out);
	if (from == DATE_NONE || to == DATE_NONE)
		return err_set(e, TC_USAGE, "date", "开庭排期表须给出日期");
	if (to < from)
		return err_set(e, TC_USAGE, "date", "开庭排期表: 止日早于起日");
	if (to - from >= MAX_DAYS)
		return err_set(e, TC_USAGE, "date", "开庭排期表: 一次最多 %d 天", MAX_DAYS);
	if (room && (st = text_check_kind("room", "开庭地点", room, TEXT_ROOM, 0, e)) != TC_OK)
		return st;
	if ((st = schedule_rooms(db, &rooms, &nrooms, e)) != TC_OK)
		return st;
	if (room && (st = known_room(rooms, nrooms, room, e)) != TC_OK)
		goto out;
	if ((st = hearing_each(db, a, &q, collect, &f, e)) != TC_OK ||
	    (st = notified(db, &f, e)) != TC_OK)
		goto out;

	schedule_day_label(from, a1, sizeof a1);
	if (to == from) {
		snprintf(period, sizeof period, "%s", a1);
	} else {
		schedule_day_label(to, a2, sizeof a2);
		snprintf(period, sizeof period, "%s 至 %s", a1, a2);
	}
	if (room) {
		size_t len = strlen(period);
		snprintf(period + len, sizeof period - len, "　%s", room);
	}
	snprintf(generated, sizeof generated, "制表日期：%s", date_iso(today, iso));
	char *office = db_setting(db, "office_name");
	rdoc_init(out, office ? office : "", "开庭排期表", period, generated);
	free(office);
	if (a && a->role == ROLE_LAWYER)
		rdoc_text(out, "本表仅列出您代理的案件的开庭，不是各开庭地点的全部安排。");

	for (int day = from; day <= to; day++) {
		char when[48], heading[TEXT_BYTES(TEXT_MAX_ROOM) + 56];

		short_day(day, when, sizeof when);
		for (size_t r = 0; r <= nrooms; r++) {
			const char *name = r < nrooms ? rooms[r].name : "未定开庭地点";
			if (to == from)
				snprintf(heading, sizeof heading, "%s", name);
			else
				snprintf(heading, sizeof heading, "%s　%s", when, name);
			total += room_block(out, &f, day, r < nrooms ? rooms[r].id : 0, heading,
					    r < nrooms ? rooms[r].address : NULL);
		}
	}
	if (total == 0)
		rdoc_text(out, "%s", to == from ? "本日无开庭安排" : "所列期间无开庭安排");
out:
	free(f.unnotified);
	free(f.v);
	free(rooms);
	return st;
}
