/*
 * roster.h - the roster of mediation organisations, mediators, arbitrators
 * and clerks (调解组织和调解员名册, 仲裁员名册).
 *
 * The roster travels as one CSV file holding organisations and people
 * (the layout is in man/roster-layout.txt): an import validates the whole
 * file and then upserts it in one transaction, an export writes the same
 * layout back.  The workflow asks this module for a usable mediator or
 * arbitrator by name; lists carry each person's current caseload.  Single
 * people are added, edited, suspended and dismissed through the same
 * checks as a row of the file.  Organisations are edited only through the
 * file; the 回避 checks live elsewhere.
 */
#ifndef TIAOCAI_ROSTER_H
#define TIAOCAI_ROSTER_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include "tiaocai/csvio.h"
#include "tiaocai/date.h"
#include "tiaocai/user.h"
#include "tiaocai/util.h"

struct db;

/* "mediator" -> "调解员", likewise arbitrator and clerk; "?" otherwise. */
const char *roster_role_zh(const char *role);

/* Import the roster file at path (UTF-8 with or without a BOM, or
 * GB18030; Chinese or English headers).  Every row is checked first; the
 * first fault is reported as "FILE:LINE: column: reason" and nothing
 * changes.  Then organisations (keyed by name) and people (keyed by role,
 * name and organisation) are inserted or updated in one transaction and a
 * "roster" journal entry is written, so importing the same file twice
 * changes nothing the second time.  Rows absent from the file are kept.
 * Needs PERM_ROSTER.  *norgs and *npeople (either may be NULL) get the
 * number of organisation and person rows in the file. */
enum tc_status roster_import_file(struct db *db, const struct actor *a, const char *path,
				  size_t *norgs, size_t *npeople, struct tc_err *e);

/* The checks of roster_import_file on the file alone, without a database
 * (for tests and fuzzing): every row and the rows against each other,
 * except that a person's organisation missing from the file is not looked
 * for on the roster.  *norgs and *npeople get the row counts on success,
 * 0 otherwise; the message on refusal is the import's. */
enum tc_status roster_check_file(const char *path, size_t *norgs, size_t *npeople,
				 struct tc_err *e);

/* Find the person the workflow may assign: role is "mediator" or
 * "arbitrator" (or "clerk"), name a roster name or "姓名@组织" (the form
 * that tells apart two people of one name; "姓名@" means no organisation).
 * Refuses, naming the person, when nobody matches, when the name is
 * ambiguous, when the person is 暂停 or 解聘, or when `on` (a day number;
 * DATE_NONE skips this) lies outside the term.  *id gets the people.id. */
enum tc_status roster_person_find(struct db *db, const char *role, const char *name, int on,
				  int64_t *id, struct tc_err *e);

/* One organisation as stored; strings are owned by the row ("" when
 * empty, never NULL). */
struct roster_org {
	int64_t id;
	char *name, *type, *uscc, *area, *contact, *phone, *status;
	bool public;          /* false for in-company committees */
	int npeople;          /* people on the roster who belong to it */
};

/* All organisations in the order they were first imported.  The caller
 * frees with roster_orgs_free. */
enum tc_status roster_orgs(struct db *db, struct roster_org **out, size_t *n,
			   struct tc_err *e);
void roster_orgs_free(struct roster_org *rows, size_t n);

/* One person with the organisation's name and the current caseload.
 * Strings are owned by the row ("" when empty, never NULL). */
struct roster_person {
	int64_t id;
	const char *role;     /* "mediator", "arbitrator", "clerk" (static) */
	char *name, *org, *employment, *background, *cert_no;
	char *specialties, *languages;   /* items joined by "、" */
	char term_start[DATE_ISO_LEN], term_end[DATE_ISO_LEN];  /* "" when none */
	char *status, *status_reason, *phone;
	bool org_public;      /* false when the organisation is an in-company committee */
	int caseload;         /* open cases where this person is mediator or arbitrator */
};

/* People, mediators first, then arbitrators, then clerks, each in import
 * order; role (NULL for all) keeps one role.  The caseload comes from one
 * grouped query over the open cases.  a is who asks: for a read-only user
 * (a lawyer) the private fields, phone and status_reason, come back
 * empty, so no front can show them.  The caller frees with
 * roster_people_free. */
