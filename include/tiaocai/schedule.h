/*
 * schedule.h - the 开庭排期表: the hearings of a day (or a few days), room
 * by room, as the sheet pinned to a hearing room's door, built as a report
 * document (rdoc.h) so the text, the screen and the A4 PDF agree.
 *
 * Also the two small things the 庭审 screen shares with the sheet: the
 * office's rooms in the order they are shown (第一仲裁庭 before 第二 and
 * 第十, whatever their byte order) and a tribunal written in one cell.
 *
 * Nothing here changes the database.  A lawyer sees only the hearings of
 * the cases linked to them (as hearing_each), and the sheet says so, so a
 * partial sheet is never taken for the room's whole day.
 */
#ifndef TIAOCAI_SCHEDULE_H
#define TIAOCAI_SCHEDULE_H

#include <stdbool.h>
#include <stddef.h>
#include "tiaocai/hearing.h"
#include "tiaocai/rdoc.h"
#include "tiaocai/room.h"
#include "tiaocai/user.h"
#include "tiaocai/util.h"

struct db;

/* The 开庭排期表 of the days from..to (inclusive; one day is the usual
 * sheet), of every room or of the room called room (NULL: all), as a
 * document.  Header: the office's name, the title 开庭排期表, the day with
 * its weekday ("2026年11月23日 星期一", a span for several days) and the
 * room when one is asked for, 制表日期 (today).  Then for each day and each
 * room in room order (schedule_rooms) that has a hearing scheduled or held
 * on that day: a heading (the room; several days: the day and the room),
 * the room's address when it has one, and a table 时间 (start-end), 案号,
 * 申请人, 被申请人, 仲裁庭 (schedule_tribunal), 书记员 in time order.
 * Hearings postponed or cancelled are left out; hearings in no room come
 * last under 未定开庭地点.  No hearing: the line 本日无开庭安排 (several
 * days: 所列期间无开庭安排).  A room that is not the office's is refused
 * naming the rooms there are; to before from, or more than 31 days, is
 * TC_USAGE.  *out is initialised here; on success the caller frees it with
 * rdoc_free, on failure it is left empty. */
enum tc_status schedule_build(struct db *db, const struct actor *a, int from, int to,
			      const char *room, int today, struct rdoc *out, struct tc_err *e);

/* The office's rooms in room order: names compared with their numbers read
 * as numbers, Chinese numerals too (第二仲裁庭 < 第三仲裁庭 < 第十仲裁庭),
 * then the rest in code-point order.  The caller frees *out. */
enum tc_status schedule_rooms(struct db *db, struct room **out, size_t *n, struct tc_err *e);


/* The tribunal of hearing h in one cell: the sole arbitrator "岑光明", a
 * bench of three "甲（首席）、乙、丙", "" when no arbitrator was recorded. */
void schedule_tribunal(const struct hearing *h, char *buf, size_t size);
/* "2026年11月23日 星期一" (buf of at least 40 bytes). */
void schedule_day_label(int day, char *buf, size_t size);

#endif
