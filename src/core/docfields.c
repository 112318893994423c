/*
 * docfields.c - the fields a document template may use: the catalogue
 * (name, list, meaning) and the values of one document, gathered once from
 * the case (case_detail_get), the office settings, the clock rules, the
 * journal row of the event the document records, the hearing, the written
 * sections and the service recorded.
 *
 * Values are text as the document prints it: dates 2026年11月22日, money
 * 15,600.00元, periods 十五日 (or 十个工作日 when the office counts a rule
 * in working days), numbers of claims 一、二.  The sentences that depend on
 * the law (an award's remedy) are built here from the rules, so templates
 * stay plain text with fields.  Nothing here writes or prints.
 */
#include "tiaocai/docfields.h"
#include "tiaocai/case.h"
#include "tiaocai/clock.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/doc.h"
#include "tiaocai/hearing.h"
#include "tiaocai/money.h"
#include "tiaocai/text.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the catalogue ---------------------------------------------------- */

#define F(name, zh) {name, NULL, NULL, zh}
#define L(name, item, within, zh) {name, item, within, zh}
#define I(name, within, zh) {name, NULL, within, zh}

static const struct docfield catalogue[] = {
	/* The office and the document. */
	F("office", "机构名称 (设置 office_name)"),
	F("seal_note", "落款下的附注 (设置 seal_note), 可为空"),
	F("made_on", "文书日期: 2026年11月22日"),
	F("doc.name", "文书名称: 受理通知书; 一分为二的裁决书为 终局裁决书 / 非终局裁决书;"
	  " 送达回证中为所送达的文书"),
	F("doc.no", "本案第几号文书 (送达回证用), 尚未编号时为空"),
	F("doc.basis", "文书的法律依据: 劳动争议调解仲裁法第二十九条"),
	/* The case. */
	F("case_no", "案号: 贵劳人仲案字〔2026〕第12号"),
	F("case_ref", "案号简写: 2026-12 (命令行所用)"),
	F("cause", "案由: 劳动报酬"),
	F("received_on", "收到仲裁申请的日期"),
	F("accepted_on", "立案受理的日期, 未受理时为空"),
	F("applicants", "全部申请人姓名, 以「、」分隔"),
	F("respondents", "全部被申请人名称, 以「、」分隔"),
	F("third_parties", "全部第三人名称, 无第三人时为空"),
	F("workers_count", "劳动者人数"),
	F("claims_total", "仲裁请求金额合计: 15,600.00元"),
	F("collective", "集体争议时为 1, 否则为空"),
	F("project", "工程项目名称, 可为空"),
	F("missing_docs", "容缺受理尚缺的材料 (已补齐或无时为空)"),
	F("docs_due", "容缺材料的补齐期限"),
	/* Periods, from the clock rules and the settings. */
	F("defence.period", "答辩期: 十日 (规则 defence)"),
	F("evidence.period", "举证期限: 十日 (设置 evidence_days)"),
	F("notice.period", "开庭通知提前的日数: 五日 (规则 hearing_notice)"),
	F("postpone.period", "申请延期开庭须提前的日数: 三日 (规则 postpone)"),
	F("close.period", "审理期限: 四十五日 (规则 close)"),
	F("close_due", "审理期限届满之日 (已延长的, 延长后)"),
	F("extension.period", "延长审理期限: 十五日 (规则 extension)"),
	F("sue.period", "不服裁决起诉期限: 十五日 (规则 sue)"),
	F("set_aside.period", "申请撤销终局裁决期限: 三十日 (规则 set_aside)"),
	/* The tribunal. */
	F("tribunal.text", "由仲裁员XXX独任审理 / 由首席仲裁员X、仲裁员Y、Z组成仲裁庭"),
	F("mediator", "本案的调解员 (案前调解或立案后调解), 没有时为空"),
	F("tribunal.sole", "独任仲裁时为 1, 否则为空"),
	F("tribunal.chief", "独任仲裁员或首席仲裁员"),
	F("tribunal.members", "另两名仲裁员: 乙、丙 (独任时为空)"),
	F("tribunal.clerk", "书记员"),
	F("tribunal.formed_on", "仲裁庭组成的日期"),
	/* The hearing the document is about (开庭通知书), else the next one. */
	F("hearing.no", "第几次开庭"),
	F("hearing.date", "开庭日期: 2026年11月30日"),
	F("hearing.weekday", "星期一"),
	F("hearing.time", "上午9时30分 / 下午3时"),
	F("hearing.room", "仲裁庭 (开庭地点)"),
	F("hearing.address", "仲裁庭的地址, 可为空"),
	F("hearing.place", "开庭地点: 仲裁庭及其地址, 如 第一仲裁庭（南明区新华路110号三楼）"),
	F("hearing.minutes", "预计时长 (分钟)"),
	F("hearing.tribunal", "该次开庭的仲裁庭, 写法同 tribunal.text"),
	F("hearing.clerk", "该次开庭的书记员"),
	F("heard.on", "已开庭的日期, 多次以「、」分隔; 未开庭时为空 (书面审理)"),
	F("heard.absent", "最近一次开庭未到庭的一方: 申请人 / 被申请人 / 双方当事人"),
	/* The event the document records. */
	F("event.on", "该事项 (受理、中止、撤回……) 的日期"),
	F("event.reason", "该事项所记的理由 (不予受理、中止、延期、撤回、移送)"),
	F("transfer.to", "移送至何处"),
	/* The outcome. */
	F("outcome.total", "本文书所列调解或裁决金额合计"),
	F("pay_within", "裁决履行期限 (设置 pay_within)"),
	F("award.final", "本裁决书为终局裁决时为 1"),
	F("award.nonfinal", "本裁决书为非终局裁决时为 1"),
	F("award.split", "同一案件的裁决分为终局、非终局两份时为 1"),
	F("award.rejected", "本裁决书所涉请求有未获支持 (全部或部分) 的为 1"),
	F("award.remedy", "救济途径: 终局裁决 (第四十七至四十九条) 或非终局裁决 (第五十条) 的告知语"),
	/* The addressee. */
	F("to.name", "受送达人 (收文的当事人)"),
	F("to.side_zh", "其身份: 申请人 / 被申请人 / 第三人"),
	F("to.ref", "其编号: a1 r2"),
	F("to.address", "送达地址 (无送达地址时为住所)"),
	F("to.legal_rep", "法定代表人或主要负责人"),
	F("to.legal_rep_title", "其职务"),
	F("to.agents", "委托代理人: 李四(律师)、王五(近亲属)"),
	F("to.applicant", "受送达人是申请人时为 1"),
	F("to.respondent", "受送达人是被申请人时为 1"),
	/* The service recorded for this document and addressee (送达回证). */
	F("service.method", "送达方式: 直接 留置 委托 邮寄 电子 公告"),
	F("service.date", "签收日期 (公告送达为公告日期)"),
	F("service.time", "签收时间: 10时30分, 未记时为空"),
	F("service.address", "送达地点"),
	F("service.by", "送达人"),
	F("service.note", "备注: 拒收事由、见证人、邮件号"),

	/* The parties. */
	L("applicants", "party", NULL, "每一名申请人"),
	L("respondents", "party", NULL, "每一名被申请人"),
	L("third_parties", "party", NULL, "每一名第三人"),
	L("parties", "party", NULL, "全部当事人: 申请人、被申请人、第三人依次"),
	I("party.name", "party", "姓名或名称"),
	I("party.intro", "party", "文书首部的身份事项: 张三，男，1980年1月1日出生，居民身份证号码……，住……;"
	  " 单位: 某公司，住所地……，统一社会信用代码…… (未登记的事项略去)"),
	I("party.side_zh", "party", "申请人 / 被申请人 / 第三人"),
	I("party.ref", "party", "编号: a1 r2 t1"),
	I("party.id_no", "party", "居民身份证号码 (文书为正式文书, 不遮蔽)"),
	I("party.uscc", "party", "统一社会信用代码"),
	I("party.sex", "party", "性别"),
	I("party.birth", "party", "出生日期"),
	I("party.org", "party", "单位 (非自然人) 时为 1"),
	I("party.chain_role", "party", "在用工链条中的地位: 总承包 分包 ……"),
	I("party.address", "party", "住所"),
	I("party.service_address", "party", "送达地址"),
	I("party.legal_rep", "party", "法定代表人或主要负责人"),
	I("party.legal_rep_title", "party", "其职务"),
	I("party.rep", "party", "法定代表人及职务: 王五，总经理 (无职务时只有姓名)"),
	I("party.representative", "party", "集体争议的劳动者代表时为 1"),
	I("party.agents", "party", "委托代理人: 李四(律师)、王五(近亲属)"),
	/* The claims as applied for. */
	L("claims", "claim", NULL, "每一项仲裁请求"),
	I("claim.no", "claim", "序号: 一 二 三"),
	I("claim.kind", "claim", "类别: 工资 加班费 经济补偿 ……"),
	I("claim.amount", "claim", "请求金额: 8,000.00元"),
	I("claim.party", "claim", "所属申请人"),
	I("claim.period", "claim", "期间: 2026年1月1日至2026年3月31日, 可为空"),
	I("claim.what", "claim", "所请求的: 申请人张三2026年1月1日至2026年3月31日期间的工资;"
	  " 申请人只有一名时不写其姓名: 工资"),
	/* Per worker: the items of this document (a settlement's or an award's
	 * granted amounts; otherwise the claims). */
	L("workers", "worker", NULL, "每一名劳动者及其本文书所涉各项"),
	I("worker.no", "worker", "序号: 一 二 三"),
	I("worker.name", "worker", "劳动者姓名"),
	I("worker.id_no", "worker", "居民身份证号码"),
	I("worker.total", "worker", "其各项金额合计"),
	L("items", "item", "worker", "该劳动者的各项 (只在 %each workers 之内)"),
	I("item.no", "item", "序号: 1 2 3"),
	I("item.kind", "item", "类别"),
	I("item.amount", "item", "调解书、裁决书: 确定的金额; 其他文书: 请求金额"),
	I("item.claimed", "item", "请求金额"),
	I("item.period", "item", "期间, 可为空"),
	I("item.what", "item", "[期间的]类别"),
	I("item.final", "item", "裁决书: 终局 / 非终局"),
};

