#!/usr/bin/env python3
"""Generates heldout101 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'kp': ('kyiv-pres.xml', 'rss2', 'Київ-Прес — національне інформаційне агентство', 'https://kyiv-pres.example', 3, 'uk', 'UTF-8'),
 'lv': ('halytska-brama.xml', 'atom', 'Галицька брама — Львів і Захід', 'https://halytska-brama.example', 3, 'uk', 'utf-8'),
 'od': ('chornomorskyi-kurier.xml', 'rss1', 'Чорноморський кур’єр — Одеса і Південь', 'https://chornomorskyi-kurier.example', 3, 'uk', 'utf-8'),
 'zp': ('zaporizkyi-visnyk.xml', 'rss2', 'Запорізький вісник — новини краю', 'https://zaporizkyi-visnyk.example', 3, 'uk', 'UTF-8'),
 'tg': ('varta-24.json', 'json', 'ВАРТА 24/7 | канал новин', 'https://varta247.example', 3, 'uk', 'utf-8'),
 'rd': ('radio-podillia.xml', 'pod', 'Радіо Поділля — ефіри та розшифровки («Вечірня Вінниця»)', 'https://radiopodillia.example', 3, 'uk', 'UTF-8'),
 'op': ('dumka-kolonky.xml', 'rss1', 'Думка — колонки та аналітика', 'https://dumka-kolonky.example', 3, 'uk', 'utf-8'),
 'dp': ('klenovyi-lyst.json', 'json', 'Кленовий лист — газета української громади Канади', 'https://klenovyilyst.example', -4, 'uk', 'utf-8'),
 'ex': ('svobodny-bereg.xml', 'atom', 'Свободный берег — независимое издание', 'https://svobodnybereg.example', 3, 'ru', 'utf-8'),
 'sl': ('slobozhansky-kurier.xml', 'rss2', 'Слобожанский курьер — Харьков и регион', 'https://slobozhansky-kurier.example', 3, 'ru', 'windows-1251'),
 'gs': ('otchizna-press.xml', 'rss1', 'Отчизна-Пресс — новости', 'https://otchizna-press.example', 3, 'ru', 'utf-8'),
 'wr': ('meridian-wire.xml', 'atom', 'Meridian Wire — World service', 'https://meridianwire.example', 0, 'en', 'utf-8'),
 'tb': ('tidewater-bulletin.xml', 'rss2', 'The Tidewater Bulletin — World', 'https://www.tidewaterbulletin.example', -4, 'en-us', 'UTF-8'),
 'ef': ('eastern-flank-podcast.xml', 'pod', 'Eastern Flank — a podcast on European security', 'https://easternflank.example', 1, 'en-gb', 'UTF-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Редакція')
