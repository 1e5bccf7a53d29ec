#!/bin/sh
# http.sh - fetching and scheduling against tests/httpd.py on 127.0.0.1.
#
# Drives $SW_BIN (`once`, `status --json`) in a temporary HOME/XDG tree.
# Time is injected with SW_NOW (epoch seconds), never slept through;
# SW_FETCH_TIMEOUT=3 shortens the total transfer timeout for the body
# that never ends.  Prints TAP; exits 1 if any check failed, 77 if python3
# is missing.
set -u

here=$(cd "$(dirname "$0")" && pwd)
. "$here/common.sh"
sw_init

tmp=$(mktemp -d)
srv_pid=
cleanup() {
	stop_pids $srv_pid
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM
sw_private_bin
export HOME="$tmp/home"
mkdir -p "$HOME"
loopback_only
export SW_FETCH_TIMEOUT=3
# the machine's routes are not the tests': a default route unless a test
# takes it away (storywatch reads no other routes than these files)
printf 'Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n' \
	>"$tmp/noroute"
{
	cat "$tmp/noroute"
	printf 'eth0\t00000000\t0100A8C0\t0003\t0\t0\t0\t00000000\t0\t0\t0\n'
} >"$tmp/route"
export SW_ROUTE_FILES="$tmp/route"

# another loopback address stands for a public server in the redirect
# checks: 127.0.0.2, or ::1 where lo has 127.0.0.1 alone (BSD, macOS)
"$PY" "$srcdir/tests/httpd.py" --port-file "$tmp/port" --log "$tmp/requests.log" \
	--also 127.0.0.2 --also ::1 --also-file "$tmp/also" &
srv_pid=$!
wait_started 100 "$tmp/port" || { echo "Bail out! httpd.py did not start"; exit 1; }
port=$(cat "$tmp/port")
B="http://127.0.0.1:$port"
pub=$(cat "$tmp/also")
case $pub in
*:*) P="http://[$pub]:$port" ;;
*) P="http://$pub:$port" ;;
esac

# ---- helpers

# q.py: questions about the request log and `status --json`.
cat >"$tmp/q.py" <<'PYEOF'
import json, sys

def log(path):
    with open(path) as fp:
        return [json.loads(l) for l in fp if l.strip()]

cmd = sys.argv[1]
if cmd == "count":                  # count LOG PATH: requests to PATH
    print(sum(1 for r in log(sys.argv[2]) if r["path"] == sys.argv[3]))
elif cmd == "header":               # header LOG PATH N NAME: of the Nth (1-based, -1 last)
    rs = [r for r in log(sys.argv[2]) if r["path"] == sys.argv[3]]
    k = int(sys.argv[4])
    r = rs[k - 1] if k > 0 else rs[k]
    print(r["headers"].get(sys.argv[5].lower(), ""))
elif cmd == "maxinflight":          # maxinflight LOG
    print(max([r.get("inflight", 0) for r in log(sys.argv[2])] or [0]))
elif cmd == "field":                # field STATUS_JSONL FEED KEY
    for line in open(sys.argv[2]):
        if not line.strip():
            continue
        d = json.loads(line)
        if d["name"] == sys.argv[3]:
            v = d.get(sys.argv[4])
            print("" if v is None else v)
PYEOF

