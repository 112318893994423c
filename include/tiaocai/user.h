/*
 * user.h - who is at the terminal and what their role lets them do.
 *
 * The acting user is the login name of the process.  $TIAOCAI_USER names
 * someone else only when the real login is an admin, or while the database
 * has no users at all (a new office setting itself up acts as admin).
 * Stage events have their own role column in the workflow table; the
 * permissions here cover everything else.
 */
#ifndef TIAOCAI_USER_H
#define TIAOCAI_USER_H

#include <stdbool.h>
#include <stdint.h>
#include "tiaocai/text.h"
#include "tiaocai/util.h"

struct db;

enum role {
	ROLE_ADMIN,
	ROLE_CLERK,
	ROLE_MEDIATOR,
	ROLE_ARBITRATOR,
	ROLE_LAWYER,
	ROLE_SUPERVISOR,
	ROLE_COUNT
};
#define ROLE_BIT(r) (1u << (r))
#define ROLES_ALL ((1u << ROLE_COUNT) - 1)

enum perm {
	PERM_CASE_ADD,   /* register an application */
	PERM_ROSTER,     /* import or change the roster */
	PERM_CALENDAR,   /* import a holiday calendar */
	PERM_USERS,      /* add users */
	PERM_SETTINGS,   /* office settings and clock rules */
	PERM_EXPORT,     /* the ledger, statistics and roster exports */
	PERM_COUNT
};

struct actor {
	int64_t user_id;    /* 0 while the database has no users */
	int64_t person_id;  /* roster entry of a mediator or arbitrator, or 0 */
	enum role role;
	char login[64];
	char name[TEXT_BYTES(TEXT_MAX_PERSON)];
};

/* "admin" <-> ROLE_ADMIN; role_parse also takes the Chinese names. */
const char *role_name(enum role r);
const char *role_zh(enum role r);
/* The roles of a ROLE_BIT() mask in Chinese, joined by "、" (appended to
 * sb, which should be empty), for a refusal: "管理员、院领导". */
void user_roles_zh(unsigned roles, struct strbuf *sb);
enum tc_status role_parse(const char *s, enum role *out, struct tc_err *e);

/* Work out the acting user (see above).  TC_REFUSED when the login is not
 * a registered user. */
enum tc_status user_resolve(struct db *db, struct actor *a, struct tc_err *e);
/* Fill *out with the user `login` as `by` may look at them (a dashboard
 * or agenda seen through their eyes): by itself when login is by's own
 * login, else the registered user of that login, which only an admin or a
 * supervisor may ask for.  TC_REFUSED, *out untouched, when by may not or
 * when no user has that login. */
enum tc_status user_view_as(struct db *db, const struct actor *by, const char *login,
			    struct actor *out, struct tc_err *e);
/* The login name of the real user (getuid), never taken from the
 * environment; "uidN" when the system has no name for it. */
void user_login_name(char out[64]);
/* TC_OK when a may do p, else TC_REFUSED naming the role that may. */
enum tc_status user_may(const struct actor *a, enum perm p, struct tc_err *e);
/* Read-only users see masked ID numbers and change nothing. */
bool user_read_only(const struct actor *a);

/* Add a user (login unique, role valid; person names a roster entry for a
 * mediator or arbitrator, may be NULL).  Journalled. */
enum tc_status user_add(struct db *db, const struct actor *by, const char *login,
			const char *name, const char *role, const char *person,
			struct tc_err *e);

struct user_row {
	char login[64];
	char name[TEXT_BYTES(TEXT_MAX_PERSON)];
	enum role role;
	char person[TEXT_BYTES(TEXT_MAX_PERSON)];
	char created_at[20];
};
/* All users in login order; the caller frees *out. */
enum tc_status user_list(struct db *db, struct user_row **out, size_t *n,
			 struct tc_err *e);

#endif
