#!/usr/bin/env python3
"""httpd.py - the scenario HTTP server of storywatch's integration tests.

Python 3 standard library only.  Listens on 127.0.0.1 on a port the OS
picks, writes that port to --port-file (atomically, once listening) and
appends one JSON line per request to --log:

    {"t": 1764000000.1, "method": "GET", "path": "/feed/a",
     "headers": {"user-agent": "...", "if-none-match": "...", ...}}

Endpoints (NAME is any word; every feed body is stable, so a repeated 200
has the same hash):

  /feed/NAME            RSS 2.0, ETag and Last-Modified; 304 when either
                        validator the client sends matches
  /plain/NAME           RSS 2.0 without validators (always 200)
  /gzip/NAME            gzip-encoded RSS (Content-Encoding: gzip)
  /chain/N              N temporary redirects (302/307, relative and
                        absolute Locations), then /feed/chain
  /moved/NAME           301 to /feed/NAME-new (relative Location)
  /moved308/NAME        308 to http://127.0.0.1:PORT/feed/NAME-new
  /temp/NAME            302 to /feed/NAME-temp
  /loop                 302 to itself, forever
  /tofile               302 to file:///etc/hostname
  /status/CODE          that status; ?ra=SECONDS adds Retry-After in
                        seconds, ?radate=SECONDS as an HTTP-date,
                        ?feed=1 sends an RSS body instead of text
  /slow                 200 whose body trickles one byte a second, forever
  /big                  11 MiB with a Content-Length
  /bigchunked           11 MiB chunked, no Content-Length
  /bomb                 64 MiB of zeros gzip-encoded into ~64 KiB
  /reset                a partial response, then a TCP reset
  /nothttp              a line of another protocol, no HTTP status line
  /longreason           RSS with validators after a 9,000-byte reason phrase
  /cf                   403 with cf-mitigated: challenge (Cloudflare)
  /cache/maxage/SECONDS RSS with Cache-Control: max-age=SECONDS
  /cache/expires/SECONDS RSS with Expires: Date + SECONDS
  /ttl/MINUTES          RSS with <ttl>MINUTES</ttl>
  /sy/PERIOD/FREQUENCY  RSS with sy:updatePeriod and sy:updateFrequency
  /skip/H1,H2,...       RSS with <skipHours> listing those hours (UTC)
  /conc/NAME            RSS after 300 ms; the log line of every request
                        carries "inflight": /conc requests being served
  /live/NAME            RSS of a feed that goes on: item K is published at
                        K * ?every= minutes (60) plus a lag of the feed's
                        own, by the server's now; the newest 20, a few of
                        them on the default topic (stories that change
                        every simulated day, wire copy shared by feeds);
                        ETag of the newest item, 304 when it matches; a
                        200 adds a log line {"live": NAME, "lo", "hi", "t"}

With --clock-file FILE the server keeps the clock of a storywatch run under
a sped-up faketime: FILE holds "FAKE0 REAL0 SPEED" (epoch seconds, seconds,
factor), and the server's now is FAKE0 + (time - REAL0) * SPEED, re-read on
every request.  That now stamps the log lines ("t"), the Date header and the
HTTP-date of Retry-After.  Without the file (or before it is written) now is
the real time.

With --also ADDR (another loopback address: 127.0.0.2, or ::1) the server
listens there too, on the same port.  Given more than once, the first
address that can be bound is taken (Linux routes all of 127/8 to lo; BSD
and macOS give lo0 127.0.0.1 alone), and --also-file FILE gets it, or an
empty line when none could be; FILE is written before the port file.

Requests in proxy form (GET http://any.host/feed/a) are answered the same,
so the server also stands in for an http_proxy.  Stops on SIGTERM/SIGINT.
"""

import argparse
import email.utils
import gzip
import io
import json
import os
import signal
import socket
import struct
import sys
import threading
import time
import random
import urllib.parse
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LAST_MODIFIED = "Mon, 24 Nov 2025 10:00:00 GMT"
MIB = 1024 * 1024

