/*
 * fuzz_ident.c - ident_id_check, ident_uscc_check and ident_phone_check
 * on arbitrary bytes.
 *
 * Asserts: a normalised output is NUL-terminated within its buffer, and an
 * output that passed (for a USCC: that came back, even with a bad check
 * character) passes again unchanged with the same verdict; an ID that
 * passed has a birth date not after the fixed "today" and a province code
 * of GB/T 2260 (or 83); a USCC that came back has a known authority and
 * kind and digits in positions 3-8; no output holds a space, and only a
 * landline a hyphen; the age note is set exactly when it says so.  The
 * tables here are written out again, not taken from ident.c.
 */
#include "tiaocai/date.h"
#include "tiaocai/ident.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static bool province_ok(const char *id)
{
	static const char *const ok = "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 "
				      "46 50 51 52 53 54 61 62 63 64 65 71 81 82 83";
	for (const char *p = ok; *p; p += p[2] ? 3 : 2)
		if (p[0] == id[0] && p[1] == id[1])
			return true;
	return false;
}

static bool uscc_shape_ok(const char *c)
{
	static const char *const kinds[] = {"11239", "219", "3123459", "419", "51239", "6129",
					    "7129", "819", "9123", "A19", "N1239", "Y1"};
	bool kind = false;

	for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (kinds[i][0] == c[0] && strchr(kinds[i] + 1, c[1]) && c[1])
			kind = true;
	for (int i = 2; i < 8; i++)
		if (c[i] < '0' || c[i] > '9')
			return false;
	return kind;
}

static void check_age(const char *s, int on)
{
	char msg[160];

	memset(msg, 'x', sizeof msg);
	bool note = ident_id_age_note(s, on, msg, sizeof msg);
	if (strnlen(msg, sizeof msg) == sizeof msg || note != (msg[0] != '\0'))
		abort();
	if (ident_id_age_note(s, on, msg, 0))
		abort();
}

static void check_id(const char *s, int today)
{
	char out[IDNO_LEN], again[IDNO_LEN];
	struct tc_err e = {0};

	memset(out, 0, sizeof out);
	if (ident_id_check(s, today, out, "身份证号", &e) != TC_OK) {
		if (e.msg[0] == '\0')
			abort();
		return;
	}
	if (strnlen(out, sizeof out) != 18)
		abort();
	if (ident_id_check(out, today, again, "身份证号", NULL) != TC_OK ||
	    strcmp(out, again) != 0)
		abort();
	if (ident_id_checkchar(out) != out[17])
		abort();
	int birth = ident_id_birth(out);
	if (birth == DATE_NONE || (today != DATE_NONE && birth > today))
		abort();
	if (!province_ok(out))
		abort();
}

static void check_uscc(const char *s)
{
	char out[USCC_LEN], again[USCC_LEN];
	bool bad = false, bad2 = false;
	struct tc_err e = {0};
	enum tc_status st, st2;

	memset(out, 0, sizeof out);
	st = ident_uscc_check(s, out, &bad, "统一社会信用代码", &e);
	if (st != TC_OK && !bad) {
		if (e.msg[0] == '\0')
			abort();
		return;
	}
	if (strnlen(out, sizeof out) != 18)
		abort();
	st2 = ident_uscc_check(out, again, &bad2, "统一社会信用代码", NULL);
	if (st2 != st || bad2 != bad || strcmp(out, again) != 0)
		abort();
	if ((ident_uscc_checkchar(out) == out[17]) == bad)
		abort();
	if (!uscc_shape_ok(out))
		abort();
}

static void check_phone(const char *s)
{
	char out[32], again[32];
	struct tc_err e = {0};

	memset(out, 0, sizeof out);
	if (ident_phone_check(s, out, "电话", &e) != TC_OK) {
		if (e.msg[0] == '\0')
			abort();
		return;
	}
	if (strnlen(out, sizeof out) == sizeof out || out[0] == '\0')
		abort();
	if (ident_phone_check(out, again, "电话", NULL) != TC_OK || strcmp(out, again) != 0)
		abort();
	if (strchr(out, ' ') || (out[0] != '0' && strchr(out, '-')))
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	int today = date_from_ymd(2026, 11, 22);

	if (s == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	check_id(s, today);
	check_id(s, DATE_NONE);
	check_uscc(s);
	check_phone(s);
	check_age(s, today);
	free(s);
	return 0;
}
