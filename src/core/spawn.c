/*
 * spawn.c - running another program (spawn.h): fork, give up the office
 * group and the descriptors, exec.
 */
#include "tiaocai/spawn.h"
#include "tiaocai/priv.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

pid_t spawn_run(char *const argv[], int in_fd, int out_fd, bool tty)
{
	pid_t pid = fork();

	if (pid != 0)
		return pid;
	if (!tty) {
		int devnull = open("/dev/null", O_RDWR);
		dup2(in_fd >= 0 ? in_fd : devnull, 0);
		dup2(out_fd >= 0 ? out_fd : devnull, 1);
		dup2(devnull, 2);
	}
	if (priv_child_drop() != 0)
		_exit(126);
	execvp(argv[0], argv);
	_exit(127);
}

int spawn_wait(pid_t pid)
{
	int status;

	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

bool spawn_default_printer(char *name, size_t size, char *why, size_t whysize)
{
	char *argv[] = {"lpstat", "-d", NULL};
	char line[256] = "";
	const char *colon;
	int p[2], rc;
	pid_t pid;

	name[0] = 0;
	if (pipe(p) != 0 || (pid = spawn_run(argv, -1, p[1], false)) < 0) {
		snprintf(why, whysize, "无法运行 lpstat");
		return false;
	}
	close(p[1]);
	FILE *fp = fdopen(p[0], "r");
	if (!fp || !fgets(line, sizeof line, fp))
		line[0] = 0;
	if (fp)
		fclose(fp);
	else
		close(p[0]);
	rc = spawn_wait(pid);
	if (rc == 127) {
		snprintf(why, whysize, "本机没有安装打印系统 (CUPS 的 lp/lpstat)");
		return false;
	}
	colon = strrchr(line, ':');
	if (!colon || strstr(line, "no system default")) {
		snprintf(why, whysize, "本机没有设置默认打印机 (lpstat -d)");
		return false;
	}
	snprintf(name, size, "%s", colon + 1 + (colon[1] == ' '));
	name[strcspn(name, "\r\n")] = 0;
	if (!name[0])
		snprintf(why, whysize, "本机没有设置默认打印机 (lpstat -d)");
	return name[0] != 0;
}
