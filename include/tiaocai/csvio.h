/*
 * csvio.h - every CSV byte in and out, through libcsv.
 *
 * Reading parses a file as it is read (csvio_stream), or all of it into
 * memory (csvio_read, for the small files: calendars, rosters), strips a UTF-8 BOM, converts GB18030 to UTF-8 when asked (or
 * when `auto` finds the bytes are not UTF-8), and keeps each record's line
 * number for messages of the form FILE:LINE: column: reason.  Writing goes
 * through csv_fwrite-style quoting with CRLF line ends (RFC 4180), in
 * UTF-8, UTF-8 with a BOM, or GB18030.
 *
 * Formula cells: a spreadsheet runs a cell that begins with = + - @ (and
 * some take TAB or CR before them) as a formula.  The writer therefore
 * puts an apostrophe before a TEXT cell that begins with one of those six
 * characters, or with apostrophes followed by one (so that the reader can
 * tell them apart); numbers, amounts and dates the program formatted go
 * out as they are through csvio_put_num / csvio_put_int.  The reader takes
 * exactly one apostrophe off a field that is one or more apostrophes
 * followed by one of the six, so a text written and read back is the same
 * bytes (csvio_neutralise / csvio_unneutralise).
 */
#ifndef TIAOCAI_CSVIO_H
#define TIAOCAI_CSVIO_H

#include <stdio.h>
#include <stdbool.h>
#include <stddef.h>
#include "tiaocai/util.h"

enum csvio_encoding { CSVIO_UTF8, CSVIO_UTF8_BOM, CSVIO_GB18030, CSVIO_AUTO };

/* "utf-8", "utf-8-bom", "gb18030", "auto" (auto only when allow_auto). */
enum tc_status csvio_encoding_parse(const char *s, int allow_auto,
				    enum csvio_encoding *out, struct tc_err *e);

struct csvio_record {
	int line;          /* line number of the record's first line in the file */
	size_t nfields;
	char **fields;     /* UTF-8, NUL-terminated; an embedded NUL is refused */
};

struct csvio_file {
	char *path;
	size_t nrecords;
	struct csvio_record *records; /* records[0] is the header when present */
};

/* Read and parse the whole of path (strict: an unclosed quote or a stray
 * quote is an error naming the line).  Empty lines are skipped.  Fields
 * are not trimmed, but a formula guard is taken off (csvio_unneutralise).
 * With CSVIO_GB18030, bytes that are valid UTF-8 with any non-ASCII
 * character are refused ("looks like UTF-8"): decoding them as GB18030
 * would import mojibake.  The caller frees with csvio_file_free. */
enum tc_status csvio_read(const char *path, enum csvio_encoding enc,
			  struct csvio_file *out, struct tc_err *e);
void csvio_file_free(struct csvio_file *f);

/* The same, a record at a time, in memory that does not grow with the
 * file (an import of 100,000 rows): the file is first read through once
 * to settle its encoding (the same refusals as csvio_read), then parsed
 * as it is read.  csvio_stream_next returns the next record, valid until
 * the next call, or NULL at the end (*st TC_OK) or on a refusal (*st and
 * *e set: a CSV error names its line as csvio_read does). */
struct csvio_stream;
enum tc_status csvio_stream_open(const char *path, enum csvio_encoding enc,
				 struct csvio_stream **out, struct tc_err *e);
const struct csvio_record *csvio_stream_next(struct csvio_stream *s, enum tc_status *st,
					     struct tc_err *e);
/* Line ends in the file: about its number of rows, known at opening. */
size_t csvio_stream_lines(const struct csvio_stream *s);
void csvio_stream_close(struct csvio_stream *s);

/* Map header names to column indexes: for each wanted column, its English
 * key and Chinese header are both accepted (case-insensitive for English).
 * idx[i] gets the record index or -1 when absent; a required column that
 * is absent is an error "FILE:1: 缺少列 name".  `required` is a count: the
 * first `required` columns of cols must be present. */
struct csvio_col {
	const char *key; /* english key: date */
	const char *zh;  /* chinese header: 日期 */
};
enum tc_status csvio_map_header(const struct csvio_file *f, const struct csvio_col *cols,
				size_t ncols, size_t required, int *idx, struct tc_err *e);
/* Field i of record r, or "" when the record is short or i < 0. */
const char *csvio_field(const struct csvio_record *r, int i);

/* A CSV writer onto an open stream. */
struct csvio_writer {
	FILE *fp;
	enum csvio_encoding enc;
	void *iconv;        /* iconv_t for GB18030 */
	int error;          /* set on the first write or conversion failure */
	struct tc_err err;  /* that failure's message, for csvio_writer_close */
	struct strbuf line; /* the record being built */
	int nfields;
};
/* Start writing (a BOM first for CSVIO_UTF8_BOM). */
enum tc_status csvio_writer_open(struct csvio_writer *w, FILE *fp, enum csvio_encoding enc,
				 struct tc_err *e);
/* A text cell (NULL = empty): names, places, notes, codes, headers.  A
 * text that csvio_neutralise would guard gets its leading apostrophe. */
void csvio_put_text(struct csvio_writer *w, const char *field);
/* A number, amount, date or time the program formatted itself ("-12.50",
 * "62.5", "2026-11-22", "2026-11-22 09:30"; NULL or "" = empty), written
 * as it is.  A value that is none of those (neither a digit first nor a
 * minus sign and a plain decimal number) is written as a text cell. */
void csvio_put_num(struct csvio_writer *w, const char *value);
void csvio_put_int(struct csvio_writer *w, long long v);
void csvio_end_row(struct csvio_writer *w);                  /* writes CRLF */
/* Flush and report the first error (a text that GB18030 cannot encode, a
 * full disk).  Does not close fp. */
enum tc_status csvio_writer_close(struct csvio_writer *w, struct tc_err *e);

/* The formula guard on its own.  csvio_neutralise: true when the text s
 * must go out with one more leading apostrophe (it begins with = + - @
 * TAB or CR, or with apostrophes followed by one of them).
 * csvio_unneutralise: the number of leading bytes a reader drops from a
 * field (1 when it is apostrophes followed by one of the six, else 0).
 * For every s, csvio_unneutralise of the written cell is 1 exactly when
 * csvio_neutralise(s) is true, and 0 on s itself when it is false. */
bool csvio_neutralise(const char *s);
size_t csvio_unneutralise(const char *s);

#endif