log_lock = threading.Lock()
log_file = None
clock_file = None
bomb_cache = {}
inflight = 0


def rss(name, extra=""):
    items = []
    for i in range(20):
        items.append(
            "<item><title>%s story %d</title>"
            "<link>http://127.0.0.1/%s/%d</link>"
            "<guid>%s-%d</guid>"
            "<pubDate>Mon, %02d Nov 2025 %02d:00:00 GMT</pubDate>"
            "<description>Entry %d of feed %s.</description></item>"
            % (name, i, name, i, name, i, 24 - i // 12, 23 - i % 12, i, name))
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<rss version="2.0"><channel><title>%s</title>'
            '<link>http://127.0.0.1/%s</link>%s%s</channel></rss>\n'
            % (name, name, extra, "".join(items))).encode()


# ---- /live: a feed that goes on (the soak test, tests/soak.sh)

# each story with its own words and names: (title, lead, places, people)
LIVE_STORIES = [
    ("Reassurance force headquarters for Ukraine opens in {city}",
     "Officers from {n} countries began planning the post-ceasefire force at the barracks, "
     "defence minister {who} said.", ["Paris", "Mont-Valérien"], ["Halden", "Moreau"]),
    ("Allies draft security guarantees for Ukraine modelled on Article 5",
     "The {n}-page treaty text initialled in {city} commits guarantor states to come to "
     "Kyiv's aid, envoy {who} said.", ["London", "Lancaster House"], ["Whitcombe", "Ashdown"]),
    ("Kremlin rejects foreign troops in Ukraine after any ceasefire",
     "Moscow demands a veto over who deploys, spokesman {who} told reporters in {city}.",
     ["Moscow", "Sochi"], ["Zorin", "Belov"]),
    ("Parliament in {city} votes on sending {n} troops to the Ukraine mission",
     "The mandate for the multinational contingent passed after a long debate, speaker "
     "{who} said.", ["Vilnius", "Riga"], ["Kairys", "Ozols"]),
    ("Європейські партнери обговорюють гарантії безпеки для України",
     "Місія з {n} військових після припинення вогню, заявив {who} у місті {city}.",
     ["Київ", "Львів"], ["Петренко", "Ковальчук"]),
    ("Gwarancje bezpieczeństwa dla Ukrainy: {n} państw gotowych do misji",
     "Siły stabilizacyjne po zawieszeniu broni, powiedział {who} w {city}.",
     ["Warszawa", "Rzeszów"], ["Kowalski", "Nowak"]),
    ("US weighs air-defence backstop for the European force in Ukraine",
     "Fighter jets and Patriot batteries would guard the skies after a truce, senator {who} "
     "said in {city}.", ["Washington", "Ramstein"], ["Calloway", "Brandt"]),
    ("Ceasefire monitors for Ukraine: drones and {n} observers proposed",
     "Satellites and an inspection cell would verify the truce line, diplomat {who} said "
     "in {city}.", ["Geneva", "Vienna"], ["Ferrante", "Lindqvist"]),
]
LIVE_OTHER = [
    ("{city} football club wins {n}-1 at home", "Fans celebrated late into the night, {who} said."),
    ("Rain and wind expected in {city} on Thursday", "Up to {n} mm of rain may fall, forecasters said."),
    ("Markets close higher as {city} exchange gains {n} points", "Traders cited earnings, {who} said."),
    ("New tram line opens in {city}", "The {n} stops link the centre to the airport, mayor {who} said."),
]
LIVE_CITIES = ["Lyon", "Leeds", "Turin", "Porto", "Graz", "Ghent"]
LIVE_PEOPLE = ["Dupont", "Smith", "Rossi", "Silva"]


def live_item(name, k, period):
    """Item k of feed name: deterministic, published at k * period + lag."""
    lag = zlib.crc32(name.encode()) % period
    rng = random.Random("%s:%d" % (name, k))
    pub = k * period + lag
    day = pub // 86400
    if rng.random() < 0.3:
        s = (day + rng.randrange(2) * 3) % len(LIVE_STORIES)
        # wire copy: the text depends on the story and the hour, not
        # the feed, so feeds share copies
        w = random.Random("%d:%d" % (s, pub // 3600))
        title, lead, places, people = LIVE_STORIES[s]
    else:
        w = rng
        title, lead = LIVE_OTHER[rng.randrange(len(LIVE_OTHER))]
        places, people = LIVE_CITIES, LIVE_PEOPLE
    fill = {"city": w.choice(places), "who": w.choice(people), "n": w.randrange(2, 40)}
    return pub, title.format(**fill), lead.format(**fill)


def live_rss(name, lo, hi, period):
    items = []
    for k in range(hi, lo - 1, -1):
        pub, title, lead = live_item(name, k, period)
        # and a body, as feeds of whole articles have: the lead, then
        # a few hundred words
        items.append("<item><title>%s</title><link>http://127.0.0.1/live/%s/%d</link>"
                     "<guid>live-%s-%d</guid><pubDate>%s</pubDate>"
                     "<description>%s</description>"
                     "<content:encoded>%s</content:encoded></item>"
                     % (title, name, k, name, k, http_date(pub), lead,
                        " ".join([lead] * 12)))
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
            '<channel><title>%s</title>'
            '<link>http://127.0.0.1/live/%s</link>%s</channel></rss>\n'
            % (name, name, "".join(items))).encode()


def now():
    t = time.time()
    if clock_file:
        try:
            with open(clock_file) as fp:
                fake0, real0, speed = (float(x) for x in fp.read().split())
            return fake0 + (t - real0) * speed
        except (OSError, ValueError):
            pass
    return t


def http_date(t):
    return email.utils.formatdate(t, usegmt=True)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "swtest/1"

    def log_message(self, fmt, *args):
        pass

    def date_time_string(self, timestamp=None):
        return http_date(now() if timestamp is None else timestamp)

    def record(self):
        global inflight
        entry = {
            "t": now(),
            "method": self.command,
            "path": self.path,
            "headers": {k.lower(): v for k, v in self.headers.items()},
        }
        with log_lock:
            if self.path.startswith("/conc/"):
                inflight += 1
                entry["inflight"] = inflight
            log_file.write(json.dumps(entry) + "\n")
            log_file.flush()

    def send(self, code, body=b"", headers=(), ctype="application/rss+xml"):
        # a 204 or a 304 ends with its headers (RFC 9110 15.3.5, 15.4.5):
        # a body sent after a 204 stayed in the connection, and the next
        # request on it read "status 204" for its status line ("Received
        # HTTP/0.9"), when the body came after curl had read the headers
        bodiless = code in (204, 304)
        self.send_response(code)
        if ctype and not bodiless:
            self.send_header("Content-Type", ctype)
        for k, v in headers:
            self.send_header(k, v)
        if not bodiless:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not bodiless and self.command != "HEAD":
            self.wfile.write(body)

    def redirect(self, code, location):
        self.send(code, b"moved\n", [("Location", location)], "text/plain")

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        self.record()
        url = urllib.parse.urlsplit(self.path)
        query = urllib.parse.parse_qs(url.query)
        parts = [p for p in url.path.split("/") if p]
        head = parts[0] if parts else ""
        arg = parts[1] if len(parts) > 1 else "x"
        port = self.server.server_address[1]
        try:
            handler = getattr(self, "ep_" + head)
        except AttributeError:
            self.send(404, b"no such scenario\n", ctype="text/plain")
            return
        handler(arg, query, port)

    # ---- feeds and validators

    def ep_feed(self, name, query, port):
        etag = '"%s-v1"' % name
        inm = self.headers.get("If-None-Match")
        ims = self.headers.get("If-Modified-Since")
        validators = [("ETag", etag), ("Last-Modified", LAST_MODIFIED)]
        if (inm is not None and inm == etag) or (inm is None and ims == LAST_MODIFIED):
            self.send(304, headers=validators)
            return
        self.send(200, rss(name), validators)

    def ep_live(self, name, query, port):
        period = int(query.get("every", ["60"])[0]) * 60
        t = now()
        hi = int((t - zlib.crc32(name.encode()) % period) // period)
        lo = hi - 19
        etag = '"live-%s-%d"' % (name, hi)
        if self.headers.get("If-None-Match") == etag:
            self.send(304, headers=[("ETag", etag)])
            return
        self.send(200, live_rss(name, lo, hi, period), [("ETag", etag)])
        with log_lock:
            log_file.write(json.dumps({"live": name, "lo": lo, "hi": hi, "t": t}) + "\n")
            log_file.flush()

    def ep_conc(self, name, query, port):
        global inflight
        time.sleep(0.3)
        with log_lock:
            inflight -= 1
        self.send(200, rss(name))

    def ep_plain(self, name, query, port):
        self.send(200, rss(name))

    def ep_gzip(self, name, query, port):
        body = gzip.compress(rss(name))
        self.send(200, body, [("Content-Encoding", "gzip")])

    def ep_cache(self, kind, query, port):
        parts = [p for p in self.path.split("/") if p]
        secs = int(parts[2]) if len(parts) > 2 else 3600
        if kind == "maxage":
            hdr = [("Cache-Control", "public, max-age=%d" % secs)]
        else:
            hdr = [("Expires", http_date(now() + secs))]
        self.send(200, rss("cache-" + kind), hdr)

    def ep_ttl(self, minutes, query, port):
        self.send(200, rss("ttl", "<ttl>%d</ttl>" % int(minutes)))

    def ep_sy(self, period, query, port):
        parts = [p for p in self.path.split("/") if p]
        freq = parts[2] if len(parts) > 2 else "1"
        body = rss("sy", "<sy:updatePeriod>%s</sy:updatePeriod>"
                   "<sy:updateFrequency>%s</sy:updateFrequency>" % (period, freq))
        body = body.replace(b'<rss version="2.0">',
                            b'<rss version="2.0" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">')
        self.send(200, body)

    def ep_skip(self, hours, query, port):
        hs = "".join("<hour>%d</hour>" % int(h) for h in hours.split(","))
        self.send(200, rss("skip", "<skipHours>%s</skipHours>" % hs))

    # ---- redirects

    def ep_chain(self, n, query, port):
        n = int(n)
        if n <= 0:
            self.ep_feed("chain", query, port)
        elif n % 2:
            self.redirect(302, "/chain/%d" % (n - 1))
        else:
            self.redirect(307, "http://127.0.0.1:%d/chain/%d" % (port, n - 1))

    def ep_moved(self, name, query, port):
        self.redirect(301, "/feed/%s-new" % name)

    def ep_moved308(self, name, query, port):
        self.redirect(308, "http://127.0.0.1:%d/feed/%s-new" % (port, name))

    def ep_temp(self, name, query, port):
        self.redirect(302, "/feed/%s-temp" % name)

    def ep_loop(self, name, query, port):
        self.redirect(302, "/loop")

    def ep_tofile(self, name, query, port):
        self.redirect(302, "file:///etc/hostname")

    # ---- statuses

    def ep_status(self, code, query, port):
        code = int(code)
        hdr = []
        if "ra" in query:
            hdr.append(("Retry-After", query["ra"][0]))
        if "radate" in query:
            hdr.append(("Retry-After", http_date(now() + int(query["radate"][0]))))
        if "feed" in query:
            self.send(code, rss("status"), hdr)
        else:
            self.send(code, b"status %d\n" % code, hdr, "text/plain")

    def ep_cf(self, name, query, port):
        body = b"<!DOCTYPE html><title>Just a moment...</title>\n"
        self.send(403, body, [("cf-mitigated", "challenge"), ("Server", "cloudflare")],
                  "text/html; charset=UTF-8")

    # ---- hostile transfers

    def ep_slow(self, name, query, port):
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", "100000")
        self.end_headers()
        try:
            self.wfile.write(b"<?xml version='1.0'?><rss version='2.0'><channel>")
            self.wfile.flush()
            for _ in range(600):
                time.sleep(1)
                self.wfile.write(b" ")
                self.wfile.flush()
        except OSError:
            pass
        self.close_connection = True

    def stream(self, total, chunked):
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        if chunked:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Content-Length", str(total))
        self.end_headers()
        block = b"<!-- " + b"x" * (64 * 1024 - 9) + b" -->"
        sent = 0
        try:
            while sent < total:
                b = block[:min(len(block), total - sent)]
                if chunked:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(b), b))
                else:
                    self.wfile.write(b)
                sent += len(b)
            if chunked:
                self.wfile.write(b"0\r\n\r\n")
        except OSError:
            pass
        self.close_connection = True

    def ep_big(self, name, query, port):
        self.stream(11 * MIB, False)

    def ep_bigchunked(self, name, query, port):
        self.stream(11 * MIB, True)

    def ep_bomb(self, name, query, port):
        if "bomb" not in bomb_cache:
            buf = io.BytesIO()
            with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9) as z:
                zeros = b"\0" * MIB
                for _ in range(64):
                    z.write(zeros)
            bomb_cache["bomb"] = buf.getvalue()
        self.send(200, bomb_cache["bomb"], [("Content-Encoding", "gzip")])

    def ep_nothttp(self, name, query, port):
        # what a port of another service says: no HTTP status line
        self.wfile.write(b"SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n")
        self.wfile.flush()
        self.close_connection = True

    def ep_longreason(self, name, query, port):
        body = rss("longreason")
        self.send_response(200, "O" + "k" * 8999)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("ETag", '"longreason-v1"')
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def ep_reset(self, name, query, port):
        self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n"
                         b"Content-Length: 5000\r\n\r\n<?xml version='1.0'?><rss")
        self.wfile.flush()
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                   struct.pack("ii", 1, 0))
        self.close_connection = True
        self.connection.close()


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request, client_address):
        pass        # resets and aborted transfers are the point here


