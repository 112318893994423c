/*
 * keymap.c - the one table of UI actions and the keys bound to them.
 *
 * The key dispatch, the help screen, the bottom bar and `tiaocai keys`
 * (which the man page's key list is checked against) all read this
 * table.  An office rebinds keys in ~/.config/tiaocai/keys by action name;
 * it does not add actions.
 */
#include "tui.h"
#include "tiaocai/priv.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ESC 27

static const struct action_def actions[] = {
	{ACT_NONE, "", 0, "", "", "", false, NULL},
	{ACT_HOME, "home", AG_NAV, "1", "首页", "首页: 今日到期、超期、开庭和各阶段数量", false, NULL},
	{ACT_DOCKET, "docket", AG_NAV, "2", "案件", "案件列表", false, NULL},
	{ACT_ROSTER, "roster", AG_NAV, "3", "名册", "调解员和仲裁员名册", false, NULL},
	{ACT_REPORTS, "reports", AG_NAV, "4", "报表", "周报和导出 (台账、统计报表)", false, NULL},
	{ACT_HEARINGS, "hearings", AG_NAV, "5", "庭审", "庭审: 一日或一周的开庭安排, 按开庭地点; 开庭排期表",
	 false, NULL},
	{ACT_NEXT_TAB, "next-tab", AG_NAV, "Tab", "", "依次切换 首页、案件、名册、报表、庭审", false, NULL},
	{ACT_NEW_CASE, "new-case", AG_NAV, "n F3", "收案", "登记新的仲裁申请 (收案)", true, NULL},
	{ACT_HELP, "help", AG_GLOBAL, "? F1", "帮助", "本屏的按键说明", false, NULL},
	{ACT_BACK, "back", AG_GLOBAL, "q Esc", "返回", "返回上一屏; 在首页退出", false, NULL},
	{ACT_REDRAW, "redraw", AG_GLOBAL, "C-l", "", "重画屏幕", false, NULL},
	/* Ctrl-C is a key here, not an interrupt (app.c): in a form it cancels
	 * the form like Esc, anywhere else it leaves the program. */
	{ACT_QUIT, "quit", AG_GLOBAL, "C-c", "", "退出调裁 (有未保存的表单先询问)", false, NULL},

	{ACT_DOWN, "down", AG_LIST, "j Down", "", "下移一行", false, NULL},
	{ACT_UP, "up", AG_LIST, "k Up", "", "上移一行", false, NULL},
	{ACT_PGDN, "page-down", AG_LIST, "PgDn C-f", "", "下一页", false, NULL},
	{ACT_PGUP, "page-up", AG_LIST, "PgUp C-b", "", "上一页", false, NULL},
	{ACT_FIRST, "first", AG_LIST, "g Home", "", "到第一行", false, NULL},
	{ACT_LAST, "last", AG_LIST, "G End", "", "到最后一行", false, NULL},
	{ACT_OPEN, "open", AG_LIST, "Enter", "打开", "打开选中的一项", false, NULL},
	{ACT_NEXT_LIST, "next-list", AG_LISTS, "]", "下个列表",
	 "到下一个列表 (超期、今日到期、3个工作日内、开庭)", false, NULL},
	{ACT_PREV_LIST, "prev-list", AG_LISTS, "[", "", "到上一个列表", false, NULL},
	{ACT_SCOPE, "home.scope", AG_HOME, "o", "全院/本人",
	 "首页在本人的案件 (书记员承办、调解员调解、仲裁员审理的) 和全院之间切换", false, NULL},
	{ACT_FIND, "find", AG_FIND, "/", "查找", "边输边找; ↓↑ 下一处/上一处, Enter 停下, Esc 回原处",
	 false, NULL},

	{ACT_SEARCH, "search", AG_DOCKET, "/", "搜索",
	 "按姓名、案号、身份证号或统一社会信用代码搜索, 边输边筛; Enter 保留, Esc 清除", false, NULL},
	{ACT_FILTER, "filter", AG_DOCKET, "f", "筛选", "按阶段、程序、经办人、超期、挂牌督办、集体争议筛选", false, NULL},
	{ACT_SORT, "sort", AG_DOCKET, "s", "排序", "换一列排序", false, NULL},
	{ACT_REVERSE, "reverse", AG_DOCKET, "S", "", "顺序倒过来", false, NULL},
	{ACT_OVERDUE, "overdue", AG_DOCKET, "o", "超期", "只看超期案件 / 全部", false, NULL},

	{ACT_SAVE, "save", AG_FORM, "F2", "保存", "检查并保存", true, NULL},
	{ACT_CANCEL, "cancel", AG_FORM, "Esc C-c", "取消", "放弃 (已填内容会先询问)", false, NULL},
	{ACT_NEXT_FIELD, "next-field", AG_FORM, "Tab Down Enter", "下一项", "到下一项 (检查本项)", false,
	 NULL},
	{ACT_PREV_FIELD, "prev-field", AG_FORM, "S-Tab Up", "", "到上一项", false, NULL},
	{ACT_ADD_ENTRY, "add-entry", AG_FORM, "F4", "加一条",
	 "再加一名申请人、被申请人或一项请求", true, NULL},
	{ACT_DEL_ENTRY, "del-entry", AG_FORM, "F5", "删一条", "删去光标所在的这一条", true, NULL},
	{ACT_COPY_PREV, "copy-prev", AG_FORM, "F6", "照抄上一人",
	 "把上一名申请人的请求 (类别、金额、期间) 照抄给本人, 并移到下一名申请人", true, NULL},

	{ACT_EV_ACCEPT, "case.accept", AG_CASE, "a", "受理", "受理 (立案)", true, "accept"},
	{ACT_EV_REFUSE, "case.refuse", AG_CASE, "x", "不予受理", "不予受理, 写明理由", true, "refuse"},
	{ACT_EV_PREMEDIATE, "case.premediate", AG_CASE, "p", "案前调解", "转案前调解, 指定调解员", true,
	 "premediate"},
	{ACT_EV_MEDIATE, "case.mediate", AG_CASE, "m", "调解", "立案后调解, 指定调解员", true,
	 "mediate"},
	{ACT_EV_SETTLE, "case.settle", AG_CASE, "y", "达成协议", "调解达成协议, 记录金额 (结案)", true,
	 "settle"},
	{ACT_EV_FAIL, "case.fail", AG_CASE, "c", "调解不成", "调解不成, 转入下一步", true, "fail"},
	{ACT_EV_TRIBUNAL, "case.tribunal", AG_CASE, "u", "组庭", "组成或变更仲裁庭: 独任或首席加两名仲裁员, 书记员",
	 true, "tribunal"},
	{ACT_EV_HEARING, "case.hearing", AG_CASE, "h", "排期开庭", "排期开庭: 时间、开庭地点, 不得与他案冲突",
	 true, "hearing"},
	{ACT_EV_POSTPONE, "case.postpone", AG_CASE, "v", "延期开庭",
	 "延期开庭: 当事人开庭 3 日前申请或仲裁委决定, 可同时改定时间", true, "hearing-postpone"},
	{ACT_EV_HEARING_CANCEL, "case.cancel", AG_CASE, "K", "取消开庭", "取消待开的庭, 写明理由",
	 true, "hearing-cancel"},
	{ACT_EV_HELD, "case.held", AG_CASE, "i", "记录开庭", "记录已开庭, 及未到庭的一方",
	 true, "hearing-held"},
	{ACT_EV_AWARD, "case.award", AG_CASE, "w", "裁决", "作出裁决, 记录裁决金额 (结案)", true,
	 "award"},
	{ACT_EV_WITHDRAW, "case.withdraw", AG_CASE, "d", "撤回", "申请人撤回申请 (结案)", true,
	 "withdraw"},
	{ACT_EV_SUSPEND, "case.suspend", AG_CASE, "z", "中止", "中止审理, 写明事由", true, "suspend"},
	{ACT_EV_RESUME, "case.resume", AG_CASE, "r", "恢复", "恢复审理", true, "resume"},
	{ACT_EV_EXTEND, "case.extend", AG_CASE, "e", "延长", "延长审限 (一次)", true, "extend"},
	{ACT_EV_TRANSFER, "case.transfer", AG_CASE, "t", "移送", "移送其他机关 (结案)", true,
	 "transfer"},

	/* Corrections act on the line selected in the case file (a party, an
	 * agent, a claim); Enter on such a line opens its usual correction. */
	{ACT_CO_PARTY_ADD, "case.party-add", AG_CORRECT, "A", "追加当事人",
	 "追加申请人、被申请人或第三人, 写明理由", true, "party-add"},
	{ACT_CO_PARTY_EDIT, "case.party-edit", AG_CORRECT, "E", "更正当事人",
	 "更正选中的当事人: 电话、住所、送达地址、法定代表人等 (选中后 Enter 亦可)", true,
	 "party-edit"},
	{ACT_CO_PARTY_REMOVE, "case.party-remove", AG_CORRECT, "D", "删除当事人",
	 "删除选中的当事人, 写明理由", true, "party-remove"},
	{ACT_CO_AGENT_ADD, "case.agent-add", AG_CORRECT, "W", "委托代理人",
	 "为选中的当事人登记委托代理人", true, "agent-add"},
	{ACT_CO_AGENT_REMOVE, "case.agent-remove", AG_CORRECT, "V", "解除委托",
	 "解除选中的委托代理人", true, "agent-remove"},
	{ACT_CO_CLAIM_ADD, "case.claim-add", AG_CORRECT, "C", "增加请求",
	 "增加一项仲裁请求 (立案后审限重新计算)", true, "claim-add"},
	{ACT_CO_CLAIM_EDIT, "case.claim-edit", AG_CORRECT, "B", "变更请求",
	 "变更选中的请求: 类别、金额、期间、所属申请人 (选中后 Enter 亦可)", true, "claim-edit"},
	{ACT_CO_CLAIM_REMOVE, "case.claim-remove", AG_CORRECT, "X", "撤回请求",
	 "撤回选中的一项请求, 写明理由", true, "claim-remove"},
	{ACT_CO_DOCS, "case.docs-received", AG_CORRECT, "R", "补交材料",
	 "容缺受理的材料已补交 (全部或部分)", true, "docs-received"},
	{ACT_CO_LINK, "case.link", AG_CORRECT, "L", "关联律师", "关联或解除法律援助律师", true,
	 "link"},
	{ACT_CO_ASSIGN, "case.assign", AG_CORRECT, "O", "承办人", "指定或取消本案承办人", true,
	 "assign"},
	{ACT_CO_NOTE, "case.note", AG_CORRECT, "N", "备注", "在办理记录中加一条备注", true,
	 "note"},
	{ACT_CO_EDIT, "case.edit", AG_CORRECT, "I", "案件信息", "更正案由、行业、项目名称、案件来源",
	 true, "edit"},
	{ACT_CO_PAY, "case.pay", AG_CORRECT, "$", "付款", "登记实际支付给劳动者的款项 (可按项)", true,
	 "pay"},
	{ACT_CO_REVERT, "case.revert", AG_CORRECT, "U", "撤销",
	 "撤销本案最近一个未撤销的事项 (院领导、管理员), 结案亦可撤销", true, "revert"},
	{ACT_EMPLOYER, "employer", AG_EMPLOYER, "b", "被申请人",
	 "被申请人: 同一用人单位的全部案件, 件数和请求、调解或裁决、已兑现金额", false, NULL},

	{ACT_PERSON_ADD, "roster.add", AG_ROSTER, "a", "增加", "在名册中增加一人", true, NULL},
	{ACT_PERSON_EDIT, "roster.edit", AG_ROSTER, "e", "编辑", "修改选中人员的信息", true, NULL},
	{ACT_PERSON_SUSPEND, "roster.suspend", AG_ROSTER, "z", "暂停", "暂停选中人员 (不再分案)", true,
	 NULL},
	{ACT_PERSON_RESUME, "roster.resume", AG_ROSTER, "r", "恢复", "恢复选中人员为在册", true, NULL},
	{ACT_ROOMS, "roster.rooms", AG_ROSTER, "t", "开庭地点",
	 "开庭地点: 名称、座位、速裁庭、可用、地址 (管理员、院领导可增改)", false, NULL},

	{ACT_ROOM_ADD, "room.add", AG_ROOMS, "a", "增加", "登记一个开庭地点", true, NULL},
	{ACT_ROOM_EDIT, "room.edit", AG_ROOMS, "e", "修改",
	 "修改选中的开庭地点: 座位、速裁庭、停用或恢复、地址 (选中后 Enter 亦可)", true, NULL},

	{ACT_PREV_WEEK, "report.prev-week", AG_REPORT, "[ Left", "上周", "看上一周的周报", false, NULL},
	{ACT_NEXT_WEEK, "report.next-week", AG_REPORT, "] Right", "下周", "看下一周的周报", false, NULL},
	{ACT_PICK_WEEK, "report.week", AG_REPORT, "w", "选周", "输入周次 (如 2026-W47) 或日期", false,
	 NULL},
	{ACT_SAVE_TEXT, "report.save-text", AG_REPORT, "t", "存文本", "把周报存为文本文件", false, NULL},
	{ACT_SAVE_PDF, "report.save-pdf", AG_REPORT, "p", "存PDF", "把周报存为 PDF (A4)", false, NULL},
	{ACT_PRINT, "report.print", AG_REPORT, "P", "打印", "用 lp 打印周报 (须已设置打印机)", false,
	 NULL},
	{ACT_EXPORT_LEDGER, "report.ledger", AG_REPORT, "l", "导出台账",
	 "按收案日期导出台账 CSV, 选择编码", false, NULL},
	{ACT_EXPORT_STATS, "report.stats", AG_REPORT, "x", "导出统计",
	 "导出一段时间的统计报表 CSV, 选择分组和编码", false, NULL},

	{ACT_HR_PREV, "hearings.prev", AG_HEARINGS, "[ Left", "前", "前一天 (周视图: 前一周)", false,
	 NULL},
	{ACT_HR_NEXT, "hearings.next", AG_HEARINGS, "] Right", "后", "后一天 (周视图: 后一周)", false,
	 NULL},
	{ACT_HR_PREV_WEEK, "hearings.prev-week", AG_HEARINGS, "{", "", "前一周 (日视图: 上周同一天)",
	 false, NULL},
	{ACT_HR_NEXT_WEEK, "hearings.next-week", AG_HEARINGS, "}", "", "后一周 (日视图: 下周同一天)",
	 false, NULL},
	{ACT_HR_WEEK, "hearings.week", AG_HEARINGS, "w", "日/周",
	 "在一日 (按开庭地点排列) 和一周 (按日排列) 之间切换", false, NULL},
	{ACT_HR_TODAY, "hearings.today", AG_HEARINGS, "t", "今天", "回到今天", false, NULL},
	{ACT_HR_DATE, "hearings.date", AG_HEARINGS, "d", "日期", "输入日期, 看那一天 (或那一周)",
	 false, NULL},
	{ACT_HR_ROOM, "hearings.room", AG_HEARINGS, "r", "地点",
	 "只看一个开庭地点, 每按一次换下一个, 最后回到全部", false, NULL},
	{ACT_HR_ALL, "hearings.all", AG_HEARINGS, "a", "全部",
	 "也显示已延期、已取消的开庭 / 只显示已排期和已开庭", false, NULL},
	{ACT_HR_PRINT, "hearings.print", AG_HEARINGS, "p", "排期表",
	 "存这一天 (周视图: 这一周) 的开庭排期表, PDF 或文本; 可只含一个地点", false, NULL},
	{ACT_DOCUMENTS, "documents", AG_EMPLOYER, "F", "文书",
	 "本案的文书: 已制作的、待制作的; 制作、填写、打印、登记送达", false, NULL},
	{ACT_DOC_MAKE, "doc.make", AG_DOCS, "m", "制作",
	 "制作选中的文书 (待制作的, 或重新制作已有的; 案件未变则与原件相同)", true, NULL},
	{ACT_DOC_EDIT, "doc.edit", AG_DOCS, "e", "填写",
	 "在编辑器 ($VISUAL, $EDITOR) 中填写裁决书的查明事实、裁决理由, 调解书的案情、履行方式", true, NULL},
	{ACT_DOC_PRINT, "doc.print", AG_DOCS, "p", "打印", "用 lp 打印选中的文书, 附送达回证", false, NULL},
	{ACT_DOC_SAVE, "doc.save", AG_DOCS, "o", "存为文件",
	 "把选中的文书存为 PDF、ODT (可在 WPS、LibreOffice 中修改) 或文本", false, NULL},
	{ACT_DOC_SERVE, "doc.serve", AG_DOCS, "s", "登记送达",
	 "登记选中的文书已送达受送达人: 方式、日期 (邮寄以回执签收日为准, 公告满三十日视为送达)", true,
	 NULL},
};

