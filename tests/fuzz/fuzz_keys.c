/*
 * fuzz_keys.c - keymap_load, the reader of ~/.config/tiaocai/keys, on
 * arbitrary files (src/tui/keymap.c, linked with ncursesw for the key
 * codes; no terminal is opened).
 *
 * Asserts after every load: each warning names the file and the line;
 * every action still has at least one key; the bindings written out as a
 * keys file ("action key key ...", the names keymap_keys shows) load
 * without a warning and show the same names.
 */
#include "../../src/tui/tui.h"
#include "fuzz_util.h"

#include <locale.h>

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	setlocale(LC_ALL, "C.UTF-8");
	fz_scratch("fuzz_keys");
	return 0;
}

/* The warnings are "PATH:LINE: ...; " one after another (the ... may
 * quote anything the file holds): they begin with "PATH:LINE: " and end
 * with "; ". */
static void warnings_ok(const char *w, const char *path)
{
	size_t n = strlen(path), len = strlen(w);
	const char *q = w + n + 1;

	if (len == 0)
		return;
	if (strncmp(w, path, n) != 0 || w[n] != ':' || *q < '1' || *q > '9')
		abort();
	while (*q >= '0' && *q <= '9')
		q++;
	if (q[0] != ':' || q[1] != ' ' || strcmp(w + len - 2, "; ") != 0)
		abort();
}

static void shown(char names[ACT_COUNT][160])
{
	for (int a = 1; a < ACT_COUNT; a++) {
		keymap_keys((enum action)a, names[a], 160);
		if (names[a][0] == '\0')
			abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char before[ACT_COUNT][160], after[ACT_COUNT][160];
	struct strbuf warn = {0};
	FILE *fp;

	fz_put_file(fz_in, data, size);
	keymap_load(fz_in, &warn);
	warnings_ok(sb_str(&warn), fz_in);
	sb_free(&warn);
	shown(before);

	/* The bindings as a keys file: " / " between names becomes a space. */
	fp = fopen(fz_out, "w");
	if (fp == NULL)
		abort();
	for (int a = 1; a < ACT_COUNT; a++) {
		const char *s = before[a];
		fprintf(fp, "%s ", action_def((enum action)a)->name);
		while (*s) {
			const char *sep = strstr(s + 1, " / ");
			size_t len = sep ? (size_t)(sep - s) : strlen(s);
			fprintf(fp, " %.*s", (int)len, s);
			s += len + (sep ? 3 : 0);
		}
		fputc('\n', fp);
	}
	if (fclose(fp) != 0)
		abort();
	keymap_load(fz_out, &warn);
	if (warn.len > 0) {
		fprintf(stderr, "the shown keys do not load again: %s\n", sb_str(&warn));
		abort();
	}
	sb_free(&warn);
	shown(after);
	for (int a = 1; a < ACT_COUNT; a++)
		if (strcmp(before[a], after[a]) != 0)
			abort();
	return 0;
}
