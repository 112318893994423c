/*
 * ident.c - check digits and shapes of the identifiers clerks type: ID card
 * numbers (GB 11643-1999), unified social credit codes (GB 32100-2015) and
 * phone numbers.
 *
 * Input is normalised first (full-width digits and letters to ASCII, upper
 * case, spaces dropped, hyphens dropped from the two codes) because that is
 * what an input method or a copied document produces.  Nothing here
 * decides whether a USCC with a bad check character may be kept anyway:
 * the caller asks the clerk for a reason.  A wrong province, registration
 * authority, type or division code is refused outright: no real code has
 * one, so it is always a typing mistake.
 */
#include "tiaocai/ident.h"
#include "tiaocai/date.h"
#include "tiaocai/text.h"

#include <assert.h>
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

/* The dash-like characters a clerk's keyboard or a copied document may put
 * between groups of digits: U+2010..2015 (hyphen to horizontal bar), U+2212
 * (minus), U+FE63 (small hyphen-minus), U+FF0D (full-width hyphen-minus). */
static bool dash_at(const unsigned char *p, size_t n)
{
	if (n != 3)
		return false;
	if (p[0] == 0xE2 && p[1] == 0x80 && p[2] >= 0x90 && p[2] <= 0x95)
		return true;
	return (p[0] == 0xE2 && p[1] == 0x88 && p[2] == 0x92) ||
	       (p[0] == 0xEF && p[1] == 0xB9 && p[2] == 0xA3) ||
	       (p[0] == 0xEF && p[1] == 0xBC && p[2] == 0x8D);
}

/* Spaces: ASCII space and tab, no-break space (U+00A0), ideographic space
 * (U+3000). */
static bool space_at(const unsigned char *p, size_t n)
{
	return (n == 1 && (*p == ' ' || *p == '\t')) ||
	       (n == 2 && p[0] == 0xC2 && p[1] == 0xA0) ||
	       (n == 3 && p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80);
}

/*
 * Full-width digits and letters to ASCII, lower case to upper, every dash
 * to '-' (dropped too when drop_dashes: an ID number or a USCC has no
 * place for one), spaces dropped; anything else is kept as typed so that a
 * message can quote it (invalid bytes become '?').  Caller frees.
 */
