/*
 * fuzz_cliargs.c - the value parsers behind the command line's options,
 * on arbitrary values.  Byte 0 picks the parser, the rest is the value:
 *
 * 0 --week: date_parse_week.  A week that parses is a Monday whose ISO
 *   week, written YYYY-Www, parses back to the same Monday.
 * 1 --at: wf_parse_at.  A time that parses is stored as 16 characters
 *   "YYYY-MM-DD HH:MM" of its day, which parse again to the same.
 * 2 --amount: wf_parse_amounts, one value a line (at most 8), for a case
 *   of 1-4 claim items (byte 1 picks how many, and whether an award needs
 *   per-item amounts).  Given per item, every item has an amount >= 0 and
 *   they add up to the total; a total alone is 0..MONEY_MAX.
 * 3 --claim: case_claim_split of each line (at most 8), then
 *   case_claims_check of the items for a case received 2026-11-22.  A
 *   split value joins back with its colons into the same text; checked
 *   items have amounts above 0 (or 0 for an Art 47(2) kind) and dates in
 *   order, not after the day.
 * 4 a case reference: case_ref_parse.  YEAR-SEQ comes back as itself.
 * 5 config: settings_check of the value for one setting (byte 1 picks
 *   it, or names none).  A value that passes is stored as text that
 *   passes again; counts and texts store as themselves, money as fen.
 * Every refusal carries a message.
 */
#include "tiaocai/case.h"
#include "tiaocai/date.h"
#include "tiaocai/money.h"
#include "tiaocai/settings.h"
#include "tiaocai/text.h"
#include "tiaocai/workflow.h"
#include "fuzz_util.h"

static void refused(const struct tc_err *e)
{
	if (e->status == TC_OK || e->msg[0] == '\0')
		abort();
}

static void week(const char *s)
{
	int monday, y, w, again;
	char buf[16];

	if (!date_parse_week(s, &monday))
		return;
	if (date_weekday(monday) != 1)
		abort();
	date_iso_week(monday, &y, &w);
	snprintf(buf, sizeof buf, "%04d-W%02d", y, w);
	if (!date_parse_week(buf, &again) || again != monday)
		abort();
}

static void at(const char *s)
{
	struct tc_err e = {0};
	char out[17], out2[17], iso[DATE_ISO_LEN];
	int day, day2;

	if (wf_parse_at(s, &day, out, &e) != TC_OK) {
		refused(&e);
		return;
	}
	if (strlen(out) != 16 || strncmp(out, date_iso(day, iso), 10) != 0 || out[10] != ' ')
		abort();
	if (wf_parse_at(out, &day2, out2, &e) != TC_OK || day2 != day || strcmp(out, out2) != 0)
		abort();
}

/* Up to max lines of s (s is cut in place). */
static size_t lines(char *s, char **v, size_t max)
{
	size_t n = 0;

	while (n < max) {
		v[n++] = s;
		char *nl = strchr(s, '\n');
		if (nl == NULL)
			break;
		*nl = '\0';
		s = nl + 1;
	}
	return n;
}

static void amounts(const char *s, uint8_t pick)
{
	static const char *const kinds[] = {"工资", "加班费", "经济补偿", "赔偿金"};
	char *copy = strdup(s), *v[8];
	size_t ncl = pick % 4 + 1;
	struct wf_request req = {.event = "award", .amounts = (const char *const *)v};
	int64_t total = -1, resolved[4];
	bool per_item;
	struct tc_err e = {0};

	req.namounts = lines(copy, v, 8);
	if (wf_parse_amounts(&req, kinds, ncl, pick & 4, &total, resolved, &per_item, &e) != TC_OK) {
		refused(&e);
	} else if (per_item) {
		int64_t sum = 0;
		for (size_t i = 0; i < ncl; i++) {
			if (resolved[i] < 0 || resolved[i] > MONEY_MAX)
				abort();
			sum += resolved[i];
		}
		if (sum != total)
			abort();
	} else if (total < 0 || total > MONEY_MAX || (pick & 4 && ncl > 1)) {
		abort();
	}
	free(copy);
}