#undef F
#undef L
#undef I

#define NFIELDS (sizeof catalogue / sizeof catalogue[0])

size_t docfields_catalogue(const struct docfield **out)
{
	*out = catalogue;
	return NFIELDS;
}

/* The entry called name that is a list (list) or a field (!list). */
static const struct docfield *find(const char *name, bool list)
{
	for (size_t i = 0; name && i < NFIELDS; i++)
		if ((catalogue[i].item != NULL) == list && strcmp(catalogue[i].name, name) == 0)
			return &catalogue[i];
	return NULL;
}

const struct docfield *docfields_find(const char *name)
{
	const struct docfield *f = find(name, false);
	return f ? f : find(name, true);
}

const struct docfield *docfields_find_list(const char *name)
{
	return find(name, true);
}

/* ---- the values ------------------------------------------------------- */

struct dv_kv {
	const char *name;        /* the catalogue's */
	char *val;
};

struct dv_list;
struct dv_item {
	struct dv_kv *kv;
	size_t n, cap;
	struct dv_list *lists;   /* its own lists (a worker's items) */
	size_t nlists;
};

struct dv_list {
	const char *name;        /* the catalogue's */
	struct dv_item **v;
	size_t n, cap;
};

#define KINDS_MAX 8          /* kinds of item: party, claim, worker, item */

struct docvals {
	struct dv_item top;      /* the document's own fields and lists */
	struct {
		const char *kind;
		struct dv_item *item;
	} cur[KINDS_MAX];        /* the current item of each kind */
	size_t ncur;
	struct strlist sections; /* name, text, name, text ... */
	const struct doc_kind *kind;
};

static void item_free(struct dv_item *it)
{
	for (size_t i = 0; i < it->n; i++)
		free(it->kv[i].val);
	free(it->kv);
	for (size_t i = 0; i < it->nlists; i++) {
		for (size_t j = 0; j < it->lists[i].n; j++) {
			item_free(it->lists[i].v[j]);
			free(it->lists[i].v[j]);
		}
		free(it->lists[i].v);
	}
	free(it->lists);
}

void docvals_free(struct docvals *v)
{
	if (v == NULL)
		return;
	item_free(&v->top);
	sl_free(&v->sections);
	free(v);
}

