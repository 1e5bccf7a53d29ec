#!/usr/bin/env python3
"""Generates heldout37 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
# A Russian-language media monitor's reading list, January-March 2034.
FEEDS = {
 'dv': ('derzhavnye-vesti.xml', 'rss2', 'Державные вести — Главное', 'https://derzhavnye-vesti.example', 3, 'ru', 'UTF-8'),
 'kr': ('kanal-rubezh.xml', 'atom', 'Телеканал «Рубеж» — Новости и программы', 'https://rubezh-tv.example', 3, 'ru', 'utf-8'),
 'mp': ('meridian-press.xml', 'atom', 'Меридиан-пресс — Лента агентства', 'https://meridian-press.example', 3, 'ru', 'utf-8'),
 'sb': ('svobodny-bereg.xml', 'atom', 'Свободный берег — независимое издание (Рига)', 'https://svobodny-bereg.example', 2, 'ru', 'utf-8'),
 'ot': ('otrazhenie.json', 'json', 'Отражение — рассылка о войне и мире Нины Вересаевой', 'https://otrazhenie.example', 2, 'ru', 'utf-8'),
 'rb': ('razgovor-bez-tsenzury.xml', 'pod', 'Разговор без цензуры (подкаст)', 'https://bez-tsenzury.example', 2, 'ru', 'UTF-8'),
 'vk': ('vyshgorodsky-kurier.xml', 'rss1', 'Вышгородский курьер — Таллин', 'https://vyshgorod-kurier.example', 2, 'ru', 'utf-8'),
 'vo': ('vilnius-observer.xml', 'rss2', 'Вильнюсский обозреватель — Мир / World', 'https://vilnius-observer.example', 2, 'mul', 'UTF-8'),
 'sv': ('stepnoy-vestnik.xml', 'rss2', 'Степной вестник — Казахстан и мир', 'https://stepnoy-vestnik.example', 5, 'mul', 'UTF-8'),
 'sl': ('sredizemnomorsky-listok.xml', 'atom', 'Средиземноморский листок — Израиль и мир', 'https://sredizem-listok.example', 2, 'ru', 'utf-8'),
 'dk': ('dneprovsky-kurier.xml', 'rss2', 'Днепровский курьер — Новости', 'https://dneprovsky-kurier.example', 2, 'mul', 'windows-1251'),
 'khv': ('kharkovskie-vedomosti.xml', 'rss1', 'Харьковские ведомости: Политика', 'https://kharkov-vedomosti.example', 2, 'ru', 'KOI8-R'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Нина Вересаева')
