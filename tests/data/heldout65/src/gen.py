#!/usr/bin/env python3
"""Generates heldout65 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).
Copied from heldout20's generator; only the FEEDS table differs (the reading
list of a Brussels French-language desk, January-March 2042)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'bf': ('le-beffroi.xml', 'rss2', 'Le Beffroi — International', 'https://www.lebeffroi.example', 1, 'fr-be', 'UTF-8'),
 'cr': ('chambre-en-direct.xml', 'atom', 'Chambre en direct — comptes rendus des débats', 'https://chambre-en-direct.example', 1, 'fr', 'utf-8'),
 'gl': ('le-grand-lac.xml', 'rss1', 'Le Grand Lac - Monde', 'https://www.legrandlac.example', 1, 'fr-ch', 'ISO-8859-15'),
 'mr': ('le-mont-royal.xml', 'atom', 'Le Mont-Royal — International', 'https://www.lemontroyal.example', -5, 'fr-ca', 'utf-8'),
 'eq': ('l-echo-du-quai.xml', 'rss2', "L'Écho du Quai — Éditoriaux et tribunes", 'https://echoduquai.example', 1, 'fr-fr', 'UTF-8'),
 'ae': ('aep-depeches.xml', 'atom', 'AEP — Agence européenne de presse, dépêches', 'https://aep-depeches.example', 0, 'fr', 'utf-8'),
 'hh': ('hemicycle-hebdo.xml', 'rss1', 'Hémicycle Hebdo — Assemblée et Sénat', 'https://hemicycle-hebdo.example', 1, 'fr', 'utf-8'),
 'bb': ('the-brussels-brief.json', 'json', 'The Brussels Brief — a newsletter by Ines Vandamme', 'https://brusselsbrief.example', 1, 'en', 'utf-8'),
 'ew': ('eurowire.xml', 'atom', 'Eurowire — Europe service', 'https://eurowire.example', 0, 'en', 'utf-8'),
 'tm': ('thames-mercury.xml', 'rss2', 'The Thames Mercury — World', 'https://www.thamesmercury.example', 0, 'en-gb', 'UTF-8'),
 'ak': ('atlantic-keel-review.xml', 'atom', 'Atlantic Keel Review — Commentary', 'https://atlantickeel.example', -5, 'en', 'utf-8'),
 'kv': ('kyivskyi-visnyk.xml', 'rss2', 'Київський вісник — Новини', 'https://kyivskyi-visnyk.example', 2, 'uk', 'windows-1251'),
 'pd': ('podilska-dumka.xml', 'rss1', 'Подільська думка — Світ і Україна', 'https://podilska-dumka.example', 2, 'uk', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Ines Vandamme')
