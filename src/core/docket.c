/*
 * docket.c - the one case-query engine (docket.h): keyset paging over the
 * sort indexes, the filters, and search by name, case number, ID number
 * and credit code, for the docket's pages and for `case list`, which reads
 * every page in turn (docket_each); one employer's cases (the respondent
 * filter) and what they add up to (docket_sum).
 *
 * A page is read one of two ways, and both give the same rows:
 *  - walk: the index of the chosen order is walked from the anchor and each
 *    case checked against the filters.  Each order has three indexes
 *    (schema.sql.h): all cases, per stage, open cases; the stage, open and
 *    overdue filters walk their own, so their cases are never skipped over
 *    by the thousand (open cases gather at one end of the case-number
 *    order, overdue ones at one end of the due order).
 *  - drive: when a filter with no index of its own picks out few cases (a
 *    name, a case number, a lawyer's or a person's own cases), its
 *    candidates come through their index and are sorted, drive_max at most.
 * A walk past an anchor goes in tiers, because SQLite seeks an index by
 * (key = ? AND id > ?) but not by the row value (key, id) > (?, ?) when the
 * key is an expression: first the anchor's ties with a greater id, then
 * the greater keys.
 *
 * A name search matching many cases (a common piece such as 建筑 or 劳务,
 * thousands of cases) walks too, but never checks a case row by row: the
 * cases having each piece of the text are held as a bitmap of case ids
 * (struct idset, read once from name_grams and kept on the connection
 * until the data changes), and the walk asks the bitmap first, from the
 * index entry alone (the SQL function tc_docket_in), so a case row is read
 * only for the cases that have every piece.  A walk then costs tens of
 * nanoseconds per case it passes, however far the first match lies along
 * the order (建筑劳务 by 请求金额: the smallest claims come first and are
 * never building-labour cases).  A count of such a search reads the rarest
 * piece's cases or walks the filter's own index with the bitmap,
 * whichever passes fewer.
 *
 * Each statement is built from constant fragments chosen by which filters
 * are on, every value bound by name: no input reaches the SQL text.  The
 * checks put a unary + on their columns so that SQLite uses the index the
 * walk names and no other.  Nothing here writes to the database.
 */
#include "tiaocai/docket.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/ident.h"
#include "tiaocai/text.h"
#include "tiaocai/workflow.h"
#include "case_row.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A candidate set smaller than this is read and sorted rather than walked:
 * a few milliseconds at most, and each count to find it stops here.
 * docket_drive_max changes it (tests). */
static long drive_max = DOCKET_DRIVE_MAX;
/* A piece of a name in more than this share of the cases is not kept as a
 * bitmap: building it costs more than the little it narrows. */
#define SET_SHARE 2 /* one case in two */
/* Bitmaps of pieces kept on a connection, the least recently used going. */
#define CACHED_SETS 8
/* Respondents sort by this many leading characters, as their index has it;
 * 60 characters fit whole in case_row.respondent (255 bytes). */
#define RESP_KEY_CHARS 60
/* A name query is narrowed by the rarest of its first pieces. */
#define MAX_GRAMS 16
#define GRAM_SIZE 9 /* two UTF-8 characters and the NUL */

/* The sort keys, written exactly as the indexes in schema.sql.h have them. */
enum key { KEY_DUE, KEY_YEAR, KEY_SEQ, KEY_APPLICANT, KEY_RESPONDENT, KEY_CLAIMED, KEY_RANK };
#define DUE_KEY "coalesce(c.next_due, '9999-12-31')"
#define NO_DUE "9999-12-31"
#define RANK_KEY \
	"(CASE c.stage WHEN 'received' THEN 0 WHEN 'premediation' THEN 1" \
	" WHEN 'accepted' THEN 2 WHEN 'mediating' THEN 3 WHEN 'hearing' THEN 4" \
	" WHEN 'suspended' THEN 5 ELSE 6 END)" /* = enum stage */
static const char *const key_expr[] = {
	[KEY_DUE] = DUE_KEY, [KEY_YEAR] = "c.year", [KEY_SEQ] = "c.seq",
	[KEY_APPLICANT] = "c.first_applicant", [KEY_RESPONDENT] = "substr(c.respondents, 1, 60)",
	[KEY_CLAIMED] = "c.claimed", [KEY_RANK] = RANK_KEY,
};
/* The parameter each key position is bound to; the last is the id. */
static const char *const key_param[3] = {":k1", ":k2", ":id"};

/* Which cases a walk goes over: all, one stage, or the open ones. */
enum part { PART_ALL, PART_STAGE, PART_OPEN, PART_COUNT };

/* How each order is walked in each part: the index (NULL: the only one
 * SQLite can use for the keys), what selects the part (constant, so it
 * bounds the index range), and the keys before the id.  Within one stage
 * the stage order is the due order.  The case number is unique, so no id
 * follows it (the open index holds next_due there instead, for overdue). */
#define OPEN " AND c.stage <> 'closed'"
#define IN_STAGE " AND c.stage = :stage"
#define IN_RANK " AND " RANK_KEY " = :rank"
static const struct walk_def {
	const char *index, *part;
	enum key key[2];
	size_t nkeys;
	bool unique;             /* the keys alone are unique: no id after them */
} walks[PART_COUNT][DOCKET_SORT_COUNT] = {
	[PART_ALL] = {
		[DOCKET_SORT_DUE] = {NULL, "", {KEY_DUE}, 1},
		[DOCKET_SORT_NO] = {NULL, "", {KEY_YEAR, KEY_SEQ}, 2, true},
		[DOCKET_SORT_APPLICANT] = {NULL, "", {KEY_APPLICANT}, 1},
		[DOCKET_SORT_RESPONDENT] = {NULL, "", {KEY_RESPONDENT}, 1},
		[DOCKET_SORT_CLAIMED] = {NULL, "", {KEY_CLAIMED}, 1},
		[DOCKET_SORT_STAGE] = {NULL, "", {KEY_RANK, KEY_DUE}, 2},
	},
	[PART_STAGE] = {
		[DOCKET_SORT_DUE] = {"cases_stage_order", IN_RANK, {KEY_DUE}, 1},
		[DOCKET_SORT_NO] = {"cases_stage_no", IN_STAGE, {KEY_YEAR, KEY_SEQ}, 2, true},
		[DOCKET_SORT_APPLICANT] = {"cases_stage_applicant", IN_STAGE, {KEY_APPLICANT}, 1},
		[DOCKET_SORT_RESPONDENT] = {"cases_stage_respondents", IN_STAGE, {KEY_RESPONDENT}, 1},
		[DOCKET_SORT_CLAIMED] = {"cases_stage_claimed", IN_STAGE, {KEY_CLAIMED}, 1},
		[DOCKET_SORT_STAGE] = {"cases_stage_order", IN_RANK, {KEY_DUE}, 1},
	},
	[PART_OPEN] = {
		[DOCKET_SORT_DUE] = {"cases_open_due_key", OPEN, {KEY_DUE}, 1},
		[DOCKET_SORT_NO] = {"cases_open_no", OPEN, {KEY_YEAR, KEY_SEQ}, 2, true},
		[DOCKET_SORT_APPLICANT] = {"cases_open_applicant", OPEN, {KEY_APPLICANT}, 1},
		[DOCKET_SORT_RESPONDENT] = {"cases_open_respondents", OPEN, {KEY_RESPONDENT}, 1},
		[DOCKET_SORT_CLAIMED] = {"cases_open_claimed", OPEN, {KEY_CLAIMED}, 1},
		[DOCKET_SORT_STAGE] = {"cases_stage_order", " AND " RANK_KEY " < 6", {KEY_RANK, KEY_DUE}, 2},
	},
};

/* The candidate sets a page can be driven from, each through its own
 * index, and the statements that count them: with UNION ALL, which stops
 * at the cap where UNION would first collect every row, and from the index
 * alone (a case counted twice only makes the estimate safer). */
enum src { SRC_CASE, SRC_CASE_NO, SRC_NUMBER, SRC_NUMBER_SEQ, SRC_NUMBER_USCC, SRC_SEQ_USCC,
	   SRC_USCC, SRC_NAME, SRC_LAWYER, SRC_PERSON, SRC_RESP_CODE, SRC_RESP_USCC, SRC_RESP_NAME,
	   SRC_RESP_GRAM, SRC_COUNT };
#define S_CASE "SELECT id FROM cases WHERE year = :year AND seq = :seq"
#define S_CASE_NO "SELECT id FROM cases WHERE case_no = :caseno"
#define S_SEQ "SELECT id FROM cases WHERE year IN (SELECT year FROM case_seq) AND seq = :seq"
#define S_NUMBER S_SEQ " UNION SELECT case_id FROM parties WHERE id_no >= :idlo AND id_no < :idhi"
#define S_NAME "SELECT case_id AS id FROM name_grams WHERE gram = :gram"
#define S_LAWYER "SELECT id FROM cases WHERE lawyer_id = :lawyer"
#define S_PERSON \
	"SELECT id FROM cases WHERE mediator_id = :person" \
	" UNION SELECT id FROM cases WHERE arbitrator_id = :person"
/* A credit code: any party's (the search), a respondent's (the employer
 * filter), or a respondent's ID number (a 包工头). */