# env NAME: a fresh state, data and config tree for one scenario
env_new() {
	sc="$tmp/$1"
	mkdir -p "$sc"
	export XDG_STATE_HOME="$sc/state" XDG_DATA_HOME="$sc/data" XDG_CONFIG_HOME="$sc/config"
	conf="$sc/storywatch.conf"
	printf '[storywatch]\nnotify = none\ninterval = 60m\nmax_per_host = %s\n' \
		"${MAX_PER_HOST:-2}" >"$conf"
	: >"$tmp/requests.log"
}
# feed NAME URL
feed() { printf '\n[feed %s]\nurl = %s\n' "$1" "$2" >>"$conf"; }
# sw_at NOW ARGS...: run storywatch at the injected time NOW
sw_at() {
	at=$1
	shift
	SW_NOW=$at "$SW_BIN" -c "$conf" "$@" >>"$sc/out" 2>>"$sc/err"
}
count() { "$PY" "$tmp/q.py" count "$tmp/requests.log" "$1"; }
header() { "$PY" "$tmp/q.py" header "$tmp/requests.log" "$1" "$2" "$3"; }
field() {
	SW_NOW=${NOW:-0} "$SW_BIN" -c "$conf" status --json >"$sc/status.jsonl" 2>>"$sc/err"
	"$PY" "$tmp/q.py" field "$sc/status.jsonl" "$1" "$2"
}
eq() { [ "$1" = "$2" ] || { echo "# expected '$2', got '$1'" >&2; return 1; }; }
has() { case "$1" in *"$2"*) return 0 ;; esac; echo "# '$1' lacks '$2'" >&2; return 1; }
# between V LO HI
between() {
	[ "$1" -ge "$2" ] 2>/dev/null && [ "$1" -le "$3" ] || {
		echo "# $1 not in [$2, $3]" >&2
		return 1
	}
}
due_in() { echo $(($(field "$1" next_due) - $2)); }

T0=1800000000       # 2027-01-15 08:00 UTC, a Friday
H=3600

# ---- 200 then 304: validators stored verbatim and sent back
env_new cond
feed a "$B/feed/a"
sw_at $T0 once
check "first fetch is unconditional" eq "$(header /feed/a 1 if-none-match)$(header /feed/a 1 if-modified-since)" ""
check "User-Agent names storywatch and its URL" has "$(header /feed/a 1 user-agent)" "storywatch/"
check "User-Agent has (+URL)" has "$(header /feed/a 1 user-agent)" "(+"
check "Accept-Encoding offers gzip" has "$(header /feed/a 1 accept-encoding)" "gzip"
check "no cookies sent" eq "$(header /feed/a 1 cookie)" ""
check "ETag stored verbatim" eq "$(field a etag)" '"a-v1"'
check "Last-Modified stored verbatim" eq "$(field a last_modified)" "Mon, 24 Nov 2025 10:00:00 GMT"
check "state ok after 200" eq "$(field a state)" ok
sw_at $((T0 + 60)) once
check "a due check polls nothing early" eq "$(count /feed/a)" 1
sw_at $((T0 + 10 * H)) once
check "polled once due" eq "$(count /feed/a)" 2
check "If-None-Match sent" eq "$(header /feed/a 2 if-none-match)" '"a-v1"'
check "If-Modified-Since sent" eq "$(header /feed/a 2 if-modified-since)" "Mon, 24 Nov 2025 10:00:00 GMT"
check "state ok after 304" eq "$(field a state)" ok
check "last success refreshed by the 304" eq "$(field a last_success)" $((T0 + 10 * H))
check "next due after the 304 is in the future" between "$(due_in a $((T0 + 10 * H)))" $H $((4 * H * 12 / 10))
sw_at $((T0 + 20 * H)) once --force
check "every later fetch is conditional" eq "$(header /feed/a 3 if-none-match)" '"a-v1"'

# ---- the warm cycle parses nothing: 304s skip parsing, an unchanged 200
# body skips matching (seen in the debug log)
env_new warm
feed c "$B/feed/c"
feed p "$B/plain/p"
SW_NOW=$T0 "$SW_BIN" -v -c "$conf" once >/dev/null 2>"$sc/err"
check "cold: both feeds parsed (debug log)" \
	sh -c "grep -q '/feed/c: 20 entries' '$sc/err' && grep -q '/plain/p: 20 entries' '$sc/err'"
SW_NOW=$((T0 + 60)) "$SW_BIN" -v -c "$conf" once --force >/dev/null 2>"$sc/err"
check "warm: the 304 feed is not parsed" sh -c "! grep -q '/feed/c: .* entries' '$sc/err'"
check "warm: the unchanged 200 is not parsed" grep -q "/plain/p: unchanged" "$sc/err"
check "warm: the unchanged 200 is not parsed again" sh -c "! grep -q '/plain/p: .* entries' '$sc/err'"

