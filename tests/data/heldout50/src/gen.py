#!/usr/bin/env python3
"""Generates heldout50 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).
Before writing, it checks that no `para:` row names the topic with its stock
words (PARA_BANNED, per language) in title or summary."""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'lv': ('lvivskyi-visnyk.xml', 'rss2', 'Львівський вісник — Новини Львова і області', 'https://lvivskyi-visnyk.example', 3, 'uk', 'UTF-8'),
 'tg': ('halytskyi-puls.json', 'json', 'Галицький пульс — канал новин', 'https://halytskyi-puls.example', 3, 'uk', 'utf-8'),
 'tv': ('obrii-zakhid-tv.xml', 'atom', 'Обрій-Захід ТБ — Новини', 'https://obrii-zakhid.example', 3, 'uk', 'utf-8'),
 'dr': ('drohobytskyi-kurier.xml', 'rss2', 'Дрогобицький кур’єр', 'https://drohobych-kurier.example', 3, 'uk', 'windows-1251'),
 'rd': ('radio-halychyna.xml', 'rss1', 'Радіо Галичина — Новини ефіру', 'https://radio-halychyna.example', 3, 'uk', 'utf-8'),
 'zv': ('zolochivski-visti.xml', 'rss2', 'Золочівські вісті', 'https://zolochivski-visti.example', 3, 'uk', 'UTF-8'),
 'mk': ('moskovsky-kursor.xml', 'rss2', 'Московский курсор — Политика', 'https://mkursor.example', 3, 'ru', 'windows-1251'),
 'rz': ('rizhsky-vzglyad.xml', 'atom', 'Рижский взгляд — Украина и Россия', 'https://rizhsky-vzglyad.example', 3, 'ru', 'utf-8'),
 'gp': ('gazeta-przemyska.xml', 'rss2', 'Gazeta Przemyska - Region i świat', 'https://gazetaprzemyska.example', 2, 'pl', 'ISO-8859-2'),
 'kw': ('kurier-wschodni.xml', 'atom', 'Kurier Wschodni — Świat', 'https://kurierwschodni.example', 2, 'pl', 'utf-8'),
 'cw': ('carpathian-wire.xml', 'atom', 'Carpathian Wire — Europe service', 'https://carpathianwire.example', 0, 'en', 'utf-8'),
 'ed': ('danube-post.xml', 'rss2', 'The Danube Post — Europe', 'https://www.danubepost.example', 2, 'en', 'UTF-8'),
 'br': ('borderland-review.xml', 'rss1', 'Borderland Review — Eastern Europe analysis', 'https://borderlandreview.example', 1, 'en-gb', 'utf-8'),
}

# stems a paraphrase row may not contain (title or summary, case-insensitive)
PARA_BANNED = {
 'en': ['guarant', 'security', 'backstop', 'veto', 'peacekeep', 'reassur', 'coalition', 'assurance'],
 'uk': ['гарант', 'безпек', 'миротвор', 'вето', 'коаліц', 'запевн', 'стабілізац', 'запобіжн'],
 'ru': ['гарант', 'безопасн', 'миротвор', 'вето', 'коалиц', 'заверен', 'стабилизац'],
 'pl': ['gwaranc', 'gwarant', 'bezpiecz', 'weto', 'pokojow', 'koalic', 'zapewni', 'stabiliz', 'zabezpiecz'],
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)


def check(rows, byk):
    bad = []
    for r in rows:
        if not r['cat'].startswith('para:'):
            continue
        summ = byk[r['dup']]['summ'] if r['summ'] == '=' else r['summ']
        text = (r['title'] + ' ' + summ).lower()
        for stem in PARA_BANNED[r['lang']]:
            if stem in text:
                bad.append(f"{r['key']}: '{stem}'")
    if bad:
        sys.exit('para rows with stock words:\n' + '\n'.join(bad))


if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Галицький пульс', check=check)