#define S_USCC "SELECT case_id AS id FROM parties WHERE uscc = :uscc"
#define S_RESP_USCC "SELECT case_id AS id FROM parties WHERE uscc = :rcode AND side = 'respondent'"
#define S_RESP_IDNO "SELECT case_id FROM parties WHERE id_no = :rcode AND side = 'respondent'"
#define S_RESP_NAME "SELECT case_id AS id FROM parties WHERE name = :resp AND side = 'respondent'"
#define S_RESP_GRAM "SELECT case_id AS id FROM name_grams WHERE gram = :rgram"
#define COUNTED(s) "SELECT count(*) FROM (" s " LIMIT :cap)"
static const struct {
	const char *ids, *count;
} sources[SRC_COUNT] = {
	[SRC_CASE] = {S_CASE, COUNTED(S_CASE)},
	[SRC_CASE_NO] = {S_CASE_NO, COUNTED(S_CASE_NO)},
	[SRC_NUMBER] = {S_NUMBER, COUNTED(S_SEQ " UNION ALL SELECT 1 FROM parties"
					   " WHERE id_no >= :idlo AND id_no < :idhi")},
	[SRC_NUMBER_SEQ] = {S_SEQ, COUNTED(S_SEQ)},
	[SRC_NUMBER_USCC] = {S_NUMBER " UNION " S_USCC,
			     COUNTED(S_SEQ " UNION ALL SELECT 1 FROM parties WHERE id_no >= :idlo"
				     " AND id_no < :idhi UNION ALL " S_USCC)},
	[SRC_SEQ_USCC] = {S_SEQ " UNION " S_USCC, COUNTED(S_SEQ " UNION ALL " S_USCC)},
	[SRC_USCC] = {S_USCC, COUNTED(S_USCC)},
	[SRC_NAME] = {S_NAME, COUNTED(S_NAME)},
	[SRC_LAWYER] = {S_LAWYER, COUNTED(S_LAWYER)},
	[SRC_PERSON] = {S_PERSON, COUNTED("SELECT 1 FROM cases WHERE mediator_id = :person"
					   " UNION ALL SELECT 1 FROM cases WHERE arbitrator_id = :person")},
	[SRC_RESP_CODE] = {S_RESP_USCC " UNION " S_RESP_IDNO,
			   COUNTED(S_RESP_USCC " UNION ALL " S_RESP_IDNO)},
	[SRC_RESP_USCC] = {S_RESP_USCC, COUNTED(S_RESP_USCC)},
	[SRC_RESP_NAME] = {S_RESP_NAME, COUNTED(S_RESP_NAME)},
	[SRC_RESP_GRAM] = {S_RESP_GRAM, COUNTED(S_RESP_GRAM)},
};

/* A set of case ids, as a bitmap; bound to statements as a pointer of
 * this type (sqlite3_bind_pointer). */
struct idset {
	uint64_t *w;
	size_t nw;                   /* words in w */
	size_t n;                    /* members */
};
#define SET_PTR "tc_docket_idset"

/* What one docket request binds and checks, worked out once per call. */
struct query {
	bool empty;                  /* the filters can match nothing */
	enum part part;              /* the cases a walk goes over */
	bool overdue;                /* the overdue filter is on */
	bool due_range;              /* the due-within filter is on */
	bool brief;                  /* rows from the case alone (docket_filter.brief) */
	struct strbuf where;         /* " AND ..." checks on c */
	struct strbuf pwhere;        /* " AND ..." the part's checks (stage, open, overdue,
				      * due): implied by a walk's or a count's own index */
	enum src src[SRC_COUNT];     /* the candidate sets that apply */
	long count[SRC_COUNT];       /* their sizes, counted up to drive_max */
	size_t nsrc;
	int best;                    /* index into src of the smallest, or -1 */
	/* A name's pieces (text, then respondent), when every one is in
	 * drive_max cases or more: their bitmaps are asked instead. */
	char grams[MAX_GRAMS][GRAM_SIZE], rgrams[MAX_GRAMS][GRAM_SIZE];
	size_t ngrams, nrgrams;
	struct idset *set;           /* the cases having every piece, or NULL */
	bool own_set;                /* set is the query's (an intersection), else the cache's */
	bool set_only;               /* the set is every check: a name of two characters
				      * alone (its one piece's cases) */
	enum src set_src;            /* SRC_NAME or SRC_RESP_GRAM: the rarest piece's */
	long set_min;                /* how many cases that piece has */
	/* the bound values */
	const char *stage;
	int rank;
	char today[DATE_ISO_LEN], dueby[DATE_ISO_LEN];
	int64_t person, lawyer, year, seq;
	char gram[GRAM_SIZE], rgram[GRAM_SIZE];
	char uscc[USCC_LEN], rcode[USCC_LEN];
	char *like, *idlo, *idhi, *caseno, *resp, *rlike;
};

/* The anchor's values of up to two keys, and its id. */
struct anchor_key {
	bool text[2];
	int64_t i[2];
	char s[2][TEXT_BYTES(TEXT_MAX_ORG)]; /* a name or respondents, as the row holds it */
	int64_t id;
};

static void idset_free(struct idset *s)
{
	if (s)
		free(s->w);
}

static void query_free(struct query *q)
{
	sb_free(&q->where);
	sb_free(&q->pwhere);
	free(q->like);
	free(q->idlo);
	free(q->idhi);
	free(q->caseno);
	free(q->resp);
	free(q->rlike);
	if (q->own_set) {
		idset_free(q->set);
		free(q->set);
	}
}

long docket_drive_max(long n)
{
	long was = drive_max;

	if (n > 0)
		drive_max = n;
	return was;
}

/* ---- search text ----------------------------------------------------- */

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* Length in bytes of the UTF-8 character at s (1 for a stray byte). */
static size_t char_len(const char *s)
{
	size_t n = 1;
	while (((unsigned char)s[n] & 0xC0) == 0x80)
		n++;
	return n;
}

static size_t count_chars(const char *s)
{
	size_t n = 0;
	for (; *s; s += char_len(s))
		n++;
	return n;
}

