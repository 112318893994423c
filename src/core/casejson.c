/*
 * casejson.c - one case whole as JSON (`case show --format json`), built
 * with jansson.  The keys are tiaocai(5)'s "THE CASE AS JSON" and stay
 * stable: a key is added, never renamed or dropped.  Money is a string
 * with two decimals, as in the CSV files; dates are ISO strings; what a
 * case does not have is null.  ID numbers and phones come masked as the
 * reader's role requires, because the detail was read for that reader.
 */
#include "tiaocai/casejson.h"
#include "tiaocai/money.h"

#include <jansson.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* A stored text; one that is not valid UTF-8 (written around the
 * program) comes out as null rather than breaking the document. */
static json_t *jstr(const char *s)
{
	json_t *v = s ? json_string(s) : NULL;
	return v ? v : json_null();
}

static json_t *str_or_null(const char *s)
{
	return s && *s ? jstr(s) : json_null();
}

static json_t *money_or_null(int64_t fen)
{
	char buf[MONEY_BUF];
	return fen < 0 ? json_null() : jstr(money_plain(fen, buf));
}

static json_t *flag_or_null(int v)
{
	return v < 0 ? json_null() : json_boolean(v);
}

/* Set key to v, which jansson takes over. */
#define SET(o, k, v) json_object_set_new((o), (k), (v))

static json_t *party_json(const struct case_party *p)
{
	json_t *o = json_object(), *agents = json_array();

	SET(o, "party", jstr(p->ref));
	SET(o, "side", jstr(p->side));
	SET(o, "name", jstr(p->name));
	SET(o, "id_no", str_or_null(p->id_no));
	SET(o, "uscc", str_or_null(p->uscc));
	SET(o, "sex", str_or_null(p->sex));
	SET(o, "birth", str_or_null(p->birth));
	SET(o, "phone", str_or_null(p->phone));
	SET(o, "chain_role", str_or_null(p->chain_role));
	SET(o, "address", str_or_null(p->address));
	SET(o, "service_address", str_or_null(p->service_address));
	SET(o, "legal_rep", str_or_null(p->legal_rep));
	SET(o, "legal_rep_title", str_or_null(p->legal_rep_title));
	SET(o, "representative", json_boolean(p->representative));
	for (size_t i = 0; i < p->nagents; i++) {
		const struct case_agent *g = &p->agents[i];
		json_t *a = json_object();
		SET(a, "name", jstr(g->name));
		SET(a, "kind", jstr(g->kind));
		SET(a, "phone", str_or_null(g->phone));
		SET(a, "lawyer", str_or_null(g->lawyer));
		json_array_append_new(agents, a);
	}
	SET(o, "agents", agents);
	return o;
}

/* all, none or mixed: the items' 终局 as the award decided them. */
static json_t *final_of(const struct case_detail *d)
{
	size_t yes = 0, no = 0;

	for (size_t i = 0; i < d->nclaims; i++) {
		yes += d->claims[i].final == 1;
		no += d->claims[i].final == 0;
	}
	if (!yes && !no)
		return json_null();
	return jstr(!no ? "all" : !yes ? "none" : "mixed");
}