/* A key as wget_wch gives it. */
struct binding {
	wint_t key;
	bool fkey;
};

#define MAX_KEYS 4
static struct binding bound[ACT_COUNT][MAX_KEYS];
static bool loaded;

static const struct {
	const char *name;
	wint_t key;
	bool fkey;
} named[] = {
	{"Enter", '\r', false},   {"Esc", ESC, false},          {"Tab", '\t', false},
	{"S-Tab", KEY_BTAB, true}, {"Space", ' ', false},       {"Up", KEY_UP, true},
	{"Down", KEY_DOWN, true}, {"Left", KEY_LEFT, true},     {"Right", KEY_RIGHT, true},
	{"PgUp", KEY_PPAGE, true}, {"PgDn", KEY_NPAGE, true},   {"Home", KEY_HOME, true},
	{"End", KEY_END, true},   {"Backspace", KEY_BACKSPACE, true}, {"Del", KEY_DC, true},
};

/* Parse one key name; false when it is not one. */
static bool parse_key(const char *s, struct binding *b)
{
	for (size_t i = 0; i < sizeof named / sizeof named[0]; i++) {
		if (strcmp(s, named[i].name) == 0) {
			b->key = named[i].key;
			b->fkey = named[i].fkey;
			return true;
		}
	}
	if (s[0] == 'F' && isdigit((unsigned char)s[1])) {
		int n = atoi(s + 1);
		if (n < 1 || n > 12)
			return false;
		b->key = KEY_F(n);
		b->fkey = true;
		return true;
	}
	if (strncmp(s, "Ctrl-", 5) == 0 && isalpha((unsigned char)s[5]) && !s[6]) {
		b->key = (wint_t)(tolower((unsigned char)s[5]) - 'a' + 1);
		b->fkey = false;
		return true;
	}
	if (s[0] == 'C' && s[1] == '-' && isalpha((unsigned char)s[2]) && !s[3]) {
		b->key = (wint_t)(tolower((unsigned char)s[2]) - 'a' + 1);
		b->fkey = false;
		return true;
	}
	if (s[0] > ' ' && s[0] < 0x7f && !s[1]) {
		b->key = (wint_t)s[0];
		b->fkey = false;
		return true;
	}
	return false;
}

