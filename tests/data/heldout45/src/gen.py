#!/usr/bin/env python3
"""Generates heldout45 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).
The reading list of a Vilnius news aggregator, January-March 2036."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'vz': ('vilniaus-zinios.xml', 'rss2', 'Vilniaus žinios — Pasaulis', 'https://www.vilniauszinios.example', 2, 'lt', 'UTF-8'),
 'nr': ('nemuno-aidas.xml', 'atom', 'Nemuno aidas: užsienio naujienos', 'https://nemunoaidas.example', 2, 'lt', 'utf-8'),
 'bt': ('baltijos-telegrafas.xml', 'rss1', 'Baltijos telegrafas - trumpai', 'https://baltijostelegrafas.example', 2, 'lt', 'ISO-8859-13'),
 'ar': ('ausros-radijas.xml', 'rss2', 'Aušros radijas — laidų santraukos', 'https://ausrosradijas.example', 2, 'lt', 'UTF-8'),
 'gn': ('gazeta-nadwislanska.xml', 'atom', 'Gazeta Nadwiślańska — Świat', 'https://nadwislanska.example', 1, 'pl', 'utf-8'),
 'kp': ('kurier-podlaski.xml', 'rss2', 'Kurier Podlaski - Kraj i świat', 'https://kurierpodlaski.example', 1, 'pl', 'ISO-8859-2'),
 'dt': ('diario-del-tajo.xml', 'rss2', 'El Diario del Tajo — Internacional', 'https://www.diariodeltajo.example', 1, 'es', 'UTF-8'),
 'bb': ('baltic-beacon-wire.xml', 'atom', 'Baltic Beacon Wire — World service', 'https://balticbeacon.example', 0, 'en', 'utf-8'),
 'vl': ('vilnius-ledger.xml', 'rss1', 'The Vilnius Ledger — Region', 'https://www.vilniusledger.example', 2, 'en', 'utf-8'),
 'am': ('the-amber-road.json', 'json', 'The Amber Road — a weekly letter on the Baltic flank by Rūta Gedvilaitė', 'https://amberroad.example', 2, 'en', 'utf-8'),
 'pv': ('podilskyi-visnyk.xml', 'rss1', 'Подільський вісник — Світ і Україна', 'https://podilskyivisnyk.example', 2, 'uk', 'utf-8'),
 'bv': ('baltiyskiy-vestnik.xml', 'rss2', 'Балтийский вестник — Мир', 'https://baltvestnik.example', 2, 'ru', 'windows-1251'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Rūta Gedvilaitė')