# ---- gzip
env_new gzip
feed g "$B/gzip/g"
sw_at $T0 once
check "gzip body decoded and parsed" eq "$(field g title)" g
check "gzip feed ok" eq "$(field g state)" ok

# ---- redirects
env_new chain
feed c "$B/chain/3"
sw_at $T0 once
check "redirect chain of 3 followed" eq "$(field c state)" ok
check "temporary redirects keep the url" eq "$(field c url)" "$B/chain/3"
check "redirect chain requested every hop" eq "$(count /chain/0)" 1

env_new moved
feed m "$B/moved/m"
feed p "$B/moved308/p"
feed t "$B/temp/t"
sw_at $T0 once --force
sw_at $((T0 + 1)) once --force
check "301 not yet persisted after 2 fetches" eq "$(field m url)" "$B/moved/m"
sw_at $((T0 + 2)) once --force
check "301 persisted after 3 consecutive fetches" eq "$(field m url)" "$B/feed/m-new"
check "308 persisted after 3 consecutive fetches" eq "$(field p url)" "$B/feed/p-new"
check "302 stays temporary" eq "$(field t url)" "$B/temp/t"
check "the move is logged" grep -q "moved permanently" "$sc/err"
sw_at $((T0 + 3)) once --force
check "the old url is not asked again" eq "$(count /moved/m)" 3
check "the new url is polled directly" eq "$(count /feed/m-new)" 4
check "the new url gets conditional requests" eq "$(header /feed/m-new 4 if-none-match)" '"m-new-v1"'

env_new loop
feed l "$B/loop"
feed f "$B/tofile"
feed x "$B/chain/6"
sw_at $T0 once
check "redirect loop is an error" eq "$(field l state)" error
check "redirect loop reads 'too many redirects'" eq "$(field l last_error)" "too many redirects"
check "redirect loop stops after 5 follows" eq "$(count /loop)" 6
check "6 redirects are too many" eq "$(field x last_error)" "too many redirects"
check "redirect to file: refused" eq "$(field f last_error)" "redirect to a refused scheme"
check "redirect to file: is an error" eq "$(field f state)" error

# a public server may not send us to this machine (SW_PUBLIC_ADDR makes
# $pub a public address); /moved308 leads to 127.0.0.1 by address
if [ -n "$pub" ]; then
	env_new tolocal
	feed pl "$P/moved308/pl"
	feed pp "$P/chain/1"
	feed lp "$B/moved308/lp"
	export SW_PUBLIC_ADDR="$pub"
	sw_at $T0 once
	unset SW_PUBLIC_ADDR
	check "public to local redirect is an error" eq "$(field pl state)" error
	check "public to local redirect says where it led" eq "$(field pl last_error)" \
		"redirect to a local address refused: http://127.0.0.1:$port/feed/pl-new (127.0.0.1)"
	check "public to local redirect: the local url is not asked" eq "$(count /feed/pl-new)" 0
	check "public to public redirect followed" eq "$(field pp state)" ok
	check "local to local redirect followed" eq "$(field lp state)" ok
	env_new fromlocal
	feed pl "$P/moved308/pl"
	sw_at $T0 once
	check "a feed on a local address may redirect to another" eq "$(field pl state)" ok
else
	for i in 1 2 3 4 5 6; do
		ok "# SKIP no loopback address but 127.0.0.1 (neither 127.0.0.2 nor ::1)"
	done
fi

# ---- statuses
env_new s404
feed nf "$B/status/404"
sw_at $T0 once
check "404: state error" eq "$(field nf state)" error
check "404: last error" eq "$(field nf last_error)" "HTTP 404 Not Found"
check "404: one error" eq "$(field nf errors)" 1
check "404: first backoff one interval (+jitter)" between "$(due_in nf $T0)" $H $((H * 12 / 10))
now=$T0
k=1
while [ $k -lt 8 ]; do
	next=$(field nf next_due)
	sw_at $((next - 1)) once
	now=$next
	sw_at "$now" once
	k=$((k + 1))