static void bind_name(const struct binding *b, char *buf, size_t size)
{
	for (size_t i = 0; i < sizeof named / sizeof named[0]; i++) {
		if (named[i].key == b->key && named[i].fkey == b->fkey) {
			snprintf(buf, size, "%s", named[i].name);
			return;
		}
	}
	if (b->fkey && b->key >= KEY_F(1) && b->key <= KEY_F(12))
		snprintf(buf, size, "F%d", (int)(b->key - KEY_F0));
	else if (!b->fkey && b->key >= 1 && b->key <= 26)
		snprintf(buf, size, "Ctrl-%c", (char)('A' + b->key - 1));
	else
		snprintf(buf, size, "%lc", (wint_t)b->key);
}

/* Bind a's keys from a space-separated list; false on a bad name. */
static bool bind_list(enum action a, const char *list, char *bad, size_t badsize)
{
	struct binding tmp[MAX_KEYS] = {{0}};
	char *copy = xstrdup(list), *save = NULL;
	size_t n = 0;
	bool ok = true;

	for (char *t = strtok_r(copy, " \t", &save); t; t = strtok_r(NULL, " \t", &save)) {
		if (n == MAX_KEYS || !parse_key(t, &tmp[n])) {
			snprintf(bad, badsize, "%s", t);
			ok = false;
			break;
		}
		n++;
	}
	free(copy);
	if (ok)
		memcpy(bound[a], tmp, sizeof tmp);
	return ok;
}

