/*
 * form.h - screen forms as data: forms/NAME.form files parsed into field
 * lists, and each field's value checked as the clerk leaves it.
 *
 * The program carries every form compiled in (form_builtin); an office may
 * put an edited copy of a form in its data directory, which is read
 * instead (form_load).  A bad form file is refused with FILE:LINE and the
 * reason.  The format is in the comment at the top of forms/intake.form
 * and in tiaocai(5), FORMS: fields one per line, repeated groups (every
 * applicant, every respondent), and groups nested in another (each
 * applicant's own claims).  Checking a value here is a courtesy to the
 * clerk (the message appears next to the field at once); the core checks
 * everything again when the form is saved.  No curses here.
 */
#ifndef TIAOCAI_FORM_H
#define TIAOCAI_FORM_H

#include <stdbool.h>
#include <stddef.h>
#include "tiaocai/util.h"

enum form_type {
	FORM_TEXT,      /* free text on one line */
	FORM_NAME,      /* a person's or an organisation's name */
	FORM_ID_NUMBER, /* 18-digit resident ID, check digit verified */
	FORM_USCC,      /* 18-character unified social credit code */
	FORM_PHONE,     /* mobile or fixed line */
	FORM_DATE,      /* any date form date_parse takes; shown as YYYY-MM-DD;
			 * not after today unless the field says "future" */
	FORM_DATETIME,  /* "YYYY-MM-DD HH:MM"; may lie in the future (a hearing) */
	FORM_MONEY,     /* yuan as typed (12000, 12,345.67, 1.5万); more than 0
			 * unless the field says "zero" */
	FORM_INT,       /* a whole number >= 0 */
	FORM_CHOICE,    /* one of choices */
	FORM_PERSON,    /* a roster person; choices[0] names the role: mediator, arbitrator or clerk */
	FORM_MEMO,      /* longer free text on one line */
	FORM_TYPE_COUNT
};

struct form_field {
	char *key;      /* "applicant.name" or "received" */
	char *group;    /* "applicant" for GROUP.NAME keys, NULL otherwise */
	char *parent;   /* the group this field's group is nested in (a
			 * "nest|claim|applicant" line: each applicant has its
			 * own claims), NULL otherwise */
	char *name;     /* the part after the group: "name" */
	char *label;
	enum form_type type;
	int width;      /* display columns */
	bool required;
	char **choices; /* FORM_CHOICE: the values, the first one initial;
			 * FORM_PERSON: the roster role; FORM_DATE: "future"
			 * when it may lie after today; FORM_MONEY: "zero" when
			 * 0 is allowed; NULL otherwise */
	size_t nchoices;
	char *help;
	int line;       /* line in the form file */
};

/* A "nest|CHILD|PARENT" line: every entry of group PARENT has its own
 * entries of group CHILD, whose fields follow PARENT's in the file.  One
 * level only: PARENT is not nested itself. */
struct form_nest {
	char *child, *parent;
	int line;
};

struct form_def {
	char *name;     /* "intake" */
	char *title;    /* from a "title|..." line when present, else the name */
	struct form_field *fields;
	size_t nfields;
	struct form_nest *nests;
	size_t nnests;
};

/* Parse the text of a form file (NUL-terminated; `file` names it in
 * messages).  On failure *out is untouched and the message is
 * "FILE:LINE: reason".  The caller frees with form_free. */
enum tc_status form_parse(const char *text, const char *file, const char *name,
			  struct form_def **out, struct tc_err *e);
/* The compiled-in copy of forms/NAME.form, or NULL when there is none. */
const char *form_builtin(const char *name);
/* NAME.form from the office's data directory when there is one (dir may
 * be NULL: then $TIAOCAI_FORMS, then the compiled-in copy), else the
 * compiled-in copy.  TC_REFUSED names the file and line of a bad form. */
enum tc_status form_load(const char *name, const char *dir, struct form_def **out,
			 struct tc_err *e);
/* Where form_load finds a file of the forms directory (NAME.form, or a
 * document template KIND.tpl, tmpl.h): dir/file when dir has it (dir NULL:
 * $TIAOCAI_FORMS/file), else the compiled-in copy.  *text gets the text
 * (NULL, with TC_OK, when there is no such file anywhere) and *where the
 * path for messages ("forms/award.tpl (内置)" for the compiled-in copy),
 * both newly allocated for the caller to free.  A file that is there but
 * cannot be read is refused (TC_REFUSED), named as what says ("表单文件"). */
enum tc_status form_source(const char *file, const char *dir, const char *what, char **text,
			   char **where, struct tc_err *e);
void form_free(struct form_def *f);
const struct form_field *form_find(const struct form_def *f, const char *key);
/* The group that group is nested in, or NULL (not nested, or no such
 * group).  The string belongs to f. */
const char *form_parent(const struct form_def *f, const char *group);
const char *form_type_name(enum form_type t);

/* Check value for field f as the clerk leaves it (today: day number, for
 * dates that may not lie in the future).  Empty is fine unless required.
 * On failure returns TC_REFUSED with a message in words (e.g.
 * "身份证号码校验位不符 (第18位应为 X)"), field = f->key.  norm (may be
 * NULL) gets the value as the screen should show it afterwards
 * (a date as YYYY-MM-DD, money as 12,345.67): a new string the caller
 * frees, or NULL when the value is kept as typed. */
enum tc_status form_check(const struct form_field *f, const char *value, int today,
			  char **norm, struct tc_err *e);

#endif
