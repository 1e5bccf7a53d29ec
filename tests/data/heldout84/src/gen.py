#!/usr/bin/env python3
"""Generates heldout84 feeds, labels.tsv and categories.tsv from entries.txt
(the reading list of an Odesa port-city newsroom, October-December 2046).
Run from anywhere: python3 src/gen.py (paths are relative to this file).
Before writing, it checks that no `para:` row names the stock vocabulary
(guarantee, security, backstop, veto, peacekeeping, reassurance, coalition
of the willing, or their uk/ru/ro/tr equivalents) in title or summary."""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'mk': ('morskyi-kurier.xml', 'rss2', "Морський кур'єр — Порт і місто", 'https://morskyi-kurier.example', 2, 'uk', 'UTF-8'),
 'pv': ('prychornomorski-visti.xml', 'atom', 'Причорноморські вісті — Політика', 'https://prychornomorski-visti.example', 2, 'uk', 'utf-8'),
 'li': ('lyman-info.xml', 'rss1', 'Лиман-Інфо — стрічка новин', 'https://lyman-info.example', 2, 'uk', 'utf-8'),
 'ob': ('odesskii-bulvar.xml', 'rss2', 'Одесский бульвар — Новости', 'https://odesskii-bulvar.example', 2, 'ru', 'windows-1251'),
 'kv': ('klyuch-vesti.xml', 'atom', 'Ключ-Вести — Мир и политика', 'https://klyuch-vesti.example', 3, 'ru', 'utf-8'),
 'pk': ('portovyi-kolokol.xml', 'rss1', 'Портовый колокол — Одесса и Измаил', 'https://portovyi-kolokol.example', 2, 'ru', 'utf-8'),
 'bw': ('black-sea-wire.xml', 'atom', 'Black Sea Wire — Regional service', 'https://blackseawire.example', 0, 'en', 'utf-8'),
 'pg': ('pontic-shipping-gazette.xml', 'rss2', 'Pontic Shipping Gazette — News', 'https://ponticshipping.example', 0, 'en-gb', 'UTF-8'),
 'bb': ('bosporus-brief.json', 'json', 'The Bosporus Brief — a newsletter on the Black Sea by Defne Arkun', 'https://bosporusbrief.example', 3, 'en', 'utf-8'),
 'cc': ('cronica-constantei.xml', 'rss2', 'Cronica Constanţei - Extern', 'https://cronicaconstantei.example', 2, 'ro', 'ISO-8859-2'),
 'jg': ('jurnalul-de-galati.xml', 'atom', 'Jurnalul de Galaţi — Internaţional', 'https://jurnaluldegalati.example', 2, 'ro', 'utf-8'),
 'kp': ('karadeniz-postasi.xml', 'rss1', 'Karadeniz Postası — Dünya', 'https://karadenizpostasi.example', 3, 'tr', 'utf-8'),
 'so': ('sinop-olay.xml', 'rss2', 'Sinop Olay — Gündem', 'https://sinopolay.example', 3, 'tr', 'UTF-8'),
}

# stems a `para:` row must not contain (title or summary, case-insensitive)
STOCK = {
 'en': ['guarant', 'security', 'backstop', 'veto', 'peacekeep', 'reassur', 'coalition of the willing', 'safeguard'],
 'uk': ['гарант', 'безпек', 'вето', 'миротвор', 'коаліц', 'запевн'],
 'ru': ['гарант', 'безопас', 'вето', 'миротвор', 'коалиц'],
 'ro': ['garan', 'securit', 'veto', 'menţinere a păcii', 'menţinerea păcii', 'menținere', 'coaliţ', 'coaliț', 'asigur'],
 'tr': ['garanti', 'güvenlik', 'güvence', 'teminat', 'veto', 'barış gücü', 'barışı koruma', 'koalisyon'],
}

def check(rows, byk):
    bad = []
    for r in rows:
        if not r['cat'].startswith('para'):
            continue
        summ = byk[r['dup']]['summ'] if r['summ'] == '=' else r['summ']
        text = (r['title'] + ' ' + summ).lower()
        for s in STOCK[r['lang']]:
            if s in text:
                bad.append((r['key'], s))
    assert not bad, bad

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Defne Arkun', check=check)
