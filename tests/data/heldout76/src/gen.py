#!/usr/bin/env python3
"""Generates heldout76 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).
The reading list of a London political desk, October-December 2044."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'fw': ('fleetline-wire.xml', 'atom', 'Fleetline Wire — World service', 'https://fleetlinewire.example', 0, 'en', 'utf-8'),
 'ws': ('westminster-standard.xml', 'rss2', 'The Westminster Standard — World', 'https://www.westminsterstandard.example', 0, 'en-gb', 'UTF-8'),
 'dp': ('daily-pennant.xml', 'atom', 'The Daily Pennant — News', 'https://www.dailypennant.example', 0, 'en-gb', 'utf-8'),
 'pr': ('parliamentary-record.xml', 'rss1', 'Parliamentary Record — Commons and Lords debates', 'https://parliamentaryrecord.example', 0, 'en-gb', 'utf-8'),
 'tb': ('thamesway-explainers.xml', 'atom', 'Thamesway Broadcasting — Explainers', 'https://thamesway.example', 0, 'en-gb', 'utf-8'),
 'ls': ('liffey-sentinel.xml', 'rss1', 'The Liffey Sentinel — World', 'https://www.liffeysentinel.example', 0, 'en-ie', 'utf-8'),
 'cr': ('corrib-radio.xml', 'rss2', 'Corrib Radio — News', 'https://corribradio.example', 0, 'en-ie', 'UTF-8'),
 'ar': ('an-realta.xml', 'rss2', 'An Réalta — Nuacht an domhain', 'https://anrealta.example', 0, 'ga', 'UTF-8'),
 'ql': ('quotidien-de-la-loire.xml', 'rss2', 'Le Quotidien de la Loire - Monde', 'https://quotidiendelaloire.example', 1, 'fr', 'ISO-8859-15'),
 'gz': ('gazette-atlantique.xml', 'atom', 'La Gazette atlantique — International', 'https://gazetteatlantique.example', 1, 'fr', 'utf-8'),
 'db': ('the-dispatch-box.json', 'json', 'The Dispatch Box — a Westminster newsletter by Imogen Rook', 'https://dispatchbox.example', 0, 'en', 'utf-8'),
 'lh': ('lobby-hours-podcast.xml', 'pod', 'Lobby Hours (podcast)', 'https://lobbyhours.example', 0, 'en', 'UTF-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Imogen Rook')
