/*
 * bench.c - the timing helper of `make bench` (tests/bench/bench.sh), linked
 * with libtiaocai.a.  It measures; the driver decides what to measure, the
 * targets and the table.
 *
 *   tc-bench time RUNS warm|cold|nowarm [--fresh SRC DST] -- COMMAND [ARG...]
 *       Run COMMAND (stdout to /dev/null) RUNS times, print "time MEDIAN MIN
 *       MAX RSS": milliseconds of wall clock, and the largest resident set
 *       of any run in MB (the child's ru_maxrss from wait4, which counts
 *       the processes it waited for too).  warm runs COMMAND once untimed
 *       first; nowarm does not (a slow command whose input is already in the
 *       OS cache); cold drops the OS page cache before each run (needs root;
 *       otherwise "skipped REASON", exit 77).  --fresh copies SRC to DST
 *       before every run, untimed, removing DST-wal and DST-shm: a command
 *       that writes starts from the same file each time.  Exit 1 when
 *       COMMAND fails.
 *   tc-bench first-screen DB LIMIT
 *       What the terminal UI does before it draws its first screen: open the
 *       database, resolve the user, read the office name, check the caches,
 *       size the page cache as app.c does, and fill the dashboard (LIMIT rows
 *       per list); then close.  Timed from outside with `time`.
 *   tc-bench dash DB RUNS LIMIT
 *       The dashboard refreshed on an open connection (the `1` key), RUNS
 *       times after one untimed call: "time MEDIAN MIN MAX", then one
 *       "info KEY=VALUE..." line: the figures dash_get returned, how many
 *       rows its counts stepped through (each figure is a count(*) over an
 *       index range, so one entry per case counted; the closed total is
 *       count(*) of the table, which SQLite reads from page headers) and the
 *       pages one refresh touched (cache hits and misses).
 *   tc-bench docket DB STEPS ROWS
 *       The docket (src/tui/docket.c) as it opens, filter off and sorted by
 *       届满日, a window of ROWS rows; then STEPS presses of PgDn, each
 *       the read of the ROWS rows after the last one shown, by key
 *       (docket_page with that row as anchor), as the window slides.
 *       "time MEDIAN MIN MAX" in ms per step, then "info steps=N rows=N
 *       first=CASE_NO last=CASE_NO" (how far the steps went).
 *
 * Messages are for developers, in English, like the test runners'.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "tiaocai/dash.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/docket.h"
#include "tiaocai/user.h"
#include "tiaocai/util.h"

static double now_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/* "time MEDIAN MIN MAX" of v[0..n), without the line's end. */
static void print_times(double *v, int n)
{
	qsort(v, (size_t)n, sizeof *v, cmp_double);
	double med = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
	printf("time %.2f %.2f %.2f", med, v[0], v[n - 1]);
}

/* Write back dirty pages, then drop the clean ones: the next read of any
 * file comes from the disk.  Returns 0, or -1 with *why set. */
static int drop_caches(const char **why)
{
	int fd;

	sync();
	if ((fd = open("/proc/sys/vm/drop_caches", O_WRONLY)) < 0) {
		*why = errno == EACCES || errno == EPERM || errno == EROFS ? "not root" : strerror(errno);
		return -1;
	}
	if (write(fd, "1", 1) != 1) {
		*why = strerror(errno);
		close(fd);
		return -1;
	}
	close(fd);
	return 0;
}

/* One run of argv with stdout to /dev/null; its wall time in *ms and its
 * largest resident set in *rss_kb. */
