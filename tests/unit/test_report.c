/*
 * test_report.c - the statistics and the weekly summary, checked figure by
 * figure against the definitions in tiaocai(5) (STATISTICS, THE WEEKLY
 * SUMMARY) on a dataset built here through real stage events on fixed
 * dates, today being Sunday 2026-11-22.
 *
 * The dataset (one applicant and one 工资 claim of 8000 unless said):
 *
 *   C0  rcv 2025-11-12, refused 2025-11-13              (a year earlier)
 *   C1  rcv 09-01 acc 09-02 mediate 09-03, settled 09-20 (before all)
 *   C2  rcv 10-08 速裁 legal aid, acc 10-09, hearing (宋佳), award 11-05
 *       8000 <= 12 x 2130 -> 终局裁决                       (27 days)
 *   C3  rcv 10-12 工资 30000 + 加班费 2000, acc 10-12, hearing (何文斌),
 *       award 11-10 30000 > 25560 -> 非终局裁决              (29 days)
 *   C4  rcv 11-02 速裁 legal aid 建筑业, acc 11-03, mediate (陈立平)
 *       11-03, settled 11-12 6000                           (9 days)
 *   C5  rcv 11-04, premediate (陈立平) 11-04, settled 11-06 3000: 案外调解
 *   C6  rcv 11-05 劳动保障监察移送, 加班费 only, refused 11-06
 *   C7  rcv 11-03, acc 11-04, withdrawn 11-11               (7 days)
 *   C8  rcv 10-20, acc 10-21, transferred 11-09             (19 days)
 *   C9  rcv 11-09 简易, 12 workers (collective), 工资 120000, acc 11-10,
 *       mediate (王芳) 11-11
 *   C10 rcv 10-10, acc 10-12, mediate (王芳) 10-20, suspended 11-03,
 *       resumed 11-16
 *   C11 rcv 09-25, acc 09-28, hearing (何文斌) 10-10, extended 11-05:
 *       close_due 09-28 + 60 = 11-27
 *   C12 rcv 09-01, acc 09-01: close_due 09-01 + 45 = 10-16, overdue
 *   C13 rcv 09-02, acc 09-02: due 10-17 Sat -> 10-19; suspended 11-10
 *   C14 rcv 11-16 劳动保障监察移送, acc 11-17                 (after)
 *   C16 rcv 11-12, premediate (陈立平) 11-12, failed 11-13 -> 收案
 *   C17 rcv 10-02, acc 10-03, mediate (王芳) 10-09, settled 11-18 7000:
 *       close_due 10-03 + 45 = 11-17
 *   C18 rcv 09-03, acc 09-03: due 10-18 Sun -> 10-19; withdrawn 11-20
 *
 * Payments (已兑现, by their day paid): C1 5000 on 09-25 (before all), C3
 * 20000 on 11-12 and 5000 on 11-20, C4 6000 on 11-13.
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
#include "tiaocai/csvio.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/journal.h"
#include "tiaocai/rdoc.h"
#include "tiaocai/report.h"
#include "tiaocai/text.h"
#include "tiaocai/workflow.h"
#include "fixture.h"


struct fx {
	char *dir;
	struct db *db;
	int today;
	struct actor a;
};

#define D fx_day

struct add {
	const char *received;
	bool fast, simple, legal_aid;
	int workers;              /* 0 = 1 */
	const char *industry, *source;
	const char *claims[3][2]; /* kind, amount; none = 工资 8000 */
};

/* Each case its own worker (fx_id_no). */
static unsigned next_worker;

static int64_t add(struct fx *f, const struct add *o)
{
	static const char *const names[] = {"张三", "李四", "王五", "赵六", "钱七", "孙八",
					    "周九", "吴十", "郑一", "冯二", "陈三", "褚四"};
	struct case_party_in apps[12], resp = {.name = "贵州黔城建工集团有限公司"};
	struct case_claim_in cl[3];
	struct case_new req = {
		.applicants = apps, .napplicants = o->workers ? (size_t)o->workers : 1,
		.respondents = &resp, .nrespondents = 1, .claims = cl, .received = o->received,
		.fast = o->fast, .simple = o->simple, .legal_aid = o->legal_aid,
		.industry = o->industry, .source = o->source,
	};
	struct tc_err e = {0};
	char no[96];
	int64_t id = 0;

	memset(apps, 0, sizeof apps);
	memset(cl, 0, sizeof cl);
	for (size_t i = 0; i < req.napplicants; i++) {
		apps[i].name = names[i];
		apps[i].id_no = fx_id_no(next_worker++);
	}
	for (size_t i = 0; i < 3 && o->claims[i][0]; i++) {
		cl[i].kind = o->claims[i][0];
		cl[i].amount = o->claims[i][1];
		req.nclaims++;
	}
	if (req.nclaims == 0) {
		cl[0].kind = "工资";
		cl[0].amount = "8000";
		req.nclaims = 1;
	}
	if (case_add(f->db, &f->a, &req, f->today, &id, no, NULL, &e) != TC_OK)
		fail_msg("case_add %s: %s", o->received, e.msg);
	return id;
}

#define AMOUNTS(...) .amounts = (const char *const[]){__VA_ARGS__}, \
	.namounts = sizeof((const char *const[]){__VA_ARGS__}) / sizeof(const char *)
#define EV(f, id, ev, on_iso, ...) \
	ev_apply((f), (id), &(struct wf_request){.event = (ev), .on = D(on_iso), __VA_ARGS__})

