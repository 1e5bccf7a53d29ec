#!/usr/bin/env python3
"""Generates heldout26 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'dp': ('dagsposten.xml', 'rss2', 'Dagsposten — Utrikes', 'https://www.dagsposten.example', 2, 'sv', 'UTF-8'),
 'up': ('utrikespodden.xml', 'pod', 'Utrikespodden — Radio Mälaren', 'https://utrikespodden.example', 2, 'sv', 'UTF-8'),
 'op': ('oresundsposten.xml', 'atom', 'Øresundsposten — Udland', 'https://www.oresundsposten.example', 2, 'da', 'utf-8'),
 'fj': ('fjordavisen.xml', 'rss1', 'Fjordavisen — Utenriks', 'https://www.fjordavisen.example', 2, 'nb', 'utf-8'),
 'ps': ('pohjan-sanomat.xml', 'rss2', 'Pohjan Sanomat - Ulkomaat', 'https://www.pohjansanomat.example', 3, 'fi', 'ISO-8859-15'),
 'sb': ('de-scheldebode.xml', 'atom', 'De Scheldebode — Buitenland', 'https://www.scheldebode.example', 2, 'nl', 'utf-8'),
 'dt': ('diario-do-tejo.xml', 'rss2', 'Diário do Tejo — Mundo', 'https://www.diariodotejo.example', 1, 'pt', 'windows-1252'),
 'bc': ('baltic-courier.xml', 'atom', 'The Baltic Courier — Region and World', 'https://www.balticcourier.example', 3, 'en', 'utf-8'),
 'nw': ('nordwire.xml', 'atom', 'Nordwire — English service', 'https://nordwire.example', 0, 'en', 'utf-8'),
 'kr': ('kattegat-review.xml', 'rss1', 'Kattegat Review — Commentary', 'https://kattegatreview.example', 2, 'en', 'utf-8'),
 'nf': ('the-northern-flank.json', 'json', 'The Northern Flank — a newsletter on Nordic and Dutch defence by Sanne Vos', 'https://northernflank.example', 2, 'en', 'utf-8'),
 'lh': ('lowlands-herald.xml', 'rss2', 'The Lowlands Herald — World', 'https://www.lowlandsherald.example', 2, 'en-gb', 'UTF-8'),
 'hd': ('helsinki-dispatch.xml', 'rss1', 'Helsinki Dispatch — News in English', 'https://helsinkidispatch.example', 3, 'en', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Sanne Vos')
