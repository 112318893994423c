/*
 * test_demo.c - the demo office: the same seed builds the same office, a
 * 300-case build has every stage and the cases a demo must show (overdue,
 * suspended, collective, fast track, legal aid, both kinds of award), the
 * case file's contents (each worker's own claims, representatives,
 * addresses, legal representatives, agents, third parties, 案由, clerks,
 * no duplicates), the money paid after settlements and awards (in full,
 * in part, in instalments, not at all; never before the closing nor after
 * today), every identifier in it is valid, and a roster with nobody to
 * assign leaves nothing behind.
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

#include "tiaocai/calendar.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/demo.h"
#include "tiaocai/ident.h"
#include "tiaocai/roster.h"
#include "tiaocai/user.h"
#include "fixture.h"

static char *dir;
static struct db *shared; /* the 300-case build with the default seed */

/* A new database in the scratch directory with the calendars and, when
 * with_roster, the sample roster. */
static struct db *new_db(const char *name, bool with_roster)
{
	struct actor boot = {.role = ROLE_ADMIN};
	struct db *db = fx_db(dir, name, true);

	snprintf(boot.login, sizeof boot.login, "setup");
	if (with_roster)
		fx_roster(db, &boot);
	return db;
}

/* A new office with the sample roster, built by the demo with o. */
static struct db *build_opts(const char *name, const struct demo_opts *o)
{
	struct tc_err e = {0};
	struct db *db = new_db(name, true);

	if (demo_build(db, o, &e) != TC_OK)
		fail_msg("demo_build: %s", e.msg);
	return db;
}

static struct db *build(const char *name, uint64_t seed, long cases)
{
	struct demo_opts o;

	demo_opts_init(&o);
	o.seed = seed;
	o.cases = cases;
	return build_opts(name, &o);
}

/* cases over weeks before 2026-12-06, the default seed. */
static struct db *build_over(const char *name, long cases, int weeks)
{
	struct demo_opts o;

	demo_opts_init(&o);
	o.cases = cases;
	o.weeks = weeks;
	o.today = fx_day("2026-12-06");
	return build_opts(name, &o);
}

/* FNV-1a over every value of every row of sql. */
static uint64_t digest(struct db *db, const char *sql)
{
	sqlite3_stmt *st;
	uint64_t h = 0xcbf29ce484222325ull;

	assert_int_equal(sqlite3_prepare_v2(db->h, sql, -1, &st, NULL), SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW) {
		for (int c = 0; c < sqlite3_column_count(st); c++) {
			const unsigned char *s = sqlite3_column_text(st, c);
			for (; s && *s; s++)
				h = (h ^ *s) * 0x100000001b3ull;
			h = (h ^ 0x1f) * 0x100000001b3ull;
		}
		h = (h ^ 0x1e) * 0x100000001b3ull;
	}
	sqlite3_finalize(st);
	return h;
}

