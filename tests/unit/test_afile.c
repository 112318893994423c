/*
 * test_afile.c - the one routine that writes output files: whole or
 * nothing, mode 0600, never through a symlink, temporaries left by killed
 * processes swept while a live writer's are left alone.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <cmocka.h>

#include <dirent.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fixture.h"
#include "tiaocai/afile.h"

static int bytewise(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

/* Names in dir, sorted bytewise, joined by spaces. */
static char *listing(const char *dir)
{
	struct dirent **ents;
	struct strbuf sb = {0};
	int n = scandir(dir, &ents, NULL, bytewise);

	for (int i = 0; i < n; i++) {
		if (strcmp(ents[i]->d_name, ".") && strcmp(ents[i]->d_name, ".."))
			sb_printf(&sb, "%s%s", sb.len ? " " : "", ents[i]->d_name);
		free(ents[i]);
	}
	free(ents);
	return sb_take(&sb);
}

static char *slurp(const char *path)
{
	size_t len;
	return fx_slurp(path, &len);
}

static enum tc_status write_text(const char *path, const char *text, struct tc_err *e)
{
	struct afile f;
	enum tc_status st = afile_open(&f, path, e);

	if (st != TC_OK)
		return st;
	fputs(text, f.fp);
	return afile_commit(&f, TC_OK, e);
}

static void test_whole_or_nothing(void **state)
{
	char *dir = fx_tmpdir("afile");
	char *path = xasprintf("%s/台账.csv", dir);
	struct tc_err e = {0};
	struct afile f;
	struct stat sb;
	(void)state;

	umask(022);
	assert_int_equal(write_text(path, "旧\n", &e), TC_OK);
	assert_int_equal(stat(path, &sb), 0);
	assert_int_equal(sb.st_mode & 07777, 0600);
	/* A failed writing leaves the old file as it was, and nothing else. */
	assert_int_equal(afile_open(&f, path, &e), TC_OK);
	fputs("新的一半", f.fp);
	assert_int_equal(afile_commit(&f, TC_REFUSED, &e), TC_REFUSED);
	char *got = slurp(path);
	assert_string_equal(got, "旧\n");
	free(got);
	char *names = listing(dir);
	assert_string_equal(names, "台账.csv");
	free(names);
	/* Until the commit the target is untouched; then it is whole. */
	assert_int_equal(afile_open(&f, path, &e), TC_OK);
	fputs("新\n", f.fp);
	got = slurp(path);
	assert_string_equal(got, "旧\n");
	free(got);
	assert_int_equal(afile_commit(&f, TC_OK, &e), TC_OK);
	got = slurp(path);
	assert_string_equal(got, "新\n");
	free(got);
	free(path);
	fx_done(NULL, dir);
}

static void test_symlink_replaced_not_followed(void **state)
{
	char *dir = fx_tmpdir("afile");
	char *victim = fx_write(dir, "victim", "机密\n");
	char *link = xasprintf("%s/out.csv", dir);
	struct tc_err e = {0};
	struct stat sb;
	(void)state;

	assert_int_equal(symlink(victim, link), 0);
	assert_int_equal(write_text(link, "导出\n", &e), TC_OK);
	char *got = slurp(victim);
	assert_string_equal(got, "机密\n");
	free(got);
	assert_int_equal(lstat(link, &sb), 0);
	assert_true(S_ISREG(sb.st_mode));
	/* A backup (afile_open_new) refuses the name a link holds. */
	char *link2 = xasprintf("%s/b.db", dir);
	struct afile f;
	assert_int_equal(symlink(victim, link2), 0);
	assert_int_equal(afile_open_new(&f, link2, &e), TC_REFUSED);
	assert_non_null(strstr(e.msg, "已存在"));
	free(link2);
	free(link);
	free(victim);
	fx_done(NULL, dir);
}

