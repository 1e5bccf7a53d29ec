#!/usr/bin/env python3
"""Generates heldout104 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'dn': ('dziennik-nadwislanski.xml', 'rss2', 'Dziennik Nadwiślański — Świat i Kraj', 'https://www.dziennik-nadwislanski.example', 1, 'pl', 'UTF-8'),
 'tp': ('tygodnik-rubiez.xml', 'atom', 'Tygodnik „Rubież” — Polityka i bezpieczeństwo', 'https://rubiez.example', 1, 'pl', 'utf-8'),
 'rw': ('radio-wisla-fakty.xml', 'pod', 'Radio Wisła — Fakty i komentarze (podcast)', 'https://radiowisla.example', 1, 'pl', 'UTF-8'),
 'kz': ('kurier-zamojski.xml', 'rss2', 'Kurier Zamojski Online — Region i świat', 'https://kurierzamojski.example', 1, 'pl', 'windows-1250'),
 'kv': ('kyivskyi-visnyk.xml', 'rss2', 'Київський вісник — Головне', 'https://kyivskyi-visnyk.example', 2, 'uk', 'UTF-8'),
 'zh': ('zakhidnyi-horyzont.xml', 'atom', 'Західний горизонт — Новини', 'https://zakhidnyi-horyzont.example', 2, 'uk', 'utf-8'),
 'no': ('nevsky-obozrevatel.xml', 'rss1', 'Невский обозреватель — Политика', 'https://nevsky-obozrevatel.example', 3, 'ru', 'utf-8'),
 'rm': ('rizhsky-meridian.xml', 'rss2', 'Рижский меридиан — Мир и Балтия', 'https://rizhsky-meridian.example', 2, 'ru', 'UTF-8'),
 'nz': ('nemuno-zinios.xml', 'atom', 'Nemuno žinios — Pasaulis', 'https://nemunozinios.example', 2, 'lt', 'utf-8'),
 'dv': ('daugavas-vestnesis.xml', 'rss1', 'Daugavas Vēstnesis — Pasaulē', 'https://daugavasvestnesis.example', 2, 'lv', 'utf-8'),
 'mw': ('meridian-wire.xml', 'atom', 'Meridian Wire — World', 'https://meridianwire.example', 0, 'en', 'utf-8'),
 'ef': ('eastern-flank-brief.json', 'json', 'Eastern Flank Brief — a newsletter by Nora Quill', 'https://easternflankbrief.example', -5, 'en', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Nora Quill')
