#!/bin/sh
# order.sh - the daemon matches and threads a cycle's entries in
# publication order, whatever order its feeds came in and each lists its
# entries in (newest first): what it stores (match, thread, kind, the
# copy each duplicate is of) is what `storywatch test --json --threads`
# prints for the same feeds.  Then entries stored but left unmatched (a
# stop between the two steps) are matched by the next cycle, the same;
# and so are those a failed write left, a day later, into the digest of
# the day they were first seen.
#
# The feeds are a labelled corpus of the project's (tests/data/heldout3:
# 12 feeds, 223 entries, wire copies in several feeds), read as files.
# Prints TAP; exits 1 if a check failed, 77 if python3 is missing.
set -u

here=$(cd "$(dirname "$0")" && pwd)
. "$here/common.sh"
sw_init

sw_scratch
corpus=${SW_TESTDATA:-$srcdir/tests/data}/heldout3
db="$XDG_STATE_HOME/storywatch/state.db"

# "now" an hour after the corpus's last entry: nothing is dated ahead
SW_NOW=$("$PY" -c 'import csv, sys, calendar, time
rows = csv.DictReader(open(sys.argv[1], encoding="utf-8"), delimiter="\t")
last = max(r["published"] for r in rows if r["published"].startswith("20"))
print(calendar.timegm(time.strptime(last, "%Y-%m-%dT%H:%M:%SZ")) + 3600)' "$corpus/labels.tsv")
export SW_NOW

{
	printf '[storywatch]\ntopics_from = %s\n' "$srcdir/conf/storywatch.conf"
	printf 'notify = none\ndigest_html = false\n'
	for f in "$corpus"/feeds/*; do
		printf '\n[feed %s]\nurl = %s\n' "$(basename "$f")" "$f"
	done
} >"$tmp/sw.conf"

"$SW_BIN" -q test --json --threads -c "$tmp/sw.conf" "$corpus"/feeds/* >"$tmp/test.jsonl" \
	2>"$tmp/test.err" || { cat "$tmp/test.err"; not_ok "test --threads ran"; }

# same: every entry of the test's lines has the same match, thread, kind
# and dup_of in the store; prints what differs (a match or its copy, else
# only its thread or kind)
same() {
	"$PY" - "$db" "$tmp/test.jsonl" <<'EOF'
import json, os, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute(
    "SELECT f.name, e.uid, m.id IS NOT NULL, t.key, m.kind, d.uid FROM entries e "
    "JOIN feeds f ON f.id = e.feed_id LEFT JOIN matches m ON m.entry_id = e.id "
    "LEFT JOIN threads t ON t.id = m.thread_id LEFT JOIN entries d ON d.id = m.dup_of")
stored = {(r[0], r[1]): r[2:] for r in rows}
bad = threads = matched = 0
for line in open(sys.argv[2], encoding="utf-8"):
    o = json.loads(line)
    key = (os.path.basename(o["feed"]), o["id"])
    want = (o["match"], o["thread"], o["kind"], o["dup_of"]) if o["match"] else (False,)
    got = stored.get(key)
    got = got and ((True,) + tuple(got[1:]) if got[0] else (False,))
    matched += bool(o["match"])
    if got == want:
        continue
    if got and got[0] and want[0] and got[3] == want[3]:
        threads += 1  # the same match and copy: another thread or kind
    else:
        bad += 1
    if bad + threads <= 5:
        print("# %s %s: stored %s, test %s" % (key[0], key[1], got, want))
print("# %d entries, %d matched, %d differ in match or copy, %d in thread or kind"
      % (len(stored), matched, bad, threads))
sys.exit(bad > 0 or threads > 0 or matched == 0)
EOF
}

# check_same WHAT: ok when the store holds what the test printed
check_same() {
	if same; then ok "$1"; else not_ok "$1"; fi
}

"$SW_BIN" -q once --force -c "$tmp/sw.conf" >"$tmp/out1" 2>"$tmp/err1" ||
	{ cat "$tmp/err1"; not_ok "once ran"; }
check_same "a cold cycle over 12 feeds stores the threads, kinds and copies test --threads prints"
left=$(sqlite3 "$db" "SELECT count(*) FROM unthreaded")
[ "$left" = 0 ] && ok "no entry is left waiting" || not_ok "$left entries left waiting"

# a stop after the feeds were stored, before their entries were matched
# (rank: the feeds' row ids follow the configuration's order here)
sqlite3 "$db" "DELETE FROM matches; DELETE FROM threads;
	INSERT INTO unthreaded (at, rank, entry_id, silent)
	SELECT coalesce(published, 9223372036854775807), feed_id, id, 1 FROM entries;"
"$SW_BIN" -q once -c "$tmp/sw.conf" >"$tmp/out2" 2>"$tmp/err2" ||
	{ cat "$tmp/err2"; not_ok "second once ran"; }
check_same "entries left unmatched are matched by the next cycle, in publication order"
silent=$(sqlite3 "$db" "SELECT count(*) FROM matches WHERE silent = 0")
[ "$silent" = 0 ] && ok "their silence is kept" || not_ok "$silent of them were to alert"

# a write that fails while the queue is matched (here a trigger refuses
# the matches; a full disk alike): nothing of it is kept and the queue
# stays whole; the next cycle, a day later, matches it as a cold cycle
# would, and the entries are in the digest of the day they were first
# seen, where the alerts were first due
export XDG_STATE_HOME="$tmp/state2" XDG_DATA_HOME="$tmp/data2"
db="$XDG_STATE_HOME/storywatch/state.db"
printf '[storywatch]\nnotify = none\n' >"$tmp/none.conf"
"$SW_BIN" -q once -c "$tmp/none.conf" >/dev/null 2>&1
sqlite3 "$db" "CREATE TRIGGER refuse BEFORE INSERT ON matches
	BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
"$SW_BIN" -q once --force -c "$tmp/sw.conf" >"$tmp/out3" 2>"$tmp/err3"
rc=$?
left=$(sqlite3 "$db" "SELECT (SELECT count(*) FROM unthreaded) = (SELECT count(*) FROM entries),
	(SELECT count(*) FROM matches), (SELECT count(*) FROM threads)")
if [ "$rc" = 1 ] && [ "$left" = "1|0|0" ] && grep -q "refused by the test" "$tmp/err3"; then
	ok "a failed write while matching keeps the whole queue, and no match or thread"
else
	cat "$tmp/err3"
	not_ok "a failed write while matching: exit $rc, queue whole|matches|threads $left"
fi
# explain does not call an entry that waits "matched no topic"
uid=$(sqlite3 "$db" "SELECT e.uid FROM unthreaded u JOIN entries e ON e.id = u.entry_id LIMIT 1")
if "$SW_BIN" explain "$uid" 2>&1 | grep -q "not matched yet"; then
	ok "explain says a queued entry is not matched yet"
else
	"$SW_BIN" explain "$uid" 2>&1 | sed 's/^/# /'
	not_ok "explain says a queued entry is not matched yet"
fi
sqlite3 "$db" "DROP TRIGGER refuse"
day1=$(ls "$XDG_DATA_HOME/storywatch/digest/"*.md)
SW_NOW=$((SW_NOW + 86400)) "$SW_BIN" -q once -c "$tmp/sw.conf" >"$tmp/out4" 2>"$tmp/err4" ||
	{ cat "$tmp/err4"; not_ok "once a day later ran"; }
if same; then
	ok "the queue a failed write left is matched by the next cycle as by a cold one"
else
	not_ok "the queue a failed write left is matched by the next cycle as by a cold one"
fi
# the titles of the entries that alert (silent = 0), in the first day's file
missing=$(sqlite3 "$db" "SELECT DISTINCT e.title FROM matches m JOIN entries e ON e.id = m.entry_id
	WHERE m.silent = 0" | while IFS= read -r title; do
	grep -qF -- "$title" "$day1" || echo "$title"
done | wc -l)
alerting=$(sqlite3 "$db" "SELECT count(DISTINCT entry_id) FROM matches WHERE silent = 0")
if [ "$alerting" -gt 0 ] && [ "$missing" = 0 ]; then
	ok "matched a day late, the entries are in the digest of the day they were first seen"
else
	not_ok "$missing of $alerting entries first seen on $(basename "$day1") are missing from its digest"
fi

# a stop while `run` matches: between its turns of matching (each its
# own transaction; SW_MATCH_TURN_MS=0 makes a turn one page of 256
# entries) the daemon answers SIGTERM at once, keeps what it matched and
# leaves the rest queued; the next start matches the rest, and the store
# ends as one uninterrupted cycle would leave it: the same matches,
# copies, threads and kinds (the rebuilt threader reads an entry without
# summary by its content, and counts the entries no topic matched as
# the one that ran on did; session 15: of 60 stops after 2, 5 or 9 pages
# of 16 in 20 corpora, 25 had left entries in another thread, now none).
# Six corpora (1,329 entries, six pages, dated within the 180 days of
# stored matches a restarted threader reads), their entries stored by a
# cycle without topics, then queued as a stop after storing them would
# leave them.
export XDG_STATE_HOME="$tmp/state3" XDG_DATA_HOME="$tmp/data3"
db="$XDG_STATE_HOME/storywatch/state.db"
big="$tmp/big"
mkdir -p "$big"
for c in 3 4 5 6 7 8; do
	cp "${SW_TESTDATA:-$srcdir/tests/data}/heldout$c"/feeds/* "$big/"
done
bignow=$("$PY" -c 'import calendar, time; print(calendar.timegm(time.strptime("2026-11-27T11:10:00Z", "%Y-%m-%dT%H:%M:%SZ")))')
{
	printf '[storywatch]\nnotify = none\ndigest_html = false\n'
	for f in "$big"/*; do
		printf '\n[feed %s]\nurl = %s\n' "$(basename "$f")" "$f"
	done
} >"$tmp/bare.conf"
sed "1a topics_from = $srcdir/conf/storywatch.conf" "$tmp/bare.conf" >"$tmp/big.conf"
SW_NOW=$bignow "$SW_BIN" -q test --json --threads -c "$tmp/big.conf" "$big"/* \
	>"$tmp/test.jsonl" 2>"$tmp/test.err" || { cat "$tmp/test.err"; not_ok "test --threads ran"; }
SW_NOW=$bignow "$SW_BIN" -q once --force -c "$tmp/bare.conf" >/dev/null 2>"$tmp/err5" ||
	{ cat "$tmp/err5"; not_ok "a cycle without topics ran"; }
sqlite3 "$db" "INSERT OR IGNORE INTO unthreaded (at, rank, entry_id, silent)
	SELECT coalesce(published, 9223372036854775807), feed_id, id, 1 FROM entries;"
queued=$(sqlite3 "$db" "SELECT count(*) FROM unthreaded")
# run, and SIGTERM as soon as it says its first turn left entries queued
stop=$(SW_NOW=$bignow SW_MATCH_TURN_MS=0 "$PY" - "$SW_BIN" "$tmp/big.conf" "$tmp/err6" <<'EOF'
import sys
from run_until import run_until
sw, conf, log = sys.argv[1:4]
rc, took = run_until([sw, "-v", "-c", conf, "run"], log, "more are queued")
print("no-turn" if took is None else "%s %.1f" % (rc, took))
EOF
)
left=$(sqlite3 "$db" "SELECT count(*) FROM unthreaded")
done_=$(sqlite3 "$db" "SELECT count(DISTINCT entry_id) FROM matches")
set -- $stop
if [ "${1:-}" = 0 ] && [ "$left" -gt 0 ] && [ "$left" -lt "$queued" ] && [ "$done_" -gt 0 ] &&
	grep -q "matched at the next start" "$tmp/err6"; then
	ok "a stop between turns of matching: exit 0 after ${2}s, $done_ matches kept, $left of $queued entries left queued"
else
	sed 's/^/# /' "$tmp/err6" | tail -5
	not_ok "a stop between turns of matching: '$stop', $done_ matches, $left of $queued left"
fi
# the same store for a start by `run` (below)
cp -R "$XDG_STATE_HOME" "$tmp/state3run"
SW_NOW=$bignow "$SW_BIN" -q once -c "$tmp/big.conf" >/dev/null 2>"$tmp/err7" ||
	{ cat "$tmp/err7"; not_ok "once after the stop ran"; }
check_same "the next start matches the rest: the matches, copies and threads test --threads prints"
left=$(sqlite3 "$db" "SELECT count(*) FROM unthreaded")
[ "$left" = 0 ] && ok "no entry is left waiting after the restart" || not_ok "$left entries left waiting"

# A start reads the stored matches of the window into its threader a turn
# at a time, between which the loop answers a stop and pings the watchdog
# (10,000 of them read at once held it for seconds).  Here the signal is
# pending when the loop starts (sent during the set-up, it waits): it is
# answered before the first turn, the reading is dropped, exit 0.
nmatch=$(sqlite3 "$db" "SELECT count(*) FROM matches")
SW_NOW=$bignow "$PY" - "$SW_BIN" "$tmp/big.conf" "$tmp/err11" <<'EOF'
import os, signal, sys
signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
os.kill(os.getpid(), signal.SIGTERM)
fd = os.open(sys.argv[3], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
os.dup2(fd, 2)
os.execv(sys.argv[1], [sys.argv[1], "-v", "-c", sys.argv[2], "run"])
EOF
rc=$?
if [ "$rc" = 0 ] && grep -q "threads: reading $nmatch stored matches" "$tmp/err11" &&
	grep -q "stopping" "$tmp/err11" && ! grep -q "stored matches read" "$tmp/err11"; then
	ok "a stop while a start reads its $nmatch stored matches is answered before they are read"
else
	grep -v "debug: fetch" "$tmp/err11" | sed 's/^/# /' | tail -5
	not_ok "a stop while a start reads its $nmatch stored matches: exit $rc"
fi

# The start after the stop between turns of matching, by `run` this time
# (SW_MATCH_TURN_MS=0: a stored match a turn): the watchdog is pinged
# while the threader reads them, and the queue is matched as by `once`.
export XDG_STATE_HOME="$tmp/state3run" XDG_DATA_HOME="$tmp/data3run"
db="$XDG_STATE_HOME/storywatch/state.db"
pings=$(SW_NOW=$bignow SW_MATCH_TURN_MS=0 "$PY" - "$SW_BIN" "$tmp/big.conf" "$tmp/err12" \
	"$tmp/notify.sock" <<'EOF'
import os, socket, sys, threading
from run_until import run_until
sw, conf, log, path = sys.argv[1:5]
sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
sock.bind(path)
got = []
def listen():
    while True:
        got.extend(sock.recv(4096).decode("utf-8", "replace").splitlines())
threading.Thread(target=listen, daemon=True).start()
env = dict(os.environ, NOTIFY_SOCKET=path, WATCHDOG_USEC="2000")
run_until([sw, "-v", "-c", conf, "run"], log, "next cycle in", env=env)
# the pings between the status of the reading and the next status, and
# that status
reading, after = None, "none"
for m in list(got):
    if m.startswith("STATUS=") and reading is not None:
        after = m[7:].split(";")[0].replace(" ", "_")
        break
    if m.startswith("STATUS=reading the"):
        reading = 0
    elif m == "WATCHDOG=1" and reading is not None:
        reading += 1
print("none" if reading is None else reading, after)
EOF
)
after=${pings#* }
pings=${pings%% *}
if [ "${pings:-none}" != none ] && [ "$pings" -ge 10 ]; then
	ok "the watchdog is pinged while a start reads the stored matches ($pings times)"
else
	grep -v "debug: fetch" "$tmp/err12" | sed 's/^/# /' | tail -5
	not_ok "the watchdog while a start reads the stored matches: '${pings:-}' pings"
fi
# the reading is over before the cycle is: STATUS= no longer says it is on
# (the polling of slow feeds and the matching may go on for long)
case $after in
[0-9]*_stored_matches_read_into_the_threads) ok "STATUS= says when the stored matches are read" ;;
*) not_ok "the status after the reading: '$after'" ;;
esac
check_same "a start by run, which reads them between turns, matches the rest as once does"
left=$(sqlite3 "$db" "SELECT count(*) FROM unthreaded")
[ "$left" = 0 ] && ok "no entry is left waiting after the start by run" || not_ok "$left entries left waiting"

# a write that fails in a later turn of `run` (a trigger refuses the 400th
# match; a full disk alike): the turns before it stay committed and their
# alerts are shown at the end of the cycle, the failed turn and the rest
# stay queued; the next cycle matches them as one uninterrupted cycle
# would and shows only their alerts (each shown once: the first run
# marks its alerts at $bignow, the next at $bignow + 60)
export XDG_STATE_HOME="$tmp/state4" XDG_DATA_HOME="$tmp/data4"
db="$XDG_STATE_HOME/storywatch/state.db"
sed 's/^notify = none$/notify = stdout/' "$tmp/big.conf" >"$tmp/alert.conf"
SW_NOW=$bignow "$SW_BIN" -q once --force -c "$tmp/bare.conf" >/dev/null 2>"$tmp/err8" ||
	{ cat "$tmp/err8"; not_ok "a cycle without topics ran"; }
sqlite3 "$db" "INSERT OR IGNORE INTO unthreaded (at, rank, entry_id, silent)
	SELECT coalesce(published, 9223372036854775807), feed_id, id, 0 FROM entries;
	CREATE TRIGGER refuse BEFORE INSERT ON matches WHEN (SELECT count(*) FROM matches) >= 400
	BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;"
queued=$(sqlite3 "$db" "SELECT count(*) FROM unthreaded")
# run until it sleeps after the cycle, then SIGTERM
rc=$(SW_NOW=$bignow SW_MATCH_TURN_MS=0 "$PY" - "$SW_BIN" "$tmp/alert.conf" "$tmp/err9" \
	"$tmp/out9" <<'EOF'
import sys
from run_until import run_until
sw, conf, log, out = sys.argv[1:5]
with open(out, "w") as so:
    print(run_until([sw, "-v", "-c", conf, "run"], log, "next cycle in", stdout=so)[0])
EOF
)
left=$(sqlite3 "$db" "SELECT count(*) FROM unthreaded")
kept=$(sqlite3 "$db" "SELECT count(*) FROM matches")
shown=$(sqlite3 "$db" "SELECT count(*) FROM matches WHERE notified_at = $bignow")
if [ "$rc" = 0 ] && [ "$kept" -gt 0 ] && [ "$shown" = "$kept" ] && [ -s "$tmp/out9" ] &&
	[ "$left" -gt 0 ] && [ "$left" -lt "$queued" ] && grep -q "more are queued" "$tmp/err9" &&
	grep -q "could not be matched (refused by the test)" "$tmp/err9"; then
	ok "a failed write in a later turn: $kept matches of the turns before kept and shown, $left of $queued entries left queued"
else
	grep -v debug "$tmp/err9" | sed 's/^/# /' | tail -5
	not_ok "a failed write in a later turn: exit $rc, $kept matches, $shown shown, $left of $queued left"
fi
sqlite3 "$db" "DROP TRIGGER refuse"
SW_NOW=$((bignow + 60)) "$SW_BIN" -q once -c "$tmp/alert.conf" >"$tmp/out10" 2>"$tmp/err10" ||
	{ cat "$tmp/err10"; not_ok "once after the failed turn ran"; }
check_same "the next cycle matches the rest of the queue: the matches, copies and threads test --threads prints"
n1=$(sqlite3 "$db" "SELECT count(*) FROM matches WHERE notified_at = $bignow")
n2=$(sqlite3 "$db" "SELECT count(*) FROM matches WHERE notified_at = $bignow + 60")
all=$(sqlite3 "$db" "SELECT count(*) FROM matches")
left=$(sqlite3 "$db" "SELECT count(*) FROM unthreaded")
if [ "$left" = 0 ] && [ "$n1" = "$kept" ] && [ $((n1 + n2)) = "$all" ] && [ "$n2" -gt 0 ]; then
	ok "every alert shown once: $n1 by the failed cycle, $n2 by the next"
else
	not_ok "alerts: $n1 and $n2 shown of $all matches, $kept kept at first; $left left waiting"
fi

tap_done
