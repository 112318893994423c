/*
 * priv.h - the office group: a privilege held only while the office
 * database is open, and the user's own identity for every other file.
 *
 * In an office install (`make install-office`) the binary is set-group-ID
 * to a group no user belongs to, and only that group may read or write
 * the database directory.  priv_init, first thing in main, lowers the
 * effective group to the user's real group at once; db_open raises it for
 * the office database alone and db_close lowers it again.  Every other file
 * (exports, reports, backups, imports, forms, the keys file) is opened
 * through priv_fopen or priv_as_user, which lower the group around the open, so
 * such files are read and written with exactly the rights of the person at
 * the terminal.  A program that is not set-group-ID is unaffected: every
 * call here is then a no-op.
 *
 * Nothing here knows about cases or SQLite; db.c decides when to raise.
 */
#ifndef TIAOCAI_PRIV_H
#define TIAOCAI_PRIV_H

#include <stdbool.h>
#include <stdio.h>
#include <sys/types.h>

/* Record the real and the set-group-ID group and lower the effective group
 * to the real one.  Call once, before anything else opens a file. */
void priv_init(void);

/* True when the program runs set-group-ID (an office install). */
bool priv_office(void);

/* Raise the effective group to the office group, or lower it to the user's.
 * Raising nests: each priv_raise is undone by one priv_lower, and the group
 * is held while any raise is outstanding.  No-ops when not set-group-ID. */
void priv_raise(void);
void priv_lower(void);

/* True while the office group is held. */
bool priv_held(void);

/* fopen(3) with the user's own identity, close-on-exec: the office group
 * is lowered around the call and restored after it.  errno is fopen's. */
FILE *priv_fopen(const char *path, const char *mode);

/* Run fn(arg) with the user's own identity (for a sequence of file system
 * calls such as create, link, rename, unlink); returns what fn returned and
 * keeps its errno. */
int priv_as_user(int (*fn)(void *arg), void *arg);

/* In a child process about to exec another program: give up the office
 * group for good (real, effective and saved) and close every descriptor
 * above standard error, so the program can reach neither the database
 * file nor the group's rights.  Returns 0, or -1 when the group could not
 * be dropped (the child must then not exec). */
int priv_child_drop(void);

/* The office database in an office install: STATEDIR/tiaocai.db, fixed
 * when the program was built. */
const char *priv_office_db(void);

#endif
