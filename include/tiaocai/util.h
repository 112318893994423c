/*
 * util.h - allocation wrappers, a growable string and the status every core
 * call returns.
 *
 * The core never prints and never exits: a call that can fail fills a
 * struct tc_err and returns its status.  The front ends turn the status
 * into an exit code (the numbers are the command line's exit statuses) and
 * print the message.
 */
#ifndef TIAOCAI_UTIL_H
#define TIAOCAI_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Outcome of a core call; the values are the command line's exit codes. */
enum tc_status {
	TC_OK = 0,      /* done */
	TC_REFUSED = 1, /* bad input, not found, not permitted, stale edit */
	TC_USAGE = 2,   /* the caller asked something malformed */
	TC_STORAGE = 3, /* database locked, corrupt, disk full */
};

/* A status with a message for the user (Chinese, one line) and the name of
 * the field it is about, or "" when it is about no single field. */
struct tc_err {
	enum tc_status status;
	char field[64];
	char msg[512];
};

/* Set *e (which may be NULL) and return st.  field may be NULL.  The
 * message may quote what was typed or stored, and may be cut at its size
 * in the middle of a character: whoever shows it cleans it (text_scrub,
 * text_fit). */
enum tc_status err_set(struct tc_err *e, enum tc_status st, const char *field,
		       const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void err_clear(struct tc_err *e);

/* Allocation failures abort the program with a message: no caller checks. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
/* Grow the array p of elements of `size` bytes so that it holds at least
 * `need`, doubling *cap; returns the (possibly moved) array. */
void *xgrow(void *p, size_t *cap, size_t need, size_t size);
char *xstrndup(const char *s, size_t n);
/* A newly allocated string; the caller frees it. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A growable NUL-terminated byte string.  Zero-initialise, then append;
 * sb_free releases it, sb_take hands the buffer to the caller. */
struct strbuf {
	char *buf;
	size_t len, cap;
};
void sb_add(struct strbuf *sb, const char *s, size_t n);
void sb_puts(struct strbuf *sb, const char *s);
void sb_printf(struct strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void sb_vprintf(struct strbuf *sb, const char *fmt, va_list ap);
const char *sb_str(const struct strbuf *sb); /* "" while empty */
char *sb_take(struct strbuf *sb);            /* caller frees */
void sb_free(struct strbuf *sb);

/* A list of owned strings. */
struct strlist {
	char **v;
	size_t n, cap;
};
void sl_push(struct strlist *l, const char *s); /* copies s */
void sl_free(struct strlist *l);

#endif
