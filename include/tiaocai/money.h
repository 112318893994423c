/*
 * money.h - amounts of money as integer fen (1 yuan = 100 fen).
 *
 * Never floating point.  Parsing accepts what clerks type: 12345, 12,345.67,
 * ¥12345.6, ￥12345, 1.5万, 12345元; storage is fen; the command line and
 * CSV write plain yuan (12345.67), screens and reports ¥12,345.67.
 */
#ifndef TIAOCAI_MONEY_H
#define TIAOCAI_MONEY_H

#include <stdint.h>
#include "tiaocai/util.h"

#define MONEY_MAX ((int64_t)100000000000000) /* 1e12 yuan in fen: far past any claim */
#define MONEY_BUF 32

/* Parse s into *fen.  Negative amounts, more than two decimals (more than
 * six with 万), misplaced thousands separators and amounts above MONEY_MAX are
 * refused with a message naming field and an example of the right form. */
enum tc_status money_parse(const char *s, int64_t *fen, const char *field,
			   struct tc_err *e);
/* "12345.67" (no separators, two decimals, '-' when negative). */
char *money_plain(int64_t fen, char buf[MONEY_BUF]);
/* "¥12,345.67". */
char *money_display(int64_t fen, char buf[MONEY_BUF]);

#endif
