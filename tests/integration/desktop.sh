#!/bin/sh
# desktop.sh - the popups on a real desktop stack: Xvfb, a private session
# bus (dbus-run-session) and dunst.  Three `storywatch once` runs over
# fixture feeds (tests/data/notify/*.rss.in, dated relative to now):
#
#   1. two new stories and a copy of the first  -> two "New story" popups
#   2. a follow-up of the first story           -> one "Follow-up" popup
#   3. a flood of five new stories (batch 3)    -> one summary popup
#   4. nothing new                              -> nothing
#
# Then tests/test_notifier, in its desktop mode, drives one notifier the
# way the daemon does: a follow-up updates its thread's popup in place,
# "Open" (dunstctl action) opens the link through GIO (a fake browser
# records it) and "Mute thread" (dunstctl context) mutes the thread.
#
# then `dunstctl close-all` and `dunstctl history` must hold exactly those
# four popups: summaries, escaped bodies, app name, default action; a
# dbus-monitor log of the Notify calls gives their actions, urgency,
# icon and desktop-entry hint.  Exit 77 when the stack is not installed.
# SW_SHOT_DIR=dir keeps a screenshot (ImageMagick `import`) of the popups.
set -eu

: "${SW_BIN:?}" "${SW_TESTDATA:?}"
PY=${PYTHON3:-python3}

if [ "${1:-}" != "--inner" ]; then
	for t in Xvfb dunst dunstctl dbus-run-session dbus-monitor dbus-send busctl "$PY"; do
		command -v "$t" >/dev/null 2>&1 || { echo "SKIP: $t not installed"; exit 77; }
	done
	exec dbus-run-session -- "$0" --inner
fi

