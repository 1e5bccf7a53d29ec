#!/bin/sh
# firstsight.sh - a feed's first sight does not flood, however it comes:
# after a failed first poll, with undated entries, and with backfill
# deciding by age.  Uses the stdout notifier and a temporary HOME.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
. "$here/common.sh"
: "${SW_BIN:?}" "${SW_SRCDIR:?}"
sw_scratch
mkdir "$tmp/feeds"
db="$XDG_STATE_HOME/storywatch/state.db"
# the demo feeds are dated November 2026: "now" is a week later
export SW_NOW=1796774400   # 2026-12-09T00:00:00Z

# conf FILE NAME FEED [BACKFILL]: the default topic and one feed, NAME
# reading $tmp/feeds/FEED, alerts on stdout
conf() {
	{
		printf '[storywatch]\ntopics_from = %s\n' "$SW_SRCDIR/conf/storywatch.conf"
		if [ -n "${4:-}" ]; then printf 'backfill = %s\n' "$4"; fi
		printf 'notify = stdout\ndigest_html = false\n\n[feed %s]\nurl = %s\n' "$2" "$tmp/feeds/$3"
	} >"$1"
}

conf "$tmp/a.conf" Late late.xml 1h

# 1. the first poll fails (no file yet): an error on the feed, nothing stored
"$SW_BIN" once -c "$tmp/a.conf" >"$tmp/out1" 2>"$tmp/err1" || fail "once exited $?"
n=$(sqlite3 "$db" "SELECT errors FROM feeds WHERE name = 'Late'")
[ "$n" -eq 1 ] || fail "the failed first poll was not recorded ($n errors)"

# 2. the file appears: this is still first sight, so its week-old
#    entries are stored silently
cp "$SW_SRCDIR/demo/feeds/harbour-gazette.xml" "$tmp/feeds/late.xml"
"$SW_BIN" once --force -c "$tmp/a.conf" >"$tmp/out2" 2>"$tmp/err2" || fail "second once exited $?"
n=$(sqlite3 "$db" "SELECT count(*) FROM entries")
[ "$n" -eq 10 ] || fail "expected 10 stored entries, found $n"
n=$(sqlite3 "$db" "SELECT count(*) FROM matches WHERE silent = 0")
[ "$n" -eq 0 ] || fail "$n old matches alerted after a failed first poll"
if grep -v '^digest: ' "$tmp/out2" | grep -q .; then
	cat "$tmp/out2"; fail "the backlog was shown after a failed first poll"
fi
# explain says why a matched entry made no alert: stored silently
"$SW_BIN" explain hg-2026-11-20-guarantees >"$tmp/expl" || fail "explain exited $?"
grep -q "^  alert:  none: stored silently at the feed's first poll" "$tmp/expl" &&
	grep -q "^  digest: not listed$" "$tmp/expl" || { cat "$tmp/expl"; fail "explain of a silent match"; }

# 3. undated entries on first sight are silent too (their age is unknown)
sed -e '/<pubDate>/d' "$SW_SRCDIR/demo/feeds/harbour-gazette.xml" \
	| sed -e 's/hg-2026-/undated-/' >"$tmp/feeds/undated.xml"
