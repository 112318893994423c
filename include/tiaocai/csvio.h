/*
 * csvio.h - every CSV byte in and out, through libcsv.
 *
 * Reading takes a whole file into memory first (imports are all or
 * nothing), strips a UTF-8 BOM, converts GB18030 to UTF-8 when asked (or
 * when `auto` finds the bytes are not UTF-8), and keeps each record's line
 * number for messages of the form FILE:LINE: column: reason.  Writing goes
 * through csv_fwrite-style quoting with CRLF line ends (RFC 4180), in
 * UTF-8, UTF-8 with a BOM, or GB18030.
 */
#ifndef TIAOCAI_CSVIO_H
#define TIAOCAI_CSVIO_H

#include <stdio.h>
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
 * are not trimmed.  The caller frees with csvio_file_free. */
enum tc_status csvio_read(const char *path, enum csvio_encoding enc,
			  struct csvio_file *out, struct tc_err *e);
void csvio_file_free(struct csvio_file *f);

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
void csvio_put(struct csvio_writer *w, const char *field);   /* NULL = empty */
void csvio_put_int(struct csvio_writer *w, long long v);
void csvio_end_row(struct csvio_writer *w);                  /* writes CRLF */
/* Flush and report the first error (a text that GB18030 cannot encode, a
 * full disk).  Does not close fp. */
enum tc_status csvio_writer_close(struct csvio_writer *w, struct tc_err *e);

#endif