static void claims(const char *s)
{
	char *copy = strdup(s), *v[8];
	struct case_claim_in in[8];
	struct case_new req = {.claims = in};
	size_t n = lines(copy, v, 8);
	struct tc_err e = {0};
	struct strbuf warn = {0}, joined = {0};
	int received = date_from_iso("2026-11-22");

	for (size_t i = 0; i < n; i++) {
		char *orig = strdup(v[i]);
		if (!case_claim_split(v[i], &req.claims[req.nclaims])) {
			free(orig);
			continue;
		}
		const struct case_claim_in *c = &req.claims[req.nclaims++];
		joined.len = 0;
		sb_printf(&joined, "%s:%s", c->kind, c->amount);
		if ((c->from == NULL) != (c->to == NULL))
			abort();
		if (c->from)
			sb_printf(&joined, ":%s:%s", c->from, c->to);
		if (strcmp(sb_str(&joined), orig) != 0)
			abort();
		free(orig);
	}
	if (case_claims_check(&req, received, &warn, &e) != TC_OK) {
		refused(&e);
	} else {
		for (size_t i = 0; i < req.nclaims; i++) {
			int64_t fen;
			int from = DATE_NONE, to = DATE_NONE;
			const struct case_claim_in *c = &req.claims[i];
			/* Above 0, or 0 for an Art 47(2) item (no money asked). */
			if (money_parse(c->amount, &fen, "", NULL) != TC_OK || fen < 0 ||
			    (fen == 0 && case_claim_final(c->kind) != CLAIM_FINAL_ALWAYS))
				abort();
			if (c->from && *c->from && date_parse(c->from, &from, "", NULL) != TC_OK)
				abort();
			if (c->to && *c->to && date_parse(c->to, &to, "", NULL) != TC_OK)
				abort();
			if ((from != DATE_NONE && to != DATE_NONE && from > to) ||
			    (to != DATE_NONE && to > received))
				abort();
		}
		if (warn.len && !fz_utf8_ok(sb_str(&warn)))
			abort();
	}
	sb_free(&warn);
	sb_free(&joined);
	free(copy);
}

static void ref(const char *s)
{
	int y, n, y2, n2;
	char buf[32];

	if (!case_ref_parse(s, &y, &n))
		return;
	if (y <= 1900 || n <= 0)
		abort();
	snprintf(buf, sizeof buf, "%d-%d", y, n);
	if (!case_ref_parse(buf, &y2, &n2) || y2 != y || n2 != n)
		abort();
}

static void setting(const char *s, uint8_t pick)
{
	const struct setting_def *defs;
	size_t nd = settings_defs(&defs);
	const char *key = pick < nd * 8 ? defs[pick % nd].key : "no_such_setting";
	enum setting_type type = pick < nd * 8 ? defs[pick % nd].type : SETTING_TEXT;
	char *stored = (char *)"junk", *again = NULL;
	struct tc_err e = {0};

	if (settings_check(key, s, &stored, &e) != TC_OK) {
		if (stored != NULL)
			abort();
		refused(&e);
		return;
	}
	if (stored == NULL || !fz_utf8_ok(stored))
		abort();
	if (type == SETTING_MONEY) {
		char *end;
		long long fen = strtoll(stored, &end, 10);
		if (*end || fen <= 0 || fen > MONEY_MAX)
			abort();
	} else if (settings_check(key, stored, &again, &e) != TC_OK || strcmp(again, stored) != 0) {
		abort();
	}
	free(again);
	free(stored);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 2)
		return 0;
	char *s = fz_string(data + 2, size - 2);
	switch (data[0] % 6) {
	case 0: week(s); break;
	case 1: at(s); break;
	case 2: amounts(s, data[1]); break;
	case 3: claims(s); break;
	case 4: ref(s); break;
	case 5: setting(s, data[1]); break;
	}
	free(s);
	return 0;
}
