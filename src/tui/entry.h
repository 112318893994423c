/*
 * entry.h - how the command line reaches the terminal UI, without
 * including curses (the command-line files are built without it).
 */
#ifndef TIAOCAI_TUI_ENTRY_H
#define TIAOCAI_TUI_ENTRY_H

#include <stdbool.h>
#include <stdio.h>
#include "tiaocai/user.h"

struct db;

/* Run the terminal UI on db as actor until the user quits; returns the
 * exit status.  The terminal is restored however it ends. */
int app_run(struct db *db, const struct actor *actor);
/* Print the key table (every action, its keys and what it does) as text,
 * or as man(7) paragraphs for tiaocai(1) when man. */
void keymap_print(FILE *fp, bool man);

#endif
