/*
 * casejson.h - one case whole as JSON, for `case show --format json` and
 * for other systems (tiaocai(5), THE CASE AS JSON, lists the keys).
 */
#ifndef TIAOCAI_CASEJSON_H
#define TIAOCAI_CASEJSON_H

#include <stddef.h>
#include "tiaocai/case.h"
#include "tiaocai/journal.h"

/* The case d (read for the user who will see it, so masked as their role
 * requires) with its journal j, as indented UTF-8 JSON; the caller frees
 * it. */
char *case_json(const struct case_detail *d, const struct journal_row *j, size_t nj);

#endif
