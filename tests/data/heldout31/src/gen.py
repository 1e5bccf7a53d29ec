#!/usr/bin/env python3
"""Generates heldout31 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
# A Central European radio newsroom's reading list, July-September 2032 (CEST = +2,
# Lithuania EEST = +3, the wire in UTC). Legacy encodings: Radio Leman (ISO-8859-15),
# Gazeta Nadwislanska (ISO-8859-2), Nemuno zinios (windows-1257).
FEEDS = {
 'dp': ('danubia-presse.xml', 'atom', 'Danubia Presse - Weltdienst', 'https://danubiapresse.example', 0, 'de', 'utf-8'),
 'ma': ('mainzer-abendpost.xml', 'rss2', 'Mainzer Abendpost — Politik und Liveblog', 'https://www.mainzer-abendpost.example', 2, 'de', 'UTF-8'),
 'rd': ('radio-donaukurier.xml', 'rss1', 'Radio Donaukurier — Sendungsprotokolle', 'https://radio-donaukurier.example', 2, 'de', 'utf-8'),
 'ev': ('echo-des-vosges.xml', 'atom', "L'Écho des Vosges — Monde", 'https://www.echodesvosges.example', 2, 'fr', 'utf-8'),
 'rl': ('radio-leman.xml', 'rss2', 'Radio Léman - Transcriptions', 'https://radioleman.example', 2, 'fr', 'ISO-8859-15'),
 'vb': ('voce-del-brenta.xml', 'rss2', 'La Voce del Brenta — Esteri', 'https://www.vocedelbrenta.example', 2, 'it', 'UTF-8'),
 'tl': ('telelaguna.xml', 'atom', 'TeleLaguna — TG e dirette', 'https://telelaguna.example', 2, 'it', 'utf-8'),
 'ht': ('heraldo-del-tajo.xml', 'atom', 'Heraldo del Tajo — Internacional', 'https://www.heraldodeltajo.example', 2, 'es', 'utf-8'),
 'om': ('onda-meseta.json', 'json', 'Onda Meseta — programas y resúmenes', 'https://ondameseta.example', 2, 'es', 'utf-8'),
 'nz': ('nemuno-zinios.xml', 'rss2', 'Nemuno žinios – Pasaulis', 'https://nemunozinios.example', 3, 'lt', 'windows-1257'),
 'bb': ('baltijos-bangos.xml', 'rss1', 'Baltijos bangos radijas – laidų nuorašai', 'https://baltijosbangos.example', 3, 'lt', 'utf-8'),
 'gn': ('gazeta-nadwislanska.xml', 'rss1', 'Gazeta Nadwiślańska - Świat', 'https://gazetanadwislanska.example', 2, 'pl', 'ISO-8859-2'),
 'kn': ('kurier-nadbuzanski.xml', 'atom', 'Kurier Nadbużański — relacje i pytania czytelników', 'https://kuriernadbuzanski.example', 2, 'pl', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Onda Meseta')