enum tc_status roster_people(struct db *db, const struct actor *a, const char *role,
			     struct roster_person **out, size_t *n, struct tc_err *e);
void roster_people_free(struct roster_person *rows, size_t n);

/* What a person's entry means on day `on`: "在册", "暂停", "解聘", or for an
 * active entry "期满" (term ended) and "未到任" (term not yet begun).
 * Static string. */
const char *roster_standing(const struct roster_person *p, int on);

/* Export options (bits). */
enum {
	ROSTER_EXPORT_EN = 1 << 0,     /* English keys and kinds (org, mediator...) */
	ROSTER_EXPORT_PUBLIC = 1 << 1, /* leave out in-company committees and their people */
};

/* Write the roster in the import layout onto fp: organisations first, then
 * people, in import order, so that export -> import into an empty
 * database -> export gives the same bytes.  Needs PERM_EXPORT (the file
 * holds every phone number); refused, nothing written, without it.  Does
 * not close fp. */
enum tc_status roster_export_fp(struct db *db, const struct actor *a, FILE *fp,
				enum csvio_encoding enc, unsigned flags, struct tc_err *e);
/* roster_export_fp into path, through a temporary file renamed into place,
 * so a failed export leaves no partial file; without PERM_EXPORT no file
 * is created. */
enum tc_status roster_export_file(struct db *db, const struct actor *a, const char *path,
				  enum csvio_encoding enc, unsigned flags, struct tc_err *e);

/* One person as typed on the roster screen or the command line (values
 * as in the roster file's person columns).  NULL or "" leaves a field
 * empty on add and unchanged on edit; "-" empties it (so an edit can clear
 * a phone or a term end as well as the organisation). */
struct roster_person_in {
	const char *role;        /* mediator arbitrator clerk (or 调解员 仲裁员 书记员); on
				    edit only checked: the role cannot change */
	const char *name;        /* required on add */
	const char *org;         /* an organisation already on the roster */
	const char *employment, *background, *cert_no;
	const char *specialties, *languages;  /* items separated by 、 , ; or spaces */
	const char *term_start, *term_end;    /* dates in any form date_parse takes */
	const char *phone;
};
/* Add a person (id 0; *out_id gets the new id) or change person id, with
 * the same checks as a roster file row: a faulty value is refused naming
 * its column by the file's Chinese header ("聘期结束: 聘期结束 2025-12-31
 * 早于聘期开始 2026-01-01"), and so is a role, name and organisation that
 * another entry already has ("名称: 名册中已有调解员 张三 (编号 12)").  One
 * transaction with a "roster" journal entry naming what changed; an edit
 * that changes nothing writes nothing.  Status stays as it is (see
 * roster_person_set_status).  Needs PERM_ROSTER.  out_id may be NULL. */
enum tc_status roster_person_save(struct db *db, const struct actor *a, int64_t id,
				  const struct roster_person_in *in, int64_t *out_id,
				  struct tc_err *e);
/* Set a person's status to 在册, 暂停 or 解聘 (reason required for 暂停
 * and 解聘), journalled.  Open cases keep their mediator; the workflow
 * stops assigning new ones.  Needs PERM_ROSTER. */
enum tc_status roster_person_set_status(struct db *db, const struct actor *a, int64_t id,
					const char *status, const char *reason,
					struct tc_err *e);
/* The person an editing command means, whatever their status or term:
 * name is a roster name, "姓名@组织" ("姓名@" for no organisation) or the
 * entry's number; role (NULL or "" for any) narrows it.  Refuses, listing
 * the entries that would do, when nobody matches or more than one does
 * (across roles it asks for the role, within one for 姓名@组织).  *id gets
 * the people.id. */
enum tc_status roster_person_lookup(struct db *db, const char *role, const char *name,
				    int64_t *id, struct tc_err *e);
/* One person by id, in the shape of roster_people (caseload included,
 * private fields empty for a read-only a).  The caller frees with
 * roster_people_free(p, 1). */
enum tc_status roster_person_get(struct db *db, const struct actor *a, int64_t id,
				 struct roster_person **out, struct tc_err *e);

#endif
