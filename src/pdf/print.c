/*
 * print.c - a document to the printer: rendered as PDF straight into lp's
 * standard input through a pipe, so no file with the office's data is
 * left anywhere, even if the program is killed; lp gets an argument list
 * (no shell sees the printer's name).
 */
#include "pdf.h"
#include "tiaocai/spawn.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

enum tc_status pdf_print(const struct rdoc *d, const char *printer, int *pages, struct tc_err *e)
{
	char *argv[] = {"lp", "-d", (char *)printer, NULL};
	char path[32];
	int p[2];
	pid_t pid;

	if (pipe(p) != 0)
		return err_set(e, TC_STORAGE, "printer", "无法运行 lp: %s", strerror(errno));
	if ((pid = spawn_run(argv, p[0], -1, false)) < 0) {
		close(p[0]);
		close(p[1]);
		return err_set(e, TC_STORAGE, "printer", "无法运行 lp: %s", strerror(errno));
	}
	close(p[0]);
	snprintf(path, sizeof path, "/dev/fd/%d", p[1]);
	void (*old)(int) = signal(SIGPIPE, SIG_IGN); /* lp may stop reading */
	enum tc_status st = pdf_render(d, path, pages, e);
	close(p[1]);
	signal(SIGPIPE, old);
	int rc = spawn_wait(pid);
	if (rc == 127)
		return err_set(e, TC_REFUSED, "printer", "本机没有安装打印系统 (CUPS 的 lp)");
	if (rc != 0)
		return err_set(e, TC_REFUSED, "printer", "打印机 %s 没有接受打印任务 (lp 失败)", printer);
	return st;
}
