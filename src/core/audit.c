/*
 * audit.c - does the database still say what its journal says?  The
 * journal's hash chain recomputed, every case's journal replayed through
 * the workflow table, every case row compared with the snapshot its last
 * journal row holds: what `tiaocai check` reports.
 *
 * It reads only.  It sits above the journal and the workflow (which
 * appends to the journal), so neither needs the other's reader.
 */
#include "tiaocai/audit.h"
#include "tiaocai/correct.h"
#include "tiaocai/db.h"
#include "tiaocai/journal.h"
#include "tiaocai/money.h"
#include "tiaocai/workflow.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HASH_LEN JOURNAL_HASH_LEN
#define HEX_LEN JOURNAL_HEX_LEN

/* How a column's value is shown in a disagreement. */
enum shown { V_TEXT, V_STAGE, V_MONEY, V_FLAG };

#define COL_DEF(c, zh, v) {#c, zh, v},
static const struct {
	const char *name, *zh;
	enum shown shown;
} snap_cols[] = {{"layout", "快照格式", V_TEXT}, JOURNAL_SNAP_COLS(COL_DEF)};
#define NSNAP (sizeof snap_cols / sizeof snap_cols[0])

/* A stored hash column: NULL pointer for SQL NULL; valid until the next
 * step. */
struct stored {
	const char *p;
	size_t n;
};

static struct stored stored_hash(sqlite3_stmt *st, int i)
{
	if (sqlite3_column_type(st, i) == SQLITE_NULL)
		return (struct stored){NULL, 0};
	const char *p = (const char *)sqlite3_column_text(st, i);
	return (struct stored){p ? p : "", (size_t)sqlite3_column_bytes(st, i)};
}

/* Lines listed at most, per kind of finding; the counts stay exact. */
#define MAX_LINES 100

/* A case as its journal replays so far. */
struct replay {
	unsigned char seen, bad, extended;
	unsigned char stage, prev;
	int64_t version;
};

struct verify {
	struct db *db;
	struct audit_report *r;
	struct replay *cs;
	int64_t ncs;          /* cs[1 .. ncs - 1] */
	struct tc_err *e;
};

/* "贵劳人仲案字〔2026〕第5号", or "编号 N" for a case row that is gone. */
static char *case_name(struct verify *v, int64_t case_id)
{
	static const char sql[] = "SELECT case_no FROM cases WHERE id = ?1";
	sqlite3_stmt *st = db_prep(v->db, sql);
	char *name = NULL;

	sqlite3_bind_int64(st, 1, case_id);
	if (sqlite3_step(st) == SQLITE_ROW)
		name = xstrdup(db_col_text(st, 0));
	sqlite3_reset(st);
	return name ? name : xasprintf("(编号 %lld, 已不存在)", (long long)case_id);
}

/* A case whose row or journal disagrees: counted once, each finding
 * listed (up to MAX_LINES cases). */
static void note_case(struct verify *v, int64_t case_id, const char *text)
{
	bool in = case_id > 0 && case_id < v->ncs;
	bool counted = in && v->cs[case_id].bad;

	if (!counted) {
		v->r->disagreeing++;
		if (in)
			v->cs[case_id].bad = 1;
		if (v->r->disagreeing > MAX_LINES)
			return;
	}
	char *no = case_name(v, case_id);
	char *line = xasprintf("案件 %s: %s", no, text);
	sl_push(&v->r->replay, line);
	free(line);
	free(no);
}

/* A row whose hash does not recompute. */
static void chain_broken(struct verify *v, sqlite3_stmt *st, int64_t id, int64_t expect_id)
{
	struct audit_report *r = v->r;
	struct strbuf sb = {0};

	if (++r->broken == 1)
		r->first_broken = id;
	if (r->broken > MAX_LINES)
		return;
	if (expect_id && id > expect_id) {
		if (id - expect_id == 1)
			sb_printf(&sb, "日志第 %lld 条不见了, 第 %lld 条随之对不上 (",
				  (long long)expect_id, (long long)id);
		else
			sb_printf(&sb, "日志第 %lld 至 %lld 条不见了, 第 %lld 条随之对不上 (",
				  (long long)expect_id, (long long)(id - 1), (long long)id);
	} else {
		sb_printf(&sb, "日志第 %lld 条被改动 (", (long long)id);
	}
	if (sqlite3_column_type(st, 4) != SQLITE_NULL) {
		char *no = case_name(v, sqlite3_column_int64(st, 4));
		sb_printf(&sb, "案件 %s, ", no);
		free(no);
	}
	sb_printf(&sb, "事项 %s, 记录于 %s)", db_col_text(st, 5), db_col_text(st, 1));
	sl_push(&r->chain, sb_str(&sb));
	sb_free(&sb);
}