/* "YYYY-N": *year and *seq (-1 when the number is too long to be one). */
static bool parse_case_ref(const char *t, int64_t *year, int64_t *seq)
{
	size_t i, digits;

	for (i = 0; i < 4; i++)
		if (!is_digit(t[i]))
			return false;
	if (t[4] != '-' || !t[5])
		return false;
	for (i = 5; t[i]; i++)
		if (!is_digit(t[i]))
			return false;
	digits = i - 5;
	*year = (t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 + (t[3] - '0');
	*seq = digits <= 18 ? strtoll(t + 5, NULL, 10) : -1;
	return true;
}

/* Digits, with an X allowed at the end. */
static bool is_number(const char *t)
{
	size_t i;

	for (i = 0; is_digit(t[i]); i++)
		;
	if (t[i] == 'X' || t[i] == 'x')
		i++;
	return i > 0 && t[i] == '\0';
}

/* A credit code's shape as ident_uscc_check reads it (a wrong check
 * character allowed), or 18 capital letters and digits as a code kept
 * from before the checks were as strict: true, with the code normalised
 * into out. */
static bool is_uscc(const char *t, char out[USCC_LEN])
{
	struct tc_err e = {0};
	bool bad = false;
	size_t i;

	if (ident_uscc_check(t, out, &bad, "uscc", &e) == TC_OK || bad)
		return true;
	for (i = 0; (t[i] >= '0' && t[i] <= '9') || (t[i] >= 'A' && t[i] <= 'Z'); i++)
		;
	if (i != 18 || t[i] != '\0')
		return false;
	memcpy(out, t, USCC_LEN);
	return true;
}

/* An ID number's shape: 17 digits and a digit or X. */
static bool is_id_shape(const char *t)
{
	return strlen(t) == 18 && is_number(t) && is_digit(t[0]);
}

static enum docket_text classify(const char *t)
{
	char code[USCC_LEN];
	int64_t y, s;

	if (!*t)
		return DOCKET_TEXT_NONE;
	if (count_chars(t) < 2)
		return DOCKET_TEXT_SHORT;
	if (parse_case_ref(t, &y, &s))
		return DOCKET_TEXT_CASE;
	if (is_number(t))
		return DOCKET_TEXT_NUMBER;
	if (is_uscc(t, code))
		return DOCKET_TEXT_USCC;
	return DOCKET_TEXT_NAME;
}

enum docket_text docket_text_kind(const char *text)
{
	if (text == NULL)
		return DOCKET_TEXT_NONE;
	char *t = text_trim(text);
	enum docket_text k = classify(t);
	free(t);
	return k;
}

/* The respondent filter's kind; a code normalised into code. */
static enum docket_resp resp_classify(const char *t, char code[USCC_LEN])
{
	if (!*t)
		return DOCKET_RESP_NONE;
	if (is_uscc(t, code))
		return DOCKET_RESP_CODE;
	if (is_id_shape(t)) {
		snprintf(code, USCC_LEN, "%s", t);
		code[17] = code[17] == 'x' ? 'X' : code[17];
		return DOCKET_RESP_CODE;
	}
	return DOCKET_RESP_NAME;
}

enum docket_resp docket_respondent_kind(const char *respondent)
{
	char code[USCC_LEN];

	if (respondent == NULL)
		return DOCKET_RESP_NONE;
	char *t = text_trim(respondent);
	enum docket_resp k = resp_classify(t, code);
	free(t);
	return k;
}

/* The pieces name_grams holds for t: every two characters, with ASCII
 * letters lower-cased as SQLite's lower() does.  Returns how many (at most
 * MAX_GRAMS, without repeats). */
static size_t name_grams(const char *t, char grams[MAX_GRAMS][GRAM_SIZE])
{
	size_t n = 0;

	for (const char *p = t; *p; p += char_len(p)) {
		size_t a = char_len(p);
		if (!p[a])
			break;
		size_t len = a + char_len(p + a);
		char g[GRAM_SIZE];
		if (len >= GRAM_SIZE)
			continue; /* not valid UTF-8: name_grams cannot hold it either */
		for (size_t i = 0; i < len; i++)
			g[i] = p[i] >= 'A' && p[i] <= 'Z' ? (char)(p[i] + 'a' - 'A') : p[i];
		g[len] = '\0';
		bool seen = false;
		for (size_t i = 0; i < n && !seen; i++)
			seen = strcmp(grams[i], g) == 0;
		if (!seen)
			memcpy(grams[n++], g, len + 1);
		if (n == MAX_GRAMS)
			break;
	}
	return n;
}

/* "%t%" for LIKE ... ESCAPE '\', the caller frees. */
static char *like_pattern(const char *t)
{
	struct strbuf l = {0};

	sb_puts(&l, "%");
	for (const char *p = t; *p; p++) {
		if (*p == '%' || *p == '_' || *p == '\\')
			sb_puts(&l, "\\");
		sb_add(&l, p, 1);
	}
	sb_puts(&l, "%");
	return sb_take(&l);
}

/* Bind every named parameter st has from q, k (may be NULL) and the row
 * limit. */
static void bind_all(sqlite3_stmt *st, const struct query *q, const struct anchor_key *k,
		     int64_t limit)
{
	for (int i = 1; i <= sqlite3_bind_parameter_count(st); i++) {
		const char *p = sqlite3_bind_parameter_name(st, i);
		if (p == NULL)
			continue;
		if (strcmp(p, ":set") == 0)
			sqlite3_bind_pointer(st, i, q->set, SET_PTR, NULL);
		else if (strcmp(p, ":stage") == 0)
			sqlite3_bind_text(st, i, q->stage, -1, SQLITE_STATIC);
		else if (strcmp(p, ":rank") == 0)
			sqlite3_bind_int(st, i, q->rank);
		else if (strcmp(p, ":today") == 0)
			sqlite3_bind_text(st, i, q->today, -1, SQLITE_STATIC);
		else if (strcmp(p, ":dueby") == 0)
			sqlite3_bind_text(st, i, q->dueby, -1, SQLITE_STATIC);
		else if (strcmp(p, ":caseno") == 0)
			sqlite3_bind_text(st, i, q->caseno, -1, SQLITE_STATIC);
		else if (strcmp(p, ":person") == 0)
			sqlite3_bind_int64(st, i, q->person);
		else if (strcmp(p, ":lawyer") == 0)
			sqlite3_bind_int64(st, i, q->lawyer);
		else if (strcmp(p, ":year") == 0)
			sqlite3_bind_int64(st, i, q->year);
		else if (strcmp(p, ":seq") == 0)
			sqlite3_bind_int64(st, i, q->seq);
		else if (strcmp(p, ":gram") == 0)
			sqlite3_bind_text(st, i, q->gram, -1, SQLITE_STATIC);
		else if (strcmp(p, ":like") == 0)
			sqlite3_bind_text(st, i, q->like, -1, SQLITE_STATIC);
		else if (strcmp(p, ":idlo") == 0)
			sqlite3_bind_text(st, i, q->idlo, -1, SQLITE_STATIC);
		else if (strcmp(p, ":idhi") == 0)
			sqlite3_bind_text(st, i, q->idhi, -1, SQLITE_STATIC);
		else if (strcmp(p, ":uscc") == 0)
			sqlite3_bind_text(st, i, q->uscc, -1, SQLITE_STATIC);
		else if (strcmp(p, ":rcode") == 0)
			sqlite3_bind_text(st, i, q->rcode, -1, SQLITE_STATIC);
		else if (strcmp(p, ":resp") == 0)
			sqlite3_bind_text(st, i, q->resp, -1, SQLITE_STATIC);
		else if (strcmp(p, ":rgram") == 0)
			sqlite3_bind_text(st, i, q->rgram, -1, SQLITE_STATIC);
		else if (strcmp(p, ":rlike") == 0)
			sqlite3_bind_text(st, i, q->rlike, -1, SQLITE_STATIC);
		else if (strcmp(p, ":cap") == 0 || strcmp(p, ":n") == 0)
			sqlite3_bind_int64(st, i, limit);
		else if (k && strcmp(p, ":id") == 0)
			sqlite3_bind_int64(st, i, k->id);
		else if (k && (strcmp(p, ":k1") == 0 || strcmp(p, ":k2") == 0)) {
			int j = p[2] - '1';
			if (k->text[j])
				sqlite3_bind_text(st, i, k->s[j], -1, SQLITE_STATIC);
			else
				sqlite3_bind_int64(st, i, k->i[j]);
		}
	}
}

/* The size of candidate set s, counting no further than cap. */
static enum tc_status count_source(struct db *db, const struct query *q, enum src s, long cap,
				   long *n, struct tc_err *e)
{
	sqlite3_stmt *st = db_prep(db, sources[s].count);
	int rc;

	bind_all(st, q, NULL, cap);
	rc = sqlite3_step(st);
	*n = rc == SQLITE_ROW ? (long)sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? TC_OK : db_fail(db, rc, "查询案件列表", e);
}

/* ---- bitmaps of the pieces of names ------------------------------------ */

/* The bitmaps of the pieces asked for lately, on the connection's slot
 * DB_SLOT_DOCKET.  They hold while nothing has been written: another
 * process's commit changes PRAGMA data_version, this connection's own
 * writes sqlite3_total_changes; either empties the cache.  A piece found
 * too common (in more than 1/SET_SHARE of the cases) is remembered as
 * such, without a bitmap. */
struct set_cache {
	int64_t version;             /* data_version when the bitmaps were read */
	int changes;                 /* total_changes then */
	unsigned tick;
	struct cached_set {
		char gram[GRAM_SIZE];    /* "" when the entry is free */
		bool common;             /* too common: no bitmap */
		struct idset set;
		unsigned used;           /* tick of the last use */
	} e[CACHED_SETS];
};

static void set_cache_clear(struct set_cache *c)
{
	for (size_t i = 0; i < CACHED_SETS; i++) {
		idset_free(&c->e[i].set);
		memset(&c->e[i], 0, sizeof c->e[i]);
	}
}

static void set_cache_destroy(void *p)
{
	set_cache_clear(p);
	free(p);
}

static bool idset_has(const struct idset *s, sqlite3_int64 id)
{
	return id >= 0 && (uint64_t)id / 64 < s->nw && (s->w[id / 64] >> (id % 64) & 1);
}

/* tc_docket_in(SET, ID): whether ID is in SET, a struct idset bound with
 * sqlite3_bind_pointer.  tc_docket_add(SET, ID) puts it in (the bitmap
 * grows as needed) and returns 1.  Both are for docket.c's own statements
 * (SQLITE_DIRECTONLY: never from a trigger or a view). */
static void fn_in(sqlite3_context *cx, int argc, sqlite3_value **v)
{
	const struct idset *s = sqlite3_value_pointer(v[0], SET_PTR);

	(void)argc;
	sqlite3_result_int(cx, s != NULL && idset_has(s, sqlite3_value_int64(v[1])));
}

static void fn_add(sqlite3_context *cx, int argc, sqlite3_value **v)
{
	struct idset *s = sqlite3_value_pointer(v[0], SET_PTR);
	sqlite3_int64 id = sqlite3_value_int64(v[1]);

	(void)argc;
	if (s == NULL || id < 0) {
		sqlite3_result_int(cx, 0);
		return;
	}
	if ((uint64_t)id / 64 >= s->nw) {
		size_t nw = (size_t)id / 64 + 1 + s->nw / 2;
		s->w = xrealloc(s->w, nw * sizeof *s->w);
		memset(s->w + s->nw, 0, (nw - s->nw) * sizeof *s->w);
		s->nw = nw;
	}
	uint64_t bit = (uint64_t)1 << (id % 64);
	s->n += !(s->w[id / 64] & bit);
	s->w[id / 64] |= bit;
	sqlite3_result_int(cx, 1);
}

/* The connection's cache of bitmaps, emptied when the data has changed
 * since it was filled; the functions registered on its first use. */
static enum tc_status set_cache(struct db *db, struct set_cache **out, struct tc_err *e)
{
	struct set_cache *c = db_slot(db, DB_SLOT_DOCKET);
	sqlite3_stmt *st;
	int64_t version = -1;
	int rc;

	if (c == NULL) {
		/* The slot goes and comes back with the data; the functions
		 * stay with the connection once registered. */
		if (sqlite3_prepare_v2(db->h, "SELECT tc_docket_in(NULL, 0)", -1, &st, NULL) == SQLITE_OK) {
			sqlite3_finalize(st);
		} else {
			int flags = SQLITE_UTF8 | SQLITE_DIRECTONLY;
			if ((rc = sqlite3_create_function(db->h, "tc_docket_in", 2, flags, NULL, fn_in,
							  NULL, NULL)) != SQLITE_OK ||
			    (rc = sqlite3_create_function(db->h, "tc_docket_add", 2, flags, NULL, fn_add,
							  NULL, NULL)) != SQLITE_OK)
				return db_fail(db, rc, "查询案件列表", e);
		}
		c = xcalloc(1, sizeof *c);
		c->version = -1;
		db_slot_set(db, DB_SLOT_DOCKET, c, set_cache_destroy);
	}
	st = db_prep(db, "PRAGMA data_version");
	if ((rc = sqlite3_step(st)) == SQLITE_ROW)
		version = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	if (rc != SQLITE_ROW)
		return db_fail(db, rc, "查询案件列表", e);
	if (version != c->version || sqlite3_total_changes(db->h) != c->changes) {
		set_cache_clear(c);
		c->version = version;
		c->changes = sqlite3_total_changes(db->h);
	}
	*out = c;
	return TC_OK;
}

/* The cache's entry for piece gram, or NULL. */
static const struct cached_set *cached(const struct set_cache *c, const char *gram)
{
	for (size_t i = 0; i < CACHED_SETS; i++)
		if (c->e[i].gram[0] && strcmp(c->e[i].gram, gram) == 0)
			return &c->e[i];
	return NULL;
}

/* The cases having piece gram, from the cache or read now; *out NULL when
 * the piece is in more than one case in SET_SHARE (no bitmap is kept). */
static enum tc_status gram_set(struct db *db, struct set_cache *c, const char *gram,
			       const struct idset **out, struct tc_err *e)
{
	static const char size_sql[] = "SELECT max(id) FROM cases";
	static const char add_sql[] =
		"SELECT count(tc_docket_add(?1, case_id)) FROM"
		" (SELECT case_id FROM name_grams WHERE gram = ?2 LIMIT ?3)";
	struct cached_set *slot = &c->e[0];
	sqlite3_stmt *st;
	int64_t max = 0;
	long found = 0;
	int rc;

	*out = NULL;
	for (size_t i = 0; i < CACHED_SETS; i++) {
		if (strcmp(c->e[i].gram, gram) == 0) {
			c->e[i].used = ++c->tick;
			*out = c->e[i].common ? NULL : &c->e[i].set;
			return TC_OK;
		}
		if (c->e[i].used < slot->used)
			slot = &c->e[i];
	}
	idset_free(&slot->set);
	memset(slot, 0, sizeof *slot);
	st = db_prep(db, size_sql);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW)
		max = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	if (rc != SQLITE_ROW)
		return db_fail(db, rc, "查询案件列表", e);
	slot->set.nw = (size_t)(max > 0 ? max : 0) / 64 + 1;
	slot->set.w = xcalloc(slot->set.nw, sizeof *slot->set.w);
	st = db_prep(db, add_sql);
	sqlite3_bind_pointer(st, 1, &slot->set, SET_PTR, NULL);
	sqlite3_bind_text(st, 2, gram, -1, SQLITE_STATIC);
	/* One row past the share tells that it is too common. */
	sqlite3_bind_int64(st, 3, max / SET_SHARE + 1);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW)
		found = (long)sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	if (rc != SQLITE_ROW) {
		idset_free(&slot->set);
		memset(slot, 0, sizeof *slot);
		return db_fail(db, rc, "查询案件列表", e);
	}
	snprintf(slot->gram, sizeof slot->gram, "%s", gram);
	slot->used = ++c->tick;
	if (found > max / SET_SHARE) {
		slot->common = true;
		idset_free(&slot->set);
		memset(&slot->set, 0, sizeof slot->set);
		return TC_OK;
	}
	*out = &slot->set;
	return TC_OK;
}

