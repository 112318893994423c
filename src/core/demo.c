/*
 * demo.c - the demo office: a 贵阳 arbitration office's users and a docket
 * of wage cases, made up from a seed and entered through the same calls a
 * clerk's commands make (case_add, wf_apply, corr_apply), so that every
 * deadline and journal row in it is genuine.
 *
 * The build has two passes.  The first decides, for every case, its
 * journey (settled in mediation, awarded, withdrawn, ...) and the day it
 * was received, and sorts the cases by that day so case numbers follow the
 * calendar.  The second makes up each case's people, employers and claims
 * from a random stream of its own and walks it through its journey; an
 * event whose day is still to come is not applied, which leaves the case
 * where a real one would stand today.  What the case file holds besides
 * (addresses, legal representatives, representatives, 案由, clerk, agents,
 * third parties, the other workers' own items) comes from a second stream
 * of the case, so that it can grow without moving any case's dates; the
 * money paid after a settlement or an award (`case pay`) from a third.
 *
 * It does not create the database or load the calendars and the roster.
 */
#include "tiaocai/demo.h"
#include "tiaocai/calendar.h"
#include "tiaocai/case.h"
#include "tiaocai/correct.h"
#include "tiaocai/date.h"
#include "tiaocai/deadline.h"
#include "tiaocai/doc.h"
#include "tiaocai/db.h"
#include "tiaocai/ident.h"
#include "tiaocai/money.h"
#include "tiaocai/room.h"
#include "tiaocai/roster.h"
#include "tiaocai/serve.h"
#include "tiaocai/tally.h"
#include "tiaocai/user.h"
#include "tiaocai/workflow.h"

#include <pwd.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- random numbers ---------------------------------------------------- */

/* splitmix64: tiny, fast, and the same on every machine, which rand() is
 * not. */
struct rng {
	uint64_t s;
};

static uint64_t rnd(struct rng *r)
{
	uint64_t z = (r->s += 0x9E3779B97F4A7C15ull);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
	return z ^ (z >> 31);
}

/* A whole number in [lo, hi]. */
static int between(struct rng *r, int lo, int hi)
{
	return hi <= lo ? lo : lo + (int)(rnd(r) % (uint64_t)(hi - lo + 1));
}

static bool chance(struct rng *r, int percent)
{
	return (int)(rnd(r) % 100) < percent;
}

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))
#define ANY(r, a) ((a)[rnd(r) % NELEM(a)])

/* A weighted choice: the index of an entry of w[0..n). */
static size_t weighted(struct rng *r, const int *w, size_t n)
{
	int total = 0, x;
	for (size_t i = 0; i < n; i++)
		total += w[i];
	x = between(r, 0, total - 1);
	for (size_t i = 0; i < n; i++) {
		if (x < w[i])
			return i;
		x -= w[i];
	}
	return n - 1;
}

/* ---- what the office sees ---------------------------------------------- */

static const char *const surnames[] = {
	"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
	"胡", "郭", "何", "罗", "高", "林", "龙", "石", "韦", "潘", "田", "蒙", "岑", "邓",
	"谢", "宋", "唐", "冯", "袁", "曾", "彭", "蒋", "余", "熊", "卢", "付", "欧阳",
};
/* Roughly how common each is, with 贵州's 罗 杨 龙 石 韦 潘 田 raised. */
static const int surname_w[NELEM(surnames)] = {
	70, 70, 64, 54, 50, 52, 30, 28, 32, 24, 18, 15, 14, 13,
	13, 12, 14, 22, 11, 10, 14, 11, 10, 10, 10, 5, 3, 9,
	8, 7, 8, 7, 7, 7, 7, 6, 6, 6, 5, 5, 2,
};

static const char *const given_m[] = {
	"伟", "强", "军", "勇", "杰", "涛", "明", "超", "刚", "平", "辉", "波", "斌", "林",
	"华", "建", "国", "志", "文", "海", "龙", "飞", "鹏", "俊", "峰", "磊", "亮", "成",
	"兵", "洪", "江", "贵", "富", "发", "祥", "福", "忠", "荣", "德", "永", "庆", "金",
	"松", "开", "友", "光", "红", "学", "军", "云",
};
static const char *const given_f[] = {
	"芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "秀", "英", "玲", "燕", "萍", "红",
	"梅", "琴", "兰", "凤", "桂", "丹", "莉", "雪", "慧", "婷", "倩", "佳", "欣", "蓉",
	"春", "晓", "妹", "群", "翠", "珍",
};

/* Four-character names of 凉山 Yi workers, who come to 贵阳 sites in crews. */
static const struct {
	const char *name;
	bool male;
} yi_names[] = {
	{"吉克阿呷", false}, {"阿苏拉且", true}, {"沙马日体", true}, {"海来木呷", true},
	{"俄底伍沙", true},  {"曲比阿果", false}, {"吉伍拉哈", true}, {"阿约尔布", true},
};
static const char *const yi_areas[] = {"513431", "513432", "513436", "513435"};

/* Household registration: mostly 贵州, some from the provinces that send
 * workers here (四川 51, 重庆 50, 湖南 43, 广西 45). */
static const char *const areas_gz[] = {
	"520102", "520103", "520111", "520112", "520113", "520115", "520121", "520122",
	"520123", "520181", "520203", "520221", "520281", "520304", "520321", "520402",
	"520502", "520521", "520524", "520526", "520602", "522601", "522622", "522627",
	"522701", "522722", "522301", "522323",
};
static const char *const areas_out[] = {
	"510722", "511321", "511602", "500101", "500235", "500236", "431224", "433130",
	"450881", "451022",
};

static const char *const mobile_prefix[] = {
	"130", "131", "132", "135", "136", "138", "139", "150", "151", "152", "155", "156",
	"158", "166", "173", "177", "180", "181", "182", "185", "186", "187", "189", "199",
};

/* 贵阳's districts, with the area code their firms' credit codes carry. */
static const struct {
	const char *name, *code;
} districts[] = {
	{"南明区", "520102"}, {"云岩区", "520103"}, {"花溪区", "520111"}, {"乌当区", "520112"},
	{"白云区", "520113"}, {"观山湖区", "520115"}, {"清镇市", "520181"}, {"修文县", "520123"},
	{"息烽县", "520122"}, {"开阳县", "520121"},
};

/* Streets of 贵阳 for addresses; the district is the case's. */
static const char *const roads[] = {
	"中华北路", "中华南路", "瑞金北路", "瑞金南路", "延安东路", "延安中路", "遵义路", "宝山北路",
	"北京路", "花溪大道", "金阳南路", "林城西路", "长岭北路", "黔灵山路", "沙冲南路", "富源北路",
	"观山东路", "兴筑西路", "贵黄路", "小河大道", "浣纱路", "新添大道", "云环路", "百花大道",
};
static const char *const buildings[] = {"大厦", "广场", "中心", "商务楼", "产业园", "写字楼"};

/* What a company calls its legal representative (法定代表人); a 个体工商户
 * is represented by its operator. */
static const char *const rep_titles[] = {"执行董事", "执行董事兼总经理", "总经理", "董事长", "经理"};

/* Characters for trade names (字号), two at a time. */
static const char *const zihao[] = {
	"鑫", "宏", "盛", "泰", "华", "黔", "筑", "恒", "瑞", "锦", "博", "远", "达", "隆",
	"兴", "顺", "安", "德", "源", "金", "通", "创", "利", "丰", "汇", "诚", "信", "凯",
	"宇", "豪", "辉", "祥", "荣", "昌", "茂", "峰", "晟", "众", "和", "佳",
};

enum industry { IND_BUILD, IND_FOOD, IND_MAKE, IND_LOGISTICS, IND_PLATFORM, IND_PROPERTY, NIND };

static const struct {
	const char *name;       /* cases.industry */
	int weight;
	int wage_lo, wage_hi;   /* monthly wage, yuan */
	int male;               /* percent of workers who are men */
	const char *specialty;  /* the roster specialty that suits it */
} industries[NIND] = {
	[IND_BUILD] = {"建筑业", 46, 5500, 11000, 88, "工程建设"},
	[IND_FOOD] = {"住宿和餐饮业", 14, 2600, 4800, 40, "工资"},
	[IND_MAKE] = {"制造业", 13, 3200, 6500, 60, "工资"},
	[IND_LOGISTICS] = {"交通运输、仓储和邮政业", 9, 4200, 7500, 82, "工资"},
	[IND_PLATFORM] = {"新就业形态(平台配送)", 10, 4500, 8500, 86, "新业态"},
	[IND_PROPERTY] = {"物业管理", 8, 2300, 3800, 50, "工资"},
};

/* The sources case.c accepts, and how often each brings a wage case. */
static const char *const sources[] = {
	"窗口", "网上申请", "12333", "12345", "全国根治欠薪线索反映平台", "劳动保障监察移送",
	"调解组织转来", "法院委派", "工会/法律援助工作站",
};
static const int source_w[NELEM(sources)] = {34, 15, 10, 8, 11, 8, 5, 3, 6};

static const char *const missing_docs[] = {
	"劳动合同原件", "工资欠条原件", "考勤记录", "被申请人工商登记信息", "工友证人证言",
	"银行流水", "工伤认定决定书",
};

static const char *const refuse_reasons[] = {
	"申请人与被申请人之间系承揽关系, 不属于劳动人事争议处理范围",
	"申请仲裁超过一年时效且无中止、中断事由",
	"已就同一事项向人民法院提起诉讼",
	"被申请人为自然人包工头且无用工主体资格, 应另行主张",
};
static const char *const withdraw_reasons[] = {
	"被申请人已支付拖欠工资, 申请人撤回申请",
	"双方自行和解",
	"总承包单位已先行垫付工资",
	"申请人改向人民法院起诉",
};
static const char *const suspend_reasons[] = {
	"等待工伤认定结论", "等待劳动能力鉴定结论", "申请人死亡, 等待近亲属表明是否参加仲裁",
	"本案须以另案审理结果为依据",
};
static const char *const extend_reasons[] = {
	"案情复杂, 需补充调查取证", "集体争议人数众多, 需逐一核对工资", "需等待被申请人补充提交用工记录",
};
static const char *const transfer_to[] = {
	"遵义市劳动人事争议仲裁委员会", "毕节市劳动人事争议仲裁委员会",
	"贵州省劳动人事争议仲裁院", "清镇市劳动人事争议仲裁委员会",
};
/* Hearings start on the hour and last the office's 60 minutes, so two in
 * different slots never overlap; the 速裁庭 first. */
static const char *const hearing_times[] = {"09:00", "10:00", "11:00", "14:00", "15:00", "16:00"};
#define NSLOTS (sizeof hearing_times / sizeof hearing_times[0])
static const char *const rooms[] = {"速裁庭", "第一仲裁庭", "第二仲裁庭", "第三仲裁庭", "第四仲裁庭"};
#define NROOMS (sizeof rooms / sizeof rooms[0])
static const char *const written_reasons[] = {
	"双方当事人同意书面审理", "事实清楚, 双方同意不开庭", "被申请人对请求无异议, 书面审理",
};

/* ---- identifiers ------------------------------------------------------- */