static long count(struct db *db, const char *sql)
{
	sqlite3_stmt *st;
	long n = -1;

	assert_int_equal(sqlite3_prepare_v2(db->h, sql, -1, &st, NULL), SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW)
		n = (long)sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

static const char cases_sql[] =
	"SELECT case_no, stage, outcome, next_due, claimed FROM cases ORDER BY id";
static const char journal_sql[] =
	"SELECT case_id, kind, effective_on, actor FROM journal WHERE case_id IS NOT NULL ORDER BY id";

static void same_seed_same_office(void **state)
{
	(void)state;
	struct db *a = build("a.db", 7, 300), *b = build("b.db", 7, 300);

	assert_int_equal(count(a, "SELECT COUNT(*) FROM cases"), 300);
	assert_true(digest(a, cases_sql) == digest(b, cases_sql));
	assert_true(digest(a, journal_sql) == digest(b, journal_sql));
	assert_true(digest(a, "SELECT case_id, claim_pos, amount, paid_on, paid_by, note FROM payments"
			   " ORDER BY id") ==
		    digest(b, "SELECT case_id, claim_pos, amount, paid_on, paid_by, note FROM payments"
			   " ORDER BY id"));
	assert_true(digest(a, "SELECT name, id_no, uscc, phone FROM parties ORDER BY id") ==
		    digest(b, "SELECT name, id_no, uscc, phone FROM parties ORDER BY id"));
	db_close(a);
	db_close(b);
}

static void other_seed_other_office(void **state)
{
	(void)state;
	struct db *a = build("c.db", 7, 300), *b = build("d.db", 8, 300);

	assert_false(digest(a, cases_sql) == digest(b, cases_sql));
	assert_false(digest(a, journal_sql) == digest(b, journal_sql));
	db_close(a);
	db_close(b);
}

static void every_stage_appears(void **state)
{
	(void)state;
	struct demo_stats s;
	struct tc_err e = {0};

	assert_int_equal(demo_stats(shared, date_today(), &s, &e), TC_OK);
	assert_int_equal(s.cases, 300);
	for (int i = 0; i < STAGE_COUNT; i++) {
		if (s.by_stage[i] == 0)
			fail_msg("no case in stage %s", stage_zh((enum stage)i));
	}
	assert_true(s.overdue > 0);
	assert_true(s.due_soon > 0);
}

static void the_cases_a_demo_must_show(void **state)
{
	(void)state;
	long fast = count(shared, "SELECT COUNT(*) FROM cases WHERE fast");

	assert_true(count(shared, "SELECT COUNT(*) FROM cases WHERE stage = 'suspended'") > 0);
	assert_true(count(shared, "SELECT COUNT(*) FROM cases WHERE workers >= 10 AND collective") > 0);
	assert_true(fast >= 90 && fast <= 150); /* about 40% */
	assert_true(count(shared, "SELECT COUNT(*) FROM cases c JOIN users u ON u.id = c.lawyer_id"
				  " WHERE u.login = 'lawyer1' AND c.legal_aid") > 0);
	assert_true(count(shared, "SELECT COUNT(*) FROM cases WHERE final_award = 1") > 0);
	assert_true(count(shared, "SELECT COUNT(*) FROM cases WHERE final_award = 0") > 0);
	assert_true(count(shared, "SELECT COUNT(*) FROM cases WHERE extended") > 0);
	assert_true(count(shared, "SELECT COUNT(*) FROM cases WHERE suspended_days > 0") > 0);
	assert_int_equal(count(shared, "SELECT COUNT(DISTINCT outcome) FROM cases WHERE outcome IN"
				       " ('案外调解', '调解', '撤回', '不予受理', '移送', '终局裁决', '非终局裁决')"),
			 7);
	/* Overdue: accepted more than 45 days ago and still open. */
	assert_true(count(shared, "SELECT COUNT(*) FROM cases WHERE stage NOT IN ('closed', 'suspended')"
				  " AND accepted_on < date('2026-11-22', '-45 days')") > 0);
	assert_true(count(shared, "SELECT COUNT(*) FROM parties WHERE chain_role = '包工头' AND id_no IS NOT NULL") > 0);
	assert_true(count(shared, "SELECT COUNT(*) FROM parties WHERE side = 'respondent' AND uscc IS NULL"
				  " AND chain_role <> '包工头'") > 0);
}

/* The case file: each worker's own claims, representatives, the
 * employers' addresses and legal representatives, agents, third parties,
 * 案由 and clerks in charge; no duplicates. */
static void the_case_file(void **state)
{
	(void)state;
	/* In a group every item belongs to one of its workers, and every
	 * worker has a wage item of their own. */
	assert_int_equal(count(shared, "SELECT COUNT(*) FROM claims k JOIN cases c ON c.id = k.case_id"
				       " WHERE c.workers > 1 AND k.party_id IS NULL"), 0);
	assert_int_equal(count(shared, "SELECT COUNT(*) FROM parties p JOIN cases c ON c.id = p.case_id"
				       " WHERE c.workers > 1 AND p.side = 'applicant' AND NOT EXISTS"
				       " (SELECT 1 FROM claims k WHERE k.party_id = p.id AND k.kind = '工资')"), 0);
	assert_int_equal(count(shared, "SELECT COUNT(*) FROM claims k JOIN parties p ON p.id = k.party_id"
				       " WHERE p.case_id <> k.case_id OR p.side <> 'applicant'"), 0);
	assert_true(count(shared, "SELECT COUNT(*) FROM claims WHERE party_id IS NOT NULL") > 200);
	/* Awarded worker by worker: collective cases come out final when
	 * every worker's items are within 12 months' minimum wage. */
	assert_true(count(shared, "SELECT COUNT(*) FROM cases WHERE collective AND final_award = 1") > 0);
	assert_int_equal(count(shared, "SELECT COUNT(*) FROM cases c WHERE c.final_award = 1 AND EXISTS"
				       " (SELECT 1 FROM claims k WHERE k.case_id = c.id AND k.final = 0)"), 0);
	/* Three to five representatives in each collective case, none elsewhere. */
	assert_int_equal(count(shared, "SELECT COUNT(*) FROM cases c WHERE c.collective AND (SELECT COUNT(*)"
				       " FROM parties p WHERE p.case_id = c.id AND p.representative) NOT BETWEEN 3 AND 5"), 0);
	assert_int_equal(count(shared, "SELECT COUNT(*) FROM parties p JOIN cases c ON c.id = p.case_id"
				       " WHERE p.representative AND NOT c.collective"), 0);
	/* Employers with a seat and a legal representative; people without one. */
	assert_true(count(shared, "SELECT COUNT(*) FROM parties WHERE side = 'respondent' AND id_no IS NULL"
				  " AND address LIKE '贵州省贵阳市%' AND legal_rep IS NOT NULL") > 200);
	assert_true(count(shared, "SELECT COUNT(*) FROM parties WHERE legal_rep_title = '经营者'") > 0);
	assert_true(count(shared, "SELECT COUNT(*) FROM parties WHERE side = 'respondent'"
				  " AND service_address IS NOT NULL") > 0);
	assert_true(count(shared, "SELECT COUNT(*) FROM parties WHERE side = 'applicant'"
				  " AND service_address IS NOT NULL") > 100);
	assert_int_equal(count(shared, "SELECT COUNT(*) FROM parties WHERE id_no IS NOT NULL"
				       " AND legal_rep IS NOT NULL"), 0);
	/* Agents of every kind but 其他; the office's lawyer acts in the cases
	 * linked to them, and only there. */
	assert_int_equal(count(shared, "SELECT COUNT(DISTINCT kind) FROM agents"), 4);
	assert_int_equal(count(shared, "SELECT COUNT(*) FROM cases c JOIN users u ON u.id = c.lawyer_id"
				       " WHERE NOT EXISTS (SELECT 1 FROM agents a WHERE a.case_id = c.id"
				       " AND a.lawyer_id = u.id AND a.kind = '法律援助')"), 0);
	assert_int_equal(count(shared, "SELECT COUNT(*) FROM agents a JOIN cases c ON c.id = a.case_id"
				       " WHERE a.lawyer_id IS NOT NULL AND a.lawyer_id IS NOT c.lawyer_id"), 0);
	assert_int_equal(count(shared, "SELECT COUNT(*) FROM agents a JOIN parties p ON p.id = a.party_id"
				       " WHERE p.case_id <> a.case_id OR (a.kind = '律师') <> (p.side = 'respondent')"), 0);
	assert_true(count(shared, "SELECT COUNT(*) FROM parties WHERE side = 'third'") > 0);
	assert_int_equal(count(shared, "SELECT COUNT(*) FROM parties WHERE side = 'third' AND"
				       " (uscc IS NULL OR legal_rep IS NULL OR address IS NULL)"), 0);
	/* Mostly 劳动报酬, not always; most cases have a clerk in charge. */
	assert_true(count(shared, "SELECT COUNT(DISTINCT cause) FROM cases") >= 3);
	assert_true(count(shared, "SELECT COUNT(*) FROM cases WHERE cause = '劳动报酬'") > 240);
	long clerked = count(shared, "SELECT COUNT(*) FROM cases c JOIN users u ON u.id = c.clerk_id"
				     " WHERE u.role = 'clerk'");
	assert_true(clerked > 240 && clerked < 300);
	/* Nobody twice: no applicant in two cases, let alone two open ones
	 * against the same respondent (case_add refuses that). */
	assert_int_equal(count(shared, "SELECT COUNT(*) FROM (SELECT id_no FROM parties WHERE side = 'applicant'"
				       " GROUP BY id_no HAVING COUNT(*) > 1)"), 0);
}

/* Money paid (`case pay`) after settlements and awards only, on days from
 * the closing to today; most settlements paid in full, awards in full, in
 * part or not at all, some in instalments, some by the general contractor;
 * the case row and each item add up what was paid. */
static void payments(void **state)
{
	(void)state;
	assert_true(count(shared, "SELECT COUNT(*) FROM payments") > 50);
	assert_int_equal(count(shared, "SELECT COUNT(*) FROM payments p JOIN cases c ON c.id = p.case_id"
				       " WHERE c.stage <> 'closed' OR c.resolved IS NULL OR c.outcome IN"
				       " ('撤回', '视为撤回', '不予受理', '移送', '其他')"
				       " OR p.paid_on < c.closed_on OR p.paid_on > '2026-11-22'"), 0);
	/* A settlement closed a month ago or more is mostly paid in full. */
	long old_settled = count(shared, "SELECT COUNT(*) FROM cases WHERE outcome IN ('调解', '案外调解')"
					 " AND closed_on <= '2026-10-22'");
	long paid_settled = count(shared, "SELECT COUNT(*) FROM cases WHERE outcome IN ('调解', '案外调解')"
					  " AND closed_on <= '2026-10-22' AND paid >= resolved");
	assert_true(paid_settled * 100 > old_settled * 60 && paid_settled < old_settled);
	assert_true(count(shared, "SELECT COUNT(*) FROM cases WHERE paid = 0 AND outcome LIKE '%裁决'"
				  " AND closed_on <= '2026-10-22'") > 0);
	assert_true(count(shared, "SELECT COUNT(*) FROM cases WHERE paid > 0 AND paid < resolved") > 0);
	assert_true(count(shared, "SELECT COUNT(*) FROM cases WHERE paid >= resolved AND outcome LIKE '%裁决'") > 0);
	assert_true(count(shared, "SELECT COUNT(*) FROM payments WHERE note LIKE '分期履行, 第 2 期%'") > 0);
	assert_true(count(shared, "SELECT COUNT(*) FROM payments WHERE claim_pos IS NOT NULL") > 0);
	assert_true(count(shared, "SELECT COUNT(*) FROM payments p JOIN parties r ON r.case_id = p.case_id"
				  " AND r.name = p.paid_by WHERE r.chain_role = '总承包'") > 0);
	assert_int_equal(count(shared, "SELECT COUNT(*) FROM cases c WHERE c.paid <>"
				       " (SELECT coalesce(sum(amount), 0) FROM payments p WHERE p.case_id = c.id)"), 0);
	assert_int_equal(count(shared, "SELECT COUNT(*) FROM claims k WHERE coalesce(k.paid, 0) <>"
				       " (SELECT coalesce(sum(amount), 0) FROM payments p WHERE p.case_id = k.case_id"
				       " AND p.claim_pos = k.pos) OR k.paid > k.resolved"), 0);
	/* Never more than was agreed or awarded. */
	assert_int_equal(count(shared, "SELECT COUNT(*) FROM cases WHERE paid > resolved"), 0);
}

static void every_journal_starts_with_add(void **state)
{
	(void)state;
	assert_int_equal(count(shared, "SELECT COUNT(*) FROM cases c WHERE (SELECT kind FROM journal j"
				       " WHERE j.case_id = c.id ORDER BY j.id LIMIT 1) IS NOT 'add'"), 0);
	/* Events never go back in time, nor past today.  The documents of the
	 * last week and their service are recorded after each case's walk,
	 * each dated the day it was made or served. */
	assert_int_equal(count(shared, "SELECT COUNT(*) FROM journal a JOIN journal b ON b.case_id = a.case_id"
				       " AND b.id > a.id WHERE b.effective_on < a.effective_on"
				       " AND a.kind NOT IN ('doc', 'serve') AND b.kind NOT IN ('doc', 'serve')"), 0);
	assert_true(count(shared, "SELECT COUNT(*) FROM documents") > 0);
	assert_true(count(shared, "SELECT COUNT(*) FROM services") > 0);
	assert_int_equal(count(shared, "SELECT COUNT(*) FROM documents d JOIN journal j ON j.id = d.event_id"
				       " WHERE d.made_on < j.effective_on OR d.made_on > '2026-11-22'"), 0);
	assert_int_equal(count(shared, "SELECT COUNT(*) FROM services s JOIN documents d ON d.id = s.document_id"
				       " WHERE s.given_on < d.made_on OR s.given_on > '2026-11-22'"), 0);
	assert_int_equal(count(shared, "SELECT COUNT(*) FROM journal WHERE effective_on > '2026-11-22'"), 0);
}

static void users_and_roles(void **state)
{
	(void)state;
	struct passwd *pw = getpwuid(geteuid());
	sqlite3_stmt *st;

	assert_int_equal(sqlite3_prepare_v2(shared->h, "SELECT login, role FROM users ORDER BY id LIMIT 1",
					    -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_string_equal((const char *)sqlite3_column_text(st, 0), pw ? pw->pw_name : "admin");
	assert_string_equal((const char *)sqlite3_column_text(st, 1), "admin");
	sqlite3_finalize(st);
	assert_int_equal(count(shared, "SELECT COUNT(*) FROM users WHERE role = 'mediator' AND person_id IS NOT NULL"), 1);
	assert_int_equal(count(shared, "SELECT COUNT(*) FROM users WHERE role = 'arbitrator' AND person_id IS NOT NULL"), 1);
	/* Extensions are a supervisor's; every actor is a registered user. */
	assert_int_equal(count(shared, "SELECT COUNT(*) FROM journal j JOIN users u ON u.login = j.actor"
				       " WHERE j.kind = 'extend' AND u.role NOT IN ('supervisor', 'admin')"), 0);
	assert_int_equal(count(shared, "SELECT COUNT(*) FROM journal j WHERE j.case_id IS NOT NULL"
				       " AND j.actor NOT IN (SELECT login FROM users)"), 0);
	/* Nobody suspended or out of term was given a case. */
	assert_int_equal(count(shared, "SELECT COUNT(*) FROM cases c JOIN people p ON p.id = c.mediator_id"
				       " WHERE p.status <> '在册' OR p.term_end < c.mediation_from"), 0);
	assert_int_equal(count(shared, "SELECT COUNT(*) FROM hearings h JOIN people p ON p.id = h.arbitrator_id"
				       " WHERE p.status <> '在册' OR p.term_end < substr(h.at, 1, 10)"), 0);
	assert_true(count(shared, "SELECT COUNT(DISTINCT mediator_id) FROM cases") > 5);
}

static void identifiers_are_valid(void **state)
{
	(void)state;
	sqlite3_stmt *st;
	int n = 0;

	assert_int_equal(sqlite3_prepare_v2(shared->h, "SELECT id_no, uscc, phone FROM parties", -1, &st, NULL),
			 SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *id = (const char *)sqlite3_column_text(st, 0);
		const char *uscc = (const char *)sqlite3_column_text(st, 1);
		const char *phone = (const char *)sqlite3_column_text(st, 2);
		char out[32];
		bool bad = false;
		struct tc_err e = {0};
		if (id && ident_id_check(id, date_today(), out, "id", &e) != TC_OK)
			fail_msg("%s", e.msg);
		if (uscc && ident_uscc_check(uscc, out, &bad, "uscc", &e) != TC_OK)
			fail_msg("%s", e.msg);
		if (phone && ident_phone_check(phone, out, "phone", &e) != TC_OK)
			fail_msg("%s", e.msg);
		n++;
	}
	sqlite3_finalize(st);
	assert_true(n > 600);
	assert_int_equal(count(shared, "SELECT COUNT(*) FROM parties WHERE side = 'applicant' AND"
				       " (birth < '1965-01-01' OR birth > '2004-12-31')"), 0);
}

/* More cases a day than the office has hearing slots (2,500 in three
 * weeks): those that find no slot are decided on the papers, reaching
 * 审理中 through a failed mediation and a sole arbitrator first; a
 * person picked with a party's name is kept with the clerk's reason. */
static void a_crowded_office(void **state)
{
	(void)state;
	struct db *db = new_db("crowded.db", true);
	struct demo_opts o;
	struct tc_err e = {0};

	demo_opts_init(&o);
	o.cases = 2500;
	o.weeks = 3;
	if (demo_build(db, &o, &e) != TC_OK)
		fail_msg("demo_build: %s", e.msg);
	assert_int_equal(count(db, "SELECT COUNT(*) FROM cases"), 2500);
	/* Some found no slot: a tribunal and no hearing. */
	assert_true(count(db, "SELECT COUNT(*) FROM tribunals t WHERE NOT EXISTS (SELECT 1 FROM"
			      " hearings h WHERE h.case_id = t.case_id)") >= 1);
	/* An award on the papers is the tribunal's. */
	assert_int_equal(count(db, "SELECT COUNT(*) FROM journal j WHERE kind = 'award'"
				   " AND detail LIKE '%书面审理%' AND NOT EXISTS (SELECT 1 FROM"
				   " tribunals t WHERE t.case_id = j.case_id)"), 0);
	/* Every award follows a hearing held or says why there was none. */
	assert_int_equal(count(db, "SELECT COUNT(*) FROM journal j WHERE kind = 'award'"
				   " AND detail NOT LIKE '%书面审理%' AND NOT EXISTS (SELECT 1 FROM"
				   " hearings h WHERE h.case_id = j.case_id AND h.status = 'held')"), 0);
	db_close(db);
}

/* An award in two parts (终局 and 非终局) made in the documents' week is
 * served once per document, though either part's need makes both. */
static void two_part_awards_served_once(void **state)
{
	(void)state;
	struct db *db = build_over("awards.db", 1000, 20);

	assert_true(count(db, "SELECT count(*) FROM documents WHERE part = 'nonfinal'") > 0);
	assert_int_equal(count(db, "SELECT count(*) FROM (SELECT document_id FROM services"
				   " GROUP BY document_id HAVING count(*) > 1 AND min(method) <> '公告')"), 0);
	db_close(db);
}

/* Over a long history (100 weeks) the cases still waiting for acceptance
 * and the stalled ones come at the weekly rate of a short one, not all in
 * the last days: the last week holds about as many cases as any other,
 * and the open overdue are a week's share, not a tenth of every case. */
static void a_long_history_keeps_the_weekly_rate(void **state)
{
	(void)state;
	struct db *db = build_over("long.db", 2000, 100);

	/* 20 cases a week on average; before, 100 came in the last four days. */
	long last = count(db, "SELECT count(*) FROM cases WHERE received_on > '2026-11-29'");
	assert_true(last >= 5 && last <= 50);
	assert_true(count(db, "SELECT count(*) FROM cases WHERE stage = 'received'") <= 20);
	/* A tenth of all (200) were overdue before. */
	assert_true(count(db, "SELECT count(*) FROM cases WHERE stage NOT IN ('closed', 'suspended')"
			      " AND next_due < '2026-12-06'") < 80);
	db_close(db);
}

/* The build drops the docket's indexes and the name trigger while it
 * writes (db_bulk_begin): afterwards the office has every one of them as
 * a new office does, and every party's name can be searched. */
static void indexes_and_search_after_the_build(void **state)
{
	(void)state;
	struct db *fresh = new_db("fresh.db", false);
	const char *schema = "SELECT type, name, sql FROM sqlite_schema WHERE tbl_name IN"
			     " ('cases', 'parties', 'name_grams') ORDER BY type, name";

	assert_true(count(shared, "SELECT count(*) FROM sqlite_schema WHERE type = 'index'"
				  " AND tbl_name = 'cases'") > 20);
	assert_true(digest(shared, schema) == digest(fresh, schema));
	db_close(fresh);
	/* Each two-character piece of each name, as the trigger files it. */
	assert_int_equal(count(shared, "SELECT count(*) FROM (SELECT lower(substr(p.name, n, 2)),"
				       " p.case_id FROM parties p JOIN nums ON n < length(p.name)"
				       " EXCEPT SELECT gram, case_id FROM name_grams)"), 0);
	assert_true(count(shared, "SELECT count(*) FROM name_grams") > 1000);
	/* A name is found (case list --query's first step). */
	assert_true(count(shared, "SELECT count(*) FROM name_grams g JOIN parties p ON"
				  " p.case_id = g.case_id WHERE g.gram = lower(substr(p.name, 1, 2))") > 300);
}

/* Every case is counted for the statistics by the build itself: nothing
 * is left for the office's first report to count. */
static void counted_for_the_statistics(void **state)
{
	(void)state;
	assert_int_equal(count(shared, "SELECT count(*) FROM tally_dirty"), 0);
	assert_int_equal(count(shared, "SELECT count(*) FROM tally_cases"),
			 count(shared, "SELECT count(*) FROM cases"));
}

static void no_roster_leaves_nothing(void **state)
{
	(void)state;
	struct db *db = new_db("empty.db", false);
	struct demo_opts o;
	struct tc_err e = {0};

	demo_opts_init(&o);
	assert_int_equal(demo_build(db, &o, &e), TC_REFUSED);
	assert_non_null(strstr(e.msg, "调解员"));
	assert_int_equal(count(db, "SELECT COUNT(*) FROM users"), 0);
	assert_int_equal(count(db, "SELECT COUNT(*) FROM cases"), 0);
	o.cases = 0;
	assert_int_equal(demo_build(db, &o, &e), TC_USAGE);
	db_close(db);
}

static int group_setup(void **state)
{
	(void)state;
	if ((dir = fx_tmpdir("demo")) == NULL)
		return -1;
	shared = build("shared.db", DEMO_SEED_DEFAULT, 300);
	return 0;
}

static int group_teardown(void **state)
{
	(void)state;
	fx_done(shared, dir);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(same_seed_same_office),
		cmocka_unit_test(other_seed_other_office),
		cmocka_unit_test(every_stage_appears),
		cmocka_unit_test(the_cases_a_demo_must_show),
		cmocka_unit_test(the_case_file),
		cmocka_unit_test(payments),
		cmocka_unit_test(every_journal_starts_with_add),
		cmocka_unit_test(users_and_roles),
		cmocka_unit_test(identifiers_are_valid),
		cmocka_unit_test(a_crowded_office),
		cmocka_unit_test(two_part_awards_served_once),
		cmocka_unit_test(a_long_history_keeps_the_weekly_rate),
		cmocka_unit_test(indexes_and_search_after_the_build),
		cmocka_unit_test(counted_for_the_statistics),
		cmocka_unit_test(no_roster_leaves_nothing),
	};

	setvbuf(stdout, NULL, _IONBF, 0);
	setenv("TIAOCAI_TODAY", "2026-11-22", 1);
	unsetenv("TIAOCAI_USER");
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