static const char *stage_shown(int s)
{
	return s >= 0 && s < STAGE_COUNT ? stage_zh((enum stage)s) : "?";
}

/* A case's journal that does not replay; the case is not followed further. */
static void replay_bad(struct verify *v, int64_t case_id, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void replay_bad(struct verify *v, int64_t case_id, const char *fmt, ...)
{
	struct strbuf sb = {0};
	va_list ap;

	va_start(ap, fmt);
	sb_vprintf(&sb, fmt, ap);
	va_end(ap);
	note_case(v, case_id, sb_str(&sb));
	sb_free(&sb);
}

/* One row of a case's journal: columns 0 id, 5 kind, 7 snapshot, 9 the
 * snapshot's stage, 10 its prev_stage, 11 its version, 12 whether it is
 * valid JSON, 13 its extended. */
static void replay_row(struct verify *v, sqlite3_stmt *st, int64_t case_id)
{
	struct replay *c = &v->cs[case_id];
	long long id = (long long)sqlite3_column_int64(st, 0);
	const char *kind = db_col_text(st, 5);
	bool start = strcmp(kind, "add") == 0 || strcmp(kind, "import") == 0;
	bool revert = false;

	if (c->bad)
		return;
	if (!c->seen) {
		if (!start) {
			replay_bad(v, case_id, "日志第 %lld 条「%s」之前没有收案记录", id, kind);
			return;
		}
		c->seen = 1;
		c->stage = STAGE_RECEIVED;
		c->prev = STAGE_ACCEPTED;
		c->version = 1;
	} else if (strcmp(kind, "add") == 0) {
		replay_bad(v, case_id, "日志第 %lld 条又一次收案", id);
		return;
	} else if (strcmp(kind, "revert") == 0) {
		/* The case goes back to where it stood before the change it
		 * undid: taken from the snapshot here, which check_reverts
		 * compares with the snapshot before that change. */
		revert = true;
		c->version++;
	} else if (corr_find(kind) && strcmp(corr_find(kind)->name, kind) == 0) {
		c->version++; /* a correction: the stage stays */
	} else if (wf_event_find(kind) && strcmp(wf_event_find(kind)->name, kind) == 0) {
		enum stage to;
		if (!wf_next((enum stage)c->stage, kind, (enum stage)c->prev, c->extended, &to)) {
			replay_bad(v, case_id, "日志第 %lld 条「%s」不能发生在「%s」阶段", id,
				   wf_event_find(kind)->zh, stage_shown(c->stage));
			return;
		}
		if (to == STAGE_SUSPENDED && c->stage != STAGE_SUSPENDED)
			c->prev = c->stage;
		if (strcmp(kind, "extend") == 0)
			c->extended = 1;
		c->stage = (unsigned char)to;
		c->version++;
	}
	if (sqlite3_column_type(st, 7) == SQLITE_NULL)
		return; /* a row from before the chain: no snapshot */
	if (!sqlite3_column_int(st, 12)) {
		replay_bad(v, case_id, "日志第 %lld 条的案件快照无法读取", id);
		return;
	}
	enum stage snap;
	if (stage_parse(db_col_text(st, 9), &snap, NULL) != TC_OK) {
		replay_bad(v, case_id, "日志第 %lld 条的案件快照没有阶段", id);
		return;
	}
	if (revert) {
		c->stage = (unsigned char)snap;
		c->extended = sqlite3_column_int(st, 13) != 0;
	}
	if (snap != c->stage) {
		replay_bad(v, case_id, "日志第 %lld 条的快照阶段为「%s」, 而日志重演为「%s」", id,
			   stage_zh(snap), stage_shown(c->stage));
		return;
	}
	if (sqlite3_column_int64(st, 11) != c->version) {
		replay_bad(v, case_id, "日志第 %lld 条的快照为第 %lld 版, 而日志重演为第 %lld 版", id,
			   (long long)sqlite3_column_int64(st, 11), (long long)c->version);
		return;
	}
	/* The stage a suspension left, as the snapshot says. */
	if (stage_parse(db_col_text(st, 10), &snap, NULL) == TC_OK)
		c->prev = (unsigned char)snap;
}

/* The whole journal in id order, once: the chain and the replays. */
static enum tc_status walk(struct verify *v, const char *anchor)
{
	static const char sql[] =
		"SELECT id, recorded_at, effective_on, actor, case_id, kind, detail, snapshot, hash,"
		" CASE WHEN v THEN json_extract(snapshot, '$[1]') END,"
		" CASE WHEN v THEN json_extract(snapshot, '$[2]') END,"
		" CASE WHEN v THEN json_extract(snapshot, '$[3]') END, v,"
		" CASE WHEN v THEN json_extract(snapshot, '$[12]') END"
		" FROM (SELECT *, coalesce(json_valid(snapshot), 0) AS v FROM journal) ORDER BY id";
	struct audit_report *r = v->r;
	sqlite3_stmt *st = db_prep(v->db, sql);
	unsigned char prev[HASH_LEN] = {0}, h[HASH_LEN];
	char hex[HEX_LEN + 1];
	size_t alen = anchor ? strlen(anchor) : 0;
	int64_t expect_id = 0;
	int rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(st, 0);

		journal_rehash(prev, st, h, hex);
		struct stored stored = stored_hash(st, 8);
		bool ok = stored.p && stored.n == HEX_LEN && memcmp(stored.p, hex, HEX_LEN) == 0;
		if (!ok || (expect_id && id != expect_id))
			chain_broken(v, st, id, expect_id);
		/* Go on from the stored hash, so that each changed row is named
		 * and the rows after it are not. */
		if (!journal_hash_decode(stored.p, stored.n, prev))
			memcpy(prev, h, sizeof prev);
		if (alen && !r->anchor_row && stored.p && stored.n >= alen &&
		    strncmp(stored.p, anchor, alen) == 0)
			r->anchor_row = id;
		r->head.rows++;
		size_t keep = stored.n < HEX_LEN ? stored.n : HEX_LEN;
		memcpy(r->head.hash, stored.p ? stored.p : "", stored.p ? keep : 0);
		r->head.hash[stored.p ? keep : 0] = '\0';
		expect_id = id + 1;

		if (sqlite3_column_type(st, 4) != SQLITE_NULL) {
			int64_t cid = sqlite3_column_int64(st, 4);
			if (cid > 0 && cid < v->ncs)
				replay_row(v, st, cid);
		}
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? TC_OK : db_fail(v->db, rc, "读取日志", v->e);
}

/* Value i of a difference row as a person reads it. */
static void shown_value(sqlite3_stmt *st, int col, enum shown how, struct strbuf *sb)
{
	char money[MONEY_BUF];
	enum stage s;

	if (sqlite3_column_type(st, col) == SQLITE_NULL) {
		sb_puts(sb, "(空)");
		return;
	}
	const char *t = db_col_text(st, col);
	if (how == V_STAGE && stage_parse(t, &s, NULL) == TC_OK)
		sb_puts(sb, stage_zh(s));
	else if (how == V_MONEY && sqlite3_column_type(st, col) == SQLITE_INTEGER)
		sb_puts(sb, money_display(sqlite3_column_int64(st, col), money));
	else if (how == V_FLAG && strcmp(t, "0") == 0)
		sb_puts(sb, "否");
	else if (how == V_FLAG && strcmp(t, "1") == 0)
		sb_puts(sb, "是");
	else
		sb_puts(sb, t);
}

static bool same_value(sqlite3_stmt *st, int a, int b)
{
	bool na = sqlite3_column_type(st, a) == SQLITE_NULL;
	bool nb = sqlite3_column_type(st, b) == SQLITE_NULL;

	if (na || nb)
		return na && nb;
	return strcmp(db_col_text(st, a), db_col_text(st, b)) == 0;
}

/* A case row against the snapshot of journal row jid, element by
 * element: a line naming each column that differs, or nothing when none
 * does (the same values written another way). */
static enum tc_status row_differs(struct verify *v, int64_t case_id, int64_t jid)
{
	static const char sql[] =
		"SELECT n.key, n.value, o.value, o.key IS NULL"
		" FROM json_each((SELECT " JOURNAL_SNAP_JSON_AS("j.snapshot") " FROM cases c, journal j"
		"   WHERE c.id = ?1 AND j.id = ?2 AND json_valid(j.snapshot))) n"
		" LEFT JOIN json_each((SELECT snapshot FROM journal"
		"   WHERE id = ?2 AND json_valid(snapshot))) o ON o.key = n.key"
		" ORDER BY n.key";
	sqlite3_stmt *st = db_prep(v->db, sql);
	struct strbuf sb = {0};
	size_t ndiff = 0, nrows = 0;
	bool short_snap = false;
	int rc;

	sqlite3_bind_int64(st, 1, case_id);
	sqlite3_bind_int64(st, 2, jid);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t i = sqlite3_column_int64(st, 0);
		if (sqlite3_column_int(st, 3)) {
			short_snap = true; /* no such element: the snapshot is not one */
			break;
		}
		nrows++;
		if (i < 0 || (size_t)i >= NSNAP || same_value(st, 1, 2))
			continue;
		sb_printf(&sb, "%s%s为「", ndiff++ ? "; " : "", snap_cols[i].zh);
		shown_value(st, 1, snap_cols[i].shown, &sb);
		bool replayed = i == 1 || i == 3; /* stage, version */
		sb_printf(&sb, "」, 而日志%s为「", replayed ? "重演" : "记载");
		shown_value(st, 2, snap_cols[i].shown, &sb);
		sb_puts(&sb, "」");
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		sb_free(&sb);
		return db_fail(v->db, rc, "核对案件", v->e);
	}
	if ((short_snap || !nrows) && case_id < v->ncs && v->cs[case_id].bad)
		ndiff = 0; /* the replay has said so already */
	else if (short_snap || !nrows) {
		sb.len = 0;
		sb_printf(&sb, "日志第 %lld 条的案件快照无法读取", (long long)jid);
		ndiff = 1;
	}
	if (ndiff)
		note_case(v, case_id, sb_str(&sb));
	sb_free(&sb);
	return TC_OK;
}