struct docvals *docvals_new(const struct doc_kind *kind)
{
	struct docvals *v = xcalloc(1, sizeof *v);
	v->kind = kind;
	return v;
}

const struct doc_kind *docvals_kind(const struct docvals *v)
{
	return v->kind;
}

static struct dv_item *current(const struct docvals *v, const char *kind)
{
	for (size_t i = 0; i < v->ncur; i++)
		if (strcmp(v->cur[i].kind, kind) == 0)
			return v->cur[i].item;
	return NULL;
}

static void set_current(struct docvals *v, const char *kind, struct dv_item *it)
{
	for (size_t i = 0; i < v->ncur; i++) {
		if (strcmp(v->cur[i].kind, kind) == 0) {
			v->cur[i].item = it;
			return;
		}
	}
	assert(v->ncur < KINDS_MAX);
	v->cur[v->ncur].kind = kind;
	v->cur[v->ncur].item = it;
	v->ncur++;
}

/* The item a field or list of the catalogue belongs to: the document's
 * own, or the current item of its kind (NULL when there is none). */
static struct dv_item *owner(const struct docvals *v, const struct docfield *f)
{
	return f->within ? current(v, f->within) : (struct dv_item *)&v->top;
}

static struct dv_list *list_of(struct dv_item *it, const char *name, bool create)
{
	for (size_t i = 0; i < it->nlists; i++)
		if (strcmp(it->lists[i].name, name) == 0)
			return &it->lists[i];
	if (!create)
		return NULL;
	it->lists = xrealloc(it->lists, (it->nlists + 1) * sizeof *it->lists);
	struct dv_list *l = &it->lists[it->nlists++];
	memset(l, 0, sizeof *l);
	l->name = name;
	return l;
}

void docvals_set(struct docvals *v, const char *name, const char *value)
{
	const struct docfield *f = find(name, false);
	struct dv_item *it;

	if (f == NULL || f->item != NULL || (it = owner(v, f)) == NULL)
		return;
	for (size_t i = 0; i < it->n; i++) {
		if (it->kv[i].name == f->name) {
			free(it->kv[i].val);
			it->kv[i].val = xstrdup(value ? value : "");
			return;
		}
	}
	it->kv = xgrow(it->kv, &it->cap, it->n + 1, sizeof *it->kv);
	it->kv[it->n].name = f->name;
	it->kv[it->n].val = xstrdup(value ? value : "");
	it->n++;
}

void docvals_add_item(struct docvals *v, const char *list)
{
	const struct docfield *f = find(list, true);
	struct dv_item *it;

	if (f == NULL || f->item == NULL || (it = owner(v, f)) == NULL)
		return;
	struct dv_list *l = list_of(it, f->name, true);
	l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof *l->v);
	l->v[l->n] = xcalloc(1, sizeof **l->v);
	set_current(v, f->item, l->v[l->n]);
	l->n++;
}

void docvals_set_section(struct docvals *v, const char *section, const char *text)
{
	for (size_t i = 0; i + 1 < v->sections.n; i += 2) {
		if (strcmp(v->sections.v[i], section) == 0) {
			free(v->sections.v[i + 1]);
			v->sections.v[i + 1] = xstrdup(text ? text : "");
			return;
		}
	}
	sl_push(&v->sections, section);
	sl_push(&v->sections, text ? text : "");
}

const char *docvals_get(const struct docvals *v, const char *name)
{
	const struct docfield *f = find(name, false);
	const struct dv_item *it;

	if (f == NULL || f->item != NULL || (it = owner(v, f)) == NULL)
		return "";
	for (size_t i = 0; i < it->n; i++)
		if (it->kv[i].name == f->name)
			return it->kv[i].val;
	return "";
}

size_t docvals_count(const struct docvals *v, const char *list)
{
	const struct docfield *f = find(list, true);
	struct dv_item *it;
	struct dv_list *l;

	if (f == NULL || f->item == NULL || (it = owner(v, f)) == NULL ||
	    (l = list_of(it, f->name, false)) == NULL)
		return 0;
	return l->n;
}

void docvals_select(struct docvals *v, const char *list, size_t i)
{
	const struct docfield *f = find(list, true);
	struct dv_item *it;
	struct dv_list *l;

	if (f == NULL || f->item == NULL || (it = owner(v, f)) == NULL ||
	    (l = list_of(it, f->name, false)) == NULL || i >= l->n)
		return;
	set_current(v, f->item, l->v[i]);
}

const char *docvals_section(const struct docvals *v, const char *section)
{
	for (size_t i = 0; i + 1 < v->sections.n; i += 2)
		if (strcmp(v->sections.v[i], section) == 0)
			return v->sections.v[i + 1];
	return "";
}

/* ---- how values are written ------------------------------------------- */

