#!/usr/bin/env python3
"""Generates heldout82 feeds, labels.tsv and categories.tsv from entries.txt.
Copied from heldout20's generator (tests/data/corpusgen.py does the work).
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
# A Barcelona/Valencia desk's reading list, April-June 2046 (CEST = +2, BST = +1).
FEEDS = {
 'ain': ('agencia-iberica-noticias.xml', 'atom', 'Agencia Ibérica de Noticias — Internacional', 'https://www.agenciaiberica.example', 2, 'es', 'utf-8'),
 'dv': ('diario-del-turia.xml', 'rss2', 'Diario del Turia — Internacional', 'https://www.diariodelturia.example', 2, 'es-es', 'UTF-8'),
 'hc': ('heraldo-de-castilla.xml', 'atom', 'El Heraldo de Castilla: Internacional', 'https://www.heraldodecastilla.example', 2, 'es', 'utf-8'),
 'gm': ('gaceta-del-mediterraneo.xml', 'rss1', 'La Gaceta del Mediterráneo - Análisis', 'https://www.gacetadelmediterraneo.example', 2, 'es', 'ISO-8859-15'),
 'sx': ('el-sextante.json', 'json', 'El Sextante — boletín de defensa europea de Irene Calvo', 'https://elsextante.example', 2, 'es', 'utf-8'),
 'ab': ('lavenc-de-barcelona.xml', 'rss2', "L'Avenç de Barcelona — Món", 'https://www.lavencbcn.example', 2, 'ca', 'UTF-8'),
 'dm': ('diari-de-la-marina.xml', 'atom', 'Diari de la Marina — Internacional', 'https://www.diaridelamarina.example', 2, 'ca', 'utf-8'),
 'pp': ('el-pols-del-mon-podcast.xml', 'pod', 'El Pols del Món (pòdcast)', 'https://polsdelmon.example', 2, 'ca', 'UTF-8'),
 'ct': ('catalonia-tribune.xml', 'rss2', 'The Catalonia Tribune — World', 'https://www.cataloniatribune.example', 2, 'en', 'UTF-8'),
 'wr': ('westmere-review.xml', 'atom', 'The Westmere Review — Europe', 'https://westmerereview.example', 1, 'en-gb', 'utf-8'),
 'lt': ('la-tramontane.xml', 'rss1', 'La Tramontane — Monde', 'https://www.latramontane.example', 2, 'fr', 'utf-8'),
 'ec': ('echo-du-canigou.xml', 'atom', "L'Écho du Canigou — International", 'https://www.echoducanigou.example', 2, 'fr', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Irene Calvo')
