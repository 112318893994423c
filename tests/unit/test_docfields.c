/*
 * test_docfields.c - the values of a document gathered from a case, and
 * every shipped template filled with them.
 *
 * The case: two workers (王超德 with two claims, 李春花 with one) against
 * two respondents (a general contractor with its legal representative, a
 * labour subcontractor), accepted, a sole arbitrator with a 书记员, a
 * hearing held in 第一仲裁庭, and an award with final items (wages within
 * 12 months of the minimum wage) and a non-final one (compensation above
 * it), so the award is made in two.  Other cases give the refusal, the
 * decisions and the settlement.  Each template is rendered as text at 80
 * columns for every addressee: the case number, the office, the
 * addressee's name, the amounts per worker, the hearing's time and room
 * where the document has them, and no "{" of a field left behind.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pwd.h>
#include <unistd.h>
#include <cmocka.h>

#include "tiaocai/case.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/doc.h"
#include "tiaocai/docfields.h"
#include "tiaocai/office.h"
#include "tiaocai/rdoc.h"
#include "tiaocai/tmpl.h"
#include "tiaocai/user.h"
#include "tiaocai/workflow.h"
#include "fixture.h"

#define OFFICE "贵阳市劳动人事争议仲裁委员会"
#define ARBITRATOR "何文斌"

/* A kind of doc.c's table, the receipt too. */
static const struct doc_kind *kind(const char *name)
{
	const struct doc_kind *k = doc_kind_find(name);
	if (k == NULL)
		fail_msg("no kind %s", name);
	return k;
}

struct fx {
	char *dir;
	struct db *db;
	int today;
	struct actor admin, clerk, supervisor;
	int64_t award_case;      /* the two-part award */
	char case_no[96];
	int64_t party[4];        /* a1 a2 r1 r2 of award_case */
	struct tc_err err;
};

#define AMOUNTS(...) .amounts = (const char *const[]){__VA_ARGS__}, \
	.namounts = sizeof((const char *const[]){__VA_ARGS__}) / sizeof(const char *)
#define EV(f, id, ev, on_iso, ...) \
	ev_ok((f), (id), &(struct wf_request){.event = (ev), .on = fx_day(on_iso), __VA_ARGS__})

static void ev_ok(struct fx *f, int64_t id, const struct wf_request *req)
{
	struct wf_result res;
	const struct actor *a = strcmp(req->event, "extend") == 0 ? &f->supervisor : &f->admin;

	if (wf_apply(f->db, a, id, req, f->today, &res, &f->err) != TC_OK)
		fail_msg("%s: %s", req->event, f->err.msg);
}

static void exec(struct fx *f, const char *sql)
{
	if (db_exec(f->db, sql, &f->err) != TC_OK)
		fail_msg("%s: %s", sql, f->err.msg);
}

/* A case of two workers against two respondents, received 2026-11-02;
 * worker n_worker numbers the workers' ID numbers apart. */
static int64_t new_case(struct fx *f, unsigned n_worker, char case_no[96])
{
	struct case_party_in app[2] = {
		{.name = "王超德", .id_no = fx_id_no(n_worker), .phone = "13985017342",
		 .address = "贵州省贵阳市南明区花果园街道1号"},
		{.name = "李春花", .id_no = fx_id_no(n_worker + 1), .phone = "13985017343"},
	};
	struct case_party_in resp[2] = {
		{.name = "贵州黔城建工集团有限公司", .uscc = "91350100M000100Y43", .chain_role = "总承包",
		 .address = "贵阳市观山湖区长岭北路8号", .legal_rep = "罗正清", .legal_rep_title = "董事长",
		 .service_address = "贵阳市观山湖区长岭北路8号A座12层"},
		{.name = "贵阳顺达劳务有限公司", .uscc = "91440300708461136T", .chain_role = "劳务分包"},
	};
	struct case_claim_in cl[3] = {
		{.kind = "工资", .amount = "8000", .from = "2026-01-01", .to = "2026-03-31", .applicant = 1},
		{.kind = "经济补偿", .amount = "60000", .applicant = 1},
		{.kind = "工资", .amount = "7600", .applicant = 2},
	};
	struct case_new req = {
		.applicants = app, .napplicants = 2, .respondents = resp, .nrespondents = 2,
		.claims = cl, .nclaims = 3, .received = "2026-11-02",
	};
	int64_t id;

	if (case_add(f->db, &f->clerk, &req, f->today, &id, case_no, NULL, &f->err) != TC_OK)
		fail_msg("case_add: %s", f->err.msg);
	return id;
}

