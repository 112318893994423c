/*
 * fuzz_csv.c - csvio_read (CSVIO_AUTO) on arbitrary bytes.
 *
 * Each input is written to a file in a private directory made once per
 * process.  Asserts: a file that reads has records with at least one field,
 * every field a NUL-terminated string of valid UTF-8, line numbers
 * starting at 1 or later and strictly ascending; writing the records with
 * csvio_writer (into a memory stream, UTF-8 with or without a BOM) and
 * reading that back gives the same records and fields.  Each field written
 * alone as a text cell starts "' (the formula guard) exactly when
 * csvio_neutralise says so, and otherwise never with = + - @ TAB or CR;
 * as a number cell (csvio_put_num) it is guarded only when it is not a
 * digit-first value or a plain negative number.  A refusal always
 * carries a message.
 */
#include "tiaocai/csvio.h"
#include "fuzz_util.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fz_scratch("fuzz_csv");
	return 0;
}

static void check_file(const struct csvio_file *f)
{
	int last = 0;

	if (f->nrecords > 0 && f->records == NULL)
		abort();
	for (size_t i = 0; i < f->nrecords; i++) {
		const struct csvio_record *r = &f->records[i];

		if (r->line <= last || r->nfields == 0 || r->fields == NULL)
			abort();
		last = r->line;
		for (size_t k = 0; k < r->nfields; k++)
			if (r->fields[k] == NULL || !fz_utf8_ok(r->fields[k]))
				abort();
		if (csvio_field(r, (int)r->nfields)[0] != '\0' || csvio_field(r, -1)[0] != '\0')
			abort();
	}
}

static void same_records(const struct csvio_file *a, const struct csvio_file *b)
{
	if (a->nrecords != b->nrecords)
		abort();
	for (size_t i = 0; i < a->nrecords; i++) {
		const struct csvio_record *x = &a->records[i], *y = &b->records[i];

		if (x->nfields != y->nfields)
			abort();
		for (size_t k = 0; k < x->nfields; k++)
			if (strcmp(x->fields[k], y->fields[k]) != 0)
				abort();
	}
}

/* The cell one field becomes, alone on a row. */
static char *cell(const char *field, bool num)
{
	struct csvio_writer w;
	char *mem = NULL;
	size_t memlen = 0;
	FILE *ms = open_memstream(&mem, &memlen);

	if (ms == NULL || csvio_writer_open(&w, ms, CSVIO_UTF8, NULL) != TC_OK)
		abort();
	if (num)
		csvio_put_num(&w, field);
	else
		csvio_put_text(&w, field);
	csvio_end_row(&w);
	if (csvio_writer_close(&w, NULL) != TC_OK || fclose(ms) != 0)
		abort();
	return mem;
}

static void check_guard(const char *field)
{
	char *t = cell(field, false), *n = cell(field, true);
	size_t quotes = 0;
	for (const char *p = field; *p; p++)
		quotes += *p == '"';
	/* "field" CRLF, quotes doubled: one byte more is the apostrophe. */
	bool guarded = strlen(t) == strlen(field) + quotes + 5;
	if (guarded && t[1] != '\'')
		abort();

	if (guarded != csvio_neutralise(field) || (!guarded && strchr("=+-@\t\r", t[1]) && t[1]))
		abort();
	/* A number cell is the text cell, or the field bare when it is a
	 * value a spreadsheet reads as a number or a date. */
	if (strcmp(n, t) != 0 && !(field[0] >= '0' && field[0] <= '9') &&
	    !(field[0] == '-' && field[1] >= '0' && field[1] <= '9'))
		abort();
	if (n[1] == '=' || n[1] == '+' || n[1] == '@' || n[1] == '\t' || n[1] == '\r')
		abort();
	free(t);
	free(n);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct csvio_file f, g;
	struct csvio_writer w;
	struct tc_err e = {0};
	char *mem = NULL;
	size_t memlen = 0;
	FILE *ms;

	fz_put_file(fz_in, data, size);
	if (csvio_read(fz_in, CSVIO_AUTO, &f, &e) != TC_OK) {
		if (e.status == TC_OK || e.msg[0] == '\0')
			abort();
		return 0;
	}
	check_file(&f);
	for (size_t i = 0; i < f.nrecords && i < 8; i++)
		for (size_t k = 0; k < f.records[i].nfields; k++)
			check_guard(f.records[i].fields[k]);

	ms = open_memstream(&mem, &memlen);
	if (ms == NULL)
		abort();
	if (csvio_writer_open(&w, ms, size % 2 ? CSVIO_UTF8_BOM : CSVIO_UTF8, NULL) != TC_OK)
		abort();
	for (size_t i = 0; i < f.nrecords; i++) {
		for (size_t k = 0; k < f.records[i].nfields; k++)
			csvio_put_text(&w, f.records[i].fields[k]);
		csvio_end_row(&w);
	}
	if (csvio_writer_close(&w, NULL) != TC_OK || fclose(ms) != 0)
		abort();
	fz_put_file(fz_out, mem, memlen);
	free(mem);

	if (csvio_read(fz_out, CSVIO_AUTO, &g, &e) != TC_OK) {
		fprintf(stderr, "fuzz_csv: written records do not read back: %s\n", e.msg);
		abort();
	}
	check_file(&g);
	same_records(&f, &g);
	csvio_file_free(&g);
	csvio_file_free(&f);
	return 0;
}
