#!/usr/bin/env python3
"""Generates heldout46 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).
Viewpoint: the reading list of a Kyiv think tank's daily digest,
April-June 2037 (Ukrainian, English, Polish and German outlets)."""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'cw': ('corran-wire.xml', 'atom', 'Corran Wire — World service', 'https://corranwire.example', 0, 'en', 'utf-8'),
 'ep': ('euxine-post.xml', 'rss2', 'The Euxine Post — Ukraine & region', 'https://www.euxinepost.example', 3, 'en', 'UTF-8'),
 'hb': ('halden-brief.xml', 'atom', 'The Halden Brief — commentary from the Halden Centre', 'https://haldencentre.example', 1, 'en-gb', 'utf-8'),
 'wo': ('wessex-observer.xml', 'rss1', 'The Wessex Observer — World', 'https://www.wessexobserver.example', 1, 'en-gb', 'utf-8'),
 'pv': ('pravoberezhnyi-visnyk.xml', 'rss2', 'Правобережний вісник — Політика', 'https://pravoberezhnyi-visnyk.example', 3, 'uk', 'windows-1251'),
 'kt': ('kyivskyi-tyzhden.xml', 'atom', "Київський тиждень — Інтерв'ю та аналітика", 'https://kyivskyi-tyzhden.example', 3, 'uk', 'utf-8'),
 'pk': ('parlamentskyi-kurier.xml', 'rss1', "Парламентський кур'єр — комітети Верховної Ради", 'https://parlkurier.example', 3, 'uk', 'utf-8'),
 'lp': ('lyst-z-podolu.json', 'json', 'Лист з Подолу — розсилка Дарини Ломако', 'https://lystzpodolu.example', 3, 'uk', 'utf-8'),
 'rv': ('radio-vezha-rozmova-dnia.xml', 'pod', 'Радіо «Вежа» — Розмова дня (подкаст)', 'https://radiovezha.example', 3, 'uk', 'UTF-8'),
 'gn': ('gazeta-nadwislanska.xml', 'rss2', 'Gazeta Nadwiślańska - Świat', 'https://gazetanadwislanska.example', 2, 'pl', 'ISO-8859-2'),
 'pw': ('przeglad-wschodni.xml', 'atom', 'Przegląd Wschodni — komentarze Ośrodka Studiów Pogranicza', 'https://przegladwschodni.example', 2, 'pl', 'utf-8'),
 'sb': ('spree-bote.xml', 'rss1', 'Spree-Bote — Politik', 'https://www.spree-bote.example', 2, 'de', 'utf-8'),
 'ea': ('elbtal-anzeiger.xml', 'atom', 'Elbtal-Anzeiger - Ausland', 'https://elbtal-anzeiger.example', 2, 'de', 'iso-8859-15'),
}

# Paraphrase rows (category para:) must not use the stock vocabulary of
# the topic in title or summary, in the entry's own language.
STOCK = {
 'en': r'guarant|secur|backstop|veto|peace-?keep|reassur|coalition of the willing',
 'uk': r'гарант|безпек|миротвор|вето|ветув|коаліці\w* охоч|запевн|підстрах|страхувальн',
 'pl': r'gwaran|bezpiecz|wet(o|a|em|u)\b|zawetow|pokojow|koalicj\w* chętnych|zapewni|asekur|uspokaj',
 'de': r'garant|sicherheit|veto|friedenstrupp|friedenssich|friedensmission|blauhelm|rückversicher|koalition der willigen|absicher|schutzzusage',
}


def check(rows, byk):
    for r in rows:
        if not r['cat'].startswith('para:'):
            continue
        summ = byk[r['dup']]['summ'] if r['summ'] == '=' else r['summ']
        m = re.search(STOCK[r['lang']], (r['title'] + ' ' + summ).lower())
        assert not m, (r['key'], m.group(0))


sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Дарина Ломако', check=check)
