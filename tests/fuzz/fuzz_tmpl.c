/*
 * fuzz_tmpl.c - tmpl_parse and tmpl_render on arbitrary bytes: an office's
 * edited copy of a document template is outside input.
 *
 * The input is parsed as a template.  Asserts: a refusal carries
 * "fuzz.tpl:LINE: reason"; a template that parses renders, with a document
 * of values (every field set, every list with two items, nested ones too,
 * the sections written), into a letter that renders as text, or is refused
 * with "fuzz.tpl:LINE: reason" (a %section the award has not); and, without
 * the sections, renders again or is refused with a message.
 */
#include "tiaocai/docfields.h"
#include "tiaocai/doc.h"
#include "tiaocai/rdoc.h"
#include "tiaocai/tmpl.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Every field of the catalogue, every list with two items. */
static struct docvals *values(bool sections)
{
	const struct docfield *f;
	size_t n = docfields_catalogue(&f);
	struct docvals *v = docvals_new(doc_kind_find("award"));

	for (size_t i = 0; i < n; i++)
		if (f[i].item == NULL && f[i].within == NULL)
			docvals_set(v, f[i].name, "值");
	/* Each list twice, its items' fields set, a nested list inside each. */
	for (size_t i = 0; i < n; i++) {
		if (f[i].item == NULL || f[i].within != NULL)
			continue;
		for (int k = 0; k < 2; k++) {
			docvals_add_item(v, f[i].name);
			for (size_t j = 0; j < n; j++) {
				if (f[j].within == NULL || strcmp(f[j].within, f[i].item) != 0)
					continue;
				if (f[j].item == NULL) {
					docvals_set(v, f[j].name, "项");
					continue;
				}
				docvals_add_item(v, f[j].name);
				for (size_t m = 0; m < n; m++)
					if (f[m].item == NULL && f[m].within &&
					    strcmp(f[m].within, f[j].item) == 0)
						docvals_set(v, f[m].name, "子项");
			}
		}
	}
	if (sections) {
		docvals_set_section(v, "facts", "查明的事实。\n\n第二段。");
		docvals_set_section(v, "reasons", "理由。");
		docvals_set_section(v, "account", "案情。");
		docvals_set_section(v, "terms", "履行方式。");
	}
	return v;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	struct tmpl *t = NULL;
	struct tc_err e = {0};

	if (s == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	if (tmpl_parse(s, "fuzz.tpl", &t, &e) != TC_OK) {
		if (e.status != TC_REFUSED || strncmp(e.msg, "fuzz.tpl:", 9) != 0)
			abort();
		free(s);
		return 0;
	}
	for (int pass = 0; pass < 2; pass++) {
		struct docvals *v = values(pass == 0);
		struct rdoc d;
		struct tc_err re = {0};
		rdoc_init(&d, NULL, NULL, NULL, NULL);
		rdoc_letter(&d);
		enum tc_status st = tmpl_render(t, v, &d, &re);
		/* With every section written, the only refusal is a template
		 * wrong for the kind (a %section the award has not), and it
		 * names the template's line. */
		if (st != TC_OK && re.msg[0] == '\0')
			abort();
		if (st != TC_OK && pass == 0 && strncmp(re.msg, "fuzz.tpl:", 9) != 0)
			abort();
		if (st == TC_OK) {
			struct strbuf sb = {0};
			rdoc_render_text(&d, 80, &sb);
			sb_free(&sb);
		}
		rdoc_free(&d);
		docvals_free(v);
	}
	tmpl_free(t);
	free(s);
	return 0;
}
