/*
 * stage.c - the names of the stages.  Nothing here knows what moves a
 * case between them (workflow.c) or what runs while it stands in one
 * (deadline.c).
 */
#include "tiaocai/stage.h"

#include <string.h>

static const struct {
	const char *name, *zh;
} stages[STAGE_COUNT] = {
	[STAGE_RECEIVED] = {"received", "收案"},
	[STAGE_PREMEDIATION] = {"premediation", "案前调解"},
	[STAGE_ACCEPTED] = {"accepted", "已立案"},
	[STAGE_MEDIATING] = {"mediating", "调解中"},
	[STAGE_HEARING] = {"hearing", "审理中"},
	[STAGE_SUSPENDED] = {"suspended", "中止"},
	[STAGE_CLOSED] = {"closed", "结案"},
};

const char *stage_name(enum stage s) { return s < STAGE_COUNT ? stages[s].name : "?"; }
const char *stage_zh(enum stage s) { return s < STAGE_COUNT ? stages[s].zh : "?"; }

enum tc_status stage_parse(const char *s, enum stage *out, struct tc_err *e)
{
	for (int i = 0; s && i < STAGE_COUNT; i++) {
		if (strcmp(s, stages[i].name) == 0 || strcmp(s, stages[i].zh) == 0) {
			*out = (enum stage)i;
			return TC_OK;
		}
	}
	return err_set(e, TC_REFUSED, "stage",
		       "阶段不对: %s (可选 received premediation accepted mediating hearing suspended closed, 或 收案 案前调解 已立案 调解中 审理中 中止 结案)",
		       s ? s : "");
}
