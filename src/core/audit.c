/*
 * audit.c - does the database still say what its journal says?  The
 * journal's hash chain recomputed, every case's journal replayed through
 * the workflow table, every case row compared with the snapshot its last
 * journal row holds, the queue of documents to serve and the clocks
 * compared with what they are kept from: what `tiaocai check` reports.
 * `check --quick` does the same from the point the last check that passed
 * reached (a settings row), for the rows after it and their cases.
 *
 * It reads only, that one row apart.  It sits above the journal and the
 * workflow (which appends to the journal), so neither needs the other's
 * reader.
 */
#include "tiaocai/audit.h"
#include "tiaocai/correct.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/deadline.h"
#include "tiaocai/doc.h"
#include "tiaocai/journal.h"
#include "tiaocai/money.h"
#include "tiaocai/workflow.h"

#include <assert.h>
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
	unsigned char queued; /* quick: already among the cases to replay */
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

/* The columns the chain and the replay read, in the order chain_step,
 * chain_broken and replay_row take them (v: the snapshot is valid JSON). */
#define WALK_COLS                                                              \
	"id, recorded_at, effective_on, actor, case_id, kind, detail, snapshot, hash," \
	" CASE WHEN v THEN json_extract(snapshot, '$[1]') END,"                  \
	" CASE WHEN v THEN json_extract(snapshot, '$[2]') END,"                  \
	" CASE WHEN v THEN json_extract(snapshot, '$[3]') END, v,"               \
	" CASE WHEN v THEN json_extract(snapshot, '$[12]') END"
#define WALK_FROM(where)                                                       \
	" FROM (SELECT *, coalesce(json_valid(snapshot), 0) AS v FROM journal" where ")" \
	" ORDER BY id"

/* One row of the chain: its hash recomputed from its content and prev
 * (the hash stored on the row before it), then prev moved on to the hash
 * stored on this one, so that each changed row is named and the rows after
 * it are not.  *expect_id is the id the row should have (0: any). */
static void chain_step(struct verify *v, sqlite3_stmt *st, unsigned char prev[HASH_LEN],
		       int64_t *expect_id, const char *anchor, size_t alen)
{
	struct audit_report *r = v->r;
	int64_t id = sqlite3_column_int64(st, 0);
	unsigned char h[HASH_LEN];
	char hex[HEX_LEN + 1];

	journal_rehash(prev, st, h, hex);
	struct stored stored = stored_hash(st, 8);
	bool ok = stored.p && stored.n == HEX_LEN && memcmp(stored.p, hex, HEX_LEN) == 0;
	if (!ok || (*expect_id && id != *expect_id))
		chain_broken(v, st, id, *expect_id);
	if (!journal_hash_decode(stored.p, stored.n, prev))
		memcpy(prev, h, HASH_LEN);
	if (alen && !r->anchor_row && stored.p && stored.n >= alen &&
	    strncmp(stored.p, anchor, alen) == 0)
		r->anchor_row = id;
	size_t keep = stored.n < HEX_LEN ? stored.n : HEX_LEN;
	memcpy(r->head.hash, stored.p ? stored.p : "", stored.p ? keep : 0);
	r->head.hash[stored.p ? keep : 0] = '\0';
	if (!r->from_id)
		r->from_id = id;
	r->verified++;
	r->last_id = id;
	*expect_id = id + 1;
}

/* The whole journal in id order, once: the chain and the replays. */
static enum tc_status walk(struct verify *v, const char *anchor)
{
	static const char sql[] = "SELECT " WALK_COLS WALK_FROM("");
	sqlite3_stmt *st = db_prep(v->db, sql);
	unsigned char prev[HASH_LEN] = {0};
	size_t alen = anchor ? strlen(anchor) : 0;
	int64_t expect_id = 0;
	int rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		chain_step(v, st, prev, &expect_id, anchor, alen);
		if (sqlite3_column_type(st, 4) != SQLITE_NULL) {
			int64_t cid = sqlite3_column_int64(st, 4);
			if (cid > 0 && cid < v->ncs)
				replay_row(v, st, cid);
		}
	}
	sqlite3_reset(st);
	v->r->head.rows = v->r->verified;
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
 * version apart.  all false: the cases replayed by the quick check. */