/* Each revert against what it undid: its detail names the journal row
 * the undo table says it undid, and the case it left is the case as it
 * stood before that row (the snapshot of the case's row before it),
 * version apart. */
static enum tc_status check_reverts(struct verify *v)
{
	static const char sql[] =
		"SELECT r.id, r.case_id, u.journal_id, r.detail,"
		" (SELECT count(*) FROM json_each(r.snapshot) a JOIN json_each("
		"   (SELECT p.snapshot FROM journal p WHERE p.case_id = r.case_id AND p.id < u.journal_id"
		"    ORDER BY p.id DESC LIMIT 1)) b ON a.key = b.key"
		"   WHERE a.key NOT IN (0, 3) AND a.value IS NOT b.value)"
		" FROM journal r LEFT JOIN case_undo u ON u.undone_by = r.id"
		" WHERE r.kind = 'revert' AND json_valid(r.snapshot) ORDER BY r.id";
	sqlite3_stmt *st = db_prep(v->db, sql);
	struct bad { int64_t id, case_id, undone; int how; } *bad = NULL;
	size_t n = 0, cap = 0;
	int rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(st, 0), undone = sqlite3_column_int64(st, 2);
		long long named = 0;
		int how = 0;
		if (sqlite3_column_type(st, 2) == SQLITE_NULL)
			how = 1;
		else if (sscanf(db_col_text(st, 3), "撤销日志第 %lld 条", &named) != 1 || named != undone)
			how = 2;
		else if (sqlite3_column_int64(st, 4) != 0)
			how = 3;
		if (how) {
			bad = xgrow(bad, &cap, n + 1, sizeof *bad);
			bad[n++] = (struct bad){id, sqlite3_column_int64(st, 1), undone, how};
		}
	}
	sqlite3_reset(st);
	for (size_t i = 0; i < n; i++) {
		char *text = bad[i].how == 1 ? xasprintf("日志第 %lld 条「撤销」在撤销记录中找不到它撤销的事项",
							  (long long)bad[i].id)
			     : bad[i].how == 2 ? xasprintf("日志第 %lld 条「撤销」所写的与撤销记录 (第 %lld 条) 不符",
							  (long long)bad[i].id, (long long)bad[i].undone)
			     : xasprintf("日志第 %lld 条「撤销」后的案件与第 %lld 条之前的不一致",
					 (long long)bad[i].id, (long long)bad[i].undone);
		note_case(v, bad[i].case_id, text);
		free(text);
	}
	free(bad);
	return rc == SQLITE_DONE ? TC_OK : db_fail(v->db, rc, "核对撤销", v->e);
}

