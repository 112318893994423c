/*
 * csvio.c - reading and writing CSV files through libcsv, with the
 * encodings offices meet (UTF-8, UTF-8 with a BOM, GB18030) and the line
 * numbers that make an import's messages useful.
 *
 * A file is read whole and parsed strictly; what the columns mean is the
 * caller's business (this file maps header names to indexes and no more).
 * The writer quotes every field and ends rows with CRLF.
 */
#include "tiaocai/csvio.h"
#include "tiaocai/priv.h"
#include "tiaocai/text.h"

#include <csv.h>
#include <errno.h>
#include <iconv.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#define BOM "\xEF\xBB\xBF"

/* ASCII-only case folding: the result must not depend on the locale. */
static bool same_key(const char *a, const char *b)
{
	for (; *a && *b; a++, b++) {
		char x = *a >= 'A' && *a <= 'Z' ? (char)(*a - 'A' + 'a') : *a;
		char y = *b >= 'A' && *b <= 'Z' ? (char)(*b - 'A' + 'a') : *b;
		if (x != y)
			return false;
	}
	return *a == *b;
}

enum tc_status csvio_encoding_parse(const char *s, int allow_auto,
				    enum csvio_encoding *out, struct tc_err *e)
{
	static const struct {
		const char *name;
		enum csvio_encoding enc;
	} names[] = {
		{"utf-8", CSVIO_UTF8},         {"utf8", CSVIO_UTF8},
		{"utf-8-bom", CSVIO_UTF8_BOM}, {"utf8-bom", CSVIO_UTF8_BOM},
		{"gb18030", CSVIO_GB18030},    {"auto", CSVIO_AUTO},
	};

	for (size_t i = 0; s && i < sizeof names / sizeof names[0]; i++) {
		if (!same_key(s, names[i].name))
			continue;
		if (names[i].enc == CSVIO_AUTO && !allow_auto)
			break;
		*out = names[i].enc;
		return TC_OK;
	}
	return err_set(e, TC_USAGE, "encoding",
		       allow_auto ? "编码应为 utf-8、utf-8-bom、gb18030 或 auto (现为 %s)"
				  : "编码应为 utf-8、utf-8-bom 或 gb18030 (现为 %s)",
		       s ? s : "");
}

static size_t count_lines(const char *s, size_t n)
{
	size_t k = 0;

	for (const char *p = s; (p = memchr(p, '\n', n - (size_t)(p - s))) != NULL; p++)
		k++;
	return k;
}

static bool ascii(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80)
			return false;
	return true;
}

#define CHUNK 65536

/* What a first pass over the file finds, in constant memory: whether it
 * begins with a BOM, is all ASCII, is valid UTF-8 (and where not, on which
 * line), and, when it is to be read as GB18030, whether iconv takes every
 * byte (and where not). */
struct survey {
	bool bom, ascii, utf8;
	int utf8_bad_line, gb_bad_line; /* 0: none */
	size_t lines;                   /* line ends: the file's size in rows, about */
};

static enum tc_status read_fail(const char *path, struct tc_err *e)
{
	return err_set(e, TC_REFUSED, NULL, "%s: 无法读取文件 (%s)", path, strerror(errno));
}

/* One pass of the raw bytes; with gb, also through iconv (output thrown
 * away) to find the first byte GB18030 does not take. */
static enum tc_status survey_file(const char *path, FILE *fp, bool gb, struct survey *sv,
				  struct tc_err *e)
{
	char buf[CHUNK + 8], out[CHUNK * 2];
	size_t carry = 0, n;
	int line = 1;
	bool first = true;
	iconv_t cd = gb ? iconv_open("UTF-8", "GB18030") : (iconv_t)-1;

