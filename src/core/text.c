/*
 * text.c - UTF-8 measured in display columns, cut and padded to a budget,
 * and the aligned tables of the command line and the printed report.
 *
 * Widths come from a small built-in table, not from wcwidth(): the core
 * must give the same answer whatever locale the process runs in.  This
 * file does not draw anything and knows nothing of terminals.
 *
 * It also holds the one gate for text entering tiaocai (text_check, with
 * the table of limits per kind of field) and the one filter for text
 * leaving it (text_clean; text_fit applies the same rule), so that what is
 * refused on the way in and what is dropped on the way out are the same
 * set of characters, written once in hidden[] below.
 */
#include "tiaocai/text.h"

#include <assert.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REPLACEMENT 0xFFFDu

struct range {
	uint32_t lo, hi;
};

/* East Asian Wide and Fullwidth blocks that Chinese text meets. */
static const struct range wide[] = {
	{0x1100, 0x115F},   {0x2E80, 0x303E},   {0x3041, 0x33FF},   {0x3400, 0x4DBF},
	{0x4E00, 0x9FFF},   {0xA000, 0xA4CF},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},
	{0xFE30, 0xFE4F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x20000, 0x2FFFD},
	{0x30000, 0x3FFFD},
};

/* Combining marks, zero-width spaces and joiners, variation selectors. */
static const struct range zero[] = {
	{0x0300, 0x036F}, {0x0483, 0x0489}, {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF},
	{0x200B, 0x200F}, {0x2028, 0x202E}, {0x2060, 0x2064}, {0x20D0, 0x20FF},
	{0xFE00, 0xFE0F}, {0xFE20, 0xFE2F}, {0xFEFF, 0xFEFF}, {0xE0100, 0xE01EF},
};

/* The index of the element holding c in a table sorted by range, or -1:
 * each element is `size` bytes and begins with a struct range. */
static ptrdiff_t range_find(uint32_t c, const void *table, size_t n, size_t size)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const struct range *r = (const void *)((const char *)table + mid * size);
		if (c < r->lo)
			hi = mid;
		else if (c > r->hi)
			lo = mid + 1;
		else
			return (ptrdiff_t)mid;
	}
	return -1;
}

static bool in_ranges(uint32_t c, const struct range *r, size_t n)
{
	return range_find(c, r, n, sizeof *r) >= 0;
}

/*
 * Decode one code point from s (which is not at its NUL), reading at most
 * avail bytes.  Returns the bytes consumed; an invalid, overlong or
 * truncated sequence consumes one byte and yields *cp = REPLACEMENT with
 * *bad set.
 */
