/*
 * stage.h - the stages a case passes through (domain.md section 3) and
 * their names.  The vocabulary only: which event moves a case from one
 * stage to another is the workflow's table (workflow.h), which clocks run
 * in which stage is the deadline table (deadline.h).
 */
#ifndef TIAOCAI_STAGE_H
#define TIAOCAI_STAGE_H

#include "tiaocai/util.h"

enum stage {
	STAGE_RECEIVED,     /* 收案 */
	STAGE_PREMEDIATION, /* 案前调解 */
	STAGE_ACCEPTED,     /* 已立案 */
	STAGE_MEDIATING,    /* 调解中 */
	STAGE_HEARING,      /* 审理中 */
	STAGE_SUSPENDED,    /* 中止 */
	STAGE_CLOSED,       /* 结案 */
	STAGE_COUNT
};

/* A set of stages, as bits. */
#define STAGE_BIT(s) (1u << (s))

const char *stage_name(enum stage s); /* "received" */
const char *stage_zh(enum stage s);   /* "收案" */
/* Accepts the English name or the Chinese one; on failure *out is
 * untouched and e (may be NULL) says what would be right. */
enum tc_status stage_parse(const char *s, enum stage *out, struct tc_err *e);

#endif
