#!/usr/bin/env python3
"""Generates heldout43 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).
The reading list of a Riga-based exile Russian-language newsroom, July-September 2036.
Before writing, check_para() refuses any `para:` row whose title or summary holds
one of the stock words of its language (BANNED below)."""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'ms': ('moskovsky-signal.xml', 'rss2', 'Московский сигнал — Политика', 'https://www.moskovsky-signal.example', 3, 'ru', 'windows-1251'),
 'kz': ('kreml-zayavleniya.xml', 'atom', 'Кремль — заявления и стенограммы', 'https://kreml-zayavleniya.example', 3, 'ru', 'utf-8'),
 'tg': ('dvenadtsaty-etazh.json', 'json', 'Двенадцатый этаж (Telegram-канал)', 'https://dvenadtsaty-etazh.example', 3, 'ru', 'utf-8'),
 'ts': ('telemonitor.xml', 'rss1', 'Телемонитор — конспекты вечерних ток-шоу', 'https://telemonitor.example', 3, 'ru', 'utf-8'),
 'dn': ('dyuna-novosti.xml', 'rss2', 'Дюна — новости из Риги', 'https://dyuna.example', 3, 'ru', 'UTF-8'),
 'vd': ('volynsky-dzvin.xml', 'atom', 'Волинський дзвін — Політика', 'https://volynskydzvin.example', 3, 'uk', 'utf-8'),
 'kb': ('kyivska-brama.xml', 'rss1', 'Київська брама — Новини', 'https://kyivskabrama.example', 3, 'uk', 'utf-8'),
 'nb': ('northbridge-wire.xml', 'atom', 'Northbridge Wire — Europe', 'https://northbridgewire.example', 0, 'en', 'utf-8'),
 'bt': ('baltic-tribune.xml', 'rss2', 'The Baltic Tribune — Region & World', 'https://www.baltictribune.example', 3, 'en', 'UTF-8'),
 'ec': ('eastern-approaches-review.xml', 'rss1', 'Eastern Approaches Review — Commentary', 'https://easternapproaches.example', 0, 'en', 'utf-8'),
 'dv': ('daugavas-vestis.xml', 'rss2', 'Daugavas Vēstis: Ārzemes', 'https://daugavasvestis.example', 3, 'lv', 'ISO-8859-13'),
 'gn': ('gazeta-nadwislanska.xml', 'atom', 'Gazeta Nadwiślańska — Świat', 'https://gazetanadwislanska.example', 2, 'pl', 'utf-8'),
}

# stock words per language, as lower-case stems (a para: row must hold none)
BANNED = {
 'en': ['guarant', 'security', 'backstop', 'veto', 'peacekeep', 'peace-keep', 'reassur', 'coalition of the willing'],
 'ru': ['гарант', 'безопасн', 'вето', 'миротвор', 'заверени', 'коалици', 'подстрах'],
 'uk': ['гарант', 'безпек', 'вето', 'миротвор', 'запевн', 'коаліці', 'підстрах'],
 'lv': ['garant', 'drošīb', 'veto', 'miera uzturē', 'miera uzturēt', 'koalīcij', 'pārliecināj'],
 'pl': ['gwaranc', 'gwarant', 'bezpiecz', 'weto', 'wet ', 'pokojow', 'koalicj', 'zabezpiecz'],
}


def check_para(rows, byk):
    bad = []
    for r in rows:
        if not r['cat'].startswith('para:'):
            continue
        text = (r['title'] + ' ' + (byk[r['dup']]['summ'] if r['summ'] == '=' else r['summ'])).lower()
        for w in BANNED[r['lang']]:
            if w in text:
                bad.append(f"{r['key']}: {w}")
    if bad:
        sys.exit('para rows with stock words:\n' + '\n'.join(bad))


sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Двенадцатый этаж', check=check_para)
