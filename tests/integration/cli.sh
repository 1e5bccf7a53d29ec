#!/bin/sh
# cli.sh - the command line: --help, --version, usage errors, config errors
# with file:line, `parse --json` and `test --json` output shapes, status.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
. "$here/common.sh"
: "${SW_BIN:?}" "${SW_SRCDIR:?}"
PY=${PYTHON3:-python3}
sw_scratch

"$SW_BIN" --help | grep -q "^usage: storywatch" || fail "--help"
"$SW_BIN" --version | grep -Eq "^storywatch [0-9]+\.[0-9]+" || fail "--version"
set +e
"$SW_BIN" frobnicate 2>/dev/null; rc=$?
set -e
[ "$rc" -eq 2 ] || fail "unknown command exits $rc, not 2"
# -c without its FILE is named as such, not as an unknown option
set +e
"$SW_BIN" -c 2>"$tmp/err"; rc=$?
set -e
[ "$rc" -eq 2 ] || fail "-c without FILE exits $rc, not 2"
grep -q "^storywatch: option -c needs a FILE" "$tmp/err" || { cat "$tmp/err"; fail "-c without FILE: message"; }
# a command given what it does not take is a usage error, not ignored
for args in "export-opml extra" "parse --jsn"; do
	set +e
	# shellcheck disable=SC2086 # the words of args are arguments
	"$SW_BIN" $args >/dev/null 2>&1; rc=$?
	set -e
	[ "$rc" -eq 2 ] || fail "$args exits $rc, not 2"
