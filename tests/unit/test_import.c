/*
 * test_import.c - cases read from the ledger layout: the CLI fixture of
 * every stage, a bad row that leaves the database exactly as it was,
 * duplicates against the database and within the file (the same
 * application twice, and case_add's open-case rule with its reason), the
 * case file's columns (addresses, legal representatives, representatives,
 * 案由, 承办人 by login or name, each worker's own claims, the 12-worker
 * award that is final, an organisation as applicant, respondents' ID
 * numbers and roles, third parties, agents, the legal-aid lawyer, missing
 * documents, payments and the ledger's paid total), the layout's own refusals (each names its line and column),
 * refusals passed on from case_add and wf_apply, GB18030 and BOM files,
 * and who may import.
 *
 * Each test gets a database with the 2025 and 2026 calendars and the
 * sample roster; today is $TIAOCAI_TODAY (2026-11-22 under make check).
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

#include "tiaocai/csvio.h"
#include "tiaocai/db.h"
#include "tiaocai/import.h"
#include "tiaocai/roster.h"
#include "tiaocai/user.h"
#include "fixture.h"

/* Valid numbers from domain.md section 7. */
#define ID_A "11010519491231002X"
#define ID_B "440524188001010014"
#define ID_BAD_CHECK "110105194912310021" /* check character should be X */
#define USCC_OK "91350100M000100Y43"
#define USCC_BAD_CHECK "91350100M000100Y44"
#define ID_C "520102198503141259"

struct fx {
	char *dir;
	struct db *db;
	struct tc_err err;
	size_t imported, skipped;
};

