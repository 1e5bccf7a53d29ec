#!/usr/bin/env python3
"""Generates heldout57 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).
The reading list of a London foreign-policy magazine editor, January-March 2040."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'fr': ('fenwick-review.xml', 'atom', 'The Fenwick Review — Long reads', 'https://www.fenwickreview.example', 0, 'en-gb', 'utf-8'),
 'mq': ('marchmont-quarterly.xml', 'rss2', 'Marchmont Quarterly — Essays', 'https://marchmontquarterly.example', 0, 'en-gb', 'UTF-8'),
 'ht': ('holloway-times-opinion.xml', 'rss1', 'The Holloway Times — Opinion', 'https://www.hollowaytimes.example', 0, 'en-gb', 'utf-8'),
 'cc': ('castlereagh-centre.xml', 'atom', 'Castlereagh Centre — Commentary', 'https://castlereagh-centre.example', 0, 'en', 'utf-8'),
 'lw': ('the-long-wire.json', 'json', 'The Long Wire — a letter on Europe and war by Imogen Thale', 'https://thelongwire.example', 0, 'en', 'utf-8'),
 'aw': ('aldgate-wire.xml', 'atom', 'Aldgate Wire — World service', 'https://aldgatewire.example', 0, 'en', 'utf-8'),
 'bp': ('bay-post-world.xml', 'rss2', 'The Bay Post — World', 'https://www.baypost.example', -5, 'en-us', 'UTF-8'),
 'tr': ('the-treaty-room-podcast.xml', 'pod', 'The Treaty Room (podcast)', 'https://treatyroom.example', 0, 'en', 'UTF-8'),
 'ib': ('isarblick-aussenpolitik.xml', 'rss2', 'Isarblick - Außenpolitik', 'https://www.isarblick.example', 1, 'de', 'ISO-8859-15'),
 'hm': ('hanseatischer-monatsbrief.xml', 'atom', 'Hanseatischer Monatsbrief — Essays und Analysen', 'https://monatsbrief.example', 1, 'de', 'utf-8'),
 'rd': ('revue-de-la-durance.xml', 'rss1', 'La Revue de la Durance — Grands formats', 'https://revuedeladurance.example', 1, 'fr', 'utf-8'),
 'ml': ('mercure-de-lyon.xml', 'atom', 'Le Mercure de Lyon — Analyses internationales', 'https://www.mercuredelyon.example', 1, 'fr', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Imogen Thale')