static void test_sweep(void **state)
{
	char *dir = fx_tmpdir("afile");
	char *stale = fx_write(dir, ".台账.csv.tiaocai-Ab12Cd", "一份被杀掉的导出\n");
	char *stale_wal = fx_write(dir, ".d.db.tiaocai-Zz9Yy8-wal", "wal\n");
	char *orphan = fx_write(dir, ".e.db.tiaocai-Qq1Ww2-shm", "shm\n");
	char *other = fx_write(dir, ".notes.tiaocai-short", "not ours\n");
	char *mine = fx_write(dir, "x.tiaocai-Ab12Cd", "no leading dot: not ours\n");
	char *path = xasprintf("%s/台账.csv", dir);
	struct tc_err e = {0};
	char *tmp = NULL;
	(void)state;

	/* A live writer's temporary, locked as afile_create_temp leaves it. */
	int dfd = open(dir, O_RDONLY | O_DIRECTORY);
	int live = afile_create_temp(dfd, "d.db", 0600, &tmp);
	assert_true(live >= 0);
	assert_int_equal(strncmp(tmp, ".d.db.tiaocai-", 14), 0);
	/* The stale one's companion, which goes with it. */
	char *comp = xasprintf("%s/.台账.csv.tiaocai-Ab12Cd-journal", dir);
	fclose(fopen(comp, "w"));

	assert_int_equal(write_text(path, "新\n", &e), TC_OK);
	/* The unlocked temporary went with its companion; the -wal and -shm
	 * whose main files are gone went too; the live one stayed, and so
	 * did every name that is not one of ours. */
	char *names = listing(dir);
	char *want = xasprintf("%s .notes.tiaocai-short x.tiaocai-Ab12Cd 台账.csv", tmp);
	assert_string_equal(names, want);
	free(want);
	free(names);
	close(live);
	close(dfd);
	/* Once its writer is gone, the next run sweeps it too. */
	assert_int_equal(write_text(path, "又新\n", &e), TC_OK);
	names = listing(dir);
	assert_string_equal(names, ".notes.tiaocai-short x.tiaocai-Ab12Cd 台账.csv");
	free(names);
	free(comp);
	free(tmp);
	free(stale);
	free(stale_wal);
	free(orphan);
	free(other);
	free(mine);
	free(path);
	fx_done(NULL, dir);
}

static void test_refused_targets(void **state)
{
	char *dir = fx_tmpdir("afile");
	struct tc_err e = {0};
	struct afile f;
	(void)state;

	assert_int_equal(afile_open(&f, dir, &e), TC_REFUSED);
	assert_non_null(strstr(e.msg, "是一个目录"));
	char *missing = xasprintf("%s/没有/x.csv", dir);
	assert_int_equal(afile_open(&f, missing, &e), TC_STORAGE);
	assert_non_null(strstr(e.msg, "目录不存在"));
	free(missing);
	/* A FIFO is written in place and stays a FIFO. */
	char *fifo = xasprintf("%s/f", dir);
	assert_int_equal(mkfifo(fifo, 0600), 0);
	int rfd = open(fifo, O_RDONLY | O_NONBLOCK);
	assert_true(rfd >= 0);
	assert_int_equal(afile_open(&f, fifo, &e), TC_OK);
	fputs("经由管道\n", f.fp);
	assert_int_equal(afile_commit(&f, TC_OK, &e), TC_OK);
	char buf[64] = {0};
	assert_true(read(rfd, buf, sizeof buf - 1) > 0);
	assert_string_equal(buf, "经由管道\n");
	close(rfd);
	struct stat sb;
	assert_int_equal(lstat(fifo, &sb), 0);
	assert_true(S_ISFIFO(sb.st_mode));
	free(fifo);
	fx_done(NULL, dir);
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_whole_or_nothing),
		cmocka_unit_test(test_symlink_replaced_not_followed),
		cmocka_unit_test(test_sweep),
		cmocka_unit_test(test_refused_targets),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