/* The cases having every piece of the query's names that is not too
 * common, as q->set (NULL when every piece is): one cached bitmap as it
 * is, several intersected into the query's own.  q->gram or q->rgram and
 * q->set_src name the rarest piece, q->set_min its cases. */
static enum tc_status query_set(struct db *db, struct query *q, struct tc_err *e)
{
	struct set_cache *c = NULL;
	const struct idset *sets[CACHED_SETS];
	size_t n = 0;
	enum tc_status st;

	if ((st = set_cache(db, &c, e)) != TC_OK)
		return st;
	size_t asked = 0;
	for (int r = 0; r < 2; r++) {
		size_t ng = r ? q->nrgrams : q->ngrams;
		/* The cache makes room for a piece by dropping the one used
		 * longest ago: ask no more pieces than it holds, so none of
		 * this query's is dropped. */
		for (size_t i = 0; i < ng && asked < CACHED_SETS; i++, asked++) {
			const char *g = r ? q->rgrams[i] : q->grams[i];
			const struct idset *s;
			if ((st = gram_set(db, c, g, &s, e)) != TC_OK)
				return st;
			if (s == NULL)
				continue;
			sets[n++] = s;
			if (q->set_min < 0 || (long)s->n < q->set_min) {
				q->set_min = (long)s->n;
				q->set_src = r ? SRC_RESP_GRAM : SRC_NAME;
				memcpy(r ? q->rgram : q->gram, g, GRAM_SIZE);
			}
		}
	}
	if (n == 1) {
		q->set = (struct idset *)sets[0];
	} else if (n > 1) {
		struct idset *x = xcalloc(1, sizeof *x);
		size_t nw = sets[0]->nw;
		for (size_t i = 1; i < n; i++)
			nw = sets[i]->nw < nw ? sets[i]->nw : nw;
		x->nw = nw;
		x->w = xmalloc(nw * sizeof *x->w);
		for (size_t k = 0; k < nw; k++) {
			uint64_t w = sets[0]->w[k];
			for (size_t i = 1; i < n; i++)
				w &= sets[i]->w[k];
			x->w[k] = w;
			x->n += (size_t)__builtin_popcountll(w);
		}
		q->set = x;
		q->own_set = true;
	}
	return TC_OK;
}

/* The piece of a name (grams[], ng of them) that source src finds in the
 * fewest cases, left in slot (q->gram or q->rgram, which src reads);
 * *best gets how many (0: none, so no case can match). */
static enum tc_status rarest_gram(struct db *db, struct query *q, enum src src, char *slot,
				  char grams[MAX_GRAMS][GRAM_SIZE], size_t ng, long *best,
				  struct tc_err *e)
{
	size_t pick = 0;
	enum tc_status st;

	struct set_cache *cache;
	if ((st = set_cache(db, &cache, e)) != TC_OK)
		return st;
	*best = -1;
	for (size_t i = 0; i < ng && *best != 0; i++) {
		long c, cap = *best < 0 ? drive_max : *best;
		memcpy(slot, grams[i], GRAM_SIZE);
		/* A piece held as a bitmap is counted already (the data has
		 * not changed since). */
		const struct cached_set *k = cached(cache, grams[i]);
		if (k)
			c = k->common || (long)k->set.n > cap ? cap : (long)k->set.n;
		else if ((st = count_source(db, q, src, cap, &c, e)) != TC_OK)
			return st;
		if (*best < 0 || c < *best) {
			*best = c;
			pick = i;
		}
	}
	if (ng)
		memcpy(slot, grams[pick], GRAM_SIZE);
	return TC_OK;
}

static void add_source(struct query *q, enum src s)
{
	q->src[q->nsrc++] = s;
}

/* A party of the case has the credit code :uscc. */
#define HAS_USCC "EXISTS (SELECT 1 FROM parties p WHERE p.case_id = c.id AND p.uscc = :uscc)"

/* The text filter: its check, its candidate set and its values.  A name is
 * narrowed by its rarest piece; a piece no case has means no match.  Two
 * characters are one piece, found in name_grams; a longer text is looked
 * for in the names themselves, first in the case row (the first applicant
 * and the respondents joined by 、, exact while the text holds no 、) and
 * only then among the other applicants. */
static enum tc_status text_filter(struct db *db, const struct actor *a, const char *text,
				  struct query *q, struct tc_err *e)
{
	char grams[MAX_GRAMS][GRAM_SIZE];
	enum tc_status st = TC_OK;
	char *t = text_trim(text);

