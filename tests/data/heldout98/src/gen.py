#!/usr/bin/env python3
"""Generates heldout98 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).
The reading list of a Zagreb/Belgrade/Ljubljana regional desk, April-June 2050."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'bw': ('balkan-wire.xml', 'atom', 'Balkan Wire Service — Regional and world', 'https://balkanwire.example', 0, 'en', 'utf-8'),
 'ao': ('adriatic-observer.xml', 'rss2', 'The Adriatic Observer — Region & World', 'https://www.adriaticobserver.example', 2, 'en', 'UTF-8'),
 'db': ('the-danube-brief.json', 'json', 'The Danube Brief — a newsletter on the Balkans and Europe by Vesna Rakić', 'https://danubebrief.example', 2, 'en', 'utf-8'),
 'ki': ('kalemegdan-institute.xml', 'rss1', 'Kalemegdan Institute — Commentary', 'https://kalemegdan-institute.example', 2, 'en', 'utf-8'),
 'bc': ('border-crossing-podcast.xml', 'pod', 'Border Crossing (podcast)', 'https://bordercrossing.example', 2, 'en', 'UTF-8'),
 'vj': ('vecernji-jadran.xml', 'rss2', 'Večernji Jadran — Svijet', 'https://www.vecernjijadran.example', 2, 'hr', 'UTF-8'),
 'sp': ('savski-pregled.xml', 'atom', 'Savski pregled - Vanjska politika', 'https://savskipregled.example', 2, 'hr', 'ISO-8859-2'),
 'hv': ('hrvatski-val-transkripti.xml', 'rss1', 'Hrvatski val — transkripti emisija', 'https://hrvatskival.example', 2, 'hr', 'utf-8'),
 'dg': ('dunavski-glasnik.xml', 'rss2', 'Дунавски гласник — Свет', 'https://dunavskiglasnik.example', 2, 'sr', 'windows-1251'),
 'nd': ('nedeljni-dnevnik.xml', 'rss1', 'Nedeljni dnevnik — Svet', 'https://nedeljnidnevnik.example', 2, 'sr', 'utf-8'),
 'lv': ('ljubljanska-vest.xml', 'atom', 'Ljubljanska vest - Svet', 'https://ljubljanskavest.example', 2, 'sl', 'ISO-8859-2'),
 'sk': ('soska-kronika.xml', 'rss2', 'Soška kronika — Novice', 'https://soskakronika.example', 2, 'sl', 'UTF-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Vesna Rakić')
