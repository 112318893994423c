/*
 * pdfload.c - the PDF renderer (src/pdf) loaded the first time something
 * is drawn or printed.  It is a module of its own (tiaocai-pdf.so) because
 * pango and cairo bring some forty shared objects whose loading cost every
 * command, printing or not, most of its start: 20 ms where the rest takes
 * 7.  The module's path is fixed when the program is built (Makefile:
 * the build's module, or the installed one for the installed program);
 * nothing in the environment chooses it, since the office's program runs
 * set-group-ID.
 */
#include "../pdf/pdf.h"

#include <dlfcn.h>
#include <stddef.h>

typedef enum tc_status (*pdf_fn)(const struct rdoc *d, const char *where, int *pages,
				 struct tc_err *e);

static pdf_fn render_fn, print_fn;

static enum tc_status load(struct tc_err *e)
{
	void *h;

	if (render_fn && print_fn)
		return TC_OK;
	if ((h = dlopen(TIAOCAI_PDF_MODULE, RTLD_NOW | RTLD_LOCAL)) == NULL)
		return err_set(e, TC_STORAGE, "pdf", "无法载入 PDF 排版模块 %s (%s), 请重新安装本程序",
			       TIAOCAI_PDF_MODULE, dlerror());
	/* POSIX's way to take a function from dlsym. */
	*(void **)&render_fn = dlsym(h, "pdfmod_render");
	*(void **)&print_fn = dlsym(h, "pdfmod_print");
	if (render_fn == NULL || print_fn == NULL) {
		render_fn = print_fn = NULL;
		dlclose(h);
		return err_set(e, TC_STORAGE, "pdf", "PDF 排版模块 %s 与本程序不符, 请重新安装本程序",
			       TIAOCAI_PDF_MODULE);
	}
	return TC_OK;
}

enum tc_status pdf_render(const struct rdoc *d, const char *path, int *pages, struct tc_err *e)
{
	enum tc_status st = load(e);

	return st == TC_OK ? render_fn(d, path, pages, e) : st;
}

enum tc_status pdf_print(const struct rdoc *d, const char *printer, int *pages, struct tc_err *e)
{
	enum tc_status st = load(e);

	return st == TC_OK ? print_fn(d, printer, pages, e) : st;
}
