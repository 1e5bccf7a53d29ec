#!/usr/bin/env python3
"""Generates heldout83 feeds, labels.tsv and categories.tsv from entries.txt.
The reading list of a Munich security-conference newsletter, July-September
2046: German, English, French and Polish outlets.
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'ik': ('isar-kurier.xml', 'rss2', 'Isar-Kurier — Politik', 'https://www.isar-kurier.example', 2, 'de-de', 'UTF-8'),
 'nb': ('nordbote.xml', 'atom', 'Der Nordbote: Ausland', 'https://www.nordbote.example', 2, 'de', 'utf-8'),
 'rp': ('rpd-rheinland-presse-dienst.xml', 'atom', 'RPD Rheinland Presse Dienst — Basisdienst Ausland', 'https://rpd-presse.example', 0, 'de', 'utf-8'),
 'wz': ('wiener-zeitspiegel.xml', 'rss1', 'Wiener Zeitspiegel - Außenpolitik', 'https://www.zeitspiegel.example', 2, 'de-at', 'ISO-8859-15'),
 'of': ('ostsee-forum-analysen.xml', 'rss2', 'Stiftung Ostsee-Forum — Analysen und Interviews', 'https://ostsee-forum.example', 2, 'de', 'UTF-8'),
 'lb': ('lagebild-podcast.xml', 'pod', 'Lagebild — der Podcast zur Sicherheitspolitik', 'https://lagebild-podcast.example', 2, 'de', 'UTF-8'),
 'mw': ('meridian-wire.xml', 'atom', 'Meridian Wire — World', 'https://meridianwire.example', 0, 'en', 'utf-8'),
 'tl': ('tidewater-ledger.xml', 'rss2', 'The Tidewater Ledger — World', 'https://www.tidewaterledger.example', 1, 'en-gb', 'UTF-8'),
 'hq': ('halberd-quarterly.xml', 'rss1', 'Halberd Quarterly — Commentary', 'https://halberdquarterly.example', -4, 'en', 'utf-8'),
 'ib': ('the-isar-brief.json', 'json', 'The Isar Brief — reading list of the Isar Security Dialogue', 'https://isarbrief.example', 2, 'en', 'utf-8'),
 'vs': ('veilleur-de-strasbourg.xml', 'atom', 'Le Veilleur de Strasbourg — Monde', 'https://www.veilleur-strasbourg.example', 2, 'fr', 'utf-8'),
 'gn': ('gazeta-nadwislanska.xml', 'rss2', 'Gazeta Nadwiślańska - Świat', 'https://www.gazeta-nadwislanska.example', 2, 'pl', 'ISO-8859-2'),
 'kb': ('kurier-baltycki.xml', 'rss1', 'Kurier Bałtycki — Kraj i świat', 'https://kurierbaltycki.example', 2, 'pl', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Lene Hartwig')