static void ev_apply(struct fx *f, int64_t id, const struct wf_request *req)
{
	struct wf_result res;
	struct tc_err e = {0};

	if (wf_apply(f->db, &f->a, id, req, f->today, &res, &e) != TC_OK)
		fail_msg("%s on %d: %s", req->event, req->on, e.msg);
}

/* A payment as `case pay` will record it: a payments row, and the case's
 * paid total rewritten by case_refresh. */
static void pay(struct fx *f, int64_t id, int64_t fen, const char *on)
{
	sqlite3_stmt *st;
	struct tc_err e = {0};

	assert_int_equal(sqlite3_prepare_v2(f->db->h, "INSERT INTO payments(case_id, amount, paid_on,"
					    " paid_by) VALUES (?1, ?2, ?3, '某公司')", -1, &st, NULL),
			 SQLITE_OK);
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int64(st, 2, fen);
	sqlite3_bind_text(st, 3, on, -1, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(st), SQLITE_DONE);
	sqlite3_finalize(st);
	if (case_refresh(f->db, id, &e) != TC_OK)
		fail_msg("case_refresh: %s", e.msg);
}

static const char *case_col(struct fx *f, int64_t id, const char *col)
{
	return fx_case_col(f->db, id, col);
}

static int setup(void **state)
{
	struct fx *f = xcalloc(1, sizeof *f);
	int64_t c;

	if ((f->dir = fx_tmpdir("report")) == NULL)
		return -1;
	f->db = fx_db(f->dir, "t.db", true);
	f->a = fx_admin;
	fx_roster(f->db, &f->a);
	f->today = D("2026-11-22");

	c = add(f, &(struct add){.received = "2025-11-12", .claims = {{"工资", "5000"}}}); /* C0 */
	EV(f, c, "refuse", "2025-11-13", .reason = "不属于受理范围");
	c = add(f, &(struct add){.received = "2026-09-01"}); /* C1 */
	EV(f, c, "accept", "2026-09-02");
	EV(f, c, "mediate", "2026-09-03", .mediator = "陈立平");
	EV(f, c, "settle", "2026-09-20", AMOUNTS("5000"));
	pay(f, c, 500000, "2026-09-25");
	c = add(f, &(struct add){.received = "2026-10-08", .fast = true, .legal_aid = true}); /* C2 */
	EV(f, c, "accept", "2026-10-09");
	EV(f, c, "hearing", "2026-10-20", .at = "2026-11-03 09:30", .arbitrator = "宋佳");
	EV(f, c, "hearing-held", "2026-11-03");
	EV(f, c, "award", "2026-11-05", AMOUNTS("8000"));
	assert_string_equal(case_col(f, c, "outcome"), "终局裁决");
	c = add(f, &(struct add){.received = "2026-10-12",
				 .claims = {{"工资", "30000"}, {"其他", "2000"}}}); /* C3 */
	EV(f, c, "accept", "2026-10-12");
	EV(f, c, "hearing", "2026-10-20", .at = "2026-11-04 09:30", .arbitrator = "何文斌");
	EV(f, c, "hearing-held", "2026-11-04");
	EV(f, c, "award", "2026-11-10", AMOUNTS("1:30000", "2:2000"));
	assert_string_equal(case_col(f, c, "outcome"), "非终局裁决");
	pay(f, c, 2000000, "2026-11-12");
	pay(f, c, 500000, "2026-11-20");
	assert_string_equal(case_col(f, c, "paid"), "2500000");
	c = add(f, &(struct add){.received = "2026-11-02", .fast = true, .legal_aid = true,
				 .industry = "建筑业"}); /* C4 */
	EV(f, c, "accept", "2026-11-03");
	EV(f, c, "mediate", "2026-11-03", .mediator = "陈立平");
	EV(f, c, "settle", "2026-11-12", AMOUNTS("6000"));
	pay(f, c, 600000, "2026-11-13");
	c = add(f, &(struct add){.received = "2026-11-04"}); /* C5 */
	EV(f, c, "premediate", "2026-11-04", .mediator = "陈立平");
	EV(f, c, "settle", "2026-11-06", AMOUNTS("3000"));
	assert_string_equal(case_col(f, c, "outcome"), "案外调解");
	assert_string_equal(case_col(f, c, "accepted_on"), "NULL");
	c = add(f, &(struct add){.received = "2026-11-05", .source = "劳动保障监察移送",
				 .claims = {{"加班费", "8000"}}}); /* C6 */
	EV(f, c, "refuse", "2026-11-06", .reason = "超过仲裁时效");
	c = add(f, &(struct add){.received = "2026-11-03"}); /* C7 */
	EV(f, c, "accept", "2026-11-04");
	EV(f, c, "withdraw", "2026-11-11");
	c = add(f, &(struct add){.received = "2026-10-20"}); /* C8 */
	EV(f, c, "accept", "2026-10-21");
	EV(f, c, "transfer", "2026-11-09", .to = "贵阳市南明区人民法院");
	c = add(f, &(struct add){.received = "2026-11-09", .simple = true, .workers = 12,
				 .claims = {{"工资", "120000"}}}); /* C9 */
	assert_string_equal(case_col(f, c, "collective"), "1");
	EV(f, c, "accept", "2026-11-10");
	EV(f, c, "mediate", "2026-11-11", .mediator = "王芳");
	c = add(f, &(struct add){.received = "2026-10-10"}); /* C10 */
	EV(f, c, "accept", "2026-10-12");
	EV(f, c, "mediate", "2026-10-20", .mediator = "王芳");
	EV(f, c, "suspend", "2026-11-03", .reason = "等待工伤鉴定");
	EV(f, c, "resume", "2026-11-16");
	c = add(f, &(struct add){.received = "2026-09-25"}); /* C11 */
	EV(f, c, "accept", "2026-09-28");
	EV(f, c, "hearing", "2026-10-10", .at = "2026-11-20 09:30", .arbitrator = "何文斌");
	EV(f, c, "extend", "2026-11-05", .reason = "案情复杂");
	assert_string_equal(case_col(f, c, "close_due"), "2026-11-27");
	c = add(f, &(struct add){.received = "2026-09-01"}); /* C12 */
	EV(f, c, "accept", "2026-09-01");
	assert_string_equal(case_col(f, c, "close_due"), "2026-10-16");
	c = add(f, &(struct add){.received = "2026-09-02"}); /* C13 */
	EV(f, c, "accept", "2026-09-02");
	assert_string_equal(case_col(f, c, "close_due"), "2026-10-19");
	EV(f, c, "suspend", "2026-11-10", .reason = "等待另案结果");
	c = add(f, &(struct add){.received = "2026-11-16", .source = "劳动保障监察移送"}); /* C14 */
	EV(f, c, "accept", "2026-11-17");
	c = add(f, &(struct add){.received = "2026-11-12"}); /* C16 */
	EV(f, c, "premediate", "2026-11-12", .mediator = "陈立平");
	EV(f, c, "fail", "2026-11-13");
	assert_string_equal(case_col(f, c, "stage"), "received");
	c = add(f, &(struct add){.received = "2026-10-02"}); /* C17 */
	EV(f, c, "accept", "2026-10-03");
	EV(f, c, "mediate", "2026-10-09", .mediator = "王芳");
	assert_string_equal(case_col(f, c, "close_due"), "2026-11-17");
	EV(f, c, "settle", "2026-11-18", AMOUNTS("7000"));
	c = add(f, &(struct add){.received = "2026-09-03"}); /* C18 */
	EV(f, c, "accept", "2026-09-03");
	assert_string_equal(case_col(f, c, "close_due"), "2026-10-19");
	EV(f, c, "withdraw", "2026-11-20");
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fx *f = *state;

	fx_done(f->db, f->dir);
	free(f);
	return 0;
}

