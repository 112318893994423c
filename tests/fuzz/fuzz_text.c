/*
 * fuzz_text.c - text_width, text_fit and text_pad on arbitrary bytes.
 *
 * The first input byte picks the column budget (-2..61), the rest is the
 * text.  Asserts: text_fit never exceeds the budget and returns the width
 * it wrote; its output is valid UTF-8 with no control characters and is
 * never wider than the input; text_pad fills exactly the budget.
 */
#include "tiaocai/text.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

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

	sb_free(&fit);
	sb_free(&pad);
	sb_free(&rpad);
	free(s);
	return 0;
}