/* A whole number 0-9999 in Chinese numerals: 一 十 十五 二十 一百零五. */
static void zh_number(int n, struct strbuf *sb)
{
	static const char *const digit[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
	static const char *const unit[] = {"千", "百", "十", ""};
	static const int place[] = {1000, 100, 10, 1};
	bool started = false, zero = false;

	if (n <= 0 || n > 9999) {
		sb_printf(sb, "%d", n);
		return;
	}
	for (int i = 0; i < 4; i++) {
		int d = n / place[i] % 10;
		if (d == 0) {
			zero = started;
			continue;
		}
		if (zero)
			sb_puts(sb, digit[0]);
		zero = false;
		/* 十五, not 一十五, when the number starts at the tens. */
		if (!(d == 1 && i == 2 && !started))
			sb_puts(sb, digit[d]);
		sb_puts(sb, unit[i]);
		started = true;
	}
}

static void set_zh_number(struct docvals *v, const char *name, int n)
{
	struct strbuf sb = {0};
	zh_number(n, &sb);
	docvals_set(v, name, sb_str(&sb));
	sb_free(&sb);
}

static void set_int(struct docvals *v, const char *name, long long n)
{
	char buf[24];
	snprintf(buf, sizeof buf, "%lld", n);
	docvals_set(v, name, buf);
}

static void set_flag(struct docvals *v, const char *name, bool yes)
{
	docvals_set(v, name, yes ? "1" : "");
}

/* 2026年11月22日 (the Arabic digits of current 文书 practice). */
static void zh_date(int day, struct strbuf *sb)
{
	int y, m, d;

	if (day == DATE_NONE)
		return;
	date_to_ymd(day, &y, &m, &d);
	sb_printf(sb, "%d年%d月%d日", y, m, d);
}

static void set_date(struct docvals *v, const char *name, int day)
{
	struct strbuf sb = {0};
	zh_date(day, &sb);
	docvals_set(v, name, sb_str(&sb));
	sb_free(&sb);
}

static void set_iso_date(struct docvals *v, const char *name, const char *iso)
{
	set_date(v, name, date_from_iso(iso));
}

/* 15,600.00元: money_display's figure without its sign. */
static void yuan(int64_t fen, char buf[MONEY_BUF + 4])
{
	char tmp[MONEY_BUF];
	const char *s = money_display(fen, tmp);
	const char *yen = strstr(s, "¥");

	if (yen)
		snprintf(buf, MONEY_BUF + 4, "%.*s%s元", (int)(yen - s), s, yen + strlen("¥"));
	else
		snprintf(buf, MONEY_BUF + 4, "%s元", s);
}

static void set_money(struct docvals *v, const char *name, int64_t fen)
{
	char buf[MONEY_BUF + 4];
	yuan(fen, buf);
	docvals_set(v, name, buf);
}

/* A rule's period as the law writes it, appended to sb: 十日, or 十个工作日
 * when the office counts the rule in working days; false (sb untouched)
 * when the office has no such rule. */
static bool rule_words(struct db *db, const char *rule, struct strbuf *sb)
{
	struct clock_rule r;

	if (clock_rule_get(db, rule, &r, NULL) != TC_OK)
		return false;
	zh_number(r.days, sb);
	sb_puts(sb, r.unit == CLOCK_WORKING ? "个工作日" : "日");
	return true;
}

static void set_period(struct db *db, struct docvals *v, const char *name, const char *rule)
{
	struct strbuf sb = {0};

	if (rule_words(db, rule, &sb))
		docvals_set(v, name, sb_str(&sb));
	sb_free(&sb);
}

/* "2026年1月1日至2026年3月31日", "2026年1月1日起", "至2026年3月31日" or "". */
static void period(const char *from, const char *to, struct strbuf *sb)
{
	int f = date_from_iso(from), t = date_from_iso(to);

	zh_date(f, sb);
	if (t != DATE_NONE) {
		sb_puts(sb, "至");
		zh_date(t, sb);
	} else if (f != DATE_NONE) {
		sb_puts(sb, "起");
	}
}

/* "申请人张三2026年1月1日至2026年3月31日期间的工资", "申请人张三的工资",
 * "2026年1月1日至2026年3月31日期间的工资", "工资": who may be "". */
static void what(const char *who, const char *per, const char *kind, struct strbuf *sb)
{
	if (*who)
		sb_printf(sb, "申请人%s", who);
	if (*per)
		sb_printf(sb, "%s期间的", per);
	else if (*who)
		sb_puts(sb, "的");
	sb_puts(sb, kind);
}

/* "上午9时30分", "下午3时": the time of "YYYY-MM-DD HH:MM". */
static void zh_time(const char *at, struct strbuf *sb)
{
	int h, m;

	if (strlen(at) < 16 || sscanf(at + 11, "%d:%d", &h, &m) != 2)
		return;
	if (h < 12)
		sb_printf(sb, "上午%d时", h);
	else if (h == 12)
		sb_printf(sb, "中午%d时", h);
	else if (h < 18)
		sb_printf(sb, "下午%d时", h - 12);
	else
		sb_printf(sb, "晚上%d时", h - 12);
	if (m)
		sb_printf(sb, "%d分", m);
}

/* "由仲裁员甲独任审理" / "由首席仲裁员甲、仲裁员乙、丙组成仲裁庭". */
static void tribunal_text(bool sole, const char *chief, const char *m1, const char *m2,
			  struct strbuf *sb)
{
	if (!*chief)
		return;
	if (sole)
		sb_printf(sb, "由仲裁员%s独任审理", chief);
	else
		sb_printf(sb, "由首席仲裁员%s、仲裁员%s、%s组成仲裁庭", chief, m1, m2);
}

static void join(struct strbuf *sb, const char *s)
{
	if (sb->len > 0)
		sb_puts(sb, "、");
	sb_puts(sb, s);
}

/* ---- the printed name of a document ----------------------------------- */

/* The name a document bears: its kind's (doc.c's doc_kinds[]), but an
 * award made in two says which part it is (调解仲裁法第四十七条, 办案规则第五
 * 十条).  The 送达回证 gives the name of the document it goes with. */
static const char *doc_name(const struct docwhat *w, const char *part)
{
	const struct doc_kind *k = w->served ? w->served : w->kind;

	if (k == NULL)
		return "";
	if (strcmp(k->name, "award") == 0 && strcmp(part, "final") == 0)
		return "终局裁决书";
	if (strcmp(k->name, "award") == 0 && strcmp(part, "nonfinal") == 0)
		return "非终局裁决书";
	return k->zh;
}

/* ---- gathering -------------------------------------------------------- */

static enum party_side side_of(const char *side)
{
	return strcmp(side, "applicant") == 0 ? SIDE_APPLICANT
	       : strcmp(side, "respondent") == 0 ? SIDE_RESPONDENT : SIDE_THIRD;
}

static void agents_text(const struct case_party *p, struct strbuf *sb)
{
	for (size_t i = 0; i < p->nagents; i++) {
		if (i > 0)
			sb_puts(sb, "、");
		sb_puts(sb, p->agents[i].name);
		if (p->agents[i].kind[0])
			sb_printf(sb, "(%s)", p->agents[i].kind);
	}
}

/* The party as a document's head names it, each part only when known:
 * "张三，男，1980年1月1日出生，居民身份证号码……，住……" or
 * "某公司，住所地……，统一社会信用代码……". */
static void intro(const struct case_party *p, struct strbuf *sb)
{
	sb_puts(sb, p->name);
	if (p->id_no[0]) {
		if (p->sex[0])
			sb_printf(sb, "，%s", p->sex);
		if (p->birth[0]) {
			sb_puts(sb, "，");
			zh_date(date_from_iso(p->birth), sb);
			sb_puts(sb, "出生");
		}
		sb_printf(sb, "，居民身份证号码%s", p->id_no);
		if (p->address[0])
			sb_printf(sb, "，住%s", p->address);
	} else {
		if (p->address[0])
			sb_printf(sb, "，住所地%s", p->address);
		if (p->uscc[0])
			sb_printf(sb, "，统一社会信用代码%s", p->uscc);
	}
}

static void party_item(struct docvals *v, const char *list, const struct case_party *p)
{
	struct strbuf sb = {0};

	docvals_add_item(v, list);
	docvals_set(v, "party.name", p->name);
	docvals_set(v, "party.side_zh", party_side_zh(side_of(p->side)));
	docvals_set(v, "party.ref", p->ref);
	docvals_set(v, "party.id_no", p->id_no);
	docvals_set(v, "party.uscc", p->uscc);
	docvals_set(v, "party.sex", p->sex);
	set_iso_date(v, "party.birth", p->birth);
	set_flag(v, "party.org", p->id_no[0] == '\0');
	docvals_set(v, "party.chain_role", p->chain_role);
	docvals_set(v, "party.address", p->address);
	docvals_set(v, "party.service_address", p->service_address);
	docvals_set(v, "party.legal_rep", p->legal_rep);
	docvals_set(v, "party.legal_rep_title", p->legal_rep_title);
	set_flag(v, "party.representative", p->representative);
	intro(p, &sb);
	docvals_set(v, "party.intro", sb_str(&sb));
	sb.len = 0;
	sb_puts(&sb, p->legal_rep);
	if (p->legal_rep[0] && p->legal_rep_title[0])
		sb_printf(&sb, "，%s", p->legal_rep_title);
	docvals_set(v, "party.rep", sb_str(&sb));
	sb.len = 0;
	sb_puts(&sb, "");
	agents_text(p, &sb);
	docvals_set(v, "party.agents", sb_str(&sb));
	sb_free(&sb);
}

static void parties(struct docvals *v, const struct case_detail *d)
{
	static const struct {
		const char *side, *list, *joined;
	} sides[] = {
		{"applicant", "applicants", "applicants"},
		{"respondent", "respondents", "respondents"},
		{"third", "third_parties", "third_parties"},
	};

	for (size_t s = 0; s < sizeof sides / sizeof sides[0]; s++) {
		struct strbuf names = {0};
		for (size_t i = 0; i < d->nparties; i++) {
			if (strcmp(d->parties[i].side, sides[s].side) != 0)
				continue;
			party_item(v, sides[s].list, &d->parties[i]);
			party_item(v, "parties", &d->parties[i]);
			join(&names, d->parties[i].name);
		}
		docvals_set(v, sides[s].joined, sb_str(&names));
		sb_free(&names);
	}
}

/* The addressee: party party_id of the case (its side and place, as
 * case_detail_get lists the parties). */
static enum tc_status addressee(struct db *db, struct docvals *v, int64_t case_id,
				int64_t party_id, const struct case_detail *d, struct tc_err *e)
{
	static const char sql[] = "SELECT side, pos FROM parties WHERE id = ?1 AND case_id = ?2";
	sqlite3_stmt *st;
	char side[12] = "";
	int pos = 0, rc;

	if (party_id == 0)
		return TC_OK;
	st = db_prep(db, sql);
	sqlite3_bind_int64(st, 1, party_id);
	sqlite3_bind_int64(st, 2, case_id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		text_copy(side, sizeof side, db_col_text(st, 0));
		pos = sqlite3_column_int(st, 1);
	}
	sqlite3_reset(st);
	if (rc == SQLITE_DONE)
		return err_set(e, TC_REFUSED, "to", "本案没有这名当事人 (编号 %lld)", (long long)party_id);
	if (rc != SQLITE_ROW)
		return db_fail(db, rc, "读取当事人", e);
	for (size_t i = 0; i < d->nparties; i++) {
		const struct case_party *p = &d->parties[i];
		struct strbuf sb = {0};
		if (p->pos != pos || strcmp(p->side, side) != 0)
			continue;
		docvals_set(v, "to.name", p->name);
		docvals_set(v, "to.side_zh", party_side_zh(side_of(p->side)));
		docvals_set(v, "to.ref", p->ref);
		docvals_set(v, "to.address", p->service_address[0] ? p->service_address : p->address);
		docvals_set(v, "to.legal_rep", p->legal_rep);
		docvals_set(v, "to.legal_rep_title", p->legal_rep_title);
		set_flag(v, "to.applicant", side_of(p->side) == SIDE_APPLICANT);
		set_flag(v, "to.respondent", side_of(p->side) == SIDE_RESPONDENT);
		agents_text(p, &sb);
		docvals_set(v, "to.agents", sb_str(&sb));
		sb_free(&sb);
	}
	return TC_OK;
}

/* The applicant a claim belongs to: its own, or the only one. */
static const struct case_party *claim_party(const struct case_detail *d, const struct case_claim *c,
					    size_t napplicants)
{
	for (size_t i = 0; i < d->nparties; i++) {
		const struct case_party *p = &d->parties[i];
		if (strcmp(p->side, "applicant") != 0)
			continue;
		if (c->party[0] ? strcmp(c->party, p->ref) == 0 : napplicants == 1)
			return p;
	}
	return NULL;
}

static size_t count_side(const struct case_detail *d, const char *side)
{
	size_t n = 0;
	for (size_t i = 0; i < d->nparties; i++)
		n += strcmp(d->parties[i].side, side) == 0;
	return n;
}

static void claims(struct docvals *v, const struct case_detail *d)
{
	size_t napp = count_side(d, "applicant");
	char money[MONEY_BUF + 4];

	for (size_t i = 0; i < d->nclaims; i++) {
		const struct case_claim *c = &d->claims[i];
		const struct case_party *p = claim_party(d, c, napp);
		struct strbuf per = {0}, w = {0};

		docvals_add_item(v, "claims");
		set_zh_number(v, "claim.no", (int)i + 1);
		docvals_set(v, "claim.kind", c->kind);
		yuan(c->amount, money);
		docvals_set(v, "claim.amount", money);
		docvals_set(v, "claim.party", p ? p->name : "");
		period(c->from, c->to, &per);
		docvals_set(v, "claim.period", sb_str(&per));
		what(napp > 1 && p ? p->name : "", sb_str(&per), c->kind, &w);
		docvals_set(v, "claim.what", sb_str(&w));
		sb_free(&per);
		sb_free(&w);
	}
}

/* Whether claim c belongs in this document: an award in two lists only
 * its own part's items. */
static bool in_part(const struct case_claim *c, const char *part)
{
	if (strcmp(part, "final") == 0)
		return c->final == 1;
	if (strcmp(part, "nonfinal") == 0)
		return c->final == 0;
	return true;
}

/* The workers and their items.  resolved: a settlement or an award,
 * whose items are the amounts agreed or granted (those above 0); else
 * the claims.  *total gets the sum of the items listed, *any whether any
 * item had an amount resolved, *short whether one of the part's was
 * granted less than claimed. */
static void workers(struct docvals *v, const struct case_detail *d, const char *part,
		    bool resolved, int64_t *total, bool *any, bool *shortfall)
{
	size_t napp = count_side(d, "applicant"), no = 0;
	char money[MONEY_BUF + 4];
	/* Claims of the whole case in a case of several applicants: one
	 * entry for all of them, after the workers. */
	size_t nentries = d->nparties + 1;

	*total = 0;
	*any = *shortfall = false;
	for (size_t k = 0; k < nentries; k++) {
		const struct case_party *p = k < d->nparties ? &d->parties[k] : NULL;
		int64_t sum = 0;
		size_t nitems = 0;

		if (p && strcmp(p->side, "applicant") != 0)
			continue;
		for (size_t i = 0; i < d->nclaims; i++) {
			const struct case_claim *c = &d->claims[i];
			if (claim_party(d, c, napp) != p || !in_part(c, part))
				continue;
			if (resolved) {
				if (c->resolved >= 0)
					*any = true;
				if (c->resolved >= 0 && c->resolved < c->amount)
					*shortfall = true;
				if (c->resolved <= 0)
					continue;
			}
			if (nitems == 0) {
				struct strbuf names = {0};
				docvals_add_item(v, "workers");
				set_zh_number(v, "worker.no", (int)++no);
				if (p == NULL) {
					for (size_t j = 0; j < d->nparties; j++)
						if (strcmp(d->parties[j].side, "applicant") == 0)
							join(&names, d->parties[j].name);
				}
				docvals_set(v, "worker.name", p ? p->name : sb_str(&names));
				docvals_set(v, "worker.id_no", p ? p->id_no : "");
				sb_free(&names);
			}
			int64_t amount = resolved ? c->resolved : c->amount;
			struct strbuf per = {0}, w = {0};
			docvals_add_item(v, "items");
			set_int(v, "item.no", (long long)++nitems);
			docvals_set(v, "item.kind", c->kind);
			yuan(amount, money);
			docvals_set(v, "item.amount", money);
			yuan(c->amount, money);
			docvals_set(v, "item.claimed", money);
			period(c->from, c->to, &per);
			docvals_set(v, "item.period", sb_str(&per));
			what("", sb_str(&per), c->kind, &w);
			docvals_set(v, "item.what", sb_str(&w));
			docvals_set(v, "item.final", c->final == 1 ? "终局" : c->final == 0 ? "非终局" : "");
			sb_free(&per);
			sb_free(&w);
			sum += amount;
		}
		if (nitems > 0) {
			set_money(v, "worker.total", sum);
			*total += sum;
		}
	}
}

/* The award's remedy sentence (救济途径): the rule days as the office has
 * them, the articles as the law numbers them. */
static void remedy(struct db *db, struct docvals *v, bool final)
{
	struct strbuf sb = {0}, sue = {0}, aside = {0};

	if (!rule_words(db, "sue", &sue))
		sb_puts(&sue, "十五日");
	if (final) {
		/* 调解仲裁法第四十七条 (final), 第四十八条 (the worker may sue),
		 * 第四十九条 (the employer may ask the intermediate court to set
		 * it aside). */
		if (!rule_words(db, "set_aside", &aside))
			sb_puts(&aside, "三十日");
		sb_printf(&sb,
			  "本裁决为终局裁决，裁决书自作出之日起发生法律效力。劳动者对本裁决不服的，"
			  "可以自收到本裁决书之日起%s内向人民法院提起诉讼。用人单位有证据证明本裁决有"
			  "《中华人民共和国劳动争议调解仲裁法》第四十九条第一款规定情形之一的，"
			  "可以自收到本裁决书之日起%s内向本委所在地的中级人民法院申请撤销裁决。",
			  sb_str(&sue), sb_str(&aside));
	} else {
		/* 调解仲裁法第五十条. */
		sb_printf(&sb,
			  "当事人对本裁决不服的，可以自收到本裁决书之日起%s内向人民法院提起诉讼；"
			  "期满不起诉的，本裁决书发生法律效力。",
			  sb_str(&sue));
	}
	docvals_set(v, "award.remedy", sb_str(&sb));
	sb_free(&sb);
	sb_free(&sue);
	sb_free(&aside);
}

static void outcome(struct db *db, struct docvals *v, const struct case_detail *d,
		    const struct docwhat *w)
{
	const char *ev = w->kind && w->kind->event ? w->kind->event : "";
	const char *part = w->part ? w->part : "";
	bool resolved = strcmp(ev, "award") == 0 || strcmp(ev, "settle") == 0;
	bool has_final = false, has_nonfinal = false, any, shortfall;
	int64_t total;
	char *pay = db_setting(db, "pay_within");

	workers(v, d, part, resolved, &total, &any, &shortfall);
	if (resolved && !any && !*part && d->row.resolved >= 0)
		total = d->row.resolved; /* a settlement or award as one sum */
	set_money(v, "outcome.total", total);
	docvals_set(v, "pay_within", pay ? pay : "");
	free(pay);

	for (size_t i = 0; i < d->nclaims; i++) {
		has_final |= d->claims[i].final == 1;
		has_nonfinal |= d->claims[i].final == 0;
	}
	bool final = strcmp(part, "final") == 0 || (!*part && d->row.final_award == 1);
	bool nonfinal = strcmp(part, "nonfinal") == 0 || (!*part && d->row.final_award == 0);
	set_flag(v, "award.final", final);
	set_flag(v, "award.nonfinal", nonfinal);
	set_flag(v, "award.split", has_final && has_nonfinal);
	set_flag(v, "award.rejected", strcmp(ev, "award") == 0 && shortfall);
	if (final || nonfinal)
		remedy(db, v, final);
}

static void tribunal(struct docvals *v, const struct tribunal *t)
{
	struct strbuf sb = {0};

	if (!t->formed)
		return;
	tribunal_text(t->sole, t->chief, t->member[0], t->member[1], &sb);
	docvals_set(v, "tribunal.text", sb_str(&sb));
	set_flag(v, "tribunal.sole", t->sole);
	docvals_set(v, "tribunal.chief", t->chief);
	sb.len = 0;
	sb_puts(&sb, "");
	if (!t->sole) {
		join(&sb, t->member[0]);
		join(&sb, t->member[1]);
	}
	docvals_set(v, "tribunal.members", sb_str(&sb));
	docvals_set(v, "tribunal.clerk", t->clerk);
	set_iso_date(v, "tribunal.formed_on", t->formed_on);
	sb_free(&sb);
}

static enum tc_status hearing(struct db *db, struct docvals *v, const struct case_detail *d,
			      int no, struct tc_err *e)
{
	static const char room_sql[] = "SELECT address FROM rooms WHERE id = ?1";
	static const char *const absent[][2] = {
		{"applicant", "申请人"}, {"respondent", "被申请人"}, {"both", "双方当事人"},
	};
	const struct hearing *h = NULL;
	struct strbuf sb = {0};

	/* The hearing asked for, else the next scheduled (in time order). */
	for (size_t i = 0; i < d->nhearings && h == NULL; i++)
		if (no ? d->hearings[i].no == no : d->hearings[i].status == HEARING_SCHEDULED)
			h = &d->hearings[i];
	if (no && h == NULL)
		return err_set(e, TC_REFUSED, "hearing", "本案没有第 %d 次开庭 (case show 列出各次开庭)", no);
	/* The hearings held, for an award ("于……开庭审理"). */
	const struct hearing *last = NULL;
	for (size_t i = 0; i < d->nhearings; i++) {
		if (d->hearings[i].status != HEARING_HELD)
			continue;
		if (sb.len > 0)
			sb_puts(&sb, "、");
		zh_date(hearing_day(d->hearings[i].at), &sb);
		last = &d->hearings[i];
	}
	docvals_set(v, "heard.on", sb_str(&sb));
	for (size_t i = 0; last && i < sizeof absent / sizeof absent[0]; i++)
		if (strcmp(last->absent, absent[i][0]) == 0)
			docvals_set(v, "heard.absent", absent[i][1]);
	if (h == NULL) {
		sb_free(&sb);
		return TC_OK;
	}

	int day = hearing_day(h->at);
	set_int(v, "hearing.no", h->no);
	set_date(v, "hearing.date", day);
	if (day != DATE_NONE) {
		/* 星期一, from date.h's 周一. */
		char wd[16];
		snprintf(wd, sizeof wd, "星期%s", date_weekday_zh(day) + strlen("周"));
		docvals_set(v, "hearing.weekday", wd);
	}
	sb.len = 0;
	sb_puts(&sb, "");
	zh_time(h->at, &sb);
	docvals_set(v, "hearing.time", sb_str(&sb));
	docvals_set(v, "hearing.room", h->room);
	set_int(v, "hearing.minutes", h->minutes);
	sb.len = 0;
	sb_puts(&sb, "");
	tribunal_text(h->sole, h->chief, h->member[0], h->member[1], &sb);
	docvals_set(v, "hearing.tribunal", sb_str(&sb));
	docvals_set(v, "hearing.clerk", h->clerk);

	char *address = NULL;
	if (h->room_id) {
		sqlite3_stmt *st = db_prep(db, room_sql);
		int rc;
		sqlite3_bind_int64(st, 1, h->room_id);
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW)
			address = db_col_dup(st, 0);
		sqlite3_reset(st);
		if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
			sb_free(&sb);
			return db_fail(db, rc, "读取仲裁庭地址", e);
		}
	}
	docvals_set(v, "hearing.address", address ? address : "");
	sb.len = 0;
	sb_puts(&sb, h->room);
	if (address && *address)
		sb_printf(&sb, "（%s）", address);
	docvals_set(v, "hearing.place", sb_str(&sb));
	free(address);
	sb_free(&sb);
	return TC_OK;
}

