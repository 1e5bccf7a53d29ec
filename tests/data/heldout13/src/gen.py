#!/usr/bin/env python3
"""Generates heldout13 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'ml': ('maple-ledger.xml', 'rss2', 'The Maple Ledger — World', 'https://www.mapleledger.example', -5, 'en-ca', 'UTF-8'),
 'tc': ('thames-courier.xml', 'atom', 'Thames Courier: World news', 'https://thamescourier.example', 0, 'en-gb', 'utf-8'),
 'lp': ('liffey-post.xml', 'rss1', 'The Liffey Post — International', 'https://liffeypost.example', 0, 'en-ie', 'utf-8'),
 'sc': ('southern-cross-briefing.json', 'json', 'Southern Cross Briefing (newsletter and podcast)', 'https://southerncross.example', 11, 'en-au', 'utf-8'),
 'tt': ('ridgeline-policy-notes.xml', 'atom', 'Ridgeline Policy Notes', 'https://ridgelinepolicy.example', -5, 'en', 'utf-8'),
 'fq': ('le-fleuve-quotidien.xml', 'rss2', 'Le Fleuve quotidien : International', 'https://lefleuve.example', -5, 'fr-ca', 'ISO-8859-15'),
 'em': ('el-mirador.xml', 'atom', 'El Mirador — Internacional (Madrid / Ciudad de México)', 'https://elmirador.example', 1, 'es', 'utf-8'),
 'fa': ('il-faro.xml', 'rss2', 'Il Faro — Esteri', 'https://ilfaro.example', 1, 'it', 'UTF-8'),
 'ab': ('alpenblick.xml', 'atom', 'Alpenblick — Ausland (Wien, Zürich, München)', 'https://alpenblick.example', 1, 'de', 'utf-8'),
 'll': ('lage-landen.xml', 'rss1', 'De Lage Landen — Buitenland', 'https://lagelanden.example', 1, 'nl', 'utf-8'),
 'ed': ('east-desk.xml', 'rss2', 'East Desk — regional wire (Kyiv, Warsaw, Lisbon desk)', 'https://eastdesk.example', 2, 'mul', 'UTF-8'),
 'aw': ('asia-pacific-wire.xml', 'atom', 'Asia-Pacific Wire — English and world service', 'https://apwire.example', 9, 'en', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Southern Cross Briefing')
