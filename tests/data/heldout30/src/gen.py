#!/usr/bin/env python3
"""Generates heldout30 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
# A Washington correspondent's reading list, April-June 2032 (US feeds on EDT,
# the Chicago paper on CDT, the wire on UTC); English only; the Chesapeake
# Courier is served in windows-1252.
FEEDS = {
 'fl': ('federal-ledger.xml', 'rss2', 'The Federal Ledger — National & World', 'https://www.federalledger.example', -4, 'en-us', 'UTF-8'),
 'cw': ('capitol-wire.xml', 'atom', 'Capitol Wire Service — World desk', 'https://capitolwire.example', 0, 'en', 'utf-8'),
 'ro': ('the-rotunda.json', 'json', 'The Rotunda — a Congress newsletter by Avery Lindqvist', 'https://therotunda.example', -4, 'en', 'utf-8'),
 'bc': ('beltway-cable-transcripts.xml', 'rss1', 'Beltway Cable Network — Show transcripts', 'https://beltwaycable.example', -4, 'en-us', 'utf-8'),
 'ap': ('allegheny-public-radio.xml', 'rss1', 'Allegheny Public Radio — Morning transcripts', 'https://alleghenyradio.example', -4, 'en-us', 'utf-8'),
 'hd': ('congressional-hearing-digest.xml', 'atom', 'Congressional Hearing Digest', 'https://hearingdigest.example', -4, 'en-us', 'utf-8'),
 'fx': ('foxhall-center-commentary.xml', 'atom', 'Foxhall Center for Strategy — Commentary', 'https://foxhallcenter.example', -4, 'en', 'utf-8'),
 'sd': ('the-situation-desk-podcast.xml', 'pod', 'The Situation Desk (podcast)', 'https://situationdesk.example', -4, 'en', 'UTF-8'),
 'cc': ('chesapeake-courier.xml', 'rss2', 'The Chesapeake Courier — Nation & World', 'https://www.chesapeakecourier.example', -4, 'en-us', 'windows-1252'),
 'ls': ('lakeshore-sentinel.xml', 'rss2', 'The Lakeshore Sentinel — World', 'https://www.lakeshoresentinel.example', -5, 'en-us', 'UTF-8'),
 'dd': ('defense-docket.xml', 'rss1', 'Defense Docket — Pentagon and industry', 'https://defensedocket.example', -4, 'en-us', 'utf-8'),
 'sr': ('statecraft-review.xml', 'atom', 'The Statecraft Review', 'https://statecraftreview.example', -4, 'en', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Avery Lindqvist')
