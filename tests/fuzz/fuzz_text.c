/*
 * fuzz_text.c - text_width, text_fit and text_pad on arbitrary bytes.
 *
 * The first input byte picks the column budget (-2..61), the rest is the
 * text.  Asserts: text_fit never exceeds the budget and returns the width
 * it wrote; its output is valid UTF-8 with no control characters and is
 * never wider than the input; text_pad fills exactly the budget.
 *
 * text_check with the budget as a limit in characters (and TEXT_MULTILINE
 * when the budget is odd): when it accepts, an independent decoder below
 * finds valid UTF-8, no refused code point, no more than 2 combining marks
 * in a row and no more characters than the limit; when it refuses, the
 * status is TC_REFUSED with a message that is itself clean text.
 * text_clean's output always passes text_check; text_copy keeps a prefix
 * that is valid UTF-8 when the input was; text_scrub leaves clean text.
 */
#include "tiaocai/text.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The oracle: decoded here without text.c, refused sets as tiaocai(5)
 * lists them. */
static bool refused_cp(uint32_t c, bool lines)
{
	if (c < 0x20)
		return !(lines && (c == '\t' || c == '\n'));
	if (c >= 0x7F && c <= 0x9F)
		return true;
	return c == 0x00AD || c == 0x061C || c == 0x180E || (c >= 0x200B && c <= 0x200F) ||
	       (c >= 0x2028 && c <= 0x202E) || (c >= 0x2060 && c <= 0x2064) ||
	       (c >= 0x2066 && c <= 0x206F) || c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFB) ||
	       (c >= 0xE0000 && c <= 0xE007F);
}

static bool mark_cp(uint32_t c)
{
	return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) ||
	       (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF) ||
	       (c >= 0xFE20 && c <= 0xFE2F);
}

/* Valid UTF-8 (no overlong, no surrogate, <= U+10FFFF) with nothing
 * refused; *n gets the number of code points. */
static bool acceptable(const unsigned char *p, bool lines, size_t *n)
{
	int marks = 0;

	*n = 0;
	while (*p) {
		uint32_t c;
		int len;
		if (p[0] < 0x80)
			c = p[0], len = 1;
		else if (p[0] >= 0xC2 && p[0] <= 0xDF)
			c = p[0] & 0x1F, len = 2;
		else if (p[0] >= 0xE0 && p[0] <= 0xEF)
			c = p[0] & 0x0F, len = 3;
		else if (p[0] >= 0xF0 && p[0] <= 0xF4)
			c = p[0] & 0x07, len = 4;
		else
			return false;
		for (int i = 1; i < len; i++) {
			if ((p[i] & 0xC0) != 0x80)
				return false;
			c = (c << 6) | (p[i] & 0x3F);
		}
		if ((len == 3 && c < 0x800) || (len == 4 && c < 0x10000) || c > 0x10FFFF ||
		    (c >= 0xD800 && c <= 0xDFFF))
			return false;
		if (refused_cp(c, lines))
			return false;
		marks = mark_cp(c) ? marks + 1 : 0;
		if (marks > 2)
			return false;
		p += len;
		++*n;
	}
	return true;
}

static void check_gate(const char *s, int cols)
{
	size_t max = cols > 0 ? (size_t)cols : 0, n;
	unsigned flags = cols & 1 ? TEXT_MULTILINE : 0;
	struct tc_err e = {0};
	struct strbuf clean = {0};

	enum tc_status st = text_check("f", "字段", s, max, flags, &e);
	if (st == TC_OK) {
		if (!acceptable((const unsigned char *)s, flags & TEXT_MULTILINE, &n))
			abort();
		if (max > 0 && n > max)
			abort();
		if (text_chars(s) != n)
			abort();
	} else {
		if (st != TC_REFUSED || e.msg[0] == '\0' || strcmp(e.field, "f") != 0)
			abort();
		if (!text_valid(e.msg, false))
			abort();
	}

	text_clean(&clean, s, flags);
	if (text_check("f", NULL, sb_str(&clean), 0, flags, NULL) != TC_OK)
		abort();
	if (!acceptable((const unsigned char *)sb_str(&clean), flags & TEXT_MULTILINE, &n))
		abort();
	sb_free(&clean);

	char buf[16];
	size_t cap = (size_t)(cols > 0 ? cols : 1) % sizeof buf + 1;
	bool all = text_copy(buf, cap, s);
	size_t got = strlen(buf);
	if (memcmp(buf, s, got) != 0 || (all && strcmp(buf, s) != 0) || (!all && got >= strlen(s)))
		abort();
	if (text_utf8_prefix(s, strlen(s)) == strlen(s) && text_utf8_prefix(buf, got) != got)
		abort();

	char *scrub = strdup(s);
	if (scrub) {
		text_scrub(scrub);
		if (!text_valid(scrub, false))
			abort();
		free(scrub);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct strbuf fit = {0}, pad = {0}, rpad = {0};
	char *s;
	int cols, w, width;

	if (size == 0)
		return 0;
	cols = (int)(data[0] % 64) - 2;
	s = malloc(size);
	if (s == NULL)
		return 0;
	memcpy(s, data + 1, size - 1);
	s[size - 1] = '\0';

	width = text_width(s);
	if (width < 0 || (size_t)width > strlen(s))
		abort();

	w = text_fit(&fit, s, cols);
	if (w < 0 || w > (cols > 0 ? cols : 0))
		abort();
	if (!text_valid(sb_str(&fit), false))
		abort();
	if (text_width(sb_str(&fit)) != w)
		abort();
	if (w > width)
		abort();

	text_pad(&pad, s, cols);
	if (!text_valid(sb_str(&pad), false) || text_width(sb_str(&pad)) != (cols > 0 ? cols : 0))
		abort();
	/* The padded text starts with exactly what text_fit wrote. */
	if (pad.len < fit.len || memcmp(sb_str(&pad), sb_str(&fit), fit.len) != 0)
		abort();

	text_rpad(&rpad, s, cols);
	if (!text_valid(sb_str(&rpad), false) || text_width(sb_str(&rpad)) != (cols > 0 ? cols : 0))
		abort();

	check_gate(s, cols);

	sb_free(&fit);
	sb_free(&pad);
	sb_free(&rpad);
	free(s);
	return 0;
}