done
# a usage error names what was wrong and shows that command's synopsis,
# as --help writes it, on stderr; nothing on stdout
"$SW_BIN" --help >"$tmp/help"
for args in "once --bogus:unknown option --bogus" "explain:missing ENTRY" \
	"explain 1 2:unexpected argument 2" "digest --date:option --date needs a value" \
	"status --json x:unexpected argument x" "test --threads:missing FILE|URL" \
	"import-opml:missing FILE" "export-opml extra:unexpected argument extra" \
	"run -c:option -c needs a FILE" "parse --jsn:unknown option --jsn" \
	"threads --days:option --days needs a value" "mute --json 1:unknown option --json" \
	"unmute --frob:unknown option --frob" "explain -x:unknown option -x"; do
	why=${args#*:}
	args=${args%%:*}
	cmd=${args%% *}
	set +e
	# shellcheck disable=SC2086 # the words of args are arguments
	"$SW_BIN" $args >"$tmp/out" 2>"$tmp/err"; rc=$?
	set -e
	[ "$rc" -eq 2 ] || fail "$args exits $rc, not 2"
	[ ! -s "$tmp/out" ] || fail "$args: a usage error on stdout"
	[ "$(head -n 1 "$tmp/err")" = "storywatch: $cmd: $why" ] || { cat "$tmp/err"; fail "$args: not why"; }
	syn=$(sed -n 2p "$tmp/err")
	syn=${syn#usage: storywatch \[-c FILE\] \[-v|-q\] }
	awk -v s="  $syn" 'index($0, s) == 1 && (length($0) == length(s) ||
		substr($0, length(s) + 1, 1) == " ") { found = 1 } END { exit !found }' "$tmp/help" ||
		{ cat "$tmp/err"; fail "$args: the synopsis is not --help's"; }
done
# once (and run) with nothing to do says why: no configuration file where
# it is looked for, no feeds, no topics
XDG_STATE_HOME="$tmp/state0" "$SW_BIN" once >/dev/null 2>"$tmp/err" || fail "once without a config exits $?"
grep -q "^storywatch: warning: $XDG_CONFIG_HOME/storywatch/storywatch.conf: no such file: no feeds" \
	"$tmp/err" || { cat "$tmp/err"; fail "once without a config: no word of it"; }
printf '[storywatch]\nnotify = none\n' >"$tmp/idle.conf"
XDG_STATE_HOME="$tmp/state0" "$SW_BIN" once -c "$tmp/idle.conf" >/dev/null 2>"$tmp/err"
grep -q "idle.conf: no \[feed\] groups: nothing to poll" "$tmp/err" || { cat "$tmp/err"; fail "once without feeds"; }
rm -rf "$tmp/state0"
# a feed that fails the same way poll after poll is reported when its
# failure starts or changes, not at each poll (a web page for a feed
# would fill the journal), as a feed that cannot be fetched is
printf '<html><body>a page</body></html>\n' >"$tmp/page.xml"
printf '[storywatch]\nnotify = none\n\n[feed Page]\nurl = %s\n' "$tmp/page.xml" >"$tmp/page.conf"
for i in 1 2 3; do
	if [ "$i" -eq 3 ]; then printf 'plain text\n' >"$tmp/page.xml"; fi
	XDG_STATE_HOME="$tmp/state0" "$SW_BIN" once --force -c "$tmp/page.conf" >/dev/null \
		2>>"$tmp/err.page" || fail "once with a page for a feed exits $?"
done
[ "$(grep -c "page.xml: not a feed" "$tmp/err.page")" -eq 1 ] &&
	[ "$(grep -c "page.xml: no XML element found" "$tmp/err.page")" -eq 1 ] ||
	{ cat "$tmp/err.page"; fail "a feed failing to parse: not warned once per failure"; }
rm -rf "$tmp/state0"
# the options may follow the command (the README's demo does), --help too
"$SW_BIN" once --help | grep -q "^usage: storywatch" || fail "once --help"
printf '[storywatch]\nnotify = none\n' >"$tmp/none.conf"
"$SW_BIN" export-opml -q -c "$tmp/none.conf" >/dev/null || fail "export-opml -q -c FILE"

# the user unit starts the program by its installed path (systemd looks a
# bare name up only in its own fixed PATH)
unit="$(dirname "$(dirname "$SW_BIN")")/systemd/storywatch.service"
[ -f "$unit" ] || fail "no $unit (make builds it)"
grep -Eq '^ExecStart=/[^ ]*/storywatch run$' "$unit" || { grep Exec "$unit"; fail "unit: ExecStart"; }
! grep -q '@bindir@' "$unit" || fail "unit: @bindir@ left"
# its Documentation= names every manual page (`systemctl --user help
# storywatch` opens them), and only pages there are
for m in "$SW_SRCDIR"/man/*.[1-8]; do
	b=$(basename "$m")
	grep -q "^Documentation=.*man:${b%.*}(${b##*.})" "$unit" || fail "unit: Documentation= lacks $b"
done
for page in $(sed -n 's/^Documentation=//p' "$unit"); do
	p=${page#man:}
	[ -f "$SW_SRCDIR/man/${p%(*}.$(echo "$p" | tr -d ')' | sed 's/.*(//')" ] ||
		fail "unit: Documentation= names $page, which man/ lacks"
done

# a bad config names file:line and exits 1
printf '[storywatch]\ninterval = 60m\nnotify = carrier-pigeon\n' >"$tmp/bad.conf"
set +e
"$SW_BIN" once -c "$tmp/bad.conf" 2>"$tmp/err"; rc=$?
set -e
[ "$rc" -eq 1 ] || fail "bad config exits $rc, not 1"
grep -q "bad.conf:3: notify = carrier-pigeon" "$tmp/err" || { cat "$tmp/err"; fail "bad config message"; }

# a file over the body cap (here a device without end) is refused, not read whole
if [ -c /dev/zero ]; then
	set +e
	timeout 60 "$SW_BIN" parse --json /dev/zero 2>"$tmp/err" >/dev/null; rc=$?
	set -e
	[ "$rc" -eq 1 ] || fail "parse --json /dev/zero exits $rc, not 1"
	grep -q "too large" "$tmp/err" || { cat "$tmp/err"; fail "parse /dev/zero message"; }
fi

# parse --json has the interface of DESIGN.md
"$SW_BIN" parse --json "$SW_SRCDIR/demo/feeds/continental-wire.atom" >"$tmp/p.json"
"$PY" - "$tmp/p.json" <<'PYEOF'
import json, sys
d = json.load(open(sys.argv[1]))
assert d["feed"]["title"] == "Continental Wire", d["feed"]
assert d["encoding"] == "utf-8", d["encoding"]
assert len(d["entries"]) == 7
e = d["entries"][1]
assert set(e) >= {"id", "title", "link", "published", "updated", "author", "summary", "content"}, e
assert e["published"] == 1795347000, e["published"]      # 2026-11-22T11:30:00Z
assert "<b>" not in e["summary"] and "guarantors" in e["summary"], e["summary"]
PYEOF

# a feed read in part: test and parse say where libxml2 found the first
# error, as a line of the file (the CDATA before it is a mark to libxml2)
printf '<rss version="2.0"><channel>\n<item><title>a</title><description><![CDATA[%s\n%s\n%s]]></description></item>\n<item><title>a <b>bold</i></title></item>\n</channel></rss>\n' \
	"a description long enough to be read as a mark" "its second line" "its third" >"$tmp/broken.rss"
"$SW_BIN" test -c "$SW_SRCDIR/conf/demo.conf" "$tmp/broken.rss" >/dev/null 2>"$tmp/err"
"$SW_BIN" parse --json "$tmp/broken.rss" >/dev/null 2>>"$tmp/err"
want="storywatch: $tmp/broken.rss: document is not well-formed at line 5: Opening and ending tag mismatch: b and i"
[ "$(grep -c -F -x "$want" "$tmp/err")" -eq 2 ] || { cat "$tmp/err"; fail "test and parse: the line of a feed's first error"; }

# test --json: one line per entry and topic, never touching the state
"$SW_BIN" test --json --threads -c "$SW_SRCDIR/conf/demo.conf" \
	"$SW_SRCDIR"/demo/feeds/*.* >"$tmp/t.jsonl"
[ ! -e "$XDG_STATE_HOME/storywatch/state.db" ] || fail "test touched the state"
"$PY" - "$tmp/t.jsonl" <<'PYEOF'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert len(rows) == 23, len(rows)
keys = {"feed", "id", "title", "published", "topic", "score", "match", "terms",
        "thread", "kind", "dup_of"}
for r in rows:
    assert keys <= set(r), r
    assert r["kind"] in ("new", "followup", "duplicate", "none"), r
    assert (r["kind"] == "none") == (not r["match"]), r
pub = [r["published"] for r in rows]
assert pub == sorted(pub), "not in publication order"
m = {r["title"]: r for r in rows}
assert m["Moscow demands veto over any guarantees for Kyiv"]["match"]
assert m["Moscow demands veto over any guarantees for Kyiv"]["terms"]
assert not m["Taiwan asks Washington for firmer security guarantees"]["match"]
assert not m["Supermarket chain promises money-back guarantee on winter vegetables"]["match"]
PYEOF

# a word-for-word copy of a matched entry under a headline that matches
# nothing is matched as its duplicate (story memory for copies)
lead="The text was signed on Tuesday in the harbour city by fourteen ministers after a long night of talks over its annex and its deadlines, officials said."
cat >"$tmp/orig.rss" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Wire</title><language>en</language>
<item><guid>wire-1</guid><link>https://wire.example/1</link>
<title>Allies sign security guarantees for Ukraine at Valletta</title>
<description>$lead</description><pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate></item>
</channel></rss>
EOF
cat >"$tmp/copy.rss" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Paper</title><language>en</language>
<item><guid>paper-1</guid><link>https://paper.example/1</link>
<title>Valletta: the ink dries after a long night</title>
<description>$lead</description><pubDate>Tue, 01 Dec 2026 12:00:00 GMT</pubDate></item>
</channel></rss>
EOF
"$SW_BIN" test --json -c "$SW_SRCDIR/conf/demo.conf" "$tmp/copy.rss" >"$tmp/c1.jsonl"
"$SW_BIN" test --json --threads -c "$SW_SRCDIR/conf/demo.conf" "$tmp/orig.rss" "$tmp/copy.rss" \
	>"$tmp/c2.jsonl"
"$PY" - "$tmp/c1.jsonl" "$tmp/c2.jsonl" <<'PYEOF'
import json, sys
alone = [json.loads(l) for l in open(sys.argv[1])]
assert len(alone) == 1 and not alone[0]["match"], alone
rows = {r["id"]: r for r in map(json.loads, open(sys.argv[2]))}
assert rows["wire-1"]["match"] and rows["wire-1"]["kind"] == "new", rows["wire-1"]
c = rows["paper-1"]
assert c["match"] and c["kind"] == "duplicate" and c["dup_of"] == "wire-1", c
assert "copy:wire-1" in c["terms"], c["terms"]
PYEOF

# status on a fresh state lists nothing but the header, and like explain
# and digest creates no state; after once, the feeds
[ ! -e "$XDG_STATE_HOME/storywatch" ] || fail "the state exists before the test"
[ "$("$SW_BIN" status | wc -l)" -eq 1 ] || fail "status on no state: not just the header"
"$SW_BIN" explain 1 >/dev/null 2>&1 && fail "explain on no state found an entry"
"$SW_BIN" digest | grep -q "No matches" || fail "digest on no state"
[ ! -e "$XDG_STATE_HOME/storywatch" ] || fail "status, explain or digest created the state"
"$SW_BIN" once -c "$SW_SRCDIR/conf/demo.conf" >/dev/null 2>&1
"$SW_BIN" status | grep -q "^Harbour Gazette  *ok " || { "$SW_BIN" status; fail "status table"; }
"$SW_BIN" status --json | "$PY" -c '
import json, sys
rows = [json.loads(l) for l in sys.stdin]
assert len(rows) == 3 and all(r["state"] == "ok" and r["errors"] == 0 for r in rows), rows'
# a feed removed from the configuration is not shown
printf '[feed Harbour Gazette]\nurl = %s\n' "$SW_SRCDIR/demo/feeds/harbour-gazette.xml" >"$tmp/one.conf"
n=$("$SW_BIN" status --json -c "$tmp/one.conf" | wc -l)
[ "$n" -eq 1 ] || fail "status with one configured feed shows $n"
# the table's columns stay in line whatever the names: a Cyrillic one (two
# bytes a letter), a wide CJK one and one longer than the column
st5="$tmp/state5"
printf '[storywatch]\nnotify = none\n[feed Вечірній Київ]\nurl = %s\n[feed 基辅日报]\nurl = %s\n[feed The Guardian: Ukraine and the world]\nurl = %s\n' \
	"$SW_SRCDIR/demo/feeds/vechirnii-kyiv.rdf" "$SW_SRCDIR/demo/feeds/continental-wire.atom" \
	"$SW_SRCDIR/demo/feeds/harbour-gazette.xml" >"$tmp/names.conf"
XDG_STATE_HOME="$st5" "$SW_BIN" once -c "$tmp/names.conf" >/dev/null 2>&1
for c in "-c $tmp/names.conf" ""; do
	# shellcheck disable=SC2086 # the words of c are arguments
	XDG_STATE_HOME="$st5" "$SW_BIN" status $c | "$PY" -c '
import sys, unicodedata
def cells(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)
lines = sys.stdin.buffer.read().decode("utf-8").splitlines()
col = lines[0].index("STATE")
assert len(lines) == 4, lines
for l in lines[1:]:
    name = l.split(" ok ")[0]
    assert cells(name) + 1 == col, (l, cells(name), col)' || fail "status: columns out of line ($c)"
done
# a -c file that is not there is an error; one that does not parse is
# reported and every stored feed shown
if "$SW_BIN" status -c "$tmp/no-such.conf" >"$tmp/out" 2>"$tmp/err"; then
	fail "status -c a missing file exits 0"
fi
grep -q "no-such.conf: No such file" "$tmp/err" || { cat "$tmp/err"; fail "status -c missing: message"; }
[ ! -s "$tmp/out" ] || fail "status -c missing: prints a table"
printf '[feed x\nurl = y\n' >"$tmp/broken.conf"
n=$("$SW_BIN" status --json -c "$tmp/broken.conf" 2>"$tmp/err" | wc -l)
[ "$n" -eq 3 ] || fail "status with a broken config shows $n feeds, not all 3"
grep -q "broken.conf:1: .*showing every stored feed" "$tmp/err" || { cat "$tmp/err"; fail "status broken config: warning"; }
# a server's words in the state (an error with a terminal escape and a
# stray byte) reach neither the terminal raw nor the JSON invalid
sqlite3 "$XDG_STATE_HOME/storywatch/state.db" "UPDATE feeds SET last_error = \
	CAST(X'485454502035303020621b5b324a61640a6c696e65ff' AS TEXT) WHERE name = 'Harbour Gazette'"
"$SW_BIN" status -c "$SW_SRCDIR/conf/demo.conf" >"$tmp/status"
! LC_ALL=C grep -q "$(printf '\033')" "$tmp/status" || fail "status prints an escape"
[ "$(wc -l <"$tmp/status")" -eq 4 ] || { cat "$tmp/status"; fail "status: one line a feed"; }
"$SW_BIN" status --json -c "$SW_SRCDIR/conf/demo.conf" | "$PY" -c '
import json, sys
rows = [json.loads(l) for l in sys.stdin.buffer.read().decode("utf-8").splitlines()]
assert any("HTTP 500" in (r["last_error"] or "") for r in rows), rows' || fail "status --json"
id=$(sqlite3 "$XDG_STATE_HOME/storywatch/state.db" \
	"SELECT e.id FROM entries e JOIN matches m ON m.entry_id = e.id LIMIT 1")
"$SW_BIN" explain "$id" >"$tmp/out"
grep -q "score" "$tmp/out" || fail "explain"
# ... and what became of the match: its alert went out (notify = stdout),
# it is in the digest of the day it was first seen
grep -q "^  alert:  sent $(date +%Y-%m-%d) " "$tmp/out" || { cat "$tmp/out"; fail "explain: alert"; }
grep -q "^  digest: $(date +%Y-%m-%d)$" "$tmp/out" || { cat "$tmp/out"; fail "explain: digest day"; }
# an entry no topic matched is scored again by the topics of -c: why it is
# out (Taiwan's guarantees: the nearest alternative of require lacks
# ukraine); without topics, it says so
out_id=$(sqlite3 "$XDG_STATE_HOME/storywatch/state.db" "SELECT e.id FROM entries e
	WHERE e.title LIKE 'Taiwan asks%' AND NOT EXISTS (SELECT 1 FROM matches m WHERE m.entry_id = e.id)")
"$SW_BIN" explain -c "$SW_SRCDIR/conf/demo.conf" "$out_id" >"$tmp/out"
grep -q "^  matched no topic$" "$tmp/out" &&
	grep -q "^ukraine-guarantees, scored again now: .* Required: not met; nearest ukraine & secguar, which lacks ukraine\. Score 2\.87 < threshold 4\.80: no match\.$" "$tmp/out" ||
	{ cat "$tmp/out"; fail "explain: why an entry did not match"; }
"$SW_BIN" explain "$out_id" >"$tmp/out"
grep -q "^  (the configuration has no topic to score it again)$" "$tmp/out" ||
	{ cat "$tmp/out"; fail "explain: an unmatched entry without topics"; }
# ... and a -c that does not load is an error (exit 1), not a warning
set +e
"$SW_BIN" explain -c "$tmp/no-such.conf" "$out_id" >/dev/null 2>"$tmp/err"
rc=$?
set -e
[ "$rc" -eq 1 ] && grep -q "no-such.conf: No such file" "$tmp/err" ||
	{ cat "$tmp/err"; fail "explain -c a missing file: exit $rc"; }
# thread: the whole story of an entry, report by report in the order they
# came (the Kremlin's warning, Moscow's veto demand, Kyiv's report of it);
# --json a line a report; an entry in no thread is an error
"$SW_BIN" thread https://vechirnii-kyiv.example/news/1003 >"$tmp/out" ||
	{ cat "$tmp/out"; fail "thread"; }
[ "$(sed -n 1p "$tmp/out")" = 'Kremlin says any Western troops in Ukraine would be "legitimate targets"' ] &&
	grep -q "^  reports: 3 from 3 outlets, 2026-11-2. ..:.. to 2026-11-2. ..:..$" "$tmp/out" &&
	[ "$(grep -o "  \(New story\|Follow-up\|Same copy\)  [A-Z][a-z]* [A-Z][a-z]*$" "$tmp/out" | tr -s ' ' | tr '\n' '|')" = \
		" New story Harbour Gazette| Follow-up Continental Wire| Follow-up Vechirnii Kyiv|" ] ||
	{ cat "$tmp/out"; fail "thread: not the story's three reports in order"; }
"$SW_BIN" thread --json https://vechirnii-kyiv.example/news/1003 | "$PY" -c '
import json, sys
rows = [json.loads(l) for l in sys.stdin]
assert [r["kind"] for r in rows] == ["new", "followup", "followup"], rows
assert {r["thread"] for r in rows} == {"hg-2026-11-21-kremlin-troops"}, rows
assert rows[2]["id"] == "https://vechirnii-kyiv.example/news/1003", rows' || fail "thread --json"
set +e
"$SW_BIN" thread "$out_id" >/dev/null 2>"$tmp/err"
rc=$?
set -e
[ "$rc" -eq 1 ] && grep -q "^storywatch: error: $out_id: in no thread: it matched no topic$" "$tmp/err" ||
	{ cat "$tmp/err"; fail "thread of an unmatched entry: exit $rc"; }
# threads: the demo's five stories, the latest first; the ENTRY of each
# is its first report's, which thread takes; --json a line a story
"$SW_BIN" threads --days 0 >"$tmp/out" || fail "threads"
[ "$(sed -n 1p "$tmp/out")" = "LAST REPORT       REPORTS  OUTLETS   ENTRY  STORY" ] &&
	[ "$(wc -l <"$tmp/out")" -eq 6 ] &&
	sed -n '2,$p' "$tmp/out" | cut -c1-16 | sort -rc ||
	{ cat "$tmp/out"; fail "threads: not five stories, latest first"; }
k_entry=$(grep 'legitimate targets"$' "$tmp/out" | awk '{ print $5 }')
"$SW_BIN" thread "$k_entry" | grep -q "^  reports: 3 from 3 outlets" ||
	fail "threads: its ENTRY is not the story's"
"$SW_BIN" threads --json --days 0 | "$PY" -c '
import json, sys
rows = [json.loads(l) for l in sys.stdin]
assert len(rows) == 5 and [r["last"] for r in rows] == sorted((r["last"] for r in rows), reverse=True), rows
k = [r for r in rows if r["thread"] == "hg-2026-11-21-kremlin-troops"][0]
assert k["reports"] == 3 and k["outlets"] == 3 and not k["muted"] and k["first"] < k["last"], k
assert sum(r["reports"] for r in rows) == 11, rows' || fail "threads --json"
"$SW_BIN" threads --days 1 --json >"$tmp/out" || fail "threads --days 1"
# none: says so, in words true of --days 0 (all) and 1
[ "$(XDG_STATE_HOME="$tmp/none" "$SW_BIN" threads --days 0)" = "no story stored" ] &&
	[ "$(XDG_STATE_HOME="$tmp/none" "$SW_BIN" threads --days 1)" = "no story in the last day" ] &&
	[ "$(XDG_STATE_HOME="$tmp/none" "$SW_BIN" threads)" = "no story in the last 14 days" ] ||
	fail "threads: none"
set +e
"$SW_BIN" threads --days soon >/dev/null 2>"$tmp/err"
rc=$?
set -e
[ "$rc" -eq 2 ] && grep -q "^storywatch: threads: --days takes a number of days, not soon$" "$tmp/err" ||
	{ cat "$tmp/err"; fail "threads --days soon: exit $rc"; }
# mute, unmute: the popup's "Mute thread" and its undo, from the shell
kremlin=https://vechirnii-kyiv.example/news/1003
headline='Kremlin says any Western troops in Ukraine would be "legitimate targets"'
[ "$("$SW_BIN" mute $kremlin)" = "muted: $headline (ukraine-guarantees)" ] || fail "mute"
[ "$("$SW_BIN" mute $kremlin)" = "already muted: $headline (ukraine-guarantees)" ] ||
	fail "mute twice"
"$SW_BIN" thread $kremlin | grep -q "^  reports: 3 .*(muted)$" || fail "thread: not muted"
"$SW_BIN" threads --days 0 | grep -q "^.*  3        3  .*legitimate targets\" (muted)$" ||
	fail "threads: the muted story not marked"
[ "$("$SW_BIN" unmute $kremlin)" = "unmuted: $headline (ukraine-guarantees)" ] || fail "unmute"
"$SW_BIN" thread $kremlin | grep -q "(muted)" && fail "thread: still muted"
set +e
"$SW_BIN" mute "$out_id" >"$tmp/out" 2>"$tmp/err"
rc=$?
set -e
[ "$rc" -eq 1 ] && [ ! -s "$tmp/out" ] &&
	grep -q "^storywatch: error: $out_id: in no thread: it matched no topic$" "$tmp/err" ||
	{ cat "$tmp/err"; fail "mute of an unmatched entry: exit $rc"; }
# a number is a row id first; when it is also an entry's uid (a feed's
# numbered guids), the answer says so and names that entry's row
db="$XDG_STATE_HOME/storywatch/state.db"
last=$(sqlite3 "$db" "SELECT max(id) FROM entries")
last_uid=$(sqlite3 "$db" "SELECT uid FROM entries WHERE id = $last")
last_link=$(sqlite3 "$db" "SELECT link FROM entries WHERE id = $last")
sqlite3 "$db" "UPDATE entries SET uid = '1' WHERE id = $last"
for cmd in explain thread; do
	"$SW_BIN" "$cmd" 1 >/dev/null 2>"$tmp/err" || true
	grep -q "^storywatch: warning: 1 is taken as a row id; the entry whose uid is 1 is row $last$" "$tmp/err" ||
		{ cat "$tmp/err"; fail "$cmd 1: a row id that is also a uid, without a word"; }
done
sqlite3 "$db" "UPDATE entries SET uid = '$last_uid' WHERE id = $last"
# a uid that begins with '-' is named after "--", which ends the options
# (-q before it still counts); without it, it is an unknown option
k_id=$(sqlite3 "$db" "SELECT id FROM entries WHERE link = '$kremlin'")
k_uid=$(sqlite3 "$db" "SELECT uid FROM entries WHERE id = $k_id")
sqlite3 "$db" "UPDATE entries SET uid = '-k1' WHERE id = $k_id"
"$SW_BIN" thread -q -- -k1 | grep -q "^$headline$" || fail "thread -- -k1"
"$SW_BIN" explain -- -k1 >/dev/null || fail "explain -- -k1: no such entry"
[ "$("$SW_BIN" mute -- -k1)" = "muted: $headline (ukraine-guarantees)" ] || fail "mute -- -k1"
[ "$("$SW_BIN" unmute -- -k1)" = "unmuted: $headline (ukraine-guarantees)" ] || fail "unmute -- -k1"
set +e
"$SW_BIN" thread -k1 >/dev/null 2>"$tmp/err"
rc=$?
set -e
[ "$rc" -eq 2 ] && grep -q "^storywatch: thread: unknown option -k1$" "$tmp/err" ||
	{ cat "$tmp/err"; fail "thread -k1: exit $rc"; }
sqlite3 "$db" "UPDATE entries SET uid = '$k_uid' WHERE id = $k_id"
# a link, as the digest shows it, names its entry too (the Harbour
# Gazette's uids are not its links); a uid of two feeds takes the first
# stored, with a word
"$SW_BIN" explain https://harbour-gazette.example/world/2026/11/21/kremlin-western-troops-targets \
	>"$tmp/out" || fail "explain LINK"
[ "$(sed -n 1p "$tmp/out")" = "$headline" ] || { cat "$tmp/out"; fail "explain LINK: another entry"; }
# ... and as the Markdown digest writes it, its bytes past ASCII and its
# parentheses escaped (%D0%BA...), which is also what a browser copies
hg_link=https://harbour-gazette.example/world/2026/11/21/kremlin-western-troops-targets
hg_id=$(sqlite3 "$db" "SELECT id FROM entries WHERE link = '$hg_link'")
sqlite3 "$db" "UPDATE entries SET link = 'https://harbour-gazette.example/world/кремль-(1)' WHERE id = $hg_id"
hg_day=$(date -d "@$(sqlite3 "$db" "SELECT first_seen FROM entries WHERE id = $hg_id")" +%Y-%m-%d)
md_link=$("$SW_BIN" digest --date "$hg_day" | grep -o '(https://harbour-gazette.example/world/%[^)]*)' |
	tr -d '()')
[ "$md_link" = "https://harbour-gazette.example/world/%D0%BA%D1%80%D0%B5%D0%BC%D0%BB%D1%8C-%281%29" ] ||
	fail "the digest's link: $md_link"
"$SW_BIN" explain "$md_link" >"$tmp/out" || fail "explain LINK as the digest writes it"
[ "$(sed -n 1p "$tmp/out")" = "$headline" ] || { cat "$tmp/out"; fail "explain LINK %XX: another entry"; }
sqlite3 "$db" "UPDATE entries SET link = '$hg_link' WHERE id = $hg_id"
# a link that several entries have (a feed that links each item to its
# home page) takes the first stored, with a word
sqlite3 "$db" "UPDATE entries SET link = 'https://home.example/' WHERE id IN ($hg_id, $last)"
"$SW_BIN" thread https://home.example/ >"$tmp/out" 2>"$tmp/err" || fail "thread of a link of two entries"
grep -q "^storywatch: warning: 2 entries have the link https://home.example/: taking the first stored, row $hg_id$" "$tmp/err" &&
	[ "$(sed -n 1p "$tmp/out")" = "$headline" ] ||
	{ cat "$tmp/err" "$tmp/out"; fail "thread of a link of two entries: not the first, or no word"; }
sqlite3 "$db" "UPDATE entries SET link = '$hg_link' WHERE id = $hg_id"
sqlite3 "$db" "UPDATE entries SET link = '$last_link' WHERE id = $last"
first=$(sqlite3 "$db" "SELECT min(id) FROM entries WHERE uid = 'hg-2026-11-21-kremlin-troops'")
sqlite3 "$db" "UPDATE entries SET uid = 'hg-2026-11-21-kremlin-troops' WHERE id = $last"
"$SW_BIN" thread hg-2026-11-21-kremlin-troops >"$tmp/out" 2>"$tmp/err" || fail "thread of a uid of two feeds"
grep -q "^storywatch: warning: 2 entries have the uid hg-2026-11-21-kremlin-troops: taking the first stored, row $first$" "$tmp/err" &&
	[ "$(sed -n 1p "$tmp/out")" = "$headline" ] ||
	{ cat "$tmp/err" "$tmp/out"; fail "thread of a uid of two feeds: not the first, or no word"; }
sqlite3 "$db" "UPDATE entries SET uid = '$last_uid' WHERE id = $last"
"$SW_BIN" explain 1 >/dev/null 2>"$tmp/err"
[ ! -s "$tmp/err" ] || { cat "$tmp/err"; fail "explain 1: a warning without a second entry"; }
# two [feed] groups with one url: loaded, with a warning naming the line
printf '[feed A]\nurl = https://dup.example/f\n\n[feed B]\nurl = https://dup.example/f\n' \
	>"$tmp/dup.conf"
"$SW_BIN" -c "$tmp/dup.conf" export-opml >"$tmp/out" 2>"$tmp/err" || fail "a repeated url: refused"
grep -q "dup.conf:4: \[feed B\] has the url of \[feed A\]" "$tmp/err" ||
	{ cat "$tmp/err"; fail "a repeated url: no warning"; }
[ "$(grep -c "dup.example" "$tmp/out")" -eq 2 ] || fail "a repeated url: not both feeds"
# a [feed] group repeated (a copy that kept its name) is one feed, with a
# warning that names both lines
printf '[feed A]\nurl = https://a.example/f\n\n[feed A]\nurl = https://b.example/f\n' \
	>"$tmp/dupname.conf"
"$SW_BIN" -c "$tmp/dupname.conf" export-opml >"$tmp/out" 2>"$tmp/err" || fail "a repeated [feed]: refused"
grep -q "dupname.conf:4: \[feed A\] again (first at line 1)" "$tmp/err" ||
	{ cat "$tmp/err"; fail "a repeated [feed]: no warning"; }
[ "$(grep -c "example/f" "$tmp/out")" -eq 1 ] || fail "a repeated [feed]: not one feed"
# a failure that makes the command exit 1 is called an error, not a warning
printf 'not a feed\n' >"$tmp/notafeed"
for args in "parse --json $tmp/notafeed" "explain no-such-uid" "import-opml $tmp/notafeed"; do
	set +e
	# shellcheck disable=SC2086
	"$SW_BIN" $args >/dev/null 2>"$tmp/err"
	rc=$?
	set -e
	[ "$rc" -eq 1 ] || fail "$args exits $rc, not 1"
	grep -q "^storywatch: error: " "$tmp/err" || { cat "$tmp/err"; fail "$args: not called an error"; }
done
# what a feed wrote is shown on its one line: a link with a newline and a
# terminal escape in it
sqlite3 "$XDG_STATE_HOME/storywatch/state.db" "UPDATE entries SET link = \
	CAST(X'68747470733a2f2f782e6578616d706c652f610a1b5b324a62' AS TEXT) WHERE id = $id"
"$SW_BIN" explain "$id" >"$tmp/out"
grep -q "^  link:   https://x.example/a \[2Jb$" "$tmp/out" ||
	{ cat -A "$tmp/out"; fail "explain: the link on one line, without the escape"; }
# explain takes a uid that is a number (many feeds number their guids) when
# no row has that id
st3="$tmp/state3"
printf '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>N</title>\n<item><guid isPermaLink="false">907</guid><title>Numbered guid</title><pubDate>Mon, 02 Nov 2026 10:00:00 GMT</pubDate></item>\n</channel></rss>\n' >"$tmp/numbered.xml"
printf '[storywatch]\nnotify = none\n[feed Numbered]\nurl = numbered.xml\n' >"$tmp/numbered.conf"
XDG_STATE_HOME="$st3" "$SW_BIN" once -c "$tmp/numbered.conf" >/dev/null 2>&1
XDG_STATE_HOME="$st3" "$SW_BIN" explain 907 >"$tmp/out" 2>"$tmp/err" || { cat "$tmp/err"; fail "explain of the uid 907"; }
grep -q "^Numbered guid" "$tmp/out" || { cat "$tmp/out"; fail "explain 907: not its entry"; }
"$SW_BIN" digest --format html | grep -q "<html" || fail "digest --format html"
# a malformed --date is a usage error, whatever GLib would guess from it
for d in 2025/01/02 01/02/2025 2025-02-30 2025-1-2xx; do
	set +e
	"$SW_BIN" digest --date "$d" 2>/dev/null; rc=$?
	set -e
	[ "$rc" -eq 2 ] || fail "digest --date $d exits $rc, not 2"
done
# export-opml lists the configured feeds; import-opml reads them back
printf '[storywatch]\nnotify = none\n[feed Kyiv & Co]\nurl = https://kyiv.example/rss?a=1&b=2\n[feed Wire]\nurl = http://wire.example/feed\n' >"$tmp/two.conf"
"$SW_BIN" -c "$tmp/two.conf" export-opml >"$tmp/feeds.opml"
[ "$(grep -c '<outline type="rss"' "$tmp/feeds.opml")" -eq 2 ] || fail "export-opml"
"$SW_BIN" import-opml "$tmp/feeds.opml" >"$tmp/back.conf"
grep -qx '\[feed Wire\]' "$tmp/back.conf" || { cat "$tmp/back.conf"; fail "import-opml"; }
grep -qx 'url = https://kyiv.example/rss?a=1&b=2' "$tmp/back.conf" || fail "import-opml url"
# an outline that is no http(s) feed is skipped with a warning naming its line
printf '<?xml version="1.0"?>\n<opml version="2.0"><body>\n<outline text="A" xmlUrl="feed://a.example/rss"/>\n<outline text="B" xmlUrl="https://b.example/rss"/>\n</body></opml>\n' >"$tmp/mixed.opml"
"$SW_BIN" import-opml "$tmp/mixed.opml" >"$tmp/mixed.conf" 2>"$tmp/err"
grep -qx 'url = https://b.example/rss' "$tmp/mixed.conf" || fail "import-opml: the http(s) outline"
! grep -q 'a.example' "$tmp/mixed.conf" || fail "import-opml: feed:// imported"
grep -q "OPML line 3: outline feed://a.example/rss skipped" "$tmp/err" || { cat "$tmp/err"; fail "import-opml: no warning for the skipped outline"; }
set +e
"$SW_BIN" -c "$tmp/bad.conf" export-opml 2>/dev/null; rc=$?
set -e
[ "$rc" -eq 1 ] || fail "export-opml with a bad config exits $rc, not 1"
# digest --write follows the config: no HTML page when digest_html = false
printf '[storywatch]\nnotify = none\ndigest_html = false\n' >"$tmp/nohtml.conf"
rm -rf "$XDG_DATA_HOME/storywatch/digest"
"$SW_BIN" -c "$tmp/nohtml.conf" digest --write --date 2026-11-02 >/dev/null
[ -f "$XDG_DATA_HOME/storywatch/digest/2026-11-02.md" ] || fail "digest --write: no .md"
[ ! -e "$XDG_DATA_HOME/storywatch/digest/2026-11-02.html" ] || fail "digest --write wrote HTML against digest_html = false"
# once whose digest cannot be written says so and exits 1 (a script or a
# timer unit sees it); here the digest folder is a file
rm -rf "$XDG_DATA_HOME/storywatch/digest"
: >"$XDG_DATA_HOME/storywatch/digest"
set +e
"$SW_BIN" once --force -c "$SW_SRCDIR/conf/demo.conf" >/dev/null 2>"$tmp/err"; rc=$?
set -e
rm -f "$XDG_DATA_HOME/storywatch/digest"
[ "$rc" -eq 1 ] || { cat "$tmp/err"; fail "once with an unwritable digest exits $rc, not 1"; }
grep -q "storywatch/digest: cannot create" "$tmp/err" || { cat "$tmp/err"; fail "once: digest message"; }
# once whose alerts cannot be marked as shown (the state file refuses the
# write; here a trigger) says so and exits 1; they stay pending, and the
# next once shows them
st2="$tmp/state2"
printf '[storywatch]\nnotify = none\n' >"$tmp/nofeeds.conf"
XDG_STATE_HOME="$st2" "$SW_BIN" -c "$tmp/nofeeds.conf" once >/dev/null
"$PY" -c 'import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("CREATE TRIGGER nomark BEFORE UPDATE OF notified_at ON matches "
          "BEGIN SELECT RAISE(ABORT, \x27refused by the test\x27); END")
c.commit()' "$st2/storywatch/state.db"
set +e
XDG_STATE_HOME="$st2" "$SW_BIN" once -c "$SW_SRCDIR/conf/demo.conf" >"$tmp/out" 2>"$tmp/err"; rc=$?
set -e
[ "$rc" -eq 1 ] || { cat "$tmp/err"; fail "once whose alerts could not be marked exits $rc, not 1"; }
grep -q "refused by the test" "$tmp/err" || { cat "$tmp/err"; fail "once: no reason for the alerts kept"; }
! grep -qv "^digest: " "$tmp/out" || { cat "$tmp/out"; fail "alerts shown that could not be marked"; }
"$PY" -c 'import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("DROP TRIGGER nomark")
c.commit()' "$st2/storywatch/state.db"
XDG_STATE_HOME="$st2" "$SW_BIN" once -c "$SW_SRCDIR/conf/demo.conf" >"$tmp/out" 2>"$tmp/err" ||
	{ cat "$tmp/err"; fail "once after the state took the marks exits $?"; }
grep -qv "^digest: " "$tmp/out" || fail "the kept alerts were not shown by the next once"
# alert lines (notify = stdout) whose reader is gone: once still writes the
# digest, says why and exits 1; run keeps running (neither is killed by
# SIGPIPE, which showed nothing and, for run, stopped the polling)
st4="$tmp/state4"
rm -rf "$XDG_DATA_HOME/storywatch/digest"
XDG_STATE_HOME="$st4" "$PY" - "$tmp/err" "$SW_BIN" once -c "$SW_SRCDIR/conf/demo.conf" <<'PYEOF' ||
import os, subprocess, sys
r, w = os.pipe()
os.close(r)
with open(sys.argv[1], "w") as err:
    rc = subprocess.run(sys.argv[2:], stdout=w, stderr=err).returncode
assert rc == 1, "once into a closed pipe exits %d, not 1" % rc
PYEOF
	{ cat "$tmp/err"; fail "once into a closed pipe"; }
ls "$XDG_DATA_HOME"/storywatch/digest/*.md >/dev/null 2>&1 || fail "once into a closed pipe: no digest"
grep -q "^storywatch: warning: standard output: .*Broken pipe" "$tmp/err" || { cat "$tmp/err"; fail "once into a closed pipe: no reason"; }
"$PY" -c 'import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("UPDATE matches SET notified_at = NULL")
c.commit()' "$st4/storywatch/state.db"
rm -rf "$XDG_DATA_HOME/storywatch/digest"
SW_NOW=$(($(date +%s) + 86400)) XDG_STATE_HOME="$st4" "$PY" - "$tmp/err" \
	"$XDG_DATA_HOME/storywatch/digest" "$SW_BIN" -c "$SW_SRCDIR/conf/demo.conf" run <<'PYEOF' ||
import os, signal, subprocess, sys, time
digest = sys.argv[2]
r, w = os.pipe()
os.close(r)
with open(sys.argv[1], "w") as err:
    p = subprocess.Popen(sys.argv[3:], stdout=w, stderr=err)
os.close(w)
for _ in range(300):  # the first cycle: alerts, then the digest
    if p.poll() is not None or (os.path.isdir(digest) and os.listdir(digest)):
        break
    time.sleep(0.1)
time.sleep(0.5)
assert p.poll() is None, "run with its alert lines unread died (%d)" % p.returncode
p.send_signal(signal.SIGTERM)
rc = p.wait(30)
assert rc == 0, "run stopped with %d" % rc
PYEOF
	{ cat "$tmp/err"; fail "run into a closed pipe"; }
grep -q "standard output: .*Broken pipe" "$tmp/err" || { cat "$tmp/err"; fail "run into a closed pipe: no reason"; }
# status whose feeds cannot be read (here their table is away) says so and
# exits 1, not 0 with an empty or partial list
"$PY" -c 'import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("ALTER TABLE feeds RENAME TO feeds_away")
c.commit()' "$st2/storywatch/state.db"
for args in "status" "status --json"; do
	set +e
	# shellcheck disable=SC2086 # the words of args are arguments
	XDG_STATE_HOME="$st2" "$SW_BIN" $args >/dev/null 2>"$tmp/err"; rc=$?
	set -e
	[ "$rc" -eq 1 ] || { cat "$tmp/err"; fail "$args with its feeds unreadable exits $rc, not 1"; }
	grep -q "no such table: feeds" "$tmp/err" || { cat "$tmp/err"; fail "$args: no reason"; }
done
# storywatch(1) shows each command's synopsis whole, as --help does
if command -v groff >/dev/null 2>&1; then
	groff -man -Tascii -P-cbou -rLL=200n "$SW_SRCDIR/man/storywatch.1" >"$tmp/man1" 2>/dev/null
	"$SW_BIN" --help >"$tmp/help"
	"$PY" - "$tmp/help" "$tmp/man1" <<'PYEOF'
import re, sys
commands = open(sys.argv[1]).read().split("\noptions:")[0]
man = [l.strip().lower() for l in open(sys.argv[2])]
n = 0
for line in commands.splitlines():
    m = re.match(r"^  ([a-z]\S*(?: \S+)*)", line)
    if not m:
        continue
    n += 1
    syn = m.group(1).lower()
    assert any(l.startswith(syn) for l in man), "storywatch(1) has no line " + syn
assert n == 13, n
PYEOF
fi
# output that cannot be written (a full disk) fails the command with a
# message, whichever command printed it: a script must not take a cut-off
# digest or feed list for the whole
if [ -c /dev/full ]; then
	for cmd in "parse --json $SW_SRCDIR/demo/feeds/continental-wire.atom" \
		"-c $SW_SRCDIR/conf/demo.conf status" "-c $tmp/two.conf export-opml" \
		"digest --date 2026-11-02" "--help" "--version"; do
		set +e
		# shellcheck disable=SC2086 # the words of cmd are arguments
		"$SW_BIN" $cmd >/dev/full 2>"$tmp/err"; rc=$?
		set -e
		[ "$rc" -eq 1 ] || fail "$cmd >/dev/full exits $rc, not 1"
		grep -q "^storywatch: error: standard output: " "$tmp/err" ||
			{ cat "$tmp/err"; fail "$cmd >/dev/full: no message"; }
	done
fi
echo "PASS: command line"