done
check "404: polled exactly when due, 8 times" eq "$(count /status/404)" 8
check "404: 8 errors counted" eq "$(field nf errors)" 8
check "404: backoff capped at 24 h (+jitter), never gives up" \
	between "$(due_in nf "$now")" 86400 $((86400 * 12 / 10))

env_new s410
feed g "$B/status/410"
sw_at $T0 once
check "410: state gone" eq "$(field g state)" gone
sw_at $((T0 + 30 * 86400)) once
check "410: never polled again" eq "$(count /status/410)" 1

# the other 2xx: no feed in them, so not a success (the feed would stay
# "ok" without ever being read); 203 is a 200 a proxy changed: read
env_new s2xx
feed p "$B/status/206"
feed n "$B/status/204"
feed t "$B/status/203?feed=1"
feed pf "$B/status/206?feed=1"
sw_at $T0 once
check "206: an error" eq "$(field p state)" error
check "206: says why" eq "$(field p last_error)" "HTTP 206 Partial Content: not an answer with a feed"
check "204: an error" eq "$(field n state)" error
check "204: backs off" between "$(due_in n $T0)" $H $((H * 12 / 10))
check "206 with a feed in it: still an error" eq "$(field pf state)" error
check "203: read as a 200" eq "$(field t state)" ok
check "203: its feed was parsed" eq "$(field t title)" status

# one host each (a separate state), since a 429 holds every feed of a host
env_new s429a
feed r1 "$B/status/429?ra=10800"
sw_at $T0 once
check "429 Retry-After seconds: waits that long" between "$(due_in r1 $T0)" 10800 $((10800 + H / 5 + 1))
check "429: recorded" eq "$(field r1 last_error)" "HTTP 429 Too Many Requests"
sw_at $((T0 + 10000)) once
check "429: nothing asked before Retry-After" eq "$(count '/status/429?ra=10800')" 1
env_new s429b
feed r2 "$B/status/429?radate=14400"
sw_at $T0 once
check "429 Retry-After HTTP-date: waits that long" between "$(due_in r2 $T0)" 14399 $((14400 + H / 5 + 1))
env_new s503a
feed r3 "$B/status/503?ra=18000"
sw_at $T0 once
check "503 Retry-After: waits that long" between "$(due_in r3 $T0)" 18000 $((18000 + H / 5 + 1))
env_new s503b
feed r4 "$B/status/503"
feed r5 "$B/feed/r5"
sw_at $T0 once
check "503 without Retry-After: backoff" between "$(due_in r4 $T0)" $H $((H * 12 / 10))
check "503 without Retry-After holds no other feed" eq "$(count /feed/r5)" 1

# a host that answered 429 holds its other feeds: in this run (not sent
# at all) and in the next ones (their deadlines move, persistently)
MAX_PER_HOST=1 env_new hold
feed h1 "$B/status/429?ra=7200"
feed h2 "$B/feed/h2"
feed h3 "$B/feed/h3"
sw_at $T0 once
check "429 holds the host: queued feeds not sent" eq "$(count /feed/h2)$(count /feed/h3)" 00
check "held feeds are not errors" eq "$(field h2 errors)$(field h2 last_error)" 0
check "held feeds wait for the hold (+jitter)" between "$(due_in h2 $T0)" 7200 $((7200 * 12 / 10))
sw_at $((T0 + 7000)) once
check "nothing asked during the hold, across runs" eq "$(count /feed/h2)$(count /feed/h3)$(count '/status/429?ra=7200')" 001
MAX_PER_HOST=1 env_new hold2
feed h2 "$B/feed/h2"
feed h3 "$B/feed/h3"
sw_at $T0 once
feed h1 "$B/status/429?ra=30000"
sw_at $((T0 + 60)) once
check "feeds polled before the 429 are moved past the hold" between "$(due_in h2 $((T0 + 60)))" 30000 $((30000 * 12 / 10))
sw_at $((T0 + 20000)) once
check "and not asked when they would have been due" eq "$(count /feed/h2)$(count /feed/h3)" 11
sw_at $((T0 + 60 + 36001)) once
check "after the hold they are polled again" eq "$(count /feed/h2)$(count /feed/h3)" 22

