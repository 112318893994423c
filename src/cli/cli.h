/*
 * cli.h - what the command-line front end's files share: the context of
 * one invocation, message printing, and the entry point of each command
 * group (one file per group).
 *
 * A command turns its arguments into core calls and the results into lines
 * on stdout; every refusal is one line on stderr, "tiaocai: ...", and the
 * exit status is the core's status (0 done, 1 refused, 2 usage, 3 storage).
 */
#ifndef TIAOCAI_CLI_H
#define TIAOCAI_CLI_H

#include <getopt.h>
#include <stdbool.h>
#include "tiaocai/db.h"
#include "tiaocai/user.h"
#include "tiaocai/util.h"

struct cli {
	const char *db_opt;  /* --db FILE, or NULL */
	char *db_path;       /* resolved path (owned) */
	struct db *db;       /* open database, after cli_open */
	struct actor actor;  /* acting user, after cli_open */
};

/* Print e's message as one line on stderr; returns e's status as exit code. */
int cli_fail(const struct tc_err *e);
/* Print "tiaocai: <message>" and a usage hint on stderr; returns 2. */
int cli_usage(const char *usage, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Open the database and resolve the acting user; 0 or an exit status
 * (the message already printed). */
int cli_open(struct cli *c);
/* Reset getopt before parsing a subcommand's options. */
void cli_getopt_reset(void);
/* Path of a file shipped in sample-data/ (next to the binary in the source
 * tree, or the installed data directory); newly allocated or NULL. */
char *cli_sample_file(const char *name);
/* Load the holiday calendars every new database starts with (shipped in
 * sample-data/), inside the caller's transaction. */
enum tc_status cli_load_calendars(struct db *db, const struct actor *a, struct tc_err *e);
/* Whether path ends in suffix (".pdf"), whatever its case. */
bool cli_has_suffix(const char *path, const char *suffix);
/* A report or a document d to out (cli_report.c): a PDF for a name ending
 * in .pdf, with odt an OpenDocument text for .odt, else text `width`
 * columns wide to the file or (no name, "-") standard output; `what`
 * names it on stderr.  The exit status (the message printed). */
struct rdoc;
int cli_put_rdoc(const struct rdoc *d, int width, const char *out, const char *what, bool odt,
		 struct tc_err *e);
/* Write the whole of sb to stdout; 3 when stdout fails (a full disk). */
int cli_write_out(const struct strbuf *sb);

/* Command groups; argv[0] is the group's name. */
int cli_init(struct cli *c, int argc, char **argv);
int cli_demo(struct cli *c, int argc, char **argv);
int cli_case(struct cli *c, int argc, char **argv);
int cli_roster(struct cli *c, int argc, char **argv);
int cli_calendar(struct cli *c, int argc, char **argv);
int cli_date(struct cli *c, int argc, char **argv);
int cli_export(struct cli *c, int argc, char **argv);
int cli_user(struct cli *c, int argc, char **argv);
int cli_rules(struct cli *c, int argc, char **argv);
int cli_backup(struct cli *c, int argc, char **argv);
int cli_config(struct cli *c, int argc, char **argv);
int cli_keys(struct cli *c, int argc, char **argv);
int cli_report(struct cli *c, int argc, char **argv);
int cli_import(struct cli *c, int argc, char **argv);
int cli_check(struct cli *c, int argc, char **argv);
int cli_agenda(struct cli *c, int argc, char **argv);
int cli_room(struct cli *c, int argc, char **argv);
int cli_hearings(struct cli *c, int argc, char **argv);
int cli_doc(struct cli *c, int argc, char **argv);
/* The 文书 section of `case show`: the documents made and those still to
 * make (nothing when there are none of either), the hearings a party was
 * not told of in time, and when the award or the 调解书 takes effect. */
struct case_detail;
void cli_doc_section(struct cli *c, const struct case_detail *d, struct strbuf *out);
/* `case GROUP ...` for the corrections (cli_correct.c): whether GROUP is
 * one of them, and the command with argv[0] = GROUP. */
bool cli_correct_is(const char *group);
int cli_correct(struct cli *c, int argc, char **argv);
void cli_correct_help(void); /* their usage, on stdout */
/* `case serve CASE ...` and `case services CASE ...` (cli_serve.c),
 * argv[0] = "serve" or "services"; their usage on stdout. */
int cli_serve(struct cli *c, int argc, char **argv);
void cli_serve_help(void);
/* `case suggest CASE ...` (cli_suggest.c), argv[0] = "suggest"; its usage
 * on stdout. */
int cli_suggest(struct cli *c, int argc, char **argv);
void cli_suggest_help(void);

#endif
