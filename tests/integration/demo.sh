#!/bin/sh
# demo.sh - `storywatch once` on the bundled demo, in a temporary HOME:
# the digest lists the demo's on-topic entries and none of its off-topic
# ones, the state database holds every entry once, and a second run adds
# nothing and alerts nothing.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
. "$here/common.sh"
: "${SW_BIN:?}" "${SW_SRCDIR:?}"
sw_scratch

"$SW_BIN" once -c "$SW_SRCDIR/conf/demo.conf" >"$tmp/out" 2>"$tmp/err" ||
	{ cat "$tmp/err"; fail "once exited $?"; }
cat "$tmp/out"

day=$(date +%Y-%m-%d)
digest="$XDG_DATA_HOME/storywatch/digest/$day.md"
grep -q "^digest: $digest\$" "$tmp/out" || fail "once did not print where it wrote the digest"
[ -s "$digest" ] || fail "no digest at $digest"
[ -s "$XDG_DATA_HOME/storywatch/digest/$day.html" ] || fail "no HTML digest"

# on-topic stories (each the first copy of its story) are in the digest
for t in \
	"Allies finalise text of security guarantees for Ukraine" \
	"Kremlin says any Western troops in Ukraine" \
	"Coalition of the willing pledges air cover" \
	"Moscow demands veto over any guarantees for Kyiv" \
	"Germany weighs Bundestag mandate" \
	"Draft peace framework leaves size of Ukraine" \
	"Kyiv insists guarantees be ratified"
do
	grep -qF "$t" "$digest" || fail "digest lacks on-topic \"$t\""
done
# off-topic ones are not
for t in \
	"Premier League" "Bank of England" "Flooding closes" "Taiwan asks Washington" \
	"Russian drones strike" "money-back" "sanctions package" "chip shortage" \
	"Winter storm" "новий міст" "Ціни на хліб" "Динамо"
do
	if grep -qF "$t" "$digest"; then fail "digest lists off-topic \"$t\""; fi
done

db="$XDG_STATE_HOME/storywatch/state.db"
[ -s "$db" ] || fail "no state database at $db"
n=$(sqlite3 "$db" "SELECT count(*) FROM entries")
[ "$n" -eq 23 ] || fail "expected 23 stored entries, found $n"
n=$(sqlite3 "$db" "SELECT count(*) FROM feeds WHERE state = 'ok' AND errors = 0")
[ "$n" -eq 3 ] || fail "expected 3 healthy feeds, found $n"
m=$(sqlite3 "$db" "SELECT count(*) FROM matches")
[ "$m" -ge 7 ] || fail "expected at least 7 matches, found $m"
n=$(sqlite3 "$db" "SELECT count(*) FROM matches WHERE notified_at IS NULL AND silent = 0")
[ "$n" -eq 0 ] || fail "$n matches were not marked as notified"

# a second forced run stores nothing new and alerts nothing
cp "$digest" "$tmp/digest.1"
"$SW_BIN" once --force -c "$SW_SRCDIR/conf/demo.conf" >"$tmp/out2" 2>"$tmp/err2" ||
	{ cat "$tmp/err2"; fail "second once exited $?"; }
n=$(sqlite3 "$db" "SELECT count(*) FROM entries")
[ "$n" -eq 23 ] || fail "second run changed the entry count to $n"
m2=$(sqlite3 "$db" "SELECT count(*) FROM matches")
[ "$m2" -eq "$m" ] || fail "second run changed the match count from $m to $m2"
cmp -s "$digest" "$tmp/digest.1" || fail "regenerating the digest changed it"
[ "$(grep -vc '^digest: ' "$tmp/out2")" -eq 0 ] || { cat "$tmp/out2"; fail "second run alerted again"; }
echo "PASS: demo digest and state"