conf "$tmp/b.conf" Undated undated.xml
"$SW_BIN" once -c "$tmp/b.conf" >"$tmp/out3" 2>"$tmp/err3" || fail "undated once exited $?"
n=$(sqlite3 "$db" "SELECT count(*) FROM matches m JOIN entries e ON e.id = m.entry_id
	JOIN feeds f ON f.id = e.feed_id WHERE f.name = 'Undated' AND m.silent = 0")
[ "$n" -eq 0 ] || fail "$n undated entries alerted on first sight"

# 4. and a new entry after first sight does alert
sed -e 's|<item>|<item><title>Kremlin rejects any Western security guarantees for Ukraine</title><link>https://harbour-gazette.example/new</link><guid>new-1</guid><description>Moscow said it would veto a reassurance force in Ukraine after a ceasefire.</description></item><item>|' \
	"$tmp/feeds/undated.xml" >"$tmp/feeds/undated.new" && mv "$tmp/feeds/undated.new" "$tmp/feeds/undated.xml"
"$SW_BIN" once --force -c "$tmp/b.conf" >"$tmp/out4" 2>"$tmp/err4" || fail "fourth once exited $?"
grep -q "Kremlin rejects any Western security guarantees" "$tmp/out4" ||
	{ cat "$tmp/out4" "$tmp/err4"; fail "a new entry after first sight did not alert"; }

# 5. the state file refuses the entries (here a trigger; a full disk
#    alike): `once` fails, and the feed is not blamed for it (no error,
#    no backoff), so the next poll fetches it again; once the store takes
#    them, they come at first sight: stored silently
cp "$SW_SRCDIR/demo/feeds/harbour-gazette.xml" "$tmp/feeds/refused.xml"
conf "$tmp/c.conf" Refused refused.xml 1h
sqlite3 "$db" "CREATE TRIGGER refuse BEFORE INSERT ON entries
	WHEN (SELECT name FROM feeds WHERE id = NEW.feed_id) = 'Refused'
	BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
set +e
"$SW_BIN" once -c "$tmp/c.conf" >"$tmp/out5" 2>"$tmp/err5"; rc=$?
set -e
[ "$rc" -eq 1 ] || { cat "$tmp/err5"; fail "once exited $rc, not 1, when the state refused its entries"; }
grep -q "refused by the test" "$tmp/err5" || { cat "$tmp/err5"; fail "the store's reason was not logged"; }
if grep -q "unreadable" "$tmp/err5"; then cat "$tmp/err5"; fail "the feed was blamed for the store"; fi
n=$(sqlite3 "$db" "SELECT errors || ' ' || state FROM feeds WHERE name = 'Refused'")
[ "$n" = "0 new" ] || fail "the feed was recorded as '$n' for a write of the state that failed"
sqlite3 "$db" "DROP TRIGGER refuse"
"$SW_BIN" once -c "$tmp/c.conf" >"$tmp/out6" 2>"$tmp/err6" || { cat "$tmp/err6"; fail "once exited $? after the store recovered"; }
n=$(sqlite3 "$db" "SELECT count(*) FROM entries e JOIN feeds f ON f.id = e.feed_id
	WHERE f.name = 'Refused'")
[ "$n" -eq 10 ] || fail "expected 10 entries of the refused feed once the store took them, found $n"
n=$(sqlite3 "$db" "SELECT count(*) FROM matches m JOIN entries e ON e.id = m.entry_id
	JOIN feeds f ON f.id = e.feed_id WHERE f.name = 'Refused' AND m.silent = 0")
[ "$n" -eq 0 ] || fail "$n old matches alerted after the store refused the first sight"

# 6. a date years ahead of the clock (a wrong year) is taken as unknown,
#    with a warning: the entry is stored undated
cat >"$tmp/feeds/ahead.xml" <<'EOX'
<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Ahead</title><link>https://ahead.example/</link>
<item><title>Ukraine security guarantees: allies agree on a reassurance force</title>
<link>https://ahead.example/1</link><guid>ahead-1</guid>
<pubDate>Tue, 08 Dec 2099 10:00:00 GMT</pubDate></item>
<item><title>Ukraine security guarantees: Kyiv answers the allies</title>
<link>https://ahead.example/2</link><guid>ahead-2</guid>
<pubDate>Tue, 08 Dec 2026 10:00:00 GMT</pubDate></item>
</channel></rss>
EOX
conf "$tmp/d.conf" Ahead ahead.xml 1h
"$SW_BIN" once -c "$tmp/d.conf" >"$tmp/out7" 2>"$tmp/err7" || { cat "$tmp/err7"; fail "once exited $? on a feed dated ahead"; }
grep -q "entry ahead-1 is dated more than a day ahead of the clock" "$tmp/err7" ||
	{ cat "$tmp/err7"; fail "no warning for the date ahead"; }
grep -q "ahead-2" "$tmp/err7" && { cat "$tmp/err7"; fail "the entry dated today was warned of"; }
n=$(sqlite3 "$db" "SELECT coalesce(published, 'none') FROM entries WHERE uid = 'ahead-1'")
[ "$n" = "none" ] || fail "the entry dated 2099 was stored with published = $n"
n=$(sqlite3 "$db" "SELECT published FROM entries WHERE uid = 'ahead-2'")
[ -n "$n" ] && [ "$n" -gt 0 ] || fail "the entry dated today lost its date"
echo "PASS: first sight"
