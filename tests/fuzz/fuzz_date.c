/*
 * fuzz_date.c - date_parse on arbitrary bytes.
 *
 * Asserts: a date that parses is a real date in years 1..9999; its ISO
 * form reads back (through date_parse and date_from_iso) to the same day;
 * a refusal always carries a message.
 */
#include "tiaocai/date.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	struct tc_err e = {0};
	int day = DATE_NONE;

	if (s == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	if (date_parse(s, &day, "日期", &e) == TC_OK) {
		char iso[DATE_ISO_LEN];
		int y, m, d, again = DATE_NONE;

		if (day == DATE_NONE)
			abort();
		date_to_ymd(day, &y, &m, &d);
		if (date_from_ymd(y, m, d) != day || y < 1 || y > 9999)
			abort();
		date_iso(day, iso);
		if (strlen(iso) != 10 || date_from_iso(iso) != day)
			abort();
		if (date_parse(iso, &again, "日期", NULL) != TC_OK || again != day)
			abort();
	} else if (e.status == TC_OK || e.msg[0] == '\0') {
		abort();
	}
	free(s);
	return 0;
}