/* n random digits at out (no terminator). */
static void digits_into(struct rng *r, char *out, int n)
{
	for (int i = 0; i < n; i++)
		out[i] = (char)('0' + rnd(r) % 10);
}

/* An 18-digit ID number with a real birth date, sex and check character. */
static void make_id(struct rng *r, const char *area, bool male, char out[IDNO_LEN])
{
	int y = between(r, 1965, 2004), m, d;
	date_to_ymd(date_from_ymd(y, 1, 1) + between(r, 0, 364), &y, &m, &d);
	snprintf(out, IDNO_LEN, "%.6s%04d%02d%02d", area, y, m, d);
	digits_into(r, out + 14, 2);
	/* The 17th digit is odd for men (GB 11643). */
	out[16] = (char)('0' + 2 * between(r, 0, 4) + (male ? 1 : 0));
	out[17] = ident_id_checkchar(out);
	out[18] = '\0';
}

static void make_mobile(struct rng *r, char out[16])
{
	memcpy(out, ANY(r, mobile_prefix), 3);
	digits_into(r, out + 3, 8);
	out[11] = '\0';
}

/* A credit code: 91 (a company) or 92 (个体工商户), the district, an
 * organisation code (new ones start MA), the check character. */
static void make_uscc(struct rng *r, bool individual, const char *area, char out[USCC_LEN])
{
	static const char set[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
	int i = 8;

	snprintf(out, USCC_LEN, "%s%s", individual ? "92" : "91", area);
	if (chance(r, 65)) {
		out[i++] = 'M';
		out[i++] = 'A';
	}
	for (; i < 17; i++)
		out[i] = chance(r, 70) ? (char)('0' + rnd(r) % 10) : set[10 + rnd(r) % 21];
	out[17] = ident_uscc_checkchar(out);
	out[18] = '\0';
}

/* A name; *male gets the sex it suits and the return value a household
 * registration area that goes with it. */
static const char *make_name(struct rng *r, int male_pct, char *name, size_t size, bool *male)
{
	if (chance(r, 3)) {
		size_t k = rnd(r) % NELEM(yi_names);
		*male = yi_names[k].male;
		snprintf(name, size, "%s", yi_names[k].name);
		return ANY(r, yi_areas);
	}
	*male = chance(r, male_pct);
	const char *sur = surnames[weighted(r, surname_w, NELEM(surnames))];
	const char *a = *male ? ANY(r, given_m) : ANY(r, given_f);
	const char *b = chance(r, 30) ? "" : (*male ? ANY(r, given_m) : ANY(r, given_f));
	snprintf(name, size, "%s%s%s", sur, a, b);
	return chance(r, 76) ? ANY(r, areas_gz) : ANY(r, areas_out);
}

/* A worker: name, sex-matching ID number, usually a mobile. */
static void make_person(struct rng *r, int male_pct, char *name, size_t size, char id[IDNO_LEN],
			char phone[16])
{
	bool male;
	const char *area = make_name(r, male_pct, name, size, &male);

	make_id(r, area, male, id);
	if (phone)
		make_mobile(r, phone);
}

/* ---- workers already in the office ------------------------------------- */

/* The ID numbers of every worker made so far, as a Bloom filter: case_add
 * refuses an applicant who already stands against the same respondent in
 * an open case, so no worker may come twice.  A false "seen" only makes
 * the worker be drawn again; the bits grow with the cases (8 MB for a
 * million), never with anything else. */
struct idset {
	uint64_t *bits;
	uint64_t mask;          /* number of bits - 1, a power of two */
};

static void idset_init(struct idset *s, long cases)
{
	uint64_t n = 1u << 20;
	while (n < (uint64_t)cases * 64)
		n <<= 1;
	s->bits = xcalloc(n / 64, sizeof *s->bits);
	s->mask = n - 1;
}

static uint64_t id_hash(const char *id)
{
	uint64_t h = 0xcbf29ce484222325ull;
	for (; *id; id++)
		h = (h ^ (unsigned char)*id) * 0x100000001b3ull;
	return h ^ (h >> 29);
}

/* Whether id may have been added before; adds it when add. */
static bool idset_seen(struct idset *s, const char *id, bool add)
{
	uint64_t h = id_hash(id), a = h & s->mask;
	uint64_t b = ((h >> 32 | h << 32) * 0x9E3779B97F4A7C15ull) & s->mask;
	bool seen = (s->bits[a / 64] >> (a % 64) & 1) && (s->bits[b / 64] >> (b % 64) & 1);

	if (add) {
		s->bits[a / 64] |= 1ull << (a % 64);
		s->bits[b / 64] |= 1ull << (b % 64);
	}
	return seen;
}

/* ---- one case ---------------------------------------------------------- */

#define MAX_WORKERS 45
#define MAX_RESP 4
/* A worker alone has up to five items; in a group each worker has a wage
 * item and perhaps an overtime item of their own. */
#define MAX_CLAIMS (2 * MAX_WORKERS)

/* Everything case_add reads, held in place for the one call. */
struct gen {
	enum industry ind;
	bool collective;
	int district;            /* where the employer is (districts[]) */
	char app_name[MAX_WORKERS][40], app_id[MAX_WORKERS][IDNO_LEN], app_phone[MAX_WORKERS][16];
	char app_addr[MAX_WORKERS][96];
	struct case_party_in apps[MAX_WORKERS];
	char resp_name[MAX_RESP][128], resp_uscc[MAX_RESP][USCC_LEN];
	char resp_id[MAX_RESP][IDNO_LEN], resp_phone[MAX_RESP][24];
	char resp_addr[MAX_RESP][128], resp_saddr[MAX_RESP][128], resp_rep[MAX_RESP][40];
	struct case_party_in resps[MAX_RESP];
	char amount[MAX_CLAIMS][MONEY_BUF];
	char from[MAX_CLAIMS][DATE_ISO_LEN], to[MAX_CLAIMS][DATE_ISO_LEN];
	int64_t fen[MAX_CLAIMS];
	struct case_claim_in claims[MAX_CLAIMS];
	char project[128], received[DATE_ISO_LEN], missing[128];
	struct case_new req;
};

static void two_zihao(struct rng *r, char out[16])
{
	size_t a = rnd(r) % NELEM(zihao), b = (a + 1 + rnd(r) % (NELEM(zihao) - 1)) % NELEM(zihao);
	snprintf(out, 16, "%s%s", zihao[a], zihao[b]);
}

/* Add respondent k; uscc and id are optional.  Returns the next k. */
static size_t add_resp(struct gen *g, struct rng *r, size_t k, const char *role, bool firm,
		       bool individual, int district)
{
	struct case_party_in *p = &g->resps[k];

	memset(p, 0, sizeof *p);
	p->name = g->resp_name[k];
	p->chain_role = role;
	if (firm) {
		/* A few employers never registered, or the clerk has no code yet. */
		if (!chance(r, individual ? 35 : 4)) {
			make_uscc(r, individual, districts[district].code, g->resp_uscc[k]);
			p->uscc = g->resp_uscc[k];
		}
		if (chance(r, 60)) {
			snprintf(g->resp_phone[k], sizeof g->resp_phone[k], "0851-8%07d",
				 between(r, 0, 9999999));
			p->phone = g->resp_phone[k];
		}
	} else {
		/* A 包工头: a person, known by the ID number. */
		make_person(r, 95, g->resp_name[k], sizeof g->resp_name[k], g->resp_id[k], g->resp_phone[k]);
		p->id_no = g->resp_id[k];
		p->phone = g->resp_phone[k];
	}
	return k + 1;
}

/* The employers, and for construction the chain above them. */
static void make_respondents(struct gen *g, struct rng *r)
{
	char z[16];
	int dist = (int)(rnd(r) % NELEM(districts));
	g->district = dist;
	const char *dname = districts[dist].name;
	size_t k = 0;

	two_zihao(r, z);
	switch (g->ind) {
	case IND_BUILD: {
		static const char *const kinds[] = {"花园", "雅苑", "府", "国际社区", "城", "公馆"};
		static const char *const phases[] = {"一期", "二期", "三期", "A区", "B区"};
		static const char *const specialist[] = {"钢结构工程", "装饰工程", "机电安装工程", "幕墙工程"};
		char z2[16], z3[16];
		two_zihao(r, z2);
		two_zihao(r, z3);
		switch (between(r, 0, 9)) {
		case 0: case 1: case 2: /* the labour subcontractor, and the contractor who pays first */
			snprintf(g->resp_name[0], 128, "贵阳%s劳务有限公司", z);
			k = add_resp(g, r, k, "劳务分包", true, false, dist);
			snprintf(g->resp_name[1], 128, "贵州%s建设工程有限公司", z2);
			k = add_resp(g, r, k, "总承包", true, false, dist);
			break;
		case 3: case 4: case 5: /* the team leader who hired them, up the chain */
			k = add_resp(g, r, k, "包工头", false, false, dist);
			snprintf(g->resp_name[1], 128, "贵州%s建筑劳务有限公司", z);
			k = add_resp(g, r, k, "劳务分包", true, false, dist);
			snprintf(g->resp_name[2], 128, "贵州%s建工集团有限公司", z2);
			k = add_resp(g, r, k, "总承包", true, false, dist);
			break;
		case 6: case 7:
			k = add_resp(g, r, k, "包工头", false, false, dist);
			snprintf(g->resp_name[1], 128, "贵州%s建设工程有限公司", z2);
			k = add_resp(g, r, k, "总承包", true, false, dist);
			snprintf(g->resp_name[2], 128, "贵阳%s置业有限公司", z3);
			k = add_resp(g, r, k, "建设单位", true, false, dist);
			break;
		case 8:
			snprintf(g->resp_name[0], 128, "贵州%s%s有限公司", z, ANY(r, specialist));
			k = add_resp(g, r, k, "分包", true, false, dist);
			snprintf(g->resp_name[1], 128, "贵州%s建设工程有限公司", z2);
			k = add_resp(g, r, k, "总承包", true, false, dist);
			break;
		default:
			snprintf(g->resp_name[0], 128, "贵阳%s建筑工程有限公司", z);
			k = add_resp(g, r, k, "用人单位", true, false, dist);
			break;
		}
		if (chance(r, 25))
			snprintf(g->project, sizeof g->project, "%s%s棚户区改造安置房项目", dname, z3);
		else if (chance(r, 15))
			snprintf(g->project, sizeof g->project, "%s%s路市政道路改造工程", dname, z2);
		else
			snprintf(g->project, sizeof g->project, "%s%s%s%s", dname, z3, ANY(r, kinds),
				 ANY(r, phases));
		break;
	}
	case IND_FOOD:
		if (!g->collective && chance(r, 35)) {
			static const char *const shops[] = {"酸汤鱼馆", "牛肉粉店", "火锅店", "烙锅店", "肠旺面馆"};
			snprintf(g->resp_name[0], 128, "%s%s%s", dname, z, ANY(r, shops));
			k = add_resp(g, r, k, "用人单位", true, true, dist);
		} else {
			snprintf(g->resp_name[0], 128, "贵阳%s餐饮管理有限公司", z);
			k = add_resp(g, r, k, "用人单位", true, false, dist);
		}
		break;
	case IND_MAKE: {
		static const char *const trades[] = {"食品", "铝业", "制药", "电子科技", "建材", "包装材料", "服装"};
		snprintf(g->resp_name[0], 128, "贵州%s%s有限公司", z, ANY(r, trades));
		k = add_resp(g, r, k, "用人单位", true, false, dist);
		break;
	}
	case IND_LOGISTICS: {
		static const char *const trades[] = {"物流", "供应链管理", "运输", "快递服务"};
		snprintf(g->resp_name[0], 128, "贵州%s%s有限公司", z, ANY(r, trades));
		k = add_resp(g, r, k, "用人单位", true, false, dist);
		break;
	}
	case IND_PLATFORM:
		/* The station operator hires the riders; the platform's
		 * delivery company often stands with it. */
		snprintf(g->resp_name[0], 128, "贵阳%s网络科技有限公司", z);
		k = add_resp(g, r, k, "用人单位", true, false, dist);
		if (chance(r, 40)) {
			char z2[16];
			two_zihao(r, z2);
			snprintf(g->resp_name[1], 128, "贵州%s即时配送服务有限公司", z2);
			k = add_resp(g, r, k, "用人单位", true, false, dist);
		}
		break;
	default:
		snprintf(g->resp_name[0], 128, "贵阳%s物业%s有限公司", z, chance(r, 50) ? "管理" : "服务");
		k = add_resp(g, r, k, "用人单位", true, false, dist);
		break;
	}
	g->req.respondents = g->resps;
	g->req.nrespondents = k;
}

/* Whole yuan, rounded down to ten. */
/* Claims are written the way workers tally them: whole yuan, in tens. */
static int64_t yuan10(int64_t y) { return y / 10 * 10 * 100; }

/* Item kind of fen for applicant number `applicant` (0: the case). */
static void add_claim(struct gen *g, const char *kind, int64_t fen, int from, int to, int applicant)
{
	size_t k = g->req.nclaims++;
	struct case_claim_in *c = &g->claims[k];

	g->fen[k] = fen;
	memset(c, 0, sizeof *c);
	c->kind = kind;
	c->amount = money_plain(fen, g->amount[k]);
	c->from = from != DATE_NONE ? date_iso(from, g->from[k]) : NULL;
	c->to = to != DATE_NONE ? date_iso(to, g->to[k]) : NULL;
	c->applicant = applicant;
}

/* Claims: wages owed for a period, sometimes overtime, severance or
 * damages, injury costs.  In a group each worker claims their own wages
 * (and overtime), so that each item meets the final-award test on its
 * own (调解仲裁法 Art 47) as it does in a real award. */
static void make_claims(struct gen *g, struct rng *r, struct rng *x, int received)
{
	int lo = industries[g->ind].wage_lo, hi = industries[g->ind].wage_hi;
	int wage = between(r, lo, hi) / 100 * 100;
	int workers = (int)g->req.napplicants;
	int months = g->ind == IND_BUILD ? between(r, 2, 8) : between(r, 1, 4);
	int to = received - between(r, 3, 75), from;
	int64_t total = 0;

	g->req.claims = g->claims;
	if (workers > 1) {
		/* A crew is owed the last month or two each: hundreds of
		 * thousands for a big one, not millions.  Overtime beyond the
		 * first worker's comes from the second stream, so that the
		 * case's events fall on the days they always did. */
		months = between(r, 1, workers >= 10 ? 2 : 3);
		from = to - months * 30 + 1;
		for (int i = 0; i < workers; i++)
			add_claim(g, "工资", yuan10((int64_t)(wage + between(r, -wage / 5, wage / 5)) * months),
				  from, to, i + 1);
		if (chance(r, 20))
			for (int i = 0; i < workers; i++)
				add_claim(g, "加班费", yuan10(between(i ? x : r, 600, 3000)), from, to, i + 1);
		return;
	}
	while (months > 1 && (int64_t)wage * months > 48000)
		months--;
	total = (int64_t)wage * months;
	if (chance(r, 30))
		total -= between(r, 0, wage / 2);
	if (total < 3000)
		total = 3000;
	from = to - months * 30 + 1;
	add_claim(g, "工资", yuan10(total), from, to, 0);
	/* Each further item is claimed only while one worker's claim stays
	 * within what single wage cases here come to. */
	int64_t room = 60000 * 100 - g->fen[0], fen;
	if (chance(r, 20) && (fen = yuan10(between(r, 800, 9000))) <= room) {
		add_claim(g, "加班费", fen, from, to, 0);
		room -= fen;
	}
	if (g->ind != IND_BUILD && chance(r, 14) &&
	    (fen = (int64_t)wage * between(r, 1, 6) * 100) <= room) {
		add_claim(g, "经济补偿", fen, DATE_NONE, DATE_NONE, 0);
		room -= fen;
	} else if (g->ind != IND_BUILD && chance(r, 5) &&
		   (fen = (int64_t)wage * 2 * between(r, 1, 4) * 100) <= room) {
		add_claim(g, "赔偿金", fen, DATE_NONE, DATE_NONE, 0);
		room -= fen;
	}
	if ((g->ind == IND_BUILD || g->ind == IND_MAKE) && chance(r, 7) &&
	    (fen = yuan10(between(r, 6000, 45000))) <= room)
		add_claim(g, "工伤医疗费", fen, DATE_NONE, DATE_NONE, 0);
}

/* "贵州省贵阳市南明区中华南路128号", sometimes with a building and floor. */
static void make_address(struct rng *x, int district, bool office, char *out, size_t size)
{
	int n = snprintf(out, size, "贵州省贵阳市%s%s%d号", districts[district].name, ANY(x, roads),
			 between(x, 1, 399));
	if (office && chance(x, 45) && n > 0 && (size_t)n < size) {
		char z[16];
		two_zihao(x, z);
		snprintf(out + n, size - (size_t)n, "%s%s%d楼", z, ANY(x, buildings), between(x, 2, 28));
	}
}

/* What the application says besides names, numbers and claims: addresses,
 * the respondents' legal representatives, the representatives a group
 * elects (调解仲裁法 Art 7: three to five), the 案由.  From the case's
 * second stream, so that adding to it never changes who the parties are
 * or what happens to the case. */
static void dress_case(struct gen *g, struct rng *x)
{
	size_t nw = g->req.napplicants;
	size_t reps = g->collective ? (size_t)between(x, 3, 5) : 0;

	for (size_t i = 0; i < nw; i++) {
		struct case_party_in *p = &g->apps[i];
		/* In a group the documents go to the representatives. */
		p->representative = i < reps;
		if ((g->collective ? p->representative : chance(x, 55))) {
			make_address(x, (int)(rnd(x) % NELEM(districts)), false, g->app_addr[i],
				     sizeof g->app_addr[i]);
			p->service_address = g->app_addr[i];
		}
	}
	for (size_t k = 0; k < g->req.nrespondents; k++) {
		struct case_party_in *p = &g->resps[k];
		if (p->id_no) { /* a 包工头: where he lives, when known */
			if (chance(x, 50)) {
				make_address(x, g->district, false, g->resp_addr[k], sizeof g->resp_addr[k]);
				p->address = g->resp_addr[k];
			}
			continue;
		}
		/* A registered firm's seat and legal representative are on its
		 * licence; a firm without a known code, sometimes. */
		bool known = p->uscc != NULL || chance(x, 40);
		if (!known)
			continue;
		make_address(x, g->district, true, g->resp_addr[k], sizeof g->resp_addr[k]);
		p->address = g->resp_addr[k];
		bool male;
		make_name(x, 75, g->resp_rep[k], sizeof g->resp_rep[k], &male);
		p->legal_rep = g->resp_rep[k];
		p->legal_rep_title = p->uscc && strncmp(p->uscc, "92", 2) == 0 ? "经营者" : ANY(x, rep_titles);
		if (chance(x, 25)) { /* moved out, or served at the site office */
			make_address(x, (int)(rnd(x) % NELEM(districts)), true, g->resp_saddr[k],
				     sizeof g->resp_saddr[k]);
			p->service_address = g->resp_saddr[k];
		}
	}
	/* The 案由 follows the claims: severance or damages are about the
	 * end of the contract, injury costs about the injury; riders often
	 * first need the employment itself confirmed. */
	bool ended = false, injured = false;
	for (size_t i = 0; i < g->req.nclaims; i++) {
		ended = ended || strcmp(g->claims[i].kind, "经济补偿") == 0 ||
			strcmp(g->claims[i].kind, "赔偿金") == 0;
		injured = injured || strcmp(g->claims[i].kind, "工伤医疗费") == 0;
	}
	g->req.cause = NULL; /* 劳动报酬 */
	if (injured && chance(x, 70))
		g->req.cause = "工伤";
	else if (ended && chance(x, 70))
		g->req.cause = "解除终止劳动合同";
	else if (g->ind == IND_PLATFORM && chance(x, 25))
		g->req.cause = "确认劳动关系";
	else if (chance(x, 2))
		g->req.cause = "其他";
}

static void make_case(struct gen *g, struct rng *r, struct rng *x, struct idset *ids, int received,
		      const char *lawyer)
{
	int w[NIND];

	memset(&g->req, 0, sizeof g->req);
	g->project[0] = '\0';
	for (int i = 0; i < NIND; i++)
		w[i] = industries[i].weight;
	g->ind = (enum industry)weighted(r, w, NIND);

	/* Construction crews come together more often than anyone else. */
	int workers = 1;
	int coll = g->ind == IND_BUILD ? 11 : 3, group = g->ind == IND_BUILD ? 12 : 6;
	if (chance(r, coll))
		workers = between(r, 10, MAX_WORKERS);
	else if (chance(r, group))
		workers = between(r, 2, 6);
	g->collective = workers >= 10;
	for (int i = 0; i < workers; i++) {
		struct case_party_in *p = &g->apps[i];
		/* Nobody twice: not in one application (case_add refuses it),
		 * nor in two cases against one employer. */
		do
			make_person(r, industries[g->ind].male, g->app_name[i], sizeof g->app_name[i],
				    g->app_id[i], g->app_phone[i]);
		while (idset_seen(ids, g->app_id[i], false));
		idset_seen(ids, g->app_id[i], true);
		memset(p, 0, sizeof *p);
		p->name = g->app_name[i];
		p->id_no = g->app_id[i];
		p->phone = chance(r, 90) ? g->app_phone[i] : NULL;
	}
	g->req.applicants = g->apps;
	g->req.napplicants = (size_t)workers;

	make_respondents(g, r);
	make_claims(g, r, x, received);

	int sw[NELEM(sources)];
	memcpy(sw, source_w, sizeof sw);
	if (g->ind == IND_BUILD)
		sw[4] *= 2; /* the national tip-off platform is mostly about sites */
	g->req.source = sources[weighted(r, sw, NELEM(sources))];
	g->req.received = date_iso(received, g->received);
	g->req.industry = industries[g->ind].name;
	g->req.project = g->project[0] ? g->project : NULL;
	g->req.fast = chance(r, g->collective ? 25 : 42);
	g->req.simple = g->req.fast ? chance(r, 70) : chance(r, 10);
	/* Migrant workers claiming wages get legal aid without a means test. */
	if (chance(r, g->collective ? 55 : 18))
		g->req.lawyer = lawyer;
	else
		g->req.legal_aid = chance(r, 10);
	if (chance(r, 6)) {
		size_t a = rnd(r) % NELEM(missing_docs);
		size_t b = (a + 1 + rnd(r) % (NELEM(missing_docs) - 1)) % NELEM(missing_docs);
		snprintf(g->missing, sizeof g->missing, "%s、%s", missing_docs[a], missing_docs[b]);
		g->req.missing_docs = g->missing;
	}
	dress_case(g, x);
}

/* ---- the office: roster people and users ------------------------------- */

struct person {
	int64_t id;
	char name[64];
	char ref[160];          /* "姓名@组织": never ambiguous for the workflow */
	char specialties[256];
	int start, end;         /* the term; DATE_NONE when open */
};

struct people {
	struct person *v;
	size_t n;
};

enum { U_ADMIN, U_CLERK1, U_CLERK2, U_CLERK3, U_SUPERVISOR, U_MEDIATOR, U_ARBITRATOR, U_LAWYER, NUSERS };
#define NCLERKS 3

static const struct {
	const char *login, *name, *role;
} user_specs[NUSERS] = {
	[U_ADMIN] = {NULL, "系统管理员", "admin"},
	[U_CLERK1] = {"clerk1", "郑丽", "clerk"},
	[U_CLERK2] = {"clerk2", "冯晓东", "clerk"},
	[U_CLERK3] = {"clerk3", "谢婷", "clerk"},
	[U_SUPERVISOR] = {"supervisor1", "韩志远", "supervisor"},
	[U_MEDIATOR] = {"mediator1", NULL, "mediator"},
	[U_ARBITRATOR] = {"arbitrator1", NULL, "arbitrator"},
	[U_LAWYER] = {"lawyer1", "邓文静", "lawyer"},
};

struct office {
	struct db *db;
	const struct cal *cal;
	int today, first;       /* the window cases are received in */
	struct people med, arb;
	/* Who and what is booked, per day from `first` and hearing slot:
	 * a bit per room, a bit per arbitrator (their index in arb, the
	 * first 64), so the demo books no double hearing (hearing.h). */
	struct booked {
		uint8_t rooms;
		uint64_t arbs;
	} (*booked)[NSLOTS];
	int nbooked;            /* days in booked */
	struct actor users[NUSERS];
	bool have[NUSERS];      /* false when a demo login is the admin's own */
	struct tc_err *e;
};

static bool serves_on(const struct person *p, int day)
{
	return (p->start == DATE_NONE || p->start <= day) && (p->end == DATE_NONE || p->end >= day);
}

/* Active mediators or arbitrators of public organisations (an in-company
 * committee only mediates its own firm's cases) whose term reaches into
 * the window; each event still checks the term on its own day. */
static enum tc_status load_people(struct office *o, const char *role, struct people *out)
{
	static const char sql[] =
		"SELECT p.id, p.name, COALESCE(o.name, ''), COALESCE(p.specialties, ''),"
		" p.term_start, p.term_end FROM people p LEFT JOIN orgs o ON o.id = p.org_id"
		" WHERE p.role = ?1 AND p.status = '在册' AND COALESCE(o.public, 1) = 1"
		" AND (p.term_end IS NULL OR p.term_end >= ?2) ORDER BY p.id";
	static const char same_name[] = "SELECT COUNT(*) FROM people WHERE role = ?1 AND name = ?2";
	sqlite3_stmt *st = db_prep(o->db, sql);
	char iso[DATE_ISO_LEN];
	size_t cap = 0;
	int rc;

	sqlite3_bind_text(st, 1, role, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, date_iso(o->first, iso), -1, SQLITE_TRANSIENT);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		out->v = xgrow(out->v, &cap, out->n + 1, sizeof *out->v);
		struct person *p = &out->v[out->n++];
		p->id = sqlite3_column_int64(st, 0);
		snprintf(p->name, sizeof p->name, "%s", db_col_text(st, 1));
		snprintf(p->ref, sizeof p->ref, "%s@%s", db_col_text(st, 1), db_col_text(st, 2));
		snprintf(p->specialties, sizeof p->specialties, "%s", db_col_text(st, 3));
		p->start = date_from_iso(db_col_text(st, 4));
		p->end = date_from_iso(db_col_text(st, 5));
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return db_fail(o->db, rc, "读取名册", o->e);
	/* The bare name, as a clerk types it, when nobody else has it. */
	for (size_t i = 0; i < out->n; i++) {
		sqlite3_stmt *c = db_prep(o->db, same_name);
		sqlite3_bind_text(c, 1, role, -1, SQLITE_STATIC);
		sqlite3_bind_text(c, 2, out->v[i].name, -1, SQLITE_STATIC);
		if (sqlite3_step(c) == SQLITE_ROW && sqlite3_column_int(c, 0) == 1)
			snprintf(out->v[i].ref, sizeof out->v[i].ref, "%s", out->v[i].name);
		sqlite3_reset(c);
	}
	if (out->n == 0)
		return err_set(o->e, TC_REFUSED, "roster", "名册中没有在册的%s, 无法生成演示案件 (请先导入名册)",
			       roster_role_zh(role));
	return TC_OK;
}

/* The last day of the window on which nobody of pp serves, or DATE_NONE. */
static int last_gap(const struct office *o, const struct people *pp)
{
	for (int d = o->today; d >= o->first; d--) {
		bool any = false;
		for (size_t i = 0; i < pp->n && !any; i++)
			any = serves_on(&pp->v[i], d);
		if (!any)
			return d;
	}
	return DATE_NONE;
}

/* Every day of the window needs a mediator and an arbitrator, or a case
 * received then could not be mediated or heard: name the last day nobody
 * serves and how far back the window may reach instead. */
static enum tc_status check_cover(struct office *o)
{
	int gm = last_gap(o, &o->med), ga = last_gap(o, &o->arb);
	int gap = gm > ga ? gm : ga;
	const char *who = gm > ga ? "调解员" : "仲裁员";
	char iso[DATE_ISO_LEN];

	if (gap == DATE_NONE)
		return TC_OK;
	if (o->today - gap < 7)
		return err_set(o->e, TC_REFUSED, "roster", "名册中没有 %s 在任的%s, 无法生成演示案件",
			       date_iso(gap, iso), who);
	return err_set(o->e, TC_REFUSED, "weeks", "名册中没有 %s 在任的%s: 演示案件最多只能分布在今天之前 %d 周内",
		       date_iso(gap, iso), who, (o->today - gap) / 7);
}

/* Someone serving on `day`, preferring the specialty the case needs. */
static const struct person *pick_person(const struct people *pp, struct rng *r, int day,
					const char *specialty)
{
	size_t nok = 0, nspec = 0, want;

	for (size_t i = 0; i < pp->n; i++) {
		if (!serves_on(&pp->v[i], day))
			continue;
		nok++;
		if (specialty && strstr(pp->v[i].specialties, specialty))
			nspec++;
	}
	if (nok == 0)
		return NULL;
	bool by_spec = nspec > 0 && chance(r, 70);
	want = rnd(r) % (by_spec ? nspec : nok);
	for (size_t i = 0; i < pp->n; i++) {
		if (!serves_on(&pp->v[i], day))
			continue;
		if (by_spec && !strstr(pp->v[i].specialties, specialty))
			continue;
		if (want-- == 0)
			return &pp->v[i];
	}
	return NULL;
}

/* The person who serves for the whole window, to link a user to. */
static const struct person *steady_person(const struct office *o, const struct people *pp)
{
	for (size_t i = 0; i < pp->n; i++)
		if (serves_on(&pp->v[i], o->first) && serves_on(&pp->v[i], o->today))
			return &pp->v[i];
	return NULL;
}

/* The roster's clerks give the clerk users their names. */
static void clerk_names(struct office *o, char names[NCLERKS][64])
{
	static const char sql[] =
		"SELECT name FROM people WHERE role = 'clerk' AND status = '在册' ORDER BY id LIMIT 3";
	sqlite3_stmt *st = db_prep(o->db, sql);
	int k = 0;

	for (int i = 0; i < NCLERKS; i++)
		snprintf(names[i], 64, "%s", user_specs[U_CLERK1 + i].name);
	while (k < NCLERKS && sqlite3_step(st) == SQLITE_ROW)
		snprintf(names[k++], 64, "%s", db_col_text(st, 0));
	sqlite3_reset(st);
}

static enum tc_status add_user(struct office *o, const struct actor *by, int u, const char *login,
			       const char *name, const char *person)
{
	static const char sql[] = "SELECT id, COALESCE(person_id, 0) FROM users WHERE login = ?1";
	struct actor *a = &o->users[u];
	enum tc_status st;
	sqlite3_stmt *q;

	st = user_add(o->db, by, login, name, user_specs[u].role, person, o->e);
	if (st != TC_OK)
		return st;
	q = db_prep(o->db, sql);
	sqlite3_bind_text(q, 1, login, -1, SQLITE_STATIC);
	if (sqlite3_step(q) == SQLITE_ROW) {
		a->user_id = sqlite3_column_int64(q, 0);
		a->person_id = sqlite3_column_int64(q, 1);
	}
	sqlite3_reset(q);
	role_parse(user_specs[u].role, &a->role, NULL);
	snprintf(a->login, sizeof a->login, "%s", login);
	snprintf(a->name, sizeof a->name, "%s", name);
	o->have[u] = true;
	return TC_OK;
}

/* The process's own login first, as admin (the first user must be whoever
 * sets the office up); from then on that admin adds the others. */
static enum tc_status add_users(struct office *o)
{
	char login[64], clerks[NCLERKS][64];
	struct actor boot = {.role = ROLE_ADMIN};
	const struct person *med = steady_person(o, &o->med), *arb = steady_person(o, &o->arb);
	enum tc_status st;

	user_login_name(login);
	snprintf(boot.login, sizeof boot.login, "%s", login);
	snprintf(boot.name, sizeof boot.name, "%s", login);
	if ((st = add_user(o, &boot, U_ADMIN, login, user_specs[U_ADMIN].name, NULL)) != TC_OK)
		return st;
	clerk_names(o, clerks);
	for (int u = U_CLERK1; u < NUSERS; u++) {
		const char *name = user_specs[u].name, *person = NULL;
		if (strcmp(user_specs[u].login, login) == 0)
			continue;
		if (u >= U_CLERK1 && u < U_CLERK1 + NCLERKS)
			name = clerks[u - U_CLERK1];
		if (u == U_MEDIATOR || u == U_ARBITRATOR) {
			const struct person *p = u == U_MEDIATOR ? med : arb;
			if (p == NULL)
				continue; /* nobody serves the whole window: events fall to clerks */
			name = person = p->name;
		}
		if ((st = add_user(o, &o->users[U_ADMIN], u, user_specs[u].login, name, person)) != TC_OK)
			return st;
	}
	return TC_OK;
}

/* ---- walking a case through its journey -------------------------------- */

enum journey {
	J_RECEIVED,     /* still waiting for the decision to accept */
	J_REFUSE,
	J_PRE_SETTLE,   /* settled in pre-filing mediation */
	J_PRE_FAIL,     /* pre-filing mediation failed, accepted, heard, awarded */
	J_MED_SETTLE,
	J_MED_AWARD,
	J_HEAR_SETTLE,
	J_HEAR_AWARD,
	J_WITHDRAW,
	J_TRANSFER,
	J_SUSPEND,
	J_EXTEND,
	J_STALLED,      /* accepted long ago and still open: overdue or nearly */
	NJOURNEYS
};
/* Shares in percent, after the mix of a city office's wage docket: most
 * settle in mediation, about a third reach a hearing. */
static const int journey_w[NJOURNEYS] = {4, 4, 8, 3, 27, 14, 6, 5, 7, 2, 6, 4, 10};

struct walk {
	struct office *o;
	struct rng *r, *x;          /* the case's streams (build_cases) */
	const struct gen *g;
	int64_t id;
	int day;                    /* the case's last event */
	int accepted, hearing;      /* DATE_NONE until they happen */
	bool written;               /* no hearing slot: decided on the papers */
	bool mediating;             /* 调解中 (after "mediate") */
	bool before_tribunal;       /* 审理中 without a hearing: a mediation failed */
	bool formed;                /* a three-arbitrator tribunal was formed */
	const struct actor *desk;   /* the clerk handling the case */
	const struct person *mediator, *arbitrator;
	bool fast;
	/* How the journey closed the case, for the payments after it. */
	int settled, awarded;       /* the day, DATE_NONE unless so */
	int64_t agreed;             /* fen: the settlement */
	int64_t award[MAX_CLAIMS];  /* fen: each item awarded */
	char outcome[32];           /* the closing's, as wf_apply gave it */
};

static int next_workday(const struct office *o, int day)
{
	while (!cal_is_workday(o->cal, day))
		day++;
	return day;
}

/* The working day an event `gap` days after the last one falls on. */
static int when(const struct walk *w, int gap)
{
	return next_workday(w->o, w->day + (gap > 0 ? gap : 0));
}

/* When a mediator or arbitrator picked has a party's name, the clerk
 * checks it is someone else and says so (调解仲裁法 Art 33). */
static const char same_name[] = "经核实系同名不同人, 无回避情形";

/* Go on with a step of a case's journey only when it was done. */
#define STEP(x) do { int s_ = (x); if (s_ <= 0) return s_; } while (0)

/* Apply rq on day `on`: 1 when done, 0 when that day is still to come (the
 * case stays where it is), -1 on a failure (in o->e). */
static int apply_on(struct walk *w, const struct actor *a, struct wf_request *rq, int on)
{
	struct wf_result res;

	if (on > w->o->today)
		return 0;
	rq->on = on;
	if (wf_apply(w->o->db, a, w->id, rq, w->o->today, &res, w->o->e) != TC_OK)
		return -1;
	w->day = on;
	snprintf(w->outcome, sizeof w->outcome, "%s", res.outcome);
	return 1;
}

/* The mediator or arbitrator user when the case is theirs, else the clerk. */
static const struct actor *med_actor(const struct walk *w)
{
	const struct office *o = w->o;
	if (o->have[U_MEDIATOR] && w->mediator && w->mediator->id == o->users[U_MEDIATOR].person_id)
		return &o->users[U_MEDIATOR];
	return w->desk;
}

static const struct actor *arb_actor(const struct walk *w)
{
	const struct office *o = w->o;
	if (o->have[U_ARBITRATOR] && w->arbitrator &&
	    w->arbitrator->id == o->users[U_ARBITRATOR].person_id)
		return &o->users[U_ARBITRATOR];
	return w->desk;
}

static int simple_event(struct walk *w, const char *event, const struct actor *a, int gap,
			const char *reason, const char *to)
{
	struct wf_request rq = {.event = event, .reason = reason, .to = to};
	int st = apply_on(w, a, &rq, when(w, gap));

	if (st == 1 && strcmp(event, "fail") == 0) {
		w->before_tribunal = w->mediating; /* 调解中 -> 审理中 */
		w->mediating = false;
	}
	return st;
}

static int accept(struct walk *w)
{
	int st = simple_event(w, "accept", w->desk,
			      w->fast ? between(w->r, 0, 1) : between(w->r, 1, 4), NULL, NULL);
	if (st == 1)
		w->accepted = w->day;
	return st;
}

static int mediate(struct walk *w, const char *event, int gap)
{
	int on = when(w, gap);
	struct wf_request rq = {.event = event, .conflict_reason = same_name};

	if (on > w->o->today)
		return 0;
	w->mediator = pick_person(&w->o->med, w->r, on, industries[w->g->ind].specialty);
	if (w->mediator == NULL) {
		char iso[DATE_ISO_LEN];
		err_set(w->o->e, TC_REFUSED, "roster", "名册中没有 %s 在任的调解员", date_iso(on, iso));
		return -1;
	}
	rq.mediator = w->mediator->ref;
	int st = apply_on(w, w->desk, &rq, on);
	if (st == 1)
		w->mediating = strcmp(event, "mediate") == 0;
	return st;
}

/* A free slot on day `day` for arbitrator k, a room in *room (the 速裁庭
 * first for a fast case); -1 when there is none. */
static int free_slot(struct office *o, int day, uint64_t arbs, bool fast, struct rng *r,
		     size_t *room)
{
	int i = day - o->first;

	if (i < 0 || i >= o->nbooked)
		return -1;
	for (size_t n = 0, s0 = (size_t)between(r, 0, NSLOTS - 1); n < NSLOTS; n++) {
		size_t s = (s0 + n) % NSLOTS;
		struct booked *b = &o->booked[i][s];
		if (b->arbs & arbs)
			continue;
		for (size_t m = 0, r0 = fast ? 0 : (size_t)between(r, 1, NROOMS - 1); m < NROOMS; m++) {
			size_t q = (r0 + m) % NROOMS;
			if (!((b->rooms >> q) & 1)) {
				*room = q;
				return (int)s;
			}
		}
	}
	return -1;
}

/* A collective case is heard by three (调解仲裁法 Art 31): the tribunal
 * is formed with two more arbitrators serving on day on, their bits
 * added to *arbs. */
static int panel(struct walk *w, int on, uint64_t *arbs)
{
	const struct people *p = &w->o->arb;
	const struct person *m[2] = {NULL, NULL};
	size_t k = (size_t)(w->arbitrator - p->v), got = 0;
	struct wf_request rq = {.event = "tribunal", .conflict_reason = same_name};

	for (size_t i = 1; i < p->n && got < 2; i++) {
		const struct person *q = &p->v[(k + i) % p->n];
		if (serves_on(q, on)) {
			m[got++] = q;
			if ((size_t)(q - p->v) < 64)
				*arbs |= 1ull << (q - p->v);
		}
	}
	if (got < 2)
		return err_set(w->o->e, TC_REFUSED, "roster", "名册中在任的仲裁员不足三名, 无法组成合议庭"), -1;
	rq.chief = w->arbitrator->ref;
	rq.members[0] = m[0]->ref;
	rq.members[1] = m[1]->ref;
	return apply_on(w, w->desk, &rq, on);
}

/* Schedule a hearing `gap` days on, held 5 to 14 days after that, in the
 * first slot free for the tribunal and a room within two weeks; when
 * there is none the case is decided on the papers (w->written). */
static int hearing(struct walk *w, int gap)
{
	struct office *o = w->o;
	int on = when(w, gap), day, slot = -1;
	char at[32], iso[DATE_ISO_LEN];
	struct wf_request rq = {.event = "hearing", .conflict_reason = same_name};
	size_t room = 0, k;
	uint64_t arbs = 0;
	bool three = w->g->req.napplicants >= (size_t)db_setting_int(o->db, "collective_workers", 10);

	if (on > o->today)
		return 0;
	if (w->arbitrator == NULL || !serves_on(w->arbitrator, on))
		w->arbitrator = pick_person(&o->arb, w->r, on, industries[w->g->ind].specialty);
	if (w->arbitrator == NULL) {
		err_set(o->e, TC_REFUSED, "roster", "名册中没有 %s 在任的仲裁员", date_iso(on, iso));
		return -1;
	}
	k = (size_t)(w->arbitrator - o->arb.v);
	if (k < 64)
		arbs = 1ull << k;
	if (three && !w->formed) {
		int st = panel(w, on, &arbs);
		if (st != 1)
			return st;
		w->formed = true;
	}
	day = next_workday(o, on + (w->fast ? between(w->r, 5, 8) : between(w->r, 6, 14)));
	for (int tries = 0; tries < 10; tries++, day = next_workday(o, day + 1))
		if ((slot = free_slot(o, day, arbs, w->fast, w->r, &room)) >= 0)
			break;
	if (slot < 0) {
		/* The award is on the papers, which needs the case before the
		 * tribunal (审理中): one still 已立案 is offered mediation
		 * first and comes there when that fails.  Only a crowded
		 * office (many cases a day) takes this path. */
		if (!w->before_tribunal) {
			if (!w->mediating)
				STEP(mediate(w, "mediate", 0));
			STEP(simple_event(w, "fail", med_actor(w), between(w->r, 3, 10), NULL, NULL));
		}
		if (!w->formed) { /* the arbitrator who decides it, sitting alone */
			struct wf_request sole = {.event = "tribunal", .sole = w->arbitrator->ref,
						  .conflict_reason = same_name};
			STEP(apply_on(w, w->desk, &sole, w->day));
			w->formed = true;
		}
		w->written = true;
		return 1;
	}
	snprintf(at, sizeof at, "%s %s", date_iso(day, iso), hearing_times[slot]);
	rq.at = at;
	rq.arbitrator = three ? NULL : w->arbitrator->ref;
	rq.room = rooms[room];
	int st = apply_on(w, w->desk, &rq, on);
	if (st == 1) {
		struct booked *b = &o->booked[day - o->first][slot];
		b->rooms |= (uint8_t)(1u << room);
		b->arbs |= arbs;
		w->hearing = day;
	}
	return st;
}

/* The hearing held on its day, everyone present (the respondent absent
 * now and then: the award is then by default). */
static int held(struct walk *w)
{
	struct wf_request rq = {.event = "hearing-held"};

	if (w->hearing == DATE_NONE)
		return 1;
	if (chance(w->r, 4))
		rq.absent = "respondent";
	return apply_on(w, arb_actor(w), &rq, w->hearing);
}

static int64_t claimed(const struct gen *g)
{
	int64_t t = 0;
	for (size_t i = 0; i < g->req.nclaims; i++)
		t += g->fen[i];
	return t;
}

/* Agreed at lo..hi percent of the claim, in whole hundreds of yuan. */
static int settle(struct walk *w, const struct actor *a, int gap, int lo, int hi)
{
	char amount[MONEY_BUF];
	const char *amounts[1] = {amount};
	int64_t fen = claimed(w->g) * between(w->r, lo, hi) / 100 / 10000 * 10000;
	struct wf_request rq = {.event = "settle", .amounts = amounts, .namounts = 1};

	if (fen <= 0)
		fen = claimed(w->g);
	money_plain(fen, amount);
	int st = apply_on(w, a, &rq, when(w, gap));
	if (st == 1) {
		w->settled = w->day;
		w->agreed = fen;
	}
	return st;
}

/* The award, item by item, some days after the hearing and not before
 * `not_before`: wages mostly granted, the rest less surely. */
static int award(struct walk *w, int not_before)
{
	char buf[MAX_CLAIMS][64];
	const char *amounts[MAX_CLAIMS];
	const struct gen *g = w->g;
	struct wf_request rq = {.event = "award", .amounts = amounts, .namounts = g->req.nclaims};
	int from = w->hearing > not_before ? w->hearing : not_before;

	if (from == DATE_NONE) /* on the papers, with no date to wait for */
		from = w->day;

	if (w->written)
		rq.written = ANY(w->r, written_reasons);

	for (size_t i = 0; i < g->req.nclaims; i++) {
		const char *k = g->claims[i].kind;
		/* The second and later workers' items from the second stream
		 * (as in make_claims). */
		struct rng *r = g->claims[i].applicant > 1 ? w->x : w->r;
		int pct = strcmp(k, "工资") == 0	 ? between(r, 85, 100)
			  : strcmp(k, "加班费") == 0 ? between(r, 30, 100)
			  : strcmp(k, "工伤医疗费") == 0 ? between(r, 60, 100)
							 : (chance(r, 60) ? 100 : 0);
		char money[MONEY_BUF];
		w->award[i] = g->fen[i] * pct / 100 / 1000 * 1000;
		money_plain(w->award[i], money);
		snprintf(buf[i], sizeof buf[i], "%zu:%s", i + 1, money);
		amounts[i] = buf[i];
	}
	int st = apply_on(w, arb_actor(w), &rq, when(w, from - w->day + between(w->r, 0, 6)));
	if (st == 1)
		w->awarded = w->day;
	return st;
}

static int journey(struct walk *w, enum journey j)
{
	struct rng *r = w->r;
	const struct actor *sup = w->o->have[U_SUPERVISOR] ? &w->o->users[U_SUPERVISOR]
							    : &w->o->users[U_ADMIN];

	switch (j) {
	case J_RECEIVED:
		return 0;
	case J_REFUSE:
		return simple_event(w, "refuse", w->desk, between(r, 1, 4), ANY(r, refuse_reasons), NULL);
	case J_PRE_SETTLE:
		STEP(mediate(w, "premediate", between(r, 0, 1)));
		return settle(w, med_actor(w), between(r, 3, 12), 60, 100);
	case J_PRE_FAIL:
		STEP(mediate(w, "premediate", between(r, 0, 1)));
		STEP(simple_event(w, "fail", med_actor(w), between(r, 5, 14), NULL, NULL));
		STEP(accept(w));
		STEP(hearing(w, between(r, 1, 4)));
		STEP(held(w));
		return award(w, DATE_NONE);
	case J_MED_SETTLE:
		STEP(accept(w));
		STEP(mediate(w, "mediate", w->fast ? between(r, 0, 1) : between(r, 1, 5)));
		return settle(w, med_actor(w), w->fast ? between(r, 1, 7) : between(r, 3, 15), 55, 100);
	case J_MED_AWARD:
		STEP(accept(w));
		STEP(mediate(w, "mediate", w->fast ? between(r, 0, 1) : between(r, 1, 5)));
		STEP(simple_event(w, "fail", med_actor(w), between(r, 4, 14), NULL, NULL));
		STEP(hearing(w, between(r, 0, 3)));
		STEP(held(w));
		return award(w, DATE_NONE);
	case J_HEAR_SETTLE:
		STEP(accept(w));
		STEP(hearing(w, between(r, 1, 5)));
		STEP(held(w));
		return settle(w, arb_actor(w), 0, 60, 100);
	case J_HEAR_AWARD:
		STEP(accept(w));
		STEP(hearing(w, between(r, 1, 5)));
		STEP(held(w));
		return award(w, DATE_NONE);
	case J_WITHDRAW:
		if (chance(r, 35))
			return simple_event(w, "withdraw", w->desk, between(r, 1, 5),
					    ANY(r, withdraw_reasons), NULL);
		STEP(accept(w));
		if (chance(r, 50))
			STEP(mediate(w, "mediate", between(r, 1, 4)));
		return simple_event(w, "withdraw", w->desk, between(r, 3, 15), ANY(r, withdraw_reasons), NULL);
	case J_TRANSFER:
		if (chance(r, 50))
			return simple_event(w, "transfer", w->desk, between(r, 1, 3), NULL, ANY(r, transfer_to));
		STEP(accept(w));
		return simple_event(w, "transfer", w->desk, between(r, 2, 10), NULL, ANY(r, transfer_to));
	case J_SUSPEND:
		STEP(accept(w));
		if (chance(r, 50))
			STEP(mediate(w, "mediate", between(r, 1, 5)));
		STEP(simple_event(w, "suspend", arb_actor(w), between(r, 3, 15), ANY(r, suspend_reasons), NULL));
		if (chance(r, 45))
			return 0; /* still waiting for the appraisal or the heir */
		STEP(simple_event(w, "resume", arb_actor(w), between(r, 12, 40), NULL, NULL));
		STEP(hearing(w, between(r, 1, 5)));
		STEP(held(w));
		return award(w, DATE_NONE);
	case J_EXTEND:
		STEP(accept(w));
		STEP(mediate(w, "mediate", between(r, 1, 4)));
		STEP(simple_event(w, "fail", med_actor(w), between(r, 10, 15), NULL, NULL));
		STEP(hearing(w, between(r, 1, 3)));
		STEP(held(w));
		/* Approved in the last week of the 45 days. */
		STEP(simple_event(w, "extend", sup, w->accepted + between(r, 36, 43) - w->day,
				  ANY(r, extend_reasons), NULL));
		return award(w, w->accepted + between(r, 46, 55));
	case J_STALLED:
		STEP(accept(w));
		if (chance(r, 40))
			return mediate(w, "mediate", between(r, 1, 6));
		return hearing(w, between(r, 2, 12));
	default:
		return 0;
	}
}

/* ---- money paid after the closing -------------------------------------- */

/* How the money came, as the clerk notes it beside a payment. */
static const char *const pay_ways[] = {"银行转账", "银行转账", "银行转账", "现金", "微信转账"};

/* Whole hundreds of yuan, as a settlement's instalments are written. */
static int64_t hundreds(int64_t fen) { return fen / 10000 * 10000; }

/* Who pays: the employer named first; on a building site now and then the
 * general contractor, which must pay first what its subcontractor owes
 * the workers (保障农民工工资支付条例第三十条). */
static const char *payer(const struct gen *g, struct rng *y, bool *contractor)
{
	*contractor = false;
	for (size_t k = 1; k < g->req.nrespondents; k++)
		if (g->resps[k].chain_role && strcmp(g->resps[k].chain_role, "总承包") == 0 &&
		    chance(y, 40)) {
			*contractor = true;
			return g->resps[k].name;
		}
	return g->resps[0].name;
}

/* One payment of fen on day `on`, towards item `item` (0: the case as a
 * whole), recorded by the clerk as `case pay` records it: 1 when done, 0
 * when that day is still to come, -1 on a failure (in o->e). */
static int pay_on(struct walk *w, int item, int64_t fen, int on, const char *by, const char *note)
{
	char money[MONEY_BUF], amount[MONEY_BUF + 16];
	struct corr_request rq = {.what = "pay", .on = on, .pay = amount, .by = by, .pay_note = note};
	struct corr_result res;

	if (on > w->o->today)
		return 0;
	money_plain(fen, money);
	if (item)
		snprintf(amount, sizeof amount, "%d:%s", item, money);
	else
		snprintf(amount, sizeof amount, "%s", money);
	return corr_apply(w->o->db, w->desk, w->id, &rq, w->o->today, &res, w->o->e) == TC_OK ? 1 : -1;
}

/* What is due in n instalments about a month apart from day `on`, the
 * last one paying the rest; those still to come are not recorded. */
static int instalments(struct walk *w, struct rng *y, int64_t due, int n, int on, const char *by)
{
	int64_t part = hundreds(due / n), left = due;
	char note[64];

	if (part <= 0)
		n = 1;
	for (int k = 1; k <= n; k++) {
		int64_t fen = k == n ? left : part;
		if (n > 1)
			snprintf(note, sizeof note, "分期履行, 第 %d 期 (共 %d 期)", k, n);
		int st = pay_on(w, 0, fen, on, by, n > 1 ? note : NULL);
		if (st <= 0)
			return st;
		left -= fen;
		on = next_workday(w->o, on + between(y, 26, 35));
	}
	return 1;
}

/* The money paid after a settlement or an award, from the case's own
 * stream y, drawn after everything else so that it moves no case's
 * dates, parties or claims.  Most settlements are paid in full within a
 * few weeks (a fifth on the spot), some in instalments, a few in part or
 * not at all.  Awards less surely: in full item by item (a group's in one
 * sum), the wages alone, in instalments, in part, or not at all (an
 * employer gone, or the award taken to court).  A final award binds the employer from the day it is
 * made; a non-final one is paid, if at all, once the 15 days for going
 * to court have passed (调解仲裁法 Arts 47-50), and less often.  Payments
 * whose day is still to come are left out, as are later instalments. */
static int pay_up(struct walk *w, struct rng *y)
{
	const struct gen *g = w->g;
	bool contractor;
	const char *by = payer(g, y, &contractor);
	const char *way = contractor ? "总承包单位先行清偿" : ANY(y, pay_ways);
	int p = between(y, 0, 99), st = 1;

	if (w->settled != DATE_NONE) {
		int64_t due = w->agreed;
		int day = w->settled;
		if (p < 20)
			return pay_on(w, 0, due, day, by, "调解时当场支付");
		if (p < 78)
			return pay_on(w, 0, due, next_workday(w->o, day + between(y, 3, 25)), by, way);
		if (p < 88)
			return instalments(w, y, due, between(y, 2, 3),
					   next_workday(w->o, day + between(y, 5, 15)), by);
		if (p < 95)
			return pay_on(w, 0, hundreds(due * between(y, 30, 70) / 100),
				      next_workday(w->o, day + between(y, 7, 30)), by, "部分履行");
		return 1;
	}
	if (w->awarded == DATE_NONE)
		return 1;
	int64_t due = 0;
	for (size_t i = 0; i < g->req.nclaims; i++)
		due += w->award[i];
	/* Shares (in percent, cumulative) of: in full, the wages alone, in
	 * instalments, in part; the rest pays nothing. */
	bool final = strcmp(w->outcome, "终局裁决") == 0;
	static const int fin[] = {45, 60, 75, 85}, nonfin[] = {30, 40, 52, 62};
	const int *cut = final ? fin : nonfin;
	int day = next_workday(w->o, w->awarded + (final ? between(y, 5, 30) : between(y, 16, 45)));
	if (p < cut[1]) {
		/* Item by item as the award lists them, or for a group (a
		 * clerk does not type forty payments) in one sum. */
		bool all = p < cut[0];
		const char *note = all ? way : "先行支付工资部分";
		int64_t sum = 0;
		size_t n = 0;
		for (size_t i = 0; i < g->req.nclaims; i++)
			if (w->award[i] > 0 && (all || strcmp(g->claims[i].kind, "工资") == 0))
				sum += w->award[i], n++;
		if (n > 3)
			return pay_on(w, 0, sum, day, by, note);
		for (size_t i = 0; i < g->req.nclaims && st == 1; i++)
			if (w->award[i] > 0 && (all || strcmp(g->claims[i].kind, "工资") == 0))
				st = pay_on(w, (int)i + 1, w->award[i], day, by, note);
		return st;
	}
	if (p < cut[2])
		return instalments(w, y, due, between(y, 2, 4), day, by);
	int64_t part = hundreds(due * between(y, 20, 60) / 100);
	if (p < cut[3] && part > 0)
		return pay_on(w, 0, part, day, by, "部分履行");
	return 1;
}

/* ---- the build --------------------------------------------------------- */

struct plan {
	int received;
	uint32_t idx;       /* the case's own random stream */
	uint8_t journey;
};

static int cmp_plan(const void *a, const void *b)
{
	const struct plan *x = a, *y = b;
	if (x->received != y->received)
		return x->received < y->received ? -1 : 1;
	return (x->idx > y->idx) - (x->idx < y->idx);
}

/* The span (days) over which journey_w's shares of waiting and stalled
 * cases hold: the default demo's ten weeks. */
#define RATE_DAYS (DEMO_WEEKS_DEFAULT * 7)

/* Journeys and received days for every case, in date order.  Most
 * applications come in on working days; online ones any day. */
static struct plan *make_plans(const struct office *o, const struct demo_opts *opt)
{
	struct plan *p = xcalloc((size_t)opt->cases, sizeof *p);
	struct rng top = {opt->seed};
	int span = o->today - o->first + 1;

	for (long i = 0; i < opt->cases; i++) {
		/* A pending decision is recent; a stalled case is old enough to
		 * be overdue or close to it.  Their shares are of RATE_DAYS of
		 * cases: over a longer span, as many a week as over RATE_DAYS
		 * (the rest take another journey), so that the last weeks of
		 * a long history look like those of a short one.  A span of
		 * RATE_DAYS or less draws nothing more. */
		int j = (int)weighted(&top, journey_w, NJOURNEYS), d;
		if ((j == J_RECEIVED || j == J_STALLED) && span > RATE_DAYS &&
		    between(&top, 1, span) > RATE_DAYS)
			do
				j = (int)weighted(&top, journey_w, NJOURNEYS);
			while (j == J_RECEIVED || j == J_STALLED);
		if (j == J_RECEIVED)
			d = o->today - between(&top, 0, 3);
		else if (j == J_STALLED)
			d = o->today - between(&top, 40, 60);
		else
			d = o->today - between(&top, 0, span - 1);
		if (d < o->first)
			d = o->first;
		if (chance(&top, 85)) {
			int w = d;
			while (w > o->first && !cal_is_workday(o->cal, w))
				w--;
			if (!cal_is_workday(o->cal, w))
				w = next_workday(o, d);
			if (w <= o->today)
				d = w;
		}
		p[i].received = d;
		p[i].idx = (uint32_t)i;
		p[i].journey = (uint8_t)j;
	}
	qsort(p, (size_t)opt->cases, sizeof *p, cmp_plan);
	return p;
}

/* An agent (委托代理人) of party side/pos of the case: written with the
 * registration, as the application's power of attorney names it (later
 * ones are corrections, correct.h's agent-add).  lawyer_id 0: not a user. */
static enum tc_status add_agent(struct office *o, int64_t case_id, const char *side, int pos,
				const char *name, const char *kind, const char *phone,
				int64_t lawyer_id)
{
	static const char sql[] =
		"INSERT INTO agents(case_id, party_id, name, kind, phone, lawyer_id)"
		" SELECT ?1, id, ?4, ?5, ?6, ?7 FROM parties WHERE case_id = ?1 AND side = ?2 AND pos = ?3";
	sqlite3_stmt *st = db_prep(o->db, sql);
	int rc;

	sqlite3_bind_int64(st, 1, case_id);
	sqlite3_bind_text(st, 2, side, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 3, pos);
	sqlite3_bind_text(st, 4, name, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, kind, -1, SQLITE_STATIC);
	db_bind_opt(st, 6, phone);
	if (lawyer_id)
		sqlite3_bind_int64(st, 7, lawyer_id);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? TC_OK : db_fail(o->db, rc, "保存委托代理人", o->e);
}

/* A third party (第三人) the application names, rarely: the developer of
 * a site whose contractors are the respondents, the delivery platform
 * behind a rider's station, the agency that dispatched a worker.  Checked
 * and written as case_add writes a party. */
static enum tc_status add_third(struct office *o, const struct gen *g, struct rng *x,
				int64_t case_id)
{
	static const char *const kinds[] = {"置业有限公司", "即时配送服务有限公司", "人力资源服务有限公司"};
	char name[128], z[16], uscc[USCC_LEN], addr[128], rep[40];
	struct case_party_val v;
	enum tc_status st;
	bool male, developer = false;
	int which = g->ind == IND_BUILD ? 0 : g->ind == IND_PLATFORM ? 1 : 2;

	for (size_t k = 0; k < g->req.nrespondents; k++)
		developer = developer || strcmp(g->resps[k].chain_role, "建设单位") == 0;
	if (developer || !chance(x, which == 2 ? 1 : 4))
		return TC_OK;
	two_zihao(x, z);
	snprintf(name, sizeof name, "%s%s%s", which == 0 ? "贵阳" : "贵州", z, kinds[which]);
	make_uscc(x, false, districts[g->district].code, uscc);
	make_address(x, g->district, true, addr, sizeof addr);
	make_name(x, 75, rep, sizeof rep, &male);
	struct case_party_in in = {.name = name, .uscc = uscc, .address = addr, .legal_rep = rep,
				   .legal_rep_title = ANY(x, rep_titles)};
	if ((st = case_party_check(&in, SIDE_THIRD, "第三人", o->today, false, &v, o->e)) == TC_OK)
		st = case_party_insert(o->db, case_id, SIDE_THIRD, 1, &v, NULL, NULL, o->e);
	case_party_val_free(&v);
	return st;
}

/* Who acts for the parties: the legal-aid lawyer of the office (a user,
 * so the case is theirs to see), another legal-aid lawyer, a relative, the
 * union for a group; a lawyer for the employer now and then. */
static enum tc_status add_agents(struct office *o, const struct gen *g, struct rng *x,
				 int64_t case_id)
{
	char name[40], phone[24];
	enum tc_status st = TC_OK;
	bool male;

	if (g->req.lawyer) {
		const struct actor *l = &o->users[U_LAWYER];
		st = add_agent(o, case_id, "applicant", 1, l->name, "法律援助", NULL, l->user_id);
	} else if (g->req.legal_aid || (g->collective ? chance(x, 8) : chance(x, 4))) {
		const char *kind = g->req.legal_aid ? "法律援助" : g->collective ? "工会" : "近亲属";
		make_name(x, 60, name, sizeof name, &male);
		make_mobile(x, phone);
		st = add_agent(o, case_id, "applicant", 1, name, kind, phone, 0);
	}
	for (size_t k = 0; st == TC_OK && k < g->req.nrespondents; k++) {
		if (g->resps[k].id_no)
			continue; /* the first firm among the respondents */
		if (chance(x, 15)) {
			make_name(x, 65, name, sizeof name, &male);
			if (chance(x, 50))
				make_mobile(x, phone);
			else
				snprintf(phone, sizeof phone, "0851-8%07d", between(x, 0, 9999999));
			st = add_agent(o, case_id, "respondent", (int)k + 1, name, "律师", phone, 0);
		}
		break;
	}
	return st;
}

static enum tc_status build_cases(struct office *o, const struct demo_opts *opt)
{
	struct plan *plans = make_plans(o, opt);
	struct gen *g = xmalloc(sizeof *g);
	const char *lawyer = o->have[U_LAWYER] ? o->users[U_LAWYER].login : NULL;
	struct idset ids;
	enum tc_status st = TC_OK;
	char case_no[96];

	idset_init(&ids, opt->cases);
	for (long i = 0; i < opt->cases && st == TC_OK; i++) {
		const struct plan *p = &plans[i];
		/* A stream per case, keyed by its place in the first pass, so
		 * no case depends on how much randomness another one used; a
		 * second one for what the application says besides who and
		 * what (dress_case), the agents and third parties. */
		struct rng r = {opt->seed ^ ((uint64_t)(p->idx + 1) * 0xD1B54A32D192ED03ull)};
		struct rng x = {opt->seed ^ ((uint64_t)(p->idx + 1) * 0x9FB21C651E98DF25ull)};
		/* A third for the payments after the closing (pay_up). */
		struct rng y = {opt->seed ^ ((uint64_t)(p->idx + 1) * 0xC2B2AE3D27D4EB4Full)};
		struct walk w = {.o = o, .r = &r, .x = &x, .g = g, .day = p->received,
				 .accepted = DATE_NONE, .hearing = DATE_NONE,
				 .settled = DATE_NONE, .awarded = DATE_NONE};

		rnd(&r);
		rnd(&x);
		rnd(&y);
		make_case(g, &r, &x, &ids, p->received, lawyer);
		w.fast = g->req.fast;
		w.desk = &o->users[U_CLERK1 + between(&r, 0, NCLERKS - 1)];
		if (!o->have[w.desk - o->users])
			w.desk = &o->users[U_ADMIN];
		/* Most cases have a clerk in charge (承办人): the one at the desk. */
		g->req.clerk = chance(&x, 90) ? w.desk->login : NULL;
		st = case_add(o->db, w.desk, &g->req, o->today, &w.id, case_no, NULL, o->e);
		if (st == TC_OK)
			st = add_agents(o, g, &x, w.id);
		if (st == TC_OK)
			st = add_third(o, g, &x, w.id);
		if (st == TC_OK && (journey(&w, (enum journey)p->journey) < 0 || pay_up(&w, &y) < 0))
			st = o->e->status ? o->e->status : TC_REFUSED;
		if (st != TC_OK) {
			char msg[sizeof o->e->msg];
			snprintf(msg, sizeof msg, "%s", o->e->msg);
			err_set(o->e, st, o->e->field, "生成第 %ld 个演示案件时出错: %s", i + 1, msg);
		}
	}
	free(ids.bits);
	free(g);
	free(plans);
	return st;
}

/* ---- the documents of the last week ----------------------------------- */

/* The office has kept its documents here for a week: for the cases whose
 * events fell in it (the latest DEMO_DOC_CASES of them), most documents
 * due are made on the day of their event or the next, and most of those
 * served a few days later, by the usual methods; the rest stay 待制作 and
 * 待送达, the morning's work.  From a stream of its own, so no case's
 * events move. */
#define DEMO_DOC_DAYS 7
#define DEMO_DOC_CASES 400

static const char *const facts_text =
	"申请人与被申请人之间存在劳动关系。被申请人未足额支付申请人的劳动报酬, "
	"有考勤记录、工资表、微信聊天记录及双方当事人的陈述在案为证。";
static const char *const reasons_text =
	"用人单位应当按照劳动合同约定和国家规定, 向劳动者及时足额支付劳动报酬 "
	"(《中华人民共和国劳动合同法》第三十条)。被申请人未能举证证明已足额支付, "
	"应承担不利后果。";
static const char *const account_text =
	"申请人请求被申请人支付拖欠的劳动报酬。经本委主持调解, 双方当事人自愿达成协议。";
static const char *const terms_text =
	"被申请人于本调解书送达之日起十日内, 将上述款项一次性支付至申请人本人银行账户。";

static const char *const serve_ways[] = {"直接", "直接", "直接", "邮寄", "邮寄", "电子", "留置"};

static enum tc_status write_sections(struct office *o, const struct actor *a, int64_t id,
				     const struct doc_kind *k)
{
	struct strbuf t = {0};
	bool changed;
	enum tc_status st;

	if (strcmp(k->name, "award") == 0)
		sb_printf(&t, "## 查明事实\n%s\n## 裁决理由\n%s\n", facts_text, reasons_text);
	else
		sb_printf(&t, "## 案情\n%s\n## 履行方式\n%s\n", account_text, terms_text);
	st = doc_sections_put(o->db, a, id, k, sb_str(&t), &changed, o->e);
	sb_free(&t);
	return st;
}

static enum tc_status make_docs(struct office *o, const struct demo_opts *opt, int64_t id)
{
	struct rng r = {opt->seed ^ ((uint64_t)id * 0x94D049BB133111EBull)};
	const struct actor *a = &o->users[o->have[U_CLERK1] ? U_CLERK1 : U_ADMIN];
	struct doc_need *need;
	size_t n, nserved = 0, cap = 0;
	int *served = NULL; /* documents served here: a two-part award is made by either need */
	enum tc_status st;

	rnd(&r);
	if ((st = doc_needed(o->db, id, &need, &n, o->e)) != TC_OK)
		return st;
	for (size_t i = 0; i < n && st == TC_OK; i++) {
		const struct doc_kind *k = need[i].kind;
		int made = date_from_iso(need[i].since) + between(&r, 0, 1);
		struct rdoc d;
		struct doc_rec *rec = NULL;
		size_t nrec = 0;
		struct strbuf notes = {0};

		if (made > o->today || chance(&r, 12))
			continue; /* 待制作 */
		if (*k->sections && (st = write_sections(o, a, id, k)) != TC_OK)
			break;
		rdoc_init(&d, NULL, NULL, NULL, NULL);
		rdoc_letter(&d);
		st = doc_make(o->db, a, id, k, need[i].to_ref, need[i].hearing_no, made, &d, &rec, &nrec,
			      &notes, o->e);
		rdoc_free(&d);
		sb_free(&notes);
		for (size_t j = 0; j < nrec && st == TC_OK; j++) {
			int on = date_from_iso(rec[j].made_on) + between(&r, 0, 4);
			const char *how = serve_ways[between(&r, 0, (int)NELEM(serve_ways) - 1)];
			/* A 调解书 is signed for in person (民事诉讼法 Art 89). */
			if (strcmp(k->name, "settlement") == 0)
				how = "直接";
			char day[DATE_ISO_LEN], at[8];
			if (on > o->today || on < made || chance(&r, 20))
				continue; /* 待送达 */
			bool again = false;
			for (size_t q = 0; q < nserved && !again; q++)
				again = served[q] == rec[j].no;
			if (again)
				continue;
			served = xgrow(served, &cap, nserved + 1, sizeof *served);
			served[nserved++] = rec[j].no;
			snprintf(at, sizeof at, "%02d:%02d", between(&r, 9, 16), between(&r, 0, 59));
			struct serve_req req = {
				.doc_no = rec[j].no, .method = how, .on = date_iso(on, day),
				.at = strcmp(how, "电子") == 0 ? at : NULL, .by = a->name,
				.note = strcmp(how, "留置") == 0 ? "受送达人拒绝签收, 见证人: 社区工作人员李红"
				      : strcmp(how, "邮寄") == 0 ? "EMS 回执已归档" : NULL,
			};
			struct serve_result res;
			st = serve_record(o->db, a, id, &req, on, &res, o->e);
		}
		free(rec);
	}
	free(served);
	free(need);
	return st;
}

static enum tc_status make_documents(struct office *o, const struct demo_opts *opt)
{
	static const char recent[] =
		"SELECT case_id FROM journal WHERE case_id IS NOT NULL AND effective_on >= ?"
		" GROUP BY case_id ORDER BY max(id) DESC LIMIT ?";
	char since[DATE_ISO_LEN];
	enum tc_status st;
	int64_t *ids = NULL;
	size_t n = 0, cap = 0;
	int rc;

	date_iso(o->today - DEMO_DOC_DAYS + 1, since);
	if ((st = db_setting_set(o->db, "documents_since", since, o->e)) != TC_OK)
		return st;
	sqlite3_stmt *q = db_prep(o->db, recent);
	if (q == NULL)
		return db_fail(o->db, SQLITE_ERROR, "读取演示案件", o->e);
	sqlite3_bind_text(q, 1, since, -1, SQLITE_STATIC);
	sqlite3_bind_int(q, 2, DEMO_DOC_CASES);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		ids = xgrow(ids, &cap, n + 1, sizeof *ids);
		ids[n++] = sqlite3_column_int64(q, 0);
	}
	sqlite3_reset(q);
	if (rc != SQLITE_DONE) {
		free(ids);
		return db_fail(o->db, rc, "读取演示案件", o->e);
	}
	/* The serve clock and the notice check now hold from that day. */
	if ((st = deadline_update_all(o->db, o->e)) != TC_OK) {
		free(ids);
		return st;
	}
	for (size_t i = n; i-- > 0 && st == TC_OK;)
		st = make_docs(o, opt, ids[i]);
	free(ids);
	return st;
}

