#!/bin/sh
# The roster: add a mediator through the person form (a bad term first:
# refused next to the field, nothing saved), suspend them with a reason,
# and the workflow then refuses to assign them; resume, and it accepts.
. "$(dirname "$0")/lib/tui.sh"
. "$(dirname "$0")/lib/office.sh"
tui_setup
tui_office

tui_start 100 30
tui_keys 3
tui_wait "调解员"
tui_keys a
tui_wait "姓名"
tui_keys Tab
tui_type "田甜"
# Down to the term: a start after the end.
tui_keys Tab Tab Tab Tab Tab Tab Tab
tui_type "2026-06-01"
tui_keys Tab
tui_type "2026-01-01"
tui_keys F2
tui_wait "早于"
[ "$(tc roster list | grep -c 田甜)" -eq 0 ] || tui_fail "a person with a bad term was saved"
tui_keys C-u
tui_type "2028-12-31"
tui_keys F2
tui_wait "田甜"
tc roster list | grep -q 田甜 || tui_fail "the new mediator is not on the roster"

# Suspend the new entry (the cursor stays on the person just added).
tui_keys z
tui_wait "暂停事由"
tui_type "长期外出"
tui_keys F2
tui_wait "已暂停"
tc case accept 2026-1 >/dev/null 2>&1 || tui_fail "could not accept case 1"
out=$(tc case mediate 2026-1 --mediator 田甜 2>&1) && tui_fail "a suspended mediator was assigned"
case "$out" in
*暂停*) ;;
*) tui_fail "refusal does not say why: $out" ;;
esac
tui_keys r
tui_wait "y 是"
tui_keys y
tui_wait "在册"
tc case mediate 2026-1 --mediator 田甜 >/dev/null 2>&1 ||
	tui_fail "a resumed mediator could not be assigned"
exit 0
