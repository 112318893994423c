/*
 * fuzz_money.c - money_parse on arbitrary bytes.
 *
 * Asserts: an amount that parses is within 0..MONEY_MAX fen; both written
 * forms (money_plain "12345.67" and money_display "¥12,345.67") parse back
 * to the same fen; a refusal always carries a message.
 */
#include "tiaocai/money.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void round_trip(const char *shown, int64_t fen)
{
	int64_t again = -1;

	if (strlen(shown) >= MONEY_BUF - 1)
		abort();
	if (money_parse(shown, &again, "金额", NULL) != TC_OK || again != fen)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	char buf[MONEY_BUF];
	struct tc_err e = {0};
	int64_t fen = -1;

	if (s == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	if (money_parse(s, &fen, "金额", &e) == TC_OK) {
		if (fen < 0 || fen > MONEY_MAX)
			abort();
		round_trip(money_plain(fen, buf), fen);
		round_trip(money_display(fen, buf), fen);
	} else if (e.status == TC_OK || e.msg[0] == '\0') {
		abort();
	}
	free(s);
	return 0;
}