#define REVERTS_SQL(on, where)                                                 \
	"SELECT r.id, r.case_id, u.journal_id, r.detail,"                      \
	" (SELECT count(*) FROM json_each(r.snapshot) a JOIN json_each("       \
	"   (SELECT p.snapshot FROM journal p WHERE p.case_id = r.case_id AND p.id < u.journal_id" \
	"    ORDER BY p.id DESC LIMIT 1)) b ON a.key = b.key"                  \
	"   WHERE a.key NOT IN (0, 3) AND a.value IS NOT b.value)"             \
	" FROM journal r LEFT JOIN case_undo u ON u.undone_by = r.id" on       \
	" WHERE " where "r.kind = 'revert' AND json_valid(r.snapshot) ORDER BY r.id"
struct bad_revert {
	int64_t id, case_id, undone;
	int how;
};

static int step_reverts(sqlite3_stmt *st, struct bad_revert **bad, size_t *n, size_t *cap)
{
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
			*bad = xgrow(*bad, cap, *n + 1, sizeof **bad);
			(*bad)[(*n)++] = (struct bad_revert){id, sqlite3_column_int64(st, 1), undone, how};
		}
	}
	sqlite3_reset(st);
	return rc;
}

static enum tc_status check_reverts(struct verify *v, bool all)
{
	const int64_t *ids = v->r->replayed;
	size_t nids = v->r->nreplayed;
	static const char all_sql[] = REVERTS_SQL("", "");
	/* The undo rows of the one case, through their index (an undo row
	 * with another case is not found, which is a finding too). */
	static const char one_sql[] = REVERTS_SQL(" AND u.case_id = r.case_id", "r.case_id = ?1 AND ");
	struct bad_revert *bad = NULL;
	size_t n = 0, cap = 0;
	int rc = SQLITE_DONE;

	if (all) {
		rc = step_reverts(db_prep(v->db, all_sql), &bad, &n, &cap);
	} else {
		for (size_t i = 0; i < nids && rc == SQLITE_DONE; i++) {
			sqlite3_stmt *st = db_prep(v->db, one_sql);
			sqlite3_bind_int64(st, 1, ids[i]);
			rc = step_reverts(st, &bad, &n, &cap);
		}
	}
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

struct suspects {
	struct suspect *v;
	size_t n, cap;
};

/* Step st (columns: the case id, the id of its last journal row, whether
 * that row has a snapshot, whether the case row differs from it), keeping
 * the cases that may differ. */
static int step_cases(struct verify *v, sqlite3_stmt *st, struct suspects *s)
{
	int rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		v->r->cases++;
		if (sqlite3_column_type(st, 1) != SQLITE_NULL && sqlite3_column_int(st, 2) &&
		    !sqlite3_column_int(st, 3))
			continue;
		s->v = xgrow(s->v, &s->cap, s->n + 1, sizeof *s->v);
		s->v[s->n++] = (struct suspect){sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1),
						sqlite3_column_int(st, 2) != 0};
	}
	sqlite3_reset(st);
	return rc;
}

/* Every case row against the snapshot of its last journal row; or (all
 * false) the cases replayed by the quick check, and the case rows beyond
 * the last case the journal names. */
#define CASES_SQL(where)                                                       \
	"SELECT c.id, j.id, j.snapshot IS NOT NULL,"                            \
	" j.snapshot IS NOT " JOURNAL_SNAP_JSON_AS("j.snapshot")               \
	" FROM cases c LEFT JOIN journal j"                                    \
	" ON j.id = (SELECT max(id) FROM journal WHERE case_id = c.id)" where " ORDER BY c.id"
