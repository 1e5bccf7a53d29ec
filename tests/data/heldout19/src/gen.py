#!/usr/bin/env python3
"""Generates heldout19 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'gn': ('gazeta-nadwislanska.xml', 'rss2', 'Gazeta Nadwiślańska - Świat', 'https://gazetanadwislanska.example', 2, 'pl', 'ISO-8859-2'),
 'kb': ('kurier-baltycki.xml', 'atom', 'Kurier Bałtycki — Świat i Polska (Gdańsk)', 'https://kurierbaltycki.example', 2, 'pl', 'utf-8'),
 'tw': ('tygodnik-wschodni.xml', 'rss1', 'Tygodnik Wschodni — Opinie i analizy (Lublin)', 'https://tygodnikwschodni.example', 2, 'pl', 'utf-8'),
 'nz': ('nemuno-zinios.xml', 'rss2', 'Nemuno žinios — Pasaulis', 'https://nemunozinios.example', 3, 'lt', 'UTF-8'),
 'bd': ('baltic-desk.xml', 'atom', 'Baltic Desk — Rīga / Tallinn (lv, et, en)', 'https://balticdesk.example', 3, 'mul', 'utf-8'),
 'pr': ('pohjoisranta.xml', 'rss1', 'Pohjoisranta / Norra kajen — Helsinki', 'https://pohjoisranta.example', 3, 'fi', 'utf-8'),
 'sk': ('spreebogen-kurier.xml', 'atom', 'Spreebogen-Kurier — Ausland', 'https://spreebogen.example', 2, 'de', 'utf-8'),
 'vv': ('vltava-vah.xml', 'rss2', 'Vltava a Váh — Zahraničí / Zahraničie', 'https://vltavavah.example', 2, 'mul', 'UTF-8'),
 'dh': ('dunakanyar-hirlap.xml', 'atom', 'Dunakanyar Hírlap — Külföld', 'https://dunakanyar.example', 2, 'hu', 'utf-8'),
 'bm': ('baltic-sea-monitor.json', 'json', 'Baltic Sea Monitor — morning brief and live pages', 'https://balticseamonitor.example', 1, 'en-gb', 'utf-8'),
 'pv': ('podilskyi-visnyk.xml', 'rss2', 'Подільський вісник — Новини', 'https://podilskyivisnyk.example', 3, 'uk', 'UTF-8'),
 'dz': ('derzhava-inform.xml', 'atom', 'Держава-Информ — Международная панорама', 'https://derzhava-inform.example', 3, 'ru', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author=FEEDS['bm'][2])