static int setup(void **state)
{
	struct fx *f = xcalloc(1, sizeof *f);

	if ((f->dir = fx_tmpdir("import")) == NULL)
		return -1;
	f->db = fx_db(f->dir, "t.db", true);
	fx_roster(f->db, &fx_admin);
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

#define count fx_count

static char *text(struct db *db, const char *sql)
{
	sqlite3_stmt *st;
	char *s = NULL;

	assert_int_equal(sqlite3_prepare_v2(db->h, sql, -1, &st, NULL), SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW)
		s = db_col_dup(st, 0);
	sqlite3_finalize(st);
	return s ? s : xstrdup("");
}

/* Every row of every table a case import writes, as one text. */
static char *dump(struct db *db)
{
	static const char *const sqls[] = {
		"SELECT * FROM cases ORDER BY id",     "SELECT * FROM parties ORDER BY id",
		"SELECT * FROM claims ORDER BY id",    "SELECT * FROM hearings ORDER BY id",
		"SELECT * FROM journal ORDER BY id",   "SELECT * FROM case_seq ORDER BY year",
		"SELECT * FROM name_grams ORDER BY 1, 2",
	};
	struct strbuf sb = {0};

	for (size_t i = 0; i < sizeof sqls / sizeof sqls[0]; i++) {
		sqlite3_stmt *st;
		assert_int_equal(sqlite3_prepare_v2(db->h, sqls[i], -1, &st, NULL), SQLITE_OK);
		while (sqlite3_step(st) == SQLITE_ROW) {
			for (int c = 0; c < sqlite3_column_count(st); c++)
				sb_printf(&sb, "%s|", db_col_text(st, c));
			sb_puts(&sb, "\n");
		}
		sqlite3_finalize(st);
	}
	return sb_take(&sb);
}

static enum tc_status run(struct fx *f, const char *path, enum csvio_encoding enc, bool skip)
{
	f->imported = f->skipped = 99;
	err_clear(&f->err);
	return import_cases_file(f->db, &fx_admin, path, enc, skip, &f->imported, &f->skipped,
				 &f->err);
}

/* Write text as dir/name and import it. */
static enum tc_status run_text(struct fx *f, const char *name, const char *csv, bool skip)
{
	char *path = fx_write(f->dir, name, csv);
	enum tc_status st = run(f, path, CSVIO_AUTO, skip);
	free(path);
	return st;
}

/* The message without the directory in front of the file name. */
static const char *msg(const struct fx *f)
{
	const char *m = f->err.msg;
	size_t n = strlen(f->dir);

	if (strncmp(m, f->dir, n) == 0 && m[n] == '/')
		m += n + 1;
	return m;
}

/* ---- the fixture of every stage ------------------------------------- */

static void test_import_fixture(void **state)
{
	struct fx *f = *state;
	char *path = fx_datafile("tests/cli/fixtures/import-cases.csv");

	assert_int_equal(run(f, path, CSVIO_AUTO, false), TC_OK);
	assert_int_equal(f->imported, 14);
	assert_int_equal(f->skipped, 0);
	free(path);

	/* Stages as the file says, reached through the workflow's events. */
	assert_int_equal(count(f->db, "SELECT count(*) FROM cases WHERE stage = 'closed'"), 7);
	assert_int_equal(count(f->db, "SELECT count(*) FROM cases WHERE stage = 'received'"), 2);
	assert_int_equal(count(f->db, "SELECT count(*) FROM cases WHERE stage = 'premediation'"), 1);
	assert_int_equal(count(f->db, "SELECT count(*) FROM cases WHERE stage = 'accepted'"), 1);
	assert_int_equal(count(f->db, "SELECT count(*) FROM cases WHERE stage = 'mediating'"), 1);
	assert_int_equal(count(f->db, "SELECT count(*) FROM cases WHERE stage = 'hearing'"), 1);
	assert_int_equal(count(f->db, "SELECT count(*) FROM cases WHERE stage = 'suspended'"), 1);
	/* Every event is journalled; one import line per case and one for the file. */
	assert_int_equal(count(f->db, "SELECT count(*) FROM journal WHERE kind = 'import'"), 15);
	assert_int_equal(count(f->db, "SELECT count(*) FROM journal WHERE kind = 'accept'"), 9);
	assert_int_equal(count(f->db, "SELECT count(*) FROM journal WHERE kind = 'hearing'"), 3);
	/* The collective case: twelve workers, each with an ID number. */
	assert_int_equal(count(f->db, "SELECT count(*) FROM parties p JOIN cases c ON c.id = p.case_id"
				      " WHERE c.first_applicant = '王小明' AND p.side = 'applicant'"
				      " AND length(p.id_no) = 18"), 12);
	assert_int_equal(count(f->db, "SELECT collective FROM cases WHERE first_applicant = '王小明'"), 1);
	/* ... each with their own wage item, settled item by item, and three
	 * of them the representatives. */
	assert_int_equal(count(f->db, "SELECT count(*) FROM claims k JOIN parties p ON p.id = k.party_id"
				      " WHERE p.case_id = k.case_id AND p.pos = k.pos AND k.amount = 1500000"
				      " AND k.resolved = 1250000"), 12);
	char *r = text(f->db, "SELECT group_concat(name, '、') FROM (SELECT name FROM parties"
			      " WHERE representative ORDER BY pos)");
	assert_string_equal(r, "王小明、吉克阿呷、杨勇强");
	free(r);
	/* The case file's columns: 案由, seats, legal representatives. */
	r = text(f->db, "SELECT group_concat(cause, ' ') FROM (SELECT cause FROM cases"
			" WHERE cause <> '劳动报酬' ORDER BY id)");
	assert_string_equal(r, "解除终止劳动合同 工伤");
	free(r);
	r = text(f->db, "SELECT group_concat(coalesce(legal_rep || legal_rep_title, '-') || '@' ||"
			" coalesce(service_address, address, '-'), ' ') FROM (SELECT p.* FROM parties p"
			" JOIN cases c ON c.id = p.case_id WHERE c.first_applicant = '李建国'"
			" AND p.side = 'respondent' ORDER BY p.pos)");
	assert_string_equal(r, "-@贵州省贵阳市花溪区某工地 陈恒达执行董事@贵州省贵阳市花溪区花溪大道88号 "
			       "刘鼎盛董事长@贵州省贵阳市观山湖区金阳南路6号");
	free(r);
	/* Per-item award: the wage item over 12 months' minimum wage is not final. */
	char *s = text(f->db, "SELECT group_concat(kind || ':' || resolved || ':' || final, ' ')"
			      " FROM (SELECT * FROM claims WHERE case_id = (SELECT id FROM cases"
			      " WHERE first_applicant = '李建国') ORDER BY pos)");
	assert_string_equal(s, "工资:2800000:0 加班费:300000:1 经济补偿:800000:1");
	free(s);
	/* The respondent's code went to the respondent the file gave it to. */
	s = text(f->db, "SELECT group_concat(coalesce(uscc, '-'), ' ') FROM (SELECT p.* FROM parties p"
			" JOIN cases c ON c.id = p.case_id WHERE c.first_applicant = '李建国'"
			" AND p.side = 'respondent' ORDER BY p.pos)");
	assert_string_equal(s, "- 91520115MA7HD0302G 91520100MA1BJ5503D");
	free(s);
	/* A hearing still to come is set today, for its own day. */
	s = text(f->db, "SELECT effective_on || ' ' || detail FROM journal WHERE kind = 'hearing'"
			" ORDER BY id DESC LIMIT 1");
	assert_string_equal(s, "2026-11-22 开庭, 独任仲裁员 宋佳, 第 1 次开庭定于 2026-11-25 09:00, 60 分钟,"
			       " 第一仲裁庭, 通知期不足 5 日: 台账未载开庭安排日期");
	free(s);
}

/* ---- all or nothing ---------------------------------------------------- */

static void test_bad_row_changes_nothing(void **state)
{
	struct fx *f = *state;
	char *path = fx_datafile("tests/cli/fixtures/import-cases.csv");

	assert_int_equal(run(f, path, CSVIO_AUTO, false), TC_OK);
	free(path);
	char *before = dump(f->db);
	/* Two good rows, then an ID number whose check character is wrong. */
	assert_int_equal(run_text(f, "bad.csv",
				  "received_on,applicant,applicant_id,respondent,claimed\n"
				  "2026-11-02,甲,"ID_A",贵州甲公司,1000\n"
				  "2026-11-03,乙,"ID_B",贵州乙公司,2000\n"
				  "2026-11-04,丙,"ID_BAD_CHECK",贵州丙公司,3000\n", false),
			 TC_REFUSED);
	assert_string_equal(msg(f), "bad.csv:4: applicant_id: 校验位不符, 第18位应为 X");
	assert_int_equal(f->imported, 99); /* untouched on failure */
	char *after = dump(f->db);
	assert_string_equal(before, after);
	free(after);

	/* An unclosed quote: nothing is read at all. */
	assert_int_equal(run_text(f, "quote.csv",
				  "received_on,applicant,applicant_id,respondent,claimed\n"
				  "2026-11-02,甲,"ID_A",\"贵州甲公司,1000\n", false),
			 TC_REFUSED);
	assert_string_equal(msg(f), "quote.csv:2: CSV 格式错误: 引号未闭合");
	after = dump(f->db);
	assert_string_equal(before, after);
	free(before);
	free(after);
}

/* ---- duplicates ---------------------------------------------------- */

static void test_duplicates(void **state)
{
	struct fx *f = *state;
	static const char file[] =
		"received_on,applicant,applicant_id,respondent,claimed\n"
		"2026-11-02,甲,"ID_A",贵州甲公司,1000\n"
		/* a different respondent: a case of its own */
		"2026-11-02,甲,"ID_A",贵州乙公司,1000\n"
		/* line 2 again, the ID in lower case and with a second worker */
		"2026-11-02,甲、乙,11010519491231002x、"ID_B",贵州甲公司,3000\n";

	assert_int_equal(run_text(f, "dup.csv", file, false), TC_REFUSED);
	assert_string_equal(msg(f), "dup.csv:4: applicant_id: 与第2行重复 (申请人 甲、被申请人 贵州甲公司、"
				    "收案日期 2026-11-02 相同); 用 --skip-duplicates 可跳过重复的行");
	assert_int_equal(count(f->db, "SELECT count(*) FROM cases"), 0);

	assert_int_equal(run_text(f, "dup.csv", file, true), TC_OK);
	assert_int_equal(f->imported, 2);
	assert_int_equal(f->skipped, 1);

	/* Again: every row matches a case on file now. */
	assert_int_equal(run_text(f, "dup.csv", file, false), TC_REFUSED);
	assert_string_equal(msg(f), "dup.csv:2: applicant_id: 与已有案件 贵劳人仲案字〔2026〕第1号 重复 "
				    "(申请人 甲、被申请人 贵州甲公司、收案日期 2026-11-02 相同); "
				    "用 --skip-duplicates 可跳过重复的行");
	assert_int_equal(run_text(f, "dup.csv", file, true), TC_OK);
	assert_int_equal(f->imported, 0);
	assert_int_equal(f->skipped, 3);
	assert_int_equal(count(f->db, "SELECT count(*) FROM cases"), 2);
	/* The file is journalled with its counts. */
	char *s = text(f->db, "SELECT detail FROM journal WHERE case_id IS NULL OR case_id = 0"
			      " ORDER BY id DESC LIMIT 1");
	assert_non_null(strstr(s, "0 件, 跳过重复 3 件"));
	free(s);
}

/* case_add's own rule, applied before case_add so that the refusal names
 * the line and the column: an applicant and a respondent (by name or
 * credit code) together in a case still open, made by an earlier line or
 * on file; a closed one is no obstacle, and a reason lets the row in. */
static void test_open_duplicates(void **state)
{
	struct fx *f = *state;
	static const char head[] =
		"received_on,applicant,applicant_id,respondent,respondent_uscc,claimed,accepted_on,"
		"outcome,closed_on,note\n";
	/* Line 2 stays open; line 3, another day, is the same worker
	 * against the same employer (named otherwise, the same code). */
	char *file = xasprintf("%s"
			       "2026-11-02,甲,"ID_A",贵州甲公司,"USCC_OK",1000,,,,\n"
			       "2026-11-09,甲,"ID_A",贵州甲建筑有限公司,"USCC_OK",2000,,,,\n",
			       head);

	assert_int_equal(run_text(f, "o.csv", file, false), TC_REFUSED);
	assert_string_equal(msg(f), "o.csv:3: applicant_id: 申请人 甲 与被申请人 贵州甲建筑有限公司 已在未结案件 "
				    "贵劳人仲案字〔2026〕第1号 (第2行) 中, 可能是重复登记; 核实后确需另立一案的, "
				    "请在allow_duplicate列写明理由; 用 --skip-duplicates 可跳过重复的行");
	assert_int_equal(count(f->db, "SELECT count(*) FROM cases"), 0);
	assert_int_equal(run_text(f, "o.csv", file, true), TC_OK);
	assert_int_equal(f->imported, 1);
	assert_int_equal(f->skipped, 1);
	free(file);

	/* Against the case now on file: named by its number alone.  A
	 * Chinese header names the reason's column in Chinese. */
	assert_int_equal(run_text(f, "p.csv",
				  "收案日期,申请人,申请人身份证号码,被申请人,请求金额\n"
				  "2026-11-10,甲、乙,"ID_B"、"ID_A",贵州甲公司,3000\n", false), TC_REFUSED);
	assert_string_equal(msg(f), "p.csv:2: 申请人身份证号码: 申请人 乙 与被申请人 贵州甲公司 已在未结案件 "
				    "贵劳人仲案字〔2026〕第1号 中, 可能是重复登记; 核实后确需另立一案的, "
				    "请在重复登记理由列写明理由; 用 --skip-duplicates 可跳过重复的行");
	/* With the reason the row goes in, and the journal keeps the reason. */
	assert_int_equal(run_text(f, "p.csv",
				  "收案日期,申请人,申请人身份证号码,被申请人,请求金额,重复登记理由\n"
				  "2026-11-10,甲、乙,"ID_B"、"ID_A",贵州甲公司,3000,前案只主张了加班费\n", false),
			 TC_OK);
	char *s = text(f->db, "SELECT detail FROM journal WHERE kind = 'add' ORDER BY id DESC LIMIT 1");
	assert_non_null(strstr(s, "与未结案件重复, 经核实仍登记: 前案只主张了加班费"));
	free(s);

	/* A case closed before is no obstacle: line 2 is withdrawn, line 3
	 * comes after. */
	assert_int_equal(run_text(f, "q.csv",
				  "received_on,applicant,applicant_id,respondent,claimed,accepted_on,outcome,"
				  "closed_on,note\n"
				  "2026-10-12,丙,"ID_C",贵州丙公司,1000,2026-10-13,撤回,2026-10-20,自行和解\n"
				  "2026-11-16,丙,"ID_C",贵州丙公司,1500,,,,\n", false), TC_OK);
	assert_int_equal(f->imported, 2);
}

/* ---- the case file's columns ------------------------------------------- */

static void test_case_file_columns(void **state)
{
	struct fx *f = *state;
	struct actor admin = fx_admin, clerk;
	struct passwd *pw = getpwuid(geteuid());

	assert_non_null(pw);
	assert_int_equal(fx_actor(f->db, &admin, &admin, pw->pw_name, "admin", NULL), 0);
	assert_int_equal(fx_actor(f->db, &admin, &clerk, "zhengli", "clerk", NULL), 0);
	/* Three workers: the first and third elected (by name and number),
	 * each with claims of their own (by name, by number, full-width
	 * colons), addresses by position; two respondents, the firm with
	 * its seat and legal representative. */
	assert_int_equal(run_text(f, "c.csv",
				  "收案日期,申请人,申请人身份证号码,被申请人,请求事项,案由,承办人,申请人住所,"
				  "申请人送达地址,被申请人住所,被申请人送达地址,被申请人法定代表人,"
				  "被申请人法定代表人职务,代表人\n"
				  "2026-11-02,张三、李四、王五,"ID_A"、"ID_B"、"ID_C",贵州甲公司、包工头赵某,"
				  "张三:工资:8000、2号:工资:9000、王五：工资：7000、3号:加班费:1000,解除终止劳动合同,"
				  "zhengli,、贵州省遵义市红花岗区某村、,贵阳市南明区中华南路1号、、,"
				  "贵州省贵阳市南明区遵义路1号、,、贵阳市花溪区某工地,周某、,执行董事、,张三、3号\n",
				  false), TC_OK);
	char *s = text(f->db, "SELECT group_concat(side || pos || '|' || name || '|' || coalesce(address, '')"
			      " || '|' || coalesce(service_address, '') || '|' || coalesce(legal_rep, '')"
			      " || '|' || coalesce(legal_rep_title, '') || '|' || representative, ' / ')"
			      " FROM (SELECT * FROM parties ORDER BY id)");
	assert_string_equal(s, "applicant1|张三||贵阳市南明区中华南路1号|||1 / "
			       "applicant2|李四|贵州省遵义市红花岗区某村||||0 / "
			       "applicant3|王五|||||1 / "
			       "respondent1|贵州甲公司|贵州省贵阳市南明区遵义路1号||周某|执行董事|0 / "
			       "respondent2|包工头赵某||贵阳市花溪区某工地|||0");
	free(s);
	s = text(f->db, "SELECT group_concat(k.pos || ':' || k.kind || ':' || k.amount || ':' || p.name, ' ')"
			" FROM (SELECT * FROM claims ORDER BY pos) k JOIN parties p ON p.id = k.party_id");
	assert_string_equal(s, "1:工资:800000:张三 2:工资:900000:李四 3:工资:700000:王五 4:加班费:100000:王五");
	free(s);
	s = text(f->db, "SELECT c.cause || ' ' || u.login FROM cases c JOIN users u ON u.id = c.clerk_id");
	assert_string_equal(s, "解除终止劳动合同 zhengli");
	free(s);
	/* Without the new columns a case is as before: 劳动报酬, no clerk,
	 * its claims the case's own. */
	assert_int_equal(run_text(f, "d.csv", "received_on,applicant,applicant_id,respondent,claims\n"
					      "2026-11-03,赵六,"ID_A",贵州乙公司,工资:5000\n", false), TC_OK);
	s = text(f->db, "SELECT cause || ' ' || (clerk_id IS NULL) || ' ' || (SELECT count(*) FROM claims k"
			" WHERE k.case_id = c.id AND k.party_id IS NULL) FROM cases c ORDER BY id DESC LIMIT 1");
	assert_string_equal(s, "劳动报酬 1 1");
	free(s);
}

/* The rest of the case file: an organisation as applicant (its code, no
 * ID number), a respondent who is a person, third parties, agents (one a
 * lawyer user, who then sees the case), the legal-aid lawyer, project,
 * documents missing and received, payments and the ledger's paid total,
 * the clerk by the name the ledger writes. */
static void test_case_file_more(void **state)
{
	struct fx *f = *state;
	struct actor admin = fx_admin, clerk, lawyer;
	struct passwd *pw = getpwuid(geteuid());

	assert_non_null(pw);
	assert_int_equal(fx_actor(f->db, &admin, &admin, pw->pw_name, "admin", NULL), 0);
	assert_int_equal(fx_actor(f->db, &admin, &clerk, "zhengli", "clerk", NULL), 0);
	assert_int_equal(fx_actor(f->db, &admin, &lawyer, "lvshi", "lawyer", NULL), 0);
	assert_int_equal(count(f->db, "UPDATE users SET name = '郑丽' WHERE login = 'zhengli' RETURNING 1"), 1);
	assert_int_equal(run_text(f, "m.csv",
				  "received_on,applicant,applicant_id,applicant_uscc,applicant_legal_rep,"
				  "applicant_legal_rep_title,respondent,respondent_ids,respondent_roles,workers,"
				  "third_parties,agents,claims,clerk,cause,accepted_on\n"
				  /* the employer applies against two team leaders */
				  "2026-10-12,贵州某劳务派遣有限公司,,"USCC_OK",赵某,执行董事,张三、李四,"ID_A"、"ID_B","
				  "包工头、包工头,2,贵州丙公司:91520102MAAB12345P、王五：" ID_C ","
				  "a1:钱律师:律师:13908510002、李四:李父:近亲属、t2:王妻:近亲属,其他:12000,郑丽,培训,"
				  "2026-10-13\n", false), TC_OK);
	char *s = text(f->db, "SELECT group_concat(side || pos || '|' || name || '|' || coalesce(id_no, '')"
			      " || '|' || coalesce(uscc, '') || '|' || coalesce(chain_role, '') || '|' ||"
			      " coalesce(legal_rep || legal_rep_title, ''), ' / ') FROM (SELECT * FROM parties ORDER BY id)");
	assert_string_equal(s, "applicant1|贵州某劳务派遣有限公司||"USCC_OK"||赵某执行董事 / "
			       "respondent1|张三|"ID_A"||包工头| / respondent2|李四|"ID_B"||包工头| / "
			       "third1|贵州丙公司||91520102MAAB12345P|| / third2|王五|"ID_C"|||");
	free(s);
	s = text(f->db, "SELECT group_concat(p.side || p.pos || ':' || a.name || ':' || a.kind || ':' ||"
			" coalesce(a.phone, ''), ' ') FROM (SELECT * FROM agents ORDER BY id) a"
			" JOIN parties p ON p.id = a.party_id");
	assert_string_equal(s, "applicant1:钱律师:律师:13908510002 respondent2:李父:近亲属: third2:王妻:近亲属:");
	free(s);
	s = text(f->db, "SELECT applicant_side || ' ' || workers || ' ' || cause || ' ' || u.login"
			" FROM cases c JOIN users u ON u.id = c.clerk_id");
	assert_string_equal(s, "employer 2 培训 zhengli");
	free(s);

	/* A worker with a legal-aid lawyer (who is also the agent), 容缺受理
	 * documents received later, payments by item; and the paid total
	 * alone on a closed case, recorded on its closing day. */
	assert_int_equal(run_text(f, "n.csv",
				  "收案日期,申请人,申请人身份证号码,被申请人,请求事项,立案日期,调解员,调解开始日期,"
				  "结案方式,结案日期,委托代理人,法律援助律师,项目名称,待补材料,材料补齐日期,兑现记录,"
				  "已兑现金额\n"
				  "2026-09-07,吴某,"ID_C",贵州某餐饮管理有限公司,工资:8000:7000、加班费:1000:500,"
				  "2026-09-08,王芳,2026-09-10,调解,2026-09-25,吴某:李律师:法律援助::lvshi,lvshi,"
				  "南明区某商业综合体,劳动合同、工资条,2026-09-09,"
				  "1:4000@2026-10-10、1：3000＠2026-11-10、2:500@2026-11-10,7500\n"
				  "2026-09-14,钱某,"ID_A",贵州某保安服务有限公司,工资:6000:5000,2026-09-15,王芳,"
				  "2026-09-16,调解,2026-09-30,,,,,,,5000.00\n", false), TC_OK);
	s = text(f->db, "SELECT legal_aid || ' ' || u.login || ' ' || project || ' ' || coalesce(missing_docs, '-')"
			" || ' ' || docs_received_on || ' ' || paid FROM cases c JOIN users u ON u.id = c.lawyer_id");
	assert_string_equal(s, "1 lvshi 南明区某商业综合体 - 2026-09-09 750000");
	free(s);
	s = text(f->db, "SELECT group_concat(coalesce(claim_pos, 0) || ':' || amount || '@' || paid_on || ':' ||"
			" coalesce(note, ''), ' ') FROM (SELECT * FROM payments ORDER BY id)");
	assert_string_equal(s, "1:400000@2026-10-10: 1:300000@2026-11-10: 2:50000@2026-11-10: "
			       "0:500000@2026-09-30:台账只载合计, 兑现日期未载");
	free(s);
	assert_int_equal(count(f->db, "SELECT sum(paid) FROM claims WHERE case_id = 2"), 750000);
	s = text(f->db, "SELECT detail FROM journal WHERE kind = 'import' AND case_id = 3");
	assert_non_null(strstr(s, "第3行导入; 已兑现金额台账只载合计, 兑现日期未载, 记于 2026-09-30"));
	free(s);
	/* The lawyer sees the case the file linked to them. */
	assert_int_equal(count(f->db, "SELECT count(*) FROM cases WHERE lawyer_id = (SELECT id FROM users"
				      " WHERE login = 'lvshi')"), 1);
}

/* A clerk named as two users share the name: the login is asked for. */
static void test_clerk_by_name(void **state)
{
	struct fx *f = *state;
	struct actor admin = fx_admin, a, b;
	struct passwd *pw = getpwuid(geteuid());

	assert_non_null(pw);
	assert_int_equal(fx_actor(f->db, &admin, &admin, pw->pw_name, "admin", NULL), 0);
	assert_int_equal(fx_actor(f->db, &admin, &a, "zhengli", "clerk", NULL), 0);
	assert_int_equal(fx_actor(f->db, &admin, &b, "zhengli2", "clerk", NULL), 0);
	assert_int_equal(count(f->db, "UPDATE users SET name = '郑丽' WHERE login LIKE 'zhengli%' RETURNING 1"), 1);
	static const char head[] = "received_on,applicant,applicant_id,respondent,claimed,clerk\n";
	char *csv = xasprintf("%s2026-11-02,甲,"ID_A",贵州甲公司,1000,郑丽\n", head);
	assert_int_equal(run_text(f, "c.csv", csv, false), TC_REFUSED);
	assert_string_equal(msg(f), "c.csv:2: clerk: 有 2 名用户叫 郑丽 (登录名 zhengli、zhengli2), 请改写承办人的登录名");
	free(csv);
	csv = xasprintf("%s2026-11-02,甲,"ID_A",贵州甲公司,1000,zhengli2\n", head);
	assert_int_equal(run_text(f, "c.csv", csv, false), TC_OK);
	assert_int_equal(count(f->db, "SELECT count(*) FROM cases c JOIN users u ON u.id = c.clerk_id"
				      " WHERE u.login = 'zhengli2'"), 1);
	free(csv);
}

/* import_check_row counts what the new columns hold, without a database. */
static void test_check_row_shape(void **state)
{
	struct fx *f = *state;
	struct csvio_file file = {0};
	struct import_row_shape sh;
	char *path = fx_write(f->dir, "s.csv",
			      "received_on,applicant,applicant_uscc,respondent,respondent_ids,claims,"
			      "third_parties,agents,payments,paid\n"
			      "2026-11-02,贵州甲公司,"USCC_OK",张三、李四,"ID_A"、"ID_B",其他:1000、其他:500,"
			      "贵州丙公司、王五:"ID_C",r2:李父:近亲属、王五:王妻:近亲属,1:800@2026-11-05、700@2026-11-06,"
			      "1500\n"
			      "2026-11-02,贵州甲公司,"USCC_OK",张三,"ID_A",其他:1000,,,800@2026-11-05,900\n");

	assert_int_equal(csvio_read(path, CSVIO_AUTO, &file, &f->err), TC_OK);
	assert_int_equal(import_check_row(&file, 1, &sh, &f->err), TC_OK);
	assert_int_equal(sh.applicants, 1);
	assert_int_equal(sh.ids, 1);
	assert_int_equal(sh.app_usccs, 1);
	assert_int_equal(sh.resp_ids, 2);
	assert_int_equal(sh.thirds, 2);
	assert_int_equal(sh.agents, 2);
	assert_int_equal(sh.payments, 2);
	assert_int_equal(sh.payments_sum, 150000);
	assert_int_equal(sh.paid, 150000);
	assert_int_equal(import_check_row(&file, 2, &sh, &f->err), TC_REFUSED);
	assert_non_null(strstr(f->err.msg, "s.csv:3: paid: 为 900.00, 而payments列各项合计 800.00"));
	assert_int_equal(sh.payments, 0);
	csvio_file_free(&file);
	free(path);
}

/* Issue 10's collective case: 12 workers owed ¥18,000 each.  Claimed
 * worker by worker and awarded in full, every item is within 12 months'
 * minimum wage and the award is final; the same money as one item of the
 * case is not; two workers, one over the line, are final in part. */
static void test_collective_award(void **state)
{
	struct fx *f = *state;
	struct strbuf names = {0}, ids = {0}, claims = {0};

	for (int i = 0; i < 12; i++) {
		sb_printf(&names, "%s工人%c", i ? "、" : "", 'A' + i);
		sb_printf(&ids, "%s%s", i ? "、" : "", fx_id_no((unsigned)i));
		sb_printf(&claims, "%s%d号:工资:18000:18000", i ? "、" : "", i + 1);
	}
	char *csv = xasprintf("received_on,applicant,applicant_names,applicant_id,respondent,claims,"
			      "claimed,accepted_on,arbitrator,hearing_at,outcome,resolved_amount,final_award,"
			      "closed_on,representatives\n"
			      "2026-10-08,工人A等12人,%s,%s,贵州鼎盛劳务有限公司,%s,216000.00,2026-10-09,何文斌,"
			      "2026-10-20 09:00,终局裁决,216000.00,1,2026-10-23,1号、2号、3号\n"
			      "2026-10-08,工人A等12人,%s,%s,贵州鼎盛建设有限公司,工资:216000:216000,216000.00,"
			      "2026-10-09,何文斌,2026-10-20 09:30,非终局裁决,216000.00,0,2026-10-23,\n"
			      "2026-10-08,工人M、工人N,,%s、%s,贵州鼎盛物流有限公司,1号:工资:18000:18000、"
			      "2号:工资:30000:30000,48000.00,2026-10-09,何文斌,2026-10-20 10:00,部分终局裁决,"
			      "48000.00,0,2026-10-23,\n",
			      sb_str(&names), sb_str(&ids), sb_str(&claims), sb_str(&names), sb_str(&ids),
			      fx_id_no(12), fx_id_no(13));

	if (run_text(f, "k.csv", csv, false) != TC_OK)
		fail_msg("%s", msg(f));
	assert_int_equal(count(f->db, "SELECT count(*) FROM cases WHERE outcome = '部分终局裁决'"
				      " AND final_award = 0"), 1);
	free(csv);
	/* An older ledger calls such an award 非终局裁决: taken as it is;
	 * 终局裁决 is not. */
	csv = xasprintf("received_on,applicant,applicant_id,respondent,claims,accepted_on,arbitrator,"
			"hearing_at,outcome,resolved_amount,final_award,closed_on\n"
			"2026-10-08,工人P、工人Q,%s、%s,贵州鼎盛运输有限公司,1号:工资:18000:18000、"
			"2号:工资:30000:30000,2026-10-09,何文斌,2026-10-20 10:30,非终局裁决,48000.00,0,"
			"2026-10-23\n", fx_id_no(14), fx_id_no(15));
	assert_int_equal(run_text(f, "m.csv", csv, false), TC_OK);
	assert_int_equal(count(f->db, "SELECT count(*) FROM cases WHERE outcome = '部分终局裁决'"), 2);
	free(csv);
	csv = xasprintf("received_on,applicant,applicant_id,respondent,claims,accepted_on,arbitrator,"
			"hearing_at,outcome,resolved_amount,final_award,closed_on\n"
			"2026-10-08,工人R、工人S,%s、%s,贵州鼎盛保洁有限公司,1号:工资:18000:18000、"
			"2号:工资:30000:30000,2026-10-09,何文斌,2026-10-20 11:00,终局裁决,48000.00,1,"
			"2026-10-23\n", fx_id_no(16), fx_id_no(17));
	assert_int_equal(run_text(f, "n.csv", csv, false), TC_REFUSED);
	assert_string_equal(msg(f), "n.csv:2: outcome: 为终局裁决, 而按本库的最低工资标准 (min_wage) 逐项计算为"
				    "部分终局裁决 (劳动争议调解仲裁法第四十七条)");
	assert_int_equal(count(f->db, "SELECT count(*) FROM claims k JOIN parties p ON p.id = k.party_id"
				      " JOIN cases c ON c.id = k.case_id WHERE k.final = 1 AND k.resolved = 1800000"
				      " AND p.side = 'applicant' AND c.respondents = '贵州鼎盛劳务有限公司'"), 12);
	assert_int_equal(count(f->db, "SELECT count(*) FROM cases WHERE collective AND final_award = 1"), 1);
	assert_int_equal(count(f->db, "SELECT count(*) FROM cases WHERE collective AND final_award = 0"), 1);
	assert_int_equal(count(f->db, "SELECT count(*) FROM parties WHERE representative"), 3);
	free(csv);
	sb_free(&names);
	sb_free(&ids);
	sb_free(&claims);
}

/* ---- refusals: each names its line and column --------------------------- */

static const struct {
	const char *header, *row, *want;
} refusals[] = {
	/* the layout's own rules */
	{"received_on,applicant,applicant_id,respondent,claimed,accepted_on,mediator,stage",
	 "2026-11-02,甲,"ID_A",贵州甲公司,1000,2026-11-03,陈立平,调解中",
	 "r.csv:2: mediation_on: 写了调解员 陈立平, 须写明调解开始的日期 (台账不载此日期, 导入不代为推定)"},
	{"received_on,applicant,applicant_id,respondent,claimed,accepted_on,arbitrator",
	 "2026-11-02,甲,"ID_A",贵州甲公司,1000,2026-11-03,何文斌",
	 "r.csv:2: hearing_at: 写了仲裁员 何文斌, 须写明开庭时间, 如 2026-10-12 09:30 (台账不载此时间, 导入不代为推定)"},
	{"收案日期,申请人,申请人身份证号码,被申请人,请求金额",
	 "2026-11-02,甲等3人,"ID_A",贵州甲公司,1000",
	 "r.csv:2: 申请人: 「甲等3人」只写了第一人; 导入须有每一名申请人的姓名: 请在申请人姓名列按顺序写出全部 3 人, 以「、」分隔"},
	{"received_on,applicant,applicant_id,respondent,claimed",
	 "2026-11-02,甲、乙,"ID_A",贵州甲公司,1000",
	 "r.csv:2: applicant_id: 2 名申请人, 1 个身份证号码 (以「、」分隔, 与申请人一一对应)"},
	{"received_on,applicant,applicant_id,respondent,respondent_uscc,claimed",
	 "2026-11-02,甲,"ID_A",包工头李某、贵州甲公司,"USCC_OK",1000",
	 "r.csv:2: respondent_uscc: 有 2 个被申请人, 看不出代码 "USCC_OK" 是哪一个的; 请在respondent_usccs列按被申请人的顺序写出各自的代码 (没有的留空)"},
	{"received_on,applicant,applicant_id,respondent,claimed,workers",
	 "2026-11-02,甲,"ID_A",贵州甲公司,1000,2",
	 "r.csv:2: workers: 为 2, 而申请人有 1 名"},
	{"received_on,applicant,applicant_id,respondent,claimed,accepted_on,stage",
	 "2026-11-02,甲,"ID_A",贵州甲公司,1000,2026-11-03,审理中",
	 "r.csv:2: hearing_at: 阶段为审理中, 须写明开庭时间 (调解不成转入审理而尚未排期的, 台账不载转入的日期, 无法如实导入)"},
	{"received_on,applicant,applicant_id,respondent,claimed,accepted_on,stage",
	 "2026-11-02,甲,"ID_A",贵州甲公司,1000,2026-11-03,收案",
	 "r.csv:2: stage: 为收案, 而按本行的日期导入后为已立案 (收案 2026-11-02, 有立案日期)"},
	{"received_on,applicant,applicant_id,respondent,claimed,outcome,closed_on",
	 "2026-11-02,甲,"ID_A",贵州甲公司,1000,视为撤回,2026-11-10",
	 "r.csv:2: outcome: 「视为撤回」无法导入 (可导入: 调解 案外调解 终局裁决 非终局裁决 部分终局裁决 裁决 撤回 不予受理 移送)"},
	{"received_on,applicant,applicant_id,respondent,claimed,closed_on",
	 "2026-11-02,甲,"ID_A",贵州甲公司,1000,2026-11-10",
	 "r.csv:2: outcome: 有结案日期, 须写明结案方式"},
	{"received_on,applicant,applicant_id,respondent,claimed,outcome,closed_on",
	 "2026-11-02,甲,"ID_A",贵州甲公司,1000,不予受理,2026-11-04",
	 "r.csv:2: note: 不予受理须写明理由"},
	{"received_on,applicant,applicant_id,respondent,claimed,accepted_on,outcome,closed_on,suspended_on,note",
	 "2026-11-02,甲,"ID_A",贵州甲公司,1000,2026-11-03,撤回,2026-11-20,2026-11-05,等待鉴定",
	 "r.csv:2: suspended_on: 只用于仍在中止中的案件: 已结案的案件的中止何时恢复, 台账不载, 无法如实重现"},
	{"received_on,applicant,applicant_id,respondent,claimed,claims",
	 "2026-11-02,甲,"ID_A",贵州甲公司,9000,工资:8000",
	 "r.csv:2: claimed: 为 9000.00, 而claims合计 8000.00"},
	{"received_on,applicant,applicant_id,respondent,claims,accepted_on,arbitrator,hearing_at,outcome,resolved_amount,closed_on",
	 "2026-11-02,甲,"ID_A",贵州甲公司,工资:8000、加班费:1000,2026-11-03,何文斌,2026-11-10 09:00,裁决,7000,2026-11-12",
	 "r.csv:2: claims: 本案有 2 项请求, 裁决须逐项写出裁决金额, 如 工资:8000.00:7000.00、加班费:2000.00:0"},
	{"received_on,applicant,applicant_id,respondent,claimed,accepted_on,arbitrator,hearing_at,outcome,resolved_amount,final_award,closed_on",
	 "2026-11-02,甲,"ID_A",贵州甲公司,30000,2026-11-03,何文斌,2026-11-10 09:00,终局裁决,28000,1,2026-11-12",
	 "r.csv:2: outcome: 为终局裁决, 而按本库的最低工资标准 (min_wage) 逐项计算为非终局裁决 (劳动争议调解仲裁法第四十七条)"},
	/* an open case extended or resumed: the deadline would come out wrong */
	{"received_on,applicant,applicant_id,respondent,claimed,accepted_on,close_due",
	 "2026-11-02,甲,"ID_A",贵州甲公司,1000,2026-11-02,2027-01-01",
	 "r.csv:2: close_due: 为 2027-01-01, 而按导入的事项计算为 2026-12-17: 本案若延长过审限, 或中止后已恢复, "
	 "台账不载其日期, 无法如实导入 (期限规则或日历不同也会如此)"},
	/* refusals of the workflow, on the column of the event */
	{"received_on,applicant,applicant_id,respondent,claimed,accepted_on,outcome,resolved_amount,closed_on",
	 "2026-11-02,甲,"ID_A",贵州甲公司,1000,2026-11-03,调解,800,2026-11-10",
	 "r.csv:2: outcome: 案件处于「已立案」阶段, 不能调解成功; 现在可以: mediate tribunal hearing withdraw suspend extend transfer"},
	{"received_on,applicant,applicant_id,respondent,claimed,accepted_on",
	 "2026-11-02,甲,"ID_A",贵州甲公司,1000,2026-11-01",
	 "r.csv:2: accepted_on: 日期 2026-11-01 早于本案上一事项的日期 2026-11-02"},
	{"received_on,applicant,applicant_id,respondent,claimed,accepted_on,outcome,closed_on",
	 "2026-11-02,甲,"ID_A",贵州甲公司,1000,2026-11-03,撤回,2026-11-23",
	 "r.csv:2: closed_on: 日期 2026-11-23 在今天 (2026-11-22) 之后"},
	{"received_on,applicant,applicant_id,respondent,claimed,accepted_on,mediator,mediation_on",
	 "2026-11-02,甲,"ID_A",贵州甲公司,1000,2026-11-03,无此人,2026-11-04",
	 "r.csv:2: mediator: 名册中没有调解员 无此人"},
	/* refusals of case_add, on the column of the value */
	{"received_on,applicant,applicant_id,respondent,claims",
	 "2026-11-02,甲,"ID_A",贵州甲公司,工资:8000、路费:100",
	 "r.csv:2: claims: 第2项请求类别: 不认识「路费」, 可选: 工资 加班费 经济补偿 赔偿金 工伤医疗费 工作时间 休息休假 社会保险 其他"},
	{"received_on,applicant,applicant_id,applicant_phone,respondent,claimed",
	 "2026-11-02,甲、乙,"ID_A"、"ID_B",、12345,贵州甲公司,1000",
	 "r.csv:2: applicant_phone: 第2名申请人电话: 手机号应为11位 (现为5位)"},
	{"received_on,applicant,applicant_id,respondent,respondent_uscc,claimed",
	 "2026-11-02,甲,"ID_A",贵州甲公司,"USCC_BAD_CHECK",1000",
	 "r.csv:2: respondent_uscc: 校验位不符, 第18位应为 3 (若确认无误, 可用「uscc_unverified」列说明原因)"},
	{"received_on,applicant,applicant_id,respondent,claimed",
	 "2026-11-23,甲,"ID_A",贵州甲公司,1000",
	 "r.csv:2: received_on: 收案日期: 2026-11-23 在今天 (2026-11-22) 之后"},
	/* each worker's own claims, representatives and the other lists */
	{"received_on,applicant,applicant_id,respondent,claims",
	 "2026-11-02,甲、乙,"ID_A"、"ID_B",贵州甲公司,甲:工资:1000、丁:工资:2000",
	 "r.csv:2: claims: 第2项「丁:工资:2000」: 丁 不是本行的申请人 (项前写申请人的姓名或序号, 如 甲:工资:8000.00 或 2号:工资:8000.00)"},
	{"received_on,applicant,applicant_id,respondent,claims",
	 "2026-11-02,甲、乙,"ID_A"、"ID_B",贵州甲公司,3号:工资:1000",
	 "r.csv:2: claims: 第1项「3号:工资:1000」: 写的是 3号, 而本行只有 2 名申请人"},
	{"received_on,applicant,applicant_id,respondent,claims",
	 "2026-11-02,张伟、张伟,"ID_A"、"ID_B",贵州甲公司,张伟:工资:1000",
	 "r.csv:2: claims: 第1项「张伟:工资:1000」: 本行有 2 名申请人叫 张伟, 请改写为序号, 如 1号"},
	{"received_on,applicant,applicant_id,respondent,claims",
	 "2026-11-02,甲,"ID_A",贵州甲公司,甲:工资",
	 "r.csv:2: claims: 第1项「甲:工资」应写成 类别:金额 或 类别:金额:调解或裁决金额, 前面可加申请人 (姓名或序号), 如 工资:8000.00、2号:工资:8000.00"},
	{"received_on,applicant,applicant_id,respondent,claims",
	 "2026-11-02,甲,"ID_A",贵州甲公司,工资:1000:800:100",
	 "r.csv:2: claims: 第1项「工资:1000:800:100」应写成 类别:金额 或 类别:金额:调解或裁决金额, 前面可加申请人 (姓名或序号), 如 工资:8000.00、2号:工资:8000.00"},
	{"received_on,applicant,applicant_id,respondent,claimed,representatives",
	 "2026-11-02,甲、乙,"ID_A"、"ID_B",贵州甲公司,1000,甲、丙",
	 "r.csv:2: representatives: 「丙」不是本行的申请人 (写申请人的姓名, 或序号如 2号)"},
	{"received_on,applicant,applicant_id,respondent,claimed,representatives",
	 "2026-11-02,甲、乙,"ID_A"、"ID_B",贵州甲公司,1000,甲、1号",
	 "r.csv:2: representatives: 第1名申请人 甲 写了两次"},
	{"received_on,applicant,applicant_id,respondent,claimed,applicant_address",
	 "2026-11-02,甲、乙,"ID_A"、"ID_B",贵州甲公司,1000,贵阳市一、贵阳市二、贵阳市三",
	 "r.csv:2: applicant_address: 2 名申请人, 3 项住所 (以「、」分隔, 与申请人一一对应, 没有的留空)"},
	{"received_on,applicant,applicant_id,respondent,claimed,respondent_legal_rep",
	 "2026-11-02,甲,"ID_A",贵州甲公司、贵州乙公司,1000,周某",
	 "r.csv:2: respondent_legal_rep: 2 个被申请人, 1 项法定代表人 (以「、」分隔, 与被申请人一一对应, 没有的留空)"},
	{"received_on,applicant,applicant_id,respondent,claimed,respondent_legal_rep,respondent_legal_rep_title",
	 "2026-11-02,甲,"ID_A",贵州甲公司、贵州乙公司,1000,周某、,执行董事、总经理",
	 "r.csv:2: respondent_legal_rep_title: 第2个被申请人写了职务「总经理」, 却没有法定代表人 (姓名写在respondent_legal_rep列)"},
	/* the case file's other columns */
	{"received_on,applicant,applicant_id,applicant_uscc,respondent,claimed",
	 "2026-11-02,甲、贵州乙公司,"ID_A"、,、"USCC_OK",贵州丙公司,1000",
	 "r.csv:2: applicant: 申请人应同为劳动者 (身份证号) 或同为用人单位 (统一社会信用代码), 不能混在一案"},
	{"received_on,applicant,applicant_uscc,respondent,claimed",
	 "2026-11-02,贵州甲公司、贵州乙公司,"USCC_OK",张三,1000",
	 "r.csv:2: applicant_uscc: 2 名申请人, 1 项统一社会信用代码 (以「、」分隔, 与申请人一一对应, 没有的留空)"},
	{"received_on,applicant,applicant_id,respondent,claimed,third_parties",
	 "2026-11-02,甲,"ID_A",贵州甲公司,1000,贵州丙公司:"USCC_OK":1",
	 "r.csv:2: third_parties: 第1项「贵州丙公司:"USCC_OK":1」应写成 名称 或 名称:统一社会信用代码 (或身份证号码), 如 贵州某建设投资有限公司:91520100MA6DJ2LQ0G"},
	{"received_on,applicant,applicant_id,respondent,claimed,agents",
	 "2026-11-02,甲,"ID_A",贵州甲公司,1000,贵州乙公司:李明:律师",
	 "r.csv:2: agents: 第1项「贵州乙公司:李明:律师」: 贵州乙公司 不是本行的当事人 (写编号 a1、r1、t1, 申请人的姓名或序号如 2号, 或被申请人、第三人的名称)"},
	{"received_on,applicant,applicant_id,respondent,claimed,agents",
	 "2026-11-02,甲,"ID_A",贵州甲公司,1000,a1:李明:律师、a1::律师",
	 "r.csv:2: agents: 第2名委托代理人姓名: 不能为空"},
	{"received_on,applicant,applicant_id,respondent,claimed,agents",
	 "2026-11-02,甲,"ID_A",贵州甲公司,1000,a1:李明:律师::nobody",
	 "r.csv:2: agents: 委托代理人 李明: 没有登录名为 nobody 的用户"},
	{"received_on,applicant,applicant_id,respondent,claimed,payments",
	 "2026-11-02,甲,"ID_A",贵州甲公司,1000,0@2026-11-05",
	 "r.csv:2: payments: 第1项「0@2026-11-05」: 金额应大于 0"},
	{"received_on,applicant,applicant_id,respondent,claimed,payments",
	 "2026-11-02,甲,"ID_A",贵州甲公司,1000,500@2026-11-23",
	 "r.csv:2: payments: 第1项「500@2026-11-23」: 日期 2026-11-23 在今天 (2026-11-22) 之后"},
	{"received_on,applicant,applicant_id,respondent,claimed,payments",
	 "2026-11-02,甲,"ID_A",贵州甲公司,1000,500@2026-13-05",
	 "r.csv:2: payments: 第1项日期: 没有这一天: 2026-13-05"},
	{"received_on,applicant,applicant_id,respondent,claimed,paid",
	 "2026-11-02,甲,"ID_A",贵州甲公司,1000,abc",
	 "r.csv:2: paid: 金额格式不对: abc (可写 12345、12,345.67、¥12345.6 或 1.5万)"},
	{"received_on,applicant,applicant_id,respondent,claimed,missing_docs,docs_received_on",
	 "2026-11-02,甲,"ID_A",贵州甲公司,1000,劳动合同,2026-11-23",
	 "r.csv:2: docs_received_on: 日期 2026-11-23 在今天 (2026-11-22) 之后"},
	{"received_on,applicant,applicant_id,respondent,claimed,missing_docs",
	 "2026-11-02,甲,"ID_A",贵州甲公司,1000,劳动合同",
	 "r.csv:2: missing_docs: 第5个字是控制字符 U+0007 (响铃符), 请删去后重新输入"},
	/* ... and their values, judged by case_add */
	{"received_on,applicant,applicant_id,respondent,claimed,cause",
	 "2026-11-02,甲,"ID_A",贵州甲公司,1000,欠薪",
	 "r.csv:2: cause: 不认识「欠薪」, 可选: 劳动报酬 社会保险 解除终止劳动合同 确认劳动关系 工伤 劳动保护 培训 其他"},
	{"received_on,applicant,applicant_id,respondent,claimed,clerk",
	 "2026-11-02,甲,"ID_A",贵州甲公司,1000,nobody",
	 "r.csv:2: clerk: 没有登录名或姓名为 nobody 的用户 (写承办人的登录名或姓名, 见 tiaocai user list)"},
	{"received_on,applicant,applicant_id,respondent,claimed,representatives",
	 "2026-11-02,甲、乙、丙、丁、戊、己,"ID_A"、"ID_B"、"ID_C"、110101199003074514、110101199003075912、110101199003076632,"
	 "贵州甲公司,1000,1号、2号、3号、4号、5号、6号",
	 "r.csv:2: representatives: 代表人最多 5 名, 现推举了 6 名 (劳动争议调解仲裁法第七条、办案规则第五条)"},
	{"received_on,applicant,applicant_id,respondent,claimed,respondent_legal_rep",
	 "2026-11-02,甲,"ID_A",贵州甲公司、贵州乙公司,1000,、周周周周周周周周周周周周周周周周周周周周周周周周周周周周周周周周周周周周周周周周周周周周周周周周周周周",
	 "r.csv:2: respondent_legal_rep: 第2名被申请人法定代表人: 最长 50 个字, 现为 51 个字"},
	{"received_on,applicant,applicant_id,respondent,claimed,respondent_address",
	 "2026-11-02,甲,"ID_A",贵州甲公司、贵州乙公司,1000,、贵阳\x1b[2J市",
	 "r.csv:2: respondent_address: 第4个字是控制字符 U+001B (ESC 转义符), 请删去后重新输入"},
};

static void test_refusals(void **state)
{
	struct fx *f = *state;
	char *before = dump(f->db);

	for (size_t i = 0; i < sizeof refusals / sizeof refusals[0]; i++) {
		char *csv = xasprintf("%s\n%s\n", refusals[i].header, refusals[i].row);
		enum tc_status st = run_text(f, "r.csv", csv, false);
		if (st != TC_REFUSED || strcmp(msg(f), refusals[i].want) != 0)
			fail_msg("refusal %zu: status %d\n  got:  %s\n  want: %s", i, st, msg(f),
				 refusals[i].want);
		free(csv);
	}
	char *after = dump(f->db);
	assert_string_equal(before, after);
	free(before);
	free(after);
}

/* A code that fails its check is kept when the file says why. */
static void test_uscc_unverified(void **state)
{
	struct fx *f = *state;

	assert_int_equal(run_text(f, "u.csv",
				  "received_on,applicant,applicant_id,respondent,respondent_uscc,claimed,uscc_unverified\n"
				  "2026-11-02,甲,"ID_A",贵州甲公司,"USCC_BAD_CHECK",1000,营业执照原件核对无误\n",
				  false), TC_OK);
	assert_int_equal(count(f->db, "SELECT count(*) FROM parties WHERE uscc = '"USCC_BAD_CHECK"'"
				      " AND uscc_unverified = '营业执照原件核对无误'"), 1);
}

/* ---- encodings ------------------------------------------------------- */

static void test_encodings(void **state)
{
	struct fx *f = *state;
	char *gb = fx_datafile("tests/cli/fixtures/import-gb18030.csv");
	char *bom = fx_datafile("tests/cli/fixtures/import-bom.csv");

	/* Not UTF-8: refused when UTF-8 is asked for, read when auto. */
	assert_int_equal(run(f, gb, CSVIO_UTF8, false), TC_REFUSED);
	assert_non_null(strstr(f->err.msg, "文件不是有效的 UTF-8"));
	assert_int_equal(run(f, gb, CSVIO_AUTO, false), TC_OK);
	assert_int_equal(f->imported, 3);
	char *s = text(f->db, "SELECT group_concat(name, '|') FROM (SELECT name FROM parties"
			      " WHERE side = 'applicant' ORDER BY id)");
	assert_string_equal(s, "欧阳秀梅|阿卜杜·热合曼|马玉兰|龙德胜");
	free(s);
	s = text(f->db, "SELECT respondents FROM cases ORDER BY id DESC LIMIT 1");
	assert_string_equal(s, "黔东南州凯里市苗岭民族工艺品厂");
	free(s);

	/* UTF-8 with a BOM and English keys: the BOM is not part of the first key. */
	assert_int_equal(run(f, bom, CSVIO_UTF8, false), TC_OK);
	assert_int_equal(f->imported, 2);
	s = text(f->db, "SELECT first_applicant || ' ' || fast || ' ' || source FROM cases"
			" WHERE first_applicant = '冉光辉'");
	assert_string_equal(s, "冉光辉 1 全国根治欠薪线索反映平台");
	free(s);
	assert_int_equal(count(f->db, "SELECT count(*) FROM claims c JOIN cases k ON k.id = c.case_id"
				      " WHERE k.first_applicant = '冉光辉'"), 2);
	free(gb);
	free(bom);
}

/* ---- headers and permission -------------------------------------------- */

static void test_headers(void **state)
{
	struct fx *f = *state;

	assert_int_equal(run_text(f, "h.csv", "received_on,applicant,respondent,claimed\n", false),
			 TC_REFUSED);
	assert_string_equal(msg(f), "h.csv:1: 缺少列 applicant_id (申请人身份证号码) 或 applicant_uscc (申请人统一社会信用代码)");
	assert_int_equal(run_text(f, "h.csv", "收案日期,申请人,申请人身份证号码,被申请人\n"
					      "2026-11-02,甲,"ID_A",贵州甲公司\n", false),
			 TC_REFUSED);
	assert_string_equal(msg(f), "h.csv:1: 缺少列 claimed (请求金额) 或 claims (请求事项)");
	assert_int_equal(run_text(f, "h.csv", "收案日期,申请人,申请人身份证号码,被申请人,请求金额\n",
				  false), TC_REFUSED);
	assert_string_equal(msg(f), "h.csv: 只有列名, 没有案件");
	assert_int_equal(run_text(f, "h.csv", "", false), TC_REFUSED);
	assert_string_equal(msg(f), "h.csv: 文件是空的 (第一行应是列名)");
}

static void test_needs_permission(void **state)
{
	struct fx *f = *state;
	const struct actor lawyer = {.role = ROLE_LAWYER, .login = "lawyer"};
	char *path = fx_datafile("tests/cli/fixtures/import-cases.csv");

	assert_int_equal(import_cases_file(f->db, &lawyer, path, CSVIO_AUTO, false, NULL, NULL,
					   &f->err), TC_REFUSED);
	assert_int_equal(count(f->db, "SELECT count(*) FROM cases"), 0);
	free(path);
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_import_fixture, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bad_row_changes_nothing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_duplicates, setup, teardown),
		cmocka_unit_test_setup_teardown(test_open_duplicates, setup, teardown),
		cmocka_unit_test_setup_teardown(test_case_file_columns, setup, teardown),
		cmocka_unit_test_setup_teardown(test_case_file_more, setup, teardown),
		cmocka_unit_test_setup_teardown(test_clerk_by_name, setup, teardown),
		cmocka_unit_test_setup_teardown(test_check_row_shape, setup, teardown),
		cmocka_unit_test_setup_teardown(test_collective_award, setup, teardown),
		cmocka_unit_test_setup_teardown(test_refusals, setup, teardown),
		cmocka_unit_test_setup_teardown(test_uscc_unverified, setup, teardown),
		cmocka_unit_test_setup_teardown(test_encodings, setup, teardown),
		cmocka_unit_test_setup_teardown(test_headers, setup, teardown),
		cmocka_unit_test_setup_teardown(test_needs_permission, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