static enum tc_status compare_cases(struct verify *v, bool all)
{
	const int64_t *ids = v->r->replayed;
	size_t nids = v->r->nreplayed;
	static const char all_sql[] = CASES_SQL("");
	static const char one_sql[] = CASES_SQL(" WHERE c.id = ?1");
	/* A case row the program made has a journal row: the greatest case
	 * id the journal names (one step down its index) bounds them. */
	static const char beyond_sql[] =
		"SELECT c.id, NULL, 0, 0 FROM cases c"
		" WHERE c.id > coalesce((SELECT max(case_id) FROM journal), 0) ORDER BY c.id";
	struct suspects sus = {0};
	enum tc_status ret = TC_OK;
	int rc = SQLITE_DONE;

	/* Collected first: the names and differences are other cached
	 * statements, and a stepping one is best left alone. */
	if (all) {
		rc = step_cases(v, db_prep(v->db, all_sql), &sus);
	} else {
		for (size_t i = 0; i < nids && rc == SQLITE_DONE; i++) {
			sqlite3_stmt *st = db_prep(v->db, one_sql);
			size_t before = v->r->cases;
			sqlite3_bind_int64(st, 1, ids[i]);
			rc = step_cases(v, st, &sus);
			/* Its journal is there, its row is not (the full check's
			 * foreign-key check names it too). */
			if (rc == SQLITE_DONE && v->r->cases == before) {
				sus.v = xgrow(sus.v, &sus.cap, sus.n + 1, sizeof *sus.v);
				sus.v[sus.n++] = (struct suspect){ids[i], -1, false};
			}
		}
		if (rc == SQLITE_DONE) {
			size_t before = v->r->cases;
			rc = step_cases(v, db_prep(v->db, beyond_sql), &sus);
			v->r->unjournalled = v->r->cases - before;
		}
	}
	if (rc != SQLITE_DONE)
		ret = db_fail(v->db, rc, "核对案件", v->e);
	for (size_t i = 0; i < sus.n && ret == TC_OK; i++) {
		const struct suspect *s = &sus.v[i];
		if (s->jid && s->has_snapshot) {
			ret = row_differs(v, s->case_id, s->jid);
			continue;
		}
		char *text = s->jid < 0 ? xstrdup("案件记录不见了, 日志中却有它")
			     : s->jid   ? xasprintf("最后一条日志 (第 %lld 条) 没有案件快照",
						    (long long)s->jid)
					: xstrdup("没有任何日志记录");
		note_case(v, s->case_id, text);
		free(text);
	}
	free(sus.v);
	return ret;
}

/* One replay slot per case id; ids are handed out densely, so a case
 * whose id lies far beyond the count was not made by this program and is
 * judged by its row alone. */
static enum tc_status verify_init(struct verify *v, struct db *db, struct audit_report *r,
				  struct tc_err *e)
{
	static const char size_sql[] = "SELECT max(id), count(*) FROM cases";

	*v = (struct verify){.db = db, .r = r, .e = e};
	memset(r, 0, sizeof *r);
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
	v->ncs = max + 1;
	v->cs = xcalloc((size_t)v->ncs, sizeof *v->cs);
	return TC_OK;
}

/* The lines that say how many findings were not listed. */
static void verify_done(struct verify *v, enum tc_status st)
{
	struct audit_report *r = v->r;

	free(v->cs);
	v->cs = NULL;
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
}

enum tc_status audit_verify(struct db *db, const char *anchor, struct audit_report *r,
			      struct tc_err *e)
{
	struct verify v;
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
	if ((st = verify_init(&v, db, r, e)) != TC_OK)
		return st;
	st = walk(&v, anchor ? want : NULL);
	if (st == TC_OK)
		st = compare_cases(&v, true);
	if (st == TC_OK)
		st = check_reverts(&v, true);
	verify_done(&v, st);
	return st;
}

/* ---- the quick check: from the point the last check reached ---------- */

/* The recorded point against the row it names: still there, its stored
 * hash the one recorded, its content hashing to it from the row before.
 * prev gets the hash the rows after it chain to. */
