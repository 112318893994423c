#!/bin/sh
# tools/depcycles.sh - find dependency circles between the modules of a
# directory of object files.
#
# Usage: tools/depcycles.sh DIR...
#
# Each DIR/*.o is a module, named after its file (app.o is "app").  Module
# A depends on module B when A uses a global symbol that B defines, as `nm`
# tells it; a symbol defined outside DIR (libc, curses, the core library
# seen from the TUI) makes no edge.  Each DIR is a graph of its own.
#
# A circle is a strongly connected component of more than one module (the
# modules that can each reach all the others).  For each one the report
# names its modules and then every edge between them with the symbols that
# make it, so the edge to cut and the function to move can be read off:
#
#   depcycles: build/src/tui: a circle of 2 modules: app docket
#     app -> docket: docket_open docket_ops
#     docket -> app: app_error app_push
#
# Exit status: 0 no circle in any DIR; 1 a circle in at least one; 2 usage
# (no DIR, or a DIR without object files).  POSIX sh, nm -g -P and awk.
set -u

if [ $# -eq 0 ]; then
	echo "usage: tools/depcycles.sh DIR..." >&2
	exit 2
fi

syms=$(mktemp "${TMPDIR:-/tmp}/depcycles.XXXXXX") || exit 2
trap 'rm -f "$syms" "$syms.nm"' EXIT
trap 'exit 2' HUP INT TERM

status=0
for dir in "$@"; do
	set -- "$dir"/*.o
	if [ ! -f "$1" ]; then
		echo "depcycles: $dir: no object files (build first)" >&2
		exit 2
	fi
	# One line per global symbol: "MODULE D|U SYMBOL", and "MODULE M -"
	# so that a module without any still counts.  Weak undefined symbols
	# (w, v) are uses; every other type but U is a definition.
	: >"$syms"
	for obj in "$@"; do
		mod=$(basename "$obj" .o)
		if ! nm -g -P "$obj" >"$syms.nm"; then
			echo "depcycles: nm cannot read $obj" >&2
			exit 2
		fi
		awk -v m="$mod" 'BEGIN { print m, "M", "-" }
		NF >= 2 {
			t = ($2 == "U" || $2 == "w" || $2 == "v") ? "U" : "D"
			print m, t, $1
		}' "$syms.nm" >>"$syms"
	done
	LC_ALL=C sort -u "$syms" | LC_ALL=C awk -v dir="$dir" '
	# Insertion sort of a[1..n] (the lists here are a few dozen long).
	function sort_list(a, n,   i, j, x) {
		for (i = 2; i <= n; i++) {
			x = a[i]
			for (j = i - 1; j >= 1 && a[j] > x; j--)
				a[j + 1] = a[j]
			a[j + 1] = x
		}
	}
	# Tarjan: scc[v] numbers the strongly connected component of v.
	function strong(v,   i, w) {
		idx[v] = low[v] = ++counter
		stk[++sp] = v
		onstk[v] = 1
		for (i = 1; i <= nadj[v]; i++) {
			w = adj[v, i]
			if (!(w in idx)) {
				strong(w)
				if (low[w] < low[v])
					low[v] = low[w]
			} else if (onstk[w] && idx[w] < low[v]) {
				low[v] = idx[w]
			}
		}
		if (low[v] == idx[v]) {
			nscc++
			do {
				w = stk[sp--]
				onstk[w] = 0
				scc[w] = nscc
				size[nscc]++
			} while (w != v)
		}
	}
	{
		if (!($1 in seen)) {
			seen[$1] = 1
			mods[++nmods] = $1
		}
		if ($2 == "M")
			next
		if ($2 == "D")
			def[$3] = ($3 in def) ? def[$3] " " $1 : $1
		else
			use[++nuse] = $1 " " $3
	}
	END {
		# The edges, each with the symbols that make it.  The input is
		# sorted, so every list below comes out in byte order too.
		for (u = 1; u <= nuse; u++) {
			split(use[u], p, " ")
			if (!(p[2] in def))
				continue
			nb = split(def[p[2]], by, " ")
			for (k = 1; k <= nb; k++) {
				if (by[k] == p[1])
					continue
				e = p[1] SUBSEP by[k]
				if (!(e in syms)) {
					adj[p[1], ++nadj[p[1]]] = by[k]
					nedges++
					syms[e] = p[2]
				} else {
					syms[e] = syms[e] " " p[2]
				}
			}
		}
		sort_list(mods, nmods)
		for (i = 1; i <= nmods; i++) {
			v = mods[i]
			n = nadj[v]
			for (j = 1; j <= n; j++)
				tmp[j] = adj[v, j]
			sort_list(tmp, n)
			for (j = 1; j <= n; j++)
				adj[v, j] = tmp[j]
		}
		for (i = 1; i <= nmods; i++)
			if (!(mods[i] in idx))
				strong(mods[i])
		found = 0
		for (i = 1; i <= nmods; i++) {
			c = scc[mods[i]]
			if (size[c] < 2 || (c in told))
				continue
			told[c] = 1
			found++
			line = ""
			for (j = 1; j <= nmods; j++)
				if (scc[mods[j]] == c)
					line = line " " mods[j]
			printf "depcycles: %s: a circle of %d modules:%s\n", dir, size[c], line
			for (j = 1; j <= nmods; j++) {
				v = mods[j]
				if (scc[v] != c)
					continue
				for (k = 1; k <= nadj[v]; k++)
					if (scc[adj[v, k]] == c)
						printf "  %s -> %s: %s\n", v, adj[v, k], syms[v SUBSEP adj[v, k]]
			}
		}
		if (found)
			exit 1
		printf "depcycles: %s: no circle (%d module%s, %d edge%s)\n", dir,
		    nmods, nmods == 1 ? "" : "s", nedges, nedges == 1 ? "" : "s"
	}' || status=1
done
exit $status