	memset(sv, 0, sizeof *sv);
	sv->ascii = sv->utf8 = true;
	if (gb && cd == (iconv_t)-1) {
		sv->gb_bad_line = 1;
		gb = false;
	}
	while ((n = fread(buf + carry, 1, CHUNK, fp)) > 0 || carry) {
		size_t len = carry + n, done = len;
		bool eof = n == 0;
		if (first && len >= 3 && memcmp(buf, BOM, 3) == 0)
			sv->bom = true;
		if (sv->ascii && !ascii(buf, len))
			sv->ascii = false;
		if (sv->utf8) {
			/* A sequence cut by the chunk's end is finished by the next. */
			size_t ok = text_utf8_prefix(buf, len);
			if (ok < len && !eof && len - ok < 4) {
				done = ok;
			} else if (ok < len) {
				sv->utf8 = false;
				sv->utf8_bad_line = line + (int)count_lines(buf, ok);
			}
		}
		if (gb && !sv->gb_bad_line) {
			char *ip = buf, *op;
			size_t left = done, room;
			while (left > 0) {
				op = out;
				room = sizeof out;
				if (iconv(cd, &ip, &left, &op, &room) != (size_t)-1 || errno == E2BIG)
					continue;
				if (errno == EINVAL && !eof)
					break; /* cut by the chunk's end */
				sv->gb_bad_line = line + (int)count_lines(buf, (size_t)(ip - buf));
				break;
			}
			if (left && !sv->gb_bad_line)
				done = (size_t)(ip - buf);
		}
		if (eof && done < len)
			done = len; /* nothing more will finish it */
		line += (int)count_lines(buf, done);
		sv->lines += count_lines(buf, done);
		carry = len - done;
		memmove(buf, buf + done, carry);
		first = false;
		if (eof)
			break;
	}
	if (gb)
		iconv_close(cd);
	if (ferror(fp))
		return read_fail(path, e);
	return TC_OK;
}

/*
 * How to read the file: as UTF-8 (after its BOM) or as GB18030, as the
 * caller asked and the bytes allow, or the refusal that says why not.
 */
static enum tc_status choose(const char *path, FILE *fp, enum csvio_encoding *enc,
			     struct survey *sv, struct tc_err *e)
{
	enum tc_status st = survey_file(path, fp, false, sv, e);

	if (st != TC_OK)
		return st;
	/* A BOM settles the question that `auto` asks. */
	if (*enc == CSVIO_AUTO)
		*enc = sv->bom || sv->utf8 ? CSVIO_UTF8 : CSVIO_GB18030;
	else if (*enc == CSVIO_GB18030 && sv->utf8 && !sv->ascii)
		/* GB18030 would decode it without complaint, as mojibake:
		 * 张伟 in UTF-8 reads as 寮犱紵. */
		return err_set(e, TC_REFUSED, NULL,
			       "%s: 文件像是 UTF-8 编码, 不是 GB18030 (按 GB18030 读会变成乱码); "
			       "请改用 --encoding utf-8 (或 --encoding auto)", path);
	if (*enc == CSVIO_GB18030) {
		rewind(fp);
		if ((st = survey_file(path, fp, true, sv, e)) != TC_OK)
			return st;
		if (sv->gb_bad_line)
			/* Valid UTF-8 never gets here (refused above, or
			 * taken as UTF-8 by auto). */
			return err_set(e, TC_REFUSED, NULL, "%s:%d: 文件不是 GB18030 编码 (也不是 UTF-8)",
				       path, sv->gb_bad_line);
	} else if (!sv->utf8) {
		return err_set(e, TC_REFUSED, NULL, "%s:%d: 文件不是有效的 UTF-8 (可能是 GB18030 编码)",
			       path, sv->utf8_bad_line);
	}
	rewind(fp);
	return TC_OK;
}

struct reader {
	const char *path;
	int line;             /* line of the bytes being parsed */
	int rec_line;         /* first line of the record being parsed */
	bool between;         /* the last record has ended, no new one begun */
	struct strlist fields; /* of the record being parsed */
	struct csvio_record *recs;
	size_t nrecs, cap;
	bool failed;
	struct tc_err *e;
};

static void on_field(void *s, size_t len, void *data)
{
	struct reader *r = data;

	if (r->failed)
		return;
	if (len > 0 && memchr(s, '\0', len) != NULL) {
		r->failed = true;
		err_set(r->e, TC_REFUSED, NULL, "%s:%d: 第%zu列含有空字符 (NUL), 这不像文本文件",
			r->path, r->rec_line, r->fields.n + 1);
		return;
	}
	if (s == NULL)
		s = "";
	/* The writer's formula guard comes off again (csvio_neutralise). */
	sl_push(&r->fields, (const char *)s + csvio_unneutralise(s));
}

static bool blank(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return *s == '\0';
}

static void on_record(int c, void *data)
{
	struct reader *r = data;
	bool empty = true;

	(void)c;
	r->between = true;
	if (r->failed)
		return;
	for (size_t i = 0; i < r->fields.n && empty; i++)
		empty = blank(r->fields.v[i]);
	if (empty) {
		sl_free(&r->fields);
		return;
	}
	r->recs = xgrow(r->recs, &r->cap, r->nrecs + 1, sizeof *r->recs);
	r->recs[r->nrecs++] = (struct csvio_record){
		.line = r->rec_line, .nfields = r->fields.n, .fields = r->fields.v};
	r->fields = (struct strlist){0};
}