static int run_once(char **argv, double *ms, long *rss_kb)
{
	double t0 = now_ms();
	pid_t pid = fork();
	int status;
	struct rusage ru;

	if (pid < 0)
		return -1;
	if (pid == 0) {
		int null = open("/dev/null", O_WRONLY);
		if (null >= 0)
			dup2(null, 1);
		execvp(argv[0], argv);
		fprintf(stderr, "tc-bench: cannot run %s: %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	if (wait4(pid, &status, 0, &ru) < 0)
		return -1;
	*ms = now_ms() - t0;
	*rss_kb = ru.ru_maxrss;
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		fprintf(stderr, "tc-bench: %s failed (status %d)\n", argv[0], status);
		return -1;
	}
	return 0;
}

/* Copy src to dst (a fresh copy of a database for a command that writes
 * it), removing what SQLite left beside dst. */
static int copy_fresh(const char *src, const char *dst)
{
	char buf[1 << 16], side[4096];
	const char *ext[] = {"-wal", "-shm", "-journal"};
	FILE *in, *out;
	size_t k;
	int rc = 0;

	for (size_t i = 0; i < sizeof ext / sizeof ext[0]; i++) {
		snprintf(side, sizeof side, "%s%s", dst, ext[i]);
		if (unlink(side) != 0 && errno != ENOENT) {
			fprintf(stderr, "tc-bench: cannot remove %s: %s\n", side, strerror(errno));
			return -1;
		}
	}
	if (!(in = fopen(src, "rb"))) {
		fprintf(stderr, "tc-bench: cannot read %s: %s\n", src, strerror(errno));
		return -1;
	}
	if (!(out = fopen(dst, "wb"))) {
		fprintf(stderr, "tc-bench: cannot write %s: %s\n", dst, strerror(errno));
		fclose(in);
		return -1;
	}
	while ((k = fread(buf, 1, sizeof buf, in)) > 0)
		if (fwrite(buf, 1, k, out) != k) {
			rc = -1;
			break;
		}
	if (ferror(in))
		rc = -1;
	if (fclose(out) != 0)
		rc = -1;
	fclose(in);
	if (rc != 0)
		fprintf(stderr, "tc-bench: cannot copy %s to %s\n", src, dst);
	return rc;
}

static int cmd_time(int argc, char **argv)
{
	int runs = argc > 2 ? atoi(argv[2]) : 0, at = 4;
	const char *mode = argc > 3 ? argv[3] : "", *why = NULL, *src = NULL, *dst = NULL;
	bool cold = strcmp(mode, "cold") == 0, warm = strcmp(mode, "warm") == 0;
	double *v, ms;
	long rss, max_rss = 0;

	if (argc > at + 2 && strcmp(argv[at], "--fresh") == 0) {
		src = argv[at + 1];
		dst = argv[at + 2];
		at += 3;
	}
	if (runs < 1 || !(cold || warm || strcmp(mode, "nowarm") == 0) || argc < at + 2 ||
	    strcmp(argv[at], "--") != 0) {
		fputs("usage: tc-bench time RUNS warm|cold|nowarm [--fresh SRC DST] -- COMMAND [ARG...]\n",
		      stderr);
		return 2;
	}
	argv += at + 1;
	if (cold && drop_caches(&why) != 0) {
		printf("skipped %s\n", why);
		return 77;
	}
	if (warm && ((src && copy_fresh(src, dst) != 0) || run_once(argv, &ms, &rss) != 0))
		return 1; /* the untimed run that warms the cache */
	v = xcalloc((size_t)runs, sizeof *v);
	for (int i = 0; i < runs; i++) {
		if ((src && copy_fresh(src, dst) != 0) || (cold && drop_caches(&why) != 0) ||
		    run_once(argv, &v[i], &rss) != 0) {
			free(v);
			return 1;
		}
		if (rss > max_rss)
			max_rss = rss;
	}
	print_times(v, runs);
	printf(" %.1f\n", (double)max_rss / 1024);
	free(v);
	return 0;
}

static int fail(const struct tc_err *e)
{
	fprintf(stderr, "tc-bench: %s\n", e->msg);
	return 1;
}

/* app_run's steps before the first screen is drawn (src/tui/app.c). */
static enum tc_status open_like_ui(const char *path, struct db **db, struct actor *a,
				   struct tc_err *e)
{
	enum tc_status st;

	if ((st = db_open(path, db, e)) != TC_OK)
		return st;
	if ((st = user_resolve(*db, a, e)) != TC_OK)
		return st;
	free(db_setting(*db, "office_name"));
	db_check_caches(*db);
	return db_exec(*db, "PRAGMA cache_size = -65536", e);
}

static int cmd_first_screen(int argc, char **argv)
{
	struct db *db = NULL;
	struct actor a;
	struct dash d;
	struct tc_err e = {0};
	int rc = 0;

	if (argc != 4) {
		fputs("usage: tc-bench first-screen DB LIMIT\n", stderr);
		return 2;
	}
	if (open_like_ui(argv[2], &db, &a, &e) != TC_OK ||
	    dash_get(db, &a, date_today(), (size_t)atoi(argv[3]), &d, &e) != TC_OK)
		rc = fail(&e);
	else
		dash_free(&d);
	db_close(db);
	return rc;
}

/* Pages the connection has read so far, from its cache or the file. */
static long pages_touched(struct db *db)
{
	int hit = 0, miss = 0, hw;

	sqlite3_db_status(db->h, SQLITE_DBSTATUS_CACHE_HIT, &hit, &hw, 0);
	sqlite3_db_status(db->h, SQLITE_DBSTATUS_CACHE_MISS, &miss, &hw, 0);
	return (long)hit + miss;
}

static int cmd_dash(int argc, char **argv)
{
	struct db *db = NULL;
	struct actor a;
	struct dash d;
	struct tc_err e = {0};
	int runs = argc == 5 ? atoi(argv[3]) : 0, today = date_today();
	size_t limit = argc == 5 ? (size_t)atoi(argv[4]) : 0;
	long pages = 0;
	double *v;

	if (runs < 1) {
		fputs("usage: tc-bench dash DB RUNS LIMIT\n", stderr);
		return 2;
	}
	if (open_like_ui(argv[2], &db, &a, &e) != TC_OK || dash_get(db, &a, today, limit, &d, &e) != TC_OK) {
		db_close(db);
		return fail(&e);
	}
	dash_free(&d);
	v = xcalloc((size_t)runs, sizeof *v);
	for (int i = 0; i < runs; i++) {
		long p0 = pages_touched(db);
		double t0 = now_ms();
		if (dash_get(db, &a, today, limit, &d, &e) != TC_OK) {
			free(v);
			db_close(db);
			return fail(&e);
		}
		v[i] = now_ms() - t0;
		pages = pages_touched(db) - p0;
		if (i < runs - 1)
			dash_free(&d);
	}
	print_times(v, runs);
	putchar('\n');
	free(v);

	size_t open = 0;
	for (int s = 0; s < STAGE_COUNT; s++)
		if (s != STAGE_CLOSED)
			open += d.by_stage[s];
	/* Open cases by stage are read from stage_counts (seven rows), not
	 * counted. */
	size_t entries = d.overdue.total + d.due_today.total + d.due_soon.total + d.hearings.total +
			 d.closed_week;
	char soon[DATE_ISO_LEN], monday[DATE_ISO_LEN];
	int y, w;
	date_iso(d.soon_until, soon);
	date_iso(date_iso_week(today, &y, &w), monday);
	printf("info entries=%zu pages=%ld overdue=%zu due_today=%zu due_soon=%zu hearings=%zu"
	       " open=%zu closed=%zu closed_week=%zu soon_until=%s monday=%s\n",
	       entries, pages, d.overdue.total, d.due_today.total, d.due_soon.total,
	       d.hearings.total, open, d.by_stage[STAGE_CLOSED], d.closed_week, soon, monday);
	dash_free(&d);
	db_close(db);
	return 0;
}

/* The docket's PgDn (src/tui/docket.c, slide): the rows after the last
 * one in the window, read by key, the window keeping its height. */
static int cmd_docket(int argc, char **argv)
{
	struct db *db = NULL;
	struct actor a;
	struct tc_err e = {0};
	struct docket_filter f = {.stage = -1, .track = DOCKET_TRACK_ANY};
	int steps = argc == 5 ? atoi(argv[3]) : 0, rows = argc == 5 ? atoi(argv[4]) : 0;
	int today = date_today(), done = 0;
	struct case_row *win, *more;
	char first[sizeof win->case_no] = "";
	size_t n = 0, k = 0;
	double *v;

	if (steps < 1 || rows < 1 || rows > 256) {
		fputs("usage: tc-bench docket DB STEPS ROWS (ROWS at most 256)\n", stderr);
		return 2;
	}
	win = xcalloc((size_t)rows, sizeof *win);
	more = xcalloc((size_t)rows, sizeof *more);
	v = xcalloc((size_t)steps, sizeof *v);
	if (open_like_ui(argv[2], &db, &a, &e) != TC_OK ||
	    docket_page(db, &a, &f, DOCKET_SORT_DUE, false, NULL, false, today, win, (size_t)rows, &n,
			&e) != TC_OK)
		goto failed;
	if (n > 0)
		snprintf(first, sizeof first, "%s", win[0].case_no);
	while (done < steps && n > 0) {
		double t0 = now_ms();
		if (docket_page(db, &a, &f, DOCKET_SORT_DUE, false, &win[n - 1], false, today, more,
				(size_t)rows, &k, &e) != TC_OK)
			goto failed;
		/* The window slides by k: the rows after it come in at the
		 * bottom, as slide() keeps it. */
		if (k >= n) {
			memcpy(win, more + (k - n), n * sizeof *more);
		} else if (k > 0) {
			memmove(win, win + k, (n - k) * sizeof *more);
			memcpy(win + n - k, more, k * sizeof *more);
		}
		v[done++] = now_ms() - t0;
		if (k < (size_t)rows)
			break; /* the end of the docket */
	}
	if (done == 0) {
		fputs("tc-bench: the docket has no page after the first\n", stderr);
		goto out;
	}
	print_times(v, done);
	printf("\ninfo steps=%d rows=%d first=%s last=%s\n", done, rows, first,
	       n > 0 ? win[n - 1].case_no : "-");
	free(v);
	free(win);
	free(more);
	db_close(db);
	return 0;
failed:
	fail(&e);
out:
	free(v);
	free(win);
	free(more);
	db_close(db);
	return 1;
}

int main(int argc, char **argv)
{
	if (argc >= 2 && strcmp(argv[1], "time") == 0)
		return cmd_time(argc, argv);
	if (argc >= 2 && strcmp(argv[1], "first-screen") == 0)
		return cmd_first_screen(argc, argv);
	if (argc >= 2 && strcmp(argv[1], "dash") == 0)
		return cmd_dash(argc, argv);
	if (argc >= 2 && strcmp(argv[1], "docket") == 0)
		return cmd_docket(argc, argv);
	fputs("usage: tc-bench time|first-screen|dash|docket ... (see tests/bench/bench.c)\n", stderr);
	return 2;
}
