/*
 * fuzz_util.h - what the fuzz targets share: a private scratch directory
 * made once per process, the input written to a file in it, and a strict
 * UTF-8 test.  Header-only: each target is one translation unit.
 */
#ifndef TIAOCAI_FUZZ_UTIL_H
#define TIAOCAI_FUZZ_UTIL_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char fz_dir[64], fz_in[96], fz_out[96];

static void fz_cleanup(void)
{
	unlink(fz_in);
	unlink(fz_out);
	rmdir(fz_dir);
}

/* Make the scratch directory: fz_in and fz_out are two file names in it. */
static void fz_scratch(const char *name)
{
	const char *tmp = getenv("TMPDIR");

	snprintf(fz_dir, sizeof fz_dir, "%s/%s.XXXXXX",
		 tmp && *tmp && strlen(tmp) < 30 ? tmp : "/tmp", name);
	if (mkdtemp(fz_dir) == NULL) {
		perror("mkdtemp");
		exit(1);
	}
	snprintf(fz_in, sizeof fz_in, "%s/in.csv", fz_dir);
	snprintf(fz_out, sizeof fz_out, "%s/out.csv", fz_dir);
	atexit(fz_cleanup);
}

static void fz_put_file(const char *path, const void *data, size_t size)
{
	FILE *fp = fopen(path, "wb");

	if (fp == NULL || (size && fwrite(data, 1, size, fp) != size) || fclose(fp) != 0) {
		perror(path);
		abort();
	}
}

/* The input as a NUL-terminated string (an embedded NUL ends it). */
static char *fz_string(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);

	if (s == NULL)
		abort();
	memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

/* Strict UTF-8: no overlong forms, no surrogates, nothing past U+10FFFF. */
static bool fz_utf8_ok(const char *str)
{
	const unsigned char *s = (const unsigned char *)str;

	while (*s) {
		unsigned c = *s, min;
		size_t len;

		if (c < 0x80) {
			s++;
			continue;
		} else if (c >= 0xC2 && c <= 0xDF) {
			len = 2, min = 0x80, c &= 0x1F;
		} else if (c >= 0xE0 && c <= 0xEF) {
			len = 3, min = 0x800, c &= 0x0F;
		} else if (c >= 0xF0 && c <= 0xF4) {
			len = 4, min = 0x10000, c &= 0x07;
		} else {
			return false;
		}
		for (size_t k = 1; k < len; k++) {
			if ((s[k] & 0xC0) != 0x80)
				return false;
			c = (c << 6) | (s[k] & 0x3F);
		}
		if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
			return false;
		s += len;
	}
	return true;
}

/* A refusal's message begins with the file's name and a colon. */
static void fz_names_file(const char *msg, const char *path)
{
	size_t n = strlen(path);

	if (strncmp(msg, path, n) != 0 || msg[n] != ':') {
		fprintf(stderr, "message does not name %s: %s\n", path, msg);
		abort();
	}
}

#endif