/* The journal row of the event the document records: event_id, else the
 * latest row of the kind's event that no revert undid.  workflow.c writes
 * its detail as "中止[, ...][ 至 TO][: REASON]": the reason is what follows
 * the first ": ", the place of a transfer what follows " 至 " before it. */
static enum tc_status event(struct db *db, struct docvals *v, int64_t case_id,
			    const struct docwhat *w, struct tc_err *e)
{
	static const char by_id[] =
		"SELECT effective_on, detail FROM journal WHERE id = ?1 AND case_id = ?2";
	static const char latest[] =
		"SELECT j.effective_on, j.detail FROM journal j WHERE j.case_id = ?2 AND j.kind = ?3"
		" AND NOT EXISTS (SELECT 1 FROM case_undo u WHERE u.journal_id = j.id"
		"  AND u.undone_by IS NOT NULL)"
		" ORDER BY j.id DESC LIMIT 1";
	/* A 送达回证 reads the event of the document it goes with. */
	const struct doc_kind *k = w->served ? w->served : w->kind;
	sqlite3_stmt *st;
	int rc;

	if (w->event_id == 0 && (k == NULL || k->event == NULL))
		return TC_OK;
	st = db_prep(db, w->event_id ? by_id : latest);
	if (w->event_id)
		sqlite3_bind_int64(st, 1, w->event_id);
	sqlite3_bind_int64(st, 2, case_id);
	if (!w->event_id)
		sqlite3_bind_text(st, 3, k->event, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		const char *detail = db_col_text(st, 1);
		const char *colon = strstr(detail, ": ");
		const char *to = strstr(detail, " 至 ");

		set_iso_date(v, "event.on", db_col_text(st, 0));
		if (colon) {
			/* The template ends the sentence: a full stop typed goes. */
			char *r = xstrdup(colon + 2);
			size_t n = strlen(r);
			while (n >= 3 && strcmp(r + n - 3, "。") == 0)
				r[n -= 3] = '\0';
			docvals_set(v, "event.reason", r);
			free(r);
		}
		if (to && (colon == NULL || to < colon) && k && k->event &&
		    strcmp(k->event, "transfer") == 0) {
			const char *start = to + strlen(" 至 ");
			char *place = xstrndup(start, colon ? (size_t)(colon - start) : strlen(start));
			docvals_set(v, "transfer.to", place);
			free(place);
		}
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "读取案件日志", e);
}