static struct report_stats *stats(struct fx *f, const char *from, const char *to,
				  enum report_by by, size_t *n)
{
	struct report_stats *rows = NULL;
	struct tc_err e = {0};

	if (report_stats(f->db, &f->a, D(from), D(to), by, &rows, n, &e) != TC_OK)
		fail_msg("report_stats: %s", e.msg);
	return rows;
}

/* ---- the statistics, period 2026-11-02 .. 2026-11-15 ------------------ */

static void test_stats_total(void **state)
{
	struct fx *f = *state;
	size_t n;
	struct report_stats *r = stats(f, "2026-11-02", "2026-11-15", REPORT_BY_NONE, &n);

	assert_int_equal(n, 1);
	assert_string_equal(r->slice, "合计");
	assert_int_equal(r->from, D("2026-11-02"));
	assert_int_equal(r->to, D("2026-11-15"));
	/* accepted before 11-02 and not closed before it: C2 C3 C8 C10 C11 C12
	 * C13 C17 C18 (C1 closed 09-20) */
	assert_int_equal(r->open_at_start, 9);
	/* received 11-02..11-15: C4 C5 C6 C7 C9 C16 */
	assert_int_equal(r->received, 6);
	/* accepted: C4 11-03, C7 11-04, C9 11-10 */
	assert_int_equal(r->accepted, 3);
	assert_int_equal(r->refused, 1);                 /* C6 (C0 was in 2025) */
	assert_int_equal(r->workers, 14);                /* 1 + 1 + 12 */
	assert_int_equal(r->collective_cases, 1);        /* C9 */
	assert_int_equal(r->collective_workers, 12);
	assert_int_equal(r->premediation_settled, 1);    /* C5 */
	/* accepted cases closed in the period: C2 C3 C4 C7 C8 */
	assert_int_equal(r->closed, 5);
	assert_int_equal(r->closed_mediated, 1);         /* C4 */
	assert_int_equal(r->closed_award_final, 1);      /* C2 */
	assert_int_equal(r->closed_award_nonfinal, 1);   /* C3 */
	assert_int_equal(r->closed_withdrawn, 1);        /* C7 */
	assert_int_equal(r->closed_transferred, 1);      /* C8 */
	assert_int_equal(r->closed_other, 0);            /* 5 - 1 - 1 - 1 - 1 - 1 */
	/* C9 C10 C11 C12 C13 C17 C18, and 9 + 3 - 5 = 7 */
	assert_int_equal(r->open_at_end, 7);
	assert_int_equal(r->open_at_end, r->open_at_start + r->accepted - r->closed);
	/* (1 + 1) / (5 + 1) = 33.33% */
	assert_int_equal(r->mediation_success_rate, 333);
	/* 5 / (9 + 3) = 41.67% */
	assert_int_equal(r->closure_rate, 417);
	/* accepted in the period: C4 8000 + C7 8000 + C9 120000 */
	assert_int_equal(r->claimed, 13600000);
	/* closed or settled before filing: C2 8000 + C3 32000 + C4 6000 +
	 * C5 3000 (C7 withdrawn and C8 transferred have none) */
	assert_int_equal(r->resolved_amount, 4900000);
	/* 超期 on 11-15, a statutory clock running and past due: C12 and C18
	 * (closed only 11-20) by their tribunal clocks (09-07, 09-08: no
	 * arbitrator was ever named), C17 (settled only 11-18, tribunal due
	 * 10-08); not C13 (suspended since 11-10) nor C10 (suspended 11-03 to
	 * 11-16), nor C9 (tribunal due 11-16); C11's tribunal ended when its
	 * arbitrator was named 10-10.  Each case once. */
	assert_int_equal(r->overdue, 3);
	/* 超审限, the 45-day limit past due: C12 (10-16), C18 (10-19) */
	assert_int_equal(r->over_limit, 2);
	assert_int_equal(r->extended, 1);                /* C11 on 11-05 */
	assert_int_equal(r->suspended, 2);               /* C10 11-03, C13 11-10 */
	/* (27 + 29 + 9 + 7 + 19) / 5 = 91 / 5 = 18.2 */
	assert_int_equal(r->avg_days_to_close, 182);
	assert_int_equal(r->legal_aid_cases, 1);         /* C4 (C2 accepted 10-09) */
	assert_int_equal(r->inspection_referrals, 1);    /* C6 (C14 after) */
	/* Paid in the period, whenever the case closed: C3 20000 on 11-12, C4
	 * 6000 on 11-13 (not C1's of 09-25 nor C3's of 11-20). */
	assert_int_equal(r->paid, 2600000);
	assert_int_equal(r->paid_cases, 2);
	free(r);
}

