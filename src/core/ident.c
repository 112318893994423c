/*
 * ident.c - check digits and shapes of the identifiers clerks type: ID card
 * numbers (GB 11643-1999), unified social credit codes (GB 32100-2015) and
 * phone numbers.
 *
 * Input is normalised first (full-width digits and letters to ASCII, upper
 * case, spaces dropped) because that is what an input method produces.
 * Nothing here decides whether a bad USCC may be kept anyway: the caller
 * asks the clerk for a reason.
 */
#include "tiaocai/ident.h"
#include "tiaocai/date.h"
#include "tiaocai/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char uscc_set[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/* Bytes in the UTF-8 sequence at s, or 0 when it is not a valid one. */
static size_t seq_len(const unsigned char *s)
{
	size_t n = s[0] < 0x80 ? 1 : s[0] >= 0xC2 && s[0] <= 0xDF ? 2
		 : s[0] >= 0xE0 && s[0] <= 0xEF ? 3 : s[0] >= 0xF0 && s[0] <= 0xF4 ? 4 : 0;

	for (size_t i = 1; i < n; i++)
		if ((s[i] & 0xC0) != 0x80)
			return 0;
	return n;
}

/*
 * Full-width digits, letters and hyphen to ASCII, lower case to upper,
 * ASCII and ideographic spaces dropped; anything else is kept as typed so
 * that a message can quote it (invalid bytes become '?').  Caller frees.
 */
static char *normalise(const char *in)
{
	const unsigned char *p = (const unsigned char *)(in ? in : "");
	struct strbuf sb = {0};

	while (*p) {
		size_t n = seq_len(p);
		char c = 0;

		if (n == 0) {
			sb_puts(&sb, "?");
			p++;
			continue;
		}
		if (n == 1 && (*p == ' ' || *p == '\t')) {
			p++;
			continue;
		}
		if (n == 3 && p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80) {
			p += 3; /* U+3000 */
			continue;
		}
		if (n == 1)
			c = (char)*p;
		else if (n == 3 && p[0] == 0xEF && p[1] == 0xBC && p[2] >= 0x90 && p[2] <= 0x99)
			c = (char)('0' + (p[2] - 0x90));      /* U+FF10..FF19 */
		else if (n == 3 && p[0] == 0xEF && p[1] == 0xBC && p[2] >= 0xA1 && p[2] <= 0xBA)
			c = (char)('A' + (p[2] - 0xA1));      /* U+FF21..FF3A */
		else if (n == 3 && p[0] == 0xEF && p[1] == 0xBD && p[2] >= 0x81 && p[2] <= 0x9A)
			c = (char)('A' + (p[2] - 0x81));      /* U+FF41..FF5A */
		else if (n == 3 && p[0] == 0xEF && p[1] == 0xBC && p[2] == 0x8D)
			c = '-';                              /* U+FF0D */
		if (c >= 'a' && c <= 'z')
			c = (char)(c - 'a' + 'A');
		if (c)
			sb_add(&sb, &c, 1);
		else
			sb_add(&sb, (const char *)p, n);
		p += n;
	}
	return sb_take(&sb);
}

