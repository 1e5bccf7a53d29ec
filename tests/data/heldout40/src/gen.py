#!/usr/bin/env python3
"""Generates heldout40 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).
The reading list of a London risk-consultancy analyst, October-December 2035."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'tw': ('thamesgate-wire.xml', 'atom', 'Thamesgate Wire — World desk', 'https://thamesgatewire.example', 0, 'en', 'utf-8'),
 'dc': ('daily-clarion.xml', 'rss2', 'The Daily Clarion — News', 'https://www.dailyclarion.example', 0, 'en-gb', 'UTF-8'),
 'ke': ('kentish-examiner.xml', 'rss1', 'The Kentish Examiner — National and world', 'https://www.kentishexaminer.example', 0, 'en-gb', 'utf-8'),
 'bb': ('bellwether-brief.json', 'json', 'The Bellwether Brief — Imogen Tarrant on European risk', 'https://bellwetherbrief.example', 0, 'en', 'utf-8'),
 'fp': ('frontline-frequencies.xml', 'pod', 'Frontline Frequencies (podcast transcripts)', 'https://frontlinefrequencies.example', 0, 'en', 'UTF-8'),
 'kt': ('kyivskyi-telehraf.xml', 'atom', 'Київський телеграф — Стрічка новин', 'https://kyivskyitelehraf.example', 2, 'uk', 'utf-8'),
 'pr': ('pravoberezhzhia.xml', 'rss2', 'Правобережжя — Новини', 'https://pravoberezhzhia.example', 2, 'uk', 'UTF-8'),
 'sk': ('severnyi-kurier.xml', 'rss2', 'Северный курьер — Политика', 'https://severnyi-kurier.example', 3, 'ru', 'windows-1251'),
 'bo': ('baltiiskii-obozrevatel.xml', 'rss1', 'Балтийский обозреватель', 'https://baltobozrevatel.example', 2, 'ru', 'utf-8'),
 'ra': ('rheinischer-abendbote.xml', 'atom', 'Rheinischer Abendbote - Politik', 'https://www.rheinischer-abendbote.example', 1, 'de', 'ISO-8859-15'),
 'gs': ('gazette-de-la-saone.xml', 'rss2', 'La Gazette de la Saône — Monde', 'https://www.gazettedelasaone.example', 1, 'fr', 'UTF-8'),
 'kn': ('kurier-nadwislanski.xml', 'rss1', 'Kurier Nadwiślański - Świat', 'https://www.kuriernadwislanski.example', 1, 'pl', 'ISO-8859-2'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Imogen Tarrant')