/* libcsv trims spaces around unquoted fields unless told nothing is a
 * space; fields reach the caller as they were written. */
static int no_space(unsigned char c)
{
	(void)c;
	return 0;
}

static void free_records(struct csvio_record *recs, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		for (size_t k = 0; k < recs[i].nfields; k++)
			free(recs[i].fields[k]);
		free(recs[i].fields);
	}
	free(recs);
}

/*
 * Parse whole lines of text one line at a time (a segment ends at each CR
 * or LF), so that the callbacks always know the line they are on: a
 * record can only begin at the start of a segment, and a quoted field's
 * newlines are counted like any other.
 */
static void feed(struct reader *r, struct csv_parser *cp, const char *text, size_t len, bool last)
{
	const char *p = text, *end = text + len;

	while (p < end && !r->failed) {
		const char *q = p;
		while (q < end && *q != '\n' && *q != '\r')
			q++;
		if (q < end)
			q++;
		size_t seg = (size_t)(q - p);
		if (r->between && !(seg == 1 && (*p == '\n' || *p == '\r'))) {
			r->rec_line = r->line;
			r->between = false;
		}
		if (csv_parse(cp, p, seg, on_field, on_record, r) != seg && !r->failed) {
			r->failed = true;
			if (r->line == r->rec_line)
				err_set(r->e, TC_REFUSED, NULL,
					"%s:%d: CSV 格式错误: 引号位置不对 (字段里的引号要写成 \"\", "
					"含逗号、引号或换行的字段整个用引号括起)",
					r->path, r->line);
			else
				err_set(r->e, TC_REFUSED, NULL,
					"%s:%d: CSV 格式错误: 引号未闭合或位置不对 (这条记录到第%d行出错)",
					r->path, r->rec_line, r->line);
		}
		/* A lone CR ends a line too (old spreadsheet exports); the
		 * caller keeps a CR at the end of the text for the next call,
		 * so a CR LF is never cut in two. */
		if (q[-1] == '\n' || (q[-1] == '\r' && (q == end || *q != '\n')))
			r->line++;
		p = q;
	}
	/* Without csv_fini a last record with no line end is lost. */
	if (last && csv_fini(cp, on_field, on_record, r) != 0 && !r->failed) {
		r->failed = true;
		err_set(r->e, TC_REFUSED, NULL, "%s:%d: CSV 格式错误: 引号未闭合", r->path,
			r->rec_line);
	}
}

struct csvio_stream {
	FILE *fp;
	char *path;
	bool gb, skip_bom, eof, done, keep;
	iconv_t cd;
	char raw[CHUNK + 8];
	size_t nraw;            /* raw bytes carried: a sequence cut by a chunk */
	struct strbuf text;     /* decoded, not yet parsed: a line not yet ended */
	struct csv_parser cp;
	struct reader r;
	size_t next;            /* the next of r.recs to hand out */
	size_t lines;           /* line ends in the file */
	struct tc_err err;
};

enum tc_status csvio_stream_open(const char *path, enum csvio_encoding enc,
				 struct csvio_stream **out, struct tc_err *e)
{
	FILE *fp = priv_fopen(path, "rb"); /* with the user's rights, never the office group's */
	struct survey sv;
	enum tc_status st;

	*out = NULL;
	if (fp == NULL)
		return err_set(e, TC_REFUSED, NULL, "%s: 无法打开文件 (%s)", path, strerror(errno));
	if ((st = choose(path, fp, &enc, &sv, e)) != TC_OK) {
		fclose(fp);
		return st;
	}
	struct csvio_stream *s = xcalloc(1, sizeof *s);
	s->fp = fp;
	s->path = xstrdup(path);
	s->gb = enc == CSVIO_GB18030;
	s->skip_bom = true; /* a BOM, UTF-8 or decoded from GB18030, is not text */
	s->cd = s->gb ? iconv_open("UTF-8", "GB18030") : (iconv_t)-1;
	s->lines = sv.lines;
	sb_puts(&s->text, "");
	s->r = (struct reader){.path = s->path, .e = &s->err, .line = 1, .between = true};
	csv_init(&s->cp, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
	csv_set_space_func(&s->cp, no_space);
	csv_set_realloc_func(&s->cp, xrealloc);
	csv_set_free_func(&s->cp, free);
	*out = s;
	return TC_OK;
}

size_t csvio_stream_lines(const struct csvio_stream *s)
{
	return s->lines;
}

/* Read a chunk, decode it onto s->text. */
static enum tc_status fill(struct csvio_stream *s, struct tc_err *e)
{
	size_t n = fread(s->raw + s->nraw, 1, CHUNK, s->fp);
	size_t len = s->nraw + n;

