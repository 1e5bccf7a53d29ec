#!/bin/sh
# memory.sh - story memory in the daemon's cycles: a follow-up below the
# threshold that names the story's place and people is matched, unless
# the rest of the stream names them too; a new process (each `once`)
# learns that from the entries it stored (store_unmatched_each,
# thread_observe), and still does once their text has been dropped
# (keep_unmatched_text).  A topic of its own, so that the scores are known:
# "air patrols" in a title scores 3, in a lead 2; threshold 3.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
. "$here/common.sh"
: "${SW_BIN:?}"
tmp=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$tmp"' EXIT
sw_home
db="$XDG_STATE_HOME/storywatch/state.db"
export SW_NOW=1796774400 # 2026-12-09T00:00:00Z

item() { # guid day title description
	printf '<item><guid>%s</guid><title>%s</title><description>%s</description>' "$1" "$3" "$4"
	printf '<pubDate>%s Dec 2026 10:00:00 GMT</pubDate></item>\n' "$2"
}

# feed.xml: the story (four matches naming Kamenovo and Borisov), then
# $1 (more items), then $2 (more items)
feed() {
	{
		printf '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Air</title>\n'
		item s1 1 "Jets and air patrols from the base at Kamenovo" \
			"Six fighters will fly from Kamenovo, minister Borisov said."
		item s2 2 "Air patrols: first jets land at Kamenovo" \
			"Pilots landed at Kamenovo on Tuesday, welcomed by Borisov."
		item s3 3 "Air patrols over the coast to start from Kamenovo" \
			"The sorties from Kamenovo will cover the coast, Borisov said."
		item s4 4 "Jets for the air patrols reach full strength at Kamenovo" \
			"Twelve aircraft are now at Kamenovo, according to Borisov."
		printf '%s%s</channel></rss>\n' "${1:-}" "${2:-}"
	} >"$tmp/feed.xml"
}

# three entries of the day's other news that name the same place and man
others=$(item o1 5 "Crowds at the Kamenovo fair, says Borisov" \
	"Farmers from around Kamenovo sold honey; Borisov opened the fair."
	item o2 6 "Local elections: Borisov wins again in Kamenovo" \
		"The mayor of Kamenovo, Borisov, kept his seat."
	item o3 7 "Storm damage in Kamenovo, Borisov asks for help" \
		"Roofs were torn off in Kamenovo; Borisov asked Sofia for money.")
# the same news, its names in long bodies only
pad=$(printf 'Lorem ipsum dolor sit amet. %.0s' $(seq 60))
itemc() { # guid day title body
	printf '<item><guid>%s</guid><title>%s</title><content:encoded>%s</content:encoded>' \
		"$1" "$3" "$4"
	printf '<pubDate>%s Dec 2026 10:00:00 GMT</pubDate></item>\n' "$2"
}
others_c=$(itemc o1 5 "Crowds at the autumn fair" \
	"Farmers from around Kamenovo sold honey; Borisov opened the fair. $pad $pad"
	itemc o2 6 "Local elections: the mayor wins again" \
		"The mayor of Kamenovo, Borisov, kept his seat. $pad $pad"
	itemc o3 7 "Storm damage: the mayor asks for help" \
		"Roofs were torn off in Kamenovo; Borisov asked Sofia for money. $pad $pad")
# below the threshold (a lead's "air patrols": 2), above followup_floor, with
# the story's names
followup=$(item f1 8 "Parliament votes 141 to 80 for the foreign pilots" \
	"Deputies backed the air patrols from Kamenovo, as Borisov asked.")

cat >"$tmp/c.conf" <<EOC
[storywatch]
notify = none
digest_html = false
backfill = 30d

[topic air]
threshold = 3
field.title = 3
field.lead = 2
term.air = air patrol*; jets
followup_terms = 4
followup_floor = 1.5

[feed Air]
url = $tmp/feed.xml
EOC

lifted() { # how many matches of f1 story memory made
	sqlite3 "$db" "SELECT count(*) FROM matches m JOIN entries e ON e.id = m.entry_id
		WHERE e.uid = 'f1' AND m.terms LIKE '%story:%'"
}

