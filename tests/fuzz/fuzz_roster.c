/*
 * fuzz_roster.c - roster_check_file, the checks of `roster import`, on
 * arbitrary files.
 *
 * Asserts: a file that passes has at least one organisation or person and
 * no more rows than records; checking it again gives the same verdict and
 * counts; every cell of it written out with csvio_writer (text cells, so
 * formula cells gain their guard) reads back as a file with the same
 * verdict and counts.  A refusal carries a message that names the file.
 */
#include "tiaocai/csvio.h"
#include "tiaocai/roster.h"
#include "fuzz_util.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fz_scratch("fuzz_roster");
	return 0;
}

/* The file at fz_in written again, cell for cell, to fz_out. */
static bool rewrite(void)
{
	struct csvio_file f;
	struct csvio_writer w;
	FILE *fp;

	if (csvio_read(fz_in, CSVIO_AUTO, &f, NULL) != TC_OK)
		return false;
	fp = fopen(fz_out, "wb");
	if (fp == NULL || csvio_writer_open(&w, fp, CSVIO_UTF8, NULL) != TC_OK)
		abort();
	for (size_t i = 0; i < f.nrecords; i++) {
		for (size_t k = 0; k < f.records[i].nfields; k++)
			csvio_put_text(&w, f.records[i].fields[k]);
		csvio_end_row(&w);
	}
	if (csvio_writer_close(&w, NULL) != TC_OK || fclose(fp) != 0)
		abort();
	csvio_file_free(&f);
	return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct tc_err e = {0}, e2 = {0};
	size_t no, np, no2, np2, lines = 1;
	enum tc_status st;

	fz_put_file(fz_in, data, size);
	for (size_t i = 0; i < size; i++)
		lines += data[i] == '\n' || data[i] == '\r';
	st = roster_check_file(fz_in, &no, &np, &e);
	if (st == TC_OK) {
		if (no + np == 0 || no + np > lines)
			abort();
	} else {
		if (e.msg[0] == '\0' || no != 0 || np != 0)
			abort();
		fz_names_file(e.msg, fz_in);
	}
	if (roster_check_file(fz_in, &no2, &np2, &e2) != st || no2 != no || np2 != np ||
	    strcmp(e.msg, e2.msg) != 0)
		abort();
	if (rewrite()) {
		if (roster_check_file(fz_out, &no2, &np2, &e2) != st || no2 != no || np2 != np) {
			fprintf(stderr, "the roster reads differently once written out: %s\n", e2.msg);
			abort();
		}
	}
	return 0;
}
