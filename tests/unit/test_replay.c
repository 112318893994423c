/*
 * test_replay.c - the weekly summary's "open cases by stage" on a past
 * Sunday, which report.c finds by replaying each case's journal, checked
 * against where the workflow really put each case.
 *
 * Every path through the stage machine of up to DEPTH events, as the
 * workflow's table allows them (wf_events, wf_next), becomes one case,
 * received on Monday 2026-09-07 with its k-th event on the Tuesday k weeks
 * later.  Each event is applied with wf_apply, and the stage wf_apply
 * leaves the case in is written down for that week.  The summaries of the
 * following weeks must count, stage by stage, exactly those stages.  So if
 * a transition of workflow.c's table changes (where 调解不成 leads, where a
 * suspension resumes), the replay must change with it, or this test fails.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "tiaocai/case.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/rdoc.h"
#include "tiaocai/report.h"
#include "tiaocai/workflow.h"
#include "fixture.h"

#define DEPTH 4               /* events per path at most */
#define MAX_PATHS 4096
#define RECEIVED "2026-09-07" /* a Monday */

/* One path: its events (names from wf_events) and the stage after each. */
struct path {
	const char *ev[DEPTH];
	int n;
	enum stage after[DEPTH]; /* from wf_apply, filled while applying */
};

struct fx {
	char *dir;
	struct db *db;
	struct actor a;
	int today;
	struct path *paths;
	size_t npaths;
};

/* Every sequence of events the table allows from 收案, up to DEPTH long,
 * each sequence a path (its prefixes are paths of their own too).  A
 * hearing postponed, cancelled or held must have been scheduled: sched
 * counts those still scheduled (a suspension or a closing cancels them). */
static void walk(struct fx *f, struct path *p, enum stage cur, enum stage prev, bool extended,
		 int sched)
{
	const struct wf_event_def *evs;
	size_t nev = wf_events(&evs);

	if (p->n > 0) {
		assert_true(f->npaths < MAX_PATHS);
		f->paths[f->npaths++] = *p;
	}
	if (p->n == DEPTH)
		return;
	for (size_t i = 0; i < nev; i++) {
		enum stage to;
		const char *ev = evs[i].name;
		int left = sched;
		if (!wf_next(cur, ev, prev, extended, &to))
			continue;
		if (strncmp(ev, "hearing-", strlen("hearing-")) == 0 && left-- == 0)
			continue;
		if (strcmp(ev, "hearing") == 0)
			left++;
		if (to == STAGE_SUSPENDED || to == STAGE_CLOSED)
			left = 0;
		p->ev[p->n++] = ev;
		walk(f, p, to, to == STAGE_SUSPENDED && cur != STAGE_SUSPENDED ? cur : prev,
		     extended || strcmp(ev, "extend") == 0, left);
		p->n--;
	}
}

static int64_t add_case(struct fx *f)
{
	static unsigned next_worker;
	struct case_party_in app = {.name = "张三", .id_no = fx_id_no(next_worker++)};
	struct case_party_in resp = {.name = "贵州黔城建工集团有限公司"};
	struct case_claim_in claim = {.kind = "工资", .amount = "8000"};
	struct case_new req = {
		.applicants = &app, .napplicants = 1, .respondents = &resp, .nrespondents = 1,
		.claims = &claim, .nclaims = 1, .received = RECEIVED,
	};
	struct tc_err e = {0};
	char no[96];
	int64_t id = 0;

	if (case_add(f->db, &f->a, &req, f->today, &id, no, NULL, &e) != TC_OK)
		fail_msg("case_add: %s", e.msg);
	return id;
}

/* Apply event `ev` on day `on`, with whatever input it needs; the stage
 * the workflow moved the case to. */
static enum stage apply(struct fx *f, int64_t id, const char *ev, int on)
{
	static const char *const amounts[] = {"8000"};
	static const char *const arbitrators[] = {"何文斌", "宋佳", "蒋涛", "熊春梅", "石磊",
						  "岑光明", "马骁", "袁媛", "曾祥", "杨光"};
	static const char *const rooms[] = {"速裁庭", "第一仲裁庭", "第二仲裁庭", "第三仲裁庭"};
	char at[32], iso[DATE_ISO_LEN];
	struct wf_request rq = {.event = ev, .on = on};
	struct wf_result res = {0};
	struct tc_err e = {0};
	const struct wf_event_def *d = wf_event_find(ev);

	assert_non_null(d);
	/* A case's hearings one to six days after they are set (the parties
	 * agreeing to the short notice), before the case's next event; each
	 * case on its own day, ten minutes, room and arbitrator (2304 cases
	 * apart), so that no two overlap. */
	int slot = (int)(id / 6) % 96, who = (int)(id / 576) % 4;
	snprintf(at, sizeof at, "%s %02d:%02d", date_iso(on + 1 + (int)(id % 6), iso), 8 + slot / 6,
		 (slot % 6) * 10);
	if (d->accepts & WF_NEED_REASON)
		rq.reason = "测试";
	if (d->accepts & WF_NEED_MEDIATOR)
		rq.mediator = "陈立平";
	if (d->accepts & WF_NEED_TRIBUNAL)
		rq.sole = arbitrators[who];
	if (d->needs & WF_NEED_AT) {
		rq.at = at;
		rq.minutes = 10;
		rq.short_notice = "双方当事人同意";
		rq.room = rooms[who];
		rq.arbitrator = arbitrators[who];
	}
	if (d->accepts & WF_NEED_WRITTEN)
		rq.written = "书面审理";
	if (d->needs & WF_NEED_AMOUNT) {
		rq.amounts = amounts;
		rq.namounts = 1;
	}
	if (d->needs & WF_NEED_TO)
		rq.to = "贵阳市南明区人民法院";
	if (wf_apply(f->db, &f->a, id, &rq, f->today, &res, &e) != TC_OK)
		fail_msg("%s on %s: %s", ev, date_iso(on, iso), e.msg);
	return res.to;
}

