#!/usr/bin/env python3
"""Generates heldout75 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).
Copied from heldout20's generator: only the FEEDS table and this header differ."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
# Local dates in entries.txt: Central European Summer Time (+2) for the Slovak,
# Czech and Hungarian outlets, British Summer Time (+1) for the Ledger, UTC for the wire.
FEEDS = {
 'dd': ('dunajsky-dennik.xml', 'rss2', 'Dunajský denník — Svet', 'https://www.dunajskydennik.example', 2, 'sk', 'UTF-8'),
 'tk': ('tatransky-kurier.xml', 'rss1', 'Tatranský kuriér - Zahraničie', 'https://www.tatranskykurier.example', 2, 'sk', 'iso-8859-2'),
 'pk': ('krizovatka-podcast.xml', 'pod', 'Križovatka — podcast o zahraničnej politike', 'https://krizovatka.example', 2, 'sk', 'UTF-8'),
 'bi': ('bratislavsky-institut-komentare.xml', 'atom', 'Bratislavský inštitút pre susedstvo — Komentáre', 'https://bisus.example', 2, 'sk', 'utf-8'),
 'vl': ('vltavske-listy.xml', 'rss2', 'Vltavské listy – Zahraničí', 'https://www.vltavskelisty.example', 2, 'cs', 'windows-1250'),
 'bv': ('brnensky-vecernik.xml', 'atom', 'Brněnský večerník — Svět', 'https://www.brnenskyvecernik.example', 2, 'cs', 'utf-8'),
 'rs': ('rozhlas-stred-prepisy.xml', 'rss1', 'Rozhlas Střed — přepisy pořadů', 'https://rozhlasstred.example', 2, 'cs', 'utf-8'),
 'dh': ('dunaparti-hirlap.xml', 'rss2', 'Dunaparti Hírlap — Külföld', 'https://www.dunapartihirlap.example', 2, 'hu', 'UTF-8'),
 'mh': ('merleg-hetilap.xml', 'atom', 'Mérleg Hetilap — Elemzés', 'https://merleghetilap.example', 2, 'hu', 'utf-8'),
 'cw': ('carpathian-wire.xml', 'atom', 'Carpathian Wire — World service', 'https://carpathianwire.example', 0, 'en', 'utf-8'),
 'cl': ('central-european-ledger.xml', 'rss2', 'The Central European Ledger — Region', 'https://www.celedger.example', 1, 'en-gb', 'UTF-8'),
 'ml': ('the-morava-letter.json', 'json', 'The Morava Letter — a newsletter on Central Europe by Ilse Vranková', 'https://moravaletter.example', 2, 'en', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Ilse Vranková')
