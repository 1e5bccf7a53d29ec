#!/usr/bin/env python3
"""Generates heldout35 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'mg': ('maple-gazette.xml', 'rss2', 'The Maple Gazette — World', 'https://www.maplegazette.example', -4, 'en-ca', 'UTF-8'),
 'fc': ('fraser-courier.xml', 'atom', 'The Fraser Courier — International', 'https://www.frasercourier.example', -7, 'en-ca', 'utf-8'),
 'lt': ('liffey-tribune.xml', 'rss1', 'The Liffey Tribune — World', 'https://www.liffeytribune.example', 1, 'en-ie', 'windows-1252'),
 'wh': ('wattle-herald.xml', 'rss2', 'The Wattle Herald — World', 'https://www.wattleherald.example', 10, 'en-au', 'UTF-8'),
 'tk': ('tasman-keel.xml', 'atom', 'The Tasman Keel — World news', 'https://www.tasmankeel.example', 12, 'en-nz', 'utf-8'),
 'kr': ('kowhai-radio.xml', 'rss1', 'Kōwhai Radio — News transcripts', 'https://kowhairadio.example', 12, 'en-nz', 'utf-8'),
 'ks': ('kaveri-standard.xml', 'rss2', 'The Kaveri Standard — World', 'https://www.kaveristandard.example', 5.5, 'en-in', 'UTF-8'),
 'io': ('indus-observer.xml', 'rss1', 'The Indus Observer — Foreign affairs', 'https://www.indusobserver.example', 5.5, 'en-in', 'utf-8'),
 'mp': ('merlion-post.xml', 'atom', 'The Merlion Post — World', 'https://www.merlionpost.example', 8, 'en-sg', 'utf-8'),
 'ki': ('kallang-institute.xml', 'atom', 'Kallang Institute — Commentary', 'https://kallang-institute.example', 8, 'en', 'utf-8'),
 'pw': ('meridian-press-wire.xml', 'atom', 'Meridian Press Wire — World service', 'https://meridianpresswire.example', 0, 'en', 'utf-8'),
 'fs': ('the-far-shore.json', 'json', 'The Far Shore — a newsletter on distant wars by Ada Quill', 'https://thefarshore.example', 0, 'en', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Ada Quill')