static void test_stats_by_track(void **state)
{
	struct fx *f = *state;
	size_t n;
	struct report_stats *r = stats(f, "2026-11-02", "2026-11-15", REPORT_BY_TRACK, &n);

	assert_int_equal(n, 4);
	assert_string_equal(r[0].slice, "速裁");
	assert_string_equal(r[1].slice, "简易");
	assert_string_equal(r[2].slice, "普通");
	assert_string_equal(r[3].slice, "合计");

	/* 速裁: C2 and C4 */
	const struct report_stats *s = &r[0];
	assert_int_equal(s->open_at_start, 1);     /* C2 */
	assert_int_equal(s->received, 1);          /* C4 */
	assert_int_equal(s->accepted, 1);
	assert_int_equal(s->refused, 0);
	assert_int_equal(s->workers, 1);
	assert_int_equal(s->collective_cases, 0);
	assert_int_equal(s->premediation_settled, 0);
	assert_int_equal(s->closed, 2);            /* C2 award, C4 settled */
	assert_int_equal(s->closed_mediated, 1);
	assert_int_equal(s->closed_award_final, 1);
	assert_int_equal(s->closed_award_nonfinal, 0);
	assert_int_equal(s->closed_withdrawn, 0);
	assert_int_equal(s->closed_transferred, 0);
	assert_int_equal(s->closed_other, 0);
	assert_int_equal(s->open_at_end, 0);       /* 1 + 1 - 2 */
	assert_int_equal(s->mediation_success_rate, 500); /* 1 / 2 */
	assert_int_equal(s->closure_rate, 1000);          /* 2 / (1 + 1) */
	assert_int_equal(s->claimed, 800000);
	assert_int_equal(s->resolved_amount, 1400000);    /* 8000 + 6000 */
	assert_int_equal(s->overdue, 0);
	assert_int_equal(s->extended, 0);
	assert_int_equal(s->suspended, 0);
	assert_int_equal(s->avg_days_to_close, 180);      /* (27 + 9) / 2 */
	assert_int_equal(s->legal_aid_cases, 1);
	assert_int_equal(s->inspection_referrals, 0);
	assert_int_equal(s->paid, 600000);                /* C4 */

	/* 简易: C9 alone, nothing closed: the rates without a base are -1 */
	s = &r[1];
	assert_int_equal(s->open_at_start, 0);
	assert_int_equal(s->received, 1);
	assert_int_equal(s->accepted, 1);
	assert_int_equal(s->workers, 12);
	assert_int_equal(s->collective_cases, 1);
	assert_int_equal(s->collective_workers, 12);
	assert_int_equal(s->closed, 0);
	assert_int_equal(s->open_at_end, 1);
	assert_int_equal(s->mediation_success_rate, -1);  /* 0 / 0 */
	assert_int_equal(s->closure_rate, 0);             /* 0 / (0 + 1) */
	assert_int_equal(s->claimed, 12000000);
	assert_int_equal(s->resolved_amount, 0);
	assert_int_equal(s->avg_days_to_close, -1);

	/* 普通: everything else */
	s = &r[2];
	assert_int_equal(s->open_at_start, 8);     /* C3 C8 C10 C11 C12 C13 C17 C18 */
	assert_int_equal(s->received, 4);          /* C5 C6 C7 C16 */
	assert_int_equal(s->accepted, 1);          /* C7 */
	assert_int_equal(s->refused, 1);
	assert_int_equal(s->workers, 1);
	assert_int_equal(s->premediation_settled, 1);
	assert_int_equal(s->closed, 3);            /* C3 C7 C8 */
	assert_int_equal(s->closed_mediated, 0);
	assert_int_equal(s->closed_award_final, 0);
	assert_int_equal(s->closed_award_nonfinal, 1);
	assert_int_equal(s->closed_withdrawn, 1);
	assert_int_equal(s->closed_transferred, 1);
	assert_int_equal(s->open_at_end, 6);       /* 8 + 1 - 3 */
	assert_int_equal(s->mediation_success_rate, 250); /* (0 + 1) / (3 + 1) */
	assert_int_equal(s->closure_rate, 333);           /* 3 / (8 + 1) */
	assert_int_equal(s->claimed, 800000);
	assert_int_equal(s->resolved_amount, 3500000);    /* 32000 + 3000 */
	assert_int_equal(s->overdue, 3);
	assert_int_equal(s->over_limit, 2);
	assert_int_equal(s->extended, 1);
	assert_int_equal(s->suspended, 2);
	assert_int_equal(s->avg_days_to_close, 183);      /* (29 + 7 + 19) / 3 = 18.33 */
	assert_int_equal(s->legal_aid_cases, 0);
	assert_int_equal(s->inspection_referrals, 1);
	assert_int_equal(s->paid, 2000000);               /* C3 on 11-12 */
	assert_int_equal(s->paid_cases, 1);
	assert_int_equal(r[1].paid, 0);

	/* The total row is the same as by none. */
	size_t n1;
	struct report_stats *t = stats(f, "2026-11-02", "2026-11-15", REPORT_BY_NONE, &n1);
	assert_memory_equal(&r[3], t, sizeof *t);
	free(t);
	free(r);
}