	switch (classify(t)) {
	case DOCKET_TEXT_NONE:
	case DOCKET_TEXT_SHORT:
		break;
	case DOCKET_TEXT_CASE:
		parse_case_ref(t, &q->year, &q->seq);
		sb_puts(&q->where, " AND +c.year = :year AND +c.seq = :seq");
		add_source(q, SRC_CASE);
		break;
	case DOCKET_TEXT_NUMBER: {
		bool digits = is_digit(t[strlen(t) - 1]);
		/* 18 characters may be a credit code of digits as well. */
		bool code = strlen(t) == 18;
		q->seq = digits && strlen(t) <= 18 ? strtoll(t, NULL, 10) : -1;
		if (!digits)
			t[strlen(t) - 1] = 'X'; /* ID numbers and codes are stored with a capital X */
		if (code)
			snprintf(q->uscc, sizeof q->uscc, "%s", t);
		if (a->role == ROLE_LAWYER) {
			/* A lawyer sees no ID numbers, so none is searched. */
			sb_puts(&q->where, code ? " AND (+c.seq = :seq OR " HAS_USCC ")" : " AND +c.seq = :seq");
			add_source(q, code ? SRC_SEQ_USCC : SRC_NUMBER_SEQ);
			break;
		}
		/* Every ID starting with t sorts from t to just below t "~". */
		q->idlo = xstrdup(t);
		q->idhi = xasprintf("%s~", t);
		sb_puts(&q->where, " AND (+c.seq = :seq OR EXISTS (SELECT 1 FROM parties p"
				   " WHERE p.case_id = c.id AND p.id_no >= :idlo AND p.id_no < :idhi)");
		sb_puts(&q->where, code ? " OR " HAS_USCC ")" : ")");
		add_source(q, code ? SRC_NUMBER_USCC : SRC_NUMBER);
		break;
	}
	case DOCKET_TEXT_USCC:
		is_uscc(t, q->uscc);
		sb_puts(&q->where, " AND " HAS_USCC);
		add_source(q, SRC_USCC);
		break;
	case DOCKET_TEXT_NAME: {
		size_t ng = name_grams(t, grams);
		long best = -1, found;
		/* A case's whole number as printed is that case (one probe of
		 * the case-number index); a name never looks like one. */
		q->caseno = xstrdup(t);
		if ((st = count_source(db, q, SRC_CASE_NO, 1, &found, e)) != TC_OK)
			goto out;
		if (found) {
			sb_puts(&q->where, " AND +c.case_no = :caseno");
			add_source(q, SRC_CASE_NO);
			q->count[q->nsrc - 1] = found;
			break;
		}
		memcpy(q->grams, grams, sizeof grams);
		q->ngrams = ng;
		if ((st = rarest_gram(db, q, SRC_NAME, q->gram, grams, ng, &best, e)) != TC_OK)
			goto out;
		if (best <= 0) {
			q->empty = true;
			break;
		}
		if (count_chars(t) == 2) {
			sb_puts(&q->where, " AND EXISTS (SELECT 1 FROM name_grams g"
					   " WHERE g.gram = :gram AND g.case_id = c.id)");
			q->set_only = true; /* until another filter comes */
		} else {
			q->like = like_pattern(t);
			sb_puts(&q->where, strstr(t, "、") ? " AND (" : " AND (c.first_applicant LIKE :like"
				" ESCAPE '\\' OR c.respondents LIKE :like ESCAPE '\\' OR ");
			sb_puts(&q->where, "EXISTS (SELECT 1 FROM parties p WHERE p.case_id = c.id"
					   " AND p.name LIKE :like ESCAPE '\\'))");
		}
		add_source(q, SRC_NAME);
		q->count[q->nsrc - 1] = best;
		break;
	}
	}
out:
	free(t);
	return st;
}

/* The respondent filter: one employer's cases, by its credit code (or a
 * 包工头's ID number), else by its name whole when some case has a
 * respondent so named, else by a part of its name, found through the
 * rarest of its pieces as a search is. */
static enum tc_status respondent_filter(struct db *db, const struct actor *a, const char *text,
					struct query *q, struct tc_err *e)
{
	char grams[MAX_GRAMS][GRAM_SIZE];
	enum tc_status st = TC_OK;
	char *t = text_trim(text);
	long found;

	switch (resp_classify(t, q->rcode)) {
	case DOCKET_RESP_NONE:
		break;
	case DOCKET_RESP_CODE:
		if (a->role == ROLE_LAWYER) {
			/* A lawyer sees no ID numbers, so none is matched. */
			sb_puts(&q->where, " AND EXISTS (SELECT 1 FROM parties p WHERE p.case_id = c.id"
					   " AND p.side = 'respondent' AND p.uscc = :rcode)");
			add_source(q, SRC_RESP_USCC);
			break;
		}
		sb_puts(&q->where, " AND EXISTS (SELECT 1 FROM parties p WHERE p.case_id = c.id"
				   " AND p.side = 'respondent' AND (p.uscc = :rcode OR p.id_no = :rcode))");
		add_source(q, SRC_RESP_CODE);
		break;
	case DOCKET_RESP_NAME: {
		q->resp = xstrdup(t);
		if ((st = count_source(db, q, SRC_RESP_NAME, 1, &found, e)) != TC_OK)
			break;
		if (found) {
			sb_puts(&q->where, " AND EXISTS (SELECT 1 FROM parties p WHERE p.case_id = c.id"
					   " AND p.side = 'respondent' AND p.name = :resp)");
			add_source(q, SRC_RESP_NAME);
			break;
		}
		/* No one so named: a part of a name, two characters at least. */
		size_t ng = name_grams(t, grams);
		long best = -1;
		memcpy(q->rgrams, grams, sizeof grams);
		q->nrgrams = ng;
		if ((st = rarest_gram(db, q, SRC_RESP_GRAM, q->rgram, grams, ng, &best, e)) != TC_OK)
			goto out;
		if (best <= 0) {
			q->empty = true;
			break;
		}
		q->rlike = like_pattern(t);
		sb_puts(&q->where, " AND EXISTS (SELECT 1 FROM parties p WHERE p.case_id = c.id"
				   " AND p.side = 'respondent' AND p.name LIKE :rlike ESCAPE '\\')");
		add_source(q, SRC_RESP_GRAM);
		q->count[q->nsrc - 1] = best;
		break;
	}
	}
out:
	free(t);
	return st;
}

/* Work out the part, the checks and the candidate sets of a request, and
 * count the sets (each count stops at the smallest found so far). */
static enum tc_status query_init(struct db *db, const struct actor *a,
				 const struct docket_filter *f, int today, struct query *q,
				 struct tc_err *e)
{
	enum tc_status st;

	memset(q, 0, sizeof *q);
	q->brief = f->brief;
	q->best = -1;
	for (size_t i = 0; i < SRC_COUNT; i++)
		q->count[i] = -1;
	if (f->stage < -1 || f->stage >= STAGE_COUNT)
		return err_set(e, TC_USAGE, "stage", "案件列表: 阶段不对 (%d)", f->stage);
	if (f->track < DOCKET_TRACK_ANY || f->track > DOCKET_TRACK_ORDINARY)
		return err_set(e, TC_USAGE, "track", "案件列表: 程序不对 (%d)", f->track);
	date_iso(today, q->today);

	if (a->role == ROLE_LAWYER) {
		q->lawyer = a->user_id;
		sb_puts(&q->where, " AND +c.lawyer_id = :lawyer");
		add_source(q, SRC_LAWYER);
	}
	if (f->text && (st = text_filter(db, a, f->text, q, e)) != TC_OK)
		return st;
	if (f->respondent && (st = respondent_filter(db, a, f->respondent, q, e)) != TC_OK)
		return st;
	if (f->supervised)
		sb_puts(&q->where, " AND +c.major <> 0");
	if (f->collective)
		sb_puts(&q->where, " AND +c.collective <> 0");
	if (f->stage >= 0) {
		q->stage = stage_name((enum stage)f->stage);
		q->rank = f->stage;
		q->part = PART_STAGE;
		sb_puts(&q->pwhere, " AND +c.stage = :stage");
		if (f->stage == STAGE_CLOSED && (f->overdue || f->open_only || f->due_within))
			q->empty = true;
	} else if (f->overdue || f->open_only || f->due_within) {
		q->part = PART_OPEN;
	}
	if (f->person_id) {
		q->person = f->person_id;
		sb_puts(&q->where, " AND (+c.mediator_id = :person OR +c.arbitrator_id = :person)");
		add_source(q, SRC_PERSON);
	}
	if (f->overdue) {
		q->overdue = true;
		/* next_due first: the open case-number index holds it */
		sb_puts(&q->pwhere, " AND +c.next_due < :today AND +c.stage <> 'closed'");
	} else if (f->open_only) {
		sb_puts(&q->pwhere, " AND +c.stage <> 'closed'");
	}
	if (f->due_within) {
		/* Overdue as well is due both before and from today: nothing. */
		q->due_range = true;
		date_iso(f->due_until, q->dueby);
		if (f->overdue || f->due_until < today)
			q->empty = true;
		sb_puts(&q->pwhere, " AND +c.next_due >= :today AND +c.next_due <= :dueby"
				   " AND +c.stage <> 'closed'");
	}
	switch (f->track) {
	case DOCKET_TRACK_FAST:
		sb_puts(&q->where, " AND +c.fast <> 0");
		break;
	case DOCKET_TRACK_SIMPLE:
		sb_puts(&q->where, " AND +c.fast = 0 AND +c.simple <> 0");
		break;
	case DOCKET_TRACK_ORDINARY:
		sb_puts(&q->where, " AND +c.fast = 0 AND +c.simple = 0");
		break;
	default:
		break;
	}
	if (q->empty)
		return TC_OK;

	long cap = drive_max;
	for (size_t i = 0; i < q->nsrc; i++) {
		if (q->count[i] < 0 &&
		    (st = count_source(db, q, q->src[i], cap, &q->count[i], e)) != TC_OK)
			return st;
		if (q->count[i] == 0) {
			q->empty = true;
			return TC_OK;
		}
		if (q->count[i] < cap) {
			cap = q->count[i];
			q->best = (int)i;
		}
	}
	q->set_only = q->set_only && !f->respondent && f->stage < 0 && f->track == DOCKET_TRACK_ANY &&
		      !f->person_id && !f->overdue && !f->open_only && !f->due_within &&
		      !f->supervised && !f->collective && a->role != ROLE_LAWYER;
	/* No small set to sort: a name's pieces as bitmaps, for the walk. */
	q->set_min = -1;
	if (q->best < 0 && q->ngrams + q->nrgrams > 0) {
		if ((st = query_set(db, q, e)) != TC_OK)
			return st;
		q->empty = q->set && q->set->n == 0;
	}
	return TC_OK;
}