enum tc_status demo_tune(struct db *db, struct tc_err *e)
{
	/* Every core call nests a savepoint, whose undo journal would
	 * otherwise spill to a temporary file on each call; a big cache
	 * keeps the case tables' pages from spilling early. */
	if (db->tx_depth != 0)
		return TC_OK;
	return db_exec(db, "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -1048576", e);
}

void demo_opts_init(struct demo_opts *o)
{
	memset(o, 0, sizeof *o);
	o->cases = DEMO_CASES_DEFAULT;
	o->seed = DEMO_SEED_DEFAULT;
	o->weeks = DEMO_WEEKS_DEFAULT;
	o->today = date_today();
}

/* The demo's hearing rooms, those the office does not have yet. */
static enum tc_status add_rooms(struct office *o)
{
	static const char *const capacity[NROOMS] = {"12", "30", "20", "20", "16"};
	enum tc_status st = TC_OK;
	struct room *have;
	size_t n;

	if ((st = room_list(o->db, &have, &n, o->e)) != TC_OK)
		return st;
	for (size_t i = 0; i < NROOMS && st == TC_OK; i++) {
		bool found = false;
		for (size_t k = 0; k < n && !found; k++)
			found = strcmp(have[k].name, rooms[i]) == 0;
		struct room_in in = {.name = rooms[i], .capacity = capacity[i], .fast = i == 0 ? "是" : "否",
				     .address = "仲裁院三楼"};
		if (!found)
			st = room_add(o->db, &o->users[U_ADMIN], &in, o->e);
	}
	free(have);
	return st;
}

