# common.sh - sourced by the integration tests that need it (not a test).

# find_libfaketime: prints the path of libfaketime.so.1 (SW_LIBFAKETIME
# first, then where Debian and a local build put it); fails if none is
find_libfaketime() {
	for f in ${SW_LIBFAKETIME:-} /usr/lib/*/faketime/libfaketime.so.1 \
		/usr/lib/faketime/libfaketime.so.1 /usr/local/lib/faketime/libfaketime.so.1; do
		[ -f "$f" ] && { echo "$f"; return 0; }
	done
	return 1
}

# sw_init: the start of every test that runs src/storywatch with
# tests/httpd.py: SW_BIN must be set; sets PY (python3) and srcdir (the
# source tree: SW_SRCDIR, else two levels above the script, $here), and
# puts tests/integration on PYTHONPATH (tap.py); prints
# a TAP skip and exits 77 when python3 is missing.
sw_init() {
	: "${SW_BIN:?SW_BIN must name the built src/storywatch}"
	PY=${PYTHON3:-python3}
	srcdir=${SW_SRCDIR:-$here/../..}
	# the checks on what the servers logged import tap.py from here
	PYTHONPATH="$srcdir/tests/integration${PYTHONPATH:+:$PYTHONPATH}"
	export PYTHONPATH
	if ! command -v "$PY" >/dev/null 2>&1; then
		echo "1..0 # SKIP python3 not found"
		exit 77
	fi
}

# need_libfaketime: sets ft to libfaketime's path; prints a TAP skip and
# exits 77 when it is not installed.
need_libfaketime() {
	if ! ft=$(find_libfaketime); then
		echo "1..0 # SKIP libfaketime not found (Debian: faketime)"
		exit 77
	fi
}

# sw_home: HOME and the XDG config, data and state directories under
# $tmp, so that a test neither reads nor writes the user's; makes HOME.
sw_home() {
	export HOME="$tmp/home" XDG_STATE_HOME="$tmp/state" XDG_DATA_HOME="$tmp/data" \
		XDG_CONFIG_HOME="$tmp/config"
	mkdir -p "$HOME"
}

# sw_scratch: tmp, a new directory removed at exit, and HOME and the XDG
# directories under it (sw_home): the start of a test that has nothing
# else to clean up.
sw_scratch() {
	tmp=$(mktemp -d)
	trap 'rm -rf "$tmp"' EXIT
	sw_home
}

# sw_private_bin: SW_BIN becomes a copy in $tmp, which a rebuild of the
# tree while the test runs cannot swap.
sw_private_bin() {
	cp "$SW_BIN" "$tmp/storywatch"
	SW_BIN="$tmp/storywatch"
}

# loopback_only: the test's servers are on 127.0.0.1, and no proxy of
# the environment may sit in between.
loopback_only() {
	unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY
	export no_proxy=127.0.0.1 NO_PROXY=127.0.0.1
}

# wait_started TENTHS FILE...: waits, at most TENTHS tenths of a second,
# until the helpers a test started are up: every FILE a port file with
# something written in it, or a bound socket.  Fails if one is not.
wait_started() {
	ws_left=$1
	shift
	while :; do
		ws_up=1
		for ws_f in "$@"; do
			[ -s "$ws_f" ] || [ -S "$ws_f" ] || ws_up=0
		done
		[ "$ws_up" = 1 ] && return 0
		[ "$ws_left" -gt 0 ] || return 1
		sleep 0.1
		ws_left=$((ws_left - 1))
	done
}

# wait_until TENTHS COMMAND [ARG...]: runs COMMAND every tenth of a
# second until it succeeds, at most TENTHS tenths; fails if it never does.
# (A wait on a condition, not a fixed sleep: on a loaded machine anything
# can take seconds, and a fixed sleep then ends before it.)
wait_until() {
	wu_left=$1
	shift
	until "$@"; do
		[ "$wu_left" -gt 0 ] || return 1
		sleep 0.1
		wu_left=$((wu_left - 1))
	done
}

# has_lines N PATTERN FILE: FILE has N or more lines with PATTERN (a grep
# pattern); none when it is not there yet.
has_lines() {
	hl_n=$(grep -c -- "$2" "$3" 2>/dev/null)
	[ "${hl_n:-0}" -ge "$1" ]
}

# stop_pids PID...: SIGTERM to each of the test's background processes
# still running, and a wait for it (a clean-up's; empty words are none).
stop_pids() {
	for sp_p in "$@"; do
		kill "$sp_p" 2>/dev/null
		wait "$sp_p" 2>/dev/null
	done
}

# fail MESSAGE: the end of a test that stops at its first failure.
fail() {
	echo "FAIL: $*"
	exit 1
}

# TAP, for a test that runs every check: ok DESC and not_ok DESC print
# the next test point; check DESC COMMAND... passes when COMMAND does;
# tap_done prints the plan and exits 1 if a point failed.
n=0
failed=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; }
check() {
	desc=$1
	shift
	if "$@"; then ok "$desc"; else not_ok "$desc"; fi
}
tap_done() {
	echo "1..$n"
	[ "$failed" -eq 0 ] || { echo "# $failed of $n failed"; exit 1; }
	exit 0
}
