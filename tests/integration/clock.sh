#!/bin/sh
# clock.sh - `storywatch run` across wall-clock jumps, counted from outside.
#
# The daemon runs under libfaketime with its time read from a file
# (FAKETIME_TIMESTAMP_FILE, FAKETIME_NO_CACHE=1): "OFFSET x720", a clock
# 720 times faster than the real one (an hour in 5 s), which this script
# moves while the daemon sleeps by rewriting OFFSET.  The monotonic clock is
# left alone (FAKETIME_DONT_FAKE_MONOTONIC=1), as a real step or a suspend
# leaves it: the fetcher's Retry-After holds, which are monotonic, do not
# move with the wall clock (and at x720 they outlast every phase here).
# tests/httpd.py --clock-file stamps its log with the same fast clock,
# moved at the same moment.
#
# libfaketime turns the daemon's absolute timerfd deadline into a real one
# when it is armed and cannot cancel it when the file changes: the daemon
# wakes at its old deadline (the kernel would wake it at once, ECANCELED
# or expired), and that wake-up is what is checked.
#
# Phase 1, a jump forward of 6 hours (a suspend, or a clock set forward)
# while a host holds off with Retry-After: the feeds due are polled once,
# no burst; the hourly schedule goes on from there; a feed not due yet is
# not polled early; the host whose hold the fetcher keeps does not start a
# cycle every second.  Phase 2, a step back of 6 hours: the feeds polled
# "in the future" are polled again within about one interval, not six
# hours later; a host's Retry-After hold taken "in the future" runs from
# the step, not for six hours more; the fetcher's deferrals do not loop.
# Prints TAP; exits 1 if a check failed, 77 if python3 or libfaketime is
# missing.  SW_KEEP=DIR keeps the logs there.  About 35 s.
set -u

: "${SW_BIN:?SW_BIN must name the built src/storywatch}"
PY=${PYTHON3:-python3}
here=$(cd "$(dirname "$0")" && pwd)
srcdir=${SW_SRCDIR:-$here/../..}
if ! command -v "$PY" >/dev/null 2>&1; then
	echo "1..0 # SKIP python3 not found"
	exit 77
fi
. "$here/common.sh"
if ! ft=$(find_libfaketime); then
	echo "1..0 # SKIP libfaketime not found (Debian: faketime)"
	exit 77
fi

SPEED=720
FAKE0=1764028800 # 2025-11-25 00:00:00 UTC, an hour after httpd.py's newest entry
STEP=21600       # 6 hours

