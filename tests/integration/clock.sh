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
# wakes at its old deadline, where the kernel wakes it at once (expired,
# or ECANCELED and armed again).  So each jump is run twice: on the
# timerfd, and with SW_WAKE_CHECK=1 (a GLib timer that looks at the wall
# clock every second, as the daemon does without a timerfd), whose first
# look after the jump stands for the kernel's wake-up (the pause phase
# below only so).
#
# A jump forward of 6 hours (a suspend, or a clock set forward) while a
# host holds off with Retry-After: the feeds due are polled once, no
# burst; the hourly schedule goes on from there; a feed not due yet is not
# polled early; the host the fetcher still holds (its hold is monotonic)
# does not start a cycle every second.  A step back of 6 hours: the feeds
# polled "in the future" are polled again within about one interval (at
# once when looked at), not six hours later; a Retry-After hold taken "in
# the future" runs from the step; the fetcher's deferrals do not loop.  A
# step back while a state file that keeps failing pauses the polls: the
# pause runs from the step, not six hours more.
#
# The five phases run side by side.  Prints TAP; exits 1 if a check
# failed, 77 if python3 or libfaketime is missing.  SW_KEEP=DIR keeps the
# logs there.  About 25 s.
set -u

here=$(cd "$(dirname "$0")" && pwd)
. "$here/common.sh"
sw_init
need_libfaketime

SPEED=720
FAKE0=1764028800 # 2025-11-25 00:00:00 UTC, an hour after httpd.py's newest entry
STEP=21600       # 6 hours

