/*
 * fuzz_calendar.c - cal_read_file, the reading of `calendar import`, on
 * arbitrary files.
 *
 * Asserts: a file that passes gives at least one day, days strictly
 * ascending (no day twice), each a real date (its ISO form reads back),
 * a worked day only on a Saturday or Sunday, a name that is non-empty,
 * fits its buffer and is valid UTF-8 without control characters; and the
 * days written out again as a calendar file (date,kind,name through
 * csvio_writer) read back as the same days.  A refusal carries a message
 * that names the file.
 */
#include "tiaocai/calendar.h"
#include "tiaocai/csvio.h"
#include "tiaocai/date.h"
#include "tiaocai/text.h"
#include "fuzz_util.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fz_scratch("fuzz_calendar");
	return 0;
}

static void write_days(const struct cal_day *d, size_t n)
{
	struct csvio_writer w;
	char iso[DATE_ISO_LEN];
	FILE *fp = fopen(fz_out, "wb");

	if (fp == NULL || csvio_writer_open(&w, fp, CSVIO_UTF8_BOM, NULL) != TC_OK)
		abort();
	csvio_put_text(&w, "date");
	csvio_put_text(&w, "kind");
	csvio_put_text(&w, "name");
	csvio_end_row(&w);
	for (size_t i = 0; i < n; i++) {
		csvio_put_num(&w, date_iso(d[i].day, iso));
		csvio_put_text(&w, d[i].workday ? "workday" : "off");
		csvio_put_text(&w, d[i].name);
		csvio_end_row(&w);
	}
	if (csvio_writer_close(&w, NULL) != TC_OK || fclose(fp) != 0)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct cal_day *d, *d2;
	size_t n, n2;
	struct tc_err e = {0};
	char iso[DATE_ISO_LEN];

	fz_put_file(fz_in, data, size);
	if (cal_read_file(fz_in, &d, &n, &e) != TC_OK) {
		if (e.msg[0] == '\0' || d != NULL || n != 0)
			abort();
		fz_names_file(e.msg, fz_in);
		return 0;
	}
	if (n == 0)
		abort();
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && d[i].day <= d[i - 1].day)
			abort();
		if (date_from_iso(date_iso(d[i].day, iso)) != d[i].day)
			abort();
		if (d[i].workday && !date_is_weekend(d[i].day))
			abort();
		if (memchr(d[i].name, '\0', sizeof d[i].name) == NULL || d[i].name[0] == '\0' ||
		    !fz_utf8_ok(d[i].name) || !text_valid(d[i].name, false))
			abort();
	}
	write_days(d, n);
	if (cal_read_file(fz_out, &d2, &n2, &e) != TC_OK || n2 != n) {
		fprintf(stderr, "the days do not read back: %s\n", e.msg);
		abort();
	}
	for (size_t i = 0; i < n; i++)
		if (d2[i].day != d[i].day || d2[i].workday != d[i].workday ||
		    strcmp(d2[i].name, d[i].name) != 0)
			abort();
	free(d2);
	free(d);
	return 0;
}