static enum tc_status check_point(struct verify *v, const struct audit_point *from,
				  unsigned char prev[HASH_LEN])
{
	static const char sql[] =
		"SELECT id, recorded_at, effective_on, actor, case_id, kind, detail, snapshot, hash,"
		" (SELECT b.hash FROM journal b WHERE b.id < j.id ORDER BY b.id DESC LIMIT 1)"
		" FROM journal j WHERE id = ?1";
	struct audit_report *r = v->r;
	sqlite3_stmt *st = db_prep(v->db, sql);
	unsigned char before[HASH_LEN] = {0}, h[HASH_LEN];
	char hex[HEX_LEN + 1];
	char *lost = NULL;
	int rc;

	if (!journal_hash_decode(from->hash, strlen(from->hash), prev))
		memset(prev, 0, HASH_LEN);
	snprintf(r->head.hash, sizeof r->head.hash, "%s", from->hash);
	sqlite3_bind_int64(st, 1, from->id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_DONE) {
		lost = xasprintf("上次核对点日志第 %lld 条已不在日志中: 日志在那次核对之后被删改过,"
				 " 请做全面核对 (tiaocai check)", (long long)from->id);
	} else if (rc == SQLITE_ROW) {
		struct stored stored = stored_hash(st, 8);
		struct stored b = stored_hash(st, 9);
		if (b.p && !journal_hash_decode(b.p, b.n, before))
			memset(before, 0, sizeof before);
		journal_rehash(before, st, h, hex);
		if (!stored.p || stored.n != HEX_LEN || memcmp(stored.p, from->hash, HEX_LEN) != 0)
			lost = xasprintf("上次核对点日志第 %lld 条的链值已不是那次核对时的: 日志在那次核对"
					 "之后被改动或重建过, 请做全面核对 (tiaocai check)",
					 (long long)from->id);
		else if (memcmp(stored.p, hex, HEX_LEN) != 0)
			chain_broken(v, st, from->id, 0);
		else if (!journal_hash_decode(stored.p, stored.n, prev))
			memcpy(prev, h, HASH_LEN);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(v->db, rc, "读取日志", v->e);
	if (lost) {
		r->point_lost = true;
		if (++r->broken == 1)
			r->first_broken = from->id;
		sl_push(&r->chain, lost);
		free(lost);
	}
	r->last_id = from->id;
	return TC_OK;
}

/* The rows after the point: the chain, and the cases they concern queued
 * for replay. */
static enum tc_status walk_after(struct verify *v, int64_t from, unsigned char prev[HASH_LEN])
{
	static const char sql[] =
		"SELECT id, recorded_at, effective_on, actor, case_id, kind, detail, snapshot, hash"
		" FROM journal WHERE id > ?1 ORDER BY id";
	struct audit_report *r = v->r;
	sqlite3_stmt *st = db_prep(v->db, sql);
	int64_t expect_id = from + 1;
	size_t cap = 0;
	int rc;

	sqlite3_bind_int64(st, 1, from);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		chain_step(v, st, prev, &expect_id, NULL, 0);
		if (sqlite3_column_type(st, 4) == SQLITE_NULL) {
			const char *kind = db_col_text(st, 5);
			if (strcmp(kind, "rule") == 0 || strcmp(kind, "calendar") == 0 ||
			    strcmp(kind, "setting") == 0)
				r->rules_changed = true;
			continue;
		}
		int64_t cid = sqlite3_column_int64(st, 4);
		if (cid > 0 && cid < v->ncs && !v->cs[cid].queued) {
			v->cs[cid].queued = 1;
			r->replayed = xgrow(r->replayed, &cap, r->nreplayed + 1, sizeof *r->replayed);
			r->replayed[r->nreplayed++] = cid;
		}
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? TC_OK : db_fail(v->db, rc, "读取日志", v->e);
}

static int cmp_id(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

/* The journal of each queued case from its registration, through the
 * journal's index by case. */
static enum tc_status replay_cases(struct verify *v)
{
	static const char sql[] = "SELECT " WALK_COLS WALK_FROM(" WHERE case_id = ?1");
	struct audit_report *r = v->r;
	int rc = SQLITE_DONE;

	for (size_t i = 0; i < r->nreplayed && rc == SQLITE_DONE; i++) {
		sqlite3_stmt *st = db_prep(v->db, sql);
		sqlite3_bind_int64(st, 1, r->replayed[i]);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW)
			replay_row(v, st, r->replayed[i]);
		sqlite3_reset(st);
	}
	return rc == SQLITE_DONE ? TC_OK : db_fail(v->db, rc, "读取日志", v->e);
}

enum tc_status audit_verify_quick(struct db *db, const struct audit_point *from,
				    struct audit_report *r, struct tc_err *e)
{
	struct verify v;
	unsigned char prev[HASH_LEN];
	enum tc_status st;

	assert(from->id > 0);
	if ((st = verify_init(&v, db, r, e)) != TC_OK)
		return st;
	st = journal_head(db, &r->head, e);
	int64_t rows = r->head.rows;
	if (st == TC_OK)
		st = check_point(&v, from, prev);
	if (st == TC_OK)
		st = walk_after(&v, from->id, prev);
	r->head.rows = rows;
	if (st == TC_OK && r->nreplayed) {
		qsort(r->replayed, r->nreplayed, sizeof *r->replayed, cmp_id);
		st = replay_cases(&v);
	}
	if (st == TC_OK)
		st = compare_cases(&v, false);
	if (st == TC_OK)
		st = check_reverts(&v, false);
	verify_done(&v, st);
	return st;
}

void audit_report_free(struct audit_report *r)
{
	sl_free(&r->chain);
	sl_free(&r->replay);
	free(r->replayed);
	r->replayed = NULL;
	r->nreplayed = 0;
}

/* ---- the point a check reached ----------------------------------------- */

enum tc_status audit_point_get(struct db *db, struct audit_point *p, struct tc_err *e)
{
	static const char sql[] =
		"SELECT json_extract(value, '$.id'), json_extract(value, '$.hash'),"
		" json_extract(value, '$.at'), json_extract(value, '$.by'),"
		" json_extract(value, '$.quick')"
		" FROM settings WHERE key = 'check_point' AND json_valid(value)";
	sqlite3_stmt *st = db_prep(db, sql);
	int rc = sqlite3_step(st);

	memset(p, 0, sizeof *p);
	if (rc == SQLITE_ROW && sqlite3_column_type(st, 0) == SQLITE_INTEGER &&
	    sqlite3_column_int64(st, 0) > 0 && sqlite3_column_bytes(st, 1) == HEX_LEN) {
		p->id = sqlite3_column_int64(st, 0);
		snprintf(p->hash, sizeof p->hash, "%s", db_col_text(st, 1));
		snprintf(p->at, sizeof p->at, "%s", db_col_text(st, 2));
		snprintf(p->by, sizeof p->by, "%s", db_col_text(st, 3));
		p->quick = sqlite3_column_int(st, 4) != 0;
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "读取核对点", e);
}

enum tc_status audit_point_put(struct db *db, const struct audit_point *p, struct tc_err *e)
{
	static const char sql[] =
		"INSERT INTO settings(key, value) VALUES ('check_point',"
		" json_object('id', ?1, 'hash', ?2, 'at', ?3, 'by', ?4, 'quick', ?5))"
		" ON CONFLICT(key) DO UPDATE SET value = excluded.value";
	char now[20];
	enum tc_status st;

	if ((st = db_begin(db, e)) != TC_OK)
		return st;
	if (p->at[0])
		snprintf(now, sizeof now, "%s", p->at);
	else
		db_now(now);
	sqlite3_stmt *q = db_prep(db, sql);
	sqlite3_bind_int64(q, 1, p->id);
	sqlite3_bind_text(q, 2, p->hash, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 3, now, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 4, p->by, -1, SQLITE_STATIC);
	sqlite3_bind_int(q, 5, p->quick);
	int rc = sqlite3_step(q);
	sqlite3_reset(q);
	if (rc != SQLITE_DONE) {
		st = db_fail(db, rc, "记下核对点", e);
		db_rollback(db);
		return st;
	}
	return db_commit(db, e);
}

/* ---- the caches kept beside the cases ----------------------------------- */

/* "案件 贵劳人仲案字〔2026〕第5号", for a finding not about one case's
 * journal. */
static char *case_of(struct db *db, int64_t case_id)
{
	struct verify v = {.db = db};
	char *no = case_name(&v, case_id);
	char *s = xasprintf("案件 %s", no);
	free(no);
	return s;
}

/* Each document of the cases (columns: id, case, number, kind) whose
 * place in the queue is not the one the documents and services give:
 * should it wait (addressed to a party, not served, the latest of its
 * kind, part, addressee and hearing), does it, and does its queue row
 * name its case and day. */
#define UNSERVED_SQL(where)                                                    \
	"SELECT id, case_id, no, kind, due, queued FROM (SELECT d.id, d.case_id, d.no, d.kind," \
	" d.party_id IS NOT NULL"                                              \
	"  AND NOT EXISTS (SELECT 1 FROM services s WHERE s.document_id = d.id)" \
	"  AND NOT EXISTS (SELECT 1 FROM documents n WHERE n.case_id = d.case_id" \
	"   AND n.kind = d.kind AND n.part = d.part AND n.party_id = d.party_id" \
	"   AND n.hearing_no IS d.hearing_no AND n.id > d.id) AS due,"          \
	" u.document_id IS NOT NULL AS queued,"                                \
	" u.case_id IS d.case_id AND u.made_on IS d.made_on AS same"           \
	" FROM documents d LEFT JOIN doc_unserved u ON u.document_id = d.id" where ")" \
	" WHERE due <> queued OR (queued AND NOT same) ORDER BY case_id, no"

struct unserved_bad {
	int64_t doc_id, case_id;
	int no, due, queued;
	char kind[24];
};

enum tc_status audit_unserved(struct db *db, const int64_t *ids, size_t n,
			      struct strlist *problems, struct tc_err *e)
{
	static const char all_sql[] = UNSERVED_SQL("");
	static const char one_sql[] = UNSERVED_SQL(" WHERE d.case_id = ?1");
	struct unserved_bad *bad = NULL;
	size_t nbad = 0, cap = 0;
	int rc = SQLITE_DONE;

	/* Read whole first: naming a case is another cached statement. */
	for (size_t i = 0; (ids ? i < n : i == 0) && rc == SQLITE_DONE; i++) {
		sqlite3_stmt *st = db_prep(db, ids ? one_sql : all_sql);
		if (ids)
			sqlite3_bind_int64(st, 1, ids[i]);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			bad = xgrow(bad, &cap, nbad + 1, sizeof *bad);
			struct unserved_bad *b = &bad[nbad++];
			b->doc_id = sqlite3_column_int64(st, 0);
			b->case_id = sqlite3_column_int64(st, 1);
			b->no = sqlite3_column_int(st, 2);
			snprintf(b->kind, sizeof b->kind, "%s", db_col_text(st, 3));
			b->due = sqlite3_column_int(st, 4);
			b->queued = sqlite3_column_int(st, 5);
		}
		sqlite3_reset(st);
	}
	for (size_t i = 0; i < nbad && rc == SQLITE_DONE; i++) {
		const struct unserved_bad *b = &bad[i];
		const struct doc_kind *k = doc_kind_find(b->kind);
		char *c = case_of(db, b->case_id);
		char *line = xasprintf("待送达: %s 第%d号 %s %s", c, b->no, k ? k->zh : b->kind,
				       b->due && !b->queued ? "未送达, 却不在待送达队列中"
				       : !b->due && b->queued ? "已送达或已有新的一份, 却仍在待送达队列中"
							      : "在待送达队列中记的案件或日期与文书不符");
		sl_push(problems, line);
		free(line);
		free(c);
	}
	free(bad);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "核对待送达", e);
}

