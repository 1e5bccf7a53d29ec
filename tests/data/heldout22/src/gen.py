#!/usr/bin/env python3
"""Generates heldout22 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'kl': ('kyiv-ledger.xml', 'rss2', 'The Kyiv Ledger — News in English', 'https://kyivledger.example', 3, 'en', 'UTF-8'),
 'mw': ('meridian-wire.xml', 'atom', 'Meridian Wire — Europe service', 'https://meridianwire.example', 0, 'en', 'utf-8'),
 'fn': ('frontier-notes.json', 'json', 'Frontier Notes — a newsletter from Kyiv by Ruslana Koval', 'https://frontiernotes.example', 0, 'en', 'utf-8'),
 'pb': ('pravyi-bereh.xml', 'rss2', 'Правий берег — Головне', 'https://pravyibereh.example', 3, 'uk', 'UTF-8'),
 'tk': ('shtab-novyn-telegram.xml', 'atom', 'Штаб новин | Telegram', 'https://shtabnovyn.example', 3, 'uk', 'utf-8'),
 'ob': ('obrii-tv-transcripts.xml', 'rss1', 'Телеканал Обрій — стенограми ефірів', 'https://obrii-tv.example', 3, 'uk', 'utf-8'),
 'sv': ('severnyi-vestnik.xml', 'rss2', 'Северный вестник — Политика', 'https://severnyi-vestnik.example', 3, 'ru', 'windows-1251'),
 'zi': ('zarechye-info.xml', 'rss1', 'Заречье-Инфо: Новости', 'https://zarechye-info.example', 3, 'ru', 'KOI8-R'),
 'er': ('elbtal-rundschau.xml', 'atom', 'Elbtal-Rundschau - Politik', 'https://elbtal-rundschau.example', 2, 'de', 'ISO-8859-15'),
 'vd': ('vltavsky-denik.xml', 'rss2', 'Vltavský deník - Zahraničí', 'https://vltavskydenik.example', 2, 'cs', 'ISO-8859-2'),
 'gp': ('gazeta-prutului.xml', 'atom', 'Gazeta Prutului — Externe', 'https://gazetaprutului.example', 3, 'ro', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Ruslana Koval')
