/*
 * doc.c - the documents of a case: the kinds, which a case needs, making
 * them from their templates, and the record of every one made.
 *
 * doc_kinds[] is the one table that says which documents there are, the
 * event each records, to whom it goes, its legal basis and the sections a
 * person writes for it; tiaocai(5), DOCUMENTS, shows the same table.  The
 * words of each document are its template's (tmpl.h); the values come
 * from docfields.h.  A document is recorded when made (documents table,
 * journal row "doc"), numbered within its case; made again with the case
 * unchanged it is the same text, under its old number and date.
 *
 * Below: tmpl, docfields, rdoc, journal, db.  Service is serve.c's.
 */
#include "tiaocai/doc.h"
#include "tiaocai/case.h"
#include "tiaocai/date.h"
#include "tiaocai/db.h"
#include "tiaocai/docfields.h"
#include "tiaocai/journal.h"
#include "tiaocai/text.h"
#include "tiaocai/tmpl.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Sections a person writes: "name:标题" separated by spaces. */
#define AWARD_SECTIONS "facts:查明事实 reasons:裁决理由"
#define SETTLE_SECTIONS "account:案情 terms:履行方式"

static const struct doc_kind kinds[] = {
	{"accept-notice", "受理通知书", "accept", DOC_TO_APPLICANTS,
	 "劳动争议调解仲裁法第二十九条; 劳动人事争议仲裁办案规则第三十条、第三十一条", "", false},
	{"refuse-notice", "不予受理通知书", "refuse", DOC_TO_APPLICANTS,
	 "劳动争议调解仲裁法第二十九条; 劳动人事争议仲裁办案规则第三十条", "", false},
	{"respond-notice", "应诉通知书", "accept", DOC_TO_RESPONDENTS,
	 "劳动争议调解仲裁法第三十条; 劳动人事争议仲裁办案规则第三十三条", "", false},
	{"evidence-notice", "举证通知书", "accept", DOC_TO_PARTIES,
	 "劳动争议调解仲裁法第六条; 劳动人事争议仲裁办案规则第十三条至第十五条", "", false},
	{"tribunal-notice", "仲裁庭组成通知书", "tribunal", DOC_TO_PARTIES,
	 "劳动争议调解仲裁法第三十二条、第三十三条; 劳动人事争议仲裁办案规则第三十七条", "", false},
	{"hearing-notice", "开庭通知书", "hearing", DOC_TO_PARTIES,
	 "劳动争议调解仲裁法第三十五条、第三十六条; 劳动人事争议仲裁办案规则第三十八条、第三十九条", "",
	 true},
	{"settlement", "调解书", "settle", DOC_TO_PARTIES,
	 "劳动争议调解仲裁法第四十二条", SETTLE_SECTIONS, false},
	{"award", "裁决书", "award", DOC_TO_PARTIES,
	 "劳动争议调解仲裁法第四十六条至第五十条; 劳动人事争议仲裁办案规则第五十条、第五十三条",
	 AWARD_SECTIONS, false},
	{"decision-suspend", "中止仲裁决定书", "suspend", DOC_TO_PARTIES,
	 "劳动人事争议仲裁办案规则第四十七条", "", false},
	{"decision-extend", "延长仲裁期限决定书", "extend", DOC_TO_PARTIES,
	 "劳动争议调解仲裁法第四十三条; 劳动人事争议仲裁办案规则第四十五条", "", false},
	{"decision-withdraw", "准予撤回仲裁申请决定书", "withdraw", DOC_TO_PARTIES,
	 "劳动争议调解仲裁法第四十一条; 劳动人事争议仲裁办案规则第三十五条", "", false},
	{"decision-transfer", "移送管辖决定书", "transfer", DOC_TO_PARTIES,
	 "劳动人事争议仲裁办案规则第九条", "", false},
};
#define NKINDS (sizeof kinds / sizeof kinds[0])

/* The 送达回证 printed after every document for its addressee. */
static const struct doc_kind receipt = {
	"receipt", "送达回证", NULL, DOC_TO_PARTIES,
	"劳动人事争议仲裁办案规则第二十条; 民事诉讼法第八十七条", "", false};

size_t doc_kinds(const struct doc_kind **out)
{
	*out = kinds;
	return NKINDS;
}

const struct doc_kind *doc_kind_receipt(void)
{
	return &receipt;
}

const struct doc_kind *doc_kind_find(const char *s)
{
	if (s == NULL)
		return NULL;
	for (size_t i = 0; i < NKINDS; i++)
		if (strcmp(s, kinds[i].name) == 0 || strcmp(s, kinds[i].zh) == 0)
			return &kinds[i];
	if (strcmp(s, receipt.name) == 0 || strcmp(s, receipt.zh) == 0)
		return &receipt;
	return NULL;
}