/* Case id's stored clocks (case_clocks, next_due, next_clock) against
 * what deadline_case computes from the rules now, as deadline_verify
 * compares them: every clock the rules give stored with its start, due
 * day, running and statutory, no other stored, and the earliest running
 * statutory clock on the case row. */
static enum tc_status clocks_same(struct db *db, int64_t id, bool *same, struct tc_err *e)
{
	static const char rows_sql[] =
		"SELECT clock, coalesce(start_on, ''), coalesce(due_on, ''), running, statutory"
		" FROM case_clocks WHERE case_id = ?1";
	static const char next_sql[] =
		"SELECT coalesce(next_due, ''), coalesce(next_clock, '') FROM cases WHERE id = ?1";
	struct case_clock v[DEADLINE_MAX_CLOCKS];
	const struct case_clock *next = NULL;
	size_t n, stored = 0;
	int provisional, rc;
	enum tc_status st;

	if ((st = deadline_case(db, id, date_today(), v, &n, &provisional, e)) != TC_OK)
		return st;
	*same = true;
	sqlite3_stmt *q = db_prep(db, rows_sql);
	sqlite3_bind_int64(q, 1, id);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		const struct case_clock *k = NULL;
		stored++;
		for (size_t i = 0; i < n && !k; i++)
			if (strcmp(v[i].name, db_col_text(q, 0)) == 0)
				k = &v[i];
		*same = *same && k && strcmp(k->start, db_col_text(q, 1)) == 0 &&
			strcmp(k->due, db_col_text(q, 2)) == 0 &&
			k->running == (sqlite3_column_int(q, 3) != 0) &&
			k->statutory == (sqlite3_column_int(q, 4) != 0);
	}
	sqlite3_reset(q);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, "核对期限", e);
	*same = *same && stored == n;
	for (size_t i = 0; i < n; i++)
		if (v[i].running && v[i].statutory && (!next || strcmp(v[i].due, next->due) < 0))
			next = &v[i];
	q = db_prep(db, next_sql);
	sqlite3_bind_int64(q, 1, id);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		*same = *same && strcmp(db_col_text(q, 0), next ? next->due : "") == 0 &&
			strcmp(db_col_text(q, 1), next ? next->name : "") == 0;
	sqlite3_reset(q);
	return rc == SQLITE_ROW ? TC_OK : db_fail(db, rc, "核对期限", e);
}

