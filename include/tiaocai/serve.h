/*
 * serve.h - service (送达): that a document of a case reached a party, how
 * and when, and what follows from it.
 *
 * A service is recorded against a document made (doc.h, its number in the
 * case): the party it reached, the method (直接 留置 委托 邮寄 电子 公告,
 * 民事诉讼法 Arts 88-91, 95), the day given (the receipt signed, the day it
 * was left, the moment an electronic copy reached the party, the day of
 * publication) and the day it counts as served: the same day, or for a
 * 公告 the day the rule gazette's period (30 days) ends.  The clocks follow
 * (deadline.h): the respondents' 答辩 from their receipt of the 应诉通知书,
 * the 审限 without the 公告 periods, the periods after an award from its
 * receipt.  A hearing is properly notified (调解仲裁法 Art 35) when each
 * party was served its 开庭通知书 at least the rule hearing_notice's days
 * before it.
 *
 * serve_record writes in one transaction of its own (the service, its
 * journal row, the clocks); the rest only reads.  Nothing here prints.
 */
#ifndef TIAOCAI_SERVE_H
#define TIAOCAI_SERVE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "tiaocai/text.h"
#include "tiaocai/user.h"
#include "tiaocai/util.h"

struct db;

/* The methods of service, in the order the law lists them. */
struct serve_method {
	const char *zh;        /* 直接 ...: as typed and as stored */
	const char *given;     /* what the day given is: 签收, 留置, 到达, 公告 */
	const char *basis;     /* 民事诉讼法第八十八条 ... */
};
/* The table of methods; *n gets how many. */
const struct serve_method *serve_methods(size_t *n);
/* By its name; NULL when it is not one. */
const struct serve_method *serve_method_find(const char *s);

/* What `case serve` asks, as typed (each may be NULL but doc_no, method
 * and on). */
struct serve_req {
	int doc_no;            /* the document's number in the case (doc list) */
	const char *to;        /* a1 / r2 / t1 or a party's name; NULL: the addressee */
	const char *method;    /* one of serve_methods() */
	const char *on;        /* the day given, as typed (date_parse) */
	const char *at;        /* HH:MM, the time received or opened; 电子 needs it */
	const char *by;        /* 送达人 */
	const char *note;      /* 拒收, the witness (留置 needs it), a tracking number */
	const char *address;   /* NULL: the party's service address, else its address */
};

/* A clock a service moved, as the case file names it. */
struct serve_moved {
	char label[64];        /* 被申请人答辩 */
	char due[11];          /* its due day now */
	char ended[11];        /* the day it ended by this service, "" when it runs */
	bool party;            /* a party's period (never 超期) */
};

/* What was recorded. */
struct serve_result {
	int doc_no;
	char doc_zh[48];       /* 开庭通知书, 裁决书 (终局) */
	char to_ref[8];
	char to_name[TEXT_BYTES(TEXT_MAX_ORG)];
	char method[12];
	char given_on[11], given_at[6], served_on[11];
	bool deemed;           /* 公告: served_on is the day it is deemed served */
	char address[TEXT_BYTES(TEXT_MAX_NOTE)];
	struct serve_moved moved[4];
	size_t nmoved;
};

/* As actor a, record that document r->doc_no of case_id reached a party,
 * on day `today`.  Refused, each with a message naming the field and
 * nothing changed: a read-only user; no such case or document; a party
 * that is not the document's addressee (for a document without one, not
 * a party of the case); a method not one of the six; a day after today or
 * before the document was made; a time that is not HH:MM; 留置 without a
 * note naming the witness (民事诉讼法 Art 89); 电子 without the time it
 * reached the party (Art 90); a second service of the same document to
 * the same party, unless the first was a 公告 (then a later service by
 * another method counts from its own day and ends the 公告 period); text
 * that text_check refuses.  One transaction: the service, a journal row
 * (kind "serve"; the case row and its version are not touched), the
 * clocks (deadline_update).  *res says what was recorded and which clocks
 * moved. */
enum tc_status serve_record(struct db *db, const struct actor *a, int64_t case_id,
			    const struct serve_req *r, int today, struct serve_result *res,
			    struct tc_err *e);

/* One service recorded, as `case services` lists it. */
struct serve_rec {
	int doc_no;
	char kind[24];         /* respond-notice ... */
	char part[12];         /* an award in two: final / nonfinal, else "" */
	char doc_zh[48];       /* 应诉通知书, 裁决书 (非终局) */
	char to_ref[8];
	char to_name[TEXT_BYTES(TEXT_MAX_ORG)];
	char method[12];
	char given_on[11], given_at[6], served_on[11];
	char by[TEXT_BYTES(TEXT_MAX_PERSON)];
	char note[TEXT_BYTES(TEXT_MAX_NOTE)];
	char address[TEXT_BYTES(TEXT_MAX_NOTE)]; /* "" for a worker's, to a read-only user */
	bool deemed;           /* 公告: deemed served on served_on */
	bool overtaken;        /* a 公告 a later direct service reached the party before */
};
/* Every service of case_id, in the order of the documents, then as
 * recorded; the caller frees *out. */
enum tc_status serve_list(struct db *db, const struct actor *a, int64_t case_id,
			  struct serve_rec **out, size_t *n, struct tc_err *e);

/* The parties (applicants, respondents, third parties, by name) of hearing
 * hearing_no of case_id who were not served its 开庭通知书 (documents of
 * kind hearing-notice for that hearing) at least the rule hearing_notice's
 * days before the hearing day, counted as that rule counts (调解仲裁法
 * Art 35), appended to names.  None for a hearing set before the setting
 * documents_since (it predates the records) or one no longer scheduled. */
enum tc_status serve_unnotified(struct db *db, int64_t case_id, int hearing_no,
				struct strlist *names, struct tc_err *e);

/* When the case's award or 调解书 takes effect, in words for the case
 * file, into buf ("" when there is nothing to say):
 *   a final award: "终局裁决, 自作出之日 YYYY-MM-DD 起生效" (Art 47);
 *   a non-final one, once every party has received it: "如双方均未起诉,
 *     于 YYYY-MM-DD 起生效" (the day after the last party's 15 days, Art
 *     50); "" while some party has not;
 *   a 调解书: "已于 YYYY-MM-DD 生效" when the last party signed for it,
 *     "待签收: NAME、NAME" before (Art 42). */
enum tc_status serve_effect(struct db *db, int64_t case_id, char *buf, size_t size,
			    struct tc_err *e);

#endif
