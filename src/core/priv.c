/*
 * priv.c - the office group held only while the office database is open.
 *
 * The classic arrangement for a shared file that users may change only
 * through one program (crontab, the mail spool, game scores): the program
 * is set-group-ID, and it switches its effective group between the
 * privileged one (saved set-group-ID) and the user's real one with
 * setegid.  This file does the switching; it does not decide which file
 * deserves the group (db.c does) and knows nothing of the database.
 */
#define _GNU_SOURCE /* setresgid */
#include "tiaocai/priv.h"
#include "paths.h"

#include <assert.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static struct {
	bool office;    /* started set-group-ID */
	gid_t real;     /* the user's group */
	gid_t group;    /* the office group */
	int raised;     /* outstanding priv_raise calls */
} pv;

static void set_group(gid_t g)
{
	/* Switching between the real and the saved group cannot fail for an
	 * unprivileged process; if it somehow did, carrying on with the wrong
	 * identity would be worse than stopping. */
	if (setegid(g) != 0) {
		fputs("tiaocai: 无法切换用户组, 程序停止\n", stderr);
		abort();
	}
}

void priv_init(void)
{
	pv.real = getgid();
	pv.group = getegid();
	pv.office = pv.group != pv.real;
	pv.raised = 0;
	if (pv.office)
		set_group(pv.real);
}

bool priv_office(void) { return pv.office; }

bool priv_held(void) { return pv.office && pv.raised > 0; }

void priv_raise(void)
{
	if (pv.office && pv.raised++ == 0)
		set_group(pv.group);
}

void priv_lower(void)
{
	if (!pv.office)
		return;
	assert(pv.raised > 0);
	if (pv.raised > 0 && --pv.raised == 0)
		set_group(pv.real);
}

/* Lower for one call; returns whether the group was held. */
static bool user_begin(void)
{
	bool held = priv_held();

	if (held)
		set_group(pv.real);
	return held;
}

static void user_end(bool held)
{
	if (held) {
		int err = errno;
		set_group(pv.group);
		errno = err;
	}
}

FILE *priv_fopen(const char *path, const char *mode)
{
	bool held = user_begin();
	char m[8];

	/* "e": close on exec, so a printer command never inherits it. */
	snprintf(m, sizeof m, "%se", mode);
	FILE *fp = fopen(path, m);
	user_end(held);
	return fp;
}

int priv_as_user(int (*fn)(void *arg), void *arg)
{
	bool held = user_begin();
	int rc = fn(arg);

	user_end(held);
	return rc;
}

int priv_child_drop(void)
{
	if (pv.office && setresgid(pv.real, pv.real, pv.real) != 0)
		return -1;
	if (pv.office && (getegid() != pv.real || getgid() != pv.real))
		return -1;
	/* Every descriptor above stderr: the database, its WAL, any file
	 * the parent had open. */
	DIR *d = opendir("/proc/self/fd");
	if (d) {
		int self = dirfd(d);
		struct dirent *de;
		while ((de = readdir(d)) != NULL) {
			int fd = atoi(de->d_name);
			if (fd > 2 && fd != self)
				close(fd);
		}
		closedir(d);
	} else {
		for (int fd = 3; fd < 1024; fd++)
			close(fd);
	}
	return 0;
}

const char *priv_office_db(void) { return TIAOCAI_STATEDIR "/tiaocai.db"; }