static char *normalise(const char *in, bool drop_dashes)
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
		if (space_at(p, n) || ((dash_at(p, n) || *p == '-') && drop_dashes)) {
			p += n;
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
		else if (dash_at(p, n))
			c = '-';
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

/*
 * The first two digits of an ID number's address code: a province-level
 * division of GB/T 2260 (北京 11 ... 新疆 65, 台湾 71, 香港 81, 澳门 82), as
 * the National Bureau of Statistics lists them ("县及县以上行政区划代码",
 * www.gov.cn/test/2011-08/22/content_1930111.htm), and 83, which the
 * residence permits of Taiwan residents carry (港澳台居民居住证申领发放办法,
 * 2018: 香港 810000, 澳门 820000, 台湾 830000).
 */
static const char *const provinces[] = {
	"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34",
	"35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52",
	"53", "54", "61", "62", "63", "64", "65", "71", "81", "82", "83",
};
#define PROVINCES_ZH "11-15、21-23、31-37、41-46、50-54、61-65、71、81-83"

static bool province_known(const char *id)
{
	for (size_t i = 0; i < sizeof provinces / sizeof provinces[0]; i++)
		if (id[0] == provinces[i][0] && id[1] == provinces[i][1])
			return true;
	return false;
}

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
	char *id = normalise(in, true);
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
	/* All 18 are ASCII now.  The address and the date come before the
	 * check character: a typo in either upsets both, and they say where
	 * it is. */
	if (!province_known(id)) {
		st = err_set(e, TC_REFUSED, field,
			     "%s: 地址码 (前6位) %.6s 有误: 前两位 %.2s 不是省级行政区划代码 (应为 "
			     PROVINCES_ZH ")", field, id, id);
		goto out;
	}
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

bool ident_id_age_note(const char *id, int on, char *msg, size_t size)
{
	char *n = normalise(id, true), born[DATE_ISO_LEN], day[DATE_ISO_LEN];
	int birth = strlen(n) == 18 ? ident_id_birth(n) : DATE_NONE, by, bm, bd, y, m, d, age;
	bool note = false;

	free(n);
	if (size > 0)
		msg[0] = '\0';
	if (birth == DATE_NONE || on == DATE_NONE || size == 0)
		return false;
	date_to_ymd(birth, &by, &bm, &bd);
	date_to_ymd(on, &y, &m, &d);
	/* Whole years: the birthday itself completes one (a 29 February
	 * birthday is reached on 1 March of other years). */
	age = y - by - (m * 100 + d < bm * 100 + bd);
	if (birth > on) {
		snprintf(msg, size, "按身份证号, 出生日期 %s 晚于收案日期 %s, 请核实",
			 date_iso(birth, born), date_iso(on, day));
		note = true;
	} else if (age < 16) {
		snprintf(msg, size, "按身份证号, 收案时年仅 %d 岁, 请核实 (未满十六周岁)", age);
		note = true;
	} else if (age > 70) {
		snprintf(msg, size, "按身份证号, 收案时已 %d 岁, 请核实 (已过七十周岁)", age);
		note = true;
	}
	return note;
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

/*
 * The first character of a USCC names the registration authority, the
 * second the kind of body that authority registers: GB 32100-2015 with its
 * amendment No. 1 (2016), appendix A, as tabulated for instance in the
 * gb32100 package of github.com/issue9/web.  "Y" (other authorities) has
 * no kinds and always writes 1.
 */
static const struct {
	char code;
	const char *zh;
	const char *kinds;
} authorities[] = {
	{'1', "机构编制", "1239"},  /* 机关, 事业单位, 编办管理的群众团体, 其他 */
	{'2', "外交", "19"},        /* 外国常驻新闻机构, 其他 */
	{'3', "司法行政", "123459"}, /* 律所, 公证处, 基层法律服务所, 司法鉴定, 仲裁委, 其他 */
	{'4', "文化", "19"},        /* 外国在华文化中心, 其他 */
	{'5', "民政", "1239"},      /* 社会团体, 民办非企业单位, 基金会, 其他 */
	{'6', "旅游", "129"},       /* 外国和港澳台旅游部门常驻代表机构, 其他 */
	{'7', "宗教", "129"},       /* 宗教活动场所, 宗教院校, 其他 */
	{'8', "工会", "19"},        /* 基层工会, 其他 */
	{'9', "工商 (市场监管)", "123"}, /* 企业, 个体工商户, 农民专业合作社 */
	{'A', "中央军委改革和编制办公室", "19"}, /* 军队事业单位, 其他 */
	{'N', "农业", "1239"},      /* 组级、村级、乡镇级集体经济组织, 其他 */
	{'Y', "其他", "1"},
};

/* "1、2、3" for "123". */
static void list_zh(const char *kinds, char *buf, size_t size)
{
	size_t n = 0;

	buf[0] = '\0';
	for (const char *k = kinds; *k && n + 8 < size; k++)
		n += (size_t)snprintf(buf + n, size - n, "%s%c", k == kinds ? "" : "、", *k);
}

/* The fault of the character ch (one character, as text) at 0-based
 * position i of a USCC whose first character is first, or TC_OK. */
static enum tc_status uscc_char(size_t i, const char *ch, char first, const char *field,
				struct tc_err *e)
{
	bool ascii = ch[0] != '\0' && ch[1] == '\0';
	size_t a;

	if (i == 0) {
		for (a = 0; a < sizeof authorities / sizeof authorities[0]; a++)
			if (ascii && ch[0] == authorities[a].code)
				return TC_OK;
		return err_set(e, TC_REFUSED, field,
			       "%s: 第1位 (登记管理部门代码) 应为 1-9、A、N 或 Y (现为 %s)", field, ch);
	}
	if (i == 1) {
		size_t na = sizeof authorities / sizeof authorities[0];
		char kinds[40];
		for (a = 0; a < na && authorities[a].code != first; a++)
			;
		assert(a < na); /* position 0 was checked first */
		if (ascii && strchr(authorities[a].kinds, ch[0]))
			return TC_OK;
		list_zh(authorities[a].kinds, kinds, sizeof kinds);
		return err_set(e, TC_REFUSED, field,
			       "%s: 第2位 (机构类别代码) 应为 %s: 第1位 %c 表示%s登记 (现为 %s)", field,
			       kinds, first, authorities[a].zh, ch);
	}
	if (i < 8) {
		if (ascii && is_digit(ch[0]))
			return TC_OK;
		return err_set(e, TC_REFUSED, field,
			       "%s: 第%zu位应为数字: 第3-8位是登记管理机关的行政区划代码 (现为 %s)", field,
			       i + 1, ch);
	}
	if (ascii && strchr(uscc_set, ch[0]))
		return TC_OK;
	return err_set(e, TC_REFUSED, field,
		       "%s: 第%zu位 \"%s\" 不是允许的字符 (只用数字和除 I、O、S、V、Z 外的大写字母)",
		       field, i + 1, ch);
}

enum tc_status ident_uscc_check(const char *in, char out[USCC_LEN], bool *bad_check,
				const char *field, struct tc_err *e)
{
	char *code = normalise(in, true);
	enum tc_status st = check_length(code, field, e);
	char ch[8], want;

	*bad_check = false;
	if (st != TC_OK)
		goto out;
	for (size_t i = 0; i < 18 && st == TC_OK; i++)
		st = uscc_char(i, char_at(code, i, ch), code[0], field, e);
	if (st != TC_OK)
		goto out;
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

/* s, without its '-', into buf (of size bytes); false when it does not
 * fit or holds anything but digits and '-'. */
static bool undashed(const char *s, size_t n, char *buf, size_t size)
{
	size_t k = 0;

	for (size_t i = 0; i < n; i++) {
		if (s[i] == '-')
			continue;
		if (!is_digit(s[i]) || k + 1 >= size)
			return false;
		buf[k++] = s[i];
	}
	buf[k] = '\0';
	return true;
}

/*
 * A landline: area code, local number, an extension after "转" or after a
 * last '-'.  Dashes between digits are ignored (0851-8555-1234 is
 * 0851-85551234) except where only the last one can tell an extension from
 * the number (0851-8555123-12).  out gets "AREA-LOCAL", then the extension
 * as it was marked.
 */
static bool landline(const char *s, char out[32])
{
	const char *zhuan = strstr(s, "转"), *ext = NULL, *last = NULL;
	size_t n = zhuan ? (size_t)(zhuan - s) : strlen(s), area, local, extlen = 0;
	char d[32];

	if (!undashed(s, n, d, sizeof d) || d[0] != '0')
		return false;
	/* 010 and 02x are the three-digit area codes; all others have four. */
	area = d[1] == '1' || d[1] == '2' ? 3 : 4;
	local = strlen(d) > area ? strlen(d) - area : 0;
	if (zhuan) {
		ext = zhuan + strlen("转");
		extlen = strlen(ext);
	} else if (local < 7 || local > 8) {
		for (size_t i = 0; i < n; i++)
			if (s[i] == '-')
				last = s + i;
	}
	if (last) {
		ext = last + 1;
		extlen = n - (size_t)(ext - s);
		if (!undashed(s, (size_t)(last - s), d, sizeof d))
			return false;
		local = strlen(d) > area ? strlen(d) - area : 0;
	}
	if (local < 7 || local > 8 || (area == 3 && local != 8) || d[area] == '0')
		return false;
	if (ext && (extlen < 1 || extlen > 6 || digits(ext) < extlen))
		return false;
	snprintf(out, 32, "%.*s-%s%s%.*s", (int)area, d, d + area,
		 !ext ? "" : zhuan ? "转" : "-", (int)extlen, ext ? ext : "");
	return true;
}

enum tc_status ident_phone_check(const char *in, char out[32], const char *field,
				 struct tc_err *e)
{
	char *s = normalise(in, false);
	enum tc_status st = TC_OK;
	char land[32];

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
	} else if (s[0] == '0' && landline(s, land)) {
		memcpy(out, land, strlen(land) + 1);
	} else {
		st = err_set(e, TC_REFUSED, field,
			     "%s: 号码格式不对: %s (手机号为1开头的11位数字, 固话要带区号, 如 0851-85551234)",
			     field, in);
	}
	free(s);
	return st;
}
