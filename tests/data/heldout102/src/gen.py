#!/usr/bin/env python3
"""Generates heldout102 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'hk': ('hansekurier.xml', 'rss2', 'Hansekurier — Politik & Welt', 'https://www.hansekurier.example', 1, 'de-de', 'UTF-8'),
 'ak': ('alpenkurier-wien.xml', 'atom', 'Alpenkurier Wien — Außenpolitik', 'https://www.alpenkurier.example', 1, 'de-at', 'utf-8'),
 'hd': ('helvetische-depeschen.xml', 'rss2', 'Helvetische Depeschen / Dépêches helvétiques', 'https://depeschen.example', 1, 'mul', 'UTF-8'),
 'lm': ('messager-de-meuse.xml', 'atom', 'Le Messager de Meuse — Monde', 'https://www.messagerdemeuse.example', 1, 'fr-be', 'utf-8'),
 'gc': ('gazette-du-couchant.xml', 'rss1', 'La Gazette du Couchant — International', 'https://gazetteducouchant.example', 1, 'fr', 'utf-8'),
 'pb': ('het-polderblad.xml', 'rss2', 'Het Polderblad — Buitenland', 'https://www.polderblad.example', 1, 'nl', 'UTF-8'),
 'ob': ('ostersjobladet.xml', 'atom', 'Östersjöbladet — Utrikes', 'https://ostersjobladet.example', 1, 'sv', 'utf-8'),
 'kb': ('kattegat-tidende.xml', 'rss2', 'Kattegat Tidende — Udland', 'https://kattegattidende.example', 1, 'da', 'UTF-8'),
 'fj': ('fjordposten.xml', 'rss1', 'Fjordposten — Utenriks', 'https://fjordposten.example', 1, 'no', 'utf-8'),
 'sl': ('jarviseudun-sanomat.json', 'json', 'Järviseudun Sanomat — Ulkomaat', 'https://jarviseudunsanomat.example', 2, 'fi', 'utf-8'),
 'rb': ('baltic-morning.xml', 'rss2', 'Baltic Morning — Rytas · Rīts · Hommik', 'https://balticmorning.example', 2, 'mul', 'windows-1257'),
 'mw': ('meridian-wire.xml', 'atom', 'Meridian Wire — World service', 'https://meridianwire.example', 0, 'en', 'utf-8'),
 'tc': ('tollgate-courier.xml', 'rss2', 'The Tollgate Courier — World', 'https://www.tollgatecourier.example', -5, 'en-us', 'UTF-8'),
 'bp': ('long-peace-podcast.xml', 'pod', 'The Long Peace (podcast)', 'https://longpeace.example', 0, 'en', 'UTF-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Järviseudun Sanomat')