tmp=$(mktemp -d)
cleanup() {
	for p in $(cat "$tmp"/*.pids 2>/dev/null); do
		kill "$p" 2>/dev/null
	done
	wait
	[ -n "${SW_KEEP:-}" ] && cp -r "$tmp" "$SW_KEEP"
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM
sw_private_bin

export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/config"
mkdir -p "$HOME"
loopback_only
unset WATCHDOG_USEC WATCHDOG_PID NOTIFY_SOCKET SW_NOW SW_WAKE_CHECK FAKETIME

# The phases run side by side, each with its own clock files ($P.ft.rc for
# the daemon, $P.clock for its servers), servers, state and logs, all
# named after the phase P.

# set_clock P FAKE [X]: phase P's clocks read FAKE now, and run X (default
# SPEED) times faster than the real one
set_clock() {
	"$PY" - "$tmp/$1" "$2" "${3:-$SPEED}" <<'PYEOF'
import os, sys, time
base, fake, speed = sys.argv[1], float(sys.argv[2]), sys.argv[3]
now = time.time()
for name, text in ((".ft.rc", "%+.3f x%s\n" % (fake - now, speed)),
                   (".clock", "%.3f %.6f %s\n" % (fake, now, speed))):
    with open(base + name + ".new", "w") as fp:
        fp.write(text)
    os.replace(base + name + ".new", base + name)
PYEOF
}
# jump P SECONDS: phase P's clocks move by SECONDS (negative: back); the
# new files replace the old ones whole (libfaketime reads at any moment),
# the servers' first: a request the daemon sends by its new clock is
# stamped by the servers' new one (the other order stamped some by the old
# clock, up to minutes before the jump on a loaded machine, and these
# could not be told from the requests sent before the jump).  In awk, not
# python: the jump comes when it is due, not after an interpreter's
# start-up (over a second on a loaded machine, with a pyenv shim: over an
# hour of the daemon's clock, when its polls fall due).  Prints the
# servers' clock at the jump.
jump() {
	awk -v base="$tmp/$1" -v d="$2" 'BEGIN {
		getline rc <(base ".ft.rc")
		getline ck <(base ".clock")
		split(rc, r, " ")
		split(ck, c, " ")
		printf "%+.3f %s\n", r[1] + d, r[2] >(base ".ft.rc.new")
		printf "%.3f %s %s\n", c[1] + d, c[2], c[3] >(base ".clock.new")
	}'
	j_now=$(date +%s.%N)
	mv -f "$tmp/$1.clock.new" "$tmp/$1.clock"
	mv -f "$tmp/$1.ft.rc.new" "$tmp/$1.ft.rc"
	# (the servers' clock at j_now, a moment before the jump: a request
	# stamped after it and before the jump falls in the minute of margin
	# that split() below gives the jump)
	awk -v now="$j_now" -v d="$2" '{ printf "%.3f\n", $1 - d + (now - $2) * $3 }' "$tmp/$1.clock"
}
# sw P ARGS...: exec storywatch of phase P under its fake clock (in a
# subshell: `(sw P once)`, or `(sw P run) &`, whose $! is then the
# daemon's); SW_FSIZE=BYTES limits the size of the files it writes
sw() {
	p=$1
	shift
	set -- "$SW_BIN" -c "$tmp/$p.conf" "$@"
	[ -n "${SW_FSIZE:-}" ] && set -- "$PY" -c 'import os, resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
n = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (n, n))
os.execv(sys.argv[2], sys.argv[2:])' "$SW_FSIZE" "$@"
	LC_ALL=C TZ=UTC LD_PRELOAD="$ft" FAKETIME_TIMESTAMP_FILE="$tmp/$p.ft.rc" \
		FAKETIME_NO_CACHE=1 FAKETIME_DONT_FAKE_MONOTONIC=1 SW_FETCH_TIMEOUT=3600 \
		XDG_STATE_HOME="$tmp/$p.state" XDG_DATA_HOME="$tmp/$p.data" exec "$@"
}
# sql P STATEMENT: on phase P's state file
sql() {
	"$PY" -c 'import sqlite3, sys
c = sqlite3.connect(sys.argv[1], timeout=10)
c.execute(sys.argv[2])
c.commit()' "$tmp/$1.state/storywatch/state.db" "$2"
}
# servers P: phase P's two servers (the second one's host:port is held by
# a Retry-After); sets B1 and B2
servers() {
	for s in 1 2; do
		"$PY" "$srcdir/tests/httpd.py" --port-file "$tmp/$1.port$s" \
			--log "$tmp/$1.req$s.log" --clock-file "$tmp/$1.clock" &
		echo $! >>"$tmp/$1.pids"
	done
	wait_started 200 "$tmp/$1.port1" "$tmp/$1.port2"
	B1="http://127.0.0.1:$(cat "$tmp/$1.port1" 2>/dev/null)"
	B2="http://127.0.0.1:$(cat "$tmp/$1.port2" 2>/dev/null)"
}
# run_jump P JUMP [VAR=VALUE...]: `run` of phase P (with those variables),
# started at FAKE0 + 10 min; JUMP_AT real seconds after its first cycle
# (the first wait it logs; the start-up before it takes a second or more
# on a loaded machine, which would move the jump before that cycle) its
# clock jumps by JUMP; it goes on for RUN_AFTER real seconds, then
# SIGTERM.  Writes $P.times: the servers' clock at the jump, JUMP, CPU
# ticks of `run`, its exit status.
JUMP_AT=1
RUN_AFTER=16
run_jump() {
	p=$1
	j=$2
	shift 2
	set_clock $p $((FAKE0 + 600))
	(
		[ $# -gt 0 ] && export "$@"
		sw $p run 2>"$tmp/$p.err"
	) &
	pid=$!
	echo $pid >>"$tmp/$p.pids"
	wait_until 300 grep -qs "next cycle in" "$tmp/$p.err" || :
	sleep "$JUMP_AT"
	t_jump=$(jump $p "$j")
	sleep "$RUN_AFTER"
	ticks=$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo -1)
	kill -TERM "$pid"
	rc=0
	wait "$pid" || rc=$?
	echo "$t_jump $j $ticks $rc" >"$tmp/$p.times"
}

# phase P JUMP HOLD [VAR=VALUE...]: `once` at FAKE0 polls every feed (on
# a clock at real speed: on a loaded machine its start alone can take a
# second, 12 minutes at x720, and its requests would stamp as `run`'s);
# `limited` is made due again so that `run` takes its 429 with
# Retry-After: HOLD (held in the schedule and in the fetcher) before the
# jump
phase() {
	p=$1
	servers $p
	cat >"$tmp/$p.conf" <<EOF
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
	set_clock $p $FAKE0 1
	(sw $p once >/dev/null 2>"$tmp/$p.once.err")
	sql $p "UPDATE feeds SET next_due=1 WHERE name='limited'"
	j=$2
	shift 3
	run_jump $p "$j" "$@"
}

# pause P JUMP: a state file that keeps failing (a file size limit, as in
# daemon.sh) pauses the polls, longer each time; the clock jumps during
# a pause.  Looked at only: on the timerfd the pause does not show (the
# timer fires at its old deadline and starts the cycle)
pause() {
	p=$1
	servers $p
	printf '[storywatch]\nnotify = none\ninterval = 60m\nlog_level = debug\n' >"$tmp/$p.conf"
	for f in l1 l2 l3 l4 l5 l6 l7 l8; do
		printf '\n[feed %s]\nurl = %s/feed/%s\n' $f "$B1" $f >>"$tmp/$p.conf"
	done
	set_clock $p $FAKE0 1
	(sw $p once >/dev/null 2>"$tmp/$p.once.err")
	# due again with a body to store, not at first sight
	sql $p "UPDATE feeds SET etag=NULL, last_modified=NULL, body_hash=NULL, next_due=0"
	sql $p "DELETE FROM entries"
	# an hour in a minute: the pauses (30 s, 60 s, ... after the first
	# failed cycles) outlast the looks at the clock (every second); the
	# clock jumps during the third or the fourth (2 or 4 minutes)
	SPEED=60
	JUMP_AT=6.5
	RUN_AFTER=10
	run_jump $p "$2" SW_WAKE_CHECK=1 SW_FSIZE=36864
}

# forward: a 2-hour hold, over in wall-clock time after the jump (the
# schedule's) but not in monotonic time (the fetcher's, which defers the
# host's polls); back: a half-hour hold, taken "in the future", which
# runs from the step: the schedule hands the host's feeds to the fetcher
# again half an hour after it (which defers them, its hold being
# monotonic).  The *look phases wake up every (real) second to look at the
# clock (SW_WAKE_CHECK=1), as the kernel wakes the timerfd at a jump.
phase fwd $STEP 7200 &
phase back -$STEP 1800 &
phase fwdlook $STEP 7200 SW_WAKE_CHECK=1 &
phase backlook -$STEP 1800 SW_WAKE_CHECK=1 &
pause pause -$STEP &
wait

"$PY" - "$tmp" "$FAKE0" "$(getconf CLK_TCK)" <<'PYEOF'
import json, re, sys

from tap import check, done

tmp, fake0, hz = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
MIN = 60.0
NAMES = {"/feed/h1": "h1", "/feed/h2": "h2", "/feed/daily": "daily",
         "/feed/neighbour": "neighbour"}


def fmt(rs, t0):
    return " ".join("%s%+.0f" % (r[1], (r[0] - t0) / MIN) for r in rs) + \
        " (minutes from the jump)"


def load(p):
    try:
        t_jump, jump, ticks, rc = open("%s/%s.times" % (tmp, p)).read().split()
    except (OSError, ValueError):
        return None
    err = open("%s/%s.err" % (tmp, p), errors="replace").read()
    reqs = []
    for s in (1, 2):
        for line in open("%s/%s.req%d.log" % (tmp, p, s)):
            r = json.loads(line)
            path = r["path"]
            reqs.append((r["t"], "limited" if path.startswith("/status/429")
                         else NAMES.get(path, path), s))
    reqs.sort()
    return float(t_jump), float(jump), int(ticks), int(rc), err, reqs


def split(reqs, t_jump, jump):
    """`once` at FAKE0, `run` from FAKE0 + 10 min: the requests before the
    jump, and after it (the servers' clock jumps first: a request sent by
    the daemon's new clock is stamped by their new one)"""
    t_after = t_jump + jump
    once = [r for r in reqs if fake0 - 60 <= r[0] < fake0 + 300]
    if jump > 0:
        before = [r for r in reqs if fake0 + 300 <= r[0] < t_jump + 60]
        after = [r for r in reqs if r[0] >= t_after - 60]
    else:
        before = [r for r in reqs if r[0] >= fake0 + 300]
        after = [r for r in reqs if t_after - 60 <= r[0] < fake0 - 60]
    return once, before, after


for p, what, look in (("fwd", "clock set forward 6 h", False),
                      ("fwdlook", "clock set forward 6 h, looked at", True),
                      ("back", "clock set back 6 h", False),
                      ("backlook", "clock set back 6 h, looked at", True)):
    got = load(p)
    if not got:
        check("%s: the phase ran" % what, False)
        continue
    t_jump, jump, ticks, rc, err, reqs = got
    t_after = t_jump + jump
    once, before, after = split(reqs, t_jump, jump)
    check("%s: `once` asked for every feed once" % what, len(once) == 5, fmt(once, fake0))
    # (the jump comes 1 s, 12 minutes of fast clock, after the first
    # cycle, and h1 and h2 fall due 50 to 62 minutes after that cycle: a
    # jump over 3 real s late, on a loaded machine, lets them be asked
    # before it, but not before their hour is up)
    due = fake0 + 3600 - 60
    early = [r for r in before if r[1] != "limited" and not (r[1] in ("h1", "h2") and r[0] >= due)]
    check("%s: before the jump `run` asks only for the 429 feed it was given" % what,
          [r[1] for r in before].count("limited") == 1 and not early, fmt(before, t_after))
    check("%s: SIGTERM ends run with exit 0" % what, rc == 0, "exit %d" % rc)
    waits = re.findall(r"next cycle in (\d+) s", err)
    ones = waits.count("1")
    # (looked at: every look logs its wait)
    # (12 cycles in the 17 s of `run`, one more for each poll of h1 or h2
    # that a late jump let come before it: these are asked again after a
    # step back, being "in the future")
    late = len([r for r in before if r[1] in ("h1", "h2")])
    check("%s: no cycle every second (%d waits logged, %d of 1 s)" % (what, len(waits), ones),
          ones <= 2 and (look or len(waits) <= 12 + late), " ".join(waits[:40]))
    if not look:  # (looked at: libfaketime's poll() spins on the real-time looks)
        check("%s: idle between polls: %.2f s of CPU" % (what, ticks / hz), 0 <= ticks < 3 * hz)
    # the kernel (or a look) wakes the daemon at the jump; libfaketime's
    # timerfd at the deadline it had, within an interval
    soon = 30 if look else 80
    for feed in ("h1", "h2"):
        ts = [r for r in after if r[1] == feed]
        check("%s: %s is polled within %d minutes of the jump" % (what, feed, soon),
              ts and ts[0][0] - t_after <= soon * MIN, fmt(ts, t_after))
        # (looked at: a poll waits for the first look after its deadline)
        gaps = [(b[0] - a[0]) / MIN for a, b in zip(ts, ts[1:])]
        check("%s: %s then keeps its hourly schedule, no burst" % (what, feed),
              len(ts) >= 2 and all(59 <= g <= (90 if look else 80) for g in gaps),
              fmt(ts, t_after))
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

got = load("pause")
what = "clock set back 6 h, store failing"
if not got:
    check("%s: the phase ran" % what, False)
else:
    t_jump, jump, ticks, rc, err, reqs = got
    t_after = t_jump + jump
    once, before, after = split(reqs, t_jump, jump)
    check("%s: SIGTERM ends run with exit 0" % what, rc == 0, "exit %d" % rc)
    lost = err.find("the results of this poll were lost")
    check("%s: the store fails, and the polls pause, before the jump" % what,
          lost >= 0 and "the state file keeps failing" in err and
          len([r for r in before if r[1] == "/feed/l1"]) >= 2, fmt(before, t_after))
    l1 = [r for r in after if r[1] == "/feed/l1"]
    check("%s: the pause runs from the step: polled again within 10 minutes" % what,
          l1 and l1[0][0] - t_after <= 10 * MIN, fmt(l1, t_after))
    check("%s: the pauses go on growing (%d polls of a feed in the 10 minutes after the jump)"
          % (what, len(l1)), 1 <= len(l1) <= 3, fmt(l1, t_after))

done()
PYEOF
