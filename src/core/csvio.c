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

static int line_of(const char *s, size_t off)
{
	int line = 1;

	for (size_t i = 0; i < off; i++)
		line += s[i] == '\n';
	return line;
}

/*
 * Convert n bytes of GB18030 to UTF-8 (NUL-terminated, length in *outlen).
 * NULL when a byte sequence is not GB18030; *bad_at is then its offset.
 */
static char *gb18030_to_utf8(const char *in, size_t n, size_t *outlen, size_t *bad_at)
{
	iconv_t cd = iconv_open("UTF-8", "GB18030");
	/* Two GB18030 bytes become at most three UTF-8 bytes. */
	size_t cap = n + n / 2 + 16, left = n, room;
	char *out, *ip = (char *)in, *op;

	if (cd == (iconv_t)-1) {
		*bad_at = 0;
		return NULL;
	}
	out = xmalloc(cap);
	op = out;
	room = cap - 1;
	while (left > 0) {
		if (iconv(cd, &ip, &left, &op, &room) != (size_t)-1)
			break;
		if (errno != E2BIG) {
			*bad_at = (size_t)(ip - in);
			iconv_close(cd);
			free(out);
			return NULL;
		}
		size_t used = (size_t)(op - out);
		cap *= 2;
		out = xrealloc(out, cap);
		op = out + used;
		room = cap - used - 1;
	}
	iconv_close(cd);
	*op = '\0';
	*outlen = (size_t)(op - out);
	return out;
}

static enum tc_status slurp(const char *path, struct strbuf *sb, struct tc_err *e)
{
	FILE *fp = priv_fopen(path, "rb"); /* with the user's rights, never the office group's */
	char buf[65536];
	size_t n;

	if (fp == NULL)
		return err_set(e, TC_REFUSED, NULL, "%s: 无法打开文件 (%s)", path, strerror(errno));
	while ((n = fread(buf, 1, sizeof buf, fp)) > 0)
		sb_add(sb, buf, n);
	if (ferror(fp)) {
		int err = errno;
		fclose(fp);
		return err_set(e, TC_REFUSED, NULL, "%s: 无法读取文件 (%s)", path, strerror(err));
	}
	fclose(fp);
	if (sb->buf == NULL)
		sb_puts(sb, "");
	return TC_OK;
}

static bool ascii(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80)
			return false;
	return true;
}

/*
 * The file's bytes as UTF-8 without a BOM, in *text (caller frees).
 */
static enum tc_status decode_text(const char *path, struct strbuf *raw, enum csvio_encoding enc,
				  char **text, size_t *len, struct tc_err *e)
{
	const char *s = raw->buf;
	size_t n = raw->len, bad = 0;
	bool bom = n >= 3 && memcmp(s, BOM, 3) == 0;
	bool utf8 = text_utf8_prefix(s, n) == n;

	/* A BOM settles the question that `auto` asks. */
	if (enc == CSVIO_AUTO)
		enc = bom || utf8 ? CSVIO_UTF8 : CSVIO_GB18030;
	else if (enc == CSVIO_GB18030 && utf8 && !ascii(s, n))
		/* GB18030 would decode it without complaint, as mojibake:
		 * 张伟 in UTF-8 reads as 寮犱紵. */
		return err_set(e, TC_REFUSED, NULL,
			       "%s: 文件像是 UTF-8 编码, 不是 GB18030 (按 GB18030 读会变成乱码); "
			       "请改用 --encoding utf-8 (或 --encoding auto)", path);
	if (enc == CSVIO_GB18030) {
		char *u = gb18030_to_utf8(s, n, len, &bad);
		if (u == NULL)
			/* Valid UTF-8 never gets here (refused above, or
			 * taken as UTF-8 by auto). */
			return err_set(e, TC_REFUSED, NULL, "%s:%d: 文件不是 GB18030 编码 (也不是 UTF-8)",
				       path, line_of(s, bad));
		if (*len >= 3 && memcmp(u, BOM, 3) == 0) {
			memmove(u, u + 3, *len - 3 + 1);
			*len -= 3;
		}
		*text = u;
		return TC_OK;
	}
	if (bom) {
		s += 3;
		n -= 3;
	}
	bad = text_utf8_prefix(s, n);
	if (bad != n)
		return err_set(e, TC_REFUSED, NULL, "%s:%d: 文件不是有效的 UTF-8 (可能是 GB18030 编码)",
			       path, line_of(s, bad));
	*text = xstrndup(s, n);
	*len = n;
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
 * Parse text one line at a time (a segment ends at each CR or LF), so
 * that the callbacks always know the line they are on: a record can only
 * begin at the start of a segment, and a quoted field's newlines are
 * counted like any other.
 */
static enum tc_status parse(struct reader *r, const char *text, size_t len)
{
	struct csv_parser cp;
	const char *p = text, *end = text + len;

	csv_init(&cp, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
	csv_set_space_func(&cp, no_space);
	csv_set_realloc_func(&cp, xrealloc);
	csv_set_free_func(&cp, free);
	r->line = 1;
	r->between = true;
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
		if (csv_parse(&cp, p, seg, on_field, on_record, r) != seg && !r->failed) {
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
		/* A lone CR ends a line too (old spreadsheet exports). */
		if (q[-1] == '\n' || (q[-1] == '\r' && (q == end || *q != '\n')))
			r->line++;
		p = q;
	}
	/* Without csv_fini a last record with no line end is lost. */
	if (csv_fini(&cp, on_field, on_record, r) != 0 && !r->failed) {
		r->failed = true;
		err_set(r->e, TC_REFUSED, NULL, "%s:%d: CSV 格式错误: 引号未闭合", r->path,
			r->rec_line);
	}
	csv_free(&cp);
	sl_free(&r->fields);
	return r->failed ? TC_REFUSED : TC_OK;
}

enum tc_status csvio_read(const char *path, enum csvio_encoding enc,
			  struct csvio_file *out, struct tc_err *e)
{
	struct strbuf raw = {0};
	struct reader r = {.path = path, .e = e};
	char *text = NULL;
	size_t len = 0;
	enum tc_status st;

	memset(out, 0, sizeof *out);
	st = slurp(path, &raw, e);
	if (st == TC_OK)
		st = decode_text(path, &raw, enc, &text, &len, e);
	sb_free(&raw);
	if (st == TC_OK)
		st = parse(&r, text, len);
	free(text);
	if (st != TC_OK) {
		free_records(r.recs, r.nrecs);
		return st;
	}
	out->path = xstrdup(path);
	out->nrecords = r.nrecs;
	out->records = r.recs;
	return TC_OK;
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
