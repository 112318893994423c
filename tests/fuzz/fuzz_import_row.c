/*
 * fuzz_import_row.c - import_check_row, the row reader of `import cases`,
 * on arbitrary rows.
 *
 * An input whose first byte is even is one or more rows under a fixed
 * header of every column (the ledger's and the import's own, in Chinese);
 * an odd one is a whole file, header included.  The file is read with
 * csvio_read (auto encoding) and every record after the header checked.
 * Asserts, for a row that passes: a date received and every other date
 * either absent or real (its ISO form reads back to the same day); at
 * least one applicant, as many ID numbers, phones none or one each; at
 * least one respondent, their codes none or one each; at least one claim
 * item, a resolved entry for each, and a claimed sum within 0..items x
 * MONEY_MAX; no more items of one worker than items, no more
 * representatives than applicants; applicants' codes and respondents' ID
 * numbers none or one each; payments within 0..payments x MONEY_MAX and
 * equal to paid when both are given.  For a refusal: a message that names the file.  And the same
 * row written out again with csvio_writer (every cell as text, so formula
 * cells gain their guard) and read back gives the same verdict and the
 * same shape.
 */
#include "tiaocai/csvio.h"
#include "tiaocai/date.h"
#include "tiaocai/import.h"
#include "tiaocai/money.h"
#include "fuzz_util.h"

static const char header[] =
	"\"案号\",\"收案日期\",\"立案日期\",\"阶段\",\"结案方式\",\"程序\",\"申请人\",\"劳动者人数\","
	"\"被申请人\",\"被申请人统一社会信用代码\",\"行业\",\"案件来源\",\"请求金额\",\"调解或裁决金额\","
	"\"终局裁决\",\"调解员\",\"仲裁员\",\"受理期限\",\"审限届满日\",\"剩余天数\",\"超期\",\"结案日期\","
	"\"结案用时\",\"申请人身份证号码\",\"申请人电话\",\"申请人姓名\",\"各被申请人统一社会信用代码\","
	"\"代码核实说明\",\"请求事项\",\"调解开始日期\",\"开庭时间\",\"中止日期\",\"说明\","
	"\"案由\",\"承办人\",\"申请人住所\",\"申请人送达地址\",\"被申请人住所\",\"被申请人送达地址\","
	"\"被申请人法定代表人\",\"被申请人法定代表人职务\",\"代表人\",\"重复登记理由\","
	"\"已兑现金额\",\"申请人统一社会信用代码\",\"申请人法定代表人\",\"申请人法定代表人职务\","
	"\"被申请人身份证号码\",\"被申请人用工链条角色\",\"第三人\",\"委托代理人\",\"法律援助律师\","
	"\"项目名称\",\"待补材料\",\"材料补齐日期\",\"兑现记录\"\r\n";

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fz_scratch("fuzz_import_row");
	return 0;
}

static void date_ok(int day, bool required)
{
	char iso[DATE_ISO_LEN];

	if (day == DATE_NONE) {
		if (required)
			abort();
		return;
	}
	if (date_from_iso(date_iso(day, iso)) != day)
		abort();
}

static void shape_ok(const struct import_row_shape *s)
{
	date_ok(s->received, true);
	date_ok(s->accepted, false);
	date_ok(s->closed, false);
	date_ok(s->mediation, false);
	date_ok(s->suspended, false);
	date_ok(s->hearing_day, false);
	if (s->applicants == 0 || s->ids != s->applicants ||
	    (s->phones != 0 && s->phones != s->applicants))
		abort();
	if (s->respondents == 0 || (s->usccs != 0 && s->usccs != s->respondents))
		abort();
	if (s->claims == 0 || s->resolved != s->claims || s->claimed < 0 ||
	    s->claimed > (int64_t)s->claims * MONEY_MAX || s->owned > s->claims)
		abort();
	if (s->representatives > s->applicants)
		abort();
	if ((s->app_usccs != 0 && s->app_usccs != s->applicants) ||
	    (s->resp_ids != 0 && s->resp_ids != s->respondents))
		abort();
	if (s->payments_sum < 0 || s->payments_sum > (int64_t)s->payments * MONEY_MAX ||
	    (s->payments != 0 && s->paid >= 0 && s->paid != s->payments_sum) || s->paid < -1)
		abort();
}

/* Header and record i of f, written as text cells and read back. */
static void rewrite(const struct csvio_file *f, size_t i, enum tc_status st,
		    const struct import_row_shape *shape)
{
	struct csvio_file g;
	struct csvio_writer w;
	struct import_row_shape again;
	struct tc_err e = {0};
	FILE *fp = fopen(fz_out, "wb");

	if (fp == NULL || csvio_writer_open(&w, fp, CSVIO_UTF8, NULL) != TC_OK)
		abort();
	const size_t rows[2] = {0, i};
	for (size_t r = 0; r < 2; r++) {
		for (size_t k = 0; k < f->records[rows[r]].nfields; k++)
			csvio_put_text(&w, f->records[rows[r]].fields[k]);
		csvio_end_row(&w);
	}
	if (csvio_writer_close(&w, NULL) != TC_OK || fclose(fp) != 0)
		abort();
	if (csvio_read(fz_out, CSVIO_UTF8, &g, &e) != TC_OK || g.nrecords != 2)
		abort();
	if (import_check_row(&g, 1, &again, &e) != st || memcmp(&again, shape, sizeof again) != 0) {
		fprintf(stderr, "row %zu reads differently once written out\n", i);
		abort();
	}
	csvio_file_free(&g);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct csvio_file f;
	struct tc_err e = {0};

	if (size == 0)
		return 0;
	if (data[0] % 2 == 0) {
		char *file = malloc(sizeof header + size);
		if (file == NULL)
			abort();
		memcpy(file, header, sizeof header - 1);
		memcpy(file + sizeof header - 1, data + 1, size - 1);
		fz_put_file(fz_in, file, sizeof header - 1 + size - 1);
		free(file);
	} else {
		fz_put_file(fz_in, data + 1, size - 1);
	}
	if (csvio_read(fz_in, CSVIO_AUTO, &f, &e) != TC_OK)
		return 0;
	for (size_t i = 1; i < f.nrecords && i < 64; i++) {
		struct import_row_shape s;
		enum tc_status st = import_check_row(&f, i, &s, &e);
		if (st == TC_OK) {
			shape_ok(&s);
		} else {
			struct import_row_shape zero;
			memset(&zero, 0, sizeof zero);
			if (e.msg[0] == '\0' || memcmp(&s, &zero, sizeof s) != 0)
				abort();
			fz_names_file(e.msg, fz_in);
		}
		rewrite(&f, i, st, &s);
		if (st != TC_OK && f.nrecords > 1 && i == 1 && strstr(e.msg, ":1:") != NULL)
			break; /* the header itself is refused: every row would be */
	}
	csvio_file_free(&f);
	return 0;
}