static int setup(void **state)
{
	struct fx *f = xcalloc(1, sizeof *f);
	struct path p = {0};

	if ((f->dir = fx_tmpdir("replay")) == NULL)
		return -1;
	f->db = fx_db(f->dir, "t.db", true);
	f->a = fx_admin;
	fx_roster(f->db, &f->a);
	f->today = fx_day("2026-11-22");
	f->paths = xcalloc(MAX_PATHS, sizeof *f->paths);
	walk(f, &p, STAGE_RECEIVED, STAGE_ACCEPTED, false, 0);

	int received = fx_day(RECEIVED);
	assert_true(f->npaths <= 2304); /* apply()'s hearings stay apart */
	for (size_t i = 0; i < f->npaths; i++) {
		struct path *q = &f->paths[i];
		int64_t id = add_case(f);
		for (int k = 0; k < q->n; k++)
			q->after[k] = apply(f, id, q->ev[k], received + 7 * (k + 1) + 1);
	}
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fx *f = *state;

	fx_done(f->db, f->dir);
	free(f->paths);
	free(f);
	return 0;
}

/* The one body row of the table under heading "六、" as "a|b|...". */
static char *stage_row(const struct rdoc *d)
{
	for (size_t i = 0; i + 1 < d->n; i++) {
		if (d->b[i].kind != RDOC_HEADING || strncmp(d->b[i].text, "六、", strlen("六、")) != 0)
			continue;
		for (size_t j = i + 1; j < d->n; j++) {
			const struct rdoc_table *t = d->b[j].table;
			if (t == NULL)
				continue;
			struct strbuf sb = {0};
			assert_int_equal(rdoc_table_rows(t), 1);
			for (size_t c = 0; c < t->ncols; c++)
				sb_printf(&sb, "%s%s", c ? "|" : "", t->cells.v[t->ncols + c]);
			return sb_take(&sb);
		}
	}
	fail_msg("no table after 六、");
	return NULL;
}

/* The table walk found what a reader of workflow.c expects of it: every
 * event appears in some path, and paths reach every open stage. */
static void test_paths_cover_table(void **state)
{
	struct fx *f = *state;
	const struct wf_event_def *evs;
	size_t nev = wf_events(&evs);
	bool stage_seen[STAGE_COUNT] = {false};

	assert_true(f->npaths > 0);
	for (size_t i = 0; i < nev; i++) {
		bool used = false;
		for (size_t p = 0; p < f->npaths && !used; p++)
			for (int k = 0; k < f->paths[p].n; k++)
				used = used || strcmp(f->paths[p].ev[k], evs[i].name) == 0;
		if (!used)
			fail_msg("event %s is on no path", evs[i].name);
	}
	for (size_t p = 0; p < f->npaths; p++)
		for (int k = 0; k < f->paths[p].n; k++)
			stage_seen[f->paths[p].after[k]] = true;
	for (int s = 0; s < STAGE_COUNT; s++)
		if (!stage_seen[s] && s != STAGE_RECEIVED)
			fail_msg("no path reaches %s", stage_name((enum stage)s));
}

/* On each Sunday after the k-th events, the summary counts every open
 * case in the stage wf_apply left it in. */
static void test_replay_matches_workflow(void **state)
{
	struct fx *f = *state;
	int received = fx_day(RECEIVED);

	for (int week = 0; week <= DEPTH; week++) {
		int sunday = received + 6 + 7 * week;
		long count[STAGE_COUNT] = {0}, open = 0;
		struct rdoc d;
		struct tc_err e = {0};

		for (size_t i = 0; i < f->npaths; i++) {
			const struct path *p = &f->paths[i];
			enum stage s = week == 0 ? STAGE_RECEIVED
						 : p->after[(week < p->n ? week : p->n) - 1];
			if (s == STAGE_CLOSED)
				continue;
			count[s]++;
			open++;
		}
		char *want = xasprintf("%ld|%ld|%ld|%ld|%ld|%ld|%ld", count[STAGE_RECEIVED],
				       count[STAGE_PREMEDIATION], count[STAGE_ACCEPTED],
				       count[STAGE_MEDIATING], count[STAGE_HEARING],
				       count[STAGE_SUSPENDED], open);
		if (report_weekly(f->db, &f->a, sunday, f->today, &d, &e) != TC_OK)
			fail_msg("report_weekly: %s", e.msg);
		char *got = stage_row(&d);
		char iso[DATE_ISO_LEN];
		if (strcmp(want, got) != 0)
			fail_msg("open cases by stage on %s: the workflow left %s, the summary replays %s",
				 date_iso(sunday, iso), want, got);
		free(want);
		free(got);
		rdoc_free(&d);
	}
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_paths_cover_table),
		cmocka_unit_test(test_replay_matches_workflow),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
