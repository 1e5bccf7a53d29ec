#!/usr/bin/env python3
"""Generates heldout95 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'sp': ('syrena-plus.xml', 'rss2', 'Сирена+ | коротко і по суті', 'https://syrenaplus.example', 3, 'uk', 'UTF-8'),
 'kp': ('kyivskyi-poludnyk.xml', 'atom', 'Київський полудень', 'https://poludnyk.example', 3, 'uk', 'utf-8'),
 'fk': ('frontovyi-konspekt.xml', 'rss1', 'Фронтовий конспект', 'https://konspekt.example', 3, 'uk', 'utf-8'),
 'bd': ('bez-dyplomatii.json', 'json', 'Без дипломатії — канал Тараса Гнатюка', 'https://bezdyplomatii.example', 3, 'uk', 'utf-8'),
 'ck': ('chorna-kava.xml', 'rss2', 'Чорна кава | політика', 'https://chornakava.example', 3, 'uk', 'UTF-8'),
 'ld': ('lvivska-drabyna.xml', 'atom', 'Львівська драбина', 'https://drabyna.example', 3, 'uk', 'utf-8'),
 'si': ('stryzhen-info.xml', 'atom', 'Стрижень-Інфо — стрічка', 'https://stryzhen.example', 3, 'uk', 'utf-8'),
 'nt': ('nevsky-telegraf.xml', 'rss2', 'Невский телеграф', 'https://nevskytelegraf.example', 3, 'ru', 'windows-1251'),
 'zk': ('zapiski-kurilshchika.xml', 'rss1', 'Записки курильщика', 'https://zapiski.example', 3, 'ru', 'utf-8'),
 'op': ('odessky-priboi.xml', 'atom', 'Одесский прибой', 'https://priboi.example', 3, 'ru', 'utf-8'),
 'ss': ('steppe-signal.xml', 'rss2', 'Steppe Signal — Ukraine in brief', 'https://steppesignal.example', 0, 'en', 'UTF-8'),
 'tm': ('trench-mirror.xml', 'rss1', 'The Trench Mirror — digest', 'https://trenchmirror.example', 0, 'en', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Тарас Гнатюк')