enum tc_status audit_clocks(struct db *db, const int64_t *ids, size_t n, size_t *checked,
			    struct strlist *stale, struct tc_err *e)
{
	/* The cases deadline_verify compares: the open ones, and the closed
	 * ones with a clock that runs after the award running to today or
	 * later (its name is ?3 .. ?6). */
	static const char sql[] =
		"SELECT case_no, stage <> 'closed' OR EXISTS (SELECT 1 FROM case_clocks k"
		"  WHERE k.case_id = c.id AND k.running AND k.due_on >= ?2 AND k.clock IN (?3, ?4, ?5, ?6))"
		" FROM cases c WHERE id = ?1";
	const struct clock_def *defs;
	size_t ndefs = deadline_defs(&defs);
	char today[DATE_ISO_LEN];
	enum tc_status st = TC_OK;

	*checked = 0;
	date_iso(date_today(), today);
	for (size_t i = 0; i < n && st == TC_OK; i++) {
		sqlite3_stmt *q = db_prep(db, sql);
		int nclosed = 0;
		sqlite3_bind_int64(q, 1, ids[i]);
		sqlite3_bind_text(q, 2, today, -1, SQLITE_STATIC);
		for (size_t k = 0; k < ndefs; k++)
			if ((defs[k].runs & STAGE_BIT(STAGE_CLOSED)) && nclosed < 4)
				sqlite3_bind_text(q, 3 + nclosed++, defs[k].name, -1, SQLITE_STATIC);
		int rc = sqlite3_step(q);
		char *no = rc == SQLITE_ROW && sqlite3_column_int(q, 1) ? db_col_dup(q, 0) : NULL;
		sqlite3_reset(q);
		if (rc != SQLITE_ROW && rc != SQLITE_DONE)
			return db_fail(db, rc, "读取案件", e);
		if (!no)
			continue; /* gone, or closed with its periods over */
		bool same = true;
		if ((st = clocks_same(db, ids[i], &same, e)) == TC_OK) {
			(*checked)++;
			if (!same)
				sl_push(stale, no);
		}
		free(no);
	}
	return st;
}