static void test_stats_other_slices(void **state)
{
	struct fx *f = *state;
	size_t n;
	struct report_stats *r = stats(f, "2026-11-02", "2026-11-15", REPORT_BY_COLLECTIVE, &n);

	assert_int_equal(n, 3);
	assert_string_equal(r[0].slice, "集体");
	assert_string_equal(r[1].slice, "非集体");
	assert_string_equal(r[2].slice, "合计");
	assert_int_equal(r[0].accepted, 1);
	assert_int_equal(r[0].workers, 12);
	assert_int_equal(r[1].accepted, 2);
	assert_int_equal(r[1].open_at_start, 9);
	free(r);

	/* Industries by name with 未填 last; C4 alone has one. */
	r = stats(f, "2026-11-02", "2026-11-15", REPORT_BY_INDUSTRY, &n);
	assert_int_equal(n, 3);
	assert_string_equal(r[0].slice, "建筑业");
	assert_string_equal(r[1].slice, "未填");
	assert_string_equal(r[2].slice, "合计");
	assert_int_equal(r[0].closed, 1);
	assert_int_equal(r[1].closed, 4);
	free(r);

	/* A period with nothing: the fixed slices are still there, zero. */
	r = stats(f, "2024-01-01", "2024-01-31", REPORT_BY_TRACK, &n);
	assert_int_equal(n, 4);
	assert_int_equal(r[3].received, 0);
	assert_int_equal(r[3].mediation_success_rate, -1);
	assert_int_equal(r[3].closure_rate, -1);
	free(r);
	r = stats(f, "2024-01-01", "2024-01-31", REPORT_BY_INDUSTRY, &n);
	assert_int_equal(n, 1);
	assert_string_equal(r[0].slice, "合计");
	free(r);
}

static void test_stats_refusals(void **state)
{
	struct fx *f = *state;
	struct report_stats *rows = NULL;
	size_t n = 0;
	struct tc_err e = {0};
	struct actor lawyer = {.role = ROLE_LAWYER, .login = "lvshi"};
	enum report_by by;

	assert_int_equal(report_stats(f->db, &f->a, D("2026-11-15"), D("2026-11-02"),
				      REPORT_BY_NONE, &rows, &n, &e), TC_USAGE);
	assert_string_equal(e.field, "from");
	assert_int_equal(report_stats(f->db, &lawyer, D("2026-11-02"), D("2026-11-15"),
				      REPORT_BY_NONE, &rows, &n, &e), TC_REFUSED);
	assert_null(rows);
	assert_int_equal(report_by_parse("track", &by, &e), TC_OK);
	assert_int_equal(by, REPORT_BY_TRACK);
	assert_int_equal(report_by_parse("行业", &by, &e), TC_OK);
	assert_int_equal(by, REPORT_BY_INDUSTRY);
	assert_int_equal(report_by_parse("month", &by, &e), TC_USAGE);
}

/* The CSV: money with two decimals, rates and averages with one, "" where
 * undefined, the total row last. */