# 1. the story, then the follow-up in a later cycle (another process):
#    matched by story memory
feed
"$SW_BIN" once -c "$tmp/c.conf" >/dev/null 2>"$tmp/err" || { cat "$tmp/err"; fail "once 1"; }
n=$(sqlite3 "$db" "SELECT count(*) FROM matches")
[ "$n" -eq 4 ] || fail "expected the story's 4 matches, found $n"
feed "$followup"
"$SW_BIN" once --force -c "$tmp/c.conf" >/dev/null 2>"$tmp/err" || { cat "$tmp/err"; fail "once 2"; }
[ "$(lifted)" -eq 1 ] || fail "the follow-up was not matched by story memory"
# the digest says which story it follows, not "story:...=5", and keeps
# the group's words its headline holds
grep -q '^  Matched: air patrols, names and numbers of “Jets and air patrols from the base at Kamenovo”\.$' \
	"$XDG_DATA_HOME"/storywatch/digest/*.md ||
	fail "the digest does not name the story the follow-up was matched by"

# 2. the same, with the other news stored in the first cycle: the names
#    are everyone's, and the follow-up stays unmatched
rm -rf "$XDG_STATE_HOME"
feed "$others"
"$SW_BIN" once -c "$tmp/c.conf" >/dev/null 2>"$tmp/err" || { cat "$tmp/err"; fail "once 3"; }
n=$(sqlite3 "$db" "SELECT count(*) FROM matches")
[ "$n" -eq 4 ] || fail "expected the story's 4 matches, found $n"
n=$(sqlite3 "$db" "SELECT count(*) FROM entries")
[ "$n" -eq 7 ] || fail "expected 7 stored entries, found $n"
feed "$others" "$followup"
"$SW_BIN" once --force -c "$tmp/c.conf" >/dev/null 2>"$tmp/err" || { cat "$tmp/err"; fail "once 4"; }
n=$(sqlite3 "$db" "SELECT count(*) FROM entries WHERE uid = 'f1'")
[ "$n" -eq 1 ] || fail "the follow-up was not stored"
[ "$(lifted)" -eq 0 ] || fail "names the other news uses lifted the follow-up"

# 3. as 2, with the other news in long bodies, and the follow-up 40 days
#    later: by then the text of the unmatched entries is down to its lead
#    (keep_unmatched_text, 30d by default), and the names it holds are
#    still everyone's
rm -rf "$XDG_STATE_HOME"
feed "$others_c"
"$SW_BIN" once -c "$tmp/c.conf" >/dev/null 2>"$tmp/err" || { cat "$tmp/err"; fail "once 5"; }
n=$(sqlite3 "$db" "SELECT count(*) FROM entries WHERE content IS NOT NULL")
[ "$n" -eq 3 ] || fail "expected 3 entries with a body, found $n"
SW_NOW=$((SW_NOW + 40 * 86400)) "$SW_BIN" once --force -c "$tmp/c.conf" >/dev/null 2>"$tmp/err" ||
	{ cat "$tmp/err"; fail "once 6"; }
n=$(sqlite3 "$db" "SELECT count(*) FROM entries WHERE content IS NULL AND length(summary) = 2000")
[ "$n" -eq 3 ] || fail "expected the 3 bodies cut to their lead, found $n"
n=$(sqlite3 "$db" "SELECT count(*) FROM entries WHERE summary LIKE 'Farmers from around Kamenovo%'")
[ "$n" -eq 1 ] || fail "o1's lead is not its body's beginning"
feed "$others_c" "$followup"
SW_NOW=$((SW_NOW + 40 * 86400 + 3600)) "$SW_BIN" once --force -c "$tmp/c.conf" >/dev/null \
	2>"$tmp/err" || { cat "$tmp/err"; fail "once 7"; }
n=$(sqlite3 "$db" "SELECT count(*) FROM entries WHERE uid = 'f1'")
[ "$n" -eq 1 ] || fail "the follow-up was not stored"
[ "$(lifted)" -eq 0 ] || fail "names the other news uses lifted the follow-up after the trim"
echo "ok"
