#!/usr/bin/env python3
"""Generates heldout96 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).
Reading list of an exile Russian independent outlet, October-December 2049
(about 60 % Russian, then Ukrainian and English); all outlets fictional."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'nz': ('novaya-zarya.xml', 'rss2', 'Новая заря — новости из Риги', 'https://novaya-zarya.example', 2, 'ru', 'windows-1251'),
 'ks': ('kolokol-kolonki.xml', 'atom', 'Колокол — колонки и мнения', 'https://kolokol-media.example', 2, 'ru', 'utf-8'),
 'ep': ('efir-pereskaz.xml', 'rss1', 'Эфир в пересказе — что говорили в ток-шоу', 'https://efir-pereskaz.example', 3, 'ru', 'utf-8'),
 'sv': ('svobodnoe-slovo.xml', 'rss2', 'Свободное слово — лента', 'https://svobodnoe-slovo.example', 1, 'ru', 'UTF-8'),
 'bi': ('baltinform-wire.xml', 'atom', 'Балтинформ — лента агентства', 'https://baltinform.example', 0, 'ru', 'utf-8'),
 'tg': ('utrennyaya-svodka.json', 'json', 'Утренняя сводка — рассылка Ильи Гордеева', 'https://svodka.example', 2, 'ru', 'utf-8'),
 'pd': ('okop-i-kabinet-podcast.xml', 'pod', 'Окоп и кабинет (подкаст)', 'https://okop-kabinet.example', 2, 'ru', 'UTF-8'),
 'vd': ('vilnyi-dnipro.xml', 'rss2', 'Вільний Дніпро — Новини', 'https://vilnyi-dnipro.example', 2, 'uk', 'UTF-8'),
 'ue': ('ukrainska-ekspertyza.xml', 'atom', 'Українська експертиза — аналітика', 'https://ukr-ekspertyza.example', 2, 'uk', 'utf-8'),
 'eo': ('eastern-observer.xml', 'rss2', 'The Eastern Observer — Europe', 'https://www.easternobserver.example', 0, 'en-gb', 'UTF-8'),
 'ml': ('meridian-letter.xml', 'rss1', 'Meridian Letter — defence and diplomacy', 'https://meridianletter.example', 1, 'en', 'utf-8'),
 'ln': ('lenta-nord.xml', 'rss1', 'Лента Норд — коротко', 'https://lenta-nord.example', 2, 'ru', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Илья Гордеев')
