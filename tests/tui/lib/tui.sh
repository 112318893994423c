# tests/tui/lib/tui.sh - drive tiaocai in a real terminal (tmux) and look at it.
#
# Each test script sources this, calls tui_setup, builds its data with the
# command line, starts the program with tui_start, sends keys and compares
# what the pane shows.  Every test has its own tmux socket, scratch HOME and
# database, a fixed size, LANG=C.UTF-8 and TIAOCAI_TODAY; nothing leaks into
# the user's tmux.  A failed expectation prints the screen and exits 1.

set -u
TUI_BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
TUI_TOP=$(cd "$(dirname "$0")/../.." && pwd)
TUI_NAME=$(basename "$0" .sh)

tui_setup() {
	TUI_DIR=$(mktemp -d)
	TUI_SOCK="tc-$TUI_NAME-$$"
	export HOME="$TUI_DIR" LANG=C.UTF-8 TZ=Asia/Shanghai TIAOCAI_TODAY=${TIAOCAI_TODAY:-2026-11-22}
	export TIAOCAI_DB="$TUI_DIR/t.db" TIAOCAI_DATADIR="$TUI_TOP"
	unset LC_ALL TIAOCAI_USER NO_COLOR TIAOCAI_FORMS
	trap tui_cleanup EXIT
	cd "$TUI_DIR" || exit 1
}

tui_cleanup() {
	tmux -L "$TUI_SOCK" kill-server 2>/dev/null
	rm -rf "$TUI_DIR"
}

# The command line, as the test's clerk.
tc() {
	"$TUI_BIN" "$@"
}

# tui_start COLS ROWS [ENV=VALUE ...]: open the UI on the test database.
tui_start() {
	cols=$1 rows=$2
	shift 2
	tmux -L "$TUI_SOCK" -f /dev/null new-session -d -s t -c "$TUI_DIR" -x "$cols" -y "$rows" \
		"env $* TERM=${TUI_TERM:-tmux-256color} '$TUI_BIN'; echo 程序已退出 \$?; sleep 600"
	tmux -L "$TUI_SOCK" set-option -t t status off >/dev/null
	tmux -L "$TUI_SOCK" resize-window -t t -x "$cols" -y "$rows" 2>/dev/null
	tui_wait "调裁"
}

# Keys by tmux name (Enter, Tab, F2, Escape, BTab, Down...).
tui_keys() {
	tmux -L "$TUI_SOCK" send-keys -t t "$@"
	sleep 0.15
}

# Literal text, Chinese included, as an input method would deliver it.
tui_type() {
	tmux -L "$TUI_SOCK" send-keys -t t -l "$1"
	sleep 0.15
}

tui_screen() {
	tmux -L "$TUI_SOCK" capture-pane -p -t t
}

tui_cursor() {
	tmux -L "$TUI_SOCK" display -p -t t '#{cursor_x} #{cursor_y}'
}

tui_resize() {
	tmux -L "$TUI_SOCK" resize-window -t t -x "$1" -y "$2"
	sleep 0.3
}

tui_fail() {
	echo "FAIL ($TUI_NAME): $*"
	echo "---- screen ----"
	tui_screen
	echo "----------------"
	exit 1
}

# Wait (up to 5 s) until the screen shows text.
tui_wait() {
	i=0
	while [ $i -lt 50 ]; do
		if tui_screen | grep -qF -- "$1"; then
			return 0
		fi
		sleep 0.1
		i=$((i + 1))
	done
	tui_fail "never showed: $1"
}

# The screen shows text now / never shows it.
tui_has() {
	tui_screen | grep -qF -- "$1" || tui_fail "expected on screen: $1"
}
tui_lacks() {
	if tui_screen | grep -qF -- "$1"; then
		tui_fail "should not be on screen: $1"
	fi
}

# Line N (1-based) of the screen, exactly, trailing spaces included.
tui_line() {
	tui_screen | sed -n "${1}p"
}

# Compare the whole screen (or lines FROM-TO) with a golden file.
tui_golden() {
	golden=$1
	shift
	if [ $# -eq 2 ]; then
		tui_screen | sed -n "$1,$2p" >"$TUI_DIR/got"
	else
		tui_screen >"$TUI_DIR/got"
	fi
	if ! diff -u "$golden" "$TUI_DIR/got"; then
		tui_fail "screen differs from $golden"
	fi
}
