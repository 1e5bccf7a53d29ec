#!/usr/bin/env python3
"""Generates heldout67 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).
heldout67: a Madrid national daily's foreign-desk reading list (Spanish,
Catalan and English outlets), July-September 2042."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'pm': ('el-pregonero.xml', 'rss2', 'El Pregonero — Internacional', 'https://www.elpregonero.example', 2, 'es-es', 'UTF-8'),
 'gc': ('gaceta-continental.xml', 'atom', 'La Gaceta Continental: Mundo', 'https://www.gacetacontinental.example', 2, 'es', 'utf-8'),
 'fl': ('faro-de-levante.xml', 'rss2', 'El Faro de Levante - Internacional', 'https://www.farodelevante.example', 2, 'es-es', 'ISO-8859-15'),
 'hn': ('heraldo-del-norte.xml', 'rss1', 'Heraldo del Norte — Mundo', 'https://www.heraldodelnorte.example', 2, 'es', 'utf-8'),
 'ro': ('onda-meseta-podcast.xml', 'pod', 'Radio Onda Meseta — La Mañana y boletines (pódcast)', 'https://ondameseta.example', 2, 'es', 'UTF-8'),
 'ib': ('iberpress.xml', 'atom', 'Agencia Iberpress — Internacional', 'https://iberpress.example', 0, 'es', 'utf-8'),
 'bs': ('boletin-de-sol.json', 'json', 'El Boletín de Sol — defensa y diplomacia, por Inés Carrasco', 'https://boletindesol.example', 2, 'es', 'utf-8'),
 'dl': ('diari-del-llobregat.xml', 'rss2', 'Diari del Llobregat — Internacional', 'https://www.diaridelllobregat.example', 2, 'ca', 'UTF-8'),
 'vp': ('veu-de-ponent.xml', 'atom', 'La Veu de Ponent — Món', 'https://www.veudeponent.example', 2, 'ca', 'utf-8'),
 'ac': ('atlantic-courier.xml', 'atom', 'The Atlantic Courier — World', 'https://www.atlanticcourier.example', 1, 'en-gb', 'utf-8'),
 'lw': ('lodestar-wire.xml', 'rss2', 'Lodestar Wire — World service', 'https://lodestarwire.example', 0, 'en', 'UTF-8'),
 'hi': ('harrowgate-institute.xml', 'rss1', 'Harrowgate Institute — Briefs and commentary', 'https://harrowgate.example', -4, 'en-us', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Inés Carrasco')
