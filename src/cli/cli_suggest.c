/*
 * cli_suggest.c - `tiaocai case suggest CASE`: the mediators or
 * arbitrators who may take a case, best first, each with the reasons, as
 * a table that fits 80 columns or as CSV.
 *
 * Who must step aside, the ranking and every reason come from the core
 * (roster_suggest, roster.h); this file picks the case and the role, and
 * lays the rows out: the reasons wrap inside their column at the "; "
 * between them, so nothing is cut.
 */
#include "cli.h"
#include "tiaocai/afile.h"
#include "tiaocai/case.h"
#include "tiaocai/csvio.h"
#include "tiaocai/date.h"
#include "tiaocai/roster.h"
#include "tiaocai/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
	"用法: tiaocai case suggest 案号 [--role mediator|arbitrator] [--format table|csv]\n"
	"                           [--header zh|en] [-o 文件]\n";

/* The table's columns, in display columns: 序, 姓名, 所属组织, 得分, then the
 * reasons in what is left of 80. */
enum { W_RANK = 2, W_NAME = 8, W_ORG = 20, W_SCORE = 4, W_GAP = 2, W_LINE = 80 };
#define W_LEAD (W_RANK + W_GAP + W_NAME + W_GAP + W_ORG + W_GAP + W_SCORE + W_GAP)
#define W_REASONS (W_LINE - W_LEAD)

/* The CSV columns: English keys and Chinese headers. */
static const char *const csv_en[] = {"rank", "name", "org", "recuse", "reasons", "score",
				     "specialty", "language", "caseload", "median", "full",
				     "last_given", "idle_days", "recuse_reason", "current"};
static const char *const csv_zh[] = {"排名", "姓名", "所属组织", "回避", "理由", "得分",
				     "对口专长", "对口语言", "在办", "在办中位数", "已满",
				     "最近分案", "未分案天数", "回避事由", "现任"};

/* The byte length of the UTF-8 character at s (1 for a stray byte). */
static size_t char_len(const char *s)
{
	unsigned char c = (unsigned char)*s;
	size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
	for (size_t i = 1; i < n; i++)
		if (s[i] == '\0')
			return i;
	return n;
}

static int width_of(const char *s, size_t n)
{
	char *t = xstrndup(s, n);
	int w = text_width(t);
	free(t);
	return w;
}

/* Append one item to lines in pieces of at most width columns, broken at
 * the last space that fits (which goes), else between characters; the
 * last piece stays in *cur to be packed further. */
static void split_item(const char *item, int width, struct strlist *lines, struct strbuf *cur)
{
	const char *p = item, *start = item, *space = NULL;

	while (*p) {
		size_t n = char_len(p);
		if (p > start && width_of(start, (size_t)(p - start)) + width_of(p, n) > width) {
			const char *end = space ? space : p;
			char *piece = xstrndup(start, (size_t)(end - start));
			sl_push(lines, piece);
			free(piece);
			start = space ? space + 1 : p;
			space = NULL;
			continue;
		}
		if (*p == ' ' && p > start)
			space = p;
		p += n;
	}
	sb_puts(cur, start);
}

/* The reasons ("a; b; c") as lines of at most width columns: whole
 * reasons packed together, a line broken between two ending in ";", a
 * reason wider than a line cut between characters. */
static void wrap(const char *text, int width, struct strlist *lines)
{
	struct strbuf cur = {0};
	const char *p = text;

	while (*p) {
		const char *sep = strstr(p, "; ");
		char *item = sep ? xstrndup(p, (size_t)(sep - p)) : xstrdup(p);
		p = sep ? sep + 2 : p + strlen(p);
		/* One column is kept for the ";" a broken line ends in. */
		int need = text_width(sb_str(&cur)) + (cur.len ? 2 : 0) + text_width(item);
		if (cur.len && need <= width - 1) {
			sb_puts(&cur, "; ");
			sb_puts(&cur, item);
		} else {
			if (cur.len) {
				sb_puts(&cur, ";");
				sl_push(lines, sb_str(&cur));
				sb_free(&cur);
			}
			split_item(item, width - 1, lines, &cur);
		}
		free(item);
	}
	if (cur.len)
		sl_push(lines, sb_str(&cur));
	sb_free(&cur);
}