static void load_defaults(void)
{
	char bad[32];

	if (loaded)
		return;
	for (size_t i = 1; i < sizeof actions / sizeof actions[0]; i++) {
		bool ok = bind_list(actions[i].act, actions[i].keys, bad, sizeof bad);
		(void)ok;
		if (!ok)
			abort(); /* a bad default key name is a bug in the table */
	}
	loaded = true;
}

const struct action_def *action_def(enum action a)
{
	_Static_assert(sizeof actions / sizeof actions[0] == ACT_COUNT,
		       "every action has one row, in enum order");
	return a > ACT_NONE && a < ACT_COUNT ? &actions[a] : NULL;
}

enum action keymap_lookup(unsigned groups, wint_t key, bool fkey)
{
	load_defaults();
	if (!fkey && key == '\n')
		key = '\r';
	if (fkey && key == KEY_ENTER) {
		key = '\r';
		fkey = false;
	}
	for (int a = 1; a < ACT_COUNT; a++) {
		if (!(actions[a].group & groups))
			continue;
		for (int k = 0; k < MAX_KEYS && bound[a][k].key; k++)
			if (bound[a][k].key == key && bound[a][k].fkey == fkey)
				return (enum action)a;
	}
	return ACT_NONE;
}

void keymap_keys(enum action a, char *buf, size_t size)
{
	size_t len = 0;

	load_defaults();
	buf[0] = 0;
	for (int k = 0; k < MAX_KEYS && bound[a][k].key && len + 1 < size; k++) {
		char one[16];
		bind_name(&bound[a][k], one, sizeof one);
		len += (size_t)snprintf(buf + len, size - len, "%s%s", k ? " / " : "", one);
	}
}

