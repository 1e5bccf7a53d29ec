#!/usr/bin/env python3
"""Generates heldout69 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).
A Russian-language media monitor's reading list, January-March 2043:
Russian state media and exile media, Ukrainian outlets, two English ones."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'sa': ('severnoe-agentstvo.xml', 'atom', 'Северное агентство новостей — Лента', 'https://sevagentstvo.example', 3, 'ru', 'utf-8'),
 'rv': ('rosvestnik.xml', 'rss2', 'Росвестник — Политика', 'https://rosvestnik.example', 3, 'ru', 'windows-1251'),
 'pe': ('pervyi-efir-stenogrammy.xml', 'rss1', 'Первый эфир — стенограммы программ', 'https://pervyi-efir.example', 3, 'ru', 'utf-8'),
 'vp': ('volzhskaya-pravda.xml', 'rss2', 'Волжская правда — В мире и в стране', 'https://volzhskaya-pravda.example', 4, 'ru', 'UTF-8'),
 'sb': ('svobodnyi-bereg.xml', 'atom', 'Свободный берег — новости (Рига)', 'https://svobodnyibereg.example', 2, 'ru', 'utf-8'),
 'nz': ('novaya-zarya-rassylka.json', 'json', 'Новая заря — рассылка Марии Лисовской', 'https://novayazarya.example', 1, 'ru', 'utf-8'),
 'ko': ('okno-tv.xml', 'rss1', 'Окно ТВ — независимый канал (Тбилиси)', 'https://oknotv.example', 4, 'ru', 'utf-8'),
 'kh': ('kyivskyi-ohliadach.xml', 'rss2', 'Київський оглядач — Новини', 'https://kyivohliadach.example', 2, 'uk', 'UTF-8'),
 'lb': ('lvivska-brama.xml', 'atom', 'Львівська брама — Політика', 'https://lvivskabrama.example', 2, 'uk', 'utf-8'),
 'di': ('dnipro-info.xml', 'rss1', 'Дніпро-Інфо — стрічка новин', 'https://dnipro-info.example', 2, 'uk', 'utf-8'),
 'bw': ('baltic-meridian-wire.xml', 'atom', 'Baltic Meridian Wire — World service', 'https://balticmeridian.example', 0, 'en', 'utf-8'),
 'ec': ('eastern-courier.xml', 'rss2', 'The Eastern Courier — Europe', 'https://www.easterncourier.example', 0, 'en-gb', 'UTF-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Мария Лисовская')
