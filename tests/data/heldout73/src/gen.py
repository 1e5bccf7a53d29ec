#!/usr/bin/env python3
"""Generates heldout73 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'vv': ('volynskyi-visnyk.xml', 'rss2', 'Волинський вісник — Новини Луцька і краю', 'https://volynvisnyk.example', 2, 'uk', 'windows-1251'),
 'lt': ('lutsk-operatyvnyi.json', 'json', 'Луцьк Оперативний — канал', 'https://lutsk-operatyvnyi.example', 2, 'uk', 'utf-8'),
 'st': ('styr-tv.xml', 'atom', 'Стир ТБ — Новини', 'https://styr-tv.example', 2, 'uk', 'utf-8'),
 'ro': ('rivne-vechirnie.xml', 'rss1', 'Рівне Вечірнє — Події', 'https://rivnevechirnie.example', 2, 'uk', 'utf-8'),
 'kd': ('stolychnyi-kurier.xml', 'rss2', 'Столичний кур\'єр — Україна і світ', 'https://stolychnyi-kurier.example', 2, 'uk', 'UTF-8'),
 'pa': ('polissia-agency.xml', 'rss2', 'Поліське інформагентство — Стрічка', 'https://polissia-agency.example', 2, 'uk', 'UTF-8'),
 'pn': ('kurier-nadbuzanski.xml', 'rss2', 'Kurier Nadbużański - Wiadomości', 'https://kuriernadbuzanski.example', 1, 'pl', 'ISO-8859-2'),
 'pl': ('poranek-lubelski.xml', 'atom', 'Poranek Lubelski — Świat i region', 'https://poraneklubelski.example', 1, 'pl', 'utf-8'),
 'po': ('portal-obronny.xml', 'rss1', 'Portal Obronny — Wojsko i polityka', 'https://portalobronny.example', 1, 'pl', 'utf-8'),
 'bl': ('baltic-ledger.xml', 'atom', 'The Baltic Ledger — Europe', 'https://www.balticledger.example', 0, 'en-gb', 'utf-8'),
 'gw': ('granary-wire.xml', 'atom', 'Granary Wire — World service', 'https://granarywire.example', 0, 'en', 'utf-8'),
 'ef': ('eastern-flank-dispatch.xml', 'rss2', 'Eastern Flank Dispatch — a newsletter on the Polish-Ukrainian border', 'https://easternflank.example', -5, 'en-us', 'UTF-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Луцьк Оперативний')
