/*
 * ident.h - identifiers clerks type: 居民身份证号码 (GB 11643-1999),
 * 统一社会信用代码 (GB 32100-2015) and phone numbers.
 *
 * Checks return a message that says what is wrong and what would be right
 * ("申请人身份证号: 校验位不符, 第18位应为 X").  They never look at the
 * database.
 */
#ifndef TIAOCAI_IDENT_H
#define TIAOCAI_IDENT_H

#include <stdbool.h>
#include "tiaocai/util.h"

#define IDNO_LEN 19   /* 18 characters and NUL */
#define USCC_LEN 19

/* Normalise (full-width digits and letters to ASCII, x to X, spaces
 * dropped) and check an ID number: 18 characters, 17 digits and a check
 * character, a real birth date not after `today` (a day number; DATE_NONE
 * skips that part).  On success out holds the normalised number.
 * field names the field in the message. */
enum tc_status ident_id_check(const char *in, int today, char out[IDNO_LEN],
			      const char *field, struct tc_err *e);
/* The check character ('0'..'9' or 'X') for the first 17 digits. */
char ident_id_checkchar(const char *first17);
/* Birth date (day number) and sex ("男"/"女") of a valid normalised ID. */
int ident_id_birth(const char *id);
const char *ident_id_sex(const char *id);
/* 110105********002X: the first six and last four characters kept. */
void ident_id_mask(const char *id, char out[IDNO_LEN]);

/* Normalise and check a USCC.  A code of the right shape whose check
 * character is wrong gives TC_REFUSED with *bad_check set to true (the
 * clerk may override it with a reason); any other fault sets it false. */
enum tc_status ident_uscc_check(const char *in, char out[USCC_LEN], bool *bad_check,
				const char *field, struct tc_err *e);
char ident_uscc_checkchar(const char *first17); /* '\0' if a character is not allowed */

/* Mainland mobile (1[3-9] + 9 digits) or a landline with area code
 * (0xx-xxxxxxxx, 0xxx-xxxxxxx, hyphen optional, extension after '-' or
 * '转' allowed).  out gets the normalised number (spaces dropped). */
enum tc_status ident_phone_check(const char *in, char out[32], const char *field,
				 struct tc_err *e);

#endif