/* The character at 0-based position pos of s, copied into out. */
static const char *char_at(const char *s, size_t pos, char out[8])
{
	const unsigned char *p = (const unsigned char *)s;

	for (size_t i = 0; *p; i++) {
		size_t n = seq_len(p);
		if (n == 0)
			n = 1;
		if (i == pos) {
			memcpy(out, p, n);
			out[n] = '\0';
			return out;
		}
		p += n;
	}
	out[0] = '\0';
	return out;
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

char ident_id_checkchar(const char *first17)
{
	static const int w[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
	int sum = 0;

	for (int i = 0; i < 17; i++) {
		if (!is_digit(first17[i]))
			return '\0';
		sum += (first17[i] - '0') * w[i];
	}
	return "10X98765432"[sum % 11];
}

/* Both identifiers are 18 characters long. */
static enum tc_status check_length(const char *s, const char *field, struct tc_err *e)
{
	size_t len = text_chars(s);

	if (len == 0)
		return err_set(e, TC_REFUSED, field, "%s: 未填写 (应为18位)", field);
	if (len != 18)
		return err_set(e, TC_REFUSED, field, "%s: 应为18位 (现为%zu位)", field, len);
	return TC_OK;
}

enum tc_status ident_id_check(const char *in, int today, char out[IDNO_LEN],
			      const char *field, struct tc_err *e)
{
	char *id = normalise(in);
	enum tc_status st = check_length(id, field, e);
	char ch[8], want;

	if (st != TC_OK)
		goto out;
	for (size_t i = 0; i < 18; i++) {
		char_at(id, i, ch);
		if (i < 17 && !(ch[1] == '\0' && is_digit(ch[0]))) {
			st = err_set(e, TC_REFUSED, field, "%s: 第%zu位应为数字 (现为 %s)",
				     field, i + 1, ch);
			goto out;
		}
		if (i == 17 && !(ch[1] == '\0' && (is_digit(ch[0]) || ch[0] == 'X'))) {
			st = err_set(e, TC_REFUSED, field, "%s: 第18位应为数字或 X (现为 %s)",
				     field, ch);
			goto out;
		}
	}
	/* All 18 are ASCII now.  The date comes before the check character:
	 * a typo in the date upsets both, and the date says where it is. */
	int birth = ident_id_birth(id);
	if (birth == DATE_NONE) {
		st = err_set(e, TC_REFUSED, field, "%s: 出生日期 %.4s-%.2s-%.2s 不存在",
			     field, id + 6, id + 10, id + 12);
		goto out;
	}
	if (today != DATE_NONE && birth > today) {
		st = err_set(e, TC_REFUSED, field, "%s: 出生日期 %.4s-%.2s-%.2s 晚于今天",
			     field, id + 6, id + 10, id + 12);
		goto out;
	}
	want = ident_id_checkchar(id);
	if (id[17] != want) {
		st = err_set(e, TC_REFUSED, field, "%s: 校验位不符, 第18位应为 %c", field, want);
		goto out;
	}
	memcpy(out, id, IDNO_LEN);
out:
	free(id);
	return st;
}

int ident_id_birth(const char *id)
{
	int v[3] = {0, 0, 0};
	static const int off[3] = {6, 10, 12}, len[3] = {4, 2, 2};

	if (strlen(id) < 14)
		return DATE_NONE;
	for (int k = 0; k < 3; k++)
		for (int i = 0; i < len[k]; i++) {
			char c = id[off[k] + i];
			if (!is_digit(c))
				return DATE_NONE;
			v[k] = v[k] * 10 + (c - '0');
		}
	return date_from_ymd(v[0], v[1], v[2]);
}

const char *ident_id_sex(const char *id)
{
	/* The 17th digit is the sequence number: odd for men. */
	return strlen(id) >= 17 && (id[16] - '0') % 2 == 1 ? "男" : "女";
}

void ident_id_mask(const char *id, char out[IDNO_LEN])
{
	size_t n = strlen(id);

	if (n > IDNO_LEN - 1)
		n = IDNO_LEN - 1;
	for (size_t i = 0; i < n; i++)
		out[i] = n == 18 && (i < 6 || i >= 14) ? id[i] : '*';
	out[n] = '\0';
}

char ident_uscc_checkchar(const char *first17)
{
	static const int w[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
	int sum = 0;

	for (int i = 0; i < 17; i++) {
		const char *at = first17[i] ? strchr(uscc_set, first17[i]) : NULL;
		if (at == NULL)
			return '\0';
		sum += (int)(at - uscc_set) * w[i];
	}
	return uscc_set[(31 - sum % 31) % 31];
}

enum tc_status ident_uscc_check(const char *in, char out[USCC_LEN], bool *bad_check,
				const char *field, struct tc_err *e)
{
	char *code = normalise(in);
	enum tc_status st = check_length(code, field, e);
	char ch[8], want;

	*bad_check = false;
	if (st != TC_OK)
		goto out;
	for (size_t i = 0; i < 18; i++) {
		char_at(code, i, ch);
		if (ch[1] != '\0' || ch[0] == '\0' || strchr(uscc_set, ch[0]) == NULL) {
			st = err_set(e, TC_REFUSED, field,
				     "%s: 第%zu位 \"%s\" 不是允许的字符 (只用数字和除 I、O、S、V、Z 外的大写字母)",
				     field, i + 1, ch);
			goto out;
		}
	}
	/* Some early codes really do fail the check: hand the normalised code
	 * back so that the caller can keep it once the clerk gives a reason. */
	memcpy(out, code, USCC_LEN);
	want = ident_uscc_checkchar(code);
	if (code[17] != want) {
		*bad_check = true;
		st = err_set(e, TC_REFUSED, field,
			     "%s: 校验位不符, 第18位应为 %c (若确认无误, 可用 --uscc-unverified 说明原因)",
			     field, want);
	}
out:
	free(code);
	return st;
}

/* Count of digits at s. */
static size_t digits(const char *s)
{
	size_t n = 0;
	while (is_digit(s[n]))
		n++;
	return n;
}

/* A landline: area code, optional '-', local number, optional extension. */
static bool landline_ok(const char *s)
{
	/* 010 and 02x are the three-digit area codes; all others have four. */
	size_t area = s[1] == '1' || s[1] == '2' ? 3 : 4, local, ext;

	if (digits(s) < area)
		return false;
	s += area;
	if (*s == '-')
		s++;
	local = digits(s);
	if (local < 7 || local > 8 || (area == 3 && local != 8) || *s == '0')
		return false;
	s += local;
	if (*s == '\0')
		return true;
	if (*s == '-')
		s++;
	else if (strncmp(s, "转", strlen("转")) == 0)
		s += strlen("转");
	else
		return false;
	ext = digits(s);
	return ext >= 1 && ext <= 6 && s[ext] == '\0';
}

enum tc_status ident_phone_check(const char *in, char out[32], const char *field,
				 struct tc_err *e)
{
	char *s = normalise(in);
	enum tc_status st = TC_OK;

	if (*s == '\0') {
		st = err_set(e, TC_REFUSED, field, "%s: 未填写", field);
	} else if (s[0] == '1' && strlen(s) < 32) {
		/* A mobile number is kept as its 11 digits: 138-0013-8000 too. */
		char mob[32];
		size_t n = 0;
		for (const char *p = s; *p; p++)
			if (*p != '-')
				mob[n++] = *p;
		mob[n] = '\0';
		if (digits(mob) != n)
			st = err_set(e, TC_REFUSED, field,
				     "%s: 号码格式不对: %s (手机号为1开头的11位数字)", field, in);
		else if (n != 11)
			st = err_set(e, TC_REFUSED, field, "%s: 手机号应为11位 (现为%zu位)",
				     field, n);
		else if (mob[1] < '3')
			st = err_set(e, TC_REFUSED, field, "%s: 手机号第2位应为 3-9 (现为 %c)",
				     field, mob[1]);
		else
			memcpy(out, mob, n + 1);
	} else if (s[0] == '0' && strlen(s) < 32 && landline_ok(s)) {
		memcpy(out, s, strlen(s) + 1);
	} else {
		st = err_set(e, TC_REFUSED, field,
			     "%s: 号码格式不对: %s (手机号为1开头的11位数字, 固话要带区号, 如 0851-85551234)",
			     field, in);
	}
	free(s);
	return st;
}