enum action keymap_event_action(const char *event)
{
	for (int a = 1; a < ACT_COUNT; a++)
		if (actions[a].group == AG_CASE && actions[a].event && strcmp(actions[a].event, event) == 0)
			return (enum action)a;
	return ACT_NONE;
}

void keymap_load(const char *path, struct strbuf *warn)
{
	FILE *fp;
	char line[256];
	int lineno = 0;

	load_defaults();
	fp = priv_fopen(path, "r"); /* the user's file, with the user's rights */
	if (!fp)
		return; /* no file: the defaults */
	while (fgets(line, sizeof line, fp)) {
		char *p = line, *name, *rest, bad[32];
		int a;

		lineno++;
		p[strcspn(p, "\r\n")] = 0;
		while (*p == ' ' || *p == '\t')
			p++;
		if (!*p || *p == '#')
			continue;
		name = p;
		rest = p + strcspn(p, " \t");
		if (*rest)
			*rest++ = 0;
		for (a = 1; a < ACT_COUNT; a++)
			if (strcmp(actions[a].name, name) == 0)
				break;
		if (a == ACT_COUNT) {
			sb_printf(warn, "%s:%d: 没有名为 %s 的操作; ", path, lineno, name);
			continue;
		}
		while (*rest == ' ' || *rest == '\t')
			rest++;
		if (!*rest) {
			sb_printf(warn, "%s:%d: %s 后面缺少按键; ", path, lineno, name);
			continue;
		}
		if (!bind_list((enum action)a, rest, bad, sizeof bad))
			sb_printf(warn, "%s:%d: 不认识的按键 %s (可用 a、F2、C-l、Enter、Esc、PgDn 等); ",
				  path, lineno, bad);
	}
	fclose(fp);
}