/* A case that differs, for the second look. */
struct suspect {
	int64_t case_id, jid;
	bool has_snapshot;
};

/* Every case row against the snapshot of its last journal row. */
static enum tc_status compare_cases(struct verify *v)
{
	static const char sql[] =
		"SELECT c.id, j.id, j.snapshot IS NOT NULL,"
		" j.snapshot IS NOT " JOURNAL_SNAP_JSON_AS("j.snapshot")
		" FROM cases c LEFT JOIN journal j"
		" ON j.id = (SELECT max(id) FROM journal WHERE case_id = c.id) ORDER BY c.id";
	sqlite3_stmt *st = db_prep(v->db, sql);
	struct suspect *sus = NULL;
	size_t nsus = 0, cap = 0;
	enum tc_status ret = TC_OK;
	int rc;

	/* Collected first: the names and differences are other cached
	 * statements, and a stepping one is best left alone. */
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		v->r->cases++;
		if (sqlite3_column_type(st, 1) != SQLITE_NULL && sqlite3_column_int(st, 2) &&
		    !sqlite3_column_int(st, 3))
			continue;
		sus = xgrow(sus, &cap, nsus + 1, sizeof *sus);
		sus[nsus++] = (struct suspect){sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1),
					       sqlite3_column_int(st, 2) != 0};
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		ret = db_fail(v->db, rc, "核对案件", v->e);
	for (size_t i = 0; i < nsus && ret == TC_OK; i++) {
		const struct suspect *s = &sus[i];
		if (s->jid && s->has_snapshot) {
			ret = row_differs(v, s->case_id, s->jid);
			continue;
		}
		char *text = s->jid ? xasprintf("最后一条日志 (第 %lld 条) 没有案件快照",
						(long long)s->jid)
				    : xstrdup("没有任何日志记录");
		note_case(v, s->case_id, text);
		free(text);
	}
	free(sus);
	return ret;
}