static size_t decode_n(const unsigned char *s, size_t avail, uint32_t *cp, bool *bad)
{
	uint32_t c = s[0], min;
	size_t n;

	*bad = false;
	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if (c >= 0xC2 && c <= 0xDF) {
		n = 2, c &= 0x1F, min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		n = 3, c &= 0x0F, min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		n = 4, c &= 0x07, min = 0x10000;
	} else {
		goto invalid;
	}
	if (n > avail)
		goto invalid;
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80) /* also stops at the NUL */
			goto invalid;
		c = (c << 6) | (s[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		goto invalid;
	*cp = c;
	return n;
invalid:
	*cp = REPLACEMENT;
	*bad = true;
	return 1;
}

/* Decode from a NUL-terminated string: the NUL ends any sequence. */
static size_t decode(const unsigned char *s, uint32_t *cp, bool *bad)
{
	return decode_n(s, SIZE_MAX, cp, bad);
}

size_t text_utf8_prefix(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;

	while (i < n) {
		uint32_t c;
		bool bad;
		size_t k = decode_n(p + i, n - i, &c, &bad);
		if (bad)
			return i;
		i += k;
	}
	return n;
}

static bool is_control(uint32_t c) { return c < 0x20 || (c >= 0x7F && c < 0xA0); }

/*
 * Characters that change how text around them is shown without showing
 * themselves: refused on entry, dropped on display.  `what` and `name`
 * make the message (tiaocai(5), ACCEPTED TEXT, lists the same set).
 */
static const struct hidden {
	struct range r; /* first: range_find reads it */
	const char *what, *name;
} hidden[] = {
	{{0x00AD, 0x00AD}, "不可见的格式字符", "软连字符"},
	{{0x061C, 0x061C}, "不可见的控制字符", "阿拉伯字母标记"},
	{{0x180E, 0x180E}, "不可见的格式字符", "蒙古文元音分隔符"},
	{{0x200B, 0x200B}, "不可见的格式字符", "零宽空格"},
	{{0x200C, 0x200C}, "不可见的格式字符", "零宽不连字"},
	{{0x200D, 0x200D}, "不可见的格式字符", "零宽连字"},
	{{0x200E, 0x200E}, "不可见的控制字符", "从左向右标记"},
	{{0x200F, 0x200F}, "不可见的控制字符", "从右向左标记"},
	{{0x2028, 0x2028}, "不可见的控制字符", "行分隔符"},
	{{0x2029, 0x2029}, "不可见的控制字符", "段分隔符"},
	{{0x202A, 0x202A}, "不可见的控制字符", "从左向右嵌入"},
	{{0x202B, 0x202B}, "不可见的控制字符", "从右向左嵌入"},
	{{0x202C, 0x202C}, "不可见的控制字符", "取消方向格式"},
	{{0x202D, 0x202D}, "不可见的控制字符", "从左向右覆盖"},
	{{0x202E, 0x202E}, "不可见的控制字符", "从右向左覆盖"},
	{{0x2060, 0x2060}, "不可见的格式字符", "字连接符"},
	{{0x2061, 0x2064}, "不可见的格式字符", "不可见数学符号"},
	{{0x2066, 0x2066}, "不可见的控制字符", "从左向右隔离"},
	{{0x2067, 0x2067}, "不可见的控制字符", "从右向左隔离"},
	{{0x2068, 0x2068}, "不可见的控制字符", "首强方向隔离"},
	{{0x2069, 0x2069}, "不可见的控制字符", "取消方向隔离"},
	{{0x206A, 0x206F}, "不可见的格式字符", "已废弃的格式字符"},
	{{0xFEFF, 0xFEFF}, "不可见的格式字符", "零宽不换行空格/字节序标记"},
	{{0xFFF9, 0xFFFB}, "不可见的格式字符", "行间注释字符"},
	{{0xE0000, 0xE007F}, "不可见的格式字符", "标签字符"},
};

static const struct hidden *hidden_of(uint32_t c)
{
	ptrdiff_t i = range_find(c, hidden, sizeof hidden / sizeof hidden[0], sizeof hidden[0]);

	return i < 0 ? NULL : &hidden[i];
}

/* Combining marks that stack on the character before them (the scripts
 * an office meets: Latin, Cyrillic, Arabic for Uyghur, Thai, kana). */
static const struct range combining[] = {
	{0x0300, 0x036F}, {0x0483, 0x0489}, {0x0591, 0x05BD}, {0x05BF, 0x05BF},
	{0x05C1, 0x05C2}, {0x05C4, 0x05C5}, {0x05C7, 0x05C7}, {0x0610, 0x061A},
	{0x064B, 0x065F}, {0x0670, 0x0670}, {0x06D6, 0x06DC}, {0x06DF, 0x06E4},
	{0x06E7, 0x06E8}, {0x06EA, 0x06ED}, {0x0E31, 0x0E31}, {0x0E34, 0x0E3A},
	{0x0E47, 0x0E4E}, {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF}, {0x20D0, 0x20FF},
	{0x302A, 0x302F}, {0x3099, 0x309A}, {0xFE20, 0xFE2F},
};
#define MAX_MARKS 2

static bool is_combining(uint32_t c)
{
	return in_ranges(c, combining, sizeof combining / sizeof combining[0]);
}

/* Never shown: controls (but TAB and LF when keep_lines), bidirectional
 * controls and invisible format characters. */
static bool dropped(uint32_t c, bool keep_lines)
{
	if (is_control(c))
		return !(keep_lines && (c == '\t' || c == '\n'));
	return hidden_of(c) != NULL;
}

/* The characters nearly every text is made of, known without searching
 * the tables: printable ASCII (width 1) and the CJK Unified Ideographs
 * U+4E00..U+9FFF (width 2), none of them hidden, a control or combining.
 * 0 for any other character. */
static int plain_width(uint32_t c)
{
	return c >= 0x20 && c < 0x7F ? 1 : c >= 0x4E00 && c <= 0x9FFF ? 2 : 0;
}

static int cp_width(uint32_t c)
{
	int w = plain_width(c);

	if (w)
		return w;
	if (in_ranges(c, wide, sizeof wide / sizeof wide[0]))
		return 2;
	if (in_ranges(c, zero, sizeof zero / sizeof zero[0]))
		return 0;
	return 1;
}

int text_width(const char *s)
{
	const unsigned char *p = (const unsigned char *)(s ? s : "");
	int w = 0;

	while (*p) {
		uint32_t c;
		bool bad;
		p += decode(p, &c, &bad);
		w += bad || is_control(c) ? 1 : cp_width(c);
	}
	return w;
}

/* Whether the character c just decoded is shown; *marks counts the
 * combining marks on the current character (text_clean's rule). */
static bool shown(uint32_t c, bool bad, bool keep_lines, int *marks)
{
	if (bad || plain_width(c)) {
		*marks = 0;
		return true;
	}
	if (dropped(c, keep_lines))
		return false;
	if (is_combining(c))
		return ++*marks <= MAX_MARKS;
	*marks = 0;
	return true;
}

/* Width as text_fit shows it: what text_clean drops is not counted.
 * *plain (when not NULL) says whether every character is plain_width's,
 * so that the text is shown as it is. */
static int measure(const char *s, bool *plain)
{
	const unsigned char *p = (const unsigned char *)(s ? s : "");
	int w = 0, marks = 0, pw;
	bool all = true;

	while (*p) {
		uint32_t c;
		bool bad;
		p += decode(p, &c, &bad);
		if (!bad && (pw = plain_width(c)) != 0) {
			marks = 0;
			w += pw;
			continue;
		}
		all = false;
		if (shown(c, bad, false, &marks))
			w += bad ? 1 : cp_width(c);
	}
	if (plain)
		*plain = all;
	return w;
}

static int shown_width(const char *s) { return measure(s, NULL); }

int text_fit(struct strbuf *sb, const char *s, int cols)
{
	const unsigned char *p = (const unsigned char *)(s ? s : "");
	bool plain;
	int total = measure((const char *)p, &plain), budget, w = 0, marks = 0;

	if (cols <= 0)
		return 0;
	if (plain && total <= cols) {
		sb_puts(sb, (const char *)p);
		return total;
	}
	/* When s must be cut, one column is kept back for the ellipsis. */
	budget = total <= cols ? cols : cols - 1;
	while (*p) {
		uint32_t c;
		bool bad;
		size_t n = decode(p, &c, &bad);
		int cw = bad ? 1 : cp_width(c);

		if (!shown(c, bad, false, &marks)) {
			p += n;
			continue;
		}
		if (w + cw > budget)
			break;
		if (bad)
			sb_puts(sb, "\xEF\xBF\xBD");
		else
			sb_add(sb, (const char *)p, n);
		w += cw;
		p += n;
	}
	if (total > cols) {
		sb_puts(sb, "\xE2\x80\xA6"); /* U+2026, one column */
		w++;
	}
	return w;
}

static void spaces(struct strbuf *sb, int n)
{
	static const char blank[] = "                                ";

	while (n > 0) {
		int k = n < (int)sizeof blank - 1 ? n : (int)sizeof blank - 1;
		sb_add(sb, blank, (size_t)k);
		n -= k;
	}
}

void text_pad(struct strbuf *sb, const char *s, int cols)
{
	int w = text_fit(sb, s, cols);
	spaces(sb, cols - w);
}

void text_rpad(struct strbuf *sb, const char *s, int cols)
{
	struct strbuf tmp = {0};
	int w = text_fit(&tmp, s, cols);

	spaces(sb, cols - w);
	sb_add(sb, sb_str(&tmp), tmp.len);
	sb_free(&tmp);
}

bool text_valid(const char *s, bool allow_newline)
{
	return text_check(NULL, NULL, s, 0, allow_newline ? TEXT_MULTILINE : 0, NULL) == TC_OK;
}

/* Length of the space (ASCII or U+3000) at p, or 0. */
static size_t space_at(const char *p)
{
	if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\v' || *p == '\f')
		return 1;
	if (strncmp(p, "\xE3\x80\x80", 3) == 0)
		return 3;
	return 0;
}

char *text_trim(const char *s)
{
	const char *b = s ? s : "", *e;
	size_t n;

	while ((n = space_at(b)) > 0)
		b += n;
	e = b + strlen(b);
	/* Walking back is safe: 0xE3 is always a lead byte, so E3 80 80
	 * found three bytes back is a whole character, never a tail. */
	while (e > b) {
		if (space_at(e - 1) == 1)
			e--;
		else if (e - b >= 3 && strncmp(e - 3, "\xE3\x80\x80", 3) == 0)
			e -= 3;
		else
			break;
	}
	return xstrndup(b, (size_t)(e - b));
}

size_t text_chars(const char *s)
{
	const unsigned char *p = (const unsigned char *)(s ? s : "");
	size_t n = 0;

	while (*p) {
		uint32_t c;
		bool bad;
		p += decode(p, &c, &bad);
		n++;
	}
	return n;
}

/* ---- the gate: what text may enter -------------------------------- */

static const size_t limits[TEXT_KIND_COUNT] = {
	[TEXT_PERSON] = TEXT_MAX_PERSON, [TEXT_ORG] = TEXT_MAX_ORG,
	[TEXT_WORD] = TEXT_MAX_WORD,     [TEXT_CODE] = TEXT_MAX_CODE,
	[TEXT_ROOM] = TEXT_MAX_ROOM,     [TEXT_PROJECT] = TEXT_MAX_PROJECT,
	[TEXT_LIST] = TEXT_MAX_LIST,     [TEXT_NOTE] = TEXT_MAX_NOTE,
	[TEXT_SETTING] = TEXT_MAX_SETTING, [TEXT_SECTION] = TEXT_MAX_SECTION,
};

/* Form fields and options by key, so a form measures a field as the core
 * will when it is saved. */
static const struct {
	const char *key;
	enum text_kind kind;
} keyed[] = {
	{"applicant.name", TEXT_PERSON}, {"name", TEXT_PERSON},
	{"contact", TEXT_PERSON},        {"respondent.name", TEXT_ORG},
	{"org", TEXT_ORG},               {"to", TEXT_ORG},
	{"industry", TEXT_WORD},         {"background", TEXT_LIST},
	{"org_type", TEXT_WORD},         {"cert_no", TEXT_CODE},
	{"room", TEXT_ROOM},             {"project", TEXT_PROJECT},
	{"specialties", TEXT_LIST},      {"languages", TEXT_LIST},
	{"area", TEXT_LIST},             {"reason", TEXT_NOTE},
	{"status_reason", TEXT_NOTE},    {"missing_docs", TEXT_NOTE},
	{"uscc_unverified", TEXT_NOTE},
};

size_t text_limit(enum text_kind k)
{
	assert(k >= 0 && k < TEXT_KIND_COUNT);
	return limits[k];
}

bool text_kind_of(const char *key, enum text_kind *k)
{
	for (size_t i = 0; key && i < sizeof keyed / sizeof keyed[0]; i++)
		if (strcmp(key, keyed[i].key) == 0) {
			*k = keyed[i].kind;
			return true;
		}
	return false;
}

static const char *control_name(uint32_t c)
{
	switch (c) {
	case 0x07: return "响铃符";
	case 0x08: return "退格符";
	case 0x09: return "制表符";
	case 0x0A: return "换行符";
	case 0x0D: return "回车符";
	case 0x1B: return "ESC 转义符";
	case 0x7F: return "DEL 删除符";
	default: return c < 0x80 ? "C0 控制字符" : "C1 控制字符";
	}
}

enum tc_status text_check(const char *field, const char *label, const char *s, size_t max_chars,
			  unsigned flags, struct tc_err *e)
{
	const unsigned char *p = (const unsigned char *)(s ? s : "");
	const char *sep = label && *label ? ": " : "";
	bool lines = (flags & TEXT_MULTILINE) != 0;
	size_t pos = 0;
	int marks = 0;

	if (label == NULL)
		label = "";
	if (*p == '\0' && (flags & TEXT_REQUIRED))
		return err_set(e, TC_REFUSED, field, "%s%s不能为空", label, sep);
	while (*p) {
		uint32_t c;
		bool bad;
		const unsigned char *at = p;
		p += decode(p, &c, &bad);
		pos++;
		if (bad)
			return err_set(e, TC_REFUSED, field,
				       "%s%s第%zu个字不是有效的 UTF-8 编码 (字节 0x%02X), 请以 UTF-8 重新输入",
				       label, sep, pos, *at);
		if (is_control(c) && !(lines && (c == '\t' || c == '\n')))
			return err_set(e, TC_REFUSED, field,
				       "%s%s第%zu个字是控制字符 U+%04X (%s), 请删去后重新输入%s", label,
				       sep, pos, (unsigned)c, control_name(c),
				       c == '\t' || c == '\n' || c == '\r' ? " (只能写成一行)" : "");
		const struct hidden *h = hidden_of(c);
		if (h)
			return err_set(e, TC_REFUSED, field,
				       "%s%s第%zu个字是%s U+%04X (%s), 请删去后重新输入", label, sep, pos,
				       h->what, (unsigned)c, h->name);
		if (is_combining(c)) {
			if (++marks > MAX_MARKS)
				return err_set(e, TC_REFUSED, field,
					       "%s%s第%zu个字是叠在同一个字上的第%d个附加符号 U+%04X, "
					       "一个字上最多 %d 个, 请删去多余的",
					       label, sep, pos, marks, (unsigned)c, MAX_MARKS);
		} else {
			marks = 0;
		}
	}
	if (max_chars > 0 && pos > max_chars)
		return err_set(e, TC_REFUSED, field, "%s%s最长 %zu 个字, 现为 %zu 个字", label, sep,
			       max_chars, pos);
	return TC_OK;
}

enum tc_status text_check_kind(const char *field, const char *label, const char *s,
			       enum text_kind k, unsigned flags, struct tc_err *e)
{
	return text_check(field, label, s, text_limit(k), flags, e);
}

/* ---- the filter: what text may be shown ---------------------------- */

void text_clean(struct strbuf *sb, const char *s, unsigned flags)
{
	const unsigned char *p = (const unsigned char *)(s ? s : "");
	bool lines = (flags & TEXT_MULTILINE) != 0;
	int marks = 0;

	while (*p) {
		uint32_t c;
		bool bad;
		size_t n = decode(p, &c, &bad);
		if (shown(c, bad, lines, &marks)) {
			if (bad)
				sb_puts(sb, "\xEF\xBF\xBD");
			else
				sb_add(sb, (const char *)p, n);
		}
		p += n;
	}
}

bool text_copy(char *dst, size_t size, const char *src)
{
	const char *s = src ? src : "";
	size_t len = strlen(s), n;

	assert(size > 0);
	if (len < size) {
		memcpy(dst, s, len + 1);
		return true;
	}
	n = size - 1;
	/* Back off over continuation bytes to the start of the character
	 * that would be cut. */
	while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	memcpy(dst, s, n);
	dst[n] = '\0';
	return false;
}

void text_scrub(char *s)
{
	unsigned char *p = (unsigned char *)s, *out = p;
	int marks = 0;

	if (s == NULL)
		return;
	while (*p) {
		uint32_t c;
		bool bad;
		size_t n = decode(p, &c, &bad);
		if (!bad && shown(c, bad, false, &marks)) {
			memmove(out, p, n);
			out += n;
		}
		p += n;
	}
	*out = '\0';
}

void text_table_init(struct text_table *t, size_t ncols, const char *const *header)
{
	memset(t, 0, sizeof *t);
	t->ncols = ncols;
	t->right = xcalloc(ncols, sizeof *t->right);
	t->max_width = xcalloc(ncols, sizeof *t->max_width);
	text_table_add(t, header);
}

void text_table_right(struct text_table *t, size_t col)
{
	if (col < t->ncols)
		t->right[col] = true;
}

void text_table_max(struct text_table *t, size_t col, int width)
{
	if (col < t->ncols)
		t->max_width[col] = width > 0 ? width : 0;
}

void text_table_add(struct text_table *t, const char *const *row)
{
	for (size_t i = 0; i < t->ncols; i++)
		sl_push(&t->cells, row && row[i] ? row[i] : "");
}

void text_table_render(const struct text_table *t, struct strbuf *sb)
{
	size_t nrows = t->ncols ? t->cells.n / t->ncols : 0;
	int *width;

	if (nrows == 0)
		return;
	width = xcalloc(t->ncols, sizeof *width);
	for (size_t c = 0; c < t->ncols; c++) {
		for (size_t r = 0; r < nrows; r++) {
			int w = shown_width(t->cells.v[r * t->ncols + c]);
			if (w > width[c])
				width[c] = w;
		}
		if (t->max_width[c] > 0 && width[c] > t->max_width[c])
			width[c] = t->max_width[c];
	}
	for (size_t r = 0; r < nrows; r++) {
		size_t start = sb->len;

		for (size_t c = 0; c < t->ncols; c++) {
			const char *cell = t->cells.v[r * t->ncols + c];
			if (c > 0)
				sb_puts(sb, "  ");
			if (t->right[c])
				text_rpad(sb, cell, width[c]);
			else
				text_pad(sb, cell, width[c]);
		}
		/* Padding of the last columns (or an empty last cell) must not
		 * leave spaces at the end of the line. */
		while (sb->len > start && sb->buf[sb->len - 1] == ' ')
			sb->buf[--sb->len] = '\0';
		sb_puts(sb, "\n");
	}
	free(width);
}

void text_table_free(struct text_table *t)
{
	sl_free(&t->cells);
	free(t->right);
	free(t->max_width);
	t->right = NULL;
	t->max_width = NULL;
	t->ncols = 0;
}
