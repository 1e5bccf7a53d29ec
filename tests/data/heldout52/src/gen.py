#!/usr/bin/env python3
"""Generates heldout52 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).
The reading list of a defence trade-press editor, October-December 2038:
English trade press, a think tank, a logistics monitor, a wire and a JSON
Feed newsletter, plus German, Dutch, Swedish and Norwegian outlets
(oderbruecker-rundschau in ISO-8859-15, ostersjobladet in ISO-8859-1)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'bw': ('bulwark-defence-weekly.xml', 'rss2', 'Bulwark Defence Weekly — News', 'https://www.bulwarkweekly.example', 0, 'en-gb', 'UTF-8'),
 'hc': ('harrowgate-centre-commentary.xml', 'atom', 'Harrowgate Centre for Strategy — Commentary', 'https://harrowgate-centre.example', 0, 'en', 'utf-8'),
 'lm': ('sustainment-monitor.xml', 'rss1', 'Sustainment Monitor — logistics and force structure', 'https://sustainmentmonitor.example', -5, 'en-us', 'utf-8'),
 'tw': ('tidewater-wire-defence.xml', 'atom', 'Tidewater Wire — Defence desk', 'https://tidewaterwire.example', 0, 'en', 'utf-8'),
 'fl': ('the-flank.json', 'json', 'The Flank — a newsletter on European force posture by Mira Ostrander', 'https://theflank.example', 0, 'en', 'utf-8'),
 'sr': ('strategie-und-ruestung.xml', 'atom', 'Strategie & Rüstung — Nachrichten', 'https://strategie-ruestung.example', 1, 'de', 'utf-8'),
 'or': ('oderbruecker-rundschau.xml', 'rss2', 'Oderbrücker Rundschau - Politik', 'https://www.oderbruecker-rundschau.example', 1, 'de', 'ISO-8859-15'),
 'kb': ('de-krijgsbode.xml', 'rss2', 'De Krijgsbode — Defensie', 'https://www.krijgsbode.example', 1, 'nl', 'UTF-8'),
 'nz': ('noordzeebode-buitenland.xml', 'rss1', 'Noordzeebode — Buitenland', 'https://www.noordzeebode.example', 1, 'nl', 'utf-8'),
 'fv': ('forsvarsvarlden.xml', 'atom', 'Försvarsvärlden', 'https://forsvarsvarlden.example', 1, 'sv', 'utf-8'),
 'ob': ('ostersjobladet-utrikes.xml', 'rss2', 'Östersjöbladet - Utrikes', 'https://www.ostersjobladet.example', 1, 'sv', 'ISO-8859-1'),
 'nf': ('nordflanken.xml', 'rss1', 'Nordflanken — forsvar og beredskap', 'https://nordflanken.example', 1, 'no', 'utf-8'),
 'fp': ('fjordposten-utenriks.xml', 'rss2', 'Fjordposten — Utenriks', 'https://www.fjordposten.example', 1, 'no', 'UTF-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Mira Ostrander')