/* Group headings for `tiaocai keys` and the man page, in table order. */
static const struct {
	unsigned group;
	const char *title;
} group_titles[] = {
	{AG_NAV, "各屏通用 (表单和搜索行中除外)"},
	{AG_GLOBAL, "任何屏幕"},
	{AG_LIST, "列表"},
	{AG_LISTS, "首页的几个列表"},
	{AG_HOME, "首页"},
	{AG_FIND, "查找 (名册、报表)"},
	{AG_DOCKET, "案件列表"},
	{AG_FORM, "表单 (收案、办理事项、名册人员)"},
	{AG_CASE, "案件详情: 办理事项 (只显示当前阶段可办的)"},
	{AG_CORRECT, "案件详情: 更正 (只显示本人可办的; 作用于选中的一行)"},
	{AG_EMPLOYER, "案件列表和案件详情"},
	{AG_ROSTER, "名册"},
	{AG_ROOMS, "名册: 开庭地点"},
	{AG_REPORT, "报表"},
	{AG_HEARINGS, "庭审"},
	{AG_DOCS, "案件详情: 文书"},
};

/* Escape a key list for man(7): a leading "." or "'" and backslashes. */
static void man_text(FILE *fp, const char *s)
{
	if (*s == '.' || *s == '\'')
		fputs("\\&", fp);
	for (; *s; s++) {
		if (*s == '\\')
			fputs("\\e", fp);
		else if (*s == '-')
			fputs("\\-", fp);
		else
			fputc(*s, fp);
	}
}

void keymap_print(FILE *fp, bool man)
{
	load_defaults();
	for (size_t g = 0; g < sizeof group_titles / sizeof group_titles[0]; g++) {
		if (man)
			fprintf(fp, ".SS %s\n", group_titles[g].title);
		else
			fprintf(fp, "%s:\n", group_titles[g].title);
		for (int a = 1; a < ACT_COUNT; a++) {
			char keys[64];
			if (actions[a].group != group_titles[g].group)
				continue;
			keymap_keys((enum action)a, keys, sizeof keys);
			if (man) {
				fputs(".TP\n.B \"", fp);
				man_text(fp, keys);
				fprintf(fp, "\"\n%s\n(", actions[a].help);
				man_text(fp, actions[a].name);
				fputs(")\n", fp);
			} else {
				/* keys and names are ASCII: byte padding is column padding */
				fprintf(fp, "  %-16s %-18s %s\n", keys, actions[a].name, actions[a].help);
			}
		}
	}
}
