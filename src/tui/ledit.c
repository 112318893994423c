/*
 * ledit.c - the line editor of every form field and search line.
 *
 * The ncurses form library gets wide characters wrong (design.md), so
 * fields are edited here: a buffer of characters with a cursor, measured
 * in display columns, scrolled so the cursor is always visible and a wide
 * character is never split at the field's edge.  Input methods deliver
 * Chinese as ordinary wide characters through wget_wch.
 */
#include "tui.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

/* A Unicode scalar value: glibc's mbrtowc also decodes old 5- and 6-byte
 * forms and 4-byte ones past U+10FFFF, which no UTF-8 writer takes back. */
static bool scalar(wint_t c)
{
	return c <= 0x10FFFF && !(c >= 0xD800 && c <= 0xDFFF);
}

static int wc_cols(wchar_t c)
{
	int w = wcwidth(c);
	return w < 0 ? 1 : w;
}

static void grow(struct ledit *l, size_t need)
{
	l->buf = xgrow(l->buf, &l->cap, need + 1, sizeof *l->buf);
}

void ledit_init(struct ledit *l, const char *utf8, size_t max)
{
	memset(l, 0, sizeof *l);
	l->max = max;
	grow(l, 16);
	l->buf[0] = 0;
	ledit_set(l, utf8);
}

void ledit_free(struct ledit *l)
{
	free(l->buf);
	memset(l, 0, sizeof *l);
}

void ledit_set(struct ledit *l, const char *utf8)
{
	mbstate_t ps;
	const char *p = utf8 ? utf8 : "";
	size_t left = strlen(p);

	memset(&ps, 0, sizeof ps);
	l->len = 0;
	while (left > 0) {
		wchar_t c;
		size_t k = mbrtowc(&c, p, left, &ps);
		if (k == (size_t)-1 || k == (size_t)-2 || (k != 0 && !scalar((wint_t)c))) {
			c = 0xFFFD; /* invalid byte: shown replaced */
			k = 1;
			memset(&ps, 0, sizeof ps);
		} else if (k == 0) {
			break;
		}
		p += k;
		left -= k;
		if (iswcntrl((wint_t)c))
			continue;
		if (l->max && l->len >= l->max)
			break;
		grow(l, l->len + 1);
		l->buf[l->len++] = c;
	}
	l->buf[l->len] = 0;
	l->cur = l->len;
	l->scroll = 0;
}

char *ledit_text(const struct ledit *l)
{
	struct strbuf sb = {0};
	char mb[MB_LEN_MAX];
	mbstate_t ps;

	memset(&ps, 0, sizeof ps);
	for (size_t i = 0; i < l->len; i++) {
		size_t k = wcrtomb(mb, l->buf[i], &ps);
		if (k != (size_t)-1)
			sb_add(&sb, mb, k);
	}
	sb_puts(&sb, "");
	return sb_take(&sb);
}

bool ledit_empty(const struct ledit *l)
{
	for (size_t i = 0; i < l->len; i++)
		if (!iswspace((wint_t)l->buf[i]) && l->buf[i] != 0x3000)
			return false;
	return true;
}

static void insert(struct ledit *l, wchar_t c)
{
	if (l->max && l->len >= l->max)
		return;
	grow(l, l->len + 1);
	memmove(l->buf + l->cur + 1, l->buf + l->cur, (l->len - l->cur) * sizeof *l->buf);
	l->buf[l->cur++] = c;
	l->buf[++l->len] = 0;
}

static void cut(struct ledit *l, size_t at, size_t n)
{
	if (at >= l->len)
		return;
	if (n > l->len - at)
		n = l->len - at;
	memmove(l->buf + at, l->buf + at + n, (l->len - at - n) * sizeof *l->buf);
	l->len -= n;
	l->buf[l->len] = 0;
	if (l->cur > at)
		l->cur = l->cur >= at + n ? l->cur - n : at;
}

bool ledit_key(struct ledit *l, wint_t key, bool fkey)
{
	if (fkey) {
		switch (key) {
		case KEY_LEFT:
			if (l->cur > 0)
				l->cur--;
			return true;
		case KEY_RIGHT:
			if (l->cur < l->len)
				l->cur++;
			return true;
		case KEY_HOME:
			l->cur = 0;
			return true;
		case KEY_END:
			l->cur = l->len;
			return true;
		case KEY_BACKSPACE:
			if (l->cur > 0)
				cut(l, l->cur - 1, 1);
			return true;
		case KEY_DC:
			cut(l, l->cur, 1);
			return true;
		default:
			return false;
		}
	}
	switch (key) {
	case 1: /* C-a */
		l->cur = 0;
		return true;
	case 5: /* C-e */
		l->cur = l->len;
		return true;
	case 2: /* C-b */
		if (l->cur > 0)
			l->cur--;
		return true;
	case 6: /* C-f */
		if (l->cur < l->len)
			l->cur++;
		return true;
	case 8: case 127: /* Backspace as ^H or DEL */
		if (l->cur > 0)
			cut(l, l->cur - 1, 1);
		return true;
	case 4: /* C-d */
		cut(l, l->cur, 1);
		return true;
	case 21: /* C-u: erase to the start */
		cut(l, 0, l->cur);
		return true;
	case 11: /* C-k: erase to the end */
		cut(l, l->cur, l->len - l->cur);
		return true;
	default:
		break;
	}
	if (key < ' ' || iswcntrl(key) || !scalar(key))
		return false;
	insert(l, (wchar_t)key);
	return true;
}

int ledit_draw(struct ledit *l, int y, int x, int width, attr_t attr)
{
	int before = 0, col, cx;

	if (width <= 0)
		return x;
	for (size_t i = 0; i < l->cur; i++)
		before += wc_cols(l->buf[i]);
	/* Keep the cursor inside the field, leaving room for a wide
	 * character under it at the right edge (a field one column wide
	 * has no such room: the cursor stays on its only column). */
	int room = width >= 2 ? width - 2 : 0;
	if (before < l->scroll)
		l->scroll = before;
	if (before - l->scroll > room)
		l->scroll = before - room;
	if (l->scroll < 0)
		l->scroll = 0;

	attrset(attr);
	mvhline(y, x, ' ', width);
	col = 0;
	cx = x;
	for (size_t i = 0; i <= l->len; i++) {
		int w;
		if (i == l->cur)
			cx = x + col - l->scroll;
		if (i == l->len)
			break;
		w = wc_cols(l->buf[i]);
		if (col >= l->scroll && col - l->scroll + w <= width) {
			cchar_t cc;
			wchar_t s[2] = {l->buf[i], 0};
			setcchar(&cc, s, attr, 0, NULL);
			mvadd_wch(y, x + col - l->scroll, &cc);
		}
		col += w;
	}
	attrset(A_NORMAL);
	if (cx > x + width - 1)
		cx = x + width - 1;
	return cx;
}