# ---- inside the private session bus
# (common.sh for wait_until and has_lines; this test's fail() below shows
# the logs too)
. "$(cd "$(dirname "$0")" && pwd)/common.sh"
tmp=$(mktemp -d)
xpid= dpid= mpid=
cleanup() {
	for p in $mpid $dpid $xpid; do
		kill "$p" 2>/dev/null || :
	done
	# what has not ended 5 s after SIGTERM gets SIGKILL: once, after a
	# failure early in the test, the wait below hung (on an Xvfb, it
	# seemed) until it was killed by hand
	if [ -n "$mpid$dpid$xpid" ]; then
		(
			sleep 5
			kill -KILL $mpid $dpid $xpid 2>/dev/null
		) &
		killer=$!
		wait $mpid $dpid $xpid 2>/dev/null || :
		kill "$killer" 2>/dev/null || :
	fi
	wait 2>/dev/null || :
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM
fail() {
	echo "FAIL: $*"
	for f in "$tmp"/err* "$tmp/dunst.log"; do
		[ -s "$f" ] && { echo "--- $f"; cat "$f"; }
	done
	exit 1
}

export TZ=UTC LC_ALL=C.UTF-8
export HOME="$tmp/home" XDG_STATE_HOME="$tmp/state" XDG_DATA_HOME="$tmp/data" \
	XDG_CONFIG_HOME="$tmp/config" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" "$tmp/feeds" "$XDG_DATA_HOME/applications" \
	"$XDG_CONFIG_HOME"
chmod 700 "$XDG_RUNTIME_DIR"

# a "browser" for GIO that writes down what it was asked to open
export SW_OPENED="$tmp/opened"
cat >"$tmp/browser" <<EOF
#!/bin/sh
printf '%s\n' "\$@" >>"$SW_OPENED"
EOF
chmod +x "$tmp/browser"
cat >"$XDG_DATA_HOME/applications/sw-test-browser.desktop" <<EOF
[Desktop Entry]
Type=Application
Name=storywatch test browser
Exec=$tmp/browser %u
MimeType=x-scheme-handler/http;x-scheme-handler/https;text/html;
NoDisplay=true
EOF
cat >"$XDG_CONFIG_HOME/mimeapps.list" <<EOF
[Default Applications]
x-scheme-handler/http=sw-test-browser.desktop
x-scheme-handler/https=sw-test-browser.desktop
text/html=sw-test-browser.desktop
EOF

# a free display: Xvfb picks it and writes its number once it is ready
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$tmp/display" \
	>"$tmp/xvfb.log" 2>&1 &
xpid=$!
wait_until 100 test -s "$tmp/display" || fail "Xvfb did not start"
export DISPLAY=":$(cat "$tmp/display")"

dunst -config "$SW_TESTDATA/notify/dunstrc" >"$tmp/dunst.log" 2>&1 &
dpid=$!
# wait for dunst to own the name; asking dunst itself would start another
# one through D-Bus activation
# dunst_has WHAT N: dunstctl counts N or more popups WHAT (displayed,
# history)
dunst_has() {
	[ "$(dunstctl count "$1")" -ge "$2" ]
}
owned() {
	dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
		org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications 2>/dev/null |
		grep -q "boolean true"
}
wait_until 100 owned || fail "dunst did not come up on the session bus"

dbus-monitor --session \
	"type='method_call',interface='org.freedesktop.Notifications',member='Notify'" \
	>"$tmp/notify.log" 2>/dev/null &
mpid=$!
# it monitors once the bus took its name away (NameLost, printed and
# flushed): a fixed 0.3 s could end before that on a loaded machine, and
# the first Notify calls went unseen
wait_until 100 grep -qs "member=NameLost" "$tmp/notify.log" ||
	fail "dbus-monitor did not start monitoring"

# ---- fixtures, dated relative to now
now=$(date +%s)
for m in 50 45 40 10 9 8 7 6 5; do
	echo "s/@AGO_${m}@/$(date -u -R -d "@$((now - m * 60))")/"
done >"$tmp/dates.sed"
feed() {   # feed TEMPLATE NAME
	sed -f "$tmp/dates.sed" "$SW_TESTDATA/notify/$1" >"$tmp/feeds/$2.xml.new"
	mv "$tmp/feeds/$2.xml.new" "$tmp/feeds/$2.xml"
}
hhmm() {   # the time a popup shows for "m minutes ago"
	t=$((now - $1 * 60))
	if [ "$(date -d "@$t" +%F)" = "$(date +%F)" ]; then
		date -d "@$t" +%H:%M
	else
		date -d "@$t" "+%F %H:%M"
	fi
}

cat >"$tmp/storywatch.conf" <<EOF
[storywatch]
notify = libnotify
popup_batch = 3
backfill = 2d
digest_html = true

[feed harbour]
url = $tmp/feeds/harbour.xml

[feed wire]
url = $tmp/feeds/wire.xml

[feed kyiv]
url = $tmp/feeds/kyiv.xml

[topic zephyria]
term.z = Zephyria; Zephyrian*
weight.z = 4
term.pact = security pact
weight.pact = 3
threshold = 5
EOF

once() {   # once N [--force]
	n=$1
	shift
	"$SW_BIN" once "$@" -c "$tmp/storywatch.conf" >"$tmp/out$n" 2>"$tmp/err$n" ||
		fail "run $n: once exited $?"
	grep -q "^digest: " "$tmp/out$n" || fail "run $n: no digest line"
}

feed harbour.rss.in harbour
feed wire-1.rss.in wire
feed kyiv-1.rss.in kyiv
once 1
feed kyiv-2.rss.in kyiv
once 2 --force
feed wire-3.rss.in wire
once 3 --force
once 4 --force
# each `once` waited for dunst's answer to its Notify calls; dunst shows
# them from its own main loop, which a loaded machine may run late: wait
# for the 4 popups (at most 10 s), rather than a fixed 0.5 s
wait_until 100 dunst_has displayed 4 || :

if [ -n "${SW_SHOT_DIR:-}" ] && command -v import >/dev/null 2>&1; then
	mkdir -p "$SW_SHOT_DIR"
	import -window root "$SW_SHOT_DIR/desktop-popups.png" || echo "note: no screenshot"
fi

n=$(dunstctl count displayed)
[ "$n" -eq 4 ] || fail "dunst shows $n popups, not 4"
dunstctl close-all
wait_until 100 dunst_has history 4 || :
dunstctl history >"$tmp/history.json" || fail "dunstctl history"
# the monitor prints a call when the bus hands it over, which may be after
# dunst answered it: wait for the 4 calls before it is stopped
wait_until 100 has_lines 4 "member=Notify" "$tmp/notify.log" || :
kill "$mpid" 2>/dev/null || :
mpid=

digest_html="$XDG_DATA_HOME/storywatch/digest/$(date +%F).html"
[ -s "$digest_html" ] || fail "no HTML digest"

T50=$(hhmm 50) T45=$(hhmm 45) T10=$(hhmm 10) \
"$PY" - "$tmp/history.json" "$tmp/notify.log" <<'PYEOF' || fail "popups differ"
import json, os, re, sys

hist = json.load(open(sys.argv[1]))["data"][0]
hist.sort(key=lambda n: n["id"]["data"])
got = [{k: n[k]["data"] for k in ("summary", "body", "appname", "default_action_name")}
       for n in hist]
E = os.environ
want = [
    {"summary": "New story: Zephyria and allies agree <script>alert(1)</script> "
                "security pact & timeline",
     "body": "<i>Harbour Gazette</i> · %s\nNegotiators agreed a security pact in Berlin, "
             "with a ratification timeline &amp; a joint &lt;b&gt;defence&lt;/b&gt; "
             "council.\nMatched: Zephyria, security pact" % E["T50"]},
    {"summary": "New story: Gas operator shuts Zephyrian northern pipeline for winter repairs",
     "body": "<i>Kyiv &lt;Independent&gt; &amp; Co</i> · %s\nThe state-owned gas operator "
             "closed the northern pipeline for six weeks of maintenance on compressors.\n"
             "Matched: Zephyrian" % E["T45"]},
    {"summary": "Follow-up: Zephyria and allies agree <script>alert(1)</script> "
                "security pact & timeline",
     "body": "<i>Kyiv &lt;Independent&gt; &amp; Co</i> · %s\n<b>Zephyria parliament sets "
             "vote on security pact with allies</b>\nLawmakers in Zephyria will vote next "
             "week on the security pact agreed with four allies in Berlin.\n"
             "Matched: Zephyria, security pact" % E["T10"]},
    {"summary": "5 new stories: zephyria",
     "body": "• Zephyria chess federation wins bid to host 2031 olympiad in Varnholm — "
             "<i>Continental Wire</i>\n"
             "• Floods cut the Marrow Valley rail link near Quennick — <i>Continental Wire</i>\n"
             "• Central bank governor Oskar Lindqvist holds rates at four percent — "
             "<i>Continental Wire</i>\n"
             "• Archaeologists uncover a Bronze Age harbour at Saltmere Bay — "
             "<i>Continental Wire</i>\n"
             "• FC Dornwall reach cup final after penalty shootout against Ravensholt — "
             "<i>Continental Wire</i>"},
]
for w in want:
    w["appname"] = "storywatch"
    w["default_action_name"] = "default"
if got != want:
    print("popups in dunst's history:")
    print(json.dumps(got, indent=1, ensure_ascii=False))
    print("wanted:")
    print(json.dumps(want, indent=1, ensure_ascii=False))
    sys.exit(1)

# The Notify calls as dbus-monitor printed them: actions and hints.
calls, cur, arrays = [], None, 0
for line in open(sys.argv[2], encoding="utf-8", errors="replace"):
    if "member=Notify" in line:
        cur = {"args": [], "actions": [], "hints": {}}
        calls.append(cur)
        arrays, key = 0, None
        continue
    if cur is None:
        continue
    s = line.strip()
    if s == "array [":
        arrays += 1
        continue
    if arrays == 0:
        m = re.match(r'(string|uint32) "?(.*?)"?$', s)
        if m:
            cur["args"].append(m.group(2))
    elif arrays == 1:
        m = re.match(r'string "(.*)"$', s)
        if m:
            cur["actions"].append(m.group(1))
    elif arrays == 2:
        m = re.match(r'string "(.*)"$', s)
        if m and key is None:
            key = m.group(1)
            continue
        m = re.match(r'variant\s+(\w+) "?(.*?)"?$', s)
        if m and key is not None:
            cur["hints"][key] = m.group(2)
            key = None
if len(calls) != 4:
    print("expected 4 Notify calls, saw %d" % len(calls))
    sys.exit(1)
story = ["default", "Open", "open", "Open", "mute", "Mute thread"]
summary = ["default", "Open digest", "open", "Open digest"]
want_actions = [story, story, story, summary]
want_urgency = ["2", "1", "2", "1"]   # critical, normal, critical, normal
for i, c in enumerate(calls):
    ok = (c["args"][:1] == ["storywatch"] and
          c["actions"] == want_actions[i] and
          c["hints"].get("desktop-entry") == "storywatch" and
          c["hints"].get("urgency") == want_urgency[i] and
          len(c["args"]) >= 3 and c["args"][2] != "")
    if not ok:
        print("Notify call %d: %r" % (i + 1, c))
        sys.exit(1)
PYEOF

# nothing was left unmarked, and a fourth run showed nothing
db="$XDG_STATE_HOME/storywatch/state.db"
if command -v sqlite3 >/dev/null 2>&1; then
	n=$(sqlite3 "$db" "SELECT count(*) FROM matches WHERE notified_at IS NULL AND silent = 0")
	[ "$n" -eq 0 ] || fail "$n matches left unmarked"
fi
# one notifier across cycles, with the main loop running: in-place
# updates and the two actions
tn="$(dirname "$SW_BIN")/../tests/test_notifier"
if [ -x "$tn" ]; then
	SW_DESKTOP=1 "$tn" >"$tmp/err-live" 2>&1 || fail "live notifier test"
else
	echo "note: $tn not built; in-place updates and actions not checked"
fi
echo "PASS: desktop popups"