/* The heading: whom for, which case, what it calls for. */
static void heading(const struct case_detail *d, const struct roster_basis *b,
		    const struct roster_suggestion *rows, size_t n, struct strbuf *out)
{
	struct strbuf line = {0};
	char med[16];

	sb_printf(&line, "%s推荐: %s (%s)", roster_role_zh(b->role), d->row.case_no,
		  stage_zh(d->row.stage));
	text_fit(out, sb_str(&line), W_LINE);
	sb_puts(out, "\n");
	sb_free(&line);
	sb_printf(&line, "申请人 %s 诉 %s", d->row.applicant, d->row.respondent);
	text_fit(out, sb_str(&line), W_LINE);
	sb_puts(out, "\n");
	sb_free(&line);
	sb_printf(&line, "需要专长: %s", b->needs[0] ? b->needs : "(无)");
	if (b->homes[0])
		sb_printf(&line, " · 申请人户籍: %s", b->homes);
	if (n) {
		int m = rows[0].median2;
		if (m % 2)
			snprintf(med, sizeof med, "%d.5", m / 2);
		else
			snprintf(med, sizeof med, "%d", m / 2);
		sb_printf(&line, " · 在办中位数 %s 件", med);
	}
	text_fit(out, sb_str(&line), W_LINE);
	sb_puts(out, "\n\n");
	sb_free(&line);
}

static void render_table(const struct case_detail *d, const struct roster_basis *b,
			 const struct roster_suggestion *rows, size_t n, struct strbuf *out)
{
	char num[16];

	heading(d, b, rows, n, out);
	if (n == 0) {
		sb_printf(out, "今天没有在册、在聘期内的%s\n", roster_role_zh(b->role));
		return;
	}
	text_rpad(out, "序", W_RANK);
	sb_puts(out, "  ");
	text_pad(out, "姓名", W_NAME);
	sb_puts(out, "  ");
	text_pad(out, "所属组织", W_ORG);
	sb_puts(out, "  ");
	text_rpad(out, "得分", W_SCORE);
	sb_puts(out, "  理由\n");
	for (size_t i = 0; i < n; i++) {
		const struct roster_suggestion *s = &rows[i];
		struct strlist lines = {0};

		wrap(s->reasons, W_REASONS, &lines);
		snprintf(num, sizeof num, "%d", s->rank);
		text_rpad(out, num, W_RANK);
		sb_puts(out, "  ");
		text_pad(out, s->name, W_NAME);
		sb_puts(out, "  ");
		text_pad(out, s->org[0] ? s->org : "(无)", W_ORG);
		sb_puts(out, "  ");
		snprintf(num, sizeof num, "%d", s->score);
		text_rpad(out, num, W_SCORE);
		for (size_t k = 0; k < lines.n; k++) {
			if (k)
				sb_printf(out, "%*s", W_LEAD, "");
			else
				sb_puts(out, "  ");
			text_fit(out, lines.v[k], W_REASONS);
			sb_puts(out, "\n");
		}
		sl_free(&lines);
	}
}

static void write_csv(const struct roster_suggestion *rows, size_t n, bool en,
		      struct csvio_writer *w)
{
	char med[16];

	for (size_t i = 0; i < sizeof csv_en / sizeof csv_en[0]; i++)
		csvio_put_text(w, en ? csv_en[i] : csv_zh[i]);
	csvio_end_row(w);
	for (size_t i = 0; i < n; i++) {
		const struct roster_suggestion *s = &rows[i];
		if (s->median2 % 2)
			snprintf(med, sizeof med, "%d.5", s->median2 / 2);
		else
			snprintf(med, sizeof med, "%d", s->median2 / 2);
		csvio_put_int(w, s->rank);
		csvio_put_text(w, s->name);
		csvio_put_text(w, s->org);
		csvio_put_int(w, s->recuse);
		csvio_put_text(w, s->reasons);
		csvio_put_int(w, s->score);
		csvio_put_text(w, s->spec_matched);
		csvio_put_text(w, s->lang_matched);
		csvio_put_int(w, s->caseload);
		csvio_put_num(w, med);
		csvio_put_int(w, s->full);
		csvio_put_num(w, s->last_given);
		if (s->idle_days >= 0)
			csvio_put_int(w, s->idle_days);
		else
			csvio_put_num(w, "");
		csvio_put_text(w, s->recuse_why);
		csvio_put_int(w, s->current);
		csvio_end_row(w);
	}
}