enum tc_status demo_build(struct db *db, const struct demo_opts *opt, struct tc_err *e)
{
	struct office o = {.db = db, .today = opt->today, .e = e};
	struct db_bulk bulk = {0};
	enum tc_status st;

	if (opt->cases < 1 || opt->cases > DEMO_CASES_MAX)
		return err_set(e, TC_USAGE, "cases", "案件数应在 1 到 %ld 之间", DEMO_CASES_MAX);
	if (opt->weeks < 1 || opt->weeks > DEMO_WEEKS_MAX)
		return err_set(e, TC_USAGE, "weeks", "周数应在 1 到 %d 之间", DEMO_WEEKS_MAX);
	if (opt->today == DATE_NONE)
		return err_set(e, TC_USAGE, "today", "没有给出今天的日期");
	o.first = opt->today - opt->weeks * 7 + 1;
	o.nbooked = opt->weeks * 7 + 60;
	o.booked = xcalloc((size_t)o.nbooked, sizeof *o.booked);
	if ((st = demo_tune(db, e)) != TC_OK || (st = cal_get(db, &o.cal, e)) != TC_OK)
		return st;
	if ((st = db_begin(db, e)) != TC_OK)
		return st;
	if ((st = load_people(&o, "mediator", &o.med)) == TC_OK &&
	    (st = load_people(&o, "arbitrator", &o.arb)) == TC_OK &&
	    (st = check_cover(&o)) == TC_OK &&
	    (st = add_users(&o)) == TC_OK &&
	    (st = add_rooms(&o)) == TC_OK &&
	    (st = db_bulk_begin(db, &bulk, e)) == TC_OK &&
	    (st = build_cases(&o, opt)) == TC_OK &&
	    (st = db_bulk_end(db, &bulk, e)) == TC_OK &&
	    (st = make_documents(&o, opt)) == TC_OK)
		/* Every case counted for the statistics now, in the same
		 * transaction, so that the office's first report does not. */
		st = tally_refresh(db, e);
	db_bulk_free(&bulk);
	free(o.booked);
	free(o.med.v);
	free(o.arb.v);
	if (st != TC_OK) {
		db_rollback(db);
		return st;
	}
	return db_commit(db, e);
}

