/*
 * afile.c - writing an output file so that it appears whole or not at all
 * and cannot be turned against the office (see afile.h).
 *
 * The dangers this file exists for: a temporary name another user can
 * guess and pre-create as a symlink to the database; a rename over
 * /dev/null or a FIFO; a killed process leaving a copy of every worker's
 * ID number behind; a file created with the office group's rights.  It
 * does not know what is being written.
 */
#define _GNU_SOURCE /* O_TMPFILE, linkat with AT_SYMLINK_FOLLOW */
#include "tiaocai/afile.h"
#include "tiaocai/priv.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#define TEMP_TAG ".tiaocai-"
#define TEMP_RAND 6

const char *afile_strerror(int err)
{
	switch (err) {
	case ENOSPC:
	case EDQUOT:
		return "磁盘已满";
	case EACCES:
	case EPERM:
		return "没有权限";
	case ENOENT:
		return "目录不存在";
	case ENOTDIR:
		return "路径中有一段不是目录";
	case EROFS:
		return "文件系统只读";
	case EISDIR:
		return "是一个目录";
	case ELOOP:
		return "是符号链接";
	case EEXIST:
		return "已存在";
	case EIO:
		return "磁盘读写错误";
	default:
		return strerror(err);
	}
}

/* ---- names ----------------------------------------------------------- */

struct dir_arg {
	const char *path;
	char **base;
	int fd;
};

static int dir_of(void *p)
{
	struct dir_arg *a = p;
	const char *slash = strrchr(a->path, '/');
	char *dir;

	if (slash == NULL) {
		dir = xstrdup(".");
		*a->base = xstrdup(a->path);
	} else {
		dir = slash == a->path ? xstrdup("/") : xstrndup(a->path, (size_t)(slash - a->path));
		*a->base = xstrdup(slash + 1);
	}
	a->fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	int err = errno;
	free(dir);
	if (a->fd < 0 || **a->base == '\0') {
		if (a->fd >= 0)
			close(a->fd);
		free(*a->base);
		*a->base = NULL;
		errno = a->fd < 0 ? err : EISDIR;
		return -1;
	}
	return 0;
}

int afile_dir_of(const char *path, char **base)
{
	struct dir_arg a = {.path = path, .base = base, .fd = -1};

	if (priv_as_user(dir_of, &a) != 0)
		return -1;
	return a.fd;
}

/* Is name one of our temporaries, ".X.tiaocai-XXXXXX" with an optional
 * SQLite suffix?  *main_len gets the length without the suffix. */
