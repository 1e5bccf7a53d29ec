#!/usr/bin/env python3
"""Generates heldout39 feeds, labels.tsv and categories.tsv from entries.txt.
The reading list of a Polish regional daily's world desk, July-September 2035.
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'gn': ('gazeta-nadwislanska.xml', 'rss2', 'Gazeta Nadwiślańska — Świat', 'https://www.nadwislanska.example', 2, 'pl', 'UTF-8'),
 'kp': ('kurier-podkarpacki.xml', 'rss2', 'Kurier Podkarpacki - Ze świata', 'https://kurierpodkarpacki.example', 2, 'pl', 'ISO-8859-2'),
 'aw': ('agencja-wisla.xml', 'atom', 'Agencja Informacyjna Wisła — serwis zagraniczny', 'https://aiw.example', 2, 'pl', 'utf-8'),
 'tp': ('przeglad-wschodni.xml', 'atom', 'Tygodnik Przegląd Wschodni', 'https://przegladwschodni.example', 2, 'pl', 'utf-8'),
 'rp': ('radio-pogranicze.xml', 'rss1', 'Radio Pogranicze — Wiadomości', 'https://radiopogranicze.example', 2, 'pl', 'utf-8'),
 'ns': ('sasiedzi-newsletter.json', 'json', 'Sąsiedzi — newsletter Jana Korzeniowskiego', 'https://sasiedzi.example', 2, 'pl', 'utf-8'),
 'nz': ('nemuno-zinios.xml', 'rss2', 'Nemuno žinios — Pasaulis', 'https://nemunozinios.example', 3, 'lt', 'windows-1257'),
 'bk': ('baltijos-kryzkele.xml', 'rss1', 'Baltijos kryžkelė — savaitės analizė', 'https://kryzkele.example', 3, 'lt', 'utf-8'),
 'rk': ('rizhsky-kurier.xml', 'rss2', 'Рижский курьер — Мир', 'https://rkurier.example', 3, 'ru', 'windows-1251'),
 'ew': ('eastline-wire.xml', 'rss1', 'Eastline Wire — Europe service', 'https://eastlinewire.example', 0, 'en', 'utf-8'),
 'wl': ('warsaw-ledger.xml', 'rss2', 'The Warsaw Ledger — World', 'https://www.warsawledger.example', 2, 'en', 'UTF-8'),
 'vv': ('volynskyi-visnyk.xml', 'atom', 'Волинський вісник — Новини', 'https://volynvisnyk.example', 3, 'uk', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Jan Korzeniowski', errors='xmlcharrefreplace')