tmp=$(mktemp -d)
pids=
sw_pid=
cleanup() {
	for p in $sw_pid $pids; do
		kill "$p" 2>/dev/null
		wait "$p" 2>/dev/null
	done
	[ -n "${SW_KEEP:-}" ] && cp -r "$tmp" "$SW_KEEP"
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM
cp "$SW_BIN" "$tmp/storywatch"
SW_BIN="$tmp/storywatch"

export HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config"
mkdir -p "$HOME"
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY
unset WATCHDOG_USEC WATCHDOG_PID NOTIFY_SOCKET SW_NOW SW_WAKE_CHECK FAKETIME
export no_proxy=127.0.0.1 NO_PROXY=127.0.0.1

# set_clock FAKE: the daemon's and the servers' clocks read FAKE now
set_clock() {
	"$PY" - "$tmp" "$1" "$SPEED" <<'PYEOF'
import os, sys, time
tmp, fake, speed = sys.argv[1], float(sys.argv[2]), sys.argv[3]
now = time.time()
for name, text in (("ft.rc", "%+.3f x%s\n" % (fake - now, speed)),
                   ("clock", "%.3f %.6f %s\n" % (fake, now, speed))):
    with open(os.path.join(tmp, name + ".new"), "w") as fp:
        fp.write(text)
    os.replace(os.path.join(tmp, name + ".new"), os.path.join(tmp, name))
PYEOF
}
# jump SECONDS: both clocks move by SECONDS (negative: back); the new
# files replace the old ones whole (libfaketime may read at any moment)
jump() {
	"$PY" - "$tmp" "$1" <<'PYEOF'
import os, sys
tmp, d = sys.argv[1], float(sys.argv[2])
rc = open(os.path.join(tmp, "ft.rc")).read().split()
ck = open(os.path.join(tmp, "clock")).read().split()
for name, text in (("ft.rc", "%+.3f %s\n" % (float(rc[0]) + d, rc[1])),
                   ("clock", "%.3f %s %s\n" % (float(ck[0]) + d, ck[1], ck[2]))):
    with open(os.path.join(tmp, name + ".new"), "w") as fp:
        fp.write(text)
    os.replace(os.path.join(tmp, name + ".new"), os.path.join(tmp, name))
PYEOF
}
# the servers' clock now (what they stamp their log lines with)
fake_now() {
	"$PY" -c 'import sys, time; f, r, s = map(float, open(sys.argv[1]).read().split()); print("%.3f" % (f + (time.time() - r) * s))' "$tmp/clock"
}
# sw ARGS...: exec storywatch under the file-driven fake clock (in a
# subshell: `(sw once)`, or `sw run &`, whose $! is then the daemon's)
sw() {
	LC_ALL=C TZ=UTC LD_PRELOAD="$ft" FAKETIME_TIMESTAMP_FILE="$tmp/ft.rc" FAKETIME_NO_CACHE=1 \
		FAKETIME_DONT_FAKE_MONOTONIC=1 SW_FETCH_TIMEOUT=3600 \
		exec "$SW_BIN" -c "$tmp/storywatch.conf" "$@"
}
# make_due NAME: NAME is due now in the state file
make_due() {
	"$PY" -c 'import sqlite3, sys
c = sqlite3.connect(sys.argv[1], timeout=10)
c.execute("UPDATE feeds SET next_due=1 WHERE name=?", (sys.argv[2],))
c.commit()' "$XDG_STATE_HOME/storywatch/state.db" "$1"
}

# phase NAME JUMP HOLD: `once` at FAKE0 polls every feed; `limited` is made
# due again so that `run`, started at FAKE0 + 10 min, takes its 429 with
# Retry-After: HOLD (held in the schedule and in the fetcher); a real
# second later the clock jumps by JUMP; `run` goes on for RUN_AFTER real
# seconds, then SIGTERM.  Writes $tmp/NAME.{err,times,req1.log,req2.log}
# (times: the servers' clock at the jump, JUMP, at the end; CPU ticks of
# `run`; its exit status).
RUN_AFTER=16
phase() {
	export XDG_STATE_HOME="$tmp/state-$1"
	# two servers: the second one's host:port is held by a Retry-After
	for s in 1 2; do
		"$PY" "$srcdir/tests/httpd.py" --port-file "$tmp/$1.port$s" --log "$tmp/$1.req$s.log" \
			--clock-file "$tmp/clock" &
		pids="$pids $!"
	done
	i=0
	while { [ ! -s "$tmp/$1.port1" ] || [ ! -s "$tmp/$1.port2" ]; } && [ $i -lt 100 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	[ -s "$tmp/$1.port1" ] && [ -s "$tmp/$1.port2" ] ||
		{ echo "Bail out! servers did not start"; exit 1; }
	B1="http://127.0.0.1:$(cat "$tmp/$1.port1")"
	B2="http://127.0.0.1:$(cat "$tmp/$1.port2")"
	cat >"$tmp/storywatch.conf" <<EOF
[storywatch]
notify = none
interval = 60m
log_level = debug

[feed h1]
url = $B1/feed/h1
[feed h2]
url = $B1/feed/h2
[feed daily]
url = $B1/feed/daily
interval = 12h

[feed limited]
url = $B2/status/429?ra=$3
[feed neighbour]
url = $B2/feed/neighbour
EOF
	set_clock $FAKE0
	(sw once >/dev/null 2>"$tmp/$1.once.err")
	make_due limited
	set_clock $((FAKE0 + 600))
	sw run 2>"$tmp/$1.err" &
	sw_pid=$!
	sleep 1
	t_jump=$(fake_now)
	jump "$2"
	sleep "$RUN_AFTER"
	t_end=$(fake_now)
	ticks=$(awk '{ print $14 + $15 }' "/proc/$sw_pid/stat" 2>/dev/null || echo -1)
	kill -TERM "$sw_pid"
	rc=0
	wait "$sw_pid" || rc=$?
	sw_pid=
	echo "$t_jump $2 $t_end $ticks $rc" >"$tmp/$1.times"
}

# forward: a 2-hour hold, over in wall-clock time after the jump (the
# schedule's) but not in monotonic time (the fetcher's, which defers the
# host's polls); back: a half-hour hold, taken "in the future", which
# runs from the step: the schedule hands the host's feeds to the fetcher
# again half an hour after it (which defers them, its hold being monotonic)
phase fwd $STEP 7200
phase back -$STEP 1800

"$PY" - "$tmp" "$FAKE0" "$(getconf CLK_TCK)" <<'PYEOF'
import json, re, sys

tmp, fake0, hz = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
MIN = 60.0
n = failed = 0
NAMES = {"/feed/h1": "h1", "/feed/h2": "h2", "/feed/daily": "daily",
         "/feed/neighbour": "neighbour"}


def check(desc, ok, why=""):
    global n, failed
    n += 1
    if not ok:
        failed += 1
    print("%s %d - %s" % ("ok" if ok else "not ok", n, desc))
    if not ok and why:
        print("# " + why)


def fmt(rs, t0):
    return " ".join("%s%+.0f" % (r[1], (r[0] - t0) / MIN) for r in rs) + \
        " (minutes from the jump)"


for label, what in (("fwd", "forward 6 h"), ("back", "back 6 h")):
    t_jump, jump, t_end, ticks, rc = open("%s/%s.times" % (tmp, label)).read().split()
    t_jump, jump, t_end, ticks, rc = float(t_jump), float(jump), float(t_end), int(ticks), int(rc)
    err = open("%s/%s.err" % (tmp, label), errors="replace").read()
    reqs = []
    for s in (1, 2):
        for line in open("%s/%s.req%d.log" % (tmp, label, s)):
            r = json.loads(line)
            reqs.append((r["t"], "limited" if r["path"].startswith("/status/429")
                         else NAMES.get(r["path"], r["path"]), s))
    reqs.sort()
    t_after = t_jump + jump         # the servers' clock just after the jump
    # `once` at FAKE0, then `run` from FAKE0 + 10 min: before the jump the
    # servers' log goes forward in time; after it, it starts again at t_after
    once = [r for r in reqs if fake0 - 60 <= r[0] < fake0 + 300]
    before = [r for r in reqs if fake0 + 300 <= r[0] < t_jump + 60] if jump > 0 else \
        [r for r in reqs if r[0] >= fake0 + 300]
    after = [r for r in reqs if r[0] >= t_after - 60] if jump > 0 else \
        [r for r in reqs if t_after - 60 <= r[0] < fake0 - 60]
    what = "clock " + what
    check("%s: `once` asked for every feed once" % what, len(once) == 5, fmt(once, fake0))
    check("%s: before the jump `run` asks only for the 429 feed it was given" % what,
          [r[1] for r in before] == ["limited"], fmt(before, t_after))
    check("%s: SIGTERM ends run with exit 0" % what, rc == 0, "exit %d" % rc)
    waits = re.findall(r"next cycle in (\d+) s", err)
    ones = waits.count("1")
    check("%s: no cycle every second (%d waits logged, %d of 1 s)" % (what, len(waits), ones),
          ones <= 2 and len(waits) <= 12, " ".join(waits[:40]))
    check("%s: idle between polls: %.2f s of CPU" % (what, ticks / hz), 0 <= ticks < 3 * hz)
    for feed in ("h1", "h2"):
        ts = [r for r in after if r[1] == feed]
        check("%s: %s is polled within an interval of the jump" % (what, feed),
              ts and ts[0][0] - t_after <= 80 * MIN, fmt(ts, t_after))
        gaps = [(b[0] - a[0]) / MIN for a, b in zip(ts, ts[1:])]
        check("%s: %s then keeps its hourly schedule, no burst" % (what, feed),
              len(ts) >= 2 and all(59 <= g <= 80 for g in gaps), fmt(ts, t_after))
    daily = [r for r in after if r[1] == "daily"]
    if jump > 0:
        check("%s: the 12-hourly feed, not due yet, is not polled early" % what,
              not daily, fmt(daily, t_after))
    else:
        check("%s: the 12-hourly feed polled 'in the future' is polled again, once" % what,
              len(daily) == 1, fmt(daily, t_after))
    held = [r for r in after if r[2] == 2]
    check("%s: the host held by the fetcher is not asked" % what, not held, fmt(held, t_after))
    deferred = len(re.findall(r"deferred, its host asked to wait", err))
    check("%s: the held host's feeds are tried again after the jump, now and then "
          "(%d deferred by the fetcher)" % (what, deferred), 2 <= deferred <= 10)

print("1..%d" % n)
sys.exit(1 if failed else 0)
PYEOF
