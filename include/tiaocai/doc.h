/*
 * doc.h - the documents of a case (文书): what kinds there are, which a case
 * needs, making one from its template, the record of every document made,
 * and the parts a person writes.
 *
 * A kind (doc_kinds[] in doc.c) says which event it is made for, to whom
 * it goes, its legal basis and the sections a person writes for it.  Making
 * a document fills its template (tmpl.h, forms/KIND.tpl, an office's
 * edited copy read instead) with the case's values (docfields.h), gives an
 * rdoc (rdoc.h) per addressee, records each in the documents table and the
 * journal, and says whether the text differs from the last one made of the
 * same kind for the same addressee.  Service (serve.h) is recorded against
 * these records.
 *
 * Everything here runs inside one transaction of its own unless it says
 * otherwise; nothing prints.
 */
#ifndef TIAOCAI_DOC_H
#define TIAOCAI_DOC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "tiaocai/rdoc.h"
#include "tiaocai/text.h"
#include "tiaocai/user.h"
#include "tiaocai/util.h"

struct db;

/* To whom a kind goes. */
enum doc_to {
	DOC_TO_APPLICANTS,   /* each applicant (the representatives, when elected) */
	DOC_TO_RESPONDENTS,  /* each respondent */
	DOC_TO_PARTIES,      /* each of the above, then each third party */
};

struct doc_kind {
	const char *name;    /* accept-notice: the template forms/NAME.tpl */
	const char *zh;      /* 受理通知书: what the commands also take */
	const char *event;   /* the journal event it is made for (accept, refuse, tribunal,
			      * hearing, settle, award, suspend, extend, withdraw, transfer);
			      * NULL for the receipt */
	enum doc_to to;
	const char *basis;   /* 劳动争议调解仲裁法第二十九条 */
	/* The sections a person writes, "name:标题" separated by spaces
	 * ("facts:查明事实 reasons:裁决理由"), "" when none. */
	const char *sections;
	bool per_hearing;    /* one per hearing scheduled (开庭通知书) */
};

/* The kinds in the order a case meets them. */
size_t doc_kinds(const struct doc_kind **out);
/* By name or Chinese name (the receipt's too); NULL when none. */
const struct doc_kind *doc_kind_find(const char *s);
/* The 送达回证 (receipt), printed after every document for its addressee;
 * not one of doc_kinds(): it is made with each document, not for an event. */
const struct doc_kind *doc_kind_receipt(void);

/* One document made, as `doc list` shows it. */
struct doc_rec {
	int no;                  /* its number in the case: the DOC of the commands */
	char kind[24], zh[32];
	char part[12];           /* final / nonfinal for an award in two, "" otherwise */
	char to_ref[8];          /* the addressee's party ref (a1, r2), "" when none */
	char to_name[192];
	int hearing_no;          /* 开庭通知书: the hearing, 0 otherwise */
	char made_on[11], made_by[TEXT_BYTES(TEXT_MAX_PERSON)];
	/* Its service, when recorded (the last one): */
	char served_on[11], method[12];
	bool superseded;         /* a later document of the same kind, part, addressee
				  * and hearing was made */
};
enum tc_status doc_list(struct db *db, const struct actor *a, int64_t case_id,
			struct doc_rec **out, size_t *n, struct tc_err *e);

/* A document the case needs and lacks (待制作): its kind, addressee and
 * hearing, and why it is needed ("2026-11-20 受理"). */
struct doc_need {
	const struct doc_kind *kind;
	char part[12];
	char to_ref[8], to_name[192];
	int hearing_no;
	char since[11];          /* the day of the event that calls for it */
};
enum tc_status doc_needed(struct db *db, int64_t case_id, struct doc_need **out, size_t *n,
			  struct tc_err *e);

/* Make the documents of kind for case_id: to one party (to: a party ref
 * a1/r2/t1 or a name; NULL: every addressee the kind has), for one
 * hearing (0: the latest scheduled) on day `today`.  Each is recorded;
 * out gets one rdoc with every document (rdoc_break between them) and
 * *made the records, *nmade how many; notes gets one line per document
 * ("第 7 号 受理通知书 (王超德): 与第 3 号相同" / "案件已变, 与第 3 号不同").
 * Refused: a lawyer, a kind whose event the case has not had, a section
 * not yet written ("请先 tiaocai doc edit CASE award 写明 查明事实"). */
enum tc_status doc_make(struct db *db, const struct actor *a, int64_t case_id,
			const struct doc_kind *kind, const char *to, int hearing_no, int today,
			struct rdoc *out, struct doc_rec **made, size_t *nmade,
			struct strbuf *notes, struct tc_err *e);

/* A document made before, again as it was made (the same values as its
 * record: addressee, hearing, part), for printing; not recorded again. */
enum tc_status doc_render(struct db *db, const struct actor *a, int64_t case_id, int no,
			  int today, struct rdoc *out, struct tc_err *e);

/* The sections a person writes, as one text for the editor:
 *   ## 查明事实
 *   ...
 *   ## 裁决理由
 *   ...
 * doc_sections_get gives the stored text (the headings with empty bodies
 * when none); doc_sections_put parses such a text (every heading must be
 * the kind's, text_check on each body) and stores it, journalled. */
enum tc_status doc_sections_get(struct db *db, int64_t case_id, const struct doc_kind *kind,
				struct strbuf *out, struct tc_err *e);
enum tc_status doc_sections_put(struct db *db, const struct actor *a, int64_t case_id,
				const struct doc_kind *kind, const char *text, bool *changed,
				struct tc_err *e);
/* One stored section's text ("" when not written); for the fields. */
enum tc_status doc_section(struct db *db, int64_t case_id, const char *kind,
			   const char *section, struct strbuf *out, struct tc_err *e);

#endif
