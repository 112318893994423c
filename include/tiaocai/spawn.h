/*
 * spawn.h - running another program: the printer (lp, lpstat) and the
 * user's editor.
 *
 * The child gives up the office group and every descriptor but the three
 * it is given before it runs anything: a program of the user's choosing
 * must reach neither the database nor the group's rights.  No shell ever
 * sees an argument.
 */
#ifndef TIAOCAI_SPAWN_H
#define TIAOCAI_SPAWN_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

/* Start argv[0] (found in PATH) with stdin from in_fd and stdout into
 * out_fd (-1: /dev/null for each) and stderr to /dev/null; or, with
 * tty, on the terminal as it is (an editor).  The child's pid, or -1. */
pid_t spawn_run(char *const argv[], int in_fd, int out_fd, bool tty);
/* Wait for pid: its exit status, 127 when it could not be run, -1 when it
 * was killed or could not be waited for. */
int spawn_wait(pid_t pid);
/* The default printer's name from `lpstat -d`, or false with why set
 * (no printing system, no default printer). */
bool spawn_default_printer(char *name, size_t size, char *why, size_t whysize);

#endif
