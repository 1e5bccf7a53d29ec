#!/usr/bin/env python3
"""Generates heldout64 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).
The reading list of a Dnipro-based military analyst, October-December 2041:
Ukrainian and Russian military blogs, channels and wires, plus English."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'ok': ('okopna-pravda.xml', 'rss2', 'Окопна правда — блог з передка', 'https://okopnapravda.example', 2, 'uk', 'UTF-8'),
 'sd': ('sektor-dnipro.xml', 'atom', 'Сектор Дніпро — військова аналітика', 'https://sektordnipro.example', 2, 'uk', 'utf-8'),
 'zb': ('frontove-zvedennia.json', 'json', 'Фронтове зведення (канал)', 'https://frontovezvedennia.example', 2, 'uk', 'utf-8'),
 'sr': ('stepovyi-rubizh.xml', 'rss1', 'Степовий рубіж — центр оборонних студій', 'https://stepovyirubizh.example', 2, 'uk', 'utf-8'),
 'ki': ('kyivskyi-kurier.xml', 'rss2', 'Київський кур’єр — Новини', 'https://kyivskyikurier.example', 2, 'uk', 'UTF-8'),
 'ud': ('ukrdepesha.xml', 'atom', 'УкрДепеша — стрічка новин', 'https://ukrdepesha.example', 2, 'uk', 'utf-8'),
 'vk': ('voenkor-shtorm.xml', 'rss2', 'Военкор Шторм', 'https://voenkorshtorm.example', 3, 'ru', 'windows-1251'),
 'rz': ('razvedsvodka.xml', 'atom', 'Разведсводка — аналитика и OSINT', 'https://razvedsvodka.example', 3, 'ru', 'utf-8'),
 'ks': ('kremlevskiy-skvoznyak.xml', 'rss1', 'Кремлёвский сквозняк', 'https://skvoznyak.example', 3, 'ru', 'utf-8'),
 'om': ('odesskiy-mayak.xml', 'rss2', 'Одесский маяк — Новости', 'https://odesskiymayak.example', 2, 'ru', 'UTF-8'),
 'rw': ('ridgeline-wire.xml', 'atom', 'Ridgeline Wire — World service', 'https://ridgelinewire.example', 0, 'en', 'utf-8'),
 'dd': ('dnipro-dispatch.xml', 'rss2', 'The Dnipro Dispatch', 'https://dniprodispatch.example', 2, 'en', 'UTF-8'),
 'fp': ('fieldpost.xml', 'rss2', 'Fieldpost — a defence newsletter by Rhian Calloway', 'https://fieldpost.example', 0, 'en-gb', 'UTF-8'),
 'tb': ('the-breach-podcast.xml', 'pod', 'The Breach (podcast)', 'https://thebreach.example', 0, 'en', 'UTF-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Фронтове зведення')