env_new cf
feed cf "$B/cf"
sw_at $T0 once
check "Cloudflare challenge: state blocked" eq "$(field cf state)" blocked
check "Cloudflare challenge: a long backoff" between "$(due_in cf $T0)" 86400 $((86400 * 12 / 10))
check "Cloudflare challenge: reported" grep -q "Cloudflare" "$sc/err"
: >"$sc/err"
sw_at $((T0 + 2 * 86400)) once
check "Cloudflare challenge: polled again a day later" eq "$(count /cf)" 2
check "Cloudflare challenge: reported once" sh -c "! grep -q 'Cloudflare' '$sc/err'"

# ---- hostile transfers
env_new hostile
feed slow "$B/slow"
feed big "$B/big"
feed chunk "$B/bigchunked"
feed bomb "$B/bomb"
feed reset "$B/reset"
feed nothttp "$B/nothttp"
feed longreason "$B/longreason"
start=$(date +%s)
sw_at $T0 once
took=$(($(date +%s) - start))
check "a body that never ends times out" eq "$(field slow last_error)" timeout
check "the timeout (3 s here) bounds the run" between "$took" 0 12
check "oversized body: too large" eq "$(field big last_error)" "too large"
check "oversized chunked body: too large" eq "$(field chunk last_error)" "too large"
check "gzip bomb: too large" eq "$(field bomb last_error)" "too large"
check "connection reset: recorded" has "$(field reset last_error)" "connection reset"
check "not HTTP: said so, not taken for a URL scheme" \
	has "$(field nothttp last_error)" "not an HTTP response: "
check "a status line of 9 KB: the answer and its headers are read" \
	eq "$(field longreason state) $(field longreason etag)" 'ok "longreason-v1"'
check "hostile feeds back off" eq "$(field bomb state)" error

env_new transport
feed tls "https://127.0.0.1:$port/feed/tls"
feed refused "http://127.0.0.1:1/feed"
sw_at $T0 once
check "TLS failure: recorded" has "$(field tls last_error)" "TLS: "
check "TLS failure: backoff" between "$(due_in tls $T0)" $H $((H * 12 / 10))
check "connection refused: recorded" has "$(field refused last_error)" "connect: "
check "connection refused: state error" eq "$(field refused state)" error
# curl's "after 2 ms" would make the text differ at each retry, and a
# failure is reported when its text changes
no_time() { ! printf '%s\n' "$1" | grep -q ' after [0-9]* ms'; }
check "connection refused: the text holds no time" no_time "$(field refused last_error)"

# with no default route the machine is offline, not the feed's server: no
# error counted, no backoff, tried again in 15 min (a feed that answers is
# polled as usual); once a route is back, failures count again
env_new offline
feed off "http://127.0.0.1:1/feed"
feed on "$B/feed/offline-on"
SW_ROUTE_FILES="$tmp/noroute" sw_at $T0 once
check "offline: no error counted" eq "$(field off errors)" 0
check "offline: not in error" eq "$(field off state)" new
check "offline: tried again in 15 min" between "$(due_in off $T0)" 900 1080
check "offline: a reachable feed is polled as usual" eq "$(field on state)" ok
check "offline: said once" eq "$(grep -c 'no network' "$sc/err")" 1
SW_ROUTE_FILES="$tmp/noroute" sw_at $((T0 + 1100)) once
check "offline twice: still no error" eq "$(field off errors)" 0
sw_at $((T0 + 2200)) once
check "back online: the failure counts" eq "$(field off errors)" 1
check "back online: backoff" between "$(due_in off $((T0 + 2200)))" $H $((H * 12 / 10))