/* Write the list onto fp. */
static enum tc_status emit(FILE *fp, const struct case_detail *d, const struct roster_basis *b,
			   const struct roster_suggestion *rows, size_t n, bool csv, bool en,
			   struct tc_err *e)
{
	if (csv) {
		struct csvio_writer w;
		enum tc_status st = csvio_writer_open(&w, fp, CSVIO_UTF8, e);
		if (st != TC_OK)
			return st;
		write_csv(rows, n, en, &w);
		return csvio_writer_close(&w, e);
	}
	struct strbuf sb = {0};
	enum tc_status st = TC_OK;

	render_table(d, b, rows, n, &sb);
	if (fwrite(sb_str(&sb), 1, sb.len, fp) != sb.len)
		st = err_set(e, TC_STORAGE, "file", "写出推荐名单失败 (磁盘已满或管道已关闭)");
	sb_free(&sb);
	return st;
}

void cli_suggest_help(void)
{
	fputs(usage, stdout);
}

int cli_suggest(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{"role", required_argument, NULL, 'r'},
		{"format", required_argument, NULL, 'f'},
		{"header", required_argument, NULL, 'h'},
		{"output", required_argument, NULL, 'o'},
		{NULL, 0, NULL, 0},
	};
	const char *role = NULL, *format = "table", *header = "zh", *out = NULL;
	struct roster_suggestion *rows = NULL;
	struct roster_basis basis = {0};
	struct case_detail *d = NULL;
	struct tc_err e = {0};
	enum tc_status st;
	size_t n = 0;
	int64_t id;
	int ch, rc, today;

	cli_getopt_reset();
	while ((ch = getopt_long(argc, argv, ":o:", opts, NULL)) != -1) {
		switch (ch) {
		case 'r': role = optarg; break;
		case 'f': format = optarg; break;
		case 'h': header = optarg; break;
		case 'o': out = optarg; break;
		case ':':
			return cli_usage(usage, "case suggest: 选项 %s 需要一个值", argv[optind - 1]);
		default:
			return cli_usage(usage, "case suggest: 不认识的选项 %s", argv[optind - 1]);
		}
	}
	if (optind + 1 != argc)
		return cli_usage(usage, "case suggest: 请给出一个案号");
	if (strcmp(format, "table") != 0 && strcmp(format, "csv") != 0)
		return cli_usage(usage, "--format 应为 table 或 csv: %s", format);
	if (strcmp(header, "zh") != 0 && strcmp(header, "en") != 0)
		return cli_usage(usage, "--header 应为 zh 或 en: %s", header);
	if (role && strcmp(role, "mediator") != 0 && strcmp(role, "arbitrator") != 0 &&
	    strcmp(role, "调解员") != 0 && strcmp(role, "仲裁员") != 0)
		return cli_usage(usage, "--role 应为 mediator 或 arbitrator: %s", role);
	if (date_today_checked(&today, &e) != TC_OK)
		return cli_fail(&e);
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (case_find(c->db, &c->actor, argv[optind], &id, &e) != TC_OK ||
	    roster_suggest_basis(c->db, &c->actor, id, role, &basis, &e) != TC_OK ||
	    roster_suggest(c->db, &c->actor, id, basis.role, today, &rows, &n, &e) != TC_OK ||
	    case_detail_get(c->db, &c->actor, id, today, &d, &e) != TC_OK) {
		roster_suggestions_free(rows, n);
		roster_basis_free(&basis);
		return cli_fail(&e);
	}

	bool csv = strcmp(format, "csv") == 0, en = header[0] == 'e';
	if (out && strcmp(out, "-") != 0) {
		struct afile f;
		if ((st = afile_open(&f, out, &e)) == TC_OK)
			st = afile_commit(&f, emit(f.fp, d, &basis, rows, n, csv, en, &e), &e);
		if (st == TC_OK)
			fprintf(stderr, "tiaocai: 已写入推荐名单 %s\n", out);
	} else {
		st = emit(stdout, d, &basis, rows, n, csv, en, &e);
		if (st == TC_OK && fflush(stdout) != 0)
			st = err_set(&e, TC_STORAGE, "file", "写出推荐名单失败 (磁盘已满或管道已关闭)");
	}
	case_detail_free(d);
	roster_suggestions_free(rows, n);
	roster_basis_free(&basis);
	return st == TC_OK ? 0 : cli_fail(&e);
}
