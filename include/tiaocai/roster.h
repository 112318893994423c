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
 * file.  For one case this module also says who must step aside (回避) and
 * ranks the others (roster_suggest), and it gives each person's record of
 * the year (roster_person_stats); the rules are in tiaocai(5), CHOOSING A
 * MEDIATOR OR ARBITRATOR.
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

/* ---- choosing a mediator or arbitrator ------------------------------ */

/* The name of a unit as the 回避 check compares it, newly allocated:
 * spaces gone, full-width letters and digits made ASCII, a bracketed
 * part at the end dropped with its contents and other brackets dropped
 * alone, a branch (某某有限公司贵阳分公司) read as its company, a mediation
 * committee's words at the end (劳动争议调解委员会...) dropped, then 有限公司,
 * 有限责任公司 and 股份有限公司 dropped wherever they stand.  "" when
 * nothing is left. */
char *roster_unit_key(const char *name);

/* Whether person person_id is connected to a party of case case_id so
 * that they must step aside (回避, 调解仲裁法 Art 33, 办案规则 Art 10):
 * their organisation is a party (the same unit by roster_unit_key, or the
 * same 统一社会信用代码), they bear the name of a party who is a person, or
 * of an agent of a party (the roster keeps no ID numbers, so a name is
 * all there is to go on).  *conflict gets the answer; why (size bytes, may
 * be NULL) every ground in Chinese joined by "; " ("所属 某某公司调解委员会
 * 与被申请人 某某有限公司 为同一单位"), "" when none.  Reads only: the
 * workflow may call it inside its transaction.  TC_REFUSED when the case
 * or the person does not exist. */
enum tc_status roster_conflict(struct db *db, int64_t case_id, int64_t person_id,
			       bool *conflict, char *why, size_t size, struct tc_err *e);

/* The role a case wants now: "mediator" before the hearing stage (a
 * suspended case: before the stage it left), else "arbitrator".  Static
 * string in *role. */
enum tc_status roster_suggest_role(struct db *db, int64_t case_id, const char **role,
				   struct tc_err *e);

/* One person as roster_suggest ranks them.  Strings are owned by the row
 * ("" when empty, never NULL). */
struct roster_suggestion {
	int rank;                 /* 1 is the best; 回避 rows come last */
	int64_t person_id;
	char *name, *org;
	char *ref;                /* what the workflow takes: the name, or 姓名@组织
				     when two people of the role share the name */
	bool recuse;              /* 回避: never ranked first */
	char *recuse_why;         /* roster_conflict's reasons */
	bool full;                /* 已满: far above the median caseload */
	bool in_house;            /* an in-company committee's member, of a firm
				     that is not a party */
	bool current;             /* already this case's mediator or arbitrator */
	char *reasons;            /* every reason in Chinese, joined by "; " */
	int score;                /* the sum of the four parts below */
	int spec_points, lang_points, load_points, rotation_points;
	char *spec_matched;       /* the specialties that match, joined by 、 */
	char *lang_matched;       /* the languages that match, joined by 、 */
	int caseload;             /* open cases (as roster_people counts them) */
	int median2;              /* twice the median caseload of the role's
				     eligible people (so 7 is 3.5) */
	char last_given[DATE_ISO_LEN]; /* the day of their latest case, "" none */
	int idle_days;            /* days since then, -1 when none */
};

/* The people of role ("mediator" or "arbitrator"; NULL or "" for
 * roster_suggest_role's choice) who may take case case_id on day today
 * (在册 and within their term), best first: 回避 last, then 已满, then
 * members of other firms' in-company committees, then everyone else;
 * within each group by score (specialty, language, caseload, rotation),
 * then by name.  Only the office's desk (管理员, 院领导, 书记员) may ask:
 * the list says who will probably be given the case, which a party's
 * lawyer must not learn first.  The caller frees with
 * roster_suggestions_free. */
enum tc_status roster_suggest(struct db *db, const struct actor *a, int64_t case_id,
			      const char *role, int today, struct roster_suggestion **out,
			      size_t *n, struct tc_err *e);
void roster_suggestions_free(struct roster_suggestion *rows, size_t n);

/* What roster_suggest weighed for a case, for the heading of a list. */
struct roster_basis {
	const char *role;         /* "mediator" or "arbitrator" (static) */
	char *needs;              /* the specialties the case calls for, joined by
				     、, "" when none */
	char *homes;              /* where the applicants come from by their ID
				     numbers ("贵州黔东南州 2 人、四川 1 人"), "" when
				     no applicant has one */
};
/* The same permission as roster_suggest.  Free with roster_basis_free. */
enum tc_status roster_suggest_basis(struct db *db, const struct actor *a, int64_t case_id,
				    const char *role, struct roster_basis *out,
				    struct tc_err *e);
void roster_basis_free(struct roster_basis *b);

/* A person's record for one year: the cases given to them whose number
 * is of that year, how many of those are closed, how many of the closed
 * ones ended in a settlement (调解, 案外调解), and the average days from
 * their start (a mediator's: the start of mediation; an arbitrator's:
 * acceptance) to closing. */
struct roster_stats {
	int year;
	int cases, closed, settled;
	int rate;                 /* settled per hundred closed, rounded; -1 when
				     none is closed */
	double avg_days;          /* -1 when none is closed */
};
/* Stats of person_id for year.  Read-only users (lawyers) are refused:
 * the figures are the office's own.  Costs grow with the person's cases
 * of that year, not with the years on file. */
enum tc_status roster_person_stats(struct db *db, const struct actor *a, int64_t person_id,
				   int year, struct roster_stats *out, struct tc_err *e);

#endif
