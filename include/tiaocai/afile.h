/*
 * afile.h - the one routine that writes an output file: exports, reports,
 * PDFs, roster files and backups.
 *
 * A regular file appears whole or not at all.  It is written under no name
 * (O_TMPFILE) or, where the file system lacks that, under a name nobody can
 * predict or pre-create, never through a symlink, mode 0600 (the data is
 * personal), with the user's own identity (priv.h), synced, and only then
 * linked or renamed over the target, whose directory is synced too.  A
 * target that is not a regular file (a terminal, /dev/null, a FIFO of the
 * user's own, /dev/stdout and /dev/fd/N from a shell, "-" for standard
 * output) is written to directly and never replaced; another user's FIFO
 * or device is refused, and any other symlink is itself replaced.  A kill at any moment leaves
 * the old target or the new one; a named temporary left by a killed
 * process is removed by the next afile_open in that directory.
 */
#ifndef TIAOCAI_AFILE_H
#define TIAOCAI_AFILE_H

#include <stdbool.h>
#include <stdio.h>
#include <sys/types.h>
#include "tiaocai/util.h"

enum afile_how {
	AFILE_REPLACE, /* a regular file, replaced whole at commit */
	AFILE_DIRECT,  /* a device, FIFO or the like: written in place */
	AFILE_STDOUT,  /* "-": the program's standard output */
};

struct afile {
	FILE *fp;            /* write here between open and commit */
	/* private */
	enum afile_how how;
	bool exclusive;      /* refuse an existing target (backups) */
	int dirfd;           /* the target's directory (AFILE_REPLACE) */
	char *path;          /* the target as the user gave it */
	char *base;          /* its last component */
	char *tmp;           /* named temporary in dirfd, or NULL (O_TMPFILE) */
};

/* Start writing path.  On success f->fp is open; finish with afile_commit.
 * On failure nothing was created and *f needs no cleanup. */
enum tc_status afile_open(struct afile *f, const char *path, struct tc_err *e);
/* The same, for a target that must not exist yet (a backup): the commit
 * refuses, leaving nothing behind, when the name has been taken. */
enum tc_status afile_open_new(struct afile *f, const char *path, struct tc_err *e);
/* st is the outcome of the writing; returns it, or the first failure to
 * finish the file.  On failure the target is untouched and nothing of the
 * new contents remains.  Frees what afile_open allocated in every case. */
enum tc_status afile_commit(struct afile *f, enum tc_status st, struct tc_err *e);

/* Remove the named temporaries that killed processes of this user left in
 * dir (by afile or by db_create): those no live process holds locked. */
void afile_sweep(int dirfd);

/* A new name ".BASE.tiaocai-XXXXXX" for a temporary beside base, created
 * in dirfd with O_EXCL (never through a symlink) and mode `mode`, with
 * the user's identity and locked (flock) for as long as the returned
 * descriptor stays open, so afile_sweep leaves it alone.  *name gets the
 * new name (caller frees).  -1 with errno set on failure. */
int afile_create_temp(int dirfd, const char *base, mode_t mode, char **name);

/* The directory part of path opened O_DIRECTORY with the user's identity,
 * and the last component in *base (caller frees); -1 with errno set. */
int afile_dir_of(const char *path, char **base);

/* A Chinese description of errno for a file (没有权限, 磁盘已满, ...),
 * for messages that name the real cause. */
const char *afile_strerror(int err);

#endif
