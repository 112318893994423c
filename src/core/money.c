/*
 * money.c - amounts as integer fen: parsing what clerks type, and the two
 * written forms (plain yuan for files, ¥ with separators for people).
 *
 * No floating point anywhere: 1.5万 is read as digits and scaled by
 * counting places.  Rounding never happens; an amount with more places
 * than a fen is refused, not rounded.
 */
#include "tiaocai/money.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EXAMPLES "(可写 12345、12,345.67、¥12345.6 或 1.5万)"

/*
 * The amount with full-width digits and punctuation made ASCII, the
 * currency sign and 元 dropped, 万 turned into 'W', surrounding spaces
 * dropped.  Returns NULL when a character has no place in an amount.
 */
static char *ascii_form(const char *s)
{
	static const struct {
		const char *from, *to;
	} map[] = {
		{"¥", "Y"}, {"￥", "Y"}, {"元", "U"}, {"万", "W"}, {"．", "."}, {"，", ","},
		{"－", "-"}, {"　", " "},
	};
	struct strbuf sb = {0};

	while (*s) {
		const unsigned char *u = (const unsigned char *)s;
		size_t i;

		if (u[0] == 0xEF && u[1] == 0xBC && u[2] >= 0x90 && u[2] <= 0x99) {
			char c = (char)('0' + (u[2] - 0x90)); /* U+FF10..FF19 */
			sb_add(&sb, &c, 1);
			s += 3;
			continue;
		}
		for (i = 0; i < sizeof map / sizeof map[0]; i++) {
			size_t n = strlen(map[i].from);
			if (strncmp(s, map[i].from, n) == 0) {
				sb_puts(&sb, map[i].to);
				s += n;
				break;
			}
		}
		if (i < sizeof map / sizeof map[0])
			continue;
		if (u[0] >= 0x80 || strchr("0123456789.,- \t", *s) == NULL) {
			sb_free(&sb);
			return NULL;
		}
		sb_add(&sb, s, 1);
		s++;
	}
	/* Spaces may surround the amount; inside it only the parser decides. */
	char *a = sb_take(&sb), *b = a, *end = a + strlen(a);
	while (*b == ' ' || *b == '\t')
		b++;
	while (end > b && (end[-1] == ' ' || end[-1] == '\t'))
		end--;
	*end = '\0';
	memmove(a, b, (size_t)(end - b) + 1);
	return a;
}

/* Digits of a whole number, either plain or grouped by threes with ','.
 * Advances *p past it; false when the grouping is wrong. */
static bool whole_part(const char **p, uint64_t *v, bool *overflow)
{
	const char *s = *p;
	size_t run = 0;
	bool grouped = false;

	*v = 0;
	while (1) {
		if (*s >= '0' && *s <= '9') {
			if (*v > (uint64_t)MONEY_MAX)
				*overflow = true; /* keep scanning: the form may be bad */
			else
				*v = *v * 10 + (uint64_t)(*s - '0');
			run++;
			s++;
		} else if (*s == ',') {
			/* First group 1-3 digits, every later one exactly 3. */
			if (run == 0 || (grouped ? run != 3 : run > 3))
				return false;
			grouped = true;
			run = 0;
			s++;
		} else {
			break;
		}
	}
	if (run == 0 || (grouped && run != 3))
		return false;
	*p = s;
	return true;
}

enum tc_status money_parse(const char *s, int64_t *fen, const char *field,
			   struct tc_err *e)
{
	const char *in = s ? s : "";
	char *a = ascii_form(in);
	const char *p;
	uint64_t whole, frac = 0, value;
	int places = 0, max_places;
	bool overflow = false, wan = false;
	enum tc_status st = TC_OK;

	if (a == NULL)
		goto bad;
	p = a;
	if (*p == '\0') {
		st = err_set(e, TC_REFUSED, field, "%s: 未填写金额 " EXAMPLES, field);
		goto out;
	}
	if (*p == 'Y') {
		p++;
		while (*p == ' ')
			p++;
	}
	if (*p == '-') {
		st = err_set(e, TC_REFUSED, field, "%s: 金额不能为负数: %s", field, in);
		goto out;
	}
	if (!whole_part(&p, &whole, &overflow))
		goto bad;
	if (*p == '.') {
		p++;
		while (*p >= '0' && *p <= '9') {
			if (places < 7)
				frac = frac * 10 + (uint64_t)(*p - '0');
			places++;
			p++;
		}
		if (places == 0)
			goto bad;
	}
	while (*p == ' ')
		p++;
	if (*p == 'W') {
		wan = true;
		p++;
	}
	if (*p == 'U')
		p++;
	if (*p != '\0')
		goto bad;
	max_places = wan ? 6 : 2;
	if (places > max_places) {
		st = err_set(e, TC_REFUSED, field, wan ? "%s: 以万为单位时最多六位小数: %s"
						       : "%s: 金额最多两位小数 (到分): %s",
			     field, in);
		goto out;
	}
	/* Scale the fraction to fen: 2 places of yuan, or 6 places of 万. */
	for (int i = places; i < max_places; i++)
		frac *= 10;
	uint64_t unit = wan ? 1000000 : 100;
	if (overflow || whole > (uint64_t)MONEY_MAX / unit)
		goto too_big;
	value = whole * unit + frac;
	if (value > (uint64_t)MONEY_MAX)
		goto too_big;
	*fen = (int64_t)value;
	goto out;
too_big:
	st = err_set(e, TC_REFUSED, field, "%s: 金额过大: %s (上限 1,000,000,000,000 元)", field, in);
	goto out;
bad:
	st = err_set(e, TC_REFUSED, field, "%s: 金额格式不对: %s " EXAMPLES, field, in);
out:
	free(a);
	return st;
}

char *money_plain(int64_t fen, char buf[MONEY_BUF])
{
	/* Through unsigned so that INT64_MIN has a magnitude too. */
	uint64_t mag = fen < 0 ? 0 - (uint64_t)fen : (uint64_t)fen;

	snprintf(buf, MONEY_BUF, "%s%llu.%02llu", fen < 0 ? "-" : "",
		 (unsigned long long)(mag / 100), (unsigned long long)(mag % 100));
	return buf;
}

char *money_display(int64_t fen, char buf[MONEY_BUF])
{
	uint64_t mag = fen < 0 ? 0 - (uint64_t)fen : (uint64_t)fen;
	char digits[24], grouped[24]; /* 18 digits and 5 commas at most */
	int n = snprintf(digits, sizeof digits, "%llu", (unsigned long long)(mag / 100));
	int k = 0;

	for (int i = 0; i < n; i++) {
		if (i > 0 && (n - i) % 3 == 0)
			grouped[k++] = ',';
		grouped[k++] = digits[i];
	}
	grouped[k] = '\0';
	snprintf(buf, MONEY_BUF, "%s¥%s.%02llu", fen < 0 ? "-" : "", grouped,
		 (unsigned long long)(mag % 100));
	return buf;
}
