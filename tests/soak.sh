#!/bin/sh
# soak.sh - `storywatch run` for many simulated days against feeds that go
# on (tests/httpd.py /live), watched from outside: memory, descriptors and
# the store's files must level off once the thread window is full, and
# nothing a server sent may be lost.  Not part of `make check`: `make soak`
# runs it (SOAK_SECONDS, 600 by default; SOAK_FEEDS, 100).
#
# The daemon runs under libfaketime, its clock SOAK_SPEED (1440) times
# faster than the real one: a simulated day a real minute.  Each /live
# feed publishes an item an hour, some on the default topic (stories that
# change daily, wire copy shared by feeds), and is polled every 60
# simulated minutes; thread_window is 2 days, so the threader's memory is
# full after the first two, and keep_unmatched_text 1 day, so that the
# bodies of the old unmatched entries are dropped as the run goes.  In the first 30 % of the run the daemon is
# told to reload every SIGHUP_EVERY real seconds (a tenth of the run, at
# least 2), and then not: a reload builds the threads anew, and would hide
# a threader that grows.  Every 20 s `storywatch status --json` reads the
# store beside it.  Samples of VmRSS, open descriptors and the sizes of
# state.db and its WAL are taken every 2 s (SOAK_KEEP=DIR keeps them and
# the logs there).  Prints TAP; exits 1 if a check failed, 77 if python3
# or libfaketime is missing.
set -u

here=$(cd "$(dirname "$0")" && pwd)
SW_SRCDIR=${SW_SRCDIR:-$here/..}
. "$here/integration/common.sh"
sw_init
need_libfaketime

SECONDS_TOTAL=${SOAK_SECONDS:-600}
FEEDS=${SOAK_FEEDS:-100}
SPEED=${SOAK_SPEED:-1440}
HUP_EVERY=${SIGHUP_EVERY:-$(((SECONDS_TOTAL / 10) > 2 ? SECONDS_TOTAL / 10 : 2))}
FAKE0=1767571200 # 2026-01-05 00:00:00 UTC

