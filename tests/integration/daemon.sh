#!/bin/sh
# daemon.sh - `storywatch run`: sd_notify, SIGHUP reloads, SIGTERM during
# transfers, a batch of writes the disk cannot take, a suspend (between
# cycles and during one).
#
# A python3 datagram socket stands in for systemd's NOTIFY_SOCKET and
# tests/httpd.py serves the feeds on 127.0.0.1.  Prints TAP; exits 1 if a
# check failed, 77 if python3 is missing.
set -u

here=$(cd "$(dirname "$0")" && pwd)
. "$here/common.sh"
sw_init

tmp=$(mktemp -d)
srv_pid=
ntf_pid=
sw_pid=
cleanup() {
	stop_pids $sw_pid $ntf_pid $srv_pid
	[ -n "${KEEP:-}" ] || rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM
sw_private_bin
sw_home
loopback_only
unset WATCHDOG_USEC WATCHDOG_PID

# wait_for FILE PATTERN TENTHS: until grep finds PATTERN in FILE.  The
# waits for the daemon are 10 s (100 tenths) however soon it answers when
# idle: they cost nothing when it does, and on a loaded machine a reload or
# a look at the clock can take seconds
wait_for() {
	wait_until "$3" grep -qs -- "$2" "$1" && return 0
	echo "# no '$2' in $1 after $3 tenths" >&2
	return 1
}
# ended_after FILE PATTERN N: until FILE has a "next cycle in" after its
# Nth line with PATTERN (a line of a cycle): that cycle ended.  Counting
# "next cycle in" lines is no such wait under SW_WAKE_CHECK=1, where every
# look at the clock (each second) logs one too; in a cycle nothing looks
ended_after() {
	wait_until 100 awk -v pat="$2" -v n="$3" '$0 ~ pat { k++ } k >= n && /next cycle in/ { e = 1 }
		END { exit !e }' "$1" 2>/dev/null && return 0
	echo "# no cycle ended after the line $3 with '$2' in $1 after 100 tenths" >&2
	return 1
}
# count_in FILE PATTERN
count_in() { grep -c -- "$2" "$1" 2>/dev/null || true; }
# make_due [NAME]: feed NAME (all feeds without it) is due now, in the store
# the running daemon reads
make_due() {
	"$PY" -c 'import sqlite3,sys
c=sqlite3.connect(sys.argv[1], timeout=10)
if len(sys.argv) > 2:
    c.execute("UPDATE feeds SET next_due=1 WHERE name=?", (sys.argv[2],))
else:
    c.execute("UPDATE feeds SET next_due=1")
c.commit()' "$XDG_STATE_HOME/storywatch/state.db" "$@"
}
alive() { kill -0 "$sw_pid" 2>/dev/null; }
# stop_run: SIGTERM to the daemon, and a wait for it; sw_pid is none again
stop_run() {
	kill -TERM "$sw_pid"
	wait "$sw_pid"
	sw_pid=
}
# not_rebuilt WHAT FILE FEED DESC: the cycle after FEED's second poll
# ended (check "WHAT: the second cycle ended"), and the daemon of log FILE
# read the stored matches into its threads once, at its start (check DESC)
not_rebuilt() {
	check "$1: the second cycle ended" ended_after "$2" "fetch .*/feed/$3: " 2
	check "$4" [ "$(count_in "$2" "stored matches read")" -eq 1 ]
}

# ---- the HTTP server and the notify socket
"$PY" "$srcdir/tests/httpd.py" --port-file "$tmp/port" --log "$tmp/requests.log" &
srv_pid=$!
"$PY" - "$tmp/notify.sock" "$tmp/notify.log" <<'PYEOF' &
import socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(sys.argv[1])
with open(sys.argv[2], "a") as fp:
    while True:
        data = s.recv(4096)
        for line in data.decode("utf-8", "replace").splitlines():
            fp.write(line + "\n")
        fp.flush()
PYEOF
ntf_pid=$!
wait_started 100 "$tmp/port" "$tmp/notify.sock" ||
	{ echo "Bail out! helpers did not start"; exit 1; }
B="http://127.0.0.1:$(cat "$tmp/port")"
conf="$tmp/storywatch.conf"

write_conf() {
	printf '[storywatch]\nnotify = none\ninterval = 60m\n' >"$conf"
	for f in "$@"; do
		printf '\n[feed %s]\nurl = %s/feed/%s\n' "$f" "$B" "$f" >>"$conf"
	done
}

# ---- 1: READY, reloads, STOPPING, WATCHDOG
write_conf a b
: >"$tmp/notify.log"
NOTIFY_SOCKET="$tmp/notify.sock" WATCHDOG_USEC=400000 \
	"$SW_BIN" -c "$conf" run 2>"$tmp/run1.err" &
sw_pid=$!
check "READY=1 after start" wait_for "$tmp/notify.log" "^READY=1" 100
check "STATUS= sent" wait_for "$tmp/notify.log" "^STATUS=" 100
check "WATCHDOG=1 sent when WATCHDOG_USEC is set" wait_for "$tmp/notify.log" "^WATCHDOG=1" 100
rc=0
timeout 10 "$SW_BIN" -c "$conf" run 2>"$tmp/second.err" || rc=$?
check "a second run on the same state exits 1 at once" [ "$rc" -eq 1 ]
check "and says why" grep -q "another 'storywatch run'" "$tmp/second.err"

write_conf a b c
kill -HUP "$sw_pid"
check "SIGHUP with a good config reloads it" wait_for "$tmp/run1.err" "reloaded" 100
check "RELOADING=1 sent, with MONOTONIC_USEC" \
	sh -c "grep -q '^RELOADING=1\$' '$tmp/notify.log' && grep -q '^MONOTONIC_USEC=[0-9][0-9]*\$' '$tmp/notify.log'"
# the datagram may reach the listener's log a moment after the log line
check "READY=1 again after the reload" \
	wait_until 100 has_lines 2 '^READY=1' "$tmp/notify.log"

printf '[storywatch]\nnotify = none\ninterval = 60m\nmax_concurrent = many\n' >"$conf"
kill -HUP "$sw_pid"
check "SIGHUP with a bad config names file:line" wait_for "$tmp/run1.err" "storywatch.conf:4" 100
check "the bad config is refused, the old one kept" grep -q "keeping" "$tmp/run1.err"
sleep 0.3
check "still running after a bad config" alive

write_conf a b
kill -HUP "$sw_pid"
check "a good config after a bad one loads" \
	wait_until 100 has_lines 2 'reloaded' "$tmp/run1.err"

kill -TERM "$sw_pid"
rc=0
wait "$sw_pid" || rc=$?
sw_pid=
check "SIGTERM when idle: exit 0" [ "$rc" -eq 0 ]
check "STOPPING=1 sent" grep -q "^STOPPING=1" "$tmp/notify.log"

# ---- 1a: signals sent before the handlers exist (a reload right after a
# start, while the topics compile) wait for them; here the daemon starts
# with the signal already blocked and pending, the way one sent during its
# set-up is held.  held SIG LOG: start it so, in the background
held() {
	"$PY" - "$SW_BIN" "$conf" "$2" "$1" <<'PYEOF' &
import os, signal, sys
sig = getattr(signal, sys.argv[4])
signal.pthread_sigmask(signal.SIG_BLOCK, {sig})
os.kill(os.getpid(), sig)
fd = os.open(sys.argv[3], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
os.dup2(fd, 2)
os.execv(sys.argv[1], [sys.argv[1], "-c", sys.argv[2], "run"])
PYEOF
	sw_pid=$!
}
write_conf a
held SIGHUP "$tmp/run1a.err"
check "a SIGHUP held during set-up reloads once the loop runs" \
	wait_for "$tmp/run1a.err" "reloaded" 100
kill -TERM "$sw_pid"
wait "$sw_pid" || true
held SIGTERM "$tmp/run1a2.err"
i=0
while alive && [ $i -lt 100 ]; do
	sleep 0.1
	i=$((i + 1))
done
rc=0
if alive; then
	kill -KILL "$sw_pid"
	rc=137
fi
wait "$sw_pid" || rc=$?
sw_pid=
check "a SIGTERM held during set-up stops it: exit 0" [ "$rc" -eq 0 ]

# offline (no default route; a route table with none stands in for the
# machine's): STATUS= says so
printf 'Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n' \
	>"$tmp/noroute"
printf '[storywatch]\nnotify = none\ninterval = 60m\n\n[feed off]\nurl = http://127.0.0.1:1/f\n' \
	>"$conf"
: >"$tmp/notify.log"
SW_ROUTE_FILES="$tmp/noroute" NOTIFY_SOCKET="$tmp/notify.sock" SW_WAKE_CHECK=1 \
	"$SW_BIN" -c "$conf" run 2>"$tmp/run1o.err" &
sw_pid=$!
wait_for "$tmp/run1o.err" "started" 100 && make_due off
check "offline: STATUS= says so" wait_for "$tmp/notify.log" "^STATUS=.*offline" 100
check "offline: logged once" wait_for "$tmp/run1o.err" "no network" 100
stop_run

# ---- 1b: a reload changes the transfer limits too: four feeds of one
# host, max_per_host 2 at start and 1 after SIGHUP; then they are made due
# (SW_WAKE_CHECK=1: the daemon sees it within a second) and the server
# counts the transfers in flight.
printf '[storywatch]\nnotify = none\ninterval = 60m\nmax_per_host = 2\n' >"$conf"
for k in 1 2 3 4; do printf '\n[feed c%s]\nurl = %s/conc/c%s\n' "$k" "$B" "$k" >>"$conf"; done
SW_WAKE_CHECK=1 "$SW_BIN" -c "$conf" run 2>"$tmp/run1b.err" &
sw_pid=$!
check "limits: started" wait_for "$tmp/run1b.err" "started" 100
sleep 0.5
sed -i 's/^max_per_host = 2$/max_per_host = 1/' "$conf"
kill -HUP "$sw_pid"
check "limits: reloaded" wait_for "$tmp/run1b.err" "reloaded" 100
: >"$tmp/requests.log"
make_due
check "limits: the feeds are polled" \
	wait_until 100 has_lines 4 '/conc/c' "$tmp/requests.log"
check "after SIGHUP, max_per_host = 1 holds: one transfer at a time to the host" \
	"$PY" -c 'import json,sys
rows=[json.loads(l) for l in open(sys.argv[1]) if "/conc/" in l]
m=max(r["inflight"] for r in rows)
assert m == 1, m' "$tmp/requests.log"
stop_run

# ---- 1c: a feed whose results were lost (here a trigger refuses to save
# it, once) is fetched again at the next cycle; if a reload drops the feed
# first, nothing is left to fetch again, and the daemon sleeps until its
# next deadline rather than starting a cycle every second.
# refuse_row FEED: a trigger makes the store refuse FEED's row until the
# table failonce is emptied (or dropped)
refuse_row() {
	"$PY" - "$XDG_STATE_HOME/storywatch/state.db" "$1" <<'PYEOF'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.executescript("""CREATE TABLE failonce(x);
INSERT INTO failonce VALUES (1);
CREATE TRIGGER failonce BEFORE UPDATE ON feeds
  WHEN NEW.name = '%s' AND (SELECT count(*) FROM failonce) > 0
  BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;""" % sys.argv[2])
PYEOF
}

write_conf k1 k2
T2=1950000000
SW_NOW=$T2 "$SW_BIN" -c "$conf" once >/dev/null 2>&1
refuse_row k1
SW_NOW=$((T2 + 86400)) "$SW_BIN" -v -c "$conf" run 2>"$tmp/run1c.err" &
sw_pid=$!
check "refetch: k1's results were lost" wait_for "$tmp/run1c.err" "feed/k1: could not save" 100
write_conf k2
kill -HUP "$sw_pid"
"$PY" -c 'import sqlite3,sys
c=sqlite3.connect(sys.argv[1], timeout=10)
c.executescript("DELETE FROM failonce; DROP TRIGGER failonce; DROP TABLE failonce;")' \
	"$XDG_STATE_HOME/storywatch/state.db"
check "refetch: reloaded" wait_for "$tmp/run1c.err" "reloaded" 100
sleep 3
check "a feed dropped by a reload is not waited for: no cycle every second" \
	[ "$(count_in "$tmp/run1c.err" "next cycle in 1 s")" -le 2 ]
stop_run

# ---- 1d: a feed that does not parse changes no thread: the next cycle
# does not read the stored matches again to rebuild them (it did after
# every unreadable body, months of matches each time)
printf '[storywatch]\nnotify = none\ninterval = 60m\n' >"$conf"
printf '\n[feed junk]\nurl = %s/status/200\n\n[feed fine]\nurl = %s/feed/fine\n' "$B" "$B" >>"$conf"
T3=1960000000
SW_NOW=$T3 "$SW_BIN" -c "$conf" once >/dev/null 2>&1
SW_NOW=$((T3 + 86400)) SW_WAKE_CHECK=1 "$SW_BIN" -v -c "$conf" run 2>"$tmp/run1d.err" &
sw_pid=$!
check "unparsable: polled" wait_for "$tmp/run1d.err" "/status/200: " 100
check "unparsable: the cycle ended" wait_for "$tmp/run1d.err" "next cycle in" 100
make_due fine
check "unparsable: a second cycle" \
	wait_until 100 has_lines 2 'fetch .*/feed/fine: ' "$tmp/run1d.err"
# (where a rebuild would have read the stored matches: a fixed 0.5 s could
# end before it on a loaded machine, and the check below pass whatever
# the cycle did)
not_rebuilt unparsable "$tmp/run1d.err" fine \
	"a feed that does not parse does not make the next cycle rebuild the threads"
stop_run

# ---- 1g: a feed whose results could not be saved (a trigger refuses its
# row, once) is fetched again, and the threads are not rebuilt for it: the
# threader sees a cycle's entries only once all its feeds are stored
# (match_turn), so a feed's rollback or a lost batch undoes nothing it saw
printf '[storywatch]\nnotify = none\ninterval = 60m\n' >"$conf"
printf '\n[feed lost]\nurl = %s/feed/lost\n' "$B" >>"$conf"
T4=1970000000
SW_NOW=$T4 "$SW_BIN" -c "$conf" once >/dev/null 2>&1
refuse_row lost
SW_NOW=$((T4 + 86400)) SW_WAKE_CHECK=1 "$SW_BIN" -v -c "$conf" run 2>"$tmp/run1g.err" &
sw_pid=$!
check "lost results: its row was refused" wait_for "$tmp/run1g.err" "feed/lost: could not save" 100
"$PY" -c 'import sqlite3,sys
c=sqlite3.connect(sys.argv[1], timeout=10)
c.executescript("DELETE FROM failonce; DROP TRIGGER failonce; DROP TABLE failonce;")' \
	"$XDG_STATE_HOME/storywatch/state.db"
check "lost results: fetched again" \
	wait_until 100 has_lines 2 'fetch .*/feed/lost: ' "$tmp/run1g.err"
not_rebuilt "lost results" "$tmp/run1g.err" lost \
	"a feed whose results were lost does not make the next cycle rebuild the threads"
stop_run

# ---- 1f: the stored matches that a new threader reads could not be read
# (here the threads table is away): they are read again at the next cycle,
# not forgotten until the daemon restarts
rename_table() {
	"$PY" -c 'import sqlite3, sys
c = sqlite3.connect(sys.argv[1], timeout=10)
c.execute("ALTER TABLE %s RENAME TO %s" % (sys.argv[2], sys.argv[3]))
c.commit()' "$XDG_STATE_HOME/storywatch/state.db" "$1" "$2"
}
write_conf thr
rename_table threads threads_away
SW_WAKE_CHECK=1 "$SW_BIN" -v -c "$conf" run 2>"$tmp/run1f.err" &
sw_pid=$!
check "threads unreadable: the cycle ended" wait_for "$tmp/run1f.err" "next cycle in" 100
check "threads unreadable: SQLite's reason is given" \
	grep -q "could not be read (no such table: threads)" "$tmp/run1f.err"
rename_table threads_away threads
before=$(wc -l <"$tmp/run1f.err")
make_due thr
check "threads unreadable: a second cycle" wait_for "$tmp/run1f.err" "fetch .*/feed/thr: " 100
check "stored matches that could not be read are read at the next cycle" \
	sh -c "tail -n +$((before + 1)) '$tmp/run1f.err' | grep -q 'stored matches read'"
stop_run

# ---- 1h: a daemon that runs for months does not hold every match since
# its start: once its threader has been given more matches than it was
# built from (and SW_THREADER_REBUILD_MIN, here 10), the next cycle
# builds it again from the window's stored matches; a cycle that adds
# nothing then leaves it be.  The topic matches every entry of /feed/
# ("NAME story N"); the clock is a day after them, inside the window.
# The first cycle polls nothing (new feeds' first polls are spread over
# an interval), so the feeds are made due for each of the next three:
# the second stores 60 matches, the third rebuilds and gets 304s, the
# fourth adds nothing
write_conf r1 r2 r3
printf '\n[topic t]\nterm.s = story\nrequire = s\nthreshold = 1\n' >>"$conf"
SW_NOW=1764115200 SW_WAKE_CHECK=1 SW_THREADER_REBUILD_MIN=10 "$SW_BIN" -v -c "$conf" run \
	2>"$tmp/run1h.err" &
sw_pid=$!
check "rebuild: the first cycle ended" wait_for "$tmp/run1h.err" "next cycle in" 100
for c in 1 2 3; do
	make_due
	check "rebuild: cycle $((c + 1)) polled" \
		wait_until 100 has_lines "$c" 'fetch .*/feed/r3: ' "$tmp/run1h.err"
	check "rebuild: cycle $((c + 1)) ended" ended_after "$tmp/run1h.err" 'fetch .*/feed/r3: ' "$c"
done
check "a threader given more matches than it read is built again from the store" \
	grep -q "threads: 60 stored matches read" "$tmp/run1h.err"
check "once, and not again after a cycle that added none" \
	[ "$(count_in "$tmp/run1h.err" "stored matches read")" -eq 2 ]
stop_run

# ---- 1e: a feed that a reload adds is taken up at once (its row made and
# its first poll spread over an interval, as at start), not at the next
# deadline of the others; with no feed before the reload, that was 24 h
write_conf
"$SW_BIN" -v -c "$conf" run 2>"$tmp/run1e.err" &
sw_pid=$!
check "added by a reload: started" wait_for "$tmp/run1e.err" "next cycle in" 100
write_conf added
kill -HUP "$sw_pid"
check "added by a reload: reloaded" wait_for "$tmp/run1e.err" "reloaded" 100
check "a feed added by a reload gets its row and first deadline at once" "$PY" -c '
import sqlite3, sys, time
for i in range(100):
    c = sqlite3.connect(sys.argv[1], timeout=10)
    n = c.execute("SELECT count(*) FROM feeds WHERE name = ? AND next_due > 0",
                  ("added",)).fetchone()[0]
    c.close()
    if n == 1:
        sys.exit(0)
    time.sleep(0.1)
sys.exit(1)' "$XDG_STATE_HOME/storywatch/state.db"
stop_run

# ---- 2: SIGTERM during transfers that never end
# First poll them once with a short timeout, so that they have a deadline;
# then run at a time when they are all due (first polls are staggered).
printf '[storywatch]\nnotify = none\ninterval = 60m\nmax_per_host = 2\n' >"$conf"
for k in 1 2 3; do printf '\n[feed slow%s]\nurl = %s/slow?%s\n' "$k" "$B" "$k" >>"$conf"; done
T0=1800000000
SW_NOW=$T0 SW_FETCH_TIMEOUT=1 "$SW_BIN" -c "$conf" once >/dev/null 2>&1
: >"$tmp/requests.log"
: >"$tmp/notify.log"
SW_NOW=$((T0 + 86400)) NOTIFY_SOCKET="$tmp/notify.sock" \
	"$SW_BIN" -c "$conf" run 2>"$tmp/run2.err" &
sw_pid=$!
check "transfers running" wait_for "$tmp/requests.log" "/slow" 100
sleep 0.5
start=$(date +%s)
kill -TERM "$sw_pid"
i=0
while alive && [ $i -lt 100 ]; do
	sleep 0.1
	i=$((i + 1))
done
took=$(($(date +%s) - start))
rc=0
if alive; then
	rc=124
	kill -KILL "$sw_pid"
fi
wait "$sw_pid" || rc=$?
sw_pid=
check "SIGTERM during transfers: exit 0" [ "$rc" -eq 0 ]
check "SIGTERM during transfers: gone within 5 s" [ "$took" -le 5 ]
check "STOPPING=1 sent during transfers" grep -q "^STOPPING=1" "$tmp/notify.log"
check "at most 2 transfers ran at once to the host" [ "$(count_in "$tmp/requests.log" /slow)" -le 2 ]
"$SW_BIN" -c "$conf" status --json >"$tmp/status.jsonl"
check "aborted transfers are not recorded as failures" \
	"$PY" -c 'import json,sys
rows=[json.loads(l) for l in open(sys.argv[1]) if l.strip()]
rows=[r for r in rows if r["name"].startswith("slow")]
assert len(rows) == 3, rows
for r in rows:
    assert r["errors"] == 1 and r["last_error"] == "timeout", r' "$tmp/status.jsonl"

# ---- 3: a batch the disk cannot take: under a file size limit SQLite's
# writes fail when the batch commits.  Every feed of the batch is named
# in the log with SQLite's reason and fetched again at the next cycle;
# its validators were lost with its entries, so once the disk takes
# them, every entry is stored.
write_conf l1 l2 l3 l4 l5 l6 l7 l8
T1=1900000000
SW_NOW=$T1 "$SW_BIN" -c "$conf" once >/dev/null 2>&1
db="$XDG_STATE_HOME/storywatch/state.db"
# due again with a body to store, not at first sight (no staggering)
"$PY" -c 'import sqlite3,sys
c=sqlite3.connect(sys.argv[1])
c.execute("UPDATE feeds SET etag=NULL, last_modified=NULL, body_hash=NULL, next_due=0")
c.execute("DELETE FROM entries")
c.commit()' "$db"
: >"$tmp/requests.log"
# 36 KiB: the WAL index (32 KiB) fits, the batch of 160 entries does not
SW_NOW=$T1 "$PY" -c 'import os,resource,signal,sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
n=int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (n, n))
os.execv(sys.argv[2], sys.argv[2:])' 36864 "$SW_BIN" -c "$conf" run 2>"$tmp/run3.err" &
sw_pid=$!
check "a lost batch names its feeds" wait_for "$tmp/run3.err" "/feed/l8: the results of this poll were lost" 100
check "every feed of the lost batch is named, with SQLite's reason" \
	sh -c "[ \$(grep -c '/feed/l[1-8]: the results of this poll were lost ([a-z]' '$tmp/run3.err') -ge 8 ]"
check "the feeds of a lost batch are fetched again" \
	wait_until 100 has_lines 2 '/feed/l1' "$tmp/requests.log"
# the disk still cannot take them: the next cycles wait (30 s, then
# longer) instead of fetching every feed again each second
sleep 4
check "a store that keeps failing pauses the polls" [ "$(count_in "$tmp/requests.log" /feed/l1)" -le 3 ]
check "the pause is logged" grep -q "the state file keeps failing" "$tmp/run3.err"
stop_run
SW_NOW=$T1 "$SW_BIN" -c "$conf" once >/dev/null 2>"$tmp/once3.err"
check "once the disk takes them, every entry is stored" \
	"$PY" -c 'import sqlite3,sys
n=sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM entries").fetchone()[0]
assert n == 160, n' "$db"

# ---- 4: a machine that sleeps.  GLib's timers stand still during a
# suspend, the wall clock does not: under libfaketime (its wall clock from
# a file, the monotonic clock real) the clock jumps a day after the daemon
# armed its timer for about an hour; the feed is polled at once, not after
# the rest of that hour.  SW_WAKE_CHECK=1: the timer looks every second.
if ft=$(find_libfaketime); then
	write_conf sleeper
	echo "@2027-03-01 12:00:00" >"$tmp/clock"
	# env execs storywatch: $! is the daemon
	faked="env LD_PRELOAD=$ft FAKETIME_TIMESTAMP_FILE=$tmp/clock FAKETIME_NO_CACHE=1"
	faked="$faked FAKETIME_DONT_FAKE_MONOTONIC=1 SW_WAKE_CHECK=1"
	$faked "$SW_BIN" -c "$conf" once >/dev/null 2>&1
	: >"$tmp/requests.log"
	$faked "$SW_BIN" -v -c "$conf" run 2>"$tmp/run4.err" &
	sw_pid=$!
	check "asleep: the next poll is an hour or more away" wait_for "$tmp/run4.err" "next cycle in [0-9][0-9][0-9][0-9]* s" 100
	echo "@2027-03-02 12:00:00" >"$tmp/clock"
	check "after a suspend of a day the due feed is polled at once" \
		wait_for "$tmp/requests.log" "/feed/sleeper" 100
	stop_run
else
	ok "# SKIP libfaketime not found (Debian: faketime)"
	ok "# SKIP libfaketime not found (Debian: faketime)"
fi

# ---- 5: a cycle across a long suspend.  Under libfaketime the wall clock
# jumps 9 days while `once` waits on a transfer that trickles (monotonic
# timeouts, SW_FETCH_TIMEOUT=3): the digest of the day the cycle ends on
# is written (the days rewritten were the 8 from the day it began).
if ft=$(find_libfaketime); then
	printf '[storywatch]\nnotify = none\n\n[feed slow]\nurl = %s/slow?long\n' "$B" >"$conf"
	echo "@2027-04-01 12:00:00" >"$tmp/clock5"
	: >"$tmp/requests.log"
	env LD_PRELOAD="$ft" FAKETIME_TIMESTAMP_FILE="$tmp/clock5" FAKETIME_NO_CACHE=1 \
		FAKETIME_DONT_FAKE_MONOTONIC=1 SW_FETCH_TIMEOUT=3 \
		"$SW_BIN" -c "$conf" once --force >"$tmp/out5" 2>"$tmp/err5" &
	once_pid=$!
	wait_for "$tmp/requests.log" "/slow?long" 100 || :
	echo "@2027-04-10 12:00:00" >"$tmp/clock5"
	wait "$once_pid" || :
	check "a cycle across a suspend of 9 days writes the digest of the day it ends" \
		grep -q "^digest: .*/2027-04-10.md" "$tmp/out5"
else
	ok "# SKIP libfaketime not found (Debian: faketime)"
fi

tap_done