enum tc_status demo_stats(struct db *db, int today, struct demo_stats *out, struct tc_err *e)
{
	static const char by_stage[] = "SELECT stage, COUNT(*) FROM cases GROUP BY stage";
	static const char due[] =
		"SELECT COUNT(*) FILTER (WHERE next_due < ?1), COUNT(*) FILTER (WHERE next_due >= ?1)"
		" FROM cases WHERE stage <> 'closed' AND next_due <= ?2";
	static const char users[] = "SELECT COUNT(*) FROM users";
	char a[DATE_ISO_LEN], b[DATE_ISO_LEN];
	sqlite3_stmt *st;
	int rc;

	memset(out, 0, sizeof *out);
	st = db_prep(db, by_stage);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		enum stage s;
		long n = (long)sqlite3_column_int64(st, 1);
		if (stage_parse(db_col_text(st, 0), &s, NULL) == TC_OK)
			out->by_stage[s] = n;
		out->cases += n;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, "统计案件", e);
	st = db_prep(db, due);
	sqlite3_bind_text(st, 1, date_iso(today, a), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, date_iso(today + 3, b), -1, SQLITE_STATIC);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		out->overdue = (long)sqlite3_column_int64(st, 0);
		out->due_soon = (long)sqlite3_column_int64(st, 1);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW)
		return db_fail(db, rc, "统计期限", e);
	st = db_prep(db, users);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW)
		out->users = (long)sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? TC_OK : db_fail(db, rc, "统计用户", e);
}
