/*
 * bench.c - the timing helper of `make bench` (tests/bench/bench.sh), linked
 * with libtiaocai.a.  It measures; the driver decides what to measure, the
 * targets and the table.
 *
 *   tc-bench time RUNS warm|cold -- COMMAND [ARG...]
 *       Run COMMAND (stdout to /dev/null) RUNS times after one untimed run,
 *       print "time MEDIAN MIN MAX" in milliseconds of wall clock.  cold
 *       drops the OS page cache before each run (needs root; otherwise
 *       "skipped REASON", exit 77).  Exit 1 when COMMAND fails.
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
 *   tc-bench docket DB RUNS KEY LIMIT [TEXT]
 *       One key of the 案件 docket on an open connection, as src/tui/docket.c
 *       calls the docket core for it on a LIMIT-line terminal (a page of
 *       LIMIT - 6 rows): each run first does, untimed, what leads to the
 *       key, then times the key alone; "time MEDIAN MIN MAX", then a
 *       "shows ..." line with what the last run put on the first line and
 *       the first rows (for a reader; bench.sh ignores it).  KEY:
 *         sort   the search TEXT kept (typed, Enter), then `s` until the
 *                order is 请求金额: the last `s` is timed
 *         pgdn   the same, then PgDn: the next page is timed
 *         type   TEXT typed on a fresh docket: its last character is timed
 *                (the page narrowed as it is typed, not counted)
 *         enter  TEXT typed on a fresh docket: Enter (the count) is timed
 *         o      `o` on a fresh docket: overdue only, its page and count
 *         home   `1` back to 首页 from the docket: the dashboard refreshed
 *                (its lists of LIMIT rows, the terminal's lines, as
 *                dashboard.c asks)
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

/* "time MEDIAN MIN MAX" of v[0..n). */
static void print_times(double *v, int n)
{
	qsort(v, (size_t)n, sizeof *v, cmp_double);
	double med = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
	printf("time %.2f %.2f %.2f\n", med, v[0], v[n - 1]);
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

/* One run of argv with stdout to /dev/null; its wall time in *ms. */
static int run_once(char **argv, double *ms)
{
	double t0 = now_ms();
	pid_t pid = fork();
	int status;

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
	if (waitpid(pid, &status, 0) < 0)
		return -1;
	*ms = now_ms() - t0;
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		fprintf(stderr, "tc-bench: %s failed (status %d)\n", argv[0], status);
		return -1;
	}
	return 0;
}

