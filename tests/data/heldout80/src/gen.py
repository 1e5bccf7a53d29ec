#!/usr/bin/env python3
"""Generates heldout80 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).
heldout80: the reading list of a Kharkiv newsroom working in Russian and
Ukrainian, October-December 2045 (fiction)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'kh': ('slobozhanskiy-kurier.xml', 'rss2', 'Слобожанский курьер — Новости Харькова и Украины', 'https://slobkurier.example', 2, 'ru', 'windows-1251'),
 'od': ('primorskiy-vestnik.xml', 'atom', 'Приморский вестник — Политика', 'https://primvestnik.example', 2, 'ru', 'utf-8'),
 'dn': ('dneprovskaya-nedelya.xml', 'rss1', 'Днепровская неделя', 'https://dnepr-nedelya.example', 2, 'ru', 'utf-8'),
 'rk': ('rakurs.json', 'json', 'Ракурс — объяснительная журналистика', 'https://rakurs-media.example', 2, 'ru', 'utf-8'),
 'ut': ('telegraf-vostok.xml', 'atom', 'Телеграф-Восток — лента новостей', 'https://telegraf-vostok.example', 2, 'ru', 'utf-8'),
 'sv': ('slobidski-visti.xml', 'rss2', 'Слобідські вісті — Новини', 'https://slobvisti.example', 2, 'uk', 'UTF-8'),
 'ko': ('kyivskyi-ohliadach.xml', 'atom', 'Київський оглядач — Політика і світ', 'https://ohliadach.example', 2, 'uk', 'utf-8'),
 'pz': ('poltavska-zoria.xml', 'rss1', 'Полтавська зоря — Новини області', 'https://poltzoria.example', 2, 'uk', 'utf-8'),
 'ew': ('eastgate-wire.xml', 'atom', 'Eastgate Wire — Europe and Eurasia', 'https://eastgatewire.example', 0, 'en', 'utf-8'),
 'bp': ('borderland-post.xml', 'rss2', 'The Borderland Post — World', 'https://www.borderlandpost.example', 0, 'en-gb', 'UTF-8'),
 'ka': ('kestrel-analysis.xml', 'rss1', 'Kestrel Analysis — Eastern Europe programme', 'https://kestrel-analysis.example', -5, 'en', 'utf-8'),
 'pw': ('przeglad-wschodni.xml', 'rss2', 'Przegląd Wschodni - Świat', 'https://przegladwschodni.example', 1, 'pl', 'ISO-8859-2'),
 'gl': ('gazeta-nadwislanska.xml', 'atom', 'Gazeta Nadwiślańska — Kraj i świat', 'https://nadwislanska.example', 1, 'pl', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Ракурс')