/* ---- pages ----------------------------------------------------------- */

/* The anchor's value of key k, as the key's index holds it. */
static void key_value(enum key k, const struct case_row *r, bool *text, int64_t *i, char *s,
		      size_t size)
{
	*text = true;
	switch (k) {
	case KEY_DUE:
		snprintf(s, size, "%s", r->next_due[0] ? r->next_due : NO_DUE);
		break;
	case KEY_APPLICANT:
		snprintf(s, size, "%s", r->first_applicant);
		break;
	case KEY_RESPONDENT: {
		/* substr(respondents, 1, 60), whole in the row */
		const char *p = r->respondent;
		for (size_t n = 0; *p && n < RESP_KEY_CHARS; n++)
			p += char_len(p);
		snprintf(s, size, "%.*s", (int)(p - r->respondent), r->respondent);
		break;
	}
	case KEY_YEAR:
		*text = false;
		*i = r->year;
		break;
	case KEY_SEQ:
		*text = false;
		*i = r->seq;
		break;
	case KEY_CLAIMED:
		*text = false;
		*i = r->claimed;
		break;
	case KEY_RANK:
		*text = false;
		*i = r->stage;
		break;
	}
}

static void anchor_key(const struct walk_def *w, const struct case_row *r, struct anchor_key *k)
{
	memset(k, 0, sizeof *k);
	k->id = r->id;
	for (size_t j = 0; j < w->nkeys; j++)
		key_value(w->key[j], r, &k->text[j], &k->i[j], k->s[j], sizeof k->s[j]);
}

/* " ORDER BY" the key positions from..nkeys (nkeys being the id, left
 * out after unique keys), each descending when rev; first, when not NULL,
 * is a term put before them. */
static void order_by(struct strbuf *sql, const struct walk_def *w, size_t from, bool rev,
		     const char *first)
{
	size_t last = w->unique && from < w->nkeys ? w->nkeys - 1 : w->nkeys;

	sb_puts(sql, " ORDER BY ");
	if (first) {
		sb_puts(sql, first);
		sb_puts(sql, ", ");
	}
	for (size_t i = from; i <= last; i++) {
		sb_puts(sql, i < w->nkeys ? key_expr[w->key[i]] : "c.id");
		sb_puts(sql, rev ? " DESC" : "");
		sb_puts(sql, i < last ? ", " : "");
	}
}

/* Run sql and append its rows to out until *n reaches limit.  Returns the
 * SQLite result (SQLITE_DONE when all went well). */
static int run_rows(struct db *db, const char *sql, const struct query *q,
		    const struct anchor_key *k, int today, struct case_row *out, size_t limit,
		    size_t *n)
{
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(db->h, sql, -1, &st, NULL);

	if (rc != SQLITE_OK)
		return rc;
	bind_all(st, q, k, (int64_t)(limit - *n));
	while (*n < limit && (rc = sqlite3_step(st)) == SQLITE_ROW)
		case_row_fill(st, today, &out[(*n)++]);
	if (rc == SQLITE_ROW)
		rc = SQLITE_DONE;
	sqlite3_finalize(st);
	return rc;
}

/* One statement of a walk: the first `fixed` key positions held at the
 * values in k, then (when bound) the next position moved past k's. */
struct step {
	size_t fixed;
	bool bound;
	struct anchor_key k;
};

/* The statements of a walk, in order.  Past an anchor: its ties with a
 * greater id, then (two keys) the greater second keys under the same first,
 * then the greater first keys.  A stage rank first is taken one rank at a
 * time, so that within each rank the second key's range (overdue: due
 * before today) is an index range. */
static size_t walk_steps(const struct walk_def *w, enum part part, const struct case_row *anchor,
			 bool rev, struct step *steps)
{
	size_t n = 0;
	struct anchor_key k;

	memset(&k, 0, sizeof k);
	if (anchor) {
		anchor_key(w, anchor, &k);
		for (size_t t = w->unique; t < w->nkeys; t++)
			steps[n++] = (struct step){w->nkeys - t, true, k};
	}
	if (w->key[0] != KEY_RANK) {
		steps[n++] = (struct step){0, anchor != NULL, k};
		return n;
	}
	for (int i = 0; i < STAGE_COUNT; i++) {
		int r = rev ? STAGE_COUNT - 1 - i : i;
		if ((anchor && (rev ? r >= k.i[0] : r <= k.i[0])) ||
		    (part == PART_OPEN && r == STAGE_CLOSED))
			continue; /* (SQLite would look through every closed case) */
		steps[n] = (struct step){1, false, k};
		steps[n++].k.i[0] = r;
	}
	return n;
}

/* The terms that hold a step of a walk to its stretch of the index: the
 * keys held and the one moved past the anchor, and the due range of the
 * overdue and due-within filters.  Overdue cases are the start of a due
 * order, cases due soon a stretch of it: the range is bounded there (after
 * the terms before it, or SQLite may prefer it to them), unless the
 * anchor's due date bounds that end already. */
static void step_terms(struct strbuf *sql, const struct query *q, const struct walk_def *w,
		       const struct step *p, bool rev)
{
	for (size_t i = 0; i < p->fixed; i++) {
		sb_puts(sql, " AND ");
		sb_puts(sql, key_expr[w->key[i]]);
		sb_puts(sql, " = ");
		sb_puts(sql, key_param[i]);
	}
	if (p->bound) {
		sb_puts(sql, " AND ");
		sb_puts(sql, p->fixed < w->nkeys ? key_expr[w->key[p->fixed]] : "c.id");
		sb_puts(sql, rev ? " < " : " > ");
		sb_puts(sql, p->fixed < w->nkeys ? key_param[p->fixed] : key_param[2]);
	}
	size_t due = w->nkeys - 1;
	if ((q->overdue || q->due_range) && w->key[due] == KEY_DUE && p->fixed <= due) {
		bool anchored = p->bound && p->fixed == due;
		if (q->due_range && !(anchored && !rev))
			sb_puts(sql, " AND " DUE_KEY " >= :today");
		if (!(anchored && rev))
			sb_puts(sql, q->overdue ? " AND " DUE_KEY " < :today" : " AND " DUE_KEY " <= :dueby");
	}
}

/* "SELECT <the row's columns> FROM cases c [INDEXED BY index] <joins>":
 * whole, or brief (no joins); index may be NULL. */
static void row_select(struct strbuf *sql, const struct query *q, const char *index)
{
	sb_puts(sql, "SELECT ");
	sb_puts(sql, q->brief ? CASE_ROW_BRIEF_COLUMNS : CASE_ROW_COLUMNS);
	sb_puts(sql, " FROM cases c");
	if (index) {
		sb_puts(sql, " INDEXED BY ");
		sb_puts(sql, index);
	}
	sb_puts(sql, q->brief ? "" : CASE_ROW_JOINS);
}

/* One step of a walk with a bitmap, in two statements: the first walks
 * the order's index for the ids in the bitmap, naming no other column of
 * the case (a column named anywhere makes SQLite set up the case row for
 * every index entry it passes, a third more time over a long stretch);
 * the second checks each of those ids against the other filters and reads
 * its row, until the page is full. */
static int walk_set_step(struct db *db, const struct query *q, const struct walk_def *w,
			 const struct step *p, bool rev, int today, struct case_row *out,
			 size_t limit, size_t *n)
{
	struct strbuf ids = {0}, row = {0};
	sqlite3_stmt *a = NULL, *b = NULL;
	int rc;

	sb_puts(&ids, "SELECT c.id FROM cases c");
	if (w->index) {
		sb_puts(&ids, " INDEXED BY ");
		sb_puts(&ids, w->index);
	}
	sb_puts(&ids, " WHERE tc_docket_in(:set, c.id)");
	sb_puts(&ids, w->part);
	step_terms(&ids, q, w, p, rev);
	order_by(&ids, w, p->fixed, rev, NULL);
	row_select(&row, q, NULL);
	sb_puts(&row, " WHERE c.id = :cid");
	sb_puts(&row, sb_str(&q->where));
	sb_puts(&row, sb_str(&q->pwhere));
	if ((rc = sqlite3_prepare_v2(db->h, sb_str(&ids), -1, &a, NULL)) == SQLITE_OK &&
	    (rc = sqlite3_prepare_v2(db->h, sb_str(&row), -1, &b, NULL)) == SQLITE_OK) {
		int cid = sqlite3_bind_parameter_index(b, ":cid");
		bind_all(a, q, &p->k, 0);
		bind_all(b, q, NULL, 0);
		while (*n < limit && (rc = sqlite3_step(a)) == SQLITE_ROW) {
			sqlite3_bind_int64(b, cid, sqlite3_column_int64(a, 0));
			if ((rc = sqlite3_step(b)) == SQLITE_ROW)
				case_row_fill(b, today, &out[(*n)++]);
			else if (rc != SQLITE_DONE)
				break;
			sqlite3_reset(b);
			rc = SQLITE_ROW;
		}
		if (rc == SQLITE_ROW)
			rc = SQLITE_DONE;
	}
	sqlite3_finalize(a);
	sqlite3_finalize(b);
	sb_free(&ids);
	sb_free(&row);
	return rc;
}

/* Walk the order's index for the query's part from the anchor (or from
 * the end), checking the filters; rev walks towards smaller keys. */
