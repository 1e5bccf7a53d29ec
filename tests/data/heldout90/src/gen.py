#!/usr/bin/env python3
"""Generates heldout90 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).
Template: heldout20's src/gen.py; the viewpoint is the reading list of a Kyiv
national TV newsroom (Ukrainian, English and Russian outlets), April-June 2048."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'ob': ('obrii-tv-novyny.xml', 'rss2', 'Телеканал «Обрій» — Новини', 'https://obrii-tv.example', 3, 'uk', 'UTF-8'),
 'vs': ('vechirnia-sich.xml', 'atom', 'Вечірня Січ — Політика і світ', 'https://vechirnia-sich.example', 3, 'uk', 'utf-8'),
 'rz': ('rezonator-telegram.json', 'json', 'Резонатор — Telegram-канал', 'https://rezonator.example', 3, 'uk', 'utf-8'),
 'yt': ('radio-yatran.xml', 'rss1', 'Радіо «Ятрань» — Новини та ефіри', 'https://radio-yatran.example', 3, 'uk', 'utf-8'),
 'pd': ('holos-podillia.xml', 'rss2', 'Голос Поділля — Новини', 'https://holos-podillia.example', 3, 'uk', 'windows-1251'),
 'tw': ('tidewater-wire.xml', 'atom', 'Tidewater Wire — World service', 'https://tidewaterwire.example', 0, 'en', 'utf-8'),
 'kg': ('kestrel-gazette.xml', 'rss2', 'The Kestrel Gazette — World', 'https://www.kestrelgazette.example', 1, 'en-gb', 'UTF-8'),
 'lc': ('lakeshore-courier.xml', 'rss2', 'The Lakeshore Courier — Nation & World', 'https://www.lakeshorecourier.example', -4, 'en-us', 'UTF-8'),
 'ff': ('fennwick-forum.xml', 'rss1', 'Fennwick Forum — Analysis', 'https://fennwickforum.example', 0, 'en', 'utf-8'),
 'dd': ('dnipro-dispatch.xml', 'atom', 'The Dnipro Dispatch — Ukraine news in English', 'https://dniprodispatch.example', 3, 'en', 'utf-8'),
 'bv': ('baltiyskiy-vestnik.xml', 'rss2', 'Балтийский вестник — В мире', 'https://baltvestnik.example', 3, 'ru', 'windows-1251'),
 'nt': ('novaya-tribuna.xml', 'atom', 'Новая трибуна — Украина и Россия', 'https://novaya-tribuna.example', 3, 'ru', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Резонатор')
