/*
 * fuzz_ledit.c - the line editor (src/tui/ledit.c) under arbitrary key
 * sequences, as wget_wch would deliver them; no terminal is opened.
 *
 * Input: byte 0 picks the limit (0 = none, else 1..47 characters) and
 * the field's width on screen (1..30 columns); the
 * bytes up to the first 0xFF are the field's starting text (ledit_init);
 * the rest are keys: 0x00-0x07 the function keys Left Right Home End
 * Backspace Delete Up F2, 0x08-0x1F the control characters 0x01-0x18
 * (C-a C-e C-b C-f C-d C-u C-k, ^H among them), 0xFE and three bytes a
 * code point (surrogates and values past U+10FFFF too, which the editor
 * must refuse), anything else a character as glibc's mbrtowc decodes it,
 * as wget_wch would (a byte that starts none is taken as U+0080 + its
 * value).
 * Asserts after every key: the cursor within the text, the text no longer
 * than the limit, NUL-terminated, without control characters; its UTF-8
 * (ledit_text) valid and of as many characters as the buffer; setting
 * that text again gives the same buffer.  Drawn (ledit_draw, on a screen
 * made with newterm on /dev/null), the cursor is inside the field, at the
 * display width of the characters before it less the scroll, and the
 * scroll never hides it.  An editing key the editor refuses changes
 * nothing.
 */
#include "../../src/tui/tui.h"
#include "tiaocai/text.h"
#include "fuzz_util.h"

#include <locale.h>
#include <wctype.h>

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if (setlocale(LC_ALL, "C.UTF-8") == NULL) {
		fprintf(stderr, "fuzz_ledit: no C.UTF-8 locale\n");
		exit(1);
	}
	FILE *out = fopen("/dev/null", "w"), *in = fopen("/dev/null", "r");
	if (out == NULL || in == NULL || newterm("xterm", out, in) == NULL) {
		fprintf(stderr, "fuzz_ledit: no screen on /dev/null (terminfo for xterm?)\n");
		exit(1);
	}
	return 0;
}

/* The cursor as drawn in a field of width columns at column 3. */
static void drawn(struct ledit *l, int width)
{
	int before = 0, x = 3;

	for (size_t i = 0; i < l->cur; i++) {
		int w = wcwidth(l->buf[i]);
		before += w < 0 ? 1 : w;
	}
	int cx = ledit_draw(l, 0, x, width, A_NORMAL);
	if (cx < x || cx > x + width - 1 || l->scroll < 0 || l->scroll > before)
		abort();
	/* Where the cursor's character starts, unless the field is too
	 * narrow to show the cursor after the last wide character. */
	if (before - l->scroll <= width - 1 && cx != x + before - l->scroll)
		abort();
	if (before - l->scroll > (width >= 2 ? width - 2 : 0))
		abort();
}

static void check(struct ledit *l, int width)
{

	if (l->cur > l->len || (l->max && l->len > l->max) || l->buf[l->len] != 0)
		abort();
	for (size_t i = 0; i < l->len; i++)
		if (l->buf[i] < ' ' || iswcntrl((wint_t)l->buf[i]))
			abort();
	char *s = ledit_text(l);
	if (!fz_utf8_ok(s) || text_chars(s) != l->len) {
		fprintf(stderr, "fuzz_ledit: \"%s\" is not the buffer's %zu characters:", s, l->len);
		for (size_t i = 0; i < l->len; i++)
			fprintf(stderr, " U+%04X", (unsigned)l->buf[i]);
		fputc('\n', stderr);
		abort();
	}
	struct ledit again;
	ledit_init(&again, s, l->max);
	if (again.len != l->len || wmemcmp(again.buf, l->buf, l->len) != 0)
		abort();
	ledit_free(&again);
	free(s);
	drawn(l, width);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const wint_t fkeys[] = {KEY_LEFT, KEY_RIGHT, KEY_HOME, KEY_END,
				       KEY_BACKSPACE, KEY_DC, KEY_UP, KEY_F(2)};
	struct ledit l;
	size_t i = 1, start;

	if (size == 0)
		return 0;
	while (i < size && data[i] != 0xFF)
		i++;
	char *text = fz_string(data + 1, i - 1);
	int width = 1 + (data[0] >> 1) % 30;
	ledit_init(&l, text, data[0] % 48);
	free(text);
	check(&l, width);
	for (start = i + 1; start < size;) {
		uint8_t b = data[start];
		wint_t key;
		bool fkey = false;
		if (b < 0x08) {
			key = fkeys[b];
			fkey = true;
			start++;
		} else if (b < 0x20) {
			key = (wint_t)(b - 0x07);
			start++;
		} else if (b == 0xFE && start + 3 < size) {
			key = (wint_t)(data[start + 1] << 16 | data[start + 2] << 8 | data[start + 3]);
			start += 4;
		} else {
			wchar_t wc;
			mbstate_t ps;
			memset(&ps, 0, sizeof ps);
			size_t k = mbrtowc(&wc, (const char *)data + start, size - start, &ps);
			if (k == (size_t)-1 || k == (size_t)-2 || k == 0) {
				key = 0x80 + b;
				k = 1;
			} else {
				key = (wint_t)wc;
			}
			start += k;
		}
		size_t len = l.len, cur = l.cur;
		if (!ledit_key(&l, key, fkey) && (l.len != len || l.cur != cur))
			abort();
		check(&l, width);
	}
	ledit_free(&l);
	return 0;
}
