#!/usr/bin/env python3
"""Generates heldout107 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'kv': ('kyivskyi-vechir.xml', 'rss2', 'Київський вечір — Новини', 'https://kyivskyivechir.example', 3, 'uk', 'UTF-8'),
 'tg': ('puls-kanal.json', 'json', 'Пульс — стрічка каналу', 'https://puls-kanal.example', 3, 'uk', 'utf-8'),
 'sv': ('sofiyski-vestnik.xml', 'atom', 'Софийски вестник — Свят', 'https://sofiyskivestnik.example', 3, 'bg', 'utf-8'),
 'rd': ('radio-iskar-novini.xml', 'pod', 'Радио Искър — Новините в 18 часа', 'https://radioiskar.example', 3, 'bg', 'UTF-8'),
 'bp': ('beogradski-pregled.xml', 'rss2', 'Београдски преглед — Свет', 'https://beogradskipregled.example', 2, 'sr', 'UTF-8'),
 'nv': ('novosadski-vesnik.xml', 'rss1', 'Novosadski vesnik — Svet', 'https://novosadskivesnik.example', 2, 'sr-Latn', 'utf-8'),
 'ov': ('ohridski-vesnik.xml', 'atom', 'Охридски весник — Свет', 'https://ohridskivesnik.example', 2, 'mk', 'utf-8'),
 'nb': ('nyomanski-vesnik.xml', 'rss2', 'Нёманскі веснік — Навіны', 'https://nyomanski.example', 3, 'be', 'UTF-8'),
 'vd': ('vltavsky-denik.xml', 'atom', 'Vltavský deník — Zahraničí', 'https://vltavskydenik.example', 2, 'cs', 'utf-8'),
 'td': ('tatransky-dennik.xml', 'rss1', 'Tatranský denník — Svet', 'https://tatranskydennik.example', 2, 'sk', 'utf-8'),
 'vz': ('vechernyaya-zarya.xml', 'rss2', 'Вечерняя заря — В мире', 'https://vechzarya.example', 3, 'ru', 'windows-1251'),
 'mw': ('meridian-wire.xml', 'atom', 'Meridian Wire — World service', 'https://meridianwire.example', 0, 'en', 'utf-8'),
 'kl': ('kyiv-ledger.xml', 'rss2', 'The Kyiv Ledger — News', 'https://kyivledger.example', 3, 'en', 'UTF-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Редакція каналу «Пульс»')