class Server6(Server):
    address_family = socket.AF_INET6


def main():
    global log_file, clock_file
    ap = argparse.ArgumentParser(description="storywatch test HTTP server")
    ap.add_argument("--port-file", required=True)
    ap.add_argument("--log", required=True)
    ap.add_argument("--clock-file")
    ap.add_argument("--also", metavar="ADDR", action="append", default=[],
                    help="listen on this loopback address too, same port; "
                    "the first of several that can be bound")
    ap.add_argument("--also-file", metavar="FILE",
                    help="write the address --also took (empty: none)")
    args = ap.parse_args()
    clock_file = args.clock_file

    log_file = open(args.log, "a", encoding="utf-8")
    srv = Server(("127.0.0.1", 0), Handler)
    servers = [srv]
    taken = ""
    for addr in args.also:
        cls = Server6 if ":" in addr else Server
        try:
            servers.append(cls((addr, srv.server_address[1]), Handler))
        except OSError:
            continue    # not an address of this machine
        threading.Thread(target=servers[1].serve_forever, args=(0.2,),
                         daemon=True).start()
        taken = addr
        break
    if args.also_file:
        with open(args.also_file, "w") as fp:
            fp.write(taken + "\n")
    tmp = args.port_file + ".tmp"
    with open(tmp, "w") as fp:
        fp.write("%d\n" % srv.server_address[1])
    os.replace(tmp, args.port_file)

    def stop(signum, frame):
        for s in servers:
            threading.Thread(target=s.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    srv.serve_forever(poll_interval=0.2)
    srv.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
