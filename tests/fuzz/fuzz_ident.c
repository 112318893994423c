/*
 * fuzz_ident.c - ident_id_check, ident_uscc_check and ident_phone_check
 * on arbitrary bytes.
 *
 * Asserts: a normalised output is NUL-terminated within its buffer, and an
 * output that passed (for a USCC: that came back, even with a bad check
 * character) passes again unchanged with the same verdict; an ID that
 * passed has a birth date not after the fixed "today".
 */
#include "tiaocai/date.h"
#include "tiaocai/ident.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

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
	free(s);
	return 0;
}