static int walk(struct db *db, const struct query *q, enum docket_sort sort, bool rev,
		const struct case_row *anchor, int today, struct case_row *out, size_t limit,
		size_t *n)
{
	const struct walk_def *w = &walks[q->part][sort];
	struct step steps[2 + STAGE_COUNT];
	size_t nsteps = walk_steps(w, q->part, anchor, rev, steps);
	int rc = SQLITE_DONE;

	for (size_t t = 0; t < nsteps && *n < limit && rc == SQLITE_DONE; t++) {
		const struct step *p = &steps[t];
		struct strbuf sql = {0};

		if (q->set) {
			rc = walk_set_step(db, q, w, p, rev, today, out, limit, n);
			continue;
		}
		row_select(&sql, q, w->index);
		sb_puts(&sql, " WHERE 1");
		sb_puts(&sql, w->part);
		sb_puts(&sql, sb_str(&q->where));
		sb_puts(&sql, sb_str(&q->pwhere));
		step_terms(&sql, q, w, p, rev);
		order_by(&sql, w, p->fixed, rev, NULL);
		sb_puts(&sql, " LIMIT :n");
		rc = run_rows(db, sb_str(&sql), q, &p->k, today, out, limit, n);
		sb_free(&sql);
	}
	return rc;
}

/* The statement that reads candidate set s sorted by the whole order: the
 * rows past anchor k when it is not NULL (a row value compare does here, no
 * index is walked); closed_last sorts the open cases before the closed.
 * The set is sorted by its keys alone and only the rows of the page are
 * then read whole (the mediator's and arbitrator's names, two clocks, the
 * clerk): a few thousand candidates cost a few thousand short rows. */
static void drive_sql(struct strbuf *sql, const struct query *q, enum src s,
		      enum docket_sort sort, bool rev, const struct anchor_key *k, bool closed_last)
{
	const struct walk_def *w = &walks[PART_ALL][sort];
	const char *first = closed_last ? "c.stage = 'closed'" : NULL;

	sb_puts(sql, "SELECT ");
	sb_puts(sql, q->brief ? CASE_ROW_BRIEF_COLUMNS : CASE_ROW_COLUMNS);
	sb_puts(sql, " FROM (SELECT c.id AS id FROM (");
	sb_puts(sql, sources[s].ids);
	sb_puts(sql, ") k CROSS JOIN cases c ON c.id = k.id WHERE 1");
	sb_puts(sql, sb_str(&q->where));
	sb_puts(sql, sb_str(&q->pwhere));
	if (k) {
		sb_puts(sql, " AND (");
		for (size_t i = 0; i < w->nkeys; i++) {
			sb_puts(sql, key_expr[w->key[i]]);
			sb_puts(sql, ", ");
		}
		sb_puts(sql, rev ? "c.id) < (" : "c.id) > (");
		for (size_t i = 0; i < w->nkeys; i++) {
			sb_puts(sql, key_param[i]);
			sb_puts(sql, ", ");
		}
		sb_puts(sql, key_param[2]);
		sb_puts(sql, ")");
	}
	order_by(sql, w, 0, rev, first);
	sb_puts(sql, " LIMIT :n) s CROSS JOIN cases c ON c.id = s.id");
	sb_puts(sql, q->brief ? "" : CASE_ROW_JOINS);
	order_by(sql, w, 0, rev, first);
}

/* Read the page from candidate set s, sorted by the whole order. */
static int drive(struct db *db, const struct query *q, enum src s, enum docket_sort sort, bool rev,
		 const struct case_row *anchor, int today, struct case_row *out, size_t limit,
		 size_t *n)
{
	struct strbuf sql = {0};
	struct anchor_key k;
	int rc;

	if (anchor)
		anchor_key(&walks[PART_ALL][sort], anchor, &k);
	drive_sql(&sql, q, s, sort, rev, anchor ? &k : NULL, false);
	rc = run_rows(db, sb_str(&sql), q, anchor ? &k : NULL, today, out, limit, n);
	sb_free(&sql);
	return rc;
}

enum tc_status docket_page(struct db *db, const struct actor *a, const struct docket_filter *f,
			   enum docket_sort sort, bool desc, const struct case_row *anchor,
			   bool backward, int today, struct case_row *out, size_t limit, size_t *n,
			   struct tc_err *e)
{
	struct query q;
	enum tc_status st;
	bool rev = desc != backward; /* walk towards smaller keys */
	int rc;

	*n = 0;
	if ((unsigned)sort >= DOCKET_SORT_COUNT)
		return err_set(e, TC_USAGE, "sort", "案件列表: 排序不对 (%d)", (int)sort);
	if ((st = query_init(db, a, f, today, &q, e)) != TC_OK || q.empty || limit == 0) {
		query_free(&q);
		return st;
	}
	if (q.best >= 0)
		rc = drive(db, &q, q.src[q.best], sort, rev, anchor, today, out, limit, n);
	else
		rc = walk(db, &q, sort, rev, anchor, today, out, limit, n);
	query_free(&q);
	if (rc != SQLITE_DONE) {
		*n = 0;
		return db_fail(db, rc, "查询案件列表", e);
	}
	/* Read backward, the rows came nearest the anchor first. */
	for (size_t i = 0; backward && i < *n / 2; i++) {
		struct case_row t = out[i];
		out[i] = out[*n - 1 - i];
		out[*n - 1 - i] = t;
	}
	return TC_OK;
}

/* ---- every row, page by page ----------------------------------------- */

/* A case_row is under 2 kB: a page of them is under 256 kB. */
#define EACH_PAGE DOCKET_EACH_PAGE

/* What one docket_each call carries through its parts. */
struct each {
	size_t left;                 /* rows still wanted */
	bool stopped;                /* fn asked to stop */
	int (*fn)(const struct case_row *, void *);
	void *ctx;
	struct case_row *buf;        /* EACH_PAGE rows */
};

/* Every case of filter f in the order, walked page by page, each page
 * continuing from the last row of the one before as the docket pages
 * forward.  (A walk is right for any filter; docket_each comes here when
 * no candidate set is small enough to drive from.) */
static enum tc_status each_part(struct db *db, const struct actor *a, const struct docket_filter *f,
				enum docket_sort sort, int today, struct each *x, struct tc_err *e)
{
	struct query q;
	struct case_row anchor;
	const struct case_row *at = NULL;
	enum tc_status st;
	int rc = SQLITE_DONE;

	if ((st = query_init(db, a, f, today, &q, e)) != TC_OK || q.empty) {
		query_free(&q);
		return st;
	}
	while (!x->stopped && x->left > 0) {
		size_t want = x->left < EACH_PAGE ? x->left : EACH_PAGE, n = 0;
		if ((rc = walk(db, &q, sort, false, at, today, x->buf, want, &n)) != SQLITE_DONE)
			break;
		for (size_t i = 0; i < n && !x->stopped; i++)
			x->stopped = x->fn(&x->buf[i], x->ctx) != 0;
		x->left -= n;
		if (n < want)
			break;
		anchor = x->buf[n - 1];
		at = &anchor;
	}
	query_free(&q);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "查询案件列表", e);
}

/* A small candidate set (fewer than drive_max cases) read in one statement,
 * sorted whole (closed cases last when closed_last), each row handed on as
 * it comes: paging it would read and sort the set again for every page. */
static enum tc_status each_driven(struct db *db, const struct query *q, enum docket_sort sort,
				  bool closed_last, int today, struct each *x, struct tc_err *e)
{
	struct strbuf sql = {0};
	sqlite3_stmt *st;
	struct case_row row;
	int rc;

	drive_sql(&sql, q, q->src[q->best], sort, false, NULL, closed_last);
	rc = sqlite3_prepare_v2(db->h, sb_str(&sql), -1, &st, NULL);
	sb_free(&sql);
	if (rc != SQLITE_OK)
		return db_fail(db, rc, "查询案件列表", e);
	bind_all(st, q, NULL, x->left > INT64_MAX ? -1 : (int64_t)x->left);
	while (!x->stopped && x->left > 0 && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		case_row_fill(st, today, &row);
		x->left--;
		x->stopped = x->fn(&row, x->ctx) != 0;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "查询案件列表", e);
}

enum tc_status docket_each(struct db *db, const struct actor *a, const struct docket_filter *f,
			   enum docket_sort sort, int today, size_t limit,
			   int (*fn)(const struct case_row *, void *), void *ctx, struct tc_err *e)
{
	struct each x = {limit ? limit : SIZE_MAX, false, fn, ctx, NULL};
	struct docket_filter part = *f;
	struct query q;
	/* Open cases first, then the closed, unless the filter keeps one part. */
	bool split = f->stage < 0 && !f->overdue && !f->open_only && !f->due_within;
	bool own_tx = db->tx_depth == 0;
	enum tc_status st;

	if ((unsigned)sort >= DOCKET_SORT_COUNT)
		return err_set(e, TC_USAGE, "sort", "案件列表: 排序不对 (%d)", (int)sort);
	/* One read snapshot for every page, as one statement would have:
	 * a case closed meanwhile is listed once, not in both parts. */
	if (own_tx && (st = db_exec(db, "BEGIN", e)) != TC_OK)
		return st;
	if ((st = query_init(db, a, f, today, &q, e)) == TC_OK && !q.empty && q.best >= 0) {
		st = each_driven(db, &q, sort, split, today, &x, e);
	} else if (st == TC_OK && !q.empty) {
		/* Walked: each part through its own index. */
		x.buf = xcalloc(EACH_PAGE, sizeof *x.buf);
		part.open_only = part.open_only || split;
		st = each_part(db, a, &part, sort, today, &x, e);
		if (st == TC_OK && split && !x.stopped && x.left > 0) {
			part.open_only = false;
			part.stage = STAGE_CLOSED;
			st = each_part(db, a, &part, sort, today, &x, e);
		}
		free(x.buf);
	}
	query_free(&q);
	if (own_tx)
		sqlite3_exec(db->h, "COMMIT", NULL, NULL, NULL);
	return st;
}

