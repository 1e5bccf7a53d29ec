#!/usr/bin/env python3
"""Generates heldout89 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).
The reading list of a Nordic public broadcaster's foreign desk, January-March 2048."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'pt': ('pohjantahti.xml', 'rss2', 'Pohjantähti — Ulkomaat', 'https://www.pohjantahti.example', 2, 'fi', 'UTF-8'),
 'js': ('jarvenselan-sanomat.xml', 'rss1', 'Järvenselän Sanomat - Maailma', 'https://www.jarvenselansanomat.example', 2, 'fi', 'ISO-8859-15'),
 'op': ('ostersjoposten.xml', 'atom', 'Östersjöposten — Utrikes', 'https://www.ostersjoposten.example', 1, 'sv', 'utf-8'),
 'ft': ('fjardens-tidning.xml', 'rss2', 'Fjärdens Tidning — Världen', 'https://fjardenstidning.example', 1, 'sv', 'UTF-8'),
 'vv': ('vestlandsvarden.xml', 'rss1', 'Vestlandsvarden — Utenriks', 'https://www.vestlandsvarden.example', 1, 'nb', 'windows-1252'),
 'nr': ('nordlysradio.xml', 'atom', 'Nordlysradio — Nyheter og sendinger', 'https://nordlysradio.example', 1, 'nb', 'utf-8'),
 'ob': ('oresundsbladet.xml', 'rss2', 'Øresundsbladet — Udland', 'https://www.oresundsbladet.example', 1, 'da', 'UTF-8'),
 'lf': ('limfjordsavisen.xml', 'atom', 'Limfjordsavisen — Verden', 'https://limfjordsavisen.example', 1, 'da', 'utf-8'),
 'bw': ('boreal-wire.xml', 'atom', 'Boreal Wire — Nordic & world service', 'https://borealwire.example', 0, 'en', 'utf-8'),
 'bl': ('baltic-ledger.xml', 'rss2', 'The Baltic Ledger — Region & World', 'https://www.balticledger.example', 2, 'en', 'UTF-8'),
 'sr': ('skagerrak-review.xml', 'atom', 'Skagerrak Review — Analysis', 'https://skagerrakreview.example', 0, 'en', 'utf-8'),
 'nf': ('northern-flank-podcast.xml', 'pod', 'Northern Flank (podcast)', 'https://northernflank.example', 0, 'en', 'UTF-8'),
 'fl': ('the-fjord-line.json', 'json', 'The Fjord Line — a newsletter on Nordic defence by Signe Aalto', 'https://fjordline.example', 1, 'en', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Signe Aalto')
