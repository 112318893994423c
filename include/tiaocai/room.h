/*
 * room.h - the office's hearing rooms (开庭地点): name, capacity, whether
 * it is the 速裁庭, whether it can be booked, and its address for the
 * hearing notice.  Hearings are booked into rooms by name (hearing.h).
 */
#ifndef TIAOCAI_ROOM_H
#define TIAOCAI_ROOM_H

#include <stdbool.h>
#include <stdint.h>
#include "tiaocai/text.h"
#include "tiaocai/user.h"
#include "tiaocai/util.h"

struct db;

struct room {
	int64_t id;
	char name[TEXT_BYTES(TEXT_MAX_ROOM)];
	int capacity;            /* seats, 0 when not recorded */
	bool fast;               /* the 速裁庭 */
	bool available;          /* can be booked */
	char address[TEXT_BYTES(TEXT_MAX_NOTE)];
	char note[TEXT_BYTES(TEXT_MAX_NOTE)];
};

/* A room as typed: NULL leaves a value as it is on edit (empty on add);
 * "-" clears address or note.  capacity a whole number; fast and
 * available 是/否, 1/0, yes/no. */
struct room_in {
	const char *name;        /* edit: the new name, NULL keeps it */
	const char *capacity, *fast, *available, *address, *note;
	const char *reason;      /* edit: why (journalled), may be NULL */
};

/* Add a room, or change the room called name.  Needs PERM_ROSTER; the
 * journal records it. */
enum tc_status room_add(struct db *db, const struct actor *a, const struct room_in *in,
			struct tc_err *e);
enum tc_status room_edit(struct db *db, const struct actor *a, const char *name,
			 const struct room_in *in, struct tc_err *e);

/* The order a clerk counts rooms in (<0, 0, >0): numbers in names read as
 * numbers, Chinese numerals included (第二 < 第三 < 第十), else by
 * character. */
int room_name_cmp(const char *a, const char *b);

/* Every room in that order; the caller frees *out. */
enum tc_status room_list(struct db *db, struct room **out, size_t *n, struct tc_err *e);

/* The room called name (exact), for booking: refused with the rooms there
 * are when there is none, or when it is marked unavailable. */
enum tc_status room_find(struct db *db, const char *name, struct room *r, struct tc_err *e);

#endif
