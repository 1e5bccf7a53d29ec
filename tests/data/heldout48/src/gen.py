#!/usr/bin/env python3
"""Generates heldout48 feeds, labels.tsv and categories.tsv from entries.txt.
A Moscow-watcher's reading list, October-December 2037 (Russian state,
exile and Telegram-style outlets, Kremlin and foreign-ministry statements,
talk-show transcripts, Ukrainian, English, Polish and Lithuanian outlets).
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'rv': ('rosvest-lenta.xml', 'atom', 'Росвест — лента новостей', 'https://rosvest.example', 3, 'ru', 'utf-8'),
 'lk': ('ladozhsky-kuryer.xml', 'rss2', 'Ладожский курьер - Россия и мир', 'https://ladoga-courier.example', 3, 'ru', 'KOI8-R'),
 'sb': ('svobodny-bereg.xml', 'atom', 'Свободный берег — независимые новости из Риги', 'https://svobodny-bereg.example', 2, 'ru', 'utf-8'),
 'tg': ('koridory-staroy-ploshchadi.json', 'json', 'Коридоры Старой площади (Telegram-канал)', 'https://koridory-tg.example', 3, 'ru', 'utf-8'),
 'md': ('dipbulletin-zayavleniya.xml', 'rss1', 'Дипломатический бюллетень — заявления Кремля и МИД', 'https://dipbulletin.example', 3, 'ru', 'utf-8'),
 'ts': ('efir-bez-kupyur.xml', 'rss2', 'Эфир без купюр — стенограммы ток-шоу', 'https://efir-bez-kupyur.example', 3, 'ru', 'windows-1251'),
 'ko': ('kyivskyi-ohliadach.xml', 'rss2', 'Київський оглядач — Новини', 'https://kyivskyi-ohliadach.example', 2, 'uk', 'UTF-8'),
 'rp': ('radio-podillia.xml', 'rss1', 'Радіо Поділля — програми та розмови', 'https://radio-podillia.example', 2, 'uk', 'utf-8'),
 'nw': ('northgate-wire.xml', 'atom', 'Northgate Wire — World service', 'https://northgatewire.example', 0, 'en', 'utf-8'),
 'sw': ('the-steppe-watch.xml', 'rss2', 'The Steppe Watch — notes of a Kremlin-watcher', 'https://steppewatch.example', 0, 'en', 'UTF-8'),
 'bl': ('baltic-ledger.xml', 'rss1', 'The Baltic Ledger — Region and world', 'https://balticledger.example', 2, 'en', 'utf-8'),
 'gn': ('gazeta-nadwislanska.xml', 'rss2', 'Gazeta Nadwiślańska - Świat', 'https://gazeta-nadwislanska.example', 1, 'pl', 'ISO-8859-2'),
 'nz': ('nemuno-zinios.xml', 'atom', 'Nemuno žinios — Pasaulis', 'https://nemuno-zinios.example', 2, 'lt', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Koridory Staroy Ploshchadi')