# ---- cache hints (above the 4 h the fixtures' old entries already give)
env_new hints
feed ma "$B/cache/maxage/21600"
feed ex "$B/cache/expires/28800"
feed ttl "$B/ttl/600"
feed big "$B/cache/maxage/864000"
sw_at $T0 once
check "Cache-Control max-age is a lower bound" between "$(due_in ma $T0)" 21600 $((21600 * 12 / 10))
check "Expires is a lower bound" between "$(due_in ex $T0)" 28795 $((28800 * 12 / 10))
check "ttl is a lower bound" between "$(due_in ttl $T0)" 36000 $((36000 * 12 / 10))
check "a hint never stops polling for more than 24 h" between "$(due_in big $T0)" 86400 $((86400 * 12 / 10))
env_new hints2
feed sy "$B/sy/daily/2"
feed sk "$B/skip/9,10,11,12,13,14,15,16,17,18,19,20,21,22,23"
sw_at $T0 once
check "sy:updatePeriod/updateFrequency is a lower bound" between "$(due_in sy $T0)" 43200 $((43200 * 12 / 10))
# T0 is 08:00 UTC: the next poll (about 12:00) is skipped to 00:00 (+0-12 min)
check "skipHours are skipped" between "$(due_in sk $T0)" $((16 * H)) $((16 * H + 720))
# and a later run (a new process: `once` from a timer) that gets the same
# body, which it does not parse again, keeps them: 19:06 is skipped to
# 00:00, and 12 h stay 12 h (they were lost with the process: 4 h, the
# posting rate's cap, and polls in the skipped hours)
T1=$((T0 + 40000))
sw_at $T1 once --force
check "skipHours kept for an unchanged body in a later run" \
	between "$(due_in sk $T1)" $((16 * H - 40000)) $((16 * H - 40000 + 720))
check "sy:updatePeriod kept for an unchanged body in a later run" \
	between "$(due_in sy $T1)" 43200 $((43200 * 12 / 10))

# ---- a proxy from the environment (httpd.py answers proxy requests too)
env_new proxy
feed px "http://feeds.example.invalid/feed/px"
http_proxy="$B" sw_at $T0 once
check "http_proxy from the environment is used" eq "$(count http://feeds.example.invalid/feed/px)" 1
check "a feed through the proxy is ok" eq "$(field px state)" ok
# through a proxy the address connected to is the proxy's (here a local
# one): a public feed's redirect to this machine is judged by its host
env_new proxylocal
feed pl "http://feeds.example.invalid/moved308/pl"
feed pp "http://feeds.example.invalid/chain/1"
feed ll "http://localhost:$port/moved308/ll"
http_proxy="$B" sw_at $T0 once
check "through a proxy, public to local redirect is an error" eq "$(field pl last_error)" \
	"redirect to a local address refused: http://127.0.0.1:$port/feed/pl-new (127.0.0.1)"
check "through a proxy, the local url is not asked" eq \
	"$(count /feed/pl-new)$(count "$B/feed/pl-new")" 00
check "through a proxy, public to public redirect followed" eq "$(field pp state)" ok
check "through a proxy, a feed on localhost may redirect to 127.0.0.1" eq "$(field ll state)" ok

# ---- concurrency limits
MAX_PER_HOST=2 env_new conc
for k in 1 2 3 4 5 6 7 8; do feed "c$k" "$B/conc/c$k"; done
sw_at $T0 once
mi=$("$PY" "$tmp/q.py" maxinflight "$tmp/requests.log")
check "per-host limit 2 holds" between "$mi" 1 2
check "per-host limit 2 is used" eq "$mi" 2
MAX_PER_HOST=4 env_new conc4
for k in 1 2 3 4 5 6 7 8; do feed "c$k" "$B/conc/c$k"; done
sw_at $T0 once
mi=$("$PY" "$tmp/q.py" maxinflight "$tmp/requests.log")
check "per-host limit 4 holds and is used" eq "$mi" 4

# ---- status shows it
env_new status
feed good "$B/feed/good"
feed bad "$B/status/500"
sw_at $T0 once
SW_NOW=$T0 "$SW_BIN" -c "$conf" status >"$sc/status.txt" 2>&1
check "status table lists the failing feed's error" grep -q "bad .*error .*HTTP 500 Internal Server Error" "$sc/status.txt"
check "status table lists the good feed" grep -q "good .*ok" "$sc/status.txt"

tap_done
