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
#include <stddef.h>
#include "tiaocai/util.h"

#define IDNO_LEN 19   /* 18 characters and NUL */
#define USCC_LEN 19

/* Normalise (full-width digits and letters to ASCII, x to X, spaces and
 * hyphens of any width dropped) and check an ID number: 18 characters, 17
 * digits and a check character, an address code whose first two digits
 * name a province-level division (GB/T 2260; 000000 is refused), a real
 * birth date not after `today` (a day number; DATE_NONE skips that part).
 * On success out holds the normalised number.  field names the field in
 * the message. */
enum tc_status ident_id_check(const char *in, int today, char out[IDNO_LEN],
			      const char *field, struct tc_err *e);
/* The check character ('0'..'9' or 'X') for the first 17 digits. */
char ident_id_checkchar(const char *first17);
/* Birth date (day number) and sex ("男"/"女") of a valid normalised ID. */
int ident_id_birth(const char *id);
const char *ident_id_sex(const char *id);
/* Whether the person with ID number id (as typed: it is normalised here)
 * was under 16 or over 70 in whole years on day `on`, or born after it:
 * then true, with a note for the clerk in msg (size bytes; 160 suffice),
 * e.g. "按身份证号, 收案时年仅 11 岁, 请核实 (未满十六周岁)".  Not a
 * refusal: child labour and old workers are real cases, but so are typing
 * mistakes in the birth date.  False, msg "", when the ID has no birth
 * date to read or `on` is DATE_NONE. */
bool ident_id_age_note(const char *id, int on, char *msg, size_t size);
/* 110105********002X: the first six and last four characters kept. */
void ident_id_mask(const char *id, char out[IDNO_LEN]);

/* Normalise (as an ID number) and check a USCC: 18 characters of the
 * code's set, a known registration authority (1-9, A, N, Y) first, a type
 * that authority registers second, digits in positions 3-8 (the
 * registering office's division).  A code of that shape whose check
 * character is wrong gives TC_REFUSED with *bad_check set to true (the
 * clerk may override it with a reason); any other fault sets it false. */
enum tc_status ident_uscc_check(const char *in, char out[USCC_LEN], bool *bad_check,
				const char *field, struct tc_err *e);
char ident_uscc_checkchar(const char *first17); /* '\0' if a character is not allowed */

/* Mainland mobile (1[3-9] + 9 digits) or a landline with area code
 * (0xx-xxxxxxxx, 0xxx-xxxxxxx, extension after '-' or '转' allowed).
 * Spaces and hyphens of any width between the digits are ignored.  out
 * gets the normalised number: a mobile as its 11 digits, a landline as
 * AREA-LOCAL with its extension. */
enum tc_status ident_phone_check(const char *in, char out[32], const char *field,
				 struct tc_err *e);

#endif