	if (n == 0 && ferror(s->fp))
		return err_set(e, TC_REFUSED, NULL, "%s: 无法读取文件 (%s)", s->path, strerror(errno));
	s->eof = n == 0;
	if (!s->gb) {
		/* Valid UTF-8 (the survey said so): any cut is mended by the
		 * next chunk, since the parser only sees whole lines. */
		sb_add(&s->text, s->raw, len);
		s->nraw = 0;
	} else {
		char *ip = s->raw, out[CHUNK * 2];
		size_t left = len;
		while (left > 0) {
			char *op = out;
			size_t room = sizeof out;
			size_t rc = iconv(s->cd, &ip, &left, &op, &room);
			sb_add(&s->text, out, (size_t)(op - out));
			if (rc != (size_t)-1 || errno == E2BIG)
				continue;
			if (errno == EINVAL && !s->eof)
				break; /* finished by the next chunk */
			return err_set(e, TC_REFUSED, NULL, "%s: 文件在读取时改变了 (不再是 GB18030 编码)",
				       s->path);
		}
		memmove(s->raw, ip, left);
		s->nraw = left;
	}
	if (s->skip_bom && s->text.len >= 3) {
		if (memcmp(s->text.buf, BOM, 3) == 0) {
			memmove(s->text.buf, s->text.buf + 3, s->text.len - 3);
			s->text.len -= 3;
		}
		s->skip_bom = false;
	}
	return TC_OK;
}

const struct csvio_record *csvio_stream_next(struct csvio_stream *s, enum tc_status *st,
					     struct tc_err *e)
{
	*st = TC_OK;
	while (s->next >= s->r.nrecs) {
		if (s->done)
			return NULL;
		if (!s->keep) {
			free_records(s->r.recs, s->r.nrecs);
			s->r.recs = NULL;
			s->r.nrecs = s->r.cap = 0;
			s->next = 0;
		}
		if ((*st = fill(s, e)) != TC_OK)
			return NULL;
		if (s->skip_bom && s->eof) { /* fewer than 3 bytes in all */
			if (s->text.len >= 3 && memcmp(s->text.buf, BOM, 3) == 0)
				s->text.len = 0;
			s->skip_bom = false;
		}
		/* Parse up to the last line end; keep the rest, and a CR at the
		 * very end, whose LF may come next. */
		size_t cut = s->text.len;
		if (!s->eof) {
			while (cut > 0 && s->text.buf[cut - 1] != '\n' &&
			       !(s->text.buf[cut - 1] == '\r' && cut < s->text.len))
				cut--;
		}
		feed(&s->r, &s->cp, s->text.buf, cut, s->eof);
		memmove(s->text.buf, s->text.buf + cut, s->text.len - cut);
		s->text.len -= cut;
		if (s->eof)
			s->done = true;
		if (s->r.failed) {
			*st = TC_REFUSED;
			if (e)
				*e = s->err;
			return NULL;
		}
	}
	return &s->r.recs[s->next++];
}

void csvio_stream_close(struct csvio_stream *s)
{
	if (s == NULL)
		return;
	fclose(s->fp);
	if (s->cd != (iconv_t)-1)
		iconv_close(s->cd);
	csv_free(&s->cp);
	sl_free(&s->r.fields);
	free_records(s->r.recs, s->r.nrecs);
	sb_free(&s->text);
	free(s->path);
	free(s);
}

enum tc_status csvio_read(const char *path, enum csvio_encoding enc,
			  struct csvio_file *out, struct tc_err *e)
{
	struct csvio_stream *s;
	enum tc_status st;