/* Whether counting (up to cap cases, 0: all) the cases of a query that
 * holds a bitmap passes fewer of them along its part's index, asking the
 * bitmap, than through the rarest piece's cases, each read whole: a row
 * read costs some ROW_COST index entries.  The part's size comes from
 * stage_counts (open cases by stage, kept by triggers); the matches are
 * taken as spread evenly over it. */
#define ROW_COST 25.0
static enum tc_status count_walks(struct db *db, const struct query *q, size_t cap, bool *walks,
				  struct tc_err *e)
{
	sqlite3_stmt *st = db_prep(db, "SELECT stage, n FROM stage_counts");
	double all = 0, part = 0;
	int rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *stage = db_col_text(st, 0);
		double n = (double)sqlite3_column_int64(st, 1);
		all += n;
		if (q->part == PART_STAGE ? strcmp(stage, q->stage) == 0
		    : q->part == PART_OPEN ? strcmp(stage, "closed") != 0 : true)
			part += n;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, "统计案件", e);
	double members = (double)q->set->n, rarest = (double)q->set_min;
	double found = all > 0 ? members * part / all : 0; /* in the part */
	double want = cap && (double)cap < found ? (double)cap : found;
	double walk = found > 0 ? part * want / found + ROW_COST * want : part;
	double drive = found > 0 ? ROW_COST * rarest * want / found : ROW_COST * rarest;
	*walks = walk < drive;
	return TC_OK;
}

/* The index a count walks with the bitmap: a small one holding every case
 * of the part. */
static const char *const count_index[PART_COUNT] = {
	[PART_ALL] = "cases_claimed", [PART_STAGE] = "cases_stage_due",
	[PART_OPEN] = "cases_open_due",
};

/* " FROM ... WHERE ... LIMIT :n": the matching cases as c, for counting
 * and adding up.  From a small candidate set when there is one, or with a
 * bitmap through the rarest piece's cases (walk false) or along the part's
 * index (walk true); else through the part's own index, SQLite choosing
 * it.  Here the part is selected by its index's terms alone (without the
 * +), so that a count of overdue cases reads the index and no case row. */
static void matching(struct strbuf *sql, const struct query *q, bool walk)
{
	bool from_set = q->best < 0 && q->set && !walk;

	if (q->best >= 0 || from_set) {
		sb_puts(sql, " FROM (");
		sb_puts(sql, sources[from_set ? q->set_src : q->src[q->best]].ids);
		sb_puts(sql, ") k CROSS JOIN cases c ON c.id = k.id WHERE 1");
		sb_puts(sql, sb_str(&q->where));
		sb_puts(sql, sb_str(&q->pwhere));
		sb_puts(sql, " LIMIT :n");
		return;
	}
	sb_puts(sql, " FROM cases c");
	if (q->set) {
		sb_puts(sql, " INDEXED BY ");
		sb_puts(sql, count_index[q->part]);
		sb_puts(sql, " WHERE tc_docket_in(:set, c.id)");
	} else {
		sb_puts(sql, " WHERE 1");
	}
	if (q->part == PART_STAGE)
		sb_puts(sql, IN_STAGE);
	else if (q->part == PART_OPEN)
		sb_puts(sql, OPEN);
	if (q->overdue)
		sb_puts(sql, " AND c.next_due < :today");
	else if (q->due_range)
		sb_puts(sql, " AND c.next_due >= :today AND c.next_due <= :dueby");
	sb_puts(sql, sb_str(&q->where));
	sb_puts(sql, " LIMIT :n");
}

enum tc_status docket_count(struct db *db, const struct actor *a, const struct docket_filter *f,
			    int today, size_t cap, size_t *n, struct tc_err *e)
{
	struct query q;
	struct strbuf sql = {0};
	sqlite3_stmt *st = NULL;
	enum tc_status s;
	int rc;

	*n = 0;
	if ((s = query_init(db, a, f, today, &q, e)) != TC_OK || q.empty || cap == 0) {
		query_free(&q);
		return s;
	}
	/* A name of two characters alone: its piece's cases are the count. */
	if (q.set && q.best < 0 && q.set_only) {
		*n = q.set->n < cap ? q.set->n : cap;
		query_free(&q);
		return TC_OK;
	}
	bool walks = false;
	if (q.set && q.best < 0 && (s = count_walks(db, &q, cap, &walks, e)) != TC_OK) {
		query_free(&q);
		return s;
	}
	sb_puts(&sql, "SELECT count(*) FROM (SELECT 1");
	matching(&sql, &q, walks);
	sb_puts(&sql, ")");
	rc = sqlite3_prepare_v2(db->h, sb_str(&sql), -1, &st, NULL);
	sb_free(&sql);
	if (rc == SQLITE_OK) {
		bind_all(st, &q, NULL, cap > INT64_MAX ? INT64_MAX : (int64_t)cap);
		if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			*n = (size_t)sqlite3_column_int64(st, 0);
			rc = SQLITE_DONE;
		}
	}
	sqlite3_finalize(st);
	query_free(&q);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "统计案件", e);
}

enum tc_status docket_sum(struct db *db, const struct actor *a, const struct docket_filter *f,
			  int today, size_t cap, struct docket_sum *out, struct tc_err *e)
{
	struct query q;
	struct strbuf sql = {0};
	sqlite3_stmt *st = NULL;
	enum tc_status s;
	int rc;

	memset(out, 0, sizeof *out);
	if ((s = query_init(db, a, f, today, &q, e)) != TC_OK || q.empty) {
		query_free(&q);
		return s;
	}
	sb_puts(&sql, "SELECT count(*), count(*) FILTER (WHERE stage <> 'closed'),"
		      " coalesce(sum(claimed), 0), coalesce(sum(resolved), 0), coalesce(sum(paid), 0),"
		      " coalesce(sum(workers), 0)"
		      " FROM (SELECT c.stage, c.claimed, c.resolved, c.paid, c.workers");
	bool walks = false;
	if (q.set && q.best < 0 && (s = count_walks(db, &q, cap, &walks, e)) != TC_OK) {
		sb_free(&sql);
		query_free(&q);
		return s;
	}
	matching(&sql, &q, walks);
	sb_puts(&sql, ")");
	rc = sqlite3_prepare_v2(db->h, sb_str(&sql), -1, &st, NULL);
	sb_free(&sql);
	if (rc == SQLITE_OK) {
		bind_all(st, &q, NULL, cap == 0 || cap > INT64_MAX ? -1 : (int64_t)cap);
		if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			out->cases = (size_t)sqlite3_column_int64(st, 0);
			out->open = (size_t)sqlite3_column_int64(st, 1);
			out->closed = out->cases - out->open;
			out->claimed = sqlite3_column_int64(st, 2);
			out->resolved = sqlite3_column_int64(st, 3);
			out->paid = sqlite3_column_int64(st, 4);
			out->workers = (long)sqlite3_column_int64(st, 5);
			out->capped = cap > 0 && out->cases >= cap;
			rc = SQLITE_DONE;
		}
	}
	sqlite3_finalize(st);
	query_free(&q);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "统计案件金额", e);
}

enum tc_status docket_employer_of_case(struct db *db, const struct actor *a, int64_t case_id,
				       struct docket_employer *out, struct tc_err *e)
{
	static const char sql[] =
		"SELECT p.name, coalesce(p.uscc, ''), coalesce(p.id_no, '') FROM parties p"
		" CROSS JOIN cases c ON c.id = p.case_id"
		" WHERE p.case_id = ?1 AND p.side = 'respondent' AND (?2 IS NULL OR c.lawyer_id = ?2)"
		" ORDER BY p.pos LIMIT 1";
	sqlite3_stmt *st = db_prep(db, sql);
	bool lawyer = a->role == ROLE_LAWYER;
	int rc;

	memset(out, 0, sizeof *out);
	sqlite3_bind_int64(st, 1, case_id);
	if (lawyer)
		sqlite3_bind_int64(st, 2, a->user_id);
	else
		sqlite3_bind_null(st, 2);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		const char *uscc = db_col_text(st, 1), *id_no = db_col_text(st, 2);
		text_copy(out->name, sizeof out->name, db_col_text(st, 0));
		if (*uscc) {
			snprintf(out->code, sizeof out->code, "%s", uscc);
		} else if (*id_no && !lawyer) {
			snprintf(out->code, sizeof out->code, "%s", id_no);
			out->person = true;
		}
		snprintf(out->key, sizeof out->key, "%s", *out->code ? out->code : out->name);
	}
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return TC_OK;
	if (rc == SQLITE_DONE)
		return err_set(e, TC_REFUSED, "case", "本案没有被申请人, 或不是您可以查看的案件");
	return db_fail(db, rc, "读取被申请人", e);
}