static bool temp_name(const char *name, size_t *main_len)
{
	static const char *const suffixes[] = {"", "-wal", "-shm", "-journal"};
	const char *tag;

	if (name[0] != '.' || (tag = strstr(name, TEMP_TAG)) == NULL)
		return false;
	/* the last occurrence: the base itself may contain the tag */
	for (const char *t; (t = strstr(tag + 1, TEMP_TAG)) != NULL;)
		tag = t;
	const char *rand = tag + strlen(TEMP_TAG);
	for (int i = 0; i < TEMP_RAND; i++) {
		char c = rand[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
			return false;
	}
	for (size_t i = 0; i < sizeof suffixes / sizeof *suffixes; i++) {
		if (strcmp(rand + TEMP_RAND, suffixes[i]) == 0) {
			*main_len = (size_t)(rand + TEMP_RAND - name);
			return true;
		}
	}
	return false;
}

static void random_chars(char *out, size_t n)
{
	static const char set[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
	unsigned char r[32];

	if (getrandom(r, n, 0) != (ssize_t)n) {
		/* No entropy source: the O_EXCL below still refuses any name
		 * that exists, so a guessable name is only a retry. */
		for (size_t i = 0; i < n; i++)
			r[i] = (unsigned char)(rand() ^ getpid() ^ (int)i);
	}
	for (size_t i = 0; i < n; i++)
		out[i] = set[r[i] % (sizeof set - 1)];
	out[n] = '\0';
}

/* Claim a new temporary name ".BASE.tiaocai-XXXXXX": try random names
 * with claim(name, arg) until one succeeds (returns 0) or fails other than
 * EEXIST.  Returns the name (caller frees), or NULL with errno set. */
static char *claim_name(const char *base, int (*claim)(const char *name, void *arg), void *arg)
{
	for (int tries = 0; tries < 100; tries++) {
		char rnd[TEMP_RAND + 1];
		random_chars(rnd, TEMP_RAND);
		char *name = xasprintf(".%s" TEMP_TAG "%s", base, rnd);
		if (claim(name, arg) == 0)
			return name;
		int err = errno;
		free(name);
		if (err != EEXIST) {
			errno = err;
			return NULL;
		}
	}
	errno = EEXIST;
	return NULL;
}

struct temp_arg {
	int dirfd;
	const char *base;
	mode_t mode;
	char **name;
	int fd;
};

/* O_EXCL with O_CREAT never follows a symlink: a planted link makes the
 * open fail with EEXIST and claim_name takes another name. */
static int open_excl(const char *name, void *p)
{
	struct temp_arg *a = p;

	a->fd = openat(a->dirfd, name, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, a->mode);
	return a->fd < 0 ? -1 : 0;
}

static int create_temp(void *p)
{
	struct temp_arg *a = p;
	char *name = claim_name(a->base, open_excl, a);

	if (name == NULL)
		return -1;
	if (fchmod(a->fd, a->mode) != 0 || flock(a->fd, LOCK_EX | LOCK_NB) != 0) {
		int err = errno;
		unlinkat(a->dirfd, name, 0);
		close(a->fd);
		free(name);
		errno = err;
		return -1;
	}
	*a->name = name;
	return 0;
}

int afile_create_temp(int dirfd, const char *base, mode_t mode, char **name)
{
	struct temp_arg a = {.dirfd = dirfd, .base = base, .mode = mode, .name = name, .fd = -1};

	if (priv_as_user(create_temp, &a) != 0)
		return -1;
	return a.fd;
}

/* ---- sweeping what killed processes left ------------------------------ */

static void unlink_with_companions(int dirfd, const char *main)
{
	static const char *const suffixes[] = {"-wal", "-shm", "-journal"};

	for (size_t i = 0; i < sizeof suffixes / sizeof *suffixes; i++) {
		char *n = xasprintf("%s%s", main, suffixes[i]);
		unlinkat(dirfd, n, 0);
		free(n);
	}
	unlinkat(dirfd, main, 0);
}

static int sweep(void *p)
{
	int dirfd = *(int *)p;
	int dup_fd = fcntl(dirfd, F_DUPFD_CLOEXEC, 0);
	DIR *d = dup_fd >= 0 ? fdopendir(dup_fd) : NULL;
	struct strlist stale = {0}, orphans = {0};
	struct dirent *de;
	uid_t me = getuid();

	if (d == NULL) {
		if (dup_fd >= 0)
			close(dup_fd);
		return 0;
	}
	while ((de = readdir(d)) != NULL) {
		struct stat sb;
		size_t main_len;
		if (!temp_name(de->d_name, &main_len))
			continue;
		if (fstatat(dirfd, de->d_name, &sb, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(sb.st_mode) ||
		    sb.st_uid != me)
			continue;
		if (de->d_name[main_len] != '\0') {
			/* A companion: stale only when its main file is gone. */
			char *main = xstrndup(de->d_name, main_len);
			if (faccessat(dirfd, main, F_OK, AT_SYMLINK_NOFOLLOW) != 0 && errno == ENOENT)
				sl_push(&orphans, de->d_name);
			free(main);
			continue;
		}
		int fd = openat(dirfd, de->d_name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
		if (fd < 0)
			continue;
		/* A live writer holds its lock for as long as it runs. */
		if (flock(fd, LOCK_EX | LOCK_NB) == 0)
			sl_push(&stale, de->d_name);
		close(fd);
	}
	closedir(d);
	for (size_t i = 0; i < stale.n; i++)
		unlink_with_companions(dirfd, stale.v[i]);
	for (size_t i = 0; i < orphans.n; i++)
		unlinkat(dirfd, orphans.v[i], 0);
	sl_free(&stale);
	sl_free(&orphans);
	return 0;
}

void afile_sweep(int dirfd)
{
	priv_as_user(sweep, &dirfd);
}

/* ---- opening ---------------------------------------------------------- */

/* Paths that name a descriptor the program already has (a shell's
 * redirection or process substitution): written in place whatever they
 * are, as the shell opened them for us. */
static bool descriptor_path(const char *path)
{
	char own[32];

	snprintf(own, sizeof own, "/proc/%ld/fd/", (long)getpid());
	return strcmp(path, "/dev/stdout") == 0 || strcmp(path, "/dev/stderr") == 0 ||
	       strncmp(path, "/dev/fd/", 8) == 0 || strncmp(path, "/proc/self/fd/", 14) == 0 ||
	       strncmp(path, own, strlen(own)) == 0;
}

struct open_arg {
	struct afile *f;
	struct tc_err *e;
	enum tc_status st;
};

static enum tc_status fail_errno(struct afile *f, int err, const char *doing, struct tc_err *e)
{
	return err_set(e, TC_STORAGE, "file", "%s %s: %s", doing, f->path, afile_strerror(err));
}

static enum tc_status open_direct(struct afile *f, struct tc_err *e)
{
	int fd = open(f->path, O_WRONLY | O_NOCTTY | O_CLOEXEC);

	if (fd < 0 || (f->fp = fdopen(fd, "wb")) == NULL) {
		int err = errno;
		if (fd >= 0)
			close(fd);
		return fail_errno(f, err, "无法写入", e);
	}
	f->how = AFILE_DIRECT;
	return TC_OK;
}

static enum tc_status open_replace(struct afile *f, struct tc_err *e)
{
	struct dir_arg da = {.path = f->path, .base = &f->base, .fd = -1};
	int fd = -1;

	if (dir_of(&da) != 0)
		return fail_errno(f, errno, "无法写入", e);
	f->dirfd = da.fd;
	sweep(&f->dirfd);
	if (f->exclusive && faccessat(f->dirfd, f->base, F_OK, AT_SYMLINK_NOFOLLOW) == 0) {
		close(f->dirfd);
		free(f->base);
		return err_set(e, TC_REFUSED, "file", "%s 已存在, 不会覆盖它", f->path);
	}
	/* Unnamed until committed: nothing to find, nothing left by a kill.
	 * linkat needs /proc to give it a name later. */
	if (access("/proc/self/fd", X_OK) == 0)
		fd = openat(f->dirfd, ".", O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
	if (fd >= 0) {
		f->tmp = NULL;
	} else {
		struct temp_arg ta = {.dirfd = f->dirfd, .base = f->base, .mode = 0600, .name = &f->tmp,
				      .fd = -1};
		if (create_temp(&ta) != 0) {
			int err = errno;
			close(f->dirfd);
			free(f->base);
			return fail_errno(f, err, "无法写入", e);
		}
		fd = ta.fd;
	}
	/* flock on the unnamed file too: once linked under a temporary name
	 * during the commit, the sweep must see it as alive. */
	if (fchmod(fd, 0600) != 0 || flock(fd, LOCK_EX | LOCK_NB) != 0 ||
	    (f->fp = fdopen(fd, "wb")) == NULL) {
		int err = errno;
		if (f->tmp)
			unlinkat(f->dirfd, f->tmp, 0);
		close(fd);
		close(f->dirfd);
		free(f->base);
		free(f->tmp);
		return fail_errno(f, err, "无法写入", e);
	}
	f->how = AFILE_REPLACE;
	return TC_OK;
}

static int do_open(void *p)
{
	struct open_arg *a = p;
	struct afile *f = a->f;
	struct stat ls, ts;

	if (strcmp(f->path, "-") == 0) {
		f->fp = stdout;
		f->how = AFILE_STDOUT;
		return 0;
	}
	if (lstat(f->path, &ls) != 0) {
		if (errno != ENOENT) {
			a->st = fail_errno(f, errno, "无法写入", a->e);
			return -1;
		}
		a->st = open_replace(f, a->e);
		return 0;
	}
	bool link = S_ISLNK(ls.st_mode);
	bool target = stat(f->path, &ts) == 0;
	if (!link)
		ts = ls;
	if (target && S_ISDIR(ts.st_mode)) {
		a->st = err_set(a->e, TC_REFUSED, "file", "%s 是一个目录, 请给出文件名", f->path);
		return -1;
	}
	if (target && S_ISBLK(ts.st_mode)) {
		a->st = err_set(a->e, TC_REFUSED, "file", "%s 是磁盘设备, 不会写入", f->path);
		return -1;
	}
	if (link && target && descriptor_path(f->path)) {
		/* /dev/stdout, /dev/fd/N: whatever the shell opened. */
		a->st = f->exclusive ? err_set(a->e, TC_REFUSED, "file", "%s 已存在, 不会覆盖它", f->path)
				     : open_direct(f, a->e);
		return 0;
	}
	if (!link && !S_ISREG(ls.st_mode)) {
		/* A FIFO or device named by the user: written in place, never
		 * replaced.  Only one of the user's own (or a system device):
		 * a FIFO someone else left in a shared directory under the
		 * name would hand him the export. */
		if (f->exclusive)
			a->st = err_set(a->e, TC_REFUSED, "file", "%s 已存在, 不会覆盖它", f->path);
		else if (ls.st_uid != getuid() && ls.st_uid != 0)
			a->st = err_set(a->e, TC_REFUSED, "file", "%s 是别人的管道或设备, 不会写入", f->path);
		else
			a->st = open_direct(f, a->e);
		return 0;
	}
	/* A regular file, or a symlink (to anything but a directory):
	 * replaced whole.  A symlink is itself replaced; its target is never
	 * written, be it a file, a FIFO or a device. */
	a->st = open_replace(f, a->e);
	return 0;
}

static enum tc_status open_file(struct afile *f, const char *path, bool exclusive,
				struct tc_err *e)
{
	struct open_arg a = {.f = f, .e = e, .st = TC_OK};

	memset(f, 0, sizeof *f);
	f->dirfd = -1;
	f->exclusive = exclusive;
	f->path = xstrdup(path);
	priv_as_user(do_open, &a);
	if (a.st != TC_OK) {
		free(f->path);
		memset(f, 0, sizeof *f);
		f->dirfd = -1;
	}
	return a.st;
}

enum tc_status afile_open(struct afile *f, const char *path, struct tc_err *e)
{
	return open_file(f, path, false, e);
}

enum tc_status afile_open_new(struct afile *f, const char *path, struct tc_err *e)
{
	return open_file(f, path, true, e);
}

/* ---- committing ------------------------------------------------------- */

/* Give the written file the further name `name` in f->dirfd (linkat
 * refuses an existing one): the unnamed file through /proc, a named
 * temporary by its name. */
static int link_as(const char *name, void *p)
{
	struct afile *f = p;
	char proc[64];

	if (f->tmp)
		return linkat(f->dirfd, f->tmp, f->dirfd, name, 0);
	snprintf(proc, sizeof proc, "/proc/self/fd/%d", fileno(f->fp));
	return linkat(AT_FDCWD, proc, f->dirfd, name, AT_SYMLINK_FOLLOW);
}

struct commit_arg {
	struct afile *f;
	enum tc_status st;
	struct tc_err *e;
};

static int do_commit(void *p)
{
	struct commit_arg *a = p;
	struct afile *f = a->f;
	enum tc_status st = a->st;

	if (st == TC_OK && f->exclusive) {
		/* linkat refuses an existing name: a backup never replaces a
		 * file that appeared meanwhile. */
		if (link_as(f->base, f) != 0)
			st = errno == EEXIST ? err_set(a->e, TC_REFUSED, "file", "%s 已存在, 不会覆盖它", f->path)
					     : fail_errno(f, errno, "无法写入", a->e);
	} else if (st == TC_OK) {
		/* The unnamed file gets a locked temporary name first (the
		 * sweep leaves it alone while we live), then the atomic rename. */
		if (f->tmp == NULL && (f->tmp = claim_name(f->base, link_as, f)) == NULL)
			st = fail_errno(f, errno, "无法写入", a->e);
		if (st == TC_OK && renameat(f->dirfd, f->tmp, f->dirfd, f->base) != 0)
			st = fail_errno(f, errno, "无法写入", a->e);
	}
	if (f->tmp && (st != TC_OK || f->exclusive))
		unlinkat(f->dirfd, f->tmp, 0); /* after a rename the name is gone */
	if (st == TC_OK && fsync(f->dirfd) != 0 && errno != EINVAL)
		st = fail_errno(f, errno, "写入", a->e);
	a->st = st;
	return 0;
}

/* The writing failed on the stream itself: say which file, and that the
 * disk is full when it is (the writer's own words name neither). */
static void name_write_failure(struct afile *f, struct tc_err *e)
{
	struct statvfs vfs;
	char was[sizeof e->msg];

	if (e == NULL || f->how == AFILE_STDOUT)
		return;
	if (fstatvfs(fileno(f->fp), &vfs) == 0 && vfs.f_bavail == 0) {
		err_set(e, TC_STORAGE, "file", "写入 %s 失败: 磁盘已满", f->path);
	} else {
		snprintf(was, sizeof was, "%s", e->msg);
		err_set(e, TC_STORAGE, "file", "写入 %s 失败: %s", f->path, was);
	}
}

enum tc_status afile_commit(struct afile *f, enum tc_status st, struct tc_err *e)
{
	if (st != TC_OK && ferror(f->fp))
		name_write_failure(f, e);
	/* A full disk often shows only at the flush or the sync. */
	if (fflush(f->fp) != 0 && st == TC_OK)
		st = fail_errno(f, errno, "写入失败:", e);
	if (f->how != AFILE_STDOUT && fsync(fileno(f->fp)) != 0 && errno != EINVAL &&
	    errno != EROFS && st == TC_OK)
		st = fail_errno(f, errno, "写入失败:", e);
	if (f->how == AFILE_REPLACE) {
		struct commit_arg a = {.f = f, .st = st, .e = e};
		priv_as_user(do_commit, &a);
		st = a.st;
		close(f->dirfd);
	}
	if (f->how != AFILE_STDOUT && fclose(f->fp) != 0 && st == TC_OK)
		st = fail_errno(f, errno, "写入失败:", e);
	free(f->tmp);
	free(f->base);
	free(f->path);
	memset(f, 0, sizeof *f);
	f->dirfd = -1;
	return st;
}