	memset(out, 0, sizeof *out);
	if ((st = csvio_stream_open(path, enc, &s, e)) != TC_OK)
		return st;
	s->keep = true; /* every record stays, for the caller */
	while (csvio_stream_next(s, &st, e) != NULL)
		;
	if (st == TC_OK) {
		out->path = xstrdup(path);
		out->nrecords = s->r.nrecs;
		out->records = s->r.recs;
		s->r.recs = NULL;
		s->r.nrecs = 0;
	}
	csvio_stream_close(s);
	return st;
}

void csvio_file_free(struct csvio_file *f)
{
	free_records(f->records, f->nrecords);
	free(f->path);
	memset(f, 0, sizeof *f);
}

enum tc_status csvio_map_header(const struct csvio_file *f, const struct csvio_col *cols,
				size_t ncols, size_t required, int *idx, struct tc_err *e)
{
	const struct csvio_record *h = f->nrecords ? &f->records[0] : NULL;
	struct strbuf missing = {0};
	enum tc_status st = TC_OK;

	for (size_t i = 0; i < ncols; i++)
		idx[i] = -1;
	if (h == NULL)
		return err_set(e, TC_REFUSED, NULL, "%s:1: 文件是空的, 没有表头行", f->path);
	for (size_t j = 0; j < h->nfields && st == TC_OK; j++) {
		char *name = text_trim(h->fields[j]);
		for (size_t i = 0; i < ncols; i++) {
			if (!same_key(name, cols[i].key) && !(cols[i].zh && strcmp(name, cols[i].zh) == 0))
				continue;
			if (idx[i] >= 0)
				st = err_set(e, TC_REFUSED, NULL, "%s:%d: 列 %s 出现了两次 (第%d列和第%zu列)",
					     f->path, h->line, name, idx[i] + 1, j + 1);
			else
				idx[i] = (int)j;
			break;
		}
		free(name);
	}
	if (st != TC_OK)
		return st;
	/* Every missing column in one message: the clerk fixes the file once. */
	for (size_t i = 0; i < required && i < ncols; i++) {
		if (idx[i] >= 0)
			continue;
		if (missing.len)
			sb_puts(&missing, "、");
		if (cols[i].zh)
			sb_printf(&missing, "%s (%s)", cols[i].key, cols[i].zh);
		else
			sb_puts(&missing, cols[i].key);
	}
	if (missing.len)
		st = err_set(e, TC_REFUSED, NULL, "%s:%d: 缺少列 %s", f->path, h->line,
			     sb_str(&missing));
	sb_free(&missing);
	return st;
}

const char *csvio_field(const struct csvio_record *r, int i)
{
	if (r == NULL || i < 0 || (size_t)i >= r->nfields)
		return "";
	return r->fields[i];
}

static void write_failed(struct csvio_writer *w, int err)
{
	w->error = err ? err : EIO;
	err_set(&w->err, TC_STORAGE, NULL, "写入 CSV 失败 (%s)", strerror(w->error));
}

enum tc_status csvio_writer_open(struct csvio_writer *w, FILE *fp, enum csvio_encoding enc,
				 struct tc_err *e)
{
	memset(w, 0, sizeof *w);
	w->fp = fp;
	w->enc = enc;
	if (enc == CSVIO_AUTO)
		return err_set(e, TC_USAGE, "encoding", "写出的文件要指定编码: utf-8、utf-8-bom 或 gb18030");
	if (enc == CSVIO_GB18030) {
		iconv_t cd = iconv_open("GB18030", "UTF-8");
		if (cd == (iconv_t)-1)
			return err_set(e, TC_STORAGE, "encoding", "本机不支持 GB18030 编码转换");
		w->iconv = cd;
	}
	if (enc == CSVIO_UTF8_BOM && fwrite(BOM, 1, 3, fp) != 3)
		write_failed(w, errno);
	return TC_OK;
}

/* The characters a spreadsheet may take as the start of a formula. */
static bool formula_start(char c)
{
	return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

bool csvio_neutralise(const char *s)
{
	if (s == NULL)
		return false;
	while (*s == '\'')
		s++;
	return formula_start(*s);
}

size_t csvio_unneutralise(const char *s)
{
	return s != NULL && s[0] == '\'' && csvio_neutralise(s + 1) ? 1 : 0;
}

/* One quoted field, as given, onto the row being built. */
static void put_raw(struct csvio_writer *w, const char *f, bool guard)
{
	size_t n = strlen(f);
	char small[256], *tmp;
	size_t need = csv_write(NULL, 0, f, n);

	if (w->nfields++ > 0)
		sb_add(&w->line, ",", 1);
	tmp = need <= sizeof small ? small : xmalloc(need);
	csv_write(tmp, need, f, n);
	/* tmp is the field in quotes: the apostrophe goes inside them. */
	if (guard) {
		sb_add(&w->line, tmp, 1);
		sb_add(&w->line, "'", 1);
		sb_add(&w->line, tmp + 1, need - 1);
	} else {
		sb_add(&w->line, tmp, need);
	}
	if (tmp != small)
		free(tmp);
}

void csvio_put_text(struct csvio_writer *w, const char *field)
{
	const char *f = field ? field : "";

	put_raw(w, f, csvio_neutralise(f));
}

/* A value a spreadsheet reads as a number or a date: a digit first, or a
 * minus sign before a plain decimal number. */
static bool plain_value(const char *s)
{
	if (*s >= '0' && *s <= '9')
		return true;
	if (*s++ != '-' || !(*s >= '0' && *s <= '9'))
		return false;
	while (*s >= '0' && *s <= '9')
		s++;
	if (*s == '.' && s[1] >= '0' && s[1] <= '9')
		for (s++; *s >= '0' && *s <= '9'; s++)
			;
	return *s == '\0';
}

void csvio_put_num(struct csvio_writer *w, const char *value)
{
	const char *v = value ? value : "";

	if (*v == '\0' || plain_value(v))
		put_raw(w, v, false);
	else
		csvio_put_text(w, v);
}

void csvio_put_int(struct csvio_writer *w, long long v)
{
	char buf[24];

	snprintf(buf, sizeof buf, "%lld", v);
	put_raw(w, buf, false);
}

/* Name the field holding the character at off that GB18030 refused. */
static void unencodable(struct csvio_writer *w, const char *line, size_t off)
{
	const char *b = line + off, *f = line + off;
	const unsigned char *u = (const unsigned char *)line + off;
	struct strbuf shown = {0};

	while (b > line && !(b[-1] == '"' && (b - 1 == line || b[-2] == ',')))
		b--;
	while (*f && !(f[0] == '"' && (f[1] == ',' || f[1] == '\r')))
		f++;
	char *field = xstrndup(b, (size_t)(f - b));
	text_fit(&shown, field, 40);
	w->error = EILSEQ;
	size_t n = text_utf8_prefix((const char *)u, strlen((const char *)u)) == 0 ? 0
		 : u[0] < 0xE0 ? 2 : u[0] < 0xF0 ? 3 : 4;
	if (n == 0) {
		err_set(&w->err, TC_REFUSED, NULL, "无法用 GB18030 编码: \"%s\" 含有无效的 UTF-8 字节",
			sb_str(&shown));
	} else {
		unsigned cp = u[0] & (0x7F >> n);
		for (size_t i = 1; i < n; i++)
			cp = cp << 6 | (u[i] & 0x3F);
		err_set(&w->err, TC_REFUSED, NULL, "无法用 GB18030 编码: \"%s\" 中的字符 U+%04X",
			sb_str(&shown), cp);
	}
	free(field);
	sb_free(&shown);
}

/*
 * Write the finished row.  A GB18030 row is converted whole before any of
 * it is written, so a refused character never leaves half a row behind.
 */
static void emit(struct csvio_writer *w)
{
	const char *s = sb_str(&w->line);
	size_t n = w->line.len;

	if (w->error)
		return;
	if (w->iconv == NULL) {
		if (fwrite(s, 1, n, w->fp) != n)
			write_failed(w, errno);
		return;
	}
	/* GB18030 is never longer than twice the UTF-8 it came from. */
	size_t cap = 2 * n + 16, room = cap, left = n;
	char *out = xmalloc(cap), *op = out, *ip = (char *)s;
	if (iconv(w->iconv, &ip, &left, &op, &room) == (size_t)-1)
		unencodable(w, s, (size_t)(ip - s));
	else if (fwrite(out, 1, (size_t)(op - out), w->fp) != (size_t)(op - out))
		write_failed(w, errno);
	free(out);
}

void csvio_end_row(struct csvio_writer *w)
{
	sb_add(&w->line, "\r\n", 2);
	emit(w);
	w->line.len = 0;
	w->line.buf[0] = '\0';
	w->nfields = 0;
}

enum tc_status csvio_writer_close(struct csvio_writer *w, struct tc_err *e)
{
	/* A row left open is still data the caller meant to write. */
	if (w->nfields > 0)
		csvio_end_row(w);
	if (w->iconv)
		iconv_close((iconv_t)w->iconv);
	w->iconv = NULL;
	sb_free(&w->line);
	if (!w->error && (fflush(w->fp) != 0 || ferror(w->fp)))
		write_failed(w, errno);
	if (w->error) {
		if (e)
			*e = w->err;
		return w->err.status;
	}
	return TC_OK;
}