/* The last service recorded of this document to this addressee. */
static enum tc_status service(struct db *db, struct docvals *v, int64_t case_id,
			      const struct docwhat *w, struct tc_err *e)
{
	static const char sql[] =
		"SELECT s.method, s.given_on, coalesce(s.given_at, ''), coalesce(s.address, ''),"
		" coalesce(s.by_name, ''), coalesce(s.note, '')"
		" FROM services s JOIN documents d ON d.id = s.document_id"
		" WHERE d.case_id = ?1 AND d.no = ?2 AND (?3 = 0 OR s.party_id = ?3)"
		" ORDER BY s.id DESC LIMIT 1";
	sqlite3_stmt *st;
	int rc;

	if (w->doc_no == 0)
		return TC_OK;
	st = db_prep(db, sql);
	sqlite3_bind_int64(st, 1, case_id);
	sqlite3_bind_int(st, 2, w->doc_no);
	sqlite3_bind_int64(st, 3, w->party_id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		const char *at = db_col_text(st, 2);
		int h, m;
		docvals_set(v, "service.method", db_col_text(st, 0));
		set_iso_date(v, "service.date", db_col_text(st, 1));
		if (sscanf(at, "%d:%d", &h, &m) == 2) {
			char buf[24];
			snprintf(buf, sizeof buf, "%d时%d分", h, m);
			docvals_set(v, "service.time", buf);
		}
		docvals_set(v, "service.address", db_col_text(st, 3));
		docvals_set(v, "service.by", db_col_text(st, 4));
		docvals_set(v, "service.note", db_col_text(st, 5));
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "读取送达记录", e);
}