static int setup(void **state)
{
	struct fx *f = xcalloc(1, sizeof *f);
	struct passwd *pw = getpwuid(geteuid());
	struct tc_err e = {0};
	char no[96];

	if ((f->dir = fx_tmpdir("docfields")) == NULL)
		return -1;
	f->admin = fx_admin;
	f->db = fx_db(f->dir, "t.db", true);
	fx_roster(f->db, &f->admin);
	if (pw == NULL || fx_actor(f->db, &f->admin, &f->admin, pw->pw_name, "admin", NULL) ||
	    fx_actor(f->db, &f->admin, &f->supervisor, "kezhang", "supervisor", NULL))
		return -1;
	/* The 书记员 by name, as the tribunal names her. */
	if (user_add(f->db, &f->admin, "zhengli", "郑丽", "clerk", NULL, &e) != TC_OK)
		return -1;
	f->clerk = f->admin;
	f->today = fx_day("2026-11-22");
	if (db_setting_set(f->db, "office_name", OFFICE, &e) != TC_OK)
		return -1;
	exec(f, "UPDATE rooms SET address = '贵阳市南明区新华路110号三楼' WHERE name = '第一仲裁庭'");

	/* The two-part award. */
	int64_t id = f->award_case = new_case(f, 100, f->case_no);
	EV(f, id, "accept", "2026-11-03");
	EV(f, id, "tribunal", "2026-11-03", .sole = ARBITRATOR, .clerk = "zhengli");
	EV(f, id, "hearing", "2026-11-05", .at = "2026-11-20 09:30", .minutes = 90, .room = "第一仲裁庭");
	EV(f, id, "hearing-held", "2026-11-20", .hearing = 1, .absent = "respondent");
	/* 12 x ¥2,130 = ¥25,560: the wages are final, the compensation not. */
	EV(f, id, "award", "2026-11-21", AMOUNTS("1:8000", "2:40000", "3:7600"));
	exec(f, "INSERT INTO doc_sections(case_id, kind, section, text, updated_at) SELECT id, 'award',"
		" 'facts', '申请人于2025年3月进入被申请人承建的项目工作。' || char(10) ||"
		" '被申请人未支付申请人2026年1月至3月的工资。', '2026-11-21 10:00:00' FROM cases WHERE seq = 1");
	exec(f, "INSERT INTO doc_sections(case_id, kind, section, text, updated_at) SELECT id, 'award',"
		" 'reasons', '用人单位应当按时足额支付劳动报酬。', '2026-11-21 10:00:00' FROM cases WHERE seq = 1");
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(f->db->h, "SELECT id FROM parties WHERE case_id = ?1"
			       " ORDER BY side, pos", -1, &st, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	for (int i = 0; i < 4 && sqlite3_step(st) == SQLITE_ROW; i++)
		f->party[i] = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);

	/* 2: suspended, resumed, extended, transferred. */
	id = new_case(f, 110, no);
	EV(f, id, "accept", "2026-11-03");
	EV(f, id, "suspend", "2026-11-04", .reason = "等待工伤认定结论。");
	EV(f, id, "resume", "2026-11-06");
	EV(f, id, "extend", "2026-11-07", .reason = "涉及人数多、案情复杂");
	EV(f, id, "transfer", "2026-11-09", .to = "遵义市劳动人事争议仲裁委员会",
	   .reason = "用人单位注册地和劳动合同履行地均在遵义市");
	/* 3: withdrawn; 4: refused; 5: settled per item. */
	id = new_case(f, 120, no);
	EV(f, id, "accept", "2026-11-03");
	EV(f, id, "withdraw", "2026-11-10", .reason = "双方已自行和解");
	id = new_case(f, 130, no);
	EV(f, id, "refuse", "2026-11-04", .reason = "申请人的请求不属于劳动争议的受理范围");
	id = new_case(f, 140, no);
	EV(f, id, "accept", "2026-11-03");
	EV(f, id, "tribunal", "2026-11-04", .sole = "宋佳", .clerk = "zhengli");
	EV(f, id, "mediate", "2026-11-04", .mediator = "陈立平");
	EV(f, id, "settle", "2026-11-12", AMOUNTS("1:7000", "2:0", "3:7600"));
	exec(f, "INSERT INTO doc_sections(case_id, kind, section, text, updated_at) SELECT id,"
		" 'settlement', 'account', '双方对拖欠工资的事实无异议。', '2026-11-12 10:00:00'"
		" FROM cases WHERE seq = 5");
	exec(f, "INSERT INTO doc_sections(case_id, kind, section, text, updated_at) SELECT id,"
		" 'settlement', 'terms', '被申请人于2026年11月30日前一次性支付上述款项。',"
		" '2026-11-12 10:00:00' FROM cases WHERE seq = 5");
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

static int64_t case_seq(struct fx *f, int seq)
{
	char sql[64];
	snprintf(sql, sizeof sql, "SELECT id FROM cases WHERE seq = %d", seq);
	return fx_count(f->db, sql);
}

/* Document w of case id as text at 80 columns (the caller frees). */
static char *render(struct fx *f, int64_t id, const char *kind_name, const struct docwhat *w)
{
	struct docvals *v = NULL;
	struct tmpl *t = NULL;
	struct rdoc d;
	struct strbuf sb = {0};

	if (docvals_build(f->db, &f->admin, id, w, &v, &f->err) != TC_OK)
		fail_msg("docvals_build: %s", f->err.msg);
	if (tmpl_load(kind_name, NULL, &t, &f->err) != TC_OK)
		fail_msg("tmpl_load: %s", f->err.msg);
	rdoc_init(&d, NULL, NULL, NULL, NULL);
	rdoc_letter(&d);
	if (tmpl_render(t, v, &d, &f->err) != TC_OK)
		fail_msg("tmpl_render %s: %s", kind_name, f->err.msg);
	rdoc_render_text(&d, 80, &sb);
	rdoc_free(&d);
	tmpl_free(t);
	docvals_free(v);
	return sb_take(&sb);
}

/* text without its line ends: a sentence wrapped at 80 columns is found
 * whole (the caller frees). */
static char *flat(const char *text)
{
	char *s = xstrdup(text), *q = s;
	for (const char *p = text; *p; p++)
		if (*p != '\n')
			*q++ = *p;
	*q = '\0';
	return s;
}

/* what is in text as printed, or in a paragraph of it over its lines. */
static bool found(const char *text, const char *what)
{
	char *f = flat(text);
	bool yes = strstr(text, what) != NULL || strstr(f, what) != NULL;
	free(f);
	return yes;
}

static void has(const char *text, const char *what)
{
	if (!found(text, what)) {
		fprintf(stderr, "expected \"%s\" in:\n%s\n", what, text);
		fail();
	}
}

static void lacks(const char *text, const char *what)
{
	if (found(text, what)) {
		fprintf(stderr, "did not expect \"%s\" in:\n%s\n", what, text);
		fail();
	}
}

/* The values of the award's document to the first worker, field by field. */
static void test_values(void **state)
{
	struct fx *f = *state;
	struct docwhat w = {.kind = kind("award"), .party_id = f->party[0], .part = "final",
			    .made_on = f->today, .doc_no = 7};
	struct docvals *v;

	assert_int_equal(docvals_build(f->db, &f->admin, f->award_case, &w, &v, &f->err), TC_OK);
	assert_string_equal(docvals_get(v, "office"), OFFICE);
	assert_string_equal(docvals_get(v, "made_on"), "2026年11月22日");
	assert_string_equal(docvals_get(v, "doc.name"), "终局裁决书");
	assert_string_equal(docvals_get(v, "doc.no"), "7");
	assert_string_equal(docvals_get(v, "case_no"), f->case_no);
	assert_string_equal(docvals_get(v, "received_on"), "2026年11月2日");
	assert_string_equal(docvals_get(v, "accepted_on"), "2026年11月3日");
	assert_string_equal(docvals_get(v, "applicants"), "王超德、李春花");
	assert_string_equal(docvals_get(v, "respondents"), "贵州黔城建工集团有限公司、贵阳顺达劳务有限公司");
	assert_string_equal(docvals_get(v, "third_parties"), "");
	assert_string_equal(docvals_get(v, "claims_total"), "75,600.00元");
	assert_string_equal(docvals_get(v, "defence.period"), "十日");
	assert_string_equal(docvals_get(v, "close.period"), "四十五日");
	assert_string_equal(docvals_get(v, "set_aside.period"), "三十日");
	assert_string_equal(docvals_get(v, "evidence.period"), "十日");
	assert_string_equal(docvals_get(v, "tribunal.text"), "由仲裁员何文斌独任审理");
	assert_string_equal(docvals_get(v, "tribunal.clerk"), "郑丽");
	assert_string_equal(docvals_get(v, "heard.on"), "2026年11月20日");
	assert_string_equal(docvals_get(v, "heard.absent"), "被申请人");
	assert_string_equal(docvals_get(v, "to.name"), "王超德");
	assert_string_equal(docvals_get(v, "to.side_zh"), "申请人");
	assert_string_equal(docvals_get(v, "to.address"), "贵州省贵阳市南明区花果园街道1号");
	assert_string_equal(docvals_get(v, "to.applicant"), "1");
	assert_string_equal(docvals_get(v, "award.final"), "1");
	assert_string_equal(docvals_get(v, "award.nonfinal"), "");
	assert_string_equal(docvals_get(v, "award.split"), "1");
	assert_string_equal(docvals_get(v, "pay_within"), "本裁决书生效之日起十日内");
	assert_string_equal(docvals_get(v, "event.on"), "2026年11月21日");
	/* The final part: both workers' wages, ¥15,600 in all. */
	assert_string_equal(docvals_get(v, "outcome.total"), "15,600.00元");
	assert_int_equal(docvals_count(v, "workers"), 2);
	docvals_select(v, "workers", 0);
	assert_string_equal(docvals_get(v, "worker.name"), "王超德");
	assert_int_equal(docvals_count(v, "items"), 1);
	docvals_select(v, "items", 0);
	assert_string_equal(docvals_get(v, "item.what"), "2026年1月1日至2026年3月31日期间的工资");
	assert_string_equal(docvals_get(v, "item.amount"), "8,000.00元");
	assert_string_equal(docvals_get(v, "item.final"), "终局");
	/* The claims as applied for, numbered in Chinese. */
	assert_int_equal(docvals_count(v, "claims"), 3);
	docvals_select(v, "claims", 2);
	assert_string_equal(docvals_get(v, "claim.no"), "三");
	assert_string_equal(docvals_get(v, "claim.what"), "申请人李春花的工资");
	assert_string_equal(docvals_get(v, "claim.amount"), "7,600.00元");
	/* The parties, in full: documents are official. */
	assert_int_equal(docvals_count(v, "parties"), 4);
	docvals_select(v, "respondents", 0);
	assert_string_equal(docvals_get(v, "party.intro"),
			    "贵州黔城建工集团有限公司，住所地贵阳市观山湖区长岭北路8号，"
			    "统一社会信用代码91350100M000100Y43");
	assert_string_equal(docvals_get(v, "party.rep"), "罗正清，董事长");
	docvals_select(v, "applicants", 0);
	assert_string_equal(docvals_get(v, "party.id_no"), fx_id_no(100));
	docvals_free(v);

	/* The non-final part: the compensation alone, granted in part. */
	w.part = "nonfinal";
	assert_int_equal(docvals_build(f->db, &f->admin, f->award_case, &w, &v, &f->err), TC_OK);
	assert_string_equal(docvals_get(v, "doc.name"), "非终局裁决书");
	assert_string_equal(docvals_get(v, "outcome.total"), "40,000.00元");
	assert_string_equal(docvals_get(v, "award.rejected"), "1");
	assert_int_equal(docvals_count(v, "workers"), 1);
	has(docvals_get(v, "award.remedy"), "期满不起诉的，本裁决书发生法律效力");
	docvals_free(v);

	/* A hearing the case does not have. */
	w.hearing_no = 3;
	assert_int_equal(docvals_build(f->db, &f->admin, f->award_case, &w, &v, &f->err), TC_REFUSED);
	assert_string_equal(f->err.msg, "本案没有第 3 次开庭 (case show 列出各次开庭)");
}

/* The periods follow the office's rules: a rule counted in working days
 * says so. */
static void test_periods_follow_rules(void **state)
{
	struct fx *f = *state;
	struct docwhat w = {.kind = kind("respond-notice"), .party_id = f->party[2], .made_on = f->today};
	struct docvals *v;

	assert_int_equal(office_rule_set(f->db, &f->admin, "defence", 15, "working", &f->err), TC_OK);
	assert_int_equal(docvals_build(f->db, &f->admin, f->award_case, &w, &v, &f->err), TC_OK);
	assert_string_equal(docvals_get(v, "defence.period"), "十五个工作日");
	docvals_free(v);
	assert_int_equal(office_rule_set(f->db, &f->admin, "defence", 10, "calendar", &f->err), TC_OK);
}

/* Every kind's template and the receipt after it, for every party of the
 * award's case: the case number, the office, the addressee; nothing of a
 * field left. */
static void test_every_template(void **state)
{
	struct fx *f = *state;
	static const char *const names[] = {"王超德", "李春花", "贵州黔城建工集团有限公司", "贵阳顺达劳务有限公司"};
	const struct doc_kind *kinds;
	size_t nkinds = doc_kinds(&kinds);

	assert_int_equal(nkinds, 12);
	for (size_t k = 0; k <= nkinds; k++) {
		const struct doc_kind *kd = k < nkinds ? &kinds[k] : doc_kind_receipt();
		for (int p = 0; p < 4; p++) {
			struct docwhat w = {.kind = kd, .party_id = f->party[p],
					    .hearing_no = kd->per_hearing ? 1 : 0,
					    .part = strcmp(kd->name, "award") == 0 ? "final" : "",
					    .made_on = f->today, .doc_no = 3,
					    .served = k < nkinds ? NULL : kind("award")};
			/* The settlement's case is the fifth; the others the award's. */
			int64_t id = strcmp(kd->name, "settlement") == 0 ? case_seq(f, 5) : f->award_case;
			if (id != f->award_case)
				w.party_id = 0;
			char *text = render(f, id, kd->name, &w);
			has(text, OFFICE);
			lacks(text, "{");
			lacks(text, "}");
			if (id == f->award_case) {
				has(text, f->case_no);
				/* Notices and the receipt name their addressee. */
				if (strstr(kd->name, "notice") || k == nkinds)
					has(text, names[p]);
				/* Documents about the case name every party. */
				else
					for (int q = 0; q < 4; q++)
						has(text, names[q]);
			}
			free(text);
		}
	}
}

/* The hearing notice: when, where, the tribunal, and the consequence of
 * absence for the addressee's side. */
static void test_hearing_notice(void **state)
{
	struct fx *f = *state;
	struct docwhat w = {.kind = kind("hearing-notice"), .party_id = f->party[0], .hearing_no = 1,
			    .made_on = fx_day("2026-11-10")};
	char *text = render(f, f->award_case, "hearing-notice", &w);
	(void)state;

	has(text, "开庭通知书\n");
	has(text, "王超德：\n");
	has(text, "2026年11月20日（星期五）上午9时30分在第一仲裁庭（贵阳市南明区新华路110号三楼）开庭审理");
	has(text, "本案由仲裁员何文斌独任审理。");
	has(text, "可以在开庭三日前请求延期开庭");
	has(text, "视为你撤回仲裁申请");
	lacks(text, "缺席裁决");
	has(text, "                                                                  2026年11月10日\n");
	free(text);

	w.party_id = f->party[2];
	text = render(f, f->award_case, "hearing-notice", &w);
	has(text, "贵州黔城建工集团有限公司：\n");
	has(text, "仲裁庭可以缺席裁决");
	lacks(text, "撤回仲裁申请");
	free(text);
}

/* An award in two: each lists only its own part's items per worker and
 * ends with its own remedy sentence. */
static void test_award_in_two(void **state)
{
	struct fx *f = *state;
	struct docwhat w = {.kind = kind("award"), .party_id = f->party[2], .part = "final",
			    .made_on = f->today};
	char *final = render(f, f->award_case, "award", &w);
	w.part = "nonfinal";
	char *nonfinal = render(f, f->award_case, "award", &w);
	(void)state;

	has(final, "终局裁决书");
	has(final, "本裁决书载明终局裁决事项");
	has(final, "支付申请人王超德款项共计8,000.00元");
	has(final, "支付申请人李春花款项共计7,600.00元");
	has(final, "2026年1月1日至2026年3月31日期间的工资8,000.00元");
	lacks(final, "40,000.00元");
	has(final, "本裁决为终局裁决");
	has(final, "三十日内向本委所在地的中级人民法院申请撤销裁决");
	lacks(final, "驳回");
	has(final, "申请人于2025年3月进入被申请人承建的项目工作。");
	has(final, "仲裁庭于2026年11月20日公开开庭进行了审理");
	has(final, "被申请人经本委书面通知，无正当理由未到庭");
	has(final, "仲裁员　何文斌\n");
	has(final, "书记员　郑丽\n");

	has(nonfinal, "非终局裁决书");
	has(nonfinal, "支付申请人王超德款项共计40,000.00元");
	has(nonfinal, "经济补偿40,000.00元");
	lacks(nonfinal, "李春花款项");
	lacks(nonfinal, "1. 2026年1月1日至2026年3月31日期间的工资");
	lacks(nonfinal, "本裁决为终局裁决");
	has(nonfinal, "驳回申请人的其他仲裁请求");
	has(nonfinal, "期满不起诉的，本裁决书发生法律效力");
	lacks(nonfinal, "中级人民法院");
	free(final);
	free(nonfinal);

	/* Not written yet: the award is refused, the command named. */
	exec(f, "DELETE FROM doc_sections WHERE kind = 'award' AND section = 'reasons'");
	struct docvals *v;
	struct tmpl *t;
	struct rdoc d;
	assert_int_equal(docvals_build(f->db, &f->admin, f->award_case, &w, &v, &f->err), TC_OK);
	assert_int_equal(tmpl_load("award", NULL, &t, &f->err), TC_OK);
	rdoc_init(&d, NULL, NULL, NULL, NULL);
	assert_int_equal(tmpl_render(t, v, &d, &f->err), TC_REFUSED);
	assert_string_equal(f->err.msg, "裁决书的「裁决理由」尚未填写: 请用 tiaocai doc edit 2026-1 award 填写");
	rdoc_free(&d);
	tmpl_free(t);
	docvals_free(v);
	exec(f, "INSERT INTO doc_sections(case_id, kind, section, text, updated_at) SELECT id, 'award',"
		" 'reasons', '用人单位应当按时足额支付劳动报酬。', '2026-11-21 10:00:00' FROM cases WHERE seq = 1");
}

/* The decisions and the refusal: the reason recorded with the event, the
 * place of a transfer, the extended time limit. */
static void test_decisions(void **state)
{
	struct fx *f = *state;
	struct docwhat w = {.made_on = f->today};
	char *text;
	(void)state;

	w.kind = kind("decision-suspend");
	text = render(f, case_seq(f, 2), "decision-suspend", &w);
	has(text, "中止仲裁决定书");
	has(text, "出现需要中止审理的情形：等待工伤认定结论。\n"); /* the typed 。 not doubled */
	has(text, "本案自2026年11月4日起中止审理");
	free(text);

	w.kind = kind("decision-extend");
	text = render(f, case_seq(f, 2), "decision-extend", &w);
	has(text, "延长仲裁期限决定书");
	has(text, "本案仲裁期限延长十五日。");
	has(text, "需要延期：涉及人数多、案情复杂。");
	free(text);

	w.kind = kind("decision-transfer");
	text = render(f, case_seq(f, 2), "decision-transfer", &w);
	has(text, "移送管辖决定书");
	has(text, "本案移送遵义市劳动人事争议仲裁委员会处理。");
	has(text, "经审查，用人单位注册地和劳动合同履行地均在遵义市。");
	free(text);

	w.kind = kind("decision-withdraw");
	text = render(f, case_seq(f, 3), "decision-withdraw", &w);
	has(text, "准予撤回仲裁申请决定书");
	has(text, "申请人于2026年11月10日向本委申请撤回仲裁申请。");
	has(text, "撤回的理由：双方已自行和解。");
	free(text);

	w.kind = kind("refuse-notice");
	text = render(f, case_seq(f, 4), "refuse-notice", &w);
	has(text, "不予受理通知书");
	has(text, "经审查，申请人的请求不属于劳动争议的受理范围。");
	has(text, "可以就该劳动争议事项向人民法院提起诉讼");
	free(text);
}

/* The settlement: the agreed amounts per worker and item (an item agreed
 * at 0 is not listed), effective once both sides sign for it. */
static void test_settlement(void **state)
{
	struct fx *f = *state;
	struct docwhat w = {.kind = kind("settlement"), .made_on = f->today};
	char *text = render(f, case_seq(f, 5), "settlement", &w);
	(void)state;

	has(text, "调解书");
	has(text, "双方对拖欠工资的事实无异议。");
	has(text, "双方当事人约定的履行期限和方式：\n　　被申请人于2026年11月30日前一次性支付上述款项。");
	has(text, "支付申请人王超德款项共计7,000.00元");
	has(text, "支付申请人李春花款项共计7,600.00元");
	lacks(text, "经济补偿0.00元");
	has(text, "以上款项合计14,600.00元");
	has(text, "本调解书经双方当事人签收后发生法律效力");
	has(text, "仲裁员　宋佳\n");
	free(text);
}

/* The 送达回证: blank rows to fill by hand, then the service recorded. */
static void test_receipt(void **state)
{
	struct fx *f = *state;
	struct docwhat w = {.kind = doc_kind_receipt(), .party_id = f->party[2], .made_on = f->today,
			    .doc_no = 2, .served = kind("accept-notice")};
	char *text = render(f, f->award_case, "receipt", &w);
	(void)state;

	has(text, "送达回证");
	has(text, "  受送达人            贵州黔城建工集团有限公司\n");
	has(text, "  送达文书            受理通知书（本案第2号文书）\n");
	has(text, "  送达地址            贵阳市观山湖区长岭北路8号A座12层\n");
	has(text, "年　　月　　日　　时　　分");
	has(text, "  备注                拒收的，记明拒收事由和日期，由送达人、见证人签名或盖章\n");
	free(text);

	exec(f, "INSERT INTO documents(case_id, no, kind, party_id, made_on, made_at, digest)"
		" SELECT case_id, 2, 'accept-notice', id, '2026-11-22', '2026-11-22 09:00:00', 'x'"
		" FROM parties WHERE side = 'respondent' AND pos = 1 AND case_id ="
		" (SELECT id FROM cases WHERE seq = 1)");
	exec(f, "INSERT INTO services(document_id, case_id, party_id, method, given_on, given_at,"
		" served_on, address, by_name, note, recorded_at)"
		" SELECT d.id, d.case_id, d.party_id, '留置', '2026-11-23', '10:30', '2026-11-23',"
		" '贵阳市观山湖区长岭北路8号', '郑丽', '拒收, 见证人 社区干部 张军', '2026-11-23 11:00:00'"
		" FROM documents d WHERE d.no = 2");
	text = render(f, f->award_case, "receipt", &w);
	has(text, "  送达方式            留置送达\n");
	has(text, "  收到日期            2026年11月23日10时30分\n");
	has(text, "  送达地址            贵阳市观山湖区长岭北路8号\n");
	has(text, "  送达人              郑丽\n");
	has(text, "  备注                拒收, 见证人 社区干部 张军\n");
	lacks(text, "记明拒收事由");
	free(text);
}

/* Through doc.c: the award made for one respondent is two documents, each
 * followed by its 送达回证 naming it. */
static void test_doc_make(void **state)
{
	struct fx *f = *state;
	struct rdoc out;
	struct doc_rec *made = NULL;
	size_t nmade = 0;
	struct strbuf notes = {0}, text = {0};

	rdoc_init(&out, NULL, NULL, NULL, NULL);
	rdoc_letter(&out);
	if (doc_make(f->db, &f->admin, f->award_case, kind("award"), "r1", 0, f->today, &out, &made,
		     &nmade, &notes, &f->err) != TC_OK)
		fail_msg("doc_make: %s", f->err.msg);
	assert_int_equal(nmade, 2);
	assert_string_equal(made[0].part, "final");
	assert_string_equal(made[1].part, "nonfinal");
	rdoc_render_text(&out, 80, &text);
	char *s = xstrdup(sb_str(&text));
	char *second = strstr(s, "非终局裁决书\n");
	assert_non_null(second);
	*second = '\0';
	has(s, "终局裁决书\n");
	has(s, "  送达文书            终局裁决书（本案第");
	has(second + 1, "  送达文书            非终局裁决书（本案第");
	has(second + 1, "经济补偿40,000.00元");
	free(s);
	free(made);
	sb_free(&notes);
	sb_free(&text);
	rdoc_free(&out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_values),
		cmocka_unit_test(test_periods_follow_rules),
		cmocka_unit_test(test_every_template),
		cmocka_unit_test(test_hearing_notice),
		cmocka_unit_test(test_award_in_two),
		cmocka_unit_test(test_decisions),
		cmocka_unit_test(test_settlement),
		cmocka_unit_test(test_receipt),
		cmocka_unit_test(test_doc_make),
	};

	setvbuf(stdout, NULL, _IONBF, 0);
	unsetenv("TIAOCAI_FORMS");
	return cmocka_run_group_tests(tests, setup, teardown);
}