char *case_json(const struct case_detail *d, const struct journal_row *j, size_t nj)
{
	const struct case_row *r = &d->row;
	json_t *o = json_object(), *a;
	char *out;

	SET(o, "case_no", jstr(r->case_no));
	SET(o, "version", json_integer(d->version));
	SET(o, "stage", jstr(stage_name(r->stage)));
	SET(o, "stage_zh", jstr(stage_zh(r->stage)));
	SET(o, "outcome", str_or_null(r->outcome));
	SET(o, "final", final_of(d));
	SET(o, "track", jstr(r->track));
	SET(o, "cause", jstr(d->cause));
	SET(o, "applicant_side", jstr(d->applicant_side));
	SET(o, "source", jstr(r->source));
	SET(o, "industry", str_or_null(r->industry));
	SET(o, "project", str_or_null(d->project));
	SET(o, "received_on", str_or_null(r->received_on));
	SET(o, "accepted_on", str_or_null(r->accepted_on));
	SET(o, "closed_on", str_or_null(r->closed_on));
	SET(o, "fast", json_boolean(d->fast));
	SET(o, "simple", json_boolean(d->simple));
	SET(o, "collective", json_boolean(d->collective));
	SET(o, "legal_aid", json_boolean(d->legal_aid));
	SET(o, "major", json_boolean(d->major));
	SET(o, "workers", json_integer(r->workers));
	SET(o, "missing_docs", str_or_null(d->missing_docs));
	SET(o, "docs_due", str_or_null(d->docs_due));
	SET(o, "docs_received_on", str_or_null(d->docs_received_on));
	SET(o, "clerk", str_or_null(d->clerk));
	SET(o, "lawyer", str_or_null(d->lawyer));
	SET(o, "mediator", str_or_null(r->mediator));
	SET(o, "arbitrator", str_or_null(r->arbitrator));
	SET(o, "hearing_at", str_or_null(d->hearing_at));
	SET(o, "hearing_room", str_or_null(d->hearing_room));
	SET(o, "claimed", money_or_null(r->claimed));
	SET(o, "resolved", money_or_null(r->resolved));
	SET(o, "paid", money_or_null(d->paid));
	SET(o, "next_due", str_or_null(r->next_due));

	a = json_array();
	for (size_t i = 0; i < d->nparties; i++)
		json_array_append_new(a, party_json(&d->parties[i]));
	SET(o, "parties", a);

	a = json_array();
	for (size_t i = 0; i < d->nclaims; i++) {
		const struct case_claim *c = &d->claims[i];
		json_t *k = json_object();
		SET(k, "item", json_integer(c->pos));
		SET(k, "party", str_or_null(c->party));
		SET(k, "kind", jstr(c->kind));
		SET(k, "amount", money_or_null(c->amount));
		SET(k, "from", str_or_null(c->from));
		SET(k, "to", str_or_null(c->to));
		SET(k, "resolved", money_or_null(c->resolved));
		SET(k, "paid", money_or_null(c->paid));
		SET(k, "final", flag_or_null(c->final));
		json_array_append_new(a, k);
	}
	SET(o, "claims", a);

	a = json_array();
	for (size_t i = 0; i < d->npayments; i++) {
		const struct case_payment *y = &d->payments[i];
		json_t *k = json_object();
		SET(k, "item", y->item ? json_integer(y->item) : json_null());
		SET(k, "amount", money_or_null(y->amount));
		SET(k, "on", jstr(y->on));
		SET(k, "by", str_or_null(y->by));
		SET(k, "note", str_or_null(y->note));
		json_array_append_new(a, k);
	}
	SET(o, "payments", a);

	if (d->tribunal.formed) {
		const struct tribunal *t = &d->tribunal;
		json_t *tj = json_object(), *m = json_array();
		SET(tj, "sole", json_boolean(t->sole));
		SET(tj, "chief", jstr(t->chief));
		for (int k = 0; k < 2 && !t->sole; k++)
			json_array_append_new(m, jstr(t->member[k]));
		SET(tj, "members", m);
		SET(tj, "clerk", str_or_null(t->clerk));
		SET(tj, "formed_on", str_or_null(t->formed_on));
		SET(o, "tribunal", tj);
	} else {
		SET(o, "tribunal", json_null());
	}
	a = json_array();
	for (size_t i = 0; i < d->nhearings; i++) {
		const struct hearing *h = &d->hearings[i];
		json_t *hj = json_object();
		SET(hj, "no", json_integer(h->no));
		SET(hj, "start", jstr(h->at));
		SET(hj, "end", jstr(h->end_at));
		SET(hj, "minutes", json_integer(h->minutes));
		SET(hj, "room", str_or_null(h->room));
		SET(hj, "status", jstr(hearing_status_name(h->status)));
		SET(hj, "chief", str_or_null(h->chief));
		json_t *hm = json_array();
		for (int k = 0; k < 2 && !h->sole; k++)
			json_array_append_new(hm, jstr(h->member[k]));
		SET(hj, "members", hm);
		SET(hj, "clerk", str_or_null(h->clerk));
		SET(hj, "set_on", str_or_null(h->set_on));
		SET(hj, "short_notice", str_or_null(h->short_notice));
		SET(hj, "status_on", str_or_null(h->status_on));
		SET(hj, "reason", str_or_null(h->status_reason));
		SET(hj, "requested_by", str_or_null(h->requested_by));
		SET(hj, "requested_on", str_or_null(h->requested_on));
		SET(hj, "absent", str_or_null(h->absent));
		json_array_append_new(a, hj);
	}
	SET(o, "hearings", a);

	a = json_array();
	for (size_t i = 0; i < d->nclocks; i++) {
		const struct case_clock *c = &d->clocks[i];
		json_t *k = json_object();
		SET(k, "clock", jstr(c->name));
		SET(k, "label", jstr(c->label));
		SET(k, "start", str_or_null(c->start));
		SET(k, "due", str_or_null(c->due));
		SET(k, "days", json_integer(c->days));
		SET(k, "unit", jstr(c->unit));
		SET(k, "running", json_boolean(c->running));
		SET(k, "days_left", c->running && c->days_left != INT_MIN ? json_integer(c->days_left)
									    : json_null());
		SET(k, "statutory", json_boolean(c->statutory));
		SET(k, "basis", jstr(c->basis));
		SET(k, "note", str_or_null(c->note));
		json_array_append_new(a, k);
	}
	SET(o, "clocks", a);

	a = json_array();
	for (size_t i = 0; i < nj; i++) {
		json_t *k = json_object();
		SET(k, "recorded_at", jstr(j[i].recorded_at));
		SET(k, "effective_on", str_or_null(j[i].effective_on));
		SET(k, "actor", jstr(j[i].actor));
		SET(k, "kind", jstr(j[i].kind));
		SET(k, "detail", jstr(j[i].detail));
		SET(k, "undone", json_boolean(j[i].undone));
		json_array_append_new(a, k);
	}
	SET(o, "journal", a);

	out = json_dumps(o, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(o);
	return out;
}