static void test_stats_csv(void **state)
{
	struct fx *f = *state;
	struct tc_err e = {0};
	char *path = xasprintf("%s/s.csv", f->dir);
	size_t len;

	assert_int_equal(report_stats_export(f->db, &f->a, D("2026-11-02"), D("2026-11-15"),
					     REPORT_BY_TRACK, true, CSVIO_UTF8, path, &e), TC_OK);
	char *csv = fx_slurp(path, &len);
	assert_string_equal(
		csv,
		"\"period_from\",\"period_to\",\"slice\",\"open_at_start\",\"received\",\"accepted\","
		"\"refused\",\"workers\",\"collective_cases\",\"collective_workers\","
		"\"premediation_settled\",\"closed\",\"closed_mediated\",\"closed_award_final\","
		"\"closed_award_nonfinal\",\"closed_withdrawn\",\"closed_transferred\",\"closed_other\","
		"\"open_at_end\",\"mediation_success_rate\",\"closure_rate\",\"claimed\","
		"\"resolved_amount\",\"overdue\",\"over_limit\",\"extended\",\"suspended\",\"avg_days_to_close\","
		"\"legal_aid_cases\",\"inspection_referrals\",\"paid\"\r\n"
		"\"2026-11-02\",\"2026-11-15\",\"速裁\",\"1\",\"1\",\"1\",\"0\",\"1\",\"0\",\"0\",\"0\",\"2\","
		"\"1\",\"1\",\"0\",\"0\",\"0\",\"0\",\"0\",\"50.0\",\"100.0\",\"8000.00\",\"14000.00\","
		"\"0\",\"0\",\"0\",\"0\",\"18.0\",\"1\",\"0\",\"6000.00\"\r\n"
		"\"2026-11-02\",\"2026-11-15\",\"简易\",\"0\",\"1\",\"1\",\"0\",\"12\",\"1\",\"12\",\"0\",\"0\","
		"\"0\",\"0\",\"0\",\"0\",\"0\",\"0\",\"1\",\"\",\"0.0\",\"120000.00\",\"0.00\","
		"\"0\",\"0\",\"0\",\"0\",\"\",\"0\",\"0\",\"0.00\"\r\n"
		"\"2026-11-02\",\"2026-11-15\",\"普通\",\"8\",\"4\",\"1\",\"1\",\"1\",\"0\",\"0\",\"1\",\"3\","
		"\"0\",\"0\",\"1\",\"1\",\"1\",\"0\",\"6\",\"25.0\",\"33.3\",\"8000.00\",\"35000.00\","
		"\"3\",\"2\",\"1\",\"2\",\"18.3\",\"0\",\"1\",\"20000.00\"\r\n"
		"\"2026-11-02\",\"2026-11-15\",\"合计\",\"9\",\"6\",\"3\",\"1\",\"14\",\"1\",\"12\",\"1\",\"5\","
		"\"1\",\"1\",\"1\",\"1\",\"1\",\"0\",\"7\",\"33.3\",\"41.7\",\"136000.00\",\"49000.00\","
		"\"3\",\"2\",\"1\",\"2\",\"18.2\",\"1\",\"1\",\"26000.00\"\r\n");
	free(csv);

	/* Refused before any file is made. */
	char *bad = xasprintf("%s/bad.csv", f->dir);
	assert_int_equal(report_stats_export(f->db, &f->a, D("2026-11-15"), D("2026-11-02"),
					     REPORT_BY_NONE, false, CSVIO_UTF8, bad, &e), TC_USAGE);
	assert_null(fopen(bad, "r"));
	free(bad);
	free(path);
}

/* ---- the weekly summary ----------------------------------------------- */

/* The k-th table (0-based) after the heading that begins with `heading`. */
static const struct rdoc_table *table_after(const struct rdoc *d, const char *heading, int k)
{
	size_t i = 0;

	while (i < d->n && !(d->b[i].kind == RDOC_HEADING &&
			     strncmp(d->b[i].text, heading, strlen(heading)) == 0))
		i++;
	if (i == d->n)
		fail_msg("no heading %s", heading);
	for (i++; i < d->n && d->b[i].kind != RDOC_HEADING; i++)
		if (d->b[i].kind == RDOC_TABLE && k-- == 0)
			return d->b[i].table;
	fail_msg("no table %d after %s", k, heading);
	return NULL;
}

/* The body row r of t, its cells joined with "|". */
static const char *row(const struct rdoc_table *t, size_t r)
{
	static char buf[512];
	size_t at = 0;

	assert_true(r < rdoc_table_rows(t));
	buf[0] = '\0';
	for (size_t c = 0; c < t->ncols; c++)
		at += (size_t)snprintf(buf + at, sizeof buf - at, "%s%s", c ? "|" : "",
				       t->cells.v[(r + 1) * t->ncols + c]);
	return buf;
}

static bool has_text(const struct rdoc *d, const char *s)
{
	for (size_t i = 0; i < d->n; i++)
		if (d->b[i].text && strstr(d->b[i].text, s))
			return true;
	return false;
}

static void weekly(struct fx *f, const char *day, struct rdoc *d)
{
	struct tc_err e = {0};

	if (report_weekly(f->db, &f->a, D(day), f->today, d, &e) != TC_OK)
		fail_msg("report_weekly: %s", e.msg);
}

