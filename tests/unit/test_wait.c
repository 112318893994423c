/*
 * test_wait.c - a write that finds the database held by another user's
 * import waits for it and says why (db_on_wait, db_import_begin), instead
 * of failing after the busy timeout; a second import at once is refused.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "tiaocai/db.h"
#include "fixture.h"

static char *dir;

static double now_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

/* The notice, written to the pipe the parent reads. */
static void to_pipe(void *ctx, const char *msg)
{
	int fd = *(int *)ctx;
	if (write(fd, msg, strlen(msg)) < 0)
		_exit(3);
}

/* Another process writes while this one's import holds the database: it
 * is told, keeps waiting past the busy timeout's worth of nothing, and
 * saves once the import ends. */
static void a_writer_waits_for_an_import(void **state)
{
	(void)state;
	char *path = xasprintf("%s/office.db", dir), *notice = xasprintf("%s-import", path);
	int fds[2], go[2];
	char got[400] = "", c = 0;
	struct stat st;

	/* The other process starts before this one touches SQLite: a child
	 * must not inherit a parent's open connections. */
	assert_int_equal(pipe(fds), 0);
	assert_int_equal(pipe(go), 0);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		struct db *other = NULL;
		struct tc_err oe = {0};
		close(fds[0]);
		close(go[1]);
		if (read(go[0], &c, 1) != 1)
			_exit(7);
		if (db_open(path, &other, &oe) != TC_OK)
			_exit(4);
		db_on_wait(other, to_pipe, &fds[1]);
		if (db_begin(other, &oe) != TC_OK) {
			fprintf(stderr, "child: %s\n", oe.msg);
			_exit(5);
		}
		if (db_exec(other, "INSERT INTO settings(key, value, label) VALUES"
				   " ('x_clerk', '1', 'x')", &oe) != TC_OK || db_commit(other, &oe) != TC_OK)
			_exit(6);
		db_close(other);
		_exit(0);
	}
	close(fds[1]);
	close(go[0]);

	struct db *db = fx_db(dir, "office.db", false);
	struct tc_err e = {0};
	assert_int_equal(db_import_begin(db, "zhangli", 2500, &e), TC_OK);
	assert_int_equal(db_begin(db, &e), TC_OK);
	assert_int_equal(db_exec(db, "INSERT INTO settings(key, value, label) VALUES"
				     " ('x_import', '1', 'x')", &e), TC_OK);
	/* The notice is there beside the database. */
	assert_int_equal(stat(notice, &st), 0);
	assert_int_equal(write(go[1], "g", 1), 1);

	/* The other writer says it waits for the import, and for whom. */
	double t0 = now_ms();
	ssize_t n = read(fds[0], got, sizeof got - 1);
	assert_true(n > 0);
	got[n] = '\0';
	assert_non_null(strstr(got, "导入进行中"));
	assert_non_null(strstr(got, "zhangli"));
	assert_non_null(strstr(got, "2500"));
	assert_non_null(strstr(got, "请稍候"));
	/* Still waiting a while later (the import takes its time). */
	usleep(300 * 1000);
	int status;
	assert_int_equal(waitpid(pid, &status, WNOHANG), 0);
	assert_int_equal(db_commit(db, &e), TC_OK);
	db_import_end(db);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
	assert_true(now_ms() - t0 >= 300);
	/* Both saved; the notice is gone. */
	assert_int_equal(fx_count(db, "SELECT count(*) FROM settings WHERE key IN ('x_import', 'x_clerk')"),
			 2);
	assert_int_equal(stat(notice, &st), -1);
	close(fds[0]);
	close(go[1]);
	free(path);
	free(notice);
	db_close(db);
}

/* A second import while one runs is refused at once, naming why. */
static void one_import_at_a_time(void **state)
{
	(void)state;
	char *path = xasprintf("%s/two.db", dir);
	int go[2];
	char c = 0;

	assert_int_equal(pipe(go), 0);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		struct db *other = NULL;
		struct tc_err oe = {0};
		close(go[1]);
		if (read(go[0], &c, 1) != 1)
			_exit(7);
		if (db_open(path, &other, &oe) != TC_OK)
			_exit(4);
		enum tc_status st = db_import_begin(other, "wangfang", 10, &oe);
		_exit(st == TC_REFUSED && strstr(oe.msg, "另一个导入正在进行") ? 0 : 5);
	}
	close(go[0]);
	struct db *db = fx_db(dir, "two.db", false);
	struct tc_err e = {0};
	assert_int_equal(db_import_begin(db, "zhangli", 10, &e), TC_OK);
	assert_int_equal(write(go[1], "g", 1), 1);
	int status;
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
	db_import_end(db);
	/* Once it has ended, the next may start. */
	assert_int_equal(db_import_begin(db, "wangfang", 10, &e), TC_OK);
	db_import_end(db);
	close(go[1]);
	free(path);
	db_close(db);
}

/* A notice left by a process that died is not locked: it does not stop
 * a write, nor the next import, which takes it over. */
static void a_dead_import_means_nothing(void **state)
{
	(void)state;
	struct db *db = fx_db(dir, "dead.db", false);
	struct tc_err e = {0};
	char *notice = xasprintf("%s/dead.db-import", dir);
	FILE *fp = fopen(notice, "w");

	assert_non_null(fp);
	fputs("ghost\t09:00\t5\n", fp);
	fclose(fp);
	assert_int_equal(db_begin(db, &e), TC_OK);
	assert_int_equal(db_commit(db, &e), TC_OK);
	/* An import now takes the notice over. */
	assert_int_equal(db_import_begin(db, "zhangli", 1, &e), TC_OK);
	db_import_end(db);
	free(notice);
	db_close(db);
}

static int setup(void **state)
{
	(void)state;
	return (dir = fx_tmpdir("wait")) ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	return fx_done(NULL, dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(a_writer_waits_for_an_import),
		cmocka_unit_test(one_import_at_a_time),
		cmocka_unit_test(a_dead_import_means_nothing),
	};

	setvbuf(stdout, NULL, _IONBF, 0);
	setenv("TIAOCAI_TODAY", "2026-11-22", 1);
	return cmocka_run_group_tests(tests, setup, teardown);
}
