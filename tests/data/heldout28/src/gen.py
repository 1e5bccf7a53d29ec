#!/usr/bin/env python3
"""Generates heldout28 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
# An opinion-page editor's reading list, October-December 2031: English, French,
# Spanish, Italian and Polish op-eds, explainers, Q&As, podcasts and newsletters.
FEEDS = {
 'ls': ('lakeshore-sentinel-opinion.xml', 'rss2', 'The Lakeshore Sentinel — Opinion', 'https://www.lakeshoresentinel.example', -5, 'en-us', 'UTF-8'),
 'aq': ('aldgate-review-explainers.xml', 'atom', 'Aldgate Review — Explainers and Q&As', 'https://aldgatereview.example', 0, 'en-gb', 'utf-8'),
 'fl': ('the-fenwick-letter.json', 'json', 'The Fenwick Letter — war and diplomacy, by Ros Fenwick', 'https://fenwickletter.example', 0, 'en', 'utf-8'),
 'pc': ('after-the-guns-podcast.xml', 'pod', 'After the Guns (podcast)', 'https://afterthegunspod.example', 0, 'en', 'UTF-8'),
 'tw': ('tidewater-press-wire.xml', 'atom', 'Tidewater Press Agency — World service', 'https://tidewaterpress.example', 0, 'en', 'utf-8'),
 'ql': ('quotidien-de-la-loire.xml', 'atom', 'Le Quotidien de la Loire — Opinions et débats', 'https://quotidiendelaloire.example', 1, 'fr', 'utf-8'),
 'hv': ('hebdo-des-vosges.xml', 'rss1', "L'Hebdo des Vosges - Monde", 'https://hebdodesvosges.example', 1, 'fr', 'ISO-8859-15'),
 'ft': ('faro-del-tajo-opinion.xml', 'rss2', 'El Faro del Tajo — Opinión', 'https://www.farodeltajo.example', 1, 'es', 'UTF-8'),
 'ca': ('cuaderno-atlantico.xml', 'atom', 'Cuaderno Atlántico — Análisis y pódcast', 'https://cuadernoatlantico.example', 1, 'es', 'utf-8'),
 'et': ('eco-del-tevere-commenti.xml', 'rss2', "L'Eco del Tevere - Commenti", 'https://www.ecodeltevere.example', 1, 'it', 'ISO-8859-15'),
 'lb': ('lettera-da-brera.xml', 'rss1', 'Lettera da Brera — newsletter di geopolitica', 'https://letteradabrera.example', 1, 'it', 'utf-8'),
 'gn': ('gazeta-nadwislanska-opinie.xml', 'rss2', 'Gazeta Nadwiślańska - Opinie', 'https://gazetanadwislanska.example', 1, 'pl', 'ISO-8859-2'),
 'pb': ('przeglad-baltycki.xml', 'atom', 'Przegląd Bałtycki — Analizy', 'https://przegladbaltycki.example', 1, 'pl', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Ros Fenwick')