enum tc_status audit_verify(struct db *db, const char *anchor, struct audit_report *r,
			      struct tc_err *e)
{
	static const char size_sql[] = "SELECT max(id), count(*) FROM cases";
	struct verify v = {.db = db, .r = r, .e = e};
	char want[HEX_LEN + 1] = "";
	enum tc_status st;

	memset(r, 0, sizeof *r);
	if (anchor) {
		size_t n = strlen(anchor);
		bool hex = n >= JOURNAL_HEAD_SHOWN && n <= HEX_LEN;
		for (size_t i = 0; hex && i < n; i++) {
			char ch = anchor[i];
			if (ch >= 'A' && ch <= 'F')
				ch = (char)(ch - 'A' + 'a');
			hex = (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f');
			want[i] = ch;
		}
		if (!hex)
			return err_set(e, TC_USAGE, "anchor",
				       "锚点应为周报上印的日志链头, 16 至 64 位十六进制数字: %s", anchor);
		want[n] = '\0';
	}

	/* One replay slot per case id; ids are handed out densely, so a case
	 * whose id lies far beyond the count was not made by this program
	 * and is judged by its row alone. */
	sqlite3_stmt *s = db_prep(db, size_sql);
	int rc = sqlite3_step(s);
	int64_t max = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
	int64_t count = rc == SQLITE_ROW ? sqlite3_column_int64(s, 1) : 0;
	sqlite3_reset(s);
	if (rc != SQLITE_ROW)
		return db_fail(db, rc, "读取案件", e);
	if (max < 0)
		max = 0;
	if (max > count + (1 << 20))
		max = count + (1 << 20);
	v.ncs = max + 1;
	v.cs = xcalloc((size_t)v.ncs, sizeof *v.cs);

	st = walk(&v, anchor ? want : NULL);
	if (st == TC_OK)
		st = compare_cases(&v);
	if (st == TC_OK)
		st = check_reverts(&v);
	free(v.cs);
	if (r->broken > MAX_LINES) {
		char *line = xasprintf("……另有 %zu 条对不上, 未逐条列出", r->broken - MAX_LINES);
		sl_push(&r->chain, line);
		free(line);
	}
	if (r->disagreeing > MAX_LINES) {
		char *line = xasprintf("……另有 %zu 件不一致, 未逐件列出", r->disagreeing - MAX_LINES);
		sl_push(&r->replay, line);
		free(line);
	}
	if (st != TC_OK)
		audit_report_free(r);
	return st;
}

void audit_report_free(struct audit_report *r)
{
	sl_free(&r->chain);
	sl_free(&r->replay);
}