static int cmd_time(int argc, char **argv)
{
	int runs = argc > 2 ? atoi(argv[2]) : 0;
	bool cold = argc > 3 && strcmp(argv[3], "cold") == 0;
	const char *why = NULL;
	double *v, ms;

	if (runs < 1 || argc < 6 || strcmp(argv[4], "--") != 0) {
		fputs("usage: tc-bench time RUNS warm|cold -- COMMAND [ARG...]\n", stderr);
		return 2;
	}
	if (cold && drop_caches(&why) != 0) {
		printf("skipped %s\n", why);
		return 77;
	}
	if (!cold && run_once(argv + 5, &ms) != 0) /* warm the cache, untimed */
		return 1;
	v = xcalloc((size_t)runs, sizeof *v);
	for (int i = 0; i < runs; i++) {
		if ((cold && drop_caches(&why) != 0) || run_once(argv + 5, &v[i]) != 0) {
			free(v);
			return 1;
		}
	}
	print_times(v, runs);
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

/* ---- the docket, as src/tui/docket.c drives it ------------------------ */

#define DK_MAXROWS 256

/* The docket screen's state and calls (src/tui/docket.c: load, recount,
 * first_page, apply_filter, slide), without the terminal. */
struct dk {
	struct db *db;
	struct actor *a;
	int today;
	struct docket_filter f;
	enum docket_sort sort;
	struct case_row rows[DK_MAXROWS];
	size_t n, height, count;
	bool counted, failed;
	const char *text;
};

static void dk_load(struct dk *d, const struct case_row *anchor, size_t limit,
		    struct case_row *out, size_t *n)
{
	struct tc_err e = {0};

	if (docket_page(d->db, d->a, &d->f, d->sort, false, anchor, false, d->today, out, limit, n,
			&e) != TC_OK) {
		fprintf(stderr, "tc-bench: %s\n", e.msg);
		d->failed = true;
	}
}

static void dk_recount(struct dk *d)
{
	struct tc_err e = {0};

	d->counted = docket_count(d->db, d->a, &d->f, d->today, DOCKET_COUNT_CAP + 1, &d->count,
				  &e) == TC_OK;
	if (!d->counted) {
		fprintf(stderr, "tc-bench: %s\n", e.msg);
		d->failed = true;
	}
}

static void dk_first_page(struct dk *d) { dk_load(d, NULL, d->height, d->rows, &d->n); }

/* docket_open, or a filter applied (searching: the page only). */
static void dk_apply(struct dk *d, bool searching)
{
	d->f.text = d->text;
	dk_first_page(d);
	if (searching)
		d->counted = false;
	else
		dk_recount(d);
}

static void dk_open(struct dk *d, struct db *db, struct actor *a, size_t height)
{
	memset(d, 0, sizeof *d);
	d->db = db;
	d->a = a;
	d->today = date_today();
	d->f.stage = -1;
	d->f.track = DOCKET_TRACK_ANY;
	d->sort = DOCKET_SORT_DUE;
	d->height = height;
	dk_apply(d, false);
}

/* `/TEXT`: each character typed narrows the page (a prefix of one
 * character is too short to filter, as in the docket); *t0 gets the time
 * the last character was typed. */
static void dk_type(struct dk *d, const char *text, char *buf, size_t size, double *t0)
{
	for (size_t i = 1; text[i - 1]; i++) {
		if (((unsigned char)text[i] & 0xC0) == 0x80)
			continue; /* inside a character */
		snprintf(buf, size, "%.*s", (int)i, text);
		d->text = buf;
		if (!text[i])
			*t0 = now_ms();
		dk_apply(d, true);
	}
}

/* Enter on the search line: the filter kept, counted. */
static void dk_enter(struct dk *d) { d->f.text = d->text; dk_recount(d); }

/* PgDn: the window slides by a page (slide in src/tui/docket.c). */
static void dk_pgdn(struct dk *d)
{
	struct case_row *more = xcalloc(DK_MAXROWS, sizeof *more);
	size_t k = 0;

	if (d->n > 0) {
		dk_load(d, &d->rows[d->n - 1], d->height, more, &k);
		if (k >= d->n) {
			memcpy(d->rows, more + (k - d->n), d->n * sizeof *more);
		} else if (k > 0) {
			memmove(d->rows, d->rows + k, (d->n - k) * sizeof *more);
			memcpy(d->rows + d->n - k, more, k * sizeof *more);
		}
	}
	free(more);
}

/* What the docket's first line and first rows would show. */
static void dk_show(const struct dk *d)
{
	if (!d->counted)
		printf("shows Enter 确定后计数");
	else if (d->count > DOCKET_COUNT_CAP)
		printf("shows 共 %d+ 件", DOCKET_COUNT_CAP);
	else
		printf("shows 共 %zu 件", d->count);
	printf(", %zu rows:", d->n);
	for (size_t i = 0; i < d->n && i < 3; i++)
		printf(" %s", d->rows[i].case_no);
	printf("\n");
}

static int cmd_docket(int argc, char **argv)
{
	static const char *const keys[] = {"sort", "pgdn", "enter", "o", "home", "type"};
	struct db *db = NULL;
	struct actor a;
	struct dash dash;
	struct tc_err e = {0};
	struct dk *d = xcalloc(1, sizeof *d);
	int runs = argc >= 6 ? atoi(argv[3]) : 0, key = -1, limit = argc >= 6 ? atoi(argv[5]) : 0;
	const char *text = argc >= 7 ? argv[6] : NULL;
	char typed[256];
	double *v;

	for (int k = 0; argc >= 6 && k < (int)(sizeof keys / sizeof keys[0]); k++)
		if (strcmp(argv[4], keys[k]) == 0)
			key = k;
	if (runs < 1 || key < 0 || limit < 10 || argc > 7 ||
	    ((key <= 2 || key == 5) != (text != NULL))) {
		fputs("usage: tc-bench docket DB RUNS sort|pgdn|enter|type LIMIT TEXT\n"
		      "       tc-bench docket DB RUNS o|home LIMIT\n", stderr);
		free(d);
		return 2;
	}
	if (open_like_ui(argv[2], &db, &a, &e) != TC_OK) {
		free(d);
		db_close(db);
		return fail(&e);
	}
	size_t height = (size_t)limit - 6, dash_limit = (size_t)limit;
	v = xcalloc((size_t)runs, sizeof *v);
	/* One untimed run first, then the timed ones. */
	for (int i = -1; i < runs && !d->failed; i++) {
		double t0 = 0;
		if (key == 4) {
			/* 首页 first, then the docket, then back. */
			if (dash_get(db, &a, date_today(), dash_limit, &dash, &e) != TC_OK)
				break;
			dash_free(&dash);
			dk_open(d, db, &a, height);
			t0 = now_ms();
			if (dash_get(db, &a, date_today(), dash_limit, &dash, &e) != TC_OK)
				break;
			if (i >= 0)
				v[i] = now_ms() - t0;
			dash_free(&dash);
			continue;
		}
		dk_open(d, db, &a, height);
		if (key == 3) {
			t0 = now_ms();
			d->f.overdue = true;
			dk_apply(d, false);
		} else {
			dk_type(d, text, typed, sizeof typed, &t0);
			if (key == 5) {
				if (i >= 0)
					v[i] = now_ms() - t0;
				continue;
			}
			if (key == 2)
				t0 = now_ms();
			dk_enter(d);
			if (key != 2) {
				/* s: 案号, 申请人, 被申请人, then 请求金额 */
				while (d->sort != DOCKET_SORT_CLAIMED) {
					d->sort = (enum docket_sort)((d->sort + 1) % DOCKET_SORT_COUNT);
					if (key == 0 && d->sort == DOCKET_SORT_CLAIMED)
						t0 = now_ms();
					dk_first_page(d);
				}
				if (key == 1) {
					t0 = now_ms();
					dk_pgdn(d);
				}
			}
		}
		if (i >= 0)
			v[i] = now_ms() - t0;
	}
	int rc = 0;
	if (d->failed || e.msg[0]) {
		if (e.msg[0])
			fail(&e);
		rc = 1;
	} else {
		print_times(v, runs);
		if (key != 4)
			dk_show(d);
	}
	free(v);
	free(d);
	db_close(db);
	return rc;
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