/* Week 46 (11-09 .. 11-15) is over: stages are replayed from the journal. */
static void test_weekly_past(void **state)
{
	struct fx *f = *state;
	struct rdoc d;

	weekly(f, "2026-11-11", &d);
	assert_string_equal(d.office, "贵阳市劳动人事争议仲裁委员会");
	assert_string_equal(d.period, "2026年第46周（2026-11-09 至 2026-11-15）");
	assert_string_equal(d.generated, "制表日期：2026-11-22");

	/* The week's statistics: received C9 C16; accepted C9; closed C3 C4
	 * C7 C8; open at the start C3 C4 C7 C8 C10 C11 C12 C13 C17 C18 (10),
	 * at the end 10 + 1 - 4 = 7. */
	assert_true(has_text(&d, "收案 2 件（其中劳动保障监察移送 0 件），立案 1 件，不予受理 0 件，"
				 "案外调解成功 0 件。"));
	assert_true(has_text(&d, "已立案未结：周初 10 件，周末 7 件。"));
	const struct rdoc_table *t = table_after(&d, "二、", 0);
	assert_string_equal(row(t, 0), "调解|1|25.0%");      /* C4 */
	assert_string_equal(row(t, 1), "终局裁决|0|0.0%");
	assert_string_equal(row(t, 2), "非终局裁决|1|25.0%"); /* C3 */
	assert_string_equal(row(t, 6), "合计|4|100.0%");
	/* 4 / (10 + 1) = 36.36%; (1 + 0) / (4 + 0) = 25% */
	assert_true(has_text(&d, "仲裁结案率 36.4%"));
	assert_true(has_text(&d, "25.0%（（调解结案 1 件 + 案外调解成功 0 件）"));
	/* (29 + 9 + 7 + 19) / 4 = 16.0 */
	assert_true(has_text(&d, "16.0 天（本周结案 4 件"));
	/* one accepted (C9, 简易), no 速裁 */
	assert_true(has_text(&d, "0.0%（本周立案 1 件，其中速裁 0 件）。"));

	/* On 11-15: 收案 C16 (its pre-filing mediation failed 11-13), 已立案
	 * C12 C18, 调解中 C9 C17, 审理中 C11, 中止 C10 C13. */
	t = table_after(&d, "六、", 0);
	assert_string_equal(row(t, 0), "1|0|2|2|1|2|8");
	assert_true(has_text(&d, "本周立案案件涉及劳动者 12 人，其中集体争议 1 件、12 人；法律援助案件 0 件。"));
	assert_true(has_text(&d, "本周立案案件请求金额 ¥120,000.00；"));
	/* C3 32000 + C4 6000 (C7, C8 none) */
	assert_true(has_text(&d, "调解或裁决金额 ¥38,000.00；"));
	/* Paid in the week: C3 20000 (11-12) and C4 6000 (11-13), next to the
	 * amounts given; C3's 5000 of 11-20 is the next week's. */
	assert_true(has_text(&d, "本周已兑现（支付日期在本周的实际支付，不论何时立案、结案）"
				 "¥26,000.00，涉及 2 件案件。"));

	/* 三个下降: this week C9 (12 workers, 120000) and C16 (8000); a year
	 * earlier (2025-W46) C0 5000; the week before C4 C5 C7 (C6 claims only
	 * 加班费).  Cases (2-1)/1 = +100%, (2-3)/3 = -33.3%; workers (13-1)/1 =
	 * +1200%, (13-3)/3 = +333.3%; amount (128000-5000)/5000 = +2460%,
	 * (128000-24000)/24000 = +433.3%. */
	t = table_after(&d, "九、", 0);
	assert_string_equal(row(t, 0), "欠薪案件（件）|2|1|+100.0%|3|-33.3%");
	assert_string_equal(row(t, 1), "涉及劳动者（人）|13|1|+1200.0%|3|+333.3%");
	assert_string_equal(row(t, 2), "涉案金额（元）|¥128,000.00|¥5,000.00|+2460.0%|¥24,000.00|+433.3%");

	/* Load: 王芳 mediates C9 and C17 on 11-15 (C10 is suspended); 陈立平
	 * settled C4 this week; 何文斌 hears C11 and decided C3. */
	t = table_after(&d, "十、", 0);
	assert_int_equal(rdoc_table_rows(t), 2);
	assert_string_equal(row(t, 0), "王芳|2|0|0");
	assert_string_equal(row(t, 1), "陈立平|0|1|1");
	t = table_after(&d, "十、", 1);
	assert_int_equal(rdoc_table_rows(t), 1);
	assert_string_equal(row(t, 0), "何文斌|1|1");

	/* 超期 on 11-15, as many as the statistics' overdue, each case once by
	 * its most overdue clock: C12 and C18 (tribunal 09-07, 09-08), C17
	 * (tribunal 10-08); 超审限 C12 and C18. */
	assert_true(has_text(&d, "超期 3 件"));
	assert_true(has_text(&d, "其中超审限 2 件"));
	t = table_after(&d, "十一、", 0);
	assert_int_equal(rdoc_table_rows(t), 3);
	assert_string_equal(row(t, 0), "贵劳人仲案字〔2026〕第12号|张三|贵州黔城建工集团有限公司|组庭通知|2026-09-07|69|未指定");
	assert_string_equal(row(t, 1), "贵劳人仲案字〔2026〕第17号|张三|贵州黔城建工集团有限公司|组庭通知|2026-09-08|68|未指定");
	assert_string_equal(row(t, 2), "贵劳人仲案字〔2026〕第16号|张三|贵州黔城建工集团有限公司|组庭通知|2026-10-08|38|王芳");
	/* Coming due 11-15 .. 11-22, by each case's first clock: C9's
	 * tribunal on 11-16, C16's accept clock (restarted 11-13) on 11-18. */
	t = table_after(&d, "十二、", 0);
	assert_int_equal(rdoc_table_rows(t), 2);
	assert_string_equal(row(t, 0), "贵劳人仲案字〔2026〕第9号|张三等12人|贵州黔城建工集团有限公司|组庭通知|2026-11-16|1|王芳");
	assert_string_equal(row(t, 1), "贵劳人仲案字〔2026〕第15号|张三|贵州黔城建工集团有限公司|受理审查|2026-11-18|3|陈立平");
	rdoc_free(&d);
}

/* Week 47 is the current one: stages from the case rows, overdue as of
 * today. */
