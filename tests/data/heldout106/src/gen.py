#!/usr/bin/env python3
"""Generates heldout106 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'ml': ('meridian-ledger.xml', 'rss2', 'The Meridian Ledger — World', 'https://www.meridianledger.example', -5, 'en-us', 'UTF-8'),
 'bi': ('brackwater-institute.xml', 'atom', 'Brackwater Institute — Commentary', 'https://brackwater-institute.example', 0, 'en', 'utf-8'),
 'ef': ('the-eastern-flank.json', 'json', 'The Eastern Flank — a newsletter by Noor Castellane', 'https://easternflank.example', 0, 'en', 'utf-8'),
 'fh': ('frontier-hours-podcast.xml', 'pod', 'Frontier Hours (podcast)', 'https://frontierhours.example', 0, 'en', 'UTF-8'),
 'aw': ('atlantic-wire-service.xml', 'rss2', 'Atlantic Wire Service — multilingual desk', 'https://atlanticwire.example', 0, 'mul', 'UTF-8'),
 'pv': ('poltavskyi-visnyk.xml', 'rss2', 'Полтавський вісник — Україна і світ', 'https://poltavskyi-visnyk.example', 2, 'uk', 'UTF-8'),
 'vk': ('volzhskiy-kurier.xml', 'rss2', 'Волжский курьер — В мире', 'https://volzhskiy-kurier.example', 3, 'ru', 'windows-1251'),
 'kn': ('kurier-nadwislanski.xml', 'atom', 'Kurier Nadwiślański — Świat', 'https://kuriernadwislanski.example', 1, 'pl', 'utf-8'),
 'ge': ('gaceta-del-ebro.xml', 'rss2', 'La Gaceta del Ebro — Internacional', 'https://www.gacetadelebro.example', 1, 'es', 'UTF-8'),
 'ra': ('rheinische-abendpost.xml', 'rss1', 'Rheinische Abendpost — Politik', 'https://www.rheinische-abendpost.example', 1, 'de', 'utf-8'),
 'vg': ('vigie-de-garonne.xml', 'atom', 'La Vigie de Garonne — Monde', 'https://www.vigiedegaronne.example', 1, 'fr', 'utf-8'),
 'sa': ('sentinella-adriatica.json', 'json', 'La Sentinella Adriatica — Esteri', 'https://www.sentinellaadriatica.example', 1, 'it', 'utf-8'),
 'nb': ('nord-baltic-digest.xml', 'rss1', 'Nord-Baltic Digest — regional press', 'https://nordbalticdigest.example', 2, 'mul', 'utf-8'),
 'dm': ('press-mosaic.xml', 'atom', 'Press Mosaic — Europe and Asia', 'https://pressmosaic.example', 0, 'mul', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Noor Castellane')
