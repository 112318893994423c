#!/bin/bash
# tests/cli/run.sh - run command-line tests written as transcripts.
#
# Usage: tests/cli/run.sh TIAOCAI FILE.t...
#
# A .t file is a series of blocks.  A block starts with "$ command" (run by
# bash in a scratch directory) and lists what must come out:
#   > line      a line of stdout         >*   stdout is not checked
#   ! line      a line of stderr         !*   stderr is not checked
#   ? N         the exit status (0 when absent)
# A block with no ">" lines expects empty stdout, likewise for "!".
# "%env NAME=VALUE" sets a variable for the blocks after it; "#" lines and
# blank lines are ignored.  Each file gets a fresh directory and database:
# TIAOCAI_DB=$PWD/t.db, TIAOCAI_TODAY=2026-11-22, HOME=$PWD, LANG=C.UTF-8.
# The blocks never inherit a calling make's MAKEFLAGS, MFLAGS or MAKELEVEL:
# under "make -j2 check" a nested make would otherwise look for a jobserver
# whose descriptors it was not given and warn on stderr.
# $DATA is sample-data/, $FIX is tests/cli/fixtures/, $TOP the source tree.
# Prints one line per failure with a diff, and "cli: N passed, N failed".

set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
shift
top=$(cd "$(dirname "$0")/../.." && pwd)
pass=0
fail=0

run_block() {
	local file=$1 line=$2 cmd=$3 want_out=$4 want_err=$5 want_rc=$6 chk_out=$7 chk_err=$8
	local got_out got_err got_rc
	got_out=$(cd "$dir" && env "${envs[@]}" bash -c "$cmd" 2>"$dir/.stderr"; echo "?$?")
	got_rc=${got_out##*\?}
	got_out=${got_out%\?*}
	got_out=${got_out%$'\n'}
	got_err=$(cat "$dir/.stderr")
	local ok=1
	[ "$got_rc" = "$want_rc" ] || ok=0
	[ "$chk_out" = 0 ] || [ "$got_out" = "$want_out" ] || ok=0
	[ "$chk_err" = 0 ] || [ "$got_err" = "$want_err" ] || ok=0
	if [ $ok = 1 ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL $file:$line: $cmd"
		[ "$got_rc" = "$want_rc" ] || echo "  exit status: want $want_rc, got $got_rc"
		if [ "$chk_out" = 1 ] && [ "$got_out" != "$want_out" ]; then
			echo "  stdout:"; diff <(printf '%s\n' "$want_out") <(printf '%s\n' "$got_out") | sed 's/^/    /'
		fi
		if [ "$chk_err" = 1 ] && [ "$got_err" != "$want_err" ]; then
			echo "  stderr:"; diff <(printf '%s\n' "$want_err") <(printf '%s\n' "$got_err") | sed 's/^/    /'
		fi
	fi
}

for file in "$@"; do
	dir=$(mktemp -d "${TMPDIR:-/tmp}/tiaocai-cli.XXXXXX")
	mkdir -p "$dir/bin"
	ln -s "$bin" "$dir/bin/tiaocai"
	envs=(-u LC_ALL -u TIAOCAI_USER -u XDG_DATA_HOME -u MAKEFLAGS -u MFLAGS -u MAKELEVEL "PATH=$dir/bin:$PATH" "HOME=$dir"
	      "LANG=C.UTF-8" "TZ=Asia/Shanghai" "TIAOCAI_DB=$dir/t.db" "TIAOCAI_TODAY=2026-11-22"
	      "TIAOCAI_DATADIR=$top" "DATA=$top/sample-data" "FIX=$top/tests/cli/fixtures" "TOP=$top")
	cmd= ; lineno=0; start=0
	while IFS= read -r l || [ -n "$l" ]; do
		lineno=$((lineno + 1))
		case "$l" in
		'$ '*)
			[ -n "$cmd" ] && run_block "$file" "$start" "$cmd" "$out" "$err" "$rc" "$co" "$ce"
			cmd=${l#\$ }; start=$lineno; out=; err=; rc=0; co=1; ce=1; no=0; ne=0 ;;
		'>*') co=0 ;;
		'!*') ce=0 ;;
		'>'*) v=${l#>}; v=${v# }; if [ $no = 0 ]; then out=$v; else out+=$'\n'$v; fi; no=1 ;;
		'!'*) v=${l#!}; v=${v# }; if [ $ne = 0 ]; then err=$v; else err+=$'\n'$v; fi; ne=1 ;;
		'? '*) rc=${l#? } ;;
		'%env '*)
			[ -n "$cmd" ] && run_block "$file" "$start" "$cmd" "$out" "$err" "$rc" "$co" "$ce"
			cmd=; envs+=("${l#%env }") ;;
		''|'#'*) ;;
		*) echo "$file:$lineno: cannot read this line: $l"; fail=$((fail + 1)) ;;
		esac
	done < "$file"
	[ -n "$cmd" ] && run_block "$file" "$start" "$cmd" "$out" "$err" "$rc" "$co" "$ce"
	rm -rf "$dir"
done
echo "cli: $pass passed, $fail failed"
[ $fail = 0 ]