static void test_weekly_current(void **state)
{
	struct fx *f = *state;
	struct rdoc d;

	weekly(f, "2026-11-22", &d);
	assert_string_equal(d.period, "2026年第47周（2026-11-16 至 2026-11-22）");
	/* Now: 收案 C16; 已立案 C12 C14; 调解中 C9 C10 (resumed 11-16); 审理中
	 * C11; 中止 C13. */
	const struct rdoc_table *t = table_after(&d, "六、", 0);
	assert_string_equal(row(t, 0), "1|0|2|2|1|1|7");
	/* Open at the start 7, accepted C14, closed C17 C18: 7 + 1 - 2 = 6,
	 * the accepted stages above (2 + 2 + 1 + 1). */
	assert_true(has_text(&d, "已立案未结：周初 7 件，周末 6 件。"));
	/* (46 + 78) / 2 = 62.0 */
	assert_true(has_text(&d, "62.0 天（本周结案 2 件"));
	/* Paid this week: C3's second payment, 11-20, of a case closed the
	 * week before. */
	assert_true(has_text(&d, "）¥5,000.00，涉及 1 件案件。"));
	/* 三个下降: C14 alone; nothing in 2025-W47 ("—"); week 46 had 2 cases,
	 * 13 workers, 128000: (1-2)/2 = -50%, (1-13)/13 = -92.3%,
	 * (8000-128000)/128000 = -93.75% -> -93.8%. */
	t = table_after(&d, "九、", 0);
	assert_string_equal(row(t, 0), "欠薪案件（件）|1|0|—|2|-50.0%");
	assert_string_equal(row(t, 1), "涉及劳动者（人）|1|0|—|13|-92.3%");
	assert_string_equal(row(t, 2), "涉案金额（元）|¥8,000.00|¥0.00|—|¥128,000.00|-93.8%");
	/* 超期 today (C18 was withdrawn 11-20, C13 is suspended): C12, C10
	 * (resumed 11-16) and C9 by their tribunal clocks, C16 by its accept
	 * clock; 超审限 C12 alone. */
	assert_true(has_text(&d, "超期 4 件"));
	assert_true(has_text(&d, "其中超审限 1 件"));
	t = table_after(&d, "十一、", 0);
	assert_int_equal(rdoc_table_rows(t), 4);
	assert_string_equal(row(t, 0), "贵劳人仲案字〔2026〕第12号|张三|贵州黔城建工集团有限公司|组庭通知|2026-09-07|76|未指定");
	assert_string_equal(row(t, 3), "贵劳人仲案字〔2026〕第15号|张三|贵州黔城建工集团有限公司|受理审查|2026-11-18|4|陈立平");
	/* Due today .. 11-29: C14's tribunal on 11-23, C11's limit on 11-27. */
	t = table_after(&d, "十二、", 0);
	assert_int_equal(rdoc_table_rows(t), 2);
	assert_string_equal(row(t, 0), "贵劳人仲案字〔2026〕第14号|张三|贵州黔城建工集团有限公司|组庭通知|2026-11-23|1|未指定");
	assert_string_equal(row(t, 1), "贵劳人仲案字〔2026〕第11号|张三|贵州黔城建工集团有限公司|仲裁审限|2026-11-27|5|何文斌");
	rdoc_free(&d);
}

/* The text: no line wider than asked, none ending in a space, the
 * statistics of the week as export stats gives them. */
static void test_weekly_text(void **state)
{
	struct fx *f = *state;
	struct rdoc d;
	struct strbuf sb = {0};

	weekly(f, "2026-11-11", &d);
	for (int width = 100; width >= 60; width -= 20) {
		sb.len = 0;
		rdoc_render_text(&d, width, &sb);
		const char *p = sb_str(&sb);
		while (*p) {
			const char *nl = strchr(p, '\n');
			assert_non_null(nl);
			char *line = xstrndup(p, (size_t)(nl - p));
			if (text_width(line) > width || (*line && line[strlen(line) - 1] == ' '))
				fail_msg("width %d: bad line \"%s\"", width, line);
			free(line);
			p = nl + 1;
		}
	}
	/* Case numbers and the clock's name are never cut at 100 columns (a
	 * long respondent is: the list has seven columns). */
	sb.len = 0;
	rdoc_render_text(&d, 100, &sb);
	assert_non_null(strstr(sb_str(&sb), "  贵劳人仲案字〔2026〕第12号  张三"));
	assert_non_null(strstr(sb_str(&sb), "…   组庭通知  2026-09-07"));
	assert_null(strstr(sb_str(&sb), "号…"));
	/* The journal's chain head at the foot, as journal_head finds it,
	 * just above the signature line. */
	struct journal_head head;
	struct tc_err he = {0};
	assert_int_equal(journal_head(f->db, &head, &he), TC_OK);
	assert_int_equal(strlen(head.hash), 64);
	char *foot = xasprintf("  日志链头 %.16s（截至 2026-11-22 共 %lld 条）\n\n\n", head.hash,
			       (long long)head.rows);
	const char *at = strstr(sb_str(&sb), foot);
	assert_non_null(at);
	const char *nl = strchr(at + strlen(foot), '\n'); /* the signature, last */
	assert_non_null(nl);
	assert_int_equal(nl[1], '\0');
	free(foot);
	sb_free(&sb);
	rdoc_free(&d);

	struct actor lawyer = {.role = ROLE_LAWYER, .login = "lvshi"};
	struct tc_err e = {0};
	assert_int_equal(report_weekly(f->db, &lawyer, D("2026-11-11"), f->today, &d, &e), TC_REFUSED);
	assert_int_equal(d.n, 0);
	/* A week that has not begun has no summary. */
	assert_int_equal(report_weekly(f->db, &f->a, D("2026-11-23"), f->today, &d, &e), TC_REFUSED);
	assert_string_equal(e.msg, "2026年第48周尚未开始 (今天是 2026-11-22)");
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stats_total),
		cmocka_unit_test(test_stats_by_track),
		cmocka_unit_test(test_stats_other_slices),
		cmocka_unit_test(test_stats_refusals),
		cmocka_unit_test(test_stats_csv),
		cmocka_unit_test(test_weekly_past),
		cmocka_unit_test(test_weekly_current),
		cmocka_unit_test(test_weekly_text),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
