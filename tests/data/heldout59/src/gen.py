#!/usr/bin/env python3
"""Generates heldout59 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).
heldout59: the reading list of an Istanbul/Bucharest Black Sea desk
(Turkish, Romanian, Bulgarian, Greek and English outlets), July-September 2040."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
# Legacy encodings: haliç-gündem ISO-8859-9 (Turkish), ziarul-dunarea ISO-8859-2
# (Romanian with cedilla ş/ţ, as such sites wrote it), cernomorski-far
# windows-1251 (Bulgarian), foni-tou-peiraia ISO-8859-7 (Greek).
FEEDS = {
 'pw': ('pontus-wire.xml', 'atom', 'Pontus Wire — Black Sea service', 'https://pontuswire.example', 0, 'en', 'utf-8'),
 'bl': ('bosphorus-ledger.xml', 'rss2', 'The Bosphorus Ledger — Region', 'https://www.bosphorusledger.example', 3, 'en', 'UTF-8'),
 'hg': ('halic-gundem.xml', 'rss2', 'Haliç Gündem - Dünya', 'https://www.halicgundem.example', 3, 'tr', 'ISO-8859-9'),
 'ks': ('karadeniz-sabah.xml', 'rss1', 'Karadeniz Sabah — Gündem', 'https://karadenizsabah.example', 3, 'tr', 'utf-8'),
 'rd': ('ziarul-dunarea.xml', 'rss2', 'Ziarul Dunărea - Extern', 'https://www.ziaruldunarea.example', 3, 'ro', 'ISO-8859-2'),
 'rb': ('observatorul-de-constanta.xml', 'atom', 'Observatorul de Constanța — Actualitate', 'https://observatorulct.example', 3, 'ro', 'utf-8'),
 'bg': ('chernomorski-far.xml', 'rss2', 'Черноморски фар — Свят', 'https://chernomorskifar.example', 3, 'bg', 'windows-1251'),
 'bv': ('varnenski-vestnik.xml', 'atom', 'Варненски вестник — Новини', 'https://varnenskivestnik.example', 3, 'bg', 'utf-8'),
 'gr': ('foni-tou-peiraia.xml', 'rss1', 'Η Φωνή του Πειραιά - Διεθνή', 'https://fonipeiraia.example', 3, 'el', 'ISO-8859-7'),
 'ae': ('aegean-dispatch.xml', 'rss2', 'Aegean Dispatch — World', 'https://www.aegeandispatch.example', 3, 'en', 'UTF-8'),
 'dp': ('danube-pontus-review.xml', 'atom', 'Danube & Pontus Review — Analysis', 'https://danubepontus.example', 0, 'en', 'utf-8'),
 'jf': ('straits-notes.json', 'json', 'Straits Notes — a newsletter by Defne Arslan-Moore', 'https://straitsnotes.example', 0, 'en', 'utf-8'),
 'sp': ('euxine-freight-monitor.xml', 'rss2', 'Euxine Freight Monitor', 'https://euxinefreight.example', 0, 'en', 'UTF-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    os.makedirs(os.path.join(ROOT, 'feeds'), exist_ok=True)
    corpusgen.generate(HERE, FEEDS, json_author='Defne Arslan-Moore')