tmp=$(mktemp -d)
pids=
sw_pid=
cleanup() {
	stop_pids $sw_pid $pids
	if [ -n "${SOAK_KEEP:-}" ]; then
		mkdir -p "$SOAK_KEEP" && cp "$tmp"/*.log "$tmp"/*.err "$tmp"/samples "$SOAK_KEEP"/ 2>/dev/null
	fi
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM
sw_private_bin
sw_home
loopback_only
unset WATCHDOG_USEC WATCHDOG_PID NOTIFY_SOCKET SW_NOW SW_WAKE_CHECK

for s in 1 2; do
	"$PY" "$srcdir/tests/httpd.py" --port-file "$tmp/port$s" --log "$tmp/req$s.log" \
		--clock-file "$tmp/clock" &
	pids="$pids $!"
done
wait_started 100 "$tmp/port1" "$tmp/port2" || { echo "Bail out! servers did not start"; exit 1; }

{
	printf '[storywatch]\nnotify = stdout\ninterval = 60m\nthread_window = 2d\n'
	printf 'keep_unmatched_text = 1d\n'
	printf 'max_concurrent = 8\nmax_per_host = 4\n'
	i=0
	while [ "$i" -lt "$FEEDS" ]; do
		printf '\n[feed live%d]\nurl = http://127.0.0.1:%s/live/f%d\n' "$i" \
			"$(cat "$tmp/port$((i % 2 + 1))")" "$i"
		i=$((i + 1))
	done
	# the default topic, from the documented configuration
	sed -n '/^\[topic /,$p' "$srcdir/conf/storywatch.conf"
} >"$tmp/storywatch.conf"

db="$XDG_STATE_HOME/storywatch/state.db"
echo "$FAKE0 $(date +%s.%N) $SPEED" >"$tmp/clock"
TZ=UTC LD_PRELOAD="$ft" FAKETIME="@$(date -u -d "@$FAKE0" '+%Y-%m-%d %H:%M:%S') x$SPEED" \
	SW_FETCH_TIMEOUT=86400 "$SW_BIN" -c "$tmp/storywatch.conf" run >"$tmp/alerts.out" \
	2>"$tmp/run.err" &
sw_pid=$!

# samples: real seconds since start, VmRSS (kB), descriptors, state.db
# and WAL sizes (bytes), CPU ticks used; the reloads and status runs
# between them
start=$(date +%s)
elapsed=0
status_failed=0
status_runs=0
hups=0
next_hup=$HUP_EVERY
next_status=0
: >"$tmp/samples"
while [ "$elapsed" -lt "$SECONDS_TOTAL" ]; do
	kill -0 "$sw_pid" 2>/dev/null || break
	rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$sw_pid/status" 2>/dev/null)
	fds=$(ls "/proc/$sw_pid/fd" 2>/dev/null | wc -l)
	dbs=$(stat -c %s "$db" 2>/dev/null || echo 0)
	wal=$(stat -c %s "$db-wal" 2>/dev/null || echo 0)
	ticks=$(awk '{ print $14 + $15 }' "/proc/$sw_pid/stat" 2>/dev/null)
	echo "$elapsed ${rss:-0} $fds $dbs $wal ${ticks:-0}" >>"$tmp/samples"
	if [ "$elapsed" -ge "$next_hup" ] && [ "$elapsed" -lt $((SECONDS_TOTAL * 3 / 10)) ]; then
		kill -HUP "$sw_pid" && hups=$((hups + 1))
		next_hup=$((next_hup + HUP_EVERY))
	fi
	if [ "$elapsed" -ge "$next_status" ]; then
		status_runs=$((status_runs + 1))
		"$SW_BIN" -c "$tmp/storywatch.conf" status --json >"$tmp/status.json" \
			2>>"$tmp/status.err" || status_failed=$((status_failed + 1))
		next_status=$((next_status + 20))
	fi
	sleep 2
	elapsed=$(($(date +%s) - start))
done
alive=0
kill -0 "$sw_pid" 2>/dev/null && alive=1
kill -TERM "$sw_pid" 2>/dev/null
rc=0
wait "$sw_pid" || rc=$?
sw_pid=
days=$(awk -v e="$elapsed" -v s="$SPEED" 'BEGIN { printf "%d", e * s / 86400 }')
echo "# $elapsed real s, $days simulated days, $FEEDS feeds, $hups reloads," \
	"$status_runs status runs ($status_failed failed)"

"$PY" - "$tmp" "$db" "$XDG_DATA_HOME/storywatch/digest" "$alive" "$rc" "$status_failed" \
	"$days" "$hups" <<'PYEOF'
import collections, json, os, re, sqlite3, sys

from tap import check, done

tmp, db, digest_dir = sys.argv[1], sys.argv[2], sys.argv[3]
alive, rc, status_failed, days, hups = (int(x) for x in sys.argv[4:9])


check("the daemon ran to the end", alive == 1)
check("and stopped with status 0 on SIGTERM", rc == 0, "exit status %d" % rc)
check("`status --json` read the store beside it every time", status_failed == 0,
      "%d runs failed: %s" % (status_failed, open(tmp + "/status.err").read()[-300:]))

log = open(tmp + "/run.err").read()
reloads = log.count("configuration reloaded")
# (two signals that come during one cycle are one reload after it)
check("SIGHUP reloaded the configuration (%d signals)" % hups, 0 < reloads <= hups,
      "%d reloads logged" % reloads)
err = [l for l in log.splitlines(True) if re.match(r"storywatch: (warning|error): ", l)]
check("no warning or error in its log", not err, "".join(err[:5]))

# nothing lost: each item a server sent in a 200 is stored, but those of
# a feed's last 200 (a transfer SIGTERM may have cut short)
sent = collections.defaultdict(list)
for s in (1, 2):
    for line in open("%s/req%d.log" % (tmp, s)):
        r = json.loads(line)
        if "live" in r:
            sent[r["live"]].append((r["t"], r["lo"], r["hi"]))
con = sqlite3.connect(db)
uids = set(u for (u,) in con.execute("SELECT uid FROM entries"))
want = set()
for name, got in sent.items():
    for t, lo, hi in sorted(got)[:-1]:
        want.update("live-%s-%d" % (name, k) for k in range(lo, hi + 1))
lost = sorted(want - uids)
check("every item the servers sent is stored (%d items)" % len(want), want and not lost,
      "%d lost, e.g. %s" % (len(lost), lost[:5]))

matches = con.execute("SELECT count(*) FROM matches").fetchone()[0]
threads = con.execute("SELECT count(*) FROM threads").fetchone()[0]
unthreaded = con.execute("SELECT count(*) FROM matches WHERE thread_id IS NULL").fetchone()[0]
print("# %d entries, %d matches in %d threads" % (len(uids), matches, threads))
check("the topic matched entries and threaded them", matches > 0 and threads > 0
      and unthreaded == 0, "%d matches, %d threads, %d without one" % (matches, threads, unthreaded))
# keep_unmatched_text (1d): the bodies of the unmatched entries first seen
# more than a day and a cycle before the last are dropped, the matched
# ones' kept
last = con.execute("SELECT max(first_seen) FROM entries").fetchone()[0] or 0
unm = "NOT EXISTS (SELECT 1 FROM matches m WHERE m.entry_id = e.id)"
old_kept, trimmed = con.execute(
    "SELECT count(content), count(*) - count(content) FROM entries e WHERE first_seen < ? AND "
    + unm, (last - 86400 - 2 * 3600,)).fetchone()
lost = con.execute("SELECT count(*) FROM entries e WHERE content IS NULL AND NOT " + unm)
lost = lost.fetchone()[0]
print("# %d unmatched entries' bodies dropped" % trimmed)
check("the old unmatched entries' bodies were dropped, and only theirs",
      trimmed > 0 and old_kept == 0 and lost == 0,
      "%d dropped, %d old ones kept, %d matched ones dropped" % (trimmed, old_kept, lost))
alerts = sum(1 for _ in open(tmp + "/alerts.out"))
check("alerts were printed", alerts > 0)

files = [f for f in os.listdir(digest_dir) if f.endswith(".md")] if os.path.isdir(digest_dir) else []
check("a digest for each simulated day (%d files, %d days)" % (len(files), days),
      len(files) >= days - 1)

# levels: after the first 30 % of the run (in ten simulated days, the
# 2-day thread window is full by then, and the reloads are over), the
# rest is split in two; the last part may not need more than the middle
samples = [tuple(int(x) for x in l.split()) for l in open(tmp + "/samples")]
total = samples[-1][0] if samples else 0
warm = [s for s in samples if s[0] >= total * 0.3]
mid = [s for s in warm if s[0] < total * 0.65]
late = [s for s in warm if s[0] >= total * 0.65]
if mid and late:
    for col, what, slack in ((1, "VmRSS (kB)", 1024), (2, "open descriptors", 2),
                             (4, "WAL size (bytes)", 1 << 20)):
        a = max(s[col] for s in mid)
        b = max(s[col] for s in late)
        bound = a * 1.1 + slack
        print("# %s: peak %d in the middle of the run, %d at its end (bound %d)" % (what, a, b, bound))
        check("%s levels off" % what, b <= bound)
    a, b = mid[-1][3], late[-1][3]
    print("# state.db: %d bytes in the middle of the run, %d at its end" % (a, b))
    # the CPU a simulated hour costs may not grow with the store: a query
    # that scans what accumulates would (ticks per real second, which is
    # the same simulated time throughout)
    a = (mid[-1][5] - mid[0][5]) / max(mid[-1][0] - mid[0][0], 1)
    b = (late[-1][5] - late[0][5]) / max(late[-1][0] - late[0][0], 1)
    print("# CPU: %.1f ticks a second in the middle of the run, %.1f at its end" % (a, b))
    check("the CPU a simulated hour costs does not grow with the store", b <= a * 2 + 5)
else:
    check("enough samples to judge memory", False, "%d samples" % len(samples))

done()
PYEOF