static enum tc_status sections(struct db *db, struct docvals *v, int64_t case_id,
			       const struct doc_kind *k, struct tc_err *e)
{
	static const char sql[] =
		"SELECT section, text FROM doc_sections WHERE case_id = ?1 AND kind = ?2";
	sqlite3_stmt *st;
	int rc;

	if (k == NULL)
		return TC_OK;
	st = db_prep(db, sql);
	sqlite3_bind_int64(st, 1, case_id);
	sqlite3_bind_text(st, 2, k->name, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		docvals_set_section(v, db_col_text(st, 0), db_col_text(st, 1));
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? TC_OK : db_fail(db, rc, "读取文书正文", e);
}

static void settings(struct db *db, struct docvals *v)
{
	char *office = db_setting(db, "office_name");
	char *seal = db_setting(db, "seal_note");
	struct strbuf sb = {0};

	docvals_set(v, "office", office ? office : "");
	docvals_set(v, "seal_note", seal ? seal : "");
	zh_number((int)db_setting_int(db, "evidence_days", 10), &sb);
	sb_puts(&sb, "日");
	docvals_set(v, "evidence.period", sb_str(&sb));
	sb_free(&sb);
	free(office);
	free(seal);
}

static void the_case(struct docvals *v, const struct case_detail *d)
{
	char ref[96];

	docvals_set(v, "case_no", d->row.case_no);
	case_short_no(d->row.case_no, ref, sizeof ref);
	docvals_set(v, "case_ref", ref);
	docvals_set(v, "cause", d->cause);
	docvals_set(v, "mediator", d->row.mediator);
	set_iso_date(v, "received_on", d->row.received_on);
	set_iso_date(v, "accepted_on", d->row.accepted_on);
	set_int(v, "workers_count", d->row.workers);
	set_money(v, "claims_total", d->row.claimed);
	set_flag(v, "collective", d->collective);
	docvals_set(v, "project", d->project);
	/* Documents received settle the 容缺 list. */
	if (!d->docs_received_on[0]) {
		docvals_set(v, "missing_docs", d->missing_docs);
		set_iso_date(v, "docs_due", d->docs_due);
	}
	for (size_t i = 0; i < d->nclocks; i++)
		if (strcmp(d->clocks[i].name, "close") == 0)
			set_iso_date(v, "close_due", d->clocks[i].due);
}

enum tc_status docvals_build(struct db *db, const struct actor *a, int64_t case_id,
			     const struct docwhat *w, struct docvals **out, struct tc_err *e)
{
	static const struct {
		const char *field, *rule;
	} periods[] = {
		{"defence.period", "defence"}, {"notice.period", "hearing_notice"},
		{"postpone.period", "postpone"}, {"close.period", "close"},
		{"extension.period", "extension"}, {"sue.period", "sue"},
		{"set_aside.period", "set_aside"},
	};
	struct case_detail *d;
	struct docvals *v;
	enum tc_status st;
	const char *part = w->part ? w->part : "";

	if ((st = case_detail_get(db, a, case_id, w->made_on, &d, e)) != TC_OK)
		return st;
	v = docvals_new(w->kind);
	settings(db, v);
	set_date(v, "made_on", w->made_on);
	docvals_set(v, "doc.name", doc_name(w, part));
	if (w->doc_no)
		set_int(v, "doc.no", w->doc_no);
	docvals_set(v, "doc.basis", w->kind && w->kind->basis ? w->kind->basis : "");
	the_case(v, d);
	for (size_t i = 0; i < sizeof periods / sizeof periods[0]; i++)
		set_period(db, v, periods[i].field, periods[i].rule);
	parties(v, d);
	claims(v, d);
	outcome(db, v, d, w);
	tribunal(v, &d->tribunal);
	if ((st = addressee(db, v, case_id, w->party_id, d, e)) != TC_OK ||
	    (st = hearing(db, v, d, w->hearing_no, e)) != TC_OK ||
	    (st = event(db, v, case_id, w, e)) != TC_OK ||
	    (st = service(db, v, case_id, w, e)) != TC_OK ||
	    (st = sections(db, v, case_id, w->kind, e)) != TC_OK) {
		case_detail_free(d);
		docvals_free(v);
		return st;
	}
	case_detail_free(d);
	*out = v;
	return TC_OK;
}
